/**
 * 江海's answer to the city's collection template: a 填写示例 column left of the value column, filled
 * on every line; lines not filled still 请填写 / 请选择; a 校验 column saying ✔ / 未填.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withoutExamples } from "../../src/ledger/facts/example-columns";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "数据采集表",
  rows: [
    ["某市考评数据采集表"],
    ["序号", "采集项", "单位/格式", "填写示例", "填报值（某区）", "校验"],
    [1, "县（市、区）名称", "文本", "××区", "某某区", "✔"],
    [2, "常住人口", "万人", 45.67, 36.58, "✔"],
    [3, "行政村数", "个", 120, 24, "✔"],
    [4, "省定贫困村数", "个", 10, "请填写", "未填"],
    [5, "县级电商公共服务中心投入运营日期", "日期", "2020-05-20", "2020.12.8", "日期格式有误"],
    [6, "是否出台支持农村电商发展政策", "是/否", "是", "请选择", "未填"],
    [7, "提供其他衍生增值服务", "是/否", "是", null, "未填"],
  ],
};

test("the example column and the placeholders are left out", () => {
  const rows = withoutExamples(sheet).rows;
  expect(rows.slice(2).map((r) => r[3])).toEqual([null, null, null, null, null, null, null]);
  expect(rows[5][4]).toBeNull();
  expect(rows[3][4]).toBe(36.58);
});

test("only what the county filled in is read; 未填 is no answer, not a no", () => {
  expect(parseYesNo("未填")).toBeNull();
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect(f.county?.value).toBe("某某区");
  expect([n("residentPopulation"), n("adminVillagesStated")]).toEqual([365800, 24]);
  expect(f.centerOpened?.value).toEqual({ y: 2020, m: 12, d: 8 });
  expect([f.poorVillagesStated, f.policyIssued, f.centerOther]).toEqual([undefined, undefined, undefined]);
});
