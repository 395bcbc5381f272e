/**
 * 鹤山's KPI tracker by a consultant: No. | Indicator | Target | Actual | Unit | Status | Evidence |
 * Remarks, bilingual labels and units in English (10k persons, RMB 10k, RMB 100m).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { unitOf } from "../../src/ledger/facts/values";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("units in English are the Chinese ones", () => {
  expect(["10k persons", "RMB 10k", "RMB 100m", "person-times", "firms", "元"].map(unitOf)).toEqual(["万人", "万元", "亿元", "人次", "家", "元"]);
});

test("the Actual column answers, not the Target; each figure in its unit", () => {
  const sheet: Sheet = {
    name: "KPI Tracker",
    rows: [
      ["No.", "Indicator", "Target", "Actual", "Unit", "Status", "Evidence", "Remarks"],
      ["A1", "常住人口 Resident population", "—", 52.83, "10k persons", "—", "七普公报", "户籍人口41.2万 (not used)"],
      ["B3", "Support policy 扶持政策出台", "Yes", "No", "—", "Ongoing", "征求意见稿", "expected Oct 2021"],
      ["C4", "Free photography & design 免费摄影美工", "Y", "N", "—", "Not started", null, "studio not equipped"],
      ["D3", "Rural online retail 2019 农村网络零售额", "—", 21.6, "RMB 100m", "—", "省商务厅反馈", null],
      ["E1", "Training person-times 培训人次", 5000, 4618, "person-times", "Ongoing", "签到表", null],
      ["G2", "Funds disbursed (cumulative) 累计拨付", 350, 402.7, "RMB 10k", "Done", "拨付凭证", null],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const f = toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("residentPopulation"), n("ruralRetail2019"), n("trainingPersonTimesStated"), n("fundSpentStated")]).toEqual([528300, 2160000000, 4618, 4027000]);
  expect([f.policyIssued?.value, f.centerPhoto?.value]).toEqual([false, false]);
});
