/**
 * Payments kept as a calendar: a row per project and a column per month (2020年 over 9月 | 10月 …), each
 * cell what the treasury paid that month ("每格为当月国库实际支付金额"), a 累计支出 column after them adding the
 * row up. A reviewer reads each filled cell as one payment of that month; so does the reader, in the unit
 * the sheet states (单位：万元). A progress table of figures to date by month (its cells growing, no column
 * adding them up) is not this: its months are no payments.
 */
import { Diagnostics } from "../core/diagnostics";
import { cellAddress, type CellValue, type Sheet } from "../core/grid";
import { calendarRows, type MonthMatrix } from "./matrix";
import { parseNumber } from "./normalize/number";
import { cellText, compact, isDash, parseUnitLine, quote } from "./normalize/text";
import type { FundRecord } from "./records";

/** What the sheet's name or title lines say it keeps. */
const FUNDS_SAID = /资金|拨付|支出|支付|付款/;
/** The column adding a row's months up. */
const ROW_TOTAL = /^(?:累计|合计|小计|总计)(?:支出|拨付|支付|付款)?(?:金额|数)?(?:[（(][^（()）]*[)）])?$/;
/** Rows looked at to decide. */
const LOOK = 30;

const cellNumber = (v: CellValue | undefined) => {
  const n = parseNumber(v ?? null);
  return n.ok ? n.value.toNumber() : undefined;
};

/** The column adding up each row's months, when every row with payments adds up to it; undefined otherwise. */
function rowTotalColumn(sheet: Sheet, mx: MonthMatrix): number | undefined {
  const months = [...mx.months.keys()];
  const last = Math.max(...months);
  const width = Math.max(...sheet.rows.slice(0, mx.headerRow + 1).map((r) => r.length));
  const total = Array.from({ length: width }, (_, c) => c).find(
    (c) => c > last && sheet.rows.slice(0, mx.headerRow + 1).some((row) => ROW_TOTAL.test(compact(cellText(row?.[c] ?? null)))),
  );
  if (total === undefined) return undefined;
  let rows = 0;
  for (const { row } of calendarRows(sheet, mx)) {
    if (rows >= LOOK) break;
    const figures = months.map((c) => cellNumber(row[c])).filter((n): n is number => n !== undefined);
    if (figures.length === 0) continue;
    const said = cellNumber(row[total]);
    const sum = figures.reduce((a, b) => a + b, 0);
    if (said === undefined || Math.abs(said - sum) > 0.005 * Math.max(1, Math.abs(said))) return undefined;
    rows++;
  }
  return rows >= 2 ? total : undefined;
}

/** Whether the calendar's cells are payments: the sheet says funds, and a column adds each row's months up. */
export function paymentsByMonth(sheet: Sheet, mx: MonthMatrix, titles: string): boolean {
  return FUNDS_SAID.test(`${sheet.name} ${titles}`) && rowTotalColumn(sheet, mx) !== undefined;
}

/**
 * The unit the lines above the months state: a 单位 line ("单位：万元"), alone or among other words on its line
 * ("单位：万元" then 省级下达资金500万元 and more after full-width spaces), or a header's bracket ("累计支出（万元）").
 */
function unitAbove(sheet: Sheet, mx: MonthMatrix): "元" | "万元" | undefined {
  const cells = sheet.rows.slice(0, mx.headerRow + 1).flatMap((row) => row.map((v) => cellText(v ?? null)));
  const line = cells.map((t) => parseUnitLine(t) ?? /(?:金额)?单位\s*[:：]\s*(万元|元)(?![\u4e00-\u9fff])/.exec(t)?.[1]).find((u) => u !== undefined);
  if (line === "万元" || line === "元") return line;
  return cells.some((t) => /[（(]\s*万元\s*[)）]/.test(t)) ? "万元" : undefined;
}

/** Every filled month of every project's row: a payment of that month, in the sheet's unit. */
export function readFundsMatrix(sheet: Sheet, mx: MonthMatrix, diags: Diagnostics): FundRecord[] {
  const unit = unitAbove(sheet, mx);
  const out: FundRecord[] = [];
  for (const { r, row, label } of calendarRows(sheet, mx)) {
    for (const c of mx.months.keys()) {
      const text = cellText(row[c] ?? null).trim();
      if (text === "" || isDash(text)) continue;
      const n = parseNumber(row[c] ?? null, unit ? { unit } : {});
      if (!n.ok) {
        diags.warn(`“${quote(text)}”不是金额，该格未计入`, sheet.name, cellAddress(r, c));
        continue;
      }
      if (n.value.isZero()) continue;
      const rec: FundRecord = { source: { sheet: sheet.name, row: r + 1 }, date: mx.months.get(c) ?? null, amount: n.value };
      if (label) rec.project = label;
      out.push(rec);
    }
  }
  return out;
}
