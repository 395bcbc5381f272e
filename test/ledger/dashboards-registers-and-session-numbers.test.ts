/**
 * From the 151st–154th blind batches: a dashboard's value cards and its strip of claimed points, a self-check
 * sent back with the city's 修改说明, an indicator's own items after its claim, village lists by town and by
 * section, stations placed by their address, a park's room register, report logs of forms and of a county-level
 * city's letters, an account book's carried month, a total under a later column, and poor trainees named by
 * session number or listed in a session's cell.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);
const facts = (name: string, rows: CellValue[][]) => factsOf({ sheets: [{ name, rows }] });

test("a dashboard's cards, each figure over its label, and its 自评得分 strip: the figures by their labels, the strip's points the claims", () => {
  const got = facts("数据看板", [
    ["东源县电子商务进农村综合示范创建　数据看板"],
    ["考评截止日期：2021年8月31日"],
    ["■ 基本情况"],
    ["41.27", null, "261", null, "2020.11.26"],
    ["常住人口（万人）", null, "行政村（个）", null, "县级公共服务中心投入运营"],
    ["■ 农村产品上行"],
    ["9.84亿", null, "+18.6%", null, "6,215"],
    ["2020年农村网络零售额", null, "农村网络零售额同比增速", null, "累计培训（人次）"],
    ["■ 自评得分"],
    ["组织领导", "方案制定", "政策支持", "项目管理", "电商人才培训", "资金台账", "贫困人口培训率≥70%", "合计"],
    [2, 2, 2, 4, 20, 5, 0, 35],
  ]);
  expect(got.facts).toMatchObject({
    residentPopulation: 412700,
    adminVillagesStated: 261,
    centerOpened: "2020-11-26",
    ruralRetail2020: 984000000,
    ruralRetailGrowthStated: 0.186,
    trainingPersonTimesStated: 6215,
  });
  expect(got.claimed).toEqual({
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 2,
    "org.management": 4,
    "work.training": 20,
    "fund.ledger": 5,
    "bonus.poorTraining": 0,
  });
});

test("a self-check sent back with the city's 修改说明: the corrected value, the 否 column's ticks read under every section", () => {
  const got = facts("自查表", [
    ["陆丰市电子商务进农村综合示范创建工作自查表"],
    ["序号", "自查内容", "是", "否", "填报数据/情况说明", "修改说明"],
    ["一、基本数据"],
    [4, "常住人口", null, null, "189.6万人", "原填户籍人口，按市局意见改为常住人口：１３８.４５万人（第七次全国人口普查）"],
    [9, "2019年农产品网络零售额", null, null, "3.21亿元", "录入错误，更正为3.12亿元"],
    ["二、县级电子商务公共服务中心"],
    [13, "为特色农产品提供免费展示、销售服务", "✔", null, null, null],
    [14, "为电子商务市场主体提供免费摄影、美工服务", null, "√", "摄影棚设备未到位", null],
    [19, "行政村物流快递覆盖率100%", null, "√", "尚有3个偏远行政村未通快递", "原勾选“是”，经核实，改为“否”"],
  ]);
  expect(got.facts).toMatchObject({ residentPopulation: 1384500, agriRetail2019: 312000000, centerDisplay: true, centerPhoto: false, expressCoverage: false });
});

test("县（区）自评情况 is the 自评情况 column: its sentences read, the city's comments beside it not", () => {
  const got = facts("预审反馈表", [
    ["序号", "评价指标", "分值", "县（区）自评情况", "自评分", "市局预审意见", "预审建议分"],
    [8, "电商人才培训", 20, "常住人口32.39万人（第七次全国人口普查），累计培训3,390人次，占1.05%", 20, "培训台账“2021.8.30-9.1”一期应剔除", 18],
    [9, "信息公开", 4, "在县政府门户网站设立专栏，公开创建方案、项目基本信息", 4, "—", 4],
  ]);
  expect(got.facts).toMatchObject({ residentPopulation: 323900, trainingPersonTimesStated: 3390, disclosurePlan: true });
  expect(got.claimed).toEqual({ "work.training": 20, "info.disclosure": 4 });
});

test("an indicator's claim with its own items after it (项目管理（自评3分，其中项目管理制度2分、工作台账1分）): the claim is 3", () => {
  const got = facts("自评报告", [["4.项目管理（自评3分，其中项目管理制度2分、工作台账1分）。制定了项目管理办法；工作台账记录还不够完整。"]]);
  expect(got.claimed["org.management"]).toBe(3);
});

test("village lists: a town-by-town 镇村名单 with 其中：省定贫困村 no poor list; a town named after a village (杨村镇) no village; a second table's 社区名称 header none", () => {
  const byTown = read({
    name: "镇村名单",
    rows: [
      ["平远县镇村名单"],
      ["序号", "镇", "行政村数（个）", "行政村名称", "社区居委会", "其中：省定贫困村"],
      [1, "大柘镇", 3, "梅湖村、锡岗村、西畲村", "平城社区", null],
      [2, "仁居镇", 3, "高围村、新水村、大湖村", "仁居社区", "大湖村委会"],
    ],
  });
  expect(byTown.recognitions[0].kind).toBe("villages");
  expect(byTown.ledgers.villages.filter((v) => v.type === "admin").map((v) => [v.key, v.poor])).toEqual([
    ["梅湖", false],
    ["锡岗", false],
    ["西畲", false],
    ["高围", false],
    ["新水", false],
    ["大湖", true],
  ]);
  const codes = read({
    name: "区划代码",
    rows: [
      ["统计用区划代码", "城乡分类代码", "名称", "是否省定贫困村", "快递进村"],
      ["441322107000", null, "杨村镇", null, null],
      ["441322107001", "121", "杨村社区居委会", null, null],
      ["441322107201", "220", "旧坑村委会", "否", "是"],
      ["441322107202", "220", "鹤围村委会", "是", "是"],
    ],
  });
  expect(codes.ledgers.villages.map((v) => [v.name, v.type])).toEqual([
    ["杨村社区居委会", "residents"],
    ["旧坑村委会", "admin"],
    ["鹤围村委会", "admin"],
  ]);
  const two = read({
    name: "行政村名单",
    rows: [
      ["蕉岭县行政村名单"],
      ["序号", "镇", "村委会名称", "自然村（个）", "快递进村"],
      [1, "蕉城镇", "南坑村", 20, "√"],
      [2, "蕉城镇", "高排村", 12, "√"],
      [],
      ["二、社区居民委员会"],
      ["序号", "镇", "社区名称", "居民小组（个）", null],
      [1, "蕉城镇", "城东社区居委会", 11, null],
    ],
  });
  expect(two.ledgers.villages.map((v) => [v.key, v.type])).toEqual([
    ["南坑", "admin"],
    ["高排", "admin"],
    ["城东", "residents"],
  ]);
});

test("stations with no village column: the 村委会 their address names, over the natural village in their name", () => {
  const r = read({
    name: "站点名录",
    rows: [
      ["化州市农村电子商务服务站点名录"],
      ["编号", "站点名称", "详细地址", "站长", "挂牌时间"],
      ["HZ-003", "供销e家白边店", "化州市平定镇白边村委会和岭村村口", "欧伟海", "2020年11月"],
      ["HZ-009", "邮乐购·上根站", "化州市良光镇龙湾村委会上根村5号", "岑志俊", "2021年4月"],
      ["HZ-010", "益农信息社（岭根）", "平定镇岭根村民委员会办公楼一楼", "李杰芳", "2020.10.15"],
    ],
  });
  expect(r.ledgers.stations.map((s) => s.villageKey)).toEqual(["白边", "龙湾", "岭根"]);
});

test("a park's room register (使用单位, 状态 公用 / 自用 / 空置): only the firms renting rooms", () => {
  const r = read({
    name: "产业园房间台账",
    rows: [
      ["化州市电子商务产业园房间使用台账"],
      ["楼层", "房号", "使用单位", "统一社会信用代码", "企业类型", "入驻日期", "状态"],
      ["一层", 101, "直播共享间（公共区域）", null, null, null, "公用"],
      [null, 102, "园区管理办公室", null, null, null, "自用"],
      [null, 103, "化州市橘州电子商务有限公司", "91440982Y9MM6FDB55", "销售型", "2020.11.2", "在租"],
      [null, 105, "（预留）", null, null, null, "空置"],
      [null, 201, "化州市化橘红网络科技有限公司", "91440982MMF2R3QY3R", "平台型", "2020年12月8日", "在租"],
    ],
  });
  expect(r.ledgers.enterprises.map((e) => e.name)).toEqual(["化州市橘州电子商务有限公司", "化州市化橘红网络科技有限公司"]);
});

test("reports: a system's forms a row each (月报, then 电商扶贫情况统计表), 未上报 none; a county-level city's own offices no city", () => {
  const forms = read({
    name: "上报记录",
    rows: [
      ["茂名市商务局电子商务统计报送系统——上报记录"],
      ["序号", "报表期别", "报表名称", "填报截止时间", "上报时间", "上报人", "审核状态"],
      [1, "2020年09月", "电子商务进农村工作进展月报", "2020-10-05 17:00", "2020-10-05 14:04:58", "梁××", "审核通过"],
      [2, "2020年09月", "电商扶贫情况统计表", "2020-10-05 17:00", "2020-10-05 10:47:56", "梁××", "审核通过"],
      [3, "2020年10月", "电子商务进农村工作进展月报", "2020-11-05 17:00", "2020-11-04 15:09:38", "梁××", "审核通过"],
      [4, "2020年10月", "电商扶贫情况统计表", "2020-11-05 17:00", null, null, "未上报"],
    ],
  });
  expect(forms.ledgers.reports.map((x) => [day(x.date), x.poverty])).toEqual([
    ["2020-10-05", false],
    ["2020-10-05", true],
    ["2020-11-04", false],
  ]);
  const letters = read({
    name: "粤政易发文记录",
    rows: [
      ["序号", "发送时间", "文件标题", "接收单位", "发送人"],
      [1, "2021-06-07 12:40", "关于报送吴川市2021年5月电子商务进农村综合示范工作进展情况的函", "湛江市商务局", "陈××"],
      [2, "2021-06-15 13:01", "关于吴川市电子商务进农村综合示范创建工作情况的报告", "吴川市人民政府办公室", "陈××"],
      [3, "2021-07-07 14:24", "关于报送吴川市2021年6月电子商务进农村综合示范工作进展情况的函", "湛江市商务局", "陈××"],
    ],
  });
  expect(letters.ledgers.reports.map((x) => day(x.date))).toEqual(["2021-06-07", "2021-07-07"]);
});

test("an account book: the year's 上年结转 line gives the month of the entry under it; a system's 支付成功合计 under a later column no payment", () => {
  const book = read({
    name: "专项资金明细账",
    rows: [
      ["专项资金明细账"],
      ["科目：省级电子商务进农村综合示范专项资金　单位：元"],
      ["2020年", null, "凭证号数", "摘要", "收入金额", "支出金额", "余额"],
      ["月", "日", null, null, null, null, null],
      [12, 18, "记-19", "支付村级站点建设（第二批）", null, 735800, 9857700],
      [12, 31, null, "结转下年", null, null, 9857700],
      ["2021年", null, "凭证号数", "摘要", "收入金额", "支出金额", "余额"],
      ["月", "日", null, null, null, null, null],
      [1, 1, null, "上年结转", null, null, 9857700],
      [null, 22, "记-12", "支付农产品溯源系统建设首期款", null, 512600, 9345100],
    ],
    merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
  });
  expect(book.ledgers.funds.map((f) => day(f.date))).toEqual(["2020-12-18", "2021-01-22"]);
  const treasury = read({
    name: "国库支付明细",
    rows: [
      ["序号", "支付日期", "支付凭证号", "用途摘要", "收款人账号", "支付金额", "支付状态"],
      [1, "2020-06-19", "ZF0101", "县电子商务公共服务中心装修工程首期款", "6228****4484", "1,386,000.00", "支付成功"],
      [2, "2020-08-27", "ZF0138", "村级电商服务站点建设（第一批）", "6228****8815", "968,500.00", "支付成功"],
      [null, null, null, null, "支付成功合计", "2,354,500.00", null],
    ],
  });
  expect(treasury.ledgers.funds.map((f) => f.amount.toNumber())).toEqual([1386000, 968500]);
});

test("poor trainees named by session number (第2期、第15期) dated by the sessions' register; a session's cell listing its poor trainees with their IDs", () => {
  const register: Sheet = {
    name: "培训台账",
    rows: [
      ["期次", "培训时间", "培训内容", "参训人次"],
      ["第2期", "2020.8.20", "网店开设与运营培训", 159],
      ["第15期", "2021.9.7-8", "电商数据分析培训", 61],
    ],
  };
  const named: Sheet = {
    name: "贫困人口参训名单",
    rows: [
      ["平远县建档立卡贫困人口参加电商培训名单"],
      ["序号", "姓名", "身份证号码", "参训期次"],
      [1, "余雄芳", "441426196912073073", "第2期、第15期"],
      [2, "张坤海", "44142619921220112X", "第15期"],
    ],
  };
  const byNumber = read(register, named).ledgers.training.filter((t) => t.source.sheet === "贫困人口参训名单");
  expect(byNumber.map((t) => day(t.date))).toEqual(["2020-08-20", "2021-09-08"]);
  const register3 = read({
    name: "培训台账",
    rows: [
      ["期次", "培训时间", "培训内容", "参训人次", "贫困户学员（姓名 身份证号）"],
      ["第3期", "2020年7月16日", "电商扶贫专场", 17, "欧文振 441427199909046226；李妹亮 441427199307019829"],
    ],
  });
  // (The cell read as its trainees, not as an ID the session's row failed to give.)
  expect(register3.diagnostics.list.filter((d) => /身份证号/.test(d.message))).toEqual([]);
  const listed = register3.ledgers.training;
  expect(listed.map((t) => [t.id?.text ?? null, t.personTimes.toNumber(), day(t.date)])).toEqual([
    [null, 17, "2020-07-16"],
    ["441427199909046226", 0, "2020-07-16"],
    ["441427199307019829", 0, "2020-07-16"],
  ]);
});

test("a roster's ability column saying where each works in brackets (有劳动能力（外出务工） / 有劳动能力（在家）)", () => {
  const r = read({
    name: "贫困人口花名册",
    rows: [
      ["序号", "姓名", "身份证号码", "劳动力状况"],
      [1, "莫嘉", "441426199010057123", "有劳动能力（在家）"],
      [2, "余金坤", "441426193709189309", "有劳动能力（外出务工）"],
      [3, "余英丽", "441426195307054638", "无劳动能力"],
    ],
  });
  expect(r.ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, true],
    [false, null],
  ]);
});
