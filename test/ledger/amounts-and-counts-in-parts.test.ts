/**
 * Two ways a ledger keeps a figure apart from its plain column (榕城): a voucher register's amount in
 * 大写 when its 小写 was left blank (人民币贰拾捌万柒仟伍佰元整), and a session's 人次 under 参训人员（人次）
 * split by kind of trainee, its 其中：建档立卡贫困户 a share, not a part — as a note under it says.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const payments: Sheet = {
  name: "资金支出明细",
  rows: [
    ["某区专项资金支出明细"],
    ["序号", "支付日期", "凭证号", "收款单位", "用途", "支付金额（小写）", "支付金额（大写）", "备注"],
    [1, "2020.6.18", "记-06-021", "某装饰公司", "中心装修预付款", 360000, "人民币叁拾陆万元整", null],
    [2, "2020.7.30", "记-07-015", "某科技公司", "中心设备采购", null, "人民币贰拾捌万柒仟伍佰元整", "小写栏漏填，以大写为准"],
    [3, "2021.8.31", "记-08-031", "某物流公司", "物流配送尾款", "116,000.00", "人民币壹拾壹万陆仟元整", null],
  ],
};

const training: Sheet = {
  name: "培训情况",
  rows: [
    ["某区电子商务培训情况统计表"],
    ["期次", "培训日期", "培训地点", "培训内容", "参训人员（人次）", null, null, "其中：建档立卡贫困户", "备注"],
    [null, null, null, null, "农民", "返乡青年", "企业人员", null, null],
    ["第1期", "2020.9.18", "仙桥街道办", "电商基础知识", 68, 12, 10, 8, null],
    ["第2期", "2020.10.22", "梅云街道文化站", "网店开设", 55, 20, 6, 11, null],
    ["注：“其中：建档立卡贫困户”已包含在前三栏人次内，不另计。"],
  ],
  merges: [{ top: 1, left: 4, bottom: 1, right: 6 }, ...[0, 1, 2, 3, 7, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
};

test("a payment whose 小写 is blank is read from its 大写", () => {
  const { ledgers } = readLedgers({ sheets: [payments] }, GD_2019);
  expect(ledgers.funds.map((f) => f.amount.toNumber())).toEqual([360000, 287500, 116000]);
});

test("a session's 人次 is the sum of its kinds of trainee, not its poor share; the note is about columns, not another ledger", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [training] }, GD_2019);
  expect(ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([90, 81]);
  expect(diagnostics.list.some((d) => d.message.includes("已计入其他培训台账"))).toBe(false);
});

test("a session's head count after the word for how it was counted (在线516, 现场86人) is that figure", () => {
  const sessions: Sheet = {
    name: "培训台账",
    rows: [
      ["期次", "培训时间", "培训地点", "培训内容", "参训人次", "备注"],
      ["第8期", "2021.1.14", "线上直播（公众号）", "年货节直播带货", "在线516", "按后台观看人数统计"],
      ["第9期", "2021.3.18", "县电商公共服务中心", "电商扶贫专场", "现场86人", null],
      ["第10期", "2021.3.25", "某镇政府", "电商基础", "在线", null],
    ],
  };
  const r = readLedgers({ sheets: [sessions] }, GD_2019);
  expect(r.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([516, 86]);
  expect(r.diagnostics.list.map((d) => `${d.cell} ${d.message}`)).toContain("E2 参训人次“在线516”按 516 计");
});

test("a session's 人次 over 男 | 女 | 合计 is its 合计 (惠来)", () => {
  const sheet: Sheet = {
    name: "培训登记",
    rows: [
      ["期次", "培训时间", "培训地点", "培训内容", "参训人次", null, null, "其中：贫困户（人次）"],
      [null, null, null, null, "男", "女", "合计", null],
      ["第1期", "2020.6.18", "县职业技术学校", "农村电商基础知识", 52, 34, 86, null],
      ["第2期", "2020.7.9", "隆江镇政府会议室", "网店开设与运营", 71, 45, 116, 20],
    ],
    merges: [{ top: 0, left: 4, bottom: 0, right: 6 }, ...[0, 1, 2, 3, 7].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([86, 116]);
});
