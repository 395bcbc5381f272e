/**
 * Writes plain sheet descriptions to an .xlsx with exceljs: used to build the bundled sample and
 * the test fixtures, so both are made by code in the repo and can be regenerated.
 */
import ExcelJS from "exceljs";
import type { CellValue, Merge } from "../../src/core/grid";
import { mulberry32 } from "../../src/review/prng";

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  merges?: Merge[];
  /** Column widths in characters (CJK count double). */
  widths?: number[];
  /** numFmt per zero-based column for data cells ("yyyy-mm-dd", "#,##0.00", "@"). */
  numFmts?: Record<number, string>;
  /** Zero-based header row to make bold (optional). */
  headerRow?: number;
  hidden?: boolean;
}

export function buildWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ecom-score sample builder";
  // Fixed timestamps keep regenerated files byte-comparable in content.
  wb.created = new Date(Date.UTC(2021, 8, 1));
  wb.modified = new Date(Date.UTC(2021, 8, 1));
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: "hidden" } : {});
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "object" && !(v instanceof Date)) cell.value = { error: v.error } as ExcelJS.CellErrorValue;
        else cell.value = v as ExcelJS.CellValue;
        const fmt = s.numFmts?.[c];
        if (fmt && r > (s.headerRow ?? 0)) cell.numFmt = fmt;
        else if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
        if (r === s.headerRow) cell.font = { bold: true };
      });
    });
    // (A range listed twice is one merge: Excel keeps no duplicates, and exceljs refuses the second.)
    const merged = new Set<string>();
    for (const m of s.merges ?? []) {
      const key = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
      if (merged.has(key)) continue;
      merged.add(key);
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  return wb;
}

export async function writeWorkbook(sheets: SheetSpec[], path: string): Promise<void> {
  await buildWorkbook(sheets).xlsx.writeFile(path);
}

/** A UTC-midnight Date, as spreadsheet libraries hand calendar dates over. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** Small seeded PRNG (the inspection sample's mulberry32) so generated data is the same on every run. */
export const rng: (seed: number) => () => number = mulberry32;
