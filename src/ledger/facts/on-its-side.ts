/**
 * The official indicator table laid on its side: one row of 评价指标 across the sheet, a row of 权重
 * and a row of 自评得分 under it (a one-page summary of a county's self-assessment). Turned back, it
 * is the table the reader knows; addresses are turned back again (sideways.ts: untransposeAddress) so
 * every message names the real cell.
 */
import type { Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";
import { transpose } from "../sideways";

/** Row labels down the first column: the indicators' row and the points' row. */
const NAMES_ROW = /^(?:评价指标|考评指标|指标名称|考评项目|评分项目|考核项目|指标)$/;
const POINTS_ROW = /^(?:自评得分|自评分|自评|得分|自评分数)$/;
/** Indicators across the sheet before it counts as a table on its side. */
const MIN_ACROSS = 5;

/** The sheet turned back, when it is the indicator table on its side. */
export function turnedBack(sheet: Sheet): Sheet | undefined {
  let names = -1;
  let points = -1;
  sheet.rows.slice(0, 20).forEach((row, r) => {
    const first = compact(cellText(row.find((v) => cellText(v ?? null) !== "") ?? null));
    if (names < 0 && NAMES_ROW.test(first) && row.filter((v) => typeof v === "string" && v.trim() !== "").length > MIN_ACROSS) names = r;
    else if (names >= 0 && points < 0 && POINTS_ROW.test(first)) points = r;
  });
  return names >= 0 && points > names ? transpose(sheet) : undefined;
}
