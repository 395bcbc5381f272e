/** A problem found while reading or scoring, located so a clerk can go and fix it. */
import { cellAddress, parseAddress } from "./grid";
import { place, RepeatLog, type Run } from "./repeat-log";

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

/** Where a merged line stands, in its words: a column's cells ("C3:C9") or whole rows ("第 3–9 行"). */
function span(col: number, top: number, bottom: number, n: number) {
  const byRow = col < 0;
  return {
    range: byRow ? `${top + 1}:${bottom + 1}` : `${cellAddress(top, col)}:${cellAddress(bottom, col)}`,
    /** "C3:C9 中共 7 个单元格" without what follows. */
    counted: byRow ? `第 ${top + 1}–${bottom + 1} 行中共 ${n} 行` : `${cellAddress(top, col)}:${cellAddress(bottom, col)} 中共 ${n} 个单元格`,
    at: (r: number) => (byRow ? `第 ${r + 1} 行` : cellAddress(r, col)),
  };
}

/** One problem quoting different values: the problem once, with the first few values and where they are. */
function kindLine(kind: string, where: ReturnType<typeof span>, shown: Map<string, number>, n: number): string {
  const examples = [...shown].map(([v, r]) => `“${v}”（${where.at(r)}）`).join("、");
  return `${kind}（${where.counted}，如 ${examples}${n > shown.size ? " 等" : ""}）`;
}

/** Collects diagnostics; one instance per read/score run. */
export class Diagnostics {
  private readonly said: Diagnostic[] = [];
  // (A Map, not a WeakMap: a roster's 100,000 repeated lines made as many ephemerons for the
  // collector to trace. What it holds lives as long as this run's diagnostics anyway.)
  private readonly repeats = new Map<Diagnostic, Repeat>();
  /** Repeated calls not made Diagnostics yet: most are merged before anyone asks for the list. */
  private readonly log = new RepeatLog();
  /** Kinds some of whose calls are in the list as Diagnostics: a run of one merges with those, not alone. */
  private readonly listedKinds = new Set<string>();

  /** Everything said, in order; repeated calls not merged yet are made the Diagnostics they would have been. */
  get list(): Diagnostic[] {
    if (this.log.size > 0) this.settle(() => false);
    return this.said;
  }
  add(severity: Severity, message: string, sheet?: string, cell?: string): void {
    const d: Diagnostic = { severity, message: shortenQuotes(message) };
    if (sheet !== undefined) d.sheet = sheet;
    if (cell !== undefined) d.cell = cell;
    this.said.push(d);
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
   * that counts them and quotes a few values, instead of one line per row. Until then a call is
   * kept as a row and two strings in its run (./repeat-log), not as a Diagnostic.
   */
  repeated(severity: Severity, message: string, kind: string, value: string, sheet: string, cell: string): void {
    const where = typeof sheet === "string" && typeof cell === "string" ? place(cell) : -1;
    if (where >= 0) {
      this.log.add(severity, shortenQuotes(message), kind, value, sheet, where, this.said.length + this.log.size, shortenQuotes);
      return;
    }
    // A cell not written as this project writes them is kept as it came.
    this.add(severity, message, sheet, cell);
    this.listedKinds.add(shortenQuotes(kind));
    this.repeats.set(this.said[this.said.length - 1], { kind: shortenQuotes(kind), value });
  }

  /**
   * The runs `keep` does not keep made Diagnostics, each where it was said. The list's own entries
   * fill the places the log's calls leave, in order.
   */
  private settle(keep: (r: Run) => boolean): void {
    const { said, log, repeats } = this;
    const runs = log.runs;
    const kept = runs.map(keep);
    if (kept.every(Boolean)) return;
    const at = log.at.items;
    const runOf = log.runOf.items;
    const next = new Int32Array(runs.length);
    const made: Diagnostic[] = [];
    let j = 0;
    for (let q = 0; q < log.size; q++) {
      while (j < said.length && j + q < at[q]) made.push(said[j++]);
      const id = runOf[q];
      if (kept[id]) continue;
      const r = runs[id];
      const k = next[id]++;
      const row = r.rows.items[k];
      const d: Diagnostic = { severity: r.severity, message: r.messages[k], sheet: r.sheet, cell: r.col < 0 ? `${row + 1}:${row + 1}` : cellAddress(row, r.col) };
      repeats.set(d, { kind: r.kind, value: r.values[k] });
      this.listedKinds.add(r.kind);
      made.push(d);
    }
    while (j < said.length) made.push(said[j++]);
    replaceAll(said, made);
    log.keepOnly((r) => kept[r.id]);
  }

  /** Forgets what was said of a sheet: it was set aside, its rows count for nothing. */
  forgetSheet(sheet: string): void {
    this.forgetWhere(
      (d) => d.sheet === sheet,
      () => this.log.runs.some((r) => r.sheet === sheet),
    );
  }

  /** Forgets what was said of one cell: it was read after all, another way. */
  forgetCell(sheet: string, cell: string): void {
    this.forgetWhere(
      (d) => d.sheet === sheet && d.cell === cell,
      () => this.log.mayHold(sheet, cell),
    );
  }

  /** `logged`: whether a call in the log may be one to forget. */
  private forgetWhere(said: (d: Diagnostic) => boolean, logged: () => boolean): void {
    // The log's calls know their places in the list: one taken out of it moves them all.
    if (this.log.size > 0 && (logged() || this.said.some(said))) this.settle(() => false);
    for (let i = this.said.length - 1; i >= 0; i--) if (said(this.said[i])) this.said.splice(i, 1);
  }

  /** A note on how a sheet was read that `inspect` shows beside the sheet. */
  doubt(message: string, sheet: string, cell: string): void {
    this.said.push({ severity: "info", message, sheet, cell, code: "doubt" });
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
    // A run of repeated calls that is one line as it is (many, not all one message, none of its
    // kind in the list) is merged from the log; the others are made Diagnostics and merged below.
    this.settle((r) => r.messages.length >= many && r.mixed && !this.listedKinds.has(r.kind));
    const { said, log } = this;
    const separated = (sheet: string, a: number, b: number): boolean => {
      const rows = dataRows?.get(sheet);
      if (!rows) return b - a > 1;
      for (let r = a + 1; r < b; r++) if (rows.has(r)) return true;
      return false;
    };
    interface Member {
      /** Its index in the whole list, the log's calls counted. */
      i: number;
      d: Diagnostic;
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
    const counter = (sheet: string, col: number): { n: number } => {
      const ck = `${sheet}\u0000${col}`;
      let c = counters.get(ck);
      if (!c) counters.set(ck, (c = { n: 0 }));
      return c;
    };
    // A run of diagnostics of one sheet, column and kind (a roster's 50,000 duplicates) finds its
    // counter and its kind once: the keys are made only when one of them changes.
    let last: { sheet: string; col: number; counter: { n: number }; severity?: Severity; kind?: string; of?: { col: number; members: Member[] } } | undefined;
    const visit = (d: Diagnostic, i: number): void => {
      if (d.sheet === undefined || !d.cell) return;
      const repeat = this.repeats.get(d);
      if (repeatsOnly && !repeat) return;
      // Whole-row diagnostics (column -1) merge only when they say which problem they repeat.
      const row = repeat ? rowOf(d.cell) : undefined;
      const a = row !== undefined ? { row, col: -1 } : parseAddress(d.cell);
      if (!a) return;
      if (last?.sheet !== d.sheet || last.col !== a.col) last = { sheet: d.sheet, col: a.col, counter: counter(d.sheet, a.col) };
      const m: Member = { i, d, row: a.row, pos: last.counter.n++ };
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
    };
    // The list in order, the log's calls in their places: those count in their columns.
    const runCounters = log.runs.map((r) => counter(r.sheet, r.col));
    const at = log.at.items;
    const runOf = log.runOf.items;
    let q = 0;
    for (let j = 0; j < said.length; j++) {
      for (; q < log.size && at[q] <= j + q; q++) runCounters[runOf[q]].n++;
      visit(said[j], j + q);
    }
    // (A byte per diagnostic, not a Set of the 50,000 merged into one.)
    const drop = new Uint8Array(said.length + log.size);
    const replace = new Map<number, Diagnostic>();
    const merge = (col: number, members: Member[]) => {
      const first = members[0].d;
      const rows = members.map((m) => m.row);
      const top = rows.reduce((a, b) => Math.min(a, b));
      const bottom = rows.reduce((a, b) => Math.max(a, b));
      const where = span(col, top, bottom, rows.length);
      const same = members.every((m) => m.d.message === first.message);
      let message: string;
      if (same) {
        const contiguous = bottom - top + 1 === rows.length;
        const examples = contiguous ? "" : `，如 ${rows.slice(0, EXAMPLES).map(where.at).join("、")}…`;
        message = `${first.message}（${where.counted}${examples}）`;
      } else {
        const shown = new Map<string, number>();
        for (const m of members) {
          const v = this.repeats.get(m.d)?.value ?? "";
          if (!shown.has(v)) shown.set(v, m.row);
          if (shown.size === EXAMPLES) break;
        }
        message = kindLine(this.repeats.get(first)?.kind ?? first.message, where, shown, members.length);
      }
      replace.set(members[0].i, { ...first, cell: where.range, message: shortenQuotes(message) });
      for (let k = 1; k < members.length; k++) drop[members[k].i] = 1;
    };
    // Many rows with one problem and each its own value: one line. A few keep their own messages
    // (each may say more: 月份应为1–12, 无法识别的日期), merged below only where identical.
    const joined = new Set<Group>();
    for (const k of kinds.values()) {
      const first = k.members[0].d.message;
      if (k.members.length >= many && !k.members.every((m) => m.d.message === first)) {
        merge(k.col, k.members);
        continue;
      }
      for (const m of k.members) joined.add(addToGroup(m.d, k.col, m));
    }
    // The log's runs left are each such a line, made from its rows and values.
    for (const r of log.runs) {
      const rows = r.rows.items;
      let top = rows[0];
      let bottom = top;
      for (let k = 1; k < r.rows.length; k++) {
        const row = rows[k];
        if (row < top) top = row;
        else if (row > bottom) bottom = row;
      }
      const shown = new Map<string, number>();
      for (let k = 0; k < r.values.length && shown.size < EXAMPLES; k++) {
        const v = r.values[k] ?? "";
        if (!shown.has(v)) shown.set(v, rows[k]);
      }
      const where = span(r.col, top, bottom, r.rows.length);
      replace.set(r.first, { severity: r.severity, message: shortenQuotes(kindLine(r.kind, where, shown, r.rows.length)), sheet: r.sheet, cell: where.range });
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
    // The log's calls are each merged: the first stands for its run (runs are in the order of their
    // first calls), the others go.
    const merged: Diagnostic[] = [];
    const runs = log.runs;
    let next = 0;
    q = 0;
    for (let j = 0; j < said.length; j++) {
      while (q < log.size && at[q] <= j + q) q++;
      const i = j + q;
      for (; next < runs.length && runs[next].first < i; next++) merged.push(replace.get(runs[next].first) as Diagnostic);
      if (drop[i] === 0) merged.push(replace.get(i) ?? said[j]);
    }
    for (; next < runs.length; next++) merged.push(replace.get(runs[next].first) as Diagnostic);
    replaceAll(said, merged);
    log.clear();
  }
}

/** `list`'s entries made `entries`, in place: whoever holds the list sees the new one. */
function replaceAll(list: Diagnostic[], entries: Diagnostic[]): void {
  for (let i = 0; i < entries.length; i++) list[i] = entries[i];
  list.length = entries.length;
}
