/**
 * One calendar kept for both monthly duties (遂溪's 专栏更新及月报报送情况: a row of the 专栏's update
 * days, a row of the reports sent, a column per month). A reviewer reads each row as the log it
 * names; so does the reader: rows that say 专栏 / 更新 / 公示 are the 专栏's updates, rows that say
 * 报送 / 月报 / 上报 the reports — every row with a month filled being one or the other, or the
 * calendar is left to the user to map.
 */
import type { CellValue, Sheet } from "../core/grid";
import type { Diagnostics } from "../core/diagnostics";
import { calendarRows, readDisclosureMatrix, readReportMatrix, type MonthMatrix } from "./matrix";
import { cellText, compact } from "./normalize/text";
import type { DisclosureRecord, ReportRecord } from "./records";

export const UPDATE_ROW = /专栏|网站更新|信息更新|更新|公示|发布/;
export const REPORT_ROW = /报送|月报|上报|报表|报告/;

/** A count in a month's cell (0, 2, "3条"), not a tick or a day (a day's serial number is in the tens of thousands). */
const isCount = (v: CellValue | undefined) => (typeof v === "number" ? v < 1000 : /^\d{1,3}\s*[条次篇]?$/.test(compact(cellText(v ?? null))));

/** The rows of each log in a calendar naming both, or undefined when a filled row names neither or both. */
export function mixedCalendarRows(sheet: Sheet, mx: MonthMatrix): { reports: number[]; disclosures: number[] } | undefined {
  const out = { reports: [] as number[], disclosures: [] as number[] };
  for (const { r, row, label } of calendarRows(sheet, mx)) {
    if (![...mx.months.keys()].some((c) => cellText(row[c] ?? null) !== "")) continue;
    // (A summary counting each month's updates and reports, 专栏更新（条） | 1 | 2 …, logs nothing itself.)
    if ([...mx.months.keys()].some((c) => isCount(row[c]))) return undefined;
    const said = compact(label);
    const update = UPDATE_ROW.test(said);
    const report = REPORT_ROW.test(said);
    // (专栏更新 reads as an update even if it says 发布; 报送 beside 公示 is ambiguous.)
    if (update && report && !/专栏/.test(said)) return undefined;
    if (update) out.disclosures.push(r);
    else if (report) out.reports.push(r);
    else return undefined;
  }
  return out.reports.length > 0 && out.disclosures.length > 0 ? out : undefined;
}

/** The calendar's rows of one log only (the others emptied, the header and title lines kept). */
function onlyRows(sheet: Sheet, mx: MonthMatrix, rows: number[]): Sheet {
  return { ...sheet, rows: sheet.rows.map((row, r) => (r <= mx.headerRow || rows.includes(r) ? row : [])) };
}

export function readMixedCalendar(
  sheet: Sheet,
  mx: MonthMatrix,
  rowsOf: { reports: number[]; disclosures: number[] },
  diags: Diagnostics,
): { reports: ReportRecord[]; disclosures: DisclosureRecord[] } {
  return {
    reports: readReportMatrix(onlyRows(sheet, mx, rowsOf.reports), mx, diags),
    disclosures: readDisclosureMatrix(onlyRows(sheet, mx, rowsOf.disclosures), mx, diags),
  };
}
