/**
 * 丰顺's response table (52nd blind batch): the rubric's own requirement as the line, the county's answer
 * beside it. "在县政府网站设立公开专栏，公示创建方案、项目基本信息、项目建设进度 | 已设立，三项均已公示"
 * answers each of the three things listed, not only the one the whole line resembles most.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const sheet = (answer: string): CellValue[][] => [
  ["某县电子商务进农村综合示范县创建考评要求响应及偏离表"],
  ["县（市、区）", "某县", "常住人口", "48.96万人"],
  ["序号", "考评要求（省考评指标体系原文）", "我县响应（截至2021年8月31日完成情况）", "偏离情况", "佐证材料页码"],
  [1, "正式印发的示范县工作方案", "已印发《某县电子商务进农村综合示范县创建工作方案》", "无偏离", "P7"],
  [2, "在资金、土地、人才等方面出台政策，支持农村电商发展", "已出台《某县促进农村电子商务发展十条措施》", "正偏离", "P16"],
  [3, "当地有专业第三方电子商务运营或服务商", "有（中标运营商：某某电子商务有限公司）", "无偏离", null],
  [4, "在县政府网站设立公开专栏，公示创建方案、项目基本信息、项目建设进度", answer, "无偏离", "P85"],
  [5, "设立征求意见窗口或监督举报窗口", "未单独设立，公布了局办公室电话", "负偏离", null],
];

test("a line listing three things, answered 三项均已公示: each of them is done", () => {
  const got = factsOf({ sheets: [{ name: "响应偏离表", rows: sheet("已设立，三项均已公示") }] });
  expect(got.facts).toMatchObject({ disclosurePlan: true, disclosureProjects: true, disclosureProgress: true });
  // The line is read, item by item: no label is reported as unread for it.
  expect(got.diagnostics.filter((d) => d.cell === "B7")).toEqual([]);
});

test("an answer that does not say all were done answers only what the line resembles", () => {
  const got = factsOf({ sheets: [{ name: "响应偏离表", rows: sheet("已设立专栏，项目建设进度尚未公示") }] });
  expect(got.facts.disclosureProgress).not.toBe(true);
  expect(got.facts.disclosureProjects).toBeUndefined();
});
