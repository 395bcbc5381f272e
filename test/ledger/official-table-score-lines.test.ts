/**
 * The official table pasted from Word as the 148th batch's 德庆 kept it: no column for the county's
 * points, each 自评情况 cell its facts line by line ending "自评得分：X分", some figures in full-width
 * digits (２０２０年１１月, ７７．２％).
 */
import { factsOf } from "../corpus/read-facts";

const table = {
  name: "自评表",
  rows: [
    ["某县电子商务进农村综合示范创建考评自评表"],
    ["（数据截至2021年8月31日）"],
    ["工作任务", "评价指标", "权重（%）", "评分标准", "自评情况"],
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "由县（市、区）政府主要领导牵头…（2分）", "1.成立以县政府分管副县长为组长的示范创建工作领导小组；\n自评得分：1分"],
    [null, "方案制定", 2, "工作方案因地制宜,可操作性较强（1-2分）", "2019年12月正式印发《某县电子商务进农村综合示范县创建工作方案》。\n自评得分：2分"],
    [
      null,
      "项目管理",
      4,
      "建立项目管理制度…（1-2分）；建立完整工作台账…（1-2分）。",
      "1.建立项目管理制度，部分项目验收资料不全（1分）；\n2.建立完整工作台账，详细记录项目建设情况（2分）。\n自评得分：3分",
    ],
    [
      "深入推动电子商务进农村工作（55分）",
      "服务体系建设",
      25,
      "建成县级电子商务公共服务中心（2分）…",
      "1.县电子商务公共服务中心于２０２０年１１月投入运营，至8月31日运行已满6个月；\n自评得分：15分",
    ],
  ],
  merges: [{ top: 3, left: 0, bottom: 5, right: 0 }],
};

test("each 自评情况 cell's last line 自评得分：X分 is the claim for its row's indicator", () => {
  const { claimed, judged } = factsOf({ sheets: [table] });
  expect(claimed).toMatchObject({ "org.leadership": 1, "org.plan": 2, "org.management": 3 });
  expect(judged).toMatchObject({ "org.management.system": 1, "org.management.ledger": 2 });
});

test("a day typed in full-width digits (２０２０年１１月投入运营) is read as the day it is", () => {
  expect(factsOf({ sheets: [table] }).facts.centerOpened).toBe("2020-11");
});
