/**
 * From the 150th–152nd blind batches' ledgers: a committees' tree, sign-in sheets of names only, a web
 * list copied page by page, media levels by section and by column, online meeting exports, stations
 * dated apart from their batch or in 年 | 月 | 日 columns, firms leaving in brackets after their name,
 * village lists by town naming their poor villages, and what a report's attachments leave out.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);
const S = "\u3000";

test("a committees' tree (名称 | 备注, indented): the innermost names are the villages, each under its town; the county and towns none", () => {
  const rows: CellValue[][] = [
    ["惠东县村（居）民委员会设置情况"],
    ["名称", "备注"],
    ["惠东县（镇街2个）", null],
    [`${S}${S}平山街道（社区2个、村3个）`, null],
    [`${S}${S}${S}${S}城东社区居委会`, null],
    [`${S}${S}${S}${S}石排社区居委会`, "2020年6月撤村改居（原石排村委会）"],
    [`${S}${S}${S}${S}塘洞村委会`, null],
    [`${S}${S}${S}${S}西背村委会★`, null],
    [`${S}${S}大岭街道（社区1个、村2个）`, null],
    [`${S}${S}${S}${S}大岭社区居委会`, null],
    [`${S}${S}${S}${S}亭陂村委会`, null],
    [`${S}${S}${S}${S}莲湖村委会★`, null],
    ["注：名称后标“★”的为省定贫困村。"],
  ];
  const villages = read({ name: "村居树状表", rows }).ledgers.villages;
  expect(villages.map((v) => [v.town, v.key, v.type, v.poor])).toEqual([
    ["平山街道", "城东", "residents", false],
    ["平山街道", "石排", "residents", false],
    ["平山街道", "塘洞", "admin", false],
    ["平山街道", "西背", "admin", true],
    ["大岭街道", "大岭", "residents", false],
    ["大岭街道", "亭陂", "admin", false],
    ["大岭街道", "莲湖", "admin", true],
  ]);
});

test("a sign-in sheet of names only (no ID, no date column) under a 签到 title and a 培训时间 line: a session's trainees", () => {
  const rows: CellValue[][] = [
    ["惠东县电子商务进农村综合示范培训签到表"],
    [`培训班：电商基础知识培训班${S}${S}培训时间：2020年11月24日—25日${S}${S}地点：县电子商务公共服务中心`],
    ["序号", "姓名", "所在村", "联系电话", "签名"],
    [1, "黄雄雄", "塘排村", "136****7962", "√"],
    [2, "谭国芳", "埔岭村", "136****7305", "√"],
    [3, "罗辉建", "径背村", "158****7783", "√"],
  ];
  const training = read({ name: "签到表", rows }).ledgers.training;
  expect(training.map((t) => day(t.date))).toEqual(["2020-11-25", "2020-11-25", "2020-11-25"]);
});

test("a column's list copied page after page: each page's breadcrumb and column name under the pager, the next page's links read on", () => {
  const page = (links: string[], n: number): CellValue[][] => [
    ["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"],
    ["电子商务进农村综合示范"],
    ...links.map((l) => [l]),
    [`共6条${S}首页${S}上一页${S}下一页${S}尾页${S}第${n}/2页`],
    [],
  ];
  const rows = [
    ...page(
      [
        `·鹤山市电子商务进农村综合示范项目建设进度（2021年8月）${S}${S}2021-09-07`,
        `·鹤山市电子商务进农村综合示范项目建设进度（2021年7月）${S}${S}2021-08-11`,
        `·鹤山市电子商务进农村综合示范项目建设进度（2021年6月）${S}${S}2021-07-03`,
      ],
      1,
    ),
    ...page(
      [
        `·鹤山市电子商务进农村综合示范项目建设进度（2021年5月）${S}${S}2021-06-06`,
        `·鹤山市电子商务进农村综合示范项目基本信息公示${S}${S}2020-03-20`,
        `·鹤山市电子商务进农村综合示范创建工作方案${S}${S}2019-12-16`,
      ],
      2,
    ),
  ];
  const posts = read({ name: "专栏网页（复制）", rows }).ledgers.disclosures;
  expect(posts.map((p) => day(p.date))).toEqual(["2021-09-07", "2021-08-11", "2021-07-03", "2021-06-06", "2020-03-20", "2019-12-16"]);
});

test("media with no level column: the outlet's name (an account in quotes too), else the one level its section names", () => {
  const rows: CellValue[][] = [
    ["鹤山市电子商务进农村宣传报道统计（2020年—2021年9月）"],
    ["序号", "日期", "媒体", "形式", "标题", "备注"],
    ["一、中央及省级媒体（1篇）"],
    [1, "2021-03-23", "南方日报", "报纸", "鹤山红茶搭上直播快车", null],
    ["二、江门市级媒体（2篇）"],
    [2, "2021.4.6", "江门广播电视台《江门新闻》", "电视", "鹤山：电商培训进村 村民学直播", null],
    [3, "2021.7.30", "“江门发布”微信公众号", "新媒体", "鹤山马水桔线上预售火爆", null],
    ["三、鹤山本地媒体（1篇）"],
    [4, "2021年1月9日", "“今日鹤山”微信公众号", "新媒体", "年货节来了！鹤山农产品网上卖", null],
  ];
  const media = read({ name: "宣传报道统计", rows }).ledgers.media;
  expect(media.map((m) => m.level)).toEqual(["province", "city", "city", "county"]);
});

test("media titles written under the column of their outlet's level (报道标题 over 国家级 | 省级 | 市级 | 区级)", () => {
  const rows: CellValue[][] = [
    ["潮安区电子商务进农村宣传报道台账"],
    ["序号", "日期", "媒体", "形式", "报道标题（按媒体级别填入对应栏）", null, null, null, "备注"],
    [null, null, null, null, "国家级", "省级", "市级", "区级", null],
    [1, "2020-09-25", "潮安区融媒体中心《潮安新闻》", "电视", null, null, null, "我区启动电子商务进农村综合示范创建", null],
    [2, "2020.11.12", "潮州日报", "报纸", null, null, "潮安村级电商服务站首批挂牌", null, null],
    [3, "2021.6.8", "中央广播电视总台《新闻直播间》", "电视", "潮州单丛茶直播带货", null, null, null, null],
  ];
  const sheet: Sheet = {
    name: "宣传报道",
    rows,
    merges: [{ top: 1, left: 4, bottom: 1, right: 7 }, ...[0, 1, 2, 3, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
  };
  const media = read(sheet).ledgers.media;
  expect(media.map((m) => [m.level, m.title])).toEqual([
    ["county", "我区启动电子商务进农村综合示范创建"],
    ["city", "潮安村级电商服务站首批挂牌"],
    ["national", "潮州单丛茶直播带货"],
  ]);
});

test("an online meeting's export: the host and co-host no trainees, one who dropped out and joined again counted once", () => {
  const rows: CellValue[][] = [
    ["台山市电子商务线上培训参会明细（腾讯会议导出）"],
    ["会议主题：台山市农村电商基础知识线上培训（第1期）"],
    ["序号", "用户名（入会昵称）", "手机号", "入会时间", "离会时间", "参会时长（分钟）", "身份", "入会终端"],
    [1, "台山市商务局电商股", "139****4607", "2020-10-16 13:40:07", "2020-10-16 16:38:56", 179, "主持人", "PC"],
    [2, "讲师-吴兰华", "138****8041", "2020-10-16 13:46:18", "2020-10-16 16:33:51", 168, "联席主持人", "PC"],
    [3, "何永少", "136****8472", "2020-10-16 13:59:03", "2020-10-16 14:27:26", 28, "参会者", "手机"],
    [4, "梁达明", "135****5623", "2020-10-16 14:00:36", "2020-10-16 16:25:46", 145, "参会者", "PC"],
    [5, "何永少", "136****8472", "2020-10-16 14:31:02", "2020-10-16 16:27:26", 116, "参会者", "手机"],
  ];
  const training = read({ name: "线上培训参会明细", rows }).ledgers.training;
  expect(training.map((t) => [t.name, day(t.date)])).toEqual([
    ["何永少", "2020-10-16"],
    ["梁达明", "2020-10-16"],
  ]);
});

test("stations: a remark's later opening over its batch's day; an opening kept in 年 | 月 | 日 columns (21 the year, a blank day the month)", () => {
  const batches: CellValue[][] = [
    ["鹤山市村级电子商务服务站点建设台账（按挂牌批次）"],
    ["序号", "镇（街）", "村（社区）", "站点名称", "站点地址", "站长", "备注"],
    ["第二批（2020年11月挂牌，共3个）"],
    [1, "址山镇", "上围村", "鹤山市址山镇上围村电商服务站", "址山镇上围村79号", "梁金凤", null],
    [2, "雅瑶镇", "新围村", "鹤山市雅瑶镇新围村电商服务站", "雅瑶镇新围村88号", "谭明", "场地改造，推迟至2021年1月挂牌"],
    [3, "双合镇", "新岗村", "鹤山市双合镇新岗村电商服务站", "双合镇新岗村91号", "彭辉", null],
  ];
  expect(read({ name: "站点台账（按批次）", rows: batches }).ledgers.stations.map((s) => day(s.opened))).toEqual(["2020-11", "2021-01", "2020-11"]);
  const parts: Sheet = {
    name: "站点建设进度",
    rows: [
      ["潮安区村级电子商务服务站点建设进度表"],
      ["序号", "镇", "村（社区）", "站点名称", "选址确认", "挂牌运营时间", null, null, "运营情况"],
      [null, null, null, null, null, "年", "月", "日", null],
      [1, "庵埠镇", "北埔村", "潮安区庵埠北埔村电商服务站", "√", 2020, 10, 10, "正常运营"],
      [2, "彩塘镇", "上寨村", "潮安区彩塘上寨村电商服务站", "√", 2021, 1, null, "正常运营"],
      [3, "彩塘镇", "旧寨村", "潮安区彩塘旧寨村电商服务站", "√", 21, 3, 5, "正常运营"],
    ],
    merges: [{ top: 1, left: 5, bottom: 1, right: 7 }, ...[0, 1, 2, 3, 4, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
  };
  expect(read(parts).ledgers.stations.map((s) => day(s.opened))).toEqual(["2020-10-10", "2021-01", "2021-03-05"]);
});

test("a firm's leaving written in brackets after its name: the name without it, and when it left", () => {
  const rows: CellValue[][] = [
    ["潮安区电子商务产业园入驻企业名录"],
    ["序号", "企业名称", "企业类型", "入驻时间"],
    [1, "潮安区凤凰单丛电子商务有限公司", "销售型", "2020-11-02"],
    [2, "潮安区枫溪陶瓷电子商务有限公司（2021年5月迁出）", "销售型", "2021-01-06"],
    [3, "潮安区金石牛肉丸电子商务有限公司（2021.9.20退园）", "销售型", "2021-04-14"],
  ];
  const firms = read({ name: "入驻企业名录", rows }).ledgers.enterprises;
  expect(firms.map((f) => [f.name, day(f.left)])).toEqual([
    ["潮安区凤凰单丛电子商务有限公司", null],
    ["潮安区枫溪陶瓷电子商务有限公司", "2021-05"],
    ["潮安区金石牛肉丸电子商务有限公司", "2021-09-20"],
  ]);
});

test("villages: 一般行政村 in a 类别 column no poor village; a town's row naming its poor ones under 其中：省定贫困村", () => {
  const bySort: CellValue[][] = [
    ["阳山县村（居）委会类别及快递进村情况表"],
    ["序号", "镇（乡）", "村（居）委会", "类别", "快递进村"],
    [1, "阳城镇", "城东社区居委会", "社区", "—"],
    [2, "阳城镇", "黄迳村委会", "一般行政村", "√"],
    [3, "七拱镇", "新圩村委会", "省定贫困村", "√"],
  ];
  expect(read({ name: "村居类别表", rows: bySort }).ledgers.villages.map((v) => [v.key, v.poor])).toEqual([
    ["城东", null],
    ["黄迳", false],
    ["新圩", true],
  ]);
  const byTown: CellValue[][] = [
    ["台山市镇（街道）村（居）委会一览表"],
    ["序号", "镇（街道）", "村民委员会（个）", "村民委员会名称", "社区居民委员会（个）", "社区居民委员会名称", "其中：省定贫困村", "快递未通达的村"],
    [1, "大江镇", 3, "小田村、高溪村、三江村", 1, "大江社区", "高溪村、三江村", "—"],
    [2, "三合镇", 2, "凤冲村、莲田村", 1, "三合社区", "—", "莲田村"],
  ];
  expect(read({ name: "镇村一览", rows: byTown }).ledgers.villages.map((v) => [v.key, v.type, v.poor, v.express])).toEqual([
    ["小田", "admin", false, true],
    ["高溪", "admin", true, true],
    ["三江", "admin", true, true],
    ["大江", "residents", null, null],
    ["凤冲", "admin", false, true],
    ["莲田", "admin", false, false],
    ["三合", "residents", null, null],
  ]);
});

test("reports: sent mail's attachments, the statistics table absent where only the report went; the month reported in its own column", () => {
  const mail: CellValue[][] = [
    ["主题", "发件人", "收件人", "发送时间", "附件"],
    ["鹤山市2021年1月电子商务进农村工作月报", "鹤山市商务局电商股", "江门市商务局电子商务科", "2021-02-05 14:22", "月报.docx；电商扶贫情况统计表（1月）.xlsx"],
    ["鹤山市2020年12月电子商务进农村工作月报", "鹤山市商务局电商股", "江门市商务局电子商务科", "2021-01-04 12:21", "月报.docx；电商扶贫情况统计表（12月）.xlsx"],
    ["鹤山市2020年9月电子商务进农村工作月报", "鹤山市商务局电商股", "江门市商务局电子商务科", "2020-10-08 13:05", "鹤山市2020年9月电子商务进农村工作月报.docx"],
  ];
  expect(read({ name: "月报邮件记录", rows: mail }).ledgers.reports.map((r) => r.poverty)).toEqual([true, true, false]);
  const log: CellValue[][] = [
    ["潮安区电子商务进农村工作月报报送登记"],
    ["序号", "报送月份", "报送时间", "报送方式", "报送内容"],
    [1, "2020年11月", "12月9日", "电子邮件", "工作月报、电商统计表、电商扶贫统计表"],
    [2, "2020年12月", "1月10日", "粤政易", "工作月报、电商统计表、电商扶贫统计表"],
    [3, "2021年1月", "2月10日", "粤政易", "工作月报、电商统计表"],
  ];
  expect(read({ name: "月报报送", rows: log }).ledgers.reports.map((r) => [day(r.date), r.poverty])).toEqual([
    ["2020-12-09", true],
    ["2021-01-10", true],
    ["2021-02-10", false],
  ]);
});

test("a pivot of the village list by town (行政村数 | 其中省定贫困村 | 社区数): a summary set aside, no list", () => {
  const rows: CellValue[][] = [
    ["按镇汇总（数据透视）"],
    ["镇（乡）", "行政村数", "其中省定贫困村", "社区数", "快递已进村的行政村"],
    ["阳城镇", 14, 0, 4, 14],
    ["七拱镇", 12, 4, 1, 12],
    ["太平镇", 11, 4, 1, 11],
    ["总计", 37, 8, 6, 37],
  ];
  const r = read({ name: "按镇汇总", rows });
  expect(r.recognitions[0].kind).toBeNull();
  expect(r.ledgers.poorVillages).toEqual([]);
});
