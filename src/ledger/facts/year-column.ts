/**
 * A form borrowed from another programme with the year of each figure in a column of its own (数据年份):
 * "农产品网络零售额 | 万元 | 2019 | 9,860" and the same line again for 2020. A reviewer reads each line with
 * its year ("2019年农产品网络零售额"); so does the reader, for the lines the form gives for more than one
 * year (a line given once is read as it is: its year says only when it was counted).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

const YEAR_HEADER = /^(?:数据|统计|填报)?(?:年份|年度)$/;
const LABEL_HEADER = /^(?:指标名称|指标|项目|项目名称|事项|内容|名称)$/;
const YEAR = /^((?:19|20)\d{2})\s*年?度?$/;
const HEAD_ROWS = 10;

const key = (v: CellValue | undefined) => spacelessText(v ?? null);

export function withYearColumn(sheet: Sheet): Sheet {
  for (let r = 0; r < Math.min(sheet.rows.length, HEAD_ROWS); r++) {
    const header = (sheet.rows[r] ?? []).map(key);
    const y = header.findIndex((t) => YEAR_HEADER.test(t));
    const l = header.findIndex((t, c) => c < y && LABEL_HEADER.test(t));
    if (y < 0 || l < 0) continue;
    const yearOf = (i: number) => YEAR.exec(key(sheet.rows[i]?.[y]))?.[1];
    // The labels given for more than one year.
    const years = new Map<string, Set<string>>();
    sheet.rows.forEach((row, i) => {
      const year = i > r ? yearOf(i) : undefined;
      if (year) years.set(key(row[l]), (years.get(key(row[l])) ?? new Set()).add(year));
    });
    const several = (label: string) => (years.get(label)?.size ?? 0) > 1 && !/(?:19|20)\d{2}/.test(label);
    if (![...years.keys()].some(several)) return sheet;
    const rows = sheet.rows.map((row, i) => {
      const year = i > r ? yearOf(i) : undefined;
      if (!year || !several(key(row[l]))) return row;
      const out = [...row];
      out[l] = `${year}年${cellText(row[l] ?? null).trim()}`;
      return out;
    });
    return { ...sheet, rows };
  }
  return sheet;
}
