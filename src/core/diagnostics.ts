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
  // A message this short, or quoting nothing, has no quote to cut (most, one per row sometimes).
  if (message.length <= MAX_QUOTED + 2 || !message.includes("“")) return message;
  return message.replace(/“([^“”]*)”/g, (whole, q: string) => {
    if (q.length <= MAX_QUOTED) return whole;
    const chars = Array.from(q);
    return chars.length > MAX_QUOTED ? `“${chars.slice(0, MAX_QUOTED).join("")}…”` : whole;
  });
}

/** A diagnostic that repeats row after row, each quoting its own row's value (see Diagnostics.repeated). */
interface Repeat {
  /** The message without the row's own value: what makes two rows' messages one problem. */
  kind: string;
  /** The row's value, quoted when several are merged. */
  value: string;
}

/** "5:5" → zero-based row 4: a diagnostic about a whole row. */
function rowOf(cell: string): number | undefined {
  // Read by hand: a roster's 50,000 repeated lines each asked it of a pattern.
  const colon = cell.indexOf(":");
  if (colon <= 0 || cell.length !== 2 * colon + 1 || !cell.startsWith(cell.slice(colon + 1), 0)) return undefined;
  for (let i = 0; i < colon; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(cell.slice(0, colon)) - 1;
}

/** Values quoted in a merged message. */
const EXAMPLES = 3;

/** Collects diagnostics; one instance per read/score run. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  // (A Map, not a WeakMap: a roster's 100,000 repeated lines made as many ephemerons for the
  // collector to trace. What it holds lives as long as this run's diagnostics anyway.)
  private readonly repeats = new Map<Diagnostic, Repeat>();
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
  /**
   * A problem that can repeat down a column (or row after row, when `cell` is a row range "5:5"),
   * each message quoting its own cell (a masked ID number, an unreadable date): `kind` is the
   * message without that value. aggregateColumnRuns merges them by kind and column into one line
   * that counts them and quotes a few values, instead of one line per row.
   */
  repeated(severity: Severity, message: string, kind: string, value: string, sheet: string, cell: string): void {
    this.add(severity, message, sheet, cell);
    this.repeats.set(this.list[this.list.length - 1], { kind: shortenQuotes(kind), value });
  }

  /** Forgets what was said of a sheet: it was set aside, its rows count for nothing. */
  forgetSheet(sheet: string): void {
    this.forgetWhere((d) => d.sheet === sheet);
  }

  /** Forgets what was said of one cell: it was read after all, another way. */
  forgetCell(sheet: string, cell: string): void {
    this.forgetWhere((d) => d.sheet === sheet && d.cell === cell);
  }

  private forgetWhere(said: (d: Diagnostic) => boolean): void {
    for (let i = this.list.length - 1; i >= 0; i--) if (said(this.list[i])) this.list.splice(i, 1);
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
  aggregateColumnRuns(min = 3, dataRows?: Map<string, { has(row: number): boolean }>, many = 10, repeatsOnly = false): void {
    const separated = (sheet: string, a: number, b: number): boolean => {
      const rows = dataRows?.get(sheet);
      if (!rows) return b - a > 1;
      for (let r = a + 1; r < b; r++) if (rows.has(r)) return true;
      return false;
    };
    interface Member {
      i: number;
      row: number;
      /** Its place among the diagnostics of its sheet and column (adjacent ones are 1 apart). */
      pos: number;
    }
    type Group = { sheet: string; col: number; members: Member[] };
    // Same sheet, column, severity and message.
    const groups = new Map<string, Group>();
    const addToGroup = (d: Diagnostic, col: number, m: Member): Group => {
      const key = `${d.sheet}\u0000${col}\u0000${d.severity}\u0000${d.message}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { sheet: d.sheet as string, col, members: [] }));
      g.members.push(m);
      return g;
    };
    // The same problem quoting different values (Diagnostics.repeated), by kind. Their messages
    // are grouped only where the kind is not merged below: 100,000 masked ID numbers are one kind,
    // and were 100,000 groups of one.
    const kinds = new Map<string, { col: number; members: Member[] }>();
    const counters = new Map<string, { n: number }>();
    // A run of diagnostics of one sheet, column and kind (a roster's 50,000 duplicates) finds its
    // counter and its kind once: the keys are made only when one of them changes.
    let last: { sheet: string; col: number; counter: { n: number }; severity?: Severity; kind?: string; of?: { col: number; members: Member[] } } | undefined;
    this.list.forEach((d, i) => {
      if (d.sheet === undefined || !d.cell) return;
      const repeat = this.repeats.get(d);
      if (repeatsOnly && !repeat) return;
      // Whole-row diagnostics (column -1) merge only when they say which problem they repeat.
      const row = repeat ? rowOf(d.cell) : undefined;
      const a = row !== undefined ? { row, col: -1 } : parseAddress(d.cell);
      if (!a) return;
      if (last?.sheet !== d.sheet || last.col !== a.col) {
        const ck = `${d.sheet}\u0000${a.col}`;
        let counter = counters.get(ck);
        if (!counter) counters.set(ck, (counter = { n: 0 }));
        last = { sheet: d.sheet, col: a.col, counter };
      }
      const m: Member = { i, row: a.row, pos: last.counter.n++ };
      if (repeat) {
        if (last.of === undefined || last.severity !== d.severity || last.kind !== repeat.kind) {
          const kk = `${d.sheet}\u0000${a.col}\u0000${d.severity}\u0000${repeat.kind}`;
          let k = kinds.get(kk);
          if (!k) kinds.set(kk, (k = { col: a.col, members: [] }));
          last.severity = d.severity;
          last.kind = repeat.kind;
          last.of = k;
        }
        last.of.members.push(m);
      } else addToGroup(d, a.col, m);
    });
    // (A byte per diagnostic, not a Set of the 50,000 merged into one.)
    const drop = new Uint8Array(this.list.length);
    const replace = new Map<number, Diagnostic>();
    const merge = (col: number, members: Member[]) => {
      const first = this.list[members[0].i];
      const rows = members.map((m) => m.row);
      const top = rows.reduce((a, b) => Math.min(a, b));
      const bottom = rows.reduce((a, b) => Math.max(a, b));
      const byRow = col < 0;
      const range = byRow ? `${top + 1}:${bottom + 1}` : `${cellAddress(top, col)}:${cellAddress(bottom, col)}`;
      const where = byRow ? `第 ${top + 1}–${bottom + 1} 行` : range;
      const count = byRow ? `${rows.length} 行` : `${rows.length} 个单元格`;
      const gap = byRow ? "" : " ";
      const at = (r: number) => (byRow ? `第 ${r + 1} 行` : cellAddress(r, col));
      const same = members.every((m) => this.list[m.i].message === first.message);
      let message: string;
      if (same) {
        const contiguous = bottom - top + 1 === rows.length;
        const examples = contiguous ? "" : `，如 ${rows.slice(0, EXAMPLES).map(at).join("、")}…`;
        message = `${first.message}（${where}${gap}中共 ${count}${examples}）`;
      } else {
        // Different values of one problem: the problem once, with the first few values and where they are.
        const shown = new Map<string, number>();
        for (const m of members) {
          const v = this.repeats.get(this.list[m.i])?.value ?? "";
          if (!shown.has(v)) shown.set(v, m.row);
          if (shown.size === EXAMPLES) break;
        }
        const examples = [...shown].map(([v, r]) => `“${v}”（${at(r)}）`).join("、");
        message = `${this.repeats.get(first)?.kind ?? first.message}（${where}${gap}中共 ${count}，如 ${examples}${members.length > shown.size ? " 等" : ""}）`;
      }
      replace.set(members[0].i, { ...first, cell: range, message: shortenQuotes(message) });
      for (let j = 1; j < members.length; j++) drop[members[j].i] = 1;
    };
    // Many rows with one problem and each its own value: one line. A few keep their own messages
    // (each may say more: 月份应为1–12, 无法识别的日期), merged below only where identical.
    const joined = new Set<Group>();
    for (const k of kinds.values()) {
      const first = this.list[k.members[0].i].message;
      if (k.members.length >= many && !k.members.every((m) => this.list[m.i].message === first)) {
        merge(k.col, k.members);
        continue;
      }
      for (const m of k.members) joined.add(addToGroup(this.list[m.i], k.col, m));
    }
    // A group that took repeated ones back keeps the list's order.
    for (const g of joined) g.members.sort((a, b) => a.i - b.i);
    for (const g of groups.values()) {
      if (g.members.length < min || g.members.some((m) => drop[m.i] === 1 || replace.has(m.i))) continue;
      // Runs: consecutive members with nothing else of the column, and no good data row, between.
      const runs: Member[][] = [];
      for (const m of g.members) {
        const run = runs[runs.length - 1];
        const prev = run?.[run.length - 1];
        const adjacent = prev !== undefined && m.pos === prev.pos + 1 && m.row > prev.row && !separated(g.sheet, prev.row, m.row);
        if (adjacent) run.push(m);
        else runs.push([m]);
      }
      // What would be left: one line per run of `min` or more, one per cell otherwise.
      const left = runs.reduce((n, run) => n + (run.length >= min ? 1 : run.length), 0);
      if (left >= many) merge(g.col, g.members);
      else for (const run of runs) if (run.length >= min) merge(g.col, run);
    }
    if (replace.size === 0) return;
    // Kept in place, in order: no list of one-element lists made for the 50,000 dropped.
    let kept = 0;
    for (let i = 0; i < this.list.length; i++) if (drop[i] === 0) this.list[kept++] = replace.get(i) ?? this.list[i];
    this.list.length = kept;
  }
}
