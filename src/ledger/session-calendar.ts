/**
 * A training schedule filled back as classes were held: one row per month (2020年5月 …), one column
 * per town, and in a cell the class held there that month, "5.6 电商基础 实到60人". A reviewer
 * counts each cell that says who came (实到) as one session on its day, its 人次 those who came; a
 * cell planned only ("计划9.16 农产品包装（待办）", "—") is no class. A class moved to another day is
 * held on the day it moved to ("原定6.18，因疫情改期7.2举办").
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import type { LDate } from "../scoring/dates";
import { Q } from "../scoring/rational";
import { parseDate } from "./normalize/date";
import { cellText, quote, toHalfWidth } from "./normalize/text";
import { dayNearMonth } from "./matrix";
import type { TrainingRecord } from "./records";

export interface SessionCalendar {
  /** The header row (the places' names), zero-based. */
  headerRow: number;
  /** Zero-based row → the month it is of. */
  months: Map<number, LDate>;
  /** The columns whose cells hold the classes. */
  cols: number[];
}

/** Who came, as the cell says it: "实到60人". */
export const CAME = /实到\s*(\d+)\s*人/;
/** Fewest months and held classes that make such a schedule. */
const MIN_MONTHS = 6;
const MIN_CLASSES = 3;
const SCAN = 60;

/** "2020年5月", "2020.05", a date on the 1st: the month a row is of (in its first filled cell). */
function rowMonth(v: unknown): LDate | undefined {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "boolean") return undefined;
  const d = parseDate(v as string | Date);
  if (!d.ok) return undefined;
  if (d.precision === "month") return d.value;
  return v instanceof Date && d.value.d === 1 ? { y: d.value.y, m: d.value.m } : undefined;
}

export function findSessionCalendar(sheet: Sheet): SessionCalendar | undefined {
  const months = new Map<number, LDate>();
  const cols = new Set<number>();
  let classes = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    const m = rowMonth(row[0]);
    if (!m) continue;
    months.set(r, m);
    for (let c = 1; c < row.length; c++)
      if (typeof row[c] === "string" && CAME.test(row[c] as string)) {
        cols.add(c);
        classes++;
      }
  }
  if (months.size < MIN_MONTHS || classes < MIN_CLASSES) return undefined;
  const headerRow = Math.min(...months.keys()) - 1;
  if (headerRow < 0) return undefined;
  return { headerRow, months, cols: [...cols].sort((a, b) => a - b) };
}

/** The day of a class in its month's row: the day it moved to when it moved, else the first day written. */
function classDay(text: string, month: LDate): LDate | undefined {
  const moved = /改期(?:至|到)?\s*(\d{1,2})\s*[.．月]\s*(\d{1,2})/.exec(text);
  const m = moved ?? /(?:^|[^\d.])(\d{1,2})\s*(?:[.．]|月)\s*(\d{1,2})(?![\d.])/.exec(text);
  if (!m) return undefined;
  // (A December row's class moved to 1.5 is in the next year.)
  return dayNearMonth(month, Number(m[1]), Number(m[2]));
}

/** The class's topic: the cell's words that are neither its day, the move, nor who came. */
function topicOf(text: string): string | undefined {
  const words = text
    .split(/[\s\u3000，,]+/)
    .filter((w) => w !== "" && !CAME.test(w) && !/原定|改期|举办|^\d{1,2}[.．]\d{1,2}$/.test(w))
    .map((w) => w.replace(/^\d{1,2}[.．]\d{1,2}/, ""));
  const topic = words.join(" ").trim();
  return topic === "" ? undefined : topic;
}

export function readSessionCalendar(sheet: Sheet, cal: SessionCalendar, diags: Diagnostics): TrainingRecord[] {
  const out: TrainingRecord[] = [];
  for (const [r, month] of cal.months) {
    const row = sheet.rows[r] ?? [];
    for (const c of cal.cols) {
      const text = toHalfWidth(cellText(row[c] ?? null)).trim();
      if (text === "" || /^[—–\-－/／]+$/.test(text)) continue;
      const came = CAME.exec(text);
      if (!came) {
        diags.info(`“${quote(text)}”没有写实到人数，是排期未办，未计入`, sheet.name, cellAddress(r, c));
        continue;
      }
      const date = classDay(text, month);
      if (!date) diags.warn(`“${quote(text)}”没有可识别的日期，按 ${month.y}年${month.m}月计`, sheet.name, cellAddress(r, c));
      const rec: TrainingRecord = { source: { sheet: sheet.name, row: r + 1 }, id: null, date: date ?? month, poor: null, personTimes: Q.of(Number(came[1])) };
      const topic = topicOf(text);
      if (topic) rec.topic = topic;
      out.push(rec);
    }
  }
  return out;
}
