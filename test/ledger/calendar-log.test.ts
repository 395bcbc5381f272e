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
