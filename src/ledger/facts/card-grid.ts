/**
 * Cards printed several to a row (an evidence box's cover, three to an A4 page: each the same form —
 * its title, 盒号, 工作任务, 评价指标 | … | 分值, 自评得分, 备考 — a blank column between covers and a
 * blank row between pages). A reviewer reads each card as a form of its own, across then down; so
 * does the reader: the cards laid out one under another in the first columns, in that order, each
 * cell read named back to where it is on the real sheet.
 */
import type { CellValue, Merge, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import type { LaidOut } from "./read";

const text = (v: CellValue | undefined) => spacelessText(v ?? null);

/** The columns where a row repeats one text at a constant step (two cards or more), or undefined. */
function repeatedAt(row: readonly CellValue[] | undefined): { text: string; cols: number[]; step: number } | undefined {
  const at = new Map<string, number[]>();
  (row ?? []).forEach((v, c) => {
    const t = text(v);
    if (t.length >= 2) at.set(t, [...(at.get(t) ?? []), c]);
  });
  for (const [t, cols] of at) {
    if (cols.length < 2) continue;
    const step = cols[1] - cols[0];
    if (step >= 2 && cols.every((c, i) => i === 0 || c - cols[i - 1] === step)) return { text: t, cols, step };
  }
  return undefined;
}

/**
 * Rows opening a band of cards: the row and the one under it each repeat a text at the same columns,
 * the first card's column at the left; every band opens with the first band's text (the cards' title),
 * the last band perhaps with fewer cards.
 */
function bandTops(sheet: Sheet): { r: number; cols: number[]; step: number }[] {
  const tops: { r: number; text: string; cols: number[]; step: number }[] = [];
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const a = repeatedAt(sheet.rows[r]);
    const b = a && repeatedAt(sheet.rows[r + 1]);
    if (!a || !b || a.step !== b.step || a.cols[0] !== b.cols[0] || a.step < 3) continue;
    // The title alone on its row, once a card; the column before each next card blank down the band.
    if ((sheet.rows[r] ?? []).some((v, c) => text(v) !== "" && !a.cols.includes(c))) continue;
    const gaps = a.cols.slice(1).map((c) => c - 1);
    if ([r, r + 1].some((x) => gaps.some((g) => text(sheet.rows[x]?.[g]) !== ""))) continue;
    const first = tops[0];
    if (first && (a.text !== first.text || a.step !== first.step || a.cols[0] !== first.cols[0])) continue;
    tops.push({ r, ...a });
  }
  return tops;
}

/** A card's line naming its indicator, giving the county's points, or remarking on them. */
const NAME_LABEL = /^(?:评价指标|考评指标|指标名称|指标)$/;
const POINTS_LABEL = /^(?:自评得分|自评分|自评分数)$/;
const REMARK_LABEL = /^(?:备考|备注|说明|自评说明|情况说明)$/;

/** The first filled cell right of c on a row of a card. */
function nextFilled(row: readonly CellValue[], c: number): number {
  for (let x = c + 1; x < row.length; x++) if (text(row[x]) !== "") return x;
  return -1;
}

/**
 * The sheet's cards, or undefined when it has no bands of cards (two at least). Each indicator's card
 * (评价指标 | 组织领导 …, 自评得分 | 2, 备考 | …) gives a line of one score table (评价指标 | 自评分 | 说明),
 * read as such a table is; the cards' other lines (the first card's facts, the lists of materials) are
 * read as forms, one card under another.
 */
export function cardParts(sheet: Sheet): LaidOut[] | undefined {
  const tops = bandTops(sheet);
  if (tops.length < 2) return undefined;
  const width = tops[0].step;
  const rows: CellValue[][] = [];
  const from: { r: number; c: number }[] = [];
  const merges: Merge[] = [];
  const table: CellValue[][] = [["评价指标", "自评分", "说明"]];
  const at = { r: tops[0].r, c: tops[0].cols[0] };
  const tableFrom: { r: number; c: number }[][] = [[at, at, at]];
  // Above the first band (the page's title and notes), as it is.
  for (let r = 0; r < tops[0].r; r++) {
    rows.push([...(sheet.rows[r] ?? [])].slice(0, width));
    from.push({ r, c: 0 });
  }
  tops.forEach((band, i) => {
    const end = i + 1 < tops.length ? tops[i + 1].r : sheet.rows.length;
    for (const left of band.cols) {
      const card = (r: number) => Array.from({ length: width }, (_, k) => sheet.rows[r]?.[left + k] ?? null);
      // The card's indicator line, if it is an indicator's card.
      const line: { cells: CellValue[]; at: { r: number; c: number }[]; rows: Set<number> } = { cells: [null, null, null], at: [], rows: new Set() };
      for (let r = band.r; r < end; r++) {
        const row = card(r);
        const label = text(row[0]);
        const slot = NAME_LABEL.test(label) ? 0 : POINTS_LABEL.test(label) ? 1 : REMARK_LABEL.test(label) ? 2 : -1;
        const c = slot < 0 ? -1 : nextFilled(row, 0);
        if (c < 0) continue;
        line.cells[slot] = row[c];
        line.at[slot] = { r, c: left + c };
        line.rows.add(r);
      }
      const indicator = line.cells[0] !== null && line.cells[1] !== null;
      if (indicator) {
        table.push(line.cells);
        tableFrom.push([0, 1, 2].map((k) => line.at[k] ?? line.at[0]));
      }
      const top = rows.length;
      for (let r = band.r; r < end; r++) {
        rows.push(indicator && line.rows.has(r) ? [] : card(r));
        from.push({ r, c: left });
      }
      for (const m of sheet.merges ?? [])
        if (m.top >= band.r && m.bottom < end && m.left >= left && m.right < left + width)
          merges.push({ top: top + m.top - band.r, bottom: top + m.bottom - band.r, left: m.left - left, right: m.right - left });
    }
  });
  const forms: LaidOut = { sheet: { ...sheet, rows, merges }, cellOf: (r, c) => ({ r: from[r]?.r ?? r, c: (from[r]?.c ?? 0) + c }) };
  if (table.length < 3) return [forms];
  const scores: LaidOut = { sheet: { name: sheet.name, rows: table }, cellOf: (r, c) => tableFrom[r]?.[c] ?? tableFrom[r]?.[0] ?? { r, c } };
  return [forms, scores];
}
