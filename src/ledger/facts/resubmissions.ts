/**
 * A provincial system's export of the county's entries, one row an item, with the item's code
 * (指标编码 A03, S07) and the office's review state (审核状态 已审核 / 已退回): an entry the city sent
 * back is filled in again at the end of the export, under the same code. A reviewer reads each item
 * as last submitted, the one sent back no longer standing; so does the reader: every earlier row of
 * a code that comes again is left out (高州: 常住人口 1862400 退回, then 1321000).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";

const CODE = /^(?:指标编码|指标代码|项目编码|数据项编码|编码|代码)$/;
/** The export's own columns telling it is one: the review state, or when each entry was made. */
const SYSTEM = /^(?:审核状态|审核结果|填报时间|提交时间|更新时间)$/;
/** A code as such systems give them: a letter or two and digits (A03, S18, FJ01), or digits alone. */
const CODE_VALUE = /^[A-Za-z]{0,3}\d{1,4}$/;

/** The column of when each entry was made. */
const TIME = /^(?:填报时间|提交时间|更新时间)$/;

/** When an entry was made, comparable with another's ("2021-09-02 09:15:06", "2021/9/6 15:02"); undefined when not said. */
function timeKey(v: CellValue): string | undefined {
  if (v instanceof Date) return timeKey(v.toISOString().slice(0, 19));
  if (typeof v !== "string" || !/\d{4}\D+\d{1,2}\D+\d{1,2}/.test(v)) return undefined;
  return (v.match(/\d+/g) ?? []).map((n) => n.padStart(4, "0")).join("");
}

export function withResubmissionsOnly(sheet: Sheet): Sheet {
  const head = sheet.rows.slice(0, 5).findIndex((row) => row.some((v) => SYSTEM.test(spacelessText(v ?? null))));
  if (head < 0) return sheet;
  const code = (sheet.rows[head] ?? []).findIndex((v) => CODE.test(spacelessText(v ?? null)));
  if (code < 0) return sheet;
  const lastOf = new Map<string, number>();
  const codeAt = (row: readonly CellValue[] | undefined) => spacelessText(row?.[code] ?? null);
  // (The last by when it was made, where the export says when: its rows sorted another way keep their meaning.)
  const timeCol = (sheet.rows[head] ?? []).findIndex((v) => TIME.test(spacelessText(v ?? null)));
  const madeAt = (r: number) => (timeCol < 0 ? undefined : timeKey(sheet.rows[r]?.[timeCol] ?? null));
  sheet.rows.forEach((row, r) => {
    if (r <= head || !CODE_VALUE.test(codeAt(row))) return;
    const before = lastOf.get(codeAt(row));
    const [was, now] = [before === undefined ? undefined : madeAt(before), madeAt(r)];
    if (before === undefined || was === undefined || now === undefined || now >= was) lastOf.set(codeAt(row), r);
  });
  const superseded = (r: number) => r > head && CODE_VALUE.test(codeAt(sheet.rows[r])) && lastOf.get(codeAt(sheet.rows[r])) !== r;
  if (!sheet.rows.some((_, r) => superseded(r))) return sheet;
  return { ...sheet, rows: sheet.rows.map((row, r) => (superseded(r) ? [] : row)) };
}
