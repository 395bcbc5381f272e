/**
 * A year's figure and the next written as an arrow under a retail line (郁南's checklist: 网零增速≥30% |
 * "农村：2019年8.62亿元→2020年10.95亿元（+27.0%）", the next line "农产品：…"): what each arrow says is
 * the subject's retail sales in both years and the growth between them (or, with no subject of its own,
 * 农村网零 | 19年14.6亿 → 20年19.2亿（+31.5%）, its line's). A reviewer reads it so; the
 * reader writes each arrow out in its own cell as those three figures by name ("2020年农村网络零售额：
 * 10.95亿元；2019年农村网络零售额：8.62亿元；2020年农村网络零售额同比增速：27.0%"), read pair by pair
 * wherever the cell stands, the cell staying the evidence. An arrow under any other line is left as written.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const ARROW =
  /^\s*(?:([\u4e00-\u9fff]{1,10})\s*[:：])?\s*((?:19|20)?\d{2})\s*年\s*([\d.,]+)\s*(亿元|万元|元|亿|万)\s*(?:→|->|—>|=>|⇒)\s*((?:19|20)?\d{2})\s*年\s*([\d.,]+)\s*(亿元|万元|元|亿|万)\s*(?:[（(]\s*([+＋\-－−]?)\s*([\d.]+)\s*[%％]\s*[)）])?\s*$/;
/** A year in two digits (19年, on a pocket card) as the year it is. */
const fullYear = (y: string) => (y.length === 2 ? `20${y}` : y);
/** 亿 / 万 written without 元. */
const yuan = (u: string) => (u.endsWith("元") ? u : `${u}元`);
/** The retail line the arrows are under: 网零增速, 网络零售额, 网销额. */
const RETAIL = /网零|网络零售|网销额|零售额/;

/** The label of the arrow's line: the text left of it on its row, else on the nearest row above that has one. */
function lineLabel(sheet: Sheet, r: number, c: number): string {
  for (let up = r; up >= Math.max(0, r - 3); up--) {
    const row = sheet.rows[up] ?? [];
    for (let k = c - 1; k >= 0; k--) {
      const t = cellText(row[k] ?? null).trim();
      if (/[\u4e00-\u9fff]{2,}/.test(t)) return t;
    }
  }
  return "";
}

export function withYearArrowsWritten(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const m = typeof v === "string" ? ARROW.exec(v) : null;
      // (Its own subject may name the retail itself: 农村网络零售额：2019年38.6亿元 → 2020年51.2亿元.)
      const label = m && !RETAIL.test(m[1] ?? "") ? lineLabel(sheet, r, c) : (m?.[1] ?? "");
      if (!m || !RETAIL.test(label)) return;
      const [, own, year1, a, unit1, year2, b, unit2, sign, g] = m;
      const [y1, y2, u1, u2] = [fullYear(year1), fullYear(year2), yuan(unit1), yuan(unit2)];
      // (An arrow with no subject of its own, 农村网零 | 19年14.6亿 → 20年19.2亿, is its line's.)
      const subject = own ?? label;
      const noun = /零售|网零|网销/.test(subject) ? subject : `${subject}网络零售额`;
      const growth = g === undefined ? "" : `；${y2}年${noun}同比增速：${/[-－−]/.test(sign ?? "") ? "-" : ""}${g}%`;
      rows ??= [...sheet.rows];
      rows[r] = [...rows[r]];
      rows[r][c] = `${y2}年${noun}：${b}${u2}；${y1}年${noun}：${a}${u1}${growth}`;
    }),
  );
  return rows ? { ...sheet, rows } : sheet;
}
