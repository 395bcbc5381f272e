/**
 * 鹤山's reporting system log (136th batch): 操作时间 | 操作人 | 操作类型 | 报表名称 | 报告期 | 操作结果. Only a
 * submission that succeeded sent anything — a login, a save, an export, the city's 审核通过 and a submission the system
 * refused (失败：校验未通过…) none — and each form is named: the poverty statistics a form of their own, the month's
 * report without them.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("only successful submissions are reports, dated by their operation time; the poverty form is the poverty statistics", () => {
  const sheet: Sheet = {
    name: "直报系统操作日志",
    rows: [
      ["广东省商务数据直报系统　操作日志查询", null, null, null, null, null, null],
      ["序号", "操作时间", "操作人", "操作类型", "报表名称", "报告期", "操作结果"],
      [1, "2020-10-12 09:03:11", "某市商务局_梁××", "登录", null, null, "成功"],
      [2, "2020-10-12 09:21:34", "某市商务局_梁××", "保存", "电子商务进农村综合示范工作月报表", "2020年09月", "成功"],
      [3, "2020-10-12 09:46:20", "某市商务局_梁××", "提交", "电子商务进农村综合示范工作月报表", "2020年09月", "成功"],
      [4, "2020-10-12 09:51:41", "某市商务局_梁××", "提交", "电商扶贫情况统计表（季报）", "2020年第3季度", "成功"],
      [5, "2020-10-14 14:31:08", "江门市商务局_陈××", "审核通过", "电子商务进农村综合示范工作月报表", "2020年09月", "成功"],
      [6, "2020-10-14 15:02:19", "某市商务局_梁××", "导出", "电子商务进农村综合示范工作月报表", "2020年09月", "成功"],
      [7, "2021-03-05 09:41:07", "某市商务局_梁××", "提交", "电子商务进农村综合示范工作月报表", "2021年02月", "失败：校验未通过（本月站点数小于上月，请核实）"],
      [8, "2021-03-05 10:15:03", "某市商务局_梁××", "提交", "电子商务进农村综合示范工作月报表", "2021年02月", "成功"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.reports.map((r) => [r.source.row, r.date && `${r.date.y}-${r.date.m}-${r.date.d}`, r.poverty])).toEqual([
    [5, "2020-10-12", false],
    [6, "2020-10-12", true],
    [10, "2021-3-5", false],
  ]);
});
