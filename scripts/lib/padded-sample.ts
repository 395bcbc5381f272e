/**
 * The Lechang sample with some ledgers padded to many rows (their data rows repeated), written
 * row by row with exceljs's streaming writer so a 300,000-row workbook takes bounded memory. Used by
 * `npm run bench` and by the large-workbook test.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { lechangSheets } from "../sample/lechang";
import type { SheetSpec } from "./grid-xlsx";

/**
 * The sample's sheets, each sheet named in `pad` grown to that many data rows; each sheet named in
 * `copies` then appears again, whole, under the name given (a second period's ledger of one kind).
 */
export function paddedLechang(pad: Record<string, number>, copies: Record<string, string> = {}): SheetSpec[] {
  const sheets = lechangSheets();
  for (const [name, rows] of Object.entries(pad)) {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw new Error(`the sample has no sheet ${name}`);
    const top = (s.headerRow ?? 1) + 1;
    const body = s.rows.slice(top);
    s.rows.length = top;
    for (let i = 0; i < rows; i++) s.rows.push(body[i % body.length]);
  }
  for (const [name, copyName] of Object.entries(copies)) {
    const at = sheets.findIndex((x) => x.name === name);
    if (at < 0) throw new Error(`the sample has no sheet ${name}`);
    sheets.splice(at + 1, 0, { ...sheets[at], name: copyName });
  }
  return sheets;
}

/** Writes the sheets as grid-xlsx's buildWorkbook does (dates and numFmts), but streaming; atomically. */
export async function writeWorkbookStreaming(sheets: SheetSpec[], file: string): Promise<void> {
  const tmp = `${file}.part`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: "hidden" } : {});
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    s.rows.forEach((values, r) => {
      const row = ws.getRow(r + 1);
      values.forEach((v, col) => {
        if (v === null || v === undefined) return;
        const cell = row.getCell(col + 1);
        cell.value = (typeof v === "object" && !(v instanceof Date) ? { error: v.error } : v) as ExcelJS.CellValue;
        const fmt = s.numFmts?.[col];
        if (fmt && r > (s.headerRow ?? 0)) cell.numFmt = fmt;
        else if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
  await fs.rename(tmp, file);
}
