/**
 * Plain 2-D grids: what every adapter (exceljs, Office.js, test fixtures) hands to the ledger
 * reader. Nothing here knows about files or Office.
 */

/** An Excel error value such as #REF! or #N/A, kept distinct so it can be reported, not parsed. */
export interface CellError {
  error: string;
}

/** One cell's value as the adapters read it. Dates may arrive as JS Dates or Excel serial numbers. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged range, zero-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The merged area holding a cell, if any (merges never overlap). */
export function mergeAt(merges: readonly Merge[] | undefined, r: number, c: number): Merge | undefined {
  return merges?.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
}

export interface Sheet {
  name: string;
  /** Row-major values; rows may have different lengths. rows[0] is Excel row 1. */
  rows: CellValue[][];
  merges?: Merge[];
  /** Number formats where the adapter knows them (same shape as rows, sparse). */
  formats?: (string | undefined)[][];
  hidden?: boolean;
}

export interface WorkbookGrids {
  sheets: Sheet[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}

/**
 * Row numbers ascending, each once. Rows are read in order, so a list usually is so already and is
 * returned as it is; any other is sorted into a copy (a 300,000-row list once went through a Set
 * and a sort for every cell that named it).
 */
export function ascendingDistinct(rows: number[]): number[] {
  let ascending = true;
  for (let i = 1; i < rows.length && ascending; i++) ascending = rows[i] > rows[i - 1];
  if (ascending) return rows;
  const sorted = Float64Array.from(rows).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
  return out;
}

/** Zero-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based row and column → an A1 address ("C17"). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Column letters → zero-based index (A → 0, AA → 26); the inverse of columnLetters. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "C17" → zero-based {row, col}; undefined when it is not an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1.trim().toUpperCase());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Quote a sheet name for a formula or hyperlink reference ('站点台账'!C17). */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
