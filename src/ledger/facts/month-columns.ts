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

const UNIT = /^(万元|亿元|元|万人|人次|人|个|家|条|%)$/;
/** A column saying how each line is counted: 口径, 统计口径. */
const BASIS = /^(?:口径|统计口径|计算口径)$/;

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
  // A column saying how each line counts (口径: 累计（个）, 当月, %) is its unit, no answer; an indicator kept both
  // as the month's and as the running total (电商培训人次 | 当月 | 295 over | 累计 | 4,893) is its total, as the
  // sheet's note says its figures are.
  const basis = header.findIndex((v, c) => c < keep && BASIS.test(cellText(v ?? null).trim()));
  if (basis < 0) return { ...sheet, rows };
  rows[matrix.headerRow] = header.map((v, c) => (c === basis ? "单位" : v));
  for (let r = matrix.headerRow + 1; r + 1 < end; r++) {
    const [row, next] = [rows[r] ?? [], rows[r + 1] ?? []];
    const label = cellText(row[0] ?? null).trim();
    if (label === "" || cellText(next[0] ?? null).trim() !== "") continue;
    if (!/^当月/.test(cellText(row[basis] ?? null).trim()) || !/^累计/.test(cellText(next[basis] ?? null).trim())) continue;
    rows[r + 1] = next.map((v, c) => (c === 0 ? label : v));
    rows[r] = row.map((v, c) => (c === keep ? null : v));
  }
  // (Each line's basis as its unit: 累计（万元） is 万元, 累计（人，去重） 人; 当月 and 累计 alone say none.)
  for (let r = matrix.headerRow + 1; r < end; r++) {
    const said = cellText(rows[r]?.[basis] ?? null).replace(/\s+/g, "");
    const unit = UNIT.exec(said)?.[1] ?? /^(?:累计|当月)?[（(]([^，,）)]+)/.exec(said)?.[1];
    if (rows[r]) rows[r] = rows[r].map((v, c) => (c === basis ? (unit !== undefined && UNIT.test(unit) ? unit : null) : v));
  }
  return { ...sheet, rows };
}

/** The cut-off a sheet states above row `before` ("考评截止日期：2021年8月31日"), if it states one. */
export function statedCutOff(sheet: Sheet, before: number): LDate | undefined {
  for (const row of sheet.rows.slice(0, before))
    for (let c = 0; c < (row ?? []).length; c++) {
      const cell = cellText(row[c] ?? null);
      if (!CUT_OFF.test(cell)) continue;
      // (A line of several pairs, 填报单位：… then 考评截止日期：2021年8月31日 after full-width spaces, is read pair by pair.)
      for (const t of cell.split(/\u3000+|\s{2,}/)) {
        if (!CUT_OFF.test(t) || /填报|报送|制表|打印/.test(t)) continue;
        // (…or its label and the day in the next filled cell, 考评截止日期 | | 2021.8.31.)
        const next = /^[^\d]{2,10}$/.test(t.trim()) ? row.slice(c + 1).find((v) => cellText(v ?? null).trim() !== "") : undefined;
        const d = findDateInText(t) ?? (next !== undefined ? findDateInText(cellText(next)) : undefined);
        if (d) return d;
      }
    }
  return undefined;
}
