/**
 * Argument coercion for the custom functions: what Excel hands a function (numbers, text such as
 * "4,385" or "42万", booleans, blanks, error values, 2-D ranges) → exact values for the scoring
 * core, or an ArgError whose Chinese message says what is wrong and where.
 *
 * Pure: no Office.js, no `CustomFunctions` global. functions.ts turns ArgError into
 * `CustomFunctions.Error(invalidValue, message)`.
 */
import { KeySet, type KeyList } from "./key-set";
import type { LDate } from "../scoring/dates";
import { Q } from "../scoring/rational";
import { isCellError } from "../core/grid";
import { parseNumber } from "../ledger/normalize/number";
import { parseDate } from "../ledger/normalize/date";
import { cellText, compact, isErrorText } from "../ledger/normalize/text";
import { UserError } from "../core/errors";

/** Bad input: the message is shown in Excel's #VALUE! tooltip. */
export class ArgError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "ArgError";
  }
}

/** A parameter as Excel may pass it: a scalar, or a range (any[][]) for matrix parameters. */
export type Arg = unknown;

/** One non-blank cell of an argument, with its one-based position inside the argument's range. */
export interface Cell {
  value: unknown;
  row: number;
  col: number;
  /** The argument was a range of more than one cell. */
  inRange: boolean;
}

const ERROR_TYPES: Record<string, string> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Div0: "#DIV/0!",
  Ref: "#REF!",
  Name: "#NAME?",
  Num: "#NUM!",
  Null: "#NULL!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  GettingData: "#GETTING_DATA",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  Blocked: "#BLOCKED!",
  Field: "#FIELD!",
};

/**
 * The Excel error a value stands for, if it is one: a `CustomFunctions.Error` (has a `code` like
 * "#N/A"), an `Excel.ErrorCellValue` ({ type: "Error", errorType | basicValue }), a grid CellError
 * ({ error }) or an error text ("#REF!").
 */
export function errorOf(v: unknown): string | undefined {
  if (typeof v === "string") return isErrorText(v) ? v.trim().toUpperCase() : undefined;
  if (typeof v !== "object" || v === null || v instanceof Date) return undefined;
  if (isCellError(v)) return v.error;
  const o = v as Record<string, unknown>;
  if (typeof o.code === "string" && o.code.startsWith("#")) return o.code;
  if (o.type === "Error") {
    if (typeof o.basicValue === "string") return o.basicValue;
    if (typeof o.errorType === "string") return ERROR_TYPES[o.errorType] ?? `#${o.errorType}`;
    return "#VALUE!";
  }
  if (v instanceof Error) return "#VALUE!";
  return undefined;
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && cellText(v) === "");
}

/** Where a cell is, for a message: "培训人次" or "行政村（所选区域第 3 行第 1 列）". */
export function where(label: string, c: Pick<Cell, "row" | "col" | "inRange">): string {
  return c.inRange ? `${label}（所选区域第 ${c.row} 行第 ${c.col} 列）` : label;
}

/** A value as quoted in a message. */
function shown(v: unknown): string {
  if (typeof v === "string") return `“${v.length > 30 ? `${v.slice(0, 30)}…` : v}”`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return "该值";
}

/**
 * The non-blank cells of an argument, in reading order. Error values anywhere throw, naming the
 * cell. A scalar is a one-cell argument. Values that are neither scalars nor cell values (objects)
 * throw as well.
 */
export function cells(arg: Arg, label: string): Cell[] {
  const out: Cell[] = [];
  const visit = (value: unknown, row: number, col: number, inRange: boolean): void => {
    if (isBlank(value)) return;
    const err = errorOf(value);
    if (err) throw new ArgError(`${where(label, { row, col, inRange })}是错误值 ${err}`);
    if (typeof value === "object" && !(value instanceof Date)) {
      throw new ArgError(`${where(label, { row, col, inRange })}不是单元格的值`);
    }
    out.push({ value, row, col, inRange });
  };
  if (Array.isArray(arg)) {
    const rows = arg as unknown[];
    const inRange = rows.length > 1 || (Array.isArray(rows[0]) && (rows[0] as unknown[]).length > 1);
    rows.forEach((r, i) => {
      if (Array.isArray(r)) r.forEach((v, j) => visit(v, i + 1, j + 1, inRange));
      else visit(r, i + 1, 1, inRange);
    });
  } else {
    visit(arg, 1, 1, false);
  }
  return out;
}

/** The argument was left out (or is an empty cell / empty range). */
export function isOmitted(arg: Arg): boolean {
  if (arg === null || arg === undefined) return true;
  if (Array.isArray(arg)) return arg.every((r) => (Array.isArray(r) ? r.every(isBlank) : isBlank(r)));
  return isBlank(arg);
}

export interface NumberSpec {
  /** Chinese name of the parameter, used in messages. */
  label: string;
  /** Allow a value below zero (default: no). */
  negative?: boolean;
  /** Accept "70%" (rates); counts and amounts refuse it. */
  percent?: boolean;
}

function numberOfCell(c: Cell, spec: NumberSpec): Q {
  const r = parseNumber(c.value as never);
  const at = where(spec.label, c);
  if (!r.ok) {
    if (typeof c.value === "boolean") throw new ArgError(`${at}应为数字，不是逻辑值 ${shown(c.value)}`);
    throw new ArgError(`${at}应为数字：${r.reason}`);
  }
  if (!spec.percent && (r.unit === "%" || r.unit === "‰")) {
    throw new ArgError(`${at}应为数量，不是百分比 ${shown(c.value)}`);
  }
  if (!spec.negative && r.value.lt(Q.ZERO)) throw new ArgError(`${at}不能为负数：${shown(c.value)}`);
  return r.value;
}

/** Exactly one number (a scalar, or a range holding one non-blank cell). */
export function oneNumber(arg: Arg, spec: NumberSpec): Q {
  const cs = cells(arg, spec.label);
  if (cs.length === 0) throw new ArgError(`缺少${spec.label}`);
  if (cs.length > 1) throw new ArgError(`${spec.label}应为一个数，却给了 ${cs.length} 个单元格`);
  return numberOfCell(cs[0], spec);
}

/** An optional number: undefined when omitted. */
export function optionalNumber(arg: Arg, spec: NumberSpec): Q | undefined {
  return isOmitted(arg) ? undefined : oneNumber(arg, spec);
}

/** A number, or a range of numbers that are added up (blanks ignored). */
export function sumOfNumbers(arg: Arg, spec: NumberSpec): Q {
  const cs = cells(arg, spec.label);
  if (cs.length === 0) throw new ArgError(`缺少${spec.label}`);
  return cs.reduce((a, c) => a.add(numberOfCell(c, spec)), Q.ZERO);
}

/** The numbers of a range, cell by cell (blanks ignored). */
export function numbersOf(arg: Arg, spec: NumberSpec): { value: Q; cell: Cell }[] {
  return cells(arg, spec.label).map((c) => ({ value: numberOfCell(c, spec), cell: c }));
}

/**
 * A count, or a list of names to count. One non-blank cell holding a number (or numeric text)
 * is a count; otherwise every non-blank cell is a name, and the distinct keys (`keyOf`) are the
 * list. Names whose key is "" are ignored.
 */
export type CountOrList = { kind: "count"; count: Q } | { kind: "list"; keys: KeyList };

export function countOrList(arg: Arg, label: string, keyOf: (name: string) => string = nameKey): CountOrList {
  // A range of names in one pass; one cell or none goes the general way (it may be a count).
  if (Array.isArray(arg)) {
    const list = listKeys(arg, label, keyOf);
    if (list) return list;
  }
  const cs = cells(arg, label);
  if (cs.length === 0) throw new ArgError(`缺少${label}（个数或清单）`);
  if (cs.length === 1) {
    const v = cs[0].value;
    const r = parseNumber(v as never);
    if (typeof v === "number" || (r.ok && r.unit !== "%" && r.unit !== "‰")) {
      const count = numberOfCell(cs[0], { label });
      if (!count.isInteger()) throw new ArgError(`${label}应为整数个数：${shown(v)}`);
      return { kind: "count", count };
    }
  }
  const keys = new Set<string>();
  for (const c of cs) {
    if (typeof c.value === "boolean") throw new ArgError(`${where(label, c)}应为名称或个数，不是逻辑值 ${shown(c.value)}`);
    const k = keyOf(cellText(c.value as never));
    if (k !== "") keys.add(k);
  }
  return { kind: "list", keys };
}

/**
 * The keys of a range holding two or more non-blank cells, read in one pass without a Cell per
 * value; undefined for fewer (countOrList's general path decides). Errors are those of the general
 * path, in its order: an error value anywhere before a logical value anywhere.
 */
function listKeys(rows: unknown[], label: string, keyOf: (name: string) => string): CountOrList | undefined {
  const inRange = rows.length > 1 || (Array.isArray(rows[0]) && (rows[0] as unknown[]).length > 1);
  let cellCount = 0;
  for (const row of rows) cellCount += Array.isArray(row) ? row.length : 1;
  const keys = new KeySet(cellCount);
  let nonBlank = 0;
  let logical: Cell | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const r = Array.isArray(row) ? row : [row];
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v === "string" && isPlainText(v)) {
        // Most names: no surrounding space, not an error text, so cellText(v) is v itself.
        nonBlank++;
        const k = keyOf(v);
        if (k !== "") keys.add(k);
        continue;
      }
      if (isBlank(v)) continue;
      nonBlank++;
      const err = errorOf(v);
      if (err) throw new ArgError(`${where(label, { row: i + 1, col: j + 1, inRange })}是错误值 ${err}`);
      if (typeof v === "object" && !(v instanceof Date)) throw new ArgError(`${where(label, { row: i + 1, col: j + 1, inRange })}不是单元格的值`);
      if (typeof v === "boolean") {
        logical ??= { value: v, row: i + 1, col: j + 1, inRange };
        continue;
      }
      const k = keyOf(cellText(v as never));
      if (k !== "") keys.add(k);
    }
  }
  if (nonBlank < 2) return undefined;
  if (logical) throw new ArgError(`${where(label, logical)}应为名称或个数，不是逻辑值 ${shown(logical.value)}`);
  return { kind: "list", keys };
}

/**
 * Text that cellText leaves as it is and that cannot be an error value: non-empty, not starting
 * with "#", and no space or invisible character at either end (the characters cellText trims are
 * all below U+0021, or in U+0080–U+3000 / U+FEFF, which a name rarely starts or ends with).
 */
function isPlainText(v: string): boolean {
  const n = v.length;
  if (n === 0) return false;
  const a = v.charCodeAt(0);
  const z = v.charCodeAt(n - 1);
  return a !== 0x23 && plainEnd(a) && plainEnd(z);
}

const plainEnd = (c: number): boolean => (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff);

/**
 * A key function that remembers its answers: a recalculation hands the same names again, and the
 * ledger normalisers behind a key (full-width folding, committee suffixes) cost far more than a
 * lookup. Bounded: the memory is dropped whenever it holds `max` names.
 */
export function memoKey(keyOf: (name: string) => string, max = 200_000): (name: string) => string {
  let memo = new Map<string, string>();
  return (name) => {
    let k = memo.get(name);
    if (k === undefined) {
      k = keyOf(name);
      if (memo.size >= max) memo = new Map();
      memo.set(name, k);
    }
    return k;
  };
}

/** Size of a count-or-list as an exact number. */
export function sizeOf(x: CountOrList): Q {
  return x.kind === "count" ? x.count : Q.of(x.keys.size);
}

/** Matching key of a name: half-width, no whitespace, Latin upper-case (ID numbers end in X). */
export function nameKey(name: string): string {
  return compact(name).toUpperCase();
}

/** A date argument (Excel serial, date text); `label` names it in messages. */
export function dateOfCell(c: Cell, label: string): LDate {
  const r = parseDate(c.value as never);
  if (!r.ok) throw new ArgError(`${where(label, c)}不是日期：${r.reason}`);
  return r.value;
}

export function oneDate(arg: Arg, label: string): LDate {
  const cs = cells(arg, label);
  if (cs.length === 0) throw new ArgError(`缺少${label}`);
  if (cs.length > 1) throw new ArgError(`${label}应为一个日期，却给了 ${cs.length} 个单元格`);
  return dateOfCell(cs[0], label);
}

// ---------------------------------------------------------------------------------------------
// Plain inputs: what the fast paths (fast.ts) take. Anything else → undefined → the exact path.

/** The number of a one-cell argument (a number, [x] or [[x]]), when it is a finite JS number. */
export function plainNumber(arg: Arg): number | undefined {
  let v = arg;
  if (Array.isArray(v)) {
    if (v.length !== 1) return undefined;
    v = v[0];
    if (Array.isArray(v)) {
      if (v.length !== 1) return undefined;
      v = v[0];
    }
  }
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** Counts below 1e15 have at most 15 digits: Excel's rounding (excelDigits) leaves them as they are. */
const COUNT_LIMIT = 1e15;

/** A count the exact path would read the same: a non-negative integer below 1e15 (-0 read as 0). */
export function plainCount(arg: Arg): number | undefined {
  const v = plainNumber(arg);
  return v !== undefined && Number.isInteger(v) && v >= 0 && v < COUNT_LIMIT ? v + 0 : undefined;
}

/** sumOfNumbers of a range of plain counts and empty cells (null, undefined, ""); undefined for anything else. */
export function plainSum(arg: Arg): number | undefined {
  if (!Array.isArray(arg)) return typeof arg === "number" ? plainCount(arg) : undefined;
  let sum = 0;
  let seen = false;
  for (const row of arg as unknown[]) {
    const r = Array.isArray(row) ? row : [row];
    for (const v of r) {
      if (v === null || v === undefined || v === "") continue;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= COUNT_LIMIT) return undefined;
      sum += v;
      if (sum >= COUNT_LIMIT) return undefined; // keeps every partial sum exact
      seen = true;
    }
  }
  return seen ? sum + 0 : undefined;
}

/** Shape of a range argument (rows × columns), scalars are 1×1. */
export function shapeOf(arg: Arg): [number, number] {
  if (!Array.isArray(arg)) return [1, 1];
  const rows = arg.length;
  const cols = rows > 0 && Array.isArray(arg[0]) ? (arg[0] as unknown[]).length : 1;
  return [rows, cols];
}

/** The cell at a one-based position of a range argument (undefined outside it). */
export function cellAt(arg: Arg, row: number, col: number): unknown {
  if (!Array.isArray(arg)) return row === 1 && col === 1 ? arg : undefined;
  const r = arg[row - 1];
  return Array.isArray(r) ? r[col - 1] : col === 1 ? r : undefined;
}
