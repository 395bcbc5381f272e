/**
 * A web column's list copied with each post on two lines, as a government site shows it: the title on one
 * ("· 某区…项目建设进度（2021年7月）"), the post's details under it ("发布时间：2021-07-20 10:21 | 来源：区商务局 |
 * 浏览次数：421"). A reviewer reads each title with the day under it; so does the reader: the day is set beside
 * the title (the cell right of it) and the details line left out, so the list reads as a title | day list
 * (./web-list). The rows keep their places, so each post's evidence is its title's row.
 */
import type { Sheet } from "../core/grid";
import { cellText, filledColumns } from "./normalize/text";

/** The details line: its first cell the post's day. */
const DETAILS = /^\s*(?:发布时间|发布日期|发表时间|发文时间|更新时间)\s*[:：]\s*((?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?)/;
/** Fewest posts that make such a list. */
const MIN_POSTS = 3;
/** How far down the first details line is looked for (a list starts near the top; a long ledger is passed over). */
const LOOK = 20;

export function withPostDaysBesideTitles(sheet: Sheet): Sheet {
  const top = sheet.rows.slice(0, LOOK);
  if (!top.some((row) => DETAILS.test(cellText(row?.[filledColumns(row)[0] ?? 0] ?? null)))) return sheet;
  const pairs: { title: number; details: number; col: number; day: string }[] = [];
  let title = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const filled = filledColumns(sheet.rows[r]);
    if (filled.length === 0) continue;
    const first = cellText(sheet.rows[r]?.[filled[0]] ?? null);
    const day = DETAILS.exec(first)?.[1];
    if (day !== undefined && title >= 0) pairs.push({ title, details: r, col: filledColumns(sheet.rows[title])[0], day });
    // (A title: one cell alone, no details line itself.)
    title = day === undefined && filled.length === 1 ? r : -1;
  }
  if (pairs.length < MIN_POSTS || pairs.some((p) => p.col !== pairs[0].col)) return sheet;
  const rows = sheet.rows.slice();
  for (const p of pairs) {
    const row = (rows[p.title] ?? []).slice();
    while (row.length <= p.col + 1) row.push(null);
    row[p.col + 1] = p.day;
    rows[p.title] = row;
    rows[p.details] = [];
  }
  return { ...sheet, rows };
}
