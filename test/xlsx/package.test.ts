/**
 * The scored copy is the original package plus new parts: every entry of the input is in the
 * output with the same stored (compressed) bytes, except the few the writer must change; the
 * styles are appended to (every old index keeps its meaning); every bureau cell is the same.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { workbookCells } from "../support/package-xml";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { INDICATOR_SHEET, SCORED_SHEET_NAMES, buildScoredSheets } from "../../src/table";
import { SETTINGS_SHEET } from "../../src/ledger/read";
import { emptySettings, settingsSheetRows, withMapping } from "../../src/ledger/settings";
import { listEntries, rawData, readEntryText } from "../../src/xlsx/zip";
import { NotOwnSettingsSheetError, openPackage, readSheets, writeScoredPackage, writeSettingsPackage } from "../../src/xlsx";
import { SaxesParser } from "saxes";
import { makeReport, RUBRIC } from "../table/fixture";
import { FEATURE_SHEET, featurePackage } from "./feature-package";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");
const ALWAYS_CHANGED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml", "xl/styles.xml"];

/**
 * Every input entry is in the output, stored identically, unless `changed` names it; returns the
 * names the output adds.
 */
function compareEntries(input: Uint8Array, output: Uint8Array, changed: string[]): string[] {
  const a = listEntries(input);
  const b = new Map(listEntries(output).map((e) => [e.name, e]));
  const differ: string[] = [];
  for (const e of a) {
    const o = b.get(e.name);
    expect(o).toBeDefined();
    const same = o!.method === e.method && o!.crc === e.crc && o!.size === e.size && Buffer.from(rawData(output, o!)).equals(Buffer.from(rawData(input, e)));
    if (!same) differ.push(e.name);
  }
  expect(differ.filter((n) => !changed.includes(n))).toEqual([]);
  const names = new Set(a.map((e) => e.name));
  return [...b.keys()].filter((n) => !names.has(n));
}

/** Every part the writer wrote (changed or new) is well-formed XML. */
function expectWrittenPartsWellFormed(input: Uint8Array, output: Uint8Array): void {
  const before = new Map(listEntries(input).map((e) => [e.name, e]));
  for (const e of listEntries(output)) {
    const old = before.get(e.name);
    if (old && Buffer.from(rawData(input, old)).equals(Buffer.from(rawData(output, e)))) continue;
    const parser = new SaxesParser({ xmlns: true });
    let error: string | undefined;
    parser.on("error", (err) => void (error ??= err.message));
    parser.write(readEntryText(output, e)).close();
    expect([e.name, error]).toEqual([e.name, undefined]);
  }
}

const text = (bytes: Uint8Array, name: string) =>
  readEntryText(
    bytes,
    listEntries(bytes).find((e) => e.name === name)!,
  );

/** The children of a stylesheet section, as written. */
function children(styles: string, section: string, child: string): string[] {
  const body = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(styles)?.[1] ?? "";
  return [...body.matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g"))].map((m) => m[0]);
}

function expectStylesAppended(before: string, after: string): void {
  for (const [section, child] of [
    ["numFmts", "numFmt"],
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
    ["cellStyleXfs", "xf"],
    ["cellXfs", "xf"],
    ["cellStyles", "cellStyle"],
    ["dxfs", "dxf"],
  ]) {
    const old = children(before, section, child);
    const now = children(after, section, child);
    expect(now.slice(0, old.length)).toEqual(old);
    const count = new RegExp(`<${section}\\b[^>]*count="(\\d+)"`).exec(after)?.[1];
    if (count !== undefined) expect(Number(count)).toBe(now.length);
  }
  expect(children(after, "cellXfs", "xf").length).toBeGreaterThan(children(before, "cellXfs", "xf").length);
}

function expectBureauCellsSame(input: Uint8Array, output: Uint8Array, sheets: string[]): void {
  const a = workbookCells(input, sheets);
  const b = workbookCells(output, sheets);
  for (const s of sheets) {
    expect(a.get(s)!.size).toBeGreaterThan(0);
    expect(b.get(s)).toEqual(a.get(s));
  }
}

describe("the Lechang sample", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let bureau: string[];

  beforeAll(async () => {
    input = new Uint8Array(await fs.readFile(SAMPLE));
    const { grids } = await readWorkbook(SAMPLE);
    bureau = grids.sheets.map((s) => s.name);
    const { report } = scoreGrids(grids);
    output = writeScoredPackage(input, buildScoredSheets(report, GD_2019)).bytes;
  });

  test("every entry is copied as stored except the workbook, its relationships, content types, app properties and styles", () => {
    const added = compareEntries(input, output, ALWAYS_CHANGED);
    expect(added.sort()).toEqual(["xl/worksheets/sheet12.xml", "xl/worksheets/sheet13.xml", "xl/worksheets/sheet14.xml"]);
    expect(openPackage(output).sheets.map((s) => s.name)).toEqual([...bureau, ...SCORED_SHEET_NAMES]);
  });

  test("styles are appended to, never renumbered", () => {
    expectStylesAppended(text(input, "xl/styles.xml"), text(output, "xl/styles.xml"));
  });

  test("every part written is well-formed XML", () => {
    expectWrittenPartsWellFormed(input, output);
  });

  test("every bureau cell is the same at the XML level", () => {
    expectBureauCellsSame(input, output, bureau);
  });

  test("the indicator table: fit to one page wide, any number tall, with its row breaks; protected without a password", () => {
    const pkg = openPackage(output);
    const xml = text(output, pkg.sheets.find((s) => s.name === INDICATOR_SHEET)!.part!);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toMatch(/<rowBreaks count="(\d+)" manualBreakCount="\1"><brk id="\d+" max="16383" man="1"\/>/);
    expect(xml).toContain('<sheetProtection sheet="1"');
    expect(xml).not.toMatch(/<sheetProtection[^>]*(password|hashValue)/);
  });

  test("app properties list the new sheets", () => {
    const app = text(output, "docProps/app.xml");
    for (const n of SCORED_SHEET_NAMES) expect(app).toContain(`<vt:lpstr>${n}</vt:lpstr>`);
  });

  test("scoring the scored copy again replaces the tool's three sheets in place and adds nothing", () => {
    const { report } = scoreGrids({ sheets: [] });
    const again = writeScoredPackage(output, buildScoredSheets({ ...report, county: "乐昌市" }, GD_2019));
    const parts = openPackage(output)
      .sheets.filter((s) => SCORED_SHEET_NAMES.includes(s.name))
      .map((s) => s.part!);
    expect(compareEntries(output, again.bytes, [...ALWAYS_CHANGED, ...parts])).toEqual([]);
    expect(openPackage(again.bytes).sheets.map((s) => s.name)).toEqual([...bureau, ...SCORED_SHEET_NAMES]);
    // Per-sheet print names are not duplicated.
    const wb = text(again.bytes, "xl/workbook.xml");
    expect(wb.match(/name="_xlnm.Print_Titles"/g)).toHaveLength(3);
  });
});

describe("a macro workbook with a chart, a note, a picture, a pivot-like part and an x14 drop-down", () => {
  const input = featurePackage();
  const report = makeReport();
  const scored = writeScoredPackage(input, buildScoredSheets(report, RUBRIC));

  test("every entry is copied as stored; the macro project and the macro content type are kept", () => {
    const added = compareEntries(input, scored.bytes, ALWAYS_CHANGED);
    expect(added.sort()).toEqual(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"]);
    const types = text(scored.bytes, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    for (const part of [
      "xl/vbaProject.bin",
      "xl/charts/chart1.xml",
      "xl/comments1.xml",
      "xl/media/image1.png",
      "xl/pivotTables/pivotTable1.xml",
      "xl/drawings/vmlDrawing1.vml",
    ]) {
      expect(listEntries(scored.bytes).some((e) => e.name === part)).toBe(true);
    }
  });

  test("every part written is well-formed XML", () => {
    expectWrittenPartsWellFormed(input, scored.bytes);
  });

  test("sheet-level names, the pivot cache and the bureau's print area stay in the workbook part", () => {
    const wb = text(scored.bytes, "xl/workbook.xml");
    expect(wb).toContain('<definedName name="村名" localSheetId="0">站点台账!$B$2:$B$3</definedName>');
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">站点台账!$A$1:$D$3</definedName>');
    expect(wb).toContain('<pivotCache cacheId="1" r:id="rId5"/>');
    expect(wb).toContain('<sheet name="参数" sheetId="2" state="hidden" r:id="rId2"/>');
    // The new table's print area leaves out 指标编号 (column M).
    expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">&apos;${INDICATOR_SHEET}&apos;!$A$1:$L$`);
  });

  test("styles appended; bureau cells the same; the app properties count the new sheets", () => {
    expectStylesAppended(text(input, "xl/styles.xml"), text(scored.bytes, "xl/styles.xml"));
    expectBureauCellsSame(input, scored.bytes, [FEATURE_SHEET, "参数"]);
    const app = text(scored.bytes, "docProps/app.xml");
    expect(app).toContain("<vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>5</vt:i4>");
    expect(app).toContain('<vt:vector size="6" baseType="lpstr"><vt:lpstr>站点台账</vt:lpstr><vt:lpstr>参数</vt:lpstr><vt:lpstr>考评指标自评表</vt:lpstr>');
    expect(app).toContain("<vt:lpstr>站点台账!村名</vt:lpstr></vt:vector>");
  });

  test("exceljs opens the copy: the bureau's note and values, the new sheets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(scored.bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([FEATURE_SHEET, "参数", ...SCORED_SHEET_NAMES]);
    expect(wb.getWorksheet(FEATURE_SHEET)!.getCell("B2").value).toBe("城南村");
    expect(wb.getWorksheet(INDICATOR_SHEET)!.getCell("A2").value).toBe("工作任务");
  });

  test("the settings sheet (map) is added hidden, then replaced in place; nothing else changes", () => {
    const first = writeSettingsPackage(input, settingsSheetRows(withMapping(emptySettings(), { sheet: FEATURE_SHEET, kind: "stations" })));
    expect(compareEntries(input, first, ALWAYS_CHANGED)).toEqual(["xl/worksheets/sheet3.xml"]);
    const pkg = openPackage(first);
    expect(pkg.sheets.map((s) => [s.name, s.hidden])).toEqual([
      [FEATURE_SHEET, false],
      ["参数", true],
      [SETTINGS_SHEET, true],
    ]);
    const second = writeSettingsPackage(first, settingsSheetRows(withMapping(emptySettings(), { sheet: "参数", kind: "ignore" })));
    expect(compareEntries(first, second, [...ALWAYS_CHANGED, "xl/worksheets/sheet3.xml"])).toEqual([]);
    expect(text(second, "xl/worksheets/sheet3.xml")).toContain("ignore");
    expectBureauCellsSame(input, second, [FEATURE_SHEET, "参数"]);
  });

  test("a bureau sheet named like the settings sheet is never replaced", () => {
    const bureauOwn = writeScoredPackage(input, [{ ...buildScoredSheets(report, RUBRIC)[0], name: SETTINGS_SHEET }]).bytes;
    expect(() => writeSettingsPackage(bureauOwn, settingsSheetRows(emptySettings()))).toThrow(NotOwnSettingsSheetError);
  });
});

describe("cell text XML cannot hold as such", () => {
  test("control characters and a literal _xHHHH_ read back as written", () => {
    const model = buildScoredSheets(makeReport(), RUBRIC)[2];
    const odd = ["a\u0001b\u001fc", "_x0041_ stays", "tab\tand\nline", "lone \ud800 surrogate"];
    const rows = [...model.rows, ...odd.map((t) => [{ value: t }, { value: null }, { value: null }, { value: null }])];
    const out = writeScoredPackage(featurePackage(), [{ ...model, rows, rowHeights: [] }]).bytes;
    const pkg = openPackage(out);
    const [grid] = readSheets(
      pkg,
      pkg.sheets.filter((s) => s.name === model.name),
    );
    const got = grid.rows.slice(model.rows.length).map((r) => r[0]);
    expect(got).toEqual(["a\u0001b\u001fc", "_x0041_ stays", "tab\tand\nline", "lone \ufffd surrogate"]);
  });
});
