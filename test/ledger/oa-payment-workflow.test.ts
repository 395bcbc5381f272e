/**
 * 吴川's OA payment-workflow export as the funds ledger (140th batch): only the special funds' flows count — a flow
 * paid from the office's own budget (部门预算（公用经费）) is no disbursement of them — dated by the treasury's day.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "付款流程导出",
  rows: [
    ["OA协同办公系统　流程查询导出", null, null, null, null, null, null],
    ["流程编号", "流程标题", "资金来源", "申请金额", "流程状态", "办结时间", "国库支付日期（财务补填）"],
    ["ZF01", "关于支付县级电子商务公共服务中心建设首期款的请示", "省级电商进农村专项资金", "¥450,000.00", "已办结", "2020-09-22 15:00", "2020.9.25"],
    ["ZF02", "办公用品采购付款", "部门预算（公用经费）", "¥3,860.00", "已办结", "2020-10-14 16:07", "2020/10/16"],
    ["ZF03", "关于支付电商培训服务费的请示", "省级电商进农村专项资金", "¥96,500.00", "已退回", null, null],
    ["ZF04", "差旅费报销", "部门预算（公用经费）", "¥2,140.00", "已办结", "2021-03-03 15:42", "2021.3.5"],
    ["ZF05", "关于支付村级电商服务站点建设款的请示", "省级电商进农村专项资金", "¥380,000.00", "已办结", "2020-11-10 17:14", "2020-11-13"],
  ],
};

test("a flow paid from the office's own budget is no payment of the special funds", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.funds.map((f) => [f.date && formatDate(f.date), f.amount.toNumber()])).toEqual([
    ["2020-09-25", 450000],
    ["2020-11-13", 380000],
  ]);
});
