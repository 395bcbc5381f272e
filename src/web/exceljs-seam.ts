/**
 * TEMPORARY seam over exceljs's browser build, until the pure src/xlsx reader and writer land:
 * it reads a whole workbook in memory (heavy: about 16 bytes of heap per byte of sheet XML) and
 * writes links the way exceljs does (an external relationship "#'Sheet'!A1") without the CLI's
 * package patch. `limits.ts` keeps it from taking more than a tab can hold.
 */
import ExcelJS from "exceljs";
// TEMPORARY (see above): the exceljs adapter lives in src/node; this file goes when src/xlsx lands.
// eslint-disable-next-line boundaries/dependencies
import { gridsFromWorkbook } from "../node/read-xlsx";
// eslint-disable-next-line boundaries/dependencies
import { applyScoredSheets } from "../node/write-xlsx";
// eslint-disable-next-line boundaries/dependencies
import { putSettingsSheet } from "../node/settings-xlsx";
import type { WorkbookSettings } from "../ledger/settings";
import type { SheetModel } from "../table";
import { checkSize } from "./limits";
import { internalLinks } from "./links";
import { WebFileError, type XlsxSeam } from "./seam";

export const exceljsSeam: XlsxSeam = {
  async readGrids(bytes, name) {
    checkSize(bytes, name);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new WebFileError(`无法读取“${name}”：文件已损坏或不是 .xlsx 工作簿。`, "unreadable");
    }
    return gridsFromWorkbook(wb);
  },
  async writeScored(source: Uint8Array | undefined, models: SheetModel[], aliases?: Map<string, string>, settings?: WorkbookSettings) {
    const wb = new ExcelJS.Workbook();
    if (source) await wb.xlsx.load(source as unknown as ArrayBuffer);
    applyScoredSheets(wb, models, aliases ? { aliases } : {});
    if (settings) putSettingsSheet(wb, settings);
    return internalLinks(new Uint8Array(await wb.xlsx.writeBuffer()));
  },
};
