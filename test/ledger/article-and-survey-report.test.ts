/**
 * Facts sheets that are other people's documents (106th blind batch), read as their clerks handed them in: a
 * journal article pasted a paragraph a row (its keywords name topics, its proposals' 到2025年 are targets), a
 * survey report (its 报告日期 is the report's own day, not the evaluation's cut-off).
 */
import { factsOfCase } from "../corpus/read-facts";

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
