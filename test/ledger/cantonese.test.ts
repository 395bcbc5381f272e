/**
 * A clerk's own follow-up list in Cantonese (方案印咗未, 冇, 行政村几多个, 10月尾) and with two-digit years
 * in its labels (网零 19年): read as the Mandarin and the years a reviewer reads.
 */
import type { Sheet } from "../../src/core/grid";
import { withMandarin } from "../../src/ledger/facts/cantonese";
import { withFullYears } from "../../src/ledger/facts/year-shorthand";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "跟进表",
  rows: [
    ["#", "要点", "搞掂未", "数 / 情况", "备注"],
    [1, "行政村几多个", "✔", "31个", "另外社区12个，唔计"],
    [2, "方案印咗未", "✔", "印咗", "某府办〔2020〕15号"],
    [3, "免费影相、美工", "✘", "冇", "要收钱"],
    [4, "省级资金落咗几多", null, "500万", null],
    [5, "有冇弄虚作假", null, "冇", null],
  ],
};

test("Cantonese words are read as the Mandarin they mean; a cell without one is left as it is", () => {
  const rows = withMandarin(sheet).rows;
  expect(rows.slice(1).map((r) => r[1])).toEqual(["行政村多少个", "方案印了未", "免费摄影、美工", "省级资金下达了多少", "有无弄虚作假"]);
  expect(rows[1][4]).toBe("另外社区12个，不计");
  expect(rows[0][2]).toBe("完成未");
  expect(rows[1][3]).toBe("31个");
});

test("a two-digit year in a label is the year it is; figures and days are left alone", () => {
  const years: Sheet = {
    name: "x",
    rows: [
      ["农村网零 19年", "3.26亿"],
      ["农产品网零 20年增几多", "2020.8.19"],
      ["21年", null],
    ],
  };
  expect(withFullYears(years).rows).toEqual([
    ["农村网零 2019年", "3.26亿"],
    ["农产品网零 2020年增几多", "2020.8.19"],
    ["21年", null],
  ]);
});

test("the list's answers are read as a Mandarin sheet's would be", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.facts.adminVillagesStated?.value?.toString()).toBe("31");
  expect(input.facts.centerPhoto?.value).toBe(false);
  expect(input.facts.fundAllocated?.value?.toString()).toBe("5000000");
  expect(input.facts.vetoFraud?.value).toBe(false);
});
