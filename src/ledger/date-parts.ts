/**
 * A date kept in three columns: 发布时间 merged over 年 | 月 | 日 (a log typed from a web list, each
 * part a number). The recognition's date column is the group's first column; the row of 年 / 月 / 日
 * under it belongs to the header, and each record's day is put together from the three cells.
 */
import { mergeAt, type CellValue, type Sheet } from "../core/grid";
import { isValidDate, type LDate } from "../scoring/dates";
import { cellText } from "./normalize/text";
import type { Recognition } from "./recognize";

export interface DateParts {
  /** The field the parts make: a log's date, or a station list's opening day (挂牌运营时间 over 年 | 月 | 日). */
  field: "date" | "opened";
  year: number;
  month: number;
  day?: number;
}

/** The recognition with the 年 | 月 | 日 row under its date header taken into the header; unchanged otherwise. */
export function withDateParts(sheet: Sheet, rec: Recognition): Recognition {
  const field = rec.columns.date !== undefined ? "date" : rec.kind === "stations" && rec.columns.opened !== undefined ? "opened" : undefined;
  const c = field === undefined ? undefined : rec.columns[field];
  if (field === undefined || c === undefined || rec.sideways || rec.matrix) return rec;
  const group = mergeAt(sheet.merges, rec.headerRow, c);
  if (!group || group.right <= group.left) return rec;
  const below = sheet.rows[group.bottom + 1] ?? [];
  const parts: Partial<DateParts> = { field };
  for (let col = group.left; col <= group.right; col++) {
    const t = cellText(below[col] ?? null).replace(/\s+/g, "");
    if (t === "年") parts.year = col;
    else if (t === "月") parts.month = col;
    else if (t === "日") parts.day = col;
    else if (t !== "") return rec;
  }
  if (parts.year === undefined || parts.month === undefined) return rec;
  const headerRow = group.bottom + 1;
  return { ...rec, headerRow, headerRows: 2, dateParts: parts as DateParts };
}

const part = (v: CellValue | undefined): number | undefined => {
  const t = cellText(v ?? null).replace(/\s+|[年月日号]$/g, "");
  return /^\d{1,4}$/.test(t) ? Number(t) : undefined;
};
/** A year written short, 21 for 2021, as a clerk types it in the 年 column. */
const fullYear = (y: number | undefined) => (y !== undefined && y >= 10 && y < 100 ? 2000 + y : y);

/** The day a row's three cells make; null when they are blank, "invalid" when they make no day. */
export function dateFromParts(row: readonly CellValue[] | undefined, parts: DateParts): LDate | null | "invalid" {
  const cells = [parts.year, parts.month, parts.day].map((c) => (c === undefined ? "" : cellText(row?.[c] ?? null)));
  if (cells.every((t) => t === "")) return null;
  const y = fullYear(part(row?.[parts.year]));
  const m = part(row?.[parts.month]);
  const d = parts.day === undefined ? undefined : part(row?.[parts.day]);
  if (y === undefined || m === undefined || !isValidDate(y, m, d)) return "invalid";
  return d === undefined ? { y, m } : { y, m, d };
}
