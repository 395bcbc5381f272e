/**
 * A workbook kept one sheet per training session (第一期 … 第四期, each its trainees) often has a
 * 汇总 sheet too: one row per session with its 人次. Counting both counts every trainee twice. A
 * session sheet whose every session is matched by as many trainees, on the same day, in the other
 * training sheets is their summary: it is set aside (its recognition says none) and the clerk is told.
 * So is a table by month whose every month's 人次 another training sheet holds in that month. A
 * sign-in list that says its people are counted elsewhere keeps its people but adds no 人次.
 */
import type { Diagnostics } from "../core/diagnostics";
import { formatDate } from "../scoring/dates";
import { Q } from "../scoring/rational";
import type { Recognition } from "./recognize";
import type { Ledgers, TrainingRecord } from "./records";
import { cellAddress, type Sheet } from "../core/grid";
import { cellText } from "./normalize/text";

const isPerson = (t: TrainingRecord) => (t.name !== undefined && t.name !== null) || t.id !== null;

/**
 * Whether any training sheet may be a summary: two records or more, none of them a person. Most
 * workbooks have none, and are told so without their 300,000 records sorted into lists by sheet.
 */
function anySummaryCandidate(sheets: readonly string[], training: readonly TrainingRecord[]): boolean {
  const withPeople = new Set<string>();
  const sessions = new Map<string, number>();
  for (const t of training) {
    const sheet = t.source.sheet;
    if (withPeople.has(sheet)) continue;
    if (isPerson(t)) withPeople.add(sheet);
    else sessions.set(sheet, (sessions.get(sheet) ?? 0) + 1);
  }
  return sheets.some((s) => !withPeople.has(s) && (sessions.get(s) ?? 0) >= 2);
}

export function setAsideTrainingSummaries(ledgers: Ledgers, recognitions: Recognition[], diags: Diagnostics): void {
  const sheets = ledgers.sheetsByKind.training;
  if (sheets.length < 2 || !anySummaryCandidate(sheets, ledgers.training)) return;
  const bySheet = new Map<string, TrainingRecord[]>();
  for (const t of ledgers.training) {
    const list = bySheet.get(t.source.sheet);
    if (list) list.push(t);
    else bySheet.set(t.source.sheet, [t]);
  }
  for (const sheet of [...sheets]) {
    const sessions = bySheet.get(sheet) ?? [];
    if (sessions.length < 2 || sessions.some(isPerson)) continue;
    const byMonth = sumsMonths(sheet, sessions, bySheet);
    if (byMonth === undefined && !sumsPeople(sheet, sessions, bySheet)) continue;
    ledgers.training = ledgers.training.filter((t) => t.source.sheet !== sheet);
    ledgers.sheetsByKind.training = ledgers.sheetsByKind.training.filter((s) => s !== sheet);
    const rec = recognitions.find((r) => r.sheet === sheet);
    if (rec) rec.kind = null;
    diags.forgetSheet(sheet);
    diags.info(
      byMonth
        ? `工作表“${sheet}”是“${byMonth}”的按月汇总（每月人次与该表相同），未重复计入`
        : `工作表“${sheet}”是各期培训名单的汇总（每期人次与名单人数相同），未重复计入`,
      sheet,
      "A1",
    );
  }
}

/** Every session's 人次 is as many trainees on its day in the other sheets. */
function sumsPeople(sheet: string, sessions: TrainingRecord[], bySheet: Map<string, TrainingRecord[]>): boolean {
  const listed = new Map<string, number>();
  for (const [other, records] of bySheet)
    if (other !== sheet) for (const t of records) if (isPerson(t) && t.date) listed.set(formatDate(t.date), (listed.get(formatDate(t.date)) ?? 0) + 1);
  return sessions.every((s) => s.date !== null && s.personTimes.eq(Q.of(listed.get(formatDate(s.date)) ?? 0)));
}

/**
 * A table by month (月份 | 当月培训人次, a report's chart data) whose every month's 人次 is what another
 * training sheet holds in that month: a summary of that sheet (its name), whatever else it lists undated.
 */
function sumsMonths(sheet: string, sessions: TrainingRecord[], bySheet: Map<string, TrainingRecord[]>): string | undefined {
  const months = sessions.filter((s) => s.date !== null && s.date.d === undefined);
  if (months.length < 2 || sessions.some((s) => s.date !== null && s.date.d !== undefined)) return undefined;
  const monthOf = (t: TrainingRecord) => (t.date ? `${t.date.y}-${t.date.m}` : "");
  for (const [other, records] of bySheet) {
    if (other === sheet) continue;
    const total = new Map<string, Q>();
    for (const t of records) if (t.date) total.set(monthOf(t), (total.get(monthOf(t)) ?? Q.ZERO).add(isPerson(t) ? Q.ONE : t.personTimes));
    if (months.every((m) => m.personTimes.eq(total.get(monthOf(m)) ?? Q.ZERO))) return other;
  }
  return undefined;
}

/** How far up from a list's last row its notes are looked for. */
const FOOT_ROWS = 10;

/**
 * A sheet's own word that its 人次 are counted elsewhere: 已计入《…》, 不另计, 不重复统计 (not 未计入, nor "两表不重复":
 * the two sheets hold different people, each counted).
 */
const COUNTED_ELSEWHERE = /(?<!未)已计入|不再?另计|(?<!两表|两者|互|相互|彼此|之间)不重复(?:统计|计算|计入|计数)?/;

/**
 * A sign-in list whose title or note says its people are already counted in another training sheet
 * (贫困户参训名单（已计入《培训人次统计表》，不另计）): its rows still tell who was trained (the poor
 * rate), but add no 人次. Returns the cell that says so, or undefined. The sheet's records are
 * `training` from `from` on (the ledger's list itself: a copy of 300,000 is not made to read a title).
 */
export function countedElsewhere(sheet: Sheet, rec: Recognition, training: TrainingRecord[], from: number): string | undefined {
  for (const { text, r, c } of noteLines(sheet, rec)) {
    // (…not one about this sheet's own columns: "其中：建档立卡贫困户已包含在前四栏人次内，不另计"; nor one
    // saying another sheet's are counted in this one, "签到明细见附4，人次已计入本表": see countedHere.)
    // (…nor one keeping another sheet's out of this one, "专场签到见附3-2，人次不重复计入本表": both count.)
    if (!COUNTED_ELSEWHERE.test(text) || /[前上左右本各]\S{0,3}[栏列]/.test(text) || COUNTED_HERE.test(text) || KEPT_OUT_HERE.test(text)) continue;
    for (let i = from; i < training.length; i++) if (isPerson(training[i])) training[i].personTimes = Q.ZERO;
    return cellAddress(r, c);
  }
  return undefined;
}

/** A sheet's title lines and the notes at its foot (not every row of a long list), each a line of one text. */
function noteLines(sheet: Sheet, rec: Recognition): { text: string; r: number; c: number }[] {
  const top = rec.headerRow - rec.headerRows + 1;
  const foot = Math.max(rec.headerRow + 1, sheet.rows.length - FOOT_ROWS);
  const lines = [...Array(top).keys(), ...Array.from({ length: sheet.rows.length - foot }, (_, i) => foot + i)];
  return lines.flatMap((r) => {
    const cells = (sheet.rows[r] ?? []).map((v, c) => [c, cellText(v ?? null)] as const).filter(([, t]) => t !== "");
    return cells.length === 1 ? [{ text: cells[0][1], r, c: cells[0][0] }] : [];
  });
}

/** "…见附3-2，人次不重复计入本表": another sheet's 人次 left out of this one (each sheet counts its own). */
const KEPT_OUT_HERE = /(?:不重复|不|未)(?:计入|列入|统计在|含在)本表|本表(?:不含|未含|不包括)/;

/** "…签到明细见附4，人次已计入本表，不另计": the sheet it names (附4, 附件4, 《…》) has its 人次 counted here. */
const COUNTED_HERE = /(?:见|详见)\s*(附件?\s*\d+|《[^》]+》)[^。]*?已(?:计入|包含在|含在)本表/;

/**
 * A session ledger saying another training sheet's people are already counted in it (高要's 附3: "贫困户专场
 * 参训人员签到明细见附4，人次已计入本表，不另计"): that sheet keeps its people (the poor rate) but adds
 * no 人次. The other sheet may come after it, so this is done once every sheet is read.
 */
export function countedHere(sheets: readonly Sheet[], recognitions: readonly Recognition[], training: TrainingRecord[], diags: Diagnostics): void {
  const trainingSheets = recognitions.filter((r) => r.kind === "training");
  for (const rec of trainingSheets) {
    const sheet = sheets.find((s) => s.name === rec.sheet);
    if (!sheet) continue;
    for (const { text, r, c } of noteLines(sheet, rec)) {
      const ref = COUNTED_HERE.exec(text)?.[1];
      if (ref === undefined || !COUNTED_ELSEWHERE.test(text)) continue;
      const named = ref.startsWith("《") ? ref.slice(1, -1) : ref.replace(/\s+/g, "");
      const number = /^附件?(\d+)$/.exec(named)?.[1];
      const other = trainingSheets.find(
        (o) => o.sheet !== rec.sheet && (number !== undefined ? new RegExp(`^附件?\\s*${number}(?!\\d)`).test(o.sheet.trim()) : o.sheet.includes(named)),
      );
      if (!other) continue;
      let zeroed = 0;
      for (const t of training)
        if (t.source.sheet === other.sheet && isPerson(t) && !t.personTimes.isZero()) {
          t.personTimes = Q.ZERO;
          zeroed++;
        }
      if (zeroed > 0)
        diags.info(
          `工作表“${rec.sheet}”注明工作表“${other.sheet}”的人次已计入本表：“${other.sheet}”的名单只用于核对贫困人口参训，不再计入培训人次`,
          rec.sheet,
          cellAddress(r, c),
        );
    }
  }
}

/** Fewest persons that make a list of a session table's attendees (a list of one or two says too little). */
const MIN_LISTED = 3;

/**
 * The lists of named trainees (a poor trainees' list: 姓名 | 身份证号 | 参训期次 | 培训日期) whose every person was
 * trained on a day a session table in another sheet counts, never more of them on a day than the session's
 * 人次: the sessions' attendees named again, so the poor rate can be checked. A reviewer counts the 人次 once,
 * in the session table; so does ../derive: such a list keeps its persons (the poor rate) and adds no 人次.
 * (A list of sessions the table does not hold, a 脱贫户专场 on days of its own, adds its persons.)
 */
export function attendeeLists(ledgers: Ledgers): { sheet: string; table: string; persons: number }[] {
  if (ledgers.sheetsByKind.training.length < 2) return [];
  const sessionDays = new Map<string, Q>();
  const lists = new Map<string, TrainingRecord[]>();
  const withSessions = new Set<string>();
  for (const t of ledgers.training) {
    const sheet = t.source.sheet;
    if (!isPerson(t)) {
      const key = t.date ? `${sheet}|${formatDate(t.date)}` : undefined;
      if (key) sessionDays.set(key, (sessionDays.get(key) ?? Q.ZERO).add(t.personTimes));
      withSessions.add(sheet);
      continue;
    }
    const list = lists.get(sheet);
    if (list) list.push(t);
    else lists.set(sheet, [t]);
  }
  // (Lists only, two sign-in sheets and no session table: nothing named again, the lists not gone through.)
  if (withSessions.size === 0) return [];
  const tables = [...withSessions];
  const out: { sheet: string; table: string; persons: number }[] = [];
  for (const [sheet, persons] of lists) {
    if (withSessions.has(sheet) || persons.length < MIN_LISTED || persons.some((t) => t.date === null || t.personTimes !== Q.ONE)) continue;
    const perDay = new Map<string, number>();
    for (const t of persons) if (t.date) perDay.set(formatDate(t.date), (perDay.get(formatDate(t.date)) ?? 0) + 1);
    const table = tables.find((s) => [...perDay].every(([day, n]) => (sessionDays.get(`${s}|${day}`)?.cmp(Q.of(n)) ?? -1) >= 0));
    if (table) out.push({ sheet, table, persons: persons.length });
  }
  return out;
}
