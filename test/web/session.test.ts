/** The web page's work, without the browser: open, scan, score, write — one file and three. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { WebSession, scoredFileName } from "../../src/web/session";
import { packageSeam } from "../../src/web/package-seam";
import { checkSize } from "../../src/web/limits";
import { WebFileError } from "../../src/web/seam";
import { SAMPLE, splitSample } from "../support/split-sample";
import { main } from "../../src/cli/main";
import { featurePackage } from "../xlsx/feature-package";

const quiet = { out: () => undefined, err: () => undefined };

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-web-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const dropped = async (file: string) => ({ name: path.basename(file), bytes: new Uint8Array(await fs.readFile(file)) });

test("one workbook: the pane's scan, 89, a scored copy holding the bureau's sheets and the scored ones", async () => {
  const session = new WebSession(packageSeam);
  const steps: string[] = [];
  const settings = await session.open([await dropped(SAMPLE)], (p) => steps.push(`${p.step}:${p.file}`));
  expect(steps).toEqual(["read:lechang.xlsx"]);
  const scan = session.scan(settings);
  expect(scan.sheets.map((s) => s.name)).toContain("培训台账");
  expect(scan.sheets.find((s) => s.name === "培训台账")?.kind).toBe("training");
  const scored = await session.score(settings);
  expect(scored.report.total).toBe(89);
  expect(scored.fileName).toBe("lechang.scored.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(scored.workbook) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["培训台账", "考评指标自评表", "评分明细", "诊断信息"]));
  // Links are internal (a location, as Excel writes them), not relationships to a file named "#…".
  const parts = unzipSync(scored.workbook);
  const sheetXml = Object.entries(parts)
    .filter(([n]) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
    .map(([, b]) => strFromU8(b));
  const links = sheetXml.flatMap((x) => [...x.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]));
  expect(links.length).toBeGreaterThan(10);
  for (const l of links) {
    expect(l).toMatch(/location="/);
    expect(l).not.toMatch(/r:id=/);
  }
  // The training indicator's 数据来源 points at the training ledger's rows.
  const training = wb.getWorksheet("考评指标自评表")!.getRow(rowOf(wb, "work.training")).getCell(10).address;
  expect(links).toContain(`<hyperlink ref="${training}" location="&apos;培训台账&apos;!A3:A4387"/>`);
}, 60000);

/** The (first) row of an indicator id in the indicator table (a long indicator spans rows, each carrying its id). */
function rowOf(wb: ExcelJS.Workbook, id: string): number {
  let found = 0;
  wb.getWorksheet("考评指标自评表")!.eachRow((row, r) => row.eachCell((c) => void (c.value === id && !found && (found = r))));
  return found;
}

test("three workbooks: sheets named by file, 89, one combined workbook; a correction names its file's sheet", async () => {
  const files = await splitSample(dir);
  const session = new WebSession(packageSeam);
  const settings = await session.open(await Promise.all(files.map(dropped)));
  const scan = session.scan(settings);
  expect(scan.sheets.map((s) => s.name)).toContain("培训台账.xlsx › 培训台账");
  const scored = await session.score(settings);
  expect(scored.report.total).toBe(89);
  expect(scored.fileName).toBe("合并评分.xlsx");
  // Ignoring the funds ledger by hand changes the score, and only that sheet's reading.
  const ignored = { ...settings, mappings: [{ sheet: "资金与宣传.xlsx › 资金台账", kind: "ignore" as const }] };
  expect(session.scan(ignored).sheets.find((s) => s.name === "资金与宣传.xlsx › 资金台账")?.mapping?.kind).toBe("ignore");
  expect((await session.score(ignored)).report.total).toBeLessThan(89);
}, 120000);

test("one workbook: a correction made on the page travels in the scored copy's settings sheet", async () => {
  const session = new WebSession(packageSeam);
  const settings = await session.open([await dropped(SAMPLE)]);
  const corrected = { ...settings, mappings: [...settings.mappings, { sheet: "宣传报道", kind: "ignore" as const }] };
  const scored = await session.score(corrected);
  expect(scored.report.total).toBeLessThan(89);
  // The copy, opened again, starts from that correction and scores the same.
  const again = new WebSession(packageSeam);
  const reopened = await again.open([{ name: "lechang.scored.xlsx", bytes: scored.workbook }]);
  expect(reopened.mappings).toEqual([{ sheet: "宣传报道", kind: "ignore" }]);
  expect(again.scan(reopened).sheets.find((s) => s.name === "宣传报道")?.mapping?.kind).toBe("ignore");
  expect((await again.score(reopened)).report.total).toBe(scored.report.total);
}, 60000);

test("a file too large for a tab, or no workbook at all, is refused with a message naming it", () => {
  const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  expect(() => checkSize(xls, "旧表.xls")).toThrow(/^无法读取“旧表.xls”：这是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再试。$/);
  expect(() => checkSize(new TextEncoder().encode("hello"), "a.xlsx")).toThrow(WebFileError);
  expect(scoredFileName(["a.xlsx", "b.xlsx"])).toBe("合并评分.xlsx");
});

test("the size limit reads the zip directory: a sheet over the limit is refused before it is inflated", async () => {
  const bytes = new Uint8Array(await fs.readFile(SAMPLE));
  expect(() => checkSize(bytes, "lechang.xlsx", 1024)).toThrow(/“lechang.xlsx”太大，浏览器无法处理/);
  expect(() => checkSize(bytes, "lechang.xlsx")).not.toThrow();
});

test("the page writes the very file the CLI writes: one workbook, and three of one county", async () => {
  const session = new WebSession(packageSeam);
  const settings = await session.open([await dropped(SAMPLE)]);
  // The same settings as the file's own (a correction would add the settings sheet), today's date on both sides.
  const page = await session.score(settings);
  const cliOut = path.join(dir, "cli-one.xlsx");
  expect(await main(["score", SAMPLE, "--out", cliOut, "--quiet"], quiet)).toBe(0);
  expect(Buffer.from(page.workbook).equals(await fs.readFile(cliOut))).toBe(true);

  const files = await splitSample(await fs.mkdtemp(path.join(dir, "three-")));
  const several = new WebSession(packageSeam);
  const s3 = await several.open(await Promise.all(files.map(dropped)));
  const page3 = await several.score(s3);
  const cliOut3 = path.join(dir, "cli-three.xlsx");
  expect(await main(["score", ...files, "--out", cliOut3, "--quiet"], quiet)).toBe(0);
  expect(Buffer.from(page3.workbook).equals(await fs.readFile(cliOut3))).toBe(true);
}, 120000);

test("a macro workbook's copy keeps its macros and is named .xlsm, as the CLI names it", async () => {
  const session = new WebSession(packageSeam);
  const settings = await session.open([{ name: "台账.xlsm", bytes: featurePackage() }]);
  const scored = await session.score(settings);
  expect(scored.fileName).toBe("台账.scored.xlsm");
  expect(Object.keys(unzipSync(scored.workbook))).toContain("xl/vbaProject.bin");
}, 60000);

test("a formula without a saved result: the page's report and copy say so, as the CLI's do", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.getWorksheet("宣传报道")!.getCell("Z1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
  const file = path.join(dir, "公式.xlsx");
  await wb.xlsx.writeFile(file);
  const session = new WebSession(packageSeam);
  const scored = await session.score(await session.open([await dropped(file)]));
  const warning = scored.report.diagnostics.filter((d) => /公式没有保存计算结果/.test(d.message));
  expect(warning).toEqual([{ severity: "warning", message: expect.stringContaining("工作表“宣传报道”有 1 个公式") }]);
  const cliOut = path.join(dir, "公式.cli.xlsx");
  expect(await main(["score", file, "--out", cliOut, "--quiet"], quiet)).toBe(0);
  expect(Buffer.from(scored.workbook).equals(await fs.readFile(cliOut))).toBe(true);
}, 60000);
