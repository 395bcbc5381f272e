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
  const weighed = rubric.indicators.filter((ind) => ind.section !== "veto" && weight.eq(Q.from(ind.weight)));
  const hits = weighed.filter((ind) => ind.name.includes(name) || ind.texts.name.includes(name));
  if (hits.length > 0) return hits.length === 1 ? hits[0] : undefined;
  // …or a two-character word no name holds (月报), said by one indicator's criteria a few characters
  // apart (每月向市商务局报送).
  const said = name.length === 2 ? weighed.filter((ind) => closeInOrder(compact(ind.texts.criteria), name)) : [];
  return said.length === 1 ? said[0] : undefined;
}

/** The two characters of `name` in `text` in order, at most 8 apart. */
function closeInOrder(text: string, name: string): boolean {
  for (let i = text.indexOf(name[0]); i >= 0; i = text.indexOf(name[0], i + 1)) {
    const j = text.indexOf(name[1], i + 1);
    if (j > i && j - i <= 8) return true;
  }
  return false;
}
