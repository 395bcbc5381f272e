/**
 * The scored copy of the Lechang sample opened in LibreOffice (headless, a throw-away profile set to
 * recalculate on load): the reviewer total is a live formula, the indicator table is protected
 * without a password with the reviewer cells left open, and the table prints on the pages the
 * writer planned (its row breaks keep each 工作任务 group on a page), without 指标编号.
 * Without LibreOffice the test is skipped locally (with a warning) and FAILS when CI is set.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, promises as fs, rmSync, writeFileSync } from "fs";
import { promisify } from "util";
import * as path from "path";
import { randomBytes } from "crypto";
import { strFromU8, unzipSync } from "fflate";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { IND, INDICATOR_SHEET, TOTAL_ROW_ID, buildScoredSheets, type SheetModel } from "../../src/table";
import { openPackage, writeScoredPackage } from "../../src/xlsx";
import { listEntries, readEntryText, replaceEntries } from "../../src/xlsx/zip";
import { cellAddress } from "../../src/core/grid";
import { tempDir } from "./tmp";
import { makeReport, RUBRIC } from "../table/fixture";
import { FEATURE_SHEET, featurePackage } from "../xlsx/feature-package";

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";
const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");

function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(path.delimiter)) if (existsSync(path.join(dir, cmd))) return path.join(dir, cmd);
  return undefined;
}
const missing = [existsSync(SOFFICE) ? undefined : SOFFICE, onPath("pdftotext") ? undefined : "pdftotext", onPath("pdfinfo") ? undefined : "pdfinfo"].filter(
  (x): x is string => !!x,
);
const inCI = !!process.env.CI;
if (missing.length && !inCI) console.warn(`libreoffice.test.ts skipped: ${missing.join(", ")} not installed (apt-get install libreoffice-calc poppler-utils)`);
const maybe = missing.length && !inCI ? describe.skip : describe;

/** One file of the .ods LibreOffice writes. */
function unzipEntry(buf: Buffer, name: string): string {
  const files = unzipSync(buf, { filter: (f) => f.name === name });
  if (!files[name]) throw new Error(`${name} not in the archive`);
  return strFromU8(files[name]);
}

maybe("the scored Lechang copy in LibreOffice", () => {
  if (missing.length) throw new Error(`CI is set but ${missing.join(", ")} is not installed: the LibreOffice check cannot run`);
  const tmp = tempDir("ecom-score-lo-");
  const profile = path.join("/tmp", `lo-${randomBytes(6).toString("hex")}`);
  let ind: SheetModel;
  let sheetIndex: number;
  const file = tmp.file("reviewed.xlsx");
  const typed = [2, 3.5, 1];
  let typedRows: number[];

  beforeAll(async () => {
    // Recalculate on load (LibreOffice otherwise shows the cached results of a file from Excel).
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(
      path.join(profile, "user/registrymodifications.xcu"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
    );
    const input = new Uint8Array(await fs.readFile(SAMPLE));
    const { grids } = await readWorkbook(SAMPLE);
    const written = writeScoredPackage(input, buildScoredSheets(scoreGrids(grids).report, GD_2019));
    ind = written.models.find((m) => m.name === INDICATOR_SHEET)!;
    const pkg = openPackage(written.bytes);
    sheetIndex = pkg.sheets.findIndex((s) => s.name === INDICATOR_SHEET) + 1;
    // A reviewer types three scores (the cached total in the file stays 0: LibreOffice must compute it).
    const part = pkg.sheets[sheetIndex - 1].part!;
    let xml = readEntryText(
      written.bytes,
      listEntries(written.bytes).find((e) => e.name === part)!,
    );
    typedRows = ind.rows
      .map((row, r) => (row[IND.id]?.value && row[IND.reviewScore]?.unlocked && row[IND.id].value !== TOTAL_ROW_ID ? r : -1))
      .filter((r) => r >= 0)
      .slice(0, typed.length);
    typedRows.forEach((r, i) => {
      const ref = cellAddress(r, IND.reviewScore);
      xml = xml.replace(new RegExp(`<c r="${ref}" s="(\\d+)"/>`), `<c r="${ref}" s="$1"><v>${typed[i]}</v></c>`);
    });
    await fs.writeFile(file, replaceEntries(written.bytes, new Map([[part, xml]])));
    for (const to of [`csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetIndex}`, "ods", "pdf"]) {
      await run(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", tmp.dir, file], { timeout: 110000 });
    }
  }, 400000);

  afterAll(() => {
    rmSync(profile, { recursive: true, force: true });
    tmp.cleanup();
  });

  test("the reviewer total computes: the SUM of what the reviewer typed", async () => {
    const csv = await fs.readFile(tmp.file(`reviewed-${INDICATOR_SHEET}.csv`), "utf8");
    // The last field of each line is 指标编号 (no field of those rows holds a line break).
    const totalLine = csv.split("\n").find((l) => l.endsWith(`,${TOTAL_ROW_ID}`));
    expect(totalLine).toBeDefined();
    const fields = totalLine!.split(",");
    expect(Number(fields[fields.length - 3])).toBe(typed.reduce((a, b) => a + b, 0));
  });

  test("the indicator table is protected without a password; the reviewer cells are left open", async () => {
    const content = unzipEntry(await fs.readFile(tmp.file("reviewed.ods")), "content.xml");
    const table = new RegExp(`<table:table table:name="${INDICATOR_SHEET}"[^>]*>`).exec(content)?.[0] ?? "";
    expect(table).toContain('table:protected="true"');
    expect(table).not.toContain("table:protection-key");
    expect(content).toContain('style:cell-protect="none"');
    // The print range leaves out 指标编号 (column M).
    expect(table).toMatch(new RegExp(`table:print-ranges="${INDICATOR_SHEET}\\.A1:${INDICATOR_SHEET}\\.L\\d+"`));
  });

  test("the table prints on the pages planned (groups kept together), A4 landscape, without 指标编号", async () => {
    const pdf = tmp.file("reviewed.pdf");
    const { stdout: info } = await run("pdfinfo", ["-f", "1", "-l", "2000", pdf]);
    const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ page: Number(m[1]), w: Number(m[2]), h: Number(m[3]) }));
    const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
    const pages = stdout.split("\f");
    const tablePages = pages.map((t, i) => (t.includes("考评意见") && t.includes("自评得分") ? i : -1)).filter((i) => i >= 0);
    expect(tablePages.length).toBe((ind.print.rowBreaks ?? []).length + 1);
    expect(ind.print.rowBreaks!.length).toBeGreaterThan(0);
    for (const i of tablePages) {
      // The header row ends with 考评意见: the 指标编号 column is not printed.
      const header = pages[i].split("\n").find((l) => l.includes("考评意见"))!;
      expect(header).not.toContain("指标编号");
      expect(pages[i]).not.toMatch(/\b(org|work|fund|veto|bonus)\.[a-z]/);
      expect(Math.round(sizes[i].w)).toBe(842);
      expect(Math.round(sizes[i].h)).toBe(595);
    }
    // Every page after the first starts a group: its 工作任务 text is printed on it.
    const groups = ind.rows
      .map((row, r) =>
        ind.merges.some((m) => m.left === IND.group && m.top === r) || (r > ind.headerRow && row[IND.group]?.value) ? String(row[IND.group]?.value ?? "") : "",
      )
      .filter(Boolean);
    for (const i of tablePages.slice(1)) expect(groups.some((g) => pages[i].replace(/\s+/g, "").includes(g.slice(0, 6)))).toBe(true);
  });
});

maybe("the scored copy of an .xlsm with a chart, a note, a picture and a pivot-like part in LibreOffice", () => {
  test("opens with every sheet and the bureau's values", async () => {
    const tmp = tempDir("ecom-score-lo-xlsm-");
    const profile = path.join("/tmp", `lo-${randomBytes(6).toString("hex")}`);
    try {
      const file = tmp.file("features.xlsm");
      await fs.writeFile(file, writeScoredPackage(featurePackage(), buildScoredSheets(makeReport(), RUBRIC)).bytes);
      const { stdout } = await run(
        SOFFICE,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          tmp.dir,
          file,
        ],
        { timeout: 110000 },
      );
      expect([...stdout.matchAll(/Writing sheet (\S+)/g)].map((m) => m[1])).toEqual([FEATURE_SHEET, "参数", INDICATOR_SHEET, "评分明细", "诊断信息"]);
      const ledger = await fs.readFile(tmp.file(`features-${FEATURE_SHEET}.csv`), "utf8");
      expect(
        ledger
          .split("\n")
          .slice(0, 3)
          .map((l) => l.replace(/,+$/, "")),
      ).toEqual(["站点名称,所在村,开通日期,联系电话", "乐城站,城南村,2020-09-01,13800000001", "北乡站,北乡村,2020-10-12,13800000002"]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
      tmp.cleanup();
    }
  });
});
