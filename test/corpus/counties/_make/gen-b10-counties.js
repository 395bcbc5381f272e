// Generator for batch10 county cases (兴宁市, 饶平县). Written blind from the design docs.
// Run: node gen-b10-counties.js   (writes b10-c1-xingning.json and b10-c2-raoping.json here)
// The long lists (villages, stations, poor persons) are generated with a fixed seed; every count the
// expectations rely on is re-counted below from the generated rows and asserted.
"use strict";
const fs = require("fs");
const path = require("path");

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = mulberry32(20211010);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
function shuffle(xs) { const a = xs.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const D = (s) => ({ date: s });
const pad = (n) => String(n).padStart(2, "0");
function assert(c, m) { if (!c) throw new Error("ASSERT: " + m); }
const CUT = "2021-08-31";

// ---------- ID numbers (GB 11643 check digit) ----------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = "10X98765432";
function idWithCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i]; return body17 + C[s % 11]; }
const usedIds = new Set();
function makeId(area, y) {
  for (;;) {
    const m = ri(1, 12), d = ri(1, 28), seq = String(ri(1, 999)).padStart(3, "0");
    const id = idWithCheck(`${area}${y}${pad(m)}${pad(d)}${seq}`);
    if (!usedIds.has(id)) { usedIds.add(id); return id; }
  }
}

// ---------- names ----------
const usedNames = new Set();
function personName(surnames, given1, given2) {
  for (;;) {
    const n = pick(surnames) + pick(given1) + (rnd() < 0.8 ? pick(given2) : "");
    if (!usedNames.has(n)) { usedNames.add(n); return n; }
  }
}
const phone = () => "1" + pick(["3", "5", "8"]) + String(ri(0, 9)) + String(ri(10000000, 99999999));

function villageNames(count, firsts, seconds, banned) {
  const out = [], seen = new Set(banned);
  const dirs = new Set(["上", "下", "东", "西", "南", "北"]);
  while (out.length < count) {
    const a = pick(firsts), b = pick(seconds);
    if (a === b) continue;
    if (dirs.has(a) && dirs.has(b)) continue;
    const n = a + b;
    if (seen.has(n)) continue;
    seen.add(n); out.push(n);
  }
  return out;
}
const base = (v) => String(v).replace(/(村民委员会|村委会|居民委员会|居委会|社区|村)$/, "");
function dateKey(cell) {
  // my own reading of the date cells I wrote (for the self-checks only)
  if (cell && typeof cell === "object") return cell.date;
  const s = String(cell);
  let m;
  if ((m = s.match(/^(\d{4})\.(\d{1,2})\.(\d{1,2})-(\d{1,2})$/))) return `${m[1]}-${pad(m[2])}-${pad(m[4])}`;
  if ((m = s.match(/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/))) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  if ((m = s.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/))) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  if ((m = s.match(/^(\d{4})年(\d{1,2})月$/))) return `${m[1]}-${pad(m[2])}-31`; // month: compare at its end
  throw new Error("date? " + s);
}
const leCut = (cell) => dateKey(cell) <= CUT;
function fmtDate(iso, style) {
  const [y, m, d] = iso.split("-").map(Number);
  if (style === "date") return D(iso);
  if (style === "dot") return `${y}.${m}.${d}`;
  if (style === "cn") return `${y}年${m}月${d}日`;
  if (style === "month") return `${y}年${m}月`;
  throw new Error(style);
}
function randDate(from, to) {
  const a = Date.parse(from), b = Date.parse(to);
  const t = a + Math.floor(rnd() * ((b - a) / 86400000 + 1)) * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

const POINT_IDS = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward",
  "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending",
  "bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"];

// =====================================================================================
// County 1: 兴宁市 — WPS export, tabs Sheet1…Sheet14, 台账目录 first, 自评表 with "2分" text
// =====================================================================================
function county1() {
  rnd = mulberry32(4414810);
  usedNames.clear(); usedIds.clear();
  const towns = [
    ["宁新街道", 6, ["兴南社区", "兴中社区", "东风社区", "和平社区", "宁塘社区"]],
    ["兴田街道", 8, ["兴田社区", "西河社区", "福岭社区", "文峰社区"]],
    ["福兴街道", 7, ["福兴社区", "神光社区", "官汕社区"]],
    ["刁坊镇", 16, ["刁坊居委会"]], ["坭陂镇", 17, ["坭陂居委会"]], ["新圩镇", 13, []], ["水口镇", 15, ["水口居委会"]],
    ["宁中镇", 14, ["宁中居委会"]], ["永和镇", 15, []], ["叶塘镇", 13, ["叶塘居委会"]], ["龙田镇", 12, []], ["石马镇", 12, []],
    ["黄槐镇", 11, []], ["大坪镇", 12, []], ["罗岗镇", 14, ["罗岗居委会"]], ["黄陂镇", 10, []], ["合水镇", 9, []],
    ["径南镇", 11, []], ["罗浮镇", 11, []],
  ];
  const nAdmin = towns.reduce((s, t) => s + t[1], 0), nComm = towns.reduce((s, t) => s + t[2].length, 0);
  assert(nAdmin === 226 && nComm === 18, "c1 village totals");
  const banned = ["宁新", "兴田", "福兴", "刁坊", "坭陂", "新圩", "水口", "宁中", "永和", "叶塘", "龙田", "石马", "黄槐", "大坪", "罗岗",
    "黄陂", "合水", "径南", "罗浮", "兴南", "兴中", "东风", "和平", "宁塘", "西河", "福岭", "文峰", "神光", "官汕"];
  const names = villageNames(nAdmin,
    ["上", "下", "东", "西", "南", "北", "新", "大", "小", "石", "黄", "罗", "官", "高", "长", "龙", "凤", "福", "和", "永", "安", "太", "平", "坪", "塘", "岗", "溪", "湖", "桥", "竹", "松", "梅", "桂", "莲", "金", "丰", "兴", "合"],
    ["田", "坑", "岭", "塘", "湖", "洋", "坝", "溪", "陂", "园", "联", "光", "星", "明", "丰", "和", "兴", "安", "江", "布", "背", "坳", "寨", "墩", "楼", "围", "排", "岗", "坪", "山", "头", "湾", "口", "角", "美", "心"],
    banned);
  // villages: {town, name, admin, poor}
  const villages = [];
  let k = 0;
  for (const [town, n, comms] of towns) {
    for (let i = 0; i < n; i++) villages.push({ town, name: names[k++], admin: true, poor: false });
    for (const c of comms) villages.push({ town, name: c, admin: false, poor: false });
  }
  // 30 省定贫困村, none in the three 街道
  const ruralAdmin = villages.filter((v) => v.admin && !v.town.endsWith("街道"));
  const poorList = shuffle(ruralAdmin).slice(0, 30);
  poorList.forEach((v) => (v.poor = true));
  // village list rows
  const vRows = [
    ["兴宁市行政村（社区）名单", null, null, null, null, null, null],
    ["来源：市民政局区划资料（2021年3月）；贫困村按省定名单标注", null, null, null, null, null, null],
    ["序号", "镇（街）", "村（居）委会名称", "类别", "省定贫困村", "快递物流通达", "备注"],
  ];
  let seq = 0;
  villages.forEach((v, i) => {
    seq++;
    const written = v.admin ? (rnd() < 0.15 ? v.name + "村委会" : v.name + "村") : v.name;
    v.written = written;
    const cat = v.admin ? "行政村" : (v.name.endsWith("社区") ? "社区" : "居委会");
    vRows.push([seq, v.town, written, cat, v.poor ? "是" : null, "√", null]);
    if (i === 120) vRows.push([null, null, null, null, null, null, null]); // a stray blank row mid-table
  });
  vRows.push(["合计", null, "行政村226个，社区（居委会）18个", null, "30", null, null]);
  vRows.push(["注：快递物流通达情况由市邮政管理局提供。", null, null, null, null, null, null]);

  // ---- stations ----
  const adminV = villages.filter((v) => v.admin);
  const poorV = adminV.filter((v) => v.poor);
  const nonPoorV = shuffle(adminV.filter((v) => !v.poor));
  const poorCovered = poorV.slice(0, 27), poorLate = poorV[27], poorNone = poorV.slice(28);
  const npCovered = nonPoorV.slice(0, 123), npLate = nonPoorV[123];
  const covered = poorCovered.concat(npCovered);
  assert(covered.length === 150, "c1 covered 150");
  const services = ["代购代销、代收代发快递", "代收代发快递、农产品网销", "代购代销、代缴话费电费", "农产品上行、快递收发、便民缴费", "代购代销、小额取款、快递代收"];
  const stationNamePat = [(t, v) => `${v}电商服务站`, (t, v) => `兴宁市${t}${v}村级电商服务站点`, (t, v) => `${v}农村电商服务点`, (t, v) => `${t}${v}电商服务站`];
  const stations = [];
  function station(v, villageWritten, dateCell, town) {
    const t = town || v.town;
    const b = base(villageWritten);
    stations.push({ town: t, v, row: [null, t, pick(stationNamePat)(t.replace(/(镇|街道)$/, ""), b), villageWritten, `${t}${b}${pick(["村委会旁", "村文化室", "村小卖部", "村口"])}`, personName(["罗", "刘", "陈", "李", "黄", "曾", "王", "张", "何", "钟", "廖", "袁", "肖", "温", "古", "吴"], ["伟", "志", "国", "建", "秀", "丽", "春", "文", "振", "育", "宏", "金"], ["强", "平", "华", "英", "明", "芳", "红", "兰", "东", "军", "生", "娟"]), phone(), dateCell, pick(services)] });
  }
  const writeVariant = (v) => (rnd() < 0.3 ? v.name + "村委会" : v.name + "村");
  for (const v of covered) {
    const iso = randDate("2020-03-01", "2021-08-20");
    let style = rnd() < 0.55 ? "date" : rnd() < 0.67 ? "dot" : "month";
    if (style === "month" && iso >= "2021-08-01") style = "dot";
    station(v, writeVariant(v), fmtDate(iso, style));
  }
  const dupVillages = shuffle(covered).slice(0, 4);
  for (const v of dupVillages) station(v, writeVariant(v), fmtDate(randDate("2020-06-01", "2021-09-30"), "date"));
  station(poorLate, poorLate.name + "村", "2021.10.12");
  station(npLate, npLate.name + "村", "2021年9月");
  const commV = villages.find((v) => v.name === "兴南社区");
  station(commV, "兴南社区", D("2020-08-20"));
  station(null, "罗浮圩", D("2020-12-01"), "罗浮镇");
  const townOrder = towns.map((t) => t[0]);
  const stSorted = shuffle(stations).sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town));
  const sRows = [
    ["兴宁市村级电子商务服务站点清单", null, null, null, null, null, null, null, null],
    ["填报单位：兴宁市商务局（电商股）", null, null, null, null, null, "截至2021年9月", null, null],
    ["序号", "镇（街）", "站点名称", "所在村", "地址", "负责人", "联系电话", "挂牌时间", "服务内容"],
  ];
  stSorted.forEach((s, i) => { s.row[0] = i + 1; sRows.push(s.row); });
  sRows.push(["注：1.同一村有多个站点的按实际站点数登记；2.“罗浮圩”站点设在圩镇，服务周边村。", null, null, null, null, null, null, null, null]);
  sRows.push(["填表：刘XX", null, null, "审核：罗XX", null, null, null, null, null]);
  // self-check coverage (my own count)
  const adminByBase = new Map(adminV.map((v) => [base(v.written), v]));
  const cov = new Set();
  for (const r of sRows.slice(3, 3 + stations.length)) {
    const v = adminByBase.get(base(r[3]));
    if (v && leCut(r[7])) cov.add(v.name);
  }
  assert(cov.size === 150, "c1 covered count " + cov.size);
  const covPoor = poorV.filter((v) => cov.has(v.name)).length;
  assert(covPoor === 27 && poorV.length === 30, "c1 poor covered");

  // ---- training: sessions 2020 / 2021 ----
  const t20 = [
    [1, "2020.4.22", "农村电商基础知识（线上直播）", "线上", "农户、合作社", 486, 12, "市电商公共服务中心筹备组"],
    [2, "2020.5.28", "直播带货技能培训", "市农业农村局会议室", "返乡青年", 120, 3, "广东兴农汇网络科技有限公司"],
    [3, "2020.6.30", "电商公共服务中心启用首期培训", "市电商公共服务中心", "电商从业人员", 150, 5, "兴宁市乐兴电商运营服务有限公司"],
    [4, "2020.7.14-15", "网店开设与运营", "市电商公共服务中心", "农村青年", 168, 6, "兴宁市乐兴电商运营服务有限公司"],
    [5, "2020.8.19", "农产品包装与品牌打造", "宁中镇政府", "合作社、家庭农场", 136, 8, "兴宁市乐兴电商运营服务有限公司"],
    [6, "2020.9.10", "电商扶贫专题培训（第一期）", "叶塘镇文化站", "建档立卡贫困户", 98, 61, "兴宁市乐兴电商运营服务有限公司"],
    [7, "2020.9.24", "短视频营销", "市电商公共服务中心", "电商企业", 210, 0, "兴宁市星火直播文化传媒有限公司"],
    [8, "2020.10.20-22", "电商创业孵化班", "市电商公共服务中心", "创业青年", 95, 2, "兴宁市乐兴电商运营服务有限公司"],
    [9, "2020.11.11", "“双十一”网络促销实操", "线上", "网店店主", 356, 0, "广东客商通网络科技有限公司"],
    [10, "2020.11.26", "镇村站点业务培训", "市电商公共服务中心", "站点负责人", 160, 0, "兴宁市乐兴电商运营服务有限公司"],
    [11, "2020.12.9", "电商扶贫专题培训（第二期）", "坭陂镇政府", "建档立卡贫困户", 105, 72, "兴宁市乐兴电商运营服务有限公司"],
    [12, "2020.12.23", "领导干部电商知识讲座", "市委党校", "机关干部", 250, 0, "市商务局"],
  ];
  const sum20 = t20.reduce((s, r) => s + r[5], 0);
  assert(sum20 === 2334, "sum20 " + sum20);
  const s5 = [
    ["兴宁市2020年电子商务培训台账", null, null, null, null, null, null, null],
    ["（说明：我市常住人口80.4万人，按文件规定以50万人为基数计算，普及性培训需达5000人次以上）", null, null, null, null, null, null, null],
    ["期次", "培训时间", "培训名称", "培训地点", "培训对象", "培训人次", "其中贫困户（人）", "承办单位"],
    ...t20,
    ["合计", null, null, null, null, sum20, t20.reduce((s, r) => s + r[6], 0), null],
    ["注：线上直播培训按后台实名报名人数计；贫困户参训名单见Sheet8。", null, null, null, null, null, null, null],
  ];
  const t21 = [
    [1, D("2021-01-12"), "年货节网销培训", "线上", "商户", 412, null],
    [2, "2021年3月9日", "农村电商政策宣讲", "罗岗镇政府", "村“两委”干部", 128, null],
    [3, D("2021-03-25"), "电商扶贫专题培训（第三期）", "黄陂镇", "建档立卡贫困户", 86, "贫困户专场"],
    [4, D("2021-04-15"), "直播电商进阶班", "市电商公共服务中心", "电商从业人员", 145, null],
    [5, D("2021-05-13"), "农产品上行与供应链", "市电商公共服务中心", "合作社、企业", 176, null],
    [6, D("2021-05-27"), "电商扶贫专题培训（第四期）", "永和镇", "建档立卡贫困户", 92, "贫困户专场"],
    [7, D("2021-06-10"), "“618”网络促销实操", "线上", "网店店主", 538, "线上"],
    [8, D("2021-06-24"), "巾帼电商培训", "市电商公共服务中心", "农村妇女", 168, "市妇联协办"],
    [9, "2021.7.8", "抖音短视频营销", "市电商公共服务中心", "返乡青年", 203, null],
    [10, D("2021-07-22"), "站点运营提升培训", "市电商公共服务中心", "站点负责人", 158, null],
    [11, D("2021-08-05"), "电商扶贫专题培训（第五期）", "合水镇", "建档立卡贫困户", 74, "贫困户专场"],
    [12, "2021.8.19-20", "电商创业孵化班（第二期）", "市电商公共服务中心", "创业青年", 112, null],
    [13, D("2021-08-26"), "全市电商知识普及讲座（线上）", "线上", "群众", 454, null],
    [14, D("2021-09-16"), "电商扶贫专题培训（第六期）", "大坪镇", "脱贫户", 126, "贫困户专场"],
  ];
  const sum21cut = t21.filter((r) => leCut(r[1])).reduce((s, r) => s + r[5], 0);
  const sum21all = t21.reduce((s, r) => s + r[5], 0);
  assert(sum21cut === 2746 && sum21all === 2872, "sum21 " + sum21cut + "/" + sum21all);
  const s6 = [
    ["兴宁市2021年电商培训台账（1-9月）", null, null, null, null, null, null],
    ["序号", "日期", "培训内容", "地点", "参训对象", "参训人数（人次）", "备注"],
    ...t21,
    [null, "小计", null, null, null, sum21all, null],
    ["填表人：刘XX      2021.9.26", null, null, null, null, null, null],
  ];

  // ---- poor persons ----
  const cats = shuffle([...Array(40).fill("E"), ...Array(10).fill("N"), ...Array(6).fill("M")]);
  const persons = [];
  const sur = ["罗", "刘", "陈", "李", "黄", "曾", "王", "张", "何", "钟", "廖", "袁", "肖", "温", "古", "吴"];
  const g1 = ["伟", "志", "国", "建", "秀", "丽", "春", "文", "振", "育", "宏", "金", "亚", "桂", "石", "新", "冬", "永"];
  const g2 = ["强", "平", "华", "英", "明", "芳", "红", "兰", "东", "军", "生", "娟", "梅", "清", "辉", "珍", "发", "妹"];
  let ci = 0;
  const pvs = shuffle(poorV);
  let hh = 0;
  while (ci < cats.length) {
    const v = pvs[hh % pvs.length]; hh++;
    const size = Math.min(ri(1, 3), cats.length - ci);
    const s = pick(sur);
    const headName = (() => { for (;;) { const n = s + pick(g1) + pick(g2); if (!usedNames.has(n)) { usedNames.add(n); return n; } } })();
    for (let j = 0; j < size; j++) {
      const cat = cats[ci++];
      const rel = j === 0 ? "户主" : cat === "N" ? pick(["之母", "之父"]) : j === 1 ? pick(["配偶", "之子", "之女"]) : pick(["之子", "之女"]);
      const name = j === 0 ? headName : rel === "配偶" || rel === "之母" ? personName(sur, g1, g2) : (() => { for (;;) { const n = s + pick(g1) + pick(g2); if (!usedNames.has(n)) { usedNames.add(n); return n; } } })();
      const y = cat === "N" ? ri(1941, 1956) : rel === "之子" || rel === "之女" ? ri(1990, 2001) : ri(1962, 1986);
      persons.push({ town: v.town, village: v.name + "村", head: headName, name, rel, id: makeId("441481", y), cat });
    }
  }
  // make sure one eligible person has an ID ending in X (written with a lower-case x in Sheet8)
  let xp = persons.find((p) => p.cat === "E" && p.id.endsWith("X"));
  if (!xp) {
    xp = persons.find((p) => p.cat === "E");
    usedIds.delete(xp.id);
    for (let s = 1; s < 1000; s++) { const id = idWithCheck(xp.id.slice(0, 14) + String(s).padStart(3, "0")); if (id.endsWith("X") && !usedIds.has(id)) { xp.id = id; usedIds.add(id); break; } }
    assert(xp.id.endsWith("X"), "x id");
  }
  const s7 = [
    ["兴宁市建档立卡贫困人口花名册（电商培训对象摸底）", null, null, null, null, null, null, null, null, null],
    ["数据来源：市乡村振兴局（原扶贫办）  核对日期：2021年6月", null, null, null, null, null, null, null, null, null],
    ["序号", "镇", "村", "户主", "姓名", "与户主关系", "身份证号码", "是否有劳动能力", "是否外出务工", "备注"],
  ];
  persons.forEach((p, i) => s7.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.cat === "N" ? "否" : "是", p.cat === "M" ? "是" : "否", p.cat === "N" ? pick(["年老体弱", "残疾", "长期患病"]) : p.cat === "M" ? pick(["深圳务工", "广州务工", "东莞务工"]) : null]));
  s7.push(["注：有劳动能力且未外出务工的为电商培训对象。", null, null, null, null, null, null, null, null, null]);
  const E = persons.filter((p) => p.cat === "E"), N = persons.filter((p) => p.cat === "N"), M = persons.filter((p) => p.cat === "M");
  assert(E.length === 40 && N.length === 10 && M.length === 6 && persons.length === 56, "poor cats");

  // ---- poor trainees sign-in (Sheet8) ----
  const sessions = [["2020-09-10", "电商扶贫专题培训（第一期）"], ["2020-12-09", "电商扶贫专题培训（第二期）"], ["2021-03-25", "电商扶贫专题培训（第三期）"], ["2021-05-27", "电商扶贫专题培训（第四期）"], ["2021-08-05", "电商扶贫专题培训（第五期）"]];
  const late = ["2021-09-16", "电商扶贫专题培训（第六期）"];
  const Eshuf = shuffle(E.filter((p) => p !== xp));
  const T = [xp, ...Eshuf.slice(0, 27)];
  const Lonly = Eshuf[27];
  const signins = [];
  for (const p of T) signins.push({ p, s: ri(0, 3) });
  for (const p of shuffle(T).slice(0, 4)) { const first = signins.find((x) => x.p === p).s; signins.push({ p, s: ri(first + 1, 4) }); }
  signins.push({ p: Lonly, s: 5 });
  for (const p of shuffle(M).slice(0, 3)) signins.push({ p, s: ri(0, 4) });
  signins.push({ p: N[0], s: ri(0, 4) });
  const outsiders = [0, 1].map(() => ({ name: personName(sur, g1, g2), id: makeId("441481", ri(1975, 1995)), village: pick(adminV.filter((v) => !v.poor)).name + "村", cat: "O" }));
  for (const o of outsiders) signins.push({ p: o, s: ri(0, 4) });
  signins.sort((a, b) => a.s - b.s);
  const s8 = [
    ["建档立卡贫困户参加电商培训签到汇总表", null, null, null, null, null, null],
    ["序号", "姓名", "身份证号", "所属村", "培训日期", "培训班次", "备注"],
  ];
  signins.forEach((x, i) => {
    const [dt, cls] = x.s === 5 ? late : sessions[x.s];
    const id = x.p === xp ? x.p.id.slice(0, 17) + "x" : x.p.id;
    s8.push([i + 1, x.p.name, id, x.p.village, D(dt), cls, x.p.cat === "O" ? "非建档立卡户（旁听）" : x.p.cat === "M" ? "返乡期间参训" : null]);
  });
  s8.push(["注：本表为各期贫困户专场签到汇总，原始签到表存档备查。", null, null, null, null, null, null]);
  assert(signins.length === 39, "signins 39");
  const signinsCut = s8.slice(2, 2 + signins.length).filter((r) => leCut(r[4])).length;
  assert(signinsCut === 38, "signins cut");
  // trained eligible (my own count)
  const eligibleIds = new Set(E.map((p) => p.id));
  const trained = new Set();
  for (const r of s8.slice(2, 2 + signins.length)) { const id = String(r[2]).toUpperCase(); if (eligibleIds.has(id) && leCut(r[4])) trained.add(id); }
  assert(trained.size === 28, "trained " + trained.size);

  // ---- enterprises ----
  const cc = (p) => p + Array.from({ length: 8 }, () => pick("0123456789ABCDEFGHJKLMNPQRTUWXY".split(""))).join("");
  const ent = [
    ["兴宁市客都优品电子商务有限公司", "销售型企业", "2020.7.1", "在园", null],
    ["兴宁市宁江源农产品电商有限公司", "销售型企业", "2020.7.1", "在园", null],
    ["广东兴农汇网络科技有限公司", "平台型电商企业", "2020.7.6", "在园", null],
    ["兴宁市邮乐购商贸有限公司", "平台型电商企业", "2020.7.10", "在园", null],
    ["兴宁市叶塘鸭电子商务商行", "网店", "2020.8.3", "在园", null],
    ["梅州市云仓供应链管理有限公司", "物流仓储", "2020.8.15", "在园", null],
    ["兴宁市顺达快递服务有限公司", "物流快递", "2020.8.20", "在园", null],
    ["兴宁市乐兴电商运营服务有限公司", "电商运营服务商", "2020.9.1", "在园", null],
    ["兴宁市嘉应代运营工作室", "代运营", "2020.9.12", "在园", null],
    ["兴宁市客家娘酒电子商务有限公司", "销售型企业", "2020.10.8", "在园", null],
    ["兴宁市星火直播文化传媒有限公司", "直播电商", "2020.10.20", "在园", null],
    ["兴宁市黄槐茶叶网络商行", "网店", "2020.11.2", "已退出", "2021.3.31"],
    ["兴宁市禾丰农业电子商务有限公司", "销售型企业", "2020.11.16", "在园", null],
    ["广东客商通网络科技有限公司", "平台型电商企业", "2020.12.1", "在园", null],
    ["兴宁市创意视觉设计工作室", "摄影美工服务", "2020.12.10", "在园", null],
    ["兴宁市百家鲜农产品贸易有限公司", "销售型企业", "2021.1.5", "已退出", "2021.9.15"],
    ["兴宁市极兔速递兴宁网点", "物流快递", "2021.1.18", "在园", null],
    ["兴宁市云商电子商务服务有限公司", "电商运营服务商", "2021.3.2", "在园", null],
    ["兴宁市合水柚子专业合作社（网店）", "销售型企业", "2021.3.22", "在园", null],
    ["兴宁市客都优品电子商务有限公司", "销售型企业", "2021.4.1", "在园", null, "扩租二期场地（与第1家为同一企业）"],
    ["兴宁市天天鲜电子商务有限公司", "销售型企业", "2020.9.8", "已退出", "2020.12.31"],
    ["兴宁市新视界电商运营有限公司", "电商运营服务商", "2021.5.10", "在园", null],
    ["兴宁市农趣网络科技有限公司", "销售型企业", "2021.6.18", "在园", null],
    ["兴宁市兴农冷链物流有限公司", "物流企业", "2021.9.20", "新入驻", null],
  ];
  const codes = new Map();
  const s9 = [
    ["兴宁市电子商务产业园入驻企业名单", null, null, null, null, null, null, null],
    ["（更新至2021年9月）", null, null, null, null, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "经营状态", "退出时间", "备注"],
  ];
  ent.forEach((e, i) => {
    const key = e[0];
    if (!codes.has(key)) codes.set(key, cc(/工作室|商行|网点/.test(key) ? "92441481MA" : /合作社/.test(key) ? "93441481MA" : "91441481MA"));
    s9.push([i + 1, e[0], codes.get(key), e[1], e[2], e[3], e[4], e[5] || null]);
  });
  s9.push(["联系人：园区管理办 何XX  0753-3386XXX", null, null, null, null, null, null, null]);
  const inPark = new Set();
  for (const r of s9.slice(3, 3 + ent.length)) if (leCut(r[4]) && !(r[6] && dateKey(r[6]) < CUT)) inPark.add(r[2]);
  assert(inPark.size === 20, "inPark " + inPark.size);

  // ---- funds ----
  const funds = [
    [1, D("2020-06-10"), "县级电商公共服务中心建设（首期）", "兴宁市乐兴电商运营服务有限公司", 600000, "记-2020-0612"],
    [2, D("2020-09-28"), "镇村电商服务站点建设（第一批）", "广东兴农汇网络科技有限公司", "386,500.00", "记-2020-0930"],
    [3, "2020.11.20", "电商培训服务费（一期）", "兴宁市乐兴电商运营服务有限公司", "12.5万", "记-2020-1121"],
    [4, D("2020-12-30"), "县镇村三级物流体系建设", "梅州市云仓供应链管理有限公司", 820000, "记-2020-1236"],
    [5, D("2021-01-26"), "公共服务中心运营补助", "兴宁市乐兴电商运营服务有限公司", 300000, "记-2021-0128"],
    [6, D("2021-03-18"), "镇村电商服务站点建设（第二批）", "广东兴农汇网络科技有限公司", 415600, "记-2021-0319"],
    [7, D("2021-04-28"), "农产品品牌建设及网络推广", "广东客商通网络科技有限公司", 268000, "记-2021-0430"],
    [8, D("2021-06-15"), "冷链及溯源系统建设", "梅州市云仓供应链管理有限公司", 356800, "记-2021-0617"],
    [9, "2021.7.20", "电商培训服务费（二期）", "兴宁市乐兴电商运营服务有限公司", 142000, "记-2021-0722"],
    [10, D("2021-08-27"), "三级物流体系建设（尾款）", "梅州市云仓供应链管理有限公司", 680000, "记-2021-0829"],
    [11, D("2021-09-10"), "镇村电商服务站点建设（第三批）", "广东兴农汇网络科技有限公司", 298000, "记-2021-0911"],
  ];
  const amt = (x) => typeof x === "number" ? x : /万$/.test(x) ? Math.round(parseFloat(x) * 10000) : Number(String(x).replace(/,/g, ""));
  const fundCut = funds.filter((r) => leCut(r[1])).reduce((s, r) => s + amt(r[4]), 0);
  const fundAll = funds.reduce((s, r) => s + amt(r[4]), 0);
  assert(fundCut === 4093900 && fundAll === 4391900, "funds " + fundCut + " " + fundAll);
  const s10 = [
    ["兴宁市2019年省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
    ["下达资金：500万元（省级专项）", null, null, null, "单位：元", null, null],
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "支付凭证号", "备注"],
    ...funds.map((r) => [...r, r[0] === 3 ? "按合同分期支付" : null]),
    ["合计", null, null, null, fundAll, null, null],
    ["经办：陈XX    复核：黄XX    （市财政局国库股核对）", null, null, null, null, null, null],
  ];

  // ---- reports (Sheet11) ----
  const rep = [
    ["2020.7.8", "6月份示范创建工作进展", "邮件", "否"], ["2020.8.6", "7月份工作进展", "邮件", "否"],
    ["2020.9.7", "8月份工作进展及电商扶贫统计", "邮件", "是"], ["2020.10.9", "9月份工作进展", "粤政易", "否"],
    ["2020.11.6", "10月份工作进展", "粤政易", "否"], ["2020.12.7", "11月份工作进展及电商扶贫统计", "粤政易", "是"],
    ["2021.1.8", "12月份及全年工作总结", "公文", "是"], ["2021.2.24", "1月份工作进展（春节后补报）", "粤政易", "否"],
    ["2021.3.5", "2月份工作进展", "粤政易", "否"], ["2021.4.7", "3月份工作进展及电商扶贫统计", "粤政易", "是"],
    ["2021.5.8", "4月份工作进展", "粤政易", "否"], ["2021.6.4", "5月份工作进展", "粤政易", "否"],
    ["2021.7.6", "6月份工作进展及电商扶贫统计", "粤政易", "是"], ["2021.8.5", "7月份工作进展", "粤政易", "否"],
    ["2021.9.6", "8月份工作进展", "粤政易", "否"],
  ];
  const s11 = [
    ["兴宁市电子商务进农村工作情况报送记录", null, null, null, null],
    ["报送对象：梅州市商务局", null, null, null, null],
    ["序号", "报送时间", "报送内容", "报送方式", "是否含电商扶贫数据"],
    ...rep.map((r, i) => [i + 1, i === 6 ? D("2021-01-08") : r[0], r[1], r[2], r[3]]),
  ];
  const repMonths = new Set(rep.map((r) => dateKey(r[0]).slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  assert(repMonths.size === 12, "rep months");

  // ---- disclosures (Sheet12): months as columns ----
  const months = []; for (let y = 2020, m = 9; !(y === 2021 && m === 9); m === 12 ? (y++, (m = 1)) : m++) months.push(`${y}年${m}月`);
  assert(months.length === 12, "12 months");
  const s12 = [
    ["兴宁市人民政府门户网站“电子商务进农村综合示范”专栏更新情况", ...Array(12).fill(null)],
    ["更新内容", ...months],
    ["项目建设进度", ...months.map((m) => (m === "2021年2月" ? null : "✓"))],
    ["通知公告及政策文件", ...months.map((m) => (m === "2020年10月" || m === "2021年4月" || m === "2021年7月" ? "√" : null))],
    ["注：2021年2月春节期间未更新。专栏网址：www.xingning.gov.cn（电子商务进农村专栏）", ...Array(12).fill(null)],
  ];

  // ---- media (Sheet13) ----
  const s13 = [
    ["兴宁市电商进农村宣传报道情况", null, null, null, null, null, null],
    ["序号", "日期", "媒体名称", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, D("2020-10-15"), "兴宁市融媒体中心", "县级", "网络", "我市电商公共服务中心助农直播带货", "否"],
    [2, D("2020-11-20"), "梅州日报", "市级", "报纸", "兴宁：电商进村 山货出山", "否"],
    [3, "2021.1.8", "兴宁电视台", "县级", "电视", "年货节网上销售火热", "否"],
    [4, D("2021-06-11"), "广东广播电视台珠江频道", "省级", "电视", "兴宁：电商帮扶让脱贫户腰包鼓起来", "是"],
    [5, D("2021-07-02"), "南方日报", "省级", "报纸", "兴宁打造农村电商“三级服务体系”", "否"],
    [6, D("2021-09-18"), "中央电视台农业农村频道", "国家级", "电视", "广东兴宁：小网店带动大扶贫", "是"],
  ];
  // ---- materials (Sheet14) ----
  const s14 = [
    ["经验材料报送情况", null, null, null],
    ["序号", "报送日期", "材料名称", "报送对象"],
    [1, D("2021-04-20"), "兴宁市电子商务进农村综合示范创建经验做法", "梅州市商务局"],
    [2, "2021.8.16", "兴宁市电商扶贫典型案例（叶塘镇）", "梅州市商务局"],
  ];

  // ---- Sheet2 自评表 ----
  const s2 = [
    ["兴宁市2019年省级电子商务进农村综合示范创建考评自评表", null, null, null, null, null],
    ["填报单位：兴宁市商务局（盖章）", null, null, null, "考评截止时间：2021年8月31日", null],
    ["序号", "工作任务", "评价指标", "分值", "自评", "说明（情况及佐证）"],
    [1, "加强组织领导与统筹协调（10分）", "组织领导", 2, "2分", "成立以市长为组长、分管副市长为副组长的示范创建工作领导小组，成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局、市邮政管理局等（兴市府办函〔2019〕88号）"],
    [2, null, "方案制定", 2, "2分", "《兴宁市电子商务进农村综合示范县创建工作方案》已于2019年12月正式印发"],
    [3, null, "政策支持", 2, "1分", "已出台《兴宁市促进农村电子商务发展扶持办法（试行）》，落实情况一般"],
    [4, null, "项目管理", 4, "4分", "制定项目管理办法，建设、验收环节严格执行（2分）；建立工作台账，详细记录建设情况（2分）"],
    [5, "深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", 15, "14分", "市电商公共服务中心于2020年6月18日投入运营；设有免费培训室及培训设备，能开展电商基础培训；为特色农产品免费展示、销售；免费提供摄影、美工服务；组织农产品统一推广、指导品牌建设；其他衍生增值服务暂未开展；已建成电商产业园（入驻企业见Sheet9）"],
    [6, null, "服务体系建设（村级站点）", 10, "10分", "全市行政村226个、社区18个；村级站点清单见Sheet4；省定贫困村30个，已全覆盖"],
    [7, null, "农村产品上行", 10, "9分", "1.开展农产品网络销售调研，形成调研报告及对策建议（2分）；2.组织“兴宁好物”网络促销活动（2分）；3.引入第三方电商运营服务商（1分）；4.行政村快递物流覆盖率100%（1分）；5.制定部分农产品电商交易标准，冷链、溯源系统在建（1分）；6.2020年农村网络零售额10.9亿元，同比增长26.7%；农产品网络零售额2.05亿元，同比增长34.9%（2分）"],
    [8, null, "电商人才培训", 20, "20分", "2020、2021年培训台账见Sheet5、Sheet6；贫困户参训见Sheet7、Sheet8"],
    [9, "加强信息公开及报送（10分）", "信息公开", 4, "4分", "在市政府门户网站设立“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设有监督举报电话及邮箱；按月更新"],
    [10, null, "数据上报", 6, "6分", "每月向梅州市商务局报送工作进展，含电商扶贫统计数据（见Sheet11）"],
    [11, "加强宣传推广（10分）", "案例总结", 2, "2分", "向市商务局报送经验材料2篇"],
    [12, null, "经验推广", 8, "8分", "南方日报、广东广播电视台、梅州日报、兴宁融媒等报道（见Sheet13）"],
    [13, "加强财政资金管理（15分）", "制度建立", 5, "4分", "制定《兴宁市电子商务进农村综合示范专项资金管理办法》"],
    [14, null, "资金台账", 5, "4分", "承建单位均建立资金专用台账"],
    [15, null, "资金支出", 5, "4分", "省级专项资金500万元，按项目进度拨付（拨付明细见Sheet10）"],
    ["加分项", null, "建档立卡贫困人口培训率70%及以上", 2, "2分", "有劳动能力贫困人口培训率达70%"],
    [null, null, "电商扶贫典型案例获电视媒体播报", 2, "1分", "广东广播电视台珠江频道播报（省级）"],
    ["一票否决项", null, "安全生产、质量事故或重大损失", null, "无", null],
    [null, null, "总体进度不足40%", null, "否", "项目总体进度86%"],
    [null, null, "弄虚作假", null, "无", null],
    ["合计", null, null, 100, "97分", null],
    ["填表人：刘XX            审核人：罗XX            填报日期：2021年9月26日", null, null, null, null, null],
  ];
  const s1 = [
    ["兴宁市电子商务进农村综合示范创建台账目录", null, null, null],
    ["序号", "台账名称", "所在工作表", "备注"],
    [1, "2019年省级电商进农村示范创建考评自评表", "Sheet2", null],
    [2, "全市行政村（社区）名单", "Sheet3", "含省定贫困村标注"],
    [3, "村级电商服务站点清单", "Sheet4", null],
    [4, "2020年电商培训台账", "Sheet5", null],
    [5, "2021年电商培训台账", "Sheet6", null],
    [6, "建档立卡贫困人口花名册", "Sheet7", null],
    [7, "贫困户参训签到汇总", "Sheet8", null],
    [8, "电商产业园入驻企业名单", "Sheet9", null],
    [9, "省级专项资金拨付台账", "Sheet10", null],
    [10, "工作情况报送记录", "Sheet11", "报梅州市商务局"],
    [11, "政府网站专栏更新记录", "Sheet12", null],
    [12, "媒体宣传报道", "Sheet13", null],
    [13, "经验材料报送", "Sheet14", null],
    ["整理：兴宁市商务局电商股", null, "2021年9月26日", null],
  ];
  const sheetsArr = [s1, s2, vRows, sRows, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14].map((rows, i) => ({ name: `Sheet${i + 1}`, rows }));
  sheetsArr[0].merges = ["A1:D1"];
  sheetsArr[1].merges = ["A1:F1", "B4:B7", "B8:B11", "B12:B13", "B14:B15", "B16:B18", "A19:B20", "A21:B23"];

  const totalPersonTimes = sum20 + sum21cut + signinsCut;
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 14, "work.coverage": 8, "work.upward": 9,
    "work.training": 20, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = POINT_IDS.slice(0, 15).reduce((s, id) => s + points[id], 0);
  assert(scored === 91, "c1 scored " + scored);
  const bonus = points["bonus.poorTraining"] + points["bonus.tvCase"];
  return {
    description: "兴宁市商务局电商股从WPS匆忙导出的整本台账：工作表名全是Sheet1…Sheet14，Sheet1为台账目录，Sheet2为自评表（自评列写“2分”，说明列混写情况与分数），培训台账按2020年、2021年分表，常住人口只写在2020年培训台账标题下的说明里",
    sheets: sheetsArr,
    expect: {
      asOf: "2021-08-31", total: scored + Math.min(bonus, 4), bonus, vetoed: false, points,
      claimed: {
        "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 9,
        "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
        "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 1,
      },
    },
    derivation: [
      "asOf: 自评表“考评截止时间：2021年8月31日” → 2021-08-31（与默认一致）",
      "org.leadership: 市长任组长（主要领导），成员含商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案已正式印发，自评“2分” → 2",
      "org.policy: 已出台扶持办法，自评“1分” → 1",
      "org.management: 项目管理制度（2分）+ 工作台账（2分）→ 4",
      "work.center: 中心2020-06-18运营 ≤ 2021-08-31 → 2；≤ 2021-02-28 运行满6个月 → 2；免费培训 2；展示销售 1；摄影美工 1；统一推广/品牌 1；其他衍生服务“暂未开展” 0；产业园已建 2；Sheet9 入驻企业24行：第20行与第1行同一信用代码（扩租）、黄槐茶叶2021.3.31退出、天天鲜2020.12.31退出、兴农冷链2021.9.20入驻（截止后）均不计，百家鲜2021.9.15退出（截止后，仍计）→ 在园20家 ≥ 20 → 2；类型有销售、平台、物流、运营、直播、摄影美工 ≥ 3 → 1；合计 14",
      `work.coverage: Sheet3 行政村226个（社区/居委会18个不计），基数 min(226,200)=200；Sheet4 ${stations.length}个站点，截止日前建成覆盖的不同行政村150个（4个村各有2个站点只计一次；${npLate.name}村站点“2021年9月”、${poorLate.name}村站点“2021.10.12”在截止后；兴南社区站点不是行政村；“罗浮圩”不在名单）→ 150/200 = 75% ≥ 70% → 5；省定贫困村30个（Sheet3“省定贫困村”列），覆盖27个（${poorLate.name}村截止后建站，${poorNone.map((v) => v.name + "村").join("、")}无站点）→ 27/30 = 90%，80%–100% → 3；合计 8`,
      "work.upward: 网销调研 2 + 促销活动 2（说明列判分）；第三方运营商 1；行政村名单有“快递物流通达”列，226个行政村全为√ → 1；交易标准/冷链溯源 1；2020年农产品网络零售额同比增长34.9% ≥ 30%（农村网零26.7%未达，但任一达标即可）→ 2；合计 9",
      `work.training: 常住人口80.4万（仅见于Sheet5标题下说明）→ 基数 min(804000,500000)=500000；人次 = Sheet5 合计2334 + Sheet6 截止日前2746（第14期2021-09-16的126人次不计，小计行不计）+ Sheet8 截止日前签到38行 = ${totalPersonTimes}（不计Sheet8也有5080）≥ 5000 = 1% → 10；贫困人口：Sheet7 56人，有劳动能力且未外出务工40人；Sheet8 截止日前出现其身份证号的不同人28人（含身份证号末位写成小写x的1人；4人参训两次只计一次；1人仅参加2021-09-16第六期不计；3名外出务工者、1名无劳动能力者、2名非建档立卡户不计）→ 28/40 = 70% ≥ 50% → 10；合计 20`,
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，并设监督举报电话及邮箱 → 2；Sheet12 2020年9月–2021年8月中仅2021年2月无更新（11/12个月）→ 不定时 1；合计 3",
      "info.reporting: Sheet11 报送记录覆盖2020-09至2021-08每个月（2021年2月为2.24补报）→ 3；有“是否含电商扶贫数据=是”的记录，且说明列称含扶贫统计 → 3；合计 6",
      "promo.cases: Sheet14 2021-04-20、2021.8.16 向梅州市商务局报送经验材料 → 2",
      "promo.media: 截止日前有省级（广东广播电视台2021-06-11、南方日报2021-07-02）4 + 市级（梅州日报）3 + 县级（兴宁融媒、兴宁电视台）1 = 8（央视2021-09-18在截止后不计）",
      "fund.system: 自评“4分” → 4",
      "fund.ledger: 自评“4分” → 4",
      "fund.spending: Sheet10 截止日前拨付 600000+386500+125000(“12.5万”)+820000+300000+415600+268000+356800+142000+680000 = 4093900 元；下达 5000000 元 → 81.9% ≥ 70%（2021-09-10的298000元及合计行不计）→ 自评及时拨付“4分” → 4",
      "bonus.poorTraining: 贫困人口培训率 28/40 = 70% ≥ 70% → 2",
      "bonus.tvCase: 电商扶贫典型案例：广东广播电视台珠江频道2021-06-11（省级电视）→ 1；央视2021-09-18（国家级）在截止后不计 → 1",
      "veto.incident: 自评“无” → 不否决 (0)",
      "veto.progress: 项目总体进度86% ≥ 40% → 不否决 (0)",
      "veto.fraud: 自评“无” → 不否决 (0)",
      "total: 15项合计 2+2+1+4+14+8+9+20+3+6+2+8+4+4+4 = 91；加分 2+1 = 3 → 94（自评合计97：站点覆盖自评10、信息公开自评4与台账不符）",
    ],
  };
}

// =====================================================================================
// County 2: 饶平县 — thin ledgers, plain two-column facts list with 约/ranges, veto (进度约35%)
// =====================================================================================
function county2() {
  rnd = mulberry32(4451220);
  usedNames.clear(); usedIds.clear();
  const towns = [
    ["黄冈镇", 8, ["城东居委会", "城西居委会", "中山居委会", "和平居委会"]], ["钱东镇", 9, ["钱东居委会"]], ["高堂镇", 7, ["高堂居委会"]],
    ["浮滨镇", 8, []], ["新丰镇", 9, ["新丰居委会"]], ["三饶镇", 8, ["三饶居委会"]], ["汤溪镇", 6, []], ["樟溪镇", 7, []], ["新圩镇", 6, []],
    ["东山镇", 5, []], ["浮山镇", 8, []], ["联饶镇", 7, ["联饶居委会"]], ["建饶镇", 6, []], ["饶洋镇", 8, ["饶洋居委会"]], ["上饶镇", 6, []],
    ["所城镇", 5, []], ["柘林镇", 7, []],
  ];
  const nAdmin = towns.reduce((s, t) => s + t[1], 0), nComm = towns.reduce((s, t) => s + t[2].length, 0);
  assert(nAdmin === 120 && nComm === 10, "c2 totals");
  const banned = ["黄冈", "钱东", "高堂", "浮滨", "新丰", "三饶", "汤溪", "樟溪", "新圩", "东山", "浮山", "联饶", "建饶", "饶洋", "上饶", "所城", "柘林", "城东", "城西", "中山", "和平"];
  const names = villageNames(nAdmin,
    ["上", "下", "东", "西", "南", "北", "新", "大", "石", "林", "陈", "黄", "许", "詹", "溪", "山", "后", "前", "港", "埔", "洋", "塘", "湖", "坪", "美", "福", "仙", "龙"],
    ["厝", "埔", "头", "尾", "美", "林", "寮", "坑", "洋", "塘", "墩", "港", "寨", "楼", "园", "溪", "光", "兴", "东", "西", "南", "北", "丰", "田"],
    banned);
  const villages = [];
  let k = 0;
  for (const [town, n, comms] of towns) {
    for (let i = 0; i < n; i++) villages.push({ town, name: names[k++], admin: true });
    for (const c of comms) villages.push({ town, name: c, admin: false });
  }
  // village list: town merged vertically, 性质 村委会/居委会
  const vRows = [
    ["饶平县村（居）委会名单", null, null, null, null],
    ["序号", "镇名", "村（居）委会", "性质", "备注"],
  ];
  const merges = ["A1:E1"];
  let r = 3, seq = 0;
  for (const [town] of towns) {
    const grp = villages.filter((v) => v.town === town);
    const start = r;
    grp.forEach((v, i) => {
      seq++;
      v.written = v.admin ? v.name + "村" : v.name;
      vRows.push([seq, i === 0 ? town : null, v.written, v.admin ? "村委会" : "居委会", null]);
      r++;
    });
    if (grp.length > 1) merges.push(`B${start}:B${r - 1}`);
  }
  vRows.push([null, null, "共130个，其中村委会120个，居委会10个", null, null]);

  const adminV = villages.filter((v) => v.admin);
  const poor = shuffle(adminV.filter((v) => !["黄冈镇"].includes(v.town))).slice(0, 15);
  const pRows = [
    ["饶平县省定相对贫困村名单", null, null, null],
    ["序号", "镇", "村名", "帮扶单位"],
  ];
  const helpers = ["潮州市财政局", "潮州市商务局", "饶平县委组织部", "饶平县农业农村局", "潮州市供销社", "广东省某国企（对口帮扶）", "饶平县人民医院"];
  poor.sort((a, b) => towns.findIndex((t) => t[0] === a.town) - towns.findIndex((t) => t[0] === b.town));
  poor.forEach((v, i) => pRows.push([i + 1, v.town, rnd() < 0.4 ? v.name + "村委会" : v.name + "村", pick(helpers)]));
  pRows.push(["合计15个", null, null, null]);

  // stations: 38 covered (12 poor), 2 dup, 1 居委会, 1 poor after cut-off
  const poorCovered = poor.slice(0, 12), poorLate = poor[12], poorNone = poor.slice(13);
  const np = shuffle(adminV.filter((v) => !poor.includes(v)));
  const covered = poorCovered.concat(np.slice(0, 26));
  const st = [];
  const stName = (v) => pick([`${v.name}村电商服务站`, `${v.name}电商服务点`, `${v.town}${v.name}村邮乐购站`]);
  const sur = ["陈", "林", "黄", "许", "詹", "张", "刘", "余", "吴", "沈", "李", "郑"];
  const g1 = ["锦", "少", "浩", "秀", "惠", "泽", "伟", "丽", "燕", "俊", "映", "瑞"];
  const g2 = ["鸿", "波", "华", "珠", "娟", "明", "彬", "芳", "辉", "雄", "玲", "生"];
  function addSt(v, written, dateCell) {
    st.push({ town: v.town, row: [null, stName(v), pick(["村级站", "村级站", "邮政合作点"]), v.town, written, personName(sur, g1, g2), phone(), dateCell] });
  }
  for (const v of covered) {
    const iso = randDate("2020-10-01", "2021-08-25");
    addSt(v, rnd() < 0.25 ? v.name + "村委会" : v.name + "村", rnd() < 0.6 ? D(iso) : fmtDate(iso, "dot"));
  }
  for (const v of shuffle(covered).slice(0, 2)) addSt(v, v.name + "村", D(randDate("2021-01-01", "2021-08-25")));
  addSt(poorLate, poorLate.name + "村", "2021年10月");
  const jw = villages.find((v) => v.name === "城东居委会");
  st.push({ town: jw.town, row: [null, "黄冈镇城东电商服务站", "镇级站", "黄冈镇", "城东居委会", personName(sur, g1, g2), phone(), D("2021-05-18")] });
  const townOrder = towns.map((t) => t[0]);
  const stS = shuffle(st).sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town));
  const sRows = [
    ["饶平县村级电商服务站点台账", null, null, null, null, null, null, null],
    ["序号", "站点信息", null, "所在地", null, "负责人", null, "建成时间"],
    [null, "名称", "类型", "镇", "村", "姓名", "电话", null],
  ];
  stS.forEach((s, i) => { s.row[0] = i + 1; sRows.push(s.row); });
  sRows.push(["备注：站点建设由县邮政分公司承建，部分站点仍在建设中。", null, null, null, null, null, null, null]);
  assert(st.length === 42, "c2 stations 42");
  const adminByBase = new Map(adminV.map((v) => [base(v.written), v]));
  const cov = new Set();
  for (const row of sRows.slice(3, 3 + st.length)) { const v = adminByBase.get(base(row[4])); if (v && leCut(row[7])) cov.add(v.name); }
  assert(cov.size === 38, "c2 cov " + cov.size);
  const poorByBase = new Set(pRows.slice(2, 17).map((x) => base(x[2])));
  assert(poorByBase.size === 15, "poor 15");
  const covPoor = [...poorByBase].filter((b) => cov.has(b)).length;
  assert(covPoor === 12, "c2 poor cov " + covPoor);

  // training sessions
  const tr = [
    ["2020.11.3-5", "农村电商基础培训班", "县商务局会议室", 156, null],
    [D("2020-12-17"), "电商扶贫培训", "浮滨镇政府", 88, "贫困户专场"],
    ["2021.4.12-13", "直播带货培训", "县电商公共服务中心", 210, null],
    [D("2021-05-26"), "站点负责人培训", "县电商公共服务中心", 42, null],
    ["2021.6.8", "网店运营（线上直播课）", "线上", 385, "按报名人数"],
    [D("2021-07-20"), "电商扶贫培训", "饶洋镇政府", 105, "贫困户专场"],
    ["2021.9.8", "电商进农村宣讲", "三饶镇", 130, null],
  ];
  const trCut = tr.filter((x) => leCut(x[0])).reduce((s, x) => s + x[3], 0);
  const trAll = tr.reduce((s, x) => s + x[3], 0);
  assert(trCut === 986 && trAll === 1116, "c2 training");
  const tRows = [
    ["饶平县电商培训情况", null, null, null, null],
    ["时间", "培训班名称", "地点", "人数", "备注"],
    ...tr,
    ["合计", null, null, trAll, null],
  ];

  // funds in 万元
  const fd = [
    ["2020.12.30", "县电商公共服务中心装修（首期）", 45.6, "饶财〔2020〕XX号"],
    ["2021.3.15", "电商培训服务费", 12.8, null],
    ["2021.5.20", "村级站点建设（首期）", 38.5, null],
    ["2021.7.9", "县镇村物流体系建设", 31.2, null],
    ["2021.8.25", "公共服务中心运营补贴", 30.35, null],
    ["2021.9.6", "村级站点建设（二期）", 20, "9月新拨"],
  ];
  const fCut = Math.round(fd.filter((x) => leCut(x[0])).reduce((s, x) => s + x[2], 0) * 10000);
  const fAll = Math.round(fd.reduce((s, x) => s + x[2], 0) * 10000);
  assert(fCut === 1584500 && fAll === 1784500, "c2 funds " + fCut);
  const fRows = [
    ["饶平县省级电商进农村专项资金支出台账", null, null, null],
    ["单位：万元", null, null, null],
    ["日期", "用途", "金额（万元）", "备注"],
    ...fd,
    ["合计", null, 178.45, null],
  ];

  // reports: sheet turned on its side
  const repCols = [
    ["2020年7月", "2020.7.31", "示范县项目启动情况"], ["2020年9月", "2020.9.30", "示范创建进展"], ["2020年11月", "2020.11.27", "示范创建进展"],
    ["2021年1月", "2021.1.29", "2020年工作总结"], ["2021年3月", "2021.3.31", "示范创建进展"], ["2021年4月", "2021.4.30", "示范创建进展"],
    ["2021年6月", "2021.6.29", "上半年工作小结"], ["2021年8月", "2021.8.31", "示范创建进展"],
  ];
  const rRows = [
    ["饶平县向潮州市商务局报送电商进农村工作情况登记", ...Array(repCols.length).fill(null)],
    ["报送月份", ...repCols.map((c) => c[0])],
    ["报送日期", ...repCols.map((c) => c[1])],
    ["报送内容", ...repCols.map((c) => c[2])],
    ["报送方式", ...repCols.map(() => "电子邮件")],
    ["是否含扶贫数据", ...repCols.map(() => "否")],
  ];
  const rm = new Set(repCols.map((c) => dateKey(c[1]).slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  assert(rm.size === 7, "c2 report months");

  const dRows = [
    ["县政府网站电商进农村专栏发布记录", null, null, null],
    ["序号", "发布日期", "信息标题", "所在栏目"],
    [1, D("2020-06-12"), "饶平县电子商务进农村综合示范县创建实施方案", "电子商务进农村专栏"],
    [2, D("2020-10-20"), "饶平县电子商务进农村综合示范项目承办单位公示", "电子商务进农村专栏"],
    [3, "2021.3.5", "关于县电商公共服务中心建设进展情况的通报", "电子商务进农村专栏"],
    [4, D("2021-06-18"), "饶平县电商进农村项目建设进度（二季度）", "电子商务进农村专栏"],
  ];
  const mRows = [
    ["宣传报道", null, null, null, null],
    ["日期", "媒体", "标题", "级别", "类型"],
    ["2020.12.22", "饶平县融媒体中心", "我县举办电商扶贫培训班", "县级", "网络"],
    [D("2021-05-14"), "潮州日报", "饶平：电商服务站开进山村", "市级", "报纸"],
    [D("2021-08-03"), "潮州广播电视台", "饶平单丛茶触“网”销售", "市级", "电视"],
  ];
  const matRows = [
    ["经验材料报送", null, null],
    ["报送时间", "材料名称", "报送单位"],
    ["2021.9.26", "饶平县电子商务进农村工作经验总结", "潮州市商务局"],
  ];
  const facts = [
    ["饶平县电子商务进农村综合示范创建基本情况", null],
    ["填报日期：2021.9.10", null],
    ["项目", "情况"],
    ["县（区）", "饶平县"],
    ["考评截止", "2021年8月31日"],
    ["常住人口", "约86万人"],
    ["行政村个数", "120个（另有居委会10个）"],
    ["省定贫困村", "15个"],
    ["领导小组组长", "副县长（分管商务）"],
    ["成员单位", "县商务局、财政局、农业农村局、乡村振兴局"],
    ["示范县工作方案", "已印发"],
    ["方案自评分", 1],
    ["支持电商发展政策", "暂未出台"],
    ["项目管理制度（自评）", "1分"],
    ["工作台账（自评）", "1分"],
    ["县级公共服务中心投入运营", "2021年4月"],
    ["免费培训场所及设备", "有"],
    ["免费展示销售农产品", "有"],
    ["免费摄影美工", "无"],
    ["农产品统一推广、品牌建设指导", "无"],
    ["其他衍生增值服务", "无"],
    ["电商产业园", "未建"],
    ["第三方电商运营服务商", "有"],
    ["快递进村覆盖率", "约95%"],
    ["网销调研（自评）", "1分"],
    ["网络促销活动（自评）", "1分"],
    ["农产品交易标准、冷链溯源", "无"],
    ["2019年农村网络零售额", "2.86亿元"],
    ["2020年农村网络零售额", "约3.1亿元"],
    ["2019年农产品网络零售额", "4200万元"],
    ["2020年农产品网络零售额", "4800-5000万元"],
    ["培训人次", "约1000人次"],
    ["有劳动能力贫困人口（不含外出务工）", "约2100人"],
    ["参训贫困人口", "186人"],
    ["政府网站专栏", "已设立，公开实施方案、项目信息"],
    ["征求意见/监督举报窗口", "未设"],
    ["电商扶贫统计", "未单独统计"],
    ["下达资金", "500万元"],
    ["已拨付资金", "约160万元"],
    ["资金管理制度（自评）", "3分"],
    ["资金台账（自评）", "2分"],
    ["项目总体进度", "约35%"],
    ["安全生产、质量事故", "无"],
    ["弄虚作假", "无"],
    ["填表：许XX", null],
  ];
  const sheetsArr = [
    { name: "基本情况", rows: facts, merges: ["A1:B1"] },
    { name: "行政村", rows: vRows, merges },
    { name: "贫困村", rows: pRows },
    { name: "站点", rows: sRows, merges: ["A1:H1", "A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:H3"] },
    { name: "培训", rows: tRows },
    { name: "资金", rows: fRows },
    { name: "报送", rows: rRows },
    { name: "专栏", rows: dRows },
    { name: "宣传", rows: mRows },
    { name: "经验材料", rows: matRows },
    { name: "Sheet3", rows: [] },
  ];
  const points = {
    "org.leadership": 1, "org.plan": 1, "org.policy": 0, "org.management": 2, "work.center": 5, "work.coverage": 3, "work.upward": 3,
    "work.training": 0, "info.disclosure": 1, "info.reporting": 1, "promo.cases": 0, "promo.media": 4, "fund.system": 3, "fund.ledger": 2,
    "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = POINT_IDS.slice(0, 15).reduce((s, id) => s + points[id], 0);
  assert(scored === 21, "c2 scored " + scored);
  return {
    description: "饶平县商务局一人兼管的薄台账：基本情况为两列清单（常住人口、零售额等写“约”或区间），站点台账两行表头，资金台账以万元计，报送记录横排（字段为行），项目总体进度约35%触发一票否决",
    sheets: sheetsArr,
    expect: { asOf: "2021-08-31", total: 0, bonus: 0, vetoed: true, points },
    derivation: [
      "asOf: 基本情况“考评截止 2021年8月31日” → 2021-08-31",
      "org.leadership: 组长为副县长（分管领导）→ 1",
      "org.plan: 方案已印发，方案自评分 1 → 1",
      "org.policy: 支持政策“暂未出台” → 0",
      "org.management: 项目管理制度自评1分 + 工作台账自评1分 → 2",
      "work.center: 中心“2021年4月”投入运营 ≤ 2021-08-31 → 2；未满6个月（晚于2021-02-28）→ 0；免费培训 有 2；免费展示销售 有 1；摄影美工 无 0；统一推广/品牌 无 0；其他增值服务 无 0；产业园“未建”且无入驻企业台账 → 0、0、0；合计 5",
      `work.coverage: 行政村（性质“村委会”）120个，居委会10个不计，基数120；站点42个，截止日前覆盖不同行政村38个（2个村各2个站点只计一次；城东居委会站点不计；${poorLate.name}村站点“2021年10月”在截止后）→ 38/120 = 31.7% < 50% → 0；贫困村名单15个，覆盖12个（${poorLate.name}村截止后建站，${poorNone.map((v) => v.name + "村").join("、")}无站点）→ 12/15 = 80%，80%–100% → 3；合计 3`,
      "work.upward: 网销调研自评1 → 1；促销活动自评1 → 1；第三方运营服务商 有 → 1；村名单无快递列，事实“快递进村覆盖率 约95%” 未达100% → 0；交易标准、冷链溯源“无” → 0；增速：农村网零 2.86亿→约3.1亿 ≈ 8.4%，农产品 4200万→4800-5000万 ≤ 19%，均 < 30% → 0；合计 3",
      "work.training: 常住人口约86万 → 基数500000；培训台账截止日前人数 156+88+210+42+385+105 = 986（2021.9.8的130人不计，合计行不计）→ 0.197% < 0.6% → 0；无贫困人口名单，按事实：参训186人 / 约2100人 ≈ 8.9% < 30% → 0；合计 0",
      "info.disclosure: 专栏已设但“征求意见/监督举报窗口 未设” → 内容不全 0；专栏发布记录在2020-09至2021-08内有2020-10、2021-03、2021-06三个月 → 不定时 1；合计 1",
      "info.reporting: 横排报送记录在窗口内有2020-09、2020-11、2021-01、2021-03、2021-04、2021-06、2021-08共7个月（2020年7月在窗口外）→ 不定时 1；“是否含扶贫数据”全为否，且“电商扶贫统计 未单独统计” → 0；合计 1",
      "promo.cases: 唯一一份经验材料报送于2021.9.26，在截止日后 → 0",
      "promo.media: 截止日前有市级（潮州日报、潮州广播电视台）3 + 县级（饶平县融媒体中心）1 = 4",
      "fund.system: 自评3分 → 3",
      "fund.ledger: 自评2分 → 2",
      "fund.spending: 资金台账（万元）截止日前 45.6+12.8+38.5+31.2+30.35 = 158.45万 = 1584500元（2021.9.6的20万及合计行不计）/ 下达5000000元 = 31.7% < 70% → 倒扣 −5",
      "bonus.poorTraining: 贫困人口培训率约8.9% < 70% → 0",
      "bonus.tvCase: 无电商扶贫典型案例获省级及以上电视播报（潮州台为市级）→ 0",
      "veto.incident: “安全生产、质量事故 无” → 不否决 (0)",
      "veto.progress: 项目总体进度约35% < 40%（资金拨付率31.7%亦 < 40%）→ 一票否决 (0)",
      "veto.fraud: “弄虚作假 无” → 不否决 (0)",
      "total: 否决前15项合计 1+1+0+2+5+3+3+0+1+1+0+4+3+2−5 = 21；加分 0；项目总体进度不足40%一票否决 → total 0（否决前得分21仍列示）",
    ],
  };
}

const out = path.join(__dirname, "..");
for (const [file, fn] of [["b10-c1-xingning.json", county1], ["b10-c2-raoping.json", county2]]) {
  const c = fn();
  fs.writeFileSync(path.join(out, file), JSON.stringify(c, null, 1) + "\n");
  console.log(file, "total", c.expect.total, "bonus", c.expect.bonus, "vetoed", c.expect.vetoed);
}
