/**
 * 揭东's list of poor trainees kept by session: 期次 and 培训日期 written on each session's first row
 * only, the trainees under it leaving both blank (no merge); and its roster's 务工状况 in the
 * district's own words (区外务工 away, 区内务工 at home).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { parseMigrant } from "../../src/ledger/normalize/status";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate } from "../../src/scoring/dates";

const trainees: Sheet = {
  name: "贫困户参训名单",
  rows: [
    ["揭东区建档立卡贫困户电商培训参训名单"],
    ["序号", "期次", "培训日期", "姓名", "性别", "身份证号码", "镇", "村"],
    [1, "第5期", "2020年11月20日", "谢鹏荣", "男", "445221200206203678", "埔田镇", "凤山村"],
    [2, null, null, "魏妹琴", "女", "445221199812278084", "霖磐镇", "下坡村"],
    [3, null, null, "邱雅玉", "女", "445221198404226125", "白塔镇", "埔塘村"],
    [4, "第14期", "2021.9.7", "彭松亮", "男", "445221195905085355", "霖磐镇", "下坡村"],
    [5, null, null, "梁德亮", "男", "445221199605285919", "埔田镇", "龙乡村"],
    [null, null, null, "本期小计：2人", null, null, null, null],
    [6, null, null, "郑鹏国", "男", "445221196208225214", "白塔镇", "埔塘村"],
  ],
};

test("a trainee under a session's first row, 期次 and day blank, trained on the session's day", () => {
  const r = readLedgers({ sheets: [trainees] }, GD_2019);
  const got = r.ledgers.training.map((t) => [t.name, t.date ? formatDate(t.date) : null, t.topic ?? null]);
  expect(got).toEqual([
    ["谢鹏荣", "2020-11-20", "第5期"],
    ["魏妹琴", "2020-11-20", "第5期"],
    ["邱雅玉", "2020-11-20", "第5期"],
    ["彭松亮", "2021-09-07", "第14期"],
    ["梁德亮", "2021-09-07", "第14期"],
    // A 小计 line ends the session: a row after it is not its trainee.
    ["郑鹏国", null, null],
  ]);
  expect(r.diagnostics.list.some((d) => d.cell?.startsWith("C5") && d.message.includes("第 3 行"))).toBe(true);
});

test("a September session's trainees are after a 2021-09-03 cut-off, not undated ones counted in time", () => {
  const r = readLedgers({ sheets: [trainees] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics, { asOf: { y: 2021, m: 9, d: 3 } });
  const times = input.facts.trainingPersonTimes;
  expect(times?.kind === "number" && times.value.toNumber()).toBe(4);
});

test("a list that writes every row's day is read as it is", () => {
  const every: Sheet = {
    name: "培训签到表",
    rows: [
      ["期次", "培训日期", "姓名", "身份证号码"],
      ["第1期", "2021-03-01", "甲", "445221200206203678"],
      [null, "2021-03-02", "乙", "445221199812278084"],
      [null, null, "丙", "445221198404226125"],
    ],
  };
  const r = readLedgers({ sheets: [every] }, GD_2019);
  // 乙 has a day of its own: the session is over, 丙 is undated.
  expect(r.ledgers.training.map((t) => (t.date ? formatDate(t.date) : null))).toEqual(["2021-03-01", "2021-03-02", null]);
});

test("务工状况 in a district's words: 区外务工 is away, 区内务工 at home", () => {
  expect(parseMigrant("区外务工（深圳）")).toBe(true);
  expect(parseMigrant("区外务工")).toBe(true);
  expect(parseMigrant("区内务工")).toBe(false);
  expect(parseMigrant("区内务工（澄华街道）")).toBe(false);
});
