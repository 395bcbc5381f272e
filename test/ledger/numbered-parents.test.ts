/**
 * A basic-data table sorted by its 单位 column (连平): the numbered parents (17 农村网络零售额) sank to the
 * bottom, their children (17.1 2019年, 17.3 同比增速) stand among the other lines. A child that is only a
 * year or a growth is its parent's.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县考评基础数据表"],
  ["序号", "项目", "单位", "数值", "备注"],
  [17.3, "同比增速", "%", 22.96, null],
  [18.3, "同比增速", "%", 33.85, null],
  [3, "常住人口", "万人", 32.87, null],
  [17.1, "2019年", "万元", 98650, null],
  [17.2, "2020年", "万元", "121,300", null],
  [18.1, "2019年", "万元", "21,480", null],
  [18.2, "2020年", "万元", 28750, null],
  [17, "农村网络零售额", null, null, "17.1—17.3"],
  [18, "农产品网络零售额", null, null, "18.1—18.3"],
];

test("a child that is only a year or a growth reads as its parent's", () => {
  const entries = Object.fromEntries(readFactsSheet({ name: "基础数据", rows }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));
  expect(entries.ruralRetailGrowthStated).toEqual([22.96, "D3"]);
  expect(entries.agriRetailGrowthStated).toEqual([33.85, "D4"]);
  expect(entries.ruralRetail2019).toEqual([98650, "D6"]);
  expect(entries.agriRetail2020).toEqual([28750, "D9"]);
});
