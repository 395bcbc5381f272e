/**
 * Training kept one row a month (月份 | 培训期数 | 培训人次): each row a month's sessions, dated by its
 * month, so a month after the cut-off is left out. The same figures copied to a chart's data sheet
 * beside the real ledger are its summary, not more training.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const byMonth: Sheet = {
  name: "培训月报",
  rows: [
    ["某县农村电商培训月度汇总"],
    ["月份", "培训期数", "培训人次", "主要内容"],
    ["2020年10月", 2, 150, "网店运营"],
    ["2020年11月", 1, 80, "直播带货"],
    ["2020年小计", 3, 230, null],
    ["2021年9月（1-10日）", 1, 60, "考评前培训"],
  ],
};

test("each month's row is read with its month; the subtotal is no row of its own", () => {
  const { ledgers } = readLedgers({ sheets: [byMonth] }, GD_2019);
  expect(ledgers.training.map((t) => [t.date, Number(t.personTimes)])).toEqual([
    [{ y: 2020, m: 10 }, 150],
    [{ y: 2020, m: 11 }, 80],
    [{ y: 2021, m: 9 }, 60],
  ]);
});

test("a chart's data by month, each month what the session ledger holds then, is set aside as its summary", () => {
  const sessions: Sheet = {
    name: "培训台账",
    rows: [
      ["期次", "培训日期", "培训内容", "培训人次"],
      ["第1期", "2020.10.9", "网店运营", 70],
      ["第2期", "2020.10.23", "网店运营", 80],
      ["第3期", "2020.11.6", "直播带货", 80],
    ],
  };
  const chart: Sheet = {
    name: "图表数据",
    rows: [["图表数据（汇报用）"], ["月份", "当月培训人次", "累计培训人次"], ["2020年10月", 150, 150], ["2020年11月", 80, 230]],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sessions, chart] }, GD_2019);
  expect(ledgers.training.reduce((n, t) => n + Number(t.personTimes), 0)).toBe(230);
  expect(diagnostics.list.filter((d) => d.sheet === "图表数据").map((d) => d.message)).toEqual([expect.stringContaining("按月汇总")]);
});

test("sessions in month blocks, each row giving only its day (4日, 23号), are dated by their month's line; the total with its period is no session", () => {
  const blocks: Sheet = {
    name: "培训登记",
    rows: [
      ["期次", "日期", "培训内容", "参训人次"],
      ["2019年12月（共2期，150人次）"],
      ["第1期", "4日", "网店客服", 70],
      ["第2期", "23号", "短视频", "80人次"],
      ["2020年2月（疫情，暂停培训）"],
      ["2020年4月（共1期）"],
      ["第3期", "26日", "直播带货", 60],
      ["合计（2019年12月—2020年4月）", null, null, 210],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [blocks] }, GD_2019);
  expect(ledgers.training.map((t) => [t.date, Number(t.personTimes)])).toEqual([
    [{ y: 2019, m: 12, d: 4 }, 70],
    [{ y: 2019, m: 12, d: 23 }, 80],
    [{ y: 2020, m: 4, d: 26 }, 60],
  ]);
});
