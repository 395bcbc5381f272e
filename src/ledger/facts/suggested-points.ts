/**
 * Points someone else proposed beside the bureau's own: "评分项 | 分值 | 运营方建议分 | 局审定分 |
 * 说明" (an operator keeping the books suggests, the bureau decides; "以局审定分为准"). A reviewer reads
 * the bureau's column only; so does the reader: the suggested column's cells under that header, down
 * to the table's first blank row, are left out wherever the table stands on the sheet. So is a draft's
 * column beside the points the head settled (送审稿自评分 | 审定自评分).
 */
import type { Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withColumnsLeftOut } from "./table-end";

/** A proposal's column: 建议分, 运营方建议分, 参考分, 第三方预估得分. */
// (…or the draft's own before the head's edits: 送审稿自评分 beside 审定自评分.)
const SUGGESTED = /^[\u4e00-\u9fff]{0,5}(?:建议|参考|预估|预评)(?:得分|分|分值|分数)$|^(?:送审稿|初稿|原稿|原报|草稿)(?:自评)?(?:得分|分|分数)$/;
/** The points that stand beside it: 局审定分, 审定分, 自评分, 自评得分, 得分. */
const DECIDED = /^(?:[\u4e00-\u9fff]{0,3}(?:审定|核定|自评|确定)(?:得分|分|分数)?|得分)$/;

export function withoutSuggestedPoints(sheet: Sheet): Sheet {
  return withColumnsLeftOut(sheet, (row) => {
    const keys = row.map((v) => spacelessText(v ?? null));
    const suggested = keys.flatMap((k, c) => (SUGGESTED.test(k) ? [c] : []));
    return suggested.length > 0 && keys.some((k, c) => !suggested.includes(c) && DECIDED.test(k) && !SUGGESTED.test(k)) ? suggested : [];
  });
}
