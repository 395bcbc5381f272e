/**
 * From the 159th, 162nd and 164th blind batches: a Word questionnaire pasted into Excel with its answers in the
 * blanks of the answer cell (＿＿146＿＿个, ＿2021＿年＿1＿月＿15＿日, 是☑ 否□, √是 否), a fill-in form with its
 * answers in 【】 and its multiple choice a box a line under its lead, the administrative villages said as
 * 村委会 beside 村（居）委会, and a city's wide table whose county keeps a row per period under its merged name.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const facts = (name: string, rows: CellValue[][], merges?: Sheet["merges"]) => factsOf({ sheets: [{ name, rows, merges }] });

test("a questionnaire's answers written in the blanks of its answer cell are the words they make", () => {
  const got = facts("调查问卷", [
    ["某区电子商务进农村综合示范创建情况调查问卷"],
    ["一、基本情况"],
    ["2．考评截止日期", "＿2021＿年＿8＿月＿31＿日"],
    ["3．常住人口", "＿＿８３．９７＿＿万人"],
    ["5．行政村数（不含社区）", "＿＿１４６＿＿个"],
    ["13．县级电子商务公共服务中心投入运营时间", "＿2021＿年＿1＿月＿15＿日"],
    ["27．2020年农村网络零售额", "＿＿86.15＿＿亿元；同比增长＿＿％"],
    ["29．2020年农产品网络零售额", "＿＿6.47＿＿亿元；同比增长＿＿23.0＿＿％"],
    ["11．项目管理制度自评分（1-2分）", "＿2＿分"],
    ["填表人：＿＿＿＿　　联系电话：＿＿＿＿"],
  ]);
  expect(got.facts).toMatchObject({
    asOf: "2021-08-31",
    residentPopulation: 839700,
    adminVillagesStated: 146,
    centerOpened: "2021-01-15",
    ruralRetail2020: 8615000000,
    agriRetail2020: 647000000,
    agriRetailGrowthStated: 0.23,
  });
  // (The blank left empty after 同比增长 states no growth.)
  expect(got.facts.ruralRetailGrowthStated).toBeUndefined();
  expect(got.judged["org.management.system"]).toBe(2);
});

test("a yes and a no side by side, marked after their words or one of them before: the one marked", () => {
  const got = facts("调查问卷", [
    ["三、服务体系建设"],
    ["14．中心有免费培训场所、培训设备，能组织电商基础培训", "是☑　　否□"],
    ["15．为特色农产品提供免费展示、销售服务", "√是　　否"],
    ["16．为电子商务市场主体提供免费摄影、美工服务", "是□　　否☑"],
    ["17．组织农产品统一推广、指导特色农产品品牌建设", "是√否"],
  ]);
  expect(got.facts).toMatchObject({ centerFreeTraining: true, centerDisplay: true, centerPhoto: false });
  // (A mark between the two could be either's: no answer.)
  expect(got.facts.centerBrand).toBeUndefined();
});

test("a fill-in form's 【】: each figure in its sentence, an empty one no answer; its choices a box a line under the lead", () => {
  const got = facts("回执", [
    ["某区电子商务进农村综合示范创建考评基础信息回执"],
    ["一、基本情况"],
    ["２．我区常住人口【３２２．９２】万人，共有村（居）委会【２０５】个，其中村委会【１０４】个；省定贫困村【０】个。"],
    ["６．区电子商务公共服务中心于【二〇二〇年十二月一日】投入运营。"],
    ["７．公共服务中心服务功能（可多选）："],
    ["\u3000\u3000■有免费培训场所、培训设备，能组织电商基础培训"],
    ["\u3000\u3000■为特色农产品提供免费展示、销售服务"],
    ["\u3000\u3000□为电子商务市场主体提供免费摄影、美工服务"],
    ["\u3000\u3000■组织农产品统一推广、指导特色农产品品牌建设"],
    ["１２．累计开展电商培训【２３，６１７】人次。"],
    ["１３．有劳动能力的建档立卡贫困人口（不含外出务工人员）【\u3000\u3000】人，参加电商培训【\u3000\u3000】人。"],
    ["１４．区政府网站专栏公开内容（可多选）：■创建方案\u3000■项目基本信息\u3000□项目建设进度\u3000■征求意见或监督举报窗口"],
    ["２３．方案制定【２】分；政策支持【\u3000】分；项目管理制度【２】分。"],
  ]);
  expect(got.facts).toMatchObject({
    residentPopulation: 3229200,
    adminVillagesStated: 104,
    poorVillagesStated: 0,
    centerOpened: "2020-12-01",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    trainingPersonTimesStated: 23617,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: false,
    disclosureWindow: true,
  });
  expect(got.facts.eligiblePoorPersonsStated).toBeUndefined();
  expect(got.facts.trainedPoorPersonsStated).toBeUndefined();
  expect(got.judged["org.plan"]).toBe(2);
  expect(got.judged["org.policy"]).toBeUndefined();
});

test("村（居）委会 counts the communities too: never the administrative villages", () => {
  const got = facts("基本情况", [
    ["项目", "数值"],
    ["村（居）委会", 290],
    ["社区居委会", 66],
    ["示范县工作方案", "已印发"],
  ]);
  expect(got.facts.adminVillagesStated).toBeUndefined();
});

test("a city's wide table, the county a row per period under its merged name: the 累计 row, the unchanging columns from the first", () => {
  const rows: CellValue[][] = [
    ["某市电子商务进农村综合示范创建工作情况统计表"],
    ["填报单位：湘桥区商务局\u3000\u3000考评截止日期：2021年8月31日"],
    ["县（市、区）", "统计期间", "基本情况", null, "人才培训", null, "资金管理", null, "农村产品上行", null],
    [null, null, "常住人口（万人）", "行政村（个）", "培训人次", "参训贫困人口（人）", "下达资金（万元）", "拨付资金（万元）", "农村网络零售额（亿元）", null],
    [null, null, null, null, null, null, null, null, "2019年", "2020年"],
    ["湘桥区", "2020年1—12月", 55.82, 58, 2846, 118, 1500, 612.4, 21.56, 27.43],
    [null, "2021年1—8月", null, null, 2712, 96, null, 498.36, null, null],
    [null, "累计", null, null, 5558, "171（去重）", null, 1110.76, null, null],
    ["潮安区", "2020年1—12月", null, null, null, null, null, null, null, null],
    [null, "2021年1—8月", null, null, null, null, null, null, null, null],
    [null, "累计", null, null, null, null, null, null, null, null],
  ];
  const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
  const got = facts("统计表", rows, [
    m(2, 0, 4, 0),
    m(2, 1, 4, 1),
    m(5, 0, 7, 0),
    m(5, 2, 7, 2),
    m(5, 3, 7, 3),
    m(3, 8, 3, 9),
    m(5, 6, 7, 6),
    m(5, 8, 7, 8),
    m(5, 9, 7, 9),
    m(8, 0, 10, 0),
  ]);
  expect(got.facts).toMatchObject({
    residentPopulation: 558200,
    adminVillagesStated: 58,
    trainingPersonTimesStated: 5558,
    trainedPoorPersonsStated: 171,
    fundAllocated: 15000000,
    fundSpentStated: 11107600,
    ruralRetail2019: 2156000000,
    ruralRetail2020: 2743000000,
  });
});
