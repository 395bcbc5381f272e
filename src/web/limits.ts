/**
 * How much a browser tab can take, and what the page says about a file it cannot read. The size
 * check reads only the zip directory (the uncompressed size of the sheets' XML), so a file that is
 * too large is refused at once, before it can exhaust the worker's memory.
 */
import { XlsxReadError, sheetDataSize, xlsxDirectory } from "../xlsx/read-workbook";
import type { ZipDirEntry } from "../xlsx/read-zip";
import { WebFileError } from "./seam";

/**
 * Uncompressed sheet XML (worksheets + shared strings) the page reads at most: about 300,000 rows
 * of a wide ledger. The streaming reader needs about 2.5 bytes of heap per byte of it (see
 * HEAP_PER_XML_BYTE in the CLI), so this stays under the memory of one tab.
 */
export const MAX_SHEET_XML = 256 * 1024 * 1024;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** The reader's refusal as one sentence for the clerk, naming the file (its Chinese half). */
export function webFileError(e: unknown, name: string): unknown {
  if (!(e instanceof XlsxReadError)) return e;
  const zh = e.message.split(" / ")[0];
  return new WebFileError(`无法读取“${name}”：${zh}。`, e.reason === "tooLarge" ? "tooLarge" : "unreadable");
}

/** The package's directory; refuses what is no .xlsx and a workbook the tab cannot hold, with a message saying what to do instead. */
export function checkSize(bytes: Uint8Array, name: string, max = MAX_SHEET_XML): ZipDirEntry[] {
  let entries: ZipDirEntry[];
  try {
    entries = xlsxDirectory(bytes);
  } catch (e) {
    throw webFileError(e, name);
  }
  const size = sheetDataSize(entries);
  if (size > max) {
    throw new WebFileError(
      `“${name}”太大，浏览器无法处理（表格数据解压后约 ${MB(size)}，网页最多处理 ${MB(max)}）。请把大台账拆成几个文件一起拖入，或改用命令行 ecom-score score。`,
      "tooLarge",
    );
  }
  return entries;
}
