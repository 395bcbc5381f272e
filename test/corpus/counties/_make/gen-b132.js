// Batch 132 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b130.js)
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
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept as the blind writer wrote it
const person = (i) => "陈林黄吴梁李张何罗邓冯谢苏叶莫钟刘杨庞麦"[(i * 7) % 20] +
  ["志强", "国华", "建明", "海燕", "伟文", "秀英", "永康", "德才", "美玲", "振兴", "少雄", "金凤", "文光", "丽娟", "子健", "春梅", "家旺", "月娥", "桂芳", "俊杰", "锦荣", "玉兰", "伟强", "淑贞"][(i * 5 + Math.floor(i / 24) * 7 + 3) % 24];
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
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept as the blind writer wrote it
const fmtYM = (iso) => { const [y, m] = iso.split("-"); return `${+y}年${+m}月`; };
const sum = (a) => a.reduce((s, x) => s + x, 0);
const isoAdd = (iso, d) => new Date(Date.parse(iso + "T00:00:00Z") + d * 86400000).toISOString().slice(0, 10);
const fmtMonth = (iso) => `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月`;

// =====================================================================================
// counties/b132-c1-deqing: 肇庆德庆县 — 事实、主观分和逐项自评在电商股的《考评自查整改清单》里（一评分项一行：自查情况｜存在问题｜
// 整改措施｜责任股室｜整改时限｜自评得分｜自评小计｜整改后预计得分；数据“截至9月10日”）；台账是别的用途的表：
// 县自然资源局《村庄规划编制工作进度表》（行政村／社区，省定贫困村是／否）、《村级站点验收情况汇总表》（挂牌运营日期≠验收日期）、
// 《讲师课酬发放表》（一期两位讲师的第二行人次写“同上”；年份在分段行）、产业园《消防安全责任书签订台账》（签订日期＝入驻日期，
// 年度续签不是）、财务软件《科目明细账》（月、日分列，年份在年度分段；贷方是收到资金；本月合计、本年累计不是记录）、
// 肇庆市商务局月报报送情况通报附表（八个县一行一县，月份为列，格内“月.日”）、网站内容管理系统稿件导出（读发布时间不读创建时间；
// 草稿、退回、别的栏目不算）、《新闻媒体采访接待登记》（读刊播日期；未播出的不算）、《政务信息报送登记》（只有报市商务局的经验材料）
// =====================================================================================
(function c1() {
  const AREA = "441226";
  const sheets = [], USED = new Set();
  const TOWNS = ["德城街道", "新圩镇", "官圩镇", "马圩镇", "高良镇", "莫村镇", "永丰镇", "武垄镇", "播植镇", "凤村镇", "悦城镇", "九市镇", "回龙镇"];
  const NV = [6, 14, 15, 13, 16, 12, 14, 12, 15, 11, 14, 13, 13];
  assert(sum(NV) === 168 && NV.length === TOWNS.length, "168 villages");
  const COMMS = { 德城街道: ["朝阳社区", "康城社区", "东华社区", "西华社区"], 新圩镇: ["新圩居委会"], 官圩镇: ["官圩居委会"], 马圩镇: ["马圩居委会"],
    高良镇: ["高良居委会"], 永丰镇: ["永丰居委会"], 悦城镇: ["悦城居委会"], 九市镇: ["九市居委会"], 回龙镇: ["回龙居委会"] };
  const NCOMM = sum(Object.values(COMMS).map((c) => c.length));
  assert(NCOMM === 12, "12 communities");
  const A1 = "大小上下东西南北新石田龙凤马黄白青金沙水山岗塘坑岭竹松桥河平高长莲罗古双湖梅桃李榕".split("");
  const A2 = "坑塘岭田洞坪冲岗围湾口头背尾江边洲垌寨岩坡源陂朗".split("");
  const cand = [];
  A1.forEach((a, i) => A2.forEach((b, j) => { if (a !== b) cand.push([(i * 97 + j * 61 + i * j * 13) % 1013, a + b + "村"]); }));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VN = [...new Set(cand.map((c) => c[1]))].slice(0, 168);
  assert(VN.length === 168, "names");
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 8 === 5).map((v) => v.k).slice(0, 20);
  assert(POORK.length === 20, "20 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  assert(nonPoor.length === 148, "148 non-poor");
  const covNP = nonPoor.filter((v, j) => j % 3 !== 2).slice(0, 98);
  const COV = new Set(POORK.concat(covNP.map((v) => v.k)));
  assert(COV.size === 118, "118 covered");
  const uncov = nonPoor.filter((v) => !COV.has(v.k));
  const SEPTK = [uncov[10].k, uncov[30].k];
  // ---------------------------------------------------------------- 村庄规划编制工作进度表 (villages)
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("德庆县村庄规划编制工作进度表");
    full("德庆县自然资源局　　2021年7月　　本表按村（居）委会逐个列出；“是否省定贫困村”只填行政村，社区（居委会）不填；社区纳入城镇开发边界，不单独编制村庄规划");
    rows.push(["序号", "镇（街道）", "村（居）委会", "类型", "是否省定贫困村", "规划类型", "编制单位", "编制进度", "批复日期", "备注"]);
    const INST = ["广东省城乡规划设计研究院有限责任公司", "肇庆市规划设计院", "广州市城市规划勘测设计研究院"];
    let no = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = VIL.filter((v) => v.town === t).map((v) => ({ name: v.name, admin: true, k: v.k })).concat((COMMS[t] || []).map((c) => ({ name: c, admin: false, k: null })));
      list.forEach((v, i) => {
        no++;
        if (v.admin) {
          const st = ["已批复", "已批复", "已公示", "编制中"][no % 4];
          rows.push([no, i === 0 ? t : null, v.name, "行政村", isPoor(v.k) ? "是" : "否", "实用性村庄规划", INST[no % 3], st,
            st === "已批复" ? [D, fmtDot, fmtCn][no % 3](isoAdd("2021-03-02", no % 90)) : "—", isPoor(v.k) ? "优先编制" : null]);
        } else {
          rows.push([no, i === 0 ? t : null, v.name, "社区", null, "—", "—", "—", "—", "纳入城镇开发边界，不单独编制"]);
        }
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `行政村${NV[ti]}个、社区${(COMMS[t] || []).length}个`, null, null, null, null, null, null, null]); merges.push(`C${R()}:J${R()}`);
    });
    rows.push(["合计", null, `行政村${VIL.length}个（其中省定贫困村${POORK.length}个），社区${NCOMM}个`, null, null, null, null, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:J${R()}`);
    sheets.push(sheet("村庄规划编制进度", rows, merges));
  }
  // ---------------------------------------------------------------- 村级站点验收情况汇总表 (stations: 挂牌运营日期, not 验收日期)
  // station: {vil (name as written), k|null, opened iso, batch}
  const B3POOR = [POORK[7], POORK[15]];
  const B3NP = [5, 17, 29, 41, 53, 60, 71, 77, 84, 90, 93, 97].map((j) => covNP[j].k);
  const B3 = B3POOR.concat(B3NP);
  const rest = [...COV].filter((k) => !B3.includes(k)).sort((a, b) => ((a * 37) % 118) - ((b * 37) % 118) || a - b);
  assert(rest.length === 104, "104 rest");
  const b1 = rest.slice(0, 62), b2 = rest.slice(62);
  const ST = [];
  const vname = (k, i) => (i % 7 === 3 ? VIL[k].name.replace(/村$/, "村委会") : VIL[k].name);
  b1.forEach((k, i) => ST.push({ batch: 1, k, town: VIL[k].town, vil: vname(k, i), opened: isoAdd("2020-07-10", i * 2 + (i % 3)), name: VIL[k].name.replace(/村$/, "") + "村电商服务站" }));
  ST.push({ batch: 1, k: null, town: "德城街道", vil: "朝阳社区", opened: "2020-09-16", name: "朝阳社区电商服务站" });
  b2.forEach((k, i) => ST.push({ batch: 2, k, town: VIL[k].town, vil: vname(k, i + 1), opened: isoAdd("2021-01-08", i * 3), name: VIL[k].name.replace(/村$/, "") + "村电商服务站" }));
  [b1[4], b1[20], b1[41]].forEach((k, i) => ST.push({ batch: 2, k, town: VIL[k].town, vil: VIL[k].name, opened: isoAdd("2021-02-03", i * 31), name: VIL[k].name.replace(/村$/, "") + "圩电商服务站", second: true }));
  ST.push({ batch: 2, k: null, town: "悦城镇", vil: "悦城居委会", opened: "2021-03-30", name: "悦城圩电商服务站" });
  ST.push({ batch: 2, k: null, town: "回龙镇", vil: "县国营大坪林场（场部）", opened: "2021-04-22", name: "大坪林场电商服务站", farm: true });
  B3.forEach((k, i) => ST.push({ batch: 3, k, town: VIL[k].town, vil: vname(k, i + 2), opened: i === B3.length - 1 ? "2021-08-30" : isoAdd("2021-06-04", i * 6), name: VIL[k].name.replace(/村$/, "") + "村电商服务站" }));
  SEPTK.forEach((k, i) => ST.push({ batch: 3, k, town: VIL[k].town, vil: VIL[k].name, opened: ["2021-09-03", "2021-09-08"][i], name: VIL[k].name.replace(/村$/, "") + "村电商服务站" }));
  const ACC = { 1: ["2020-12-22", "2020-12-23"], 2: ["2021-06-08", "2021-06-09"], 3: ["2021-09-14", "2021-09-15"] };
  const covIn = new Set(ST.filter((s) => s.k !== null && dateOk(s.opened)).map((s) => s.k));
  const covByAcc = new Set(ST.filter((s) => s.k !== null && dateOk(ACC[s.batch][0])).map((s) => s.k));
  assert(covIn.size === 118 && covIn.size * 100 >= 168 * 70 && POORK.every((k) => covIn.has(k)), "118/168 ≥ 70%, 20/20 poor");
  assert(covByAcc.size * 100 < 168 * 70 && POORK.filter((k) => covByAcc.has(k)).length === 18, "by 验收 date below 70%, 18/20");
  const clerkCov = new Set(ST.filter((s) => s.k !== null).map((s) => s.k)).size;
  assert(clerkCov === 120, "clerk 120");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("德庆县村级电子商务服务站点验收情况汇总表");
    full("县商务局　　2021年9月16日　　“挂牌运营日期”为站点挂牌、开始对外服务的日期；“验收日期”为县商务局会同县财政局、运营方分批组织验收的日期（验收合格后拨付建设补助）");
    rows.push(["序号", "镇（街道）", "站点名称", "所在村（居）", "站点地址", "负责人", "联系电话", "挂牌运营日期", "验收日期", "验收得分", "验收结论", "备注"]);
    const fm = [D, fmtDot, fmtCn, fmtSlash, fmt2y];
    let no = 0;
    [1, 2, 3].forEach((b) => {
      const list = ST.filter((s) => s.batch === b).sort((x, y) => (x.opened < y.opened ? -1 : x.opened > y.opened ? 1 : 0));
      full(["第一批（2020年挂牌，2020年12月验收）", "第二批（2021年1—5月挂牌，2021年6月验收）", "第三批（2021年6月以后挂牌，2021年9月验收）"][b - 1] + `　共${list.length}个`);
      list.forEach((s) => {
        no++;
        const acc = ACC[b][no % 2];
        rows.push([no, s.town, s.name, s.vil, `${s.town}${s.k !== null ? VIL[s.k].name : s.vil.replace(/（场部）$/, "")}${["村委会一楼", "村口商店", "村文化室旁", "圩镇主街"][no % 4]}`, nameOf(no + 30, no % 4 === 1 ? "女" : "男", USED),
          `13${no % 10}****${String(1000 + (no * 373) % 9000)}`, fm[no % 5](s.opened), b === 2 ? D(acc) : b === 1 ? fmtDot(acc) : fmtCn(acc), 80 + (no * 7) % 19, "合格",
          s.second ? "同村第二个站点（圩镇）" : s.farm ? "林场场部，不属行政村" : s.k === null ? "社区站点" : s.opened > AS_OF ? "9月挂牌" : null]);
      });
    });
    full(`合计：站点${ST.length}个（行政村站点${ST.filter((s) => s.k !== null).length}个，覆盖行政村${clerkCov}个；社区站点2个；林场站点1个）。`);
    sheets.push(sheet("站点验收汇总", rows, merges));
  }
  // ---------------------------------------------------------------- 讲师课酬发放表 (sessions; second lecturer rows "同上")
  // [iso, cell, 培训班, 地点, 人次, lecturers [[name, 单位, 课时]]]
  const LEC = [["邓××", "肇庆学院经济与管理学院"], ["谭××", "县电商公共服务中心"], ["梁××", "广东某直播电商培训机构"], ["莫××", "县农业农村局"], ["黄××", "肇庆市电子商务协会"]];
  const SS = [
    ["2020-09-18", "9月18日", "农村电商基础普及班（新圩镇）", "新圩镇文化站", 168, [[0, 3]]],
    ["2020-10-16", "10月16日", "网店开设与运营班", "县电商公共服务中心", 142, [[1, 3], [4, 3]]],
    ["2020-11-06", D("2020-11-06"), "直播带货实操班", "县电商公共服务中心", 156, [[2, 6]]],
    ["2020-11-27", "11月27日", "短视频拍摄与剪辑班", "县电商公共服务中心", 133, [[2, 6]]],
    ["2020-12-11", "12月11日", "农村电商基础普及班（悦城镇）", "悦城镇政府会议室", 175, [[0, 3], [3, 3]]],
    ["2021-01-15", "1月15日", "农产品包装与品牌班", "县电商公共服务中心", 128, [[4, 6]]],
    ["2021-03-05", "3月5日", "农村电商基础普及班（播植镇）", "播植镇文化站", 181, [[1, 6]]],
    ["2021-03-26", D("2021-03-26"), "社群营销班", "县电商公共服务中心", 119, [[4, 6]]],
    ["2021-04-14", "4月12日—14日", "农村青年电商创业班（三天，每天62人，按天累计）", "县电商公共服务中心", 186, [[0, 12], [2, 6]]],
    ["2021-04-29", "4月29日", "贡柑网销专题班", "官圩镇文化站", 152, [[3, 3], [1, 3]]],
    ["2021-05-21", "5月21日", "农村电商基础普及班（马圩镇）", "马圩镇政府会议室", 164, [[1, 6]]],
    ["2021-06-11", "6月11日", "直播带货提升班", "县电商公共服务中心", 137, [[2, 6]]],
    ["2021-06-25", D("2021-06-25"), "电商美工设计班", "县电商公共服务中心", 98, [[1, 6]]],
    ["2021-07-09", "7月9日", "农村电商基础普及班（官圩镇）", "官圩镇文化站", 171, [[0, 6]]],
    ["2021-07-23", "7月23日", "脱贫户电商技能专场（九市镇）", "九市镇文化站", 146, [[1, 6]]],
    ["2021-08-13", "8月13日", "农村电商基础普及班（高良镇）", "高良镇政府会议室", 159, [[0, 6]]],
    ["2021-08-27", "8月27日", "电商物流与仓储班", "县电商公共服务中心", 175, [[4, 6]]],
    ["2021-09-03", "9月3日", "全县电商普及大讲堂（主会场＋各镇分会场）", "县会议中心", 480, [[0, 3]]],
    ["2021-09-10", "9月10日", "直播带货实操班（二期）", "县电商公共服务中心", 170, [[2, 6]]],
  ];
  const T_IN = sum(SS.filter((s) => s[0] <= AS_OF).map((s) => s[4])), T_ALL = sum(SS.map((s) => s[4]));
  const DUP = sum(SS.filter((s) => s[0] <= AS_OF && s[5].length > 1).map((s) => s[4]));
  const POP = 316800;
  assert(T_IN === 2590 && T_ALL === 3240, "2,590 by cut-off, 3,240 in all got " + T_IN + "/" + T_ALL);
  assert(T_IN * 1000 >= POP * 8 && T_IN * 100 < POP && (T_IN + DUP) * 100 >= POP && T_ALL * 100 >= POP, "0.818% → 8; double-counting 同上 or September would reach 1%");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("德庆县农村电商培训讲师课酬发放表（2020年9月—2021年9月）");
    full("县商务局　　课酬标准：教授、高级职称500元／课时，其他300元／课时　　“参训人次”按签到表填写，多天的班按天累计；同一期有两位讲师的，人次只填在第一位讲师那一行，第二行填“同上”（同一期，不另计）");
    rows.push(["序号", "培训日期", "培训班", "培训地点", "讲师", "工作单位", "课时", "标准（元／课时）", "课酬（元）", "参训人次", "领款人签名", "备注"]);
    let no = 0, pay = 0, yr = null;
    SS.forEach((s) => {
      const y = s[0].slice(0, 4);
      if (y !== yr) { full(`${y}年`); yr = y; }
      s[5].forEach(([li, h], k) => {
        no++;
        const std = li === 0 ? 500 : 300;
        pay += std * h;
        rows.push([no, k === 0 ? s[1] : "同上", k === 0 ? s[2] : "同上", k === 0 ? s[3] : "同上", LEC[li][0], LEC[li][1], h, std, std * h, k === 0 ? s[4] : "同上", LEC[li][0],
          s[0] > AS_OF && k === 0 ? "9月举办" : null]);
      });
    });
    rows.push(["合计", null, null, null, null, null, null, null, pay, T_ALL, null, `其中截至8月31日${thousands(T_IN)}人次`]); merges.push(`A${R()}:H${R()}`);
    full("经办：谭××　　审核：县商务局电商股　　（课酬由县电商公共服务中心运营经费列支，不在省级示范专项资金明细账内）");
    sheets.push(sheet("讲师课酬发放表", rows, merges));
  }
  // ---------------------------------------------------------------- 消防安全责任书签订台账 (enterprises)
  // [name, 经营类别, 房号, 签订 iso, 签订 cell, 续签 cell|null, 退园 iso|null, 退园 cell|null, note]
  const EN = [
    ["德庆县康城电子商务运营管理有限公司", "电商运营商", "A101", "2020-11-20", "2020.11.20", "2021.1.5", null, null, "园区运营方（第三方运营服务商）"],
    ["中国邮政集团有限公司德庆县分公司电商服务部", "平台型", "A102", "2020-11-20", "2020.11.20", "2021.1.5", null, null, "邮乐购平台县级运营"],
    ["德庆县贡柑优选电子商务有限公司", "销售型", "A103", "2020-11-25", D("2020-11-25"), "2021.1.5", null, null, null],
    ["德庆县悦城文化传播有限公司", "直播电商", "A201", "2020-12-02", "2020.12.2", "2021.1.6", null, null, null],
    ["德庆县顺达快递服务有限公司", "物流企业", "B101", "2020-12-08", "2020.12.8", "2021.1.6", null, null, null],
    ["德庆县何首乌网店", "销售型", "A202", "2020-12-15", "2020年12月15日", "2021.1.6", "2021-09-03", "2021.9.3", "9月退园"],
    ["德庆县马圩砂糖桔专业合作社", "销售型", "A203", "2020-12-21", "2020.12.21", "2021.1.6", "2021-04-30", "2021.4.30", "已退园"],
    ["肇庆市德优供应链管理有限公司", "物流企业", "B102", "2021-01-06", "2021.1.6", null, null, null, "仓储"],
    ["德庆县播植鸡网销店", "销售型", "A204", "2021-01-12", "2021.1.12", null, null, null, null],
    ["德庆县云端直播工作室", "直播电商", "A205", "2021-01-18", D("2021-01-18"), null, null, null, null],
    ["德庆县农品汇电子商务有限公司", "平台型", "A301", "2021-02-01", "2021.2.1", null, null, null, null],
    ["德庆县官圩肉桂电商工作室", "销售型", "A302", "2021-02-22", "2021.2.22", null, null, null, null],
    ["德庆县新圩竹编网店", "销售型", "A303", "2021-03-03", "2021.3.3", null, "2021-07-15", "2021.7.15", "已退园"],
    ["德庆县乐购代运营服务有限公司", "电商运营商", "A304", "2021-03-10", "2021.3.10", null, null, null, null],
    ["德庆县高良茶叶网店", "销售型", "A305", "2021-03-24", "2021年3月24日", null, null, null, null],
    ["德庆县莫村腊味电子商务有限公司", "销售型", "A306", "2021-04-07", "2021.4.7", null, null, null, null],
    ["德庆县永丰香芋网店", "销售型", "A401", "2021-04-21", D("2021-04-21"), null, null, null, null],
    ["德庆县九市山货电商工作室", "销售型", "A402", "2021-05-12", "2021.5.12", null, null, null, null],
    ["德庆县武垄米酒电子商务有限公司", "销售型", "A403", "2021-05-26", "2021.5.26", null, null, null, null],
    ["德庆县凤村蜂蜜网店", "销售型", "A404", "2021-06-09", "2021.6.9", null, null, null, null],
    ["德庆县回龙荔枝网销专业合作社", "销售型", "A405", "2021-06-23", "2021.6.23", null, null, null, null],
    ["德庆县德城电商美工设计工作室", "电商服务", "A406", "2021-07-07", "2021.7.7", null, null, null, null],
    ["德庆县鲜生冷链物流有限公司", "物流企业", "B103", "2021-09-06", "2021.9.6", null, null, null, "9月入驻"],
  ];
  const inPark = EN.filter((e) => e[3] <= AS_OF && !(e[6] && e[6] <= AS_OF));
  assert(EN.length === 23 && inPark.length === 20 && new Set(inPark.map((e) => e[1])).size >= 3, "23 rows, 20 in park at cut-off");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("德庆县电子商务产业园入驻企业消防安全责任书签订台账");
    full("园区运营管理办公室　　企业入驻当天签订《消防安全责任书》，“责任书签订日期”即入驻日期；2021年1月对2020年入驻的企业统一续签（“年度续签日期”不是入驻日期）；退园时收回责任书并填写退园日期");
    rows.push(["序号", "企业名称", "统一社会信用代码", "经营类别", "房号", "消防安全责任人", "联系电话", "责任书签订日期（入驻）", "年度续签日期", "退园日期", "消防检查情况", "备注"]);
    EN.forEach((e, i) => rows.push([i + 1, e[0], creditCode(AREA, i + 21), e[1], e[2], nameOf(i + 80, i % 3 === 2 ? "女" : "男", USED), `139****${String(2000 + (i * 611) % 7000)}`,
      e[4], e[5], e[7], ["合格", "合格", "灭火器过期，已整改", "合格"][i % 4], e[8]]));
    full(`共${EN.length}家（已退园3家）。`);
    sheets.push(sheet("消防责任书台账", rows, merges));
  }
  // ---------------------------------------------------------------- 科目明细账 (funds: 月、日 columns, year in section)
  const FD = [
    ["2020-03-18", "记-0012", "收到县财政局转拨省级电子商务进农村综合示范专项资金", 0, 5000000],
    ["2020-07-24", "记-0047", "拨付县电商公共服务中心建设首期款（康城电子商务）", 450000, 0],
    ["2020-09-30", "记-0068", "拨付村级站点建设补助（第一批）", 380000, 0],
    ["2020-11-20", "记-0081", "拨付县乡村三级物流体系建设首期款（邮政德庆分公司）", 300000, 0],
    ["2020-12-25", "记-0097", "拨付电商培训服务首期款", 120000, 0],
    ["2021-01-29", "记-0009", "拨付县电商公共服务中心建设进度款", 600000, 0],
    ["2021-03-16", "记-0024", "拨付村级站点建设补助（第二批）", 420000, 0],
    ["2021-04-28", "记-0038", "拨付农产品品牌营销服务费", 180000, 0],
    ["2021-06-10", "记-0051", "拨付县乡村三级物流体系建设进度款", 400000, 0],
    ["2021-06-30", "记-0056", "拨付电商培训服务进度款", 160000, 0],
    ["2021-07-22", "记-0064", "拨付农产品质量溯源系统建设首期款", 210000, 0],
    ["2021-08-26", "记-0073", "拨付村级站点建设补助（第三批）", 392400, 0],
    ["2021-09-09", "记-0079", "拨付电商培训服务进度款", 286000, 0],
  ];
  const F_IN = sum(FD.filter((f) => f[0] <= AS_OF).map((f) => f[3])), F_ALL = sum(FD.map((f) => f[3]));
  assert(F_IN === 3612400 && F_IN * 100 >= 5000000 * 70 && F_ALL === 3898400, "3,612,400 = 72.2%");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("明　细　账");
    full("核算单位：德庆县商务局　　科目：2307 专项应付款—省级电子商务进农村综合示范资金　　单位：元");
    full("（本科目贷方为收到上级下达资金，借方为拨付支出；打印日期：2021-09-15）");
    let bal = 0;
    ["2020", "2021"].forEach((y) => {
      full(`${y}年度`);
      rows.push(["月", "日", "凭证字号", "摘要", "借方", "贷方", "方向", "余额"]);
      rows.push([1, 1, null, y === "2020" ? "年初余额" : "上年结转", null, null, bal ? "贷" : "平", bal]);
      let yD = 0, yC = 0;
      const months = [...new Set(FD.filter((f) => f[0].startsWith(y)).map((f) => f[0].slice(5, 7)))];
      months.forEach((m) => {
        let mD = 0, mC = 0;
        FD.filter((f) => f[0].startsWith(`${y}-${m}`)).forEach((f) => {
          bal += f[4] - f[3]; mD += f[3]; mC += f[4];
          rows.push([+m, +f[0].slice(8), f[1], f[2], f[3] || null, f[4] || null, "贷", bal]);
        });
        yD += mD; yC += mC;
        rows.push([+m, null, null, "本月合计", mD || null, mC || null, "贷", bal]);
        rows.push([+m, null, null, "本年累计", yD || null, yC || null, "贷", bal]);
      });
      if (y === "2020") rows.push([12, 31, null, "结转下年", null, null, "贷", bal]);
    });
    assert(bal === 5000000 - F_ALL, "balance");
    sheets.push(sheet("专项资金明细账", rows, merges));
  }
  // ---------------------------------------------------------------- 市商务局通报附表 (reports: counties × months, "月.日")
  const RM = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  const CTY = ["端州区", "鼎湖区", "高要区", "四会市", "广宁县", "怀集县", "封开县", "德庆县"];
  const DQ_DAYS = [8, 9, 6, 7, 8, 9, 12, 7, 10, 8, 6, 9];
  const repDates = RM.map((m, i) => `${m}-${String(DQ_DAYS[i]).padStart(2, "0")}`);
  assert(monthsCovered(repDates) === 12, "德庆 12 months");
  {
    const W = 15, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:O${R()}`); };
    full("附件");
    full("各县（市、区）电子商务进农村工作月报报送情况统计表（2020年9月—2021年8月）");
    full("肇庆市商务局　　表中为各地报送日期（月.日），报送月份即列名所示年月；“×”为当月未报送；标“迟”的为超过当月10日报送　　（德庆县商务局存档，2021年9月17日收到）");
    rows.push(["县（市、区）"].concat(RM.map(fmtMonth), ["报送次数", "其中按时"]));
    CTY.forEach((c, ci) => {
      const cells = RM.map((m, i) => {
        const d = c === "德庆县" ? DQ_DAYS[i] : 5 + ((ci * 3 + i * 7) % 8);
        const miss = c !== "德庆县" && (ci * 5 + i * 3) % 11 === 4;
        return miss ? "×" : `${+m.slice(5)}.${d}${d > 10 ? "迟" : ""}`;
      });
      const n = cells.filter((x) => x !== "×").length, onTime = cells.filter((x) => x !== "×" && !x.endsWith("迟")).length;
      rows.push([c].concat(cells, [n, onTime]));
    });
    full("注：月报内容含示范创建工作进展、成效及电商相关统计数据，并附电商扶贫统计表。");
    sheets.push(sheet("市局通报附表（月报）", rows, merges));
  }
  // ---------------------------------------------------------------- 网站稿件管理导出 (disclosures: 发布时间, not 创建时间)
  const COL = "电子商务进农村综合示范";
  const ART = []; // [title, 栏目, 状态, 创建, 发布|null, 作者]
  const prog = ["2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  prog.forEach((m, i) => {
    const [y, mm] = m.split("-").map(Number);
    const ny = mm === 12 ? y + 1 : y, nm = mm === 12 ? 1 : mm + 1;
    const base = `${ny}-${String(nm).padStart(2, "0")}`;
    let cr = `${base}-${String(3 + (i % 4)).padStart(2, "0")}`, pub = isoAdd(cr, 1);
    if (m === "2021-01") { cr = "2021-02-08"; pub = "2021-03-03"; }
    if (m === "2021-02") { cr = "2021-03-09"; pub = "2021-03-10"; }
    ART.push([`德庆县电子商务进农村综合示范项目建设进度（${fmtMonth(m + "-01")}）`, COL, "已发布", cr, pub, "谭××"]);
  });
  ART.push(["德庆县电子商务进农村综合示范县创建工作方案", COL, "已发布", "2020-05-12", "2020-05-13", "黄××"]);
  ART.push(["德庆县电子商务进农村综合示范项目基本信息公示", COL, "已发布", "2020-06-02", "2020-06-03", "黄××"]);
  ART.push(["关于设立电子商务进农村综合示范项目监督举报电话和邮箱的公告", COL, "已发布", "2020-06-02", "2020-06-03", "黄××"]);
  ART.push(["德庆县村级电商服务站点名单公示（第一批）", COL, "已发布", "2020-12-24", "2020-12-28", "谭××"]);
  ART.push(["德庆县2021年电商人才培训计划", COL, "已发布", "2021-03-17", "2021-03-18", "谭××"]);
  ART.push(["德庆县电子商务进农村综合示范专项资金使用情况公示", COL, "已发布", "2021-07-19", "2021-07-20", "黄××"]);
  ART.push(["德庆县电商产业园入驻企业名单", COL, "草稿", "2021-02-23", null, "谭××"]);
  ART.push(["德庆县村级电商服务站点名单公示（第二批）", COL, "已退回", "2021-02-25", null, "谭××"]);
  ART.push(["德庆县举办2021年网上年货节", "商务动态", "已发布", "2021-02-04", "2021-02-05", "陈××"]);
  ART.push(["关于做好春节期间市场保供工作的通知", "通知公告", "已发布", "2021-02-01", "2021-02-02", "陈××"]);
  ART.push(["德庆县商务局2020年政府信息公开工作年度报告", "政府信息公开年报", "已发布", "2021-01-25", "2021-01-27", "陈××"]);
  ART.push(["肇庆市商务局领导到德庆调研电商产业园", "商务动态", "已发布", "2021-06-15", "2021-06-16", "陈××"]);
  ART.sort((a, b) => (a[3] < b[3] ? 1 : a[3] > b[3] ? -1 : a[0] < b[0] ? 1 : -1));
  const discDates = ART.filter((a) => a[1] === COL && a[4]).map((a) => a[4]);
  const discCreated = ART.filter((a) => a[1] === COL).map((a) => a[3]);
  assert(monthsCovered(discDates) === 11 && monthsCovered(discCreated) === 12, "11 months by 发布时间 (no February), 12 by 创建时间");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("稿件管理 — 导出结果（德庆县人民政府门户网站内容管理系统）");
    full("站点：德庆县人民政府门户网站　　操作单位：德庆县商务局　　查询条件：创建时间 2020-05-01 至 2021-09-14，全部状态，全部栏目　　导出时间：2021-09-14 17:05:33　　按创建时间倒序");
    rows.push(["稿件ID", "标题", "所属栏目", "状态", "创建人", "创建时间", "发布时间", "点击数", "审核人"]);
    ART.forEach((a, i) => rows.push([String(48211 - i * 37), a[0], a[1], a[2], a[5], `${a[3]} ${String(9 + (i % 8)).padStart(2, "0")}:${String((i * 17) % 60).padStart(2, "0")}:${String((i * 29) % 60).padStart(2, "0")}`,
      a[4] ? `${a[4]} ${String(10 + (i % 6)).padStart(2, "0")}:${String((i * 13) % 60).padStart(2, "0")}:00` : "", a[4] ? 40 + (i * 37) % 400 : 0, a[2] === "草稿" ? null : "李××"]));
    full(`共 ${ART.length} 条记录`);
    sheets.push(sheet("网站稿件导出", rows, merges));
  }
  // ---------------------------------------------------------------- 新闻媒体采访接待登记 (media: 刊播日期)
  // [接待 iso, 媒体, 级别, 记者, 主题, 刊播 iso|null, 刊播 cell, 形式, 扶贫案例]
  const MD = [
    ["2020-11-10", "德庆县融媒体中心", "县级", "冯××", "村级电商服务站建设", "2020-11-12", "2020.11.12", "电视", "否"],
    ["2021-01-20", "南方日报（南方＋客户端）", "省级", "叶××", "贡柑网销", "2021-01-26", D("2021-01-26"), "网络", "否"],
    ["2021-03-11", "肇庆广播电视台", "市级", "区××", "电商产业园", null, "未播出（素材留存）", "电视", "否"],
    ["2021-05-18", "广东广播电视台珠江频道", "省级", "何××", "脱贫户直播卖贡柑", "2021-06-20", "2021年6月20日", "电视", "是"],
    ["2021-07-06", "德庆县融媒体中心", "县级", "冯××", "农村青年电商创业", "2021-07-07", "2021.7.7", "电视", "否"],
    ["2021-08-20", "肇庆日报", "市级", "苏××", "电商进农村综合示范", "2021-09-03", "2021.9.3", "报纸", "否"],
    ["2021-08-25", "中央广播电视总台农业农村频道", "国家级", "王××", "电商帮扶脱贫户", null, "尚未播出", "电视", "是"],
  ];
  const lvIn = new Set(MD.filter((m) => m[5] && m[5] <= AS_OF).map((m) => m[2]));
  assert(lvIn.has("省级") && lvIn.has("县级") && !lvIn.has("市级") && !lvIn.has("国家级"), "province + county by 刊播日期");
  {
    const W = 11, rows = [], merges = [];
    rows.push(span("德庆县商务局新闻媒体采访接待登记表", W)); merges.push("A1:K1");
    rows.push(span("局办公室　　“刊播日期”为报道实际刊发或播出的日期，未刊播的写明情况", W)); merges.push("A2:K2");
    rows.push(["序号", "接待日期", "媒体名称", "媒体级别", "记者", "采访主题", "陪同人员", "刊播日期", "刊播形式", "是否电商扶贫典型案例", "备注"]);
    MD.forEach((m, i) => rows.push([i + 1, [fmtDot, D, fmtCn][i % 3](m[0]), m[1], m[2], m[3], m[4], ["谭××", "黄××"][i % 2], m[6], m[7], m[8],
      i === 3 ? "《珠江新闻眼》乡村振兴系列" : i === 6 ? "拟于10月播出" : null]));
    sheets.push(sheet("采访接待登记", rows, merges));
  }
  // ---------------------------------------------------------------- 政务信息报送登记 (materials: 经验材料 to 市商务局)
  const INF = [
    ["2020-10-12", "德庆县召开电子商务进农村综合示范县创建推进会", "工作动态", "县委办公室", "采用"],
    ["2020-12-03", "德庆县首批62个村级电商服务站通过验收", "工作动态", "县政府办公室", "采用"],
    ["2021-04-16", "“贡柑＋电商”助农增收的德庆做法", "经验材料", "肇庆市商务局", "市商务局《商务工作简报》第9期采用"],
    ["2021-06-02", "关于我县电商产业园运营情况的报告", "信息专报", "县政府办公室", "县领导批示"],
    ["2021-07-19", "德庆县举办脱贫户电商技能专场培训", "工作动态", "县委办公室", "未采用"],
    ["2021-09-08", "德庆县电商服务站“四代”服务打通农村“最后一公里”", "经验材料", "肇庆市商务局", "待采用"],
  ];
  assert(INF.filter((x) => x[2] === "经验材料" && x[0] <= AS_OF).length === 1, "one material by cut-off");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("德庆县商务局政务信息报送登记表（2020—2021年）", W)); merges.push("A1:H1");
    rows.push(span("局办公室　　类型：工作动态、信息专报、经验材料（向市商务局报送的示范创建经验做法和案例）", W)); merges.push("A2:H2");
    rows.push(["序号", "报送日期", "标题", "类型", "报送对象", "报送方式", "采用情况", "撰稿人"]);
    INF.forEach((x, i) => rows.push([i + 1, [fmtCn, fmtDot][i % 2](x[0]), x[1], x[2], x[3], ["粤政易", "电子邮件", "公文交换"][i % 3], x[4], ["谭××", "黄××", "陈××"][i % 3]]));
    sheets.push(sheet("政务信息报送登记", rows, merges));
  }
  // ---------------------------------------------------------------- 考评自查整改清单 (facts, judged, claims)
  const JG = { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3 };
  // [id, 指标, [[评分项, 自查情况, 存在问题, 整改措施, 股室, 时限, 得分]], 整改后预计]
  const IND = [
    ["org.leadership", "组织领导（2分）", [["主要领导牵头、多部门参与", "县政府成立德庆县电子商务进农村综合示范县创建工作领导小组，县长任组长，分管副县长任副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司为成员单位（德府办函〔2020〕15号）；2021年5月县长职务调整后重新发文，仍由县长任组长（德府办函〔2021〕32号）。", "无", "—", "办公室", "—", 2]], 2],
    ["org.plan", "方案制定（2分）", [["示范县工作方案", "《德庆县电子商务进农村综合示范县创建工作方案》已于2020年4月正式印发（德府办〔2020〕9号）。", "无", "—", "电商股", "—", JG["org.plan"]]], 2],
    ["org.policy", "政策支持（2分）", [["支持政策", "出台《德庆县扶持农村电子商务发展十条措施》（德府〔2020〕18号）。", "场地租金补贴、物流补贴两条尚未兑现，落实一般。", "9月底前完成第一批补贴兑现。", "电商股", "2021年9月30日", JG["org.policy"]]], 2],
    ["org.management", "项目管理（4分）", [["项目管理制度", "制定《德庆县电子商务进农村综合示范项目建设管理办法》，招标、建设、验收按办法执行。", "无", "—", "电商股", "—", JG["org.management.system"]],
      ["工作台账", "建立项目工作台账，记录项目建设进度。", "部分项目验收记录、会议记录未归档，台账不完整。", "逐项补齐验收、会议记录并归档。", "电商股", "2021年9月20日", JG["org.management.ledger"]]], 4],
    ["work.center", "服务体系建设：县级中心与产业园（15分）", [
      ["建成县级电子商务公共服务中心（2分）", "县电子商务公共服务中心2021年3月8日投入运营（原计划2020年12月，因装修工程延期）。", "无", "—", "电商股", "—", 2],
      ["建成后正常运行6个月以上（2分）", "截至9月10日已运行满6个月。", "无", "—", "电商股", "—", 2],
      ["免费培训场所、设备（2分）", "设培训教室1间、电脑40台，免费开展电商基础培训。", "无", "—", "电商股", "—", 2],
      ["免费展示、销售服务（1分）", "设农特产品展厅，免费展示、代销贡柑、肉桂、何首乌等120款产品。", "无", "—", "电商股", "—", 1],
      ["免费摄影、美工服务（1分）", "设摄影棚，为本地网商免费拍摄产品、设计详情页。", "无", "—", "电商股", "—", 1],
      ["统一推广、品牌建设（1分）", "打造“德庆贡柑”网销品牌，组织统一推广，指导12家企业品牌建设。", "无", "—", "电商股", "—", 1],
      ["其他衍生增值服务（1分）", "提供金融贷款对接、物流对接、代办营业执照等服务。", "无", "—", "电商股", "—", 1],
      ["建设电商产业园（2分）", "整合县创业孵化园建设县电商产业园，2020年11月开园。", "无", "—", "电商股", "—", 2],
      ["入驻企业20家以上（2分）", "园区现有入驻企业20家（见《消防安全责任书签订台账》）。", "无", "—", "电商股", "—", 2],
      ["入驻企业三种以上类型（1分）", "有平台型、销售型、电商运营商、物流企业、直播电商等类型。", "无", "—", "电商股", "—", 1]], 15],
    ["work.coverage", "服务体系建设：村级站点覆盖（10分）", [
      ["行政村覆盖率（5分）", `全县行政村168个（另有社区12个）；村级站点覆盖行政村${clerkCov}个，覆盖率71.4%（见《站点验收汇总》）。`, "无", "—", "电商股", "—", 5],
      ["省定贫困村覆盖率（5分）", "省定贫困村20个，全部建站，覆盖率100%。", "无", "—", "电商股", "—", 5]], 10],
    ["work.upward", "农村产品上行（10分）", [
      ["网销调研（1-2分）", "形成《德庆县农产品网络销售调研报告》并报市商务局，提出针对性建议。", "无", "—", "电商股", "—", JG["work.upward.research"]],
      ["网络促销活动（1-2分）", "举办“德庆贡柑网购节”1场，成效一般。", "促销活动场次少。", "第四季度举办直播带货节。", "电商股", "2021年12月31日", JG["work.upward.promotion"]],
      ["专业第三方运营服务商（1分）", "公开招标引入德庆县康城电子商务运营管理有限公司为第三方运营服务商。", "无", "—", "电商股", "—", 1],
      ["行政村物流快递覆盖率100%（1分）", "行政村快递覆盖率100%（肇庆市邮政管理局2021年6月出具证明）。", "无", "—", "综合股", "—", 1],
      ["交易标准、冷链溯源（1-2分）", "出台贡柑电商交易标准；溯源系统在建，冷链未建。", "冷链系统未建。", "协调冷链企业合作。", "电商股", "2021年12月31日", JG["work.upward.standards"]],
      ["2020年网零增速≥30%（2分）", "2019年农村网络零售额8.62亿元、2020年10.74亿元，增长24.6%；农产品网络零售额2019年3.15亿元、2020年4.02亿元，增长27.6%；均未达30%（2021年1—8月农村网络零售额同比增长35.2%）。",
        "2020年增速未达30%。", "属历史数据，无法整改。", "综合股", "—", 0]], 6],
    ["work.training", "电商人才培训（20分）", [
      ["培训人次（10分）", `常住人口31.68万人（第七次全国人口普查）；截至9月10日累计培训${thousands(T_ALL)}人次（见《讲师课酬发放表》），占常住人口1.02%。`, "无", "—", "电商股", "—", 10],
      ["建档立卡贫困人口培训率（10分）", "有劳动能力（不含外出务工）的建档立卡贫困人口1,186人（县乡村振兴局确认），参加培训642人，培训率54.1%。", "无", "—", "电商股", "—", 10]], 20],
    ["info.disclosure", "信息公开（4分）", [
      ["专栏设立且内容全面（2分）", "县政府网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口（电话、邮箱）。", "无", "—", "电商股", "—", 2],
      ["专栏按月更新（2分）", "专栏每月更新项目建设进度（见网站稿件导出）。", "无", "—", "电商股", "—", 2]], 4],
    ["info.reporting", "数据上报（6分）", [
      ["每月向市商务局报送（3分）", "每月10日前向肇庆市商务局报送工作进展月报（见市商务局通报附表）。", "2021年3月月报迟报2天。", "明确专人负责，按时报送。", "电商股", "长期", 3],
      ["统计电商扶贫情况（3分）", "月报附电商扶贫统计表（脱贫户培训、带动增收情况），能统计电商扶贫情况。", "无", "—", "电商股", "—", 3]], 6],
    ["promo.cases", "案例总结（2分）", [["向市商务局报送经验材料（2分）", "2021年4月16日向肇庆市商务局报送《“贡柑＋电商”助农增收的德庆做法》（见政务信息报送登记）。", "无", "—", "办公室", "—", 2]], 2],
    ["promo.media", "经验推广（8分）", [["主流媒体宣传报道", "广东广播电视台珠江频道、南方＋、肇庆日报、德庆县融媒体中心均有报道；中央广播电视总台农业农村频道已来德庆采访（见采访接待登记）。", "无", "—", "办公室", "—", 8]], 8],
    ["fund.system", "制度建立（5分）", [["资金管理制度（1-5分）", "制定《德庆县省级电子商务进农村综合示范专项资金管理办法》。", "考核问责条款不够细。", "修订完善管理办法。", "电商股", "2021年10月31日", JG["fund.system"]]], 5],
    ["fund.ledger", "资金台账（5分）", [["资金专用台账（1-5分）", "县商务局设专项资金科目明细账，各承建单位建立资金专用台账。", "个别承建单位凭证附件不全。", "督促补齐凭证附件。", "电商股", "2021年9月30日", JG["fund.ledger"]]], 5],
    ["fund.spending", "资金支出（5分）", [["支出率及及时拨付（1-5分）", `省级下达资金500万元，截至8月31日累计拨付${F_IN / 10000}万元，支出率72.2%；9月9日又拨付28.6万元。`, "支出进度偏慢。", "加快项目验收和拨付。", "电商股", "2021年10月31日", JG["fund.spending"]]], 4],
    ["bonus.poorTraining", "加分项：贫困人口培训率70%以上（2分）", [["贫困人口培训率", "培训率54.1%，未达70%。", "无", "—", "电商股", "—", 0]], 0],
    ["bonus.tvCase", "加分项：电商扶贫典型案例获电视播报（国家级2分、省级1分）", [["电视播报", "2021年6月20日广东广播电视台珠江频道播出德庆脱贫户直播卖贡柑（电商扶贫典型案例）；中央广播电视总台农业农村频道已采访，尚未播出。", "国家级尚未播出。", "跟进央视播出。", "办公室", "2021年10月31日", 1]], 2],
  ];
  assert(F_IN / 10000 === 361.24 && Math.round(T_ALL / POP * 10000) === 102 && Math.round(642 / 1186 * 1000) === 541, "texts");
  assert(Math.round((10.74 / 8.62 - 1) * 1000) === 246 && Math.round((4.02 / 3.15 - 1) * 1000) === 276 && Math.round(clerkCov / 168 * 1000) === 714, "growth, coverage texts");
  const CL = {};
  IND.forEach((x) => { CL[x[0]] = sum(x[2].map((it) => it[6])); });
  const clSum = SCORED.reduce((a, id) => a + CL[id], 0), clBonus = CL["bonus.poorTraining"] + CL["bonus.tvCase"];
  const afterSum = sum(IND.filter((x) => SCORED.includes(x[0])).map((x) => x[3]));
  assert(clSum === 90 && clBonus === 1 && CL["work.upward"] === 6, "claims 90 + 1 got " + clSum);
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("德庆县电子商务进农村综合示范创建考评自查整改清单");
    full("德庆县商务局（电商股）　　2021年9月10日　　考评截止日：2021年8月31日　　（自查情况中的数据截至9月10日，另有说明的除外）");
    rows.push(["序号", "考评指标（分值）", "评分项", "自查情况", "存在问题", "整改措施", "责任股室", "整改时限", "自评得分", "自评小计", "整改后预计得分"]);
    IND.forEach((x, i) => {
      const s = R() + 1;
      x[2].forEach((it, k) => rows.push([k === 0 ? i + 1 : null, k === 0 ? x[1] : null, it[0], it[1], it[2], it[3], it[4], it[5], it[6], k === 0 ? CL[x[0]] : null, k === 0 ? x[3] : null]));
      if (x[2].length > 1) merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`, `J${s}:J${R()}`, `K${s}:K${R()}`);
    });
    const VETO = [["一票否决：安全生产、质量事故或重大损失", "项目实施以来未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。"],
      ["一票否决：项目总体进度不足40%", "项目总体进度88%（按合同完成工作量计）。"], ["一票否决：弄虚作假", "无弄虚作假情况。"]];
    VETO.forEach((v, k) => rows.push([IND.length + 1 + k, v[0], "不触发", v[1], "无", "—", "办公室", "—", "—", "—", "—"]));
    rows.push(["合计", null, null, "15项自评小计合计＋加分项（加分最多4分）", null, null, null, null, null, `${clSum}＋${clBonus}＝${clSum + clBonus}`, `${afterSum}＋2＝${afterSum + 2}`]); merges.push(`A${R()}:C${R()}`);
    full("填表：谭××　　股室负责人：黄××　　分管局领导：李××（报局务会研究）");
    sheets.push(sheet("自查整改清单", rows, merges));
  }
  sheets.unshift(sheet("目录", [["德庆县电子商务进农村综合示范考评资料目录"], ["1．自查整改清单（县商务局电商股）"], ["2．村庄规划编制进度（县自然资源局：行政村、省定贫困村）"], ["3．站点验收汇总（村级电商服务站点）"],
    ["4．讲师课酬发放表（培训人次）"], ["5．消防责任书台账（产业园入驻企业）"], ["6．专项资金明细账（县商务局财务）"], ["7．市局通报附表（月报报送）"], ["8．网站稿件导出（专栏更新）"],
    ["9．采访接待登记（宣传报道）"], ["10．政务信息报送登记（经验材料）"], ["德庆县商务局　2021年9月"]]));
  sheets.push(sheet("下拉选项", [["是否", "进度", "股室"], ["是", "已完成", "办公室"], ["否", "整改中", "综合股"], [null, "未启动", "电商股"]], null, { hidden: true }));

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 5,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 0,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": JG["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 82, "82 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 83, "83");
  const covList = [...covIn].length;
  write("counties/b132-c1-deqing.json", {
    description:
      "肇庆德庆县商务局交的整本考评资料（目录＋自查整改清单＋9个别的用途的表＋隐藏的下拉选项表），82分＋加分1＝83分，未否决（清单自评90＋1＝91）。《自查整改清单》是电商股报局务会的自查稿：一评分项一行，列 序号｜考评指标（分值）｜评分项｜自查情况｜存在问题｜整改措施｜责任股室｜整改时限｜自评得分｜自评小计（按指标纵向合并）｜整改后预计得分；抬头写明考评截止日2021年8月31日，但“自查情况中的数据截至9月10日”。读法：逐项自评读“自评得分”和“自评小计”，不读“整改后预计得分”；整改时限不是任何日期事实；县长任组长，商务、财政、农业农村、乡村振兴都在 → 2；中心“2021年3月8日投入运营”晚于2021年2月28日，清单说“截至9月10日满6个月”也不算 → 该项0；网零增速24.6%、27.6%都不到30%，“2021年1—8月同比增长35.2%”不是2020年增速；贫困人口1,186人、参训642人＝54.1%（没有人员名单，用这两个数）。《村庄规划编制进度》（自然资源局）：类型 行政村168个、社区12个（社区不算），是否省定贫困村“是”20个。《站点验收汇总》按批次分段：读“挂牌运营日期”不读“验收日期”（第三批6—8月挂牌、9月才验收，仍算）；日期有真日期、“2020.7.10”、“…年…月…日”、“2020/7/16”和两位年份“20.7.16”；一村两站算一个，社区站、林场站不算，9月挂牌的2个不算 → 118/168＝70.2% → 5；贫困村20/20 → 5。《讲师课酬发放表》：一行一位讲师，同一期第二位讲师那一行日期、培训班、人次都写“同上”，人次只算一次；日期“9月18日”的年份看上面的“2020年”“2021年”分段行；“4月12日—14日”三天班读作4月14日、186人次；9月两期650人次不算 → 2,590÷316,800＝0.818% → 8（把“同上”当重复就会过1%）。《消防责任书台账》：签订日期即入驻日期，“年度续签日期”不是；23家，8月31日在园20家（4月、7月退园的不算，9月3日退园的仍算，9月6日入驻的不算）→ 2。《专项资金明细账》是财务软件明细账：月、日分两列，年份看“2020年度”“2021年度”分段；贷方500万元是收到资金不是拨付；本月合计、本年累计、上年结转、结转下年不是记录；截至8月31日借方3,612,400元＝72.2%（9月9日286,000元不算）。《市局通报附表》是肇庆市商务局的通报附件，八个县一县一行，月份为列，格内“月.日”为报送日期（年份看列名），德庆县一行12个月都有（“3.12迟”也是报了）→ 3。《网站稿件导出》是网站内容管理系统的导出：只算栏目“电子商务进农村综合示范”、状态“已发布”的稿件，日期读“发布时间”不读“创建时间”；1月进度稿2月8日创建、3月3日才发布，草稿和已退回的没发布，商务动态、通知公告不算 → 2021年2月专栏没有发布，11个月 → 不定时1。《采访接待登记》读“刊播日期”：肇庆日报8月20日采访、9月3日刊发不算，肇庆台未播出、央视尚未播出不算 → 省级＋县级＝5；珠江频道的电商扶贫典型案例 → 电视加分1。《政务信息报送登记》只有“经验材料”报市商务局的是案例材料，4月16日一篇 → 2。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CL } },
    derivation: [
      "org.leadership: 自查清单：领导小组县长任组长（主要领导），成员单位商务、财政、农业农村、乡村振兴都在；2021年5月重新发文仍由县长任组长 → 2",
      "org.plan: 工作方案2020年4月正式印发（德府办〔2020〕9号）；自评得分2 → 2",
      "org.policy: 《扶持农村电子商务发展十条措施》已出台，两条未兑现；自评得分1 → 1",
      "org.management: 项目管理制度自评2 ＋ 工作台账自评1 → 3",
      "work.center: 中心2021-03-08投入运营 ≤ 截止日 → 2；晚于2021-02-28，截至8月31日未满6个月 → 0（清单按9月10日算满6个月，不采信）；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；衍生增值服务 1；产业园已建成 2；消防责任书台账23家，截止日在园20家（马圩砂糖桔合作社2021.4.30、新圩竹编网店2021.7.15退园不算；何首乌网店2021.9.3退园仍算；鲜生冷链2021.9.6入驻不算）≥ 20 → 2；类型 电商运营商、平台型、销售型、直播电商、物流企业、电商服务 ≥ 3 → 1；合计 13（自评15）",
      `work.coverage: 村庄规划编制进度表行政村168个（社区12个不算），省定贫困村“是”20个；站点验收汇总按“挂牌运营日期” ≤ 2021-08-31 的站点覆盖行政村${covList}个（第三批6—8月挂牌、9月验收的照算；一村两站算一个；朝阳社区、悦城居委会站不算；大坪林场站不在村名单，不算；9月3日、9月8日挂牌的两个村不算）；118/168 = 70.2% ≥ 70% → 5；贫困村20/20 = 100% → 5；合计 10（若按验收日期只有${covByAcc.size}个村、贫困村18个）`,
      "work.upward: 网销调研2；网络促销1；第三方运营服务商（公开招标的康城电子商务）1；村名单无快递列，清单“行政村快递覆盖率100%” → 1；交易标准与溯源1；农村网零10.74/8.62亿元 = +24.6%，农产品网零4.02/3.15亿元 = +27.6%，都 < 30%（2021年1—8月的35.2%不是2020年增速）→ 0；合计 6",
      `work.training: 讲师课酬发放表截至8月31日17期参训人次 ${thousands(T_IN)}（第二位讲师行“同上”不另计；“4月12日—14日”三天班186人次记在4月14日；9月3日480人次、9月10日170人次不算）；常住人口31.68万 < 50万，基数316,800；2,590/316,800 = 0.818% → 0.8%–1% → 8。无贫困人口名单，用清单所列：有劳动能力（不含外出务工）1,186人，参训642人 = 54.1% ≥ 50% → 10；合计 18（自评20，按9月10日3,240人次）`,
      "info.disclosure: 清单：专栏公示创建方案、项目基本信息、项目建设进度，设监督举报电话和邮箱 → 2；网站稿件导出中专栏“已发布”稿件按发布时间，2020-09至2021-08有发布的月份11个（2021年1月进度稿2月8日创建、3月3日发布；2月只有未发布的草稿和退回稿，商务动态、通知公告是别的栏目）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 肇庆市商务局通报附表德庆县一行：2020年9月至2021年8月每月都有报送日期（2021年3月“3.12迟”也已报送）→ 3；清单：月报附电商扶贫统计表，能统计 → 3；合计 6",
      "promo.cases: 政务信息报送登记：2021.4.16 向肇庆市商务局报送经验材料《“贡柑＋电商”助农增收的德庆做法》→ 2（9月8日那篇在截止日后；工作动态、信息专报报县委办、县政府办，不是）",
      "promo.media: 按刊播日期 ≤ 2021-08-31：广东广播电视台珠江频道2021.6.20、南方＋2021.1.26（省级）→ 4；德庆县融媒体中心2020.11.12、2021.7.7（县级）→ 1；肇庆日报8月20日采访、2021.9.3刊发，肇庆广播电视台未播出（市级都不算）；央视尚未播出；合计 5（自评8）",
      "fund.system: 专项资金管理办法已制定；自评得分4 → 4",
      "fund.ledger: 科目明细账和承建单位专用台账已建立；自评得分4 → 4",
      `fund.spending: 专项资金明细账借方（拨付）截至2021-08-31共11笔 ${thousands(F_IN)}元（贷方5,000,000元是收到资金；本月合计、本年累计不是记录；2021-09-09的286,000元不算）；${thousands(F_IN)}/5,000,000 = 72.2% ≥ 70% → 及时拨付自评3 → 3`,
      "bonus.poorTraining: 642/1,186 = 54.1% < 70% → 0",
      "bonus.tvCase: 广东广播电视台珠江频道2021.6.20播出的电商扶贫典型案例（省级电视）→ 1；央视尚未播出",
      "veto.incident: 清单：未发生安全生产、质量事故或重大损失 → 0，不否决",
      "veto.progress: 清单：项目总体进度88% ≥ 40% → 0，不否决",
      "veto.fraud: 清单：无弄虚作假 → 0，不否决",
      `total: 2+2+1+3+13+10+6+18+3+6+2+5+4+4+3 = ${sc}，加分0+1 = ${bonus}，合计${total}；清单自评${clSum}＋${clBonus} = ${clSum + clBonus}`,
    ],
  });
})();

// =====================================================================================
// facts/b132-f1-gaozhou: 茂名高州市 — 市审计局专项审计调查的《审计工作底稿》（固定格式：索引号、被审计单位、审计事项、会计期间或截止日期、
// 编制人／复核人，审计过程及结果逐项一行，证据索引）；分管副市长任组长；9月另拨的39万元“不含在累计数内”；
// 审计发现中心摄影美工收费 → 不是免费；“被审计单位自评情况”一行引了资金管理三项的自评分；审计结论“未发现弄虚作假”
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("高州市审计局");
  full("审　计　工　作　底　稿");
  rows.push(["索引号", "GZSJ-2021-ZX07-03", null, null, "页次", "第1页 共1页"]); merges.push(`B${R()}:D${R()}`);
  rows.push(["被审计单位名称", "高州市商务局", null, "审计（调查）事项", "省级电子商务进农村综合示范专项资金管理使用情况", null]); merges.push(`B${R()}:C${R()}`, `E${R()}:F${R()}`);
  rows.push(["会计期间或截止日期", "2019年11月—2021年8月31日（截止日与省级示范县考评截止日一致）", null, "审计人员", "李××、冯××", null]); merges.push(`B${R()}:C${R()}`, `E${R()}:F${R()}`);
  rows.push(["编制人", "冯××", "编制日期", "2021年9月24日", "复核人及日期", "李××　2021年9月27日"]);
  full("审计过程及结果");
  rows.push(["序号", "审计事项", "审计过程及结果", null, null, "证据索引"]); merges.push(`C${R()}:E${R()}`);
  const spent = 3926500, sept = 390000;
  assert(Math.round(spent / 5000000 * 1000) === 785, "78.5%");
  const T = [
    ["示范县创建基本情况", "高州市2019年列入省级电子商务进农村综合示范县。市政府成立以分管副市长为组长，市商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、交通运输局、邮政分公司为成员的示范县创建工作领导小组（高府办函〔2019〕156号）；《高州市电子商务进农村综合示范县创建工作方案》于2020年1月正式印发（高府办〔2020〕3号）。", "ZX07-03-01"],
    ["资金下达", "省财政下达省级电子商务进农村综合示范专项资金500万元，茂名市财政局2019年11月转下达，高州市财政局2019年12月拨入市商务局专户。查阅下达文件及银行进账单，金额一致。", "ZX07-03-02"],
    ["资金管理制度", "市商务局、市财政局2020年3月联合印发《高州市省级电子商务进农村综合示范专项资金管理办法》（高商务〔2020〕9号），明确资金支持方向、申报审核、拨付程序和绩效考核问责。", "ZX07-03-03"],
    ["资金台账", "市商务局建立专项资金台账，各承建单位设立专项资金明细账，按项目归集支出；抽查记账凭证38份，账证相符。", "ZX07-03-04"],
    ["资金拨付", `截至2021年8月31日，市商务局累计拨付专项资金${thousands(spent)}.00元，资金支出率78.5%；9月1日至审计日另拨付${thousands(sept)}.00元（不含在上述累计数内）。`, "ZX07-03-05"],
    ["项目建设进度", "按合同约定建设内容测算，项目总体进度86%。县级电子商务公共服务中心2020年9月28日投入运营，由公开招标确定的第三方运营服务商茂名市高凉电子商务有限公司运营；市电商产业园已建成，入驻企业21家。", "ZX07-03-06"],
    ["发现问题一", "中心摄影美工服务按每款产品50元向网商收费，不符合工作方案“免费提供摄影、美工服务”的规定，至审计日累计收费6,350元。", "ZX07-03-07"],
    ["发现问题二", "村级站点建设补助拨付时，3个站点验收资料不全（已督促补齐）。", "ZX07-03-08"],
    ["被审计单位自评情况", "市商务局示范县考评自评报告“加强财政资金管理”部分自评：制度建立5分、资金台账5分、资金支出5分（合计15分）。", "ZX07-03-09"],
  ];
  T.forEach((t, i) => { rows.push([i + 1, t[0], t[1], null, null, t[2]]); merges.push(`C${R()}:E${R()}`); });
  rows.push(["审计结论", "专项资金管理基本规范，未发现挤占挪用、虚报冒领和弄虚作假问题；对中心违规收费问题，建议立即停止收费并清退已收费用。", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push(["被审计单位意见", "经核对，以上情况属实。　　高州市商务局（盖章）　　2021年9月28日", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  write("facts/b132-f1-gaozhou.json", {
    description:
      "茂名高州市商务局交来当事实表的，是市审计局专项审计调查的《审计工作底稿》（第1行“高州市审计局”，固定表头：索引号、页次、被审计单位名称“高州市商务局”、审计（调查）事项、会计期间或截止日期、审计人员、编制人／复核人及日期；下面“审计过程及结果”一事项一行，过程及结果横向合并C:E，最后是证据索引；末尾审计结论、被审计单位意见）。读法：county高州市；截止日期写明“与省级示范县考评截止日一致” → asOf 2021-08-31；“以分管副市长为组长” → deputy；方案已印发；下达500万元；资金管理办法已印发；专项资金台账、承建单位明细账都有 → 台账已建立；截至8月31日累计拨付3,926,500元，9月另拨的390,000元“不含在上述累计数内”，不加；“项目总体进度86%” → 0.86（支出率78.5%不是进度）；中心2020年9月28日投入运营；公开招标的第三方运营服务商 → 是；产业园已建成 → 是；“发现问题一”摄影美工按每款50元收费 → 摄影美工不是免费，centerPhoto为false；“被审计单位自评情况”引了自评报告资金管理三项的自评分：制度建立5、资金台账5、资金支出5 → 这三项的主观分和claimed；审计结论“未发现…弄虚作假问题” → vetoFraud为false。其余（站点、培训、网零、常住人口）底稿没写，不列。",
    sheets: [sheet("审计工作底稿", rows, merges)],
    expect: {
      facts: {
        county: "高州市", asOf: "2021-08-31", planIssued: true, fundAllocated: 5000000, fundSystemIssued: true, fundLedgerKept: true, fundSpentStated: spent,
        overallProgress: 0.86, centerOpened: "2020-09-28", thirdPartyOperator: true, parkBuilt: true, centerPhoto: false, vetoFraud: false,
      },
      judged: { "fund.system": 5, "fund.ledger": 5, "fund.spending": 5 },
      leadership: "deputy",
      claimed: { "fund.system": 5, "fund.ledger": 5, "fund.spending": 5 },
    },
  });
})();

// =====================================================================================
// facts/b132-f2-guangning: 肇庆广宁县 — 县电商公共服务中心的《参观讲解词》（迎接省考评组修订版）：一个讲解点位一行，
// 讲解词是整段话，旁边是动线／提示和时长；“县委常委、常务副县长任组长” → 分管；“2020年9月动工改造”不是投入运营；
// 数据大屏那段有2020年网零、增速、农产品网零，也有“今年1—8月增长28%”（不是2020年增速）；站点覆盖131个村不是键
// =====================================================================================
(function f2() {
  const W = 5, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:E${R()}`); };
  full("广宁县电子商务公共服务中心参观讲解词");
  full("（县商务局、中心运营方　2021年9月修订，迎接省考评组使用　　讲解员：黄××、陆××）");
  rows.push(["序号", "讲解点位", "讲解词", "动线／提示", "时长（分钟）"]);
  const T = [
    ["一楼序厅", "各位领导、各位来宾，欢迎莅临广宁县电子商务公共服务中心！广宁县地处肇庆市西北部，全县辖17个镇、183个行政村，常住人口41.9万人，是“中国竹子之乡”“中国番薯之乡”。2019年，广宁县被列为省级电子商务进农村综合示范县，县政府随即成立由县委常委、常务副县长任组长，县商务、财政、农业农村、乡村振兴等部门参与的创建工作领导小组，印发了《广宁县电子商务进农村综合示范县建设工作方案》，并出台《广宁县促进农村电子商务发展扶持办法》，从场地、资金、人才等方面给予扶持。", "引导来宾观看序厅LED屏宣传片（3分钟）", 5],
    ["中心概况", "中心由县供销社旧仓库改造而成，建筑面积2,300平方米，2020年9月动工改造，2020年12月18日正式投入运营。县政府通过公开招标，引入专业第三方电商运营服务商——广东竹乡电子商务有限公司负责中心和产业园的运营。", "（如来宾问及：改造费用由省级示范资金和县财政共同承担）", 2],
    ["农特产品展示展销区", "这里免费展示、销售广宁番薯、竹笋、砂糖桔、油茶等120多款特色农产品，企业和合作社的产品经审核即可免费上架展销。", "请来宾品尝番薯干、竹笋干", 4],
    ["品牌推广区", "这面墙是我们打造的“广宁竹乡好物”区域公用品牌。中心组织全县农产品统一包装、统一推广，先后指导18家企业完成商标注册和品牌设计。", null, 3],
    ["摄影美工室、直播间", "摄影棚和直播间对本地网商、合作社免费开放，运营团队免费为商家拍摄产品图片、短视频，设计网店详情页。", "如直播间正在直播，请来宾不要出声", 4],
    ["培训教室", "培训教室可容纳80人，配备电脑50台，常年免费开展电商基础普及培训和直播带货、网店运营等提升培训，示范创建以来累计培训5,260人次。", "展示培训签到表、照片墙", 3],
    ["综合服务台", "服务台为电商主体提供代办营业执照、金融贷款对接、物流对接、法律咨询等延伸服务。", null, 2],
    ["二楼电商产业园", "二楼是县电商产业园，目前入驻企业23家，有平台型、销售型、电商运营、物流快递等多种类型。", "请来宾移步二楼（电梯在东侧）", 5],
    ["数据大屏", "大屏上是全县电商运行数据：2020年全县农村网络零售额9.86亿元，同比增长36.4%；农产品网络零售额3.12亿元。今年1—8月，全县网络零售额同比增长28%。全县已建村级电商服务站点142个，覆盖131个行政村，28个省定贫困村实现全覆盖；县乡村三级物流体系已建成，行政村快递服务覆盖率100%。", "指向大屏（数据由运营方每月更新）", 4],
    ["结束语", "广宁县电商进农村工作还有很多不足，欢迎各位领导多提宝贵意见。谢谢大家！", "送来宾至门口，发放“广宁竹乡好物”宣传册", 1],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  rows.push(["合计", null, null, null, sum(T.map((t) => t[3]))]); merges.push(`A${R()}:D${R()}`);
  assert(sum(T.map((t) => t[3])) === 33, "33 min");
  full("注：讲解员统一着工装、佩戴讲解器；考评组到访时由中心总经理陪同讲解。");
  write("facts/b132-f2-guangning.json", {
    description:
      "肇庆广宁县商务局交来当事实表的，是县电商公共服务中心的《参观讲解词》（迎接省考评组的修订版）：标题、修订说明各一行，然后一个讲解点位一行，列 序号｜讲解点位｜讲解词（整段话）｜动线／提示｜时长（分钟），末尾合计时长和注。读法：事实都在讲解词的句子里。序厅：county广宁县（标题）；“183个行政村” → 行政村数；“常住人口41.9万人” → 419,000；领导小组“县委常委、常务副县长任组长” → 是副职，deputy（“县委常委”不是主要领导）；方案已印发、扶持办法已出台 → 是。中心概况：“2020年9月动工改造”不是运营日期，“2020年12月18日正式投入运营” → centerOpened；公开招标引入专业第三方运营服务商 → 是。展示展销区免费展示销售 → 是；品牌推广区统一推广、指导品牌 → 是；摄影美工室免费拍摄、设计 → 是；培训教室免费基础培训 → 是，“累计培训5,260人次” → 培训人次；服务台代办执照、金融对接等 → 其他增值服务 是；二楼产业园入驻23家 → 产业园 是。数据大屏：2020年农村网络零售额9.86亿元、增长36.4%，农产品网络零售额3.12亿元（2020年）；“今年1—8月增长28%”不是2020年增速；站点142个、覆盖131个行政村不是键；“28个省定贫困村” → 贫困村数；快递覆盖率100% → 是。讲解词里没有考评截止日（“数据由运营方每月更新”不是截止日），没有资金、主观分、自评分。时长不是任何事实。",
    sheets: [sheet("讲解词", rows, merges)],
    expect: {
      facts: {
        county: "广宁县", residentPopulation: 419000, adminVillagesStated: 183, poorVillagesStated: 28, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-18", thirdPartyOperator: true, centerDisplay: true, centerBrand: true, centerPhoto: true, centerFreeTraining: true,
        trainingPersonTimesStated: 5260, centerOther: true, parkBuilt: true, ruralRetail2020: yi("9.86"), ruralRetailGrowthStated: 0.364, agriRetail2020: yi("3.12"),
        expressCoverage: true,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b132-f3-wuchuan: 湛江吴川市 — “吴川发布”公众号推文《数说吴川电商》整篇复制进Excel（一列，一段一行）：
// 表情符号小标题、[图片]、▲图注、[视频]、来源／编辑、阅读数、往期推荐；“市委副书记、市长任组长” → 主要领导；
// 快递覆盖率“从2019年的82%提升到100%”；“今年1—7月增长42.8%”不是2020年增速；“1,208名脱贫群众参加电商培训”是人数
// =====================================================================================
(function f3() {
  const L = [
    "吴川发布",
    "数说吴川电商｜吴川市电子商务进农村综合示范县创建“成绩单”来了！",
    "吴川发布　2021-09-06 18:30　发表于广东",
    "[图片]",
    "2019年，吴川市成功入选省级电子商务进农村综合示范县。两年来，全市上下齐心协力，电商进农村交出了一份亮眼的成绩单👇（数据截至2021年8月31日省考评截止日）",
    "🔶 高位推动",
    "市委副书记、市长任创建工作领导小组组长，市商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司等18个部门协同作战，挂图作战推进示范创建。",
    "🔶 1个中心",
    "2020年11月6日，吴川市电子商务公共服务中心正式开业。中心为群众和网商提供免费电商培训、免费展示展销、免费拍摄美工，组织“吴川月饼”“吴川烤鱿鱼”等特色产品统一推广、打造网销品牌。",
    "[图片]",
    "▲市电子商务公共服务中心",
    "🔶 1个园区",
    "电商产业园入驻企业26家，平台、网店、直播、快递物流企业应有尽有。",
    "🔶 站点遍布村居",
    "全市196个行政村建成村级电商服务站点158个，19个省定贫困村实现站点全覆盖。",
    "🔶 快递进村",
    "行政村快递服务覆盖率从2019年的82%提升到100%，“快递进村”全面实现。",
    "🔶 网销数据",
    "2020年全市农村网络零售额26.3亿元，比2019年的20.0亿元增长31.5%；农产品网络零售额5.62亿元。今年1—7月，全市网络零售额同比增长42.8%。",
    "🔶 人才培训",
    "开展电商培训92期、6,135人次；1,208名脱贫群众参加电商培训，实现“一人学会、全家增收”。",
    "🔶 资金使用",
    "省级示范专项资金500万元已拨付412.6万元，资金支出率82.5%。",
    "[视频] 吴川电商助农直播间",
    "下一步，吴川市将继续巩固示范创建成果，推动农村电商高质量发展，助力乡村振兴。",
    "来源：吴川市商务局",
    "编辑：陈××　　审核：梁××",
    "阅读 1.2万　　赞 236　　在看 58",
    "往期推荐",
    "▶ 吴川市召开电子商务进农村综合示范县创建推进会",
    "▶ 2021吴川月饼节“云上”开幕",
  ];
  assert(Math.round((26.3 / 20.0 - 1) * 1000) === 315 && Math.round(412.6 / 500 * 1000) === 825, "31.5%, 82.5%");
  write("facts/b132-f3-wuchuan.json", {
    description:
      "湛江吴川市商务局交来当事实表的，是“吴川发布”微信公众号推文《数说吴川电商｜吴川市电子商务进农村综合示范县创建“成绩单”来了！》整篇复制进Excel：只有A列，一段一行，有公众号名、发布时间、[图片]、▲图注、表情符号小标题（🔶）、[视频]、来源／编辑／审核、阅读数、往期推荐。读法：标题、来源 → county吴川市；导语写明“数据截至2021年8月31日省考评截止日” → asOf；发布日期2021-09-06不是截止日。“市委副书记、市长任组长”：是市长（主要领导），“副书记”不使它变成副职；成员有商务、财政、农业农村、乡村振兴 → principal-all。中心“2020年11月6日正式开业” → centerOpened；免费培训、免费展示展销、免费拍摄美工、统一推广打造品牌 → 四项是，其他增值服务没写，不列。产业园入驻26家 → 是。“196个行政村” → 行政村数，“19个省定贫困村” → 贫困村数，站点158个不是键。快递覆盖率“从2019年的82%提升到100%” → 是。2020年农村网络零售额26.3亿元、2019年20.0亿元、增长31.5%；农产品网络零售额5.62亿元是2020年；“今年1—7月增长42.8%”不是2020年增速。培训6,135人次；“1,208名脱贫群众参加电商培训”是人数 → 参训贫困人口。资金下达500万元、已拨付412.6万元＝4,126,000元（支出率82.5%不是进度）。往期推荐的标题不是内容。没有主观分、自评分。",
    sheets: [sheet("推文", L.map((t) => [t]))],
    expect: {
      facts: {
        county: "吴川市", asOf: "2021-08-31", centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        parkBuilt: true, adminVillagesStated: 196, poorVillagesStated: 19, expressCoverage: true, ruralRetail2019: yi("20.0"), ruralRetail2020: yi("26.3"),
        ruralRetailGrowthStated: 0.315, agriRetail2020: yi("5.62"), trainingPersonTimesStated: 6135, trainedPoorPersonsStated: 1208,
        fundAllocated: 5000000, fundSpentStated: wan("412.6"),
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b132-l1-luoding: 云浮罗定市 — ①《说明》（不是台账）；②市委组织部、民政局《村（社区）“两委”换届选举结果统计表》当行政村清单
// （类型 村委会／居委会；“重点村类型”省定贫困村／软弱涣散村／空白＝一般村，居委会填“—”）；③全国防返贫监测信息系统“家庭成员信息”导出
// （劳动技能、务工状态是系统代码；县外省内务工含云浮市其他县区；在校生务工状态空白）；④人保财险《团体意外伤害保险被保险人清单》当培训台账
// （一期培训一张保单，保险期间就是培训当天；批减＝未到场，批增＝现场补报）
// =====================================================================================
(function l1() {
  const AREA = "445381";
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("说明", [["罗定市电子商务进农村综合示范台账（补充材料）"], [null], ["一、行政村清单：借用市委组织部、市民政局2021年村（社区）“两委”换届选举结果统计表（罗镜、太平、船步三镇）。"],
    ["二、脱贫人口名单：市乡村振兴局从全国防返贫监测信息系统导出的家庭成员信息（三镇7个省定贫困村）。"], ["三、培训学员名单：各期培训为学员投保的团体意外伤害保险被保险人清单（保险公司出具）。"],
    [null], ["罗定市商务局　2021年9月"]]));
  expect["说明"] = { kind: null };
  // ---------------------------------------------------------------- ② 两委换届 (villages)
  const TV = [
    ["罗镜镇", [["罗镜社区居民委员会", "居委会", "—"], ["石围村民委员会", "村委会", null], ["龙岩村民委员会", "村委会", "省定贫困村"], ["太和村民委员会", "村委会", null],
      ["水摆村民委员会", "村委会", "省定贫困村"], ["东威村民委员会", "村委会", "软弱涣散村"], ["罗岗村民委员会", "村委会", null], ["大岗村民委员会", "村委会", "省定贫困村"],
      ["竹围村民委员会", "村委会", null], ["云龙村民委员会", "村委会", null], ["新榕村民委员会", "村委会", null], ["沙坪村民委员会", "村委会", null]]],
    ["太平镇", [["太平社区居民委员会", "居委会", "—"], ["大寨村民委员会", "村委会", null], ["丰塘村民委员会", "村委会", null], ["榃蓬村民委员会", "村委会", "省定贫困村"],
      ["新塘村民委员会", "村委会", null], ["南岸村民委员会", "村委会", "软弱涣散村"], ["金竹村民委员会", "村委会", null], ["白沙村民委员会", "村委会", null],
      ["长岗村民委员会", "村委会", null], ["黄坭村民委员会", "村委会", "省定贫困村"]]],
    ["船步镇", [["船步社区居民委员会", "居委会", "—"], ["大方村民委员会", "村委会", null], ["石头村民委员会", "村委会", null], ["双林村民委员会", "村委会", null],
      ["塘角村民委员会", "村委会", null], ["柑园村民委员会", "村委会", null], ["高垌村民委员会", "村委会", null], ["铁坑村民委员会", "村委会", "省定贫困村、软弱涣散村"],
      ["河口村民委员会", "村委会", null], ["旺岗村民委员会", "村委会", "省定贫困村"]]],
  ];
  const recsV = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("罗定市2021年村（社区）“两委”换届选举结果统计表");
    full("中共罗定市委组织部　罗定市民政局　　2021年4月　　（本表为罗镜镇、太平镇、船步镇）");
    full("“重点村类型”：省定贫困村、软弱涣散村（一村可兼有两类）；村委会一栏空白为一般村（不是省定贫困村）；居委会不分类，填“—”。");
    rows.push(["序号", "镇", "村（居）委会", "类型", "重点村类型", "选举日期", "党组织书记", "村（居）委会主任", "是否“一肩挑”", "委员会成员（人）", "备注"]);
    let no = 0;
    TV.forEach(([town, list], ti) => {
      const s = R() + 1;
      list.forEach((v, k) => {
        no++;
        const sec = nameOf(no + 10, no % 6 === 2 ? "女" : "男", USED);
        const one = no % 5 !== 3;
        const dir = one ? sec : nameOf(no + 60, "男", USED);
        const day = isoAdd("2021-03-14", ti * 6 + (k % 4));
        rows.push([no, k === 0 ? town : null, v[0], v[1], v[2], [fmtDot, fmtCn, D][no % 3](day), sec, dir, one ? "是" : "否", v[1] === "居委会" ? 5 : 3 + (no % 3),
          v[0] === "新塘村民委员会" ? "2020年10月原长塘村并入新塘村" : null]);
        recsV.push({ name: v[0], admin: v[1] === "村委会", poor: v[1] === "居委会" ? null : !!(v[2] && v[2].includes("省定贫困村")), express: null });
      });
      merges.push(`B${s}:B${R()}`);
      const nv = list.filter((v) => v[1] === "村委会").length;
      rows.push([null, `${town}小计`, `村委会${nv}个、居委会${list.length - nv}个`, null, null, null, null, null, null, null, null]); merges.push(`C${R()}:K${R()}`);
    });
    rows.push(["合计", null, `村委会${recsV.filter((r) => r.admin).length}个、居委会${recsV.filter((r) => !r.admin).length}个（省定贫困村${recsV.filter((r) => r.poor).length}个）`, null, null, null, null, null, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:K${R()}`);
    full("注：2020年10月太平镇村级建制调整，原长塘村并入新塘村，本表不再单列长塘村。");
    assert(recsV.length === 32 && recsV.filter((r) => r.admin).length === 29 && recsV.filter((r) => r.poor).length === 7, "32 rows, 29 村委会, 7 poor");
    sheets.push(sheet("两委换届结果", rows, merges));
    expect["两委换届结果"] = { kind: "villages", records: recsV };
  }
  // ---------------------------------------------------------------- ③ 防返贫系统导出 (poorPersons)
  // [town, village, hh, rel, sex, birth, 劳动技能, 务工状态|null, 务工所在地|null, 在校生状况, 健康状况]
  const P = [
    ["罗镜镇", "龙岩村", 1, "户主", "男", "19720314", "普通劳动力", "县内务工", "广东省云浮市罗定市", "非在校生", "健康"],
    ["罗镜镇", "龙岩村", 1, "配偶", "女", "19750608", "普通劳动力", "未务工", null, "非在校生", "健康"],
    ["罗镜镇", "龙岩村", 1, "之子", "男", "19981120", "技能劳动力", "省外务工", "广西壮族自治区南宁市", "非在校生", "健康"],
    ["罗镜镇", "龙岩村", 1, "之女", "女", "20090415", "无劳动力", null, null, "初中", "健康"],
    ["罗镜镇", "水摆村", 2, "户主", "男", "19650922", "弱劳动力或半劳动力", "未务工", null, "非在校生", "长期慢性病"],
    ["罗镜镇", "水摆村", 2, "配偶", "女", "19680117", "普通劳动力", "县外省内务工", "广东省佛山市顺德区", "非在校生", "健康"],
    ["罗镜镇", "水摆村", 2, "之子", "男", "19930705", "普通劳动力", "县外省内务工", "广东省云浮市云城区", "非在校生", "健康"],
    ["罗镜镇", "大岗村", 3, "户主", "女", "19580303", "丧失劳动力", "未务工", null, "非在校生", "残疾"],
    ["罗镜镇", "大岗村", 3, "之子", "男", "19820811", "普通劳动力", "县内务工", "广东省云浮市罗定市", "非在校生", "健康"],
    ["罗镜镇", "大岗村", 3, "之儿媳", "女", "19850226", "普通劳动力", "未务工", null, "非在校生", "健康"],
    ["太平镇", "榃蓬村", 4, "户主", "男", "19700519", "技能劳动力", "县内务工", "广东省云浮市罗定市", "非在校生", "健康"],
    ["太平镇", "榃蓬村", 4, "配偶", "女", "19731013", "弱劳动力或半劳动力", "未务工", null, "非在校生", "长期慢性病"],
    ["太平镇", "榃蓬村", 4, "之女", "女", "20000628", "普通劳动力", "省外务工", "湖南省长沙市", "非在校生", "健康"],
    ["太平镇", "黄坭村", 5, "户主", "男", "19620830", "普通劳动力", "未务工", null, "非在校生", "健康"],
    ["太平镇", "黄坭村", 5, "配偶", "女", "19640212", "弱劳动力或半劳动力", "未务工", null, "非在校生", "健康"],
    ["太平镇", "黄坭村", 5, "之孙子", "男", "20120909", "无劳动力", null, null, "小学", "健康"],
    ["船步镇", "铁坑村", 6, "户主", "男", "19780127", "普通劳动力", "县内务工", "广东省云浮市罗定市", "非在校生", "健康"],
    ["船步镇", "铁坑村", 6, "配偶", "女", "19800716", "普通劳动力", "县外省内务工", "广东省东莞市", "非在校生", "健康"],
    ["船步镇", "铁坑村", 6, "之父", "男", "19460405", "无劳动力", "未务工", null, "非在校生", "长期慢性病"],
    ["船步镇", "旺岗村", 7, "户主", "女", "19690911", "普通劳动力", "未务工", null, "非在校生", "健康"],
    ["船步镇", "旺岗村", 7, "之子", "男", "19950302", "技能劳动力", "县内务工", "广东省云浮市罗定市", "非在校生", "健康"],
    ["船步镇", "旺岗村", 7, "之子", "男", "19970818", "普通劳动力", "省外务工", "福建省厦门市", "非在校生", "健康"],
  ];
  const LAB = { 普通劳动力: true, 技能劳动力: true, 弱劳动力或半劳动力: true, 丧失劳动力: false, 无劳动力: false };
  const MIG = { 省外务工: true, 县外省内务工: true, 县内务工: false, 未务工: false };
  const PER = P.map((p, i) => ({ p, i, name: nameOf(i + 120, p[4], USED), id: makeIdSex(AREA, p[5], 300 + i * 29, i === 8, p[4]),
    labour: LAB[p[6]], migrant: p[7] === null ? null : MIG[p[7]] }));
  assert(PER[8].id.endsWith("X") && PER.filter((x) => x.labour && x.migrant === false).length === 12 && PER.filter((x) => x.migrant).length === 6 && PER.filter((x) => x.migrant === null).length === 2, "12 eligible, 6 migrants, 2 students");
  {
    const W = 17, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:Q${R()}`); };
    full("全国防返贫监测信息系统 — 家庭成员信息（导出）");
    full("导出单位：罗定市乡村振兴局　　导出时间：2021-06-15 09:42:11　　筛选条件：户类型 = 脱贫户（建档立卡）；乡镇 = 罗镜镇、太平镇、船步镇；行政村 = 省定贫困村");
    full("罗定市商务局注：劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的为有劳动能力，“丧失劳动力”“无劳动力”的为无劳动能力；务工状态“省外务工”“县外省内务工”（含云浮市其他县区）为外出务工，“县内务工”“未务工”不是；在校生不填务工状态。");
    rows.push(["序号", "县（市、区）", "乡（镇）", "行政村", "户编号", "人编号", "姓名", "证件号码", "与户主关系", "性别", "在校生状况", "健康状况", "劳动技能", "务工状态", "务工所在地", "务工时间（月）", "户类型"]);
    PER.forEach((x, k) => {
      const p = x.p;
      rows.push([k + 1, "罗定市", p[0], p[1], `44538110${String(2300 + p[2] * 17).padStart(6, "0")}`, `44538110${String(2300 + p[2] * 17).padStart(6, "0")}${String(k + 1).padStart(2, "0")}`, x.name, x.id, p[3], p[4], p[9], p[10], p[6],
        p[7], p[8], p[7] === "未务工" || p[7] === null ? null : 6 + (k % 7), "脱贫户"]);
    });
    full(`共 ${PER.length} 条`);
    sheets.push(sheet("防返贫系统导出", rows, merges));
    expect["防返贫系统导出"] = { kind: "poorPersons", records: PER.map((x) => ({ id: x.id, labour: x.labour, migrant: x.migrant })) };
  }
  // ---------------------------------------------------------------- ④ 团体意外险被保险人清单 (training persons)
  const NP = (i, sex, birth) => ({ name: nameOf(i, sex, USED), id: makeIdSex(AREA, birth, 600 + i * 11, false, sex), sex, birth });
  const X = [NP(170, "女", "19880412"), NP(171, "男", "19790925"), NP(172, "男", "19910308"), NP(173, "女", "19860119"), NP(174, "男", "19830627"), NP(175, "女", "19940830")];
  const Q = (i) => ({ name: PER[i].name, id: PER[i].id, sex: PER[i].p[4], birth: PER[i].p[5] });
  // [保单号, iso, 培训班, [[person, 批改]]] 批改: "" | "批减" | "批增"
  const POL = [
    ["PEAC202144538100000317", "2021-03-11", "农村电商基础普及班（罗镜镇文化站）", [[Q(0), ""], [Q(1), ""], [Q(4), ""], [Q(5), "批减"], [Q(8), ""], [Q(9), ""], [X[0], ""], [X[1], "批增"]]],
    ["PEAC202144538100000486", "2021-05-20", "农村电商基础普及班（太平镇政府会议室）", [[Q(10), ""], [Q(11), ""], [Q(13), ""], [Q(14), "批减"], [X[2], ""], [X[3], ""]]],
    ["PEAC202144538100000652", "2021-07-08", "直播带货实操班（船步镇文化站）", [[Q(16), ""], [Q(19), ""], [Q(20), ""], [Q(0), ""], [X[4], ""], [Q(8), ""], [Q(21), "批增"]]],
    ["PEAC202144538100000839", "2021-09-09", "网店运营提升班（市电子商务公共服务中心）", [[Q(13), ""], [Q(14), ""], [Q(1), ""], [X[5], ""]]],
  ];
  const recsT = [];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("中国人民财产保险股份有限公司罗定支公司　团体意外伤害保险被保险人清单");
    full("投保人：罗定市电子商务公共服务中心　　险种：学员团体意外伤害保险（每人保费5元，意外身故／伤残10万元、意外医疗1万元）");
    full("罗定市商务局注：每期培训投保一张保单，保险期间即培训当天（各期均为一天）；被保险人即参训学员；“批减”为培训当天未到场、退保的人员，不是学员；“批增”为现场补报名、当天加保的学员。");
    rows.push(["序号", "被保险人姓名", "证件类型", "证件号码", "性别", "出生日期", "年龄", "批改类型", "批改日期", "保费（元）", "联系电话", "备注"]);
    let no = 0;
    POL.forEach(([pol, iso, cls, list]) => {
      const [y, m, d] = iso.split("-");
      full(`保单号：${pol}　　保险期间：${y}年${m}月${d}日00时起至${y}年${m}月${d}日24时止　　培训班：${cls}`);
      let n = 0;
      list.forEach(([p, pg]) => {
        no++;
        const age = +y - +p.birth.slice(0, 4) - (p.birth.slice(4) > `${m}${d}` ? 1 : 0);
        const idCell = p.id === PER[8].id && pol.endsWith("652") ? p.id.toLowerCase() : p.id;
        rows.push([no, p.name, "居民身份证", idCell, p.sex, `${p.birth.slice(0, 4)}-${p.birth.slice(4, 6)}-${p.birth.slice(6)}`, age, pg || null, pg ? `${y}-${m}-${d}` : null,
          pg === "批减" ? -5 : 5, `13${no % 10}****${String(3000 + (no * 457) % 7000)}`, pg === "批减" ? "未到场，退保" : pg === "批增" ? "现场补报名" : null]);
        if (pg !== "批减") { n++; recsT.push({ date: iso, personTimes: 1, id: p.id }); }
      });
      rows.push([null, "本保单小计", null, `承保${n}人`, null, null, null, null, null, n * 5, null, null]);
    });
    full("保险公司（盖章）：中国人民财产保险股份有限公司罗定支公司　　打印日期：2021-09-13");
    sheets.push(sheet("意外险投保清单", rows, merges));
    expect["意外险投保清单"] = { kind: "training", records: recsT };
    assert(recsT.length === 23 && recsT.filter((r) => r.date <= AS_OF).length === 19, "23 trainee rows (19 by cut-off) got " + recsT.length);
  }
  write("ledgers/b132-l1-luoding.json", {
    description:
      "云浮罗定市商务局交的台账（补充材料），四个表，三个是别的部门或单位的表拿来当台账。①《说明》只有材料说明，不是台账。②《两委换届结果》是市委组织部、民政局的2021年村（社区）“两委”换届选举结果统计表（罗镜、太平、船步三镇），三行抬头，镇名纵向合并，每镇小计、合计行和注。读法：一行一个村（居）委会，名称写全称“××村民委员会”“××社区居民委员会”；类型 村委会 → 行政村，居委会 → 不是；“重点村类型”里有“省定贫困村”（含“省定贫困村、软弱涣散村”）的 → 贫困村，“软弱涣散村”和空白 → 不是（第3行写明村委会空白为一般村），居委会“—” → null；没有快递列 → null；注里并入新塘村的长塘村不是一行。共32条（村委会29个、居委会3个，省定贫困村7个）。选举日期、书记主任不读。③《防返贫系统导出》是全国防返贫监测信息系统家庭成员信息导出，第3行是商务局加的口径注。读法：劳动技能 普通、技能、弱劳动力或半劳动力 → 有劳动能力，丧失劳动力、无劳动力 → 无；务工状态 省外务工、县外省内务工（含“广东省云浮市云城区”，罗定以外）→ 外出务工，县内务工、未务工 → 否；两个在校生务工状态空白 → null；一个身份证号末位X。共22人（合格12人，外出务工6人）。④《意外险投保清单》是人保财险的学员团体意外险被保险人清单：每期培训一张保单，分段行写“保单号……保险期间：2021年03月11日00时起至2021年03月11日24时止　培训班……”，下面一行一名被保险人，每张保单有小计行。读法：一行一人次，日期读所在保单的保险期间（一天）；“批减”（未到场，退保，保费−5）的2行不是学员；“批增”（现场补报名）的2行是学员；第三张保单里一个身份证号末位小写x，读作X；同一人参加两期算两行；第四张保单2021年9月9日照列。出生日期、年龄、保费不读。共23人次（截至8月31日19人次）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b132-l2-boluo: 惠州博罗县 — ①产业园《入驻评审结果汇总表》当入驻企业清单（一次申请一行：不同意、暂缓、同意后放弃的不是企业；
// 暂缓后下一批同意的同一企业只在同意那一行）；②《资金支付申请登记簿》当资金台账（申请金额万元，实付金额元；退回、审核中不是支付；
// 审减后按实付）；③县委网信办《网络舆情监测月报（正面宣传）》电商条目摘录（“首发时间”只有月-日 时:分，年份看月份分段行；
// 转载不另列）；④隐藏的下拉选项表
// =====================================================================================
(function l2() {
  const AREA = "441322";
  const sheets = [], expect = {};
  // ---------------------------------------------------------------- ① 入驻评审汇总 (enterprises)
  // [申请单位, 业态, 申请 cell, 批次, 结果, 签约 cell|null, entered iso|null, 退园 cell|null, left iso|null, 备注]
  const AP = [
    ["惠州市罗浮山电子商务运营有限公司", "电商运营商", "2020.9.3", 1, "同意入驻", "2020.10.8", "2020-10-08", null, null, "园区运营方"],
    ["中国邮政集团有限公司博罗县分公司电商服务中心", "平台型", "2020.9.7", 1, "同意入驻", D("2020-10-08"), "2020-10-08", null, null, null],
    ["博罗县罗浮山荔枝网店", "销售型", "2020.9.10", 1, "同意入驻", "2020.10.15", "2020-10-15", null, null, null],
    ["博罗县甜玉米电子商务有限公司", "销售型", "2020.9.14", 1, "同意入驻", "2020.10.20", "2020-10-20", "2021.6.30", "2021-06-30", "合同期满不续租"],
    ["博罗县顺兴食品加工厂", "食品加工", "2020.9.15", 1, "不同意", null, null, null, null, "非电商企业"],
    ["博罗县韵达快递服务部", "物流企业", "2020.9.18", 1, "同意入驻", "2020年10月", "2020-10", null, null, "未记具体日"],
    ["博罗县杨村柑橘专业合作社", "销售型", "2020.9.20", 1, "暂缓", null, null, null, null, "材料不全，补齐后下批再议"],
    ["惠州市东江直播文化传媒有限公司", "直播电商", "2020.11.23", 2, "同意入驻", "2021.1.4", "2021-01-04", null, null, null],
    ["博罗县麻陂肉丸网店", "销售型", "2020.11.25", 2, "同意入驻", "2021.1.11", "2021-01-11", null, null, null],
    ["博罗县杨村柑橘专业合作社", "销售型", "2020.12.2", 2, "同意入驻", "2021.1.6", "2021-01-06", null, null, "第一批暂缓，补齐材料后重新申请"],
    ["博罗县象头山茶叶电商工作室", "销售型", "2020.12.4", 2, "同意入驻", null, null, null, null, "企业放弃入驻，未签约"],
    ["博罗县云仓供应链管理有限公司", "物流企业", "2020.12.8", 2, "同意入驻", D("2021-01-18"), "2021-01-18", null, null, "仓储"],
    ["惠州市博罗县农品汇科技有限公司", "平台型", "2021.3.22", 3, "同意入驻", D("2021-05-06"), "2021-05-06", null, null, null],
    ["博罗县石坝竹笋网店", "销售型", "2021.3.29", 3, "同意入驻", "2021.5.10", "2021-05-10", null, null, null],
    ["博罗县安居房地产经纪有限公司", "房产中介", "2021.4.1", 3, "不同意", null, null, null, null, "非电商企业"],
    ["博罗县湖镇代运营服务有限公司", "电商运营商", "2021.4.6", 3, "同意入驻", "2021.5.17", "2021-05-17", "2021.9.10", "2021-09-10", "9月退园"],
    ["博罗县柏塘山茶网店", "销售型", "2021.7.26", 4, "同意入驻", "2021.9.1", "2021-09-01", null, null, null],
    ["博罗县公庄腊味电子商务有限公司", "销售型", "2021.7.30", 4, "同意入驻", "2021年8月30日", "2021-08-30", null, null, null],
    ["博罗县横河豆腐花网店", "销售型", "2021.8.2", 4, "暂缓", null, null, null, null, "经营场地未确定"],
  ];
  const BATCH = ["第一批（2020年9月25日）", "第二批（2020年12月18日）", "第三批（2021年4月16日）", "第四批（2021年8月20日）"];
  const recsE = AP.filter((a) => a[6]).map((a) => ({ name: a[0], type: a[1], entered: a[6], left: a[8] }));
  assert(recsE.length === 14 && new Set(recsE.map((r) => r.name)).size === 14, "14 enterprises");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("博罗县电子商务产业园入驻评审结果汇总表");
    full("博罗县商务局　园区入驻评审小组　　一次申请一行；评审结果为“同意入驻”且已签约的，“签约入驻日期”即入驻日期；不同意、暂缓、同意后未签约的没有入驻　　更新至2021年9月15日");
    rows.push(["序号", "申请单位", "统一社会信用代码", "申请业态", "申请日期", "评审批次（评审会日期）", "评审结果", "签约入驻日期", "退园日期", "备注", "经办人"]);
    AP.forEach((a, i) => rows.push([i + 1, a[0], creditCode(AREA, i + 71 - (a[0] === "博罗县杨村柑橘专业合作社" && i > 6 ? 3 : 0)), a[1], a[2], BATCH[a[3] - 1], a[4], a[5], a[7], a[9], i % 2 ? "钟××" : "刘××"]));
    full(`共受理申请${AP.length}次（${new Set(AP.map((a) => a[0])).size}家单位），同意入驻并签约${recsE.length}家，其中退园2家（1家9月退园）。`);
    sheets.push(sheet("入驻评审汇总", rows, merges));
    expect["入驻评审汇总"] = { kind: "enterprises", records: recsE };
  }
  // ---------------------------------------------------------------- ② 支付申请登记簿 (funds)
  // [编号, 申请 cell, 项目, 收款单位, 申请万元, 财政审核, 支付 cell|null, iso|null, 实付|null, 状态, 备注]
  const PAY = [
    ["ZF-01", "2020.10.20", "县电商公共服务中心建设（首期）", "惠州市罗浮山电子商务运营有限公司", 45, "通过", "2020.10.30", "2020-10-30", 450000, "已支付", null],
    ["ZF-02", "2020.11.16", "村级站点建设补助（第一批）", "中国邮政集团有限公司博罗县分公司", 30, "审减1.44万元", D("2020-12-02"), "2020-12-02", 285600, "已支付", "3个站点未验收，审减14,400元"],
    ["ZF-03", "2020.12.10", "县乡村三级物流体系建设（首期）", "中国邮政集团有限公司博罗县分公司", 60, "退回", null, null, null, "退回", "合同附件不全，退回重报"],
    ["ZF-04", "2020.12.28", "县乡村三级物流体系建设（首期，重报）", "中国邮政集团有限公司博罗县分公司", 60, "通过", "2021年1月15日", "2021-01-15", 600000, "已支付", null],
    ["ZF-05", "2021.1.20", "电商培训服务（首期）", "惠州市东江职业培训学校", 15, "通过", "2021.2.3", "2021-02-03", 150000, "已支付", null],
    ["ZF-06", "2021.3.8", "县电商公共服务中心运营（进度款）", "惠州市罗浮山电子商务运营有限公司", 40, "通过", "21.3.19", "2021-03-19", 400000, "已支付", null],
    ["ZF-07", "2021.4.12", "农产品品牌营销服务", "惠州市东江直播文化传媒有限公司", 18, "通过", "2021/4/27", "2021-04-27", 180000, "已支付", null],
    ["ZF-08", "2021.5.24", "村级站点建设补助（第二批）", "中国邮政集团有限公司博罗县分公司", 32.5, "通过", "2021.6.8", "2021-06-08", 325000, "已支付", null],
    ["ZF-09", "2021.6.21", "电商培训服务（进度款）", "惠州市东江职业培训学校", 20, "通过", D("2021-07-02"), "2021-07-02", 200000, "已支付", null],
    ["ZF-10", "2021.7.19", "农产品质量溯源系统建设（首期）", "惠州市溯源信息科技有限公司", 21, "通过", "2021.7.30", "2021-07-30", 210000, "已支付", null],
    ["ZF-11", "2021.8.16", "县乡村三级物流体系建设（进度款）", "中国邮政集团有限公司博罗县分公司", 40, "通过", "2021.8.27", "2021-08-27", 400000, "已支付", null],
    ["ZF-12", "2021.8.25", "村级站点建设补助（第三批）", "中国邮政集团有限公司博罗县分公司", 28, "通过", "2021.9.7", "2021-09-07", 280000, "已支付", null],
    ["ZF-13", "2021.9.6", "电商培训服务（尾款）", "惠州市东江职业培训学校", 15, "审核中", null, null, null, "审核中", null],
  ];
  const recsF = PAY.filter((p) => p[7]).map((p) => ({ date: p[7], amount: p[8] }));
  const paid = sum(recsF.map((r) => r.amount)), paidIn = sum(recsF.filter((r) => r.date <= AS_OF).map((r) => r.amount));
  assert(recsF.length === 11 && paid === 3480600 && paidIn === 3200600, "11 payments 3,480,600 (3,200,600 by cut-off) got " + paid + "/" + paidIn);
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("博罗县省级电子商务进农村综合示范专项资金支付申请登记簿");
    full("博罗县商务局电商股　　申请金额单位：万元；实付金额单位：元（以县财政国库集中支付到账为准）　　“退回”“审核中”的没有支付");
    rows.push(["编号", "申请日期", "项目", "收款单位", "申请金额（万元）", "局领导审批", "财政审核意见", "国库支付日期", "实付金额（元）", "状态", "备注", "经办人"]);
    PAY.forEach((p, i) => rows.push([p[0], p[1], p[2], p[3], p[4], "同意", p[5], p[6], p[8], p[9], p[10], i % 2 ? "钟××" : "刘××"]));
    rows.push(["合计", null, null, null, sum(PAY.map((p) => p[4])), null, null, null, paid, null, `其中截至8月31日实付${thousands(paidIn)}元`, null]); merges.push(`A${R()}:D${R()}`);
    assert(Math.round(sum(PAY.map((p) => p[4])) * 10) === 4245, "申请合计424.5万");
    sheets.push(sheet("支付申请登记", rows, merges));
    expect["支付申请登记"] = { kind: "funds", records: recsF };
  }
  // ---------------------------------------------------------------- ③ 舆情月报摘录 (media)
  // [section ym, 首发 cell, iso, 首发媒体, 级别, 载体, 标题, 转载, 扶贫案例]
  const MD = [
    ["2020-10", "10-23 09:15", "2020-10-23", "惠州日报", "市级", "报纸", "博罗电商服务站开到家门口", "今日惠州网、“博罗发布”转载", "否"],
    ["2020-12", "12-08 19:30", "2020-12-08", "博罗县融媒体中心《博罗新闻》", "县级", "电视", "我县举办首届网上年货节", "—", "否"],
    ["2021-03", "03-16 07:00", "2021-03-16", "南方＋客户端", "省级", "客户端", "博罗：电商让山区农产品走出大山", "学习强国广东学习平台转载", "否"],
    ["2021-05", "05-27 18:40", "2021-05-27", "广东广播电视台《广东新闻联播》", "省级", "电视", "博罗脱贫户学电商 直播卖出“致富果”", "触电新闻、南方＋转载", "是"],
    ["2021-07", "07-12 12:00", "2021-07-12", "惠州广播电视台《惠州新闻》", "市级", "电视", "博罗电商产业园集聚效应初显", "—", "否"],
    ["2021-08", "08-18 10:05", "2021-08-18", "中国商务新闻网", "中央", "网站", "广东博罗：电商进农村激活乡村消费", "人民网、新浪网转载", "否"],
    ["2021-09", "09-03 08:30", "2021-09-03", "人民日报客户端", "中央", "客户端", "博罗：小站点连通致富路", "—", "否"],
  ];
  const LV = { 中央: "national", 省级: "province", 市级: "city", 县级: "county" };
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("博罗县网络舆情监测月报（正面宣传）电商进农村条目摘录（2020年9月—2021年9月）");
    full("中共博罗县委网信办　　县商务局摘录　　“首发时间”为月-日 时:分，年份见月份分段行；一条报道一行，按首发媒体记，转载不另列");
    rows.push(["序号", "首发时间", "首发媒体", "媒体级别", "载体", "标题", "转载情况", "是否电商扶贫典型案例"]);
    let no = 0, cur = null;
    MD.forEach((m) => {
      if (m[0] !== cur) { full(`${fmtMonth(m[0] + "-01")}（第${["2020-10", "2020-12", "2021-03", "2021-05", "2021-07", "2021-08", "2021-09"].indexOf(m[0]) + 1}期摘录）`); cur = m[0]; }
      no++;
      rows.push([no, m[1], m[3], m[4], m[5], m[6], m[7], m[8]]);
    });
    full("注：本摘录只列与电子商务进农村有关的正面宣传条目。");
    sheets.push(sheet("舆情月报摘录", rows, merges));
    expect["舆情月报摘录"] = { kind: "media", records: MD.map((m) => ({ date: m[2], level: LV[m[4]], tv: m[5] === "电视" })) };
  }
  sheets.push(sheet("下拉选项", [["评审结果", "状态", "媒体级别"], ["同意入驻", "已支付", "中央"], ["不同意", "退回", "省级"], ["暂缓", "审核中", "市级"], [null, null, "县级"]], null, { hidden: true }));
  expect["下拉选项"] = { kind: null };
  write("ledgers/b132-l2-boluo.json", {
    description:
      "惠州博罗县商务局交的一本台账，三个可见的表加一个隐藏的下拉选项表，都是别的用途的表拿来当台账。①《入驻评审汇总》是产业园入驻评审结果汇总表：一次申请一行，列 申请单位｜信用代码｜申请业态｜申请日期｜评审批次（评审会日期）｜评审结果｜签约入驻日期｜退园日期｜备注。读法：只有“同意入驻”且有签约入驻日期的是入驻企业，入驻日期读“签约入驻日期”，不读申请日期、评审会日期；“不同意”（食品加工厂、房产中介）、“暂缓”、同意后“企业放弃入驻，未签约”的象头山茶叶工作室都不是；杨村柑橘合作社第一批暂缓、第二批同意，只算同意那一行；“2020年10月”只到月；湖镇代运营9月10日退园、柏塘山茶网店9月1日签约照列。共14家（2家有退园日期）。②《支付申请登记》是资金支付申请登记簿：申请金额单位万元，实付金额单位元。读法：一笔支付一条，日期读“国库支付日期”，金额读“实付金额（元）”不读申请金额；ZF-02审减后实付285,600元；ZF-03“退回”、ZF-13“审核中”没有支付；ZF-04是退回后重报的那一笔；日期有“2020.10.30”、真日期、“2021年1月15日”、“21.3.19”、“2021/4/27”；ZF-12（2021.9.7）照列。共11笔3,480,600元（截至8月31日3,200,600元）。③《舆情月报摘录》是县委网信办网络舆情监测月报（正面宣传）里电商条目的摘录，按月份分段（“2020年10月（第1期摘录）”），“首发时间”只写“10-23 09:15”（月-日 时:分），年份读分段行。读法：一条报道一条记录，按首发媒体，转载的（今日惠州网、学习强国等）不另算；级别 中央 → national、省级、市级、县级；载体“电视”的tv为true，报纸、客户端、网站为false；人民日报客户端2021年9月3日照列。共7条。④《下拉选项》是隐藏的下拉列表，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
