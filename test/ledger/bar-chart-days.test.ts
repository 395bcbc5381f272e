/**
 * A builder's construction bar chart as the station list: each station's opening read from the first
 * opening mark the legend names (★ and the day after it in a month's column under its year), never from
 * the works (━) or the acceptance (▲); a station still being built or not started is none.
 */
import type { Sheet } from "../../src/core/grid";
import { formatDate } from "../../src/scoring/dates";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const chart = (legend: string): Sheet => ({
  name: "施工进度横道图",
  rows: [
    ["村级电商服务站点建设施工进度横道图"],
    [legend],
    ["序号", "站点名称", "所在村", "当前状态", "2020年", null, null, null, null, null, "2021年", null, "备注"],
    [null, null, null, null, "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", null],
    [1, "甲村电商服务站", "甲村", "运营中", "━━", "━★26", null, "▲", null, null, null, null, null],
    [2, "乙村电商服务站", "乙村", "运营中", null, null, "━━", "━━", "★３", null, "★迁12", null, "迁址重挂"],
    [3, "丙村电商服务站", "丙村", "运营中", null, null, null, null, null, "━━", "★", null, "日期待补"],
    [4, "丁村电商服务站", "丁村", "运营中", null, null, null, null, null, "━━★2021.1.15", null, null, null],
    [5, "戊村电商服务站", "戊村", "施工中", null, null, null, null, null, null, "━━", "━━", "预计3月完工"],
    [6, "己村电商服务站", "己村", "未开工", null, null, null, null, null, null, null, null, "选址未定"],
  ],
  merges: [
    { top: 2, left: 4, bottom: 2, right: 9 },
    { top: 2, left: 10, bottom: 2, right: 11 },
  ],
});

const opened = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019).ledgers.stations.map((s) => [s.village, s.opened ? formatDate(s.opened) : null]);

test("each station opened on its first ★: the day after it, a whole date, or the month alone", () => {
  expect(opened(chart("图例：━ 施工　▲ 验收　★ 挂牌运营（★后数字为挂牌日）"))).toEqual([
    ["甲村", "2020-08-26"],
    ["乙村", "2020-11-03"],
    ["丙村", "2021-01"],
    ["丁村", "2021-01-15"],
  ]);
});

test("without a legend naming the opening mark the months are not read as days", () => {
  expect(opened(chart("图例：━ 施工　▲ 验收")).every(([, day]) => day === null)).toBe(true);
});
