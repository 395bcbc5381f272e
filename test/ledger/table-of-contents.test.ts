/**
 * 饶平's self-assessment report handed in as its table of contents pasted from Word (141st batch): 标题 | 页码, the
 * levels only by indentation, each indicator's line "1．组织领导（2分）——自评2分", each group's "（一）加强组织领导与统筹
 * 协调（满分10分）：自评10分", each item's "（1）项目管理制度（1—2分）——2分". The pages say where, not what; the dash
 * before 自评 ends the heading; a group's total is no indicator's claim; a criterion's bar (网络零售额增速≥30%) no figure.
 */
import { factsOf } from "../corpus/read-facts";

test("a table of contents' lines give the claims and items' points, its pages nothing", () => {
  const read = factsOf({
    sheets: [
      {
        name: "目录及摘要",
        rows: [
          ["某县2019年省级电子商务进农村综合示范创建考评自评报告", null],
          ["标题", "页码"],
          ["一、基本情况", 1],
          ["三、自评得分情况（自评97分，另加分1分）", 9],
          ["　（一）加强组织领导与统筹协调（满分10分）：自评10分", 9],
          ["　　1．组织领导（2分）——自评2分", 9],
          ["　　2．方案制定（2分）——自评2分", 10],
          ["　　4．项目管理（4分）——自评4分", 11],
          ["　　　（1）项目管理制度（1—2分）——2分", 11],
          ["　　　（2）工作台账（1—2分）——2分", 11],
          ["　　7．农村产品上行（10分）——自评9分", 17],
          ["　　　（6）网络零售额增速≥30%（2分）——2分", 19],
          ["　（三）加强信息公开及报送（满分10分）：自评10分", 23],
          ["　　9．信息公开（4分）——自评4分", 23],
          ["　　14．资金台账（5分）——自评4分", 29],
          ["　　饶平县常住人口80.6万人，行政村361个，其中省定贫困村31个。", null],
        ],
      },
    ],
  });
  expect(read.claimed).toMatchObject({ "org.leadership": 2, "org.plan": 2, "org.management": 4, "work.upward": 9, "info.disclosure": 4, "fund.ledger": 4 });
  expect(read.judged).toMatchObject({ "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "fund.ledger": 4 });
  expect(read.facts.ruralRetailGrowthStated).toBeUndefined();
});
