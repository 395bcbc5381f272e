/**
 * A station list dated by batch: its 挂牌批次 column says only 第一批 … 第四批, and a small table above
 * the list (or a note under it) gives each batch's day — 批次 | 统一挂牌日期 | 站点数, "第一批 | 2020.7.15".
 * A reviewer looks each station's batch up there; so does the reader. A station hung apart from its
 * batch says its own day in the cell ("单独挂牌 2021.3.8").
 */
import type { Sheet } from "../core/grid";
import type { LDate } from "../scoring/dates";
import { oncePerRecognition } from "./per-recognition";
import type { Recognition } from "./recognize";
import { findDateInText, parseRangeEnd } from "./normalize/date";
import { cellText, compact } from "./normalize/text";

/** A batch's name: 第一批, 第2批, 首批 (…次 too: 第三批次). */
const BATCH = /^(?:第[一二三四五六七八九十\d]+批|首批)次?/;

/** Rows under a long list where its notes may stand. */
const NOTE_ROWS = 15;

/** Each batch's day, by its name as written (compact: 第一批), from the rows above the list's header and its notes. */
export const batchDays = oncePerRecognition((sheet: Sheet, rec: Recognition): Map<string, LDate> => {
  const days = new Map<string, LDate>();
  const above = sheet.rows.slice(0, rec.headerRow);
  const notes = sheet.rows.slice(Math.max(rec.headerRow + 1, sheet.rows.length - NOTE_ROWS));
  for (const row of [...above, ...notes]) {
    const cells = (row ?? []).map((v) => v ?? null);
    const at = cells.findIndex((v) => cellText(v) !== "");
    const name = at < 0 ? null : BATCH.exec(compact(cellText(cells[at])));
    if (!name) continue;
    // (The batch's day in a cell of its own beside it; its 站点数 is a count, no day.)
    for (const v of cells.slice(at + 1)) {
      if (typeof v === "number") continue;
      const p = parseRangeEnd(v);
      if (p.ok) {
        days.set(name[0].replace(/次$/, ""), p.value);
        break;
      }
    }
  }
  return days;
});

/** A station's day from its batch cell: its own day written there, else its batch's; undefined when neither is found. */
export function batchOpened(text: string, days: Map<string, LDate>): LDate | undefined {
  const t = compact(text);
  const own = /\d/.test(t) && !BATCH.test(t) ? findDateInText(text) : undefined;
  if (own) return own;
  const name = BATCH.exec(t);
  return name ? days.get(name[0].replace(/次$/, "")) : undefined;
}
