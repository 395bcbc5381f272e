/**
 * Fund ledgers kept as account books (明细账): 月 | 日 under a year, 借方 | 贷方 | 余额. The side that
 * pays is 贷方 for a bank-deposit book; a book kept the other way round is told by its own rows.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate } from "../../src/scoring/dates";

/** A book of one year: the header, then [month, day, 摘要, debit, credit] rows. */
function book(name: string, year: CellValue, rows: [number, number, string, number | null, number | null][], headers = ["借方", "贷方"]): Sheet {
  return {
    name,
    rows: [
      ["专项资金明细账", null, null, null, null, null, null],
      [year, null, "凭证号", "摘要", headers[0], headers[1], "余额"],
      ["月", "日", null, null, null, null, null],
      ...rows.map(([m, d, what, debit, credit], i) => [m, d, `记-${i + 1}`, what, debit, credit, 0]),
    ],
    merges: [{ top: 1, left: 0, bottom: 1, right: 1 }],
  };
}

const PAYMENTS: [number, number, string, number | null, number | null][] = [
  [3, 2, "收到省级专项资金", 5000000, null],
  [4, 15, "拨付站点建设补助", null, 480000],
  [4, 30, "本月合计", 5000000, 480000],
  [6, 1, "支付培训费", null, 126400.5],
];

const funds = (sheets: Sheet[]) => {
  const read = readLedgers({ sheets }, GD_2019);
  return { read, paid: read.ledgers.funds.map((f) => [f.date ? `${f.date.y}-${f.date.m}-${f.date.d}` : null, f.amount.toNumber()]) };
};

test("a bank-deposit book: 贷方 is paid out, dated by the year above 月 and the row's 月 and 日; income and totals are said, not counted", () => {
  const { read, paid } = funds([book("资金账", "2021年", PAYMENTS)]);
  expect(paid).toEqual([
    ["2021-4-15", 480000],
    ["2021-6-1", 126400.5],
  ]);
  const messages = read.diagnostics.list.map((d) => d.message);
  expect(messages).toContain("第 4 行是收入（借方 5000000），不是拨付，未计入支出");
  expect(messages).toContain("第 6 行是合计行，未计入");
  expect(messages.some((m) => m.includes("按“贷方”列计拨付") && m.includes("2021 年"))).toBe(true);
});

test("a book kept the other way round (received on 贷方) pays on 借方, whether its 摘要 says so or only its amounts do", () => {
  const flipped = PAYMENTS.map(([m, d, what, debit, credit]) => [m, d, what, credit, debit] as [number, number, string, number | null, number | null]);
  const withoutIncomeRow = flipped.filter(([, , what]) => !what.startsWith("收到"));
  const { read, paid } = funds([book("2020年账", "2020年", flipped), book("2021年账", null, withoutIncomeRow)]);
  expect(read.recognitions.map((r) => r.bookPaysOn)).toEqual(["借方", "借方"]);
  // The second book has no year above 月: its title lines have none either, so its name gives it.
  expect(paid).toEqual([
    ["2020-4-15", 480000],
    ["2020-6-1", 126400.5],
    ["2021-4-15", 480000],
    ["2021-6-1", 126400.5],
  ]);
});

test("a book with no year anywhere reads its payments undated, with a warning on the 月 column", () => {
  const { read, paid } = funds([book("资金账", null, PAYMENTS)]);
  expect(paid).toEqual([
    [null, 480000],
    [null, 126400.5],
  ]);
  expect(read.diagnostics.list.some((d) => d.message.includes("账页未写年份") && d.cell?.startsWith("A"))).toBe(true);
});

test("a book of two years repeats its header with the next year's heading: its rows take that year", () => {
  const first = book("明细账", "2020年", [[4, 15, "拨付站点建设补助", null, 480000]]);
  const second = book("x", "2021年", [[3, 5, "支付培训费", null, 126400]]);
  const sheet: Sheet = { name: "明细账", rows: [...first.rows, [null], ...second.rows], merges: first.merges };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.funds.map((f) => f.date && formatDate(f.date))).toEqual(["2020-04-15", "2021-03-05"]);
});

test("a 科目余额表 (借方 | 贷方 totals by account, no days, nothing paid for) is no fund ledger", () => {
  const sheet: Sheet = {
    name: "科目余额表",
    rows: [
      ["科目编码", "科目名称", "期初余额", null, "本期发生额", null],
      [null, null, "借方", "贷方", "借方", "贷方"],
      ["224105", "其他应付款—专项资金", null, null, "4,892,000.00", "5,500,000.00"],
    ],
  };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).recognitions[0].kind).toBeNull();
});

test("a funds ledger with a column per project under 拨付项目及金额 reads each row's amount from its project's column, in 万元", () => {
  const sheet: Sheet = {
    name: "资金拨付台账",
    rows: [
      ["序号", "拨付日期", "拨付项目及金额", null, null, "累计拨付"],
      [null, null, "县级电子商务公共服务中心", "镇村电商服务站点", "农村物流体系", null],
      [1, "2020.3.18", 80, null, null, 80],
      [2, "2020.5.6", null, 35.5, null, 115.5],
      ["合计", null, 80, 35.5, 0, 115.5],
    ],
    merges: [{ top: 0, left: 2, bottom: 0, right: 4 }],
  };
  const { ledgers } = readLedgers({ sheets: [{ ...sheet, rows: [["单位：万元"], ...sheet.rows], merges: [{ top: 1, left: 2, bottom: 1, right: 4 }] }] }, GD_2019);
  expect(ledgers.funds.map((f) => [f.amount.toNumber(), f.project])).toEqual([
    [800000, "县级电子商务公共服务中心"],
    [355000, "镇村电商服务站点"],
  ]);
});
