/**
 * 赤坎's 自查表: 〃 for "as the line above" in its answers and units, and a score table written as
 * 得分/满分 (1/2, 9/15, 18／20), with 加分：… lines for the bonus.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withDittoResolved } from "../../src/ledger/facts/ditto";
import { withScoreOverFull } from "../../src/ledger/facts/score-over-full";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "自查表",
  rows: [
    ["某区电子商务进农村综合示范建设情况自查表"],
    ["序号", "事项", "情况", "说明"],
    [1, "示范工作方案已正式印发", "是", "某府办〔2020〕21号"],
    [2, "已出台支持农村电商发展的政策", "〃", null],
    [3, "专栏设立征求意见或监督举报窗口", "否", "计划9月增设"],
    [4, "存在弄虚作假情况", "〃", null],
    [],
    ["序号", "指标", "数值", "单位"],
    [1, "2019年农村网络零售额", 9.86, "亿元"],
    [2, "2020年农村网络零售额", 12.37, "〃"],
    [],
    ["五、自评得分（得分/满分）"],
    ["评价指标", "得分/满分"],
    ["组织领导", "1/2"],
    ["电商人才培训", "18／20"],
    ["加分：贫困人口培训率≥70%", "0/2"],
    ["合计", "77/100"],
  ],
};

test("a ditto mark is what it repeats, within its table", () => {
  const rows = withDittoResolved(sheet).rows;
  expect([rows[3][2], rows[5][2], rows[9][3]]).toEqual(["是", "否", "亿元"]);
});

test("points over the full mark are the points", () => {
  const rows = withScoreOverFull(sheet).rows;
  expect(rows[12][1]).toBe("得分");
  expect(rows.slice(13).map((r) => r[1])).toEqual([1, 18, 0, 77]);
});

test("answers, amounts and claims are read as the clerk meant them", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  expect([f.planIssued?.value, f.policyIssued?.value, f.disclosureWindow?.value, f.vetoFraud?.value]).toEqual([true, true, false, false]);
  expect(f.ruralRetail2020?.value?.toString()).toBe("1237000000");
  const claimed = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]));
  expect(claimed).toMatchObject({ "org.leadership": 1, "work.training": 18, "bonus.poorTraining": 0 });
});
