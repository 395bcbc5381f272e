/**
 * Figures sent to the offices that gave them, each confirmed beside it (东源's 数据确认条: 数据项 | 填报数 |
 * 单位 | 提供单位 | 确认意见 — "无误", or "应为：5.17（录入时数字颠倒）"). A reviewer reads the figure as
 * confirmed: a correction replaces the figure typed, its reason in brackets aside. So does the reader,
 * under every header the sheet repeats (a slip each, cut apart along ✂ lines).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { headerKey } from "./header-key";

const CONFIRMATION = /^(?:确认意见|核对意见|核实意见|核对结果|确认结果|复核意见)$/;
const FIGURE = /^(?:填报数|填报值|填报数据|填报内容|填报情况|数据|数值|采用数)$/;
/** "应为：2020年10月16日（9月为试运营）", "更正为5.17": the figure that stands. */
const CORRECTION = /^\s*(?:应为|应是|更正为|改为|正确为)\s*[:：]?\s*(.+?)\s*$/s;

export function withConfirmationsApplied(sheet: Sheet): Sheet {
  let cols: { figure: number; confirm: number } | undefined;
  let changed = false;
  const rows = sheet.rows.map((row): CellValue[] => {
    const keys = Array.from(row ?? [], (v) => headerKey(v ?? null));
    const confirm = keys.findIndex((k) => CONFIRMATION.test(k));
    const figure = keys.findIndex((k) => FIGURE.test(k));
    if (confirm >= 0 && figure >= 0) {
      cols = { figure, confirm };
      return row;
    }
    if (!cols) return row;
    const said = CORRECTION.exec(cellText(row?.[cols.confirm] ?? null));
    if (!said) return row;
    // (Its reason in a bracket at the end is no part of it: "1（扶持办法兑现不足）".)
    const stands = said[1].replace(/[（(][^（()）]*[)）]\s*$/, "").trim();
    if (stands === "") return row;
    changed = true;
    const out = [...row];
    out[cols.figure] = /^-?\d+(?:\.\d+)?$/.test(stands) ? Number(stands) : stands;
    out[cols.confirm] = null;
    return out;
  });
  return changed ? { ...sheet, rows } : sheet;
}
