// Batch 142 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
// counties/b142-c1-dinghu: 肇庆鼎湖区 — 《考评数据"一数一源"登记表》（每个数据注明来源文件、出具单位；第三部分是局务会审定的自评分）；
// 区文广旅体局《"村村响"应急广播覆盖表》当村名单（无快递列）；《省定贫困村退出验收表》当贫困村名单；《站点地图标注申请记录》（读"开业时间"，
// 不读"提交时间"，驳回的重复标注、社区站、9月开业的不算）；《学员学时登记册》（人×期次网格，"假"不是参训）；《园区企业半年考核表》；
// 《记账凭证》打印（只读"项目支出"借方，红字冲销要减，收到指标的凭证不是支出）；《值班记录》（只读"报送"月报，收到通知、催报不算）；
// 《网站内容管理系统操作日志》（只读"发布"）；《传播效果统计》；市局《经验做法汇编目录》
// =====================================================================================
(function c1() {
  const AREA = "441203";
  const USED = new Set();
  const sheets = [];
  const TOWNS = ["坑口街道", "桂城街道", "广利街道", "永安镇", "沙浦镇", "凤凰镇", "莲花镇"];
  const NV = [4, 3, 9, 12, 11, 9, 14];
  const COMM = { 坑口街道: ["坑口社区", "鼎湖山社区", "蕉园社区"], 桂城街道: ["桂城社区", "城东社区", "城西社区", "新城社区"], 广利街道: ["广利社区"] };
  assert(sum(NV) === 62 && Object.values(COMM).flat().length === 8, "62 村委会 + 8 社区");
  const STEMS = ["坑口", "桂城", "广利", "永安", "沙浦", "凤凰", "莲花"];
  const VN = villageNames("大小新上下东西南北石竹云龙黄罗高", "坑塘岗田洞岭坪湾头围冲涌基沙", 62, [131, 71, 37, 997], STEMS);
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  // 6 省定贫困村: in 永安、凤凰、莲花
  const POORK = [VIL.find((v) => v.town === "永安镇").k + 7, VIL.find((v) => v.town === "凤凰镇").k + 2, VIL.find((v) => v.town === "凤凰镇").k + 6,
    VIL.find((v) => v.town === "莲花镇").k + 1, VIL.find((v) => v.town === "莲花镇").k + 8, VIL.find((v) => v.town === "莲花镇").k + 12];
  assert(POORK.every((k) => ["永安镇", "凤凰镇", "莲花镇"].includes(VIL[k].town)) && new Set(POORK).size === 6, "poor villages");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const covNP = nonPoor.filter((v, j) => (j * 7) % 9 < 6).slice(0, 37);
  assert(covNP.length === 37, "37 covered non-poor");
  const COVK = POORK.concat(covNP.map((v) => v.k)).sort((a, b) => a - b);
  assert(COVK.length === 43, "43 covered");
  const uncov = VIL.filter((v) => !COVK.includes(v.k));
  assert(uncov.length === 19, "19 uncovered");
  const SEPT_K = uncov[11].k;
  // ---------------------------------------------------------------- 村村响覆盖表 (villages; no express column)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("鼎湖区农村应急广播（“村村响”）建设覆盖情况表");
    full("肇庆市鼎湖区文化广电旅游体育局　　2021年4月　　“类别”：村委会即行政村，社区居委会不是行政村；“终端”为村内安装的高音喇叭、收扩机数量");
    rows.push(["序号", "镇（街道）", "村（社区）", "类别", "终端（只）", "接入区级平台时间", "是否覆盖", "责任人", "备注"]);
    let no = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = (COMM[t] || []).map((c) => ({ name: c + "居委会", comm: true })).concat(VIL.filter((v) => v.town === t).map((v) => ({ name: v.name, comm: false, k: v.k })));
      let term = 0;
      list.forEach((e, i) => {
        no++;
        const n = e.comm ? 6 + (no % 4) : 3 + ((no * 5) % 6);
        term += n;
        const nm = e.comm ? e.name : no % 5 === 3 ? e.name.replace(/村$/, "村委会") : e.name;
        rows.push([no, i === 0 ? t : null, nm, e.comm ? "社区居委会" : "村委会", n, fmtDot(isoAdd("2020-07-06", (no * 3) % 150)), "是", e.comm ? "社区主任" : "村委会主任", null]);
      });
      if (list.length > 1) merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `${list.length}个`, `村委会${NV[ti]}个`, term, null, null, null, null]);
    });
    rows.push(["合计", null, "70个", "村委会62个、社区居委会8个", null, null, null, null, null]); merges.push(`A${R()}:B${R()}`);
    full("填表：区文广旅体局广电股 何××　　审核：冯××");
    sheets.push(sheet("村村响覆盖表", rows, merges));
  }
  // ---------------------------------------------------------------- 贫困村退出验收表 (poorVillages)
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("鼎湖区省定相对贫困村退出（出列）验收情况表");
    full("区乡村振兴局（原区扶贫办）　　2021年1月　　说明：本表6个村为2016年认定的省定相对贫困村，已于2020年全部出列；省电商进农村考评中的“省定贫困村”即此6个村");
    rows.push(["序号", "镇", "省定贫困村", "建档立卡户（户）", "建档立卡人口（人）", "2020年村集体收入（万元）", "2020年贫困户人均可支配收入（元）", "出列年度", "验收结论", "验收组长"]);
    POORK.forEach((k, i) => rows.push([i + 1, VIL[k].town, i === 3 ? VIL[k].name.replace(/村$/, "村民委员会") : VIL[k].name, 31 + i * 9, 86 + i * 23, 12.6 + i * 3.1, 13820 + i * 645, "2020年", "达到出列标准，同意出列", "区乡村振兴局 黄××"]));
    rows.push(["合计", null, "6个", sum(POORK.map((k, i) => 31 + i * 9)), sum(POORK.map((k, i) => 86 + i * 23)), null, null, null, null, null]); merges.push(`A${R()}:B${R()}`);
    sheets.push(sheet("贫困村退出验收表", rows, merges));
  }
  // ---------------------------------------------------------------- 站点地图标注申请记录 (stations: 开业时间, not 提交时间)
  const ST = COVK.map((k, i) => {
    let opened = isoAdd("2020-05-12", Math.floor((i * 420) / 42));
    if (k === POORK[4]) opened = "2021-06-18";
    return { k, vil: VIL[k].name, town: VIL[k].town, name: `鼎湖区${VIL[k].name.replace(/村$/, "")}村电商服务站`, opened };
  });
  assert(ST.every((s) => s.opened <= AS_OF) && ST.filter((s) => s.k !== POORK[4]).every((s) => s.opened < "2021-08-09"), "all by cut-off, and before the map requests");
  const SECOND = ST[20], DUP = ST[9];
  const extra = [
    { k: SECOND.k, vil: SECOND.vil, town: SECOND.town, name: `鼎湖区${SECOND.vil.replace(/村$/, "")}圩电商服务点`, opened: "2021-04-09", note: null },
    { k: DUP.k, vil: DUP.vil, town: DUP.town, name: DUP.name, opened: DUP.opened, dup: true },
    { k: null, vil: "坑口社区居委会", town: "坑口街道", name: "鼎湖区坑口社区电商服务站", opened: "2020-08-28" },
    { k: SEPT_K, vil: VIL[SEPT_K].name, town: VIL[SEPT_K].town, name: `鼎湖区${VIL[SEPT_K].name.replace(/村$/, "")}村电商服务站`, opened: "2021-09", sept: true },
  ];
  const ALLST = ST.concat(extra);
  const covIn = new Set(ALLST.filter((s) => s.k !== null && dateOk(s.opened)).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(covIn.size === 43 && poorIn === 6, "43 / 6");
  assert(covIn.size * 100 < 62 * 70 && (covIn.size + 1) * 100 >= 62 * 70, "69.4% → 2, one more would be 5");
  {
    const W = 14, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:N${R()}`); };
    full("地图标注服务平台　批量标注申请记录导出（申请单位：肇庆市鼎湖区商务局）");
    full("导出时间：2021-09-06 16:02:18　　分类：生活服务;电商服务站　　区商务局加注：“开业时间”为站点开业挂牌日期（站点自报、电商股核对）；“提交时间”“审核状态”是今年8—9月统一申请地图标注的时间和结果，与站点何时建成无关；“驳回（重复标注）”为同一站点重复提交");
    rows.push(["申请编号", "POI名称", "分类", "镇（街道）", "所在村（社区）", "详细地址", "经度", "纬度", "联系人", "联系电话", "开业时间", "提交时间", "审核状态", "审核意见"]);
    const order = [];
    TOWNS.forEach((t) => ALLST.filter((s) => s.town === t).forEach((s) => order.push(s)));
    assert(order.length === 47, "47 rows");
    const F = [D, fmtDot, fmtCn, fmtSlash, D, fmtDot];
    order.forEach((s, i) => {
      const sub = s === extra[3] ? "2021-08-20" : s.k === POORK[4] ? "2021-09-02" : isoAdd("2021-08-09", Math.floor(i / 3));
      const subT = `${sub} ${p2(9 + (i % 8))}:${p2((i * 13) % 60)}:${p2((i * 29) % 60)}`;
      let oc;
      if (s.sept) oc = "2021年9月";
      else if (s.opened.length === 7) oc = fmtYM(s.opened);
      else if (i % 9 === 4) oc = fmtYM(s.opened);
      else oc = F[i % F.length](s.opened);
      const status = s.dup ? "驳回" : sub >= "2021-09-01" ? "审核中" : "审核通过";
      const opinion = s.dup ? "重复标注（与已通过的同名POI为同一地点）" : status === "审核中" ? null : "通过";
      const vilCell = i % 7 === 5 && s.k !== null ? s.vil.replace(/村$/, "村委会") : s.vil;
      rows.push([`BZ2021${p3(800 + i)}`, s.name, "生活服务;电商服务站", s.town, vilCell, `肇庆市鼎湖区${s.town}${s.vil.replace(/(村|居委会)$/, "")}${s.name.includes("圩") ? "圩镇街" : s.k === null ? "居委会旁" : "村委会旁"}${1 + (i % 40)}号`,
        (112.56 + ((i * 37) % 300) / 1000).toFixed(6), (23.16 + ((i * 53) % 200) / 1000).toFixed(6), `${"陈林黄梁李何冯邓"[i % 8]}××`, `139${p2(20 + (i % 70))}${String(400000 + i * 7331).slice(-6)}`,
        oc, subT, status, opinion]);
      // remember month-only openings for the stations check
      if (typeof oc === "string" && /^\d{4}年\d{1,2}月$/.test(oc)) s.cellMonth = true;
    });
    full(`共${order.length}条申请：审核通过${order.filter((s, i) => !s.dup).length - rows.slice(3).filter((r) => r[12] === "审核中").length}条、审核中${rows.slice(3).filter((r) => r[12] === "审核中").length}条、驳回1条`);
    sheets.push(sheet("站点地图标注", rows, merges));
  }
  // ---------------------------------------------------------------- 学员学时登记册 (training: persons × sessions)
  const SES = [
    ["2020-09-24", "农村电商基础（永安镇）", 3, 128, 18], ["2020-10-22", "网店开设与运营（沙浦镇）", 3, 116, 14], ["2020-11-19", "农产品拍摄与美工", 6, 102, 17],
    ["2020-12-17", "直播带货入门", 6, 110, 15], ["2021-01-14", "社群营销（凤凰镇）", 3, 96, 21], ["2021-03-11", "短视频制作", 6, 124, 16],
    ["2021-03-25", "农村电商基础（莲花镇）", 3, 131, 13], ["2021-04-22", "网店客服与售后", 3, 118, 15], ["2021-05-20", "直播带货进阶", 6, 109, 19],
    ["2021-06-10", "农村电商基础（广利街道）", 3, 126, 14], ["2021-06-24", "电商物流与包装", 3, 112, 17], ["2021-07-15", "农产品品牌营销", 6, 121, 16],
    ["2021-08-19", "电商扶贫专题（脱贫户）", 3, 137, 15], ["2021-09-14", "直播带货实战", 6, 230, 12],
  ];
  const P = 520;
  const ATT = Array.from({ length: P }, () => Array(SES.length).fill(null));
  let off = 0;
  SES.forEach((s, si) => {
    for (let j = 0; j < s[3]; j++) ATT[(((off + j) % P) * 193) % P][si] = s[2];
    for (let j = 0; j < s[4]; j++) ATT[(((off + s[3] + j) % P) * 193) % P][si] = "假";
    off = (off + s[3] + s[4] + 17) % P;
  });
  const PT_IN = sum(SES.filter((s) => s[0] <= AS_OF).map((s) => s[3]));
  const LEAVE_IN = sum(SES.filter((s) => s[0] <= AS_OF).map((s) => s[4]));
  const POP = 173800;
  assert(PT_IN === 1530 && LEAVE_IN === 210, "1530 / 210");
  assert(PT_IN * 1000 >= POP * 8 && PT_IN * 100 < POP, "0.88% → 8");
  assert((PT_IN + LEAVE_IN) * 100 >= POP && (PT_IN + 230) * 100 >= POP, "counting 假 or September would reach 1%");
  SES.forEach((s, si) => assert(ATT.filter((r) => typeof r[si] === "number").length === s[3] && ATT.filter((r) => r[si] === "假").length === s[4], "session counts " + si));
  {
    const W = 5 + SES.length + 2, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("鼎湖区2020—2021年度农村电商培训学员学时登记册");
    full("承训单位：肇庆市鼎湖区电子商务公共服务中心　　格内数字为该期取得的学时（实到）；“假”为报名后请假未到，不计学时、不算参训；空白为未报名该期");
    const h1 = ["序号", "姓名", "性别", "身份证号", "所在镇（街道）"].concat(SES.map((s, i) => `第${i + 1}期`), ["合计学时", "参训次数"]);
    const FD = [D, fmtDot, fmtCn, fmt2y];
    const h2 = [null, null, null, null, null].concat(SES.map((s, i) => FD[i % 4](s[0])), [null, null]);
    const h3 = [null, null, null, null, null].concat(SES.map((s) => s[1]), [null, null]);
    rows.push(h1); const r0 = R(); rows.push(h2); rows.push(h3);
    ["A", "B", "C", "D", "E", colLetter(W - 2), colLetter(W - 1)].forEach((c) => merges.push(`${c}${r0}:${c}${r0 + 2}`));
    const ids = new Set();
    for (let i = 0; i < P; i++) {
      const sex = (i * 7) % 5 < 2 ? "男" : "女";
      const nm = nameOf(i, sex, USED);
      const birth = `${1964 + ((i * 13) % 37)}${p2(1 + ((i * 5) % 12))}${p2(1 + ((i * 11) % 28))}`;
      const id = makeIdSex(AREA, birth, (i * 7) % 900, i % 23 === 9, sex);
      assert(!ids.has(id), "dup id"); ids.add(id);
      const a = ATT[i];
      const hrs = sum(a.filter((x) => typeof x === "number"));
      rows.push([i + 1, nm, sex, id, TOWNS[(i * 3) % 7]].concat(a, [hrs, a.filter((x) => typeof x === "number").length]));
    }
    rows.push(["实到人数", null, null, null, null].concat(SES.map((s) => s[3]), [null, sum(SES.map((s) => s[3]))])); merges.push(`A${R()}:E${R()}`);
    rows.push(["请假人数", null, null, null, null].concat(SES.map((s) => s[4]), [null, null])); merges.push(`A${R()}:E${R()}`);
    full("注：第14期（2021年9月14日）在省考评截止日之后。　　登记：中心培训部 邓××　　核对：区商务局电商股 梁××");
    sheets.push(sheet("学员学时登记册", rows, merges));
  }
  // ---------------------------------------------------------------- 园区企业考核表 (enterprises)
  // [name, seq, type, 入园 iso, scores [经营30, 纳税20, 就业20, 守约30] | null, 处理, 退出 iso | null]
  const EN = [
    ["肇庆市鼎湖区鼎电商运营服务有限公司", 1, "电商运营商", "2020-10-12", [27, 16, 18, 29], "续驻", null],
    ["中国邮政集团有限公司肇庆市鼎湖区分公司邮乐购运营中心", 2, "平台型", "2020-10-12", [26, 18, 15, 30], "续驻", null],
    ["肇庆市鼎湖区山泉优品电子商务有限公司", 3, "销售型", "2020-10-20", [24, 12, 14, 28], "续驻", null],
    ["肇庆市鼎湖区德邦物流莲花营业部", 4, "物流企业", "2020-11-02", [22, 15, 16, 27], "续驻", null],
    ["肇庆市鼎湖区荷香莲子网店", 5, "销售型", "2020-11-02", [20, 8, 8, 26], "续驻", null],
    ["肇庆市鼎湖区云上直播传媒有限公司", 6, "直播服务", "2020-11-16", [25, 10, 17, 28], "续驻", null],
    ["肇庆市鼎湖区凤凰蜂蜜网店", 7, "销售型", "2020-12-01", [10, 2, 4, 20], "清退", "2021-07-20"],
    ["肇庆市鼎湖区沙浦竹笋电子商务有限公司", 8, "销售型", "2020-12-07", [21, 11, 12, 27], "续驻", null],
    ["肇庆市鼎湖区乡味淘网络科技有限公司", 9, "平台型", "2020-12-21", [23, 13, 15, 29], "续驻", null],
    ["肇庆市鼎湖区永安裹蒸粽网店", 10, "销售型", "2021-01-11", [19, 8, 9, 26], "续驻", null],
    ["肇庆市鼎湖区好视觉摄影设计工作室", 11, "设计服务", "2021-01-25", [16, 5, 7, 25], "限期整改", null],
    ["肇庆市鼎湖区广利腊味电子商务有限公司", 12, "销售型", "2021-03-01", [22, 12, 13, 28], "续驻", null],
    ["肇庆市鼎湖区坑口茶业网店", 13, "销售型", "2021-03-15", [8, 1, 3, 18], "清退", "2021-08-10"],
    ["肇庆市鼎湖区顺捷快递服务有限公司", 14, "物流企业", "2021-03-29", [20, 14, 16, 27], "续驻", null],
    ["肇庆市鼎湖区莲花农产品电子商务有限公司", 15, "销售型", "2021-04-12", [21, 10, 11, 28], "续驻", null],
    ["肇庆市鼎湖区桂城文创电商工作室", 16, "销售型", "2021-04-26", [19, 8, 9, 26], "续驻", null],
    ["肇庆市鼎湖区启航电商代运营有限公司", 17, "电商运营商", "2021-05-10", [20, 9, 12, 27], "续驻", null],
    ["肇庆市鼎湖区鼎湖山泉水网店", 18, "销售型", "2021-05-24", [18, 7, 9, 26], "续驻", "2021-09-10"],
    ["肇庆市鼎湖区黄皮果电子商务有限公司", 19, "销售型", "2021-06-07", [15, 4, 6, 25], "限期整改", null],
    ["肇庆市鼎湖区冷链仓配有限公司", 20, "物流企业", "2021-06-21", [19, 8, 10, 27], "续驻", null],
    ["肇庆市鼎湖区农趣研学电子商务有限公司", 21, "销售型", "2021-08-02", null, "未参加考核（考核后8月入驻）", null],
    ["肇庆市鼎湖区砚都端砚网店", 22, "销售型", "2021-09-03", null, "未参加考核（9月新入驻）", null],
  ];
  const inPark = EN.filter((e) => e[3] <= AS_OF && !(e[6] && e[6] <= AS_OF));
  assert(inPark.length === 19 && new Set(inPark.map((e) => e[2])).size >= 3, "19 in the park");
  assert(EN.length === 22 && EN.filter((e) => e[3] <= AS_OF).length === 21, "22 rows; 21 entered by cut-off");
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("鼎湖区电子商务产业园入驻企业2021年上半年考核评分表");
    full("园区运营管理办公室　　考核时间：2021年7月（表格更新至2021年9月15日）　　处理意见为“清退”的，以“退出园区日期”为准离园；“续驻”的企业后来自行退园的，也在“退出园区日期”列登记");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入园时间", "考核得分", null, null, null, null, "考核等次", "处理意见", "退出园区日期"]);
    rows.push([null, null, null, null, null, "经营情况（30）", "纳税贡献（20）", "带动就业（20）", "遵规守约（30）", "合计（100）", null, null, null]);
    const h = R() - 1;
    ["A", "B", "C", "D", "E", "K", "L", "M"].forEach((c) => merges.push(`${c}${h}:${c}${h + 1}`)); merges.push(`F${h}:J${h}`);
    const F = [fmtDot, D, fmtCn, fmtSlash, fmt2y];
    EN.forEach((e, i) => {
      const tot = e[4] ? sum(e[4]) : null;
      const grade = tot === null ? "—" : tot >= 85 ? "优秀" : tot >= 70 ? "良好" : tot >= 60 ? "合格" : "不合格";
      if (e[5] === "清退") assert(grade === "不合格", "清退 = 不合格");
      if (grade === "不合格") assert(e[5] !== "续驻", "不合格 not 续驻 " + e[0]);
      rows.push([i + 1, e[0], creditCode(AREA, e[1]), e[2], F[i % 5](e[3])].concat(e[4] ? e[4] : ["—", "—", "—", "—"], [tot === null ? "—" : tot, grade, e[5], e[6] ? fmtCn(e[6]) : null]));
    });
    full("注：鼎湖山泉水网店考核后于2021年9月10日自行退园。　　考核组：园区办、区商务局、区市场监管局　　填表：园区办 罗××");
    sheets.push(sheet("园区企业考核表", rows, merges));
  }
  // ---------------------------------------------------------------- 记账凭证 (funds: 项目支出 debits only; red reversal nets)
  const SUBJ = "项目支出—电子商务进农村综合示范";
  // [iso, 凭证号, 附件, lines [[摘要, 总账, 明细, 借, 贷]]]
  const V = [
    ["2020-09-10", "记-001", 1, [["收到省级电子商务进农村综合示范专项资金指标（肇财工〔2020〕41号）", "零余额账户用款额度", "项目支出额度", 5000000, null], ["收到省级电子商务进农村综合示范专项资金指标（肇财工〔2020〕41号）", "财政拨款收入", "项目支出拨款", null, 5000000]]],
    ["2020-10-16", "记-004", 4, [["支付县级电子商务公共服务中心建设首期款", SUBJ, "公共服务中心建设", 800000, null], ["支付县级电子商务公共服务中心建设首期款", "零余额账户用款额度", "项目支出额度", null, 800000]]],
    ["2020-11-20", "记-007", 6, [["支付村级站点建设第一批款", SUBJ, "村级站点建设", 500000, null], ["支付农村物流配送体系建设首期款", SUBJ, "物流体系建设", 300000, null], ["支付站点建设、物流体系建设款", "零余额账户用款额度", "项目支出额度", null, 800000]]],
    ["2020-12-22", "记-011", 3, [["支付电商培训服务费（第一批）", SUBJ, "电商培训", 186000, null], ["支付电商培训服务费（第一批）", "零余额账户用款额度", "项目支出额度", null, 186000]]],
    ["2021-01-26", "记-014", 4, [["支付公共服务中心建设进度款", SUBJ, "公共服务中心建设", 600000, null], ["支付公共服务中心建设进度款", "零余额账户用款额度", "项目支出额度", null, 600000]]],
    ["2021-03-19", "记-021", 3, [["支付村级站点建设第二批款", SUBJ, "村级站点建设", 180000, null], ["支付村级站点建设第二批款", "零余额账户用款额度", "项目支出额度", null, 180000]]],
    ["2021-03-22", "记-023", 3, [["支付村级站点建设第二批款", SUBJ, "村级站点建设", 180000, null], ["支付村级站点建设第二批款", "零余额账户用款额度", "项目支出额度", null, 180000]]],
    ["2021-04-06", "记-026", 2, [["红字冲销3月22日记-023号重复支付的站点建设第二批款（承建单位已于4月2日全额退回）", SUBJ, "村级站点建设", -180000, null], ["红字冲销3月22日记-023号重复支付的站点建设第二批款（承建单位已于4月2日全额退回）", "零余额账户用款额度", "项目支出额度", null, -180000]]],
    ["2021-05-18", "记-031", 5, [["支付农产品品牌培育及网络推广款", SUBJ, "品牌推广", 240000, null], ["支付农产品品牌培育及网络推广款", "零余额账户用款额度", "项目支出额度", null, 240000]]],
    ["2021-06-25", "记-036", 3, [["支付电商培训服务费（第二批）", SUBJ, "电商培训", 214000, null], ["支付电商培训服务费（第二批）", "零余额账户用款额度", "项目支出额度", null, 214000]]],
    ["2021-07-20", "记-040", 4, [["支付电商产业园改造工程款", SUBJ, "产业园改造", 200000, null], ["支付电商产业园改造工程款", "零余额账户用款额度", "项目支出额度", null, 200000]]],
    ["2021-08-24", "记-045", 3, [["支付农村物流配送体系建设进度款", SUBJ, "物流体系建设", 220000, null], ["支付农村物流配送体系建设进度款", "零余额账户用款额度", "项目支出额度", null, 220000]]],
    ["2021-09-08", "记-049", 4, [["支付公共服务中心建设尾款", SUBJ, "公共服务中心建设", 400000, null], ["支付公共服务中心建设尾款", "零余额账户用款额度", "项目支出额度", null, 400000]]],
  ];
  V.forEach((v) => assert(sum(v[3].map((l) => l[3] || 0)) === sum(v[3].map((l) => l[4] || 0)), "balanced " + v[1]));
  const spendLines = V.flatMap((v) => v[3].filter((l) => l[1] === SUBJ).map((l) => ({ date: v[0], amount: l[3] })));
  const NET_IN = sum(spendLines.filter((l) => l.date <= AS_OF).map((l) => l.amount));
  const GROSS_IN = sum(spendLines.filter((l) => l.date <= AS_OF && l.amount > 0).map((l) => l.amount));
  assert(NET_IN === 3440000 && GROSS_IN === 3620000 && NET_IN * 100 < 5000000 * 70 && GROSS_IN * 100 >= 5000000 * 70, "68.8% net (−5); 72.4% if the red reversal is missed");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    rows.push(span("财务软件凭证打印（账套：鼎湖区商务局—省级电子商务进农村综合示范专项资金）　　打印范围：2020年9月—2021年9月　　负数为红字", W)); merges.push(`A1:F1`);
    V.forEach((v) => {
      rows.push(Array(W).fill(null));
      rows.push(span("记　账　凭　证", W)); merges.push(`A${R()}:F${R()}`);
      rows.push([`日期：${fmtCn(v[0])}`, null, null, `凭证号：${v[1]}`, `附单据${v[2]}张`, null]); merges.push(`A${R()}:C${R()}`);
      rows.push(["摘要", "总账科目", "明细科目", "借方金额", "贷方金额", "记账"]);
      v[3].forEach((l) => rows.push([l[0], l[1], l[2], l[3], l[4], "√"]));
      rows.push(["合　计", null, null, sum(v[3].map((l) => l[3] || 0)), sum(v[3].map((l) => l[4] || 0)), null]); merges.push(`A${R()}:C${R()}`);
      rows.push(["会计主管：苏××", null, "记账：莫××", "审核：苏××", "制单：莫××", null]); merges.push(`A${R()}:B${R()}`);
    });
    sheets.push(sheet("记账凭证", rows, merges));
  }
  // ---------------------------------------------------------------- 值班记录 (reports: only 报送; notices and reminders are not)
  const SENDS = [["2020-09-07", "2020年8月"], ["2020-10-09", "2020年9月"], ["2020-11-06", "2020年10月"], ["2020-12-08", "2020年11月"], ["2021-01-08", "2020年12月"], ["2021-02-05", "2021年1月"],
    ["2021-03-05", "2021年2月"], ["2021-04-08", "2021年3月"], ["2021-04-30", "2021年4月"], ["2021-06-02", "2021年5月"], ["2021-07-06", "2021年6月"], ["2021-08-06", "2021年7月"], ["2021-09-06", "2021年8月"]];
  assert(monthsCovered(SENDS.map((s) => s[0])) === 11 && !SENDS.some((s) => s[0].startsWith("2021-05")), "11 months, none in May 2021");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("肇庆市鼎湖区商务局机关值班记录（摘录）");
    full("局办公室据值班记录本录入，2020年9月—2021年9月，只录入有事项的值班日；向市商务局“报送”的才是我局报送，“收到”“催报”是市局来文来电");
    rows.push(["日期", "星期", "值班领导", "值班人员", "值班事项（来电、来文、报送）", "处理情况"]);
    const OTHER = [
      ["2020-09-15", "区政府办电话通知：9月17日上午召开全区安全生产工作会议", "已报告局长，局长参会"], ["2020-10-20", "群众来电咨询家电下乡补贴政策", "已解答"],
      ["2020-11-12", "收到市商务局《关于报送电子商务进农村综合示范项目进度的通知》", "已转电商股办理"], ["2020-12-29", "区应急局检查节前安全生产", "配合检查，无问题"],
      ["2021-01-20", "市商务局电话：2020年度电商扶贫统计表本月底前报", "已转电商股"], ["2021-02-10", "春节前值班检查", "正常"],
      ["2021-03-18", "群众来电反映莲花镇站点未开门", "已转电商股核实，站点负责人外出，已恢复营业"], ["2021-04-19", "区委办通知：4月21日迎检协调会", "已报告分管领导"],
      ["2021-05-10", "收到市商务局《关于做好电子商务进农村综合示范月报报送工作的通知》（肇商务函〔2021〕58号）", "已转电商股"],
      ["2021-05-25", "市商务局电话催报：请本月底前报送5月月报", "已转电商股，电商股答复6月初报送"], ["2021-06-17", "区消防大队检查公共服务中心", "已整改灭火器过期问题"],
      ["2021-07-22", "台风“查帕卡”防御值班", "正常"], ["2021-08-17", "收到省商务厅考评通知转发件", "已转电商股"],
    ];
    const ev = SENDS.map((s) => [s[0], `报送${s[1]}电子商务进农村综合示范工作月报（附电商扶贫统计表）至市商务局电商科（邮箱）`, "已报送，市局邮箱回复收悉"]).concat(OTHER);
    ev.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const LEAD = ["副局长 黎××", "局长 陈××", "副局长 植××"];
    ev.forEach((e, i) => rows.push([i % 3 === 1 ? fmtDot(e[0]) : D(e[0]), weekday(e[0]), LEAD[i % 3], `${"何梁吴钟"[i % 4]}××`, e[1], e[2]]));
    sheets.push(sheet("值班记录", rows, merges));
  }
  // ---------------------------------------------------------------- 网站内容管理系统操作日志 (disclosures: only 发布)
  // articles: [title, 子栏目, 新建 iso, 发布 iso]
  const ART = [
    ["鼎湖区电子商务进农村综合示范县创建工作方案", "创建方案", "2020-06-10", "2020-06-11"], ["项目建设进度（2020年8月）", "项目进度", "2020-08-27", "2020-08-28"],
    ["专项资金扶持项目基本信息公示", "项目信息", "2020-09-14", "2020-09-15"], ["项目建设进度（2020年9月）", "项目进度", "2020-09-28", "2020-09-29"],
    ["项目建设进度（2020年10月）", "项目进度", "2020-10-28", "2020-10-29"], ["项目建设进度（2020年11月）", "项目进度", "2020-11-26", "2020-11-27"],
    ["项目建设进度（2020年12月）", "项目进度", "2020-12-29", "2020-12-30"], ["项目建设进度（2021年1月）", "项目进度", "2021-01-28", "2021-02-03"],
    ["项目建设进度（2021年2月）", "项目进度", "2021-02-25", "2021-02-26"], ["监督举报电话及邮箱", "监督举报", "2021-03-02", "2021-03-02"],
    ["项目建设进度（2021年3月）", "项目进度", "2021-03-30", "2021-03-31"], ["项目建设进度（2021年4月）", "项目进度", "2021-04-28", "2021-04-29"],
    ["项目建设进度（2021年5月）", "项目进度", "2021-05-27", "2021-05-28"], ["项目建设进度（2021年6月）", "项目进度", "2021-06-29", "2021-06-30"],
    ["项目建设进度（2021年7—8月）", "项目进度", "2021-08-26", "2021-08-27"], ["项目建设进度（2021年8月补充）", "项目进度", "2021-09-06", "2021-09-06"],
  ];
  const pubs = ART.map((a) => a[3]);
  assert(monthsCovered(pubs) === 10 && !pubs.some((d) => d.startsWith("2021-01") || d.startsWith("2021-07")), "10 months (no Jan, no Jul 2021)");
  assert(ART.some((a) => a[2].startsWith("2021-01")), "January has a draft only");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("肇庆市鼎湖区人民政府门户网站　内容管理系统　操作日志查询");
    full("查询条件：栏目＝电子商务进农村综合示范专栏（含子栏目）；时间 2020-06-01 至 2021-09-10　　说明：新建、编辑、提交审核、审核通过都是后台操作，前台网页可见以“发布”为准");
    rows.push(["日志ID", "操作时间", "操作人", "操作类型", "栏目", "文章标题", "IP地址", "结果"]);
    const ops = [];
    ART.forEach((a, i) => {
      ops.push([a[2], 9, "lhm_swj", "新建", a]);
      if (i % 4 === 1) ops.push([a[2], 10, "lhm_swj", "编辑", a]);
      ops.push([a[2], 11, "lhm_swj", "提交审核", a]);
      ops.push([a[3], 14, "chen_bgs", "审核通过", a]);
      ops.push([a[3], 15, "chen_bgs", "发布", a]);
    });
    ops.sort((x, y) => (x[0] + p2(x[1]) < y[0] + p2(y[1]) ? -1 : 1));
    ops.forEach((o, i) => rows.push([String(5102300 + i * 17), `${o[0]} ${p2(o[1])}:${p2((i * 7) % 60)}:${p2((i * 31) % 60)}`, o[2], o[3], `电子商务进农村综合示范专栏/${o[4][1]}`, o[4][0], `10.44.${12 + (i % 3)}.${100 + (i % 50)}`, "成功"]));
    sheets.push(sheet("网站操作日志", rows, merges));
  }
  // ---------------------------------------------------------------- 传播效果统计 (media)
  // [iso, 标题, 媒体, 级别, 形式, 阅读量, 转载, 案例]
  const MD = [
    ["2020-11-20", "鼎湖区电子商务公共服务中心正式运营", "鼎湖发布（微信公众号）", "区级", "网络", 8620, 12, "否"],
    ["2020-11-23", "我区电商公共服务中心开门迎客", "鼎湖区融媒体中心《鼎湖新闻》", "区级", "电视", "—", 0, "否"],
    ["2021-01-08", "鼎湖：小站点连起农产品大市场", "南方+客户端", "省级", "网络", 35400, 6, "否"],
    ["2021-03-16", "鼎湖电商带货直播间", "鼎湖商务（抖音号）", "—（自媒体）", "短视频", 12800, 0, "否"],
    ["2021-04-16", "鼎湖区：电商进村 荷乡“莲”通大市场", "南方日报", "省级", "报纸", "—", 3, "否"],
    ["2021-06-03", "莲花镇脱贫户直播卖莲子", "鼎湖发布（微信公众号）", "区级", "网络", 10320, 9, "是"],
    ["2021-07-09", "鼎湖区电商扶贫：一颗莲子的致富路", "广东广播电视台《广东新闻联播》", "省级", "电视", "—", 0, "是"],
    ["2021-09-02", "鼎湖区电商进农村示范创建见成效", "西江日报", "市级", "报纸", "—", 2, "否"],
    ["2021-09-15", "鼎湖：电商助力乡村振兴", "肇庆广播电视台《肇庆新闻》", "市级", "电视", "—", 0, "是"],
    ["2021-09-20", "广东鼎湖：电商服务站打通农产品上行“最初一公里”", "新华网", "国家级", "网络", 52100, 15, "否"],
  ];
  const lvIn = new Set(MD.filter((m) => m[0] <= AS_OF && /级$/.test(m[3])).map((m) => m[3]));
  assert(lvIn.size === 2 && lvIn.has("省级") && lvIn.has("区级"), "province + county by cut-off");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("鼎湖区电子商务进农村宣传报道传播效果统计表");
    full("区商务局电商股　　统计至2021年9月25日　　“媒体级别”：国家级、省级、市级、区级（即县级）；自媒体不定级");
    rows.push(["序号", "发布日期", "标题", "发布媒体／平台", "媒体级别", "形式", "阅读／播放量", "转载数", "是否电商扶贫典型案例", "备注"]);
    const F = [fmtDot, D, fmtCn, fmtSlash];
    MD.forEach((m, i) => rows.push([i + 1, F[i % 4](m[0]), m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[0] > AS_OF ? "考评截止日后" : null]));
    rows.push(["合计", null, `${MD.length}篇（条）`, null, null, null, sum(MD.map((m) => (typeof m[5] === "number" ? m[5] : 0))), sum(MD.map((m) => m[6])), null, null]); merges.push(`A${R()}:B${R()}`);
    sheets.push(sheet("传播效果统计", rows, merges));
  }
  // ---------------------------------------------------------------- 经验做法汇编目录 (materials; only 鼎湖区's entries)
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("肇庆市电子商务进农村综合示范经验做法汇编（2021年）　目　录");
    full("肇庆市商务局编　　2021年9月　　“报送日期”为各县（市、区）商务主管部门向市商务局报送材料的日期");
    rows.push(["序号", "篇目", "报送单位", "报送日期", "页码", "备注"]);
    const TOC = [
      ["“一村一品”上网来——四会市农村电商发展纪实", "四会市商务局", "2021-03-12"], ["广宁竹产业触网记", "广宁县商务局", "2021-04-02"],
      ["贡柑飘香出德庆", "德庆县商务局", "2021-04-19"], ["莲乡电商路——鼎湖区电子商务进农村综合示范创建经验", "鼎湖区商务局", "2021-05-20"],
      ["封开油栗的网上销路", "封开县商务局", "2021-06-08"], ["怀集丝苗米的品牌之路", "怀集县商务局", "2021-06-30"],
      ["高要区农村电商服务体系建设的做法", "高要区商务局", "2021-07-15"], ["鼎湖区电商扶贫典型案例：一颗莲子的致富路", "鼎湖区商务局", "2021-09-08"],
    ];
    let page = 1;
    TOC.forEach((t, i) => { rows.push([i + 1, t[0], t[1], [fmtDot, D, fmtCn][i % 3](t[2]), page, t[2] > AS_OF ? "补收" : null]); page += 6 + (i % 4); });
    sheets.push(sheet("经验做法汇编目录", rows, merges));
  }
  // ---------------------------------------------------------------- 一数一源登记表 (facts, judged, claims)
  const CLAIM = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sumPts(CLAIM) === 87, "claims 87");
  assert(Math.round((1.13 / 0.86 - 1) * 1000) === 314 && Math.round((3.98 / 3.12 - 1) * 1000) === 276 && Math.round((497 / 1046) * 1000) === 475, "rates");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("鼎湖区省级电子商务进农村综合示范创建考评数据“一数一源”登记表");
    full("区商务局电商股　　2021年9月　　每个数据只认一个来源；“考评口径值”是报考评组的数，单位见“单位”列");
    rows.push(["序号", "数据项", "考评口径值", "单位", "数据来源（文件名称、文号）", "出具单位", "出具日期", "核对人", "备注"]);
    const sec = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    let no = 0;
    const L = (item, val, unit, src, org, date, note) => { no++; rows.push([no, item, val, unit, src, org, date, `${"梁何"[no % 2]}××`, note || null]); };
    sec("一、基本数据");
    L("区（县）名称", "鼎湖区", null, "—", "—", null);
    L("考评截止日期", D("2021-08-31"), null, "《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）", "省商务厅", "2021.8.13");
    L("常住人口", "17.38", "万人", "《肇庆市第七次全国人口普查公报》", "市统计局", "2021.5.28", "考评用常住人口，不用户籍人口");
    L("行政村数", 62, "个", "区民政局《村（社区）基本情况名册》", "区民政局", "2021.3.1", "不含社区居委会8个");
    L("省定贫困村数", 6, "个", "《鼎湖区省定相对贫困村名单》", "区乡村振兴局", "2021.1.15", "已于2020年全部出列");
    L("2019年农村网络零售额", "3.12", "亿元", "省商务厅提供的第三方统计数据", "省商务厅", "2021.7.20");
    L("2020年农村网络零售额", "3.98", "亿元", "同上", "省商务厅", "2021.7.20", "同比增长27.6%");
    L("2019年农产品网络零售额", "0.86", "亿元", "同上", "省商务厅", "2021.7.20");
    L("2020年农产品网络零售额", "1.13", "亿元", "同上", "省商务厅", "2021.7.20", "同比增长31.4%");
    L("有劳动能力的建档立卡贫困人口（不含外出务工）", "1,046", "人", "《关于鼎湖区有劳动能力建档立卡贫困人口数的确认函》", "区乡村振兴局", "2021.9.2");
    L("参加电商培训的建档立卡贫困人口", 497, "人", "同上（与培训学员名单比对）", "区乡村振兴局", "2021.9.2");
    L("下达省级专项资金总额", 500, "万元", "《关于下达2019年省级电子商务进农村综合示范专项资金的通知》（肇财工〔2020〕41号）", "市财政局", "2020.8.26");
    L("项目总体进度", "82%", null, "《鼎湖区示范项目建设进度表》", "区商务局", "2021.9.1", "按项目合同额加权");
    sec("二、组织、制度与服务（是／否及内容）");
    L("领导小组组长", "区委副书记、区长 梁××", null, "《关于成立鼎湖区电子商务进农村综合示范工作领导小组的通知》（鼎府办函〔2020〕6号）", "区政府办", "2020.3.9");
    L("领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区市场监管局、区交通运输局、鼎湖邮政分公司", null, "同上", "区政府办", "2020.3.9");
    L("示范县工作方案", "已正式印发", null, "《鼎湖区电子商务进农村综合示范县创建工作方案》（鼎府办〔2020〕9号）", "区政府办", "2020.4.2");
    L("支持农村电商发展的政策", "已出台", null, "《鼎湖区促进农村电子商务发展扶持办法》（鼎商务〔2020〕22号）", "区商务局、区财政局", "2020.9.18", "物流补贴尚未兑现");
    L("专项资金管理制度", "已制定", null, "《鼎湖区省级电子商务进农村综合示范专项资金管理办法》", "区商务局、区财政局", "2020.5.6");
    L("资金专用台账", "已建立", null, "各承建单位资金专用台账", "各承建单位", "—");
    L("县级电子商务公共服务中心投入运营日期", D("2020-11-20"), null, "《公共服务中心运营启动仪式方案》", "区商务局", "2020.11.16");
    L("免费培训场所、培训设备，能组织电商基础培训", "是", null, "中心现场（培训室60座、直播实训设备）", "运营服务商", "—");
    L("为特色农产品提供免费展示、销售服务", "是", null, "中心展示展销区", "运营服务商", "—");
    L("为电子商务市场主体提供免费摄影、美工服务", "否", null, "运营服务合同第5条", "运营服务商", "—", "摄影、美工由运营服务商按市场价收费，不是免费");
    L("组织农产品统一推广、指导特色农产品品牌建设", "是", null, "“鼎湖好物”区域公用品牌推广方案", "区商务局", "2021.3.1");
    L("其他衍生增值服务", "是", null, "金融对接、代办物流、证照代办服务记录", "运营服务商", "—");
    L("电商产业园", "已建成", null, "整合鼎湖区创业孵化基地建成鼎湖区电子商务产业园", "区商务局", "—");
    L("专业第三方电子商务运营服务商", "有", null, "公开招标确定肇庆市鼎湖区鼎电商运营服务有限公司（中标通知书）", "区公共资源交易中心", "2020.7.10");
    L("行政村物流快递覆盖率100%", "是", null, "《关于鼎湖区快递服务进村情况的证明》", "肇庆市邮政管理局", "2021.8.25");
    L("政府网站专栏公示创建方案", "是", null, "区政府门户网站“电子商务进农村综合示范专栏”", "区商务局", "—");
    L("专栏公示项目基本信息", "是", null, "同上", "区商务局", "—");
    L("专栏公示项目建设进度", "是", null, "同上", "区商务局", "—");
    L("专栏设立征求意见或监督举报窗口", "是", null, "同上（监督举报电话、邮箱）", "区商务局", "—");
    L("统计电商扶贫情况", "是", null, "月报附电商扶贫统计表", "区商务局", "—");
    L("发生安全生产、质量事故或重大损失", "否", null, "区应急管理局证明", "区应急管理局", "2021.9.3");
    L("弄虚作假", "否", null, "—", "—", "—");
    sec("三、自评得分（区商务局局务会2021年9月6日审定，局务会纪要〔2021〕17号）");
    rows.push(["序号", "评价指标", "自评得分", "权重", "主观评分细项及自评", null, "依据", null, null]); merges.push(`E${R()}:F${R()}`, `G${R()}:I${R()}`);
    const S = (name, wt, pts, sub, basis) => { no++; rows.push([no, name, `${pts}分`, wt, sub, null, basis, null, null]); merges.push(`E${R()}:F${R()}`, `G${R()}:I${R()}`); };
    S("组织领导", 2, 2, null, "区长任组长，商务、财政、农业农村、乡村振兴参与");
    S("方案制定", 2, 2, "方案因地制宜、可操作性强：2分", "鼎府办〔2020〕9号");
    S("政策支持", 2, 1, "政策已出台，落实一般：1分", "扶持办法物流补贴未兑现");
    S("项目管理", 4, 3, "项目管理制度：2分；工作台账：1分", "工作台账部分验收记录缺失");
    S("服务体系建设：县级中心与产业园", 15, 14, null, "摄影美工收费扣1分，其他满分");
    S("服务体系建设：村级站点覆盖", 10, 10, null, "站点地图标注47个");
    S("农村产品上行", 10, 8, "网销调研：2分；网络促销：1分；交易标准与冷链溯源：1分", "第三方1分、快递1分、农产品网零增速31.4%得2分");
    S("电商人才培训", 20, 18, null, "培训人次10分；贫困人口培训率47.5%得8分");
    S("信息公开", 4, 4, null, "专栏按月更新");
    S("数据上报", 6, 6, null, "每月报送");
    S("案例总结", 2, 2, null, "2021年5月报送市局");
    S("经验推广", 8, 5, null, "省级4分、区级1分");
    S("制度建立", 5, 4, "资金管理制度：4分", null);
    S("资金台账", 5, 4, "资金专用台账：4分", null);
    S("资金支出", 5, 4, "资金及时拨付：4分", "按凭证支付额计算支出率");
    S("加分：贫困人口培训率70%以上", 2, 0, null, "47.5%");
    S("加分：电商扶贫典型案例获电视播报", 2, 1, null, "广东广播电视台（省级）");
    rows.push([null, "自评合计", "87分＋加分1分", 100, null, null, null, null, null]); merges.push(`E${R()}:F${R()}`, `G${R()}:I${R()}`);
    sheets.push(sheet("一数一源登记表", rows, merges));
  }
  sheets.push(sheet("封面", [["肇庆市鼎湖区"], ["省级电子商务进农村综合示范创建考评佐证资料（电子表格部分）"], [null], ["一数一源登记表、村村响覆盖表（行政村）、贫困村退出验收表（省定贫困村）、站点地图标注（村级站点）、学员学时登记册（培训）、园区企业考核表（产业园入驻企业）、记账凭证（资金支出）、值班记录（月报报送）、网站操作日志（专栏更新）、传播效果统计（媒体报道）、经验做法汇编目录（经验材料）"], [null], ["肇庆市鼎湖区商务局　二〇二一年九月"]], []));
  const ORDER = ["封面", "一数一源登记表", "村村响覆盖表", "贫困村退出验收表", "站点地图标注", "学员学时登记册", "园区企业考核表", "记账凭证", "值班记录", "网站操作日志", "传播效果统计", "经验做法汇编目录"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.length === ORDER.length && sheets.every((s) => ORDER.includes(s.name)), "sheet order");

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 2 + 5,
    "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 8,
    "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 68, "68 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  write("counties/b142-c1-dinghu.json", {
    description:
      "肇庆鼎湖区商务局交的考评佐证电子表格，12个表，得68分、加分1、合计69、未否决（局务会自评87＋1）。《一数一源登记表》每个数据一行：数据项｜考评口径值｜单位｜数据来源（文件、文号）｜出具单位｜出具日期｜核对人｜备注，值只在“考评口径值”列（“17.38”配单位“万人”＝173,800人，“500”配“万元”），出具日期不是数据；第二部分是是／否（免费摄影美工“否”，备注说收费）；第三部分是局务会审定的各指标自评分（“自评得分”列，“权重”是满分），主观细项写在“主观评分细项及自评”格里（项目管理制度2、台账1，调研2、促销1、标准冷链溯源1，资金制度4、台账4、及时拨付4）。领导小组组长“区委副书记、区长”＝主要领导。《村村响覆盖表》是区文广旅体局的应急广播覆盖表，当村名单：类别“村委会”62个是行政村，“社区居委会”8个不是；表里没有快递列，快递读事实。《贫困村退出验收表》6个村就是省定贫困村（表头说明：已出列，考评仍按这6个村）。《站点地图标注》是地图平台的批量标注申请导出：读“开业时间”（真日期、“2020.11.3”“2021年3月”等），不读“提交时间”“审核状态”（8—9月统一申请的）；驳回的“重复标注”是同一站点，圩镇服务点和村站同村算一次，坑口社区站不是行政村，“2021年9月”开业的不算 → 行政村43/62＝69.4% → 2（多算一个就变成5）；6个贫困村全有站，其中一个9月2日才提交标注但6月18日已开业 → 5。《学员学时登记册》一人一行、14期横排（期次、日期、主题三行表头），格内数字是学时（3或6，不是人数），“假”是请假未到不算，第14期在9月 → 截至8月31日1,530人次/173,800＝0.88% → 8（把“假”或第14期算进去都会超过1%）。贫困人口读事实：497/1,046＝47.5% → 8。《园区企业考核表》读“入园时间”和“退出园区日期”：7月、8月清退的2家不算，9月10日自行退园的8月底还在，9月3日入驻的不算 → 19家 → 0，考核分数与入驻无关。《记账凭证》是财务软件凭证打印，一张凭证一块：只读借方“项目支出—电子商务进农村综合示范”，9月10日“收到指标”那张是收入不是支出；3月22日重复支付18万元在4月6日红字冲销（负数），要减；9月8日尾款不算 → 截至8月31日净支出344万元/500万元＝68.8% < 70% → 倒扣5分（漏了红字冲销就是72.4%）。《值班记录》只读“报送…月报”的行，报送日期算月份（4月30日报4月月报、6月2日报5月月报），2021年5月只有“收到通知”和“催报” → 11个月 → 1。《网站操作日志》只读“发布”操作：1月的文章1月建稿、2月3日才发布，7月没有 → 10个月 → 1。《传播效果统计》截止日前省级（南方+、南方日报、广东台）和区级 → 5，市级、国家级都在9月；广东广播电视台播报电商扶贫典型案例 → 加分1。《经验做法汇编目录》是市商务局编的各县材料目录，鼎湖区5月20日报送一篇 → 2。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 一数一源：领导小组组长区委副书记、区长（区长＝主要领导），成员有区商务局、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: 工作方案鼎府办〔2020〕9号已正式印发；局务会自评方案2分 → 2",
      "org.policy: 扶持办法已出台；自评1分 → 1",
      "org.management: 项目管理制度2＋工作台账1 → 3",
      "work.center: 中心2020-11-20投入运营 ≤ 截止日 → 2；≤ 2021-02-28 满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工“否”（收费）→ 0；统一推广品牌 1；其他增值服务 1；产业园已建成 2；园区企业考核表：入园 ≤ 8-31且未在8-31前退出的19家（7-20、8-10清退的不算，9-10退园的算，9-03入驻的不算）< 20 → 0；类型 电商运营商、平台型、销售型、物流企业等 ≥ 3 → 1；合计 12",
      "work.coverage: 村村响覆盖表村委会62个（社区居委会8个不算）；站点地图标注按“开业时间” ≤ 2021-08-31 覆盖行政村43个（驳回重复标注、同村圩镇服务点只算一次，坑口社区站不是行政村，“2021年9月”开业的不算）；43/62 = 69.4%，50%–70% → 2；贫困村退出验收表6个村全部有站（9-02提交标注的那个6-18已开业）→ 6/6 = 100% → 5；合计 7",
      "work.upward: 网销调研2；网络促销1；第三方运营服务商1；村名单无快递列，事实“行政村物流快递覆盖率100%：是” → 1；交易标准与冷链溯源1；农村网零3.98/3.12 = +27.6% < 30%，农产品网零1.13/0.86 = +31.4% ≥ 30% → 2；合计 8",
      `work.training: 学员学时登记册第1—13期（≤ 2021-08-31）格内有学时的${thousands(PT_IN)}格（“假”210格、9月14日第14期230人不算）；常住人口17.38万 = 173,800 < 50万；1,530/173,800 = 0.88%，0.8%–1% → 8；无贫困人口名单，读事实：497/1,046 = 47.5%，40%–50% → 8；合计 16`,
      "info.disclosure: 专栏公示方案、项目信息、建设进度，设监督举报窗口 → 2；网站操作日志“发布”：2020-09、10、11、12，2021-02、03、04、05、06、08 → 10个月（2021年1月只建稿，2月3日发布；7月无）→ 不定时 1；合计 3",
      "info.reporting: 值班记录“报送…月报”日期：2020-09、10、11、12，2021-01、02、03、04（4-08、4-30）、06、07、08 → 11个月（2021年5月只有收到通知、催报）→ 不定时 1；月报附电商扶贫统计表，事实也为“是” → 3；合计 4",
      "promo.cases: 经验做法汇编目录：鼎湖区商务局2021-05-20报送 → 2（9-08那篇不看也够）",
      "promo.media: 传播效果统计，发布日期 ≤ 2021-08-31：省级（南方+ 2021-01-08、南方日报2021-04-16、广东台2021-07-09）→ 4；区级（鼎湖发布、鼎湖新闻）→ 1；西江日报、肇庆台、新华网都在9月，抖音号自媒体不定级 → 合计 5",
      "fund.system: 专项资金管理办法已制定；自评4分 → 4",
      "fund.ledger: 资金专用台账已建立；自评4分 → 4",
      "fund.spending: 记账凭证借方“项目支出—电子商务进农村综合示范”，凭证日期 ≤ 2021-08-31：80＋50＋30＋18.6＋60＋18＋18－18（4-06红字冲销）＋24＋21.4＋20＋22 = 344万元（收到指标的记-001是收入，9-08尾款40万元不算）；下达500万元；344/500 = 68.8% < 70% → 倒扣 −5（自评4分不适用）",
      "bonus.poorTraining: 497/1,046 = 47.5% < 70% → 0",
      "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-07-09播报电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度82% ≥ 40% → 0，不否决",
      "veto.fraud: 弄虚作假“否” → 0，不否决",
      `total: 2+2+1+3+12+7+8+16+3+4+2+5+4+4−5 = ${sc}，加分1，合计${total}；自评87＋1`,
    ],
  });
})();

// =====================================================================================
// facts/b142-f1-xinyi: 茂名信宜市 — 《申报承诺事项完成情况对照表》：“申报书承诺（2019年8月）”是当年的承诺和目标值，
// 只有“实际完成（截至2021年8月31日）”是事实；“是否达到承诺”是对承诺的评价（没达到承诺不等于没有）
// =====================================================================================
(function f1() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
  full("信宜市电子商务进农村综合示范县申报承诺事项完成情况对照表");
  full("信宜市商务局　　2021年9月　　“申报书承诺”摘自2019年8月《信宜市申报省级电子商务进农村综合示范县实施方案》；“实际完成”统计至考评截止日2021年8月31日；“是否达到承诺”只对照承诺，不是考评得分");
  rows.push(["序号", "类别", "承诺事项", "申报书承诺（2019年8月）", "实际完成（截至2021年8月31日）", "是否达到承诺", "差距原因及下步措施"]);
  // [类别, 事项, 承诺, 实际, 达到, 原因]
  const X = [
    ["基本情况", "常住人口", "—（申报时按户籍人口112.6万人测算）", "101.81万人（第七次全国人口普查）", "—", "考评按常住人口计算"],
    ["基本情况", "行政村、省定贫困村", "行政村368个，其中省定贫困村49个", "行政村364个（2020年村级区划调整后，不含社区居委会），其中省定贫困村49个", "—", "区划调整合并4个村"],
    ["组织领导", "领导小组", "市长任领导小组组长，商务、财政、农业、扶贫等部门参与", "2020年5月领导小组调整，组长改由分管商务工作的副市长担任；成员单位为市商务局、财政局、农业农村局、乡村振兴局等14个部门", "否", "领导分工调整，由分管副市长牵头"],
    ["方案制定", "示范县工作方案", "2019年12月前印发", "2020年1月6日市政府办公室正式印发《信宜市电子商务进农村综合示范县工作方案》", "是（滞后）", null],
    ["政策支持", "农村电商扶持政策", "出台农村电商扶持政策", "《信宜市促进电子商务发展扶持办法》2020年9月印发，网店开设、快递物流补贴已兑现", "是", null],
    ["服务体系", "县级电子商务公共服务中心", "2020年6月前建成运营", "2020年10月12日投入运营", "是（滞后4个月）", "场地改造延期"],
    ["服务体系", "公共服务中心服务功能", "免费培训、免费展示展销、免费摄影美工、品牌推广及金融、物流等增值服务", "已提供免费培训场所和培训设备、农特产品免费展示展销、免费摄影美工服务，统一推广“信宜好物”区域公用品牌；金融、物流等增值服务尚未开展", "部分达到", "2021年第四季度引入金融、物流服务"],
    ["服务体系", "电商产业园", "建设电商产业园，入驻企业30家", "依托信宜市创业孵化园整合建成电商产业园，入驻企业22家", "否（企业未达30家）", "继续招商"],
    ["服务体系", "第三方运营服务商", "引入专业电商运营服务商", "经公开招标确定茂名市粤信电子商务有限公司为运营服务商", "是", null],
    ["服务体系", "村级电商服务站点", "行政村覆盖率80%以上，省定贫困村全覆盖", "建成村级站点301个，覆盖行政村296个（81.3%），省定贫困村49个全覆盖", "是", null],
    ["农产品上行", "物流快递", "行政村快递覆盖率100%", "县镇村三级物流体系建成；行政村快递覆盖率96.2%（350/364，偏远山区14个村由镇网点代收，快递未进村）", "否", "2021年底前实现快递进村全覆盖"],
    ["农产品上行", "农村网络零售额", "2020年农村网络零售额达到12亿元", "2019年9.46亿元，2020年11.83亿元，同比增长25.1%", "否", "受疫情影响"],
    ["人才培训", "电商培训", "培训10,000人次，其中建档立卡贫困人口3,000人", "累计培训8,645人次；有劳动能力的建档立卡贫困人口（不含外出务工）6,120人，已参训2,874人，培训率47.0%", "否", "9—12月继续开班"],
    ["信息公开", "政府网站公开专栏", "设立专栏，公开创建方案、项目信息、建设进度，设立征求意见窗口", "市政府网站专栏已公开创建方案、项目基本信息，按月更新项目建设进度；未设征求意见窗口，已公布监督举报电话", "部分达到", "9月增设征求意见窗口"],
    ["数据上报", "月报", "每月向茂名市商务局报送工作进展", "每月10日前向茂名市商务局报送工作月报，附电商扶贫统计（贫困户参训、带动增收）", "是", null],
    ["资金管理", "专项资金拨付", "省级专项资金500万元，2020年底前拨付完毕", "省级专项资金下达500万元，截至8月31日拨付426.3万元，支出率85.3%", "否", "按验收进度拨付"],
    ["资金管理", "资金管理制度、台账", "制定资金管理办法，建立资金专用台账", "2020年3月印发《信宜市省级电子商务进农村综合示范专项资金管理办法》；各承建单位均建立资金专用台账", "是", null],
    ["项目进度", "总体进度", "2020年底前全部建成", "项目总体进度88%", "否", "产业园二期、冷链项目在建"],
  ];
  X.forEach((x, i) => rows.push([i + 1].concat(x)));
  full("填表：信宜市商务局电商股 罗××　　审核：副局长 钟××　　2021年9月8日");
  assert(Math.round((11.83 / 9.46 - 1) * 1000) === 251 && Math.round((2874 / 6120) * 1000) === 470 && Math.round((4263000 / 5000000) * 1000) === 853 && Math.round((350 / 364) * 1000) === 962 && Math.round((296 / 364) * 1000) === 813, "texts");
  write("facts/b142-f1-xinyi.json", {
    description:
      "茂名信宜市商务局交来当基本情况表的是《申报承诺事项完成情况对照表》：列 序号｜类别｜承诺事项｜申报书承诺（2019年8月）｜实际完成（截至2021年8月31日）｜是否达到承诺｜差距原因及下步措施。“申报书承诺”是2019年申报时的承诺和目标值（培训10,000人次、产业园30家、农村网零12亿元、行政村368个、户籍人口112.6万人），都不是事实；事实只在“实际完成”列读。“是否达到承诺”是对照承诺的评价，不是是／否的事实：产业园“否（企业未达30家）”但已建成 → parkBuilt true；专栏“部分达到”：没有征求意见窗口，但公布了监督举报电话 → disclosureWindow true。读法：county 信宜市；asOf 2021-08-31（表头“统计至考评截止日”）；常住人口101.81万 → 1,018,100；行政村364个（区划调整后，不是承诺表里的368）、省定贫困村49个；领导小组组长2020年5月起由分管副市长担任 → deputy（承诺的是市长）；方案2020年1月正式印发、扶持办法已印发兑现 → true；中心2020年10月12日投入运营，免费培训、展示展销、摄影美工、统一推广品牌 → true，金融物流等增值服务“尚未开展” → centerOther false；第三方运营服务商 true；快递覆盖96.2%，14个村未进村 → expressCoverage false；农村网零2019年9.46亿元 → 946,000,000、2020年11.83亿元 → 1,183,000,000、增速25.1% → 0.251；培训8,645人次、有劳动能力不含外出务工6,120人、参训2,874人；专栏公开方案、项目信息、每月进度 → true；月报附电商扶贫统计 → true；下达500万元、拨付426.3万元；资金管理办法、专用台账 → true；总体进度88%。站点数、覆盖率不是键。没有主观分。",
    sheets: [sheet("承诺完成对照表", rows, merges)],
    expect: {
      facts: {
        county: "信宜市", asOf: "2021-08-31", residentPopulation: 1018100, adminVillagesStated: 364, poorVillagesStated: 49, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: yi("9.46"), ruralRetail2020: yi("11.83"), ruralRetailGrowthStated: 0.251,
        trainingPersonTimesStated: 8645, eligiblePoorPersonsStated: 6120, trainedPoorPersonsStated: 2874,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: wan("426.3"), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b142-f2-deqing: 肇庆德庆县 — 迎检《“一口清”口径卡》（县领导用）：卡片两张一排，每张“口径／数据／出处／注意”几行；
// 考评口径是8月31日的数，“注意”里9月10日的新数不是；“注意”里顺带说出的农村网零增速18%也是陈述的事实
// =====================================================================================
(function f2() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
  full("德庆县迎接省级电子商务进农村综合示范创建考评“一口清”口径卡（县领导用）");
  full("县商务局　　2021年9月13日印　　请各位领导熟记：答问用“口径”，数字用“数据”（一律截至考评截止日2021年8月31日）；“注意”是提醒，不对外讲");
  rows.push(Array(W).fill(null));
  const CARDS = [
    ["① 总体", [["口径", "德庆县2019年获批省级电子商务进农村综合示范县，项目建设基本完成"], ["数据", "项目总体进度91%"], ["注意", "9月以后的新进展不要讲成考评数据"]]],
    ["② 组织领导", [["口径", "县委副书记、县长任领导小组组长，常务副县长、分管副县长任副组长"], ["数据", "成员单位18个：县商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司等"], ["出处", "德府办函〔2020〕11号"]]],
    ["③ 方案与政策", [["口径", "2020年2月县政府正式印发示范县工作方案"], ["口径", "出台《德庆县促进农村电商发展十条措施》，网店补贴、物流补贴已兑现"], ["出处", "德府办〔2020〕5号、德商务〔2020〕31号"]]],
    ["④ 公共服务中心", [["数据", "2020年9月18日开业运营，到截止日运行近一年"], ["口径", "免费培训（培训室80座、直播设备）、农特产品免费展示展销、免费拍摄美工、“德庆贡柑”区域公用品牌统一推广"], ["口径", "另有代办物流、金融贷款对接等衍生增值服务"]]],
    ["⑤ 电商产业园", [["口径", "依托德庆县工业园区建成电商产业园"], ["数据", "入驻企业24家（8月31日），含平台、销售、运营、物流四类"], ["注意", "9月新入驻的2家不要算"]]],
    ["⑥ 村级站点", [["数据", "全县行政村185个（不含社区），省定贫困村23个"], ["数据", "站点覆盖行政村148个（80.0%），省定贫困村23个全覆盖"]]],
    ["⑦ 农产品上行", [["口径", "第三方运营服务商：德庆县康州电子商务有限公司（公开招标）"], ["数据", "行政村快递覆盖率100%（县邮政管理部门证明）"], ["数据", "2020年农产品网络零售额6.72亿元，同比增长38.5%"], ["注意", "农村网络零售额增速只有18%，不到30%，汇报时讲农产品网零增速"]]],
    ["⑧ 人才培训", [["数据", "常住人口32.9万人（七普）"], ["数据", "培训5,236人次（考评口径），占常住人口1.59%"], ["数据", "有劳动能力的建档立卡贫困人口（剔除外出务工）2,418人，参训1,302人，培训率53.8%"], ["注意", "最新累计5,610人次（截至9月10日）只作参考，不报考评组"]]],
    ["⑨ 信息公开与报送", [["口径", "县政府网站专栏公开创建方案、项目基本信息，每月更新建设进度，设监督举报邮箱"], ["口径", "每月5日前向肇庆市商务局报送月报，按月统计电商扶贫情况"]]],
    ["⑩ 资金", [["数据", "省级专项资金500万元；截至8月31日拨付381.2万元，支出率76.2%"], ["口径", "2020年4月印发专项资金管理办法；各承建单位建立资金专用台账"], ["注意", "9月1—10日又付48万元，累计429.2万元，不作考评口径"]]],
    ["⑪ 底线", [["口径", "项目实施以来未发生安全生产、质量事故"], ["口径", "各项数据经县统计局核对，无弄虚作假"]]],
    ["⑫ 宣传", [["数据", "南方日报、广东广播电视台、西江日报、德庆县融媒体中心均有报道"], ["注意", "报道截图见宣传专册"]]],
  ];
  for (let i = 0; i < CARDS.length; i += 2) {
    const L = CARDS[i], Rt = CARDS[i + 1];
    const h = Math.max(L[1].length, Rt[1].length);
    rows.push([L[0], null, null, null, Rt[0], null, null]);
    merges.push(`A${R()}:C${R()}`, `E${R()}:G${R()}`);
    for (let k = 0; k < h; k++) {
      const a = L[1][k], b = Rt[1][k];
      rows.push([a ? a[0] : null, a ? a[1] : null, null, null, b ? b[0] : null, b ? b[1] : null, null]);
      merges.push(`B${R()}:C${R()}`, `F${R()}:G${R()}`);
    }
    rows.push(Array(W).fill(null));
  }
  full("县商务局电商股 黄×× 整理　　如有疑问请问：139××××2106");
  assert(Math.round((5236 / 329000) * 10000) === 159 && Math.round((1302 / 2418) * 1000) === 538 && Math.round((3812000 / 5000000) * 1000) === 762 && 148 * 1000 === 185 * 800 && 3812000 + 480000 === 4292000, "texts");
  write("facts/b142-f2-deqing.json", {
    description:
      "肇庆德庆县商务局给县领导印的迎检《“一口清”口径卡》：卡片两张一排（左卡A—C列、右卡E—G列，中间空一列），每张卡一行标题（①总体、②组织领导……），下面几行“口径｜话”“数据｜数”“出处｜文号”“注意｜提醒”，标签在左、内容合并在右，右卡的行与左卡的行并排但互不相干。读法：county 德庆县；asOf 2021-08-31（表头“一律截至考评截止日2021年8月31日”）；县委副书记、县长任组长，成员有商务、财政、农业农村、乡村振兴 → principal-all；方案正式印发、十条措施已出台 → true；中心2020年9月18日开业，免费培训、免费展示展销、免费拍摄美工、统一推广品牌、代办物流金融对接等增值服务 → 五项true；产业园已建成 → true（24家不是键）；行政村185个、省定贫困村23个（覆盖148个不是键）；第三方运营服务商、快递覆盖100% → true；2020年农产品网零6.72亿元 → 672,000,000、增速38.5% → 0.385；“注意”里说的“农村网络零售额增速只有18%”也是这张卡陈述的数 → ruralRetailGrowthStated 0.18；常住人口32.9万 → 329,000；培训读考评口径5,236人次，“注意”里9月10日的5,610不是；有劳动能力不含外出务工2,418人、参训1,302人；专栏四项都有（监督举报邮箱）→ true；月报按月统计扶贫 → true；下达500万元、截至8月31日拨付381.2万元（9月后的累计429.2万元不是）；资金管理办法、专用台账 → true；总体进度91%；未发生事故 → vetoIncident false；无弄虚作假 → vetoFraud false。没有主观分。",
    sheets: [sheet("一口清", rows, merges)],
    expect: {
      facts: {
        county: "德庆县", asOf: "2021-08-31", overallProgress: 0.91, planIssued: true, policyIssued: true, centerOpened: "2020-09-18", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true, adminVillagesStated: 185, poorVillagesStated: 23, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2020: yi("6.72"), agriRetailGrowthStated: 0.385, ruralRetailGrowthStated: 0.18, residentPopulation: 329000, trainingPersonTimesStated: 5236,
        eligiblePoorPersonsStated: 2418, trainedPoorPersonsStated: 1302, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: wan("381.2"), fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b142-f3-yangxi: 阳江阳西县 — 盖章PDF版自评表用“PDF转Excel”转回来的：指标名一字一行（竖排拆开）、评分标准按PDF的折行拆成多行、
// 自评得分落在一块的中间行、翻页处夹着页码行和重复的表头；服务体系建设一块里有两个自评分（先中心、后站点）；县里加的“自评说明”列
// =====================================================================================
(function f3() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("阳西县2019年省级电子商务进农村综合示范创建考评自评表");
  full("（数据截至2021年8月31日）　　　　阳西县商务局（盖章）　　2021年9月10日");
  const header = () => {
    rows.push(["工作任务", "评价指标", null, "指标解释", "评分标准", "评价方式及佐证材料", "自", "自评说明（阳西县填写）"]);
    rows.push([null, "名称", "权重（%）", null, null, null, "评", null]);
    rows.push([null, null, null, null, null, null, "得", null]);
    rows.push([null, null, null, null, null, null, "分", null]);
  };
  const pageNo = (n) => { rows.push([null, null, null, `— ${n} —`, null, null, null, null]); };
  // block: {task: [lines] | null, name, weight, expl, crit, evid, score, notes}
  const block = (b) => {
    const n = Math.max(b.name.length, b.expl.length, b.crit.length, b.evid.length, b.notes.length, b.task ? b.task.length : 0);
    const mid = Math.floor((n - 1) / 2);
    for (let i = 0; i < n; i++) {
      rows.push([b.task ? b.task[i] || null : null, b.name[i] || null, i === 0 ? b.weight : null, b.expl[i] || null, b.crit[i] || null, b.evid[i] || null,
        i === mid ? b.score : null, b.notes[i] || null]);
    }
  };
  const chars = (s) => s.split("");
  header();
  block({ task: ["加强组织", "领导与统", "筹协调（10", "分）"], name: chars("组织领导"), weight: 2,
    expl: ["建立县（市、区）政府主要领导牵头、多部门参与的工作", "协调机制"],
    crit: ["由县（市、区）政府主要领导牵", "头且有商务、财政、农业、扶贫", "等部门参与（2分）；", "由县（市、区）政府分管领导牵", "头（1分）；", "其他情况不得分。"],
    evid: ["成立工作领导小组或协调机构的文", "件、相关工作会议纪要、图片"], score: 2,
    notes: ["县委副书记、县长任领导小组组长，", "分管副县长任副组长；县商务局、", "财政局、农业农村局、乡村振兴局", "等15个部门参与"] });
  block({ task: null, name: chars("方案制定"), weight: 2, expl: ["制定科学严谨的示范创建工作方案"], crit: ["工作方案因地制宜,可操作性较", "强（1-2分）"],
    evid: ["正式印发的示范县工作方案"], score: 2, notes: ["2020年3月县政府正式印发", "《阳西县电子商务进农村综合示", "范县工作方案》"] });
  block({ task: null, name: chars("政策支持"), weight: 2, expl: ["在资金、土地、人才等方面出台政策，支持农村电商发展"], crit: ["出台相关政策，且得到较好落实", "（1-2分）"],
    evid: ["出台的支持文件及其他证明材料等"], score: 2, notes: ["出台《阳西县支持农村电商发展", "若干措施》，已兑现"] });
  block({ task: null, name: chars("项目管理"), weight: 4,
    expl: ["制定项目管理制度，建立工作台帐，明确工作目标、工作", "进度、工作任务，建设、验收等环节严格执行相关制度规", "定。"],
    crit: ["建立项目管理制度，在建设、验", "收环节严格落实相关制度（1-2", "分）；", "建立完整工作台账，详细记录项", "目建设情况（1-2分）。"],
    evid: ["项目管理制度文件、工作台账等"], score: 3, notes: ["项目管理制度2分；", "工作台账1分（部分站点验收记录", "不全）"] });
  pageNo(20);
  header();
  // 服务体系建设: two scored rows (center, then coverage) under one name
  const centerCrit = ["建成县级电子商务公共服务中", "心（2分）；", "建成后已正常运行6个月（截至", "2021年8月31日）以上（2分）；", "有免费培训场所、培训设备，能", "组织电商基础培训（2分）；", "为特色农产品提供免费展示、销", "售服务（1分）；", "为电子商务市场主体提供免费", "摄影、美工服务（1分）；", "组织农产品统一推广、指导特色", "农产品品牌建设（1分）；", "为电子商务发展提供其他衍生", "增值服务（1分）；", "建设或整合、优化当地电商产业", "园（2分)；", "电商产业园企业入驻数量达20", "家及以上(2分)；", "电商产业园入驻企业含平台型", "电商企业、销售型企业、电商运", "营商或物流企业等至少三种以", "上类型(1分)。"];
  const centerNotes = ["县电子商务公共服务中心2020年", "12月18日投入运营；", "设免费培训室、直播设备；", "免费展示展销程村蚝、沙扒湾海", "产等；免费摄影美工；", "统一推广“阳西好味”品牌；", "提供金融对接、代办物流等增值", "服务；", "整合县创业园建成电商产业园，", "入驻企业18家（未达20家，扣2", "分），含平台型、销售型、运营", "商、物流企业"];
  const covCrit = ["行政村覆盖率70%及以上（5", "分）,50%-70%（不含）（2分），", "50%以下不得分；", "贫困村覆盖率100%（5", "分）,80%-100%（不含）（3分），", "80%以下不得分。"];
  const covNotes = ["全县行政村142个、省定贫困村19", "个；站点覆盖行政村112个", "（78.9%），省定贫困村全覆盖"];
  const name6 = chars("服务体系建设");
  const n1 = centerCrit.length, n2 = covCrit.length + 2;
  const explC = ["建设县级电子商务公共服务中心。对各类主体提供技术支", "持、培训孵化、产品对接、品牌建设、网络推广及其他衍", "生增值服务。建设或整合、优化当地电商产业园，形成产", "业集聚效应。"];
  const evidC = ["1、现场查看县级电子商务公共服务", "中心运营情况。", "2、现场查看电商产业园运营情况，", "入驻企业清单。"];
  for (let i = 0; i < n1; i++) rows.push([i === 0 ? "深入推动" : i === 1 ? "电子商务" : i === 2 ? "进农村工" : i === 3 ? "作（55分）" : null, name6[i] || null, i === 0 ? 25 : null, explC[i] || null, centerCrit[i], evidC[i] || null, i === Math.floor((n1 - 1) / 2) ? 13 : null, centerNotes[i] || null]);
  const explV = ["辖区内行政村建设村级电子商务服务站点要达到70%以上", "（行政村个数在200个及以上的，以200个为基数计算），", "其中省定贫困村实现全覆盖；各站点根据实际开展电商宣", "传、代购代销、代存代缴、小额信贷等电商服务。"];
  const evidV = ["辖区内行政村清单、省定贫困村清", "单、村级电商服务站点清单（含名称、", "地址及联系人电话等）、村级电商服", "务站点视频。"];
  for (let i = 0; i < n2; i++) rows.push([null, null, null, explV[i] || null, covCrit[i] || null, evidV[i] || null, i === Math.floor((n2 - 1) / 2) ? 10 : null, covNotes[i] || null]);
  block({ task: null, name: chars("农村产品上行"), weight: 10,
    expl: ["1、对辖区内农村产品的生产和电商销售情况进行全面摸", "底,形成基本情况档案或报告等上报市级商务主管部门。", "2、引入或培育专业电商企业或团队。", "3、物流快递企业的行政村覆盖率达到100%。", "4、探索建立冷链系统、产品溯源系统等。"],
    crit: ["对当地农产品网络销售进行调", "研，并形成针对性建议（1-2", "分）；", "开展农村产品网络促销活动成", "效明显（1-2分）；", "当地有专业第三方电子商务运", "营或服务商（1分）；", "行政村物流快递覆盖率100%（1", "分）；", "有出台农产品电商交易标准，建", "立农产品冷链、溯源系统（1-2", "分）；", "2020年农村网络零售额或农产", "品网络零售额同比增速≥30%（2", "分）。"],
    evid: ["1、调研报告、活动总结等。", "2、电商企业或团队名单。", "3、快递物流覆盖情况的材料。", "4、交易标准文本等。", "5、第三方权威统计数据。"], score: 8,
    notes: ["网销调研2分；网络促销1分；", "第三方运营服务商：阳江市海韵电", "子商务有限公司，1分；", "行政村快递覆盖率100%，1分；", "交易标准与冷链溯源1分（冷链在", "建）；", "2020年农产品网络零售额2.46亿", "元，同比增长34.2%，2分"] });
  block({ task: null, name: chars("电商人才培训"), weight: 20,
    expl: ["1、普及性培训覆盖常住人口的1%以上（常住人口总数超", "过50万的，以50万为基数计算）。", "2、实现有劳动能力的贫困人口培训率达50%以上（外出务", "工者除外）。"],
    crit: ["培训人次达常住人口1%及以上", "（10分），0.8%-1%（不含）（8", "分），0.6%-0.8%（不含）（6", "分）；", "建档立卡贫困人口培训率50%", "及以上（10分），40%-50%（不", "含）（8分），30%-40%（不含）", "（6分）。"],
    evid: ["1、培训通知、学员名单、签到表等。", "2、经扶贫部门确认的有劳动能力的", "建档立卡贫困人口数、参训清单。"], score: 18,
    notes: ["常住人口44.6万人（七普）；", "累计培训4,620人次，10分；", "有劳动能力的建档立卡贫困人口", "（不含外出务工）3,250人，参训", "1,420人，培训率43.7%，8分"] });
  pageNo(21);
  header();
  block({ task: ["加强信息", "公开及报", "送（10分）"], name: chars("信息公开"), weight: 4,
    expl: ["在县政务网站设立电子商务进农村综合示范公开专栏。公", "开示范创建方案及项目基本信息，每月更新项目建设进度，", "同时设立征求意见窗口或监督举报窗口。"],
    crit: ["在县政府网站设立公开专栏且", "内容全面（2分）；", "近一年内专栏内容能按月更新", "（2分），不定时更新（1分），", "未更新不得分。"],
    evid: ["在县政府网站设立专栏公示创建方", "案、项目基本信息、项目建设进度，", "设立征求意见或监督举报窗口。"], score: 4,
    notes: ["县政府网站专栏公开创建方案、项", "目基本信息，每月更新建设进度，", "设监督举报电话"] });
  block({ task: null, name: chars("数据上报"), weight: 6,
    expl: ["每月向市级商务主管部门报送示范创建工作进展、成效及", "电商相关统计数据。加强对本县电商扶贫信息的统计。"],
    crit: ["近一年能每月向市商务局报送", "工作情况（3分），不定时上报", "（1分），未上报不得分；", "能统计电商扶贫情况（3分），", "未统计相关情况不得分。"],
    evid: ["向市级商务主管部门报送工作情况", "的文件。"], score: 4,
    notes: ["2020年9月—2021年8月报送月报", "10次（春节、汛期各漏报1个月），", "不定时1分；", "按月统计电商扶贫情况，3分"] });
  block({ task: ["加强宣传", "推广", "（10分）"], name: chars("案例总结"), weight: 2, expl: ["对当地发展农村电商、开展示范创建等经验做法和案例进", "行总结提炼并及时上报。"],
    crit: ["向市商务局报送经验材料（2", "分）"], evid: ["查看上报文件"], score: 2, notes: ["2021年6月向阳江市商务局报送", "《程村蚝“触网”记》"] });
  block({ task: null, name: chars("经验推广"), weight: 8, expl: ["典型做法被主流媒体报道宣传"],
    crit: ["省级及以上媒体进行宣传报道", "（4分）；", "市级媒体进行宣传报道（3分）；", "县级媒体进行宣传报道（1分）。"],
    evid: ["查看相关宣传文案、网络截图、照片", "等证明材料"], score: 7, notes: ["南方日报、广东广播电视台（省级）；", "阳江日报（市级）"] });
  block({ task: ["加强财政", "资金管理", "（15分）"], name: chars("制度建立"), weight: 5, expl: ["制定省级财政资金管理制度，细化工作目标、任务、财政", "资金支持方向等；建立考核问责制度。"],
    crit: ["建立科学有效的资金管理制度", "且得到有效落实（1-5分）"], evid: ["查看相关资金管理制度"], score: 5,
    notes: ["2020年4月印发《阳西县省级电子", "商务进农村综合示范专项资金管理", "办法》"] });
  block({ task: null, name: chars("资金台账"), weight: 5, expl: ["明确责任人，建立健全资金台账，实现管理全过程可查询、", "可追溯，"],
    crit: ["项目承建方建立资金专用台账，", "账目完整，能清析反映资金使用", "情况（1-5分）"], evid: ["项目承办方的资金使用账目及凭证", "等"], score: 4,
    notes: ["各承建单位建立资金专用台账"] });
  block({ task: null, name: chars("资金支出"), weight: 5, expl: ["严格按照财政资金有关规定进行资金的使用和拨付"],
    crit: ["资金支出率70%以上，且根据创", "建进度及时拨付（1-5分）；", "资金支出率低于70%倒扣5分。"], evid: ["资金拨付文件、票据、凭证等"], score: 4,
    notes: ["下达省级专项资金500万元，拨付", "408万元，支出率81.6%；", "及时拨付4分"] });
  rows.push(["加分项", null, null, null, "建档立卡贫困人口培训率70%", "参加培训的建档立卡贫困人口清单", 0, "培训率43.7%，未达70%"]);
  rows.push(["（4分）", null, null, null, "及以上（2分）", "及签到表等", null, null]);
  rows.push([null, null, null, null, "电商扶贫典型案例获国家级电", "查看相关报道和视频", null, "广东广播电视台播报程村蚝电商扶"]);
  rows.push([null, null, null, null, "视媒体播报（2分），省级（1", null, 1, "贫案例（省级）"]);
  rows.push([null, null, null, null, "分）（不累加）", null, null, null]);
  rows.push(["一票否决项", null, null, null, "发生安全生产、质量事故，或者", null, null, "未发生"]);
  rows.push([null, null, null, null, "造成重大经济损失和社会不良", null, null, null]);
  rows.push([null, null, null, null, "影响。", null, null, null]);
  rows.push([null, null, null, null, "项目建设进度严重滞后，总体进", null, null, "项目总体进度90%"]);
  rows.push([null, null, null, null, "度不足40%。", null, null, null]);
  rows.push([null, null, null, null, "弄虚作假。", null, null, "无"]);
  rows.push(["合计得分", null, null, null, null, null, 89, "含加分1分"]);
  pageNo(22);
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 13, "work.coverage": 10, "work.upward": 8, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 4, "promo.cases": 2, "promo.media": 7, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sumPts(claimed) === 88 && 88 + 1 === 89, "88 + 1 = 89");
  assert(2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1 === 13 && 2 + 1 + 1 + 1 + 1 + 2 === 8 && 10 + 8 === 18 && 1 + 3 === 4 && 4 + 3 === 7, "sub-scores add up");
  assert(Math.round((1420 / 3250) * 1000) === 437 && Math.round((112 / 142) * 1000) === 789 && 4620 * 100 >= 446000 && Math.round((4080000 / 5000000) * 1000) === 816, "texts");
  write("facts/b142-f3-yangxi.json", {
    description:
      "阳江阳西县盖章的PDF版自评表，被人用“PDF转Excel”转回表格：每个指标一块，评价指标名称一字一行竖着拆开（“组”“织”“领”“导”要连起来读，“服务体系建设”六个字），指标解释、评分标准、佐证材料按PDF的折行拆成多行，权重在块的第一行，自评得分落在块的中间某一行；“工作任务”也按折行拆开（“加强组织／领导与统／筹协调（10／分）”），只在该组第一块出现；表头“自评得分”拆成“自／评／得／分”四行；翻页处夹着页码行（“— 20 —”）和重复的表头。服务体系建设一块里有两个自评分：先13（县级中心与产业园，对着中心的评分标准），后10（村级站点覆盖）。读法：claimed 组织领导2、方案2、政策2、项目管理3、中心13、站点10、上行8、培训18、信息公开4、数据上报4、案例2、经验推广7、制度5、台账4、支出4、加分0和1，合计89含加分1。主观分在县里加的“自评说明”列：项目管理制度2、台账1；网销调研2、网络促销1、交易标准与冷链溯源1；资金制度5、资金台账4、及时拨付4；方案2、政策2。事实：county 阳西县（标题）；asOf 2021-08-31（“数据截至2021年8月31日”；评分标准里的“截至2021年8月31日”是官方条文）；县委副书记、县长任组长，商务、财政、农业农村、乡村振兴参与 → principal-all；方案正式印发、若干措施已出台 → true；中心2020年12月18日投入运营，免费培训、展示展销、摄影美工、统一推广品牌、金融物流增值服务 → 五项true；产业园已建成 → true（18家不是键）；行政村142个、省定贫困村19个；第三方运营服务商、快递覆盖100% → true；2020年农产品网零2.46亿元 → 246,000,000、增速34.2% → 0.342；常住人口44.6万 → 446,000；培训4,620人次；有劳动能力不含外出务工3,250人、参训1,420人；专栏四项都有（监督举报电话）→ true；按月统计扶贫 → true；资金管理办法、专用台账 → true；下达500万元、拨付408万元；总体进度90%；未发生事故、无弄虚作假 → false。",
    sheets: [sheet("自评表（PDF转换）", rows, merges)],
    expect: {
      facts: {
        county: "阳西县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, adminVillagesStated: 142, poorVillagesStated: 19, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2020: yi("2.46"), agriRetailGrowthStated: 0.342, residentPopulation: 446000, trainingPersonTimesStated: 4620, eligiblePoorPersonsStated: 3250,
        trainedPoorPersonsStated: 1420, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 4080000, overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// ledgers/b142-l1-luoding: 云浮罗定市 — ①《误工补贴发放表》：参训的建档立卡贫困户学员误工补贴签领表，一期一块（标题行写期次和培训时间，
// 两天的班读结束日），“未到，不发放”的不是参训，末尾“补发”块是已计入的人；②镇里的《贫困劳动力春节后返岗摸排表》（返岗到市外＝外出务工）；
// ③《发放汇总》不是台账
// =====================================================================================
(function l1() {
  const sheets = [], expect = {}, USED = new Set();
  const AREA = "445381";
  // people: [name, sex, birth, town, village]
  const PEOPLE = [];
  const TV = [["罗镜镇", "水摆村"], ["罗镜镇", "龙岩村"], ["罗镜镇", "大岗村"], ["太平镇", "竹围村"], ["分界镇", "金岗村"], ["素龙街道", "岗咀村"], ["黎少镇", "榃濮村"]];
  for (let i = 0; i < 34; i++) {
    const sex = i % 3 === 1 ? "男" : "女";
    const birth = `${1968 + ((i * 7) % 31)}${p2(1 + ((i * 5) % 12))}${p2(1 + ((i * 13) % 28))}`;
    PEOPLE.push({ name: nameOf(i + 300, sex, USED), sex, birth, tv: TV[i % TV.length], id: makeIdSex(AREA, birth, (i * 31) % 900, i === 6 || i === 19, sex) });
  }
  assert(new Set(PEOPLE.map((p) => p.id)).size === 34 && PEOPLE[6].id.endsWith("X") && PEOPLE[19].id.endsWith("X"), "ids");
  // sessions: [title, 时间 text, end iso, days, [[person index, days attended | 0 for 未到, note]]]
  const SES = [
    ["第1期　罗定市农村电商直播带货培训班", "培训时间：2020年11月12日—13日（2天）", "2020-11-13", 2, [[0, 2], [1, 2], [2, 2], [3, 1, "13日请假，只参加1天"], [4, 2], [5, 2], [6, 2], [7, 0, "未到，不发放"], [8, 2]]],
    ["第2期　网店开设与运营培训班", "培训时间：2020.12.10（1天）", "2020-12-10", 1, [[9, 1], [10, 1], [0, 1], [11, 1], [12, 1], [13, 1], [14, 1]]],
    ["第3期　农产品短视频拍摄培训班", "培训时间：2021年3月5—6日（2天）", "2021-03-06", 2, [[15, 2], [16, 2], [2, 2, "银行卡号有误，首次发放退回，4月补发（见补发名单）"], [17, 2], [18, 0, "未到，不发放"], [19, 2], [20, 2], [4, 2]]],
    ["第4期　肉桂、三黄鸡网销专题培训班", "培训时间：2021/5/20（1天）", "2021-05-20", 1, [[21, 1], [22, 1], [23, 1], [9, 1], [24, 1], [25, 1]]],
    ["第5期　电商客服与社群营销培训班", "培训时间：2021.7.15-16（2天）", "2021-07-16", 2, [[26, 2], [27, 2], [28, 1, "15日下午到"], [29, 2], [0, 2], [30, 0, "未到，不发放"], [31, 2], [16, 2]]],
    ["第6期　直播带货提升培训班", "培训时间：2021年9月16日—17日（2天）", "2021-09-17", 2, [[32, 2], [33, 2], [21, 2], [6, 2], [12, 2]]],
  ];
  const recsT = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("罗定市2020—2021年度农村电商培训建档立卡贫困户学员误工补贴发放签领表");
    full("罗定市商务局　　补贴标准：每人每天50元，按实际参训天数发放，通过“一卡通”发放；本表只列参训的建档立卡贫困户学员（非贫困户学员不发误工补贴，不在本表）；“未到，不发放”的是报了名没来的");
    let grand = 0, grandN = 0;
    SES.forEach((s, si) => {
      rows.push(Array(W).fill(null));
      full(`${s[0]}　　${s[1]}　　地点：罗定市电子商务公共服务中心`);
      rows.push(["序号", "姓名", "身份证号", "镇（街道）", "村", "补贴标准（元／天）", "参训天数", "补贴金额（元）", "一卡通账号（尾号）", "领款人签名", "备注"]);
      let n = 0, amt = 0;
      s[4].forEach((x, j) => {
        const p = PEOPLE[x[0]];
        const days = x[1];
        const idCell = x[0] === 19 && si === 2 ? p.id.replace("X", "x") : p.id;
        rows.push([j + 1, p.name, idCell, p.tv[0], p.tv[1], 50, days, days * 50, `****${String(3100 + x[0] * 137).slice(-4)}`, days ? p.name : null, x[2] || null]);
        if (days) { n++; amt += days * 50; recsT.push({ date: s[2], personTimes: 1, id: p.id }); }
      });
      rows.push([null, "本期小计", `${n}人`, null, null, null, sum(s[4].map((x) => x[1])), amt, null, null, null]);
      grand += amt; grandN += n;
    });
    rows.push(Array(W).fill(null));
    full("补发名单（2021年4月）：以下人员已在所列期次参训并计入该期，本块只是补发首次退回的补贴，不是新的参训");
    rows.push(["序号", "姓名", "身份证号", "镇（街道）", "村", "补贴标准（元／天）", "参训天数", "补贴金额（元）", "一卡通账号（尾号）", "领款人签名", "备注"]);
    const pb = PEOPLE[2];
    rows.push([1, pb.name, pb.id, pb.tv[0], pb.tv[1], 50, 2, 100, `****${String(3100 + 2 * 137 + 1).slice(-4)}`, pb.name, "第3期补发（更正卡号）"]);
    rows.push(Array(W).fill(null));
    full(`合计：6期，参训${grandN}人次，发放补贴${thousands(grand)}元（另补发100元）。　　经办：电商股 冯××　　审核：财务室 林××`);
    sheets.push(sheet("误工补贴发放表", rows, merges));
    expect["误工补贴发放表"] = { kind: "training", records: recsT };
  }
  assert(recsT.length === 40 && recsT.filter((r) => r.date <= AS_OF).length === 35, "40 person-times, 35 by cut-off: " + recsT.length);
  // ---------------------------------------------------------------- 返岗摸排表 (poorPersons)
  // households: [head, [member…]]; a member: [person index | null (new), rel, sex, Δ birth year from the head, 劳动能力, 节前务工, 返岗情况, 务工地点]
  const HH = [
    [[0, "户主", null, 0, "普通劳动力", "在家务农", "在家务农", null], [null, "之子", "男", 24, "技能劳动力", "广州市白云区务工", "已返岗（市外）", "广州市白云区"]],
    [[1, "户主", null, 0, "普通劳动力", "罗定市区务工", "已返岗（市内）", "罗定市区（建筑工地）"], [null, "配偶", "女", 2, "弱劳动力或半劳动力", "在家", "公益性岗位", "本村保洁员"]],
    [[2, "户主", null, 0, "普通劳动力", "东莞市务工", "未返岗（在家照顾老人）", null], [null, "之母", "女", -30, "丧失劳动能力", "—", "—", null]],
    [[4, "户主", null, 0, "普通劳动力", "佛山市顺德区务工", "已返岗（市外）", "佛山市顺德区"], [null, "配偶", "女", 1, "普通劳动力", "深圳市务工", "已返岗（市外）", "深圳市宝安区"]],
    [[6, "户主", null, 0, "弱劳动力或半劳动力", "在家务农", "在家务农", null], [null, "之子", "男", 22, "普通劳动力", "中山市务工", "待核实", null]],
    [[9, "户主", null, 0, "普通劳动力", "本镇务工", "已返岗（市内）", "罗镜镇（肉桂加工厂）"], [null, "之父", "男", -26, "丧失劳动能力", "—", "—", null]],
    [[15, "户主", null, 0, "技能劳动力", "浙江省宁波市务工", "已返岗（市外）", "浙江省宁波市"], [null, "配偶", "男", -2, "普通劳动力", "在家务农", "在家务农", null]],
    [[21, "户主", null, 0, "普通劳动力", "罗定市区务工", "已返岗（市内）", "罗定市区（物流园）"], [null, "配偶", "男", -2, "技能劳动力", "广州市番禺区务工", "已返岗（市外）", "广州市番禺区"]],
    [[26, "户主", null, 0, "普通劳动力", "在家务农", "在家务农", null], [null, "之母", "女", -27, "丧失劳动能力", "—", "—", null]],
    [[null, "户主", "男", 0, "普通劳动力", "江门市务工", "已返岗（市外）", "江门市蓬江区"], [29, "之媳", null, 0, "弱劳动力或半劳动力", "在家", "在家务农", null]],
  ];
  const SV = HH.flat();
  const LAB = { 普通劳动力: true, 技能劳动力: true, 弱劳动力或半劳动力: true, 丧失劳动能力: false };
  const MIG = { "已返岗（市外）": true, "已返岗（市内）": false, 公益性岗位: false, 在家务农: false, "未返岗（在家照顾老人）": false, "—": null, 待核实: null };
  const withSurname = (sur, sex, k) => { const G = sex === "女" ? GIV_F : GIV_M; for (let q = 0; q < G.length; q++) { const n = sur + G[(k + q) % G.length]; if (!USED.has(n)) { USED.add(n); return n; } } throw new Error("name"); };
  const recsP = [];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("罗定市罗镜镇等建档立卡贫困劳动力2021年春节后返岗复工情况摸排表");
    full("镇扶贫工作站、驻村工作队　　摸排截至2021年3月15日");
    full("填表说明：①劳动能力按扶贫系统口径：普通劳动力、技能劳动力、弱劳动力或半劳动力都属有劳动能力，丧失劳动能力的为无劳动能力（一并列出便于核对家庭情况）。②是否外出务工以“返岗情况”为准：返岗到罗定市以外务工的为外出务工；在罗定市内务工、公益性岗位、在家务农、未返岗的都不是外出务工；丧失劳动能力的不填（“—”）；“待核实”为电话未接通、情况未摸清。③“节前务工情况”是春节前的情况，只作参考。");
    rows.push(["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动能力", "节前务工情况", "返岗情况（截至3月15日）", "务工地点", "联系电话"]);
    let i = 0;
    HH.forEach((h, hi) => {
      let head = null;
      const anchor = h.find((m) => m[0] !== null);
      const tv = PEOPLE[anchor[0]].tv;
      const headYear = h[0][0] !== null ? +PEOPLE[h[0][0]].birth.slice(0, 4) : +PEOPLE[anchor[0]].birth.slice(0, 4) - 22;
      h.forEach((v, k) => {
        let p;
        if (v[0] !== null) p = PEOPLE[v[0]];
        else {
          const y = headYear + v[3];
          assert(y >= 1938 && y <= 2002, "birth year " + y);
          const birth = `${y}${p2(1 + ((hi * 5 + k * 3) % 12))}${p2(3 + ((hi * 7 + k) % 25))}`;
          const sameSur = ["之子", "之父", "之女"].includes(v[1]);
          let name = sameSur ? withSurname(head.name[0], v[2], hi * 3 + k) : nameOf(400 + hi * 4 + k, v[2], USED);
          if (!sameSur && head && name.slice(1) === head.name.slice(1)) name = nameOf(450 + hi * 4 + k, v[2], USED);
          p = { name, sex: v[2], birth, tv, id: makeIdSex(AREA, birth, 500 + hi * 37 + k * 11, false, v[2]) };
        }
        if (v[1] === "户主") head = p;
        i++;
        rows.push([i, tv[0], tv[1], head.name, p.name, v[1], p.id, v[4], v[5], v[6], v[7], `13${p2(5 + (i % 4))}${String(76000000 + i * 104729).slice(-8)}`]);
        assert(v[4] in LAB && v[6] in MIG, "codes " + i);
        if (v[4] === "丧失劳动能力") assert(v[6] === "—", "no labour → —");
        recsP.push({ id: p.id, labour: LAB[v[4]], migrant: MIG[v[6]] });
      });
    });
    full(`共${SV.length}人：已返岗（市外）${SV.filter((v) => v[6] === "已返岗（市外）").length}人、市内${SV.filter((v) => v[6] === "已返岗（市内）").length}人、公益性岗位1人、在家务农${SV.filter((v) => v[6] === "在家务农").length}人、未返岗1人、待核实1人、丧失劳动能力${SV.filter((v) => v[4] === "丧失劳动能力").length}人。　　摸排人：驻村工作队 谭××`);
    sheets.push(sheet("返岗摸排表", rows, merges));
    expect["返岗摸排表"] = { kind: "poorPersons", records: recsP };
  }
  assert(new Set(recsP.map((r) => r.id)).size === recsP.length, "unique persons");
  assert(recsP.filter((r) => r.labour === true && r.migrant === false).length === 10, "10 eligible (labour, not migrant)");
  // ---------------------------------------------------------------- 发放汇总 (not a ledger)
  {
    const rows = [["误工补贴发放汇总（按期次）", null, null, null], ["期次", "培训时间", "发放人数", "发放金额（元）"]];
    SES.forEach((s, i) => rows.push([`第${i + 1}期`, s[1].replace("培训时间：", ""), s[4].filter((x) => x[1]).length, sum(s[4].map((x) => x[1] * 50))]));
    rows.push(["补发", "2021年4月", 1, 100]);
    rows.push(["合计", null, sum(SES.map((s) => s[4].filter((x) => x[1]).length)) + 1, sum(SES.map((s) => sum(s[4].map((x) => x[1] * 50)))) + 100]);
    sheets.push(sheet("发放汇总", rows, ["A1:D1"]));
    expect["发放汇总"] = { kind: null };
  }
  write("ledgers/b142-l1-luoding.json", {
    description:
      "云浮罗定市商务局交的三个表。①《误工补贴发放表》是参训的建档立卡贫困户学员误工补贴签领表（每天50元，按实际参训天数发），不是签到表但一人一期一行：一期一块，块头一行写“第N期 班名 培训时间：…”，下面表头、学员行、“本期小计”行。读法：一人一期算1人次（两天的班只算1人次，只来1天的也算），日期读块头的培训时间，两天的班读结束日（“2020年11月12日—13日”→2020-11-13，“2021年3月5—6日”→2021-03-06，“2021.7.15-16”→2021-07-16），“2020.12.10”“2021/5/20”照读；“参训天数”0、备注“未到，不发放”的是报名没来的，不是参训（3人）；第3期有一个身份证号末位写成小写x，按X读；末尾“补发名单”那一块是第3期已计入的人补发退回的补贴，不是新的参训；第6期在9月，照列。共40人次（截至8月31日35人次）。②《返岗摸排表》是镇扶贫工作站和驻村工作队的建档立卡贫困劳动力春节后返岗摸排表，一人一行（户主姓名列是所在户）：劳动能力“普通劳动力”“技能劳动力”“弱劳动力或半劳动力” → labour true，“丧失劳动能力” → false；是否外出务工按表头说明看“返岗情况”：“已返岗（市外）” → migrant true，“已返岗（市内）”“公益性岗位”“在家务农”“未返岗（在家照顾老人）” → false，“—”（丧失劳动能力不填）和“待核实” → null；“节前务工情况”（如“东莞市务工”）不作数。共20人。③《发放汇总》是按期次的金额汇总，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b142-l2-fengkai: 肇庆封开县 — ①《通讯员投稿登记》（只有“已刊发／已播出”的是报道，日期读刊播日期不读投稿日期；未采用、待刊不是；
// 网络视频不是电视）；②《园区企业用工月报》（月份列是用工人数，入驻、退园读两列日期）；③县政数局《村级便民服务代办点名录》当村名单（有快递进村列）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  const AREA = "441225";
  // ---------------------------------------------------------------- 通讯员投稿登记 (media)
  // [投稿 iso, 标题, 作者, 媒体, 级别, 形式, 采用, 刊播 iso|null, 版面栏目, 稿费, 案例]
  const TG = [
    ["2020-09-18", "封开油栗“触网”走俏", "陈××", "封开县融媒体中心《封开新闻》", "县级", "电视", "已播出", "2020-09-22", "封开新闻", 0, "否"],
    ["2020-10-09", "封开县村级电商服务站实现镇级全覆盖", "陈××", "西江日报", "市级", "文字", "未采用", null, null, 0, "否"],
    ["2020-11-02", "封开：电商进村 山货出山", "麦××", "南方日报", "省级", "图文", "已刊发", "2020-11-19", "A12版 肇庆观察", 300, "否"],
    ["2020-12-01", "封开县举办农村电商直播培训", "陈××", "肇庆广播电视台《肇庆新闻》", "市级", "电视", "已播出", "2020-12-08", "肇庆新闻", 0, "否"],
    ["2021-01-11", "直播间里卖杏花鸡", "麦××", "南方+客户端", "省级", "网络视频", "已刊发", "2021-01-13", "南方+ 肇庆频道", 0, "否"],
    ["2021-02-20", "封开：电商助农过大年", "麦××", "中央广播电视总台农业农村频道", "央级", "电视", "未采用", null, null, 0, "否"],
    ["2021-03-15", "封开县电子商务公共服务中心免费为农户拍产品", "冯××", "封开发布（微信公众号）", "县级", "图文", "已刊发", "2021-03-16", "封开发布", 0, "否"],
    ["2021-04-06", "贫困户网上卖油栗 脱贫路上有奔头", "陈××", "广东广播电视台《广东新闻联播》", "省级", "电视", "已播出", "2021-04-21", "广东新闻联播", 0, "是"],
    ["2021-05-10", "封开县电商产业园吸引青年返乡创业", "冯××", "西江日报", "市级", "文字", "已刊发（删节）", "2021-05-25", "第3版 县区", 150, "否"],
    ["2021-06-02", "小站点 大民生——封开县村级电商服务站见闻", "麦××", "人民日报", "央级", "文字", "未采用", null, null, 0, "否"],
    ["2021-07-05", "广东封开：电商让山货变“网红”", "陈××", "农民日报", "央级", "图文", "已刊发", "2021-07-28", "第6版 乡村产业", 400, "否"],
    ["2021-08-09", "封开县电商扶贫典型案例", "冯××", "南方农村报", "省级", "图文", "待刊", null, null, 0, "是"],
    ["2021-08-23", "封开电商进农村示范创建侧记", "陈××", "肇庆广播电视台《肇庆新闻》", "市级", "电视", "已播出", "2021-09-03", "肇庆新闻", 0, "否"],
    ["2021-09-06", "封开迎接省电商进农村示范考评", "冯××", "封开县融媒体中心《封开新闻》", "县级", "电视", "已播出", "2021-09-08", "封开新闻", 0, "否"],
  ];
  const LV = { 央级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const recsM = TG.filter((t) => t[7]).map((t) => ({ date: t[7], level: LV[t[4]], tv: t[5] === "电视" }));
  assert(recsM.length === 10 && recsM.filter((r) => r.tv).length === 5, "10 reports, 5 on TV");
  assert(TG.filter((t) => !t[7]).every((t) => ["未采用", "待刊"].includes(t[6])), "unpublished rows");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("封开县商务局新闻通讯员投稿及采用登记表");
    full("办公室　　2020年9月—2021年9月　　“采用情况”：已刊发、已播出为媒体已发；未采用、待刊为没有发出；“刊播日期”为媒体刊发或播出的日期；“稿件形式”中“电视”指电视台播出，“网络视频”是客户端上的视频");
    rows.push(["序号", "投稿日期", "稿件标题", "作者", "投送媒体", "媒体级别", "稿件形式", "采用情况", "刊播日期", "版面／栏目", "稿费（元）", "是否电商扶贫典型案例"]);
    const F = [fmtDot, D, fmtCn, fmtSlash, fmt2y];
    TG.forEach((t, i) => rows.push([i + 1, fmtDot(t[0]), t[1], t[2], t[3], t[4], t[5], t[6], t[7] ? F[i % 5](t[7]) : null, t[8], t[9] || null, t[10]]));
    rows.push(["合计", null, `投稿${TG.length}篇，采用${recsM.length}篇`, null, null, null, null, null, null, null, sum(TG.map((t) => t[9])), null]); merges.push(`A${R()}:B${R()}`);
    full("登记：办公室 苏××");
    sheets.push(sheet("通讯员投稿登记", rows, merges));
    expect["通讯员投稿登记"] = { kind: "media", records: recsM };
  }
  // ---------------------------------------------------------------- 园区企业用工月报 (enterprises)
  // [name, seq|null, type, 入园 iso, 退园 iso|null, base employees]
  const EN = [
    ["封开县江口电子商务运营服务有限公司", 1, "电商运营商", "2020-07-20", null, 12],
    ["中国邮政集团有限公司封开县分公司邮乐购服务中心", 2, "平台型", "2020-07-20", null, 8],
    ["封开县杏花鸡电子商务有限公司", 3, "销售型", "2020-08-17", null, 6],
    ["封开县油栗之乡网店", 4, "销售型", "2020-09-03", "2021-01-15", 3],
    ["封开县韵达快递江口营业部", 5, "物流企业", "2020-09-21", null, 15],
    ["封开县山货优选网络科技有限公司", 6, "平台型", "2020-10-12", null, 9],
    ["封开县贺江直播传媒有限公司", 7, "直播服务", "2020-11-09", null, 7],
    ["封开县大洲黑山羊网店", 8, "销售型", "2020-12-07", "2021-05-31", 2],
    ["封开县长岗马蹄电子商务有限公司", 9, "销售型", "2021-01-18", null, 5],
    ["封开县青创电商团队（筹）", null, "销售型", "2021-03-08", null, 4],
    ["封开县冷链配送有限公司", 10, "物流企业", "2021-03-22", null, 11],
    ["封开县广信文旅电子商务有限公司", 11, "销售型", "2021-04-19", "2021-08-20", 3],
    ["封开县鼎盛电商代运营有限公司", 12, "电商运营商", "2021-06-15", null, 6],
    ["封开县南丰黄皮网店", 13, "销售型", "2021-07-12", null, 2],
  ];
  const MS = ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  const lastDay = (ym) => isoAdd(isoAdd(ym + "-01", 32).slice(0, 7) + "-01", -1);
  const inMonth = (e, ym) => e[3] <= lastDay(ym) && !(e[4] && e[4] <= lastDay(ym));   // on the books at month end
  const recsE = EN.map((e) => ({ name: e[0], type: e[2], entered: e[3], left: e[4] }));
  {
    const W = 7 + MS.length + 1, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("封开县电子商务产业园入驻企业用工情况月报汇总表（2021年1—8月）");
    full("园区管理办公室（报县人社局就业股）　　月份列为各月末在岗用工人数（人）；“—”为当月末不在园；入驻、退园以“入园时间”“退园时间”两列为准");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入园时间", "退园时间", "联系人"].concat(MS.map((m) => `${+m.slice(5)}月`), ["8月末是否在园"]));
    const colT = MS.map(() => 0);
    const F = [D, fmtDot, fmtCn, fmtSlash];
    EN.forEach((e, i) => {
      const cells = MS.map((m, j) => { if (!inMonth(e, m)) return "—"; const n = e[5] + ((i + j) % 3) - 1 + (j > 4 ? 1 : 0); colT[j] += n; return n; });
      rows.push([i + 1, e[0], e[1] === null ? "未办理工商登记" : creditCode(AREA, e[1]), e[2], F[i % 4](e[3]), e[4] ? F[(i + 1) % 4](e[4]) : null, `${"陈麦冯苏梁黎"[i % 6]}××`].concat(cells, [inMonth(e, "2021-08") ? "是" : "否"]));
    });
    rows.push(["合计", null, null, null, null, null, null].concat(colT, [`${EN.filter((e) => inMonth(e, "2021-08")).length}家`])); merges.push(`A${R()}:G${R()}`);
    full("填报：园区办 黎××　　2021年9月5日");
    sheets.push(sheet("园区企业用工月报", rows, merges));
    expect["园区企业用工月报"] = { kind: "enterprises", records: recsE };
  }
  assert(EN.filter((e) => inMonth(e, "2021-08")).length === 11, "11 in the park at end of August");
  // ---------------------------------------------------------------- 村级便民服务代办点名录 (villages)
  const TOWNS = ["江口街道", "长岗镇", "平凤镇", "南丰镇", "大玉口镇", "都平镇", "白垢镇", "大洲镇", "渔涝镇", "河儿口镇", "连都镇", "杏花镇", "罗董镇", "长安镇", "金装镇", "莲都镇"];
  const NV = [8, 12, 10, 13, 9, 11, 10, 12, 11, 9, 12, 10, 11, 9, 8, 10];
  const COMM = { 江口街道: ["江口社区", "封川社区", "新城社区", "江滨社区"], 长岗镇: ["长岗社区"], 南丰镇: ["南丰社区"], 大洲镇: ["大洲社区"] };
  const STEMS = TOWNS.map((t) => t.replace(/(街道|镇)$/, ""));
  const VN = villageNames("大小新上下东西南北石竹云龙黄罗高白", "坑塘岗田洞岭坪湾头围冲根垌寨水", sum(NV), [97, 53, 29, 829], STEMS);
  const recsV = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("封开县村（社区）政务服务代办点名录");
    full("县政务服务数据管理局　　2021年5月　　“类别”：村委会即行政村，社区居委会不是行政村；“省定贫困村”据县乡村振兴局名单填是／否；“快递进村”指有快递企业网点或代收点、快递能送到村（是／否）");
    rows.push(["序号", "镇（街道）", "村（社区）", "类别", "代办点名称", "代办员", "省定贫困村", "快递进村", "可代办事项（项）", "备注"]);
    let no = 0, vk = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = (COMM[t] || []).map((c) => ({ name: c + "居委会", comm: true })).concat(Array.from({ length: NV[ti] }, () => ({ name: VN[vk++], comm: false })));
      list.forEach((e, i) => {
        no++;
        const poor = !e.comm && no % 8 === 3;
        const express = e.comm || no % 37 !== 20;
        const nm = e.comm ? e.name : no % 7 === 4 ? e.name.replace(/村$/, "村委会") : e.name;
        rows.push([no, i === 0 ? t : null, nm, e.comm ? "社区居委会" : "村委会", `${nm.replace(/(村委会|村|居委会)$/, "")}${e.comm ? "" : "村"}党群服务中心代办点`, `${"陈麦冯苏梁黎谭植"[no % 8]}××`,
          poor ? "是" : "否", express ? "是" : "否", 28 + (no % 9), express ? null : "快递在镇网点自取"]);
        recsV.push({ name: nm, admin: !e.comm, poor, express });
      });
      if (list.length > 1) merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t}小计`, `${list.length}个`, null, null, null, `${list.filter((e, i) => recsV[recsV.length - list.length + i].poor).length}个`, null, null, null]);
    });
    const nA = recsV.filter((r) => r.admin).length, nP = recsV.filter((r) => r.poor).length, nNo = recsV.filter((r) => !r.express).length;
    full(`合计：村委会${nA}个、社区居委会${recsV.length - nA}个；省定贫困村${nP}个；快递未进村${nNo}个村。　　填表：县政数局 区××`);
    sheets.push(sheet("便民服务代办点名录", rows, merges));
    expect["便民服务代办点名录"] = { kind: "villages", records: recsV };
    assert(nA === 165 && recsV.length === 172 && nP >= 15 && nNo >= 3, `villages ${nA}/${recsV.length}, poor ${nP}, no express ${nNo}`);
  }
  write("ledgers/b142-l2-fengkai.json", {
    description:
      "肇庆封开县商务局交的三个表。①《通讯员投稿登记》是局办公室的新闻通讯员投稿及采用登记，一篇投稿一行：只有“采用情况”为“已刊发”“已播出”“已刊发（删节）”的才是媒体报道，“未采用”“待刊”不是；日期读“刊播日期”（真日期、“2020.11.19”“2021年1月13日”“2021/4/21”“21.5.25”等），不读“投稿日期”；级别读“媒体级别”，央级 → national（农民日报），省级、市级、县级照读；“稿件形式”为“电视”的 → tv true，南方+客户端的“网络视频”不是电视。共10条（9月的两条照列），其中电视5条；广东台那条是电商扶贫典型案例。②《园区企业用工月报》是园区办报县人社局的用工月报：一家企业一行，1—8月月份列是月末在岗人数（不是日期，“—”是当月末不在园），入驻读“入园时间”，离园读“退园时间”；“青创电商团队（筹）”未办理工商登记，也照列；1月15日、5月31日、8月20日退园的三家 left 照读。共14家。③《便民服务代办点名录》是县政数局的村（社区）政务服务代办点名录，当村名单：一村（居）一行，镇（街道）纵向合并，每镇有小计行（不是村）；“类别”村委会 → admin true，社区居委会（7个）→ false；“省定贫困村”是／否；“快递进村”是／否 → express（表头说明：快递能送到村）。村名有的写成“××村委会”。共172行（行政村165个）。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
