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

test("a cheque register: a dated row whose remark opens with 退票 or 作废 paid nothing; one reissued after a void did", () => {
  const register: Sheet = {
    name: "支票登记簿",
    rows: [
      ["序号", "领用日期", "凭证号码", "收款单位", "用途", "金额（元）", "备注"],
      [1, "2020.11.10", "10425504", "某职业技能培训学校", "电商培训费（第1-3期）", "86,400.00", "退票（收款人账号有误），11月13日重开，见No.10425506"],
      [2, "2020.11.12", "10425505", "某物流有限公司", "物流体系", "20,000.00", "作废：大小写金额不符"],
      [3, "2020.11.13", "10425506", "某职业技能培训学校", "电商培训费（第1-3期）（重开）", "86,400.00", "作废后重开"],
      [4, "2020.12.28", "10425507", "某网络科技有限公司", "中心运营", 150000, "含退回部分已抵扣"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [register] }, GD_2019);
  expect(ledgers.funds.map((f) => [f.date?.m, f.date?.d, Number(f.amount)])).toEqual([
    [11, 13, 86400],
    [12, 28, 150000],
  ]);
  expect(diagnostics.list.filter((d) => d.message.includes("未计入专项资金拨付")).map((d) => d.cell)).toEqual(["2:2", "3:3"]);
});
