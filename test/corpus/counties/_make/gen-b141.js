// Batch 141 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b140.js)
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

// ---------------------------------------------------------------- batch 141 additions
const FACT_TYPES = {
  county: "text", asOf: "date", centerOpened: "date", residentPopulation: "num", adminVillagesStated: "num", poorVillagesStated: "num",
  ruralRetail2019: "num", ruralRetail2020: "num", agriRetail2019: "num", agriRetail2020: "num", ruralRetailGrowthStated: "pct", agriRetailGrowthStated: "pct",
  trainingPersonTimesStated: "num", eligiblePoorPersonsStated: "num", trainedPoorPersonsStated: "num", fundAllocated: "num", fundSpentStated: "num", overallProgress: "pct",
};
function checkFacts(f, rel) {
  Object.entries(f).forEach(([k, v]) => {
    const t = FACT_TYPES[k] || "bool";
    if (t === "text") assert(typeof v === "string" && v.trim() === v && v.length > 0, rel + " text " + k);
    else if (t === "date") assert(typeof v === "string" && ISO.test(v), rel + " date " + k);
    else if (t === "num") assert(typeof v === "number" && Number.isFinite(v) && v >= 0, rel + " number " + k);
    else if (t === "pct") assert(typeof v === "number" && v > 0 && v < 5, rel + " percent " + k);
    else assert(typeof v === "boolean", rel + " bool " + k);
  });
}
// village-like names from two syllable sets, deterministic, unique, avoiding the given stems
function villageNames(p1, p2, n, mul, exclude) {
  const cand = [];
  p1.split("").forEach((a, i) => p2.split("").forEach((b, j) => cand.push([(i * mul[0] + j * mul[1] + i * j * mul[2]) % mul[3], a + b])));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const out = [...new Set(cand.map((c) => c[1]))].filter((s) => !exclude.includes(s)).map((s) => s + "村").slice(0, n);
  assert(out.length === n, "not enough names " + out.length + "/" + n);
  return out;
}
const phone = (seed) => "13" + String(5 + (seed % 5)) + String(100000000 + ((seed * 7919 + 12345) % 90000000)).slice(1, 9);

// =====================================================================================
// counties/b141-c1-luhe: 汕尾陆河县 — 领导小组办公室《工作简报》（一段一行，数据快报小表，自评分写在段落里）；
// 县文广旅体局《农村应急广播（村村响）覆盖表》当村名单（无快递列）；运营商《站点地图标注（POI）采集表》（读“开业时间”，不读采集日期、标注状态）；
// 《培训通知回执汇总》（回执人数不是参训，读“实到”）；产业园《“两新”组织党建覆盖表》（入驻／迁出）；县财政投资评审中心《结算审核及拨付对照表》
// （读拨付明细，不读送审、审定）；《政务信息报送登记簿》（只读报送市商务局的）；《网站稿件报送登记簿》（只读专栏、读上网日期）；
// 县融媒体中心《上送稿件采用登记》（读采用平台的级别和播出日期）
// =====================================================================================
(function c1() {
  const AREA = "441523";
  const sheets = [];
  const TOWNS = ["河田镇", "水唇镇", "螺溪镇", "东坑镇", "新田镇", "上护镇", "河口镇", "南万镇"];
  const NV = [24, 18, 14, 16, 12, 14, 10, 10];
  assert(sum(NV) === 118, "118 villages");
  const COMM = { 河田镇: ["城东社区", "城西社区", "朝阳社区", "人民社区"], 水唇镇: ["水唇社区"], 螺溪镇: ["螺溪社区"], 东坑镇: ["东坑社区"], 新田镇: ["新田社区"] };
  const STEMS = TOWNS.map((t) => t.replace(/镇$/, ""));
  const VN = villageNames("新大上下东西南北石黄罗长高联和吉", "田坑塘坪寨湖径洞岭岗墩坝龙埔", 118, [113, 61, 29, 887], STEMS);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 5 === 1).slice(0, 21).map((v) => v.k);
  assert(POORK.length === 21, "21 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const covNP = nonPoor.filter((v, j) => (j * 7) % 10 < 7).slice(0, 62);
  assert(covNP.length === 62, "62 covered non-poor");
  const COVK = POORK.concat(covNP.map((v) => v.k)).sort((a, b) => a - b);
  assert(COVK.length === 83 && 83 * 100 >= 118 * 70 && 82 * 100 < 118 * 70, "83/118 = 70.3%, one less would be under 70%");
  const uncov = nonPoor.filter((v) => !covNP.includes(v));
  const SEPT = uncov[5].k;

  // ---------------------------------------------------------------- 应急广播覆盖表 (villages; no express column)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("陆河县农村应急广播（“村村响”）建设覆盖情况表");
    full("陆河县文化广电旅游体育局　　2021年5月　　“类型”分行政村、社区；“省定贫困村”一列由县商务局电商股据县乡村振兴局名单补列（是／否）");
    rows.push(["序号", "镇", "村（社区）", "类型", "省定贫困村", "终端数（个）", "建成时间", "运行状态", "备注"]);
    let no = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = VIL.filter((v) => v.town === t).map((v) => ({ v })).concat((COMM[t] || []).map((c) => ({ c })));
      list.forEach((e, i) => {
        no++;
        if (e.c) rows.push([no, i === 0 ? t : null, e.c, "社区", "否", 6 + (no % 4), fmtMonth(isoAdd("2019-06-01", no * 3)), "正常", null]);
        else {
          const nm = no % 8 === 3 ? e.v.name.replace(/村$/, "村委会") : e.v.name;
          rows.push([no, i === 0 ? t : null, nm, "行政村", isPoor(e.v.k) ? "是" : "否", 2 + (no % 5), fmtMonth(isoAdd("2019-06-01", no * 3)), no % 23 === 7 ? "故障待修" : "正常", null]);
        }
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `${list.length}个`, `行政村${NV[ti]}个`, `${VIL.filter((v) => v.town === t && isPoor(v.k)).length}个`, null, null, null, null]);
    });
    rows.push(["合计", null, `${118 + 8}个`, "行政村118个、社区8个", "21个", null, null, null, null]); merges.push(`A${R()}:B${R()}`);
    full("填表：县文广旅体局 彭××　　补列：县商务局电商股 罗××");
    sheets.push(sheet("应急广播覆盖表", rows, merges));
  }

  // ---------------------------------------------------------------- 站点地图标注采集表 (stations)
  const ST = [];
  COVK.forEach((k, i) => {
    const opened = isoAdd("2019-11-12", Math.floor((i * 648) / 82));
    const month = i === 82 || i % 17 === 9;
    const cell = month ? fmtMonth(opened) : [D, fmtDot, fmtCn, fmtSlash, fmt2y][i % 5](opened);
    let vil = VIL[k].name;
    if (k === POORK[7]) vil = vil.replace(/村$/, "村民委员会");
    else if (i % 6 === 4) vil = vil.replace(/村$/, "村委会");
    ST.push({ k, vil, town: VIL[k].town, name: `${VIL[k].name.replace(/村$/, "")}村电商服务站`, opened: month ? opened.slice(0, 7) : opened, cell, status: "已上线" });
  });
  assert(ST[82].opened === "2021-08" && ST.every((s) => dateOk(s.opened)), "last " + ST[82].opened);
  const DUP = ST[30], SEC = ST[51];
  const extra = [
    { ...DUP, status: "驳回（重复标注）", dup: true },
    { k: SEC.k, vil: VIL[SEC.k].name, town: SEC.town, name: `${VIL[SEC.k].name.replace(/村$/, "")}圩电商服务点`, opened: "2021-04-20", cell: "2021.4.20", status: "已上线" },
    { k: null, vil: "城东社区", town: "河田镇", name: "河田镇城东社区电商服务站", opened: "2020-06-16", cell: "2020年6月16日", status: "已上线" },
    { k: SEPT, vil: VIL[SEPT].name, town: VIL[SEPT].town, name: `${VIL[SEPT].name.replace(/村$/, "")}村电商服务站`, opened: "2021-09-03", cell: "2021.9.3", status: "审核中" },
  ];
  const ALLST = [];
  TOWNS.forEach((t) => ST.concat(extra).filter((s) => s.town === t).sort((a, b) => (a.k === null ? 999 : a.k) - (b.k === null ? 999 : b.k) || (a.dup ? 1 : 0) - (b.dup ? 1 : 0) || (a.opened < b.opened ? -1 : 1)).forEach((s) => ALLST.push(s)));
  assert(ALLST.length === 87, "87 POI rows");
  const covIn = new Set(ALLST.filter((s) => s.k !== null && dateOk(s.opened)).map((s) => s.k));
  assert(covIn.size === 83 && POORK.every((k) => covIn.has(k)), "83 villages, 21/21 poor");
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("陆河县村级电子商务服务站点地图标注（POI）采集表");
    full("采集单位：陆河县电子商务公共服务中心运营方　　采集时间：2021年9月1日—7日　　用途：在高德、百度地图标注站点位置，方便群众寄件取件");
    full("县商务局电商股注：“开业时间”为站点挂牌开业时间；“采集日期”为运营方上门采集坐标的日期，“标注状态”为地图平台审核状态，均与站点是否建成无关；驳回的为同一站点重复标注。");
    rows.push(["序号", "POI名称", "所属镇", "所在村（社区）", "详细地址", "经度", "纬度", "联系人", "联系电话", "开业时间", "采集日期", "标注状态", "POI编号"]);
    const used = new Set();
    ALLST.forEach((s, i) => {
      const lng = Math.round((115.52 + ((i * 37) % 211) / 1000) * 1000000) / 1000000;
      const lat = Math.round((23.18 + ((i * 53) % 197) / 1000) * 1000000) / 1000000;
      const contact = s.dup ? rows[rows.length - 1][7] : nameOf(i + 300, i % 3 === 0 ? "女" : "男", used);
      const tel = s.dup ? rows[rows.length - 1][8] : phone(i + 41);
      rows.push([i + 1, s.name, s.town, s.vil, `陆河县${s.town}${s.vil.replace(/(村委会|村民委员会)$/, "村")}${s.k === null ? "" : "委会旁"}${1 + (i % 40)}号`, lng, lat, contact, tel, s.cell,
        fmtDot(isoAdd("2021-09-01", Math.floor(i / 14))), s.status, s.dup ? "—" : `B0FF${(0x3a1c0 + i * 97).toString(16).toUpperCase()}`]);
    });
    full(`共采集${ALLST.length}条（驳回1条为重复标注，审核中1条为9月新开业站点）　　采集：运营方 曾××　　核对：电商股 罗××`);
    sheets.push(sheet("站点地图标注采集", rows, merges));
  }

  // ---------------------------------------------------------------- 培训回执汇总 (training sessions × units: 回执 / 实到)
  const S = [
    ["2020-10-15", "农村电商基础"], ["2020-11-19", "网店开设与运营"], ["2020-12-17", "青梅产品网销专题"], ["2021-01-14", "短视频拍摄剪辑"], ["2021-03-18", "直播带货入门"],
    ["2021-04-22", "茶叶电商营销"], ["2021-05-20", "社群团购运营"], ["2021-06-24", "电商客服与售后"], ["2021-08-12", "农产品包装设计"], ["2021-09-16", "直播带货提升"],
  ];
  const UNITS = TOWNS.concat(["县直单位及企业"]);
  const HUI = S.map((_, s) => UNITS.map((u, j) => 26 + ((s * 7 + j * 11) % 15) + (j === 0 ? 14 : 0) + (j === 8 ? 6 : 0)));
  const DAO = HUI.map((row, s) => row.map((h, j) => h - (s === 9 ? 0 : 2 + ((s * 3 + j * 5) % 5))));
  const colSum = (M, s) => sum(M[s]);
  const huiIn = sum(S.map((x, s) => (x[0] <= AS_OF ? colSum(HUI, s) : 0)));
  const daoIn = sum(S.map((x, s) => (x[0] <= AS_OF ? colSum(DAO, s) : 0)));
  const daoAll = sum(S.map((x, s) => colSum(DAO, s)));
  const POP = 263400;
  assert(daoIn * 1000 >= POP * 8 && daoIn * 100 < POP, "实到 by cut-off 0.8%–1%: " + daoIn);
  assert(huiIn * 100 >= POP && daoAll * 100 >= POP, "回执 " + huiIn + " and 实到 with September " + daoAll + " reach 1%");
  {
    const W = 2 + S.length * 2 + 2, rows = [], merges = [];
    const R = () => rows.length;
    const L = colLetter;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${L(W - 1)}${R()}`); };
    full("陆河县2020—2021年度农村电商培训通知回执及实到人数汇总表");
    full("县商务局电商股　　第1—3期为2020年，第4期起为2021年　　“回执”为各镇、单位按培训通知报回的报名人数，“实到”为培训当天签到人数（签到表另册），电商培训人次以“实到”为准");
    const h1 = ["序号", "镇（单位）"], h2 = [null, null];
    S.forEach(([iso, topic], s) => { h1.push(`第${s + 1}期　${fmtMD(iso)}\n${topic}`, null); h2.push("回执", "实到"); });
    h1.push("合计", null); h2.push("回执", "实到");
    rows.push(h1); const r1 = R(); rows.push(h2);
    merges.push(`A${r1}:A${r1 + 1}`, `B${r1}:B${r1 + 1}`);
    for (let c = 2; c < W; c += 2) merges.push(`${L(c)}${r1}:${L(c + 1)}${r1}`);
    UNITS.forEach((u, j) => {
      const line = [j + 1, u];
      S.forEach((_, s) => line.push(HUI[s][j], DAO[s][j]));
      line.push(sum(S.map((_, s) => HUI[s][j])), sum(S.map((_, s) => DAO[s][j])));
      rows.push(line);
    });
    const tot = ["合计", null];
    S.forEach((_, s) => tot.push(colSum(HUI, s), colSum(DAO, s)));
    tot.push(sum(S.map((_, s) => colSum(HUI, s))), daoAll);
    rows.push(tot); merges.push(`A${R()}:B${R()}`);
    full(`注：第10期（9月16日）在考评截止日之后。截至2021年8月31日，回执${thousands(huiIn)}人次，实到${thousands(daoIn)}人次。　　统计：电商股 罗××`);
    sheets.push(sheet("培训回执汇总", rows, merges));
  }

  // ---------------------------------------------------------------- 园区两新党建表 (enterprises)
  // [name, seq, type, 入驻 iso, 迁出 iso|null, 从业, 党员, 党组织]
  const EN = [
    ["陆河县青梅电子商务运营有限公司", 1, "电商运营商", "2020-07-08", null, 26, 4, "单独组建党支部"],
    ["中国邮政集团有限公司陆河县分公司邮乐购运营中心", 2, "平台型", "2020-07-08", null, 12, 5, "隶属邮政分公司党总支"],
    ["陆河县吉溪茶叶网店", 3, "销售型", "2020-07-20", null, 5, 0, "纳入园区联合党支部"],
    ["陆河县顺达快递有限公司", 4, "物流企业", "2020-08-03", null, 31, 2, "纳入园区联合党支部"],
    ["陆河县螺溪青梅酒电子商务有限公司", 5, "销售型", "2020-08-17", null, 9, 1, "纳入园区联合党支部"],
    ["陆河县客家擂茶网店", 6, "销售型", "2020-09-07", "2021-05-20", 3, 0, "—"],
    ["陆河县乡味电商供应链有限公司", 7, "物流企业", "2020-09-21", null, 18, 1, "纳入园区联合党支部"],
    ["陆河县新田油柑网店", 8, "销售型", "2020-10-12", null, 4, 0, "纳入园区联合党支部"],
    ["陆河县聚农网络科技有限公司", 9, "平台型", "2020-11-02", null, 14, 3, "纳入园区联合党支部"],
    ["陆河县河口竹笋电子商务有限公司", 10, "销售型", "2020-11-23", null, 7, 1, "纳入园区联合党支部"],
    ["陆河县星辰直播传媒有限公司", 11, "直播服务", "2020-12-14", null, 11, 1, "纳入园区联合党支部"],
    ["陆河县东坑李子网店", 12, "销售型", "2021-01-11", null, 3, 0, "纳入园区联合党支部"],
    ["陆河县上护稻米电子商务有限公司", 13, "销售型", "2021-02-22", null, 6, 1, "纳入园区联合党支部"],
    ["陆河县优品电商代运营工作室", 14, "电商运营商", "2021-03-15", null, 5, 1, "纳入园区联合党支部"],
    ["陆河县南万山货网店", 15, "销售型", "2021-04-12", null, 4, 0, "纳入园区联合党支部"],
    ["陆河县水唇腊味电子商务有限公司", 16, "销售型", "2021-05-10", null, 8, 1, "纳入园区联合党支部"],
    ["陆河县青梅酒文化创意网店", 17, "销售型", "2021-06-07", "2021-09-15", 2, 0, "纳入园区联合党支部"],
    ["陆河县百福农产品电子商务有限公司", 18, "销售型", "2021-07-05", null, 10, 2, "纳入园区联合党支部"],
    ["陆河县绿源冷链物流有限公司", 19, "物流企业", "2021-08-02", null, 22, 1, "纳入园区联合党支部"],
    ["陆河县好客家电子商务有限公司", 20, "销售型", "2021-09-06", null, 6, 0, "拟纳入园区联合党支部"],
  ];
  const inPark = EN.filter((e) => e[3] <= AS_OF && !(e[4] && e[4] <= AS_OF));
  assert(inPark.length === 18 && new Set(inPark.map((e) => e[2])).size >= 3, "18 in the park at cut-off");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("陆河县电子商务产业园“两新”组织党建工作覆盖情况表");
    full("园区联合党支部　　填报时间：2021年9月10日　　“入驻园区时间”“迁出时间”据园区运营办登记；“企业类型”按园区招商分类");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻园区时间", "迁出时间", "从业人员（人）", "党员（人）", "党组织建立情况", "党建指导员", "备注"]);
    const F = [fmtDot, D, fmtCn, fmt2y, fmtSlash];
    EN.forEach((e, i) => rows.push([i + 1, e[0], creditCode(AREA, e[1]), e[2], F[i % 5](e[3]), e[4] ? fmtDot(e[4]) : null, e[5], e[6], e[7], i % 4 === 0 ? "彭××" : "黄××",
      e[4] ? "已迁出" : e[3] > AS_OF ? "9月新入驻" : null]));
    rows.push(["合计", null, null, null, null, null, sum(EN.map((e) => e[5])), sum(EN.map((e) => e[6])), null, null, null]); merges.push(`A${R()}:F${R()}`);
    full(`园区登记企业${EN.length}家（已迁出2家，其中1家9月15日迁出）。党员${sum(EN.map((e) => e[6]))}名。　　填表：联合党支部 彭××`);
    sheets.push(sheet("园区两新党建表", rows, merges));
  }

  // ---------------------------------------------------------------- 评审结算拨付表 (funds)
  // [项目, 承建单位, 合同, 送审|null, 审定|null, [[iso|null, amount, note]]]
  const PJ = [
    ["县级电子商务公共服务中心建设", "陆河县青梅电子商务运营有限公司", 1280000, 1265400, 1238600, [["2020-11-20", 600000, "预付款"], ["2021-04-16", 514740, "结算款（审定额90%扣减已付）"], [null, 123860, "质保金（审定额10%），质保期满后支付"]]],
    ["村级电商服务站点建设（第一批）", "中国邮政集团有限公司陆河县分公司", 880000, 872300, 856000, [["2020-12-18", 428000, "预付款"], ["2021-03-25", 342400, "结算款"], [null, 85600, "质保金，未支付"]]],
    ["村级电商服务站点建设（第二批）", "中国邮政集团有限公司陆河县分公司", 640000, 631800, 612500, [["2021-06-10", 306250, "预付款"], ["2021-09-14", 245000, "结算款"]]],
    ["农村物流配送体系建设", "陆河县顺达快递有限公司", 1000000, 996500, 980000, [["2021-01-22", 490000, "预付款"], ["2021-07-30", 392000, "进度款"]]],
    ["农村电商培训", "汕尾市众创职业培训学校", 360000, null, null, [["2020-12-30", 150000, "第一期"], ["2021-08-20", 186500, "第二期"]]],
    ["农产品品牌培育及网络推广", "陆河县好客家文化传播有限公司", 400000, null, null, [["2021-05-12", 200000, "首期款"]]],
  ];
  const pays = PJ.flatMap((p) => p[5].filter((x) => x[0]).map((x) => ({ date: x[0], amount: x[1] })));
  const paidIn = sum(pays.filter((x) => x.date <= AS_OF).map((x) => x.amount));
  const paidAll = sum(pays.map((x) => x.amount));
  assert(paidIn === 3609890 && paidAll === 3854890 && paidIn * 100 >= 5000000 * 70, "3,609,890 by cut-off = 72.2%");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("陆河县电子商务进农村综合示范项目财政投资评审结算审核及资金拨付对照表");
    full("陆河县财政投资评审中心、县商务局财务室　　单位：元　　“送审金额”“审定金额”为结算审核数，不是拨付数；拨付以“拨付日期”“拨付金额”为准，无拨付日期的为未支付；服务类项目不需评审，按合同结算");
    rows.push(["序号", "项目名称", "承建单位", "合同金额", "送审金额", "审定金额", "审减额", "拨付日期", "拨付金额", "拨付说明", "累计拨付"]);
    const FP = [fmtDot, D, fmtCn, fmtSlash, fmt2y];
    let k = 0;
    PJ.forEach((p, i) => {
      const s = R() + 1;
      const cum = sum(p[5].filter((x) => x[0]).map((x) => x[1]));
      p[5].forEach((x, j) => rows.push([j === 0 ? i + 1 : null, j === 0 ? p[0] : null, j === 0 ? p[1] : null, j === 0 ? p[2] : null, j === 0 ? (p[3] === null ? "—（服务类）" : p[3]) : null,
        j === 0 ? (p[4] === null ? "—" : p[4]) : null, j === 0 ? (p[3] === null ? "—" : p[3] - p[4]) : null, x[0] ? FP[k++ % 5](x[0]) : "—", x[0] ? x[1] : `（${thousands(x[1])}）`, x[2], j === 0 ? cum : null]));
      if (p[5].length > 1) ["A", "B", "C", "D", "E", "F", "G", "K"].forEach((c) => merges.push(`${c}${s}:${c}${R()}`));
    });
    rows.push(["合计", null, null, sum(PJ.map((p) => p[2])), null, null, null, null, paidAll, null, paidAll]); merges.push(`A${R()}:C${R()}`);
    full(`省级专项资金下达5,000,000元。截至2021年8月31日拨付${thousands(paidIn)}元（支出率${((paidIn / 5000000) * 100).toFixed(1)}%）；9月14日拨付${thousands(paidAll - paidIn)}元；括号内为未支付的质保金。　　填表：财务室 朱××`);
    sheets.push(sheet("评审结算拨付表", rows, merges));
  }

  // ---------------------------------------------------------------- 政务信息报送登记簿 (reports + materials)
  // [iso, 标题, 类别, 对象, 方式, 扶贫, 采用]
  const CITY = "汕尾市商务局", XW = "县委办信息科", ZF = "县政府办";
  const INFO = [
    ["2020-09-07", "陆河县电子商务进农村综合示范工作月报（8月）", "工作月报", CITY, "粤政易", false, null],
    ["2020-09-22", "我县举办首届青梅电商直播节", "动态信息", XW, "公文交换", false, "《陆河信息》第41期采用"],
    ["2020-10-09", "陆河县电子商务进农村综合示范工作月报（9月）", "工作月报", CITY, "粤政易", false, null],
    ["2020-11-06", "陆河县电子商务进农村综合示范工作月报（10月）", "工作月报", ZF, "公文交换", false, "（误报县政府办，未报市局；10、11月情况12月合并报市局）"],
    ["2020-11-25", "我县村级电商服务站点建设过半", "动态信息", XW, "公文交换", false, null],
    ["2020-12-04", "陆河县电子商务进农村综合示范工作月报（10—11月）", "工作月报", CITY, "粤政易", true, null],
    ["2021-01-08", "陆河县电子商务进农村综合示范工作月报（12月）", "工作月报", CITY, "粤政易", false, null],
    ["2021-02-05", "陆河县电子商务进农村综合示范工作月报（1月）", "工作月报", CITY, "粤政易", false, null],
    ["2021-03-05", "陆河县电子商务进农村综合示范工作月报（2月）", "工作月报", CITY, "邮箱", true, null],
    ["2021-03-29", "关于我县电商助力青梅销售情况的专报", "专报", ZF, "公文交换", false, "县长林××批示"],
    ["2021-04-07", "陆河县电子商务进农村综合示范工作月报（3月）", "工作月报", CITY, "粤政易", false, null],
    ["2021-05-08", "陆河县电子商务进农村综合示范工作月报（4月）", "工作月报", CITY, "粤政易", false, null],
    ["2021-06-04", "陆河县电子商务进农村综合示范工作月报（5月）", "工作月报", CITY, "粤政易", true, null],
    ["2021-06-18", "《小青梅　大产业——陆河县电商进农村助力青梅产业发展》", "经验材料", CITY, "粤政易", false, "市局《电商工作简报》第4期采用"],
    ["2021-07-06", "陆河县电子商务进农村综合示范工作月报（6月）", "工作月报", CITY, "粤政易", false, null],
    ["2021-08-05", "陆河县电子商务进农村综合示范工作月报（7月）", "工作月报", CITY, "粤政易", false, null],
    ["2021-09-06", "陆河县电子商务进农村综合示范工作月报（8月）", "工作月报", CITY, "粤政易", true, null],
  ];
  const cityRep = INFO.filter((x) => x[3] === CITY && x[2] !== "经验材料");
  assert(monthsCovered(cityRep.map((x) => x[0])) === 11 && monthsCovered(INFO.map((x) => x[0])) === 12, "11 months to the city bureau (November missing)");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("陆河县商务局政务信息报送登记簿（2020年9月—2021年9月）");
    full("办公室　　“报送对象”为收件单位；向汕尾市商务局报送的“工作月报”为示范创建月度工作进展及统计数据；“含电商扶贫统计”打√的附有建档立卡贫困户参训、带动增收统计表");
    rows.push(["编号", "报送日期", "信息标题", "类别", "报送对象", "报送方式", "含电商扶贫统计", "采用情况", "经办人"]);
    INFO.forEach((x, i) => rows.push([`XX-${p3(i + 1)}`, [fmtCn, fmtDot, fmtCn, fmtSlash][i % 4](x[0]), x[1], x[2], x[3], x[4], x[5] ? "√" : null, x[6], i % 3 ? "罗××" : "陈××"]));
    full("登记：办公室 陈××");
    sheets.push(sheet("政务信息报送登记", rows, merges));
  }

  // ---------------------------------------------------------------- 网站稿件报送登记簿 (disclosures: 专栏 rows, 上网日期)
  const ZL = "电子商务进农村综合示范专栏", DT = "政务动态";
  // [报送 iso, 标题, 栏目, 上网 iso|null]
  const WEB = [
    ["2020-09-10", "2020年8月项目建设进度", ZL, "2020-09-11"], ["2020-10-13", "2020年9月项目建设进度", ZL, "2020-10-14"], ["2020-11-10", "2020年10月项目建设进度", ZL, "2020-11-12"],
    ["2020-11-26", "陆河县村级电商服务站点建设过半", DT, "2020-11-27"], ["2020-12-09", "2020年11月项目建设进度", ZL, "2020-12-10"], ["2021-01-12", "2020年12月项目建设进度", ZL, "2021-01-13"],
    ["2021-02-01", "我县开展电商年货节网上促销", DT, "2021-02-05"], ["2021-02-08", "2021年1月项目建设进度", ZL, "2021-03-02"], ["2021-03-09", "2021年2月项目建设进度", ZL, "2021-03-10"],
    ["2021-04-12", "2021年3月项目建设进度", ZL, "2021-04-13"], ["2021-05-11", "2021年4月项目建设进度", ZL, "2021-05-12"], ["2021-05-26", "关于调整部分项目建设内容的公示", ZL, "2021-05-27"],
    ["2021-06-09", "2021年5月项目建设进度", ZL, "2021-06-10"], ["2021-07-12", "2021年6月项目建设进度", ZL, "2021-07-13"], ["2021-08-10", "2021年7月项目建设进度", ZL, "2021-08-11"],
    ["2021-08-30", "2021年8月项目建设进度", ZL, null],
  ];
  const zlDates = WEB.filter((w) => w[2] === ZL && w[3]).map((w) => w[3]);
  assert(monthsCovered(zlDates) === 11 && monthsCovered(WEB.map((w) => w[0])) === 12, "专栏上网 11 months (February missing)");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("陆河县商务局县政府门户网站稿件报送登记簿");
    full("办公室　　“上网日期”由县政务服务数据管理局网站管理员回填，空白为尚未发布；“栏目”为发布的网站栏目，示范创建信息发布在“电子商务进农村综合示范专栏”");
    rows.push(["序号", "报送日期", "稿件标题", "发布栏目", "股室审核", "分管领导审签", "上网日期", "备注"]);
    WEB.forEach((w, i) => rows.push([i + 1, fmtDot(w[0]), w[1], w[2], "电商股 罗××", "副局长 黄××", w[3] ? (i % 3 === 1 ? D(w[3]) : fmtCn(w[3])) : null, w[3] === "2021-03-02" ? "春节期间网站暂停更新" : w[3] ? null : "网站系统升级，待发布"]));
    full("登记：办公室 陈××");
    sheets.push(sheet("网站稿件报送登记", rows, merges));
  }

  // ---------------------------------------------------------------- 融媒上送稿件登记 (media)
  // [标题, 体裁, 上送 iso|null, 平台, 级别, 采用, 播出 iso|null, 栏目, 扶贫案例]
  const UP = [
    ["陆河青梅“触网”销全国", "图文", "2020-12-03", "汕尾日报", "市级", "未采用", null, null, false],
    ["南方+｜陆河：小青梅直播间里卖到脱销", "图文", "2021-04-02", "南方+客户端", "省级", "已采用", "2021-04-03", "汕尾频道", false],
    ["电商进村　青梅出山", "电视消息", "2021-05-18", "广东广播电视台", "省级", "已采用", "2021-05-20", "《广东新闻联播》", true],
    ["客家山村的电商致富路", "电视专题", "2021-07-10", "中央广播电视总台农业农村频道", "国家级", "未采用", null, null, true],
    ["陆河村级电商服务站见闻", "电视消息", "2021-08-25", "汕尾广播电视台", "市级", "已采用", "2021-09-02", "《汕尾新闻》", false],
  ];
  const LOCAL = [
    ["我县举办首届青梅电商直播节", "电视消息", "2020-10-16", "陆河电视台", "《陆河新闻》"], ["陆河发布｜村级电商服务站开到家门口", "图文", "2021-03-12", "“陆河发布”公众号", null],
    ["脱贫户学直播　青梅卖上网", "电视消息", "2021-06-25", "陆河电视台", "《陆河新闻》"],
  ];
  const lv = new Set(UP.filter((u) => u[5] === "已采用" && u[6] <= AS_OF).map((u) => u[4]).concat(LOCAL.filter((l) => l[2] <= AS_OF).map(() => "县级")));
  assert(lv.size === 2 && lv.has("省级") && lv.has("县级"), "province + county");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("陆河县融媒体中心电商进农村主题稿件上送及采用登记（县商务局借用）");
    full("县融媒体中心采编部　　“上送”为向上级媒体投送稿件，以“采用情况”“播出（刊发）日期”为准，未采用的没有播发；“媒体级别”按采用平台填；“电商扶贫案例”由县商务局电商股加注");
    rows.push(span("一、向上级媒体上送", W)); merges.push(`A${R()}:J${R()}`);
    rows.push(["序号", "稿件标题", "体裁", "上送日期", "上送平台", "媒体级别", "采用情况", "播出（刊发）日期", "栏目", "电商扶贫案例"]);
    UP.forEach((u, i) => rows.push([i + 1, u[0], u[1], fmtDot(u[2]), u[3], u[4], u[5], u[6] ? fmtCn(u[6]) : "—", u[7], u[8] ? "✓" : null]));
    rows.push(span("二、本台（县级）播发", W)); merges.push(`A${R()}:J${R()}`);
    rows.push(["序号", "稿件标题", "体裁", null, "播发平台", "媒体级别", null, "播出（刊发）日期", "栏目", "电商扶贫案例"]);
    LOCAL.forEach((l, i) => rows.push([i + 1, l[0], l[1], null, l[3], "县级", null, fmtDot(l[2]), l[4], i === 2 ? "✓" : null]));
    full("登记：县融媒体中心 曾××　　加注：县商务局电商股 罗××");
    sheets.push(sheet("融媒上送稿件登记", rows, merges));
  }

  // ---------------------------------------------------------------- 工作简报 (facts + claims, a paragraph a row)
  const ELIG = 2140, TRAINED = 1176;
  assert(Math.round((TRAINED / ELIG) * 1000) === 550 && TRAINED * 2 >= ELIG && TRAINED * 10 < ELIG * 7, "55.0%");
  assert(Math.round((3.86 / 3.12 - 1) * 1000) === 237 && Math.round((0.85 / 0.62 - 1) * 1000) === 371, "growth texts");
  const CLAIM = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sumPts(CLAIM) === 91, "claims 91");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    const blank = () => rows.push(Array(W).fill(null));
    full("陆河县电子商务进农村综合示范");
    full("工　作　简　报");
    full("2021年第9期（总第27期）");
    full("陆河县电子商务进农村综合示范工作领导小组办公室　　　　　　　　2021年9月8日");
    full("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━");
    full("【本期要目】　1．领导小组召开会议审议示范创建考评自评情况　2．数据快报　3．各项指标自评情况");
    blank();
    full("【工作动态】领导小组召开会议审议示范创建考评自评情况");
    full("　　9月6日，县电子商务进农村综合示范工作领导小组召开会议，领导小组组长、县委常委、常务副县长叶××主持会议，听取县商务局关于示范创建考评自评情况的汇报。领导小组成员单位县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司负责同志参加会议。会议传达了县长林××3月29日在县商务局专报上的批示精神。");
    full("　　按照《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》要求，本次考评数据统计截至2021年8月31日（考评截止日）。会议认为，2020年4月县政府印发《陆河县电子商务进农村综合示范县创建工作方案》以来，各项任务稳步推进，项目总体进度达到88%；《陆河县促进农村电子商务发展若干措施》已出台并兑现首批补贴。");
    full("　　县电子商务公共服务中心于2021年3月15日正式投入运营（原计划2020年12月，因场地改造延期），设免费培训室和直播实训设备，可组织电商基础培训；免费展示、销售青梅、擂茶等农特产品；为电商企业和网店免费提供产品拍摄、美工设计；统一推广“陆河青梅”区域公用品牌。整合县创业孵化基地建成陆河县电子商务产业园，园区登记企业20家。公开招标确定陆河县青梅电子商务运营有限公司为第三方电商运营服务商。行政村快递覆盖率100%（县邮政管理部门确认）。");
    full("　　县政府网站“电子商务进农村综合示范”专栏公开了创建方案、项目基本信息，按月更新项目建设进度，设监督举报电话。每月向汕尾市商务局报送工作月报，按季度统计建档立卡贫困户电商培训、带动增收情况。制定《陆河县省级电子商务进农村综合示范专项资金管理办法》，各承建单位建立资金专用台账。创建期间未发生安全生产、质量事故。");
    blank();
    full("【数据快报】（截至2021年8月31日）");
    rows.push(["指标", null, "数值", "单位", "说明", null]); merges.push(`A${R()}:B${R()}`, `E${R()}:F${R()}`);
    const kv = (a, b, c, d) => { rows.push([a, null, b, c, d, null]); merges.push(`A${R()}:B${R()}`, `E${R()}:F${R()}`); };
    kv("常住人口", 26.34, "万人", "第七次全国人口普查");
    kv("行政村", 118, "个", "另有社区8个");
    kv("省定贫困村", 21, "个", null);
    const nSt = ALLST.filter((x) => !x.dup && dateOk(x.opened)).length;
    assert(nSt === 85, "85 stations by cut-off");
    kv("村级电商服务站点", nSt, "个", "覆盖行政村83个，其中省定贫困村21个");
    kv("电商培训", thousands(huiIn), "人次", "按各镇报名回执汇总");
    kv("有劳动能力的建档立卡贫困人口（不含外出务工）", thousands(ELIG), "人", "县乡村振兴局确认");
    kv("参加电商培训的建档立卡贫困人口", thousands(TRAINED), "人", "培训率55.0%");
    kv("2019年农村网络零售额", 3.12, "亿元", null);
    kv("2020年农村网络零售额", 3.86, "亿元", "同比增长23.7%");
    kv("2019年农产品网络零售额", 0.62, "亿元", null);
    kv("2020年农产品网络零售额", 0.85, "亿元", "同比增长37.1%");
    kv("省级专项资金下达", 500, "万元", null);
    kv("累计拨付", thousands(paidIn), "元", "支出率72.2%");
    blank();
    full("【自评情况】（括号内为该项满分）");
    full("　　（一）加强组织领导与统筹协调（10分），自评9分：组织领导2分，方案制定2分，政策支持2分，项目管理3分（项目管理制度2分，工作台账1分，部分验收记录待补）。");
    full("　　（二）深入推动电子商务进农村工作（55分），自评53分：县级中心与产业园15分；村级站点覆盖10分；农村产品上行8分（网销调研2分，网络促销活动1分，第三方运营服务商1分，快递覆盖1分，交易标准与冷链溯源1分，网络零售额增速2分）；电商人才培训20分。");
    full("　　（三）加强信息公开及报送（10分），自评10分：信息公开4分，数据上报6分。");
    full("　　（四）加强宣传推广（10分），自评7分：案例总结2分（6月向市商务局报送经验材料）；经验推广5分（省级4分、县级1分）。");
    full("　　（五）加强财政资金管理（15分），自评12分：制度建立4分，资金台账4分，资金支出4分（支出率72.2%，及时拨付自评4分）。");
    full("　　（六）加分项：电商扶贫典型案例获广东广播电视台《广东新闻联播》播报（省级），自评加1分；贫困人口培训率55.0%，未达70%，不加分。一票否决项均未发生。");
    full("　　以上合计自评91分，另加分1分。");
    blank();
    full("报：汕尾市商务局，县委、县政府领导　　送：领导小组各成员单位　　发：各镇人民政府");
    full("（共印30份）");
    sheets.unshift(sheet("工作简报", rows, merges));
  }

  const points = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1,
    "work.coverage": 5 + 5,
    "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 80, "80 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  const ORDER = ["工作简报", "应急广播覆盖表", "站点地图标注采集", "培训回执汇总", "园区两新党建表", "评审结算拨付表", "政务信息报送登记", "网站稿件报送登记", "融媒上送稿件登记"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.length === ORDER.length && sheets.every((s) => ORDER.includes(s.name)), "sheet order");
  write("counties/b141-c1-luhe.json", {
    description:
      "汕尾陆河县商务局交的整本考评资料：领导小组办公室的《工作简报》（2021年第9期）当自评表，另8个借来或别的用途的表，得80分、加分1、合计81、未否决（简报自评91＋1）。《工作简报》一段一行（A:F合并）：【工作动态】里领导小组组长是“县委常委、常务副县长叶××” → 分管领导（传达的“县长林××批示”不是组长）；数据截至2021年8月31日（考评截止日）；中心2021年3月15日才投入运营（不满6个月）；【数据快报】是 指标｜数值｜单位｜说明 小表（26.34万人，电商培训人次是“按各镇报名回执汇总”的数）；【自评情况】每段一个工作任务，括号里“（10分）”是满分，自评分写在“自评9分：组织领导2分……项目管理3分（项目管理制度2分，工作台账1分……）”这样的句子里。《应急广播覆盖表》是县文广旅体局的“村村响”覆盖表，当村名单：类型分行政村118个、社区8个，省定贫困村一列由电商股补列（21个“是”），没有快递列 → 快递读简报的“100%”。《站点地图标注采集》是运营方9月为高德、百度地图采集站点坐标的表：读“开业时间”（真日期、“2020.6.16”“2021年8月”等），不读“采集日期”和“标注状态”；“驳回（重复标注）”是同一站点、圩镇服务点与本村站同村、城东社区站不在行政村里、9月3日开业的“审核中”不算 → 行政村83/118＝70.3% → 5（村名写成“××村委会”“××村民委员会”的要认作同一村，少认一个就低于70%），贫困村21/21 → 5。《培训回执汇总》镇×期次两行表头，每期两列“回执｜实到”，只读“实到”且第10期（9月16日）在截止日后：实到" + thousands(daoIn) + "人次/263,400＝0.8%–1% → 8（回执" + thousands(huiIn) + "人次或连9月" + thousands(daoAll) + "人次都会误得10）。《园区两新党建表》读“入驻园区时间”“迁出时间”：5月迁出1家不算、9月6日入驻1家不算、9月15日迁出的8月底还在 → 在园18家 < 20。《评审结算拨付表》读拨付明细（一个项目几行）：送审、审定金额不是拨付，括号里的质保金未付，9月14日一笔在截止日后 → 截至8月31日3,609,890元/500万＝72.2%。《政务信息报送登记》只读“报送对象”为汕尾市商务局的：2020年11月只误报县政府办 → 11个月。《网站稿件报送登记》只读“电子商务进农村综合示范专栏”且有“上网日期”的行（读上网日期，不读报送日期）：1月进度稿2月8日报送、3月2日才上网，2月的“政务动态”不是专栏 → 2021年2月没有 → 11个月。《融媒上送稿件登记》读“采用情况”和“播出（刊发）日期”：省级南方+、广东广播电视台已采用，市级汕尾日报未采用、汕尾广播电视台9月2日才播，中央台未采用；本台县级 → 省＋县＝5；广东广播电视台播的是电商扶贫案例 → 加分1。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 简报：领导小组组长“县委常委、常务副县长叶××”，常务副县长是分管（副职）领导 → 1（县长林××只作批示，不是组长）；自评2",
      "org.plan: 2020年4月县政府印发创建工作方案；自评方案制定2分 → 2",
      "org.policy: 《若干措施》已出台并兑现；自评政策支持2分 → 2",
      "org.management: 项目管理制度2＋工作台账1 → 3",
      "work.center: 中心2021-03-15投入运营 ≤ 截止日 → 2；2021-03-15 > 2021-02-28，未满6个月 → 0；免费培训 2；免费展示销售 1；免费拍摄美工 1；统一推广品牌 1；其他增值服务未说 → 0；产业园已建 2；园区两新党建表：入驻 ≤ 8-31且未在8-31前迁出的18家（5-20迁出、9-06入驻的不算，9-15迁出的算）< 20 → 0；类型 电商运营商、平台型、销售型、物流企业、直播服务 ≥ 3 → 1；合计 10（自评15）",
      "work.coverage: 应急广播覆盖表行政村118个（社区8个不算），省定贫困村21个；站点地图标注采集按“开业时间” ≤ 2021-08-31 覆盖行政村83个（重复标注、同村圩镇服务点算一次，城东社区不在名单，9-03开业的不算）；基数min(118,200)=118，83/118 = 70.3% ≥ 70% → 5；贫困村21/21 = 100% → 5；合计 10",
      "work.upward: 网销调研2；网络促销1；第三方运营服务商1；村名单无快递列，简报“行政村快递覆盖率100%” → 1；交易标准与冷链溯源1；农村网零3.86/3.12亿元 = +23.7% < 30%，农产品网零0.85/0.62亿元 = +37.1% ≥ 30% → 2；合计 8",
      `work.training: 培训回执汇总只读“实到”，第1—9期（2020-10-15至2021-08-12）合计${thousands(daoIn)}人次；常住人口263,400 < 50万；${thousands(daoIn)}/263,400 = ${((daoIn / POP) * 100).toFixed(2)}%，0.8%–1% → 8（回执${thousands(huiIn)}、9月16日第10期不算）。无贫困人口名单，读事实：有劳动能力不含外出务工2,140人，参训1,176人 = 55.0% ≥ 50% → 10；合计 18`,
      "info.disclosure: 专栏公开创建方案、项目基本信息，按月更新进度，设监督举报电话 → 2；网站稿件报送登记只读专栏行的“上网日期”：2020年9月—2021年8月缺2021年2月（1月进度3-02才上网，2-05是政务动态栏目）→ 11个月 → 不定时 1；合计 3",
      "info.reporting: 政务信息报送登记只读报送汕尾市商务局的：2020年11月只报了县政府办 → 11个月 → 不定时 1；月报附电商扶贫统计（√）、简报说按季统计 → 3；合计 4",
      "promo.cases: 2021-06-18向汕尾市商务局报送经验材料《小青梅　大产业》→ 2",
      "promo.media: 融媒上送稿件登记，已采用且播出（刊发）≤ 2021-08-31：省级（南方+ 2021-04-03、广东广播电视台2021-05-20）→ 4；县级（陆河电视台、陆河发布）→ 1；市级：汕尾日报未采用、汕尾广播电视台2021-09-02播出在截止日后 → 0；中央台未采用；合计 5",
      "fund.system: 专项资金管理办法已制定；自评4分 → 4",
      "fund.ledger: 承建单位建立资金专用台账；自评4分 → 4",
      "fund.spending: 评审结算拨付表拨付明细 ≤ 2021-08-31 合计3,609,890元（9-14的245,000元、未付质保金不算，送审／审定金额不是拨付）；下达5,000,000元；72.2% ≥ 70% → 及时拨付自评4分 → 4",
      "bonus.poorTraining: 1,176/2,140 = 55.0% < 70% → 0",
      "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-05-20播出电商扶贫案例（省级电视）→ 1；中央台未采用",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度88% ≥ 40% → 0，不否决",
      "veto.fraud: 未声明弄虚作假 → 0，不否决",
      `total: 1+2+2+3+10+10+8+18+3+4+2+5+4+4+4 = ${sc}，加分1，合计${total}；简报自评91＋1`,
    ],
  });
})();

// =====================================================================================
// facts/b141-f1-wuhua: 梅州五华县 — 县政府新闻办《新闻发布会实录》：时间｜发言人｜发言内容，一段一行，同一人连续发言时“发言人”空着；
// 事实只读发布人的话，记者提问里的数（“超过1万人次”“去年6月运营”）是被更正的；出席的市局领导、讲话的分管副县长都不是组长
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  const say = (t, who, text) => { rows.push([t, who, text, null, null, null]); merges.push(`C${R()}:F${R()}`); };
  full("五华县人民政府新闻办公室新闻发布会实录");
  full("主题：五华县电子商务进农村综合示范县创建工作情况");
  full("时间：2021年9月10日上午10:00　　地点：县政府新闻发布厅");
  full("发布人：县商务局局长 曾××；县财政局副局长 李××；县乡村振兴局副局长 钟××　　主持人：县政府新闻办主任 温××　　应邀出席：梅州市商务局副局长 古××");
  rows.push(["时间", "发言人", "发言内容", null, null, null]); merges.push(`C${R()}:F${R()}`);
  const H = "主持人 温××", ZENG = "县商务局局长 曾××", LI = "县财政局副局长 李××", ZHONG = "县乡村振兴局副局长 钟××";
  say("10:00:12", H, "各位记者朋友，大家上午好！欢迎出席五华县人民政府新闻办公室新闻发布会。今天我们邀请县商务局、县财政局、县乡村振兴局的负责同志，介绍我县电子商务进农村综合示范县创建工作情况，并回答大家关心的问题。梅州市商务局副局长古××也应邀出席。首先，请县商务局局长曾××介绍有关情况。");
  say("10:01:40", ZENG, "各位记者朋友，大家好。2019年，我县被确定为省级电子商务进农村综合示范县。县委、县政府高度重视，成立了由县委副书记、县长黄××任组长，分管副县长刘××任副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政管理等22个部门为成员的示范创建工作领导小组。2020年3月，县政府正式印发《五华县电子商务进农村综合示范县实施方案》；同年6月出台《五华县支持农村电子商务发展的若干政策措施》，在场地、人才、物流等方面给予扶持。");
  say("10:03:05", null, "需要说明的是，按照省商务厅考评通知，今天发布的各项数据统计截至2021年8月31日，也就是考评截止日。下面我从四个方面介绍。");
  say("10:03:30", null, "一是建成县级公共服务体系。县电子商务公共服务中心建有免费培训教室和直播实训设备，能常态化开展电商基础培训；设立农特产品展厅，免费展示、销售五华红茶、长乐烧酒等特色产品；为网商免费提供产品拍摄和美工设计；统一推广“五华好物”区域公用品牌；还提供商标注册代办、金融对接等衍生增值服务。同时，我们整合县创业孵化基地，建成了五华县电子商务产业园。");
  say("10:05:18", null, "二是完善农村物流体系。依托邮政和快递企业，实现县、镇、村三级物流统一配送，行政村快递覆盖率达到100%。经公开招标，引入了专业第三方电商运营服务商，负责中心和产业园的运营。");
  say("10:06:42", null, "三是扩大农村产品网销。全县农村网络零售额2019年为21.6亿元，2020年为27.3亿元，同比增长26.4%；其中农产品网络零售额2020年达到6.8亿元，同比增长35.2%。");
  say("10:07:55", null, "四是加强信息公开和报送。县政府门户网站开设了“电子商务进农村综合示范”专栏，公开创建方案和项目基本信息，按月更新项目建设进度。我们每月向梅州市商务局报送工作情况，并专项统计建档立卡贫困户参加电商培训、电商带动增收的情况。");
  say("10:09:20", null, "总的来看，项目总体进度达到92%，项目实施以来没有发生安全生产和质量事故。我就介绍这些，谢谢大家。");
  say("10:09:48", H, "谢谢曾局长。下面进入提问环节，提问前请通报所在媒体。");
  say("10:10:05", "梅州日报记者", "听说我县电商培训已经超过1万人次，请问具体情况怎样？");
  say("10:10:31", ZENG, "谢谢您的提问。这个数字需要更正一下：截至8月31日，全县累计开展电商培训8,630人次；“超过1万人次”是连同9月份计划开展的培训一起算的。全县常住人口105.2万人，按省里规定以50万人为基数计算，培训人次已超过1%。");
  say("10:12:02", "南方+记者", "脱贫群众参加电商培训的情况怎么样？");
  say("10:12:20", ZHONG, "全县有劳动能力的建档立卡贫困人口9,120人，其中外出务工3,480人。扣除外出务工人员后为5,640人，已参加电商培训2,905人，培训率51.5%。");
  say("10:13:44", "五华县融媒体中心记者", "示范专项资金使用情况如何？群众怎么参与监督？");
  say("10:14:02", LI, "省级下达我县示范专项资金500万元。县里制定了专项资金管理办法，各项目承建单位都建立了资金专用台账。截至8月31日，已拨付412.8万元，支出率82.6%。");
  say("10:15:10", ZENG, "我补充一点：专栏设置了监督举报窗口，公布了举报电话和邮箱，欢迎社会各界监督。");
  say("10:15:36", "梅州广播电视台记者", "县电商公共服务中心是去年6月就开始运营了吗？村级站点建得怎么样？");
  say("10:15:58", ZENG, "中心2020年6月18日开始试运营，正式投入运营是2020年8月8日。全县410个行政村，其中省定贫困村86个；已建成村级电商服务站点368个，86个省定贫困村全部覆盖。");
  say("10:17:25", H, "由于时间关系，提问就到这里。今天的发布会到此结束，谢谢各位！");
  full("（县政府新闻办根据现场录音整理，已经各发布人审核）");
  assert(Math.round((27.3 / 21.6 - 1) * 1000) === 264 && Math.round((2905 / 5640) * 1000) === 515 && Math.round((412.8 / 500) * 1000) === 826, "texts");
  const facts = {
    county: "五华县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
    parkBuilt: true, expressCoverage: true, thirdPartyOperator: true, ruralRetail2019: yi("21.6"), ruralRetail2020: yi("27.3"), ruralRetailGrowthStated: 0.264,
    agriRetail2020: yi("6.8"), agriRetailGrowthStated: 0.352, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true,
    overallProgress: 0.92, vetoIncident: false, trainingPersonTimesStated: 8630, residentPopulation: 1052000, eligiblePoorPersonsStated: 5640, trainedPoorPersonsStated: 2905,
    fundAllocated: 5000000, fundSystemIssued: true, fundLedgerKept: true, fundSpentStated: wan("412.8"), disclosureWindow: true, centerOpened: "2020-08-08",
    adminVillagesStated: 410, poorVillagesStated: 86,
  };
  checkFacts(facts, "f1");
  write("facts/b141-f1-wuhua.json", {
    description:
      "梅州五华县政府新闻办的《新闻发布会实录》当基本情况交来：上面四行是发布会主题、时间地点、发布人和主持人；下面 时间｜发言人｜发言内容（C:F合并）一段一行，同一人接着说时“发言人”空着，要顺着往上找是谁说的。读法：county 五华县；“数据统计截至2021年8月31日，也就是考评截止日” → asOf；领导小组组长“县委副书记、县长黄××”，成员有商务、财政、农业农村、乡村振兴 → principal-all（副组长分管副县长、应邀出席的梅州市商务局副局长都不是组长）。记者提问里的数不是事实：“超过1万人次”被局长更正为8,630人次（常住人口105.2万 → 1,052,000）；“去年6月就开始运营”被更正为6月18日试运营、2020年8月8日正式投入运营 → centerOpened 2020-08-08。乡村振兴局：有劳动能力9,120人含外出务工3,480人，扣除后5,640人才是 eligiblePoorPersonsStated，参训2,905人。其余：方案、政策已出台；中心免费培训、展示销售、拍摄美工、统一品牌、商标代办金融对接等增值服务 → 五项true；产业园已建成；快递覆盖100%、第三方运营服务商 → true；农村网零2019年21.6亿、2020年27.3亿、增长26.4%，农产品网零2020年6.8亿、增长35.2%（2019年农产品数没说）；专栏公开方案、项目信息、按月更新进度，局长补充设了监督举报窗口 → 四项true；专项统计贫困户参训和带动增收 → true；下达500万元、拨付412.8万元，资金管理办法、专用台账 → true；总体进度92%；未发生安全生产、质量事故 → vetoIncident false；行政村410个、省定贫困村86个（站点368个不是键）。弄虚作假没说。没有主观分。",
    sheets: [sheet("发布会实录", rows, merges)],
    expect: { facts, judged: {}, leadership: "principal-all" },
  });
})();

// =====================================================================================
// facts/b141-f2-ruyuan: 韶关乳源瑶族自治县 — 电商股的《任务看板》（看板工具导出后整理）：泳道＝工作任务（纵向合并），
// 列＝已完成｜进行中｜未开始／暂缓，一张卡片一格（【标题】＋说明＋负责人、日期）；状态看卡片所在的列，进行中、暂缓的事项不算已办成
// =====================================================================================
(function f2() {
  const W = 4, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:D${R()}`); };
  full("乳源瑶族自治县电子商务进农村综合示范创建任务看板");
  full("看板状态截至2021年8月31日（考评截止日）　　县商务局电商股维护（在线看板导出后整理）　　项目总体进度：68%");
  full("基本情况：常住人口19.47万人（第七次全国人口普查）；全县行政村102个，其中省定贫困村20个");
  full("看板说明：卡片所在的列就是它的状态——“已完成”列的事项已办结，“进行中”列的事项尚未完成，“未开始／暂缓”列的事项尚未启动；卡片最后一行为负责人和完成（预计）日期。");
  rows.push(["泳道（工作任务）", "已完成", "进行中", "未开始／暂缓"]);
  const LANES = [
    ["组织领导", [
      "【领导小组】\n县委副书记、县长邓××任组长，分管副县长任常务副组长；县商务局、财政局、农业农村局、乡村振兴局、交通运输局、民族宗教局为成员单位\n负责人：办公室　完成：2020.3.12",
      "【示范县工作方案】\n县政府正式印发《乳源瑶族自治县电子商务进农村综合示范县工作方案》\n负责人：电商股　完成：2020.4.20",
    ], [
      "【农村电商扶持政策】\n《乳源县农村电子商务发展扶持办法》已征求意见，待县政府常务会议审议，尚未印发\n负责人：电商股　预计：2021.10",
    ], []],
    ["县级公共服务中心", [
      "【中心投入运营】\n县电子商务公共服务中心投入运营\n负责人：电商股　完成：2020.12.28",
      "【免费培训】\n中心培训室（50座）、电脑和直播设备到位，每月组织电商基础培训，免费\n负责人：运营中心　完成：2021.1.15",
      "【农特产品展销】\n展厅免费展示、销售乳源彩虹茶、瑶绣等特色产品\n负责人：运营中心　完成：2021.1.15",
      "【区域公用品牌】\n统一推广“乳源好物”区域公用品牌，指导企业注册商标、设计包装\n负责人：运营中心　完成：2021.5.20",
    ], [
      "【摄影美工室】\n设备采购中，暂未对外提供免费摄影、美工服务\n负责人：运营中心　预计：2021.10",
    ], [
      "【电商产业园】\n选址未定，产业园暂缓建设（拟2022年整合县工业园厂房）\n负责人：电商股　预计：2022年",
    ]],
    ["农村产品上行", [
      "【第三方运营服务商】\n公开招标确定韶关市丹霞电子商务服务有限公司为专业第三方运营服务商\n负责人：电商股　完成：2020.9.25",
      "【网销调研】\n形成《乳源县农产品网络销售情况调研报告》报市商务局\n负责人：电商股　完成：2020.11.30",
    ], [
      "【快递进村】\n102个行政村已通快递96个；必背、游溪两镇6个瑶寨村暂由镇邮政网点代收，年内实现进村\n负责人：县邮政分公司　预计：2021.12",
    ], [
      "【农产品溯源系统】\n待申报\n负责人：电商股",
    ]],
    ["村级站点", [], [
      "【村级电商服务站点】\n已建成站点72个，覆盖行政村72个，其中省定贫困村18个；余下2个省定贫困村站点9月挂牌\n负责人：县邮政分公司　预计：2021.9",
    ], []],
    ["电商培训", [
      "【贫困人口培训】\n有劳动能力的建档立卡贫困人口（不含外出务工）1,312人，已参训688人，培训率52.4%\n负责人：电商股、县乡村振兴局　完成：2021.8.26",
    ], [
      "【电商培训人次】\n累计培训1,865人次（目标：常住人口的1%，即1,947人次）\n负责人：电商股　预计：2021.10",
    ], []],
    ["信息公开与报送", [
      "【公开专栏】\n县政府网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息\n负责人：办公室　完成：2020.5.8",
      "【进度公开】\n每月10日前在专栏更新项目建设进度\n负责人：办公室　完成：每月",
      "【工作月报】\n每月向韶关市商务局报送月报，附电商扶贫统计（贫困户参训、带动增收）\n负责人：电商股　完成：每月",
    ], [], [
      "【征求意见／监督举报窗口】\n待县政府网站改版后开设\n负责人：办公室",
    ]],
    ["资金管理", [
      "【专项资金管理办法】\n印发《乳源县省级电子商务进农村综合示范专项资金管理办法》\n负责人：财务室　完成：2020.6.9",
      "【资金专用台账】\n各承建单位已建立资金专用台账\n负责人：财务室　完成：2020.10.30",
    ], [
      "【资金拨付】\n省级专项资金下达500万元，已拨付326.5万元（65.3%），余款按验收进度拨付\n负责人：财务室、县财政局　预计：2021.12",
    ], []],
    ["安全与迎检", [
      "【安全生产检查】\n中心、站点每季度安全检查，未发生安全生产、质量事故\n负责人：办公室　完成：2021.7.28",
    ], [
      "【迎检资料整理】\n按考评指标整理佐证材料\n负责人：电商股　预计：2021.9.20",
    ], []],
  ];
  LANES.forEach(([lane, a, b, c]) => {
    const n = Math.max(1, a.length, b.length, c.length);
    const s = R() + 1;
    for (let i = 0; i < n; i++) rows.push([i === 0 ? `${lane}（${a.length}／${b.length}／${c.length}）` : null, a[i] || null, b[i] || null, c[i] || null]);
    if (n > 1) merges.push(`A${s}:A${R()}`);
  });
  const cnt = (j) => sum(LANES.map((l) => l[j].length));
  rows.push([`合计（卡片${cnt(1) + cnt(2) + cnt(3)}张）`, `${cnt(1)}张`, `${cnt(2)}张`, `${cnt(3)}张`]);
  full("泳道名后括号为 已完成／进行中／未开始 卡片数。　　维护：电商股 盘××　　2021年9月1日导出");
  assert(Math.round((688 / 1312) * 1000) === 524 && Math.round((326.5 / 500) * 1000) === 653 && Math.round(194700 / 100) === 1947, "texts");
  const facts = {
    county: "乳源瑶族自治县", asOf: "2021-08-31", overallProgress: 0.68, residentPopulation: 194700, adminVillagesStated: 102, poorVillagesStated: 20,
    planIssued: true, policyIssued: false, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerBrand: true, centerPhoto: false, parkBuilt: false,
    thirdPartyOperator: true, expressCoverage: false, eligiblePoorPersonsStated: 1312, trainedPoorPersonsStated: 688, trainingPersonTimesStated: 1865,
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true, disclosureWindow: false,
    fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: wan("326.5"), vetoIncident: false,
  };
  checkFacts(facts, "f2");
  write("facts/b141-f2-ruyuan.json", {
    description:
      "韶关乳源瑶族自治县商务局电商股的《任务看板》（在线看板导出后整理成表）：上面三行写状态截至日、总体进度和基本情况；表是“泳道（工作任务）｜已完成｜进行中｜未开始／暂缓”，泳道名纵向合并，一张卡片一格，格内分行写【标题】、说明、负责人和完成（预计）日期。状态看卡片在哪一列：已完成列的是事实，进行中、未开始／暂缓列的事项没有办成。读法：county 乳源瑶族自治县（不是“乳源县”）；asOf 2021-08-31；总体进度68%；常住人口19.47万 → 194,700；行政村102、省定贫困村20；领导小组县委副书记、县长任组长，商务、财政、农业农村、乡村振兴在内 → principal-all；工作方案已印发 → true；扶持办法在“进行中”且写“尚未印发” → policyIssued false；中心“完成：2020.12.28”投入运营 → centerOpened 2020-12-28（不是其他卡片的日期）；免费培训、免费展示销售、统一品牌 → true；摄影美工室在“进行中”、“暂未对外提供” → centerPhoto false；产业园在“暂缓” → parkBuilt false；第三方运营服务商 → true；快递进村“进行中”、102村通96个 → expressCoverage false；培训1,865人次（1,947是目标）；有劳动能力不含外出务工1,312人、参训688人；专栏公开方案、项目信息、每月更新进度 → true，征求意见／监督举报窗口在“未开始” → false；月报附电商扶贫统计 → true；资金管理办法、专用台账 → true；下达500万元、拨付326.5万元（卡片在进行中，但拨付数是事实）；未发生安全生产、质量事故 → vetoIncident false。站点72个、覆盖72村不是键；其他增值服务、网零、弄虚作假没说。没有主观分。",
    sheets: [sheet("任务看板", rows, merges)],
    expect: { facts, judged: {}, leadership: "principal-all" },
  });
})();

// =====================================================================================
// facts/b141-f3-raoping: 潮州饶平县 — 自评报告的《目录及摘要》页：Word目录粘进Excel（标题｜页码，层级靠全角空格缩进），
// 自评分写在目录标题里（“（2分）——自评2分”，括号里是满分），细项分在下一层；页码、附件页数不是分；事实在下面的“内容摘要”段落里
// =====================================================================================
(function f3() {
  const W = 2, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:B${R()}`); };
  const I1 = "", I2 = "　", I3 = "　　", I4 = "　　　";
  full("饶平县2019年省级电子商务进农村综合示范创建考评自评报告");
  full("饶平县商务局　　2021年9月");
  rows.push([null, null]);
  full("目　　录");
  rows.push(["标题", "页码"]);
  const toc = (t, p) => rows.push([t, p]);
  toc(I1 + "一、基本情况", 1);
  toc(I1 + "二、示范创建工作开展情况", 3);
  toc(I1 + "三、自评得分情况（自评97分，另加分1分）", 9);
  toc(I2 + "（一）加强组织领导与统筹协调（满分10分）：自评10分", 9);
  toc(I3 + "1．组织领导（2分）——自评2分", 9);
  toc(I3 + "2．方案制定（2分）——自评2分", 10);
  toc(I3 + "3．政策支持（2分）——自评2分", 10);
  toc(I3 + "4．项目管理（4分）——自评4分", 11);
  toc(I4 + "（1）项目管理制度（1—2分）——2分", 11);
  toc(I4 + "（2）工作台账（1—2分）——2分", 11);
  toc(I2 + "（二）深入推动电子商务进农村工作（满分55分）：自评54分", 12);
  toc(I3 + "5．服务体系建设：县级电子商务公共服务中心与产业园（15分）——自评15分", 12);
  toc(I3 + "6．服务体系建设：村级站点覆盖（10分）——自评10分", 15);
  toc(I3 + "7．农村产品上行（10分）——自评9分", 17);
  toc(I4 + "（1）网销调研并形成针对性建议（1—2分）——2分", 17);
  toc(I4 + "（2）网络促销活动成效（1—2分）——2分", 18);
  toc(I4 + "（3）专业第三方运营服务商（1分）——1分", 18);
  toc(I4 + "（4）行政村物流快递覆盖率100%（1分）——1分", 19);
  toc(I4 + "（5）交易标准、冷链及溯源系统（1—2分）——1分", 19);
  toc(I4 + "（6）网络零售额增速≥30%（2分）——2分", 19);
  toc(I3 + "8．电商人才培训（20分）——自评20分", 20);
  toc(I2 + "（三）加强信息公开及报送（满分10分）：自评10分", 23);
  toc(I3 + "9．信息公开（4分）——自评4分", 23);
  toc(I3 + "10．数据上报（6分）——自评6分", 24);
  toc(I2 + "（四）加强宣传推广（满分10分）：自评9分", 25);
  toc(I3 + "11．案例总结（2分）——自评2分", 25);
  toc(I3 + "12．经验推广（8分）——自评7分（省级4分、市级3分）", 26);
  toc(I2 + "（五）加强财政资金管理（满分15分）：自评14分", 28);
  toc(I3 + "13．制度建立（5分）——自评5分", 28);
  toc(I3 + "14．资金台账（5分）——自评4分", 29);
  toc(I3 + "15．资金支出（5分）——自评5分（支出率70%以上，及时拨付5分）", 29);
  toc(I2 + "（六）加分项（满分4分）：自评1分", 31);
  toc(I3 + "16．建档立卡贫困人口培训率70%及以上（2分）——自评0分", 31);
  toc(I3 + "17．电商扶贫典型案例获电视媒体播报（2分）——自评1分（省级）", 31);
  toc(I2 + "（七）一票否决项——均未发生", 32);
  toc(I1 + "四、存在问题及下一步工作计划", 33);
  toc(I1 + "附件：佐证材料目录（共12册，462页）", 35);
  rows.push([null, null]);
  full("内 容 摘 要");
  const para = (t) => full("　　" + t);
  para("饶平县位于广东省最东端，辖21个镇，常住人口80.6万人（第七次全国人口普查），行政村361个（另有社区居委会40个），其中省定贫困村31个。本报告各项数据统计截至2021年8月31日（考评截止日）。");
  para("组织领导方面，成立县委书记任第一组长、县长任组长的示范创建工作领导小组，县商务局、财政局、农业农村局、工信局、交通运输局、市场监管局和县邮政分公司为成员单位。2020年5月县政府正式印发《饶平县电子商务进农村综合示范县建设实施方案》，同年出台《饶平县扶持农村电子商务发展若干措施》。");
  para("服务体系方面，县电子商务公共服务中心2020年6月18日投入运营，提供免费培训场所和培训设备，免费展示展销农特产品，免费摄影、美工，统一推广“饶平好物”区域公用品牌，并提供代办物流、金融对接等增值服务；整合黄冈镇电商集聚区建成饶平县电子商务产业园。引入专业第三方电商运营服务商，行政村物流快递覆盖率100%。2020年全县农产品网络零售额12.4亿元，较2019年的9.1亿元增长36.3%。");
  para("人才培训方面，累计开展电商培训8,920人次；有劳动能力的建档立卡贫困人口（不含外出务工）4,260人，参加培训2,318人，培训率54.4%。");
  para("信息公开方面，县政府网站专栏公示创建方案、项目基本信息，按月更新项目建设进度，设征求意见和监督举报窗口；每月向潮州市商务局报送工作月报，统计电商扶贫情况。");
  para("资金管理方面，制定专项资金管理办法，各承建单位建立资金专用台账；省级专项资金下达500万元，截至2021年8月31日拨付452.3万元，支出率90.5%。项目总体进度95%，创建期间未发生安全生产、质量事故，无弄虚作假。");
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 7, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sumPts(claimed) === 97 && 2 + 2 + 1 + 1 + 1 + 2 === 9, "97, 上行 9");
  assert(Math.round((12.4 / 9.1 - 1) * 1000) === 363 && Math.round((2318 / 4260) * 1000) === 544 && Math.round((452.3 / 500) * 1000) === 905, "texts");
  const facts = {
    county: "饶平县", residentPopulation: 806000, adminVillagesStated: 361, poorVillagesStated: 31, asOf: "2021-08-31", planIssued: true, policyIssued: true,
    centerOpened: "2020-06-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
    thirdPartyOperator: true, expressCoverage: true, agriRetail2020: yi("12.4"), agriRetail2019: yi("9.1"), agriRetailGrowthStated: 0.363,
    trainingPersonTimesStated: 8920, eligiblePoorPersonsStated: 4260, trainedPoorPersonsStated: 2318,
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
    fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: wan("452.3"), overallProgress: 0.95, vetoIncident: false, vetoFraud: false,
  };
  checkFacts(facts, "f3");
  write("facts/b141-f3-raoping.json", {
    description:
      "潮州饶平县商务局把自评报告的《目录及摘要》页交来当自评表：Word目录粘进Excel，A列标题、B列页码（“标题｜页码”），层级只靠标题前的全角空格缩进；下面是“内容摘要”几段（A:B合并，一段一行）。读法：自评分写在目录标题里，“1．组织领导（2分）——自评2分”括号里是满分，破折号后的才是自评分；“（满分10分）：自评10分”是工作任务小计；项目管理和农村产品上行下面还有一层细项“（1）项目管理制度（1—2分）——2分”，括号里是分值范围；B列的9、10、11……是页码，“共12册，462页”是附件页数，都不是分。主观分：方案2、政策2、管理制度2、台账2、网销调研2、促销2、交易标准与冷链溯源1、资金制度5、资金台账4、资金支出（及时拨付）5；各指标自评分合计97，加分项电视播报1、培训率0。摘要里的事实：county 饶平县；常住人口80.6万 → 806,000；行政村361个（社区居委会40个不算）、省定贫困村31个；截至2021年8月31日（考评截止日）；领导小组县委书记第一组长、县长组长（主要领导），成员单位有商务、财政、农业农村，但没有扶贫（乡村振兴）部门 → principal（目录里组织领导自评2分是县里的说法）；方案、政策已出台；中心2020年6月18日投入运营，免费培训、展示展销、摄影美工、统一品牌、增值服务 → 五项true；产业园已建；第三方运营、快递100% → true；农产品网零2019年9.1亿、2020年12.4亿、增长36.3%；培训8,920人次；有劳动能力不含外出务工4,260人、参训2,318人；专栏四项都有、统计电商扶贫 → true；资金管理办法、专用台账 → true；下达500万元、拨付452.3万元；总体进度95%；未发生事故、无弄虚作假 → 两项false。",
    sheets: [sheet("目录及摘要", rows, merges)],
    expect: {
      facts,
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal",
      claimed,
    },
  });
})();

// =====================================================================================
// ledgers/b141-l1-lianzhou: 清远连州市 — ①《班次计划》是计划，不是台账（第4期顺延）；②《报名及到课登记》一人一次报名一行，
// 只有“到课”为✓的是参训（缺课、请假、改期的不是；改期的在后一期另有一行），日期读“报名班次”的开班日期（年份在表头），不读报名日期；
// 线上报名的身份证号是打码的；③人社局《贫困劳动力就业意愿及培训需求摸排表》（劳动能力、就业状况；“已参加培训”“培训意愿”不是字段）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {}, USED = new Set();
  const AREA = "441882";
  const SS = [
    { no: 1, plan: "2020-11-26", date: "2020-11-26", topic: "农村电商基础", place: "连州镇文化站", n: 40 },
    { no: 2, plan: "2021-01-21", date: "2021-01-21", topic: "网店开设与运营", place: "西岸镇政府会议室", n: 40 },
    { no: 3, plan: "2021-04-15", date: "2021-04-15", topic: "短视频与直播入门", place: "星子镇文化站", n: 45 },
    { no: 4, plan: "2021-06-17", date: "2021-06-24", topic: "连州菜心网销专题", place: "市电子商务公共服务中心", n: 50 },
    { no: 5, plan: "2021-09-09", date: "2021-09-09", topic: "直播带货提升", place: "市电子商务公共服务中心", n: 50 },
  ];
  // ---------------------------------------------------------------- 班次计划 (not a ledger)
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("连州市2020—2021年度农村电商培训班次计划表");
    full("连州市商务局电商股　　2020年10月制定");
    rows.push(["期次", "计划开班日期", "培训主题", "培训地点", "计划人数", "授课单位", "备注"]);
    SS.forEach((s) => rows.push([`第${s.no}期`, fmtCn(s.plan), s.topic, s.place, s.n, "清远市众联电商培训中心", null]));
    rows.push(["合计", null, null, null, sum(SS.map((s) => s.n)), null, null]);
    full("注：本表为年度计划，实际到课人数见“报名及到课登记”。第4期因暴雨由6月17日顺延至6月24日举办。");
    sheets.push(sheet("班次计划", rows, merges));
    expect["班次计划"] = { kind: null };
  }

  // ---------------------------------------------------------------- 贫困劳动力摸排 (poorPersons) — people first, their IDs recur in the sign-ups
  const TOWNS = ["连州镇", "西岸镇", "星子镇", "大路边镇", "龙坪镇"];
  // [town, village, 户主 idx (in this list) | null, 关系, sex, birth, 劳动能力, 就业状况, 地点, 意愿, 已参加]
  const PP = [
    ["星子镇", "清江村", null, "户主", "男", "19720418", "有劳动能力", "本地务农", "本村", "电商", "是"],
    ["星子镇", "清江村", 0, "配偶", "女", "19750922", "有劳动能力", "公益性岗位", "本村（护林员）", "电商", "是"],
    ["星子镇", "清江村", 0, "之子", "男", "19980211", "有劳动能力", "省外务工", "浙江省宁波市", "无", "否"],
    ["星子镇", "黄村村", null, "户主", "男", "19660305", "弱劳动能力", "本地务农", "本村", "种养", "否"],
    ["星子镇", "黄村村", 3, "之女", "女", "19930716", "有劳动能力", "市外省内务工", "广州市番禺区", "电商", "否"],
    ["西岸镇", "冲口村", null, "户主", "女", "19790127", "有劳动能力", "市内务工", "连州市区（超市）", "电商", "是"],
    ["西岸镇", "冲口村", 5, "之父", "男", "19490630", "丧失劳动能力", "—", null, "无", "否"],
    ["西岸镇", "石兰村", null, "户主", "男", "19810914", "有劳动能力", "自主创业（本地）", "西岸镇（网店）", "电商", "是"],
    ["西岸镇", "石兰村", 7, "配偶", "女", "19840503", "弱劳动能力", null, null, "电商", "否"],
    ["大路边镇", "山塘村", null, "户主", "男", "19700820", "有劳动能力", "市外省内务工", "东莞市", "无", "否"],
    ["大路边镇", "山塘村", 9, "配偶", "女", "19730109", "有劳动能力", "本地务农", "本村", "电商", "是"],
    ["大路边镇", "山塘村", 9, "之母", "女", "19450411", "无劳动能力", "—", null, "无", "否"],
    ["龙坪镇", "孔围村", null, "户主", "男", "19630228", "弱劳动能力", "本地务农", "本村", "种养", "否"],
    ["龙坪镇", "孔围村", 12, "之子", "男", "19900805", "有劳动能力", "待业（在家）", null, "电商", "是"],
    ["连州镇", "龙口村", null, "户主", "女", "19760614", "有劳动能力", "公益性岗位", "本村（保洁员）", "电商", "否"],
    ["连州镇", "龙口村", 14, "之子", "男", "20030919", "有劳动能力", "在校学生", "清远市职业技术学校", "无", "否"],
  ];
  const LAB = { 有劳动能力: true, 弱劳动能力: true, 无劳动能力: false, 丧失劳动能力: false };
  const MIG = { 市外省内务工: true, 省外务工: true, 市内务工: false, 本地务农: false, 公益性岗位: false, "自主创业（本地）": false, "待业（在家）": false, 在校学生: false, "—": null };
  const persons = [];
  PP.forEach((p, i) => {
    let nm = nameOf(i + 200, p[4], USED);
    if (p[2] !== null && !["配偶", "之母"].includes(p[3])) {
      const sur = persons[p[2]].name[0];
      if (nm[0] !== sur) { USED.delete(nm); const G = p[4] === "女" ? GIV_F : GIV_M; let q = i; nm = sur + G[q % G.length]; while (USED.has(nm)) { q++; nm = sur + G[q % G.length]; } USED.add(nm); }
    }
    persons.push({ name: nm, sex: p[4], id: makeIdSex(AREA, p[5], 610 + i * 17, i === 7, p[4]), p });
  });
  const recsP = persons.map((x) => ({ id: x.id, labour: LAB[x.p[6]], migrant: x.p[7] === null ? null : MIG[x.p[7]] }));
  assert(recsP.length === 16 && recsP.filter((r) => r.labour && r.migrant === false).length === 10 && recsP.filter((r) => r.migrant === null).length === 3
    && recsP.filter((r) => r.migrant).length === 3 && recsP.filter((r) => r.id.endsWith("X")).length === 1, "16 persons, 10 eligible");
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("连州市建档立卡贫困劳动力就业意愿及培训需求摸排表");
    full("连州市人力资源和社会保障局　　摸排时间：2020年12月　　（县商务局电商股抄录本市电商培训涉及的5个村）");
    full("填表说明：劳动能力分有劳动能力、弱劳动能力（半劳动力，属有劳动能力）、无劳动能力、丧失劳动能力；就业状况中“市外省内务工”“省外务工”为外出务工，市内务工、本地务农、公益性岗位、本地创业、待业、在校学生不是外出务工，“—”为不适用，空白为未摸排到。“培训意愿”“已参加培训”为本人口述。");
    rows.push(["序号", "镇", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动能力", "就业状况", "就业地点", "培训意愿", "已参加培训", "备注"]);
    persons.forEach((x, i) => {
      const head = x.p[2] === null ? x.name : persons[x.p[2]].name;
      rows.push([i + 1, x.p[0], x.p[1], head, x.name, x.p[3], x.id, x.p[6], x.p[7], x.p[8], x.p[9], x.p[10], i === 8 ? "外出探亲，就业情况未摸排到" : null]);
    });
    full(`共${persons.length}人。　　摸排：市人社局就业股 邓××　　抄录：电商股 欧××`);
    sheets.push(sheet("贫困劳动力摸排", rows, merges));
    expect["贫困劳动力摸排"] = { kind: "poorPersons", records: recsP };
  }

  // ---------------------------------------------------------------- 报名及到课登记 (training)
  const pool = [];
  [0, 1, 5, 7, 10, 13].forEach((i) => pool.push({ name: persons[i].name, sex: persons[i].sex, id: persons[i].id, poor: true, town: persons[i].p[0], vil: persons[i].p[1] }));
  const VILS = [["连州镇", "龙口村"], ["西岸镇", "冲口村"], ["星子镇", "清江村"], ["大路边镇", "山塘村"], ["龙坪镇", "孔围村"], ["保安镇", "卿罡村"], ["丰阳镇", "畔水村"], ["东陂镇", "东陂村"]];
  for (let i = 0; i < 26; i++) {
    const sex = i % 3 === 1 ? "男" : "女";
    const birth = `19${72 + ((i * 7) % 27)}${p2(1 + ((i * 5) % 12))}${p2(1 + ((i * 11) % 28))}`;
    const v = VILS[i % VILS.length];
    pool.push({ name: nameOf(i + 240, sex, USED), sex, id: makeIdSex(AREA, birth, 700 + i * 13, i === 4 || i === 17, sex), poor: false, town: v[0], vil: v[1] });
  }
  assert(new Set(pool.map((p) => p.id)).size === 32, "32 distinct people");
  const mask = (id) => id.slice(0, 6) + "********" + id.slice(14);
  // per session: [pool idx, 渠道, 到课]; 渠道 "线上" rows show masked IDs
  const REG = [
    [[6, "镇推荐", "✓"], [0, "镇推荐", "✓"], [7, "镇推荐", "✓"], [8, "线上", "✓"], [9, "镇推荐", "缺"], [10, "现场", "✓"], [1, "镇推荐", "✓"], [11, "镇推荐", "请假"]],
    [[12, "镇推荐", "✓"], [2, "镇推荐", "✓"], [13, "线上", "改期（转第3期）"], [14, "镇推荐", "✓"], [15, "镇推荐", "✓（下午到）"], [3, "镇推荐", "✓"], [16, "现场", "✓"]],
    [[17, "镇推荐", "✓"], [18, "镇推荐", "✓"], [13, "线上", "✓"], [19, "镇推荐", "缺"], [4, "镇推荐", "✓"], [20, "镇推荐", "✓"], [0, "镇推荐", "✓"], [21, "现场", "✓"], [22, "线上", "请假"]],
    [[23, "镇推荐", "✓"], [24, "镇推荐", "✓"], [5, "镇推荐", "✓"], [25, "线上", "✓"], [9, "镇推荐", "✓"], [26, "镇推荐", "缺"], [2, "镇推荐", "✓"], [27, "现场", "✓"], [1, "镇推荐", "✓"]],
    [[28, "线上", "✓"], [29, "镇推荐", "✓"], [30, "镇推荐", "✓"], [3, "镇推荐", "✓"], [31, "镇推荐", "缺"], [11, "镇推荐", "✓"]],
  ];
  const recsT = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("连州市2020—2021年度农村电商培训报名及到课登记表");
    full("连州市商务局电商股　　第1期为2020年，第2期起为2021年（开班日期见“报名班次”括号）　　一次报名一行");
    full("说明：“到课”栏 ✓ 为当天到课签到（含迟到），“缺”为未到，“请假”为请假未到，“改期”为改报后一期（后一期另登记一行）；参训人次按到课行计算。线上报名（小程序）导出的身份证号中间8位打码。");
    rows.push(["报名序号", "报名日期", "报名渠道", "姓名", "性别", "身份证号", "所在镇村", "建档立卡贫困户", "报名班次", "到课", "备注"]);
    let no = 0;
    const RD = [fmtDot, fmtSlash, fmt2y];
    REG.forEach((list, si) => {
      const S = SS[si];
      list.forEach(([ix, ch, st], j) => {
        no++;
        const p = pool[ix];
        const regDate = isoAdd(S.date, -(12 - j));
        const idCell = ch === "线上" ? mask(p.id) : p.id;
        rows.push([no, RD[no % 3](regDate), ch === "线上" ? "线上（小程序）" : ch, p.name, p.sex, idCell, `${p.town}${p.vil}`, p.poor ? "是" : "否", `第${S.no}期（${fmtMD(S.date)}）`, st,
          st.startsWith("改期") ? "本人申请改期" : S.no === 4 && j === 0 ? "开班日期顺延至6月24日" : null]);
        if (st.startsWith("✓")) recsT.push({ date: S.date, personTimes: 1, id: idCell });
      });
    });
    full(`报名${no}人次，到课${recsT.length}人次（其中第5期9月9日${recsT.filter((r) => r.date > AS_OF).length}人次）。　　登记：电商股 欧××`);
    sheets.push(sheet("报名及到课登记", rows, merges));
    expect["报名及到课登记"] = { kind: "training", records: recsT };
  }
  assert(recsT.length === 32 && recsT.filter((r) => r.date <= AS_OF).length === 27 && recsT.filter((r) => r.id.includes("*")).length === 4, "32 attendances, 27 by cut-off, 4 masked " + recsT.length);
  const trainedPoor = new Set(recsT.filter((r) => r.date <= AS_OF).map((r) => r.id));
  const elig = recsP.filter((r) => r.labour && r.migrant === false).map((r) => r.id);
  assert(elig.filter((id) => trainedPoor.has(id)).length === 6, "6 of 10 eligible trained: " + elig.filter((id) => trainedPoor.has(id)).length);
  const ORDER = ["班次计划", "报名及到课登记", "贫困劳动力摸排"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  write("ledgers/b141-l1-lianzhou.json", {
    description:
      "清远连州市商务局交的培训和帮扶对象台账，三个表。①《班次计划》是年初的培训班次计划（计划开班日期、计划人数），不是台账；注明第4期因暴雨由6月17日顺延到6月24日。②《报名及到课登记》一次报名一行：报名序号｜报名日期｜报名渠道｜姓名｜性别｜身份证号｜所在镇村｜建档立卡贫困户｜报名班次｜到课｜备注。读法：只有“到课”为“✓”（含“✓（下午到）”）的行是参训，“缺”“请假”“改期（转第3期）”不是（改期的人在第3期另有一行✓）；日期读“报名班次”括号里的开班日期，年份看表头“第1期为2020年，第2期起为2021年”，第4期是6月24日（不是计划的6月17日），不读“报名日期”；线上（小程序）报名的身份证号中间8位打码（如“441882********1234”），照写。共32人次（截至8月31日27人次，第5期9月9日5人次）。③《贫困劳动力摸排》是市人社局2020年12月的建档立卡贫困劳动力就业意愿及培训需求摸排表（抄录5个村）：一人一行。读法：劳动能力“有劳动能力”“弱劳动能力” → labour true，“无劳动能力”“丧失劳动能力” → false；就业状况“市外省内务工”“省外务工” → migrant true，市内务工、本地务农、公益性岗位、自主创业（本地）、待业（在家）、在校学生 → false，“—”和空白（未摸排到） → null；“培训意愿”“已参加培训”是本人口述，不是字段。共16人（有劳动能力且不外出务工10人，其中6人在到课登记里）；一个身份证号末位X。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b141-l2-longchuan: 河源龙川县 — ①县三防办《村（社区）级防汛防旱防风责任人名单》当村名单（每镇第一行是镇级责任人，不是村；
// 社区看名称；省定贫困村★，空白为否；没有快递列）；②市场监管局《市场主体登记信息导出》（按“电商服务站”检索的个体户），
// 站点读电商股补填的“挂牌运营日期”“所在行政村”，不读成立日期；非站点、未挂牌即注销的不是；③监理《工程款支付证书登记表》
// （读业主“支付日期”“实付金额”；签发未付、作废的不是）；④隐藏的《镇代码》是辅助表
// =====================================================================================
(function l2() {
  const sheets = [], expect = {}, USED = new Set();
  const AREA = "441622";
  const TOWNS = ["老隆镇", "义都镇", "佗城镇", "鹤市镇", "黄布镇", "紫市镇", "通衢镇", "登云镇", "丰稔镇", "四都镇", "铁场镇", "龙母镇",
    "田心镇", "黎咀镇", "黄石镇", "赤光镇", "回龙镇", "新田镇", "车田镇", "岩镇镇", "麻布岗镇", "贝岭镇", "细坳镇", "上坪镇"];
  const NV = TOWNS.map((t, i) => 9 + ((i * 7) % 8));
  const NVT = sum(NV);
  const COMM = { 老隆镇: ["城南社区", "城北社区", "新城社区", "水贝社区", "东门社区"], 佗城镇: ["佗城社区"], 鹤市镇: ["鹤市社区"], 通衢镇: ["通衢社区"], 麻布岗镇: ["麻布岗社区"] };
  const STEMS = TOWNS.map((t) => t.replace(/镇$/, ""));
  const VN = villageNames("新上下大小东西南北高长石罗黄乌白富水", "坑陂岗坝径洞围寨湖岭坪埔角背溪坳墩", NVT, [127, 43, 31, 1021], STEMS);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const poor = (k) => k % 11 === 6;
  const recsV = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("龙川县2021年村（社区）级防汛防旱防风责任人名单");
    full("龙川县三防指挥部办公室　　2021年4月　　每镇第一行为镇级责任人，其下为各村（社区）责任人");
    rows.push(["序号", "镇", "村（社区）", "村级责任人", "职务", "联系电话", "包村镇干部", "山洪灾害危险区（处）", "转移避险安置点", "省定贫困村（电商股补列：★为是，空白为否）"]);
    let no = 0, seed = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const TU = new Set();   // names are unique within a town's block (the county list may repeat a name)
      rows.push([null, t, "（镇级）", nameOf(seed++ + 400, "男", TU), "镇长", phone(seed + 900), "—", null, `${t.replace(/镇$/, "")}中学`, null]);
      const list = VIL.filter((v) => v.town === t).map((v) => ({ v })).concat((COMM[t] || []).map((c) => ({ c })));
      list.forEach((e, i) => {
        no++;
        const sex = no % 4 === 1 ? "女" : "男";
        const cadre = nameOf(seed++ + 400, (no * 3) % 5 === 1 ? "女" : "男", TU);
        if (e.c) {
          rows.push([no, null, e.c, nameOf(seed++ + 400, sex, TU), "社区党委书记、居委会主任", phone(seed + 900), cadre, 0, `${e.c}党群服务中心`, null]);
          recsV.push({ name: e.c, admin: false, poor: false, express: null });
        } else {
          const nm = no % 9 === 4 ? e.v.name.replace(/村$/, "村委会") : e.v.name;
          rows.push([no, null, nm, nameOf(seed++ + 400, sex, TU), no % 3 === 0 ? "村党支部书记" : "村党总支书记、村委会主任", phone(seed + 900), cadre, (no * 7) % 4, `${e.v.name}委会`, poor(e.v.k) ? "★" : null]);
          recsV.push({ name: nm, admin: true, poor: poor(e.v.k), express: null });
        }
      });
      merges.push(`B${s}:B${R()}`);
    });
    const nComm = sum(Object.values(COMM).map((a) => a.length));
    full(`全县${TOWNS.length}个镇，村（社区）${NVT + nComm}个（行政村${NVT}个、社区${nComm}个），其中省定贫困村${VIL.filter((v) => poor(v.k)).length}个。　　三防办 邹××`);
    sheets.push(sheet("防汛责任人名单", rows, merges));
    expect["防汛责任人名单"] = { kind: "villages", records: recsV };
    assert(recsV.length === NVT + nComm && recsV.filter((r) => r.poor).length >= 20, "villages " + NVT + "+" + nComm + ", poor " + recsV.filter((r) => r.poor).length);
  }

  // ---------------------------------------------------------------- 市场主体登记导出 (stations)
  const code92 = (seq) => {
    const CC2 = "0123456789ABCDEFGHJKLMNPQRTUWXY", CW2 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    let n = 6151 * (seq + 29) + 130363, org = "";
    for (let i = 0; i < 7; i++) { org += CC2[n % 31]; n = Math.floor(n / 31) + 13 * (i + seq); }
    const s = "92" + AREA + "MA" + org.slice(0, 7);
    assert(s.length === 17, "92 len");
    let tt = 0; for (let i = 0; i < 17; i++) tt += CC2.indexOf(s[i]) * CW2[i];
    return s + CC2[(31 - (tt % 31)) % 31];
  };
  // pick 32 villages for stations across towns
  const STK = VIL.filter((v) => v.k % 9 === 2 || v.k % 9 === 7).slice(0, 32).map((v) => v.k);
  assert(STK.length === 32, "32 station villages");
  const ROWS = [];
  STK.forEach((k, i) => {
    const v = VIL[k];
    const est = isoAdd("2019-10-08", Math.floor((i * 590) / 31));
    const open = isoAdd(est, 9 + ((i * 5) % 20));
    ROWS.push({ kind: "st", k, town: v.town, vil: i % 7 === 3 ? v.name.replace(/村$/, "村委会") : v.name, est, open, cellOpen: i === 12 ? fmtMonth(open) : [D, fmtDot, fmtCn, fmt2y, fmtSlash][i % 5](open), openRec: i === 12 ? open.slice(0, 7) : open });
  });
  const lastOpen = ROWS[ROWS.length - 1].open;
  ROWS.splice(9, 0, { kind: "shop", town: "老隆镇", name: "龙川县老隆镇佳佳电商服务部", est: "2020-03-16", note: "非站点（个人网店）" });
  ROWS.splice(17, 0, { kind: "void", k: VIL[STK[15]].k + 1, town: VIL[STK[15] + 1].town, est: "2020-09-02", cancel: "2021-01-18", note: "登记后未挂牌即注销" });
  ROWS.splice(24, 0, { kind: "st", k: null, town: "老隆镇", vil: "城南社区", est: "2020-11-09", open: "2020-11-20", cellOpen: "2020.11.20", openRec: "2020-11-20", name: "龙川县老隆镇城南社区电商服务站" });
  ROWS.push({ kind: "st", k: VIL[STK[31]].k + 2, town: VIL[STK[31] + 2].town, vil: VIL[STK[31] + 2].name, est: "2021-08-16", open: "2021-09-06", cellOpen: "2021.9.6", openRec: "2021-09-06" });
  const recsS = ROWS.filter((r) => r.kind === "st").map((r) => ({ village: r.vil, opened: r.openRec }));
  assert(recsS.length === 34 && recsS.filter((r) => dateOk(r.opened)).length === 33 && lastOpen <= AS_OF, "34 stations, 33 by cut-off, last " + lastOpen);
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("市场主体登记信息查询结果导出");
    full("查询条件：登记机关＝龙川县市场监督管理局；主体名称包含“电商服务”；主体类型＝个体工商户　　导出时间：2021-09-13 10:26:41　　共" + ROWS.length + "条");
    full("县商务局电商股补填：村级站点先办个体工商户营业执照再挂牌，站点建成以“挂牌运营日期”为准（不是成立日期）；“所在行政村”为站点所在村；备注“非站点”“未挂牌即注销”的不是村级电商服务站点。");
    rows.push(["序号", "统一社会信用代码", "主体名称", "主体类型", "经营者", "成立日期", "经营场所", "登记状态", "注销日期", "挂牌运营日期（补填）", "所在行政村（补填）", "备注（补填）"]);
    ROWS.forEach((r, i) => {
      const v = r.k !== null && r.k !== undefined ? VIL[r.k] : null;
      const name = r.name || `龙川县${r.town}${v.name.replace(/村$/, "")}村电商服务站`;
      const place = v ? `广东省河源市龙川县${r.town}${v.name}${1 + (i % 30)}号` : `广东省河源市龙川县${r.town}${r.kind === "shop" ? "东江路" : "城南社区新华路"}${10 + i}号`;
      rows.push([i + 1, code92(i + 5), name, "个体工商户", nameOf(i + 600, i % 3 === 0 ? "女" : "男", USED), `${r.est} 00:00:00`, place, r.kind === "void" ? "注销" : "存续（在营、开业、在册）",
        r.cancel || null, r.kind === "st" ? r.cellOpen : null, r.kind === "st" ? r.vil : null, r.note || (r.kind === "st" && r.openRec > AS_OF ? "9月挂牌" : r.k === null && r.kind === "st" ? "社区站点" : null)]);
    });
    sheets.push(sheet("市场主体登记导出", rows, merges));
    expect["市场主体登记导出"] = { kind: "stations", records: recsS };
  }

  // ---------------------------------------------------------------- 支付证书登记 (funds)
  // [证书号, 项目, 施工单位, 申报期, 申报, 监理审核, 业主审批, 支付 iso|null, 实付 (元)|null, 实付格式, 备注]
  const PC = [
    ["ZF-01", "县级电子商务公共服务中心装修改造", "龙川县建兴装饰工程有限公司", "2020.10.1-2020.10.31", 186400, 178650, 178650, "2020-11-13", 178650, "num", null],
    ["ZF-02", "县级电子商务公共服务中心装修改造", "龙川县建兴装饰工程有限公司", "2020.11.1-2020.11.30", 232800, 221300, 221300, "2020-12-17", 221300, "yuan", null],
    ["ZF-03", "电商产业园仓储物流区改造", "河源市东江建设有限公司", "2020.12.1-2020.12.31", 305600, 298000, 298000, "2021-01-26", 298000, "wan", null],
    ["ZF-04", "县级电子商务公共服务中心装修改造", "龙川县建兴装饰工程有限公司", "2021.1.1-2021.2.28", 161000, 158200, 158200, "2021-03-19", 150290, "yuan", "扣留质保金5%（7,910元）"],
    ["ZF-05", "电商产业园仓储物流区改造", "河源市东江建设有限公司", "2021.3.1-2021.3.31", 276500, 268700, null, null, null, null, "金额有误，作废，重开为ZF-06"],
    ["ZF-06", "电商产业园仓储物流区改造", "河源市东江建设有限公司", "2021.3.1-2021.3.31", 276500, 266900, 266900, "2021-04-22", 266900, "num", "替代ZF-05"],
    ["ZF-07", "农村物流配送中心建设", "龙川县顺安物流有限公司", "2021.4.1-2021.5.31", 412000, 398400, 398400, "2021-06-18", 398400, "wan", null],
    ["ZF-08", "电商产业园仓储物流区改造", "河源市东江建设有限公司", "2021.6.1-2021.7.31", 198300, 190500, 190500, "2021-08-27", 180975, "yuan", "扣留质保金5%（9,525元）"],
    ["ZF-09", "农村物流配送中心建设", "龙川县顺安物流有限公司", "2021.6.1-2021.8.31", 265000, 259800, 259800, "2021-09-10", 259800, "num", "9月支付"],
    ["ZF-10", "农村物流配送中心建设", "龙川县顺安物流有限公司", "2021.9.1-2021.9.15", 120000, 116500, 116500, null, null, null, "已签发，财政资金未到位，未支付"],
  ];
  const recsF = PC.filter((c) => c[7]).map((c) => ({ date: c[7], amount: c[8] }));
  assert(recsF.length === 8 && sum(recsF.map((r) => r.amount)) === 1954315 && sum(recsF.filter((r) => r.date <= AS_OF).map((r) => r.amount)) === 1694515, "8 payments " + sum(recsF.map((r) => r.amount)));
  assert(158200 - 150290 === 7910 && 190500 - 180975 === 9525, "retention");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("龙川县电子商务进农村综合示范项目工程款支付证书登记表");
    full("监理单位：河源市正信工程监理有限公司　　建设单位：龙川县商务局　　金额单位：元（“实付金额”列按财务回单照录，有写万元的）");
    full("说明：支付证书由监理签发，建设单位审批后由财政专项资金支付；“支付日期”“实付金额”为财务室回填的实际付款，未回填的为尚未支付；作废的证书不付款。");
    rows.push(["证书编号", "工程项目", "施工单位", "申报计量期", "承包人申报金额", "监理审核金额", "建设单位审批金额", "支付日期", "实付金额", "签发日期", "备注"]);
    const FP = [fmtSlash, fmtCn, D, fmtDot];
    let k = 0;
    PC.forEach((c) => {
      const per = c[3].split("-")[1];
      const sign = isoAdd(per.split(".").map((x, j) => (j ? p2(+x) : x)).join("-"), 5);
      const amt = c[8] === null ? null : c[9] === "num" ? c[8] : c[9] === "yuan" ? `${thousands(c[8])}元` : `${Math.round(c[8] / 100) / 100}万元`;
      if (c[9] === "wan") assert(wan(String(Math.round(c[8] / 100) / 100)) === c[8], "万元 exact " + c[8]);
      rows.push([c[0], c[1], c[2], c[3], c[4], c[5], c[6] === null ? "—" : c[6], c[7] ? FP[k++ % 4](c[7]) : null, amt, fmtDot(sign), c[10]]);
    });
    rows.push(["合计（已支付）", null, null, null, null, null, null, null, sum(recsF.map((r) => r.amount)), null, null]); merges.push(`A${R()}:D${R()}`);
    full("登记：监理 钟××　　回填：县商务局财务室 叶××");
    sheets.push(sheet("支付证书登记", rows, merges));
    expect["支付证书登记"] = { kind: "funds", records: recsF };
  }

  // ---------------------------------------------------------------- 镇代码 (hidden helper)
  sheets.push(sheet("镇代码", [["镇名", "代码", "简称"]].concat(TOWNS.map((t, i) => [t, `441622${p3(100 + i)}`, t.replace(/镇$/, "")])), [], { hidden: true }));
  expect["镇代码"] = { kind: null };
  write("ledgers/b141-l2-longchuan.json", {
    description:
      "河源龙川县商务局交的台账，四个表。①《防汛责任人名单》是县三防办的村（社区）级防汛防旱防风责任人名单，当村名单：镇名纵向合并，每镇第一行“（镇级）”是镇长（镇级责任人），不是村，不列；社区没有类型列，看名称（“××社区”、职务“社区党委书记、居委会主任”）→ admin false；“省定贫困村”一列是电商股补列，表头写明★为是、空白为否 → ★ true，空白 false；没有快递列 → express null；村名有的写“××村委会”，照写。共" + recsV.length + "条。②《市场主体登记导出》是市场监管局按“电商服务”检索的个体工商户导出：站点读电商股补填的“挂牌运营日期”（真日期、“2020.11.20”“21.3.5”“2021年3月”等）和“所在行政村”，不读“成立日期”（带“00:00:00”的是营业执照日期）；“佳佳电商服务部”是个人网店（非站点）、一户“登记后未挂牌即注销”，都不是站点；城南社区站照列（村名写社区）；9月6日挂牌的照列。共34个站点（截至8月31日33个）。③《支付证书登记》是监理的工程款支付证书登记：只读财务回填的“支付日期”“实付金额”（实付扣了5%质保金，不是审批金额；金额有数字、“221,300元”“29.8万元”几种写法），不读申报计量期、签发日期；ZF-05作废（由ZF-06替代）、ZF-10已签发未支付，都不是支出。共8笔1,954,315元（截至8月31日1,694,515元）。④隐藏的《镇代码》是辅助表，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
