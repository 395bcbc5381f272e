/**
 * Node adapter, reading: an .xlsx file → plain grids (src/core/grid.ts) plus the exceljs
 * workbook the scored copy is written from.
 *
 * `readWorkbook` is the one boundary the CLI calls; a streaming reader for very large files can
 * replace its body later (the grids are all the ledger layer needs; the workbook is only needed to
 * write the scored copy).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { getHeapStatistics } from "v8";
import ExcelJS from "exceljs";
import type { CellValue, Merge, Sheet, WorkbookGrids } from "../core/grid";
import { sharedStrings, sheetCells, worksheetParts, type RawCell } from "./package-xml";
import { isZip, listEntries as listZip, readEntryText, type ZipEntry } from "../xlsx/zip";
import { UserError } from "../core/errors";

export type UnreadableReason = "missing" | "notAFile" | "denied" | "legacyXls" | "encrypted" | "notXlsx" | "corrupt" | "tooLarge";

/** The file cannot be read as an xlsx workbook. The message is Chinese, then English; the CLI exits 2. */
export class UnreadableWorkbookError extends UserError {
  override readonly name = "UnreadableWorkbookError";
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export interface ReadResult {
  grids: WorkbookGrids;
  workbook: ExcelJS.Workbook;
  /** Things the reader noticed (formulas without results). */
  warnings: string[];
  /** The file's bytes as read (a backup of exactly what was read). */
  bytes: Buffer;
}

function unreadable(file: string, reason: UnreadableReason, zh: string, en: string, detail?: string): UnreadableWorkbookError {
  const base = path.basename(file);
  return new UnreadableWorkbookError(file, reason, `无法读取工作簿“${base}”：${zh} / Cannot read workbook "${base}": ${en}`, detail);
}

export interface ReadOptions {
  /** Heap needed per byte of sheet XML by what the caller will do (see HEAP_PER_XML_BYTE). */
  heapPerXmlByte?: number;
}

export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw unreadable(file, "notAFile", "这不是一个文件", "not a file");
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw unreadable(file, "missing", "文件不存在", "file not found");
    if (code === "EACCES" || code === "EPERM") throw unreadable(file, "denied", "没有读取权限", "permission denied");
    if (code === "EISDIR") throw unreadable(file, "notAFile", "这是一个文件夹", "it is a directory");
    throw unreadable(file, "corrupt", `读取失败（${code ?? "未知错误"}）`, `read failed (${code ?? String(e)})`);
  }
  return readWorkbookBuffer(buf, file, options);
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The same from bytes in memory (`file` names it in messages). */
export async function readWorkbookBuffer(buf: Buffer, file = "workbook.xlsx", options: ReadOptions = {}): Promise<ReadResult> {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB_MAGIC)) {
    if (buf.includes(Buffer.from("EncryptionInfo", "utf16le"))) {
      throw unreadable(file, "encrypted", "工作簿设置了打开密码，请在 Excel 中取消密码后再试", "the workbook is password-protected; remove the password in Excel and try again");
    }
    throw unreadable(file, "legacyXls", "这是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再试", "this is a legacy .xls file; save it as .xlsx in Excel and try again");
  }
  if (!isZip(buf)) {
    throw unreadable(file, "notXlsx", "这不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)");
  }
  let entries: ZipEntry[];
  try {
    entries = listZip(buf);
  } catch (e) {
    throw unreadable(file, "corrupt", "文件已损坏（压缩包结构不完整）", "the file is damaged (broken zip structure)", String(e));
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) {
    if (names.has("content.xml") && names.has("mimetype")) {
      throw unreadable(file, "notXlsx", "这是 OpenDocument（.ods）表格，请另存为 .xlsx 后再试", "this is an OpenDocument (.ods) spreadsheet; save it as .xlsx and try again");
    }
    throw unreadable(file, "notXlsx", "这不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)");
  }
  checkFitsInMemory(file, entries, options.heapPerXmlByte);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw unreadable(file, "corrupt", "文件已损坏或格式不受支持", "the file is damaged or in an unsupported format", e instanceof Error ? e.message : String(e));
  }
  const warnings: string[] = [];
  const grids = gridsFromWorkbook(workbook, warnings);
  restoreStoredNumbers(workbook, grids, buf, entries);
  return { grids, workbook, warnings, bytes: buf };
}

// ---------------------------------------------------------------------------------------------
// Too large to read

/**
 * exceljs holds the whole workbook as objects. Measured (Lechang with its training ledger grown to
 * 50,000–200,000 rows, 17–57 MB of sheet XML, under --max-old-space-size): reading and recognising
 * needed 10–12 times the uncompressed size of the sheets and shared strings in heap, reading,
 * scoring and writing the copy 16–28 times. These are the lower ends: a workbook refused with them
 * could not have been read, so nothing that would work is refused.
 */
export const HEAP_PER_XML_BYTE = { read: 9, rewrite: 16 } as const;

/**
 * Refuses, before loading, a workbook that clearly cannot fit in the heap (the zip directory gives
 * the uncompressed sizes), instead of letting V8 abort minutes later.
 */
export function checkFitsInMemory(file: string, entries: ZipEntry[], perByte: number = HEAP_PER_XML_BYTE.read, heapLimit = getHeapStatistics().heap_size_limit): void {
  const xml = entries.filter((e) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name)).reduce((n, e) => n + e.size, 0);
  const need = xml * perByte;
  if (need <= heapLimit) return;
  const mb = (n: number) => Math.round(n / 1048576);
  throw unreadable(
    file,
    "tooLarge",
    `工作簿太大：解压后的表格数据有 ${mb(xml)} MB，处理约需 ${mb(need)} MB 以上内存，超过本进程的上限 ${mb(heapLimit)} MB；请删去不需要的工作表或行，或用 node --max-old-space-size=<MB> 运行 bin/ecom-score.js`,
    `the workbook is too large: ${mb(xml)} MB of sheet data needs more than ${mb(need)} MB of memory, over this process's limit of ${mb(heapLimit)} MB; remove sheets or rows you do not need, or run bin/ecom-score.js with node --max-old-space-size=<MB>`,
  );
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
function restoreStoredNumbers(workbook: ExcelJS.Workbook, grids: WorkbookGrids, buf: Buffer, entries: ZipEntry[]): void {
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
    const stored = sheetCells(readEntryText(buf, entry), strings, new Set(wanted.keys()));
    const grid = grids.sheets.find((s) => s.name === ws.name);
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
