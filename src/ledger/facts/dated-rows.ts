/**
 * Running totals kept one row per date under their headers (统计时点 | 培训人次 | 累计拨付 | 项目总体进度
 * …, then 2021年5月31日 | 2021年6月30日 | 2021年8月31日（考评截止） | 2021年9月10日（迎检更新）). A
 * reviewer reads the row of the cut-off — the one marked 考评截止, else the one dated on it, else the
 * last before it — and the other dates as history or later. So does the reader: the other dated rows
 * are left blank (their places kept, so every address stays the sheet's), and the header's values are
 * looked for under it past them.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { onOrBefore, type LDate } from "../../scoring/dates";
import { findDateInText, parseDate } from "../normalize/date";
import { cellText, spacelessText } from "../normalize/text";
import { tableEnd } from "./table-end";

const DATE_HEADER = /^(?:统计时点|时点|统计日期|统计时间|数据时点|截至日期|截止日期|截至|日期|时间|月份|统计月份)$/;
/** The row the clerk marked as the one for the evaluation. */
const MARKED = /考评截止|考评口径|报送版/;
/**
 * A label that states the cut-off, its date after it in the cell or in the next one ("考评截止日期 |
 * 2021年8月31日", "记账：… 考评截止：2021年8月31日").
 */
const CUT_OFF_LABEL = /(?:考评|评价|考核)(?:截止|截至)(?:日期|时间)?|(?:截止|截至)(?:日期|时间)/;

function dayOf(v: CellValue | undefined): LDate | undefined {
  if (v === null || v === undefined) return undefined;
  const d = findDateInText(cellText(v));
  if (d) return d;
  const p = parseDate(v);
  return p.ok ? p.value : undefined;
}

/** The cut-off a sheet states anywhere above row `before`, in a label's own cell or the cell after it. */
export function cutOffAbove(sheet: Sheet, before: number): LDate | undefined {
  for (const row of sheet.rows.slice(0, before))
    for (let c = 0; c < (row ?? []).length; c++) {
      const t = spacelessText(row[c] ?? null);
      const label = CUT_OFF_LABEL.exec(t);
      if (!label || /填报|报送|制表|打印|更新/.test(t)) continue;
      // (The day after the label: another day before it in the cell, 记账日期 or 填表日期, is not the cut-off.)
      const d = findDateInText(t.slice(label.index + label[0].length)) ?? dayOf(row[c]) ?? dayOf(row[c + 1]);
      if (d) return d;
    }
  return undefined;
}

/** Rows this step left blank: a value under its label is looked for past them (read.ts: valueFor). */
export const LEFT_OUT = new WeakSet<CellValue[]>();
/** The header rows of such tables: their values are under them, whatever the sheet's other columns (read.ts: valueFor). */
export const DATED_HEADS = new WeakSet<CellValue[]>();

export function withRowAtCutOff(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((header, h) => {
    const filled = (header ?? []).filter((v) => cellText(v ?? null) !== "").length;
    if (filled < 3 || !DATE_HEADER.test(spacelessText(header?.[0] ?? null))) return;
    const end = tableEnd(sheet, h);
    const dated = [];
    for (let r = h + 1; r < end; r++) {
      const d = dayOf(sheet.rows[r]?.[0]);
      if (d) dated.push({ r, d, marked: MARKED.test(cellText(sheet.rows[r]?.[0] ?? null)) });
    }
    if (dated.length < 2) return;
    const cutOff = cutOffAbove(sheet, h);
    const atCutOff = dated.filter((x) => cutOff && onOrBefore(x.d, cutOff));
    const keep = dated.find((x) => x.marked) ?? atCutOff[atCutOff.length - 1];
    if (!keep) return;
    rows ??= sheet.rows.map((r) => r);
    const head = [...(header ?? [])];
    DATED_HEADS.add(head);
    rows[h] = head;
    for (const x of dated) {
      if (x.r === keep.r) continue;
      const blank: CellValue[] = [];
      LEFT_OUT.add(blank);
      rows[x.r] = blank;
    }
  });
  return rows ? { ...sheet, rows } : sheet;
}
