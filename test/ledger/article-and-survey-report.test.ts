/**
 * Facts sheets that are other people's documents (106th blind batch), read as their clerks handed them in: a
 * journal article pasted a paragraph a row (its keywords name topics, its proposals' 到2025年 are targets), a
 * survey report (its 报告日期 is the report's own day, not the evaluation's cut-off).
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf, factsOfCase } from "../corpus/read-facts";

test("an article's keywords state nothing; a target for 2025 is no fact, the 94.5% found is", async () => {
  const { facts } = await factsOfCase("facts", "b106-f1-nansha.json");
  expect(facts.policyIssued).toBeUndefined();
  expect(facts.expressCoverage).toBe(false);
});

test("a survey report's 报告日期 is the report's own day, not the cut-off", async () => {
  const { facts } = await factsOfCase("facts", "b106-f2-baiyun.json");
  expect(facts.asOf).toBeUndefined();
  expect(facts.residentPopulation).toBe(3744000);
});

test("a survey's ratings of the services (测评项目 | 满意度) say nothing of how far they reach", async () => {
  expect((await factsOfCase("facts", "b106-f2-baiyun.json")).facts.expressCoverage).toBe(true);
  // Written again apart from the case: a coverage of 100% above, the people's 72.4% satisfaction with it below.
  const rows: CellValue[][] = [
    ["某县电子商务进农村工作群众满意度调查（摘录）", null, null, null],
    ["项目", "情况", "备注", null],
    ["常住人口", "31.2万人", "统计公报", null],
    ["行政村快递覆盖率", "100%", "县邮政管理局", null],
    ["测评项目", "群众满意度（%）", "有效问卷", "评价"],
    ["电商培训", "91.3", 402, "满意"],
    ["快递进村服务", "72.4", 980, "基本满意"],
  ];
  const { facts } = factsOf({ sheets: [{ name: "满意度调查", rows }] });
  expect(facts).toEqual({ residentPopulation: 312000, expressCoverage: true });
});
