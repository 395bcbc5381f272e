/**
 * A treasury payment system's export: each order with its status and the money it came from. A
 * voided or bounced order paid nothing (the reissued one is its own row); a payment from the city's
 * matching funds is not one of the provincial special funds'.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "支付明细",
  rows: [
    ["序号", "支付日期", "资金性质", "项目名称", "支付金额", "凭证状态", "备注"],
    [1, "2020.6.1", "省级专项", "中心建设", 500000, "已清算", null],
    [2, "2020.7.1", "省级专项", "站点建设", 200000, "已作废", "账号错误"],
    [3, "2020.7.3", "省级专项", "站点建设", 200000, "已清算", "作废后重开"],
    [4, "2020.8.1", "省级专项", "物流体系", 300000, "已退票", "户名不符"],
    [5, "2020.9.1", "市级配套", "园区改造", 150000, "已清算", null],
  ],
};

test("voided, bounced and other money's orders are not disbursements; each is said", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.funds.map((f) => Number(f.amount))).toEqual([500000, 200000]);
  expect(diagnostics.list.filter((d) => d.message.includes("未计入专项资金拨付")).map((d) => d.cell)).toEqual(["3:3", "5:5", "6:6"]);
});
