/**
 * Loads the layout corpus (test/corpus/README.md): JSON cases → sheets with real date cells and
 * merges, written to .xlsx and read back through the exceljs adapter like a bureau's file.
 */
import { promises as fs, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { writeWorkbook, type SheetSpec } from "../../scripts/lib/grid-xlsx";
import { parseAddress, type CellValue, type Merge, type WorkbookGrids } from "../../src/core/grid";
import { readWorkbook } from "../../src/node/read-xlsx";

export type JsonCell = string | number | boolean | null | { date: string };

export interface CorpusCase<E> {
  file: string;
  description: string;
  sheets: { name: string; rows: JsonCell[][]; merges?: string[]; hidden?: boolean }[];
  expect: E;
  derivation?: string[];
}

export function loadCases<E>(folder: string): CorpusCase<E>[] {
  const dir = path.join(__dirname, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Omit<CorpusCase<E>, "file">) }));
}

function cell(v: JsonCell): CellValue {
  if (v !== null && typeof v === "object") {
    const [y, m, d] = v.date.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v;
}

function merge(range: string): Merge {
  const [a, b] = range.split(":");
  const tl = parseAddress(a);
  const br = parseAddress(b ?? a);
  if (!tl || !br) throw new Error(`bad merge ${range}`);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

export function specs(c: CorpusCase<unknown>): SheetSpec[] {
  return c.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(cell)), merges: (s.merges ?? []).map(merge) }));
}

/** The case written as a real .xlsx in `dir`; its path. */
export async function xlsxOf(c: CorpusCase<unknown>, dir: string): Promise<string> {
  const file = path.join(dir, c.file.replace(/\.json$/, ".xlsx"));
  await writeWorkbook(specs(c), file);
  return file;
}

/** The case as a real workbook read back through the Node adapter. */
export async function gridsOf(c: CorpusCase<unknown>, dir: string): Promise<WorkbookGrids> {
  const file = await xlsxOf(c, dir);
  const grids = (await readWorkbook(file)).grids;
  for (const s of c.sheets) if (s.hidden) (grids.sheets.find((g) => g.name === s.name) ?? { hidden: true }).hidden = true;
  await fs.rm(file);
  return grids;
}
