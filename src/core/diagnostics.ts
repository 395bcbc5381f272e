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
  /** "doubt": how a whole sheet was read, worth a look (low confidence, an unusual layout, rows not read). */
  code?: "doubt";
}

/** The longest quoted value a message keeps: a cell may hold 32,767 characters, a message quotes it. */
export const MAX_QUOTED = 60;

/** Every “quoted value” in a message longer than MAX_QUOTED characters, cut there with “…”. */
export function shortenQuotes(message: string): string {
  return message.replace(/“([^“”]*)”/g, (whole, q: string) => {
    if (q.length <= MAX_QUOTED) return whole;
    const chars = Array.from(q);
    return chars.length > MAX_QUOTED ? `“${chars.slice(0, MAX_QUOTED).join("")}…”` : whole;
  });
}

/** Collects diagnostics; one instance per read/score run. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  add(severity: Severity, message: string, sheet?: string, cell?: string): void {
    const d: Diagnostic = { severity, message: shortenQuotes(message) };
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
  /** A note on how a sheet was read that `inspect` shows beside the sheet. */
  doubt(message: string, sheet: string, cell: string): void {
    this.list.push({ severity: "info", message, sheet, cell, code: "doubt" });
  }

  /**
   * The same problem down one column (200 cells with the same unreadable word) floods a clerk.
   * Identical diagnostics (severity and message) in one column of one sheet are merged into one
   * that names the range ("C3:C152") and says how many cells:
   * - a run of `min` or more, broken by another diagnostic of that column or by a data row between
   *   two of its cells that had no such problem (`dataRows` gives the zero-based data rows of each
   *   sheet; without it, by any row between);
   * - and all of them, wherever they are, when the runs would still leave `many` or more lines
   *   (one word every third row); the message then names a few of the cells.
   * Single ones stay as they are. The list keeps its order (a merged one stands where its first was).
   */
  aggregateColumnRuns(min = 3, dataRows?: Map<string, Set<number>>, many = 10): void {
    const separated = (sheet: string, a: number, b: number): boolean => {
      const rows = dataRows?.get(sheet);
      if (!rows) return b - a > 1;
      for (let r = a + 1; r < b; r++) if (rows.has(r)) return true;
      return false;
    };
    interface Member {
      i: number;
      row: number;
    }
    // Same sheet, column, severity and message.
    const groups = new Map<string, { sheet: string; col: number; members: Member[] }>();
    const positions = new Map<string, Map<number, number>>();
    this.list.forEach((d, i) => {
      const a = d.sheet !== undefined && d.cell ? parseAddress(d.cell) : undefined;
      if (!a) return;
      const ck = `${d.sheet}\u0000${a.col}`;
      const pos = positions.get(ck) ?? new Map<number, number>();
      pos.set(i, pos.size);
      positions.set(ck, pos);
      const key = `${d.sheet}\u0000${a.col}\u0000${d.severity}\u0000${d.message}`;
      const g = groups.get(key) ?? { sheet: d.sheet as string, col: a.col, members: [] };
      g.members.push({ i, row: a.row });
      groups.set(key, g);
    });
    const drop = new Set<number>();
    const replace = new Map<number, Diagnostic>();
    const merge = (col: number, members: Member[]) => {
      const first = this.list[members[0].i];
      const rows = members.map((m) => m.row);
      const top = rows.reduce((a, b) => Math.min(a, b));
      const bottom = rows.reduce((a, b) => Math.max(a, b));
      const range = `${cellAddress(top, col)}:${cellAddress(bottom, col)}`;
      const contiguous = bottom - top + 1 === rows.length;
      const examples = contiguous ? "" : `，如 ${rows.slice(0, 3).map((r) => cellAddress(r, col)).join("、")}…`;
      replace.set(members[0].i, { ...first, cell: range, message: `${first.message}（${range} 中共 ${rows.length} 个单元格${examples}）` });
      for (const m of members.slice(1)) drop.add(m.i);
    };
    for (const g of groups.values()) {
      if (g.members.length < min) continue;
      // Runs: consecutive members with nothing else of the column, and no good data row, between.
      const pos = positions.get(`${g.sheet}\u0000${g.col}`) as Map<number, number>;
      const runs: Member[][] = [];
      for (const m of g.members) {
        const run = runs[runs.length - 1];
        const prev = run?.[run.length - 1];
        const adjacent = prev !== undefined && pos.get(m.i) === (pos.get(prev.i) ?? -2) + 1 && m.row > prev.row && !separated(g.sheet, prev.row, m.row);
        if (adjacent) run.push(m);
        else runs.push([m]);
      }
      // What would be left: one line per run of `min` or more, one per cell otherwise.
      const left = runs.reduce((n, run) => n + (run.length >= min ? 1 : run.length), 0);
      if (left >= many) merge(g.col, g.members);
      else for (const run of runs) if (run.length >= min) merge(g.col, run);
    }
    if (replace.size === 0) return;
    const next = this.list.flatMap((d, i) => (drop.has(i) ? [] : [replace.get(i) ?? d]));
    this.list.length = 0;
    for (const d of next) this.list.push(d);
  }
}
