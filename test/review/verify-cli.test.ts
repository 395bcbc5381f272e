/**
 * ecom-score verify on a scored copy of the sample: clean; then after a ledger cell is edited, a
 * ledger row deleted, a point typed over in the indicator table; and inputs it cannot verify.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { tempDir } from "../node/tmp";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");
const tmp = tempDir("ecom-verify-");
let scored: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out: () => out.join(""), err: () => err.join("") };
}

async function run(...argv: string[]) {
  const c = capture();
  const code = await main(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** A copy of the scored workbook changed by `edit` (with exceljs, as a clerk's Excel would save it). */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(scored);
  edit(wb);
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  scored = tmp.file("lechang.scored.xlsx");
  const r = await run("score", SAMPLE, "--out", scored, "--quiet");
  expect(r.code).toBe(0);
});
afterAll(() => tmp.cleanup());

test("a scored copy as written verifies clean (exit 0, one summary line)", async () => {
  const r = await run("verify", scored);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^核对通过：\d+ 张工作表与评分时一致，20 项指标得分与台账相符，合计 89 分/);
  expect(r.out.trim().split("\n")).toHaveLength(1);
});

test("the fingerprint is a hidden sheet of the scored copy", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(scored);
  const ws = wb.getWorksheet("_ecom_fingerprint");
  expect(ws?.state).toBe("hidden");
  const rows = ws!.getSheetValues().filter(Boolean) as unknown[][];
  expect(rows.find((r) => r[1] === "rubric")?.[2]).toBe("gd-2019");
  expect(rows.find((r) => r[1] === "asOf")?.[2]).toBe("2021-08-31");
  expect(rows.filter((r) => r[1] === "sheet").map((r) => r[2])).toContain("站点台账");
});

test("one ledger cell edited: the sheet and row are named, exit 3", async () => {
  const file = await edited("cell.xlsx", (wb) => {
    wb.getWorksheet("站点台账")!.getCell("B5").value = "改过的站点名称";
  });
  const r = await run("verify", file);
  expect(r.code).toBe(3);
  const lines = r.out.trim().split("\n");
  expect(lines[0]).toMatch(/^核对发现不一致：1 张工作表评分后有改动/);
  expect(r.out).toContain("工作表“站点台账”（村级电商服务站点清单）评分后有改动：第 5 行已修改");
  // A station's name does not score: no indicator changed, nothing typed over.
  expect(r.out).not.toMatch(/重新评分为/);
});

test("a ledger row deleted: named by its old row", async () => {
  const file = await edited("rows.xlsx", (wb) => {
    wb.getWorksheet("行政村清单")!.spliceRows(10, 1);
  });
  const r = await run("verify", file);
  expect(r.code).toBe(3);
  expect(r.out).toContain("工作表“行政村清单”（行政村清单）评分后有改动：原第 10 行已删除");
});

test("a point typed over in the indicator table is reported with its cell", async () => {
  const file = await edited("typed.xlsx", (wb) => {
    wb.getWorksheet("考评指标自评表")!.getCell("G3").value = 1;
  });
  const r = await run("verify", file, "--json", "-");
  expect(r.code).toBe(3);
  const json = JSON.parse(r.out);
  expect(json.sheets).toEqual([]);
  expect(json.points).toEqual([]);
  expect(json.typedOver).toEqual([expect.objectContaining({ id: "org.leadership", written: 2, now: 1, cell: "G3" })]);
});

test("points that no longer follow from the ledgers are listed with before and after", async () => {
  // Every station row emptied: the coverage indicators fall.
  const file = await edited("stations.xlsx", (wb) => {
    const ws = wb.getWorksheet("站点台账")!;
    for (let r = 3; r <= ws.rowCount; r++) ws.getRow(r).eachCell((c) => void (c.value = null));
  });
  const r = await run("verify", file, "--json", "-");
  expect(r.code).toBe(3);
  const json = JSON.parse(r.out);
  expect(json.points.length).toBeGreaterThan(0);
  for (const p of json.points) expect(p.after).not.toBe(p.before);
  expect(json.points.map((p: { id: string }) => p.id)).toContain("total");
  expect(json.sheets[0].message).toMatch(/站点台账/);
});

test("a workbook without a fingerprint (the original, or an older version's copy) exits 2 saying why", async () => {
  const r = await run("verify", SAMPLE);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/没有指纹表“_ecom_fingerprint”.*旧版本/);
  const older = await edited("older.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("_ecom_fingerprint")!.id));
  const o = await run("verify", older);
  expect(o.code).toBe(2);
  expect(o.err).toContain("无法核对");
});

test("re-scoring a scored copy replaces its fingerprint (one fingerprint sheet) and still verifies", async () => {
  const again = tmp.file("again.scored.xlsx");
  expect((await run("score", scored, "--out", again, "--quiet")).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(again);
  expect(wb.worksheets.filter((w) => w.name.startsWith("_ecom_fingerprint"))).toHaveLength(1);
  expect((await run("verify", again)).code).toBe(0);
  await fs.rm(again);
});
