/**
 * A sheet that writes each figure before what it is (序号 | 数字 | 单位 | 这个数字是什么 | 口径), its
 * score tables the same way (分数 | 满分 | 评分项; 得分 | 分值 | 评价指标). A reviewer reads each line
 * from its words to its figure; so does the reader: the figure's column and the words' column are
 * swapped for the reading, and every cell read is named back where it is on the clerk's sheet.
 */
import { cellAddress, parseAddress, type CellValue, type Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";

/** A figure's or points' column, first in the line. */
const FIGURE = /^(?:数字|数值|数据|数|分数|得分|自评分|自评得分)$/;
/** What the figure is, after it. */
const WORDS = /是什么|^(?:项目|指标|评分项|评价指标|指标名称|事项|内容|含义)$/;

/** The two columns to swap ([figure, words]) when every header row of the sheet has its figure first. */
export function figuresFirst(sheet: Sheet): [number, number] | undefined {
  let pair: [number, number] | undefined;
  for (const row of sheet.rows) {
    const keys = (row ?? []).map((v) => spacelessText(v ?? null));
    const figure = keys.findIndex((k) => FIGURE.test(k));
    const words = keys.findIndex((k, c) => c > figure && WORDS.test(k));
    if (figure < 0 || words < 0) continue;
    // The figure first in its line (only a 序号 before it); a header with anything else first is not such a sheet.
    if (!keys.slice(0, figure).every((k) => k === "" || /^(?:序号|编号|行号|no\.?)$/i.test(k))) return undefined;
    if (pair && (pair[0] !== figure || pair[1] !== words)) return undefined;
    pair = [figure, words];
  }
  return pair;
}

/**
 * Where each column of the reordered sheet comes from: the words' column first, then the figure's
 * and those between (数字 | 单位 | 这个数字是什么 → 这个数字是什么 | 数字 | 单位; 分数 | 满分 | 评分项 →
 * 评分项 | 分数 | 满分), the others where they are.
 */
function order(width: number, [figure, words]: [number, number]): number[] {
  const from = Array.from({ length: width }, (_, c) => c);
  from.splice(words, 1);
  from.splice(figure, 0, words);
  return from;
}

/** The sheet read words first. */
export function wordsFirst(sheet: Sheet, pair: [number, number]): Sheet {
  const width = Math.max(pair[1] + 1, ...sheet.rows.map((r) => r?.length ?? 0));
  const from = order(width, pair);
  const rows = sheet.rows.map((row) => (row ? from.map((c) => (row[c] ?? null) as CellValue) : row));
  // (Merges across the moved columns would no longer be one area: none is kept that touches them.)
  const merges = (sheet.merges ?? []).filter((m) => m.right < pair[0] || m.left > pair[1] || (m.left <= pair[0] && m.right >= pair[1]));
  return { ...sheet, rows, merges };
}

/** A cell's address on the clerk's sheet, from its address on the reordered one. */
export function addressBack(address: string, pair: [number, number]): string {
  const at = parseAddress(address);
  if (!at) return address;
  return cellAddress(at.row, order(Math.max(at.col, pair[1]) + 1, pair)[at.col]);
}
