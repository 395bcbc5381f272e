/**
 * 新会's self-assessment (37th blind batch): its veto lines are answered in the points column in words, one of them
 * with the county's figure in brackets ("项目建设进度严重滞后，总体进度不足40% | 未发生（项目总体进度95%）"). A reviewer
 * reads the overall progress from it.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范县自评情况"],
  ["序号", "指标", "分值", "自评得分", "得分依据", "佐证材料"],
  [1, "组织领导", 2, 2, "区委副书记、区长任领导小组组长，区商务局、区财政局、区农业农村局、区乡村振兴局为成员单位", "附件1-1"],
  [2, "方案制定", 2, 2, "《某区电子商务进农村综合示范县创建工作方案》于2019年11月正式印发", "附件1-2"],
  [3, "信息公开", 4, 4, "区政府网站专栏公示创建方案、项目基本信息，按月公示项目建设进度，设监督举报邮箱", "附件3-1"],
  [],
  ["一票否决项"],
  ["序号", "否决事项", null, "情况", null, null],
  [1, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "未发生", null, null],
  [2, "项目建设进度严重滞后，总体进度不足40%", null, "未发生（项目总体进度95%）", null, null],
  [3, "弄虚作假", null, "无", null, null],
];

test("a veto line answered in words with the county's figure in brackets gives that figure", () => {
  const got = factsOf({ sheets: [{ name: "自评情况", rows }] });
  expect(got.facts.overallProgress).toBe(0.95);
  expect(got.facts).toMatchObject({ planIssued: true, vetoIncident: false, vetoFraud: false });
});
