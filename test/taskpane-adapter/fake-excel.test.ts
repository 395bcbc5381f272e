/**
 * The fake Excel API itself: it must be strict where Office is strict, or the adapter tests prove
 * nothing (properties unreadable before load+sync, formulas from "=" text, payload limits, batches
 * that are not transactions).
 */
import { FakeExcel, installFakeOffice, jsonBytes, jsonSafeGrids, parseRect, rectAddress, MB } from "../fakes/fake-excel";
import { ExcelHost } from "../../src/taskpane/office";

function small(): FakeExcel {
  return FakeExcel.fromGrids({
    sheets: [
      {
        name: "台账",
        rows: [["标题"], ["序号", "日期", "金额"], [1, new Date(Date.UTC(2021, 7, 31)), 12.5], [], [null, null, { error: "#N/A" }]],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        formats: [[], [], [undefined, "yyyy-mm-dd", "#,##0.00"]],
      },
      { name: "参数", rows: [["a"]], hidden: true },
    ],
  });
}

describe("fake Excel", () => {
  test("properties are readable only after load + sync", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("台账").getRange("A1:C3");
      expect(() => r.values).toThrow(/not available/);
      r.load("values, address");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.address).toBe("台账!A1:C3");
      expect(r.values).toEqual([
        ["标题", "", ""],
        ["序号", "日期", "金额"],
        [1, 44439, 12.5],
      ]);
      expect(() => r.numberFormat).toThrow(/not available/);
    });
    expect(fake.syncs).toHaveLength(1);
  });

  test("used range is the bounding box of values; null objects are known after sync", async () => {
    const fake = small();
    fake.typeInto("参数", "A1", "");
    await fake.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("台账").getUsedRangeOrNullObject(true);
      used.load("address, rowIndex, columnIndex, rowCount, columnCount");
      const none = ctx.workbook.worksheets.getItem("参数").getUsedRangeOrNullObject(true);
      const missing = ctx.workbook.worksheets.getItemOrNullObject("没有");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(used.address).toBe("台账!A1:C5");
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([0, 0, 5, 3]);
      expect(none.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("text starting with = becomes a formula unless the cell is Text or the text has an apostrophe", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("台账");
      ws.getRange("E1:E4").values = [["=SUM(A1)"], ["'=SUM(A1)"], ["-x"], ["75%"]];
      const t = ws.getRange("F1");
      t.numberFormat = [["@"]];
      t.values = [["=SUM(A1)"]];
      await ctx.sync();
    });
    expect(fake.formulaAt("台账", "E1")).toBe("=SUM(A1)");
    expect(fake.valueAt("台账", "E1")).toBe("#NAME?");
    expect(fake.formulaAt("台账", "E2")).toBeUndefined();
    expect(fake.valueAt("台账", "E2")).toBe("=SUM(A1)");
    expect(fake.formulaAt("台账", "E3")).toBe("=-x");
    expect(fake.valueAt("台账", "E4")).toBe(0.75);
    expect(fake.formulaAt("台账", "F1")).toBeUndefined();
    expect(fake.valueAt("台账", "F1")).toBe("=SUM(A1)");
  });

  test("payload limits: a request or response above the limit fails and is recorded", async () => {
    const fake = small();
    fake.setPayloadLimit(2000);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("A10:A200").values = Array.from({ length: 191 }, (_, i) => [`第 ${i} 行的文字`]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.valueAt("台账", "A10")).toBe(""); // nothing applied
    fake.sheet("台账").values[300] = Array.from({ length: 3 }, () => "很长的文字".repeat(100));
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("A301:C301").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.stats()).toMatchObject({ syncs: 2, failedSyncs: 2 });
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(2000);
    expect(fake.syncs[1].responseBytes).toBeGreaterThan(2000);
  });

  test("an injected failure stops the batch after the given number of actions", async () => {
    const fake = small();
    fake.failNextSync({ code: "GeneralException", afterActions: 1 });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add("一");
        ctx.workbook.worksheets.add("二");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.sheetNames()).toEqual(["台账", "参数", "一"]);
  });

  test("cell-edit mode: fails without delayForCellEdit, waits with it", async () => {
    const fake = small();
    fake.enterCellEdit();
    await expect(fake.run(async (ctx) => ctx.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const p = fake.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.add("新");
      await ctx.sync();
      done = true;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    fake.exitCellEdit();
    await p;
    expect(done).toBe(true);
    expect(fake.syncs[fake.syncs.length - 1].waitedForCellEdit).toBe(true);
  });

  test("sheets: add, rename, hide, position, delete, case-insensitive names, last visible sheet kept", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const a = sheets.add("~tmp");
      a.name = "Tmp";
      a.visibility = "Hidden";
      sheets.getItem("tmp").position = 0;
      sheets.load("items/name,items/visibility");
      await ctx.sync();
      expect(sheets.items.map((w) => [w.name, w.visibility])).toEqual([
        ["Tmp", "Hidden"],
        ["台账", "Visible"],
        ["参数", "Hidden"],
      ]);
      sheets.add("台账".toLowerCase());
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      sheets.getItem("台账").delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("formats, merges, links, validation, data bar, freeze and page layout are kept and readable", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("台账");
      const r = ws.getRange("A2:C2");
      r.format.font.bold = true;
      r.format.fill.color = "#D9E1F2";
      r.format.columnWidth = 60;
      ws.getRange("A3").hyperlink = { documentReference: "'参数'!A1", textToDisplay: "去参数" };
      ws.getRange("B3").dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } };
      const cf = ws.getRange("C3:C5").conditionalFormats.add("DataBar");
      cf.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      ws.freezePanes.freezeRows(2);
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.setPrintTitleRows("$1:$2");
      const f = ws.getRange("A2:C2").format;
      f.load("columnWidth");
      f.font.load("bold");
      const mixed = ws.getRange("A1:A2").format.font;
      mixed.load("bold");
      await ctx.sync();
      expect(f.columnWidth).toBe(60);
      expect(f.font.bold).toBe(true);
      expect(mixed.bold).toBeNull();
    });
    const snap = fake.snapshot("台账");
    expect(snap.merges).toEqual(["A1:C1"]);
    expect(snap.freeze).toEqual({ rows: 2, cols: 0 });
    expect(snap.printTitleRows).toBe("$1:$2");
    expect(fake.hyperlinkAt("台账", "A3")).toEqual({ documentReference: "'参数'!A1", textToDisplay: "去参数" });
    expect(fake.valueAt("台账", "A3")).toBe("去参数");
    expect((snap.conditionalFormats[0] as { dataBar: unknown }).dataBar).toEqual({ lowerBoundRule: { type: "Number", formula: "0" } });
  });

  test("installFakeOffice defines Office and Excel globals", async () => {
    const win = {} as { Office: typeof Office; Excel: typeof Excel };
    const fake = installFakeOffice(win, small(), { displayLanguage: "en-US" });
    expect(win.Office.context.displayLanguage).toBe("en-US");
    await expect(win.Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(win.Excel.SheetVisibility.hidden).toBe("Hidden");
    const names = await win.Excel.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return ctx.workbook.worksheets.items.map((w) => w.name);
    });
    expect(names).toEqual(["台账", "参数"]);
    expect(fake.stats().syncs).toBe(1);
  });

  test("a task pane using the globals: new ExcelHost() over installFakeOffice", async () => {
    const g = globalThis as Record<string, unknown>;
    const saved = { Office: g.Office, Excel: g.Excel, OfficeExtension: g.OfficeExtension };
    try {
      const fake = installFakeOffice(
        globalThis,
        FakeExcel.fromGrids(JSON.parse(JSON.stringify(jsonSafeGrids({ sheets: [{ name: "台账", rows: [["日期"], [new Date(Date.UTC(2021, 7, 31))]] }] })))),
        { displayLanguage: "en-US" },
      );
      const host = new ExcelHost();
      expect(host.displayLanguage()).toBe("en-US");
      expect((await host.readGrids()).sheets[0].rows).toEqual([["日期"], [44439]]);
      expect(fake.stats().syncs).toBe(2);
    } finally {
      Object.assign(g, saved);
    }
  });

  test("helpers", () => {
    expect(rectAddress(parseRect("$B$3:A1")!)).toBe("A1:B3");
    expect(rectAddress(parseRect("5:9")!)).toBe("5:9");
    expect(rectAddress(parseRect("'a b'!C:C")!)).toBe("C:C");
    expect(jsonBytes("中")).toBe(5);
    expect(MB).toBe(1048576);
  });
});
