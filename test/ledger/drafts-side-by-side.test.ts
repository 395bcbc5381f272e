/**
 * Two drafts of the figures side by side (A稿 | B稿), the later filled in only where it changed one:
 * the later where it says something, the first elsewhere, each value read from its own cell.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县考评基础数据（两稿对照）"],
  ["说明：一律按B稿上报，B稿空白的项目按A稿。"],
  ["序号", "指标", "单位", "A稿（8月20日）", "B稿（9月2日调整）", "调整理由"],
  ["一、基本情况", null, null, null, null, null],
  [1, "常住人口", "万人", 52.3, 49.86, "七普数"],
  [2, "行政村（村委会）数", "个", 190, null, null],
  [3, "免费摄影、美工服务", "有/无", "有", "无", "按件收费"],
  [4, "累计培训人次", "人次", "5,120", null, null],
  ["二、主观评分项自评", null, null, null, null, null],
  [5, "资金台账", "分（1-5）", 5, 4, null],
  [6, "资金管理制度", "分（1-5）", 5, null, null],
];

test("the later draft where it is filled, the first elsewhere, each from its own cell", () => {
  const read = Object.fromEntries(readFactsSheet({ name: "两稿对照", rows }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));
  expect(read.residentPopulation).toEqual([49.86, "E5"]);
  expect(read.adminVillagesStated).toEqual([190, "D6"]);
  expect(read.centerPhoto).toEqual(["无", "E7"]);
  expect(read.trainingPersonTimesStated).toEqual(["5,120", "D8"]);
  expect(read["judged:fund.ledger"]).toEqual([4, "E10"]);
  expect(read["judged:fund.system"]).toEqual([5, "D11"]);
});

test("a table with one value column is read as before", () => {
  const one = rows.map((r) => r.slice(0, 4));
  const read = Object.fromEntries(readFactsSheet({ name: "基础数据", rows: one }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read.residentPopulation).toBe(52.3);
});
