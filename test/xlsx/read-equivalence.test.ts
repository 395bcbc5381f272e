/**
 * The streaming reader (src/xlsx) gives the very grids the exceljs adapter gave, over every workbook
 * the tests know: the bundled sample, the layout families, the messy sample, every corpus case
 * (ledgers, facts sheets, whole counties), the ledger workbook of the node tests, the packages the
 * safety tests patch, and a package written the way Excel writes one.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { buildWorkbook, type SheetSpec } from "../../scripts/lib/grid-xlsx";
import { lechangSheets } from "../../scripts/sample/lechang";
import type { WorkbookGrids } from "../../src/core/grid";
import { gridsFromWorkbook, restoreStoredNumbers } from "../support/exceljs-grids";
import { listEntries as listZip } from "../../src/xlsx/zip";
import { readXlsx } from "../../src/xlsx/read-workbook";
import { families } from "../fixtures/families";
import { messyLechangSheets } from "../fixtures/messy-lechang";
import { loadCases, specs } from "../corpus/load";
import { makeLedgerWorkbook } from "../node/ledger-workbook";
import { REWRITE_FEATURES, ledgerBuffer } from "../safety/workbooks";
import { excelStylePackage } from "./excel-package";

/** The grids (and formula warnings) as the exceljs adapter read them. */
async function viaExceljs(buf: Buffer): Promise<{ grids: WorkbookGrids; warnings: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const warnings: string[] = [];
  const grids = gridsFromWorkbook(wb, warnings);
  restoreStoredNumbers(wb, grids, buf, listZip(buf));
  return { grids, warnings };
}

async function expectSame(buf: Buffer): Promise<WorkbookGrids> {
  const old = await viaExceljs(buf);
  const read = readXlsx(buf);
  expect(read.grids).toEqual(old.grids);
  // Same cells without a saved result, per sheet.
  expect(read.noResult.map((n) => `${n.sheet}:${n.count}`)).toEqual(old.warnings.map((w) => `${/“(.*)”有 (\d+) 个公式/.exec(w)?.slice(1).join(":")}`));
  return read.grids;
}

const written = async (sheets: SheetSpec[]) => Buffer.from(await buildWorkbook(sheets).xlsx.writeBuffer());

test("the bundled sample, as shipped and as built", async () => {
  await expectSame(await fs.readFile(path.resolve(__dirname, "../../assets/samples/lechang.xlsx")));
  await expectSame(await written(lechangSheets()));
});

test("the layout families and the messy sample", async () => {
  for (const f of families()) await expectSame(await written(f.sheets));
  await expectSame(await written(messyLechangSheets()));
});

test("every corpus case: ledgers, facts sheets, counties", async () => {
  let n = 0;
  for (const folder of ["ledgers", "facts", "counties"]) {
    for (const c of loadCases(folder)) {
      await expectSame(await written(specs(c)));
      n++;
    }
  }
  expect(n).toBeGreaterThanOrEqual(70);
});

test("the node tests' ledger workbook and the safety tests' patched packages", async () => {
  const grids = await expectSame(Buffer.from(await makeLedgerWorkbook().xlsx.writeBuffer()));
  expect(grids.sheets[0].rows[9]).toEqual([null, "政府网站", true, { error: "#DIV/0!" }]);
  for (const f of REWRITE_FEATURES) await expectSame(f.make(await ledgerBuffer()));
});

describe("a package written the way Excel writes one", () => {
  test("reads as exceljs read it, in both date systems", async () => {
    for (const date1904 of [false, true]) await expectSame(excelStylePackage({ date1904, cellsWithoutRef: false }));
  });

  test("what the cells hold", () => {
    const { grids, noResult, internalLinks } = readXlsx(excelStylePackage());
    expect(grids.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["台账 & 记录", false],
      ["参数", true],
      ["内部", true],
    ]);
    const rows = grids.sheets[0].rows;
    expect(rows[0]).toEqual(["站点名称", "注：数据截至 2021-08-31 ", "长来村", "第一行\r\n第二行", "A & B <C>", ""]);
    expect(rows[1]).toEqual([new Date(Date.UTC(2020, 2, 15)), new Date(Date.UTC(2021, 7, 31, 12)), 12500.5, 44439, new Date(Date.UTC(2021, 7, 31)), 44439]);
    // Built-in 31 (a Chinese date whose code depends on the locale) was never a date; style 0 never has a format.
    // A phone number in a date column stays the number; inline strings; booleans; an error.
    expect(rows[2]).toEqual([13800138000, "行内文字", "富文本", true, false, { error: "#N/A" }]);
    expect(rows[3]).toEqual([13800181905, "合计", true, { error: "#DIV/0!" }, new Date(Date.UTC(2020, 2, 16)), "不是日期"]);
    expect(rows[4]).toEqual([5, null, null, 7, "政府网站", "政府网站"]);
    expect(rows[6]).toEqual([7, "政府网站", -0.0015]);
    expect(rows[7]).toEqual(["站点名称"]); // merged A8:C8: only the top-left value
    expect(rows[8]).toEqual([3, null, new Date(Date.UTC(2020, 5, 18))]);
    expect(rows[10]).toEqual([null, null, "政府网站", "https://www.lechang.gov.cn/?a=1&b=2"]);
    expect(rows[11]).toEqual(["站点名称", "A & B <C>", null, null, 9, 10]);
    expect(grids.sheets[0].formats?.[1]).toEqual(["mm-dd-yy", "yyyy-mm-dd", '"¥"#,##0.00', undefined, "[$-F800]dddd, mmmm dd, yyyy"]);
    expect(grids.sheets[0].merges).toEqual([
      { top: 7, left: 0, bottom: 7, right: 2 },
      { top: 8, left: 0, bottom: 9, right: 1 },
    ]);
    expect(noResult).toEqual([{ sheet: "台账 & 记录", count: 2 }]);
    expect(internalLinks).toBe(true);
  });
});
