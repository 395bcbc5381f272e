/**
 * Column widths and row heights estimated from character counts, so that wrapped text is never
 * cut off on screen or on paper. Excel measures a column in widths of "0" of the default font; a
 * CJK (full-width) character is about two of them.
 */
import { mergeAt, type Merge } from "../core/grid";
import { BODY_FONT_SIZE, STYLES, type CellModel, type SheetModel } from "./model";

/** Is this code point full-width (CJK ideographs, kana, hangul, full-width forms, CJK punctuation)? */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    cp === 0x2026 || // …
    cp === 0x2014 || // —
    cp === 0x2192 || // →
    cp === 0x2265 || // ≥
    cp === 0x2264 || // ≤
    cp === 0x00b7 // ·
  );
}

/** Display width of one line of text in "0"-widths: CJK counts 2, everything else 1. */
export function textWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function cellText(c: CellModel): string {
  if (c.value === null) return "";
  if (typeof c.value === "number") {
    if (c.numFmt && c.numFmt.includes("%")) return `${Math.round(c.value * 1000) / 10}%`;
    return String(c.value);
  }
  return c.value;
}

function fontScale(c: CellModel): number {
  const size = (c.style && STYLES[c.style].size) ?? BODY_FONT_SIZE;
  return size / BODY_FONT_SIZE;
}

/** Lines a text takes in a column of `width` (explicit line breaks and wrapping). */
export function wrappedLines(text: string, width: number, scale = 1): number {
  const usable = Math.max(1, width - 1.5);
  let n = 0;
  for (const line of text.split("\n")) {
    const w = textWidth(line) * scale;
    // Latin words do not break mid-word: allow some slack for ragged wrapping.
    n += Math.max(1, Math.ceil((w * 1.08) / usable));
  }
  return n;
}

/** Width a text wants unwrapped: its longest line. */
export function naturalWidth(text: string, scale = 1): number {
  let w = 0;
  for (const line of text.split("\n")) w = Math.max(w, textWidth(line) * scale);
  return w;
}

/** Excel's highest row, in points. */
export const MAX_ROW_HEIGHT = 409;

export interface ColumnLimits {
  min: number;
  max: number;
}

/**
 * Sets every column's width from its content (clamped to the limits) and every row's height from
 * the wrapped lines of its cells; a merged cell's height is spread over the rows it spans.
 */
export function layoutSheet(sheet: SheetModel, limits: ColumnLimits[]): SheetModel {
  const ncols = sheet.columns.length;
  const widths = sheet.columns.map((col, c) => {
    const lim = limits[c] ?? { min: 8, max: 40 };
    let want = 0;
    sheet.rows.forEach((row, r) => {
      const cell = row[c];
      if (!cell || cell.value === null) return;
      const m = mergeAt(sheet.merges, r, c);
      if (m && m.right > m.left) return; // spans columns: does not size one column
      want = Math.max(want, naturalWidth(cellText(cell), fontScale(cell)));
    });
    return Math.round(Math.min(lim.max, Math.max(lim.min, want + 2)) * 10) / 10;
  });
  const columns = sheet.columns.map((col, c) => ({ ...col, width: col.hidden ? col.width : widths[c] }));

  // Excel's line of 10pt 等线 is about 13.5pt; LibreOffice's CJK fallback a little less.
  const lineHeight = (scale: number) => BODY_FONT_SIZE * scale * 1.35;
  const heights: number[] = sheet.rows.map(() => 0);
  const spanning: { m: Merge; need: number }[] = [];
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < ncols; c++) {
      const cell = row[c];
      if (!cell || cell.value === null) continue;
      const m = mergeAt(sheet.merges, r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      let width = widths[c];
      if (m) {
        width = 0;
        for (let k = m.left; k <= m.right; k++) width += widths[k];
      }
      const scale = fontScale(cell);
      const need = wrappedLines(cellText(cell), width, scale) * lineHeight(scale) + 5;
      if (m && m.bottom > m.top) spanning.push({ m, need });
      else heights[r] = Math.max(heights[r], need);
    }
  });
  for (let r = 0; r < heights.length; r++) if (heights[r] === 0) heights[r] = lineHeight(1) + 5;
  for (const { m, need } of spanning) {
    let have = 0;
    for (let r = m.top; r <= m.bottom; r++) have += heights[r];
    if (have < need) {
      const add = (need - have) / (m.bottom - m.top + 1);
      for (let r = m.top; r <= m.bottom; r++) heights[r] += add;
    }
  }
  const rowHeights = heights.map((h) => Math.min(MAX_ROW_HEIGHT, Math.ceil(h)));
  return { ...sheet, columns, rowHeights };
}
