/**
 * Where a table on a facts sheet ends: at its first blank row. A sheet often holds several tables one
 * under another, each with its own header; what is said of one table's columns holds down to there.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** The first blank row below `header` (the row after the table's last), or the sheet's end. */
export function tableEnd(sheet: Sheet, header: number): number {
  let end = header + 1;
  while (end < sheet.rows.length && (sheet.rows[end] ?? []).some((v) => cellText(v ?? null) !== "")) end++;
  return end;
}

/**
 * The sheet with some columns left out under the headers that name them, down to each table's end:
 * `columnsOf` says, for a row, which of its columns head cells to leave out (none: not such a header).
 */
export function withColumnsLeftOut(sheet: Sheet, columnsOf: (row: readonly CellValue[]) => number[]): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, h) => {
    const cols = columnsOf(row ?? []);
    if (cols.length === 0) return;
    rows ??= sheet.rows.map((r) => r);
    for (let r = h + 1, end = tableEnd(sheet, h); r < end; r++) rows[r] = (rows[r] ?? []).map((v, c) => (cols.includes(c) ? null : v));
  });
  return rows ? { ...sheet, rows } : sheet;
}
