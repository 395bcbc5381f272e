/** Lists printed in two halves side by side are read as one list, and point back to the real cells. */
import { formatDate } from "../../src/scoring/dates";
import { findHalves, foldAddress, unfold } from "../../src/ledger/halves";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import type { CellValue, Sheet } from "../../src/core/grid";

const H = ["序号", "姓名", "身份证号码", "联系电话"];
const signIn: Sheet = {
  name: "签到表",
  rows: [
    ["2021年第3期电商培训签到表"],
    ["培训时间：2021年4月16日"],
    [...H, null, ...H],
    [1, "梁志华", "440883198502143515", "13702651123", null, 2, "陈美娟", "44088319900707262X", "13822590476"],
    [3, "李德胜", "440883197209301719", "15819603342", null, null, null, null, null],
  ] as CellValue[][],
};

test("a header block repeated to the right is found; a block of two is not", () => {
  expect(findHalves(signIn)).toEqual({ headerRow: 2, left: 0, right: 5, width: 4 });
  const years: Sheet = {
    name: "x",
    rows: [
      ["镇", "2019年", null, "2020年"],
      ["镇", "人数", "金额", "人数", "金额"],
      ["大坪镇", 3, 5, 4, 6],
    ],
  };
  expect(findHalves(years)).toBeUndefined();
});

test("unfolded row by row, left then right; a blank right half is no row", () => {
  const { sheet, folds } = unfold(signIn, findHalves(signIn)!);
  expect(sheet.rows.slice(3).map((r) => r[1])).toEqual(["梁志华", "陈美娟", "李德胜"]);
  expect(folds.slice(3)).toEqual([
    { row: 3, shift: 0 },
    { row: 3, shift: 5 },
    { row: 4, shift: 0 },
  ]);
  // The right-hand person's ID cell is G4 on the real sheet.
  expect(foldAddress("C5", folds)).toBe("H4");
});

test("records from both halves link to their real rows", () => {
  const { ledgers } = readLedgers({ sheets: [signIn] }, GD_2019);
  expect(ledgers.training.map((t) => [t.source.row, t.id?.text ?? null])).toEqual([
    [4, "440883198502143515"],
    [4, "44088319900707262X"],
    [5, "440883197209301719"],
  ]);
});

test("two sessions printed side by side, each half under its own title and day, are read as two lists: the left whole, then the right", () => {
  const sheet: Sheet = {
    name: "签到表（第三、四期）",
    rows: [
      ["签到表（第三期）", null, null, null, "签到表（第四期）", null, null],
      ["培训时间：2021年4月12日", null, null, null, "培训时间：", new Date(Date.UTC(2021, 3, 13)), null],
      ["序号", "姓名", "身份证号码", null, "序号", "姓名", "身分证号码"],
      [1, "陈泽楠", "445281199003124516", null, 1, "王晓燕", "445281199403153068"],
      [2, "黄晓丹", "445281199507082620", null, 2, "陈泽楠", "445281199003124516"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.training.map((t) => [t.name, t.date && formatDate(t.date)])).toEqual([
    ["陈泽楠", "2021-04-12"],
    ["黄晓丹", "2021-04-12"],
    ["王晓燕", "2021-04-13"],
    ["陈泽楠", "2021-04-13"],
  ]);
});

test("a row of several days in a list of two halves: each day's record links to that row, the right half's to its own", () => {
  const D = ["序号", "子栏目", "更新日期（多次用“；”隔开）", "条数"];
  const sheet: Sheet = {
    name: "专栏更新",
    rows: [
      ["政府网站电商专栏更新记录"],
      [...D, null, ...D],
      [1, "创建方案", "2019.12.20", 1, null, 3, "建设进度", "2020.9.30；2020.10.30；2020.11.27", 3],
      [2, "项目信息", "2020.3.5；2020.6.8", 2, null, 4, "监督举报", "2020.1.6", 1],
    ] as CellValue[][],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.disclosures.map((d) => [d.source.row, d.column, formatDate(d.date!)])).toEqual([
    [3, "创建方案", "2019-12-20"],
    [3, "建设进度", "2020-09-30"],
    [3, "建设进度", "2020-10-30"],
    [3, "建设进度", "2020-11-27"],
    [4, "项目信息", "2020-03-05"],
    [4, "项目信息", "2020-06-08"],
    [4, "监督举报", "2020-01-06"],
  ]);
});
