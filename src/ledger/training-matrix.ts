/**
 * Training counted as a table of person-times, one row per town and one column per month (2020年 over
 * 7月 | 8月 …, a first column "1-6月" counted at its end): each filled cell is that town's training in
 * that month, its 人次 the figure in the cell ("57（2期）" is 57 over two sessions; "—" is none). The
 * total row and column add the cells up and are not read; a month after the cut-off is left to the
 * rule, like any dated session.
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import { calendarRows, type MonthMatrix } from "./matrix";
import { parseNumber } from "./normalize/number";
import { cellText, quote, toHalfWidth } from "./normalize/text";
import type { TrainingRecord } from "./records";

/** A figure with what the clerk added after it: "57（2期）", "124人次". */
const FIGURE = /^\s*([0-9][0-9,，.]*)\s*(?:人次|人)?\s*(?:[（(][^（()）]*[)）])?\s*$/;
// (停 / 停办: planned and called off, as such a table's note explains.)
const NONE = /^(?:[—–\-－/／]+|无|0|停办?|取消)$/;

export function readTrainingMatrix(sheet: Sheet, mx: MonthMatrix, diags: Diagnostics): TrainingRecord[] {
  const out: TrainingRecord[] = [];
  const cols = [...mx.months.keys()];
  for (const { r, row, label } of calendarRows(sheet, mx)) {
    for (const c of cols) {
      // (Full-width figures, ３３, typed with a Chinese input method.)
      const text = toHalfWidth(cellText(row[c] ?? null)).trim();
      if (!text || NONE.test(text)) continue;
      const m = FIGURE.exec(text);
      const n = m ? parseNumber(m[1].replace(/，/g, ",")) : undefined;
      if (!n?.ok) {
        diags.warn(`“${quote(text)}”不是人次，该格未计入`, sheet.name, cellAddress(r, c));
        continue;
      }
      if (n.value.isZero()) continue;
      const rec: TrainingRecord = { source: { sheet: sheet.name, row: r + 1 }, id: null, date: mx.months.get(c) ?? null, poor: null, personTimes: n.value };
      const topic = mx.topics?.get(c) ?? label;
      if (topic) rec.topic = topic;
      out.push(rec);
    }
  }
  return out;
}
