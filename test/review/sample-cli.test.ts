/** ecom-score sample on the bundled sample: reproducible, written into a copy, never read back as a ledger. */
import ExcelJS from "exceljs";
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { tempDir } from "../node/tmp";
import { worksheetParts } from "../support/package-xml";
import { listZip, readText } from "../support/zip";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");
const tmp = tempDir("ecom-sample-");
afterAll(() => tmp.cleanup());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join(""), err: err.join("") };
}

const sha = async (f: string) =>
  createHash("sha256")
    .update(await fs.readFile(f))
    .digest("hex");

test("one seed draws one list; the sheet goes into a copy with links to the ledger rows; scoring the copy still gives 89", async () => {
  const before = await sha(SAMPLE);
  const a = await run("sample", SAMPLE, "--seed", "2026-11-29", "--out", tmp.file("a.xlsx"), "--json", "-", "--quiet");
  const b = await run("sample", SAMPLE, "--seed", "2026-11-29", "--out", tmp.file("b.xlsx"), "--json", "-", "--quiet");
  const c = await run("sample", SAMPLE, "--seed", "2026-11-30", "--out", tmp.file("c.xlsx"), "--json", "-", "--quiet");
  expect([a.code, b.code, c.code]).toEqual([0, 0, 0]);
  expect(await sha(SAMPLE)).toBe(before);
  const ja = JSON.parse(a.out);
  expect(JSON.parse(b.out)).toEqual(ja);
  expect(JSON.parse(c.out).drawn).not.toEqual(ja.drawn);
  expect(ja.seed).toBe("2026-11-29");
  // 156 stations, 53 in poor villages: 47 viewed (≥ 27 poor), 5 visited (≥ 2 poor).
  expect(ja.drawn.filter((d: { video: boolean }) => d.video)).toHaveLength(Math.ceil(0.3 * ja.stations));
  expect(ja.drawn.filter((d: { video: boolean; poor: boolean }) => d.video && d.poor).length).toBeGreaterThanOrEqual(Math.ceil(ja.poorStations / 2));
  expect(ja.drawn.filter((d: { onSite: boolean }) => d.onSite)).toHaveLength(5);
  expect(ja.drawn[0]).toEqual(expect.objectContaining({ sheet: "站点台账", row: expect.any(Number), poor: expect.any(Boolean) }));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(tmp.file("a.xlsx"));
  const ws = wb.getWorksheet("抽查清单")!;
  const first = ws.getRow(4);
  expect(first.getCell(2).value).toBe(ja.drawn[0].name);
  expect(first.getCell(11).value).toBe(`站点台账 第 ${ja.drawn[0].row} 行`);
  // The link is an internal one (exceljs does not read those back: look in the package).
  const pkg = await fs.readFile(tmp.file("a.xlsx"));
  const xml = readText(pkg, listZip(pkg), worksheetParts(pkg).get("抽查清单")!)!;
  expect(xml).toContain(`<hyperlink ref="K4" location="&apos;站点台账&apos;!A${ja.drawn[0].row}"/>`);
  expect(/<dataValidation type="list"[^>]*sqref="L4:L\d+"[^>]*><formula1>&quot;符合,不符合&quot;<\/formula1>/.test(xml)).toBe(true);
  const scored = await run("score", tmp.file("a.xlsx"), "--out", tmp.file("a.scored.xlsx"), "--json", "-", "--quiet");
  expect(JSON.parse(scored.out).total).toBe(89);
});

test("the printed text gives the seed; a workbook without a stations ledger exits 2", async () => {
  const r = await run("sample", SAMPLE, "--out", tmp.file("d.xlsx"), "--quiet");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/种子 \/ seed：\d{6}/);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").getCell("A1").value = "无台账";
  await wb.xlsx.writeFile(tmp.file("empty.xlsx"));
  const e = await run("sample", tmp.file("empty.xlsx"), "--out", tmp.file("e.xlsx"), "--quiet");
  expect(e.code).toBe(2);
  expect(e.err).toContain("没有找到站点台账");
});
