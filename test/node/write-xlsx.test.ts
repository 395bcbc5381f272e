import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/node/read-xlsx";
import { writeScoredWorkbook } from "../../src/node/write-xlsx";
import { worksheetParts } from "../support/package-xml";
import { listZip, readText } from "../support/zip";
import { BREAKDOWN_SHEET, DIAGNOSTICS_SHEET, IND, INDICATOR_SHEET, SCORED_SHEET_NAMES, buildScoredSheets } from "../../src/table";
import type { Rubric } from "../../src/scoring/rubric";
import { makeReport, RUBRIC } from "../table/fixture";
import { LEDGER, makeLedgerWorkbook } from "./ledger-workbook";
import { tempDir } from "./tmp";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** One-based exceljs columns of the indicator table. */
const C = Object.fromEntries(Object.entries(IND).map(([k, v]) => [k, v + 1])) as { [K in keyof typeof IND]: number };

function rowOfId(ws: ExcelJS.Worksheet, id: string, idCol = C.id): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, idCol).value === id) return r;
  throw new Error(`no row for ${id} in ${ws.name}`);
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
    .map((m) => m.range)
    .sort();
}

describe("writeScoredWorkbook (the package writer, read back with exceljs)", () => {
  const source = tmp.file("ledger.xlsx");
  const scored = tmp.file("ledger.scored.xlsx");
  let before: Awaited<ReturnType<typeof readWorkbook>>;
  let copy: ExcelJS.Workbook;
  let pkg: Buffer;

  beforeAll(async () => {
    await makeLedgerWorkbook().xlsx.writeFile(source);
    before = await readWorkbook(source);
    const src = await readWorkbook(source);
    await writeScoredWorkbook(src.bytes, buildScoredSheets(makeReport(), RUBRIC), scored);
    copy = await open(scored);
    pkg = await fs.readFile(scored);
  });

  test("the source file is untouched and no temporary file is left", async () => {
    const again = await readWorkbook(source);
    expect(again.grids).toEqual(before.grids);
    expect((await fs.readdir(tmp.dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("the user's sheets keep their values, merges, number formats and order", async () => {
    const after = await readWorkbook(scored);
    expect(after.grids.sheets.slice(0, 2)).toEqual(before.grids.sheets);
    expect(copy.worksheets.map((w) => w.name)).toEqual([LEDGER, "参数", INDICATOR_SHEET, BREAKDOWN_SHEET, DIAGNOSTICS_SHEET]);
    const ledger = copy.getWorksheet(LEDGER)!;
    expect(mergesOf(ledger)).toEqual(["A1:E1", "A3:A4", "B3:C3", "D3:D4", "E3:E4"]);
    expect(ledger.getCell("D5").numFmt).toBe("yyyy-mm-dd");
    expect(ledger.getCell("E6").numFmt).toBe("#,##0.00");
    expect(ledger.getCell("E8").formula).toBe("SUM(E5:E7)"); // the user's formula is theirs
    expect(ledger.getCell("B7").type).toBe(ExcelJS.ValueType.String);
    expect(ledger.getColumn(2).width).toBe(24);
    expect(copy.getWorksheet("参数")!.state).toBe("hidden");
  });

  test("the indicator table has the right cells and merges", () => {
    const ws = copy.getWorksheet(INDICATOR_SHEET)!;
    expect(String(ws.getCell("A1").value)).toContain("乐昌市");
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "工作任务",
      "评价指标名称",
      "权重\n（%）",
      "指标解释",
      "评分标准",
      "评价方式及佐证材料",
      "自评得分",
      "填报自评",
      "计算依据",
      "数据来源",
      "考评得分",
      "考评意见",
      "指标编号",
    ]);
    const center = rowOfId(ws, "work.center");
    const coverage = rowOfId(ws, "work.coverage");
    expect(coverage).toBe(center + 1);
    // work.coverage names two source sheets: one row each (one link each), its other cells merged over both.
    expect(rowOfId(ws, "work.training")).toBe(coverage + 2);
    const sources = [ws.getCell(coverage, C.source), ws.getCell(coverage + 1, C.source)].map((c) => String((c.value as { text?: string })?.text ?? c.value));
    expect(sources).toEqual(["站点台账 第 5–141 行", "行政村清单 第 4–6、9 行（共 4 行）"]);
    expect(ws.getCell(center, 2).value).toBe("服务体系建设");
    expect(ws.getCell(center, 3).value).toBe(25);
    expect(ws.getCell(center, C.selfScore).value).toBe(11);
    expect(ws.getCell(coverage, C.selfScore).value).toBe(10);
    const merges = mergesOf(ws);
    expect(merges).toContain("A1:M1");
    const coverageEnd = rowOfId(ws, "work.training") - 1;
    expect(merges).toContain(`B${center}:B${coverageEnd}`);
    expect(merges).toContain(`C${center}:C${coverageEnd}`);
    const G = String.fromCharCode(64 + C.selfScore);
    expect(merges).toContain(`${G}${coverage}:${G}${coverage + 1}`);
    expect(merges).not.toContain(`J${coverage}:J${coverage + 1}`);
    expect(merges.find((m) => m.startsWith(`A${center}:`))).toBe(`A${center}:A${rowOfId(ws, "work.training")}`); // 深入推动… over its three indicators
    const total = rowOfId(ws, "total");
    expect(ws.getCell(total, 1).value).toBe("合计得分");
    expect(ws.getCell(total, C.selfScore).value).toBe(52);
    expect(ws.getCell(rowOfId(ws, "veto.fraud"), C.selfScore).value).toBe("未触发");
    const plan = rowOfId(ws, "org.plan");
    expect(ws.getCell(plan, C.selfScore).value).toBe(0);
    expect(String(ws.getCell(plan, C.basis).value)).toMatch(/^（缺少数据）/);
    // Reviewer columns are blank.
    expect(ws.getCell(coverage, C.reviewScore).value).toBeNull();
    expect(ws.getCell(coverage, C.reviewOpinion).value).toBeNull();
    // Styles: bold title, header fill, wrapped text with borders.
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A2").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell(coverage, C.basis).alignment?.wrapText).toBe(true);
    expect(ws.getCell(coverage, C.basis).border?.top?.style).toBe("thin");
    expect(ws.getColumn(4).width).toBeGreaterThan(ws.getColumn(3).width!);
  });

  test("the one formula is the reviewer total; formula-like text stays text", () => {
    const formulas: string[] = [];
    for (const name of SCORED_SHEET_NAMES) {
      const ws = copy.getWorksheet(name)!;
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${name}!${cell.address}=${cell.formula}`);
        }),
      );
      const part = worksheetParts(pkg).get(name)!;
      const xml = readText(pkg, listZip(pkg), part)!;
      expect((xml.match(/<f[ >]/g) ?? []).length).toBe(name === INDICATOR_SHEET ? 1 : 0);
    }
    const ind = copy.getWorksheet(INDICATOR_SHEET)!;
    const total = rowOfId(ind, "total");
    const K = String.fromCharCode(64 + C.reviewScore);
    expect(formulas).toEqual([
      expect.stringMatching(new RegExp(`^${INDICATOR_SHEET}!${K}${total}=IF\\(COUNTIF\\(${K}\\d+:${K}\\d+,"否决"\\)>0,0,SUM\\(${K}3:${K}\\d+\\)\\+MIN\\(4,SUM\\(`)),
    ]);
    // Its cached result (nothing entered yet) is 0 (exceljs reads a cached 0 as no result: check the XML).
    const xml = readText(pkg, listZip(pkg), worksheetParts(pkg).get(INDICATOR_SHEET)!)!;
    expect(xml).toMatch(new RegExp(`<c r="${K}${total}" s="\\d+"><f>[^<]+</f><v>0</v></c>`));
    const ws = copy.getWorksheet(INDICATOR_SHEET)!;
    const fund = ws.getCell(rowOfId(ws, "fund.spending"), C.basis);
    expect(fund.type).toBe(ExcelJS.ValueType.String);
    expect(String(fund.value)).toMatch(/^-支出率/);
    expect(fund.numFmt).toBe("@");
    const bd = copy.getWorksheet(BREAKDOWN_SHEET)!;
    const texts: string[] = [];
    bd.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(texts).toEqual(expect.arrayContaining(["=15 家 < 20 家 → 0分", "+4385 人次 / 420000 = 1.04% ≥ 1% → 10分", "@60% ≥ 50% → 10分"]));
  });

  test("hyperlinks are internal links to the ledger rows", () => {
    const entries = listZip(pkg);
    const parts = worksheetParts(pkg);
    const xml = readText(pkg, entries, parts.get(INDICATOR_SHEET)!)!;
    const links = [...xml.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l).toMatch(/location="/);
      expect(l).not.toMatch(/r:id=/);
    }
    const ws = copy.getWorksheet(INDICATOR_SHEET)!;
    const coverage = rowOfId(ws, "work.coverage");
    expect(links).toContain(`<hyperlink ref="J${coverage}" location="&apos;站点台账&apos;!A5:A141"/>`);
    expect(String(ws.getCell(coverage, C.source).value)).toContain("站点台账 第 5–141 行");
    // No external hyperlink relationship is left behind for the scored sheets.
    const relsPath = parts.get(INDICATOR_SHEET)!.replace(/([^/]+)$/, "_rels/$1.rels");
    expect(readText(pkg, entries, relsPath) ?? "").not.toContain("hyperlink");
    // Diagnostics: a link to a cell of an existing sheet; a sheet the workbook lacks gets no link.
    const dg = readText(pkg, entries, parts.get(DIAGNOSTICS_SHEET)!)!;
    expect(dg).toContain(`location="&apos;站点台账&apos;!C17"`);
    expect(dg).not.toContain("培训台账&apos;!");
    // The user's external hyperlink survives.
    expect(copy.getWorksheet(LEDGER)!.getCell("B10").hyperlink).toBe("https://www.lechang.gov.cn/");
  });

  test("frozen header, A4 landscape fit to width, repeated header row; the bureau's tab selection kept", () => {
    for (const name of SCORED_SHEET_NAMES) {
      const ws = copy.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toBe("2:2");
    }
    // The bureau's sheets are copied as they are, so the tab they selected stays the one selected
    // (selecting ours too would open Excel with grouped sheets); none of the new sheets is.
    const entries = listZip(pkg);
    const selected = [...worksheetParts(pkg)].filter(([, part]) => /<sheetView\b[^>]*tabSelected="1"/.test(readText(pkg, entries, part)!));
    expect(selected.map(([name]) => name)).toEqual([LEDGER]);
    expect(copy.getWorksheet(LEDGER)!.views[0]).toMatchObject({ zoomScale: 85 });
  });

  test("a data bar on 得分率 without a gradient attribute", () => {
    const bd = copy.getWorksheet(BREAKDOWN_SHEET)!;
    const cf = (bd as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toMatch(/^F3:F\d+$/);
    expect(cf[0].rules[0].type).toBe("dataBar");
    const xml = readText(pkg, listZip(pkg), worksheetParts(pkg).get(BREAKDOWN_SHEET)!)!;
    expect(xml).toContain("<x14:dataBar");
    expect(xml).not.toMatch(/gradient=/);
    expect(bd.getCell("F3").numFmt).toBe("0%");
  });

  test("scoring again replaces the scored sheets and keeps the reviewer's input by 指标编号", async () => {
    // The reviewer fills in the copy.
    const reviewed = await open(scored);
    const ws = reviewed.getWorksheet(INDICATOR_SHEET)!;
    ws.getCell(rowOfId(ws, "work.coverage"), C.reviewScore).value = 8;
    ws.getCell(rowOfId(ws, "work.coverage"), C.reviewOpinion).value = "站点视频缺 3 个";
    ws.getCell(rowOfId(ws, "org.plan"), C.reviewOpinion).value = "=方案尚未印发";
    ws.getCell(rowOfId(ws, "total"), C.reviewScore).value = 50;
    const reviewedFile = tmp.file("ledger.reviewed.xlsx");
    await reviewed.xlsx.writeFile(reviewedFile);

    // Re-score with a rubric whose rows moved (training before the two 服务体系建设 rows).
    const moved: Rubric = { ...RUBRIC, indicators: [...RUBRIC.indicators] };
    const t = moved.indicators.findIndex((i) => i.id === "work.training");
    const [training] = moved.indicators.splice(t, 1);
    moved.indicators.splice(2, 0, training);
    const src = await readWorkbook(reviewedFile);
    const warnings: string[] = [];
    const again = tmp.file("ledger.rescored.xlsx");
    await writeScoredWorkbook(src.bytes, buildScoredSheets(makeReport(), moved), again, { onWarning: (w) => warnings.push(w) });
    // The typed-over total is replaced by the formula, and said.
    expect(warnings).toEqual([expect.stringContaining("考评得分合计原为“50”，新表按公式由各项考评得分合计为 8")]);

    const wb = await open(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual([LEDGER, "参数", INDICATOR_SHEET, BREAKDOWN_SHEET, DIAGNOSTICS_SHEET]);
    const out = wb.getWorksheet(INDICATOR_SHEET)!;
    const cov = rowOfId(out, "work.coverage");
    expect(cov).not.toBe(rowOfId(ws, "work.coverage"));
    expect(out.getCell(cov, C.reviewScore).value).toBe(8);
    expect(out.getCell(cov, C.reviewOpinion).value).toBe("站点视频缺 3 个");
    const plan = out.getCell(rowOfId(out, "org.plan"), C.reviewOpinion);
    expect(plan.value).toBe("=方案尚未印发");
    expect(plan.type).toBe(ExcelJS.ValueType.String);
    const total = out.getCell(rowOfId(out, "total"), C.reviewScore);
    expect(total.formula).toMatch(/SUM\(/);
    expect((total.value as { result?: number }).result).toBe(8);
    expect(out.getCell(rowOfId(out, "work.training"), C.reviewScore).value).toBeNull();
    const after = await readWorkbook(again);
    expect(after.grids.sheets.slice(0, 2)).toEqual(before.grids.sheets);
  });

  test("填报自评 is written beside 自评得分, a claim the ledgers do not support filled red", () => {
    const ws = copy.getWorksheet(INDICATOR_SHEET)!;
    const lead = rowOfId(ws, "org.leadership");
    expect(ws.getCell(lead, C.claimed).value).toBe(2);
    expect(ws.getCell(lead, C.claimed).fill).not.toMatchObject({ pattern: "solid" });
    const center = rowOfId(ws, "work.center");
    expect(ws.getCell(center, C.claimed).value).toBe(13);
    expect(ws.getCell(center, C.claimed).fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell(center, C.claimed).type).toBe(ExcelJS.ValueType.Number);
    expect(String(ws.getCell(center, C.basis).value)).toContain("填报自评 13 分，台账支持 11 分");
    expect(ws.getCell(rowOfId(ws, "work.coverage"), C.claimed).value).toBeNull();
  });

  test("an indicator table written before 填报自评 (its former header) is replaced and its reviewer input kept", async () => {
    const wb = await open(source);
    const old = wb.addWorksheet(INDICATOR_SHEET);
    const header = [
      "工作任务",
      "评价指标名称",
      "权重（%）",
      "指标解释",
      "评分标准",
      "评价方式及佐证材料",
      "自评得分",
      "计算依据",
      "数据来源",
      "考评得分",
      "考评意见",
      "指标编号",
    ];
    old.getRow(1).getCell(1).value = "旧表";
    header.forEach((h, c) => (old.getRow(2).getCell(c + 1).value = h));
    old.getRow(3).getCell(12).value = "work.coverage";
    old.getRow(3).getCell(10).value = 7;
    old.getRow(3).getCell(11).value = "旧版表格中的意见";
    const oldFile = tmp.file("ledger.former.xlsx");
    await wb.xlsx.writeFile(oldFile);
    const src = await readWorkbook(oldFile);
    const warnings: string[] = [];
    const out = tmp.file("ledger.former.scored.xlsx");
    await writeScoredWorkbook(src.bytes, buildScoredSheets(makeReport(), RUBRIC), out, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    const again = await open(out);
    expect(again.worksheets.map((w) => w.name)).toEqual([LEDGER, "参数", INDICATOR_SHEET, BREAKDOWN_SHEET, DIAGNOSTICS_SHEET]);
    const ws = again.getWorksheet(INDICATOR_SHEET)!;
    const cov = rowOfId(ws, "work.coverage");
    expect(ws.getCell(cov, C.reviewScore).value).toBe(7);
    expect(ws.getCell(cov, C.reviewOpinion).value).toBe("旧版表格中的意见");
  });

  test("reviewer input whose indicator is gone is reported", async () => {
    const reviewed = await open(scored);
    const ws = reviewed.getWorksheet(INDICATOR_SHEET)!;
    ws.getCell(rowOfId(ws, "work.training"), C.reviewOpinion).value = "培训照片不全";
    const src = await readWorkbook(
      await (async () => {
        const f = tmp.file("ledger.reviewed2.xlsx");
        await reviewed.xlsx.writeFile(f);
        return f;
      })(),
    );
    const fewer: Rubric = { ...RUBRIC, indicators: RUBRIC.indicators.filter((i) => i.id !== "work.training") };
    const report = makeReport();
    report.indicators = report.indicators.filter((i) => i.id !== "work.training");
    const warnings: string[] = [];
    await writeScoredWorkbook(src.bytes, buildScoredSheets(report, fewer), tmp.file("ledger.fewer.xlsx"), { onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("work.training");
    expect(warnings[0]).toContain("培训照片不全");
  });
});
