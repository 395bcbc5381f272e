/**
 * A task tracker updated quarter by quarter: 进展情况（截至2021年3月31日）| 进展情况（截至2021年6月30日）|
 * 进展情况（截至2021年8月31日）, a later column saying 同上期 when nothing changed. A reviewer reads
 * the column at the cut-off, 同上期 as the column before it; so does the reader: that column keeps
 * its cells (同上期 replaced by what it repeats), the earlier ones are left out — except what an
 * earlier one says was done, with its figure, and no later one speaks of again ("省级专项资金500万元已全额
 * 下达" in March, only 累计拨付 after): that still stands. So is a self-assessment tracked at time points, a
 * column each (2020年12月底（预评） | 2021年8月31日（正式自评） | 2021年9月15日（更新，仅供参考）): the one at the cut-off.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { onOrBefore, type LDate } from "../../scoring/dates";
import { findDateInText } from "../normalize/date";
import { cellText } from "../normalize/text";
import { statedCutOff } from "./month-columns";

const PROGRESS = /进展|进度|完成情况|落实情况/;
/** A self-assessment tracked at time points, a column each: 2020年12月底（预评） | 2021年8月31日（正式自评） | 2021年9月15日（更新）. */
const TIME_POINT = /^(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:底|末)?[（(][^（()）]*(?:评|自评|评估|考评|更新|填报)[^（()）]*[)）]$/;
const SAME = /^(?:同上期?|同前|同上一期|无变化)$/;
/** "同上期；2021年1-7月农村网络零售额12.36亿元": the column before, and what is new. */
const SAME_AND = /^\s*(?:同上期?|同前|同上一期)\s*[；;，,。]\s*(.+)$/;

const byDay = (a: LDate, b: LDate) => a.y - b.y || a.m - b.m || (a.d ?? 0) - (b.d ?? 0);

/** A task's state in a tracker: 已完成, 推进中, 滞后. */
const TASK_STATE = /^(?:已完成|完成|推进中|正在推进|进行中|滞后|进度滞后|未完成|正常推进|按计划推进|超额完成)$/;
/** A column the clerk marks as the one the evaluation takes: 截至8月31日（考评取数）. */
const MARKED_COLUMN = /考评取数|考评口径|考评数据|考评截止/;
/** A period's column of a tracker filled week by week or month by month: 第31周（8.2—8.6）, 8月, 截至…. */
const PERIOD_COLUMN = /^(?:第\s*\d+\s*周|\d{1,2}\s*月|(?:截至|截止)|\d{1,2}[.．]\d{1,2}\s*[—\-－~～至])/;

/**
 * A tracker filled period by period (第31周 | 第32周 | … | 截至8月31日（考评取数） | 第36周), the clerk marking
 * the column the evaluation takes: that column is the progress, the others (earlier or later) are left out.
 */
function withMarkedColumn(sheet: Sheet): Sheet | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, 15); h++) {
    const heads = (sheet.rows[h] ?? []).map((v) => cellText(v ?? null).replace(/\s+/g, ""));
    const marked = heads.findIndex((t) => PERIOD_COLUMN.test(t) && MARKED_COLUMN.test(t));
    if (marked < 0) continue;
    const periods = heads.flatMap((t, c) => (c !== marked && PERIOD_COLUMN.test(t) ? [c] : []));
    if (periods.length < 2) continue;
    // (A column of each task's state against its target, 已完成 / 推进中 / 滞后, says nothing of the facts the
    // marked column states: "推进中" beside "产业园已建成，在园企业19家" is the twenty firms not yet there.)
    const below = sheet.rows.slice(h + 1);
    const states = heads.flatMap((_, c) => {
      const said = below.map((row) => cellText(row?.[c] ?? null).trim()).filter(Boolean);
      return c !== marked && said.length >= 3 && said.every((t) => TASK_STATE.test(t)) ? [c] : [];
    });
    const drop = new Set([...periods, ...states]);
    return { ...sheet, rows: sheet.rows.map((row, r) => (r < h ? row : row.map((v, c) => (r === h && c === marked ? "进展情况" : drop.has(c) ? null : v)))) };
  }
  return undefined;
}

/** The sheet read at its cut-off's progress column; the same sheet when it has no dated progress columns. */
export function withLatestProgress(given: Sheet): Sheet {
  const marked = withMarkedColumn(given);
  if (marked) return marked;
  const sheet = given;
  for (let h = 0; h < Math.min(sheet.rows.length, 15); h++) {
    const dated = (sheet.rows[h] ?? []).flatMap((v, c) => {
      const t = cellText(v ?? null);
      const d = PROGRESS.test(t) || TIME_POINT.test(t.replace(/\s+/g, "")) ? findDateInText(t) : undefined;
      return d ? [{ c, d }] : [];
    });
    if (dated.length < 2) continue;
    dated.sort((a, b) => byDay(a.d, b.d));
    const cutOff = statedCutOff(sheet, h);
    const upTo = cutOff ? dated.filter((x) => onOrBefore(x.d, cutOff)) : dated;
    const keep = upTo[upTo.length - 1];
    if (!keep) return sheet;
    const order = dated.slice(0, dated.indexOf(keep) + 1).map((x) => x.c);
    const drop = new Set(dated.map((x) => x.c).filter((c) => c !== keep.c));
    const rows: CellValue[][] = sheet.rows.map((row, r) => {
      // The kept column heads as what it holds: the progress at the cut-off.
      if (r === h) return row.map((v, c) => (c === keep.c ? "进展情况" : drop.has(c) ? null : v));
      if (r < h) return row;
      const out = [...row];
      // 同上期: what the column before says, or the one before that; "同上期；入驻企业16家" adds to it.
      let at = order.length - 1;
      const added: string[] = [];
      for (;;) {
        const t = cellText(out[order[at]] ?? null);
        const m = SAME_AND.exec(t);
        if (at === 0 || (!SAME.test(t.replace(/\s+/g, "")) && !m)) break;
        if (m) added.unshift(m[1]);
        at--;
      }
      const standing = standingBefore(row, order.slice(0, at), order.slice(at));
      if (at !== order.length - 1 || standing.length > 0) out[keep.c] = [cellText(row[order[at]] ?? null), ...added, ...standing].filter(Boolean).join("；") || null;
      for (const c of drop) if (c < out.length) out[c] = null;
      return out;
    });
    return { ...sheet, rows };
  }
  return sheet;
}

/**
 * What earlier columns of a row say was done, with a figure, of a subject the later ones never name
 * again: "省级专项资金500万元已全额下达" (March) beside "累计拨付302.8万元" (June) and "累计拨付396.47万元"
 * (August). A state that changes ("覆盖率92.1%", "累计拨付186.5万元") is no such event, and a subject
 * named again later ("已培训1,530人" then "已培训2,106人") was updated there.
 */
function standingBefore(row: CellValue[], earlier: number[], later: number[]): string[] {
  const laterText = later.map((c) => cellText(row[c] ?? null)).join("；");
  return earlier.flatMap((c) =>
    cellText(row[c] ?? null)
      .split(/[，,；;。]/)
      .map((clause) => clause.trim())
      .filter((clause) => {
        const digit = clause.search(/\d/);
        if (digit < 0 || !/已/.test(clause.slice(digit))) return false;
        const subject = clause.slice(0, digit).replace(/[^\u4e00-\u9fff]/g, "");
        return subject.length >= 2 && !laterText.includes(subject);
      }),
  );
}
