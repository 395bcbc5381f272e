/**
 * 南沙's 晴雨表: each line answered by a weather mark its legend explains (☀ 晴＝已完成, ⛅ 多云＝推进中（按未完成计）,
 * 🌧 雨＝未完成, —＝不涉及), beside a 关键数据／情况 column of figures and accounts; on the veto lines ☀ says the
 * veto's case did not happen.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withLegend } from "../../src/ledger/facts/legend";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const LEGEND = "图例：☀ 晴＝已完成／已达标　⛅ 多云＝推进中、部分达标（按未完成计）　🌧 雨＝未完成／未达标　—＝不涉及；一票否决项 ☀＝未触及否决情形。";

const board = (lines: [string, string, string][]): Sheet => ({
  name: "晴雨表",
  rows: [
    ["某区电子商务进农村综合示范创建工作“晴雨表”", null, null, null],
    [LEGEND, null, null, null],
    ["考评要点", "关键数据／情况（截至2021年8月31日）", "晴雨", "说明"],
    ...lines.map(([a, b, c]) => [a, b, c, null]),
  ],
});

test("the legend's weather marks are answers; 不涉及 is none; a veto line's ☀ is a no", () => {
  const sheet = withLegend(
    board([
      ["正式印发示范县工作方案", "2020年4月印发", "☀"],
      ["为市场主体提供免费摄影、美工服务", "摄影棚设备采购中", "⛅"],
      ["省定贫困村全覆盖", "本区无省定贫困村", "—"],
      ["弄虚作假", "", "☀"],
    ]),
  );
  expect(sheet.rows.slice(3).map((r) => r[2])).toEqual(["是", "否", "—", "否"]);
});

test("a line is answered by its mark, its figures and dates read from the 关键数据／情况 beside it", () => {
  const { entries } = readFactsSheet(
    board([
      ["正式印发示范县工作方案", "《某区电子商务进农村综合示范县创建工作方案》2020年4月印发", "☀"],
      ["建成县级电子商务公共服务中心", "2020年12月18日投入运营", "☀"],
      ["有免费培训场所、培训设备", "培训室120座，设备齐全", "☀"],
      ["为市场主体提供免费摄影、美工服务", "摄影棚设备采购中", "⛅"],
      ["交易标准及冷链、溯源系统", "建成冷链仓1处；交易标准未出台", "🌧"],
    ]),
    GD_2019,
  );
  const facts = Object.fromEntries(entries.map((e) => [e.key, e.value]));
  expect(facts).toMatchObject({ planIssued: "是", centerOpened: "2020年12月18日投入运营", centerFreeTraining: "是", centerPhoto: "否" });
});
