// Generator for batch9 county cases (written blind from the design docs).
// Builds b9-c1-lianshan.json and b9-c2-nanao.json in this folder.
// Long lists (sign-in sheet, poor roster, station list) are generated from explicit data with a
// seeded PRNG, and every count used in the expectations is re-counted and asserted below.
"use strict";
const fs = require("fs");
const path = require("path");

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const D = (s) => ({ date: s });
function assert(c, m) { if (!c) throw new Error("ASSERT: " + m); }
const pad = (n, w = 2) => String(n).padStart(w, "0");

function idCheck(first17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * w[i];
  return "10X98765432"[s % 11];
}

const SURN = ["林", "陈", "黄", "吴", "李", "蔡", "许", "郑", "张", "刘", "谢", "杨", "曾", "王", "周"];
const GIV = ["秀", "英", "明", "华", "建", "国", "丽", "芳", "强", "伟", "锦", "水", "金", "海", "玉",
  "德", "春", "梅", "亮", "文", "清", "志", "燕", "雄", "娟", "辉", "桂", "兰", "荣", "平"];

// =====================================================================================
// County 1: 连山壮族瑶族自治县 — facts over 基本情况 / 资金情况 / 自评表
// =====================================================================================
function county1() {
  const r = rng(20210901);
  const name = () => SURN[Math.floor(r() * SURN.length)] + GIV[Math.floor(r() * GIV.length)] + GIV[Math.floor(r() * GIV.length)];
  const phone = () => "13" + String(Math.floor(r() * 10)) + String(Math.floor(r() * 1e8)).padStart(8, "0");

  // --- villages -------------------------------------------------------------------
  const towns = [
    ["吉田镇", ["沙田村", "大旭村", "上草村", "保和村", "东田村", "三水村", "鹿鸣村", "新联村", "大富村", "石角村"], ["城东社区", "城南社区", "城西社区"]],
    ["太保镇", ["太保村", "欧家村", "新城村", "沙坪村", "木坑村", "黄连村", "古城村"], ["太保居委会"]],
    ["禾洞镇", ["禾洞村", "马头村", "新寨村", "龙屋村", "岭脚村", "龙潭村"], []],
    ["福堂镇", ["福堂村", "新洞村", "大坪村", "凤凰村", "均村村", "石山村", "高田村"], []],
    ["小三江镇", ["三江村", "加田村", "旱坑村", "梅新村", "白石村", "江口村"], []],
    ["上帅镇", ["上帅村", "下帅村", "塘冲村", "上坪村", "大寨村", "平安村"], []],
    ["永和镇", ["永丰村", "和平村", "新村村", "大营村", "沙坑村", "中和村"], []],
  ];
  const poor = new Set(["新联村", "木坑村", "龙屋村", "岭脚村", "石山村", "旱坑村", "塘冲村", "大寨村", "沙坑村"]);
  const uncovered = new Set(["上草村", "三水村", "石角村", "古城村", "黄连村", "马头村", "高田村", "凤凰村", "江口村", "上坪村", "中和村"]);

  const vRows = [
    ["连山壮族瑶族自治县行政村（社区）名单", null, null, null, null, null],
    ["填报单位：连山县商务局", null, null, null, "2021年9月", null],
    ["序号", "镇", "村（居）委会名称", "类别", "是否省定贫困村", "备注"],
  ];
  let seq = 0, admin = 0, comm = 0;
  const adminList = [];
  for (const [town, vs, cs] of towns) {
    const all = vs.map((v) => [v, true]);
    // put the 社区 of the town after its second village (interleaved, as the civil-affairs list does)
    cs.forEach((c, i) => all.splice(2 + i, 0, [c, false]));
    for (const [v, isAdmin] of all) {
      seq++;
      if (isAdmin) { admin++; adminList.push(v); } else comm++;
      vRows.push([seq, town, v, isAdmin ? "行政村" : "社区", isAdmin ? (poor.has(v) ? "是" : "否") : null, isAdmin ? null : "城镇社区，不纳入行政村统计"]);
    }
    if (town === "福堂镇") vRows.push([null, null, null, null, null, null]); // a stray blank row
  }
  vRows.push(["合计", null, "行政村48个、社区4个", null, "省定贫困村9个", null]);
  vRows.push(["注：行政村名单以县民政局2020年12月区划数据为准。", null, null, null, null, null]);
  assert(admin === 48 && comm === 4, "c1 villages 48+4");
  assert([...poor].every((p) => adminList.includes(p)), "poor in list");
  assert([...uncovered].every((p) => adminList.includes(p) && !poor.has(p)), "uncovered ok");

  // --- stations -------------------------------------------------------------------
  const covered = adminList.filter((v) => !uncovered.has(v));
  assert(covered.length === 37, "c1 covered 37");
  const townOf = {};
  for (const [t, vs, cs] of towns) for (const v of [...vs, ...cs]) townOf[v] = t;
  const sRows = [
    ["连山壮族瑶族自治县村级电子商务服务站点清单", null, null, null, null, null, null, null],
    ["序号", "乡镇", "站点名称", "所在行政村", "负责人", "联系电话", "建成时间", "服务内容"],
  ];
  const services = ["代购代销、快递收发", "代购代销、代缴费", "网上代购、农产品代销、小额取款", "快递收发、便民缴费"];
  let sn = 0;
  const stationDates = [];
  covered.forEach((v, i) => {
    sn++;
    // opening dates 2020-03 … 2021-07, in several typed forms
    const m = 3 + Math.floor((i * 17) / 37); // month index from 2020-03
    const y = m > 12 ? 2021 : 2020;
    const mm = m > 12 ? m - 12 : m;
    const dd = 5 + ((i * 7) % 23);
    let cell;
    if (i % 9 === 4) cell = `${y}.${mm}.${dd}`;
    else if (i % 11 === 7) cell = `${y}年${mm}月`;
    else cell = D(`${y}-${pad(mm)}-${pad(dd)}`);
    stationDates.push(`${y}-${pad(mm)}`);
    const village = i % 4 === 1 ? v.replace(/村$/, "村委会") : v;
    sRows.push([sn, townOf[v], `${v.replace(/村$/, "")}村电商服务站`, village, name(), phone(), cell, services[i % 4]]);
    if (v === "沙田村") {
      sn++;
      sRows.push([sn, "吉田镇", "沙田农村淘宝服务点", "沙田村", name(), phone(), D("2020-10-15"), "代购代销"]);
    }
    if (v === "保和村") {
      sn++;
      sRows.push([sn, "吉田镇", "城东社区电商便民服务点", "城东社区", name(), phone(), D("2020-08-20"), "快递收发、便民缴费"]);
    }
  });
  sn++;
  sRows.push([sn, "小三江镇", "江口村电商服务站", "江口村", name(), phone(), "2021.9.16", "代购代销、快递收发"]);
  sRows.push(["注：江口村站点于9月中旬挂牌，城东社区服务点为县城社区便民点。", null, null, null, null, null, null, null]);
  assert(sn === 40, "c1 station rows 40, got " + sn);
  assert(stationDates.every((d) => d <= "2021-07"), "station dates before cut-off");

  // --- park enterprises -------------------------------------------------------------
  const ent = [
    ["广东连商电子商务有限公司", "电商运营商", D("2020-12-01"), null],
    ["清远市壮瑶农特产品销售有限公司", "销售型", D("2020-12-01"), null],
    ["中国邮政集团有限公司连山县分公司电商物流中心", "物流企业", D("2020-12-01"), null],
    ["连山县金子山农业发展有限公司", "销售型", D("2020-12-10"), null],
    ["连山县乐村淘电子商务有限公司", "平台型", D("2020-12-10"), null],
    ["连山县顺丰速运营业部", "物流企业", D("2020-12-15"), null],
    ["连山县吉田山货店", "销售型", D("2020-12-01"), "2021.5.31"],
    ["连山县壮乡人家网店", "销售型", D("2021-01-05"), null],
    ["连山县福堂大米专业合作社", "销售型", D("2021-01-05"), null],
    ["广东瑶山优品网络科技有限公司", "平台型", D("2021-01-12"), null],
    ["连山县禾洞大肉姜专业合作社", "销售型", D("2021-01-12"), D("2021-03-15")],
    ["连山县光影美工摄影工作室", "设计服务", D("2021-01-20"), null],
    ["连山县壮乡直播传媒有限公司", "电商运营商", D("2021-02-03"), null],
    ["连山县中通快递服务部", "物流企业", D("2021-02-03"), null],
    ["连山县上帅茶叶有限公司", "销售型", D("2021-03-01"), null],
    ["连山县永和沙田柚专业合作社", "销售型", D("2021-03-01"), null],
    ["清远市连山数联溯源科技有限公司", "服务商", D("2021-03-18"), null],
    ["连山县京东帮服务店", "平台型", D("2021-04-08"), null],
    ["连山县小三江竹木制品有限公司", "销售型", D("2021-04-20"), null],
    ["连山县韵达快递服务部", "物流企业", D("2021-05-06"), null],
    ["连山县瑶绣文创有限公司", "销售型", D("2021-06-15"), null],
    ["连山县太保生态农业有限公司", "销售型", D("2021-09-06"), null],
  ];
  const eRows = [
    ["连山电商产业园入驻企业名单", null, null, null, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"],
  ];
  const ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  ent.forEach((e, i) => {
    let code = "91441825MA";
    for (let k = 0; k < 8; k++) code += ALNUM[Math.floor(r() * ALNUM.length)];
    const note = e[3] ? "已退出" : (e[2].date === "2021-09-06" ? "9月新入驻" : null);
    eRows.push([i + 1, e[0], code, e[1], e[2], e[3], note]);
  });
  const inPark = ent.filter((e) => e[2].date <= "2021-08-31" && !e[3]).length;
  assert(ent.length === 22 && inPark === 19, "c1 park 19, got " + inPark);

  // --- training (session rows) ----------------------------------------------------------
  const sessions = [
    [1, D("2019-12-10"), "电子商务基础知识普及培训", "县电商公共服务中心", "农户、返乡青年", 55, 12, "连商公司"],
    [2, "2020.4.21-23", "网店开设与运营实操", "吉田镇文化站", "网店经营者", 60, 15, "连商公司"],
    [3, D("2020-06-16"), "直播带货入门", "县电商公共服务中心", "农村青年", 48, 10, "连商公司"],
    [4, D("2020-07-08"), "建档立卡贫困户电商专题培训", "禾洞镇政府", "贫困户", 72, 60, "县乡村振兴局、连商公司"],
    [5, D("2020-08-19"), "农村电商普及培训（太保镇）", "太保镇会议室", "村民", 52, 14, "连商公司"],
    [6, D("2020-09-24"), "农村电商普及培训（福堂镇）", "福堂镇会议室", "村民", 66, 20, "连商公司"],
    [7, "2020年10月22日", "农村电商普及培训（小三江镇）", "小三江镇会议室", "村民", 58, 18, "连商公司"],
    [8, D("2020-11-12"), "农村电商普及培训（上帅镇）", "上帅镇会议室", "村民", 63, 22, "连商公司"],
    [9, D("2020-12-03"), "农村电商普及培训（永和镇）", "永和镇会议室", "村民", 49, 13, "连商公司"],
    [10, D("2021-01-14"), "农村青年电商创业增值培训", "县电商公共服务中心", "创业青年", 35, 5, "连商公司"],
    [11, "2021.3.25", "党政干部电子商务知识培训", "县委党校", "县镇村干部", 80, 0, "县商务局"],
    [12, D("2021-04-15"), "网店客服与美工培训", "县电商公共服务中心", "网店从业人员", 42, 8, "连商公司"],
    [13, D("2021-05-20"), "短视频拍摄与运营", "县电商公共服务中心", "农村青年", 57, 15, "连商公司"],
    [14, D("2021-06-17"), "贫困户电商技能专场", "福堂镇政府", "贫困户", 61, 55, "县乡村振兴局、连商公司"],
    [15, D("2021-07-22"), "农村电商物流与快递收发", "县电商公共服务中心", "站点负责人", 54, 21, "连商公司"],
    [16, "2021年8月26日", "直播带货进阶班", "县电商公共服务中心", "网店经营者", 50, 30, "连商公司"],
    [17, D("2021-09-09"), "沙田柚线上营销专题", "永和镇会议室", "种植户", 60, 12, "连商公司"],
  ];
  const sumPT = sessions.slice(0, 16).reduce((a, s) => a + s[5], 0);
  const sumPoorPT = sessions.slice(0, 16).reduce((a, s) => a + s[6], 0);
  const allPT = sessions.reduce((a, s) => a + s[5], 0);
  const allPoor = sessions.reduce((a, s) => a + s[6], 0);
  assert(sumPT === 902 && allPT === 962, "c1 training 902/962");
  assert(sumPoorPT === 318 && allPoor === 330, "c1 poor pt");
  const tRows = [
    ["连山县电子商务培训台账", null, null, null, null, null, null, null],
    ["（2019年12月—2021年9月）", null, null, null, null, null, null, null],
    ["期次", "培训时间", "培训内容", "培训地点", "培训对象", "参训人次", "其中建档立卡贫困户（人次）", "承办单位"],
    ...sessions,
    ["合计", null, null, null, null, allPT, allPoor, null],
    ["注：参训人次以签到表为准，签到表另册存档。", null, null, null, null, null, null, null],
  ];

  // --- disclosures ---------------------------------------------------------------------
  const discl = [
    [D("2020-03-20"), "连山壮族瑶族自治县电子商务进农村综合示范县工作方案"],
    [D("2020-06-18"), "2019年省级电商进农村专项资金项目基本信息公示"],
    [D("2020-09-15"), "2020年9月项目建设进度"],
    [D("2020-10-20"), "2020年10月项目建设进度"],
    ["2020.11.17", "2020年11月项目建设进度"],
    [D("2020-12-08"), "县电商公共服务中心投入运营"],
    [D("2020-12-22"), "2020年12月项目建设进度"],
    [D("2021-01-19"), "2021年1月项目建设进度"],
    ["2021.2.24", "2021年2月项目建设进度"],
    [D("2021-03-16"), "2021年3月项目建设进度"],
    [D("2021-04-20"), "2021年4月项目建设进度"],
    [D("2021-05-18"), "2021年5月项目建设进度"],
    [D("2021-06-15"), "2021年6月项目建设进度"],
    [D("2021-07-20"), "2021年7月项目建设进度"],
    [D("2021-08-17"), "2021年8月项目建设进度"],
  ];
  const dRows = [
    ["县政府网站“电子商务进农村综合示范”专栏更新记录", null, null, null],
    ["序号", "发布日期", "标题", "栏目"],
    ...discl.map((d, i) => [i + 1, d[0], d[1], i === 0 ? "创建方案" : (i === 1 ? "项目信息" : "建设进度")]),
  ];

  // --- reports to 清远市商务局 ------------------------------------------------------------
  const reps = [
    [D("2020-08-28"), "8月份电商进农村工作进展", "否"],
    [D("2020-09-28"), "9月份工作进展及电商统计数据", "是"],
    [D("2020-10-29"), "10月份工作进展", "否"],
    [D("2020-11-27"), "11月份工作进展及电商扶贫统计", "是"],
    [D("2020-12-29"), "12月份及全年工作总结", "是"],
    [D("2021-01-28"), "1月份工作进展", "否"],
    [D("2021-03-30"), "3月份工作进展及电商扶贫统计", "是"],
    [D("2021-04-28"), "4月份工作进展", "否"],
    [D("2021-05-28"), "5月份工作进展及电商扶贫统计", "是"],
    [D("2021-06-29"), "6月份工作进展", "否"],
    [D("2021-07-29"), "7月份工作进展及电商扶贫统计", "是"],
    [D("2021-08-27"), "8月份工作进展及电商统计数据", "是"],
  ];
  const repMonths = new Set(reps.map((x) => x[0].date.slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  assert(repMonths.size === 11 && !repMonths.has("2021-02"), "c1 reports 11 months");
  const rRows = [
    ["向清远市商务局报送工作情况登记表", null, null, null, null],
    ["序号", "报送时间", "报送内容", "报送方式", "是否含电商扶贫数据"],
    ...reps.map((x, i) => [i + 1, x[0], x[1], i % 3 === 0 ? "粤政易" : "电子邮件", x[2]]),
    ["注：2月份春节期间未报送。", null, null, null, null],
  ];

  // --- media -------------------------------------------------------------------------
  const mRows = [
    ["连山县电子商务宣传报道情况", null, null, null, null, null, null],
    ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "报道标题", "是否电商扶贫典型案例"],
    [1, "2020.11.20", "南方日报", "省级", "报纸", "连山：电商进村 山货出山", "否"],
    [2, D("2021-01-15"), "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "小小大肉姜撬动扶贫大产业", "是"],
    [3, D("2021-03-08"), "连山融媒", "县级", "网络", "我县举办党政干部电商知识培训", "否"],
    [4, D("2021-06-11"), "连山电视台", "县级", "电视", "贫困户学直播 山货卖出山", "是"],
    [5, D("2021-09-15"), "清远日报", "市级", "报纸", "连山电商产业园集聚效应初显", "否"],
  ];

  // --- materials -----------------------------------------------------------------------
  const matRows = [
    ["经验材料报送登记", null, null, null],
    ["序号", "报送日期", "材料名称", "报送单位"],
    [1, D("2020-12-10"), "连山县电子商务进农村综合示范工作经验做法", "清远市商务局"],
    [2, D("2021-06-30"), "连山县“电商+扶贫”典型案例：小小大肉姜撬动扶贫大产业", "清远市商务局"],
  ];

  // --- funds ledger ------------------------------------------------------------------
  const funds = [
    [D("2019-12-20"), "县级电子商务公共服务中心建设（首期）", "广东连商电子商务有限公司", 800000],
    [D("2020-03-18"), "村级服务站点建设（第一批）", "广东连商电子商务有限公司", 560000],
    [D("2020-05-26"), "电商培训（第一期）", "广东连商电子商务有限公司", 150000],
    [D("2020-07-10"), "农村物流配送体系建设", "中国邮政集团有限公司连山县分公司", 620000],
    [D("2020-09-15"), "村级服务站点建设（第二批）", "广东连商电子商务有限公司", 480000],
    [D("2020-11-20"), "公共服务中心运营补贴", "广东连商电子商务有限公司", 300000],
    [D("2020-12-29"), "电商产业园整合改造", "连山县城投公司", 455000],
    [D("2021-01-26"), "农产品品牌培育及推广", "连山县瑶绣文创有限公司", 268350],
    [D("2021-03-30"), "电商培训（第二期）", "广东连商电子商务有限公司", 180000],
    [D("2021-05-18"), "农产品质量溯源系统建设", "清远市连山数联溯源科技有限公司", 233000],
    [D("2021-07-06"), "农村物流配送补贴", "中国邮政集团有限公司连山县分公司", 240000],
    [D("2021-09-08"), "电商宣传推广", "连山融媒", 120000],
  ];
  const fundIn = funds.filter((f) => f[0].date <= "2021-08-31").reduce((a, f) => a + f[3], 0);
  const fundAll = funds.reduce((a, f) => a + f[3], 0);
  assert(fundIn === 4286350 && fundAll === 4406350, "c1 funds " + fundIn);
  const fRows = [
    ["2019年省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
    ["单位：元", null, null, null, null, null, null],
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额（元）", "凭证号", "备注"],
    ...funds.map((f, i) => [i + 1, f[0], f[1], f[2], f[3], `记-${f[0].date.slice(0, 4)}-${pad(i * 7 + 3, 3)}`, null]),
    ["合计", null, null, null, fundAll, null, null],
    ["经办人：韦XX        审核：莫XX", null, null, null, null, null, null],
  ];

  // --- 基本情况 ----------------------------------------------------------------------
  const bRows = [
    ["连山壮族瑶族自治县电子商务进农村综合示范县基本情况", null, null, null, null],
    ["填报单位：连山壮族瑶族自治县商务局", null, null, "填报日期：2021.9.10", null],
    ["序号", "项目", "数值", "单位", "备注"],
    [1, "县（市、区）名称", "连山壮族瑶族自治县", null, null],
    [2, "考评截止日期", D("2021-08-31"), null, null],
    [3, "常住人口", 9.36, "万人", "2020年末常住人口（县统计局）"],
    [4, "行政村数", 48, "个", "另有社区（居委会）4个，不计入"],
    [5, "省定贫困村数", 9, "个", "已全部出列"],
    [6, "2019年农村网络零售额", 21560, "万元", "省商务厅监测数据"],
    [7, "2020年农村网络零售额", 29870, "万元", "同比增长38.5%"],
    [8, "2019年农产品网络零售额", 8120, "万元", null],
    [9, "2020年农产品网络零售额", 10350, "万元", "同比增长27.5%"],
    [10, "领导小组组长", "县长", null, "副组长：分管副县长"],
    [11, "领导小组成员单位", "县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司", null, null],
    [null, null, null, null, null],
    ["注：零售额数据来源于省商务厅电子商务统计监测系统。", null, null, null, null],
  ];

  // --- 资金情况 ----------------------------------------------------------------------
  const proj = [
    ["县级电子商务公共服务中心建设及运营", 120, 110],
    ["村级电商服务站点建设", 110, 104],
    ["农村物流配送体系建设", 100, 86],
    ["电商人才培训", 40, 33],
    ["电商产业园整合改造", 60, 45.5],
    ["农产品品牌培育及推广", 40, 26.835],
    ["农产品质量溯源系统", 30, 23.3],
  ];
  const pa = proj.reduce((a, p) => a + p[1], 0);
  const pd = Math.round(proj.reduce((a, p) => a + p[2] * 1000, 0)) / 1000;
  assert(pa === 500 && pd === 428.635, "c1 project table " + pa + " " + pd);
  const pct = (x) => (Math.round(x * 1000) / 10).toFixed(1) + "%";
  const zRows = [
    ["2019年省级电子商务进农村综合示范专项资金使用情况", null, null, null, null, null],
    ["单位：万元", null, null, null, "截至2021年8月31日", null],
    ["省级下达资金总额", "500万元", null, "粤财工〔2019〕112号", null, null],
    ["累计拨付资金", "428.635万元", null, "拨付率85.7%", null, null],
    ["项目总体进度", "90%", null, null, null, null],
    ["资金管理制度", "已制定", null, "《连山壮族瑶族自治县电子商务进农村综合示范专项资金管理办法》（连商〔2019〕35号）", null, null],
    ["资金专用台账", "已建立", null, "各承建单位分项目设立", null, null],
    [null, null, null, null, null, null],
    ["序号", "建设项目", "省级资金安排", "已拨付", "拨付率", "备注"],
    ...proj.map((p, i) => [i + 1, p[0], p[1], p[2], pct(p[2] / p[1]), null]),
    ["合计", null, 500, 428.635, "85.7%", null],
    ["制表人：韦XX          审核人：莫XX", null, null, null, null, null],
  ];

  // --- 自评表 -----------------------------------------------------------------------------
  const S = [];
  S.push(["连山壮族瑶族自治县电子商务进农村综合示范创建自评表", null, null, null, null, null]);
  S.push(["序号", "考评项目", "考评内容", "标准分", "自评分", "自评说明"]);
  const g1 = S.length;
  S.push([1, "一、组织领导与统筹协调（10分）", "组织领导", 2, 2, "成立了以县长为组长、分管副县长为副组长，县商务、财政、农业农村、乡村振兴等部门为成员的电子商务进农村综合示范工作领导小组（连府办〔2019〕58号），定期召开联席会议。"]);
  S.push([2, null, "方案制定", 2, 2, "2019年10月正式印发《连山壮族瑶族自治县电子商务进农村综合示范县工作方案》（连府办〔2019〕61号），任务、进度、责任单位明确。"]);
  S.push([3, null, "政策支持", 2, 2, "出台了《连山县促进农村电子商务发展扶持办法（试行）》，对网店开设、物流配送、人才引进给予奖补，已兑现奖补资金31.2万元。"]);
  S.push([4, null, "项目管理", 4, 4, "制定《项目管理办法》《项目验收办法》，建设、验收严格按程序执行；建立工作台账，按月记录项目进展。"]);
  S.push([null, null, "（1）项目管理制度", 2, 2, null]);
  S.push([null, null, "（2）工作台帐", 2, 2, null]);
  const g2 = S.length;
  S.push([5, "二、深入推动电子商务进农村工作（55分）", "县级公共服务中心和电商产业园", 15, 13, "县电子商务公共服务中心于2020年11月28日建成投入运营，至今已正常运行9个月。中心设有免费培训室，配备电脑40台，可开展电商基础培训；设农特产品展示展销区，免费展示销售连山大米、大肉姜、沙田柚等特色农产品；为电商企业和网店免费提供产品拍摄、美工设计服务；组织“连山好物”区域公共品牌统一推广，指导企业品牌注册；并提供代运营、金融对接、法律咨询等衍生增值服务。整合改造连山电商产业园，现入驻企业19家，涵盖平台型、销售型、电商运营商和物流企业，入驻企业未达20家，扣2分。"]);
  S.push([6, null, "村级站点覆盖", 10, 10, "全县48个行政村中已有37个村建成村级电商服务站点，覆盖率77.1%；9个省定贫困村全部建有站点，覆盖率100%。"]);
  S.push([7, null, "农村产品上行", 10, 9, null]);
  S.push([null, null, "①网销调研", 2, 2, "2020年3月完成全县农产品网络销售情况调研，形成调研报告报清远市商务局。"]);
  S.push([null, null, "②网络促销活动", 2, 2, "举办“连山好物节”、直播带货等网络促销活动6场，线上销售额超800万元。"]);
  S.push([null, null, "③第三方电商运营服务商", 1, 1, "引进广东连商电子商务有限公司作为第三方运营服务商。"]);
  S.push([null, null, "④物流快递覆盖", 1, 1, "整合邮政、快递资源建成县乡村三级物流配送体系，全县48个行政村物流快递覆盖率100%。"]);
  S.push([null, null, "⑤交易标准及冷链、溯源", 2, 1, "已建成农产品质量溯源平台，冷链仓储尚在建设，交易标准未出台。"]);
  S.push([null, null, "⑥网络零售额增速", 2, 2, "2020年农村网络零售额29870万元，同比增长38.5%。"]);
  S.push([8, null, "电商人才培训", 20, 20, "截至2021年9月10日累计开展电商培训17期962人次，占常住人口1.03%。经县乡村振兴局确认，全县有劳动能力的建档立卡贫困人口（不含外出务工人员）520人，已参加电商培训286人，培训率55%。"]);
  const g3 = S.length;
  S.push([9, "三、信息公开及报送（10分）", "信息公开", 4, 4, "在县政府门户网站设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息及建设进度，设立监督举报电话和意见征集信箱；近一年每月更新。"]);
  S.push([10, null, "数据上报", 6, 6, "每月向清远市商务局报送工作进展及电商统计数据，统计贫困户电商培训及带动增收情况。"]);
  const g4 = S.length;
  S.push([11, "四、宣传推广（10分）", "案例总结", 2, 2, "向市商务局报送经验材料2篇。"]);
  S.push([12, null, "经验推广", 8, 8, "南方日报、广东广播电视台、清远日报、连山融媒等媒体先后报道我县电商工作。"]);
  const g5 = S.length;
  S.push([13, "五、财政资金管理（15分）", "制度建立", 5, 5, "制定专项资金管理办法和绩效考核问责办法并严格执行。"]);
  S.push([14, null, "资金台账", 5, 5, "承建单位均建立资金专用台账，账目完整清晰，凭证齐全。"]);
  S.push([15, null, "资金支出", 5, 4, "省级资金500万元，截至8月31日已拨付428.635万元，支出率85.7%；个别项目拨付稍有滞后。"]);
  const g6 = S.length;
  S.push([16, "六、加分项（4分）", "建档立卡贫困人口培训率70%以上", 2, 0, "培训率55%，未达70%。"]);
  S.push([17, null, "电商扶贫典型案例获电视媒体播报", 2, 1, "我县“小小大肉姜撬动扶贫大产业”电商扶贫案例获广东广播电视台珠江频道播报（省级）。"]);
  const g7 = S.length;
  S.push([18, "七、一票否决项", "安全生产、质量事故或重大经济损失", null, null, "无"]);
  S.push([19, null, "项目总体进度不足40%", null, null, "否，项目总体进度90%"]);
  S.push([20, null, "弄虚作假", null, null, "无"]);
  S.push(["合计", null, null, 104, 97, "其中基本分96分，加分1分"]);
  S.push(["填表人：韦XX        审核人：莫XX        联系电话：0763-8XXXXXX", null, null, null, null, null]);
  const last = S.length;
  const merges1 = ["A1:F1", `B${g1 + 1}:B${g2}`, `B${g2 + 1}:B${g3}`, `B${g3 + 1}:B${g4}`, `B${g4 + 1}:B${g5}`, `B${g5 + 1}:B${g6}`, `B${g6 + 1}:B${g7}`, `B${g7 + 1}:B${last - 2}`, `A${last - 1}:C${last - 1}`, `A${last}:F${last}`];

  // claimed sums
  const claimedScored = [2, 2, 2, 4, 13, 10, 9, 20, 4, 6, 2, 8, 5, 5, 4].reduce((a, b) => a + b, 0);
  assert(claimedScored === 96, "c1 claimed 96");

  const sheets = [
    { name: "基本情况", rows: bRows, merges: ["A1:E1", "A2:C2", "A16:E16"] },
    { name: "资金情况", rows: zRows, merges: ["A1:F1"] },
    { name: "自评表", rows: S, merges: merges1 },
    { name: "行政村名单", rows: vRows, merges: ["A1:F1"] },
    { name: "服务站点", rows: sRows, merges: ["A1:H1"] },
    { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
    { name: "培训台账", rows: tRows, merges: ["A1:H1", "A2:H2"] },
    { name: "专栏更新", rows: dRows, merges: ["A1:D1"] },
    { name: "信息报送", rows: rRows, merges: ["A1:E1"] },
    { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    { name: "资金拨付台账", rows: fRows, merges: ["A1:G1"] },
  ];

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
    "work.center": 13, "work.coverage": 10, "work.upward": 9, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 4, "promo.cases": 2, "promo.media": 5,
    "fund.system": 5, "fund.ledger": 5, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith("bonus") && !k.startsWith("veto")).reduce((a, [, v]) => a + v, 0);
  const bonus = points["bonus.poorTraining"] + points["bonus.tvCase"];
  assert(scored === 89 && bonus === 1, "c1 total");

  return {
    description: "连山壮族瑶族自治县商务局整本台账：基本情况、资金情况（万元，含分项目表）和自评表（自拟指标名称、自评分、自评说明整句写明中心运营日期、贫困人口培训数、专栏内容等）分三张表；行政村名单带贫困村标记列，站点、产业园企业、按期次的培训台账（人次列，含9月一期及合计行）、专栏更新、信息报送（缺2月）、宣传报道、经验材料、资金拨付台账。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total: scored + bonus,
      bonus,
      vetoed: false,
      points,
      claimed: {
        "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
        "work.center": 13, "work.coverage": 10, "work.upward": 9, "work.training": 20,
        "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
        "fund.system": 5, "fund.ledger": 5, "fund.spending": 4,
        "bonus.poorTraining": 0, "bonus.tvCase": 1,
      },
    },
    derivation: [
      "asOf: 基本情况 考评截止日期 2021-08-31",
      "org.leadership: 基本情况 领导小组组长=县长（主要领导），成员单位含商务局、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: 自评表 方案制定 已正式印发工作方案（连府办〔2019〕61号），自评2 → 2",
      "org.policy: 自评表 政策支持 已出台扶持办法，自评2 → 2",
      "org.management: （1）项目管理制度 2 +（2）工作台账 2 → 4",
      "work.center: 中心2020-11-28投入运营（自评说明）≤2021-08-31 → 2；≤2021-02-28 运行满6个月 → 2；免费培训场所设备 2；免费展示销售 1；免费摄影美工 1；品牌统一推广 1；其他增值服务（代运营、金融对接）1；产业园已整合（企业台账非空）2；入驻企业22行中：禾洞大肉姜合作社2021-03-15退出、吉田山货店2021.5.31退出、太保生态农业2021-09-06入驻（截止日后）→ 截止日在园19家 <20 → 0；类型 电商运营商/销售型/物流企业/平台型/设计服务 ≥3 → 1；合计 13",
      "work.coverage: 行政村名单48个行政村（4个社区不计）；站点台账40行：沙田村2个站点计1次，城东社区服务点不是行政村，江口村站点2021.9.16建成（截止日后）不计 → 覆盖37个行政村，37/48=77.1% ≥70% → 5；省定贫困村9个（名单中“是”）全部有截止日前建成的站点 9/9=100% → 5；合计 10",
      "work.upward: ①网销调研 自评2 → 2；②促销活动 自评2 → 2；③第三方运营服务商（广东连商）有 → 1；④行政村名单无快递列，按自评说明“48个行政村物流快递覆盖率100%” → 1；⑤交易标准及冷链溯源 自评1 → 1；⑥2020年农村网络零售额29870万元 / 2019年21560万元 = 增长38.5% ≥30% → 2；合计 9",
      "work.training: 培训台账按期次计人次，截止日前16期合计902人次（第17期2021-09-09的60人次不计，合计行962不计）；常住人口9.36万=93600（<50万，基数93600）；902/93600=0.964%，在0.8%–1%之间 → 8（自评说明的962人次含9月一期）；贫困人口无人员名单，按自评说明：有劳动能力不含外出务工520人，参训286人，286/520=55% ≥50% → 10；合计 18",
      "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报电话和意见征集信箱（自评说明）→ 2；专栏更新记录2020-09至2021-08每月均有更新 → 2；合计 4",
      "info.reporting: 信息报送登记 2020-09…2021-08 中有11个月有报送，2021年2月无（注：春节未报送）→ 不定时 1；“是否含电商扶贫数据”有“是”且自评说明称统计贫困户电商培训情况 → 3；合计 4",
      "promo.cases: 经验材料2篇（2020-12-10、2021-06-30）报清远市商务局 → 2",
      "promo.media: 截止日前：南方日报（省级）、广东广播电视台珠江频道（省级）、连山融媒与连山电视台（县级）；清远日报（市级）2021-09-15 在截止日后不计 → 省级4 + 县级1 = 5",
      "fund.system: 已制定专项资金管理办法，自评5 → 5",
      "fund.ledger: 已建立资金专用台账，自评5 → 5",
      "fund.spending: 资金拨付台账截止日前11笔合计4,286,350元（2021-09-08的120,000元及合计行不计）/ 下达500万元 = 85.7% ≥70% → 自评及时拨付4 → 4",
      "bonus.poorTraining: 贫困人口培训率55% <70% → 0",
      "bonus.tvCase: 宣传报道第2条 电商扶贫典型案例 获广东广播电视台（省级电视）播报，无国家级 → 1",
      "veto.incident: 自评表 安全生产、质量事故 “无” → 0（不否决）",
      "veto.progress: 资金情况 项目总体进度90% ≥40% → 0（不否决）",
      "veto.fraud: 自评表 弄虚作假 “无” → 0（不否决）",
      "total: 2+2+2+4+13+10+9+18+4+4+2+5+5+5+4 = 89，加分1 → 90",
    ],
  };
}

// =====================================================================================
// County 2: 南澳县 — one 自评情况 sheet (short tables + 情况说明 text)
// =====================================================================================
function county2() {
  const r = rng(515151);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const name = () => pick(SURN) + pick(GIV) + (r() < 0.8 ? pick(GIV) : "");
  const phone = () => "1" + pick(["35", "37", "38", "39", "50", "58", "88"]) + String(Math.floor(r() * 1e8)).padStart(8, "0");
  const usedIds = new Set();
  function makeId(birthYear) {
    for (;;) {
      const m = 1 + Math.floor(r() * 12);
      const d = 1 + Math.floor(r() * 28);
      const s = String(Math.floor(r() * 1000)).padStart(3, "0");
      const f17 = "440523" + birthYear + pad(m) + pad(d) + s;
      const id = f17 + idCheck(f17);
      if (!usedIds.has(id)) { usedIds.add(id); return id; }
    }
  }

  // --- villages ----------------------------------------------------------------------
  const towns = [
    ["后宅镇", ["山顶村", "隆西村", "隆东村", "后花园村", "金山村", "田仔村", "华东村", "龙地村", "鸡母澳村", "竹栖肚村", "石岗村", "东坑村"], ["隆澳社区", "海滨社区", "金牛社区"]],
    ["云澳镇", ["中柱村", "澳前村", "三澳村", "赤石村", "大湾村", "青澳村", "东港村", "澳后村"], ["中心社区"]],
    ["深澳镇", ["深澳村", "海山村", "后江村", "坑内村", "东埔村", "万山村", "竹林村", "北角村"], ["镇海社区"]],
  ];
  const poorV = ["后花园村", "竹栖肚村", "三澳村", "坑内村", "北角村"];
  const uncovered = new Set(["北角村", "石岗村", "龙地村", "华东村", "赤石村", "万山村", "竹林村"]);
  const adminList = [];
  const vRows = [
    ["南澳县村（居）委会名单", null, null, null, null],
    ["序号", "镇", "村（居）委会", "性质", "快递进村"],
  ];
  let n = 0;
  for (const [t, vs, cs] of towns) {
    for (const c of cs) { n++; vRows.push([n, t, c, "居委会", "√"]); }
    for (const v of vs) { n++; adminList.push(v); vRows.push([n, t, v.replace(/村$/, "村委会"), "村委会", v === "北角村" ? "×" : "√"]); }
  }
  vRows.push(["注：北角村位于岛东端，快递暂由镇邮政所代收。", null, null, null, null]);
  assert(adminList.length === 28, "c2 28 villages");
  const coveredList = adminList.filter((v) => !uncovered.has(v));
  assert(coveredList.length === 21, "c2 covered 21");
  assert(poorV.every((p) => adminList.includes(p)), "c2 poor in list");
  assert(poorV.filter((p) => !uncovered.has(p)).length === 4, "c2 poor covered 4");

  const pvRows = [
    ["南澳县省定贫困村名单（5个）", null, null, null],
    ["序号", "镇", "村名", "帮扶单位"],
    [1, "后宅镇", "后花园村委会", "汕头市龙湖区"],
    [2, "后宅镇", "竹栖肚村委会", "汕头市龙湖区"],
    [3, "云澳镇", "三澳村委会", "汕头市金平区"],
    [4, "深澳镇", "坑内村委会", "汕头市金平区"],
    [5, "深澳镇", "北角村委会", "汕头市濠江区"],
  ];

  // --- stations ------------------------------------------------------------------------
  const townOf = {};
  for (const [t, vs, cs] of towns) for (const v of [...vs, ...cs]) townOf[v] = t;
  const stRows = [
    ["南澳县村级电商服务站点台账", null, null, null, null, null, null],
    ["序号", "镇", "站点名称", "所在村", "负责人", "联系电话", "挂牌时间"],
  ];
  let k = 0;
  coveredList.forEach((v, i) => {
    k++;
    const mm = 5 + (i % 12); // 2020-05 … 2021-04
    const y = mm > 12 ? 2021 : 2020;
    const m = mm > 12 ? mm - 12 : mm;
    const dd = 3 + ((i * 5) % 25);
    let cell;
    if (i % 5 === 2) cell = `${y}年${m}月`;
    else if (i % 7 === 3) cell = `${y}.${m}.${dd}`;
    else cell = D(`${y}-${pad(m)}-${pad(dd)}`);
    stRows.push([k, townOf[v], `${v}电商服务站`, i % 3 === 0 ? v.replace(/村$/, "村委会") : v, name(), phone(), cell]);
    if (v === "深澳村") { k++; stRows.push([k, "深澳镇", "深澳渔港电商代办点", "深澳村", name(), phone(), D("2021-05-12")]); }
    if (v === "隆西村") { k++; stRows.push([k, "后宅镇", "隆澳社区电商便民服务点", "隆澳社区", name(), phone(), D("2020-11-06")]); }
  });
  k++;
  stRows.push([k, "深澳镇", "北角村电商服务站", "北角村", name(), phone(), "2021.9.6"]);
  assert(k === 24, "c2 24 stations");

  // --- poor roster -------------------------------------------------------------------
  // 160 persons: 90 eligible (labour, not migrant), 28 labour+migrant, 42 no labour.
  const cat = [];
  for (let i = 0; i < 90; i++) cat.push("E");
  for (let i = 0; i < 28; i++) cat.push("M");
  for (let i = 0; i < 42; i++) cat.push("N");
  for (let i = cat.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [cat[i], cat[j]] = [cat[j], cat[i]]; }
  const persons = [];
  let hh = null, hhLeft = 0, hhVillage = null, hhSurname = null;
  cat.forEach((c, i) => {
    if (hhLeft === 0) {
      hhLeft = 1 + Math.floor(r() * 4);
      hhVillage = pick(adminList);
      hhSurname = pick(SURN);
      hh = null;
    }
    const nm = hhSurname + pick(GIV) + (r() < 0.85 ? pick(GIV) : "");
    const rel = hh === null ? "户主" : pick(c === "N" ? ["子", "女", "母亲", "父亲", "孙子"] : ["配偶", "子", "女", "儿媳"]);
    if (hh === null) hh = nm;
    let by;
    if (c === "N") by = rel === "子" || rel === "女" || rel === "孙子" ? 2008 + Math.floor(r() * 10) : 1935 + Math.floor(r() * 15);
    else by = 1962 + Math.floor(r() * 38);
    const labour = c === "N" ? (by > 2000 ? "无劳动力" : pick(["丧失劳动力", "无劳动力"])) : pick(["普通劳动力", "普通劳动力", "技能劳动力"]);
    persons.push({ cat: c, town: townOf[hhVillage], village: hhVillage, head: hh, name: nm, rel, id: makeId(by), labour, migrant: c === "M" ? "是" : "否" });
    hhLeft--;
  });
  const eligible = persons.filter((p) => p.cat === "E");
  const migrants = persons.filter((p) => p.cat === "M");
  const nolab = persons.filter((p) => p.cat === "N");
  assert(eligible.length === 90 && migrants.length === 28 && nolab.length === 42, "c2 cats");
  // make sure one trained eligible person has an X id (typed lower-case on the sign-in sheet)
  let xPerson = eligible.slice(0, 40).find((p) => p.id.endsWith("X"));
  if (!xPerson) {
    const p = eligible[5];
    usedIds.delete(p.id);
    for (;;) {
      const f17 = p.id.slice(0, 14) + String(Math.floor(r() * 1000)).padStart(3, "0");
      if (idCheck(f17) === "X" && !usedIds.has(f17 + "X")) { p.id = f17 + "X"; usedIds.add(p.id); break; }
    }
    xPerson = p;
  }
  const pRows = [
    ["南澳县建档立卡贫困人口名单", null, null, null, null, null, null, null, null],
    ["数据来源：县乡村振兴局（2021年6月导出）", null, null, null, null, null, null, null, null],
    ["序号", "镇", "村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工"],
    ...persons.map((p, i) => [i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.labour, p.migrant]),
  ];

  // --- training sign-in ----------------------------------------------------------------
  const sess = [
    [D("2020-06-18"), "电商基础知识培训（后宅）", 35],
    [D("2020-07-23"), "网店开设与运营（云澳）", 38],
    [D("2020-09-17"), "直播带货入门（深澳）", 36],
    [D("2020-10-22"), "建档立卡贫困户电商专场", 40],
    [D("2020-11-19"), "短视频拍摄与推广", 34],
    [D("2020-12-17"), "海岛特产网上营销", 37],
    [D("2021-01-14"), "网店客服与美工", 30],
    [D("2021-03-25"), "紫菜、牡蛎干电商包装与物流", 38],
    [D("2021-04-22"), "农村青年电商创业增值班", 36],
    [D("2021-05-20"), "直播带货进阶", 35],
    [D("2021-06-24"), "乡村电商带头人培训", 36],
    [D("2021-07-22"), "电商服务站点业务培训", 36],
    [D("2021-09-14"), "宋茶线上营销专题", 28],
  ];
  assert(sess.slice(0, 12).reduce((a, s) => a + s[2], 0) === 431, "c2 431");
  // poor attendances: list of [sessionIndex, person]
  const poorAtt = sess.map(() => []);
  const trained = eligible.slice(0, 40);
  // first attendances: 20 in the 贫困户专场 (index 3), 20 spread over the other eleven sessions before cut-off
  trained.forEach((p, i) => {
    if (i < 20) poorAtt[3].push(p);
    else { const others = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11]; poorAtt[others[(i - 20) % 11]].push(p); }
  });
  // 8 of them trained a second time (sessions 9 and 10, i.e. 2021-05-20 / 2021-06-24)
  trained.slice(0, 8).forEach((p, i) => poorAtt[i < 4 ? 9 : 10].push(p));
  // 2 eligible persons only at the September session
  eligible.slice(40, 42).forEach((p) => poorAtt[12].push(p));
  // 3 migrants and 1 person without labour capacity, before the cut-off
  poorAtt[1].push(migrants[0]); poorAtt[5].push(migrants[1]); poorAtt[8].push(migrants[2]);
  poorAtt[6].push(nolab[0]);
  const poorRowsBefore = poorAtt.slice(0, 12).reduce((a, l) => a + l.length, 0);
  assert(poorRowsBefore === 52, "c2 poor rows 52, got " + poorRowsBefore);
  sess.forEach((s, i) => {
    const ids = poorAtt[i].map((p) => p.id);
    assert(new Set(ids).size === ids.length, "no duplicate person within a session");
  });
  // non-poor pool (some people come back to a later session)
  const pool = [];
  for (let i = 0; i < 330; i++) pool.push({ name: name(), id: makeId(1965 + Math.floor(r() * 40)), village: pick([...adminList, "隆澳社区", "海滨社区", "金牛社区", "中心社区", "镇海社区"]) });
  let poolIdx = 0;
  const tRows = [
    ["南澳县电子商务培训学员签到汇总表", null, null, null, null, null, null, null, null],
    ["序号", "培训日期", "培训班次", "姓名", "性别", "身份证号码", "联系电话", "村（社区）", "是否建档立卡贫困户"],
  ];
  const sex = (id) => (Number(id[16]) % 2 === 1 ? "男" : "女");
  let rowNo = 0, blankIdRows = 0, lowerX = 0;
  const signins = [];
  sess.forEach((s, si) => {
    const list = [];
    for (const p of poorAtt[si]) list.push({ poor: true, name: p.name, id: p.id, village: p.village });
    const nonPoor = s[2] - list.length;
    const seen = new Set();
    for (let j = 0; j < nonPoor; j++) {
      let q;
      if (poolIdx >= 300 || (si > 2 && r() < 0.12)) {
        // a returning trainee from the earlier pool
        do { q = pool[Math.floor(r() * Math.min(poolIdx, pool.length))]; } while (seen.has(q.id));
      } else q = pool[poolIdx++];
      seen.add(q.id);
      list.push({ poor: false, name: q.name, id: q.id, village: q.village });
    }
    // shuffle within the session so 贫困户 rows are not all at the top
    for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [list[i], list[j]] = [list[j], list[i]]; }
    for (const e of list) {
      rowNo++;
      let idCell = e.id;
      if (!e.poor && (rowNo === 57 || rowNo === 268)) { idCell = null; blankIdRows++; }
      if (e.poor && e.id === xPerson.id && lowerX === 0) { idCell = e.id.slice(0, 17) + "x"; lowerX++; }
      signins.push({ date: s[0].date, id: idCell, poor: e.poor });
      tRows.push([rowNo, s[0], s[1], e.name, idCell ? sex(e.id) : pick(["男", "女"]), idCell, phone(), e.village, e.poor ? "是" : "否"]);
    }
  });
  tRows.push(["注：9月14日宋茶专题培训为考评截止后举办。", null, null, null, null, null, null, null, null]);
  assert(lowerX === 1 && blankIdRows === 2, "c2 x / blank ids");
  const before = signins.filter((x) => x.date <= "2021-08-31");
  assert(before.length === 431 && signins.length === 459, "c2 sign-ins");
  // re-count the poor measures from the rows themselves
  const normId = (s) => (s ? s.toUpperCase() : s);
  const trainedIds = new Set(before.map((x) => normId(x.id)).filter(Boolean));
  const eligIds = persons.filter((p) => p.labour.match(/普通|技能/) && p.migrant === "否").map((p) => p.id);
  assert(eligIds.length === 90, "c2 eligible 90 recount");
  const trainedElig = eligIds.filter((id) => trainedIds.has(id)).length;
  assert(trainedElig === 40, "c2 trained eligible 40, got " + trainedElig);
  assert(before.filter((x) => x.poor).length === 52, "c2 poor sign-in rows 52");
  // no non-poor pool id accidentally equals a roster id
  assert(pool.every((q) => !persons.some((p) => p.id === q.id)), "pool ids distinct");

  // --- funds ledger ------------------------------------------------------------------------
  const fRows = [
    ["南澳县电商进农村专项资金台账", null, null, null, null, null],
    ["单位：元（注明“万”的为万元）", null, null, null, null, null],
    ["序号", "日期", "摘要", "收款单位", "金额", "经办人"],
    [1, D("2020-01-15"), "县电商公共服务中心装修改造", "南澳县海岛建筑工程有限公司", "45万", "蔡XX"],
    [2, D("2020-05-20"), "村级站点建设（第一批）", "汕头市澳聚电子商务有限公司", 360000, "蔡XX"],
    [3, D("2020-08-12"), "电商培训（上半年）", "汕头市澳聚电子商务有限公司", "12.5万", "蔡XX"],
    [4, D("2020-10-28"), "物流配送设备采购", "中国邮政集团有限公司南澳县分公司", 582000, "林XX"],
    [5, D("2020-12-30"), "公共服务中心运营补贴", "汕头市澳聚电子商务有限公司", 300000, "林XX"],
    [6, D("2021-03-19"), "村级站点建设（第二批）", "汕头市澳聚电子商务有限公司", "36万", "林XX"],
    [7, D("2021-05-27"), "“南澳优品”品牌推广", "南澳县融媒体中心", 416600, "林XX"],
    [8, D("2021-07-15"), "冷链仓储设备", "南澳县海之源水产有限公司", "52.5万", "林XX"],
    [9, D("2021-09-10"), "电商培训（下半年）", "汕头市澳聚电子商务有限公司", 150000, "林XX"],
    ["合计", null, null, null, 3268600, null],
  ];
  const fundIn = 450000 + 360000 + 125000 + 582000 + 300000 + 360000 + 416600 + 525000;
  assert(fundIn === 3118600 && fundIn + 150000 === 3268600, "c2 funds");

  // --- reports -----------------------------------------------------------------------------
  const repDates = ["2020-08-27", "2020-09-28", "2020-10-29", "2020-11-27", "2020-12-30", "2021-01-28", "2021-02-26", "2021-03-30", "2021-04-29", "2021-05-28", "2021-06-29", "2021-07-29", "2021-08-30"];
  const rRows = [
    ["南澳县电商进农村工作报送记录", null, null, null, null],
    ["序号", "报送日期", "报送内容", "报送对象", "是否含扶贫统计"],
    ...repDates.map((d, i) => {
      const m = Number(d.slice(5, 7));
      const pov = [12, 3, 6, 9].includes(m) || d === "2021-08-30";
      return [i + 1, D(d), `${m}月份示范创建工作进展${pov ? "及电商扶贫统计" : ""}`, "汕头市商务局", pov ? "是" : "否"];
    }),
  ];
  const repWin = new Set(repDates.filter((d) => d >= "2020-09" && d <= "2021-08-31").map((d) => d.slice(0, 7)));
  assert(repWin.size === 12, "c2 reports 12 months");

  // --- disclosures (months as columns) ------------------------------------------------------
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月", "2021年5月", "2021年6月", "2021年7月", "2021年8月"];
  const ticks = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1];
  assert(ticks.reduce((a, b) => a + b, 0) === 7, "c2 7 months");
  const dRows = [
    ["南澳县人民政府门户网站“电子商务进农村综合示范”专栏更新情况", ...Array(12).fill(null)],
    ["栏目", ...months],
    ["示范创建专栏", ...ticks.map((t) => (t ? "√" : null))],
    ["注：√表示当月有更新内容。", ...Array(12).fill(null)],
  ];

  // --- media -------------------------------------------------------------------------------
  const mRows = [
    ["媒体报道情况", null, null, null, null, null],
    ["序号", "报道时间", "报道媒体", "媒体级别", "报道形式", "标题"],
    [1, D("2020-10-16"), "汕头日报", "市级", "报纸", "南澳：电商助力海岛特产“出岛”"],
    [2, "2021.4.21", "南方农村报", "省级", "报纸", "南澳紫菜搭上电商快车"],
    [3, D("2021-07-02"), "南澳县融媒体中心", "县级", "电视", "我县举办直播带货进阶培训"],
  ];

  // --- the one facts sheet -------------------------------------------------------------------
  const X = [];
  const blank5 = () => [null, null, null, null, null];
  X.push(["南澳县2019年省级电子商务进农村综合示范创建自评情况表", null, null, null, null]);
  X.push(["填报单位：南澳县商务局（盖章）", null, null, "填报日期：2021年9月20日", null]);
  X.push(["一、基本情况", null, null, null, null]);
  X.push(["项目", "数据", null, "备注", null]);
  X.push(["常住人口", "６．２万人", null, "第七次全国人口普查", null]);
  X.push(["行政村（村委会）", "２８个", null, "另有社区居委会５个，不计入", null]);
  X.push(["省定贫困村", "５个", null, "名单附后", null]);
  X.push(["考评截止时间", "2021年8月31日", null, null, null]);
  X.push(["县电商公共服务中心运营时间", "2021.1.8", null, "位于后宅镇隆澳路", null]);
  X.push(blank5());
  X.push(["二、自评得分", null, null, null, null]);
  const hdr = X.length;
  X.push(["序号", "评价指标", "分值", "自评分", "备注"]);
  X.push(["一", "加强组织领导与统筹协调", 10, 7, null]);
  X.push([1, "组织领导", 2, 1, "分管副县长任组长"]);
  X.push([2, "方案制定", 2, 2, "南府办〔2019〕87号"]);
  X.push([3, "政策支持", 2, 1, "扶持措施在征求意见"]);
  X.push([4, "项目管理", 4, 3, null]);
  X.push([null, "其中：项目管理制度", 2, 1, "制度已建，验收环节待完善"]);
  X.push([null, "      工作台账", 2, 2, null]);
  X.push(["二", "深入推动电子商务进农村工作", 55, 42, null]);
  X.push([5, "服务体系建设（县级中心、产业园）", 15, 8, "产业园未建"]);
  X.push([6, "服务体系建设（村级站点）", 10, 10, "建成村级站点２４个"]);
  X.push([7, "农村产品上行", 10, 8, null]);
  X.push([null, "①网销调研", 2, 1, null]);
  X.push([null, "②网络促销活动", 2, 2, "“南澳优品”年货节等"]);
  X.push([null, "③第三方运营服务商", 1, 1, null]);
  X.push([null, "④行政村物流快递覆盖", 1, 1, null]);
  X.push([null, "⑤交易标准、冷链及溯源", 2, 1, "建有冷库１座"]);
  X.push([null, "⑥零售额同比增速", 2, 2, "农产品增长40%"]);
  X.push([8, "电商人才培训", 20, 16, "贫困人口培训率57.8%"]);
  X.push(["三", "加强信息公开及报送", 10, 8, null]);
  X.push([9, "信息公开", 4, 2, null]);
  X.push([10, "数据上报", 6, 6, "每月报送"]);
  X.push(["四", "加强宣传推广", 10, 8, null]);
  X.push([11, "案例总结", 2, 0, "材料整理中"]);
  X.push([12, "经验推广", 8, 8, "省、市、县媒体均有报道"]);
  X.push(["五", "加强财政资金管理", 15, 10, null]);
  X.push([13, "制度建立", 5, 4, null]);
  X.push([14, "资金台账", 5, 3, null]);
  X.push([15, "资金支出", 5, 3, "拨付率约62%"]);
  X.push(["六", "加分项", 4, 0, null]);
  X.push([null, "贫困人口培训率70%及以上", 2, 0, null]);
  X.push([null, "电商扶贫案例电视播报", 2, 0, null]);
  X.push(["七", "一票否决项", null, "无", "无安全事故、无弄虚作假"]);
  X.push(["合计", null, 100, 75, null]);
  const tblEnd = X.length;
  X.push(blank5());
  X.push(["三、情况说明", null, null, null, null]);
  const txt0 = X.length;
  const para = [
    "1．组织领导。成立了以县政府分管副县长为组长，县商务、财政、农业农村、乡村振兴、交通运输、邮政等部门为成员的示范创建工作领导小组。2019年11月正式印发了《南澳县电子商务进农村综合示范工作实施方案》（南府办〔2019〕87号）。《南澳县促进农村电子商务发展若干措施》已完成起草，正在征求意见，尚未印发。制定了项目管理制度，建立了工作台账。",
    "2．服务体系。县电商公共服务中心于2021年1月8日正式投入运营，设有培训室一间（可容纳六十人），配备电脑三十台，可免费开展电商基础培训；设农特产品展示展销区，免费展示、销售南澳紫菜、牡蛎干、宋茶等特产；组织“南澳优品”统一推广，指导特色农产品品牌建设。摄影美工服务及其他增值服务暂未开展。电商产业园尚未建设（拟与中心合并规划）。引入汕头市澳聚电子商务有限公司作为第三方运营服务商。全县行政村快递覆盖率达100%。",
    "3．农产品上行。2019年全县农村网络零售额1.05亿元，2020年达1.26亿元，同比增长20%；其中农产品网络零售额由2019年的３２００万元增至2020年的4480万元，同比增长40%。",
    "4．人才培训。共举办电商培训十二期，培训约四百三十人次。全县建档立卡贫困人口中有劳动能力且未外出务工的９０人，参加培训的贫困人口５２人，培训率57.8%。",
    "5．信息公开及报送。县政府门户网站设立了电商进农村示范专栏，公开了创建方案、项目基本信息和建设进度，不定期更新；征求意见或监督举报窗口暂未设立。每月向汕头市商务局报送工作进展，能统计电商扶贫情况。经验材料正在整理，尚未报送市商务局。",
    "6．资金使用。省级专项资金５００万元已全部下达，截至8月31日累计拨付约312万元，拨付率约62%，项目总体进度约75%。制定了《南澳县电子商务进农村综合示范专项资金管理办法》，建立了资金专用台帐。",
    "7．其他。创建期间未发生安全生产、质量事故，无弄虚作假情况。",
  ];
  for (const p of para) X.push([p, null, null, null, null]);
  X.push(blank5());
  X.push(["填表人：林XX", null, "审核人：蔡XX", null, "联系电话：0754-8XXXXXX"]);
  const merges = ["A1:E1", "A2:C2", "D2:E2", "A3:E3", "B4:C4", "D4:E4"];
  for (let i = 5; i <= 9; i++) merges.push(`B${i}:C${i}`, `D${i}:E${i}`);
  merges.push(`A11:E11`);
  merges.push(`A${txt0}:E${txt0}`);
  for (let i = 0; i < para.length; i++) merges.push(`A${txt0 + 1 + i}:E${txt0 + 1 + i}`);
  assert(X[hdr][0] === "序号", "hdr");
  // claimed check
  const claimed = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 3,
    "work.center": 8, "work.coverage": 10, "work.upward": 8, "work.training": 16,
    "info.disclosure": 2, "info.reporting": 6, "promo.cases": 0, "promo.media": 8,
    "fund.system": 4, "fund.ledger": 3, "fund.spending": 3,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  const cs = Object.entries(claimed).filter(([k]) => !k.startsWith("bonus")).reduce((a, [, v]) => a + v, 0);
  assert(cs === 75, "c2 claimed 75");

  const points = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 0, "org.management": 3,
    "work.center": 8, "work.coverage": 8, "work.upward": 7, "work.training": 14,
    "info.disclosure": 1, "info.reporting": 6, "promo.cases": 0, "promo.media": 8,
    "fund.system": 4, "fund.ledger": 3, "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith("bonus") && !k.startsWith("veto")).reduce((a, [, v]) => a + v, 0);
  assert(scored === 60, "c2 total " + scored);

  const sheets = [
    { name: "自评情况", rows: X, merges },
    { name: "村居名单", rows: vRows, merges: ["A1:E1"] },
    { name: "省定贫困村", rows: pvRows, merges: ["A1:D1"] },
    { name: "村级站点", rows: stRows, merges: ["A1:G1"] },
    { name: "培训签到表", rows: tRows, merges: ["A1:I1"] },
    { name: "建档立卡贫困人口", rows: pRows, merges: ["A1:I1", "A2:I2"] },
    { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
    { name: "报送记录", rows: rRows, merges: ["A1:E1"] },
    { name: "专栏更新情况", rows: dRows, merges: ["A1:M1", "A4:M4"] },
    { name: "媒体报道", rows: mRows, merges: ["A1:F1"] },
  ];

  return {
    description: "南澳县商务局整本台账：唯一的事实表“自评情况”由基本情况小表、带备注列的自评得分表和“情况说明”整段文字组成（全角数字６．２万人、５００万元，中文数字“十二期”“约四百三十人次”，亿元与万元混用）；另有村居名单（带快递进村列）、省定贫困村名单、站点台账、培训签到表（逐人签到，含9月一期）、建档立卡贫困人口名单、资金台账（元与“万”混写，有合计行）、报送记录、专栏更新情况（月份作列）、媒体报道。无产业园企业清单和经验材料台账。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total: scored,
      bonus: 0,
      vetoed: false,
      points,
      claimed,
    },
    derivation: [
      "asOf: 自评情况 考评截止时间 2021年8月31日",
      "org.leadership: 情况说明 领导小组组长为分管副县长 → 分管领导牵头 → 1",
      "org.plan: 实施方案已正式印发（南府办〔2019〕87号），自评2 → 2",
      "org.policy: 《若干措施》仍在征求意见，尚未印发 → 未出台政策 → 0（自评1不予认可）",
      "org.management: 项目管理制度 自评1 + 工作台账 自评2 → 3",
      "work.center: 中心2021-01-08投入运营 ≤截止日 → 2；≤2021-02-28 → 运行满6个月 2；免费培训场所设备 2；免费展示销售 1；摄影美工“暂未开展” 0；统一推广、品牌指导 1；其他增值服务“暂未开展” 0；产业园尚未建设且无入驻企业清单 → 建园0、20家0、三类0；合计 8",
      "work.coverage: 村居名单28个村委会（5个居委会不计）；站点台账24行：深澳村2个站点计1次，隆澳社区服务点不是行政村，北角村站点2021.9.6挂牌（截止日后）→ 覆盖21个行政村，21/28=75% ≥70% → 5；省定贫困村5个，北角村截止日前无站点 → 4/5=80%，在80%–100%之间 → 3；合计 8（自评10）",
      "work.upward: ①网销调研 自评1 → 1；②促销活动 自评2 → 2；③第三方运营服务商（澳聚公司）→ 1；④村居名单有“快递进村”列，北角村委会为“×” → 0（情况说明称100%，以名单为准）；⑤交易标准冷链溯源 自评1 → 1；⑥农村网络零售额1.26亿/1.05亿 增长20%未达30%，但农产品网络零售额4480万/3200万 增长40% ≥30% → 2；合计 7",
      "work.training: 培训签到表逐人签到，截止日前12期共431行（9月14日一期28行不计；2行无身份证号仍计人次）；常住人口６．２万=62000，431/62000=0.695%，在0.6%–0.8%之间 → 6；建档立卡名单160人，有劳动能力（普通/技能劳动力）且不外出务工90人，其中身份证号在截止日前签到表出现的40人（8人参训两次只计一次；1人签到表身份证末位写成小写x，仍为同一人；另有3名外出务工者、1名丧失劳动力者参训不计；2人仅参加9月一期不计）→ 40/90=44.4%，在40%–50%之间 → 8（情况说明的52人是贫困户签到行数，名单为准）；合计 14",
      "info.disclosure: 专栏有创建方案、项目信息、建设进度，但征求意见或监督举报窗口暂未设立 → 内容不全 0；专栏更新情况12个月中7个月打√（10月、1月、2月、4月、7月空）→ 不定时更新 1；合计 1",
      "info.reporting: 报送记录2020-09至2021-08每月均有报送 → 3；“是否含扶贫统计”有“是”，情况说明称能统计电商扶贫情况 → 3；合计 6",
      "promo.cases: 无经验材料报送记录，情况说明称尚未报送市商务局 → 0",
      "promo.media: 汕头日报（市级）2020-10-16 → 3；南方农村报（省级）2021.4.21 → 4；南澳县融媒体中心（县级）2021-07-02 → 1；合计 8",
      "fund.system: 已制定专项资金管理办法，自评4 → 4",
      "fund.ledger: 已建立资金专用台账，自评3 → 3",
      "fund.spending: 资金台账截止日前8笔：45万+360000+12.5万+582000+300000+36万+416600+52.5万=3,118,600元（2021-09-10的150000元及合计行不计）/ 下达５００万元=62.4% <70% → 倒扣 −5（自评3不适用）",
      "bonus.poorTraining: 贫困人口培训率44.4% <70% → 0",
      "bonus.tvCase: 无电商扶贫典型案例获国家级或省级电视播报（唯一电视报道为县融媒体中心）→ 0",
      "veto.incident: 情况说明 未发生安全生产、质量事故 → 0（不否决）",
      "veto.progress: 项目总体进度约75% ≥40% → 0（不否决）",
      "veto.fraud: 无弄虚作假情况 → 0（不否决）",
      "total: 1+2+0+3+8+8+7+14+1+6+0+8+4+3−5 = 60，无加分",
    ],
  };
}

const out = path.join(path.dirname(__filename), "..");
for (const [file, fn] of [["b9-c1-lianshan.json", county1], ["b9-c2-nanao.json", county2]]) {
  const c = fn();
  fs.writeFileSync(path.join(out, file), JSON.stringify(c, null, 1) + "\n");
  console.log(file, "total", c.expect.total, "sheets", c.sheets.map((s) => `${s.name}:${s.rows.length}`).join(" "));
}
