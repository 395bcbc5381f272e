/**
 * 身份证号 (GB 11643). Ledgers hold them with a lower-case x, with spaces, masked
 * ("440281********1234"), as 15-digit old numbers, or as Excel numbers that lost their last digits.
 * Only a complete number can identify a person; masked and lost ones still count as rows.
 */
import type { IdNumber } from "../records";
import { isCellError } from "../../core/grid";
import { AnyCell, compact, numberText, quote } from "./text";

export type IdResult = { ok: true; id: IdNumber; warning?: string; lostDigits?: boolean } | { ok: false; reason: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** The weighted sum of the first 17 characters, or -1 when one of them is not a digit. */
function weightedSum(s: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    sum += d * WEIGHTS[i];
  }
  return sum;
}

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  return CHECK_CHARS[weightedSum(first17) % 11];
}

/** 17 digits and the right check character (upper-case X), nothing else. */
function isCorrectId(v: string): boolean {
  if (v.length !== 18) return false;
  const sum = weightedSum(v);
  return sum >= 0 && v[17] === CHECK_CHARS[sum % 11];
}

/**
 * One frozen IdNumber per whole, correct number: a trainee's number recurs on the row of every
 * session attended and a roster's on each of a household's lines (300,000 rows of a training
 * ledger held 4,000 numbers). Every record kept is an object the collector copies and marks;
 * shared, the numbers are no more. A number met before is known by its text alone, its check
 * digit not worked out again.
 */
function correctId(text: string): IdNumber {
  let id = correctIds.get(text);
  if (id === undefined) {
    if (correctIds.size > 100000) correctIds.clear();
    id = Object.freeze({ text, masked: false, valid: true });
    correctIds.set(text, id);
  }
  return id;
}
const correctIds = new Map<string, IdNumber>();

export function parseIdNumber(v: AnyCell): IdResult {
  try {
    return parse(v);
  } catch {
    return { ok: false, reason: "无法识别的身份证号" };
  }
}

function parse(v: AnyCell): IdResult {
  if (v === null || v === undefined) return { ok: false, reason: "空白" };
  if (typeof v === "boolean" || v instanceof Date) return { ok: false, reason: "不是身份证号（单元格是逻辑值或日期）" };
  if (isCellError(v)) return { ok: false, reason: `错误值 ${v.error}` };
  if (typeof v === "number") return fromNumber(v);
  if (typeof v !== "string") return { ok: false, reason: "无法识别的身份证号" };
  // Most cells hold a whole, correct number as typed: checked in one pass, nothing copied.
  const known = correctIds.get(v);
  if (known !== undefined) return { ok: true, id: known };
  if (isCorrectId(v)) return { ok: true, id: correctId(v) };

  // A leading apostrophe is Excel's "store as text" marker when values are pasted as text.
  let t = compact(v);
  if (t.charCodeAt(0) === 0x27) t = t.slice(1);
  if (t.endsWith("x")) t = `${t.slice(0, -1)}X`;
  if (t === "") return { ok: false, reason: "空白" };
  if (/^\d{17}[\dX]$/.test(t)) {
    const expected = idCheckChar(t);
    if (t[17] === expected) return { ok: true, id: correctId(t) };
    return {
      ok: true,
      id: { text: t, masked: false, valid: false },
      warning: `身份证号校验位不符：${t}（按前17位末位应为${expected}），请核对是否录错`,
    };
  }
  if (/^\d{15}$/.test(t)) return oldId(t);
  // Masked: digits, one or more runs of *, the end digits or X; at least the region prefix kept.
  if (/^\d[\d*]*\*[\d*]*[\dX]?$/.test(t) && t.length >= 8 && t.length <= 18) {
    return {
      ok: true,
      id: { text: t, masked: true, valid: false },
      warning: `身份证号已打码（${t}）：可用于计数，不能用于比对人员`,
    };
  }
  // "4.40281E+17": a number shown in exponent form and copied as text; the digits are gone.
  if (/^\d(?:\.\d+)?E\+?1[47]$/i.test(t)) return lost(t.toUpperCase());
  const digits = t.replace(/\D/g, "").length;
  if (/^\d+X?$/.test(t)) return { ok: false, reason: `身份证号位数不对（${digits}位）：${quote(v)}，应为18位` };
  return { ok: false, reason: `无法识别的身份证号：${quote(v)}` };
}

function fromNumber(x: number): IdResult {
  if (!Number.isFinite(x) || !Number.isInteger(x) || x <= 0) return { ok: false, reason: `无法识别的身份证号：${String(x)}` };
  const s = numberText(x);
  if (s.length === 18) return lost(s);
  // 15 digits fit in Excel's precision, so an old ID stored as a number is still whole.
  if (s.length === 15) return oldId(s);
  return { ok: false, reason: `身份证号位数不对（${s.length}位）：${s}，应为18位` };
}

function lost(text: string): IdResult {
  return {
    ok: true,
    lostDigits: true,
    id: { text, masked: true, valid: false },
    warning: `身份证号被Excel存成了数字，15位以后的数字已丢失（${text}），不能用于比对人员；请把该列设为文本后重新录入`,
  };
}

/**
 * 15-digit IDs (issued before 1999) are upgraded the official way (insert "19", append the check
 * character) so they match the same person's 18-digit number elsewhere; valid stays false because
 * the check character was computed, not written.
 */
function oldId(t15: string): IdResult {
  const first17 = `${t15.slice(0, 6)}19${t15.slice(6)}`;
  const text = first17 + idCheckChar(first17);
  return {
    ok: true,
    id: { text, masked: false, valid: false },
    warning: `15位旧身份证号 ${t15} 已按规则升为18位 ${text}，无法校验，请核对`,
  };
}
