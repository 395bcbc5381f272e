/**
 * Two facts sheets from the 107th and 108th blind batches. 江东's is the bureau's work summary and next year's plan:
 * 序号 | 工作板块 | 2021年目标任务 | 2021年完成情况（截至8月31日） | 完成率 | 自评分 | 2022年工作计划 — each column the one
 * its words name, the year before them no year's column. 云安's is a 揭榜挂帅 list, a block per pledge: the leader
 * named with the group's 组长 in brackets, the units working with him its members, the items' points in the
 * bracket after an indicator's.
 */
import { factsOf, factsOfCase } from "../corpus/read-facts";
import { leaderInSentence } from "../../src/ledger/leader";

test("a work plan's year-headed columns: this year's 完成情况 answers, its 目标任务 and next year's 工作计划 do not", () => {
  const rows = [
    ["序号", "工作板块", "2021年目标任务", "2021年完成情况（截至8月31日）", "完成率", "自评分", "2022年工作计划", "责任单位"],
    [1, "方案制定", "印发示范创建实施方案", "《江东新区电子商务进农村综合示范创建工作方案》已于2020年5月正式印发", "100%", 2, "制定巩固提升方案", "经发局"],
    [2, "电商人才培训", "培训1,500人次", "累计培训1,270人次", "84.7%", 20, "培训2,000人次", "经发局"],
    [3, "资金支出", "拨付率100%", "下达省级专项资金500万元，累计拨付368万元", "73.6%", 4, "年底前拨付完毕", "经发局"],
  ];
  const { facts } = factsOf({ sheets: [{ name: "总结及计划", rows }] });
  expect(facts.trainingPersonTimesStated).toBe(1270);
  expect(facts.fundSpentStated).toBe(3680000);
  expect(facts.planIssued).toBe(true);
});

test("the leader named before the group's 组长 in brackets", () => {
  expect(leaderInSentence("区长　陈××（区电子商务进农村综合示范工作领导小组组长）；协同揭榜单位：区商务局、区财政局")).toMatch(/^区长/);
  // (A deputy named so is the deputy; a 副组长 leads nothing.)
  expect(leaderInSentence("副区长　梁××（领导小组副组长）")).toBeUndefined();
});

test("a 揭榜挂帅 list: the 总榜's leader and the units working with him, the items' points in brackets", async () => {
  const read = await factsOfCase("counties", "b108-c1-yunanqu.json", "揭榜挂帅完成情况");
  expect(read.leadership).toBe("principal-all");
  expect(read.judged["org.management.system"]).toBe(2);
  expect(read.judged["org.management.ledger"]).toBe(1);
});
