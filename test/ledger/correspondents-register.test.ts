/**
 * 封开's correspondents' register (142nd batch): every piece sent is a row, its 采用情况 saying whether it ran
 * (已刊发, 已播出, 已刊发（删节）) or not (未采用, 待刊). Only what ran is a report, on the day it ran.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const register: Sheet = {
  name: "通讯员投稿登记",
  rows: [
    ["某县商务局新闻通讯员投稿及采用登记表", null, null, null, null, null, null],
    ["序号", "投稿日期", "稿件标题", "投送媒体", "媒体级别", "采用情况", "刊播日期"],
    [1, "2020.9.18", "油栗“触网”走俏", "某县融媒体中心《某县新闻》", "县级", "已播出", "2020.9.22"],
    [2, "2020.10.9", "村级电商服务站实现镇级全覆盖", "西江日报", "市级", "未采用", null],
    [3, "2020.11.2", "电商进村 山货出山", "南方日报", "省级", "已刊发", "2020年11月19日"],
    [4, "2021.5.10", "电商产业园吸引青年返乡创业", "西江日报", "市级", "已刊发（删节）", "2021/5/25"],
    [5, "2021.8.9", "电商扶贫典型案例", "南方农村报", "省级", "待刊", null],
  ],
};

test("only the pieces that ran are reports, on the day they ran", () => {
  const read = readLedgers({ sheets: [register] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("media");
  expect(read.ledgers.media.map((m) => [m.date && formatDate(m.date), m.level])).toEqual([
    ["2020-09-22", "county"],
    ["2020-11-19", "province"],
    ["2021-05-25", "city"],
  ]);
});
