/**
 * 阳山's station construction-progress table (139th batch): a date for each stage (选址确认 | 装修完成 | 设备到位 |
 * 挂牌运营), the last the day a station opened; and a second section of stations still being built, its heading
 * saying they are not in the list ("二、在建站点（尚未挂牌运营，不列入站点清单）").
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "站点建设进度",
  rows: [
    ["某县村级电商服务站点建设进度表", null, null, null, null, null, null, null],
    ["序号", "乡镇", "所在村（居）", "站点名称", "选址确认", "装修完成", "设备到位", "挂牌运营"],
    ["一、已挂牌运营站点", null, null, null, null, null, null, null],
    [1, "甲镇", "上坪村", "上坪村电商服务站", "2020.6.6", "2020.7.21", "2020.8.8", "2020.8.20"],
    [2, "甲镇", "石寨村", "石寨村电商服务站", "2020.6.26", "20.8.10", "2020.8.30", "2021年8月"],
    ["二、在建站点（尚未挂牌运营，不列入站点清单）", null, null, null, null, null, null, null],
    [1, "甲镇", "石江村", "石江村电商服务站", "2021.7.5", "2021.9.2", null, null],
  ],
};

test("a station opened the day its 挂牌运营 stage was done; a section the heading leaves out of the list is none", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.stations.map((s) => [s.village, s.opened && formatDate(s.opened)])).toEqual([
    ["上坪村", "2020-08-20"],
    ["石寨村", "2021-08"],
  ]);
});
