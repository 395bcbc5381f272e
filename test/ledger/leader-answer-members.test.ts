/**
 * The leading group answered in one cell, its members after 成员单位： ("县委副书记、县长任组长；成员单位：
 * 县商务局、县财政局…"), beside a 佐证 column of document numbers: the members are the departments.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("the members named in the leader's answer are the departments taking part", () => {
  const sheet: Sheet = {
    name: "基础数据",
    rows: [
      ["类别", "事项", "情况", "佐证"],
      ["组织领导", "领导小组", "县委副书记、县长任组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局", "海府办〔2019〕112号"],
      ["〃", "示范县工作方案", "已正式印发", "海府办〔2019〕118号"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const lead = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts.leadershipLevel;
  expect(lead?.value).toBe("principal-all");
  expect(lead?.kind === "text" && lead.note).toContain("县商务局、县财政局");
});
