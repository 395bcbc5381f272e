/**
 * 禅城's village list pasted from the statistics bureau's 统计用区划代码: the district's and each town's
 * own row above its villages, and a per-town summary of counts beside it.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const list: Sheet = {
  name: "村居名单",
  rows: [
    ["统计用区划代码", "城乡分类代码", "名称", "快递通达", "省定贫困村"],
    [440604000000, null, "禅城区", null, null],
    [440604010000, null, "祖庙街道", null, null],
    [440604010001, 111, "朝安社区居委会", null, null],
    [440604100000, null, "南庄镇", null, null],
    [440604100201, 220, "紫南村委会", "是", "否"],
    [440604100202, 220, "罗南村委会", "否", "否"],
  ],
};

test("the county's and towns' own rows are headings, not villages", () => {
  const r = readLedgers({ sheets: [list] }, GD_2019);
  expect(r.ledgers.villages.map((v) => [v.name, v.type, v.express])).toEqual([
    ["朝安社区居委会", "residents", null],
    ["紫南村委会", "admin", true],
    ["罗南村委会", "admin", false],
  ]);
});

test("a summary counting villages by town (村委会（个）) is no list of villages", () => {
  const summary: Sheet = {
    name: "分街镇统计",
    rows: [
      ["街道（镇）", "社区居委会（个）", "村委会（个）", "小计", "快递通达村（个）"],
      ["祖庙街道", 12, 0, 12, 0],
      ["南庄镇", 1, 12, 13, 11],
    ],
  };
  expect(readLedgers({ sheets: [summary] }, GD_2019).recognitions[0].kind).toBeNull();
});
