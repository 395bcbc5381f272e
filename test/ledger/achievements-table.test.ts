/**
 * 揭东's “十个一” achievements table (84th blind batch): 序号 | “十个一” | 工作要求 | 完成情况 | 主观评分项自评 | 佐证材料,
 * the judged items' points listed in the 主观评分项自评 column ("网销调研2分；网络促销活动2分；交易标准与冷链溯源1分").
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范创建“十个一”工作成效及自评表"],
  ["县（市、区）：某区\u3000\u3000考评截止日期：2021年8月31日"],
  ["序号", "“十个一”", "工作要求", "完成情况", "主观评分项自评", "佐证材料"],
  [
    1,
    "一套方案政策",
    "制定示范创建工作方案；出台支持农村电商发展的政策",
    "《某区电子商务进农村综合示范工作实施方案》2019年11月正式印发；《某区促进农村电子商务发展扶持办法（试行）》2020年4月出台。",
    "方案制定2分；政策支持2分",
    "文件汇编",
  ],
  [2, "一套管理制度", "制定项目管理制度，建立工作台账", "制定《项目管理办法》，建立项目工作台账，部分台账更新不及时。", "项目管理制度2分；工作台账1分", "文件汇编"],
  [
    3,
    "一条上行链路",
    "网销调研、促销活动、第三方运营",
    "完成农产品网络销售调研报告；开展网络促销活动；制定电商交易标准，冷链、溯源系统在建。",
    "网销调研2分；网络促销活动2分；交易标准与冷链溯源1分",
    "调研报告",
  ],
  [4, "一本资金台账", "资金管理制度；资金专用台账；及时拨付", "制定专项资金管理办法；承建单位建立资金专用台账。", "制度建立5分；资金台账4分；资金及时拨付4分", "附表9"],
];

test("an achievements table's 主观评分项自评 lists the judged items' points", () => {
  const got = factsOf({ sheets: [{ name: "自评（十个一）", rows }] });
  expect(got.judged).toMatchObject({
    "org.plan": 2,
    "org.policy": 2,
    "org.management.system": 2,
    "org.management.ledger": 1,
    "work.upward.research": 2,
    "work.upward.promotion": 2,
    "work.upward.standards": 1,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
  });
});
