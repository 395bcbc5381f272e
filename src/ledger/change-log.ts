/**
 * A park kept as a change log (变动日期 | 企业名称 | … | 变动事项: 入驻 / 退出 / 调整房号 / 续签): one
 * row an event, a firm on several rows. A reviewer lists each firm once, in from its 入驻 row and
 * out from its 退出 row, the other events changing nothing; so does the reader.
 */
import { before } from "../scoring/dates";
import type { EnterpriseRecord } from "./records";

export type ChangeEvent = "in" | "out" | "other";

export function changeEvent(text: string): ChangeEvent {
  if (/退出|迁出|退租|退园|撤离|注销/.test(text)) return "out";
  if (/入驻|入园|进驻|新入|引进|^新签/.test(text)) return "in";
  return "other";
}

/**
 * The log's rows (each with the day of its 入驻 as entered, of its 退出 as left) as firms: one record
 * each, its first row's, entered at its first 入驻, out at a 退出 after its last 入驻.
 */
export function firmsOfLog(rows: EnterpriseRecord[]): EnterpriseRecord[] {
  const firms = new Map<string, EnterpriseRecord>();
  for (const row of rows) {
    const key = row.creditCode || row.name;
    let firm = firms.get(key);
    if (!firm) {
      firm = { ...row, entered: null, left: null };
      firms.set(key, firm);
    }
    const { entered, left } = row;
    if (entered) {
      if (!firm.entered || before(entered, firm.entered)) firm.entered = entered;
      // Back in after leaving: in the park again.
      if (firm.left && before(firm.left, entered)) firm.left = null;
    }
    if (left) firm.left = left;
  }
  return [...firms.values()];
}
