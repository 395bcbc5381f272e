/**
 * A table by year with a growth column after each amount (年度 | 农村网络零售额（万元） | 同比增长（%） | 农产品网络零售额
 * （万元） | 同比增长（%）): each 同比增长 is the growth of the amount left of it. A reviewer reads it so; so does the
 * reader: each such header is named with its amount's words (农村网络零售额同比增长（%）).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const GROWTH = /^(?:同比(?:增长|增速|增幅)?|增长|增速|增幅|增长率)(?:率)?\s*(?:[（(]\s*[%％]\s*[)）])?$/;
const AMOUNT = /零售额|交易额|销售额/;

/** The sheet with each bare growth header named for its amount; the same sheet when it has none. */
export function withGrowthHeadersNamed(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 1; c < row.length; c++) {
      const t = cellText(row[c] ?? null).replace(/\s+/g, "");
      if (!GROWTH.test(t)) continue;
      const left = cellText(row[c - 1] ?? null).replace(/\s+/g, "");
      if (!AMOUNT.test(left) || /[\d.]/.test(left.replace(/[（(][^（()）]*[)）]/g, ""))) continue;
      rows ??= sheet.rows.map((x) => [...x]);
      rows[r][c] = `${left.replace(/[（(][^（()）]*[)）]\s*$/, "")}同比增长（%）`;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
