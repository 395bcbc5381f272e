/**
 * A table of figures with one row per year (年度 | 农村网络零售额 | 人次 | … over 2019年 | 2020年 |
 * 2021年1-8月 | 合计 | 2020年同比增长): the years-as-columns table (crossColumns in ./read) laid the
 * other way. A reviewer reads each figure as its row's year with its column's header: 2019年's
 * 农村网络零售额 is the 2019 figure, the 合计 row's 人次 is the training count, the growth row's
 * 农村网络零售额 is its growth. A part-year row (2021年1-8月) is no year's figure, but the latest
 * row is what a cumulative column (累计拨付) stands at.
 */
import { mergeAt, type Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { isLabelLike } from "./labels";

export type YearRowKind = "year" | "part" | "total" | "growth";

export interface YearRow {
  kind: YearRowKind;
  /** "2019年" for a whole year or a growth row that names its year; "" otherwise. */
  year: string;
}

export interface YearRowsTable {
  /** The first header row (a group header above the sub-headers, or the sub-headers themselves). */
  top: number;
  /** The row of sub-headers right above the first year. */
  headerRow: number;
  /** The column holding the years. */
  yearCol: number;
  /** Rows of the table by row index. */
  rows: Map<number, YearRow>;
  /** The last row of the table. */
  last: number;
}

const WHOLE_YEAR = /^((?:19|20)\d{2})\s*年?度?(?:全年)?$/;
const PART_YEAR = /^((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*[-—~～至到]\s*\d{1,2}\s*月|上半年|前三季度|1?\d\s*月(?:底|末)?)(?:份)?$/;
const TOTAL = /^(?:合计|累计|总计|小计|累计完成)$/;
const GROWTH = /^((?:19|20)\d{2}\s*年度?)?\s*(?:同比)?(?:增长|增速|增幅|增长率)(?:[（(]%[)）])?$/;

const text = (sheet: Sheet, r: number, c: number) => spacelessText(sheet.rows[r]?.[c] ?? null);

function rowKind(t: string): YearRow | undefined {
  const whole = WHOLE_YEAR.exec(t);
  if (whole) return { kind: "year", year: `${whole[1]}年` };
  if (PART_YEAR.test(t)) return { kind: "part", year: "" };
  if (TOTAL.test(t)) return { kind: "total", year: "" };
  const growth = GROWTH.exec(t);
  if (growth) return { kind: "growth", year: growth[1] ? `${growth[1].replace(/度/, "")}` : "" };
  return undefined;
}

/** The tables of the sheet whose rows are years (none when it has none). */
export function yearRowsTables(sheet: Sheet): YearRowsTable[] {
  const tables: YearRowsTable[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const yearCol = row.findIndex((v) => cellText(v ?? null) !== "");
    if (yearCol < 0 || rowKind(text(sheet, r, yearCol))?.kind !== "year") continue;
    // The row above holds the sub-headers: at least two labels right of the year column.
    const headerRow = r - 1;
    const labels = (sheet.rows[headerRow] ?? []).filter((v, c) => c > yearCol && isLabelLike(v)).length;
    if (labels < 2) continue;
    const rows = new Map<number, YearRow>();
    let last = r;
    for (let x = r; x < sheet.rows.length; x++) {
      const k = rowKind(text(sheet, x, yearCol));
      if (!k) break;
      rows.set(x, k);
      last = x;
    }
    if ([...rows.values()].filter((k) => k.kind === "year").length < 2) continue;
    // A group header row above the sub-headers (网络零售额（万元） merged over 农村 | 农产品).
    const corner = mergeAt(sheet.merges, headerRow, yearCol);
    const top = corner && corner.bottom === headerRow ? corner.top : headerRow;
    tables.push({ top, headerRow, yearCol, rows, last });
    r = last;
  }
  return tables;
}

/** A column's header: its sub-header, or the header merged down over it (备注 over both header rows). */
export function subHeader(sheet: Sheet, t: YearRowsTable, c: number): string {
  const own = text(sheet, t.headerRow, c);
  if (own) return cellText(sheet.rows[t.headerRow]?.[c] ?? null).trim();
  const m = mergeAt(sheet.merges, t.headerRow, c);
  return m ? cellText(sheet.rows[m.top]?.[m.left] ?? null).trim() : "";
}
