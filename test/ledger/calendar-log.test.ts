/**
 * A report log kept as a calendar: months across with the year written only where it turns
 * (2020年9月 | 10月 | … | 2021年1月 | 2月), each cell the day it was sent, 已报 / √ for the month, a
 * 合计 row of counts under it.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const months = ["2020年9月", "10月", "11月", "12月", "2021年1月", "2月", "3月", "4月"];
const sheet: Sheet = {
  name: "信息报送",
  rows: [
    ["序号", "报送内容", ...months, "备注"],
    [1, "工作进展情况（月报）", "9.28", "10/30", "11.27", new Date(Date.UTC(2020, 11, 29)), "1.29", null, "3.31(邮件)", "4月29日", null],
    [2, "电商扶贫情况统计", null, "已报", null, "√", null, null, null, null, null],
    [null, "合计（次）", 1, 2, 1, 2, 1, 0, 1, 1, null],
  ],
};

test("bare months take the year written last on the row; days, 已报 and √ are read; the 合计 row is no report", () => {
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0].kind).toBe("reports");
  expect(ledgers.reports.map((r) => `${formatDate(r.date as never)}${r.poverty ? "+" : ""}`)).toEqual([
    "2020-09-28",
    "2020-10-30",
    "2020-11-27",
    "2020-12-29",
    "2021-01-29",
    "2021-03-31",
    "2021-04-29",
    "2020-10+",
    "2020-12+",
  ]);
});

test("a calendar whose rows are each month's particulars (报送日期 | 含电商扶贫统计 | 报送方式): one report a month, dated by its day row, its poverty from the √ / × row", () => {
  const sheet: Sheet = {
    name: "月报报送情况",
    rows: [
      ["报送月份", "2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月"],
      ["报送日期", "9/8", "10/9", "11/6", "12/8", "1/8", "3/2", "3/9"],
      ["含电商扶贫统计", "×", "×", "√", "√", "√", "√", "√"],
      ["报送方式", "粤政易", "粤政易", "粤政易", "粤政易", "粤政易", "粤政易", "粤政易"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.reports.map((r) => [r.date, r.poverty])).toEqual([
    [{ y: 2020, m: 9, d: 8 }, false],
    [{ y: 2020, m: 10, d: 9 }, false],
    [{ y: 2020, m: 11, d: 6 }, true],
    [{ y: 2020, m: 12, d: 8 }, true],
    [{ y: 2021, m: 1, d: 8 }, true],
    // February's report went late, on 3 March.
    [{ y: 2021, m: 3, d: 2 }, true],
    [{ y: 2021, m: 3, d: 9 }, true],
  ]);
  expect(diagnostics.list.filter((d) => d.severity === "warning")).toEqual([]);
});
