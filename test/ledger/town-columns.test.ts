/**
 * A village list printed one column per town: the towns across, each column its villages down, a
 * "——社区——" line before its communities, "▲" after a poor village; the counts under the lists are
 * no villages.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "村居一览（横排）",
  rows: [
    ["某县村（居）民委员会一览表"],
    ["行", "甲镇", "乙镇", "丙镇", "丁街道"],
    [1, "上坑村", "东田村", "北岭村▲", "城西村"],
    [2, "下坑村▲", "西田村", "南岭村", "——社区——"],
    [3, "——社区——", "中田村", null, "城西社区"],
    [4, "甲镇居委会", null, null, null],
    ["村委会（个）", 2, 3, 2, 1],
  ],
};

test("each name is a village of its column's town, its kind by the 社区 line, poor by its ▲", () => {
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0].kind).toBe("villages");
  expect(ledgers.villages.map((v) => [v.town, v.name, v.type, v.poor])).toEqual([
    ["甲镇", "上坑村", "admin", false],
    ["甲镇", "下坑村", "admin", true],
    ["甲镇", "甲镇居委会", "residents", false],
    ["乙镇", "东田村", "admin", false],
    ["乙镇", "西田村", "admin", false],
    ["乙镇", "中田村", "admin", false],
    ["丙镇", "北岭村", "admin", true],
    ["丙镇", "南岭村", "admin", false],
    ["丁街道", "城西村", "admin", false],
    ["丁街道", "城西社区", "residents", false],
  ]);
});

/** 阳西 / 连平: the town's count under its name, ★ / ▲ before a poor village, ○ after one express misses. */
const marked: Sheet = {
  name: "村居名单",
  rows: [
    ["某县村（居）民委员会名单"],
    ["（名称前加“★”的为省定贫困村；村名后“○”为快递未进村的行政村）"],
    ["甲镇", "乙镇", "丙镇", "丁镇"],
    ["（3村1居）", "（2村）", "（2村）", "（2村）"],
    ["大坑村委会", "罗尾村○", "乐岭村", "龙圩村"],
    ["★林垌村", "★和头村", "石坡村", "江田村"],
    ["塘尾村", null, null, null],
    ["——居委会——", null, null, null],
    ["织篢居委会", null, null, null],
    [],
    ["合计：4个镇，村民委员会9个，居民委员会1个。"],
  ],
};

test("a count under each town is no village; a mark before the name or after it says poor / no express", () => {
  const { ledgers, recognitions } = readLedgers({ sheets: [marked] }, GD_2019);
  expect(recognitions[0].kind).toBe("villages");
  expect(recognitions[0].sideways).toBeFalsy();
  expect(ledgers.villages.map((v) => [v.town, v.name, v.type, v.poor, v.express])).toEqual([
    ["甲镇", "大坑村委会", "admin", false, true],
    ["甲镇", "林垌村", "admin", true, true],
    ["甲镇", "塘尾村", "admin", false, true],
    ["甲镇", "织篢居委会", "residents", false, true],
    ["乙镇", "罗尾村", "admin", false, false],
    ["乙镇", "和头村", "admin", true, true],
    ["丙镇", "乐岭村", "admin", false, true],
    ["丙镇", "石坡村", "admin", false, true],
    ["丁镇", "龙圩村", "admin", false, true],
    ["丁镇", "江田村", "admin", false, true],
  ]);
});
