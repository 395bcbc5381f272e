/**
 * Work-request forms (工作联系单) with each office's reply, stacked one under another (陆丰's
 * 联系单汇总): 发往单位 | 请提供事项 | 回复内容 | 回复单位经办人 | 回复日期, then the next form. A reviewer
 * reads the replies — what each office says the county has — and the clerk's closing note; what was
 * asked, who answered and when are no facts. So does the reader: each reply, and each note below
 * the forms, a sentence to a row; the form's other lines left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

const REPLY = /^(?:回复内容|答复内容|回复意见|反馈内容|回复情况)$/;
const ASKED = /^(?:请提供事项|提供事项|联系事项|请求事项|征询事项|商请事项|需提供事项)$/;
/** A note of the clerk's under the forms ("电商股备注：领导小组组成按…"). */
const NOTE = /备注$|^说明$|^补充说明$/;
/** Forms fewer than this are no stack of request forms. */
const MIN_FORMS = 3;

export function withReplyForms(sheet: Sheet): Sheet {
  const label = (row: CellValue[] | undefined) => compact(cellText(row?.[0] ?? null));
  const replies = sheet.rows.filter((row) => REPLY.test(label(row))).length;
  const asked = sheet.rows.filter((row) => ASKED.test(label(row))).length;
  if (replies < MIN_FORMS || asked < MIN_FORMS) return sheet;
  const first = sheet.rows.findIndex((row) => ASKED.test(label(row)));
  // (Above the first form, "所属县（市、区）| 陆丰市 | 数据截止时间 | 2021年8月31日", the sheet's own lines, stay.)
  // (The first form begins at its title, the one-text line above its 发往单位.)
  let head = first;
  while (head > 0 && !((sheet.rows[head] ?? []).filter((v) => cellText(v ?? null) !== "").length === 1 && label(sheet.rows[head]) !== "")) head--;
  const rows = sheet.rows.map((row, r): CellValue[] => {
    if (r < head) return Array.from(row ?? [], (v) => v ?? null);
    const said =
      (row ?? [])
        .slice(1)
        .map((v) => cellText(v ?? null).trim())
        .find((t) => t !== "") ?? "";
    if ((REPLY.test(label(row)) || NOTE.test(label(row))) && said !== "") return [said];
    return [];
  });
  return { ...sheet, rows, merges: [] };
}
