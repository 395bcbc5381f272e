/**
 * 源城's report log and village list (101st blind batch): a log with both the month each report is of (报送月份)
 * and the day it went (报送日期) dates each report by the day it went; a civil-affairs list headed 村（社区） is the
 * village list.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const reports: Sheet = {
  name: "附8 月报",
  rows: [
    ["源城区向河源市商务局报送月报记录"],
    ["序号", "报送月份", "报送日期", "是否含电商扶贫统计", "报送方式"],
    [1, "2020年8月", "2020.9.7", "否", "粤政易"],
    [2, "2020年9月", new Date(Date.UTC(2020, 9, 9)), "是", "粤政易"],
    [3, "2020年10月", null, "是", "粤政易"],
  ] as CellValue[][],
};
const villages: Sheet = {
  name: "附1 村居名单",
  rows: [
    ["源城区村（社区）名单"],
    ["序号", "镇（街道）", "村（社区）", "类型", "省定贫困村", "快递进村"],
    [1, "埔前镇", "埔前村", "行政村", null, "通"],
    [2, null, "赤岭村", "行政村", "√", "通"],
    [3, null, "埔前墟社区", "社区", null, "通"],
    [4, "源南镇", "凤光村", "行政村", null, "未通"],
  ] as CellValue[][],
  merges: [{ top: 2, left: 1, bottom: 4, right: 1 }],
};

test("a report is dated by the day it went; the month it is of stands in for a day left blank", () => {
  const { ledgers } = readLedgers({ sheets: [reports] }, GD_2019);
  expect(ledgers.reports.map((r) => r.date)).toEqual([
    { y: 2020, m: 9, d: 7 },
    { y: 2020, m: 10, d: 9 },
    { y: 2020, m: 10 },
  ]);
});

test("a list headed 村（社区） is the village list, its communities no villages", () => {
  const { ledgers } = readLedgers({ sheets: [villages] }, GD_2019);
  expect(ledgers.villages.map((v) => [v.name, v.type, v.poor, v.express])).toEqual([
    ["埔前村", "admin", false, true],
    ["赤岭村", "admin", true, true],
    ["埔前墟社区", "residents", false, true],
    ["凤光村", "admin", false, false],
  ]);
});
