/**
 * A bureau's sheet named like one of the tool's (诊断信息, 评分明细, 考评指标自评表, _ecom_settings) is
 * read as a ledger and kept as it is; the tool's outputs are named around it, and re-scoring
 * replaces only the tool's own sheets, keeping what a reviewer typed.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { workbookCells } from "../support/package-xml";
import { listZip, readEntry } from "../support/zip";
import type { ScoreReport } from "../../src/scoring/report";
import { SAMPLE, run, useTempDir } from "./run";

const tmp = useTempDir();

/** The sample with its stations ledger (站点台账) renamed. */
async function sampleWithStationsNamed(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.getWorksheet("站点台账")!.name = name;
  const file = path.join(tmp.dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

/** No part of the package mentions the alias the ledgers were given. */
async function packageText(file: string): Promise<string> {
  const buf = await fs.readFile(file);
  return listZip(buf)
    .filter((e) => e.name.endsWith(".xml"))
    .map((e) => readEntry(buf, e).toString("utf8"))
    .join("\n");
}

describe.each(["诊断信息", "评分明细", "考评指标自评表", "_ecom_settings"])("a bureau sheet named %s", (name) => {
  let input: string;
  let scored: string;
  let report: ScoreReport;

  beforeAll(async () => {
    input = await sampleWithStationsNamed(name);
    scored = path.join(tmp.dir, `${name}.scored.xlsx`);
    const r = await run(["score", input, "--out", scored, "--json", "-", "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    report = JSON.parse(r.stdout) as ScoreReport;
  });

  test("is read as the ledger it is: the sample still scores 89", () => {
    expect(report.total).toBe(89);
    expect(report.diagnostics.some((d) => d.sheet === name)).toBe(true);
    expect(JSON.stringify(report)).not.toContain("\uE000");
  });

  test("is kept in the scored copy cell for cell, and the outputs are named around it", async () => {
    const names = await sheetNames(scored);
    expect(names.filter((n) => n === name)).toHaveLength(1);
    for (const out of ["考评指标自评表", "评分明细", "诊断信息"]) {
      expect(names).toContain(out === name ? `${out}(2)` : out);
    }
    const before = workbookCells(await fs.readFile(input), [name]).get(name);
    const after = workbookCells(await fs.readFile(scored), [name]).get(name);
    expect(after).toEqual(before);
    expect(await packageText(scored)).not.toContain("\uE000");
  });
});

test("re-scoring replaces only the tool's sheets and keeps a reviewer's input in 考评指标自评表(2)", async () => {
  const input = await sampleWithStationsNamed("考评指标自评表");
  const first = path.join(tmp.dir, "first.xlsx");
  expect((await run(["score", input, "--out", first, "--quiet"])).code).toBe(0);

  // A reviewer fills in 考评得分 / 考评意见 of work.center in the tool's table.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const ws = wb.getWorksheet("考评指标自评表(2)")!;
  let header: unknown[] = [];
  ws.eachRow((row) => {
    if ((row.values as unknown[]).includes("考评得分")) header = row.values as unknown[];
  });
  const [score, opinion, id] = ["考评得分", "考评意见", "指标编号"].map((h) => header.indexOf(h));
  ws.eachRow((row) => {
    if (row.getCell(id).value === "work.center") {
      row.getCell(score).value = 12;
      row.getCell(opinion).value = "现场查看";
    }
  });
  const reviewed = path.join(tmp.dir, "reviewed.xlsx");
  await wb.xlsx.writeFile(reviewed);

  const second = path.join(tmp.dir, "second.xlsx");
  const r = await run(["score", reviewed, "--out", second, "--quiet"]);
  expect(r.code).toBe(0);
  expect(await sheetNames(second)).toEqual([...(await sheetNames(input)), "考评指标自评表(2)", "评分明细", "诊断信息", "_ecom_fingerprint"]);
  const again = new ExcelJS.Workbook();
  await again.xlsx.readFile(second);
  let found = false;
  again.getWorksheet("考评指标自评表(2)")!.eachRow((row) => {
    if (row.getCell(id).value !== "work.center") return;
    found = true;
    expect(row.getCell(score).value).toBe(12);
    expect(row.getCell(opinion).value).toBe("现场查看");
  });
  expect(found).toBe(true);
  const before = workbookCells(await fs.readFile(input), ["考评指标自评表"]).get("考评指标自评表");
  expect(workbookCells(await fs.readFile(second), ["考评指标自评表"]).get("考评指标自评表")).toEqual(before);
});
