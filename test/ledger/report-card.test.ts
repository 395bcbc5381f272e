/**
 * 江城's facts sheet (85th blind batch) is a "期末成绩单" written for a long image: pairs spaced out to their
 * column's width above the table ("学 生 | 阳江市江城区", "班 主 任 | 区委副书记、区长…（领导小组组长）",
 * "副班主任 | 副区长…", "班 级 | …"), its members with the lead office marked "区商务局（牵头）", headers in its own
 * words with the table's word in brackets (科目（评价指标） | 满分 | 成绩（自评分） | 老师评语（完成情况）), and the
 * centre opened "今年2月26日" on a sheet written in 2021. Its fund ledger says 单位：万元 in the middle of a
 * line spaced into parts.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const card: CellValue[][] = [
  ["某区电子商务进农村综合示范创建“期末成绩单”", null, null, null, null, null],
  ["（长图文案·表格版；区商务局电商股 2021年9月3日）", null, null, null, null, null],
  ["学　　生", "某市某区", "学　　年", "2019—2021年（示范创建期）", "考评截止", "2021年8月31日"],
  ["班 主 任", "区委副书记、区长 梁××（领导小组组长）", "副班主任", "副区长 陈××（领导小组常务副组长）", "班　　级", "某市2019年省级示范县（区）"],
  ["科任老师", "区商务局（牵头）、区财政局、区农业农村局、区乡村振兴局、区市场监管局", null, null, null, null],
  [null, null, null, null, null, null],
  ["序号", "科目（评价指标）", "满分", "成绩（自评分）", "等第", "老师评语（完成情况）"],
  [1, "组织领导", 2, 2, "优", "成立以区长为组长的领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局等7个单位参加。"],
  [2, "方案制定", 2, 2, "优", "《某区电子商务进农村综合示范工作实施方案》正式印发。"],
  [3, "政策支持", 2, 1, "良", "出台《某区促进农村电子商务发展若干措施》，部分兑现。"],
  [4, "服务体系建设（县级中心和产业园）", 15, 15, "优", "区电商公共服务中心今年2月26日投入运营；设免费培训室，能组织电商基础培训。"],
];

test("a report card's headers are read by the words in their brackets, its points as claims", () => {
  const got = factsOf({ sheets: [{ name: "成绩单", rows: card }] });
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "org.plan": 2, "org.policy": 1, "work.center": 15 });
  expect(got.facts).toMatchObject({ planIssued: true, policyIssued: true, asOf: "2021-08-31" });
});

test("a pair spaced out to its column's width is a label and its value; the office marked 牵头 is no leader", () => {
  const got = factsOf({ sheets: [{ name: "成绩单", rows: card }] });
  expect(got.leadership).toBe("principal-all");
  expect(got.facts.leadTitle).not.toBe("班　　级");
});

test("今年2月26日 on a sheet written in 2021 is 2021-02-26", () => {
  const got = factsOf({ sheets: [{ name: "成绩单", rows: card }] });
  expect(got.facts.centerOpened).toBe("2021-02-26");
});

test("a fund ledger's unit said in one part of a line spaced into several is its amounts' unit", () => {
  const fund: Sheet = {
    name: "资金台账",
    rows: [
      ["某区省级电子商务进农村综合示范专项资金拨付台账"],
      ["填报单位：某区财政局、区商务局　　单位：万元　　省级下达资金：500万元"],
      ["序号", "拨付日期", "项目内容", "收款单位", "拨付金额", "凭证号", "备注"],
      [1, "2020.6.28", "区电商公共服务中心建设（首期）", "某电商运营服务有限公司", 80, "商资-01", null],
      [2, "2020.9.15", "村级电商服务站点建设（第一批）", "某邮政分公司", 62.5, "商资-02", null],
      [3, "2021.4.20", "站点验收核减退回", "某邮政分公司", -15, "商资-03", "承建单位退回，冲减支出"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [fund] }, GD_2019);
  expect(ledgers.funds.map((f) => f.amount.toString())).toEqual(["800000", "625000", "-150000"]);
});

test("去年 and 前年 on a report written in 2021 are 2020 and 2019, with a day or as a whole year", () => {
  const report: Sheet = {
    name: "汇报材料",
    rows: [
      ["某区商务局关于电子商务进农村综合示范创建工作情况的汇报"],
      ["（区人大常委会专题视察汇报材料　2021年9月6日）"],
      ["　　区电子商务公共服务中心去年10月28日正式投入运营，今年1月8日举行揭牌仪式。"],
      ["　　前年全区农村网络零售额12.6亿元，去年增至16.9亿元，同比增长34.1%。"],
    ],
  };
  const value = (k: string) => readFactsSheet(report, GD_2019).entries.find((e) => e.key === k)?.value;
  expect(value("centerOpened")).toMatch(/^2020年10月28日/);
  expect([value("ruralRetail2019"), value("ruralRetail2020")]).toEqual(["12.6亿元", "16.9亿元"]);
});
