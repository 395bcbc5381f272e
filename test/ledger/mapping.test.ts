/**
 * Manual mappings at the library level: a mapping stored in the hidden settings sheet
 * (settingsSheetRows → grid → parseSettingsSheet → readLedgers) changes what is read; it survives
 * a save and reopen through a real .xlsx; a stale or malformed mapping is a diagnostic, not a crash.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbook } from "../../scripts/lib/grid-xlsx";
import { Diagnostics, type Diagnostic } from "../../src/core/diagnostics";
import { columnLetters, type CellValue, type Sheet, type WorkbookGrids } from "../../src/core/grid";
import type { SheetMapping } from "../../src/ledger/mapping";
import { readLedgers, SETTINGS_SHEET } from "../../src/ledger/read";
import { emptySettings, parseSettingsSheet, settingsSheetRows, withMapping, type WorkbookSettings } from "../../src/ledger/settings";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

type Row = CellValue[];

/** Stations with two village columns: the automatic match takes 所在村 (an old name), the clerk means D. */
const stations: Sheet = {
  name: "站点台账",
  rows: [
    ["站点名称", "所在村", "建成日期", "现行政村"],
    ["甲站", "老长来", "2019-01-01", "长来村"],
    ["乙站", "老坪石", "2019-01-01", "坪石村"],
  ],
};

/** A list of park enterprises under a name and headers recognition does not know. */
const misc: Sheet = {
  name: "杂项",
  rows: [
    ["单位", "行业", "进驻"],
    ["甲公司", "平台型", "2020-01-01"],
    ["乙公司", "物流企业", "2020-02-01"],
  ],
};

/** Funds whose header sits below 70 lines of instructions: beyond the automatic scan. */
const funds: Sheet = {
  name: "资金",
  rows: [
    ...Array.from({ length: 70 }, (_, i): Row => [`说明第${i + 1}条：请按实际拨付填写`]),
    ["拨付日期", "项目", "拨付金额（万元）"],
    ["2020-01-01", "站点", 10],
    ["2020-02-01", "培训", "2.5"],
  ],
};

const media: Sheet = {
  name: "宣传报道",
  rows: [
    ["报道日期", "媒体名称", "媒体级别", "标题"],
    ["2021-01-01", "南方日报", "省级", "乐昌电商"],
  ],
};

function workbook(settings?: WorkbookSettings, extra: Sheet[] = []): WorkbookGrids {
  const sheets = [stations, misc, funds, media, ...extra];
  if (settings) sheets.push({ name: SETTINGS_SHEET, rows: settingsSheetRows(settings), hidden: true });
  return { sheets };
}

/** Read through the stored settings, as the CLI and the task pane do. */
function readStored(grids: WorkbookGrids) {
  const diags = new Diagnostics();
  const settings = parseSettingsSheet(
    grids.sheets.find((s) => s.name === SETTINGS_SHEET),
    diags,
  );
  const read = readLedgers(grids, GD_2019, settings.mappings);
  return { ...read, settingsDiagnostics: diags.list };
}

const letters = (cols: Record<string, number>) => Object.fromEntries(Object.entries(cols).map(([f, c]) => [f, columnLetters(c)]));
const located = (d: Diagnostic) => d.sheet === undefined || /^([A-Z]+\d+(:[A-Z]+\d+)?|\d+:\d+)$/.test(d.cell ?? "");

const STORED: SheetMapping[] = [
  { sheet: "站点台账", kind: "stations", columns: { village: "D" } },
  { sheet: "杂项", kind: "enterprises", columns: { name: "A", type: "B", entered: "C" } },
  { sheet: "资金", kind: "funds", headerRow: 71 },
  { sheet: "宣传报道", kind: "ignore" },
];

function stored(): WorkbookSettings {
  const start: WorkbookSettings = { ...emptySettings(), options: { asOf: "2021-08-31" } };
  return STORED.reduce<WorkbookSettings>((s, m) => withMapping(s, m), start);
}

describe("without a mapping", () => {
  const { ledgers, recognitions } = readStored(workbook());

  test("recognition takes its own guesses", () => {
    const kinds = Object.fromEntries(recognitions.map((r) => [r.sheet, r.kind]));
    expect(kinds["站点台账"]).toBe("stations");
    expect(kinds["杂项"]).not.toBe("enterprises");
    expect(kinds["资金"]).not.toBe("funds");
    expect(kinds["宣传报道"]).toBe("media");
    expect(letters(recognitions.find((r) => r.sheet === "站点台账")?.columns ?? {}).village).toBe("B");
    expect(ledgers.stations.map((s) => s.villageKey)).toEqual(["老长来", "老坪石"]);
    expect(ledgers.media).toHaveLength(1);
    expect(ledgers.funds).toHaveLength(0);
  });
});

describe("a stored mapping changes the result", () => {
  const grids = workbook(stored());
  const { ledgers, recognitions, diagnostics, settingsDiagnostics } = readStored(grids);
  const rec = (sheet: string) => recognitions.find((r) => r.sheet === sheet);

  test("the settings sheet parses without complaint", () => {
    expect(settingsDiagnostics).toEqual([]);
  });

  test("explicit columns override the automatic match", () => {
    expect(rec("站点台账")?.mapped).toBe(true);
    expect(letters(rec("站点台账")?.columns ?? {})).toMatchObject({ name: "A", village: "D", opened: "C" });
    expect(ledgers.stations.map((s) => s.villageKey)).toEqual(["长来", "坪石"]);
  });

  test("a sheet's kind can be forced", () => {
    expect(rec("杂项")?.kind).toBe("enterprises");
    expect(ledgers.enterprises.map((e) => [e.name, e.type, e.entered])).toEqual([
      ["甲公司", "平台型", { y: 2020, m: 1, d: 1 }],
      ["乙公司", "物流企业", { y: 2020, m: 2, d: 1 }],
    ]);
  });

  test("a stated header row is read wherever it is, with its columns and unit", () => {
    expect(rec("资金")).toMatchObject({ kind: "funds", headerRow: 70, unit: "万元" });
    expect(letters(rec("资金")?.columns ?? {})).toEqual({ date: "A", project: "B", amount: "C" });
    expect(ledgers.funds.map((f) => f.amount.toDecimal())).toEqual(["100000", "25000"]);
  });

  test("ignore leaves a sheet out, and says so", () => {
    expect(rec("宣传报道")?.kind).toBeNull();
    expect(ledgers.media).toEqual([]);
    expect(ledgers.sheetsByKind.media).toEqual([]);
    expect(diagnostics.list).toContainEqual(expect.objectContaining({ severity: "info", sheet: "宣传报道", cell: "A1" }));
  });

  test("the scored report follows the mapping", () => {
    const plain = scoreGrids(workbook()).report;
    const mapped = scoreGrids(grids, { mappings: parseSettingsSheet(grids.sheets.find((s) => s.name === SETTINGS_SHEET)).mappings }).report;
    expect(plain.indicators.find((i) => i.id === "promo.media")?.status).not.toBe("missing");
    expect(mapped.indicators.find((i) => i.id === "promo.media")?.status).toBe("missing");
    expect(mapped.measures.fundSpent).toBe(125000);
    expect(plain.measures.fundSpent).toBeNull();
    expect(mapped.measures.parkEnterprises).toBe(2);
  });
});

describe("the settings sheet", () => {
  test("settingsSheetRows and parseSettingsSheet round-trip", () => {
    const s = stored();
    const rows = settingsSheetRows(s);
    const back = parseSettingsSheet({ name: SETTINGS_SHEET, rows });
    expect(back).toEqual(s);
    expect(settingsSheetRows(back)).toEqual(rows);
  });

  test("withMapping replaces the mapping of the same sheet", () => {
    const s = withMapping(stored(), { sheet: "杂项", kind: "ignore" });
    expect(s.mappings.filter((m) => m.sheet === "杂项")).toEqual([{ sheet: "杂项", kind: "ignore" }]);
    expect(s.mappings).toHaveLength(STORED.length);
  });

  test("the mapping survives a save and reopen through a real .xlsx (hidden sheet)", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-mapping-"));
    try {
      const file = path.join(dir, "mapped.xlsx");
      const grids = workbook(stored());
      await writeWorkbook(
        grids.sheets.map((s) => ({ name: s.name, rows: s.rows, hidden: s.hidden })),
        file,
      );
      const reopened = (await readWorkbook(file)).grids;
      const settingsSheet = reopened.sheets.find((s) => s.name === SETTINGS_SHEET);
      expect(settingsSheet?.hidden).toBe(true);
      expect(parseSettingsSheet(settingsSheet)).toEqual(stored());
      const again = readStored(reopened);
      expect(again.ledgers.stations.map((s) => s.villageKey)).toEqual(["长来", "坪石"]);
      expect(again.ledgers.funds.map((f) => f.amount.toDecimal())).toEqual(["100000", "25000"]);
      expect(again.ledgers.enterprises).toHaveLength(2);
      expect(again.ledgers.media).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test("bad settings rows are located diagnostics and the good rows still count", () => {
    const rows: Row[] = [
      [...settingsSheetRows(emptySettings())[0]],
      ["mapping", "站点台账", "stations", "x", "village=D"],
      ["mapping", "杂项", "companies", null, null],
      ["mapping", "资金", "funds", 71, "amount=3;date"],
      ["what", "资金", "funds", null, null],
      ["option", "asOf", "2021-08-31", null, null],
    ];
    const diags = new Diagnostics();
    const s = parseSettingsSheet({ name: SETTINGS_SHEET, rows }, diags);
    expect(s.mappings).toEqual([
      { sheet: "站点台账", kind: "stations", columns: { village: "D" } },
      { sheet: "资金", kind: "funds", headerRow: 71, columns: {} },
    ]);
    expect(s.options).toEqual({ asOf: "2021-08-31" });
    expect(diags.list.map((d) => [d.sheet, d.cell])).toEqual([
      [SETTINGS_SHEET, "D2"],
      [SETTINGS_SHEET, "C3"],
      [SETTINGS_SHEET, "E4"],
      [SETTINGS_SHEET, "E4"],
      [SETTINGS_SHEET, "A5"],
    ]);
  });
});

describe("stale and malformed mappings are diagnostics, not crashes", () => {
  test("a mapping naming a sheet that no longer exists points at its settings row", () => {
    const settings = withMapping(stored(), { sheet: "旧站点表", kind: "stations" });
    const { ledgers, diagnostics } = readStored(workbook(settings));
    const stale = diagnostics.list.filter((d) => d.message.includes("旧站点表"));
    const row = settingsSheetRows(settings).findIndex((r) => r[1] === "旧站点表") + 1;
    expect(stale).toEqual([expect.objectContaining({ severity: "warning", sheet: SETTINGS_SHEET, cell: `B${row}` })]);
    expect(ledgers.stations).toHaveLength(2);
  });

  test("a stale mapping from a mapping file (no settings row) is workbook-wide", () => {
    const { diagnostics } = readLedgers(workbook(), GD_2019, [{ sheet: "旧站点表", kind: "stations" }]);
    expect(diagnostics.list.filter((d) => d.message.includes("旧站点表"))).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(diagnostics.list.find((d) => d.message.includes("旧站点表"))?.sheet).toBeUndefined();
  });

  test("entries of any shape from a JSON mapping file", () => {
    const junk = [
      null,
      5,
      "站点台账",
      { kind: "stations" },
      { sheet: 7, kind: "stations" },
      { sheet: "站点台账", kind: "nonsense" },
      { sheet: "杂项", kind: "enterprises", columns: "name=A" },
      { sheet: "资金", kind: "funds", headerRow: "abc", columns: { amount: 3, date: "A", bogus: "B" } },
      { sheet: "宣传报道", kind: "media", headerRow: 999 },
    ] as unknown as SheetMapping[];
    const { ledgers, diagnostics } = readLedgers(workbook(), GD_2019, junk);
    expect(() => scoreGrids(workbook(), { mappings: junk })).not.toThrow();
    // The invalid kind falls back to automatic recognition.
    expect(ledgers.stations).toHaveLength(2);
    const msgs = diagnostics.list.filter((d) => d.severity === "warning").map((d) => `${d.sheet}!${d.cell} ${d.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^站点台账!1:1 映射中的台账类型“nonsense”无效/),
        expect.stringMatching(/^杂项!1:1 映射中的列应写成/),
        expect.stringMatching(/^杂项!1:1 按映射读取“杂项”时缺少必需的列：name/),
        expect.stringMatching(/^资金!A1 映射中的表头行“abc”超出表格范围/),
        expect.stringMatching(/^资金!\d+:\d+ 映射中的列“amount → 3”无效/),
        expect.stringMatching(/^资金!\d+:\d+ 映射中的列“bogus → B”无效/),
        expect.stringMatching(/^宣传报道!A1 映射中的表头行“999”超出表格范围/),
      ]),
    );
    // A mapped sheet missing its required column is not read (not "nothing in it").
    expect(ledgers.sheetsByKind.enterprises).toEqual([]);
    for (const d of diagnostics.list) expect(located(d)).toBe(true);
  });

  test("a header row stated on a blank or data row gives a diagnostic, not a crash", () => {
    const { ledgers, diagnostics } = readLedgers(workbook(), GD_2019, [{ sheet: "站点台账", kind: "stations", headerRow: 2 }]);
    expect(ledgers.sheetsByKind.stations).toEqual([]);
    expect(diagnostics.list).toContainEqual(
      expect.objectContaining({ severity: "warning", sheet: "站点台账", cell: "2:2", message: expect.stringContaining("缺少必需的列：village") }),
    );
  });
});

describe("hidden sheets", () => {
  const sheet = (hidden: boolean): Sheet => ({
    name: "旧站点表",
    hidden,
    rows: [
      ["站点名称", "所在村", "建成日期"],
      ["长来站", "长来村", "2020-05-01"],
    ],
  });

  test("a hidden ledger is not read, and the clerk is told why", () => {
    const { ledgers, diagnostics } = readLedgers({ sheets: [sheet(true)] }, GD_2019);
    expect(ledgers.stations).toHaveLength(0);
    expect(diagnostics.list.some((d) => d.sheet === "旧站点表" && d.message.includes("已隐藏"))).toBe(true);
  });

  test("a mapping naming the hidden sheet reads it anyway", () => {
    const { ledgers } = readLedgers({ sheets: [sheet(true)] }, GD_2019, [{ sheet: "旧站点表", kind: "stations" }]);
    expect(ledgers.stations).toHaveLength(1);
  });

  test("the same sheet visible is read", () => {
    expect(readLedgers({ sheets: [sheet(false)] }, GD_2019).ledgers.stations).toHaveLength(1);
  });
});

describe("a column the sheet does not have", () => {
  // The automatic match takes 联系电话 for phone; the clerk says the sheet has no phone column.
  const stations: Sheet = {
    name: "站点台账",
    rows: [
      ["站点名称", "所在村", "建成日期", "联系电话"],
      ["长来站", "长来村", "2020-05-01", "13800000000"],
    ],
  };

  test('"-" drops an optional field matched automatically, and round-trips through the settings sheet', () => {
    const settings = withMapping(emptySettings(), { sheet: "站点台账", kind: "stations", columns: { phone: "-" } });
    const parsed = parseSettingsSheet({ name: SETTINGS_SHEET, rows: settingsSheetRows(settings) });
    expect(parsed.mappings).toEqual([{ sheet: "站点台账", kind: "stations", columns: { phone: "-" } }]);
    const auto = readLedgers({ sheets: [stations] }, GD_2019).ledgers.stations[0];
    const mapped = readLedgers({ sheets: [stations] }, GD_2019, parsed.mappings).ledgers.stations[0];
    expect(auto.phone).toBe("13800000000");
    expect(mapped.phone).toBeUndefined();
    expect(mapped.village).toBe("长来村");
  });

  test('"-" for a required field is refused with a diagnostic', () => {
    const enterprises: Sheet = {
      name: "入驻企业",
      rows: [
        ["企业名称", "企业类型", "入驻时间"],
        ["某电商公司", "销售型", "2020-05-01"],
      ],
    };
    const { ledgers, diagnostics } = readLedgers({ sheets: [enterprises] }, GD_2019, [{ sheet: "入驻企业", kind: "enterprises", columns: { name: "-" } }]);
    expect(ledgers.enterprises[0]?.name).toBe("某电商公司");
    expect(diagnostics.list.some((d) => d.sheet === "入驻企业" && d.message.includes("name"))).toBe(true);
  });

  test("\"-\" for a station list's 所在村 is taken: each station's village is then read from its name", () => {
    const named: Sheet = { ...stations, rows: [stations.rows[0], ["长来村电商服务站", "长来村", "2020-05-01", "13800000000"], ["长来站", "坪石村", "2020-05-01", null]] };
    const { ledgers, diagnostics } = readLedgers({ sheets: [named] }, GD_2019, [{ sheet: "站点台账", kind: "stations", columns: { village: "-" } }]);
    expect(ledgers.stations.map((s) => s.village)).toEqual(["长来村"]);
    expect(diagnostics.list.find((d) => d.cell === "A3")?.message).toMatch(/站点名称“长来站”中没有村名/);
  });
});
