/**
 * Argument coercion for the custom functions: what Excel hands a function (numbers, text such as
 * "4,385" or "42万", booleans, blanks, error values, 2-D ranges) → exact values for the scoring
 * core, or an ArgError whose Chinese message says what is wrong and where.
 *
 * Pure: no Office.js, no `CustomFunctions` global. functions.ts turns ArgError into
 * `CustomFunctions.Error(invalidValue, message)`.
 */
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
export type CountOrList = { kind: "count"; count: Q } | { kind: "list"; keys: string[]; size: number };

export function countOrList(arg: Arg, label: string, keyOf: (name: string) => string = nameKey): CountOrList {
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
  return { kind: "list", keys: [...keys], size: keys.size };
}

/** Size of a count-or-list as an exact number. */
export function sizeOf(x: CountOrList): Q {
  return x.kind === "count" ? x.count : Q.of(x.keys.length);
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
