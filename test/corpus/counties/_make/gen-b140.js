// Batch 140 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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

// =====================================================================================
// counties/b140-c1-yunan: 云浮郁南县 — 自评《思维导图》（XMind导出Excel，一行一条分支，上级只在第一行出现，自评分在“自评：N分”节点）；
// 县交通运输局《建制村通硬化路、通客车及快递服务进村情况表》当村名单（建制村＝行政村，含快递列）；《站点视频文件清单》（读建成时间，
// 不读拍摄日期）；县妇联《“巾帼兴村”培训活动登记表》借用（只算“电商培训”类别）；产业园《招商签约台账》（读实际入驻／撤出）；
// 《资金调度表》计划／实际两行、月份横排（万元）；市局《月报报送情况通报》（只读本县一行）＋经验材料；《网页取证清单》；《舆情监测导出》
// =====================================================================================
(function c1() {
  const AREA = "445322";
  const sheets = [];
  const TOWNS = ["都城镇", "平台镇", "千官镇", "大方镇", "宝珠镇", "东坝镇", "连滩镇", "河口镇", "宋桂镇", "建城镇", "桂圩镇", "通门镇", "南江口镇", "历洞镇", "大湾镇"];
  const NV = [14, 12, 11, 12, 13, 11, 15, 12, 11, 12, 13, 10, 12, 11, 11];
  assert(sum(NV) === 180, "180 villages");
  const STEMS = TOWNS.map((t) => t.replace(/镇$/, ""));
  const P1 = "大小新旧上下东西南北石竹云龙黄罗平高".split(""), P2 = "坑垌岗塘江田洞岭坪寨湾头围冲".split("");
  const cand = [];
  P1.forEach((a, i) => P2.forEach((b, j) => cand.push([(i * 131 + j * 71 + i * j * 37) % 997, a + b])));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VN = [...new Set(cand.map((c) => c[1]))].filter((n) => !STEMS.includes(n)).map((n) => n + "村").slice(0, 180);
  assert(VN.length === 180, "village names");
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 9 === 4).map((v) => v.k);
  assert(POORK.length === 20, "20 poor villages");
  const isPoor = (k) => POORK.includes(k);
  const LATE_POOR = POORK[13];                       // its station opened 2021-09-10
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const covNP = nonPoor.filter((v, j) => (j * 5) % 8 < 6).slice(0, 112);
  assert(covNP.length === 112, "112 covered non-poor");
  const COVK = POORK.filter((k) => k !== LATE_POOR).concat(covNP.map((v) => v.k)).sort((a, b) => a - b);
  assert(COVK.length === 131, "131 covered by cut-off");
  const uncovNP = nonPoor.filter((v) => !covNP.includes(v));
  const NOEXP = [uncovNP[3].k, uncovNP[17].k];        // 快递服务进村：否
  const SEPT_NP = uncovNP[9].k;                       // station opened 2021-09-02
  assert(!NOEXP.includes(SEPT_NP), "distinct");

  // ---------------------------------------------------------------- 建制村情况表 (villages, 县交通运输局)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("郁南县建制村通硬化路、通客车及快递服务进村情况统计表");
    full("郁南县交通运输局　　2021年6月　　说明：建制村即行政村，不含社区；“快递服务进村”指快递企业在村设服务点或按日投递到村（是／否）；“省定贫困村”据县乡村振兴局名单");
    rows.push(["序号", "镇", "建制村", "是否省定贫困村", "通硬化路", "通客车", "客车线路", "快递服务进村", "备注"]);
    let no = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      VIL.filter((v) => v.town === t).forEach((v, i) => {
        no++;
        const nm = no % 7 === 3 ? v.name.replace(/村$/, "村委会") : v.name;
        const exp = !NOEXP.includes(v.k);
        rows.push([no, i === 0 ? t : null, nm, isPoor(v.k) ? "是" : "否", "是", "是", `${STEMS[ti]}—${v.name.replace(/村$/, "")}线`, exp ? "是" : "否", exp ? null : "山区偏远，快递由镇网点代收，暂未进村"]);
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `${NV[ti]}个`, `${VIL.filter((v) => v.town === t && isPoor(v.k)).length}个`, null, null, null, null, null]);
    });
    rows.push(["合计", null, "180个", "20个", "180个", "180个", null, "178个", null]); merges.push(`A${R()}:B${R()}`);
    full("填表：县交通运输局运输股 黎××　　审核：陈××");
    sheets.push(sheet("建制村情况表", rows, merges));
  }

  // ---------------------------------------------------------------- 站点视频文件清单 (stations; 建成时间, not 拍摄日期)
  const ST = [];
  COVK.forEach((k, i) => {
    const opened = isoAdd("2019-12-10", Math.floor((i * 620) / 130));
    const month = i % 11 === 6;
    const cell = month ? fmtMonth(opened) : [D, fmtDot, fmtCn, fmtSlash, fmt2y][i % 5](opened);
    ST.push({ k, vil: i % 6 === 2 ? VIL[k].name.replace(/村$/, "村委会") : VIL[k].name, town: VIL[k].town, name: VIL[k].name.replace(/村$/, "") + "村电商服务站", opened: month ? opened.slice(0, 7) : opened, cell, note: null });
  });
  assert(ST.every((s) => s.opened <= "2021-08-31") && ST[ST.length - 1].opened === "2021-08-21", "all 131 by cut-off, last " + ST[ST.length - 1].opened);
  const DUP = ST[40], SECOND = ST[77];
  const extra = [
    { k: DUP.k, vil: DUP.vil, town: DUP.town, name: DUP.name, opened: DUP.opened, cell: DUP.cell, note: "补拍（第一次拍摄画面不清）", dupOf: DUP },
    { k: SECOND.k, vil: VIL[SECOND.k].name, town: SECOND.town, name: VIL[SECOND.k].name.replace(/村$/, "") + "圩电商服务站", opened: "2021-03-22", cell: "2021.3.22", note: "同村第二个站点（设在圩场）" },
    { k: LATE_POOR, vil: VIL[LATE_POOR].name, town: VIL[LATE_POOR].town, name: VIL[LATE_POOR].name.replace(/村$/, "") + "村电商服务站", opened: "2021-09-10", cell: "2021.9.10", note: "省定贫困村站点，9月新建" },
    { k: SEPT_NP, vil: VIL[SEPT_NP].name, town: VIL[SEPT_NP].town, name: VIL[SEPT_NP].name.replace(/村$/, "") + "村电商服务站", opened: "2021-09-02", cell: D("2021-09-02"), note: "9月新建" },
    { k: null, vil: "城东社区", town: "都城镇", name: "都城镇城东社区电商服务站", opened: "2020-08-18", cell: "2020年8月18日", note: "社区站点" },
  ];
  const ALLST = ST.concat(extra);
  const byTown = [];
  TOWNS.forEach((t) => ALLST.filter((s) => s.town === t).sort((a, b) => (a.k === null ? 1 : b.k === null ? -1 : a.k - b.k) || (a.dupOf ? 1 : 0) - (b.dupOf ? 1 : 0) || (a.opened < b.opened ? -1 : 1)).forEach((s) => byTown.push(s)));
  assert(byTown.length === 136, "136 video rows");
  const covIn = new Set(ALLST.filter((s) => s.k !== null && dateOk(s.opened)).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 131 && poorIn === 19, "131 villages, 19 of 20 poor");
  assert(covIn.size * 100 >= 180 * 70 && poorIn * 100 >= 20 * 80 && poorIn < 20, "72.8% → 5; 95% → 3");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("郁南县村级电子商务服务站点视频文件清单");
    full("县商务局电商股　　2021年9月整理（迎接省考评组随机抽查站点视频）　　注：“建成时间”为站点建成挂牌运营的时间；“拍摄日期”为考评前统一拍摄视频的日期，与站点建成无关；一个视频文件一行，补拍的另列一行");
    rows.push(["序号", "视频文件名", "镇", "站点名称", "所在行政村", "建成时间", "拍摄日期", "时长", "招牌", "设备", "人员操作", "备注"]);
    byTown.forEach((s, i) => {
      const shot = isoAdd("2021-08-23", Math.floor(i / 7) + (s.dupOf ? 3 : 0));
      const fn = `YN-${s.town.replace(/镇$/, "")}-${s.name.replace(/电商服务站$/, "")}站-${shot.replace(/-/g, "")}${s.dupOf ? "-补拍" : ""}.mp4`;
      rows.push([i + 1, fn, s.town, s.name, s.vil, s.cell, fmtDot(shot), `${1 + (i % 3)}分${p2((i * 17) % 60)}秒`, "✓", "✓", i % 13 === 5 ? "—" : "✓",
        s.note || (s.k !== null && isPoor(s.k) ? "省定贫困村站点" : null)]);
    });
    full(`共${byTown.length}个视频文件（站点${byTown.length - 1}个，其中同村第二站1个、社区站1个、9月新建2个；补拍1个）`);
    full("整理：电商股 植××");
    sheets.push(sheet("站点视频文件清单", rows, merges));
  }

  // ---------------------------------------------------------------- 妇联培训活动登记（借用） (training sessions)
  // [iso, cell fmt, 名称, 地点, 类别, 参加人数, 其中妇女]
  const FL = [
    ["2020-10-15", "农村电商入门（巾帼电商班第1期）", "都城镇妇女之家", "电商培训", 126, 98], ["2020-10-28", "家政服务员培训", "县妇女儿童活动中心", "家政培训", 86, 86],
    ["2020-11-19", "网店开设（巾帼电商班第2期）", "连滩镇文化站", "电商培训", 138, 102], ["2020-12-03", "竹编手工技艺", "宝珠镇妇女之家", "手工编织", 64, 61],
    ["2020-12-17", "微信小店运营（巾帼电商班第3期）", "河口镇文化站", "电商培训", 112, 87], ["2021-01-14", "短视频拍摄（巾帼电商班第4期）", "县电商公共服务中心", "电商培训", 145, 109],
    ["2021-03-11", "直播带货入门（巾帼电商班第5期）", "县电商公共服务中心", "电商培训", 160, 131], ["2021-03-25", "黄皮种植管理", "平台镇农技站", "种养技术", 95, 58],
    ["2021-04-22", "农产品包装设计（巾帼电商班第6期）", "东坝镇文化站", "电商培训", 132, 104], ["2021-05-13", "育婴员培训", "县妇女儿童活动中心", "家政培训", 78, 78],
    ["2021-06-17", "社群团购（巾帼电商班第7期）", "宋桂镇文化站", "电商培训", 151, 116], ["2021-07-08", "反家暴法律宣讲", "建城镇各村", "法律宣讲", 120, 93],
    ["2021-08-12", "直播带货提升（巾帼电商班第8期）", "县电商公共服务中心", "电商培训", 128, 97], ["2021-08-26", "手工编织提升", "宝珠镇妇女之家", "手工编织", 59, 57],
  ];
  const SW = [
    ["2020-09-24", "农村电商普及培训（都城镇）", "都城镇政府会议室", 186], ["2020-10-22", "农村电商普及培训（平台镇）", "平台镇政府会议室", 204],
    ["2020-11-26", "农村电商普及培训（千官镇）", "千官镇文化站", 172], ["2020-12-24", "网店运营实操", "县电商公共服务中心", 215],
    ["2021-01-21", "农村电商普及培训（大方镇）", "大方镇文化站", 198], ["2021-03-18", "无核黄皮网销专题", "县电商公共服务中心", 233],
    ["2021-04-08", "农村电商普及培训（桂圩镇）", "桂圩镇政府会议室", 190], ["2021-04-29", "脱贫户电商技能培训", "南江口镇文化站", 176],
    ["2021-05-20", "农村电商普及培训（通门镇）", "通门镇文化站", 208], ["2021-06-10", "直播带货实操", "县电商公共服务中心", 221],
    ["2021-07-01", "农村电商普及培训（历洞镇）", "历洞镇政府会议室", 185], ["2021-07-22", "电商客服与售后", "县电商公共服务中心", 194],
    ["2021-08-19", "农村电商普及培训（大湾镇）", "大湾镇文化站", 166], ["2021-09-16", "电商直播进阶", "县电商公共服务中心", 420],
  ];
  const flEc = FL.filter((r) => r[3] === "电商培训");
  const T_IN = sum(flEc.map((r) => r[4])) + sum(SW.filter((r) => r[0] <= AS_OF).map((r) => r[3]));
  const T_ALLCAT = sum(FL.map((r) => r[4])) + sum(SW.filter((r) => r[0] <= AS_OF).map((r) => r[3]));
  const POP = 395800;
  assert(T_IN === 3640 && T_IN * 1000 >= POP * 8 && T_IN * 100 < POP, "3,640 → 0.92% → 8");
  assert(T_ALLCAT === 4142 && T_ALLCAT * 100 >= POP && (T_IN + 420) * 100 >= POP, "all categories, or with September → ≥1%");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("郁南县妇联2020—2021年度“巾帼兴村”培训活动登记表");
    full("县妇联权益部　　2021年9月");
    full("县商务局电商股加注：本表借用作电商培训佐证。“类别”为“电商培训”的是县妇联与县商务局联办的电商培训；家政、手工编织、种养技术、法律宣讲等其他类别不是电商培训，不计入电商培训人次。“参加人数”为签到人数，“其中：妇女”是参加人数中的女性，不另加。第二部分为县商务局自办的电商培训，由电商股补录。");
    rows.push(["序号", "日期", "活动名称", "地点", "类别", "参加人数", "其中：妇女", "主办", "备注"]);
    rows.push(span("一、县妇联登记", W)); merges.push(`A${R()}:I${R()}`);
    FL.forEach((r, i) => rows.push([i + 1, fmtDot(r[0]), r[1], r[2], r[3], r[4], r[5], r[3] === "电商培训" ? "县妇联、县商务局" : "县妇联", null]));
    rows.push([null, "小计", `${FL.length}场`, null, "其中电商培训" + flEc.length + "场，" + sum(flEc.map((r) => r[4])) + "人次", sum(FL.map((r) => r[4])), sum(FL.map((r) => r[5])), null, null]);
    merges.push(`C${R()}:D${R()}`);
    rows.push(span("二、县商务局自办（电商股补录）", W)); merges.push(`A${R()}:I${R()}`);
    const F3 = [D, fmtCn, fmt2y, fmtSlash];
    SW.forEach((r, i) => rows.push([FL.length + i + 1, F3[i % 4](r[0]), r[1], r[2], "电商培训", r[3], Math.round(r[3] * 0.46) + (i % 5), "县商务局", r[0] > AS_OF ? "考评截止日后" : null]));
    rows.push([null, "小计", `${SW.length}场`, null, null, sum(SW.map((r) => r[3])), null, null, null]); merges.push(`C${R()}:D${R()}`);
    rows.push([null, "总计", `${FL.length + SW.length}场`, null, null, sum(FL.map((r) => r[4])) + sum(SW.map((r) => r[3])), null, null, null]); merges.push(`C${R()}:D${R()}`);
    full("登记：县妇联 麦××　　补录：县商务局电商股 植××");
    sheets.push(sheet("妇联培训活动登记（借用）", rows, merges));
  }

  // ---------------------------------------------------------------- 招商签约台账 (enterprises; 实际入驻 / 撤出)
  // [签约 iso, name, codeSeq, type, area, 入驻 iso|null, 撤出 iso|null, 状态, 备注]
  const EN = [
    ["2020-10-20", "郁南县南江电商运营服务有限公司", 1, "电商运营商", 320, "2020-11-06", null, "已入驻", null],
    ["2020-10-20", "中国邮政集团有限公司郁南县分公司邮乐购运营部", 2, "平台型", 180, "2020-11-06", null, "已入驻", null],
    ["2020-10-28", "郁南县黄皮世家农业发展有限公司", 3, "销售型", 120, "2020-11-16", null, "已入驻", null],
    ["2020-11-05", "郁南县顺丰速运都城营业部", 4, "物流企业", 260, "2020-11-20", null, "已入驻", null],
    ["2020-11-05", "郁南县连滩豆腐网店", 5, "销售型", 60, "2020-12-01", null, "已入驻", null],
    ["2020-11-18", "郁南县砂糖桔电子商务有限公司", 6, "销售型", 80, "2020-12-08", "2021-05-20", "已撤出", "经营不善撤出"],
    ["2020-11-26", "郁南县云仓供应链管理有限公司", 7, "物流企业", 400, null, null, "未落地", "企业另选址，协议解除"],
    ["2020-12-10", "郁南县星火直播传媒有限公司", 8, "直播服务", 150, "2020-12-28", null, "已入驻", null],
    ["2020-12-10", "郁南县大湾古村文旅网店", 9, "销售型", 40, "2021-01-06", null, "已入驻", null],
    ["2021-01-08", "郁南县千官蜂蜜网店", 10, "销售型", 40, "2021-01-25", null, "已入驻", null],
    ["2021-01-08", "郁南县宝珠竹编工艺品电商工作室", 11, "销售型", 50, "2021-02-03", null, "已入驻", null],
    ["2021-02-24", "郁南县优视摄影设计工作室", 12, "设计服务", 70, "2021-03-08", null, "已入驻", null],
    ["2021-03-10", "郁南县乡村易购网络科技有限公司", 13, "平台型", 200, "2021-03-22", null, "已入驻", null],
    ["2021-03-10", "郁南县河口腐竹电子商务有限公司", 14, "销售型", 60, "2021-04-06", null, "已入驻", null],
    ["2021-04-07", "郁南县黄皮世家农业发展有限公司", 3, "销售型", 80, null, null, "续签（扩租）", "同第3行企业扩租二楼，非新入驻"],
    ["2021-04-15", "郁南县通门肉桂网店", 15, "销售型", 40, "2021-04-28", null, "已入驻", null],
    ["2021-05-12", "郁南县建城米粉电子商务有限公司", 16, "销售型", 90, "2021-05-24", null, "已入驻", null],
    ["2021-05-12", "郁南县韵达快递东坝营业部", 17, "物流企业", 150, "2021-06-01", null, "已入驻", null],
    ["2021-06-09", "郁南县启程电商代运营有限公司", 18, "电商运营商", 100, "2021-06-21", null, "已入驻", null],
    ["2021-06-23", "郁南县宋桂茶叶网店", 19, "销售型", 40, "2021-07-05", null, "已入驻", null],
    ["2021-07-14", "郁南县历洞山货网店", 20, "销售型", 40, "2021-07-26", "2021-09-15", "已撤出", "9月中旬撤出"],
    ["2021-07-14", "郁南县平台沙糖桔专业合作社网店", 21, "销售型", 40, null, null, "未落地", "合作社撤回申请"],
    ["2021-08-11", "郁南县东坝蚕桑电子商务有限公司", 22, "销售型", 60, "2021-08-30", null, "已入驻", null],
    ["2021-08-18", "郁南县冷链物流配送有限公司", 23, "物流企业", 300, "2021-09-06", null, "已入驻", null],
    ["2021-08-25", "郁南县桂圩黄皮干网店", 24, "销售型", 40, "2021-08-31", null, "已入驻", null],
  ];
  const inPark = EN.filter((e) => e[5] && e[5] <= AS_OF && !(e[6] && e[6] <= AS_OF));
  const inCodes = new Set(inPark.map((e) => creditCode(AREA, e[2])));
  assert(inPark.length === 20 && inCodes.size === 20 && new Set(inPark.map((e) => e[3])).size >= 3, "20 in park at cut-off");
  assert(EN.filter((e) => e[7] === "已入驻").length === 20 && EN.filter((e) => e[5] && e[5] <= AS_OF).length === 21, "traps: 已入驻 status 20 (another set), 入驻 ≤ cut-off 21");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("郁南县电子商务产业园招商引资签约及落地台账");
    full("园区运营办　　更新至2021年9月20日　　“签约日期”为入园协议签订日期；企业实际进驻以“实际入驻日期”为准，未填的为未落地；撤出的填“撤出日期”；“落地状态”为更新日的状态");
    rows.push(["序号", "签约日期", "企业名称", "统一社会信用代码", "企业类型", "协议面积（㎡）", "实际入驻日期", "撤出日期", "落地状态", "备注"]);
    const F = [fmtDot, D, fmtCn, fmt2y, fmtSlash];
    EN.forEach((e, i) => rows.push([i + 1, fmtDot(e[0]), e[1], creditCode(AREA, e[2]), e[3], e[4], e[5] ? F[i % 5](e[5]) : "—", e[6] ? fmtDot(e[6]) : null, e[7], e[8]]));
    full(`签约${EN.length}份（含续签1份）；更新日在园${EN.filter((e) => e[7] === "已入驻").length}家，撤出2家，未落地2家。　　填表：园区办 黄××`);
    sheets.push(sheet("招商签约台账", rows, merges));
  }

  // ---------------------------------------------------------------- 资金调度表 (funds; plan / actual rows, months across, 万元)
  const MS = ["2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
  // [项目, 承建单位, 合同(万元), plan {ym: 万元}, actual {ym: 万元}]
  const PJ = [
    ["县级电子商务公共服务中心建设", "郁南县南江电商运营服务有限公司", 120, { "2020-10": 60, "2021-01": 40, "2021-04": 20 }, { "2020-11": 50, "2021-01": 40, "2021-06": 18 }],
    ["村级电商服务站点建设", "中国邮政集团有限公司郁南县分公司", 150, { "2020-11": 60, "2021-03": 60, "2021-06": 30 }, { "2020-12": 60, "2021-04": 45, "2021-09": 30 }],
    ["农村物流配送体系建设", "郁南县通达物流有限公司", 90, { "2020-12": 45, "2021-05": 45 }, { "2021-02": 40, "2021-07": 35 }],
    ["农村电商培训", "云浮市南粤职业培训学校", 60, { "2020-11": 15, "2021-02": 15, "2021-05": 15, "2021-08": 15 }, { "2020-12": 12.6, "2021-03": 14.8, "2021-06": 16.2, "2021-09": 9.4 }],
    ["农产品品牌培育及网络营销推广", "郁南县好物文化传播有限公司", 40, { "2021-03": 20, "2021-07": 20 }, { "2021-05": 20, "2021-08": 12 }],
    ["电商产业园改造", "郁南县建安工程有限公司", 30, { "2021-01": 30 }, { "2021-03": 24 }],
    ["农产品质量溯源体系", "云浮市溯源信息科技有限公司", 10, { "2021-06": 10 }, {}],
  ];
  const tenth = (x) => Math.round(x * 10);           // 万元 with one decimal → integer tenths
  const planT = sum(PJ.map((p) => sum(Object.values(p[3]).map(tenth))));
  const actIn = sum(PJ.map((p) => sum(Object.entries(p[4]).filter(([m]) => m <= "2021-08").map(([, v]) => tenth(v)))));
  const actAll = sum(PJ.map((p) => sum(Object.values(p[4]).map(tenth))));
  assert(planT === 5000 && actIn === 3876 && actAll === 4270, "plan 500万, actual 387.6万 by cut-off, 427.0万 in all");
  assert(actIn * 1000 * 100 >= 5000 * 1000 * 70 && Math.round((actIn / 5000) * 1000) === 775, "77.5% ≥ 70%");
  PJ.forEach((p) => assert(sum(Object.values(p[3]).map(tenth)) === p[2] * 10, "plan = contract " + p[0]));
  {
    const W = 5 + MS.length + 1, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("郁南县2019年省级电子商务进农村综合示范专项资金使用计划及执行调度表");
    full("县商务局财务室　　资金：省级专项资金500万元　　单位：万元　　每个项目两行：“计划”为用款计划，“实际”为国库实际支付额，按支付月份填列；2021年9月为截至9月20日数");
    rows.push(["序号", "项目名称", "承建单位", "合同金额", "类别"].concat(MS.map(fmtYM), ["合计"]));
    const colP = MS.map(() => 0), colA = MS.map(() => 0);
    PJ.forEach((p, i) => {
      const s = R() + 1;
      const line = (obj, tot) => MS.map((m, j) => { if (obj[m] === undefined) return null; tot[j] += tenth(obj[m]); return obj[m]; });
      rows.push([i + 1, p[0], p[1], p[2], "计划"].concat(line(p[3], colP), [sum(Object.values(p[3]).map(tenth)) / 10]));
      rows.push([null, null, null, null, "实际"].concat(line(p[4], colA), [sum(Object.values(p[4]).map(tenth)) / 10]));
      ["A", "B", "C", "D"].forEach((c) => merges.push(`${c}${s}:${c}${s + 1}`));
    });
    rows.push(["合计", null, null, 500, "计划"].concat(colP.map((v) => (v ? v / 10 : null)), [planT / 10]));
    rows.push([null, null, null, null, "实际"].concat(colA.map((v) => (v ? v / 10 : null)), [actAll / 10]));
    merges.push(`A${R() - 1}:C${R()}`, `D${R() - 1}:D${R()}`);
    full(`截至2021年8月31日实际支付${actIn / 10}万元，支出率${(actIn / 50).toFixed(1)}%；9月1日—20日支付${(actAll - actIn) / 10}万元。　　填表：财务室 罗××`);
    sheets.push(sheet("资金调度表", rows, merges));
  }

  // ---------------------------------------------------------------- 市局通报 (reports: only 郁南县's row; materials)
  const RPT = { "2020-09": "2020-09-08", "2020-10": "2020-10-12", "2020-11": "2020-11-09", "2020-12": "2020-12-08", "2021-01": "2021-01-11", "2021-02": null,
    "2021-03": "2021-03-05", "2021-04": "2021-04-08", "2021-05": "2021-05-10", "2021-06": "2021-06-07", "2021-07": "2021-07-08", "2021-08": "2021-08-09" };
  assert(monthsCovered(Object.values(RPT).filter(Boolean)) === 11, "11 months");
  {
    const W = 15, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:O${R()}`); };
    full("云浮市商务局关于全市电子商务进农村综合示范县工作月报报送情况的通报");
    full("云商务函〔2021〕117号附件　　2021年9月6日");
    rows.push(span("一、月报报送情况（2020年9月—2021年8月，按报送月份统计；表中为报送日期，“未报”为当月未报送）", W)); merges.push(`A${R()}:O${R()}`);
    rows.push(["县（市、区）", "批次"].concat(WINDOW.map(fmtYM), ["电商扶贫统计季报"]));
    const other = (seed) => WINDOW.map((m, j) => (j === (seed % 12) && seed % 3 === 0 ? "未报" : `${+m.slice(5)}月${5 + ((seed + j * 3) % 6)}日`));
    rows.push(["罗定市", "2018年"].concat(other(3), ["4次"]));
    rows.push(["新兴县", "2018年"].concat(other(4), ["3次"]));
    rows.push(["郁南县", "2019年"].concat(WINDOW.map((m) => (RPT[m] ? `${+m.slice(5)}月${+RPT[m].slice(8)}日` : "未报")), ["4次"]));
    rows.push(["云安区", "2019年"].concat(other(6), ["2次"]));
    rows.push(span("注：2021年2月郁南县未报送，3月5日补报1、2月情况；“电商扶贫统计季报”为2020年第三季度至2021年第二季度报送次数。", W)); merges.push(`A${R()}:O${R()}`);
    rows.push(Array(W).fill(null));
    rows.push(span("二、经验材料报送情况", W)); merges.push(`A${R()}:O${R()}`);
    rows.push(["县（市、区）", null, "报送日期", null, "材料题目", null, null, null, null, null, null, "采用情况", null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:D${R()}`, `E${R()}:K${R()}`, `L${R()}:O${R()}`);
    const MAT = [["罗定市", "2021年3月15日", "《罗定：稻米飘香网上行》", "市局《电商工作简报》第3期采用"], ["新兴县", "2021年5月20日", "《“凉果之乡”的电商路》", "市局《电商工作简报》第5期采用"],
      ["郁南县", "2021年7月12日", "《小黄皮　大产业——郁南县电商助力无核黄皮出山》", "市局《电商工作简报》第6期采用"], ["郁南县", "2021年9月3日", "《郁南县村级电商服务站点建设经验》", "待采用"],
      ["云安区", "—", "未报送", "—"]];
    MAT.forEach((m) => { rows.push([m[0], null, m[1], null, m[2], null, null, null, null, null, null, m[3], null, null, null]); merges.push(`A${R()}:B${R()}`, `C${R()}:D${R()}`, `E${R()}:K${R()}`, `L${R()}:O${R()}`); });
    full("（郁南县商务局电商股按通报原件录入）");
    sheets.push(sheet("市局通报", rows, merges));
  }

  // ---------------------------------------------------------------- 网页取证清单 (disclosures; 页面显示发布时间, not 取证时间)
  const PG = [
    ["“电子商务进农村综合示范”专栏首页", "—"], ["郁南县电子商务进农村综合示范县创建工作方案", "2020-04-28"], ["郁南县电子商务进农村综合示范项目基本信息公示", "2020-06-15"],
    ["监督举报：电子商务进农村综合示范项目监督举报电话及邮箱", "—"], ["2020年7月项目建设进度", "2020-08-25"], ["2020年8月项目建设进度", "2020-09-18"],
    ["2020年9月项目建设进度", "2020-10-20"], ["2020年10月项目建设进度", "2020-11-17"], ["2020年11月项目建设进度", "2020-12-15"], ["2020年12月项目建设进度", "2021-01-19"],
    ["2021年1月项目建设进度", "2021-02-26"], ["2021年2月项目建设进度", "2021-03-16"], ["2021年3月项目建设进度", "2021-04-20"], ["2021年4月项目建设进度", "2021-05-18"],
    ["2021年5月项目建设进度", "2021-06-15"], ["2021年6月项目建设进度", "2021-07-13"], ["2021年7月项目建设进度", "2021-08-17"], ["2021年8月项目建设进度", "2021-09-10"],
  ];
  assert(monthsCovered(PG.map((p) => p[1]).filter((d) => d !== "—")) === 12, "12 months");
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("电子数据存证（网页取证）清单");
    full("申请人：郁南县商务局　　取证对象：郁南县人民政府门户网站“电子商务进农村综合示范”专栏　　取证时间：2021年9月13日—14日　　用途：迎接省考评组核查专栏历史更新");
    full("说明：“页面显示发布时间”为网页上显示的信息发布日期；“取证时间”为存证平台抓取网页的时间，与发布无关；“—”为页面未显示发布日期的栏目页");
    rows.push(["存证编号", "网页标题", "网址", "页面显示发布时间", "取证时间", "文件哈希（SHA-256前16位）", "截图页数"]);
    PG.forEach((p, i) => {
      const h = ((i + 3) * 2654435761) % 4294967296;
      rows.push([`CZ20210913${p3(101 + i)}`, p[0], `http://www.gdyunan.gov.cn/ynxswj/dzsw/${i === 0 ? "index" : "content/post_" + (1410200 + i * 773)}.html`, p[1],
        `2021-09-${i < 10 ? 13 : 14} ${p2(9 + (i % 8))}:${p2((i * 7) % 60)}:${p2((i * 13) % 60)}`, h.toString(16).padStart(8, "0") + ((h * 7) % 4294967296).toString(16).padStart(8, "0"), 1 + (i % 3)]);
    });
    full("存证平台：××电子数据保全平台（出具存证证书18份）　　经办：电商股 植××");
    sheets.push(sheet("网页取证清单", rows, merges));
  }

  // ---------------------------------------------------------------- 舆情监测导出 (media)
  // [标题, 来源, 来源类型, 发布时间, 情感, 相似, 级别补填, 扶贫案例补填]
  const YQ = [
    ["郁南县举办首期农村电商普及培训", "郁南县融媒体中心“郁南发布”", "网媒", "2020-11-05 18:20", "正面", 3, "县级", null],
    ["快递到村还要另外加钱？", "本地论坛", "论坛", "2021-01-18 21:47", "负面", 0, null, null],
    ["郁南电商服务站开到家门口", "郁南电视台《郁南新闻》", "电视", "2021-03-12 19:30", "正面", 2, "县级", null],
    ["郁南无核黄皮搭上电商快车", "南方日报", "纸媒", "2021-04-22 07:00", "正面", 12, "省级", null],
    ["郁南无核黄皮搭上电商快车", "南方+客户端", "APP", "2021-04-22 08:15", "正面", 12, "省级", null],
    ["黄皮熟了　直播间里卖得火", "广东广播电视台珠江频道《今日关注》", "电视", "2021-06-10 18:45", "正面", 6, "省级", "✓"],
    ["南江口人家的黄皮开箱", "抖音号“南江口吃货”", "自媒体", "2021-07-02 12:06", "中性", 0, null, null],
    ["郁南：电商助农　黄皮出山", "郁南县融媒体中心“郁南发布”", "网媒", "2021-07-20 17:10", "正面", 1, "县级", "✓"],
    ["小黄皮　大产业", "云浮日报", "纸媒", "2021-09-03 07:00", "正面", 4, "市级", "✓"],
    ["郁南电商进农村见闻", "云浮广播电视台《云浮新闻》", "电视", "2021-09-08 19:00", "正面", 2, "市级", null],
  ];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("网络舆情监测系统　信息导出");
    full(`监测方案：郁南 电商 / 电子商务进农村　　时间范围：2020-09-01 至 2021-09-14　　导出时间：2021-09-15 16:22:08　　信息条数：${YQ.length}`);
    full("县商务局电商股加注：“媒体级别”按来源媒体的主办层级补填（省级、市级、县级）；自媒体、论坛不是主流媒体，不填；“电商扶贫案例”列打✓的为电商扶贫典型案例报道");
    rows.push(["序号", "标题", "来源", "来源类型", "发布时间", "情感倾向", "相似文章数", "媒体级别（补填）", "电商扶贫案例（补填）", "原文链接"]);
    YQ.forEach((y, i) => rows.push([i + 1, y[0], y[1], y[2], y[3], y[4], y[5], y[6], y[7], y[2] === "电视" ? "（视频）" : `https://m.example-yq.cn/a/${20200900 + i * 4271}`]));
    sheets.push(sheet("舆情监测导出", rows, merges));
  }
  const lv = new Set(YQ.filter((y) => y[3].slice(0, 10) <= AS_OF && y[6]).map((y) => y[6]));
  assert(lv.size === 2 && lv.has("省级") && lv.has("县级"), "province + county by cut-off");

  // ---------------------------------------------------------------- 自评思维导图 (facts + claims)
  const tree = ["郁南县省级电子商务进农村综合示范创建考评自评（数据截至2021年8月31日）", [
    ["基本情况", [["县（市、区）", ["郁南县"]], ["考评截止日期", ["2021年8月31日"]], ["常住人口", ["39.58万人（第七次全国人口普查）"]],
      ["行政村", ["180个（另有社区居委会13个，不计）"]], ["省定贫困村", ["20个"]]]],
    ["组织领导与统筹协调（10分）｜自评9分", [
      ["组织领导（2分）", ["自评：2分", ["领导小组", ["组长：县委副书记、县长 邓××", "副组长：副县长 陈××", "成员单位：县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司、供销社"]]]],
      ["方案制定（2分）", ["自评：2分", "《郁南县电子商务进农村综合示范县创建工作方案》2020年3月县政府正式印发"]],
      ["政策支持（2分）", ["自评：1分", "《郁南县促进农村电子商务发展若干措施》已出台，物流补贴条款尚未兑现"]],
      ["项目管理（4分）", ["自评：4分", ["项目管理制度：2分", ["《项目建设管理办法》，建设、验收按制度执行"]], ["工作台账：2分", ["各项目工作台账完整"]]]]]],
    ["深入推动电子商务进农村工作（55分）｜自评54分", [
      ["服务体系建设：县级中心与产业园（15分）", ["自评：15分",
        ["县级电子商务公共服务中心", ["2020年12月16日投入运营", "免费培训室（60座）、直播实训设备，免费开展电商基础培训", "免费展示、展销无核黄皮、砂糖桔等农特产品",
          "免费产品摄影、详情页美工", "统一推广“郁南好物”区域公用品牌，指导企业品牌建设", "金融对接、物流对接、代办证照等增值服务"]],
        ["电商产业园", ["整合县创业孵化基地建成郁南县电子商务产业园", "入驻企业20家（见招商签约台账）", "含平台型、销售型、电商运营商、物流企业等"]]]],
      ["服务体系建设：村级站点覆盖（10分）", ["自评：10分", "站点覆盖行政村131个，覆盖率72.8%", "省定贫困村20个，全部建有站点"]],
      ["农村产品上行（10分）", ["自评：9分", ["网销调研：2分", ["《郁南县农产品网络销售调研报告》报市商务局"]], ["网络促销：2分", ["“郁南黄皮节”网上促销等活动6场"]],
        ["第三方运营服务商：1分", ["公开招标确定郁南县南江电商运营服务有限公司"]], ["快递覆盖：1分", ["行政村快递覆盖率100%"]], ["交易标准、冷链溯源：1分", ["无核黄皮电商分级标准已发布，溯源系统在建"]],
        ["网零增速：2分", ["农村网络零售额：2019年6.82亿元，2020年8.15亿元", "农产品网络零售额：2019年2.18亿元，2020年2.86亿元，增长31.2%"]]]],
      ["电商人才培训（20分）", ["自评：20分", ["培训人次：10分", [`累计培训${thousands(T_ALLCAT)}人次（含县妇联联办）`]],
        ["贫困人口培训率：10分", ["有劳动能力的建档立卡贫困人口（不含外出务工）4,850人", "参训2,610人，培训率53.8%"]]]]]],
    ["信息公开及报送（10分）｜自评10分", [
      ["信息公开（4分）", ["自评：4分", ["县政府网站“电子商务进农村综合示范”专栏", ["公开创建方案、项目基本信息", "每月更新项目建设进度", "设监督举报电话、邮箱"]]]],
      ["数据上报（6分）", ["自评：6分", "每月向云浮市商务局报送工作月报", "每季度统计电商扶贫情况（贫困户参训、带动增收）"]]]],
    ["宣传推广（10分）｜自评10分", [
      ["案例总结（2分）", ["自评：2分", "向市商务局报送经验材料（见市局通报）"]],
      ["经验推广（8分）", ["自评：8分", "省级：南方日报、广东广播电视台", "市级：云浮日报、云浮广播电视台", "县级：郁南县融媒体中心、郁南电视台"]]]],
    ["财政资金管理（15分）｜自评12分", [
      ["制度建立（5分）", ["自评：4分", "《郁南县省级电子商务进农村综合示范专项资金管理办法》2020年5月印发"]],
      ["资金台账（5分）", ["自评：4分", "各承建单位建立资金专用台账"]],
      ["资金支出（5分）", ["自评：4分", "省级专项资金下达500万元", "截至8月31日拨付387.6万元，支出率77.5%", "及时拨付：4分"]]]],
    ["加分项｜自评1分", [["贫困人口培训率70%以上（2分）", ["自评：0分（53.8%，未达70%）"]], ["电商扶贫典型案例获电视播报（2分）", ["自评：1分", "广东广播电视台播报郁南黄皮电商扶贫案例（省级）"]]]],
    ["一票否决项", [["安全生产、质量事故", ["未发生"]], ["项目总体进度", ["86%"]], ["弄虚作假", ["无"]]]],
    ["自评合计", ["95分，另加分1分"]],
  ]];
  const CLAIM = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sumPts(CLAIM) === 95, "claims 95");
  assert(Math.round((2.86 / 2.18 - 1) * 1000) === 312 && Math.round((2610 / 4850) * 1000) === 538 && Math.round((131 / 180) * 1000) === 728, "texts");
  {
    const W = 5;
    const body = flattenTree(tree, W);
    const rows = [span("思维导图导出：郁南县示范创建考评自评.xmind", W), span("（XMind“导出为Excel”：每行一条分支，从左到右为中心主题→分支主题→子主题；上级主题只在它的第一行显示，下面各行同属该上级）", W),
      ["中心主题", "分支主题", "子主题", "子主题", "子主题"]].concat(body);
    const merges = ["A1:E1", "A2:E2"];
    const r0 = 4;
    merges.push(`A${r0}:A${r0 + body.length - 1}`);
    sheets.push(sheet("自评思维导图", rows, merges));
    assert(body.length > 60, "tree rows " + body.length);
  }
  sheets.unshift(sheet("目录", [["郁南县省级电子商务进农村综合示范县考评资料（电子版）"], [null], ["1．自评思维导图"], ["2．建制村情况表（县交通运输局，作行政村、省定贫困村清单）"],
    ["3．站点视频文件清单（村级电商服务站点清单）"], ["4．妇联培训活动登记（借用，电商培训人次）"], ["5．招商签约台账（电商产业园入驻企业）"], ["6．资金调度表（专项资金支付）"],
    ["7．市局通报（月报报送、经验材料）"], ["8．网页取证清单（专栏更新）"], ["9．舆情监测导出（媒体报道）"], [null], ["郁南县商务局　2021年9月"]]));
  const ORDER = ["目录", "自评思维导图", "建制村情况表", "站点视频文件清单", "妇联培训活动登记（借用）", "招商签约台账", "资金调度表", "市局通报", "网页取证清单", "舆情监测导出"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.length === ORDER.length && sheets.every((s) => ORDER.includes(s.name)), "sheet order");

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 3,
    "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 85, "85 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  write("counties/b140-c1-yunan.json", {
    description:
      "云浮郁南县商务局交的整本考评资料（电子版）：目录＋《自评思维导图》＋8个借来或别的用途的表，得85分、加分1、合计86、未否决（自评95＋1）。《自评思维导图》是XMind“导出为Excel”：一行一条分支，A列中心主题、B列分支（工作任务，如“组织领导与统筹协调（10分）｜自评9分”）、C列指标（括号里是权重，不是得分）、D／E列子主题；上级主题只在它的第一行出现，下面的空格同属该上级，要顺着往上找。每个指标的自评分是它下面“自评：N分”那个节点；细项分写成“项目管理制度：2分”“网销调研：2分”“及时拨付：4分”。领导小组组长“县委副书记、县长”是县长（主要领导）。《建制村情况表》是县交通运输局的表：建制村＝行政村（180个，表头说明不含社区），“是否省定贫困村”20个是，“快递服务进村”有2个“否” → 快递项0分（导图说100%也不算）。《站点视频文件清单》一个视频一行：读“建成时间”，不读“拍摄日期”和文件名里的日期；补拍的同一站点、同村圩场第二站只算一次，城东社区站不在村名单；9月新建的两个站（其中一个是省定贫困村）不算 → 行政村131/180＝72.8% → 5，贫困村19/20＝95% → 3。《妇联培训活动登记（借用）》只算“类别”为“电商培训”的行（家政、手工编织、种养、法律宣讲不算），“其中：妇女”是参加人数的一部分，9月16日那场在截止日后 → 3,640/395,800＝0.92% → 8（导图说4,142人次是连其他类别一起算的）。《招商签约台账》读“实际入驻日期”“撤出日期”：未落地2家、续签扩租1行（同一信用代码）、9月6日入驻的不算，5月撤出的不算，9月15日撤出的8月底还在园 → 在园20家 → 2。《资金调度表》每个项目“计划”“实际”两行、月份横排、单位万元，只读“实际”行截至2021年8月的月份：387.6万元/500万元＝77.5% → 及时拨付自评4分。《市局通报》是云浮市商务局对各示范县的通报，只读“郁南县”一行：月份列里是报送日期（“9月8日”的年份在列头），2021年2月“未报” → 11个月 → 1；第二部分经验材料郁南县7月12日报送 → 2。《网页取证清单》读“页面显示发布时间”，不读“取证时间”：2020年9月—2021年8月每月都有 → 2。《舆情监测导出》读补填的“媒体级别”和“发布时间”：截止日前有省级（南方日报、南方+、广东广播电视台）和县级 → 5，市级两条在9月；广东广播电视台的电商扶贫案例报道是省级电视 → 加分1。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 导图组织领导：组长县委副书记、县长（县长＝主要领导），成员有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 工作方案2020年3月县政府正式印发；自评2分 → 2",
      "org.policy: 若干措施已出台、物流补贴未兑现；自评1分 → 1",
      "org.management: 项目管理制度2＋工作台账2 → 4",
      "work.center: 中心2020-12-16投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示展销 1；免费摄影美工 1；统一推广品牌 1；金融物流对接等增值服务 1；产业园已建 2；招商签约台账：实际入驻 ≤ 8-31且未在8-31前撤出的20家（9-15撤出的算，5-20撤出的不算，未落地2家、续签扩租1行、9-6入驻的不算）≥ 20 → 2；类型 电商运营商、平台型、销售型、物流企业等 ≥ 3 → 1；合计 15",
      "work.coverage: 建制村情况表行政村180个，省定贫困村20个；站点视频文件清单按“建成时间” ≤ 2021-08-31 覆盖行政村131个（补拍一行、同村第二站算一次，社区站不在名单，9-02、9-10新建的不算）；基数min(180,200)=180，131/180 = 72.8% ≥ 70% → 5；贫困村19/20 = 95%，80%–100% → 3；合计 8",
      "work.upward: 网销调研2；网络促销2；第三方运营服务商1；建制村情况表有“快递服务进村”列，2个村“否” → 0（导图说100%，以名单为准）；交易标准与冷链溯源1；农产品网零2.86/2.18亿元 = +31.2% ≥ 30% → 2；合计 8",
      `work.training: 妇联培训活动登记只算“电商培训”类别且日期 ≤ 2021-08-31：妇联登记8场1,092人次＋商务局自办13场2,548人次 = ${thousands(T_IN)}；常住人口395,800 < 50万；3,640/395,800 = 0.92%，0.8%–1% → 8（其他类别502人次、9月16日420人次不算）。无贫困人口名单，读事实：有劳动能力不含外出务工4,850人，参训2,610人 = 53.8% ≥ 50% → 10；合计 18`,
      "info.disclosure: 专栏公开方案、项目基本信息、每月进度，设监督举报电话邮箱 → 2；网页取证清单“页面显示发布时间”2020年9月—2021年8月每月都有（2020-08-25、2021-09-10在窗口外）→ 12个月 → 2；合计 4",
      "info.reporting: 市局通报郁南县一行：2020年9月—2021年8月，2021年2月未报 → 11个月 → 不定时 1；每季度统计电商扶贫情况（季报4次）→ 3；合计 4",
      "promo.cases: 市局通报经验材料：郁南县2021-07-12报送《小黄皮　大产业》→ 2（9月3日那份不看也够）",
      "promo.media: 舆情监测导出，发布时间 ≤ 2021-08-31：省级（南方日报、南方+ 2021-04-22，广东广播电视台2021-06-10）→ 4；县级（郁南发布、郁南电视台）→ 1；市级云浮日报2021-09-03、云浮广播电视台2021-09-08在截止日后；论坛、自媒体无级别 → 合计 5",
      "fund.system: 资金管理办法2020年5月印发；自评4分 → 4",
      "fund.ledger: 资金专用台账；自评4分 → 4",
      "fund.spending: 资金调度表“实际”行2020年10月—2021年8月合计387.6万元（9月39.4万元不算，“计划”行不是支出）；下达500万元；77.5% ≥ 70% → 及时拨付自评4分 → 4",
      "bonus.poorTraining: 2,610/4,850 = 53.8% < 70% → 0",
      "bonus.tvCase: 广东广播电视台珠江频道2021-06-10播报电商扶贫案例（省级电视）→ 1",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度86% ≥ 40% → 0，不否决",
      "veto.fraud: 无弄虚作假 → 0，不否决",
      `total: 2+2+1+4+15+8+8+18+4+4+2+5+4+4+4 = ${sc}，加分1，合计${total}；自评95＋1`,
    ],
  });
})();

// =====================================================================================
// facts/b140-f1-huaiji: 肇庆怀集县 — 《项目实施进度横道图》：任务一项两行（计划□／实际■），月份横排（年份在合并的上一行），
// ◆完成、▲滞后；事实在“完成情况（截至2021年8月31日）”列；完成率列是各任务的，不是总体进度；政策、产业园、征求意见窗口未完成 → false
// =====================================================================================
(function f1() {
  const MONTHS = [];
  for (let m = "2019-12"; m <= "2021-12"; m = isoAdd(m + "-01", 32).slice(0, 7)) MONTHS.push(m);
  assert(MONTHS.length === 25, "25 months");
  const W = 4 + MONTHS.length + 2, rows = [], merges = [];
  const R = () => rows.length;
  const L = (i) => colLetter(i);
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${L(W - 1)}${R()}`); };
  const range = (a, b) => MONTHS.filter((m) => m >= a && m <= b);
  // [任务, 责任单位, plan months, actual months, marks {ym: "◆"|"▲"}, 完成情况, 完成率]
  const T = [
    ["成立领导小组、建立协调机制", "县政府办", range("2019-12", "2020-01"), range("2020-01", "2020-01"), { "2020-01": "◆" },
      "2020年1月成立怀集县电子商务进农村综合示范工作领导小组，常务副县长任组长，县商务局、财政局、农业农村局、乡村振兴局等12个部门为成员单位", "100%"],
    ["编制、印发示范县工作方案", "县商务局", range("2019-12", "2020-02"), range("2020-01", "2020-03"), { "2020-03": "◆" },
      "2020年3月县政府办公室正式印发《怀集县电子商务进农村综合示范县工作方案》", "100%"],
    ["制定专项资金管理办法", "县财政局、县商务局", range("2020-02", "2020-03"), range("2020-03", "2020-04"), { "2020-04": "◆" },
      "2020年4月印发《怀集县省级电子商务进农村综合示范专项资金管理办法》；各项目承建单位均已建立资金专用台账", "100%"],
    ["出台农村电商扶持政策", "县商务局", range("2020-04", "2020-06").concat(range("2021-09", "2021-10")), range("2020-05", "2021-08"), { "2021-08": "▲" },
      "《怀集县农村电子商务扶持办法》（送审稿）已报县政府，尚未出台；计划调整为2021年10月印发", "80%"],
    ["招标确定第三方运营服务商", "县商务局", range("2020-05", "2020-07"), range("2020-06", "2020-09"), { "2020-09": "◆" },
      "2020年9月公开招标确定肇庆市粤顺电子商务有限公司为专业第三方电商运营服务商", "100%"],
    ["建设县级电子商务公共服务中心", "县商务局、运营服务商", range("2020-06", "2020-10"), range("2020-07", "2020-11"), { "2020-11": "◆" },
      "2020年11月18日投入运营。设免费培训室和直播间，可组织电商基础培训；免费展示、展销怀集丝苗米、燕峰茶等农特产品；免费提供产品拍摄、美工设计；统一推广“怀集好物”区域公用品牌", "100%"],
    ["整合建设电商产业园", "县商务局、县工信局", range("2020-08", "2021-03").concat(range("2021-10", "2021-12")), [], { "2021-03": "▲" },
      "原计划利用县物流园改造建设，受用地规划调整影响尚未动工，产业园未建成；已调整至2021年第四季度建设", "0%"],
    ["村级电商服务站点建设", "县邮政分公司", range("2020-06", "2021-06"), range("2020-07", "2021-08"), {},
      "全县行政村314个（其中省定贫困村36个），已建成村级电商服务站点238个，省定贫困村已全部建站", "95%"],
    ["县乡村三级物流配送体系建设", "县交通运输局、县邮政分公司", range("2020-06", "2021-03"), range("2020-08", "2021-05"), { "2021-05": "◆" },
      "三级物流配送体系已建成，行政村快递覆盖率100%（县邮政管理部门确认）", "100%"],
    ["农村电商培训", "县商务局、运营服务商", range("2020-07", "2021-12"), range("2020-08", "2021-08"), {},
      "累计培训6,280人次（计划8,000人次）；有劳动能力的建档立卡贫困人口（不含外出务工）3,360人，已参训1,470人", "78.5%"],
    ["开设信息公开专栏并按月更新", "县商务局、县政务服务数据管理局", range("2020-04", "2021-12"), range("2020-05", "2021-08"), { "2020-06": "◆" },
      "县政府网站“电子商务进农村综合示范”专栏已公开创建方案、项目基本信息，每月更新项目建设进度；征求意见、监督举报窗口尚未开通，计划9月上线", "90%"],
    ["数据统计及月报报送", "县商务局", range("2020-06", "2021-12"), range("2020-06", "2021-08"), {},
      "每月5日前向肇庆市商务局报送工作月报，同时统计建档立卡贫困户参训、电商带动增收情况", "—"],
    ["专项资金拨付", "县财政局", range("2020-06", "2021-10"), range("2020-09", "2021-08"), {},
      "省级专项资金下达500万元，截至8月31日已拨付361.5万元，支出率72.3%", "72.3%"],
    ["项目验收、迎接考评", "县商务局", range("2021-08", "2021-12"), range("2021-08", "2021-08"), {},
      "8月完成项目自查，9月起分项验收", "10%"],
  ];
  assert(Math.round((3615000 / 5000000) * 1000) === 723, "72.3%");
  full("怀集县电子商务进农村综合示范项目实施进度横道图（计划／实际）");
  full("编制：县商务局电商股　　进度截至2021年8月31日（考评截止日）　　图例：□ 计划　■ 实际进行　◆ 完成节点　▲ 滞后");
  // year row + month row
  const yr = ["序号", "工作任务", "责任单位", "进度"].concat(MONTHS.map(() => null), ["完成情况（截至2021年8月31日）", "完成率"]);
  const mo = [null, null, null, null].concat(MONTHS.map((m) => `${+m.slice(5)}月`), [null, null]);
  rows.push(yr); const y0 = R();
  rows.push(mo);
  ["A", "B", "C", "D", L(4 + MONTHS.length), L(5 + MONTHS.length)].forEach((c) => merges.push(`${c}${y0}:${c}${y0 + 1}`));
  let c = 4;
  ["2019", "2020", "2021"].forEach((y) => {
    const n = MONTHS.filter((m) => m.startsWith(y)).length;
    rows[y0 - 1][c] = `${y}年`;
    if (n > 1) merges.push(`${L(c)}${y0}:${L(c + n - 1)}${y0}`);
    c += n;
  });
  T.forEach((t, i) => {
    const s = R() + 1;
    const plan = MONTHS.map((m) => (t[2].includes(m) ? "□" : null));
    const act = MONTHS.map((m) => (t[4][m] ? t[4][m] : t[3].includes(m) ? "■" : null));
    rows.push([i + 1, t[0], t[1], "计划"].concat(plan, [t[5], t[6]]));
    rows.push([null, null, null, "实际"].concat(act, [null, null]));
    ["A", "B", "C", L(4 + MONTHS.length), L(5 + MONTHS.length)].forEach((x) => merges.push(`${x}${s}:${x}${s + 1}`));
  });
  rows.push(["项目总体进度", null, null, null].concat(MONTHS.map((m) => (m === "2021-08" ? "▼" : null)), ["72%（按各项任务投资额加权，截至2021年8月31日）", null]));
  merges.push(`A${R()}:D${R()}`, `${L(4 + MONTHS.length)}${R()}:${L(5 + MONTHS.length)}${R()}`);
  full("注：▼为考评截止月（2021年8月）；“完成率”为单项任务的完成比例，总体进度见上行。　　制表：电商股 梁××　　审核：局长 莫××");
  write("facts/b140-f1-huaiji.json", {
    description:
      "肇庆怀集县商务局交来当基本情况的是《项目实施进度横道图（计划／实际）》：一项任务两行（“计划”行画□、“实际”行画■，◆为完成节点，▲为滞后），2019年12月—2021年12月25个月份横排，年份在上面一行合并、下面一行只写“1月”“2月”；序号、任务、责任单位、“完成情况（截至2021年8月31日）”“完成率”按任务纵向合并。事实只在“完成情况”里读，方块只是进度示意。读法：county 怀集县；asOf 2021-08-31（表头“进度截至2021年8月31日（考评截止日）”）；领导小组常务副县长任组长 → deputy；工作方案2020年3月正式印发 → true；资金管理办法已印发、承建单位已建资金专用台账 → 两项true；扶持办法“送审稿已报县政府，尚未出台” → policyIssued false（计划格画到10月也不算出台）；第三方运营服务商 true；中心2020年11月18日投入运营，免费培训、免费展示展销、免费拍摄美工、统一推广品牌 → 四项true，其他增值服务没说；产业园“尚未动工，产业园未建成” → parkBuilt false；行政村314个、省定贫困村36个（已建站238个不是键）；快递覆盖率100% → true；培训6,280人次（计划8,000人次不是实绩）、有劳动能力不含外出务工3,360人、参训1,470人；专栏公开方案、项目信息、每月进度 → 三项true，征求意见、监督举报窗口“尚未开通” → disclosureWindow false；月报同时统计贫困户参训和带动增收 → povertyStatisticsStated true；下达500万元、拨付361.5万元；总体进度读最后“项目总体进度”行的72%，不是各任务的“完成率”（72.3%是资金支出率）。没有主观分。",
    sheets: [sheet("进度横道图", rows, merges)],
    expect: {
      facts: {
        county: "怀集县", asOf: "2021-08-31", planIssued: true, fundSystemIssued: true, fundLedgerKept: true, policyIssued: false, thirdPartyOperator: true,
        centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, parkBuilt: false,
        adminVillagesStated: 314, poorVillagesStated: 36, expressCoverage: true, trainingPersonTimesStated: 6280, eligiblePoorPersonsStated: 3360, trainedPoorPersonsStated: 1470,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: wan("361.5"), overallProgress: 0.72,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b140-f2-enping: 江门恩平市 — 《廉政风险点排查及防控措施一览表》：风险点、防控措施是假设和要求，只有“落实情况（截至考评截止日）”是事实；
// 风险点里的“弄虚作假”“安全事故”不是发生了；各行“责任领导”的分管副市长不是领导小组组长（表头：市长任组长）
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("恩平市电子商务进农村综合示范项目廉政风险点排查及防控措施一览表");
  full("恩平市商务局（2021年修订）　　“落实情况”统计至考评截止日2021年8月31日");
  full("项目领导小组：组长 市委副书记、市长 吴××（2021年6月起，此前为常务副市长）；成员单位：市商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司");
  rows.push(["序号", "业务环节", "风险点", "风险等级", "防控措施", "落实情况（截至2021年8月31日）", "责任领导", "责任股室"]);
  const X = [
    ["方案制定与项目确定", "项目确定不透明，优亲厚友、暗箱操作", "高", "项目清单经领导小组集体研究；方案、项目信息在政府网站公示",
      "《恩平市电子商务进农村综合示范创建工作方案》2020年4月经市政府常务会议审议后正式印发；项目清单经领导小组会议集体研究确定，创建方案和项目基本信息已在市政府网站专栏公示", "分管副市长 郑××", "电商股"],
    ["招标采购", "围标串标、量身定制招标条件", "高", "委托代理机构公开招标，纪检全程监督",
      "经公开招标确定江门市侨通电子商务运营有限公司为专业第三方电商运营服务商，未收到投诉", "分管副市长 郑××", "办公室"],
    ["扶持政策兑现", "虚报材料骗取补贴", "中", "补贴申请经镇、部门两级审核并公示",
      "《恩平市促进农村电子商务发展若干措施》2020年8月印发；网店开设、快递物流补贴经两级审核后公示发放", "分管副市长 郑××", "电商股"],
    ["资金拨付", "虚报冒领、挤占挪用专项资金；资金支出率低于70%被倒扣", "高", "制定专项资金管理办法；承建单位设资金专用台账；按进度拨付",
      "2020年5月印发《恩平市省级电子商务进农村综合示范专项资金管理办法》；各承建单位均建立资金专用台账；省级专项资金下达500万元，截至8月31日拨付398.6万元，支出率79.7%", "局长 冯××", "财务室"],
    ["电商培训组织", "虚报培训人次、冒名签到等弄虚作假", "高", "签到核验身份证，保留现场照片和视频；随机电话回访学员",
      "累计培训5,210人次，签到表、照片齐全；抽查回访学员120人，经自查未发现虚报人次、弄虚作假问题", "分管副局长 岑××", "电商股"],
    ["站点建设与验收", "站点验收走过场，“挂牌即验收”", "中", "镇、市两级验收，留存视频",
      "全市行政村172个（其中省定贫困村17个），已建成村级电商服务站点138个，均经镇、市两级验收", "分管副局长 岑××", "电商股"],
    ["公共服务中心运营", "变相收费、服务打折扣", "中", "免费服务项目上墙公示；运营方按季度考核",
      "市电子商务公共服务中心2020年10月26日投入运营，免费提供培训场所和培训设备、农特产品展示展销、产品摄影美工服务，中心无收费项目", "分管副局长 岑××", "电商股"],
    ["产业园入驻管理", "违规减免租金、入驻企业弄虚作假", "中", "入驻企业评审、租金减免公示",
      "整合恩平市创业园建成恩平市电子商务产业园，入驻企业经评审后公示", "分管副局长 岑××", "电商股"],
    ["安全生产", "中心、产业园发生消防等安全生产事故", "中", "每季度开展安全检查，签订安全责任书",
      "每季度安全检查4次，项目实施以来未发生安全生产、质量事故", "局长 冯××", "办公室"],
    ["信息公开", "公开不及时、不全面", "低", "专栏每月更新；设监督举报窗口",
      "市政府网站“电子商务进农村综合示范”专栏每月更新项目建设进度；设监督举报电话和邮箱", "分管副局长 岑××", "办公室"],
    ["数据统计报送", "统计数据不实", "中", "数据经股室、分管领导两级审核后报送",
      "每月向江门市商务局报送工作月报，统计建档立卡贫困户参训和电商带动增收情况；项目总体进度83%", "分管副局长 岑××", "电商股"],
  ];
  X.forEach((x, i) => rows.push([i + 1].concat(x)));
  full("注：风险等级分高、中、低；“风险点”为可能发生的风险，不代表已发生。　　填表：恩平市商务局办公室 甄××　　2021年9月7日");
  assert(Math.round((3986000 / 5000000) * 1000) === 797, "79.7%");
  write("facts/b140-f2-enping.json", {
    description:
      "江门恩平市商务局的《廉政风险点排查及防控措施一览表》（2021年修订）：列 序号｜业务环节｜风险点｜风险等级｜防控措施｜落实情况（截至2021年8月31日）｜责任领导｜责任股室，表头另有一行写项目领导小组。“风险点”是可能发生的风险（表尾注明不代表已发生），“防控措施”是要求，事实只在“落实情况”里读。读法：county 恩平市；asOf 2021-08-31（“落实情况”统计至考评截止日）；领导小组组长市委副书记、市长（2021年6月起，此前常务副市长，截止日时是市长），成员有商务、财政、农业农村、乡村振兴 → principal-all；各行“责任领导”里的分管副市长、副局长是风险防控责任人，不是组长；方案2020年4月正式印发；创建方案和项目基本信息已在专栏公示 → disclosurePlan、disclosureProjects true；每月更新进度、设监督举报电话邮箱 → disclosureProgress、disclosureWindow true；第三方运营服务商 true；若干措施2020年8月印发 → policyIssued true；资金管理办法、资金专用台账 → true；下达500万元、拨付398.6万元；培训5,210人次；风险点写着“弄虚作假”，落实情况是“经自查未发现……弄虚作假问题” → vetoFraud false；行政村172个、省定贫困村17个（站点138个不是键）；中心2020年10月26日投入运营，免费培训场所和设备、展示展销、摄影美工 → 三项true（品牌、其他增值服务没说）；产业园已建成 → parkBuilt true；未发生安全生产、质量事故 → vetoIncident false；统计贫困户参训、带动增收 → povertyStatisticsStated true；总体进度83%。没有主观分。",
    sheets: [sheet("廉政风险防控表", rows, merges)],
    expect: {
      facts: {
        county: "恩平市", asOf: "2021-08-31", planIssued: true, disclosurePlan: true, disclosureProjects: true, thirdPartyOperator: true, policyIssued: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: wan("398.6"), trainingPersonTimesStated: 5210, vetoFraud: false,
        adminVillagesStated: 172, poorVillagesStated: 17, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, parkBuilt: true,
        vetoIncident: false, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, overallProgress: 0.83,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b140-f3-boluo: 惠州博罗县 — 迎检资料《分册隔页》：每册一块，册里每个指标一段（指标名｜权重｜自评得分 一行，评分标准、自评说明、
// 细项｜分值｜自评、佐证材料目录），一块一块往下排；权重不是得分；两处自评得分改过（读改后的）；主观分在细项行
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  const blank = () => rows.push(Array(W).fill(null));
  const HEAD = "博罗县省级电子商务进农村综合示范创建考评资料";
  const book = (no, title) => { blank(); full(HEAD); full(`第${no}册　${title}`); };
  const ind = (n, name, weight, score) => rows.push([`指标${n}`, name, "权重", `${weight}分`, "自评得分", score]);
  const line = (label, text) => { rows.push([label, text, null, null, null, null]); merges.push(`B${R()}:F${R()}`); };
  const item = (text, max, got) => rows.push(["细项", text, "分值", max, "自评", got]);
  const files = (list) => list.forEach((f, i) => { rows.push([i === 0 ? "佐证材料" : null, `${i + 1}．${f[0]}`, null, null, "页码", f[1]]); merges.push(`B${R()}:D${R()}`); });

  full("博罗县省级电子商务进农村综合示范创建考评资料　分册隔页（打印后插入各册）");
  full("县商务局电商股　　2021年9月　　每册一块；“权重”为该指标满分，“自评得分”为我县自评（以9月6日局务会审定为准）");
  blank();
  full("基本情况");
  rows.push(["县（市、区）", "博罗县", "考评截止日期", D("2021-08-31"), "常住人口", "113.2万人（第七次全国人口普查）"]);
  rows.push(["行政村", "320个（不含社区）", "省定贫困村", "31个", "项目总体进度", "91%"]);

  book("一", "加强组织领导与统筹协调（10分）");
  ind(1, "组织领导", 2, "2分");
  line("评分标准", "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。");
  line("自评说明", "县委书记、县长任领导小组双组长，分管副县长任副组长；县商务局、财政局、农业农村局、乡村振兴局等16个部门为成员单位。");
  files([["关于成立博罗县电子商务进农村综合示范工作领导小组的通知", "1—4"], ["领导小组会议纪要（5份）", "5—22"]]);
  ind(2, "方案制定", 2, "2分");
  line("自评说明", "2020年2月县政府正式印发《博罗县电子商务进农村综合示范县建设工作方案》。");
  item("工作方案因地制宜，可操作性较强（1—2分）", 2, 2);
  ind(3, "政策支持", 2, "2分");
  line("自评说明", "出台《博罗县促进农村电子商务发展扶持办法》，场地租金、快递物流补贴已兑现。");
  item("出台相关政策，且得到较好落实（1—2分）", 2, 2);
  ind(4, "项目管理", 4, "3分");
  item("建立项目管理制度，在建设、验收环节严格落实（1—2分）", 2, 2);
  item("建立完整工作台账，详细记录项目建设情况（1—2分）", 2, 1);
  line("自评说明", "工作台账部分站点验收记录待补充。");

  book("二", "服务体系建设（25分）");
  ind(5, "县级中心与产业园", 15, "14分（原填15分，9月6日局务会核减1分）");
  item("建成县级电子商务公共服务中心（2分）", 2, 2);
  item("建成后已正常运行6个月以上（2分）", 2, 2);
  item("有免费培训场所、培训设备，能组织电商基础培训（2分）", 2, 2);
  item("为特色农产品提供免费展示、销售服务（1分）", 1, 1);
  item("为电子商务市场主体提供免费摄影、美工服务（1分）", 1, 1);
  item("组织农产品统一推广、指导特色农产品品牌建设（1分）", 1, 1);
  item("为电子商务发展提供其他衍生增值服务（1分）", 1, 0);
  item("建设或整合、优化当地电商产业园（2分）", 2, 2);
  item("电商产业园企业入驻数量达20家及以上（2分）", 2, 2);
  item("入驻企业至少三种以上类型（1分）", 1, 1);
  line("自评说明", "县电子商务公共服务中心2020年9月28日投入运营，设免费培训室、直播实训设备，免费展示销售博罗荔枝、麻陂肉桂等农特产品，免费提供产品摄影、美工，统一推广“罗浮山珍”区域公用品牌；其他衍生增值服务暂未开展（局务会核减）。整合县创业园建成博罗县电子商务产业园，入驻企业23家，含平台型、销售型、电商运营商、物流企业。");
  ind(6, "村级站点覆盖", 10, "10分");
  line("自评说明", "已建村级站点覆盖行政村268个（按200个基数计算，覆盖率100%）；省定贫困村31个全部建站。");
  files([["村级电商服务站点清单", "1—15"], ["行政村清单、省定贫困村清单", "16—24"]]);

  book("三", "农村产品上行（10分）");
  ind(7, "农村产品上行", 10, "9分");
  item("对当地农产品网络销售进行调研，并形成针对性建议（1—2分）", 2, 2);
  item("开展农村产品网络促销活动成效明显（1—2分）", 2, 2);
  item("当地有专业第三方电子商务运营或服务商（1分）", 1, 1);
  item("行政村物流快递覆盖率100%（1分）", 1, 1);
  item("有出台农产品电商交易标准，建立农产品冷链、溯源系统（1—2分）", 2, 1);
  item("2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", 2, 2);
  line("自评说明", "第三方运营服务商为博罗县罗浮电子商务运营有限公司；行政村快递覆盖率100%（惠州市邮政管理局出具证明）；2020年农产品网络零售额9.86亿元，同比增长33.7%；冷链系统在建。");

  book("四", "电商人才培训（20分）");
  ind(8, "电商人才培训", 20, "20分");
  item("培训人次达常住人口1%及以上（10分）", 10, 10);
  item("建档立卡贫困人口培训率50%及以上（10分）", 10, 10);
  line("自评说明", "累计培训12,460人次（常住人口超过50万，按50万人计，占2.49%）；有劳动能力的建档立卡贫困人口（不含外出务工）5,120人，参训2,980人，培训率58.2%。");

  book("五", "加强信息公开及报送（10分）");
  ind(9, "信息公开", 4, "4分");
  line("自评说明", "县政府网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息，每月更新项目建设进度，设征求意见和监督举报窗口。");
  ind(10, "数据上报", 6, "6分");
  line("自评说明", "每月向惠州市商务局报送工作情况；按月统计建档立卡贫困户电商培训、带动增收情况。");

  book("六", "加强宣传推广（10分）");
  ind(11, "案例总结", 2, "2分");
  line("自评说明", "2021年4月向惠州市商务局报送《博罗荔枝“触网”记》经验材料。");
  ind(12, "经验推广", 8, "5分（原填8分，9月6日局务会核减：惠州日报报道在9月，不计）");
  line("自评说明", "省级：南方日报2021年6月报道（4分）；县级：博罗县融媒体中心（1分）。");

  book("七", "加强财政资金管理（15分）");
  ind(13, "制度建立", 5, "5分");
  item("建立科学有效的资金管理制度且得到有效落实（1—5分）", 5, 5);
  line("自评说明", "2020年3月印发《博罗县省级电子商务进农村综合示范专项资金管理办法》，建立考核问责制度。");
  ind(14, "资金台账", 5, "4分");
  item("项目承建方建立资金专用台账，账目完整（1—5分）", 5, 4);
  line("自评说明", "各项目承建单位均建立资金专用台账。");
  ind(15, "资金支出", 5, "4分");
  item("资金支出率70%以上，且根据创建进度及时拨付（1—5分）", 5, 4);
  line("自评说明", "省级专项资金下达600万元，截至2021年8月31日拨付518.4万元，支出率86.4%。");

  book("八", "加分项及一票否决项");
  ind("加1", "贫困人口培训率70%及以上", 2, "0分");
  line("自评说明", "培训率58.2%，未达70%。");
  ind("加2", "电商扶贫典型案例获电视播报", 2, "1分");
  line("自评说明", "2021年5月广东广播电视台《广东新闻联播》播报博罗县电商扶贫典型案例（省级）。");
  rows.push(["否决项", "发生安全生产、质量事故，或造成重大经济损失和社会不良影响", null, null, "自查", "未发生"]); merges.push(`B${R()}:D${R()}`);
  rows.push(["否决项", "项目建设进度严重滞后，总体进度不足40%", null, null, "自查", "总体进度91%"]); merges.push(`B${R()}:D${R()}`);
  rows.push(["否决项", "弄虚作假", null, null, "自查", "无"]); merges.push(`B${R()}:D${R()}`);
  blank();
  full("自评合计：92分（另加分1分）　　审定：县商务局局务会　2021年9月6日");
  assert(Math.round((2980 / 5120) * 1000) === 582 && Math.round((5184000 / 6000000) * 1000) === 864, "58.2%, 86.4%");
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sumPts(claimed) === 92, "92");
  write("facts/b140-f3-boluo.json", {
    description:
      "惠州博罗县商务局迎检资料的《分册隔页》（打印后插在各册前）：开头一块“基本情况”是几对 标签｜值 并排；然后第一册到第八册一块一块往下排，每块先是“博罗县…考评资料”和“第N册　工作任务”两行，册里每个指标一段：一行“指标N｜指标名｜权重｜N分｜自评得分｜M分”（“权重”后面是满分，不是得分，读“自评得分”后面那格），再有“评分标准”“自评说明”行、“细项｜内容｜分值｜N｜自评｜M”行（主观分是“自评”后面的M，不是“分值”后面的满分）和“佐证材料”目录（页码不是分）。读法：两处自评得分改过：指标5“14分（原填15分，9月6日局务会核减1分）” → 14，指标12“5分（原填8分……）” → 5。主观分：方案2、政策2、管理制度2、台账1、调研2、促销2、交易标准冷链溯源1、资金制度5、资金台账4、及时拨付4。事实：county 博罗县；asOf真日期2021-08-31；常住人口113.2万 → 1,132,000；行政村320、省定贫困村31；县委书记、县长双组长，商务、财政、农业农村、乡村振兴等参与 → principal-all；方案、政策已出台；中心2020年9月28日投入运营，免费培训、展示销售、摄影美工、统一推广品牌 → true，其他衍生增值服务“暂未开展” → centerOther false；产业园已建；第三方运营、快递100% → true；2020年农产品网零9.86亿元 → 986,000,000、增速33.7% → 0.337；培训12,460人次、有劳动能力不含外出务工5,120人、参训2,980人；专栏四项都有；能统计扶贫；资金管理办法、专用台账 → true；下达600万元、拨付518.4万元；总体进度91%；未发生事故 → vetoIncident false；弄虚作假“无” → vetoFraud false。",
    sheets: [sheet("分册隔页", rows, merges)],
    expect: {
      facts: {
        county: "博罗县", asOf: "2021-08-31", residentPopulation: 1132000, adminVillagesStated: 320, poorVillagesStated: 31, overallProgress: 0.91, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2020: yi("9.86"), agriRetailGrowthStated: 0.337, trainingPersonTimesStated: 12460,
        eligiblePoorPersonsStated: 5120, trainedPoorPersonsStated: 2980, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 6000000, fundSpentStated: wan("518.4"), vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// ledgers/b140-l1-gaozhou: 茂名高州市 — ①《说明》不是台账；②培训现场“人证核验终端”导出（一次刷证比对一行：上午签到、下午复核各一行，
// 比对“不通过”重刷的、人证不符未准入的、设备调试的都在里面；一人一天一期算1人次；“证件有效期”是身份证的有效期，不是培训日期）；
// ③柏桥村《建档立卡贫困户家庭收入核算表》（一户一块，户合计行不是人；劳动技能按扶贫系统口径；就业状态定是否外出务工）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {}, USED = new Set();
  const AREA = "440981";
  sheets.push(sheet("说明", [["高州市商务局　电商培训及帮扶对象台账"], [null], ["1．核验记录：市电商培训现场使用“人证核验终端”刷身份证、人脸比对签到，本表为终端导出的全部记录（含设备调试、比对不通过的记录）。"],
    ["2．收入核算表：根子镇柏桥村提供的2020年度建档立卡贫困户家庭收入核算表，用于核对参训贫困人口。"], ["3．线下纸质签到表另册装订，不在本文件。"], [null], ["高州市商务局电商股　2021年9月"]]));
  expect["说明"] = { kind: null };

  // ---------------------------------------------------------------- 收入核算表 people first (their IDs are reused in the sign-ins)
  // households: [户主 index, [[rel, sex, birth, 劳动技能, 就业状态, 务工地点, 月, 工资性收入]]]
  const HH = [
    [[["户主", "男", "19700316", "普通劳动力", "县外务工（省内）", "广州市白云区", 10, 38000], ["配偶", "女", "19720809", "普通劳动力", "在家务农", null, null, 0],
      ["之子", "男", "19980124", "技能劳动力", "省外务工", "浙江省义乌市", 11, 52000], ["之女", "女", "20070605", "无劳动力", "在校学生", null, null, 0]]],
    [[["户主", "女", "19660227", "弱劳动力或半劳动力", "公益性岗位", "本村（保洁员）", 12, 6000], ["之母", "女", "19410918", "丧失劳动力", "—", null, null, 0],
      ["之孙", "男", "20120411", "无劳动力", "在校学生", null, null, 0]]],
    [[["户主", "男", "19750630", "普通劳动力", "县内务工", "高州市区", 9, 27000], ["配偶", "女", "19771102", "普通劳动力", "县外务工（省内）", "东莞市", 10, 36000],
      ["之父", "男", "19480215", "丧失劳动力", "—", null, null, 0], ["之子", "男", "20050720", "无劳动力", "在校学生", null, null, 0]]],
    [[["户主", "男", "19580103", "弱劳动力或半劳动力", "在家务农", null, null, 0], ["配偶", "女", "19600425", "弱劳动力或半劳动力", "在家务农", null, null, 0],
      ["之子", "男", "19860914", "技能劳动力", "省外务工", "福建省厦门市", 12, 60000], ["儿媳", "女", "19880307", "普通劳动力", "县内务工", "根子镇（荔枝加工厂）", 8, 20000]]],
    [[["户主", "女", "19801012", "普通劳动力", null, null, null, 0], ["之女", "女", "20090526", "无劳动力", "在校学生", null, null, 0]]],
  ];
  const LAB = { 技能劳动力: true, 普通劳动力: true, 弱劳动力或半劳动力: true, 丧失劳动力: false, 无劳动力: false };
  const MIG = { "县外务工（省内）": true, 省外务工: true, 县内务工: false, 公益性岗位: false, 在家务农: false, 在校学生: false, "—": null };
  const persons = [];
  HH.forEach((h, hi) => {
    let sur = null;
    h[0].forEach((m, k) => {
      let nm = nameOf(hi * 5 + k + 60, m[1], USED);
      if (k === 0) sur = nm[0];
      else if (!["配偶", "儿媳"].includes(m[0]) && nm[0] !== sur) {
        USED.delete(nm); const G = m[1] === "女" ? GIV_F : GIV_M; let q = hi + k; nm = sur + G[q % G.length]; while (USED.has(nm)) { q++; nm = sur + G[q % G.length]; } USED.add(nm);
      }
      const id = makeIdSex(AREA, m[2], 300 + hi * 40 + k * 7, hi === 3 && k === 3, m[1]);
      persons.push({ hh: hi, k, name: nm, sex: m[1], id, m });
    });
  });
  const recsP = persons.map((p) => ({ id: p.id, labour: LAB[p.m[3]], migrant: p.m[4] === null ? null : MIG[p.m[4]] }));
  assert(recsP.length === 17 && recsP.filter((r) => r.id.endsWith("X")).length === 1, "17 persons, one X");
  assert(recsP.filter((r) => r.labour && r.migrant === false).length === 6 && recsP.filter((r) => r.migrant).length === 4 && recsP.filter((r) => r.migrant === null).length === 3,
    "6 eligible, 4 migrants, 3 null");

  // ---------------------------------------------------------------- 核验记录 (training)
  const S = [
    ["2020-11-12", "第1期 农村电商基础（根子镇）"], ["2021-01-14", "第2期 网店开设与运营（分界镇）"], ["2021-04-15", "第3期 短视频与直播（石鼓镇）"],
    ["2021-06-24", "第4期 荔枝龙眼网销专题（市电商公共服务中心）"], ["2021-09-09", "第5期 直播带货提升（市电商公共服务中心）"],
  ];
  // a pool of trainees: the 6 eligible poor persons first is not needed; mix
  const pool = [];
  const poolAdd = (name, sex, id) => { pool.push({ name, sex, id }); };
  const poorById = (hh, k) => persons.find((p) => p.hh === hh && p.k === k);
  [[0, 1], [2, 0], [3, 3], [1, 0]].forEach(([hh, k]) => { const p = poorById(hh, k); poolAdd(p.name, p.sex, p.id); });
  for (let i = 0; i < 24; i++) {
    const sex = i % 3 === 0 ? "男" : "女";
    const birth = `19${70 + ((i * 7) % 30)}${p2(1 + ((i * 5) % 12))}${p2(1 + ((i * 11) % 28))}`;
    poolAdd(nameOf(i + 120, sex, USED), sex, makeIdSex(AREA, birth, 500 + i * 13, i === 9, sex));
  }
  assert(new Set(pool.map((p) => p.id)).size === 28, "distinct ids");
  // per session: trainee pool indexes; afternoon re-check subset; failing-then-pass index; impostor (id of someone not present)
  const PLAN = [
    { who: [4, 5, 0, 6, 7, 1, 8, 9], pm: [0, 6, 8], retry: [7], impostor: null },
    { who: [10, 11, 12, 1, 13, 14, 15], pm: [11, 1, 15], retry: [], impostor: 16 },
    { who: [17, 18, 2, 19, 20, 4, 21, 22, 23], pm: [2, 20, 22], retry: [19], impostor: null },
    { who: [24, 25, 1, 26, 3, 27, 5, 12], pm: [1, 26, 12], retry: [3, 27], impostor: null },
    { who: [6, 18, 25, 9, 11, 2], pm: [18, 9], retry: [], impostor: null },
  ];
  const VALID = (p, i) => { const y = 2014 + (i % 6); const st = p.id.slice(10, 14); return i % 5 === 3 ? `${y}.${+st.slice(0, 2)}.${+st.slice(2)}-长期` : `${y}.${st.slice(0, 2)}.${st.slice(2)}-${y + 20}.${st.slice(0, 2)}.${st.slice(2)}`; };
  const recsT = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("人证核验终端　核验记录导出");
    full("设备：人证核验终端 HZ-01（高州市商务局）　　导出时间：2021-09-10 17:03:26　　记录范围：全部");
    full("电商股加注：每次刷身份证、人脸比对一行；上午签到、下午复核各刷一次，同一人同一天是同一期培训，只计1人次；“比对结果”为“不通过”的是比对失败（重刷通过的照计，始终未通过的不是学员）；2020年11月11日为设备安装调试，不是培训；“证件有效期”是身份证的有效期限，与培训日期无关。");
    rows.push(["序号", "核验时间", "姓名", "性别", "民族", "身份证号", "证件有效期", "比对结果", "相似度", "设备编号", "备注"]);
    let no = 0;
    const push = (iso, t, p, ok, sim, note) => { no++; rows.push([no, `${iso} ${t}`, p.name, p.sex, "汉", p.id, VALID(p, pool.indexOf(p) >= 0 ? pool.indexOf(p) : 3), ok ? "通过" : "不通过", sim, "HZ-01", note || null]); };
    const staff = [{ name: "陈国华", sex: "男", id: makeIdSex(AREA, "19850412", 900, false, "男") }, { name: "何美玲", sex: "女", id: makeIdSex(AREA, "19900717", 910, false, "女") }];
    staff.forEach((p, i) => { no++; rows.push([no, `2020-11-11 16:${p2(20 + i * 3)}:${p2(11 + i * 17)}`, p.name, p.sex, "汉", p.id, `2016.05.0${i + 1}-2036.05.0${i + 1}`, "通过", cents(9700 + i * 41), "HZ-01", "设备调试（商务局工作人员）"]); });
    S.forEach(([iso, title], si) => {
      const pl = PLAN[si];
      pl.who.forEach((ix, j) => {
        const p = pool[ix];
        const t = `08:${p2(21 + j * 3)}:${p2((ix * 7) % 60)}`;
        if (pl.retry.includes(ix)) push(iso, t, p, false, cents(6100 + ix * 13), "比对不通过，重刷");
        push(iso, pl.retry.includes(ix) ? `08:${p2(21 + j * 3)}:${p2(((ix * 7) % 50) + 9)}` : t, p, true, cents(9000 + ((ix * 37) % 900)), j === 0 ? title : null);
        recsT.push({ date: iso, personTimes: 1, id: p.id });
        if (pl.impostor !== null && j === 2) {
          const q = pool[pl.impostor];
          const imp = { name: q.name, sex: q.sex, id: q.id };
          push(iso, `08:${p2(22 + j * 3)}:40`, imp, false, cents(3120), null);
          push(iso, `08:${p2(23 + j * 3)}:05`, imp, false, cents(2875), "人证不符（持他人身份证），未准入");
        }
      });
      pl.pm.forEach((ix, j) => push(iso, `14:${p2(10 + j * 4)}:${p2((ix * 13) % 60)}`, pool[ix], true, cents(9100 + ((ix * 29) % 800)), j === 0 ? "下午复核" : null));
    });
    full(`共${no}条记录。　　导出人：电商股 何××`);
    sheets.push(sheet("核验记录导出", rows, merges));
    expect["核验记录导出"] = { kind: "training", records: recsT };
  }
  assert(recsT.length === 38 && recsT.filter((r) => r.date <= AS_OF).length === 32, "38 person-times, 32 by cut-off");
  assert(!recsT.some((r) => r.id === pool[16].id) && recsT.filter((r) => r.id === pool[1].id).length === 3, "impostor's ID never a record; pool[1] three times");

  // ---------------------------------------------------------------- 收入核算表 (poorPersons)
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("高州市根子镇柏桥村2020年度建档立卡贫困户家庭收入核算表");
    full("柏桥村委会、驻村工作队　　2021年1月　　单位：元");
    full("填表说明：劳动技能按扶贫开发信息系统口径填写，技能劳动力、普通劳动力、弱劳动力或半劳动力为有劳动能力，丧失劳动力、无劳动力为无劳动能力；就业状态：县外务工（省内）、省外务工为外出务工，县内务工、公益性岗位、在家务农、在校学生不是外出务工，“—”为不适用，空白为未采集。");
    rows.push(["户编号", "户主", "家庭人口", "成员姓名", "与户主关系", "身份证号", "劳动技能", "就业状态", "务工地点", "务工时间（月）", "工资性收入", "备注"]);
    HH.forEach((h, hi) => {
      const s = R() + 1;
      const ms = persons.filter((p) => p.hh === hi);
      ms.forEach((p, k) => {
        const m = p.m;
        rows.push([k === 0 ? `BQ-${p3(hi * 3 + 7)}` : null, k === 0 ? ms[0].name : null, k === 0 ? ms.length : null, p.name, m[0], p.id, m[3], m[4], m[5], m[6], m[7], null]);
      });
      ["A", "B", "C"].forEach((c) => merges.push(`${c}${s}:${c}${R()}`));
      const wage = sum(ms.map((p) => p.m[7]));
      const other = 4200 + hi * 1350;
      rows.push([null, null, null, "户合计", null, null, null, null, null, null, wage, `另：生产经营性收入${thousands(other)}元、转移性收入${thousands(2600 + hi * 410)}元；人均纯收入${thousands(Math.round((wage + other + 2600 + hi * 410) / ms.length))}元`]);
    });
    full("核算人：驻村工作队 梁××　　村委会（盖章）");
    sheets.push(sheet("收入核算表", rows, merges));
    expect["收入核算表"] = { kind: "poorPersons", records: recsP };
  }
  write("ledgers/b140-l1-gaozhou.json", {
    description:
      "茂名高州市商务局交的台账，三个表。①《说明》不是台账。②《核验记录导出》是培训现场“人证核验终端”的全部导出：一次刷身份证、人脸比对一行（序号｜核验时间｜姓名｜性别｜民族｜身份证号｜证件有效期｜比对结果｜相似度｜设备编号｜备注），每期的第一条备注写着期次。读法：一人一天（一期）算1人次，下午“复核”再刷的不另算；比对“不通过”后马上重刷“通过”的照算1人次，记在它通过的那行；第2期有一个身份证两次“不通过”、备注“人证不符（持他人身份证），未准入”，不是学员；2020年11月11日两条是“设备调试（商务局工作人员）”，不是培训；日期读“核验时间”的日期，“证件有效期”（如“2016.05.01-2036.05.01”“…-长期”）是身份证的有效期，不是培训日期；身份证号照读（一个末位X的在收入核算表里）。5期共38人次（8＋7＋9＋8＋6，截至8月31日32人次），按首次通过的顺序列出。③《收入核算表》是柏桥村的建档立卡贫困户家庭收入核算表：一户一块，户编号、户主、家庭人口纵向合并，一名成员一行，每户下面的“户合计”行不是人。读法：劳动技能“技能劳动力”“普通劳动力”“弱劳动力或半劳动力” → labour true，“丧失劳动力”“无劳动力” → false；就业状态“县外务工（省内）”“省外务工” → migrant true，“县内务工”“公益性岗位”“在家务农”“在校学生” → false，“—”（不适用）和空白（未采集） → null。共17人（有劳动能力且不外出务工的6人）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b140-l2-wuchuan: 湛江吴川市 — ①电商孵化基地《入孵、出孵登记台账》（入孵＝入驻，出孵＝离园；“孵化期满”是约定期限不是出孵；
// 未登记的创业团队也在册）；②OA《流程查询导出》（资金支付审批流程：只读专项资金、已办结的，日期读财务补填的“国库支付日期”，不读发起／办结时间；
// 退回重发只算一次；撤销、审批中、公用经费都不是）；③水务局《农村集中供水覆盖情况表》当村名单（有居委会、没有快递列，“实现集中供水”不是快递）；
// ④隐藏的《透视》是汇总，不是台账
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  const AREA = "440883";

  // ---------------------------------------------------------------- 孵化台账 (enterprises)
  // [name, codeSeq|null, type, 入孵 iso, 期满 iso, 出孵 iso|null, 方式]
  const FH = [
    ["吴川市鉴江电子商务运营有限公司", 31, "电商运营商", "2020-06-18", "2022-06-17", null, null],
    ["吴川市吴阳海鲜干货网店", 32, "销售型", "2020-06-18", "2021-06-17", "2021-06-30", "毕业"],
    ["中国邮政集团有限公司吴川市分公司邮乐购服务站", 33, "平台型", "2020-07-02", "2022-07-01", null, null],
    ["吴川市速达快递服务有限公司", 34, "物流企业", "2020-07-15", "2022-07-14", null, null],
    ["吴川月饼创业团队（未登记）", null, "销售型", "2020-08-06", "2021-08-05", null, null],
    ["吴川市塘㙍木偶文创网店", 35, "销售型", "2020-08-20", "2021-08-19", "2021-02-26", "淘汰"],
    ["吴川市鼎好农产品电子商务有限公司", 36, "销售型", "2020-09-10", "2022-09-09", null, null],
    ["吴川市直播家传媒有限公司", 37, "直播服务", "2020-10-09", "2022-10-08", null, null],
    ["吴川市黄坡番薯网店", 38, "销售型", "2020-11-05", "2021-11-04", null, null],
    ["吴川市兰石花生油电子商务有限公司", 39, "销售型", "2020-12-03", "2022-12-02", null, null],
    ["吴川市乡淘网络科技有限公司", 40, "平台型", "2021-01-07", "2023-01-06", null, null],
    ["吴川市优品设计工作室", 41, "设计服务", "2021-03-04", "2022-03-03", "2021-09-20", "自行迁出"],
    ["吴川市樟铺鸭网店", 42, "销售型", "2021-04-08", "2022-04-07", null, null],
    ["吴川市振文荔枝电子商务有限公司", 43, "销售型", "2021-05-13", "2023-05-12", null, null],
    ["吴川市冷链仓储有限公司", 44, "物流企业", "2021-06-17", "2023-06-16", null, null],
    ["鉴江青年直播团队（未登记）", null, "直播服务", "2021-07-22", "2022-07-21", null, null],
    ["吴川市王村港鱿鱼网店", 45, "销售型", "2021-08-19", "2022-08-18", null, null],
    ["吴川市覃巴虾干电子商务有限公司", 46, "销售型", "2021-09-01", "2023-08-31", null, null],
  ];
  const recsE = FH.map((f) => ({ name: f[0], type: f[2], entered: f[3], left: f[5] }));
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("吴川市电子商务孵化基地（电商产业园）企业入孵、出孵登记台账");
    full("基地运营管理办公室　　2021年9月22日更新");
    full("说明：“入孵日期”即入驻园区日期；“出孵日期”为毕业、淘汰或自行迁出离开园区的日期；“孵化期满”为入孵协议约定的孵化期截止日，不是出孵日期，期满未出孵的续期在孵；尚未办理工商登记的创业团队也登记在册。");
    rows.push(["孵化编号", "企业（团队）名称", "统一社会信用代码", "企业类型", "入孵日期", "孵化期满", "出孵日期", "出孵方式", "在孵状态", "备注"]);
    const F = [fmtDot, D, fmtCn, fmtSlash, fmt2y];
    FH.forEach((f, i) => rows.push([`FH-${2001 + i}`, f[0], f[1] === null ? "—" : creditCode(AREA, f[1]), f[2], F[i % 5](f[3]), fmtDot(f[4]), f[5] ? F[(i + 2) % 5](f[5]) : null,
      f[6], f[5] ? "已出孵" : "在孵", [f[1] === null ? "未办理工商登记" : null, f[4] < "2021-09-22" && !f[5] ? "期满续期" : null].filter(Boolean).join("；") || null]));
    full(`在册${FH.length}家（团队）：在孵${FH.filter((f) => !f[5]).length}家，已出孵${FH.filter((f) => f[5]).length}家。　　登记：基地办 陈××`);
    sheets.push(sheet("孵化台账", rows, merges));
    expect["孵化台账"] = { kind: "enterprises", records: recsE };
  }
  assert(recsE.length === 18 && recsE.filter((r) => r.entered <= AS_OF && !(r.left && r.left <= AS_OF)).length === 15, "18 records, 15 in the base at cut-off");

  // ---------------------------------------------------------------- 付款流程导出 (funds)
  // [编号, 标题, 发起人, 发起 iso, 来源 (Z 专项 / G 公用经费), 收款单位, 金额, 当前节点, 状态, 办结 iso|null, 支付 iso|null]
  const Z = "省级电商进农村专项资金", G = "部门预算（公用经费）";
  const OA = [
    ["关于支付县级电子商务公共服务中心建设首期款的请示", "李××", "2020-09-15", Z, "吴川市鉴江电子商务运营有限公司", 450000, "结束", "已办结", "2020-09-22", "2020-09-25"],
    ["办公用品采购付款", "陈××", "2020-10-12", G, "吴川市文具批发部", 3860, "结束", "已办结", "2020-10-14", "2020-10-16"],
    ["关于支付村级电商服务站点建设第一批款的请示", "李××", "2020-11-03", Z, "中国邮政集团有限公司吴川市分公司", 380000, "结束", "已办结", "2020-11-10", "2020-11-13"],
    ["关于支付电商培训服务费（第一批）的请示", "吴××", "2020-12-01", Z, "湛江市鉴江职业培训学校", 96500, "发起人", "已退回", null, null],
    ["关于支付电商培训服务费（第一批）的请示（重新发起）", "吴××", "2020-12-18", Z, "湛江市鉴江职业培训学校", 96500, "结束", "已办结", "2020-12-24", "2020-12-28"],
    ["关于支付农村物流配送体系建设首期款的请示", "李××", "2021-01-18", Z, "吴川市速达快递服务有限公司", 320000, "结束", "已办结", "2021-01-25", "2021-01-28"],
    ["差旅费报销（赴湛江市商务局汇报）", "吴××", "2021-03-01", G, "吴××", 2140, "结束", "已办结", "2021-03-03", "2021-03-05"],
    ["关于支付农产品品牌培育推广首期款的请示", "吴××", "2021-03-09", Z, "吴川市鼎好文化传播有限公司", 180000, "结束", "已办结", "2021-03-16", "2021-03-19"],
    ["关于支付县级电子商务公共服务中心建设进度款的请示", "李××", "2021-04-12", Z, "吴川市鉴江电子商务运营有限公司", 350000, "结束", "已办结", "2021-04-19", "2021-04-21"],
    ["关于支付农产品质量溯源系统款的请示", "吴××", "2021-05-10", Z, "湛江市溯源信息科技有限公司", 150000, "发起人", "已撤销", null, null],
    ["关于支付村级电商服务站点建设第二批款的请示", "李××", "2021-06-07", Z, "中国邮政集团有限公司吴川市分公司", 300000, "结束", "已办结", "2021-06-11", "2021-06-16"],
    ["关于支付电商培训服务费（第二批）的请示", "吴××", "2021-07-05", Z, "湛江市鉴江职业培训学校", 118200, "结束", "已办结", "2021-07-09", "2021-07-14"],
    ["关于支付电商产业园改造工程款的请示", "李××", "2021-08-16", Z, "吴川市建安工程有限公司", 260000, "结束", "已办结", "2021-08-27", "2021-09-02"],
    ["关于支付农村物流配送体系建设进度款的请示", "李××", "2021-08-23", Z, "吴川市速达快递服务有限公司", 200000, "局长审批", "审批中", null, null],
    ["关于支付县级电子商务公共服务中心建设尾款的请示", "李××", "2021-09-06", Z, "吴川市鉴江电子商务运营有限公司", 150000, "结束", "已办结", "2021-09-13", "2021-09-15"],
  ];
  const paid = OA.filter((o) => o[3] === Z && o[7] === "已办结");
  const recsF = paid.map((o) => ({ date: o[9], amount: o[5] }));
  assert(recsF.length === 10 && sum(recsF.map((r) => r.amount)) === 2604700 && sum(recsF.filter((r) => r.date <= AS_OF).map((r) => r.amount)) === 2194700, "10 payments");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("OA协同办公系统　流程查询导出");
    full("流程类型：资金支付审批　　发起部门：电商股、办公室　　发起时间：2020-09-01 至 2021-09-30　　导出人：财务室 黄××　　导出时间：2021-09-28 09:41:12");
    full("财务室加注：“资金来源”为“省级电商进农村专项资金”的才是专项资金支出；支出以财务室补填的“国库支付日期”为准（不是发起时间、办结时间）；“已退回”“已撤销”“审批中”的流程没有付款。");
    rows.push(["流程编号", "流程标题", "发起人", "发起时间", "资金来源", "收款单位", "申请金额", "当前节点", "流程状态", "办结时间", "国库支付日期（财务补填）"]);
    const FP = [fmtDot, fmtSlash, D, fmt2y, fmtCn];
    let k = 0;
    OA.forEach((o, i) => {
      const pay = o[9] ? FP[k++ % 5](o[9]) : null;
      rows.push([`ZF${o[2].replace(/-/g, "")}${p2(i + 1)}`, o[0], o[1], `${o[2]} ${p2(9 + (i % 7))}:${p2((i * 11) % 60)}`, o[3], o[4], `¥${money2(o[5])}`, o[6], o[7],
        o[8] ? `${o[8]} ${p2(15 + (i % 3))}:${p2((i * 7) % 60)}` : null, pay]);
    });
    sheets.push(sheet("付款流程导出", rows, merges));
    expect["付款流程导出"] = { kind: "funds", records: recsF };
  }

  // ---------------------------------------------------------------- 透视 (hidden summary; not a ledger)
  {
    const byM = {};
    recsF.forEach((r) => { const m = r.date.slice(0, 7); byM[m] = (byM[m] || 0) + r.amount; });
    const rows = [["数据透视表（由“付款流程导出”生成，仅供核对，筛选：资金来源＝省级电商进农村专项资金，流程状态＝已办结）", null], [null, null], ["行标签（国库支付月份）", "求和项:申请金额"]];
    Object.keys(byM).sort().forEach((m) => rows.push([fmtYM(m), byM[m]]));
    rows.push(["总计", sum(Object.values(byM))]);
    sheets.push(sheet("透视", rows, [], { hidden: true }));
    expect["透视"] = { kind: null };
  }

  // ---------------------------------------------------------------- 供水覆盖表 (villages; 水务局)
  const TOWNS = ["大山江街道", "塘㙍镇", "浅水镇", "长岐镇", "覃巴镇", "王村港镇", "振文镇", "樟铺镇", "吴阳镇", "黄坡镇", "兰石镇"];
  const NV = [5, 12, 10, 14, 11, 9, 10, 8, 13, 12, 9];
  const COMM = { 大山江街道: ["山江社区", "新华社区", "沙角旋社区"] };
  const STEMS = ["大山江", "塘㙍", "浅水", "长岐", "覃巴", "王村港", "振文", "樟铺", "吴阳", "黄坡", "兰石"];
  const P1 = "大新上下东西南北山旧老石田海沙".split(""), P2 = "尾头岭坡埇垌港仔寮边角塘湾".split("");
  const cand = [];
  P1.forEach((a, i) => P2.forEach((b, j) => cand.push([(i * 97 + j * 53 + i * j * 29) % 829, a + b])));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VN = [...new Set(cand.map((c) => c[1]))].filter((n) => !STEMS.includes(n)).map((n) => n + "村").slice(0, sum(NV));
  assert(VN.length === 113, "113 names");
  const recsV = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("吴川市农村集中供水工程覆盖情况表（按村（居）委会）");
    full("吴川市水务局　　2021年3月　　“类别”分村委会、居委会；“省定贫困村”据市乡村振兴局名单填“是／否”；“实现集中供水”指村（居）已接通集中供水管网");
    rows.push(["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "供水工程名称", "覆盖自然村（个）", "受益人口（人）", "实现集中供水", "备注"]);
    let no = 0, vk = 0, poorN = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = (COMM[t] || []).map((c) => ({ name: c + "居委会", comm: true })).concat(Array.from({ length: NV[ti] }, () => ({ name: VN[vk++], comm: false })));
      let pop = 0;
      list.forEach((e, i) => {
        no++;
        const poor = !e.comm && no % 9 === 5;
        if (poor) poorN++;
        const nm = e.comm ? e.name : no % 6 === 2 ? e.name.replace(/村$/, "村委会") : e.name;
        const served = e.comm || no % 17 !== 11;
        const p = e.comm ? 5200 + no * 13 : 1200 + ((no * 271) % 2600);
        pop += p;
        rows.push([no, i === 0 ? t : null, nm, e.comm ? "居委会" : "村委会", e.comm ? "否" : poor ? "是" : "否", served ? `${STEMS[ti]}${e.comm ? "城区" : "片区"}供水工程` : null,
          e.comm ? 0 : 3 + ((no * 7) % 9), p, served ? "是" : "否", served ? null : "管网延伸工程2021年底完工"]);
        recsV.push({ name: nm, admin: !e.comm, poor: e.comm ? false : poor, express: null });
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `${list.length}个`, null, null, null, null, pop, null, null]);
    });
    full(`合计：村委会${sum(NV)}个、居委会${COMM["大山江街道"].length}个，其中省定贫困村${poorN}个。　　填表：水务局农水股 杨××`);
    sheets.push(sheet("供水覆盖表", rows, merges));
    expect["供水覆盖表"] = { kind: "villages", records: recsV };
    assert(recsV.length === 116 && recsV.filter((r) => r.admin).length === 113 && poorN === recsV.filter((r) => r.poor).length && poorN >= 10, "116 rows, poor " + poorN);
  }
  const ORDER = ["孵化台账", "付款流程导出", "供水覆盖表", "透视"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  write("ledgers/b140-l2-wuchuan.json", {
    description:
      "湛江吴川市商务局交的台账，四个表。①《孵化台账》是电商孵化基地（即电商产业园）的入孵、出孵登记台账：读“入孵日期”（入驻）和“出孵日期”（离园），“孵化期满”是协议约定的截止日，不是出孵（期满未出孵的续期在孵）；毕业、淘汰、自行迁出都是离园；两个“（未登记）”的创业团队没有信用代码（“—”），也照列；类型照写；9月1日入孵、9月20日迁出的照列。共18条（截至8月31日在园15家）。②《付款流程导出》是OA系统资金支付审批流程的导出：一个流程一行，金额写成“¥450,000.00”。读法：只读“资金来源”为省级专项资金、“流程状态”为“已办结”的；日期读财务补填的“国库支付日期”（有真日期、“2020.9.25”“2020/11/13”“21.1.28”“2021年3月19日”等），不读发起时间、办结时间（产业园工程款8月27日办结、9月2日才支付）；第一批培训费“已退回”后“重新发起”才付，只算一次；溯源系统款“已撤销”、物流进度款“审批中”、办公用品和差旅费（公用经费）都不是。共10笔2,604,700元（截至8月31日2,194,700元）。③《供水覆盖表》是水务局的农村集中供水覆盖表，当村名单：一村（居）一行，镇纵向合并，每镇有小计行。读法：“类别”村委会 → admin true，居委会（大山江街道3个社区）→ false；“省定贫困村”是／否；表里没有快递列，“实现集中供水”是供水不是快递 → express null。共116行（行政村113个）。④隐藏的《透视》是由付款流程生成的按月汇总，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
