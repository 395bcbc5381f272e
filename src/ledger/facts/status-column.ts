/**
 * A progress table by year with the state as it stands beside (阳春: 工作事项 | 2019年 | 2020年 |
 * 2021年（1—8月） | 现状／累计（截至8月31日）). Each year's cell tells what was done that year, its
 * days written month and day only ("10月28日投入运营" under 2020年); the 现状／累计 cell tells where
 * the thing stands at the cut-off. A reviewer takes the standing figure from 现状／累计 and a year's
 * own figure (2019年 retail) or a day from that year's cell. So does the reader: on a line whose
 * 现状／累计 says something, the years' cells that tell no day are left out (their figures are
 * history, 2020年 3,416人次 against 累计5,634人次), and a day told by month and day gets its
 * column's year ("2020年10月28日投入运营"); a line whose 现状 is "—" keeps its years.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const YEAR_HEAD = /^((?:19|20)\d{2})年/;
const STATUS_HEAD = /^(?:现状|累计|现状[／/]累计|累计[／/]现状|目前状况|当前状况|截至目前)(?:[（(].*[)）])?$/;
const DASH = /^[—\-－–]+$/;
/** A day told by month and day, with no year before it. */
const MONTH_DAY = /(?<![年\d])(\d{1,2})月(\d{1,2})[日号]/g;

interface Columns {
  years: Map<number, number>;
  status: number;
}

function columnsOf(row: readonly CellValue[]): Columns | undefined {
  const years = new Map<number, number>();
  let status = -1;
  row.forEach((v, c) => {
    const t = spacelessText(v ?? null);
    const y = YEAR_HEAD.exec(t);
    if (y) years.set(c, Number(y[1]));
    else if (STATUS_HEAD.test(t)) status = c;
  });
  return years.size >= 2 && status >= 0 ? { years, status } : undefined;
}

export function withStatusColumn(sheet: Sheet): Sheet {
  return withTablesRewritten(sheet, columnsOf, (cells, at) => {
    const status = cellText(cells[at.status] ?? null).trim();
    const standing = status !== "" && !DASH.test(status);
    return cells.map((v, c) => {
      const year = at.years.get(c);
      if (year === undefined || typeof v !== "string") return v;
      const dated = v.replace(MONTH_DAY, (_, m: string, d: string) => `${year}年${m}月${d}日`);
      if (standing && dated === v) return null;
      return dated;
    });
  });
}
