/** `ecom-score score a.xlsx b.xlsx c.xlsx`: several workbooks of one county scored as one. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { FILE_SHEET_SEPARATOR } from "../../src/pipeline";
import type { ScoreReport } from "../../src/scoring/report";
import { SAMPLE, splitSample } from "../support/split-sample";
import { listZip, readText } from "../support/zip";
import { worksheetParts } from "../support/package-xml";

let dir: string;
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out: () => out.join(""), err: () => err.join("") };
}
const readJson = async (f: string) => JSON.parse(await fs.readFile(f, "utf8")) as ScoreReport;
/** A diagnostic without the file part of its sheet names, to compare with the one-file report. */
const unqualified = (s: string) => s.replace(/map "[^"]+\.xlsx" --sheet/g, "map <工作簿> --sheet").replace(/[^“”\s"]+\.xlsx › /g, "");

let files: string[];
let single: ScoreReport;
let combined: ScoreReport;
let code: number;
let c: ReturnType<typeof capture>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-several-"));
  files = await splitSample(dir);
  await fs.copyFile(SAMPLE, path.join(dir, "lechang.xlsx"));
  expect(await main(["score", path.join(dir, "lechang.xlsx"), "--json", path.join(dir, "single.json"), "--quiet"], capture().io)).toBe(0);
  single = await readJson(path.join(dir, "single.json"));
  c = capture();
  code = await main(["score", ...files, "--json", path.join(dir, "combined.json")], c.io);
  combined = await readJson(path.join(dir, "combined.json"));
}, 120000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("three files score as the one workbook they were split from: 89, every indicator's points", () => {
  expect(code).toBe(0);
  expect(c.out()).toContain("合计：89 分");
  expect(combined.total).toBe(89);
  expect(combined.indicators.map((i) => [i.id, i.points, i.status])).toEqual(single.indicators.map((i) => [i.id, i.points, i.status]));
  expect(combined.measures).toEqual(single.measures);
  // The same diagnostics, each naming its file as well as its sheet.
  expect(combined.diagnostics.map((d) => [d.severity, unqualified(d.message), d.sheet && unqualified(d.sheet), d.cell])).toEqual(
    single.diagnostics.map((d) => [d.severity, d.message, d.sheet, d.cell]),
  );
  const located = combined.diagnostics.filter((d) => d.sheet);
  expect(located.length).toBeGreaterThan(0);
  for (const d of located) expect(d.sheet).toMatch(/^[^›]+\.xlsx › /);
});

test("one workbook out, 合并评分.xlsx beside the first: scored sheets plus a copy of each linked sheet, links resolving", async () => {
  const out = path.join(dir, "合并评分.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const names = wb.worksheets.map((w) => w.name);
  expect(names.slice(0, 3)).toEqual(["考评指标自评表", "评分明细", "诊断信息"]);
  expect(names).toContain(`培训台账.xlsx${FILE_SHEET_SEPARATOR}培训台账`);
  // Every internal link of the scored sheets names a sheet of this workbook.
  const pkg = await fs.readFile(out);
  const entries = listZip(pkg);
  const parts = worksheetParts(pkg);
  const links: string[] = [];
  for (const name of names.slice(0, 3)) {
    const xml = readText(pkg, entries, parts.get(name)!)!;
    for (const m of xml.matchAll(/<hyperlink\b[^>]*location="([^"]*)"/g)) links.push(m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
  }
  expect(links.length).toBeGreaterThan(10);
  for (const l of links) {
    const sheet = /^'((?:[^']|'')+)'!/.exec(l)?.[1]?.replace(/''/g, "'");
    expect(names).toContain(sheet);
  }
  // The copy holds the ledger's values: row 5 of the training ledger as in the source file.
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(files[1]);
  const a = src.getWorksheet("培训台账")!;
  const b = wb.getWorksheet(`培训台账.xlsx${FILE_SHEET_SEPARATOR}培训台账`)!;
  for (const r of [1, 2, 5, 100]) for (let col = 1; col <= 6; col++) expect(String(b.getCell(r, col).text)).toBe(String(a.getCell(r, col).text));
});

test("a record in two files is a warning naming both, counted once", async () => {
  const d2 = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-dup-"));
  try {
    const dup = await splitSample(d2, {
      "基本情况与村站.xlsx": ["基本情况与自评", "行政村清单", "站点台账", "资金台账"],
      "培训台账.xlsx": ["培训台账", "建档立卡贫困人口", "产业园入驻企业"],
      "资金与宣传.xlsx": ["资金台账", "报送记录", "专栏更新记录", "宣传报道", "经验材料报送"],
    });
    const r = capture();
    expect(await main(["score", ...dup, "--json", path.join(d2, "r.json"), "--quiet"], r.io)).toBe(0);
    const report = await readJson(path.join(d2, "r.json"));
    expect(report.total).toBe(89);
    expect(report.measures.fundSpent).toBe(single.measures.fundSpent);
    expect(report.measures.fundAllocated).toBe(single.measures.fundAllocated);
    const w = report.diagnostics.filter((d) => /重复记录/.test(d.message));
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe("warning");
    expect(w[0].sheet).toBe("资金与宣传.xlsx › 资金台账");
    expect(w[0].message).toContain("基本情况与村站.xlsx › 资金台账");
  } finally {
    await fs.rm(d2, { recursive: true, force: true });
  }
}, 120000);

test("a missing file among several: exit 2, one line naming it, nothing written", async () => {
  const d3 = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-missing-"));
  try {
    const r = capture();
    const missing = path.join(d3, "站点清单.xlsx");
    const got = await main(["score", files[0], missing, files[2], "--out", path.join(d3, "out.xlsx"), "--json", path.join(d3, "r.json")], r.io);
    expect(got).toBe(2);
    expect(r.err().trim().split("\n")).toHaveLength(1);
    expect(r.err()).toContain("站点清单.xlsx");
    expect(await fs.readdir(d3)).toEqual([]);
  } finally {
    await fs.rm(d3, { recursive: true, force: true });
  }
});

test("scored again, the combined workbook keeps the reviewer's input and holds no sheet twice", async () => {
  const out = path.join(dir, "合并评分.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const before = wb.worksheets.map((w) => w.name);
  const ws = wb.getWorksheet("考评指标自评表")!;
  const header = ws.getRow(2).values as unknown[];
  const opinion = header.indexOf("考评意见");
  const idCol = header.indexOf("指标编号");
  expect(opinion).toBeGreaterThan(0);
  let row = 0;
  ws.eachRow((r, n) => void (!row && r.getCell(idCol).value === "work.training" && (row = n)));
  expect(row).toBeGreaterThan(0);
  ws.getCell(row, opinion).value = "签到表缺 2 场";
  await wb.xlsx.writeFile(out);

  expect(await main(["score", ...files, "--quiet"], capture().io)).toBe(0);
  const again = new ExcelJS.Workbook();
  await again.xlsx.readFile(out);
  expect(again.worksheets.map((w) => w.name)).toEqual(before);
  const table = again.getWorksheet("考评指标自评表")!;
  let kept: unknown;
  table.eachRow((r) => void (r.getCell(idCol).value === "work.training" && kept === undefined && (kept = r.getCell(opinion).value)));
  expect(kept).toBe("签到表缺 2 场");
}, 120000);
