/**
 * A Gantt chart kept as the facts sheet (怀集's 进度横道图: a task on two lines, 计划 □ and 实际 ■, under a
 * month a column, ◆ for a milestone reached and ▲ for one late). The bars say when work went on, never
 * what it came to — that is the 完成情况 column's. A reviewer looks past them; so does the reader: the
 * columns holding nothing but bar marks are left blank (rows and columns keep their places).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const BAR = /^[□■◆◇▲△▼▽●○★☆━─█▇▆]$/;
/** Bar marks a column needs before it counts as the chart's. */
const MIN_BARS = 3;

export function withoutChartBars(sheet: Sheet): Sheet {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const bars = new Set<number>();
  for (let c = 0; c < width; c++) {
    let marks = 0;
    let other = 0;
    for (const row of sheet.rows) {
      const t = cellText(row?.[c] ?? null).trim();
      if (t === "") continue;
      if (BAR.test(t)) marks++;
      else other++;
    }
    // (Its header above the marks, a month, is the only other text it holds.)
    if (marks >= MIN_BARS && other <= 2) bars.add(c);
  }
  // A chart's months: a few columns of bars together, not one column of ticks.
  if (bars.size < 3) return sheet;
  const rows: CellValue[][] = sheet.rows.map((row) => row.map((v, c) => (bars.has(c) && BAR.test(cellText(v ?? null).trim()) ? null : v)));
  return { ...sheet, rows };
}
