/**
 * A self-scoring sheet whose 自评意见 says points in words against its 分值 column: "满分", "扣1分",
 * "不得分", "不涉及". A reviewer reads them as the points they stand for (满分 of 2 is 2, 扣1分 of 15
 * is 14); the reader does the same, turning the column into 自评得分 before the table is read.
 * Only a column of such words (most of its filled cells) beside a 分值 column is taken so.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, normalizeLabel } from "../normalize/text";
import { parseNumber } from "../normalize/number";

const WEIGHT = /^(?:分值|权重|标准分|满分|标准分值|分值\(分\)|权重\(分\))$/;
const OPINION = /^(?:自评意见|自评结论|评分意见|自评情况|自评结果|自评)$/;
/** A word saying points: the whole, none, some taken off, or nothing to score. */
const WORD = /^(?:得?满分|不得分|全扣|扣(\d+(?:\.\d+)?)分|不涉及|不适用)$/;

/** The points a word stands for, given the line's 分值; null where nothing is scored; undefined when no such word. */
function pointsOf(word: string, weight: number | undefined): number | null | undefined {
  const m = WORD.exec(word.replace(/\s+/g, ""));
  if (!m) return undefined;
  if (/不涉及|不适用/.test(m[0])) return null;
  if (weight === undefined) return undefined;
  if (/满分/.test(m[0])) return weight;
  if (/不得分|全扣/.test(m[0])) return 0;
  return Math.max(0, weight - Number(m[1]));
}

/** The sheet with its words as points under a 自评得分 header; the same sheet when it has none. */
export function withScoreWords(sheet: Sheet): Sheet {
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const head = (sheet.rows[r] ?? []).map((v) => normalizeLabel(cellText(v ?? null)));
    const wc = head.findIndex((h) => WEIGHT.test(h));
    const oc = head.findIndex((h) => OPINION.test(h));
    if (wc < 0 || oc < 0) continue;
    const below = sheet.rows
      .slice(r + 1)
      .map((row) => cellText(row[oc] ?? null))
      .filter((t) => t !== "");
    const words = below.filter((t) => WORD.test(t.replace(/\s+/g, ""))).length;
    if (words < 3 || words < below.length * 0.6) return sheet;
    const rows = sheet.rows.map((row, i) => {
      if (i < r) return row;
      const out: CellValue[] = [...row];
      if (i === r) out[oc] = "自评得分";
      else {
        const w = parseNumber(row[wc] ?? null);
        const p = pointsOf(cellText(row[oc] ?? null), w.ok ? w.value.toNumber() : undefined);
        if (p !== undefined) out[oc] = p;
      }
      return out;
    });
    return { ...sheet, rows };
  }
  return sheet;
}
