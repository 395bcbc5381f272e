/**
 * The county's points laid across a strip under a heading saying they are its 自评得分 (东源's dashboard:
 * "■ 自评得分", then the sections' names merged over their indicators, 组织领导 | 方案制定 | … | 合计, and the
 * points under each). A reviewer reads each indicator's points as the county's claim; so does the reader:
 * each name becomes the claim line a report writes ("组织领导：自评2分。") in its own cell, the figure under it
 * left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { SCORE_TABLE_LINE } from "./claim-lines";
import { HEADER_WORDS } from "./labels";

/** The strip's heading: the county's own points, not the judged items' (评判项自评). */
// (…numbered as a section of a form, "五、自评得分汇总".)
const HEADING =
  /^[■□●◆▲\s]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*(?:自评得分|自评总分|得分汇总|自评得分汇总|各项自评得分)(?:[（(].*[)）])?$/;
const POINTS = /^\d+(?:\.\d+)?$/;
/** A strip's cells that are no indicator: its total. */
const TOTAL = /^(?:合计|总计|总分|小计|自评总分)$/;
/** Names across before a row counts as a strip. */
const MIN_NAMES = 5;

export function withClaimStrips(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let h = 0; h < sheet.rows.length; h++) {
    const cells = (sheet.rows[h] ?? []).filter((v) => cellText(v ?? null).trim() !== "");
    if (cells.length !== 1 || !HEADING.test(cellText(cells[0] ?? null).trim())) continue;
    // The names' row: the last row of words before a row of points, within three rows of the heading.
    for (let r = h + 1; r < Math.min(sheet.rows.length - 1, h + 4); r++) {
      const names = sheet.rows[r] ?? [];
      const points = sheet.rows[r + 1] ?? [];
      const cols = points.flatMap((v, c) => (POINTS.test(cellText(v ?? null).trim()) ? [c] : []));
      const named = cols.filter((c) => /[\u4e00-\u9fff]/.test(cellText(names[c] ?? null)) && !TOTAL.test(cellText(names[c] ?? null).trim()));
      // (A table's header over its first line, 序号 | 评价指标 | 满分 | …, is no strip of names: its lines are read as a table.)
      if (named.length < MIN_NAMES || names.some((v) => HEADER_WORDS.test(cellText(v ?? null).trim()) || /^(?:满分|分值)$/.test(cellText(v ?? null).trim()))) continue;
      rows ??= sheet.rows.map((row) => row);
      // (Marked as the score table's line, an indicator's: 方案制定 here is the indicator, not its judged item.)
      rows[r] = names.map((v, c) => (named.includes(c) ? `${cellText(v ?? null).trim()}${SCORE_TABLE_LINE}：自评${cellText(points[c] ?? null).trim()}分。` : v));
      rows[r + 1] = points.map((v, c) => (named.includes(c) ? null : v));
      break;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
