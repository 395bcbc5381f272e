/**
 * 海陵's 创建工作责任泳道图 (83rd blind batch): a lane per office, a row per stage, ▶ done / ▷ not items in
 * the cells, the claims in the right-hand column. Every item is read as the sentence it is, its evidence
 * the lane's cell it stands in.
 */
import type { CellValue } from "../../src/core/grid";
import { swimlaneLines } from "../../src/ledger/facts/swimlane";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范创建工作责任泳道图（完成情况及自评）", null, null, null, null],
  ["县（市、区）：某区\u3000\u3000考评截止日期：2021年8月31日", null, null, null, null],
  ["图例：▶ 已完成\u3000▷ 未完成或部分完成\u3000→ 转下一行继续", null, null, null, null],
  ["阶段", "区政府（领导小组）", "区商务局", "区电商公共服务中心（运营方）", "对应考评指标及区自评分"],
  ["〇、区情", "常住人口9.38万人（第七次全国人口普查）；行政村37个、社区6个，其中省定贫困村3个", null, null, "—"],
  [
    "一、组织发动",
    "▶ 2019年11月成立区电子商务进农村综合示范工作领导小组：区委副书记、区长任组长，分管副区长任常务副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局",
    "▶《某区电子商务进农村综合示范工作实施方案》（某府办〔2019〕46号）正式印发\n▶ 制定项目管理办法、验收办法并严格执行（自评2分）\n▷ 工作台账已建立，部分月份更新不及时（自评1分）",
    "—",
    "①组织领导（2分）：自评2分\n④项目管理（4分）：自评3分",
  ],
  [
    "二、服务体系建设",
    "→",
    "▶ 整合渔港电商产业园，入驻企业21家",
    "▶ 2020年11月18日区电子商务公共服务中心投入运营\n▶ 设免费培训室（电脑30台），能组织电商基础培训\n▶ 为虾干、鱿鱼干等特色农（海）产品提供免费展示、销售\n▷ 摄影、美工服务按次收费（非免费）",
    "⑤服务体系建设—区级中心及产业园（15分）：自评13分\n⑥服务体系建设—村级站点（10分）：自评10分",
  ],
  ["四、人才培训", null, "▶ 会同中心组织普及培训和贫困户专场培训", null, "⑧电商人才培训（20分）：自评20分\n加分：贫困人口培训率≥70%（2分）：自评2分"],
];

test("a swimlane chart's items are read one by one, each from its lane's cell", () => {
  const got = factsOf({ sheets: [{ name: "泳道图", rows }] });
  expect(got.facts).toMatchObject({
    county: "某区",
    residentPopulation: 93800,
    adminVillagesStated: 37,
    poorVillagesStated: 3,
    planIssued: true,
    parkBuilt: true,
    centerOpened: "2020-11-18",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
  });
  expect(got.leadership).toBe("principal-all");
  // "④项目管理（4分）：自评3分" is the indicator's claim, not its first item's points.
  expect(got.judged).toMatchObject({ "org.management.system": 2, "org.management.ledger": 1 });
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "org.management": 3, "work.center": 13, "work.coverage": 10, "work.training": 20, "bonus.poorTraining": 2 });
  // The evidence is the lane's cell: the centre's opening day in the operator's lane of stage 二.
  const opened = (got.entries as { key: string; cell: string }[]).find((e) => e.key === "centerOpened");
  expect(opened?.cell).toBe("D7");
});

test("a sheet with a ▶ or two is no swimlane chart", () => {
  expect(swimlaneLines({ name: "t", rows: [["▶ 已完成"], ["▶ 方案已印发", "▶ 政策已出台"]] })).toBeUndefined();
});
