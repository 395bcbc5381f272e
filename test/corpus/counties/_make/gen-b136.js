// Batch 136 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
const monthsAfter = (iso) => WINDOW.filter((m) => m > iso.slice(0, 7)).length; // 开业次月起计发, within 2020-09 … 2021-08
const p2 = (n) => String(n).padStart(2, "0");
const fmtMD = (iso) => `${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
const fmtDT = (iso, h, m, s) => `${iso} ${p2(h)}:${p2(m)}:${p2(s)}`;
const money2 = (n) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const cents = (c) => Math.round(c) / 100;   // integer hundredths → number
// age on a day, from an 8-digit birth date
const ageOn = (birth, iso) => { const y = +iso.slice(0, 4) - +birth.slice(0, 4); return iso.slice(5, 7) + iso.slice(8, 10) >= birth.slice(4, 8) ? y : y - 1; };

// =====================================================================================
// counties/b136-c1-huazhou: 茂名化州市 — 《自评得分横表》（指标横排，一列一个指标，分值／自评得分／计分说明三行）；《自查问题整改台账》
// （事实写在“自查情况”和“整改进展”里，整改后的状态才是截止日的状态）；市农业农村局《村级集体经济收入统计表》当村名单；
// 《站点星级评定结果表》当站点清单；运营方《培训服务费结算明细表》（读核定人次，不读申报人次）；《园区企业变动月报》（入驻／迁出／更名事件）；
// 用友格式《专项资金明细账》（年在页头，月、日分列，红字冲销，本月合计／本年累计／结转）；电商股《周工作台账》；《舆情监测汇总》
// =====================================================================================
(function c1() {
  const AREA = "440982";
  const sheets = [], USED = new Set();
  const TOWNS = ["河西街道", "东山街道", "下郭街道", "石湾街道", "南盛街道", "杨梅镇", "良光镇", "笪桥镇", "丽岗镇", "新安镇", "官桥镇", "林尘镇", "合江镇", "那务镇",
    "播扬镇", "宝圩镇", "平定镇", "文楼镇", "江湖镇", "中垌镇", "同庆镇", "长岐镇"];
  const NV = [6, 9, 11, 12, 14, 18, 17, 15, 16, 19, 16, 23, 15, 14, 18, 16, 22, 17, 13, 16, 17, 25];
  assert(NV.length === TOWNS.length && sum(NV) === 349, "349 villages got " + sum(NV));
  const COMMS = { 河西街道: ["北岸社区", "桔城社区", "河西社区", "新华社区", "文化社区", "大桥社区"], 东山街道: ["东山社区", "红光社区", "新村社区", "石龙社区", "东风社区"],
    下郭街道: ["下郭社区", "城东社区", "麻岭社区", "鉴江社区"], 石湾街道: ["石湾社区", "城北社区", "新建社区", "长湖社区"], 南盛街道: ["南盛社区", "城南社区", "南兴社区"],
    杨梅镇: ["杨梅社区"], 平定镇: ["平定社区"], 长岐镇: ["长岐社区"], 新安镇: ["新安社区"], 林尘镇: ["林尘社区"] };
  const NCOMM = sum(Object.values(COMMS).map((c) => c.length));
  assert(NCOMM === 27, "27 communities");
  const P1 = "那塘新上下大坡岭水石旺坑竹高山平良福龙黄".split("");
  const P2 = "垌坡塘岭坑埇湾屋寮田江洞岗垭圩墩陂头湖根".split("");
  const cand = [];
  P1.forEach((a, i) => P2.forEach((b, j) => { if (a !== b) cand.push([(i * 131 + j * 71 + i * j * 17) % 1009, a + b + "村"]); }));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VN = [...new Set(cand.map((c) => c[1]))].filter((n) => !/^(.)\1/.test(n)).slice(0, 349);
  assert(VN.length === 349, "names " + VN.length);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 9 === 5).map((v) => v.k).slice(0, 38);
  assert(POORK.length === 38, "38 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  assert(nonPoor.length === 311, "311 non-poor");
  const covNP = nonPoor.filter((v, j) => j % 20 < 7).slice(0, 109);
  const POOR_SEPT = POORK[23];
  const COVK = POORK.filter((k) => k !== POOR_SEPT).concat(covNP.map((v) => v.k));
  assert(COVK.length === 146, "146 covered");
  const uncovNP = nonPoor.filter((v) => !covNP.includes(v));
  const SEPT = [[POOR_SEPT, "2021-09-08"], [uncovNP[11].k, "2021-09-15"], [uncovNP[60].k, "2021-10-12"], [uncovNP[120].k, "2021-10-26"], [uncovNP[170].k, "2021-11-09"]];
  const SECOND = [[covNP[20].k, "2021-03-18"], [covNP[77].k, "2021-06-09"]];
  const COMM_ST = [["河西街道", "桔城社区", "2020-07-22"], ["下郭街道", "鉴江社区", "2021-01-14"], ["长岐镇", "长岐社区", "2021-05-06"]];

  // ---------------------------------------------------------------- 村级集体经济收入统计表 (villages; no express column)
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("化州市2020年度村级集体经济收入情况统计表");
    full("化州市农业农村局　　2021年3月　　单位：万元");
    full("说明：村委会、居委会（社区）均列入；“类别”填村委会或居委会；“是否省定相对贫困村”按2016年省定相对贫困村名单填“是”或“否”，居委会填“—”。");
    rows.push(["序号", "镇（街道）", "村（居）委会", "类别", "是否省定相对贫困村", "集体经济收入合计", "其中", null, null, "收入分段", "备注"]);
    rows.push([null, null, null, null, null, null, "经营性收入", "资源资产发包收入", "上级补助收入", null, null]);
    const h = R() - 1;
    ["A", "B", "C", "D", "E", "F", "J", "K"].forEach((c) => merges.push(`${c}${h}:${c}${h + 1}`));
    merges.push(`G${h}:I${h}`);
    let no = 0, gAll = 0;
    const seg = (c) => (c < 50000 ? "5万元以下" : c < 100000 ? "5万—10万元" : "10万元以上");
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      let tSum = 0;
      const entries = VIL.filter((v) => v.town === t).map((v) => ({ name: v.name, comm: false, k: v.k })).concat((COMMS[t] || []).map((c) => ({ name: c, comm: true })));
      entries.forEach((e, i) => {
        no++;
        const a = 180 + ((no * 2713) % 1500), b = 90 + ((no * 1307) % 600), c = e.comm ? 0 : 100 + ((no * 389) % 400); // hundredths of 万元
        const tot = a + b + c;
        tSum += tot;
        const nm = e.comm ? e.name.replace(/社区$/, "社区居委会") : (no % 5 === 2 ? e.name.replace(/村$/, "村委会") : e.name);
        rows.push([no, i === 0 ? t : null, nm, e.comm ? "居委会" : "村委会", e.comm ? "—" : isPoor(e.k) ? "是" : "否", cents(tot), cents(a), cents(b), c ? cents(c) : null, seg(tot * 100),
          e.comm ? null : isPoor(e.k) ? "省定相对贫困村，2020年已出列" : null]);
      });
      merges.push(`B${s}:B${R()}`);
      gAll += tSum;
      rows.push([null, `${t}小计`, `村委会${NV[ti]}个${COMMS[t] ? `、居委会${COMMS[t].length}个` : ""}`, null, null, cents(tSum), null, null, null, null, null]); merges.push(`C${R()}:E${R()}`);
    });
    rows.push(["全市合计", null, `村委会${VIL.length}个（其中省定相对贫困村${POORK.length}个），居委会${NCOMM}个`, null, null, cents(gAll), null, null, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:E${R()}`);
    full("填表：市农业农村局农村经营管理股　　审核：陈××");
    sheets.push(sheet("村集体经济收入", rows, merges));
  }

  // ---------------------------------------------------------------- 村级站点星级评定结果表 (stations)
  const ST = [];
  const order = COVK.slice().sort((a, b) => ((a * 97) % 349) - ((b * 97) % 349) || a - b);
  const FMT_ST = [D, fmtDot, fmtCn, fmtSlash, D, fmt2y];
  order.forEach((k, i) => {
    let opened = isoAdd("2019-11-20", Math.floor((i * 640) / 145));
    if (i === 145) opened = "2021-08-31";
    const v = VIL[k];
    const cell = opened < "2020-06-01" && i % 8 === 3 ? fmtMonth(opened) : FMT_ST[i % 6](opened);
    ST.push({ town: v.town, vil: i % 6 === 2 ? v.name.replace(/村$/, "村委会") : v.name, k, opened: cell.length <= 8 && /年\d+月$/.test(cell) ? opened.slice(0, 7) : opened, cell,
      name: v.name.replace(/村$/, "") + "村电商服务站", note: null });
  });
  SECOND.forEach(([k, o]) => ST.push({ town: VIL[k].town, vil: VIL[k].name, k, opened: o, cell: fmtDot(o), name: VIL[k].name.replace(/村$/, "") + "圩电商服务站", note: "同村第二个站点（圩镇）" }));
  COMM_ST.forEach(([t, c, o]) => ST.push({ town: t, vil: c, k: null, opened: o, cell: D(o), name: c + "电商服务站", note: "社区站点" }));
  SEPT.forEach(([k, o]) => ST.push({ town: VIL[k].town, vil: VIL[k].name, k, opened: o, cell: fmtDot(o), name: VIL[k].name.replace(/村$/, "") + "村电商服务站", note: `${+o.slice(5, 7)}月新建，2022年参评` }));
  const covIn = new Set(ST.filter((s) => s.k !== null && dateOk(s.opened)).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 146 && poorIn === 37, "146 villages, 37 poor by cut-off");
  assert(covIn.size * 100 >= 200 * 70 && covIn.size * 100 < 349 * 50 && poorIn * 100 >= 38 * 80 && poorIn < 38, "73% of 200 → 5 (41.8% of 349); 97.4% → 3");
  assert(ST.length === 156, "156 stations");
  let demoted = null;
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("化州市村级电子商务服务站点2021年度星级评定结果表");
    full("市商务局、市电子商务公共服务中心　　评定时间：2021年12月　　评定得分90分及以上为三星、80—89分为二星、70—79分为一星，70分以下为不达标（摘牌）；2021年9月以后新建的站点不参评，一并列出");
    rows.push(["序号", "镇（街道）", "站点名称", "所在村（居）", "挂牌运营时间", "站长", "服务项目", "评定得分", "星级", "备注"]);
    let no = 0;
    const SERV = ["代购代销、快递收发", "代购代销、快递收发、代缴费", "代购代销、快递收发、小额信贷", "代购代销、快递收发、电商培训"];
    TOWNS.forEach((t) => {
      const list = ST.filter((s) => s.town === t).sort((a, b) => (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0));
      if (!list.length) return;
      const s0 = R() + 1;
      list.forEach((s, i) => {
        no++;
        const head = nameOf(no + 30, no % 3 === 1 ? "女" : "男", USED);
        const late = s.opened > AS_OF;
        let score = late ? "—" : 68 + ((no * 37) % 31);
        if (!late && score < 70 && demoted === null) demoted = s.name; else if (!late && score < 70) score = 72;
        const star = late ? "未参评" : score >= 90 ? "★★★" : score >= 80 ? "★★" : score >= 70 ? "★" : "不达标";
        rows.push([no, i === 0 ? t : null, s.name, s.vil, s.cell, head, SERV[no % 4], score, star, late ? s.note : score < 70 ? "2021年12月摘牌（8月底前正常运营）" : s.note]);
      });
      if (R() > s0) merges.push(`B${s0}:B${R()}`);
    });
    full(`共${ST.length}个站点（其中2021年9月以后新建${SEPT.length}个）。　　评定组：市商务局电商股、市邮政分公司、运营方`);
    sheets.push(sheet("站点星级评定", rows, merges));
  }
  assert(demoted !== null, "one station demoted");

  // ---------------------------------------------------------------- 培训服务费结算明细表 (training sessions; 核定人次)
  // [期次, cell, end iso, 地点, 内容, 申报, 核定, 单价, 备注]
  const SS = [
    ["第1期", "2020.9.24", "2020-09-24", "杨梅镇文化站", "农村电商普及班", 340, 320, 60, "签到表核减20人次（代签）"],
    ["第2期", "2020.10.15", "2020-10-15", "良光镇政府会议室", "农村电商普及班", 300, 295, 60, "核减5人次"],
    ["第3期", "2020.10.27-10.29", "2020-10-29", "市电商公共服务中心", "网店运营专题班（3天）", 150, 150, 150, null],
    ["第4期", "2020.11.12", "2020-11-12", "笪桥镇文化站", "农村电商普及班", 330, 310, 60, "核减20人次"],
    ["第5期", "2020.11.26", "2020-11-26", "丽岗镇政府会议室", "农村电商普及班", 280, 280, 60, null],
    ["第6期", "2020.12.9-12.11", "2020-12-11", "市电商公共服务中心", "直播带货专题班（3天）", 180, 180, 150, null],
    ["第7期", "2020.12.23", "2020-12-23", "新安镇文化站", "农村电商普及班", 360, 300, 60, "核减60人次（重复签到）"],
    ["第8期", "2021.1.13", "2021-01-13", "官桥镇政府会议室", "农村电商普及班", 260, 260, 60, null],
    ["第9期", "2021.3.10", "2021-03-10", "林尘镇文化站", "农村电商普及班", 380, 330, 60, "核减50人次"],
    ["第10期", "2021.3.23-3.25", "2021-03-25", "市电商公共服务中心", "短视频拍摄专题班（3天）", 150, 150, 150, null],
    ["第11期", "2021.4.8", "2021-04-08", "合江镇文化站", "农村电商普及班", 290, 290, 60, null],
    ["第12期", "2021.4.21", "2021-04-21", "那务镇政府会议室", "农村电商普及班", 160, 0, 60, "无签到表，不予结算"],
    ["第13期", "2021.5.12-5.14", "2021-05-14", "市电商公共服务中心", "化橘红网销专题班（3天）", 180, 165, 150, "核减15人次"],
    ["第14期", "2021.5.27", "2021-05-27", "播扬镇文化站", "农村电商普及班", 320, 300, 60, "核减20人次"],
    ["第15期", "2021.6.16", "2021-06-16", "宝圩镇政府会议室", "农村电商普及班", 310, 310, 60, null],
    ["第16期", "2021.6.29", "2021-06-29", "中垌镇文化站", "农村电商普及班", 190, 180, 60, "核减10人次"],
    ["第17期", "2021.7.7-7.9", "2021-07-09", "市电商公共服务中心", "脱贫户电商技能班（3天）", 180, 180, 150, null],
    ["第18期", "2021.7.22", "2021-07-22", "平定镇文化站", "农村电商普及班", 380, 320, 60, "核减60人次"],
    ["第19期", "2021.8.12", "2021-08-12", "文楼镇政府会议室", "农村电商普及班", 310, 300, 60, "核减10人次"],
    ["第20期", "2021.8.30-9.1", "2021-09-01", "市电商公共服务中心", "直播带货提升班（3天）", 150, 150, 150, null],
    ["第21期", "2021.9.15", "2021-09-15", "江湖镇文化站", "农村电商普及班", 330, 330, 60, null],
  ];
  const T_IN = sum(SS.filter((s) => s[2] <= AS_OF).map((s) => s[6]));
  const T_DECL = sum(SS.filter((s) => s[2] <= AS_OF).map((s) => s[5]));
  const POP = 1196000, TBASE = Math.min(POP, 500000);
  assert(T_IN === 4620 && T_DECL === 5050, "4,620 核定, 5,050 申报 by cut-off got " + T_IN + "/" + T_DECL);
  assert(T_IN * 1000 >= TBASE * 8 && T_IN * 100 < TBASE && T_DECL * 100 >= TBASE, "0.924% → 8; 申报 1.01% would be 10");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("化州市电子商务进农村综合示范项目电商培训服务费结算明细表");
    full("承训单位：茂名市粤西职业培训学校　　结算期间：2020年9月—2021年9月　　“申报人次”为承训单位申报数，“核定人次”为市商务局按签到表核定数（多天班次按每天签到人数累计），按核定人次结算");
    rows.push(["序号", "期次", "培训日期", "培训地点", "培训内容", "申报人次", "核定人次", "单价（元／人次）", "结算金额（元）", "核减原因", "结算批次"]);
    SS.forEach((s, i) => rows.push([i + 1, s[0], s[1], s[3], s[4], s[5], s[6], s[7], s[6] * s[7], s[8], s[2] <= "2020-12-31" ? "第一批" : s[2] <= "2021-06-30" ? "第二批" : "第三批"]));
    const money = sum(SS.map((s) => s[6] * s[7]));
    rows.push(["合计", null, null, null, null, sum(SS.map((s) => s[5])), sum(SS.map((s) => s[6])), null, money, null, null]); merges.push(`A${R()}:E${R()}`);
    full("承训单位（盖章）：　　经办：市商务局电商股 梁××　　复核：李××　　2021年10月8日");
    sheets.push(sheet("培训服务费结算", rows, merges));
  }

  // ---------------------------------------------------------------- 电商产业园企业变动情况月报 (enterprises as events)
  // [iso, 变动类型, enterprise idx, name as written, note]
  const EN = [
    ["化州市橘乡电子商务运营有限公司", "电商运营商"], ["中国邮政集团有限公司化州市分公司邮乐购服务部", "平台型"], ["化州市化橘红网店", "销售型"], ["化州市顺丰速运营业部", "物流企业"],
    ["化州市鉴江农产品电子商务有限公司", "销售型"], ["化州市香蕉网销专业合作社", "销售型"], ["化州市直播星传媒有限公司", "直播电商"], ["化州市橘红堂网店", "销售型"],
    ["化州市云仓物流有限公司", "物流企业"], ["化州市丽岗米业网店", "销售型"], ["化州市优品代运营服务有限公司", "电商运营商"], ["化州市中垌沙田柚网店", "销售型"],
    ["化州市笪桥番薯电子商务有限公司", "销售型"], ["化州市乡味通科技有限公司", "平台型"], ["化州市长岐荔枝网店", "销售型"], ["化州市视觉美工摄影工作室", "电商服务"],
    ["化州市平定腐竹网店", "销售型"], ["化州市林尘龙眼干网店", "销售型"], ["化州市宝圩鸡蛋网店", "销售型"], ["化州市新安蜂蜜电子商务有限公司", "销售型"],
    ["化州市橘州冷链物流有限公司", "物流企业"], ["化州市文楼粉葛网店", "销售型"], ["化州市鑫鑫供应链管理有限公司", "物流企业"],
  ];
  const EV = [
    ["2020-10-16", "入驻", 0], ["2020-10-16", "入驻", 1], ["2020-10-23", "入驻", 2], ["2020-11-05", "入驻", 3], ["2020-11-19", "入驻", 4], ["2020-12-03", "入驻", 5],
    ["2020-12-17", "入驻", 6], ["2021-01-07", "入驻", 7], ["2021-01-21", "入驻", 8], ["2021-02-25", "迁出", 5, "合作社自建厂房"], ["2021-03-04", "入驻", 9], ["2021-03-18", "入驻", 10],
    ["2021-04-08", "入驻", 11], ["2021-04-22", "更名", 7, "化州市橘红堂网店更名为化州市橘红堂电子商务有限公司，统一社会信用代码不变"], ["2021-05-06", "入驻", 12], ["2021-05-20", "入驻", 13],
    ["2021-06-03", "入驻", 14], ["2021-06-17", "迁出", 9, "经营不善清退"], ["2021-06-24", "入驻", 15], ["2021-07-08", "入驻", 16], ["2021-07-22", "入驻", 17], ["2021-08-05", "入驻", 18],
    ["2021-08-12", "迁出", 12, "迁往茂名市区"], ["2021-08-19", "入驻", 19], ["2021-08-26", "入驻", 20], ["2021-08-30", "入驻", 21], ["2021-09-16", "入驻", 22],
  ];
  const entered = new Map(), left = new Map();
  EV.forEach((e) => { if (e[1] === "入驻") entered.set(e[2], e[0]); if (e[1] === "迁出") left.set(e[2], e[0]); });
  const inPark = [...entered.keys()].filter((i) => entered.get(i) <= AS_OF && !(left.has(i) && left.get(i) <= AS_OF));
  assert(entered.size === 23 && inPark.length === 19 && new Set(inPark.map((i) => EN[i][1])).size >= 3, "19 in park at cut-off got " + inPark.length);
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("化州市电子商务产业园企业变动情况月报（2020年10月—2021年9月汇总）");
    full("园区运营管理办公室　　每月只登记当月变动：入驻（签订入驻协议之日）、迁出（退园交接之日）、更名（企业名称变更，信用代码不变，不是新入驻）；月末在园企业数按统一社会信用代码计");
    rows.push(["月份", "序号", "变动类型", "企业名称", "统一社会信用代码", "企业类型", "变动日期", "备注", "月末在园企业（家）"]);
    const names = EN.map((e) => e[0]);
    const inSet = new Set();
    const allMonths = [];
    for (let m = "2020-10"; m <= "2021-09"; m = isoAdd(m + "-01", 32).slice(0, 7)) allMonths.push(m);
    let no = 0;
    allMonths.forEach((m) => {
      const list = EV.filter((e) => e[0].startsWith(m));
      const s0 = R() + 1;
      if (!list.length) {
        rows.push([fmtMonth(m + "-01"), null, "无变动", null, null, null, null, m === "2021-02" ? "春节" : null, inSet.size]);
        return;
      }
      list.forEach((e) => { if (e[1] === "入驻") inSet.add(e[2]); if (e[1] === "迁出") inSet.delete(e[2]); });
      list.forEach((e, i) => {
        no++;
        let nm = names[e[2]];
        if (e[1] === "更名") { names[e[2]] = "化州市橘红堂电子商务有限公司"; nm = names[e[2]]; }
        rows.push([i === 0 ? fmtMonth(m + "-01") : null, no, e[1], nm, creditCode(AREA, e[2] + 71), EN[e[2]][1], [D, fmtDot, fmtCn][no % 3](e[0]), e[3] || null, i === 0 ? inSet.size : null]);
      });
      if (list.length > 1) merges.push(`A${s0}:A${R()}`, `I${s0}:I${R()}`);
    });
    assert(inSet.size === 20, "20 at end of September");
    full("填报：园区办 何××　　每月5日前报市商务局");
    sheets.push(sheet("园区企业变动月报", rows, merges));
  }

  // ---------------------------------------------------------------- 专项资金明细账 (funds, 用友 style)
  // [iso, 凭证号, 摘要, amount (元, negative = 红字)]
  const LG = [
    ["2020-09-18", "记-15", "付市电商公共服务中心建设首期款（化州市橘乡电子商务运营有限公司）", 360000],
    ["2020-10-20", "记-22", "付村级电商服务站点建设首期款（第一批）", 280000],
    ["2020-11-16", "记-18", "付电商培训服务费（第一批结算）", 86400],
    ["2020-12-10", "记-09", "付农村物流配送体系建设首期款", 300000],
    ["2020-12-28", "记-31", "付农产品品牌培育推广首期款", 259600],
    ["2021-01-22", "记-12", "付电商培训服务费（第一批尾数）", 98700],
    ["2021-03-09", "记-08", "付村级电商服务站点建设进度款", 320000],
    ["2021-03-15", "记-12", "付农产品溯源系统首期款", 86000],
    ["2021-03-17", "记-14", "冲销3月15日记-12号凭证（金额错误）", -86000],
    ["2021-03-17", "记-15", "付农产品溯源系统首期款（更正）", 68000],
    ["2021-04-26", "记-20", "付市电商公共服务中心建设进度款", 420000],
    ["2021-05-20", "记-17", "付电商培训服务费（第二批结算）", 112500],
    ["2021-06-18", "记-21", "付农村物流配送体系建设进度款", 350000],
    ["2021-07-14", "记-10", "付农产品品牌培育推广进度款", 185000],
    ["2021-07-30", "记-26", "付电商产业园改造工程款", 251400],
    ["2021-08-06", "记-05", "付村级电商服务站点建设第二批款", 410000],
    ["2021-08-27", "记-23", "付电商培训服务费（第三批预付）", 124800],
    ["2021-09-14", "记-11", "付市电商公共服务中心建设尾款", 300000],
    ["2021-09-28", "记-24", "付农村物流配送体系建设尾款", 150000],
  ];
  const F_IN = sum(LG.filter((l) => l[0] <= AS_OF).map((l) => l[3]));
  const F_2021 = sum(LG.filter((l) => l[0] >= "2021-01-01" && l[0] <= AS_OF).map((l) => l[3]));
  const F_ALLOC = 5000000;
  assert(F_IN === 3626400 && F_IN * 100 >= F_ALLOC * 70 && F_2021 * 100 < F_ALLOC * 70, "3,626,400 = 72.5% (2021 alone 46.8%) got " + F_IN);
  assert(F_IN + 86000 * 2 - 0 > 0 && Math.round((F_IN / F_ALLOC) * 1000) === 725, "72.5%");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("明　细　账");
    full("科目：720101 行政支出—项目支出—省级电子商务进农村综合示范专项资金　　核算单位：化州市商务局");
    const page = (year, list, carry) => {
      rows.push([`${year}年`, null, null, null, null, null, null, `第${year === 2020 ? 1 : 2}页`]); merges.push(`A${R()}:G${R()}`);
      rows.push(["月", "日", "凭证号数", "摘要", "借方", "贷方", "借或贷", "余额"]);
      let bal = 0, yr = 0;
      rows.push([null, null, null, "期初余额", null, null, "平", 0]);
      const ms = [...new Set(list.map((l) => l[0].slice(5, 7)))];
      ms.forEach((mm, mi) => {
        const ml = list.filter((l) => l[0].slice(5, 7) === mm);
        let mt = 0;
        ml.forEach((l) => { bal += l[3]; mt += l[3]; rows.push([+mm, +l[0].slice(8, 10), l[1], l[2], l[3], null, "借", bal]); });
        yr += mt;
        const closing = carry && mi === ms.length - 1;
        assert(!closing || mm === "12", "carry in December");
        if (closing) { rows.push([12, 31, "记-40", "结转本年行政支出", null, yr, "平", 0]); bal = 0; }
        const dd = closing ? 31 : +ml[ml.length - 1][0].slice(8, 10);
        rows.push([+mm, dd, null, "本月合计", mt, closing ? yr : null, bal ? "借" : "平", bal]);
        rows.push([+mm, dd, null, "本年累计", yr, closing ? yr : null, bal ? "借" : "平", bal]);
      });
      if (carry) rows.push([null, null, null, "结转下年", null, null, "平", 0]);
      return yr;
    };
    const y20 = page(2020, LG.filter((l) => l[0] < "2021-01-01"), true);
    const y21 = page(2021, LG.filter((l) => l[0] >= "2021-01-01"), false);
    assert(y20 === 1286000 && y21 === F_2021 + 450000, "page totals");
    full("注：红字凭证以负数表示。本账页打印至2021年9月30日。　　会计：谭××　　出纳：黄××");
    sheets.push(sheet("专项资金明细账", rows, merges));
  }

  // ---------------------------------------------------------------- 电商股周工作台账 (reports, disclosures, materials)
  const EVT = []; // [iso, text, kind]
  const RPT = [["2020-08", "2020-09-04"], ["2020-09", "2020-10-10"], ["2020-10", "2020-11-05"], ["2020-11", "2020-12-04"], ["2020-12", "2021-01-06"], ["2021-01", "2021-02-04"],
    ["2021-02", "2021-03-04"], ["2021-03", "2021-04-07"], ["2021-04", "2021-05-08"], ["2021-05", "2021-06-04"], ["2021-06", "2021-07-06"], ["2021-07", "2021-08-05"], ["2021-08", "2021-09-03"]];
  RPT.forEach(([m, d]) => EVT.push([d, `${fmtMD(d)}向茂名市商务局报送${+m.slice(5, 7)}月电子商务进农村工作月报及电商扶贫统计表`, "rpt"]));
  const PUB = [["2020-09-17", "8月"], ["2020-10-22", "9月"], ["2020-11-18", "10月"], ["2020-12-16", "11月"], ["2021-01-20", "12月"], ["2021-03-18", "1—2月"], ["2021-04-15", "3月"],
    ["2021-05-20", "4月"], ["2021-06-17", "5月"], ["2021-07-15", "6月"], ["2021-08-18", "7月"], ["2021-09-16", "8月"]];
  PUB.forEach(([d, m]) => EVT.push([d, `${fmtMD(d)}在市政府门户网站“电子商务进农村综合示范”专栏发布项目建设进度（${m}）`, "pub"]));
  EVT.push(["2021-05-12", "5月12日在专栏增设监督举报电话和电子邮箱", "pub"]);
  EVT.push(["2021-06-18", "6月18日向茂名市商务局报送经验材料《一片橘红带富一方百姓——化州市电商进农村经验做法》", "mat"]);
  EVT.push(["2021-02-09", "2月9日专栏1月份建设进度稿因春节前网站内容审核暂停未能发布，顺延至3月与2月进度合并发布", "note"]);
  const FILL = ["参加市电商公共服务中心周例会", "检查镇村站点运营情况", "审核培训签到表", "整理资金拨付凭证", "对接运营方推进化橘红品牌推广", "督促站点建设进度", "整理考评台账资料",
    "配合财政局开展资金检查", "接待镇街电商专干咨询", "更新站点台账"];
  const rptIn = RPT.map((r) => r[1]), pubIn = PUB.map((p) => p[0]).concat(["2021-05-12"]);
  assert(monthsCovered(rptIn) === 12 && monthsCovered(pubIn) === 11, "reports 12 months, column 11 months (no February)");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("化州市商务局电子商务股周工作台账（2020年9月—2021年9月）");
    full("每周一由股室填报；“本周完成工作”写已办结的事项，“下周工作计划”只是计划；日期写月日，年份见“起止日期”");
    rows.push(["周次", "起止日期", "本周完成工作", "下周工作计划", "填报人", "股长审核"]);
    let wk = 0;
    for (let mon = "2020-08-31"; mon <= "2021-09-20"; mon = isoAdd(mon, 7)) {
      wk++;
      const sun = isoAdd(mon, 6);
      const ev = EVT.filter((e) => e[0] >= mon && e[0] <= sun);
      const nextEv = EVT.filter((e) => e[0] > sun && e[0] <= isoAdd(sun, 7) && e[2] !== "note");
      const items = ev.map((e) => e[1]).concat([FILL[wk % FILL.length], FILL[(wk * 3 + 1) % FILL.length]]);
      const range = mon.slice(0, 4) === sun.slice(0, 4) ? `${fmtDot(mon)}—${+sun.slice(5, 7)}.${+sun.slice(8, 10)}` : `${fmtDot(mon)}—${fmtDot(sun)}`;
      let plan = nextEv.map((e) => e[2] === "rpt" ? "报送上月工作月报" : e[2] === "pub" ? "专栏更新" : "整理经验材料").concat([FILL[(wk + 5) % FILL.length]]);
      if (mon === "2021-02-01") plan = ["专栏发布1月份建设进度", "春节前安全检查"];
      if (mon === "2021-02-08") items.push("春节假期（2月11日—17日）");
      rows.push([`第${wk}周`, range, items.map((t, i) => `${i + 1}．${t}`).join("\n"), [...new Set(plan)].map((t, i) => `${i + 1}．${t}`).join("\n"), wk % 2 ? "梁××" : "李××", "已阅"]);
    }
    full("股长：李××");
    sheets.push(sheet("周工作台账", rows, merges));
  }

  // ---------------------------------------------------------------- 舆情监测汇总 (media)
  // [标题, 来源, 媒体类型, 级别, iso, time, 情感, 相似, 标签]
  const MS = [
    ["化州市举办农村电商普及培训", "化州市融媒体中心", "电视", "区县级", "2020-09-25", "19:40:12", "正面", 2, null],
    ["化州：橘红飘香网上俏", "南方日报", "报刊", "省级", "2021-01-20", "06:30:00", "正面", 15, null],
    ["化州网购节销售化橘红超千万元", "化州发布", "微信", "区县级", "2021-02-06", "18:02:45", "正面", 4, null],
    ["网友吐槽某快递网点派件慢", "微博网友", "微博", "其他", "2021-03-30", "22:14:09", "负面", 1, null],
    ["化州脱贫户直播卖橘红　小屏幕连起致富路", "广东广播电视台《广东新闻联播》", "电视", "省级", "2021-05-26", "19:15:36", "正面", 9, "电商扶贫典型案例"],
    ["化州市电商服务站打通农产品进城“最后一公里”", "化州市融媒体中心", "网站", "区县级", "2021-07-12", "10:22:18", "正面", 3, null],
    ["化州市推进电子商务进农村综合示范", "茂名日报", "报刊", "地市级", "2021-09-02", "07:00:00", "正面", 6, null],
    ["广东化州：电商赋能乡村振兴", "人民网", "网站", "央级", "2021-09-06", "15:48:27", "正面", 21, null],
  ];
  const LVM = { 央级: "national", 省级: "province", 地市级: "city", 区县级: "county" };
  const lvIn = new Set(MS.filter((m) => m[4] <= AS_OF && LVM[m[3]]).map((m) => LVM[m[3]]));
  assert(lvIn.size === 2 && lvIn.has("province") && lvIn.has("county"), "province + county by cut-off");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("化州市“电子商务进农村”相关舆情监测信息汇总");
    full("市委网信办舆情监测平台导出　　关键词：化州＋电商／电子商务／直播带货　　监测时段：2020-09-01至2021-09-30　　媒体级别按平台分类：央级、省级、地市级、区县级、其他（自媒体、网友）");
    rows.push(["序号", "标题", "来源", "媒体类型", "媒体级别", "发布时间", "情感倾向", "相似文章数", "标签", "处置情况"]);
    MS.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], `${m[4]} ${m[5]}`, m[6], m[7], m[8], m[6] === "负面" ? "已转快递企业核实回复" : "—"]));
    sheets.push(sheet("舆情监测汇总", rows, merges));
  }

  // ---------------------------------------------------------------- 自查问题整改台账 (facts)
  const ELIG = 12386, TRAINED = 5140, OLD_TRAINED = 6012;
  assert(TRAINED * 100 >= ELIG * 40 && TRAINED * 100 < ELIG * 50 && OLD_TRAINED * 100 < ELIG * 50 && Math.round((TRAINED / ELIG) * 1000) === 415, "41.5% → 8");
  assert(Math.round((35.9 / 28.6 - 1) * 1000) === 255 && Math.round((5.3 / 4.2 - 1) * 1000) === 262, "growth texts");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("化州市电子商务进农村综合示范县考评自查发现问题整改台账");
    full("化州市商务局　　自查时点：2021年8月31日（考评截止日）　　2021年9月6日更新　　“整改进展”写截至更新日的情况，整改后的情况以整改进展为准");
    rows.push(["序号", "对应指标", "自查情况", "发现问题", "整改措施", "责任单位", "整改时限", "整改进展", "是否完成"]);
    const X = [
      ["组织领导", "2019年10月成立示范创建工作领导小组（化府办〔2019〕58号），组长为分管副市长，成员单位为市商务局、财政局、农业农村局、交通运输局、邮政分公司", "组长层级不够；市扶贫办（现市乡村振兴局）未列入成员单位",
        "提请市政府调整领导小组", "市商务局", "2021年4月底", "2021年4月12日市政府办公室印发调整通知（化府办〔2021〕17号）：市长任组长，分管副市长任常务副组长，成员单位为市商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司", "已完成"],
      ["方案制定", "《化州市电子商务进农村综合示范县创建工作方案》2020年4月由市政府办公室正式印发（化府办〔2020〕9号）", "无", "—", "—", "—", "—", "—"],
      ["政策支持", "出台《化州市促进农村电子商务发展扶持办法》（化府〔2020〕31号），场地租金补贴、物流补贴已兑现", "无", "—", "—", "—", "—", "—"],
      ["项目管理", "制定《化州市电子商务进农村综合示范项目管理办法》，建立项目工作台账", "第一批站点验收记录不全", "补齐验收记录", "市商务局", "2021年7月", "2021年7月已补齐", "已完成"],
      ["县级中心", "市电子商务公共服务中心2020年12月18日投入运营；设培训室，免费开展电商基础培训；免费展示、销售化橘红、沙田柚等农特产品；组织“化州橘红”统一推广、指导企业品牌建设；提供金融对接、物流对接等增值服务",
        "产品摄影、美工设计服务按件收费", "与运营方签订补充协议，改为免费", "市商务局、运营方", "2021年6月", "2021年6月1日起对全市电商主体免费提供产品摄影、美工设计服务", "已完成"],
      ["电商产业园", "整合市创业孵化基地建成化州市电商产业园，2020年10月开园，由第三方运营；8月末在园企业19家（累计入驻22家，迁出3家），含平台型、销售型、电商运营商、物流企业等",
        "在园企业不足20家", "加大招商力度", "市商务局", "2021年9月", "9月16日引进化州市鑫鑫供应链管理有限公司，9月末在园20家", "已完成（9月）"],
      ["村级站点", `全市行政村349个（另有社区27个），省定贫困村38个；截至8月31日站点覆盖行政村${covIn.size}个，按200个基数计算覆盖率73%；已覆盖省定贫困村37个`,
        "1个省定贫困村站点8月底前未挂牌", "加快建设", "相关镇", "2021年9月", "9月8日已挂牌运营", "已完成（9月）"],
      ["农村产品上行", "形成《化州市农产品网络销售情况调研报告》；举办“化州橘红网购节”等促销活动；公开招标确定化州市橘乡电子商务运营有限公司为专业第三方运营服务商；全市行政村快递覆盖率100%（茂名市邮政管理局证明）；出台化橘红电商交易标准，溯源系统在建；2020年农村网络零售额35.9亿元（2019年28.6亿元，增长25.5%），农产品网络零售额5.3亿元（2019年4.2亿元，增长26.2%）",
        "网络零售额增速未达30%", "—", "—", "—", "历史数据，无法整改", "—"],
      ["电商培训", `常住人口119.6万人（第七次全国人口普查）；截至8月31日按签到表核定培训${thousands(T_IN)}人次`, "建档立卡贫困人口培训按人次统计，有重复", "按身份证号去重，按人数重新统计", "市商务局、市乡村振兴局", "2021年8月",
        `已更正：有劳动能力的建档立卡贫困人口（不含外出务工）${thousands(ELIG)}人，参训${thousands(TRAINED)}人（原报${thousands(OLD_TRAINED)}人次），培训率41.5%`, "已完成"],
      ["信息公开", "在市政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度", "未设征求意见或监督举报窗口；2021年2月专栏未更新", "增设监督举报窗口；建立每月更新制度", "市商务局", "2021年5月",
        "5月12日已在专栏增设监督举报电话和电子邮箱；每月10—20日发布上月进度", "已完成"],
      ["数据上报", "每月上旬向茂名市商务局报送上月工作月报，附电商扶贫统计表（脱贫户参训、带动增收情况）", "无", "—", "—", "—", "—", "—"],
      ["宣传推广", "2021年6月18日向茂名市商务局报送经验材料；南方日报、广东广播电视台、化州市融媒体中心有报道", "市级、中央媒体报道偏少", "加强与茂名日报、人民网等对接", "市商务局", "2021年9月",
        "9月2日茂名日报、9月6日人民网已刊发", "已完成（9月）"],
      ["资金管理", `省级下达专项资金500万元；制定《化州市省级电子商务进农村综合示范专项资金管理办法》，建立资金专用台账；截至8月31日支出${money2(F_IN / 10000)}万元，支出率72.5%`,
        "部分进度款拨付滞后", "加快拨付", "市商务局、市财政局", "2021年9月", "9月拨付45万元", "已完成"],
      ["一票否决", "未发生安全生产、质量事故及重大经济损失；项目总体进度82%；不存在弄虚作假", "无", "—", "—", "—", "—", "—"],
    ];
    X.forEach((x, i) => rows.push([i + 1].concat(x)));
    full("填表：市商务局电商股 梁××　　审核：李××");
    sheets.push(sheet("自查整改台账", rows, merges));
  }

  // ---------------------------------------------------------------- 自评得分横表 (claimed, judged parts)
  const JG = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3 };
  // [id, 指标, 分值, 自评, 说明]
  const IND = [
    ["org.leadership", "组织领导", 2, 2, "市长任组长，商务、财政、农业农村、乡村振兴等部门参与"],
    ["org.plan", "方案制定", 2, 2, "工作方案2020年4月市政府办印发，自评2分"],
    ["org.policy", "政策支持", 2, 2, "出台扶持办法并兑现，自评2分"],
    ["org.management", "项目管理", 4, 4, "项目管理制度2分＋工作台账2分"],
    ["work.center", "县级中心与产业园", 15, 15, "中心2020年12月18日运营，各项服务免费；产业园累计入驻22家"],
    ["work.coverage", "村级站点覆盖", 10, 10, "按200个基数，覆盖率73%，5分；省定贫困村38个均已建站，5分"],
    ["work.upward", "农村产品上行", 10, 7, "网销调研2＋促销活动2＋第三方运营1＋快递覆盖1＋交易标准冷链溯源1＋增速0（未达30%）"],
    ["work.training", "电商人才培训", 20, 18, `培训${thousands(T_DECL)}人次（承训单位申报），超过常住人口1%，10分；贫困人口培训率41.5%，8分`],
    ["info.disclosure", "信息公开", 4, 4, "专栏内容全面，按月更新"],
    ["info.reporting", "数据上报", 6, 6, "每月报送，含电商扶贫统计"],
    ["promo.cases", "案例总结", 2, 2, "6月18日报送经验材料"],
    ["promo.media", "经验推广", 8, 8, "人民网、南方日报、茂名日报、化州市融媒体中心均有报道"],
    ["fund.system", "制度建立", 5, 4, "资金管理办法已制定，考核问责待完善，自评4分"],
    ["fund.ledger", "资金台账", 5, 4, "建立资金专用台账，自评4分"],
    ["fund.spending", "资金支出", 5, 3, `截至8月31日支出${money2(F_IN / 10000)}万元，支出率72.5%；部分进度款拨付滞后，及时拨付自评3分`],
    ["bonus.poorTraining", "贫困人口培训率70%以上", 2, 0, "41.5%，未达70%"],
    ["bonus.tvCase", "电商扶贫案例电视播报", 2, 1, "广东广播电视台《广东新闻联播》播出（省级）"],
  ];
  const CLAIM = {};
  IND.forEach((x) => { CLAIM[x[0]] = x[3]; });
  const clSum = SCORED.reduce((a, id) => a + CLAIM[id], 0), clBonus = CLAIM["bonus.poorTraining"] + CLAIM["bonus.tvCase"];
  assert(clSum === 91 && clBonus === 1, "claims 91 + 1 got " + clSum);
  assert(sum(IND.map((x) => x[2])) === 104, "104");
  {
    const W = 19, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:S${R()}`); };
    full("化州市2019年省级电子商务进农村综合示范创建考评自评得分表（横表）");
    full("填报单位：化州市商务局（盖章）　　考评截止日期：2021年8月31日　　按茂名市商务局要求横排，一列一个指标，打印在一页A4纸上");
    const G = [["加强组织领导与统筹协调（10分）", 4], ["深入推动电子商务进农村工作（55分）", 4], ["加强信息公开及报送（10分）", 2], ["加强宣传推广（10分）", 2], ["加强财政资金管理（15分）", 3], ["加分项（4分）", 2]];
    const gr = ["工作任务"];
    let col = 1;
    G.forEach(([g, n]) => { gr.push(g); for (let i = 1; i < n; i++) gr.push(null); merges.push(`${colLetter(col)}3:${colLetter(col + n - 1)}3`); col += n; });
    gr.push("合计");
    rows.push(gr); merges.push("S3:S4");
    rows.push(["评价指标"].concat(IND.map((x) => x[1]), [null]));
    rows.push(["分值"].concat(IND.map((x) => x[2]), [104]));
    rows.push(["自评得分"].concat(IND.map((x) => x[3]), [`${clSum}＋${clBonus}＝${clSum + clBonus}`]));
    rows.push(["计分说明"].concat(IND.map((x) => x[4]), ["加分项另计"]));
    rows.push(["一票否决项", "未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；项目总体进度82%；无弄虚作假。"].concat(Array(17).fill(null))); merges.push(`B${R()}:S${R()}`);
    full("经办人：梁××　　股室负责人：李××　　局主要负责人：陈××　　2021年9月6日");
    sheets.push(sheet("自评得分横表", rows, merges));
  }
  sheets.unshift(sheet("封面", [["化州市电子商务进农村综合示范县考评资料"], [null], ["（2019年省级示范县　考评截止日期2021年8月31日）"], [null], ["一、自评得分横表"], ["二、自查整改台账"],
    ["三、村集体经济收入（市农业农村局，村（居）委会名单）"], ["四、站点星级评定（村级电商服务站点）"], ["五、培训服务费结算（培训人次）"], ["六、园区企业变动月报（电商产业园）"],
    ["七、专项资金明细账（省级专项资金支出）"], ["八、周工作台账（月报、专栏、经验材料）"], ["九、舆情监测汇总（媒体报道）"], [null], ["化州市商务局　2021年9月"]]));
  const ORDER = ["封面", "自评得分横表", "自查整改台账", "村集体经济收入", "站点星级评定", "培训服务费结算", "园区企业变动月报", "专项资金明细账", "周工作台账", "舆情监测汇总"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.every((s) => ORDER.includes(s.name)) && sheets.length === ORDER.length, "sheet order");

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 5 + 3,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 0,
    "work.training": 8 + 8,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": JG["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 81, "81 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 82, "82");
  write("counties/b136-c1-huazhou.json", {
    description:
      "茂名化州市商务局交的整本考评资料：封面＋《自评得分横表》＋《自查整改台账》＋7个别的用途的表，81分＋加分1＝82分，未否决（自评91＋1＝92）。《自评得分横表》是指标横排的自评表：第3行工作任务（横向合并），第4行一列一个评价指标，第5行分值、第6行自评得分、第7行计分说明，合计列“91＋1＝92”不是指标；主观分写在计分说明里（项目管理 制度2＋台账2；上行 调研2、促销2、标准冷链溯源1；资金 4、4、及时拨付3）。《自查整改台账》的事实要读整改后的状态：领导小组原为分管副市长，2021年4月已调整为市长任组长并增加乡村振兴局 → 2；摄影美工原按件收费，6月1日起免费 → 算；专栏5月12日已增设监督举报窗口 → 算；贫困人口参训读更正后的5,140人（原报6,012人次）/12,386人＝41.5% → 8；整改进展写“9月”的（第20家企业、贫困村站点、茂名日报、人民网）在截止日后，不改变8月31日的状态。《村集体经济收入》（市农业农村局）：类别“村委会”349个是行政村，“居委会”27个不算；省定相对贫困村“是”38个；没有快递列，快递看事实（100%）。《站点星级评定》是12月做的评定，9月以后新建的5个（含1个贫困村）“未参评”，不算；“不达标（摘牌）”的站点12月才摘牌，8月底在运营；3个社区站不算，同村第二站算一次；开业日期有真日期、“2020.5.12”、“2020年5月12日”、“2020/5/12”、两位年份（如“20.6.14”）和只到月的（如“2020年4月”） → 覆盖行政村146个，行政村349个超过200按200计 → 73% → 5（按349算只有41.8%）；贫困村37/38 → 3。《培训服务费结算》读“核定人次”不读“申报人次”，日期读培训日期的止日（“2021.8.30-9.1”在截止日后）：4,620人次/500,000＝0.924% → 8（申报5,050人次会误得10）。《园区企业变动月报》是事件表：入驻、迁出、更名各一行，更名（信用代码不变）不是新企业，8月末在园19家 → 0分（9月16日第20家）。《专项资金明细账》是用友账页：年份只在页头“2020年”“2021年”，月、日分两列；本月合计、本年累计、结转本年行政支出、结转下年不是支出；3月17日红字冲销－86,000元抵掉3月15日那笔；两页都要算：截至8月31日1,286,000＋2,340,400＝3,626,400元/500万＝72.5% ≥ 70% → 及时拨付自评3（只算2021年页是46.8%）。《周工作台账》一周一行，“本周完成工作”里的“9月4日”等要配上“起止日期”的年份，“下周工作计划”不是做了的事：月报12个月都报（附电商扶贫统计表）→ 3＋3；专栏2021年2月没有发布（1月稿顺延到3月合并发布）→ 11个月 → 不定时1；6月18日向茂名市商务局报送经验材料 → 2。《舆情监测汇总》按“媒体级别”列：截止日前只有省级（南方日报、广东广播电视台）和区县级 → 4＋1＝5；茂名日报9月2日、人民网9月6日不算；“其他”是微博网友；广东新闻联播的电商扶贫典型案例是省级电视 → 加分1。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 自查整改台账：2021年4月12日调整后市长任组长，成员单位有商务、财政、农业农村、乡村振兴 → 主要领导且四部门齐全 → 2（调整前的分管副市长是旧情况）",
      "org.plan: 工作方案2020年4月正式印发；横表计分说明自评2 → 2",
      "org.policy: 扶持办法已出台并兑现；自评2 → 2",
      "org.management: 计分说明：项目管理制度2＋工作台账2 → 4",
      "work.center: 中心2020-12-18投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示销售 1；摄影美工2021年6月1日起免费（整改已完成）1；统一推广品牌 1；金融、物流对接等增值服务 1；产业园已建（变动月报有企业）2；变动月报：入驻23家，截至8月31日入驻22家，迁出3家（香蕉合作社2.25、丽岗米业6.17、笪桥番薯8.12），更名的橘红堂不是新企业 → 在园19家 < 20 → 0；类型 电商运营商、平台型、销售型、物流企业、直播电商、电商服务 ≥ 3 → 1；合计 13（自评15）",
      `work.coverage: 村集体经济收入表村委会349个（居委会27个不算），省定相对贫困村38个；星级评定表挂牌运营时间 ≤ 2021-08-31 的站点覆盖行政村${covIn.size}个（8月31日挂牌的算；摘牌的12月才摘牌也算；同村第二站算一次；3个社区站不算；9月—11月新建5个不算）；基数min(349,200)=200，146/200 = 73% ≥ 70% → 5；贫困村37/38 = 97.4%，80%–100% → 3；合计 8（自评10）`,
      "work.upward: 网销调研2；网络促销2；第三方运营服务商（公开招标）1；村名单无快递列，事实“行政村快递覆盖率100%” → 1；交易标准与冷链溯源1；农村网零35.9/28.6亿元 = +25.5%，农产品网零5.3/4.2亿元 = +26.2%，都 < 30% → 0；合计 7",
      `work.training: 结算明细按培训日期止日 ≤ 2021-08-31 的核定人次合计 ${thousands(T_IN)}（第12期核定0；第20期8.30—9.1、第21期9.15不算）；常住人口119.6万 > 50万，基数500,000；4,620/500,000 = 0.924% → 8（申报人次5,050会是1.01%）。无贫困人口名单，读整改后的事实：有劳动能力（不含外出务工）12,386人，参训5,140人 = 41.5%，40%–50% → 8；合计 16（自评18）`,
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，5月12日增设监督举报电话和邮箱（截止日前已整改）→ 2；周工作台账专栏发布：2020年9月—2021年1月、2021年3月—8月共11个月，2021年2月未发布 → 不定时 1；合计 3（自评4）",
      "info.reporting: 周工作台账：2020年9月4日至2021年8月5日每月都向茂名市商务局报送月报（2020-09…2021-08共12个月）→ 3；月报附电商扶贫统计表 → 3；合计 6",
      "promo.cases: 2021-06-18 向茂名市商务局报送经验材料《一片橘红带富一方百姓》→ 2",
      "promo.media: 舆情监测汇总按“媒体级别”、发布时间 ≤ 2021-08-31：省级（南方日报2021-01-20、广东广播电视台2021-05-26）→ 4；区县级（化州市融媒体中心、化州发布）→ 1；茂名日报（地市级）2021-09-02、人民网（央级）2021-09-06在截止日后；微博网友为“其他” → 合计 5（自评8）",
      "fund.system: 资金管理办法已制定；自评4 → 4",
      "fund.ledger: 资金专用台账；自评4 → 4",
      `fund.spending: 明细账借方发生额（不含本月合计、本年累计、结转）截至2021-08-31：2020年1,286,000元＋2021年${thousands(F_2021)}元（3月15日86,000元已被3月17日红字−86,000元冲销，更正为68,000元）= ${thousands(F_IN)}元；下达5,000,000元；72.5% ≥ 70% → 及时拨付自评 3（9月14日、28日两笔不算）`,
      "bonus.poorTraining: 5,140/12,386 = 41.5% < 70% → 0",
      "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-05-26播出电商扶贫典型案例（省级电视，无国家级）→ 1",
      "veto.incident: 自查整改台账和横表：未发生安全生产、质量事故及重大损失 → 0，不否决",
      "veto.progress: 项目总体进度82% ≥ 40% → 0，不否决",
      "veto.fraud: 不存在弄虚作假 → 0，不否决",
      `total: 2+2+2+4+13+8+7+16+3+6+2+5+4+4+3 = ${sc}，加分0+1 = ${bonus}，合计${total}；自评${clSum}＋${clBonus} = ${clSum + clBonus}`,
    ],
  });
})();

// =====================================================================================
// facts/b136-f1-taishan: 江门台山市 — 融媒体中心做的长图《数读台山电商进农村》排进Excel：大数字一格、说明文字在它下面一格（数在上、说明在下），
// 三列磁贴；“中心五项服务”一格一个✔；领导小组是一条横幅文字；“直播助农观看2.1万人次”不是培训；截止日期在页脚
// =====================================================================================
(function f1() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const band = (t) => { rows.push([null, t, null, null, null, null, null]); merges.push(`B${R()}:F${R()}`); };
  const tiles = (list) => {
    const v = [null], c = [null];
    list.forEach((t, i) => { v.push(t[0]); c.push(t[1]); if (i < list.length - 1) { v.push(null); c.push(null); } });
    while (v.length < W) { v.push(null); c.push(null); }
    rows.push(v); rows.push(c); rows.push(Array(W).fill(null));
  };
  rows.push(["数读台山｜省级电子商务进农村综合示范创建成效", null, null, null, null, null, null]); merges.push("A1:G1");
  rows.push(["台山市商务局　台山市融媒体中心　联合出品", null, null, null, null, null, null]); merges.push("A2:G2");
  rows.push(Array(W).fill(null));
  band("一、家底");
  tiles([["90.7万", "常住人口（第七次全国人口普查）"], ["298个", "行政村（另有社区29个）"], ["16个", "省定贫困村"]]);
  band("二、高位推动");
  band("市长任领导小组组长｜市商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司8个部门协同推进");
  tiles([["2020年3月", "《台山市电子商务进农村综合示范创建工作方案》正式印发"], ["8条", "《台山市扶持农村电子商务发展若干措施》（台府办〔2020〕22号）出台"], ["12期", "每月向江门市商务局报送工作月报（含电商扶贫统计）"]]);
  band("三、服务体系");
  tiles([["2020.11.6", "市电子商务公共服务中心投入运营"], ["1个", "电商产业园（入驻企业23家）"], ["100%", "行政村快递覆盖率"]]);
  band("中心服务");
  rows.push([null, "✔ 免费电商培训", "✔ 免费展示展销", "✔ 免费摄影美工", "✔ 农产品统一推广和品牌指导", "✔ 金融、物流对接等增值服务", null]);
  rows.push(Array(W).fill(null));
  tiles([["1家", "专业第三方运营服务商（台山市侨乡电子商务运营有限公司）"], ["2.1万人次", "“侨乡好物”直播助农活动观看"], ["62个", "侨乡特色农产品上线销售"]]);
  band("四、上行与培训");
  tiles([["16.4亿元", "2019年农村网络零售额"], ["21.6亿元", "2020年农村网络零售额"], ["+31.7%", "2020年农村网络零售额同比增长"]]);
  tiles([["5,236人次", "电商培训"], ["3,520人", "有劳动能力的建档立卡贫困人口（不含外出务工）"], ["1,874人", "其中参加电商培训（培训率53.2%）"]]);
  band("五、公开与资金");
  tiles([["500万元", "省级专项资金下达"], ["381.6万元", "已拨付（支出率76.3%）"], ["85%", "项目总体进度"]]);
  band("政府网站专栏公开");
  rows.push([null, "✔ 创建方案", "✔ 项目基本信息", "✔ 建设进度", "✔ 监督举报窗口", null, null]);
  rows.push(Array(W).fill(null));
  rows.push(["数据截至2021年8月31日（考评截止日）｜数据来源：台山市商务局｜设计：台山市融媒体中心", null, null, null, null, null, null]); merges.push(`A${R()}:G${R()}`);
  assert(Math.round((21.6 / 16.4 - 1) * 1000) === 317 && Math.round((1874 / 3520) * 1000) === 532 && Math.round((381.6 / 500) * 1000) === 763, "tile texts");
  write("facts/b136-f1-taishan.json", {
    description:
      "江门台山市商务局交来当基本情况表的，是融媒体中心做的长图《数读台山｜省级电子商务进农村综合示范创建成效》排进Excel的样子：分节标题一行（B:F合并），下面是三列磁贴，每个磁贴大数字在上一格、说明文字在正下方一格（数在上、标签在下，和常见的“标签在上”相反），磁贴之间隔一列空列。读法：county 台山市（标题）；asOf 2021-08-31（页脚“数据截至2021年8月31日（考评截止日）”）；“90.7万｜常住人口” → 907,000；“298个｜行政村（另有社区29个）” → 298；“16个｜省定贫困村”；领导小组是一条横幅文字：市长任组长，商务、财政、农业农村、乡村振兴等8个部门 → principal-all；“2020年3月｜工作方案正式印发” → planIssued；“8条｜扶持措施出台” → policyIssued；“12期｜每月报送月报（含电商扶贫统计）” → povertyStatisticsStated；“2020.11.6｜中心投入运营” → 2020-11-06；“1个｜电商产业园” → parkBuilt（23家不是键）；“100%｜行政村快递覆盖率” → true；“中心服务”一行五格✔：免费培训、免费展示、免费摄影美工、统一推广和品牌指导、增值服务 → 五项都是；第三方运营服务商1家 → true；“2.1万人次｜直播助农活动观看”和“62个｜农产品上线”不是键，不是培训人次；农村网零2019年16.4亿元、2020年21.6亿元、+31.7%；培训5,236人次；有劳动能力不含外出务工3,520人、参训1,874人；下达500万元、已拨付381.6万元、总体进度85%；专栏公开四格：创建方案、项目基本信息、建设进度、监督举报窗口 → 四项都是。没有主观分。",
    sheets: [sheet("数读台山", rows, merges)],
    expect: {
      facts: {
        county: "台山市", asOf: "2021-08-31", residentPopulation: 907000, adminVillagesStated: 298, poorVillagesStated: 16, planIssued: true, policyIssued: true,
        povertyStatisticsStated: true, centerOpened: "2020-11-06", parkBuilt: true, expressCoverage: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, thirdPartyOperator: true, ruralRetail2019: yi("16.4"), ruralRetail2020: yi("21.6"), ruralRetailGrowthStated: 0.317,
        trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 3520, trainedPoorPersonsStated: 1874, fundAllocated: 5000000, fundSpentStated: wan("381.6"),
        overallProgress: 0.85, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b136-f2-sihui: 肇庆四会市 — 市商务局《政府信息公开申请答复书》：群众依申请公开“截至2021年8月31日”的专项资金和项目进度，
// 答复书一段一行，中间夹一张项目资金表；“截至9月20日累计拨付427.7万元”和“市级配套100万元”是陷阱；没有领导、没有分数
// =====================================================================================
(function f2() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const para = (t) => { rows.push([t, null, null, null, null, null, null]); merges.push(`A${R()}:G${R()}`); };
  para("四会市商务局政府信息公开申请答复书");
  para("四商务依申复〔2021〕9号");
  para("张××：");
  para("本机关于2021年9月13日收到您通过四会市人民政府门户网站依申请公开系统提交的政府信息公开申请，申请公开“四会市省级电子商务进农村综合示范专项资金的下达、拨付情况和项目建设进度（截至2021年8月31日考评截止日）”。经审查，现答复如下：");
  para("一、省财政厅、省商务厅下达我市2019年省级电子商务进农村综合示范专项资金500万元。截至2021年8月31日，已拨付资金415.3万元，资金支出率83.1%；项目总体进度90%。各项目资金安排和拨付情况如下表：");
  rows.push(["序号", "项目名称", "承建单位", "安排资金（万元）", "截至8月31日已拨付（万元）", "建设进度", "备注"]);
  const PJ = [
    ["市电子商务公共服务中心建设及运营", "四会市玉都电子商务运营有限公司", 140, 126, "已建成，2020年9月28日投入运营", null],
    ["村级电商服务站点建设", "中国邮政集团有限公司四会市分公司", 110, 93.5, "已建成站点102个", null],
    ["农村物流配送体系建设", "四会市通达物流有限公司", 100, 85, "已完成县级分拨中心建设", null],
    ["电商人才培训", "肇庆市鼎湖职业培训学校", 60, 48.8, "已完成年度培训计划的88%", null],
    ["农产品品牌培育和营销推广", "四会市砂糖桔文化传播有限公司", 50, 38, "已完成", "尾款待验收后支付"],
    ["农产品质量追溯体系建设", "肇庆市溯源信息科技有限公司", 40, 24, "系统调试中", null],
  ];
  const tA = sum(PJ.map((p) => p[2])), tP = Math.round(sum(PJ.map((p) => p[3])) * 10) / 10;
  assert(tA === 500 && tP === 415.3 && Math.round((tP / tA) * 1000) === 831, "500 / 415.3 / 83.1%");
  PJ.forEach((p, i) => rows.push([i + 1, p[0], p[1], p[2], p[3], p[4], p[5]]));
  rows.push(["合计", null, null, tA, tP, null, null]); merges.push(`A${R()}:C${R()}`);
  para("另：2021年9月1日至20日又拨付12.4万元，截至2021年9月20日累计拨付427.7万元。市财政另安排配套资金100万元，不属省级专项资金，未列入上表。");
  assert(Math.round((tP + 12.4) * 10) === 4277, "427.7");
  para("二、我局制定了《四会市省级电子商务进农村综合示范专项资金管理办法》（四商务〔2020〕12号），各项目承建单位均设立了资金专用台账，资金按合同约定和验收结果拨付。");
  para("三、《四会市电子商务进农村综合示范县创建工作方案》（四府办〔2020〕5号）已于2020年4月印发，并在市政府门户网站“电子商务进农村综合示范”专栏公开。专栏同时公开上表各项目的基本信息和每月建设进度，并设有监督举报电话（0758-3××××××）和电子邮箱，您可登录查阅。");
  para("四、您申请中“各村级站点每月营业额”不属于本机关在履行行政管理职能过程中制作或者获取的政府信息，根据《中华人民共和国政府信息公开条例》第三十六条第（四）项，告知您本机关不掌握该信息。");
  para("如对本答复不服，可以自收到本答复之日起60日内向四会市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。");
  rows.push([null, null, null, null, "四会市商务局（印章）", null, null]); merges.push(`E${R()}:G${R()}`);
  rows.push([null, null, null, null, "2021年9月24日", null, null]); merges.push(`E${R()}:G${R()}`);
  para("（联系人：商务局办公室　联系电话：0758-3××××××）");
  write("facts/b136-f2-sihui.json", {
    description:
      "肇庆四会市商务局交来的《政府信息公开申请答复书》（四商务依申复〔2021〕9号）：群众依申请公开专项资金和项目进度，答复书一段一行（A:G合并），第一段后面夹一张项目资金表（序号｜项目名称｜承建单位｜安排资金（万元）｜截至8月31日已拨付（万元）｜建设进度｜备注，合计行500／415.3），最后是复议告知、印章和日期。读法：county 四会市（标题、落款）；asOf 2021-08-31（申请内容“截至2021年8月31日考评截止日”）；下达500万元 → fundAllocated 5,000,000（“市财政另安排配套资金100万元，不属省级专项资金”不加）；已拨付读截至8月31日的415.3万元 → 4,153,000，不读“截至9月20日累计拨付427.7万元”；总体进度90% → 0.9；项目表里中心“2020年9月28日投入运营” → centerOpened；二段：资金管理办法已制定 → fundSystemIssued，承建单位设资金专用台账 → fundLedgerKept；三段：工作方案四府办〔2020〕5号已印发 → planIssued，专栏公开创建方案、项目基本信息、每月建设进度，设监督举报电话和邮箱 → 四项都是。“已建成站点102个”“培训完成88%”不是键；第四段告知不掌握的营业额不是事实。答复书里没有领导（没有leadership），没有主观分。",
    sheets: [sheet("答复书", rows, merges)],
    expect: {
      facts: {
        county: "四会市", asOf: "2021-08-31", fundAllocated: 5000000, fundSpentStated: wan("415.3"), overallProgress: 0.9, centerOpened: "2020-09-28",
        fundSystemIssued: true, fundLedgerKept: true, planIssued: true, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b136-f3-dianbai: 茂名电白区 — 区商务局迎检《“应知应会”测试题（含参考答案）》：填空题的空在题干里、答案在“参考答案”列，
// 单选／多选题的答案是字母，要回到选项列读文字；判断题√／×；数据口径在抬头
// =====================================================================================
(function f3() {
  const W = 9, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
  full("茂名市电白区电子商务进农村综合示范创建考评迎检“应知应会”测试题（含参考答案）");
  full("区商务局　2021年9月　　供区直有关单位、各镇街电商专干学习测试用；数据口径：截至2021年8月31日考评截止日；答案以“参考答案”列为准");
  rows.push(["题号", "题型", "题目", "选项A", "选项B", "选项C", "选项D", "参考答案", "出处"]);
  // [题型, 题目, A, B, C, D, 答案, 出处]
  const Q = [
    ["单选题", "省级示范创建考评的截止日期是（　）。", "2021年6月30日", "2021年8月31日", "2021年9月30日", "2021年12月31日", "B", "省商务厅考评通知"],
    ["单选题", "我区常住人口约（　）万人（第七次全国人口普查）。", "116.8", "134.6", "150.2", "50", "B", "区统计局"],
    ["填空题", "我区共有行政村（　）个，其中省定贫困村（　）个。", null, null, null, null, "384；42", "区民政局、区乡村振兴局"],
    ["单选题", "我区示范创建工作领导小组组长是（　）。", "区委书记", "区长", "常务副区长", "分管副区长", "B", "茂电府办〔2020〕14号"],
    ["多选题", "领导小组成员单位包括（　）。", "区商务局", "区财政局", "区农业农村局", "区乡村振兴局", "ABCD", "茂电府办〔2020〕14号"],
    ["填空题", "区电子商务公共服务中心于（　）正式投入运营。", null, null, null, null, "2020年11月16日", "中心运营协议"],
    ["多选题", "区电子商务公共服务中心免费为市场主体提供的服务有（　）。", "电商基础培训", "农特产品展示展销", "产品摄影、美工设计", "代发快递", "ABC", "中心服务清单"],
    ["填空题", "区电子商务公共服务中心由专业第三方（　）运营。", null, null, null, null, "茂名市电白区海丝电子商务有限公司", "运营服务合同"],
    ["判断题", "我区行政村物流快递覆盖率已达到100%。（　）", null, null, null, null, "√", "茂名市邮政管理局证明"],
    ["单选题", "2019年全区农村网络零售额约（　）亿元。", "21.6", "26.0", "31.8", "35.2", "B", "省商务厅统计数据"],
    ["填空题", "2020年全区农村网络零售额（　）亿元，同比增长（　）%。", null, null, null, null, "31.8；22.3", "省商务厅统计数据"],
    ["判断题", "我区2020年农村网络零售额同比增速达到30%及以上。（　）", null, null, null, null, "×", "省商务厅统计数据"],
    ["填空题", "截至考评截止日，全区累计开展电商培训（　）人次。", null, null, null, null, "6,215", "培训台账"],
    ["单选题", "建档立卡贫困人口培训率按（　）计算。", "人次", "人数，不含外出务工人员", "人数，含外出务工人员", "户数", "B", "考评指标体系"],
    ["填空题", "有劳动能力的建档立卡贫困人口（不含外出务工）（　）人，已参加电商培训（　）人。", null, null, null, null, "9,870；5,312", "区乡村振兴局确认"],
    ["多选题", "区政府网站“电子商务进农村综合示范”专栏公开的内容有（　）。", "示范创建方案", "项目基本信息", "项目建设进度", "征求意见或监督举报窗口", "ABCD", "区政府网站"],
    ["填空题", "省级专项资金下达（　）万元，截至考评截止日已拨付（　）万元。", null, null, null, null, "500；398.2", "资金台账"],
    ["判断题", "我区已制定省级专项资金管理办法。（　）", null, null, null, null, "√", "茂电商务〔2020〕8号"],
    ["填空题", "项目总体进度为（　）%。", null, null, null, null, "88", "项目进度表"],
    ["判断题", "考评期内，我区示范项目未发生安全生产、质量事故。（　）", null, null, null, null, "√", "区应急管理局"],
  ];
  Q.forEach((q, i) => rows.push([i + 1].concat(q)));
  full("评分：每题5分，共100分；多选题少选、错选不得分。");
  assert(Math.round((31.8 / 26.0 - 1) * 1000) === 223 && Q.length === 20, "22.3%");
  write("facts/b136-f3-dianbai.json", {
    description:
      "茂名电白区商务局交来当事实表的，是迎检用的《“应知应会”测试题（含参考答案）》：列 题号｜题型｜题目｜选项A—D｜参考答案｜出处，抬头写“数据口径：截至2021年8月31日考评截止日；答案以‘参考答案’列为准”。读法：填空题的空“（　）”在题干里，答案在参考答案列，两个空用“；”分开（“384；42” → 行政村384、省定贫困村42；“31.8；22.3” → 2020年农村网零31.8亿元、增长22.3%；“9,870；5,312” → 有劳动能力不含外出务工9,870人、参训5,312人；“500；398.2” → 下达500万元、拨付398.2万元）；单选、多选题的答案是字母，要回到选项列读文字：截止日期B → 2021-08-31，常住人口B → 134.6万 → 1,346,000（A、C、D是干扰项），组长B区长，成员单位ABCD商务、财政、农业农村、乡村振兴 → principal-all，2019年农村网零B → 26.0亿元，中心免费服务ABC → 培训、展示、摄影美工三项是（D代发快递不是考评项，没选也不说明什么），专栏内容ABCD → 四项都是；“培训率按（　）计算”是口径题，不是事实。判断题√／×：快递覆盖100% √ → true；资金管理办法已制定 √；未发生安全生产、质量事故 √ → vetoIncident false；“增速达到30%及以上” × 和填空的22.3%一致，不是另一个键。中心2020年11月16日投入运营；第三方运营公司 → thirdPartyOperator；培训6,215人次；总体进度88% → 0.88。county 电白区（标题“茂名市电白区”）。没有主观分。",
    sheets: [sheet("应知应会测试题", rows, merges)],
    expect: {
      facts: {
        county: "电白区", asOf: "2021-08-31", residentPopulation: 1346000, adminVillagesStated: 384, poorVillagesStated: 42, centerOpened: "2020-11-16",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: yi("26.0"), ruralRetail2020: yi("31.8"),
        ruralRetailGrowthStated: 0.223, trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 9870, trainedPoorPersonsStated: 5312, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, fundAllocated: 5000000, fundSpentStated: wan("398.2"), fundSystemIssued: true,
        overallProgress: 0.88, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b136-l1-yangchun: 阳江阳春市 — ①市工信局《行政村（社区）光纤宽带和4G网络覆盖情况表》当村名单（没有快递列）；②全国防返贫监测信息系统
// 导出的脱贫人口信息（劳动技能五档、务工状况／务工区域，户编号、人编号不是身份证号）；③运营方《电商培训学员跟踪回访表》当培训台账
// （读培训日期，不读回访日期；第三期身份证号脱敏）；④《参训统计》是透视汇总，不是台账
// =====================================================================================
(function l1() {
  const AREA = "441781";
  const sheets = [], expect = {}, USED = new Set();
  // ---------------------------------------------------------------- ① 光纤4G覆盖情况 (villages)
  // [name as written, 类型, poor, 自然村, 光纤, 4G, 端口, 运营商, note]
  const TV = [
    ["春湾镇", [["春湾社区", "社区", null, 0, "√", "√", 1200, "电信、移动、联通", null], ["自由村", "行政村", false, 14, "√", "√", 260, "电信、移动", null],
      ["中和村委会", "行政村", false, 11, "√", "√", 220, "电信", null], ["横岗村", "行政村", false, 17, "√", "√", 240, "移动", null], ["大龙村", "行政村", true, 19, "√", "√", 180, "电信", "省定贫困村（已出列）"],
      ["石录村", "行政村", false, 12, "√", "√", 200, "电信、移动", null], ["龙塘村委会", "行政村", false, 9, "√", "√", 160, "移动", null], ["芦田村", "行政村", true, 21, "√", "√", 150, "电信", "省定贫困村（已出列）"]]],
    ["合水镇", [["合水社区", "社区", null, 0, "√", "√", 900, "电信、移动、联通", null], ["大洞村", "行政村", false, 15, "√", "√", 210, "电信", null],
      ["平地村", "行政村", true, 23, "√", "√", 140, "移动", "省定贫困村（已出列）"], ["马岗村", "行政村", false, 13, "√", "√", 190, "电信、移动", null], ["黄湾村", "行政村", false, 10, "√", "√", 170, "电信", null],
      ["罗锅村", "行政村", true, 18, "√", "×", 120, "电信", "省定贫困村（已出列）；4G信号弱，基站2021年10月建成"], ["那旦村委会", "行政村", false, 16, "√", "√", 200, "移动", null]]],
    ["八甲镇", [["八甲社区", "社区", null, 0, "√", "√", 800, "电信、移动", null], ["八甲村委会", "行政村", false, 12, "√", "√", 230, "电信", "与八甲社区为两个单位"],
      ["大垌村", "行政村", false, 14, "√", "√", 190, "移动", null], ["新安村", "行政村", true, 20, "√", "√", 160, "电信", "省定贫困村（已出列）"], ["塘面村", "行政村", false, 11, "√", "√", 170, "电信、移动", null],
      ["仙家垌村", "行政村", true, 25, "√", "×", 110, "电信", "省定贫困村（已出列）；山区，4G覆盖率60%"], ["龙门村", "行政村", false, 13, "√", "√", 180, "移动", null]]],
  ];
  const recsV = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("阳春市行政村（社区）光纤宽带和4G网络覆盖情况表");
    full("阳春市工业和信息化局　　2021年6月　　（春湾镇、合水镇、八甲镇）　　“类型”填行政村或社区；“是否省定贫困村”只填行政村（是／否），社区填“/”；√为已覆盖，×为未覆盖");
    rows.push(["序号", "镇", "行政村（社区）", "类型", "是否省定贫困村", "自然村（个）", "光纤到村", "4G网络覆盖", "宽带端口（个）", "接入运营商", "备注"]);
    let no = 0;
    TV.forEach(([town, list]) => {
      const s = R() + 1;
      list.forEach((v, k) => {
        no++;
        rows.push([no, k === 0 ? town : null, v[0], v[1], v[1] === "社区" ? "/" : v[2] ? "是" : "否", v[1] === "社区" ? "—" : v[3], v[4], v[5], v[6], v[7], v[8]]);
        recsV.push({ name: v[0], admin: v[1] === "行政村", poor: v[2] });
      });
      merges.push(`B${s}:B${R()}`);
      const adm = list.filter((v) => v[1] === "行政村");
      rows.push([null, `${town}小计`, `行政村${adm.length}个（省定贫困村${adm.filter((v) => v[2]).length}个）、社区${list.length - adm.length}个`, null, null, sum(adm.map((v) => v[3])), null, null, sum(list.map((v) => v[6])), null, null]);
      merges.push(`C${R()}:E${R()}`);
    });
    full("填表：市工信局信息化股　　数据来源：中国电信、中国移动、中国联通阳春分公司，中国铁塔阳江分公司");
    assert(recsV.length === 22 && recsV.filter((r) => r.admin).length === 19 && recsV.filter((r) => r.poor).length === 6, "22 rows, 19 villages, 6 poor");
    sheets.push(sheet("光纤4G覆盖情况", rows, merges));
    expect["光纤4G覆盖情况"] = { kind: "villages", records: recsV };
  }

  // ---------------------------------------------------------------- ② 防返贫监测系统导出 (poorPersons)
  // [村, hh, 关系, sex, birth, 在校, 健康, 技能, 务工状况, 区域, 月]
  const P = [
    ["大龙村", 1, "户主", "男", "19680412", null, "健康", "普通劳动力", "务工", "乡（镇）内", 10],
    ["大龙村", 1, "配偶", "女", "19700916", null, "长期慢性病", "弱劳动力或半劳动力", "未务工", null, null],
    ["大龙村", 1, "之子", "男", "19950203", null, "健康", "技能劳动力", "务工", "省外", 11],
    ["大龙村", 1, "之孙女", "女", "20130708", "小学", "健康", "无劳动力", "未务工", null, null],
    ["大龙村", 2, "户主", "男", "19550520", null, "残疾", "丧失劳动力", "未务工", null, null],
    ["大龙村", 2, "之女", "女", "19860127", null, "健康", "普通劳动力", "务工", "县外省内", 9],
    ["芦田村", 3, "户主", "女", "19750311", null, "健康", "普通劳动力", "务工", "乡（镇）外县内", 8],
    ["芦田村", 3, "之子", "男", "20040619", "高中", "健康", "无劳动力", "未务工", null, null],
    ["芦田村", 4, "户主", "男", "19820830", null, "健康", "普通劳动力", "未务工", null, null],
    ["芦田村", 4, "配偶", "女", "19841105", null, "健康", "普通劳动力", "务工", "乡（镇）内", 6],
    ["芦田村", 4, "之父", "男", "19510224", null, "长期慢性病", "无劳动力", "未务工", null, null],
    ["横岗村", 5, "户主", "男", "19730918", null, "健康", "技能劳动力", "务工", "县外省内", 12],
    ["横岗村", 5, "配偶", "女", "19760402", null, "健康", "普通劳动力", "务工", "乡（镇）外县内", 10],
    ["横岗村", 5, "之女", "女", "19990715", null, "健康", "普通劳动力", null, null, null],
    ["石录村", 6, "户主", "男", "19640628", null, "健康", "弱劳动力或半劳动力", "务工", "乡（镇）内", 5],
    ["石录村", 6, "之子", "男", "19900110", null, "健康", "普通劳动力", "务工", "省外", 12],
  ];
  const SKILL = { 技能劳动力: true, 普通劳动力: true, 弱劳动力或半劳动力: true, 丧失劳动力: false, 无劳动力: false };
  const EXPORT = "2021-07-15";
  const PER = P.map((p, i) => ({ p, name: nameOf(i + 60, p[3], USED), id: makeIdSex(AREA, p[4], 300 + i * 29, i === 9, p[3]), labour: SKILL[p[7]],
    migrant: p[8] === null ? null : p[8] === "务工" ? p[9] === "县外省内" || p[9] === "省外" : false }));
  // same surname within a household
  const HHN = {};
  PER.forEach((x) => { const h = x.p[1]; if (x.p[2] === "户主") HHN[h] = x.name[0]; });
  PER.forEach((x) => { const s = HHN[x.p[1]]; if (x.p[2] !== "配偶" && x.p[2] !== "户主" && x.name[0] !== s) { USED.delete(x.name); let n = s + x.name.slice(1); let k = 0; while (USED.has(n)) n = s + (x.p[3] === "女" ? GIV_F : GIV_M)[k++]; USED.add(n); x.name = n; } });
  const elig = PER.filter((x) => x.labour && x.migrant === false);
  assert(PER[9].id.endsWith("X") && elig.length === 7 && PER.filter((x) => x.migrant === null).length === 1 && PER.filter((x) => x.migrant).length === 4, "7 eligible, 1 unknown, 4 migrants got " + elig.length);
  {
    const W = 16, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:P${R()}`); };
    full("全国防返贫监测信息系统　脱贫人口信息（导出）");
    full(`查询条件：广东省／阳江市／阳春市／春湾镇；人员类型：脱贫人口　　导出时间：${fmtDT(EXPORT, 10, 22, 31)}　　导出用户：春湾镇乡村振兴办_李××`);
    full("镇乡村振兴办加注：劳动技能为“技能劳动力”“普通劳动力”“弱劳动力或半劳动力”的属有劳动能力，“丧失劳动力”“无劳动力”的不属；务工区域为“县外省内”“省外”的属外出务工，“乡（镇）内”“乡（镇）外县内”务工和未务工的不属；务工状况空白为未采集。户编号、人编号为系统编号，不是身份证号");
    rows.push(["序号", "乡（镇）", "行政村", "户编号", "人编号", "姓名", "证件号码", "与户主关系", "性别", "年龄", "在校生状况", "健康状况", "劳动技能", "务工状况", "务工区域", "务工时间（月）"]);
    PER.forEach((x, i) => {
      const p = x.p;
      const hh = `44178110300${String(1200 + p[1] * 37).padStart(4, "0")}`;
      rows.push([i + 1, "春湾镇", p[0], hh, hh + String(PER.slice(0, i + 1).filter((y) => y.p[1] === p[1]).length).padStart(2, "0"), x.name, x.id, p[2], p[3], ageOn(p[4], EXPORT),
        p[5] ? `在校生（${p[5]}）` : "非在校生", p[6], p[7], p[8], p[9], p[10]]);
    });
    sheets.push(sheet("防返贫监测导出", rows, merges));
    expect["防返贫监测导出"] = { kind: "poorPersons", records: PER.map((x) => ({ id: x.id, labour: x.labour, migrant: x.migrant })) };
  }

  // ---------------------------------------------------------------- ③ 学员跟踪回访表 (training)
  const NP = (i, sex, birth) => { const name = nameOf(i, sex, USED); return { name, id: makeIdSex(AREA, birth, 500 + i * 17, false, sex), poor: false }; };
  const Q = (i) => ({ name: PER[i].name, id: PER[i].id, poor: true });
  const O = [NP(120, "女", "19910305"), NP(121, "男", "19870611"), NP(122, "女", "19930917"), NP(123, "男", "19850128"), NP(124, "女", "19960422"), NP(125, "男", "19790813"),
    NP(126, "女", "19880709"), NP(127, "男", "19920214"), NP(128, "女", "19830526"), NP(129, "男", "19970330"), NP(130, "女", "19810119")];
  O[4].id = makeIdSex(AREA, "19960422", 777, true, "女");
  // [班次, date cell, end iso, masked?, trainees: [person, 回访 iso|null, 方式, 情况]]
  const CL = [
    ["第一期 农村电商普及班（春湾镇）", "2020.11.18", "2020-11-18", false, [[O[0], "2021-01-12", "电话", "开设网店销售春砂仁"], [Q(0), "2021-01-12", "电话", "在镇内务工，兼做代购"], [O[1], "2021-01-13", "上门", "未创业"],
      [Q(8), "2021-01-13", "上门", "在家种植，拟开网店"], [O[2], "2021-01-14", "电话", "在电商企业就业"]]],
    ["第二期 网店运营实操班", "2021年3月9日—11日", "2021-03-11", false, [[Q(9), "2021-05-06", "电话", "开设网店，月销售约3000元"], [O[3], "2021-05-06", "电话", "未创业"], [Q(14), "2021-05-07", "上门", "与儿子合开网店"],
      [O[4], "2021-05-07", "电话", "在电商服务站做站长助理"], [Q(0), null, null, "电话停机，未回访"], [O[5], "2021-05-08", "微信", "开设抖音小店"]]],
    ["第三期 直播带货班", D("2021-05-20"), "2021-05-20", true, [[O[6], "2021-09-02", "电话", "直播销售荔枝"], [Q(6), "2021-09-02", "上门", "在县内务工，业余直播"], [O[7], "2021-09-03", "电话", "未创业"],
      [Q(9), "2021-09-06", "微信", "继续经营网店"], [O[8], "2021-09-06", "电话", "在电商企业就业"]]],
    ["第四期 短视频拍摄班", "2021.9.7-9.9", "2021-09-09", false, [[O[9], "2021-10-20", "电话", "拍摄农产品短视频"], [Q(12), "2021-10-20", "上门", "在县内务工"], [O[10], "2021-10-21", "电话", "未创业"]]],
  ];
  const recsT = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("阳春市电子商务培训学员跟踪回访表");
    full("阳春市电子商务公共服务中心（运营方：阳春市春砂电子商务有限公司）　　2021年10月汇总　　一名学员参加一期一行；“培训日期”为该期培训日期，“回访日期”为结业后电话、上门或微信回访的日期；第三期学员身份证号按运营方信息安全要求脱敏");
    rows.push(["序号", "姓名", "身份证号", "联系电话", "参训班次", "培训日期", "是否脱贫人口", "回访日期", "回访方式", "创业就业情况", "回访人"]);
    let no = 0;
    CL.forEach(([cls, cell, iso, masked, list]) => {
      const s = R() + 1;
      list.forEach(([p, rv, how, what], k) => {
        no++;
        const idCell = masked ? p.id.slice(0, 6) + "********" + p.id.slice(14) : p.id;
        rows.push([no, p.name, idCell, `1${[3, 5, 8][no % 3]}${no % 10}****${String(1000 + ((no * 271) % 9000))}`, k === 0 ? cls : null, k === 0 ? cell : null, p.poor ? "是" : "否",
          rv ? [fmtDot, D, fmtCn][no % 3](rv) : null, how, what, ["关××", "黄××"][no % 2]]);
        recsT.push({ date: iso, personTimes: 1, id: idCell });
      });
      merges.push(`E${s}:E${R()}`, `F${s}:F${R()}`);
    });
    full("注：回访于培训结束后1—4个月内进行。　　填表：运营方 关××　　审核：市商务局电商股");
    sheets.push(sheet("学员跟踪回访表", rows, merges));
    expect["学员跟踪回访表"] = { kind: "training", records: recsT };
    assert(recsT.length === 19 && recsT.filter((r) => r.date <= AS_OF).length === 16 && recsT.filter((r) => r.id.includes("*")).length === 5, "19 rows, 16 by cut-off, 5 masked");
    assert(recsT.every((r) => r.id.length === 18), "ids 18");
  }
  // ---------------------------------------------------------------- ④ 参训统计 (not a ledger)
  {
    const rows = [["参训统计（由“学员跟踪回访表”汇总）", null, null, null], ["班次", "培训日期", "参训人数", "其中脱贫人口"]];
    CL.forEach(([cls, cell, iso, m, list]) => rows.push([cls, fmtCn(iso), list.length, list.filter((x) => x[0].poor).length]));
    rows.push(["合计", null, sum(CL.map((c) => c[4].length)), sum(CL.map((c) => c[4].filter((x) => x[0].poor).length))]);
    sheets.push(sheet("参训统计", rows, ["A1:D1"]));
    expect["参训统计"] = { kind: null };
  }
  write("ledgers/b136-l1-yangchun.json", {
    description:
      "阳江阳春市商务局交的一本台账，四个表，三个是别的部门或系统的。①《光纤4G覆盖情况》是市工信局的行政村（社区）光纤宽带和4G网络覆盖情况表（春湾、合水、八甲三镇，镇名纵向合并，每镇一个小计行）。读法：类型“行政村” → 行政村，“社区” → 不是；“是否省定贫困村”是／否，社区“/” → null；“八甲村委会”和“八甲社区”是两个单位；光纤、4G的√×和“自然村（个）”不是快递覆盖，这张表没有快递列（express不填）。共22条（行政村19个，省定贫困村6个）。②《防返贫监测导出》是全国防返贫监测信息系统导出的春湾镇脱贫人口（三行抬头：系统名、查询条件和导出时间、镇里加注的口径）。读法：身份证号读“证件号码”列（一个末位X），“户编号”“人编号”是系统编号不是身份证号；劳动技能 技能劳动力、普通劳动力、弱劳动力或半劳动力 → 有劳动能力，丧失劳动力、无劳动力（含在校生、老人） → 没有；务工区域 县外省内、省外 → 外出务工，乡（镇）内、乡（镇）外县内务工和“未务工” → 不是；务工状况空白（横岗村那户的女儿）是未采集 → null。共16人。③《学员跟踪回访表》是运营方的培训学员跟踪回访表：一名学员参加一期一行，“参训班次”“培训日期”按期纵向合并。读法：日期读“培训日期”（“2020.11.18”、“2021年3月9日—11日” → 止日2021-03-11、真日期2021-05-20、“2021.9.7-9.9” → 2021-09-09），不读“回访日期”（第三期回访在9月，也还是5月20日的培训）；“电话停机，未回访”的学员也参训了；同一人参加两期两行；第三期身份证号脱敏（“441781********1234”这样）照写；第二期有一个末位X。共19人次（截至8月31日16人次）。④《参训统计》是从③汇总出的各期人数，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b136-l2-heshan: 江门鹤山市 — ①政府网站内容管理系统（CMS）后台稿件列表导出（按创建时间倒序；只有“已发布”的是专栏更新，
// 读“发布时间”不读“创建时间”；草稿、待审核、已退回不是）；②广东省商务数据直报系统操作日志（只有“提交”且“成功”的是报送；
// 登录、保存、导出、市局审核通过不是；校验失败的提交不是）；③宣传选题策划及落实表（一个选题多行落实，读实际刊播媒体的级别，不读拟投媒体；
// 未落实的不是报道）；④《导出说明》不是台账
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  sheets.push(sheet("导出说明", [["鹤山市商务局　电子商务进农村综合示范台账（系统导出部分）"], [null], ["1．专栏稿件：市政府门户网站内容管理系统后台导出，导出时间2021-09-08。"],
    ["2．直报日志：广东省商务数据直报系统“操作日志查询”导出，单位鹤山市商务局。"], ["3．宣传选题：局办公室宣传选题策划及落实表。"], [null], ["鹤山市商务局电商股　2021年9月"]]));
  expect["导出说明"] = { kind: null };

  // ---------------------------------------------------------------- ① CMS 稿件列表 (disclosures)
  // [标题, 子栏目, 状态, 创建 iso, 创建 time, 发布 iso|null, 发布 time, 点击]
  const POSTS = [
    ["鹤山市电子商务进农村综合示范创建实施方案", "创建方案", "已发布", "2020-06-08", [9, 12, 40], "2020-06-10", [16, 5, 22], 1862],
    ["鹤山市电子商务进农村综合示范项目基本信息公示", "项目信息", "已发布", "2020-06-09", [10, 3, 11], "2020-06-10", [16, 8, 47], 1540],
    ["关于设立电子商务进农村综合示范项目意见征集和监督举报渠道的公告", "意见征集", "已发布", "2020-07-01", [15, 20, 3], "2020-07-02", [9, 30, 15], 702],
  ];
  const PROG = [["2020-09-14", "2020-09-15", "8月"], ["2020-10-19", "2020-10-20", "9月"], ["2020-11-16", "2020-11-17", "10月"], ["2020-12-14", "2020-12-15", "11月"],
    ["2021-01-18", "2021-01-19", "12月"], ["2021-02-19", "2021-02-23", "1月"], ["2021-03-15", "2021-03-16", "2月"], ["2021-04-19", "2021-04-20", "3月"], ["2021-05-17", "2021-05-18", "4月"],
    ["2021-06-11", "2021-06-15", "5月"], ["2021-07-19", "2021-07-20", "6月"], ["2021-08-16", "2021-08-17", "7月"]];
  PROG.forEach(([c, p, m], i) => POSTS.push([`鹤山市电子商务进农村综合示范项目建设进度（${i < 5 ? "2020年" : "2021年"}${m}）`, "建设进度", p ? "已发布" : "待审核", c, [9 + (i % 7), (i * 13) % 60, (i * 29) % 60],
    p, [15 + (i % 3), (i * 17) % 60, (i * 31) % 60], p ? 300 + ((i * 97) % 400) : 0]));
  POSTS.push(["鹤山市第二批村级电商服务站点名单公示", "项目信息", "已发布", "2020-12-02", [10, 45, 2], "2020-12-03", [11, 2, 36], 866]);
  POSTS.push(["鹤山市电子商务进农村综合示范项目调整情况公示", "项目信息", "已发布", "2021-04-07", [14, 10, 55], "2021-04-08", [10, 15, 9], 612]);
  POSTS.push(["鹤山市电子商务进农村综合示范项目建设进度（2021年1月）", "建设进度", "已退回", "2021-02-05", [11, 20, 18], null, null, 0]);
  POSTS.push(["鹤山市电子商务进农村综合示范项目验收公告", "项目信息", "草稿", "2021-08-25", [17, 40, 6], null, null, 0]);
  POSTS.push(["关于征集电商助农典型案例的通知", "意见征集", "草稿", "2021-06-28", [9, 5, 44], null, null, 0]);
  POSTS.push(["鹤山市电子商务进农村综合示范项目建设进度（2021年8月）", "建设进度", "已发布", "2021-09-06", [10, 18, 27], "2021-09-07", [16, 40, 12], 58]);
  POSTS.push(["鹤山市电子商务进农村综合示范项目建设进度（2021年8月）（修订）", "建设进度", "待审核", "2021-09-08", [8, 50, 13], null, null, 0]);
  const key = (p) => p[3] + " " + p[4].map(p2).join(":");
  POSTS.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  const pub = POSTS.filter((p) => p[2] === "已发布");
  assert(POSTS.length === 22 && pub.length === 18 && monthsCovered(pub.map((p) => p[5])) === 12, "22 rows, 18 published, 12 months");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("鹤山市人民政府门户网站　内容管理系统　稿件列表");
    full("站点：鹤山市人民政府门户网站　　栏目：专题专栏 > 电子商务进农村综合示范（含子栏目）　　排序：创建时间（降序）　　导出时间：2021-09-08 09:14:52　　导出用户：商务局_李××");
    rows.push(["稿件ID", "标题", "所属子栏目", "状态", "创建人", "创建时间", "发布时间", "来源", "点击量"]);
    POSTS.forEach((p, i) => rows.push([String(208811 - i * 37), p[0], p[1], p[2], ["商务局_李××", "商务局_何××"][i % 2], fmtDT(p[3], ...p[4]), p[5] ? fmtDT(p[5], ...p[6]) : null, "鹤山市商务局", p[7]]));
    rows.push([`共${POSTS.length}条`, null, null, null, null, null, null, null, null]);
    sheets.push(sheet("专栏稿件导出", rows, merges));
    expect["专栏稿件导出"] = { kind: "disclosures", records: pub.map((p) => ({ date: p[5] })) };
  }

  // ---------------------------------------------------------------- ② 直报系统操作日志 (reports)
  // entries: [iso, [h,m,s], 操作人, 类型, 报表, 报告期, 结果]
  const LOG = [];
  const ME = "鹤山市商务局_梁××", CITY = "江门市商务局_陈××";
  const MR = "电子商务进农村综合示范工作月报表", PV = "电商扶贫情况统计表（季报）";
  const MONTHS = [["2020-08", "2020-09-07"], ["2020-09", "2020-10-12"], ["2020-10", "2020-11-06"], ["2020-11", "2020-12-07"], ["2020-12", "2021-01-07"], ["2021-01", "2021-02-05"],
    ["2021-02", "2021-03-05"], ["2021-03", "2021-04-07"], ["2021-04", "2021-05-10"], ["2021-05", "2021-06-07"], ["2021-06", "2021-07-06"], ["2021-07", "2021-08-06"], ["2021-08", "2021-09-06"]];
  const per = (m) => `${m.slice(0, 4)}年${m.slice(5, 7)}月`;
  const QTR = { "2020-09": "2020年第3季度", "2020-12": "2020年第4季度", "2021-03": "2021年第1季度", "2021-06": "2021年第2季度" };
  const recsR = [];
  MONTHS.forEach(([m, d], i) => {
    LOG.push([d, [9, 2 + i, 11], ME, "登录", null, null, "成功"]);
    LOG.push([d, [9, 20 + i, 34], ME, "保存", MR, per(m), "成功"]);
    if (m === "2021-02") {
      LOG.push([d, [9, 41, 7], ME, "提交", MR, per(m), "失败：校验未通过（本月站点数小于上月，请核实）"]);
      LOG.push([d, [10, 12, 50], ME, "保存", MR, per(m), "成功"]);
    }
    const t = m === "2021-02" ? [10, 15, 3] : [9, 45 + (i % 10), 20];
    LOG.push([d, t, ME, "提交", MR, per(m), "成功"]);
    recsR.push({ date: d, poverty: false });
    if (QTR[m]) {
      LOG.push([d, [t[0], t[1] + 5, 41], ME, "提交", PV, QTR[m], "成功"]);
      recsR.push({ date: d, poverty: true });
    }
    const next = isoAdd(d, i % 3 === 0 ? 1 : 2);
    LOG.push([next, [14, 30 + i, 8], CITY, "审核通过", MR, per(m), "成功"]);
    if (i % 4 === 1) LOG.push([next, [15, 2, 19], ME, "导出", MR, per(m), "成功"]);
  });
  assert(recsR.length === 17 && monthsCovered(recsR.map((r) => r.date)) === 12 && recsR.filter((r) => r.poverty).length === 4, "17 submissions, 12 months, 4 poverty");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("广东省商务数据直报系统　操作日志查询");
    full("单位：鹤山市商务局　　时间范围：2020-09-01 至 2021-09-10　　操作类型：全部　　（电商股加注：报送日期以“提交”且结果为“成功”的操作时间为准；“审核通过”是江门市商务局的操作）");
    rows.push(["序号", "操作时间", "操作人", "操作类型", "报表名称", "报告期", "操作结果", "IP地址"]);
    LOG.forEach((l, i) => rows.push([i + 1, fmtDT(l[0], ...l[1]), l[2], l[3], l[4], l[5], l[6], l[2] === CITY ? "10.46.12.8" : "10.46.201.35"]));
    sheets.push(sheet("直报系统操作日志", rows, merges));
    expect["直报系统操作日志"] = { kind: "reports", records: recsR };
  }

  // ---------------------------------------------------------------- ③ 宣传选题策划及落实表 (media)
  // [选题, 策划时间, 拟投, [[媒体, 级别, 形式, iso|null, cell, 版面]]]
  const TOP = [
    ["鹤山市举办首届“鹤山好物”网购节", "2020年10月", "江门日报", [["江门日报", "市级", "报纸", "2020-11-03", "2020.11.3", "A05版"], ["鹤山市融媒体中心《鹤山新闻》", "县级", "电视", "2020-11-02", D("2020-11-02"), "—"]]],
    ["村级电商服务站打通农村物流“最后一公里”", "2020年12月", "南方日报", [["江门日报", "市级", "报纸", "2021-01-15", "2021年1月15日", "A03版"]]],
    ["鹤山红茶搭上直播快车", "2021年3月", "广东广播电视台", [["广东广播电视台《广东新闻联播》", "省级", "电视", "2021-04-09", "21.4.9", "—"], ["南方＋客户端", "省级", "网络", "2021-04-10", "2021.4.10", "江门频道"]]],
    ["脱贫户学电商　家门口就业", "2021年5月", "人民日报", [["—（未落实）", null, null, null, "—", "—"]]],
    ["鹤山电商产业园孵化成效", "2021年6月", "江门广播电视台", [["江门广播电视台《江门新闻》", "市级", "电视", "2021-07-06", D("2021-07-06"), "—"]]],
    ["电商进农村综合示范创建回顾", "2021年8月", "中国商务新闻网", [["中国商务新闻网", "中央", "网络", "2021-09-03", "2021年9月3日", "地方商务"], ["“鹤山发布”微信公众号", "县级", "网络", "2021-08-27", "2021.8.27", "—"]]],
  ];
  const LV = { 中央: "national", 省级: "province", 市级: "city", 县级: "county" };
  const recsM = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("鹤山市商务局电子商务进农村宣传选题策划及落实表");
    full("局办公室　　2020年10月—2021年9月　　“拟投媒体”是策划时的投稿方向；实际刊播情况以“刊播媒体”“媒体级别”“刊播日期”为准，一家媒体一行；未落实的写“未落实”");
    rows.push(["序号", "选题", "策划时间", "拟投媒体", "刊播媒体", "媒体级别", "形式", "刊播日期", "版面／栏目", "备注"]);
    TOP.forEach((t, i) => {
      const s = R() + 1;
      t[3].forEach((x, k) => {
        rows.push([k === 0 ? i + 1 : null, k === 0 ? t[0] : null, k === 0 ? t[1] : null, k === 0 ? t[2] : null, x[0], x[1] || "—", x[2] || "—", x[4], x[5], x[3] ? null : "人民日报未采用，已转投"]);
        if (x[3]) recsM.push({ date: x[3], level: LV[x[1]], tv: x[2] === "电视" });
      });
      if (t[3].length > 1) ["A", "B", "C", "D"].forEach((c) => merges.push(`${c}${s}:${c}${R()}`));
    });
    full("填表：局办公室 冯××");
    sheets.push(sheet("宣传选题落实表", rows, merges));
    expect["宣传选题落实表"] = { kind: "media", records: recsM };
    assert(recsM.length === 8 && recsM.filter((r) => r.tv).length === 3, "8 reports, 3 TV");
  }
  write("ledgers/b136-l2-heshan.json", {
    description:
      "江门鹤山市商务局交的系统导出台账，四个表。①《导出说明》只是说明，不是台账。②《专栏稿件导出》是市政府门户网站内容管理系统（CMS）后台的稿件列表：栏目“专题专栏 > 电子商务进农村综合示范（含子栏目）”，按创建时间倒序（新的在上），列 稿件ID｜标题｜所属子栏目｜状态｜创建人｜创建时间｜发布时间｜来源｜点击量。读法：只有状态“已发布”的是专栏更新，日期读“发布时间”（“2021-02-23 16:…”这样的文字日期时间，取日期），不读创建时间（2021年1月进度2月19日创建、2月23日发布；5月进度6月11日创建、6月15日发布）；“已退回”的1月进度旧稿、“草稿”两条、“待审核”的8月进度修订稿不是更新；稿件ID是数字文字不是日期；2020年6、7月发布的创建方案、项目信息、监督举报公告和9月7日发布的8月进度照列。共18条，照表中倒序列出。③《直报系统操作日志》是广东省商务数据直报系统的操作日志（抬头有电商股加注）：一次操作一行，读法：只有操作类型“提交”且操作结果“成功”的是一次报送，日期取操作时间的日期，不读“报告期”（9月7日提交的是2020年08月的月报）；登录、保存、导出、江门市商务局的“审核通过”不是报送；2021年3月5日第一次提交“失败：校验未通过”不是报送，10:15重新提交成功的才是；报表“电商扶贫情况统计表（季报）”的提交 → poverty true，月报表 → false。共17次（月报13次、扶贫季报4次）。④《宣传选题落实表》是局办公室的宣传选题策划及落实表：一个选题可以有几行落实（序号、选题、策划时间、拟投媒体纵向合并），一家媒体一行。读法：级别读“媒体级别”（中央 → national、省级、市级、县级），不读“拟投媒体”（投南方日报的实际刊在江门日报 → city）；形式“电视” → tv true；日期有“2020.11.3”、真日期、“2021年1月15日”、两位年份“21.4.9”；“脱贫户学电商”选题“未落实”（刊播日期“—”）不是报道；中国商务新闻网9月3日照列。共8条（电视3条）。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
