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

test("a validation report's errors read as its 处理情况 notes settled them, on their own line or the one they name", () => {
  const report: CellValue[][] = [
    ["某省考评填报系统 数据校验报告"],
    ["序号", "字段编码", "字段名称", "计量单位", "填报值", "校验状态", "校验提示", "处理情况（填报人填写）"],
    [1, "JB-03", "常住人口", "人", 48.2, "错误", "数值小于1000，请核实", "已改为482000（原误按万人填）"],
    [2, "SX-05", "2020年农产品网络零售额", "万元", 21800, "通过", null, null],
    [3, "SX-06", "2020年农产品网络零售额同比增速", "%", 30.1, "错误", "计算不一致", "经核，SX-05误填，已改为28,650万元；本项增速不变"],
    [4, "GK-04", "专栏设立征求意见或监督举报窗口", "是/否", "否", "警告", "将影响得分", "截至8月31日未设置，维持“否”"],
    [5, "PF-06", "网络促销活动（自评分）", "分（1-2）", 3, "错误", "超出分值范围", "已改为2"],
  ];
  const read = Object.fromEntries(readFactsSheet({ name: "校验结果", rows: report }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read.residentPopulation).toBe("482000");
  expect(read.agriRetail2020).toBe("28,650");
  expect(read.agriRetailGrowthStated).toBe(30.1);
  expect(read.disclosureWindow).toBe("否");
  expect(read["judged:work.upward.promotion"]).toBe("2");
});
