/**
 * Training counted as a table of sessions by town: a column per session (第1期 10月15日 / 农村电商基础,
 * its day and topic in the heading), a row per town or unit, and in each cell how many came. Such a
 * summary of a course's notices often keeps two figures under each session, merged over 回执 | 实到
 * (or 报名 | 实到, 应到 | 实到): the replies to the notice are sign-ups, the 实到 are the trainees.
 * The days are written without their year: the year the sheet's title or note starts from, turned
 * where the months go back (第3期 12月, 第4期 1月). Read as a month matrix (./training-matrix), each
 * session's column dated by its day.
 */
import { mergeAt, type Sheet } from "../core/grid";
import { isValidDate, type LDate } from "../scoring/dates";
import type { MonthMatrix } from "./matrix";
import { cellText, compact } from "./normalize/text";

/** Rows looked at for the sessions' headings. */
const SCAN = 12;
/** Fewest sessions that make such a table. */
const MIN_SESSIONS = 3;

/** "第1期 10月15日 农村电商基础", "第十期 9.16": a session's number, then its day. */
const SESSION = /^第\s*([0-9一二三四五六七八九十]+)\s*[期场]\s*[（(]?\s*(?:((?:19|20)\d{2})\s*[年./-])?\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?\s*[)）]?\s*(.*)$/s;
/** The figure of those who came, beside the sign-ups' (回执, 报名, 应到, 计划). */
const CAME = /^(?:实到|实到人数|实际参训|参训|签到|到课|实参)(?:人数|人次)?$/;

/** The sessions heading the columns, or undefined for any other sheet. */
export function findSessionColumns(sheet: Sheet): MonthMatrix | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    const heads: { c: number; m: RegExpExecArray }[] = [];
    row.forEach((v, c) => {
      const m = typeof v === "string" ? SESSION.exec(v.trim()) : null;
      if (m) heads.push({ c, m });
    });
    if (heads.length < MIN_SESSIONS) continue;
    let year = startYear(sheet, r);
    let lastMonth = 0;
    const months = new Map<number, LDate>();
    const topics = new Map<number, string>();
    // Each session's figure of those who came: its own column, or the 实到 under its merged heading.
    const sub = sheet.rows[r + 1] ?? [];
    const split = heads.some(({ c }) => (mergeAt(sheet.merges, r, c)?.right ?? c) > c);
    for (const { c, m } of heads) {
      const mo = Number(m[3]);
      const d = Number(m[4]);
      if (m[2]) year = Number(m[2]);
      else if (year !== undefined && mo < lastMonth) year++;
      lastMonth = mo;
      if (year === undefined || !isValidDate(year, mo, d)) return undefined;
      const merged = mergeAt(sheet.merges, r, c);
      const cols = merged ? Array.from({ length: merged.right - merged.left + 1 }, (_, i) => merged.left + i) : [c];
      const col = split ? cols.find((k) => CAME.test(compact(cellText(sub[k] ?? null)))) : c;
      if (col === undefined) return undefined;
      months.set(col, { y: year, m: mo, d });
      topics.set(col, `第${m[1]}期${m[5] ? ` ${compact(m[5])}` : ""}`);
    }
    return { headerRow: split ? r + 1 : r, months, topics };
  }
  return undefined;
}

/** The first year the title lines above name ("2020—2021年度", "第1—3期为2020年"). */
function startYear(sheet: Sheet, headerRow: number): number | undefined {
  for (let r = 0; r < headerRow; r++)
    for (const v of sheet.rows[r] ?? []) {
      const y = /((?:19|20)\d{2})\s*(?:年|[—–\-~～至])/.exec(cellText(v ?? null));
      if (y) return Number(y[1]);
    }
  return undefined;
}
