/**
 * 浈江's facts (81st blind batch): the evaluators' own scoring form, their two columns left blank, the
 * district's 自评分 and its 自评依据及佐证材料 beside them — every fact and item's points in those
 * sentences, an event's name in quotes before its points ("开展“浈品上行”促销（自评1分）").
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["2019年省级电子商务进农村综合示范创建考评评分表"],
  ["序号", "工作任务", "评价指标", "分值", "评分标准（摘要）", "考评组填写", null, "某区填写", null],
  [null, null, null, null, null, "考评得分", "扣分原因", "自评分", "自评依据及佐证材料"],
  [
    1,
    "加强组织领导与统筹协调（10分）",
    "组织领导",
    2,
    "主要领导牵头2分",
    null,
    null,
    2,
    "成立以区长为组长的领导小组，成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局【1-1】",
  ],
  [
    5,
    "深入推动电子商务进农村工作（55分）",
    "服务体系建设（县级中心、产业园）",
    15,
    "建成中心2分；运行满6个月2分；…",
    null,
    null,
    15,
    "区电商公共服务中心2020年11月18日揭牌运营；设免费培训室（电脑50台）；为农户和企业提供免费农产品展示销售、摄影美工、品牌推广、开店代办等服务【2-1】",
  ],
  [
    7,
    null,
    "农村产品上行",
    10,
    "网销调研1-2分；促销活动1-2分；…",
    null,
    null,
    8,
    "网销调研报告已报市商务局（自评2分）；开展“浈品上行”促销（自评1分）；出台2项交易标准，冷链溯源系统在建（自评1分）【2-3】",
  ],
];
const merges = [
  ...[0, 1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
  { top: 1, left: 5, bottom: 1, right: 6 },
  { top: 1, left: 7, bottom: 1, right: 8 },
];

test("the district's 自评依据及佐证材料 is read for its facts and its items' points", () => {
  const got = factsOf({ sheets: [{ name: "考评评分表", rows, merges }] });
  expect(got.leadership).toBe("principal-all");
  expect(got.facts.centerOpened).toBe("2020-11-18");
  expect(got.facts.centerFreeTraining).toBe(true);
  expect(got.facts.centerOther).toBe(true);
  expect(got.judged).toMatchObject({ "work.upward.research": 2, "work.upward.promotion": 1 });
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "work.center": 15, "work.upward": 8 });
});
