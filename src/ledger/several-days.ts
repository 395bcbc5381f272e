/**
 * One row for many days: a column's updates or an outlet's reports kept a row each, their days in
 * one cell ("2020.6.5；2020.9.15；2021.1.8", "2020.8.20、2020.12.15"). Each day is a record of its own,
 * as a reviewer counts them. Only when every part of the cell is a day (a remark in brackets aside).
 */
import type { LDate } from "../scoring/dates";
import { parseDate } from "./normalize/date";
import type { LedgerKind } from "./records";

/** Logs whose records are dated events, one per day. */
export const DAY_LOGS = new Set<LedgerKind>(["media", "disclosures", "reports", "materials"]);

export function severalDays(text: string): LDate[] | undefined {
  const parts = text
    .split(/[；;、，,\n]|\s{2,}/)
    .map((p) => p.trim().replace(/\s*[（(][^（()）]*[)）]$/, ""))
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const days: LDate[] = [];
  for (const p of parts) {
    const d = parseDate(p);
    if (!d.ok) return undefined;
    days.push(d.value);
  }
  return days;
}
