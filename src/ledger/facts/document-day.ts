/**
 * Documents listed with their days (文件名称 | 文号 | 成文日期 | 备注): the day a file was written is
 * not the day of what it announces.
 */
import type { Sheet } from "../../core/grid";
import { parseDate } from "../normalize/date";
import { headerKey } from "./header-key";
import { dateInRemark } from "./values";

/** The day a document was written or issued (成文日期, 印发时间), not the day of what it is about. */
const DOCUMENT_DAY_HEADER = /^(?:成文|发文|印发|签发|下发|出台)(?:日期|时间)$/;

/**
 * A file list's 成文日期 is the day a document was written, not the day of what it announces: when
 * the line's remark states that day ("关于…中心正式投入运营的通知 | 2020.11.16 | 中心自2020年11月20日
 * 起正式对外运营"), the remark's day is the one (undefined otherwise, or when `vc` is no such column).
 */
export function dayOfEvent(sheet: Sheet, r: number, vc: number): { r: number; c: number; v: string } | undefined {
  let heading: string | undefined;
  for (let h = r - 1; h >= 0 && heading === undefined; h--) {
    const v = sheet.rows[h]?.[vc];
    if (typeof v === "string" && /[\u4e00-\u9fff]/.test(v) && !parseDate(v).ok) heading = headerKey(v);
  }
  if (heading === undefined || !DOCUMENT_DAY_HEADER.test(heading)) return undefined;
  const row = sheet.rows[r] ?? [];
  for (let c = vc + 1; c < row.length; c++) {
    const v = row[c];
    if (typeof v === "string" && /[\u4e00-\u9fff]{2}/.test(v) && dateInRemark(v)) return { r, c, v };
  }
  return undefined;
}
