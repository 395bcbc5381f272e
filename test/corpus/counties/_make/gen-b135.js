// Batch 135 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b134.js)
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
const JUDGED_RANGE = { "fund.system": 5, "fund.ledger": 5, "fund.spending": 5 };
const LEAD = new Set(["principal-all", "principal", "deputy", "other"]);
const KIND_FIELDS = {
  villages: ["name", "admin", "poor", "express"], poorVillages: ["name"], stations: ["village", "opened"], training: ["date", "personTimes", "id"],
  poorPersons: ["id", "labour", "migrant"], enterprises: ["name", "type", "entered", "left"], funds: ["date", "amount"], reports: ["date", "poverty"],
  disclosures: ["date"], media: ["date", "level", "tv"], materials: ["date"],
};
const ISO = /^\d{4}-\d{2}(-\d{2})?$/;
function validateCase(o, rel) {
  assert(typeof o.description === "string" && o.description.length > 50, rel + " description");
  const names = new Set();
  o.sheets.forEach((s) => { validateSheet(s, rel + ":" + s.name); assert(!names.has(s.name), "dup sheet"); names.add(s.name); });
  const e = o.expect;
  if (rel.startsWith("facts/")) {
    Object.keys(e.facts).forEach((k) => assert(FACT_KEYS.has(k), rel + " fact key " + k));
    Object.keys(e.judged).forEach((k) => {
      assert(JUDGED_KEYS.has(k), rel + " judged key " + k);
      assert(Number.isInteger(e.judged[k]) && e.judged[k] >= 1 && e.judged[k] <= (JUDGED_RANGE[k] || 2), rel + " judged range " + k);
    });
    if (e.leadership !== undefined) assert(LEAD.has(e.leadership), rel + " leadership");
    ["asOf", "centerOpened"].forEach((k) => { if (e.facts[k] !== undefined) assert(ISO.test(e.facts[k]), rel + " date " + k); });
    if (e.claimed) Object.keys(e.claimed).forEach((k) => assert(ALL_IDS.includes(k), rel + " claimed id " + k));
  }
  if (rel.startsWith("ledgers/")) {
    Object.keys(e.sheets).forEach((n) => assert(names.has(n), rel + " unknown sheet " + n));
    names.forEach((n) => assert(e.sheets[n] !== undefined, rel + " no expectation for " + n));
    Object.values(e.sheets).forEach((s) => {
      if (s.kind === null) return;
      assert(KIND_FIELDS[s.kind], rel + " kind " + s.kind);
      assert(s.records.length > 0, rel + " empty records");
      s.records.forEach((r) => Object.keys(r).forEach((k) => {
        assert(KIND_FIELDS[s.kind].includes(k), rel + " field " + k);
        if (["date", "opened", "entered"].includes(k)) assert(ISO.test(r[k]), rel + " record date " + r[k]);
        if (k === "id" && r[k] !== null) assert(r[k].length === 18 && !/x/.test(r[k]), rel + " id " + r[k]);
      }));
    });
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
// the same, with the 17th digit matching the sex (odd: 男)
function makeIdSex(area, birth, seq, wantX, sex) {
  for (let k = 0; k < 4000; k++) {
    const id = makeId(area, birth, seq + k, wantX);
    if ((+id[16] % 2 === 1) === (sex === "男")) return id;
  }
  throw new Error("id sex");
}
const AS_OF = "2021-08-31";
const dateOk = (d) => (d.length === 7 ? d <= AS_OF.slice(0, 7) : d <= AS_OF);
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
const monthsCovered = (ds) => { const h = new Set(ds.filter(dateOk).map((d) => d.slice(0, 7))); return WINDOW.filter((m) => h.has(m)).length; };
const sumPts = (p) => SCORED.reduce((a, id) => a + p[id], 0);
// 统一社会信用代码 with a valid check character (GB 32100)
const CC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(area, seq) {
  let n = 7919 * (seq + 11) + 104729, org = "";
  for (let i = 0; i < 6; i++) { org += CC[n % 31]; n = Math.floor(n / 31) + 17 * (i + seq); }
  const s = "91" + area + "MA5" + org;
  assert(s.length === 17, "cc len");
  let t = 0; for (let i = 0; i < 17; i++) t += CC.indexOf(s[i]) * CW[i];
  return s + CC[(31 - (t % 31)) % 31];
}
const fmtDot = (iso) => { const [y, m, d] = iso.split("-"); return `${+y}.${+m}.${+d}`; };
const fmtCn = (iso) => { const [y, m, d] = iso.split("-"); return `${+y}年${+m}月${+d}日`; };
const fmtSlash = (iso) => { const [y, m, d] = iso.split("-"); return `${+y}/${+m}/${+d}`; };
const fmt2y = (iso) => { const [y, m, d] = iso.split("-"); return `${+y - 2000}.${+m}.${+d}`; };
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
// a name that fits the sex, unique within one case (pass the case's own Set)
const GIV_M = ["志强", "国华", "建明", "伟文", "永康", "德才", "振兴", "少雄", "文光", "子健", "家旺", "俊杰", "锦荣", "伟强", "海波", "国栋", "永健", "耀祖", "汉明", "树森"];
const GIV_F = ["海燕", "秀英", "美玲", "金凤", "丽娟", "春梅", "月娥", "桂芳", "玉兰", "淑贞", "翠萍", "凤娇", "少芬", "彩霞", "艳红", "婉婷", "小梅", "惠玲", "秋菊", "雪莲"];
function nameOf(i, sex, used) {
  const SUR = "陈林黄吴梁李张何罗邓冯谢苏叶莫钟刘杨庞麦区植";
  const G = sex === "女" ? GIV_F : GIV_M;
  for (let k = 0; k < 400; k++) {
    const n = SUR[(i * 7 + k * 3) % SUR.length] + G[(i * 5 + k + Math.floor(i / 20)) % G.length];
    if (!used.has(n)) { used.add(n); return n; }
  }
  throw new Error("name");
}
const wan = (s) => Math.round(Number(s) * 10000);        // "312.5" 万元 → 元
const yi = (s) => Math.round(Number(s) * 100000000);       // "41.8" 亿元 → 元
const sum = (a) => a.reduce((s, x) => s + x, 0);
const isoAdd = (iso, d) => new Date(Date.parse(iso + "T00:00:00Z") + d * 86400000).toISOString().slice(0, 10);
const fmtMonth = (iso) => `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月`;

const weekday = (iso) => "星期" + "日一二三四五六"[new Date(iso + "T00:00:00Z").getUTCDay()];

// ---------------------------------------------------------------- batch-135 helpers
// a sheet builder: full-width merged rows, rows with merges written as "B#:D#" (# = this row)
function builder(W) {
  const rows = [], merges = [];
  const last = colLetter(W - 1);
  return {
    rows, merges, W,
    R: () => rows.length,
    full(t) { rows.push(span(t, W)); merges.push(`A${rows.length}:${last}${rows.length}`); },
    row(cells, ...ms) {
      assert(cells.length <= W, "row too wide " + JSON.stringify(cells));
      rows.push(cells.concat(Array(W - cells.length).fill(null)));
      ms.forEach((m) => merges.push(m.replace(/#/g, String(rows.length))));
    },
    merge(m) { merges.push(m); },
  };
}
// names: a wider pool (潮汕、客家、粤北常见姓), unique within one namer
const SUR2 = "陈林黄吴蔡许郑李张王杨刘谢翁邱庄洪肖苏魏曾沈彭詹余卢方柯佘纪".split("");
const GM2 = ["伟明", "泽鑫", "少鹏", "锐涛", "建生", "俊鸿", "楚雄", "炳坤", "树辉", "嘉豪", "晓东", "浩然", "振华", "泽楷", "镇城", "旭东", "伟杰", "锦洪", "耀文", "世杰",
  "汉生", "铭辉", "志鹏", "培森", "佳伟", "奕彬", "创业", "鹏飞", "润生", "秋生", "家俊", "少雄", "国豪", "立群", "壮辉", "宏达", "跃鑫", "海生", "炎生", "锐彬"];
const GF2 = ["丽纯", "晓纯", "婉娜", "佩璇", "燕玲", "秀娟", "淑贞", "玉霞", "少玲", "桂英", "丽珊", "楚纯", "晓虹", "洁纯", "妙玲", "映红", "秀珍", "燕娜", "泽纯", "佳琪",
  "雪纯", "思婷", "晓丹", "丽芳", "秀琼", "美娟", "惠珊", "育纯", "婉婷", "碧霞", "若曦", "乐怡", "晓琳", "素英", "月娥", "丽卿", "瑞英", "翠娟", "宝珠", "丽娥"];
assert(new Set(SUR2).size === 30 && new Set(GM2).size === 40 && new Set(GF2).size === 40, "name pools");
function namer(start, reserved) {
  const used = new Set(reserved || []);
  let c = start || 0;
  return (sex) => {
    for (let k = 0; k < 5000; k++) {
      const i = c++;
      const n = SUR2[(i * 7) % 30] + (sex === "女" ? GF2 : GM2)[(i * 13 + Math.floor(i / 30)) % 40];
      if (!used.has(n)) { used.add(n); return n; }
    }
    throw new Error("names exhausted");
  };
}
const birthOf = (i, y0, span) => `${y0 + ((i * 17 + 5) % span)}${String(1 + ((i * 5) % 12)).padStart(2, "0")}${String(1 + ((i * 11) % 28)).padStart(2, "0")}`;
const phoneMask = (i) => `1${[3, 5, 8, 7][i % 4]}${i % 10}****${String(1000 + ((i * 7919) % 9000)).slice(0, 4)}`;
const yuan2 = (c) => (c / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","); // cents → "4,126,380.00"

// =====================================================================================
// counties/b135-c1-nanao: 汕头南澳县 — 自评在县政府《数据真实性承诺书》及附表里（承诺条款里有三项否决声明、总体进度）；台账全是别的用途的表：
// 县农业农村局《村（社区）集体经济收入统计表》（行政村、社区、省定贫困村）、《村级电商服务站点设备发放签收表》（读开业日期不读发放日期；
// 补发行不是站点；社区站点不算）、《培训现场疫情防控入场登记表》（按场次分节，只有“学员”是参训；授课老师、工作人员不算）、
// 防返贫监测系统导出的《脱贫户家庭成员信息》（劳动技能、务工状况）、产业园《消防安全责任书签订台账》（首签＝入驻，年度续签不是新企业，
// 解除＝退园）、财务软件导出的专户《明细账》（借方收到、贷方支出；本月合计、本年累计不是拨付）、《传真发送登记簿》（月报、经验材料；
// 发送失败的不算）、《网站信息发布审核登记表》（只算专栏、只算已发布，读发布日期不读撰稿日期）、《舆情监测汇总》（自媒体、商业网站不是媒体报道）
// =====================================================================================
(function c1() {
  const AREA = "440523";
  const sheets = [];
  const NM = namer(3, ["郑晓东", "林佩璇", "蔡锐涛", "许少鹏", "翁婉娜", "黄泽鑫"]);
  const POP = 62600;
  // ---------------------------------------------------------------- villages
  const TW = [
    ["后宅镇", ["龙地", "山顶", "金山", "澳前", "隆南", "后江", "竹栖", "钱塘", "田畔", "白沙", "长山", "果老", "松岭", "宫前"], ["宅东", "宅西", "宅中", "环岛"]],
    ["云澳镇", ["中柱", "大澳", "金沙", "渔港", "赤石", "上厝", "下厝", "浅澳", "北门"], ["云澳"]],
    ["深澳镇", ["南门", "后花园", "竹园", "深澳", "东坑", "西坑", "田仔", "山后", "水仙", "大潭"], ["镇中"]],
  ];
  const POORV = new Set(["竹栖", "赤石", "山后"]);
  const VIL = [];
  TW.forEach(([t, vs, cs]) => {
    cs.forEach((c) => VIL.push({ town: t, base: c, name: c + "社区", admin: false, poor: null }));
    vs.forEach((v) => VIL.push({ town: t, base: v, name: v + "村", admin: true, poor: POORV.has(v) }));
  });
  const ADM = VIL.filter((v) => v.admin);
  assert(ADM.length === 33 && VIL.length === 39 && ADM.filter((v) => v.poor).length === 3, "33 villages, 6 communities, 3 poor");
  const townOf = (base) => VIL.find((v) => v.base === base).town;
  {
    const b = builder(11);
    b.full("南澳县2020年度村（社区）集体经济收入统计表");
    b.full("南澳县农业农村局（农村经济经营管理股）　　2021年4月　　金额单位：万元");
    b.full("说明：本表含全县行政村和社区；“类型”填行政村或社区；“是否省定贫困村”行政村填“是”或“否”，社区不填。");
    b.row(["序号", "镇", "村（社区）", "类型", "是否省定贫困村", "集体经济收入（万元）", null, null, "收入档次", "主要收入来源", "备注"], "F#:H#");
    b.row([null, null, null, null, null, "合计", "经营性收入", "其他收入", null, null, null]);
    const h = b.R() - 1;
    ["A", "B", "C", "D", "E", "I", "J", "K"].forEach((c) => b.merge(`${c}${h}:${c}${h + 1}`));
    const SRC = ["物业出租", "鱼排租赁", "资产入股分红", "光伏发电", "紫菜加工厂租金"];
    let no = 0, gT = 0, gO = 0, gX = 0;
    TW.forEach(([t]) => {
      const list = VIL.filter((v) => v.town === t);
      const s0 = b.R() + 1;
      let tT = 0, tO = 0, tX = 0;
      list.forEach((v, i) => {
        no++;
        const op = 150 + ((no * 379) % 1200), ot = 200 + ((no * 211) % 500), tot = op + ot;
        tT += tot; tO += op; tX += ot;
        b.row([no, i === 0 ? t : null, v.name, v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : "否") : null, tot / 100, op / 100, ot / 100,
          tot < 500 ? "5万元以下" : tot < 1000 ? "5万—10万元" : "10万元以上", SRC[no % 5], v.poor ? "省定贫困村（2016年认定）" : null]);
      });
      b.merge(`B${s0}:B${b.R()}`);
      const nv = list.filter((v) => v.admin).length;
      b.row([null, `${t}小计`, `行政村${nv}个、社区${list.length - nv}个`, null, null, tT / 100, tO / 100, tX / 100, null, null, null], "C#:E#");
      gT += tT; gO += tO; gX += tX;
    });
    b.row(["合计", null, `行政村${ADM.length}个（其中省定贫困村${ADM.filter((v) => v.poor).length}个），社区${VIL.length - ADM.length}个`, null, null, gT / 100, gO / 100, gX / 100, null, null, null], "A#:B#", "C#:E#");
    assert(gT === gO + gX, "income sums");
    b.full("填表：县农业农村局农经股　　审核：县农业农村局");
    sheets.push(sheet("村集体经济收入", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- stations: 设备发放签收表
  // [base, 站点名称|null, 发放 iso, 开业 iso (or YYYY-MM), 开业 cell, note]
  const BATCH = [
    ["第一批（2020年6—7月发放）", [
      ["宅东", null, "2020-06-18", "2020-07-16", D("2020-07-16"), "社区站点"],
      ["龙地", null, "2020-06-18", "2020-07-20", "2020.7.20", null],
      ["山顶", null, "2020-06-18", "2020-07", "2020年7月", null],
      ["隆南", null, "2020-06-19", "2020-07-28", D("2020-07-28"), null],
      ["中柱", null, "2020-06-22", "2020-08-05", "2020.8.5", null],
      ["大澳", null, "2020-06-22", "2020-08-12", "2020/8/12", null],
      ["赤石", null, "2020-06-23", "2020-08-18", "2020年8月18日", "省定贫困村"],
      ["南门", null, "2020-07-02", "2020-08-26", D("2020-08-26"), null],
      ["深澳", null, "2020-07-02", "2020-09-03", "2020.9.3", null],
      ["后花园", null, "2020-07-03", "2020-09-10", "2020.9.10", null],
    ]],
    ["第二批（2020年12月—2021年1月发放）", [
      ["金山", null, "2020-12-08", "2020-12-28", "2020.12.28", null],
      ["澳前", null, "2020-12-08", "2021-01-06", D("2021-01-06"), null],
      ["后江", null, "2020-12-09", "2021-01-15", "2021年1月15日", null],
      ["钱塘", null, "2020-12-09", "2021-01-22", "21.1.22", null],
      ["金沙", null, "2020-12-15", "2021-02-03", "2021.2.3", null],
      ["云澳", null, "2020-12-15", "2021-01-08", D("2021-01-08"), "社区站点"],
      ["渔港", null, "2021-01-11", "2021-03-05", "2021/3/5", null],
      ["竹园", null, "2021-01-13", "2021-03-12", D("2021-03-12"), null],
      ["东坑", null, "2021-01-13", "2021-03-19", "2021.3.19", null],
      ["深澳", "深澳渔港电商服务站", "2021-01-14", "2021-04-02", "2021.4.2", "深澳村第二个站点（渔港码头）"],
      ["金沙", "REISSUE", "2021-05-12", null, "—", "补发：原打印机遭雷击损坏，以旧换新"],
    ]],
    ["第三批（2021年6—8月发放）", [
      ["田畔", null, "2021-06-07", "2021-06-28", "2021.6.28", null],
      ["白沙", null, "2021-06-07", "2021-07-05", D("2021-07-05"), null],
      ["长山", null, "2021-06-08", "2021-07-12", "2021年7月12日", null],
      ["上厝", null, "2021-06-15", "2021-07-26", "2021.7.26", null],
      ["竹栖", null, "2021-07-20", "2021-08", "2021年8月", "省定贫困村"],
      ["水仙", null, "2021-07-05", "2021-08-09", D("2021-08-09"), null],
      ["山后", null, "2021-08-20", "2021-08-31", "2021.8.31", "省定贫困村，8月31日挂牌"],
      ["松岭", null, "2021-08-25", "2021-09-06", "2021.9.6", "9月6日挂牌"],
    ]],
  ];
  const STN = [];
  BATCH.forEach(([, list]) => list.forEach((s) => { if (s[1] !== "REISSUE") STN.push({ base: s[0], opened: s[3] }); }));
  const covered = new Set(STN.filter((s) => dateOk(s.opened)).map((s) => s.base).filter((x) => ADM.some((v) => v.base === x)));
  const poorCov = [...covered].filter((x) => POORV.has(x)).length;
  assert(covered.size === 24 && poorCov === 3 && covered.size * 100 >= 33 * 70, "24/33 = 72.7% → 5; poor 3/3 → 5");
  assert(STN.filter((s) => dateOk(s.opened)).length === 27 && STN.length === 28, "27 stations by cut-off");
  {
    const b = builder(13);
    b.full("南澳县村级电子商务服务站点设备发放签收表");
    b.full("县商务局　县电子商务公共服务中心（运营方：南澳县海岛优品电子商务有限公司）　　每站标准配置：电脑1台、打印机1台、货架2组、电子秤1台");
    b.full("说明：设备在站点挂牌前发放；“开业日期”为站点挂牌营业日期（县商务局授牌），9月挂牌的一并列出；补发设备另起一行，序号写“补”。");
    b.row(["序号", "镇", "站点名称", "所在村（社区）", "站长", "电脑（台）", "打印机（台）", "货架（组）", "电子秤（台）", "发放日期", "开业日期", "站长签收", "备注"]);
    let no = 0;
    BATCH.forEach(([title, list]) => {
      b.full(title);
      list.forEach((s, k) => {
        const v = VIL.find((x) => x.base === s[0]);
        const fmt = [D, fmtDot, fmtCn][(no + k) % 3];
        if (s[1] === "REISSUE") {
          b.row(["补", v.town, v.base + "村电商服务站", v.name, null, 0, 1, 0, 0, fmtDot(s[2]), s[4], null, s[5]]);
          return;
        }
        no++;
        const head = NM(no % 3 === 0 ? "女" : "男");
        b.row([no, v.town, s[1] || (v.admin ? v.base + "村电商服务站" : v.name + "电商服务站"), v.admin && no % 4 === 1 ? v.base + "村委会" : v.name, head, 1, 1, 2, 1, fmt(s[2]), s[4], head, s[5]]);
      });
    });
    b.row(["合计", null, `站点${no}个（含社区站点2个，9月挂牌1个）`, null, null, no, no + 1, no * 2, no, null, null, null, "补发打印机1台"], "A#:B#", "C#:E#");
    b.full("发放人：县商务局电商股 许××　　核对：运营中心 蔡××　　2021年9月6日整理");
    sheets.push(sheet("站点设备发放签收", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- poor persons (防返贫监测系统导出)
  // member: [relation, sex, birthYear, labour code, work code, school]
  const LAB = { P: "普通劳动力", J: "技能劳动力", R: "弱劳动力或半劳动力", S: "丧失劳动力", W: "无劳动力" };
  const WORK = { SW: "省外务工", XW: "省内县外务工", XN: "县内务工", XZ: "乡镇内务工", WG: "未务工", "": null };
  const PLACE = { SW: ["福建省厦门市", "浙江省义乌市", "上海市浦东新区"], XW: ["汕头市龙湖区", "深圳市宝安区", "广州市白云区"], XN: ["南澳县后宅镇", "南澳县深澳镇"], XZ: ["本镇"], WG: [null], "": [null] };
  const HH = [
    ["竹栖", [["户主", "男", 1966, "P", "XN"], ["配偶", "女", 1969, "R", "WG"], ["之子", "男", 1992, "P", "SW"], ["孙女", "女", 2016, "W", "", "学前教育"]]],
    ["竹栖", [["户主", "男", 1958, "R", "XZ"], ["配偶", "女", 1960, "S", ""], ["之子", "男", 1985, "P", "XN"]]],
    ["竹栖", [["户主", "女", 1972, "P", "WG"], ["之女", "女", 2004, "W", "", "普通高中"], ["之子", "男", 1998, "J", "XN"]]],
    ["赤石", [["户主", "男", 1975, "P", "XN"], ["配偶", "女", 1978, "P", "XZ"], ["之子", "男", 2001, "P", "XW"], ["之女", "女", 2009, "W", "", "初中"]]],
    ["赤石", [["户主", "男", 1950, "W", ""], ["之子", "男", 1980, "P", "XN"], ["之儿媳", "女", 1983, "P", "WG"], ["之孙子", "男", 2010, "W", "", "小学"]]],
    ["赤石", [["户主", "男", 1963, "P", "XZ"], ["配偶", "女", 1965, "R", "WG"]]],
    ["山后", [["户主", "男", 1970, "P", "SW"], ["配偶", "女", 1973, "P", "XN"], ["之子", "男", 1996, "J", "XW"]]],
    ["山后", [["户主", "女", 1961, "R", "XZ"], ["之子", "男", 1988, "P", "XN"], ["之女", "女", 2000, "W", "", "本科"]]],
    ["山后", [["户主", "男", 1977, "P", "XN"], ["配偶", "女", 1979, "P", "XN"], ["之女", "女", 2011, "W", "", "小学"]]],
    ["龙地", [["户主", "男", 1968, "P", "XN"], ["配偶", "女", 1971, "P", "WG"], ["之子", "男", 1994, "P", "XW"]]],
    ["龙地", [["户主", "男", 1982, "J", "XN"], ["之母", "女", 1955, "S", ""]]],
    ["金沙", [["户主", "男", 1974, "P", "XZ"], ["配偶", "女", 1976, "R", "XZ"], ["之子", "男", 1999, "P", "SW"]]],
    ["金沙", [["户主", "女", 1980, "P", "XN"], ["之子", "男", 2006, "W", "", "初中"]]],
    ["东坑", [["户主", "男", 1965, "P", "XN"], ["配偶", "女", 1967, "P", "XN"], ["之子", "男", 1990, "P", "XW"], ["之儿媳", "女", 1992, "P", "XW"]]],
    ["东坑", [["户主", "男", 1959, "R", "WG"], ["配偶", "女", 1962, "R", "XZ"]]],
    ["后江", [["户主", "男", 1971, "P", "XN"], ["配偶", "女", 1974, "P", "XN"], ["之女", "女", 1997, "J", "XN"]]],
    ["后江", [["户主", "男", 1984, "P", "XZ"], ["配偶", "女", 1986, "P", "WG"], ["之子", "男", 2012, "W", "", "小学"]]],
    ["大澳", [["户主", "男", 1969, "P", "XN"], ["配偶", "女", 1970, "P", "XN"], ["之子", "男", 1993, "P", "SW"]]],
    ["田仔", [["户主", "男", 1967, "P", "XN"], ["配偶", "女", 1970, "R", "WG"], ["之子", "男", 1995, "P", "XZ"]]],
    ["水仙", [["户主", "女", 1976, "P", "XN"], ["之子", "男", 1997, "P", "XN"], ["之女", "女", 2000, "P", "WG"]]],
  ];
  const PP = [];
  HH.forEach(([vb, mem], hi) => mem.forEach((m) => PP.push({ vb, hi, rel: m[0], sex: m[1], by: m[2], lab: m[3], work: m[4], school: m[5] || "非在校生" })));
  PP.forEach((p) => { p.labour = ["P", "J", "R"].includes(p.lab); p.migrant = p.work === "" ? null : ["SW", "XW"].includes(p.work); p.elig = p.labour && p.migrant === false; });
  const ELIG = PP.filter((p) => p.elig), MIGR = PP.filter((p) => p.labour && p.migrant), NOLAB = PP.filter((p) => !p.labour);
  assert(PP.length === 60 && ELIG.length === 40 && MIGR.length === 9 && NOLAB.length === 11, "60 persons: 40 eligible, 9 migrants, 11 without labour");
  assert(NOLAB.every((p) => p.migrant === null) && PP.filter((p) => p.labour).every((p) => p.migrant !== null), "work status given for every labourer");
  const UNTR = new Set([3, 8, 12, 17, 21, 25, 29, 31, 33, 34, 36, 38]);
  const TR = ELIG.map((p, i) => i).filter((i) => !UNTR.has(i));
  assert(TR.length === 28, "28 trained");
  PP.forEach((p, i) => {
    p.name = NM(p.sex);
    const e = ELIG.indexOf(p);
    p.id = makeIdSex(AREA, `${p.by}${String(1 + ((i * 5) % 12)).padStart(2, "0")}${String(1 + ((i * 11) % 28)).padStart(2, "0")}`, 100 + i * 17, e === 10, p.sex);
  });
  assert(ELIG[10].id.endsWith("X"), "E10 has X");
  {
    const b = builder(18);
    b.full("脱贫户（含监测对象）家庭成员信息");
    b.full("全国防返贫监测信息系统导出　　导出单位：南澳县乡村振兴局　　导出时间：2021-09-02 09:41:17　　数据截至：2021年8月31日");
    b.full("劳动技能：普通劳动力、技能劳动力、弱劳动力或半劳动力为有劳动能力，丧失劳动力、无劳动力为无劳动能力；务工状况：省外务工、省内县外务工为外出务工，县内务工、乡镇内务工、未务工为不外出务工；无劳动能力的不填务工状况。");
    b.row(["序号", "县", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "性别", "年龄", "在校生状况", "健康状况", "劳动技能", "务工状况", "务工所在地", "务工时间（月）", "户类型", "脱贫年度"]);
    PP.forEach((p, i) => {
      const pl = PLACE[p.work][i % PLACE[p.work].length];
      b.row([i + 1, "南澳县", townOf(p.vb), p.vb + "村", `44052300${String(p.hi + 1).padStart(2, "0")}${String(137 + p.hi * 7).padStart(3, "0")}`, p.name, p.id, p.rel, p.sex, 2021 - p.by,
        p.school, p.lab === "S" ? "残疾" : p.by < 1960 ? "长期慢性病" : "健康", LAB[p.lab], WORK[p.work], pl, p.work === "" || p.work === "WG" ? null : [12, 10, 8, 11, 6][i % 5],
        p.hi % 5 === 3 ? "脱贫不稳定户" : "脱贫户", [2018, 2019, 2020][p.hi % 3]]);
    });
    sheets.push(sheet("脱贫户家庭成员", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- training: 培训现场疫情防控入场登记表
  const SES = [
    ["2020-09-17", "2020年9月17日", "农村电商基础班（后宅镇）", "后宅镇文化站", 48],
    ["2020-10-22", "2020.10.22", "网店开设与运营班", "县电子商务公共服务中心", 40],
    ["2020-11-19", "2020年11月19日", "农村电商基础班（云澳镇）", "云澳镇政府会议室", 46],
    ["2020-12-10", "2020.12.10", "直播带货实操班", "县电子商务公共服务中心", 42],
    ["2021-01-14", "2021年1月14日", "海产品网销专题班", "县电子商务公共服务中心", 45],
    ["2021-03-11", "2021.3.11", "农村电商基础班（深澳镇）", "深澳镇文化站", 50],
    ["2021-03-25", "2021年3月25日", "短视频拍摄与剪辑班", "县电子商务公共服务中心", 38],
    ["2021-04-22", "2021.4.22", "脱贫户电商技能专场", "县电子商务公共服务中心", 52],
    ["2021-05-20", "2021年5月20日", "民宿旅游电商班", "青澳湾游客服务中心", 40],
    ["2021-06-17", "2021.6.17", "农村电商基础班（后宅镇二期）", "后宅镇文化站", 49],
    ["2021-07-15", "2021年7月15日", "直播带货提升班", "县电子商务公共服务中心", 47],
    ["2021-08-19", "2021.8.19", "社群营销班", "县电子商务公共服务中心", 51],
    ["2021-09-09", "2021年9月9日", "农村电商基础班（云澳镇二期）", "云澳镇政府会议室", 44],
  ];
  const E = (i) => ELIG[TR[i]];
  const POORIN = SES.map(() => []);
  [0, 1, 2].forEach((i) => POORIN[0].push(E(i)));
  [3, 4, 5].forEach((i) => POORIN[2].push(E(i)));
  for (let i = 6; i <= 25; i++) POORIN[7].push(E(i));
  [0, 1, 2, 3, 4, 5].forEach((i) => POORIN[9].push(E(i)));
  [26, 27].forEach((i) => POORIN[11].push(E(i)));
  POORIN[12].push(ELIG[33]);
  POORIN[4].push(MIGR[0]);
  POORIN[5].push(MIGR[1]);
  const STUDENT = PP.find((p) => p.school === "本科");
  POORIN[10].push(STUDENT);
  const GEN = []; // general learners
  const newGen = () => {
    const k = GEN.length;
    const sex = k % 5 === 1 || k % 5 === 3 ? "女" : "男";
    const area = k % 9 === 4 ? "440513" : k % 13 === 6 ? "440507" : AREA;
    const p = { sex, name: NM(sex), id: makeIdSex(area, birthOf(k + 3, 1966, 37), 300 + ((k * 29) % 600), k % 41 === 7, sex), gen: true };
    GEN.push(p);
    return p;
  };
  const TEACH = [{ name: "郑晓东", id: makeIdSex("440507", "19840312", 51, false, "男"), role: "授课老师" }, { name: "林佩璇", id: makeIdSex("440511", "19900726", 77, false, "女"), role: "授课老师" },
    { name: "蔡锐涛", id: makeIdSex("440513", "19870509", 93, false, "男"), role: "授课老师" }];
  const STAFF = [{ name: "许少鹏", id: makeIdSex(AREA, "19880215", 211, false, "男"), role: "工作人员" }, { name: "翁婉娜", id: makeIdSex(AREA, "19930818", 233, false, "女"), role: "工作人员" },
    { name: "黄泽鑫", id: makeIdSex(AREA, "19910403", 257, false, "男"), role: "工作人员" }];
  const ROWS = []; // per session: [{p, role}]
  SES.forEach((s, si) => {
    const poor = POORIN[si];
    const nGen = s[4] - poor.length;
    const gens = [];
    const nRep = si >= 3 ? 4 : 0;
    const seen = new Set();
    for (let j = 0; j < nRep; j++) {
      let k = (si * 37 + j * 53) % GEN.length;
      while (seen.has(k)) k = (k + 1) % GEN.length;
      seen.add(k); gens.push(GEN[k]);
    }
    while (gens.length < nGen) gens.push(newGen());
    const list = gens.slice();
    poor.forEach((p, j) => list.splice(Math.floor(((j + 1) * list.length) / (poor.length + 1)) + j, 0, p));
    assert(list.length === s[4] && new Set(list).size === list.length, "session list " + si);
    const staff = [TEACH[si % 3]].concat(si === 7 ? [TEACH[(si + 1) % 3]] : [], [STAFF[si % 3], STAFF[(si + 1) % 3]]);
    ROWS.push({ learners: list, staff });
  });
  const L_IN = sum(SES.filter((s) => s[0] <= AS_OF).map((s) => s[4]));
  const STAFF_N = sum(ROWS.map((r) => r.staff.length));
  assert(L_IN === 548 && L_IN * 1000 >= POP * 8 && L_IN * 100 < POP, "548/62600 = 0.875% → 8");
  assert(L_IN + STAFF_N + SES[12][4] >= POP / 100, "counting staff and September rows would reach 1%");
  const trainedElig = new Set();
  SES.forEach((s, si) => { if (s[0] <= AS_OF) ROWS[si].learners.forEach((p) => { if (p.elig) trainedElig.add(p.id); }); });
  assert(trainedElig.size === 28 && trainedElig.size * 100 >= ELIG.length * 70, "28/40 = 70% exactly → 10 and bonus 2");
  assert(new Set(GEN.map((p) => p.id).concat(PP.map((p) => p.id))).size === GEN.length + PP.length, "ids unique");
  {
    const b = builder(10);
    b.full("南澳县电子商务培训现场疫情防控入场登记表");
    b.full("县商务局　县电子商务公共服务中心　　2020年9月—2021年9月各场次汇总");
    b.full("说明：根据疫情防控要求，所有进入培训场地的人员（学员、授课老师、工作人员）均须查验粤康码、通信行程卡并测量体温后登记；参训人数以“学员”计。");
    b.row(["序号", "姓名", "人员类别", "身份证号码", "联系电话", "体温（℃）", "粤康码", "通信行程卡（14天内到访中高风险地区）", "本人签名", "备注"]);
    let ph = 0;
    SES.forEach((s, si) => {
      b.full(`第${si + 1}场　${s[1]}（${weekday(s[0])}）　${s[2]}　地点：${s[3]}`);
      const rows = [{ p: ROWS[si].staff[0], role: "授课老师" }].concat(ROWS[si].staff.slice(1).filter((x) => x.role === "授课老师").map((p) => ({ p, role: "授课老师" })),
        ROWS[si].learners.map((p) => ({ p, role: "学员" })), ROWS[si].staff.filter((x) => x.role === "工作人员").map((p) => ({ p, role: "工作人员" })));
      rows.forEach((r, k) => {
        ph++;
        const low = r.p === ELIG[10] && si === 7;
        b.row([k + 1, r.p.name, r.role, low ? r.p.id.toLowerCase() : r.p.id, phoneMask(ph), (362 + ((ph * 3) % 8)) / 10, "绿码", "否", r.p.name,
          r.p === STUDENT ? "暑假在家" : r.p.migrant && r.role === "学员" ? "返乡人员" : null]);
      });
      b.row([null, `本场学员${s[4]}人，授课老师${rows.filter((r) => r.role === "授课老师").length}人，工作人员${rows.filter((r) => r.role === "工作人员").length}人`, null, null, null, null, null, null, null, null], "B#:J#");
    });
    b.full("登记人：运营中心 庄××　　核对：县商务局电商股");
    sheets.push(sheet("培训入场登记", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- enterprises: 消防安全责任书签订台账
  // [name, type, room, first iso, left iso|null]
  const EN = [
    ["南澳县海岛优品电子商务有限公司", "电商运营商", "A101", "2020-11-26", null],
    ["中国邮政集团有限公司南澳县分公司电商服务部", "平台型", "A102", "2020-11-26", null],
    ["南澳县紫菜之乡网店", "销售型", "A103", "2020-12-03", null],
    ["南澳县宋井贸易商行", "销售型", "A104", "2020-12-10", null],
    ["南澳县顺捷快递有限公司", "物流企业", "B101", "2020-12-17", null],
    ["南澳县海味干货电子商务有限公司", "销售型", "A105", "2020-12-24", "2021-04-30"],
    ["南澳县蓝海直播文化传媒有限公司", "直播电商", "A201", "2021-01-07", null],
    ["南澳县青澳湾民宿预订平台有限公司", "平台型", "A202", "2021-01-21", null],
    ["南澳县云仓冷链物流有限公司", "物流企业", "B102", "2021-03-04", null],
    ["南澳县深澳鱼丸网店", "销售型", "A203", "2021-03-18", null],
    ["南澳县牡蛎干网店", "销售型", "A204", "2021-04-08", null],
    ["南澳县岛礼代运营服务有限公司", "电商运营商", "A205", "2021-04-22", null],
    ["南澳县后花园茶叶网店", "销售型", "A301", "2021-05-13", "2021-08-20"],
    ["南澳县海岛美工摄影工作室", "电商服务", "A302", "2021-06-03", null],
    ["南澳县黄花山蜂蜜网店", "销售型", "A303", "2021-06-24", null],
    ["南澳县鱿鱼干电子商务有限公司", "销售型", "A304", "2021-07-15", null],
    ["南澳县渔家乐农产品专业合作社", "销售型", "A305", "2021-08-12", null],
    ["南澳县海丝供应链管理有限公司", "物流企业", "B103", "2021-09-09", null],
  ];
  const inPark = EN.filter((e) => e[3] <= AS_OF && !(e[4] && e[4] <= AS_OF));
  assert(inPark.length === 15 && new Set(inPark.map((e) => e[1])).size >= 3, "15 in park (< 20) → 0; types ≥ 3 → 1");
  const SIGN = EN.map((e, i) => ({ i, iso: e[3], kind: "首签", left: EN[i][4] }));
  EN.forEach((e, i) => { if (e[3] < "2021-01-01") SIGN.push({ i, iso: i < 3 ? "2021-01-05" : "2021-01-06", kind: "续签", left: e[4] }); });
  SIGN.forEach((s) => { if (s.kind === "首签" && EN[s.i][3] < "2021-01-01") s.left = null; });
  SIGN.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : a.i - b.i));
  assert(SIGN.length === 24 && SIGN.filter((s) => s.iso <= AS_OF).length - 2 >= 20, "naive rows minus leavers ≥ 20");
  {
    const b = builder(12);
    b.full("南澳县电子商务产业园入驻企业消防安全责任书签订台账");
    b.full("园区管理办公室　　企业入驻当日签订首份《消防安全责任书》（“首签”日期即入驻日期）；责任书按自然年度签订，2021年1月对在园企业统一续签；企业退园时解除责任书，在其最后一份责任书所在行填写解除日期。");
    b.row(["序号", "签订日期", "签订类型", "企业名称", "统一社会信用代码", "企业类型", "房号", "消防安全责任人", "责任书编号", "灭火器配置（具）", "解除日期", "备注"]);
    const resp = EN.map((e, i) => NM(i % 4 === 2 ? "女" : "男"));
    SIGN.forEach((s, k) => {
      const e = EN[s.i];
      b.row([k + 1, [D, fmtDot, fmtCn][k % 3](s.iso), s.kind, e[0], creditCode(AREA, s.i + 61), e[1], e[2], resp[s.i], `NAXF-${s.iso.slice(0, 4)}-${String(k + 1).padStart(3, "0")}`, e[2].startsWith("B") ? 4 : 2,
        s.left ? fmtDot(s.left) : null, s.left ? "已退园" : s.iso > AS_OF ? "9月入驻" : s.i === 0 ? "园区运营方" : null]);
    });
    b.full("登记人：园区管理办公室 邱××　　2021年9月10日");
    sheets.push(sheet("消防责任书台账", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- funds: 财务软件专户明细账 (借方收到，贷方支出)
  // [iso, 凭证号, 摘要, 借方 cents, 贷方 cents]
  const ENT = [
    ["2020-06-30", "记-0045", "收到县财政局拨入2019年省级电子商务进农村综合示范专项资金（第一批）", 300000000, 0],
    ["2020-08-14", "记-0062", "支付县电子商务公共服务中心装修工程首付款（汕头市华建装饰工程有限公司）", 0, 36000000],
    ["2020-09-25", "记-0071", "支付村级站点设备采购款（第一批，南澳县海岛优品电子商务有限公司）", 0, 48650000],
    ["2020-11-20", "记-0088", "支付电商公共服务中心运营服务费（首期）", 0, 45000000],
    ["2020-12-18", "记-0097", "收到县财政局拨入2019年省级电子商务进农村综合示范专项资金（第二批）", 200000000, 0],
    ["2020-12-18", "记-0098", "支付电商培训服务费（第一期，汕头市粤东职业培训学校）", 0, 19800000],
    ["2020-12-21", "记-0101", "收到专户存款利息", 123655, 0],
    ["2021-01-22", "记-0006", "支付县乡村物流配送体系建设首付款（中国邮政南澳县分公司）", 0, 52000000],
    ["2021-03-19", "记-0021", "支付村级站点设备采购款（第二批）", 0, 39288000],
    ["2021-04-23", "记-0030", "支付农产品品牌设计及推广费（“南澳岛礼”）", 0, 26500000],
    ["2021-05-28", "记-0041", "支付县电子商务公共服务中心装修工程进度款", 0, 54000000],
    ["2021-06-21", "记-0046", "收到专户存款利息", 98712, 0],
    ["2021-06-25", "记-0048", "支付电商培训服务费（第二期）", 0, 21400000],
    ["2021-07-23", "记-0055", "支付县乡村物流配送体系建设进度款", 0, 48000000],
    ["2021-08-27", "记-0063", "支付电商公共服务中心运营服务费（二期）", 0, 22000000],
    ["2021-09-10", "记-0069", "支付县乡村物流配送体系建设尾款", 0, 31000000],
  ];
  const PAID_IN = sum(ENT.filter((e) => e[4] && e[0] <= AS_OF).map((e) => e[4])) / 100;
  const RECV = sum(ENT.filter((e) => e[2].includes("专项资金")).map((e) => e[3])) / 100;
  assert(PAID_IN === 4126380 && RECV === 5000000 && PAID_IN * 100 >= RECV * 70, "4,126,380 of 5,000,000 = 82.5%");
  {
    const b = builder(8);
    b.full("明细账");
    b.full("科目：100202 银行存款—电子商务进农村综合示范专项资金户");
    b.full("核算单位：南澳县商务局　　期间：2020年06期—2021年09期　　金额单位：元　　（政府会计制度　财务软件导出）");
    let bal = 0;
    const hdr = (y) => {
      b.row([`${y}年`, null, "凭证号数", "摘要", "借方", "贷方", "方向", "余额"], "A#:B#");
      b.row(["月", "日", null, null, null, null, null, null]);
      const h = b.R() - 1;
      ["C", "D", "E", "F", "G", "H"].forEach((c) => b.merge(`${c}${h}:${c}${h + 1}`));
    };
    const dir = () => (bal === 0 ? "平" : "借");
    [2020, 2021].forEach((y) => {
      hdr(y);
      const list = ENT.filter((e) => +e[0].slice(0, 4) === y);
      let yD = 0, yC = 0;
      if (y === 2020) b.row([6, 1, null, "期初余额", null, null, "平", 0]);
      else b.row([1, 1, null, "上年结转", null, null, dir(), bal / 100]);
      const months = [...new Set(list.map((e) => +e[0].slice(5, 7)))];
      months.forEach((m) => {
        let mD = 0, mC = 0;
        list.filter((e) => +e[0].slice(5, 7) === m).forEach((e) => {
          bal += e[3] - e[4]; mD += e[3]; mC += e[4];
          b.row([m, +e[0].slice(8, 10), e[1], e[2], e[3] ? e[3] / 100 : null, e[4] ? e[4] / 100 : null, dir(), bal / 100]);
        });
        yD += mD; yC += mC;
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        b.row([m, last, null, "本月合计", mD / 100, mC / 100, dir(), bal / 100]);
        b.row([m, last, null, "本年累计", yD / 100, yC / 100, dir(), bal / 100]);
      });
      if (y === 2020) b.row([12, 31, null, "结转下年", null, null, dir(), bal / 100]);
    });
    b.full(`注：本账户借方为收到资金，贷方为支出资金。截至2021年8月31日累计收到省级专项资金5,000,000.00元、利息收入2,223.67元，累计支出${yuan2(PAID_IN * 100)}元。——县商务局电商股`);
    assert(123655 + 98712 === 222367, "interest");
    sheets.push(sheet("专户明细账", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- reports & materials: 传真发送登记簿
  const CITY = "汕头市商务局电子商务科";
  const FAX = [];
  [["2020-09-04", "2020年8月"], ["2020-10-09", "2020年9月"], ["2020-11-05", "2020年10月"], ["2020-12-04", "2020年11月"], ["2021-01-06", "2020年12月"], ["2021-02-04", "2021年1月"],
    ["2021-03-04", "2021年2月"], ["2021-04-07", "2021年3月"], ["2021-05-08", "2021年4月"], ["2021-06-04", "2021年5月"], ["2021-07-06", "2021年6月"], ["2021-08-05", "2021年7月"], ["2021-09-03", "2021年8月"]]
    .forEach(([d, m], i) => {
      const doc = `南澳县电子商务进农村工作月报（${m}）及电商扶贫情况统计表`;
      if (d === "2021-02-04") FAX.push([d, CITY, doc, 5, "失败（对方占线）", null, "r-fail"]);
      FAX.push([d, CITY, doc, i % 2 ? 5 : 4, "成功", d === "2021-02-04" ? "重发" : null, "report"]);
    });
  FAX.push(["2020-09-29", "南澳县统计局", "2020年三季度电子商务交易额统计表", 2, "成功", null, "other"]);
  FAX.push(["2020-11-23", "中共南澳县委办公室", "政务信息：我县举办农村电商基础培训", 1, "成功", null, "other"]);
  FAX.push(["2021-03-16", CITY, "关于参加全市电子商务工作推进会的回执", 1, "成功", null, "other"]);
  FAX.push(["2021-06-18", CITY, "经验材料《小岛大电商——南澳县电子商务进农村综合示范经验做法》", 6, "成功", "市局要求报送典型经验", "material"]);
  FAX.push(["2021-07-28", "南澳县财政局", "关于拨付县乡村物流配送体系建设进度款的函", 2, "成功", null, "other"]);
  FAX.push(["2021-09-08", CITY, "典型案例《电商帮渔民把海产卖出岛》", 4, "成功", null, "material"]);
  FAX.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  assert(monthsCovered(FAX.filter((f) => f[6] === "report").map((f) => f[0])) === 12, "reports 12 months");
  assert(FAX.some((f) => f[6] === "material" && f[0] <= AS_OF), "material by cut-off");
  {
    const b = builder(9);
    b.full("南澳县商务局传真发送登记簿（2020年9月—2021年9月）");
    b.row(["序号", "发送日期", "发往单位", "对方传真号码", "文件名称", "页数", "经办人", "发送结果", "备注"]);
    FAX.forEach((f, i) => b.row([i + 1, [D, fmtDot, D, fmtSlash][i % 4](f[0]), f[1], f[1] === CITY ? "0754-8827××××" : "0754-8690××××", f[2], f[3], i % 3 === 0 ? "许××" : "翁××", f[4], f[5]]));
    b.full("注：发送后电话确认对方收到；发送失败的须重发并另行登记。");
    sheets.push(sheet("传真发送登记", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- disclosures: 网站信息发布审核登记表（三审）
  const COL = "电子商务进农村综合示范";
  // [撰稿 iso, title, 栏目, 发布 iso|null, note]
  const PUB = [
    ["2020-09-10", "南澳县电子商务进农村综合示范项目建设进度（2020年8月）", COL, "2020-09-15", null],
    ["2020-10-12", "南澳县电子商务进农村综合示范项目建设进度（2020年9月）", COL, "2020-10-16", null],
    ["2020-11-09", "南澳县电子商务进农村综合示范项目建设进度（2020年10月）", COL, "2020-11-13", null],
    ["2020-11-24", "南澳县电子商务公共服务中心投入运营", COL, "2020-11-27", null],
    ["2020-12-08", "南澳县电子商务进农村综合示范项目建设进度（2020年11月）", COL, "2020-12-11", null],
    ["2020-12-21", "我县举办直播带货实操班", "工作动态", "2020-12-23", null],
    ["2021-01-11", "南澳县电子商务进农村综合示范项目建设进度（2020年12月）", COL, "2021-01-15", null],
    ["2021-02-01", "县商务局开展春节前安全生产检查", "工作动态", "2021-02-03", null],
    ["2021-02-08", "南澳县电子商务进农村综合示范项目建设进度（2021年1月）", COL, null, "终审未通过：资金数据待与县财政局核对"],
    ["2021-02-24", "南澳县电子商务进农村综合示范项目建设进度（2021年1月）（修改稿）", COL, "2021-03-02", "春节后发布"],
    ["2021-03-10", "南澳县电子商务进农村综合示范项目建设进度（2021年2月）", COL, "2021-03-15", null],
    ["2021-04-12", "南澳县电子商务进农村综合示范项目建设进度（2021年3月）", COL, "2021-04-16", null],
    ["2021-05-10", "南澳县电子商务进农村综合示范项目建设进度（2021年4月）", COL, "2021-05-14", null],
    ["2021-06-07", "南澳县电子商务进农村综合示范项目建设进度（2021年5月）", COL, "2021-06-11", null],
    ["2021-07-08", "南澳县电子商务进农村综合示范项目建设进度（2021年6月）", COL, "2021-07-13", null],
    ["2021-08-09", "南澳县电子商务进农村综合示范项目建设进度（2021年7月）", COL, "2021-08-13", null],
    ["2021-09-08", "南澳县电子商务进农村综合示范项目建设进度（2021年8月）", COL, "2021-09-10", null],
  ];
  const colPub = PUB.filter((p) => p[2] === COL && p[3]).map((p) => p[3]);
  assert(monthsCovered(colPub) === 11 && monthsCovered(PUB.map((p) => p[0])) === 12 && monthsCovered(PUB.filter((p) => p[3]).map((p) => p[3])) === 12, "column published 11 months (Feb missing)");
  {
    const b = builder(10);
    b.full("南澳县商务局政府网站信息发布审核登记表");
    b.full("实行“三审”：初审（股室负责人）、复审（分管领导）、终审（主要领导）；终审同意后由局办公室发布，“发布日期”为网站实际发布日期，未发布的注明原因。");
    b.row(["序号", "稿件标题", "拟发布栏目", "撰稿人", "撰稿日期", "初审（股室）", "复审（分管领导）", "终审（主要领导）", "发布日期", "备注"]);
    PUB.forEach((p, i) => {
      const d = (x, o) => `${+x.slice(5, 7)}.${+isoAdd(x, o).slice(8, 10)}`;
      b.row([i + 1, p[1], p[2], i % 2 ? "许××" : "翁××", [fmtDot, D][i % 2](p[0]), `同意　许×× ${d(p[0], 1)}`, `同意　陈×× ${d(p[0], 2)}`,
        p[3] ? `同意　林×× ${d(p[0], 3)}` : `不同意，数据核实后再发　林×× ${d(p[0], 3)}`, p[3] ? [D, fmtCn][i % 2](p[3]) : "未发布", p[4]]);
    });
    sheets.push(sheet("信息发布审核登记", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- media: 舆情监测汇总
  // [时间, 标题, 来源, 类别, 载体, 倾向, 转载, level|null, tv, note]
  const MD = [
    ["2020-09-24 10:12", "我县举办首期农村电商培训班", "南澳县融媒体中心（“南澳发布”微信公众号）", "县级媒体", "网络", "正面", 3, "county", false, null],
    ["2020-11-27 19:30", "县电子商务公共服务中心投入运营", "南澳县融媒体中心《南澳新闻》", "县级媒体", "电视", "正面", 0, "county", true, null],
    ["2020-12-30 08:45", "南澳县电商服务站开到渔村", "网易新闻（转载“南澳发布”）", "商业网站", "网络", "正面", 0, null, false, "转载"],
    ["2021-01-19 21:06", "南澳紫菜上了直播间", "今日头条“岛上生活”", "自媒体", "网络", "正面", 12, null, false, null],
    ["2021-03-12 06:30", "南澳：海岛电商“链”出致富路", "《南方日报》汕头观察版", "省级媒体", "报纸", "正面", 8, "province", false, null],
    ["2021-05-18 19:42", "南澳：电商帮脱贫渔民把海产卖出岛", "广东广播电视台《广东新闻联播》", "省级媒体", "电视", "正面", 15, "province", true, "电商扶贫典型案例（省商务厅推荐）"],
    ["2021-06-02 11:20", "小岛大电商　南澳站点进村快递到家", "南方＋客户端", "省级媒体", "网络", "正面", 5, "province", false, null],
    ["2021-07-09 22:37", "村里电商站代收快递要收钱？", "抖音用户“海岛阿强”", "自媒体", "短视频", "负面", 2, null, false, "已核实：系代收大件物品搬运费，已说明"],
    ["2021-08-24 19:30", "我县第三批村级电商服务站点挂牌", "南澳县融媒体中心《南澳新闻》", "县级媒体", "电视", "正面", 0, "county", true, null],
    ["2021-09-03 07:00", "南澳电商进农村综合示范成效初显", "《汕头日报》", "市级媒体", "报纸", "正面", 4, "city", false, null],
    ["2021-09-14 18:55", "南澳：海岛“新农人”直播卖海鲜", "汕头广播电视台（汕头橄榄台）", "市级媒体", "电视", "正面", 2, "city", true, null],
  ];
  const lv = new Set(MD.filter((m) => m[7] && m[0].slice(0, 10) <= AS_OF).map((m) => m[7]));
  assert(lv.size === 2 && lv.has("province") && lv.has("county"), "province + county by cut-off");
  {
    const b = builder(10);
    b.full("南澳县涉电子商务领域网络舆情监测汇总（2020年9月—2021年9月）");
    b.full("监测单位：汕头市网信舆情服务中心（受县委宣传部委托）　　报送：县商务局　　媒体类别：中央媒体、省级媒体、市级媒体、县级媒体为主流媒体；商业网站转载、自媒体仅作舆情参考");
    b.row(["序号", "发布时间", "标题", "来源", "媒体类别", "载体", "情感倾向", "转载量（次）", "备注"], "I#:J#");
    MD.forEach((m, i) => b.row([i + 1, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[9], null], "I#:J#"));
    b.full("本期共监测到相关信息11条，其中正面9条、中性1条、负面1条。");
    sheets.push(sheet("舆情监测汇总", b.rows, b.merges));
  }

  // ---------------------------------------------------------------- 承诺书 + 附表 (facts, judged, claimed)
  const JG = { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 };
  assert(Math.round((24320 / 18650 - 1) * 1000) === 304 && Math.round((L_IN / POP) * 100000) === 875 && Math.round((covered.size / 33) * 1000) === 727, "texts");
  {
    const b = builder(6);
    b.full("数据真实性承诺书");
    b.row([null]);
    b.row(["汕头市商务局、广东省商务厅："], "A#:F#");
    const P = [
      "按照《2019年省级电子商务进农村综合示范创建考评指标体系》，我县对电子商务进农村综合示范创建工作开展了自评，考评截止日期为2021年8月31日。现郑重承诺如下：",
      "一、所报送的自评得分、主要数据及各类佐证台账真实、准确、完整，不存在弄虚作假行为。",
      "二、示范创建期间，我县未发生安全生产事故、质量事故，未造成重大经济损失和社会不良影响。",
      "三、截至2021年8月31日，示范项目总体进度为90%（按合同约定工作量计算）。",
      "如有不实，我县愿承担相应责任。",
      "附件：自评主要数据及得分一览表",
    ];
    P.forEach((t) => b.row(["　　" + t], "A#:F#"));
    b.row([null]);
    b.row([null, null, null, "南澳县人民政府（盖章）", null, null], "D#:F#");
    b.row([null, null, null, "县长（签字）：×××", null, null], "D#:F#");
    b.row([null, null, null, "2021年9月3日", null, null], "D#:F#");
    sheets.push(sheet("承诺书", b.rows, b.merges));
  }
  // [id, 工作任务, 指标, 分值, 主要数据和事实, 数据提供单位, 自评]
  const IND = [
    ["org.leadership", "加强组织领导与统筹协调（10分）", "组织领导", 2, "县政府成立以县长为组长，常务副县长、分管副县长为副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司为成员单位的示范县创建工作领导小组（南府办〔2020〕12号）。", "县政府办", 2],
    ["org.plan", null, "方案制定", 2, "《南澳县电子商务进农村综合示范县创建工作方案》2020年4月由县政府办公室正式印发。方案制定自评2分。", "县商务局", JG["org.plan"]],
    ["org.policy", null, "政策支持", 2, "出台《南澳县扶持农村电子商务发展暂行办法》，部分扶持条款尚未兑现。政策支持自评1分。", "县商务局", JG["org.policy"]],
    ["org.management", null, "项目管理", 4, "制定《南澳县电子商务进农村综合示范项目管理办法》，项目管理制度自评2分；工作台账部分为事后整理，工作台账自评1分。", "县商务局", 3],
    ["work.center", "深入推动电子商务进农村工作（55分）", "服务体系建设：县级中心与产业园", 15, "县电子商务公共服务中心2020年11月26日投入运营，由专业第三方运营服务商南澳县海岛优品电子商务有限公司运营；有免费培训场所和设备，常态化组织电商基础培训；免费展示、代销紫菜、海味干货等特色农产品；免费为网商提供产品摄影、美工设计；组织“南澳岛礼”区域公用品牌统一推广，指导企业品牌建设；提供代办注册、金融对接等衍生增值服务。整合县城闲置厂房建成电商产业园，入驻企业20家，含平台型、销售型、电商运营商、物流企业。", "县商务局、运营方", 15],
    ["work.coverage", null, "服务体系建设：村级站点覆盖", 10, "全县行政村33个（另有社区6个），其中省定贫困村3个；建成村级电商服务站点27个，覆盖行政村24个，覆盖率72.7%；省定贫困村3个全部建站。", "县农业农村局、县商务局", 10],
    ["work.upward", null, "农村产品上行", 10, "开展农产品网销调研并形成调研报告（网销调研自评2分）；举办“海岛年货节”“紫菜丰收节”网络促销（网络促销自评2分）；引入专业第三方运营服务商；全县行政村快递服务覆盖率100%；冷链、溯源系统在建（交易标准与冷链溯源自评1分）；2020年农村网络零售额2.432亿元，2019年1.865亿元，同比增长30.4%。", "县统计局、县邮政管理", 9],
    ["work.training", null, "电商人才培训", 20, `常住人口6.26万人（第七次全国人口普查）；示范创建以来培训${L_IN}人次，占常住人口0.875%；有劳动能力的建档立卡贫困人口（不含外出务工）${ELIG.length}人，参加培训${trainedElig.size}人，培训率70%。`, "县统计局、县乡村振兴局", 18],
    ["info.disclosure", "加强信息公开及报送（10分）", "信息公开", 4, "县政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话；专栏按月更新。", "县商务局", 4],
    ["info.reporting", null, "数据上报", 6, "每月初向汕头市商务局传真报送上月工作月报，附电商扶贫情况统计表，能统计电商扶贫情况。", "县商务局", 6],
    ["promo.cases", "加强宣传推广（10分）", "案例总结", 2, "2021年6月向汕头市商务局报送经验材料《小岛大电商》。", "县商务局", 2],
    ["promo.media", null, "经验推广", 8, "《南方日报》、广东广播电视台、南方＋、《汕头日报》、南澳县融媒体中心等媒体报道我县做法。", "县委宣传部", 8],
    ["fund.system", "加强财政资金管理（15分）", "制度建立", 5, "制定《南澳县省级电子商务进农村综合示范专项资金管理办法》，建立考核问责制度。资金管理制度自评5分。", "县财政局、县商务局", JG["fund.system"]],
    ["fund.ledger", null, "资金台账", 5, "县商务局设专户核算、建立资金专用台账，承建单位建立专用台账。资金台账自评4分。", "县商务局", JG["fund.ledger"]],
    ["fund.spending", null, "资金支出", 5, `省级下达资金500万元，截至2021年8月31日累计支出${yuan2(PAID_IN * 100)}元，支出率82.5%，按创建进度及时拨付（及时拨付自评4分）。`, "县财政局", JG["fund.spending"]],
    ["bonus.poorTraining", "加分项（4分）", "建档立卡贫困人口培训率70%及以上", 2, `${trainedElig.size}/${ELIG.length}＝70%。`, "县乡村振兴局", 2],
    ["bonus.tvCase", null, "电商扶贫典型案例获电视媒体播报", 2, "2021年5月18日广东广播电视台《广东新闻联播》播出我县电商扶贫典型案例（省级）。", "县委宣传部", 1],
  ];
  const CLAIM = {};
  IND.forEach((x) => { CLAIM[x[0]] = x[6]; });
  const clSum = SCORED.reduce((a, id) => a + CLAIM[id], 0), clBonus = CLAIM["bonus.poorTraining"] + CLAIM["bonus.tvCase"];
  assert(clSum === 93 && clBonus === 3, "claims 93 + 3 got " + clSum);
  {
    const b = builder(7);
    b.full("附件");
    b.full("南澳县电子商务进农村综合示范创建自评主要数据及得分一览表");
    b.full("（数据截至2021年8月31日）");
    b.row(["序号", "工作任务", "评价指标", "分值", "主要数据和事实", "数据提供单位", "自评得分"]);
    let g = null;
    IND.forEach((x, i) => {
      if (x[1]) g = b.R() + 1;
      b.row([i + 1, x[1], x[2], x[3], x[4], x[5], x[6]]);
      const nx = IND[i + 1];
      if ((!nx || nx[1]) && b.R() > g) b.merge(`B${g}:B${b.R()}`);
    });
    b.row(["合计", null, null, 104, `基本分${clSum}分＋加分${clBonus}分`, null, clSum + clBonus], "A#:C#");
    b.full("填报：南澳县商务局　　经办人：许××　　审核：陈××");
    sheets.push(sheet("附件 自评数据及得分", b.rows, b.merges));
  }
  sheets.unshift(sheet("封面", [["南澳县电子商务进农村综合示范考评佐证资料"], [null], ["一、数据真实性承诺书及附件（自评主要数据及得分一览表）"], ["二、村集体经济收入统计表（县农业农村局，行政村、社区、省定贫困村名单）"],
    ["三、站点设备发放签收表（村级电商服务站点）"], ["四、培训入场登记（各场次学员）"], ["五、脱贫户家庭成员信息（县乡村振兴局，防返贫监测系统导出）"], ["六、消防责任书台账（电商产业园入驻企业）"],
    ["七、专户明细账（省级专项资金收支）"], ["八、传真发送登记（月报、经验材料报送）"], ["九、信息发布审核登记（政府网站专栏）"], ["十、舆情监测汇总（媒体报道）"], [null], ["南澳县商务局　2021年9月"]]));

  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 5 + 5,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": JG["fund.spending"],
    "bonus.poorTraining": 2, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 87, "87 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 90, "90");
  write("counties/b135-c1-nanao.json", {
    description:
      "汕头南澳县交的整本考评佐证资料：封面＋县政府《数据真实性承诺书》＋附件《自评主要数据及得分一览表》＋9个别的用途借来的表，87分＋加分3＝90分，未否决（自评93＋3＝96）。承诺书正文一段一行：考评截止日期2021年8月31日；三条承诺里有否决项声明（无弄虚作假、未发生安全生产和质量事故、总体进度90%）；落款“县长（签字）”是签字人，不是领导小组的信息。附件一指标一行：主要数据和事实｜数据提供单位｜自评得分，主观分写在事实里（项目管理 制度2、台账1；上行 调研2、促销2、标准冷链1；资金 制度5、台账4、及时拨付4）。《村集体经济收入》（县农业农村局）：类型“行政村”33个、“社区”6个不算，是否省定贫困村“是”3个；镇小计、合计行不是村。《站点设备发放签收》：按发放批次分节，读“开业日期”不读“发放日期”（松岭村8月25日发放、9月6日挂牌 → 不算）；“补”那一行是给金沙村站补发打印机，不是新站点；宅东、云澳两个社区站不算；深澳村两个站算一个村；竹栖村“2021年8月”只到月，山后村“2021.8.31”当天，都算；“21.1.22”是两位年份 → 覆盖24/33＝72.7% → 5，贫困村3/3 → 5。《培训入场登记》是疫情防控入场登记，按场次分节（节标题里是日期），每节有授课老师、工作人员：只数“学员”行，9月9日那场不算 → 548人次 ÷ 62,600 ＝ 0.875% → 8（把老师、工作人员和9月都算进去会超过1%）。《脱贫户家庭成员》是防返贫监测系统导出：普通、技能、弱劳动力或半劳动力都是有劳动能力；省外、省内县外务工是外出务工，县内、乡镇内、未务工不是 → 合格40人；培训名单里按身份证号对上、截至8月31日的28人（两次参训算一次；一个号码末位小写x；两个返乡务工人员、一个暑假在家的大学生参训不算；一人只参加了9月那场）→ 28/40 ＝ 70%整 → 10分，加分2分。《消防责任书台账》：“首签”日期＝入驻，2021年1月“续签”不是新企业，海味干货公司的退园写在它的续签行（2021.4.30），茶叶网店8月20日退园，9月9日首签的不算 → 在园15家 < 20 → 0；类型≥3 → 1。《专户明细账》是财务软件导出：年份在表头“2020年”“2021年”，日期拼月、日两列；借方是收到、贷方是支出；本月合计、本年累计、结转行不是拨付；利息是收入 → 截至8月31日支出4,126,380元 ＝ 82.5% → 按主观分4。《传真发送登记》：发往汕头市商务局的月报每月都有（2月4日第一次“失败（对方占线）”，当天重发成功）→ 3，月报附电商扶贫统计表 → 3；6月18日传真经验材料 → 2；发县统计局、县委办、县财政局的和“回执”不是月报。《信息发布审核登记》：只算拟发布栏目为专栏且已发布的，读“发布日期”：2021年2月那篇终审未通过，修改稿3月2日才发布，2月只有“工作动态”栏目的稿件 → 专栏11个月 → 不定时1。《舆情监测汇总》：主流媒体只有县级（南澳融媒体）和省级（南方日报、广东台、南方＋）在截止日前；网易转载、今日头条和抖音自媒体不是媒体报道；汕头日报、汕头台都在9月 → 4＋1＝5；广东台《广东新闻联播》播出电商扶贫典型案例 → 加分1。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 附件：县长任组长（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案2020年4月县政府办正式印发；方案制定自评2分 → 2",
      "org.policy: 扶持暂行办法已出台；政策支持自评1分 → 1",
      "org.management: 项目管理制度自评2 ＋ 工作台账自评1 → 3",
      "work.center: 中心2020-11-26投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示代销 1；免费摄影美工 1；统一推广品牌 1；衍生增值服务 1；产业园已建成 2；消防责任书台账“首签”18家，海味干货2021.4.30、后花园茶叶2021.8.20退园，海丝供应链2021.9.9首签 → 在园15家 < 20 → 0（6行续签不是新企业）；类型 电商运营商、平台型、销售型、物流企业、直播电商、电商服务 ≥ 3 → 1；合计 13（自评15）",
      `work.coverage: 村集体经济收入表行政村33个（社区6个不算），省定贫困村3个；设备发放签收表“开业日期” ≤ 2021-08-31 的站点覆盖行政村${covered.size}个（补发行不是站点；宅东、云澳社区站不算；深澳村两站算一个；竹栖村“2021年8月”、山后村2021.8.31都算；松岭村2021.9.6不算）；24/33 = 72.7% ≥ 70% → 5；贫困村竹栖、赤石、山后3/3 = 100% → 5；合计 10`,
      "work.upward: 网销调研2；网络促销2；第三方运营服务商 1；村名单无快递列，附件“行政村快递服务覆盖率100%” → 1；交易标准与冷链溯源1；农村网络零售额2.432/1.865亿元 = +30.4% ≥ 30% → 2；合计 9",
      `work.training: 入场登记只数“学员”，截至2021-08-31共12场${L_IN}人次（老师、工作人员${STAFF_N}行和9月9日那场44人不算）；常住人口62,600；548/62,600 = 0.875% → 8。脱贫户家庭成员60人：有劳动能力（普通、技能、弱或半劳动力）且不外出务工（县内、乡镇内、未务工）40人；其中身份证号出现在截止日前学员行的28人（小写x照对；重复参训算一次；外出务工2人、在校大学生1人不算；9月参训1人不算）→ 28/40 = 70% ≥ 50% → 10；合计 18`,
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 2；信息发布审核登记中专栏已发布的发布日期在2020-09至2021-08有11个月（2021年2月的终审未通过，修改稿3月2日发布；2月3日那篇是“工作动态”栏目）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 传真登记发往汕头市商务局的月报2020年9月至2021年8月每月都有（2021-02-04失败后当天重发成功）→ 3；月报附电商扶贫情况统计表 → 3；合计 6",
      "promo.cases: 2021-06-18传真向汕头市商务局报送经验材料《小岛大电商》→ 2",
      "promo.media: 舆情监测汇总中截止日前的主流媒体：省级（南方日报2021.3.12、广东台2021.5.18、南方＋2021.6.2）→ 4；县级（南澳融媒体）→ 1；市级汕头日报2021.9.3、汕头台2021.9.14在截止日后 → 0；网易转载、自媒体不算；合计 5（自评8）",
      "fund.system: 专项资金管理办法、考核问责制度；自评5 → 5",
      "fund.ledger: 专户核算、专用台账；自评4 → 4",
      `fund.spending: 专户明细账贷方（支出）日期 ≤ 2021-08-31 合计 ${thousands(PAID_IN)} 元（本月合计、本年累计不重复计，2021-09-10尾款31万不算）；借方收到专项资金两批共5,000,000元；4,126,380/5,000,000 = 82.5% ≥ 70% → 及时拨付自评 4`,
      "bonus.poorTraining: 28/40 = 70% ≥ 70%（含等号）→ 2",
      "bonus.tvCase: 2021-05-18 广东广播电视台《广东新闻联播》播出电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: 承诺书第二条：未发生安全生产、质量事故或重大损失 → 0，不否决",
      "veto.progress: 承诺书第三条：总体进度90% ≥ 40% → 0，不否决",
      "veto.fraud: 承诺书第一条：不存在弄虚作假 → 0，不否决",
      `total: 2+2+1+3+13+10+9+18+3+6+2+5+5+4+4 = ${sc}，加分2+1 = ${bonus}，合计${total}；自评${clSum}＋${clBonus} = ${clSum + clBonus}`,
    ],
  });
})();

// =====================================================================================
// facts/b135-f1-shixing: 韶关始兴县 — 《韶关市12345政务服务便民热线工单处理回复单》：市民反映村里没有电商站、快递要到镇上取；
// 县商务局的答复一段一行。抬头是韶关市（热线是市级的），县是始兴县；“司前镇共有行政村11个”是镇的数；快递覆盖94.8% → 不是100%
// =====================================================================================
(function f1() {
  const b = builder(6);
  b.full("韶关市12345政务服务便民热线工单处理回复单");
  b.row(["工单编号", "SG12345-20210819-0386", "工单类型", "咨询、求助", "紧急程度", "一般"]);
  b.row(["来电时间", "2021-08-19 15:32", "来电人", "邓先生", "联系电话", "139****6218"]);
  b.row(["诉求区域", "始兴县司前镇", "转办时间", "2021-08-19 16:05", "办理时限", "5个工作日"]);
  b.row(["诉求内容", "市民来电反映：其住在始兴县司前镇某村，村里没有电商服务站，网购的快递要自己到镇上取，很不方便。听说县里搞电子商务进农村综合示范，有一百多个站点，为什么他们村没有？快递什么时候能进村？另外想参加电商培训，学习开网店卖香菇，咨询如何报名。请相关部门核实处理。", null, null, null, null], "B#:F#");
  b.row(["承办单位", "始兴县商务局", "承办人", "邱××", "联系电话", "0751-33×××××"]);
  const P = [
    "邓先生：您好！您反映的问题已收悉，经核实，现答复如下：",
    "一、我县是2019年省级电子商务进农村综合示范县。县委、县政府高度重视，成立了由县长任组长、分管副县长任副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司等单位为成员的工作领导小组。县电子商务公共服务中心于2020年9月28日投入运营，由专业第三方公司运营，免费为群众提供电商培训，免费展示、销售我县香菇、茶叶等农特产品。",
    "二、关于村级电商服务站点。全县共有行政村116个（含省定贫困村18个），已建成村级电商服务站点98个，18个省定贫困村全部建站。您所在的司前镇共有行政村11个，已建站8个；您所在村的站点已完成选址，计划于2021年9月底挂牌运营。",
    "三、关于快递进村。目前全县116个行政村中已有110个通快递，覆盖率94.8%。尚未通快递的6个行政村（含您所在村）由县邮政分公司与快递企业合作，计划于2021年10月底前实现全覆盖，届时可在村级站点收寄快递。",
    "四、关于电商培训。截至2021年8月，县电子商务公共服务中心已累计开展电商培训3,460人次。培训免费参加，9月中旬将在司前镇开办香菇网销专题班，您可拨打县电子商务公共服务中心电话0751-33×××××报名。",
    "感谢您对我县电子商务工作的关心和支持！",
  ];
  const s0 = b.R() + 1;
  P.forEach((t, i) => b.row([i === 0 ? "办理结果（答复内容）" : null, t, null, null, null, null], "B#:F#"));
  b.merge(`A${s0}:A${b.R()}`);
  assert(Math.round((110 / 116) * 1000) === 948, "94.8%");
  b.row(["办结时间", "2021-08-25 10:18", "回访时间", "2021-08-26 09:40", "满意度", "满意"]);
  b.row(["回访情况", "已电话回访来电人，来电人表示了解情况，对答复满意。", null, null, null, null], "B#:F#");
  b.row(["审核意见", "同意办结。　　始兴县12345热线分中心　2021年8月26日", null, null, null, null], "B#:F#");
  write("facts/b135-f1-shixing.json", {
    description:
      "韶关始兴县交来当事实表的是一张《韶关市12345政务服务便民热线工单处理回复单》：上面是工单编号、来电时间、来电人、诉求区域、转办时间、办理时限的格子（每行三对“标签｜值”并排），“诉求内容”一大格是市民的话，“办理结果（答复内容）”在A列纵向合并、县商务局的答复一段一行，下面是办结、回访、满意度、审核意见。读法：county 始兴县（诉求区域、承办单位和答复都是始兴县；抬头的“韶关市”是热线平台）；诉求内容里市民说的“一百多个站点”不是事实。答复“一、”：县长任组长，成员有商务、财政、农业农村、乡村振兴 → principal-all；中心2020年9月28日投入运营；专业第三方公司运营 → 是；免费电商培训、免费展示销售农特产品 → 两项是（摄影美工、品牌、其他增值服务没说，不列）。“二、”：全县行政村116个、省定贫困村18个；“司前镇共有行政村11个”是镇的，不是县的；站点98个不是键。“三、”：116个行政村中110个通快递、覆盖率94.8% → 行政村快递覆盖率100%为否（false）。“四、”：培训3,460人次（“截至2021年8月”是数据时点，不是考评截止日，不列asOf）。没有主观分、自评分。",
    sheets: [sheet("工单回复单", b.rows, b.merges)],
    expect: {
      facts: {
        county: "始兴县", centerOpened: "2020-09-28", thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, adminVillagesStated: 116, poorVillagesStated: 18,
        expressCoverage: false, trainingPersonTimesStated: 3460,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b135-f2-huilai: 揭阳惠来县 — 《揭阳市对县推进乡村振兴战略实绩考核 县商务局承担指标自评表》：另一套考核的分值和自评分（不是示范考评的
// claimed、judged）；完成情况栏里的数据是事实：农村网零两年和增速、中心“2020年7月”投入运营（只到月）、资金、贫困人口、快递；没有截止日、没有领导
// =====================================================================================
(function f2() {
  const b = builder(9);
  b.full("2021年度揭阳市对县（市、区）推进乡村振兴战略实绩考核自评表");
  b.full("（惠来县商务局承担指标）");
  b.full("填报单位：惠来县商务局　　填报日期：2021年9月10日　　分值、评分标准按《揭阳市推进乡村振兴战略实绩考核细则（2021年度）》");
  b.row(["序号", "考核内容", "考核指标", "分值", "评分标准", "完成情况", "自评得分", "佐证材料", "责任单位"]);
  const IT = [
    ["产业兴旺", "农村网络零售额增长", 3, "2020年农村网络零售额同比增长15%及以上得3分，10%—15%得2分，10%以下得1分", "2020年全县农村网络零售额27.58亿元，2019年21.05亿元，同比增长31.0%。", 3, "县统计局数据", "县商务局、县统计局"],
    [null, "电子商务进农村综合示范县创建", 4, "按期推进省级示范县创建任务得4分，进度滞后酌情扣分", "2019年获批省级电子商务进农村综合示范县。县电子商务公共服务中心2020年7月投入运营，由专业第三方惠来县粤电电子商务有限公司运营，免费开展电商培训，免费展示农特产品，免费提供产品拍摄和美工设计，组织农产品统一推广、指导品牌建设。省级专项资金500万元，截至2021年8月31日已支付436.2万元。", 4, "中心运营协议、资金支付凭证", "县商务局"],
    [null, "行政村电商服务站点覆盖率", 2, "覆盖率70%及以上得2分，50%—70%得1分", "全县行政村261个（不含社区居委会），站点覆盖行政村200个，覆盖率76.6%；省定贫困村38个全部覆盖。", 2, "站点清单", "县商务局"],
    ["人才振兴", "农村电商人才培训", 2, "年度培训1000人次及以上得2分", "示范创建以来（截至2021年8月31日）累计培训5,870人次，其中2021年1—8月培训2,135人次。有劳动能力的脱贫人口（不含外出务工）3,208人中参加电商培训1,190人。", 2, "培训台账、签到表", "县商务局、县人社局"],
    ["基础设施", "行政村快递服务通达率", 2, "通达率100%得2分", "全县261个行政村快递服务通达率100%（县邮政业发展中心数据）。", 2, "邮政部门证明", "县商务局、县邮政业发展中心"],
  ];
  assert(Math.round((27.58 / 21.05 - 1) * 1000) === 310 && Math.round((200 / 261) * 1000) === 766, "texts");
  let g = null;
  IT.forEach((x, i) => {
    if (x[0]) g = b.R() + 1;
    b.row([i + 1, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]]);
    const nx = IT[i + 1];
    if ((!nx || nx[0]) && b.R() > g) b.merge(`B${g}:B${b.R()}`);
  });
  b.row(["合计", null, null, sum(IT.map((x) => x[2])), null, null, sum(IT.map((x) => x[5])), null, null], "A#:C#");
  b.full("填表人：陈××　　审核人：黄××　　联系电话：0663-66×××××");
  write("facts/b135-f2-huilai.json", {
    description:
      "揭阳惠来县交来当事实表的，是《2021年度揭阳市对县（市、区）推进乡村振兴战略实绩考核自评表（惠来县商务局承担指标）》：一指标一行，列 考核内容（产业兴旺、人才振兴、基础设施，纵向合并）｜考核指标｜分值｜评分标准｜完成情况｜自评得分｜佐证材料｜责任单位，最后合计。读法：这是另一套考核（市对县乡村振兴实绩考核）的分值和自评分，不是示范考评的得分，没有claimed、没有judged；事实只从“完成情况”读。county 惠来县（副标题、填报单位）；农村网络零售额2020年27.58亿元、2019年21.05亿元、增长31.0%（“增长15%及以上得3分”是那套考核的标准，不是事实）；中心“2020年7月投入运营”只到月 → 2020-07；专业第三方运营 → 是；免费培训、免费展示、免费拍摄美工、统一推广和品牌 → 四项是；省级专项资金500万元、截至8月31日已支付436.2万元 → 4,362,000；行政村261个（不含社区）、省定贫困村38个；培训读“示范创建以来（截至2021年8月31日）累计5,870人次”，不读“2021年1—8月2,135人次”；有劳动能力的脱贫人口（不含外出务工）3,208人、参训1,190人；快递通达率100% → 是。没有考评截止日（完成情况里的“截至2021年8月31日”是数据时点），没有领导小组，填表人、审核人不是领导。",
    sheets: [sheet("乡村振兴考核自评", b.rows, b.merges)],
    expect: {
      facts: {
        county: "惠来县", ruralRetail2019: yi("21.05"), ruralRetail2020: yi("27.58"), ruralRetailGrowthStated: 0.31, centerOpened: "2020-07", thirdPartyOperator: true,
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, fundAllocated: 5000000, fundSpentStated: wan("436.2"), adminVillagesStated: 261,
        poorVillagesStated: 38, trainingPersonTimesStated: 5870, eligiblePoorPersonsStated: 3208, trainedPoorPersonsStated: 1190, expressCoverage: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b135-f3-pingyuan: 梅州平远县 — 电商股《考评失分风险研判表》：一指标一行，现状｜可能失分点｜风险等级｜按现状自评得分｜补救措施｜补充材料后可争取得分；
// claimed读“按现状自评得分”，不读“可争取得分”；组长是常务副县长 → deputy；中心未满6个月、无衍生服务；专栏无监督举报窗口（false）
// =====================================================================================
(function f3() {
  const b = builder(10);
  b.full("平远县电子商务进农村综合示范县考评失分风险研判表");
  b.full("县商务局电商股　　2021年9月2日　　“现状”按考评截止日（2021年8月31日）数据填写；“按现状自评得分”为本县自评得分；“补充材料后可争取得分”为迎检前补充完善佐证材料后力争的得分，仅供局务会研究。");
  b.row(["序号", "评价指标", "分值", "现状", "可能失分点", "风险等级", "按现状自评得分", "补救措施", "补充材料后可争取得分", "责任人"]);
  // [id, 指标, 分值, 现状, 失分点, 风险, 自评, 补救, 争取, 责任人]
  const IT = [
    ["org.leadership", "组织领导", 2, "县政府成立示范县创建工作领导小组，常务副县长任组长，分管副县长任副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司为成员单位。", "组长非主要领导，按标准只能得1分", "高", 1, "无法补救（领导小组文件已印发）", 1, "股长"],
    ["org.plan", "方案制定", 2, "《平远县电子商务进农村综合示范县创建实施方案》2020年4月由县政府办公室正式印发。", "无", "低", 2, "—", 2, "股长"],
    ["org.policy", "政策支持", 2, "出台《平远县促进农村电子商务发展若干措施》，部分扶持条款未兑现。", "兑现率低，可能扣1分", "中", 1, "整理已兑现的物流补贴凭证", 2, "何××"],
    ["org.management", "项目管理", 4, "制定项目管理办法（项目管理制度2分）；工作台账不完整（工作台账1分）。", "工作台账缺验收记录", "中", 3, "补齐站点验收记录", 4, "何××"],
    ["work.center", "县级中心与产业园", 15, "县电子商务公共服务中心2021年3月18日投入运营，截至8月31日运行5个月13天；有免费培训场所和设备，已组织电商基础培训；免费展示、销售客家特色农产品；免费提供产品摄影、美工；组织“平远好物”统一推广、指导品牌建设；衍生增值服务暂未开展。整合建成县电商产业园，入驻企业17家，类型含平台型、销售型、物流企业。", "运行不满6个月扣2分；无衍生增值服务扣1分；入驻企业不足20家扣2分", "高", 10, "补充中心代办注册等服务记录", 11, "姚××"],
    ["work.coverage", "村级站点覆盖", 10, "全县行政村126个（另有社区11个），站点覆盖行政村94个，覆盖率74.6%；省定贫困村21个，已覆盖19个（90.5%），另2个贫困村站点9月挂牌。", "贫困村未全覆盖扣2分", "中", 8, "—", 8, "姚××"],
    ["work.upward", "农村产品上行", 10, "形成农产品网销调研报告（网销调研2分）；“客家年货节”网络促销成效明显（网络促销2分）；专业第三方运营服务商平远县客都电子商务有限公司；行政村快递覆盖率100%；溯源系统试运行、冷链未建（交易标准与冷链溯源1分）；2020年农产品网络零售额4.16亿元，同比增长28.4%。", "增速未达30%扣2分；冷链未建扣1分", "中", 7, "—", 7, "何××"],
    ["work.training", "电商人才培训", 20, "常住人口21.9万人；培训2,046人次，占0.93%；有劳动能力的建档立卡贫困人口（不含外出务工）2,870人，参训1,512人，培训率52.7%。", "培训人次未达1%扣2分", "中", 18, "—", 18, "姚××"],
    ["info.disclosure", "信息公开", 4, "县政府网站专栏公示创建方案、项目基本信息、项目建设进度，未设征求意见或监督举报窗口；2021年1月、2月未更新。", "内容不全面扣2分；未按月更新扣1分", "高", 1, "增设监督举报窗口（截止日后增设的不能计分）", 1, "何××"],
    ["info.reporting", "数据上报", 6, "每月向梅州市商务局报送月报，附电商扶贫统计表，能统计电商扶贫情况。", "无", "低", 6, "—", 6, "何××"],
    ["promo.cases", "案例总结", 2, "2021年5月向梅州市商务局报送经验材料1篇。", "无", "低", 2, "—", 2, "何××"],
    ["promo.media", "经验推广", 8, "南方＋（省级）、《平远新闻》（县级）有报道，市级媒体暂无。", "无市级报道扣3分", "中", 5, "联系梅州日报补发报道（截止日后的报道不能计分）", 5, "股长"],
    ["fund.system", "制度建立", 5, "已制定《平远县省级电子商务进农村综合示范专项资金管理办法》，考核问责制度待完善。", "问责制度未细化扣1分", "低", 4, "—", 4, "财务"],
    ["fund.ledger", "资金台账", 5, "承建单位已建立资金专用台账，部分凭证不全。", "凭证不全扣1分", "低", 4, "督促承建单位补齐凭证", 5, "财务"],
    ["fund.spending", "资金支出", 5, "省级下达资金500万元，截至8月31日拨付382.6万元，支出率76.5%；部分项目拨付滞后。", "拨付不及时扣2分", "中", 3, "—", 3, "财务"],
    ["bonus.poorTraining", "加分：贫困人口培训率70%以上", 2, "培训率52.7%，未达70%。", "—", "—", 0, "—", 0, "—"],
    ["bonus.tvCase", "加分：电商扶贫案例电视播报", 2, "无电视媒体播报电商扶贫典型案例。", "—", "—", 0, "—", 0, "—"],
  ];
  const VETO = [["否决：安全生产、质量事故", "未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。"], ["否决：总体进度不足40%", "项目总体进度85%。"], ["否决：弄虚作假", "无弄虚作假。"]];
  assert(Math.round((94 / 126) * 1000) === 746 && Math.round((19 / 21) * 1000) === 905 && Math.round((2046 / 219000) * 10000) === 93 && Math.round((1512 / 2870) * 1000) === 527 && Math.round((3826000 / 5000000) * 1000) === 765, "texts");
  const claimed = {};
  IT.forEach((x) => { claimed[x[0]] = x[6]; });
  const cl = SCORED.reduce((a, id) => a + claimed[id], 0), gain = IT.filter((x) => SCORED.includes(x[0])).reduce((a, x) => a + x[8], 0);
  assert(cl === 75 && gain === 79, "75 now, 79 hoped got " + cl + "/" + gain);
  IT.forEach((x, i) => b.row([i + 1, x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9]]));
  VETO.forEach((v, k) => b.row([IT.length + 1 + k, v[0], "—", v[1], "—", "—", "不触发", "—", "不触发", "—"]));
  b.row(["合计", null, 104, null, null, null, `${cl}（加分0）`, null, `${gain}（加分0）`, null], "A#:B#");
  b.full("局务会意见：按现状自评得分上报；补救措施由各责任人9月10日前完成。");
  write("facts/b135-f3-pingyuan.json", {
    description:
      "梅州平远县商务局电商股的《考评失分风险研判表》（迎检前给局务会研究用）：一指标一行，列 评价指标｜分值｜现状｜可能失分点｜风险等级｜按现状自评得分｜补救措施｜补充材料后可争取得分｜责任人，后面三行否决项和合计；抬头写明“现状”按考评截止日2021年8月31日填写、“按现状自评得分”为本县自评得分。读法：claimed读“按现状自评得分”（75＋加分0），不读“补充材料后可争取得分”（79）；主观分写在现状里（项目管理 制度2、台账1；上行 调研2、促销2、标准冷链1），其余主观分就是该行自评得分（方案2、政策1、资金制度4、资金台账4、资金支出3）。事实：asOf 2021-08-31；领导小组常务副县长任组长 → deputy；实施方案2020年4月正式印发、若干措施已出台 → 是；中心2021年3月18日投入运营；免费培训、免费展示销售、免费摄影美工、统一推广品牌 → 是，“衍生增值服务暂未开展” → centerOther为false；产业园已建成 → 是；行政村126个（社区11个不算）、省定贫困村21个；第三方运营服务商、快递覆盖率100% → 是；农产品网零2020年4.16亿元、增长28.4%（没有2019年的数）；常住人口21.9万人、培训2,046人次、有劳动能力不含外出务工2,870人、参训1,512人；专栏公示方案、项目、进度三项是，“未设征求意见或监督举报窗口” → disclosureWindow为false；能统计电商扶贫 → 是；资金管理办法已制定、承建单位专用台账已建立 → 是；下达500万元、拨付382.6万元；否决行：未发生事故 → vetoIncident false，总体进度85%，无弄虚作假 → vetoFraud false。站点94个、入驻17家、覆盖率等不是键。",
    sheets: [sheet("失分风险研判", b.rows, b.merges)],
    expect: {
      facts: {
        county: "平远县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, adminVillagesStated: 126, poorVillagesStated: 21, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2020: yi("4.16"), agriRetailGrowthStated: 0.284, residentPopulation: 219000, trainingPersonTimesStated: 2046, eligiblePoorPersonsStated: 2870,
        trainedPoorPersonsStated: 1512, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: wan("382.6"), overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3 },
      leadership: "deputy",
      claimed,
    },
  });
})();

// =====================================================================================
// ledgers/b135-l1-liannan: 清远连南瑶族自治县 — ①县工信局、电信运营商《行政村光纤宽带和4G网络覆盖情况统计表》当行政村清单（“★”为省定贫困村，
// 居委会看名字、贫困村栏“/”；没有快递列）；②运营中心《电商培训教材及物料领取签收表》当培训名单（“〃”“同上”是同上一行；“补领”“代领”不是参训；
// 身份证号脱敏，两种打码方式照写）；③县商务局《宣传报道音像资料刻录登记簿》当媒体报道清单（全是电视；读首播日期不读刻录日期；自制宣传片、内部汇报片不是报道）；
// ④隐藏的《下拉选项》不是台账
// =====================================================================================
(function l1() {
  const AREA = "441826";
  const sheets = [], expect = {};
  const NM = namer(11);
  // ---------------------------------------------------------------- ① villages
  const TV = [
    ["寨岗镇", [["寨岗居委会", null], ["白芒村", false], ["金坑村", true], ["新八村", false], ["山联村", true], ["石径村", false], ["官坑村", true], ["板洞村", false], ["新寨村", false]]],
    ["大麦山镇", [["大麦山居委会", null], ["白水坑村", true], ["上洞村", true], ["黄连村", false], ["新联村", false], ["龙水村", true], ["民族村", false]]],
    ["香坪镇", [["盘石村", false], ["水口村", true], ["新坪村", false], ["太平村", false], ["大掌村", true]]],
  ];
  const recsV = [];
  {
    const b = builder(12);
    b.full("连南瑶族自治县行政村光纤宽带和4G网络覆盖情况统计表");
    b.full("县工业和信息化局　中国电信连南分公司　中国移动连南分公司　中国联通连南分公司　　2021年5月　　本表为寨岗镇、大麦山镇、香坪镇");
    b.full("说明：居委会一并统计，不属于行政村；“省定贫困村”栏：★为省定贫困村，空白为非贫困村，居委会填“/”；行政村（居委会）所在地光纤接入已通的打√。");
    b.row(["序号", "镇", "行政村（居委会）", "省定贫困村", "20户以上自然村", null, null, "村委会所在地光纤接入", null, null, "4G基站（个）", "备注"], "E#:G#", "H#:J#");
    b.row([null, null, null, null, "总数（个）", "光纤通达（个）", "4G覆盖（个）", "电信", "移动", "联通", null, null]);
    const h = b.R() - 1;
    ["A", "B", "C", "D", "K", "L"].forEach((c) => b.merge(`${c}${h}:${c}${h + 1}`));
    let no = 0;
    const tot = [0, 0, 0, 0];
    TV.forEach(([t, list]) => {
      const s0 = b.R() + 1;
      const st = [0, 0, 0, 0];
      list.forEach(([name, poor], k) => {
        no++;
        const n = 3 + ((no * 7) % 9), f = n - (no % 4 === 1 ? 2 : no % 3 === 0 ? 1 : 0), g4 = n - (no % 5 === 2 ? 1 : 0), bs = 1 + (no % 3);
        st[0] += n; st[1] += f; st[2] += g4; st[3] += bs;
        const adm = !name.endsWith("居委会");
        b.row([no, k === 0 ? t : null, name, adm ? (poor ? "★" : null) : "/", n, f, g4, "√", no % 3 === 1 ? null : "√", no % 4 === 0 ? "√" : null, bs,
          name === "新寨村" ? "2004年由原新寨、老寨两村合并" : poor && f < n ? "贫困村自然村光纤2021年底前全覆盖" : null]);
        recsV.push({ name, admin: adm, poor: adm ? poor : null, express: null });
      });
      b.merge(`B${s0}:B${b.R()}`);
      b.row([null, `${t}小计`, `${list.filter((x) => !x[0].endsWith("居委会")).length}个行政村`, null, st[0], st[1], st[2], null, null, null, st[3], null]);
      st.forEach((x, i) => { tot[i] += x; });
    });
    b.row(["合计", null, `${recsV.filter((r) => r.admin).length}个行政村、${recsV.filter((r) => !r.admin).length}个居委会`, null, tot[0], tot[1], tot[2], null, null, null, tot[3], null], "A#:B#");
    b.full("填表：县工业和信息化局信息化股　　审核：班××");
    assert(recsV.length === 21 && recsV.filter((r) => r.admin).length === 19 && recsV.filter((r) => r.poor).length === 8, "21 rows, 19 villages, 8 poor");
    sheets.push(sheet("光纤4G覆盖情况", b.rows, b.merges));
    expect["光纤4G覆盖情况"] = { kind: "villages", records: recsV };
  }

  // ---------------------------------------------------------------- ② training: 教材及物料领取签收表
  const mask = (id, k) => (k % 3 === 2 ? id.slice(0, 10) + "****" + id.slice(14) : id.slice(0, 6) + "********" + id.slice(14));
  const VN = ["白芒村", "金坑村", "山联村", "官坑村", "白水坑村", "上洞村", "龙水村", "盘石村", "水口村", "大掌村", "三江镇城西社区", "涡水镇天堂村"];
  const POOLP = [];
  for (let i = 0; i < 60; i++) {
    const sex = i % 3 === 1 ? "女" : "男";
    POOLP.push({ name: NM(sex), sex, id: makeIdSex(AREA, birthOf(i + 40, 1968, 33), 100 + ((i * 379) % 800), i % 17 === 5, sex), vil: VN[(i * 5) % VN.length] });
  }
  // sessions: [iso, cell style, 班名, person indexes, specials]
  const SS = [
    ["2020-11-12", "ditto", "农村电商基础培训班（寨岗镇）", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ["2021-03-18", "same", "瑶绣网销专题班（大麦山镇）", [12, 13, 14, 15, 16, 17, 18, 19, 20, 21]],
    ["2021-06-10", "full", "直播带货培训班（县电子商务公共服务中心）", [22, 23, 24, 2, 25, 26, 27, 28, 29, 30, 31, 32, 7, 33]],
    ["2021-08-26", "same", "农产品直播实操班（香坪镇）", [34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44]],
    ["2021-09-16", "ditto", "电商基础培训班（香坪镇二期）", [45, 46, 47, 48, 49, 50, 51, 52]],
  ];
  const DAILING = 17, BULING = 14; // 代领 in session 2 (person 17); 补领 by person 14 on 2021-03-25
  const recsT = [];
  {
    const b = builder(11);
    b.full("连南瑶族自治县电商培训教材及物料领取签收表");
    b.full("县电子商务公共服务中心　　物品：《农村电商实务》教材1本、笔记本1本、笔1支、U盘1个");
    b.full("说明：学员在培训当天报到时领取（领取日期即培训日期）；“补领”为已参训学员事后补领遗失物品，“代领”为学员本人未到、由村干部代领（不计参训）；身份证号按信息公开要求脱敏。");
    b.row(["序号", "领取日期", "培训班", "姓名", "性别", "身份证号", "所在村（社区）", "领取物品", "数量", "签名", "备注"]);
    let no = 0;
    SS.forEach(([iso, style, cls, idx], si) => {
      idx.forEach((pi, k) => {
        const p = POOLP[pi];
        no++;
        const first = k === 0;
        const dateCell = style === "full" ? (k % 2 ? fmtDot(iso) : D(iso)) : first ? (style === "ditto" ? fmtDot(iso) : fmtCn(iso)) : style === "ditto" ? "〃" : "同上";
        const clsCell = style === "full" || first ? cls : style === "ditto" ? "〃" : "同上";
        const dl = si === 1 && pi === DAILING;
        b.row([no, dateCell, clsCell, p.name, p.sex, mask(p.id, pi), p.vil, "教材、笔记本、笔、U盘", 4, dl ? "金××（代）" : p.name, dl ? "代领（本人未到）" : null]);
        if (!dl) recsT.push({ date: iso, personTimes: 1, id: mask(p.id, pi).toUpperCase() });
      });
      if (si === 1) {
        const p = POOLP[BULING];
        no++;
        b.row([no, "2021.3.25", "瑶绣网销专题班（大麦山镇）", p.name, p.sex, mask(p.id, BULING), p.vil, "U盘", 1, p.name, "补领（3月18日已参训，U盘遗失）"]);
      }
    });
    b.full("发放人：运营中心 房××　　核对：县商务局电商股");
    const rawX = b.rows.filter((r) => typeof r[5] === "string" && /x$/i.test(r[5]));
    assert(recsT.length === 54 && recsT.filter((r) => r.date <= AS_OF).length === 46 && rawX.length >= 1, "54 records (46 by cut-off) got " + recsT.length);
    // one masked id with a lower-case x, as typed
    const lx = b.rows.find((r) => typeof r[5] === "string" && r[5].endsWith("X") && r[10] === null);
    lx[5] = lx[5].slice(0, 17) + "x";
    sheets.push(sheet("教材领取签收", b.rows, b.merges));
    expect["教材领取签收"] = { kind: "training", records: recsT };
  }

  // ---------------------------------------------------------------- ③ media: 音像资料刻录登记簿
  // [编号, 名称, 频道/栏目, 首播 iso|null, 首播 cell, 时长, 来源, 刻录 iso, level|null]
  const MD = [
    ["LN-GP-2020-01", "连南：瑶山电商服务站开进村", "连南瑶族自治县融媒体中心《连南新闻》", "2020-10-15", "2020.10.15", "2分08秒", "县融媒体中心拷贝", "2020-10-20", "county"],
    ["LN-GP-2020-02", "瑶绣搭上直播快车", "清远广播电视台《清远新闻联播》", "2020-12-03", D("2020-12-03"), "1分46秒", "清远台拷贝", "2020-12-11", "city"],
    ["LN-GP-2021-01", "广东连南：电商助力瑶乡群众增收", "广东广播电视台珠江频道《珠江新闻眼》", "2021-02-08", "2021年2月8日", "2分31秒", "网上下载", "2021-02-20", "province"],
    ["LN-GP-2021-02", "连南瑶族自治县电子商务进农村宣传片", "—（县商务局委托拍摄，未公开播出）", null, "—", "5分00秒", "制作公司交付", "2021-03-30", null],
    ["LN-GP-2021-03", "瑶山好物卖全国", "中央广播电视总台农业农村频道（CCTV-17）《乡村振兴资讯》", "2021-05-21", "2021.5.21", "1分58秒", "网上下载", "2021-05-28", "national"],
    ["LN-GP-2021-04", "我县直播带货培训班开班", "连南瑶族自治县融媒体中心《连南新闻》", "2021-06-10", D("2021-06-10"), "1分22秒", "县融媒体中心拷贝", "2021-06-18", "county"],
    ["LN-GP-2021-05", "2021年迎检工作汇报片", "—（内部汇报使用）", null, "—", "8分15秒", "运营中心制作", "2021-08-30", null],
    ["LN-GP-2021-06", "连南：电商服务站成了瑶寨“百宝箱”", "清远广播电视台《清远新闻联播》", "2021-09-07", "2021.9.7", "2分02秒", "清远台拷贝", "2021-09-13", "city"],
  ];
  {
    const b = builder(11);
    b.full("连南瑶族自治县商务局宣传报道音像资料刻录登记簿");
    b.full("电视新闻报道按首播日期登记，刻录光盘归档；非新闻报道的音像资料（宣传片、汇报片）一并刻录登记，“播出频道”填“—”。");
    b.row(["光盘编号", "节目（报道）名称", "播出频道／栏目", "首播日期", "时长", "资料来源", "刻录日期", "刻录人", "份数", "存放位置", "备注"]);
    MD.forEach((m, i) => b.row([m[0], m[1], m[2], m[4], m[5], m[6], [fmtDot, D][i % 2](m[7]), "房××", m[8] ? 2 : 1, "局档案室光盘柜A-" + (i + 1), m[8] === "national" ? "央视报道" : null]));
    sheets.push(sheet("音像资料刻录登记", b.rows, b.merges));
    expect["音像资料刻录登记"] = { kind: "media", records: MD.filter((m) => m[3]).map((m) => ({ date: m[3], level: m[8], tv: true })) };
  }

  // ---------------------------------------------------------------- ④ hidden helper sheet
  sheets.push(sheet("下拉选项", [["培训班", "领取物品", "播出频道"], ["农村电商基础培训班", "教材、笔记本、笔、U盘", "连南瑶族自治县融媒体中心《连南新闻》"], ["瑶绣网销专题班", "教材", "清远广播电视台《清远新闻联播》"],
    ["直播带货培训班", "U盘", "广东广播电视台珠江频道《珠江新闻眼》"], ["农产品直播实操班", "笔记本", "中央广播电视总台农业农村频道（CCTV-17）"]], null, { hidden: true }));
  expect["下拉选项"] = { kind: null };
  write("ledgers/b135-l1-liannan.json", {
    description:
      "清远连南瑶族自治县商务局交的一本台账，四个表，三个是借来的或别的用途的表，一个是隐藏的下拉选项表。①《光纤4G覆盖情况》是县工信局和三家运营商的行政村光纤宽带、4G覆盖统计表（两行表头：20户以上自然村 总数｜光纤通达｜4G覆盖，村委会所在地光纤接入 电信｜移动｜联通；镇名纵向合并；镇小计、合计行）。读法：没有“类型”列，看名字：“寨岗居委会”“大麦山居委会”不是行政村（admin false，贫困村栏“/” → null）；“省定贫困村”栏说明写明★为是、空白为否 → ★8个 true，空白 false；没有快递列 → express null；“新寨村”备注两村合并是一个村。共21条（行政村19个）。②《教材领取签收》是运营中心的培训教材及物料领取签收表，说明写明领取日期即培训日期：一名学员一行；有的班只在第一行写日期、培训班，下面写“〃”或“同上”＝同上一行；3月25日那行是“补领”（3月18日已参训的学员补领U盘）→ 不是参训；3月18日班里一行“代领（本人未到）” → 不是参训；同一人参加两个班算两行；身份证号脱敏，两种打码（前6后4、前10后4）照写，有一个末位小写x读作X；9月16日那班照列。共54条（截至8月31日46条）。③《音像资料刻录登记》是县商务局电视报道光盘刻录登记簿：日期读“首播日期”，不读“刻录日期”；级别看播出频道：CCTV-17 → national，广东广播电视台珠江频道 → province，清远广播电视台 → city，连南县融媒体中心 → county；都是电视 → tv true；县商务局委托拍摄未公开播出的宣传片、内部迎检汇报片（频道“—”）不是报道；9月7日清远台照列。共6条。④《下拉选项》是隐藏的数据有效性选项表，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b135-l2-zijin: 河源紫金县 — ①电商股《报表报送台历》：一个月一块（星期一到日七列，日期行下面一行写事项），只有“【市】”开头的是报市商务局的报表；
// “＋扶贫”＝附电商扶贫统计表；“市局退回”不是报送；②紫金农商银行《助农金融服务点与村级电商服务站合建情况表》当站点清单（只有合建的有电商站挂牌日期）；
// ③第三方监测机构《政府网站专栏内容检查结果》当专栏更新记录（只算“信息页”，读发布时间的日期；栏目首页、子栏目页不是更新）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  const NM = namer(23);
  // ---------------------------------------------------------------- ① 报表报送台历 (reports)
  const EV = {}; // iso → [text]
  const add = (iso, t) => { (EV[iso] = EV[iso] || []).push(t); };
  const MR = [["2020-09-07", "8月", true], ["2020-10-12", "9月", true], ["2020-11-06", "10月", false], ["2020-12-07", "11月", true], ["2021-01-07", "12月", true], ["2021-02-05", "1月", true],
    ["2021-03-08", "2月", true], ["2021-04-07", "3月", true], ["2021-05-10", "4月", true], ["2021-06-07", "5月", true], ["2021-07-07", "6月", true], ["2021-08-06", "7月", true], ["2021-09-07", "8月", true]];
  MR.forEach(([d, m, pv]) => add(d, `【市】${m}电商月报${pv ? "＋扶贫" : ""}`));
  add("2020-11-09", "市局退回10月月报（缺扶贫统计）");
  add("2020-11-10", "【市】重报10月电商月报＋扶贫");
  [["2020-10-15", "三季度"], ["2021-01-12", "四季度"], ["2021-04-13", "一季度"], ["2021-07-13", "二季度"]].forEach(([d, q]) => add(d, `【市】${q}农村电商统计表`));
  [["2020-10-14", "三季度"], ["2021-01-14", "四季度"], ["2021-04-14", "一季度"], ["2021-07-14", "二季度"]].forEach(([d, q]) => add(d, `【省】商务厅农村电商统计系统填报（${q}）`));
  ["2020-09-07", "2020-12-07", "2021-03-08", "2021-06-07"].forEach((d) => add(d, "【县】报县统计局电商交易额"));
  [["2020-10-01", "国庆节"], ["2021-01-01", "元旦"], ["2021-02-12", "春节"], ["2021-04-04", "清明节"], ["2021-05-01", "劳动节"], ["2021-06-14", "端午节"],
    ["2020-09-24", "市局视频会"], ["2020-11-20", "蓝塘镇培训班"], ["2020-12-18", "专栏更新"], ["2021-03-26", "站点验收"], ["2021-05-19", "市局调研组来紫金"],
    ["2021-07-22", "专栏更新"], ["2021-08-31", "考评截止"], ["2021-09-15", "【县】报县政府考评迎检方案"]].forEach(([d, t]) => add(d, t));
  const MONTHS = [];
  for (let y = 2020, m = 9; y < 2021 || m <= 9; m === 12 ? (y++, m = 1) : m++) MONTHS.push([y, m]);
  assert(MONTHS.length === 13, "13 months");
  const recsR = [];
  {
    const b = builder(7);
    b.full("紫金县商务局电商股报表报送台历（2020年9月—2021年9月）");
    b.full("图例：【市】报河源市商务局　【县】报县政府、县统计局等　【省】省商务厅系统填报　　“＋扶贫”表示附电商扶贫统计表；无标注的为其他工作安排（不是报送）");
    MONTHS.forEach(([y, m]) => {
      b.full(`${y}年${m}月`);
      b.row(["一", "二", "三", "四", "五", "六", "日"]);
      const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
      let col = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
      let nums = Array(7).fill(null), evs = Array(7).fill(null);
      const flush = () => { b.row(nums); b.row(evs); nums = Array(7).fill(null); evs = Array(7).fill(null); };
      for (let d = 1; d <= n; d++) {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        nums[col] = d;
        if (EV[iso]) evs[col] = EV[iso].join("\n");
        col++;
        if (col === 7) { flush(); col = 0; }
      }
      if (col > 0) flush();
    });
    b.full("电商股 钟××　　每月初核对一次");
    // records in sheet order
    let cur = null;
    b.rows.forEach((r, i) => {
      const t = r[0];
      if (typeof t === "string" && /^\d{4}年\d+月$/.test(t)) cur = t.match(/^(\d{4})年(\d+)月$/).slice(1).map(Number);
      if (i > 0 && cur && r.some((c) => typeof c === "string" && c.includes("【"))) {
        const prev = b.rows[i - 1];
        r.forEach((c, j) => {
          if (typeof c !== "string") return;
          c.split("\n").forEach((line) => {
            if (!line.startsWith("【市】")) return;
            const iso = `${cur[0]}-${String(cur[1]).padStart(2, "0")}-${String(prev[j]).padStart(2, "0")}`;
            assert(new Date(iso + "T00:00:00Z").getUTCDay() % 6 !== 0, "weekday " + iso);
            recsR.push({ date: iso, poverty: line.includes("＋扶贫") });
          });
        });
      }
    });
    assert(recsR.length === 18 && recsR.filter((r) => r.poverty).length === 13 && monthsCovered(recsR.map((r) => r.date)) === 12, "18 reports, 13 with poverty");
    sheets.push(sheet("报表报送台历", b.rows, b.merges));
    expect["报表报送台历"] = { kind: "reports", records: recsR };
  }

  // ---------------------------------------------------------------- ② 助农金融服务点与电商服务站合建情况表 (stations)
  // [town, 服务点名称, 所在村, 设立 iso, 合建, 挂牌 iso|null, 挂牌 cell, note]
  const FP = [
    ["紫城镇", "城南社区助农金融服务点", "城南社区", "2018-05-10", true, "2020-09-25", D("2020-09-25"), "社区站点"],
    ["紫城镇", "桂山村助农金融服务点", "桂山村委会", "2017-11-02", true, "2020-10-16", "2020.10.16", null],
    ["紫城镇", "新庄村助农金融服务点", "新庄村委会", "2018-03-21", false, null, "—", "村内无合适场地"],
    ["紫城镇", "塘下村助农金融服务点", "塘下村委会", "2019-06-12", true, "2021-01-08", "2021年1月8日", null],
    ["蓝塘镇", "蓝塘村助农金融服务点", "蓝塘村", "2016-08-30", true, "2020-11-20", "2020.11.20", null],
    ["蓝塘镇", "凤凰村助农金融服务点", "凤凰村", "2018-09-14", true, "2021-03-16", "2021/3/16", null],
    ["蓝塘镇", "布心村助农金融服务点", "布心村", "2019-04-03", false, null, "—", null],
    ["蓝塘镇", "上村村助农金融服务点", "上村村", "2020-12-01", true, "2021-05-28", "2021.5.28", "服务点与电商站同时筹建"],
    ["古竹镇", "古竹村助农金融服务点", "古竹村", "2017-07-19", true, "2020-12-10", D("2020-12-10"), null],
    ["古竹镇", "江口村助农金融服务点", "江口村", "2018-10-25", false, null, "—", "电商站设在村委会，未与服务点合建"],
    ["古竹镇", "禾坑村助农金融服务点", "禾坑村", "2019-01-16", true, "2021-07", "2021年7月", null],
    ["古竹镇", "竹园村助农金融服务点", "竹园村", "2019-08-08", false, null, "—", null],
    ["九和镇", "九和村助农金融服务点", "九和村委会", "2017-05-04", true, "2021-04-09", "2021.4.9", null],
    ["九和镇", "彭坑村助农金融服务点", "彭坑村委会", "2018-12-20", true, "2021-08-30", "2021.8.30", null],
    ["九和镇", "下村村助农金融服务点", "下村村委会", "2020-03-11", false, null, "—", null],
    ["九和镇", "黄布村助农金融服务点", "黄布村委会", "2018-06-27", true, "2020-12-22", "2020年12月22日", null],
    ["九和镇", "上坝村助农金融服务点", "上坝村委会", "2019-10-15", true, "2021-09-03", "2021.9.3", "9月新挂牌"],
  ];
  {
    const b = builder(11);
    b.full("紫金农商银行助农金融服务点与村级电商服务站合建情况表");
    b.full("紫金农商银行普惠金融部　　2021年9月更新　　“电商服务站挂牌日期”填县商务局授牌的村级电商服务站挂牌日期；未与电商服务站合建的填“—”。本表为紫城、蓝塘、古竹、九和四镇。");
    b.row(["序号", "镇", "服务点名称", "所在村（社区）", "服务点设立日期", "布放机具", "是否与村级电商服务站合建", "电商服务站挂牌日期", "服务点负责人", "联系电话", "备注"]);
    let s0 = null;
    FP.forEach((f, i) => {
      if (i === 0 || FP[i - 1][0] !== f[0]) s0 = b.R() + 1;
      b.row([i + 1, s0 === b.R() + 1 ? f[0] : null, f[1], f[2], fmtDot(f[3]), ["助农取款机", "助农取款机、POS机", "智能终端"][i % 3], f[4] ? "是" : "否", f[6], NM(i % 3 === 0 ? "女" : "男"), phoneMask(i + 70), f[7]]);
      if (!FP[i + 1] || FP[i + 1][0] !== f[0]) b.merge(`B${s0}:B${b.R()}`);
    });
    b.row(["合计", null, `服务点${FP.length}个，其中与村级电商服务站合建${FP.filter((f) => f[4]).length}个`, null, null, null, null, null, null, null, null], "A#:B#", "C#:K#");
    sheets.push(sheet("助农服务点合建情况", b.rows, b.merges));
    expect["助农服务点合建情况"] = { kind: "stations", records: FP.filter((f) => f[4]).map((f) => ({ village: f[2], opened: f[5] })) };
    assert(FP.filter((f) => f[4]).length === 12, "12 stations");
  }

  // ---------------------------------------------------------------- ③ 网站专栏内容检查结果 (disclosures)
  // [类型, 标题, 子栏目, 发布时间 text|null, 检查结果, 问题描述]
  const PG = [
    ["栏目首页", "电子商务进农村综合示范", "—", null, "正常", null],
    ["子栏目页", "创建方案", "创建方案", null, "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范县创建工作方案", "创建方案", "2019-12-26 09:15:00", "正常", null],
    ["子栏目页", "项目信息", "项目信息", null, "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目基本信息表", "项目信息", "2020-06-12 10:02:11", "附件无法下载", "附件链接失效"],
    ["信息页", "紫金县电子商务进农村综合示范项目招标结果公示", "项目信息", "2020-08-21 15:40:37", "正常", null],
    ["子栏目页", "建设进度", "建设进度", null, "更新不及时", "2021年2月无更新"],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2020年9月）", "建设进度", "2020-10-14 16:22:05", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2020年10月）", "建设进度", "2020-11-16 11:08:43", "错别字1处", "“拨付”误为“拔付”"],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2020年11月）", "建设进度", "2020-12-18 17:31:20", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2020年12月）", "建设进度", "2021-01-18 09:47:52", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2021年1—2月）", "建设进度", "2021/3/22 9:08", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2021年3月）", "建设进度", "2021-04-19 15:12:30", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2021年4月）", "建设进度", "2021-05-17 10:26:14", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2021年5月）", "建设进度", "2021/6/21 16:40", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2021年6月）", "建设进度", "2021-07-22 11:55:09", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2021年7月）", "建设进度", "2021-08-16 14:03:27", "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范项目建设进度（2021年8月）", "建设进度", "2021-09-13 10:18:45", "正常", null],
    ["子栏目页", "监督举报", "监督举报", null, "正常", null],
    ["信息页", "紫金县电子商务进农村综合示范工作监督举报渠道", "监督举报", "2020-06-12 10:05:48", "正常", null],
  ];
  const isoOf = (t) => { const m = t.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/); return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`; };
  {
    const b = builder(9);
    b.full("紫金县人民政府门户网站“电子商务进农村综合示范”专栏内容检查结果");
    b.full("检查单位：河源市政府网站第三方监测服务机构　　检查时间：2021年9月15日　　检查范围：专栏全部页面（栏目首页、子栏目页、信息页）；“发布时间”为信息页在网站上的发布时间，栏目页无发布时间。");
    b.row(["序号", "页面类型", "页面标题", "所属子栏目", "发布时间", "页面地址", "检查结果", "问题描述", "整改建议"]);
    PG.forEach((p, i) => b.row([i + 1, p[0], p[1], p[2], p[3] || "—", `http://www.zijin.gov.cn/zjdszl/${p[0] === "信息页" ? "content/post_" + (40100 + i * 37) + ".html" : "index" + (i ? "_" + i : "") + ".html"}`, p[4], p[5],
      p[4] === "正常" ? null : p[4] === "更新不及时" ? "按月更新建设进度" : "请及时整改"]));
    b.full(`共检查页面${PG.length}个，发现问题3个。`);
    const recsD = PG.filter((p) => p[0] === "信息页").map((p) => ({ date: isoOf(p[3]) }));
    assert(recsD.length === 15 && monthsCovered(recsD.map((r) => r.date)) === 10, "15 info pages, 10 months in the window");
    sheets.push(sheet("专栏内容检查结果", b.rows, b.merges));
    expect["专栏内容检查结果"] = { kind: "disclosures", records: recsD };
  }
  write("ledgers/b135-l2-zijin.json", {
    description:
      "河源紫金县商务局交的一本台账，三个表都不是按台账格式做的。①《报表报送台历》是电商股的报送台历：一个月一块（合并的“2020年9月”标题行、一到日的星期行，然后每周两行：上一行是日期数字，下一行在对应日期下写事项），2020年9月到2021年9月共13块。读法：日期＝块标题的年月＋上一行的日数；图例写明只有“【市】”开头的是报河源市商务局的报表（月报、季度农村电商统计表），“【县】”“【省】”和无标注的（市局视频会、专栏更新、节假日、“市局退回10月月报”）不是；一格里两件事（“【市】8月电商月报＋扶贫”和“【县】报县统计局电商交易额”）只取【市】那件；“＋扶贫”＝附电商扶贫统计表 → poverty true，季度统计表和11月6日那份被退回的10月月报没有 → false，11月10日重报的有 → true；9月7日的8月月报照列。共18条。②《助农服务点合建情况》是紫金农商银行助农金融服务点与村级电商服务站合建情况表：只有“是否合建”为“是”、有“电商服务站挂牌日期”的才是电商服务站，读挂牌日期，不读服务点设立日期；“否”“—”的只是金融服务点；城南社区站照列；禾坑村“2021年7月”只到月；上坝村9月3日照列。共12个站点。③《专栏内容检查结果》是第三方监测机构对政府网站专栏的检查表：只有“信息页”是专栏的一次更新，栏目首页、子栏目页（发布时间“—”）不是；日期读“发布时间”的日期部分（“2020-10-14 16:22:05”、“2021/3/22 9:08”）；检查出错别字、附件无法下载的页面照样是更新；2019年12月的创建方案、9月13日的8月进度照列。共15条（2020年9月—2021年8月窗口里有10个月，2020年9月、2021年2月没有）。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
