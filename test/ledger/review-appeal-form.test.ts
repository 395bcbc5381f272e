/**
 * 徐闻's workbook (134th batch): the county's appeal against the provincial panel's first scores (考评结果复核申请表):
 * 分值 | 我县自评分 | 考评组初评分 | 差异 | 是否申请复核 | 情况说明（复核理由）. The county's own points are its claims;
 * the panel's are another round's, read as nothing; the account is the answers. Its press reports are kept as
 * a screenshot collection, a caption line a report under a section line naming the level.
 */
import { factsOf } from "../corpus/read-facts";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

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

test("徐闻's screenshot collection: a report a caption line under its level's section, the screenshots between none", () => {
  const rows = [
    ["某县电子商务进农村宣传报道截图汇编"],
    ["（电商股整理；按媒体级别分节）"],
    ["一、中央媒体"],
    ["图1　2021年4月21日，中央广播电视总台农业农村频道（CCTV-17）《乡村振兴资讯》播出《电商带货菠萝出海》（电商扶贫典型案例）"],
    ["[截图]"],
    ["二、省级媒体"],
    ["图2　2021年6月10日，南方＋客户端刊发《站点进村　快递到家》"],
    ["三、市级媒体"],
    ["图3　2021年8月31日，湛江广播电视台《湛江新闻》播出《电商服务站让村民家门口卖菠萝》"],
    ["四、县级媒体"],
    ["图4　2021年7月8日，“某县发布”微信公众号推送《脱贫户学电商　直播卖良姜》"],
    ["（共4篇／条）"],
  ];
  const { ledgers } = readLedgers({ sheets: [{ name: "宣传报道截图", rows }] }, GD_2019);
  expect(ledgers.media.map((m) => [m.source.row, m.level, m.outlet, m.tv, m.povertyCase])).toEqual([
    [4, "national", "中央广播电视总台农业农村频道（CCTV-17）", true, true],
    [7, "province", "南方＋客户端", false, null],
    [9, "city", "湛江广播电视台", true, null],
    [11, "county", "“某县发布”微信公众号", false, null],
  ]);
});
