/**
 * A sheet read laid out otherwise than it is (cards as a table, a calendar grid as a list): the laid-out rows,
 * with where each row and each cell a diagnostic names stands on the real sheet, so that every message and
 * every record's row point at what the clerk wrote.
 */
import type { Diagnostic } from "../core/diagnostics";
import { cellAddress, parseAddress, type CellValue, type Sheet } from "../core/grid";

export interface LaidOut {
  sheet: Sheet;
  /** The real row of a laid-out row (zero-based). */
  row: (r: number) => number;
  /** A diagnostic of the laid-out sheet, its cell the real one. */
  diagnostic: (d: Diagnostic) => Diagnostic;
}

/** The laid-out sheet of `rows`, `place` telling where each of its cells (zero-based) is on the real `sheet`. */
export function laidOut(sheet: Sheet, rows: CellValue[][], place: (r: number, c: number) => { r: number; c: number }): LaidOut {
  const out: Sheet = { name: sheet.name, rows };
  if (sheet.hidden) out.hidden = true;
  const address = (a: string) =>
    a
      .split(":")
      .map((p) => {
        const x = parseAddress(p);
        if (!x) return p;
        const at = place(x.row, x.col);
        return cellAddress(at.r, at.c);
      })
      .join(":");
  return {
    sheet: out,
    row: (r) => place(r, 0).r,
    diagnostic: (d) => {
      if (!d.cell) return d;
      // (A row range, 5:9, names the rows' first cells.)
      const range = /^(\d+):(\d+)$/.exec(d.cell);
      if (range) return { ...d, cell: `${place(Number(range[1]) - 1, 0).r + 1}:${place(Number(range[2]) - 1, 0).r + 1}` };
      return { ...d, cell: address(d.cell) };
    },
  };
}
