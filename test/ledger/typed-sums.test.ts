/**
 * A value column formatted as text before the clerk typed sums into it (禅城): "=6.21+3.47" stayed
 * text. Its result is the figure, in the line's unit, and the report says it was computed.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区考评自评数据表"],
  ["序号", "指标", "单位", "填报值", "计算说明"],
  [1, "行政村数", "个", "=14+9+6", "南庄镇14、张槎街道9、石湾镇街道6"],
  [2, "2019年农村网络零售额", "亿元", "=6.21+3.47+1.96+0.88", "各平台合计"],
  [3, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "=46-9", "其中外出务工9人"],
];

test("each uncalculated sum is its result, in its line's unit, and said so", () => {
  const got = factsOf({ sheets: [{ name: "自评数据", rows }] });
  expect(got.facts.adminVillagesStated).toBe(29);
  expect(got.facts.ruralRetail2019).toBe(1252000000);
  expect(got.facts.eligiblePoorPersonsStated).toBe(37);
  expect(got.diagnostics.filter((d) => /未计算的算式/.test(d.message)).map((d) => d.cell)).toEqual(["D3", "D4", "D5"]);
});
