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
 * The sheet with each table rewritten under the headers `headOf` recognises, down to the table's end
 * (tables of several kinds share this walk): `headOf` says what a header row means for its table
 * (undefined: not such a header), `line` gives each row below it as it is to be read, and `heading`
 * the header row itself (kept when not given).
 */
export function withTablesRewritten<T>(
  sheet: Sheet,
  headOf: (row: readonly CellValue[]) => T | undefined,
  line: (cells: readonly CellValue[], at: T) => CellValue[],
  heading?: (row: readonly CellValue[], at: T) => CellValue[],
): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, h) => {
    const at = headOf(row ?? []);
    if (at === undefined) return;
    rows ??= sheet.rows.map((r) => r);
    if (heading) rows[h] = heading(row ?? [], at);
    for (let r = h + 1, end = tableEnd(sheet, h); r < end; r++) rows[r] = line(rows[r] ?? [], at);
  });
  return rows ? { ...sheet, rows } : sheet;
}

/**
 * The sheet with some columns left out under the headers that name them, down to each table's end:
 * `columnsOf` says, for a row, which of its columns head cells to leave out (none: not such a header).
 */
export function withColumnsLeftOut(sheet: Sheet, columnsOf: (row: readonly CellValue[]) => number[]): Sheet {
  return withTablesRewritten(
    sheet,
    (row) => {
      const cols = columnsOf(row);
      return cols.length > 0 ? cols : undefined;
    },
    (cells, cols) => cells.map((v, c) => (cols.includes(c) ? null : v)),
  );
}
