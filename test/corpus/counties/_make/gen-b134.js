// Batch 134 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b132.js)
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

// =====================================================================================
// counties/b134-c1-xuwen: 湛江徐闻县 — 自评分在《考评结果复核申请表》里（省考评组反馈初评分后，县里逐项填“我县自评分｜考评组初评分｜差异｜
// 是否申请复核｜情况说明”；读“我县自评分”，不读初评分）；台账都是别的用途的表：县卫健局《村（社区）卫生站规范化建设情况表》（行政村、
// 省定贫困村）、《村级电商服务站运营补贴发放花名册》（开业次月起补贴：8月开业的补贴0个月但已开业）、县人社《电商培训班开班备案表》
// （读结业日期和实际参训人数；一天的班“当日”）、产业园《门禁卡领取登记表》（首次领取＝入驻，增领、补办不是；交回＝退园，员工离职交回一张不是）、
// 《项目合同及付款台账》（首付款／进度款／尾款分列，万元）、电商股《工作日志》（月报、专栏、经验材料都在里面）、《宣传报道截图汇编》（级别看分节标题）
// =====================================================================================
(function c1() {
  const AREA = "440825";
  const sheets = [], USED = new Set();
  const TOWNS = ["徐城街道", "下桥镇", "龙塘镇", "下洋镇", "锦和镇", "和安镇", "新寮镇", "前山镇", "西连镇", "南山镇", "海安镇", "曲界镇", "迈陈镇", "角尾乡", "城北乡"];
  const NV = [8, 14, 13, 12, 12, 13, 10, 14, 11, 13, 12, 16, 15, 11, 12];
  assert(sum(NV) === 186 && NV.length === TOWNS.length, "186 villages");
  const COMMS = { 徐城街道: ["东门社区", "西门社区", "南门社区", "北门社区", "文明社区", "城南社区"], 下桥镇: ["下桥社区"], 海安镇: ["海安社区"], 曲界镇: ["曲界社区"], 迈陈镇: ["迈陈社区"] };
  const NCOMM = sum(Object.values(COMMS).map((c) => c.length));
  assert(NCOMM === 10, "10 communities");
  const P1 = "那迈讨调仕英愚甲乐外后和龙东西南北新三五".split("");
  const P2 = "板插埚良坑仔楼家园坡岭港湾宅贡练屯洋尾塘".split("");
  const cand = [];
  P1.forEach((a, i) => P2.forEach((b, j) => { if (a !== b) cand.push([(i * 89 + j * 53 + i * j * 11) % 997, a + b + "村"]); }));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VN = [...new Set(cand.map((c) => c[1]))].slice(0, 186);
  assert(VN.length === 186, "names");
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 6 === 4).map((v) => v.k).slice(0, 29);
  assert(POORK.length === 29, "29 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  assert(nonPoor.length === 157, "157 non-poor");
  const covNP = nonPoor.filter((v, j) => j % 8 < 5).slice(0, 96);
  const POOR_SEPT = POORK[17];
  const COVK = POORK.filter((k) => k !== POOR_SEPT).concat(covNP.map((v) => v.k));
  assert(COVK.length === 124, "124 covered");
  const uncovNP = nonPoor.filter((v) => !covNP.includes(v));
  const SEPT = [[POOR_SEPT, "2021-09-06"], [uncovNP[7].k, "2021-09-10"], [uncovNP[33].k, "2021-09-13"]];
  const SECOND = [[covNP[10].k, "2021-02-22"], [covNP[50].k, "2021-04-19"], [covNP[80].k, "2021-06-28"]];
  const COMM_ST = [["徐城街道", "东门社区", "2020-06-18"], ["徐城街道", "文明社区", "2020-11-03"], ["下桥镇", "下桥社区", "2021-03-09"], ["海安镇", "海安社区", "2021-05-27"]];

  // ---------------------------------------------------------------- 村（社区）卫生站规范化建设情况表 (villages)
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("徐闻县村（社区）卫生站规范化建设情况表");
    full("徐闻县卫生健康局　　2021年6月　　每个村委会建1间村卫生站；居委会（社区）建社区卫生服务站，一并列出；“是否省定贫困村”按省定相对贫困村名单填，居委会不填");
    rows.push(["序号", "镇（乡、街道）", "村（居）委会", "类别", "是否省定贫困村", "卫生站名称", "建设方式", "业务用房面积（㎡）", "乡村医生（人）", "验收日期", "备注"]);
    let no = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const vs = VIL.filter((v) => v.town === t);
      vs.forEach((v, i) => {
        no++;
        const base = v.name.replace(/村$/, "");
        rows.push([no, i === 0 ? t : null, base + "村委会", "村委会", isPoor(v.k) ? "是" : "否", base + "村卫生站", ["新建", "改建", "扩建"][no % 3], 80 + (no * 7) % 41,
          1 + (no % 3), [D, fmtDot, fmtCn][no % 3](isoAdd("2019-11-04", (no * 3) % 200)), isPoor(v.k) ? "省定贫困村卫生站（扶贫资金建设）" : null]);
      });
      (COMMS[t] || []).forEach((c) => {
        no++;
        rows.push([no, null, c + "居委会", "居委会", "—", c + "卫生服务站", "改建", 150 + (no * 11) % 60, 3, fmtDot(isoAdd("2020-03-16", no % 40)), "社区卫生服务站"]);
      });
      merges.push(`B${s}:B${R()}`);
      const np = vs.filter((v) => isPoor(v.k)).length;
      rows.push([null, `${t}小计`, `村委会${NV[ti]}个（省定贫困村${np}个）${COMMS[t] ? `、居委会${COMMS[t].length}个` : ""}`, null, null, null, null, null, null, null, null]); merges.push(`C${R()}:K${R()}`);
    });
    rows.push(["合计", null, `村委会${VIL.length}个（其中省定贫困村${POORK.length}个），居委会${NCOMM}个`, null, null, null, null, null, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:K${R()}`);
    full("注：省定贫困村按2016年认定的相对贫困村名单填列。　　填表：县卫健局基层卫生股");
    sheets.push(sheet("卫生站建设情况", rows, merges));
  }

  // ---------------------------------------------------------------- 村级电商服务站运营补贴发放花名册 (stations)
  // station: {town, vil (as written), k|null, opened iso, cell, name, note}
  const ST = [];
  const order = COVK.slice().sort((a, b) => ((a * 53) % 186) - ((b * 53) % 186) || a - b);
  order.forEach((k, i) => {
    let opened = isoAdd("2020-04-08", Math.floor((i * 490) / 123));
    if (i === 122) opened = "2021-08-20";
    if (i === 123) opened = "2021-08-31";
    const v = VIL[k];
    const vil = i % 7 === 3 ? v.name.replace(/村$/, "村委会") : v.name;
    const cell = opened < "2020-09-01" && i % 9 === 4 ? `${+opened.slice(0, 4)}年${+opened.slice(5, 7)}月` : [D, fmtDot, fmtCn, fmtSlash, D][i % 5](opened);
    ST.push({ town: v.town, vil, k, opened, cell, name: v.name.replace(/村$/, "") + "村电商服务站", note: opened.startsWith("2021-08") ? "8月开业，9月起计发" : null });
  });
  SECOND.forEach(([k, o]) => ST.push({ town: VIL[k].town, vil: VIL[k].name, k, opened: o, cell: fmtDot(o), name: VIL[k].name.replace(/村$/, "") + "圩电商服务站", note: "同村第二个站点（圩镇）" }));
  COMM_ST.forEach(([t, c, o]) => ST.push({ town: t, vil: c, k: null, opened: o, cell: D(o), name: c + "电商服务站", note: "社区站点" }));
  SEPT.forEach(([k, o]) => ST.push({ town: VIL[k].town, vil: VIL[k].name, k, opened: o, cell: fmtDot(o), name: VIL[k].name.replace(/村$/, "") + "村电商服务站", note: "9月开业，下期起计发" }));
  const covIn = new Set(ST.filter((s) => s.k !== null && s.opened <= AS_OF).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 124 && poorIn === 28, "124 villages, 28 poor by cut-off");
  assert(covIn.size * 100 < 186 * 70 && covIn.size * 100 >= 186 * 50 && poorIn * 100 >= 29 * 80 && poorIn < 29, "66.7% → 2, 96.6% → 3");
  const clerkCov = new Set(ST.map((s) => (s.k === null ? s.vil : "k" + s.k))).size;
  assert(clerkCov === 131 && Math.round((clerkCov / 186) * 1000) === 704, "clerk 131 村（居） = 70.4%");
  assert(ST.length === 134, "134 stations");
  const SUB = 200;
  let subTotal = 0;
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("徐闻县村级电子商务服务站运营补贴发放花名册");
    full("发放期间：2020年9月—2021年8月　　标准：每站每月200元，自开业运营次月起计发（2020年9月以前开业的从2020年9月起计）；8月、9月开业的站点一并列出，本期补贴为0　　县商务局　2021年9月15日");
    rows.push(["序号", "镇（乡、街道）", "站点名称", "所在村（社区）", "站长", "联系电话", "开业运营日期", "计发月份", "补贴月数", "补贴金额（元）", "站长签名", "备注"]);
    let no = 0;
    TOWNS.forEach((t) => {
      const list = ST.filter((s) => s.town === t).sort((a, b) => (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0));
      if (!list.length) return;
      const s0 = R() + 1;
      let tSum = 0;
      list.forEach((s, i) => {
        no++;
        const n = monthsAfter(s.opened);
        const nm = WINDOW.find((m) => m > s.opened.slice(0, 7));
        const first = nm ? `${+nm.slice(0, 4)}.${+nm.slice(5, 7)}` : null;
        const sex = no % 4 === 1 ? "女" : "男";
        const head = nameOf(no + 40, sex, USED);
        tSum += n * SUB;
        rows.push([no, i === 0 ? t : null, s.name, s.vil, head, `13${no % 10}****${String(1000 + (no * 379) % 9000)}`, s.cell, n ? `${first}—2021.8` : "—", n, n * SUB, n ? head : null, s.note]);
      });
      merges.push(`B${s0}:B${R()}`);
      subTotal += tSum;
      rows.push([null, `${t}小计`, `站点${list.length}个`, null, null, null, null, null, null, tSum, null, null]); merges.push(`C${R()}:I${R()}`);
    });
    rows.push(["合计", null, `站点${ST.length}个`, null, null, null, null, null, null, subTotal, null, `覆盖村（居）${clerkCov}个`]); merges.push(`A${R()}:B${R()}`, `C${R()}:I${R()}`);
    full("经办：吴××　　审核：陈××　　分管领导：林××　　（补贴由县财政电商发展资金列支，不在省级示范专项资金内）");
    sheets.push(sheet("站点运营补贴花名册", rows, merges));
  }
  assert(subTotal === sum(ST.map((s) => monthsAfter(s.opened) * SUB)), "subsidy total");

  // ---------------------------------------------------------------- 电商培训班开班备案表 (training sessions)
  // [编号, 名称, 地点, 开班, 结业|null(当日), 计划, 实际|null, 合格|null, 承训, 状态, 备注]
  const ORG = ["湛江市南粤职业培训学校", "县电子商务公共服务中心"];
  const CL = [
    ["XW-DS-2020-01", "农村电商基础普及班（下桥镇）", "下桥镇文化站", "2020-09-15", null, 350, 312, null, 1],
    ["XW-DS-2020-02", "网店开设与运营班", "县电商公共服务中心", "2020-10-12", "2020-10-16", 60, 58, 55, 0],
    ["XW-DS-2020-03", "农村电商基础普及班（龙塘镇）", "龙塘镇政府礼堂", "2020-10-27", null, 380, 345, null, 1],
    ["XW-DS-2020-04", "直播带货实操班", "县电商公共服务中心", "2020-11-09", "2020-11-13", 60, 60, 57, 0],
    ["XW-DS-2020-05", "农村电商基础普及班（下洋镇）", "下洋镇文化站", "2020-11-24", null, 320, 298, null, 1],
    ["XW-DS-2020-06", "短视频拍摄与剪辑班", "县电商公共服务中心", "2020-12-07", "2020-12-11", 50, 47, 45, 0],
    ["XW-DS-2020-07", "农村电商基础普及班（锦和镇）", "锦和镇政府礼堂", "2020-12-22", null, 380, 356, null, 1],
    ["XW-DS-2021-01", "菠萝网销专题班", "曲界镇菠萝交易中心", "2021-01-11", "2021-01-15", 80, 76, 72, 0],
    ["XW-DS-2021-02", "农村电商基础普及班（和安镇）", "和安镇文化站", "2021-01-26", null, 350, null, null, 1, "已取消", "疫情防控取消，3月2日补办"],
    ["XW-DS-2021-03", "农村电商基础普及班（和安镇，补办）", "和安镇文化站", "2021-03-02", null, 350, 331, null, 1],
    ["XW-DS-2021-04", "网店美工设计班", "县电商公共服务中心", "2021-03-15", "2021-03-19", 50, 49, 46, 0],
    ["XW-DS-2021-05", "农村电商基础普及班（新寮镇）", "新寮镇政府礼堂", "2021-03-30", null, 400, 367, null, 1],
    ["XW-DS-2021-06", "直播带货提升班", "县电商公共服务中心", "2021-04-12", "2021-04-16", 60, 58, 55, 0],
    ["XW-DS-2021-07", "农村电商基础普及班（前山镇）", "前山镇文化站", "2021-04-27", null, 350, 322, null, 1],
    ["XW-DS-2021-08", "电商物流与供应链班", "县电商公共服务中心", "2021-05-10", "2021-05-14", 50, 44, 41, 0],
    ["XW-DS-2021-09", "农村电商基础普及班（西连镇）", "西连镇政府礼堂", "2021-05-25", null, 380, 349, null, 1],
    ["XW-DS-2021-10", "农村青年电商创业班", "县电商公共服务中心", "2021-06-07", "2021-06-11", 60, 60, 58, 0],
    ["XW-DS-2021-11", "农村电商基础普及班（南山镇）", "南山镇文化站", "2021-06-22", null, 350, 318, null, 1],
    ["XW-DS-2021-12", "脱贫户电商技能专场", "县电商公共服务中心", "2021-07-05", "2021-07-09", 120, 116, 108, 0],
    ["XW-DS-2021-13", "农村电商基础普及班（海安镇）", "海安镇政府礼堂", "2021-07-20", null, 400, 372, null, 1],
    ["XW-DS-2021-14", "社群营销班", "县电商公共服务中心", "2021-08-02", "2021-08-06", 60, 57, 54, 0],
    ["XW-DS-2021-15", "农村电商基础普及班（曲界镇）", "曲界镇文化站", "2021-08-17", null, 380, 340, null, 1],
    ["XW-DS-2021-16", "直播带货实操班（二期）", "县电商公共服务中心", "2021-08-30", "2021-09-03", 60, 59, 56, 0],
    ["XW-DS-2021-17", "农村电商基础普及班（迈陈镇）", "迈陈镇政府礼堂", "2021-09-07", null, 400, 385, null, 1],
    ["XW-DS-2021-18", "农村电商基础普及班（角尾乡、城北乡联办）", "角尾乡文化站", "2021-09-14", "2021-09-16", 450, 420, null, 1, null, "三天，各天参训人员相同"],
  ];
  const endOf = (c) => c[4] || c[3];
  const T_IN = sum(CL.filter((c) => c[6] && endOf(c) <= AS_OF).map((c) => c[6]));
  const T_ALL = sum(CL.filter((c) => c[6]).map((c) => c[6]));
  const T_PLAN = sum(CL.map((c) => c[5]));
  const POP = 598600, TBASE = Math.min(POP, 500000);
  assert(T_IN === 4335 && T_ALL === 5199, "4,335 by cut-off, 5,199 in all got " + T_IN + "/" + T_ALL);
  assert(T_IN * 1000 >= TBASE * 8 && T_IN * 100 < TBASE && T_IN * 1000 < POP * 8 && T_ALL * 100 >= TBASE, "0.867% of 50万 → 8; of 59.86万 it would be 0.72%; with September ≥ 1%");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("徐闻县电子商务培训班开班备案及结业情况表");
    full("县人力资源和社会保障局职业能力建设股　　县商务局电商股填报　　“实际参训人数”按签到表统计（多天班次按参训人数计，不按天累计）；普及班为一天、不考核；结业日期为班次最后一天，一天的班填“当日”");
    rows.push(["序号", "备案编号", "培训班名称", "培训地点", "开班日期", "结业日期", "计划人数", "实际参训人数", "考核合格人数", "承训机构", "备案状态", "备注"]);
    CL.forEach((c, i) => rows.push([i + 1, c[0], c[1], c[3] < "2020-12-26" && c[2] === "县电商公共服务中心" ? "县职业技术学校电商实训室" : c[2], D(c[3]), c[4] ? (i % 3 === 1 ? fmtCn(c[4]) : fmtDot(c[4])) : "当日", c[5], c[6] === null ? "—" : c[6],
      c[7] === null ? "—" : c[7], ORG[c[3] < "2020-12-26" ? 0 : c[8]], c[9] || "已结业", c[10] || null]));
    rows.push(["合计", null, null, null, null, null, T_PLAN, T_ALL, sum(CL.map((c) => c[7] || 0)), null, null, null]); merges.push(`A${R()}:F${R()}`);
    full("填表：县商务局电商股 吴××　　审核：县人社局职业能力建设股　　2021年9月17日");
    sheets.push(sheet("培训班备案表", rows, merges));
  }

  // ---------------------------------------------------------------- 产业园门禁卡领取登记表 (enterprises)
  // [name, type, room, entered iso, left iso|null, note]
  const EN = [
    ["湛江市徐闻县菠萝的海电子商务运营有限公司", "电商运营商", "A101", "2020-11-18", null, "园区运营方"],
    ["中国邮政集团有限公司徐闻县分公司电商服务部", "平台型", "A102", "2020-11-18", null, null],
    ["徐闻县曲界菠萝网店", "销售型", "A103", "2020-11-25", null, null],
    ["徐闻县良姜电子商务有限公司", "销售型", "A104", "2020-12-02", null, null],
    ["徐闻县顺通快递服务有限公司", "物流企业", "B101", "2020-12-09", null, null],
    ["徐闻县海安港海产品网店", "销售型", "A105", "2020-12-16", "2021-03-31", "已退园"],
    ["徐闻县红土地直播文化传媒有限公司", "直播电商", "A201", "2020-12-28", null, null],
    ["徐闻县南山香蕉专业合作社", "销售型", "A202", "2021-01-06", null, null],
    ["徐闻县菠萝云仓供应链管理有限公司", "物流企业", "B102", "2021-01-13", null, "仓储"],
    ["徐闻县前山火龙果网店", "销售型", "A203", "2021-01-27", null, null],
    ["徐闻县乐购代运营服务有限公司", "电商运营商", "A204", "2021-02-24", null, null],
    ["徐闻县下洋海鸭蛋网店", "销售型", "A205", "2021-03-10", "2021-07-15", "已退园"],
    ["徐闻县农品汇科技有限公司", "平台型", "A301", "2021-03-24", null, null],
    ["徐闻县迈陈洋葱电子商务有限公司", "销售型", "A302", "2021-04-07", null, null],
    ["徐闻县角尾珍珠网店", "销售型", "A303", "2021-04-21", null, null],
    ["徐闻县锦和山羊肉网店", "销售型", "A304", "2021-05-12", null, null],
    ["徐闻县城北美工摄影工作室", "电商服务", "A305", "2021-05-26", null, null],
    ["徐闻县西连番薯网店", "销售型", "A401", "2021-06-09", null, null],
    ["徐闻县新寮海鲜电子商务有限公司", "销售型", "A402", "2021-06-23", "2021-09-10", "9月退园"],
    ["徐闻县和安沉香网店", "销售型", "A403", "2021-07-07", null, null],
    ["徐闻县龙塘蜂蜜网店", "销售型", "A404", "2021-07-21", null, null],
    ["徐闻县下桥辣椒电子商务有限公司", "销售型", "A405", "2021-08-25", null, null],
    ["徐闻县冷链物流有限公司", "物流企业", "B103", "2021-09-06", null, "9月入驻"],
  ];
  const inPark = EN.filter((e) => e[3] <= AS_OF && !(e[4] && e[4] <= AS_OF));
  assert(EN.length === 23 && inPark.length === 20 && new Set(inPark.map((e) => e[1])).size >= 3, "20 in park at cut-off");
  // card rows: [iso, enterprise idx, 领取类型, 数量, 交回 iso|null, note]
  const CARDS = EN.map((e, i) => [e[3], i, "首次领取", i < 2 ? 4 : 2, e[4], e[5]]);
  CARDS.push(["2021-01-08", 0, "增领", 2, null, "运营团队扩员"]);
  CARDS.push(["2021-02-03", 6, "增领", 3, "2021-05-10", "主播离职交回增领卡，企业仍在园"]);
  CARDS.push(["2021-04-14", 12, "增领", 2, null, null]);
  CARDS.push(["2021-03-02", 2, "补办", 1, null, "原卡遗失，挂失补办"]);
  CARDS.push(["2021-06-16", 8, "补办", 1, null, "原卡损坏，以旧换新"]);
  const HOLDER = EN.map((e, i) => nameOf(i + 90, i % 3 === 1 ? "女" : "男", USED));
  CARDS.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("徐闻县电子商务产业园门禁卡领取登记表");
    full("园区运营管理办公室　　企业办理入驻手续当天首次领取门禁卡（“首次领取”的领卡日期即入驻日期）；“增领”“补办”不是新入驻；企业退园时交回全部门禁卡，交回日期即退园日期（员工离职交回个别卡的，在备注说明）");
    rows.push(["序号", "领卡日期", "企业名称", "统一社会信用代码", "企业类型", "房号", "领取类型", "卡号", "数量（张）", "领卡人", "交回日期", "备注"]);
    let card = 1;
    CARDS.forEach((c, i) => {
      const e = EN[c[1]];
      const from = card; card += c[3];
      rows.push([i + 1, [D, fmtDot, D, fmtCn][i % 4](c[0]), e[0], creditCode(AREA, c[1] + 31), e[1], e[2], c[2], `MJ${String(from).padStart(4, "0")}—MJ${String(card - 1).padStart(4, "0")}`, c[3],
        HOLDER[c[1]], c[4] ? fmtDot(c[4]) : null, c[5]]);
    });
    full(`共发卡${card - 1}张。　　登记人：园区办 冯××`);
    sheets.push(sheet("门禁卡领取登记", rows, merges));
  }

  // ---------------------------------------------------------------- 项目合同及付款台账 (funds, 万元, installments as columns)
  const CT = [
    ["县电子商务公共服务中心建设及运营", "XWSW-2020-03", "湛江市徐闻县菠萝的海电子商务运营有限公司", 150, [["2020-08-20", 45], ["2021-01-15", 60], ["2021-09-03", 37.5]], "质保金7.5万元运营期满后支付"],
    ["村级电商服务站点建设", "XWSW-2020-05", "中国邮政集团有限公司徐闻县分公司", 120, [["2020-10-12", 36], ["2021-04-08", 48], null], "第三批站点验收后付尾款"],
    ["县乡村三级物流配送体系建设", "XWSW-2020-06", "中国邮政集团有限公司徐闻县分公司", 100, [["2020-11-05", 30], ["2021-05-20", 40], null], null],
    ["电商人才培训服务", "XWSW-2020-04", "湛江市南粤职业培训学校", 60, [["2020-09-25", 18], ["2021-03-12", 24], null], null],
    ["农产品品牌培育及营销推广", "XWSW-2021-01", "徐闻县红土地直播文化传媒有限公司", 40, [["2021-02-03", 12], ["2021-07-09", 16], null], null],
    ["农产品质量追溯体系建设", "XWSW-2021-02", "湛江市溯源信息科技有限公司", 30, [["2021-06-18", 9], null, null], null],
  ];
  const pays = [];
  CT.forEach((c) => c[4].forEach((p) => { if (p) pays.push(p); }));
  const F_IN = Math.round(sum(pays.filter((p) => p[0] <= AS_OF).map((p) => p[1])) * 10000);
  const F_ALL = Math.round(sum(pays.map((p) => p[1])) * 10000);
  assert(sum(CT.map((c) => c[3])) === 500 && F_IN === 3380000 && F_ALL === 3755000, "338万 by cut-off, 375.5万 in all");
  assert(F_IN * 100 < 5000000 * 70 && F_ALL * 100 >= 5000000 * 70, "67.6% < 70% → −5; with September 75.1%");
  {
    const W = 14, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:N${R()}`); };
    full("徐闻县电子商务进农村综合示范项目合同及付款台账");
    full("县商务局电商股　　金额单位：万元　　支付日期为县财政国库集中支付到账日期　　资金来源：省级电子商务进农村综合示范专项资金（下达500万元）");
    rows.push(["序号", "项目名称", "合同编号", "承建单位", "合同金额（万元）", "首付款", null, "进度款", null, "尾款", null, "累计已付（万元）", "未付（万元）", "备注"]);
    rows.push([null, null, null, null, null, "支付日期", "金额", "支付日期", "金额", "支付日期", "金额", null, null, null]);
    const h = R() - 1;
    ["A", "B", "C", "D", "E", "L", "M", "N"].forEach((c) => merges.push(`${c}${h}:${c}${h + 1}`));
    merges.push(`F${h}:G${h}`, `H${h}:I${h}`, `J${h}:K${h}`);
    const fm = [D, fmtDot, fmtCn];
    let k = 0;
    CT.forEach((c, i) => {
      const cells = [];
      c[4].forEach((p) => { if (p) { cells.push(p[0] > AS_OF ? fmtDot(p[0]) : fm[k++ % 3](p[0]), p[1]); } else cells.push(null, null); });
      const paid = sum(c[4].filter(Boolean).map((p) => p[1]));
      rows.push([i + 1, c[0], c[1], c[2], c[3]].concat(cells, [paid, c[3] - paid, c[5]]));
    });
    const tot = (j) => sum(CT.map((c) => (c[4][j] ? c[4][j][1] : 0)));
    rows.push(["合计", null, null, null, sum(CT.map((c) => c[3])), null, tot(0), null, tot(1), null, tot(2), F_ALL / 10000, 500 - F_ALL / 10000, null]); merges.push(`A${R()}:D${R()}`);
    full("填表：吴××　　2021年9月10日");
    sheets.push(sheet("合同付款台账", rows, merges));
  }

  // ---------------------------------------------------------------- 电商股工作日志 (reports, disclosures, materials)
  const LOG = []; // [iso, 类别, 内容, 经办, 备注]
  const RPT = [["2020-08", "2020-09-04"], ["2020-09", "2020-10-09"], ["2020-10", "2020-11-05"], ["2020-11", "2020-12-07"], ["2020-12", "2021-01-06"], ["2021-01", "2021-02-03"],
    ["2021-02", "2021-03-05"], ["2021-03", "2021-04-07"], ["2021-04", "2021-05-08"], ["2021-05", "2021-06-04"], ["2021-06", "2021-07-06"], ["2021-07", "2021-08-05"], ["2021-08", "2021-09-03"]];
  RPT.forEach(([m, d]) => LOG.push([d, "报送", `向湛江市商务局报送${fmtMonth(m + "-01")}电子商务进农村工作月报（附电商扶贫统计表）`, "吴××", null]));
  LOG.push(["2020-12-09", "报送", "湛江市商务局退回11月月报，补充站点交易额数据后重新报送", "吴××", null]);
  const PUB = [["2020-09-22", "2020年8月"], ["2020-10-21", "2020年9月"], ["2020-11-19", "2020年10月"], ["2020-12-17", "2020年11月"], ["2021-02-02", "2020年12月"], ["2021-02-25", "2021年1月"],
    ["2021-03-23", "2021年2月"], ["2021-04-20", "2021年3月"], ["2021-05-19", "2021年4月"], ["2021-07-05", "2021年5月"], ["2021-07-20", "2021年6月"], ["2021-08-18", "2021年7月"], ["2021-09-16", "2021年8月"]];
  PUB.forEach(([d, m]) => LOG.push([d, "专栏", `在县政府网站“电子商务进农村综合示范”专栏发布《徐闻县电子商务进农村综合示范项目建设进度（${m}）》`, "陈××", null]));
  LOG.push(["2020-12-15", "专栏", "在专栏公示第二批村级电商服务站点名单", "陈××", null]);
  LOG.push(["2021-01-19", "专栏", "起草专栏稿件《项目建设进度（2020年12月）》，送局领导审核", "陈××", "未发布"]);
  LOG.push(["2021-06-02", "专栏", "县政府网站集约化迁移，专栏暂停更新（6月1日—30日），已备份稿件", "陈××", "县政数局通知"]);
  LOG.push(["2021-05-20", "报送", "向湛江市商务局报送经验材料《小菠萝撬动大产业——徐闻县电商助农经验做法》", "吴××", "市局《商务简报》采用"]);
  LOG.push(["2021-03-11", "报送", "向县委办报送政务信息《徐闻县举办菠萝网销专题培训》", "吴××", null]);
  LOG.push(["2021-09-08", "报送", "向湛江市商务局报送典型案例《电商直播带火徐闻菠萝》", "吴××", null]);
  const OTHER = [
    ["2020-09-15", "培训", "下桥镇农村电商基础普及班开班，县商务局领导讲话"], ["2020-09-29", "会议", "召开领导小组第三次会议，研究站点建设第二批名单"],
    ["2020-10-13", "站点", "到龙塘镇检查村级站点运营情况（6个站）"], ["2020-11-18", "其他", "电商产业园开园，首批企业入驻"],
    ["2020-11-27", "资金", "审核三级物流体系建设首期款支付材料"], ["2020-12-26", "其他", "县电子商务公共服务中心投入运营，举行揭牌仪式"],
    ["2021-01-12", "会议", "参加湛江市商务局电商进农村工作推进会"], ["2021-01-27", "培训", "和安镇普及班因疫情防控取消，通知各村"],
    ["2021-02-08", "其他", "组织网上年货节，菠萝、良姜线上促销"], ["2021-03-26", "站点", "第二批村级站点验收（县商务局、财政局、运营方）"],
    ["2021-04-21", "宣传", "CCTV-17《乡村振兴资讯》播出我县电商助农报道，转发工作群"], ["2021-05-12", "会议", "接待湛江市商务局调研组"],
    ["2021-06-15", "资金", "整理资金台账，核对承建单位凭证"], ["2021-07-09", "培训", "脱贫户电商技能专场结业"],
    ["2021-07-28", "站点", "到曲界镇、迈陈镇检查站点（8个站）"], ["2021-08-12", "会议", "召开考评迎检工作部署会"],
    ["2021-08-31", "其他", "考评截止，整理各类台账"], ["2021-09-14", "其他", "省考评组到我县现场考评"],
  ];
  OTHER.forEach(([d, c, t], i) => LOG.push([d, c, t, ["吴××", "陈××", "林××"][i % 3], null]));
  LOG.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const repIn = RPT.map((r) => r[1]).concat(["2020-12-09"]);
  const pubIn = PUB.map((p) => p[0]).concat(["2020-12-15"]);
  assert(monthsCovered(repIn) === 12, "reports 12 months");
  assert(monthsCovered(pubIn) === 10 && monthsCovered(pubIn.concat(["2021-01-19", "2021-06-02"])) === 12, "10 published months; 12 if the draft and the notice were counted");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("徐闻县商务局电子商务股工作日志");
    full("2020年9月—2021年9月　　类别：报送（向上级、县委县政府报送材料）、专栏（政府网站专栏）、会议、培训、站点、资金、宣传、其他");
    rows.push(["日期", "星期", "类别", "工作内容", "经办人", "备注"]);
    LOG.forEach((l, i) => rows.push([i % 6 === 5 ? fmtDot(l[0]) : D(l[0]), weekday(l[0]), l[1], l[2], l[3], l[4]]));
    sheets.push(sheet("电商股工作日志", rows, merges));
  }

  // ---------------------------------------------------------------- 宣传报道截图汇编 (media; level from the section titles)
  const MD = [
    ["一、中央媒体", [["2021-04-21", "中央广播电视总台农业农村频道（CCTV-17）《乡村振兴资讯》播出《广东徐闻：电商带货菠萝出海　脱贫户增收有奔头》（电商扶贫典型案例）", "national", true],
      ["2020-11-26", "人民网刊发《徐闻菠萝搭上电商快车》", "national", false]]],
    ["二、省级媒体", [["2021-03-28", "《南方日报》A07版刊发《菠萝的海里的“新农人”》", "province", false], ["2021-06-10", "南方＋客户端刊发《徐闻：站点进村　快递到家》", "province", false]]],
    ["三、市级媒体", [["2021-08-31", "湛江广播电视台《湛江新闻》播出《徐闻：电商服务站让村民家门口卖菠萝》", "city", true], ["2021-09-02", "《湛江日报》A2版刊发《徐闻电商进农村综合示范成效初显》", "city", false]]],
    ["四、县级媒体", [["2020-10-15", "徐闻县融媒体中心《徐闻新闻》播出《我县举办农村电商基础普及培训》", "county", true], ["2021-07-08", "“徐闻发布”微信公众号推送《脱贫户学电商　直播卖良姜》", "county", false]]],
  ];
  const lvIn = new Set();
  MD.forEach((s) => s[1].forEach((m) => { if (m[0] <= AS_OF) lvIn.add(m[2]); }));
  assert(lvIn.has("national") && lvIn.has("province") && lvIn.has("city") && lvIn.has("county"), "all four levels by cut-off (city on 8-31)");
  {
    const rows = [];
    rows.push(["徐闻县电子商务进农村宣传报道截图汇编"]);
    rows.push(["（电商股整理；截图来自各媒体网站、客户端和电视节目录屏；按媒体级别分节）"]);
    let n = 0;
    MD.forEach(([sec, list]) => {
      rows.push([sec]);
      list.forEach((m) => { n++; rows.push([`图${n}　${fmtCn(m[0])}，${m[1]}`]); rows.push(["[截图]"]); if (n % 2 === 1) rows.push(["[截图]"]); });
    });
    rows.push(["（共8篇／条）"]);
    sheets.push(sheet("宣传报道截图", rows));
  }

  // ---------------------------------------------------------------- 考评结果复核申请表 (facts, judged, claimed)
  const JG = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  const ELIG_ALL = 4015, MIGR = 603, TRAINED_POOR = 1788, ELIG = ELIG_ALL - MIGR;
  assert(ELIG === 3412 && TRAINED_POOR * 100 >= ELIG * 50 && TRAINED_POOR * 100 < ELIG * 70 && TRAINED_POOR * 100 < ELIG_ALL * 50 && TRAINED_POOR * 100 >= ELIG_ALL * 40, "52.4% → 10; of 4,015 it would be 44.5% → 8");
  assert(Math.round((TRAINED_POOR / ELIG_ALL) * 1000) === 445 && Math.round((T_ALL / TBASE) * 10000) === 104 && Math.round((F_ALL / 5000000) * 1000) === 751, "texts");
  assert(Math.round((19.1 / 15.2 - 1) * 1000) === 257 && Math.round((8.12 / 6.05 - 1) * 1000) === 342, "growth texts");
  // [id, 工作任务, 指标, 分值, 自评, 初评, 复核?, 情况说明, 佐证]
  const IND = [
    ["org.leadership", "加强组织领导与统筹协调（10分）", "组织领导", 2, 2, 2, "否", "县政府成立以县委副书记、县长为组长，常务副县长、分管副县长为副组长，县商务局、财政局、农业农村局、乡村振兴局（原县扶贫办）、交通运输局、市场监管局、供销社、邮政分公司为成员单位的创建工作领导小组（徐府办〔2020〕21号）。", "领导小组文件、会议纪要"],
    ["org.plan", null, "方案制定", 2, JG["org.plan"], 2, "否", "《徐闻县电子商务进农村综合示范县创建工作方案》2020年3月由县政府办公室正式印发（徐府办〔2020〕9号）。", "工作方案"],
    ["org.policy", null, "政策支持", 2, JG["org.policy"], 2, "否", "出台《徐闻县支持农村电子商务发展若干措施》（徐府〔2020〕26号），场地租金、物流补贴已兑现。", "政策文件、兑现凭证"],
    ["org.management", null, "项目管理", 4, JG["org.management.system"] + JG["org.management.ledger"], 3, "否", `项目管理制度自评${JG["org.management.system"]}分；工作台账自评${JG["org.management.ledger"]}分（部分验收记录为事后补录）。`, "管理办法、工作台账"],
    ["work.center", "深入推动电子商务进农村工作（55分）", "服务体系建设：县级中心与产业园", 15, 15, 14, "是", "县电子商务公共服务中心2020年12月26日投入运营；设培训教室，免费开展电商基础培训；免费展示、代销菠萝、良姜、海鸭蛋等农特产品；组织“徐闻菠萝”统一推广、指导企业品牌建设；提供金融贷款、物流对接等衍生服务。摄影美工服务由运营方按每款产品30元成本价收取，考评组认为不属免费服务扣1分，我县认为成本价收费应视同免费，申请复核。产业园2020年11月开园，截至8月31日在园企业20家，含平台型、销售型、电商运营商、物流企业。", "中心运营报告、门禁卡领取登记"],
    ["work.coverage", null, "服务体系建设：村级站点覆盖", 10, 10, 5, "是", `全县行政村186个（另有居委会10个），省定贫困村29个；村级站点${ST.length}个，覆盖村（居）${clerkCov}个，覆盖率70.4%；省定贫困村29个全部建站（北部1个贫困村站点9月6日开业）。`, "卫生站建设情况表（村名单）、站点运营补贴花名册"],
    ["work.upward", null, "农村产品上行", 10, 9, 9, "否", `网销调研自评${JG["work.upward.research"]}分；网络促销自评${JG["work.upward.promotion"]}分；公开招标引入湛江市徐闻县菠萝的海电子商务运营有限公司为第三方运营服务商；行政村快递覆盖率100%（湛江市邮政管理局出具证明）；交易标准与冷链溯源自评${JG["work.upward.standards"]}分（溯源系统在建）；2020年农村网络零售额19.10亿元（2019年15.20亿元，增长25.7%），农产品网络零售额8.12亿元（2019年6.05亿元，增长34.2%）。`, "调研报告、活动总结、邮政管理局证明"],
    ["work.training", null, "电商人才培训", 20, 18, 18, "否", `常住人口59.86万人（第七次全国人口普查），超过50万按50万计；示范创建以来累计培训${thousands(T_ALL)}人次，占1.04%，自评10分。有劳动能力的建档立卡贫困人口${thousands(ELIG_ALL)}人（含外出务工${MIGR}人，县乡村振兴局确认），参训${thousands(TRAINED_POOR)}人（均为不在外务工的有劳动能力人员），培训率44.5%，自评8分。`, "培训班备案表、签到表"],
    ["info.disclosure", "加强信息公开及报送（10分）", "信息公开", 4, 4, 3, "是", "县政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话和邮箱；专栏按月更新（1月、6月因稿件审核和网站集约化迁移，进度稿顺延至次月发布），申请按“按月更新”计分。", "网站截图、工作日志"],
    ["info.reporting", null, "数据上报", 6, 6, 6, "否", "每月初向湛江市商务局报送上月工作月报，附电商扶贫统计表（脱贫户培训、带动增收情况）。", "月报、工作日志"],
    ["promo.cases", "加强宣传推广（10分）", "案例总结", 2, 2, 2, "否", "2021年5月20日向湛江市商务局报送经验材料《小菠萝撬动大产业——徐闻县电商助农经验做法》。", "报送记录"],
    ["promo.media", null, "经验推广", 8, 8, 5, "是", "中央、省、县级媒体均有报道；2021年8月31日湛江广播电视台《湛江新闻》播出我县电商服务站报道（市级媒体），考评组未计入，申请复核。", "宣传报道截图汇编"],
    ["fund.system", "加强财政资金管理（15分）", "制度建立", 5, JG["fund.system"], 4, "否", "制定《徐闻县省级电子商务进农村综合示范专项资金管理办法》，考核问责条款待细化。", "管理办法"],
    ["fund.ledger", null, "资金台账", 5, JG["fund.ledger"], 4, "否", "县商务局建立合同及付款台账，承建单位设资金专用台账。", "合同付款台账"],
    ["fund.spending", null, "资金支出", 5, JG["fund.spending"], -5, "是", `省级资金下达500万元，已审批拨付${F_ALL / 10000}万元，支出率75.1%（中心尾款37.5万元8月30日局领导审批，9月3日国库支付），考评组按8月31日国库支付数338万元（67.6%）倒扣5分；我县申请按审批数计，及时拨付自评${JG["fund.spending"]}分。`, "合同付款台账、审批单"],
    ["bonus.poorTraining", "加分项（4分）", "建档立卡贫困人口培训率70%及以上", 2, 0, 0, "否", "培训率未达70%。", "—"],
    ["bonus.tvCase", null, "电商扶贫典型案例获电视媒体播报", 2, 2, 2, "否", "2021年4月21日中央广播电视总台农业农村频道（CCTV-17）播出我县脱贫户电商带货菠萝典型案例。", "视频截图"],
  ];
  const VETO = [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "未发生。"], ["项目建设进度严重滞后，总体进度不足40%", "项目总体进度85%（按合同约定工作量计）。"], ["弄虚作假", "无。"]];
  const CLAIM = {};
  IND.forEach((x) => { CLAIM[x[0]] = x[4]; });
  const clSum = SCORED.reduce((a, id) => a + CLAIM[id], 0), clBonus = CLAIM["bonus.poorTraining"] + CLAIM["bonus.tvCase"];
  const first = IND.filter((x) => SCORED.includes(x[0])).reduce((a, x) => a + x[5], 0), firstBonus = IND.filter((x) => !SCORED.includes(x[0])).reduce((a, x) => a + x[5], 0);
  assert(clSum === 93 && clBonus === 2 && first === 74 && firstBonus === 2, "claims 93+2, 初评 74+2 got " + clSum + "/" + first);
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("徐闻县电子商务进农村综合示范创建考评结果复核申请表");
    full("申请单位：徐闻县商务局（盖章）　　2021年9月22日　　考评截止日期：2021年8月31日　　“考评组初评分”为省考评组9月14日现场考评反馈的初评结果；“我县自评分”为我县自评报告的自评得分");
    rows.push(["序号", "工作任务", "评价指标", "分值", "我县自评分", "考评组初评分", "差异", "是否申请复核", "情况说明（复核理由）", "佐证材料"]);
    let grp = null;
    IND.forEach((x, i) => {
      if (x[1]) grp = { s: R() + 1 };
      rows.push([i + 1, x[1], x[2], x[3], x[4], x[5], x[4] - x[5], x[6], x[7], x[8]]);
      const nx = IND[i + 1];
      if (!nx || nx[1]) { if (R() > grp.s) merges.push(`B${grp.s}:B${R()}`); }
    });
    const vs = R() + 1;
    VETO.forEach((v, k) => rows.push([IND.length + 1 + k, k === 0 ? "一票否决项" : null, v[0], "—", "不触发", "不触发", "—", "否", v[1], "—"]));
    merges.push(`B${vs}:B${R()}`);
    rows.push(["合计", null, null, 104, `${clSum}＋${clBonus}＝${clSum + clBonus}`, `${first}＋${firstBonus}＝${first + firstBonus}`, clSum + clBonus - first - firstBonus, null, "申请复核5项", null]); merges.push(`A${R()}:C${R()}`);
    full("经办人：吴××　　股室负责人：陈××　　局主要负责人：林××　　联系电话：0759-4××××××");
    sheets.push(sheet("复核申请表", rows, merges));
  }
  sheets.unshift(sheet("目录", [["徐闻县电子商务进农村综合示范考评资料（电商股汇编）"], [null], ["1．复核申请表（含我县自评分）"], ["2．卫生站建设情况（县卫健局，村（居）委会名单、省定贫困村）"],
    ["3．站点运营补贴花名册（村级电商服务站点）"], ["4．培训班备案表（县人社局备案，培训人次）"], ["5．门禁卡领取登记（电商产业园入驻企业）"], ["6．合同付款台账（省级专项资金拨付）"],
    ["7．电商股工作日志（月报报送、专栏更新、经验材料）"], ["8．宣传报道截图"], [null], ["徐闻县商务局　2021年9月"]]));

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 2 + 3,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 2, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 77, "77 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 79, "79");
  write("counties/b134-c1-xuwen.json", {
    description:
      "湛江徐闻县商务局交的整本考评资料：目录＋《复核申请表》＋7个别的用途的表，77分＋加分2＝79分，未否决（我县自评93＋2＝95，考评组初评74＋2＝76）。《复核申请表》是省考评组现场反馈初评分后县里填的复核申请：一指标一行，列 工作任务（纵向合并）｜评价指标｜分值｜我县自评分｜考评组初评分｜差异｜是否申请复核｜情况说明（复核理由）｜佐证材料，另有三行一票否决项和合计。读法：claimed读“我县自评分”，不读“考评组初评分”和“差异”；主观分看情况说明（项目管理 制度2、台账1；上行 调研2、促销2、标准冷链1；资金 4、4、及时拨付4）；复核理由是县里的主张，不是事实：摄影美工“按每款30元成本价收取”就不是免费（该项0分），资金“已审批拨付375.5万元”里的37.5万元9月3日才国库支付。《卫生站建设情况》（县卫健局）：村委会186个（行政村），居委会10个不算；是否省定贫困村“是”29个；村名写“××村委会”。《站点运营补贴花名册》：按镇分段、镇名纵向合并、小计行；开业次月起计发补贴，8月20日、8月31日开业的补贴0个月但已开业，要算；开业日期有真日期、“2020.4.8”、“…年…月…日”、“2020/…”和只到月的“2020年5月”；一村两站算一个，4个社区站不算，9月开业的3个（含1个贫困村）不算 → 124/186＝66.7% → 2，贫困村28/29＝96.6% → 3（清单131个村（居）70.4%是把社区站和9月站都算上了）。《培训班备案表》：读结业日期（一天的班写“当日”＝开班日期）和实际参训人数（不读计划人数、合格人数；取消的班“—”）；8月30日开班、9月3日结业的不算；截至8月31日4,335人次，常住人口59.86万超过50万按50万 → 0.867% → 8。贫困人口没有名单：有劳动能力4,015人“含外出务工603人”，不含外出务工3,412人，参训1,788人 → 52.4% → 10（按4,015算是44.5%）。《门禁卡登记》：“首次领取”的领卡日期＝入驻，增领、补办不是新企业，员工离职交回一张增领卡不是退园；23家，截止日在园20家 → 2。《合同付款台账》：首付款、进度款、尾款各占“支付日期｜金额”两列（两行表头），金额万元；截至8月31日338万元＝67.6% < 70% → 倒扣5分。《电商股工作日志》：类别“报送”里的月报12个月都有 → 3（附电商扶贫统计表 → 3），经验材料5月20日报市商务局 → 2；“专栏”里只有“发布”的算：1月只是起草送审（备注未发布），6月暂停更新 → 10个月 → 不定时1。《宣传报道截图》一列图注，级别看分节标题：央视、人民网、南方日报、南方＋、湛江台8月31日（算）、徐闻县融媒体 → 4＋3＋1＝8；湛江日报9月2日不算；CCTV-17播出电商扶贫典型案例 → 加分2。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 复核申请表：县委副书记、县长任组长（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案2020年3月正式印发；我县自评分2 → 2",
      "org.policy: 支持农村电商发展若干措施已出台并兑现；我县自评分2 → 2",
      "org.management: 情况说明：项目管理制度2 ＋ 工作台账1 → 3",
      "work.center: 中心2020-12-26投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示销售 1；摄影美工按每款30元收费，不是免费 → 0（复核理由不改变事实）；统一推广品牌 1；衍生增值服务 1；产业园已建成（门禁卡登记有企业）2；门禁卡“首次领取”23家，海安港海产品网店2021.3.31、下洋海鸭蛋网店2021.7.15交回退园，冷链物流2021.9.6入驻，新寮海鲜2021.9.10退园仍算 → 在园20家 ≥ 20 → 2；类型 电商运营商、平台型、销售型、物流企业、直播电商、电商服务 ≥ 3 → 1；合计 14（自评15）",
      `work.coverage: 卫生站建设情况表村委会186个（居委会10个不算），省定贫困村29个；补贴花名册开业运营日期 ≤ 2021-08-31 的站点覆盖行政村${covIn.size}个（8月20日、8月31日开业补贴0个月也算；一村两站算一个；东门、文明、下桥、海安社区站不算；9月6日、10日、13日开业的不算）；124/186 = 66.7%，50%–70% → 2；贫困村28/29 = 96.6%（9月6日开业的那个贫困村不算），80%–100% → 3；合计 5（自评10）`,
      "work.upward: 网销调研2；网络促销2；第三方运营服务商（公开招标）1；村名单无快递列，“行政村快递覆盖率100%（邮政管理局证明）” → 1；交易标准与冷链溯源1；农村网零19.10/15.20亿元 = +25.7% < 30%，但农产品网零8.12/6.05亿元 = +34.2% ≥ 30% → 2；合计 9",
      `work.training: 备案表按结业日期 ≤ 2021-08-31 的实际参训人数合计 ${thousands(T_IN)} 人次（取消的和安镇班“—”不算；8月30日开班9月3日结业的二期实操班、9月两个普及班不算）；常住人口59.86万 > 50万，基数500,000；4,335/500,000 = 0.867% → 8。无贫困人口名单，用申请表所列：有劳动能力4,015人含外出务工603人 → 合格基数3,412人，参训1,788人 = 52.4% ≥ 50% → 10；合计 18（自评10＋8＝18）`,
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话和邮箱 → 2；工作日志“专栏”中已发布的在2020-09至2021-08有10个月（2021年1月只起草送审、未发布；6月网站迁移暂停）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 工作日志“报送”：2020年9月至2021年8月每月都有向湛江市商务局报送月报 → 3；月报附电商扶贫统计表 → 3；合计 6",
      "promo.cases: 工作日志2021-05-20向湛江市商务局报送经验材料《小菠萝撬动大产业》→ 2（向县委办报的政务信息不是；9月8日的典型案例在截止日后）",
      "promo.media: 截图汇编按分节标题定级、按日期 ≤ 2021-08-31：中央（CCTV-17 2021.4.21、人民网2020.11.26）和省级（南方日报、南方＋）→ 4；市级 湛江广播电视台2021.8.31 → 3（湛江日报2021.9.2不算）；县级 徐闻县融媒体中心、徐闻发布 → 1；合计 8",
      "fund.system: 专项资金管理办法已制定；我县自评分4 → 4",
      "fund.ledger: 合同及付款台账、承建单位专用台账；我县自评分4 → 4",
      `fund.spending: 合同付款台账国库支付日期 ≤ 2021-08-31 的首付款、进度款合计338万元 = ${thousands(F_IN)}元（中心尾款37.5万元2021.9.3支付不算）；3,380,000/5,000,000 = 67.6% < 70% → 倒扣 −5（自评4按审批数75.1%）`,
      "bonus.poorTraining: 1,788/3,412 = 52.4% < 70% → 0",
      "bonus.tvCase: 2021-04-21 中央广播电视总台农业农村频道（CCTV-17）播出电商扶贫典型案例（国家级电视）→ 2",
      "veto.incident: 申请表：未发生安全生产、质量事故或重大损失 → 0，不否决",
      "veto.progress: 申请表：项目总体进度85% ≥ 40% → 0，不否决",
      "veto.fraud: 申请表：无弄虚作假 → 0，不否决",
      `total: 2+2+2+3+14+5+9+18+3+6+2+8+4+4−5 = ${sc}，加分0+2 = ${bonus}，合计${total}；我县自评${clSum}＋${clBonus} = ${clSum + clBonus}，考评组初评${first}＋${firstBonus}`,
    ],
  });
})();

// =====================================================================================
// facts/b134-f1-xinyi: 茂名信宜市 — 市商务局《电话记录单》：茂名市商务局来电要数，电商股的“报数底稿”写在答复栏里（序号｜事项｜报数｜口径／出处），
// 自评分是答复栏里两对两对并排的小表；资金“原报398.6万元……已更正”；中心“试运营”不是投入运营；领导小组组长“原为常务副市长”
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("信宜市商务局电话记录单");
  full("编号：信商务电记〔2021〕87号");
  rows.push(["来电时间", "2021年9月3日　10:20", "来电单位", "茂名市商务局电子商务科", "来电人", "何××"]);
  rows.push(["接听人", "李××（电商股）", "来电号码", "0668-22×××××", "记录人", "李××"]);
  rows.push(["来电内容", "省商务厅9月8日前汇总各示范县考评初步情况。请各县今天下班前电话报以下数据（口径：截至2021年8月31日考评截止日），书面自评报告随后补报：1．常住人口；2．行政村数、省定贫困村数；3．领导小组组长及成员单位；4．公共服务中心投入运营时间；5．培训人次；6．贫困人口培训情况；7．资金下达和拨付；8．项目总体进度；9．各项自评分。", null, null, null, null]);
  merges.push(`B${R()}:F${R()}`);
  const a0 = R() + 1;
  rows.push(["答复情况", "9月3日16:40由李××电话向何××报数，报数底稿如下：", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push([null, "序号", "事项", "报数", "口径／出处", null]); merges.push(`E${R()}:F${R()}`);
  const spent = wan("391.2"), first = wan("398.6");
  assert(first - spent === wan("7.4"), "7.4万 correction");
  const ITEMS = [
    ["常住人口", "91.26万人", "第七次全国人口普查"],
    ["行政村、省定贫困村", "行政村358个（另有社区22个）；省定贫困村63个", "市民政局、市乡村振兴局"],
    ["领导小组", "组长：市委副书记、市长（2021年3月调整，原为常务副市长）；成员单位：市商务局、财政局、农业农村局、乡村振兴局、交通运输局、供销社、邮政分公司", "信府办函〔2021〕19号"],
    ["公共服务中心", "2020年4月20日起试运营，2020年6月18日正式投入运营", "中心运营服务协议"],
    ["培训人次", "6,850人次", "培训台账（截至8月31日）"],
    ["贫困人口培训", "有劳动能力的建档立卡贫困人口（不含外出务工）4,126人，参训2,310人，培训率56.0%", "市乡村振兴局确认"],
    ["资金", "省级下达500万元；累计拨付391.2万元", "国库支付凭证。原报398.6万元含9月2日支付的7.4万元，16:55电话更正；市级配套100万元不在内"],
    ["项目总体进度", "88%", "按合同金额完成量计"],
    ["自评分", "见下表", null],
  ];
  assert(Math.round((2310 / 4126) * 1000) === 560, "56.0%");
  ITEMS.forEach((it, i) => { rows.push([null, i + 1, it[0], it[1], it[2], null]); merges.push(`E${R()}:F${R()}`); });
  // claimed: two pairs per row
  const CLM = [
    ["组织领导", "org.leadership", 2], ["方案制定", "org.plan", 2], ["政策支持", "org.policy", 1], ["项目管理", "org.management", "4（制度2、台账2）"],
    ["县级中心与产业园", "work.center", 13], ["村级站点覆盖", "work.coverage", 10], ["农村产品上行", "work.upward", 8], ["电商人才培训", "work.training", 20],
    ["信息公开", "info.disclosure", 4], ["数据上报", "info.reporting", 6], ["案例总结", "promo.cases", 2], ["经验推广", "promo.media", 7],
    ["制度建立", "fund.system", 5], ["资金台账", "fund.ledger", 4], ["资金支出", "fund.spending", 4], ["加分：贫困人口培训率70%以上", "bonus.poorTraining", 0],
    ["加分：电商扶贫案例电视播报", "bonus.tvCase", 1],
  ];
  const claimed = {};
  CLM.forEach((c) => { claimed[c[1]] = typeof c[2] === "number" ? c[2] : 4; });
  const clSum = SCORED.reduce((a, id) => a + claimed[id], 0), clBonus = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  assert(clSum === 92 && clBonus === 1, "92 + 1 got " + clSum);
  rows.push([null, "指标", "自评分", "指标", "自评分", null]);
  for (let i = 0; i < CLM.length; i += 2) {
    const a = CLM[i], b = CLM[i + 1];
    rows.push([null, a[0], a[2], b ? b[0] : "合计", b ? b[2] : `${clSum}＋${clBonus}＝${clSum + clBonus}`, null]);
  }
  if (CLM.length % 2 === 0) rows.push([null, null, null, "合计", `${clSum}＋${clBonus}＝${clSum + clBonus}`, null]);
  merges.push(`A${a0}:A${R()}`);
  rows.push(["领导批示", "请电商股按市局要求于9月6日前补报书面自评报告，数据与电话报数一致。　　张××　9月3日", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push(["办理结果", "9月6日已书面报送茂名市商务局（信商务〔2021〕112号）。", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  write("facts/b134-f1-xinyi.json", {
    description:
      "茂名信宜市商务局的《电话记录单》（机关常用的来电登记表）：上面是来电时间、来电单位（茂名市商务局电子商务科）、来电人、接听人、记录人的格子，“来电内容”一大格写市局要的九项数据（口径“截至2021年8月31日考评截止日”），“答复情况”纵向合并，里面先是一张报数底稿（序号｜事项｜报数｜口径／出处），再是一张自评分小表（指标｜自评分｜指标｜自评分，两对并排），最后是领导批示、办理结果。读法：county 信宜市（标题）；asOf 2021-08-31（来电内容写明口径，来电时间9月3日不是）；常住人口91.26万人 → 912,600；行政村358个（社区22个不算）、省定贫困村63个；组长“市委副书记、市长”是主要领导（“原为常务副市长”是调整前），成员有商务、财政、农业农村、乡村振兴 → principal-all；中心“2020年4月20日起试运营，2020年6月18日正式投入运营” → 2020-06-18；培训6,850人次；有劳动能力不含外出务工4,126人、参训2,310人；资金下达500万元，累计拨付读更正后的391.2万元（口径栏写明原报398.6万元含9月2日支付的7.4万元，已更正），市级配套100万元不是下达资金；总体进度88% → 0.88。自评分小表是逐项自评 → claimed（项目管理“4（制度2、台账2）”读4，并且制度2、台账2是两项主观分）；主观分：方案2、政策1、项目管理制度2、台账2、资金制度5、资金台账4、资金支出4（农村产品上行只给了合计8，拆不出调研、促销、标准的分，不列）。加分两项也在小表里（0、1）。合计93不是一个指标。",
    sheets: [sheet("电话记录单", rows, merges)],
    expect: {
      facts: {
        county: "信宜市", asOf: "2021-08-31", residentPopulation: 912600, adminVillagesStated: 358, poorVillagesStated: 63, centerOpened: "2020-06-18",
        trainingPersonTimesStated: 6850, eligiblePoorPersonsStated: 4126, trainedPoorPersonsStated: 2310, fundAllocated: 5000000, fundSpentStated: spent, overallProgress: 0.88,
      },
      judged: { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 },
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b134-f2-fengkai: 肇庆封开县 — 电商股股长的《公务员年度考核登记表（2021年度）》：个人总结一段一行（左边“个人总结”纵向合并）；
// 年底填的，培训有“截至8月31日考评截止日4,280人次”和“9—12月又培训736人次”；“省考评组评定86分”不是逐项自评；评语、等次不是事实
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("公务员年度考核登记表");
  full("（2021年度）");
  rows.push(["姓名", "梁××", "性别", "女", "出生年月", "1987.03", "政治面貌", "中共党员"]);
  rows.push(["单位及职务职级", "封开县商务局电子商务股股长、一级科员", null, null, "任现职时间", "2019.06", null, null]); merges.push(`B${R()}:D${R()}`, `F${R()}:H${R()}`);
  rows.push(["从事或分管工作", "电子商务进农村综合示范县创建、电子商务统计、信息公开", null, null, null, null, null, null]); merges.push(`B${R()}:H${R()}`);
  const P = [
    "2021年，本人在局党组的领导下，认真履行电子商务股股长职责，重点抓好省级电子商务进农村综合示范县创建和迎接省考评工作。现将一年来的思想、工作情况总结如下：",
    "一、加强政治理论学习。认真参加党史学习教育和“三会一课”，坚持每周学习，政治站位不断提高。",
    "二、抓好示范县创建的统筹协调。协助县政府成立了由县长任组长，分管副县长任副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司为成员单位的创建工作领导小组；参与起草的《封开县电子商务进农村综合示范县创建实施方案》于2020年3月由县政府办公室正式印发。",
    "三、抓好服务体系建设。县电子商务公共服务中心于2020年10月28日正式运营，为全县网商和农户免费提供电商培训、农特产品展示展销和产品摄影美工服务；整合县创业园建成县电商产业园，截至8月底入驻企业22家。全县171个行政村（其中省定贫困村25个）建成村级电商服务站点143个；协调邮政和快递企业，实现行政村快递服务全覆盖。",
    "四、抓好电商培训。会同运营方举办农村电商普及、直播带货、网店运营等培训班，示范创建以来截至2021年8月31日考评截止日累计培训4,280人次；9—12月又培训736人次。",
    "五、抓好资金管理。协助制定《封开县省级电子商务进农村综合示范专项资金管理办法》；省级下达专项资金500万元，截至8月31日拨付371.5万元，其余资金已于年底前拨付完毕。",
    "六、抓好信息公开和数据报送。在县政府门户网站“电子商务进农村”专栏公开创建方案、项目基本信息和建设进度；每月5日前向肇庆市商务局报送工作月报，月报附电商扶贫统计表，统计脱贫户参训和带动增收情况。2020年全县农村网络零售额12.6亿元，同比增长33.2%。",
    "9月，省考评组对我县示范创建进行考评，评定86分，在全市排第二。",
    "存在的不足：理论学习深度不够，统计数据的分析运用能力有待提高。2022年将继续巩固示范创建成果。",
  ];
  const s0 = R() + 1;
  P.forEach((t, i) => { rows.push([i === 0 ? "个人总结" : null, t, null, null, null, null, null, null]); merges.push(`B${R()}:H${R()}`); });
  rows.push([null, null, null, null, null, "签名：梁××", "2022年1月6日", null]); merges.push(`G${R()}:H${R()}`);
  merges.push(`A${s0}:A${R()}`);
  rows.push(["主管领导评语和考核等次建议", "该同志政治立场坚定，工作认真负责，统筹推进示范县创建成效明显，建议评为优秀等次。", null, null, null, null, null, null]); merges.push(`B${R()}:H${R()}`);
  rows.push([null, null, null, null, null, "签名：何××", "2022年1月10日", null]); merges.push(`A${R() - 1}:A${R()}`, `G${R()}:H${R()}`);
  rows.push(["机关负责人或考核委员会意见", "优秀", null, null, null, "（盖章）", "2022年1月14日", null]); merges.push(`B${R()}:E${R()}`, `G${R()}:H${R()}`);
  rows.push(["本人意见", "同意。　　签名：梁××　　2022年1月17日", null, null, null, null, null, null]); merges.push(`B${R()}:H${R()}`);
  rows.push(["未确定等次或不参加考核情况说明", null, null, null, null, null, null, null]); merges.push(`B${R()}:H${R()}`);
  assert(Math.round((12.6 / (12.6 / 1.332) - 1) * 1000) === 332, "growth");
  write("facts/b134-f2-fengkai.json", {
    description:
      "肇庆封开县商务局交来当事实表的，是电商股股长的《公务员年度考核登记表（2021年度）》：上面是姓名、性别、出生年月、政治面貌、单位及职务职级、从事或分管工作的格子；“个人总结”在A列纵向合并，总结正文一段一行（B:H合并）；下面是主管领导评语、机关负责人意见（优秀）、本人意见。读法：county 封开县（单位“封开县商务局”）；“四、”段“截至2021年8月31日考评截止日” → asOf 2021-08-31。“二、”段：领导小组县长任组长，成员有商务、财政、农业农村、乡村振兴 → principal-all；实施方案2020年3月正式印发 → 是。“三、”段：中心2020年10月28日正式运营；免费培训、免费展示展销、免费摄影美工 → 三项是（品牌、其他增值服务没写，不列）；建成电商产业园 → 是（入驻22家不是键）；171个行政村、省定贫困村25个；站点143个不是键；行政村快递服务全覆盖 → 是。“四、”段：培训读“截至2021年8月31日考评截止日累计培训4,280人次”，“9—12月又培训736人次”不加。“五、”段：资金管理办法已制定 → 是；下达500万元；截至8月31日拨付371.5万元 → 3,715,000（“年底前拨付完毕”不是数）。“六、”段：专栏公开创建方案、项目基本信息、建设进度 → 三项是（监督举报窗口没写，不列）；月报附电商扶贫统计表 → 能统计电商扶贫情况；2020年农村网络零售额12.6亿元、增长33.2%。“省考评组评定86分”是考评结果，不是逐项自评，没有claimed；评语、等次、签名日期（2022年1月）都不是事实。",
    sheets: [sheet("年度考核登记表", rows, merges)],
    expect: {
      facts: {
        county: "封开县", asOf: "2021-08-31", planIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, parkBuilt: true,
        adminVillagesStated: 171, poorVillagesStated: 25, expressCoverage: true, trainingPersonTimesStated: 4280, fundSystemIssued: true, fundAllocated: 5000000,
        fundSpentStated: wan("371.5"), disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true,
        ruralRetail2020: yi("12.6"), ruralRetailGrowthStated: 0.332,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b134-f3-gaoming: 佛山高明区 — 《佛山市商务系统2021年度先进集体推荐审批表》（区经济和科技促进局电子商务科）：主要事迹一段一行；
// 区长任组长但成员单位没有扶贫／乡村振兴部门 → principal；“无省定贫困村” → 0；农产品网零2019、2020和增速；没有截止日、没有资金
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("佛山市商务系统2021年度先进集体推荐审批表");
  rows.push(["单位名称", "佛山市高明区经济和科技促进局电子商务科", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push(["所属单位", "佛山市高明区经济和科技促进局（区商务局）", "单位性质", "行政机关", "在职人数", 6]);
  rows.push(["负责人", "谭××", "联系电话", "0757-88×××××", "推荐类别", "先进集体"]);
  const P = [
    "电子商务科负责全区电子商务和电子商务进农村工作。2019年高明区被列为省级电子商务进农村综合示范区。高明区无省定贫困村，示范创建以农产品上行和镇村电商服务体系建设为重点。",
    "一是高位推动。区政府成立以区长为组长、分管副区长为副组长，区经济和科技促进局、区财政局、区农业农村局、区交通运输局、区市场监督管理局、区邮政分公司为成员单位的示范创建工作领导小组，印发《高明区电子商务进农村综合示范区创建实施方案》（明府办〔2020〕6号），出台《高明区促进农村电子商务发展扶持办法》，在场地、人才、物流等方面给予扶持。",
    "二是建好服务体系。区电子商务公共服务中心于2020.7.16开业，委托专业第三方运营机构广东明城电子商务有限公司运营，免费开展电商培训，免费展示农特产品，免费为网商提供产品摄影、美工设计，并提供代办执照、金融对接等增值服务。全区77个行政村全部建成村级电商服务站点，行政村快递服务覆盖率100%。",
    "三是促进农产品上行。区电子商务公共服务中心组织全区农产品统一推广，打造“明城好物”区域公用品牌，指导32家企业注册商标、设计包装。农产品网络零售额由2019年的3.8亿元增至2020年的5.3亿元，增长39.5%。",
    "四是抓好人才培训。全区常住人口48.5万人，示范创建以来累计开展电商培训5,620人次，培育农村电商带头人120名。",
    "五是公开透明。在区政府门户网站开设“电子商务进农村综合示范”专栏，公开实施方案、扶持项目信息和建设进度，设立意见征集信箱。",
    "2021年9月，我区示范创建通过省考评，电子商务科被评为区直机关“先锋岗”。",
  ];
  assert(Math.round((5.3 / 3.8 - 1) * 1000) === 395, "39.5%");
  const s0 = R() + 1;
  P.forEach((t, i) => { rows.push([i === 0 ? "主要事迹（2000字以内）" : null, t, null, null, null, null]); merges.push(`B${R()}:F${R()}`); });
  merges.push(`A${s0}:A${R()}`);
  rows.push(["推荐单位意见", "经局党组研究，同意推荐。（盖章）　　2021年12月10日", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push(["公示情况", "2021年12月13日至17日在局门户网站公示5个工作日，无异议。", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push(["市商务局审核意见", null, null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  full("注：本表一式三份，A4纸双面打印；主要事迹可另附页。");
  write("facts/b134-f3-gaoming.json", {
    description:
      "佛山高明区交来当事实表的，是《佛山市商务系统2021年度先进集体推荐审批表》（推荐区经济和科技促进局电子商务科）：单位名称、所属单位、单位性质、在职人数、负责人、联系电话的格子，“主要事迹”在A列纵向合并、一段一行，下面是推荐单位意见、公示情况、市商务局审核意见（空白）。读法：county 高明区（佛山市高明区的单位，“示范区”即高明区）；“高明区无省定贫困村” → 省定贫困村数0；领导小组区长任组长（主要领导），成员单位是经济和科技促进局、财政、农业农村、交通运输、市场监管、邮政，没有扶贫／乡村振兴部门 → principal；实施方案已印发、扶持办法已出台 → 是。中心“2020.7.16开业” → centerOpened；专业第三方运营机构运营 → 是；免费培训、免费展示、免费摄影美工、代办执照和金融对接等增值服务 → 四项是；“三是”一段中心“组织全区农产品统一推广，打造‘明城好物’区域公用品牌，指导32家企业注册商标” → centerBrand是；77个行政村、快递服务覆盖率100% → 是；农产品网络零售额2019年3.8亿元、2020年5.3亿元、增长39.5%；常住人口48.5万人；培训5,620人次（带头人120名不是键）；专栏公开实施方案、项目信息、建设进度，设意见征集信箱 → 四项都是。表里没有考评截止日（“2021年9月通过省考评”不是），没有资金、产业园、主观分、自评分。",
    sheets: [sheet("推荐审批表", rows, merges)],
    expect: {
      facts: {
        county: "高明区", poorVillagesStated: 0, planIssued: true, policyIssued: true, centerOpened: "2020-07-16", thirdPartyOperator: true, centerFreeTraining: true,
        centerDisplay: true, centerPhoto: true, centerOther: true, centerBrand: true, adminVillagesStated: 77, expressCoverage: true, agriRetail2019: yi("3.8"), agriRetail2020: yi("5.3"),
        agriRetailGrowthStated: 0.395, residentPopulation: 485000, trainingPersonTimesStated: 5620, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true,
      },
      judged: {},
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// ledgers/b134-l1-yangxi: 阳江阳西县 — ①《说明》（不是台账）；②县交通运输局、邮政业发展中心《建制村通硬化路、通客车、通邮、通快递情况统计表》
// 当行政村清单（类型 建制村／社区；“通邮”不是“通快递”；已撤并的村一行不算）；③县人社局《职业技能培训补贴申领花名册》当培训台账
// （日期读“培训起止时间”的止日；不合格的也是学员；申领日期不是培训日期）；④县人社局《脱贫劳动力就业帮扶台账》当贫困人口名单
// （劳动能力、就业情况都是打“√”的格子，两行表头）
// =====================================================================================
(function l1() {
  const AREA = "441721";
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("说明", [["阳西县电子商务进农村综合示范台账（补充）"], [null], ["一、行政村清单：借用县交通运输局、县邮政业发展中心“交邮融合”建制村“四通”情况统计表（程村镇、溪头镇、沙扒镇）。"],
    ["二、培训学员名单：县人社局职业技能培训补贴申领花名册（电子商务类，2020年12月—2021年9月各期汇总）。"], ["三、脱贫人口名单：县人社局脱贫劳动力就业帮扶台账（程村镇）。"], [null], ["阳西县商务局　2021年9月"]]));
  expect["说明"] = { kind: null };

  // ---------------------------------------------------------------- ② 建制村“四通”情况 (villages)
  // [name, 类型, poor, 硬化路, 客车, 通邮, 通快递 cell, express, 方式, note]
  const Y = "√", N = "×";
  const TV = [
    ["程村镇", [
      ["程村社区", "社区", null, Y, Y, Y, Y, true, "快递网点", null],
      ["红光村", "建制村", false, Y, Y, Y, Y, true, "快递网点", null],
      ["蓝田村", "建制村", false, Y, Y, Y, Y, true, "村邮站代收投", null],
      ["周亨村", "建制村", true, Y, Y, Y, Y, true, "村邮站代收投", null],
      ["东风村", "建制村", false, Y, N, Y, Y, true, "快递网点", "客车线路2021年底开通"],
      ["白石村", "建制村", false, Y, Y, Y, Y, true, "电商服务站代收投", null],
      ["龙岗村", "建制村", false, Y, Y, Y, Y, true, "快递网点", null],
      ["沙湾村", "建制村", true, Y, Y, Y, Y, true, "电商服务站代收投", null],
      ["豪光村", "建制村", false, Y, Y, Y, Y, true, "快递网点", null],
      ["南港村", "建制村", false, Y, Y, Y, N, false, "—", "计划2021年10月开通快递服务"],
    ]],
    ["溪头镇", [
      ["溪头社区", "社区", null, Y, Y, Y, Y, true, "快递网点", null],
      ["黄村村", "建制村", false, Y, Y, Y, Y, true, "快递网点", null],
      ["三丫村", "建制村", false, Y, Y, Y, Y, true, "村邮站代收投", null],
      ["北额村", "建制村", false, Y, Y, Y, Y, true, "电商服务站代收投", "含原平堤村"],
      ["北惯村", "建制村", true, Y, Y, Y, Y, true, "村邮站代收投", null],
      ["平堤村", "已撤并", undefined, "—", "—", "—", "—", undefined, "—", "2020年11月并入北额村，不再统计"],
      ["山口村", "建制村", false, Y, N, Y, Y, true, "快递网点", null],
      ["塘头村", "建制村", true, Y, Y, Y, Y, true, "电商服务站代收投", null],
      ["谢屋村", "建制村", false, Y, Y, Y, Y, true, "快递网点", null],
    ]],
    ["沙扒镇", [
      ["沙扒社区", "社区", null, Y, Y, Y, Y, true, "快递网点", null],
      ["新沙村", "建制村", false, Y, Y, Y, Y, true, "快递网点", null],
      ["渡头村", "建制村", false, Y, Y, Y, Y, true, "村邮站代收投", null],
      ["石门村", "建制村", true, Y, Y, Y, Y, true, "电商服务站代收投", null],
      ["龙高村", "建制村", false, Y, Y, Y, "√（邮政代投）", true, "邮政代投", null],
      ["青洲岛村", "建制村", true, "—", "—", Y, N, false, "—", "海岛村，邮政每周两次上岛投递，无快递网点"],
      ["大涌村", "建制村", false, Y, Y, Y, Y, true, "快递网点", null],
    ]],
  ];
  const recsV = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("阳西县建制村通硬化路、通客车、通邮、通快递情况统计表");
    full("阳西县交通运输局　阳西县邮政业发展中心（交邮融合工作专班）　　2021年6月　　本表为程村镇、溪头镇、沙扒镇");
    full("说明：“类型”填建制村或社区（镇区社区一并调查，不属建制村）；“是否省定贫困村”只填建制村，是的填“是”，否的留空；“通邮”指邮政普遍服务到村，“通快递”指有快递企业在村设点或上门收投，二者不同；√为已通，×为未通。");
    rows.push(["序号", "镇", "建制村（社区）", "类型", "是否省定贫困村", "通硬化路", "通客车", "通邮", "通快递", "快递服务方式", "备注"]);
    let no = 0;
    TV.forEach(([town, list]) => {
      const s = R() + 1;
      list.forEach((v, k) => {
        const merged = v[1] === "已撤并";
        if (!merged) no++;
        rows.push([merged ? "—" : no, k === 0 ? town : null, v[0], v[1], v[1] === "建制村" ? (v[2] ? "是" : null) : "—", v[3], v[4], v[5], v[6], v[8], v[9]]);
        if (!merged) recsV.push({ name: v[0], admin: v[1] === "建制村", poor: v[2], express: v[7] });
      });
      merges.push(`B${s}:B${R()}`);
    });
    const adm = recsV.filter((r) => r.admin);
    rows.push(["合计", null, `建制村${adm.length}个（省定贫困村${adm.filter((r) => r.poor).length}个，通快递${adm.filter((r) => r.express).length}个），社区${recsV.length - adm.length}个`, null, null, null, null, null, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:K${R()}`);
    assert(recsV.length === 25 && adm.length === 22 && adm.filter((r) => r.poor).length === 6 && adm.filter((r) => r.express === false).length === 2, "25 rows, 22 建制村, 6 poor, 2 without express");
    sheets.push(sheet("建制村四通情况", rows, merges));
    expect["建制村四通情况"] = { kind: "villages", records: recsV };
  }

  // ---------------------------------------------------------------- ④ persons first (ids reused in the roster)
  // [sex, birth, village, 劳动能力 有|弱|无, 就业 县内|县外省内|省外|公益|未|null, 地点, 措施, note]
  const P = [
    ["男", "19760312", "周亨村", "有", "县内", "阳西县程村镇蚝场", "就业补贴", null],
    ["男", "19990518", "周亨村", "有", "省外", "广西壮族自治区北海市", "交通补贴", null],
    ["女", "19680921", "周亨村", "弱", "公益", "村保洁员", "公益性岗位", null],
    ["女", "19450207", "周亨村", "无", "未", null, "兜底保障", null],
    ["男", "19810630", "沙湾村", "有", "县外省内", "阳江市江城区", "稳岗补贴", "县外（江城区）"],
    ["女", "19840114", "沙湾村", "有", "未", null, "电商培训", null],
    ["男", "20030409", "沙湾村", "有", null, null, "雨露计划", "在校生（阳江职业技术学院）"],
    ["男", "19790826", "沙湾村", "有", "县内", "阳西县电商产业园", "就业补贴", null],
    ["女", "19920303", "蓝田村", "有", "县外省内", "广东省深圳市宝安区", "稳岗补贴", null],
    ["男", "19620715", "蓝田村", "弱", "未", null, "电商培训", null],
    ["女", "19580128", "蓝田村", "无", null, null, "兜底保障", "重病卧床"],
    ["男", "19870419", "南港村", "有", "县内", "阳西县织篢镇", "就业补贴", null],
    ["女", "19891102", "南港村", "有", "县外省内", "广东省佛山市顺德区", "稳岗补贴", null],
    ["男", "19700825", "南港村", "有", "公益", "护林员", "公益性岗位", null],
    ["女", "19730610", "东风村", "弱", "县内", "阳西县程村镇", "就业补贴", null],
    ["男", "19950217", "东风村", "有", "省外", "海南省海口市", "交通补贴", null],
  ];
  const LAB = { 有: true, 弱: true, 无: false };
  const MIG = { 县内: false, 县外省内: true, 省外: true, 公益: false, 未: false };
  const PER = P.map((p, i) => ({ p, name: nameOf(i + 200, p[0], USED), id: makeIdSex(AREA, p[1], 410 + i * 23, i === 7, p[0]), labour: LAB[p[3]], migrant: p[4] === null ? null : MIG[p[4]] }));
  assert(PER[7].id.endsWith("X") && PER.filter((x) => x.labour && x.migrant === false).length === 8 && PER.filter((x) => x.migrant === null).length === 2, "8 eligible, 2 null");

  // ---------------------------------------------------------------- ③ 培训补贴申领花名册 (training)
  const NP = (i, sex, birth) => ({ name: nameOf(i, sex, USED), id: makeIdSex(AREA, birth, 700 + i * 13, false, sex), sex, birth, cat: "农村劳动力" });
  const Q = (i) => ({ name: PER[i].name, id: PER[i].id, sex: PER[i].p[0], birth: PER[i].p[1], cat: "脱贫劳动力" });
  const O = [NP(300, "女", "19900711"), NP(301, "男", "19850304"), NP(302, "女", "19960925"), NP(303, "男", "19780118"), NP(304, "女", "19930607"), NP(305, "男", "20000212"),
    NP(306, "女", "19881029"), NP(307, "男", "19820520"), NP(308, "女", "19970814"), NP(309, "男", "19910126"), NP(310, "女", "19860403"), NP(311, "男", "19940909"), NP(312, "女", "19800815")];
  O[3].cat = "城镇登记失业人员"; O[5].cat = "未继续升学的应届初高中毕业生";
  // [起止 cell, end iso, 工种, 学时, [[person, 合格?]]]
  const CLS = [
    ["2020.12.28-2021.1.3", "2021-01-03", "电子商务师（五级）", 56, [[O[0], true], [O[1], true], [Q(0), true], [O[2], true], [O[3], true]]],
    ["2021.03.08-03.12", "2021-03-12", "农村电商（网店运营）", 40, [[Q(5), true], [O[4], true], [Q(7), true], [O[5], true], [O[6], false], [Q(12), true], [O[7], true]]],
    ["2021年5月17日—21日", "2021-05-21", "直播销售员（五级）", 40, [[O[8], true], [Q(5), true], [Q(9), false], [O[9], true], [Q(2), true], [O[10], true]]],
    ["2021.9.6-9.10", "2021-09-10", "农村电商（网店运营）", 40, [[Q(11), true], [O[11], true], [Q(14), true], [O[12], true]]],
  ];
  const recsT = [];
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("阳西县职业技能提升行动培训补贴申领花名册");
    full("培训机构：阳江市海陵职业培训学校（阳西教学点）　　申领日期：2021年9月18日　　培训类别：电子商务类（2020年12月—2021年9月各期汇总）");
    full("说明：每名学员每参加一期列一行；考核不合格的学员照列，不予补贴；“培训起止时间”为该期培训的开班至结业日期。");
    rows.push(["序号", "姓名", "性别", "公民身份号码", "人员类别", "培训工种（项目）", "培训起止时间", "学时", "考核结果", "证书编号", "补贴标准（元）", "申领金额（元）", "备注"]);
    let no = 0, money = 0;
    CLS.forEach(([cell, iso, kind, hours, list], ci) => {
      list.forEach(([p, ok], k) => {
        no++;
        const std = hours === 56 ? 1500 : 1200;
        money += ok ? std : 0;
        const idCell = ci === 1 && p.id === PER[7].id ? p.id.toLowerCase() : p.id;
        rows.push([no, p.name, p.sex, idCell, p.cat, kind, cell, hours, ok ? "合格" : "不合格", ok ? `YX${iso.slice(0, 4)}${String(ci + 1).padStart(2, "0")}${String(k + 1).padStart(3, "0")}` : "—",
          std, ok ? std : 0, ok ? null : "考核不合格，不予补贴"]);
        recsT.push({ date: iso, personTimes: 1, id: p.id });
      });
    });
    rows.push(["合计", null, null, `${no}人次`, null, null, null, null, null, null, null, money, null]); merges.push(`A${R()}:C${R()}`);
    full("培训机构（盖章）：　　经办人：许××　　县人社局审核：职业能力建设股　　");
    sheets.push(sheet("培训补贴花名册", rows, merges));
    expect["培训补贴花名册"] = { kind: "training", records: recsT };
    assert(recsT.length === 22 && recsT.filter((r) => r.date <= AS_OF).length === 18 && money === 1500 * 5 + 1200 * 15, "22 rows (18 by cut-off)");
  }

  // ---------------------------------------------------------------- ④ 就业帮扶台账 (poorPersons, √ grids)
  {
    const W = 16, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:P${R()}`); };
    full("阳西县脱贫劳动力就业帮扶台账（程村镇）");
    full("阳西县人力资源和社会保障局　　2021年7月更新　　劳动能力：“有劳动能力”“弱劳动能力”均属有劳动能力；就业情况：“县外省内务工”“省外务工”为外出务工（县外指阳西县以外，含阳江市江城区），县内就业、公益性岗位、未就业不是；在校生不填就业情况");
    rows.push(["序号", "姓名", "性别", "身份证号码", "所在村", "劳动能力", null, null, "就业情况", null, null, null, null, "就业单位或地点", "帮扶措施", "备注"]);
    rows.push([null, null, null, null, null, "有劳动能力", "弱劳动能力", "无劳动能力", "县内就业", "县外省内务工", "省外务工", "公益性岗位", "未就业", null, null, null]);
    const h = R() - 1;
    ["A", "B", "C", "D", "E", "N", "O", "P"].forEach((c) => merges.push(`${c}${h}:${c}${h + 1}`));
    merges.push(`F${h}:H${h}`, `I${h}:M${h}`);
    const tick = (b) => (b ? "√" : null);
    PER.forEach((x, i) => {
      const p = x.p;
      rows.push([i + 1, x.name, p[0], x.id, p[2], tick(p[3] === "有"), tick(p[3] === "弱"), tick(p[3] === "无"), tick(p[4] === "县内"), tick(p[4] === "县外省内"), tick(p[4] === "省外"),
        tick(p[4] === "公益"), tick(p[4] === "未"), p[5], p[6], p[7]]);
    });
    rows.push(["合计", null, null, `${PER.length}人`, null, PER.filter((x) => x.p[3] === "有").length, PER.filter((x) => x.p[3] === "弱").length, PER.filter((x) => x.p[3] === "无").length,
      ...["县内", "县外省内", "省外", "公益", "未"].map((k) => PER.filter((x) => x.p[4] === k).length), null, null, null]);
    merges.push(`A${R()}:C${R()}`);
    full("填表人：程村镇人社服务中心 关××　　审核：县人社局就业促进股");
    sheets.push(sheet("就业帮扶台账", rows, merges));
    expect["就业帮扶台账"] = { kind: "poorPersons", records: PER.map((x) => ({ id: x.id, labour: x.labour, migrant: x.migrant })) };
  }
  write("ledgers/b134-l1-yangxi.json", {
    description:
      "阳江阳西县商务局交的补充台账，四个表，三个借用别的部门的表。①《说明》只是材料说明，不是台账。②《建制村四通情况》是县交通运输局、邮政业发展中心“交邮融合”的建制村通硬化路、通客车、通邮、通快递统计表（程村、溪头、沙扒三镇，三行抬头，镇名纵向合并）。读法：类型“建制村” → 行政村，“社区” → 不是；“是否省定贫困村”建制村填“是”或留空（第3行写明留空为否），社区“—” → null；快递读“通快递”列，不读“通邮”列：青洲岛村通邮√但通快递× → false，南港村× → false，龙高村“√（邮政代投）” → true；社区通快递√ → true；“已撤并”的平堤村（序号“—”，备注并入北额村）不是一行记录。共25条（建制村22个、社区3个，省定贫困村6个）。③《培训补贴花名册》是县人社局职业技能培训补贴申领花名册：一名学员参加一期一行，日期读“培训起止时间”的止日（“2020.12.28-2021.1.3” → 2021-01-03，“2021.03.08-03.12” → 2021-03-12，“2021年5月17日—21日” → 2021-05-21），不读抬头的申领日期；考核“不合格”的学员照列（只是不补贴），也是参训；同一人参加两期算两行；第二期有一个身份证号末位小写x，读作X；9月那期照列。共22人次（截至8月31日18人次）。④《就业帮扶台账》是县人社局脱贫劳动力就业帮扶台账，两行表头：劳动能力（有／弱／无）、就业情况（县内就业／县外省内务工／省外务工／公益性岗位／未就业）都是打√的格子。读法：有、弱 → 有劳动能力，无 → 没有；县外省内、省外 → 外出务工（阳江市江城区、深圳、佛山都是县外省内），县内、公益性岗位、未就业 → 不是；在校生和重病卧床的那一位就业情况一格都没打 → null。一个身份证号末位X。共16人（有劳动能力且不外出务工的8人）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b134-l2-xinxing: 云浮新兴县 — ①产业园创业孵化基地《在孵（出孵）企业名册》当入驻企业清单（“孵化期限”是协议期限不是退出日期；
// 出孵＝迁出或清退）；②县商务局《外宣稿件采用奖励统计表》当媒体报道清单（一行一篇一家媒体；“投稿未刊发”不是报道；发放月份不是日期；
// 合写的稿件作者写在一格）；③运营方《村级站点代购代销交易额统计表》当站点清单（月份为列，开业前“—”；镇小计行；停业的站仍是站点）；
// ④《按镇汇总》是由③汇总的统计，不是台账
// =====================================================================================
(function l2() {
  const AREA = "445321";
  const sheets = [], expect = {}, USED = new Set();
  // ---------------------------------------------------------------- ① 在孵企业名册 (enterprises)
  // [name, 主营, type, entered iso, entered cell, left iso|null, 出孵原因|null, 就业]
  const EN = [
    ["新兴县六祖电子商务运营有限公司", "园区运营、代运营服务", "电商运营商", "2020-09-16", D("2020-09-16"), null, null, 12],
    ["中国邮政集团有限公司新兴县分公司邮乐购服务部", "邮乐购平台县域运营", "平台型", "2020-09-16", "2020.9.16", null, null, 6],
    ["新兴县香荔网店", "新兴香荔、荔枝干网售", "销售型", "2020-09-23", "2020.9.23", null, null, 4],
    ["新兴县禾丰鸡网销店", "禾丰鸡网售", "销售型", "2020-10-09", "2020年10月9日", null, null, 3],
    ["新兴县凉果电子商务有限公司", "凉果网售", "销售型", "2020-10-20", "2020.10.20", "2021-04-30", "清退（连续6个月无经营）", 2],
    ["新兴县速达快递服务有限公司", "快递收派、仓配", "物流企业", "2020-11-02", D("2020-11-02"), null, null, 8],
    ["新兴县天露山直播文化传媒有限公司", "直播带货", "直播电商", "2020-11-18", "2020.11.18", null, null, 7],
    ["新兴县排米粉网店", "排米粉网售", "销售型", "2020-12-07", "2020.12.7", null, null, 2],
    ["新兴县东成蜂蜜网店", "蜂蜜网售", "销售型", "2021-01-05", "2021年1月5日", "2021-09-15", "迁出园区（自购厂房）", 3],
    ["新兴县鑫源代运营服务有限公司", "网店代运营", "电商运营商", "2021-01-20", D("2021-01-20"), null, null, 5],
    ["新兴县簕竹茶叶网店", "茶叶网售", "销售型", "2021-03-03", "2021.3.3", "2021-07-31", "迁出园区（迁往云浮市区）", 2],
    ["新兴县印象美工摄影工作室", "产品摄影、美工设计", "电商服务", "2021-03-22", "2021.3.22", null, null, 3],
    ["新兴县云仓供应链管理有限公司", "农产品仓储、冷链配送", "物流企业", "2021-04-12", D("2021-04-12"), null, null, 9],
    ["新兴县农品通科技有限公司", "县域农产品小程序商城", "平台型", "2021-05-06", "2021年5月6日", null, null, 4],
    ["新兴县太平腊味电子商务有限公司", "腊味网售", "销售型", "2021-06-15", "2021.6.15", null, null, 3],
    ["新兴县里洞竹笋网店", "竹笋干网售", "销售型", "2021-07", "2021年7月", null, null, 2],
    ["新兴县天堂黑木耳网店", "黑木耳网售", "销售型", "2021-08-23", "2021.8.23", null, null, 2],
    ["新兴县稔村番薯网店", "番薯干网售", "销售型", "2021-09-08", "2021.9.8", null, null, 2],
  ];
  const recsE = EN.map((e) => ({ name: e[0], type: e[2], entered: e[3], left: e[5] }));
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("新兴县电子商务产业园创业孵化基地在孵（出孵）企业名册");
    full("县电商产业园运营中心　　更新至2021年9月20日　　“入孵日期”即入驻园区日期；“孵化期限”为孵化协议约定的期限（两年），不是出孵日期；“出孵日期”为迁出园区或被清退的日期，未出孵的空白");
    rows.push(["序号", "企业名称", "统一社会信用代码", "主营产品／业务", "企业类型", "入孵日期", "孵化期限", "出孵日期", "出孵原因", "带动就业（人）", "联系人", "备注"]);
    EN.forEach((e, i) => {
      const y = +e[3].slice(0, 4), m = +e[3].slice(5, 7);
      rows.push([i + 1, e[0], creditCode(AREA, i + 51), e[1], e[2], e[4], `${y}.${String(m).padStart(2, "0")}—${y + 2}.${String(m).padStart(2, "0")}`, e[5] ? fmtDot(e[5]) : null, e[6], e[7],
        nameOf(i + 140, i % 3 === 0 ? "女" : "男", USED), i === 0 ? "运营中心" : e[3] > AS_OF ? "9月入孵" : null]);
    });
    rows.push(["合计", null, null, null, null, null, null, null, `在孵${EN.filter((e) => !e[5]).length}家，出孵${EN.filter((e) => e[5]).length}家`, sum(EN.map((e) => e[7])), null, null]); merges.push(`A${R()}:H${R()}`);
    sheets.push(sheet("在孵企业名册", rows, merges));
    expect["在孵企业名册"] = { kind: "enterprises", records: recsE };
    assert(recsE.length === 18 && recsE.filter((r) => r.left).length === 3, "18 enterprises, 3 left");
  }

  // ---------------------------------------------------------------- ② 外宣稿件采用奖励统计表 (media)
  // [标题, 作者, 媒体, 级别, 形式, 版次, date iso|null, cell, note]
  const STD = { 中央级: 800, 省级: 500, 市级: 200, 县级: 50 };
  const MD = [
    ["新兴县电商服务站打通农村“最后一公里”", "陈××", "云浮日报", "市级", "报纸", "A2版", "2020-10-21", "2020.10.21", null],
    ["新兴县举办首届网上年货节", "李××", "南方日报", "省级", "报纸", "A08版", "2021-01-14", D("2021-01-14"), null],
    ["六祖故里的电商新农人", "陈××、李××", "广东广播电视台《广东新闻联播》", "省级", "电视", "—", "2021-03-18", "2021年3月18日", "两人合写，奖励平分"],
    ["新兴县电商直播助农", "黄××", "新兴县融媒体中心《新兴新闻》", "县级", "电视", "—", "2021-04-09", "2021.4.9", null],
    ["脱贫户直播卖凉果", "陈××", "广东广播电视台《珠江新闻眼》（投稿）", "省级", "电视", "—", null, "—", "投稿未刊发，不予奖励"],
    ["新兴香荔搭上电商快车", "李××", "人民网", "中央级", "网络", "地方频道", "2021-06-12", "2021.6.12", null],
    ["新兴县电商产业园孵化成效明显", "陈××", "云浮广播电视台《云浮新闻》", "市级", "电视", "—", "2021-07-02", D("2021-07-02"), null],
    ["新兴：小网店带动大就业", "黄××", "南方＋客户端", "省级", "客户端", "云浮频道", "2021-08-25", "2021.8.25", null],
    ["新兴县推进电子商务进农村综合示范", "李××", "中国商务新闻网", "中央级", "网络", "地方商务", "2021-09-06", "2021年9月6日", null],
  ];
  const LV = { 中央级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const award = (m) => (m[6] ? Math.round(STD[m[3]] * (m[4] === "电视" ? 1.2 : 1)) : 0);
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("新兴县商务局外宣稿件采用奖励统计表（2020年9月—2021年9月）");
    full("依据《新兴县对外宣传工作奖励办法》：中央级媒体每篇800元、省级500元、市级200元、县级50元，电视新闻按同级标准上浮20%；一篇稿件被一家媒体采用计一次；奖励于2022年1月统一发放");
    rows.push(["序号", "稿件标题", "作者", "采用媒体", "媒体级别", "播发形式", "版次／栏目", "刊播日期", "奖励标准（元）", "奖励金额（元）", "发放月份", "备注"]);
    MD.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5], m[7], STD[m[3]], award(m), m[6] ? "2022年1月" : "—", m[8]]));
    const tot = sum(MD.map(award));
    rows.push(["合计", null, null, null, null, null, null, null, null, tot, null, `采用${MD.filter((m) => m[6]).length}篇次`]); merges.push(`A${R()}:I${R()}`);
    assert(tot === 200 + 500 + 600 + 60 + 800 + 240 + 500 + 800, "award total");
    full("填表：局办公室 黄××　　审核：李××");
    sheets.push(sheet("外宣稿件奖励", rows, merges));
    expect["外宣稿件奖励"] = { kind: "media", records: MD.filter((m) => m[6]).map((m) => ({ date: m[6], level: LV[m[3]], tv: m[4] === "电视" })) };
  }

  // ---------------------------------------------------------------- ③ 站点交易额统计表 (stations; months as columns)
  // [town, 站点, 村 as written, opened iso, cell, closedFrom ym|null]
  const STS = [
    ["新城镇", "新城社区电商服务站", "新城社区", "2020-08-20", D("2020-08-20"), null],
    ["新城镇", "布锦村电商服务站", "布锦村委会", "2020-10-15", "2020.10.15", null],
    ["新城镇", "良洞村电商服务站", "良洞村", "2020-12", "2020年12月", null],
    ["新城镇", "下洞村电商服务站", "下洞村", "2021-04-26", "2021/4/26", null],
    ["六祖镇", "六祖村电商服务站", "六祖村", "2020-07-10", "2020.7.10", null],
    ["六祖镇", "夏卢村电商服务站", "夏卢村委会", "2021-01-18", D("2021-01-18"), null],
    ["六祖镇", "龙山塘村电商服务站", "龙山塘村", "2021-03-05", "2021年3月5日", "2021-06"],
    ["太平镇", "太平村电商服务站", "太平村", "2020-09-28", "2020.9.28", null],
    ["太平镇", "簕竹村电商服务站", "簕竹村", "2021-05-20", "2021.5.20", null],
    ["太平镇", "里洞村电商服务站", "里洞村委会", "2021-08-16", "2021.8.16", null],
    ["太平镇", "石头村电商服务站", "石头村", "2021-09-08", "2021.9.8", null],
  ];
  const amt = (i, m) => 1800 + ((i * 977 + m * 613) % 4200);
  const SUMS = [];
  {
    const W = 6 + WINDOW.length, rows = [], merges = [];
    const R = () => rows.length;
    const last = colLetter(W - 1);
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${last}${R()}`); };
    full("新兴县村级电商服务站代购代销交易额统计表（2020年9月—2021年8月）");
    full("县电子商务公共服务中心（运营方）　　单位：元　　开业前的月份填“—”，停业后填“停业”；2021年9月开业的站点一并列出");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "开业日期"].concat(WINDOW.map(fmtMonth), ["合计"]));
    let no = 0, grand = 0;
    const allCol = WINDOW.map(() => 0);
    ["新城镇", "六祖镇", "太平镇"].forEach((t) => {
      const list = STS.filter((s) => s[0] === t);
      const s0 = R() + 1;
      const colSum = WINDOW.map(() => 0);
      list.forEach((s, k) => {
        no++;
        let rs = 0;
        const cells = WINDOW.map((m, mi) => {
          if (m < s[3].slice(0, 7)) return "—";
          if (s[5] && m >= s[5]) return "停业";
          const a = amt(no, mi);
          rs += a; colSum[mi] += a; allCol[mi] += a;
          return a;
        });
        SUMS.push(rs);
        grand += rs;
        rows.push([no, k === 0 ? t : null, s[1], s[2], s[4]].concat(cells, [rs]));
      });
      merges.push(`B${s0}:B${R()}`);
      rows.push([null, `${t}小计`, `${list.length}个站点`, null, null].concat(colSum, [sum(colSum)])); merges.push(`C${R()}:E${R()}`);
    });
    rows.push(["合计", null, `${STS.length}个站点`, null, null].concat(allCol, [grand])); merges.push(`A${R()}:B${R()}`, `C${R()}:E${R()}`);
    full("注：龙山塘村站点2021年6月起因站长外出务工停业，拟另选站长后恢复营业。");
    sheets.push(sheet("站点交易额统计", rows, merges));
    expect["站点交易额统计"] = { kind: "stations", records: STS.map((s) => ({ village: s[2], opened: s[3] })) };
    assert(STS.length === 11 && grand === sum(SUMS) && grand === sum(allCol), "11 stations");
  }
  // ---------------------------------------------------------------- ④ 按镇汇总 (not a ledger)
  {
    const rows = [["按镇汇总（由“站点交易额统计”汇总）"], ["镇", "站点数", "其中截至8月已开业", "交易额合计（元）"]];
    let idx = 0;
    ["新城镇", "六祖镇", "太平镇"].forEach((t) => {
      const list = STS.filter((s) => s[0] === t);
      const tot = sum(list.map(() => SUMS[idx++]));
      rows.push([t, list.length, list.filter((s) => s[3] <= AS_OF).length, tot]);
    });
    rows.push(["合计", STS.length, STS.filter((s) => s[3] <= AS_OF).length, sum(SUMS)]);
    sheets.push(sheet("按镇汇总", rows, ["A1:D1"]));
    expect["按镇汇总"] = { kind: null };
  }
  write("ledgers/b134-l2-xinxing.json", {
    description:
      "云浮新兴县商务局交的一本台账，四个表：三个是别的用途的表，一个是汇总。①《在孵企业名册》是县电商产业园创业孵化基地的在孵（出孵）企业名册：一家企业一行，列 企业名称｜信用代码｜主营产品／业务｜企业类型｜入孵日期｜孵化期限｜出孵日期｜出孵原因｜带动就业｜联系人｜备注，抬头写明“入孵日期”即入驻园区日期。读法：entered读入孵日期（“2021年7月”只到月）；“孵化期限”（如“2020.09—2022.09”）是协议期限，不是退出日期；left读“出孵日期”：清退的凉果公司2021.4.30、迁出的簕竹茶叶2021.7.31、东成蜂蜜2021.9.15，其余空白 → null；9月8日入孵的照列；类型照写（平台型、销售型、电商运营商、物流企业、直播电商、电商服务）。共18家。②《外宣稿件奖励》是县商务局外宣稿件采用奖励统计表：一篇稿件被一家媒体采用一行。读法：日期读“刊播日期”，不读“发放月份”（2022年1月）；级别 中央级 → national、省级、市级、县级；“播发形式”为“电视”的tv为true，报纸、网络、客户端为false；“脱贫户直播卖凉果”是投稿未刊发（刊播日期“—”，奖励0）→ 不是报道；两人合写的一篇只是一行；中国商务新闻网9月6日照列。共8条。③《站点交易额统计》是运营方的站点代购代销交易额统计表：一站一行，2020年9月—2021年8月每月一列，开业前“—”，停业后“停业”，按镇有小计行、最后有合计行。读法：village读“所在村（社区）”（“布锦村委会”等照写，新城社区也是一个站点），opened读“开业日期”（“2020年12月”只到月）；龙山塘村站6月起停业仍是一个站点；小计、合计行不是站点；9月8日开业的石头村站全是“—”也照列。共11个站点。④《按镇汇总》是由③汇总出的各镇站点数和交易额，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
