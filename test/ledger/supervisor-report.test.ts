/**
 * A project supervisor's monthly report handed in as the facts (枫溪, 105th blind batch): a form's pairs at its
 * top (资金来源 | 省级专项资金下达500万元；区财政配套…, 报告期 | … | 编制日期 | …), then numbered sections, two of
 * them tables of their own (二、工程进度 | 序号 | 子项目 | …, 四、资金支付情况 | 序号 | 合同名称 | … | 累计支付 with a
 * 合计 row), and paragraphs on safety and next month's plans. A reviewer reads each part as what it is.
 */
import { factsOf, factsOfCase } from "../corpus/read-facts";

const sheet = (...lines: [string, string][]) => ({ sheets: [{ name: "自评情况", rows: [["指标", "我区情况"], ...lines] }] });

test("the supervisor's report: the fund from its prose, the paid total from its payment table's 合计 row, no cut-off from 编制日期", async () => {
  const { facts } = await factsOfCase("facts", "b105-f1-fengxi.json");
  expect(facts.fundAllocated).toBe(5000000);
  expect(facts.fundSpentStated).toBe(3725000);
  expect(facts.thirdPartyOperator).toBe(true);
  expect(facts.vetoIncident).toBe(false);
  expect(facts.asOf).toBeUndefined();
  // (品牌推广及溯源子项目进度滞后 is work behind schedule, no brand building done.)
  expect(facts.centerBrand).toBeUndefined();
});

test("no quality or safety accident, said with 质量、安全事故, answers the veto line", () => {
  expect(factsOf(sheet(["质量安全", "本月各标段未发生质量、安全事故"])).facts.vetoIncident).toBe(false);
});

test("a company named with what it is in brackets: 第三方专业运营 says there is a third-party operator", () => {
  expect(factsOf(sheet(["运营情况", "潮州市瓷都云商电子商务有限公司（第三方专业运营，2020年11月进场）"])).facts.thirdPartyOperator).toBe(true);
});

test("a part of the work behind schedule is no statement that it is done", () => {
  expect(factsOf(sheet(["存在问题", "品牌推广及农产品统一推广子项目进度滞后，督促承建单位9月底前完成"])).facts.centerBrand).toBeUndefined();
});

test("a form of short labels and their paragraphs, no table on the sheet: each paragraph read (廉江's recommendation form, 62nd batch)", async () => {
  const { facts } = await factsOfCase("facts", "b62-f2-lianjiang.json");
  expect(facts.residentPopulation).toBe(1352000);
  expect(facts.trainingPersonTimesStated).toBe(5300);
  expect(facts.fundSpentStated).toBe(4120000);
});

test("an audit's own cut-off, 截至2021年6月30日（本次审计调查截止日）, is no cut-off of the assessment (陆丰's evidence form, 131st batch)", async () => {
  const { facts } = await factsOfCase("facts", "b131-f1-lufeng.json");
  expect(facts.asOf).toBeUndefined();
  expect(facts.fundSpentStated).toBe(3186000);
});
