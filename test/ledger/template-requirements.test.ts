/**
 * A city's fill-in template (填报项目 | 填报要求 | 填报内容 | 备注): the unit of each figure is said only in
 * its requirement ("数值，单位：万人，保留两位小数"), so a bare 46.19 is 46.19 万人.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["考评数据填报表"],
  ["序号", "填报项目", "填报要求", "填报内容", "备注"],
  [1, "常住人口", "数值，单位：万人，保留两位小数", 46.19, "第七次全国人口普查"],
  [2, "行政村数", "数值，单位：个", 165, "不含社区"],
  [3, "省级专项资金下达金额", "数值，单位：万元", 500, null],
];

test("the unit its requirement names is each bare figure's", () => {
  const r = readFactsSheet({ name: "填报表", rows }, GD_2019);
  const read = (k: string) => r.entries.filter((e) => e.key === k).map((e) => [e.cell, e.value, e.unit]);
  expect(read("residentPopulation")).toEqual([["D3", 46.19, "万人"]]);
  expect(read("adminVillagesStated")).toEqual([["D4", 165, "个"]]);
  expect(read("fundAllocated")).toEqual([["D5", 500, "万元"]]);
});
