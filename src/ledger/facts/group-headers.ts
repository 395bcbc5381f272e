/**
 * A wide table's group headers: a label merged across some columns over a row of sub-headers
 * (农村网络零售额（万元） over 2019年 | 2020年 | 同比增长（%）). Each sub-header is read with its group.
 */
import { cellText } from "../normalize/text";
import { mergeAt, type CellValue, type Merge, type Sheet } from "../../core/grid";
import type { RubricInput } from "../../scoring/rubric";
import { isLabelLike, labelUnit } from "./labels";
import type { Scored } from "./vocabulary";

const text = (v: CellValue | undefined) => cellText(v ?? null);

/** A group header merged across the row above, over this cell and its neighbours (a wide table's 农村网络零售额 over 2019年 | 2020年). */
export function groupAbove(sheet: Sheet, r: number, c: number): string | undefined {
  const m = r > 0 ? groupMerge(sheet, r - 1, c) : undefined;
  if (!m || m.bottom !== r - 1) return undefined;
  // A cell merged across the same columns is the next line of a list of such cells (a sign-off
  // table's 意见 merged over three columns on each department's row), not a sub-header.
  const own = mergeAt(sheet.merges, r, c);
  if (own && own.left === m.left && own.right === m.right) return undefined;
  const v = sheet.rows[m.top]?.[m.left];
  return isLabelLike(v) ? v : undefined;
}

/**
 * A label merged across some columns of a row of labels (not a title or a section line alone on its
 * row), over a row of labels: a group header.
 */
function groupMerge(sheet: Sheet, r: number, c: number): Merge | undefined {
  const m = mergeAt(sheet.merges, r, c);
  if (!m || m.right === m.left) return undefined;
  const row = sheet.rows[m.top] ?? [];
  const own = row[m.left];
  // "县（市、区）：五华县" across half a row is a pair, not a group.
  if (!isLabelLike(own) || /[:：]/.test(own)) return undefined;
  return row.some((v, x) => (x < m.left || x > m.right) && isLabelLike(v)) ? m : undefined;
}

export function isGroupHeader(sheet: Sheet, r: number, c: number, headerRow: number): boolean {
  const m = groupMerge(sheet, r, c);
  if (!m || m.bottom + 1 === headerRow) return false;
  let labels = 0;
  for (let x = m.left; x <= m.right; x++) if (isLabelLike(sheet.rows[m.bottom + 1]?.[x]) || /^\s*(?:19|20)\d{2}\s*年/.test(text(sheet.rows[m.bottom + 1]?.[x]))) labels++;
  return labels >= 2;
}

/**
 * A sub-header read with its group header when that names an input better ("2019年" under
 * 农村网络零售额（万元） is 2019年农村网络零售额（万元）; "下达" under 省级专项资金 is 省级专项资金下达):
 * a year before the group's words, anything else after them; a sub-header with its own unit drops the
 * group's, one without takes it.
 */
export function withGroup(sheet: Sheet, r: number, c: number, label: string, matchOf: (t: string) => Scored<RubricInput>[]): string {
  const group = groupAbove(sheet, r, c);
  if (!group) return label;
  // The sub-header's own unit ("同比增长（%）") is its cells', not the group's (万元).
  // (…and a rate's, "增速" under 农村网络零售额（万元）, is a percent whatever its group counts in.)
  const ownUnit = /[（(][^）)]*[）)]/.test(label) || RATE.test(label);
  const words = ownUnit ? group.replace(/\s*[（(][^）)]*[）)]\s*/g, "") : group.trim();
  const joined = /^\s*(?:19|20)\d{2}\s*年/.test(label) ? `${label.trim()}${words}` : `${words}${label.trim()}`;
  if ((matchOf(joined)[0]?.score ?? 0) > (matchOf(label)[0]?.score ?? 0)) return joined;
  // Named well on its own ("下达"), it still counts in the group's unit.
  const unit = labelUnit(group);
  return unit && !labelUnit(label) && !RATE.test(label) ? `${label.trim()}（${unit}）` : label;
}
const RATE = /^\s*(?:增速|增长率|增幅|同比增长|同比增速|同比)\s*$/;
