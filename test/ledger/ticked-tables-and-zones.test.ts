/**
 * From the 163rd and 164th blind batches: the official table with every option ticked and its 实际情况 the
 * clerk's account, a development zone's name and its 管委会主任 leading, figures typed in full-width digits, the
 * judged items laid across the sheet under other tables, a system export's points named "（自评分）", and its
 * resubmissions told apart by when they were made, whatever the rows' order.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const facts = (name: string, rows: CellValue[][]) => factsOf({ sheets: [{ name, rows }] });

test("a ticked scoring table's 实际情况: each option's account read, the zone's 管委会主任 its principal leader", () => {
  const got = facts("评分勾选表", [
    ["汕尾市红海湾经济开发区电子商务进农村综合示范创建考评评分勾选表"],
    ["工作任务", "评价指标", "权重", "评分选项（评分标准）", "勾选", "实际情况", "分项得分", "指标自评分"],
    [
      "加强组织领导与统筹协调（10分）",
      "组织领导",
      2,
      "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）",
      "☑",
      "管委会主任任领导小组组长，经济发展局（商务）、财政局、农业农村和水务局、社会事务局（扶贫办）参与",
      2,
      2,
    ],
    [null, null, null, "由县（市、区）政府分管领导牵头（1分）", "☐", null, null, null],
    [null, "服务体系建设（村级站点覆盖）", 10, "行政村覆盖率70%及以上（5分）", "☑", "行政村21个，有站点的18个，覆盖率85.7%", 5, 10],
    [null, "电商人才培训", 20, "培训人次达常住人口1%及以上（10分）", "☑", "常住人口5.27万人，培训712人次，占1.35%", 10, 20],
    [null, "资金支出", 5, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）", "☑", "下达500万元，拨付381.9万元，支出率76.4%", 4, 4],
  ]);
  expect(got.facts).toMatchObject({
    county: "红海湾经济开发区",
    adminVillagesStated: 21,
    residentPopulation: 52700,
    trainingPersonTimesStated: 712,
    fundAllocated: 5000000,
    fundSpentStated: 3819000,
  });
  expect(got.leadership).toBe("principal-all");
});

test("a zone named in the title without its city's 市, figures in full-width digits", () => {
  const got = facts("任务完成情况", [
    ["河源江东新区电子商务进农村综合示范创建任务完成情况对照表"],
    ["（对照创建工作方案目标任务逐项对照，数据截至２０２１年８月３１日）"],
    ["序号", "任务类别", "目标任务（方案要求）", "完成情况", "备注"],
    [1, "电商培训", "培训人次达常住人口1%以上", "累计培训３，２０８人次", null],
    [2, "农村产品上行", "2020年农村网络零售额同比增长30%以上", "２０２０年农村网络零售额３．２６亿元，同比增长３４．２％", null],
  ]);
  expect(got.facts).toMatchObject({
    county: "江东新区",
    asOf: "2021-08-31",
    trainingPersonTimesStated: 3208,
    ruralRetail2020: 326000000,
    ruralRetailGrowthStated: 0.342,
  });
});

test("the judged items across the sheet, a row of ranges and a row of points, below other tables", () => {
  const got = facts("统计表", [
    ["某区电子商务进农村综合示范创建主要数据统计表"],
    ["一、基本情况"],
    ["常住人口（万人）", 35.92, "行政村（个）", 28],
    [],
    ["四、评判项自评"],
    ["评判项", "方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研", "网络促销活动", "交易标准与冷链溯源", "资金管理制度", "资金台账", "资金拨付"],
    ["分值范围", "1—2", "1—2", "1—2", "1—2", "1—2", "1—2", "1—2", "1—5", "1—5", "1—5"],
    ["自评分", 2, 2, 1, 2, 2, 2, 1, 5, 4, 4],
  ]);
  expect(got.judged).toMatchObject({
    "org.plan": 2,
    "org.policy": 2,
    "org.management.system": 1,
    "org.management.ledger": 2,
    "work.upward.research": 2,
    "work.upward.promotion": 2,
    "work.upward.standards": 1,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
  });
});

test("a system export's resubmissions: each item as last made by its 填报时间, its points named （自评分）", () => {
  const rows: CellValue[][] = [
    ["广东省电子商务进农村综合示范管理系统"],
    ["序号", "指标编码", "指标名称", "计量单位", "填报值", "填报人", "填报时间", "状态"],
    [1, "JC01", "县（市、区）名称", "文本", "番禺区", "梁××", "2021-09-02 09:15:06", "已通过"],
    [2, "JC03", "常住人口", "万人", 265.84, "何××", "2021-09-06 15:02:11", "已通过"],
    [3, "JC03", "常住人口", "万人", 177.59, "梁××", "2021-09-02 09:18:40", "已退回"],
    [4, "PD09", "资金台账（自评分）", "分（1-5）", 4, "梁××", "2021-09-02 11:20:04", "已通过"],
    [5, "PD10", "资金拨付（自评分）", "分（1-5）", 3, "何××", "2021-09-06 15:16:45", "已通过"],
    [6, "PD10", "资金拨付（自评分）", "分（1-5）", 4, "梁××", "2021-09-02 11:20:04", "已退回"],
  ];
  const got = facts("导出数据", rows);
  expect(got.facts.residentPopulation).toBe(2658400);
  expect(got.judged).toMatchObject({ "fund.ledger": 4, "fund.spending": 3 });
});

test("a statistical form's 上年同期 of a retail sum is the year before's figure; its 综合机关名称 the county's office", () => {
  const got = facts("粤商电农01表", [
    ["电子商务进农村综合示范县创建情况统计表"],
    ["综合机关名称：汕头市金平区商务局", null, "报告期：截至2021年8月31日", null, "计量单位：见表", null],
    ["指标名称", "代码", "计量单位", "本期", "上年同期", "备注"],
    ["常住人口", "01", "万人", 83.62, 83.15, "第七次全国人口普查"],
    ["农村网络零售额（本期填2020年，上年同期填2019年）", "19", "万元", 221906.3, 186432.5, null],
    ["农产品网络零售额（2020年度）", "21", "万元", 10902.4, 8215.6, "上年同期为2019年度"],
  ]);
  expect(got.facts).toMatchObject({
    county: "金平区",
    residentPopulation: 836200,
    ruralRetail2020: 2219063000,
    ruralRetail2019: 1864325000,
    agriRetail2020: 109024000,
    agriRetail2019: 82156000,
  });
});

test("a task table's 完成情况 names its fact through the task beside it, not the task's group", () => {
  const got = facts("任务完成情况", [
    ["某区电子商务进农村综合示范创建任务完成情况对照表"],
    ["序号", "任务类别", "目标任务（方案要求）", "完成情况", "完成率", "是否完成"],
    [1, "组织领导", "印发示范创建工作方案", "已于2020年4月印发", "100%", "●"],
    [2, "公共服务中心", "提供其他衍生增值服务（代运营、金融对接等）", "尚未开展，正与金融机构洽谈", 0, "○"],
    [3, "农村产品上行", "引进专业第三方电子商务运营服务商", "已引进河源市客都电子商务有限公司负责中心运营", "100%", "●"],
    [4, "农村产品上行", "行政村物流快递覆盖率达到100%", "48个行政村全部通快递", "100%", "●"],
  ]);
  expect(got.facts).toMatchObject({ planIssued: true, centerOther: false, thirdPartyOperator: true, expressCoverage: true });
});
