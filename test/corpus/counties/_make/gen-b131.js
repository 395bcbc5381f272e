// Batch 131 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
const fmtMD = (iso) => { const [, m, d] = iso.split("-"); return `${+m}月${+d}日`; };
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const money = (n) => thousands(Math.floor(n)) + "." + String(Math.round((n - Math.floor(n)) * 100)).padStart(2, "0");
// a name that fits the sex, unique within one case (pass the case's own Set)
const GIV_M = ["志强", "国华", "建明", "伟文", "永康", "德才", "振兴", "少雄", "文光", "子健", "家旺", "俊杰", "锦荣", "伟强", "海波", "国栋", "永健", "耀祖", "汉明", "树森"];
const GIV_F = ["海燕", "秀英", "美玲", "金凤", "丽娟", "春梅", "月娥", "桂芳", "玉兰", "淑贞", "翠萍", "凤娇", "少芬", "彩霞", "艳红", "婉婷", "小梅", "惠玲", "秋菊", "雪莲"];
function nameOf(i, sex, used) {
  const SUR = "陈林黄吴梁李张何罗邓冯谢苏叶莫钟刘杨庞麦区植曾丘古温廖";
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
// 2020—2021 public holidays (国庆、春节、清明、劳动节、端午、中秋)
const HOLIDAYS = [["2020-10-01", "2020-10-08"], ["2021-02-11", "2021-02-17"], ["2021-04-03", "2021-04-05"], ["2021-05-01", "2021-05-05"], ["2021-06-12", "2021-06-14"], ["2021-09-19", "2021-09-21"]];
const workday = (iso) => {
  let d = iso;
  while ([0, 6].includes(new Date(d + "T00:00:00Z").getUTCDay()) || HOLIDAYS.some(([a, b]) => d >= a && d <= b)) d = isoAdd(d, 1);
  return d;
};
const phone = (i) => `1${[3, 5, 8, 3, 7][i % 5]}${i % 10}****${String(1000 + (i * 7919) % 9000).slice(-4)}`;
// village names from two character lists, in a fixed scrambled order
function villageNames(p1, p2, n, seed, avoid) {
  const pairs = [];
  p1.forEach((a, i) => p2.forEach((b, j) => { if (a !== b) pairs.push([(i * seed + j * 53 + i * j * 29) % 997, a + b + "村"]); }));
  pairs.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const out = [...new Set(pairs.map((p) => p[1]))].filter((v) => !avoid.some((a) => v.startsWith(a))).slice(0, n);
  assert(out.length === n, "village names");
  return out;
}

// =====================================================================================
// counties/b131-c1-jiaoling: 梅州蕉岭县 — 电商股的《自评扣分表》（扣分制：只填“扣分”，得分＝分值－扣分；加分另列；顶上一块基础数据），
// 台账全是别的部门或别的用途的表：民政局换届选举结果统计（村／居类型）、财政局省定贫困村示范村资金分配表、考评用站点视频拍摄清单
// （挂牌运营时间≠拍摄日期；补拍、镇级中心、社区站、9月挂牌）、培训学员团体意外险投保登记（实际保障人数＝实到人次，不是投保人数；退保＝取消）、
// 脱贫户专场被保险人清单（批减＝未到）、脱贫户培训需求摸查表、孵化基地入孵／出孵登记、用友科目明细账（月、日分列，借方为支付）、
// 省项目管理系统月报填报记录（1—2月合并）、网站信息发布系统稿件导出（只算专栏已发布，读发布时间不读创建时间）、
// 宣传部外宣上稿积分统计（积分不是分；县内媒体不计）、政务信息报送登记（只算报市商务局的经验材料）
// =====================================================================================
(function c1() {
  const AREA = "441427";
  const sheets = [], USED = new Set();
  const TOWNS = ["蕉城镇", "长潭镇", "三圳镇", "文福镇", "广福镇", "新铺镇", "南磜镇", "蓝坊镇"];
  const NV = [16, 8, 17, 15, 10, 12, 9, 10];
  assert(sum(NV) === 97, "97 villages");
  const COMMS = [["城东社区", "城西社区", "城南社区", "城北社区", "城中社区"], ["长潭居委会"], ["三圳居委会"], ["文福居委会"], [], ["新铺居委会"], ["南磜居委会"], []];
  assert(sum(COMMS.map((c) => c.length)) === 10, "10 communities");
  const VN = villageNames("黄石高南北东新上下大龙金长白田塘溪湖陂坪桥岗圳罗叶赤".split(""), "坑岭塘坪湖田溪坝背嶂口围角洞山峰丰兴福安和华联光".split(""), 97, 131, ["长潭", "三圳", "文福", "新铺", "南磜", "广福", "蓝坊", "蕉城"]);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const stem = (v) => v.replace(/村$/, "");
  const POORK = VIL.filter((v) => v.k % 6 === 2 || v.k === 95).map((v) => v.k);
  assert(POORK.length === 17, "17 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const COVK = new Set(POORK.concat(nonPoor.filter((v, j) => [0, 1, 2, 4, 5].includes(j % 8)).map((v) => v.k)));
  assert(COVK.size === 67, "67 covered");
  const uncov = nonPoor.filter((v) => !COVK.has(v.k));
  const SEPT = uncov[7].k;

  // ---------------------------------------------------------------- ① 换届选举结果统计 (villages: 村/居, no poor, no express column)
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("蕉岭县2021年村（居）民委员会换届选举结果统计表");
    full("蕉岭县民政局（基层政权和社区建设股）　　2021年5月10日　　类型：“村”＝村民委员会（行政村），“居”＝居民委员会（社区）　　参选率＝参选人数÷登记选民数");
    rows.push(["序号", "镇", "村（居）委会", "类型", "登记选民数", "参选人数", "参选率", "当选主任", "是否“一肩挑”", "选举日期", "备注"]);
    let no = 0, allV = 0, allP = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = VIL.filter((v) => v.town === t).map((v) => [v.name.replace(/村$/, "村民委员会"), "村"]).concat(COMMS[ti].map((c) => [c.replace(/(社区|居委会)$/, (m) => (m === "社区" ? "社区居民委员会" : "居民委员会")), "居"]));
      let tv = 0, tp = 0;
      const eday = isoAdd("2021-03-20", ti * 3);
      list.forEach((u, k) => {
        no++;
        const voters = 900 + (no * 137) % 2600, part = Math.round(voters * (0.86 + (no % 10) / 100));
        tv += voters; tp += part;
        rows.push([no, k === 0 ? t : null, u[0], u[1], voters, part, `${(part / voters * 100).toFixed(1)}%`, nameOf(no, no % 9 === 4 ? "女" : "男", USED),
          no % 13 === 6 ? "否" : "是", fmtDot(eday), u[1] === "居" ? "社区" : no % 13 === 6 ? "书记、主任分设" : null]);
      });
      merges.push(`B${s}:B${R()}`);
      const nv = list.filter((u) => u[1] === "村").length;
      rows.push([null, `${t}小计`, `村委会${nv}个、居委会${list.length - nv}个`, null, tv, tp, `${(tp / tv * 100).toFixed(1)}%`, null, null, null, null]);
      allV += tv; allP += tp;
    });
    rows.push(["合计", null, "村委会97个、居委会10个", null, allV, allP, `${(allP / allV * 100).toFixed(1)}%`, null, null, null, null]); merges.push(`A${R()}:B${R()}`);
    full("注：本表据各镇换届选举结果报告单汇总；“一肩挑”指村（居）党组织书记经法定程序当选村（居）委会主任。");
    sheets.push(sheet("换届选举结果统计", rows, merges));
  }
  // ---------------------------------------------------------------- ② 省定贫困村示范村资金分配 (poorVillages)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("蕉岭县省定贫困村创建社会主义新农村示范村省级资金分配表（2017—2020年）");
    full("蕉岭县财政局（农业股）　　单位：万元　　全县省定贫困村17个");
    rows.push(["序号", "镇", "省定贫困村", "2017年", "2018年", "2019年", "2020年", "合计", "备注"]);
    let no = 0, grand = 0;
    TOWNS.forEach((t) => {
      const pv = VIL.filter((v) => v.town === t && isPoor(v.k));
      if (!pv.length) return;
      const s = R() + 1;
      let tt = 0;
      pv.forEach((v, k) => {
        no++;
        const a = [300, 450 + (no * 37) % 200, 600 + (no * 53) % 300, 250 + (no * 29) % 150];
        tt += sum(a);
        rows.push([no, k === 0 ? t : null, no % 4 === 1 ? v.name.replace(/村$/, "村委会") : v.name, ...a, sum(a), null]);
      });
      if (pv.length > 1) merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `${pv.length}个`, null, null, null, null, tt, null]); merges.push(`C${R()}:G${R()}`);
      grand += tt;
    });
    assert(no === 17, "17 rows");
    rows.push(["合计", null, "17个", null, null, null, null, grand, null]); merges.push(`A${R()}:B${R()}`, `C${R()}:G${R()}`);
    sheets.push(sheet("贫困村示范村资金分配", rows, merges));
  }
  // ---------------------------------------------------------------- ③ 站点视频拍摄清单 (stations: 挂牌运营时间, not 拍摄日期)
  // {town, name, vil (as written), k|null, iso, cell, note}
  const ST = [];
  let c = 0;
  const FM = [fmtDot, D, fmtCn, fmtSlash, fmtDot, fmtMonth];
  VIL.forEach((v) => {
    if (COVK.has(v.k)) {
      let iso = isoAdd("2020-05-12", c * 6), f = FM[c % 6];
      if (v.k === 95) { iso = "2021-08-31"; f = fmtDot; }
      const st = { town: v.town, name: `${stem(v.name)}村电商服务站`, vil: c % 7 === 3 ? v.name.replace(/村$/, "村委会") : v.name, k: v.k, iso: f === fmtMonth ? iso.slice(0, 7) : iso, cell: f(iso), note: null };
      ST.push(st);
      if ([9, 33, 51].includes(c)) ST.push({ ...st, note: "补拍（首次视频画面不清晰），同一站点" });
      if (c === 20) { const i2 = isoAdd(iso, 52); ST.push({ town: v.town, name: `${stem(v.name)}圩电商服务点`, vil: v.name, k: v.k, iso: i2, cell: fmtDot(i2), note: "同村第二个站点" }); }
      c++;
    } else if (v.k === SEPT) {
      ST.push({ town: v.town, name: `${stem(v.name)}村电商服务站`, vil: v.name, k: v.k, iso: "2021-09-06", cell: "2021.9.6", note: "9月挂牌" });
    }
    const lastOf = (t) => VIL.filter((x) => x.town === t).slice(-1)[0].k === v.k;
    if (lastOf("蕉城镇")) {
      ST.push({ town: "蕉城镇", name: "蕉城镇电商服务中心（镇级）", vil: "城中社区", k: null, iso: "2020-06-30", cell: "2020.6.30", note: "镇级服务中心" });
      ST.push({ town: "蕉城镇", name: "城东社区电商服务站", vil: "城东社区", k: null, iso: "2020-08-18", cell: D("2020-08-18"), note: null });
    }
    if (lastOf("长潭镇")) ST.push({ town: "长潭镇", name: "长潭圩电商服务站", vil: "长潭居委会", k: null, iso: "2020-11-09", cell: "2020年11月9日", note: "圩镇站点" });
  });
  const covIn = new Set(ST.filter((s) => s.k !== null && dateOk(s.iso)).map((s) => s.k));
  const covPoor = POORK.filter((k) => covIn.has(k));
  assert(covIn.size === 67 && covIn.size * 100 < 97 * 70 && covIn.size * 100 >= 97 * 50, "67/97 = 69.1% → 2");
  assert(covPoor.length === 17, "17/17 poor");
  const clerkCov = new Set(ST.filter((s) => s.k !== null).map((s) => s.k)).size;
  assert(clerkCov === 68 && clerkCov * 100 >= 97 * 70, "clerk 68/97 = 70.1%");
  const VIDEOS = ST.length, STATIONS = ST.length - 3;
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("蕉岭县村级电子商务服务站点视频拍摄清单");
    full("拍摄单位：梅州市嘉应影视文化传媒有限公司　　用途：省级示范县考评站点视频（考评组随机抽看30%）　　“挂牌运营时间”由各镇核实填写，即站点开业时间；“拍摄日期”为视频拍摄日期");
    rows.push(["视频编号", "镇", "站点名称", "所在村（社区）", "挂牌运营时间", "拍摄日期", "视频时长", "视频文件名", "备注"]);
    ST.forEach((s, i) => {
      const code = `JL-SP-${String(i + 1).padStart(3, "0")}`;
      const shot = s.iso >= "2021-08-01" ? isoAdd(s.iso.length === 7 ? s.iso + "-28" : s.iso, 3 + (i % 3)) : isoAdd("2021-06-15", (i * 3) % 70);
      rows.push([code, s.town, s.name, s.vil, s.cell, D(shot), `${1 + (i % 3)}分${String((i * 17) % 60).padStart(2, "0")}秒`, `${code}_${s.name}.mp4`, s.note]);
    });
    full(`共${VIDEOS}条视频，对应站点${STATIONS}个（补拍3条为同一站点重拍）。`);
    sheets.push(sheet("站点视频拍摄清单", rows, merges));
  }
  // ---------------------------------------------------------------- ④ 团体意外险投保登记 (sessions: 实际保障人数 = 实到人次)
  const TOPICS = ["农村电商基础知识普及班", "网店开设与运营班", "直播带货实操班", "短视频拍摄与剪辑班", "农产品品牌与包装班", "社群团购营销班", "电商美工设计班", "电商物流与仓储班"];
  const PLACES = ["县电商公共服务中心", "长潭镇文化站", "三圳镇政府会议室", "文福镇文化站", "广福镇政府会议室", "新铺镇文化站", "南磜镇文化站", "蓝坊镇政府会议室"];
  const TS = [];
  for (let i = 0; i < 18; i++) {
    let iso = i === 17 ? "2021-09-09" : isoAdd("2020-09-16", i * 21);
    while (HOLIDAYS.some(([a, b]) => iso >= a && iso <= b)) iso = isoAdd(iso, 1);   // no classes on public holidays
    const s = { i, iso, name: TOPICS[i % 8], place: PLACES[i % 8], N: 90 + (i * 41) % 60, d: 2 + (i * 7) % 11, cancel: i === 7 };
    s.cell = [fmtDot, D, fmtCn, fmt2y, fmtSlash][i % 5](iso);
    TS.push(s);
  }
  const heldIn = TS.filter((s) => !s.cancel && s.iso <= AS_OF);
  const S_TARGET = 1897;
  const diff = S_TARGET - sum(heldIn.map((s) => s.N - s.d));
  heldIn.forEach((s, k) => { s.N += Math.floor(diff / heldIn.length) + (k < diff % heldIn.length ? 1 : 0); });
  assert(diff >= 0 && TS.every((s) => s.N >= 80 && s.N <= 170), "spread N");
  const S_IN = sum(heldIn.map((s) => s.N - s.d));
  assert(S_IN === S_TARGET && heldIn.length === 16, "1897 in 16 sessions");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("蕉岭县电商培训学员团体意外伤害保险投保登记");
    full("县商务局电商股　　承保：中国人寿财产保险股份有限公司蕉岭支公司　　开班当天按签到表批减未到学员，“实际保障人数”即实到人次；“退保”为培训取消，保费全额退回");
    full("脱贫户电商专场3期由县乡村振兴局协调另行投保，名单见《脱贫户专场被保险人清单》，不在本表。");
    rows.push(["序号", "保单号", "培训班次", "培训日期", "培训地点", "保险期间", "投保人数", "批减人数", "实际保障人数", "保费（元）", "备注"]);
    TS.forEach((s, k) => {
      const pol = `PEAK2${s.iso.slice(2, 4)}44142700000${String(1000 + s.i * 37).slice(-4)}`;
      const per = `自${fmtCn(s.iso)}零时起至${fmtCn(s.iso)}二十四时止`;
      if (s.cancel) rows.push([k + 1, pol, s.name, s.cell, s.place, per, s.N, "—", "—", "退保", "受疫情影响培训取消，全单退保"]);
      else rows.push([k + 1, pol, s.name, s.cell, s.place, per, s.N, s.d, s.N - s.d, (s.N - s.d) * 3, s.iso > AS_OF ? "9月开班" : null]);
    });
    const held = TS.filter((s) => !s.cancel);
    rows.push(["合计", null, `${TS.length}单（退保1单）`, null, null, null, sum(held.map((s) => s.N)), sum(held.map((s) => s.d)), sum(held.map((s) => s.N - s.d)), sum(held.map((s) => (s.N - s.d) * 3)), "投保人数合计不含退保单"]); merges.push(`A${R()}:B${R()}`);
    full("经办：县商务局 丘××　　每人每天保费3元");
    sheets.push(sheet("培训团体险投保登记", rows, merges));
  }
  // ---------------------------------------------------------------- ⑤ 脱贫户培训需求摸查 (poorPersons)
  const KINDS = "EEMEEENEEMEEEEEMEENEEEEMEEEEMN".split("");
  assert(KINDS.length === 30 && KINDS.filter((x) => x === "E").length === 22 && KINDS.filter((x) => x === "M").length === 5, "30 persons: 22 E, 5 M, 3 N");
  const POORV = POORK.map((k) => VIL[k]);
  const EWORK = ["在家务农", "县内务工", "未务工", "县内务工", "在家务农"];
  const MPLACE = ["梅州市梅江区", "广州市白云区", "深圳市龙岗区", "东莞市长安镇", "梅州市梅县区"];
  const NWORK = [["无", "未务工"], ["无", "在校"], ["无", "未务工"]];
  const PP = [];
  let ne = 0, nm = 0, nn = 0;
  KINDS.forEach((kind, i) => {
    const sex = i % 3 === 1 ? "女" : "男";
    let labour, work, note = null, birth;
    if (kind === "E") { labour = ne % 5 === 3 ? "弱" : "有"; work = EWORK[ne % 5]; birth = `${1966 + (i * 7) % 32}${String(1 + (i * 5) % 12).padStart(2, "0")}${String(1 + (i * 11) % 28).padStart(2, "0")}`; ne++; }
    else if (kind === "M") { labour = "有"; work = "县外务工"; note = MPLACE[nm]; birth = `${1984 + nm * 3}0${2 + nm}1${nm}`; nm++; }
    else { [labour, work] = NWORK[nn]; birth = ["19470312", "20060918", "19520627"][nn]; note = nn === 1 ? "在校生" : "长期患病"; nn++; }
    PP.push({ i, kind, sex, labour, work, note, birth, vil: POORV[(i * 5) % POORV.length], name: nameOf(i + 300, sex, USED), id: makeIdSex(AREA, birth, 500 + i * 17, i === 4, sex) });
  });
  const E = PP.filter((p) => p.kind === "E"), M = PP.filter((p) => p.kind === "M"), N = PP.filter((p) => p.kind === "N");
  assert(PP[4].id.endsWith("X"), "one X");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("蕉岭县脱贫人口电商技能培训需求摸查表");
    full("县商务局、县乡村振兴局　　2021年3月　　范围：17个省定贫困村的脱贫户（经县乡村振兴局核对）");
    full("说明：劳动能力“有”“弱”（半劳动力）为有劳动能力，“无”为无劳动能力；务工状态“县外务工”为外出务工（含梅州市其他县区及省内外），“县内务工”“在家务农”“未务工”“在校”不属外出务工。");
    rows.push(["序号", "镇", "村", "姓名", "性别", "身份证号", "劳动能力", "务工状态", "培训意向", "备注"]);
    PP.forEach((p, k) => rows.push([k + 1, p.vil.town, p.vil.name, p.name, p.sex, p.id, p.labour, p.work,
      p.kind === "N" ? "—" : ["电商", "电商、家政", "电商（直播）", "暂无意向"][k % 4], p.note]));
    full(`合计${PP.length}人：有劳动能力${E.length + M.length}人（其中县外务工${M.length}人），无劳动能力${N.length}人。`);
    sheets.push(sheet("脱贫户培训需求摸查", rows, merges));
  }
  // ---------------------------------------------------------------- ⑥ 脱贫户专场被保险人清单 (trainees; 批减 = 未到)
  const X1 = { name: nameOf(360, "女", USED), sex: "女", id: makeIdSex(AREA, "19880716", 811, false, "女"), vil: VIL[1] };
  const PS = [
    ["第一期", "2021-04-09", "县电商公共服务中心", [[E[0]], [E[1]], [E[2]], [E[3]], [E[4]], [E[5]], [M[0]], [X1], [E[6], "批减"], [E[7], "批减"], [E[8]], [E[9]]]],
    ["第二期", "2021-06-18", "文福镇文化站", [[E[10]], [E[11]], [E[0]], [E[12], "批减"], [M[1]], [N[0]]]],
    ["第三期", "2021-09-10", "县电商公共服务中心", [[E[12]], [E[13]], [E[14]], [E[15]]]],
  ];
  const PS_IN = sum(PS.filter((s) => s[1] <= AS_OF).map((s) => s[3].filter((x) => !x[1]).length));
  assert(PS_IN === 15, "15 poor trainee rows by cut-off");
  const tIn = new Set(PS.filter((s) => s[1] <= AS_OF).flatMap((s) => s[3].filter((x) => !x[1]).map((x) => x[0].id)));
  const tAll = new Set(PS.flatMap((s) => s[3].filter((x) => !x[1]).map((x) => x[0].id)));
  const trained = E.filter((p) => tIn.has(p.id)).length, trainedClerk = E.filter((p) => tAll.has(p.id)).length;
  assert(trained === 10 && trained * 100 >= E.length * 40 && trained * 100 < E.length * 50, "10/22 = 45.5% → 8");
  assert(trainedClerk === 14 && trainedClerk * 100 >= E.length * 50 && trainedClerk * 100 < E.length * 70, "clerk 14/22 = 63.6%");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("蕉岭县脱贫户电商专场培训学员团体意外险被保险人清单");
    full("投保人：蕉岭县乡村振兴局　　“批改”栏“批减”为开班当天未到、已从保单批减的人员（未参训）");
    rows.push(["序号", "被保险人", "证件类型", "证件号码", "性别", "所在村", "批改", "备注"]);
    let no = 0;
    PS.forEach(([cls, iso, place, list]) => {
      full(`${cls}　保单号：PEAK2${iso.slice(2, 4)}44142799000${cls === "第一期" ? "0412" : cls === "第二期" ? "0618" : "0910"}　培训日期：${fmtCn(iso)}　地点：${place}`);
      list.forEach(([p, mark]) => { no++; rows.push([no, p.name, "居民身份证", p.id, p.sex, p.vil.name, mark || null, p === X1 ? "非脱贫户，随同家属旁听" : null]); });
    });
    full("注：第二期的" + E[0].name + "为第一期学员再次参训。");
    sheets.push(sheet("脱贫户专场被保险人清单", rows, merges));
  }
  const PT = S_IN + PS_IN;
  const BASE = 199600;
  assert(PT === 1912 && PT * 1000 >= BASE * 8 && PT * 1000 < BASE * 10, "1912/199600 = 0.958% → 8");
  const PT_CLERK = sum(TS.filter((s) => !s.cancel).map((s) => s.N)) + sum(PS.map((s) => s[3].length));
  assert(PT_CLERK * 100 >= BASE, "clerk ≥ 1% got " + PT_CLERK);
  // ---------------------------------------------------------------- ⑦ 孵化基地入孵登记 (enterprises)
  // [name, 业态, 入孵 iso, cell, 期限, 出孵 iso|null, 出孵方式, 备注]
  const EN = [
    ["梅州市蕉华电子商务运营有限公司", "电商运营商", "2020-06-08", "2020.6.8", "3年", null, null, "园区运营方"],
    ["中国邮政集团有限公司蕉岭县分公司（邮乐购）", "平台型", "2020-06-08", "2020.6.8", "3年", null, null, null],
    ["蕉岭县寿乡农特产品网店", "销售型", "2020-06-22", "2020.6.22", "2年", null, null, null],
    ["蕉岭县三圳腐竹电子商务有限公司", "销售型", "2020-07-06", D("2020-07-06"), "2年", null, null, null],
    ["蕉岭县顺达快递服务有限公司", "物流企业", "2020-07-20", "2020.7.20", "3年", null, null, null],
    ["蕉岭县长潭鱼干网店", "销售型", "2020-08-03", "2020.8.3", "2年", "2021-03-15", "终止", "经营不善，提前终止孵化"],
    ["梅州市客家直播文化传媒有限公司", "直播电商", "2020-08-17", "2020年8月17日", "2年", null, null, null],
    ["蕉岭县文福蜜柚专业合作社网店", "销售型", "2020-09-01", "2020.9.1", "2年", null, null, null],
    ["蕉岭县云仓仓储服务有限公司", "物流企业", "2020-09-21", "2020.9.21", "3年", null, null, "仓储"],
    ["蕉岭县广福茶叶电商工作室", "销售型", "2020-10-12", "2020.10.12", "2年", null, null, null],
    ["蕉岭县新铺丝苗米网店", "销售型", "2020-10-26", "2020.10.26", "2年", "2021-06-30", "终止", "主动申请退出"],
    ["蕉岭县蕉乡优选电子商务有限公司", "平台型", "2020-11-09", D("2020-11-09"), "3年", null, null, "本地小程序商城"],
    ["蕉岭县南磜竹笋网店", "销售型", "2020-11-23", "2020.11.23", "2年", null, null, null],
    ["蕉岭县农村电商代运营服务部", "电商运营商", "2020-12-07", "2020.12.7", "2年", null, null, null],
    ["蕉岭县蓝坊山货电子商务有限公司", "销售型", "2021-01-04", "2021.1.4", "1年", "2021-08-16", "毕业", "提前毕业，迁往县城自有场地"],
    ["蕉岭县长寿村小程序商城", "平台型", "2021-01-18", "2021.1.18", "2年", null, null, null],
    ["蕉岭县寿乡冷链物流有限公司", "物流企业", "2021-03-01", "2021.3.1", "3年", null, null, "冷链"],
    ["蕉岭县乡村主播工作室", "直播电商", "2021-03-22", "2021年3月22日", "2年", null, null, null],
    ["蕉岭县金山柿饼网店", "销售型", "2021-04-12", "2021.4.12", "2年", null, null, null],
    ["蕉岭县长潭淮山电子商务有限公司", "销售型", "2021-05-10", D("2021-05-10"), "2年", null, null, null],
    ["蕉岭县三圳黄精网店", "销售型", "2021-06-07", "2021.6.7", "2年", null, null, null],
    ["蕉岭县鑫源包装设计工作室", "设计服务", "2021-07-05", "2021.7.5", "2年", null, null, "包装、美工设计"],
    ["蕉岭县客家娘酒网店", "销售型", "2021-09-06", "2021.9.6", "2年", null, null, "9月入孵"],
  ];
  const inPark = EN.filter((e) => e[2] <= AS_OF && !(e[5] && e[5] < AS_OF));
  const types = new Set(inPark.map((e) => e[1]));
  assert(EN.length === 23 && inPark.length === 19 && types.size === 6, "23 rows, 19 in park, 6 types");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("蕉岭县电子商务产业园（创业孵化基地）入孵企业登记表");
    full("蕉岭县电子商务产业园管理办公室　　2021年9月13日更新　　电商产业园与县创业孵化基地为同一场地；出孵（毕业或终止）即迁出园区");
    rows.push(["序号", "企业（商户）名称", "统一社会信用代码", "业态类别", "入孵日期", "孵化期限", "出孵日期", "出孵方式", "备注"]);
    EN.forEach((e, i) => rows.push([i + 1, e[0], creditCode(AREA, i + 71), e[1], e[3], e[4], e[5] ? fmtDot(e[5]) : null, e[6], e[7]]));
    full(`共登记${EN.length}家，其中已出孵3家（终止2家、毕业1家）。`);
    sheets.push(sheet("孵化企业登记", rows, merges));
  }
  // ---------------------------------------------------------------- ⑧ 用友科目明细账 (funds: 借方 = 支付)
  // [iso, 凭证号, 摘要, 借方, 贷方]
  const LED = [
    ["2020-03-16", "记-031", "收县财政局拨入省级电子商务进农村综合示范专项资金", 0, 5000000],
    ["2020-05-22", "记-058", "支付梅州市蕉华电子商务运营有限公司公共服务中心装修首期款", 450000, 0],
    ["2020-08-10", "记-087", "支付中国邮政蕉岭县分公司村级站点建设首期款", 600000, 0],
    ["2020-10-28", "记-112", "支付蕉岭县顺达快递服务有限公司县乡村物流体系建设首期款", 360000, 0],
    ["2020-12-18", "记-139", "支付梅州市蕉华电子商务运营有限公司公共服务中心二期款", 520000, 0],
    ["2020-12-30", "记-146", "银行存款利息收入", 0, 3216.5],
    ["2021-01-26", "记-009", "支付梅州市嘉应职业培训学校电商培训服务费", 280000, 0],
    ["2021-03-30", "记-041", "支付中国邮政蕉岭县分公司村级站点建设二期款", 415000, 0],
    ["2021-05-18", "记-066", "支付梅州市嘉应品牌策划有限公司品牌营销服务费", 366450, 0],
    ["2021-06-20", "记-079", "银行存款利息收入", 0, 2871.3],
    ["2021-06-29", "记-082", "支付蕉岭县顺达快递服务有限公司物流体系建设二期款", 480000, 0],
    ["2021-08-25", "记-105", "支付梅州市蕉华电子商务运营有限公司中心运营服务费（第一年度）", 405000, 0],
    ["2021-09-14", "记-118", "支付中国邮政蕉岭县分公司村级站点建设尾款", 300000, 0],
  ];
  const fIn = sum(LED.filter((l) => l[0] <= AS_OF).map((l) => l[3])), fAll = sum(LED.map((l) => l[3]));
  assert(fIn === 3876450 && fIn * 100 >= 5000000 * 70 && fAll === 4176450, "3,876,450 = 77.5%");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("明细账");
    full("核算单位：蕉岭县商务局　　科目：2410 专项应付款—省级电子商务进农村综合示范专项资金　　借方为支付（拨付），贷方为收到拨入及利息　　金额单位：元");
    let bal = 0;
    [2020, 2021].forEach((y) => {
      full(`${y}年度`);
      rows.push(["月", "日", "凭证号数", "摘要", "借方", "贷方", "方向", "余额"]);
      if (y === 2021) rows.push([1, 1, null, "上年结转", null, null, "贷", bal]);
      let yd = 0, yc = 0;
      const months = [...new Set(LED.filter((l) => +l[0].slice(0, 4) === y).map((l) => +l[0].slice(5, 7)))];
      months.forEach((m) => {
        let md = 0, mc = 0;
        LED.filter((l) => +l[0].slice(0, 4) === y && +l[0].slice(5, 7) === m).forEach((l) => {
          bal = Math.round((bal - l[3] + l[4]) * 100) / 100; md += l[3]; mc += l[4];
          rows.push([m, +l[0].slice(8), l[1], l[2], l[3] || null, l[4] || null, bal ? "贷" : "平", bal]);
        });
        yd += md; yc += mc;
        rows.push([null, null, null, "本月合计", md || null, mc || null, "贷", bal]);
        rows.push([null, null, null, "本年累计", yd || null, Math.round(yc * 100) / 100 || null, "贷", bal]);
      });
      if (y === 2020) rows.push([12, 31, null, "结转下年", null, null, "贷", bal]);
    });
    full("打印日期：2021-09-16　　（用友政务财务软件 科目明细账）　　会计：温××　　审核：古××");
    assert(Math.abs(bal - (5000000 + 3216.5 + 2871.3 - fAll)) < 0.001, "balance");
    sheets.push(sheet("专项资金明细账", rows, merges));
  }
  // ---------------------------------------------------------------- ⑨ 月报填报记录 (reports: 提交时间)
  // [报告期, 提交 iso|null, time, 审核状态, 扶贫, 备注]
  const RP = [
    ["2020年8月", "2020-09-03", "16:22:10", "审核通过", "未填", null],
    ["2020年9月", "2020-10-09", "10:05:41", "审核通过", "未填", "国庆假期后报送"],
    ["2020年10月", "2020-11-04", "15:37:02", "审核通过", "已填", null],
    ["2020年11月", "2020-12-03", "09:48:55", "审核通过", "已填", null],
    ["2020年12月", "2021-01-06", "17:12:30", "审核通过", "已填", null],
    ["2021年1—2月", "2021-03-04", "11:20:16", "审核通过", "已填", "按市局通知1、2月合并填报"],
    ["2021年3月", "2021-04-02", "16:03:44", "退回修改", "已填", "扶贫统计表数据有误，退回"],
    ["2021年3月", "2021-04-07", "10:41:09", "审核通过", "已填", "修改后重新提交"],
    ["2021年4月", "2021-05-06", "15:55:21", "审核通过", "已填", null],
    ["2021年5月", "2021-06-03", "09:30:00", "审核通过", "已填", null],
    ["2021年6月", "2021-07-05", "14:18:37", "审核通过", "已填", null],
    ["2021年7月", "2021-08-04", "16:47:12", "审核通过", "已填", null],
    ["2021年8月", "2021-09-03", "10:12:58", "待审核", "已填", null],
  ];
  assert(monthsCovered(RP.map((r) => r[1])) === 11, "11 months (no February)");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("广东省电子商务进农村综合示范项目管理系统 — 月报填报记录");
    full("查询条件：填报单位＝蕉岭县商务局；报告期 2020年8月—2021年8月　　导出时间：2021-09-15 09:26:40　　“提交时间”为县里提交给梅州市商务局的时间");
    rows.push(["序号", "报告期", "填报单位", "接收（审核）单位", "提交时间", "审核状态", "电商扶贫统计表", "审核意见", "备注"]);
    RP.forEach((r, i) => rows.push([i + 1, r[0], "蕉岭县商务局", "梅州市商务局", `${r[1]} ${r[2]}`, r[3], r[4], r[3] === "退回修改" ? "第3表建档立卡培训人数与台账不符" : r[3] === "审核通过" ? "同意" : null, r[5]]));
    full(`共${RP.length}条记录`);
    sheets.push(sheet("月报填报记录", rows, merges));
  }
  // ---------------------------------------------------------------- ⑩ 网站稿件导出 (disclosures: 专栏 + 已发布 + 发布时间)
  const COL = "电子商务进农村综合示范", NEWS = "商务动态", NOTICE = "通知公告";
  // [标题, 栏目, 状态, 创建 iso time, 发布 iso time|null]
  const CMS = [
    ["蕉岭县电子商务进农村综合示范县创建工作方案", COL, "已发布", "2020-06-18 10:02", "2020-06-20 09:15"],
    ["蕉岭县电子商务进农村综合示范项目基本信息公示", COL, "已发布", "2020-06-19 15:40", "2020-06-20 09:20"],
    ["关于设立电子商务进农村综合示范项目监督举报电话的公告", COL, "已发布", "2020-06-22 08:55", "2020-06-22 10:31"],
  ];
  const prog = [["2020年8月", "2020-09-09", "2020-09-10"], ["2020年9月", "2020-10-10", "2020-10-12"], ["2020年10月", "2020-11-06", "2020-11-09"],
    ["2020年11月", "2020-12-07", "2020-12-08"], ["2020年12月", "2021-01-08", "2021-01-11"], ["2021年1月", "2021-02-05", "2021-03-02"],
    ["2021年2月", "2021-03-12", "2021-03-15"], ["2021年3月", "2021-04-09", "2021-04-12"], ["2021年4月", "2021-05-08", "2021-05-10"],
    ["2021年5月", "2021-06-08", "2021-06-09"], ["2021年6月", "2021-07-09", "2021-07-12"], ["2021年7月", "2021-08-09", "2021-08-10"], ["2021年8月", "2021-09-07", "2021-09-08"]];
  prog.forEach((p, i) => CMS.push([`蕉岭县电子商务进农村综合示范项目建设进度（${p[0]}）`, COL, "已发布", `${p[1]} ${String(9 + (i % 7)).padStart(2, "0")}:1${i % 6}`, `${p[2]} ${String(10 + (i % 6)).padStart(2, "0")}:0${i % 9}`]));
  CMS.push(["蕉岭县村级电商服务站点名单公示", COL, "已发布", "2020-11-18 16:20", "2020-11-20 09:00"]);
  CMS.push(["蕉岭县电子商务进农村综合示范专项资金使用情况公示", COL, "已发布", "2021-05-26 11:12", "2021-05-28 15:45"]);
  CMS.push(["蕉岭县电商产业园入孵企业名单（2021年8月）", COL, "待审核", "2021-08-27 17:05", null]);
  CMS.push(["蕉岭县电子商务进农村综合示范项目建设进度（2021年9月）", COL, "草稿", "2021-09-14 10:20", null]);
  CMS.push(["蕉岭县举办2021年网上年货节", NEWS, "已发布", "2021-02-01 09:40", "2021-02-01 16:02"]);
  CMS.push(["县商务局开展春节前成品油市场安全检查", NEWS, "已发布", "2021-02-19 15:10", "2021-02-20 10:25"]);
  CMS.push(["关于组织参加第十届梅州市客家特色产品展销会的通知", NOTICE, "已发布", "2021-04-20 10:00", "2021-04-21 09:30"]);
  CMS.push(["蕉岭县直播带货大赛报名通知", NOTICE, "已发布", "2021-06-28 14:42", "2021-06-29 09:05"]);
  CMS.sort((a, b) => (a[3] < b[3] ? 1 : -1));
  const discM = CMS.filter((x) => x[1] === COL && x[2] === "已发布").map((x) => x[4].slice(0, 10));
  assert(monthsCovered(discM) === 11, "11 months of column updates");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("蕉岭县人民政府门户网站 信息发布系统 — 稿件管理（导出）", W)); merges.push("A1:H1");
    rows.push(span("导出条件：发稿单位＝蕉岭县商务局；创建时间 2020-06-01 至 2021-09-15　　导出人：丘××　　状态：已发布 / 待审核 / 草稿（未发布的稿件前台不可见）", W)); merges.push("A2:H2");
    rows.push(["稿件ID", "标题", "所属栏目", "状态", "创建时间", "发布时间", "发布人", "点击量"]);
    CMS.forEach((x, i) => rows.push([`20${String(48213 - i * 37)}`, x[0], x[1], x[2], x[3], x[4], x[4] ? "丘××" : null, x[4] ? 80 + (i * 53) % 400 : 0]));
    sheets.push(sheet("网站稿件导出", rows, merges));
  }
  // ---------------------------------------------------------------- ⑪ 外宣上稿积分统计 (media)
  // [iso, cell, 媒体, 级别, 标题, 形式, 案例, 积分]
  const MD = [
    ["2020-11-20", "2020.11.20", "梅州日报", "市级媒体", "蕉岭：电商孵化基地孵出农村致富带头人", "报纸", "否", 2],
    ["2021-03-09", D("2021-03-09"), "梅州广播电视台《梅州新闻联播》", "市级媒体", "蕉岭村级电商站点打通农产品上行“最初一公里”", "电视", "否", 2],
    ["2021-05-26", "2021.5.26", "南方+客户端", "省级媒体", "寿乡蕉岭：小程序卖出山里货", "网络", "否", 5],
    ["2021-07-16", "2021.7.16", "广东广播电视台珠江频道《珠江新闻眼》", "省级媒体", "蕉岭脱贫户直播卖蜜柚：一部手机带来新生活", "电视", "是", 5],
    ["2021-09-08", "2021.9.8", "人民网", "中央媒体", "广东蕉岭：电商进村 山货出山", "网络", "否", 10],
  ];
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("蕉岭县2020—2021年度对外宣传上稿统计（县商务局）", W)); merges.push("A1:J1");
    rows.push(span("中共蕉岭县委宣传部　　外宣积分：中央媒体10分／篇，省级媒体5分／篇，市级媒体2分／篇；县内媒体（县融媒体中心）不属外宣，不统计　　统计截至2021年9月10日", W)); merges.push("A2:J2");
    rows.push(["序号", "刊播日期", "媒体名称", "媒体级别", "稿件（节目）标题", "形式", "是否电商扶贫典型案例", "积分", "供稿单位", "备注"]);
    MD.forEach((m, i) => rows.push([i + 1, m[1], m[2], m[3], m[4], m[5], m[6], m[7], "县商务局", m[0] > AS_OF ? "9月刊发" : null]));
    rows.push(["合计", null, null, null, `${MD.length}篇（条）`, null, null, sum(MD.map((m) => m[7])), null, null]); merges.push(`A${rows.length}:D${rows.length}`);
    sheets.push(sheet("外宣上稿统计", rows, merges));
  }
  // ---------------------------------------------------------------- ⑫ 政务信息报送登记 (materials: only 经验材料 to 梅州市商务局)
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("蕉岭县商务局政务信息及经验材料报送登记", W)); merges.push("A1:H1");
    rows.push(span("局办公室　　“报送对象”写明收件单位；“采用情况”按对方反馈填写", W)); merges.push("A2:H2");
    rows.push(["序号", "报送日期", "信息（材料）标题", "类别", "报送对象", "报送方式", "采用情况", "报送人"]);
    const MT = [
      ["2020.12.8", "蕉岭县召开电子商务进农村综合示范工作推进会", "政务信息", "蕉岭县委办公室信息科", "粤政易", "县委《每日要情》采用"],
      ["2021.3.18", "蕉岭县村级电商站点实现省定贫困村全覆盖", "政务信息", "梅州市委办公室信息科", "粤政易", "未采用"],
      [D("2021-05-20"), "蕉岭县“孵化基地＋村级站点”推动农村电商发展的经验做法", "经验材料", "梅州市商务局", "公文交换＋电子邮件", "《梅州商务》2021年第5期采用"],
      ["2021.7.30", "蕉岭县上半年电子商务工作情况", "工作总结", "蕉岭县人民政府办公室", "公文交换", "—"],
      ["2021.9.6", "直播带货助脱贫户增收——蕉岭县电商扶贫典型案例", "典型案例", "梅州市商务局", "电子邮件", "待反馈"],
    ];
    MT.forEach((m, i) => rows.push([i + 1, ...m, "丘××"]));
    sheets.push(sheet("政务信息报送登记", rows, merges));
  }
  // ---------------------------------------------------------------- ⓪ 自评扣分表 (facts, judged, claims: 得分 = 分值 − 扣分)
  const JG = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  const pct = (a, b) => (a / b * 100).toFixed(1) + "%";
  // [id, 工作任务, 评价指标, [[评分项, 分值, 扣分, 说明]]]
  const IND = [
    ["org.leadership", "加强组织领导与统筹协调", "组织领导", [["主要领导牵头、多部门参与", 2, 0, "县政府成立以县委副书记、县长为组长，分管副县长为副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司为成员的示范县创建工作领导小组（蕉府办函〔2020〕6号）"]]],
    ["org.plan", null, "方案制定", [["工作方案因地制宜、可操作性强", 2, 2 - JG["org.plan"], "《蕉岭县电子商务进农村综合示范县工作方案》已由县政府办公室正式印发（蕉府办〔2020〕11号）"]]],
    ["org.policy", null, "政策支持", [["出台政策并较好落实", 2, 2 - JG["org.policy"], "出台《蕉岭县促进农村电子商务发展扶持办法》（蕉府规〔2020〕2号），租金减免、人才补贴已兑现"]]],
    ["org.management", null, "项目管理", [["建立项目管理制度，建设、验收环节严格落实", 2, 2 - JG["org.management.system"], "制定《示范项目建设管理办法》，按办法组织验收"],
      ["建立完整工作台账", 2, 2 - JG["org.management.ledger"], "扣1分：部分镇站点建设台账记录不完整"]]],
    ["work.center", "深入推动电子商务进农村工作", "县级中心与产业园", [
      ["建成县级电子商务公共服务中心", 2, 0, "2020年12月28日完成装修验收，2021年3月1日正式投入运营"],
      ["建成后已正常运行6个月以上", 2, 0, "截至2021年8月31日运行满6个月"],
      ["有免费培训场所、培训设备，能组织电商基础培训", 2, 0, "培训室1间、电脑40台，免费开展电商基础培训"],
      ["为特色农产品提供免费展示、销售服务", 1, 0, "设寿乡农特产品展示厅，免费展示、代销"],
      ["为电子商务市场主体提供免费摄影、美工服务", 1, 0, "设摄影棚、美工室，免费为网商拍摄产品、设计详情页"],
      ["组织农产品统一推广、指导特色农产品品牌建设", 1, 0, "打造“寿乡蕉岭”区域公用品牌，统一推广"],
      ["为电子商务发展提供其他衍生增值服务", 1, 0, "代办营业执照、金融贷款对接、物流对接"],
      ["建设或整合、优化当地电商产业园", 2, 0, "整合县创业孵化基地建成县电子商务产业园"],
      ["产业园入驻企业20家及以上", 2, 0, "入孵企业23家，除提前终止孵化2家外，在园21家"],
      ["入驻企业至少三种以上类型", 1, 0, "平台型、销售型、电商运营商、物流企业、直播电商等"]]],
    ["work.coverage", null, "村级站点覆盖", [
      ["行政村覆盖率70%及以上", 5, 0, `全县行政村97个（另有社区10个），已建站覆盖行政村${clerkCov}个，覆盖率${pct(clerkCov, 97)}`],
      ["省定贫困村覆盖率100%", 5, 0, "省定贫困村17个，全部建站"]]],
    ["work.upward", null, "农村产品上行", [
      ["网销调研并形成针对性建议", 2, 2 - JG["work.upward.research"], "形成《蕉岭县农产品网络销售调研报告》报梅州市商务局"],
      ["网络促销活动成效明显", 2, 2 - JG["work.upward.promotion"], "举办网上年货节、直播带货大赛等4场"],
      ["有专业第三方电子商务运营或服务商", 1, 0, "公开招标引入梅州市蕉华电子商务运营有限公司"],
      ["行政村物流快递覆盖率100%", 1, 0, "行政村快递覆盖率100%（梅州市邮政管理局证明）"],
      ["出台电商交易标准，建立冷链、溯源系统", 2, 2 - JG["work.upward.standards"], "扣1分：冷链仅县城1处，溯源系统接入企业少"],
      ["2020年农村或农产品网络零售额同比增速≥30%", 2, 0, "农村网络零售额2019年6.82亿元、2020年8.71亿元（增长27.7%）；农产品网络零售额2019年1.26亿元、2020年1.71亿元（增长35.7%）"]]],
    ["work.training", null, "电商人才培训", [
      ["培训人次达常住人口1%及以上", 10, 0, `常住人口19.96万人；累计培训${thousands(PT_CLERK)}人次，占${pct(PT_CLERK, BASE).replace(/%$/, "")}%`],
      ["建档立卡贫困人口培训率50%及以上", 10, 0, `有劳动能力（不含外出务工）的脱贫人口${E.length}人，参训${trainedClerk}人，培训率${pct(trainedClerk, E.length)}`]]],
    ["info.disclosure", "加强信息公开及报送", "信息公开", [
      ["设立公开专栏且内容全面", 2, 0, "县政府网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话"],
      ["近一年专栏按月更新", 2, 0, "专栏每月更新项目建设进度"]]],
    ["info.reporting", null, "数据上报", [
      ["近一年每月向市商务局报送", 3, 0, "每月通过省项目管理系统向梅州市商务局报送月报"],
      ["能统计电商扶贫情况", 3, 0, "月报附电商扶贫统计表"]]],
    ["promo.cases", "加强宣传推广", "案例总结", [["向市商务局报送经验材料", 2, 0, "2021年5月向梅州市商务局报送经验材料1篇，《梅州商务》采用"]]],
    ["promo.media", null, "经验推广", [["主流媒体宣传报道", 8, 0, "省级（南方+、珠江频道）、市级（梅州日报、梅州台）、县级（县融媒体中心）均有报道"]]],
    ["fund.system", "加强财政资金管理", "制度建立", [["资金管理制度科学有效并落实", 5, 5 - JG["fund.system"], "扣1分：考核问责制度未细化"]]],
    ["fund.ledger", null, "资金台账", [["承建方建立资金专用台账", 5, 5 - JG["fund.ledger"], "扣1分：个别承建单位台账凭证不全"]]],
    ["fund.spending", null, "资金支出", [["支出率70%以上且及时拨付", 5, 5 - JG["fund.spending"], `下达500万元，截至8月31日累计拨付${money(fIn)}元，支出率${pct(fIn, 5000000)}；扣1分：部分款项拨付滞后`]]],
  ];
  const CL = {};
  IND.forEach((x) => { CL[x[0]] = sum(x[3].map((it) => it[1] - it[2])); });
  CL["bonus.poorTraining"] = 0; CL["bonus.tvCase"] = 1;
  const clSum = SCORED.reduce((a, id) => a + CL[id], 0);
  const deduct = sum(IND.flatMap((x) => x[3].map((it) => it[2])));
  assert(clSum === 95 && deduct === 5, "claims 95 (扣5) got " + clSum);
  assert(Math.round((8.71 / 6.82 - 1) * 1000) === 277 && Math.round((1.71 / 1.26 - 1) * 1000) === 357, "27.7% / 35.7%");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("蕉岭县2019年省级电子商务进农村综合示范创建考评自评扣分表");
    full("县商务局电商股　　2021年9月15日　　本表实行扣分制：每项只填“扣分”，不扣分填0，得分＝分值－扣分；加分项只填“加分”；一票否决项填“是／否”");
    full("一、基础数据");
    rows.push(["县（市、区）", "蕉岭县", null, "考评截止日期", "2021年8月31日", null, "常住人口", "19.96万人"]);
    rows.push(["行政村", "97个（另有社区10个）", null, "省定贫困村", "17个", null, "下达专项资金", "500万元"]);
    rows.push(["累计拨付（截至8月31日）", `${money(fIn)}元`, null, "项目总体进度", "86%", null, "填表人", "丘××"]);
    full("二、逐项扣分");
    rows.push(["序号", "工作任务", "评价指标", "评分项", "分值", "扣分", "加分", "扣分（加分）原因及完成情况"]);
    let no = 0;
    IND.forEach((x) => {
      const s = R() + 1;
      x[3].forEach((it, k) => { no++; rows.push([no, k === 0 ? x[1] : null, k === 0 ? x[2] : null, it[0], it[1], it[2], null, it[3]]); });
      if (x[3].length > 1) merges.push(`C${s}:C${R()}`);
    });
    rows.push([++no, "加分项", "贫困人口培训率", "建档立卡贫困人口培训率70%及以上（2分）", 2, null, 0, `培训率${pct(trainedClerk, E.length)}，未达70%`]);
    rows.push([++no, null, "电视播报", "电商扶贫典型案例获国家级（2分）、省级（1分）电视媒体播报", 2, null, 1, "2021年7月16日广东广播电视台珠江频道播出蕉岭脱贫户直播卖蜜柚（省级）"]);
    rows.push([++no, "一票否决项", "安全事故", "发生安全生产、质量事故或重大损失", null, null, null, "否：未发生"]);
    rows.push([++no, null, "项目进度", "总体进度不足40%", null, null, null, "否：项目总体进度86%"]);
    rows.push([++no, null, "弄虚作假", "弄虚作假", null, null, null, "否"]);
    rows.push(["合计", null, null, "满分100分", 100, deduct, 1, `得分100－${deduct}＝${100 - deduct}分，加分1分，自评合计${100 - deduct + 1}分`]); merges.push(`A${R()}:C${R()}`);
    full("审核：电商股股长 古××　　分管领导：林××");
    sheets.unshift(sheet("自评扣分表", rows, merges));
  }

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 2 + 5,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 8,
    "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": JG["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 80, "80 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 81, "81");
  const SEPTV = VIL[SEPT].name;
  write("counties/b131-c1-jiaoling.json", {
    description:
      `梅州蕉岭县商务局交的整本考评资料（13个表），80分＋加分1＝81分，未否决（自评扣分表自评95＋1＝96）。《自评扣分表》是扣分制：顶上一块基础数据（三对“标签｜值”并排），下面逐项只填“扣分”（0为不扣），得分＝分值－扣分，加分项只填“加分”，否决项写“否”；自评分要自己算：例如项目管理4分扣1 → 3，资金三项各扣1 → 4。读法：组长“县委副书记、县长”是县长（主要领导），不是副职；中心“2020年12月28日完成装修验收，2021年3月1日正式投入运营” → 运营日期3月1日，晚于2021-02-28，不满6个月（表里扣0是错的）。其余台账都是别的部门或别的用途的表：《换届选举结果统计》（民政局，类型村／居，没有贫困村列和快递列 → 快递按基础事实）；《贫困村示范村资金分配》是省定贫困村清单（17个，“××村委会”即××村；单位万元，小计行不是村）；《站点视频拍摄清单》读“挂牌运营时间”（文本、真日期、“2020年9月”只到月），不读“拍摄日期”（真日期），补拍3条是同一站点，镇级中心、社区站不算行政村，${SEPTV}9月6日挂牌不算 → 67/97＝69.1%（自评按68个、70.1%）；《培训团体险投保登记》人次读“实际保障人数”（开班当天批减未到者），不读投保人数，退保单是取消的班，9月9日那期不算 → 1,897；《脱贫户专场被保险人清单》一行一人次，“批减”的不是学员，期次标题行写培训日期，第三期9月10日不算 → 15；合计1,912÷199,600＝0.958% → 8。《脱贫户培训需求摸查》有、弱为有劳动能力，县外务工为外出务工 → 合格22人，截止日前参训10人（外出务工2人、无劳动能力1人、非脱贫户1人不算，重复参训算一次）→ 45.5% → 8。《孵化企业登记》出孵（终止、毕业）即迁出，9月入孵不算 → 在园19家 <20。《专项资金明细账》是用友科目明细账：分年度两块，月、日分两列，借方为支付、贷方为拨入和利息，本月合计／本年累计／结转行不是记录 → 截止日前支付3,876,450元＝77.5%。《月报填报记录》读提交时间：1、2月合并在3月4日提交，2月没有报送，3月退回后重报 → 11个月，不定时；“电商扶贫统计表 已填” → 能统计。《网站稿件导出》只算“电子商务进农村综合示范”栏目、状态“已发布”的发布时间：1月进度稿2月5日创建、3月2日才发布，2月只有商务动态 → 11个月。《外宣上稿统计》积分不是分，县内媒体不统计 → 截止日前有省级、市级（人民网9月8日在后）；省台珠江频道的电商扶贫典型案例 → 电视加分1。《政务信息报送登记》只算报梅州市商务局的经验材料（5月20日）。`,
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CL } },
    derivation: [
      "org.leadership: 自评扣分表：组长为县委副书记、县长（县长＝主要领导），成员含商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案已正式印发，分值2扣0 → 2",
      "org.policy: 扶持办法已出台，分值2扣0 → 2",
      "org.management: 管理制度2扣0 → 2；工作台账2扣1 → 1；合计 3",
      "work.center: 中心2021-03-01正式投入运营 ≤ 截止日 → 2；2021-03-01 晚于 2021-02-28，未满6个月 → 0；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；衍生增值服务 1；产业园已建成 2；孵化企业登记23家，截止日在园19家（长潭鱼干网店2021.3.15、新铺丝苗米网店2021.6.30终止，蓝坊山货2021.8.16毕业迁出；客家娘酒网店2021.9.6入孵不算）< 20 → 0；业态 电商运营商、平台型、销售型、物流企业、直播电商、设计服务 ≥ 3 → 1；合计 11（自评15）",
      `work.coverage: 换届选举统计行政村（类型“村”）97个，居委会10个不算；站点视频拍摄清单按“挂牌运营时间” ≤ 2021-08-31 覆盖行政村${covIn.size}个（补拍3条同一站点；一村两站算一个；蕉城镇电商服务中心（城中社区）、城东社区站、长潭圩站（长潭居委会）不算；${SEPTV}2021.9.6挂牌不算）；67/97 = 69.1% → 50%–70% → 2；贫困村示范村资金分配表17个省定贫困村全部有站（${VIL[95].name}站2021.8.31挂牌，当日算）= 100% → 5；合计 7（自评10，按68个、70.1%）`,
      "work.upward: 网销调研2；网络促销2；第三方运营服务商 1；村名单（换届统计）没有快递列，按基础事实“行政村快递覆盖率100%” → 1；交易标准与冷链溯源 2扣1 → 1；农村网零8.71/6.82亿元 = +27.7% < 30%，农产品网零1.71/1.26亿元 = +35.7% ≥ 30% → 2；合计 9",
      `work.training: 团体险投保登记截止日前开班的16单“实际保障人数”合计${S_IN}（不读投保人数；退保1单为取消；2021.9.9那期不算）＋ 脱贫户专场被保险人清单前两期未批减的${PS_IN}行 = ${PT}；常住人口19.96万 < 50万，基数199,600；${PT}/199,600 = 0.958% → 0.8%–1% → 8。需求摸查表30人，有劳动能力（有、弱）且非县外务工的${E.length}人；截止日前专场参训其中${trained}人（${E[0].name}两期算一次；批减的${E[6].name}、${E[7].name}未参训；外出务工${M[0].name}、${M[1].name}，无劳动能力${N[0].name}，非脱贫户${X1.name}不算）；${trained}/${E.length} = 45.5% → 40%–50% → 8；合计 16（自评20，按${thousands(PT_CLERK)}人次、14人）`,
      "info.disclosure: 专栏公示创建方案、项目基本信息、项目建设进度，设监督举报电话（扣分表，稿件导出里也有这三类稿件）→ 2；稿件导出中“电子商务进农村综合示范”栏目、状态已发布的发布时间覆盖2020-09至2021-08中的11个月（2021年1月进度稿2月5日创建、3月2日发布；2月只有“商务动态”稿件；待审核、草稿不算）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 月报填报记录按提交时间：2020-09至2021-01每月都有，1—2月合并于2021-03-04提交，2021-02无提交，3至8月每月都有（4月退回重报两次都在4月）→ 11个月，不定时 1；“电商扶贫统计表 已填”（2020年10月报告期起）→ 能统计 3；合计 4（自评6）",
      "promo.cases: 政务信息报送登记：2021.5.20向梅州市商务局报送经验材料 → 2（报县委办、市委办、县政府办的不是；2021.9.6的典型案例在截止日后）",
      "promo.media: 外宣上稿统计截止日前：省级（南方+ 2021.5.26、广东广播电视台珠江频道2021.7.16）→ 4；市级（梅州日报2020.11.20、梅州广播电视台2021.3.9）→ 3；没有县级报道（县内媒体不统计）；人民网2021.9.8在截止日后；合计 7（自评8，积分合计24不是分）",
      "fund.system: 分值5扣1 → 4",
      "fund.ledger: 分值5扣1 → 4",
      `fund.spending: 专项资金明细账借方（支付）截止日前 ${thousands(fIn)}元（2020年4笔1,930,000元＋2021年5笔1,946,450元；贷方拨入5,000,000元和利息不是支付；2021.9.14的300,000元不算）；${thousands(fIn)}/5,000,000 = 77.5% ≥ 70% → 及时拨付 5扣1 → 4`,
      "bonus.poorTraining: 45.5% < 70% → 0",
      "bonus.tvCase: 广东广播电视台珠江频道2021.7.16播出电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度86% ≥ 40% → 0，不否决",
      "veto.fraud: 否 → 0，不否决",
      `total: 2+2+2+3+11+7+9+16+3+4+2+7+4+4+4 = ${sc}，加分1，合计${total}；自评扣分表得分95＋加分1 = 96`,
    ],
  });
})();

// =====================================================================================
// ledgers/b131-l1-longchuan: 河源龙川县 — ①说明（不是台账）；②三个镇的《村（社区）干部通讯录》当行政村清单（一村两三行干部，村名纵向合并；
// 镇党政办值班行不是村；备注“省定贫困村”）；③《站点验收登记》（按验收日期排；挂牌运营日期才是开业；迁址重新验收不是新站点；
// 不合格复验后才挂牌）；④培训班《考勤表》（日期为列、上下午分列，按天计人次；假、×为缺勤，迟为出勤）；
// ⑤《电商企业结对帮扶脱贫户一览表》（扶贫系统劳动能力、务工状态口径）；⑥《请款单登记》（退回、审核中、不予拨付不是支付；核减；“40万”）
// =====================================================================================
(function l1() {
  const AREA = "441622";
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("说明", [["龙川县电子商务进农村综合示范台账（二）"], [null], ["本册收录：老隆、四都、黄石三镇村（社区）干部通讯录（作行政村清单用）、村级站点验收登记、"],
    ["　　　　　农村电商创业提升班考勤表、电商企业结对帮扶脱贫户一览表、专项资金请款单登记。"], ["其余各镇材料见台账（一）、（三）。"], [null], ["龙川县商务局电商股　2021年9月"]]));
  expect["说明"] = { kind: null };
  // ---------------------------------------------------------------- ② 村（社区）干部通讯录 (villages)
  // [town, unit as written, type, poor note]
  const U = [
    ["老隆镇", "老隆镇党政办", "office"], ["老隆镇", "新城社区", "comm"], ["老隆镇", "老城社区", "comm"], ["老隆镇", "东坝村", "vil"], ["老隆镇", "塘角村", "vil"],
    ["老隆镇", "水贝村", "vil", "省定贫困村"], ["老隆镇", "联丰村", "vil"], ["老隆镇", "坳头村", "vil"], ["老隆镇", "洋田村", "vil", "省定贫困村"],
    ["四都镇", "四都镇党政办", "office"], ["四都镇", "四都社区", "comm"], ["四都镇", "上坪村", "vil"], ["四都镇", "下坪村", "vil", "省定贫困村"], ["四都镇", "水口村", "vil"],
    ["四都镇", "大坑村", "vil"], ["四都镇", "石陂村", "vil"], ["四都镇", "黄布村", "vil", "省定贫困村；驻村单位：河源市财政局"], ["四都镇", "南岭村", "vil"],
    ["黄石镇", "黄石镇党政办", "office"], ["黄石镇", "黄石居委会", "comm"], ["黄石镇", "桐子村", "vil"], ["黄石镇", "高岭村", "vil", "省定贫困村（2019年出列）"],
    ["黄石镇", "石塘村", "vil"], ["黄石镇", "梅子村", "vil"], ["黄石镇", "禾坑村", "vil"], ["黄石镇", "新联村", "vil", "2020年由新村、联和村合并"],
  ];
  const recsV = [];
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("龙川县老隆镇、四都镇、黄石镇村（社区）“两委”干部通讯录");
    full("2021年4月换届后更新　　备注栏标“省定贫困村”的为省定贫困村（含已出列），未标的行政村不是；社区（居委会）不涉及贫困村");
    rows.push(["村（社区）", "职务", "姓名", "手机号码", "办公电话", "备注"]);
    let pi = 0;
    ["老隆镇", "四都镇", "黄石镇"].forEach((t, ti) => {
      const list = U.filter((u) => u[0] === t);
      const nv = list.filter((u) => u[2] === "vil").length, nc = list.filter((u) => u[2] === "comm").length;
      full(`${"一二三"[ti]}、${t}（社区${nc}个、行政村${nv}个）`);
      list.forEach((u, k) => {
        const duties = u[2] === "office" ? ["值班室"] : u[2] === "comm" ? ["书记、主任", "副主任"] : (k % 3 === 0 ? ["书记、主任", "副书记", "文书"] : ["书记、主任", "副主任"]);
        const s = R() + 1;
        duties.forEach((d, j) => {
          pi++;
          rows.push([j === 0 ? u[1] : null, d, u[2] === "office" ? "—" : nameOf(pi + 10, pi % 4 === 1 ? "女" : "男", USED), u[2] === "office" ? "—" : phone(pi),
            j === 0 ? `0762-${[67, 68, 69][ti]}${String(10000 + (pi * 733) % 89999).slice(-5)}` : null, j === 0 ? (u[3] || null) : null]);
        });
        if (duties.length > 1) merges.push(`A${s}:A${R()}`, `E${s}:E${R()}`, `F${s}:F${R()}`);
        if (u[2] !== "office") recsV.push({ name: u[1], admin: u[2] === "vil", poor: u[2] === "vil" ? !!u[3] && u[3].startsWith("省定贫困村") : null, express: null });
      });
    });
    full("注：手机号码已隐去中间四位；镇党政办为镇值班电话。");
    sheets.push(sheet("村干部通讯录", rows, merges));
    expect["村干部通讯录"] = { kind: "villages", records: recsV };
    assert(recsV.length === 23 && recsV.filter((r) => r.admin).length === 19 && recsV.filter((r) => r.poor).length === 5, "23 units, 19 villages, 5 poor");
  }
  // ---------------------------------------------------------------- ③ 站点验收登记 (stations, in 验收 order)
  // [镇, 站点名称, 所在村 cell, 挂牌 cell, opened iso|null (null: not a new station), 验收 cell, 结论, 复验, 复验结论, 备注]
  const SV = [
    ["四都镇", "四都镇电商服务中心", "四都社区", "2020.10.26", "2020-10-26", "2020.11.3", "合格", null, null, "镇级服务中心"],
    ["老隆镇", "东坝村电商服务站", "东坝村", "2020.11.12", "2020-11-12", "2020.11.20", "合格", null, null, null],
    ["老隆镇", "老城社区电商服务站", "老城社区", D("2020-12-01"), "2020-12-01", "2020.12.8", "合格", null, null, null],
    ["四都镇", "上坪村电商服务站", "上坪村", "2020.12.3", "2020-12-03", "2020.12.10", "合格", null, null, null],
    ["老隆镇", "洋田村电商服务站", "洋田村委会", D("2021-01-15"), "2021-01-15", "2021.1.22", "合格", null, null, null],
    ["四都镇", "下坪村电商服务站", "下坪村", "2021年3月", "2021-03", "2021.3.30", "合格", null, null, "镇里只报了挂牌月份"],
    ["四都镇", "水口村电商服务站", "水口村", "2021.4.2", "2021-04-02", "2021.4.9", "合格", null, null, null],
    ["四都镇", "黄布村电商服务站", "黄布村", "21.5.18", "2021-05-18", "21.5.25", "合格", null, null, null],
    ["四都镇", "上坪村电商服务站（迁址）", "上坪村", "2020.12.3", null, "2021.5.28", "合格", null, null, "原站点2020.12.3已挂牌，2021年5月迁至村委会一楼，重新验收，不是新建站点"],
    ["黄石镇", "桐子村电商服务站", "桐子村", "2021.6.3", "2021-06-03", "2021.6.10", "合格", null, null, null],
    ["黄石镇", "高岭村电商服务站", "高岭村委会", "2021年6月28日", "2021-06-28", "2021.7.2", "合格", null, null, null],
    ["黄石镇", "石塘村电商服务站", "石塘村", "2021.7.20", "2021-07-20", "2021.7.27", "合格", null, null, null],
    ["老隆镇", "水贝村电商服务站", "水贝村", "2021.9.10", "2021-09-10", "2021.8.20", "不合格", "2021.9.8", "合格", "首次验收设备未到位，整改复验合格后挂牌"],
    ["老隆镇", "联丰村电商服务站", "联丰村", "2021.8.31", "2021-08-31", "2021.8.31", "合格", null, null, "验收当天挂牌"],
    ["黄石镇", "梅子村电商服务站", "梅子村", "2021.9.15", "2021-09-15", "2021.9.12", "合格", null, null, null],
  ];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("龙川县村级电子商务服务站点建设验收登记表（老隆、四都、黄石）");
    full("县商务局、各镇人民政府　　按验收日期登记　　“挂牌运营日期”为站点开业日期；验收不合格的，整改复验合格后才挂牌；迁址的站点重新验收，不是新建站点");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "挂牌运营日期", "验收日期", "验收结论", "复验日期", "复验结论", "验收组成员", "运营人", "备注"]);
    SV.forEach((v, i) => rows.push([i + 1, v[0], v[1], v[2], v[3], v[5], v[6], v[7], v[8], "县商务局 骆××、镇经济办 " + ["刘××", "黄××", "曾××"][i % 3], nameOf(i + 80, i % 2 ? "女" : "男", USED), v[9]]));
    full("验收组长：县商务局副局长 骆××");
    sheets.push(sheet("站点验收登记", rows, merges));
    const recs = SV.filter((v) => v[4]).map((v) => ({ village: v[2], opened: v[4] }));
    assert(recs.length === 14, "14 stations");
    expect["站点验收登记"] = { kind: "stations", records: recs };
  }
  // ---------------------------------------------------------------- ⑤ persons (built first: trainees reuse their ids)
  const POORV = ["水贝村", "洋田村", "下坪村", "黄布村", "高岭村"];
  const LAB = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力"];
  // [labour idx, 务工状态, 企业 idx]
  const PD = [
    [0, "县内务工", 0], [0, "乡镇内务工", 0], [2, "未务工", 0], [0, "县外省内务工", 0],
    [1, "县内务工", 1], [0, "省外务工", 1], [3, "未务工", 1], [0, "未务工", 1],
    [2, "乡镇内务工", 2], [0, "县内务工", 2], [4, "未务工", 2], [1, "县外省内务工", 2],
    [0, "乡镇内务工", 3], [0, "县内务工", 3], [2, "未务工", 3],
    [0, "省外务工", 4], [1, "县内务工", 4], [0, "未务工", 4],
  ];
  const ENT = [["龙川县佗城电子商务有限公司", "收购农产品、网店代销"], ["河源市龙川邮乐购电商服务中心", "吸纳就业、站点运营"], ["龙川县霍山茶叶专业合作社", "订单收购茶青"],
    ["龙川县客家米酒电子商务有限公司", "吸纳就业"], ["龙川县乡村直播工作室", "直播带货代销"]];
  const PER = PD.map((p, i) => {
    const sex = i % 3 === 2 ? "女" : "男";
    const birth = `${1965 + (i * 7) % 33}${String(1 + (i * 5) % 12).padStart(2, "0")}${String(1 + (i * 13) % 28).padStart(2, "0")}`;
    return { i, labourCell: LAB[p[0]], work: p[1], ent: p[2], sex, birth, vil: POORV[(i * 3) % 5], name: nameOf(i + 120, sex, USED), id: makeIdSex(AREA, birth, 300 + i * 19, i === 9, sex),
      labour: p[0] <= 2, migrant: /县外|省外/.test(p[1]) };
  });
  assert(PER.filter((p) => p.migrant).length === 4 && PER.filter((p) => !p.labour).length === 2 && PER[9].id.endsWith("X"), "4 migrants, 2 without labour");
  // ---------------------------------------------------------------- ④ 考勤表 (training: dates as columns, AM/PM, per day)
  const recsT = [];
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    const OUT = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({ name: nameOf(160 + k, k % 2 ? "女" : "男", USED), sex: k % 2 ? "女" : "男", vil: ["东坝村", "塘角村", "上坪村", "水口村", "桐子村", "石塘村", "老城社区", "南岭村"][k],
      id: makeIdSex(AREA, `${1978 + k * 2}0${1 + k}${10 + k}`, 600 + k * 11, false, k % 2 ? "女" : "男") }));
    const C1 = [PER[0], PER[1], PER[2], PER[4], PER[7], PER[8], PER[9], PER[12], PER[13], OUT[0], OUT[1], OUT[2], OUT[3], OUT[4], PER[16], OUT[5], PER[17], OUT[6]];
    const C2 = [PER[3], PER[14], OUT[7], PER[0], OUT[2], PER[10], PER[5], OUT[1], PER[11], OUT[3]];
    // whole days away: [row in all blocks (base + k), day index, mark]
    const AWAY = [[2, 1, "假"], [7, 2, "×"], [11, 0, "假"], [15, 2, "×"], [16, 1, "假"], [41, 0, "假"], [46, 1, "×"], [48, 1, "假"]];
    const mark = (p, h) => {
      const a = AWAY.find((x) => x[0] === p && x[1] === Math.floor(h / 2));
      if (a) return a[2];
      const v = (p * 7 + h * 3 + (p % 5) * (h % 2)) % 13;
      return v === 0 && h % 2 === 1 ? "×" : v === 1 ? "假" : v === 5 ? "迟" : "√";
    };
    const block = (title, when, days, list, base, idOverride) => {
      full(title);
      full(when);
      rows.push(["序号", "姓名", "性别", "身份证号", "所在村（社区）"].concat(...days.map((d) => [fmtMD(d), null]), Array(6 - 2 * days.length).fill(null), ["出勤天数", "备注"]));
      const h1 = R();
      days.forEach((d, j) => merges.push(`${colLetter(5 + 2 * j)}${h1}:${colLetter(6 + 2 * j)}${h1}`));
      rows.push([null, null, null, null, null].concat(...days.map(() => ["上午", "下午"]), Array(6 - 2 * days.length).fill(null), [null, null]));
      ["A", "B", "C", "D", "E", "L", "M"].forEach((c) => merges.push(`${c}${h1}:${c}${h1 + 1}`));
      let tot = 0;
      list.forEach((p, k) => {
        const ms = days.map((d, j) => [mark(base + k, 2 * j), mark(base + k, 2 * j + 1)]);
        const att = days.filter((d, j) => ms[j].some((m) => m === "√" || m === "迟"));
        tot += att.length;
        const idCell = idOverride[k] !== undefined ? idOverride[k][0] : p.id;
        const idRec = idOverride[k] !== undefined ? idOverride[k][1] : p.id;
        rows.push([k + 1, p.name, p.sex, idCell, p.vil].concat(...ms, Array(6 - 2 * days.length).fill(null), [att.length, ms.flat().includes("假") ? "有请假" : null]));
        att.forEach((d) => recsT.push({ date: d, personTimes: 1, id: idRec }));
      });
      rows.push([null, "小计", null, null, null].concat(Array(6).fill(null), [tot, "人次（按天计）"])); merges.push(`B${R()}:K${R()}`);
      return tot;
    };
    full("龙川县农村电商创业提升班考勤表");
    full("县商务局、县电子商务公共服务中心　　考勤符号：√出勤　迟 迟到（计出勤）　假 请假　× 缺勤　　人次按天计：当天上午或下午到课即计1人次");
    const t1 = block("第三期（农村电商创业提升班）", "培训时间：2021年5月12日—14日（3天）　地点：龙川县电子商务公共服务中心", ["2021-05-12", "2021-05-13", "2021-05-14"], C1, 0,
      { 6: [PER[9].id.toLowerCase(), PER[9].id], 10: [OUT[1].id.slice(0, 6) + "********" + OUT[1].id.slice(14), OUT[1].id.slice(0, 6) + "********" + OUT[1].id.slice(14)], 15: ["（未提供）", null] });
    rows.push(span(null, W));
    const t2 = block("第四期（电商直播实操班）", "培训时间：2021年9月7日—8日（2天）　地点：龙川县电子商务公共服务中心", ["2021-09-07", "2021-09-08"], C2, 40, {});
    full(`合计出勤${t1 + t2}人次（第三期${t1}人次、第四期${t2}人次）。　　记录：县电商公共服务中心 骆××`);
    sheets.push(sheet("创业提升班考勤表", rows, merges));
    expect["创业提升班考勤表"] = { kind: "training", records: recsT };
    assert(recsT.length === t1 + t2 && t1 === 49 && t2 === 17 && recsT.some((r) => r.id === null), "attendance " + t1 + "/" + t2);
  }
  // ---------------------------------------------------------------- ⑤ 电商结对帮扶一览表 (poorPersons)
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("龙川县电商企业结对帮扶脱贫户一览表（老隆、四都、黄石）");
    full("县商务局、县乡村振兴局　　2021年6月　　劳动能力、务工状态按全国防返贫监测信息系统口径填写");
    full("口径：劳动能力“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”为有劳动能力，“丧失劳动力”“无劳动力”为无劳动能力；务工状态“县外省内务工”“省外务工”为外出务工，“县内务工”“乡镇内务工”“未务工”不属外出务工。");
    rows.push(["序号", "结对电商企业", "帮扶方式", "帮扶对象", "身份证号", "所在村", "劳动能力", "务工状态", "2021年上半年帮扶增收（元）", "备注"]);
    let no = 0;
    ENT.forEach((e, ei) => {
      const s = R() + 1;
      PER.filter((p) => p.ent === ei).forEach((p, k) => {
        no++;
        rows.push([no, k === 0 ? e[0] : null, k === 0 ? e[1] : null, p.name, p.id, p.vil, p.labourCell, p.work, p.migrant ? 0 : 800 + (no * 137) % 2400, p.migrant ? "外出务工，由家属对接" : p.labour ? null : "代销自产农产品"]);
      });
      merges.push(`B${s}:B${R()}`, `C${s}:C${R()}`);
    });
    rows.push(["合计", null, null, `${PER.length}人`, null, null, null, null, null, null]); merges.push(`A${R()}:C${R()}`);
    sheets.push(sheet("电商结对帮扶一览表", rows, merges));
    expect["电商结对帮扶一览表"] = { kind: "poorPersons", records: ENT.flatMap((e, ei) => PER.filter((p) => p.ent === ei)).map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant })) };
  }
  // ---------------------------------------------------------------- ⑥ 请款单登记 (funds)
  // [单号, 申请 cell, 承建单位, 用途, 申请, 核定 cell, 拨付 cell, 实拨 cell, 状态, 备注, rec iso|null, amount]
  const QK = [
    ["QK-2020-01", "2020.9.28", "龙川县佗城电子商务有限公司", "县级公共服务中心建设（首期）", 600000, 600000, "2020.10.16", 600000, "已拨付", null, "2020-10-16", 600000],
    ["QK-2020-02", "2020.11.5", "中国邮政集团有限公司龙川县分公司", "县乡村物流体系建设（首期）", 400000, "—", "—", "—", "退回", "资料不全退回，重新申请见QK-2020-04", null, 0],
    ["QK-2020-03", "2020.11.20", "河源市东江职业培训学校", "农村电商培训（第一批）", 250000, 238600, "2020.12.10", 238600, "已拨付", "核减11,400元（重复列支场地费）", "2020-12-10", 238600],
    ["QK-2020-04", "2020.12.2", "中国邮政集团有限公司龙川县分公司", "县乡村物流体系建设（首期，重新申请）", 400000, 400000, "2020年12月28日", "40万", "已拨付", null, "2020-12-28", 400000],
    ["QK-2021-01", "2021.1.12", "龙川县佗城电子商务有限公司", "县级公共服务中心建设（二期）", 500000, 500000, D("2021-02-03"), 500000, "已拨付", null, "2021-02-03", 500000],
    ["QK-2021-02", "2021.3.2", "龙川县佗城电子商务有限公司", "村级电商服务站点建设（第一批）", 720000, 720000, "2021.3.26", "72万", "已拨付", null, "2021-03-26", 720000],
    ["QK-2021-03", "2021.4.15", "河源市客都品牌策划有限公司", "农产品品牌培育", 180000, 180000, "21.5.10", 180000, "已拨付", null, "2021-05-10", 180000],
    ["QK-2021-04", "2021.6.1", "河源市溯源科技有限公司", "农产品质量溯源系统", 300000, 0, "—", "—", "不予拨付", "系统未通过验收", null, 0],
    ["QK-2021-05", "2021.7.5", "龙川县佗城电子商务有限公司", "村级电商服务站点建设（第二批）", 480000, 480000, "2021.7.30", 480000, "已拨付", null, "2021-07-30", 480000],
    ["QK-2021-06", "2021.8.20", "河源市东江职业培训学校", "农村电商培训（第二批）", 150000, 150000, "2021.9.6", 150000, "已拨付", null, "2021-09-06", 150000],
    ["QK-2021-07", "2021.8.25", "中国邮政集团有限公司龙川县分公司", "县乡村物流体系建设（二期）", 300000, "审核中", null, null, "审核中", "待县财政局审核", null, 0],
  ];
  const recsF = QK.filter((q) => q[10]).map((q) => ({ date: q[10], amount: q[11] }));
  const paid = sum(recsF.map((r) => r.amount));
  assert(recsF.length === 8 && paid === 3268600 && sum(recsF.filter((r) => r.date <= AS_OF).map((r) => r.amount)) === 3118600, "8 payments 3,268,600");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("龙川县电子商务进农村综合示范专项资金请款单登记");
    full("县商务局电商股　　金额单位：元（个别按万元填写的已写明“万”）　　“拨付日期”“实拨金额”以县财政国库支付为准；退回、不予拨付、审核中的均未支付");
    rows.push(["请款单号", "申请日期", "承建单位", "项目及用途", "申请金额", "核定金额", "拨付日期", "实拨金额", "状态", "备注", "经办人"]);
    QK.forEach((q, i) => rows.push([q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7], q[8], q[9], ["骆××", "黄××"][i % 2]]));
    rows.push(["合计", null, null, null, sum(QK.map((q) => q[4])), null, null, paid, null, `已拨付8笔；截至2021年8月31日${thousands(3118600)}元`, null]); merges.push(`A${R()}:D${R()}`);
    sheets.push(sheet("请款单登记", rows, merges));
    expect["请款单登记"] = { kind: "funds", records: recsF };
  }
  write("ledgers/b131-l1-longchuan.json", {
    description:
      "河源龙川县商务局交的台账（二），六个表。①《说明》只是册名和目录，不是台账。②《村干部通讯录》是老隆、四都、黄石三镇村（社区）“两委”干部通讯录，借作行政村清单：镇标题行（“一、老隆镇（社区2个、行政村6个）”），一个村（社区）两三行干部，村名、办公电话、备注纵向合并；“××镇党政办”值班行不是村。读法：一个村（社区）一条；名称带“社区”“居委会”的admin为false、贫困村为null（说明行写明社区不涉及），行政村备注写“省定贫困村”（含“（2019年出列）”“；驻村单位…”）为true，未标的为false；“2020年由新村、联和村合并”不是贫困村；没有快递列 → express为null。共23条（行政村19个、贫困村5个）。③《站点验收登记》按验收日期排：站点读“所在村（社区）”和“挂牌运营日期”，不读验收日期、复验日期；“上坪村电商服务站（迁址）”是已有站点迁址重新验收，不是新站点；水贝村站8月20日验收不合格、9月8日复验合格、9月10日挂牌 → 开业2021-09-10；“2021年3月”只到月；“21.5.18”两位年份；镇级服务中心（四都社区）、老城社区站照列。共14个站点。④《创业提升班考勤表》：日期为列、每天分上午／下午两列（两行表头，日期横向合并），两期上下排；说明写明√、迟为出勤，假、×为缺勤，按天计人次（当天上午或下午到课计1人次）。读法：一人一天一条，按行从左到右；全天假／×的那天不算；第三期一个身份证号末位小写x读作X，一个打码的照写，“（未提供）” → null；第四期9月7日—8日照列。共66人次（第三期49、第四期17）。⑤《电商结对帮扶一览表》：企业名、帮扶方式纵向合并，一行一名脱贫人口；劳动能力按系统口径（普通、技能、弱劳动力或半劳动力 → 有；丧失劳动力、无劳动力 → 无），务工状态“县外省内务工”“省外务工” → 外出务工，“县内务工”“乡镇内务工”“未务工” → 否。共18人（外出务工4人、无劳动能力2人）。⑥《请款单登记》：一张请款单一行，记录读“拨付日期”和“实拨金额”，不读申请金额；退回、不予拨付、审核中的不是支付；核减后实拨238,600；“40万”“72万” → 元；两位年份“21.5.10”；9月6日那笔照列。共8笔3,268,600元（截至8月31日3,118,600元）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b131-l2-fogang: 清远佛冈县 — ①说明（不是台账）；②产业园《入园申请审批汇总》（不同意、缓议、放弃入驻、待评审的不是企业；
// 读实际入驻日期不读申请、评审日期）；③《媒体采访接待登记》（读刊播日期不读接待日期；未刊播的不是报道；一次采访两处刊播是两条）；
// ④市局《商务工作简报》各县供稿情况表（只算★佛冈县的稿件，日期“3月10日”年份在标题）；
// ⑤电商股《工作日志》（月份标题行＋“9月3日”；只有报清远市商务局的月报是报送记录，每条写明附没附扶贫统计表）
// =====================================================================================
(function l2() {
  const AREA = "441821";
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("说明", [["佛冈县电子商务进农村综合示范考评台账（产业园、宣传、报送）"], ["本册各表均为原件录入或复制，未改动原表格式。"], ["1．入园申请审批汇总（县电商产业园管委会）"],
    ["2．媒体采访接待登记（县商务局办公室）"], ["3．《清远商务工作简报》各县供稿情况（摘自清远市商务局通报）"], ["4．电商股工作日志（2020年9月—2021年9月）"], ["佛冈县商务局　2021年9月"]]));
  expect["说明"] = { kind: null };
  // ---------------------------------------------------------------- ② 入园申请审批汇总 (enterprises)
  // [编号, 企业, 拟入驻业态, 申请 cell, 评审 cell, 结果, 入驻 cell, 入驻 iso|null, 退园 cell, 退园 iso|null, 备注]
  const AP = [
    ["FG-RY-2020-01", "佛冈县汤泉电子商务运营有限公司", "电商运营商", "2020.6.10", "2020.6.18", "同意", "2020.7.1", "2020-07-01", null, null, "园区运营方"],
    ["FG-RY-2020-02", "中国邮政集团有限公司佛冈县分公司（邮乐购）", "平台型", "2020.6.12", "2020.6.18", "同意", "2020.7.1", "2020-07-01", null, null, null],
    ["FG-RY-2020-03", "佛冈县龙山砂糖桔网店", "销售型", "2020.6.29", "2020.7.8", "同意", D("2020-07-15"), "2020-07-15", null, null, null],
    ["FG-RY-2020-04", "清远市北江文化传播有限公司", "直播电商", "2020.7.2", "2020.7.8", "同意", "—", null, null, null, "因场地面积不足，放弃入驻"],
    ["FG-RY-2020-05", "佛冈县顺丰速运营业部", "物流企业", "2020.7.20", "2020.7.28", "同意", "2020.8.3", "2020-08-03", null, null, null],
    ["FG-RY-2020-06", "佛冈县石角建材经营部", "建材批发", "2020.7.21", "2020.7.28", "不同意", null, null, null, null, "经营范围与电子商务无关"],
    ["FG-RY-2020-07", "佛冈县迳头直播工作室", "直播电商", "2020.8.10", "2020.8.19", "同意", "2020年9月1日", "2020-09-01", null, null, null],
    ["FG-RY-2020-08", "佛冈县高岗腐竹电子商务有限公司", "销售型", "2020.9.3", "2020.9.10", "缓议", null, null, null, null, "资料不全，补齐后重新申请（见FG-RY-2020-12）"],
    ["FG-RY-2020-09", "佛冈县水头茶叶网店", "销售型", "2020.9.22", "2020.9.30", "同意", "2020.10.20", "2020-10-20", "2021.4.30", "2021-04-30", "2021年4月30日退园"],
    ["FG-RY-2020-10", "佛冈县汤塘温泉特产网店", "销售型", "2020.10.15", "2020.10.23", "同意", "2020年11月", "2020-11", null, null, "入驻日期仅记月份"],
    ["FG-RY-2020-11", "佛冈县云仓物流有限公司", "物流企业", "2020.11.9", "2020.11.18", "同意", D("2020-12-07"), "2020-12-07", null, null, "仓储配送"],
    ["FG-RY-2020-12", "佛冈县高岗腐竹电子商务有限公司", "销售型", "2020.12.1", "2020.12.9", "同意", "2021.1.4", "2021-01-04", null, null, "重新申请"],
    ["FG-RY-2021-01", "佛冈县石角番薯干网店", "销售型", "2021.2.22", "2021.3.3", "同意", "21.3.15", "2021-03-15", null, null, null],
    ["FG-RY-2021-02", "清远市佛冈优选电子商务有限公司", "平台型", "2021.4.8", "2021.4.16", "同意", "2021.5.6", "2021-05-06", null, null, "本地小程序商城"],
    ["FG-RY-2021-03", "佛冈县龙山黄花网店", "销售型", "2021.8.2", "2021.8.11", "同意", "2021.9.1", "2021-09-01", null, null, "9月1日入驻"],
    ["FG-RY-2021-04", "佛冈县乡村主播培训中心", "直播电商", "2021.8.25", "待评审", "—", null, null, null, null, "9月管委会会议评审"],
  ];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("佛冈县电子商务产业园入园申请审批情况汇总表");
    full("县电商产业园管理委员会办公室　　2021年9月10日　　评审结果：同意／不同意／缓议；“实际入驻日期”为签订入驻协议并进场日期，同意后放弃的填“—”");
    rows.push(["序号", "申请编号", "申请企业", "统一社会信用代码", "拟入驻业态", "申请日期", "评审日期", "评审结果", "实际入驻日期", "退园日期", "备注", "经办人"]);
    const code = (i) => creditCode(AREA, (AP[i][0] === "FG-RY-2020-12" ? 7 : i) + 91);   // the re-application is the same enterprise
    AP.forEach((a, i) => rows.push([i + 1, a[0], a[1], code(i), a[2], a[3], a[4], a[5], a[6], a[8], a[10], ["朱××", "范××"][i % 2]]));
    full("共受理申请16份：同意13份（其中放弃入驻1家、9月入驻1家）、不同意1份、缓议1份、待评审1份。");
    sheets.push(sheet("入园申请审批汇总", rows, merges));
    const recs = AP.filter((a) => a[7]).map((a) => ({ name: a[1], type: a[2], entered: a[7], left: a[9] }));
    assert(recs.length === 12 && recs.filter((r) => r.entered <= AS_OF && !(r.left && r.left < AS_OF)).length === 10, "12 entered, 10 in park at cut-off");
    expect["入园申请审批汇总"] = { kind: "enterprises", records: recs };
  }
  // ---------------------------------------------------------------- ③ 媒体采访接待登记 (media: 刊播日期)
  // [接待 cell, 媒体, 级别, 记者, 主题, 刊播 cell, 刊播 iso|null, 形式, 版面/栏目]
  const MV = [
    ["2020.11.5", "清远日报", "市级", "黄××", "电商产业园开园运营", "2020.11.12", "2020-11-12", "报纸", "A3版"],
    ["2021.1.18", "佛冈县融媒体中心", "县级", "李××、陈××", "网上年货节", "2021.1.19", "2021-01-19", "电视", "《佛冈新闻》"],
    ["同上", "佛冈县融媒体中心（“佛冈发布”公众号）", "县级", "同上", "同上", "2021.1.20", "2021-01-20", "网络", "“佛冈发布”推文"],
    ["2021.3.22", "广东广播电视台", "省级", "周××", "脱贫户直播卖砂糖桔", "未播出", null, "电视", "素材留存，栏目调整未播"],
    ["2021.4.16", "南方农村报", "省级", "何××", "村级电商站点代购代销", D("2021-04-29"), "2021-04-29", "报纸", "第5版"],
    ["2021.6.8", "清远广播电视台", "市级", "冯××", "电商培训进镇村", "2021.6.10", "2021-06-10", "电视", "《清远新闻》"],
    ["2021.7.14", "农民日报", "中央", "吴××", "农村电商助力乡村振兴", "2021年8月3日", "2021-08-03", "报纸", "第7版"],
    ["2021.8.24", "中央广播电视总台财经频道（CCTV-2）", "中央", "郑××、刘××", "山区县电商物流共同配送", "2021.9.5", "2021-09-05", "电视", "《经济信息联播》"],
    ["2021.8.30", "清远日报", "市级", "黄××", "电商产业园企业复工", "待刊发", null, "报纸", null],
  ];
  const LV = { 中央: "national", 省级: "province", 市级: "city", 县级: "county" };
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("佛冈县商务局新闻媒体采访接待登记表");
    full("局办公室　　一次采访在两处刊播的分行登记（接待栏写“同上”）；“刊播日期”按实际见报、播出日期填写，未刊播的注明");
    rows.push(["序号", "接待日期", "媒体名称", "媒体级别", "记者", "采访主题", "刊播日期", "刊播形式", "版面／栏目", "陪同人员"]);
    MV.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5], m[7], m[8], m[0] === "同上" ? "同上" : ["范××", "朱××"][i % 2]]));
    sheets.push(sheet("媒体采访接待登记", rows, merges));
    const recs = MV.filter((m) => m[6]).map((m) => ({ date: m[6], level: LV[m[2]], tv: m[7] === "电视" }));
    assert(recs.length === 7, "7 reports");
    expect["媒体采访接待登记"] = { kind: "media", records: recs };
  }
  // ---------------------------------------------------------------- ④ 简报供稿情况 (materials: only ★ 佛冈县)
  // [县, 标题, 类别, 报送 "M月D日", iso, 采用]
  const JB = [
    ["清城区", "清城区推进直播电商基地建设", "经验做法", "1月15日", null, "第1期"],
    ["英德市", "英德红茶线上销售逆势增长", "典型案例", "2月3日", null, "第2期"],
    ["佛冈县", "佛冈县“产业园＋村级站点”打通农产品上行通道", "经验做法", "3月10日", "2021-03-10", "第3期"],
    ["连州市", "连州菜心“网上走红”的做法", "经验做法", "3月22日", null, "第4期"],
    ["清新区", "清新区电商人才培训“订单式”模式", "经验做法", "4月19日", null, "未采用"],
    ["阳山县", "阳山县电商助力脱贫户增收", "典型案例", "5月7日", null, "第5期"],
    ["佛冈县", "直播带货让脱贫户砂糖桔卖上好价钱", "典型案例", "6月21日", "2021-06-21", "未采用"],
    ["连南瑶族自治县", "连南瑶绣走上电商平台", "典型案例", "7月12日", null, "第7期"],
    ["英德市", "英德市村级站点运营补贴机制", "经验做法", "8月9日", null, "第8期"],
    ["佛冈县", "佛冈县电商物流共同配送降低农村物流成本", "经验做法", "9月2日", "2021-09-02", "第9期"],
    ["清城区", "清城区跨境电商综试区建设进展", "经验做法", "9月6日", null, "待定"],
  ];
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("《清远商务工作简报》2021年1—9月各县（市、区）电子商务经验材料供稿情况");
    full("清远市商务局办公室　　“报送日期”为市商务局收稿日期（2021年）　　（佛冈县商务局摘自市局通报，本县稿件已标★）");
    rows.push(["序号", "县（市、区）", "稿件标题", "类别", "报送日期", "采用期次", "本县"]);
    JB.forEach((j, i) => rows.push([i + 1, j[0], j[1], j[2], j[3], j[5], j[0] === "佛冈县" ? "★" : null]));
    full("注：未采用稿件留存备用；第6期为全市电商工作会议专刊。");
    sheets.push(sheet("简报供稿情况", rows, merges));
    const recs = JB.filter((j) => j[4]).map((j) => ({ date: j[4] }));
    assert(recs.length === 3, "3 佛冈 materials");
    expect["简报供稿情况"] = { kind: "materials", records: recs };
  }
  // ---------------------------------------------------------------- ⑤ 工作日志 (reports: 月报 to 清远市商务局 only)
  const OTHER = [
    (m) => `到${["汤塘镇", "石角镇", "龙山镇", "高岗镇", "水头镇", "迳头镇"][m % 6]}检查村级电商服务站运营情况`,
    () => "参加清远市商务局电子商务进农村工作视频调度会",
    () => "与县财政局核对专项资金拨付进度",
    (m) => `组织${["农村电商基础", "网店运营", "直播带货", "短视频制作"][m % 4]}培训（县电商公共服务中心）`,
    () => "更新县政府网站电商专栏项目建设进度",
    () => "向县政府办报送电商工作周报",
    () => "收到清远市商务局通知，已呈局领导阅示",
    () => "整理站点验收资料、补充台账",
  ];
  const LOG = [], recsR = [];
  const months = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
  months.forEach((ym, mi) => {
    const items = [];
    const repDay = workday(`${ym}-${String(3 + (mi * 2) % 5).padStart(2, "0")}`);
    [repDay, (ym === "2021-02" ? "2021-02-09" : workday(`${ym}-${String(10 + mi % 4).padStart(2, "0")}`)), workday(`${ym}-${String(16 + mi % 3).padStart(2, "0")}`), workday(`${ym}-${String(23 + mi % 3).padStart(2, "0")}`)]
      .forEach((d, j) => items.push([d, j]));
    items.forEach(([d, j]) => {
      if (j === 0) {
        const [y, m] = ym.split("-").map(Number);
        const pm = m === 1 ? 12 : m - 1;
        const pov = ym >= "2020-11";
        LOG.push([d, `通过粤政易向清远市商务局报送${pm}月份电子商务进农村综合示范工作进展月报${pov ? "，附电商扶贫统计表" : "（本月未附电商扶贫统计表）"}`]);
        recsR.push({ date: d, poverty: pov });
        void y;
      } else {
        LOG.push([d, OTHER[(mi * 3 + j) % OTHER.length](mi + j)]);
      }
    });
  });
  assert(recsR.length === 13 && monthsCovered(recsR.map((r) => r.date)) === 12 && recsR.filter((r) => r.poverty).length === 11, "13 reports, 12 months, 11 with poverty");
  {
    const W = 5, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:E${R()}`); };
    full("佛冈县商务局电商股工作日志（2020年9月—2021年9月）");
    full("记录人：范××　　按日记录主要工作；每月一个月份标题");
    rows.push(["日期", "星期", "工作内容", "经办人", "备注"]);
    let cur = "";
    LOG.forEach(([d, text], i) => {
      const ym = d.slice(0, 7);
      if (ym !== cur) { cur = ym; full(`【${fmtMonth(d)}】`); }
      rows.push([fmtMD(d), weekday(d), text, ["范××", "朱××", "范××、朱××"][i % 3], /春节/.test(text) ? null : d === "2021-02-03" ? "春节前报送" : null]);
    });
    sheets.push(sheet("电商股工作日志", rows, merges));
    expect["电商股工作日志"] = { kind: "reports", records: recsR };
  }
  write("ledgers/b131-l2-fogang.json", {
    description:
      "清远佛冈县商务局交的一本台账（产业园、宣传、报送），五个表。①《说明》只有册名和目录，不是台账。②《入园申请审批汇总》是产业园管委会的入园申请审批汇总：一份申请一行，列 申请编号｜申请企业｜信用代码｜拟入驻业态｜申请日期｜评审日期｜评审结果｜实际入驻日期｜退园日期｜备注。读法：只有真正入驻（“实际入驻日期”有日期）的才是企业，入驻读这一列，不读申请、评审日期；“不同意”（建材经营部）、“缓议”、同意后“放弃入驻”（“—”）、“待评审”都不是；高岗腐竹公司缓议后重新申请（FG-RY-2020-12）入驻，只算一次；“2020年11月”只到月，“21.3.15”两位年份；水头茶叶网店2021.4.30退园；龙山黄花网店9月1日入驻照列。类型读“拟入驻业态”。共12家。③《媒体采访接待登记》：记录读“刊播日期”，不读接待日期；“未播出”“待刊发”的不是报道；1月18日一次采访在《佛冈新闻》（电视）和“佛冈发布”公众号（网络）两处刊播，分两行（接待栏“同上”）→ 两条；级别 中央→national、省级、市级、县级；刊播形式“电视”的tv为true；CCTV-2 9月5日播出照列。共7条。④《简报供稿情况》是清远市商务局《清远商务工作简报》各县（市、区）供稿情况表，佛冈县摘来的：只有“县（市、区）”为佛冈县（标★）的稿件是本县报送市商务局的材料，别县的不算；“报送日期”写“3月10日”，年份看标题行“2021年”；未采用的也是已报送；9月2日那篇照列。共3条。⑤《电商股工作日志》：月份标题行“【2020年9月】”下，日期写“9月3日”并有星期；只有“通过粤政易向清远市商务局报送×月份…月报”是报送记录，日期读该行日期；检查站点、视频会、核对资金、向县政府办报送周报、收市局通知等都不是；每条月报写明“附电商扶贫统计表” → 是，“（本月未附电商扶贫统计表）” → 否（2020年9月、10月）。共13条（2021年9月的照列），12个月每月都有。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// facts/b131-f1-lufeng: 汕尾陆丰市 — 市审计局的《审计取证单》（专项资金审计调查）：表头栏目＋“审计事项摘要”分段一行一段，
// 下面证据提供单位意见、审核意见。事实在摘要里：领导小组组长是分管副市长；方案已印发；下达500万元；截至6月30日累计拨付318.6万元
// （审计截止日不是考评截止日）；资金管理办法已制定；综合服务商（第三方）未建立资金专用台账；中心9月20日投入运营，
// 合同约定的免费摄影美工实际收费 → 否；总体进度约65%
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("审计取证单");
  rows.push(["索引号：LFSJ〔2021〕ZX-07-03", null, null, "第1页　共1页", null, null]); merges.push(`A${R()}:C${R()}`, `D${R()}:F${R()}`);
  const kv = (k, v) => { rows.push([k, v, null, null, null, null]); merges.push(`B${R()}:F${R()}`); };
  kv("被审计（调查）单位", "陆丰市商务局");
  kv("审计（调查）项目", "陆丰市2019年省级电子商务进农村综合示范专项资金审计调查");
  kv("审计（调查）事项", "专项资金管理使用及示范项目实施情况");
  const P = [
    "一、基本情况",
    "陆丰市于2019年列入省级电子商务进农村综合示范县，省财政下达专项资金500万元（粤财工〔2019〕96号）。市政府成立以分管副市长为组长，市商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司为成员单位的示范县创建工作领导小组；2020年5月，市政府办公室正式印发《陆丰市电子商务进农村综合示范县工作方案》（陆府办〔2020〕18号）。",
    "示范项目由经公开招标确定的综合服务商陆丰市海韵电子商务有限公司（专业第三方电子商务运营服务商）统一承建，合同金额500万元，其他单位未承建本项目。",
    "二、资金管理使用情况",
    "市商务局、市财政局联合印发《陆丰市省级电子商务进农村综合示范专项资金管理办法》（陆商〔2020〕12号），明确资金支持方向、拨付程序和监督责任。截至2021年6月30日（本次审计调查截止日），市财政累计拨付专项资金318.6万元，资金支出率63.7%。",
    "三、发现的问题",
    "（一）承建单位未建立资金专用台账。陆丰市海韵电子商务有限公司未按《管理办法》第十二条要求建立专项资金专用台账，专项资金收支与公司其他业务收支混合核算，不能清晰反映资金使用情况。",
    "（二）公共服务中心免费服务未落实到位。市电子商务公共服务中心于2020年9月20日投入运营。运营合同约定中心为入驻企业和农户免费提供产品摄影、美工设计服务；经抽查，中心实际按每款产品80元收取摄影、美工费用（抽查收费收据12张，涉及42款产品，合计3,360元），免费摄影、美工服务未落实。",
    "（三）项目实施进度滞后。经对照合同任务清单逐项核实，项目总体进度约65%，其中农产品质量溯源系统、冷链仓储尚未开工。",
  ];
  assert(42 * 80 === 3360 && Math.round(318.6 / 500 * 1000) === 637, "3,360 / 63.7%");
  const s0 = R() + 1;
  P.forEach((p, i) => { rows.push([i === 0 ? "审计（调查）事项摘要" : null, p, null, null, null, null]); merges.push(`B${R()}:F${R()}`); });
  merges.push(`A${s0}:A${R()}`);
  rows.push(["附件", "1．收费收据复印件12张；2．海韵公司2020—2021年记账凭证抽查清单；3．合同任务清单核实表", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push(["审计人员", "林××、郑××", null, "编制日期", "2021年7月14日", null]); merges.push(`B${R()}:C${R()}`, `E${R()}:F${R()}`);
  rows.push(["证据提供单位意见", "情况属实。我局将督促综合服务商限期整改。", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push([null, "证据提供单位（盖章）：陆丰市商务局　　负责人（签名）：蔡××　　2021年7月16日", null, null, null, null]); merges.push(`B${R()}:F${R()}`, `A${R() - 1}:A${R()}`);
  rows.push(["审核人员意见", "事实清楚，证据充分。　　审核人员：彭××　　2021年7月19日", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  write("facts/b131-f1-lufeng.json", {
    description:
      "汕尾陆丰市商务局交来当事实表的，是市审计局专项资金审计调查的《审计取证单》：标题、索引号，“被审计（调查）单位｜审计（调查）项目｜审计（调查）事项”三行（标签在A列、值横向合并），“审计（调查）事项摘要”在A列纵向合并，右边一段一行，再往下是附件、审计人员／编制日期、证据提供单位意见（“情况属实”＋盖章签名）、审核人员意见。读法：项目名“陆丰市2019年…专项资金审计调查” → county 陆丰市；领导小组组长是“分管副市长” → deputy（成员商务、财政、农业农村、乡村振兴都有也只是分管领导牵头）；方案2020年5月正式印发 → 是；省财政下达500万元；“截至2021年6月30日（本次审计调查截止日）累计拨付318.6万元” → 累计拨付3,186,000元，这是审计截止日，不是考评截止日，不给asOf；资金管理办法已印发 → 是；综合服务商是经公开招标的专业第三方运营服务商 → 是，且写明项目由它统一承建，它“未建立专项资金专用台账” → 资金专用台账为否；中心2020年9月20日投入运营；合同约定免费摄影、美工，实际每款收费80元，“免费摄影、美工服务未落实” → 否（这是审计发现，不是合同约定）；“项目总体进度约65%” → 0.65（资金支出率63.7%不是进度）。取证单没有写培训、站点、专栏、主观评分和自评分；“情况属实”是对取证内容的确认，不是否决项声明。",
    sheets: [sheet("审计取证单", rows, merges)],
    expect: {
      facts: {
        county: "陆丰市", planIssued: true, fundAllocated: 5000000, fundSpentStated: wan("318.6"), fundSystemIssued: true, fundLedgerKept: false,
        thirdPartyOperator: true, centerOpened: "2020-09-20", centerPhoto: false, overallProgress: 0.65,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b131-f2-nanxiong: 韶关南雄市 — 中心第三方运营单位报给市商务局的《公共服务中心运营月报（2021年8月）》：本月｜累计（开业以来）两列；
// 摄影本月0、累计86仍是有这项免费服务；培训人次读小计行的累计；“其中脱贫人口参训472人次”是人次不是人数；产业园入驻“新增1｜累计18”
// =====================================================================================
(function f2() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
  full("南雄市电子商务公共服务中心运营月报（2021年8月）");
  full("报送单位：南雄市珠玑电子商务服务有限公司（南雄市商务局公开招标确定的中心第三方运营服务商）　　报送：南雄市商务局　　报送日期：2021年9月3日");
  full("中心于2020年11月6日开业运营，截至本月为第10个运营月。以下服务除注明收费的以外，均对企业、合作社和农户免费。");
  rows.push(["序号", "服务类别", "服务项目", "计量单位", "本月", "累计（开业以来）", "备注"]);
  // [类别, 项目, 单位, 本月, 累计, 备注]
  const T = [
    ["电商培训", "基础普及培训", "期", 3, 41, "培训室2间、电脑40台，免费"],
    ["电商培训", "基础普及培训", "人次", 286, 4127, null],
    ["电商培训", "增值培训（直播、美工、运营）", "人次", 62, 618, null],
    ["电商培训", "培训人次小计", "人次", 348, 4745, "基础＋增值"],
    ["电商培训", "其中：脱贫人口参训", "人次", 35, 472, "按人次统计，含重复参训"],
    ["农产品展示销售", "展示厅展示农特产品", "款", 4, 136, "南雄银杏、珠玑腊味、黄烟、富硒米等，免费展示"],
    ["农产品展示销售", "线上线下代销销售额", "万元", 18.6, 226.4, "免费代销，不收佣金"],
    ["摄影美工", "产品拍摄", "款", 0, 86, "本月无拍摄需求"],
    ["摄影美工", "详情页、包装设计", "套", 0, 23, null],
    ["品牌推广", "“南雄银杏”“珠玑腊味”区域公用品牌统一推广活动", "场", 1, 7, "8月参加韶关农产品网上展销周"],
    ["品牌推广", "指导企业注册商标、品牌包装", "家", 2, 19, null],
    ["增值服务", "代办营业执照、食品经营许可", "件", 2, 31, null],
    ["增值服务", "金融贷款、物流对接", "笔", 0, 5, null],
    ["增值服务", "仓储代发", "件", 1260, 9874, "收费：每件0.8元"],
    ["电商产业园", "园区入驻企业", "家", "新增1", 18, "电商产业园设在中心二楼"],
    ["站点运营", "村级站点代收代发快递", "件", 5318, 36702, "全市村级站点汇总"],
  ];
  assert(286 + 62 === 348 && 4127 + 618 === 4745, "training subtotal");
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  [["B", 5, 9], ["B", 10, 11], ["B", 12, 13], ["B", 14, 15], ["B", 16, 18]].forEach(([c, a, b]) => merges.push(`${c}${a}:${c}${b}`));
  T.forEach((t, i) => { if (i > 0 && T[i - 1][0] === t[0]) rows[4 + i][1] = null; });
  full("本月工作小结：举办电商普及培训3期；组织6家企业参加韶关农产品网上展销周；新入驻“南雄市雄州腊鸭网店”1家。");
  full("下月计划：开展“双节”网络促销活动；村级站点巡查。　　　　运营单位负责人：叶××　　填报人：陈××");
  write("facts/b131-f2-nanxiong.json", {
    description:
      "韶关南雄市商务局交来当事实表的，是中心第三方运营单位报给市商务局的《南雄市电子商务公共服务中心运营月报（2021年8月）》：标题、报送单位一行、开业说明一行，然后 序号｜服务类别（纵向合并）｜服务项目｜计量单位｜本月｜累计（开业以来）｜备注，最后本月小结和下月计划。读法：标题“南雄市…” → county；报送单位写明是市商务局公开招标确定的中心第三方运营服务商 → 是；“中心于2020年11月6日开业运营” → 2020-11-06；说明行写明除注明收费的以外都免费：培训室和电脑、免费培训 → 是；展示厅免费展示、免费代销 → 是；产品拍摄、详情页设计本月为0，但累计86款、23套 → 有免费摄影美工 → 是（读累计，不能因本月0判否）；区域公用品牌统一推广、指导品牌 → 是；代办执照、金融物流对接 → 其他衍生增值服务是（仓储代发注明收费，不影响）；园区入驻企业“新增1｜累计18” → 有电商产业园 → 是（18家只是数量，不是键）。培训人次读小计行的累计4,745（不是本月348，也不是基础培训一行的4,127）；“其中：脱贫人口参训472人次”是人次，不是参训人数，不列；站点代收代发快递件数不是快递覆盖率。报告期是8月，但没有写考评截止日，不给asOf；没有领导、没有主观评分和自评分。",
    sheets: [sheet("运营月报", rows, merges)],
    expect: {
      facts: {
        county: "南雄市", thirdPartyOperator: true, centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, trainingPersonTimesStated: 4745,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b131-f3-chenghai: 汕头澄海区 — 规划院发来的《商务发展“十四五”规划基础资料调查表（三）：电子商务》，区商务局填：
// 年份为列（2018、2019、2020、2021年1—8月）再加“截至2021年8月底”累计／时点栏；单位各行不同（亿元、万元、%、人次、万人）；
// 常住人口只在2020年栏（七普）；农村网零读2019、2020栏（亿元），农产品网零是万元；增速读2020栏；培训人次读累计栏
// =====================================================================================
(function f3() {
  const W = 10, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
  full("澄海区商务发展“十四五”规划编制基础资料调查表（三）：电子商务");
  full("调查单位：广东省城乡规划设计研究院　　填报单位：澄海区商务局（盖章）　　填报日期：2021年9月10日");
  full("填表说明：1．时期数填当年全年，2021年填1—8月；2．“截至2021年8月底”栏只填累计数和时点数；3．无数据或不适用的填“—”；4．计量单位以本表为准，不得换算。");
  rows.push(["序号", "指标名称", "计量单位", "2018年", "2019年", "2020年", "2021年1—8月", "截至2021年8月底", "数据来源", "备注"]);
  const T = [
    ["常住人口", "万人", "—", "—", 83.96, "—", "—", "区统计局", "第七次全国人口普查（2020年11月1日零时）；此前年份为抽样推算，口径不同，不填"],
    ["行政村数", "个", "—", "—", "—", "—", 168, "区民政局", "不含社区"],
    ["社区数", "个", "—", "—", "—", "—", 23, "区民政局", null],
    ["省定贫困村数", "个", "—", "—", "—", "—", 2, "区乡村振兴局", "均已出列"],
    ["农村网络零售额", "亿元", 152.36, 176.82, 231.47, 168.35, "—", "省商务厅电子商务统计监测", null],
    ["农村网络零售额同比增长", "%", 18.6, 16.1, 30.9, 24.2, "—", "省商务厅电子商务统计监测", "2021年为1—8月同比"],
    ["农产品网络零售额", "万元", 58230, 64915, 79386, 52118, "—", "省商务厅电子商务统计监测", "注意：本行单位为万元"],
    ["农产品网络零售额同比增长", "%", "—", 11.5, 22.3, 9.7, "—", "省商务厅电子商务统计监测", null],
    ["电子商务经营主体（网店）", "户", 21360, 24105, 28877, "—", 30412, "区市场监管局", "时点数"],
    ["区级电子商务公共服务中心", "个", 0, 0, 1, 1, 1, "区商务局", "2020年6月18日投入运营"],
    ["电子商务产业园（集聚区）", "个", 3, 3, 4, 4, 4, "区商务局", "2020年整合建成澄海区电子商务产业园（示范项目）"],
    ["村级电子商务服务站点", "个", "—", 36, 118, 9, 127, "区商务局", "2019、2020年栏为年末数，2021年栏为1—8月新增"],
    ["行政村快递服务覆盖率", "%", 100, 100, 100, 100, 100, "汕头市邮政管理局", null],
    ["电商培训人次", "人次", "—", 1205, 3942, 2314, 7461, "区商务局", "2019年栏为9—12月；累计栏为示范创建以来（2019年9月起）累计"],
    ["省级示范专项资金下达", "万元", "—", 500, "—", "—", 500, "区财政局", "2019年下达"],
    ["省级示范专项资金累计支出", "万元", "—", "—", "—", "—", 416.8, "区财政局", null],
    ["农村居民人均可支配收入", "元", 19862, 21347, 22690, "—", "—", "区统计局", null],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  assert(Math.round((231.47 / 176.82 - 1) * 1000) === 309 && Math.round((176.82 / 152.36 - 1) * 1000) === 161, "30.9% / 16.1%");
  assert(Math.round((79386 / 64915 - 1) * 1000) === 223 && Math.round((64915 / 58230 - 1) * 1000) === 115, "22.3% / 11.5%");
  assert(118 + 9 === 127 && 1205 + 3942 + 2314 === 7461, "stations 127; training 7461 = 1205 + 3942 + 2314");
  full("填表人：许××　　审核人：蔡××　　联系电话：0754-85××××21");
  write("facts/b131-f3-chenghai.json", {
    description:
      "汕头澄海区商务局交来当事实表的，是规划院发来的《澄海区商务发展“十四五”规划编制基础资料调查表（三）：电子商务》，区商务局填写：列 序号｜指标名称｜计量单位｜2018年｜2019年｜2020年｜2021年1—8月｜截至2021年8月底（累计、时点）｜数据来源｜备注，单位一行一个（万人、个、亿元、万元、%、人次），“—”为无数据。读法：标题“澄海区…” → county；“填报日期2021年9月”不是考评截止日，“截至2021年8月底”是栏名，不给asOf。常住人口只在2020年栏83.96万人（七普） → 839,600；行政村168个、省定贫困村2个读“截至8月底”栏（社区23个不算）；农村网络零售额读2019、2020年栏，单位亿元 → 17,682,000,000、23,147,000,000；农产品网络零售额单位是万元（备注提醒） → 649,150,000、793,860,000；两行增速读2020年栏 30.9%、22.3%（2021年1—8月的不是）；区级公共服务中心备注“2020年6月18日投入运营”；电商产业园4个、备注“2020年整合建成…（示范项目）” → 是；行政村快递服务覆盖率100% → 是；培训人次读累计栏7,461（各年数是当年数，备注写明累计栏为示范创建以来）；省级专项资金下达500万元、累计支出416.8万元 → 4,168,000元。网店户数、站点数、居民收入不是键；表上没有领导、主观评分和自评分。",
    sheets: [sheet("规划基础资料调查表", rows, merges)],
    expect: {
      facts: {
        county: "澄海区", residentPopulation: 839600, adminVillagesStated: 168, poorVillagesStated: 2,
        ruralRetail2019: yi("176.82"), ruralRetail2020: yi("231.47"), ruralRetailGrowthStated: 0.309,
        agriRetail2019: wan("64915"), agriRetail2020: wan("79386"), agriRetailGrowthStated: 0.223,
        centerOpened: "2020-06-18", parkBuilt: true, expressCoverage: true, trainingPersonTimesStated: 7461,
        fundAllocated: 5000000, fundSpentStated: wan("416.8"),
      },
      judged: {},
    },
  });
})();

console.log("wrote:\n" + written.join("\n"));
