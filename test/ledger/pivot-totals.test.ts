/**
 * A pivot table pasted as values (电白): a line's years, then 总计 — the pivot adds up whatever the
 * line holds, amounts or rates, so a 总计 is never a growth rate.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["考评数据（透视汇总）"],
  ["求和项:数值", "列标签"],
  ["行标签", "2019年", "2020年", "2021年1-8月", "总计"],
  ["二、网络零售", 33.85, 77.47, 41.85, 153.17],
  ["农村网络零售额（亿元）", 28.64, 35.12, 24.37, 88.13],
  ["农产品网络零售额（亿元）", 5.21, 7.05, 4.88, 17.14],
  ["农产品网络零售额同比增速（%）", null, 35.3, 12.6, 47.9],
];

test("the 2020 column's growth is read; no 总计 is taken for a growth rate", () => {
  const r = readFactsSheet({ name: "数据透视", rows }, GD_2019);
  const read = (k: string) => r.entries.filter((e) => e.key === k).map((e) => [e.cell, e.value]);
  expect(read("ruralRetailGrowthStated")).toEqual([]);
  expect(read("agriRetailGrowthStated")).toEqual([["C7", 35.3]]);
  expect(read("ruralRetail2020")).toEqual([["C5", 35.12]]);
});
