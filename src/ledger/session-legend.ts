/**
 * A sign-in list kept without days: each row names its session by a code (场次 A, B, C …), and a
 * small table under the list says what each code was (场次 | 培训日期 | 培训地点 | 培训内容). A
 * reviewer dates each row by its session's line; so does the reader. A code the legend does not
 * list leaves its row undated, as a row without a day is.
 */
import type { LDate } from "../scoring/dates";
import type { Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { oncePerRecognition } from "./per-recognition";
import { rowTexts } from "./sheet-text";
import { compact } from "./normalize/text";
import { parseRangeEnd } from "./normalize/date";

/** The header of a session's code, in the list and in its legend. */
const CODE_HEADER = /^(场次|期次|班次|批次|场次代码|期次代码|场次编号|班次代码)$/;
const DATE_HEADER = /日期|时间/;
/** Rows at the foot of the sheet looked at for the legend. */
const LEGEND_ROWS = 40;

export interface SessionLegend {
  /** The list's column holding each row's code. */
  col: number;
  days: Map<string, LDate>;
}

function find(sheet: Sheet, rec: Recognition): SessionLegend | undefined {
  if (rec.kind !== "training" || "date" in rec.columns) return undefined;
  const header = rowTexts(sheet, rec.headerRow);
  const col = header.findIndex((t) => CODE_HEADER.test(compact(t)));
  if (col < 0) return undefined;
  for (let r = Math.max(rec.headerRow + 1, sheet.rows.length - LEGEND_ROWS); r < sheet.rows.length; r++) {
    const texts = rowTexts(sheet, r).map(compact);
    const codeCol = texts.findIndex((t) => CODE_HEADER.test(t));
    const dateCol = texts.findIndex((t) => DATE_HEADER.test(t) && t.length <= 8);
    if (codeCol < 0 || dateCol < 0) continue;
    const days = new Map<string, LDate>();
    for (let k = r + 1; k < sheet.rows.length; k++) {
      const code = compact(rowTexts(sheet, k)[codeCol] ?? "");
      if (code === "" || code.length > 6) break;
      const day = parseRangeEnd(sheet.rows[k]?.[dateCol] ?? null);
      if (day.ok && day.precision === "day") days.set(code, day.value);
    }
    if (days.size >= 1) return { col, days };
  }
  return undefined;
}

/** The sheet's session legend, worked out once per recognition. */
export const sessionLegend = oncePerRecognition(find);
