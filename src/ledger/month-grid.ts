/**
 * A report log kept as a calendar grid: the months down and the years across (报送月份 | 2020年 | 2021年, "7月7日"
 * under 2020年 on the 7月 row), or the years down and the months across (年度 | 项目 | 1月 | … | 12月, a row of
 * 报送日期 and a row of 附电商扶贫统计表 marks under each year). Each cell holding a day is a report sent that day
 * for that month ("2021.3.9、3.26（补报）" two); an empty cell or a dash with a remark ("—（春节，并入3月报送）")
 * none. A reviewer reads the grid cell by cell; the reader lays it out as the list it is (所属月份 | 报送日期 |
 * 附电商扶贫统计表, a report a row), each row and cell kept where it stands on the real sheet.
 */
import type { CellValue, Sheet } from "../core/grid";
import { laidOut, type LaidOut } from "./laid-out";
import { cellText, compact } from "./normalize/text";
import { dayInMonth, monthDayIn, parseDate } from "./normalize/date";
import { formatDate } from "../scoring/dates";

export interface MonthGrid {
  /** The grid's header row. */
  top: number;
  /** A grid of several logs, a row each: this one's own line (区政府网专栏 | 更新（发布）日期), which names its kind. */
  item?: { label: string; days: string };
  /** Each report day's cell in reading order, with its month and, where the grid marks it, its poverty mark's cell. */
  cells: { r: number; c: number; year: number; month: number; poverty?: { r: number; c: number }; day: CellValue }[];
}

const MONTHS_DOWN_HEAD = /^(?:报送)?月份$|^月份[/／]年度?$/;
const YEARS_DOWN_HEAD = /^(?:年度|年份)$/;
const YEAR = /^((?:19|20)\d{2})年?度?$/;
const MONTH = /^(\d{1,2})月(?:份)?$/;
/** A sub-row of a year's: the days sent, or whether each went with its poverty statistics. */
const DAYS_ROW = /报送|日期|时间/;
const POVERTY_ROW = /扶贫/;
/** A cell's days: "7月7日", "2020.8.6", "2021.3.9、3.26（补报）" (a remark in brackets dropped). */
const DAY_PARTS = /[、，,；;\n]+/;

const text = (v: CellValue | undefined) => compact(cellText(v ?? null));

/** The days a cell names, each as a full date in its grid year and month; [] when it names none. */
function daysOf(v: CellValue | undefined, year: number, month: number): CellValue[] {
  // (A day typed as a date, or kept as Excel's serial, is read as it is.)
  if (v instanceof Date || typeof v === "number") return [v];
  const out: CellValue[] = [];
  let y = year;
  for (const part of cellText(v ?? null)
    .replace(/[（(][^（()）]*[)）]/g, "")
    .split(DAY_PARTS)) {
    const t = compact(part);
    // (A day alone, "10日" under 3月: that day of the grid's month, as its note says, 格内为当月报送日期.)
    const alone = dayInMonth(year, month, t);
    if (alone) {
      if (alone.ok) out.push(formatDate(alone.value));
      continue;
    }
    // "3.26" after "2021.3.9": the year of the day before it. (A report sent in the next year for December, "1月6日" on
    // the 12月 row: the next year's day.)
    const short = monthDayIn(y, t);
    const day = short?.ok && short.value.m < month && y === year ? monthDayIn(y + 1, t) : short;
    const full = day === undefined && YEAR_FIRST.test(t) ? parseDate(t) : undefined;
    const said = day ?? full;
    if (!said?.ok || said.value.d === undefined) continue;
    if (full) y = said.value.y;
    out.push(formatDate(said.value));
  }
  return out;
}
const YEAR_FIRST = /^(?:19|20)\d{2}/;

/** Months down, years across: 报送月份 | 2020年 | 2021年 | 备注. */
function monthsDown(sheet: Sheet, top: number): MonthGrid | undefined {
  const head = sheet.rows[top] ?? [];
  const years = head.flatMap((v, c) => (YEAR.test(text(v)) ? [{ c, year: Number(YEAR.exec(text(v))?.[1]) }] : []));
  if (years.length < 2) return undefined;
  const first = head.findIndex((v) => text(v) !== "");
  const cells: MonthGrid["cells"] = [];
  for (const { c, year } of years)
    for (let r = top + 1; r < sheet.rows.length; r++) {
      const month = MONTH.exec(text(sheet.rows[r]?.[first]));
      if (!month) continue;
      for (const day of daysOf(sheet.rows[r]?.[c], year, Number(month[1]))) cells.push({ r, c, year, month: Number(month[1]), day });
    }
  return cells.length >= 3 ? { top, cells } : undefined;
}

/** Years down, months across: 年度 | 项目 | 1月 | … | 12月, a year's days and its poverty marks on rows of their own. */
function yearsDown(sheet: Sheet, top: number): MonthGrid | undefined {
  const head = sheet.rows[top] ?? [];
  const months = head.flatMap((v, c) => (MONTH.test(text(v)) ? [{ c, month: Number(MONTH.exec(text(v))?.[1]) }] : []));
  if (months.length < 6) return undefined;
  const yearCol = head.findIndex((v) => YEARS_DOWN_HEAD.test(text(v)));
  const subCol = yearCol + 1 < months[0].c ? yearCol + 1 : -1;
  const cells: MonthGrid["cells"] = [];
  let year: number | undefined;
  let daysRow: number | undefined;
  for (let r = top + 1; r < sheet.rows.length; r++) {
    const said = YEAR.exec(text(sheet.rows[r]?.[yearCol]));
    if (said) {
      year = Number(said[1]);
      daysRow = undefined;
    } else if (text(sheet.rows[r]?.[yearCol]) !== "") year = undefined;
    if (year === undefined) continue;
    const sub = subCol >= 0 ? text(sheet.rows[r]?.[subCol]) : "";
    if (daysRow === undefined && (subCol < 0 || DAYS_ROW.test(sub))) {
      daysRow = r;
      for (const { c, month } of months) for (const day of daysOf(sheet.rows[r]?.[c], year, month)) cells.push({ r, c, year, month, day });
    } else if (daysRow !== undefined && POVERTY_ROW.test(sub)) {
      for (const x of cells) if (x.r === daysRow) x.poverty = { r, c: x.c };
    }
  }
  return cells.length >= 3 ? { top, cells } : undefined;
}

/**
 * Months across under their years (2020年 merged over 9月…12月, 2021年 over 1月…9月), each log a line of its own down
 * the side: 向市商务局报送工作进展月报 | 报送日期 with its 含电商扶贫统计 marks on the row under it, then
 * 区政府网专栏 | 更新（发布）日期. One grid for each log, named by its line (which says what it is: reports, updates).
 */
export function findItemMonthGrids(sheet: Sheet): MonthGrid[] {
  for (let top = 1; top < Math.min(sheet.rows.length, 10); top++) {
    const head = sheet.rows[top] ?? [];
    const months = head.flatMap((v, c) => (MONTH.test(text(v)) ? [{ c, month: Number(MONTH.exec(text(v))?.[1]) }] : []));
    if (months.length < 6) continue;
    // (Each month's year: the nearest year at or left of it on the line above, merged over its months or not.)
    const above = sheet.rows[top - 1] ?? [];
    const yearAt = (c: number) => {
      for (let k = c; k >= months[0].c; k--) if (YEAR.test(text(above[k]))) return Number(YEAR.exec(text(above[k]))?.[1]);
      return undefined;
    };
    const dated = months.flatMap((m) => {
      const year = yearAt(m.c);
      return year === undefined ? [] : [{ ...m, year }];
    });
    if (dated.length < months.length) return [];
    const labelCol = 0;
    const subCol = months[0].c > 1 ? 1 : -1;
    const grids: MonthGrid[] = [];
    let current: MonthGrid | undefined;
    for (let r = top + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const label = text(row[labelCol]);
      const sub = subCol >= 0 ? text(row[subCol]) : "";
      if (label !== "" && (subCol < 0 || DAYS_ROW.test(sub))) {
        current = { top, cells: [], item: { label, days: sub || "日期" } };
        for (const { c, month, year } of dated) for (const day of daysOf(row[c], year, month)) current.cells.push({ r, c, year, month, day });
        if (current.cells.length >= 3) grids.push(current);
        else current = undefined;
      } else if (current && label === "" && POVERTY_ROW.test(sub)) {
        for (const x of current.cells) if (x.r === r - 1) x.poverty = { r, c: x.c };
      } else current = undefined;
    }
    return grids;
  }
  return [];
}

/** The sheet's report grid, when it is one (its header within the first ten rows). */
export function findMonthGrid(sheet: Sheet): MonthGrid | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const row = sheet.rows[r] ?? [];
    const first = text(row.find((v) => text(v) !== "") ?? null);
    if (MONTHS_DOWN_HEAD.test(first)) return monthsDown(sheet, r);
    if (YEARS_DOWN_HEAD.test(first)) return yearsDown(sheet, r);
  }
  return undefined;
}

/** Where a cell of the laid-out list stands on the real sheet. */
function place(g: MonthGrid, r: number, c: number): { r: number; c: number } {
  // (A log of several: its own line first, then the header, as layOutMonthGrid writes them.)
  const head = g.item ? 1 : g.top;
  if (r < head) return g.item ? { r: g.cells[0]?.r ?? r, c: 0 } : { r, c };
  if (r === head) return { r: g.top, c };
  const cell = g.cells[r - head - 1];
  if (!cell) return { r: g.top, c };
  return c === 2 && cell.poverty ? cell.poverty : { r: cell.r, c: cell.c };
}

/** The grid as the list it is: the lines above it, then 所属月份 | 报送日期 | 附电商扶贫统计表, a report a row. */
export function layOutMonthGrid(sheet: Sheet, g: MonthGrid): LaidOut {
  // (A log of several's lines above it are the sheet's title and the years: its own line names it instead.)
  const rows: CellValue[][] = g.item ? [[g.item.label]] : sheet.rows.slice(0, g.top).map((row) => [...row]);
  const marked = g.cells.some((x) => x.poverty);
  rows.push(["所属月份", g.item?.days ?? "报送日期", ...(marked ? ["附电商扶贫统计表"] : [])]);
  for (const x of g.cells) rows.push([`${x.year}年${x.month}月`, x.day, ...(marked ? [x.poverty ? (sheet.rows[x.poverty.r]?.[x.poverty.c] ?? null) : null] : [])]);
  return laidOut(sheet, rows, (r, c) => place(g, r, c));
}
