/**
 * Facts sheets of the 113th and 114th blind batches, each another office's document: a party branch's pledge board
 * (承诺事项 | 承诺时限 | 践诺情况), a news story's fact-check slip (稿件原文表述 | 核查结论 | 采用表述), a daily's
 * interview with the mayor (说话人 | 内容), the city bureau's summons record and an Excel model's defined-name list.
 */
import { factsOfCase } from "../corpus/read-facts";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const vocab = factsVocabulary(GD_2019);
const scores = (t: string) => vocab.inputs.match(chinesePart(t));
const read = (sentence: string) => statementsOf(sentence, scores, 0.62, 0.06).map((s) => `${scores(s.label)[0]?.target.key ?? "?"}=${s.value}`);

test("a pledge board: 践诺情况 is what was delivered, the pledges and their deadlines nothing", async () => {
  const got = await factsOfCase("facts", "b113-f1-luhe.json");
  expect(got.facts.trainingPersonTimesStated).toBe(2318);
  expect(got.facts.fundSpentStated).toBe(3816000);
  expect(got.facts.disclosureWindow).toBe(false);
  // (Pledged: "全年组织电商培训不少于3,000人次" by 2021年12月.)
  expect(Object.values(got.facts)).not.toContain(3000);
});

test("a fact-check slip: 采用表述 is the wording read, the reporter's draft beside it nothing", async () => {
  const got = await factsOfCase("facts", "b113-f3-meixian.json");
  expect(got.facts.residentPopulation).toBe(568000);
  expect(got.facts.trainingPersonTimesStated).toBe(8126);
  expect(got.facts.fundSpentStated).toBe(4123000);
  expect(got.facts.centerPhoto).toBe(false);
});

test("what a clause says is charged for is named before the fee", () => {
  // (The whole clause names the service too weakly for a facts sheet's line, 0.61: its subject alone, 0.71.)
  expect(statementsOf("中心摄影、美工服务按成本价收费", scores, 0.62, 0.06)).toEqual([{ label: "中心摄影、美工服务", value: "否", kind: "answer" }]);
});

test("an interview: the speaker's column names who talks, the words are the account; next year's aims and 到8月底 said aloud", async () => {
  const got = await factsOfCase("facts", "b114-f2-yangchun.json");
  expect(got.facts.centerOpened).toBe("2020-05-18");
  expect(got.facts.residentPopulation).toBe(849000);
  // "截至今年8月底累计培训了6,800人次", not "明年我们要力争…再培训5,000人次".
  expect(got.facts.trainingPersonTimesStated).toBe(6800);
  expect(read("明年我们要力争农产品网络零售额突破12亿元，再培训5,000人次")).toEqual([]);
  expect(read("省里下达的500万元专项资金，到8月底已经拨付了410万元")).toContain("fundSpentStated=410万元");
});

test("a bracket's own subject not done is an aside; a bare one answers the clause", async () => {
  const got = await factsOfCase("facts", "b114-f3-fengkai.json");
  expect([got.facts.disclosurePlan, got.facts.disclosureProjects, got.facts.disclosureProgress, got.facts.disclosureWindow]).toEqual([true, true, true, false]);
  expect(read("已建立资金专用台账（尚未建立）")).toContain("fundLedgerKept=否");
});

test("an Excel model's defined names, topic_item: 中心_免费展示, 中心_增值服务, 产业园_已建, 资金制度_已建", async () => {
  const got = await factsOfCase("facts", "b114-f1-heshan.json");
  expect(got.facts.centerDisplay).toBe(true);
  expect(got.facts.centerPhoto).toBe(false);
  expect(got.facts.centerOther).toBe(true);
  expect(got.facts.parkBuilt).toBe(true);
  expect(got.facts.fundSystemIssued).toBe(true);
});
