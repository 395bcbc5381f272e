/**
 * How much a browser tab can take. The check reads only the zip directory (the uncompressed size
 * of the sheets' XML), so a file that is too large is refused at once with a message, before it
 * can exhaust the worker's memory.
 */
import { unzipSync } from "fflate";
import { WebFileError } from "./seam";

/** Uncompressed sheet XML (worksheets + shared strings) the page reads at most: about 300,000 rows of a wide ledger. */
export const MAX_SHEET_XML = 256 * 1024 * 1024;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** The uncompressed size of the sheets' XML; throws WebFileError for what is no .xlsx at all. */
export function sheetXmlSize(bytes: Uint8Array, name: string): number {
  // An OLE compound file: a legacy .xls, or an .xlsx protected with a password.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new WebFileError(`“${name}”是旧版 .xls 或设了打开密码的工作簿：请在 Excel/WPS 中另存为 .xlsx（不设密码）后再试。`, "unreadable");
  }
  let size = 0;
  let sheets = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(f.name)) {
          size += f.originalSize;
          if (f.name.startsWith("xl/worksheets/")) sheets++;
        }
        return false; // the directory is enough: nothing is inflated here
      },
    });
  } catch {
    throw new WebFileError(`“${name}”不是有效的 .xlsx 工作簿（文件可能已损坏）。`, "unreadable");
  }
  if (sheets === 0) throw new WebFileError(`“${name}”不是 .xlsx 工作簿（其中没有工作表）。`, "unreadable");
  return size;
}

/** Refuses a workbook the tab cannot hold, with a message saying what to do instead. */
export function checkSize(bytes: Uint8Array, name: string, max = MAX_SHEET_XML): void {
  const size = sheetXmlSize(bytes, name);
  if (size > max) {
    throw new WebFileError(
      `“${name}”太大，浏览器无法处理（表格数据解压后约 ${MB(size)}，网页最多处理 ${MB(max)}）。请把大台账拆成几个文件一起拖入，或改用命令行 ecom-score score。`,
      "tooLarge",
    );
  }
}
