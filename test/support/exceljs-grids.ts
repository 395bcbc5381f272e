/**
 * The grids the exceljs adapter made before the streaming reader (src/xlsx/read-workbook.ts)
 * replaced it: kept as the reference test/xlsx/read-equivalence.test.ts compares the new reader with.
 */
import ExcelJS from "exceljs";
import type { CellValue, Merge, Sheet, WorkbookGrids } from "../../src/core/grid";
import { sharedStrings, sheetCells, worksheetParts, type RawCell } from "./package-xml";
import { listEntries as listZip, readEntry, type ZipEntry } from "../../src/xlsx/zip";

/**
 * Loads the exceljs model, with the numbers exceljs turned into Dates taken back (see
 * restoreStoredNumbers). Throws what exceljs throws.
 */
export async function loadExceljsModel(buf: Buffer, grids?: WorkbookGrids): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  restoreStoredNumbers(workbook, grids, buf, listZip(buf));
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// Numbers in date-formatted cells

/**
 * exceljs turns every number in a date-formatted cell into a Date (and a formula's cached result,
 * whatever its type), rounded to the millisecond; beyond about 1e8 days (a phone number in a date
 * column) the Date is invalid and is written back as NaN. The stored values are taken back from
 * the sheet XML into the workbook, so a rewrite keeps them exactly; the grids keep the Dates the
 * ledgers read, except that an invalid one becomes the stored number.
 */
export function restoreStoredNumbers(workbook: ExcelJS.Workbook, grids: WorkbookGrids | undefined, buf: Buffer, entries: ZipEntry[]): void {
  let parts: Map<string, string> | undefined;
  let strings: string[] | undefined;
  for (const ws of workbook.worksheets) {
    const wanted = new Map<string, ExcelJS.Cell>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v instanceof Date || (cell.type === ExcelJS.ValueType.Formula && (v as { result?: unknown }).result instanceof Date)) wanted.set(cell.address, cell);
      }),
    );
    if (wanted.size === 0) continue;
    parts ??= worksheetParts(buf, entries);
    const entry = entries.find((e) => e.name === parts?.get(ws.name));
    if (!entry) continue;
    strings ??= sharedStrings(buf, entries);
    const stored = sheetCells(new TextDecoder().decode(readEntry(buf, entry)), strings, new Set(wanted.keys()));
    const grid = grids?.sheets.find((s) => s.name === ws.name);
    for (const [address, cell] of wanted) {
      const raw = stored.get(address);
      if (!raw) continue;
      const value = storedValue(raw);
      const shown = (cell.type === ExcelJS.ValueType.Formula ? (cell.value as { result: Date }).result : cell.value) as Date;
      if (cell.type === ExcelJS.ValueType.Formula) {
        (cell as unknown as { _value: { model: { result?: unknown } } })._value.model.result = value;
      } else if (typeof value === "number") {
        cell.value = value;
      }
      // The grid keeps a valid date; a number no date can hold, or a text or boolean result, as stored.
      if (grid && (typeof value !== "number" || Number.isNaN(shown.getTime()))) setGridValue(grid, Number(cell.row) - 1, Number(cell.col) - 1, value);
    }
  }
}

/** Sets one value of a grid whose trailing empty rows and cells were trimmed. */
function setGridValue(grid: Sheet, r: number, c: number, value: CellValue): void {
  while (grid.rows.length <= r) grid.rows.push([]);
  const row = grid.rows[r];
  while (row.length < c) row.push(null);
  row[c] = value;
}

function storedValue(raw: RawCell): string | number | boolean | { error: string } {
  return raw.type === "e" ? { error: String(raw.value) } : raw.value;
}

// ---------------------------------------------------------------------------------------------
// Worksheets → grids

type RichText = { richText: { text: string }[] };

function richToText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && Array.isArray((v as RichText).richText)) {
    return (v as RichText).richText.map((r) => r.text ?? "").join("");
  }
  return v === null || v === undefined ? "" : String(v);
}

function plain(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string") return { error: (v as { error: string }).error };
  if (typeof v === "object" && Array.isArray((v as RichText).richText)) return richToText(v);
  return undefined;
}

/** One cell's value as a grid value; `noResult` is called for a formula without a cached result. */
export function cellToValue(cell: ExcelJS.Cell, noResult?: () => void): CellValue {
  const v = cell.value as unknown;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula: {
      const f = v as { result?: unknown };
      const r = f.result;
      if (r === undefined || r === null) {
        noResult?.();
        return null;
      }
      if (typeof r === "object" && !(r instanceof Date) && !("error" in (r as object)) && !Array.isArray((r as RichText).richText)) {
        return null; // a shared-formula placeholder or an unknown shape
      }
      return plain(r) ?? null;
    }
    case ExcelJS.ValueType.Hyperlink: {
      const h = v as { text?: unknown; hyperlink?: string };
      const t = richToText(h.text);
      return t === "" ? (h.hyperlink ?? null) : t;
    }
    case ExcelJS.ValueType.RichText:
      return richToText(v);
    default: {
      const p = plain(v);
      return p === undefined ? String(v) : p;
    }
  }
}

type RangeLike = { top: number; left: number; bottom: number; right: number };

/** The merged ranges of a worksheet, zero-based (exceljs keeps them by master cell). */
export function worksheetMerges(ws: ExcelJS.Worksheet): Merge[] {
  const merges = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges ?? {};
  return Object.values(merges)
    .filter((m): m is RangeLike => !!m && typeof m.top === "number")
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A worksheet as a grid: values, merges, number formats, hidden state. */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet, warnings?: string[]): Sheet {
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  let anyFormat = false;
  let noResult = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const fmts: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value = cellToValue(cell, () => noResult++);
      values[col - 1] = value;
      const nf = cell.numFmt;
      if (nf && nf !== "General" && cell.type !== ExcelJS.ValueType.Merge) {
        fmts[col - 1] = nf;
        anyFormat = true;
      }
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    while (values.length && values[values.length - 1] === null) values.pop();
    rows[rowNumber - 1] = values;
    if (fmts.length) formats[rowNumber - 1] = fmts;
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  const sheet: Sheet = { name: ws.name, rows };
  const merges = worksheetMerges(ws);
  if (merges.length) sheet.merges = merges;
  if (anyFormat) {
    for (let r = 0; r < formats.length; r++) if (!formats[r]) formats[r] = [];
    sheet.formats = formats;
  }
  if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hidden = true;
  if (noResult > 0 && warnings) {
    warnings.push(
      `工作表“${ws.name}”有 ${noResult} 个公式没有保存计算结果，按空白读取；请在 Excel 中打开并保存后再试。` +
        ` / Sheet "${ws.name}": ${noResult} formula cell(s) have no saved result and are read as blank; open and save the file in Excel first.`,
    );
  }
  return sheet;
}

/** Every worksheet, in tab order. */
export function gridsFromWorkbook(workbook: ExcelJS.Workbook, warnings?: string[]): WorkbookGrids {
  return { sheets: workbook.worksheets.map((ws) => sheetFromWorksheet(ws, warnings)) };
}
