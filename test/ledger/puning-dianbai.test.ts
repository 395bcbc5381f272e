/** 普宁's and 电白's ledgers: marks with a legend, several sessions in one cell, quarters, 乡（镇）内务工. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { parseDate } from "../../src/ledger/normalize/date";
import { parseMigrant } from "../../src/ledger/normalize/status";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a ★ before a village's name, with a legend saying ★ is a poor village: marked poor, unmarked not, the mark no part of the name", () => {
  const sheet: Sheet = {
    name: "村（居）委会名单",
    rows: [
      ["某市村（居）委会名单"],
      ["序号", "镇（街道）", "村（居）名称", "村/居"],
      [1, "流沙东街道", "★石内村", "村"],
      [2, null, "★ 上洋村", "村"],
      [3, null, "新坛村", "村"],
      [4, null, "城东居委会", "居"],
      ["注：★为省定贫困村"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.villages.map((v) => [v.name, v.poor])).toEqual([
    ["石内村", true],
    ["上洋村", true],
    ["新坛村", false],
    ["城东居委会", false],
  ]);
});

test("a trainee's row listing the sessions attended is one attendance per day; a stray separator changes nothing", () => {
  const sheet: Sheet = {
    name: "培训学员台账",
    rows: [
      ["序号", "姓名", "身份证号码", "参训日期"],
      [1, "张三", "445281198803122311", "2020.11.5、2021.3.12"],
      [2, "李四", "445281199511204029", "2021.7.8、"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.training.map((t) => [t.source.row, t.date])).toEqual([
    [2, { y: 2020, m: 11, d: 5 }],
    [2, { y: 2021, m: 3, d: 12 }],
    [3, { y: 2021, m: 7, d: 8 }],
  ]);
});

test.each([
  ["2020年第三季度", { y: 2020, m: 9 }],
  ["2021年第一季度", { y: 2021, m: 3 }],
  ["2020年4季度", { y: 2020, m: 12 }],
])("a quarter is read at its end: %s", (t, value) => {
  const p = parseDate(t);
  expect(p.ok && p.value).toEqual(value);
});

test.each(["乡（镇）内务工", "镇内务工", "村内务工"])("%s is working at home, not away", (t) => expect(parseMigrant(t)).toBe(false));
