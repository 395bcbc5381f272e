/**
 * A draft's statements sent round for countersigning (始兴's 文稿会签单): 序号 | 会签单位 | 稿中表述 |
 * 会签意见 | 签名 | 日期. Each office either agrees (同意, 已核, 无异议) or writes what the statement
 * should say instead ("请按七普公报改为：全县常住人口209,568人", "未实际开展，此句删去"); the sheet says the
 * opinion stands where the two differ. A reviewer reads each statement as countersigned: the draft's
 * words where agreed, the opinion where not. So does the reader, a statement to a row.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { headerKey } from "./header-key";

const STATEMENT_HEADER = /^(?:稿中表述|原稿表述|拟报表述|送审稿表述|稿件表述|原文表述|稿中内容)/;
const OPINION_HEADER = /^(?:会签意见|审核意见|核对意见|修改意见)/;
/** An opinion agreeing with the statement as it stands. */
const AGREED = /^(?:同意|已核|已审核|无异议|无意见|属实|核实无误|准确)(?:[。，,；;].{0,20})?$/;

export function withCountersignedStatements(sheet: Sheet): Sheet {
  const header = sheet.rows.findIndex(
    (row) => (row ?? []).some((v) => STATEMENT_HEADER.test(headerKey(v ?? null))) && (row ?? []).some((v) => OPINION_HEADER.test(headerKey(v ?? null))),
  );
  if (header < 0) return sheet;
  const head = sheet.rows[header] ?? [];
  const said = head.findIndex((v) => STATEMENT_HEADER.test(headerKey(v ?? null)));
  const opinion = head.findIndex((v) => OPINION_HEADER.test(headerKey(v ?? null)));
  const rows = sheet.rows.map((row, r): CellValue[] => {
    // (Above the statements, the form's own lines — 文稿标题, 主办单位, 会签说明 on how to countersign —
    // say nothing of the county: only the header stays.)
    if (r < header) return [];
    if (r === header) return Array.from(row ?? [], (v) => v ?? null);
    const statement = cellText(row?.[said] ?? null).trim();
    const answer = cellText(row?.[opinion] ?? null).trim();
    // A line without a statement (a section's heading, the heads' sign-off) says nothing of the county.
    if (statement === "") return [];
    // (The opinion, where it differs, is what the office says the county did: "截至8月31日建成9个".)
    return [answer === "" || AGREED.test(answer) ? statement : answer];
  });
  return { ...sheet, rows, merges: [] };
}
