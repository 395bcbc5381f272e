/**
 * From the 155th–158th blind batches' facts sheets: judged points ticked among their values, a block's
 * "标签：值" lines in one cell, two years' columns side by side, a survey's lettered answers, a system's
 * coded ones, corrections by arrow and by 原…改, a numbered 自评得分汇总 strip with bonuses named short,
 * a question asking for two years at once, a list answered with more after it, and a report's paragraph
 * straight under its table's 合计.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const facts = (name: string, rows: CellValue[][]) => factsOf({ sheets: [{ name, rows }] });

test("a printed form's judged items ticked among their point values (□1分　☑2分): the points ticked; several or none ticked, nothing", () => {
  const got = facts("基本情况表", [
    ["遂溪县电子商务进农村综合示范县基本情况表"],
    ["三、评判项自评"],
    ["方案制定", "□1分　☑2分", null, "政策支持", "☑1分　□2分"],
    ["资金台账", "□1分　□2分　□3分　☑4分　□5分", null, "资金及时拨付", "□1分　☑2分　□3分　☑4分　□5分"],
  ]);
  expect(got.judged).toEqual({ "org.plan": 2, "org.policy": 1, "fund.ledger": 4 });
});

test("a block's name beside one cell of 标签：值 lines: each line read, its boxes, its day in Chinese numerals, its growth in brackets and its judged items with bare points", () => {
  const got = facts("基本情况", [
    ["乳源瑶族自治县电子商务进农村综合示范创建基本情况"],
    ["板块", "情况（截至2021年8月31日）"],
    ["基本数据", "常住人口：18.56万人\n行政村：102个（另有社区居委会13个）\n省定贫困村：9个"],
    ["组织领导", "牵头领导：县委书记\n示范县工作方案：☑已正式印发　☐未印发\n支持农村电商发展政策：☑已出台　☐未出台"],
    [
      "公共服务中心",
      "投入运营：二〇二〇年十二月十八日\n服务内容：☑免费培训场所和设备　☑特色农产品免费展示销售　☐免费摄影美工　☑统一推广与品牌建设指导　☐其他衍生增值服务",
    ],
    ["网络零售", "2019年农村网络零售额：5.20亿元\n2020年农村网络零售额：6.61亿元（同比增长27.1%）"],
    ["资金", "资金管理制度：☑已制定　　资金专用台账：☑已建立\n项目总体进度：83%"],
    ["自评分（评判项）", "方案制定 2　　政策支持 1\n资金管理制度 4　　资金台账 4"],
  ]);
  expect(got.facts).toMatchObject({
    residentPopulation: 185600,
    adminVillagesStated: 102,
    poorVillagesStated: 9,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-12-18",
    centerFreeTraining: true,
    centerPhoto: false,
    centerOther: false,
    ruralRetail2019: 520000000,
    ruralRetail2020: 661000000,
    ruralRetailGrowthStated: 0.271,
    fundSystemIssued: true,
    fundLedgerKept: true,
    overallProgress: 0.83,
  });
  expect(got.judged).toEqual({ "org.plan": 2, "org.policy": 1, "fund.system": 4, "fund.ledger": 4 });
});

test("two years' columns (2020年度填报 | 2021年度填报（本次）): this year's answers only, never last year's where this year's is blank; the judged table under its own header", () => {
  const got = facts("基本数据", [
    ["阳东区电子商务进农村综合示范创建基本数据表"],
    ["序号", "指标", "单位", "2020年度填报", "2021年度填报（本次）", "备注"],
    ["1.2", "考评截止时间", "—", "2020.12.31", "2021.8.31", null],
    ["1.3", "常住人口", "万人", 44.8, 46.13, null],
    ["2.4", "支持农村电商发展的政策已出台", "是/否", "否", "是", null],
    ["3.6", "提供其他衍生增值服务", "是/否", "否", null, "拟于9月开展"],
    ["5.1", "累计培训人次", "人次", "1,812", "4,286", null],
    [],
    ["二、评判项自评（2021年度）"],
    ["序号", "评判项", "分值范围", "自评分", "依据"],
    [1, "方案制定", "1-2", 2, "方案已印发"],
    [2, "资金台账", "1-5", 3, "承建单位台账"],
  ]);
  expect(got.facts).toMatchObject({ asOf: "2021-08-31", residentPopulation: 461300, policyIssued: true, trainingPersonTimesStated: 4286 });
  expect(got.facts.centerOther).toBeUndefined();
  expect(got.judged).toEqual({ "org.plan": 2, "fund.ledger": 3 });
});

test("answers as systems write them: a survey's lettered choices (A.是, B.市长) and a reporting system's codes (1-是, 0-否)", () => {
  const survey = facts("Sheet1", [
    [
      "序号",
      "提交答卷时间",
      "1、县（市、区）名称",
      "2、考评截止日期",
      "3、常住人口（单位：人）",
      "4、行政村数（个）",
      "6、领导小组组长（A.市委书记 B.市长 C.常务副市长）",
      "8、示范县工作方案是否已正式印发",
      "9、是否已出台支持农村电商发展的政策",
      "18、行政村物流快递覆盖率是否达到100%",
      "40、是否存在弄虚作假",
    ],
    [1, "2021/9/6 16:42:10", "四会市", "2021-08-31", 542730, 108, "B.市长", "A.是", "A.是", "B.否", "B.否"],
  ]);
  expect(survey.facts).toMatchObject({ planIssued: true, policyIssued: true, expressCoverage: false, vetoFraud: false });
  const coded = facts("导出数据", [
    ["序号", "指标编码", "一级指标", "数据项", "计量单位", "填报值", "审核状态"],
    [1, "FW-05", "服务体系建设", "组织农产品统一推广、指导品牌建设", "代码", "1-是", "已填报"],
    [2, "FW-06", "服务体系建设", "提供其他衍生增值服务", "代码", "0-否", "已填报"],
    [3, "XX-03", "信息公开", "专栏公示项目建设进度", "代码", "0-否", "已填报"],
  ]);
  expect(coded.facts).toMatchObject({ centerBrand: true, centerOther: false, disclosureProgress: false });
});

test("corrections in place: a mark by an arrow (×→√) and a figure by 原：…；改：…", () => {
  const got = facts("摸底表（修改稿）", [
    ["序号", "项目", "单位", "填报数", "备注"],
    [15, "其他衍生增值服务", "是/否", "×→√", "补充代运营、仓储服务"],
    [29, "专栏设立征求意见或监督举报窗口", "是/否", "×→√", "已增设监督举报信箱"],
    [32, "累计拨付资金", "万元", "原：1,023.50；改：1,086.40", "截至8月31日"],
  ]);
  expect(got.facts).toMatchObject({ centerOther: true, disclosureWindow: true, fundSpentStated: 10864000 });
});

test("a numbered 自评得分汇总 strip: every indicator's claim, the bonuses named short (贫困人口培训率加分), a dash no claim", () => {
  const got = facts("创建情况表", [
    ["高要区电子商务进农村综合示范县创建情况表"],
    ["常住人口", "７６．８２万人"],
    [],
    ["五、自评得分汇总"],
    ["组织领导", "方案制定", "政策支持", "项目管理", "人才培训", "贫困人口培训率加分", "电视播报加分", "合计"],
    [2, 2, 2, 3, 20, 2, "—", 31],
  ]);
  expect(got.claimed).toEqual({ "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.training": 20, "bonus.poorTraining": 2 });
});

test("a question asking for two years at once, and a list of what is published answered with more after it", () => {
  const got = facts("自查问答", [
    ["连南瑶族自治县电子商务进农村综合示范创建自查问答表"],
    ["序号", "自查问题", "回答", "佐证材料"],
    [3, "示范县工作方案是否已正式印发？", "已印发", null],
    [21, "行政村物流快递覆盖率是否达100%？", "是", null],
    [25, "常住人口（万人）？", 13.72, "第七次全国人口普查"],
    [26, "累计培训多少人次？", "1130人次", null],
    [23, "2019年、2020年农村网络零售额？", "2019年3.12亿元，2020年3.85亿元", null],
    [28, "县政府网站专栏公开了哪些内容？", "创建方案、项目基本信息、项目建设进度，并公布监督举报电话", null],
  ]);
  expect(got.facts).toMatchObject({
    expressCoverage: true,
    residentPopulation: 137200,
    ruralRetail2019: 312000000,
    ruralRetail2020: 385000000,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: true,
  });
});

test("a report pasted a paragraph a row: a short paragraph with a figure straight under a table's 合计, and a service said to be only in preparation", () => {
  const got = facts("自评报告", [
    ["高明区电子商务进农村综合示范县创建工作自评报告"],
    ["一、基本情况"],
    ["我区常住人口47.35万人，辖行政村75个，无省定贫困村。"],
    ["二、服务体系"],
    ["组织区域公共品牌统一推广，并提供代运营、融资对接等衍生增值服务。摄影美工服务正在筹备，暂未提供。"],
    ["三、资金"],
    ["省级财政下达我区专项资金1500万元，制定了资金管理办法，建立了资金专用台账。"],
    ["表1　省级专项资金拨付情况"],
    ["项目", "拨付金额（万元）"],
    ["公共服务中心建设及运营", 356.8],
    ["电商人才培训", 128.36],
    ["合计", 485.16],
    ["项目总体进度达90%，未出现建设进度严重滞后情况。"],
    ["四、其他情况"],
    ["创建期间，我区未发生安全生产、质量事故，不存在弄虚作假行为。"],
  ]);
  expect(got.facts).toMatchObject({ residentPopulation: 473500, adminVillagesStated: 75, centerOther: true, centerPhoto: false, overallProgress: 0.9 });
});

test("a growth indented under its item with no number of its own (　同比增长 under 农村网络零售额), in the year's column", () => {
  const got = facts("指标完成情况", [
    ["丰顺县电子商务进农村综合示范主要指标及任务完成情况表"],
    ["序号", "指标", "单位", "2019年", "2020年", "备注"],
    [1, "农村网络零售额", "亿元", 16.82, 19.95, "省商务厅监测数据"],
    [null, "\u3000同比增长", "%", null, 18.6, null],
    [2, "农产品网络零售额", "万元", "32,560", "43,980", null],
    [null, "\u3000同比增长", "%", null, 35.1, null],
    [3, "电商培训", "人次", "1,260", "2,846", null],
  ]);
  expect(got.facts).toMatchObject({ ruralRetail2019: 1682000000, ruralRetail2020: 1995000000, ruralRetailGrowthStated: 0.186, agriRetailGrowthStated: 0.351 });
});

test("a report's closing paragraph: its total's sentence ended before 其中 lists the parts, a bonus said as 加1分 after what earned it; its cut-off on a line leading into the report", () => {
  const got = facts("自评报告", [
    ["潮阳区电子商务进农村综合示范创建工作自评报告"],
    ["汕头市潮阳区商务局"],
    [null],
    ["根据省商务厅通知要求，我区对照考评指标体系开展了自查，"],
    ["本次自评截止时间为 2021 年 8 月 31 日，现将有关情况报告如下："],
    ["一、基本情况"],
    ["我区常住人口 165.4 万人，共有行政村 238 个。"],
    ["二、创建工作开展情况"],
    ["区电子商务公共服务中心于 2020 年 9 月 28 日正式投入运营。"],
    ["省财政下达我区专项资金 1500 万元。"],
    ["三、自评得分"],
    [
      "对照考评指标体系，我区自评得分 97 分（含加分 1 分）。其中：组织领导 2 分，方案制定 2 分，电商人才培训 20 分，信息公开 4 分；加分项：电商扶贫典型案例获省级电视媒体播报，加 1 分。",
    ],
  ]);
  expect(got.facts).toMatchObject({ asOf: "2021-08-31", residentPopulation: 1654000, adminVillagesStated: 238 });
  expect(got.claimed).toEqual({ "org.leadership": 2, "org.plan": 2, "work.training": 20, "info.disclosure": 4, "bonus.tvCase": 1 });
});

test("a checklist's 评判项自评分 column: the judged items' points (同上 the line above's), never claims; a centre built one day and opened another: the opening", () => {
  const got = facts("对照表", [
    ["斗门区电子商务进农村综合示范创建目标任务完成情况对照表"],
    ["序号", "考评内容", "目标任务（创建方案要求）", "完成情况", "是否完成", "评判项自评分", "备注"],
    [2, "方案制定", "制定科学严谨的示范创建工作方案", "2019年12月正式印发《创建工作方案》", "已完成", 2, null],
    [3, "政策支持", "出台支持政策", "出台《农村电子商务发展扶持办法》", "〃", 1, null],
    [4, "项目管理制度", "制定项目管理制度", "制定《项目管理办法》", "〃", 2, null],
    [5, "工作台账", "建立完整工作台账", "建立项目建设工作台账", "〃", "同上", null],
    [6, "公共服务中心", "建成区级中心并运行6个月以上", "中心于2020年6月建成，2020年7月1日起正式投入运营", "已完成", "—", null],
    [24, "资金管理制度", "制定资金管理制度", "制定《专项资金管理办法》", "已完成", 4, null],
  ]);
  expect(got.judged).toEqual({ "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "fund.system": 4 });
  expect(got.claimed).toEqual({});
  expect(got.facts.centerOpened).toBe("2020-07-01");
});

test("the finance bureau's performance form: its 分值 and 得分 no claims, its 实际完成值 the values", () => {
  const got = facts("绩效自评表", [
    ["项目支出绩效自评表"],
    ["（2021年度）"],
    ["自评截止日期", "2021年8月31日"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "电商培训人次", "≥4,000人次", "4,516人次", 5, 5, null],
    [null, "时效指标", "项目总体进度", "100%", "82%", 5, 4.1, "部分站点尚在建设"],
    [null, "成本指标", "省级专项资金支出", "≤1,500万元", "1,163.28万元", 5, 5, null],
  ]);
  expect(got.facts).toMatchObject({ asOf: "2021-08-31", trainingPersonTimesStated: 4516, overallProgress: 0.82 });
  expect(got.claimed).toEqual({});
});
