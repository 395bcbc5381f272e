/**
 * A trainee list kept by session: the 期次 and the 培训日期 written on each session's first row only,
 * the trainees under it leaving both blank (as if the cells were merged, but they are not):
 *
 *   期次   | 培训日期        | 姓名   | 身份证号码
 *   第5期  | 2020年11月20日  | 谢鹏荣 | …
 *          |                 | 魏妹琴 | …
 *   第14期 | 2021.9.7        | 彭松亮 | …
 *
 * A row under a session, both cells blank, is that session's trainee, trained on its day. Only rows
 * that follow each other continue a session: a blank line, a 小计 or a struck-out row ends it.
 */
import type { LDate } from "../scoring/dates";
import type { Recognition } from "./recognize";
import type { RowCtx } from "./rows";

export interface Session {
  /** The session's first row (0-based), where its 期次 and day are written. */
  first: number;
  /** The last row read as this session's (-1: none open). */
  last: number;
  /** What the row just asked about is: the session's first row, or one under it. */
  row: "opens" | "continues";
  /** The session's day and 期次, once its first row has been read (undefined before, or when that row was no trainee). */
  date?: LDate | null;
  topic?: string;
}

// One state per list, changed in place: asked of every row of a 300,000-row list, it makes no object.
const sessions = new WeakMap<Recognition, Session>();

/** The session this row opens (its own 期次) or continues, or undefined: rows are read in order. */
export function sessionOfRow(x: RowCtx): Session | undefined {
  let s = sessions.get(x.rec);
  if (x.textOf("topic") !== "") {
    if (!s) sessions.set(x.rec, (s = { first: x.r, last: x.r, row: "opens" }));
    s.first = s.last = x.r;
    s.row = "opens";
    s.date = s.topic = undefined;
    return s;
  }
  if (!s || s.last < 0) return undefined;
  if (s.last !== x.r - 1 || x.textOf("date") !== "") {
    s.last = -1;
    return undefined;
  }
  s.last = x.r;
  s.row = "continues";
  return s;
}
