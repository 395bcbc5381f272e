/**
 * A statistics table by town (镇 | 行政村数 | 已建站行政村数 | 省定贫困村数 | 覆盖率, a 合计 row): the
 * county's own count, not a list to count from. Its figures may be dated later than the cut-off
 * (统计时间：2021年9月) and say nothing of which villages, so it is set aside and the clerk told why;
 * the lists it sums are what is read.
 */
import type { Sheet } from "../core/grid";
import { cellText, compact } from "./normalize/text";

/** A column of counts or a rate: 行政村数, 已建站行政村数, 站点数量, 覆盖率. */
// (…社区数 too, beside 行政村数 on a pivot of the village list.)
const COUNT_HEADER = /(?:村|社区|居委会|站点?|户|人|企业|家)(?:数|数量|个数)$|覆盖率$|(?:已建站|建站)数$/;
/** The header of the towns' column. */
const TOWN_HEADER = /^(?:镇|乡镇|镇街|街道|镇（街道）|镇\(街道\)|镇（乡、街道）)$/;
/** A town's name: 南街镇, 城关街道, 某某乡. */
const TOWN = /^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|街道办事处)$/;

/** The header row of a table by town, if the sheet is one. */
export function townSummaryRow(sheet: Sheet): number | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const texts = (sheet.rows[r] ?? []).map((v) => compact(cellText(v ?? null)));
    const counts = texts.filter((t) => COUNT_HEADER.test(t)).length;
    // Below it: towns down the first filled column, with numbers beside them.
    const first = texts.findIndex((t) => t !== "");
    // (…or one count by town and a remark, 镇 | 站点数 | 备注.)
    const oneCount =
      counts === 1 && TOWN_HEADER.test(texts[first] ?? "") && texts.every((t, c) => t === "" || c === first || COUNT_HEADER.test(t) || /^(?:备注|说明)$/.test(t));
    if (counts < 2 && !oneCount) continue;
    let towns = 0;
    for (let k = r + 1; k < Math.min(sheet.rows.length, r + 40); k++) {
      const row = sheet.rows[k] ?? [];
      if (TOWN.test(compact(cellText(row[first] ?? null))) && row.some((v) => typeof v === "number")) towns++;
    }
    if (towns >= 3) return r;
  }
  return undefined;
}
