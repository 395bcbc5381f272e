/**
 * Node adapter: a new workbook made only of table models (the scored sheets of several input
 * files and the copies of their linked sheets), written atomically. Reviewer input in an earlier
 * output of the same name is carried over, as when one workbook is re-scored.
 */
import ExcelJS from "exceljs";
import type { SheetModel } from "../table";
import { applyScoredSheets, workbookBuffer, type WriteOptions } from "./write-xlsx";
import { writeFileAtomic } from "./files";
import { outputBase } from "./own-sheets";

/** The bytes of a new workbook holding `models`; `previous`: an earlier output to take reviewer input from. */
export async function newWorkbookBuffer(models: SheetModel[], options: WriteOptions & { previous?: ExcelJS.Workbook } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const previous = options.previous;
  if (previous) {
    // Only the earlier output sheets are taken over (for their reviewer input), then replaced.
    for (const ws of previous.worksheets.filter((w) => outputBase(w.name))) {
      const copy = workbook.addWorksheet(ws.name);
      ws.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    }
  }
  const written = applyScoredSheets(workbook, models, options);
  for (const ws of [...workbook.worksheets]) if (!written.some((m) => m.name === ws.name)) workbook.removeWorksheet(ws.id);
  return workbookBuffer(workbook, written.map((m) => m.name));
}

export async function writeNewWorkbook(models: SheetModel[], outPath: string, options: WriteOptions & { previous?: ExcelJS.Workbook } = {}): Promise<void> {
  await writeFileAtomic(outPath, await newWorkbookBuffer(models, options));
}
