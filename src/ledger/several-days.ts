/**
 * One row for many days: a column's updates or an outlet's reports kept a row each, their days in
 * one cell ("2020.6.5；2020.9.15；2021.1.8", "2020.8.20、2020.12.15"). Each day is a record of its own,
 * as a reviewer counts them. Only when every part of the cell is a day (a remark in brackets aside).
 */
import type { LDate } from "../scoring/dates";
import { dayInMonth, monthDayIn, parseDate } from "./normalize/date";
import type { LedgerKind } from "./records";

/** Logs whose records are dated events, one per day. */
export const DAY_LOGS = new Set<LedgerKind>(["media", "disclosures", "reports", "materials"]);

/**
 * `rowMonthOf`: the month of the row, when it says one ("2020年9月"): the year of days written without one
 * ("9月4日、9月25日"), and the month of days written alone ("9日、17日").
 */
export function severalDays(text: string, rowMonthOf?: { y: number; m: number }): LDate[] | undefined {
  const year = rowMonthOf?.y;
  const parts = text
    .split(/[；;、，,\n]|\s{2,}/)
    .map((p) => p.trim().replace(/\s*[（(][^（()）]*[)）]$/, ""))
    .filter(Boolean);
  // (A day alone, "18日", on a log's row of its month is that day too.)
  const inMonth = (p: string): LDate | undefined => {
    const d = rowMonthOf ? dayInMonth(rowMonthOf.y, rowMonthOf.m, p.replace(/\s+/g, "")) : undefined;
    return d?.ok ? d.value : undefined;
  };
  if (parts.length < 2 && !(parts.length === 1 && inMonth(parts[0]))) return undefined;
  const days: LDate[] = [];
  for (const p of parts) {
    const d = parseDate(p);
    const yearless = !d.ok && year !== undefined ? monthDayIn(year, p.replace(/\s+/g, "")) : undefined;
    const own = d.ok || yearless?.ok ? undefined : inMonth(p);
    if (d.ok) days.push(d.value);
    else if (yearless?.ok) days.push(yearless.value);
    else if (own) days.push(own);
    else return undefined;
  }
  return days;
}

/** A row's month cell, "2020年9月" (a log kept a month a row): the year of its days written without one. */
export function rowMonthYear(row: readonly unknown[] | undefined): number | undefined {
  return rowMonth(row)?.y;
}

/** A row's month cell, "2020年9月": its year and month (the month of days written alone, "9日、17日"). */
export function rowMonth(row: readonly unknown[] | undefined): { y: number; m: number } | undefined {
  for (const v of row ?? []) {
    const m = typeof v === "string" ? /^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月份?\s*$/.exec(v) : null;
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { y: Number(m[1]), m: Number(m[2]) };
  }
  return undefined;
}
