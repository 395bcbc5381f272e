/**
 * 徐闻's workbook (134th batch): the county's appeal against the provincial panel's first scores (考评结果复核申请表):
 * 分值 | 我县自评分 | 考评组初评分 | 差异 | 是否申请复核 | 情况说明（复核理由）. The county's own points are its claims;
 * the panel's are another round's, read as nothing; the account is the answers.
 */
import { factsOf } from "../corpus/read-facts";

test("an appeal form: 我县自评分 the claims, 考评组初评分 another round's, the account the answers", () => {
  const read = factsOf({
    sheets: [
      {
        name: "复核申请表",
        rows: [
          ["某县电子商务进农村综合示范创建考评结果复核申请表", null, null, null, null, null, null, null],
          ["序号", "评价指标", "分值", "我县自评分", "考评组初评分", "差异", "是否申请复核", "情况说明（复核理由）"],
          [1, "方案制定", 2, 2, 2, 0, "否", "《某县电子商务进农村综合示范县创建工作方案》2020年3月由县政府办公室正式印发（某府办〔2020〕9号）。"],
          [2, "项目管理", 4, 3, 3, 0, "否", "项目管理制度自评2分；工作台账自评1分（部分验收记录为事后补录）。"],
          [3, "经验推广", 8, 8, 5, 3, "是", "中央、省、县级媒体均有报道，考评组未计入市级报道，申请复核。"],
          [4, "资金支出", 5, 4, -5, 9, "是", "省级资金下达500万元，已拨付338万元。"],
        ],
      },
    ],
  });
  expect(read.claimed).toMatchObject({ "org.plan": 2, "org.management": 3, "promo.media": 8, "fund.spending": 4 });
  expect(read.judged).toMatchObject({ "org.management.system": 2, "org.management.ledger": 1 });
  expect(read.facts).toMatchObject({ planIssued: true, fundAllocated: 5000000 });
});
