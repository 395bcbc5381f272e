/**
 * A checklist whose marks stand in a column of their own before each line (郁南's 自查清单:
 * ☑ | 免费培训场所、设备 | 培训室80座，电脑40台; ☐ | 免费摄影、美工 | 摄影按件收费), the legend above
 * saying ☑＝已完成／具备, ☐＝未完成／不具备. A reviewer reads the mark as the line's answer and the
 * words after it as its detail. So does the reader: each mark is moved to the empty cell right after
 * its line's words (where an answer is looked for first) as 是 / 否, or, where none is empty, written
 * before the words ("✔ 免费培训场所、设备", read as a mark in the label's own cell is); its own cell
 * is left blank. Only on a sheet with three such lines at least; a ■ is a bullet, no mark.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const TICK = /^[☑✔✓√✅]$/;
const CROSS = /^[☒☐□✘✗×❌]$/;

/** The columns of a marked line: its mark's and its words' (the next filled cell, Chinese words). */
function markedLine(row: readonly CellValue[]): [number, number] | undefined {
  const at = row.findIndex((v) => cellText(v ?? null).trim() !== "");
  if (at < 0) return undefined;
  const mark = cellText(row[at] ?? null).trim();
  if (!TICK.test(mark) && !CROSS.test(mark)) return undefined;
  const words = row.findIndex((v, c) => c > at && cellText(v ?? null).trim() !== "");
  // (A line whose detail ticks options of its own, "公示内容 | 创建方案☑ 项目基本信息☑", is read by those;
  // one that says its own answer after a colon, "☐ | 弄虚作假：无", by that.)
  if (row.some((v, c) => c > words && /[☑☒□☐✔✘]/.test(cellText(v ?? null)))) return undefined;
  if (/[:：]\s*\S/.test(cellText(row[words] ?? null))) return undefined;
  return words > at && /^[\u4e00-\u9fff“《（(]/.test(cellText(row[words] ?? null).trim()) ? [at, words] : undefined;
}

export function withMarkCellsJoined(sheet: Sheet): Sheet {
  const lines = sheet.rows.map((row) => markedLine(row ?? []));
  if (lines.filter(Boolean).length < 3) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.map((row, r) => {
      const line = lines[r];
      if (!line) return row;
      const [m, w] = line;
      const out = [...row];
      const ticked = TICK.test(cellText(row[m] ?? null).trim());
      if (cellText(row[w + 1] ?? null).trim() === "") out[w + 1] = ticked ? "是" : "否";
      else out[w] = `${ticked ? "✔" : "✘"} ${cellText(row[w] ?? null).trim()}`;
      out[m] = null;
      return out;
    }),
  };
}
