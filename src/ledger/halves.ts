/**
 * A list printed in two halves side by side, to fit a page: "序号 | 姓名 | 身份证号码 | 签名" and
 * the same columns again to the right, one person on each side of a row (sign-in sheets, village
 * lists). Read by unfolding it into one list — row by row, the left record then the right one — and
 * then putting every row and cell a record or a diagnostic names back where it is on the real sheet.
 */
import type { Diagnostic } from "../core/diagnostics";
import { cellAddress, parseAddress, type CellValue, type Sheet } from "../core/grid";
import { cellText, isDitto, normalizeLabel } from "./normalize/text";
import { findDateInText } from "./normalize/date";

export interface Halves {
  /** The header row (zero-based) holding both halves' headers. */
  headerRow: number;
  /** First column of the left and of the right half, and the width of one half. */
  left: number;
  right: number;
  width: number;
  /**
   * First columns of every part, left first, when the list runs in more than two (镇 | 村委会 three
   * times across the page): such a list is read down each part, then across.
   */
  parts?: number[];
}

/** Rows searched for the header. */
const HEADER_SCAN = 20;
/** A half names its records: a 序号 column, or a name (姓名, 名称, a village). */
const KEY_HEADER = /^(?:序号|编号|no\.?|姓名|名称|.*名称|村.*|.*村|.*委会)$/;

/**
 * The halves of a sheet: a header row in which a block of at least three headers, one of them
 * naming the records, repeats to its right — or a block of two repeating three times or more
 * (镇 | 村委会 across the page). Undefined for an ordinary sheet (headers never repeat that way; a
 * block of two under each of two years, such as 人数 | 金额, is not taken).
 */
export function findHalves(sheet: Sheet): Halves | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN); r++) {
    const heads = (sheet.rows[r] ?? []).map((v) => (typeof v === "string" ? normalizeLabel(v).replace(/\s+/g, "") : ""));
    const first = heads.findIndex((h) => h !== "");
    if (first < 0) continue;
    for (let right = first + 2; right < heads.length; right++) {
      if (!sameHeader(heads[right], heads[first])) continue;
      let width = 0;
      while (first + width < right && heads[first + width] !== "" && sameHeader(heads[first + width], heads[right + width])) width++;
      // The left half runs up to the right one (a blank column may stand between them).
      const gap = heads.slice(first + width, right);
      if (!gap.every((h) => h === "") || !heads.slice(first, first + width).some((h) => KEY_HEADER.test(h))) continue;
      // More parts at the same stride ("镇 | 村委会" three times): a block of two is taken only so.
      const parts = [first, right];
      for (let next = right + (right - first); sameBlock(heads, first, next, width); next += right - first) parts.push(next);
      if (width >= 3 && parts.length === 2) return { headerRow: r, left: first, right, width };
      if (width >= 2 && parts.length >= 3) return { headerRow: r, left: first, right, width, parts };
    }
  }
  return undefined;
}

/** The `width` headers from `at` repeat those from `first`. */
function sameBlock(heads: string[], first: number, at: number, width: number): boolean {
  for (let i = 0; i < width; i++) if (!heads[at + i] || !sameHeader(heads[first + i], heads[at + i])) return false;
  return true;
}

/** The same header, a slip of one character aside (身份证号码 / 身分证号码). */
function sameHeader(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length || a.length < 3) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return true;
}

/**
 * Two sessions printed side by side, each half under its own title (第三期 | 第四期, each with its
 * day): the right half is a list of its own, read after the left one, not row by row with it.
 */
export function separateTitles(sheet: Sheet, h: Halves): boolean {
  // Each half's lines above the header state a day (培训时间：… on the left, and on the right).
  const dated = (from: number, to: number) => {
    for (let r = 0; r < h.headerRow; r++)
      for (const v of (sheet.rows[r] ?? []).slice(from, to)) if (v instanceof Date || findDateInText(v ?? null) !== undefined) return true;
    return false;
  };
  return dated(h.left, h.right) && dated(h.right, h.right + h.width);
}

/** Where a row of the unfolded sheet is on the real one: its row, and how far right its cells are. */
export interface Fold {
  row: number;
  shift: number;
}

/**
 * The sheet as one list: the rows down to the header as they are, then each row's left half, then
 * its right half moved under the left one's columns (a blank right half is no row).
 */
export function unfold(sheet: Sheet, h: Halves): { sheet: Sheet; folds: Fold[] } {
  const rows: CellValue[][] = [];
  const folds: Fold[] = [];
  const half = (row: CellValue[], from: number): CellValue[] => {
    const out: CellValue[] = Array.from({ length: h.left + h.width }, () => null);
    for (let i = 0; i < h.width; i++) out[h.left + i] = row[from + i] ?? null;
    return out;
  };
  if (h.parts || separateTitles(sheet, h)) {
    // Each part whole, one under the other, titles and header included: stacked lists, each dated
    // by its own title lines (two sessions side by side), or one list read down each part, then
    // across (a village list printed in three 镇 | 村委会 parts).
    const parts = h.parts ?? [h.left, h.right];
    const n = sheet.rows.length;
    const merges: NonNullable<Sheet["merges"]> = [];
    parts.forEach((from, i) => {
      const shift = from - h.left;
      sheet.rows.forEach((row, r) => {
        // A part's header is the first one's (a slip such as 身分证号码 aside). Above the header, a
        // session keeps its own title lines; a list in parts says its title once, in the first.
        const above = h.parts !== undefined && r < h.headerRow && i > 0;
        rows.push(above ? [] : half(r === h.headerRow ? (sheet.rows[h.headerRow] ?? []) : row, r === h.headerRow ? h.left : from));
        folds.push({ row: r, shift });
      });
      for (const m of sheet.merges ?? [])
        if (i === 0 ? m.right < (parts[1] ?? Infinity) : m.left >= from && m.right < from + h.width)
          merges.push({ ...m, top: m.top + i * n, bottom: m.bottom + i * n, left: m.left - shift, right: m.right - shift });
    });
    const out: Sheet = { name: sheet.name, rows, merges };
    if (sheet.hidden) out.hidden = true;
    return { sheet: out, folds };
  }
  // A ditto mark (〃, 同上) repeats the line above in its own half, not the other half's record that
  // the unfolding puts between them: each half's marks are resolved against that half first.
  const lastOf: CellValue[][] = [[], []];
  const undittoed = (row: CellValue[], from: number, side: number): CellValue[] => {
    const out = half(row, from);
    for (let i = 0; i < h.width; i++) {
      const v = out[h.left + i];
      if (typeof v === "string" && isDitto(v) && lastOf[side][i] != null) out[h.left + i] = lastOf[side][i];
      lastOf[side][i] = out[h.left + i];
    }
    return out;
  };
  sheet.rows.forEach((row, r) => {
    if (r <= h.headerRow) {
      rows.push(r === h.headerRow ? half(row, h.left) : row);
      folds.push({ row: r, shift: 0 });
      return;
    }
    rows.push([...row.slice(0, h.left), ...undittoed(row, h.left, 0).slice(h.left), ...row.slice(h.left + h.width, h.right)]);
    folds.push({ row: r, shift: 0 });
    const right = undittoed(row, h.right, 1);
    if (right.some((v) => cellText(v) !== "")) {
      rows.push(right);
      folds.push({ row: r, shift: h.right - h.left });
    }
  });
  const out: Sheet = { name: sheet.name, rows };
  // Merges above the header (titles) stay; those below would not line up with the unfolded rows.
  if (sheet.merges) out.merges = sheet.merges.filter((m) => m.bottom < h.headerRow);
  if (sheet.hidden) out.hidden = true;
  return { sheet: out, folds };
}

/** An A1 address (or a range, or a row range 5:9) of the unfolded sheet → the real sheet. */
export function foldAddress(a: string, folds: Fold[]): string {
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return `${(folds[Number(rows[1]) - 1]?.row ?? Number(rows[1]) - 1) + 1}:${(folds[Number(rows[2]) - 1]?.row ?? Number(rows[2]) - 1) + 1}`;
  return a
    .split(":")
    .map((p) => {
      const x = parseAddress(p);
      const f = x ? folds[x.row] : undefined;
      return x && f ? cellAddress(f.row, x.col + f.shift) : p;
    })
    .join(":");
}

export function foldDiagnostic(d: Diagnostic, folds: Fold[]): Diagnostic {
  return d.cell ? { ...d, cell: foldAddress(d.cell, folds) } : d;
}
