/**
 * Sheets turned on their side: the fields down the first column (企业名称 / 统一社会信用代码 /
 * 企业类型 / 入驻时间 …) and one record per column, as short lists are often typed. Read by turning
 * the grid back, then putting every place a diagnostic names back where it is on the real sheet.
 */
import type { Diagnostic } from "../core/diagnostics";
import { cellAddress, parseAddress, type CellValue, type Sheet } from "../core/grid";

/** Widest sheet turned (a list on its side is short; a calendar or a wide table is not one). */
export const MAX_SIDEWAYS_COLUMNS = 200;

export function transpose(sheet: Sheet): Sheet {
  const width = Math.min(
    MAX_SIDEWAYS_COLUMNS,
    sheet.rows.reduce((w, r) => Math.max(w, r.length), 0),
  );
  const rows: CellValue[][] = Array.from({ length: width }, (_, c) => sheet.rows.map((r) => r[c] ?? null));
  const t: Sheet = { name: sheet.name, rows };
  if (sheet.merges) t.merges = sheet.merges.map((m) => ({ top: m.left, left: m.top, bottom: m.right, right: m.bottom }));
  return t;
}

/** A1 (or A1:B2, or a row range 5:9 — columns on the real sheet) of the turned grid → the real sheet. */
export function untransposeAddress(a: string): string {
  // Rows of the turned grid are columns of the sheet: named by their top cells.
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) {
    const top = (n: string) => cellAddress(0, Number(n) - 1);
    return rows[1] === rows[2] ? top(rows[1]) : `${top(rows[1])}:${top(rows[2])}`;
  }
  return a
    .split(":")
    .map((p) => {
      const x = parseAddress(p);
      return x ? cellAddress(x.col, x.row) : p;
    })
    .join(":");
}

export function untransposeDiagnostic(d: Diagnostic): Diagnostic {
  return d.cell ? { ...d, cell: untransposeAddress(d.cell) } : d;
}
