/**
 * A leading group's minutes pasted from Word a paragraph to a row (怀集, 120th blind batch): the facts in
 * the sentences the meeting agreed on.
 */
import { factsOf, factsOfCase } from "../corpus/read-facts";

test("“全县305个行政村均已通快递” says every village has express delivery", async () => {
  expect((await factsOfCase("facts", "b120-f1-huaiji.json")).facts.expressCoverage).toBe(true);
  // Written again apart from the case.
  const rows = [
    ["某县电子商务进农村综合示范创建工作领导小组会议纪要"],
    ["一、关于基本情况。全县常住人口42.6万人，共有行政村198个，其中省定贫困村21个。"],
    ["二、关于公共服务体系。县电子商务公共服务中心于2020年6月18日投入运营，设有免费培训教室。经县邮政管理部门核实，全县198个行政村均已通快递。"],
  ];
  expect(factsOf({ sheets: [{ name: "纪要", rows }] }).facts.expressCoverage).toBe(true);
});
