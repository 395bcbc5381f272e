/**
 * A log handed in as the facts sheet, newest first: an office app's 日志 export (钉钉, 企业微信) is
 * sorted by 提交时间 descending, so the 23rd's "常住人口按七普90.57万人…16日的88.92万作废" stands above
 * the 16th's line it replaces. A reviewer reads such a log from its oldest line on, each later line
 * on a subject taking the place of the earlier. The reader reads it turned into time order, its rows
 * named back where they are on the real sheet.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { parseDate } from "../normalize/date";
import { cellText } from "../normalize/text";
import { headerKey, withoutTrailingBracket } from "./header-key";
import { saidColumns, type SaidColumns } from "./said-log";

/** The column a log's lines are timed by. */
const TIME_HEADER = /^(?:提交时间|提交日期|发送时间|发布时间|记录时间|发言时间|通话时间|填写时间|日期|时间)$/;

export interface LogInTimeOrder {
  sheet: Sheet;
  /** The row on the real sheet of a row of the turned one (and back: the turn is its own inverse). */
  rowOf: (r: number) => number;
}

/** A log's said columns and the column its lines are timed by, when it has one. */
export function timeColumn(sheet: Sheet): { said: SaidColumns; col: number } | undefined {
  const said = saidColumns(sheet);
  if (!said) return undefined;
  const header = sheet.rows[said.row] ?? [];
  const col = header.findIndex((v) => TIME_HEADER.test(withoutTrailingBracket(headerKey(v ?? null))));
  return col < 0 ? undefined : { said, col };
}

/** The log's rows in time order, when they stand newest first; undefined otherwise. */
export function inTimeOrder(sheet: Sheet): LogInTimeOrder | undefined {
  const timed = timeColumn(sheet);
  if (!timed) return undefined;
  const { said, col } = timed;
  const first = said.row + 1;
  const end = said.end;
  let down = 0;
  let up = 0;
  let last: number | undefined;
  for (let r = first; r < end; r++) {
    const t = timeOf(sheet.rows[r]?.[col] ?? null);
    if (t === undefined) continue;
    if (last !== undefined && t < last) down++;
    if (last !== undefined && t > last) up++;
    last = t;
  }
  // Newest first throughout, not a log kept in order with a slip in it.
  if (down < 2 || up > 0) return undefined;
  const rowOf = (r: number) => (r >= first && r < end ? first + end - 1 - r : r);
  const rows = sheet.rows.map((_, r) => sheet.rows[rowOf(r)]);
  const formats = sheet.formats ? sheet.rows.map((_, r) => sheet.formats?.[rowOf(r)] ?? []) : undefined;
  // (Merges inside the log would no longer cover their cells: such a log is left as it is.)
  if ((sheet.merges ?? []).some((m) => m.bottom >= first && m.top < end)) return undefined;
  return { sheet: { ...sheet, rows, ...(formats ? { formats } : {}) }, rowOf };
}

/** A line's time as minutes, comparable within the log: its day, and its time of day when written. */
function timeOf(v: CellValue): number | undefined {
  const d = parseDate(v);
  if (!d.ok || d.value.d === undefined) return undefined;
  const day = Date.UTC(d.value.y, d.value.m - 1, d.value.d) / 60000;
  if (v instanceof Date) return day + v.getUTCHours() * 60 + v.getUTCMinutes();
  const clock = /(\d{1,2}):(\d{2})/.exec(cellText(v));
  return day + (clock ? Number(clock[1]) * 60 + Number(clock[2]) : 0);
}
