/**
 * Diagnostics.repeated's calls kept as columns of numbers and strings until they are merged: a
 * roster's 50,000 repeated lines were 50,000 Diagnostic objects and as many Map entries, each
 * surviving to be merged into one line. Here a call adds a row, its turn, its message and its
 * value to its run, and the run keeps what its merged line says as it goes (first and last row, a
 * few values); Diagnostics are made only of the runs that do not merge alone.
 */
import type { Severity } from "./diagnostics";

/** Values quoted in a merged message. */
export const EXAMPLES = 3;

/** A growing list of integers in a typed array: nothing per entry for the collector to trace. */
export class Ints {
  /** The first `length` are the list, read straight. */
  items = new Int32Array(16);
  length = 0;
  push(v: number): void {
    if (this.length === this.items.length) {
      const b = new Int32Array(this.items.length * 2);
      b.set(this.items);
      this.items = b;
    }
    this.items[this.length++] = v;
  }
  /** How many are less than `v`, the list being in increasing order. */
  countBelow(v: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The repeated calls of one problem (severity and kind) in one column of one sheet. */
export interface Run {
  severity: Severity;
  /** Shortened as the list's own messages are: what a merged line says, and what makes two calls one problem. */
  kind: string;
  sheet: string;
  /** -1: whole rows ("5:5"). */
  col: number;
  rows: Ints;
  /** Each call's turn among everything said (Diagnostics keeps its list's turns beside it). */
  turns: Ints;
  /** Shortened, as add() keeps them. */
  messages: string[];
  values: string[];
  /** Whether a message differs from the first: a run all of one message merges by message. */
  mixed: boolean;
  top: number;
  bottom: number;
  /** The first EXAMPLES different values (`value ?? ""`), each with its first row. */
  shown: Map<string, number>;
}

/** Digits from `from` to `to` as a number without a leading 0 (so it is written back the same); -1 otherwise. */
function digits(cell: string, from: number, to: number): number {
  if (to <= from || to - from > 9 || cell.charCodeAt(from) === 48) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Columns A to ZZZ, one more than the last column's index: a row and a column in one number. */
const COLS = 18279;

/**
 * "C17" → row 16, column 2; "17:17" → row 16, column -1 (the whole row); as one number, split by
 * rowOfPlace and colOfPlace (no object a call). Only a cell that cellAddress, or `${r}:${r}`, would
 * write the same way is taken, so that it can be written again instead of kept; -1 for anything
 * else, which is said as before, one Diagnostic a call.
 */
export function place(cell: string): number {
  let letters = 0;
  let col = 0;
  while (letters < cell.length && letters < 4) {
    const c = cell.charCodeAt(letters);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    letters++;
  }
  if (letters > 3) return -1;
  if (letters > 0) {
    const r = digits(cell, letters, cell.length);
    return r < 1 ? -1 : (r - 1) * COLS + col;
  }
  const colon = cell.indexOf(":");
  if (colon <= 0 || cell.length !== 2 * colon + 1) return -1;
  for (let i = 0; i < colon; i++) if (cell.charCodeAt(i) !== cell.charCodeAt(colon + 1 + i)) return -1;
  const r = digits(cell, 0, colon);
  return r < 1 ? -1 : (r - 1) * COLS;
}

export function rowOfPlace(p: number): number {
  return Math.floor(p / COLS);
}

export function colOfPlace(p: number): number {
  return (p % COLS) - 1;
}

function runKey(sheet: string, col: number, severity: Severity, kind: string): string {
  return `${sheet}\u0000${col}\u0000${severity}\u0000${kind}`;
}

/** Repeated calls not made Diagnostics yet, by run; the runs in the order of their first calls. */
export class RepeatLog {
  runs: Run[] = [];
  private readonly byKey = new Map<string, Run>();
  /** The last call's run and its kind as passed: the next call's run found without a key made. */
  private last: Run | undefined;
  private lastKind = "";

  /** A call at `where` (from place()), said in turn `turn`. */
  add(severity: Severity, message: string, kind: string, value: string, sheet: string, where: number, turn: number, shorten: (s: string) => string): void {
    const col = colOfPlace(where);
    const row = rowOfPlace(where);
    let run = this.last;
    if (run === undefined || run.col !== col || run.sheet !== sheet || this.lastKind !== kind || run.severity !== severity) {
      const short = shorten(kind);
      const key = runKey(sheet, col, severity, short);
      run = this.byKey.get(key);
      if (!run) {
        run = { severity, kind: short, sheet, col, rows: new Ints(), turns: new Ints(), messages: [], values: [], mixed: false, top: row, bottom: row, shown: new Map() };
        this.byKey.set(key, run);
        this.runs.push(run);
      }
      this.last = run;
      this.lastKind = kind;
    }
    run.rows.push(row);
    run.turns.push(turn);
    if (row < run.top) run.top = row;
    if (row > run.bottom) run.bottom = row;
    // (Compared until one differs: a message made of parts is compared char by char.)
    if (!run.mixed && run.messages.length > 0 && message !== run.messages[0]) run.mixed = true;
    run.messages.push(message);
    run.values.push(value);
    const v = value ?? "";
    if (run.shown.size < EXAMPLES && !run.shown.has(v)) run.shown.set(v, row);
  }

  /** Whether a call said of this cell may be here (forgetCell's question). */
  mayHold(sheet: string, cell: string): boolean {
    const where = place(cell);
    if (where < 0) return false;
    const row = rowOfPlace(where);
    return this.runs.some((r) => {
      if (r.sheet !== sheet || r.col !== colOfPlace(where) || row < r.top || row > r.bottom) return false;
      for (let i = 0; i < r.rows.length; i++) if (r.rows.items[i] === row) return true;
      return false;
    });
  }

  /** Keeps only the runs `keep` says. */
  keepOnly(keep: (r: Run) => boolean): void {
    this.runs = this.runs.filter(keep);
    this.byKey.clear();
    for (const r of this.runs) this.byKey.set(runKey(r.sheet, r.col, r.severity, r.kind), r);
    this.last = undefined;
  }
}
