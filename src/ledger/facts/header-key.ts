/** How the facts reader compares a column header. */
import type { CellValue } from "../../core/grid";
import { cellText, chinesePart, normalizeLabel, splitUnit } from "../normalize/text";
import { perText } from "../normalize/per-text";

/** A column header as compared: "完成情况（√/×）" and "填报值（万元）" are 完成情况 and 填报值. */
// (What else a 完成情况 column holds, said before it, changes nothing: 关键数据及完成情况 is 完成情况.)
// (A text's key is remembered: the facts reader asks each header's again and again.)
export const headerKey = (v: unknown): string => (typeof v === "string" ? textKey(v) : keyOf(v));

// (A project tool's export heads its custom fields by their names in quotes: 自定义字段「自评分」 is 自评分.)
const CUSTOM_FIELD = /^\s*(?:自定义)?字段\s*[「『“"【[]\s*([^」』”"】\]]+?)\s*[」』”"】\]]\s*$/;
const keyOf = (v: unknown): string =>
  normalizeLabel(splitUnit(chinesePart(cellText(v as CellValue).replace(CUSTOM_FIELD, "$1"))).label.replace(/[（(][^（()）]*[)）]\s*$/, ""))
    .replace(/\s+/g, "")
    .replace(/^[\u4e00-\u9fff]{2,6}(?:及|和|与)(?=完成情况$)/, "")
    // (Whose column it is, said before it, changes nothing either: 县（区）自评情况 is 自评情况.)
    .replace(/^县[(（](?:市[、,，]?)?区[)）](?=[\u4e00-\u9fff]{2})/, "");
const textKey = perText(keyOf);

/**
 * A header without the remark in brackets at its end, however deeply bracketed: "落实情况（县（市、区）
 * 填写）" is 落实情况 (headerKey strips a flat bracket only).
 */
export function withoutTrailingBracket(key: string): string {
  const t = key.trim();
  if (!/[)）]$/.test(t)) return t;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (/[)）]/.test(t[i])) depth++;
    else if (/[(（]/.test(t[i]) && --depth === 0) return t.slice(0, i).trim();
  }
  return t;
}

/** A header saying its column's names carry each indicator's full mark in brackets: 评价指标（满分） | 组织领导（2）. */
export function fullMarkInNames(v: CellValue | undefined): boolean {
  return /[（(](?:满分|分值)[)）]$/.test(cellText(v ?? null).replace(/\s+/g, ""));
}
