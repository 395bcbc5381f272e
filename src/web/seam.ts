/**
 * The page's only contact with the .xlsx format: bytes → grids, and (bytes, models) → the scored
 * workbook's bytes. Everything else the page does is the shared pure pipeline.
 */
import type { WorkbookGrids } from "../core/grid";
import type { WorkbookSettings } from "../ledger/settings";
import type { SheetModel } from "../table";

export interface XlsxSeam {
  /**
   * The workbook's sheets and what the reader noticed (the CLI's warnings, which the report
   * carries); throws WebFileError with a clear message for a file it cannot read.
   */
  readGrids(bytes: Uint8Array, name: string): Promise<{ grids: WorkbookGrids; warnings: string[] }>;
  /**
   * The scored workbook: `source` with the scored sheets added (its own sheets kept as they are),
   * or, without a source, a new workbook of the models alone. `aliases`: see gridsForScoring.
   * `settings`: the page's corrections, stored in the copy's settings sheet (_ecom_settings) so
   * that they travel with it, as the pane stores them. `macroEnabled`: the copy holds the
   * source's macros, so it must be saved as .xlsm.
   */
  writeScored(
    source: Uint8Array | undefined,
    models: SheetModel[],
    aliases?: Map<string, string>,
    settings?: WorkbookSettings,
  ): Promise<{ bytes: Uint8Array; macroEnabled: boolean }>;
}

/** A file the page cannot use; `message` is one sentence for the clerk, naming the file. */
export class WebFileError extends Error {
  constructor(
    message: string,
    readonly code: "tooLarge" | "unreadable",
  ) {
    super(message);
  }
}
