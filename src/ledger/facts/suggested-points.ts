/**
 * Points someone else proposed beside the bureau's own: "评分项 | 分值 | 运营方建议分 | 局审定分 |
 * 说明" (an operator keeping the books suggests, the bureau decides; "以局审定分为准"). A reviewer reads
 * the bureau's column only; so does the reader: the suggested column's cells under that header, down
 * to the table's first blank row, are left out wherever the table stands on the sheet.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A proposal's column: 建议分, 运营方建议分, 参考分, 第三方预估得分. */
const SUGGESTED = /^[\u4e00-\u9fff]{0,5}(?:建议|参考|预估|预评)(?:得分|分|分值|分数)$/;
/** The points that stand beside it: 局审定分, 审定分, 自评分, 自评得分, 得分. */
const DECIDED = /^(?:[\u4e00-\u9fff]{0,3}(?:审定|核定|自评|确定)(?:得分|分|分数)?|得分)$/;

const key = (v: CellValue | undefined) => cellText(v ?? null).replace(/\s+/g, "");

export function withoutSuggestedPoints(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, h) => {
    const suggested = (row ?? []).flatMap((v, c) => (SUGGESTED.test(key(v)) ? [c] : []));
    if (suggested.length === 0 || !(row ?? []).some((v, c) => !suggested.includes(c) && DECIDED.test(key(v)) && !SUGGESTED.test(key(v)))) return;
    rows ??= sheet.rows.map((r) => r);
    for (let r = h + 1; r < sheet.rows.length && (sheet.rows[r] ?? []).some((v) => key(v) !== ""); r++)
      rows[r] = (rows[r] ?? []).map((v, c) => (suggested.includes(c) ? null : v));
  });
  return rows ? { ...sheet, rows } : sheet;
}
