/**
 * A checklist whose marks stand in a column of their own before each line (郁南's 自查清单:
 * ☑ | 免费培训场所、设备 | 培训室80座，电脑40台; ☐ | 免费摄影、美工 | 摄影按件收费), the legend above
 * saying ☑＝已完成／具备, ☐＝未完成／不具备. A reviewer reads the mark as the line's answer and the
 * words after it as its detail. So does the reader: each mark is moved to the empty cell right after
 * its line's words (where an answer is looked for first) as 是 / 否, or, where none is empty, written
 * before the words ("✔ 免费培训场所、设备", read as a mark in the label's own cell is); its own cell
 * is left blank. Only on a sheet with three such lines at least; a ■ is a bullet, no mark.
 */
import { mergeAt, type CellValue, type Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const TICK = /^[☑✔✓√✅]$/;
const CROSS = /^[☒☐□✘✗×❌]$/;

/** The columns of a marked line: its mark's and its words' (the next filled cell, Chinese words). */
function markedLine(row: readonly CellValue[]): [number, number] | undefined {
  const at = row.findIndex((v) => cellText(v ?? null).trim() !== "");
  if (at < 0) return undefined;
  const mark = cellText(row[at] ?? null).trim();
  if (!TICK.test(mark) && !CROSS.test(mark)) return undefined;
  const words = row.findIndex((v, c) => c > at && cellText(v ?? null).trim() !== "");
  // (A line whose detail ticks options of its own, "公示内容 | 创建方案☑ 项目基本信息☑", is read by those;
  // one that says its own answer after a colon, "☐ | 弄虚作假：无", by that.)
  if (row.some((v, c) => c > words && /[☑☒□☐✔✘]/.test(cellText(v ?? null)))) return undefined;
  if (/[:：]\s*\S/.test(cellText(row[words] ?? null))) return undefined;
  return words > at && /^[\u4e00-\u9fff“《（(]/.test(cellText(row[words] ?? null).trim()) ? [at, words] : undefined;
}

export function withMarkCellsJoined(sheet: Sheet): Sheet {
  const lines = sheet.rows.map((row) => markedLine(row ?? []));
  if (lines.filter(Boolean).length < 3) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.map((row, r) => {
      const line = lines[r];
      if (!line) return row;
      const [m, w] = line;
      const out = [...row];
      const ticked = TICK.test(cellText(row[m] ?? null).trim());
      if (cellText(row[w + 1] ?? null).trim() === "") out[w + 1] = ticked ? "是" : "否";
      else out[w] = `${ticked ? "✔" : "✘"} ${cellText(row[w] ?? null).trim()}`;
      out[m] = null;
      return out;
    }),
  };
}

/** A mark of a pair (√ | 中心有免费培训场所…): ticked or crossed, no box. */
const PAIR_MARK = /^\s*[√×✓✗✔✘]\s*$/;

/** The row's cells as (mark, item) pairs, when every filled cell is a mark followed by the item after it. */
function pairsOf(row: readonly CellValue[]): { at: number; mark: string; item: string }[] | undefined {
  const filled = row.map((v, c) => ({ v, c })).filter((x) => cellText(x.v ?? null).trim() !== "");
  if (filled.length < 2 || filled.length % 2 !== 0) return undefined;
  const pairs: { at: number; mark: string; item: string }[] = [];
  for (let i = 0; i < filled.length; i += 2) {
    const [m, t] = [filled[i], filled[i + 1]];
    if (typeof m.v !== "string" || !PAIR_MARK.test(m.v) || typeof t.v !== "string" || PAIR_MARK.test(t.v) || t.c !== m.c + 1) return undefined;
    pairs.push({ at: m.c, mark: m.v.trim(), item: t.v });
  }
  return pairs;
}

/**
 * The same marks two to a row, each right before its item (五华's 旬报: "√ | 中心有免费培训场所… | | | √ | 县政府网站专栏
 * 已公示创建方案", the item merged over the cells after its mark). Turned round before the tables are made out (a
 * table's value column must stay empty under a section of its own): the item where the mark was, the mark in the last
 * cell the item spanned. Only marks ticked or crossed (√ ×), every filled cell of the row a mark or its item, three
 * rows at least.
 */
export function withMarkPairsTurned(sheet: Sheet): Sheet {
  const found = sheet.rows.map((row) => pairsOf(row ?? []));
  if (found.filter((p) => p !== undefined).length < 3) return sheet;
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
