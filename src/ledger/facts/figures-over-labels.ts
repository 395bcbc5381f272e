/**
 * A dashboard of value cards (东源's 数据看板): each card a figure over its label, two rows to a row of cards —
 * "41.27 | 261 | 38" over "常住人口（万人） | 行政村（个） | 省定贫困村（个）". A reviewer reads each card's label
 * with the figure above it; so does the reader: each such pair of rows is read label row first, as a row of
 * labels over a row of values is, every value named back to its own cell.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A card's figure: a number with its unit or sign (9.84亿, +18.6%, 1,163.5万, 38/38), or a day (2020.11.26). */
const FIGURE = /^[+\-－]?\d[\d,.]*(?:\s*(?:[%％]|[万亿]元?|元|人次|人|个|家|户|分))?$|^\d+\s*\/\s*\d+$|^(?:19|20)\d{2}[.\-/年]\d{1,2}(?:[.\-/月]\d{1,2}日?)?$/;
/** A card's label: words, not a figure (常住人口（万人）, 2020年农村网络零售额). */
const isLabel = (t: string) => /[\u4e00-\u9fff]{2}/.test(t) && !FIGURE.test(t);
/** Cards to a row before a pair of rows is read so. */
const MIN_CARDS = 2;
/** Rows of cards before a sheet is read so. */
const MIN_PAIRS = 2;

const filledCols = (row: readonly CellValue[] | undefined) => (row ?? []).flatMap((v, c) => (cellText(v ?? null).trim() !== "" ? [c] : []));

/** Whether row r holds only figures and the row under it a label over each, in the same columns. */
function cardsAt(sheet: Sheet, r: number): boolean {
  const top = filledCols(sheet.rows[r]);
  const under = filledCols(sheet.rows[r + 1]);
  if (top.length < MIN_CARDS || top.length !== under.length || top.some((c, i) => c !== under[i])) return false;
  return top.every((c) => FIGURE.test(cellText(sheet.rows[r]?.[c] ?? null).trim())) && under.every((c) => isLabel(cellText(sheet.rows[r + 1]?.[c] ?? null).trim()));
}

/** The sheet with each card row's labels above its figures, and where each row stood; undefined for any other sheet. */
export function figuresOverLabels(sheet: Sheet): { sheet: Sheet; rowOf: (r: number) => number } | undefined {
  const pairs: number[] = [];
  for (let r = 0; r + 1 < sheet.rows.length; r++) if (cardsAt(sheet, r)) pairs.push(r++);
  if (pairs.length < MIN_PAIRS) return undefined;
  // (Not a grid of labels each over its figure, 组织领导 | 方案制定 over 2 | 2, then 项目管理 | … over 3 | …: the first
  // figures have their labels above them, and each row of labels is under the figures before it.)
  const first = filledCols(sheet.rows[pairs[0]]);
  const above = sheet.rows[pairs[0] - 1];
  if (first.every((c) => isLabel(cellText(above?.[c] ?? null).trim()))) return undefined;
  const swapped = new Set(pairs);
  const rows = sheet.rows.map((row) => row);
  for (const r of pairs) [rows[r], rows[r + 1]] = [sheet.rows[r + 1] ?? [], sheet.rows[r] ?? []];
  const rowOf = (r: number) => (swapped.has(r) ? r + 1 : swapped.has(r - 1) ? r - 1 : r);
  // (Merges move with their rows: a card's two cells merged across move with the row they span.)
  const merges = (sheet.merges ?? []).map((m) => (m.top === m.bottom ? { ...m, top: rowOf(m.top), bottom: rowOf(m.bottom) } : m));
  return { sheet: { ...sheet, rows, merges }, rowOf };
}
