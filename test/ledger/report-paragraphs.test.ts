/**
 * 四会's self-assessment report pasted from Word, one paragraph per cell in column A: the cut-off in
 * the opening paragraph, each item's 自评N分 said inside its paragraph (after the item's name or in a
 * bracket), a year compared with ("较2019年的24.55亿元") and a growth said in words with its rate in a
 * bracket; no paragraph is the label of the next one.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const report: Sheet = {
  name: "自评报告",
  rows: [
    ["某市电子商务进农村综合示范创建工作自评报告"],
    ["某市商务局"],
    ["（2021年9月8日）"],
    ["我市对照考评指标体系开展了自查自评，现将有关情况报告如下（本报告数据截至2021年8月31日）。"],
    ["一、工作开展情况"],
    [
      "（一）加强组织领导。成立了由市长任组长、分管副市长任副组长，市商务局、财政局、农业农村局、乡村振兴局等12个部门为成员的示范县创建工作领导小组，先后召开领导小组会议6次。",
    ],
    ["2019年12月，市政府办公室正式印发了《某市电子商务进农村综合示范工作实施方案》，方案因地制宜、可操作性强，方案制定自评2分。"],
    ["我局制定了《某市电子商务进农村综合示范项目管理办法》，项目建设、验收严格按制度执行，项目管理制度自评2分；建立了站点、培训、资金等工作台账，工作台账自评1分。"],
    ["2020年全市农村网络零售额达31.6亿元，较2019年的24.55亿元同比增长近三成（28.7%）。"],
    ["制定了《某市专项资金管理办法》，资金管理制度健全并有效落实（自评5分）；项目承办单位均建立了资金专用台账，账目清晰（自评4分）。"],
  ],
};

function read() {
  const r = readLedgers({ sheets: [report] }, GD_2019);
  return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
}

test("the cut-off said in the opening paragraph is read; the date under the title is not it", () => {
  expect(read().facts.asOf?.value).toEqual({ y: 2021, m: 8, d: 31 });
});

test("each item's 自评N分 is that item's (no claim for its indicator); a bracket's 自评N分 too", () => {
  const input = read();
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "fund.system": 5, "fund.ledger": 4 });
  expect(Object.keys(input.claims ?? {})).toEqual([]);
});

test("the figure of the year compared with, and a growth in words with its rate in brackets", () => {
  const f = read().facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("ruralRetail2020"), n("ruralRetail2019"), n("ruralRetailGrowthStated")]).toEqual([3160000000, 2455000000, 0.287]);
});

test("a paragraph is no label: the leader is read from its own sentence, not from the paragraph under it", () => {
  const f = read().facts;
  expect(f.leadershipLevel?.value).toBe("principal-all");
  expect(f.leadershipLevel?.evidence?.[0]?.cell).toBe("A6");
});
