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
  /** The last row read as this session's. */
  last: number;
  /** The session's day and 期次, once its first row has been read (undefined before, or when that row was no trainee). */
  date?: LDate | null;
  topic?: string;
}

const open = new WeakMap<Recognition, Session>();

/**
 * This row's place in the list (rows are read in order): the session it continues, or undefined —
 * and when the row names a 期次 of its own, the new session it opens is returned as `opens`.
 */
export function sessionOfRow(x: RowCtx): { continues?: Session; opens?: Session } {
  const topic = x.textOf("topic");
  if (topic !== "") {
    const opens: Session = { first: x.r, last: x.r };
    open.set(x.rec, opens);
    return { opens };
  }
  const s = open.get(x.rec);
  if (s === undefined) return {};
  if (s.last !== x.r - 1 || x.textOf("date") !== "") {
    open.delete(x.rec);
    return {};
  }
  s.last = x.r;
  return { continues: s };
}
