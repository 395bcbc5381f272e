/**
 * 鼎湖's office duty log handed in as the report log (142nd batch): 日期 | 值班领导 | 值班事项（来电、来文、报送） |
 * 处理情况. A line sending the month's report to the city bureau is a report that day; the city's letters, calls and
 * reminders asking for one are none, nor is the rest of the duty.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sent = (month: string) => `报送${month}电子商务进农村综合示范工作月报（附电商扶贫统计表）至市商务局电商科（邮箱）`;
const log: Sheet = {
  name: "值班记录",
  rows: [
    ["某区商务局机关值班记录（摘录）", null, null, null],
    ["日期", "值班领导", "值班事项（来电、来文、报送）", "处理情况"],
    ["2021.4.8", "副局长 植××", sent("2021年3月"), "已报送"],
    ["2021.4.19", "副局长 黎××", "区委办通知：4月21日迎检协调会", "已报告分管领导"],
    ["2021.4.30", "局长 陈××", sent("2021年4月"), "已报送"],
    ["2021.5.10", "副局长 植××", "收到市商务局《关于做好电子商务进农村综合示范月报报送工作的通知》", "已转电商股"],
    ["2021.5.25", "副局长 黎××", "市商务局电话催报：请本月底前报送5月月报", "已转电商股"],
    ["2021.6.2", "局长 陈××", sent("2021年5月"), "已报送"],
    ["2021.7.6", "副局长 黎××", sent("2021年6月"), "已报送"],
  ],
};

test("only the reports sent to the city are reports; its letters and calls asking for one are not", () => {
  const read = readLedgers({ sheets: [log] }, GD_2019);
  expect(read.ledgers.reports.map((r) => [r.date && formatDate(r.date), r.poverty])).toEqual([
    ["2021-04-08", true],
    ["2021-04-30", true],
    ["2021-06-02", true],
    ["2021-07-06", true],
  ]);
});
