/**
 * A 双录比对表 (电白): each figure typed by two clerks (一录 | 二录 | 比对 | 核定值); the agreeing entries
 * stand as typed, the 核定值 where they differ. And a village list whose 类别 says 省定贫困村 / 一般村
 * tells the poor villages as a 是否贫困村 column would.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某区考评基础数据双录比对表"],
  ["说明：同一数据由两名工作人员分别录入，比对一致的直接采用；不一致的以核定值为准。"],
  ["序号", "数据项", "单位", "一录（陈××）", "二录（吴××）", "比对", "核定值", "核对依据/备注"],
  [2, "常住人口", "万人", 149.05, "149.05", "一致", null, "七普"],
  [3, "行政村数", "个", 236, 260, "不一致", 236, "二录含社区"],
  [12, "免费摄影、美工服务", "有/无", "有", "无", "不一致", "无", "现场核实：服务未开展"],
  [21, "2020年农产品网络零售额", "亿元", 8.95, 8.59, "不一致", 8.95, "二录数字颠倒"],
  [40, "工作台账（1-2分）", "分", 2, 1, "不一致", 1, "局务会核定"],
];

test("the first entry stands where the two agree, the 核定值 where they differ, each in its own cell", () => {
  const entries = Object.fromEntries(readFactsSheet({ name: "基础数据双录", rows }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));
  expect(entries.residentPopulation).toEqual([149.05, "D4"]);
  expect(entries.adminVillagesStated).toEqual([236, "G5"]);
  expect(entries.centerPhoto).toEqual(["无", "G6"]);
  expect(entries.agriRetail2020).toEqual([8.95, "G7"]);
  expect(entries["judged:org.management.ledger"]).toEqual([1, "G8"]);
});

test("a 类别 of 省定贫困村 / 一般村 gives the poor villages", () => {
  const villages: Sheet = {
    name: "村居名单",
    rows: [
      ["序号", "镇（街道）", "村（居）委会", "类别", "备注"],
      [1, "水东街道", "新门村", "一般村", null],
      [2, null, "岭围村委会", "省定贫困村", null],
      [3, null, "龙门村委会", "省定贫困村", null],
      [4, null, "高坡居委会", "社区", null],
    ],
  };
  const read = readLedgers({ sheets: [villages] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(read.ledgers.villages.map((v) => v.poor)).toEqual([false, true, true, null]);
  expect(input.facts.poorVillages?.kind === "number" && input.facts.poorVillages.value.toNumber()).toBe(2);
});
