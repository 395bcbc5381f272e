/**
 * 大埔's borrowed ledgers (139th batch): the station list kept a town a row, the town's stations in one cell each
 * with the day hung in brackets, beside a column of the villages without one; and the press office's submission
 * register, dated by the day a piece ran (刊发（播出）日期), not the day it was sent.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const stations: Sheet = {
  name: "站点分镇汇总",
  rows: [
    ["某县村级电子商务服务站点建设情况分镇汇总表", null, null, null, null, null],
    ["序号", "镇", "行政村（个）", "已建站点（个）", "站点所在村（社区）及挂牌运营时间", "未建站点的行政村"],
    [1, "甲镇", 8, 4, "小岭村（2020.6.10）、上湖村（2020年6月17日）、城东社区（2020.12，社区站点）、东背村委会（20.7.11）", "溪坑村、溪塘村"],
    [2, "乙镇", 6, 3, "白楼村（2020年8月）、黄塘村（2021.3.8）、黄塘村（2021.9.6，第二站）", "坪寨村、溪口村、新坪村"],
    ["合计", null, 14, 7, null, "5个"],
  ],
};

test("a town's stations listed in one cell are a station each, dated by its bracket; the villages without one are none", () => {
  const read = readLedgers({ sheets: [stations] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("stations");
  expect(read.ledgers.stations.map((s) => [s.village, s.town, s.opened && formatDate(s.opened), s.source.row])).toEqual([
    ["小岭村", "甲镇", "2020-06-10", 3],
    ["上湖村", "甲镇", "2020-06-17", 3],
    ["城东社区", "甲镇", "2020-12", 3],
    ["东背村", "甲镇", "2020-07-11", 3],
    ["白楼村", "乙镇", "2020-08", 4],
    ["黄塘村", "乙镇", "2021-03-08", 4],
    ["黄塘村", "乙镇", "2021-09-06", 4],
  ]);
});

const press: Sheet = {
  name: "投稿登记",
  rows: [
    ["某县商务局宣传信息投稿登记", null, null, null, null, null, null, null],
    ["序号", "稿件标题", "投稿日期", "投往媒体", "采用情况", "刊发（播出）日期", "刊发媒体及栏目", "媒体级别"],
    [1, "电商服务站开进小山村", "2020.10.20", "某市日报", "采用", "2020年10月26日", "《某市日报》第3版", "市级"],
    [2, "小小服务站　连起城乡路", "2021.8.20", "南方日报", "采用", "2021年9月3日", "《南方日报》观察版", "省级"],
    [3, "山村的电商新农人", "2021.1.10", "人民网", "未采用", null, null, null],
  ],
};

test("a submission register is dated by the day each piece ran, not the day it was sent", () => {
  const read = readLedgers({ sheets: [press] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("media");
  expect(read.ledgers.media.filter((m) => m.level !== null).map((m) => [m.level, m.date && formatDate(m.date)])).toEqual([
    ["city", "2020-10-26"],
    ["province", "2021-09-03"],
  ]);
});
