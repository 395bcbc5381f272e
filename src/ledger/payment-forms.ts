/**
 * A funds ledger kept as the approval forms themselves, bound in order on one sheet: each
 * 《拨付审批表》 a block of label | value lines (项目名称, 合同金额, 本次申请金额, 本次核定拨付金额, 累计已拨付,
 * 意见 with their dates, 拨付日期). A reviewer reads one payment per form: the amount approved
 * (本次核定拨付金额, not the one applied for or the running total) on the 拨付日期 — none where the form
 * says it was not paid (未拨付, 暂缓). So does the reader.
 */
import type { Sheet } from "../core/grid";
import { cellAddress } from "../core/grid";
import type { Diagnostics } from "../core/diagnostics";
import { parseDate } from "./normalize/date";
import { parseNumber } from "./normalize/number";
import { cellText, spacelessText } from "./normalize/text";
import type { FundRecord } from "./records";

const AMOUNT = /^(?:本次)?核定(?:拨付)?金额(?:[（(]元[)）])?$|^本次(?:实际)?拨付金额(?:[（(]元[)）])?$/;
const DAY = /^(?:拨付|支付|付款)日期$/;
const PROJECT = /^项目名称$/;
/** Fewest forms that make a sheet of forms. */
const MIN_FORMS = 2;

export interface PaymentForm {
  /** The amount's label cell and the day's. */
  amount: { r: number; c: number };
  day?: { r: number; c: number };
  project?: { r: number; c: number };
}

const key = (sheet: Sheet, r: number, c: number) => spacelessText(sheet.rows[r]?.[c] ?? null);

/** Rows within which a sheet of forms shows its first form (a form is a dozen rows; a title and notes may come first). */
const FIRST_FORM_WITHIN = 60;

/** The forms of such a sheet, in order; undefined when it is no sheet of forms. */
export function findPaymentForms(sheet: Sheet): PaymentForm[] | undefined {
  const forms: PaymentForm[] = [];
  let project: { r: number; c: number } | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    // (Every sheet is asked: a 300,000-row list is no sheet of forms once its first rows hold none.)
    if (r >= FIRST_FORM_WITHIN && forms.length === 0) return undefined;
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // Only a short label can be one of the form's (a look at its words before the tests).
      if (typeof v !== "string" || v.length > 24 || !(v.includes("金额") || v.includes("日期") || v.includes("项目"))) continue;
      const k = key(sheet, r, c);
      if (PROJECT.test(k)) project = { r, c };
      else if (AMOUNT.test(k)) forms.push({ amount: { r, c }, ...(project ? { project } : {}) });
      else if (DAY.test(k) && forms.length > 0 && !forms[forms.length - 1].day) forms[forms.length - 1].day = { r, c };
    }
  }
  return forms.length >= MIN_FORMS && forms.every((f) => f.day) ? forms : undefined;
}

/** The value right of a label: the next filled cell on its row. */
function valueRight(sheet: Sheet, at: { r: number; c: number }): { c: number; v: ReturnType<typeof cellText> } | undefined {
  const row = sheet.rows[at.r] ?? [];
  for (let c = at.c + 1; c < row.length; c++) if (cellText(row[c] ?? null) !== "") return { c, v: cellText(row[c] ?? null) };
  return undefined;
}

export function readPaymentForms(sheet: Sheet, forms: PaymentForm[], diags: Diagnostics): FundRecord[] {
  const wan = sheet.rows.slice(0, 3).some((row) => row.some((v) => /单位\s*[:：]\s*万元/.test(cellText(v ?? null))));
  const out: FundRecord[] = [];
  for (const f of forms) {
    const amountAt = valueRight(sheet, f.amount);
    const dayAt = f.day ? valueRight(sheet, f.day) : undefined;
    const dayCell = dayAt ? (sheet.rows[f.day!.r]?.[dayAt.c] ?? null) : null;
    if (!amountAt) continue;
    if (dayAt && /未拨付|暂缓|未支付|不予拨付/.test(dayAt.v)) {
      diags.info(`审批表（第 ${f.amount.r + 1} 行）拨付日期为“${dayAt.v}”，未拨付，不计入`, sheet.name, cellAddress(f.day!.r, dayAt.c));
      continue;
    }
    // "（小写）¥360,000.00": the figure after its 小写 and currency sign.
    const figure = amountAt.v.replace(/[（(]\s*小写\s*[)）]|[¥￥]/g, "").trim();
    const amount = parseNumber(figure, { unit: wan ? "万元" : "元" });
    if (!amount.ok) {
      diags.warn(`审批表的核定拨付金额“${amountAt.v}”不是可读的数字，该笔未计入`, sheet.name, cellAddress(f.amount.r, amountAt.c));
      continue;
    }
    const day = dayCell === null ? undefined : parseDate(dayCell);
    const project = f.project ? valueRight(sheet, f.project)?.v : undefined;
    out.push({ source: { sheet: sheet.name, row: f.amount.r + 1 }, date: day?.ok ? day.value : null, ...(project ? { project } : {}), amount: amount.value });
  }
  return out;
}
