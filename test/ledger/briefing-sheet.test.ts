/**
 * 金湾's facts (82nd blind batch): the inspection's briefing sheet (迎检汇报分工及统一口径表) — the agreed
 * wording of each indicator in one cell, the district's own points (区自评分), who speaks (A角 / B角)
 * and where the inspectors look (点位／佐证盒号).
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

test("a briefing sheet's 统一口径 answers each indicator, its 区自评分 claims it, A角 / B角 say nothing", () => {
  const rows: CellValue[][] = [
    ["某区电子商务进农村综合示范创建考评迎检汇报分工及统一口径表"],
    ["序号", "考评指标（分值）", "统一口径（截至2021年8月31日）", "区自评分", "A角（主讲）", "B角（补充）", "点位／佐证盒号"],
    [
      1,
      "组织领导（2分）",
      "成立领导小组，区委副书记、区长任组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局",
      2,
      "陈××（分管副区长）",
      "黄××（区商务局局长）",
      "盒1-1",
    ],
    [2, "方案制定（2分）", "《某区电子商务进农村综合示范工作实施方案》已正式印发", 2, "黄××（区商务局局长）", "冯××", "盒1-2"],
    [3, "政策支持（2分）", "已出台《某区促进农村电子商务发展若干措施》，第二批尚在审核", 1, "冯××", "何××", "盒1-3"],
    [4, "资金支出（5分）", "省级下达资金500万元；按合同节点及时拨付（自评3分）", 3, "郑××", "冯××", "盒5-3"],
  ];
  const got = factsOf({ sheets: [{ name: "迎检分工及口径", rows }] });
  expect(got.leadership).toBe("principal-all");
  expect(got.facts.planIssued).toBe(true);
  expect(got.facts.fundAllocated).toBe(5000000);
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "org.plan": 2, "org.policy": 1, "fund.spending": 3 });
  expect(got.diagnostics.some((d) => /陈××/.test(d.message))).toBe(false);
});
