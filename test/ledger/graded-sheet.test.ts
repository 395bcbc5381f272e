/**
 * A self-assessment graded 优 / 良 / 中 by a rule given per range at the top of the sheet ("分值为1-2分的：
 * 优＝2分，良＝1分；分值为1-5分的：优＝5分，良＝4分，中＝3分…"), the graded table far below it in a
 * section of its own; and a retail table whose first header names its unit ("网络零售额（亿元）").
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某市自评表（等次评定）"],
  ["等次说明：分值为1-2分的：优＝2分，良＝1分；分值为1-5分的：优＝5分，良＝4分，中＝3分，差＝2分，较差＝1分。"],
  [],
  ["一、基础数据"],
  ["序号", "数据项", "数值", "备注"],
  ["1", "常住人口", "55.6万人", "七普"],
  ["2", "行政村数", "103个", null],
  [],
  ["网络零售额（亿元）", "2019年", "2020年", "同比增速"],
  ["农村网络零售额", "31.27", "38.94", "24.5%"],
  [],
  ["二、是否类事项"],
  ["序号", "事项", "情况", "说明"],
  ["1", "正式印发示范创建工作方案", "是", null],
  ["2", "提供免费摄影、美工服务", "否", "按成本收费"],
  [],
  ["三、判断类指标等次评定"],
  ["序号", "指标", "分值", "等次", "评定理由"],
  ["1", "方案制定", "1-2分", "优", null],
  ["2", "政策支持", "1-2分", "良", null],
  ["3", "资金台账", "1-5分", "良", null],
  ["4", "资金及时拨付", "1-5分", "较差", null],
];

test("each grade is its range's points by the rule at the top of the sheet", () => {
  const read = Object.fromEntries(readFactsSheet({ name: "自评表", rows }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read["judged:org.plan"]).toBe(2);
  expect(read["judged:org.policy"]).toBe(1);
  expect(read["judged:fund.ledger"]).toBe(4);
  expect(read["judged:fund.spending"]).toBe(1);
  expect(read.planIssued).toBe("是");
});

test("a retail table's first header names the unit of its amounts", () => {
  const entries = readFactsSheet({ name: "自评表", rows }, GD_2019).entries;
  const retail = entries.find((e) => e.key === "ruralRetail2019");
  expect([retail?.value, retail?.unit]).toEqual(["31.27", "亿元"]);
});
