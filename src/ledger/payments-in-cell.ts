/**
 * A contract table whose payments are written inside one cell ("已付款情况（付款日期、金额）"):
 *   "①2020.7.15 预付款45万元；\n②2020年12月28日 进度款60万元；\n质保金7.5万元未到期"
 *   "2020/9/25 ¥295,800.00\n2021/2/3 ¥394,400.00"
 *   "第1-3期：2020.12.10 付12.84万；第4-6期：2021.5.20 付13.5万"
 * Each line or clause holding a day and an amount is a payment; one without a day (质保金…未到期,
 * 余款待验收, 二期款待系统验收后支付) is money not yet paid and is none.
 */
import { Q } from "../scoring/rational";
import type { LDate } from "../scoring/dates";
import { findDateInText } from "./normalize/date";
import { parseNumber } from "./normalize/number";

export interface CellPayment {
  date: LDate;
  amount: Q;
}

// A day: 2020.7.15, 2020年12月28日, 2020/9/25, 2021-03-26 (what findDateInText reads, found again to cut it out).
const DAY = /\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*[日号]?/;
// An amount after the day: ¥295,800.00, 45万元, 12.84万, 86,500元 — never a share (30%).
const MONEY = /([¥￥]\s*)?(\d[\d,，]*(?:\.\d+)?)\s*(万元|万|元)?(?!\s*[%％\d])/;

/** The payments a cell lists; none when it names no day with an amount (a plain number is not such a cell). */
export function paymentsInCell(text: string, unit: "元" | "万元"): CellPayment[] {
  const out: CellPayment[] = [];
  for (const clause of text.split(/[；;\n]+|(?=[①-⑳])/)) {
    const day = DAY.exec(clause);
    if (!day) continue;
    const date = findDateInText(day[0]);
    const after = clause.slice(day.index + day[0].length);
    const money = MONEY.exec(after);
    if (!date || !money) continue;
    const said = money[3] ?? (money[1] ? "元" : unit);
    const n = parseNumber(money[2].replace(/[,，]/g, ""), { unit: said === "万" ? "万元" : (said as "元" | "万元") });
    if (n.ok && n.value.cmp(Q.ZERO) > 0) out.push({ date, amount: n.value });
  }
  return out;
}
