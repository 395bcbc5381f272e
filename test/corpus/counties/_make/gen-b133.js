// Batch 133 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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

// deterministic village names from two character lists
function villageNames(n, a1, a2, seed) {
  const cand = [];
  a1.split("").forEach((a, i) => a2.split("").forEach((b, j) => { if (a !== b) cand.push([(i * seed + j * 61 + i * j * 17) % 1009, a + b + "村"]); }));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const out = [...new Set(cand.map((c) => c[1]))].slice(0, n);
  assert(out.length === n, "village names");
  return out;
}
// varied given names (two characters), unique full names within one case
const GN_M = "志伟国建文家俊永德振锦汉树耀海宏伟炳培灿立新明华强荣辉平勇森坤".split("");
const GN_F = "秀丽美玉桂淑翠凤少彩艳婉惠秋雪春月金碧小晓瑞敏慧琼燕萍芳兰".split("");
function givenName(seed, sex) {
  const P = sex === "女" ? GN_F : GN_M;
  return P[(seed * 7 + 3) % P.length] + P[(seed * 13 + 11) % P.length];
}
function fullName(sur, seed, sex, used) {
  for (let k = 0; k < 200; k++) {
    const n = sur + givenName(seed + k * 17, sex);
    if (n[1] !== n[2] && !used.has(n)) { used.add(n); return n; }
  }
  throw new Error("fullName");
}

// =====================================================================================
// counties/b133-c1-lianshan: 清远连山壮族瑶族自治县 — 事实和自评分在《建设任务完成情况对照表》里（实施方案任务｜目标值｜实际完成｜
// 完成率｜对应考评指标｜评分项｜自评分｜佐证）；台账都是别的用途的表：农业农村局《村级集体经济收入统计表》（行政村／社区，省定贫困村）、
// 《站点运营补贴发放表》（挂牌运营日期≠补贴起算月份）、培训机构《培训服务费结算明细》（申报人次≠核定人次）、产业园《房租补贴兑现花名册》
// （分批兑现，同一企业出现多次，一家更名）、《项目合同管理台账》（每份合同一行，三次付款横向排列）、局办公室《用印登记簿》（月报在
// 次月初盖章报送）、《政府信息主动公开目录》（公开日期≠生成日期，只算专栏）、县委宣传部《外宣上稿统计表》、《公文交换签收簿》
// =====================================================================================
(function c1() {
  const USED = new Set();
  const sheets = [];
  const CO = "连山壮族瑶族自治县";
  const TOWNS = ["吉田镇", "太保镇", "禾洞镇", "永和镇", "福堂镇", "小三江镇", "上帅镇"];
  const NV = [9, 7, 5, 7, 8, 6, 6];
  assert(sum(NV) === 48, "48 villages");
  const COMMS = { 吉田镇: ["吉田社区", "鹿鸣社区"], 太保镇: ["太保社区"], 禾洞镇: ["禾洞社区"], 永和镇: ["永和社区"], 福堂镇: ["福堂社区"], 小三江镇: ["小三江社区"], 上帅镇: ["上帅社区"] };
  const NCOMM = sum(Object.values(COMMS).map((c) => c.length));
  assert(NCOMM === 8, "8 社区");
  const VN = villageNames(48, "大小上下新旧东西南龙凤鹤瑶石竹松茶水沙金银", "坪坑垌岭洞冲田寨江塘湾坳坡岩", 53);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = [1, 4, 8, 10, 13, 16, 19, 22, 26, 29, 33, 37, 41, 45];
  assert(POORK.length === 14, "14 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  assert(nonPoor.length === 34, "34 non-poor");
  const covNP = nonPoor.filter((v, j) => j % 8 < 5).slice(0, 21);
  assert(covNP.length === 21, "21 covered non-poor");
  const SEPT_POOR = POORK[9];
  const AUG_K = covNP[17].k;
  const TWO_K = covNP[3].k;
  // ---------------------------------------------------------------- ① 村级集体经济收入统计表 (villages)
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full(`${CO}2020年度村级集体经济收入统计表`);
    full("县农业农村局　　2021年3月　　单位：万元　　“类别”分行政村、社区；“是否省定贫困村”只对行政村填写（是／否），社区填“—”");
    rows.push(["序号", "镇", "村（社区）", "类别", "是否省定贫困村", "2020年集体经济收入（万元）", null, null, "2019年收入（万元）", "收入10万元以上", "备注"]);
    merges.push(`F${R()}:H${R()}`);
    ["A", "B", "C", "D", "E", "I", "J", "K"].forEach((c) => merges.push(`${c}${R()}:${c}${R() + 1}`));
    rows.push([null, null, null, null, null, "经营性收入", "其他收入", "合计", null, null, null]);
    let no = 0, tAll = 0;
    TOWNS.forEach((t) => {
      const s = R() + 1;
      const list = VIL.filter((v) => v.town === t).map((v) => ({ name: v.name, admin: true, k: v.k })).concat(COMMS[t].map((c) => ({ name: c, admin: false, k: null })));
      let tSum = 0;
      list.forEach((v, i) => {
        no++;
        const op = 18 + ((no * 37) % 97), ot = 6 + ((no * 29) % 43); // 0.1 万元 units
        const tot = op + ot;
        tSum += tot;
        const prev = tot - 3 - ((no * 11) % 17);
        rows.push([no, i === 0 ? t : null, v.name, v.admin ? "行政村" : "社区", v.admin ? (isPoor(v.k) ? "是" : "否") : "—", op / 10, ot / 10, tot / 10, prev / 10, tot >= 100 ? "是" : "否",
          v.admin && isPoor(v.k) ? "省定贫困村，2020年已出列" : null]);
      });
      merges.push(`B${s}:B${R()}`);
      tAll += tSum;
      rows.push([null, `${t}小计`, `行政村${list.filter((v) => v.admin).length}个、社区${COMMS[t].length}个`, null, null, null, null, tSum / 10, null, null, null]);
      merges.push(`C${R()}:G${R()}`);
    });
    rows.push(["合计", null, `行政村${VIL.length}个（其中省定贫困村${POORK.length}个）、社区${NCOMM}个`, null, null, null, null, tAll / 10, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:G${R()}`);
    full("注：省定贫困村2020年已全部达标出列，仍按省定贫困村标注。　　填表：莫××　　审核：韦××");
    sheets.push(sheet("村集体经济收入统计", rows, merges));
  }
  // ---------------------------------------------------------------- ② 站点运营补贴发放表 (stations: 挂牌运营日期, not 补贴起算月份)
  const ST = [];
  const covered = POORK.filter((k) => k !== SEPT_POOR).concat(covNP.map((v) => v.k)).sort((a, b) => a - b);
  assert(covered.length === 34, "34 covered");
  const early = covered.filter((k) => k !== AUG_K);
  early.forEach((k, i) => {
    const opened = i % 3 === 2 ? isoAdd("2021-01-12", (i * 7) % 170) : isoAdd("2020-10-09", (i * 5) % 80);
    ST.push({ k, town: VIL[k].town, vil: i % 6 === 4 ? VIL[k].name.replace(/村$/, "村委会") : VIL[k].name, opened, name: VIL[k].name.replace(/村$/, "") + "村电商服务站" });
  });
  ST.push({ k: AUG_K, town: VIL[AUG_K].town, vil: VIL[AUG_K].name, opened: "2021-08-20", name: VIL[AUG_K].name.replace(/村$/, "") + "村电商服务站" });
  ST.push({ k: TWO_K, town: VIL[TWO_K].town, vil: VIL[TWO_K].name, opened: "2021-05-14", name: VIL[TWO_K].name.replace(/村$/, "") + "村第二电商服务站", second: true });
  ST.push({ k: null, town: "吉田镇", vil: "鹿鸣社区", opened: "2020-11-20", name: "鹿鸣社区电商服务站", comm: true });
  const SEPT_ST = { k: SEPT_POOR, town: VIL[SEPT_POOR].town, vil: VIL[SEPT_POOR].name, opened: "2021-09-06", name: VIL[SEPT_POOR].name.replace(/村$/, "") + "村电商服务站" };
  const covIn = new Set(ST.filter((s) => s.k !== null && s.opened <= AS_OF).map((s) => s.k));
  const nextMonth = (iso) => { const y = +iso.slice(0, 4), m = +iso.slice(5, 7); return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`; };
  const startOf = (s) => (s.opened < "2021-01-01" ? "2021-01" : nextMonth(s.opened));
  const covBySubsidy = new Set(ST.filter((s) => s.k !== null && startOf(s) <= "2021-08").map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 34 && covIn.size * 100 >= 48 * 70 && poorIn === 13 && poorIn * 100 < 14 * 100 && poorIn * 100 >= 14 * 80, "34/48 ≥ 70%, 13/14 poor");
  assert(covBySubsidy.size === 33 && covBySubsidy.size * 100 < 48 * 70, "by 补贴起算 33/48 < 70%");
  {
    const W = 18, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:R${R()}`); };
    full(`${CO}村级电子商务服务站点运营补贴发放表（2021年1—8月）`);
    full("县商务局　　补贴标准：每站每月200元；站点挂牌运营的次月起按月发放，2020年挂牌的站点统一自2021年1月起算；社区站点不享受村级站点运营补贴　　“挂牌运营日期”为站点挂牌并开始对外服务的日期");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "站长", "挂牌运营日期", "补贴起算月份"].concat(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月"], ["合计（元）", "站长签名", "备注"]));
    const fm = [D, fmtDot, fmtCn, D, fmt2y, fmtDot];
    const list = ST.slice().sort((a, b) => TOWNS.indexOf(a.town) - TOWNS.indexOf(b.town) || (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0));
    let no = 0, total = 0;
    const row = (s, note) => {
      no++;
      const st = nameOf(no + 40, no % 3 === 1 ? "女" : "男", USED);
      if (s.comm) {
        rows.push([no, s.town, s.name, s.vil, st, fm[no % 6](s.opened), "—", "—", "—", "—", "—", "—", "—", "—", "—", 0, null, note || null]);
        return;
      }
      const start = startOf(s);
      const cells = [1, 2, 3, 4, 5, 6, 7, 8].map((m) => (`2021-${String(m).padStart(2, "0")}` >= start && s.opened <= AS_OF ? 200 : null));
      const amt = sum(cells.map((c) => c || 0));
      total += amt;
      rows.push([no, s.town, s.name, s.vil, st, fm[no % 6](s.opened), fmtMonth(start + "-01")].concat(cells, [amt, amt ? st : null, note || null]));
    };
    list.forEach((s) => row(s, s.comm ? "社区站点，不享受补贴" : s.k === AUG_K ? "8月20日挂牌，9月起算，本期无补贴" : s.second ? "同村第二个站点（圩镇）" : null));
    rows.push(["合计", null, `站点${list.length}个`, null, null, null, null, null, null, null, null, null, null, null, null, total, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:O${R()}`);
    full("9月新挂牌站点（补贴自10月起算，不在本期发放）");
    row(SEPT_ST, "9月挂牌");
    full("经办：覃××　　复核：县商务局电商股　　分管领导：韦××　　（运营补贴由县财政安排，不在省级示范专项资金内列支）");
    sheets.push(sheet("站点运营补贴发放表", rows, merges));
  }
  // ---------------------------------------------------------------- ③ 培训服务费结算明细 (sessions: 核定人次)
  // [iso, 日期 text, 班次, 地点, 班型, 申报, 核定, 核减原因]
  const SS = [
    ["2020-09-25", "9月25日", "农村电商基础普及班（吉田镇）", "吉田镇文化站", "基础", 82, 80, "2人重复签到"],
    ["2020-10-16", "10月16日", "农村电商基础普及班（太保镇）", "太保镇政府会议室", "基础", 76, 76, null],
    ["2020-11-13", "11月13日", "网店开设与运营提升班", "县电商公共服务中心", "提升", 48, 45, "3人未满课时"],
    ["2020-12-11", "12月9日—11日", "直播带货提升班（三天，人次按天累计）", "县电商公共服务中心", "提升", 120, 114, "签到表与照片不符6人次"],
    ["2021-01-08", "1月8日", "农村电商基础普及班（永和镇）", "永和镇文化站", "基础", 85, 80, "5人无身份证号"],
    ["2021-03-12", "3月12日", "农村电商基础普及班（福堂镇）", "福堂镇文化站", "基础", 90, 88, "2人重复签到"],
    ["2021-04-09", "4月9日", "短视频拍摄与剪辑提升班", "县电商公共服务中心", "提升", 52, 50, "2人未满课时"],
    ["2021-04-23", "4月23日", "农村电商基础普及班（小三江镇）", "小三江镇政府会议室", "基础", 78, 70, "8人签到表无身份证号"],
    ["2021-05-21", "5月21日", "脱贫户电商技能专场（上帅镇）", "上帅镇文化站", "基础", 86, 80, "6人代签"],
    ["2021-06-18", "6月18日", "农村电商基础普及班（禾洞镇）", "禾洞镇文化站", "基础", 74, 72, "2人重复签到"],
    ["2021-07-09", "7月7日—9日", "农村青年电商创业提升班（三天，人次按天累计）", "县电商公共服务中心", "提升", 90, 84, "签到表与照片不符6人次"],
    ["2021-08-20", "8月20日", "农村电商基础普及班（吉田镇二期）", "吉田镇文化站", "基础", 60, 45, "15人签到表无本人签名"],
    ["2021-09-08", "9月8日", "农村电商基础普及班（太保镇二期）", "太保镇政府会议室", "基础", 100, 96, "4人重复签到"],
  ];
  const POP = 93800;
  const T_IN = sum(SS.filter((s) => s[0] <= AS_OF).map((s) => s[6])), T_DECL = sum(SS.filter((s) => s[0] <= AS_OF).map((s) => s[5])), T_ALL = sum(SS.map((s) => s[6]));
  assert(T_IN === 884 && T_DECL === 941 && T_ALL === 980, "884 核定 by cut-off, 941 申报, 980 in all");
  assert(T_IN * 100 < POP && T_IN * 1000 >= POP * 8 && T_DECL * 100 >= POP && T_ALL * 100 >= POP, "0.942% → 8; 申报 or September would reach 1%");
  const PRICE = { 基础: 80, 提升: 150 };
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full(`${CO}电子商务进农村综合示范电商培训服务费结算明细表`);
    full("培训服务机构：清远市瑶乡职业培训学校　　结算期间：2020年9月—2021年9月　　单价：基础普及班80元／人次，提升班150元／人次");
    full("说明：“申报人次”为培训机构申报数；“核定人次”为县商务局对照签到表、现场照片核定的参训人次，结算以核定人次为准；多天的班人次按天累计。");
    rows.push(["期次", "培训日期", "班次名称", "培训地点", "班型", "申报人次", "核定人次", "核减原因", "单价（元／人次）", "结算金额（元）"]);
    let yr = null, no = 0, money = 0;
    SS.forEach((s) => {
      const y = s[0].slice(0, 4);
      if (y !== yr) { full(`${y}年`); yr = y; }
      no++;
      const amt = s[6] * PRICE[s[4]];
      money += amt;
      rows.push([`第${no}期`, s[1], s[2], s[3], s[4] === "基础" ? "基础普及" : "提升", s[5], s[6], s[7], PRICE[s[4]], amt]);
    });
    rows.push(["合计", null, null, null, null, sum(SS.map((s) => s[5])), T_ALL, `其中截至8月31日核定${T_IN}人次`, null, money]);
    merges.push(`A${R()}:E${R()}`);
    full("培训机构（盖章）：清远市瑶乡职业培训学校　　县商务局审核：覃××　　2021年9月14日");
    sheets.push(sheet("培训服务费结算明细", rows, merges));
  }
  // ---------------------------------------------------------------- ④ 房租补贴兑现花名册 (enterprises: three batches, dedupe by credit code)
  // [name, type, entered iso, entered cell, area, left iso|null, renamed-to|null]
  const EN = [
    ["清远市瑶乡电子商务运营有限公司", "电商运营商", "2020-09-08", "2020.9.8", 120, null, null],
    ["中国邮政集团有限公司连山县分公司邮乐购服务部", "平台型", "2020-09-08", "2020.9.8", 80, null, null],
    ["连山县大米优选网店", "销售型", "2020-09-21", D("2020-09-21"), 40, null, null],
    ["连山县禾洞茶叶电子商务有限公司", "销售型", "2020-10-10", "2020.10.10", 45, "2021-03-31", null],
    ["连山县通达快递服务有限公司", "物流企业", "2020-10-19", "2020年10月19日", 150, null, null],
    ["连山县瑶山蜂蜜电子商务有限公司", "销售型", "2020-10-26", "2020.10.26", 40, null, "广东瑶山蜂蜜电子商务有限公司"],
    ["连山县福堂麦溪鲤网店", "销售型", "2020-11-09", "2020.11.9", 35, null, null],
    ["连山县壮瑶风情直播工作室", "直播电商", "2020-11-23", D("2020-11-23"), 60, null, null],
    ["连山县小三江土特产网店", "销售型", "2020-12-07", "2020.12.7", 35, null, null],
    ["清远市鹿鸣供应链管理有限公司", "物流企业", "2020-12-14", "2020.12.14", 200, null, null],
    ["连山县永和竹笋网店", "销售型", "2021-01-11", "2021.1.11", 30, null, null],
    ["连山县云端电商美工设计工作室", "电商服务", "2021-02-01", "2021.2.1", 30, null, null],
    ["连山县上帅油茶电子商务有限公司", "销售型", "2021-03-08", D("2021-03-08"), 40, null, null],
    ["连山县农品汇电子商务有限公司", "平台型", "2021-03-22", "2021.3.22", 90, null, null],
    ["连山县太保腊味网店", "销售型", "2021-04-12", "2021年4月12日", 35, null, null],
    ["连山县乐购代运营服务有限公司", "电商运营商", "2021-05-06", "2021.5.6", 50, null, null],
    ["连山县吉田山货网店", "销售型", "2021-06-15", "2021.6.15", 30, null, null],
    ["连山县瑶绣文创网店", "销售型", "2021-07-05", "2021.7.5", 30, null, null],
    ["连山县禾洞高山蔬菜专业合作社网店", "销售型", "2021-07-26", D("2021-07-26"), 35, null, null],
    ["连山县好鲜生冷链物流有限公司", "物流企业", "2021-08-16", "2021.8.16", 120, null, null],
    ["连山县鹿鸣直播电商有限公司", "直播电商", "2021-09-03", "2021.9.3", 60, null, null],
  ];
  const CODE = EN.map((e, i) => creditCode("441825", i + 31));
  const inPark = EN.filter((e) => e[2] <= AS_OF && !(e[5] && e[5] <= AS_OF));
  const ENT_IN = inPark.length;
  assert(ENT_IN === 19 && new Set(CODE).size === 21 && new Set(inPark.map((e) => e[1])).size >= 3, "19 distinct in park at cut-off");
  const monthsBetween = (a, b) => (+b.slice(0, 4) - +a.slice(0, 4)) * 12 + (+b.slice(5, 7) - +a.slice(5, 7)) + 1;
  let rowsE = 0;
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full(`${CO}电子商务产业园入驻企业房租补贴兑现花名册`);
    full("依据《连山壮族瑶族自治县促进电子商务发展扶持办法》第五条：入驻园区的电商企业按实际租用面积给予前12个月租金全额补贴（15元／㎡·月），入驻当月起算，分批兑现；“入驻日期”以入驻协议签订日期为准；退园的停止补贴。");
    const head = ["序号", "企业名称", "统一社会信用代码", "经营类型", "入驻日期", "租用面积（㎡）", "补贴期间", "补贴月数", "标准（元／㎡·月）", "补贴金额（元）", "退园日期", "收款账户开户行", "备注"];
    const BATCH = [
      ["第一批（2020年9—12月租金，2021年1月兑现）", (e) => e[2] <= "2020-12-31", "2020-12"],
      ["第二批（2021年1—6月租金，2021年7月兑现）", (e) => e[2] <= "2021-06-30" && !(e[5] && e[5] < "2021-01-01"), "2021-06"],
      ["第三批（2021年7月以后入驻，待兑现）", (e) => e[2] >= "2021-07-01", null],
    ];
    BATCH.forEach(([title, pick, end], bi) => {
      full(title);
      rows.push(head);
      let no = 0, amtSum = 0;
      EN.forEach((e, i) => {
        if (!pick(e)) return;
        no++; rowsE++;
        const nm = bi > 0 && e[6] ? e[6] : e[0];
        if (end === null) {
          rows.push([no, nm, CODE[i], e[1], e[3], e[4], "—", null, 15, "待兑现", null, ["连山农商银行", "邮储银行连山支行", "农业银行连山支行"][i % 3], e[2] > AS_OF ? "9月入驻" : null]);
          return;
        }
        const from = bi === 0 || e[2] > "2021-01" ? e[2].slice(0, 7) : "2021-01";
        const to = e[5] && e[5].slice(0, 7) < end ? e[5].slice(0, 7) : end;
        const n = monthsBetween(from, to);
        const amt = n * e[4] * 15;
        amtSum += amt;
        rows.push([no, nm, CODE[i], e[1], e[3], e[4], `${fmtMonth(from + "-01")}—${fmtMonth(to + "-01")}`, n, 15, amt, e[5] ? fmtDot(e[5]) : null, ["连山农商银行", "邮储银行连山支行", "农业银行连山支行"][i % 3],
          bi === 1 && e[6] ? `2021年2月更名（原${e[0]}），信用代码不变` : e[5] ? "已退园，补贴至退园当月" : null]);
      });
      if (end !== null) { rows.push(["小计", null, null, null, null, null, null, null, null, amtSum, null, null, null]); merges.push(`A${R()}:I${R()}`); }
    });
    full("经办：覃××　　园区运营方：清远市瑶乡电子商务运营有限公司　　县商务局审核：韦××");
    sheets.push(sheet("房租补贴兑现花名册", rows, merges));
  }
  assert(rowsE === 31, "31 rows in the roster got " + rowsE);
  // ---------------------------------------------------------------- ⑤ 项目合同管理台账 (funds: payments across columns)
  // [编号, 项目, 承接单位, 签订 cell, 合同万元, [[iso, cell, 元]]]
  const CT = [
    ["LSSW-2020-01", "县电子商务公共服务中心建设及运营", "清远市瑶乡电子商务运营有限公司", "2020.8.20", 150, [["2020-09-15", "2020.9.15", 600000], ["2021-01-20", D("2021-01-20"), 450000], ["2021-09-08", "2021.9.8", 300000]]],
    ["LSSW-2020-02", "村级电子商务服务站点建设", "中国邮政集团有限公司连山县分公司", "2020.9.10", 120, [["2020-12-18", "2020.12.18", 480000], ["2021-05-26", "2021年5月26日", 360000]]],
    ["LSSW-2020-03", "县乡村三级物流体系建设", "清远市鹿鸣供应链管理有限公司", "2020.10.12", 110, [["2020-11-05", D("2020-11-05"), 330000], ["2021-04-16", "2021.4.16", 440000]]],
    ["LSSW-2020-04", "农村电商人才培训及创业孵化服务", "清远市瑶乡职业培训学校", "2020.9.1", 40, [["2021-01-08", "2021.1.8", 120000], ["2021-07-14", "21.7.14", 96500]]],
    ["LSSW-2020-05", "农产品网络销售调研", "清远市山海经济咨询有限公司", "2020.10.20", 8, [["2021-01-29", "2021.1.29", 80000]]],
    ["LSSW-2021-01", "农产品品牌培育及网络营销推广", "广州市禾田品牌策划有限公司", "2021.3.5", 45, [["2021-04-30", D("2021-04-30"), 180000], ["2021-08-27", "2021.8.27", 135000]]],
    ["LSSW-2021-02", "农产品质量溯源系统建设", "广东溯源云信息科技有限公司", "2021.5.10", 30, [["2021-06-25", "2021.6.25", 90000]]],
    ["LSSW-2021-03", "电商产业园公共区域改造", "连山县建安建筑工程有限公司", "2021.6.2", 26, [["2021-09-10", "2021.9.10", 78000]]],
  ];
  const pays = CT.flatMap((c) => c[5]);
  const F_IN = sum(pays.filter((p) => p[0] <= AS_OF).map((p) => p[2])), F_ALL = sum(pays.map((p) => p[2]));
  const ALLOC = 5000000;
  assert(F_IN === 3361500 && F_IN * 100 < ALLOC * 70 && F_ALL === 3739500 && F_ALL * 100 >= ALLOC * 70, "3,361,500 = 67.2% by cut-off; 3,739,500 = 74.8% by 9月10日");
  assert(Math.round(F_IN / ALLOC * 1000) === 672 && Math.round(F_ALL / ALLOC * 1000) === 748, "rates");
  {
    const W = 15, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:O${R()}`); };
    full(`${CO}电子商务进农村综合示范项目合同管理台账`);
    full("县商务局电商股　　合同金额单位：万元；付款金额单位：元（以县财政国库集中支付日期、金额为准）　　资金来源：省级电子商务进农村综合示范专项资金（下达500万元）　　更新至2021年9月10日");
    rows.push(["序号", "合同编号", "项目名称", "承接单位", "签订日期", "合同金额（万元）", "第一次付款", null, "第二次付款", null, "第三次付款", null, "累计付款（元）", "付款比例", "备注"]);
    merges.push(`G${R()}:H${R()}`, `I${R()}:J${R()}`, `K${R()}:L${R()}`);
    ["A", "B", "C", "D", "E", "F", "M", "N", "O"].forEach((c) => merges.push(`${c}${R()}:${c}${R() + 1}`));
    rows.push([null, null, null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null, null]);
    CT.forEach((c, i) => {
      const p = c[5];
      const paid = sum(p.map((x) => x[2]));
      const cells = [0, 1, 2].flatMap((j) => (p[j] ? [p[j][1], p[j][2]] : [null, null]));
      rows.push([i + 1, c[0], c[1], c[2], c[3], c[4]].concat(cells, [paid, `${Math.round(paid / (c[4] * 10000) * 100)}%`,
        p.some((x) => x[0] > AS_OF) ? "含9月付款" : i === 4 ? "已结清" : null]));
    });
    rows.push(["合计", null, null, null, null, sum(CT.map((c) => c[4])), null, null, null, null, null, null, F_ALL, `${(F_ALL / ALLOC * 100).toFixed(1)}%（占下达资金）`, `其中截至8月31日${thousands(F_IN)}元`]);
    merges.push(`A${R()}:E${R()}`);
    assert(sum(CT.map((c) => c[4])) === 529, "合同529万");
    full("注：合同总额529万元，超出省级资金部分由县财政配套。付款比例为累计付款占合同金额。");
    sheets.push(sheet("项目合同管理台账", rows, merges));
  }
  // ---------------------------------------------------------------- ⑥ 用印登记簿 (reports: stamped in the first days of the next month)
  const RPT = [];
  ["2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"].forEach((m, i) => {
    const nm = nextMonth(m + "-01");
    RPT.push({ iso: `${nm}-${String(3 + (i * 5) % 4).padStart(2, "0")}`, title: `${CO}电子商务进农村综合示范工作进展月报（${fmtMonth(m + "-01")}）（附电商扶贫统计表）`, to: "清远市商务局", rep: true });
  });
  const OTHER = [
    ["2020-08-20", "项目合同（县电子商务公共服务中心建设及运营）", "清远市瑶乡电子商务运营有限公司", "合同专用章"],
    ["2020-09-10", "项目合同（村级电子商务服务站点建设）", "中国邮政集团有限公司连山县分公司", "合同专用章"],
    ["2020-10-22", "关于申请拨付县电商公共服务中心建设首期款的函", "县财政局", "公章"],
    ["2020-12-15", "关于村级电商服务站点验收情况的报告", "县人民政府", "公章"],
    ["2021-01-18", "连山县商务局2020年工作总结", "县人民政府", "公章"],
    ["2021-02-22", "证明（连山县大米优选网店入驻园区）", "连山农商银行", "公章"],
    ["2021-03-30", "关于报送电商扶贫工作情况的报告", "县乡村振兴局", "公章"],
    ["2021-05-20", "关于拨付村级站点建设第二期款的函", "县财政局", "公章"],
    ["2021-06-18", "关于报送连山县电子商务进农村工作经验材料的函", "清远市商务局", "公章"],
    ["2021-07-28", "连山县电子商务进农村综合示范项目中期自查报告", "县人民政府", "公章"],
    ["2021-09-06", "连山县2019年省级电子商务进农村综合示范创建考评自评报告", "清远市商务局", "公章"],
  ];
  const SEAL = RPT.map((r) => [r.iso, r.title, r.to, "公章", true]).concat(OTHER.map((o) => [o[0], o[1], o[2], o[3], false])).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const repDates = RPT.map((r) => r.iso);
  assert(monthsCovered(repDates) === 12 && repDates.filter((d) => d > AS_OF).length === 1, "12 months by 用印日期; the August report is stamped in September");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("连山壮族瑶族自治县商务局用印登记簿");
    full("局办公室　　2020年8月—2021年9月（电商进农村示范相关用印摘录）　　“用印日期”即文件盖章当日，月报、函件盖章后当天报送");
    rows.push(["序号", "用印日期", "用印文件名称", "主送／报送单位", "份数", "印章类别", "经办人", "审批人", "备注"]);
    const fm = [D, fmtDot, fmtCn];
    SEAL.forEach((s, i) => rows.push([i + 1, fm[i % 3](s[0]), s[1], s[2], s[4] ? 1 : 2 + (i % 3), s[3], ["覃××", "莫××"][i % 2], "韦××", s[4] ? "电子版同时发市局邮箱" : null]));
    sheets.push(sheet("用印登记簿", rows, merges));
  }
  // ---------------------------------------------------------------- ⑦ 政府信息主动公开目录 (disclosures: 公开日期, 专栏 only)
  const COL = "电子商务进农村综合示范专栏";
  // [信息名称, 生成 iso, 公开 iso, 栏目]
  const INFO = [
    ["连山壮族瑶族自治县电子商务进农村综合示范县创建工作方案", "2019-12-20", "2020-05-12", COL],
    ["连山县电子商务进农村综合示范项目基本信息公示", "2020-06-01", "2020-06-03", COL],
    ["关于设立电子商务进农村综合示范项目监督举报电话的公告", "2020-06-01", "2020-06-03", COL],
  ];
  const PROG = [["2020-08", "2020-09-07", "2020-09-08"], ["2020-09", "2020-10-09", "2020-10-12"], ["2020-10", "2020-11-05", "2020-11-06"], ["2020-11", "2020-12-04", "2020-12-07"],
    ["2020-12", "2021-01-27", "2021-03-02"], ["2021-01", "2021-02-26", "2021-03-02"], ["2021-02", "2021-03-08", "2021-03-09"], ["2021-03", "2021-04-07", "2021-04-08"],
    ["2021-04", "2021-05-10", "2021-05-11"], ["2021-05", "2021-06-04", "2021-06-07"], ["2021-06", "2021-07-06", "2021-07-07"], ["2021-07", "2021-08-05", "2021-08-06"],
    ["2021-08", "2021-09-06", "2021-09-07"]];
  PROG.forEach(([m, g, p]) => INFO.push([`连山县电子商务进农村综合示范项目建设进度（${fmtMonth(m + "-01")}）`, g, p, COL]));
  INFO.push(["连山县村级电子商务服务站点名单", "2020-12-21", "2020-12-22", COL]);
  INFO.push(["连山县电子商务进农村综合示范专项资金使用情况", "2021-07-20", "2021-07-21", COL]);
  INFO.push(["连山县商务局2020年政府信息公开工作年度报告", "2021-01-20", "2021-01-22", "政府信息公开年报"]);
  INFO.push(["连山县举办2021年“瑶乡年货节”网上促销活动", "2021-02-01", "2021-02-02", "部门动态"]);
  INFO.push(["关于做好春节期间生活必需品市场供应的通知", "2021-01-29", "2021-01-29", "通知公告"]);
  INFO.push(["连山县商务局2021年部门预算", "2021-02-18", "2021-02-19", "财政预决算"]);
  INFO.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[0] < b[0] ? -1 : 1));
  const discDates = INFO.filter((x) => x[3] === COL).map((x) => x[2]);
  const DISC_M = monthsCovered(discDates);
  assert(DISC_M === 10 && monthsCovered(INFO.map((x) => x[2])) === 12 && monthsCovered(INFO.filter((x) => x[3] === COL).map((x) => x[1])) === 12, "10 months by 公开日期 in the column; 12 counting other columns or 生成日期");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("连山壮族瑶族自治县商务局政府信息主动公开目录（2020年5月—2021年9月）");
    full("“生成日期”为信息（文件）形成日期，“公开日期”为在县政府门户网站发布的日期；“公开栏目”为县政府门户网站栏目");
    rows.push(["序号", "索引号", "信息名称", "发布机构", "生成日期", "公开日期", "公开形式", "公开栏目"]);
    INFO.forEach((x, i) => rows.push([i + 1, `11441825MB2C${String(1000 + i * 7)}/${x[1].slice(0, 4)}-${String(120 + i * 3).padStart(5, "0")}`, x[0], "县商务局", fmtDot(x[1]), D(x[2]), "政府网站", x[3]]));
    full(`共${INFO.length}条`);
    sheets.push(sheet("主动公开目录", rows, merges));
  }
  // ---------------------------------------------------------------- ⑧ 外宣上稿统计表 (media)
  // [iso, cell, 标题, 媒体, 层级, 形式, 扶贫案例, 计分]
  const MD = [
    ["2020-10-23", "2020.10.23", "连山：电商服务站开进瑶寨", "清远日报", "市级", "报纸", "否", 2],
    ["2021-01-15", D("2021-01-15"), "连山大米“触网”卖全国", "南方日报", "省级", "报纸", "否", 5],
    ["2021-06-08", "2021.6.8", "连山脱贫户学直播 瑶山大米销路旺", "广东广播电视台《广东新闻联播》", "省级", "电视", "是", 8],
    ["2021-07-20", "2021.7.20", "连山电商产业园企业集聚", "清远广播电视台《清远新闻》", "市级", "电视", "否", 3],
    ["2021-08-12", "2021.8.12", "连山：小网店撬动大产业", "学习强国广东学习平台", "省级", "网站", "否", 5],
    ["2021-09-10", "2021.9.10", "广东连山：电商进瑶寨 山货出深山", "人民网", "中央", "网站", "否", 10],
  ];
  const lvIn = new Set(MD.filter((m) => m[0] <= AS_OF).map((m) => m[4]));
  assert(lvIn.has("省级") && lvIn.has("市级") && !lvIn.has("县级") && !lvIn.has("中央"), "province + city");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("连山壮族瑶族自治县2020—2021年度外宣上稿统计表（县商务局）");
    full("中共连山壮族瑶族自治县委宣传部　　外宣指在县级以上（不含县级）媒体刊播的稿件；县融媒体中心稿件属内宣，不在本表统计　　计分按《外宣工作考核办法》");
    rows.push(["序号", "刊播日期", "稿件标题", "刊播媒体", "媒体层级", "刊播形式", "是否电商扶贫典型案例", "计分", "供稿单位", "备注"]);
    MD.forEach((m, i) => rows.push([i + 1, m[1], m[2], m[3], m[4], m[5], m[6], m[7], "县商务局", m[0] > AS_OF ? "2022年度计分" : null]));
    rows.push(["合计", null, null, null, null, null, null, sum(MD.map((m) => m[7])), null, null]); merges.push(`A${R()}:G${R()}`);
    sheets.push(sheet("外宣上稿统计", rows, merges));
  }
  // ---------------------------------------------------------------- ⑨ 公文交换签收簿 (materials)
  const EX = [
    ["2020-09-14", "连商务函〔2020〕21号", "关于开展村级电商服务站点选址工作的通知", "各镇人民政府"],
    ["2020-12-02", "连商务〔2020〕33号", "关于报送电子商务进农村综合示范项目进展情况的报告", "县人民政府"],
    ["2021-03-16", "连商务函〔2021〕8号", "关于商请提供脱贫人口名单的函", "县乡村振兴局"],
    ["2021-06-18", "连商务函〔2021〕19号", "关于报送连山县电子商务进农村工作经验材料的函（附《瑶山小站连通致富路——连山县电商进农村经验材料》）", "清远市商务局"],
    ["2021-07-09", "连商务函〔2021〕23号", "关于征求电商产业园管理办法意见的函", "县财政局、县市场监管局"],
    ["2021-09-07", "连商务函〔2021〕31号", "关于报送电商扶贫典型案例的函（附《一根网线带富一个瑶寨》）", "清远市商务局"],
  ];
  assert(EX.filter((x) => x[3] === "清远市商务局" && x[0] <= AS_OF).length === 1, "one material by cut-off");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("连山壮族瑶族自治县机要文件交换站　文件交换签收簿", W)); merges.push("A1:H1");
    rows.push(span("交换单位：县商务局（发出）　　交换日即文件送出日", W)); merges.push("A2:H2");
    rows.push(["交换日期", "文号", "文件标题", "收文单位", "份数", "密级", "签收人", "备注"]);
    EX.forEach((x, i) => rows.push([[fmtCn, D, fmtDot][i % 3](x[0]), x[1], x[2], x[3], 1 + (i % 2), "普通", nameOf(200 + i, i % 2 ? "女" : "男", USED), null]));
    sheets.push(sheet("公文交换签收簿", rows, merges));
  }
  // ---------------------------------------------------------------- 建设任务完成情况对照表 (facts, judged, claims)
  const JG = { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  // sections: [title, [[任务, 目标值, 实际完成, 完成率, 指标, 评分项, id, 自评分|null, 佐证]]]
  const SEC = [
    ["一、加强组织领导与统筹协调", [
      ["成立示范县创建工作领导小组", "县政府主要领导牵头", "已成立。县长任组长，分管副县长任常务副组长；成员单位：县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司（连府办函〔2019〕41号）", "100%", "组织领导", "主要领导牵头、多部门参与（2分）", "org.leadership", 2, "领导小组文件、会议纪要"],
      ["印发示范县创建工作方案", "1个", "《连山壮族瑶族自治县电子商务进农村综合示范县创建工作方案》于2019年12月正式印发（连府办〔2019〕52号）", "100%", "方案制定", "工作方案（1-2分）", "org.plan", JG["org.plan"], "方案文件"],
      ["出台农村电商扶持政策", "1个", "出台《连山壮族瑶族自治县促进电子商务发展扶持办法》；房租补贴已兑现两批，人才补贴尚未兑现", "—", "政策支持", "出台政策并落实（1-2分）", "org.policy", JG["org.policy"], "扶持办法、房租补贴兑现花名册"],
      ["建立项目管理制度", "1套", "制定《连山县电子商务进农村综合示范项目建设管理办法》，招标、建设、验收按办法执行", "100%", "项目管理", "项目管理制度（1-2分）", "org.management", JG["org.management.system"], "管理办法、验收记录"],
      ["建立工作台账", "1套", "建立项目工作台账、合同管理台账，按月更新", "100%", "项目管理", "工作台账（1-2分）", "org.management", JG["org.management.ledger"], "工作台账"]]],
    ["二、深入推动电子商务进农村工作", [
      ["建设县级电子商务公共服务中心", "1个", "县电子商务公共服务中心于2020年12月28日投入运营", "100%", "服务体系建设", "建成县级中心（2分）", "work.center", 2, "现场查看"],
      ["中心正常运行", "运行6个月以上", "截至8月31日已运行8个月", "—", "服务体系建设", "运行6个月以上（2分）", "work.center", 2, "运营日志"],
      ["中心培训功能", "免费培训场所、设备", "设培训室1间、电脑30台，免费开展电商基础培训", "—", "服务体系建设", "免费培训场所、设备（2分）", "work.center", 2, "培训室照片"],
      ["中心展示展销功能", "免费展示、销售", "设农特产品展示区，免费展示、代销连山大米、麦溪鲤、油茶等86款产品", "—", "服务体系建设", "免费展示、销售服务（1分）", "work.center", 1, "展示区照片"],
      ["中心摄影美工功能", "免费摄影、美工", "设摄影棚，为本地网商免费拍摄产品图片、设计网店页面", "—", "服务体系建设", "免费摄影、美工服务（1分）", "work.center", 1, "服务记录"],
      ["农产品品牌建设", "打造区域公用品牌", "打造“瑶山好物”区域公用品牌，组织统一推广，指导9家企业品牌建设", "—", "服务体系建设", "统一推广、品牌建设（1分）", "work.center", 1, "品牌设计、推广活动资料"],
      ["中心增值服务", "提供衍生增值服务", "提供代办营业执照、金融贷款对接、物流对接等服务", "—", "服务体系建设", "其他衍生增值服务（1分）", "work.center", 1, "服务记录"],
      ["建设电商产业园", "1个", "整合县创业园建成电商产业园，2020年9月开园", "100%", "服务体系建设", "建设电商产业园（2分）", "work.center", 2, "现场查看"],
      ["引进电商企业入驻产业园", "20家", "入驻企业20家（截至9月10日，见房租补贴兑现花名册）", "100%", "服务体系建设", "入驻企业20家以上（2分）", "work.center", 2, "房租补贴兑现花名册"],
      ["入驻企业类型", "三种以上", "有平台型、销售型、电商运营商、物流企业、直播电商等类型", "—", "服务体系建设", "入驻企业三种以上类型（1分）", "work.center", 1, "房租补贴兑现花名册"],
      ["建设村级电商服务站点", "覆盖行政村70%以上", "建成站点37个（含社区站点1个），覆盖行政村35个（全县行政村48个、社区8个），覆盖率72.9%（截至9月10日）", "104%", "服务体系建设", "行政村覆盖率（5分）", "work.coverage", 5, "站点运营补贴发放表"],
      ["省定贫困村站点全覆盖", "14个", "14个省定贫困村全部建站", "100%", "服务体系建设", "省定贫困村覆盖率（5分）", "work.coverage", 5, "站点运营补贴发放表"],
      ["农产品网络销售调研", "形成调研报告", "形成《连山县农产品网络销售调研报告》并报市商务局", "100%", "农村产品上行", "网销调研（1-2分）", "work.upward", JG["work.upward.research"], "调研报告"],
      ["网络促销活动", "每年2场以上", "举办“瑶乡年货节”“连山大米网购节”等4场，网上销售额1,260万元", "200%", "农村产品上行", "网络促销活动（1-2分）", "work.upward", JG["work.upward.promotion"], "活动总结"],
      ["引进第三方运营服务商", "1家", "公开招标引入清远市瑶乡电子商务运营有限公司为第三方运营服务商", "100%", "农村产品上行", "专业第三方运营服务商（1分）", "work.upward", 1, "招标文件、合同"],
      ["行政村物流快递覆盖", "100%", "建成县级物流分拣中心1个、镇级快递服务站7个，行政村快递覆盖率100%", "100%", "农村产品上行", "行政村物流快递覆盖率100%（1分）", "work.upward", 1, "县邮政部门证明"],
      ["交易标准与冷链溯源", "出台标准、建设系统", "出台连山大米电商交易标准；溯源系统已建成，冷链系统未建", "—", "农村产品上行", "交易标准、冷链溯源（1-2分）", "work.upward", JG["work.upward.standards"], "标准文本、溯源系统合同"],
      ["农村网络零售额增长", "年增长30%以上", "农村网络零售额2019年1.82亿元、2020年2.31亿元，增长26.9%；农产品网络零售额2019年0.64亿元、2020年0.86亿元，增长34.4%", "—", "农村产品上行", "2020年网零增速≥30%（2分）", "work.upward", 2, "省商务厅统计数据"],
      ["电商培训", "常住人口1%以上（938人次）", "常住人口9.38万人（第七次全国人口普查）；累计培训980人次（截至9月10日，见培训服务费结算明细）", "104%", "电商人才培训", "培训人次（10分）", "work.training", 10, "培训服务费结算明细、签到表"],
      ["建档立卡贫困人口培训", "培训率50%以上", "有劳动能力的建档立卡贫困人口2,318人，其中外出务工858人，不含外出务工的1,460人；参加培训612人，培训率41.9%", "84%", "电商人才培训", "建档立卡贫困人口培训率（10分）", "work.training", 8, "县乡村振兴局确认名单"]]],
    ["三、加强信息公开及报送", [
      ["设立信息公开专栏", "1个", "县政府门户网站设“电子商务进农村综合示范专栏”，公示创建方案、项目基本信息、项目建设进度，设立监督举报电话", "100%", "信息公开", "专栏设立且内容全面（2分）", "info.disclosure", 2, "网站截图"],
      ["专栏按月更新", "每月", "每月更新项目建设进度", "100%", "信息公开", "近一年按月更新（2分）", "info.disclosure", 2, "主动公开目录"],
      ["每月报送工作进展", "每月", "每月初向清远市商务局报送上月工作进展月报", "100%", "数据上报", "每月向市商务局报送（3分）", "info.reporting", 3, "用印登记簿"],
      ["统计电商扶贫情况", "按月统计", "月报附电商扶贫统计表（脱贫户培训、带动增收情况）", "100%", "数据上报", "统计电商扶贫情况（3分）", "info.reporting", 3, "月报"]]],
    ["四、加强宣传推广", [
      ["总结报送经验材料", "1篇以上", "2021年6月向清远市商务局报送经验材料1篇", "100%", "案例总结", "向市商务局报送经验材料（2分）", "promo.cases", 2, "公文交换签收簿"],
      ["主流媒体宣传", "省、市、县媒体报道", "中央、省、市、县级媒体均有报道", "100%", "经验推广", "省级以上4分、市级3分、县级1分", "promo.media", 8, "外宣上稿统计"]]],
    ["五、加强财政资金管理", [
      ["建立资金管理制度", "1套", "制定《连山县省级电子商务进农村综合示范专项资金管理办法》", "100%", "制度建立", "资金管理制度（1-5分）", "fund.system", JG["fund.system"], "管理办法"],
      ["建立资金台账", "1套", "建立项目合同管理台账，各承建单位设资金专用台账", "100%", "资金台账", "资金专用台账（1-5分）", "fund.ledger", JG["fund.ledger"], "合同管理台账"],
      ["资金拨付", "下达500万元，支出率70%以上", `截至9月10日累计拨付${thousands(F_ALL)}元，支出率${(F_ALL / ALLOC * 100).toFixed(1)}%`, "—", "资金支出", "支出率70%以上且及时拨付（1-5分）", "fund.spending", JG["fund.spending"], "合同管理台账、支付凭证"]]],
    ["六、加分项", [
      ["贫困人口培训率70%以上", "—", "培训率41.9%", "—", "加分项", "贫困人口培训率70%以上（2分）", "bonus.poorTraining", 0, "—"],
      ["电商扶贫典型案例电视播报", "—", "2021年6月8日广东广播电视台《广东新闻联播》播出连山脱贫户学直播卖大米（电商扶贫典型案例）", "—", "加分项", "国家级电视2分、省级1分", "bonus.tvCase", 1, "外宣上稿统计、视频"]]],
    ["七、一票否决项", [
      ["安全生产、质量事故", "不发生", "未发生安全生产、质量事故，未造成重大经济损失和社会不良影响", "—", "一票否决", "—", null, null, "—"],
      ["项目总体进度", "—", "项目总体进度88%（按合同约定建设内容计）", "—", "一票否决", "总体进度不足40%", null, null, "—"],
      ["弄虚作假", "—", "无弄虚作假情况", "—", "一票否决", "—", null, null, "—"]]],
  ];
  const CL = {};
  SEC.forEach(([, list]) => list.forEach((r) => { if (r[6]) CL[r[6]] = (CL[r[6]] || 0) + r[7]; }));
  const clSum = SCORED.reduce((a, id) => a + CL[id], 0), clBonus = CL["bonus.poorTraining"] + CL["bonus.tvCase"];
  assert(clSum === 93 && clBonus === 1 && CL["work.center"] === 15 && CL["work.upward"] === 9 && CL["work.training"] === 18, "claims 93 + 1 got " + clSum);
  assert(Math.round((2.31 / 1.82 - 1) * 1000) === 269 && Math.round((0.86 / 0.64 - 1) * 1000) === 344 && Math.round(612 / 1460 * 1000) === 419 && 1460 + 858 === 2318, "texts");
  assert(Math.round(35 / 48 * 1000) === 729, "72.9%");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full(`${CO}电子商务进农村综合示范县建设任务完成情况对照表`);
    full("县商务局　　2021年9月10日　　对照《创建工作方案》任务逐项填写；考评截止日为2021年8月31日，“实际完成”数据截至考评截止日，另有注明的除外；“自评分”按省考评指标体系的评分项填写");
    rows.push(["序号", "建设任务（实施方案）", "目标值", "实际完成", "完成率", "对应考评指标", "评分项", "自评分", "佐证材料"]);
    let no = 0;
    SEC.forEach(([title, list]) => {
      full(title);
      list.forEach((r) => { no++; rows.push([no, r[0], r[1], r[2], r[3], r[4], r[5], r[6] ? r[7] : "—", r[8]]); });
    });
    rows.push(["合计", null, null, "15项指标自评分合计＋加分项", null, null, null, `${clSum}＋${clBonus}`, null]); merges.push(`A${R()}:C${R()}`, `D${R()}:G${R()}`);
    full("填表：覃××　　电商股负责人：莫××　　分管局领导：韦××");
    sheets.unshift(sheet("任务完成情况对照表", rows, merges));
  }
  sheets.unshift(sheet("封面", [[`${CO}2019年省级电子商务进农村综合示范创建考评资料`], [null], ["一、建设任务完成情况对照表"], ["二、村集体经济收入统计（县农业农村局，行政村名单）"], ["三、站点运营补贴发放表（村级站点）"],
    ["四、培训服务费结算明细（培训人次）"], ["五、房租补贴兑现花名册（产业园入驻企业）"], ["六、项目合同管理台账（资金拨付）"], ["七、用印登记簿（月报报送）"], ["八、主动公开目录（专栏更新）"],
    ["九、外宣上稿统计（宣传报道）"], ["十、公文交换签收簿（经验材料）"], [null], ["连山壮族瑶族自治县商务局　2021年9月"]]));

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 5 + 3,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 8,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 76, "76 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 77, "77");
  write("counties/b133-c1-lianshan.json", {
    description:
      `清远连山壮族瑶族自治县商务局交的整本考评资料：封面目录、《任务完成情况对照表》和9个别的用途的表，${sc}分＋加分${bonus}＝${total}分，未否决（对照表自评${clSum}＋${clBonus}）。` +
      "《任务完成情况对照表》按实施方案任务一行，列 建设任务｜目标值｜实际完成｜完成率｜对应考评指标｜评分项｜自评分｜佐证材料，按七个部分分段；读法：事实读“实际完成”不读“目标值”（目标值“938人次”“20家”“覆盖行政村70%以上”都不是实际数）；自评分按评分项相加为各指标的自评（中心与产业园15、站点10、上行9、培训18……）；县长任组长、商务财政农业农村乡村振兴都在 → 2；中心2020年12月28日投入运营 → 满6个月；有劳动能力贫困人口2,318人含外出务工858人，不含的1,460人才是基数，参训612人＝41.9% → 8；“截至9月10日”的企业数、站点数、培训人次、拨付额都要回到台账按8月31日核。" +
      "《村集体经济收入统计》（农业农村局）两行表头，类别 行政村48个、社区8个，是否省定贫困村“是”14个（备注“2020年已出列”仍是）。《站点运营补贴发放表》读“挂牌运营日期”（真日期、“2020.10.9”、“…年…月…日”、“20.10.29”混写），不读“补贴起算月份”：8月20日挂牌、9月起算的站点照算；同村第二站、鹿鸣社区站不另算；末尾“9月新挂牌”的贫困村站点不算 → 34/48＝70.8% → 5，贫困村13/14 → 3（按补贴起算只有33个，低于70%）。" +
      "《培训服务费结算明细》一期一行，年份看“2020年”“2021年”分段行，“12月9日—11日”读作12月11日；人次读“核定人次”不读“申报人次”，9月8日那期不算 → 884÷93,800＝0.94% → 8（申报941或连9月980都会过1%）。" +
      "《房租补贴兑现花名册》分三批，每批各有表头，同一企业在第一、二批都出现，瑶山蜂蜜第二批已更名但信用代码不变；按信用代码去重，禾洞茶叶3月31日退园、鹿鸣直播9月3日入驻的不算 → 8月31日在园19家 < 20 → 0（按名称去重会得20家）；类型≥3 → 1。" +
      "《项目合同管理台账》一合同一行，三次付款横向（日期｜金额）排在两行表头下，合同金额万元、付款元；截至8月31日付款3,361,500元＝67.2% < 70% → 资金支出倒扣5分（连9月付款3,739,500元＝74.8%，对照表据此自评4分）。" +
      "《用印登记簿》里的月报“（2020年8月）”在9月初盖章报送，读用印日期：2020年9月至2021年8月每月都有 → 3。《主动公开目录》只算公开栏目为“电子商务进农村综合示范专栏”的，读“公开日期”：2020年12月、2021年1月的进度稿都在2021年3月2日才公开，2021年1、2月专栏无公开（别的栏目有）→ 10个月 → 1。" +
      "《外宣上稿统计》（县委宣传部）不含县级媒体：省级（南方日报、广东新闻联播、学习强国广东平台）＋市级 → 7，人民网9月10日不算；广东新闻联播播出电商扶贫典型案例 → 电视加分1。《公文交换签收簿》6月18日向清远市商务局报送经验材料 → 2。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CL } },
    derivation: [
      "org.leadership: 对照表：领导小组县长任组长（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案2019年12月正式印发；自评分2 → 2",
      "org.policy: 扶持办法已出台，人才补贴未兑现；自评分1 → 1",
      "org.management: 项目管理制度自评2 ＋ 工作台账自评2 → 4",
      `work.center: 中心2020-12-28投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；衍生增值服务 1；产业园已建成 2；房租补贴兑现花名册31行按信用代码去重21家，8月31日在园${ENT_IN}家（禾洞茶叶2021.3.31退园、鹿鸣直播2021.9.3入驻不算；瑶山蜂蜜更名前后是一家）< 20 → 0；类型 电商运营商、平台型、销售型、物流企业、直播电商、电商服务 ≥ 3 → 1；合计 13（自评15）`,
      `work.coverage: 村集体经济收入统计表行政村48个（社区8个不算），省定贫困村“是”14个；站点运营补贴发放表按“挂牌运营日期” ≤ 2021-08-31 覆盖行政村${covIn.size}个（8月20日挂牌、9月起算补贴的照算；同村第二站算一次；鹿鸣社区站不算；9月6日挂牌的贫困村站不算）；34/48 = 70.8% ≥ 70% → 5；贫困村13/14 = 92.9% → 3；合计 8（自评10；若按补贴起算月份只有33个村 = 68.8%）`,
      "work.upward: 网销调研2；网络促销2；第三方运营服务商（公开招标）1；村名单无快递列，对照表“行政村快递覆盖率100%” → 1；交易标准与溯源1；农村网零2.31/1.82亿元 = +26.9% < 30%，但农产品网零0.86/0.64亿元 = +34.4% ≥ 30% → 2；合计 9",
      `work.training: 培训服务费结算明细截至8月31日12期核定人次 ${T_IN}（申报${T_DECL}不采用；“12月9日—11日”“7月7日—9日”读作期末；9月8日96人次不算）；常住人口9.38万 < 50万，基数93,800；884/93,800 = 0.942% → 0.8%–1% → 8。无贫困人口名单，用对照表：有劳动能力且不含外出务工1,460人，参训612人 = 41.9% → 40%–50% → 8；合计 16（自评18）`,
      "info.disclosure: 对照表：专栏公示创建方案、项目基本信息、项目建设进度，设监督举报电话 → 2；主动公开目录中公开栏目为专栏的条目按公开日期，2020-09至2021-08有公开的月份10个（2021年1月、2月没有，12月和1月的进度稿都在2021-03-02公开；部门动态、通知公告、财政预决算、年报不是专栏）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 用印登记簿：月报在次月3—6日盖章报送，用印日期2020-09至2021-08每月都有 → 3；月报附电商扶贫统计表，对照表也写明 → 3；合计 6",
      "promo.cases: 公文交换签收簿：2021-06-18 向清远市商务局报送经验材料 → 2（2021-09-07的典型案例在截止日后）",
      "promo.media: 外宣上稿统计按刊播日期 ≤ 2021-08-31：南方日报、广东新闻联播、学习强国广东学习平台（省级）→ 4；清远日报、清远新闻（市级）→ 3；表中无县级媒体；人民网2021-09-10不算；合计 7（自评8）",
      "fund.system: 专项资金管理办法已制定；自评分4 → 4",
      "fund.ledger: 合同管理台账和承建单位专用台账；自评分4 → 4",
      `fund.spending: 合同管理台账付款日期 ≤ 2021-08-31 的付款合计 ${thousands(F_IN)}元（9月8日300,000元、9月10日78,000元不算）；${thousands(F_IN)}/5,000,000 = 67.2% < 70% → 倒扣 −5（对照表按9月10日${thousands(F_ALL)}元 = 74.8% 自评4）`,
      "bonus.poorTraining: 612/1,460 = 41.9% < 70% → 0",
      "bonus.tvCase: 2021-06-08 广东广播电视台《广东新闻联播》播出电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: 对照表：未发生安全生产、质量事故或重大损失 → 0，不否决",
      "veto.progress: 对照表：项目总体进度88% ≥ 40% → 0，不否决",
      "veto.fraud: 对照表：无弄虚作假 → 0，不否决",
      `total: 2+2+1+4+13+8+9+16+3+6+2+7+4+4−5 = ${sc}，加分0+1 = ${bonus}，合计${total}；对照表自评${clSum}＋${clBonus} = ${clSum + clBonus}`,
    ],
  });
})();


// =====================================================================================
// facts/b133-f1-wuhua: 梅州五华县 — 县级《项目验收意见书》（固定格式的表头：项目名称、承担单位、验收组织单位、验收日期、数据时点；
// 一、项目概况整段；二、建设内容完成情况一子项目一行（建设内容｜完成情况｜验收结论｜佐证）；三、存在问题；四、验收结论；验收组签名表）。
// 县长任组长但成员没有扶贫（乡村振兴）→ principal；快递覆盖率98.8% → 否；专栏没有监督举报窗口 → 否；9月另拨的26万元不在累计数内
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  const kv = (a, b, c, d) => {
    if (c === undefined) { rows.push([a, b, null, null, null, null]); merges.push(`B${R()}:F${R()}`); }
    else { rows.push([a, b, null, c, d, null]); merges.push(`B${R()}:C${R()}`, `E${R()}:F${R()}`); }
  };
  const spent = 4125600, sept = 260000, vill = 413, exp = 408;
  assert(Math.round(spent / 5000000 * 1000) === 825 && Math.round(exp / vill * 1000) === 988 && Math.round(301 / vill * 1000) === 729 && Math.round(1530 / 2846 * 1000) === 538, "82.5%, 98.8%, 72.9%, 53.8%");
  full("五华县电子商务进农村综合示范项目验收意见书");
  rows.push([null, null, null, null, "编号：", "WHSW-YS-2021-01"]);
  kv("项目名称", "2019年省级电子商务进农村综合示范项目（五华县）");
  kv("项目承担单位", "五华县商务局", "验收组织单位", "五华县电子商务进农村综合示范工作领导小组办公室");
  kv("验收日期", "2021年9月8日", "验收地点", "五华县电子商务公共服务中心三楼会议室");
  kv("验收数据时点", "截至2021年8月31日（省考评截止日）", "验收方式", "听取汇报、现场查看、查阅资料、抽查站点");
  full("一、项目概况");
  full("五华县位于梅州市西南部，辖16个镇，共有行政村413个（另有社区35个），常住人口104.2万人（第七次全国人口普查），有省定贫困村61个。2019年五华县列入省级电子商务进农村综合示范县，省级下达专项资金500万元。县政府成立了由县长任组长、分管副县长任副组长，县商务局、财政局、农业农村局、交通运输局、市场监管局和五华邮政分公司为成员单位的创建工作领导小组；2019年12月正式印发《五华县电子商务进农村综合示范县创建工作方案》（华府办〔2019〕56号），并出台《五华县加快农村电子商务发展扶持办法》。");
  full("二、建设内容完成情况");
  rows.push(["序号", "子项目", "建设内容（方案、合同）", "完成情况", "验收结论", "佐证材料"]);
  const T = [
    ["县级电子商务公共服务中心", "建设1个县级中心，提供培训、展示、摄影美工、品牌推广等服务", "中心建筑面积1,800㎡，2020年10月16日投入运营；设免费培训教室（电脑50台），常年开展电商基础培训；农特产品展厅免费展示、代销五华红薯、客家娘酒、长乐烧等；免费为本地网商拍摄产品、设计网店页面；打造“五华好物”公用品牌，组织统一推广。", "合格", "运营台账、现场查看"],
    ["电商产业园", "整合县创业孵化基地建设电商产业园", "已建成，入驻企业24家。", "合格", "入驻企业名单"],
    ["村级电商服务站点", "覆盖70%以上行政村，省定贫困村全覆盖", `建成站点318个，覆盖行政村301个（全县行政村${vill}个），覆盖率72.9%；61个省定贫困村全部建站。`, "合格", "站点清单、抽查5个站点"],
    ["县乡村三级物流体系", "县乡村三级配送，行政村快递覆盖率100%", `建成县级分拨中心1个、镇级快递服务站16个、村级服务点362个；行政村快递覆盖率98.8%（${exp}/${vill}，龙村镇、华城镇5个偏远行政村暂由镇站代收）。`, "基本合格", "邮政分公司证明"],
    ["农产品上行", "网销调研、网络促销、第三方运营、交易标准与溯源", "公开招标确定梅州市客都电子商务有限公司为第三方运营服务商；完成农产品网络销售调研报告；举办网络促销活动6场；出台五华红薯电商交易标准，农产品溯源系统已建成。", "合格", "调研报告、活动总结"],
    ["电商人才培训", "培训人次达常住人口1%（按50万人计5,000人次）以上；建档立卡贫困人口培训率50%以上", "截至2021年8月31日累计培训5,120人次；有劳动能力的建档立卡贫困人口（不含外出务工）2,846人，参加培训1,530人，培训率53.8%。", "合格", "培训台账、签到表"],
    ["信息公开", "县政府网站设专栏，公开方案、项目信息、建设进度，设征求意见或监督举报窗口", "县政府网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和月度建设进度；未设立征求意见或监督举报窗口。", "基本合格", "网站截图"],
    ["资金管理", "专款专用，及时拨付", `制定《五华县省级电子商务进农村综合示范专项资金管理办法》；县商务局建立专项资金台账，承建单位专账核算；截至2021年8月31日累计拨付${thousands(spent)}元，支出率82.5%（9月1日至验收日另拨付${thousands(sept)}元，不含在上述累计数内）。`, "合格", "资金台账、拨付凭证"],
    ["农村网络零售", "—", "2020年全县农村网络零售额15.6亿元，同比增长22.5%。", "—", "省商务厅数据"],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  full("三、存在问题");
  full("1．信息公开专栏未设立征求意见或监督举报窗口；2．5个偏远行政村快递未直接进村；3．部分村级站点业务量偏少，运营不够活跃。");
  full("四、验收结论");
  full("经验收组评议，项目基本按方案和合同完成建设内容，项目总体完成率92%；项目实施过程中未发生安全生产、质量事故。验收组同意该项目通过验收，请项目承担单位按存在问题于2021年9月30日前完成整改。");
  full("验收组成员");
  rows.push(["验收组职务", "姓名", "工作单位", "职称／职务", "签名", null]); merges.push(`E${R()}:F${R()}`);
  [["组长", "何××", "梅州市商务局", "科长"], ["成员", "曾××", "嘉应学院经济与管理学院", "副教授"], ["成员", "古××", "五华县财政局", "股长"], ["成员", "钟××", "梅州某会计师事务所", "注册会计师"], ["成员", "温××", "五华县农业农村局", "高级农艺师"]]
    .forEach((m) => { rows.push([m[0], m[1], m[2], m[3], null, null]); merges.push(`E${R()}:F${R()}`); });
  rows.push([null, null, null, "验收组组长（签字）：", "2021年9月8日", null]); merges.push(`E${R()}:F${R()}`);
  write("facts/b133-f1-wuhua.json", {
    description:
      "梅州五华县商务局交来当事实表的，是县里组织的《项目验收意见书》：固定表头（项目名称、项目承担单位“五华县商务局”、验收组织单位、验收日期2021年9月8日、验收数据时点“截至2021年8月31日（省考评截止日）”、验收方式，值在标签右边的合并格里），然后“一、项目概况”一整段、“二、建设内容完成情况”一子项目一行（建设内容（方案、合同）｜完成情况｜验收结论｜佐证材料）、三、存在问题、四、验收结论和验收组签名表。" +
      "读法：county五华县；asOf读数据时点2021-08-31（验收日期9月8日不是）；概况段：行政村413个（社区35个不算）、常住人口104.2万 → 1,042,000、省定贫困村61个、下达500万元；领导小组县长任组长，成员是商务、财政、农业农村、交通运输、市场监管、邮政，没有扶贫（乡村振兴）部门 → principal；方案2019年12月正式印发、扶持办法已出台 → 都是。" +
      "完成情况栏：中心2020年10月16日投入运营，免费培训、免费展示代销、免费拍摄美工、统一推广品牌 → 四项是，其他增值服务没写，不列；产业园已建成 → 是；站点覆盖301个村不是键；快递覆盖率98.8%（5个村镇站代收）→ 行政村快递覆盖率100%为否；第三方运营服务商（公开招标）→ 是；“按50万人计5,000人次”是目标，实际5,120人次；有劳动能力（不含外出务工）2,846人，参训1,530人；专栏公开方案、项目信息、建设进度 → 三项是，“未设立征求意见或监督举报窗口” → 否；资金管理办法、专项资金台账 → 是；累计拨付4,125,600元（9月另拨的260,000元不在累计数内，不加）；2020年农村网络零售额15.6亿元、增长22.5%。" +
      "验收结论“项目总体完成率92%” → 总体进度0.92；“未发生安全生产、质量事故” → vetoIncident为false；没有写弄虚作假，不列。没有任何评分，judged为空。",
    sheets: [sheet("验收意见书", rows, merges)],
    expect: {
      facts: {
        county: "五华县", asOf: "2021-08-31", adminVillagesStated: vill, residentPopulation: 1042000, poorVillagesStated: 61, fundAllocated: 5000000, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, parkBuilt: true, expressCoverage: false,
        thirdPartyOperator: true, trainingPersonTimesStated: 5120, eligiblePoorPersonsStated: 2846, trainedPoorPersonsStated: 1530,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, fundSystemIssued: true, fundLedgerKept: true, fundSpentStated: spent,
        ruralRetail2020: yi("15.6"), ruralRetailGrowthStated: 0.225, overallProgress: 0.92, vetoIncident: false,
      },
      judged: {},
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// facts/b133-f2-raoping: 潮州饶平县 — 迎检专题片《饶平电商·连通山海》的分镜头脚本（送审稿）：一个镜头一行（镜号｜景别｜画面内容｜
// 解说词｜字幕／图表｜时长｜素材来源），按段落分段；事实在解说词和字幕里；户籍人口108万≠常住人口81.3万；图表里2018年的数不是键；
// 农村网零增速没写（只有农产品网零增速）；“脱贫户1,975人参加培训”是人数
// =====================================================================================
(function f2() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
  full("《饶平电商·连通山海》——饶平县电子商务进农村综合示范县创建专题片　分镜头脚本（送审稿）");
  full("饶平县商务局　饶平县融媒体中心　　片长约2分30秒　　2021年9月6日　　（片中数据由县商务局提供，截至2021年8月31日考评截止日）");
  rows.push(["镜号", "景别", "画面内容", "解说词（配音）", "字幕／图表", "时长（秒）", "素材来源"]);
  const P = [
    ["第一段　山海饶平", [
      ["航拍全景", "晨曦中的柘林湾渔排，推向黄冈城区", "这里是饶平，广东的东大门，闽粤交界的山海之城。", "片名：饶平电商·连通山海", 12, "无人机航拍"],
      ["中景", "凤凰山茶园，茶农采摘单丛茶", "全县21个镇、391个行政村，户籍人口108万，常住人口81.3万。", "户籍人口108万｜常住人口81.3万（第七次全国人口普查）", 8, "资料片"]]],
    ["第二段　高位推动", [
      ["中景", "创建工作领导小组会议现场", "2019年，饶平县获批省级电子商务进农村综合示范县。县委、县政府成立由县委副书记、县长任组长，常务副县长、分管副县长任副组长，县商务、财政、农业农村、乡村振兴等20个部门为成员的创建工作领导小组。", "领导小组组长：县委副书记、县长", 15, "县融媒体中心存档"],
      ["特写", "文件特写，翻页", "县政府印发创建实施方案，出台扶持电子商务发展若干措施，从场地、资金、人才等方面给予支持。", "《饶平县电子商务进农村综合示范县创建实施方案》（饶府办〔2020〕12号）｜《饶平县扶持电子商务发展若干措施》", 8, "现拍"]]],
    ["第三段　一个中心", [
      ["全景", "县电子商务公共服务中心外景，揭牌仪式资料画面", "2020年11月28日，饶平县电子商务公共服务中心揭牌运营，由公开招标引进的专业运营服务商潮州市凤凰云电子商务有限公司负责运营。", "2020年11月28日　揭牌运营", 10, "资料片"],
      ["中景", "培训教室里学员上课", "中心设有可容纳100人的培训教室，免费开展电商基础培训。", null, 6, "现拍"],
      ["中景", "农特产品展示展销区", "展示展销区免费为凤凰单丛茶、饶平狮头鹅、柘林湾海产品提供展示和销售。", null, 8, "现拍"],
      ["近景", "摄影棚、直播间", "摄影棚、直播间免费向本地网商开放，运营团队免费提供产品拍摄和美工设计服务。", null, 6, "现拍"],
      ["近景", "品牌墙，推向服务台", "中心打造“饶平山海味”区域公用品牌，组织统一推广、指导企业品牌建设，还为网商提供代办证照、物流对接、融资对接等一站式服务。", "“饶平山海味”区域公用品牌", 10, "现拍"]]],
    ["第四段　产业集聚", [
      ["全景", "县电商产业园楼宇、办公区", "县电商产业园入驻企业32家，平台、网店、直播、物流多种业态集聚发展。", "入驻企业32家", 8, "现拍"]]],
    ["第五段　站点进村　快递下乡", [
      ["跟拍", "村级站点工作人员代收代发快递", "全县建成村级电商服务站点286个，35个省定贫困村实现全覆盖；县乡村三级物流体系建成，行政村快递覆盖率达到100%。", "村级站点286个｜35个省定贫困村全覆盖｜行政村快递覆盖率100%", 12, "现拍"]]],
    ["第六段　网货上行", [
      ["图表动画", "柱状图逐年升起", "2020年，全县农村网络零售额达到46.9亿元；农产品网络零售额12.4亿元，同比增长33.8%。", "农村网络零售额（亿元）：2018年 28.6｜2019年 38.2｜2020年 46.9　　农产品网络零售额：2020年 12.4亿元（同比增长33.8%）", 12, "动画制作"]]],
    ["第七段　人才培训", [
      ["中景", "培训现场，学员实操", "示范创建以来，累计开展电商培训6,820人次，其中脱贫户1,975人参加了培训。", "累计培训6,820人次", 10, "县融媒体中心存档"],
      ["近景", "脱贫户直播卖狮头鹅", "（同期声）以前鹅卖不出去，现在一场直播能卖两百多只。", "同期声：浮滨镇脱贫户", 8, "现拍"]]],
    ["第八段　尾声", [
      ["航拍", "夕阳下的海山岛、跨海大桥", "山海相连，电商通途。饶平，未来可期！", "出品：饶平县商务局　饶平县融媒体中心", 10, "无人机航拍"]]],
  ];
  let no = 0, secs = 0;
  P.forEach(([title, list]) => {
    full(title);
    list.forEach((s) => { no++; secs += s[4]; rows.push([no, ...s]); });
  });
  rows.push(["合计", null, null, `共${no}个镜头`, null, secs, null]); merges.push(`A${R()}:C${R()}`, `D${R()}:E${R()}`);
  assert(secs === 143 && no === 15, "15 shots, 143 s got " + secs);
  full("审片意见：____________　　　　送审：县商务局电商股　　审核：县融媒体中心");
  write("facts/b133-f2-raoping.json", {
    description:
      "潮州饶平县商务局交来当事实表的，是迎检专题片《饶平电商·连通山海》的分镜头脚本（送审稿）：第2行写明“片中数据…截至2021年8月31日考评截止日”，然后一个镜头一行（镜号｜景别｜画面内容｜解说词（配音）｜字幕／图表｜时长（秒）｜素材来源），按八个段落分段，末尾合计时长和审片栏。事实在解说词和字幕格的句子里。" +
      "读法：county饶平县（标题）；asOf 2021-08-31（2021年9月6日是脚本日期）；“户籍人口108万”不是常住人口，常住人口81.3万 → 813,000；391个行政村；“县委副书记、县长任组长”是县长（主要领导），副组长是副职不影响，成员有商务、财政、农业农村、乡村振兴 → principal-all；实施方案（饶府办〔2020〕12号）已印发、扶持措施已出台 → 都是；中心“2020年11月28日揭牌运营” → centerOpened；公开招标引进专业运营服务商 → 是；免费培训、免费展示销售、免费拍摄美工、统一推广品牌、代办证照物流融资对接（其他增值服务）→ 五项是；产业园入驻32家 → 是；站点286个不是键，35个省定贫困村 → 贫困村数；快递覆盖率100% → 是。" +
      "图表字幕“农村网络零售额 2018年28.6｜2019年38.2｜2020年46.9（亿元）”：2019、2020两个数是键，2018年的不是；农产品网络零售额12.4亿元是2020年、增长33.8%是农产品增速；农村网零增速没写（不要自己算成22.8%）。“累计开展电商培训6,820人次”；“其中脱贫户1,975人参加了培训”是参训贫困人口人数。景别、时长、素材来源不是事实；没有资金、评分。",
    sheets: [sheet("分镜头脚本", rows, merges)],
    expect: {
      facts: {
        county: "饶平县", asOf: "2021-08-31", residentPopulation: 813000, adminVillagesStated: 391, planIssued: true, policyIssued: true, centerOpened: "2020-11-28",
        thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        poorVillagesStated: 35, expressCoverage: true, ruralRetail2019: yi("38.2"), ruralRetail2020: yi("46.9"), agriRetail2020: yi("12.4"), agriRetailGrowthStated: 0.338,
        trainingPersonTimesStated: 6820, trainedPoorPersonsStated: 1975,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b133-f3-lianping: 河源连平县 — 《自评报告》修改对照表（局务会、分管副县长审阅后）：序号｜章节／指标｜原稿表述｜修改稿表述｜修改理由；
// 修改稿写“（不变）”的以原稿为准；读修改稿：常住人口改为七普、组长改为分管副县长、中心运营日改为2021年1月18日、培训人次按8月31日、
// 贫困人口剔除外出务工；自评得分逐项对照（项目管理、上行写了分项）
// =====================================================================================
(function f3() {
  const SAME = "（不变）";
  const T = [
    ["一、基本情况", [
      ["数据时点", "本报告数据截至2021年9月10日。", "本报告数据截至2021年8月31日（考评截止日），另有说明的除外。", "按考评通知统一数据时点"],
      ["县情", "全县辖13个镇、174个行政村（另有社区15个），常住人口40.1万人。", "全县辖13个镇、174个行政村（另有社区15个），常住人口33.6万人（第七次全国人口普查）。", "原稿误用户籍人口"],
      ["省定贫困村", "全县有省定贫困村42个，2020年已全部出列。", SAME, null]]],
    ["二、工作开展情况", [
      ["组织领导", "成立以县委副书记、县长为组长的创建工作领导小组，县商务、财政、农业农村、扶贫等部门参与。", "成立以分管副县长为组长的创建工作领导小组（连府办函〔2019〕88号），县商务、财政、农业农村、乡村振兴等部门参与。", "原稿与领导小组文件不符，按文件更正"],
      ["方案与政策", "2019年11月正式印发《连平县电子商务进农村综合示范县创建工作方案》；出台《连平县支持农村电商发展的若干措施》。", SAME, null],
      ["公共服务中心", "县电子商务公共服务中心2020年12月投入运营，提供免费培训、免费展示展销、免费摄影美工、品牌推广及其他增值服务。", "县电子商务公共服务中心2021年1月18日投入运营，提供免费培训、免费展示展销、免费摄影美工、品牌推广及其他增值服务。", "原稿只写到月，且与运营合同约定的开业日不符"],
      ["电商产业园", "建成县电商产业园，入驻企业22家。", "建成县电商产业园，截至8月31日在园企业18家（另有2家9月入驻、2家已退园）。", "按考评截止日核实"],
      ["第三方运营", "公开招标引入河源市九连电子商务有限公司为第三方运营服务商。", SAME, null],
      ["物流快递", "建成县乡村三级物流体系，行政村快递覆盖率100%。", SAME, null],
      ["网络零售", "2020年农村网络零售额同比增长31%。", "2020年农村网络零售额9.42亿元，同比增长27.3%（省商务厅提供数据）。", "原稿增速为全县网络零售额增速"],
      ["电商培训", "累计培训3,950人次。", "截至8月31日累计培训3,612人次（9月培训的338人次不计入）。", "按考评截止日"],
      ["贫困人口培训", "有劳动能力的贫困人口3,415人，参加培训1,188人。", "有劳动能力的建档立卡贫困人口（不含外出务工）2,106人，参加培训1,188人，培训率56.4%。", "原稿未剔除外出务工人员"],
      ["信息公开", "县政府网站设电商进农村专栏，公开创建方案、项目基本信息、项目建设进度，设监督举报电话。", SAME, null],
      ["数据上报", "每月向河源市商务局报送工作月报，月报附电商扶贫统计（脱贫户培训、带动增收）。", SAME, null],
      ["资金使用", "省级下达专项资金500万元，截至8月31日累计拨付382.6万元，支出率76.5%。", SAME, null],
      ["资金管理", "制定《连平县省级电子商务进农村综合示范专项资金管理办法》，建立资金专用台账。", SAME, null],
      ["项目进度", "项目总体进度85%。", "项目总体进度91%（按监理单位核定的合同工作量）。", "按监理核定数"],
      ["否决事项", "项目实施以来未发生安全生产、质量事故，无弄虚作假。", SAME, null]]],
    ["三、自评得分（报告附表）", [
      ["组织领导（2分）", "2分", "1分", "分管副县长任组长"],
      ["方案制定（2分）", "2分", SAME, null],
      ["政策支持（2分）", "2分", "1分", "若干措施中物流补贴未兑现"],
      ["项目管理（4分）", "4分（项目管理制度2分、工作台账2分）", "3分（项目管理制度2分、工作台账1分）", "部分验收记录未归档"],
      ["服务体系建设：县级中心与产业园（15分）", "15分", "13分", "在园企业不足20家"],
      ["服务体系建设：村级站点覆盖（10分）", "10分", SAME, null],
      ["农村产品上行（10分）", "10分（调研2、促销2、第三方1、快递1、标准与冷链溯源2、增速2）", "7分（调研2、促销2、第三方1、快递1、标准与冷链溯源1、增速0）", "冷链系统未建；增速未达30%"],
      ["电商人才培训（20分）", "20分", SAME, null],
      ["信息公开（4分）", "4分", "3分", "2021年2月专栏未更新"],
      ["数据上报（6分）", "6分", SAME, null],
      ["案例总结（2分）", "0分", "2分", "补充2021年6月向市商务局报送的经验材料"],
      ["经验推广（8分）", "8分", "5分", "市级媒体报道在9月，不在考评期内"],
      ["制度建立（5分）", "5分", "4分", "考核问责条款不够细"],
      ["资金台账（5分）", "4分", SAME, null],
      ["资金支出（5分）", "5分", "4分", "第二季度拨付偏慢"],
      ["加分项：贫困人口培训率70%以上（2分）", "0分", SAME, null],
      ["加分项：电商扶贫典型案例获电视播报（国家级2分、省级1分）", "1分", "0分", "报道为报纸，不是电视"],
      ["自评总分", "97分，加分1分，合计98分", "85分，加分0分，合计85分", null]]],
  ];
  const ORIG = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 10, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 0, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5 };
  const CL = { "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 13, "work.coverage": 10, "work.upward": 7, "work.training": 20,
    "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0 };
  assert(sum(Object.values(ORIG)) === 97 && SCORED.reduce((a, id) => a + CL[id], 0) === 85, "97 → 85");
  const pts = T[2][1].slice(0, 17).map((r) => +(r[2] === SAME ? r[1] : r[2]).match(/^(\d+)分/)[1]);
  assert(JSON.stringify(pts) === JSON.stringify(SCORED.concat(["bonus.poorTraining", "bonus.tvCase"]).map((id) => CL[id])), "table = claims");
  assert(Math.round(1188 / 2106 * 1000) === 564 && Math.round(382.6 / 500 * 1000) === 765 && 3612 + 338 === 3950, "texts");
  const W = 5, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:E${R()}`); };
  full("《连平县2019年省级电子商务进农村综合示范创建考评自评报告》修改对照表");
  full("县商务局电商股　　2021年9月13日　　根据9月10日局务会意见和分管副县长审阅意见修改；“修改稿表述”栏写“（不变）”的，以原稿表述为准");
  rows.push(["序号", "章节／指标", "原稿表述", "修改稿表述", "修改理由"]);
  let no = 0;
  T.forEach(([title, list]) => { full(title); list.forEach((r) => { no++; rows.push([no, r[0], r[1], r[2], r[3] || "—"]); }); });
  full("经办：曾××　　股室负责人：谢××　　分管局领导：叶××");
  write("facts/b133-f3-lianping.json", {
    description:
      "河源连平县商务局交来当事实表的，是《连平县2019年省级电子商务进农村综合示范创建考评自评报告》的修改对照表：第2行写明按局务会和分管副县长意见修改，“修改稿表述”栏写“（不变）”的以原稿为准；一处改动一行（序号｜章节／指标｜原稿表述｜修改稿表述｜修改理由），分“一、基本情况”“二、工作开展情况”“三、自评得分（报告附表）”三段。读法：一律读修改稿，（不变）的读原稿。" +
      "county连平县（标题）；数据时点改为“截至2021年8月31日（考评截止日）” → asOf；常住人口由40.1万（户籍人口）改为33.6万 → 336,000；174个行政村（社区15个不算）、省定贫困村42个；组长由“县委副书记、县长”改为“分管副县长”，部门有商务、财政、农业农村、乡村振兴 → deputy（读原稿会得principal-all）；方案已印发、若干措施已出台；中心由“2020年12月”改为2021年1月18日，五项服务都是免费或有；产业园已建成（在园18家不是键）；第三方运营服务商（不变）→ 是；快递覆盖率100%（不变）→ 是；农村网零由“增长31%”改为9.42亿元、增长27.3%；培训人次由3,950改为3,612；贫困人口由“有劳动能力3,415人”改为不含外出务工2,106人，参训1,188人；专栏公开方案、项目信息、进度，设监督举报电话（不变）→ 四项是；月报附电商扶贫统计（不变）→ 是；资金500万元、累计拨付382.6万元 → 3,826,000（不变）；资金管理办法、专用台账（不变）→ 是；总体进度由85%改为91%；未发生事故、无弄虚作假（不变）→ 两项否决声明都为false。" +
      "自评得分：逐项读修改稿（不变的读原稿），合计85、加分0（原稿97＋1）；主观分：方案制定2（不变）、政策支持1、项目管理“3分（项目管理制度2分、工作台账1分）”拆成2和1、上行“7分（调研2、促销2…标准与冷链溯源1…）”读出调研2、促销2、标准1、制度建立4、资金台账4（不变）、资金支出4。",
    sheets: [sheet("修改对照表", rows, merges)],
    expect: {
      facts: {
        county: "连平县", asOf: "2021-08-31", residentPopulation: 336000, adminVillagesStated: 174, poorVillagesStated: 42, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: yi("9.42"), ruralRetailGrowthStated: 0.273, trainingPersonTimesStated: 3612,
        eligiblePoorPersonsStated: 2106, trainedPoorPersonsStated: 1188, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: wan("382.6"), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 },
      leadership: "deputy",
      claimed: CL,
    },
  });
})();


// =====================================================================================
// ledgers/b133-l1-jiexi: 揭阳揭西县 — ①县司法局《“一村（社区）一法律顾问”签约情况表》当行政村清单（一位律师服务几个村，律师各列纵向合并；
// 商务局在最右补了一列“是否省定贫困村”，“是（已出列）”也是；司法局备注里的“集体经济薄弱村”不是）；②《脱贫户电商培训意愿摸查表》
// 当贫困人口名单（劳动能力 有／弱／无，弱计为有；务工情况 外出务工／本地务工／在家务农／在家／—）；③县人社局《职业技能培训补贴申领
// 花名册》当培训台账（一期一块，每块有机构、期次、培训时间行和自己的表头；日期读培训时间的末日；不合格、缺考的也参加了培训）；④说明
// =====================================================================================
(function l1() {
  const AREA = "445222";
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("说明", [["揭西县电子商务进农村综合示范台账（补充：五云、上砂、良田、坪上四镇乡）"], [null], ["一、村（社区）名单：借用县司法局“一村（社区）一法律顾问”签约情况表，县商务局在最右列补填是否省定贫困村。"],
    ["二、脱贫人口：2020年10月驻村工作队入户摸查的脱贫户电商培训意愿摸查表（四镇乡6个省定贫困村）。"], ["三、培训学员：县人社局审核的职业技能培训补贴申领花名册（电子商务专项能力，三期）。"], [null], ["揭西县商务局　2021年9月"]]));
  expect["说明"] = { kind: null };
  // ---------------------------------------------------------------- ① 一村一法律顾问 (villages)
  // [name as written, 类别, 商务局补填 poor cell, 司法局备注]
  const TV = [
    ["五云镇", [["五云社区", "社区居委会", "—", null], ["坑尾村", "村委会", "是", null], ["下砂村委会", "村委会", "否", null], ["石丰村", "村委会", "否", null],
      ["新溪村", "村委会", "否", null], ["三坑村", "村委会", "是（已出列）", null], ["罗田村", "村委会", "否", null], ["白石村", "村委会", "否", "集体经济薄弱村"]]],
    ["上砂镇", [["上砂社区", "社区居委会", "—", null], ["大坪村委会", "村委会", "是", null], ["竹园村", "村委会", "否", null], ["老楼村", "村委会", "否", "集体经济薄弱村"],
      ["富田村", "村委会", "否", null], ["水口村", "村委会", "否", null], ["高车村", "村委会", "否", null]]],
    ["良田乡", [["良田村", "村委会", "否", "乡政府驻地"], ["洋坑村", "村委会", "是", null], ["河坪村", "村委会", "否", null], ["砂坑村委会", "村委会", "是（2020年已出列）", null],
      ["石岭村", "村委会", "否", null], ["新和村", "村委会", "否", "集体经济薄弱村"]]],
    ["坪上镇", [["坪上社区", "社区居委会", "—", null], ["湖田村", "村委会", "否", null], ["龙颈村", "村委会", "是", null], ["月光村", "村委会", "否", null],
      ["宝丰村", "村委会", "否", null], ["潭角村", "村委会", "否", null], ["石门村", "村委会", "否", null], ["长岭村", "村委会", "否", null]]],
  ];
  const LAW = [["揭西县河婆律师事务所", 4], ["广东揭岭律师事务所", 4], ["广东揭岭律师事务所", 3], ["揭西县河婆律师事务所", 4], ["揭阳市榕江律师事务所", 3], ["揭阳市榕江律师事务所", 3],
    ["广东揭岭律师事务所", 4], ["揭西县河婆律师事务所", 4]];
  const recsV = [];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("揭西县“一村（社区）一法律顾问”签约情况表（五云镇、上砂镇、良田乡、坪上镇）");
    full("揭西县司法局　　2021年1月　　一名律师服务多个村（社区）的，律师信息合并填写");
    full("县商务局补填：最右列“是否省定贫困村”，只填村委会（是／否，“是（已出列）”仍为省定贫困村），社区填“—”；司法局备注中的“集体经济薄弱村”不是省定贫困村。");
    rows.push(["序号", "镇（乡）", "村（社区）", "类别", "法律顾问", "执业机构", "执业证号", "联系电话", "签约日期", "服务期限", "备注", "是否省定贫困村（县商务局补填）"]);
    let no = 0, li = 0, left = 0, lawStart = 0, lawyer = null;
    TV.forEach(([town, list], ti) => {
      const s = R() + 1;
      list.forEach((v, k) => {
        no++;
        if (left === 0) {
          if (lawyer && R() > lawStart) merges.push(...["E", "F", "G", "H"].map((c) => `${c}${lawStart}:${c}${R()}`));
          lawyer = LAW[li]; left = lawyer[1]; li++; lawStart = R() + 1;
          const nm = fullName("黄林陈吴曾彭刘张"[li % 8], 300 + li * 3, li % 3 === 1 ? "女" : "男", USED);
          rows.push([no, k === 0 ? town : null, v[0], v[1], nm, lawyer[0], `14452${2010 + li}10${String(100000 + li * 3571).slice(-6)}`, `13${li % 10}****${String(4000 + li * 613).slice(-4)}`,
            [fmtDot, D, fmtCn][no % 3](isoAdd("2021-01-04", ti * 3 + (k % 4))), "2021.1—2021.12", v[3], v[2]]);
        } else {
          rows.push([no, k === 0 ? town : null, v[0], v[1], null, null, null, null, [fmtDot, D, fmtCn][no % 3](isoAdd("2021-01-04", ti * 3 + (k % 4))), "2021.1—2021.12", v[3], v[2]]);
        }
        left--;
        recsV.push({ name: v[0], admin: v[1] === "村委会", poor: v[1] === "村委会" ? v[2].startsWith("是") : null, express: null });
      });
      merges.push(`B${s}:B${R()}`);
    });
    if (R() > lawStart) merges.push(...["E", "F", "G", "H"].map((c) => `${c}${lawStart}:${c}${R()}`));
    assert(li === LAW.length && left === 0, "lawyers cover every row");
    rows.push(["合计", null, `村委会${recsV.filter((r) => r.admin).length}个、社区${recsV.filter((r) => !r.admin).length}个；签约律师${LAW.length}名`, null, null, null, null, null, null, null, null,
      `省定贫困村${recsV.filter((r) => r.poor).length}个`]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:K${R()}`);
    assert(recsV.length === 29 && recsV.filter((r) => r.admin).length === 26 && recsV.filter((r) => r.poor).length === 6, "29 rows, 26 村委会, 6 poor");
    sheets.push(sheet("一村一法律顾问", rows, merges));
    expect["一村一法律顾问"] = { kind: "villages", records: recsV };
  }
  // ---------------------------------------------------------------- ② 培训意愿摸查表 (poorPersons)
  // [town, village, hh, rel, sex, birth, 劳动能力, 务工情况, 务工地点, 意愿, 意向]
  const P = [
    ["五云镇", "坑尾村", 1, "户主", "男", "19750312", "有", "本地务工", "揭西县河婆街道", "是", "直播带货"],
    ["五云镇", "坑尾村", 1, "配偶", "女", "19780609", "有", "在家务农", null, "是", "网店运营"],
    ["五云镇", "坑尾村", 1, "之子", "男", "20000217", "有", "外出务工", "深圳市宝安区", "否", null],
    ["五云镇", "坑尾村", 1, "之女", "女", "20120905", "无", "—", null, "—", null],
    ["五云镇", "三坑村", 2, "户主", "男", "19621120", "弱", "在家务农", null, "是", "农产品包装"],
    ["五云镇", "三坑村", 2, "配偶", "女", "19650703", "有", "在家务农", null, "是", "短视频拍摄"],
    ["五云镇", "三坑村", 2, "之子", "男", "19900426", "有", "外出务工", "广州市白云区", "否", null],
    ["上砂镇", "大坪村", 3, "户主", "女", "19700815", "有", "本地务工", "揭西县上砂镇", "是", "直播带货"],
    ["上砂镇", "大坪村", 3, "之子", "男", "19950130", "有", "外出务工", "东莞市长安镇", "是", "网店运营"],
    ["上砂镇", "大坪村", 3, "之父", "男", "19450308", "无", "在家", null, "否", null],
    ["良田乡", "洋坑村", 4, "户主", "男", "19680521", "有", "在家务农", null, "是", "农产品包装"],
    ["良田乡", "洋坑村", 4, "配偶", "女", "19701009", "弱", "在家务农", null, "是", "短视频拍摄"],
    ["良田乡", "洋坑村", 4, "之子", "男", "19930614", "有", "本地务工", "揭西县棉湖镇", "是", "直播带货"],
    ["良田乡", "洋坑村", 4, "之儿媳", "女", "19961102", "有", "外出务工", "福建省厦门市", "否", null],
    ["良田乡", "洋坑村", 4, "之孙", "男", "20180720", "无", "—", null, "—", null],
    ["良田乡", "砂坑村", 5, "户主", "男", "19580226", "无", "在家", null, "否", null],
    ["良田乡", "砂坑村", 5, "之子", "男", "19840917", "有", "本地务工", "揭西县良田乡", "是", "网店运营"],
    ["良田乡", "砂坑村", 5, "之儿媳", "女", "19870411", "有", "在家务农", null, "是", "直播带货"],
    ["坪上镇", "龙颈村", 6, "户主", "男", "19720128", "有", "外出务工", "惠州市惠阳区", "否", null],
    ["坪上镇", "龙颈村", 6, "配偶", "女", "19740803", "有", "在家务农", null, "是", "农产品包装"],
    ["坪上镇", "龙颈村", 6, "之女", "女", "19990512", "有", "本地务工", "揭西县河婆街道", "是", "直播带货"],
  ];
  const LABOUR = { 有: true, 弱: true, 无: false };
  const MIGR = { 外出务工: true, 本地务工: false, 在家务农: false, 在家: false, "—": null };
  const HSUR = { 1: "黄", 2: "刘", 3: "彭", 4: "张", 5: "李", 6: "陈" };
  const OSUR = "蔡杨曾温罗钟郑".split("");
  const LINE = ["户主", "之子", "之女", "之孙", "之父"];
  const PER = P.map((p, i) => ({ p, i, name: fullName(LINE.includes(p[3]) ? HSUR[p[2]] : OSUR[i % OSUR.length], i * 5 + 2, p[4], USED),
    id: makeIdSex(AREA, p[5], 210 + i * 23, i === 12, p[4]), labour: LABOUR[p[6]], migrant: MIGR[p[7]] }));
  const ELIG = PER.filter((x) => x.labour && x.migrant === false);
  assert(PER[12].id.endsWith("X") && ELIG.length === 12 && PER.filter((x) => x.migrant).length === 5 && PER.filter((x) => x.migrant === null).length === 2, "12 eligible, 5 migrants, 2 children");
  {
    const W = 14, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:N${R()}`); };
    full("揭西县脱贫户电商培训意愿摸查表（省定贫困村）");
    full("县商务局、县乡村振兴局　　2020年10月　　驻村工作队、村委会入户摸查，每户全部家庭成员逐人填写");
    full("填表口径：“劳动能力”填 有／弱（半劳动力，计为有劳动能力）／无；“目前务工情况”填 外出务工（在县外务工）／本地务工（在县内务工）／在家务农／在家（无劳动能力）；在校生、学龄前儿童填“—”。");
    rows.push(["序号", "镇（乡）", "村", "户主姓名", "姓名", "与户主关系", "性别", "身份证号码", "劳动能力", "目前务工情况", "务工地点", "是否愿意参加电商培训", "意向培训内容", "摸查人"]);
    const head = {};
    PER.forEach((x, k) => {
      const p = x.p;
      if (p[3] === "户主") head[p[2]] = x.name;
      rows.push([k + 1, p[0], p[1], head[p[2]], x.name, p[3], p[4], x.id, p[6], p[7], p[8], p[9], p[10], ["驻村工作队 黄××", "驻村工作队 林××", "村委 张××"][p[2] % 3]]);
    });
    rows.push(["合计", null, `${new Set(P.map((p) => p[2])).size}户${PER.length}人；有劳动能力（含弱）${PER.filter((x) => x.labour).length}人，其中外出务工${PER.filter((x) => x.labour && x.migrant).length}人`,
      null, null, null, null, null, null, null, null, `愿意参加${P.filter((p) => p[9] === "是").length}人`, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:K${R()}`);
    sheets.push(sheet("培训意愿摸查表", rows, merges));
    expect["培训意愿摸查表"] = { kind: "poorPersons", records: PER.map((x) => ({ id: x.id, labour: x.labour, migrant: x.migrant })) };
  }
  // ---------------------------------------------------------------- ③ 培训补贴申领花名册 (training: one block per period)
  const NP = (i, sex, birth) => ({ name: fullName("黄林陈吴曾彭刘张李谢蔡杨温罗钟"[(i * 7) % 15], i * 3 + 1, sex, USED), id: makeIdSex(AREA, birth, 500 + i * 13, i === 404, sex), sex, cat: "农村劳动力" });
  const Q = (i) => ({ name: PER[i].name, id: PER[i].id, sex: PER[i].p[4], cat: "脱贫劳动力" });
  const OTH = [["女", "19880216"], ["男", "19910523"], ["女", "19850907"], ["男", "19960311"], ["女", "19931225"], ["男", "19820704"], ["女", "19970118"], ["男", "19890830"],
    ["女", "19920402"], ["男", "19861015"], ["女", "19950628"], ["男", "19940219"], ["女", "19830912"], ["男", "19980507"], ["女", "19901130"], ["男", "19870621"],
    ["女", "19920817"], ["男", "19850128"], ["女", "19960409"], ["男", "19911203"], ["女", "19890714"], ["男", "19930926"]];
  const O = OTH.map((o, i) => NP(400 + i, o[0], o[1]));
  assert(O[4].id.endsWith("X"), "one other with X");
  // [期次, 培训时间 text, end iso, 地点, [[person, 考核]]]
  const BL = [
    ["2020年第3期", "2020年11月23日至11月27日（5天，40课时）", "2020-11-27", "五云镇文化站",
      [[Q(0), "合格"], [Q(1), "合格"], [Q(4), "不合格"], [Q(5), "合格"], [O[0], "合格"], [O[1], "合格"], [O[2], "缺考"], [O[3], "合格"], [O[4], "合格"], [O[5], "合格"], [O[6], "合格"], [O[7], "合格"]]],
    ["2021年第1期", "2021.3.15—3.19（5天，40课时）", "2021-03-19", "坪上镇政府会议室",
      [[Q(19), "合格"], [Q(20), "合格"], [Q(10), "合格"], [Q(12), "合格"], [Q(0), "合格"], [Q(8), "合格"], [O[8], "合格"], [O[9], "不合格"], [O[10], "合格"], [O[11], "合格"], [O[12], "合格"], [O[13], "合格"], [O[14], "合格"], [O[15], "合格"]]],
    ["2021年第4期", "2021年8月30日至9月3日（5天，40课时）", "2021-09-03", "良田乡文化站",
      [[Q(16), "合格"], [Q(11), "合格"], [O[16], "合格"], [O[17], "合格"], [O[18], "缺考"], [O[19], "合格"], [O[20], "合格"], [O[21], "合格"]]],
  ];
  const recsT = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("揭西县职业技能培训补贴申领花名册（电子商务专项能力）");
    full("揭西县人力资源和社会保障局　　本花名册按期列出全部参训学员；考核“不合格”“缺考”的学员已参加培训，不予补贴；补贴标准：合格800元／人");
    let no = 0;
    BL.forEach(([qi, when, iso, place, list]) => {
      full("培训机构：揭西县南山职业培训学校　　培训项目：电子商务（农村电商）专项职业能力　　期次：" + qi);
      full("培训时间：" + when + "　　培训地点：" + place);
      rows.push(["序号", "姓名", "性别", "身份证号码", "人员类别", "考核结果", "证书编号", "补贴标准（元）", "申领金额（元）", "银行账号", "本人签名"]);
      let k = 0, pass = 0;
      list.forEach(([p, res]) => {
        no++; k++;
        const ok = res === "合格";
        if (ok) pass++;
        const idCell = p.id === PER[12].id && qi === "2021年第1期" ? p.id.toLowerCase() : p.id;
        rows.push([k, p.name, p.sex, idCell, p.cat, res, ok ? `CZ2021${String(4452200 + no * 37)}` : "—", 800, ok ? 800 : 0, `6217****${String(1000 + (no * 733) % 9000)}`, p.name]);
        recsT.push({ date: iso, personTimes: 1, id: p.id });
      });
      rows.push([null, `本期参训${k}人，考核合格${pass}人，申领补贴${thousands(pass * 800)}元`, null, null, null, null, null, null, pass * 800, null, null]);
      merges.push(`B${R()}:H${R()}`);
    });
    full("培训机构（盖章）　　　　县就业服务管理局审核：陈××　　2021年9月15日");
    sheets.push(sheet("培训补贴申领花名册", rows, merges));
    expect["培训补贴申领花名册"] = { kind: "training", records: recsT };
  }
  const trainedIn = new Set(recsT.filter((r) => r.date <= AS_OF).map((r) => r.id));
  assert(recsT.length === 34 && recsT.filter((r) => r.date <= AS_OF).length === 26, "34 trainee rows, 26 by cut-off");
  assert(ELIG.filter((x) => trainedIn.has(x.id)).length === 8 && ELIG.filter((x) => recsT.some((r) => r.id === x.id)).length === 10, "8 of 12 eligible trained by cut-off, 10 in all");
  write("ledgers/b133-l1-jiexi.json", {
    description:
      "揭阳揭西县商务局交的补充台账（五云、上砂、良田、坪上四镇乡），四个表，三个是别的部门的表拿来当台账。①《说明》只有文字说明，不是台账。" +
      "②《一村一法律顾问》是县司法局“一村（社区）一法律顾问”签约情况表：三行抬头，一名律师服务三四个村，法律顾问、执业机构、执业证号、联系电话四列纵向合并，镇名纵向合并；县商务局在最右补了一列“是否省定贫困村”。读法：一行一个村（社区），名称照写（“下砂村委会”“大坪村委会”等）；类别 村委会 → 行政村，社区居委会 → 不是；贫困村读最右列：“是”“是（已出列）”“是（2020年已出列）” → true，“否” → false，社区“—” → null；司法局备注里的“集体经济薄弱村”“乡政府驻地”不影响；没有快递列 → null。共29条（村委会26个、社区3个，省定贫困村6个）。" +
      "③《培训意愿摸查表》是2020年10月驻村工作队入户摸查的脱贫户电商培训意愿表，第3行是填表口径。读法：一人一条；劳动能力 有、弱（半劳动力）→ true，无 → false；目前务工情况 外出务工 → migrant true，本地务工、在家务农、在家 → false，儿童“—” → null；“是否愿意参加电商培训”不影响（愿意的外出务工人员仍是外出务工）；一个身份证号末位X。共21人（有劳动能力且未外出务工12人）。" +
      "④《培训补贴申领花名册》是县人社局的职业技能培训补贴申领花名册，三期各成一块：每块上面两行“培训机构……期次”“培训时间：2020年11月23日至11月27日（5天，40课时）　培训地点……”，接着该期自己的表头、学员行和“本期参训…人”小计行。读法：一行一人次，日期读所在块培训时间的末日（2020-11-27、“2021.3.15—3.19”→2021-03-19、“2021年8月30日至9月3日”→2021-09-03，照列）；考核“不合格”“缺考”的也参加了培训，照算（表头说明写明）；同一人两期算两条；第二期一个身份证号末位写成小写x，读作X；补贴金额、证书编号、银行账号不读。共34人次（截至8月31日26人次）。对照摸查表：12名有劳动能力且未外出务工的脱贫人口中，截至8月31日参训8人（按身份证号对，同一人两期只算一人）；大坪村外出务工的那位之子也参加了第二期，但不在这12人之内。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b133-l2-luhe: 汕尾陆河县 — ①县乡村振兴局《省定贫困村创建新农村示范村建设进度表》当省定贫困村清单（两行表头，镇名合并）；
// ②迎检用的《村级站点视频素材清单》当站点清单（读挂牌日期，不读拍摄日期和文件名里的日期；只到月的挂牌日期）；③《电商股工作日志》
// 当报送记录（只有“月报报送”到汕尾市商务局的是；报县政府的、电话说明的不是；春节1、2月月报3月补报）；④目录
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  sheets.push(sheet("目录", [["陆河县电子商务进农村综合示范台账（补充）"], ["1．省定贫困村新农村示范村建设进度（县乡村振兴局）"], ["2．村级站点视频素材清单（迎检用）"], ["3．电商股工作日志（摘录，2020年9月—2021年9月）"], [null], ["陆河县商务局　2021年9月"]]));
  expect["目录"] = { kind: null };
  // ---------------------------------------------------------------- ① 示范村建设进度 (poorVillages)
  // [town, name as written, 规划, 三清三拆, 垃圾, 污水, 村道, 供水, 验收]
  const PV = [
    ["河田镇", "黄塘村", "完成", "完成", "完成", "完成", "完成", "完成", "已通过市级验收（2020.12）"],
    ["河田镇", "石洞村", "完成", "完成", "完成", "90%", "完成", "完成", "待验收", "污水管网收尾"],
    ["水唇镇", "罗洞村", "完成", "完成", "完成", "完成", "完成", "完成", "已通过市级验收（2020.12）"],
    ["水唇镇", "吉溪村委会", "完成", "完成", "完成", "85%", "完成", "95%", "待验收", "供水管道延伸至2个自然村"],
    ["螺溪镇", "欧田村", "完成", "完成", "完成", "完成", "完成", "完成", "已通过市级验收（2021.3）"],
    ["螺溪镇", "新坪村", "完成", "完成", "完成", "完成", "完成", "完成", "已通过市级验收（2021.3）"],
    ["东坑镇", "大安村", "完成", "完成", "完成", "80%", "完成", "完成", "待验收", "污水处理设施在建"],
    ["新田镇", "激石溪村", "完成", "完成", "完成", "完成", "完成", "完成", "已通过市级验收（2020.12）"],
    ["新田镇", "圆墩村委会", "完成", "完成", "完成", "完成", "90%", "完成", "待验收"],
    ["上护镇", "三溪村", "完成", "完成", "完成", "完成", "完成", "完成", "已通过市级验收（2021.3）"],
    ["河口镇", "北中村", "完成", "完成", "完成", "完成", "完成", "完成", "已通过市级验收（2021.3）"],
    ["南万镇", "万全村", "完成", "完成", "完成", "95%", "完成", "完成", "待验收"],
  ];
  const pct = (c) => (c === "完成" ? 100 : +c.replace("%", ""));
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("陆河县省定贫困村创建社会主义新农村示范村建设进度表");
    full("陆河县乡村振兴局　　2021年6月　　全县省定贫困村12个，均开展新农村示范村创建；综合完成率为六项建设内容完成率的平均数");
    rows.push(["序号", "镇", "省定贫困村", "建设内容完成情况", null, null, null, null, null, "综合完成率", "示范村验收", "备注"]);
    merges.push(`D${R()}:I${R()}`);
    ["A", "B", "C", "J", "K", "L"].forEach((c) => merges.push(`${c}${R()}:${c}${R() + 1}`));
    rows.push([null, null, null, "村庄规划", "三清三拆三整治", "垃圾收运处理", "生活污水处理", "村道硬底化", "集中供水", null, null, null]);
    let cur = null, s = 0;
    PV.forEach((v, i) => {
      if (v[0] !== cur) { if (cur !== null && R() > s) merges.push(`B${s}:B${R()}`); cur = v[0]; s = R() + 1; }
      const avg = sum(v.slice(2, 8).map(pct)) / 6;
      rows.push([i + 1, v[0] === PV[i - 1]?.[0] ? null : v[0], v[1], ...v.slice(2, 8), `${avg.toFixed(1)}%`, v[8], v[9] || null]);
    });
    if (R() > s) merges.push(`B${s}:B${R()}`);
    const all = sum(PV.map((v) => sum(v.slice(2, 8).map(pct)) / 6)) / PV.length;
    rows.push(["合计", null, `${PV.length}个村`, null, null, null, null, null, null, `${all.toFixed(1)}%`, `已验收${PV.filter((v) => v[8].startsWith("已")).length}个`, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:I${R()}`);
    full("填表：彭××　　审核：叶××　　（2020年省定贫困村已全部出列）");
    sheets.push(sheet("示范村建设进度", rows, merges));
    expect["示范村建设进度"] = { kind: "poorVillages", records: PV.map((v) => ({ name: v[1] })) };
  }
  // ---------------------------------------------------------------- ② 站点视频素材清单 (stations)
  // [town, 站点名称, village as written, poor, 挂牌 cell, opened iso|ym, 拍摄 iso, note]
  const SV = [
    ["河田镇", "黄塘村电商服务站", "黄塘村", "是", "2020.11.26", "2020-11-26", "2021-08-16", null],
    ["河田镇", "黄塘圩电商服务站", "黄塘村", "是", D("2021-04-20"), "2021-04-20", "2021-08-16", "同村第二个站点"],
    ["河田镇", "石洞村电商服务站", "石洞村委会", "是", "2020年12月", "2020-12", "2021-08-16", "挂牌日期只记到月"],
    ["河田镇", "新河村电商服务站", "新河村", "否", "21.3.9", "2021-03-09", "2021-08-17", null],
    ["河田镇", "河田社区电商服务站", "河田社区", "—", "2020.12.8", "2020-12-08", "2021-08-17", "社区站点"],
    ["水唇镇", "罗洞村电商服务站", "罗洞村", "是", D("2020-11-30"), "2020-11-30", "2021-08-18", null],
    ["水唇镇", "吉溪村电商服务站", "吉溪村", "是", "2021年3月16日", "2021-03-16", "2021-08-18", null],
    ["水唇镇", "上坪村电商服务站", "上坪村", "否", "2021.5.12", "2021-05-12", "2021-08-18", null],
    ["螺溪镇", "欧田村电商服务站", "欧田村", "是", "2020.12.15", "2020-12-15", "2021-08-20", null],
    ["螺溪镇", "新坪村电商服务站", "新坪村委会", "是", D("2021-01-12"), "2021-01-12", "2021-08-20", null],
    ["螺溪镇", "长湖村电商服务站", "长湖村", "否", "21.6.3", "2021-06-03", "2021-08-20", null],
    ["东坑镇", "大安村电商服务站", "大安村", "是", "2020年12月22日", "2020-12-22", "2021-08-24", null],
    ["东坑镇", "东坑村电商服务站", "东坑村", "否", "2021.7.7", "2021-07-07", "2021-08-24", null],
    ["新田镇", "激石溪村电商服务站", "激石溪村", "是", "2020.11.19", "2020-11-19", "2021-08-26", null],
    ["新田镇", "圆墩村电商服务站", "圆墩村", "是", D("2021-02-25"), "2021-02-25", "2021-08-26", null],
    ["新田镇", "新田村电商服务站", "新田村", "否", "2021.8.18", "2021-08-18", "2021-08-27", null],
    ["上护镇", "三溪村电商服务站", "三溪村", "是", "2020.12.3", "2020-12-03", "2021-08-31", null],
    ["上护镇", "上护村电商服务站", "上护村", "否", "2021年4月28日", "2021-04-28", "2021-08-31", null],
    ["河口镇", "北中村电商服务站", "北中村", "是", "2021.1.20", "2021-01-20", "2021-09-02", null],
    ["河口镇", "田墩村电商服务站", "田墩村", "否", "2021年9月", "2021-09", "2021-09-07", "9月挂牌"],
    ["南万镇", "万全村电商服务站", "万全村", "是", D("2020-12-29"), "2020-12-29", "2021-09-03", null],
    ["南万镇", "南万村电商服务站", "南万村", "否", "21.6.21", "2021-06-21", "2021-09-03", null],
  ];
  assert(SV.length === 22 && SV.filter((s) => s[6] > AS_OF).length === 4 && new Set(SV.filter((s) => s[3] === "是").map((s) => s[2].replace(/委会$/, ""))).size === 12, "22 stations, 12 poor villages");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("陆河县村级电子商务服务站点视频素材清单（迎接省考评）");
    full("县商务局电商股　　考评组随机查看30%的站点视频（含50%的省定贫困村站点）；“挂牌日期”为站点挂牌运营日期，“拍摄日期”为视频拍摄日期，视频文件名中的8位数字也是拍摄日期");
    rows.push(["序号", "视频文件名", "镇", "站点名称", "所在村（社区）", "是否省定贫困村", "挂牌日期", "拍摄日期", "时长", "画面要素（招牌／设备／人员操作）", "备注"]);
    SV.forEach((s, i) => {
      const ymd = s[6].replace(/-/g, "");
      rows.push([i + 1, `LH${String(i + 1).padStart(3, "0")}_${ymd}_${s[0]}${s[1].replace(/电商服务站$/, "")}站.mp4`, s[0], s[1], s[2], s[3], s[4], D(s[6]), `${1 + (i % 3)}分${String((i * 17) % 60).padStart(2, "0")}秒`,
        i % 5 === 3 ? "招牌√ 设备√ 操作（补拍）" : "招牌√ 设备√ 操作√", s[7]]);
    });
    full(`共${SV.length}个站点视频；拍摄：县电商公共服务中心运营团队`);
    sheets.push(sheet("站点视频素材清单", rows, merges));
    expect["站点视频素材清单"] = { kind: "stations", records: SV.map((s) => ({ village: s[2], opened: s[5] })) };
  }
  // ---------------------------------------------------------------- ③ 电商股工作日志 (reports)
  // [iso, 事项, 类别, 对象, poverty|undefined, 备注]
  const LOG = [
    ["2020-09-04", "报送8月份电子商务进农村综合示范工作进展月报", "月报报送", "汕尾市商务局", false, "未附电商扶贫统计表（市局11月起要求）"],
    ["2020-09-15", "下乡督导河田镇、水唇镇站点建设", "督导", "河田镇、水唇镇", undefined, null],
    ["2020-10-09", "报送9月份工作进展月报", "月报报送", "汕尾市商务局", false, "未附电商扶贫统计表"],
    ["2020-10-22", "更新县政府网站专栏项目建设进度", "信息公开", "县政府网站", undefined, null],
    ["2020-11-05", "报送10月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2020-11-19", "新田镇激石溪村站点挂牌", "其他", "新田镇", undefined, null],
    ["2020-12-04", "报送11月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2020-12-18", "召开电商进农村推进会", "会议", "县政府三楼会议室", undefined, "县领导出席"],
    ["2021-01-06", "报送12月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-01-21", "组织电商培训（河口镇）", "培训", "河口镇文化站", undefined, null],
    ["2021-02-05", "参加市商务局电商进农村工作视频会议", "会议", "汕尾市商务局（视频）", undefined, null],
    ["2021-02-08", "电话向市商务局说明1月份月报延至春节后报送", "其他", "汕尾市商务局", undefined, "春节值班"],
    ["2021-02-22", "向县政府办报送春节期间电商网购情况", "信息报送", "县政府办公室", undefined, "县领导要情"],
    ["2021-03-03", "补报1月、2月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-03-18", "更新县政府网站专栏项目建设进度", "信息公开", "县政府网站", undefined, null],
    ["2021-04-06", "报送3月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-04-20", "河田镇黄塘圩站点挂牌", "其他", "河田镇", undefined, null],
    ["2021-05-07", "报送4月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-05-25", "市商务局来陆河调研电商产业园", "其他", "县电商产业园", undefined, "陪同"],
    ["2021-06-04", "报送5月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-07-05", "报送6月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-07-26", "组织脱贫户电商技能专场培训（螺溪镇）", "培训", "螺溪镇文化站", undefined, null],
    ["2021-08-04", "报送7月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-08-16", "开始拍摄村级站点视频", "其他", "各镇", undefined, "迎检准备"],
    ["2021-09-03", "报送8月份工作进展月报", "月报报送", "汕尾市商务局", true, "附电商扶贫统计表"],
    ["2021-09-08", "整理考评资料，装订成册", "其他", "县商务局", undefined, "迎检准备"],
  ];
  const REP = LOG.filter((l) => l[2] === "月报报送");
  assert(REP.length === 12 && monthsCovered(REP.map((l) => l[0])) === 11 && !REP.some((l) => l[0].startsWith("2021-02")), "12 reports, 11 months (no February)");
  {
    const W = 6, rows = [], merges = [];
    rows.push(span("陆河县商务局电商股工作日志（摘录）", W)); merges.push("A1:F1");
    rows.push(span("2020年9月—2021年9月　　“月报报送”指向汕尾市商务局报送电子商务进农村综合示范工作进展月报（报送当日记）", W)); merges.push("A2:F2");
    rows.push(["日期", "工作事项", "类别", "对象／地点", "经办人", "备注"]);
    const fm = [D, D, fmtDot, D, fmtSlash];
    LOG.forEach((l, i) => rows.push([fm[i % 5](l[0]), l[1], l[2], l[3], ["彭××", "叶××"][i % 2], l[5]]));
    sheets.push(sheet("工作日志", rows, merges));
    expect["工作日志"] = { kind: "reports", records: REP.map((l) => ({ date: l[0], poverty: l[4] })) };
  }
  write("ledgers/b133-l2-luhe.json", {
    description:
      "汕尾陆河县商务局交的补充台账，一个目录加三个表。①《目录》不是台账。②《示范村建设进度》是县乡村振兴局的省定贫困村创建新农村示范村建设进度表：两行表头（“建设内容完成情况”合并在六个分项上），镇名纵向合并，末尾合计行和填表人行；读法：一行一个省定贫困村，名称照写（“吉溪村委会”“圆墩村委会”就是吉溪村、圆墩村），完成率、验收情况不读；共12个。" +
      "③《站点视频素材清单》是迎接省考评准备的村级站点视频清单：列 序号｜视频文件名｜镇｜站点名称｜所在村（社区）｜是否省定贫困村｜挂牌日期｜拍摄日期｜时长｜画面要素｜备注。读法：一行一个站点，村读“所在村（社区）”，开办日期读“挂牌日期”，不读拍摄日期（2021年8—9月的真日期），也不读文件名里的8位数字（那是拍摄日期）；挂牌日期有“2020.11.26”、真日期、“2021年3月16日”、两位年份“21.3.9”和只到月的“2020年12月”“2021年9月”（读作2020-12、2021-09）；同村第二个站点、河田社区站点、9月挂牌的田墩村站点照列。共22条。" +
      "④《工作日志》是电商股工作日志摘录（日期｜工作事项｜类别｜对象／地点｜经办人｜备注）：只有类别“月报报送”、对象汕尾市商务局的是报送记录，日期读当日；2021年2月8日电话说明延后报送、2月22日报县政府办的春节网购情况、2月5日参加市局视频会议都不是报送记录；1月、2月月报在3月3日一次补报（一条）；2020年9月、10月两份“未附电商扶贫统计表” → poverty为false，其余“附电商扶贫统计表” → true；日期有真日期、“2020.10.9”式和“2020/11/5”式。共12条（2020年9月至2021年8月中缺2021年2月，另有9月3日一条）。",
    sheets,
    expect: { sheets: expect },
  });
})();


console.log("wrote:\n" + written.join("\n"));
