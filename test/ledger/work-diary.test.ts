/**
 * The desk's work diary as the report log (榕城): an entry sending a monthly report to the city bureau
 * is a report that day, its poverty statistics as its words say; an entry to the district government
 * is none, and the rest of the diary is other work.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const diary: Sheet = {
  name: "工作日志",
  rows: [
    ["某区商务局电商股工作日志"],
    ["日期", "星期", "工作内容", "记录人"],
    ["2020年9月8日", "二", "1.报送揭阳市商务局8月份示范创建工作进展月报（附电商扶贫统计表）；\n2.到仙桥街道督导站点建设。", "陈××"],
    ["2020.9.21", "一", "参加市商务局电商进农村视频调度会。", "陈××"],
    ["2020.10.26", "一", "向区政府报送创建工作进展情况（区府办催办件）。", "黄××"],
    ["2020.11.9", "一", "报市商务局10月份进展月报（未附扶贫统计表，市局同意下月一并报送）。", "陈××"],
    ["2021.2.5", "五", "报市局1月份月报。", "黄××"],
    ["2021.8.20", "五", "整理迎检台账。", "黄××"],
  ],
};

test("each monthly report to the city bureau is a report that day, with or without its poverty statistics", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [diary] }, GD_2019);
  expect(ledgers.reports.map((r) => [r.source.row, r.date, r.poverty])).toEqual([
    [3, { y: 2020, m: 9, d: 8 }, true],
    [6, { y: 2020, m: 11, d: 9 }, false],
    [7, { y: 2021, m: 2, d: 5 }, null],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "C5" && d.message.includes("不是报送市商务主管部门"))).toBe(true);
});

test("a diary that sends no reports is no ledger", () => {
  const plain: Sheet = { ...diary, rows: diary.rows.filter((r) => !/报/.test(String(r[2] ?? ""))) };
  const { ledgers, recognitions } = readLedgers({ sheets: [plain] }, GD_2019);
  expect(ledgers.reports).toEqual([]);
  expect(recognitions[0].kind).not.toBe("reports");
});
