/**
 * A checklist with the mark before each item (五华's 旬报: "√ | 中心有免费培训场所… | | | √ | 县政府网站专栏已公示创建
 * 方案", the item merged over the cells after its mark, two to a row). A reviewer reads each mark as the answer to
 * the item after it; the reader reads an answer after its label, so each pair is turned round: the item where
 * the mark was, the mark in the last cell the item spanned.
 */
import { mergeAt, type CellValue, type Sheet } from "../../core/grid";

const MARK = /^\s*[√×✓✗✔✘]\s*$/;
/** Rows so written fewer than this are no such checklist. */
const MIN_ROWS = 3;

/** The row's cells as (mark, item) pairs, when every filled cell is a mark followed by the item after it. */
function pairsOf(row: readonly CellValue[]): { at: number; mark: string; item: string }[] | undefined {
  const filled = row.map((v, c) => ({ v, c })).filter((x) => x.v !== null && x.v !== undefined && String(x.v).trim() !== "");
  if (filled.length < 2 || filled.length % 2 !== 0) return undefined;
  const pairs: { at: number; mark: string; item: string }[] = [];
  for (let i = 0; i < filled.length; i += 2) {
    const [m, t] = [filled[i], filled[i + 1]];
    if (typeof m.v !== "string" || !MARK.test(m.v) || typeof t.v !== "string" || MARK.test(t.v) || t.c !== m.c + 1) return undefined;
    pairs.push({ at: m.c, mark: m.v.trim(), item: t.v });
  }
  return pairs;
}

export function withMarksAfterItems(sheet: Sheet): Sheet {
  const found = sheet.rows.map((row) => pairsOf(row ?? []));
  if (found.filter((p) => p !== undefined).length < MIN_ROWS) return sheet;
  const turned = new Set<number>();
  const rows = sheet.rows.map((row, r) => {
    const pairs = found[r];
    if (!pairs) return row;
    turned.add(r);
    const out: CellValue[] = Array.from(row ?? [], () => null);
    // (The mark goes to the last cell the item's merge spans, leaving the cells between empty as they were.)
    for (const p of pairs) {
      const span = mergeAt(sheet.merges, r, p.at + 1);
      [out[p.at], out[span?.right ?? p.at + 1]] = [p.item, p.mark];
    }
    return out;
  });
  // (The items' merges over the cells after their marks no longer hold.)
  return { ...sheet, rows, merges: (sheet.merges ?? []).filter((m) => ![...turned].some((r) => m.top <= r && r <= m.bottom)) };
}
