/**
 * A year written with two digits in a label ("农村网零 19年", "20年增几多"): the reviewer reads 2019年,
 * 2020年, and so does the reader, so that the two years' lines name different inputs. Only in a
 * label's words (a 19 or 20 after no digit or dot, before 年); figures and days are left alone.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { withEachCell } from "./corrections";

const SHORT_YEAR = /(?<![\d.．/-])(19|20|21)年(?!\d)/g;

function fullYears(v: CellValue): CellValue {
  return typeof v === "string" && v.includes("年") && /[\u4e00-\u9fff]{2}/.test(v.replace(SHORT_YEAR, "")) ? v.replace(SHORT_YEAR, "20$1年") : v;
}

export function withFullYears(sheet: Sheet): Sheet {
  return withEachCell(sheet, fullYears);
}
