// Batch 143 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b142.js)
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
const monthsAfter = (iso) => WINDOW.filter((m) => m > iso.slice(0, 7)).length; // 开业次月起计发, within 2020-09 … 2021-08
const p2 = (n) => String(n).padStart(2, "0");
const fmtMD = (iso) => `${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
const fmtDT = (iso, h, m, s) => `${iso} ${p2(h)}:${p2(m)}:${p2(s)}`;
const money2 = (n) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const cents = (c) => Math.round(c) / 100;   // integer hundredths → number
// age on a day, from an 8-digit birth date
const ageOn = (birth, iso) => { const y = +iso.slice(0, 4) - +birth.slice(0, 4); return iso.slice(5, 7) + iso.slice(8, 10) >= birth.slice(4, 8) ? y : y - 1; };
const p3 = (n) => String(n).padStart(3, "0");
const fmtYM = (ym) => `${+ym.slice(0, 4)}年${+ym.slice(5, 7)}月`;
// a mind-map (XMind) outline flattened the way its Excel export does: one row per leaf path, a parent only on its first row
function flattenTree(node, W) {
  const rows = [];
  let cur = Array(W).fill(null);
  const walk = (n, d, first) => {
    const [text, kids] = Array.isArray(n) ? n : [n, null];
    assert(d < W, "tree too deep " + text);
    if (!first) cur = Array(W).fill(null);
    cur[d] = text;
    if (kids && kids.length) kids.forEach((k, i) => walk(k, d + 1, i === 0));
    else rows.push(cur);
  };
  walk(node, 0, true);
  return rows;
}


const DIG = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d));   // full-width digits
// village names from two syllable sets, unique, never equal to a town's stem
function villageNames(p1, p2, n, mul, stems) {
  const cand = [];
  p1.split("").forEach((a, i) => p2.split("").forEach((b, j) => cand.push([(i * mul[0] + j * mul[1] + i * j * mul[2]) % mul[3], a + b])));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const out = [...new Set(cand.map((c) => c[1]))].filter((x) => !stems.includes(x)).map((x) => x + "村").slice(0, n);
  assert(out.length === n, "village names " + out.length);
  return out;
}


// =====================================================================================
// counties/b143-c1-jiexi: 揭阳揭西县 — 《考评材料一致性核查表》（同一数据在自评报告稿、工作总结稿、台账里的写法对照，只有“采用值”列作数）；
// 县公安局《一村（社区）一辅警配备表》当村名单（264个村 > 200，基数封顶）；《省定贫困村光伏扶贫电站一览》当贫困村名单（表末镇级联建电站不是村）；
// 运营商《站点合作协议签订登记簿》（读“开业日期”，续签行是同一站点，未开业、9月开业不算）；《培训班开班备案及结业审核登记表》（读“审核确认人次”、
// 结业日期）；《产业园公告栏》（入驻／退出／更名公告，按“生效日期”）；财政国库与商务局《专项资金对账单》（退票冲减、在途不算）；
// 《工作月报期刊目录》（按报送日期算月份，不按报告期）；网站改版时导出的《专栏网页sitemap》（lastmod是迁移日期，发布日期在链接里）；
// 《播出（刊发）证明登记》（读播出日期，不读证明开具日期）；《经验材料报送去向表》（只看“市商务局”列）
// =====================================================================================
(function c1() {
  const AREA = "445222";
  const USED = new Set();
  const sheets = [];
  const TOWNS = ["河婆街道", "龙潭镇", "南山镇", "灰寨镇", "京溪园镇", "五经富镇", "五云镇", "上砂镇", "良田乡", "坪上镇", "钱坑镇", "塔头镇", "东园镇", "凤江镇", "棉湖镇", "金和镇", "大溪镇"];
  const NV = [12, 18, 14, 17, 11, 15, 16, 13, 10, 14, 19, 15, 16, 17, 20, 15, 22];
  const NC = { 河婆街道: 8, 棉湖镇: 5, 金和镇: 2, 凤江镇: 1, 钱坑镇: 1, 大溪镇: 1, 五经富镇: 1, 龙潭镇: 1, 灰寨镇: 1, 坪上镇: 1 };
  assert(sum(NV) === 264 && sum(Object.values(NC)) === 22, "264 村 + 22 社区");
  const STEMS = TOWNS.map((t) => t.replace(/(街道|镇|乡)$/, ""));
  const CW6 = ["东风", "红星", "新华", "文化", "解放", "建设", "人民", "和平"];
  const COMM = {};
  Object.keys(NC).forEach((t) => { const st = t.replace(/(街道|镇|乡)$/, ""); COMM[t] = CW6.slice(0, NC[t]).map((w) => `${st}${w}社区`); });
  const VN = villageNames("大小新上下东西南北石竹云龙黄罗高白赤", "坑塘岗田洞岭坪湾头围冲涌基沙寨陂", 264, [113, 59, 31, 1009], STEMS);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const stemOf = (v) => v.replace(/(村委会|村民委员会|村|社区)$/, "");
  // 18 省定贫困村 outside 河婆街道
  const POORK = [];
  for (let k = 15; POORK.length < 18; k += 13) { const kk = k % 264; if (VIL[kk].town !== "河婆街道" && !POORK.includes(kk)) POORK.push(kk); }
  POORK.sort((a, b) => a - b);
  const isPoor = (k) => POORK.includes(k);
  const POOR_SEPT = POORK[11];
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const covNP = nonPoor.filter((v, j) => (j * 11) % 17 < 9).slice(0, 129);
  assert(covNP.length === 129, "129 covered non-poor " + covNP.length);
  const COVK = POORK.filter((k) => k !== POOR_SEPT).concat(covNP.map((v) => v.k)).sort((a, b) => a - b);
  assert(COVK.length === 146, "146 covered");
  const uncov = VIL.filter((v) => !COVK.includes(v.k) && v.k !== POOR_SEPT);
  assert(uncov.length === 264 - 146 - 1, "uncovered");
  // ---------------------------------------------------------------- 一村一辅警配备表 (villages, no express column)
  const PCS = { 良田乡: "坪上派出所", 五云镇: "五云派出所", 上砂镇: "上砂派出所" };
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("揭西县“一村（社区）一辅警”配备情况表");
    full("揭西县公安局治安管理大队　　2021年3月　　“类别”：村＝村民委员会（行政村），社区＝社区居民委员会；“（兼）”为一名辅警兼管相邻两个村");
    rows.push(["序号", "派出所", "镇（乡、街道）", "村（社区）", "类别", "驻村（社区）辅警", "警务室", "联系电话", "备注"]);
    let no = 0;
    const groups = [];
    TOWNS.forEach((t) => { const p = PCS[t] || `${t.replace(/(街道|镇|乡)$/, "")}派出所`; let g = groups.find((x) => x.p === p); if (!g) { g = { p, towns: [] }; groups.push(g); } g.towns.push(t); });
    groups.forEach((g) => {
      const s = R() + 1;
      let nv = 0, nc = 0;
      g.towns.forEach((t) => {
        const list = (COMM[t] || []).map((c) => ({ name: c, comm: true })).concat(VIL.filter((v) => v.town === t).map((v) => ({ name: v.name, comm: false })));
        list.forEach((e, i) => {
          no++;
          if (e.comm) nc++; else nv++;
          const nm = e.comm ? e.name : no % 6 === 2 ? e.name.replace(/村$/, "村委会") : no % 29 === 11 ? e.name.replace(/村$/, "村民委员会") : e.name;
          const sex = no % 5 === 3 ? "女" : "男";
          const shared = !e.comm && no % 9 === 4;
          rows.push([no, null, i === 0 ? t : null, nm, e.comm ? "社区" : "村", (shared ? "（兼）" : "") + nameOf(no, sex, USED), e.comm || no % 4 === 0 ? "有" : "无",
            `13${4 + (no % 6)}${String(21000000 + no * 7919).slice(-8)}`, shared ? "与上一村共用辅警" : null]);
        });
      });
      rows[s - 1][1] = g.p;
      merges.push(`B${s}:B${R()}`);
      rows.push([null, "小计", null, `村${nv}个、社区${nc}个`, null, null, null, null, null]); merges.push(`B${R()}:C${R()}`);
    });
    rows.push(["合计", null, null, "村264个、社区22个，共286个", null, null, null, null, null]); merges.push(`A${R()}:C${R()}`);
    full("填表：治安大队 许××　　审核：副大队长 蔡××");
    sheets.push(sheet("一村一辅警配备表", rows, merges));
  }
  // ---------------------------------------------------------------- 光伏扶贫电站一览 (poorVillages; 镇级联建 are not villages)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("揭西县光伏扶贫电站建设及收益情况一览表");
    full("县乡村振兴局（原县扶贫办）　　2021年1月　　全县18个省定贫困村每村建有一座村级光伏扶贫电站，本表一、即全县省定贫困村名单；二、为镇级联建电站，建在镇区，不属于任何村");
    rows.push(["序号", "镇（乡）", "所在村", "电站地点", "装机容量（kW）", "并网时间", "2020年发电收益（元）", "收益分配", "管护责任人"]);
    rows.push(span("一、村级电站（省定贫困村）", W)); merges.push(`A${R()}:I${R()}`);
    const F = [fmtDot, D, fmtCn, fmt2y];
    let kw = 0, inc = 0;
    POORK.forEach((k, i) => {
      const cap = 100 + (i % 3) * 50, rev = 88000 + ((i * 6173) % 42000);
      kw += cap; inc += rev;
      rows.push([i + 1, VIL[k].town, i % 5 === 1 ? VIL[k].name.replace(/村$/, "村委会") : VIL[k].name, `${stemOf(VIL[k].name)}村委会办公楼及小学屋顶`, cap, F[i % 4](isoAdd("2018-06-20", i * 23)), rev, "村集体60%、贫困户40%", `${stemOf(VIL[k].name)}村党支部书记`]);
    });
    rows.push([null, "小计", "18个村", null, kw, null, inc, null, null]);
    rows.push(span("二、镇级联建电站（不属于村）", W)); merges.push(`A${R()}:I${R()}`);
    rows.push([1, "灰寨镇", "—（镇区）", "灰寨镇政府及中心小学屋顶", 300, "2019.5.16", 206400, "全镇建档立卡户按户分配", "镇扶贫工作站"]);
    rows.push([2, "棉湖镇", "—（镇区）", "棉湖镇农贸市场屋顶", 400, "2019/9/27", 271800, "全镇建档立卡户按户分配", "镇扶贫工作站"]);
    rows.push([null, "合计", "村级18座、镇级2座", null, kw + 700, null, inc + 478200, null, null]);
    sheets.push(sheet("光伏扶贫电站一览", rows, merges));
  }
  // ---------------------------------------------------------------- 站点合作协议签订登记簿 (stations)
  const ST = COVK.map((k, i) => ({ k, vil: VIL[k].name, town: VIL[k].town, opened: isoAdd("2020-05-11", Math.floor((i * 468) / 146)) }));
  assert(ST.every((s) => s.opened <= "2021-08-23"), "all opened by late August");
  const EXTRA = [
    { k: POOR_SEPT, vil: VIL[POOR_SEPT].name, town: VIL[POOR_SEPT].town, opened: "2021-09-10", kind: "sept" },
    { k: uncov[40].k, vil: uncov[40].name, town: uncov[40].town, opened: "2021-09", kind: "septMonth", signed: "2021-08-16" },
    { k: uncov[7].k, vil: uncov[7].name, town: uncov[7].town, opened: null, kind: "never", signed: "2021-03-22" },
    { k: uncov[77].k, vil: uncov[77].name, town: uncov[77].town, opened: null, kind: "never", signed: "2021-06-08" },
    { k: null, vil: COMM["河婆街道"][0], town: "河婆街道", opened: "2020-07-15", kind: "comm" },
    { k: null, vil: COMM["棉湖镇"][1], town: "棉湖镇", opened: "2021-01-12", kind: "comm" },
    { k: ST[30].k, vil: ST[30].vil, town: ST[30].town, opened: "2021-04-19", kind: "second" },
    { k: ST[3].k, vil: ST[3].vil, town: ST[3].town, opened: ST[3].opened, kind: "renew", signed: "2021-05-06", ref: 3 },
    { k: ST[9].k, vil: ST[9].vil, town: ST[9].town, opened: ST[9].opened, kind: "renew", signed: "2021-06-14", ref: 9 },
    { k: ST[17].k, vil: ST[17].vil, town: ST[17].town, opened: ST[17].opened, kind: "renew", signed: "2021-07-20", ref: 17 },
  ];
  ST.forEach((s, i) => { s.signed = isoAdd(s.opened, -(9 + ((i * 7) % 25))); s.kind = "std"; });
  EXTRA.forEach((e) => { if (!e.signed) e.signed = e.opened && e.opened.length === 10 ? isoAdd(e.opened, -17) : "2021-08-20"; });
  const ALLST = ST.concat(EXTRA).sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : 0));
  const covIn = new Set(ALLST.filter((s) => s.k !== null && s.opened && dateOk(s.opened)).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 146 && poorIn === 17, "146 / 17");
  assert(covIn.size * 100 >= 200 * 70 && covIn.size * 100 < 264 * 70 && covIn.size * 100 >= 264 * 50, "73% of 200 → 5; 55.3% of 264 would be 2");
  assert(poorIn * 100 >= 18 * 80 && poorIn < 18, "17/18 → 3");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("揭西县村级电子商务服务站合作协议签订登记簿");
    full("运营服务商：揭阳市揭西县粤茶电子商务有限公司　　按签订先后登记　　“开业日期”为站点挂牌开业日期；协议一年一签，“续签”是同一站点续签协议，不是新站点；“未开业”的站点只签了协议");
    rows.push(["登记序号", "协议编号", "站点名称", "镇（乡、街道）", "所在村（社区）", "站长", "站长身份证号", "协议签订日期", "开业日期", "协议期限", "状态", "备注"]);
    const FS = [fmtDot, D, fmtSlash, fmtCn, fmt2y];
    const FO = [D, fmtCn, fmtDot, D, fmtSlash, fmt2y, fmtDot];
    const keeper = new Map();
    let seq = 0;
    ALLST.forEach((s, i) => {
      const masked = s.kind === "renew" ? keeper.get(s.ref)[1] : `${AREA}********${String(1000 + ((i * 6997) % 9000)).slice(-4)}`;
      const kname = s.kind === "renew" ? keeper.get(s.ref)[0] : nameOf(300 + i, i % 3 === 0 ? "男" : "女", USED);
      if (s.kind === "std") keeper.set(ST.indexOf(s), [kname, masked]);
      seq++;
      const no = `JXDS-${s.signed.slice(0, 4)}-${p3(seq)}${s.kind === "renew" ? "（续）" : ""}`;
      const stn = s.kind === "second" ? `${stemOf(s.vil)}村电商服务站（第二服务点）` : s.k === null ? `${s.vil}电商服务站` : `${stemOf(s.vil)}村电商服务站`;
      const vilCell = s.k === null ? s.vil + "居委会" : i % 8 === 5 ? s.vil.replace(/村$/, "村委会") : s.vil;
      let oc;
      if (!s.opened) oc = null;
      else if (s.kind === "septMonth") oc = "2021年9月";
      else oc = FO[i % FO.length](s.opened);
      const term = s.opened ? `${+s.signed.slice(0, 4)}.${+s.signed.slice(5, 7)}—${+s.signed.slice(0, 4) + 1}.${+s.signed.slice(5, 7)}` : "—";
      const status = !s.opened ? "未开业" : s.kind === "renew" ? "续签" : (s.opened.length === 10 && s.opened > AS_OF) || s.kind === "septMonth" ? "已开业（9月）" : "履行中";
      const note = s.kind === "renew" ? `续签，原协议见登记序号${ALLST.indexOf(ST[s.ref]) + 1}` : s.kind === "never" ? "村委会选址调整，暂未开业" : s.kind === "second" ? "同村第二个服务点（圩镇）" : s.kind === "comm" ? "社区站" : null;
      rows.push([seq, no, stn, s.town, vilCell, kname, masked, FS[i % FS.length](s.signed), oc, term, status, note]);
    });
    full(`共登记${ALLST.length}份协议（其中续签3份）。　　登记人：运营服务商 林××　　县商务局电商股核对：彭××`);
    sheets.push(sheet("站点协议登记簿", rows, merges));
  }
  // ---------------------------------------------------------------- 培训班开班备案及结业审核登记表 (training: 审核确认人次)
  const TOP = ["农村电商基础", "网店开设与运营", "直播带货", "短视频制作", "农产品摄影美工", "社群营销", "电商客服", "揭西擂茶网销专题", "电商扶贫专题（脱贫户）", "电商物流与包装"];
  const CLS = [];
  for (let i = 0; i < 52; i++) {
    const start = isoAdd("2020-06-08", Math.floor((i * 440) / 52));
    const days = i % 4 === 2 ? 2 : 1;
    const att = 86 + ((i * 37) % 41);
    CLS.push({ start, end: isoAdd(start, days - 1), days, plan: att + 5 + (i % 7), att, conf: att - (6 + ((i * 7) % 11)), poor: 8 + ((i * 5) % 19), topic: TOP[i % TOP.length], town: TOWNS[(i * 5) % 17], st: "已结业" });
  }
  assert(CLS.every((c) => c.end <= "2021-08-27"), "52 classes end by 08-27");
  // tune one class so that the confirmed total is 4,936
  let delta = 4936 - sum(CLS.map((c) => c.conf));
  for (let j = 0; delta !== 0; j = (j + 7) % CLS.length) {
    const c = CLS[j], st = Math.sign(delta);
    if (c.conf + st <= c.att - 2 && c.conf + st >= c.att - 18) { c.conf += st; delta -= st; }
  }
  assert(CLS.every((c) => c.conf <= c.att - 2), "tuned");
  CLS.push({ start: "2021-08-30", end: "2021-09-01", days: 3, plan: 130, att: 121, conf: 114, poor: 22, topic: "直播带货", town: "河婆街道", st: "已结业" });
  CLS.push({ start: "2021-07-21", end: "2021-07-21", days: 1, plan: 100, att: null, conf: null, poor: null, topic: "农村电商基础", town: "上砂镇", st: "取消" });
  CLS.push({ start: "2021-09-09", end: "2021-09-09", days: 1, plan: 110, att: 104, conf: 97, poor: 15, topic: "网店开设与运营", town: "凤江镇", st: "已结业" });
  CLS.push({ start: "2021-09-23", end: "2021-09-24", days: 2, plan: 120, att: null, conf: null, poor: null, topic: "短视频制作", town: "钱坑镇", st: "已备案，未开班" });
  CLS.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const CONF_IN = sum(CLS.filter((c) => c.conf !== null && c.end <= AS_OF).map((c) => c.conf));
  const ATT_IN = sum(CLS.filter((c) => c.att !== null && c.end <= AS_OF).map((c) => c.att));
  const POP = 673100, BASE = Math.min(POP, 500000);
  assert(CONF_IN === 4936 && CONF_IN * 1000 >= BASE * 8 && CONF_IN * 100 < BASE, "4,936 / 500,000 = 0.99% → 8");
  assert(ATT_IN * 100 >= BASE && (CONF_IN + 114) * 100 >= BASE, "实到 or the 8-30 class read at its start would reach 1%");
  {
    const W = 14, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:N${R()}`); };
    full("揭西县农村电商培训班开班备案及结业审核登记表");
    full("县商务局电商股　　承训单位开班前备案“计划人数”，结业后报签到表；“审核确认人次”由电商股按签到表和身份证复印件核定（剔除签到不全、身份信息不全的），考评以“审核确认人次”为准；多天的班按结业日期统计，一人参加一期算1人次");
    rows.push(["班次", "培训主题", "培训地点", "开班日期", "结业日期", "天数", "备案计划人数", "实到人数（签到）", "审核确认人次", "其中建档立卡贫困人口", "承训单位", "状态", "审核人", "备注"]);
    const FD = [D, fmtDot, fmtCn, fmtSlash, D, fmt2y];
    let conf = 0, att = 0, plan = 0;
    CLS.forEach((c, i) => {
      const endCell = c.days === 1 ? "当天" : FD[(i + 1) % FD.length](c.end);
      rows.push([`JX-PX${p3(i + 1)}`, c.topic, `${c.town}${i % 3 === 0 ? "电商服务站" : "文化站"}`, FD[i % FD.length](c.start), endCell, c.days, c.plan, c.att, c.conf, c.poor,
        i % 2 ? "揭阳市揭西县粤茶电子商务有限公司" : "揭西县电子商务公共服务中心", c.st, c.conf === null ? null : `${"彭郑"[i % 2]}××`,
        c.st === "取消" ? "台风“查帕卡”影响取消" : c.start === "2021-08-30" ? "跨考评截止日，按结业日期9月1日统计" : c.st.startsWith("已备案") ? "计划10月开班" : null]);
      plan += c.plan; att += c.att || 0; conf += c.conf || 0;
    });
    rows.push(["合计", null, null, null, null, null, plan, att, conf, sum(CLS.map((c) => c.poor || 0)), null, null, null, null]); merges.push(`A${R()}:F${R()}`);
    full("注：“结业日期”写“当天”的为一天班。　　登记：电商股 郑××");
    sheets.push(sheet("培训班备案及审核", rows, merges));
  }
  // ---------------------------------------------------------------- 产业园公告栏 (enterprises: 入驻／退出／更名公告, 生效日期)
  // [name, seq, type, 入驻公告发布, 入驻生效, 退出 [发布, 生效] | null, 更名 [发布, 生效, 新名] | null, 拟入驻公示 iso | null]
  const EN = [
    ["揭阳市揭西县粤茶电子商务有限公司", 1, "电商运营商", "2020-09-25", "2020-10-08", null, null, null],
    ["中国邮政集团有限公司揭西县分公司邮乐购运营中心", 2, "平台型", "2020-09-25", "2020-10-08", null, null, null],
    ["揭西县擂茶坊网络科技有限公司", 3, "销售型", "2020-10-16", "2020-10-20", null, null, "2020-09-30"],
    ["揭西县京溪园茶业网店", 4, "销售型", "2020-10-16", "2020-10-20", null, null, null],
    ["揭西县韵达快递河婆分部", 5, "物流企业", "2020-11-06", "2020-11-10", null, null, null],
    ["揭西县五经富竹笋电子商务有限公司", 6, "销售型", "2020-11-06", "2020-11-16", ["2021-03-12", "2021-03-15"], null, null],
    ["揭西县青创直播传媒有限公司", 7, "直播服务", "2020-12-04", "2020-12-07", null, ["2021-05-14", "2021-05-17", "揭西县青创文化传媒有限公司"], "2020-11-20"],
    ["揭西县乡味通供应链管理有限公司", 8, "平台型", "2020-12-04", "2020-12-14", null, null, null],
    ["揭西县坪上李子网店", 9, "销售型", "2020-12-18", "2020-12-21", null, null, null],
    ["揭西县云端代运营服务有限公司", 10, "电商运营商", "2021-01-08", "2021-01-11", null, null, null],
    ["揭西县棉湖腌菜电子商务有限公司", 11, "销售型", "2021-01-08", "2021-01-18", ["2021-07-02", "2021-07-05"], null, null],
    ["揭西县灰寨客家娘酒网店", 12, "销售型", "2021-03-05", "2021-03-08", null, null, null],
    ["揭西县顺丰速运金和营业点", 13, "物流企业", "2021-03-05", "2021-03-15", null, null, null],
    ["揭西县大溪番薯干电子商务有限公司", 14, "销售型", "2021-03-26", "2021-03-29", null, null, "2021-03-12"],
    ["揭西县凤江菜脯网店", 15, "销售型", "2021-04-16", "2021-04-19", ["2021-09-10", "2021-09-15"], null, null],
    ["揭西县山野优品商贸有限公司", 16, "销售型", "2021-04-16", "2021-04-26", null, null, null],
    ["揭西县冷鲜配送有限公司", 17, "物流企业", "2021-05-14", "2021-05-17", null, null, null],
    ["揭西县龙潭百香果电子商务有限公司", 18, "销售型", "2021-05-28", "2021-06-01", null, null, null],
    ["揭西县益农信息服务有限公司", 19, "电商运营商", "2021-06-18", "2021-06-21", null, null, null],
    ["揭西县南山蜂蜜网店", 20, "销售型", "2021-07-09", "2021-07-12", null, null, "2021-06-25"],
    ["揭西县茶香里电子商务有限公司", 21, "销售型", "2021-07-30", "2021-08-02", null, null, null],
    ["揭西县东园农品汇网店", 24, "销售型", "2021-08-13", "2021-08-16", null, null, null],
    ["揭西县上砂竹编文创工作室", 22, "销售型", "2021-08-27", "2021-09-01", null, null, "2021-08-13"],
  ];
  const GIVEUP = ["揭西县好物甄选电子商务有限公司", 23, "平台型", "2021-06-04"];
  const inPark = EN.filter((e) => e[4] <= AS_OF && !(e[5] && e[5][1] <= AS_OF));
  assert(inPark.length === 20 && new Set(inPark.map((e) => e[2])).size >= 3, "20 in the park at the cut-off");
  assert(EN.filter((e) => e[3] <= AS_OF && !(e[5] && e[5][1] <= AS_OF)).length === 21, "by publication date it would be 21");
  {
    const ev = [];
    EN.forEach((e) => {
      if (e[7]) ev.push([e[7], "拟入驻公示", e[0], e[1], e[2], null, `${e[0]}申请入驻园区，经园区管委会审核同意，现予公示，公示期5个工作日`]);
      ev.push([e[3], "入驻", e[0], e[1], e[2], e[4], `${e[0]}正式入驻揭西县电子商务产业园`]);
      if (e[6]) ev.push([e[6][0], "更名", e[6][2], e[1], "—", e[6][1], `${e[0]}经市场监管部门核准更名为${e[6][2]}，在园主体不变（统一社会信用代码不变）`]);
      if (e[5]) ev.push([e[5][0], "退出", e[6] ? e[6][2] : e[0], e[1], "—", e[5][1], `${e[0]}因经营调整退出园区，已办结退园手续`]);
    });
    ev.push([GIVEUP[3], "拟入驻公示", GIVEUP[0], GIVEUP[1], GIVEUP[2], null, `${GIVEUP[0]}申请入驻园区，经园区管委会审核同意，现予公示，公示期5个工作日`]);
    ev.push(["2021-06-18", "公示结果", GIVEUP[0], GIVEUP[1], "—", null, `${GIVEUP[0]}公示期满后书面放弃入驻`]);
    ev.push(["2021-04-02", "其他", "—", null, "—", "2021-04-06", "园区二楼B区工位调整，请相关企业4月6日前完成搬迁"]);
    ev.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("揭西县电子商务产业园公告栏（公告汇总）");
    full("园区管委会办公室　　2020年9月—2021年9月　　“生效日期”为入驻、退出、更名实际生效的日期；“拟入驻公示”只是公示，公示后另发入驻公告才算入驻；更名的是同一家企业");
    rows.push(["公告编号", "发布日期", "公告事项", "企业名称", "统一社会信用代码", "企业类型", "生效日期", "公告内容摘要"]);
    const F = [fmtDot, D, fmtCn, fmtSlash];
    ev.forEach((e, i) => rows.push([`园公〔${e[0].slice(0, 4)}〕${i + 1}号`, F[i % 4](e[0]), e[1], e[2], e[3] === null ? "—" : creditCode(AREA, e[3]), e[4], e[5] ? F[(i + 2) % 4](e[5]) : "—", e[6]]));
    full("录入：园区办 詹××");
    sheets.push(sheet("产业园公告栏", rows, merges));
  }
  // ---------------------------------------------------------------- 专项资金对账单 (funds)
  // [iso, 凭证号, 收款单位, 用途, amount]
  const PAID = [
    ["2020-10-20", "揭阳市揭西县粤茶电子商务有限公司", "县级电子商务公共服务中心装修首期款", 900000],
    ["2020-11-25", "揭阳市揭西县粤茶电子商务有限公司", "村级站点建设第一批", 600000],
    ["2020-12-30", "揭西县电子商务公共服务中心", "电商培训服务费（第一批）", 300000],
    ["2021-01-28", "揭西县邮政分公司", "农村物流配送体系建设", 450000],
    ["2021-03-16", "揭阳市揭西县粤茶电子商务有限公司", "村级站点建设第二批", 380000],
    ["2021-03-19", "揭阳市揭西县粤茶电子商务有限公司", "退票：3月16日站点建设第二批（收款账号有误，资金退回国库）", -380000],
    ["2021-03-24", "揭阳市揭西县粤茶电子商务有限公司", "村级站点建设第二批（重新支付）", 380000],
    ["2021-04-27", "揭阳市揭西县粤茶电子商务有限公司", "公共服务中心运营服务费", 250000],
    ["2021-06-10", "揭西县擂茶坊网络科技有限公司", "农产品品牌培育及网络推广", 270000],
    ["2021-07-22", "揭西县建工集团有限公司", "电商产业园改造工程款", 220000],
    ["2021-08-31", "揭西县电子商务公共服务中心", "电商培训服务费（第二批）", 140000],
    ["2021-09-14", "揭阳市揭西县粤茶电子商务有限公司", "县级电子商务公共服务中心装修尾款", 300000],
  ];
  const SPENT_IN = sum(PAID.filter((p) => p[0] <= AS_OF).map((p) => p[3]));
  assert(SPENT_IN === 3510000 && SPENT_IN * 100 >= 5000000 * 70, "70.2% → judged");
  assert((SPENT_IN - 140000) * 100 < 5000000 * 70, "missing the 8-31 payment would be 67.4% → −5");
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("省级电子商务进农村综合示范专项资金对账单");
    full("对账单位：揭西县财政局国库支付中心、揭西县商务局　　对账期间：2020年9月1日—2021年9月30日　　金额单位：元（负数为退票冲回）");
    rows.push(["指标文号：揭财工〔2020〕58号", null, null, "下达指标：5,000,000.00", null, "项目：省级电子商务进农村综合示范", null]); merges.push(`A${R()}:C${R()}`, `D${R()}:E${R()}`, `F${R()}:G${R()}`);
    rows.push(span("一、国库已支付明细", W)); merges.push(`A${R()}:G${R()}`);
    rows.push(["序号", "支付日期", "支付凭证号", "收款单位", "用途", "支付金额", "商务局账面"]);
    const F = [fmtDot, D, fmtCn, fmtSlash];
    PAID.forEach((p, i) => rows.push([i + 1, F[i % 4](p[0]), `4452222${p[0].replace(/-/g, "").slice(2)}${p3(11 + i * 7)}`, p[1], p[2], money2(p[3]), "已记账"]));
    const tot = sum(PAID.map((p) => p[3]));
    rows.push(["小计", null, null, null, null, money2(tot), null]); merges.push(`A${R()}:E${R()}`);
    rows.push(span("二、未达账项：商务局已申请、国库尚未支付（不是已支付）", W)); merges.push(`A${R()}:G${R()}`);
    rows.push(["序号", "申请日期", "申请单号", "收款单位", "用途", "申请金额", "未支付原因"]);
    rows.push([1, "2021.8.25", "SQ2021-0817", "揭西县融媒体中心", "电商进农村宣传推广费", money2(120000), "附件不全，已退回补正"]);
    rows.push([2, D("2021-09-27"), "SQ2021-0931", "揭西县邮政分公司", "农村物流配送体系建设尾款", money2(200000), "国库审核中"]);
    rows.push(span("三、余额调节", W)); merges.push(`A${R()}:G${R()}`);
    rows.push(["下达指标", null, null, money2(5000000), null, null, null]); merges.push(`A${R()}:C${R()}`);
    rows.push(["减：国库已支付（对账期内）", null, null, money2(tot), null, null, null]); merges.push(`A${R()}:C${R()}`);
    rows.push(["指标余额", null, null, money2(5000000 - tot), null, "双方核对一致", null]); merges.push(`A${R()}:C${R()}`);
    rows.push(["国库支付中心（章）　经办：林××", null, null, null, "县商务局（章）　经办：黄××", null, "2021年10月8日"]); merges.push(`A${R()}:D${R()}`, `E${R()}:F${R()}`);
    sheets.push(sheet("专项资金对账单", rows, merges));
  }
  // ---------------------------------------------------------------- 工作月报期刊目录 (reports: 报送日期, not 报告期)
  // [期号, 报告期, 报送 iso]
  const ISS = [
    ["第1期", "2020年4月", "2020-05-08"], ["第2期", "2020年5月", "2020-06-05"], ["第3期", "2020年6月", "2020-07-07"], ["第4期", "2020年7月", "2020-08-06"],
    ["第5期", "2020年8月", "2020-09-07"], ["第6期", "2020年9月", "2020-10-10"], ["第7期", "2020年10月", "2020-11-06"], ["第8期", "2020年11月", "2020-12-04"],
    ["第9期", "2020年12月", "2021-01-07"], ["第10期（合刊）", "2021年1—2月", "2021-03-03"], ["第11期", "2021年3月", "2021-04-07"], ["第12期", "2021年4月", "2021-05-08"],
    ["第13期", "2021年5月", "2021-06-04"], ["第14期", "2021年6月", "2021-07-06"], ["第15期", "2021年7月", "2021-08-05"], ["第16期", "2021年8月", "2021-09-06"],
  ];
  assert(monthsCovered(ISS.map((x) => x[2])) === 11 && !ISS.some((x) => x[2].startsWith("2021-02")), "11 sending months, none in Feb 2021");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("《揭西县电子商务进农村综合示范工作月报》期刊目录");
    full("县商务局电商股（存档用）　　“报告期”是月报反映的数据月份，“报送日期”是报送市商务局的日期；春节期间1—2月合刊一期");
    rows.push(["期号", "报告期", "报送日期", "报送对象", "报送方式", "签发人", "附表", "备注"]);
    const F = [D, fmtDot, fmtCn, D, fmtSlash];
    ISS.forEach((x, i) => rows.push([x[0], x[1], F[i % F.length](x[2]), "揭阳市商务局电商科", i < 4 ? "纸质＋邮箱" : "粤政易＋邮箱", "副局长 郑××", "附：电商扶贫统计表（贫困户参训、带动增收）", x[0].includes("合刊") ? "春节放假，1—2月合刊" : null]));
    full("编印：电商股 彭××");
    sheets.push(sheet("月报期刊目录", rows, merges));
  }
  // ---------------------------------------------------------------- 专栏网页 sitemap (disclosures: the date in the link)
  const ART = [];
  ["2020-06-12", "2020-07-09", "2020-08-14", "2020-09-11", "2020-09-25", "2020-10-16", "2020-11-13", "2020-12-11", "2020-12-29", "2021-01-15", "2021-02-05", "2021-03-12",
    "2021-04-09", "2021-04-28", "2021-05-14", "2021-06-11", "2021-07-09", "2021-08-13", "2021-08-27", "2021-09-03"].forEach((d, i) => ART.push({ d, id: 870231 + i * 1379 }));
  assert(monthsCovered(ART.map((a) => a.d)) === 12, "12 months");
  {
    const W = 5, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:E${R()}`); };
    full("揭西县人民政府门户网站　电子商务进农村综合示范专栏　sitemap.xml 导出");
    full("县政务服务数据管理局网站组导出（2021年9月20日）　　说明：2021年9月网站集约化改版迁移，所有页面lastmod都是迁移日期，不是发布日期；文章的发布日期就是链接中“/art/年/月/日/”这一段；index开头的是栏目列表页，不是文章");
    rows.push(["序号", "loc", "lastmod", "changefreq", "priority"]);
    let n = 0;
    rows.push([++n, "http://www.jiexi.gov.cn/zwgk/dzsjnc/index.html", "2021-09-16T22:41:07+08:00", "daily", "0.8"]);
    rows.push([++n, "http://www.jiexi.gov.cn/zwgk/dzsjnc/index_2.html", "2021-09-16T22:41:07+08:00", "daily", "0.6"]);
    ART.forEach((a, i) => rows.push([++n, `http://www.jiexi.gov.cn/zwgk/dzsjnc/art/${+a.d.slice(0, 4)}/${+a.d.slice(5, 7)}/${+a.d.slice(8, 10)}/art_2161_${a.id}.html`, `2021-09-${p2(16 + (i % 2))}T22:${p2(41 + (i % 15))}:${p2((i * 17) % 60)}+08:00`, "monthly", "0.5"]));
    sheets.push(sheet("专栏sitemap", rows, merges));
  }
  // ---------------------------------------------------------------- 播出（刊发）证明登记 (media: 播出日期, not 证明开具日期)
  // [媒体, 级别, 形式, 栏目版面, 播出 iso, 标题, 证明开具 iso, 案例]
  const MD = [
    ["揭西县融媒体中心", "县级", "电视", "《揭西新闻》", "2020-11-03", "我县村级电商服务站实现镇级全覆盖", "2021-08-20", "否"],
    ["南方日报", "省级", "报纸", "A10版 揭阳观察", "2021-01-19", "揭西：电商进村 茶香出山", "2021-08-25", "否"],
    ["揭阳日报", "市级", "报纸", "第3版 县区新闻", "2021-04-08", "揭西县电商产业园吸引青年返乡创业", "2021-09-02", "否"],
    ["广东广播电视台珠江频道", "省级", "电视", "《珠江新闻眼》", "2021-06-22", "揭西：小茶叶“触网” 脱贫户增收", "2021-09-06", "是"],
    ["揭西县融媒体中心（“揭西发布”公众号）", "县级", "网络", "揭西发布", "2021-07-02", "揭西擂茶直播节带货超百万元", "2021-08-20", "否"],
    ["揭阳广播电视台", "市级", "电视", "《揭阳新闻》", "2021-08-12", "揭西县电子商务进农村示范创建见成效", "2021-09-02", "否"],
    ["中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "《乡村振兴进行时》", "2021-09-05", "广东揭西：茶山上的电商路", "2021-09-20", "是"],
  ];
  const lv = new Set(MD.filter((m) => m[4] <= AS_OF).map((m) => m[1]));
  assert(lv.has("省级") && lv.has("市级") && lv.has("县级") && !lv.has("国家级"), "province + city + county by cut-off");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("揭西县电子商务进农村宣传报道播出（刊发）证明登记表");
    full("县商务局办公室　　为迎检向各媒体申请开具播出（刊发）证明；“播出（刊发）日期”为报道日期，“证明开具日期”为媒体出具证明的日期");
    rows.push(["序号", "出具证明单位", "媒体级别", "形式", "栏目／版面", "播出（刊发）日期", "报道标题", "证明开具日期", "是否电商扶贫典型案例", "证明原件存放"]);
    const F = [fmtCn, fmtDot, D, fmtSlash];
    MD.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], F[i % 4](m[4]), m[5], F[(i + 1) % 4](m[6]), m[7], `迎检资料盒${6 + (i % 2)}`]));
    sheets.push(sheet("播出刊发证明登记", rows, merges));
  }
  // ---------------------------------------------------------------- 经验材料报送去向表 (materials: the 市商务局 column)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("揭西县电子商务进农村经验材料报送去向表");
    full("县商务局电商股　　格内为报送日期，空白为未报送该单位");
    rows.push(["序号", "材料名称", "材料类型", "报送对象及日期", null, null, null, null, "备注"]); merges.push(`D${R()}:H${R()}`);
    rows.push([null, null, null, "省商务厅", "揭阳市商务局", "县委办（信息科）", "县政府办", "县融媒体中心", null]);
    ["A", "B", "C", "I"].forEach((c) => merges.push(`${c}${R() - 1}:${c}${R()}`));
    rows.push([1, "《揭西县农村电商工作信息（第3期）》", "政务信息", null, null, "2020.12.9", "2020.12.9", null, null]);
    rows.push([2, "《五经富镇“电商＋竹笋”助农增收典型案例》", "典型案例", null, null, D("2021-05-10"), null, "2021年5月10日", "县委办采用"]);
    rows.push([3, "《小茶叶 大电商——揭西县电子商务助力茶农增收的经验做法》", "经验材料", null, "2021.6.18", null, "2021.6.18", null, "市局编入《工作简报》第9期"]);
    rows.push([4, "《揭西县电子商务进农村综合示范创建工作总结》", "工作总结", "2021年9月9日", "2021年9月9日", null, "2021.9.8", null, "考评材料"]);
    rows.push([5, "《五经富镇“电商＋竹笋”助农增收典型案例》（修改稿）", "典型案例", null, "2021.9.13", null, null, null, "市局约稿"]);
    sheets.push(sheet("经验材料报送去向", rows, merges));
  }
  // ---------------------------------------------------------------- 考评材料一致性核查表 (facts, judged, claims)
  const CLAIM = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 2 };
  assert(sumPts(CLAIM) === 95, "claims 95 got " + sumPts(CLAIM));
  assert(Math.round((17.85 / 14.62 - 1) * 1000) === 221 && Math.round((4.12 / 3.05 - 1) * 1000) === 351 && Math.round((2105 / 3862) * 1000) === 545, "rates");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("揭西县省级电子商务进农村综合示范创建考评材料一致性核查表");
    full("县商务局电商股　　2021年9月10日　　同一数据在各份材料中写法不一的，一律以“采用值”列为准（报考评组的数），其余各列是旧稿，仅供核对");
    rows.push(["序号", "数据项", "自评报告（9月3日稿）", "工作总结（8月20日稿）", "台账／佐证材料", "是否一致", "采用值（以此为准）", "核查说明"]);
    let no = 0;
    const L = (item, a, b, c, val, note) => { no++; rows.push([no, item, a, b, c, a === b ? "一致" : "不一致", val, note || null]); };
    const sec = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    sec("一、基本数据和事实");
    L("县（市、区）", "揭西县", "揭西县", "—", "揭西县", null);
    L("考评截止日期", "2021年8月31日", "—", "省商务厅通知", D("2021-08-31"), null);
    L("常住人口", "67.31万人", "96.8万人（户籍）", "七普公报67.31万人", "67.31万人", "考评用常住人口，不用户籍人口");
    L("行政村数", "286个", "264个", "264个", 264, "自评报告把22个社区也算进去了，已改");
    L("省定贫困村数", "18个", "18个", "18个", 18, null);
    L("领导小组组长", "县长", "县委副书记、县长", "揭西府办函〔2020〕15号", "县委副书记、县长", null);
    L("领导小组成员单位", "商务、财政、农业农村、乡村振兴等15个部门", "商务局等15个部门", "揭西府办函〔2020〕15号", "县商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司等15个部门", null);
    L("示范县工作方案", "已印发", "已印发", "揭西府办〔2020〕21号", "已正式印发", null);
    L("农村电商扶持政策", "已出台", "已出台", "揭西商务〔2020〕33号", "已出台并兑现", null);
    L("县级电子商务公共服务中心投入运营日期", "2020年12月28日", "2021年1月", "开业仪式照片2020.12.28", D("2020-12-28"), "工作总结写的是对外宣传的1月，以开业日为准");
    L("中心免费培训场所、设备，能组织电商基础培训", "是", "是", "现场", "是", null);
    L("中心为特色农产品提供免费展示、销售服务", "是", "是", "现场", "是", null);
    L("中心为电商市场主体提供免费摄影、美工服务", "是", "是", "服务记录", "是", null);
    L("组织农产品统一推广、指导品牌建设", "是", "是", "“揭西擂茶”品牌推广方案", "是", null);
    L("中心提供其他衍生增值服务", "是", "是", "金融对接、代办物流记录", "是", null);
    L("电商产业园", "已建成", "已建成", "产业园公告栏", "已建成", null);
    L("专业第三方电子商务运营服务商", "有", "有", "中标通知书", "有", null);
    L("行政村物流快递覆盖率100%", "是", "98%", "揭阳市邮政管理局证明（2021.8.27）", "是", "8月底最后5个村快递进村");
    L("2019年农村网络零售额", "14.62亿元", "14.62亿元", "省商务厅第三方数据", "14.62亿元", null);
    L("2020年农村网络零售额", "17.85亿元", "17.85亿元", "同上", "17.85亿元", "增速22.1%");
    L("2019年农产品网络零售额", "3.05亿元", "—", "同上", "3.05亿元", null);
    L("2020年农产品网络零售额", "4.12亿元", "—", "同上", "4.12亿元", "增速35.1%");
    L("培训人次", thousands(ATT_IN), thousands(ATT_IN - 1068), "培训班备案及审核登记表", thousands(CONF_IN), "自评报告误用了签到实到数，改用审核确认人次；工作总结为7月底数");
    L("有劳动能力的建档立卡贫困人口（不含外出务工）", "3,862人", "3,862人", "县乡村振兴局确认函", "3,862人", null);
    L("参加培训的建档立卡贫困人口", "2,105人", "1,987人", "县乡村振兴局确认函", "2,105人", "工作总结为7月底数");
    L("专栏公示创建方案", "是", "是", "网站专栏", "是", null);
    L("专栏公示项目基本信息", "是", "是", "网站专栏", "是", null);
    L("专栏公示项目建设进度", "是", "是", "网站专栏", "是", null);
    L("专栏设立征求意见或监督举报窗口", "是", "是", "网站专栏", "是（监督举报电话和邮箱）", null);
    L("统计电商扶贫情况", "是", "是", "月报附表", "是", null);
    L("下达省级专项资金", "500万元", "500万元", "揭财工〔2020〕58号", "500万元", null);
    L("累计拨付资金（截至8月31日）", "351万元", "337万元", "专项资金对账单", "3,510,000元", "工作总结为7月底数");
    L("资金管理制度", "已制定", "已制定", "揭西商务〔2020〕40号", "已制定", null);
    L("资金专用台账", "已建立", "已建立", "承建单位台账", "已建立", null);
    L("项目总体进度", "86%", "80%", "项目进度表", "86%", null);
    L("发生安全生产、质量事故或重大损失", "否", "否", "县应急管理局证明", "否", null);
    L("弄虚作假", "否", "否", "—", "否", null);
    sec("二、主观评分细项");
    L("方案制定", "2分", "2分", "—", "2分", null);
    L("政策支持", "2分", "2分", "—", "2分", null);
    L("项目管理制度", "2分", "2分", "—", "2分", null);
    L("工作台账", "2分", "2分", "—", "2分", null);
    L("网销调研并形成针对性建议", "2分", "1分", "—", "2分", "调研报告8月已报市局");
    L("网络促销活动", "2分", "2分", "—", "2分", null);
    L("交易标准、冷链溯源系统", "2分", "1分", "—", "1分", "冷链在建，按1分");
    L("资金管理制度（制度建立）", "5分", "5分", "—", "5分", null);
    L("资金专用台账（资金台账）", "5分", "4分", "—", "4分", null);
    L("资金及时拨付（资金支出）", "5分", "4分", "—", "4分", null);
    sec("三、各指标自评分");
    const ITEMS = [["组织领导", "org.leadership", 2], ["方案制定", "org.plan", 2], ["政策支持", "org.policy", 2], ["项目管理", "org.management", 4],
      ["服务体系建设：县级中心与产业园", "work.center", 15], ["服务体系建设：村级站点覆盖", "work.coverage", 10], ["农村产品上行", "work.upward", 10], ["电商人才培训", "work.training", 20],
      ["信息公开", "info.disclosure", 4], ["数据上报", "info.reporting", 6], ["案例总结", "promo.cases", 2], ["经验推广", "promo.media", 8], ["制度建立", "fund.system", 5],
      ["资金台账", "fund.ledger", 5], ["资金支出", "fund.spending", 5], ["加分：贫困人口培训率70%以上", "bonus.poorTraining", 2], ["加分：电商扶贫典型案例获电视播报", "bonus.tvCase", 2]];
    const OLD = { "work.upward": 10, "work.training": 20, "fund.ledger": 5, "fund.spending": 5 };
    const OLD2 = { "work.upward": 8, "work.training": 18, "work.coverage": 8, "promo.media": 5, "bonus.tvCase": 1 };
    ITEMS.forEach(([nm, id, wt]) => { const a = OLD[id] !== undefined ? OLD[id] : CLAIM[id], b = OLD2[id] !== undefined ? OLD2[id] : CLAIM[id]; L(`${nm}（满分${wt}）`, `${a}分`, `${b}分`, "—", CLAIM[id], id === "work.coverage" ? "9月10日开业的贫困村站点已补齐" : id === "bonus.tvCase" ? "央视农业农村频道已播出" : null); });
    const oldTot = sumPts(Object.assign({}, CLAIM, OLD)) + 2, old2Tot = sumPts(Object.assign({}, CLAIM, OLD2)) + 1;
    L("合计（含加分）", `${oldTot}分`, `${old2Tot}分`, "—", sumPts(CLAIM) + 2, null);
    full("核查：电商股 彭××　　复核：副局长 郑××");
    sheets.push(sheet("材料一致性核查表", rows, merges));
  }
  sheets.push(sheet("封面", [["揭西县省级电子商务进农村综合示范创建考评"], ["佐证资料（电子表格）"], [null],
    ["材料一致性核查表（基本数据、自评分）；一村一辅警配备表（行政村）；光伏扶贫电站一览（省定贫困村）；站点协议登记簿（村级站点）；培训班备案及审核（培训）；产业园公告栏（入驻企业）；专项资金对账单（资金支出）；月报期刊目录（月报报送）；专栏sitemap（专栏更新）；播出刊发证明登记（媒体报道）；经验材料报送去向（经验材料）"],
    [null], ["揭西县商务局　二〇二一年九月"]], []));
  const ORDER = ["封面", "材料一致性核查表", "一村一辅警配备表", "光伏扶贫电站一览", "站点协议登记簿", "培训班备案及审核", "产业园公告栏", "专项资金对账单", "月报期刊目录", "专栏sitemap", "播出刊发证明登记", "经验材料报送去向"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.length === ORDER.length && sheets.every((s) => ORDER.includes(s.name)), "sheet order");

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 3,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 91, "91 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  write("counties/b143-c1-jiexi.json", {
    description:
      `揭阳揭西县商务局交的考评佐证电子表格，12个表，得91分、加分1、合计92、未否决（核查表自评95＋2）。《材料一致性核查表》把同一数据在“自评报告（9月3日稿）”“工作总结（8月20日稿）”“台账／佐证材料”里的写法并列，只有“采用值（以此为准）”列作数，其余是旧稿（户籍人口96.8万、含社区的286个村、${thousands(ATT_IN)}的签到实到数、快递98%、中心“2021年1月”都不是）；第二部分是主观细项的采用值（调研2、促销2、标准冷链1，资金制度5、台账4、及时拨付4，方案2、政策2、管理制度2、台账2），第三部分是各指标自评分的采用值（旧稿两列不是）。组长“县委副书记、县长”、成员有商务、财政、农业农村、乡村振兴 → 主要领导全部门。《一村一辅警配备表》是县公安局的表，按派出所纵向合并、每所一行小计：类别“村”264个是行政村，“社区”22个不是；无快递列，快递读事实。行政村264个 > 200，基数按200。《光伏扶贫电站一览》第一部分18个村就是省定贫困村（表头说明），第二部分两座镇级联建电站“—（镇区）”不是村。《站点协议登记簿》是运营商按签订先后登的协议：读“开业日期”（不读“协议签订日期”），续签3份是同一站点，“未开业”2份只签了协议，两个社区站不是行政村，同村第二服务点只算一次，“2021年9月”和2021-09-10开业的不算 → 行政村146个/200＝73% → 5（用264作基数就只有55.3% → 2）；贫困村17/18（9月10日开业的那个不算）＝94.4% → 3。《培训班备案及审核》一班一行：读“审核确认人次”（表头说明：考评以此为准），不读“备案计划人数”“实到人数”；日期读结业日期（“当天”＝开班当天），8月30日开班、9月1日结业的班不算，取消、未开班的无人次 → 4,936/500,000（常住67.31万封顶50万）＝0.99% → 8（读实到或把跨截止日的班算进去都会到1%）。贫困人口读事实2,105/3,862＝54.5% → 10。《产业园公告栏》是园区公告汇总：入驻以“入驻”公告的“生效日期”为准，“拟入驻公示”不是入驻，放弃入驻的一家从未入驻，“更名”是同一家（信用代码不变），退出按生效日期（3月15日、7月5日退出的不算，9月15日退出的还在），8月27日发布、9月1日生效的入驻不算 → 20家 → 2，类型≥3 → 1。《专项资金对账单》：只读“一、国库已支付明细”，3月19日退票是负数要冲减，3月24日重新支付算，8月31日当天支付的14万元算，9月14日的不算；“二、未达账项”是未支付 → 351万元/500万元＝70.2% → 不倒扣，按及时拨付自评4分（漏了8月31日那笔就是67.4%）。《月报期刊目录》按“报送日期”算月份：1—2月合刊在3月3日报送，2021年2月没有报送 → 11个月 → 1（按“报告期”会以为12个月全齐）；每期附电商扶贫统计表 → 3。《专栏sitemap》是网站改版时导出的：lastmod全是9月迁移日期，不是发布日期，发布日期在链接的“/art/年/月/日/”里，index页是列表页 → 2020年9月至2021年8月每月都有 → 2，内容四项齐全 → 2。《播出刊发证明登记》读“播出（刊发）日期”，不读“证明开具日期”：省级（南方日报、广东台珠江频道）、市级（揭阳日报、揭阳台）、县级 → 8；央视农业农村频道9月5日才播出，电商扶贫典型案例的电视播报截止日前只有省级广东台 → 加分1。《经验材料报送去向》只看“揭阳市商务局”列：2021.6.18报送经验材料 → 2（县委办、县政府办列不是报市局；9月的不算）。`,
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 核查表采用值：组长县委副书记、县长（县长＝主要领导），成员有县商务局、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: 工作方案揭西府办〔2020〕21号已正式印发；主观细项采用2分 → 2",
      "org.policy: 扶持政策已出台并兑现；采用2分 → 2",
      "org.management: 项目管理制度2＋工作台账2 → 4",
      "work.center: 中心2020-12-28投入运营 ≤ 截止日 → 2；≤ 2021-02-28，满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他增值服务 1；产业园已建成 2；产业园公告栏按生效日期，入驻 ≤ 8-31 且未在8-31前退出的20家（3-15、7-05退出的不算，9-15退出的算，更名的一家不重复，拟入驻公示和放弃的不算，9-01生效的不算）≥ 20 → 2；类型 电商运营商、平台型、销售型、物流企业、直播服务 ≥ 3 → 1；合计 15",
      "work.coverage: 一村一辅警配备表类别“村”264个（“社区”22个不算），基数 min(264,200) = 200；站点协议登记簿按开业日期 ≤ 2021-08-31 覆盖行政村146个（续签、同村第二服务点不重复，未开业、社区站、9月开业的不算）；146/200 = 73% ≥ 70% → 5；光伏扶贫电站一览省定贫困村18个，有站17个（9-10开业的不算）= 94.4%，80%–100% → 3；合计 8",
      "work.upward: 网销调研2；网络促销2；第三方运营服务商1；村名单无快递列，事实“行政村物流快递覆盖率100%：是” → 1；交易标准与冷链溯源1；农村网零17.85/14.62 = +22.1% < 30%，农产品网零4.12/3.05 = +35.1% ≥ 30% → 2；合计 9",
      "work.training: 培训班备案及审核，结业日期 ≤ 2021-08-31 的“审核确认人次”合计4,936（8-30开班9-01结业的114人次、9月班、取消和未开班的不算）；常住人口67.31万，基数封顶500,000；4,936/500,000 = 0.987%，0.8%–1% → 8；无贫困人口名单，读事实：2,105/3,862 = 54.5% ≥ 50% → 10；合计 18",
      "info.disclosure: 专栏公示方案、项目信息、建设进度，设监督举报窗口 → 2；sitemap链接中的发布日期覆盖2020-09至2021-08全部12个月（lastmod是迁移日期不看）→ 按月 2；合计 4",
      "info.reporting: 月报期刊目录按报送日期：2020-09、10、11、12，2021-01、03、04、05、06、07、08 → 11个月（1—2月合刊3-03报送，2021年2月无报送）→ 不定时 1；每期附电商扶贫统计表 → 3；合计 4",
      "promo.cases: 经验材料报送去向“揭阳市商务局”列：2021.6.18报送经验材料 → 2",
      "promo.media: 播出刊发证明登记，播出（刊发）日期 ≤ 2021-08-31：省级（南方日报2021-01-19、广东台珠江频道2021-06-22）→ 4；市级（揭阳日报2021-04-08、揭阳台2021-08-12）→ 3；县级（揭西新闻、揭西发布）→ 1；CCTV-17在9-05不算 → 合计 8",
      "fund.system: 资金管理制度已制定；采用5分 → 5",
      "fund.ledger: 资金专用台账已建立；采用4分 → 4",
      "fund.spending: 专项资金对账单“国库已支付”，支付日期 ≤ 2021-08-31：90＋60＋30＋45＋38－38（3-19退票）＋38＋25＋27＋22＋14 = 351万元（9-14的30万元不算，未达账项不是支付）；下达500万元；351/500 = 70.2% ≥ 70% → 及时拨付采用4分 → 4",
      "bonus.poorTraining: 2,105/3,862 = 54.5% < 70% → 0",
      "bonus.tvCase: 电商扶贫典型案例电视播报截止日前只有广东台珠江频道2021-06-22（省级）→ 1；CCTV-17在2021-09-05，截止日后",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度86% ≥ 40% → 0，不否决",
      "veto.fraud: 弄虚作假“否” → 0，不否决",
      `total: 2+2+2+4+15+8+9+18+4+4+2+8+5+4+4 = ${sc}，加分1，合计${total}；核查表采用值自评95＋2`,
    ],
  });
})();

// =====================================================================================
// facts/b143-f1-lianping: 河源连平县 — 公共服务中心门口挂的《服务项目及收费标准公示》牌（按楼层分区）：“收费标准”列决定是否免费，
// 摄影美工按件收费 → 不是免费；三楼产业园；底下的监督电话是中心的，不是网站专栏的监督举报窗口
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("连平县电子商务公共服务中心");
  full("服务项目及收费标准公示");
  full("开业运营：2020年10月16日　　运营单位：河源市连鑫电子商务有限公司（县商务局公开招标确定的第三方专业电商运营服务商）　　地址：连平县元善镇东环路88号");
  rows.push(["楼层", "功能区", "服务项目", "服务对象", "收费标准", "说明"]);
  const floor = (name, items) => {
    const s = R() + 1;
    items.forEach((it, i) => rows.push([i === 0 ? name : null].concat(it)));
    if (items.length > 1) merges.push(`A${s}:A${R()}`);
  };
  floor("一楼", [
    ["农特产品展示展销区", "连平鹰嘴蜜桃、连平大米、上坪麻鸡、忠信花灯等特色产品展示、代销", "本县农户、合作社、涉农企业", "免费", "代销不收佣金，货款按月结算"],
    ["服务大厅", "电商政策咨询、网店开设指导", "全县群众", "免费", null],
    ["服务大厅", "快递代收代发（与邮政、中通、韵达合作）", "全县群众", "按合作快递协议价（省内首重6元）", "比市场价优惠"],
    ["服务大厅", "小额创业贷款对接、营业执照代办", "电商创业者", "免费", "与连平农商银行、县市场监管局合作"],
  ]);
  floor("二楼", [
    ["培训室（80座）、直播实训室（4间）", "电商基础培训、直播带货培训、短视频制作培训", "全县群众", "免费", "每月不少于2期，在“连平商务”公众号报名"],
    ["摄影棚、美工室", "产品拍摄、详情页设计、包装设计", "本县电商企业、网店、合作社", "产品拍摄30元／款；详情页设计100元／款；包装设计面议", "按成本价收取"],
    ["品牌运营部", "“连平鹰嘴蜜桃”区域公用品牌统一推广、商标注册和品牌建设指导", "本县农产品生产经营主体", "免费", null],
  ]);
  floor("三楼", [
    ["连平县电子商务产业园（企业办公区）", "电商企业入驻办公、共享会议室", "电商企业、创业团队", "前三年免租金，水电自理", "入驻须经园区审核"],
  ]);
  full("服务时间：周一至周日 9:00—18:00（法定节假日另行通知）");
  full("本公示自2021年3月1日起执行，2020年10月版同时废止。　　监督电话：连平县商务局 0762-43×××××；12345政务服务便民热线");
  write("facts/b143-f1-lianping.json", {
    description:
      "河源连平县电子商务公共服务中心门口挂的《服务项目及收费标准公示》牌，拍照后照着录成表：前三行是抬头（中心名称、公示名称、开业运营时间和运营单位），下面按楼层分区（楼层列纵向合并）列 功能区｜服务项目｜服务对象｜收费标准｜说明，底下两行是服务时间和监督电话。读法：county 连平县（标题）；“开业运营：2020年10月16日” → centerOpened 2020-10-16；运营单位是县商务局公开招标确定的第三方专业电商运营服务商 → thirdPartyOperator true；是否免费看“收费标准”列：二楼培训室、直播实训室的电商基础培训“免费” → centerFreeTraining true；一楼农特产品展示展销、代销“免费” → centerDisplay true；二楼摄影棚、美工室“产品拍摄30元／款；详情页设计100元／款”按成本价收取，不是免费 → centerPhoto false；品牌运营部统一推广“连平鹰嘴蜜桃”区域公用品牌“免费” → centerBrand true；服务大厅快递代收代发、小额创业贷款对接、营业执照代办是衍生增值服务（快递收费不影响，这一项不要求免费） → centerOther true；三楼“连平县电子商务产业园（企业办公区）” → parkBuilt true。“监督电话”是中心的投诉电话，不是政府网站专栏的征求意见或监督举报窗口，不读；“2021年3月1日起执行”是公示版本日期，不是考评截止日期。没有主观分、没有领导。",
    sheets: [sheet("服务项目公示", rows, merges)],
    expect: {
      facts: {
        county: "连平县", centerOpened: "2020-10-16", thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b143-f2-xinfeng: 韶关新丰县 — 自评表第三稿，从Word修订模式转出：〔删：…〕是删去的字，〔增：…〕是加上的字，只读修订后的；
// “批注”列是审核人的意见（其中一条建议没有采纳）
// =====================================================================================
(function f2() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
  const X = (del, add) => (del ? `〔删：${del}〕` : "") + (add ? `〔增：${add}〕` : "");
  full(`新丰县2019年省级电子商务进农村综合示范创建考评自评表（${X("第二稿", "第三稿")}）`);
  full("修订说明：〔删：…〕为删去的文字，〔增：…〕为增加的文字（由Word修订模式转出）；“批注”列是审核人的意见；一律以修订后的文字为准。数据截至2021年8月31日。　　新丰县商务局　2021年9月7日");
  rows.push(["序号", "工作任务", "评价指标", "权重", "完成情况（修订稿）", "自评分", "批注"]);
  const ROWS = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, `成立以县委副书记、县长为组长的电子商务进农村综合示范工作领导小组，成员单位有县商务局、财政局、农业农村局${X(null, "、乡村振兴局")}等${X("11", "12")}个部门（新府办函〔2020〕8号）`, X("1", "2"), "黄副局长：县乡村振兴局（原县扶贫办）在成员名单里，漏写了，补上后是主要领导牵头、四个部门都参与，计2分"],
    [null, "方案制定", 2, `县政府于2020年${X("5月", "4月28日")}正式印发《新丰县电子商务进农村综合示范县工作方案》`, 2, null],
    [null, "政策支持", 2, "出台《新丰县促进农村电子商务发展扶持办法》，网店开设补贴、快递物流补贴已兑现", 2, null],
    [null, "项目管理", 4, `制定项目管理制度，建设、验收环节严格执行（2分）；建立工作台账，${X("台账完整（2分）", "基本完整，部分站点验收照片缺失（1分）")}`, X("4", "3"), "邓股长：台账缺验收照片，按1分"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设：县级中心与产业园", 15, `县电子商务公共服务中心于${X("2021年3月1日", "2021年2月26日")}投入运营（以开业仪式为准），设免费培训室和直播设备，农特产品免费展示展销，${X("免费", null)}摄影美工${X(null, "按成本收费")}，统一推广“新丰佛手瓜”区域公用品牌，提供金融对接、代办物流等增值服务；整合县创业孵化基地建成电商产业园，入驻企业${X("23", "18")}家，含平台型、销售型、运营商、物流企业`, X("15", "12"), "邓股长：摄影美工是收费的，不能写免费；入驻企业按8月31日在园的数"],
    [null, "服务体系建设：村级站点覆盖", 10, `全县行政村${X("151", "145")}个（不含社区居委会），省定贫困村15个；建成村级站点121个，覆盖行政村112个（${X("74.2%", "77.2%")}），省定贫困村全覆盖`, 10, "民政局：行政村145个，151个是把6个社区算进去了"],
    [null, "农村产品上行", 10, `开展农产品网络销售调研并形成报告（2分）；开展网络促销活动（${X("2分", "1分")}）；引入第三方运营服务商韶关市丰联电子商务有限公司（1分）；行政村快递覆盖率100%（1分）；冷链在建、溯源系统已上线（1分）；2020年农产品网络零售额1.86亿元，同比增长${X("32.5%", "28.7%")}（${X("2分", "0分")}）`, X("9", "6"), "统计局：增速以省商务厅提供的第三方数据28.7%为准"],
    [null, "电商人才培训", 20, `常住人口${X("25.12万人（户籍人口）", "20.73万人（第七次人口普查）")}，累计培训2,310人次（${X("0.92%，8分", "1.11%，10分")}）；有劳动能力的建档立卡贫困人口（不含外出务工）1,280人，参训${X("702", "653")}人，培训率${X("54.8%", "51.0%")}（10分）`, X("18", "20"), "统计局：常住人口用七普数；县乡村振兴局：参训人数按身份证号比对后为653人"],
    ["加强信息公开及报送（10分）", "信息公开", 4, `县政府网站设立专栏，公开创建方案、项目基本信息、项目建设进度，${X("设立征求意见窗口", "公布监督举报电话")}；专栏${X("按月更新（2分）", "不定时更新，2021年2月、7月未更新（1分）")}`, X("4", "3"), null],
    [null, "数据上报", 6, "每月向韶关市商务局报送工作月报，并统计电商扶贫情况（贫困户参训、带动增收）", 6, null],
    ["加强宣传推广（10分）", "案例总结", 2, "2021年5月向韶关市商务局报送《新丰佛手瓜“触网”记》", 2, null],
    [null, "经验推广", 8, "南方日报（省级）、新丰县融媒体中心（县级）报道", 5, "办公室：建议按8分报？——邓股长：韶关日报那篇9月才刊发，不能算，维持5分"],
    ["加强财政资金管理（15分）", "制度建立", 5, "2020年6月印发《新丰县省级电子商务进农村综合示范专项资金管理办法》", X("5", "4"), "财政局：考核问责制度未细化，按4分"],
    [null, "资金台账", 5, "各承建单位建立资金专用台账", 4, null],
    [null, "资金支出", 5, `下达省级专项资金500万元，截至8月31日拨付${X("402.6万元", "398.1万元")}，支出率${X("80.5%", "79.6%")}，按进度及时拨付`, 4, "财政局：以国库支付数为准"],
    ["加分项（4分）", "建档立卡贫困人口培训率70%及以上", 2, "培训率51.0%，未达70%", 0, null],
    [null, "电商扶贫典型案例获电视播报", 2, "无", 0, null],
    ["一票否决项", "—", "—", "未发生安全生产、质量事故；项目总体进度88%；无弄虚作假", "—", null],
  ];
  let no = 0, groupStart = 0;
  ROWS.forEach((r, i) => {
    if (r[0] !== null) groupStart = R() + 1;
    no++;
    rows.push([no].concat(r));
    const next = ROWS[i + 1];
    if ((!next || next[0] !== null) && R() > groupStart) merges.push(`B${groupStart}:B${R()}`);
  });
  rows.push(["合计", null, null, 100, null, X("91", "85"), null]); merges.push(`A${R()}:C${R()}`);
  full("填表：电商股 邓××　　审核：副局长 黄××　　局长：陈××");
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 12, "work.coverage": 10, "work.upward": 6, "work.training": 20,
    "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0 };
  const old = { ...claimed, "org.leadership": 1, "org.management": 4, "work.center": 15, "work.upward": 9, "work.training": 18, "info.disclosure": 4, "fund.system": 5 };
  assert(sumPts(claimed) === 85 && sumPts(old) === 91, "85 / 91");
  assert(2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1 === 12 && 2 + 1 + 1 + 1 + 1 + 0 === 6 && 2 + 2 + 1 + 1 + 1 + 2 === 9, "sub-scores");
  assert(Math.round((112 / 145) * 1000) === 772 && Math.round((112 / 151) * 1000) === 742 && Math.round((2310 / 207300) * 10000) === 111 && Math.round((2310 / 251200) * 10000) === 92 &&
    Math.round((653 / 1280) * 1000) === 510 && Math.round((702 / 1280) * 1000) === 548 && Math.round((3981000 / 5000000) * 1000) === 796 && Math.round((4026000 / 5000000) * 1000) === 805, "texts");
  write("facts/b143-f2-xinfeng.json", {
    description:
      "韶关新丰县商务局的自评表第三稿，是从Word修订模式转出来的：单元格里“〔删：…〕”是删去的文字、“〔增：…〕”是新加的文字（表头修订说明写明以修订后的文字为准），只读修订后的内容；“批注”列是审核人的意见，不是事实（办公室建议经验推广按8分，未采纳，维持5分）。列：序号｜工作任务（纵向合并）｜评价指标｜权重｜完成情况（修订稿）｜自评分｜批注；自评分格里也有修订（“〔删：1〕〔增：2〕”读2）。读法：county 新丰县（标题）；asOf 2021-08-31（“数据截至2021年8月31日”）；领导小组组长县委副书记、县长，成员补上了乡村振兴局 → principal-all（删改前少了扶贫部门）；方案正式印发、扶持办法出台并兑现 → true；中心投入运营日期改为2021年2月26日（不是删去的3月1日）；免费培训、免费展示展销 → true；摄影美工删去“免费”、加上“按成本收费” → centerPhoto false；统一推广品牌、金融对接代办物流等增值服务 → true；产业园已建成 → true；行政村145个（不是151）、省定贫困村15个；第三方运营服务商、快递覆盖100% → true；2020年农产品网零1.86亿元 → 186,000,000，增速28.7% → 0.287（不是32.5%）；常住人口20.73万 → 207,300（不是户籍25.12万）；培训2,310人次；有劳动能力不含外出务工1,280人、参训653人（不是702）；专栏公开方案、项目信息、进度，“设立征求意见窗口”删去但改为“公布监督举报电话” → disclosureWindow 仍为 true；月报统计扶贫 → true；资金管理办法、专用台账 → true；下达500万元、拨付398.1万元 → 3,981,000；总体进度88%；未发生事故、无弄虚作假 → false。主观分：方案2、政策2、项目管理制度2、工作台账1、网销调研2、网络促销1、冷链溯源1、资金制度4、资金台账4、及时拨付4。claimed 读修订后的自评分：组织领导2、方案2、政策2、项目管理3、中心12、站点10、上行6、培训20、信息公开3、数据上报6、案例2、经验推广5、制度4、台账4、支出4、两个加分0，合计85（删去的是91）。",
    sheets: [sheet("自评表（修订稿）", rows, merges)],
    expect: {
      facts: {
        county: "新丰县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2021-02-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, adminVillagesStated: 145, poorVillagesStated: 15, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2020: yi("1.86"), agriRetailGrowthStated: 0.287, residentPopulation: 207300, trainingPersonTimesStated: 2310, eligiblePoorPersonsStated: 1280,
        trainedPoorPersonsStated: 653, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: wan("398.1"), overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b143-f3-lufeng: 汕尾陆丰市 — 迎检内部掌握的《亮点与短板清单》：左栏亮点、右栏短板（扣分风险）并排，两栏的行互不相干；
// 短板栏里说出的“没有”“未开展”“尚未建成”“未设”也是事实；“应对口径”和“需协调事项”里的打算不是
// =====================================================================================
(function f3() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("陆丰市省级电子商务进农村综合示范创建考评亮点与短板清单（迎检内部掌握，请勿外传）");
  full("市商务局电商股　　2021年9月2日　　清单中的数据均截至考评截止日2021年8月31日");
  rows.push(["一、亮点（已达标）", null, null, null, "二、短板（扣分风险）", null, null, null]); merges.push(`A${R()}:C${R()}`, `E${R()}:H${R()}`);
  rows.push(["序号", "指标", "情况", null, "序号", "指标", "问题", "应对口径"]);
  const L = [
    ["组织领导", "市委副书记、市长任领导小组组长，常务副市长任常务副组长，市商务局、财政局、农业农村局、乡村振兴局等16个部门参加"],
    ["方案与政策", "2020年3月市政府正式印发示范县工作方案；出台《陆丰市促进农村电子商务发展若干措施》，网店开设补贴已兑现"],
    ["公共服务中心", "2020年8月18日开业运营；设免费培训室（100座）和直播实训设备，能组织电商基础培训；甘薯、萝卜干、茶叶等农特产品免费展示展销；统一推广“陆丰好物”区域公用品牌"],
    ["第三方运营", "经公开招标引入汕尾市陆海丰电子商务有限公司为专业运营服务商"],
    ["站点覆盖", "全市行政村252个（不含社区居委会），按200个基数计算覆盖率；省定贫困村37个，全部建有村级站点"],
    ["物流快递", "县镇村三级物流配送体系建成，行政村快递覆盖率100%（汕尾市邮政管理局证明）"],
    ["人才培训", "常住人口135.8万人（七普），累计培训8,630人次，按50万人基数达1.73%"],
    ["数据上报", "每月5日前向汕尾市商务局报送月报，附电商扶贫统计表"],
    ["资金", "下达省级专项资金500万元，截至8月31日拨付431.5万元，支出率86.3%；2020年5月印发专项资金管理办法；各承建单位均建立资金专用台账"],
  ];
  const Rt = [
    ["中心摄影美工", "免费摄影美工服务只开到2020年12月，2021年1月起按件收费", "讲“成本价服务”"],
    ["中心增值服务", "金融对接、代办物流等衍生增值服务尚未开展", "讲9月底前与农商行签约的计划"],
    ["电商产业园", "产业园仍在装修，尚未建成，没有企业入驻", "讲清进度，预计12月投用"],
    ["信息公开", "专栏已公开创建方案、项目基本信息和项目建设进度，但2021年4月后进度未更新；未设征求意见窗口，也没有公布监督举报电话", "拟9月补设监督举报邮箱"],
    ["网络零售额", "2019年农村网络零售额31.2亿元、2020年37.9亿元，增速21.5%，未达30%；农产品网络零售额没有第三方数据", "多讲农产品上行其他成效"],
    ["贫困人口培训", "有劳动能力的建档立卡贫困人口（不含外出务工）5,428人，参训2,032人，培训率37.4%，只能得6分", "9月加开2期脱贫户专班（不计入考评）"],
    ["总体进度", "项目总体进度78%（产业园未完工）", null],
  ];
  const n = Math.max(L.length, Rt.length);
  for (let i = 0; i < n; i++) {
    const a = L[i], b = Rt[i];
    rows.push([a ? i + 1 : null, a ? a[0] : null, a ? a[1] : null, null, b ? i + 1 : null, b ? b[0] : null, b ? b[1] : null, b ? b[2] : null]);
  }
  rows.push(Array(W).fill(null));
  full("三、需市领导协调事项");
  full("1．产业园装修资金缺口约120万元，请市财政统筹；2．请市融媒体中心9月再做一期电商专题报道；3．考评组现场查看站点的路线由市商务局、各镇共同确定。");
  assert(Math.round((8630 / 500000) * 10000) === 173 && Math.round((4315000 / 5000000) * 1000) === 863 && Math.round((37.9 / 31.2 - 1) * 1000) === 215 && Math.round((2032 / 5428) * 1000) === 374, "texts");
  write("facts/b143-f3-lufeng.json", {
    description:
      "汕尾陆丰市商务局迎检内部掌握的《亮点与短板清单》：左栏“一、亮点（已达标）”（A—C列：序号｜指标｜情况）和右栏“二、短板（扣分风险）”（E—H列：序号｜指标｜问题｜应对口径）并排，中间空一列，同一行的左右两栏互不相干；底下“三、需市领导协调事项”是请求，不是事实。短板栏里的“只开到2020年12月，2021年1月起按件收费”“尚未开展”“尚未建成”“未设……也没有公布”都是陈述的事实（false），“应对口径”列里的打算（拟9月补设监督举报邮箱、9月底签约、12月投用、9月加开专班）不是。读法：county 陆丰市（标题）；asOf 2021-08-31（“数据均截至考评截止日2021年8月31日”）；市委副书记、市长任组长，商务、财政、农业农村、乡村振兴参加 → principal-all；方案正式印发、若干措施出台 → true；中心2020年8月18日开业，免费培训、免费展示展销、统一推广品牌 → true，摄影美工2021年起收费 → centerPhoto false，衍生增值服务尚未开展 → centerOther false；产业园尚未建成 → parkBuilt false；第三方运营服务商 → true；行政村252个、省定贫困村37个；快递覆盖100% → true；常住人口135.8万 → 1,358,000；培训8,630人次；月报附电商扶贫统计表 → true；下达500万元、拨付431.5万元 → 4,315,000；资金管理办法、专用台账 → true；专栏公开方案、项目信息、建设进度 → true，未设征求意见窗口也没有监督举报电话 → disclosureWindow false；农村网零2019年31.2亿元 → 3,120,000,000、2020年37.9亿元 → 3,790,000,000、增速21.5% → 0.215（农产品网零无数据，不列）；有劳动能力不含外出务工5,428人、参训2,032人；总体进度78%。没有主观分和自评分。",
    sheets: [sheet("亮点与短板", rows, merges)],
    expect: {
      facts: {
        county: "陆丰市", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-08-18", centerFreeTraining: true, centerDisplay: true, centerBrand: true,
        centerPhoto: false, centerOther: false, parkBuilt: false, thirdPartyOperator: true, adminVillagesStated: 252, poorVillagesStated: 37, expressCoverage: true,
        residentPopulation: 1358000, trainingPersonTimesStated: 8630, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: wan("431.5"),
        fundSystemIssued: true, fundLedgerKept: true, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        ruralRetail2019: yi("31.2"), ruralRetail2020: yi("37.9"), ruralRetailGrowthStated: 0.215, eligiblePoorPersonsStated: 5428, trainedPoorPersonsStated: 2032,
        overallProgress: 0.78,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b143-l1-xingning: 梅州兴宁市 — ①梅州市商务局《月报报送情况通报》附表（县区×月份，格内是报送日期，★＝附扶贫统计表），
// 兴宁市商务局存档，只有“兴宁市”一行是本局的报送；②通报正文（不是台账）；③园区《招商洽谈台账》（只有有“入驻日期”的是入驻企业）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  const AREA = "441481";
  // ---------------------------------------------------------------- 月报报送情况通报 (reports; only the 兴宁市 row)
  const MON = WINDOW;
  // a cell: [day, star, extra] or null (未报)
  const XN = [[7, true], [12, true], [6, true], [8, false], [7, true], null, [3, true, "（补报2月）"], [7, true], [10, true], [4, true], [6, true], [5, true]];
  const OTHERS = {
    梅江区: [[8, true], [9, true], [5, true], [7, true], [6, true], [26, true], [5, true], [8, true], [7, true], [3, true], [5, true], [4, true]],
    梅县区: [[10, false], [13, false], [9, false], null, [11, false], null, [15, false, "（补报1、2月）"], [12, false], [14, false], [10, false], [9, false], [11, false]],
    平远县: [[7, true], [10, true], [6, true], [4, true], [8, true], [24, true], [4, true], [7, true], [8, true], [4, true], [5, true], [6, true]],
    蕉岭县: [[9, true], [12, true], [10, true], [9, false], [12, true], null, [8, true, "（补报2月）"], [9, true], [11, true], [8, true], [8, true], [9, true]],
    大埔县: [[8, true], [10, true], [6, true], [8, true], [7, true], [25, true], [3, true], [6, true], [10, true], [4, true], [6, true], [5, true]],
    丰顺县: [[14, false], null, [16, true, "（补报10月）"], [11, true], [13, true], null, [12, true, "（补报2月）"], [14, true], [17, true], [15, true], [13, true], [12, true]],
    五华县: [[7, true], [10, true], [5, true], [7, true], [6, true], [23, true], [5, true], [7, true], [8, true], [4, true], [6, true], [4, true]],
  };
  const ORDER = ["梅江区", "梅县区", "兴宁市", "平远县", "蕉岭县", "大埔县", "丰顺县", "五华县"];
  const cellOf = (c, ym) => (c === null ? "未报" : `${+ym.slice(5)}月${c[0]}日${c[1] ? "★" : ""}${c[2] || ""}`);
  const recsR = [];
  {
    const W = 2 + MON.length + 3, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("梅州市商务局办公室关于2020年9月—2021年8月各县（市、区）电子商务进农村综合示范工作月报报送情况的通报　附表");
    full("说明：各列为报送日期所在的月份，格内为报送日期（年份见列标题）；★表示随月报报送了电商扶贫统计表，无★表示未附；“未报”为当月没有报送；“（补报×月）”为补报前一个月的月报，仍只算一次报送");
    full("兴宁市商务局电商股2021年9月17日收文存档：本局的报送记录是“兴宁市”一行，其他县（市、区）仅供对照");
    rows.push(["序号", "县（市、区）"].concat(MON.map(fmtYM), ["报送次数", "附扶贫统计表（次）", "未报月份"]));
    ORDER.forEach((c, i) => {
      const cells = c === "兴宁市" ? XN : OTHERS[c];
      assert(cells.length === 12, "12 cells " + c);
      const sent = cells.filter((x) => x !== null);
      rows.push([i + 1, c].concat(cells.map((x, j) => cellOf(x, MON[j])), [sent.length, sent.filter((x) => x[1]).length, cells.map((x, j) => (x === null ? fmtYM(MON[j]) : null)).filter(Boolean).join("、") || "无"]));
      if (c === "兴宁市") cells.forEach((x, j) => { if (x) recsR.push({ date: `${MON[j]}-${p2(x[0])}`, poverty: x[1] }); });
    });
    full("梅州市商务局电商科　　2021年9月15日");
    sheets.push(sheet("月报报送情况通报", rows, merges));
    expect["月报报送情况通报"] = { kind: "reports", records: recsR };
  }
  assert(recsR.length === 11 && recsR.filter((r) => !r.poverty).length === 1 && monthsCovered(recsR.map((r) => r.date)) === 11, "兴宁 11 reports");
  // ---------------------------------------------------------------- 通报正文 (not a ledger)
  {
    const rows = [
      ["梅州市商务局办公室关于各县（市、区）电子商务进农村综合示范工作月报报送情况的通报"],
      ["梅市商办函〔2021〕87号"],
      ["各县（市、区）商务主管部门："],
      ["为做好2019年省级电子商务进农村综合示范创建考评工作，现将2020年9月至2021年8月各县（市、区）月报报送情况通报如下："],
      ["一、梅江区、平远县、大埔县、五华县12个月均按时报送，且每月随附电商扶贫统计表，予以表扬。"],
      ["二、梅县区、兴宁市、蕉岭县、丰顺县存在漏报、迟报或未附电商扶贫统计表的情况，请认真整改。"],
      ["三、请各地指定专人负责，每月10日前通过粤政易和电子邮箱报送上月月报，并随附电商扶贫统计表。"],
      ["附件：报送情况统计表"],
      ["梅州市商务局办公室"],
      ["2021年9月15日"],
    ];
    sheets.push(sheet("通报正文", rows, []));
    expect["通报正文"] = { kind: null };
  }
  // ---------------------------------------------------------------- 招商洽谈台账 (enterprises: only rows with 入驻日期)
  // [name, seq|null, type, 首次洽谈 iso, 对接人, 进展, 签约 iso|null, 入驻 iso|null, 退出 iso|null, note]
  const EN = [
    ["兴宁市客都电子商务运营服务有限公司", 1, "电商运营商", "2020-06-03", "罗××", "已入驻", "2020-07-10", "2020-08-01", null, "县级运营服务商"],
    ["中国邮政集团有限公司兴宁市分公司邮乐购服务中心", 2, "平台型", "2020-06-15", "罗××", "已入驻", "2020-07-20", "2020-08-01", null, null],
    ["兴宁市鸽王电子商务有限公司", 3, "销售型", "2020-07-02", "刘××", "已入驻", "2020-08-18", "2020-09-07", null, null],
    ["兴宁市径南茶业网店", 4, "销售型", "2020-07-09", "刘××", "已入驻", "2020-08-25", "2020-09-14", null, null],
    ["兴宁市申通快递城区营业部", 5, "物流企业", "2020-07-21", "曾××", "已入驻", "2020-09-02", "2020-09-21", null, "仓储面积300平方米"],
    ["兴宁市客家腌面食品网店", 6, "销售型", "2020-08-05", "刘××", "已入驻（已退出）", "2020-09-10", "2020-10-12", "2021-04-30", "经营不善退园"],
    ["兴宁市百合直播传媒有限公司", 7, "直播服务", "2020-08-19", "曾××", "已入驻", "2020-10-09", "2020-11-02", null, null],
    ["深圳市优选生鲜供应链有限公司", null, "平台型", "2020-09-03", "罗××", "终止洽谈", null, null, null, "对方要求免租五年，未达成"],
    ["兴宁市合水农品汇电子商务有限公司", 8, "销售型", "2020-09-16", "刘××", "已入驻", "2020-11-05", "2020-11-23", null, null],
    ["兴宁市冷链仓储配送有限公司", 9, "物流企业", "2020-10-14", "曾××", "已入驻", "2020-12-01", "2021-01-04", null, null],
    ["兴宁市叶塘腐竹网店", 10, "销售型", "2020-11-11", "刘××", "已入驻", "2021-01-15", "2021-03-01", null, "春节后入驻"],
    ["兴宁市乡村好物网络科技有限公司", 11, "平台型", "2021-01-06", "罗××", "已入驻", "2021-03-08", "2021-03-29", null, null],
    ["兴宁市罗岗柑橘电子商务有限公司", 12, "销售型", "2021-02-24", "刘××", "已入驻（已退出）", "2021-04-06", "2021-04-26", "2021-08-13", "迁往梅州市区"],
    ["兴宁市云创代运营工作室", 13, "电商运营商", "2021-03-17", "曾××", "已入驻", "2021-05-06", "2021-05-24", null, null],
    ["广州市农掌柜电子商务有限公司兴宁分公司", 14, "销售型", "2021-04-21", "罗××", "洽谈中", null, null, null, "待总公司决策"],
    ["兴宁市新陂鸡蛋电子商务有限公司", 15, "销售型", "2021-05-12", "刘××", "已入驻", "2021-06-21", "2021-07-12", null, null],
    ["兴宁市宁江文创电商团队（筹）", null, "销售型", "2021-06-09", "曾××", "已签约待入驻", "2021-08-20", null, null, "计划10月入驻"],
    ["兴宁市石马腌菜网店", 16, "销售型", "2021-07-07", "刘××", "已入驻", "2021-08-16", "2021-09-06", null, "9月入驻"],
    ["梅州市嘉应物流有限公司", null, "物流企业", "2021-08-04", "罗××", "洽谈中", null, null, null, null],
  ];
  const recsE = EN.filter((e) => e[7]).map((e) => ({ name: e[0], type: e[2], entered: e[7], left: e[8] }));
  assert(recsE.length === 15 && EN.filter((e) => e[6]).length === 16, "15 entered, 16 signed");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("兴宁市电子商务产业园招商洽谈台账");
    full("园区招商部　　更新至2021年9月10日　　“入驻日期”为企业实际搬进园区（领取钥匙）的日期，签约不等于入驻；“洽谈中”“终止洽谈”“已签约待入驻”的都没有入驻；退园的在“退出日期”登记");
    rows.push(["序号", "洽谈企业", "统一社会信用代码", "企业类型", "首次洽谈", "对接人", "洽谈进展", "签约日期", "入驻日期", "退出日期", "备注"]);
    const F = [fmtDot, D, fmtCn, fmtSlash, fmt2y];
    EN.forEach((e, i) => rows.push([i + 1, e[0], e[1] === null ? "—" : creditCode(AREA, e[1]), e[2], fmtDot(e[3]), e[4], e[5], e[6] ? F[i % 5](e[6]) : null, e[7] ? F[(i + 2) % 5](e[7]) : null, e[8] ? F[(i + 3) % 5](e[8]) : null, e[9]]));
    full(`小计：洽谈${EN.length}家，签约${EN.filter((e) => e[6]).length}家，入驻${recsE.length}家（其中退出2家、9月入驻1家），在谈2家，终止1家。　　填表：招商部 曾××`);
    sheets.push(sheet("招商洽谈台账", rows, merges));
    expect["招商洽谈台账"] = { kind: "enterprises", records: recsE };
  }
  write("ledgers/b143-l1-xingning.json", {
    description:
      "梅州兴宁市商务局交的三个表。①《月报报送情况通报》是梅州市商务局通报的附表，兴宁市商务局收文存档：一行一个县（市、区），列是2020年9月—2021年8月12个月（报送日期所在的月份），格内是报送日期“9月7日★”（年份看列标题），★表示随月报附了电商扶贫统计表（无★ → poverty false），“未报”是当月没有报送，“（补报2月）”只是说明，仍是一次报送。第三行写明本局的记录是“兴宁市”一行，其他县区只供对照，所以只读兴宁市一行：2020-09-07、10-12、11-06、12-08（无★）、2021-01-07、03-03（补报2月）、04-07、05-10、06-04、07-06、08-05，共11条，2021年2月未报；后三列报送次数、附表次数、未报月份是汇总。②《通报正文》是公文正文，不是台账。③《招商洽谈台账》是园区招商部的洽谈台账，一家洽谈对象一行：只有“入驻日期”有值的才是入驻企业（签约不等于入驻，“洽谈中”“终止洽谈”“已签约待入驻”的不是），读“入驻日期”（不读首次洽谈、签约日期）和“退出日期”；“已入驻（已退出）”两家 left 照读（2021-04-30、2021-08-13），石马腌菜网店9月6日入驻也照列；共15家，类型照“企业类型”列读。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b143-l2-fogang: 清远佛冈县 — 扶贫信息系统的两张导出：①《帮扶措施明细》（只有“农村电商培训”类、状态已完成的是电商培训，
// 家政、电工等其他技能培训和产业、就业、教育措施都不是；日期读结束日期）；②《家庭成员信息》（劳动技能、务工区域：县外才是外出务工）；
// ③导出条件（不是台账）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {}, USED = new Set();
  const AREA = "441821";
  const VILS = [["石角镇", "观山村"], ["石角镇", "三八村"], ["汤塘镇", "围镇村"], ["水头镇", "王田村"], ["迳头镇", "井冈村"], ["高岗镇", "宝山村"], ["龙山镇", "上岳村"]];
  // members: [hh, 关系, 性别, 年龄, 在校生, 劳动技能, 务工状态, 务工区域, 务工月数]
  const MB = [
    [0, "户主", "男", 52, "否", "普通劳动力", "未务工", null, 0], [0, "配偶", "女", 49, "否", "弱劳动力或半劳动力", "未务工", null, 0], [0, "之子", "男", 24, "否", "技能劳动力", "务工", "省外", 10],
    [1, "户主", "女", 45, "否", "普通劳动力", "务工", "县内", 8], [1, "之女", "女", 16, "是（高中）", "无劳动力", null, null, null], [1, "之母", "女", 76, "否", "丧失劳动力", null, null, null],
    [2, "户主", "男", 38, "否", "普通劳动力", "务工", "县外省内", 11], [2, "配偶", "女", 36, "否", "普通劳动力", "未务工", null, 0], [2, "之子", "男", 9, "是（小学）", "无劳动力", null, null, null],
    [3, "户主", "男", 61, "否", "弱劳动力或半劳动力", "未务工", null, 0], [3, "配偶", "女", 58, "否", "普通劳动力", "务工", "县内", 6],
    [4, "户主", "女", 42, "否", "普通劳动力", "未务工", null, 0], [4, "之子", "男", 21, "否", "普通劳动力", "务工", "县外省内", 9], [4, "之女", "女", 19, "是（大专）", "无劳动力", null, null, null],
    [5, "户主", "男", 47, "否", "技能劳动力", "务工", "县内", 12], [5, "配偶", "女", 44, "否", "普通劳动力", "未务工", null, 0], [5, "之父", "男", 80, "否", "丧失劳动力", null, null, null],
    [6, "户主", "男", 55, "否", "普通劳动力", "未务工", null, 0], [6, "之子", "男", 30, "否", "普通劳动力", "务工", "省外", 12], [6, "之媳", "女", 28, "否", "普通劳动力", "务工", "县外省内", 12],
    [7, "户主", "女", 64, "否", "弱劳动力或半劳动力", "未务工", null, 0],
    [8, "户主", "男", 35, "否", "普通劳动力", "务工", "县内", 10], [8, "配偶", "女", 33, "否", "普通劳动力", "未务工", null, 0], [8, "之女", "女", 7, "是（小学）", "无劳动力", null, null, null],
    [9, "户主", "男", 50, "否", "普通劳动力", "未务工", null, 0], [9, "配偶", "女", 48, "否", "普通劳动力", "务工", "县外省内", 7],
    [10, "户主", "女", 39, "否", "普通劳动力", "未务工", null, 0], [10, "之子", "男", 14, "是（初中）", "无劳动力", null, null, null],
    [11, "户主", "男", 58, "否", "普通劳动力", "务工", "县内", 5], [11, "配偶", "女", 57, "否", "丧失劳动力", null, null, null],
  ];
  const HHV = [0, 0, 1, 2, 3, 3, 4, 4, 5, 6, 6, 2];
  const LAB = { 普通劳动力: true, 技能劳动力: true, 弱劳动力或半劳动力: true, 丧失劳动力: false, 无劳动力: false };
  const withSurname = (sur, sex, k) => { const G = sex === "女" ? GIV_F : GIV_M; for (let q = 0; q < G.length; q++) { const n = sur + G[(k + q) % G.length]; if (!USED.has(n)) { USED.add(n); return n; } } throw new Error("name"); };
  const P = [];
  const childSur = {};
  MB.forEach((m, i) => {
    const mm = 1 + ((i * 5) % 12), dd = 1 + ((i * 11) % 28);
    const birth = `${2021 - m[3] - (mm * 100 + dd > 922 ? 1 : 0)}${p2(mm)}${p2(dd)}`;
    assert(ageOn(birth, "2021-09-22") === m[3], "age " + i);
    const h = P.find((q) => q.hh === m[0] && q.m[1] === "户主");
    const child = m[1] === "之子" || m[1] === "之女";
    let name;
    if (h && (m[1] === "之父" || (child && h.m[2] === "男"))) name = withSurname(h.name[0], m[2], i * 3);
    else if (child && childSur[m[0]]) name = withSurname(childSur[m[0]], m[2], i * 3);
    else name = nameOf(i * 3 + 1, m[2], USED);
    if (child && !childSur[m[0]]) childSur[m[0]] = name[0];
    P.push({ m, hh: m[0], name, id: makeIdSex(AREA, birth, 100 + i * 23, i === 14 || i === 26, m[2]) });
  });
  assert(new Set(P.map((p) => p.id)).size === P.length && new Set(P.map((p) => p.name)).size === P.length, "unique");
  const HHNO = (h) => `441821${p2(1 + HHV[h])}${String(10420 + h * 137).padStart(6, "0")}`;
  const head = (h) => P.find((q) => q.hh === h && q.m[1] === "户主");
  // ---------------------------------------------------------------- 帮扶措施明细 (training: only 农村电商培训, 已完成; date = 结束日期)
  // [person index, 类别, 名称, 单位, start, end, 资金, 状态]
  const MS = [
    [0, "产业帮扶", "种养奖补（养鸡）", "石角镇政府", "2020-03-01", "2020-12-31", 3000, "已完成"],
    [0, "技能培训", "农村电商培训", "佛冈县商务局", "2020-10-20", "2020-10-21", 0, "已完成"],
    [1, "技能培训", "农村电商培训", "佛冈县商务局", "2020-10-20", "2020-10-21", 0, "已完成"],
    [1, "技能培训", "农村电商培训（直播带货）", "佛冈县商务局", "2021-04-15", "2021-04-15", 0, "已完成"],
    [3, "就业帮扶", "公益性岗位（村保洁员）", "佛冈县人社局", "2020-01-01", "2021-12-31", 9600, "实施中"],
    [3, "技能培训", "家政服务培训", "佛冈县人社局", "2020-11-09", "2020-11-13", 1200, "已完成"],
    [4, "教育保障", "高中生活费补助", "佛冈县教育局", "2020-09-01", "2021-07-15", 2500, "已完成"],
    [7, "技能培训", "农村电商培训", "佛冈县商务局", "2020-12-08", "2020-12-09", 0, "已完成"],
    [7, "金融帮扶", "扶贫小额信贷", "佛冈农商银行", "2020-05-10", "2023-05-09", 50000, "实施中"],
    [9, "技能培训", "农村电商培训", "佛冈县商务局", "2020-12-08", "2020-12-09", 0, "已完成"],
    [10, "技能培训", "电工培训", "佛冈县人社局", "2021-03-22", "2021-03-26", 1500, "已完成"],
    [11, "技能培训", "农村电商培训", "佛冈县商务局", "2021-01-12", "2021-01-12", 0, "已完成"],
    [11, "技能培训", "农村电商培训（短视频）", "佛冈县商务局", "2021-06-17", "2021-06-18", 0, "已完成"],
    [12, "技能培训", "农村电商培训", "佛冈县商务局", "2021-01-12", "2021-01-12", 0, "已取消"],
    [14, "技能培训", "农村电商培训（网店运营）", "佛冈县商务局", "2021-03-09", "2021-03-10", 0, "已完成"],
    [15, "技能培训", "农村电商培训（网店运营）", "佛冈县商务局", "2021-03-09", "2021-03-10", 0, "已完成"],
    [15, "产业帮扶", "种养奖补（砂糖橘）", "汤塘镇政府", "2021-02-01", "2021-11-30", 2000, "实施中"],
    [17, "技能培训", "农村电商培训", "佛冈县商务局", "2021-05-25", "2021-05-25", 0, "已完成"],
    [18, "就业帮扶", "务工交通补贴", "佛冈县人社局", "2021-03-01", "2021-03-01", 500, "已完成"],
    [20, "技能培训", "农村电商培训", "佛冈县商务局", "2021-05-25", "2021-05-25", 0, "已完成"],
    [21, "技能培训", "农村电商培训（直播带货）", "佛冈县商务局", "2021-07-13", "2021-07-14", 0, "已完成"],
    [22, "技能培训", "农村电商培训（直播带货）", "佛冈县商务局", "2021-07-13", "2021-07-14", 0, "已完成"],
    [22, "技能培训", "粤菜师傅培训", "佛冈县人社局", "2021-08-02", "2021-08-06", 1800, "已完成"],
    [24, "技能培训", "农村电商培训", "佛冈县商务局", "2021-08-26", "2021-08-27", 0, "已完成"],
    [25, "技能培训", "农村电商培训", "佛冈县商务局", "2021-08-30", "2021-09-01", 0, "已完成"],
    [26, "技能培训", "农村电商培训（短视频）", "佛冈县商务局", "2021-09-14", "2021-09-14", 0, "已完成"],
    [26, "医疗保障", "城乡居民医保个人缴费资助", "佛冈县医保局", "2021-01-01", "2021-12-31", 280, "已完成"],
    [28, "技能培训", "农村电商培训", "佛冈县商务局", "2021-06-17", "2021-06-18", 0, "已完成"],
  ];
  const isEc = (m) => m[2].startsWith("农村电商培训") && m[7] === "已完成";
  const recsT = MS.filter(isEc).map((m) => ({ date: m[5], personTimes: 1, id: P[m[0]].id }));
  assert(recsT.length === 17 && MS.filter((m) => m[1] === "技能培训").length === 21, "17 e-commerce trainings");
  {
    const W = 14, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:N${R()}`); };
    full("广东省精准扶贫信息管理系统　帮扶措施明细查询结果");
    full("查询范围：清远市佛冈县　措施年度：2020—2021　导出：2021-09-22 10:15:33　　县商务局加注：“措施名称”为“农村电商培训”（含括号内的专题）的才是电商培训，家政、电工、粤菜师傅等其他技能培训不是；状态“已取消”的没有参加；培训日期以“结束日期”为准");
    rows.push(["序号", "镇", "村", "户编号", "户主姓名", "成员姓名", "证件号码", "措施类别", "措施名称", "实施单位", "开始日期", "结束日期", "帮扶资金（元）", "状态"]);
    MS.forEach((m, i) => {
      const p = P[m[0]], h = head(p.hh), v = VILS[HHV[p.hh]];
      rows.push([i + 1, v[0], v[1], HHNO(p.hh), h.name, p.name, p.id, m[1], m[2], m[3], m[4], m[5], m[6], m[7]]);
    });
    full(`共${MS.length}条`);
    sheets.push(sheet("帮扶措施明细", rows, merges));
    expect["帮扶措施明细"] = { kind: "training", records: recsT };
  }
  // ---------------------------------------------------------------- 家庭成员信息 (poorPersons)
  const recsP = [];
  {
    const W = 16, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:P${R()}`); };
    full("广东省精准扶贫信息管理系统　家庭成员信息查询结果");
    full("查询范围：清远市佛冈县（抽取参加2020—2021年帮扶措施的12户）　导出：2021-09-22 10:21:07　　县乡村振兴局加注：劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的为有劳动能力，丧失劳动力、无劳动力的为无劳动能力；外出务工指在佛冈县以外务工，即“务工区域”为县外省内、省外，县内务工不算；无劳动能力的人员不填务工状态");
    rows.push(["序号", "镇", "村", "户编号", "姓名", "证件号码", "与户主关系", "性别", "年龄", "在校生状况", "劳动技能", "务工状态", "务工区域", "务工时间（月）", "脱贫年度", "是否监测对象"]);
    P.forEach((p, i) => {
      const m = p.m, v = VILS[HHV[p.hh]];
      rows.push([i + 1, v[0], v[1], HHNO(p.hh), p.name, p.id, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], `${2018 + (p.hh % 3)}年`, p.hh === 7 ? "是" : "否"]);
      recsP.push({ id: p.id, labour: LAB[m[5]], migrant: m[6] === null ? null : m[6] === "务工" && m[7] !== "县内" });
    });
    full(`共${P.length}人`);
    sheets.push(sheet("家庭成员信息", rows, merges));
    expect["家庭成员信息"] = { kind: "poorPersons", records: recsP };
  }
  assert(recsP.filter((r) => r.labour && r.migrant === false).length === 16 && recsP.filter((r) => r.migrant).length === 6 && recsP.filter((r) => r.labour === false).length === 8, "16 eligible, 6 migrants, 8 without labour");
  // ---------------------------------------------------------------- 导出条件 (not a ledger)
  {
    const rows = [["导出说明"], ["系统：广东省精准扶贫信息管理系统（县级用户）"], ["导出人：佛冈县乡村振兴局 信息股 朱××"], ["用途：提供县商务局核对电商培训的建档立卡贫困人口"],
      ["帮扶措施明细：按户编号查询，措施年度2020—2021"], ["家庭成员信息：同一批户编号"], ["注意：证件号码为完整号码，仅限内部核对使用，不得外传"]];
    sheets.push(sheet("导出条件", rows, []));
    expect["导出条件"] = { kind: null };
  }
  write("ledgers/b143-l2-fogang.json", {
    description:
      "清远佛冈县乡村振兴局从广东省精准扶贫信息管理系统导出、给县商务局核对电商培训用的三个表。①《帮扶措施明细》一条帮扶措施一行（同一人可有多行），措施类别有产业帮扶、就业帮扶、教育保障、医疗保障、金融帮扶、技能培训：按县商务局的加注，只有“措施名称”为“农村电商培训”（含“（直播带货）”“（短视频）”“（网店运营）”等专题）且状态“已完成”的才是电商培训记录，一人一条算1人次，身份证号读“证件号码”（两个末位X），日期读“结束日期”（2020-10-20至21日的读10-21，8月30日至9月1日的读2021-09-01），9月的照列；家政服务、电工、粤菜师傅等其他技能培训不是，状态“已取消”的一条不是，公益性岗位、务工交通补贴、小额信贷等都不是。共17条。②《家庭成员信息》一人一行：劳动技能“普通劳动力”“技能劳动力”“弱劳动力或半劳动力” → labour true，“丧失劳动力”“无劳动力”（在校生） → false；外出务工按加注看“务工区域”：“县外省内”“省外” → migrant true，“县内”务工和“未务工” → false，无劳动能力的务工状态空白 → null。共30人（有劳动能力且不外出务工的16人）。③《导出条件》是说明，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
