/**
 * 新会's self-assessment grouped by outcome (37th blind batch): 序号 | 评价指标 | 分值 | 自评分 | 得分依据, each
 * line an indicator's claim whose account speaks of it without naming it: "…，设监督举报邮箱" is 信息公开's
 * window because the line is 信息公开's.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

test("on an indicator's claim line the indicator is what the account's loose clauses are about", () => {
  const rows: CellValue[][] = [
    ["某区电子商务进农村综合示范创建考评自评情况（按得分情况归类）"],
    ["一、满分项"],
    ["序号", "评价指标", "分值", "自评分", "得分依据", "佐证材料"],
    [1, "方案制定", 2, 2, "《某区电子商务进农村综合示范县创建工作方案》于2019年11月正式印发", "附件1-2"],
    [2, "信息公开", 4, 4, "区政府网站专栏公示创建方案、项目基本信息，按月公示项目建设进度，设监督举报邮箱；近一年按月更新", "附件3-1"],
  ];
  const got = factsOf({ sheets: [{ name: "自评情况", rows }] });
  expect(got.facts).toMatchObject({ disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true });
  expect(got.claimed["info.disclosure"]).toBe(4);
});
