/**
 * A list of the poor trainees naming the sessions each came to by number (平远's 参训期次 "第2期、第9期、
 * 第11期"), no day of its own, beside a register of the sessions (期次 | 培训时间: 第2期 2020.8.20). A
 * reviewer dates each trainee by the sessions named — a trainee counts by the cut-off when one of them was
 * held by then; so does the reader: each undated record naming sessions takes its earliest session's day.
 */
import type { Diagnostics } from "../core/diagnostics";
import type { WorkbookGrids } from "../core/grid";
import { before, formatDate, type LDate } from "../scoring/dates";
import { cellText } from "./normalize/text";
import type { TrainingRecord } from "./records";

const SESSION = /^第\s*(\d{1,3})\s*期$/;
const NAMED = /第\s*(\d{1,3})\s*期/g;

const sessionsNamed = (topic: string | undefined) => [...(topic ?? "").matchAll(NAMED)].map((m) => Number(m[1]));

export function datedBySessionNumber(grids: WorkbookGrids, training: TrainingRecord[], diags: Diagnostics): void {
  const undated = training.filter((t) => t.date === null && sessionsNamed(t.topic).length > 0);
  if (undated.length === 0) return;
  // Each session's day, from the dated records whose row is headed by its number (第2期 | 2020.8.20 | …),
  // looked for until every session named is found.
  const wanted = new Set(undated.flatMap((t) => sessionsNamed(t.topic)));
  const sheets = new Map(grids.sheets.map((s) => [s.name, s]));
  const days = new Map<number, LDate>();
  for (const t of training) {
    if (days.size === wanted.size) break;
    if (t.date === null) continue;
    const row = sheets.get(t.source.sheet)?.rows[t.source.row - 1] ?? [];
    const numbered = row.map((v) => SESSION.exec(cellText(v ?? null).trim())).find((m) => m !== null);
    const n = numbered ? Number(numbered[1]) : undefined;
    if (n !== undefined && wanted.has(n) && !days.has(n)) days.set(n, t.date);
  }
  if (days.size === 0) return;
  let dated = 0;
  for (const t of undated) {
    const held = sessionsNamed(t.topic)
      .map((n) => days.get(n))
      .filter((d): d is LDate => d !== undefined);
    if (held.length === 0) continue;
    t.date = held.reduce((a, b) => (before(b, a) ? b : a));
    dated++;
  }
  if (dated > 0) {
    const first = undated.find((t) => t.date !== null) as TrainingRecord;
    diags.info(
      `工作表“${first.source.sheet}”的 ${dated} 条记录没有培训日期，按其所列期次在培训台账中的日期计（最早一期，如第 ${first.source.row} 行计为 ${formatDate(first.date as LDate)}）`,
      first.source.sheet,
      `${first.source.row}:${first.source.row}`,
    );
  }
}
