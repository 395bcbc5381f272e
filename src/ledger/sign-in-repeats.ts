/**
 * A sign-in read twice: the same card swiped again a moment later (刷卡两次), the same ID number
 * on the next row of the same day. A reviewer counts the trainee once; so does the reader, saying
 * so once for the sheet. Only the row right after: a person signed in twice on one day apart
 * from that (morning and afternoon) is left as the sheet says.
 */
import type { Diagnostics } from "../core/diagnostics";
import type { Sheet } from "../core/grid";
import { Q } from "../scoring/rational";
import type { TrainingRecord } from "./records";

const sameDay = (a: TrainingRecord, b: TrainingRecord) =>
  !!a.date && !!b.date && a.date.y === b.date.y && a.date.m === b.date.m && a.date.d !== undefined && a.date.d === b.date.d;

/** A note saying one person's several sign-ins on a day are one: "同一人同一天是同一期培训，只计1人次". */
const ONCE_A_DAY = /同一人同一天[^。]{0,20}?(?:只计|计|算|按)\s*(?:1|一)\s*人次/;

/** An online meeting's export's column of when each joined. */
const JOINED_MEETING = /^(?:入会时间|首次入会时间|加入会议时间)$/;

/** Drops each record repeating the one before it from `from` on, in place; returns how many went. */
// (…or any earlier one of the same person and day, where the sheet's note says a day's sign-ins are one: a
// check terminal's morning swipe and afternoon recheck.)
export function withoutRepeatedSwipes(sheet: Sheet, training: TrainingRecord[], from: number, diags: Diagnostics): number {
  const dropped: TrainingRecord[] = [];
  let kept = from;
  // (…or an online meeting's export, 入会时间 | 退会时间: one who dropped out and joined again is listed twice.)
  const onceADay = sheet.rows.slice(0, 10).some((row) => row.some((v) => typeof v === "string" && (ONCE_A_DAY.test(v) || JOINED_MEETING.test(v.trim()))));
  const seen = new Set<string>();
  // (…by the name where no ID was given, 未填写: the same person joining again all the same.)
  const who = (t: TrainingRecord) => (t.id ? (t.id.masked ? undefined : t.id.text) : t.name ? `name:${t.name}` : undefined);
  const dayKey = (t: TrainingRecord) => (who(t) !== undefined && t.date?.d !== undefined ? `${who(t)}|${t.date.y}-${t.date.m}-${t.date.d}` : undefined);
  for (let i = from; i < training.length; i++) {
    const t = training[i];
    const prev = kept > from ? training[kept - 1] : undefined;
    const key = onceADay && t.personTimes === Q.ONE ? dayKey(t) : undefined;
    if (
      (key !== undefined && seen.has(key)) ||
      (prev && t.id && prev.id && !t.id.masked && t.id.text === prev.id.text && t.personTimes === Q.ONE && prev.personTimes === Q.ONE && sameDay(t, prev))
    ) {
      dropped.push(t);
      continue;
    }
    if (key !== undefined) seen.add(key);
    training[kept++] = t;
  }
  if (dropped.length === 0) return 0;
  training.length = kept;
  const rows = dropped.slice(0, 3).map((t) => `第 ${t.source.row} 行`);
  diags.info(
    `${dropped.length} 行与上一行是同一人同一天的签到（同一身份证号连续出现，如${rows.join("、")}），按一人次计`,
    sheet.name,
    `${dropped[0].source.row}:${dropped[0].source.row}`,
  );
  return dropped.length;
}
