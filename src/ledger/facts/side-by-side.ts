/**
 * A facts sheet with a score summary beside it: the facts table on the left, and to its right,
 * past an empty column, a 自评得分汇总 (评价指标 | 分值 | 自评得分) — two tables sharing rows (or the
 * score table on the left and the facts on the right). Each is
 * read on its own, as the clerk laid them out; the other's cells are blanked (not cut away), so
 * every cell keeps its address.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { blockSheet } from "../stacked";
import { fullMarkInNames, withoutTrailingBracket } from "./header-key";

/** The name column of an indicator table. */
// (The province's name for it, 省评价指标, beside the clerk's own short one, is one too.)
const INDICATOR_HEADER = /^(?:省|省级|省考评表)?(?:评价指标|考评指标|指标名称|考核指标|考评项目|考核项目|指标|评分项|评分项目|小项|考评小项|指标小项)$/;

/** Rows each table needs beside the other before the sheet counts as two. */
const MIN_ROWS = 5;

const filled = (v: CellValue | undefined) => cellText(v ?? null) !== "";

/** The sheet with only the cells `keep` names (the others blanked, so every cell keeps its address). */
function keptCells(sheet: Sheet, keep: (c: number, r: number) => boolean): Sheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row, r) => row.map((v, c) => (keep(c, r) ? v : null))),
    merges: (sheet.merges ?? []).filter((m) => keep(m.left, m.top) && keep(m.right, m.bottom)),
  };
}

/**
 * The two parts of a sheet holding a table and, past an empty column, a score table whose header
 * has `isScoreHeader`; undefined when the sheet is one table.
 */
export function sideBySide(sheet: Sheet, isScoreHeader: (v: CellValue) => boolean): [Sheet, Sheet] | undefined {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const scoreIn = (cells: CellValue[]) => cells.some((v) => v !== null && v !== undefined && isScoreHeader(v));
  for (let gap = 2; gap < width - 1; gap++) {
    // The right table's header: the first row with a score header right of the gap.
    // (…or the score table on the left, its header on the same row as the facts table's right of the gap.)
    const scoresRight = sheet.rows.findIndex((row) => scoreIn(row.slice(gap + 1)));
    // (A table of its own there, two headers at least: not a remark column past a spacer, 说明 alone.)
    const leftTop = scoresRight < 0 ? sheet.rows.findIndex((row) => scoreIn(row.slice(0, gap)) && row.slice(gap + 1).filter(filled).length >= 2) : -1;
    const scoresLeft = scoresRight < 0 && leftTop >= 1;
    const top = scoresLeft ? leftTop : scoresRight;
    if (top < 1) continue;
    const across = (r: number) => (sheet.merges ?? []).some((m) => m.top <= r && r <= m.bottom && m.left <= gap && m.right >= gap);
    // (A caption over the score table's header is its own; a title merged across both tables over the headers is
    // the sheet's, and the tables start at their headers — where the right one is a table of its own, its names,
    // ranges and points three headers at least: 主观评分项 | 分值范围 | 自评分, not a table's points past an empty column.)
    const titled = top >= 1 && across(top - 1) && (sheet.rows[top] ?? []).slice(gap + 1).filter(filled).length >= 3;
    const start = titled ? top : Math.max(0, top - 1);
    // The tables end at a line merged across the page below both (a note: 注：✓有/是…), which stays
    // with the facts table; a cell filled in the gap above that makes the sheet one table.
    let end = start;
    while (end < sheet.rows.length && !across(end)) end++;
    // (…unless that line is a section's numbered title, 三、主观评分项自评: a table of its own follows, across the page.)
    const section = end < sheet.rows.length && BLOCK_TITLE.test(cellText(sheet.rows[end]?.find(filled) ?? null).trim());
    if (!section && !sheet.rows.slice(end).every((row, i) => across(end + i) || !row?.slice(gap + 1).some(filled))) continue;
    let left = 0;
    let right = 0;
    let empty = true;
    for (let r = start; r < end && empty; r++) {
      const row = sheet.rows[r] ?? [];
      if (filled(row[gap])) empty = false;
      if (row.slice(0, gap).some(filled)) left++;
      if (row.slice(gap + 1).some(filled)) right++;
    }
    if (!empty || left < MIN_ROWS || right < MIN_ROWS) continue;
    const part = (keep: (c: number, r: number) => boolean) => keptCells(sheet, keep);
    // Lines above the score table (the title, 填报说明) and the notes below both stay with the facts table.
    if (scoresLeft) return [part((c, r) => c > gap || r < start || r >= end), part((c, r) => c < gap && r >= start && r < end)];
    return [part((c, r) => c < gap || r < start || r >= end), part((c, r) => c > gap && r >= start && r < end)];
  }
  return undefined;
}

/** A block's title: a numbered heading ("二、谁挂帅（组织领导2分）", "八、培训（20分）"). */
const BLOCK_TITLE = /^[一二三四五六七八九十]{1,3}[、.．]\s*\S/;

/**
 * A page laid out in two columns of blocks (郁南's A4 自查清单: 一至七 on the left, 八至十五 on the
 * right, past an empty column), each block a numbered title over its lines. A reviewer reads the
 * left column, then the right; so does the reader: the two columns are two parts (the other's cells
 * blanked, so every cell keeps its address), the lines above both staying with the left.
 */
export function twoColumnsOfBlocks(sheet: Sheet): [Sheet, Sheet] | undefined {
  // The columns the titles stand in: the left column's blocks' and the right's.
  const titleCols = new Map<number, number[]>();
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (BLOCK_TITLE.test(cellText(v ?? null).trim())) titleCols.set(c, [...(titleCols.get(c) ?? []), r]);
    }),
  );
  const cols = [...titleCols.entries()].filter(([, rs]) => rs.length >= 3).map(([c]) => c);
  if (cols.length !== 2) return undefined;
  const [leftTitles, rightTitles] = cols.sort((x, y) => x - y);
  const start = Math.min(...[...titleCols.values()].flat());
  const last = Math.max(...(titleCols.get(leftTitles) ?? []), ...(titleCols.get(rightTitles) ?? []));
  // The gap: the last column before the right titles left empty down the blocks (a block's lines
  // reach across its own columns up to it).
  for (let gap = rightTitles - 1; gap > leftTitles; gap--) {
    const across = (r: number) => filled(sheet.rows[r]?.[gap]) || (sheet.merges ?? []).some((m) => m.top <= r && r <= m.bottom && m.left <= gap && m.right > gap);
    let empty = true;
    for (let r = start; r <= last && empty; r++) if (across(r)) empty = false;
    if (!empty) continue;
    // The blocks end where a line reaches across the page (自评合计, the signatures).
    let end = last + 1;
    while (end < sheet.rows.length && !across(end)) end++;
    const part = (keep: (c: number, r: number) => boolean) => keptCells(sheet, keep);
    // (The lines above the blocks and the closing lines under them stay with the left.)
    const inBlocks = (r: number) => r >= start && r < end;
    return [part((c, r) => c < gap || !inBlocks(r)), part((c, r) => c > gap && inBlocks(r))];
  }
  return undefined;
}

/**
 * A facts table with the score table under it, each with its own header ("一、基本数据 | 序号 | 项目 |
 * 数据…" then "二、自评打分 | 序号 | 评价指标 | 分值 | 自评分"): two tables sharing columns, read apart
 * (the other's rows blanked, so every cell keeps its address). The score table's header has a
 * score header and a weight header; at least `MIN_ROWS` filled rows stand above it.
 */
export function oneAboveTheOther(sheet: Sheet, isScoreHeader: (v: CellValue) => boolean, isWeightHeader: (v: CellValue) => boolean): [Sheet, Sheet] | undefined {
  const filledRows = (from: number, to: number) => sheet.rows.slice(from, to).filter((row) => row.some(filled)).length;
  for (let r = MIN_ROWS; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (!row.some((v) => v !== null && v !== undefined && isScoreHeader(v))) continue;
    // With a 分值 column, or points written over their full mark (得分/满分: the 分值 in each cell), or the
    // full mark in each indicator's brackets (评价指标（满分） | 组织领导（2）).
    if (!row.some((v) => v !== null && v !== undefined && (isWeightHeader(v) || /[/／]满分$/.test(cellText(v).replace(/\s+/g, "")) || fullMarkInNames(v)))) continue;
    // An indicator table (评价指标 | 分值 | 自评分), not a list of 评分项 scored as items under the facts.
    // (Its own name for the column in brackets, 指标（我们的叫法）, changes nothing.)
    if (!row.some((v) => INDICATOR_HEADER.test(withoutTrailingBracket(cellText(v ?? null).replace(/\s+/g, ""))))) continue;
    if (filledRows(0, r) < MIN_ROWS * 2) return undefined;
    // The score table begins at its title line ("二、自评打分…"), when one stands right above its header.
    const above = sheet.rows[r - 1] ?? [];
    const start = above.filter(filled).length === 1 ? r - 1 : r;
    return [blockSheet(sheet, { top: 0, bottom: start }), blockSheet(sheet, { top: start, bottom: sheet.rows.length })];
  }
  return undefined;
}

/** Panels a page needs side by side before it counts as a leaflet's (a tri-fold has three). */
const MIN_PANELS = 3;
/** Han characters that make a cell a line of prose, not a label or a value. */
const PROSE_HAN = 6;

/**
 * A leaflet laid out as it is printed (开平's tri-fold: 外页 and 内页, each three panels side by side,
 * a panel's lines one to a row merged across its own columns, an empty column between panels). A
 * reader reads a panel top to bottom, never across into the next; so does the reader: one part per
 * panel (the other cells blanked, so every cell keeps its address), the lines reaching across the
 * page (its title, 【内页】) staying with the first. Only prose panels count — a table's columns,
 * however spaced, are short labels and values.
 */
export function panelsAcross(sheet: Sheet): Sheet[] | undefined {
  const merges = sheet.merges ?? [];
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  // A line across the page: merged over more than a third of it.
  const spans = (r: number) => merges.some((m) => m.top <= r && r <= m.bottom && m.right - m.left + 1 > width / 3);
  const used = new Array<boolean>(width).fill(false);
  sheet.rows.forEach((row, r) => {
    if (spans(r)) return;
    (row ?? []).forEach((v, c) => {
      if (filled(v)) used[c] = true;
    });
  });
  for (const m of merges) if (!spans(m.top)) for (let c = m.left; c <= m.right && c < width; c++) used[c] = true;
  // The panels: runs of used columns between unused ones.
  const panels: { left: number; right: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (!used[c]) continue;
    const left = c;
    while (c + 1 < width && used[c + 1]) c++;
    panels.push({ left, right: c });
  }
  if (panels.length < MIN_PANELS) return undefined;
  // Each panel holds one line per row, most of them prose.
  for (const p of panels) {
    let lines = 0;
    let prose = 0;
    for (let r = 0; r < sheet.rows.length; r++) {
      if (spans(r)) continue;
      const cells = (sheet.rows[r] ?? []).slice(p.left, p.right + 1).filter(filled);
      if (cells.length > 1) return undefined;
      if (cells.length === 0) continue;
      lines++;
      if ((cellText(cells[0] ?? null).match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= PROSE_HAN) prose++;
    }
    if (lines < 3 || prose * 5 < lines * 3) return undefined;
  }
  const panelOf = (c: number) => panels.findIndex((p) => p.left <= c && c <= p.right);
  return panels.map((_, i) => keptCells(sheet, (c, r) => (spans(r) ? i === 0 : panelOf(c) === i)));
}
