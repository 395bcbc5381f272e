/**
 * A facts sheet kept with its changes showing: the figures as first sent, then a 修改记录 (序号 |
 * 修改日期 | 项目（上表序号） | 原值 | 修改为 | 依据) where the last change of an item stands and a
 * change taken back ("撤销第3条修改") does not. And a total broken down under it ("其中：截至8月31日")
 * is part of the total, not a month of training.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县考评基础数据（修改留痕）"],
  ["一、初填数据"],
  ["序号", "项目", "填报值", "单位", "备注"],
  [1, "常住人口", 40.2, "万人", null],
  [2, "领导小组组长", "分管副县长", null, null],
  [3, "免费摄影、美工服务", "有", null, null],
  [4, "累计培训人次", "4,650", "人次", null],
  [5, "项目总体进度", 90, "%", null],
  [6, "网络促销活动（自评）", 2, "分", "1-2分"],
  [],
  ["二、修改记录"],
  ["序号", "修改日期", "项目（上表序号）", "原值", "修改为", "修改依据"],
  [1, "2021.8.24", "1 常住人口", "40.2万人", "41.07万人", "七普数据"],
  [2, "2021.8.26", "4 累计培训人次", "4,650", "4,566", "剔除重复"],
  [3, "2021.8.30", "3 免费摄影、美工服务", "有", "无", "收费使用"],
  [4, "2021.9.1", "撤销第3条修改", "—", "—", "核实后仍免费"],
  [5, "2021.9.3", "4 累计培训人次", "4,566", "4,386", "截止日后两期不计"],
  [6, "2021.9.6", "项目总体进度", "90%", "88%", "按财政评审口径"],
  [7, "2021.9.6", "6 网络促销活动（自评）", "2", "1", "成效不足"],
  [],
  ["（修改记录完）  审核：县委书记（签）"],
];

const entries = () => Object.fromEntries(readFactsSheet({ name: "基础数据", rows }, GD_2019).entries.map((e) => [e.key, e.value]));

test("each item reads as its last change left it, in its own line", () => {
  const read = entries();
  expect(read.residentPopulation).toBe("41.07");
  expect(read.trainingPersonTimesStated).toBe("4,386");
  expect(read.overallProgress).toBe("88");
  expect(read["judged:work.upward.promotion"]).toBe("1");
});

test("a change taken back leaves the first value, and the log's own lines are no figures", () => {
  const read = entries();
  expect(read.centerPhoto).toBe("有");
  // The closing line's 县委书记 signs the log; it does not lead the group.
  expect(read.leadTitle).toBe("分管副县长");
});

test("without a log the sheet reads as it stands", () => {
  const plain = rows.slice(0, 9);
  const read = Object.fromEntries(readFactsSheet({ name: "基础数据", rows: plain }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read.residentPopulation).toBe(40.2);
  expect(read.trainingPersonTimesStated).toBe("4,650");
});

test("the lines breaking a total down under it are part of the total", () => {
  const sheet: Sheet = {
    name: "培训月度汇总",
    rows: [
      ["月份", "期数", "培训人次", "主要培训内容"],
      ["2021年6月", 2, 204, "客服与售后"],
      ["2021年7月", 3, 317, "品牌"],
      ["2021年9月", 2, 180, "（截止日后）"],
      ["合计", 7, 701, null],
      ["其中：截至8月31日", 5, 521, null],
      ["其中：线上", 1, 120, null],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([204, 317, 180]);
  expect(read.diagnostics.list.some((d) => d.message.includes("合计的分项") && d.cell === "6:6")).toBe(true);
});
