/**
 * A task tracker updated quarter by quarter: 进展情况（截至2021年3月31日）| 进展情况（截至2021年6月30日）|
 * 进展情况（截至2021年8月31日）, a later column saying 同上期 when nothing changed. A reviewer reads
 * the column at the cut-off, 同上期 as the column before it; so does the reader: that column keeps
 * its cells (同上期 replaced by what it repeats), the earlier ones are left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { onOrBefore, type LDate } from "../../scoring/dates";
import { findDateInText } from "../normalize/date";
import { cellText } from "../normalize/text";
import { statedCutOff } from "./month-columns";

const PROGRESS = /进展|进度|完成情况|落实情况/;
const SAME = /^(?:同上期?|同前|同上一期|无变化)$/;
/** "同上期；2021年1-7月农村网络零售额12.36亿元": the column before, and what is new. */
const SAME_AND = /^\s*(?:同上期?|同前|同上一期)\s*[；;，,。]\s*(.+)$/;

const byDay = (a: LDate, b: LDate) => a.y - b.y || a.m - b.m || (a.d ?? 0) - (b.d ?? 0);

/** The sheet read at its cut-off's progress column; the same sheet when it has no dated progress columns. */
export function withLatestProgress(sheet: Sheet): Sheet {
  for (let h = 0; h < Math.min(sheet.rows.length, 15); h++) {
    const dated = (sheet.rows[h] ?? []).flatMap((v, c) => {
      const t = cellText(v ?? null);
      const d = PROGRESS.test(t) ? findDateInText(t) : undefined;
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
      if (at !== order.length - 1) out[keep.c] = [cellText(row[order[at]] ?? null), ...added].filter(Boolean).join("；") || null;
      for (const c of drop) if (c < out.length) out[c] = null;
      return out;
    });
    return { ...sheet, rows };
  }
  return sheet;
}
