/**
 * Reports kept as a mail client's sent folder (发送时间 | 收件人 | 主题 | 附件): each mail to the city's
 * commerce bureau is a report; one to the province's 商务厅 (its 市场体系建设处 too) is not. And a log with
 * the day each report was due beside the day it went.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "报送（邮件）",
  rows: [
    ["发送时间", "收件人", "主题", "附件"],
    ["2021/1/6 16:55", "茂名市商务局电商科 <mmswj_dsk@163.com>", "【高州】12月份工作进展", "12月进展.docx"],
    ["2021/2/4 10:12", "广东省商务厅市场体系建设处 <scc_tj@gdcom.gov.cn>", "1月电商统计数据（报省厅）", "1月统计.xlsx"],
    ["2021/3/3 09:47", "茂名市商务局电商科 <mmswj_dsk@163.com>", "【高州】1-2月份工作进展", "1-2月进展.docx"],
  ],
};

test("the mails to the city's bureau are the reports, dated by when they were sent", () => {
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0].kind).toBe("reports");
  expect(ledgers.reports.map((r) => [r.date, r.content])).toEqual([
    [{ y: 2021, m: 1, d: 6 }, "【高州】12月份工作进展"],
    [{ y: 2021, m: 3, d: 3 }, "【高州】1-2月份工作进展"],
  ]);
});

test("a log with the day each report was due and the day it went is dated by the day it went", () => {
  const log: Sheet = {
    name: "月报报送",
    rows: [
      ["序号", "所属月份", "应报送时间", "实际报送时间", "是否含电商扶贫数据"],
      [1, "2020年8月", "2020年9月5日前", "2020.9.4", "是"],
      [2, "2020年9月", "2020年10月5日前", "2020年10月9日", "是"],
    ],
  };
  expect(readLedgers({ sheets: [log] }, GD_2019).ledgers.reports.map((r) => r.date)).toEqual([
    { y: 2020, m: 9, d: 4 },
    { y: 2020, m: 10, d: 9 },
  ]);
});
