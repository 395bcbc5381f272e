/**
 * A sign-in list kept without days: each row names its session by a code (场次 A, B, C …; 参训期次
 * ①②), and a small table under the list says what each code was (场次 | 培训日期 | 培训地点 |
 * 培训内容), or a line above or under it does ("期次：①2020年11月12日（碣石镇） ②2021年3月18日…").
 * A reviewer dates each row by its session's line, a row naming two sessions (①③) as two
 * attendances; so does the reader. A code the legend does not list leaves its row undated, as a
 * row without a day is.
 */
import type { LDate } from "../scoring/dates";
import type { Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { oncePerRecognition } from "./per-recognition";
import { rowTexts } from "./sheet-text";
import { compact } from "./normalize/text";
import { parseRangeEnd } from "./normalize/date";

/** The header of a session's code, in the list and in its legend. */
const CODE_HEADER = /^(?:参训|培训|参加)?(?:场次|期次|班次|批次)(?:代码|编号)?$/;
/** A code in a legend line, then its day: "①2020年11月12日", "A：2021.3.26". */
const LINE_ITEM = /([①-⑳]|(?<![A-Za-z])[A-H](?![A-Za-z]))\s*[:：.、）)]?\s*((?:19|20)\d{2}\s*(?:年|[-./])\s*\d{1,2}\s*(?:月|[-./])\s*\d{1,2}\s*日?)/g;
/** Rows above the header looked at for a legend line. */
const TITLE_ROWS = 6;
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
  const inLine = lineLegend(sheet, rec.headerRow);
  if (inLine) return { col, days: inLine };
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

/** A legend written as a line of codes and days, above the header or among the sheet's last rows. */
function lineLegend(sheet: Sheet, headerRow: number): Map<string, LDate> | undefined {
  const rows = [
    ...Array.from({ length: Math.min(TITLE_ROWS, headerRow) }, (_, i) => headerRow - 1 - i),
    ...Array.from({ length: Math.min(LEGEND_ROWS, sheet.rows.length) }, (_, i) => sheet.rows.length - 1 - i).filter((r) => r > headerRow),
  ];
  for (const r of rows) {
    const texts = rowTexts(sheet, r).filter((t) => t !== "");
    if (texts.length !== 1) continue;
    const days = new Map<string, LDate>();
    for (const m of texts[0].matchAll(LINE_ITEM)) {
      const day = parseRangeEnd(m[2]);
      if (day.ok && day.precision === "day") days.set(m[1], day.value);
    }
    if (days.size >= 2) return days;
  }
  return undefined;
}

/** The codes a cell names: each circled number of "①③", else the cell's parts ("A、C"), else the cell. */
export function codesIn(text: string): string[] {
  const t = compact(text);
  const circled = t.match(/[①-⑳]/g);
  if (circled) return circled;
  return t.split(/[、，,；;\s]+/).filter(Boolean);
}

/** The sheet's session legend, worked out once per recognition. */
export const sessionLegend = oncePerRecognition(find);
