/**
 * 怀集's Gantt chart kept as the facts sheet (140th batch): a task on two lines, 计划 □ and 实际 ■, under a month a
 * column, its 完成情况 merged down over both lines. The bars say when work went on; the 完成情况 says what it came
 * to — read on the task's line, named by the task, whatever the 计划 line beside it.
 */
import type { CellValue, Merge } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const MONTHS = ["2020年9月", "10月", "11月", "12月", "2021年1月", "2月"];
const W = 4 + MONTHS.length + 1;
const rows: CellValue[][] = [
  ["某县电子商务进农村综合示范项目实施进度横道图（计划／实际）", ...new Array(W - 1).fill(null)],
  ["序号", "工作任务", "责任单位", "进度", ...MONTHS, "完成情况（截至2021年8月31日）"],
];
const merges: Merge[] = [];
const task = (n: number, name: string, plan: string, done: string, said: string) => {
  const r = rows.length;
  const bars = (s: string) => s.split("").map((ch) => (ch === "." ? null : ch));
  rows.push([n, name, "县商务局", "计划", ...bars(plan), said]);
  rows.push([null, null, null, "实际", ...bars(done), null]);
  for (const c of [0, 1, 2, W - 1]) merges.push({ top: r, bottom: r + 1, left: c, right: c });
};
task(1, "编制、印发示范县工作方案", "□□....", "■◆....", "2020年10月县政府办公室正式印发《某县电子商务进农村综合示范县工作方案》");
task(2, "建设县级电子商务公共服务中心", "□□□...", ".■■◆..", "2020年12月8日投入运营。设免费培训室和直播间，可组织电商基础培训；免费展示、展销农特产品");
task(3, "整合建设电商产业园", "..□□□□", "....▲.", "受用地规划调整影响尚未动工，产业园未建成");
task(4, "农村电商培训", "□□□□□□", "■■■■■■", "累计培训6,280人次（计划8,000人次）");

test("a Gantt chart's tasks are read from their 完成情况, named by the task, not by the bars or the 实际 line", () => {
  const read = factsOf({ sheets: [{ name: "进度横道图", rows, merges }] });
  expect(read.facts).toMatchObject({
    planIssued: true,
    centerOpened: "2020-12-08",
    centerFreeTraining: true,
    centerDisplay: true,
    parkBuilt: false,
    trainingPersonTimesStated: 6280,
  });
});
