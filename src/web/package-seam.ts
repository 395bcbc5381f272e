/**
 * The page's seam over src/xlsx, the same pure reader and package writer the CLI uses: the scored
 * copy of one workbook is the bureau's package plus the scored sheets (every part of it copied as
 * stored), byte for byte what `ecom-score score` writes; several workbooks make a new package.
 */
import { settingsSheetRows } from "../ledger/settings";
import { readXlsx } from "../xlsx/read-workbook";
import { readWarnings } from "../xlsx/read-warnings";
import { writeNewPackage, writeScoredPackage, writeSettingsPackage } from "../xlsx";
import { checkSize, webFileError } from "./limits";
import type { XlsxSeam } from "./seam";

export const packageSeam: XlsxSeam = {
  async readGrids(bytes, name) {
    const entries = checkSize(bytes, name);
    try {
      const read = readXlsx(bytes, {}, entries);
      return { grids: read.grids, warnings: readWarnings(read) };
    } catch (e) {
      throw webFileError(e, name);
    }
  },
  async writeScored(source, models, aliases, settings) {
    if (!source) return { bytes: writeNewPackage(models).bytes, macroEnabled: false };
    const out = writeScoredPackage(source, models, aliases ? { aliases } : {});
    // The session only passes settings when the sheet of that name is free or the tool's own.
    const bytes = settings ? writeSettingsPackage(out.bytes, settingsSheetRows(settings)) : out.bytes;
    return { bytes, macroEnabled: out.macroEnabled };
  },
};
