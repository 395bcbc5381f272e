/**
 * Node adapter: a new workbook made only of table models (the scored sheets of several input
 * files and the copies of their linked sheets; src/xlsx/new-package.ts does the work, purely),
 * written atomically. Reviewer input in an earlier output of the same name is carried over, as
 * when one workbook is re-scored.
 */
import { promises as fs } from "fs";
import type { SheetModel } from "../table";
import { writeNewPackage } from "../xlsx";
import { writeFileAtomic } from "./files";
import type { WriteOptions } from "./write-xlsx";

/** Writes `models` as a new workbook at `outPath`; an earlier file there gives the reviewer's input. Returns the models as written. */
export async function writeNewWorkbook(models: SheetModel[], outPath: string, options: WriteOptions = {}): Promise<SheetModel[]> {
  const previous = await fs.readFile(outPath).then(
    (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
    () => undefined,
  );
  const { onWarning, ...rest } = options;
  const out = writeNewPackage(models, { ...rest, ...(previous ? { previous } : {}) });
  out.warnings.forEach((w) => onWarning?.(w));
  await writeFileAtomic(outPath, Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength));
  return out.models;
}
