/**
 * A facts table kept by town: 指标 | 单位 | 阳城镇 | 七拱镇 | … | 全县, each town's figure in its own
 * column and the county's in 全县 ("/" in the towns for what is counted only county-wide). The
 * evaluation is of the county: a reviewer reads the 全县 column. So does the reader: the towns'
 * columns are left out, the 全县 column stays where it is (evidence keeps its addresses). A column of the
 * county's own part beside them (区级, 县直: what the bureau itself ran) is the answer only where 全县 is
 * not filled in (the yes / no lines, asked of the county alone); where 全县 is, it is one part of it.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, isDash } from "../normalize/text";

const TOWN = /^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|瑶族乡|民族乡)$/;
const COUNTY = /^(?:全县|全市|全区|县合计|全县合计|全县合计数|合计|总计)$/;
const OWN_PART = /^(?:县级|区级|市级|县直|区直|县本级|区本级|本级)$/;

/** The sheet with its towns' columns blank; the same sheet when it has no such header. */
export function withoutTownColumns(sheet: Sheet): Sheet {
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const head = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null).replace(/\s+/g, ""));
    const towns = head.flatMap((t, c) => (TOWN.test(t) ? [c] : []));
    const county = head.findIndex((t) => COUNTY.test(t));
    if (towns.length < 3 || county < 0 || towns.some((c) => c > county)) continue;
    const drop = new Set(towns);
    const part = head.findIndex((t, c) => OWN_PART.test(t) && c < county);
    const rows: CellValue[][] = sheet.rows.map((row, i) => {
      if (i < r) return row;
      const said = cellText(row[county] ?? null).trim();
      const total = i > r && said !== "" && !isDash(said);
      return row.map((v, c) => (drop.has(c) || (c === part && total) ? null : v));
    });
    return { ...sheet, rows };
  }
  return sheet;
}
