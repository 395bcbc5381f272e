/**
 * A funds ledger kept as the special account's bank alerts (三水: 序号 | 接收时间 | 发送号码 | 短信内容 |
 * 标注), each text message exported from the desk's phone: "您尾号6618的账户于07月10日10:22支出（网银转账）
 * 人民币680,000.00元，…对方户名：…公司。" The day and the amount are only in the message, its year only in
 * the time it was received. A reviewer counts each transfer paid out (支出) on the day the message says —
 * a payment made at 23:56 and texted after midnight is the day before's — and not the money coming in
 * (收入), the interest (结息), the bank's fee (手续费) or a verification code. So does the reader.
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import { isValidDate } from "../scoring/dates";
import { parseDate } from "./normalize/date";
import { parseNumber } from "./normalize/number";
import { cellText, spacelessText } from "./normalize/text";
import type { FundRecord } from "./records";

const TEXT_HEADER = /^(?:短信内容|短信正文|消息内容|通知内容|动账短信|短信)$/;
const TIME_HEADER = /^(?:接收时间|收到时间|接收日期|时间|日期)$/;
/** "…账户于07月10日10:22支出（网银转账）人民币680,000.00元": the day, the way and kind, the amount. */
const ALERT =
  /账[户号].{0,12}?于?\s*(\d{1,2})月(\d{1,2})日.{0,12}?(支出|收入|转出|转入|存入|付款)\s*(?:[（(]([^）)]*)[）)])?\s*(?:人民币|RMB|￥|¥)?\s*([\d,]+(?:\.\d+)?)\s*元/;
/** What goes out and is no payment of the funds: the bank's charges and the interest's reversal. */
const NOT_A_PAYMENT = /手续费|工本费|结息|利息|年费|短信费|管理费/;
const PAID = /^(?:支出|转出|付款)$/;
/** Rows searched for the header; alerts that make a sheet of them. */
const HEADER_WITHIN = 20;
const MIN_ALERTS = 3;

export interface AccountAlerts {
  header: number;
  text: number;
  time: number;
}

export function findAccountAlerts(sheet: Sheet): AccountAlerts | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_WITHIN); r++) {
    const row = sheet.rows[r] ?? [];
    const text = row.findIndex((v) => TEXT_HEADER.test(spacelessText(v ?? null)));
    const time = row.findIndex((v) => TIME_HEADER.test(spacelessText(v ?? null)));
    if (text < 0 || time < 0) continue;
    let alerts = 0;
    for (let i = r + 1; i < sheet.rows.length && alerts < MIN_ALERTS; i++) if (ALERT.test(cellText(sheet.rows[i]?.[text] ?? null))) alerts++;
    return alerts >= MIN_ALERTS ? { header: r, text, time } : undefined;
  }
  return undefined;
}

export function readAccountAlerts(sheet: Sheet, at: AccountAlerts, diags: Diagnostics): FundRecord[] {
  const out: FundRecord[] = [];
  for (let r = at.header + 1; r < sheet.rows.length; r++) {
    const said = cellText(sheet.rows[r]?.[at.text] ?? null);
    const m = ALERT.exec(said);
    if (!m) continue;
    const [, month, day, way, kind = "", figure] = m;
    const where = cellAddress(r, at.text);
    if (!PAID.test(way) || NOT_A_PAYMENT.test(kind)) {
      diags.repeated(
        "info",
        `动账短信“${way}${kind ? `（${kind}）` : ""}”不是拨付，未计入`,
        "动账短信中的收入、结息和手续费不是拨付，未计入",
        way + kind,
        sheet.name,
        where,
      );
      continue;
    }
    // The year the message was received in; a December payment texted in January is the year before's.
    const received = parseDate(sheet.rows[r]?.[at.time] ?? null);
    if (!received.ok) {
      diags.warn(`第 ${r + 1} 行的接收时间不是可读的日期，无法确定这笔支出的年份，未计入`, sheet.name, cellAddress(r, at.time));
      continue;
    }
    const y = Number(month) > received.value.m ? received.value.y - 1 : received.value.y;
    const amount = parseNumber(figure.replace(/,/g, ""), { unit: "元" });
    if (!amount.ok || !isValidDate(y, Number(month), Number(day))) {
      diags.warn(`动账短信的日期或金额读不出（“${said.slice(0, 40)}…”），未计入`, sheet.name, where);
      continue;
    }
    const payee = /对方(?:户名|账户名称|户)[:：]\s*([^。，,；;]+)/.exec(said)?.[1];
    out.push({ source: { sheet: sheet.name, row: r + 1 }, date: { y, m: Number(month), d: Number(day) }, amount: amount.value, ...(payee ? { project: payee } : {}) });
  }
  return out;
}
