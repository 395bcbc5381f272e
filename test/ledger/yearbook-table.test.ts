/**
 * A statistical yearbook's five-year table copied in (电白): 指标 | 单位 | 2016年 … 2020年 | 2020年比上年增长（%）
 * | “十三五”年均增长（%）, rural and agricultural retail as "#" parts of the online retail line.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { fitsType } from "../../src/ledger/facts/values";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某区“十三五”时期主要指标"],
  ["指标", "单位", "2016年", "2017年", "2018年", "2019年", "2020年", "2020年比上年增长（%）", "“十三五”年均增长（%）"],
  ["年末常住人口", "万人", 140.6, 141.52, 142.33, 143.1, 149.05, "—", "—"],
  ["村民委员会", "个", 382, 382, 382, 381, 380, "—", "—"],
  ["网络零售额", "亿元", 58.3, 71.6, 86.2, 103.5, 128.9, 24.5, 23.6],
  ["#农村网络零售额", "亿元", 21.36, 26.84, 33.05, 40.12, 51.67, 28.8, 24.1],
  ["#农产品网络零售额", "亿元", 5.12, 6.33, 7.91, 9.64, 12.85, 33.3, 25.9],
];

test("the latest year's figure, the year's own figures, the year's growth — not the whole, not the average", () => {
  const r = readFactsSheet({ name: "主要指标", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("residentPopulation")).toBe(149.05);
  expect(value("ruralRetail2019")).toBe(40.12);
  expect(value("ruralRetail2020")).toBe(51.67);
  expect(value("ruralRetailGrowthStated")).toBe(28.8);
  expect(value("agriRetail2020")).toBe(12.85);
  expect(value("agriRetailGrowthStated")).toBe(33.3);
});

test("a yearbook's 村民委员会 line is the 行政村数 (its latest year); 社区居民委员会 is not", () => {
  const withCommunities = [...rows.slice(0, 4), ["社区居民委员会", "个", 52, 52, 53, 54, 56, "—", "—"], ...rows.slice(4)];
  const r = readFactsSheet({ name: "主要指标", rows: withCommunities }, GD_2019);
  const villages = r.entries.filter((e) => e.key === "adminVillagesStated");
  expect(villages.map((e) => [e.cell, e.value])).toEqual([["G4", 380]]);
});

test("an operator's table low on a long sheet, its growth headed YoY, its amounts in w (万)", () => {
  const filler: CellValue[][] = Array.from({ length: 44 }, (_, i) => [`第${i + 1}项工作`, "已完成"]);
  const r = readFactsSheet(
    {
      name: "基础数据",
      rows: [["项目", "情况"], ...filler, ["指标", "2019年", "2020年", "YoY", "数据来源"], ["农产品网络零售额", "5120w", "6980w", "+36.3%", "省商务厅反馈"]],
    },
    GD_2019,
  );
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect([value("agriRetail2019"), value("agriRetail2020"), value("agriRetailGrowthStated")]).toEqual(["5120w", "6980w", "+36.3%"]);
});

test("a figure counted in 万 or 亿 is an amount, never a growth rate", () => {
  const growth = GD_2019.inputs.find((i) => i.key === "agriRetailGrowthStated");
  if (!growth) throw new Error("the rubric has no agriRetailGrowthStated");
  expect(["6980w", "4.62亿", "5120万"].map((v) => fitsType(growth, v))).toEqual([false, false, false]);
  expect(fitsType(growth, "+36.3%")).toBe(true);
});
