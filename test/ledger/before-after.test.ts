/**
 * 云城's village list borrowed from the civil-affairs bureau: a table of the village committees before
 * and after the changes (调整前 | 调整后（现状）, the same sub-headers under each), 同左 where nothing
 * changed, merged villages and an abolished one said in the after cell, a village turned community.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const changes: Sheet = {
  name: "村居设置调整对照表",
  rows: [
    ["云城区村（居）民委员会设置调整情况对照表", null, null, null, null, null, null],
    ["序号", "调整前（2019年1月1日）", null, "调整后（现状）", null, null, "调整情况"],
    [null, "镇（街道）", "村（居）委会", "镇（街道）", "村（居）委会", "类别", null],
    [1, "腰古镇", "水东村委会", "腰古镇", "同左", "村委会", "未调整"],
    [2, "腰古镇", "新庄村委会", "腰古镇", "新庄村委会", "村委会", "合并"],
    [3, "腰古镇", "竹围村委会", "腰古镇", "（并入新庄村委会）", "—", "合并"],
    [4, "思劳镇", "思劳村委会", "思劳镇", "思劳社区居民委员会", "居委会", "村改居"],
    [5, "思劳镇", "南蛇村委会", "思劳镇", "南山村委会", "村委会", "更名"],
    [6, "安塘街道", "榃白村委会", "安塘街道", "（撤销，辖区并入安塘社区居民委员会）", "—", "撤销"],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 6 },
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 1, left: 3, bottom: 1, right: 5 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 6, bottom: 2, right: 6 },
  ],
};

test("the villages as they stand now: the after group read, 同左 its before twin, the merged and abolished none", () => {
  const r = readLedgers({ sheets: [changes] }, GD_2019);
  expect(r.recognitions[0].kind).toBe("villages");
  expect(r.ledgers.villages.map((v) => [v.name, v.type])).toEqual([
    ["水东村委会", "admin"],
    ["新庄村委会", "admin"],
    ["思劳社区居民委员会", "residents"],
    ["南山村委会", "admin"],
  ]);
  expect(r.ledgers.villages[0].source.row).toBe(4);
  expect(r.diagnostics.list.some((d) => d.cell === "E6" && d.message.includes("并入新庄村委会"))).toBe(true);
});

test("a 同左 in a plain list still repeats the cell on its left", () => {
  const timetable: Sheet = {
    name: "培训签到表",
    rows: [
      ["姓名", "身份证号码", "计划日期", "实际日期"],
      ["甲", "445221200206203678", "2021-03-01", "同左"],
    ],
  };
  const r = readLedgers({ sheets: [timetable] }, GD_2019);
  expect(r.ledgers.training.map((t) => t.date)).toEqual([{ y: 2021, m: 3, d: 1 }]);
});
