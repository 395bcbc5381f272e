// Batch 138 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b136.js)
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
const LIGHT = { g: "●绿灯", y: "●黄灯", r: "●红灯" };

// =====================================================================================
// counties/b138-c1-suixi: 湛江遂溪县 — 《考评指标进度预警监测表（红黄绿灯）》（现状＋预警灯＋预计得分，预计得分按指标纵向合并）；
// 县公安局《分村（居）户籍人口统计表》当村名单；《省定相对贫困村出列验收结果汇总表》当贫困村名单；《站点“一站一档”信息卡》
// （卡片三张一排）；直播平台后台《培训场次数据导出》（读签到人数，不读观看人次）；产业园《入驻企业经营情况月报》（月份横排）；
// 县会计核算中心《报账受理登记簿》（读支付日期；退回、待支付不是支出）；电商股《工作日历》（台历，一个月一块，事件写在日期格里）
// =====================================================================================
(function c1() {
  const AREA = "440823";
  const sheets = [], USED = new Set();
  const TOWNS = ["遂城镇", "黄略镇", "洋青镇", "界炮镇", "乐民镇", "江洪镇", "杨柑镇", "城月镇", "乌塘镇", "建新镇", "岭北镇", "北坡镇", "港门镇", "草潭镇", "河头镇"];
  const NV = [16, 17, 18, 19, 14, 8, 20, 19, 14, 12, 15, 17, 13, 16, 16];
  assert(NV.length === TOWNS.length && sum(NV) === 234, "234 villages");
  const STEMS = TOWNS.map((t) => t.replace(/镇$/, ""));
  const COMMS = { 遂城镇: ["城东社区居委会", "城西社区居委会", "城南社区居委会", "城北社区居委会", "新桥社区居委会", "东门社区居委会", "文明社区居委会", "雷港社区居委会"] };
  ["黄略镇", "洋青镇", "界炮镇", "乐民镇", "杨柑镇", "城月镇", "乌塘镇", "建新镇", "岭北镇", "北坡镇", "港门镇", "草潭镇"].forEach((t) => { COMMS[t] = [t.replace(/镇$/, "") + "居委会"]; });
  const NCOMM = sum(Object.values(COMMS).map((c) => c.length));
  assert(NCOMM === 20, "20 居委会");
  const P1 = "北南东西上下新老大坡塘岭田山洋边后旧".split("");
  const P2 = "坡塘岭港湾田埠寮墩头尾坑园仔".split("");
  const cand = [];
  P1.forEach((a, i) => P2.forEach((b, j) => { if (a !== b) cand.push([(i * 173 + j * 89 + i * j * 23) % 1013, a + b]); }));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VN = [...new Set(cand.map((c) => c[1]))].filter((n) => !STEMS.includes(n)).map((n) => n + "村").slice(0, 234);
  assert(VN.length === 234, "names " + VN.length);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 8 === 3).map((v) => v.k).slice(0, 27);
  assert(POORK.length === 27, "27 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const covNP = nonPoor.filter((v, j) => (j * 7) % 13 < 8).slice(0, 112);
  assert(covNP.length === 112, "112 covered non-poor");
  const COVK = POORK.concat(covNP.map((v) => v.k));
  assert(COVK.length === 139, "139 covered");
  const uncov = nonPoor.filter((v) => !covNP.includes(v));
  const SEPT_K = uncov[40].k, SECOND_K = covNP[30].k;
  const vname = (k, i) => (i % 5 === 1 ? VIL[k].name.replace(/村$/, "村委会") : VIL[k].name);

  // ---------------------------------------------------------------- 户籍人口统计 (villages; 县公安局)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("遂溪县2020年末户籍人口分村（居）委会统计表");
    full("遂溪县公安局户政管理大队　　2021年1月　　说明：本表为户籍人口，不是常住人口；“类别”分村委会、居委会");
    rows.push(["序号", "镇", "村（居）委会", "类别", "户数（户）", "户籍人口（人）", "其中：男", "女", "备注"]);
    let no = 0, gH = 0, gP = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = (COMMS[t] || []).map((c) => ({ name: c, comm: true })).concat(VIL.filter((v) => v.town === t).map((v) => ({ name: v.name, comm: false, k: v.k })));
      let tH = 0, tP = 0;
      list.forEach((e, i) => {
        no++;
        const hh = 260 + ((no * 389) % 900) + (e.comm ? 600 : 0);
        const pop = hh * 4 + ((no * 37) % 300);
        const men = Math.round(pop * 0.52) - (no % 7);
        tH += hh; tP += pop;
        const nm = e.comm ? e.name : no % 6 === 4 ? e.name.replace(/村$/, "村委会") : e.name;
        rows.push([no, i === 0 ? t : null, nm, e.comm ? "居委会" : "村委会", hh, pop, men, pop - men, null]);
      });
      merges.push(`B${s}:B${R()}`);
      gH += tH; gP += tP;
      rows.push([null, `${t}小计`, `村委会${NV[ti]}个${COMMS[t] ? `、居委会${COMMS[t].length}个` : ""}`, null, tH, tP, null, null, null]);
      merges.push(`C${R()}:D${R()}`);
    });
    rows.push(["全县合计", null, `村委会${VIL.length}个、居委会${NCOMM}个`, null, gH, gP, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:D${R()}`);
    full("制表：户政管理大队 庞××　　审核：钟××");
    sheets.push(sheet("户籍人口统计", rows, merges));
  }

  // ---------------------------------------------------------------- 贫困村出列验收 (poorVillages)
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("遂溪县省定相对贫困村2020年出列验收结果汇总表");
    full("县扶贫开发领导小组办公室（现县乡村振兴局）　　2020年12月　　全县省定相对贫困村27个，全部达到出列标准");
    rows.push(["序号", "镇", "省定相对贫困村", "有劳动能力贫困户（户）", "贫困户人均可支配收入（元）", "村集体经济收入（万元）", "验收结论", "验收组"]);
    POORK.forEach((k, i) => rows.push([i + 1, VIL[k].town, i % 4 === 2 ? VIL[k].name.replace(/村$/, "村委会") : VIL[k].name, 30 + ((i * 13) % 60), 11200 + ((i * 733) % 4000),
      cents(1050 + ((i * 317) % 900)), "达到出列标准", i % 2 ? "第一验收组" : "第二验收组"]));
    full("注：出列标准为有劳动能力贫困户人均可支配收入达到当年省定标准、村集体经济收入达到10万元以上。");
    sheets.push(sheet("贫困村出列验收", rows, merges));
  }

  // ---------------------------------------------------------------- 站点信息卡 (stations as cards, three a row)
  const ST = [];
  const order = COVK.slice().sort((a, b) => ((a * 61) % 234) - ((b * 61) % 234) || a - b);
  order.forEach((k, i) => {
    let opened = isoAdd("2019-11-18", Math.floor((i * 640) / 138));
    if (i === 138) opened = "2021-08-31";
    const month = opened < "2020-06-01" && i % 7 === 2;
    const cell = month ? fmtMonth(opened) : [D, fmtDot, fmtCn, fmtSlash, fmt2y][i % 5](opened);
    ST.push({ town: VIL[k].town, vil: vname(k, i), k, opened: month ? opened.slice(0, 7) : opened, cell, name: VIL[k].name.replace(/村$/, "") + "村电商服务站", note: isPoor(k) ? "省定相对贫困村站点" : null });
  });
  ST.push({ town: VIL[SECOND_K].town, vil: VIL[SECOND_K].name, k: SECOND_K, opened: "2021-04-20", cell: "2021.4.20", name: VIL[SECOND_K].name.replace(/村$/, "") + "圩电商服务站", note: "同村第二个站点（设在圩场）" });
  ST.push({ town: "遂城镇", vil: "城南社区居委会", k: null, opened: "2020-08-06", cell: D("2020-08-06"), name: "城南社区电商服务站", note: "社区站点" });
  ST.push({ town: "城月镇", vil: "城月居委会", k: null, opened: "2021-01-15", cell: "2021年1月15日", name: "城月圩社区电商服务站", note: "社区站点" });
  ST.push({ town: VIL[SEPT_K].town, vil: VIL[SEPT_K].name, k: SEPT_K, opened: "2021-09-03", cell: "2021.9.3", name: VIL[SEPT_K].name.replace(/村$/, "") + "村电商服务站", note: "9月新建" });
  const covIn = new Set(ST.filter((s) => s.k !== null && dateOk(s.opened)).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 139 && poorIn === 27 && ST.length === 143, "139 villages, 27 poor, 143 cards");
  assert(covIn.size * 100 < 200 * 70 && (covIn.size + 1) * 100 >= 200 * 70 && covIn.size * 100 >= 200 * 50, "69.5% → 2; with the September station 70% → 5");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    rows.push(span("遂溪县村级电子商务服务站点“一站一档”信息卡", W)); merges.push("A1:H1");
    rows.push(span("县商务局电商股　　2021年9月整理　　一个站点一张卡，三张一排，按镇排列；“挂牌运营”为站点挂牌开始运营的日期；9月新建的站点一并列出", W)); merges.push("A2:H2");
    rows.push(Array(W).fill(null));
    const SERV = ["代购代销、快递收发", "代购代销、快递收发、代缴费", "代购代销、快递收发、小额信贷", "代购代销、快递收发、电商培训"];
    const list = [];
    TOWNS.forEach((t) => ST.filter((s) => s.town === t).sort((a, b) => (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0)).forEach((s) => list.push(s)));
    assert(list.length === ST.length, "all cards placed");
    for (let i = 0; i < list.length; i += 3) {
      const block = [[], [], [], [], [], []];
      const top = R() + 1;
      for (let j = 0; j < 3; j++) {
        const s = list[i + j];
        const no = i + j + 1;
        const cells = s ? [
          [`S${p3(no)}　${s.town}`, null],
          ["站点名称", s.name],
          ["所在村（居）", s.vil],
          ["挂牌运营", s.cell],
          ["站长／电话", `${nameOf(no, no % 3 === 1 ? "女" : "男", USED)}　1${[3, 5, 8][no % 3]}${no % 10}****${String(1000 + ((no * 373) % 9000))}`],
          ["服务内容", s.note ? `${SERV[no % 4]}（${s.note}）` : SERV[no % 4]],
        ] : [[null, null], [null, null], [null, null], [null, null], [null, null], [null, null]];
        cells.forEach((c, r) => { block[r].push(c[0], c[1]); if (j < 2) block[r].push(null); });
        if (s) merges.push(`${colLetter(j * 3)}${top}:${colLetter(j * 3 + 1)}${top}`);
      }
      block.forEach((b) => rows.push(b));
      rows.push(Array(W).fill(null));
    }
    rows.push(span(`共${ST.length}张卡（行政村站点${ST.length - 3}个，其中同村第二站1个、9月新建1个；社区站点2个）`, W)); merges.push(`A${R()}:H${R()}`);
    sheets.push(sheet("站点信息卡", rows, merges));
  }

  // ---------------------------------------------------------------- 直播培训数据 (training sessions; 签到人数)
  // [iso, time, title, form, 签到]
  const SS = [
    ["2020-10-16", "14:30", "农村电商基础知识（遂城镇）", "线下＋直播", 286], ["2020-10-29", "15:00", "网店开设与运营", "线上直播", 212],
    ["2020-11-13", "14:30", "农村电商普及（黄略镇）", "线下＋直播", 305], ["2020-11-27", "15:00", "短视频拍摄入门", "线上直播", 198],
    ["2020-12-11", "14:30", "农村电商普及（洋青镇）", "线下＋直播", 274], ["2020-12-24", "15:00", "直播带货实操", "线上直播", 236],
    ["2021-01-14", "09:30", "遂溪火龙果网销专题", "线下＋直播", 251], ["2021-01-20", "16:10", "直播测试（内部调试）", "线上直播", 3],
    ["2021-03-11", "14:30", "农村电商普及（界炮镇）", "线下＋直播", 262], ["2021-03-25", "15:00", "电商客服与售后", "线上直播", 187],
    ["2021-04-15", "14:30", "农村电商普及（城月镇）", "线下＋直播", 298], ["2021-04-28", "09:30", "脱贫户电商技能", "线下＋直播", 226],
    ["2021-05-13", "15:00", "农产品包装与品牌", "线上直播", 205], ["2021-05-27", "14:30", "农村电商普及（乌塘镇）", "线下＋直播", 244],
    ["2021-06-17", "15:00", "直播带货提升", "线上直播", 219], ["2021-07-08", "14:30", "农村电商普及（杨柑镇）", "线下＋直播", 271],
    ["2021-07-22", "15:00", "社区团购与微商", "线上直播", 193], ["2021-08-12", "14:30", "农村电商普及（草潭镇）", "线下＋直播", 214],
    ["2021-08-26", "15:00", "遂溪番薯网销专题", "线上直播", 179], ["2021-09-09", "14:30", "农村电商普及（河头镇）", "线下＋直播", 412],
    ["2021-09-23", "15:00", "电商直播进阶", "线上直播", 398],
  ];
  const isTest = (s) => /测试/.test(s[2]);
  const T_IN = sum(SS.filter((s) => !isTest(s) && s[0] <= AS_OF).map((s) => s[4]));
  const T_ALL = sum(SS.filter((s) => !isTest(s)).map((s) => s[4]));
  const POP = 883000, TBASE = Math.min(POP, 500000);
  assert(T_IN === 4260 && T_IN * 1000 >= TBASE * 8 && T_IN * 100 < TBASE && T_ALL * 100 >= TBASE, "4,260 → 0.852% → 8; with September 1.014%");
  let watchAll = 0;
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("直播场次数据导出");
    full("账号：遂溪县电子商务公共服务中心（运营方：湛江市粤西农品电子商务有限公司）　　导出时间：2021-09-27 10:41:06　　范围：2020-10-01至2021-09-30");
    full("县商务局加注：培训人次按“签到人数”计（线下学员现场扫码签到，线上学员进入直播间后签到）；“观看人次”含回放和重复进入，不是培训人次；“直播测试（内部调试）”为运营方调试，不是培训");
    rows.push(["场次ID", "直播标题", "开播时间", "形式", "时长（分钟）", "报名人数", "签到人数", "观看人次", "最高在线", "状态"]);
    let reg = 0, sg = 0;
    SS.forEach((s, i) => {
      const test = isTest(s);
      const r = test ? 0 : s[4] + 18 + ((i * 7) % 40);
      const w = test ? 5 : s[4] * (4 + (i % 5)) + 137 * i;
      reg += r; sg += s[4]; watchAll += w;
      rows.push([`L${20201000 + i * 37}`, s[2], `${s[0]} ${s[1]}:00`, s[3], test ? 12 : 90 + (i % 4) * 15, r, s[4], w, test ? 2 : Math.round(s[4] * 0.8) + (i % 9), "已结束"]);
    });
    rows.push(["合计", null, null, null, null, reg, sg, watchAll, null, null]);
    merges.push(`A${R()}:E${R()}`);
    sheets.push(sheet("直播培训数据", rows, merges));
  }
  assert(watchAll * 100 >= TBASE * 1, "观看人次 would be far above 1%");

  // ---------------------------------------------------------------- 园区经营月报 (enterprises; months across)
  // [name, type, entered iso, cell, left iso|null, cell]
  const EN = [
    ["湛江市粤西农品电子商务有限公司", "电商运营商", "2020-11-06", "2020.11.6"], ["中国邮政集团有限公司遂溪县分公司邮乐购服务部", "平台型", "2020-11-06", "2020.11.6"],
    ["遂溪县红土火龙果网店", "销售型", "2020-11-18", D("2020-11-18")], ["遂溪县顺丰速运城月营业部", "物流企业", "2020-11-25", "2020年11月25日"],
    ["遂溪县北坡番薯电子商务有限公司", "销售型", "2020-12-09", "2020.12.9"], ["遂溪县甘蔗红糖网店", "销售型", "2020-12-16", "2020.12.16", "2021-04-28", "2021.4.28"],
    ["湛江市直播星传媒有限公司遂溪分公司", "直播服务", "2020-12-23", D("2020-12-23")], ["遂溪县港门海产品网店", "销售型", "2021-01-08", "2021.1.8"],
    ["遂溪县云仓物流有限公司", "物流企业", "2021-01-13", "2021年1月13日"], ["遂溪县乌塘沙虫干网店", "销售型", "2021-03-03", "2021.3.3"],
    ["遂溪县优品代运营服务有限公司", "电商运营商", "2021-03-17", D("2021-03-17")], ["遂溪县草潭生蚝网店", "销售型", "2021-03-31", "2021.3.31", "2021-07-16", "2021.7.16"],
    ["遂溪县洋青菠萝电子商务有限公司", "销售型", "2021-04-14", "2021.4.14"], ["遂溪县乡味通科技有限公司", "平台型", "2021-04-21", "2021年4月21日"],
    ["遂溪县江洪鱿鱼网店", "销售型", "2021-05-12", "2021.5.12"], ["遂溪县视觉美工摄影工作室", "设计服务", "2021-05-26", D("2021-05-26")],
    ["遂溪县界炮圣女果网店", "销售型", "2021-06-09", "2021.6.9", "2021-09-15", "2021.9.15"], ["遂溪县河头黑山羊网店", "销售型", "2021-06-23", "2021.6.23"],
    ["遂溪县岭北荔枝网店", "销售型", "2021-07-07", "2021.7.7"], ["遂溪县冷链配送有限公司", "物流企业", "2021-07-21", "2021年7月21日"],
    ["遂溪县杨柑香蕉电子商务有限公司", "销售型", "2021-08-18", "2021.8.18"], ["遂溪县鑫鑫供应链管理有限公司", "物流企业", "2021-09-10", "2021.9.10"],
  ];
  const inPark = EN.filter((e) => e[2] <= AS_OF && !(e[4] && e[4] <= AS_OF));
  assert(EN.length === 22 && inPark.length === 19 && EN.filter((e) => e[2] <= AS_OF).length === 21 && new Set(inPark.map((e) => e[1])).size >= 3, "19 in park at cut-off");
  {
    const MS = ["2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
    const W = 5 + MS.length + 1, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("遂溪县电子商务产业园入驻企业经营情况月报汇总（2020年11月—2021年9月）");
    full("园区运营管理办公室　　单位：万元（网络销售额）　　入驻前、退园后的月份填“—”；“退园时间”空白的为仍在园企业");
    rows.push(["序号", "企业名称", "企业类型", "入驻时间", "退园时间"].concat(MS.map((m) => `${m.slice(0, 4)}年${+m.slice(5)}月`), ["累计"]));
    const colT = Array(MS.length).fill(0);
    EN.forEach((e, i) => {
      let tot = 0;
      const cells = MS.map((m, j) => {
        if (e[2].slice(0, 7) > m || (e[4] && e[4].slice(0, 7) < m)) return "—";
        const v = 120 + ((i * 977 + j * 353) % 2400);
        tot += v; colT[j] += v;
        return cents(v);
      });
      rows.push([i + 1, e[0], e[1], e[3], e[4] ? e[5] : null].concat(cells, [cents(tot)]));
    });
    rows.push(["合计", null, null, null, null].concat(colT.map(cents), [cents(sum(colT))]));
    merges.push(`A${R()}:E${R()}`);
    full("填报：园区办 莫××　　每月5日前报县商务局");
    sheets.push(sheet("园区经营月报", rows, merges));
  }

  // ---------------------------------------------------------------- 报账登记 (funds; 支付日期)
  // [受理 iso, 收款单位, 用途, amount, 审核意见, 支付 iso|null, 状态, 备注]
  const BZ = [
    ["2020-09-21", "湛江市粤西农品电子商务有限公司", "县电商公共服务中心建设首期款", 450000, "同意", "2020-09-25", "已支付", null],
    ["2020-10-19", "中国邮政集团有限公司遂溪县分公司", "村级电商服务站点建设第一批款", 360000, "同意", "2020-10-23", "已支付", null],
    ["2020-11-12", "湛江市南粤职业培训学校", "电商培训服务费（第一批）", 86000, "签到表不全，退回补充", null, "退回", "11月26日补齐后重新受理"],
    ["2020-11-26", "湛江市南粤职业培训学校", "电商培训服务费（第一批）", 86000, "同意", "2020-12-02", "已支付", "重新受理"],
    ["2020-12-15", "遂溪县通达物流有限公司", "农村物流配送体系建设首期款", 300000, "同意", "2020-12-21", "已支付", null],
    ["2021-01-18", "遂溪县好味文化传播有限公司", "农产品品牌培育推广首期款", 220000, "同意", "2021-01-22", "已支付", null],
    ["2021-03-08", "中国邮政集团有限公司遂溪县分公司", "村级电商服务站点建设第二批款", 420000, "同意", "2021-03-12", "已支付", null],
    ["2021-04-12", "湛江市粤西农品电子商务有限公司", "县电商公共服务中心建设进度款", 380000, "同意", "2021-04-16", "已支付", null],
    ["2021-05-17", "湛江市南粤职业培训学校", "电商培训服务费（第二批）", 128600, "同意", "2021-05-21", "已支付", null],
    ["2021-06-07", "遂溪县通达物流有限公司", "农村物流配送体系建设进度款", 350000, "同意", "2021-06-11", "已支付", null],
    ["2021-06-28", "湛江市溯源信息科技有限公司", "农产品质量溯源系统首期款", 168000, "同意", "2021-07-02", "已支付", null],
    ["2021-07-19", "遂溪县建安工程有限公司", "电商产业园改造工程款", 300000, "同意", "2021-07-23", "已支付", null],
    ["2021-08-09", "遂溪县好味文化传播有限公司", "农产品品牌培育推广进度款", 250000, "同意", "2021-08-13", "已支付", null],
    ["2021-08-23", "中国邮政集团有限公司遂溪县分公司", "村级站点运营补贴", 110000, "同意", null, "待支付", "待国库支付"],
    ["2021-08-27", "湛江市南粤职业培训学校", "电商培训服务费（第三批）", 96400, "同意", "2021-09-03", "已支付", null],
    ["2021-09-13", "湛江市粤西农品电子商务有限公司", "县电商公共服务中心建设尾款", 300000, "同意", "2021-09-17", "已支付", null],
  ];
  const F_ALLOC = 5000000;
  const F_IN = sum(BZ.filter((b) => b[5] && b[5] <= AS_OF).map((b) => b[3]));
  const F_ACC = sum(BZ.filter((b) => b[0] <= AS_OF && b[6] !== "退回").map((b) => b[3]));
  assert(F_IN === 3412600 && F_IN * 100 < F_ALLOC * 70, "3,412,600 = 68.25% < 70%");
  assert((F_IN + 110000) * 100 >= F_ALLOC * 70 && (F_IN + 96400) * 100 >= F_ALLOC * 70 && F_ACC === F_IN + 110000 + 96400, "pending or by 受理日期 would pass 70%");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("遂溪县会计核算中心报账受理登记簿");
    full("报账单位：遂溪县商务局　　资金：2019年省级电子商务进农村综合示范专项资金（下达500万元）　　金额单位：元　　“受理日期”为报账单送达核算中心之日，资金以“支付日期”国库实际支付为准");
    rows.push(["序号", "受理日期", "报账单号", "收款单位", "用途", "报账金额", "审核意见", "支付日期", "状态", "备注"]);
    const FMT = [fmtDot, D, fmtCn, fmtSlash];
    BZ.forEach((b, i) => rows.push([i + 1, FMT[i % 4](b[0]), `BZ${b[0].slice(0, 4)}-${p3(40 + i * 11)}`, b[1], b[2], money2(b[3]), b[4], b[5] ? FMT[(i + 1) % 4](b[5]) : null, b[6], b[7]]));
    full(`本簿“已支付”合计${money2(sum(BZ.filter((b) => b[5]).map((b) => b[3])))}元（含9月支付两笔）。　　登记：核算中心 叶××`);
    sheets.push(sheet("报账登记", rows, merges));
  }

  // ---------------------------------------------------------------- 工作日历 (reports, disclosures, materials, media)
  const EVT = {}; // iso → [text]
  const add = (iso, t) => { (EVT[iso] = EVT[iso] || []).push(t); };
  const RPT = [["2020-09-07", "8"], ["2020-10-12", "9"], ["2020-11-06", "10"], ["2020-12-07", "11"], ["2021-01-08", "12"], ["2021-03-05", "1—2"], ["2021-04-07", "3"],
    ["2021-05-08", "4"], ["2021-06-07", "5"], ["2021-07-06", "6"], ["2021-08-06", "7"], ["2021-09-07", "8"]];
  const POVQ = ["2020-10-12", "2021-01-08", "2021-04-07", "2021-07-06"];
  RPT.forEach(([d, m]) => add(d, `报送${m}月工作月报（湛江市商务局）${POVQ.includes(d) ? "，附电商扶贫统计季报" : ""}`));
  add("2021-02-08", "春节放假前，1月月报顺延至3月与2月合并报送");
  const PUBD = [["2020-09-15", "8"], ["2020-10-20", "9"], ["2020-11-16", "10"], ["2020-12-15", "11"], ["2021-01-19", "12"], ["2021-02-23", "1"], ["2021-03-16", "2"], ["2021-04-15", "3"],
    ["2021-05-18", "4"], ["2021-06-15", "5"], ["2021-07-15", "6"], ["2021-08-16", "7"], ["2021-09-15", "8"]];
  PUBD.forEach(([d, m]) => add(d, `专栏更新：${m}月建设进度（县政府网站）`));
  add("2021-06-18", "向湛江市商务局报送经验材料《小小火龙果　网上闯市场》");
  add("2020-11-20", "遂溪县融媒体中心（县级）《遂溪新闻》报道农村电商普及培训");
  add("2021-03-26", "湛江日报（市级）刊发《遂溪：电商服务站开到村口》");
  add("2021-05-14", "湛江广播电视台（市级）《湛江新闻》报道遂溪火龙果直播带货");
  add("2021-09-08", "南方日报（省级）刊发《遂溪电商进农村　红土地上结“网”果》");
  const HOL = { "2020-10-01": "国庆节、中秋节", "2021-01-01": "元旦", "2021-02-12": "春节", "2021-04-04": "清明节", "2021-05-01": "劳动节", "2021-06-14": "端午节", "2021-09-21": "中秋节" };
  Object.entries(HOL).forEach(([d, t]) => add(d, t));
  const MEET = ["2020-09-24", "2020-12-29", "2021-03-30", "2021-06-29", "2021-08-30"];
  MEET.forEach((d) => add(d, "示范创建推进会"));
  add("2021-08-31", "考评截止日");
  add("2021-09-16", "迎接省考评组");
  const rptIn = RPT.map((r) => r[0]), pubIn = PUBD.map((p) => p[0]);
  assert(monthsCovered(rptIn) === 11 && monthsCovered(pubIn) === 12, "reports 11 months (no Feb), column 12 months");
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    rows.push(span("遂溪县商务局电子商务股工作日历（2020年9月—2021年9月）", W)); merges.push("A1:G1");
    rows.push(span("台历记事誊录：一个月一块，日期格内第一行为日，下面是当天已办的事项；媒体报道后注明媒体级别", W)); merges.push("A2:G2");
    for (let m = "2020-09"; m <= "2021-09"; m = isoAdd(m + "-01", 32).slice(0, 7)) {
      rows.push(Array(W).fill(null));
      rows.push(span(`${+m.slice(0, 4)}年${+m.slice(5, 7)}月`, W)); merges.push(`A${R()}:G${R()}`);
      rows.push(["一", "二", "三", "四", "五", "六", "日"]);
      const first = new Date(m + "-01T00:00:00Z");
      const lead = (first.getUTCDay() + 6) % 7;
      const days = new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 0)).getUTCDate();
      let week = Array(lead).fill(null);
      for (let d = 1; d <= days; d++) {
        const iso = `${m}-${p2(d)}`;
        week.push(EVT[iso] ? `${d}\n${EVT[iso].join("\n")}` : d);
        if (week.length === 7) { rows.push(week); week = []; }
      }
      if (week.length) rows.push(week.concat(Array(7 - week.length).fill(null)));
    }
    sheets.push(sheet("工作日历", rows, merges));
  }

  // ---------------------------------------------------------------- 预警监测表 (facts + claims)
  const JG = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3 };
  const ELIG = 6480, TRN = 2790;
  assert(TRN * 100 >= ELIG * 40 && TRN * 100 < ELIG * 50 && Math.round((TRN / ELIG) * 1000) === 431, "43.1% → 8");
  assert(Math.round((4.21 / 3.12 - 1) * 1000) === 349 && Math.round((33.5 / 28.7 - 1) * 1000) === 167, "growth texts");
  assert(Math.round((F_IN / F_ALLOC) * 1000) === 683 && Math.round(((F_IN + 110000) / F_ALLOC) * 1000) === 705, "68.3% / 70.5%");
  // [group, indicator id, 指标, [[细项, 现状, light, 预计]], 责任股室]
  const G1 = "加强组织领导与统筹协调（10分）", G2 = "深入推动电子商务进农村工作（55分）", G3 = "加强信息公开及报送（10分）", G4 = "加强宣传推广（10分）", G5 = "加强财政资金管理（15分）";
  const IND = [
    [G1, "org.leadership", "组织领导（2分）", [["主要领导牵头、多部门参与（2）", "领导小组组长：县委副书记、县长；成员单位：县商务局、财政局、农业农村局、乡村振兴局、交通运输局、供销社、邮政分公司（遂府办〔2020〕21号）", "g", 2]], "办公室"],
    [G1, "org.plan", "方案制定（2分）", [["工作方案因地制宜、可操作（1—2）", "《遂溪县电子商务进农村综合示范创建工作方案》2020年5月由县政府办公室正式印发", "g", JG["org.plan"]]], "电商股"],
    [G1, "org.policy", "政策支持（2分）", [["出台政策且较好落实（1—2）", "《遂溪县促进农村电子商务发展扶持办法》已出台，场地租金、物流补贴已兑现", "g", JG["org.policy"]]], "电商股"],
    [G1, "org.management", "项目管理（4分）", [["项目管理制度（1—2）", "《项目管理办法》已印发，建设、验收按制度执行", "g", JG["org.management.system"]],
      ["工作台账（1—2）", "已建立工作台账，部分站点验收记录待补", "y", JG["org.management.ledger"]]], "电商股"],
    [G2, "work.center", "服务体系建设：县级中心与产业园（15分）", [
      ["建成县级公共服务中心（2）", "县电子商务公共服务中心2020年12月28日投入运营", "g", 2],
      ["建成后运行6个月以上（2）", "至8月31日已运行8个月", "g", 2],
      ["免费培训场所、设备（2）", "中心设培训室（80座）和直播间2间，免费开展电商基础培训", "g", 2],
      ["免费展示、销售（1）", "设农特产品展示厅，免费展示、销售遂溪火龙果、番薯等", "g", 1],
      ["免费摄影、美工（1）", "设摄影棚，免费为电商主体拍摄产品、设计详情页", "g", 1],
      ["统一推广、品牌指导（1）", "统一推广“遂溪好味”区域公用品牌，指导企业注册商标", "g", 1],
      ["其他衍生增值服务（1）", "金融、物流对接服务正与银行、快递企业洽谈，尚未开展", "y", 0],
      ["建设或整合产业园（2）", "整合县创业孵化基地建成遂溪县电商产业园，2020年11月开园，园区办负责运营", "g", 2],
      ["入驻企业20家以上（2）", "8月31日在园企业19家（累计入驻21家，退园2家）；9月10日新入驻1家后达20家", "y", 0],
      ["三种以上类型（1）", "含平台型、销售型、电商运营商、物流企业等", "g", 1]], "电商股"],
    [G2, "work.coverage", "服务体系建设：村级站点覆盖（10分）", [
      ["行政村覆盖率（5）", "行政村234个（另有居委会20个），按200个基数计算；8月31日前挂牌的站点覆盖行政村139个，覆盖率69.5%；9月3日又建成1个", "y", 2],
      ["省定贫困村覆盖（5）", "省定相对贫困村27个，全部建有站点", "g", 5]], "电商股"],
    [G2, "work.upward", "农村产品上行（10分）", [
      ["网销调研、针对性建议（1—2）", "形成《遂溪县农产品网络销售情况调研报告》报湛江市商务局", "g", JG["work.upward.research"]],
      ["网络促销活动（1—2）", "举办“遂溪火龙果网购节”等网络促销活动5场", "g", JG["work.upward.promotion"]],
      ["专业第三方运营服务商（1）", "公开招标确定湛江市粤西农品电子商务有限公司为专业第三方运营服务商", "g", 1],
      ["行政村快递覆盖率100%（1）", "行政村快递覆盖率100%（湛江市邮政管理局出具证明）", "g", 1],
      ["交易标准、冷链溯源（1—2）", "火龙果电商分级标准已发布，冷链、溯源系统在建", "y", JG["work.upward.standards"]],
      ["网零增速≥30%（2）", "农村网络零售额2019年28.7亿元、2020年33.5亿元，增长16.7%；农产品网络零售额2019年3.12亿元、2020年4.21亿元，增长34.9%", "g", 2]], "电商股"],
    [G2, "work.training", "电商人才培训（20分）", [
      ["培训人次（10）", "常住人口88.3万人（第七次全国人口普查），按50万人计；截至8月31日直播平台签到4,260人次，占0.85%", "y", 8],
      ["建档立卡贫困人口培训率（10）", `有劳动能力的建档立卡贫困人口（不含外出务工）${thousands(ELIG)}人，参训${thousands(TRN)}人，培训率43.1%`, "y", 8]], "电商股"],
    [G3, "info.disclosure", "信息公开（4分）", [
      ["专栏设立且内容全面（2）", "县政府网站“电子商务进农村综合示范”专栏公开创建方案、项目基本信息、每月建设进度，设监督举报电话和邮箱", "g", 2],
      ["按月更新（2）", "每月中旬更新上月建设进度", "g", 2]], "电商股"],
    [G3, "info.reporting", "数据上报（6分）", [
      ["每月报送（3）", "每月上旬向湛江市商务局报送工作月报", "g", 3],
      ["统计电商扶贫情况（3）", "每季度报送电商扶贫统计表", "g", 3]], "电商股"],
    [G4, "promo.cases", "案例总结（2分）", [["报送经验材料（2）", "6月18日向湛江市商务局报送经验材料", "g", 2]], "办公室"],
    [G4, "promo.media", "经验推广（8分）", [
      ["省级及以上媒体（4）", "南方日报（省级）9月8日刊发《遂溪电商进农村　红土地上结“网”果》", "g", 4],
      ["市级媒体（3）", "湛江日报、湛江广播电视台有报道", "g", 3],
      ["县级媒体（1）", "遂溪县融媒体中心有报道", "g", 1]], "办公室"],
    [G5, "fund.system", "制度建立（5分）", [["资金管理制度（1—5）", "《遂溪县省级电子商务进农村综合示范专项资金管理办法》已印发，考核问责制度待完善", "y", JG["fund.system"]]], "财务室"],
    [G5, "fund.ledger", "资金台账（5分）", [["资金专用台账（1—5）", "各项目承建单位均建立资金专用台账", "g", JG["fund.ledger"]]], "财务室"],
    [G5, "fund.spending", "资金支出（5分）", [["支出率≥70%且及时拨付（1—5）；低于70%倒扣5分", "下达500万元；截至8月31日已支付341.26万元，支出率68.3%；另有8月23日已受理、待国库支付11万元", "r", JG["fund.spending"]]], "财务室"],
    ["加分项（4分）", "bonus.poorTraining", "贫困人口培训率70%以上（2分）", [["培训率≥70%（2）", "43.1%，未达70%", "r", 0]], "电商股"],
    ["加分项（4分）", "bonus.tvCase", "电商扶贫案例电视播报（2分）", [["国家级电视2分，省级1分（不累加）", "暂无", "r", 0]], "办公室"],
  ];
  const CLAIM = {};
  IND.forEach((x) => { CLAIM[x[1]] = sum(x[3].map((s) => s[3])); });
  const clSum = SCORED.reduce((a, id) => a + CLAIM[id], 0);
  assert(clSum === 84 && CLAIM["work.center"] === 12 && CLAIM["promo.media"] === 8, "claims 84 got " + clSum);
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("遂溪县电子商务进农村综合示范创建考评指标进度预警监测表");
    full("遂溪县商务局　　现状截至2021年8月31日（考评截止日），9月10日更新　　预警：●绿灯 已达标；●黄灯 部分达标、仍可争取；●红灯 未达标、须重点说明。“预计得分”为电商股按现状测算");
    rows.push(["序号", "工作任务", "评价指标", "评分细项（分值）", "现状", "预警", "预计得分", "指标预计得分", "责任股室", "下步措施"]);
    let no = 0, gStart = null, gName = null;
    const closeGroup = () => { if (gStart !== null && R() > gStart) merges.push(`B${gStart}:B${R()}`); };
    IND.forEach((x) => {
      if (x[0] !== gName) { closeGroup(); gName = x[0]; gStart = R() + 1; }
      const s = R() + 1;
      x[3].forEach((it, k) => {
        no++;
        const step = it[2] === "g" ? "保持" : x[1] === "fund.spending" ? "按已受理金额352.26万元（70.5%）向考评组说明，加快国库支付" : x[1] === "work.coverage" ? "加快剩余站点建设" : "继续推进";
        rows.push([no, R() + 1 === gStart ? x[0] : null, k === 0 ? x[2] : null, it[0], it[1], LIGHT[it[2]], it[3], k === 0 ? CLAIM[x[1]] : null, k === 0 ? x[4] : null, step]);
      });
      if (x[3].length > 1) ["C", "H", "I"].forEach((c) => merges.push(`${c}${s}:${c}${R()}`));
    });
    closeGroup();
    const v0 = R() + 1;
    rows.push([null, "一票否决项", "安全生产、质量事故", "发生安全生产、质量事故或重大经济损失", "未发生", LIGHT.g, "—", null, "电商股", "保持"]);
    rows.push([null, null, "项目进度", "总体进度不足40%", "项目总体进度85%", LIGHT.g, "—", null, "电商股", "保持"]);
    rows.push([null, null, "弄虚作假", "弄虚作假", "无", LIGHT.g, "—", null, "办公室", "保持"]);
    merges.push(`B${v0}:B${R()}`);
    rows.push(["合计", null, null, null, null, null, null, `${clSum}（加分0）`, null, null]); merges.push(`A${R()}:G${R()}`);
    full("填表：电商股 吴××　　股长：梁××　　分管副局长：陈××");
    sheets.push(sheet("预警监测表", rows, merges));
  }
  sheets.unshift(sheet("封面", [["遂溪县省级电子商务进农村综合示范县考评资料"], [null], ["（考评截止日期：2021年8月31日）"], [null], ["一、考评指标进度预警监测表"],
    ["二、户籍人口统计（县公安局，村（居）委会名单）"], ["三、贫困村出列验收（省定相对贫困村名单）"], ["四、站点信息卡（村级电商服务站点）"], ["五、直播培训数据（培训人次）"],
    ["六、园区经营月报（电商产业园入驻企业）"], ["七、报账登记（专项资金支付）"], ["八、工作日历（月报、专栏更新、经验材料、媒体报道）"], [null], ["遂溪县商务局　2021年9月"]]));
  const ORDER = ["封面", "预警监测表", "户籍人口统计", "贫困村出列验收", "站点信息卡", "直播培训数据", "园区经营月报", "报账登记", "工作日历"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.length === ORDER.length && sheets.every((s) => ORDER.includes(s.name)), "sheet order");

  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1,
    "work.coverage": 2 + 5,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 8,
    "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 70, "70 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  write("counties/b138-c1-suixi.json", {
    description:
      "湛江遂溪县商务局交的整本考评资料：封面＋《预警监测表》＋7个别的用途的表，70分、加分0、未否决（电商股预计84分）。《预警监测表》是红黄绿灯进度预警表：一个评分细项一行，列 评分细项｜现状｜预警｜预计得分｜指标预计得分（按指标纵向合并，这才是每个指标的自评分）；主观分在“预计得分”里（项目管理 制度2＋台账1；上行 调研2、促销2、标准冷链溯源1；资金 制度4、台账4、及时拨付3）。领导小组组长“县委副书记、县长”是县长（主要领导），不是副职 → 2。《户籍人口统计》是县公安局的分村户籍人口表：类别“村委会”234个是行政村，“居委会”20个不算，户籍人口不是常住人口，没有快递列（快递看事实100%）。《贫困村出列验收》列出省定相对贫困村27个。《站点信息卡》是一站一卡、三张一排的卡片（每卡：编号和镇、站点名称、所在村（居）、挂牌运营、站长、服务内容），日期有真日期、“2020.5.12”、“2020年5月12日”、“2020/5/12”、两位年份和只到月的；截至8月31日覆盖行政村139个（8月31日挂牌的算；同村圩场第二站算一次；2个社区站不算；9月3日新建的不算）→ 139/200＝69.5% → 2（算上9月那个就是70% → 5）；贫困村27/27 → 5。《直播培训数据》是直播平台后台场次导出：读“签到人数”，不读“观看人次”“报名人数”，“直播测试（内部调试）”不是培训，9月两场在截止日后 → 4,260/500,000＝0.852% → 8。《园区经营月报》月份横排：读“入驻时间”“退园时间”，4月、7月退园的不算，9月15日退园的8月底还在园，9月10日入驻的不算 → 在园19家 → 0。《报账登记》是会计核算中心报账受理登记簿：读“支付日期”，不读“受理日期”；“退回”的那笔重新受理后才支付（只算一次），“待支付”的11万元没付：截至8月31日支付3,412,600元/500万＝68.25% < 70% → 倒扣5（按受理日期或算上待支付都会过70%）。《工作日历》是台历誊录，一个月一块（月份标题、星期行，日期格内先写日、换行写当天事项），年月在块标题里：月报2021年2月没报（顺延到3月合并）→ 11个月 → 1；附电商扶贫统计季报 → 3；专栏12个月都更新 → 2；6月18日报送经验材料 → 2；媒体截止日前只有市级（湛江日报、湛江广播电视台）和县级 → 3＋1＝4（南方日报9月8日不算）。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 预警监测表：组长县委副书记、县长（县长是主要领导），成员有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案2020年5月县政府办公室正式印发；预计得分2 → 2",
      "org.policy: 扶持办法已出台并兑现；预计得分2 → 2",
      "org.management: 项目管理制度2＋工作台账1 → 3",
      "work.center: 中心2020-12-28投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他增值服务“尚未开展” → 0；产业园已建 2；园区经营月报：入驻时间 ≤ 8-31 的21家，其中4月28日、7月16日退园2家，在园19家（9月15日退园的算在园，9月10日入驻的不算）< 20 → 0；类型 电商运营商、平台型、销售型、物流企业等 ≥ 3 → 1；合计 12",
      "work.coverage: 户籍人口统计表村委会234个（居委会20个不算），省定相对贫困村27个；站点信息卡挂牌运营 ≤ 2021-08-31 覆盖行政村139个（同村第二站算一次，2个社区站不算，9月3日新建的不算）；基数min(234,200)=200，139/200 = 69.5%，50%–70% → 2；贫困村27/27 = 100% → 5；合计 7",
      "work.upward: 网销调研2；网络促销2；第三方运营服务商1；村名单无快递列，事实“行政村快递覆盖率100%” → 1；交易标准与冷链溯源1；农产品网零4.21/3.12亿元 = +34.9% ≥ 30% → 2（农村网零+16.7%不够，但任一达标即可）；合计 9",
      `work.training: 直播场次数据，签到人数、开播时间 ≤ 2021-08-31、不含“直播测试（内部调试）”3人：合计 ${thousands(T_IN)}；常住人口88.3万 > 50万，基数500,000；4,260/500,000 = 0.852% → 8（观看人次、9月两场都不算）。无贫困人口名单，读事实：有劳动能力（不含外出务工）6,480人，参训2,790人 = 43.1%，40%–50% → 8；合计 16`,
      "info.disclosure: 专栏公开创建方案、项目基本信息、每月建设进度，设监督举报电话和邮箱 → 2；工作日历专栏更新2020年9月—2021年8月每月都有 → 12个月 → 2；合计 4",
      "info.reporting: 工作日历月报：2020年9月—2021年1月、2021年3月—8月，2月顺延未报 → 11个月 → 不定时 1；月报附电商扶贫统计季报 → 3；合计 4（预计6）",
      "promo.cases: 2021-06-18 向湛江市商务局报送经验材料《小小火龙果　网上闯市场》→ 2",
      "promo.media: 工作日历，日期 ≤ 2021-08-31：市级（湛江日报2021-03-26、湛江广播电视台2021-05-14）→ 3；县级（遂溪县融媒体中心2020-11-20）→ 1；南方日报（省级）2021-09-08在截止日后 → 合计 4（预计8）",
      "fund.system: 资金管理办法已印发，问责待完善；预计得分4 → 4",
      "fund.ledger: 资金专用台账；预计得分4 → 4",
      `fund.spending: 报账登记按“支付日期” ≤ 2021-08-31 的“已支付”合计 ${thousands(F_IN)}元（11月12日“退回”的86,000元11月26日重新受理、12月2日支付，只算一次；8月23日“待支付”110,000元未付；8月27日受理的96,400元9月3日才支付；9月17日尾款不算）；下达5,000,000元；68.25% < 70% → 倒扣 −5（自评及时拨付3分不适用）`,
      "bonus.poorTraining: 2,790/6,480 = 43.1% < 70% → 0",
      "bonus.tvCase: 无电商扶贫典型案例电视播报（湛江广播电视台是市级，且不是扶贫案例）→ 0",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度85% ≥ 40% → 0，不否决",
      "veto.fraud: 无弄虚作假 → 0，不否决",
      `total: 2+2+2+3+12+7+9+16+4+4+2+4+4+4−5 = ${sc}，加分0，合计${total}；预计得分${clSum}`,
    ],
  });
})();

// =====================================================================================
// facts/b138-f1-lianjiang: 湛江廉江市 — 市广播电视台《政风行风热线》节目文字实录：一句话一行（序号｜时间｜发言人｜内容），
// 事实在局长、副局长的回答里；听众、网友的话不是事实；“去年10月20日”按节目日期2021年读；配套资金、直播观看人次是陷阱
// =====================================================================================
(function f1() {
  const W = 4, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:D${R()}`); };
  const AIR = "2021-09-16";
  assert(weekday(AIR) === "星期四", "air day");
  full("廉江市广播电视台《政风行风热线》节目文字实录");
  full(`播出时间：${fmtCn(AIR)}（${weekday(AIR)}）10:00—11:00　　上线单位：廉江市商务局　　话题：电子商务进农村综合示范创建　　整理：市商务局办公室（据录音整理，略有删节）`);
  rows.push(["序号", "时间", "发言人", "内容"]);
  const HOST = "主持人（小林）", HEAD = "市商务局局长 陈××", DEP = "市商务局副局长 吴××";
  const L = [
    ["10:00", HOST, "各位听众朋友，上午好，欢迎收听《政风行风热线》。今天做客直播室的是廉江市商务局局长陈××、副局长吴××，我们聊的话题是“电子商务进农村综合示范创建”。"],
    ["10:01", HEAD, "主持人好，听众朋友们好。我市是2019年省级电子商务进农村综合示范县，省里考评的截止日期是2021年8月31日，今天说的数据都统计到这一天。"],
    ["10:02", HOST, "先请陈局长介绍一下我市的基本情况。"],
    ["10:03", HEAD, "廉江市常住人口139.6万人，这是第七次全国人口普查的数字；全市有行政村385个，其中省定贫困村37个。"],
    ["10:05", HEAD, "市委、市政府高度重视，成立了由市长任组长、分管副市长任副组长的创建工作领导小组，商务、财政、农业农村、乡村振兴、交通运输、邮政管理等部门都是成员单位。2020年3月，市政府办公室正式印发了《廉江市电子商务进农村综合示范县创建工作方案》。"],
    ["10:08", HOST, "有听众打进热线，我们接通一下。喂，您好，请讲。"],
    ["10:08", "听众（石城镇 李先生）", "主持人好。我是石城镇的，我们村快递还要跑到镇上去拿，是不是说快递进村是假的？"],
    ["10:09", DEP, "李先生您好。全市行政村快递覆盖率已经达到100%，湛江市邮政管理局出具了证明。您村的快递服务点设在村委会旁边的电商服务站，是进村不是入户，您可以到服务站取件。"],
    ["10:11", "听众（石城镇 李先生）", "哦，原来在服务站。那服务站能帮我们卖红橙吗？"],
    ["10:11", DEP, "可以。站点提供代购代销服务。市电子商务公共服务中心去年10月20日开业以来，免费为群众开展电商培训，免费展示、销售廉江红橙、良垌番石榴等农特产品，还免费帮网店拍产品照片、做美工设计。"],
    ["10:13", HEAD, "补充一点，中心还统一推广“廉江红橙”区域公用品牌，指导合作社和企业注册商标、做品牌。"],
    ["10:15", HOST, "培训这一块大家很关心，培训了多少人？"],
    ["10:15", HEAD, "截至8月31日，全市累计开展电商培训1.56万人次，其中直播带货专题培训3,200人次。我们特别重视建档立卡贫困户的培训：有劳动能力的建档立卡贫困人口，不算外出务工的，全市是1.21万人，参加过电商培训的有6,890人，培训率56.9%。"],
    ["10:18", "网友留言（微信）", "听说一场直播带货观看就有十几万人次，这个算不算培训？"],
    ["10:18", HEAD, "观看不算培训。我们的培训人次只算签到参训的，刚才说的1.56万人次就是签到数。"],
    ["10:20", HOST, "那电商销售的效果怎么样？"],
    ["10:20", HEAD, "去年全市农村网络零售额41.2亿元，比前年增长18.6%。"],
    ["10:23", HOST, "资金方面，省里的钱用得怎么样？"],
    ["10:23", DEP, "省财政下达我市专项资金500万元，市财政另外配套了200万元。省级专项资金到8月31日已拨付412.5万元。我们制定了专项资金管理办法，项目承建单位都建立了资金专用台账。"],
    ["10:25", DEP, "项目总体进度92%，建设过程中没有发生安全生产和质量事故。"],
    ["10:27", HEAD, "信息公开方面，市政府门户网站设了“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息，每月更新建设进度，还设了监督举报电话和邮箱，欢迎大家监督。"],
    ["10:30", "听众（安铺镇 黄女士）", "我想问一下，我们村有没有电商服务站？在哪里？"],
    ["10:30", DEP, "黄女士您好，安铺镇已经建成村级站点18个，您村的站点在村委会一楼，节目结束后我们把站长电话告诉您。"],
    ["10:58", HOST, "感谢陈局长、吴副局长做客直播室，也感谢各位听众的参与，我们下周同一时间再见。"],
  ];
  L.forEach((l, i) => rows.push([i + 1, l[0], l[1], l[2]]));
  full("（本实录未经发言人审阅）");
  assert(Math.round((6890 / 12100) * 1000) === 569, "56.9%");
  write("facts/b138-f1-lianjiang.json", {
    description:
      "湛江廉江市商务局交来当基本情况的，是市广播电视台《政风行风热线》节目的文字实录（2021年9月16日，局长、副局长上线）：一句话一行，列 序号｜时间｜发言人｜内容。事实只在局长、副局长的回答里，听众和网友的话不是事实。读法：county 廉江市（标题“廉江市广播电视台”、上线单位）；asOf 2021-08-31（局长：“考评的截止日期是2021年8月31日”）；常住人口139.6万 → 1,396,000；行政村385、省定贫困村37；领导小组市长任组长、分管副市长任副组长，商务、财政、农业农村、乡村振兴等部门 → principal-all；工作方案2020年3月正式印发；快递覆盖率100%（“进村不是入户”也是覆盖）；中心“去年10月20日开业”按节目日期2021年读 → 2020-10-20；免费培训、免费展示销售、免费拍照美工、统一推广品牌 → 四项是，其他增值服务没说；培训1.56万人次 → 15,600（其中直播带货3,200人次不另算，直播观看人次不是培训）；有劳动能力不含外出务工1.21万人 → 12,100、参训6,890人；“去年”农村网络零售额41.2亿元 → 2020年，“比前年增长18.6%” → 增速0.186（2019年金额没说）；下达500万元（市财政配套200万元不加）、拨付412.5万元；资金管理办法、资金专用台账都有；总体进度92%；没有发生安全生产和质量事故 → vetoIncident false；专栏公开方案、项目信息、每月进度、监督举报 → 四项都是。“安铺镇站点18个”不是键。没有主观分。",
    sheets: [sheet("节目实录", rows, merges)],
    expect: {
      facts: {
        county: "廉江市", asOf: "2021-08-31", residentPopulation: 1396000, adminVillagesStated: 385, poorVillagesStated: 37, planIssued: true, expressCoverage: true,
        centerOpened: "2020-10-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, trainingPersonTimesStated: 15600,
        eligiblePoorPersonsStated: 12100, trainedPoorPersonsStated: 6890, ruralRetail2020: yi("41.2"), ruralRetailGrowthStated: 0.186, fundAllocated: 5000000,
        fundSpentStated: wan("412.5"), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b138-f2-longmen: 惠州龙门县 — 第三方评估机构的《县级调查问卷》，答案是代码（1=是，2=否，9=不清楚）；多选题填代码串
// （未选视为否）；主观评分题填分值（“1”是1分，不是“是”）；数值题单位在题干（万元、万人）；“—”和9是没回答
// =====================================================================================
(function f2() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("2019年省级电子商务进农村综合示范县考评第三方评估　县级调查问卷");
  full("广东××工程咨询有限公司（受省商务厅委托）　　问卷编号：GD2019-EC-0413");
  full("填写说明：①选择题在“回答”栏填选项代码：1=是，2=否，9=不清楚；②多选题填所选代码，用“,”分隔，未选的选项视为“否”；③主观评分题直接填分值；④数值题填阿拉伯数字，单位见题干，不掌握的填“—”；⑤数据截至考评截止日。");
  rows.push(["题号", "问题", "题型", "选项", "回答", "备注"]);
  const YN = "1=是　2=否　9=不清楚";
  const sec = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  const Q = (no, q, type, opt, ans, note) => rows.push([no, q, type, opt, ans, note || null]);
  sec("A　基本情况");
  Q("A1", "县（市、区）名称", "填空", null, "龙门县");
  Q("A2", "数据截止日期（考评截止日）", "日期", null, D("2021-08-31"));
  Q("A3", "常住人口（万人，第七次全国人口普查）", "数值", null, 30.6);
  Q("A4", "行政村数（个，不含社区）", "数值", null, 157);
  Q("A5", "省定贫困村数（个）", "数值", null, 21);
  sec("B　组织领导与统筹协调");
  Q("B1", "示范创建工作领导小组组长的职务", "单选", "1=县（市、区）委书记　2=县（市、区）长　3=分管副县（市、区）长　4=其他", 2);
  Q("B2", "领导小组成员单位", "多选", "1=商务　2=财政　3=农业农村　4=乡村振兴（扶贫）　5=交通运输　6=邮政管理　7=供销社", "1,2,3,5,7");
  Q("B3", "是否正式印发示范县工作方案", "单选", YN, 1, "龙府办〔2020〕11号");
  Q("B4", "方案制定的主观评分（填分值1—2）", "评分", null, 2);
  Q("B5", "是否出台支持农村电商发展的政策", "单选", YN, 1);
  Q("B6", "政策支持的主观评分（填分值1—2）", "评分", null, 1, "政策兑现不足");
  Q("B7", "项目管理制度的主观评分（填分值1—2）", "评分", null, 2);
  Q("B8", "工作台账的主观评分（填分值1—2）", "评分", null, 2);
  sec("C　服务体系与农村产品上行");
  Q("C1", "县级电子商务公共服务中心投入运营时间（年月）", "填空", null, "2020年12月");
  Q("C2", "公共服务中心提供的服务", "多选", "1=免费培训场所、设备，能组织电商基础培训　2=特色农产品免费展示、销售　3=免费摄影、美工　4=农产品统一推广、品牌建设指导　5=其他衍生增值服务", "1,2,4");
  Q("C3", "是否建设或整合、优化电商产业园", "单选", YN, 2, "拟利用县物流园建设");
  Q("C4", "是否有专业第三方电子商务运营或服务商", "单选", YN, 1);
  Q("C5", "行政村物流快递覆盖率是否达到100%", "单选", YN, 9, "待县邮政管理部门核实");
  Q("C6", "网销调研并形成针对性建议的主观评分（填分值1—2）", "评分", null, 1);
  Q("C7", "网络促销活动成效的主观评分（填分值1—2）", "评分", null, 2);
  Q("C8", "交易标准、冷链和溯源系统的主观评分（填分值1—2）", "评分", null, 1);
  Q("C9", "2019年农村网络零售额（万元）", "数值", null, "48,600");
  Q("C10", "2020年农村网络零售额（万元）", "数值", null, "61,300");
  Q("C11", "2019年农产品网络零售额（万元）", "数值", null, "—");
  Q("C12", "2020年农产品网络零售额（万元）", "数值", null, "—", "统计部门未单列");
  sec("D　人才培训");
  Q("D1", "累计电商培训人次（人次）", "数值", null, "3,480");
  Q("D2", "有劳动能力的建档立卡贫困人口数（人，不含外出务工）", "数值", null, "2,150");
  Q("D3", "其中参加电商培训的人数（人，按身份证号去重）", "数值", null, "1,020");
  sec("E　信息公开及报送");
  Q("E1", "县政府网站专栏公示的内容", "多选", "1=示范创建方案　2=项目基本信息　3=项目建设进度　4=征求意见或监督举报窗口", "1,2,3");
  Q("E2", "能否统计电商扶贫情况", "单选", YN, 1);
  sec("F　财政资金管理");
  Q("F1", "下达省级专项资金（万元）", "数值", null, 500);
  Q("F2", "截至考评截止日累计拨付（万元）", "数值", null, 361.8);
  Q("F3", "是否制定资金管理制度", "单选", YN, 1);
  Q("F4", "项目承建方是否建立资金专用台账", "单选", YN, 1);
  Q("F5", "资金管理制度的主观评分（填分值1—5）", "评分", null, 4);
  Q("F6", "资金台账的主观评分（填分值1—5）", "评分", null, 4);
  Q("F7", "资金及时拨付的主观评分（填分值1—5）", "评分", null, 3);
  Q("F8", "项目总体进度（%）", "数值", null, 78);
  sec("G　一票否决事项");
  Q("G1", "是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "单选", YN, 2);
  Q("G2", "是否存在弄虚作假", "单选", YN, 2);
  full("填表单位：龙门县商务局（盖章）　　填表人：廖××　　联系电话：0752-77×××××　　填表日期：2021年9月8日");
  assert(Math.round((1020 / 2150) * 1000) === 474, "47.4%");
  write("facts/b138-f2-longmen.json", {
    description:
      "惠州龙门县商务局填的第三方评估机构《县级调查问卷》（受省商务厅委托）：列 题号｜问题｜题型｜选项｜回答｜备注，分A—G节（节标题一行合并）。答案大多是代码，要对着“选项”列和抬头的填写说明读：单选题1=是、2=否、9=不清楚；多选题是代码串，未选的视为“否”；主观评分题直接填分值（B6的“1”是1分，不是“是”）；数值题单位在题干。读法：county 龙门县；asOf 真日期2021-08-31；常住人口30.6万人 → 306,000；行政村157、省定贫困村21；B1组长代码2 → 县长（主要领导），B2成员“1,2,3,5,7” → 商务、财政、农业农村、交通、供销社，没有选4乡村振兴 → principal（不是principal-all）；B3、B5 → planIssued、policyIssued true；主观分 方案2、政策1、管理制度2、台账2、调研1、促销2、标准冷链溯源1、资金制度4、资金台账4、及时拨付3；C1“2020年12月” → centerOpened 2020-12；C2“1,2,4” → 免费培训、展示销售、统一推广品牌是，摄影美工、其他增值服务否；C3代码2 → parkBuilt false；C4 → 第三方运营 true；C5代码9不清楚 → 没回答（不列expressCoverage）；农村网零2019年48,600万元 → 486,000,000、2020年61,300万元 → 613,000,000（增速没写，不列）；农产品网零两题“—” → 不列；培训3,480人次；有劳动能力不含外出务工2,150人、参训1,020人；E1“1,2,3” → 方案、项目、进度是，监督举报窗口否；E2 → 能统计扶贫 true；下达500万元、拨付361.8万元；F3、F4 → 资金制度、专用台账 true；总体进度78% → 0.78；G1、G2代码2 → vetoIncident、vetoFraud false。",
    sheets: [sheet("调查问卷", rows, merges)],
    expect: {
      facts: {
        county: "龙门县", asOf: "2021-08-31", residentPopulation: 306000, adminVillagesStated: 157, poorVillagesStated: 21, planIssued: true, policyIssued: true,
        centerOpened: "2020-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: false, parkBuilt: false,
        thirdPartyOperator: true, ruralRetail2019: wan("48600"), ruralRetail2020: wan("61300"), trainingPersonTimesStated: 3480, eligiblePoorPersonsStated: 2150,
        trainedPoorPersonsStated: 1020, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: wan("361.8"), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// facts/b138-f3-kaiping: 江门开平市 — 给村民派发的三折页《电商进农村　侨乡好生活》排进Excel：外页、内页各三栏并排（栏间空一列），
// 一栏自上而下读；服务用✓列出；“直播观看50万人次”“下期报名”不是事实；没有截止日期、没有领导、没有分数
// =====================================================================================
(function f3() {
  const W = 11, rows = [], merges = [];
  const R = () => rows.length;
  const panel = (lines, h) => { const a = lines.slice(); while (a.length < h) a.push(null); return a; };
  const side = (title, cols, h) => {
    rows.push(span(title, W)); merges.push(`A${R()}:K${R()}`);
    const P = cols.map((c) => panel(c, h));
    for (let r = 0; r < h; r++) {
      const s = R() + 1;
      rows.push([P[0][r], null, null, null, P[1][r], null, null, null, P[2][r], null, null]);
      [["A", "C", 0], ["E", "G", 1], ["I", "K", 2]].forEach(([a, b, k]) => { if (P[k][r] !== null) merges.push(`${a}${s}:${b}${s}`); });
    }
    rows.push(Array(W).fill(null));
  };
  rows.push(span("开平市电子商务进农村宣传折页（三折页）　排版稿", W)); merges.push("A1:K1");
  rows.push(span("开平市商务局　2021年7月印制　　按印刷版式录入：外页、内页各三栏，一栏自上而下读", W)); merges.push("A2:K2");
  rows.push(Array(W).fill(null));
  side("【外页】（折叠后：左栏为内折页，中栏为封底，右栏为封面）", [
    ["监督与咨询", "开平市人民政府门户网站设有“电子商务进农村综合示范”专栏，扫码可查看：", "✓ 示范创建方案", "✓ 项目基本信息", "✓ 每月项目建设进度",
      "专栏设“监督举报”窗口，监督举报电话：0750-22×××××", "咨询电话：0750-22×××××（市电子商务公共服务中心）"],
    ["开平市商务局", "开平市电子商务公共服务中心", "地址：开平市长沙街道××路××号", "开放时间：周一至周六 9:00—17:30", null, "（免费索取）"],
    ["电商进农村　侨乡好生活", null, "开平市省级电子商务进农村综合示范县", null, "家门口卖土货　村口收快递"],
  ], 8);
  side("【内页】", [
    ["一、身边的电商服务中心", "开平市电子商务公共服务中心已于2020年12月8日正式运营，由专业第三方运营服务商江门市侨乡电子商务运营有限公司负责运营。", "中心免费为您提供：",
      "✓ 电商基础培训（培训室、直播实训设备免费使用）", "✓ 农特产品免费展示、展销", "✓ 产品免费拍摄、美工设计", "✓ “开平好物”区域品牌统一推广、商标注册指导",
      "✓ 金融贷款、物流对接等增值服务"],
    ["二、村里的服务站", "全市226个行政村，已有182个建成村级电商服务站。", "服务站可以帮您：代购代销、快递收发、代缴话费电费、小额信贷咨询。",
      "快递进村：全市行政村快递服务覆盖率100%，村口就能寄收快递。", "找服务站：看村委会附近“电商服务站”蓝色招牌。"],
    ["三、学电商　有补贴", "已累计免费培训8,600人次。", "下期培训报名：8月16日—20日，到村服务站或中心报名。",
      "《开平市扶持农村电子商务发展若干措施》：新开网店、快递物流均有补贴。", "开平市电商产业园（长沙街道）为入驻电商企业减免办公场地租金。",
      "“侨乡好物”直播间累计观看50万人次，欢迎村民来直播间卖货。"],
  ], 9);
  rows.push(span("印刷数量：20,000份　　设计：开平市融媒体中心", W)); merges.push(`A${R()}:K${R()}`);
  write("facts/b138-f3-kaiping.json", {
    description:
      "江门开平市商务局交来的是给村民派发的三折页《电商进农村　侨乡好生活》的排版稿：外页、内页各一块（块标题一行合并），每块三栏并排（A:C、E:G、I:K，每行一栏一格、横向合并，栏间空一列），一栏要自上而下读，不能横着跨栏读。读法：county 开平市（标题、封面“开平市省级电子商务进农村综合示范县”）；内页第一栏：中心2020年12月8日正式运营 → centerOpened；由专业第三方运营服务商运营 → thirdPartyOperator；五个✓：免费培训（培训室、设备）、免费展示展销、免费拍摄美工、统一推广和商标注册指导、金融物流对接等增值服务 → 五项都是；第二栏：“全市226个行政村” → adminVillagesStated 226（182个建站不是键）；快递服务覆盖率100% → expressCoverage；第三栏：已累计免费培训8,600人次 → trainingPersonTimesStated；扶持措施 → policyIssued；开平市电商产业园 → parkBuilt；“直播间累计观看50万人次”不是培训，“下期培训报名8月16日—20日”不是事实；外页左栏：专栏可查看创建方案、项目基本信息、每月建设进度，设“监督举报”窗口 → 四项都是。折页没有截止日期（2021年7月是印制时间，不是asOf）、没有领导、没有分数。",
    sheets: [sheet("宣传折页", rows, merges)],
    expect: {
      facts: {
        county: "开平市", centerOpened: "2020-12-08", thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        centerOther: true, adminVillagesStated: 226, expressCoverage: true, trainingPersonTimesStated: 8600, policyIssued: true, parkBuilt: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b138-l1-gaoyao: 肇庆高要区 — ①《说明》不是台账；②腾讯会议“参会成员明细”导出，四期线上培训一块一块贴在一张表里
// （主持人、联席主持人不计；同一参会者多次入会多行计1人次；日期在块头的会议开始时间）；③活道镇《结对帮扶一览表》
// （帮扶责任人、户纵向合并，一名家庭成员一行；弱劳动能力算有劳动能力；区外、省外务工是外出务工；空白、“—”是没填）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("说明", [["高要区商务局电子商务进农村台账（培训、帮扶对象）"], [null], ["1．线上培训：腾讯会议导出的“参会成员明细”，四期，每期一块，按会议时间先后排列。"],
    ["2．结对帮扶一览表：活道镇提供，用于核对参训的建档立卡贫困人口。"], ["3．线下培训签到表另册装订。"], [null], ["高要区商务局电商股　2021年9月"]]));
  expect["说明"] = { kind: null };

  // ---------------------------------------------------------------- 腾讯会议参会明细 (training)
  const TOWN = ["南岸街道", "回龙镇", "白土镇", "金渡镇", "金利镇", "蚬岗镇", "白诸镇", "莲塘镇", "活道镇", "禄步镇", "小湘镇", "大湾镇", "新桥镇", "乐城镇", "水南镇", "河台镇", "蛟塘镇"];
  const people = [];
  for (let i = 0; i < 30; i++) { const sex = i % 3 === 1 ? "男" : "女"; people.push(`${nameOf(i + 200, sex, USED)}-${TOWN[(i * 5) % TOWN.length]}`); }
  // [iso, start [h,m,s], end [h,m], 主题, 会议号, trainees (nick or index), rejoin indexes (positions in trainees)]
  const MT = [
    ["2020-11-19", [14, 26, 40], [16, 31], "高要区农村电商线上培训第1期——网店开设与运营", "715 302 486", [0, 1, 2, 3, "手机用户3821", 4, 5, 6, 7], []],
    ["2021-03-18", [14, 26, 11], [16, 35], "高要区农村电商线上培训第2期——短视频拍摄与剪辑", "623 481 907", [8, 9, 1, 10, 11, 12, 13, 14, 3, 15, 16, 17], [2, 7]],
    ["2021-06-24", [9, 27, 5], [11, 40], "高要区农村电商线上培训第3期——直播带货实操", "548 117 360", [18, 0, 19, 20, 9, 21, 22, 23, 12, 24], [5]],
    ["2021-09-09", [14, 28, 33], [16, 30], "高要区农村电商线上培训第4期——社区团购与私域运营", "830 964 215", [25, 26, 1, 27, 28, 18, 29, 19], [3]],
  ];
  const HOSTN = "高要区商务局电商股", LECT = ["讲师-何××（广东××电商学院）", "讲师-冯××（肇庆××传媒）", "讲师-何××（广东××电商学院）", "讲师-苏××（××供应链公司）"];
  const hms = (t) => { const s = ((t % 86400) + 86400) % 86400; return `${p2(Math.floor(s / 3600))}:${p2(Math.floor((s % 3600) / 60))}:${p2(s % 60)}`; };
  const recs = [];
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("腾讯会议　参会成员明细（导出）");
    full("高要区商务局电商股加注：四期线上培训的导出结果依次粘贴。培训人次按参会者计：主持人、联席主持人（讲师）不计；同一参会者因网络原因多次入会、显示多行的，只计1人次；未按要求改名的参会者（如“手机用户3821”）也是学员，照计。");
    MT.forEach(([iso, st, en, topic, mid, list, rejoin], mi) => {
      rows.push(Array(W).fill(null));
      const start = st[0] * 3600 + st[1] * 60 + st[2];
      const end = en[0] * 3600 + en[1] * 60 + ((mi * 17) % 60);
      const nick = (x) => (typeof x === "string" ? x : people[x]);
      const ev = []; // [join, leave, nick, role, device]
      ev.push([start - 4 * 60 - 13, end, HOSTN, "主持人", "Windows"]);
      ev.push([start - 2 * 60 + 7, end - 95, LECT[mi], "联席主持人", "Mac"]);
      list.forEach((x, k) => {
        const j = start + 40 + k * 47 + ((k * 13) % 30);
        const dev = ["Android", "iOS", "Windows", "微信小程序"][(k + mi) % 4];
        if (rejoin.includes(k)) {
          const drop = start + 1800 + k * 61;
          ev.push([j, drop, nick(x), "参会者", dev]);
          ev.push([drop + 95 + k, end - 10 - k, nick(x), "参会者", dev]);
        } else ev.push([j, end - 20 - k * 3, nick(x), "参会者", dev]);
      });
      ev.sort((a, b) => a[0] - b[0]);
      const distinct = new Set(ev.map((e) => e[2])).size;
      full(`会议主题：${topic}`);
      full(`会议号：${mid}　　会议开始时间：${iso} ${hms(start)}　　会议结束时间：${iso} ${hms(end + 40)}　　参会人数：${distinct}（按用户去重）`);
      rows.push(["序号", "用户昵称（入会昵称）", "身份", "入会时间", "退会时间", "参会时长（分钟）", "入会设备"]);
      const seen = new Set();
      ev.forEach((e, k) => {
        rows.push([k + 1, e[2], e[3], `${iso} ${hms(e[0])}`, `${iso} ${hms(e[1])}`, Math.round((e[1] - e[0]) / 60), e[4]]);
        if (e[3] === "参会者" && !seen.has(e[2])) { seen.add(e[2]); recs.push({ date: iso, personTimes: 1, id: null }); }
      });
      assert(seen.size === list.length && ev.length === list.length + rejoin.length + 2, "meeting " + mi);
    });
    sheets.push(sheet("腾讯会议参会明细", rows, merges));
    expect["腾讯会议参会明细"] = { kind: "training", records: recs };
    assert(recs.length === 39 && recs.filter((r) => r.date <= AS_OF).length === 31, "39 person-times, 31 by cut-off");
  }

  // ---------------------------------------------------------------- 结对帮扶一览表 (poorPersons)
  // households: [帮扶人, 单位职务, 村, members: [rel, sex, birth, 劳动能力, 务工情况]]
  const HH = [
    ["李××", "区商务局 副局长", "回龙村", [["户主", "男", "19690314", "有劳动能力", "区外务工（佛山南海）"], ["配偶", "女", "19710822", "弱劳动能力", "在家务农"],
      ["之子", "男", "19960105", "有劳动能力", "省外务工（浙江义乌）"], ["之女", "女", "20060917", "无劳动能力", "在校生"]]],
    ["李××", "区商务局 副局长", "回龙村", [["户主", "男", "19580611", "丧失劳动能力", "—"], ["之子", "男", "19850227", "有劳动能力", "区内务工（金利镇）"]]],
    ["黄××", "区商务局 电商股股长", "塘头村", [["户主", "女", "19760402", "有劳动能力", "公益性岗位（村保洁员）"], ["之子", "男", "20030719", "无劳动能力", "在校生"],
      ["之母", "女", "19491130", "无劳动能力", "—"]]],
    ["黄××", "区商务局 电商股股长", "塘头村", [["户主", "男", "19810915", "有劳动能力", "在家务农"], ["配偶", "女", "19830508", "有劳动能力", "区外务工（广州白云）"],
      ["之父", "男", "19530120", "弱劳动能力", "在家务农"]]],
    ["冯××", "区商务局 办公室主任", "横江村", [["户主", "男", "19721008", "有劳动能力", "区内务工（活道镇）"], ["配偶", "女", "19740316", "有劳动能力", "在家务农"],
      ["之子", "男", "19980824", "有劳动能力", "区外务工（东莞）"], ["之女", "女", "20000613", "有劳动能力", null]]],
  ];
  const LAB = { 有劳动能力: true, 弱劳动能力: true, 无劳动能力: false, 丧失劳动能力: false };
  const mig = (w) => (w === null || w === "—" ? null : /^(区外|省外)务工/.test(w));
  const recsP = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("肇庆市高要区活道镇2021年结对帮扶一览表");
    full("活道镇乡村振兴办　　2021年6月　　劳动能力：有劳动能力、弱劳动能力均属有劳动能力，无劳动能力、丧失劳动能力的不属；务工情况：区外务工、省外务工（注明地点）为外出务工，区内务工、在家务农、公益性岗位、在校生不是外出务工；无劳动能力的填“—”，未采集的空白");
    rows.push(["序号", "帮扶责任人", "工作单位及职务", "帮扶户户主", "所在村", "家庭成员", "与户主关系", "身份证号码", "劳动能力", "务工情况", "联系电话"]);
    let no = 0, pi = 0;
    let hs = null, prevHelper = null;
    HH.forEach((h, hi) => {
      if (h[0] !== prevHelper) { if (hs !== null && R() > hs) merges.push(`B${hs}:B${R()}`, `C${hs}:C${R()}`); hs = R() + 1; prevHelper = h[0]; }
      const s = R() + 1;
      let head = null, sur = null;
      h[3].forEach((m, k) => {
        no++;
        let nm = nameOf(pi + 300, m[1], USED);
        if (k === 0) { sur = nm[0]; head = nm; }
        else if (["之子", "之女", "之父"].includes(m[0]) && nm[0] !== sur) { USED.delete(nm); const G = m[1] === "女" ? GIV_F : GIV_M; let q = 0; nm = sur + G[(pi + q) % G.length]; while (USED.has(nm)) { q++; nm = sur + G[(pi + q) % G.length]; } USED.add(nm); }
        const id = makeIdSex("441283", m[2], 400 + pi * 31, pi === 6, m[1]);
        pi++;
        rows.push([no, hs === R() + 1 ? h[0] : null, hs === R() + 1 ? h[1] : null, k === 0 ? head : null, k === 0 ? h[2] : null, nm, m[0], id, m[3], m[4], k === 0 ? `13${(hi * 3 + 5) % 10}****${String(2000 + hi * 1373).slice(-4)}` : null]);
        recsP.push({ id, labour: LAB[m[3]], migrant: mig(m[4]) });
      });
      ["D", "E", "K"].forEach((c) => merges.push(`${c}${s}:${c}${R()}`));
    });
    if (R() > hs) merges.push(`B${hs}:B${R()}`, `C${hs}:C${R()}`);
    full("填表：活道镇乡村振兴办 区××　　帮扶单位：高要区商务局");
    sheets.push(sheet("结对帮扶一览表", rows, merges));
    expect["结对帮扶一览表"] = { kind: "poorPersons", records: recsP };
    assert(recsP.length === 16 && recsP.filter((r) => r.id.endsWith("X")).length === 1, "16 persons, one X");
    assert(recsP.filter((r) => r.labour && r.migrant === false).length === 7 && recsP.filter((r) => r.migrant === null).length === 3 && recsP.filter((r) => r.migrant).length === 4,
      "7 eligible, 3 unknown, 4 migrants");
  }
  write("ledgers/b138-l1-gaoyao.json", {
    description:
      "肇庆高要区商务局交的台账，三个表。①《说明》不是台账。②《腾讯会议参会明细》是四期线上培训的腾讯会议“参会成员明细”导出，一期一块依次贴在一张表里：每块有会议主题行、会议号和会议开始／结束时间行、表头（序号｜用户昵称｜身份｜入会时间｜退会时间｜参会时长｜入会设备），按入会时间排序。读法：日期读块头“会议开始时间”的日期（2020-11-19、2021-03-18、2021-06-24、2021-09-09，明细里的入会时间同一天）；“主持人”（区商务局电商股）和“联席主持人”（讲师）不是学员；同一昵称在同一期里因掉线入会两次、显示两行的，只算1人次，记在第一次出现的位置（第2期2人、第3期1人、第4期1人）；没改名的“手机用户3821”也是学员；同一人参加几期就算几人次；没有身份证号 → id null。共39人次（9＋12＋10＋8，截至8月31日31人次），照出现顺序列出。③《结对帮扶一览表》是活道镇的结对帮扶表：帮扶责任人、单位职务按人纵向合并，户主、所在村、电话按户纵向合并，一名家庭成员一行，身份证号读“身份证号码”列（一个末位X）。读法：劳动能力“有劳动能力”“弱劳动能力” → true，“无劳动能力”“丧失劳动能力” → false；务工情况“区外务工（佛山南海）”“省外务工（浙江义乌）”等 → 外出务工 true，“区内务工”“在家务农”“公益性岗位”“在校生” → false，“—”（无劳动能力的不填）和空白（未采集） → null。共16人（有劳动能力且不外出务工的7人）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b138-l2-yangdong: 阳江阳东区 — ①《填报说明》不是台账；②产业园《企业分布平面图》：一个房间一格（房号／企业／类型｜入驻时间），
// 北侧、走廊、南侧三行一层；公共用房不是企业；空置房写着原企业和退园时间；一间两家；按行从左到右读；③《发票登记簿》：
// 一张发票一行，读付款日期和付款金额（扣质保金的付款额小于发票额），两张发票合并付款是一笔，红冲作废、未付款的不是支出
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  sheets.push(sheet("填报说明", [["阳东区商务局　电子商务进农村综合示范台账"], ["1．产业园平面图由园区运营管理办公室提供，按房间标注在园企业，2021年9月10日更新。"],
    ["2．发票登记簿由局财务室登记，记录收到的项目发票和付款情况。"], ["3．金额单位：元。"], ["阳东区商务局电商股"]]));
  expect["填报说明"] = { kind: null };

  // ---------------------------------------------------------------- 企业分布平面图 (enterprises)
  const E = (name, type, entered, cell, left, lcell) => ({ name, type, entered, cell, left: left || null, lcell: lcell || null });
  const FLOORS = [
    ["三　层", [
      ["301", "园区运营管理办公室"], ["302", [E("阳江市阳东区锋尚刀剪电子商务有限公司", "销售型", "2020-11-06", "2020.11.6")]],
      ["303", [E("中国邮政集团有限公司阳江市阳东区分公司邮乐购运营中心", "平台型", "2020-11", "2020.11")]],
      ["304", [E("阳东区海味坊网店", "销售型", "2021-01-12", "2021.1.12"), E("阳江市阳东区优拍视觉设计工作室", "设计服务", "2021-01-12", "2021.1.12")]],
      ["305", [E("阳江市阳东区合山荔枝电子商务有限公司", "销售型", "2020-12-03", "2020.12.3")]],
      ["306", "vacant", E("阳东区东平鱿鱼干网店", "销售型", "2020-12-03", "2020.12.3", "2021-06-30", "2021.6.30")], ["307", "楼梯间"]],
    [["308", "公共直播间"], ["309", [E("阳江市阳东区漠阳电商运营服务有限公司", "电商运营商", "2020-11-06", "2020.11.6")]],
      ["310", [E("阳江市阳东区韵达快递东城营业部", "物流企业", "2020-11-20", "2020.11.20")]], ["311", [E("阳东区大八腊味网店", "销售型", "2021-02", "2021.2")]],
      ["312", [E("阳江市阳东区红丰豆豉电子商务有限公司", "销售型", "2021-03-15", "2021.3.15")]], ["313", [E("阳江市阳东区星播直播传媒有限公司", "直播服务", "2021-04-08", "2021.4.8")]],
      ["314", "卫生间"]]],
    ["四　层", [
      ["401", "路演厅（会议室）"], ["402", [E("阳江市阳东区乡购网络科技有限公司", "平台型", "2021-04-22", "2021.4.22")]], ["403", [E("阳东区雅韶番薯网店", "销售型", "2021-05", "2021.5")]],
      ["404", [E("阳江市阳东区十八刀具电子商务有限公司", "销售型", "2021-05-18", "2021.5.18")]], ["405", [E("阳江市阳东区启航电商代运营有限公司", "电商运营商", "2021-06-10", "2021.6.10")]],
      ["406", [E("阳江市阳东区顺达仓储物流有限公司", "物流企业", "2021-09-06", "2021.9.6")]], ["407", "楼梯间"]],
    [["408", "公共摄影棚"], ["409", [E("阳东区那龙腐竹网店", "销售型", "2021-06-24", "2021.6.24")]], ["410", [E("阳江市阳东区北惯蚝油电子商务有限公司", "销售型", "2021-07-08", "2021.7.8")]],
      ["411", "vacant", E("阳东区塘坪沙姜网店", "销售型", "2020-12", "2020.12", "2021-03", "2021.3")], ["412", [E("阳江市阳东区冷链配送有限公司", "物流企业", "2021-07-21", "2021.7.21")]],
      ["413", [E("阳东区新洲海鸭蛋网店", "销售型", "2021-08-11", "2021.8.11"), E("阳东区东城手工糍粑网店", "销售型", "2021-08-11", "2021.8.11")]], ["414", "卫生间"]]],
  ];
  const recsE = [];
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("阳江市阳东区电子商务产业园入驻企业分布平面图");
    full("阳东区东城镇××路创业大厦三、四层　　园区运营管理办公室　　2021年9月10日更新");
    full("图例：房间格内依次为 房号／企业名称／企业类型｜入驻时间；一间两家的分①②；空置房间注明原入驻企业及退园时间；运营办公室、直播间、摄影棚、路演厅为公共用房");
    const cellOf = (room) => {
      const [no, what, former] = room;
      if (typeof what === "string" && what !== "vacant") return `${no}\n${what}`;
      if (what === "vacant") { recsE.push({ name: former.name, type: former.type, entered: former.entered, left: former.left }); return `${no}\n（空置）\n原入驻：${former.name}（${former.type}，${former.cell}入驻，${former.lcell}退园）`; }
      what.forEach((e) => recsE.push({ name: e.name, type: e.type, entered: e.entered, left: null }));
      if (what.length === 1) return `${no}\n${what[0].name}\n${what[0].type}｜${what[0].cell}入驻`;
      return `${no}\n` + what.map((e, i) => `${"①②"[i]}${e.name}（${e.type}｜${e.cell}入驻）`).join("\n");
    };
    for (let f = 0; f < FLOORS.length; f++) {
      rows.push(Array(W).fill(null));
      rows.push(span(FLOORS[f][0], W)); merges.push(`A${R()}:H${R()}`);
      rows.push(["北侧"].concat(FLOORS[f][1].map(cellOf)));
      rows.push([null, "走　　　　　　廊", null, null, null, null, null, null]); merges.push(`B${R()}:H${R()}`);
      rows.push(["南侧"].concat(FLOORS[f][2].map(cellOf)));
    }
    rows.push(Array(W).fill(null));
    const now = recsE.filter((r) => !r.left).length;
    full(`在园企业${now}家（含9月6日入驻1家）；累计入驻${recsE.length}家，退园${recsE.length - now}家。　　制图：园区办 谭××`);
    sheets.push(sheet("企业分布平面图", rows, merges));
    expect["企业分布平面图"] = { kind: "enterprises", records: recsE };
    const atCut = recsE.filter((r) => r.entered <= AS_OF && !(r.left && r.left <= AS_OF));
    assert(recsE.length === 22 && now === 20 && atCut.length === 19, "22 records, 20 now, 19 at cut-off");
  }

  // ---------------------------------------------------------------- 发票登记簿 (funds)
  // [收票 iso, 开票单位, 发票号码, 开票 iso, 项目内容, 发票金额, 付款 iso|null, 付款金额|null, 凭证, 备注, payCell fmt]
  const INV = [
    ["2020-10-09", "阳江市阳东区漠阳电商运营服务有限公司", "44001234", "2020-10-08", "区电商公共服务中心建设首期款", 400000, "2020-10-16", 400000, "记-2020-10-07", null],
    ["2020-11-02", "中国邮政集团有限公司阳江市阳东区分公司", "44005871", "2020-10-30", "村级电商服务站点建设第一批款", 320000, "2020-11-10", 320000, "记-2020-11-04", null],
    ["2020-12-01", "阳江市漠阳职业培训学校", "44011302", "2020-11-27", "电商培训服务费（第1—3期）", 64500, "2020-12-08", 107500, "记-2020-12-03", "两张发票合并付款"],
    ["2020-12-01", "阳江市漠阳职业培训学校", "44011303", "2020-11-27", "电商培训服务费（第4—5期）", 43000, "merged", null, null, null],
    ["2021-01-11", "阳江市阳东区通达物流有限公司", "44020418", "2021-01-08", "农村物流配送体系建设首期款", 280000, "2021-01-20", 280000, "记-2021-01-05", null],
    ["2021-03-03", "阳江市阳东区好物文化传播有限公司", "44031557", "2021-03-01", "农产品品牌培育推广款", 150000, null, null, null, "开票信息有误，已红冲作废，见下行重开发票"],
    ["2021-03-10", "阳江市阳东区好物文化传播有限公司", "44031602", "2021-03-09", "农产品品牌培育推广款（重开）", 150000, "2021-03-18", 150000, "记-2021-03-09", null],
    ["2021-04-14", "阳江市阳东区漠阳电商运营服务有限公司", "44040336", "2021-04-12", "区电商公共服务中心建设进度款", 300000, "2021-04-23", 300000, "记-2021-04-11", null],
    ["2021-05-20", "中国邮政集团有限公司阳江市阳东区分公司", "44052291", "2021-05-18", "村级电商服务站点建设第二批款", 260000, "2021-05-28", 234000, "记-2021-05-14", "扣留10%质量保证金26,000元"],
    ["2021-06-21", "阳江市溯源信息科技有限公司", "44061148", "2021-06-18", "农产品质量溯源系统款", 120000, "2021-06-30", 120000, "记-2021-06-20", null],
    ["2021-07-15", "阳江市阳东区建安工程有限公司", "44070925", "2021-07-13", "电商产业园改造工程款", 350000, "2021-07-27", 350000, "记-2021-07-16", null],
    ["2021-08-18", "阳江市漠阳职业培训学校", "44081470", "2021-08-16", "电商培训服务费（第6—9期）", 88200, "2021-08-26", 88200, "记-2021-08-12", null],
    ["2021-08-25", "阳江市阳东区通达物流有限公司", "44082013", "2021-08-24", "农村物流配送体系建设进度款", 200000, "2021-09-07", 200000, "记-2021-09-03", null],
    ["2021-09-13", "阳江市阳东区漠阳电商运营服务有限公司", "44090562", "2021-09-10", "区电商公共服务中心建设尾款", 150000, null, null, null, "待验收后付款"],
  ];
  const recsF = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("阳东区商务局省级电子商务进农村综合示范专项资金发票收取及付款登记簿");
    full("局财务室　　单位：元　　一张发票一行；付款以“付款日期”“付款金额”为准，一笔付款对应几张发票的，付款栏合并填写；作废发票不付款");
    rows.push(["序号", "收票日期", "开票单位", "发票号码", "开票日期", "项目内容", "发票金额", "付款日期", "付款金额", "付款凭证号", "备注"]);
    const FP = [D, fmtDot, fmtCn, fmt2y];
    let invSum = 0;
    INV.forEach((v, i) => {
      const r = R() + 1;
      const merged = v[6] === "merged";
      const paid = v[6] && !merged;
      const void_ = /作废/.test(v[9] || "");
      if (!void_) invSum += v[5];
      rows.push([i + 1, fmtDot(v[0]), v[1], v[2], fmtCn(v[3]), v[4], i % 3 === 0 ? thousands(v[5]) + ".00" : v[5], paid ? FP[i % 4](v[6]) : null,
        paid ? (i % 2 ? money2(v[7]) : v[7]) : null, paid ? v[8] : null, v[9]]);
      if (paid) recsF.push({ date: v[6], amount: v[7] });
      if (paid && INV[i + 1] && INV[i + 1][6] === "merged") merges.push(`H${r}:H${r + 1}`, `I${r}:I${r + 1}`, `J${r}:J${r + 1}`);
    });
    const paySum = sum(recsF.map((r) => r.amount));
    rows.push(["合计", null, null, null, null, "（发票金额不含作废发票）", invSum, null, paySum, null, null]); merges.push(`A${R()}:E${R()}`);
    full("登记：财务室 关××　　复核：梁××");
    assert(recsF.length === 11 && paySum === 2549700 && invSum === 2725700 && sum(recsF.filter((r) => r.date <= AS_OF).map((r) => r.amount)) === 2349700, "11 payments, 2,549,700 (2,349,700 by cut-off)");
    sheets.push(sheet("发票登记簿", rows, merges));
    expect["发票登记簿"] = { kind: "funds", records: recsF };
  }
  write("ledgers/b138-l2-yangdong.json", {
    description:
      "阳江阳东区商务局交的台账，三个表。①《填报说明》不是台账。②《企业分布平面图》是产业园运营办提供的楼层平面图（2021年9月10日更新）：每层一块（“三　层”“四　层”标题行），下面北侧一行房间、“走廊”一行、南侧一行房间，一个房间一格，格内分行写房号、企业名称、“类型｜入驻时间”。读法：按行从左到右读（三层北侧、南侧，再四层北侧、南侧）；运营管理办公室、公共直播间、公共摄影棚、路演厅、楼梯间、卫生间不是企业；304、413一间两家（①②），各算一条；306、411“（空置）”格里写的原入驻企业也是一条记录，入驻、退园日期照写（411“2020.12入驻，2021.3退园”只到月 → 2020-12、2021-03）；303、311、403入驻时间只到月；406“2021.9.6入驻”照列。在园企业left为null。共22条（截至8月31日在园19家）。③《发票登记簿》是局财务室的发票收取及付款登记簿，一张发票一行。读法：一笔支出读“付款日期”“付款金额”，不读收票日期、开票日期、发票金额；第3、4行两张培训费发票（64,500＋43,000）合并付款107,500元，付款栏纵向合并 → 一笔；第6行发票红冲作废，没有付款；5月28日付款234,000元（发票260,000元，扣留10%质保金）；9月7日付款照列；最后一张发票“待验收后付款”不是支出。付款日期有真日期、“2020.11.10”、“2021年3月18日”、两位年份“21.4.23”；付款金额有数字和“300,000.00”这样的文字。共11笔，合计2,549,700元（截至8月31日2,349,700元）。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
