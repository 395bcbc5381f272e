/**
 * A shared table's records each with a state (飞书多维表格's 核实状态: 已核实 / 已作废): a record marked void
 * was replaced by a later one ("填的是揭牌仪式日期，按正式运营日期更正，见HC-042"). A reviewer skips it; so
 * does the reader: its row is left empty, the rows keeping their places.
 */
import type { Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

const STATE_HEADER = /^(?:核实|审核|记录|数据)?状态$|^是否有效$|^有效性$/;
const VOID = /^(?:已?作废|已删除|已失效|无效|已撤销)$/;
const HEAD_ROWS = 10;

export function withVoidRecordsLeftOut(sheet: Sheet): Sheet {
  for (let r = 0; r < Math.min(sheet.rows.length, HEAD_ROWS); r++) {
    const c = (sheet.rows[r] ?? []).findIndex((v) => STATE_HEADER.test(spacelessText(v ?? null)));
    if (c < 0) continue;
    const isVoid = (i: number) => i > r && VOID.test(cellText(sheet.rows[i]?.[c] ?? null).trim());
    if (!sheet.rows.some((_, i) => isVoid(i))) return sheet;
    return { ...sheet, rows: sheet.rows.map((row, i) => (isVoid(i) ? [] : row)) };
  }
  return sheet;
}
