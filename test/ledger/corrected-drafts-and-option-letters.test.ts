/**
 * From the 165th and 166th blind batches: a questionnaire ticked in 是 | 否 columns under 填报情况, a draft
 * corrected after the city's check (原填报 | 修改后), a report's points standing after a paragraph's full
 * stop, a table of years down, a city's collection row under a format row and its 填写示例 row, a
 * questionnaire answered by option letters, a Word form of 项目 | 基本情况 with its lines in one cell, and a
 * progress tracker by month with a 口径 column and two dated self-checks.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const facts = (name: string, rows: CellValue[][], merges?: Sheet["merges"]) => factsOf({ sheets: [{ name, rows, merges }] });
const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

test("是 | 否 | 数量/内容 under 填报情况: a tick in 否 is no, a figure in 数量/内容 the line's, the vetoes not happened", () => {
  const got = facts(
    "自评基础数据",
    [
      ["某县电子商务进农村综合示范创建考评自评基础数据表"],
      ["序号", "考评内容", "填报情况", null, null, "单位", "佐证材料及说明"],
      [null, null, "是", "否", "数量/内容", null, null],
      ["一、基本情况"],
      [1, "县（市、区）常住人口", null, null, 79.82, "万人", "第七次全国人口普查公报"],
      [2, "行政村数", null, null, 221, "个", "不含社区居委会24个"],
      ["二、服务体系建设"],
      [3, "为电子商务市场主体提供免费摄影、美工服务", null, "√", null, null, "摄影棚2021年10月投入使用"],
      [4, "组织农产品统一推广、指导特色农产品品牌建设", "√", null, null, null, null],
      ["三、一票否决事项"],
      [5, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "√", null, null, null],
      [6, "弄虚作假", null, "√", null, null, null],
    ],
    [m(1, 0, 2, 0), m(1, 1, 2, 1), m(1, 2, 1, 4), m(1, 5, 2, 5), m(1, 6, 2, 6)],
  );
  expect(got.facts).toMatchObject({ residentPopulation: 798200, adminVillagesStated: 221, centerPhoto: false, centerBrand: true, vetoIncident: false, vetoFraud: false });
});

test("原填报 | 修改后: the corrected value where one is written, 不变 and a blank keeping the original", () => {
  const got = facts("基础数据（修改稿）", [
    ["序号", "类别", "指标", "计量单位", "原填报", "修改后", "修改说明"],
    [1, "基本情况", "常住人口", "万人", 28.63, 24.78, "原填户籍人口"],
    [2, null, "行政村数", "个", 125, null, null],
    [3, "组织领导", "是否出台支持农村电商发展的政策", "是/否", "否", "是", "原填有误"],
    [4, "服务体系建设", "县级电子商务公共服务中心投入运营时间", "年月日", "2021年1月", "2020年12月28日", null],
    [5, "资金管理", "项目总体进度", "%", 86, "不变", "经核实无误"],
  ]);
  expect(got.facts).toMatchObject({ residentPopulation: 247800, adminVillagesStated: 125, policyIssued: true, centerOpened: "2020-12-28", overallProgress: 0.86 });
});

test("a report's points after its paragraph's full stop are the heading's item; a year down a table of years names no retail sum", () => {
  const got = facts("自评报告", [
    ["某县电子商务进农村综合示范创建工作自评报告"],
    ["\u3000\u3000（二）科学制定方案。2020年4月，县政府办公室正式印发《某县电子商务进农村综合示范工作实施方案》，明确了创建目标。（自评2分）"],
    ["\u3000\u3000（三）强化政策支持。出台了《某县促进电子商务发展扶持办法》，已兑现扶持资金86万元。（自评1分）"],
    ["\u3000\u3000据省商务厅反馈数据，2020年全县农村网络零售额9.36亿元，同比增长24.8%。"],
    ["表1\u3000电商培训开展情况"],
    ["年度", "期数", "培训人次"],
    ["2020年", 34, "1,187"],
    ["2021年1—8月", 28, 977],
    ["合计", 62, "2,164"],
  ]);
  expect(got.judged).toMatchObject({ "org.plan": 2, "org.policy": 1 });
  expect(got.facts).toMatchObject({ ruralRetail2020: 936000000, ruralRetailGrowthStated: 0.248 });
});

test("a city's collection row under its format row and its 填写示例 row: the county's own row, in the format row's units", () => {
  const got = facts(
    "数据采集表",
    [
      ["某市电子商务进农村综合示范县考评数据采集表"],
      ["填报单位：连平县商务局\u3000\u3000填报日期：2021年9月6日"],
      ["基本情况", null, null, null, null, "组织领导", null],
      ["序号", "县（区）", "考评截止日期", "常住人口", "行政村数", "示范县工作方案正式印发", "出台支持农村电商发展政策"],
      ["—", "文本", "yyyy-mm-dd", "万人", "个", "Y/N", "Y/N"],
      ["填写示例", "××县", "2021-08-31", 35.6, 120, "Y", "Y"],
      [1, "连平县", "2021-08-31", 30.58, 153, "Y", "N"],
    ],
    [m(2, 0, 2, 4), m(2, 5, 2, 6)],
  );
  expect(got.facts).toMatchObject({ asOf: "2021-08-31", residentPopulation: 305800, adminVillagesStated: 153, planIssued: true, policyIssued: false });
});

test("a questionnaire answered by option letters: the chosen options' words, a multiple choice's others not chosen", () => {
  const got = facts("调查问卷", [
    ["题号", "题目", "选项", "答案", "备注"],
    [7, "是否已正式印发示范县工作方案？", "A.已正式印发\u3000B.未印发（代拟稿）", "Ａ", null],
    [8, "是否已出台支持农村电商发展的政策？", "A.是\u3000B.否", "B", null],
    [
      10,
      "公共服务中心提供的服务有（多选）",
      "A.有免费培训场所、培训设备，能组织电商基础培训\u3000B.为特色农产品提供免费展示、销售服务\u3000C.为电子商务市场主体提供免费摄影、美工服务\u3000D.组织农产品统一推广、指导特色农产品品牌建设\u3000E.为电子商务发展提供其他衍生增值服务",
      "ABD",
      null,
    ],
    [11, "是否建设或整合、优化当地电商产业园？", "A.是\u3000B.否", "是", null],
  ]);
  expect(got.facts).toMatchObject({
    planIssued: true,
    policyIssued: false,
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    centerOther: false,
    parkBuilt: true,
  });
});

test("项目 | 基本情况 with each block's lines in one cell: its sentences, a crossed list line and a figure with a clause after it", () => {
  const got = facts("基本情况表", [
    ["从化区电子商务进农村综合示范创建基本情况表"],
    ["项\u3000\u3000目", "基\u3000本\u3000情\u3000况"],
    ["一、区情概况", "共有行政村221个（另有社区居委会40个）。\n全区常住人口71.78万人（第七次全国人口普查）。\n本区无省定贫困村（有广州市定帮扶村29个）。"],
    ["四、区级公共服务中心", "投入运营时间：2020年9月\n1．为特色农产品提供免费展示、销售服务：有\n2．为电子商务市场主体提供免费摄影、美工服务：无（收费服务）"],
    [
      "八、信息公开与报送",
      "已在区政府门户网站设立“电子商务进农村综合示范”专栏，公开内容：\n√ 创建方案\n√ 项目基本信息\n√ 项目建设进度\n× 征求意见或监督举报窗口\n每月向市商务局报送工作进展；能统计电商扶贫情况。",
    ],
    ["六、农村产品上行", "第三方电子商务运营服务商：有（某农业电商运营有限公司）\n行政村物流快递覆盖率：100%"],
    ["九、资金管理", "省级专项资金：500万元（已全部下达）\n累计拨付：419.62万元（截至8月31日），支出率83.92%\n项目总体进度：约90%"],
  ]);
  expect(got.facts).toMatchObject({
    adminVillagesStated: 221,
    residentPopulation: 717800,
    poorVillagesStated: 0,
    disclosurePlan: true,
    disclosureWindow: false,
    fundSpentStated: 4196200,
  });
});

test("a tracker by month: the cut-off's month (its day beside its label), a 累计 row over the 当月 one, the later of two dated self-checks", () => {
  const months = ["2021年4月", "2021年5月", "2021年6月", "2021年7月", "2021年8月", "2021年9月"];
  const got = facts("进度跟踪", [
    ["某县电子商务进农村综合示范创建工作进度跟踪表"],
    ["考评截止日期", null, "2021.8.31"],
    [],
    ["指标", "口径", ...months, "备注"],
    ["电商培训人次", "当月", 415, 362, 398, 341, 295, 268, null],
    [null, "累计", "3,497", "3,859", "4,257", "4,598", "4,893", "5,161", "含2020年9月前已开展的924人次"],
    ["参训脱贫人口", "累计（人，去重）", 447, 489, 536, 578, 612, 640, null],
    ["累计拨付资金", "累计（万元）", 262.38, 288.1, 309.64, 330.5, 351.2, 388.6, null],
    ["项目总体进度", "%", "66%", "71%", "75%", "79%", "82%", "86%", null],
    [],
    ["序号", "事项", "2021年3月自查", "2021年8月自查", "说明"],
    [1, "已出台支持农村电商发展的政策", "否", "是", "2021年5月出台扶持办法"],
    [2, "为电子商务发展提供其他衍生增值服务", "否", "否", null],
    [3, "行政村物流快递覆盖率100%", "否", null, null],
  ]);
  expect(got.facts).toMatchObject({
    trainingPersonTimesStated: 4893,
    trainedPoorPersonsStated: 612,
    fundSpentStated: 3512000,
    overallProgress: 0.82,
    policyIssued: true,
    centerOther: false,
    expressCoverage: false,
  });
});

test("a task table's answers numbered after the list beside them (①已具备；③未开展): each said of its item", () => {
  const got = facts("任务完成情况对照表", [
    ["序号", "重点任务", "目标任务（《实施方案》）", "完成情况", "是否完成"],
    [2, "方案制定", "2020年3月底前印发创建实施方案", "已于2020年4月8日正式印发（饶府办〔2020〕21号）。", "✔"],
    [4, "县级电子商务公共服务中心", "2020年9月底前建成投入运营", "2020年10月28日投入运营（比计划推迟约1个月）。", "✔"],
    [
      5,
      "公共服务中心服务功能",
      "①免费培训场所及设备；②农特产品免费展示销售；③免费摄影美工；④统一推广与品牌建设；⑤其他衍生增值服务",
      "①已具备（培训教室1间）；②已具备；③未开展（摄影棚拟于2021年10月投用）；④已具备；⑤已具备（代办营业执照）。",
      "部分完成",
    ],
  ]);
  expect(got.facts).toMatchObject({ centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true });
});

test("a statistics table of 本期 | 上年同期 | 同比增减（%） under its 报告期: that year's and the year before's sums and growth", () => {
  const got = facts("导出数据", [
    ["表1\u3000基础信息"],
    ["字段编码", "字段名称", "计量单位", "填报值", "校验结果"],
    ["F0103", "常住人口", "人", 1196082, "通过"],
    ["F0104", "行政村个数（不含社区）", "个", 368, "通过"],
    [],
    ["表2\u3000统计数据（报告期：2020年）"],
    ["字段编码", "指标名称", "计量单位", "本期", "上年同期", "同比增减（%）"],
    ["S0101", "农村网络零售额", "万元", 286412.6, 231905.3, 23.5],
    ["S0102", "其中：农产品网络零售额", "万元", 41836.2, 30128.9, 38.9],
  ]);
  expect(got.facts).toMatchObject({
    ruralRetail2020: 2864126000,
    ruralRetail2019: 2319053000,
    ruralRetailGrowthStated: 0.235,
    agriRetail2020: 418362000,
    agriRetail2019: 301289000,
    agriRetailGrowthStated: 0.389,
  });
});

test("a city's row a county: 是否建成 read under its group, a plan answered by its document number issued", () => {
  const got = facts(
    "各县填报",
    [
      ["梅州市省级电子商务进农村综合示范县创建考评基础数据表"],
      ["填报单位：蕉岭县商务局（盖章）\u3000\u3000考评截止日期：2021年8月31日"],
      ["序号", "县（市、区）", "方案与政策", null, "电商产业园", null],
      [null, null, "工作方案（印发文号）", "扶持政策（文件名称）", "是否建成", "入驻企业（家）"],
      [1, "梅江区", null, null, null, null],
      [2, "蕉岭县", "蕉府办函〔2020〕12号", "《蕉岭县扶持农村电子商务发展的若干措施》", "√", 22],
      [3, "大埔县", null, null, null, null],
    ],
    [m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 2, 3), m(2, 4, 2, 5)],
  );
  expect(got.facts).toMatchObject({ planIssued: true, parkBuilt: true });
});

test("a system's long export (二级指标 | 填报项 | 填报值): a group's name takes no value of the item beside it", () => {
  const got = facts("考评系统导出", [
    ["序号", "指标编码", "一级指标", "二级指标", "填报项", "填报值", "计量单位"],
    [10, "ZZ-02-1", "加强组织领导与统筹协调", "方案制定", "示范县工作方案是否正式印发", 1, "是否（1是0否）"],
    [11, "ZZ-02-2", "加强组织领导与统筹协调", "方案制定", "评判得分（1-2分）", 2, "分"],
    [12, "ZZ-02-9", "加强组织领导与统筹协调", "方案制定", "自评得分", 2, "分"],
    [16, "ZZ-04-1", "加强组织领导与统筹协调", "项目管理", "项目管理制度评判得分（1-2分）", 2, "分"],
  ]);
  expect(got.facts).toMatchObject({ planIssued: true });
  expect(got.judged).toMatchObject({ "org.plan": 2, "org.management.system": 2 });
});
