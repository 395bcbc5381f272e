/**
 * Size: a workbook that cannot fit in the heap is refused before it is read (exit 2 and a
 * sentence, not a V8 abort minutes later); a header row 16,384 cells wide is matched in seconds.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { listZip, readText, rewriteZip } from "../support/zip";
import { SAMPLE, reasonLines, run, useTempDir } from "./run";

const tmp = useTempDir();

test("a workbook whose sheets unpack to far more than the heap can hold: exit 2 with a sentence", async () => {
  // 1,400,000 rows of one number each: about 70 MB of sheet XML (the streaming reader needs
  // about 2.5 heap bytes per byte of it, some 175 MB), a file of a few MB.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("培训台账").getCell("A1").value = "姓名";
  const small = Buffer.from(await wb.xlsx.writeBuffer());
  const entries = listZip(small);
  const xml = readText(small, entries, "xl/worksheets/sheet1.xml") ?? "";
  const rows: string[] = [];
  for (let r = 2; r <= 1400000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const big = xml.replace("</sheetData>", `${rows.join("")}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:A1400000"/>');
  const file = path.join(tmp.dir, "big.xlsx");
  await fs.writeFile(file, rewriteZip(small, new Map([["xl/worksheets/sheet1.xml", Buffer.from(big, "utf8")]])));

  const started = Date.now();
  const r = await run(["score", file, "--quiet"], { nodeArgs: ["--max-old-space-size=128"] });
  expect(reasonLines(r)).toEqual([expect.stringMatching(/工作簿太大.*MB.*--max-old-space-size/)]);
  expect(r.code).toBe(2);
  expect(Date.now() - started).toBeLessThan(10000);
});

test("an ordinary workbook under a small heap is not refused", async () => {
  const r = await run(["score", SAMPLE, "--json", "-", "--quiet", "--out", path.join(tmp.dir, "s.xlsx")], { nodeArgs: ["--max-old-space-size=400"] });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).total).toBe(89);
});

test("a header row 16,384 cells wide (and 20 such rows) is matched in seconds, and still recognised", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  // Every cell reads like some ledger's header: the worst case for matching all pairs.
  const words = [
    "站点名称",
    "所在村",
    "建成日期",
    "金额",
    "姓名",
    "身份证号",
    "培训日期",
    "镇",
    "企业名称",
    "报送日期",
    "媒体",
    "级别",
    "是否贫困村",
    "联系电话",
    "人数",
  ];
  for (let c = 1; c <= 16384; c++) ws.getCell(1, c).value = words[(c - 1) % words.length] + (c > words.length ? c : "");
  for (let r = 2; r <= 20; r++) for (let c = 1; c <= 16384; c++) ws.getCell(r, c).value = `值${r}-${c % 50}`;
  const file = path.join(tmp.dir, "wide.xlsx");
  await wb.xlsx.writeFile(file);

  const started = Date.now();
  const r = await run(["inspect", file]);
  const took = Date.now() - started;
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("台账：村级电商服务站点清单（stations");
  expect(r.stdout).toMatch(/A=name（站点名称）\s+B=village（所在村）/);
  // It took 47 s before the bound (2 s after), on the machine these were measured on.
  expect(took).toBeLessThan(20000);
});
