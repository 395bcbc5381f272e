/**
 * A statement handwritten on manuscript paper (稿纸, 20×20＝400) and typed into Excel square by square
 * (麻章): one character to a cell, digits two to a cell (20|21|年, 32|.9|5|万), a mark that may not open a
 * line sharing the last square of the line before (局、), a paragraph's first line indented two squares,
 * and each page with its own page-number and footer rows; a figure or a word goes on in the next line
 * or the next page. A reviewer reads the text, line after line and page after page; so does the reader:
 * each paragraph is joined into the cell where it starts (column A of its first line), the page numbers
 * and footers left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A square holds a character, two digits, or a character and a mark: never more than three. */
const SQUARE = 3;
/** The paper is at least this wide, and this many lines of it are well filled. */
const MIN_WIDTH = 12;
const MIN_FULL_LINES = 5;
/** A page's own rows: "共 2 页 第 1 页", "第1页", and the paper's footer "20×20＝400". */
const PAGE_ROW = /^(?:共\s*\d+\s*页\s*)?第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?$|^\d+\s*[×xX*]\s*\d+\s*[=＝]\s*\d+$/;

const HAN = /[\u4e00-\u9fff]/;
const text = (v: CellValue | undefined) => cellText(v ?? null);

/** Every filled cell of a row a square (and at least one filled): a line of the paper. */
function isLine(row: readonly (CellValue | undefined)[]): boolean {
  let filled = 0;
  for (const v of row) {
    const t = text(v);
    if (t === "") continue;
    if ([...t].length > SQUARE) return false;
    filled++;
  }
  return filled > 0;
}

function isPaper(sheet: Sheet, width: number): boolean {
  if (width < MIN_WIDTH) return false;
  // (Lines of writing: most squares a character. A Gantt chart's rows of ■ and ▓ are no writing.)
  const full = sheet.rows.filter((row) => {
    const filled = (row ?? []).map(text).filter((t) => t !== "");
    return isLine(row ?? []) && filled.length >= MIN_WIDTH - 2 && filled.filter((t) => HAN.test(t)).length >= 0.7 * filled.length;
  }).length;
  return full >= MIN_FULL_LINES;
}

export function withManuscriptPaperRead(sheet: Sheet): Sheet {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  if (!isPaper(sheet, width)) return sheet;
  const rows: CellValue[][] = sheet.rows.map((row) => [...(row ?? [])]);
  /** The paragraph being written: the row it started in and its text so far. */
  let open: { r: number; text: string } | undefined;
  const close = () => {
    if (open) rows[open.r] = [open.text, ...Array<CellValue>(width - 1).fill(null)];
    open = undefined;
  };
  sheet.rows.forEach((row, r) => {
    const cells = row ?? [];
    const one = cells.map(text).filter((t) => t !== "");
    // A page's number and footer: left out, the paragraph going on over them.
    if (one.length === 1 && PAGE_ROW.test(one[0].trim())) {
      rows[r] = Array<CellValue>(width).fill(null);
      return;
    }
    if (!isLine(cells)) return;
    const first = cells.findIndex((v) => text(v) !== "");
    let last = cells.length - 1;
    while (last > 0 && text(cells[last]) === "") last--;
    // A line indented (a paragraph's first, a title centred, a signature to the right) starts afresh.
    if (first >= 2) close();
    const said = cells
      .slice(first, last + 1)
      .map(text)
      .join("");
    if (open) {
      open.text += said;
      rows[r] = Array<CellValue>(width).fill(null);
    } else open = { r, text: said };
    // A line left short ends its paragraph.
    if (last < width - 1) close();
  });
  close();
  return { ...sheet, rows };
}
