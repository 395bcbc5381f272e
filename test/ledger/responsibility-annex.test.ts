/**
 * A 目标责任书 as the facts sheet (恩平): articles first (第一条 names the leading group and its members),
 * then an annex of 考核项目（分值） | 考核指标 | 完成情况 | 分项自评 | 项目自评分 — the clauses' points beside
 * each project's, and a leader's line that sends the reader to the article for the members.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "责任书",
  rows: [
    ["某市电子商务进农村综合示范创建工作目标责任书"],
    [
      "第一条　组织保障。甲方成立以市长为组长，常务副市长为副组长，市商务局、财政局、农业农村局、扶贫办（现市乡村振兴局）、市场监管局主要负责人为成员的创建工作领导小组。",
    ],
    ["序号", "考核项目（分值）", "考核指标（目标要求）", "完成情况（截至2021年8月31日）", "分项自评", "项目自评分", "甲方考核分"],
    [1, "组织领导（2分）", "建立市政府主要领导牵头、多部门参与的工作协调机制", "已成立领导小组（某府办〔2020〕6号），市长任组长，成员单位见第一条", "—", 2, null],
    [2, "方案制定（2分）", "正式印发创建工作方案", "2020年3月印发《某市电子商务进农村综合示范创建工作方案》", "—", 2, null],
    [3, "项目管理（4分）", "4-1 建立项目管理制度，建设、验收严格执行", "已制定项目管理办法", 2, 3, null],
    [null, null, "4-2 建立完整工作台账", "已建立工作台账；个别项目资料归档不及时", 1, null, null],
    [4, "资金管理制度（5分）", "制定资金管理制度，建立考核问责制度", "已印发专项资金管理办法", "—", 5, null],
  ],
  merges: [
    { top: 5, left: 0, bottom: 6, right: 0 },
    { top: 5, left: 1, bottom: 6, right: 1 },
    { top: 5, left: 5, bottom: 6, right: 5 },
  ],
};

test("an annex's 项目自评分 are the projects' claims, its 分项自评 their clauses' points", () => {
  const got = readFactsSheet(sheet, GD_2019);
  expect(Object.fromEntries(got.claims.map((c) => [c.indicator, c.value]))).toEqual({
    "org.leadership": 2,
    "org.plan": 2,
    "org.management": 3,
    // (A project named as its input is, 资金管理制度, with that indicator's points in its name: its claim.)
    "fund.system": 5,
  });
  const judged = Object.fromEntries(got.entries.filter((e) => e.key.startsWith("judged:")).map((e) => [e.key, e.value]));
  expect(judged).toEqual({ "judged:org.management.system": 2, "judged:org.management.ledger": 1 });
});

test("a leader's line sending the reader elsewhere for the members (成员单位见第一条) is read with the article that lists them", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
});
