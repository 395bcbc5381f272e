// Batch 106 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function assert(c, m) { if (!c) throw new Error("assertion failed: " + m); }
function D(iso) { assert(/^\d{4}-\d{2}-\d{2}$/.test(iso), "bad date " + iso); return { date: iso }; }
function colLetter(i) { let s = ""; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function pad(rows, w) {
  const W = w || Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => { assert(r.length <= W, "row too long " + JSON.stringify(r)); return r.concat(Array(W - r.length).fill(null)); });
}
function sheet(name, rows, merges, extra) {
  const s = { name, rows: pad(rows) };
  if (merges && merges.length) s.merges = merges;
  if (extra) Object.assign(s, extra);
  return s;
}
function span(t, w) { return [t].concat(Array(w - 1).fill(null)); }
function isCell(v) {
  if (v === null) return true;
  const t = typeof v;
  if (t === "string" || t === "boolean") return true;
  if (t === "number") return Number.isFinite(v);
  if (t === "object" && !Array.isArray(v)) {
    const k = Object.keys(v);
    return k.length === 1 && k[0] === "date" && new Date(v.date + "T00:00:00Z").toISOString().slice(0, 10) === v.date;
  }
  return false;
}
function ref(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return { c: c - 1, r: +m[2] - 1 }; }
function validateSheet(s, where) {
  const w = s.rows[0].length;
  s.rows.forEach((r, i) => { assert(r.length === w, where + " row " + (i + 1) + " width"); r.forEach((v, j) => assert(isCell(v), `${where} bad cell ${colLetter(j)}${i + 1}`)); });
  const seen = new Set();
  for (const m of s.merges || []) {
    const [a, b] = m.split(":").map(ref);
    assert(b.r >= a.r && b.c >= a.c && (b.r > a.r || b.c > a.c), where + " merge " + m);
    assert(b.r < s.rows.length && b.c < w, where + " merge outside " + m);
    for (let r = a.r; r <= b.r; r++) for (let c = a.c; c <= b.c; c++) {
      const k = r + ":" + c; assert(!seen.has(k), where + " overlap " + m); seen.add(k);
      if (r !== a.r || c !== a.c) assert(s.rows[r][c] === null, `${where} merge ${m} covers ${colLetter(c)}${r + 1}`);
    }
  }
  assert(s.name.length <= 31 && !/[\\/?*[\]:]/.test(s.name), "sheet name " + s.name);
}
const SCORED = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
  "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"];
const ALL_IDS = SCORED.concat(["bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"]);
const FACT_KEYS = new Set(("county asOf residentPopulation adminVillagesStated poorVillagesStated planIssued policyIssued centerOpened centerFreeTraining " +
  "centerDisplay centerPhoto centerBrand centerOther parkBuilt thirdPartyOperator expressCoverage ruralRetail2019 ruralRetail2020 agriRetail2019 " +
  "agriRetail2020 ruralRetailGrowthStated agriRetailGrowthStated trainingPersonTimesStated eligiblePoorPersonsStated trainedPoorPersonsStated " +
  "disclosurePlan disclosureProjects disclosureProgress disclosureWindow povertyStatisticsStated fundAllocated fundSpentStated fundSystemIssued " +
  "fundLedgerKept overallProgress vetoIncident vetoFraud").split(" "));
const JUDGED_KEYS = new Set(["org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research",
  "work.upward.promotion", "work.upward.standards", "fund.system", "fund.ledger", "fund.spending"]);
const LEAD = new Set(["principal-all", "principal", "deputy", "other"]);
function validateCase(o, rel) {
  assert(typeof o.description === "string" && o.description.length > 50, rel + " description");
  const names = new Set();
  o.sheets.forEach((s) => { validateSheet(s, rel + ":" + s.name); assert(!names.has(s.name), "dup sheet"); names.add(s.name); });
  const e = o.expect;
  if (rel.startsWith("facts/")) {
    Object.keys(e.facts).forEach((k) => assert(FACT_KEYS.has(k), rel + " fact key " + k));
    Object.keys(e.judged).forEach((k) => assert(JUDGED_KEYS.has(k), rel + " judged key " + k));
    if (e.leadership !== undefined) assert(LEAD.has(e.leadership), rel + " leadership");
  }
  if (rel.startsWith("ledgers/")) {
    Object.keys(e.sheets).forEach((n) => assert(names.has(n), rel + " unknown sheet " + n));
    names.forEach((n) => assert(e.sheets[n] !== undefined, rel + " no expectation for " + n));
  }
  if (rel.startsWith("counties/")) {
    ALL_IDS.forEach((id) => assert(typeof e.points[id] === "number", rel + " points " + id));
    const sc = SCORED.reduce((a, id) => a + e.points[id], 0);
    const bonus = Math.min(4, e.points["bonus.poorTraining"] + e.points["bonus.tvCase"]);
    assert(e.bonus === bonus, rel + " bonus");
    assert(e.total === (e.vetoed ? 0 : sc + bonus), rel + " total");
    assert(o.derivation.length >= 20, rel + " derivation");
  }
}
const written = [];
function write(rel, obj) {
  validateCase(obj, rel);
  const f = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(rel);
}
// 身份证号 with a valid check digit
const W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function makeId(area, birth, seq, wantX) {
  for (let k = 0; k < 400; k++) {
    const s = area + birth + String((seq + k) % 1000).padStart(3, "0");
    let t = 0; for (let i = 0; i < 17; i++) t += +s[i] * W17[i];
    const c = "10X98765432"[t % 11];
    if (!!wantX === (c === "X")) return s + c;
  }
  throw new Error("id");
}
const AS_OF = "2021-08-31";
const dateOk = (d) => (d.length === 7 ? d <= AS_OF.slice(0, 7) : d <= AS_OF);
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
const monthsCovered = (ds) => { const h = new Set(ds.filter(dateOk).map((d) => d.slice(0, 7))); return WINDOW.filter((m) => h.has(m)).length; };

// =====================================================================================
// counties/b106-c1-hailing: 阳江市海陵区 — 事实表是《县域数字农业农村发展水平评价 基础指标填报表》（商务部分）
// 上半是另一个评价的指标（2020年度数据），下半是电商股补填的“省级示范考评补充项”和自评分
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441702";
  const claimed = {};
  {
    const W = 7, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:G${rows.length}`); };
    full("2021年全国县域数字农业农村发展水平评价　基础指标填报表（商务部分）");
    full("填报单位：阳江市海陵区商务局　　数据年度：2020年度（时点数以2020年12月31日为准）　　填报日期：2021年5月18日");
    rows.push(["指标编号", "指标名称", "计量单位", "2020年", "2019年（上年）", "数据来源", "备注"]);
    rows.push(["A01", "乡村常住人口", "万人", 6.1, 6.2, "区统计局", "评价口径：乡村人口"]);
    rows.push(["A02", "行政村个数", "个", 14, 14, "区民政局", "不含社区（居委会）3个"]);
    rows.push(["B05", "农村网络零售额", "万元", 42000, 31000, "省商务厅监测", null]);
    rows.push(["B06", "农产品网络零售额", "万元", 10900, 8600, "省商务厅监测", null]);
    rows.push(["B07", "农产品网络零售额占农产品交易总额比重", "%", 18.6, 15.2, "测算", null]);
    rows.push(["C03", "行政村电子商务服务站点覆盖率", "%", 57.1, "—", "区商务局", "2020年底有站行政村8个"]);
    rows.push(["C04", "行政村快递服务通达率", "%", 92.9, 85.7, "区邮政管理部门", "2020年底牛塘村未通"]);
    rows.push(["C05", "县级电子商务公共服务中心", "个", 1, 0, "区商务局", null]);
    rows.push(["D01", "数字乡村建设领导机制", "—", "已建立", "—", "区委办", "区委书记任区数字乡村建设领导小组组长"]);
    full("以下为省级电子商务进农村综合示范考评补充填报（电商股2021年9月补，截至考评截止日）");
    rows.push(["序号", "补充项目", "填报情况", null, "自评分", "说明", null]);
    merges.push(`C${rows.length}:D${rows.length}`, `F${rows.length}:G${rows.length}`);
    const add = (n, item, val, pts, note, id) => {
      rows.push([n, item, val, null, pts, note || null, null]);
      merges.push(`C${rows.length}:D${rows.length}`, `F${rows.length}:G${rows.length}`);
      if (id) claimed[id] = pts;
    };
    add(1, "考评截止日期", "2021年8月31日", null);
    add(2, "常住人口（全区，七普）", "9.8万人", null, "培训人次基数；上表A01为乡村人口，不用");
    add(3, "电商示范工作领导小组", "组长：常务副区长；成员：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", 2, "组织领导", "org.leadership");
    add(4, "示范创建工作方案", "2020年6月区政府办印发", 2, "方案制定", "org.plan");
    add(5, "扶持政策", "《海陵区促进农村电子商务发展若干措施》已出台", 1, "政策支持", "org.policy");
    add(6, "项目管理", "项目管理制度已建立；工作台账基本完整", 3, "制度2＋台账1", "org.management");
    add(7, "县级电子商务公共服务中心", "2020年12月28日投入运营；免费培训室（40座）√；特色农产品免费展示销售√；免费摄影美工√；统一推广和品牌建设√（“海陵岛”区域公用品牌）；其他衍生增值服务×", 14, "中心和产业园合计", "work.center");
    add(8, "电商产业园", "已建（闸坡电商产业园），入驻企业见附6", null);
    add(9, "村级站点", "见附1、附2", 10, null, "work.coverage");
    add(10, "农村产品上行", "网销调研2分；促销活动1分；第三方运营服务商：有（阳江海陵岛优品电子商务有限公司）；快递覆盖见附1；交易标准及冷链溯源1分；增速见上表B05", 8, null, "work.upward");
    add(11, "电商培训", "见附3—附5", 20, null, "work.training");
    add(12, "信息公开", "区政府网站专栏已设立，公示创建方案、项目基本信息、项目建设进度，设监督举报电话", 4, "更新见附9", "info.disclosure");
    add(13, "数据上报", "每月报市商务局，含电商扶贫统计", 6, "见附8", "info.reporting");
    add(14, "案例总结", "已报市商务局", 2, "见附11", "promo.cases");
    add(15, "经验推广", "见附10", 8, null, "promo.media");
    add(16, "资金管理制度", "已制定《专项资金管理办法》", 4, null, "fund.system");
    add(17, "资金专用台账", "已建立", 4, null, "fund.ledger");
    add(18, "资金支出", "省下达500万元，拨付见附7；按进度及时拨付", 4, null, "fund.spending");
    add(19, "加分：电商扶贫典型案例获电视播报", "广东广播电视台播出", 1, "省级1分", "bonus.tvCase");
    add(20, "安全生产、质量事故或重大损失", "无", null);
    add(21, "弄虚作假", "无", null);
    add(22, "项目总体进度", "90%", null);
    rows.push(["合计", null, null, null, "92＋1", null, null]);
    merges.push(`A${rows.length}:D${rows.length}`, `F${rows.length}:G${rows.length}`);
    sheets.push(sheet("数字乡村评价填报（商务）", rows, merges));
  }
  const CS = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(CS === 92, "claimed 92 got " + CS);
  // ---------------------------------------------------------------- 附1 村居名单
  // [town, name, kind 0 admin 1 poor 2 community]
  const VIL = [
    ["闸坡镇", "北华", 0], ["闸坡镇", "大角湾", 0], ["闸坡镇", "马尾", 0], ["闸坡镇", "东平", 0], ["闸坡镇", "渔港", 2],
    ["海陵镇", "丰头", 0], ["海陵镇", "那洋", 0], ["海陵镇", "石塘", 0], ["海陵镇", "塘口", 0], ["海陵镇", "海陵", 2],
    ["溪头镇", "北洛", 0], ["溪头镇", "大澳", 1], ["溪头镇", "龙高山", 1], ["溪头镇", "双山", 0], ["溪头镇", "牛塘", 0], ["溪头镇", "北额", 0], ["溪头镇", "溪头", 2],
  ];
  {
    const r = [span("海陵区村（居）民委员会名单（2021年8月）", 6), ["序号", "镇", "村（居）委会名称", "性质", "省定贫困村", "快递进村"]];
    VIL.forEach((v, i) => r.push([i + 1, v[0], v[2] === 2 ? v[1] + "社区居民委员会" : v[1] + "村民委员会", v[2] === 2 ? "社区" : "村委会",
      v[2] === 1 ? "√" : null, v[2] === 2 ? null : "√"]));
    r.push(["注：省定贫困村打√，非贫困村不填；快递进村以2021年8月区邮政快递摸查为准（牛塘村2021年3月已通）。", null, null, null, null, null]);
    sheets.push(sheet("附1 村居名单", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  const ADMIN = VIL.filter((v) => v[2] < 2).map((v) => v[1] + "村");
  const POOR = VIL.filter((v) => v[2] === 1).map((v) => v[1] + "村");
  assert(ADMIN.length === 14 && POOR.length === 2, "14 admin 2 poor");
  // ---------------------------------------------------------------- 附2 站点
  // [name, village cell, town, opened cell, iso]
  const ST = [
    ["北华村电商服务站", "北华村", "闸坡镇", D("2020-10-12"), "2020-10-12"],
    ["大角湾村电商服务站", "大角湾村委会", "闸坡镇", "2020.10.26", "2020-10-26"],
    ["马尾村电商服务站", "马尾村", "闸坡镇", "2020年11月", "2020-11"],
    ["渔港社区电商服务点", "渔港社区", "闸坡镇", "2020.11.5", "2020-11-05"],
    ["丰头村电商服务站", "丰头村", "海陵镇", "2020/12/8", "2020-12-08"],
    ["那洋村电商服务站", "那洋村", "海陵镇", "20201215", "2020-12-15"],
    ["石塘村电商服务站", "石塘村", "海陵镇", "21.1.19", "2021-01-19"],
    ["北洛村电商服务站", "北洛村", "溪头镇", D("2021-03-02"), "2021-03-02"],
    ["大澳村电商服务站", "大澳村民委员会", "溪头镇", "2021.3.16", "2021-03-16"],
    ["双山村电商服务站", "双山村", "溪头镇", "2021年5月20日", "2021-05-20"],
    ["双山村海鲜干货收购服务点", "双山村", "溪头镇", "2021.6.1", "2021-06-01"],
    ["塘口村电商服务站", "塘口村", "海陵镇", D("2021-07-07"), "2021-07-07"],
    ["龙高山村电商服务站", "龙高山村", "溪头镇", "2021.9.1", "2021-09-01"],
    ["牛塘村电商服务站", "牛塘村", "溪头镇", "2021.9.3", "2021-09-03"],
  ];
  {
    const r = [span("海陵区村级电子商务服务站点清单", 7), ["序号", "站点名称", "所在村（居）", "镇", "站长", "联系电话", "挂牌时间"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], ["陈", "林", "梁", "冯", "吴", "关"][i % 6] + "××", "138" + String(26000000 + i * 377311).slice(0, 8), s[3]]));
    sheets.push(sheet("附2 站点清单", r, ["A1:G1"]));
  }
  const norm = (n) => n.replace(/(村民委员会|村委会)$/, "村");
  const covered = new Set(ST.filter((s) => dateOk(s[4])).map((s) => norm(s[1])).filter((n) => ADMIN.includes(n)));
  assert(covered.size === 10 && covered.size * 100 >= 14 * 70, "10/14 = 71.4% ≥ 70%");
  const poorCov = POOR.filter((p) => covered.has(p));
  assert(poorCov.length === 1 && poorCov.length * 100 < POOR.length * 80, "1/2 poor");
  // ---------------------------------------------------------------- 附3 培训期次
  // [期次, date cell, iso, topic, 人次 cell]
  const SES = [
    [1, "2020.9.24", "2020-09-24", "农村电商基础（闸坡镇）", 90], [2, D("2020-10-29"), "2020-10-29", "网店开设与运营", 85],
    [3, "2020.11.24-11.26", "2020-11-26", "海产品网销实操（三天班）", 150], [4, "2020.12.17", "2020-12-17", "年货节直播促销", 100],
    [5, "21.3.18", "2021-03-18", "短视频拍摄与剪辑", 95], [6, D("2021-04-22"), "2021-04-22", "电商客服与售后", "80人次"],
    [7, "2021年5月27日", "2021-05-27", "农村电商基础（溪头镇）", 110], [8, "2021.6.24", "2021-06-24", "直播带货进阶", 120],
    [9, "2021.8.19", "2021-08-19", "乡村旅游电商（海陵镇）", "１２０"], [10, "2021.9.16", "2021-09-16", "跨境电商入门", 70],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(String(v).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10));
  const sesSum = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesSum === 950, "sessions 950 got " + sesSum);
  {
    const r = [span("海陵区电商普及培训开展情况（按期次）", 6), ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "区电商公共服务中心", s[4], "阳江海陵岛优品电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    r.push(["注：贫困户专场另有签到表（附4），不在本表。", null, null, null, null, null]);
    sheets.push(sheet("附3 培训期次", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 附5 贫困人口
  // [name, village, labour, work]
  const PP = [
    ["陈亚带", "大澳村", "有劳动能力", "在家务农"], ["林水妹", "大澳村", "有劳动能力", "在家务农"], ["梁志强", "大澳村", "有劳动能力", "外出务工"],
    ["冯桂兰", "龙高山村", "有劳动能力", "本地务工"], ["吴德海", "龙高山村", "有劳动能力", "在家务农"], ["关秀英", "龙高山村", "有劳动能力", "在家务农"],
    ["陈海生", "双山村", "有劳动能力", "在家务农"], ["林亚九", "牛塘村", "有劳动能力", "本地务工"], ["梁四婆", "牛塘村", "无劳动能力", "—"],
    ["冯伯添", "北额村", "丧失劳动能力", "—"], ["吴志明", "北额村", "有劳动能力", "外出务工（省外）"], ["关三妹", "北额村", "无劳动能力", "—"],
  ];
  const PID = PP.map((p, i) => makeId(AREA, "19" + (58 + i * 3) + "0" + ((i % 9) + 1) + "2" + (i % 8), 200 + i * 41, i === 3));
  assert(PID[3].endsWith("X"), "X id");
  {
    const r = [span("海陵区建档立卡贫困人口名单（有劳动能力及务工情况）", 7), span("数据来源：区乡村振兴局2021年7月防返贫监测系统导出　“务工情况”中“本地务工”指在区内就近务工，不属外出务工", 7),
      ["序号", "姓名", "身份证号", "所在村", "劳动能力", "务工情况", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], PID[i], p[1], p[2], p[3], null]));
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", "A2:G2"]));
  }
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] === "有劳动能力" && !PP[i][3].startsWith("外出"));
  assert(eligible.length === 7, "7 eligible got " + eligible.length);
  // ---------------------------------------------------------------- 附4 贫困户专场签到
  const others = ["黄月娥", "李国荣", "张美玲", "何志坚", "郑秋菊", "谭永生", "杨丽清", "邓海波", "莫春燕", "许建华", "蔡晓玲", "周亚福", "温金凤", "罗家明", "曾瑞娟", "彭德胜", "卢秀珍", "叶国强"];
  const SIGN = [];
  const addDay = (cell, iso, idxs, nOther) => { idxs.forEach((i) => SIGN.push([i, cell, iso])); for (let k = 0; k < nOther; k++) SIGN.push([-1, cell, iso]); };
  addDay("2021.4.15", "2021-04-15", [0, 1, 2], 9);
  addDay(D("2021-07-20"), "2021-07-20", [0, 3, 4], 15);
  addDay("2021.9.8", "2021-09-08", [5], 3);
  {
    const r = [span("海陵区建档立卡贫困户电商技能专场培训签到表", 6), ["序号", "姓名", "身份证号码", "培训日期", "培训内容", "本人签名"]];
    let o = 0;
    SIGN.forEach((s, k) => {
      let name, id;
      if (s[0] >= 0) { name = PP[s[0]][0]; id = PID[s[0]]; if (s[0] === 3) id = id.slice(0, 17) + "x"; }
      else { name = others[o % others.length]; id = makeId(AREA, "19" + (66 + (o % 25)) + "0815", 600 + o * 17, false); o++; }
      s.push(id.toUpperCase());
      r.push([k + 1, name, id, s[1], s[2] === "2021-09-08" ? "网店客服" : "海产品网销", "（签名）"]);
    });
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1"]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2])).length;
  assert(signOk === 30, "30 sign-ins got " + signOk);
  const pt = sesSum + signOk;
  assert(pt === 980 && pt * 100 >= 98000, "980/98000 = exactly 1%");
  const trained = eligible.filter((i) => SIGN.some((s) => s[0] === i && dateOk(s[2])));
  assert(trained.length === 4 && trained.length * 100 >= eligible.length * 50 && trained.length * 100 < eligible.length * 70, "4/7 = 57.1%");
  // ---------------------------------------------------------------- 附6 入驻企业
  const TYPES = ["销售型", "电商运营商", "销售型", "物流企业", "平台型", "销售型"];
  const ENT = [];
  for (let i = 0; i < 23; i++) {
    const nm = ["海陵", "闸坡", "溪头", "南海一号", "大角湾", "十里银滩"][i % 6] + ["海味", "渔家", "鲜品", "优选", "云仓", "速递", "山海"][i % 7] + (i < 8 ? "电子商务有限公司" : i < 16 ? "贸易有限公司" : "网店");
    const code = "91441702MA5" + String(1000 + i * 37).padStart(4, "0") + "X" + String.fromCharCode(65 + (i % 20));
    ENT.push({ nm, code, type: TYPES[i % 6], entered: "2020-" + String(10 + (i % 3)).padStart(2, "0") + "-" + String(3 + i).padStart(2, "0"), left: null, note: null });
  }
  ENT[19].left = "2021-03-31"; ENT[19].note = "已注销";
  ENT[20].left = "2021-06-30"; ENT[20].note = "已退园";
  ENT[21].left = "2021-09-15"; ENT[21].note = "9月退园";
  ENT[22].entered = "2021-09-06"; ENT[22].note = "9月新入驻";
  // row 23: the renamed company, same credit code as row 5
  ENT.push({ nm: "阳江海陵岛海味优选电子商务有限公司", code: ENT[4].code, type: ENT[4].type, entered: "2021-04-12", left: null, note: "原“大角湾云仓电子商务有限公司”更名，同一企业" });
  const atCut = ENT.filter((e) => e.entered <= AS_OF && !(e.left && e.left <= AS_OF));
  const distinct = new Set(atCut.map((e) => e.code));
  assert(distinct.size === 20, "20 distinct in park got " + distinct.size);
  assert(new Set(atCut.map((e) => e.type)).size >= 3, "types");
  {
    const r = [span("闸坡电商产业园入驻企业名单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e.nm, e.code, e.type, i % 2 ? D(e.entered) : e.entered.replace(/-0?/g, "."), e.left ? e.left.replace(/-0?/g, ".") : null, e.note]));
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附7 资金（元，混万）
  const FUND = [
    ["2020.10.20", "2020-10-20", "公共服务中心装修及设备", "960,000.00", 960000], [D("2020-12-25"), "2020-12-25", "村级站点建设（第一批）", 580000, 580000],
    ["2021.1.28", "2021-01-28", "物流配送体系", "45万", 450000], ["2021.3.30", "2021-03-30", "村级站点建设（第二批）", 420000, 420000],
    ["2021.5.26", "2021-05-26", "电商培训", "380000元", 380000], [D("2021-07-15"), "2021-07-15", "品牌推广及营销活动", 650000, 650000],
    ["2021.8.27", "2021-08-27", "第三方运营服务费（第一期）", 480000, 480000], ["2021.9.10", "2021-09-10", "第三方运营服务费（第二期）", 300000, 300000],
  ];
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + f[4], 0);
  assert(spent === 3920000 && spent * 100 >= 5000000 * 70 && spent * 1000 === 5000000 * 784, "392万 = 78.4%");
  {
    const r = [span("海陵区省级电子商务进农村综合示范专项资金拨付台账", 5), span("单位：元（个别笔按万元登记）", 5), ["拨付日期", "用途", "拨付金额", "凭证号", "备注"]];
    FUND.forEach((f, i) => r.push([f[0], f[2], f[3], "记-" + (20 + i * 9), null]));
    r.push(["合计", null, "4,220,000.00", null, null]);
    assert(FUND.reduce((a, f) => a + f[4], 0) === 4220000, "total 422万");
    sheets.push(sheet("附7 资金台账", r, ["A1:E1", "A2:E2"]));
  }
  // ---------------------------------------------------------------- 附8 月报（缺2021年2月）
  const REP = WINDOW.filter((m) => m !== "2021-02").map((m, i) => m + "-" + String(4 + (i % 4)).padStart(2, "0"));
  REP.push("2021-09-06");
  assert(monthsCovered(REP) === 11, "11 months");
  {
    const r = [span("海陵区向阳江市商务局报送月报记录", 4), ["报送日期", "报送内容", "含电商扶贫统计", "经办人"]];
    REP.forEach((d, i) => r.push([i % 3 === 1 ? D(d) : d.replace(/-0?/g, "."), "示范创建工作进展月报", i % 2 === 0 ? "是" : null, "梁××"]));
    r.push(["注：2021年2月春节期间市局通知暂停报送一次。", null, null, null]);
    sheets.push(sheet("附8 月报报送", r, ["A1:D1", `A${r.length}:D${r.length}`]));
  }
  // ---------------------------------------------------------------- 附9 专栏更新（12个月）
  const DISC = WINDOW.map((m, i) => m + "-" + String(10 + (i % 6)).padStart(2, "0"));
  assert(monthsCovered(DISC) === 12, "12 months");
  {
    const r = [span("海陵区政府网站“电子商务进农村综合示范”专栏更新记录", 3), ["发布日期", "标题", "栏目"]];
    DISC.forEach((d, i) => r.push([i % 2 ? D(d) : d.replace(/-0?/g, "/"), "海陵区电商进农村项目建设进度（" + d.slice(0, 7) + "）", "建设进度"]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:C1"]));
  }
  // ---------------------------------------------------------------- 附10 宣传
  {
    const r = [span("海陵区电商宣传报道情况", 6), ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
    r.push(["2020.12.30", "海陵区融媒体中心", "县级", "网络", "海陵区电商公共服务中心开门迎客", "否"]);
    r.push([D("2021-03-09"), "阳江日报", "市级", "报纸", "海陵岛海鲜“触网”卖全国", "否"]);
    r.push(["2021.6.18", "广东广播电视台《广东新闻联播》", "省级", "电视", "大澳村贫困户直播卖虾干", "是"]);
    r.push(["2021.9.10", "中央广播电视总台农业农村频道", "国家级", "电视", "海陵岛：电商助渔民增收", "是"]);
    sheets.push(sheet("附10 宣传报道", r, ["A1:F1"]));
  }
  {
    const r = [span("经验材料报送登记", 3), ["报送日期", "材料名称", "报送单位"]];
    r.push(["2021.6.30", "海陵区“电商＋渔家”助力乡村振兴经验材料", "阳江市商务局"]);
    sheets.push(sheet("附11 经验材料", r, ["A1:C1"]));
  }
  const grew = (a, b) => b * 100 >= a * 130;
  assert(grew(31000, 42000) && !grew(8600, 10900), "rural 35.5%, agri 26.7%");
  const points = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1,
    "work.coverage": 5 + 0,
    "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10,
    "info.disclosure": 2 + 2, "info.reporting": 1 + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 84, "84 got " + scored);
  const ord = (n) => (n.startsWith("附") ? parseInt(n.slice(1), 10) : 0);
  sheets.sort((a, b) => ord(a.name) - ord(b.name));
  assert(sheets.length === 12, "12 sheets");
  write("counties/b106-c1-hailing.json", {
    description:
      "阳江市海陵区商务局的整本考评工作簿（12个表：数字乡村评价填报（商务）、附1—附11），85分（84＋加分1，未否决；补充项自评92＋1）。事实表不是考评填报表，而是5月为另一项评价填的《2021年全国县域数字农业农村发展水平评价 基础指标填报表（商务部分）》，电商股9月在下面续了一块“省级示范考评补充填报”。读法：上半 指标编号｜指标名称｜计量单位｜2020年｜2019年（上年）｜数据来源｜备注，数据年度2020、时点2020年12月31日都不是考评截止日期；A01“乡村常住人口6.1万人”是评价口径的乡村人口，不是常住人口（补充项2写明常住人口9.8万人，培训基数用它）；B05农村网零2020年42000万元、2019年31000万元（增35.5%），B06农产品10900/8600万元（增26.7%）；C03站点覆盖率、B07比重是测算值，不是输入；C04快递通达率92.9%是2020年底的数，附1村居名单有快递列（2021年8月全部√），以名单为准；D01“区委书记任区数字乡村建设领导小组组长”是数字乡村的领导小组，不是电商示范的。下半 序号｜补充项目｜填报情况（C:D合并）｜自评分｜说明：考评截止2021年8月31日；电商示范领导小组组长是常务副区长（分管领导），成员商务、财政、农业农村、乡村振兴、交通；判断分在“自评分”和说明里（项目管理“制度2＋台账1”，上行一格写“网销调研2分；促销活动1分；…交易标准及冷链溯源1分”）；中心一格用√/×列五项服务（其他衍生增值服务×）；合计“92＋1”。台账：附1村居名单（“××村民委员会”写法，3个社区不计，省定贫困村打√、其余空）；附2站点（大角湾村委会、大澳村民委员会写法，双山村两站算一次，渔港社区站不计，马尾村只写“2020年11月”，贫困村龙高山村2021.9.1、牛塘村2021.9.3挂牌都在截止日后）；附3培训按期次记人次（第3期区间按末日，“80人次”文本、全角“１２０”，第10期9月16日不算，合计行不算）；附4贫困户专场签到（冯桂兰身份证末位小写x，9月8日4行不算）；附5贫困人口（务工情况：在家务农、本地务工都不是外出务工，表头说明写明；外出务工2人）；附6入驻企业24行（1家3月31日注销、1家6月30日退园、1家9月入驻不算，9月15日退园的截止日仍在园，第24行是第5行企业更名、信用代码相同算一家）；附7资金（单位元，个别“45万”“380000元”“960,000.00”，9月10日30万不算，合计行不算）；附8月报缺2021年2月；附9专栏12个月都有；附10宣传（省台《广东新闻联播》扶贫典型案例；央视农业农村频道2021.9.10在截止日后）；附11经验材料6月30日报市局。",
    sheets,
    expect: { asOf: "2021-08-31", total: 85, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 电商示范领导小组组长为常务副区长（分管领导；上表“区委书记任组长”的是数字乡村领导小组，不算） → 1",
      "org.plan: 方案2020年6月印发，自评2 → 2",
      "org.policy: 若干措施已出台，自评1 → 1",
      "org.management: 说明“制度2＋台账1” → 3",
      "work.center: 中心2020-12-28运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他增值服务× 0；产业园已建 2；入驻企业 20 家（见下行）≥ 20 → 2；类型 销售型、电商运营商、物流企业、平台型 ≥ 3 → 1；合计 14",
      "work.center 入驻企业: 附6共24行；第20行2021.3.31注销、第21行2021.6.30退园、第23行2021.9.6入驻，都不算 → 21行；第22行2021.9.15退园，截止日仍在园，算；第24行（2021.4.12入驻，更名）与第5行统一社会信用代码相同，算一家 → 20家",
      "work.coverage: 附1行政村14个（渔港、海陵、溪头3个社区不计）；截止日前有站：北华、大角湾、马尾（2020年11月）、丰头、那洋、石塘、北洛、大澳、双山（两站算一次）、塘口 = 10；10/14 = 71.4% ≥ 70% → 5；省定贫困村2个（大澳、龙高山），龙高山站2021.9.1挂牌在截止日后，1/2 = 50% < 80% → 0；合计 5",
      "work.upward: 网销调研2；促销1；第三方运营服务商有 1；附1快递列14个行政村全√ → 1（上表92.9%是2020年底旧数）；交易标准冷链溯源1；农村网零31000→42000万元增35.5% ≥ 30% → 2；合计 8",
      "work.training: 人次 = 附3截止日前9期 90+85+150+100+95+80+110+120+120 = 950（第10期9月16日不算）+ 附4截止日前签到 12+18 = 30（9月8日4行不算）= 980；基数 min(98,000, 500,000) = 98,000（不是乡村人口6.1万）；980/98,000 = 1.000% ≥ 1% → 10。贫困人口：附5共12人，有劳动能力9人，去掉外出务工梁志强、吴志明 = 7人（本地务工冯桂兰、林亚九不算外出）；截止日前签到：陈亚带（两次算一人）、林水妹、冯桂兰（末位小写x）、吴德海 = 4（梁志强外出务工不算，关秀英9月8日才签到）；4/7 = 57.1% ≥ 50% → 10；合计 20",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报电话 → 2；附9在2020-09…2021-08每月都有 → 2；合计 4",
      "info.reporting: 附8窗口内缺2021年2月（11/12）→ 不定时 1；含电商扶贫统计（“是”，补充项也写含）→ 3；合计 4",
      "promo.cases: 附11经验材料2021.6.30报市商务局 → 2",
      "promo.media: 截止日前：广东广播电视台（省级）4、阳江日报（市级）3、海陵区融媒体中心（县级）1；央视2021.9.10在截止日后不算 → 8",
      "fund.system: 管理办法已制定，自评4 → 4",
      "fund.ledger: 专用台账已建立，自评4 → 4",
      "fund.spending: 附7截止日前 960,000+580,000+450,000（45万）+420,000+380,000+650,000+480,000 = 3,920,000元（9月10日30万不算，合计行不算）；3,920,000/5,000,000 = 78.4% ≥ 70% → 按及时拨付自评 4",
      "bonus.poorTraining: 4/7 = 57.1% < 70% → 0",
      "bonus.tvCase: 电商扶贫典型案例截止日前只在省级电视（广东新闻联播2021.6.18）播出 → 1（央视9月10日在截止日后）",
      "veto.incident: “安全生产、质量事故或重大损失｜无” → 0，不否决",
      "veto.progress: 项目总体进度90% ≥ 40% → 0，不否决",
      "veto.fraud: “弄虚作假｜无” → 0，不否决",
      "total: 1+2+1+3+14+5+8+20+4+4+2+8+4+4+4 = 84，加分 1，合计 85；自评92＋1（组织领导、站点覆盖、数据上报高于台账所证）",
    ],
  });
})();

// =====================================================================================
// facts/b106-f1-nansha: 广州市南沙区 — 商务局干部在《南方农村》发表的论文，粘进 Excel（A:E 合并，一段一行，含表1和参考文献）
// =====================================================================================
(function f1() {
  const W = 5, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:E${rows.length}`); };
  full("《南方农村》2021年第5期（总第227期）　第41—46页");
  full("县域农村电子商务高质量发展的实践与思考——以广州市南沙区为例");
  full("黎××（广州市南沙区商务局，广州 511458）");
  full("【摘要】本文以广州市南沙区创建省级电子商务进农村综合示范为例，总结服务体系建设、人才培训和农产品上行等做法，分析存在问题并提出对策建议。");
  full("【关键词】农村电子商务；综合示范；乡村振兴；南沙区");
  full("一、引言");
  full("　　据商务部统计，2020年全国农村网络零售额达1.79万亿元，同比增长8.9%；全国农产品网络零售额4158.9亿元，同比增长26.2%[1]。广东省2019年起在粤东西北及珠三角部分县（区）开展省级电子商务进农村综合示范[2]，南沙区于2019年入选。");
  full("二、南沙区的主要做法");
  full("　　（一）强化组织领导。区政府成立由区长任组长，分管副区长任副组长，区商务局、区财政局、区农业农村局、区乡村振兴局等部门为成员的示范工作领导小组，2020年3月印发《南沙区电子商务进农村综合示范工作方案》，明确任务分工。");
  full("　　（二）完善服务体系。区电子商务公共服务中心于2020年9月在横沥镇建成投入运营，为农户、合作社和涉农企业免费提供电商培训、特色农产品展示展销和摄影美工服务。全区128个行政村中已有109个建成村级电商服务站点。");
  full("　　（三）抓好人才培训。南沙区常住人口84.6万人（第七次全国人口普查），户籍人口48.2万人。截至2021年8月底，全区累计开展电商普及培训86期、5,320人次。");
  full("　　（四）推动农产品上行。通过公开招标引入广州南沙优农电子商务有限公司作为专业第三方运营服务商，打造“南沙农品”区域公用品牌。主要指标见表1。");
  rows.push(["表1　南沙区农村电子商务主要指标", null, null, null, null]); merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["指标", "2019年", "2020年", "同比增长", "数据来源"]);
  rows.push(["农村网络零售额（亿元）", 14.1, 18.7, "32.6%", "省商务厅"]);
  rows.push(["农产品网络零售额（亿元）", 4.3, 5.2, "20.9%", "省商务厅"]);
  rows.push(["全市农村网络零售额（亿元）", 262.4, 301.5, "14.9%", "广州市商务局"]);
  full("　　（五）规范资金管理。省级专项资金500万元全部纳入区财政专户管理，截至2021年8月底已拨付412.5万元。");
  full("三、存在的问题");
  full("　　一是快递进村“最后一公里”仍有短板，行政村快递服务覆盖率为94.5%，部分偏远村需到镇上自取。二是农产品标准化、品牌化程度不高。");
  full("四、对策建议");
  full("　　一是到2025年实现行政村快递服务全覆盖；二是“十四五”期间累计培训1万人次以上；三是农村网络零售额年均增长15%以上。");
  full("参考文献：");
  full("[1] 商务部电子商务和信息化司. 中国电子商务报告2020[R]. 北京：中国商务出版社，2021.");
  full("[2] 广东省商务厅，广东省财政厅. 关于开展2019年省级电子商务进农村综合示范工作的通知[Z]. 2019.");
  full("[3] 汪××. 县域电商发展水平评价研究[J]. 农业经济问题，2020（8）：55-63.");
  full("（收稿日期：2021-09-08）");
  assert(Math.round((18.7 / 14.1 - 1) * 1000) === 326 && Math.round((5.2 / 4.3 - 1) * 1000) === 209, "growths consistent");
  write("facts/b106-f1-nansha.json", {
    description:
      "广州市南沙区商务局干部发表在《南方农村》2021年第5期的论文《县域农村电子商务高质量发展的实践与思考——以广州市南沙区为例》，电商股把全文粘进一张表当事实表交：一段一行（A:E合并），中间一张“表1 南沙区农村电子商务主要指标”（指标｜2019年｜2020年｜同比增长｜数据来源），末尾参考文献和收稿日期。读法：引言里的全国农村网零1.79万亿元、增长8.9%和农产品26.2%是全国数，不读；“（一）强化组织领导”一句：区长任组长（分管副区长只是副组长），成员有商务、财政、农业农村、乡村振兴 → 主要领导、四部门齐全；2020年3月印发工作方案 → 已印发；中心“2020年9月”投入运营（只到月），免费培训、展示展销、摄影美工三项；“全区128个行政村”是行政村数，109个有站点不是事实键；常住人口84.6万人（户籍人口48.2万人不读）；培训5,320人次；引入专业第三方运营服务商；表1：农村网零2019年14.1亿元、2020年18.7亿元、增长32.6%，农产品网零4.3亿元、5.2亿元、增长20.9%，“全市”一行是广州市的数，不读；下达500万元，拨付412.5万元；“行政村快递服务覆盖率为94.5%”→ 不是100%；对策建议里的2025年、“十四五”目标不是现状；参考文献年份、收稿日期都不读。没有判断分和自评分。",
    sheets: [sheet("论文（南方农村2021-5）", rows, merges)],
    expect: {
      facts: {
        planIssued: true, centerOpened: "2020-09", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        adminVillagesStated: 128, residentPopulation: 846000, trainingPersonTimesStated: 5320, thirdPartyOperator: true,
        ruralRetail2019: 1410000000, ruralRetail2020: 1870000000, ruralRetailGrowthStated: 0.326,
        agriRetail2019: 430000000, agriRetail2020: 520000000, agriRetailGrowthStated: 0.209,
        fundAllocated: 5000000, fundSpentStated: 4125000, expressCoverage: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b106-f2-baiyun: 广州市白云区 — 第三方调查公司《群众满意度测评报告（摘录）》
// =====================================================================================
(function f2() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  full("白云区电子商务进农村综合示范项目群众满意度测评报告（摘录）");
  rows.push(["委托单位", "广州市白云区商务局", "受托单位", "广州市××市场调查有限公司"]);
  rows.push(["报告编号", "GZDC-2021-0917", "报告日期", "2021年9月10日"]);
  full("一、测评概况");
  rows.push(["调查时间", "2021年8月16日—8月27日", "调查方式", "入户面访＋站点拦截访问"]);
  rows.push(["样本量", "1,200份", "有效样本", "1,163份（有效率96.9%）"]);
  rows.push(["覆盖范围", "4个镇、52个行政村、38个村级站点", "置信水平", "95%，误差±2.9%"]);
  full("二、项目基本情况（委托方提供）");
  rows.push(["项目", "情况", null, "备注"]); merges.push(`B${rows.length}:C${rows.length}`);
  const kv = (a, b, c) => { rows.push([a, b, null, c || null]); merges.push(`B${rows.length}:C${rows.length}`); };
  kv("常住人口", "374.4万人", "七普");
  kv("行政村", "118个", "另有居委会（社区）");
  kv("省定贫困村", "无", "广州市无省定贫困村");
  kv("县级电子商务公共服务中心", "2020年10月投入运营", "位于太和镇");
  kv("中心服务内容", "免费电商培训；农产品免费展示展销；免费摄影美工", null);
  kv("村级电商服务站点", "96个", null);
  kv("行政村快递覆盖率", "100%", "区邮政管理部门");
  kv("电商培训", "累计16,400人次", "区电商中心统计");
  kv("省级示范专项资金", "500万元", null);
  full("三、测评结果");
  rows.push(["测评项目", "满意度", "有效样本", "评价"]);
  rows.push(["公共服务中心免费培训", "93.2%", 412, "满意"]);
  rows.push(["农产品展示展销服务", "90.5%", 388, "满意"]);
  rows.push(["村级站点代买代卖", "88.7%", 1006, "比较满意"]);
  rows.push(["快递进村服务", "86.1%", 1163, "比较满意"]);
  rows.push(["综合满意度", "89.6%", 1163, "比较满意"]);
  full("　　综合测评得分89.6分（百分制），等级为“比较满意”。");
  full("四、主要意见建议");
  full("　　部分受访群众希望快递能直接送货上门，培训课程增加直播带货实操内容，站点营业时间适当延长。");
  full("（摘录人：区商务局电商股　2021年9月13日）");
  write("facts/b106-f2-baiyun.json", {
    description:
      "广州市白云区商务局电商股交来当事实表的，是第三方调查公司做的《白云区电子商务进农村综合示范项目群众满意度测评报告（摘录）》。读法：表头两对 委托单位｜受托单位、报告编号｜报告日期——报告日期不是考评截止日期；“一、测评概况”里的调查时间、样本量、“4个镇、52个行政村、38个村级站点”是抽样范围，不是行政村数；只有“二、项目基本情况（委托方提供）”项目｜情况（B:C合并）｜备注是事实：常住人口374.4万人；行政村118个；省定贫困村“无”→ 0；中心“2020年10月”投入运营（只到月）；中心服务一格三项：免费培训、免费展示展销、免费摄影美工；站点96个不是事实键；行政村快递覆盖率100%；培训累计16,400人次；专项资金500万元。“三、测评结果”的满意度、综合得分89.6分都不是考评事实，也不是自评分；“四、意见建议”里群众希望送货上门，不改变快递覆盖率。没有领导、没有判断分。",
    sheets: [sheet("满意度测评报告", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "白云区",
        residentPopulation: 3744000, adminVillagesStated: 118, poorVillagesStated: 0, centerOpened: "2020-10",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, expressCoverage: true,
        trainingPersonTimesStated: 16400, fundAllocated: 5000000,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b106-f3-jinwan: 珠海市金湾区 — 中心运营单位的《村级电商服务专员招聘公告》
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  full("珠海市金湾区电子商务公共服务中心2021年村级电商服务专员招聘公告");
  full("　　因业务发展需要，珠海金湾湾鲜电子商务有限公司（金湾区电子商务公共服务中心运营单位）现面向社会公开招聘村级电商服务专员，有关事项公告如下：");
  full("一、单位简介");
  full("　　珠海金湾湾鲜电子商务有限公司是金湾区商务局通过公开招标确定的区电子商务进农村综合示范项目专业第三方运营服务商，负责运营区电子商务公共服务中心和区电商产业园。");
  full("　　中心位于红旗镇，2021年1月8日正式投入运营，设有免费培训教室（60座）、农产品展示展销厅、摄影棚和美工室，为全区农户、合作社和电商企业免费提供电商培训、特色农产品展示销售、产品摄影和美工设计服务，统一运营“金湾海鲜”区域公用品牌。区电商产业园现有入驻企业23家。全区32个行政村已建成村级电商服务站点27个。");
  full("二、招聘岗位及条件");
  rows.push(["岗位", "人数", "工作地点", "条件", "薪酬待遇", "备注"]);
  rows.push(["村级电商服务专员", 10, "红旗镇、平沙镇、南水镇、三灶镇", "高中以上学历，18—40周岁，熟悉网店操作", "4,500—6,000元/月", "优先录用本村村民"]);
  rows.push(["直播运营专员", 2, "区电商公共服务中心", "大专以上学历，有直播经验", "6,000—8,000元/月", null]);
  rows.push(["合计", 12, null, null, null, null]);
  full("三、报名时间及方式");
  full("　　报名时间：2021年9月1日至9月10日（工作日9:00—17:30）。报名地点：红旗镇金湾区电子商务公共服务中心一楼服务台，或发送简历至邮箱jwwx_hr@××.com。");
  full("四、其他");
  full("　　试用期3个月，录用后签订劳动合同，依法缴纳社会保险。咨询电话：0756-77×××××（梁小姐）。");
  full("珠海金湾湾鲜电子商务有限公司　　2021年8月30日");
  write("facts/b106-f3-jinwan.json", {
    description:
      "珠海市金湾区商务局电商股交来当事实表的，是区电子商务公共服务中心运营单位发布的《2021年村级电商服务专员招聘公告》，公文段落一段一行（A:F合并），中间一张岗位表。读法：只有“一、单位简介”两段是事实：运营单位是商务局公开招标确定的“专业第三方运营服务商”→ 有第三方运营服务商；它运营区电商产业园 → 产业园已建（入驻企业23家不是事实键）；中心2021年1月8日正式投入运营；免费提供电商培训（有培训教室）、特色农产品展示销售、产品摄影和美工设计服务三项；统一运营“金湾海鲜”区域公用品牌 → 组织统一推广、品牌建设；“全区32个行政村”是行政村数（27个站点不是事实键）。岗位表的人数、年龄、薪酬，报名时间2021年9月1日至9月10日、落款2021年8月30日都不是事实，更不是考评截止日期。没有领导、没有判断分。",
    sheets: [sheet("招聘公告", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "金湾区",
        thirdPartyOperator: true, parkBuilt: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, adminVillagesStated: 32,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b106-l1-panyu: 广州市番禺区 — 《公出（外出）登记簿》摘录当月报台账 + 《播出证明汇编》当宣传报道台账 + 说明
// =====================================================================================
(function l1() {
  const expect = {};
  const sheets = [];
  {
    const r = [["说明"], ["1．月报台账：电商股每月派人把纸质月报送到广州市商务局，没有另记报送台账，以局办公室《公出（外出）登记簿》摘录代替（只摘电商股人员）。"],
      ["2．宣传报道：电视、广播报道以各台出具的《播出证明》为准，汇编原文。"], ["填表人：番禺区商务局电商股　何××　2021年9月8日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [year, md text, iso, 事由, poverty true|undefined, report?]
  const OUT = [
    [2020, "9.7", "2020-09-07", "送8月份电商进农村工作月报（含电商扶贫统计表）", true, 1],
    [2020, "10.12", "2020-10-12", "报送9月份电商进农村工作月报", undefined, 1],
    [2020, "10.28", "2020-10-28", "到市商务局参加全市电商进农村工作推进会", undefined, 0],
    [2020, "11.6", "2020-11-06", "送10月份月报及电商扶贫统计", true, 1],
    [2020, "12.4", "2020-12-04", "送11月份月报", undefined, 1],
    [2021, "1.8", "2021-01-08", "送12月份月报（含扶贫统计）", true, 1],
    [2021, "2.5", "2021-02-05", "送1月份月报", undefined, 1],
    [2021, "3.5", "2021-03-05", "送2月份月报（返回途中到石碁镇检查站点）", undefined, 1],
    [2021, "4.7", "2021-04-07", "送3月份月报（含扶贫统计）", true, 1],
    [2021, "5.8", "2021-05-08", "送4月份月报", undefined, 1],
    [2021, "6.4", "2021-06-04", "送5月份月报（含扶贫统计）", true, 1],
    [2021, "7.6", "2021-07-06", "送6月份月报", undefined, 1],
    [2021, "8.6", "2021-08-06", "送7月份月报（含扶贫统计）", true, 1],
    [2021, "9.6", "2021-09-06", "送8月份月报", undefined, 1],
  ];
  {
    const W = 7, r = [span("番禺区商务局公出（外出）登记簿（摘录：电商股，2020年9月—2021年9月）", W), ["日期", "外出人员", "事由", "去往地点", "出发时间", "返回时间", "股室负责人"]];
    const m = ["A1:G1"];
    let yr = 0;
    OUT.forEach((o, i) => {
      if (o[0] !== yr) { yr = o[0]; r.push(span(yr + "年", W)); m.push(`A${r.length}:G${r.length}`); }
      r.push([o[1], ["何××", "区××"][i % 2], o[3], o[5] ? "广州市商务局（越秀区）" : "广州市商务局会议室", ["8:30", "9:00", "13:30"][i % 3], ["11:40", "12:10", "17:20"][i % 3], "（签）"]);
    });
    r.push(span("注：日期按登记簿原样写“月.日”，年份见分段行。", W)); m.push(`A${r.length}:G${r.length}`);
    sheets.push(sheet("公出登记摘录", r, m));
    expect["公出登记摘录"] = { kind: "reports", records: OUT.filter((o) => o[5]).map((o) => (o[4] ? { date: o[2], poverty: true } : { date: o[2] })) };
    assert(OUT.filter((o) => o[5]).length === 13, "13 report trips");
  }
  // [text, date iso, level, tv]
  const CERT = [
    ["兹证明：我中心《番禺新闻》栏目于2020年11月18日播出新闻《石碁镇农产品搭上电商快车》，时长2分05秒。特此证明。　番禺区融媒体中心　2020年11月25日", "2020-11-18", "county", true],
    ["兹证明：我台综合频道《广州新闻》于2021年1月22日播出《番禺：年货节直播卖出“乡村味道”》，时长1分40秒。特此证明。　广州广播电视台新闻中心　2021年2月3日", "2021-01-22", "city", true],
    ["兹证明：我台新闻电台（FM96.2）《新闻日日睇》节目于2021年3月3日播出《番禺村级电商服务站点覆盖九成行政村》，时长3分10秒。特此证明。　广州广播电视台新闻电台　2021年3月10日", "2021-03-03", "city", false],
    ["兹证明：我台珠江频道《珠江新闻眼》于2021年4月9日播出《番禺贫困户学电商 网上卖菜心》，时长2分30秒。特此证明。　广东广播电视台珠江频道　2021年4月20日", "2021-04-09", "province", true],
    ["兹证明：我频道《三农群英汇》栏目于2021年9月3日播出《番禺：电商进村 助农增收》，时长4分12秒。特此证明。　中央广播电视总台农业农村频道（CCTV-17）　2021年9月6日", "2021-09-03", "national", true],
  ];
  {
    const r = [span("番禺区电子商务进农村宣传报道播出证明汇编", 5), ["序号", "证明原文", null, "收到日期", "归档号"]];
    const m = ["A1:E1", "B2:C2"];
    CERT.forEach((c, i) => { r.push([i + 1, c[0], null, ["2020.11.27", "2021.2.5", "2021.3.12", "2021.4.23", "2021.9.7"][i], "PY-DS-" + String(i + 1).padStart(3, "0")]); m.push(`B${r.length}:C${r.length}`); });
    sheets.push(sheet("播出证明汇编", r, m));
    expect["播出证明汇编"] = { kind: "media", records: CERT.map((c) => ({ date: c[1], level: c[2], tv: c[3] })) };
  }
  write("ledgers/b106-l1-panyu.json", {
    description:
      "广州市番禺区商务局电商股交的两张“代用台账”加说明页（说明页是纯文字，不是台账）。①《公出登记摘录》当月报台账：电商股每月派人把纸质月报送到广州市商务局，没有报送台账，摘抄了局办公室《公出（外出）登记簿》：日期｜外出人员｜事由｜去往地点｜出发时间｜返回时间｜股室负责人。读法：日期只写“月.日”（9.7、10.12），年份在整行合并的分段行“2020年”“2021年”；一次送月报是一条报送记录，日期是外出当天（不是事由里“8月份月报”的月份）；10月28日“到市商务局参加全市电商进农村工作推进会”不是报送，不是记录；3月5日“送2月份月报（返回途中到石碁镇检查站点）”仍是报送；事由写“含电商扶贫统计表”“及电商扶贫统计”“含扶贫统计”的为含扶贫统计，其余没说，不判定（期望里不写 poverty）；2021年9月6日送8月份月报照列（在截止日后）；出发/返回时间不是日期；表尾注释不是记录。②《播出证明汇编》当宣传报道台账：序号｜证明原文（B:C合并）｜收到日期｜归档号，一张证明一行，全文照录。读法：报道日期是证明里“于××播出”的日期，不是证明落款日期，也不是收到日期；级别看出具单位：番禺区融媒体中心→县级，广州广播电视台→市级，广东广播电视台→省级，中央广播电视总台（CCTV-17）→国家级；形式：电视频道是电视，第3条是广州广播电视台新闻电台（FM96.2），是广播，不是电视；央视9月3日那条照列（在截止日后）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b106-l2-shunde: 佛山市顺德区 — 邮政《村级邮政便民服务站清单》当站点台账 + 《专栏网页电子存证证书清单》当专栏更新记录
// =====================================================================================
(function l2() {
  const expect = {};
  const sheets = [];
  // [编号, 名称村, 镇, 村 cell, 加盟, 开通, 挂牌 cell, 挂牌 iso|null, canonical village]
  const P = [
    ["XT001", "逢简", "杏坛镇", "逢简村委会", "2019.6.3", "2019.6.10", "2020.10.16", "2020-10-16", "逢简村"],
    ["XT002", "马东", "杏坛镇", "马东村民委员会", "2019.8.12", "2019.8.20", null, null, null],
    ["XT003", "光华", "杏坛镇", "光华村", "2020.3.2", "2020.3.9", D("2020-11-20"), "2020-11-20", "光华村"],
    ["XT004", "古朗", "杏坛镇", "古朗村", "2020.5.18", "2020.5.25", "2021年3月", "2021-03", "古朗村"],
    ["XT005", "麦", "杏坛镇", "麦村", "2020.7.1", "2020.7.8", "21.6.18", "2021-06-18", "麦村"],
    ["XT006", "北水", "杏坛镇", "北水村", "2020.9.9", "2020.9.16", null, null, null],
    ["JA001", "仓门", "均安镇", "仓门村委会", "2019.11.5", "2019.11.12", "2020/12/22", "2020-12-22", "仓门村"],
    ["JA002", "沙头", "均安镇", "沙头村", "2020.4.1", "2020.4.8", "2021.9.8", "2021-09-08", "沙头村"],
    ["JA003", "天连", "均安镇", "天连社区", "2020.6.15", "2020.6.22", "2021.1.15", "2021-01-15", "天连社区"],
    ["JA004", "星槎", "均安镇", "星槎村", "2021.2.1", "2021.2.8", null, null, null],
  ];
  {
    const W = 9, r = [span("中国邮政集团有限公司佛山市顺德区分公司　村级邮政便民服务站清单（杏坛、均安片区）", W),
      span("导出日期：2021-09-02　　说明：挂“村级电子商务服务站”牌的，“电商站挂牌日期”栏填挂牌日期；该栏为空的是普通邮政便民服务站，未挂电商站牌。", W),
      ["服务站编号", "服务站名称", "镇（街道）", "村（社区）", "加盟日期", "系统开通日期", "电商站挂牌日期", "站长", "状态"]];
    P.forEach((p, i) => r.push([p[0], (p[1].endsWith("村") ? p[1] : p[1] + (p[3].includes("社区") ? "社区" : "村")) + "邮政便民服务站", p[2], p[3], p[4], p[5], p[6], ["梁", "何", "欧阳", "区", "麦"][i % 5] + "××", "营业"]));
    sheets.push(sheet("邮政便民服务站清单", r, ["A1:I1", "A2:I2"]));
    expect["邮政便民服务站清单"] = { kind: "stations", records: P.filter((p) => p[7]).map((p) => ({ village: p[8], opened: p[7] })) };
    assert(P.filter((p) => p[7]).length === 7, "7 stations");
  }
  // [发布时间 cell, iso|null, 标题]
  const E = [
    ["—（栏目页）", null, "顺德区电子商务进农村综合示范专栏（栏目首页）"],
    ["2020-09-15 10:20", "2020-09-15", "顺德区电子商务进农村综合示范创建工作方案"],
    ["2020年10月20日", "2020-10-20", "顺德区电商进农村示范项目基本信息公示"],
    ["2020-11-18", "2020-11-18", "示范项目建设进度（2020年10月）"],
    ["2020/12/16", "2020-12-16", "示范项目建设进度（2020年11月）"],
    ["2021-01-19 16:05", "2021-01-19", "示范项目建设进度（2020年12月）"],
    ["2021-03-17", "2021-03-17", "示范项目建设进度（2021年1—2月）"],
    ["2021年4月16日", "2021-04-16", "示范项目建设进度（2021年3月）"],
    ["2021-05-18 09:12", "2021-05-18", "示范项目建设进度（2021年4月）"],
    ["2021-06-15", "2021-06-15", "示范项目建设进度（2021年5月）"],
    ["2021-07-16", "2021-07-16", "示范项目建设进度（2021年6月）"],
    ["2021-08-17 11:30", "2021-08-17", "示范项目建设进度（2021年7月）"],
  ];
  {
    const W = 6, r = [span("顺德区政府网站“电子商务进农村”专栏网页电子存证证书清单", W),
      span("存证平台：××电子数据存证平台　　申请人：佛山市顺德区经济和科技促进局　　本清单为2021年8月迎检前批量存证", W),
      ["证书编号", "存证时间", "存证网址", "网页标题", "网页显示发布时间", "哈希值（SHA256前16位）"]];
    E.forEach((e, i) => r.push(["CZ2021082500" + String(31 + i), "2021-08-25 10:" + String(30 + i * 2).padStart(2, "0") + ":1" + (i % 10),
      "http://www.shunde.gov.cn/sdqjkj/dsjnc/" + (i === 0 ? "index.html" : "content/post_" + (4612000 + i * 137) + ".html"), e[2], e[0],
      (0x3f9a12c4 + i * 0x1137ab).toString(16) + (0x8b01e2 + i * 997).toString(16).padStart(8, "0")]));
    sheets.push(sheet("专栏网页存证", r, ["A1:F1", "A2:F2"]));
    expect["专栏网页存证"] = { kind: "disclosures", records: E.filter((e) => e[1]).map((e) => ({ date: e[1] })) };
    assert(monthsCovered(E.filter((e) => e[1]).map((e) => e[1])) === 11, "no Feb 2021");
  }
  write("ledgers/b106-l2-shunde.json", {
    description:
      "佛山市顺德区经济和科技促进局电商股交的两张“借来的表”。①邮政顺德区分公司的《村级邮政便民服务站清单（杏坛、均安片区）》当站点台账：服务站编号｜服务站名称｜镇（街道）｜村（社区）｜加盟日期｜系统开通日期｜电商站挂牌日期｜站长｜状态。读法：表头上方说明写明，只有“电商站挂牌日期”有值的是村级电子商务服务站，空的（马东、北水、星槎）是普通便民服务站，不是记录；开业日期看“电商站挂牌日期”，不是加盟日期或系统开通日期；村名有“逢简村委会”“马东村民委员会”写法；天连社区那个也照列（村名是社区）；挂牌日期有文本2020.10.16、真日期、“2021年3月”（只到月）、两位年份21.6.18、2020/12/22、2021.9.8（在截止日后也照列）；导出日期不是记录日期。②《专栏网页存证》当专栏更新记录：存证平台的电子存证证书清单，证书编号｜存证时间｜存证网址｜网页标题｜网页显示发布时间｜哈希值。读法：一条存证是一篇专栏文章，更新日期看“网页显示发布时间”（2020-09-15 10:20、2020年10月20日、2020/12/16 等，只取日期），不是“存证时间”（全部是2021年8月25日批量存证）；第一行存证的是栏目首页，发布时间“—（栏目页）”，不是一次更新，不是记录；2021年2月没有文章（1—2月合发一篇，3月17日发布）。哈希值、网址不读。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log(written.join("\n"));
