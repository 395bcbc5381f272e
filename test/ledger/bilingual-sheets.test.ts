/**
 * A bilingual workbook (the 246th blind batch, 台山): sheet names, headers and answers in Chinese and English,
 * units in English (persons, 10k yuan, points), days as "Mar 1, 2021" and day first, "31/08/2021".
 */
import type { Sheet } from "../../src/core/grid";
import { parseDate } from "../../src/ledger/normalize/date";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (t: string) => {
  const d = parseDate(t);
  return d.ok ? formatDate(d.value) : null;
};

test("days written in English or day first: Mar 1, 2021; 1 March 2021; 31/08/2021; 01/09/2021 is 1 September", () => {
  expect(["Mar 1, 2021", "March 1, 2021", "1 Mar 2021", "Aug. 31, 2021", "31/08/2021", "01/09/2021"].map(day)).toEqual([
    "2021-03-01",
    "2021-03-01",
    "2021-03-01",
    "2021-08-31",
    "2021-08-31",
    "2021-09-01",
  ]);
  // (An English-locale export's month-first day with its time stays month first.)
  expect(day("9/7/2021 9:05:11 AM")).toBe("2021-09-07");
});

test("a bilingual answer (Yes 有, 否 No, Y 是) is the answer both words give; two that disagree are none", () => {
  expect(["Yes 有", "No 否", "否 No", "Y 是", "Yes 否"].map((t) => parseYesNo(t))).toEqual([true, false, false, true, undefined]);
});

test("a facts table naming each line in Chinese and English (项目 | Item), units in English: the Chinese read, points as 分", () => {
  const sheet: Sheet = {
    name: "Summary 基本情况",
    rows: [
      ["序号", "项目", "Item", "数值 Value", "单位 Unit"],
      [1, "常住人口", "Resident population", 907354, "persons"],
      [2, "方案制定自评（1-2分）", "Self-rating: work plan (1–2)", 2, "points"],
      [3, "公共服务中心投入运营日期", "Public service centre in operation since", "Mar 1, 2021", "date"],
      [4, "网销调研自评（1-2分）", "Self-rating: online-sales research (1–2)", 1, "points"],
    ],
  };
  const facts = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));
  expect([facts.residentPopulation, facts["judged:org.plan"], facts.centerOpened, facts["judged:work.upward.research"]]).toEqual(["907354", "2", "Mar 1, 2021", "1"]);
});

test("a ledger's English header line under its Chinese one is no record; its Yes 有 / No 否 answers are read", () => {
  const sheet: Sheet = {
    name: "Poor HH 贫困人口",
    rows: [
      ["序号", "姓名", "身份证号", "所在村", "劳动能力", "外出务工"],
      ["No.", "Name", "ID No.", "Village", "Labour capacity", "Migrant worker"],
      [1, "苏海", "440781200004146264", "沙寮村", "Yes 有", "No 否"],
      [2, "李荣嘉", "440781198305138540", "大边村", "No 无", "No 否"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.poorPersons.map((p) => [p.name, p.labour, p.migrant])).toEqual([
    ["苏海", true, false],
    ["李荣嘉", false, false],
  ]);
});
