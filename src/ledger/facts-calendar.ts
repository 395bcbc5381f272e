/**
 * A facts sheet with a month table as one of its sections (二、向市商务局报送月报及专栏更新情况（按月）: 项目 | 20年9月 | … |
 * 21年8月, 月报报送（√） | √ …, 专栏更新（篇） | 3 …), between the county's facts and its points. A reviewer reads the
 * facts and the points as the sheet's, and each row of the month table as the log it names; so does the reader:
 * the sheet stays the facts sheet, and each row of the table (down to the note or blank row under it) is
 * recognised as a calendar of its own — a report row's ticks or days as the reports, a 专栏 row's counts as the
 * months with a post.
 */
import type { Sheet } from "../core/grid";
import { calendarRows, countsIn, findMonthMatrix } from "./matrix";
import { REPORT_ROW, UPDATE_ROW } from "./mixed-calendar";
import { cellText, compact, filledColumns } from "./normalize/text";
import type { Recognition } from "./recognize";

const filled = (sheet: Sheet, r: number) => filledColumns(sheet.rows[r]).length;

export function calendarInFacts(sheet: Sheet): Recognition[] {
  const matrix = findMonthMatrix(sheet);
  if (!matrix || matrix.headerRow < 2) return [];
  // (Its title line over it, when it has one: what the table is of.)
  const top = filled(sheet, matrix.headerRow - 1) === 1 ? matrix.headerRow - 1 : matrix.headerRow;
  let bottom = matrix.headerRow + 1;
  while (bottom < sheet.rows.length && filled(sheet, bottom) >= 2) bottom++;
  const base = { sheet: sheet.name, confidence: 0.85, headerRow: matrix.headerRow, headerRows: 1 as const, columns: {}, headers: {}, fieldUnits: {}, alternatives: [] };
  const out: Recognition[] = [];
  for (const { r, row, label } of calendarRows(sheet, matrix)) {
    if (r >= bottom) break;
    if (![...matrix.months.keys()].some((c) => cellText(row[c] ?? null) !== "")) continue;
    const said = compact(label);
    const counts = countsIn(row, matrix);
    const only = { top, bottom, onlyRows: { after: matrix.headerRow, rows: [r] } };
    if (UPDATE_ROW.test(said) && /专栏|网站|更新/.test(said))
      out.push({ ...base, kind: "disclosures", matrix: counts ? { ...matrix, postRow: r } : matrix, block: only });
    else if (REPORT_ROW.test(said) && !counts) out.push({ ...base, kind: "reports", matrix, block: only });
    // (Every row a log's, or the table is something else by month: a schedule's tasks, figures by month.)
    else return [];
  }
  return out;
}
