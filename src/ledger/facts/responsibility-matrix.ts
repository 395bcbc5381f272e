/**
 * Tasks broken down by department (工作任务 | 具体内容 | 责任分工（★牵头 ●配合）, one column per member
 * unit under it: 区商务局 | 区财政局 | 区农业农村局 | …). The units heading those columns are the group's
 * member departments — the sheet names them nowhere else ("成员单位及任务分工见下表"). A reviewer reads
 * them there; so does the reader: the row of units becomes one cell "成员单位：区商务局、区财政局、…" in
 * the first unit's place (the evidence is that row), the other units' cells left blank.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

/** The group header over the units' columns: 责任分工, 责任单位, 牵头/配合单位. */
const DUTY_HEADER = /责任分工|责任单位|分工|牵头.{0,4}配合|牵头单位/;
/** A unit of the county's: 区商务局, 县财政局, 邮政分公司, 各镇（办）. */
const UNIT = /(?:局|办|委|公司|中心|站|社|所|镇(?:[（(]办[)）])?|街道)$/;

const text = (v: CellValue | undefined) => spacelessText(v ?? null);

export function withDutyUnits(sheet: Sheet): Sheet {
  for (let h = 0; h + 1 < sheet.rows.length && h < 30; h++) {
    const head = sheet.rows[h] ?? [];
    const at = head.findIndex((v) => DUTY_HEADER.test(text(v)));
    if (at < 0) continue;
    // The units in the row under the group header, side by side from its column.
    const units = sheet.rows[h + 1] ?? [];
    let end = at;
    while (end < units.length && UNIT.test(text(units[end])) && text(units[end]).length <= 12) end++;
    if (end - at < 3) continue;
    const names = units.slice(at, end).map((v) => cellText(v ?? null));
    const row: CellValue[] = units.map((v, c) => (c < at || c >= end ? v : null));
    row[at] = `成员单位：${names.join("、")}`;
    const rows = sheet.rows.map((r) => r);
    rows[h + 1] = row;
    return { ...sheet, rows };
  }
  return sheet;
}
