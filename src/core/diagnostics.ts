/** A problem found while reading or scoring, located so a clerk can go and fix it. */
import { cellAddress, parseAddress } from "./grid";
import { EXAMPLES, Ints, place, RepeatLog, type Run } from "./repeat-log";

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
  /** Each of `said`'s turn among everything said, the log's calls counted: where the log's go between. */
  private saidTurns = new Ints();
  private turns = 0;
  // (A Map, not a WeakMap: a roster's 100,000 repeated lines made as many ephemerons for the
  // collector to trace. What it holds lives as long as this run's diagnostics anyway.)
  private readonly repeats = new Map<Diagnostic, Repeat>();
  /** Repeated calls not made Diagnostics yet: most are merged before anyone asks for the list. */
  private readonly log = new RepeatLog();
  /** Kinds some of whose calls are in the list as Diagnostics: a run of one merges with those, not alone. */
  private readonly listedKinds = new Set<string>();

  /**
   * Everything said, in order; repeated calls not merged yet are made the Diagnostics they would
   * have been. It may be pushed onto (a sheet read apart adds its own).
   */
  get list(): Diagnostic[] {
    this.settle(() => false);
    return this.said;
  }
  /** Gives what was pushed onto the list from outside, and then `d`, their turns. */
  private push(d?: Diagnostic): void {
    if (d) this.said.push(d);
    while (this.saidTurns.length < this.said.length) this.saidTurns.push(this.turns++);
  }
  add(severity: Severity, message: string, sheet?: string, cell?: string): void {
    const d: Diagnostic = { severity, message: shortenQuotes(message) };
    if (sheet !== undefined) d.sheet = sheet;
    if (cell !== undefined) d.cell = cell;
    this.push(d);
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
      this.push();
      this.log.add(severity, shortenQuotes(message), kind, value, sheet, where, this.turns++, shortenQuotes);
      return;
    }
    // A cell not written as this project writes them is kept as it came.
    this.add(severity, message, sheet, cell);
    this.listedKinds.add(shortenQuotes(kind));
    this.repeats.set(this.said[this.said.length - 1], { kind: shortenQuotes(kind), value });
  }

  /** The log's runs that `keep` does not keep made Diagnostics, each in its turn in the list. */
  private settle(keep: (r: Run) => boolean): void {
    this.push();
    // (Asked once a run: making the others Diagnostics lists their kinds, which `keep` may ask of.)
    const gone = new Set(this.log.runs.filter((r) => !keep(r)));
    if (gone.size === 0) return;
    const made: Diagnostic[] = [];
    const madeTurns: number[] = [];
    for (const r of gone) {
      this.listedKinds.add(r.kind);
      for (let k = 0; k < r.rows.length; k++) {
        const row = r.rows.items[k];
        const d: Diagnostic = { severity: r.severity, message: r.messages[k], sheet: r.sheet, cell: r.col < 0 ? `${row + 1}:${row + 1}` : cellAddress(row, r.col) };
        this.repeats.set(d, { kind: r.kind, value: r.values[k] });
        made.push(d);
        madeTurns.push(r.turns.items[k]);
      }
    }
    // Each run is in turn; several are put in turn together.
    const order = made.map((_, i) => i);
    if (gone.size > 1) order.sort((a, b) => madeTurns[a] - madeTurns[b]);
    const list: Diagnostic[] = [];
    const turns = new Ints();
    let j = 0;
    for (const i of order) {
      for (; j < this.said.length && this.saidTurns.items[j] < madeTurns[i]; j++) {
        list.push(this.said[j]);
        turns.push(this.saidTurns.items[j]);
      }
      list.push(made[i]);
      turns.push(madeTurns[i]);
    }
    for (; j < this.said.length; j++) {
      list.push(this.said[j]);
      turns.push(this.saidTurns.items[j]);
    }
    this.replaceSaid(list, turns);
    this.log.keepOnly((r) => !gone.has(r));
  }

  /** The list's entries made `list`, in place: whoever holds the list sees the new one. */
  private replaceSaid(list: Diagnostic[], turns: Ints): void {
    for (let i = 0; i < list.length; i++) this.said[i] = list[i];
    this.said.length = list.length;
    this.saidTurns = turns;
  }

  /** Forgets what was said of a sheet: it was set aside, its rows count for nothing. */
  forgetSheet(sheet: string): void {
    if (this.log.runs.some((r) => r.sheet === sheet)) this.settle(() => false);
    this.forgetWhere((d) => d.sheet === sheet);
  }

  /** Forgets what was said of one cell: it was read after all, another way. */
  forgetCell(sheet: string, cell: string): void {
    if (this.log.mayHold(sheet, cell)) this.settle(() => false);
    this.forgetWhere((d) => d.sheet === sheet && d.cell === cell);
  }

  private forgetWhere(forget: (d: Diagnostic) => boolean): void {
    this.push();
    if (!this.said.some(forget)) return;
    const list: Diagnostic[] = [];
    const turns = new Ints();
    this.said.forEach((d, i) => {
      if (forget(d)) return;
      list.push(d);
      turns.push(this.saidTurns.items[i]);
    });
    this.replaceSaid(list, turns);
  }

  /** A note on how a sheet was read that `inspect` shows beside the sheet. */
  doubt(message: string, sheet: string, cell: string): void {
    this.push({ severity: "info", message, sheet, cell, code: "doubt" });
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
    const { said, saidTurns } = this;
    const runs = this.log.runs;
    const separated = (sheet: string, a: number, b: number): boolean => {
      const rows = dataRows?.get(sheet);
      if (!rows) return b - a > 1;
      for (let r = a + 1; r < b; r++) if (rows.has(r)) return true;
      return false;
    };
    interface Member {
      /** Its index in the list. */
      i: number;
      row: number;
      /** Its place among the diagnostics of its sheet and column, the log's counted (adjacent ones are 1 apart). */
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
    /** Per sheet and column: how many of the list's so far, and the log's runs there. */
    const columns = new Map<string, { n: number; runs: Run[] }>();
    const column = (sheet: string, col: number) => {
      const ck = `${sheet}\u0000${col}`;
      let c = columns.get(ck);
      if (!c) columns.set(ck, (c = { n: 0, runs: runs.filter((r) => r.sheet === sheet && r.col === col) }));
      return c;
    };
    // A run of diagnostics of one sheet, column and kind (a roster's 50,000 duplicates) finds its
    // counter and its kind once: the keys are made only when one of them changes.
    let last: { sheet: string; col: number; column: { n: number; runs: Run[] }; severity?: Severity; kind?: string; of?: { col: number; members: Member[] } } | undefined;
    said.forEach((d, i) => {
      if (d.sheet === undefined || !d.cell) return;
      const repeat = this.repeats.get(d);
      if (repeatsOnly && !repeat) return;
      // Whole-row diagnostics (column -1) merge only when they say which problem they repeat.
      const row = repeat ? rowOf(d.cell) : undefined;
      const a = row !== undefined ? { row, col: -1 } : parseAddress(d.cell);
      if (!a) return;
      if (last?.sheet !== d.sheet || last.col !== a.col) last = { sheet: d.sheet, col: a.col, column: column(d.sheet, a.col) };
      // The log's calls of this column said before it stand between it and the one before.
      let pos = last.column.n++;
      for (const r of last.column.runs) pos += r.turns.countBelow(saidTurns.items[i]);
      const m: Member = { i, row: a.row, pos };
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
    const drop = new Uint8Array(said.length);
    const replace = new Map<number, Diagnostic>();
    const merge = (col: number, members: Member[]) => {
      const first = said[members[0].i];
      const rows = members.map((m) => m.row);
      const top = rows.reduce((a, b) => Math.min(a, b));
      const bottom = rows.reduce((a, b) => Math.max(a, b));
      const where = span(col, top, bottom, rows.length);
      const same = members.every((m) => said[m.i].message === first.message);
      let message: string;
      if (same) {
        const contiguous = bottom - top + 1 === rows.length;
        const examples = contiguous ? "" : `，如 ${rows.slice(0, EXAMPLES).map(where.at).join("、")}…`;
        message = `${first.message}（${where.counted}${examples}）`;
      } else {
        const shown = new Map<string, number>();
        for (const m of members) {
          const v = this.repeats.get(said[m.i])?.value ?? "";
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
      const first = said[k.members[0].i].message;
      if (k.members.length >= many && !k.members.every((m) => said[m.i].message === first)) {
        merge(k.col, k.members);
        continue;
      }
      for (const m of k.members) joined.add(addToGroup(said[m.i], k.col, m));
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
    if (replace.size === 0 && runs.length === 0) return;
    // Kept in order: the log's runs left are each one line, standing where its first call was.
    const list: Diagnostic[] = [];
    const turns = new Ints();
    let next = 0;
    const runLine = (r: Run) => {
      const where = span(r.col, r.top, r.bottom, r.rows.length);
      list.push({ severity: r.severity, message: shortenQuotes(kindLine(r.kind, where, r.shown, r.rows.length)), sheet: r.sheet, cell: where.range });
      turns.push(r.turns.items[0]);
    };
    for (let i = 0; i < said.length; i++) {
      for (; next < runs.length && runs[next].turns.items[0] < saidTurns.items[i]; next++) runLine(runs[next]);
      if (drop[i] === 1) continue;
      list.push(replace.get(i) ?? said[i]);
      turns.push(saidTurns.items[i]);
    }
    for (; next < runs.length; next++) runLine(runs[next]);
    this.replaceSaid(list, turns);
    this.log.keepOnly(() => false);
  }
}
