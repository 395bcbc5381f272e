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

const marked: CellValue[][] = [
  ["评分项", "分值范围", "5分", "4分", "3分", "2分", "1分", "自评说明"],
  ["方案制定", "1-2", "／", "／", "／", "●", null, "方案印发"],
  ["交易标准与冷链溯源", "1-2", "／", "／", "／", null, "●", "在建"],
  ["资金台账", "1-5", null, "●", null, null, null, "个别凭证待补"],
];

test("the points a ● marks under 5分…1分 are the item's, at the ●; ／ and blanks are no marks", () => {
  const got = read(marked);
  expect(got["judged:org.plan"]).toEqual([2, "F2"]);
  expect(got["judged:work.upward.standards"]).toEqual([1, "G3"]);
  expect(got["judged:fund.ledger"]).toEqual([4, "D4"]);
});

test("…under a facts table, read as a table of its own: its 自评说明 is each item's basis", () => {
  const rows: CellValue[][] = [
    ["序号", "项目", "数据", "数据来源"],
    [1, "县（市、区）", "某县", "—"],
    [2, "常住人口（万人）", 42.1, "七普公报"],
    [3, "行政村（个）", 120, "民政局"],
    [4, "省定贫困村（个）", 12, "扶贫办"],
    [5, "示范县工作方案", "已印发", "县政府文件"],
    [],
    ["三、主观评分项自评"],
    ...marked,
  ];
  const r = readFactsSheet({ name: "数据台", rows }, GD_2019);
  const plan = r.entries.find((e) => e.key === "judged:org.plan");
  expect([plan?.value, plan?.cell, plan?.note]).toEqual([2, "F10", "方案印发"]);
  expect(r.entries.find((e) => e.key === "judged:fund.ledger")?.note).toBe("个别凭证待补");
  expect(r.entries.find((e) => e.key === "residentPopulation")?.value).toBe(42.1);
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
