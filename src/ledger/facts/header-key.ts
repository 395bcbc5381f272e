/** How the facts reader compares a column header. */
import type { CellValue } from "../../core/grid";
import { cellText, chinesePart, normalizeLabel, splitUnit } from "../normalize/text";

/** A column header as compared: "完成情况（√/×）" and "填报值（万元）" are 完成情况 and 填报值. */
export const headerKey = (v: unknown) =>
  normalizeLabel(splitUnit(chinesePart(cellText(v as CellValue))).label.replace(/[（(][^（()）]*[)）]\s*$/, "")).replace(/\s+/g, "");
