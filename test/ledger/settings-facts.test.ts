/**
 * Fact mappings in the settings sheet: `fact | <label as written> | <input key or ignore>` rows are
 * parsed (an unknown key is a located warning naming the near keys, and the row is not used),
 * written back, and reach the facts reader through scoreGrids.
 */
import { Diagnostics } from "../../src/core/diagnostics";
import type { Sheet, WorkbookGrids } from "../../src/core/grid";
import { SETTINGS_SHEET } from "../../src/ledger/read";
import { emptySettings, nearInputs, parseSettingsSheet, resolveInputKey, settingsSheetRows, withFact, withMapping, SETTINGS_HEADER } from "../../src/ledger/settings";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const facts: Sheet = {
  name: "基本情况",
  rows: [
    ["项目", "填报值"],
    ["县（市、区）名称", "测试县"],
    ["常住人口（人）", 100000],
    ["本县在住人口规模", 420000],
  ],
};

describe("fact rows of the settings sheet", () => {
  test("written after the options and mappings, and read back the same", () => {
    let s = withMapping({ ...emptySettings(), options: { asOf: "2021-08-31" } }, { sheet: "站点台账", kind: "stations" });
    s = withFact(s, "本县在住人口规模", "residentPopulation");
    s = withFact(s, "=备注", "ignore");
    const rows = settingsSheetRows(s);
    expect(rows[0]).toEqual(SETTINGS_HEADER);
    expect(rows.slice(-2)).toEqual([
      ["fact", "本县在住人口规模", "residentPopulation", null, null],
      ["fact", "=备注", "ignore", null, null],
    ]);
    const diags = new Diagnostics();
    expect(parseSettingsSheet({ name: SETTINGS_SHEET, rows }, diags)).toEqual(s);
    expect(diags.list).toEqual([]);
  });

  test("no fact rows: no facts entry (settings written before stay equal)", () => {
    expect(parseSettingsSheet({ name: SETTINGS_SHEET, rows: settingsSheetRows(emptySettings()) })).toEqual(emptySettings());
    expect(withFact(withFact(emptySettings(), "甲", "county"), "甲", undefined)).toEqual(emptySettings());
  });

  test("one label is one mapping: a new one for the same label (other brackets, spaces) replaces it", () => {
    let s = withFact(emptySettings(), "常住人口（万人）", "residentPopulation");
    s = withFact(s, " 常住人口(万人) ", "ignore");
    expect(s.facts).toEqual({ "常住人口(万人)": "ignore" });
  });

  test("an unknown key is a warning on its cell naming the near keys; the row is not used", () => {
    const rows = [
      SETTINGS_HEADER,
      ["fact", "本县在住人口规模", "residentPopulaton"],
      ["fact", "组织领导自评分", "judged:org.leadership"],
      ["fact", "人口", ""],
      ["fact", "", "county"],
      ["fact", "乡镇数", "常住人口"],
    ];
    const diags = new Diagnostics();
    const s = parseSettingsSheet({ name: SETTINGS_SHEET, rows }, diags);
    expect(s.facts).toEqual({ 乡镇数: "residentPopulation" }); // an input's own label names it
    expect(diags.list.map((d) => [d.cell, d.sheet])).toEqual([
      ["C2", SETTINGS_SHEET],
      ["C3", SETTINGS_SHEET],
      ["C4", SETTINGS_SHEET],
      ["B5", SETTINGS_SHEET],
    ]);
    expect(diags.list[0].message).toContain("residentPopulaton");
    expect(diags.list[0].message).toContain("residentPopulation（常住人口）");
  });

  test("judged inputs are judged:<item id>; ignore; near keys by spelling and by meaning", () => {
    const judged = GD_2019.inputs.find((i) => i.key.startsWith("judged:"))!;
    expect(resolveInputKey(GD_2019, judged.key)).toBe(judged.key);
    expect(resolveInputKey(GD_2019, "IGNORE")).toBe("ignore");
    expect(resolveInputKey(GD_2019, "residentpopulation")).toBe("residentPopulation");
    expect(resolveInputKey(GD_2019, "nothing")).toBeUndefined();
    expect(nearInputs(GD_2019, "residentPop")[0].key).toBe("residentPopulation");
    expect(nearInputs(GD_2019, "fundAlocated")[0].key).toBe("fundAllocated");
    expect(nearInputs(GD_2019, "资金下达总额").map((i) => i.key)).toContain("fundAllocated");
  });
});

describe("scoreGrids reads the facts sheet with the fact mappings", () => {
  const grids: WorkbookGrids = { sheets: [facts] };
  test("without them the unclear label is not read", () => {
    expect(scoreGrids(grids).report.measures.residentPopulation).toBe(100000);
  });
  test("a label mapped to an input is read as it; a label mapped to ignore is not read", () => {
    const factMappings = { 本县在住人口规模: "residentPopulation", "常住人口（人）": "ignore" };
    expect(scoreGrids(grids, { factMappings }).report.measures.residentPopulation).toBe(420000);
  });
  test("from the settings sheet", () => {
    const rows = settingsSheetRows(withFact(withFact(emptySettings(), "本县在住人口规模", "residentPopulation"), "常住人口（人）", "ignore"));
    const settings = parseSettingsSheet({ name: SETTINGS_SHEET, rows, hidden: true });
    expect(scoreGrids(grids, { factMappings: settings.facts }).report.measures.residentPopulation).toBe(420000);
  });
});
