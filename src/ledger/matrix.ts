/**
 * Logs kept as a calendar: 报送记录 or 专栏更新记录 as one row (or one row per report type) with
 * a column per month (2020年9月 … 2021年8月, 2020.09, or 9月 … under a 2020年 / 2021年 group row)
 * and in each month's cell ✓ / √ / 已报送, the day it was done, or blank. Each filled month is one
 * record, dated by the day in its cell when there is one, else by its month.
 */
import { isValidDate, type LDate } from "../scoring/dates";
import { Diagnostics } from "../core/diagnostics";
import { cellAddress, mergeAt, type CellValue, type Sheet } from "../core/grid";
import { parseDate } from "./normalize/date";
import { cellText, compact, isDash, isNoteText, isTotalText, quote } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import type { DisclosureRecord, ReportRecord } from "./records";

export interface MonthMatrix {
  /** Zero-based row holding the months. */
  headerRow: number;
  /** Column → its month. */
  months: Map<number, LDate>;
  /**
   * A site's posts counted by column and month (栏目 | 2020年9月 | …): the zero-based row of the
   * programme's 专栏, whose months with a post are its updates (the other columns are not the 专栏).
   */
  postRow?: number;
  /** Column → the session it counts, where the columns are sessions (./session-columns), not months. */
  topics?: Map<number, string>;
  /**
   * A calendar of both logs, a row each (专栏更新 | 9月22日 | …, 报送月报 | √ | …): the zero-based rows
   * of each; the sheet gives both kinds' records (./mixed-calendar).
   */
  rowsOf?: { reports: number[]; disclosures: number[] };
}

/** Fewest month columns that make a calendar (a log covers the 12-month window). */
const MIN_MONTHS = 6;
const SCAN = 60;

/** What a text stating a month holds (see monthOf): a digit, full-width or not, or 月. */
const MAY_STATE_MONTH = /[0-9０-９月]/;

/** A month header cell: 2020年9月, 2020.09, 2020-09, a date on the 1st, or 9月 under a year. */
function monthOf(v: CellValue | undefined, year: number | undefined): LDate | undefined {
  if (v instanceof Date) {
    const d = parseDate(v);
    return d.ok && d.value.d === 1 ? { y: d.value.y, m: d.value.m } : undefined;
  }
  if (typeof v !== "string") return undefined;
  // Every month a cell can state is written with a digit, or as 二〇二〇年九月 (with 月): a text
  // with neither (a name, a topic; most of a sheet's first rows) is none, unparsed.
  if (!MAY_STATE_MONTH.test(v)) return undefined;
  // (A month with a bracket, "9月（截至15日）", is a part of one: no month of the calendar.)
  const t = compact(v).replace(/份$/, "");
  // "1-6月": months taken together, counted at their end.
  const range = /^(\d{1,2})[-—–~～至](\d{1,2})月$/.exec(t);
  if (range && year !== undefined && isValidDate(year, Number(range[2]))) return { y: year, m: Number(range[2]) };
  const m = /^(\d{1,2})月$/.exec(t);
  if (m && year !== undefined && isValidDate(year, Number(m[1]))) return { y: year, m: Number(m[1]) };
  const d = parseDate(t);
  return d.ok && d.precision === "month" ? d.value : undefined;
}

/** The year of a group cell above ("2020年", "2020"), following horizontal merges. */
function yearAbove(sheet: Sheet, r: number, c: number): number | undefined {
  if (r === 0) return undefined;
  const m = mergeAt(sheet.merges, r - 1, c);
  const v = m ? sheet.rows[m.top]?.[m.left] : sheet.rows[r - 1]?.[c];
  const y = /^(\d{4})年?度?$/.exec(compact(cellText(v ?? null)));
  return y ? Number(y[1]) : undefined;
}

/** A cell that may state a month (monthOf): a date, or a text with a digit or 月. Any other is none, whatever the year above. */
function mayBeMonth(v: CellValue | undefined): boolean {
  return v instanceof Date || (typeof v === "string" && MAY_STATE_MONTH.test(v));
}

/** Cells of the row that may state a month, counted up to `enough`. */
function monthLikeCells(row: readonly (CellValue | undefined)[], enough: number): number {
  let n = 0;
  for (let c = 0; c < row.length && n < enough; c++) if (mayBeMonth(row[c])) n++;
  return n;
}

export function findMonthMatrix(sheet: Sheet): MonthMatrix | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    // Every sheet's first rows are asked, nearly none a calendar: a row with fewer cells that may
    // be months than a calendar needs is passed over before any year above is looked for.
    if (monthLikeCells(row, MIN_MONTHS) < MIN_MONTHS) continue;
    const months = new Map<number, LDate>();
    // "2020年9月 | 10月 | … | 2021年1月 | 2月": a bare month takes the year written last on its row,
    // and a month before the last one turns the year.
    let last: LDate | undefined;
    row.forEach((v, c) => {
      // Only a text or a date can be a month (a blank or a figure is none, whatever the year above).
      if (!mayBeMonth(v)) return;
      const above = yearAbove(sheet, r, c);
      const bare = bareMonth(v);
      const carried = above === undefined && last ? (bare !== undefined && bare < last.m ? last.y + 1 : last.y) : undefined;
      const m = monthOf(v, above ?? carried);
      if (m) {
        months.set(c, m);
        last = m;
      }
    });
    if (months.size >= MIN_MONTHS) return { headerRow: r, months };
  }
  return undefined;
}

/** "10月", "10月份": a month written without its year. */
function bareMonth(v: CellValue | undefined): number | undefined {
  const m = typeof v === "string" ? /^(\d{1,2})月份?$/.exec(compact(v)) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * A day written without its year under a month's column or row (month mo, day d): in the month's year, or
 * the next one's where it runs into January (a December report sent on 1月5日, a December class moved to 1.5).
 */
export function dayNearMonth(month: LDate, mo: number, d: number): LDate | undefined {
  const y = mo < month.m - 6 ? month.y + 1 : month.y;
  return isValidDate(y, mo, d) ? { y, m: mo, d } : undefined;
}

/** A day written without its year in a month's cell: "11月27日", "7.30", "7/30" — or the day alone, "8日". */
function dayInMonthCell(text: string, month: LDate): LDate | undefined {
  const t = compact(text);
  const m = /^(\d{1,2})(?:月|[./])(\d{1,2})日?$/.exec(t);
  if (m) return dayNearMonth(month, Number(m[1]), Number(m[2]));
  // (The day alone, 8日: a day of its column's month.)
  const alone = /^(\d{1,2})[日号]$/.exec(t);
  return alone && isValidDate(month.y, month.m, Number(alone[1])) ? { y: month.y, m: month.m, d: Number(alone[1]) } : undefined;
}

/**
 * The rows under the months, each with its label (the texts before the first month, row numbers
 * aside): down to the notes under the table, the totals left out (合计（次）: counts, not days).
 */
export function* calendarRows(sheet: Sheet, mx: MonthMatrix): Generator<{ r: number; row: CellValue[]; label: string }> {
  const first = Math.min(...mx.months.keys());
  for (let r = mx.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const label = row
      .slice(0, first)
      .map((v) => cellText(v ?? null))
      .filter((t) => t && !/^\d+$/.test(t))
      .join(" ");
    if (row.some((v) => isNoteText(v ?? null))) return;
    if (isTotalText(label)) continue;
    yield { r, row, label };
  }
}

interface MatrixEntry {
  date: LDate;
  row: number;
  /** The month's column. */
  col: number;
  label: string;
}

/** Every filled month of every row under the calendar header, in reading order. */
function entries(sheet: Sheet, mx: MonthMatrix, diags: Diagnostics): MatrixEntry[] {
  const out: MatrixEntry[] = [];
  const cols = [...mx.months.keys()];
  for (const { r, row, label } of calendarRows(sheet, mx)) {
    for (const c of cols) {
      const v = row[c];
      const text = cellText(v ?? null);
      // (A dash is a month with nothing to log, as a blank is: 2021年2月 | — under the 专栏's row.)
      if (!text || isDash(text.trim())) continue;
      const month = mx.months.get(c) as LDate;
      const where = cellAddress(r, c);
      // A small number (3) is a count, never a day of 1900.
      const day = typeof v === "number" && v < 36526 ? undefined : parseDate(v instanceof Date || typeof v === "number" ? v : text);
      if (day?.ok && day.precision === "day") {
        out.push({ date: day.value, row: r, col: c, label });
        continue;
      }
      // "3.31(邮件)": the day, with how it was sent.
      const inMonth = dayInMonthCell(text.replace(/\s*[（(][^（()）]*[)）]\s*$/, ""), month);
      if (inMonth) {
        out.push({ date: inMonth, row: r, col: c, label });
        continue;
      }
      // (A circular's verdict on each month: 按时, 逾期2天 — sent, late — or 未报.)
      const yes = parseYesNo(v ?? null) ?? (/^已/.test(compact(text)) || SENT.test(compact(text)) ? true : /^(?:未|无|没)/.test(compact(text)) ? false : undefined);
      if (yes === true) out.push({ date: month, row: r, col: c, label });
      else if (yes === undefined) diags.warn(`“${quote(text)}”不是“✓/√”或日期，该月未计入`, sheet.name, where);
    }
  }
  return out;
}

/** Under the months, a row of the days each month's report went ("报送日期 | 9/8 | 10/9 …"). */
// (…its bracket saying how the day is written, 报送日期（日）.)
const DAY_ROW = /^(?:报送|更新|发布|上报)?(?:日期|时间)(?:[（(][^（()）]*[)）])?$/;
/** A city's verdict on a month's report: sent on time, or late (逾期2天, 补报 — sent all the same). */
const SENT = /^(?:按时|及时|逾期\d*天?|补报|迟报|延迟\d*天?)$/;
/** The verdicts' row: most of its filled months say 按时, 逾期…, or 未报. */
function verdictRow(row: readonly CellValue[], cols: number[]): boolean {
  const said = cols.map((c) => compact(cellText(row[c] ?? null))).filter((t) => t !== "");
  return said.length >= MIN_MONTHS / 2 && said.filter((t) => SENT.test(t) || /^(?:未报|缺报)$/.test(t)).length >= said.length / 2;
}
/** A row saying of each month's report whether it held the poverty statistics (√ / ×). */
const POVERTY_ROW = /扶贫/;

/**
 * A calendar of one report a month whose rows say things about it: the day it went (报送日期), whether
 * it held the poverty statistics (含电商扶贫统计 √ / ×), how it went (报送方式). Each month is one
 * record from the day row, its poverty from the poverty row; the other rows are the records'
 * particulars, not reports. Undefined when the calendar has no day row (each row is then a report type).
 */
function reportsByDayRow(sheet: Sheet, mx: MonthMatrix, diags: Diagnostics): ReportRecord[] | undefined {
  const cols = [...mx.months.keys()];
  const first = Math.min(...cols);
  const labelOf = (r: number) =>
    compact(
      (sheet.rows[r] ?? [])
        .slice(0, first)
        .map((v) => cellText(v ?? null))
        .join(""),
    );
  let dayRow: number | undefined;
  let povertyRow: number | undefined;
  for (let r = mx.headerRow + 1; r < Math.min(sheet.rows.length, mx.headerRow + 8); r++) {
    const label = labelOf(r);
    // (…or a circular's row of this county's verdicts, 坡头区 | 按时 | 逾期2天 | 未报, where no row gives the days.)
    // (…or the report's name with what its cells hold in brackets, 工作进展月报（报送日期）.)
    const bracket = /[（(]([^（()）]*)[)）]$/.exec(label)?.[1] ?? "";
    if (dayRow === undefined && (DAY_ROW.test(label) || DAY_ROW.test(bracket) || verdictRow(sheet.rows[r] ?? [], cols))) dayRow = r;
    else if (povertyRow === undefined && POVERTY_ROW.test(label)) povertyRow = r;
  }
  if (dayRow === undefined) return undefined;
  // Only the day row's months are records (the sheet with its other rows left out).
  const days = entries({ ...sheet, rows: sheet.rows.map((row, r) => (r === dayRow || r <= mx.headerRow ? row : [])) }, mx, diags);
  return days.map((e) => {
    const mark = povertyRow !== undefined ? parseYesNo(sheet.rows[povertyRow]?.[e.col] ?? null) : undefined;
    return { source: { sheet: sheet.name, row: e.row + 1 }, date: e.date, poverty: typeof mark === "boolean" ? mark : null };
  });
}

export function readReportMatrix(sheet: Sheet, mx: MonthMatrix, diags: Diagnostics): ReportRecord[] {
  const byDay = reportsByDayRow(sheet, mx, diags);
  if (byDay) return byDay;
  return entries(sheet, mx, diags).map((e) => {
    const r: ReportRecord = { source: { sheet: sheet.name, row: e.row + 1 }, date: e.date, poverty: /扶贫/.test(e.label) ? true : null };
    if (e.label) r.content = e.label;
    return r;
  });
}

/**
 * Of a site's posts counted by column and month (栏目 | 2020年9月 | … | 合计), the row of the programme's
 * 专栏: the header's label cell says 栏目 and a row names the 专栏 (电子商务进农村综合示范专栏).
 */
export function columnPostsRow(sheet: Sheet, mx: MonthMatrix): number | undefined {
  const first = Math.min(...mx.months.keys());
  const head = (sheet.rows[mx.headerRow] ?? []).slice(0, first).map((v) => compact(cellText(v ?? null)));
  if (!head.some((t) => /^(?:网站)?栏目(?:名称)?$/.test(t))) return undefined;
  for (const { r, row, label } of calendarRows(sheet, mx)) if (/专栏/.test(label) && /电子商务|电商|示范/.test(label)) return countsIn(row, mx) ? r : undefined;
  return undefined;
}

/** A post count in a month's cell: 3, "3条" (not a tick, a day or a day's serial number). */
const isCount = (v: CellValue | undefined) => (typeof v === "number" ? Number.isInteger(v) && v >= 0 && v < 1000 : /^\d{1,3}条?$/.test(compact(cellText(v ?? null))));

/** The row's months hold counts: six at least, and nearly every filled cell one (a ✓ calendar's are ticks). */
export function countsIn(row: readonly CellValue[], mx: MonthMatrix): boolean {
  const filled = [...mx.months.keys()].map((c) => row[c]).filter((v) => cellText(v ?? null) !== "");
  const counts = filled.filter(isCount).length;
  return counts >= 6 && counts >= 0.8 * filled.length;
}

/** The 专栏's months with a post (a count above 0); a cell not a count is said and left out. */
function monthsPosted(sheet: Sheet, mx: MonthMatrix, r: number, diags: Diagnostics): DisclosureRecord[] {
  const row = sheet.rows[r] ?? [];
  const label = compact(
    row
      .slice(0, Math.min(...mx.months.keys()))
      .map((v) => cellText(v ?? null))
      .join(""),
  );
  const out: DisclosureRecord[] = [];
  for (const [c, month] of mx.months) {
    const text = compact(cellText(row[c] ?? null)).replace(/条$/, "");
    if (text === "") continue;
    if (!/^\d+$/.test(text)) {
      diags.warn(`“${quote(text)}”不是发稿条数，该月未计入`, sheet.name, cellAddress(r, c));
      continue;
    }
    if (Number(text) > 0) out.push({ source: { sheet: sheet.name, row: r + 1 }, date: month, column: label });
  }
  return out;
}

export function readDisclosureMatrix(sheet: Sheet, mx: MonthMatrix, diags: Diagnostics): DisclosureRecord[] {
  if (mx.postRow !== undefined) return monthsPosted(sheet, mx, mx.postRow, diags);
  return entries(sheet, mx, diags).map((e) => {
    const r: DisclosureRecord = { source: { sheet: sheet.name, row: e.row + 1 }, date: e.date };
    if (e.label) r.column = e.label;
    return r;
  });
}
