/**
 * One answer for several lines: a 完成情况 cell merged down over three criteria ("均已提供（展销厅、
 * 摄影棚、区域公共品牌推广、代运营）" beside 展示 / 摄影 / 品牌 / 其他). Excel keeps the text in the top
 * cell only; a reviewer reads it as every line's answer. So does the reader: the text is copied to
 * each line of the merge — only where each line has its own words just left of it (a criterion of
 * its own), and only an answer in words (a number merged down is a total, not each line's).
 */
import { type CellValue, type Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** The sheet with each merged answer on every line it answers; the same sheet when there is none. */
export function withMergedAnswers(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (const m of sheet.merges ?? []) {
    if (m.left !== m.right || m.bottom <= m.top || m.left === 0) continue;
    const top = sheet.rows[m.top]?.[m.left];
    if (typeof top !== "string" || cellText(top) === "") continue;
    // Every line of the merge names its own criterion in the column to its left.
    const own = (c: number) => {
      const texts = new Set<string>();
      for (let r = m.top; r <= m.bottom; r++) {
        const t = cellText(sheet.rows[r]?.[c] ?? null);
        if (t === "") return false;
        texts.add(t);
      }
      return texts.size === m.bottom - m.top + 1;
    };
    // (The column just left of it: a header merged down over two header rows has no such column.)
    if (!own(m.left - 1)) continue;
    rows ??= sheet.rows.map((r) => [...r]);
    for (let r = m.top + 1; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const row = rows[r];
      while (row.length <= m.left) row.push(null);
      if (cellText(row[m.left] ?? null) === "") row[m.left] = top;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
