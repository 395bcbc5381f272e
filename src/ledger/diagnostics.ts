/** A problem found while reading or scoring, located so a clerk can go and fix it. */
import { cellAddress, parseAddress } from "./grid";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  /** The sheet the problem is in; absent only for workbook-wide problems (e.g. a missing ledger). */
  sheet?: string;
  /** A1 address of the cell, or a row range like "5:9" when the whole row is meant. */
  cell?: string;
  message: string;
}

/** Collects diagnostics; one instance per read/score run. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  add(severity: Severity, message: string, sheet?: string, cell?: string): void {
    const d: Diagnostic = { severity, message };
    if (sheet !== undefined) d.sheet = sheet;
    if (cell !== undefined) d.cell = cell;
    this.list.push(d);
  }
  error(message: string, sheet?: string, cell?: string): void {
    this.add("error", message, sheet, cell);
  }
  warn(message: string, sheet?: string, cell?: string): void {
    this.add("warning", message, sheet, cell);
  }
  info(message: string, sheet?: string, cell?: string): void {
    this.add("info", message, sheet, cell);
  }

  /**
   * The same problem down one column (200 cells with the same unreadable word) floods a clerk:
   * a run of `min` or more identical diagnostics in one column of one sheet becomes one that
   * names the range ("C3:C152") and says how many cells. A run is broken by another diagnostic
   * of that column, or by a data row between two of its cells that had no such problem (when
   * `dataRows` gives the zero-based data rows of each sheet; otherwise by any row between).
   * Single ones stay as they are. The list keeps its order.
   */
  aggregateColumnRuns(min = 3, dataRows?: Map<string, Set<number>>): void {
    const separated = (sheet: string, a: number, b: number): boolean => {
      const rows = dataRows?.get(sheet);
      if (!rows) return b - a > 1;
      for (let r = a + 1; r < b; r++) if (rows.has(r)) return true;
      return false;
    };
    interface Run {
      key: string;
      col: number;
      rows: number[];
      members: number[];
    }
    const runs: Run[] = [];
    const open = new Map<string, Run>(); // sheet + column → the run still open there
    this.list.forEach((d, i) => {
      const a = d.sheet !== undefined && d.cell ? parseAddress(d.cell) : undefined;
      if (!a) return;
      const where = `${d.sheet}\u0000${a.col}`;
      const key = `${d.severity}\u0000${d.message}`;
      const run = open.get(where);
      if (run && run.key === key && a.row > run.rows[run.rows.length - 1] && !separated(d.sheet as string, run.rows[run.rows.length - 1], a.row)) {
        run.rows.push(a.row);
        run.members.push(i);
        return;
      }
      const fresh: Run = { key, col: a.col, rows: [a.row], members: [i] };
      runs.push(fresh);
      open.set(where, fresh);
    });
    const drop = new Set<number>();
    const replace = new Map<number, Diagnostic>();
    for (const run of runs) {
      if (run.rows.length < min) continue;
      const first = this.list[run.members[0]];
      const top = run.rows.reduce((a, b) => Math.min(a, b));
      const bottom = run.rows.reduce((a, b) => Math.max(a, b));
      const range = `${cellAddress(top, run.col)}:${cellAddress(bottom, run.col)}`;
      const contiguous = bottom - top + 1 === run.rows.length;
      const examples = contiguous ? "" : `，如 ${run.rows.slice(0, 3).map((r) => cellAddress(r, run.col)).join("、")}…`;
      replace.set(run.members[0], { ...first, cell: range, message: `${first.message}（${range} 中共 ${run.rows.length} 个单元格${examples}）` });
      for (const i of run.members.slice(1)) drop.add(i);
    }
    if (replace.size === 0) return;
    const next = this.list.flatMap((d, i) => (drop.has(i) ? [] : [replace.get(i) ?? d]));
    this.list.length = 0;
    for (const d of next) this.list.push(d);
  }
}
