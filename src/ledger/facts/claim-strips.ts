/**
 * The county's points laid across a strip under a heading saying they are its 自评得分 (东源's dashboard:
 * "■ 自评得分", then the sections' names merged over their indicators, 组织领导 | 方案制定 | … | 合计, and the
 * points under each). A reviewer reads each indicator's points as the county's claim; so does the reader:
 * each name becomes the claim line a report writes ("组织领导：自评2分。") in its own cell, the figure under it
 * left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { SCORE_TABLE_LINE } from "./claim-lines";
import { HEADER_WORDS } from "./labels";

/** The strip's heading: the county's own points, not the judged items' (评判项自评). */
// (…numbered as a section of a form, "五、自评得分汇总".)
const HEADING =
  /^[■□●◆▲\s]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*(?:自评得分|自评总分|得分汇总|自评得分汇总|各项自评得分)(?:[（(].*[)）])?$/;
const POINTS = /^\d+(?:\.\d+)?$/;
/** A strip's cells that are no indicator: its total. */
const TOTAL = /^(?:合计|总计|总分|小计|自评总分)$/;
/** Names across before a row counts as a strip. */
const MIN_NAMES = 5;

/** A row of names (two at least) over a row of points under them, at `r`; undefined when it is none. */
function stripAt(sheet: Sheet, r: number): { r: number; named: number[] } | undefined {
  const names = sheet.rows[r] ?? [];
  const points = sheet.rows[r + 1] ?? [];
  const cols = points.flatMap((v, c) => (POINTS.test(cellText(v ?? null).trim()) ? [c] : []));
  const named = cols.filter((c) => /[\u4e00-\u9fff]/.test(cellText(names[c] ?? null)) && !TOTAL.test(cellText(names[c] ?? null).trim()));
  // (A table's header over its first line, 序号 | 评价指标 | 满分 | …, is no strip of names: its lines are read as a table.)
  if (named.length < 2 || names.some((v) => HEADER_WORDS.test(cellText(v ?? null).trim()) || /^(?:满分|分值)$/.test(cellText(v ?? null).trim()))) return undefined;
  // (Names only in the names' row: a row of labels with their own values beside them is a form's, not a strip.)
  if (names.some((v) => typeof v === "number")) return undefined;
  return { r, named };
}

export function withClaimStrips(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let h = 0; h < sheet.rows.length; h++) {
    const cells = (sheet.rows[h] ?? []).filter((v) => cellText(v ?? null).trim() !== "");
    if (cells.length !== 1 || !HEADING.test(cellText(cells[0] ?? null).trim())) continue;
    // The names' row: the last row of words before a row of points, within three rows of the heading.
    for (let r = h + 1; r < Math.min(sheet.rows.length - 1, h + 4); r++) {
      const first = stripAt(sheet, r);
      if (!first) continue;
      // (…or a grid of them, three names a row, each row of names over its row of points, down to the table's end.)
      const strips = [first];
      for (let k = r + 2; k < sheet.rows.length - 1; k += 2) {
        const more = stripAt(sheet, k);
        if (!more) break;
        strips.push(more);
      }
      if (strips.reduce((n, st) => n + st.named.length, 0) < MIN_NAMES || (strips.length === 1 && first.named.length < MIN_NAMES)) continue;
      rows ??= sheet.rows.map((row) => row);
      for (const { r: at, named } of strips) {
        const names = sheet.rows[at] ?? [];
        const points = sheet.rows[at + 1] ?? [];
        // (Marked as the score table's line, an indicator's: 方案制定 here is the indicator, not its judged item.)
        rows[at] = names.map((v, c) => (named.includes(c) ? `${cellText(v ?? null).trim()}${SCORE_TABLE_LINE}：自评${cellText(points[c] ?? null).trim()}分。` : v));
        rows[at + 1] = points.map((v, c) => (named.includes(c) ? null : v));
      }
      break;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
