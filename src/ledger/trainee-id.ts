/**
 * A trainee's ID number written on a list that is no table — a WeChat 接龙 line, a seat in a seat
 * register: the number when it reads, else null, said once per kind of list (a trainee without one
 * still counts one 人次, but cannot be matched against the poor roster).
 */
import type { Diagnostics } from "../core/diagnostics";
import { parseIdNumber } from "./normalize/idnumber";
import type { TrainingRecord } from "./records";

export interface WrittenOn {
  /** The entry as a message names it: 接龙第 3 条“…”, 座位“…”. */
  entry: string;
  /** The list as a merged message names it: 接龙中, 座位表中. */
  list: string;
  /** The entry's own text (merged messages quote a few). */
  text: string;
  sheet: string;
  cell: string;
}

export function traineeId(raw: string | undefined, on: WrittenOn, diags: Diagnostics): TrainingRecord["id"] {
  if (raw === undefined) {
    diags.repeated(
      "info",
      `${on.entry}没有身份证号，按 1 人次计入，不能与名单比对`,
      `${on.list}没有身份证号的，按 1 人次计入，不能与名单比对`,
      on.text,
      on.sheet,
      on.cell,
    );
    return null;
  }
  const p = parseIdNumber(raw);
  if (p.ok) return p.id;
  diags.repeated("warning", `身份证号：${p.reason}，该人无法与名单匹配`, `${on.list}的身份证号无法识别，该人无法与名单匹配`, raw, on.sheet, on.cell);
  return null;
}
