/**
 * Numbers as clerks type them: "4,167,785.00", "4167785元", "42万", "42.6万人", "88.7w", "1.2亿", "４２００",
 * "70%". Values are exact rationals (Q) so sums and thresholds never suffer float error.
 */
import { Q } from "../../scoring/rational";
import { isCellError } from "../../core/grid";
import { AnyCell, compact, excelDigits, isErrorText, quote, toHalfWidth } from "./text";
import { capitalNumber, withArabicNumerals } from "./chinese-numerals";

export type NumberOk = { ok: true; value: Q; unit?: string; lostDigits?: boolean };
export type NumberResult = NumberOk | { ok: false; reason: string };

export interface NumberOptions {
  /** The column's money unit from its header or a `单位：` line; 万元 values are converted to 元. */
  unit?: "元" | "万元";
}

const TEN_THOUSAND = Q.of(10000);
// (w is how clerks shorten 万 in their own notes: 常住88.7w, 下达500w.)
const MULTIPLIERS: Record<string, Q> = {
  万: TEN_THOUSAND,
  w: TEN_THOUSAND,
  W: TEN_THOUSAND,
  ｗ: TEN_THOUSAND,
  Ｗ: TEN_THOUSAND,
  亿: Q.of(100000000),
  万亿: Q.of(1000000000000),
  // (A table for readers used to millions: 百万元, 5.00 百万元 = 500万元.)
  百万: Q.of(1000000),
  千万: Q.of(10000000),
};
/** Units a count or amount may carry; longest first so 人次 wins over 人. */
const UNIT_WORDS = "人次|家次|户次|平方米|公斤|千克|元|人|个|家|户|次|名|村|镇|项|期|场|篇|条|份|件|笔|所|间|处|座|台|辆|亩|吨|㎡";
const NUMBER_RE = new RegExp(`^([+\\-−]?)([¥￥]?)(\\d[\\d,]*|)(?:\\.(\\d+))?(?:(%|‰)|(万亿|百万|千万|万|亿|[wWｗＷ])?(${UNIT_WORDS})?)$`);
/** Hedged amounts (约42万, 4000多人, 42万余) are not facts; the clerk must write the figure. */
const HEDGE = /约|大概|大约|近|超过|不少于|不足|不到|至少|多于|少于|以上|以下|左右|余|多|[<>≤≥]|^共|^合计|^总计/;

/**
 * Any cell → an exact number, or a reason a clerk can act on. A JS number is taken at Excel's 15
 * significant digits; one of 16+ integer digits is flagged lostDigits (Excel cannot hold them).
 */
export function parseNumber(v: AnyCell, opts: NumberOptions = {}): NumberResult {
  try {
    return parse(v, opts);
  } catch {
    return { ok: false, reason: "无法识别的数字" };
  }
}

function parse(v: AnyCell, opts: NumberOptions): NumberResult {
  if (v === null || v === undefined) return { ok: false, reason: "空白" };
  if (typeof v === "boolean") return { ok: false, reason: `逻辑值 ${v ? "TRUE" : "FALSE"}，不是数字` };
  if (v instanceof Date) return { ok: false, reason: "单元格是日期，不是数字" };
  if (isCellError(v)) return { ok: false, reason: `错误值 ${v.error}` };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: `无效数字：${String(v)}` };
    const value = Q.fromNumber(excelDigits(v));
    const res = withColumnUnit(value, undefined, opts);
    return Math.abs(v) >= 1e15 ? { ...res, lostDigits: true } : res;
  }
  if (typeof v !== "string") return { ok: false, reason: "无法识别的数字" };

  const raw = v;
  // (A cheque's or voucher's amount says its currency first: 人民币叁拾陆万元整, RMB 360,000.)
  const t = withArabicNumerals(compact(raw).replace(/^(?:人民币|RMB|CNY)[:：]?/i, ""));
  if (t === "") return { ok: false, reason: "空白" };
  if (isErrorText(t)) return { ok: false, reason: `错误值 ${t.toUpperCase()}` };
  if (t[0] === "=" || t[0] === "＝") return typedSum(t, raw, opts);
  const m = NUMBER_RE.exec(t);
  if (!m || (m[3] === "" && m[4] === undefined)) {
    if (/\d/.test(t) && HEDGE.test(t)) return { ok: false, reason: `不是确定的数值：${quote(raw)}（请填写准确数字）` };
    return { ok: false, reason: `无法识别的数字：${quote(raw)}` };
  }
  const [, sign, currency, intPart, frac = "", percent, mult, unitWord] = m;
  if (intPart.includes(",") && !/^\d{1,3}(?:,\d{3})+$/.test(intPart)) {
    return { ok: false, reason: `千分位逗号位置不对：${quote(raw)}` };
  }
  if (currency && ((unitWord && unitWord !== "元") || percent)) {
    return { ok: false, reason: `无法识别的数字：${quote(raw)}` };
  }
  const digits = (intPart.replace(/,/g, "") || "0") + frac;
  let value = Q.of(BigInt(digits) * (sign === "-" || sign === "−" ? -1n : 1n), 10n ** BigInt(frac.length));
  if (percent) return { ok: true, value: value.div(Q.of(percent === "%" ? 100 : 1000)), unit: percent };
  if (mult) value = value.mul(MULTIPLIERS[mult]);
  const unit = unitWord ?? (currency ? "元" : undefined);
  // "42万" in a money column means 42万元: a multiplier counts as the text's own unit.
  if (unit === undefined && mult) return opts.unit ? { ok: true, value, unit: "元" } : { ok: true, value };
  return withColumnUnit(value, unit, opts);
}

/**
 * A sum typed into a cell formatted as text, left uncalculated ("=14+9+6", "=6.21+3.47+1.96", "=46-9"):
 * what Excel would have shown, its terms added exactly. Anything else after "=" is no number.
 */
const TYPED_SUM = /^[=＝]([+-]?[\d.,]+(?:[+-][\d.,]+)+)$/;

/** Is `text` such a sum, spaces aside? */
export function isTypedSum(text: string): boolean {
  return TYPED_SUM.test(compact(text));
}

function typedSum(t: string, raw: string, opts: NumberOptions): NumberResult {
  const terms = TYPED_SUM.exec(t)?.[1].match(/[+-]?[\d.,]+/g);
  if (!terms) return { ok: false, reason: `算式未计算，无法识别：${quote(raw)}` };
  let sum = Q.of(0);
  for (const term of terms) {
    const n = parse(term.replace(/^\+/, ""), {});
    if (!n.ok) return { ok: false, reason: `算式未计算，无法识别：${quote(raw)}` };
    sum = sum.add(n.value);
  }
  return withColumnUnit(sum, undefined, opts);
}

/** Applies the column's unit when the cell has none of its own: 万元 → ×10000, reported as 元. */
function withColumnUnit(value: Q, own: string | undefined, opts: NumberOptions): NumberOk {
  if (own !== undefined) return { ok: true, value, unit: own };
  if (opts.unit === "万元") return { ok: true, value: value.mul(TEN_THOUSAND), unit: "元" };
  if (opts.unit === "元") return { ok: true, value, unit: "元" };
  return { ok: true, value };
}

/** Points as a clerk writes them: 2, "2", "2分" (the 分 is the unit of every point). */
export function parsePoints(v: AnyCell): NumberResult {
  if (typeof v !== "string") return parseNumber(v);
  const t = v.replace(/\s*分\s*$/, "");
  // "2+1=3", "２＋２＋１＝５": the points worked out, the result after the sign (when the parts add up to it).
  const sum = pointsSummed(t);
  if (sum !== undefined) return parseNumber(sum);
  // "贰分", "壹拾肆分": a score sheet's points in 大写.
  const capital = capitalNumber(t);
  if (capital !== undefined) return parseNumber(capital);
  // "两分", "三分": one numeral alone (a count would need two, see chinese-numerals).
  const one = ONE_NUMERAL.indexOf(t.trim());
  return parseNumber(one > 0 ? String(one === 10 ? 2 : one) : t);
}

/** Points written as their parts and their sum, "2+1=3": the parts, then the sum. */
const SUMMED = /^\s*(\d+(?:\.\d+)?(?:\s*分)?(?:\s*\+\s*\d+(?:\.\d+)?(?:\s*分)?)+)\s*=\s*(\d+(?:\.\d+)?)\s*$/;

/** The sum points are written with ("2+1=3", "２＋２＝４" → "3", "4"), when the parts add up to it; undefined otherwise. */
function pointsSummed(t: string): string | undefined {
  const m = SUMMED.exec(toHalfWidth(t));
  if (!m) return undefined;
  const parts = m[1].split("+").map((p) => Number(p.replace(/分/g, "").trim()));
  // (In tenths: 0.5 + 1.5 = 2 exactly.)
  return Math.round(parts.reduce((a, b) => a + b, 0) * 10) === Math.round(Number(m[2]) * 10) ? m[2] : undefined;
}

/** 一 … 九 by their value (两 at 10 reads as 2). */
const ONE_NUMERAL = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "两"];

/**
 * A written figure with its decimal point moved (places > 0 to the right, < 0 to the left), exactly,
 * in the digits written: 0.7563 → 75.63 (2), 6.12 → 61.2 (1), 9.8735 → 987350000 (8), 1.5 → 0.015 (−2).
 */
export function shiftPoint(figure: string, places: number): string {
  const [int, frac = ""] = figure.replace(/,/g, "").split(".");
  let digits = `${int}${frac}`;
  let point = int.length + places;
  if (point < 0) {
    digits = `${"0".repeat(-point)}${digits}`;
    point = 0;
  }
  digits = digits.padEnd(point, "0");
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const rest = digits.slice(point).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}
