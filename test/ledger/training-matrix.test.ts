/**
 * Training counted as a table of person-times, a row per town and a column per month under its year
 * ("1-6月" counted at its end; "9月（截至10日）", a part of a month, is no column of it), and a sign-in list of the poor
 * sessions that says its people are already in that table.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const grid: Sheet = {
  name: "培训统计",
  rows: [
    ["某县电子商务培训人次统计表（按镇、按月）"],
    ["单位：人次"],
    ["镇", "2020年", null, null, null, null, null, "2021年", null, "合计"],
    [null, "1-6月", "7月", "8月", "9月", "10月", "11月", "1月", "9月（截至10日）", null],
    ["甲镇", 40, "57（2期）", null, "—", 20, null, 10, 30, 157],
    ["乙镇", null, 25, "31人次", null, null, 12, null, null, 68],
    ["合计", 40, 82, 31, 0, 20, 12, 10, 30, 225],
    ["注：贫困户专场人次已计入本表。"],
  ],
  merges: [
    { top: 2, left: 1, bottom: 2, right: 6 },
    { top: 2, left: 7, bottom: 2, right: 8 },
  ],
};
const signIns: Sheet = {
  name: "贫困户参训名单",
  rows: [["贫困户电商培训参训名单（已计入《培训统计》，不另计）"], ["序号", "培训日期", "姓名", "身份证号码"], [1, "2020.7.12", "林春文", "440882199606129521"]],
};

test("each filled town-month is that month's training, its figure the 人次; totals, dashes and blanks are none", () => {
  const { ledgers } = readLedgers({ sheets: [grid] }, GD_2019);
  expect(ledgers.training.map((t) => [t.topic, t.date, Number(t.personTimes)])).toEqual([
    ["甲镇", { y: 2020, m: 6 }, 40],
    ["甲镇", { y: 2020, m: 7 }, 57],
    ["甲镇", { y: 2020, m: 10 }, 20],
    ["甲镇", { y: 2021, m: 1 }, 10],
    ["乙镇", { y: 2020, m: 7 }, 25],
    ["乙镇", { y: 2020, m: 8 }, 31],
    ["乙镇", { y: 2020, m: 11 }, 12],
  ]);
});

test("a sign-in list already counted in the table keeps its people and adds no 人次", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [grid, signIns] }, GD_2019);
  const listed = ledgers.training.filter((t) => t.source.sheet === "贫困户参训名单");
  expect(listed.map((t) => [t.id !== null, Number(t.personTimes)])).toEqual([[true, 0]]);
  expect(ledgers.training.reduce((n, t) => n + Number(t.personTimes), 0)).toBe(195);
  expect(diagnostics.list.some((d) => d.sheet === "贫困户参训名单" && d.message.includes("不再计入培训人次"))).toBe(true);
});
