/**
 * A form filled in jointly by the offices of the leading group, a column each (序号 | 填报项目 | 计量单位 | 说明 |
 * 县商务局 | 县财政局 | 县农业农村局 | 县乡村振兴局 | 县统计局), every line answered in the one office's column that
 * keeps the figure, "／" in the others. A reviewer reads each line's one answer, wherever it stands; so does the
 * reader: the sheet laid out with each line's answer in one 填报内容 column, every cell named back to where it is.
 * (Offices' figures beside the one adopted, 县商务局 | 县统计局 | 最终采用, are the adopted column's: ./read.)
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import type { LaidOut } from "./read";

const HEADER_SCAN = 10;
const OFFICE = /^[县市区][\u4e00-\u9fff]{1,10}(?:局|办|委|中心|分公司)$/;
/** A column saying which figure was adopted: the offices' columns are then versions of it. */
const ADOPTED = /采用|审定|核定|最终|确认/;
const NONE = /^(?:|[—–\-－/／\\＼]+|无需填报|不填)$/;

/** The joint form laid out with one answer column; undefined for any other sheet. */
export function officeColumnsLaidOut(sheet: Sheet): LaidOut | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, HEADER_SCAN); h++) {
    const texts = (sheet.rows[h] ?? []).map((v) => cellText(v ?? null).replace(/\s+/g, ""));
    const offices = texts.flatMap((t, c) => (OFFICE.test(t) ? [c] : []));
    if (offices.length < 3 || texts.some((t) => ADOPTED.test(t))) continue;
    // Every line answered in one office's column at most (a line in two is another kind of table).
    const answered = sheet.rows.slice(h + 1).map((row) => offices.filter((c) => !NONE.test(cellText(row?.[c] ?? null).trim())));
    if (answered.some((cols) => cols.length > 1) || answered.filter((cols) => cols.length === 1).length < 3) return undefined;
    const [first] = offices;
    const from = new Map<number, number>();
    const rows: CellValue[][] = sheet.rows.map((row, r) => {
      if (r < h) return row;
      if (r === h) return row.map((v, c) => (c === first ? "填报内容" : offices.includes(c) ? null : v));
      const own = answered[r - h - 1][0];
      if (own !== undefined) from.set(r, own);
      return row.map((v, c) => (c === first ? (own === undefined ? null : (row[own] ?? null)) : offices.includes(c) ? null : v));
    });
    return { sheet: { ...sheet, rows }, cellOf: (r, c) => ({ r, c: c === first ? (from.get(r) ?? c) : c }) };
  }
  return undefined;
}
