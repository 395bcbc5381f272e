/**
 * A day the line calls the cut-off in its bracket, whatever its label: "比对时点：2021年8月31日（考评截止日）",
 * "统计至：2021.8.31（即考评截止日期）". A reviewer reads it as the cut-off; so does the reader: the label is
 * written as 考评截止日期 (the line's other fields, 编制日期 and the like, as they are).
 */
import type { CellValue, Sheet } from "../../core/grid";

/** A label, its day, and the bracket naming the day the cut-off. */
const NAMED = /([^\s\u3000：:，,；;]{1,10})([：:]\s*(?:19|20)\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*[（(]\s*(?:即|为)?(?:考评)?截[止至]日(?:期)?\s*[)）])/;
/** Rows looked at: the title lines over a table. */
const HEAD_ROWS = 6;

export function withCutOffNamed(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let r = 0; r < Math.min(HEAD_ROWS, sheet.rows.length); r++)
    (sheet.rows[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string" || !/截[止至]日/.test(v)) return;
      const m = NAMED.exec(v);
      if (!m || /截[止至]/.test(m[1])) return;
      rows ??= sheet.rows.map((row) => row);
      rows[r] = rows[r] === sheet.rows[r] ? [...(sheet.rows[r] ?? [])] : rows[r];
      rows[r][c] = v.replace(NAMED, "考评截止日期$2");
    });
  return rows ? { ...sheet, rows } : sheet;
}
