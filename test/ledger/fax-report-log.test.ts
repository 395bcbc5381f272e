/**
 * A fax machine's transmission reports typed in as the monthly-report log (南雄): page after page, each
 * with its own "统计时段：2020/09/01 00:00 — 2020/12/31 23:59" line and header, the day printed "09-07 16:12".
 * A reviewer counts the sends that went through (结果 OK; NG, 忙, 无应答 did not) of the monthly reports
 * (not a reply slip the clerk notes "不是月报"), each on the day in its page's year.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const header = ["No.", "日期时间", "对方", "时长", "页数", "结果", "报送内容（电商股补记）", "附电商扶贫统计表（电商股补记）"];
const sheet: Sheet = {
  name: "月报传真记录",
  rows: [
    ["局办公室传真机《通信管理报告（发送）》录入", null, null, null, null, null, null, null],
    ["统计时段：2020/09/01 00:00 — 2020/12/31 23:59", null, null, null, null, null, null, null],
    header,
    ["001", "09-07 16:12", "韶关商务电商", "0'52\"", 3, "OK", "8月份示范创建工作进展（月报）", "否"],
    ["002", "10-09 09:41", "韶关商务电商", "—", 0, "忙", "9月份工作进展（月报）", null],
    ["003", "10-09 09:47", "韶关商务电商", "1'05\"", 4, "OK", "9月份工作进展（月报），附电商扶贫统计表", "是"],
    ["004", "10-22 15:30", "韶关商务电商", "0'40\"", 2, "OK", "（韶关市农村电商培训班报名回执，不是月报）", null],
    ["005", "11-06 11:20", "韶关商务电商", "1'12\"", 4, "OK", "10月份工作进展（月报），附电商扶贫统计表", "是"],
    ["合计发送 5 次，成功 4 次", null, null, null, null, null, null, null],
    ["统计时段：2021/01/01 00:00 — 2021/05/31 23:59", null, null, null, null, null, null, null],
    header,
    ["001", "01-08 09:30", "韶关商务电商", "1'02\"", 4, "OK", "12月份工作进展（月报），附电商扶贫统计表", "是"],
    ["002", "02-05 16:20", "韶关商务电商", "0'00\"", 0, "NG", "1月份工作进展（月报）", null],
    ["003", "02-08 09:05", "韶关商务电商", "1'09\"", 4, "OK", "1月份工作进展（月报），附电商扶贫统计表", "是"],
  ],
  merges: [0, 1, 8, 9].map((r) => ({ top: r, left: 0, bottom: r, right: 7 })),
};

test("the sends that went through of the monthly reports, each in its page's year", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const reports = read.ledgers.reports.map((r) => [r.date ? formatDate(r.date) : null, r.poverty]);
  expect(reports).toEqual([
    ["2020-09-07", false],
    ["2020-10-09", true],
    ["2020-11-06", true],
    ["2021-01-08", true],
    ["2021-02-08", true],
  ]);
});
