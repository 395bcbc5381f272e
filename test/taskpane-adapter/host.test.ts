/**
 * ExcelHost: settings round trip (hidden sheet), templates added without touching existing sheets,
 * select, and Office errors turned into sentences a clerk understands (Chinese and English).
 */
import { FakeExcel, FakeOfficeError, type SheetSnapshot } from "../fakes/fake-excel";
import { SETTINGS_SHEET } from "../../src/ledger/read";
import { parseSettingsSheet, type WorkbookSettings } from "../../src/ledger/settings";
import { factsTemplate, ledgerTemplates, missingTemplates, FACTS_TEMPLATE_SHEET } from "../../src/ledger/template";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { HostError } from "../../src/taskpane/host";
import { langOf, messageFor, toHostError } from "../../src/taskpane/office/errors";
import type { ExcelRun } from "../../src/taskpane/office/excel-host";
import { hostFor, lechangGrids, lechangModels } from "./scenarios";

const SETTINGS: WorkbookSettings = {
  options: { asOf: "2021-08-31", county: "乐昌市", note: "=不是公式" },
  mappings: [
    { sheet: "培训台账", kind: "training", headerRow: 2, columns: { idNumber: "C", date: "D" } },
    { sheet: "=台账", kind: "stations" },
    { sheet: "其他", kind: "ignore" },
  ],
};

describe("settings", () => {
  test("writeSettings → readSettings round trip; the sheet is hidden; text stays text", async () => {
    const fake = FakeExcel.fromGrids(await lechangGrids());
    const host = hostFor(fake);
    expect(await host.readSettings()).toEqual({ mappings: [], options: {} });
    await host.writeSettings(SETTINGS);
    expect(await host.readSettings()).toEqual(SETTINGS);
    const s = fake.sheet(SETTINGS_SHEET);
    expect(s.visibility).toBe("Hidden");
    expect(s.formulas.size).toBe(0);
    // The same sheet the CLI reads: parse the fake's grid directly.
    expect(parseSettingsSheet(fake.toGrids().sheets.find((x) => x.name === SETTINGS_SHEET))).toEqual(SETTINGS);
    // readGrids lists it, hidden.
    const grids = await host.readGrids();
    expect(grids.sheets.find((x) => x.name === SETTINGS_SHEET)?.hidden).toBe(true);
  });

  test("writing again replaces the sheet (one settings sheet, no temporary sheet, still hidden)", async () => {
    const fake = FakeExcel.fromGrids(await lechangGrids());
    const host = hostFor(fake);
    await host.writeSettings(SETTINGS);
    const next: WorkbookSettings = { options: { asOf: "2022-01-01" }, mappings: [] };
    await host.writeSettings(next);
    expect(await host.readSettings()).toEqual(next);
    expect(fake.sheetNames().filter((n) => n.includes(SETTINGS_SHEET))).toEqual([SETTINGS_SHEET]);
    expect(fake.sheet(SETTINGS_SHEET).visibility).toBe("Hidden");
  });

  test("the settings sheet and the scored sheets coexist; scoring does not touch the settings", async () => {
    const fake = FakeExcel.fromGrids(await lechangGrids());
    const host = hostFor(fake);
    await host.writeSettings(SETTINGS);
    const before = fake.snapshot(SETTINGS_SHEET);
    await host.writeScoredSheets(await lechangModels());
    expect(fake.snapshot(SETTINGS_SHEET)).toEqual(before);
  });
});

describe("insertTemplates", () => {
  test("adds only the missing sheets, with headers, drop-downs and date cells; existing sheets untouched", async () => {
    const fake = FakeExcel.fromGrids(await lechangGrids());
    const host = hostFor(fake);
    const existing = fake.sheetNames();
    const before: SheetSnapshot[] = existing.map((n) => fake.snapshot(n));
    // Every template, including ones whose names the workbook already has (站点台账, 培训台账…).
    const all = [factsTemplate(GD_2019), ...ledgerTemplates()];
    const clash = all.filter((t) => existing.includes(t.name)).map((t) => t.name);
    expect(clash.length).toBeGreaterThan(0);
    const added = await host.insertTemplates(all);
    expect(added).toEqual(missingTemplates(GD_2019, existing).map((t) => t.name));
    expect(fake.sheetNames()).toEqual([...existing, ...added]);
    expect(existing.map((n) => fake.snapshot(n))).toEqual(before);
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);

    const facts = factsTemplate(GD_2019);
    expect(added).toContain(FACTS_TEMPLATE_SHEET);
    const s = fake.sheet(FACTS_TEMPLATE_SHEET);
    facts.rows.forEach((row, r) => row.forEach((v, c) => v !== null && expect(s.readValue(r, c)).toBe(v)));
    expect(fake.formatAt(FACTS_TEMPLATE_SHEET, "A2", "font.bold")).toBe(true);
    expect(fake.formatAt(FACTS_TEMPLATE_SHEET, "A2", "fill.color")).toBe("#DDEBF7");
    expect(s.freeze).toEqual({ rows: facts.headerRow + 1, cols: 0 });
    expect(s.validations).toHaveLength(facts.validations.length);
    const list = facts.validations.find((v) => v.list)!;
    const vList = s.validations.find((v) => v.rect.r0 === list.fromRow && v.rect.c0 === list.col)!;
    expect(vList.rule).toEqual({ list: { inCellDropDown: true, source: list.list!.join(",") } });
    const date = facts.validations.find((v) => v.date);
    if (date) expect(s.numberFormat(date.fromRow, date.col)).toBe("yyyy-mm-dd");

    // A second call adds nothing and changes nothing.
    const snap = fake.sheetNames().map((n) => fake.snapshot(n));
    expect(await host.insertTemplates(all)).toEqual([]);
    expect(fake.sheetNames().map((n) => fake.snapshot(n))).toEqual(snap);
  });
});

describe("select", () => {
  test("activates the sheet and selects a cell, a range or rows", async () => {
    const fake = FakeExcel.fromGrids(await lechangGrids());
    const host = hostFor(fake);
    await host.select("站点台账", "C17");
    expect(fake.activeSheetName()).toBe("站点台账");
    expect(fake.selectedAddress()).toBe("站点台账!C17");
    await host.select("培训台账", "5:9");
    expect(fake.selectedAddress()).toBe("培训台账!5:9");
    await host.select("培训台账", "A5:A141");
    expect(fake.selectedAddress()).toBe("培训台账!A5:A141");
    expect(fake.stats().syncs).toBe(3);
  });

  test("an unknown sheet or address, or a hidden sheet: a clerk's message", async () => {
    const fake = FakeExcel.fromGrids({
      sheets: [
        { name: "台账", rows: [["x"]] },
        { name: "藏", rows: [["y"]], hidden: true },
      ],
    });
    const zh = hostFor(fake);
    await expect(zh.select("没有这张表", "A1")).rejects.toThrow("找不到工作表“没有这张表”（可能已被重命名或删除），请重新扫描工作簿");
    await expect(zh.select("台账", "第五行")).rejects.toThrow("无法定位到工作表“台账”的“第五行”");
    await expect(zh.select("藏", "A1")).rejects.toThrow("工作表“藏”已隐藏，无法跳转；请先取消隐藏");
    const en = hostFor(fake, { displayLanguage: () => "en-US" });
    await expect(en.select("没有这张表", "A1")).rejects.toThrow('Sheet "没有这张表" was not found');
  });
});

describe("Office errors → clerk messages", () => {
  const failing = (code: string): ExcelRun =>
    (async () => {
      throw new FakeOfficeError(code, `raw Office text for ${code}`);
    }) as unknown as ExcelRun;

  test.each([
    ["InvalidOperationInCellEditMode", "工作簿正在编辑单元格，请按 Enter 结束编辑后重试", "A cell is being edited. Press Enter to finish editing, then try again."],
    ["AccessDenied", "受保护", "protected"],
    ["RequestPayloadSizeLimitExceeded", "数据量超出了 Excel 单次能处理的上限", "more data than Excel can take"],
    ["Conflict", "Excel 正忙", "Excel is busy"],
    ["ApiNotFound", "不支持", "lacks a feature"],
    ["SomethingNew", "错误代码 SomethingNew", "error code SomethingNew"],
  ])("%s", async (code, zh, en) => {
    const errZh = await hostFor(new FakeExcel(), { run: failing(code) })
      .readGrids()
      .catch((e) => e);
    expect(errZh).toBeInstanceOf(HostError);
    expect(errZh.code).toBe(code);
    expect(errZh.message).toContain(zh);
    expect(errZh.message).not.toContain("raw Office text");
    const errEn = await hostFor(new FakeExcel(), { run: failing(code), displayLanguage: () => "en-GB" })
      .writeScoredSheets(await lechangModels())
      .catch((e) => e);
    expect(errEn.message).toContain(en);
  });

  test("not an Office error (a bug): a general sentence, the cause kept for the log", () => {
    const e = toHostError(new TypeError("x is undefined"), "zh");
    expect(e.message).toBe("加载项遇到意外问题，请重试；如仍出现，请联系技术支持");
    expect((e as { cause?: unknown }).cause).toBeInstanceOf(TypeError);
  });

  test("leftover temporary sheets are named in the message", () => {
    expect(messageFor("GeneralException", "zh", { leftovers: ["~考评指标自评表"] })).toContain("请手动删除");
    expect(messageFor("GeneralException", "en", { leftovers: ["~考评指标自评表"] })).toContain("please delete them");
  });

  test("display language: English for en-*, Chinese otherwise", () => {
    expect(["en", "en-US", "EN-gb", "zh-CN", "zh-TW", "fr-FR", ""].map(langOf)).toEqual(["en", "en", "en", "zh", "zh", "zh", "zh"]);
    const fake = new FakeExcel();
    expect(hostFor(fake, { displayLanguage: () => "en-US" }).displayLanguage()).toBe("en-US");
  });

  test("a missing requirement set is said plainly before anything is done", async () => {
    const fake = FakeExcel.fromGrids(await lechangGrids());
    const host = hostFor(fake, { isSetSupported: (_n, v) => Number(v.split(".")[1]) <= 8 });
    const err = await host.writeScoredSheets(await lechangModels()).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe("当前版本的 Excel 不支持本加载项需要的 ExcelApi 1.9，请更新 Office 或改用网页版 Excel");
    expect(fake.stats().syncs).toBe(0);
    // Reading needs less; without ExcelApi 1.13 the header merges are simply not read.
    const grids = await host.readGrids();
    expect(grids.sheets.every((s) => !s.merges)).toBe(true);
  });
});
