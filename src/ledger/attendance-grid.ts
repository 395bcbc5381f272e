/**
 * A class's attendance register: one trainee a row, one column a session (第一期 … 第六期), each
 * session's day in the header (in the same cell as its name, "第1期\n2020.10.15", or in a row of
 * days under the names), a tick where the trainee came (√ ✓ 到), 请假 / 缺 / × or nothing where not.
 * A reviewer counts each tick as one attendance on its session's day; so does the reader.
 */
import { mergeAt, type CellValue, type Sheet } from "../core/grid";
import type { LDate } from "../scoring/dates";
import type { Recognition } from "./recognize";
import { oncePerRecognition } from "./per-recognition";
import { cellText, compact, isTotalText } from "./normalize/text";
import { monthDayIn, parseRangeEnd } from "./normalize/date";

export interface Session {
  col: number;
  /** Null where the header gives the day without its year ("9.17" under 第1期): dated by the sessions' register (./session-numbers). */
  date: LDate | null;
  /** The session's name as its header gives it (第三期), if any. */
  label?: string;
}

export interface AttendanceGrid {
  sessions: Session[];
  /** The first row of trainees (below the row that states the days). */
  firstRow: number;
  /** The register notes each session's hours taken (学时), a number where a tick would be. */
  hours?: boolean;
}

// (Came late or left early, "√迟", "√早退": came.)
export const TICK = /^(?:√|✓|✔|☑|✅|到|已到|出席|参加|参训|v|V)(?:迟|迟到|早退|补签)?$/;
/** Marks saying the trainee did not come (假: on leave; （退学）: left the class). */
const ABSENT = /^(?:请假|假|病假|事假|缺|缺席|缺课|旷课|未到|未参加|未参训|×|✗|✘|—|-|\/|\\|0|[（(]?退学[)）]?)$/;
/** A session's hours: 3, 6, 1.5. */
const HOURS = /^\d{1,2}(?:\.\d)?$/;
/** A register's note that its cells hold the hours taken: 学时, 课时. */
const HOURS_NOTE = /(?:格内|格中|单元格)[^，。；]{0,8}(?:学时|课时)|(?:学时|课时)登记/;
/** A month and day with no year, a class's last day after a dash or not: "9.17", "12.28-1.2", "10月22日". */
const YEARLESS_DAY = /^\d{1,2}\s*[.月/]\s*\d{1,2}\s*[日号]?(?:\s*[-—~～至]\s*(?:\d{1,2}\s*[.月/]\s*)?\d{1,2}\s*[日号]?)?$/;
/** A session named by its number alone: 第1期, 第 12 期. */
const NUMBERED_SESSION = /^第\s*\d{1,3}\s*期$/;
/** Rows of trainees looked at to tell a register of ticks from a list with a date column. */
const SAMPLE_ROWS = 60;

/** A month and day with no year ("9月17日", "10.22", a two-day class "11.26-27" by its last day), in `year`. */
function monthDay(line: string, year: number | undefined): LDate | undefined {
  if (year === undefined) return undefined;
  const t = compact(line).replace(/^(\d{1,2}[.月/])\d{1,2}[日号]?[-—~～至](\d{1,2}[日号]?)$/, "$1$2");
  const d = monthDayIn(year, t);
  return d?.ok ? d.value : undefined;
}

/** The day a header cell states: the whole cell, or one of its lines ("第1期\n2020.10.15"); a month and day in the year its group says. */
function headerDay(v: CellValue | undefined, year?: number): { date: LDate; label?: string } | undefined {
  if (v instanceof Date) {
    const p = parseRangeEnd(v);
    return p.ok && p.precision === "day" ? { date: p.value } : undefined;
  }
  const t = cellText(v ?? null);
  if (t === "") return undefined;
  const lines = t.split(/\n+/).map((s) => s.trim());
  for (const line of lines) {
    const p = parseRangeEnd(line.replace(/[（(][^（()）]*[)）]/g, "").replace(/两天班|开班|结业/g, ""));
    const date = p.ok && p.precision === "day" ? p.value : monthDay(line, year);
    if (date) {
      const label = lines.find((l) => l !== line);
      return label ? { date, label } : { date };
    }
  }
  return undefined;
}

function find(sheet: Sheet, rec: Recognition): AttendanceGrid | undefined {
  if (rec.kind !== "training") return undefined;
  const top = Math.max(0, rec.headerRow - rec.headerRows);
  const last = Math.min(sheet.rows.length - 1, rec.headerRow + 2);
  const people = new Set([rec.columns.name, rec.columns.id].filter((c) => c !== undefined));
  const found = new Map<number, { r: number; date: LDate | null; label?: string }>();
  // A year over a group of sessions (2020年 merged over 第1期 … 第4期): the year of their days.
  const yearOver = (r: number, c: number): number | undefined => {
    for (let above = r - 1; above >= top; above--) {
      const m = mergeAt(sheet.merges, above, c);
      const y = /^((?:19|20)\d{2})\s*年?(?:度)?$/.exec(cellText(sheet.rows[m?.top ?? above]?.[m?.left ?? c] ?? null).trim());
      if (y) return Number(y[1]);
    }
    return undefined;
  };
  for (let r = top; r <= last; r++)
    (sheet.rows[r] ?? []).forEach((v, c) => {
      if (people.has(c) || found.has(c)) return;
      const day = headerDay(v, yearOver(r, c));
      if (day) found.set(c, { r, ...day });
    });
  // (Days without their year under numbered sessions, 第1期 over "9.17": the sessions by number, each dated later
  // by the register of sessions the workbook keeps, 第1期 | 2020-09-17.)
  if (found.size < 2) {
    for (let r = top + 1; r <= last; r++)
      (sheet.rows[r] ?? []).forEach((v, c) => {
        const label = cellText(sheet.rows[r - 1]?.[c] ?? null).trim();
        if (people.has(c) || found.has(c) || !NUMBERED_SESSION.test(label) || !YEARLESS_DAY.test(cellText(v ?? null).trim())) return;
        found.set(c, { r, date: null, label });
      });
    if (found.size < 3) return undefined;
  }
  let firstRow = Math.max(...[...found.values()].map((s) => s.r)) + 1;
  // (A register of the hours each trainee took in each session, "格内数字为该期取得的学时": a number is a session sat.)
  const hours = sheet.rows.slice(0, top + 1).some((row) => (row ?? []).some((v) => HOURS_NOTE.test(cellText(v ?? null))));
  const mark = (t: string) => TICK.test(t) || ABSENT.test(t) || (hours && HOURS.test(t));
  // (…its sessions' topics on a line under their days, no trainee named on it: the header's too.)
  while (
    firstRow < sheet.rows.length &&
    [...people].every((c) => cellText(sheet.rows[firstRow]?.[c] ?? null).trim() === "") &&
    [...found.keys()].filter((c) => {
      const t = compact(cellText(sheet.rows[firstRow]?.[c] ?? null));
      return t !== "" && !mark(t);
    }).length >= 2
  )
    firstRow++;
  // Under the sessions, ticks and absences: not a list whose rows carry dates of their own.
  let marks = 0;
  let other = 0;
  for (let r = firstRow; r < Math.min(sheet.rows.length, firstRow + SAMPLE_ROWS); r++) {
    // (A count under each session, 实到人数 | 26 | 26, is the register's total line.)
    if ((sheet.rows[r] ?? []).some((v) => typeof v === "string" && (isTotalText(v) || /^(?:实到|应到|到课|参训)人[数次]/.test(compact(v))))) continue;
    for (const c of found.keys()) {
      const t = compact(cellText(sheet.rows[r]?.[c] ?? null));
      if (t === "") continue;
      if (mark(t)) marks++;
      else other++;
    }
  }
  if (marks < 2 || marks < 4 * other) return undefined;
  // A session named above its day (第一期 over 2020.10.15): the name from the row above.
  const sessions = [...found].map(([col, s]): Session => {
    const above = s.label ?? cellText(sheet.rows[s.r - 1]?.[col] ?? null);
    return /期|班|场|次/.test(above) ? { col, date: s.date, label: above } : { col, date: s.date };
  });
  return { sessions: sessions.sort((a, b) => a.col - b.col), firstRow, ...(hours ? { hours } : {}) };
}

/** Whether a trainee's cell under a session says they came: a tick, or the hours they took where the register notes hours. */
export function sat(grid: AttendanceGrid, text: string): boolean {
  return TICK.test(text) || (grid.hours === true && HOURS.test(text) && Number(text) > 0);
}

/** The sheet's attendance grid, worked out once per recognition; undefined for any other list. */
export const attendanceGrid = oncePerRecognition(find);
