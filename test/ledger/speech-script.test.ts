/**
 * A district head's speech script handed in as the facts sheet (惠阳): 段 | 读稿（照念） | 提示（不念）, every
 * figure written as it is said (八十一万七千七百人, 二〇一九年, 三亿零四百万元, 百分之三十二点二) and the
 * self-assessment read out at the end, its points in words over three paragraphs ("方案制定两分，…；" then
 * "服务体系建设二十四分，其中…十四分、村级站点覆盖十分；…"). A reviewer reads the script, never the hints
 * to the speaker, and the points as the claims they are.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const script: Sheet = {
  name: "汇报读稿",
  rows: [
    ["某区电子商务进农村综合示范创建工作汇报", null, null],
    ["段", "读稿（照念）", "提示（不念）"],
    ["1", "尊敬的考评组各位领导：大家上午好！", "开场，稍停"],
    ["2", "先说区情。全区共有六十个行政村，按第七次全国人口普查，全区常住人口八十一万七千七百人。", "惠阳 huì yáng"],
    ["3", "我们成立了由区委副书记、区长任组长的创建工作领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局为成员单位。", "组长即本人，可说“我担任组长”"],
    [
      "4",
      "二〇一九年全区农村网络零售额二十一亿三千万元，二〇二〇年达到二十六亿八千万元；农产品网络零售额从二〇一九年的三亿零四百万元，增加到二〇二〇年的四亿零二百万元，同比增长百分之三十二点二。",
      "“亿”字前稍停",
    ],
    ["5", "最后报告自评情况。我区自评九十六分：组织领导两分，方案制定两分，政策支持一分，项目管理四分，其中项目管理制度两分、工作台账两分；", "放慢"],
    ["6", "服务体系建设二十四分，其中县级中心和产业园十四分、村级站点覆盖十分；农村产品上行九分，其中网销调研两分、网络促销活动两分、交易标准和冷链溯源一分；", null],
    ["7", "资金制度建立五分，资金台账四分，资金支出四分。", null],
  ],
};

const input = () => {
  const read = readLedgers({ sheets: [script] }, GD_2019);
  return toScoringInput(read.ledgers, GD_2019, read.diagnostics);
};
const value = (key: string) => {
  const f = input().facts[key];
  return f && "value" in f && typeof f.value === "object" && f.value !== null && "toNumber" in f.value ? f.value.toNumber() : f?.value;
};

test("the script's figures as said, a year said alone and a change from one year to the next; never the hints", () => {
  expect(value("residentPopulation")).toBe(817700);
  expect(value("adminVillagesStated")).toBe(60);
  expect(value("ruralRetail2019")).toBe(2_130_000_000);
  expect(value("ruralRetail2020")).toBe(2_680_000_000);
  expect(value("agriRetail2019")).toBe(304_000_000);
  expect(value("agriRetail2020")).toBe(402_000_000);
  expect(value("leadershipLevel")).toBe("principal-all");
});

test("the points read out over three paragraphs are the clerk's claims, and the items' own points are judged", () => {
  const { claims, judgements } = input();
  const claimed = Object.fromEntries(Object.entries(claims ?? {}).map(([id, c]) => [id, c.points.toNumber()]));
  expect(claimed).toEqual({
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 4,
    "work.center": 14,
    "work.coverage": 10,
    "work.upward": 9,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
  });
  const judged = Object.fromEntries(Object.entries(judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1, "org.management.system": 2 });
});

test("a payment whose remark says this very row is void pays nothing (its reissue on the next row does)", () => {
  const funds: Sheet = {
    name: "资金拨付",
    rows: [
      ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额（万元）", "凭证号", "备注"],
      [1, "2021.1.22", "村级站点建设", "某电子商务有限公司", 38.4, "记-0118", null],
      ["（作废）", "2021.2.5", "农村物流配送补助", "某物流有限公司", 20, "记-0207", "凭证号填错，本行作废，见下行"],
      [2, "2021.2.8", "农村物流配送补助", "某物流有限公司", 20, "记-0211", null],
    ],
  };
  const read = readLedgers({ sheets: [funds] }, GD_2019);
  expect(read.ledgers.funds.map((f) => f.amount.toNumber())).toEqual([384000, 200000]);
});
