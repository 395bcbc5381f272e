/**
 * Two facts sheets from the 109th and 110th blind batches. 郁南's is a blind-scoring summary: five scorers under a
 * merged 个人打分, their mean, then the points the group agreed to report (合议自评分（报省）) — those are the
 * county's claims, read with the 主要依据 the scorers were given. 连山's is a task force's battle bulletin: its
 * command's 总指挥 leads it as a group's 组长 does, its 作战单位 the members.
 */
import { factsOf, factsOfCase } from "../corpus/read-facts";
import { leaderInSentence } from "../../src/ledger/leader";

test("a blind-scoring summary: the agreed points are the claims, the scorers' own and their mean are not", () => {
  const rows = [
    ["序号", "评价指标（分值）", "主要依据（电商股提供）", "个人打分", null, null, "去掉最高最低后平均", "合议自评分（报省）", "合议说明"],
    [null, null, null, "甲（局长）", "乙（分管副局长）", "丙（电商股股长）", null, null, null],
    ["一", "方案制定（2分）", "2019年11月县政府办公室正式印发《郁南县电子商务进农村综合示范工作方案》", 2, 1, 1, 1.33, 2, null],
    ["二", "电商人才培训（20分）", "常住人口37.6万人（七普）；累计培训3,910人次", 20, 18, 18, 18.67, 20, null],
    ["否1", "安全生产、质量事故或重大损失", "项目实施以来未发生安全生产、质量事故，未造成重大经济损失", null, null, null, null, "不涉及", null],
  ];
  const read = factsOf({ sheets: [{ name: "背对背打分汇总", rows, merges: [{ top: 0, left: 3, bottom: 0, right: 5 }] }] });
  expect(read.claimed["org.plan"]).toBe(2);
  expect(read.claimed["work.training"]).toBe(20);
  expect(read.facts.trainingPersonTimesStated).toBe(3910);
  expect(read.facts.vetoIncident).toBe(false);
});

test("a command's 总指挥 leads it; its 副总指挥 does not", () => {
  expect(leaderInSentence("攻坚指挥部总指挥由县长担任，作战单位见上")).toBe("县长");
  expect(leaderInSentence("副总指挥：副县长 韦××")).toBeUndefined();
});

test("a battle bulletin: the 作战单位 are the members, the 总指挥 the leader", async () => {
  const read = await factsOfCase("counties", "b109-c1-lianshan.json", "攻坚战报");
  expect(read.leadership).toBe("principal-all");
});
