/**
 * A mail register as the report log (遂溪's EMS寄送登记: 寄件日期 | … | 文件名称 | 报送内容): its 报送内容 lists
 * each report's parts, so a report whose list leaves out the poverty statistics went without them.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows = (contents: string[]): CellValue[][] => [
  ["序号", "寄件日期", "邮件号码", "收件单位", "文件名称", "报送内容", "份数"],
  ...contents.map((c, i): CellValue[] => [
    i + 1,
    `2020.${9 + i}.8`,
    `EA70231${i}000CN`,
    "湛江市商务局",
    `某县2020年${8 + i}月份电子商务进农村综合示范工作进展情况`,
    c,
    1,
  ]),
];

test("a column listing each report's parts: a list without the poverty statistics is a report without them", () => {
  const sheet: Sheet = { name: "EMS寄送登记", rows: rows(["工作进展、电商扶贫统计", "工作进展", "工作进展、电商扶贫统计"]) };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.reports.map((r) => r.poverty)).toEqual([true, false, true]);
});

test("a column that names no poverty statistics anywhere says nothing of them", () => {
  const sheet: Sheet = { name: "EMS寄送登记", rows: rows(["工作进展、统计数据", "工作进展", "工作进展、统计数据"]) };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.reports.map((r) => r.poverty)).toEqual([null, null, null]);
});
