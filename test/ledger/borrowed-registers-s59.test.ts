/**
 * Registers borrowed from other offices, as the 141st–144th blind batches brought them: a course's
 * notice replies by town and session (回执 | 实到), a stack of printed vouchers, a site's operation log,
 * the labour bureau's register of every trade's classes, a newsroom's register of pieces sent up, a
 * lecturers' log, a carrier's work orders for the stations, and a city circular's verdicts by month.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const said = (d: { list: { sheet?: string; message: string }[] }, sheet: string, words: string) => d.list.some((x) => x.sheet === sheet && x.message.includes(words));

test("sessions as columns, 回执 | 实到 under each: the 实到 figure of each town, dated by the session's day, the year turning with the months", () => {
  const sheet: Sheet = {
    name: "培训回执汇总",
    rows: [
      ["某县2020—2021年度农村电商培训通知回执及实到人数汇总表"],
      ["“回执”为报名人数，“实到”为签到人数"],
      ["序号", "镇", "第1期　11月19日\n网店开设", null, "第2期　12月17日\n直播带货", null, "第3期　1月14日\n短视频", null, "合计", null],
      [null, null, "回执", "实到", "回执", "实到", "回执", "实到", "回执", "实到"],
      [1, "甲镇", 40, 38, 47, 42, 30, 29, 117, 109],
      [2, "乙镇", 20, 18, 25, 0, 22, 20, 67, 38],
      ["合计", null, 60, 56, 72, 42, 52, 49, 184, 147],
    ],
    merges: [
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 5 },
      { top: 2, left: 6, bottom: 2, right: 7 },
      { top: 2, left: 8, bottom: 2, right: 9 },
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.training.map((t) => [t.topic, t.date, Number(t.personTimes)])).toEqual([
    ["第1期 网店开设", { y: 2020, m: 11, d: 19 }, 38],
    ["第2期 直播带货", { y: 2020, m: 12, d: 17 }, 42],
    ["第3期 短视频", { y: 2021, m: 1, d: 14 }, 29],
    ["第1期 网店开设", { y: 2020, m: 11, d: 19 }, 18],
    ["第3期 短视频", { y: 2021, m: 1, d: 14 }, 20],
  ]);
  expect(said(diagnostics, "培训回执汇总", "按期次作列")).toBe(true);
});

test("a stack of vouchers: each entry dated by its voucher's head line; the funds coming in are no payment", () => {
  const voucher = (day: string, no: string, lines: (string | number | null)[][]) => [
    ["记　账　凭　证"],
    [`日期：${day}`, null, null, `凭证号：${no}`, "附单据2张"],
    ["摘要", "总账科目", "明细科目", "借方金额", "贷方金额"],
    ...lines,
    ["合　计", null, null, null, null],
    ["会计主管：苏××", null, "记账：莫××", "审核：苏××", "制单：莫××"],
    [],
  ];
  const sheet: Sheet = {
    name: "记账凭证",
    rows: [
      ["财务软件凭证打印（账套：某县商务局—省级电子商务进农村综合示范专项资金）"],
      ...voucher("2020年9月10日", "记-001", [
        ["收到省级专项资金指标", "零余额账户用款额度", "项目支出额度", 5000000, null],
        ["收到省级专项资金指标", "财政拨款收入", "项目支出拨款", null, 5000000],
      ]),
      ...voucher("2020年10月16日", "记-004", [
        ["支付公共服务中心建设首期款", "项目支出—电子商务进农村综合示范", "中心建设", 800000, null],
        ["支付公共服务中心建设首期款", "零余额账户用款额度", "项目支出额度", null, 800000],
      ]),
      ...voucher("2021年4月6日", "记-026", [
        ["红字冲销重复支付的站点款", "项目支出—电子商务进农村综合示范", "站点建设", -180000, null],
        ["红字冲销重复支付的站点款", "零余额账户用款额度", "项目支出额度", null, -180000],
      ]),
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.funds.map((f) => [f.date, Number(f.amount)])).toEqual([
    [{ y: 2020, m: 10, d: 16 }, 800000],
    [{ y: 2021, m: 4, d: 6 }, -180000],
  ]);
  expect(said(diagnostics, "记账凭证", "记账凭证的抬头")).toBe(true);
});

test("a content system's operation log: only a 发布 that succeeded put a page up, dated by its 操作时间", () => {
  const sheet: Sheet = {
    name: "网站操作日志",
    rows: [
      ["某县人民政府门户网站　内容管理系统　操作日志查询"],
      ["查询条件：栏目＝电子商务进农村综合示范专栏"],
      ["日志ID", "操作时间", "操作人", "操作类型", "栏目", "文章标题", "结果"],
      [1, "2020-08-27 09:28:04", "lhm", "新建", "电子商务进农村综合示范专栏/项目进度", "项目建设进度（2020年8月）", "成功"],
      [2, "2020-08-28 15:56:08", "chen", "发布", "电子商务进农村综合示范专栏/项目进度", "项目建设进度（2020年8月）", "成功"],
      [3, "2020-09-28 09:31:43", "lhm", "提交审核", "电子商务进农村综合示范专栏/项目进度", "项目建设进度（2020年9月）", "成功"],
      [4, "2020-09-29 15:52:16", "chen", "发布", "电子商务进农村综合示范专栏/项目进度", "项目建设进度（2020年9月）", "失败"],
      [5, "2020-10-29 15:20:20", "chen", "发布", "电子商务进农村综合示范专栏/项目进度", "项目建设进度（2020年10月）", "成功"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2020, m: 8, d: 28 },
    { y: 2020, m: 10, d: 29 },
  ]);
});

test("a register of pieces sent to the site: the day each went online (上网日期), not the day it was sent", () => {
  const sheet: Sheet = {
    name: "网站稿件报送登记",
    rows: [
      ["某县商务局县政府门户网站稿件报送登记簿"],
      ["“上网日期”由网站管理员回填，空白为尚未发布；示范创建信息发布在“电子商务进农村综合示范专栏”"],
      ["序号", "报送日期", "稿件标题", "发布栏目", "上网日期", "备注"],
      [1, "2021.2.8", "2021年1月项目建设进度", "电子商务进农村综合示范专栏", "2021年3月2日", "春节期间网站暂停更新"],
      [2, "2021.3.9", "2021年2月项目建设进度", "电子商务进农村综合示范专栏", "2021年3月10日", null],
    ],
  };
  expect(read(sheet).ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2021, m: 3, d: 2 },
    { y: 2021, m: 3, d: 10 },
  ]);
});

test("the labour bureau's register of classes: only the e-commerce trades, approved, their 结业人数 at the 结业日期", () => {
  const sheet: Sheet = {
    name: "人社培训备案登记",
    rows: [
      ["某县职业技能提升行动培训开班备案及结业审核登记表"],
      ["序号", "备案编号", "培训机构", "培训项目（职业／工种）", "开班日期", "结业日期", "备案人数", "结业人数", "审核状态"],
      [1, "A-031", "某培训学校", "电子商务师（农村电商）", "2020-09-14", "2020-09-18", 160, 152, "已审核"],
      [2, "A-033", "某职业技术学校", "育婴员", "2020-09-21", "2020-09-30", 60, 58, "已审核"],
      [3, "A-036", "某培训学校", "网络直播营销", "2020-10-19", "2020-10-23", 150, 146, "已审核"],
      [4, "A-041", "某培训学校", "农村电商创业", "2021-04-26", "—", 80, "—", "撤销（报名不足，未开班）"],
      [5, "A-044", "某培训学校", "农村电商创业", "2021-07-19", "2021-07-23", 150, 144, "退回（考勤记录不全，不予认定）"],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.training.map((t) => [t.topic, t.date, Number(t.personTimes)])).toEqual([
    ["电子商务师（农村电商）", { y: 2020, m: 9, d: 18 }, 152],
    ["网络直播营销", { y: 2020, m: 10, d: 23 }, 146],
  ]);
  expect(said(diagnostics, "人社培训备案登记", "不是电商培训")).toBe(true);
  expect(said(diagnostics, "人社培训备案登记", "未认定")).toBe(true);
});

test("a newsroom's register of pieces sent up: the platform that ran one is its outlet, a 电视消息 is television", () => {
  const sheet: Sheet = {
    name: "融媒上送稿件登记",
    rows: [
      ["某县融媒体中心电商进农村主题稿件上送及采用登记"],
      ["序号", "稿件标题", "体裁", "上送日期", "上送平台", "媒体级别", "采用情况", "播出（刊发）日期"],
      [1, "电商进村　青梅出山", "电视消息", "2021.5.18", "广东广播电视台", "省级", "已采用", "2021年5月20日"],
      [2, "客家山村的电商致富路", "电视专题", "2021.7.10", "中央广播电视总台农业农村频道", "国家级", "未采用", "—"],
      [3, "小青梅直播间里卖到脱销", "图文", "2021.4.2", "南方+客户端", "省级", "已采用", "2021年4月3日"],
    ],
  };
  expect(read(sheet).ledgers.media.map((m) => [m.outlet, m.tv, m.date])).toEqual([
    ["广东广播电视台", true, { y: 2021, m: 5, d: 20 }],
    ["南方+客户端", false, { y: 2021, m: 4, d: 3 }],
  ]);
});

test("a lecturers' log: 实到 the trainees (not 应到, not 课时, not the sign-in pages); a line over the rows it leaves out ends the reading", () => {
  const sheet: Sheet = {
    name: "讲师授课日志",
    rows: [
      ["某县电商公共服务中心 讲师授课日志（汇总）"],
      ["日期", "讲师", "课程", "应到", "实到", "课时", "签到表页码"],
      ["2021年"],
      ["3月10日", "林××", "微信小程序开店", 106, 96, 4, "P1-P4"],
      ["8月27日", "黄××", "直播带货实操", 133, 128, 6, "P5-P9"],
      ["以下为9月新开班次（不计入本次考评）"],
      ["9月8日", "林××", "直播带货实操", 97, 85, 4, "P10-P12"],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.training.map((t) => [t.date, Number(t.personTimes)])).toEqual([
    [{ y: 2021, m: 3, d: 10 }, 96],
    [{ y: 2021, m: 8, d: 27 }, 128],
  ]);
  expect(said(diagnostics, "讲师授课日志", "注明不列入本表")).toBe(true);
});

test("a carrier's broadband work orders for the stations: the 客户名称 is the station, the bureau's 挂牌运营日期 its opening (not 竣工时间)", () => {
  const sheet: Sheet = {
    name: "站点宽带工单",
    rows: [
      ["中国电信某分公司 装机工单查询结果（导出）"],
      ["工单号", "客户名称", "装机地址", "业务类型", "竣工时间", "挂牌运营日期（补录）", "站点负责人"],
      ["ZJ1", "南调村电商服务站", "某区南调街道南调村委会办公楼一楼", "政企宽带新装", "2020-05-03 16:06:31", "2020.5.17", "麦××"],
      ["ZJ2", "沙角村电商服务站", "某区南调街道沙角村委会办公楼一楼", "政企宽带新装", "2020-05-10 09:32:12", "2020年5月25日", "钟××"],
    ],
  };
  expect(read(sheet).ledgers.stations.map((s) => [s.village, s.opened])).toEqual([
    ["南调村", { y: 2020, m: 5, d: 17 }],
    ["沙角村", { y: 2020, m: 5, d: 25 }],
  ]);
});

test("a city circular's verdicts by month: 按时 and 逾期 were sent, 未报 was not; the row under them says which held the poverty statistics", () => {
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月"];
  const sheet: Sheet = {
    name: "月报报送通报摘录",
    rows: [
      ["某市商务局关于各县（市、区）电子商务进农村工作月报报送情况的通报（摘录）"],
      ["单位", ...months, "备注"],
      ["某区", "按时", "按时", "逾期2天", "按时", "按时", "未报", "2021年2月（春节）未报"],
      ["是否附电商扶贫统计", "√", "√", "×", "√", "√", null, null],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.reports.map((r) => [r.date, r.poverty])).toEqual([
    [{ y: 2020, m: 9 }, true],
    [{ y: 2020, m: 10 }, true],
    [{ y: 2020, m: 11 }, false],
    [{ y: 2020, m: 12 }, true],
    [{ y: 2021, m: 1 }, true],
  ]);
  expect(diagnostics.list.filter((d) => d.severity === "warning")).toEqual([]);
});

test("an outbox of every return the office sends: its 经验材料 row is a material sent, its monthly report to the city still a report", () => {
  const sheet: Sheet = {
    name: "报表报送登记簿",
    rows: [
      ["某县商务局电商股报表（材料）报送登记簿"],
      ["序号", "报送日期", "报表／材料名称", "报告期", "报送对象"],
      [1, "2021-05-04", "限额以上批发零售业网上零售额统计", "2021年4月", "某县统计局"],
      [2, "2021-05-08", "电子商务进农村综合示范工作月报", "2021年4月", "某市商务局"],
      [3, "2021-05-15", "农村电子商务统计季报", "2021年一季度", "广东省商务厅"],
      [4, "2021-06-04", "限额以上批发零售业网上零售额统计", "2021年5月", "某县统计局"],
      [5, "2021-06-15", "经验材料《“电商＋贡柑”带动脱贫户增收的做法》", "—", "某市商务局"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.materials.map((m) => m.date)).toEqual([{ y: 2021, m: 6, d: 15 }]);
  expect(ledgers.reports.map((r) => r.source.row)).toEqual([4]);
});

test("a register of classes with both 结业人数 and 实到人次: those who came are the trainees, wherever the columns stand", () => {
  const sheet: Sheet = {
    name: "培训开班汇总",
    rows: [
      ["某市农村电子商务培训开班备案及结业情况汇总表"],
      ["班次", "培训名称", "开班日期", "结业日期", "备案人数", "结业人数", "实到人次"],
      [1, "农村电商基础班", "2020.9.16", "2020.9.17", 60, 56, 118],
      [2, "电商进万家普及讲座", "2020.10.20", "2020.10.20", 180, "—", 176],
    ],
  };
  expect(read(sheet).ledgers.training.map((t) => Number(t.personTimes))).toEqual([118, 176]);
});

test("the city's circular with the counties down the side: only the county's own row, each cell the day its report came, ★ the poverty table", () => {
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月"];
  const circular: Sheet = {
    name: "月报报送情况通报",
    rows: [
      ["某市商务局关于各县（市、区）电子商务进农村综合示范工作月报报送情况的通报　附表"],
      ["说明：格内为报送日期；★表示随月报报送了电商扶贫统计表，无★表示未附；“未报”为当月没有报送"],
      ["序号", "县（市、区）", ...months, "报送次数"],
      [1, "梅江区", "9月8日★", "10月9日★", "11月5日★", "12月7日★", "1月6日★", "2月26日★", 6],
      [2, "兴宁市", "9月7日★", "10月12日★", "11月6日★", "1月5日", "未报", "3月3日★（补报2月）", 5],
      [3, "平远县", "9月7日★", "10月10日★", "11月6日★", "12月4日★", "1月8日★", "2月24日★", 6],
    ],
  };
  const list: Sheet = { name: "招商洽谈台账", rows: [["兴宁市电子商务产业园招商洽谈台账"], ["序号", "洽谈企业", "企业类型", "洽谈进展", "入驻日期"]] };
  const { ledgers } = read(circular, list);
  expect(ledgers.reports.map((r) => [r.date, r.poverty])).toEqual([
    [{ y: 2020, m: 9, d: 7 }, true],
    [{ y: 2020, m: 10, d: 12 }, true],
    [{ y: 2020, m: 11, d: 6 }, true],
    [{ y: 2021, m: 1, d: 5 }, false],
    [{ y: 2021, m: 3, d: 3 }, true],
  ]);
});

test("a park's negotiation ledger: only a firm with its day of moving in; talks, a stop and a contract awaiting the move are none", () => {
  const sheet: Sheet = {
    name: "招商洽谈台账",
    rows: [
      ["某县电子商务产业园招商洽谈台账"],
      ["序号", "洽谈企业", "企业类型", "洽谈进展", "签约日期", "入驻日期", "退出日期"],
      [1, "某县客都电子商务运营服务有限公司", "电商运营商", "已入驻", "2020.7.10", "2020年8月1日", null],
      [2, "深圳市优选生鲜供应链有限公司", "平台型", "终止洽谈", null, null, null],
      [3, "某县乡村好物网络科技有限公司", "平台型", "已入驻（已退出）", "2021.3.8", "2021/3/29", "2021.8.13"],
      [4, "广州市农掌柜电子商务有限公司某县分公司", "销售型", "洽谈中", null, null, null],
      [5, "某县宁江文创电商团队（筹）", "销售型", "已签约待入驻", "2021.8.20", null, null],
    ],
  };
  expect(read(sheet).ledgers.enterprises.map((e) => [e.name, e.entered, e.left])).toEqual([
    ["某县客都电子商务运营服务有限公司", { y: 2020, m: 8, d: 1 }, null],
    ["某县乡村好物网络科技有限公司", { y: 2021, m: 3, d: 29 }, { y: 2021, m: 8, d: 13 }],
  ]);
});

test("the tax bureau's list of the park's taxpayers: the bureau's own columns give the type and the days, not the registry's 行业", () => {
  const sheet: Sheet = {
    name: "园区企业纳税情况",
    rows: [
      ["某县电子商务产业园入驻企业纳税情况表"],
      [
        "序号",
        "纳税人名称",
        "纳税人识别号（统一社会信用代码）",
        "行业（税务登记）",
        "2020年入库税款",
        "入驻日期（园区补录）",
        "迁出日期（园区补录）",
        "电商企业类型（商务局补录）",
      ],
      [1, "某县巽寮湾电子商务有限公司", "91441323MABDT3W7UN", "互联网零售", "64,695.53", "2020-05-12", null, "销售型"],
      [2, "某县平海海产电商有限公司", "91441323MAGUMPU00E", "互联网零售", "160,774.10", "2020/6/18", "2021.3.31", "销售型"],
      [3, "某市鹅城优品供应链有限公司", "91441323MA60YNQCWT", "道路货物运输", "117,801.75", "2020年6月3日", null, "物流企业"],
    ],
  };
  expect(read(sheet).ledgers.enterprises.map((e) => [e.type, e.entered, e.left])).toEqual([
    ["销售型", { y: 2020, m: 5, d: 12 }, null],
    ["销售型", { y: 2020, m: 6, d: 18 }, { y: 2021, m: 3, d: 31 }],
    ["物流企业", { y: 2020, m: 6, d: 3 }, null],
  ]);
});

test("a register of the stations' 播出证明: the day it went out (its hour left), a radio frequency no television", () => {
  const sheet: Sheet = {
    name: "播出证明登记",
    rows: [
      ["某县电子商务进农村广播电视播出证明登记"],
      ["序号", "证明编号", "播出机构", "频道/频率", "栏目", "播出时间", "节目标题", "是否电商扶贫典型案例"],
      [1, "R-031", "某县融媒体中心", "某县综合频道", "《某县新闻》", "2020年10月12日 19:30", "首批村级电商服务站挂牌", "否"],
      [2, "R-047", "某县融媒体中心", "某县人民广播电台FM96.7", "《早安》", "2020.12.3 07:20", "电商培训走进多祝镇", "否"],
      [3, "G-0386", "广东广播电视台", "珠江频道", "《今日关注》", "2021年5月18日 18:40", "电商扶贫：贫困户家门口卖货", "是"],
      [4, "G-0209", "广东广播电视台", "广东新闻广播FM91.4", "《新闻900秒》", "2021.7.8 08:15", "梅菜“触网”销全国", "否"],
    ],
  };
  expect(read(sheet).ledgers.media.map((m) => [m.date, m.level, m.tv, m.povertyCase])).toEqual([
    [{ y: 2020, m: 10, d: 12 }, "county", true, false],
    [{ y: 2020, m: 12, d: 3 }, "county", false, false],
    [{ y: 2021, m: 5, d: 18 }, "province", true, true],
    [{ y: 2021, m: 7, d: 8 }, "province", false, false],
  ]);
});
