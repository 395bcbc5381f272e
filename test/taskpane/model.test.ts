/** The pane's pure parts: the scan, settings edits, summary figures, progress fraction. */
import type { WorkbookGrids } from "../../src/core/grid";
import { pageScorer } from "../../src/taskpane/model/scorer";
import { SETTINGS_SHEET } from "../../src/ledger/read";
import { emptySettings, settingsSheetRows, withFact, type WorkbookSettings } from "../../src/ledger/settings";
import { ScoringController } from "../../src/taskpane/model/controller";
import { MemoryHost } from "./memory-host";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { overallFraction } from "../../src/taskpane/components/ScoreProgress";
import { scanWorkbook } from "../../src/taskpane/model/scan";
import { settingsWithColumn, settingsWithFact, settingsWithKind } from "../../src/taskpane/model/settings-edit";
import { diagnosticLink, placeText } from "../../src/taskpane/model/summary";
import { emptyWorkbook, unrecognisedGrids, villagesAndStations } from "./small-grids";

const rows = (a: number, b: number) => (a === b ? `第 ${a} 行` : `第 ${a}–${b} 行`);

test("scan: kinds, header rows, columns, row counts, county from the facts sheet", () => {
  const scan = scanWorkbook(villagesAndStations(), GD_2019, emptySettings());
  expect(scan.empty).toBe(false);
  expect(scan.recognised).toBe(3);
  expect(scan.county).toBe("测试县");
  const stations = scan.sheets.find((s) => s.name === "站点台账")!;
  expect(stations).toMatchObject({ kind: "stations", autoKind: "stations", headerRow: 2, dataRows: 2, missingRequired: [] });
  expect(stations.columns).toMatchObject({ name: "B", village: "C", opened: "D" });
  expect(stations.choices.map((c) => `${c.letter}=${c.header}`)).toEqual(["A=序号", "B=站点名称", "C=所在村", "D=建成日期"]);
  const minutes = scan.sheets.find((s) => s.name === "会议纪要")!;
  expect(minutes).toMatchObject({ kind: null, headerRow: null, fields: [], dataRows: 2 });
});

test("scan: an empty workbook and one with nothing recognised", () => {
  expect(scanWorkbook(emptyWorkbook(), GD_2019, emptySettings())).toMatchObject({ empty: true, recognised: 0 });
  expect(scanWorkbook({ sheets: [] }, GD_2019, emptySettings())).toMatchObject({ empty: true, sheets: [] });
  expect(scanWorkbook(unrecognisedGrids(), GD_2019, emptySettings())).toMatchObject({ empty: false, recognised: 0 });
});

test("settings edits: a kind replaces the sheet's mapping, auto removes it, a column adds to earlier ones", () => {
  let s = settingsWithKind(emptySettings(), "站点台账", "ignore");
  expect(s.mappings).toEqual([{ sheet: "站点台账", kind: "ignore" }]);
  s = settingsWithKind(s, "站点台账", "auto");
  expect(s.mappings).toEqual([]);
  const scan = scanWorkbook(villagesAndStations(), GD_2019, s);
  const stations = scan.sheets.find((x) => x.name === "站点台账")!;
  s = settingsWithColumn(s, stations, "name", "A");
  const again = scanWorkbook(villagesAndStations(), GD_2019, s).sheets.find((x) => x.name === "站点台账")!;
  expect(again.mapping).toEqual({ sheet: "站点台账", kind: "stations", columns: { name: "A" } });
  expect(again.columns.name).toBe("A");
  s = settingsWithColumn(s, again, "opened", "D");
  expect(s.mappings).toEqual([{ sheet: "站点台账", kind: "stations", columns: { name: "A", opened: "D" } }]);
});

/** The small workbook plus a population label the reader does not understand, and the settings sheet given. */
function withUnclearLabel(settings?: WorkbookSettings): WorkbookGrids {
  const g = villagesAndStations();
  const facts = g.sheets[0];
  facts.rows = [...facts.rows, ["本县在住人口规模", 420000]];
  const sheets = [...g.sheets];
  if (settings) sheets.push({ name: SETTINGS_SHEET, rows: settingsSheetRows(settings), hidden: true });
  return { sheets };
}

test("fact mappings of the settings sheet reach the scan and the score", async () => {
  const settings = withFact(withFact(emptySettings(), "本县在住人口规模", "residentPopulation"), "常住人口（人）", "ignore");
  const host = new MemoryHost(withUnclearLabel(settings));
  const controller = new ScoringController(host, async () => {}, pageScorer);
  await controller.start();
  expect(controller.getState().settings.facts).toEqual(settings.facts);
  await controller.score();
  expect(controller.getState().outcome?.report.measures.residentPopulation).toBe(420000);
  // Without them, the stated 100000 is read.
  const plain = new ScoringController(new MemoryHost(withUnclearLabel()), async () => {}, pageScorer);
  await plain.score();
  expect(plain.getState().outcome?.report.measures.residentPopulation).toBe(100000);
  // The scan reads the facts sheet the same way: the county label mapped to ignore gives no county.
  expect(scanWorkbook(withUnclearLabel(), GD_2019, emptySettings()).county).toBe("测试县");
  expect(scanWorkbook(withUnclearLabel(), GD_2019, withFact(emptySettings(), "县（市、区）名称", "ignore")).county).toBeUndefined();
});

test("scan: a facts sheet lists its labels not understood with their candidates, and those mapped by hand", () => {
  const plain = scanWorkbook(withUnclearLabel(), GD_2019, emptySettings());
  const facts = plain.sheets.find((x) => x.name === "基本情况")!;
  expect(facts.factLabels).toEqual([{ cell: "A4", text: "本县在住人口规模", candidates: [{ key: "residentPopulation", label: "常住人口" }] }]);
  expect(plain.sheets.find((x) => x.name === "站点台账")!.factLabels).toEqual([]);
  expect(plain.inputs).toHaveLength(GD_2019.inputs.length);
  expect(plain.inputs[0]).toEqual({ key: GD_2019.inputs[0].key, label: GD_2019.inputs[0].label });

  let s = settingsWithFact(emptySettings(), "本县在住人口规模", "residentPopulation");
  s = settingsWithFact(s, "常住人口（人）", "ignore");
  const mapped = scanWorkbook(withUnclearLabel(), GD_2019, s).sheets.find((x) => x.name === "基本情况")!;
  expect(mapped.factLabels).toEqual([
    { cell: "A3", text: "常住人口（人）", candidates: [], mapped: "ignore" },
    { cell: "A4", text: "本县在住人口规模", candidates: [], mapped: "residentPopulation" },
  ]);
  expect(settingsWithFact(s, "本县在住人口规模", "auto").facts).toEqual({ "常住人口（人）": "ignore" });

  // A hidden facts sheet is not read: nothing to choose there.
  const hidden = withUnclearLabel();
  hidden.sheets[0] = { ...hidden.sheets[0], hidden: true };
  expect(scanWorkbook(hidden, GD_2019, emptySettings()).sheets.find((x) => x.name === "基本情况")!.factLabels).toEqual([]);
});

test("diagnostic places read as rows or cells, and link to a selectable address", () => {
  expect(placeText("17:17", rows)).toBe("第 17 行");
  expect(placeText("5:9", rows)).toBe("第 5–9 行");
  expect(placeText("$c$5", rows)).toBe("C5");
  expect(diagnosticLink({ severity: "info", message: "x", sheet: "资金台账", cell: "5:9" }, rows)).toEqual({
    sheet: "资金台账",
    address: "A5:A9",
    text: "资金台账 第 5–9 行",
  });
  expect(diagnosticLink({ severity: "warning", message: "x" }, rows)).toBeUndefined();
});

test("progress: four equal steps, each filled by its own fraction", () => {
  expect(overallFraction({ step: "read", done: 0, total: 10 })).toBe(0);
  expect(overallFraction({ step: "score", done: 0, total: 1 })).toBe(0.25);
  expect(overallFraction({ step: "write", done: 1, total: 2 })).toBe(0.625);
  expect(overallFraction({ step: "format", done: 1, total: 1 })).toBe(1);
  expect(overallFraction({ step: "format", done: 0, total: 0 })).toBe(0.75);
});
