/**
 * A facts sheet whose judged items are marked ● under a column per point value (5分 | 4分 | … | 1分),
 * and whose running totals are kept one row per date: the cut-off's row is read, not the first or
 * the latest.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (rows: CellValue[][]) => {
  const r = readFactsSheet({ name: "数据台", rows }, GD_2019);
  return Object.fromEntries(r.entries.map((e) => [e.key, [e.value, e.cell]]));
};

test("the points a ● marks under 5分…1分 are the item's; ／ and blanks are no marks", () => {
  const got = read([
    ["评分项", "分值范围", "5分", "4分", "3分", "2分", "1分", "自评说明"],
    ["方案制定", "1-2", "／", "／", "／", "●", null, "方案印发"],
    ["交易标准与冷链溯源", "1-2", "／", "／", "／", null, "●", "在建"],
    ["资金台账", "1-5", null, "●", null, null, null, "个别凭证待补"],
  ]);
  expect(got["judged:org.plan"]).toEqual([2, "C2"]);
  expect(got["judged:work.upward.standards"]).toEqual([1, "C3"]);
  expect(got["judged:fund.ledger"]).toEqual([4, "C4"]);
});

const totals: CellValue[][] = [
  ["统计时点", "培训人次（人次）", "参训建档立卡贫困人口（人）", "累计拨付（万元）", "项目总体进度", "备注"],
  ["2021年5月31日", 3513, 84, 278.7, "72%", null],
  ["2021年8月31日（考评截止）", 5010, 91, 352.5, "88%", "考评口径"],
  ["2021年9月10日（迎检更新）", 5295, 92, 412.5, "91%", "不作考评"],
];

test("running totals one row per date: the row marked 考评截止 is read, at its own address", () => {
  const got = read(totals);
  expect(got.trainingPersonTimesStated).toEqual([5010, "B3"]);
  expect(got.trainedPoorPersonsStated).toEqual([91, "C3"]);
  expect(got.overallProgress).toEqual(["88%", "E3"]);
});

test("…else the last row on or before the cut-off the sheet states, below a static table", () => {
  const rows: CellValue[][] = [
    ["序号", "项目", "数据", "说明"],
    [1, "县（市、区）", "某县", "—"],
    [2, "考评截止日期", "2021年8月31日", "—"],
    [],
    ...totals.map((r, i) => (i === 2 ? ["2021年8月31日", ...r.slice(1)] : r)),
  ];
  const got = read(rows);
  expect(got.trainingPersonTimesStated).toEqual([5010, "B7"]);
  expect(got.fundSpentStated).toEqual([352.5, "D7"]);
});
