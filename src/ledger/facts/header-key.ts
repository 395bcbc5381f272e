/** How the facts reader compares a column header. */
import type { CellValue } from "../../core/grid";
import { cellText, chinesePart, normalizeLabel, splitUnit } from "../normalize/text";

/** A column header as compared: "完成情况（√/×）" and "填报值（万元）" are 完成情况 and 填报值. */
// (What else a 完成情况 column holds, said before it, changes nothing: 关键数据及完成情况 is 完成情况.)
export const headerKey = (v: unknown) =>
  normalizeLabel(splitUnit(chinesePart(cellText(v as CellValue))).label.replace(/[（(][^（()）]*[)）]\s*$/, ""))
    .replace(/\s+/g, "")
    .replace(/^[\u4e00-\u9fff]{2,6}(?:及|和|与)(?=完成情况$)/, "");
