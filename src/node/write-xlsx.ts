/**
 * Node adapter, writing: the scored copy of a workbook is the original package plus new parts
 * (src/xlsx does the work, purely); this reads nothing and writes the result atomically.
 *
 *  - Earlier output sheets of the tool are replaced in place after their reviewer input (考评得分,
 *    考评意见) is taken over into the new models, matched by 指标编号.
 *  - Every other part of the bureau's package is copied as it is stored.
 */
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
  out.warnings.forEach((w) => options.onWarning?.(w));
  await writeFileAtomic(outPath, Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength));
  return out.models;
}
