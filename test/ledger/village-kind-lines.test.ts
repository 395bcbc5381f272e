/**
 * A village list whose kinds stand on bracketed lines of their own (〔村民委员会〕 over the villages,
 * 〔居民委员会（社区）〕 over the communities), no 类型 column: the lines are no villages, and each row
 * is of the kind its line names.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "村居名单",
  rows: [
    ["序号", "名称", "快递进村"],
    ["一、石鼓镇"],
    [null, "〔村民委员会〕"],
    [1, "宝窝", "已通"],
    [2, "龙林", "已通"],
    [null, "〔居民委员会（社区）〕"],
    [3, "石鼓", null],
  ],
};

test("the kind lines are no villages; the rows under them are of their kind", () => {
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.villages.map((v) => [v.name, v.type])).toEqual([
    ["宝窝", "admin"],
    ["龙林", "admin"],
    ["石鼓", "residents"],
  ]);
});
