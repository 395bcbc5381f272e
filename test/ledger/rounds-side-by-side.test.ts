/**
 * A facts sheet filled in twice, the rounds side by side (榕城: 项目 | 单位 | 中期评估填报（截至…） |
 * 终期自评填报（截至…） | 备注): the final round answers, the mid-term one is only a note, and 同左 in
 * the final column says "as the column to the left", perhaps with what changed after it.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withDittoResolved } from "../../src/ledger/facts/ditto";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某区考评基础数据对照表（中期评估—终期自评）"],
  ["序号", "项目", "单位", "中期评估填报\n（截至2020年12月31日）", "终期自评填报\n（截至2021年8月31日）", "备注"],
  [1, "常住人口", "万人", 88.6, 101.63, "终期按七普"],
  [2, "领导小组组长", "—", "区委常委、常务副区长", "区委副书记、区长", "2021年3月调整"],
  [3, "领导小组成员单位", "—", "区商务局、区财政局、区农业农村局", "同左，另增区乡村振兴局", null],
  [4, "支持农村电商发展的政策", "是否出台", "制定中", "已出台", null],
  [5, "其他衍生增值服务", "有/无", "无", "同左", null],
  [6, "项目总体进度", "%", 35, 86, null],
  [7, "资金台账（1-5分）", "分", 3, 4, null],
  [8, "工作台账（1-2分）", "分", 1, "同左", null],
];

const entries = Object.fromEntries(readFactsSheet({ name: "对照表", rows }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));

test("the final round's column answers; the mid-term one does not", () => {
  expect(entries.residentPopulation).toEqual([101.63, "E3"]);
  expect(entries.leadTitle).toEqual(["区委副书记、区长", "E4"]);
  expect(entries.policyIssued).toEqual(["已出台", "E6"]);
  expect(entries.overallProgress).toEqual([86, "E8"]);
  expect(entries["judged:fund.ledger"]).toEqual([4, "E9"]);
});

test("同左 is the value on its left, with what it adds", () => {
  expect(entries.departments).toEqual(["区商务局、区财政局、区农业农村局，另增区乡村振兴局", "E5"]);
  expect(entries.centerOther).toEqual(["无", "E7"]);
  expect(entries["judged:org.management.ledger"]).toEqual([1, "E10"]);
});

test("同上 still repeats the line above, and 同左 with nothing on its left stays as written", () => {
  const sheet = withDittoResolved({
    name: "s",
    rows: [
      ["是否", "是"],
      ["否", "同上"],
      ["同左", null],
    ],
  });
  expect(sheet.rows).toEqual([
    ["是否", "是"],
    ["否", "是"],
    ["同左", null],
  ]);
});
