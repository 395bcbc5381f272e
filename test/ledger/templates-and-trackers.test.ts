/**
 * From the 168th–172nd blind batches, facts sheets: a city's template a county a row under a header three
 * rows deep with a group of the county's own points; a template a district a column named by its 填报单位（盖章）;
 * a city's query sheet answered in a 某区答复 column; a 见说明 answered in a 统计口径／说明 column; and a
 * self-assessment tracked at time points, read at the cut-off a line of several pairs states.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const facts = (name: string, rows: CellValue[][], merges?: Sheet["merges"]) => factsOf({ sheets: [{ name, rows, merges }] });
const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

test("a county-a-row template three header rows deep: each column read with the group right above it, its claims group as claims", () => {
  const got = facts(
    "郁南县",
    [
      ["某市电子商务进农村综合示范县创建情况统计表"],
      ["序号", "县（市、区）", "基本情况", null, "县级公共服务中心", null, null, "农村产品上行", null, "自评得分（分）", null, null],
      [null, null, "常住人口（万人）", "行政村（个）", "投入运营时间", "免费服务（✓/✗）", null, "农产品网络零售额（万元）", null, "组织领导", "县级中心与产业园", "合计"],
      [null, null, null, null, null, "培训场所设备", "摄影美工", "2019年", "2020年", null, null, null],
      ["例", "XX县", 50.12, 200, "2020.6.1", "✓", "✓", 20000, 26000, 2, 15, 100],
      [1, "郁南县", 39.56, 172, "2020.11.30", "✓", null, 28760, 40512, 2, 12, 90],
    ],
    [
      m(1, 0, 3, 0),
      m(1, 1, 3, 1),
      m(1, 2, 1, 3),
      m(1, 4, 1, 6),
      m(1, 7, 1, 8),
      m(1, 9, 1, 11),
      m(2, 2, 3, 2),
      m(2, 3, 3, 3),
      m(2, 4, 3, 4),
      m(2, 5, 2, 6),
      m(2, 7, 2, 8),
      m(2, 9, 3, 9),
      m(2, 10, 3, 10),
      m(2, 11, 3, 11),
    ],
  );
  expect(got.facts).toMatchObject({
    residentPopulation: 395600,
    adminVillagesStated: 172,
    centerOpened: "2020-11-30",
    centerFreeTraining: true,
    agriRetail2019: 287600000,
    agriRetail2020: 405120000,
  });
  // (The 摄影美工 left blank is no answer; the example row none of the county's.)
  expect(got.facts.centerPhoto).toBeUndefined();
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "work.center": 12 });
  expect(got.judged).toEqual({});
});

test("a district-a-column template: the column its 填报单位（盖章） names, not the city's prefilled others nor the 全市合计; its own points section as claims", () => {
  const got = facts("汇总表", [
    ["某市考评基础数据汇总表"],
    ["填报单位（盖章）：广州市黄埔区商务局　　　　数据截至：2021年8月31日"],
    ["序号", "指标", "单位", "各区填报", null, null, "全市合计", "备注"],
    [null, null, null, "白云区", "黄埔区", "花都区", null, null],
    [1, "常住人口", "万人", 374.31, 126.49, 164.24, 665.04, "市局预填"],
    [2, "行政村数（不含社区）", "个", 118, 28, 188, 334, "市局预填"],
    [3, "示范县工作方案是否正式印发", "是/否", null, "是", null, "—", null],
    ["十、指标自评得分"],
    [4, "组织领导", "分", null, 2, null, 2, null],
    [5, "方案制定", "分", null, 2, null, 2, null],
    [6, "政策支持", "分", null, 2, null, 2, null],
    [7, "项目管理", "分", null, 3, null, 3, null],
    [8, "电商人才培训", "分", null, 20, null, 20, null],
  ]);
  expect(got.facts).toMatchObject({ county: "黄埔区", residentPopulation: 1264900, adminVillagesStated: 28, planIssued: true });
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "org.management": 3, "work.training": 20 });
});

test("a city's query sheet: the district's answers are in its 某区答复 column", () => {
  const got = facts("预审问询单", [
    ["某市商务局考评预审问询单（浈江区）"],
    ["序号", "考评指标（分值）", "市局问询事项", "浈江区答复", "佐证材料", "自评分", "市局预审意见"],
    [1, "县级中心与产业园（15分）", "县级电商公共服务中心建成及运营时间", "区电子商务公共服务中心2020年11月28日正式投入运营。", "附件2-1", 14, null],
    [2, "网络零售额增长", "网络零售额", "2019年农村网络零售额6.85亿元、2020年8.63亿元，增长26.0%。", "附件3-6", null, null],
  ]);
  expect(got.facts).toMatchObject({ centerOpened: "2020-11-28", ruralRetail2019: 685000000, ruralRetail2020: 863000000 });
});

test("a value cell saying 见说明: the figure in the row's 统计口径／说明", () => {
  const got = facts("口径说明", [
    ["序号", "数据项", "数值", "单位", "统计口径／说明", "数据时点"],
    [1, "下达省级专项资金", 500, "万元", "省财政下达", "2020.3.2"],
    [2, "累计拨付资金", "见说明", "元", "截至2021年8月31日国库支付3,962,180.00元", "2021.8.31"],
  ]);
  expect(got.facts).toMatchObject({ fundAllocated: 5000000, fundSpentStated: 3962180 });
});

test("a self-assessment tracked at time points: the column at the cut-off its line of several pairs states, not the later update", () => {
  const got = facts(
    "自评跟踪表",
    [
      ["某区创建自评跟踪表"],
      ["填报单位：惠州市惠阳区商务局　　　考评截止日期：2021年8月31日　　　说明：9月15日栏仅供参考"],
      ["序号", "项目", "单位", "各时点情况", null, null, "备注"],
      [null, null, null, "2021年4月底（中期评估）", "2021年8月31日（正式自评）", "2021年9月15日（更新，仅供参考）", null],
      [1, "电商培训人次", "人次", 2938, 4653, 5053, "累计"],
      [2, "中心其他衍生增值服务", null, "否", "无", "有", "9月起开通"],
      [3, "工作台账", "分（1-2）", 1, 1, 2, null],
    ],
    [m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 3, 2), m(2, 3, 2, 5), m(2, 6, 3, 6)],
  );
  expect(got.facts).toMatchObject({ county: "惠阳区", trainingPersonTimesStated: 4653, centerOther: false });
  expect(got.judged).toMatchObject({ "org.management.ledger": 1 });
});

test("points typed as their sum (2+1=3, ２＋２＝４): the result is the claim, a sum that does not add up none", () => {
  const got = facts("自评表", [
    ["工作任务", "评价指标名称", "权重（%）", "评分标准", "完成情况", "自评得分"],
    ["加强组织领导", "项目管理", 4, "建立项目管理制度（1-2分）；建立完整工作台账（1-2分）。", "制定项目管理办法；建立项目工作台账。", "2+1=3"],
    ["加强信息公开", "信息公开", 4, "设立公开专栏且内容全面（2分）；按月更新（2分）。", "设立专栏，按月更新。", "２＋２＝４"],
    ["加强信息公开", "数据上报", 6, "按月报送（3分）；能统计电商扶贫情况（3分）。", "按月报送。", "3+2=6"],
  ]);
  expect(got.claimed).toMatchObject({ "org.management": 3, "info.disclosure": 4 });
  expect(got.claimed["info.reporting"]).toBeUndefined();
});

test("the score table on the left and the facts on the right past an empty column, a strip of judged points under both", () => {
  const got = facts(
    "自评表",
    [
      ["某区考评自评表"],
      ["填报单位：广州市南沙区商务局　　　考评截止日期：2021年8月31日"],
      ["一、自评得分", null, null, null, null, null, "二、基础数据"],
      ["序号", "评价指标", "分值", "自评分", "说明", null, "项目", "数据", "单位", "说明"],
      [1, "组织领导", 2, 2, "区长任组长", null, "县（区）", "南沙区", null, null],
      [2, "方案制定", 2, 2, null, null, "常住人口", 84.64, "万人", "第七次全国人口普查"],
      [3, "政策支持", 2, 2, null, null, "领导小组组长", "区委副书记、区长", null, null],
      [4, "项目管理", 4, 4, null, null, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局", null, null],
      [5, "资金支出", 5, 3, "支出率69.6%", null, "中心其他衍生增值服务", "有", null, "代办执照、融资对接"],
      [null, null, null, null, null, null, "行政村快递覆盖率", 100, "%", null],
      ["三、主观评分项自评（分）"],
      ["方案制定", "政策支持", "项目管理制度", "工作台账"],
      [2, 2, 2, 2],
    ],
    [m(0, 0, 0, 9), m(1, 0, 1, 9), m(2, 0, 2, 4), m(2, 6, 2, 9), m(10, 0, 10, 9)],
  );
  expect(got.facts).toMatchObject({ residentPopulation: 846400, centerOther: true, expressCoverage: true });
  expect(got.leadership).toBe("principal-all");
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "org.management": 4, "fund.spending": 3 });
});

test("the indicator table on its side with the judged items' table under it: the strip turned back, the table read as it stands", () => {
  const got = facts("自评得分", [
    ["某区考评自评得分表"],
    ["评价指标", "组织领导", "方案制定", "政策支持", "项目管理", "农村产品上行", "电商人才培训"],
    ["分值", 2, 2, 2, 4, 10, 20],
    ["自评得分", 2, 2, 2, 4, 9, 20],
    [],
    ["主观评分项自评（分项）"],
    ["序号", "评分项", "分值范围", "自评分", "依据"],
    [1, "网销调研", "1-2", 2, "形成调研报告"],
    [2, "网络促销活动", "1-2", 2, null],
    [3, "交易标准与冷链溯源", "1-2", 1, "冷链在建"],
  ]);
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "work.upward": 9, "work.training": 20 });
  expect(got.judged).toMatchObject({ "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1 });
});

test("a multi-source comparison: 同省商务厅数 the figure whose bracket names that source, in the row's unit; a day its bracket calls the cut-off", () => {
  const got = facts(
    "多源比对",
    [
      ["某区考评数据多源比对表"],
      ["编制：某区经科局电商股　　　比对时点：2021年8月31日（考评截止日）　　　编制日期：2021年9月10日"],
      ["序号", "数据项", "单位", "各来源数据", null, null, "采用值", "采用说明"],
      [null, null, null, "区经科局台账", "统计／主管部门", "平台／第三方", null, null],
      [1, "常住人口", "万人", "—", "76.64（七普）", "—", 76.64, null],
      [2, "2019年农村网络零售额", "亿元", "—", "32.17（省商务厅）", "31.86（阿里研究院）", "同省商务厅数", "以省商务厅数据为准"],
      [3, "2019年农产品网络零售额", "亿元", "—", "2.45（省商务厅）", "2.61（阿里研究院）", "取统计数", null],
    ],
    [m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 3, 2), m(2, 3, 2, 5), m(2, 6, 3, 6), m(2, 7, 3, 7)],
  );
  expect(got.facts).toMatchObject({ asOf: "2021-08-31", residentPopulation: 766400, ruralRetail2019: 3217000000, agriRetail2019: 245000000 });
});
