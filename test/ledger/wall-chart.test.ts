/**
 * A 挂图作战 wall chart: 战役 | 指挥长 | 作战单位 | 目标 | 战果（截至8月31日） | 进度 | 状态. The results
 * column answers; who commands a task and who carries it out are no answers (a 指挥长 of 分管副县长 is
 * no leader of the group), and the target is no result.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["序号", "战役（任务）", "指挥长", "作战单位", "目标", "战果（截至8月31日）", "进度", "状态"],
  [1, "成立领导小组", "县长", "县政府办", "2019年12月前", "县委副书记、县长任组长，县商务局、财政局、农业农村局、乡村振兴局等为成员", "■■■■■■■■■■ 100%", "◆ 销号"],
  [2, "县电商公共服务中心建成运营", "分管副县长", "县商务局、运营商", "2020年10月", "2020年12月8日揭牌运营", "■■■■■■■■■■ 100%", "◆ 销号"],
  [3, "培训人次达常住人口1%", "分管副县长", "县商务局", "3,512人次", "已培训3,895人次", "■■■■■■■■■■ 111%", "◆ 销号"],
  [4, "项目总体进度", "分管副县长", "县商务局", "100%", "总体进度86%", "■■■■■■■■□□ 86%", "◇ 推进中"],
];

test("the results column answers, not the commanders nor the targets", () => {
  const read = Object.fromEntries(readFactsSheet({ name: "挂图作战", rows }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(String(read.centerOpened)).toMatch(/2020年12月8日/);
  expect(String(read.trainingPersonTimesStated)).toMatch(/3,895/);
  expect(String(read.overallProgress)).toMatch(/86%/);
  expect(read.leadTitle === undefined || !/分管/.test(String(read.leadTitle))).toBe(true);
});
