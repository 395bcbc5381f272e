// Batch 104 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
// counties/b104-c1-pingyuan: 梅州市平远县 — 事实和自评写在《关于县政协提案的答复函》及其附件里
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441426";
  let CLAIMED;
  {
    const W = 4, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
    full("平远县商务局关于县政协十一届五次会议第2021012号提案的答复");
    full("平商函〔2021〕68号　　　　　　　　　　　　　　　　　　　　　　　　A类");
    full("刘××委员：");
    full("　　您提出的《关于加快发展我县农村电商助力乡村振兴的建议》收悉。经认真研究，并商县财政局、县农业农村局、县乡村振兴局，现答复如下（数据截至2021年8月31日，详见附件1、附件2，台账见附件3—附件11）：");
    full("　　一、基本情况。2019年我县获评省级电子商务进农村综合示范县。县政府成立了由县长任组长、分管副县长任副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县邮政管理局为成员单位的示范工作领导小组；2020年4月县政府办公室正式印发《平远县电子商务进农村综合示范工作方案》，2020年8月出台《平远县扶持农村电子商务发展十条措施》。");
    full("　　二、关于“建好用好县级公共服务中心”的建议。县电子商务公共服务中心2020年12月18日投入运营，设培训室和农产品展厅，免费开展电商培训、免费展示销售我县特色农产品；摄影美工目前委托第三方按件收费，下一步争取免费。");
    full("　　三、关于“村村通站点、快递进村”的建议。全县20个行政村中已有15个建成村级电商服务站点，另有个别行政村快递仍需到镇上代收点自取（见附件3），我局将会同县邮政管理局年内解决。");
    full("　　四、下一步，我局将继续抓好培训和资金拨付，确保示范创建顺利通过考评。感谢您对我县商务工作的关心和支持。");
    full("　　联系人：县商务局电商股 凌××　　电话：0753-88×××××");
    full("平远县商务局　　2021年9月6日　　（此件主动公开）");
    full("附件1　平远县电子商务进农村综合示范主要数据（截至2021年8月31日）");
    rows.push(["项目", "数值", "单位", "说明"]);
    const kv = (a, b, c, d) => rows.push([a, b, c || null, d || null]);
    kv("考评截止日期", "2021年8月31日");
    kv("常住人口（七普）", 19.6, "万人", "培训人次以此为基数");
    kv("户籍人口", 26.4, "万人", "仅供参考");
    kv("行政村", 20, "个", "另有社区3个");
    kv("省定贫困村", 4, "个", "湍溪、河口、大坑、樟溪");
    kv("领导小组组长", "县长", null, "副组长：分管副县长");
    kv("成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县邮政管理局");
    kv("县级电子商务公共服务中心投入运营时间", D("2020-12-18"));
    kv("中心免费培训场所、培训设备", "有", null, "培训室60座，电脑30台");
    kv("中心免费展示、销售特色农产品", "有");
    kv("中心免费摄影、美工服务", "无", null, "委托第三方，按件收费");
    kv("农产品统一推广、品牌建设", "有", null, "“平远脐橙”区域公用品牌");
    kv("其他衍生增值服务", "有", null, "代办商标注册、金融对接");
    kv("电商产业园", "已建成", null, "平远县电商产业园（大柘镇），入驻企业见附件8");
    kv("专业第三方电商运营服务商", "有", null, "梅州平优电子商务有限公司");
    kv("行政村快递覆盖率", "100%", null, "县邮政管理局口径");
    kv("2019年农村网络零售额", 5.0, "亿元");
    kv("2020年农村网络零售额", 6.6, "亿元");
    kv("2019年农产品网络零售额", 1.2, "亿元");
    kv("2020年农产品网络零售额", 1.5, "亿元");
    kv("县政府网站专栏公示内容", "创建方案、项目基本信息、项目建设进度、监督举报电话", null, "专栏更新见附件11");
    kv("月报含电商扶贫统计", "是");
    kv("省级专项资金下达", 500, "万元");
    kv("累计拨付", 364, "万元", "见附件9");
    kv("资金管理制度", "已制定", null, "《平远县电子商务进农村综合示范专项资金管理办法》");
    kv("资金专用台账", "已建立");
    kv("项目总体进度", "85%");
    kv("安全生产、质量事故或重大损失", "无");
    kv("弄虚作假", "无");
    full("附件2　示范县考评自评分");
    rows.push(["评价指标", "满分", "自评分", "自评说明"]);
    const claimed = {};
    const cl = (name, max, id, pts, why) => { rows.push([name, max, pts, why]); claimed[id] = pts; };
    cl("组织领导", 2, "org.leadership", 2, "县长任组长，四部门参与");
    cl("方案制定", 2, "org.plan", 2, "方案正式印发，2分");
    cl("政策支持", 2, "org.policy", 1, "十条措施已出台，落实一般，1分");
    cl("项目管理", 4, "org.management", 3, "项目管理制度2分；工作台账1分");
    cl("服务体系建设（中心、产业园）", 15, "work.center", 14, "除免费摄影美工外均达标");
    cl("服务体系建设（村级站点）", 10, "work.coverage", 10, "行政村75%，贫困村按100%计");
    cl("农村产品上行", 10, "work.upward", 9, "网销调研2分；促销活动2分；第三方1分；快递1分；交易标准及冷链溯源1分；增速2分");
    cl("电商人才培训", 20, "work.training", 20, "人次10分；贫困人口培训率83.3%，10分");
    cl("信息公开", 4, "info.disclosure", 4, "内容全面2分；按月更新2分");
    cl("数据上报", 6, "info.reporting", 6, "按月报送3分；扶贫统计3分");
    cl("案例总结", 2, "promo.cases", 2, "已向市商务局报送");
    cl("经验推广", 8, "promo.media", 8, "省、市、县级媒体均有报道");
    cl("制度建立", 5, "fund.system", 4, "4分");
    cl("资金台账", 5, "fund.ledger", 4, "4分");
    cl("资金支出", 5, "fund.spending", 3, "支出率72.8%，及时拨付3分");
    cl("加分项：贫困人口培训率≥70%", 2, "bonus.poorTraining", 2, "83.3%");
    const cs = SCORED.reduce((a, id) => a + claimed[id], 0);
    assert(cs === 92, "claimed 92 got " + cs);
    rows.push(["合计", 100, "92＋2", "加分后94分"]);
    sheets.push(sheet("提案答复", rows, merges));
    CLAIMED = claimed;
  }
  // ---------------------------------------------------------------- 附件3 村居名单
  const VIL = [
    ["大柘镇", "程西", 0, 1], ["大柘镇", "程南", 0, 1], ["大柘镇", "墩背", 0, 1], ["大柘镇", "黄田", 0, 1], ["大柘镇", "城南", 2, null], ["大柘镇", "城北", 2, null],
    ["仁居镇", "仁居", 0, 1], ["仁居镇", "邹坊", 0, 1], ["仁居镇", "樟溪", 1, 1], ["仁居镇", "高陂", 0, 1], ["仁居镇", "仁居", 3, null],
    ["东石镇", "东石", 0, 1], ["东石镇", "锡水", 0, 1], ["东石镇", "大岭", 0, 1], ["东石镇", "新联", 0, 1],
    ["八尺镇", "八尺", 0, 1], ["八尺镇", "角坑", 0, 1], ["八尺镇", "凤岗", 0, 1], ["八尺镇", "大坑", 1, 1],
    ["差干镇", "差干", 0, 1], ["差干镇", "湍溪", 1, 1], ["差干镇", "河口", 1, 0], ["差干镇", "坳头", 0, 1],
  ];
  {
    const r = [span("平远县村（居）委会名单", 6), ["序号", "镇", "村（居）委会", "类别", "省定贫困村", "快递进村"]];
    VIL.forEach((v, i) => r.push([i + 1, v[0], v[2] >= 2 ? v[1] + "社区居委会" : v[1] + "村委会", v[2] >= 2 ? "社区" : "行政村",
      v[2] >= 2 ? null : v[2] === 1 ? "是" : "否", v[3] === null ? null : v[3] ? "是" : "否（到镇代收点自取）"]));
    r.push(["注：快递进村以县邮政管理局2021年8月摸底为准。", null, null, null, null, null]);
    sheets.push(sheet("附件3 村居名单", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  const ADMIN = VIL.filter((v) => v[2] < 2).map((v) => v[1] + "村");
  const POOR = VIL.filter((v) => v[2] === 1).map((v) => v[1] + "村");
  assert(ADMIN.length === 20 && POOR.length === 4, "20 admin, 4 poor");
  assert(VIL.filter((v) => v[2] < 2).some((v) => v[3] === 0), "one admin village without express");
  // ---------------------------------------------------------------- 附件4 站点
  const ST = [
    ["程西村电商服务站", "程西村", "大柘镇", D("2020-09-15"), "2020-09-15"],
    ["程南村电商服务站", "程南村", "大柘镇", "2020.9.28", "2020-09-28"],
    ["墩背村电商服务站", "墩背村委会", "大柘镇", "2020年10月12日", "2020-10-12"],
    ["城南社区电商服务点", "城南社区", "大柘镇", "2020.10.20", "2020-10-20"],
    ["仁居村电商服务站", "仁居村", "仁居镇", D("2020-11-03"), "2020-11-03"],
    ["邹坊村电商服务站", "邹坊村委会", "仁居镇", "2020/11/19", "2020-11-19"],
    ["樟溪村电商服务站", "樟溪村", "仁居镇", "20201208", "2020-12-08"],
    ["东石村电商服务站", "东石村", "东石镇", D("2021-01-11"), "2021-01-11"],
    ["锡水村电商服务站", "锡水村", "东石镇", "2021.3.2", "2021-03-02"],
    ["大岭村电商服务站", "大岭村", "东石镇", "21.3.26", "2021-03-26"],
    ["新联村电商服务站", "新联村", "东石镇", "2021.9.8", "2021-09-08"],
    ["八尺村电商服务站", "八尺村", "八尺镇", "2021年4月", "2021-04"],
    ["角坑村电商服务站", "角坑村", "八尺镇", D("2021-04-22"), "2021-04-22"],
    ["大坑村电商服务站", "大坑村", "八尺镇", "2021.5.10", "2021-05-10"],
    ["大坑村脐橙收购点服务站", "大坑村", "八尺镇", "2021.6.1", "2021-06-01"],
    ["凤岗村电商服务站", "凤岗村", "八尺镇", D("2021-08-31"), "2021-08-31"],
    ["差干村电商服务站", "差干村", "差干镇", "2021.6.18", "2021-06-18"],
    ["湍溪村电商服务站", "湍溪村民委员会", "差干镇", "2021/7/6", "2021-07-06"],
    ["河口村电商服务站", "河口村", "差干镇", "2021年9月", "2021-09"],
  ];
  {
    const r = [span("平远县村级电子商务服务站点台账", 7), ["序号", "站点名称", "所在村（居）", "镇", "负责人", "联系电话", "挂牌日期"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], ["凌", "谢", "姚", "林", "曾", "黄"][i % 6] + "××", "139" + String(23000000 + i * 411731).slice(0, 8), s[3]]));
    r.push(["注：新联村、河口村站点9月挂牌。", null, null, null, null, null, null]);
    sheets.push(sheet("附件4 站点台账", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const norm = (n) => n.replace(/(村民委员会|村委会)$/, "村");
  const covered = new Set(ST.filter((s) => dateOk(s[4])).map((s) => norm(s[1])).filter((n) => ADMIN.includes(n)));
  assert(covered.size === 15 && covered.size * 100 >= 20 * 70, "15/20 = 75%");
  const poorCov = POOR.filter((p) => covered.has(p));
  assert(poorCov.length === 3 && poorCov.length * 100 < POOR.length * 80, "3/4 poor = 75% < 80%");
  // ---------------------------------------------------------------- 附件5 培训期次
  const SES = [
    [1, "2020.9.22", "2020-09-22", "电商基础普及（大柘镇）", 160], [2, D("2020-10-27"), "2020-10-27", "网店开设与运营", 150],
    [3, "2020.11.17-11.19", "2020-11-19", "农产品电商实操（三天班）", 180], [4, "2020.12.15", "2020-12-15", "脐橙网销专题", 200],
    [5, D("2021-01-19"), "2021-01-19", "年货节促销", 140], [6, "2021.3.16", "2021-03-16", "短视频拍摄", 170],
    [7, "2021.4.20", "2021-04-20", "直播带货入门", "190人次"], [8, "2021.5.25", "2021-05-25", "电商基础普及（仁居镇）", 150],
    [9, D("2021-06-22"), "2021-06-22", "农村青年创业", 160], [10, "2021.7.20", "2021-07-20", "电商基础普及（差干镇）", 160],
    [11, "2021.9.14", "2021-09-14", "跨境电商入门", 120],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesSum = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesSum === 1660, "sessions 1660 got " + sesSum);
  {
    const r = [span("平远县电商普及性培训台账（按期次）", 6), span("注：建档立卡贫困户专场签到另见附件6，不在本表。", 6), ["期次", "培训日期", "培训主题", "地点", "培训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "县电商公共服务中心", s[4], "梅州平优电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    sheets.push(sheet("附件5 培训台账", r, ["A1:F1", "A2:F2"]));
  }
  // ---------------------------------------------------------------- 附件7 贫困人口 / 附件6 专场签到
  // [name, village, labour, migrant]
  const PP = [
    ["凌春生", "湍溪村", "有劳动能力", "否"], ["谢桂英", "湍溪村", "有劳动能力", "否"], ["姚火平", "河口村", "有劳动能力", "否"],
    ["林秀兰", "河口村", "有劳动能力", "县外务工"], ["曾德发", "大坑村", "有劳动能力", "否"], ["黄玉梅", "大坑村", "丧失劳动能力", "否"],
    ["凌丽娟", "樟溪村", "有劳动能力", "否"], ["谢国强", "樟溪村", "有劳动能力", "省外务工"], ["姚伟东", "樟溪村", "无劳动能力", "否"],
    ["林水生", "差干村", "有劳动能力", "否"],
  ];
  const PID = PP.map((p, i) => makeId(AREA, "19" + (62 + i * 3) + "0" + ((i % 9) + 1) + "1" + (i % 9), 100 + i * 37, i === 6));
  assert(PID[6].endsWith("X"), "one X id");
  {
    const r = [span("平远县建档立卡贫困人口（有劳动能力情况）名单", 7), ["序号", "姓名", "身份证号", "所在村", "劳动能力", "务工状态", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], PID[i], p[1], p[2], p[3], null]));
    r.push(["资料来源：县乡村振兴局2021年7月导出", null, null, null, null, null, null]);
    sheets.push(sheet("附件7 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] === "有劳动能力" && PP[i][3] === "否");
  assert(eligible.length === 6, "6 eligible");
  // sign-ins: [idx into PP or -1 (other trainee), date cell, iso]
  const others = ["钟小红", "罗志坚", "邱美玲", "何建明", "古添福", "刘春梅", "温海燕", "赖东生", "卓桂芳", "张亚妹", "严永祥", "陈秋菊", "罗金凤", "黄晓明", "吴德兴"];
  const SIGN = [];
  const addDay = (cell, iso, idxs, nOther) => { idxs.forEach((i) => SIGN.push([i, cell, iso])); for (let k = 0; k < nOther; k++) SIGN.push([-1, cell, iso]); };
  addDay("2021.4.13", "2021-04-13", [0, 1, 2, 3], 6);
  addDay(D("2021-07-09"), "2021-07-09", [0, 4, 6], 9);
  addDay("2021.9.10", "2021-09-10", [9], 2);
  {
    const r = [span("平远县建档立卡贫困户电商培训专场签到表", 6), ["序号", "姓名", "身份证号码", "培训日期", "培训内容", "签名"]];
    let o = 0;
    SIGN.forEach((s, k) => {
      let name, id;
      if (s[0] >= 0) { name = PP[s[0]][0]; id = PID[s[0]]; if (s[0] === 6) id = id.slice(0, 17) + "x"; }
      else { name = others[o % others.length]; id = makeId(AREA, "19" + (70 + (o % 20)) + "0512", 500 + o * 13, false); o++; }
      s.push(id.toUpperCase());
      r.push([k + 1, name, id, s[1], s[2] === "2021-09-10" ? "网店客服" : "农产品网销", "（签名）"]);
    });
    sheets.push(sheet("附件6 贫困户专场签到", r, ["A1:F1"]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2])).length;
  assert(signOk === 22, "22 sign-ins by cut-off got " + signOk);
  const pt = sesSum + signOk;
  assert(pt === 1682 && pt * 1000 >= 196000 * 8 && pt * 100 < 196000, "1682 in [0.8%,1%)");
  const trained = eligible.filter((i) => SIGN.some((s) => s[0] === i && dateOk(s[2])));
  assert(trained.length === 5 && trained.length * 100 >= eligible.length * 70, "5/6 ≥ 70%");
  // ---------------------------------------------------------------- 附件8 入驻企业
  const TYPES = ["销售型", "销售型", "电商运营商", "物流企业", "平台型"];
  const ENT = [];
  for (let i = 0; i < 21; i++) {
    const nm = ["平远", "梅州", "大柘", "仁居", "五指石", "脐橙"][i % 6] + ["优品", "鲜果", "农家", "山货", "客味", "云仓", "速达"][i % 7] + (i < 7 ? "电子商务有限公司" : i < 14 ? "商贸有限公司" : "网店");
    let entered = "2020-" + String(10 + (i % 3)).padStart(2, "0") + "-" + String(5 + i).padStart(2, "0"), left = null;
    if (i === 19) left = "2021-07-30";
    if (i === 20) entered = "2021-09-06";
    ENT.push([nm, TYPES[i % 5], entered, left]);
  }
  const inPark = ENT.filter((e) => e[2] <= AS_OF && !(e[3] && e[3] < AS_OF));
  assert(inPark.length === 19, "19 in park");
  assert(new Set(inPark.map((e) => e[1])).size >= 3, "types ≥ 3");
  {
    const r = [span("平远县电商产业园入驻企业名单", 6), ["序号", "企业名称", "企业类型", "入驻时间", "退出时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e[0], e[1], i % 2 ? D(e[2]) : e[2].replace(/-0?/g, "."), e[3] ? "2021.7.30" : null, e[3] ? "已退园" : null]));
    sheets.push(sheet("附件8 入驻企业", r, ["A1:F1"]));
  }
  // ---------------------------------------------------------------- 附件9 资金（万元）
  const FUND = [["2020.10.15", "2020-10-15", "公共服务中心装修", 86], ["2020.12.22", "2020-12-22", "村级站点建设（第一批）", 72],
    [D("2021-02-05"), "2021-02-05", "物流配送体系", 55], ["2021.4.28", "2021-04-28", "村级站点建设（第二批）", 48],
    ["2021.6.30", "2021-06-30", "电商培训", "38.00"], ["2021.8.20", "2021-08-20", "品牌推广", 65], ["2021.9.15", "2021-09-15", "第三方运营服务费", 40]];
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + Number(f[3]), 0);
  assert(spent === 364 && spent * 100 >= 500 * 70 && spent * 1000 === 500 * 728, "364万 = 72.8%");
  {
    const r = [span("平远县电子商务进农村综合示范专项资金拨付台账", 5), span("单位：万元", 5), ["拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
    FUND.forEach((f, i) => r.push([f[0], f[2], f[3], "记-" + (12 + i * 7), null]));
    r.push(["合计", null, FUND.reduce((a, f) => a + Number(f[3]), 0), null, null]);
    sheets.push(sheet("附件9 资金台账", r, ["A1:E1", "A2:E2"]));
  }
  // ---------------------------------------------------------------- 附件10 月报
  {
    const r = [span("平远县向梅州市商务局报送工作情况记录", 4), ["报送日期", "报送内容", "含扶贫统计", "经办人"]];
    WINDOW.forEach((m, i) => { const d = m + "-" + String(3 + (i % 5)).padStart(2, "0"); r.push([i % 3 === 0 ? D(d) : d.replace(/-0?/g, "."), m.slice(5).replace(/^0/, "") + "月份示范创建进展", i % 2 ? "√" : null, "凌××"]); });
    sheets.push(sheet("附件10 月报报送", r, ["A1:D1"]));
    assert(monthsCovered(WINDOW.map((m, i) => m + "-" + String(3 + (i % 5)).padStart(2, "0"))) === 12, "12 months");
  }
  // ---------------------------------------------------------------- 附件11 专栏更新
  const DISC = ["2020-09-10", "2020-10-12", "2020-11-09", "2020-12-14", "2021-03-08", "2021-04-12", "2021-05-10", "2021-06-15", "2021-07-12", "2021-08-09"];
  assert(monthsCovered(DISC) === 10, "10 months, no Jan/Feb");
  {
    const r = [span("平远县政府网站“电子商务进农村”专栏更新记录", 3), ["发布日期", "标题", "栏目"]];
    DISC.forEach((d, i) => r.push([i % 2 ? D(d) : d.replace(/-0?/g, "/"), "示范项目建设进度（" + d.slice(0, 7) + "）", "建设进度"]));
    r.push(["（2021年1、2月专栏改版，未更新）", null, null]);
    sheets.push(sheet("附件11 专栏更新", r, ["A1:C1"]));
  }
  // ---------------------------------------------------------------- 宣传 / 经验材料
  {
    const r = [span("平远县电商宣传报道情况", 6), ["日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
    r.push(["2021.3.22", "梅州日报", "市级", "报纸", "平远脐橙“触网”走俏", "否"]);
    r.push([D("2021-05-18"), "平远电视台", "县级", "电视", "湍溪村贫困户直播卖脐橙", "是"]);
    r.push(["2021.9.15", "南方+", "省级", "网络", "平远：电商进村助振兴", "否"]);
    sheets.push(sheet("宣传报道", r, ["A1:F1"]));
  }
  {
    const r = [span("经验材料报送", 3), ["报送日期", "材料标题", "报送单位"]];
    r.push(["2021.9.20", "平远县电子商务进农村综合示范经验做法", "梅州市商务局"]);
    sheets.push(sheet("经验材料", r, ["A1:C1"]));
  }
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 5 + 0,
    "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3,
    "promo.cases": 0, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
    "bonus.poorTraining": 2, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 75, "75 got " + scored);
  const ord = (n) => (n.startsWith("附件") ? parseInt(n.slice(2), 10) : n === "提案答复" ? 0 : 99);
  sheets.sort((a, b) => ord(a.name) - ord(b.name));
  assert(sheets.length === 12, "12 sheets");
  const grewBy30 = (before, after) => after * 100 >= before * 130;
  assert(grewBy30(50, 66) && !grewBy30(12, 15), "rural 32% ≥ 30%, agri 25% < 30%");
  write("counties/b104-c1-pingyuan.json", {
    description:
      "梅州市平远县商务局电商股交的整本考评工作簿（12个表），77分（75＋加分2，未否决；附件2自评92＋2）。事实表不是考评填报表，而是一份公文：县商务局《关于县政协十一届五次会议第2021012号提案的答复》（平商函〔2021〕68号），前面是答复正文（整行合并的段落：领导小组县长任组长、分管副县长只是副组长，成员商务、财政、农业农村、乡村振兴、邮政；2020年4月印发方案、8月出台十条措施；中心2020年12月18日运营，摄影美工按件收费；正文自己说有个别行政村快递要到镇上自取），后面附件1是 项目｜数值｜单位｜说明 四列数据表（常住人口19.6万人；户籍人口26.4万人“仅供参考”，不是常住人口；金额单位在单位列：亿元、万元；“免费摄影、美工服务｜无”；行政村快递覆盖率写100%（邮政口径）；专栏公示内容一格列出四项含监督举报电话），附件2是自评分表（评价指标｜满分｜自评分｜自评说明，判断分分项写在说明里；合计格写“92＋2”）。台账：附件3村居名单（“××村委会”写法，3个社区不计，4个省定贫困村，快递列河口村写“否（到镇代收点自取）”，与附件1的100%矛盾，以名单为准）；附件4站点（墩背村委会、邹坊村委会、湍溪村民委员会写法，大坑村两站算一次，城南社区一站不计，凤岗村8月31日挂牌算，新联村2021.9.8、河口村“2021年9月”不算）；附件5普及培训按期次记人次（第3期日期区间按末日，第7期“190人次”是文本，第11期9月14日不算，合计行不算，表头注明专场另见附件6）；附件6贫困户专场签到（凌丽娟身份证号末位小写x；9月10日3行不算）；附件7贫困人口名单（劳动能力写法：有劳动能力／丧失劳动能力／无劳动能力；务工状态 否／县外务工／省外务工）；附件8入驻企业21家（1家2021.7.30退园、1家2021.9.6入驻）；附件9资金（单位：万元，一格文本“38.00”，9月15日40万不算，合计行不算）；附件10月报12个月都有；附件11专栏更新缺2021年1、2月；宣传报道（南方+在截止日后；县台报道是扶贫典型案例但只是县级电视）；经验材料只有一条，2021.9.20，在截止日后。",
    sheets,
    expect: { asOf: "2021-08-31", total: 77, bonus: 2, vetoed: false, points, claimed: CLAIMED },
    derivation: [
      "org.leadership: 县长任组长（主要领导；分管副县长只是副组长），成员有县商务局、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: 2020年4月方案正式印发，附件2自评2 → 2",
      "org.policy: 十条措施已出台，自评1 → 1",
      "org.management: 自评说明“项目管理制度2分；工作台账1分” → 3",
      "work.center: 中心2020-12-18运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训 2；免费展示销售 1；免费摄影美工“无” 0；品牌推广 1；其他增值服务 1；产业园已建成 2；附件8共21家，去掉2021.7.30退园和2021.9.6入驻各1家 = 19 < 20 → 0；类型 销售型、电商运营商、物流企业、平台型 ≥ 3 → 1；合计 12",
      "work.coverage: 附件3行政村20个（城南、城北、仁居3个社区不计）；截止日前有站的行政村：程西、程南、墩背、仁居、邹坊、樟溪、东石、锡水、大岭、八尺（2021年4月）、角坑、大坑（两站算一次）、凤岗（8月31日当天）、差干、湍溪 = 15；15/20 = 75% ≥ 70% → 5；省定贫困村4个（湍溪、河口、大坑、樟溪），河口村站点“2021年9月”在截止日后，3/4 = 75% < 80% → 0；合计 5",
      "work.upward: 网销调研2；促销2；第三方运营服务商1；附件3有快递列，河口村（行政村）“否” → 0（附件1写100%，有警告）；标准冷链溯源1；农村网零5.0→6.6亿增32% ≥ 30% → 2（农产品1.2→1.5亿只增25%）；合计 8",
      "work.training: 人次 = 附件5截止日前10期 1,660（第3期按11月19日，“190人次”按190，第11期2021.9.14的120不算，合计行不算）+ 附件6截止日前签到22行（4月13日10行、7月9日12行；9月10日3行不算）= 1,682；基数 min(196,000, 500,000) = 196,000（不是户籍人口26.4万）；1,682/196,000 = 0.858% → 8。贫困人口：附件7共10人，有劳动能力7人，去掉县外务工林秀兰 = 6人（谢国强省外务工，另3人无/丧失劳动能力）；截止日前签到的其中有凌春生（两次算一人）、谢桂英、姚火平、曾德发、凌丽娟（末位小写x）= 5人（林秀兰签到但是务工不算，林水生9月10日才签到）；5/6 = 83.3% ≥ 50% → 10；合计 18",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报电话，内容全面 → 2；附件11在窗口内缺2021年1、2月（10/12）→ 不定时 1；合计 3",
      "info.reporting: 附件10在2020-09…2021-08每月都有报送 → 3；含扶贫统计（有√，且附件1写“是”）→ 3；合计 6",
      "promo.cases: 经验材料唯一一条2021.9.20，在截止日后 → 0",
      "promo.media: 截止日前：梅州日报（市级）3，平远电视台（县级）1；南方+（省级）2021.9.15在截止日后不算 → 4",
      "fund.system: 管理办法已制定，自评4 → 4",
      "fund.ledger: 专用台账已建立，自评4 → 4",
      "fund.spending: 附件9截止日前 86+72+55+48+38+65 = 364万元（9月15日40万不算）；364/500 = 72.8% ≥ 70% → 按及时拨付自评 3",
      "bonus.poorTraining: 5/6 = 83.3% ≥ 70% → 2",
      "bonus.tvCase: 电视播报的扶贫典型案例只有平远电视台（县级），非国家级、省级 → 0",
      "veto.incident: 附件1“安全生产、质量事故或重大损失｜无” → 0，不否决",
      "veto.progress: 项目总体进度85% ≥ 40% → 0，不否决",
      "veto.fraud: 附件1“弄虚作假｜无” → 0，不否决",
      "total: 2+2+1+3+12+5+8+18+3+6+0+4+4+4+3 = 75，加分 2，合计 77；自评92＋2（中心、站点、上行、培训、信息公开、案例、媒体高于台账所证）",
    ],
  });
})();

// =====================================================================================
// facts/b104-f1-dongyuan: 河源市东源县 — 政府采购招标文件《第三章 用户需求书》的“项目背景”
// =====================================================================================
(function f1() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  full("东源县村级电商服务站点提升及快递进村共同配送服务项目　公开招标文件");
  full("第三章　用户需求书");
  rows.push(["采购编号", "DYCG2021-0815", "采购预算", "120万元"]);
  rows.push(["采购人", "东源县商务局", "服务期", "2021年9月1日至2022年8月31日"]);
  full("一、项目背景（采购人提供，供投标人了解项目情况）");
  rows.push(["序号", "项目", "情况", "备注"]);
  const kv = (n, a, b, c) => rows.push([n, a, b, c || null]);
  kv(1, "常住人口", "39.8万人", "第七次全国人口普查");
  kv(2, "行政村", "257个", "另有社区11个");
  kv(3, "省定贫困村", "54个", null);
  kv(4, "示范县工作方案", "已正式印发", "东府办〔2020〕21号");
  kv(5, "县级电子商务公共服务中心", "2020年10月建成运营", "位于仙塘镇");
  kv(6, "行政村快递覆盖", "87%", "尚有33个行政村未通快递，为本项目重点");
  kv(7, "2020年农村网络零售额", "9.6亿元", "同比增长31.2%");
  kv(8, "省级示范专项资金", "下达500万元", "本项目从中安排120万元");
  full("二、服务内容");
  full("1．对全县已建村级电商服务站点进行提升改造，统一标识、统一设备；2．整合邮政、快递企业资源，开展快递进村共同配送，服务期内行政村快递覆盖率达到100%；3．每季度向采购人报送服务情况。");
  full("三、评分标准（技术部分）");
  rows.push(["评分项", "分值", "评分办法", null]); merges.push(`C${rows.length}:D${rows.length}`);
  rows.push(["服务方案", 30, "方案完整可行得25—30分，较完整得15—24分，一般得0—14分", null]); merges.push(`C${rows.length}:D${rows.length}`);
  rows.push(["同类项目业绩", 10, "每提供1个得2分，最高10分", null]); merges.push(`C${rows.length}:D${rows.length}`);
  rows.push(["快递进村承诺", 20, "承诺服务期内覆盖率100%得20分", null]); merges.push(`C${rows.length}:D${rows.length}`);
  full("采购人：东源县商务局　　采购代理机构：河源市××招标代理有限公司　　2021年8月");
  write("facts/b104-f1-dongyuan.json", {
    description:
      "河源市东源县商务局交来当事实表用的，是一份政府采购招标文件的《第三章 用户需求书》（村级站点提升及快递进村共同配送服务项目）。读法：表头两对 采购编号｜…｜采购预算｜120万元、采购人｜…｜服务期｜2021年9月1日至2022年8月31日——采购预算不是下达资金，服务期也不是考评截止日期，都不读。“一、项目背景”是 序号｜项目｜情况｜备注 四列：常住人口39.8万人；行政村257个（社区11个在备注）；省定贫困村54个；方案“已正式印发”；中心“2020年10月建成运营”（只到月）；行政村快递覆盖“87%”，即不是100%；2020年农村网零9.6亿元，增速31.2%写在备注；“省级示范专项资金｜下达500万元”，备注里的120万元是本项目的。“二、服务内容”里的“覆盖率达到100%”是服务期要达到的目标，不是现状。“三、评分标准”是给投标人打分的，不是县里的自评分，不读。没有领导、没有判断分。",
    sheets: [sheet("用户需求书", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "东源县",
        residentPopulation: 398000, adminVillagesStated: 257, poorVillagesStated: 54, planIssued: true, centerOpened: "2020-10",
        expressCoverage: false, ruralRetail2020: 960000000, ruralRetailGrowthStated: 0.312, fundAllocated: 5000000,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b104-f2-enping: 江门恩平市 — 市商务局局长《2021年述职报告》附表“重点工作指标完成情况”
// =====================================================================================
(function f2() {
  const W = 5, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:E${rows.length}`); };
  full("恩平市商务局局长2021年述职报告（电子商务进农村部分）");
  full("述职人：吴××　　　述职时间：2021年9月　　　（供市委组织部年度考核用）");
  full("　　一、履职情况。一年来，本人牵头抓好省级电子商务进农村综合示范创建。全市常住人口49.3万人，示范创建在市长亲自挂帅下推进，具体分工见下。");
  rows.push(["工作机制", "领导小组组长：市长", null, "成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:E${rows.length}`);
  full("　　二、重点工作指标完成情况（截至2021年8月31日）");
  rows.push(["指标", "年度目标值", "完成值", "完成率", "备注"]);
  rows.push(["县级电商公共服务中心", "2020年9月底前运营", "2020年9月28日投入运营", "100%", null]);
  rows.push(["电商培训人次", "4,930人次", "5,230人次", "106.1%", "常住人口1%"]);
  rows.push(["有劳动能力的建档立卡贫困人口（不含外出务工）", "—", "1,890人", "—", "市乡村振兴局确认"]);
  rows.push(["其中参加电商培训", "945人（50%）", "1,126人", "59.6%", null]);
  rows.push(["2020年农村网络零售额", "增长20%", "12.8亿元（2019年10.1亿元），增长26.7%", "—", "省商务厅监测"]);
  rows.push(["省级示范专项资金下达", "—", "500万元", "—", null]);
  rows.push(["专项资金累计拨付", "≥350万元（70%）", "418.6万元", "83.7%", null]);
  full("　　三、存在不足：农产品网络零售增长不快，品牌建设有待加强。");
  full("　　四、廉洁自律情况：严格执行中央八项规定精神，无违规违纪问题。");
  write("facts/b104-f2-enping.json", {
    description:
      "江门恩平市商务局局长的《2021年述职报告（电子商务进农村部分）》（供组织部年度考核），电商股拿来当事实表。读法：正文段落里“全市常住人口49.3万人”；“工作机制”一行两格：领导小组组长：市长（主要领导），成员单位商务、财政、农业农村、乡村振兴、交通运输 → 主要领导牵头、四部门都在。指标表 指标｜年度目标值｜完成值｜完成率｜备注：只读“完成值”列，目标值列（4,930人次、945人、增长20%、≥350万元）都不是事实；中心“2020年9月28日投入运营”；培训5,230人次；有劳动能力贫困人口（不含外出务工）1,890人、参训1,126人；农村网零一格写三个数：2020年12.8亿元、2019年10.1亿元、增长26.7%；下达500万元；累计拨付418.6万元（完成率83.7%是支出率，不另列）。廉洁自律段不是一票否决声明，不读。没有判断分，没有自评分。",
    sheets: [sheet("述职报告", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "恩平市",
        residentPopulation: 493000, centerOpened: "2020-09-28", trainingPersonTimesStated: 5230, eligiblePoorPersonsStated: 1890,
        trainedPoorPersonsStated: 1126, ruralRetail2019: 1010000000, ruralRetail2020: 1280000000, ruralRetailGrowthStated: 0.267,
        fundAllocated: 5000000, fundSpentStated: 4186000,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b104-f3-qingxin: 清远市清新区 — 迎检《倒排工期表》，完成情况和预计得分写在同一行
// =====================================================================================
(function f3() {
  const W = 7, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:G${rows.length}`); };
  full("清新区电子商务进农村综合示范迎接省考评倒排工期表");
  full("考评截止：2021年8月31日　　领导小组组长：区长（2021年3月调整，原为常务副区长）　　成员单位：区商务局、区财政局、区农业农村局　　更新于2021年8月27日");
  rows.push(["序号", "考评指标（分值）", "工作任务", "责任单位", "完成时限", "完成情况", "预计得分"]);
  const claimed = {};
  const t = (n, ind, task, who, due, done, id, pts) => { rows.push([n, ind, task, who, due, done, pts]); if (id) claimed[id] = pts; };
  t(1, "组织领导（2）", "调整领导小组", "区政府办", "2021.3.31", "✔已完成", "org.leadership", 1);
  t(2, "方案制定（2）", "印发工作方案", "区商务局", "2020.7.31", "✔已完成：2020年7月区政府办印发《工作方案》（自评2分）", "org.plan", 2);
  t(3, "政策支持（2）", "出台扶持政策", "区商务局、区财政局", "2021.9.30", "✘未出台专门文件，拟9月底前印发", "org.policy", 0);
  t(4, "项目管理（4）", "完善项目管理制度、工作台账", "区商务局", "2021.8.20", "✔制度2分；台账2分", "org.management", 4);
  t(5, "服务体系（15）", "县级中心运营", "区商务局", "2021.3.31", "✔中心于2021年3月18日投入运营", "work.center", 9);
  t(6, null, "中心免费培训、展示销售", "运营单位", "2021.3.31", "✔均已开展", null, null);
  t(7, null, "摄影棚、美工室", "运营单位", "2021.9.10", "✘未开展（9月10日前完成摄影棚）", null, null);
  t(8, null, "产业园", "区商务局", "2021.9.30", "✔已整合（清新电商产业园，现入驻18家，9月底前达到20家）", null, null);
  t(9, "信息公开（4）", "政府网站专栏", "区信息中心", "2021.8.31", "专栏已设立：方案✔、项目信息✔、进度✔、监督举报窗口✘（待信息中心开通）", "info.disclosure", 2);
  t(10, "资金管理（15）", "资金管理制度、专用台账", "区财政局", "2021.6.30", "✔已制定管理办法（自评3分）；✔已建专用台账（自评3分）", null, null);
  t(11, null, "资金拨付", "区财政局", "2021.8.31", "下达500万元，已拨付312万元（62.4%），未达70%", null, null);
  rows.push([null, null, null, null, null, "制度3＋台账3＋支出（倒扣）", "3＋3－5"]);
  t(12, "一票否决", "安全生产、质量事故", "各承建单位", "—", "无（✔）", null, null);
  t(13, null, "弄虚作假", "区商务局", "—", "无（✔）", null, null);
  t(14, null, "总体进度", "区商务局", "2021.8.31", "约75%", null, null);
  assert(rows[7][1] === "服务体系（15）" && rows[12][1] === "资金管理（15）" && rows[15][1] === "一票否决", "group rows");
  merges.push("B8:B11", "G8:G11", "B13:B15", "B16:B18");
  full("注：预计得分为电商股估算，最终以省考评组为准。");
  claimed["fund.system"] = 3; claimed["fund.ledger"] = 3; claimed["fund.spending"] = -5;
  write("facts/b104-f3-qingxin.json", {
    description:
      "清远市清新区商务局电商股迎检用的《倒排工期表》：序号｜考评指标（分值）｜工作任务｜责任单位｜完成时限｜完成情况｜预计得分，考评指标列纵向合并。读法：“完成时限”是计划日期（如摄影棚9月10日、政策9月底），不是事实；事实只看“完成情况”。第2行一整行：考评截止2021年8月31日；领导小组组长：区长（原为常务副区长，已调整，以现在为准）；成员只有商务、财政、农业农村三家，没有扶贫/乡村振兴 → 主要领导但部门不全。逐行：方案2020年7月印发（自评2）；政策“✘未出台” → 否，预计0分（不是判断分）；项目管理“制度2分；台账2分”；中心2021年3月18日运营；免费培训、展示销售“均已开展”两项都是；摄影美工✘；产业园已整合（入驻18家不是事实键）；专栏四项三✔一✘；资金：管理办法自评3、专用台账自评3，下达500万元、已拨付312万元（62.4%，不到70%，所以没有及时拨付判断分），合并格“3＋3－5”是制度、台账、支出三个指标的预计得分；一票否决两项“无（✔）”即没有发生；总体进度约75%。预计得分列：组织领导1、方案2、政策0、项目管理4、服务体系9、信息公开2、资金三项3／3／－5。",
    sheets: [sheet("倒排工期表", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "清新区",
        asOf: "2021-08-31", planIssued: true, policyIssued: false, centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, parkBuilt: true, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        fundAllocated: 5000000, fundSpentStated: 3120000, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
        overallProgress: 0.75,
      },
      judged: { "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "fund.system": 3, "fund.ledger": 3 },
      leadership: "principal",
      claimed,
    },
  });
})();

// =====================================================================================
// ledgers/b104-l1-lianzhou: 清远连州市 — 财务的《讲课费发放表》当培训台账（按期次，到课人数=人次）
// =====================================================================================
(function l1() {
  const expect = {};
  const sheets = [];
  // [date cell, iso, lecturer, course, 课时, 到课人数 cell, n]
  const L = [
    ["2020.10.14", "2020-10-14", "黄××", "农村电商基础", 4, 86, 86],
    [D("2020-11-18"), "2020-11-18", "邓××", "网店开设与装修", 6, "72人", 72],
    ["2020.12.8-12.9", "2020-12-09", "黄××", "连州菜心网销实操", 8, 95, 95],
    ["2021年1月20日", "2021-01-20", "莫××", "年货节直播", 4, 110, 110],
    ["2021.3.17", "2021-03-17", "邓××", "短视频拍摄与剪辑", 6, 64, 64],
    ["2021.3.17", "2021-03-17", "唐××", "农产品包装与品牌", 2, 58, 58],
    ["20210512", "2021-05-12", "莫××", "电商客服", 4, "１２０", 120],
    [D("2021-07-07"), "2021-07-07", "唐××", "乡村振兴与电商创业", 4, 88, 88],
  ];
  {
    const r = [span("连州市电子商务进农村综合示范培训讲课费发放表", 10), span("经办单位：连州市商务局　　　　　　　　　　　　　　金额单位：元", 10),
      ["序号", "授课日期", "讲师", "职称／单位", "课程名称", "课时", "到课人数", "讲课费标准（元／课时）", "金额", "领款人签名"]];
    L.forEach((x, i) => r.push([i + 1, x[0], x[2], ["清远职院讲师", "电商企业运营总监", "直播机构主播", "市农业农村局高级农艺师"][i % 4], x[3], x[4], x[5], 300, x[4] * 300, "（签名）"]));
    const hours = L.reduce((a, x) => a + x[4], 0);
    r.push(["合计", null, null, null, null, hours, L.reduce((a, x) => a + x[6], 0), null, hours * 300, null]);
    r.push(["注：同日两位讲师的为两期不同班次（3月17日上午、下午各一班），到课人数分别签到统计。", null, null, null, null, null, null, null, null, null]);
    sheets.push(sheet("讲课费发放表", r, ["A1:J1", "A2:J2", `A${r.length}:J${r.length}`]));
    expect["讲课费发放表"] = { kind: "training", records: L.map((x) => ({ date: x[1], personTimes: x[6] })) };
    assert(L.reduce((a, x) => a + x[6], 0) === 693, "693 person-times");
  }
  {
    const r = [["讲师姓名", "职称", "单位", "联系电话", "擅长课程"], ["黄××", "讲师", "清远职业技术学院", "137××××1201", "电商基础"],
      ["邓××", "运营总监", "连州市××电子商务有限公司", "138××××5523", "网店运营"], ["莫××", "主播", "清远××传媒", "135××××8870", "直播带货"],
      ["唐××", "高级农艺师", "连州市农业农村局", "0763-66×××××", "农产品品牌"]];
    sheets.push(sheet("讲师库", r));
    expect["讲师库"] = { kind: null };
  }
  write("ledgers/b104-l1-lianzhou.json", {
    description:
      "清远连州市商务局交来当培训台账的，是财务报账用的《讲课费发放表》：序号｜授课日期｜讲师｜职称／单位｜课程名称｜课时｜到课人数｜讲课费标准｜金额｜领款人签名，一行是一位讲师上的一期课，“到课人数”就是该期人次（不是课时、不是金额）。读法：日期有文本2020.10.14、真日期、区间“2020.12.8-12.9”（按末日12月9日）、“2021年1月20日”、20210512；到课人数有“72人”、全角“１２０”；3月17日两行是两位讲师各一班（表下注明上午、下午分别签到），是两期，都算；合计行不是记录；注释行不是记录。第二张“讲师库”是讲师通讯录，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b104-l2-nanao: 汕头南澳县 — 《村级站点设备配发签收表》(站点) + 《以奖代补资金兑现表》(资金)
// =====================================================================================
(function l2() {
  const expect = {};
  const sheets = [];
  // [station, village, opened cell, opened iso, 签收日期 cell]
  const S = [
    ["后花园村电商服务站", "后花园村委会", "2020.10.16", "2020-10-16", "2020.10.10"],
    ["山顶村电商服务站", "山顶村", D("2020-11-05"), "2020-11-05", D("2020-11-02")],
    ["隆西村电商服务站", "隆西村", "2020年12月", "2020-12", "2020.12.1"],
    ["中柱村电商服务站", "中柱村民委员会", "2021/1/12", "2021-01-12", "2021/1/8"],
    ["澳前村电商服务站", "澳前村", "21.3.9", "2021-03-09", "21.3.5"],
    ["深澳村电商服务站", "深澳村", D("2021-05-20"), "2021-05-20", D("2021-05-18")],
    ["金山村电商服务站", "金山村", "2021.9.2", "2021-09-02", "2021.8.25"],
  ];
  {
    const r = [span("南澳县村级电商服务站点设备配发签收表", 7), ["序号", "站点名称", "所在村", "站点开业时间", "配发设备", "签收人", "签收日期"]];
    S.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], "电脑1台、打印机1台、电子秤1台、货架2组", ["林", "吴", "陈", "黄"][i % 4] + "××", s[4]]));
    r.push(["说明：签收日期为设备送达日期，站点以开业时间为准。", null, null, null, null, null, null]);
    sheets.push(sheet("设备配发签收", r, ["A1:G1", `A${r.length}:G${r.length}`]));
    expect["设备配发签收"] = { kind: "stations", records: S.map((s) => ({ village: s[1].replace(/(村民委员会|村委会)$/, "村"), opened: s[3] })) };
  }
  // [date cell, iso, 对象, 事项, 核定(万元), 兑现 cell, 兑现 元]
  const F = [
    ["2020.12.25", "2020-12-25", "南澳县海之味电子商务有限公司", "网销额奖励", 10, 10, 100000],
    [D("2021-03-30"), "2021-03-30", "后花园村电商服务站", "站点运营奖补", 2, 2, 20000],
    ["2021.3.30", "2021-03-30", "山顶村电商服务站", "站点运营奖补", 2, "1.5", 15000],
    ["2021年6月28日", "2021-06-28", "南澳县紫菜专业合作社", "品牌认证奖补", 5, 5, 50000],
    ["2021.9.3", "2021-09-03", "南澳县青澳湾电商有限公司", "网销额奖励", 8, "6.8万", 68000],
  ];
  {
    const r = [span("南澳县电子商务以奖代补资金兑现表", 7), span("单位：万元", 7), ["兑现日期", "奖补对象", "奖补事项", "核定金额", "兑现金额", "凭证号", "备注"]];
    F.forEach((f, i) => r.push([f[0], f[2], f[3], f[4], f[5], "付-" + (30 + i * 4), f[4] !== Number(f[5]) && typeof f[5] === "string" && f[5] === "1.5" ? "运营考核扣减0.5万" : null]));
    r.push(["小计", null, null, F.reduce((a, f) => a + f[4], 0), 25.3, null, null]);
    sheets.push(sheet("以奖代补兑现", r, ["A1:G1", "A2:G2"]));
    expect["以奖代补兑现"] = { kind: "funds", records: F.map((f) => ({ date: f[1], amount: f[6] })) };
    assert(F.reduce((a, f) => a + f[6], 0) === 253000, "25.3万");
  }
  write("ledgers/b104-l2-nanao.json", {
    description:
      "汕头南澳县商务局交来的两张“借来的表”：①县商务局给各村级站点配发电脑打印机时的《设备配发签收表》，当站点台账用：序号｜站点名称｜所在村｜站点开业时间｜配发设备｜签收人｜签收日期。读法：站点开业日期看“站点开业时间”列，不是签收日期（表下说明写明）；所在村有“后花园村委会”“中柱村民委员会”写法；开业时间有文本2020.10.16、真日期、“2020年12月”（只到月）、2021/1/12、两位年份21.3.9、2021.9.2（记录照列，日期在截止日后）。②《以奖代补资金兑现表》，当资金台账用：单位：万元，兑现日期｜奖补对象｜奖补事项｜核定金额｜兑现金额｜凭证号｜备注；拨付额看“兑现金额”，不是核定金额（山顶村核定2万、兑现文本“1.5”，备注写扣减；最后一条兑现“6.8万”，在截止日后也照列）；小计行不是记录。金额换算成元。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log(written.join("\n"));
