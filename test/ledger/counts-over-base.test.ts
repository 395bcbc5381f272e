/**
 * A self-score list written as fractions (惠东): 完成数/基数 "5,216/5,000" is the count done over the
 * standard's figure, a coverage line's "168/238" the covered over the whole; 得分/满分 "14/15" the
 * points. And a 小计 line inside an indicator's merged name closes that indicator's rows only.
 */
import type { CellValue, Merge } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["序号", "评价指标", "评分项", "完成数/基数", "单位", "得分/满分", "情况说明"],
  ["1", "组织领导", "主要领导牵头、多部门参与的协调机制", null, null, "2/2", "县长任组长"],
  ["2", "方案制定", "制定示范创建工作方案", null, null, "2/2", "已正式印发"],
  ["3", "项目管理", "项目管理制度及执行", null, null, "2/2", null],
  [null, null, "工作台账", null, null, "1/2", null],
  [null, null, "小计", null, null, "3/4", null],
  ["4", "服务体系建设（村级站点）", "行政村站点覆盖率", "151/212", "个", "5/5", null],
  [null, null, "省定贫困村站点覆盖率", "28/31", "个", "5/5", null],
  [null, null, "小计", null, null, "10/10", null],
  ["5", "电商人才培训", "累计培训人次", "4,860/4,500", "人次", "10/10", null],
  [null, null, "小计", null, null, "10/20", null],
];
// 项目管理 and 服务体系建设 merged down over their rows and 小计 lines, as the clerk laid them out.
const merges: Merge[] = [
  { top: 3, left: 1, bottom: 5, right: 1 },
  { top: 6, left: 1, bottom: 8, right: 1 },
  { top: 9, left: 1, bottom: 10, right: 1 },
];

const read = () => readFactsSheet({ name: "自评一览", rows, merges }, GD_2019);

test("a count over its base is the count; a coverage line's base is its whole", () => {
  const entries = Object.fromEntries(read().entries.map((e) => [e.key, e.value]));
  expect(entries.trainingPersonTimesStated).toBe("4,860");
  expect(entries.poorVillagesStated).toBe("31");
});

test("each one-line indicator claims its own points; a 小计 in a merged name claims for that indicator", () => {
  const claims = Object.fromEntries(read().claims.map((c) => [c.indicator, c.value]));
  expect(claims["org.leadership"]).toBe(2);
  expect(claims["org.plan"]).toBe(2);
  expect(claims["org.management"]).toBe(3);
  expect(claims["work.coverage"]).toBe(10);
});
