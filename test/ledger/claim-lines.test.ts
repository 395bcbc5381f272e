/** A report's 自评得分情况 in lines of prose: each "自评N分" is the claim of the indicator its words name. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const report: Sheet = {
  name: "自评报告",
  rows: [
    ["五、自评得分情况"],
    ["1.组织领导（2分）：县长任领导小组组长，商务、财政、农业农村、扶贫等部门参与，自评2分。"],
    ["4.项目管理（4分）：项目管理制度2分，工作台账2分，自评4分。"],
    ["5.服务体系建设（25分）：县级公共服务中心及产业园自评15分；村级站点覆盖自评10分。"],
    ["14.资金支出（5分）：资金支出率67.2%，低于70%，按规定倒扣5分，自评-5分。"],
  ],
};

test("each line's claim goes to the indicator its words name; the line is the claim's note", () => {
  const { ledgers } = readLedgers({ sheets: [report] }, GD_2019);
  expect(ledgers.claims.map((c) => [c.indicator, c.value])).toEqual([
    ["org.leadership", 2],
    ["org.management", 4],
    ["work.center", 15],
    ["work.coverage", 10],
    ["fund.spending", -5],
  ]);
  // The items' own points in the line are the judged items; 自评4分 is no item's.
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toMatchObject({ "judged:org.management.system": "2分", "judged:org.management.ledger": "2分" });
});

test("the leader is read from the 组织领导 line", () => {
  const read = readLedgers({ sheets: [report] }, GD_2019);
  expect(toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts.leadershipLevel).toMatchObject({ value: "principal-all" });
});
