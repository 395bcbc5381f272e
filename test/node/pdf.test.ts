/**
 * Print check: LibreOffice converts the scored workbook to PDF; the indicator names and points must
 * be in the text and the scored sheets' pages must be landscape, with the header row repeated.
 * Without LibreOffice the test is skipped locally (with a warning) and FAILS when CI is set.
 */
import { execFile } from "child_process";
import { existsSync, rmSync } from "fs";
import { promisify } from "util";
import * as path from "path";
import { randomBytes } from "crypto";
import { readWorkbook } from "../../src/node/read-xlsx";
import { writeScoredWorkbook } from "../../src/node/write-xlsx";
import { buildScoredSheets } from "../../src/table";
import type { Diagnostic } from "../../src/core/diagnostics";
import { makeReport, RUBRIC } from "../table/fixture";
import { makeLedgerWorkbook } from "./ledger-workbook";
import { tempDir } from "./tmp";

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (existsSync(p)) return p;
  }
  return undefined;
}

const missing = [existsSync(SOFFICE) ? undefined : SOFFICE, onPath("pdftotext") ? undefined : "pdftotext", onPath("pdfinfo") ? undefined : "pdfinfo"].filter(
  (x): x is string => !!x,
);
const inCI = !!process.env.CI;
if (missing.length && !inCI) {
  console.warn(`pdf.test.ts skipped: ${missing.join(", ")} not installed (apt-get install libreoffice-calc poppler-utils)`);
}
const maybe = missing.length && !inCI ? test.skip : test;

maybe("the scored workbook prints on A4 landscape with names, points and a repeated header", async () => {
  if (missing.length) throw new Error(`CI is set but ${missing.join(", ")} is not installed: the print check cannot run`);
  const tmp = tempDir("ecom-score-pdf-");
  try {
    await printCheck(tmp);
  } finally {
    tmp.cleanup();
  }
});

async function printCheck(tmp: ReturnType<typeof tempDir>): Promise<void> {
  const source = tmp.file("ledger.xlsx");
  const scored = tmp.file("scored.xlsx");
  await makeLedgerWorkbook().xlsx.writeFile(source);
  const diagnostics: Diagnostic[] = Array.from({ length: 120 }, (_, i) => ({
    severity: i % 3 === 0 ? "error" : "warning",
    sheet: "站点台账",
    cell: `C${i + 5}`,
    message: `第 ${i + 1} 条：站点所在村不在行政村清单中，未计入`,
  }));
  const { workbook } = await readWorkbook(source, { exceljs: true });
  await writeScoredWorkbook(workbook, buildScoredSheets(makeReport({ diagnostics }), RUBRIC), scored);

  const profile = path.join("/tmp", `lo-${randomBytes(6).toString("hex")}`);
  try {
    await run(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, scored], {
      timeout: 110000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = tmp.file("scored.pdf");
  expect(existsSync(pdf)).toBe(true);

  const { stdout: info } = await run("pdfinfo", ["-f", "1", "-l", "1000", pdf]);
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    page: Number(m[1]),
    w: Number(m[2]),
    h: Number(m[3]),
  }));
  expect(sizes.length).toBeGreaterThan(3);

  const pageText = async (p: number) => (await run("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"])).stdout;
  const texts = await Promise.all(sizes.map((s) => pageText(s.page)));
  const all = texts.join("\n");
  for (const name of ["组织领导", "方案制定", "服务体系建设", "电商人才培训", "资金支出", "合计得分", "一票否决项"]) {
    expect(all).toContain(name);
  }
  // Points of the indicator table: the rows of 服务体系建设 (11, 10), training 20, the total 52.
  const indicatorPages = texts.filter((t) => t.includes("指标编号") && t.includes("自评得分"));
  expect(indicatorPages.length).toBeGreaterThanOrEqual(1);
  const ind = indicatorPages.join("\n");
  expect(ind).toMatch(/work\.center/);
  expect(ind).toMatch(/\b11\b/);
  expect(ind).toMatch(/\b20\b/);
  expect(ind).toMatch(/\b52\b/);
  expect(ind).toContain("（缺少数据）");

  // Every page of the scored sheets is landscape; the diagnostics span pages, each with its header.
  const scoredPages = sizes.filter((_, i) => /指标编号|评分项编号|问题说明/.test(texts[i]));
  expect(scoredPages.length).toBeGreaterThanOrEqual(4);
  for (const s of scoredPages) expect(s.w).toBeGreaterThan(s.h);
  const diagPages = texts.filter((t) => t.includes("问题说明"));
  expect(diagPages.length).toBeGreaterThanOrEqual(2);
  expect(texts.filter((t) => t.includes("第 120 条")).length).toBe(1);
  // A4: 842 × 595 pt.
  for (const s of scoredPages) expect(Math.round(s.w)).toBe(842);
}
