/**
 * Every bureau value survives into the scored copy: each valued cell of each of the bureau's sheets
 * is compared at the XML level (type, value, formula) between the input and the copy the CLI wrote,
 * over the fixtures, the sample, a workbook of the cases exceljs converts, and random workbooks.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { promises as fs } from "fs";
import * as path from "path";
import { buildWorkbook, type SheetSpec } from "../../scripts/lib/grid-xlsx";
import { workbookCells, type RawCell } from "../support/package-xml";
import { readWorkbookBuffer } from "../../src/node/read-xlsx";
import { families } from "../fixtures/families";
import { messyLechangSheets } from "../fixtures/messy-lechang";
import { makeLedgerWorkbook } from "../node/ledger-workbook";
import { SAMPLE, run, useTempDir } from "./run";

const tmp = useTempDir();

let n = 0;
/** Scores `input` with the CLI and returns the cells that differ in the copy ("sheet!A1: before → after"). */
async function changedCells(input: Buffer): Promise<string[]> {
  const file = path.join(tmp.dir, `in${++n}.xlsx`);
  const out = path.join(tmp.dir, `in${n}.scored.xlsx`);
  await fs.writeFile(file, input);
  const r = await run(["score", file, "--out", out, "--quiet"]);
  if (r.code !== 0) return [`exit ${r.code}: ${r.stderr}`];
  const before = workbookCells(input);
  const after = workbookCells(await fs.readFile(out), [...before.keys()]);
  const show = (c: RawCell | undefined) => (c ? JSON.stringify(c) : "(none)");
  const diffs: string[] = [];
  for (const [sheet, cells] of before) {
    const copy = after.get(sheet);
    if (!copy) {
      diffs.push(`${sheet}: missing from the copy`);
      continue;
    }
    for (const addr of new Set([...cells.keys(), ...copy.keys()])) {
      const a = cells.get(addr);
      const b = copy.get(addr);
      if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${sheet}!${addr}: ${show(a)} → ${show(b)}`);
    }
  }
  return diffs;
}

const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

test("numbers in date-formatted cells: a phone number ≥ 1e10 is not NaN, a fraction keeps every digit", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("站点台账");
  ws.addRow(["站点名称", "所在村", "联系电话", "建成日期", "备注"]);
  ws.addRow(["长来站", "长来村", 13800138000, 44000.123456789, null]);
  ws.addRow(["北乡站", "北乡村", 1e10, 44001, null]);
  ws.addRow(["坪石站", "坪石村", 9.99e15, -1, null]);
  for (const c of [3, 4, 5]) ws.getColumn(c).numFmt = "yyyy-mm-dd";
  // Formula results in date-formatted cells: text, boolean, error and a number too large for a date.
  ws.getCell("E2").value = { formula: 'C2&""', result: "13800138000" } as ExcelJS.CellFormulaValue;
  ws.getCell("E3").value = { formula: "C3>0", result: true } as ExcelJS.CellFormulaValue;
  ws.getCell("E4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell("F2").value = { formula: "C2*1", result: 13800138000 } as ExcelJS.CellFormulaValue;
  ws.getCell("F2").numFmt = "yyyy-mm-dd";
  const input = await bytes(wb);
  expect(await changedCells(input)).toEqual([]);
  // The ledgers see a date where there is one, and the stored number where no date can hold it.
  const { grids } = await readWorkbookBuffer(input);
  expect(grids.sheets[0].rows[1].slice(2, 6)).toEqual([13800138000, expect.any(Date), "13800138000", 13800138000]);
});

test("the bundled sample and the node fixture ledger", async () => {
  expect(await changedCells(await fs.readFile(SAMPLE))).toEqual([]);
  expect(await changedCells(await bytes(makeLedgerWorkbook()))).toEqual([]);
});

test("the messy Lechang layout and every ledger family fixture", async () => {
  const books: SheetSpec[][] = [messyLechangSheets(), ...families().map((f) => f.sheets)];
  const diffs: string[] = [];
  // A few at a time: each is a CLI run.
  for (let i = 0; i < books.length; i += 6) {
    const found = await Promise.all(books.slice(i, i + 6).map(async (sheets) => changedCells(await bytes(buildWorkbook(sheets)))));
    diffs.push(...found.flat());
  }
  expect(diffs).toEqual([]);
});

// Characters a clerk's cell may hold; raw control characters cannot be in XML at all (Excel writes
// them as _x000D_ escapes, which are plain text here), so they are left out.
const text = fc.string({ unit: fc.constantFrom(..."村委会 站点ABCxyz019-=+@'\"<>&;:/\\_，。（）\n\t、𠀀😀é"), maxLength: 12 });
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(13800138000, 1e10, 2958465.9999999, 2958466, 44000.5, 1e-7, 0.1 + 0.2),
);
const value = fc.oneof(text, number, fc.boolean(), fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }));
const format = fc.constantFrom(undefined, "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "h:mm:ss", "m/d/yy h:mm", "0.00", "#,##0", "@", "0%");
const cell = fc.record({ value, format });
const sheet = fc.array(fc.array(fc.option(cell, { nil: undefined }), { maxLength: 6 }), { minLength: 1, maxLength: 8 });

test("random workbooks: every value, whatever its format, survives", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
      const wb = new ExcelJS.Workbook();
      sheets.forEach((rows, i) => {
        const ws = wb.addWorksheet(`表${i + 1}`);
        rows.forEach((row, r) =>
          row.forEach((c, col) => {
            if (!c) return;
            const x = ws.getCell(r + 1, col + 1);
            x.value = c.value;
            if (c.format) x.numFmt = c.format;
          }),
        );
      });
      expect(await changedCells(await bytes(wb))).toEqual([]);
    }),
    { numRuns: 12 },
  );
});
