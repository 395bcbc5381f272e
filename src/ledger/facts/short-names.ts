/**
 * A clerk retyping the indicator table often shortens each indicator to two characters (中心,
 * 站点, 上行, 培训, 电视). Too short for the similarity index to be sure, such a name is still
 * unambiguous when it occurs in exactly one indicator's name with the row's 满分 equal to that
 * indicator's weight: 中心 | 15 can only be the service-centre indicator.
 */
import { Q } from "../../scoring/rational";
import type { Rubric, RubricIndicator } from "../../scoring/rubric";
import { compact } from "../normalize/text";

/** Two to four Han characters: a short name, not a phrase the index can weigh itself. */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * The one scored or bonus indicator whose name contains `label` and whose weight is `weight`,
 * or undefined when none or several do.
 */
export function indicatorByShortName(rubric: Rubric, label: string, weight: Q): RubricIndicator | undefined {
  const name = compact(label);
  if (!SHORT_NAME.test(name)) return undefined;
  const hits = rubric.indicators.filter((ind) => ind.section !== "veto" && weight.eq(Q.from(ind.weight)) && (ind.name.includes(name) || ind.texts.name.includes(name)));
  return hits.length === 1 ? hits[0] : undefined;
}
