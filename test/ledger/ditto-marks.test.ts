/**
 * 斗门's station list: every village on a row, 已建 / 未建, and 〃 / 同上 for "as the row above" in the
 * town, village and date columns (a note under the table says so); a per-town summary of counts
 * beside it is no list.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const stations: Sheet = {
  name: "站点建设情况",
  rows: [
    ["行政村电子商务服务站点建设情况一览表"],
    ["序号", "镇", "行政村", "是否建站", "站点名称", "建成时间", "站长"],
    [1, "莲洲镇", "石龙村", "已建", "石龙村电商服务站", "2020-06-18", "邓荣永"],
    [2, "〃", "东湾村", "已建", "东湾村电商服务站", "同上", "何秀杰"],
    [3, "〃", "莲江村", "未建", null, null, null],
    [4, "〃", "红星村", "已建", "红星村电商服务站", "2020年9月", "冯强芳"],
    [null, "〃", "〃", "已建", "红星村快递驿站", "〃", "冯强"],
    ["莲洲镇小计：行政村4个，已建站点的村3个"],
    [5, "斗门镇", "南门村", "已建", "南门村电商服务站", "〃", "李金嘉"],
    ["注：“〃”“同上”表示与上一行内容相同。"],
  ],
};

test("a ditto mark is the cell above it; a village without a station is none; a subtotal line ends what can be repeated", () => {
  const r = readLedgers({ sheets: [stations] }, GD_2019);
  expect(r.ledgers.stations.map((s) => [s.village, s.opened ?? null])).toEqual([
    ["石龙村", { y: 2020, m: 6, d: 18 }],
    ["东湾村", { y: 2020, m: 6, d: 18 }],
    ["红星村", { y: 2020, m: 9 }],
    ["红星村", { y: 2020, m: 9 }],
    ["南门村", null],
  ]);
  expect(r.diagnostics.list.some((d) => d.cell === "D5" && d.message.includes("未建站点"))).toBe(true);
});

test("a per-town summary of counts and rates is no list of villages or stations", () => {
  const summary: Sheet = {
    name: "按镇汇总",
    rows: [
      ["各镇站点覆盖情况汇总（截至2021年8月31日）"],
      ["镇", "行政村数（个）", "已建站点村数（个）", "覆盖率"],
      ["莲洲镇", 9, 7, "77.8%"],
      ["斗门镇", 7, 5, "71.4%"],
      ["全区", 16, 12, "75.0%"],
    ],
  };
  expect(readLedgers({ sheets: [summary] }, GD_2019).recognitions[0].kind).toBeNull();
});
