/**
 * A workbook kept one sheet per training session (第一期 … 第四期, each its trainees) often has a
 * 汇总 sheet too: one row per session with its 人次. Counting both counts every trainee twice. A
 * session sheet whose every session is matched by as many trainees, on the same day, in the other
 * training sheets is their summary: it is set aside (its recognition says none) and the clerk is told.
 */
import type { Diagnostics } from "../core/diagnostics";
import { formatDate } from "../scoring/dates";
import { Q } from "../scoring/rational";
import type { Recognition } from "./recognize";
import type { Ledgers, TrainingRecord } from "./records";

const isPerson = (t: TrainingRecord) => t.name !== undefined || t.id !== null;

export function setAsideTrainingSummaries(ledgers: Ledgers, recognitions: Recognition[], diags: Diagnostics): void {
  const sheets = ledgers.sheetsByKind.training;
  if (sheets.length < 2) return;
  const bySheet = new Map<string, TrainingRecord[]>();
  for (const t of ledgers.training) {
    const list = bySheet.get(t.source.sheet);
    if (list) list.push(t);
    else bySheet.set(t.source.sheet, [t]);
  }
  for (const sheet of [...sheets]) {
    const sessions = bySheet.get(sheet) ?? [];
    if (sessions.length < 2 || sessions.some(isPerson) || sessions.some((s) => s.date === null)) continue;
    const listed = new Map<string, number>();
    for (const [other, records] of bySheet)
      if (other !== sheet) for (const t of records) if (isPerson(t) && t.date) listed.set(formatDate(t.date), (listed.get(formatDate(t.date)) ?? 0) + 1);
    const summary = sessions.every((s) => s.date !== null && s.personTimes.eq(Q.of(listed.get(formatDate(s.date)) ?? 0)));
    if (!summary) continue;
    ledgers.training = ledgers.training.filter((t) => t.source.sheet !== sheet);
    ledgers.sheetsByKind.training = ledgers.sheetsByKind.training.filter((s) => s !== sheet);
    const rec = recognitions.find((r) => r.sheet === sheet);
    if (rec) rec.kind = null;
    diags.info(`工作表“${sheet}”是各期培训名单的汇总（每期人次与名单人数相同），未重复计入`, sheet, "A1");
  }
}
