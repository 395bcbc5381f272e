/**
 * Layouts met in the 199th–204th blind batches: an indicator split into its scoring points with 核定分 beside
 * 指标核定分, a card per indicator (评分标准 | 完成情况 | 自评得分 2/2), a facts sheet with a month table as a
 * section, a station list under its towns' summary, a column's posts copied two lines each, a roster in labour
 * sections with its own 务工情况 column, a report calendar's day row named with its bracket, a village-and-station
 * list with a two-row header.
 */
import type { Merge, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
const claimsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).claims.map((c) => [c.indicator, c.value]));
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("points beside the indicator's same points (部门自评 | 核定分 | 指标核定分): each point's 核定分 judged, the 指标核定分 the claim", () => {
  const sheet: Sheet = {
    name: "指标分解落实表",
    rows: [
      ["某区电子商务进农村综合示范创建考评指标分解落实及自评表"],
      ["序号", "考评指标（分值）", "评分要点", "牵头单位", "完成情况", "自评分", null, null],
      [null, null, null, null, null, "部门自评", "核定分", "指标核定分"],
      [4, "项目管理（4分）", "建立项目管理制度，建设、验收严格执行（1-2分）", "区商务局", "制定项目管理办法", 2, 2, 3],
      [null, null, "建立完整工作台账（1-2分）", "区商务局", "分项建立工作台账，部分台账记录不全", 2, 1, null],
      [13, "制度建立（5分）", "建立资金管理制度并有效落实（1-5分）", "区财政局", "制定专项资金管理办法", 5, 4, 4],
    ],
    merges: [m(1, 0, 2, 0), m(1, 1, 2, 1), m(1, 2, 2, 2), m(1, 3, 2, 3), m(1, 4, 2, 4), m(1, 5, 1, 7), m(3, 0, 4, 0), m(3, 1, 4, 1), m(3, 7, 4, 7)],
  };
  const facts = factsOf(sheet);
  expect([facts["judged:org.management.system"], facts["judged:org.management.ledger"]]).toEqual([2, 1]);
  expect([claimsOf(sheet)["org.management"], claimsOf(sheet)["fund.system"]]).toEqual([3, 4]);
});

test("a card per indicator (title, 评分标准, 完成情况, 自评得分 14/15): the points the claim, the criteria no facts, a veto card's none declared", () => {
  const card = (title: string, criteria: string, done: string, points: string) => [
    [title],
    ["评分标准", criteria],
    ["完成情况", done],
    ["自评得分", points, null, "佐证材料", "附件"],
  ];
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["某县2019年省级电子商务进农村综合示范创建考评自评表"],
      ["二、逐项自评"],
      ...card("（一）组织领导（2分）", "由县政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", "成立领导小组，县长任组长", "2/2"),
      ...card("（五）服务体系建设——县级中心与产业园（15分）", "建成县级中心（2分）；免费摄影美工（1分）；其他衍生增值服务（1分）", "中心2021年3月1日投入运营", "14/15"),
      ...card("（十五）资金支出（5分）", "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "按进度拨付", "4/5"),
      ...card("一票否决项", "发生安全生产、质量事故或重大损失；总体进度不足40%；弄虚作假", "未发生安全生产、质量事故，无弄虚作假", "—"),
    ],
  };
  const claims = claimsOf(sheet);
  expect([claims["org.leadership"], claims["work.center"]]).toEqual([2, 14]);
  const facts = factsOf(sheet);
  // (资金支出's points are its one judged item's.)
  expect(facts["judged:fund.spending"]).toBe(4);
  // (The criteria's 免费摄影美工 and 弄虚作假 are the rubric's words: no service stated, no veto declared.)
  expect(facts.centerPhoto).toBeUndefined();
  expect(facts.vetoFraud).not.toBe("是");
});

test("a facts sheet with a month table as a section: the facts read above and below it, its rows read as the reports and the column's months", () => {
  const months = ["20年9月", "20年10月", "20年11月", "20年12月", "21年1月", "21年2月", "21年3月", "21年4月", "21年5月", "21年6月", "21年7月", "21年8月"];
  const sheet: Sheet = {
    name: "基本情况及自评",
    rows: [
      ["某区电子商务进农村综合示范创建考评基本情况及自评表"],
      ["填报单位：某区商务局　　数据截止：2021年8月31日"],
      ["一、基本情况"],
      ["项目", "填报内容", "说明"],
      ["常住人口", "31.27万人", "第七次全国人口普查数据"],
      ["行政村数", "60个", "另有社区22个"],
      ["省定贫困村数", "8个", null],
      ["示范创建工作方案", "已印发", "云城府办〔2020〕15号"],
      ["电商培训人次", "3,127人次", "含视频分会场"],
      ["能否统计电商扶贫情况", "能", null],
      ["资金管理制度", "已制定", null],
      ["二、向市商务局报送月报及专栏更新情况（按月）"],
      ["项目", null, ...months],
      ["月报报送（√）", null, "√", "√", "√", "√", "√", null, "√", "√", "√", "√", "√", "√"],
      ["专栏更新（篇）", null, 3, 3, 1, 1, 1, 2, 1, 2, 1, 3, 3, 3],
      ["注：2021年1月、2月月报因春节合并，于2021年3月5日一并报送（计入3月）。"],
      ["三、自评得分"],
      ["评价指标", "分值", "自评分"],
      ["数据上报", 6, 6],
      ["信息公开", 4, 3],
    ],
  };
  const r = read(sheet);
  expect(r.recognitions.map((x) => x.kind)).toEqual(["facts", "reports", "disclosures"]);
  expect(r.ledgers.reports.map((x) => day(x.date))).toEqual([
    "2020-09",
    "2020-10",
    "2020-11",
    "2020-12",
    "2021-01",
    "2021-03",
    "2021-04",
    "2021-05",
    "2021-06",
    "2021-07",
    "2021-08",
  ]);
  expect(r.ledgers.disclosures).toHaveLength(12);
  const facts = Object.fromEntries(r.ledgers.facts.map((e) => [e.key, e.value]));
  expect(facts.planIssued).toBe("已印发");
  expect(r.ledgers.claims.map((c) => [c.indicator, c.value])).toEqual([
    ["info.reporting", 6],
    ["info.disclosure", 3],
  ]);
  // (Its months are no labels of the facts: nothing is said of them as unread items.)
  expect(r.diagnostics.list.filter((d) => /20年9月/.test(d.message))).toEqual([]);
});

test("a station list under its towns' summary (一、各镇汇总 then 二、站点明细 and its header): the list below is read", () => {
  const sheet: Sheet = {
    name: "站点清单",
    rows: [
      ["某县村级电子商务服务站点建设情况"],
      ["一、各镇建设情况汇总（截至2021年9月10日）"],
      ["镇", "行政村数", "已建站行政村数", "覆盖率", "站点数（个）"],
      ["后宅镇", 10, 8, "80.0%", 9],
      ["深澳镇", 9, 7, "77.8%", 9],
      ["云澳镇", 9, 6, "66.7%", 6],
      ["合计", 28, 21, "75.0%", 24],
      [],
      ["二、站点明细"],
      ["序号", "站点名称", "所在镇", "所在村（社区）", "负责人", "联系电话", "挂牌时间", "备注"],
      [1, "田角村电商服务站", "后宅镇", "田角村委会", "谭锦秀", "15929436657", "2020-10-08", null],
      [2, "龙湾村电商服务站", "后宅镇", "龙湾村", "陈军", "13773720034", "2020年12月16日", null],
      [3, "东岭村电商服务站", "深澳镇", "东岭村委会", "莫荣芳", "18907978413", "2021.9.5", "9月挂牌"],
    ],
  };
  const r = read(sheet);
  expect(r.recognitions.map((x) => x.kind)).toEqual(["stations"]);
  expect(r.ledgers.stations.map((s) => [s.village, day(s.opened)])).toEqual([
    ["田角村委会", "2020-10-08"],
    ["龙湾村", "2020-12-16"],
    ["东岭村委会", "2021-09-05"],
  ]);
});

test("a column's posts copied two lines each (title over 发布时间：…): each title a post on the day under it", () => {
  const post = (title: string, at: string) => [
    [`· ${title}`, null, null],
    [`发布时间：${at}`, "来源：某区商务局", "浏览次数：260"],
  ];
  const sheet: Sheet = {
    name: "专栏",
    rows: [
      ["某区政府网“电子商务进农村综合示范”专栏"],
      ...post("某区电子商务进农村综合示范项目建设进度（2021年8月）", "2021-08-09 15:02"),
      ...post("某区电子商务进农村综合示范项目建设进度（2021年7月）", "2021-07-20 10:21"),
      ...post("某区电子商务进农村综合示范项目建设进度（2021年6月）", "2021-06-25 09:20"),
    ],
  };
  const r = read(sheet);
  expect(r.recognitions.map((x) => x.kind)).toEqual(["disclosures"]);
  expect(r.ledgers.disclosures.map((d) => [d.source.row, day(d.date)])).toEqual([
    [2, "2021-08-09"],
    [4, "2021-07-20"],
    [6, "2021-06-25"],
  ]);
});

test("a roster in labour sections with its own 务工情况 column: the labour from the section, work away from the column", () => {
  const sheet: Sheet = {
    name: "建档立卡贫困人口",
    rows: [
      ["某区建档立卡贫困人口劳动力及务工情况表"],
      ["序号", "镇（街）", "村", "姓名", "身份证号码", "务工情况"],
      ["一、有劳动能力人员（含弱劳动力、半劳动力）"],
      [1, "前锋镇", "南岭村", "彭润", "445302198912317767", "省外务工（福建省）"],
      [2, "前锋镇", "南岭村", "苏强嘉", "445302196808037635", "区内务工"],
      ["二、无劳动能力人员（丧失劳动力、无劳动力）"],
      [3, "前锋镇", "南岭村", "彭达妹", "445302194002079757", "—"],
    ],
  };
  const persons = read(sheet).ledgers.poorPersons;
  expect(persons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, true],
    [true, false],
    [false, null],
  ]);
});

test("a report calendar whose day row is named with its bracket (工作进展月报（报送日期）): each report on its day, the √ row its poverty", () => {
  const sheet: Sheet = {
    name: "月报",
    rows: [
      ["2020—2021年月报报送情况（报送清远市商务局）"],
      ["报送事项", "2020年9月", "10月", "11月", "12月", "2021年1月", "2月"],
      ["工作进展月报（报送日期）", "10/9", "11/4", "1/5（补报）", "1/8", "2/8", "3/5"],
      ["电商扶贫统计表（随月报）", "×", "√", "√", "√", "√", "√"],
    ],
  };
  const reports = read(sheet).ledgers.reports;
  expect(reports.map((x) => [day(x.date), x.poverty])).toEqual([
    ["2020-10-09", false],
    ["2020-11-04", true],
    ["2021-01-05", true],
    ["2021-01-08", true],
    ["2021-02-08", true],
    ["2021-03-05", true],
  ]);
});

test("a village-and-station list with a two-row header (村级电商服务站点 over 站点名称 | 挂牌时间): read as both lists", () => {
  const sheet: Sheet = {
    name: "村站一览",
    rows: [
      ["某区行政村（社区）及村级电商服务站点一览表"],
      ["填报单位：某区商务局　　截至2021年8月31日"],
      ["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村", "村级电商服务站点", null, null, "备注"],
      [null, null, null, null, null, null, "站点名称", "挂牌时间", "站长／电话", null],
      [1, "云城街道", "榕朗村委会", "村委会", null, "√", "榕朗村电商服务站", "2021年4月29日", "莫亮秀 137****2442", null],
      [2, "云城街道", "南塘村", "村委会", null, "√", "南塘村电商服务站", "2021.4.9", "李凤 137****9575", null],
      [3, "云城街道", "丰岩居委会", "居委会", null, "√", "（未建站）", "—", null, null],
      [4, "河口街道", "大坪村", "村委会", null, "√", "大坪村电商服务站", "2020/7/24", "何嘉 139****5627", null],
      [5, "河口街道", "大坑村委会", "村委会", "是", "×（村民到镇上取件）", "（未建站）", "—", null, null],
    ],
    merges: [m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 3, 2), m(2, 3, 3, 3), m(2, 4, 3, 4), m(2, 5, 3, 5), m(2, 6, 2, 8), m(2, 9, 3, 9)],
  };
  const r = read(sheet);
  expect(r.recognitions.map((x) => x.kind)).toEqual(["stations", "villages"]);
  expect(r.ledgers.villages.map((v) => [v.name, v.poor, v.express])).toEqual([
    ["榕朗村委会", false, true],
    ["南塘村", false, true],
    ["丰岩居委会", false, true],
    ["大坪村", false, true],
    ["大坑村委会", true, false],
  ]);
  expect(r.ledgers.stations).toHaveLength(3);
});

test("a report log under year lines with what was done in them (2020年报送 over 9月8日): each day in its line's year", () => {
  const sheet: Sheet = {
    name: "月报报送",
    rows: [
      ["某区电子商务进农村月报报送登记表"],
      ["报送日期", "月报月份", "报送方式", "是否附扶贫统计"],
      ["2020年报送"],
      ["11月6日", "10月", "电子邮件", "有"],
      ["12月7日", "11月", "粤政易", "有"],
      ["2021年报送"],
      ["1月6日", "12月", "电子邮件", "有"],
    ],
  };
  expect(read(sheet).ledgers.reports.map((x) => day(x.date))).toEqual(["2020-11-06", "2020-12-07", "2021-01-06"]);
});

test("a village list whose note under it explains its mark (注：标“△”的为省定贫困村): △ is a poor village, a blank is none", () => {
  const sheet: Sheet = {
    name: "村居",
    rows: [
      ["某区各村（社区）基本情况"],
      ["镇（街道）", "村（社区）", "类别", "省定贫困村", "快递服务"],
      ["西南街道", "江布村委会", "村委会", null, "通"],
      [null, "横基村委会", "村委会", "△", "通"],
      [null, "沙坑村委会", "村委会", null, "未通"],
      ["注：标“△”的为省定贫困村，未标的行政村不是省定贫困村。"],
    ],
  };
  expect(read(sheet).ledgers.villages.map((v) => [v.name, v.poor])).toEqual([
    ["江布村委会", false],
    ["横基村委会", true],
    ["沙坑村委会", false],
  ]);
});

test("a park's firms entered on the first day of their term written with hyphens (2021-02-06～2024-02-05)", () => {
  const sheet: Sheet = {
    name: "入驻企业",
    rows: [
      ["某区电子商务产业园入驻企业台账"],
      ["序号", "企业名称", "统一社会信用代码", "业态", "入驻期限（起—止）", "状态"],
      [1, "某某海产电商商行", "91440811U0G5H3W82F", "网络零售", "2021-02-06～2024-02-05", "在园"],
      [2, "某某电子商务有限公司", "91440811JTDHR9NC76", "电商平台", "2021.3.26—2024.3.25", "在园"],
    ],
  };
  expect(read(sheet).ledgers.enterprises.map((e) => day(e.entered))).toEqual(["2021-02-06", "2021-03-26"]);
});

test("a civil-affairs register headed 村（居）名 | 组织类型 | 帮扶类型 | 快递进村: the village list, the 省定 villages its poor", () => {
  const sheet: Sheet = {
    name: "村居名单",
    rows: [
      ["某区村（居）民委员会名单"],
      ["序号", "镇", "村（居）名", "组织类型", "帮扶类型", "快递进村", "备注"],
      [1, "太和镇", "锦安社区", "居民委员会", null, "是", null],
      [2, "太和镇", "高塘村", "村民委员会", "一般村", "是", null],
      [3, "太和镇", "白陂村", "村民委员会", "省定相对贫困村", "是", null],
      [4, "太和镇", "黄迳村", "村民委员会", "一般村", "否", "到镇上取件"],
    ],
  };
  const r = read(sheet);
  expect(r.recognitions.map((x) => x.kind)).toEqual(["villages"]);
  expect(r.ledgers.villages.map((v) => [v.name, v.type, v.poor, v.express])).toEqual([
    ["锦安社区", "residents", null, true],
    ["高塘村", "admin", false, true],
    ["白陂村", "admin", true, true],
    ["黄迳村", "admin", false, false],
  ]);
});

test("a claims table's items listed under 其中（主观评分项）: each item's points judged", () => {
  const sheet: Sheet = {
    name: "自评得分",
    rows: [
      ["序号", "评价指标", "分值", "自评分", "其中（主观评分项）"],
      [4, "项目管理", 4, 4, "管理制度2；工作台账2"],
      [7, "农村产品上行", 10, 8, "网销调研1；促销活动2；交易标准及冷链溯源1"],
      [15, "资金支出", 5, 3, "及时拨付3"],
    ],
  };
  const facts = factsOf(sheet);
  const points = [facts["judged:work.upward.research"], facts["judged:work.upward.promotion"], facts["judged:work.upward.standards"]];
  expect(points.map((p) => parseFloat(String(p)))).toEqual([1, 2, 1]);
});

test("a grid's tiers typed a cell each, the chosen one ● and the rest ○: the ● answers the line", () => {
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["序号", "评价指标", "评分项", "档位", null, null, "完成情况", "佐证", "小计"],
      [
        5,
        "服务体系建设——县级中心与产业园（15分）",
        "建成县级电子商务公共服务中心",
        "● 达到（2分）",
        "○ 未达到（0分）",
        null,
        "2021年2月28日正式投入运营",
        "揭牌照片",
        14,
      ],
      [null, null, "免费培训场所、培训设备", "● 达到（2分）", "○ 未达到（0分）", null, "有培训教室1间（80座）、电脑40台", "现场", null],
      [null, null, "免费摄影、美工服务", "○ 达到（1分）", "● 未达到（0分）", null, "产品摄影免费；美工设计按件收费", "收费公示", null],
    ],
  };
  const facts = factsOf(sheet);
  expect(facts.centerFreeTraining).toBe("是");
});

test("a column's contents listed beside a label merged over two columns (政府网站专栏公示内容 | | 创建方案、…): each item shown", () => {
  const sheet: Sheet = {
    name: "基本情况",
    rows: [
      ["序号", "项目", null, "内容", "说明"],
      [19, "领导小组组长", null, "县委副书记、县长", null],
      [20, "政府网站专栏公示内容", null, "创建方案、项目基本信息、建设进度（按月）、监督举报电话", null],
      [21, "行政村数", null, "255个", null],
    ],
    merges: [m(1, 1, 1, 2), m(2, 1, 2, 2), m(3, 1, 3, 2)],
  };
  const facts = factsOf(sheet);
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress]).toEqual(["是", "是", "是"]);
});

test("a report's opening line saying all its data are as of a day (数据均截至2021年8月31日): the cut-off", () => {
  const sheet: Sheet = {
    name: "阅文单",
    rows: [
      ["黄埔区人民政府办公室阅文单"],
      ["来文单位", "区商务局", "收文日期", "2021年9月3日"],
      ["标题", "关于我区电子商务进农村综合示范创建考评准备情况的报告"],
      ["拟办意见", "呈区领导阅示"],
      ["领导批示", "阅"],
      [null],
      ["区政府："],
      ["根据省商务厅考评工作通知要求，现将我区示范创建考评准备情况报告如下（数据均截至2021年8月31日）："],
      ["一、基本情况。全区常住人口126.41万人，行政村27个。"],
      ["二、项目总体进度90%。"],
    ],
  };
  expect(factsOf(sheet).asOf).toBe("2021年8月31日");
});

test("a voucher journal, each entry's two lines (借 专项支出—… | 贷 银行存款): the expense line's debit is the payment, interest none", () => {
  const sheet: Sheet = {
    name: "资金凭证",
    rows: [
      ["某区电子商务进农村综合示范专项资金记账凭证汇总"],
      ["日期", "凭证字号", "摘要", "科目编码", "会计科目", "借方金额", "贷方金额"],
      ["2020-08-21", "记-008", "收到省级专项资金", "1002", "银行存款", 5000000, null],
      [null, null, "收到省级专项资金", "4001", "财政拨款收入", null, 5000000],
      ["2020/10/16", "记-011", "支付公共服务中心装修工程首期款", "5001.01", "专项支出—公共服务中心", "386,000.00", null],
      [null, null, "支付公共服务中心装修工程首期款", "1002", "银行存款", null, "386,000.00"],
      ["2021.6.21", "记-029", "二季度结息", "1002", "银行存款", "1,236.50", null],
      [null, null, "二季度结息", "4101", "利息收入", null, "1,236.50"],
      ["2021-07-09", "记-032", "支付品牌推广服务费", "5001.05", "专项支出—品牌推广", 156000, null],
      [null, null, "支付品牌推广服务费", "1002", "银行存款", null, 156000],
    ],
  };
  expect(read(sheet).ledgers.funds.map((f) => [f.source.row, day(f.date), f.amount.toNumber()])).toEqual([
    [5, "2020-10-16", 386000],
    [9, "2021-07-09", 156000],
  ]);
});

test("the city's notice of every county's reports, each cell the day it came as month.day (9.2, 逾期（2.26）): the county's column, sent on those days", () => {
  const sheet: Sheet = {
    name: "市局通报",
    rows: [
      ["江门市商务局电子商务进农村综合示范月报报送情况通报（附表）"],
      ["表内为报送日期（月.日，为报告期次月）；“逾期”为超过次月5日报送；“未报”为未报送。"],
      ["报告期", "蓬江区", "江海区", "新会区", "台山市"],
      ["2020年8月", "9.2", "9.2", "9.2", "9.2"],
      ["2020年9月", "10.4", "10.4", "10.3", "10.5"],
      ["2020年10月", "11.4", "11.3", "11.5", "11.4"],
      ["2020年11月", "12.2", "12.5", "12.3", "12.2"],
      ["2020年12月", "1.3", "1.4", "1.2", "1.5"],
      ["2021年1月", "未报", "逾期（2.26）", "2.3", "2.2"],
    ],
  };
  const facts: Sheet = {
    name: "数据采集卡",
    rows: [["江门市江海区电子商务进农村综合示范考评数据采集卡"], ["县（市、区）", "江海区"], ["常住人口", "31.2万人"], ["行政村", "24个"], ["省定贫困村", "0个"]],
  };
  const reports = read(facts, sheet).ledgers.reports;
  expect(reports.map((x) => day(x.date))).toEqual(["2020-09-02", "2020-10-04", "2020-11-03", "2020-12-05", "2021-01-04", "2021-02-26"]);
});

test("a 两委 election's results, a row per committee (选举日期 | 党组织书记 | 一肩挑): the village list", () => {
  const sheet: Sheet = {
    name: "村居换届结果",
    rows: [
      ["某区2021年村（社区）“两委”换届选举结果统计表"],
      ["报送单位：某区民政局（区换届办）　　　统计时间：2021年5月10日"],
      ["序号", "街道", "村（居）民委员会名称", "选举日期", "党组织书记", "村（居）委会主任", "是否“一肩挑”", "“两委”成员（人）", "备注"],
      [1, "外海街道", "西洲村民委员会", "2021年4月4日", "冯雄志", "冯雄志", "是", 7, null],
      [2, null, "沙坑村民委员会", "2021.4.25", "陈军", "陈军", "是", 5, null],
      [3, null, "南溪村民委员会", "2021/4/15", "吴杰辉", "吴杰辉", "是", 6, "村改居试点（未完成，仍为村委会）"],
      [4, null, "直冲社区居民委员会", "2021/4/18", "李明", "李明", "是", 5, null],
    ],
    merges: [m(3, 1, 6, 1)],
  };
  const r = read(sheet);
  expect(r.recognitions.map((x) => x.kind)).toEqual(["villages"]);
  expect(r.ledgers.villages.map((v) => [v.name, v.type])).toEqual([
    ["西洲村民委员会", "admin"],
    ["沙坑村民委员会", "admin"],
    ["南溪村民委员会", "admin"],
    ["直冲社区居民委员会", "residents"],
  ]);
});

test("a chart's data summed from the ledgers for a briefing (图表数据（汇报PPT用，自动汇总）): no ledger, its totals not counted again", () => {
  const funds: Sheet = {
    name: "资金拨付",
    rows: [
      ["专项资金拨付台账"],
      ["拨付日期", "项目", "拨付金额（万元）", "凭证号"],
      ["2020-10-16", "公共服务中心装修", 45, "记-011"],
      ["2020-11-20", "村级站点设备", 36, "记-014"],
    ],
  };
  const chart: Sheet = {
    name: "汇报用数",
    rows: [
      ["图表数据（汇报PPT用，自动汇总，请勿修改）"],
      ["月份", "当月培训人次", "累计培训人次", "当月拨付（万元）", "累计拨付（万元）"],
      ["2020年10月", 20, 20, 45, 45],
      ["2020年11月", 0, 20, 36, 81],
    ],
  };
  const r = read(funds, chart);
  expect(r.recognitions.map((x) => x.kind)).toEqual(["funds", null]);
  expect(r.ledgers.funds).toHaveLength(2);
});
