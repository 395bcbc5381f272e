/**
 * A form filled from dropdowns whose options carry their number (WPS / Excel 数据有效性: "1-是",
 * "2-否", "2-整合、优化现有园区", "1-县（市、区）政府主要领导"). The number only orders the options: "2-否"
 * is 否, not 2. A reviewer reads the option's words; so does the reader, once the sheet shows such
 * options (two or more), leaving "1-2分" ranges and dates alone (a digit follows the dash there).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { withEachCell } from "./corrections";

const NUMBERED_OPTION = /^\s*[1-9]\d?\s*[-－]\s*(?=[\u4e00-\u9fff])/;

const isOption = (v: CellValue | undefined) => typeof v === "string" && NUMBERED_OPTION.test(v);

export function withOptionsUnnumbered(sheet: Sheet): Sheet {
  let options = 0;
  for (const row of sheet.rows) for (const v of row ?? []) if (isOption(v) && ++options >= 2) break;
  if (options < 2) return sheet;
  return withEachCell(sheet, (v) => (isOption(v) ? (v as string).replace(NUMBERED_OPTION, "") : v));
}
