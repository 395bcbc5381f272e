/** 和平's 目标任务完成情况表: each indicator on a 目标 line and a 完成 line under one merged name. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withoutTargetRows } from "../../src/ledger/facts/target-rows";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const sheet: Sheet = {
  name: "目标完成情况",
  rows: [
    ["序号", "指标", "类别", "数值", "单位", "说明"],
    [1, "常住人口", "现状", 37.26, "万人", null],
    [2, "电商培训人次", "目标", 3726, "人次", null],
    [null, null, "完成", 4108, "人次", "目标为常住人口1%"],
    [3, "2020年农村网络零售额", "目标", 52000, "万元", null],
    [null, null, "完成", 58650, "万元", null],
    [4, "项目总体进度", "目标", 100, "%", null],
    [null, null, "完成", 85, "%", null],
    [5, "信息公开专栏", "目标", "设立专栏并按月更新", null, null],
    [null, null, "完成", "已设立，公示创建方案、项目基本信息和建设进度", null, null],
  ],
  merges: [merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(4, 0, 5, 0), merge(4, 1, 5, 1), merge(6, 0, 7, 0), merge(6, 1, 7, 1), merge(8, 0, 9, 0), merge(8, 1, 9, 1)],
};

test("the name moves to the 完成 line, the 目标 line is left blank, rows keep their places", () => {
  const out = withoutTargetRows(sheet);
  expect(out.rows[2].every((v) => v === null)).toBe(true);
  // (The line's 完成 says nothing more once the name stands on it: the name is its label, not the marker.)
  expect(out.rows[3].slice(0, 4)).toEqual([2, "电商培训人次", null, 4108]);
  expect(out.rows[1]).toEqual(sheet.rows[1]);
  expect(withoutTargetRows({ name: "x", rows: [["常住人口", 42]] }).rows).toEqual([["常住人口", 42]]);
});

test("the figures read are the 完成 line's; a list of things done answers each of them", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const num = (k: string) => (input.facts[k]?.kind === "number" ? (input.facts[k]?.value as { toNumber(): number }).toNumber() : undefined);
  expect([num("trainingPersonTimesStated"), num("ruralRetail2020"), num("overallProgress")]).toEqual([4108, 586500000, 0.85]);
  expect(r.ledgers.facts.find((e) => e.key === "trainingPersonTimesStated")?.cell).toBe("D4");
  expect([input.facts.disclosurePlan?.value, input.facts.disclosureProjects?.value, input.facts.disclosureProgress?.value]).toEqual([true, true, true]);
});
