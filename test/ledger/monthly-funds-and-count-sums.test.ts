/**
 * Funds kept one row a month (月份 | 当月拨付 | 累计拨付 | 累计拨付率), and a training register whose
 * 人次 are sometimes written as their parts (38+45, 男27 女36, 线下52＋线上118).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { countSum } from "../../src/ledger/normalize/count-sum";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a monthly progress table: each month's 当月拨付 a payment dated by its month; — and 0 months none; 累计 no payment", () => {
  const funds: Sheet = {
    name: "资金拨付进度（按月）",
    rows: [
      ["某县专项资金拨付进度表（按月汇总）"],
      ["下达资金：500万元", null, "单位：万元"],
      ["月份", "当月拨付", "累计拨付", "累计拨付率", "当月拨付项目", "备注"],
      ["2020年6月", 80, 80, "16.0%", "中心建设（首期）", null],
      ["2020.07", "—", 80, "16.0%", null, null],
      ["2020年8月", "32.4万", 112.4, "22.5%", "站点", null],
      ["2021年1月份", 0, 112.4, "22.5%", null, null],
      ["合计", 112.4, null, null, null, null],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [funds] }, GD_2019);
  expect(ledgers.funds.map((f) => [f.date && formatDate(f.date), f.amount.toString()])).toEqual([
    ["2020-06", "800000"],
    ["2020-08", "324000"],
  ]);
  expect(diagnostics.list.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
});

test.each([
  ["38+45", "83"],
  ["男27 女36", "63"],
  ["线下52＋线上118", "170"],
  ["男19女22", "41"],
  ["共64人", "64"],
])("人次 written as parts %s → %s", (said, sum) => {
  expect(countSum(said)?.toString()).toBe(sum);
});

test.each(["约60人", "64", "男27", "60余人", "3-5"])("%s is no count of parts", (said) => {
  expect(countSum(said)).toBeUndefined();
});

test("a training register counts a session's parts as its 人次", () => {
  const sessions: Sheet = {
    name: "培训登记",
    rows: [
      ["期次", "培训日期", "培训内容", "参训人次"],
      ["第1期", "2020.9.24", "网上销售", "38+45"],
      ["第2期", "2020年10月15日", "直播带货", "男27 女36"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sessions] }, GD_2019);
  expect(ledgers.training.map((t) => t.personTimes.toString())).toEqual(["83", "63"]);
});
