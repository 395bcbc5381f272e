/**
 * ecom-score batch over a folder of 20 generated counties and one broken file (the built CLI, so
 * the worker threads run plain JavaScript): every county scored, the broken one listed with its
 * error, a ranked summary workbook with a data bar, the JSON, progress with an ETA on stderr.
 */
import { execFile } from "child_process";
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { writeCounties, type GeneratedCounty } from "../../scripts/review/counties";
import { tempDir } from "../node/tmp";

const BIN = path.resolve(__dirname, "../../bin/ecom-score.js");
const tmp = tempDir("ecom-batch-");
let counties: GeneratedCounty[];
let broken: string;

function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 1 << 26 }, (e, out, err) => resolve({ code: e ? (typeof e.code === "number" ? e.code : 1) : 0, out, err }));
  });
}

beforeAll(async () => {
  const made = await writeCounties(path.join(tmp.dir, "县"), 20, { broken: true, poorRows: 300 });
  counties = made.counties;
  broken = made.broken!;
}, 300000);
afterAll(() => tmp.cleanup());

test("20 counties and a broken file: all scored in parallel, the broken one reported, the summary ranked", async () => {
  const out = tmp.file("汇总.xlsx");
  const r = await cli("batch", path.join(tmp.dir, "县"), "--out", out, "--json", tmp.file("batch.json"), "--jobs", "2");
  expect(r.code).toBe(0);
  // Progress: a count and an ETA per file.
  expect(r.err).toMatch(/为 21 个工作簿评分（2 个并行）/);
  expect(r.err).toMatch(/\[1\/21\] .+，预计还需 \d+/);
  expect(r.err).toMatch(/\[21\/21\]/);

  const json = JSON.parse(await fs.readFile(tmp.file("batch.json"), "utf8")) as {
    file: string;
    county: string;
    total?: number;
    vetoed?: boolean;
    points?: Record<string, number>;
    error?: string;
  }[];
  expect(json).toHaveLength(21);
  const bad = json.filter((j) => j.error);
  expect(bad).toEqual([{ file: broken, county: "损坏的台账", error: expect.stringMatching(/损坏的台账\.xlsx/) }]);
  for (const c of counties) {
    const j = json.find((x) => x.file === c.file)!;
    expect(j.county).toBe(c.county);
    expect(j.vetoed).toBe(c.vetoed);
    if (c.vetoed) expect(j.total).toBe(0);
    else expect(j.total).toBe(Object.entries(j.points!).reduce((s, [, p]) => s + p, 0));
  }
  // Fewer stations county by county: the totals differ between the first and the last.
  const first = json.find((x) => x.county === "示范县01")!.total!;
  const last = json.find((x) => x.county === "示范县20")!.total!;
  expect(first).toBeGreaterThan(last);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("汇总")!;
  const header = (ws.getRow(2).values as unknown[]).slice(1);
  expect(header.slice(0, 5)).toEqual(["排名", "县（市、区）", "合计得分", "加分", "一票否决"]);
  expect(header).toEqual(expect.arrayContaining(["错误", "警告", "提示", "说明"]));
  const rows = Array.from({ length: 21 }, (_, i) => ws.getRow(3 + i).values as unknown[]);
  const totals = rows.slice(0, 20).map((r) => r[3] as number);
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  expect(rows[0][1]).toBe(1);
  expect(rows[20][2]).toBe("损坏的台账");
  expect(rows[20][3]).toBe("未评分");
  expect(String(rows[20][header.indexOf("说明") + 1])).toMatch(/^未能评分：/);
  // The matrix: one column per scored indicator, each county's points in it.
  const covIdx = header.findIndex((h) => String(h).startsWith("服务体系建设"));
  expect(covIdx).toBeGreaterThan(4);
  // No link anywhere in the summary; a data bar over the totals.
  ws.eachRow((row) => row.eachCell((c) => expect(typeof c.value === "object" && c.value !== null && "hyperlink" in c.value).toBe(false)));
  const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; gradient?: unknown }[] }[] }).conditionalFormattings;
  expect(cf[0].ref).toBe("C3:C23");
  expect(cf[0].rules[0].type).toBe("dataBar");
}, 600000);

test("nothing scorable: exit 2 and no summary written", async () => {
  const out = tmp.file("none.xlsx");
  const r = await cli("batch", broken, "--out", out, "--quiet");
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/都未能评分/);
  await expect(fs.stat(out)).rejects.toThrow();
});
