/**
 * A progress report kept by month: a row of figures per indicator, one column per month (2020年9月 |
 * 10月 | … | 2021年8月 | 9月（截至15日）). A reviewer reads the column of the cut-off's month — the
 * figures are cumulative or that month's, and the months before are history. So does the reader: the
 * other months' cells are left out, so each line reads as "指标 | 单位 | figure" in the cells the clerk
 * filled; a column after the cut-off (9月（截至15日）) is left out too.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { onOrBefore, type LDate } from "../../scoring/dates";
import { findMonthMatrix } from "../matrix";
import { findDateInText } from "../normalize/date";
import { cellText } from "../normalize/text";
import { tableEnd } from "./table-end";

/** Where a sheet states its cut-off ("考评截止日期：2021年8月31日", "数据截至2021.8.31"). */
const CUT_OFF = /(?:截止|截至)/;

/** The sheet with only the cut-off month's column of a by-month table; the same sheet when it has none. */
export function withCutOffMonth(sheet: Sheet): Sheet {
  const matrix = findMonthMatrix(sheet);
  if (!matrix) return sheet;
  // The table's rows: down to the first blank row (a section under it has columns of its own).
  const end = tableEnd(sheet, matrix.headerRow);
  const body = sheet.rows.slice(matrix.headerRow + 1, end);
  // Figures, not a log's ticks or dates (that is a calendar read as reports or disclosures).
  const figures = body.reduce((n, row) => n + [...matrix.months.keys()].filter((c) => typeof row?.[c] === "number").length, 0);
  if (figures < 6) return sheet;
  const cutOff = statedCutOff(sheet, matrix.headerRow);
  const months = [...matrix.months].sort(([, a], [, b]) => a.y - b.y || a.m - b.m);
  const upTo = cutOff ? months.filter(([, m]) => onOrBefore(m, cutOff)) : months;
  const keep = upTo[upTo.length - 1]?.[0];
  if (keep === undefined) return sheet;
  const header = sheet.rows[matrix.headerRow] ?? [];
  // A month column after the kept one, dated or partial ("9月（截至15日）"): later than the cut-off.
  const later = (c: number) => c > keep && /^\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月/.test(cellText(header[c] ?? null));
  const drop = (c: number) => (matrix.months.has(c) && c !== keep) || later(c);
  const rows: CellValue[][] = sheet.rows.map((row, r) => (r <= matrix.headerRow || r >= end ? row : row.map((v, c) => (drop(c) ? null : v))));
  return { ...sheet, rows };
}

/** The cut-off a sheet states above row `before` ("考评截止日期：2021年8月31日"), if it states one. */
export function statedCutOff(sheet: Sheet, before: number): LDate | undefined {
  for (const row of sheet.rows.slice(0, before))
    for (const v of row ?? []) {
      const t = cellText(v ?? null);
      if (!CUT_OFF.test(t) || /填报|报送|制表|打印/.test(t)) continue;
      const d = findDateInText(t);
      if (d) return d;
    }
  return undefined;
}
