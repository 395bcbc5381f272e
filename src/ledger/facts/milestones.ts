/**
 * A table of milestones (封开: 工作节点 | 计划完成时间 | 实际完成时间 | 佐证): whether a thing is done is
 * whether its 实际完成时间 holds a day — "—", 未设立, "（未完成，调整至2021年10月）" or nothing say not
 * yet — and the planned day is no fact at all. A reviewer reads each line so; the reader does too:
 * the actual column answers 已完成（its day） or 未完成, and the planned column is left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { formatDate } from "../../scoring/dates";
import { parseDate, findDateInText } from "../normalize/date";
import { cellText, spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const PLANNED = /^计划(?:完成)?(?:时间|日期)$/;
const ACTUAL = /^实际(?:完成)?(?:时间|日期)$/;
/** Words saying it is not done, whatever day they mention: 未完成，调整至…, 拟…, 计划…前. */
const NOT_DONE = /未完成|未设立|未建立|未出台|未开展|调整至|推迟|拟|计划|待|尚未/;

function columnsOf(row: readonly CellValue[]): [number, number] | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const planned = keys.findIndex((k) => PLANNED.test(k));
  const actual = keys.findIndex((k) => ACTUAL.test(k));
  return planned >= 0 && actual >= 0 ? [planned, actual] : undefined;
}

/** What an actual-completion cell says: done on its day, or not done. */
function answered(v: CellValue): string {
  if (v instanceof Date) {
    const d = parseDate(v);
    return d.ok ? `已完成（${formatDate(d.value)}）` : "未完成";
  }
  const t = cellText(v ?? null).trim();
  if (t === "" || /^[—–\-－/／]+$/.test(t) || NOT_DONE.test(t)) return "未完成";
  return findDateInText(t) !== undefined || /(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}/.test(t) ? `已完成（${t}）` : t;
}

export function withMilestonesAnswered(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    (row) => columnsOf(row),
    (cells, [planned, actual]) => cells.map((v, c) => (c === planned ? null : c === actual ? answered(v) : v)),
    (row, [planned, actual]) => row.map((v, c) => (c === planned ? null : c === actual ? "完成情况" : v)),
  );
}
