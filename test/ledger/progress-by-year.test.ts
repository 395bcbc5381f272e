/**
 * A progress table by year with where each thing stands beside (阳春): 工作事项 | 2019年 | 2020年 |
 * 2021年（1—8月） | 现状／累计. The standing state is read from 现状／累计; a year's cell only for a day
 * it tells (month and day, its year from the column) or where nothing stands beside it.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withStatusColumn } from "../../src/ledger/facts/status-column";
import { parseYesNo, tickedOptions } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某市创建工作推进情况表（分年度）"],
  ["序号", "工作事项", "2019年", "2020年", "2021年（1—8月）", "现状／累计（截至8月31日）", "备注"],
  [1, "县级电商公共服务中心", "12月选址", "5月动工，10月28日投入运营", "正常运营", "运营满10个月", null],
  [2, "　—免费培训场所、设备", "—", "10月启用", "—", "✔免费", null],
  [3, "　—摄影、美工", "—", "12月开设摄影棚", "1月起按成本价收费", "✘收费", null],
  [4, "农村网络零售额", "38.62亿元", "45.18亿元", "1—8月31.05亿元", "—", null],
  [5, "电商培训人次", "—", "3,416人次", "2,218人次", "累计5,634人次", null],
];

test("a line standing somewhere keeps only the years' days, each in its column's year", () => {
  const sheet = withStatusColumn({ name: "推进", rows });
  expect(sheet.rows[2].slice(2, 6)).toEqual([null, "5月动工，2020年10月28日投入运营", null, "运营满10个月"]);
  expect(sheet.rows[6].slice(2, 6)).toEqual([null, null, null, "累计5,634人次"]);
  // (A line whose 现状 is "—" keeps its years: 2019年 and 2020年 retail are each its year's.)
  expect(sheet.rows[5]).toEqual(rows[5]);
  expect(sheet.rows[1]).toEqual(rows[1]);
});

test("the standing state is read, and each year's own figure", () => {
  const r = readFactsSheet({ name: "推进", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("trainingPersonTimesStated")).toBe("5,634人次");
  expect(value("centerOpened")).toBe("5月动工，2020年10月28日投入运营");
  expect(value("centerFreeTraining")).toBe("✔免费");
  expect(value("centerPhoto")).toBe("✘收费");
  expect(value("ruralRetail2019")).toBe("38.62亿元");
  expect(value("ruralRetail2020")).toBe("45.18亿元");
});

test("a tick or a cross before an answer is that answer; before other words, no answer", () => {
  expect(parseYesNo("✔免费")).toBe(true);
  expect(parseYesNo("✘收费")).toBe(false);
  expect(parseYesNo("✔有")).toBe(true);
  expect(parseYesNo("✓（按月更新）")).toBe(true);
  expect(parseYesNo("✔ 电商产业园")).toBeUndefined();
});

test("options each after a tick or a cross are options; marks alone are none", () => {
  expect(tickedOptions("✔方案　✔项目　✘意见征集")).toEqual([
    { ticked: true, option: "方案" },
    { ticked: true, option: "项目" },
    { ticked: false, option: "意见征集" },
  ]);
  expect(tickedOptions("√/√/√/×")).toEqual([]);
  expect(tickedOptions("✔免费")).toEqual([]);
});
