/**
 * A table with the county's basic figures appended under it (化州's 倒排工期表, then "附：基本数据" over rows of
 * label | value pairs: 常住人口 | 117.63万人 | | 行政村 | 300个). A reviewer reads the pairs as the figures they
 * are; read with the table above, each pair would be a row of its columns (序号 | 考评指标 | 目标要求 …). So the
 * sheet is cut at the 附 line, each part read alone (rows keep their places, so every cell is named where it is).
 */
import type { Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { blockSheet } from "../stacked";

/** The appendix's line: 附：基本数据, 附表：…, 附件 基础数据. */
const APPENDIX_LINE = /^附(?:表|件)?\s*\d*\s*[:：、]?\s*[\u4e00-\u9fff]{2,12}[:：]?$/;
/** A label: words, no figure. */
const LABEL = /^[\u4e00-\u9fff（）()、]{2,16}$/;
/** Fewest rows of pairs that make the appendix. */
const MIN_ROWS = 2;

/** A row of label | value pairs, blank cells between them: its filled cells a label then a value, over and over. */
function pairsRow(texts: string[]): boolean {
  const cells = texts.filter((t) => t !== "");
  if (cells.length < 2 || cells.length % 2 !== 0) return false;
  for (let i = 0; i < cells.length; i += 2) if (!LABEL.test(cells[i]) || LABEL.test(cells[i + 1])) return false;
  return true;
}

export function appendixPairs(sheet: Sheet): Sheet[] | undefined {
  for (let r = 2; r < sheet.rows.length; r++) {
    const cells = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null)).filter((t) => t !== "");
    if (cells.length !== 1 || !APPENDIX_LINE.test(cells[0].replace(/\s+/g, ""))) continue;
    const below = sheet.rows.slice(r + 1).map((row) => (row ?? []).map((v) => cellText(v ?? null)));
    const filled = below.filter((texts) => texts.some((t) => t !== ""));
    if (filled.length < MIN_ROWS || !filled.every(pairsRow)) continue;
    return [blockSheet(sheet, { top: 0, bottom: r }), blockSheet(sheet, { top: r, bottom: sheet.rows.length })];
  }
  return undefined;
}
