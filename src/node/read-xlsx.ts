/**
 * Node adapter, reading: an .xlsx file → plain grids (src/core/grid.ts), read by the streaming
 * reader in src/xlsx (no model of the workbook is kept), plus the file's bytes, from which the
 * scored copy is written.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { getHeapStatistics } from "v8";
import type { WorkbookGrids } from "../core/grid";
import { UserError } from "../core/errors";
import { XlsxReadError, readXlsx, sheetDataSize, xlsxDirectory } from "../xlsx/read-workbook";
import type { ZipDirEntry } from "../xlsx/read-zip";
import { readWarnings } from "../xlsx/read-warnings";

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
  /** Things the reader noticed (formulas without results). */
  warnings: string[];
  /** The file's bytes as read: the scored copy is made from them, and a backup is exactly what was read. */
  bytes: Buffer;
}

function unreadable(file: string, reason: UnreadableReason, zh: string, en: string, detail?: string): UnreadableWorkbookError {
  const base = path.basename(file);
  return new UnreadableWorkbookError(file, reason, `无法读取工作簿“${base}”：${zh} / Cannot read workbook "${base}": ${en}`, detail);
}

export interface ReadOptions {
  /** Heap needed per byte of sheet XML by what the caller will do (see HEAP_PER_XML_BYTE). */
  heapPerXmlByte?: number;
  /** Keep number formats in the grids (default true; recognition and scoring do not use them). */
  formats?: boolean;
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

/** The same from bytes in memory (`file` names it in messages). */
export async function readWorkbookBuffer(buf: Buffer, file = "workbook.xlsx", options: ReadOptions = {}): Promise<ReadResult> {
  const fromReader = (e: unknown): never => {
    if (e instanceof XlsxReadError) {
      const [zh, en] = e.message.split(" / ");
      throw unreadable(file, e.reason, zh, en ?? zh, e.detail);
    }
    throw e;
  };
  let entries: ZipDirEntry[] = [];
  try {
    entries = xlsxDirectory(buf);
  } catch (e) {
    fromReader(e);
  }
  checkFitsInMemory(file, entries, options.heapPerXmlByte ?? HEAP_PER_XML_BYTE.read);
  let read!: ReturnType<typeof readXlsx>;
  try {
    read = readXlsx(buf, { formats: options.formats }, entries);
  } catch (e) {
    fromReader(e);
  }
  const warnings = readWarnings(read);
  return { grids: read.grids, warnings, bytes: buf };
}

// ---------------------------------------------------------------------------------------------
// Too large to read

/**
 * Heap needed per byte of uncompressed sheet XML and shared strings. The streaming reader keeps
 * only the grids: the Lechang sample padded to 300,000 training rows (80 MB of sheet XML) was read,
 * recognised and scored under a 256 MB heap and not under 200 MB, so 2.5 is below what it needs.
 * This is the lower end: a workbook refused with it could not have been read, so nothing that
 * would work is refused. (The scored copy is written from the package's bytes, not from a model.)
 */
export const HEAP_PER_XML_BYTE = { read: 2.5 } as const;

/**
 * Refuses, before reading, a workbook that clearly cannot fit in the heap (the zip directory gives
 * the uncompressed sizes), instead of letting V8 abort minutes later.
 */
export function checkFitsInMemory(
  file: string,
  entries: { name: string; size: number }[],
  perByte: number = HEAP_PER_XML_BYTE.read,
  heapLimit = getHeapStatistics().heap_size_limit,
): void {
  const xml = sheetDataSize(entries as ZipDirEntry[]);
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
