/**
 * Excel's scenario summary (数据 → 模拟分析 → 方案管理器 → 摘要) handed in as the facts sheet: under
 * "可变单元格:" the inputs, each named and valued under 当前值 and each scenario; under "结果单元格:"
 * what the sheet's formulas made of them (培训人次占比, 资金支出率, 测算总分), and then Excel's own
 * "注释:" lines. The results are no inputs a clerk typed — a 资金支出率 of 0.8474 is not 0.8474 points —
 * so they are taken out, as are Excel's notes, before the sheet is read.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

const CHANGING = /^(?:可变单元格|Changing\s*Cells)[:：]?$/i;
const RESULTS = /^(?:结果单元格|Result\s*Cells)[:：]?$/i;
/** Excel's note under the summary ("注释: “当前值”这一列表示的是在" and its two lines after). */
const EXCEL_NOTE = /^(?:注释[:：]\s*“当前值”|建立方案汇总时|每组方案的可变单元格|Notes?:\s*Current Values)/i;

const firstText = (row: CellValue[] | undefined) => compact(cellText((row ?? []).find((v) => cellText(v ?? null).trim() !== "") ?? null));

export function withoutScenarioResults(sheet: Sheet): Sheet {
  if (!sheet.rows.some((row) => CHANGING.test(firstText(row)))) return sheet;
  // The result rows run from their line to the first blank line (or Excel's note).
  const from = sheet.rows.findIndex((row) => RESULTS.test(firstText(row)));
  let to = from;
  while (from >= 0 && to + 1 < sheet.rows.length && firstText(sheet.rows[to + 1]) !== "" && !EXCEL_NOTE.test(firstText(sheet.rows[to + 1]))) to++;
  const dropped = (r: number) => (from >= 0 && r >= from && r <= to) || EXCEL_NOTE.test(firstText(sheet.rows[r]));
  if (!sheet.rows.some((_, r) => dropped(r))) return sheet;
  return { ...sheet, rows: sheet.rows.map((row, r) => (dropped(r) ? [] : row)) };
}
