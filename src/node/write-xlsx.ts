/**
 * Node adapter, writing: the scored copy of a workbook is the original package plus new parts
 * (src/xlsx does the work, purely); this reads nothing and writes the result atomically.
 *
 *  - Earlier output sheets of the tool are replaced in place after their reviewer input (考评得分,
 *    考评意见) is taken over into the new models, matched by 指标编号.
 *  - Every other part of the bureau's package is copied as it is stored.
 */
import * as path from "path";
import { UserError } from "../core/errors";
import { writeScoredPackage, type ScoredWriteOptions } from "../xlsx";
import type { SheetModel } from "../table";
import { writeFileAtomic } from "./files";

export { carryOverReviewerInput } from "../table";
export { DEFAULT_FONT, MAX_CELL_TEXT } from "../xlsx";

export interface WriteOptions extends ScoredWriteOptions {
  /** Called with each warning (reviewer input that could not be placed, …). */
  onWarning?: (message: string) => void;
}

/**
 * Writes the scored copy of the workbook whose bytes are `source` to `outPath` atomically (see
 * writeFileAtomic). Returns the models as written (final names, reviewer input carried over).
 */
export async function writeScoredWorkbook(source: Uint8Array, sheets: SheetModel[], outPath: string, options: WriteOptions = {}): Promise<SheetModel[]> {
  const out = writeScoredPackage(source, sheets, options);
  // Excel refuses to open a macro workbook named .xlsx; the copy keeps the macros, so it stays .xlsm.
  if (out.macroEnabled && path.extname(outPath).toLowerCase() !== ".xlsm") {
    throw new UserError(
      `工作簿含有宏（.xlsm），评分副本也须保存为 .xlsm，未写入“${outPath}” / the workbook holds macros: save the scored copy as .xlsm; "${outPath}" was not written`,
    );
  }
  out.warnings.forEach((w) => options.onWarning?.(w));
  await writeFileAtomic(outPath, Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength));
  return out.models;
}
