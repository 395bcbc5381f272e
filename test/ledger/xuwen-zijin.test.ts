/** 徐闻's and 紫金's ledgers: outlets named in English, villages merged away. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { outletLevel } from "../../src/ledger/read-kinds";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test.each([
  ["Xinhua", "national"],
  ["CGTN", "national"],
  ["China Daily", "national"],
  ["People's Daily Online", "national"],
  ["Zhanjiang Daily", null],
])("an outlet named in English: %s → %p", (outlet, level) => {
  expect(outletLevel(outlet)).toBe(level);
});

test("a village merged into another (备注 已撤并入…) is no village now: not a record, and the clerk is told", () => {
  const sheet: Sheet = {
    name: "行政村名单",
    rows: [
      ["序号", "镇（街道）", "村（居）委会", "类型", "是否省定贫困村", "快递进村", "备注"],
      [1, "义容镇", "新楼村委会", "行政村", "否", "√", null],
      [2, "义容镇", "龙岗村委会", "行政村", "否", "—", "2020年12月已撤并入新楼村"],
      [3, "蓝塘镇", "大窝村委会", "行政村", "是", "√", "省定贫困村，2020年已出列"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.villages.map((v) => [v.name, v.poor])).toEqual([
    ["新楼村委会", false],
    ["大窝村委会", true],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "G3" && /撤并/.test(d.message))).toBe(true);
});
