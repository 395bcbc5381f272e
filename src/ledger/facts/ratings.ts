/**
 * A survey's ratings of the services beside or below the facts (测评项目 | 满意度 | 有效样本 | 评价:
 * 快递进村服务 | 86.1% | 1163 | 比较满意): how satisfied the people asked were, not how far the service
 * reaches. A reviewer reads no fact from them; neither does the reader: under a header with a 满意度
 * column, its columns of ratings, samples and verdicts are left out down to the table's first blank
 * row (an item's name alone says nothing).
 */
import type { Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withColumnsLeftOut } from "./table-end";

/** A rating's column: 满意度, 满意率, 群众满意度（%）. */
const RATING = /^(?:群众|用户|总体|综合|平均)?满意(?:度|率)(?:[（(](?:%|％|分)[)）])?$/;
/** What goes with a rating: how many were asked, and the verdict the rating earns. */
const RATING_COMPANION = /^(?:有效)?样本(?:量|数)?$|^(?:有效)?问卷(?:数|份数)?$|^(?:评价|评价等级|满意度等级|等级)$/;

export function withoutRatings(sheet: Sheet): Sheet {
  return withColumnsLeftOut(sheet, (row) => {
    const keys = row.map((v) => spacelessText(v ?? null));
    if (!keys.some((k) => RATING.test(k))) return [];
    return keys.flatMap((k, c) => (RATING.test(k) || RATING_COMPANION.test(k) ? [c] : []));
  });
}
