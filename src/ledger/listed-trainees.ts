/**
 * A sessions' register naming the poor trainees of each session in one cell (蕉岭: 参训人次 | 其中建档立卡贫困户
 * | 贫困户学员（姓名 身份证号）: "欧文振 441427199909046226；李妹亮 …"). A reviewer counts the session's 人次 from
 * its count and each named trainee as one who came that day; so does the reader: each ID named is a trainee
 * of the session's day, adding no 人次 (they are among the count), and the session's own record has no ID.
 */
import { Q } from "../scoring/rational";
import type { Sheet } from "../core/grid";
import { cellText } from "./normalize/text";
import { parseIdNumber } from "./normalize/idnumber";
import type { Recognition } from "./recognize";
import type { TrainingRecord } from "./records";

/** A name and its ID as listed: "欧文振 441427199909046226" (an x at its end in either case). */
const NAMED_ID = /([\u4e00-\u9fff·]{2,5})\s*[:：]?\s*(\d{17}[\dXx])/g;

/** The trainees a session's cell names with their IDs (none for a cell holding one ID alone, or none). */
export function namedTrainees(said: string): RegExpMatchArray[] {
  return [...said.matchAll(NAMED_ID)];
}

/**
 * The trainees the register's rows name, each a record of its session's day (the sessions' own records
 * take no ID from such a cell: read-kinds' readTraining asks namedTrainees before reading one).
 */
export function listedTrainees(sheet: Sheet, rec: Recognition, sessions: readonly TrainingRecord[]): TrainingRecord[] {
  const col = rec.columns.id;
  if (col === undefined || !("personTimes" in rec.columns)) return [];
  const out: TrainingRecord[] = [];
  for (const s of sessions) {
    for (const m of namedTrainees(cellText(sheet.rows[s.source.row - 1]?.[col] ?? null))) {
      const p = parseIdNumber(m[2]);
      if (!p.ok) continue;
      out.push({ source: s.source, name: m[1], id: p.id, date: s.date, ...(s.topic !== undefined ? { topic: s.topic } : {}), poor: true, personTimes: Q.ZERO });
    }
  }
  return out;
}
