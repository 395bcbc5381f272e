/**
 * 龙湖's two sheets: a contract per row with its installments side by side (第一期 | 第二期 | 第三期, each
 * 支付日期 | 金额), and a register of papers in and out from which only the reports sent to the city count.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const contracts: Sheet = {
  name: "合同支付进度",
  rows: [
    ["项目合同及资金支付进度表", null, null, null, null, null, null, null, "单位：元"],
    ["序号", "项目名称", "合同金额", "第一期（预付款）", null, "第二期（进度款）", null, "第三期（尾款）", null],
    [null, null, null, "支付日期", "金额", "支付日期", "金额", "支付日期", "金额"],
    [1, "公共服务中心建设", 1280000, "2020-11-20", 384000, "2021.3.18", 512000, "—", "—"],
    [2, "品牌培育及推广", 720000, "2021.2.5", 216000, "待付", null, "—", null],
    [3, "信息公开及宣传", 200000, "2021.4.6", 60000, "2021/8/30", "140,000元", null, null],
    ["合计", null, 2200000, null, 660000, null, 652000, null, null],
  ],
  merges: [merge(1, 3, 1, 4), merge(1, 5, 1, 6), merge(1, 7, 1, 8), merge(1, 0, 2, 0), merge(1, 1, 2, 1), merge(1, 2, 2, 2)],
};

test("each installment paid is a payment, one not yet paid (待付, —) is none", () => {
  const r = readLedgers({ sheets: [contracts] }, GD_2019);
  expect(r.ledgers.funds.map((f) => [f.date, f.amount.toNumber(), f.category])).toEqual([
    [{ y: 2020, m: 11, d: 20 }, 384000, "第一期（预付款）"],
    [{ y: 2021, m: 3, d: 18 }, 512000, "第二期（进度款）"],
    [{ y: 2021, m: 2, d: 5 }, 216000, "第一期（预付款）"],
    [{ y: 2021, m: 4, d: 6 }, 60000, "第一期（预付款）"],
    [{ y: 2021, m: 8, d: 30 }, 140000, "第二期（进度款）"],
  ]);
});

test("from a register of papers in and out, the papers sent to the city's bureau are the reports", () => {
  const register: Sheet = {
    name: "公文登记",
    rows: [
      ["序号", "收/发", "日期", "文号", "标题", "来文单位/主送单位", "含电商扶贫数据"],
      [1, "收", "2020.9.3", "汕商务函〔2020〕112号", "关于按月报送工作进展情况的通知", "汕头市商务局", "/"],
      [2, "发", "2020.9.8", "—", "2020年8月工作进展情况", "汕头市商务局", "否"],
      [3, "发", "2020.10.26", "龙商〔2020〕58号", "关于申请拨付首期资金的请示", "龙湖区财政局", "/"],
      [4, "发", "2020.12.8", "—", "2020年11月工作进展及电商扶贫情况", "汕头市商务局", "是"],
    ],
  };
  const r = readLedgers({ sheets: [register] }, GD_2019);
  expect(r.ledgers.reports.map((x) => [x.date, x.poverty])).toEqual([
    [{ y: 2020, m: 9, d: 8 }, false],
    [{ y: 2020, m: 12, d: 8 }, true],
  ]);
});
