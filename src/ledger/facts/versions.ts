/**
 * A schedule kept in versions side by side (序号 | 事项 | 8月23日（D-9） | 8月26日（D-6） | 8月30日（D-2） |
 * 定稿（9月1日）): each update meeting fills a column, and the sheet says the final one alone counts. The
 * final column answers (read.ts layoutOf); the dated ones are the way there, read as nothing. A final cell
 * saying it is another version's value ("同8月30日") is that value, as a reviewer reads it.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";
import { headerKey } from "./header-key";

/** The final version's column: 定稿, 终稿, 最终口径, 报送稿 (…or a consistency check's 采用值（以此为准）). */
export const FINAL_VERSION = /^(?:定稿|终稿|最终稿|最终口径|最终确认|确认稿|报送稿|正式稿|采用值|最终采用|采用数)/;
/** A dated update's column (8月23日（D-9）, 2021年8月26日版) or a numbered draft's (初稿, 二稿). */
export const DATED_VERSION = /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:版|稿|口径|更新)?$|^(?:初稿|一稿|二稿|三稿|修改稿|征求意见稿)$/;

/** A draft named by its document, its day in brackets: 自评报告（9月3日稿）, 工作总结（8月20日稿）. */
const DRAFT_OF = /^[\u4e00-\u9fff]{2,10}[（(](?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:版|稿)[)）]$/;

const isHeader = (re: RegExp) => (v: CellValue | undefined) => typeof v === "string" && re.test(headerKey(v));
export const isFinalVersionHeader = isHeader(FINAL_VERSION);
const isDatedVersionKey = isHeader(DATED_VERSION);
export const isDatedVersionHeader = (v: CellValue | undefined): boolean => isDatedVersionKey(v) || (typeof v === "string" && DRAFT_OF.test(compact(v)));

/** "同8月30日": the version named. (同左 and 同上 are ./ditto's.) */
const SAME_AS = /^同(.+?)(?:口径|数据)?$/;

export function withVersionsReferenced(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let h = 0; h < sheet.rows.length; h++) {
    const header = sheet.rows[h] ?? [];
    const final = header.findIndex(isFinalVersionHeader);
    if (final < 0 || !header.some(isDatedVersionHeader)) continue;
    for (let r = h + 1; r < sheet.rows.length; r++) {
      const m = SAME_AS.exec(compact(cellText(sheet.rows[r]?.[final] ?? null)));
      if (!m) continue;
      const col = header.findIndex((v, c) => c !== final && isDatedVersionHeader(v) && headerKey(v).startsWith(m[1]));
      if (col < 0) continue;
      const value = sheet.rows[r]?.[col];
      if (value === null || value === undefined || cellText(value) === "" || SAME_AS.test(compact(cellText(value)))) continue;
      rows ??= sheet.rows.map((row) => row);
      rows[r] = [...(rows[r] ?? [])];
      rows[r][final] = value;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
