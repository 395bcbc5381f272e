// Batch 139 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b138.js)
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

// ---------------------------------------------------------------- helpers new in batch 139
// 统一社会信用代码 with another leading pair (92 = 个体工商户)
function creditCodeP(prefix, area, seq) {
  const c = creditCode(area, seq);
  const s = prefix + c.slice(2, 17);
  let t = 0; for (let i = 0; i < 17; i++) t += CC.indexOf(s[i]) * CW[i];
  return s + CC[(31 - (t % 31)) % 31];
}
// 人民币大写（整数元）
function daxie(n) {
  assert(Number.isInteger(n) && n > 0 && n < 1e8, "daxie " + n);
  const DG = "零壹贰叁肆伍陆柒捌玖", U = ["", "拾", "佰", "仟"];
  const sec = (x) => {
    let s = "", started = false, zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(x / 10 ** i) % 10;
      if (d === 0) { if (started) zero = true; } else { if (zero) s += "零"; s += DG[d] + U[i]; started = true; zero = false; }
    }
    return s;
  };
  const w = Math.floor(n / 10000), r = n % 10000;
  let s = "";
  if (w > 0) s += sec(w) + "万";
  if (r > 0) { if (w > 0 && r < 1000) s += "零"; s += sec(r); }
  return s + "元整";
}
assert(daxie(420000) === "肆拾贰万元整" && daxie(96500) === "玖万陆仟伍佰元整" && daxie(135700) === "壹拾叁万伍仟柒佰元整" && daxie(1000800) === "壹佰万零捌佰元整" && daxie(1005) === "壹仟零伍元整", "daxie");
const yuan = (n) => "¥" + money2(n);
const pct1 = (a, b) => (Math.round((a / b) * 1000) / 10).toFixed(1) + "%";
// deterministic two-character village stems
function stems(a, b, n, salt, avoid) {
  const cand = [];
  a.split("").forEach((x, i) => b.split("").forEach((y, j) => { if (x !== y) cand.push([(i * 131 + j * 71 + i * j * 29 + salt) % 997, x + y]); }));
  cand.sort((p, q) => p[0] - q[0] || (p[1] < q[1] ? -1 : 1));
  const out = [...new Set(cand.map((c) => c[1]))].filter((s) => !(avoid || []).includes(s)).slice(0, n);
  assert(out.length === n, "stems " + out.length);
  return out;
}

// =====================================================================================
// counties/b139-c1-dabu: 梅州大埔县 — 《各成员单位报送材料汇总》（县政府办、商务局、财政局、统计局、乡村振兴局、邮政管理局、应急管理局各一块，
// 每块版式不同，最后是商务局的自评分汇总）；县水务局《农村供水工程覆盖情况统计表》当村名单（类别一列同时标行政村／社区和相对贫困村）；
// 《站点分镇汇总表》（一镇一行，站点村名和挂牌时间写在一个格里，用顿号隔开）；《培训统筹表》（五个主办单位分块，读“参训人次 合计”，
// 不读“其中”两列）；县委组织部《非公企业党建工作联络表》当园区企业名单；《转账支票领用登记簿》（作废、退票不是支出，重开的是）；
// OA《发文登记》（只有主送梅州市商务局的月报是报送）；《信息公示登记簿》（只有县政府网站专栏的是专栏更新，读发布日期不读公示期）；
// 《宣传信息投稿登记》（未采用的不是报道，读刊发日期不读投稿日期）
// =====================================================================================
(function c1() {
  const AREA = "441422";
  const sheets = [], USED = new Set();
  const TOWNS = ["湖寮镇", "茶阳镇", "三河镇", "大麻镇", "百侯镇", "枫朗镇", "高陂镇", "光德镇", "桃源镇", "西河镇", "洲瑞镇", "青溪镇", "银江镇", "大东镇"];
  const NV = [16, 14, 12, 13, 11, 15, 20, 12, 14, 10, 11, 12, 10, 14];
  assert(NV.length === TOWNS.length && sum(NV) === 184, "184 行政村");
  const COMM = { 湖寮镇: ["城东社区", "城西社区", "城南社区", "城北社区", "湖山社区"], 茶阳镇: ["茶阳社区", "新街社区"], 三河镇: ["汇城社区"], 大麻镇: ["大麻社区"],
    百侯镇: ["侯南社区"], 高陂镇: ["高陂社区", "埔田社区"], 光德镇: ["光德社区"], 枫朗镇: ["枫朗社区"], 西河镇: ["西河社区"] };
  const NCOMM = sum(Object.values(COMM).map((c) => c.length));
  assert(NCOMM === 15, "15 社区");
  const ST = stems("上下东西南北新大小石坪坑塘岭田溪黄白", "坑坪塘岭田溪背坳口头岗墩楼寨湖洋", 184, 37, TOWNS.map((t) => t.slice(0, 2)));
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: ST[vk] + "村", stem: ST[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 5 === 2).map((v) => v.k).slice(0, 34);
  assert(POORK.length === 34, "34 poor");
  const isPoor = (k) => POORK.includes(k);
  const SEPT_K = POORK[20];
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const covNP = nonPoor.filter((v, j) => (j * 11) % 30 < 19).slice(0, 95);
  assert(nonPoor.length === 150 && covNP.length === 95, "95 covered non-poor");
  const COVK = POORK.filter((k) => k !== SEPT_K).concat(covNP.map((v) => v.k));
  assert(COVK.length === 128, "128 covered");
  let SECOND_K = null; // set below: a non-poor village whose first station opened in 2020

  // ---------------------------------------------------------------- stations (one row per town, the stations in one cell)
  const STA = []; // {town, k|null, label, opened, cell, extra}
  const order = COVK.slice().sort((a, b) => ((a * 53) % 184) - ((b * 53) % 184) || a - b);
  order.forEach((k, i) => {
    let opened = isoAdd("2020-06-10", Math.floor((i * 447) / 127));
    let cell;
    if (i % 9 === 4 && opened < "2021-01-01") { opened = opened.slice(0, 7); cell = i % 2 ? `${+opened.slice(0, 4)}.${+opened.slice(5, 7)}` : fmtMonth(opened); }
    else cell = [fmtDot, fmtDot, fmtCn, fmtDot, fmt2y][i % 5](opened);
    STA.push({ town: VIL[k].town, k, label: i % 6 === 3 ? VIL[k].stem + "村委会" : VIL[k].name, opened, cell, extra: "" });
  });
  assert(STA.some((s) => s.opened === "2021-08-31") && STA.every((s) => dateOk(s.opened)), "last station on the cut-off day");
  SECOND_K = STA.filter((s) => !isPoor(s.k) && s.opened.length === 10 && s.opened < "2020-12-01")[12].k;
  STA.push({ town: VIL[SECOND_K].town, k: SECOND_K, label: VIL[SECOND_K].name, opened: "2021-03-08", cell: "2021.3.8", extra: "，圩镇第二站" });
  STA.push({ town: "湖寮镇", k: null, label: "城东社区", opened: "2020-12", cell: "2020.12", extra: "，社区站点" });
  STA.push({ town: "高陂镇", k: null, label: "高陂社区", opened: "2021-01-15", cell: "2021.1.15", extra: "，社区站点" });
  STA.push({ town: VIL[SEPT_K].town, k: SEPT_K, label: VIL[SEPT_K].name, opened: "2021-09-06", cell: "2021.9.6", extra: "" });
  const covIn = new Set(STA.filter((s) => s.k !== null && dateOk(s.opened)).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 128 && poorIn === 33, "128 villages, 33 of 34 poor");
  assert(128 * 100 < 184 * 70 && 129 * 100 >= 184 * 70 && 128 * 100 >= 184 * 50, "69.6% → 2; one more village → 70.1% → 5");
  assert(33 * 100 < 34 * 100 && 33 * 100 >= 34 * 80, "97.1% → 3");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("大埔县村级电子商务服务站点建设情况分镇汇总表");
    full("县商务局电商股　　统计至2021年9月10日　　“站点所在村（社区）”一栏按挂牌先后列出，括号内为挂牌运营时间（只写到月的为当月挂牌），同一村有两个站点的列两次");
    rows.push(["序号", "镇", "行政村（个）", "社区（个）", "已建站点（个）", "其中：行政村站点（个）", "站点所在村（社区）及挂牌运营时间", "未建站点的行政村", "备注"]);
    let gS = 0, gA = 0;
    TOWNS.forEach((t, ti) => {
      const list = STA.filter((s) => s.town === t).sort((a, b) => (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0));
      const has = new Set(list.filter((s) => s.k !== null).map((s) => s.k));
      const un = VIL.filter((v) => v.town === t && !has.has(v.k)).map((v) => v.name);
      const nA = list.filter((s) => s.k !== null).length;
      gS += list.length; gA += nA;
      const notes = [];
      if (list.some((s) => s.k === SECOND_K && s.extra)) notes.push(`${VIL[SECOND_K].name}设2个站点`);
      if (list.some((s) => s.k === null)) notes.push("含社区站点1个");
      if (list.some((s) => s.k === SEPT_K)) notes.push("含9月新挂牌1个");
      rows.push([ti + 1, t, NV[ti], (COMM[t] || []).length, list.length, nA, list.map((s) => `${s.label}（${s.cell}${s.extra}）`).join("、"), un.length ? un.join("、") : "无", notes.length ? notes.join("；") : null]);
    });
    rows.push(["合计", null, sum(NV), NCOMM, gS, gA, null, `${184 - sum(TOWNS.map((t) => new Set(STA.filter((s) => s.town === t && s.k !== null).map((s) => s.k)).size))}个`, null]);
    merges.push(`A${R()}:B${R()}`);
    assert(gS === 132 && gA === 130, "132 stations, 130 in 行政村");
    full("填表：电商股 温××　　注：省定相对贫困村站点情况见《农村供水覆盖表》类别栏对照");
    sheets.push(sheet("站点分镇汇总", rows, merges));
  }

  // ---------------------------------------------------------------- 农村供水覆盖表 (villages; 县水务局)
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("大埔县农村供水工程覆盖情况统计表");
    full("大埔县水务局　　2021年6月　　村（居）类别：“相对贫困村”为省定相对贫困村，“一般村”为其他行政村，“社区”为居委会");
    rows.push(["序号", "镇", "村（社区）", "村（居）类别", "供水情况", null, null, "备注"]);
    rows.push([null, null, null, null, "供水方式", "供水工程名称", "受益人口（人）", null]);
    merges.push("E3:G3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "H3:H4");
    const WAYS = ["城镇管网延伸", "集中供水", "集中供水", "分散供水"];
    let no = 0, gP = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = (COMM[t] || []).map((c) => ({ name: c, comm: true })).concat(VIL.filter((v) => v.town === t).map((v) => ({ name: v.name, comm: false, k: v.k })));
      let tp = 0;
      list.forEach((e) => {
        no++;
        const way = e.comm ? "城镇管网延伸" : WAYS[(no * 7) % 4];
        const pop = (e.comm ? 2600 : 480) + ((no * 397) % 1900);
        tp += pop;
        const cat = e.comm ? "社区" : isPoor(e.k) ? "相对贫困村" : "一般村";
        const proj = way === "分散供水" ? "—" : way === "城镇管网延伸" ? `${t.replace(/镇$/, "")}水厂管网延伸` : `${e.name.replace(/村$/, "")}集中供水工程`;
        rows.push([no, s === R() + 1 ? t : null, e.name, cat, way, proj, pop, way === "分散供水" ? "山区分散户，已纳入2021年提升计划" : null]);
      });
      merges.push(`B${s}:B${R()}`);
      gP += tp;
      const np = VIL.filter((v) => v.town === t && isPoor(v.k)).length;
      rows.push([null, `${t}小计`, `行政村${NV[ti]}个${np ? `（其中相对贫困村${np}个）` : ""}${COMM[t] ? `、社区${COMM[t].length}个` : ""}`, null, null, null, tp, null]);
      merges.push(`C${R()}:F${R()}`);
    });
    rows.push(["全县合计", null, `行政村184个（其中相对贫困村34个）、社区${NCOMM}个`, null, null, null, gP, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:F${R()}`);
    full("制表：县水务局农村水利股　　审核：张××");
    sheets.push(sheet("农村供水覆盖表", rows, merges));
  }

  // ---------------------------------------------------------------- 培训统筹表 (training sessions by organiser)
  const POP = 326200, TBASE = Math.min(POP, 500000);
  // [organiser block, [iso | {range, end}, 名称, 地点, 人次]]
  const TR = [
    ["县商务局（县电子商务公共服务中心）", [
      ["2020-10-15", "农村电商基础普及培训", "湖寮镇文化站", 168], ["2020-11-12", "网店开设与运营", "县电商公共服务中心", 142],
      ["2020-12-10", "农村电商基础普及培训", "高陂镇政府会议室", 186], ["2021-01-14", "短视频与直播入门", "县电商公共服务中心", 155],
      ["2021-02-25", "农村电商基础普及培训", "青溪镇文化站", 166], ["2021-03-18", "农村电商基础普及培训", "茶阳镇文化站", 174],
      [{ text: "2021年4月13日—15日", end: "2021-04-15" }, "直播带货实训班（连续3天）", "县电商公共服务中心", 50], ["2021-05-20", "农产品包装与品牌", "县电商公共服务中心", 131],
      ["2021-05-27", "农村电商基础普及培训", "银江镇文化站", 153], ["2021-06-17", "农村电商基础普及培训", "三河镇文化站", 162],
      ["2021-06-29", "脱贫户电商技能专场", "县电商公共服务中心", 142], ["2021-07-15", "电商客服与售后", "县电商公共服务中心", 118],
      ["2021-08-05", "农村电商基础普及培训", "大东镇文化站", 185], ["2021-08-19", "农村电商基础普及培训", "大麻镇文化站", 157],
      ["2021-09-09", "农村电商基础普及培训", "百侯镇文化站", 176]]],
    ["县妇联", [["2020-11-25", "巾帼电商培训", "枫朗镇妇女之家", 96], ["2021-03-08", "“三八”巾帼直播带货培训", "县电商公共服务中心", 120], ["2021-06-24", "巾帼电商培训", "光德镇妇女之家", 88]]],
    ["团县委", [["2020-12-18", "青年电商创业培训", "县青年创业孵化基地", 74], ["2021-05-04", "“五四”青年直播电商训练营", "县电商公共服务中心", 92], ["2021-09-16", "青年电商创业培训（第二期）", "县青年创业孵化基地", 81]]],
    ["县人社局", [["2021-01-21", "电子商务师（初级）职业技能培训", "县职业技术学校", 60], ["2021-07-08", "网络营销职业技能培训", "县职业技术学校", 55]]],
    ["县供销社", [["2020-09-24", "供销社农村电商普及培训", "桃源镇供销社", 133], ["2021-04-22", "农产品网销培训", "西河镇供销社", 109], ["2021-08-26", "“供销e家”电商培训", "洲瑞镇供销社", 124]]],
  ];
  const tEnd = (d) => (typeof d === "string" ? d : d.end);
  const allT = TR.flatMap((b) => b[1]);
  const T_IN = sum(allT.filter((s) => tEnd(s[0]) <= AS_OF).map((s) => s[3]));
  const T_ALL = sum(allT.map((s) => s[3]));
  assert(T_IN === 3040 && T_IN * 1000 >= TBASE * 8 && T_IN * 100 < TBASE, "3,040 / 326,200 = 0.932% → 8");
  assert(T_ALL === 3297 && T_ALL * 100 >= TBASE, "with September 3,297 → 1.01%");
  let poorPT = 0;
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("大埔县农村电子商务培训统筹情况表（2020年9月—2021年9月）");
    full("县商务局汇总　　各主办单位报送，按主办单位分块；培训人次以“参训人次 合计”为准，“其中”两栏为合计中的女性和脱贫户人次，不另计");
    rows.push(["序号", "主办单位", "培训名称", "培训日期", "培训地点", "参训人次", null, null, "备注"]);
    rows.push([null, null, null, null, null, "合计", "其中：女", "其中：脱贫户", null]);
    merges.push("F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "I3:I4");
    const FMT = [D, fmtDot, fmtCn, fmtSlash];
    let no = 0, gT = 0, gF = 0, gP = 0;
    TR.forEach(([org, list], bi) => {
      full(`${"一二三四五"[bi]}、${org}`);
      const s = R() + 1;
      let bT = 0, bF = 0, bP = 0;
      list.forEach((x) => {
        no++;
        const fem = Math.round(x[3] * 0.44) + (no % 5) + (org === "县妇联" ? Math.round(x[3] * 0.5) : 0);
        const pr = Math.round(x[3] * 0.3) + (no % 4) + (/脱贫户/.test(x[1]) ? Math.round(x[3] * 0.6) : 0);
        assert(fem <= x[3] && pr <= x[3], "sub-columns within total");
        bT += x[3]; bF += fem; bP += pr;
        if (tEnd(x[0]) <= AS_OF) poorPT += pr;
        const dc = typeof x[0] === "string" ? FMT[no % 4](x[0]) : x[0].text;
        rows.push([no, s === R() + 1 ? org : null, x[1], dc, x[2], x[3], fem, pr, typeof x[0] === "string" ? null : "学员50人，连续3天，按50人次计"]);
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, "小计", null, null, null, bT, bF, bP, null]);
      merges.push(`B${R()}:E${R()}`);
      gT += bT; gF += bF; gP += bP;
    });
    rows.push(["合计", null, null, null, null, gT, gF, gP, null]);
    merges.push(`A${R()}:E${R()}`);
    assert(gT === T_ALL, "合计 = rows");
    full("填表：电商股 温××　　各单位联系人：妇联 刘××、团县委 邱××、人社局 罗××、供销社 杨××");
    sheets.push(sheet("培训统筹表", rows, merges));
  }
  const ELIG = 1860, TRN = 812;
  assert(poorPT >= TRN && Math.round((TRN / ELIG) * 1000) === 437 && TRN * 100 >= ELIG * 40 && TRN * 100 < ELIG * 50, "43.7% → 8; 脱贫户人次 ≥ persons");

  // ---------------------------------------------------------------- 园区党建联络表 (enterprises)
  // [name, type, entered iso, cell, left iso|null, 个体?]
  const EN = [
    ["梅州市埔商电子商务运营有限公司", "电商运营商", "2020-11-02", D("2020-11-02")], ["中国邮政集团有限公司大埔县分公司邮乐购服务站", "平台型", "2020-11", "2020.11"],
    ["大埔县蜜柚人家网店", "销售型", "2020-11-16", "2020年11月16日", null, 1], ["大埔县韵达快递湖寮营业部", "物流企业", "2020-11-20", "2020.11.20"],
    ["大埔县茶阳茶叶电子商务有限公司", "销售型", "2020-12-03", "2020.12.3"], ["大埔县客都乡品网络科技有限公司", "平台型", "2020-12-15", D("2020-12-15")],
    ["大埔县百侯薄饼网店", "销售型", "2021-01-06", "2021.1.6", null, 1], ["大埔县山客直播传媒有限公司", "直播服务", "2021-01-20", "2021年1月20日"],
    ["大埔县顺捷仓储物流有限公司", "物流企业", "2021-03-02", "2021.3.2"], ["大埔县三河坝腊味网店", "销售型", "2021-03-02", "2021.3.2", "2021-06-30", 1],
    ["大埔县高陂陶瓷电子商务有限公司", "销售型", "2021-03-18", D("2021-03-18")], ["大埔县西河笋干网店", "销售型", "2021-04-07", "2021.4.7", null, 1],
    ["大埔县视界美工设计工作室", "设计服务", "2021-04-21", "2021.4.21", null, 1], ["大埔县枫朗仙草网店", "销售型", "2021-05-11", "2021年5月11日", null, 1],
    ["大埔县青溪蜂蜜电子商务有限公司", "销售型", "2021-05-26", "2021.5.26"], ["大埔县埔货优选代运营服务有限公司", "电商运营商", "2021-06-09", D("2021-06-09")],
    ["大埔县光德柿花网店", "销售型", "2021-06-23", "2021.6.23", "2021-09-15", 1], ["大埔县桃源红茶网店", "销售型", "2021-07-07", "2021.7.7", null, 1],
    ["大埔县冷链通物流有限公司", "物流企业", "2021-07-21", "2021年7月21日"], ["大埔县银江沙田柚网店", "销售型", "2021-08-04", "2021.8.4", null, 1],
    ["大埔县大东竹编工艺品网店", "销售型", "2021-08-31", "2021.8.31", null, 1], ["大埔县洲瑞米酒电子商务有限公司", "销售型", "2021-09-08", "2021.9.8"],
  ];
  const inPark = EN.filter((e) => e[2] <= AS_OF && !(e[4] && e[4] <= AS_OF));
  assert(EN.length === 22 && inPark.length === 20 && new Set(inPark.map((e) => e[1])).size >= 3, "20 in park at cut-off");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("大埔县电子商务产业园非公企业党建工作联络表");
    full("中共大埔县委非公有制经济组织和社会组织工作委员会　　2021年9月");
    rows.push(["序号", "组织（企业）名称", "统一社会信用代码", "企业类型", "入驻园区时间", "从业人员（人）", "党员（人）", "党组织建立情况", "党建指导员", "备注"]);
    rows.push(["—", "大埔县电子商务产业园联合党支部", null, "党组织", "2020.12", null, 9, "联合党支部（2020年12月成立）", "黄××", "园区党组织，不是企业"]);
    let gE = 0, gM = 0;
    EN.forEach((e, i) => {
      const staff = 4 + ((i * 7) % 23), mem = i % 4 === 0 ? 1 + (i % 3) : 0;
      gE += staff; gM += mem;
      const code = e[5] ? creditCodeP("92", AREA, 300 + i) : creditCode(AREA, 300 + i);
      const note = e[4] ? `${fmtCn(e[4])}迁出园区` : e[2] > AS_OF ? "9月新入驻" : null;
      rows.push([i + 1, e[0], code, e[1], e[3], staff, mem, mem ? (i === 0 ? "单独建立党支部" : "纳入联合党支部") : "无党员，由联合党支部联系", ["黄××", "钟××", "丘××"][i % 3], note]);
    });
    rows.push(["合计", null, null, null, null, gE, gM + 9, null, null, `企业${EN.length}家（其中已迁出2家）`]);
    merges.push(`A${R()}:E${R()}`);
    full("注：本表由县委非公党工委提供，县商务局补填“企业类型”“入驻园区时间”两栏；迁出园区的企业在备注栏注明迁出日期。");
    sheets.push(sheet("园区党建联络表", rows, merges));
  }

  // ---------------------------------------------------------------- 转账支票领用登记簿 (funds)
  // [出票 iso, 收款单位, 用途, amount, 领用人, state: ok|void|bounce, 备注]
  const CK = [
    ["2020-09-22", "梅州市埔商电子商务运营有限公司", "县电商公共服务中心建设首期款", 420000, "温××", "ok", null],
    ["2020-10-20", "中国邮政集团有限公司大埔县分公司", "村级电商服务站点建设第一批款", 380000, "温××", "ok", null],
    ["2020-11-24", "梅州市客家职业培训学校", "电商培训服务费（第一批）", 96500, "温××", "ok", null],
    ["2020-12-15", "大埔县通达物流有限公司", "农村物流配送体系建设首期款", 300000, "温××", "ok", null],
    ["2021-01-19", "大埔县好物文化传播有限公司", "农产品品牌培育推广首期款", 180000, "罗××", "void", "大写金额填错，作废（存根、支票一并保存）"],
    ["2021-01-19", "大埔县好物文化传播有限公司", "农产品品牌培育推广首期款", 180000, "罗××", "ok", "重开（替换上一号作废支票）"],
    ["2021-03-02", "中国邮政集团大埔县分公司", "村级电商服务站点建设第二批款", 400000, "温××", "bounce", "收款人名称与开户名不符，银行退票；3月9日重开"],
    ["2021-03-09", "中国邮政集团有限公司大埔县分公司", "村级电商服务站点建设第二批款", 400000, "温××", "ok", "重开（上一号退票）"],
    ["2021-04-13", "梅州市埔商电子商务运营有限公司", "县电商公共服务中心建设进度款", 360000, "温××", "ok", null],
    ["2021-05-18", "梅州市客家职业培训学校", "电商培训服务费（第二批）", 135700, "罗××", "ok", null],
    ["2021-06-08", "大埔县通达物流有限公司", "农村物流配送体系建设进度款", 320000, "温××", "ok", null],
    ["2021-06-29", "梅州市溯源信息科技有限公司", "农产品质量溯源系统首期款", 160000, "温××", "ok", null],
    ["2021-07-20", "大埔县建安工程有限公司", "电商产业园改造工程款", 450000, "罗××", "ok", null],
    ["2021-08-17", "大埔县好物文化传播有限公司", "农产品品牌培育推广进度款", 184000, "罗××", "ok", null],
    ["2021-08-27", "大埔县建安工程有限公司", "电商产业园改造工程进度款", 200000, "温××", "ok", null],
    ["2021-09-07", "梅州市客家职业培训学校", "电商培训服务费（第三批）", 98600, "罗××", "ok", null],
    ["2021-09-14", "梅州市埔商电子商务运营有限公司", "县电商公共服务中心建设尾款", 300000, "温××", "ok", null],
  ];
  const F_ALLOC = 5000000;
  const okCk = CK.filter((c) => c[5] === "ok");
  const F_IN = sum(okCk.filter((c) => c[0] <= AS_OF).map((c) => c[3]));
  const F_OK = sum(okCk.map((c) => c[3]));
  assert(F_IN === 3586200 && F_IN * 100 >= F_ALLOC * 70, "3,586,200 = 71.7% ≥ 70%");
  assert((F_IN - 180000 - 400000) * 100 < F_ALLOC * 70, "dropping the two reissued cheques would fall under 70%");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("大埔县商务局　电子商务进农村综合示范专项资金账户　转账支票领用登记簿");
    full("开户行：××银行大埔支行　账号尾号3716　　“出票日期”即付款日期；作废、银行退票的支票没有付款，退票后重开的以重开支票为准");
    rows.push(["序号", "出票日期", "支票号码", "收款单位", "用途", "金额（小写）", "金额（大写）", "领用人", "审批人", "备注"]);
    const FMT = [D, fmtDot, fmt2y, fmtCn];
    CK.forEach((c, i) => rows.push([i + 1, FMT[i % 4](c[0]), `3105${p2(27 + i)}${p2((i * 37) % 100)}`, c[1], c[2], i % 2 ? yuan(c[3]) : c[3], daxie(c[3]), c[4], "局长 邹××", c[6]]));
    rows.push(["合计", null, null, null, "有效支票（不含作废、退票）", F_OK, daxie(F_OK), null, null, `其中9月出票2张${thousands(98600 + 300000)}元`]);
    merges.push(`A${R()}:D${R()}`);
    assert(F_OK === F_IN + 98600 + 300000, "合计 = valid cheques");
    full("登记：局财务室 罗××　　（支票存根另册保管）");
    sheets.push(sheet("支票领用登记簿", rows, merges));
  }

  // ---------------------------------------------------------------- 发文登记 (reports: monthly reports to 梅州市商务局 only)
  const CITY = "梅州市商务局";
  const mr = (m, extra) => `关于报送大埔县${m}电子商务进农村综合示范工作进展${extra ? "及" + extra + "电商扶贫统计" : ""}情况的报告`;
  // [印发 iso, 文号, 标题, 主送, poverty?]
  const DOCS = [
    ["2020-09-08", "埔商务〔2020〕41号", mr("2020年8月"), CITY],
    ["2020-09-15", "埔商务〔2020〕43号", "关于大埔县电子商务进农村综合示范创建工作进展情况的报告", "县人民政府"],
    ["2020-10-12", "埔商务〔2020〕47号", mr("2020年9月", "三季度"), CITY, 1],
    ["2020-10-28", "埔商务函〔2020〕22号", "关于申请拨付村级电商服务站点建设资金的函", "县财政局"],
    ["2020-11-06", "埔商务〔2020〕52号", mr("2020年10月"), CITY],
    ["2020-12-07", "埔商务〔2020〕58号", mr("2020年11月"), CITY],
    ["2020-12-22", "埔商务〔2020〕61号", "关于开展村级电商服务站点验收工作的通知", "各镇人民政府"],
    ["2021-01-08", "埔商务〔2021〕2号", mr("2020年12月", "四季度"), CITY, 1],
    ["2021-02-03", "埔商务〔2021〕6号", "关于春节期间农村电商保供工作情况的报告", "县人民政府"],
    ["2021-02-24", "埔商务函〔2021〕4号", "关于拨付村级电商服务站点建设第二批资金的函", "县财政局"],
    ["2021-03-04", "埔商务〔2021〕11号", mr("2021年1—2月"), CITY],
    ["2021-04-07", "埔商务〔2021〕16号", mr("2021年3月", "一季度"), CITY, 1],
    ["2021-05-08", "埔商务〔2021〕21号", mr("2021年4月"), CITY],
    ["2021-05-26", "埔商务函〔2021〕15号", "关于推荐电商企业参加农产品网络促销活动的函", "县农业农村局"],
    ["2021-06-07", "埔商务〔2021〕25号", mr("2021年5月"), CITY],
    ["2021-07-07", "埔商务〔2021〕29号", mr("2021年6月", "二季度"), CITY, 1],
    ["2021-08-06", "埔商务〔2021〕33号", mr("2021年7月"), CITY],
    ["2021-08-20", "埔商务〔2021〕37号", "关于做好省级电子商务进农村综合示范县考评迎检工作的通知", "各镇人民政府、县直有关单位"],
    ["2021-09-07", "埔商务〔2021〕40号", mr("2021年8月"), CITY],
  ];
  const rptDates = DOCS.filter((d) => d[3] === CITY).map((d) => d[0]);
  assert(monthsCovered(rptDates) === 11 && monthsCovered(DOCS.map((d) => d[0])) === 12, "reports to the city 11 months (no Feb); all outgoing 12");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("大埔县商务局发文登记（OA系统导出）");
    full("查询条件：发文日期 2020-09-01 至 2021-09-30；类别 电子商务　　局办公室加注：“印发日期”为文件印发并发出的日期");
    rows.push(["序号", "发文字号", "文件标题", "主送单位", "拟稿人", "签发人", "签发日期", "印发日期", "份数"]);
    DOCS.forEach((d, i) => rows.push([i + 1, d[1], d[2], d[3], i % 3 ? "温××" : "罗××", "邹××", isoAdd(d[0], -1 - (i % 2)), d[0], d[3] === CITY ? 2 : 5 + (i % 4)]));
    full(`共${DOCS.length}条　　导出时间：2021-09-26 16:05:42　　导出人：办公室 何××`);
    sheets.push(sheet("发文登记", rows, merges));
  }

  // ---------------------------------------------------------------- 公示登记簿 (disclosures: 专栏 only, by 发布日期)
  const ZL = "县政府门户网站“电子商务进农村综合示范”专栏";
  // 运营补贴公示 only for villages that have a station by then
  const subV = (town, by) => { const s = STA.filter((x) => x.town === town && x.k !== null && x.opened < by).sort((a, b) => (a.opened < b.opened ? -1 : 1))[0]; return VIL[s.k].name; };
  const SUB1 = subV("湖寮镇", "2020-11-01"), SUB2 = subV("大麻镇", "2020-12-01");
  // [发布 iso, 事项, 公示期, 渠道]
  const GS = [
    ["2020-09-16", "2020年8月示范项目建设进度", "—", ZL], ["2020-09-30", "村级电商服务站点建设项目中标结果公示", "2020.9.30—10.9", ZL],
    ["2020-10-19", "2020年9月示范项目建设进度", "—", ZL], ["2020-11-17", "2020年10月示范项目建设进度", "—", ZL],
    ["2020-11-24", `湖寮镇${SUB1}电商服务站运营补贴公示`, "2020.11.24—11.30", `村务公开栏（${SUB1}）`],
    ["2020-12-16", "2020年11月示范项目建设进度", "—", ZL],
    ["2021-01-12", `大麻镇${SUB2}电商服务站运营补贴公示`, "2021.1.12—1.18", `村务公开栏（${SUB2}）`],
    ["2021-01-27", "2020年12月示范项目建设进度及专项资金使用情况", "2021.1.27—2.3（征求意见）", ZL],
    ["2021-02-22", "2021年1月示范项目建设进度", "—", ZL], ["2021-03-17", "2021年2月示范项目建设进度", "—", ZL],
    ["2021-04-16", "2021年3月示范项目建设进度", "—", ZL], ["2021-04-28", "电商产业园入驻企业名单公示", "2021.4.28—5.7", "县商务局微信公众号"],
    ["2021-05-18", "2021年4月示范项目建设进度", "—", ZL], ["2021-06-17", "2021年5月示范项目建设进度", "—", ZL],
    ["2021-07-16", "2021年6月示范项目建设进度", "—", ZL], ["2021-08-17", "2021年7月示范项目建设进度", "—", ZL],
    ["2021-09-15", "2021年8月示范项目建设进度", "—", ZL],
  ];
  assert(monthsCovered(GS.filter((g) => g[3] === ZL).map((g) => g[0])) === 12, "专栏 12 months by 发布日期");
  assert(monthsCovered(GS.filter((g) => g[3] === ZL).map((g) => (g[2] === "—" ? g[0] : g[0] === "2021-01-27" ? "2021-02-03" : g[0]))) === 11, "by the end of 公示期 January would be missing");
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("大埔县商务局信息公示登记簿");
    full("“发布日期”为公示信息发布之日，“公示期”为接受意见、异议的期限；发布渠道写明网站栏目或张贴地点");
    rows.push(["序号", "公示事项", "发布日期", "公示期", "发布渠道（网站栏目／张贴地点）", "公示结果", "经办人"]);
    GS.forEach((g, i) => rows.push([i + 1, g[1], i % 3 === 1 ? D(g[0]) : i % 3 === 2 ? fmtDot(g[0]) : fmtCn(g[0]), g[2], g[3], g[2] === "—" ? "—" : g[0] > AS_OF ? "公示中" : "无异议", i % 2 ? "温××" : "何××"]));
    full("登记：电商股");
    sheets.push(sheet("公示登记簿", rows, merges));
  }

  // ---------------------------------------------------------------- 投稿登记 (media: adopted only, by 刊发日期)
  // [标题, 投稿 iso, 投往, 采用?, 刊发 iso, 刊发媒体及栏目, 级别, 形式]
  const TG = [
    ["大埔：电商服务站开进小山村", "2020-10-20", "梅州日报", "采用", "2020-10-26", "《梅州日报》第3版", "市级", "报纸"],
    ["大埔蜜柚搭上直播快车", "2020-11-02", "大埔县融媒体中心", "采用", "2020-11-03", "大埔电视台《大埔新闻》", "县级", "电视"],
    ["客家山村的电商新农人", "2021-01-10", "人民网", "未采用", null, null, null, null],
    ["大埔电商助力乡村振兴", "2021-03-05", "南方+客户端", "退稿", null, null, null, null],
    ["大埔县举办巾帼电商直播培训", "2021-03-09", "梅州广播电视台", "采用", "2021-03-10", "梅州广播电视台《梅州新闻》", "市级", "电视"],
    ["大埔茶叶网上俏销", "2021-05-20", "大埔县融媒体中心", "采用", "2021-05-21", "“大埔发布”客户端", "县级", "网络"],
    ["大埔电商扶贫：山货出山", "2021-07-12", "广东广播电视台", "未采用", null, null, null, null],
    ["小小服务站　连起城乡路", "2021-08-20", "南方日报", "采用", "2021-09-03", "《南方日报》梅州观察版", "省级", "报纸"],
  ];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("大埔县商务局宣传信息投稿登记（2020—2021年）");
    full("投稿后由信息员跟踪采用情况；“刊发（播出）日期”为媒体实际刊发或播出的日期");
    rows.push(["序号", "稿件标题", "作者", "投稿日期", "投往媒体", "采用情况", "刊发（播出）日期", "刊发媒体及栏目", "媒体级别", "形式"]);
    TG.forEach((t, i) => rows.push([i + 1, t[0], i % 2 ? "温××" : "何××", fmtDot(t[1]), t[2], t[3], t[4] ? (i % 2 ? D(t[4]) : fmtCn(t[4])) : null, t[5], t[6], t[7]]));
    full("统计：采用5篇（市级2篇、县级2篇、省级1篇），未采用3篇");
    sheets.push(sheet("投稿登记", rows, merges));
  }
  const mediaLv = new Set(TG.filter((t) => t[4] && t[4] <= AS_OF).map((t) => t[6]));
  assert(mediaLv.size === 2 && mediaLv.has("市级") && mediaLv.has("县级"), "city + county by 刊发日期");

  // ---------------------------------------------------------------- 成员单位报送汇总 (facts + claims)
  const JG = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
    "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 };
  assert(Math.round((5.03 / 4.12 - 1) * 1000) === 221 && Math.round((1.41 / 1.05 - 1) * 1000) === 343, "growth texts");
  // [indicator id, 指标, [[细项, 分]], 依据]
  const SELF = [
    ["org.leadership", "组织领导（2分）", [["县长任组长，商务、财政、农业农村、乡村振兴等部门参与", 2]]],
    ["org.plan", "方案制定（2分）", [["工作方案已正式印发（1—2分）", JG["org.plan"]]]],
    ["org.policy", "政策支持（2分）", [["扶持办法已出台并落实（1—2分）", JG["org.policy"]]]],
    ["org.management", "项目管理（4分）", [["项目管理制度（1—2分）", JG["org.management.system"]], ["工作台账（1—2分）", JG["org.management.ledger"]]]],
    ["work.center", "县级中心与产业园（15分）", [["建成中心", 2], ["运行6个月以上", 2], ["免费培训场所设备", 2], ["免费展示销售", 1], ["免费摄影美工", 1], ["统一推广品牌", 1], ["其他增值服务", 1],
      ["建设产业园", 2], ["入驻20家以上", 2], ["三种以上类型", 1]]],
    ["work.coverage", "村级站点覆盖（10分）", [["行政村覆盖70%以上", 5], ["省定贫困村全覆盖", 5]]],
    ["work.upward", "农村产品上行（10分）", [["网销调研（1—2分）", JG["work.upward.research"]], ["网络促销（1—2分）", JG["work.upward.promotion"]], ["第三方运营服务商", 1], ["快递覆盖100%", 1],
      ["交易标准、冷链溯源（1—2分）", JG["work.upward.standards"]], ["网零增速≥30%", 2]]],
    ["work.training", "电商人才培训（20分）", [["培训人次达常住人口1%（3,297人次，1.01%）", 10], ["贫困人口培训率（43.7%）", 8]]],
    ["info.disclosure", "信息公开（4分）", [["专栏内容全面", 2], ["按月更新", 2]]],
    ["info.reporting", "数据上报（6分）", [["每月报送", 3], ["统计电商扶贫", 3]]],
    ["promo.cases", "案例总结（2分）", [["未单独报送经验材料", 0]]],
    ["promo.media", "经验推广（8分）", [["省级（南方日报）", 4], ["市级（梅州日报、梅州广播电视台）", 3], ["县级（大埔电视台、大埔发布）", 1]]],
    ["fund.system", "制度建立（5分）", [["资金管理制度（1—5分）", JG["fund.system"]]]],
    ["fund.ledger", "资金台账（5分）", [["资金专用台账（1—5分）", JG["fund.ledger"]]]],
    ["fund.spending", "资金支出（5分）", [["支出率71.7%，及时拨付（1—5分）", JG["fund.spending"]]]],
    ["bonus.poorTraining", "加分：贫困人口培训率70%以上（2分）", [["43.7%，未达到", 0]]],
    ["bonus.tvCase", "加分：电商扶贫案例电视播报（2分）", [["无", 0]]],
  ];
  const CLAIM = {};
  SELF.forEach((x) => { CLAIM[x[0]] = sum(x[2].map((s) => s[1])); });
  const clSum = SCORED.reduce((a, id) => a + CLAIM[id], 0);
  assert(clSum === 92, "claims 92 got " + clSum);
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    const sec = (t) => { rows.push([null]); rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("大埔县电子商务进农村综合示范创建考评　各成员单位报送材料汇总");
    full("县商务局汇总　2021年9月8日　　各单位材料按原样汇入；数据截至2021年8月31日（考评截止日）");
    sec("一、县政府办公室");
    [
      "1．2020年3月，县政府成立大埔县电子商务进农村综合示范县创建工作领导小组，县长任组长，常务副县长、分管副县长任副组长，成员单位为县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县供销社、县邮政分公司（埔府办〔2020〕9号）。",
      "2．《大埔县电子商务进农村综合示范县创建工作方案》于2020年4月以县政府办公室文件正式印发（埔府办〔2020〕15号）。",
      "3．《大埔县促进农村电子商务发展扶持办法》于2020年7月印发，场地租金减免、物流补贴已兑现。",
    ].forEach((t) => full(t));
    sec("二、县商务局");
    rows.push(["项目", null, "情况", null, "佐证材料", null]);
    const pair = (a, b, c) => { rows.push([a, null, b, null, c || null, null]); merges.push(`A${R()}:B${R()}`, `C${R()}:D${R()}`, `E${R()}:F${R()}`); };
    merges.push(`A${R()}:B${R()}`, `C${R()}:D${R()}`, `E${R()}:F${R()}`);
    pair("县电子商务公共服务中心投入运营时间", D("2020-11-18"), "开业照片、运营协议");
    pair("免费培训场所、培训设备", "有（培训室120座、直播间2间）", "现场查看");
    pair("特色农产品免费展示、销售", "有（农特产品展厅）", "现场查看");
    pair("免费摄影、美工服务", "有", "服务记录");
    pair("农产品统一推广、品牌建设指导", "有（“大埔山货”区域公用品牌）", "品牌推广方案");
    pair("其他衍生增值服务", "有（金融对接、物流对接、代办注册）", "服务记录");
    pair("电商产业园", "已建成（整合县创业孵化基地）", "入驻企业名单");
    pair("专业第三方电子商务运营服务商", "有（梅州市埔商电子商务运营有限公司，公开招标确定）", "中标通知书");
    pair("行政村数／省定贫困村数", "行政村184个（另有社区15个）／省定相对贫困村34个", "县水务局供水表");
    pair("专栏公示：创建方案", "✓", "网页截图");
    pair("专栏公示：项目基本信息", "✓", "网页截图");
    pair("专栏公示：项目建设进度", "✓（每月更新）", "网页截图");
    pair("专栏：监督举报窗口", "✓（监督电话、邮箱）", "网页截图");
    pair("项目总体进度", "90%", "项目进度表");
    sec("三、县财政局");
    rows.push(["项目", null, "单位", "数值", "备注", null]);
    merges.push(`A${R()}:B${R()}`, `E${R()}:F${R()}`);
    const fin = (a, u, v, n) => { rows.push([a, null, u, v, n || null, null]); merges.push(`A${R()}:B${R()}`, `E${R()}:F${R()}`); };
    fin("下达省级专项资金", "万元", 500, "粤商务电函〔2019〕29号");
    fin("截至8月31日累计拨付", "万元", cents(F_IN / 100), "以支票出票日期为准");
    fin("资金管理制度", "—", "已制定", "《大埔县省级电子商务进农村综合示范专项资金管理办法》");
    fin("项目承建单位资金专用台账", "—", "已建立", null);
    sec("四、县统计局");
    rows.push(["指标", null, "2019年", "2020年", "同比增长", "备注"]);
    merges.push(`A${R()}:B${R()}`);
    rows.push(["常住人口（万人）", null, "—", 32.62, "—", "第七次全国人口普查"]); merges.push(`A${R()}:B${R()}`);
    rows.push(["农村网络零售额（亿元）", null, 4.12, 5.03, "22.1%", null]); merges.push(`A${R()}:B${R()}`);
    rows.push(["农产品网络零售额（亿元）", null, 1.05, 1.41, "34.3%", null]); merges.push(`A${R()}:B${R()}`);
    sec("五、县乡村振兴局");
    full(`经核对扶贫信息系统，全县有劳动能力的建档立卡贫困人口（不含外出务工人员）${thousands(ELIG)}人，参加过电商培训的${TRN}人（按身份证号去重），培训率43.7%。电商扶贫情况（贫困户参训、电商带动增收）每季度统计，随月报报送市商务局。`);
    sec("六、县邮政管理局");
    full("全县184个行政村均已实现快递服务覆盖，行政村快递覆盖率100%（梅州市邮政管理局证明）。");
    sec("七、县应急管理局");
    full("经核查，示范项目建设期间未发生安全生产事故和质量事故，未造成重大经济损失。");
    sec("八、自评得分（县商务局汇总）");
    rows.push(["评价指标", "评分细项", null, "细项得分", "指标自评分", "备注"]);
    merges.push(`B${R()}:C${R()}`);
    SELF.forEach((x) => {
      const s = R() + 1;
      x[2].forEach((it, k) => { rows.push([k === 0 ? x[1] : null, it[0], null, it[1], k === 0 ? CLAIM[x[0]] : null, null]); merges.push(`B${R()}:C${R()}`); });
      if (x[2].length > 1) merges.push(`A${s}:A${R()}`, `E${s}:E${R()}`);
    });
    rows.push(["一票否决项", "安全生产、质量事故；总体进度不足40%；弄虚作假", null, "—", "无", "所报数据真实，不存在弄虚作假"]);
    merges.push(`B${R()}:C${R()}`);
    rows.push(["合计", null, null, null, clSum, "加分0"]);
    merges.push(`A${R()}:D${R()}`);
    full("汇总：县商务局电商股 温××　　审核：副局长 李××");
    sheets.push(sheet("成员单位报送汇总", rows, merges));
  }
  sheets.push(sheet("封面", [["大埔县省级电子商务进农村综合示范县考评资料"], [null], ["考评截止日期：2021年8月31日"], [null], ["目　录"],
    ["1．成员单位报送汇总（含自评得分）"], ["2．农村供水覆盖表（县水务局，村（社区）名单）"], ["3．站点分镇汇总（村级电商服务站点）"], ["4．培训统筹表"],
    ["5．园区党建联络表（电商产业园企业）"], ["6．支票领用登记簿（专项资金支付）"], ["7．发文登记（月报报送）"], ["8．公示登记簿（专栏更新）"], ["9．投稿登记（媒体报道）"],
    [null], ["大埔县商务局　2021年9月"]]));
  const ORDER = ["封面", "成员单位报送汇总", "农村供水覆盖表", "站点分镇汇总", "培训统筹表", "园区党建联络表", "支票领用登记簿", "发文登记", "公示登记簿", "投稿登记"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.length === ORDER.length && sheets.every((s) => ORDER.includes(s.name)), "sheet order");

  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 2 + 3,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 8,
    "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 0, "promo.media": 3 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": JG["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 79, "79 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  write("counties/b139-c1-dabu.json", {
    description:
      "梅州大埔县商务局交的整本考评资料：封面＋《成员单位报送汇总》＋8个从各处拿来的表，79分、加分0、未否决（自评92分）。《成员单位报送汇总》是各成员单位材料原样汇入一张表，每块版式不同：县政府办是段落（领导小组县长任组长，常务副县长、分管副县长任副组长不影响；成员有商务、财政、农业农村、乡村振兴 → 2；方案2020年4月印发；扶持办法2020年7月印发）；商务局是 项目｜情况｜佐证 三栏（中心2020-11-18真日期，五项服务都有，产业园、第三方运营，行政村184个、贫困村34个，专栏四项✓，总体进度90%）；财政局是 项目｜单位｜数值（下达500万元，拨付358.62万元）；统计局是 指标｜2019年｜2020年｜同比（常住人口32.62万人；农村网零4.12→5.03亿元 +22.1%，农产品网零1.05→1.41亿元 +34.3%）；乡村振兴局段落（有劳动能力不含外出务工1,860人、参训812人）；邮政管理局（快递覆盖100%）；应急管理局（无事故）；最后是商务局自评分（细项得分＋按指标合并的“指标自评分”，主观分在细项里：管理制度2、台账2，调研2、促销1、标准溯源1，资金制度5、台账4、及时拨付4）。《农村供水覆盖表》是县水务局的供水工程表当村名单：“村（居）类别”一栏同时分出行政村和社区——“相对贫困村”“一般村”是行政村（184个，其中相对贫困村34个），“社区”15个不算；没有快递列。《站点分镇汇总》一镇一行，站点村名和挂牌时间写在一个格里用顿号隔开（“××村（2020.9.18）”“××村委会（20.11.5）”“（2020年10月）”只到月）：截至8月31日覆盖行政村128个（同村圩镇第二站只算一次，2个社区站不算，一个贫困村9月6日才挂牌不算）→ 128/184＝69.6% → 2；贫困村33/34 → 3。《培训统筹表》五个主办单位分块，两行表头，读“参训人次 合计”，“其中：女”“其中：脱贫户”不另计，“2021年4月13日—15日”3天班按50人次 → 截至8月31日3,040人次/326,200＝0.93% → 8（算上9月两场3,297人次就过1%）。《园区党建联络表》是县委非公党工委的党建联络表：“联合党支部”一行不是企业；6月30日迁出的不算，9月15日迁出的8月底还在园，8月31日入驻的算，9月8日入驻的不算 → 在园20家 → 2。《支票领用登记簿》读出票日期和小写金额：作废的那张和银行退票的那张不是支出，重开的两张是 → 3,586,200元/500万＝71.7% → 按自评及时拨付4分（漏掉重开的两张就不到70%）。《发文登记》是OA发文导出：只有主送梅州市商务局的月报算报送，主送县政府、财政局、各镇的不算；2021年2月只发了给县政府、财政局的文 → 11个月 → 1；月报标题里有“电商扶贫统计” → 3。《公示登记簿》只有发布渠道是县政府网站专栏的算专栏更新（村务公开栏、公众号不算），读“发布日期”不读“公示期” → 12个月 → 2。《投稿登记》未采用、退稿的不是报道，读“刊发日期”不读“投稿日期”：南方日报9月3日刊发不算 → 市级3＋县级1＝4；没有经验材料 → 案例总结0。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 县政府办：领导小组县长任组长（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案2020年4月县政府办正式印发；自评细项2 → 2",
      "org.policy: 扶持办法2020年7月印发并兑现；自评细项2 → 2",
      "org.management: 项目管理制度2＋工作台账2 → 4",
      "work.center: 中心2020-11-18投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他增值服务（金融、物流对接、代办注册）1；产业园已建 2；园区党建联络表：入驻园区时间 ≤ 8-31 的企业21家（联合党支部不是企业），6月30日迁出1家，在园20家（9月15日迁出的算在园，8月31日入驻的算，9月8日入驻的不算）≥ 20 → 2；类型 电商运营商、平台型、销售型、物流企业等 ≥ 3 → 1；合计 15",
      "work.coverage: 农村供水覆盖表：行政村184个（相对贫困村34个，社区15个不算）；站点分镇汇总，挂牌运营 ≤ 2021-08-31 覆盖行政村128个（同村第二站算一次，城东社区、高陂社区站点不算，9月6日挂牌的不算）；基数184，128/184 = 69.6%，50%–70% → 2；贫困村33/34 = 97.1%，80%–100% → 3；合计 5",
      "work.upward: 网销调研2；网络促销1；第三方运营服务商1；村名单无快递列，事实“行政村快递覆盖率100%” → 1；交易标准与冷链溯源1；农产品网零1.05→1.41亿元 = +34.3% ≥ 30% → 2（农村网零+22.1%不够，任一达标即可）；合计 8",
      `work.training: 培训统筹表“参训人次 合计”，培训日期 ≤ 2021-08-31（4月13日—15日班按结束日，50人次）：${thousands(T_IN)}；常住人口32.62万 < 50万，基数326,200；3,040/326,200 = 0.932%，0.8%–1% → 8（9月9日、9月16日两场不算；“其中”两栏不另计）。无贫困人口名单，读乡村振兴局：有劳动能力（不含外出务工）1,860人，参训812人 = 43.7%，40%–50% → 8；合计 16`,
      "info.disclosure: 专栏公示创建方案、项目基本信息、每月建设进度，设监督举报窗口 → 2；公示登记簿中渠道为县政府网站专栏的，按发布日期2020年9月—2021年8月每月都有（1月27日发布、公示期到2月3日的算1月）→ 12个月 → 2；合计 4",
      "info.reporting: 发文登记主送梅州市商务局的月报按印发日期：2020年9月—2021年1月、2021年3月—8月，2021年2月只有主送县政府、县财政局的文 → 11个月 → 不定时 1；月报含电商扶贫统计、乡村振兴局说明每季度统计报送 → 3；合计 4（自评6）",
      "promo.cases: 没有向市商务局报送经验材料的记录（自评也是“未单独报送”）→ 0",
      "promo.media: 投稿登记中已采用的，按刊发日期 ≤ 2021-08-31：市级（梅州日报2020-10-26、梅州广播电视台2021-03-10）→ 3；县级（大埔电视台2020-11-03、大埔发布2021-05-21）→ 1；南方日报（省级）2021-09-03刊发在截止日后，人民网、南方+、广东广播电视台未采用 → 合计 4（自评8）",
      "fund.system: 资金管理办法已制定；自评5 → 5",
      "fund.ledger: 资金专用台账已建立；自评4 → 4",
      `fund.spending: 支票领用登记簿有效支票出票日期 ≤ 2021-08-31 合计 ${thousands(F_IN)}元（1月19日作废的一张、3月2日银行退票的一张不算，重开的两张算；9月两张不算）；下达5,000,000元；71.7% ≥ 70% → 按自评及时拨付 4`,
      "bonus.poorTraining: 812/1,860 = 43.7% < 70% → 0",
      "bonus.tvCase: 没有电商扶贫典型案例获国家级、省级电视播报（广东广播电视台未采用）→ 0",
      "veto.incident: 县应急管理局：未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度90% ≥ 40% → 0，不否决",
      "veto.fraud: 所报数据真实，不存在弄虚作假 → 0，不否决",
      `total: 2+2+2+4+15+5+8+16+4+4+0+4+5+4+4 = ${sc}，加分0，合计${total}；自评${clSum}`,
    ],
  });
})();

// =====================================================================================
// facts/b139-f1-jiaoling: 梅州蕉岭县 — 县商务局给县志办的《蕉岭年鉴（2021）》供稿表：一个条目一行（层级｜条目标题｜条目内容｜字数｜资料来源），
// 记述时限是2020年，条目里只写月日的都是2020年；“比上年”是2019年；户籍人口、参观人次、配套资金是陷阱
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("《蕉岭年鉴（2021）》供稿表");
  full("供稿单位：蕉岭县商务局　　记述时限：2020年1月1日—12月31日（2021卷记述2020年情况，条目中只写月日的均为2020年）　　供稿日期：2021年4月20日");
  rows.push(["序号", "层级", "条目标题", "条目内容", "字数", "资料来源"]);
  const E = [
    ["类目", "商务", null, null],
    ["分目", "电子商务", null, null],
    ["条目", "【概况】", "2020年，全县农村网络零售额5.86亿元，比上年增长32.4%；农产品网络零售额1.72亿元，比上年（1.36亿元）增长26.5%。全县有电商企业和网店1260家，从业人员约5600人。", "县统计局、县商务局"],
    ["条目", "【电子商务进农村综合示范县创建】", "2019年，蕉岭县被列为省级电子商务进农村综合示范县，获省级专项资金500万元，县财政安排配套资金100万元。县成立由县长任组长、分管副县长任常务副组长的创建工作领导小组，县商务局、财政局、农业农村局、扶贫办、交通运输局、市场监管局、供销社、邮政分公司为成员单位，领导小组办公室设在县商务局。4月15日，县政府办公室印发《蕉岭县电子商务进农村综合示范县创建工作方案》。7月，出台《蕉岭县扶持农村电子商务发展若干措施》。县政府门户网站开设“电子商务进农村”专栏，公示创建方案和项目基本信息。", "县商务局"],
    ["条目", "【县电子商务公共服务中心】", "8月28日，蕉岭县电子商务公共服务中心在蕉城镇投入运营，由专业第三方运营服务商梅州市客乡电子商务有限公司运营。中心设培训室、直播间、摄影棚和农特产品展厅，免费为电商从业人员开展培训，免费为企业和农户拍摄产品照片、设计详情页，免费展示、销售蕉岭丝苗米、蕉岭绿茶、蕉岭冬笋等农特产品。至年底，中心累计接待参观1.2万人次。", "县商务局"],
    ["条目", "【电商产业园】", "11月，整合县创业孵化基地建成蕉岭县电子商务产业园，至年底入驻企业16家。", "县商务局"],
    ["条目", "【村级电商服务站点】", "全县97个行政村，至年底建成村级电商服务站点72个，16个省定相对贫困村全部建有站点。全县行政村快递服务实现全覆盖，邮政、快递企业在各行政村均设有快递收发点。", "县商务局、县邮政分公司"],
    ["条目", "【电商培训】", "全年举办农村电商普及培训、直播带货培训等42期，其中脱贫户专场8期。", "县商务局"],
    ["条目", "【网络促销】", "举办“蕉岭丝苗米网购节”“年货节”等网络促销活动6场，带动农产品线上销售约2300万元。", "县商务局"],
  ];
  E.forEach((e, i) => rows.push([i + 1, e[0], e[1], e[2], e[2] ? e[2].length : null, e[3]]));
  full("附：县情数据（县统计局统一口径，供各供稿单位引用）——户籍人口23.08万人；常住人口20.59万人（第七次全国人口普查）。");
  full("供稿人：县商务局 赖××　　审核：副局长 古××　　（盖章）");
  assert(Math.round((1.72 / 1.36 - 1) * 1000) === 265, "26.5%");
  write("facts/b139-f1-jiaoling.json", {
    description:
      "梅州蕉岭县商务局交来当基本情况的，是给县志办的《蕉岭年鉴（2021）》供稿表：一个年鉴条目一行，列 序号｜层级（类目／分目／条目）｜条目标题｜条目内容｜字数｜资料来源，事实都在“条目内容”的长段落里。抬头写明记述时限2020年1月1日—12月31日、“条目中只写月日的均为2020年”。读法：county 蕉岭县（供稿单位、年鉴名）；【概况】2020年农村网络零售额5.86亿元 → ruralRetail2020 586,000,000，“比上年增长32.4%” → ruralRetailGrowthStated 0.324（2019年金额没写）；农产品网零1.72亿元、“比上年（1.36亿元）” → agriRetail2020 172,000,000、agriRetail2019 136,000,000，增长26.5% → 0.265；【创建】获省级专项资金500万元 → fundAllocated 5,000,000（县财政配套100万元不加）；县长任组长、分管副县长任常务副组长，成员有商务、财政、农业农村、扶贫办 → principal-all；“4月15日”印发工作方案 → planIssued；7月出台扶持措施 → policyIssued；专栏公示创建方案和项目基本信息 → disclosurePlan、disclosureProjects true（进度、监督举报窗口没说，不列）；【中心】“8月28日”投入运营 → centerOpened 2020-08-28；专业第三方运营服务商 → thirdPartyOperator；免费培训、免费拍摄设计、免费展示销售 → centerFreeTraining、centerPhoto、centerDisplay（品牌推广、其他增值服务没说）；“接待参观1.2万人次”不是培训人次；【产业园】建成 → parkBuilt（入驻16家不是键）；【站点】全县97个行政村 → adminVillagesStated 97，16个省定相对贫困村 → poorVillagesStated 16（72个站点不是键）；行政村快递服务全覆盖 → expressCoverage true；【电商培训】只有期数，没有人次；附注县情：常住人口20.59万人 → 205,900（户籍人口23.08万人不是常住人口）。没有截止日期、没有分数。",
    sheets: [sheet("年鉴供稿", rows, merges)],
    expect: {
      facts: {
        county: "蕉岭县", ruralRetail2020: yi("5.86"), ruralRetailGrowthStated: 0.324, agriRetail2019: yi("1.36"), agriRetail2020: yi("1.72"), agriRetailGrowthStated: 0.265,
        fundAllocated: 5000000, planIssued: true, policyIssued: true, disclosurePlan: true, disclosureProjects: true, centerOpened: "2020-08-28", thirdPartyOperator: true,
        centerFreeTraining: true, centerPhoto: true, centerDisplay: true, parkBuilt: true, adminVillagesStated: 97, poorVillagesStated: 16, expressCoverage: true,
        residentPopulation: 205900,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b139-f2-heping: 河源和平县 — 县委、县政府督查室《重点工作周调度表》：一项工作一行，各周进度一周一列；
// 考评取数以“截至8月31日”一列为准（之前各周是旧数，9月那一周是截止日后的数）；常住人口在“年度目标”栏；抬头的“责任县领导 副县长”不是领导小组组长
// =====================================================================================
(function f2() {
  const COLS = ["第31周（8.2—8.6）", "第32周（8.9—8.13）", "第33周（8.16—8.20）", "第34周（8.23—8.27）", "截至8月31日（考评取数）", "第36周（9.6—9.10）"];
  const W = 4 + COLS.length + 1, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
  full("和平县2021年重点工作周调度表（电子商务进农村综合示范县创建）");
  full("县委督查室　县政府督查室　　牵头单位：县商务局　　责任县领导：副县长 朱××　　考评截止日期：2021年8月31日");
  full("说明：各周栏填当周周末的累计进度；“截至8月31日”栏为省考评取数口径，考评材料以该栏为准；第36周栏为截止日后的调度进度，不作考评数据。");
  rows.push(["序号", "工作任务", "年度目标", "责任单位"].concat(COLS, ["完成情况"]));
  const same = (t) => COLS.map(() => t);
  const vary = (f, vals) => vals.map(f);
  const TASKS = [
    ["组织领导", "主要领导牵头、多部门参与", "县商务局", same("领导小组组长：县长；副组长：分管副县长；成员单位：商务、财政、农业农村、乡村振兴、交通运输、供销、邮政"), "已完成"],
    ["创建方案", "正式印发工作方案", "县商务局", same("《和平县电子商务进农村综合示范县创建工作方案》已于2020年6月印发"), "已完成"],
    ["扶持政策", "出台农村电商扶持政策", "县商务局、县财政局", same("《和平县扶持农村电子商务发展办法》已出台，租金、物流补贴按季兑现"), "已完成"],
    ["县级电商公共服务中心", "建成并正常运营6个月以上", "县商务局", same("2020年10月28日投入运营，由第三方运营服务商河源市和润电子商务有限公司运营；培训室、直播间免费使用，农特产品展厅免费展销，免费产品拍摄和美工设计"), "已完成"],
    ["电商产业园", "入驻企业20家以上", "县商务局", vary((n) => `产业园已建成，在园企业${n}家`, [17, 18, 18, 19, 19, 21]), "推进中"],
    ["村级电商服务站点", "行政村覆盖70%以上，省定贫困村全覆盖", "县商务局、各镇", vary((n) => `全县行政村236个（其中省定贫困村17个）；站点已覆盖行政村${n}个，省定贫困村17个全覆盖`, [163, 165, 167, 169, 171, 176]), "已完成"],
    ["快递进村", "行政村快递覆盖率100%", "县邮政分公司", same("行政村快递覆盖率100%"), "已完成"],
    ["电商培训", "培训人次达常住人口（七普36.94万人）的1%，即3,694人次以上；有劳动能力贫困人口培训率50%以上", "县商务局、县人社局、县乡村振兴局",
      vary(([a, b]) => `累计培训${thousands(a)}人次；有劳动能力的建档立卡贫困人口（不含外出务工）4,120人，已参训${thousands(b)}人`, [[3350, 1620], [3420, 1660], [3510, 1720], [3580, 1770], [3612, 1790], [3790, 1880]]), "滞后"],
    ["信息公开", "专栏公开且按月更新", "县商务局、县政务服务数据管理局", same("专栏已公开创建方案、项目基本信息，每月更新建设进度，设监督举报电话"), "已完成"],
    ["数据上报", "每月报送，统计电商扶贫情况", "县商务局", same("每月10日前向河源市商务局报送月报，每季度报送电商扶贫统计表"), "已完成"],
    ["资金拨付", "资金支出率70%以上", "县财政局、县商务局", vary((v) => `下达省级专项资金500万元，累计拨付${v}万元${v === "362.4" ? "（支出率72.5%）" : ""}`, ["298", "305", "331", "346", "362.4", "401"]), "已完成"],
    ["项目总体进度", "年底前全部完成", "县商务局", vary((v) => `${v}%`, [80, 82, 84, 85, 86, 89]), "推进中"],
  ];
  TASKS.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2]].concat(t[3], [t[4]])));
  full("填报：县商务局 曾××（每周五16:00前报县委督查室）　　审核：局长 叶××");
  assert(Math.round((362.4 / 500) * 1000) === 725 && 3612 * 100 < 369400 && 3612 * 1000 >= 369400 * 8, "72.5%; 0.98%");
  write("facts/b139-f2-heping.json", {
    description:
      "河源和平县交来的是县委、县政府督查室的《重点工作周调度表》（电子商务进农村综合示范县创建）：一项工作一行，列 序号｜工作任务｜年度目标｜责任单位｜第31周（8.2—8.6）…第34周｜截至8月31日（考评取数）｜第36周（9.6—9.10）｜完成情况，各周格里是当周累计进度的文字。抬头说明“截至8月31日”栏是考评取数口径，之前各周是旧数，第36周是截止日后的数。读法：county 和平县；asOf 2021-08-31（抬头“考评截止日期”）；一律读“截至8月31日”一列：领导小组组长县长，成员有商务、财政、农业农村、乡村振兴 → principal-all（抬头“责任县领导：副县长”是督查的责任领导，不是领导小组组长）；方案2020年6月印发 → planIssued；扶持办法已出台 → policyIssued；中心2020年10月28日投入运营 → centerOpened，第三方运营服务商 → thirdPartyOperator，培训室直播间免费、展厅免费展销、免费拍摄美工 → centerFreeTraining、centerDisplay、centerPhoto（品牌、其他增值服务没说）；产业园已建成 → parkBuilt（在园19家不是键）；行政村236个、省定贫困村17个；快递覆盖率100%；“年度目标”栏“常住人口（七普36.94万人）” → residentPopulation 369,400（3,694人次是目标，不是培训人次）；培训3,612人次（不是第34周的3,580，也不是第36周的3,790）；有劳动能力不含外出务工4,120人、参训1,790人；专栏四项都有；每季度报电商扶贫统计 → povertyStatisticsStated；下达500万元、拨付362.4万元 → 3,624,000；总体进度86% → 0.86（不是85%或89%）。没有主观分。",
    sheets: [sheet("周调度表", rows, merges)],
    expect: {
      facts: {
        county: "和平县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-10-28", thirdPartyOperator: true, centerFreeTraining: true,
        centerDisplay: true, centerPhoto: true, parkBuilt: true, adminVillagesStated: 236, poorVillagesStated: 17, expressCoverage: true, residentPopulation: 369400,
        trainingPersonTimesStated: 3612, eligiblePoorPersonsStated: 4120, trainedPoorPersonsStated: 1790, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: wan("362.4"), overallProgress: 0.86,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b139-f3-haifeng: 汕尾海丰县 — 县政府《十件民生实事进展情况表》：十个项目一项一行，只有第7项“电子商务进农村综合示范县创建”是本县的考评事实；
// 计划投资、投资完成率不是下达资金、总体进度；职业技能培训2.1万人次是别的实事；牵头县领导是副县长
// =====================================================================================
(function f3() {
  const W = 11, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
  full("海丰县2021年十件民生实事进展情况表");
  full("县民生实事办（县政府办公室）　　进展截至2021年8月31日　　投资单位：万元");
  rows.push(["序号", "民生实事项目", "年度目标任务", "牵头县领导", "责任单位", "计划投资（万元）", "累计完成投资（万元）", "投资完成率", "进展情况", "存在问题及下步措施", "备注"]);
  const pc = (a, b) => (Math.round((a / b) * 1000) / 10).toFixed(1) + "%";
  const L = [
    ["农村生活污水治理", "完成60个行政村生活污水治理", "副县长 王××", "县生态环境局、各镇", 8600, 6420, "已完成42个行政村污水管网建设，18个在建", "部分村征地协调慢", null],
    ["义务教育学位建设", "新增公办义务教育学位3,000个", "副县长 陈××", "县教育局", 12500, 9870, "3所学校主体完工，新增学位2,160个", "加快装修和设备采购", null],
    ["城乡居民基本医疗保险", "参保率稳定在97%以上", "副县长 陈××", "县医保局、县税务局", 21300, 16850, "参保率97.4%", "—", null],
    ["“四好农村路”建设", "改造提升农村公路120公里", "副县长 黄××", "县交通运输局", 9800, 7130, "完成改造86公里", "雨季影响施工", null],
    ["农村供水保障", "新建、改造农村集中供水工程20宗", "副县长 王××", "县水务局", 6200, 4380, "完工14宗", "—", null],
    ["职业技能培训（“粤菜师傅”“广东技工”“南粤家政”）", "培训2万人次以上", "副县长 陈××", "县人社局", 1500, 1180, "累计培训2.1万人次，带动就业创业6,300人", "—", "已超额完成"],
    ["电子商务进农村综合示范县创建", "建成县级电商公共服务中心1个、村级电商服务站点150个以上，电商培训3,000人次以上", "副县长 黄××",
      "县商务局（牵头），县财政局、县农业农村局、县乡村振兴局、县邮政分公司", 620, 488.2,
      "县电子商务公共服务中心于2020年12月16日投入运营，由专业第三方运营服务商运营，提供免费培训、农特产品免费展示销售、免费摄影美工和区域品牌统一推广服务；电商产业园已建成运营；全县行政村224个，村级电商服务站点已覆盖行政村163个，21个省定贫困村全覆盖；行政村快递覆盖率100%；累计电商培训4,085人次，有劳动能力的建档立卡贫困人口（不含外出务工）2,310人中已参训1,236人；省级专项资金500万元已全部下达，已拨付371.6万元；项目总体进度88%。",
      "产业园入驻企业14家，未达20家，下步加快招商", "计划投资含省级专项资金500万元、县财政配套120万元；省考评截止日期为2021年8月31日，本行数据即考评数据"],
    ["老旧小区改造", "改造老旧小区12个", "副县长 黄××", "县住建局", 4800, 2950, "开工10个，完工4个", "居民意见统一难", null],
    ["公办幼儿园建设", "新建、改扩建公办幼儿园8所", "副县长 陈××", "县教育局", 5600, 3320, "主体完工5所", "—", null],
    ["困难群众救助", "城乡低保、特困供养标准按时足额提标", "副县长 王××", "县民政局", 9200, 6410, "提标资金已足额发放", "—", null],
  ];
  L.forEach((l, i) => rows.push([i + 1, l[0], l[1], l[2], l[3], l[4], l[5], pc(l[5], l[4]), l[6], l[7], l[8]]));
  const tp = sum(L.map((l) => l[4])), td = Math.round(sum(L.map((l) => l[5])) * 10) / 10;
  rows.push(["合计", null, null, null, null, tp, td, pc(td, tp), null, null, null]);
  merges.push(`A${R()}:E${R()}`);
  full("报送：县民生实事办　　联系人：郑××");
  assert(pc(488.2, 620) === "78.7%" && Math.round((1236 / 2310) * 1000) === 535, "78.7%; 53.5%");
  write("facts/b139-f3-haifeng.json", {
    description:
      "汕尾海丰县商务局交来的是县政府《2021年十件民生实事进展情况表》（进展截至2021年8月31日）：十个民生实事项目一项一行，列 序号｜项目｜年度目标任务｜牵头县领导｜责任单位｜计划投资｜累计完成投资｜投资完成率｜进展情况｜存在问题｜备注。只有第7项“电子商务进农村综合示范县创建”是本县的考评事实，别的九项（污水、学位、医保、公路、供水、职业技能培训等）的数字一个都不读。读法：county 海丰县（标题）；asOf 2021-08-31（第7项备注写明“省考评截止日期为2021年8月31日”）；牵头县领导“副县长 黄××” → deputy；进展情况段落：中心2020年12月16日投入运营 → centerOpened，专业第三方运营服务商 → thirdPartyOperator，免费培训、免费展示销售、免费摄影美工、区域品牌统一推广 → 四项都是（其他增值服务没说）；产业园已建成运营 → parkBuilt（入驻14家不是键）；行政村224个、省定贫困村21个；快递覆盖率100%；培训4,085人次（年度目标3,000人次不是实际数，第6项职业技能培训2.1万人次是别的实事）；有劳动能力不含外出务工2,310人、参训1,236人；省级专项资金500万元 → fundAllocated 5,000,000（计划投资620万元含县配套，不是下达资金）；已拨付371.6万元 → 3,716,000（累计完成投资488.2万元不是拨付）；总体进度88% → 0.88（投资完成率78.7%不是总体进度）。没有主观分。",
    sheets: [sheet("民生实事进展", rows, merges)],
    expect: {
      facts: {
        county: "海丰县", asOf: "2021-08-31", centerOpened: "2020-12-16", thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, parkBuilt: true, adminVillagesStated: 224, poorVillagesStated: 21, expressCoverage: true, trainingPersonTimesStated: 4085,
        eligiblePoorPersonsStated: 2310, trainedPoorPersonsStated: 1236, fundAllocated: 5000000, fundSpentStated: wan("371.6"), overallProgress: 0.88,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// ledgers/b139-l1-yangshan: 清远阳山县 — ①县交通运输局《建制村通硬化路、通客车、通邮及快递进村情况统计表》当村名单（读“快递进村”，不读“通邮”）；
// ②《站点建设进度表》（读“挂牌运营”，不读选址、装修、设备到位；“在建站点”一块不是站点）；③扶贫信息系统人员导出（劳动技能、务工状况按系统口径）
// =====================================================================================
(function l1() {
  const AREA = "441823";
  const sheets = [], expect = {}, USED = new Set();
  const TOWNS = ["七拱镇", "黎埠镇", "称架瑶族乡"], NV = [12, 14, 8];
  const STM = stems("上下新老大小石黄白高", "坪坑塘岭田寨洞冲背江", 34, 11, ["七拱", "黎埠", "称架"]);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: STM[vk] + "村", stem: STM[vk], town: t, k: vk }); vk++; } });

  // ---------------------------------------------------------------- 建制村通达情况 (villages)
  const EXP_NO = [5, 19, 30], EXP_BLANK = [24];
  const recsV = [];
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("阳山县建制村通硬化路、通客车、通邮及快递进村情况统计表（七拱镇、黎埠镇、称架瑶族乡）");
    full("阳山县交通运输局　　2021年7月　　本表统计建制村（即行政村），不含社区（居委会）；“快递进村”指快递企业（含邮政代投）在建制村设有收投点，与“通邮”不同");
    rows.push(["序号", "乡镇", "建制村名称", "通达情况", null, null, "快递进村", null, "备注"]);
    rows.push([null, null, null, "通硬化路", "通客车", "通邮", "是否进村", "进村方式", null]);
    merges.push("D3:F3", "G3:H3", "A3:A4", "B3:B4", "C3:C4", "I3:I4");
    let no = 0;
    TOWNS.forEach((t) => {
      const s = R() + 1;
      let nR = 0, nB = 0, nP = 0, nE = 0;
      VIL.filter((v) => v.town === t).forEach((v) => {
        no++;
        const k = v.k;
        let ex, way, note = null, expr;
        if (EXP_NO.includes(k)) { ex = "×"; way = "计划2021年10月开通"; expr = false; }
        else if (EXP_BLANK.includes(k)) { ex = null; way = null; note = "快递进村情况待县邮政分公司核实"; expr = null; }
        else if (k % 7 === 3) { ex = "√（邮政代投）"; way = "邮政代投"; expr = true; }
        else { ex = "√"; way = k % 2 ? "村级电商服务站收发" : "快递企业村级网点"; expr = true; }
        const bus = k === 30 ? "否（镇村公交未通）" : "是";
        nR++; if (bus === "是") nB++; nP++; if (expr) nE++;
        rows.push([no, s === R() + 1 ? t : null, k % 6 === 4 ? v.stem + "村委会" : v.name, "是", bus, "是", ex, way, note]);
        recsV.push({ name: k % 6 === 4 ? v.stem + "村委会" : v.name, admin: true, poor: null, express: expr });
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `${nR}个`, nR, nB, nP, `${nE}个`, null, null]);
    });
    full("填表：县交通运输局运输股 邓××　　数据来源：县邮政分公司、各快递企业");
    sheets.push(sheet("建制村通达情况", rows, merges));
    expect["建制村通达情况"] = { kind: "villages", records: recsV };
    assert(recsV.length === 34 && recsV.filter((r) => r.express === false).length === 3 && recsV.filter((r) => r.express === null).length === 1, "34 villages, 3 ×, 1 blank");
  }

  // ---------------------------------------------------------------- 站点建设进度 (stations)
  const recsS = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("阳山县村级电商服务站点建设进度表（七拱镇、黎埠镇、称架瑶族乡）");
    full("县商务局电商股　　2021年9月15日更新　　各阶段填完成日期；“挂牌运营”为站点正式对外运营的日期");
    rows.push(["序号", "乡镇", "所在村（居）", "站点名称", "建设方式", "选址确认", "装修完成", "设备到位", "挂牌运营", "站点负责人", "备注"]);
    full("一、已挂牌运营站点");
    const sel = VIL.filter((v) => v.k % 3 !== 1).slice(0, 21);
    const list = sel.map((v, i) => ({ town: v.town, label: i % 5 === 2 ? v.stem + "村委会" : v.name, name: v.stem + "村电商服务站" }));
    list.splice(3, 0, { town: "七拱镇", label: "七拱居委会", name: "七拱圩电商服务站" });
    const FMT = [D, fmtDot, fmt2y, fmtCn];
    list.forEach((s, i) => {
      let opened = isoAdd("2020-08-20", i * 19 + ((i * 7) % 5));
      let cell;
      if (i === 17) { opened = "2021-08"; cell = "2021年8月"; }
      else cell = FMT[i % 4](opened);
      const base = opened.length === 7 ? opened + "-20" : opened;
      const a = isoAdd(base, -75 - (i % 9)), b = isoAdd(base, -30 - (i % 4)), c = isoAdd(base, -12 + (i % 3));
      const way = s.label === "七拱居委会" ? "整合邮政网点" : ["新建", "改建", "整合邮政网点"][i % 3];
      rows.push([i + 1, s.town, s.label, s.name, way, fmtDot(a), FMT[(i + 1) % 4](b), fmtDot(c), cell, nameOf(i + 40, i % 3 ? "男" : "女", USED), opened > AS_OF ? "9月挂牌" : s.label === "七拱居委会" ? "设在圩镇社区" : null]);
      recsS.push({ village: s.label, opened });
    });
    full("二、在建站点（尚未挂牌运营，不列入站点清单）");
    const un = VIL.filter((v) => v.k % 3 === 1).slice(0, 3);
    un.forEach((v, i) => rows.push([i + 1, v.town, v.name, v.stem + "村电商服务站", "新建", fmtDot(isoAdd("2021-07-05", i * 11)), i === 0 ? fmtDot("2021-09-02") : null, null, null, nameOf(i + 80, "男", USED), ["设备待到位", "装修中", "装修中"][i]]));
    full(`已挂牌运营站点${recsS.length}个（含9月挂牌${recsS.filter((r) => r.opened > AS_OF).length}个），在建${un.length}个。　　填表：电商股 梁××`);
    sheets.push(sheet("站点建设进度", rows, merges));
    expect["站点建设进度"] = { kind: "stations", records: recsS };
    assert(recsS.length === 22 && recsS.filter((r) => !dateOk(r.opened)).length === 2 && recsS.some((r) => r.opened === "2021-08"), "22 stations, 2 in September, one month-only");
  }

  // ---------------------------------------------------------------- 扶贫信息系统人员导出 (poorPersons)
  // households: [村 index, [关系, 性别, 出生, 劳动技能, 务工状况, 在校生, 健康]]
  const HH = [
    [0, [["户主", "男", "19680412", "普通劳动力", "县外省内务工"], ["配偶", "女", "19700825", "普通劳动力", "乡（镇）内务工"], ["之子", "男", "19940107", "技能劳动力", "省外务工"],
      ["之女", "女", "20080316", "无劳动力", "", "九年义务教育"]]],
    [3, [["户主", "男", "19550630", "丧失劳动力", "", null, "长期慢性病"], ["配偶", "女", "19581109", "弱劳动力或半劳动力", ""], ["之子", "男", "19830221", "普通劳动力", "县内务工"]]],
    [14, [["户主", "女", "19750918", "普通劳动力", ""], ["之子", "男", "20020503", "普通劳动力", "县外省内务工"], ["之母", "女", "19461201", "无劳动力", "", null, "残疾"]]],
    [17, [["户主", "男", "19790714", "技能劳动力", "县内务工"], ["配偶", "女", "19810302", "普通劳动力", "省外务工"], ["之父", "男", "19500919", "弱劳动力或半劳动力", "乡（镇）内务工"]]],
    [22, [["户主", "男", "19621028", "普通劳动力", "乡（镇）内务工"], ["配偶", "女", "19640517", "弱劳动力或半劳动力", ""]]],
    [27, [["户主", "女", "19721115", "普通劳动力", "县外省内务工"], ["之子", "男", "19970408", "普通劳动力", "县内务工"], ["之女", "女", "20010923", "技能劳动力", "省外务工"]]],
    [32, [["户主", "男", "19850126", "普通劳动力", "县内务工"], ["配偶", "女", "19870611", "普通劳动力", ""], ["之子", "男", "20120829", "无劳动力", "", "小学"]]],
  ];
  const LAB = { 技能劳动力: true, 普通劳动力: true, 弱劳动力或半劳动力: true, 丧失劳动力: false, 无劳动力: false };
  const MIG = { 省外务工: true, 县外省内务工: true, 县内务工: false, "乡（镇）内务工": false, "": null };
  const recsP = [];
  {
    const W = 15, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:O${R()}`); };
    const EXPORT = "2021-09-02";
    full("广东省扶贫信息管理系统　人员信息查询导出");
    full(`导出条件：清远市 > 阳山县 > 七拱镇、黎埠镇、称架瑶族乡；户类型：建档立卡脱贫户　　导出时间：${EXPORT} 15:22:08　　共${sum(HH.map((h) => h[1].length))}条`);
    full("县商务局加注：劳动技能为“技能劳动力”“普通劳动力”“弱劳动力或半劳动力”的为有劳动能力，“丧失劳动力”“无劳动力”的为无劳动能力；务工状况为“省外务工”“县外省内务工”的为外出务工，“县内务工”“乡（镇）内务工”的不是外出务工；务工状况空白为系统中无务工信息（不等于没有外出）。");
    rows.push(["序号", "县", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "性别", "年龄", "劳动技能", "务工状况", "务工时间（月）", "在校生状况", "健康状况"]);
    let no = 0, pi = 0;
    HH.forEach((h, hi) => {
      const v = VIL[h[0]];
      let sur = null;
      h[1].forEach((m, k) => {
        no++;
        let nm = nameOf(pi + 500, m[1], USED);
        if (k === 0) sur = nm[0];
        else if (/^之/.test(m[0]) && m[0] !== "之母" && nm[0] !== sur) { USED.delete(nm); const G = m[1] === "女" ? GIV_F : GIV_M; let q = 0; nm = sur + G[(pi + q) % G.length]; while (USED.has(nm)) { q++; nm = sur + G[(pi + q) % G.length]; } USED.add(nm); }
        const id = makeIdSex(AREA, m[2], 600 + pi * 29, pi === 9, m[1]);
        pi++;
        const months = m[4] ? 6 + ((pi * 5) % 7) : null;
        rows.push([no, "阳山县", v.town, v.name, `${AREA}${p2(TOWNS.indexOf(v.town) + 1)}${p3(h[0])}${p2(hi + 1)}`, nm, id, m[0], m[1], ageOn(m[2], EXPORT), m[3], m[4] || null, months,
          m[5] || (ageOn(m[2], EXPORT) < 23 && LAB[m[3]] ? "非在校生" : null), m[6] || "健康"]);
        recsP.push({ id, labour: LAB[m[3]], migrant: MIG[m[4]] });
      });
    });
    sheets.push(sheet("扶贫系统人员导出", rows, merges));
    expect["扶贫系统人员导出"] = { kind: "poorPersons", records: recsP };
    assert(recsP.length === 21 && recsP.filter((r) => r.id.endsWith("X")).length === 1, "21 persons, one X");
    assert(recsP.filter((r) => r.labour && r.migrant === false).length === 7 && recsP.filter((r) => r.migrant === true).length === 6 && recsP.filter((r) => r.labour && r.migrant === null).length === 4,
      "7 eligible, 6 migrants, 4 labour with no 务工 info");
  }
  write("ledgers/b139-l1-yangshan.json", {
    description:
      "清远阳山县商务局交的台账（七拱镇、黎埠镇、称架瑶族乡三个乡镇），三个表。①《建制村通达情况》是县交通运输局的《建制村通硬化路、通客车、通邮及快递进村情况统计表》，借来当村名单：两行表头（“通达情况”下分通硬化路、通客车、通邮，“快递进村”下分是否进村、进村方式），乡镇纵向合并，每镇一个小计行。读法：建制村就是行政村，34个都是admin true（表里不含社区）；没有贫困村列 → poor null；express读“快递进村 是否进村”，不读“通邮”（通邮全是“是”）：“√”“√（邮政代投）” → true，“×”（计划10月开通）3个 → false，空白（备注待核实）1个 → null；村名有“××村委会”写法。②《站点建设进度》是站点建设阶段表：每站一行，选址确认｜装修完成｜设备到位｜挂牌运营四个阶段日期，只有“挂牌运营”是站点开业日期；“一、已挂牌运营站点”22个（含设在圩镇的“七拱居委会”站点、9月挂牌2个、一个只写“2021年8月” → 2021-08），日期有真日期、“2020.8.20”、两位年份“20.9.8”和“2020年9月8日”；“二、在建站点（尚未挂牌运营，不列入站点清单）”3行不是站点。③《扶贫系统人员导出》是广东省扶贫信息管理系统的人员导出，一人一行，读“证件号码”（一个末位X）。读法按加注的系统口径：劳动技能“技能劳动力”“普通劳动力”“弱劳动力或半劳动力” → labour true，“丧失劳动力”“无劳动力” → false；务工状况“省外务工”“县外省内务工” → migrant true，“县内务工”“乡（镇）内务工” → false，空白 → null（系统无务工信息）。共21人（有劳动能力且不外出7人，外出6人）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b139-l2-nanxiong: 韶关南雄市 — ①EMS月结客户对账单（寄韶关市商务局的盖章月报是报送；寄省厅、市财政局、展会的不是；还展板的不是）；
// ②市委网信办《网络舆情周报》电商正面信息摘录（一期一块，条目只写月日，年份看本期监测周期，跨年的一期要分开）；③产业园《服务专员挂点联系表》
// （专员纵向合并；公共仓储中心不是企业；“已迁出（日期）”）；④组织部《远程教育终端站点学用登记》（一次收看一场，参学人数是人次；非电商课件不算）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {}, USED = new Set();

  // ---------------------------------------------------------------- EMS对账单 (reports)
  // [iso, time, 寄达城市, 收件单位, 收件人, 内件, report?, poverty?]
  const SG = "韶关市商务局";
  const ML = [
    ["2020-09-07", "10:21:35", "韶关", SG, "电商科 何××", "8月份电商进农村工作月报（盖章件）", 1],
    ["2020-09-22", "15:02:11", "广州", "广东省商务厅", "电子商务处", "示范县建设情况报告（纸质）", 0],
    ["2020-10-10", "09:48:02", "韶关", SG, "电商科 何××", "9月份工作月报、电商扶贫统计表（三季度）", 1, 1],
    ["2020-10-27", "16:30:44", "韶关", "韶关市财政局", "经建科", "专项资金使用情况表", 0],
    ["2020-11-06", "10:05:19", "韶关", SG, "电商科 何××", "10月份工作月报", 1],
    ["2020-12-08", "11:12:50", "韶关", SG, "电商科 何××", "11月份工作月报", 1],
    ["2021-01-08", "09:36:27", "韶关", SG, "电商科 何××", "12月份工作月报、电商扶贫统计表（四季度）", 1, 1],
    ["2021-02-05", "14:20:08", "韶关", SG, "电商科 何××", "1月份工作月报", 1],
    ["2021-02-26", "10:44:31", "韶关", SG, "办公室 钟××", "借用展板4块（返还）", 0],
    ["2021-03-08", "09:58:16", "韶关", SG, "电商科 何××", "2月份工作月报", 1],
    ["2021-04-08", "10:17:42", "韶关", SG, "电商科 何××", "3月份工作月报、电商扶贫统计表（一季度）", 1, 1],
    ["2021-04-19", "15:51:03", "深圳", "深圳会展中心（农博会组委会）", "参展商服务处", "参展样品（银杏制品）", 0],
    ["2021-05-10", "10:02:55", "韶关", SG, "电商科 何××", "4月份工作月报", 1],
    ["2021-06-07", "09:40:20", "韶关", SG, "电商科 何××", "5月份工作月报", 1],
    ["2021-07-07", "10:26:14", "韶关", SG, "电商科 何××", "6月份工作月报、电商扶贫统计表（二季度）", 1, 1],
    ["2021-08-06", "09:55:48", "韶关", SG, "电商科 何××", "7月份工作月报", 1],
    ["2021-09-07", "10:13:37", "韶关", SG, "电商科 何××", "8月份工作月报", 1],
    ["2021-09-13", "16:08:22", "广州", "广东省商务厅", "电子商务处", "考评自评报告及佐证材料", 0],
  ];
  const recsR = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("中国邮政速递物流　月结客户对账单（2020年9月—2021年9月）");
    full("客户名称：南雄市商务局　　客户号：44028200317　　结算方式：月结　　打印日期：2021-10-08");
    full("局办公室加注：每月寄往韶关市商务局电商科的盖章纸质月报，就是向市商务局报送的月报（电子版同日邮箱报送）；寄往其他单位的邮件、寄还市商务局的展板不是月报。");
    rows.push(["序号", "收寄时间", "邮件号", "寄达城市", "收件单位", "收件人", "重量（千克）", "资费（元）", "内件品名（寄件人填写）", "投递状态"]);
    let no = 0, month = null, mCnt = 0, mFee = 0, gFee = 0;
    const close = () => { if (month) { rows.push([null, `${fmtMonth(month + "-01")}小计`, null, null, null, null, null, cents(mFee), `${mCnt}件`, null]); merges.push(`B${R()}:G${R()}`); } };
    ML.forEach((m, i) => {
      if (m[0].slice(0, 7) !== month) { close(); month = m[0].slice(0, 7); mCnt = 0; mFee = 0; }
      no++;
      const fee = (m[2] === "韶关" ? 1200 : 2200) + ((i * 137) % 600);
      mCnt++; mFee += fee; gFee += fee;
      rows.push([no, `${m[0]} ${m[1]}`, `1${String(1170000000 + i * 7654321).padStart(11, "0")}4`, m[2], m[3], m[4], m[2] === "深圳" ? 6.5 : 0.3 + (i % 3) * 0.2, cents(fee), m[5], "妥投"]);
      if (m[6]) recsR.push(m[7] ? { date: m[0], poverty: true } : { date: m[0] });
    });
    close();
    rows.push(["合计", null, null, null, null, null, null, cents(gFee), `${ML.length}件`, null]);
    merges.push(`A${R()}:G${R()}`);
    sheets.push(sheet("EMS对账单", rows, merges));
    expect["EMS对账单"] = { kind: "reports", records: recsR };
    assert(recsR.length === 13 && monthsCovered(recsR.map((r) => r.date)) === 12 && recsR.filter((r) => r.poverty).length === 4, "13 reports, 12 months, 4 with poverty statistics");
  }

  // ---------------------------------------------------------------- 舆情周报摘录 (media)
  const LV = { 中央媒体: "national", 省级媒体: "province", 市级媒体: "city", 县级媒体: "county" };
  // [期, 周期 start iso, end iso, [[月日 iso, 标题, 媒体, 类别, 载体, 量]]]
  const QB = [
    ["第46期", "2020-11-09", "2020-11-15", [["2020-11-12", "南雄：电商服务站让黄烟、银杏“触网”", "韶关日报", "市级媒体", "报纸", "—"],
      ["2020-11-13", "我市开展农村电商普及培训", "南雄市融媒体中心《南雄新闻》", "县级媒体", "电视", "—"]]],
    ["第53期", "2020-12-28", "2021-01-03", [["2020-12-30", "南雄银杏“云上”卖货忙", "南方+客户端", "省级媒体", "客户端", "阅读1.2万"],
      ["2021-01-02", "元旦网购节　南雄土特产销量翻番", "南雄市融媒体中心“南雄发布”", "县级媒体", "网站", "阅读3,400"]]],
    ["第10期", "2021-03-08", "2021-03-14", [["2021-03-10", "广东南雄：小电商撬动大产业", "人民网", "中央媒体", "网站", "转载12次"]]],
    ["第19期", "2021-05-10", "2021-05-16", [["2021-05-14", "南雄板鸭直播带货走俏", "韶关广播电视台《韶关新闻》", "市级媒体", "电视", "—"]]],
    ["第26期", "2021-06-28", "2021-07-04", [["2021-06-30", "南雄：电商服务站开到家门口", "南雄市融媒体中心“南雄发布”", "县级媒体", "客户端", "阅读2,100"],
      ["2021-07-02", "南雄电商扶贫：脱贫户网上卖土货", "广东广播电视台《广东新闻联播》", "省级媒体", "电视", "—"]]],
    ["第35期", "2021-08-30", "2021-09-05", [["2021-08-31", "南雄电商进农村三年见成效", "韶关日报", "市级媒体", "报纸", "—"],
      ["2021-09-03", "南雄“电商＋银杏”助农增收", "南方日报", "省级媒体", "报纸", "—"]]],
  ];
  const recsM = [];
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("南雄市网络舆情周报——电子商务相关正面信息摘录");
    full("摘自中共南雄市委网信办《网络舆情周报》，市商务局电商股摘录　　每期标题注明监测周期；条目日期只写月日，年份以本期监测周期为准；媒体类别按网信办分类（中央媒体、省级媒体、市级媒体、县级媒体）");
    let no = 0;
    QB.forEach(([q, a, b, items]) => {
      rows.push(Array(W).fill(null));
      full(`${q}（${fmtDot(a)}—${a.slice(0, 4) === b.slice(0, 4) ? `${+b.slice(5, 7)}.${+b.slice(8, 10)}` : fmtDot(b)}）`);
      rows.push(["序号", "日期", "标题", "来源媒体", "媒体类别", "载体", "阅读／转载", "倾向"]);
      items.forEach((it) => {
        no++;
        assert(it[0] >= a && it[0] <= b, "item inside its week");
        rows.push([no, fmtMD(it[0]), it[1], it[2], it[3], it[4], it[5], "正面"]);
        recsM.push({ date: it[0], level: LV[it[3]], tv: it[4] === "电视" });
      });
    });
    rows.push(Array(W).fill(null));
    full(`共摘录${no}条。　　摘录：电商股 邓××`);
    sheets.push(sheet("舆情周报摘录", rows, merges));
    expect["舆情周报摘录"] = { kind: "media", records: recsM };
    assert(recsM.length === 10 && recsM.filter((r) => r.tv).length === 3 && recsM.filter((r) => r.date > AS_OF).length === 1, "10 reports, 3 TV, one after the cut-off");
  }

  // ---------------------------------------------------------------- 服务专员挂点联系表 (enterprises)
  // [专员, 电话, [[name, type, entered iso, cell, left iso|null, public?]]]
  const GD = [
    ["刘××（园区办主任）", "138****6012", [
      ["南雄市雄州电子商务运营有限公司", "电商运营商", "2020-10-16", "2020.10.16"], ["中国邮政集团有限公司南雄市分公司邮乐购运营中心", "平台型", "2020-10", "2020年10月"],
      ["南雄市银杏人家网店", "销售型", "2020-11-03", "2020.11.3"], ["南雄市珠玑板鸭电子商务有限公司", "销售型", "2020-11-19", D("2020-11-19")],
      ["南雄市中通快递雄州营业部", "物流企业", "2020-12-08", "2020.12.8"], ["南雄市黄烟源网店", "销售型", "2020-12-08", "2020.12.8", "2021-04-30"],
      ["南雄市帽子峰山货网店", "销售型", "2021-01-12", "2021.1.12"]]],
    ["温××", "139****2285", [
      ["南雄市农品汇网络科技有限公司", "平台型", "2021-01-26", "2021.1.26"], ["南雄市星光直播传媒有限公司", "直播服务", "2021-03-02", "2021年3月2日"],
      ["南雄市梅岭鹅网店", "销售型", "2021-03-16", "2021.3.16"], ["南雄市顺通仓储物流有限公司", "物流企业", "2021-04-06", "2021.4.6"],
      ["南雄市湖口米粉电子商务有限公司", "销售型", "2021-05-11", "2021.5.11", "2021-09-10"], ["南雄市乌迳香菇网店", "销售型", "2021-06-01", "2021.6.1"],
      ["南雄市优选代运营服务有限公司", "电商运营商", "2021-06-22", D("2021-06-22")]]],
    ["何××", "137****9340", [
      ["园区公共仓储中心", "公共服务用房", null, "2020.10", null, 1], ["南雄市全安花生油网店", "销售型", "2021-07-06", "2021.7.6"],
      ["南雄市冷链速达物流有限公司", "物流企业", "2021-07-20", "2021年7月20日"], ["南雄市视觉工坊设计工作室", "设计服务", "2021-08-03", "2021.8.3"],
      ["南雄市坪田黄烟电子商务有限公司", "销售型", "2021-08-24", "2021.8.24"], ["南雄市油山竹笋网店", "销售型", "2021-09-07", "2021.9.7"]]],
  ];
  const recsE = [];
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("南雄市电子商务产业园企业服务专员挂点联系表");
    full("园区管理办公室　　2021年9月15日　　在园状态填“在园”或“已迁出（迁出日期）”；公共服务用房由园区自管，不是入驻企业");
    rows.push(["服务专员", "联系电话", "序号", "挂点企业（单位）", "企业类型", "入驻时间", "在园状态", "最近走访", "走访记录"]);
    let no = 0;
    const VISIT = ["了解用工需求", "协调物流补贴", "指导申报电商奖补", "对接直播基地", "了解退园原因", "推荐参加网购节"];
    GD.forEach(([p, tel, list]) => {
      const s = R() + 1;
      list.forEach((e, i) => {
        no++;
        const pub = !!e[5];
        const st = pub ? "园区自管（不是入驻企业）" : e[4] ? `已迁出（${fmtDot(e[4])}）` : "在园";
        const vis = isoAdd("2021-08-10", (no * 3) % 28);
        rows.push([i === 0 ? p : null, i === 0 ? tel : null, no, e[0], e[1], e[3], st, fmtMD(vis), pub ? "检查消防设施" : e[4] ? VISIT[4] : VISIT[no % 6 === 4 ? 0 : no % 6]]);
        if (!pub) recsE.push({ name: e[0], type: e[1], entered: e[2], left: e[4] || null });
      });
      merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`);
    });
    full("注：最近走访日期为2021年。　　填表：园区办 钟××");
    sheets.push(sheet("挂点联系表", rows, merges));
    expect["挂点联系表"] = { kind: "enterprises", records: recsE };
    const atCut = recsE.filter((r) => r.entered <= AS_OF && !(r.left && r.left <= AS_OF));
    assert(recsE.length === 19 && atCut.length === 17, "19 enterprises, 17 in the park at the cut-off");
  }

  // ---------------------------------------------------------------- 远程教育学用登记 (training sessions)
  // [镇, 终端站点, iso, 课件, 来源, 参学, 党员, 脱贫户, 电商?]
  const YJ = [
    ["珠玑镇", "灵潭村", "2020-10-15", "农村电商入门：开网店的第一步", "广东远程教育平台", 46, 12, 9, 1],
    ["湖口镇", "湖口村", "2020-10-28", "农产品网上销售技巧", "中国农村远程教育网", 38, 10, 7, 1],
    ["乌迳镇", "新田村", "2020-11-19", "学习贯彻党的十九届五中全会精神", "全国党员干部现代远程教育", 52, 30, 6, 0],
    ["帽子峰镇", "帽子峰村", "2020-12-10", "直播带货入门", "南雄市电商公共服务中心（录制）", 41, 9, 12, 1],
    ["全安镇", "全安村", "2021-01-14", "农村电商物流与快递", "广东远程教育平台", 35, 8, 6, 1],
    ["油山镇", "大兰村", "2021-03-11", "短视频拍摄与剪辑", "南雄市电商公共服务中心（录制）", 44, 11, 10, 1],
    ["坪田镇", "坪田村", "2021-03-25", "党史学习教育专题讲座", "全国党员干部现代远程教育", 58, 36, 5, 0],
    ["江头镇", "江头村", "2021-04-15", "农产品品牌与包装", "中国农村远程教育网", 39, 10, 8, 1],
    ["雄州街道", "黄坑村", "2021-05-13", "网店客服与售后", "广东远程教育平台", 33, 7, 4, 1],
    ["珠玑镇", "石塘村", "2021-05-27", "电商助农：银杏产品网销", "南雄市电商公共服务中心（录制）", 47, 13, 11, 1],
    ["湖口镇", "承平村", "2021-06-17", "直播带货进阶", "南雄市电商公共服务中心（录制）", 42, 9, 10, 1],
    ["乌迳镇", "乌迳村", "2021-07-08", "农村电商政策解读", "广东远程教育平台", 50, 15, 12, 1],
    ["帽子峰镇", "林庄村", "2021-07-29", "社区团购与微商", "中国农村远程教育网", 36, 8, 9, 1],
    ["全安镇", "新城村", "2021-08-19", "电商扶贫：脱贫户网上开店", "南雄市电商公共服务中心（录制）", 45, 10, 19, 1],
    ["油山镇", "平林村", "2021-09-09", "农村电商入门（第二轮）", "广东远程教育平台", 40, 9, 8, 1],
  ];
  const recsT = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("南雄市党员干部现代远程教育终端站点学用登记表（农村电商专题摘录）");
    full("南雄市委组织部远程教育中心提供，市商务局摘录　　终端站点组织群众收看农村电商课件的，每次计为一场电商培训，“参学人数”即培训人次（“其中”两栏已含在参学人数内）");
    rows.push(["序号", "镇（街道）", "终端站点", "播放日期", "课件名称", "课件来源", "组织人", "参学人数", "其中：党员", "其中：脱贫户", "备注"]);
    const FMT = [D, fmtDot, fmtCn, fmt2y];
    YJ.forEach((y, i) => {
      rows.push([i + 1, y[0], y[1] + "终端站点", FMT[i % 4](y[2]), y[3], y[4], nameOf(i + 120, i % 2 ? "男" : "女", USED), y[5], y[6], y[7], y[8] ? null : "非电商课件，不计入电商培训"]);
      if (y[8]) recsT.push({ date: y[2], personTimes: y[5], id: null });
    });
    const eT = sum(YJ.filter((y) => y[8]).map((y) => y[5]));
    rows.push(["电商课件合计", null, null, null, null, null, null, eT, sum(YJ.filter((y) => y[8]).map((y) => y[6])), sum(YJ.filter((y) => y[8]).map((y) => y[7])), `${recsT.length}场`]);
    merges.push(`A${R()}:G${R()}`);
    full("摘录：市商务局电商股 邓××　　核对：市委组织部远程教育中心 黄××");
    sheets.push(sheet("远程教育学用登记", rows, merges));
    expect["远程教育学用登记"] = { kind: "training", records: recsT };
    assert(recsT.length === 13 && eT === 536 && sum(recsT.filter((r) => r.date <= AS_OF).map((r) => r.personTimes)) === 496, "13 sessions, 536 person-times (496 by the cut-off)");
  }
  write("ledgers/b139-l2-nanxiong.json", {
    description:
      "韶关南雄市商务局交的台账，四个表，都是从别处拿来的。①《EMS对账单》是邮政速递的月结客户对账单（一件邮件一行，按月一个小计行），局办公室加注：寄往韶关市商务局电商科的盖章纸质月报就是报送的月报。读法：读“收寄时间”的日期；只有内件是“×月份工作月报”、寄韶关市商务局的是报送记录（13条，2020年9月—2021年9月每月一条）；寄广东省商务厅、韶关市财政局、深圳农博会的不是，2月26日寄还市商务局的“借用展板”也不是；内件写“电商扶贫统计表”的4条 poverty true（其余没写，不判）。②《舆情周报摘录》是市委网信办《网络舆情周报》里电商正面信息的摘录：一期一块（“第46期（2020.11.9—11.15）”标题行＋表头），条目日期只写“11月12日”，年份看本期监测周期；“第53期（2020.12.28—2021.1.3）”里“12月30日”是2020年、“1月2日”是2021年。媒体类别 中央媒体 → national、省级媒体 → province、市级媒体 → city、县级媒体 → county；载体“电视”的 tv true（南雄新闻、韶关新闻、广东新闻联播），报纸、网站、客户端 false。共10条（9月3日南方日报照列）。③《挂点联系表》是产业园企业服务专员挂点联系表：服务专员、电话按人纵向合并，一家企业一行。读法：“园区公共仓储中心（公共服务用房，园区自管）”不是企业；入驻时间有真日期、“2020.10.16”、“2020年10月”（只到月）、“2021年3月2日”；在园状态“已迁出（2021.4.30）” → left 2021-04-30，“已迁出（2021.9.10）” → left 2021-09-10；“在园” → left null；“最近走访”的月日不是入驻时间。共19家（8月31日在园17家）。④《远程教育学用登记》是市委组织部远程教育终端站点学用登记表的电商摘录：一次组织收看一场，参学人数就是培训人次（“其中：党员”“其中：脱贫户”不另计），没有身份证号 → id null；备注“非电商课件，不计入电商培训”的两行（十九届五中全会精神、党史学习教育）不是培训；日期有真日期、“2020.10.28”、“2020年11月19日”、两位年份“20.12.10”。共13场536人次（截至8月31日496人次）。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
