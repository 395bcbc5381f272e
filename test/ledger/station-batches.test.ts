/**
 * A station list kept by construction batch: no date column, each batch's line says when its
 * stations opened (often a month only), the last batch only planned. Every station takes its
 * batch's day; a planned batch's day is after the cut-off, so its stations do not count yet.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "服务站清单",
  rows: [
    ["某县村级电商服务站清单"],
    ["序号", "镇", "村委会", "站点名称", "站长"],
    ["第一批（2020年7月15日统一挂牌）"],
    [1, "甲镇", "上坑村", "上坑村服务站", "李明"],
    [2, "甲镇", "下坑村", "下坑村服务站", "王芳"],
    ["第二批：2021年3月建成投入运营"],
    [3, "乙镇", "新田村", "新田村服务站", "陈华"],
    ["第三批（筹建中，计划2021年11月挂牌）"],
    [4, "乙镇", "旧田村", "旧田村服务站", "赵强"],
    ["合计：4个"],
  ],
};

test("each station takes its batch line's day, a month when the line gives only one", () => {
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.stations.map((s) => [s.village, s.opened])).toEqual([
    ["上坑村", { y: 2020, m: 7, d: 15 }],
    ["下坑村", { y: 2020, m: 7, d: 15 }],
    ["新田村", { y: 2021, m: 3 }],
    ["旧田村", { y: 2021, m: 11 }],
  ]);
});

test("a list with its own date column keeps each row's day", () => {
  const dated: Sheet = {
    name: "站点",
    rows: [["序号", "村委会", "站点名称", "挂牌时间"], ["第一批（2020年7月）"], [1, "上坑村", "上坑村服务站", "2020.8.1"]],
  };
  expect(readLedgers({ sheets: [dated] }, GD_2019).ledgers.stations.map((s) => s.opened)).toEqual([{ y: 2020, m: 8, d: 1 }]);
});
