/**
 * The city's table of which county sent which month's report (a 通报's 附表: 报送月份 down the side, the
 * prefecture's counties across, ✓ sent, △ sent late, ✗ not sent). It is every county's record; a
 * reviewer reads the bureau's own county's column only, each month marked sent one report of that
 * month. So does the reader, the county named by the workbook's titles; without one it reads none and
 * says so. (…or the counties down the side and the months across, each cell the day the report came,
 * "9月7日★" — ★ the poverty table sent with it, as the table's legend says.)
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type CellValue, type Sheet } from "../core/grid";
import type { LDate } from "../scoring/dates";
import { parseDate } from "./normalize/date";
import { cellText, compact } from "./normalize/text";
import { dayNearMonth } from "./matrix";
import type { ReportRecord } from "./records";

export interface CountyGrid {
  /** Zero-based row naming the counties. */
  headerRow: number;
  /** Column → the county it is of. */
  counties: Map<number, string>;
  /** Row → the month it is of. */
  months: Map<number, LDate>;
  /** The counties down the side (row → county) and the months across (column → month). */
  byRow?: boolean;
  /** The legend says ★ marks a report sent with the poverty statistics. */
  starredPoverty?: boolean;
}

/** A county's name as a header: 鼎湖区, 四会市, 怀集县, 连山壮族瑶族自治县. */
const COUNTY = /^[\u4e00-\u9fff]{1,10}(?:县|区|市)$/;
/** Counties across before the table counts as one of all the prefecture's. */
const MIN_COUNTIES = 3;
const MIN_MONTHS = 6;
const MAX_ROWS = 40;
/** What a month's mark says: sent (on time or late, made up), or not. */
const SENT = /^(?:✓|√|✔|△|▲|已报|已报送|按时|逾期|逾期报送|迟报|补报|已补报)$/;
const NOT_SENT = /^(?:✗|×|✘|未报|未报送|漏报|—|-)$/;

function monthOf(v: CellValue | undefined): LDate | undefined {
  const d = parseDate(v instanceof Date ? v : compact(cellText(v ?? null)));
  return d.ok ? { y: d.value.y, m: d.value.m } : undefined;
}

export function findCountyGrid(sheet: Sheet): CountyGrid | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 8); r++) {
    const row = sheet.rows[r] ?? [];
    const counties = new Map<number, string>();
    row.forEach((v, c) => {
      const t = compact(cellText(v ?? null));
      if (c > 0 && COUNTY.test(t)) counties.set(c, t);
    });
    if (counties.size < MIN_COUNTIES) continue;
    const months = new Map<number, LDate>();
    // (A year or two of months and a note under them: a long ledger's rows are never looked through.)
    for (let m = r + 1; m < Math.min(sheet.rows.length, r + 1 + MAX_ROWS); m++) {
      const month = monthOf(sheet.rows[m]?.[0]);
      if (month) months.set(m, month);
    }
    // Marks under the counties, not figures: a table of counts by county is no such record.
    const marks = [...months.keys()].every((m) => [...counties.keys()].every((c) => mark(sheet.rows[m]?.[c]) !== undefined));
    if (months.size >= MIN_MONTHS && marks) return { headerRow: r, counties, months };
  }
  return countiesDown(sheet);
}

/** The counties down the side under a row of months. */
function countiesDown(sheet: Sheet): CountyGrid | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 8); r++) {
    const months = new Map<number, LDate>();
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const month = c > 0 ? monthOf(v) : undefined;
      if (month && /月/.test(cellText(v ?? null))) months.set(c, month);
    });
    if (months.size < MIN_MONTHS) continue;
    const first = Math.min(...months.keys());
    const counties = new Map<number, string>();
    for (let m = r + 1; m < Math.min(sheet.rows.length, r + 1 + MAX_ROWS); m++) {
      const name = (sheet.rows[m] ?? [])
        .slice(0, first)
        .map((v) => compact(cellText(v ?? null)))
        .find((t) => COUNTY.test(t));
      if (name) counties.set(m, name);
    }
    const marks = [...counties.keys()].every((m) => [...months.keys()].every((c) => mark(sheet.rows[m]?.[c]) !== undefined));
    if (counties.size < MIN_COUNTIES || !marks) continue;
    const legend = sheet.rows.slice(0, r).some((row) => row.some((v) => /★[^，。；]{0,8}(?:表示|为)[^，。；]{0,12}扶贫/.test(cellText(v ?? null))));
    return { headerRow: r, counties, months, byRow: true, starredPoverty: legend };
  }
  return undefined;
}

/** The day a report came, in a month's cell: "9月7日★", "3月3日★（补报2月）". */
const DAY_CAME = /^(\d{1,2})月(\d{1,2})日/;
/** …or as month.day, late or not: "9.2", "逾期（12.12）", as a 通报's legend explains (表内为报送日期（月.日）). */
const DOTTED_DAY = /^(?:(?:逾期|迟报|补报)[（(])?(\d{1,2})[.．](\d{1,2})[)）]?$/;

/** The month and day a cell says the report came on, if it says one. */
function dayCame(t: string): [number, number] | undefined {
  const m = DAY_CAME.exec(t) ?? DOTTED_DAY.exec(t);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** A month's mark: sent, not sent, or (anything else) undefined. A blank is not sent. */
function mark(v: CellValue | undefined): boolean | undefined {
  const t = compact(cellText(v ?? null));
  if (t === "") return false;
  if (SENT.test(t) || dayCame(t) !== undefined) return true;
  if (NOT_SENT.test(t)) return false;
  return undefined;
}

export function readCountyGrid(sheet: Sheet, grid: CountyGrid, county: string | undefined, diags: Diagnostics): ReportRecord[] {
  const col = county === undefined ? undefined : [...grid.counties].find(([, name]) => name === county || name.startsWith(county) || county.startsWith(name))?.[0];
  const where = `${grid.headerRow + 1}:${grid.headerRow + 1}`;
  if (grid.byRow && col !== undefined) return countyRow(sheet, grid, col, diags);
  if (col === undefined) {
    diags.warn(`工作表“${sheet.name}”是各县（市、区）的报送情况表，${county ? `其中没有“${county}”` : "工作簿中未写明本县名称"}，未读取`, sheet.name, where);
    return [];
  }
  diags.info(`工作表“${sheet.name}”是各县（市、区）的报送情况表，只读取本县“${grid.counties.get(col)}”一列`, sheet.name, where);
  const out: ReportRecord[] = [];
  for (const [r, month] of grid.months) {
    if (!mark(sheet.rows[r]?.[col])) continue;
    const said = cellText(sheet.rows[r]?.[col] ?? null).trim();
    if (/△|▲|逾期|迟报|补报/.test(said)) diags.info(`${cellText(sheet.rows[r]?.[0] ?? null)}的月报逾期报送（“${said}”），仍按已报送计`, sheet.name, cellAddress(r, col));
    // (The day it came, when the cell gives one: a period's report sent the month after, 2020年12月's on 1.4.)
    const day = dayCame(compact(said));
    const date = (day ? dayNearMonth(month, day[0], day[1]) : undefined) ?? month;
    out.push({ source: { sheet: sheet.name, row: r + 1 }, date, poverty: null });
  }
  return out;
}

/** The county's row of a table with the counties down the side: each month's cell the day its report came. */
function countyRow(sheet: Sheet, grid: CountyGrid, r: number, diags: Diagnostics): ReportRecord[] {
  diags.info(`工作表“${sheet.name}”是各县（市、区）的报送情况表，只读取本县“${grid.counties.get(r)}”一行`, sheet.name, `${r + 1}:${r + 1}`);
  const out: ReportRecord[] = [];
  for (const [c, month] of grid.months) {
    const v = sheet.rows[r]?.[c];
    if (!mark(v)) continue;
    const said = compact(cellText(v ?? null));
    const day = dayCame(said);
    // (A December report can come in January: ./matrix dayNearMonth.)
    const date = (day ? dayNearMonth(month, day[0], day[1]) : undefined) ?? month;
    out.push({ source: { sheet: sheet.name, row: r + 1 }, date, poverty: grid.starredPoverty ? said.includes("★") : null });
  }
  return out;
}
