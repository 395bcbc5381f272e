/**
 * 金平's paper questionnaire typed in as its answer sheet: choices by letter, blanks answered in the
 * 答案 column (two in one: ①…②…), true/false statements (one said in the negative), self-scores in
 * the question's own brackets.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { leaderLevel } from "../../src/ledger/leader";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "自查问卷",
  rows: [
    ["某区电子商务进农村综合示范创建考评自查问卷"],
    ["题号", "题目", "A", "B", "C", "D", "答案"],
    [1, "领导小组组长由谁担任？（单选）", "区委书记或区长", "分管副区长", "区商务主管部门负责人", "未成立领导小组", "Ａ"],
    [2, "领导小组成员单位包括（多选）", "商务部门", "财政部门", "农业农村部门", "乡村振兴（扶贫）部门", "abd"],
    [3, "支持农村电商发展的政策（单选）", "未出台", "已出台", null, null, "B"],
    [4, "电商产业园建设情况（单选）", "新建", "整合、优化现有园区", "未建设", null, "B"],
    [],
    ["题号", "题目", null, null, null, null, "答案"],
    [5, "全区常住人口____万人（第七次全国人口普查）", null, null, null, null, "69.52"],
    [6, "2019年、2020年全区农村网络零售额分别为①____亿元、②____亿元", null, null, null, null, "①38.6 ②47.9"],
    [],
    ["题号", "题目", null, null, null, null, "答案"],
    [7, "本区未发生安全生产、质量事故，未造成重大经济损失", null, null, null, null, "√"],
    [8, "方案制定（1～2分）：自评（ 2 ）分"],
    [9, "政策支持（1～2分）：自评（　 ）分"],
  ],
};

test("或 between two titles: either is the leader", () => {
  expect(leaderLevel("区委书记或区长")).toBe("principal");
});

test("each question is read with its answer put in", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect(f.leadershipLevel?.value).toBe("principal");
  expect([f.policyIssued?.value, f.parkBuilt?.value, f.vetoIncident?.value]).toEqual([true, true, false]);
  expect(f.policyIssued?.evidence?.[0]?.cell).toBe("G5");
  expect([n("residentPopulation"), n("ruralRetail2019"), n("ruralRetail2020")]).toEqual([695200, 3860000000, 4790000000]);
  expect(input.judgements["org.plan"]?.points.toNumber()).toBe(2);
  expect(input.judgements["org.policy"]).toBeUndefined();
});
