/**
 * A facts sheet with an answer column for each kind of value (数量 | 时间 | 是/否 | 情况说明): a count in
 * 数量, a day in 时间, a yes/no in 是/否 — and a name or a list, which has no column of its own, in the
 * 情况说明.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "基本情况",
  rows: [
    ["序号", "项目", "数量", "计量单位", "时间", "是/否", "情况说明"],
    [1, "常住人口", 52.3, "万人", null, null, "七普"],
    [2, "领导小组组长", null, null, null, null, "县委副书记、县长"],
    [3, "领导小组成员单位", null, null, null, null, "县商务局、县财政局、县农业农村局、县乡村振兴局"],
    [4, "已正式印发示范县工作方案", null, null, "2019.11.8", "是", "某府办〔2019〕61号"],
  ],
};

test("the leader and the departments are read from the 情况说明, the rest from their own columns", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.facts.leadTitle?.value).toBe("县委副书记、县长");
  expect(input.facts.leadTitle?.evidence?.[0]?.cell).toBe("G3");
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
  expect(input.facts.residentPopulation?.value?.toString()).toBe("523000");
  expect(input.facts.planIssued?.value).toBe(true);
  // A remark beside a figure stays a remark: 七普 is no population.
  expect(input.facts.residentPopulation?.evidence?.[0]?.cell).toBe("C2");
});
