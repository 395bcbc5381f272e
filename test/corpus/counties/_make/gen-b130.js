// Batch 130 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b128.js)
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
// counties/b130-c1-huaiji: 肇庆怀集县 — 事实、主观分和逐项自评在电商股的《自评分测算表》里（一项一行，测算过程写成算式，
// 数据“截至填表日9月15日”，所以含9月的站点、培训、拨付和央视报道）；台账全是别的部门的表或系统导出：
// 组织部党群服务中心功能表（★贫困村、快递物流通达×两个村；246个行政村 → 以200为基数）、“数字乡村一张图”点位采集导出
// （电商服务站和快递服务点混在一起；林场站点不在村名单）、培训计划执行表（计划／实际、取消、延期到9月）、专班学员回访记录、
// 脱贫户收入核算人员明细、市场监管登记信息核对名录（企业类型是法律形式，业态另列）、资金按月拨付进度表（万元，月份为列）、
// 传真收发登记、网站栏目发稿统计（条数，月份为列）、宣传视频光盘刻录清单、典型案例汇编报送篇目
// =====================================================================================
(function c1() {
  const AREA = "441224";
  const sheets = [], USED = new Set();
  const TOWNS = ["怀城街道", "闸岗镇", "坳仔镇", "汶朗镇", "甘洒镇", "凤岗镇", "洽水镇", "梁村镇", "大岗镇", "岗坪镇", "冷坑镇", "马宁镇", "蓝钟镇", "永固镇",
    "诗洞镇", "桥头镇", "中洲镇", "连麦镇", "下帅壮族瑶族乡"];
  const NV = [9, 14, 13, 12, 15, 13, 11, 14, 13, 12, 15, 14, 13, 12, 14, 13, 12, 12, 15];
  assert(sum(NV) === 246 && NV.length === TOWNS.length, "246 villages");
  const stem = (t) => t.replace(/(街道|镇|壮族瑶族乡)$/, "");
  const COMMS = TOWNS.map((t, i) => (i === 0 ? ["城中社区", "城东社区", "城西社区", "城北社区"] : [stem(t) + "社区"]));
  // village names: every pair of the two character lists, in a fixed scrambled order
  const F1 = "大小上下东西南北新石田龙凤马黄白青水山岗塘坑岭竹松桥河平高长莲罗古六三双金湖沙禾梅桃李".split("");
  const F2 = "坑塘岭田洞坪冲岗围湾口头背尾江水边洲垌寨岩坡源陂".split("");
  const pairs = [];
  F1.forEach((a, i) => F2.forEach((b, j) => { if (a !== b) pairs.push([(i * 131 + j * 71 + i * j * 17) % 1009, a + b + "村"]); }));
  pairs.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VNAMES = [...new Set(pairs.map((p) => p[1]))].slice(0, 246);
  assert(VNAMES.length === 246, "names");
  const VIL = []; // {name, town, k}
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VNAMES[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 7 === 3 || v.k === 244).map((v) => v.k);
  assert(POORK.length === 36, "36 poor got " + POORK.length);
  const isPoor = (k) => POORK.includes(k);
  const NOEXP = [57, 188];
  NOEXP.forEach((k) => assert(!isPoor(k), "no-express village not poor"));
  const POOR_SEPT = POORK[20];
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const COVK = new Set(POORK.filter((k) => k !== POOR_SEPT).concat(nonPoor.filter((v, j) => j % 2 === 0).map((v) => v.k)));
  assert(COVK.size === 140, "140 covered got " + COVK.size);
  const uncovNP = nonPoor.filter((v) => !COVK.has(v.k));
  const SEPT_OTHER = uncovNP[40].k;
  const KDK = [3, 11, 19, 27, 52, 66, 80, 97].map((j) => uncovNP[j].k);
  assert(!KDK.includes(SEPT_OTHER), "kd");

  // ---------------------------------------------------------------- 党群服务中心功能表 (villages: ★ poor, express column)
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("怀集县村（社区）党群服务中心功能设置一览表");
    full("中共怀集县委组织部　怀集县政务服务数据管理局　　2021年5月　　“√”有，“×”无；“★”为省定贫困村，空白为非贫困村；“快递物流通达”指邮政或快递企业能直接投递到村（经县邮政分公司核对）");
    rows.push(["序号", "镇（街道）", "村（社区）", "类别", "省定贫困村", "党群服务中心面积（㎡）", "便民服务窗口", "村卫生站", "农家书屋", "快递物流通达", "备注"]);
    let no = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = VIL.filter((v) => v.town === t).map((v) => [v.name, "行政村", v.k]).concat(COMMS[ti].map((c) => [c, "社区", null]));
      list.forEach((v, k) => {
        no++;
        const ne = v[2] !== null && NOEXP.includes(v[2]);
        rows.push([no, k === 0 ? t : null, v[0], v[1], v[2] !== null && isPoor(v[2]) ? "★" : null, 180 + (no * 47) % 420, "√", no % 17 === 5 ? "×" : "√", "√",
          ne ? "×" : "√", ne ? "山区自然村分散，快递需到镇上网点自取" : no % 17 === 5 ? "卫生站在建" : null]);
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, null, `${t}小计：行政村${NV[ti]}个、社区${COMMS[ti].length}个`, null, null, null, null, null, null, null, null]); merges.push(`C${R()}:K${R()}`);
    });
    full(`合计：行政村${VIL.length}个（其中省定贫困村${POORK.length}个），社区${sum(COMMS.map((c) => c.length))}个。`);
    assert(sum(COMMS.map((c) => c.length)) === 22, "22 communities");
    sheets.push(sheet("党群服务中心功能表", rows, merges));
  }
  // ---------------------------------------------------------------- 点位采集导出 (stations mixed with express points)
  // [type, town, village cell, canonical k|null, opened iso, opened cell, name]
  const PTS = [];
  let c = 0;
  const fmts = [D, fmtDot, (iso) => fmtMonth(iso), fmtSlash, fmtCn];
  VIL.forEach((v) => {
    if (COVK.has(v.k)) {
      let iso = c === 139 ? "2021-08-31" : isoAdd("2020-06-15", c * 3);
      const f = c === 139 ? fmtDot : fmts[c % 5];
      const cell = f(iso);
      if (f !== D && c % 5 === 2) iso = iso.slice(0, 7);
      PTS.push(["电商服务站", v.town, v.name, v.k, iso, cell, `${v.name.replace(/村$/, "")}村电商服务站`]);
      if ([10, 33, 61, 88, 104, 127].includes(c)) {
        const iso2 = c === 127 ? "2021-09-13" : isoAdd(iso.length === 7 ? iso + "-15" : iso, 40);
        PTS.push(["电商服务站", v.town, v.name, v.k, iso2, fmtDot(iso2), `${v.name.replace(/村$/, "")}圩电商服务站`]);
      }
      c++;
    } else if (v.k === POOR_SEPT || v.k === SEPT_OTHER) {
      const iso = v.k === POOR_SEPT ? "2021-09-06" : "2021-09-16";
      PTS.push(["电商服务站", v.town, v.name, v.k, iso, fmtDot(iso), `${v.name.replace(/村$/, "")}村电商服务站`]);
    } else if (KDK.includes(v.k)) {
      const iso = isoAdd("2020-08-03", v.k * 2);
      PTS.push(["快递服务点", v.town, v.name, v.k, iso, fmtDot(iso), `${v.name.replace(/村$/, "")}村快递服务点`]);
    }
    if (v.name === VIL.filter((x) => x.town === "怀城街道").slice(-1)[0].name) {
      PTS.push(["电商服务站", "怀城街道", "城中社区", null, "2020-08-20", "2020.8.20", "城中社区电商服务站"]);
      PTS.push(["电商服务站", "怀城街道", "城东社区", null, "2020-11-05", D("2020-11-05"), "城东社区电商服务站"]);
    }
    if (v.name === VIL.filter((x) => x.town === "冷坑镇").slice(-1)[0].name) PTS.push(["电商服务站", "冷坑镇", "冷坑社区", null, "2021-01-12", "2021/1/12", "冷坑社区电商服务站"]);
    if (v.name === VIL.filter((x) => x.town === "连麦镇").slice(-1)[0].name) PTS.push(["电商服务站", "连麦镇", "县林场（场部）", null, "2021-04-20", "2021.4.20", "县林场电商服务站"]);
  });
  const ESTS = PTS.filter((p) => p[0] === "电商服务站");
  const openedBy = (iso) => dateOk(iso);
  const covIn = new Set(ESTS.filter((p) => p[3] !== null && openedBy(p[4])).map((p) => p[3]));
  const covPoor = POORK.filter((k) => covIn.has(k));
  assert(covIn.size === 140 && covIn.size * 100 === 200 * 70, "140/200 = 70% exactly");
  assert(covPoor.length === 35 && covPoor.length * 100 < 36 * 100 && covPoor.length * 100 >= 36 * 80, "35/36 = 97.2% → 3");
  assert(ESTS.length === 152 && PTS.length === 160, "152 stations, 8 express points got " + ESTS.length + "/" + PTS.length);
  const clerkCovered = new Set(ESTS.filter((p) => p[3] !== null).map((p) => p[3])).size + 1; // + 林场
  assert(clerkCovered === 143, "clerk 143 got " + clerkCovered);
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("怀集县农村电商及物流服务点位采集数据（导出）");
    full("数据来源：怀集县“数字乡村一张图”点位采集系统（县政务服务数据管理局）　　导出时间：2021-09-18 16:20　　筛选条件：点位类型 = 电商服务站、快递服务点");
    full("说明：“开业时间”由采集人按站点挂牌开业时间填写；“采集时间”为现场采集坐标的时间，不是开业时间。");
    rows.push(["点位编号", "点位名称", "点位类型", "所属镇（街道）", "所属村（社区）", "经度", "纬度", "详细地址", "负责人", "开业时间", "采集人", "采集时间"]);
    let nd = 0, nk = 0;
    PTS.forEach((p, i) => {
      const ti = TOWNS.indexOf(p[1]);
      const code = p[0] === "电商服务站" ? `HJ-DS-${String(ti + 1).padStart(2, "0")}${String(++nd).padStart(3, "0")}` : `HJ-KD-${String(ti + 1).padStart(2, "0")}${String(++nk).padStart(3, "0")}`;
      const openIso = p[4].length === 7 ? p[4] + "-28" : p[4];
      const coll = openIso > "2021-06-01" ? isoAdd(openIso, 2 + (i % 4)) : `2021-06-${String(1 + (i % 25)).padStart(2, "0")}`;
      rows.push([code, p[6], p[0], p[1], p[2], (112.02 + ((i * 37) % 61) / 100).toFixed(6), (23.62 + ((i * 53) % 71) / 100).toFixed(6),
        `${p[1]}${p[2]}${["村委会一楼", "村口商店", "村文化室旁", "圩镇主街"][i % 4]}`, nameOf(i + 40, i % 3 === 1 ? "女" : "男", USED), p[5],
        ["县政数局 梁××", "县政数局 莫××", "县商务局 黄××"][i % 3], `${coll} ${String(9 + (i % 8)).padStart(2, "0")}:${String((i * 13) % 60).padStart(2, "0")}`]);
    });
    full(`共${PTS.length}条（电商服务站${ESTS.length}条、快递服务点${PTS.length - ESTS.length}条）。`);
    sheets.push(sheet("点位采集导出", rows, merges));
  }
  // ---------------------------------------------------------------- 培训计划执行表 (sessions: 实到人次)
  const TOPICS = ["农村电商基础知识普及班", "网店开设与运营班", "直播带货实操班", "短视频拍摄与剪辑班", "农产品品牌与包装班", "社群营销班", "电商美工设计班", "电商物流与仓储班"];
  const PLACES = ["县电商公共服务中心", "冷坑镇文化站", "梁村镇政府会议室", "诗洞镇文化站", "马宁镇政府会议室", "岗坪镇文化站", "中洲镇文化站"];
  // {plan iso, actual iso|null, actual cell, plan n, real n|null, status, note}
  const SES = [];
  for (let k = 0; k < 28; k++) {
    const plan = isoAdd("2020-09-08", k * 13);
    const s = { k, plan, name: TOPICS[k % 8], place: PLACES[k % 7], note: null };
    if ([5, 14, 22].includes(k)) { s.actual = null; s.status = "取消"; s.note = ["受新冠肺炎疫情影响取消", "报名不足取消", "台风“查帕卡”影响取消"][[5, 14, 22].indexOf(k)]; s.real = null; }
    else if (k === 13) { s.actual = "2021-03-18"; s.cell = "2021.3.16—3.18"; s.status = "延期举办"; s.note = "春节后举办，3天，每天65人，按天累计"; s.real = 195; s.name = "农村青年电商创业班（三天）"; }
    else if (k === 27) { s.actual = "2021-09-07"; s.cell = "2021.9.7"; s.status = "延期举办"; s.note = "8月台风延期至9月"; s.real = 96; }
    else if ([9, 18].includes(k)) { s.actual = isoAdd(plan, 20); s.status = "延期举办"; s.note = "延期20天"; s.real = 150 + (k * 53) % 120; }
    else { s.actual = plan; s.status = "已举办"; s.real = 150 + (k * 53) % 120; }
    if (s.actual && !s.cell) s.cell = [D, fmtDot, fmtCn, fmt2y, fmtSlash][k % 5](s.actual);
    SES.push(s);
  }
  SES.push({ k: 28, plan: "2021-09-14", actual: "2021-09-14", cell: "2021.9.14", name: "农村电商基础知识普及班（9月）", place: "汶朗镇文化站", status: "已举办", real: 120, note: null });
  const inS = SES.filter((s) => s.actual && s.actual <= AS_OF);
  const fix = SES[26];
  fix.real += 4936 - sum(inS.map((s) => s.real));
  assert(fix.real >= 100 && fix.real <= 320 && fix.actual <= AS_OF, "fix " + fix.real);
  const S_IN = sum(inS.map((s) => s.real)), S_SEPT = sum(SES.filter((s) => s.actual && s.actual > AS_OF).map((s) => s.real));
  assert(S_IN === 4936 && S_SEPT === 216 && inS.length === 24, "4936 + 216 in " + inS.length);
  SES.forEach((s) => { s.planN = s.real === null ? 200 : Math.ceil((s.real + (s.k * 7) % 30) / 10) * 10; });
  SES[13].planN = 200;
  const PLAN_IN = sum(SES.filter((s) => s.plan <= AS_OF).map((s) => s.planN));
  assert(PLAN_IN >= 5000, "plan sum reaches 1% " + PLAN_IN);
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("怀集县2020—2021年度农村电商普及培训计划执行情况表");
    full("县商务局、县电商公共服务中心　　人次以“实到人次”（按签到表）为准，“计划人数”为年初计划；多天的班按天累计；取消的班次不计　　脱贫户电商专班另见《专班学员回访记录》，不在本表");
    rows.push(["序号", "培训班名称", "计划时间", "实际举办时间", "培训地点", "计划人数", "实到人次", "执行情况", "备注"]);
    SES.forEach((s, i) => rows.push([i + 1, s.name, fmtMonth(s.plan), s.actual ? s.cell : "—", s.place, s.planN, s.real === null ? "—" : s.real, s.status, s.note]));
    rows.push(["合计", null, null, null, `${SES.length}期（取消3期）`, sum(SES.map((s) => s.planN)), S_IN + S_SEPT, null, "实到人次含9月两期216人次"]); merges.push(`A${R()}:D${R()}`);
    sheets.push(sheet("培训计划执行表", rows, merges));
  }
  // ---------------------------------------------------------------- 脱贫户收入核算 (poorPersons) + 专班回访 (trainees)
  const POORV = POORK.map((k) => VIL[k]);
  // person kinds: E eligible (有/弱, not 县外), M migrant (县外务工), N no labour
  const KINDS = "EEMEENEEEMEEEENEEEMEEEENEEMEENENEEEMEEEE".split("");
  assert(KINDS.length === 40 && KINDS.filter((x) => x === "E").length === 30 && KINDS.filter((x) => x === "M").length === 5, "40 persons");
  const EWORK = [["县内务工", "怀集县怀城街道"], ["在家务农", null], ["县内务工", "本镇圩镇"], ["未务工", null], ["在家务农", null]];
  const MWORK = ["广州市白云区", "肇庆市端州区", "佛山市南海区", "深圳市宝安区", "广西梧州市"];
  const NWORK = [["无", "未务工"], ["无", "在校"], ["无", "未务工"], ["无", "在校"], ["无", "未务工"]];
  const PP = [];
  let hh = 0, inHH = 0, ne = 0, nm = 0, nn = 0, head = null;
  KINDS.forEach((kind, i) => {
    if (inHH === 0 || inHH >= 2 + (hh % 3)) { hh++; inHH = 0; }
    const vil = POORV[(hh * 5) % POORV.length];
    let labour, work, place, birth;
    if (kind === "E") { labour = ne % 6 === 4 ? "弱" : "有"; [work, place] = EWORK[ne % 5]; birth = `${1968 + (i * 7) % 30}${String(1 + (i * 5) % 12).padStart(2, "0")}${String(1 + (i * 11) % 28).padStart(2, "0")}`; ne++; }
    else if (kind === "M") { labour = "有"; work = "县外务工"; place = MWORK[nm]; birth = `${1985 + nm * 2}0${3 + nm}1${nm}`; nm++; }
    else { [labour, work] = NWORK[nn]; place = null; birth = ["19461005", "20050321", "19481207", "20070523", "19520914"][nn]; nn++; }
    const sex = inHH === 0 ? (i % 5 === 3 ? "女" : "男") : inHH === 1 ? (head.sex === "男" ? "女" : "男") : i % 2 ? "女" : "男";
    let rel = "户主";
    if (inHH > 0) {
      const dy = +birth.slice(0, 4) - +head.birth.slice(0, 4);
      if (dy <= -40) rel = sex === "男" ? "之祖父" : "之祖母";
      else if (dy <= -18) rel = sex === "男" ? "之父" : "之母";
      else if (dy >= 18) rel = sex === "男" ? "之子" : "之女";
      else if (inHH === 1) rel = "配偶";
      else rel = sex === "男" ? (dy < 0 ? "之兄" : "之弟") : (dy < 0 ? "之姐" : "之妹");
    }
    const p = { i, kind, sex, vil, hh, rel, labour, work, place, birth, name: nameOf(i + 200, sex, USED), id: makeIdSex(AREA, birth, 400 + i * 23, i === 7, sex) };
    if (inHH === 0) head = p;
    PP.push(p);
    inHH++;
  });
  const E = PP.filter((p) => p.kind === "E"), M = PP.filter((p) => p.kind === "M"), N = PP.filter((p) => p.kind === "N");
  assert(E.length === 30 && M.length === 5 && N.length === 5 && PP[7].id.endsWith("X"), "persons");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("怀集县2020年度脱贫户家庭收入核算表（人员明细）");
    full("怀集县乡村振兴局　　2021年3月　　范围：县商务局电商培训帮扶对象户（经县乡村振兴局确认）");
    full("说明：劳动能力“有”（普通、技能劳动力）、“弱”（弱劳动力或半劳动力）均为有劳动能力，“无”（丧失劳动力、无劳动力）为无劳动能力；务工情况“县外务工”为外出务工（含在肇庆市其他县区务工），“县内务工”“在家务农”“未务工”不属外出务工；在校生填“在校”。");
    rows.push(["序号", "镇", "村", "户编号", "姓名", "与户主关系", "身份证号", "劳动能力", "务工情况", "务工地点", "2020年工资性收入（元）", "备注"]);
    PP.forEach((p, k) => rows.push([k + 1, p.vil.town, p.vil.name, `4412240${String(30117 + p.hh * 43).padStart(6, "0")}`, p.name, p.rel, p.id, p.labour, p.work, p.place,
      p.work === "县外务工" ? 28000 + (k * 731) % 9000 : p.work === "县内务工" ? 16000 + (k * 517) % 6000 : 0, p.work === "在校" ? "在校生" : null]));
    full(`合计：${hh}户${PP.length}人，其中有劳动能力${E.length + M.length}人（县外务工${M.length}人），无劳动能力${N.length}人。`);
    sheets.push(sheet("脱贫户收入核算", rows, merges));
  }
  const X1 = { name: nameOf(260, "男", USED), sex: "男", id: makeIdSex(AREA, "19900612", 811, false, "男"), vil: VIL[12], poor: false };
  const Y1 = { name: nameOf(261, "女", USED), sex: "女", id: makeIdSex(AREA, "19930224", 827, false, "女"), vil: VIL[40], poor: false };
  const CLS = [
    ["第一期", "2020-11-20", "2020.11.20", E.slice(0, 8)],
    ["第二期", "2021-04-22", D("2021-04-22"), E.slice(8, 16).concat([M[0]])],
    ["第三期", "2021-07-15", "2021年7月15日", E.slice(16, 21).concat([E[0], X1])],
    ["第四期", "2021-09-02", "2021.9.2", E.slice(21, 24).concat([Y1])],
  ];
  const B_IN = sum(CLS.filter((x) => x[1] <= AS_OF).map((x) => x[3].length)), B_SEPT = sum(CLS.filter((x) => x[1] > AS_OF).map((x) => x[3].length));
  assert(B_IN === 24 && B_SEPT === 4, "24 + 4 trainee rows");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("怀集县脱贫户电商专班学员跟踪回访记录");
    full("县电商公共服务中心　　专班学员全部回访，一行一名学员（同一人参加两期的分行记录）；“培训日期”为该期专班举办日期（一天）；专班不在《培训计划执行表》内，人次另计");
    rows.push(["序号", "班次", "培训日期", "姓名", "性别", "身份证号", "所在村", "是否脱贫户", "回访日期", "回访方式", "目前电商经营情况", "回访人"]);
    let no = 0;
    CLS.forEach(([cls, iso, cell, list]) => {
      const s = R() + 1;
      list.forEach((p, k) => {
        no++;
        const poor = p.poor !== false;
        rows.push([no, k === 0 ? cls : null, k === 0 ? cell : null, p.name, p.sex, p.id, p.vil.name, poor ? "是" : "否", fmtDot(isoAdd(iso, 14 + (no % 20))),
          ["电话", "入户", "微信"][no % 3], ["已开网店", "在“怀集好物”小程序代销", "暂未开展", "参与村站直播带货"][no % 4], ["黄××", "植××"][no % 2]]);
      });
      merges.push(`B${s}:B${R()}`, `C${s}:C${R()}`);
    });
    full(`注：第一期学员${E[0].name}于第三期再次参训（分行记录）；第三期${X1.name}、第四期${Y1.name}为非脱贫户旁听学员。`);
    sheets.push(sheet("专班学员回访记录", rows, merges));
  }
  const PT = S_IN + B_IN, PT_CLERK = S_IN + S_SEPT + B_IN + B_SEPT;
  const BASE = 500000;
  assert(PT === 4960 && PT * 1000 >= BASE * 8 && PT * 1000 < BASE * 10, "4960/500000 = 0.992% → 8");
  assert(PT_CLERK === 5180 && PT_CLERK * 100 >= BASE, "clerk 5180");
  const tIn = new Set(CLS.filter((x) => x[1] <= AS_OF).flatMap((x) => x[3].map((p) => p.id)));
  const tAll = new Set(CLS.flatMap((x) => x[3].map((p) => p.id)));
  const trained = E.filter((p) => tIn.has(p.id)).length, trainedAll = E.filter((p) => tAll.has(p.id)).length;
  assert(trained === 21 && trained * 100 === E.length * 70 && trainedAll === 24, "21/30 = 70% exactly; clerk 24");
  assert(M.filter((p) => tIn.has(p.id)).length === 1, "one migrant trained");
  // ---------------------------------------------------------------- 市场监管登记信息核对名录 (enterprises; 企业类型 = legal form, 业态 separate)
  // [name, legal form, 业态, 成立 iso, 入驻 iso, 入驻 cell, 退园 iso|null, 退园 cell|null, 登记状态, 曾用名, 备注]
  const LF = { co: "有限责任公司（自然人投资或控股）", one: "有限责任公司（自然人独资）", br: "有限责任公司分公司", gt: "个体工商户", coop: "农民专业合作社" };
  const EN = [
    ["肇庆市怀商电子商务运营有限公司", LF.co, "电商运营商", "2019-11-05", "2020-09-01", "2020.9.1", null, null, "存续", null, "园区运营方（第三方运营服务商）"],
    ["怀集县好物优选电子商务有限公司", LF.one, "销售型", "2020-03-12", "2020-09-15", "2020.9.15", null, null, "存续", null, null],
    ["中国邮政集团有限公司怀集县分公司电商服务部", "有限责任公司分公司（国有独资）", "平台型", "2015-07-01", "2020-09-15", "2020.9.15", null, null, "存续", null, "邮乐购平台县级运营"],
    ["怀集县燕岩茶叶网店", LF.gt, "销售型", "2018-06-20", "2020-10-08", D("2020-10-08"), null, null, "存续", null, null],
    ["怀集县韵达快递服务有限公司", LF.co, "物流企业", "2017-09-14", "2020-10-20", "2020.10.20", null, null, "存续", null, null],
    ["怀集县诗洞腐竹专业合作社", LF.coop, "销售型", "2016-04-08", "2020-11-02", "2020.11.2", "2021-03-31", "2021.3.31", "存续", null, "已退园"],
    ["肇庆市播客文化传媒有限公司怀集分公司", LF.br, "直播电商", "2020-10-26", "2020-11-16", "2020.11.16", null, null, "存续", null, null],
    ["怀集县冷坑西瓜网销专业合作社", LF.coop, "销售型", "2019-05-20", "2020-12-01", "2020年12月1日", null, null, "存续", null, null],
    ["怀集县云仓供应链管理有限公司", LF.co, "物流企业", "2020-08-03", "2020-12-14", "2020.12.14", null, null, "存续", null, "仓储"],
    ["怀集县汶朗蜜柚电商工作室", LF.gt, "销售型", "2020-12-21", "2021-01-04", "2021.1.4", null, null, "存续", null, null],
    ["广东怀乡数字科技有限公司", LF.co, "平台型", "2018-02-09", "2021-01-18", "2021.1.18", null, null, "存续", "怀集县怀乡网络科技有限公司", "2021年4月更名"],
    ["怀集县马宁竹笋网店", LF.gt, "销售型", "2021-01-30", "2021-02-22", D("2021-02-22"), null, null, "存续", null, null],
    ["怀集县桥头山货电子商务有限公司", LF.one, "销售型", "2020-11-11", "2021-03-08", "2021.3.8", null, null, "存续", null, null],
    ["怀集县岗坪禾米网店", LF.gt, "销售型", "2019-08-15", "2021-03-22", "2021.3.22", "2021-07-19", "2021.7.19", "注销", null, "已退园，2021年8月2日注销"],
    ["肇庆市鲜达冷链物流有限公司怀集分公司", LF.br, "物流企业", "2021-03-29", "2021-04-12", "2021.4.12", null, null, "存续", null, "冷链"],
    ["怀集县乡味直播工作室", LF.gt, "直播电商", "2021-04-01", "2021-04-26", "2021年4月26日", null, null, "存续", null, null],
    ["怀集县中洲番薯电子商务有限公司", LF.one, "销售型", "2021-04-19", "2021-05-10", "2021.5.10", null, null, "存续", null, null],
    ["怀集县数农代运营服务有限公司", LF.co, "电商运营商", "2021-05-06", "2021-05-24", "2021.5.24", null, null, "存续", null, "代运营"],
    ["怀集县梁村三华李网店", LF.gt, "销售型", "2017-03-02", "2021-06-07", "2021.6.7", "2021-09-10", "2021.9.10", "存续", null, "9月退园"],
    ["怀集县蓝钟茶油电商有限公司", LF.one, "销售型", "2021-06-01", "2021-06-21", D("2021-06-21"), null, null, "存续", null, null],
    ["怀集县甘洒竹编网店", LF.gt, "销售型", "2021-07-05", "2021-07-19", "2021.7.19", null, null, "存续", null, null],
    ["怀集县凤岗农品电子商务有限公司", LF.one, "销售型", "2021-07-12", "2021-08-02", "2021.8.2", null, null, "存续", null, null],
    ["怀集县新农人电商有限公司", LF.one, "销售型", "2021-08-16", "2021-09-06", "2021.9.6", null, null, "存续", null, "9月新入驻"],
  ];
  const inPark = EN.filter((e) => e[4] <= AS_OF && !(e[6] && e[6] <= AS_OF));
  const types = new Set(inPark.map((e) => e[2]));
  assert(EN.length === 23 && inPark.length === 20 && types.size === 5 && EN.every((e) => e[3] <= e[4]), "23 rows, exactly 20 in the park at cut-off");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("怀集县电子商务产业园入驻企业名录（市场监管登记信息核对）");
    full("说明：左侧为县市场监管局企业登记信息查询导出（2021年9月17日）；右侧由县电商产业园管理办公室补录。“企业类型”为市场主体登记类型（法律形式），不是电商业态，园区内业态见“园区业态”列；“成立日期”是营业执照成立日期，不是入驻日期。");
    rows.push(span("市场监管局企业登记信息（查询导出）", 8).concat(["园区补录（县电商产业园管理办公室）", null, null, null])); merges.push(`A${R()}:H${R()}`, `I${R()}:L${R()}`);
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "法定代表人（经营者）", "成立日期", "登记状态", "曾用名", "入驻日期", "退园日期", "园区业态", "备注"]);
    EN.forEach((e, i) => rows.push([i + 1, e[0], creditCode(AREA, i + 31), e[1], nameOf(i + 300, i % 4 === 1 ? "女" : "男", USED), e[3], e[8], e[9], e[5], e[7], e[2], e[10]]));
    full(`共${EN.length}户；截至2021年9月17日在园${EN.filter((e) => !e[6]).length}户（已退园2户、9月退园1户）。`);
    sheets.push(sheet("入驻企业登记核对", rows, merges));
  }
  // ---------------------------------------------------------------- 资金按月拨付进度表 (funds: months as columns, 万元)
  const MONTHS = ["2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
  // [项目, 承建单位, 合同金额 元, {month: 元}]
  const FP = [
    ["县级电子商务公共服务中心建设及运营", "肇庆市怀商电子商务运营有限公司", 1500000, { "2020-10": 450000, "2021-01": 300000, "2021-06": 300000, "2021-09": 150000 }],
    ["电商产业园整合优化", "怀集县城市建设投资有限公司", 600000, { "2020-11": 240000, "2021-03": 240000 }],
    ["村级电商服务站点建设", "肇庆市怀商电子商务运营有限公司", 1000000, { "2020-12": 300000, "2021-04": 350000, "2021-07": 200000, "2021-09": 100000 }],
    ["县乡村三级物流配送体系", "中国邮政集团有限公司怀集县分公司", 800000, { "2021-01": 320000, "2021-05": 240000, "2021-09": 160000 }],
    ["农村电商人才培训", "肇庆市怀商电子商务运营有限公司", 500000, { "2020-12": 120000, "2021-04": 150000, "2021-08": 96000 }],
    ["农产品品牌培育及网络促销", "广东怀乡数字科技有限公司", 350000, { "2021-02": 105000, "2021-06": 140000, "2021-09": 92600 }],
    ["农产品质量追溯体系", "怀集县云仓供应链管理有限公司", 250000, { "2021-03": 75000, "2021-08": 86000 }],
  ];
  const fIn = sum(FP.flatMap((f) => Object.entries(f[3]).filter(([m]) => m <= "2021-08").map(([, v]) => v)));
  const fAll = sum(FP.flatMap((f) => Object.values(f[3])));
  assert(sum(FP.map((f) => f[2])) === 5000000 && fIn === 3712000 && fAll === 4214600 && fIn * 100 >= 5000000 * 70, "371.2万 by cut-off = 74.2%; 421.46万 in all");
  {
    const W = 18, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:R${R()}`); };
    const w = (n) => n / 10000;
    full("怀集县省级电子商务进农村综合示范专项资金拨付进度表（按月）");
    full("单位：万元　　省级下达资金500万元　　按县财政国库支付日期所属月份填列，空白为当月未拨付　　填表：县商务局电商股　2021年9月16日");
    rows.push(["序号", "项目名称", "承建单位", "合同金额"].concat(MONTHS.map(fmtMonth), ["合计", "备注"]));
    FP.forEach((f, i) => rows.push([i + 1, f[0], f[1], w(f[2])].concat(MONTHS.map((m) => (f[3][m] ? w(f[3][m]) : null)), [w(sum(Object.values(f[3]))), f[3]["2021-09"] ? "含9月拨付" : null])));
    rows.push(["合计", null, null, w(sum(FP.map((f) => f[2])))].concat(MONTHS.map((m) => { const t = sum(FP.map((f) => f[3][m] || 0)); return t ? w(t) : null; }), [w(fAll), `支出率${(fAll / 50000).toFixed(1)}%`]));
    merges.push(`A${R()}:C${R()}`);
    full(`注：截至2021年8月31日累计拨付${w(fIn)}万元；9月拨付${w(fAll - fIn)}万元。`);
    sheets.push(sheet("资金按月拨付进度", rows, merges));
  }
  // ---------------------------------------------------------------- 传真收发登记 (reports)
  // [iso, cell, 收/发, 对方单位, 传真号, 文件, 页数, 结果]
  const FX = [];
  const CITY = "肇庆市商务局", CITYFAX = "0758-2××××31";
  ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"].forEach((ym, k) => {
    const [y, m] = ym.split("-").map(Number);
    const py = m === 1 ? y - 1 : y, pm = m === 1 ? 12 : m - 1;
    const iso = `${ym}-${String(4 + (k * 3) % 5).padStart(2, "0")}`;
    const title = `怀集县商务局关于报送${py}年${pm}月电子商务进农村综合示范工作进展情况的报告（附电商扶贫统计表）`;
    const cell = [D, fmtDot, fmtDot, fmtSlash][k % 4](iso);
    if (ym === "2021-03") FX.push([iso, cell, "发", CITY, CITYFAX, title, 4, "NG（线路忙）"]);
    FX.push([iso, cell, "发", CITY, CITYFAX, title, 4 + (k % 3), "OK"]);
  });
  FX.push(["2020-09-23", "2020.9.23", "收", CITY, CITYFAX, "肇庆市商务局关于按月报送电子商务进农村综合示范工作进展情况的通知", 2, "OK"]);
  FX.push(["2020-12-15", "2020.12.15", "发", "怀集县财政局", "0758-5××××62", "关于申请拨付省级电子商务进农村综合示范专项资金（第二批）的函", 3, "OK"]);
  FX.push(["2021-05-28", D("2021-05-28"), "收", CITY, CITYFAX, "关于征集电子商务进农村典型案例的通知", 3, "OK"]);
  FX.push(["2021-08-19", "2021.8.19", "收", "广东省商务厅", "020-3××××88", "关于开展2019年省级电子商务进农村综合示范创建考评工作的通知", 6, "OK"]);
  FX.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const repDates = FX.filter((f) => f[2] === "发" && f[3] === CITY && f[7] === "OK").map((f) => f[0]);
  assert(monthsCovered(repDates) === 12, "12 report months");
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("怀集县商务局传真收发登记簿", W)); merges.push("A1:I1");
    rows.push(span("（办公室传真机 0758-5××××17）　　“传送结果”按传真机回执填写：OK为发送成功，NG为失败", W)); merges.push("A2:I2");
    rows.push(["序号", "日期", "收／发", "对方单位", "对方传真号码", "文件名称", "页数", "传送结果", "经办人"]);
    FX.forEach((f, i) => rows.push([i + 1, f[1], f[2], f[3], f[4], f[5], f[6], f[7], ["黄××", "植××", "陈××"][i % 3]]));
    sheets.push(sheet("传真收发登记", rows, merges));
  }
  // ---------------------------------------------------------------- 网站栏目发稿统计 (disclosures: counts, months as columns)
  const DM = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
  const COLS = [
    ["电子商务进农村综合示范专栏", [3, 1, 1, 2, 1, 0, 2, 1, 1, 2, 1, 1, 3]],
    ["商务动态", [4, 3, 5, 2, 3, 2, 4, 3, 5, 3, 2, 4, 3]],
    ["通知公告", [1, 0, 2, 1, 0, 1, 1, 0, 2, 1, 0, 1, 2]],
    ["政策解读", [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0]],
  ];
  const discMonths = DM.filter((m, i) => m <= "2021-08" && COLS[0][1][i] > 0);
  assert(monthsCovered(discMonths.map((m) => m + "-15")) === 11, "11 months (no February)");
  {
    const W = 15, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:O${R()}`); };
    full("怀集县人民政府门户网站信息发布统计（县商务局维护栏目）");
    full("单位：条　　按发布时间统计　　数据来源：县政府网站群管理平台“栏目发稿统计”　　导出：2021-09-17");
    rows.push(["栏目"].concat(DM.map(fmtMonth), ["合计"]));
    COLS.forEach((cl) => rows.push([cl[0]].concat(cl[1], [sum(cl[1])])));
    rows.push(["合计"].concat(DM.map((m, i) => sum(COLS.map((cl) => cl[1][i]))), [sum(COLS.map((cl) => sum(cl[1])))]));
    full("注：2021年2月专栏无新发布（春节）；“商务动态”“通知公告”“政策解读”不是电子商务进农村综合示范专栏。");
    sheets.push(sheet("网站发稿统计", rows, merges));
  }
  // ---------------------------------------------------------------- 宣传视频光盘刻录清单 (media, all TV)
  const MD = [
    ["GP-01", "2020-12-18", "2020.12.18", "怀集县融媒体中心（怀集电视台）", "《怀集新闻》", "我县电商服务站开进瑶乡", "2分35秒", "县级", "否"],
    ["GP-02", "2021-03-26", "2021.3.26", "肇庆广播电视台综合频道", "《肇庆新闻》", "怀集：电商产业园集聚效应初显", "3分10秒", "市级", "否"],
    ["GP-03", "2021-06-11", D("2021-06-11"), "广东广播电视台珠江频道", "《珠江新闻眼》", "怀集脱贫户直播卖竹笋：小屏幕连起致富路", "4分02秒", "省级", "是"],
    ["GP-04", "2021-08-20", "2021.8.20", "怀集县融媒体中心（怀集电视台）", "《怀集新闻》", "县领导调研电商产业园", "1分50秒", "县级", "否"],
    ["GP-05", "2021-09-08", "2021.9.8", "中央广播电视总台农业农村频道（CCTV-17）", "《三农群英汇》", "广东怀集：电商帮扶让山货出山", "12分06秒", "国家级", "是"],
  ];
  const lvIn = new Set(MD.filter((m) => m[1] <= AS_OF).map((m) => m[7]));
  assert(lvIn.has("省级") && lvIn.has("市级") && lvIn.has("县级") && !lvIn.has("国家级"), "levels by cut-off");
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("怀集县电子商务进农村宣传报道视频光盘刻录清单", W)); merges.push("A1:J1");
    rows.push(span("县商务局　　刻录：2021年9月20日（供考评组查阅）　　一盘一条报道", W)); merges.push("A2:J2");
    rows.push(["光盘编号", "播出日期", "电视台（频道）", "栏目", "节目标题", "时长", "媒体级别", "是否电商扶贫典型案例", "刻录份数", "备注"]);
    MD.forEach((m, i) => rows.push([m[0], m[2], m[3], m[4], m[5], m[6], m[7], m[8], 2, m[1] > AS_OF ? "9月8日播出" : i === 2 ? "省台“乡村振兴”系列报道" : null]));
    sheets.push(sheet("宣传视频光盘清单", rows, merges));
  }
  // ---------------------------------------------------------------- 典型案例汇编报送篇目 (materials)
  {
    const W = 6, rows = [], merges = [];
    rows.push(span("《肇庆市电子商务进农村典型案例汇编（2021）》怀集县报送篇目", W)); merges.push("A1:F1");
    rows.push(["序号", "篇目", "报送日期", "报送单位", "报送对象", "入选情况"]);
    rows.push([1, "电商专班＋跟踪回访：怀集县脱贫户电商技能帮扶的做法", "2021.5.14", "怀集县商务局", "肇庆市商务局", "未入选（篇幅超限）"]);
    rows.push([2, "“怀集好物”区域公用品牌带动农产品上行", "2021.9.10", "怀集县商务局", "肇庆市商务局", "入选"]);
    rows.push(span("注：汇编于2021年10月印发；未入选的篇目同样已报送市商务局。", W)); merges.push(`A${rows.length}:F${rows.length}`);
    sheets.push(sheet("案例汇编报送篇目", rows, merges));
  }
  // ---------------------------------------------------------------- 自评分测算表 (facts, judged, claims)
  const JG = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  // [id, 指标（权重）, [[评分项, 基础数据, 测算过程, 测算得分]]]
  const IND = [
    ["org.leadership", "组织领导（2）", [["主要领导牵头、多部门参与", "县政府成立示范县创建工作领导小组，县长任组长，常务副县长、分管副县长任副组长；成员单位：县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司（怀府办函〔2020〕9号）",
      "主要领导牵头且商务、财政、农业、扶贫（乡村振兴）均参与 → 2分", 2]]],
    ["org.plan", "方案制定（2）", [["示范县工作方案", "《怀集县电子商务进农村综合示范县建设工作方案》已正式印发（怀府办函〔2020〕12号，2020年3月）", "因地制宜、可操作（1-2分）", JG["org.plan"]]]],
    ["org.policy", "政策支持（2）", [["支持政策", "出台《怀集县扶持农村电子商务发展若干措施》（怀府〔2020〕21号），资金、场地、人才均有条款并已兑现", "出台并较好落实（1-2分）", JG["org.policy"]]]],
    ["org.management", "项目管理（4）", [["项目管理制度", "制定《示范项目建设管理办法》，建设、验收环节按办法执行", "1-2分", JG["org.management.system"]],
      ["工作台账", "建立项目工作台账，部分项目验收记录不全", "1-2分", JG["org.management.ledger"]]]],
    ["work.center", "县级中心与产业园（15）", [
      ["建成县级电子商务公共服务中心", "中心于2020年10月26日投入运营", "已建成 → 2", 2],
      ["正常运行6个月以上", "截至2021年8月31日已运行10个月", "≥6个月 → 2", 2],
      ["免费培训场所、设备", "培训室2间、电脑50台，免费开展电商基础培训", "→ 2", 2],
      ["免费展示、销售", "展厅免费展示、代销农特产品120款", "→ 1", 1],
      ["摄影、美工服务", "设摄影棚、美工室，产品拍摄按成本收费（每款30元），美工设计收费", "有服务 → 1", 1],
      ["统一推广、品牌建设", "打造“怀集好物”区域公用品牌，统一推广，指导15家企业品牌建设", "→ 1", 1],
      ["其他衍生增值服务", "提供金融贷款对接、物流对接、代办营业执照服务", "→ 1", 1],
      ["电商产业园", "整合县创业孵化基地建成县电商产业园", "→ 2", 2],
      ["入驻企业20家以上", "园区入驻企业22家", "22 ≥ 20 → 2", 2],
      ["入驻企业三种以上类型", "平台型、销售型、电商运营商、物流企业、直播电商", "5种 → 1", 1]]],
    ["work.coverage", "村级站点覆盖（10）", [
      ["行政村覆盖率", "行政村246个（另有社区22个）；村级站点覆盖行政村143个", "超过200个按200计：143÷200＝71.5% ≥ 70% → 5", 5],
      ["省定贫困村覆盖率", "省定贫困村36个，均已建站", "36÷36＝100% → 5", 5]]],
    ["work.upward", "农村产品上行（10）", [
      ["网销调研", "形成《怀集县农产品网络销售调研报告》报市商务局", "1-2分", JG["work.upward.research"]],
      ["网络促销活动", "举办“怀集好物”网购节、直播带货节等5场", "1-2分", JG["work.upward.promotion"]],
      ["第三方运营服务商", "公开招标引入肇庆市怀商电子商务运营有限公司", "→ 1", 1],
      ["行政村快递覆盖率100%", "县邮政分公司提供：行政村快递覆盖率100%", "→ 1", 1],
      ["交易标准、冷链溯源", "建成农产品质量追溯平台，冷链仅县城1处", "1-2分", JG["work.upward.standards"]],
      ["网零增速≥30%", "农村网络零售额：2019年18.62亿元，2020年23.14亿元；农产品网络零售额：2019年4.52亿元，2020年5.93亿元", "农村网零增速24.3%；农产品网零增速31.2% ≥ 30% → 2", 2]]],
    ["work.training", "电商人才培训（20）", [
      ["培训人次", `常住人口80.37万人（第七次全国人口普查）；累计培训${thousands(PT_CLERK)}人次（普及培训＋脱贫户专班）`, `超过50万按50万计：${thousands(PT_CLERK)}÷500,000＝1.036% ≥ 1% → 10`, 10],
      ["建档立卡贫困人口培训率", `有劳动能力（不含外出务工）的建档立卡贫困人口${E.length}人，参加培训${trainedAll}人`, `${trainedAll}÷${E.length}＝80% ≥ 50% → 10`, 10]]],
    ["info.disclosure", "信息公开（4）", [
      ["专栏设立且内容全面", "县政府网站设专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话和邮箱", "→ 2", 2],
      ["专栏更新", "专栏按月更新", "按月 → 2", 2]]],
    ["info.reporting", "数据上报（6）", [
      ["每月报送市商务局", "每月传真报送肇庆市商务局工作进展报告", "每月 → 3", 3],
      ["电商扶贫统计", "月报附电商扶贫统计表，能统计电商扶贫情况", "→ 3", 3]]],
    ["promo.cases", "案例总结（2）", [["向市商务局报送经验材料", "报送典型案例2篇", "→ 2", 2]]],
    ["promo.media", "经验推广（8）", [["主流媒体报道", "央视农业农村频道、广东广播电视台珠江频道、肇庆电视台、怀集电视台均有报道", "省级及以上4＋市级3＋县级1 → 8", 8]]],
    ["fund.system", "制度建立（5）", [["资金管理制度", "制定《怀集县省级电子商务进农村综合示范专项资金管理办法》", "1-5分", JG["fund.system"]]]],
    ["fund.ledger", "资金台账（5）", [["资金专用台账", "各承建单位已建立资金专用台账", "1-5分", JG["fund.ledger"]]]],
    ["fund.spending", "资金支出（5）", [["支出率及及时拨付", `下达资金500万元，累计拨付${fAll / 10000}万元`, `${fAll / 10000}÷500＝84.3% ≥ 70%，按进度及时拨付（1-5分）`, JG["fund.spending"]]]],
    ["bonus.poorTraining", "加分：贫困人口培训率70%以上（2）", [["贫困人口培训率", `${trainedAll}÷${E.length}＝80%`, "≥ 70% → 2", 2]]],
    ["bonus.tvCase", "加分：扶贫典型案例电视播报（2）", [["电视播报", "央视农业农村频道《三农群英汇》播出怀集电商帮扶案例", "国家级 → 2", 2]]],
  ];
  const CL = {};
  IND.forEach((x) => { CL[x[0]] = sum(x[2].map((it) => it[3])); });
  const clSum = SCORED.reduce((a, id) => a + CL[id], 0);
  assert(clSum === 95 && CL["bonus.poorTraining"] + CL["bonus.tvCase"] === 4 && CL["work.center"] === 15 && CL["work.upward"] === 9, "claims 95 + 4 got " + clSum);
  assert(Math.round((23.14 / 18.62 - 1) * 1000) === 243 && Math.round((5.93 / 4.52 - 1) * 1000) === 312, "24.3%, 31.2%");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("怀集县2019年省级电子商务进农村综合示范创建考评自评分测算表");
    full("县商务局电商股　　2021年9月15日　　考评截止日：2021年8月31日　　（表中基础数据截至填表日2021年9月15日，测算得分供局务会研究自评分）");
    rows.push(["序号", "评价指标（权重）", "评分项", "基础数据／完成情况", "测算过程", "测算得分", "自评小计", "佐证材料（台账）"]);
    const EV = { "work.coverage": "党群服务中心功能表、点位采集导出", "work.training": "培训计划执行表、专班学员回访记录、脱贫户收入核算", "work.center": "入驻企业登记核对",
      "info.disclosure": "网站发稿统计", "info.reporting": "传真收发登记", "promo.cases": "案例汇编报送篇目", "promo.media": "宣传视频光盘清单", "fund.spending": "资金按月拨付进度" };
    IND.forEach((x, i) => {
      const s = R() + 1;
      x[2].forEach((it, k) => rows.push([k === 0 ? i + 1 : null, k === 0 ? x[1] : null, it[0], it[1], it[2], it[3], k === 0 ? CL[x[0]] : null, k === 0 ? EV[x[0]] || null : null]));
      if (x[2].length > 1) merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`, `G${s}:G${R()}`, `H${s}:H${R()}`);
    });
    const VETO = [["一票否决：安全生产、质量事故或重大损失", "项目实施以来未发生安全生产、质量事故，未造成重大经济损失"], ["一票否决：项目总体进度", "项目总体进度92%（不足40%否决）"], ["一票否决：弄虚作假", "无弄虚作假情况"]];
    VETO.forEach((v, k) => rows.push([IND.length + 1 + k, v[0], null, v[1], "不触发", null, null, null]));
    rows.push(["合计", null, null, null, "15项自评合计＋加分（加分最多4分）", null, `${clSum}＋${CL["bonus.poorTraining"] + CL["bonus.tvCase"]}＝${clSum + 4}`, null]); merges.push(`A${R()}:C${R()}`);
    full("经办：黄××　　审核：植××　　（待局务会研究后报县政府）");
    sheets.push(sheet("自评分测算表", rows, merges));
  }
  sheets.unshift(sheet("目录", [["怀集县电子商务进农村综合示范考评资料（电子版）目录"], ["1．自评分测算表（县商务局电商股）"], ["2．党群服务中心功能表（县委组织部、县政数局：行政村、省定贫困村、快递物流通达）"],
    ["3．点位采集导出（“数字乡村一张图”：村级电商服务站）"], ["4．培训计划执行表　5．专班学员回访记录　6．脱贫户收入核算（县乡村振兴局）"], ["7．入驻企业登记核对（县市场监管局导出＋园区补录）"],
    ["8．资金按月拨付进度　9．传真收发登记（月报）　10．网站发稿统计（专栏）"], ["11．宣传视频光盘清单　12．案例汇编报送篇目"], ["怀集县商务局　2021年9月"]]));

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 3,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 0 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": JG["fund.spending"],
    "bonus.poorTraining": 2, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 88, "88 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 91, "91");
  write("counties/b130-c1-huaiji.json", {
    description:
      "肇庆怀集县商务局交的整本考评资料（目录＋自评分测算表＋11个别的部门的表或系统导出），88分＋加分3＝91分，未否决（测算表自评95＋4＝99）。《自评分测算表》是电商股给局务会的测算稿：一项一行，列 评分项｜基础数据／完成情况｜测算过程｜测算得分｜自评小计（按指标纵向合并）；抬头写明考评截止日2021年8月31日，但基础数据“截至填表日9月15日”，所以5,180人次、参训24人、143个村、421.46万元、央视报道都含9月。读法：组长县长，商务、财政、农业农村、乡村振兴都在；摄影美工“按成本收费” → 不是免费，0分；快递写100%，但村名单有“快递物流通达”列且两个村“×”，按列 → 0分。《党群服务中心功能表》是组织部的表：类别 行政村246个、社区22个，“★”省定贫困村（说明写明空白为非贫困村）36个；行政村超过200个，以200为基数。《点位采集导出》是“数字乡村一张图”点位导出：点位类型“快递服务点”8条不是站点；开业时间才是建成日期，不读采集时间；日期有真日期、“2020.6.18”、“2020年8月”（只到月）、“2020/…”、“…年…月…日”；一村两站算一个村，社区站不算，“县林场（场部）”站不在村名单（警告，不算），9月6日、9月16日开业的不算 → 140/200＝70.0%（恰好到线）→ 5；贫困村35/36 → 3。《培训计划执行表》人次读“实到人次”不读“计划人数”（计划合计超过5,000），取消的3期不算，“2021.3.16—3.18”三天的班195人次，延期到9月7日和9月14日的两期216人次不算；“20.11.12”式两位年份；《专班学员回访记录》一行一人次，日期读“培训日期”（班次、日期纵向合并）不读回访日期，第四期9月2日不算 → 4,936＋24＝4,960人次，÷500,000＝0.992% → 8。《脱贫户收入核算》：有、弱为有劳动能力，县外务工（含肇庆市其他县区）为外出务工 → 合格30人；截止日前参训的其中21人（一人参加两期只算一次，外出务工1人、非脱贫户1人不算）→ 21/30＝70%，恰好到加分线。《入驻企业登记核对》：“企业类型”是法律形式，业态看“园区业态”；成立日期不是入驻日期；23户，截止日在园20户（2户截止日前退园，1户9月退园仍算，1户9月入驻不算）→ 恰好20家。《资金按月拨付进度》月份为列、单位万元，截止日前371.2万元＝74.2%（含9月是421.46万元）。《传真收发登记》只算“发”给肇庆市商务局且结果OK的月报，12个月都有。《网站发稿统计》是条数表，专栏那一行2021年2月为0 → 11个月，不定时；别的栏目不算。《宣传视频光盘清单》央视9月8日播出在截止日后，省台珠江频道的扶贫典型案例 → 电视加分1。《案例汇编报送篇目》5月14日报送的篇目未入选，也是已报送。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CL } },
    derivation: [
      "org.leadership: 测算表：县长任领导小组组长（主要领导），成员单位商务、财政、农业农村、乡村振兴都在 → 2",
      "org.plan: 工作方案已正式印发（怀府办函〔2020〕12号）；测算得分2 → 2",
      "org.policy: 《扶持农村电子商务发展若干措施》已出台；测算得分2 → 2",
      "org.management: 项目管理制度2 ＋ 工作台账1 → 3",
      "work.center: 中心2020-10-26投入运营 ≤ 截止日 → 2；≤ 2021-02-28，满6个月 → 2；免费培训 2；免费展示销售 1；摄影美工“按成本收费（每款30元）”不是免费 → 0；统一推广品牌 1；衍生增值服务 1；产业园已建成 2；入驻企业登记核对23户，截止日在园20户（诗洞腐竹合作社2021.3.31、岗坪禾米网店2021.7.19退园；梁村三华李网店2021.9.10退园，截止日仍在园；新农人2021.9.6入驻不算）≥ 20 → 2；业态 电商运营商、销售型、平台型、物流企业、直播电商 ≥ 3 → 1；合计 14（自评15）",
      `work.coverage: 党群服务中心功能表行政村246个（社区22个不算），超过200个以200为基数；点位采集导出中点位类型为电商服务站、开业时间不晚于2021-08-31的站点覆盖行政村${covIn.size}个（快递服务点8条不是站点；一村两站算一个；城中、城东、冷坑社区站不算；县林场站不在村名单，不算；${VIL[SEPT_OTHER].name}2021.9.16、${VIL[POOR_SEPT].name}2021.9.6开业不算）；140/200 = 70.0% ≥ 70% → 5；省定贫困村36个（★），有站的35个（${VIL[POOR_SEPT].name}站9月才开业）= 97.2% → 80%–100% → 3；合计 8（自评10，按143个村、36个贫困村）`,
      "work.upward: 网销调研2；网络促销2；第三方运营服务商 1；村名单有“快递物流通达”列，两个行政村为“×” → 0（测算表“覆盖率100%”与名单不符，以名单为准）；交易标准与溯源1；农村网零23.14/18.62亿元 = +24.3% < 30%，农产品网零5.93/4.52亿元 = +31.2% ≥ 30% → 2；合计 8（自评9）",
      `work.training: 培训计划执行表截止日前举办的24期实到人次${S_IN}（按实到人次，不按计划人数；取消3期不算；三天班195人次；9月7日、9月14日两期216人次不算）＋ 专班回访记录前三期${B_IN}行（一行一人次，日期读培训日期；第四期2021.9.2不算）= ${PT}；常住人口80.37万 > 50万，基数500,000；${PT}/500,000 = 0.992% → 0.8%–1% → 8。脱贫户收入核算40人，有劳动能力（有、弱）且不县外务工的${E.length}人；截止日前专班参训其中${trained}人（${E[0].name}参加两期算一次；县外务工的${M[0].name}、非脱贫户${X1.name}不算）；${trained}/${E.length} = 70.0% ≥ 50% → 10；合计 18（自评20）`,
      "info.disclosure: 测算表：专栏公示创建方案、项目基本信息、项目建设进度，设监督举报电话和邮箱 → 2；网站发稿统计中专栏一行2020-09至2021-08有发布的月份11个（2021年2月为0；其他栏目不算）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 传真收发登记“发”往肇庆市商务局、结果OK的月报，2020-09至2021-08每月都有（2021年3月一次NG后当天重发成功）→ 3；测算表：月报附电商扶贫统计表，能统计 → 3；合计 6",
      "promo.cases: 案例汇编报送篇目：2021.5.14向肇庆市商务局报送（未入选也已报送）→ 2（9月10日那篇在截止日后）",
      "promo.media: 截止日前：广东广播电视台珠江频道2021.6.11（省级）→ 4；肇庆广播电视台2021.3.26（市级）→ 3；怀集电视台2020.12.18、2021.8.20（县级）→ 1；央视2021.9.8在截止日后；合计 8",
      "fund.system: 资金管理办法已制定；测算得分4 → 4",
      "fund.ledger: 承建单位专用台账已建立；测算得分4 → 4",
      `fund.spending: 资金按月拨付进度表2020年10月至2021年8月各列合计 ${fIn / 10000}万元 = ${thousands(fIn)}元（9月列${(fAll - fIn) / 10000}万元不算）；${thousands(fIn)}/5,000,000 = 74.2% ≥ 70% → 及时拨付测算得分4 → 4（测算表按421.46万元、84.3%）`,
      `bonus.poorTraining: ${trained}/${E.length} = 70.0% ≥ 70% → 2`,
      "bonus.tvCase: 截止日前的电商扶贫典型案例电视播报是广东广播电视台珠江频道（省级）→ 1；央视农业农村频道2021.9.8在截止日后（自评按国家级2）",
      "veto.incident: 未发生安全生产、质量事故或重大损失 → 0，不否决",
      "veto.progress: 项目总体进度92% ≥ 40% → 0，不否决",
      "veto.fraud: 无弄虚作假 → 0，不否决",
      `total: 2+2+2+3+14+8+8+18+3+6+2+8+4+4+4 = ${sc}，加分2+1 = ${bonus}，合计${total}；测算表自评${clSum}＋4 = ${clSum + 4}`,
    ],
  });
})();

// =====================================================================================
// facts/b130-f1-leizhou: 湛江雷州市 — 市委农办汇总的《2020年度推进乡村振兴战略实绩考核自评表》（商务局借来当事实表）：
// 二十来个考核指标里只有几行是电商；乡村振兴领导小组“市委书记、市长双组长”不是电商领导小组（电商是分管副市长）；
// 省级现代农业产业园“入园企业”不是电商产业园；“粤菜师傅”等技能培训人次不是电商培训；脱贫劳动力电商培训是“人次”不是人数；
// “自评分”是乡村振兴实绩考核的分，不是示范县自评
// =====================================================================================
(function f1() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("雷州市2020年度推进乡村振兴战略实绩考核自评表");
  full("填报单位：中共雷州市委农村工作领导小组办公室（市农业农村局）　　汇总日期：2021年1月22日　　（“自评分”按《湛江市推进乡村振兴战略实绩考核细则》计分）");
  rows.push([null, null, null, null, null, "市商务局注：电商进农村相关情况见序号5、6、14、16、17", null, null]); merges.push(`F${R()}:H${R()}`);
  rows.push(["序号", "一级指标", "考核指标", "分值", "牵头单位", "完成情况", "自评分", "备注"]);
  // [一级, 指标, 分值, 牵头, 完成情况, 自评分, 备注]
  const T = [
    ["产业兴旺", "粮食生产", 8, "市农业农村局", "全市粮食播种面积102.6万亩，总产量38.9万吨，完成湛江市下达任务。", 8, null],
    ["产业兴旺", "现代农业产业园", 6, "市农业农村局", "雷州市菠萝省级现代农业产业园通过中期评估，入园企业38家，带动农户1.2万户。", 6, "省级产业园"],
    ["产业兴旺", "“一村一品、一镇一业”", 4, "市农业农村局", "新增省级专业村8个、专业镇1个。", 4, null],
    ["产业兴旺", "农产品品牌", 4, "市农业农村局", "“雷州菠萝”“雷州黑山羊”获评广东省名特优新农产品区域公用品牌。", 4, null],
    ["产业兴旺", "农村电子商务", 6, "市商务局",
      "成立由分管副市长任组长，市商务局、财政局、农业农村局、扶贫办、交通运输局、邮政分公司参与的电子商务进农村综合示范工作领导小组；《雷州市电子商务进农村综合示范县工作方案》已于2020年4月正式印发。市电子商务公共服务中心2020年7月16日投入运营，设免费培训教室和直播间，常态化开展电商基础培训；设农特产品展示展销厅，免费展示、销售雷州菠萝、雷州黑山羊、雷州海鸭蛋等特色产品；为本地网商免费拍摄产品、设计详情页。", 5, "示范县创建中"],
    ["产业兴旺", "农村网络零售", 4, "市商务局", "据省商务厅电子商务统计监测，2020年全市农村网络零售额41.26亿元，同比增长32.8%（2019年31.07亿元）。", 4, null],
    ["生态宜居", "农村人居环境整治", 10, "市农业农村局", "无害化卫生户厕普及率96.3%，自然村生活垃圾收运处置体系覆盖率100%。", 9, "部分村污水设施未运营"],
    ["生态宜居", "农村公路与物流", 4, "市交通运输局", "全市483个行政村100%通硬化路、100%通客车；建成市、镇、村三级物流配送体系，行政村快递服务覆盖率100%（湛江市邮政管理局核定）。", 4, null],
    ["乡风文明", "新时代文明实践", 4, "市委宣传部", "建成新时代文明实践所21个、实践站486个。", 4, null],
    ["乡风文明", "移风易俗", 3, "市民政局", "483个行政村全部修订村规民约。", 3, null],
    ["治理有效", "基层党组织建设", 8, "市委组织部", "村党组织书记、村委会主任“一肩挑”比例达95.2%；整顿软弱涣散村党组织27个。", 7, null],
    ["治理有效", "平安乡村", 4, "市委政法委", "农村地区刑事案件同比下降12.4%。", 4, null],
    ["生活富裕", "农村居民收入", 6, "市统计局", "2020年农村居民人均可支配收入17,386元，同比增长7.9%。", 6, null],
    ["生活富裕", "巩固脱贫成果", 8, "市扶贫办",
      "全市51个省定贫困村全部出列，建档立卡贫困人口全部达到脱贫标准。有劳动能力且未外出务工的建档立卡贫困人口6,842人；全年组织脱贫劳动力参加电商培训4,105人次（按人次统计）。", 8, null],
    ["生活富裕", "就业创业", 4, "市人社局", "农村劳动力转移就业1.86万人；开展“粤菜师傅”“广东技工”“南粤家政”技能培训12,360人次。", 4, "三项工程"],
    ["人才振兴", "农村电商人才", 3, "市商务局", "示范县创建以来累计培训农村电商人才13,784人次，培育农村电商带头人126名。", 3, null],
    ["组织保障", "资金投入", 4, "市财政局", "统筹整合涉农资金6.48亿元；省级电子商务进农村综合示范专项资金500万元已全额下达，累计拨付213.6万元。", 3, "专项资金支出偏慢"],
    ["组织保障", "政务公开", 3, "市政务服务数据管理局", "市政府门户网站开设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息，项目建设进度按季度公示。", 3, null],
    ["组织保障", "领导责任", 6, "市委农办", "市委书记、市长任市实施乡村振兴战略领导小组双组长，落实五级书记抓乡村振兴，全年召开领导小组会议4次。", 6, null],
  ];
  const idx = T.map((t, i) => i + 1);
  T.forEach((t, i) => rows.push([idx[i], i === 0 || T[i - 1][0] !== t[0] ? t[0] : null, t[1], t[2], t[3], t[4], t[5], t[6]]));
  // merge the 一级指标 column over runs
  let s0 = 5;
  for (let i = 1; i <= T.length; i++) {
    if (i === T.length || T[i][0] !== T[i - 1][0]) { const a = s0, b = 4 + i; if (b > a) merges.push(`B${a}:B${b}`); s0 = b + 1; }
  }
  const tot = sum(T.map((t) => t[2])), got = sum(T.map((t) => t[5]));
  assert(tot === 99 && got === 95, "99 / 95 got " + tot + "/" + got);
  rows.push(["合计", null, null, tot, null, "另有加分项1分（满分100分）：“雷州菠萝”获全国名特优新农产品，自评加1分", got, null]); merges.push(`A${R()}:C${R()}`);
  full("注：本表自评分为乡村振兴实绩考核自评，报湛江市委农办；各项完成情况由牵头单位提供。");
  assert(Math.round((41.26 / 31.07 - 1) * 1000) === 328, "32.8%");
  write("facts/b130-f1-leizhou.json", {
    description:
      "湛江雷州市商务局交来当事实表的，是市委农办汇总的《2020年度推进乡村振兴战略实绩考核自评表》：列 序号｜一级指标（纵向合并）｜考核指标｜分值｜牵头单位｜完成情况｜自评分｜备注，19个指标里只有几行和电商有关（商务局在表头右上角注明看第5、6、14、16、17项，实际第8、18项也有电商的内容）。读法：标题“雷州市…” → county；汇总日期2021年1月，不是考评截止日，不给asOf。电商领导小组“分管副市长任组长” → deputy；第19项“市委书记、市长任乡村振兴领导小组双组长”是另一个领导小组，不算。第5项：方案已印发；中心2020年7月16日投入运营，免费培训、免费展示销售、免费摄影美工（详情页设计）都有，品牌推广、增值服务没写，不列；第4项“雷州菠萝”区域公用品牌是农业农村局的，不是中心的品牌服务。第2项“菠萝省级现代农业产业园入园企业38家”是农业产业园，不是电商产业园，parkBuilt不列。第6项网零2019、2020年金额和增速32.8%。第8项“483个行政村”是行政村数；通硬化路、通客车不是快递，“行政村快递服务覆盖率100%”才是 → 是。第14项：51个省定贫困村；有劳动能力且未外出务工的6,842人；“参加电商培训4,105人次（按人次统计）”是人次不是人数，trainedPoorPersonsStated不列；第15项“粤菜师傅”等技能培训12,360人次不是电商培训；第16项累计电商培训13,784人次 → 培训人次。第17项专项资金500万元已下达、累计拨付213.6万元。第18项专栏公示方案、项目基本信息，进度按季度公示（仍是公示了进度），没写征求意见／监督举报窗口，不列。“自评分”是乡村振兴实绩考核的分，不是示范县逐项自评，不是claimed，也没有主观评分。",
    sheets: [sheet("乡村振兴实绩考核自评", rows, merges)],
    expect: {
      facts: {
        county: "雷州市", adminVillagesStated: 483, poorVillagesStated: 51, planIssued: true, centerOpened: "2020-07-16", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, expressCoverage: true, ruralRetail2019: yi("31.07"), ruralRetail2020: yi("41.26"), ruralRetailGrowthStated: 0.328,
        trainingPersonTimesStated: 13784, eligiblePoorPersonsStated: 6842, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        fundAllocated: 5000000, fundSpentStated: wan("213.6"),
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b130-f2-enping: 江门恩平市 — 市政府网站专栏里的《项目建设进度公示（2021年8月）》整页复制进Excel：
// 面包屑、发布时间、字号打印关闭、正文一段、两行表头的进度表、页脚、上一篇／下一篇、网站底部信息都在；
// 投入运营日期是10月15日不是6月30日完成装修；总体进度读合计行“按资金加权93.6%”，不是支出率；
// 贫困人口“参训1,026人（1,372人次）”；专栏内容和监督举报窗口在表下说明里
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  rows.push(span("当前位置：首页 > 专题专栏 > 电子商务进农村综合示范专栏 > 项目建设进度", W));
  rows.push(span(null, W));
  full("恩平市电子商务进农村综合示范项目建设进度公示（2021年8月）");
  full("发布时间：2021-09-07 10:32:18　　来源：恩平市商务局　　浏览次数：126　　【字体：大 中 小】　【打印】　【关闭】");
  full("　　根据市政府办公室2020年3月正式印发的《恩平市电子商务进农村综合示范县创建工作方案》（恩府办〔2020〕7号）要求，现将截至2021年8月31日（省级示范县考评截止日）项目建设进度公示如下。省级下达专项资金500万元，按项目安排如下表：");
  rows.push(["序号", "项目名称", "建设内容", "承建（运营）单位", "省级资金（万元）", null, "建设进度", "完成情况"]); merges.push(`E${R()}:F${R()}`);
  rows.push([null, null, null, null, "安排", "累计拨付", null, null]);
  ["A", "B", "C", "D", "G", "H"].forEach((c) => merges.push(`${c}${R() - 1}:${c}${R()}`));
  // [项目, 内容, 单位, 安排, 拨付, 进度, 完成情况]
  const P = [
    ["县级电子商务公共服务中心建设及运营", "中心装修、设备购置及三年运营服务", "江门市恩联电子商务有限公司（公开招标确定的第三方运营服务商）", 150, 121.5, 100,
      "中心2020年6月30日完成装修，2020年10月15日正式投入运营。设免费培训室（电脑40台），常态化开展电商基础培训；设恩平特色农产品展示展销区，免费展示、销售簕菜、濑粉、茶叶等产品；为本地网商免费提供产品拍摄、美工设计服务；提供代办营业执照、物流对接等增值服务。"],
    ["电商产业园整合优化", "整合恩平市创业孵化基地建设电商产业园", "恩平市产业投资有限公司", 60, 54, 100, "已完成，2021年1月18日开园，入驻企业21家。"],
    ["村级电商服务站点建设", "新建、改造村级电商服务站点", "江门市恩联电子商务有限公司", 90, 72, 95,
      "已建成村级站点112个，覆盖行政村105个（全市行政村143个），10个省定贫困村全部覆盖。"],
    ["县乡村三级物流配送体系", "县级仓储分拨中心及镇村物流线路", "中国邮政集团有限公司恩平市分公司", 80, 64, 90, "县级分拨中心已投用，开通镇村物流线路11条，行政村快递服务覆盖率100%。"],
    ["农产品网络促销", "组织网络促销及直播带货活动", "恩平市锦江文化传播有限公司", 40, 30, 80, "举办“恩平簕菜节”网络促销、直播带货活动3场。"],
    ["电商人才培训", "电商普及培训及增值培训", "江门市恩联电子商务有限公司", 50, 42.8, 95,
      "累计开展培训86期11,243人次（含线上）；其中建档立卡贫困人口参训1,026人（1,372人次）。"],
    ["农产品质量追溯体系", "追溯平台及企业接入", "恩平市农业信息服务中心", 30, 18, 70, "追溯平台已上线，接入企业14家。"],
  ];
  P.forEach((p, i) => rows.push([i + 1, p[0], p[1], p[2], p[3], p[4], `${p[5]}%`, p[6]]));
  const alloc = sum(P.map((p) => p[3])), paidW = sum(P.map((p) => Math.round(p[4] * 10))) / 10;
  const prog = sum(P.map((p) => p[3] * p[5])) / alloc;
  assert(alloc === 500 && paidW === 402.3 && prog === 93.6, "500 / 402.3 / 93.6 got " + paidW + " " + prog);
  rows.push(["合计", null, null, null, alloc, paidW, `${prog}%`, "总体进度按资金安排加权计算为93.6%；资金支出率80.5%（402.3÷500）"]); merges.push(`A${R()}:D${R()}`);
  assert(Math.round(402.3 / 500 * 1000) === 805, "80.5%");
  full("　　说明：1．本专栏同时公示《恩平市电子商务进农村综合示范县创建工作方案》和各项目基本信息（项目名称、承建单位、资金安排、完成时限）；项目建设进度每月在本专栏公示。2．监督举报电话：0750-7××××21，电子邮箱：epswj××@126.com（受理对示范项目建设的意见建议和监督举报）。");
  full("　　恩平市商务局　　2021年9月7日");
  rows.push(span("附件：恩平市电子商务进农村项目建设进度照片（2021年8月）.pdf", W));
  rows.push(span(null, W));
  rows.push(span("上一篇：恩平市电子商务进农村综合示范项目建设进度公示（2021年7月）", W));
  rows.push(span("下一篇：关于恩平市电子商务进农村综合示范县创建考评自评情况的公示", W));
  rows.push(span(null, W));
  rows.push(span("主办：恩平市人民政府办公室　　承办：恩平市政务服务数据管理局　　网站标识码：4407850001　　粤ICP备××××××××号", W));
  write("facts/b130-f2-enping.json", {
    description:
      "江门恩平市商务局交来当事实表的，是从市政府网站专栏整页复制进Excel的《恩平市电子商务进农村综合示范项目建设进度公示（2021年8月）》：第1行面包屑“当前位置：首页 > 专题专栏 > …”，标题、发布时间／浏览次数／【字体】【打印】【关闭】一行，正文一段，然后两行表头的进度表（序号｜项目名称｜建设内容｜承建（运营）单位｜省级资金（万元）下分 安排／累计拨付｜建设进度｜完成情况，纵向、横向合并），合计行，说明段，落款，附件、上一篇／下一篇、网站底部信息。读法：正文写明截至2021年8月31日（省级示范县考评截止日）→ asOf；标题“恩平市…” → county；正文“2020年3月正式印发的《…工作方案》” → 方案已印发；“省级下达专项资金500万元” → 下达资金；“累计拨付”合计402.3万元＝4,023,000元。中心“2020年6月30日完成装修，2020年10月15日正式投入运营” → 2020-10-15；免费培训、免费展示销售、免费摄影美工、增值服务（代办执照、物流对接）都有；品牌推广没写，不列。承建单位写明“公开招标确定的第三方运营服务商” → 是。产业园已开园 → 是。站点一行“全市行政村143个”“10个省定贫困村” → 行政村数、贫困村数；覆盖105个不是键。物流一行快递覆盖率100%。培训“11,243人次” → 培训人次；贫困人口“参训1,026人（1,372人次）”读人数1,026。合计行：总体进度写明按资金加权93.6% → 0.936，“资金支出率80.5%”不是进度。说明段：专栏公示创建方案、项目基本信息、每月公示进度，设监督举报电话和邮箱 → 四项都是。页面上没有领导、没有主观评分和自评分；“下一篇”是另一篇公示的标题，不是内容。",
    sheets: [sheet("网页复制", rows, merges)],
    expect: {
      facts: {
        county: "恩平市", asOf: "2021-08-31", adminVillagesStated: 143, planIssued: true, poorVillagesStated: 10, centerOpened: "2020-10-15", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, trainingPersonTimesStated: 11243,
        trainedPoorPersonsStated: 1026, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        fundAllocated: 5000000, fundSpentStated: wan("402.3"), overallProgress: 0.936,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b130-f3-conghua: 广州从化区 — 自评报告附表《创建主要目标完成情况对照表》：方案目标（目标内容｜目标值）对完成情况（完成值｜完成率｜说明），
// 两行表头；事实读“完成值”和“说明”，不读目标值（中心“2020年6月底前”是目标，9月8日才投入运营）；“完成率”是完成值÷目标值，
// 只有末行“总体完成进度”是项目总体进度；广州无省定贫困村（市定贫困村不是）；快递99.1%不是100%
// =====================================================================================
(function f3() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("附表2　从化区电子商务进农村综合示范创建主要目标完成情况对照表");
  full("（目标依据：《从化区电子商务进农村综合示范区创建工作方案》；完成情况截至考评截止日2021年8月31日；“完成率”＝完成值÷目标值）");
  rows.push(["序号", "目标类别", "方案目标", null, "完成情况（截至2021年8月31日）", null, null, "佐证材料"]); merges.push(`C${R()}:D${R()}`, `E${R()}:G${R()}`);
  rows.push([null, null, "目标内容", "目标值", "完成值", "完成率", "情况说明", null]);
  ["A", "B", "H"].forEach((c) => merges.push(`${c}${R() - 1}:${c}${R()}`));
  // [类别, 目标内容, 目标值, 完成值, 完成率, 说明, 佐证]
  const T = [
    ["组织领导", "成立区政府主要领导任组长、多部门参与的创建工作领导小组", "成立", "已成立", "100%",
      "区长任组长，常务副区长、分管副区长任副组长；区商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、交通运输局、市场监管局、供销社、邮政分公司等14个单位为成员（从府办函〔2019〕88号，2020年6月调整）", "领导小组文件"],
    ["方案与政策", "印发创建工作方案；出台农村电商扶持政策", "2项", "2项", "100%",
      "《工作方案》（从府办〔2019〕61号）已正式印发；《从化区促进农村电子商务发展扶持办法》（从府规〔2020〕3号）已出台", "方案、政策文件"],
    ["公共服务中心", "区级电子商务公共服务中心建成并投入运营", "2020年6月底前", "2020年9月8日", "延后",
      "中心于2020年9月8日投入运营，受疫情影响较目标延后约2个月", "运营合同、开业照片"],
    ["中心服务", "提供免费培训、免费展示展销、免费摄影美工、统一推广及品牌建设、衍生增值服务", "5项", "4项", "80%",
      "免费培训（培训室1间、电脑36台，能开展电商基础培训）、免费展示展销、免费摄影美工已开展；组织“从化荔枝”“从化流溪娟”统一推广，指导合作社品牌建设；金融、物流对接等衍生增值服务尚未开展", "服务台账"],
    ["电商产业园", "整合建设电商产业园，入驻企业30家以上", "30家", "26家", "86.7%", "依托从化区电商创业园整合建成，2020年12月开园", "入驻企业清单"],
    ["运营服务商", "引入专业第三方电子商务运营服务商", "1家", "1家", "100%", "公开招标引入广州市从农电子商务有限公司", "招标文件、合同"],
    ["村级站点", "行政村电商服务站点覆盖率", "70%", "71.1%", "101.6%", "全区行政村218个，已建站覆盖155个；区内无省定贫困村（广州市定贫困村33个已全部建站）", "站点清单"],
    ["物流快递", "行政村快递服务覆盖率", "100%", "99.1%", "99.1%", "216个行政村通快递，吕田镇2个山区村尚未通快递", "邮政管理部门证明"],
    ["农村网络零售", "农村网络零售额年均增长", "20%", "17.9%", "89.5%", "2019年24.29亿元，2020年28.64亿元，2020年同比增长17.9%（省商务厅电子商务统计监测）", "监测数据"],
    ["电商培训", "培训人次达常住人口1%（常住人口71.76万人，超过50万按50万计）", "5,000人次", "6,832人次", "136.6%", "普及培训5,914人次、增值培训918人次", "培训台账、签到表"],
    ["贫困人口培训", "有劳动能力建档立卡贫困人口培训率（不含外出务工）", "50%", "54.7%", "109.4%", "有劳动能力（不含外出务工）的建档立卡贫困人口1,284人，已参训702人", "区乡村振兴局确认名单"],
    ["信息公开", "区政府网站设立示范专栏并按月更新", "设立", "已设立", "100%", "专栏公示创建方案、项目基本信息、项目建设进度，设征求意见及监督举报窗口，按月更新", "网页截图"],
    ["数据报送", "每月向广州市商务局报送工作进展", "12次", "12次", "100%", "每月报送，月报含电商扶贫统计（帮扶对象培训、带动增收情况）", "报送文件"],
    ["资金管理", "制定专项资金管理办法；承建单位建立资金专用台账", "建立", "已建立", "100%", "《从化区省级电子商务进农村综合示范专项资金管理办法》已印发；各承建单位均建立资金专用台账", "制度、台账"],
    ["资金支出", "专项资金支出率", "100%（2021年12月底前）", "73.7%", "73.7%", "省级下达500万元，累计支出368.7万元", "拨付凭证"],
    ["安全生产", "不发生安全生产、质量事故", "0起", "0起", "—", "项目实施以来未发生安全生产、质量事故", null],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  rows.push(["总体完成进度（按方案任务加权）", null, null, null, "91%", null, "项目总体进度91%；中心服务、产业园入驻、快递覆盖、资金支出未达目标", null]); merges.push(`A${R()}:D${R()}`);
  full("填表：从化区商务局电商科　　2021年9月3日");
  assert(Math.round(155 / 218 * 1000) === 711 && Math.round(216 / 218 * 1000) === 991 && Math.round((28.64 / 24.29 - 1) * 1000) === 179, "71.1%, 99.1%, 17.9%");
  const PU = 5914, PV = 918;
  assert(PU + PV === 6832 && Math.round(702 / 1284 * 1000) === 547 && Math.round(368.7 / 500 * 1000) === 737 && Math.round(6832 / 5000 * 1000) === 1366, "training, poor, spending");
  write("facts/b130-f3-conghua.json", {
    description:
      "广州从化区商务局交来当事实表的，是自评报告的附表2《创建主要目标完成情况对照表》：两行表头，“方案目标”下分 目标内容｜目标值，“完成情况（截至2021年8月31日）”下分 完成值｜完成率｜情况说明，再加佐证材料；末行“总体完成进度”。读法：事实读“完成值”和“情况说明”，不读“目标值”；副标题写明完成情况截至考评截止日2021年8月31日 → asOf；标题“从化区…” → county。区长任组长，成员有商务、财政、农业农村、乡村振兴（原扶贫办）→ principal-all。方案已印发、政策已出台。中心目标“2020年6月底前”，实际2020年9月8日投入运营 → 2020-09-08。中心服务四项已开展（免费培训、展示展销、摄影美工、统一推广品牌），“衍生增值服务尚未开展” → 否。产业园已建成（入驻26家未达30家只是完成率）；第三方运营服务商有。村级站点说明里“全区行政村218个” → 行政村数；“区内无省定贫困村（广州市定贫困村33个）” → 省定贫困村0，市定贫困村不是省定。快递覆盖率完成值99.1%，2个村未通 → 否。网零2019、2020年金额，增速17.9%（完成率89.5%不是增速）。培训完成值6,832人次；目标内容里写的常住人口71.76万人 → 常住人口；贫困人口1,284人、参训702人。信息公开四项都有；月报含电商扶贫统计 → 是。资金：下达500万元、累计支出368.7万元＝3,687,000元（目标值100%是年底目标）；管理办法、专用台账都有。安全生产“0起” → 否。“完成率”一列是完成值÷目标值，不是进度；末行“总体完成进度91%” → 0.91。没有主观评分和逐项自评分。",
    sheets: [sheet("目标完成对照表", rows, merges)],
    expect: {
      facts: {
        county: "从化区", asOf: "2021-08-31", residentPopulation: 717600, adminVillagesStated: 218, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: yi("24.29"), ruralRetail2020: yi("28.64"), ruralRetailGrowthStated: 0.179,
        trainingPersonTimesStated: 6832, eligiblePoorPersonsStated: 1284, trainedPoorPersonsStated: 702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: wan("368.7"), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b130-l1-huidong: 惠州惠东县 — ①封面（不是台账）；②县农业农村局《村级集体经济收入统计表》当行政村清单（村委会／居委会，
// “省定贫困村”是／否，居委会空着；镇小计、合计行；“是（2020年出列）”仍是贫困村）；③广告公司《门头招牌制作安装结算清单》当站点清单
// （挂牌日期即开业；台风后更换招牌、宣传墙绘不是新站点；“20.11.3”两位年份）；④《学员误工补贴领取签名表》当培训台账（期次标题行
// 只写“3月5日”，年份看表名；未参训的一行不是学员；家属代领的是）；⑤人社局《脱贫劳动力就业帮扶台账》（外出务工看就业地点是否在县外）
// =====================================================================================
(function l1() {
  const AREA = "441323";
  const sheets = [], expect = {}, USED = new Set();
  // ---------------------------------------------------------------- ① 封面
  sheets.push(sheet("封面", [["惠东县电子商务进农村综合示范台账（四）"], [null], ["本册内容：村级集体经济收入统计（行政村清单）、站点招牌安装结算（站点清单）、"],
    ["　　　　　学员误工补贴签名表（脱贫户专班培训）、脱贫劳动力就业帮扶台账"], [null], ["惠东县商务局电商股　2021年9月"]]));
  expect["封面"] = { kind: null };
  // ---------------------------------------------------------------- ② 村级集体经济收入统计 (villages)
  // [镇, [[name as written, 类别, poor cell]]]
  const TV = [
    ["稔山镇", [["范和村委会", "村", "否"], ["长排村委会", "村", "是"], ["竹园村委会", "村", "否"], ["蟹洲村委会", "村", "否"], ["大墩村委会", "村", "是（2020年出列）"],
      ["石屋寮村委会", "村", "否"], ["莲塘面村委会", "村", "否"], ["东埔村委会", "村", "否"], ["稔山居委会", "居", null]]],
    ["吉隆镇", [["吉隆居委会", "居", null], ["北埔居委会", "居", null], ["龙岗村委会", "村", "否"], ["东三村委会", "村", "是"], ["新楼村委会", "村", "否"], ["三联村委会", "村", "否"],
      ["埔仔村委会", "村", "否"], ["塘尾村委会", "村", "是"], ["横岭村委会", "村", "否"]]],
    ["黄埠镇", [["盐洲村委会", "村", "否"], ["东联村委会", "村", "否"], ["大岭村委会", "村", "是"], ["长沙村委会", "村", "否"], ["南山村委会", "村", "否"], ["后门村委会", "村", "否"],
      ["黄埠居委会", "居", null]]],
    ["铁涌镇", [["溪美村委会", "村", "否"], ["大洲村委会", "村", "否"], ["东坑村委会", "村", "是"], ["沙田村委会", "村", "否"], ["坝头村委会", "村", "否"], ["石龙村委会", "村", "否"],
      ["铁涌居委会", "居", null]]],
  ];
  const recsV = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("惠东县村级集体经济收入统计表（2020年度）");
    full("填报单位：惠东县农业农村局（农村经营管理股）　　单位：万元　　本表为稔山、吉隆、黄埠、铁涌四镇　　“类别”：村＝村民委员会，居＝居民委员会；居委会不填“省定贫困村”");
    rows.push(["序号", "镇", "村（居）委会", "类别", "省定贫困村", "2019年集体经济收入", "2020年集体经济收入", "其中：经营性收入", "增长（%）", "备注"]);
    let no = 0, allIn = 0;
    TV.forEach(([town, list]) => {
      const s = R() + 1;
      let tIn = 0;
      list.forEach((v, k) => {
        no++;
        const a = +(8 + ((no * 37) % 90) / 10).toFixed(1), b = +(a * (1.04 + ((no * 13) % 20) / 100)).toFixed(1);
        tIn += Math.round(b * 10);
        rows.push([no, k === 0 ? town : null, v[0], v[1], v[2], a, b, +(b * 0.6).toFixed(1), +((b / a - 1) * 100).toFixed(1), v[2] && v[2].startsWith("是") ? "省定贫困村" + (v[2].length > 1 ? "，2020年出列" : "") : null]);
        recsV.push({ name: v[0], admin: v[1] === "村", poor: v[2] === null ? null : v[2].startsWith("是"), express: null });
      });
      merges.push(`B${s}:B${R()}`);
      const nv = list.filter((v) => v[1] === "村").length;
      rows.push([null, `${town}小计`, `村委会${nv}个、居委会${list.length - nv}个`, null, null, null, tIn / 10, null, null, null]); merges.push(`C${R()}:F${R()}`);
      allIn += tIn;
    });
    rows.push(["合计", null, `村委会${recsV.filter((r) => r.admin).length}个、居委会${recsV.filter((r) => !r.admin).length}个（省定贫困村${recsV.filter((r) => r.poor).length}个）`, null, null, null, allIn / 10, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:F${R()}`);
    full("注：集体经济收入不含上级补助收入；经营性收入含物业出租、资产入股分红。");
    assert(recsV.length === 32 && recsV.filter((r) => r.admin).length === 27 && recsV.filter((r) => r.poor).length === 6, "32 rows, 27 villages, 6 poor");
    sheets.push(sheet("集体经济收入统计", rows, merges));
    expect["集体经济收入统计"] = { kind: "villages", records: recsV };
  }
  // ---------------------------------------------------------------- ③ 招牌安装结算清单 (stations)
  // [镇, 站点名称|null, 村 as written, 安装位置, 规格, 单价, 日期 cell, iso|null (null: not a station), 备注]
  const SG = [
    ["稔山镇", "范和村电商服务站", "范和村", "村委会一楼", "3.0×0.8", 1200, "2020.10.28", "2020-10-28", null],
    ["稔山镇", "长排村电商服务站", "长排村", "村口商店", "3.0×0.8", 1200, "2020.10.28", "2020-10-28", null],
    ["稔山镇", "大墩村电商服务站", "大墩村", "村文化室", "3.0×0.8", 1200, "20.11.3", "2020-11-03", null],
    ["稔山镇", "稔山圩电商服务站", "稔山居委会", "圩镇主街", "4.0×1.0", 1600, "20.11.3", "2020-11-03", "居委会站点"],
    ["吉隆镇", "东三村电商服务站", "东三村委会", "村委会一楼", "3.0×0.8", 1200, D("2020-11-26"), "2020-11-26", null],
    ["吉隆镇", "塘尾村电商服务站", "塘尾村", "村口商店", "3.0×0.8", 1200, D("2020-11-26"), "2020-11-26", null],
    ["吉隆镇", "龙岗村电商服务站", "龙岗村", "村委会一楼", "3.0×0.8", 1200, "2020年12月", "2020-12", "按月结算，未记具体日"],
    ["黄埠镇", "大岭村电商服务站", "大岭村", "村委会一楼", "3.0×0.8", 1200, "2020.12.17", "2020-12-17", null],
    ["黄埠镇", "盐洲村电商服务站", "盐洲村", "渔港码头", "3.0×0.8", 1200, "2021.1.8", "2021-01-08", null],
    ["铁涌镇", "东坑村电商服务站", "东坑村", "村委会一楼", "3.0×0.8", 1200, "21.3.15", "2021-03-15", null],
    ["铁涌镇", "溪美村电商服务站", "溪美村", "村口商店", "3.0×0.8", 1200, "21.3.15", "2021-03-15", null],
    ["稔山镇", null, "范和村", "村委会外墙", "墙绘20㎡", 1500, "2021.4.2", null, "电商进农村宣传墙绘，不是站点"],
    ["稔山镇", "竹园村电商服务站", "竹园村委会", "村委会一楼", "3.0×0.8", 1200, "2021年5月20日", "2021-05-20", null],
    ["黄埠镇", "东联村电商服务站", "东联村", "村口商店", "3.0×0.8", 1200, "2021.6.11", "2021-06-11", null],
    ["吉隆镇", "新楼村电商服务站", "新楼村", "村委会一楼", "3.0×0.8", 1200, "2021.7.9", "2021-07-09", null],
    ["黄埠镇", "盐洲村电商服务站", "盐洲村", "渔港码头", "3.0×0.8", 1200, "2021.8.3", null, "台风“卢碧”损坏，更换招牌（原站点2021.1.8已挂牌）"],
    ["铁涌镇", "坝头村电商服务站", "坝头村", "村委会一楼", "3.0×0.8", 1200, "2021.8.27", "2021-08-27", null],
    ["稔山镇", "蟹洲村电商服务站", "蟹洲村", "村口商店", "3.0×0.8", 1200, "2021.9.10", "2021-09-10", "9月挂牌"],
  ];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("惠东县村级电子商务服务站门头招牌制作安装结算清单");
    full("承制单位：惠州市鸿图广告有限公司　　结算期间：2020年10月—2021年9月　　“挂牌（安装）日期”即站点挂牌开业日期（县商务局电商股核对）；更换、维修和墙绘不是新建站点");
    rows.push(["序号", "镇", "站点名称", "所在村（居）", "安装位置", "招牌规格（m）", "数量", "单价（元）", "金额（元）", "挂牌（安装）日期", "验收人", "备注"]);
    let tot = 0;
    SG.forEach((g, i) => { tot += g[5]; rows.push([i + 1, g[0], g[1] || "—", g[2], g[3], g[4], 1, g[5], g[5], g[6], i % 2 ? "叶××" : "曾××", g[8]]); });
    rows.push(["合计", null, null, null, null, null, SG.length, null, tot, null, null, "大写：贰万贰仟叁佰元整"]); merges.push(`A${R()}:F${R()}`);
    assert(tot === 22300, "22300 got " + tot);
    full("承制单位（盖章）：惠州市鸿图广告有限公司　　县商务局经办：叶××　　审核：曾××");
    sheets.push(sheet("招牌安装结算", rows, merges));
    const recs = SG.filter((g) => g[7]).map((g) => ({ village: g[2], opened: g[7] }));
    assert(recs.length === 16, "16 stations");
    expect["招牌安装结算"] = { kind: "stations", records: recs };
  }
  // ---------------------------------------------------------------- ⑤ persons first (ids reused by ④)
  // [镇, 村, sex, birth, 劳动能力, 是否就业, 就业地点, 就业方式, 月收入, 帮扶措施] ; migrant derived from place
  const PR = [
    ["稔山镇", "长排村", "男", "19760315", "有", "是", "惠州市惠城区", "企业务工", 3800, "交通补贴"],
    ["稔山镇", "长排村", "女", "19790822", "有", "是", "惠东县稔山镇", "公益性岗位（保洁）", 1500, "公益性岗位"],
    ["稔山镇", "长排村", "男", "20010416", "有", "是", "深圳市龙岗区", "企业务工", 4200, "职业介绍"],
    ["稔山镇", "大墩村", "男", "19680930", "弱", "否", null, "未就业", 0, "电商培训"],
    ["稔山镇", "大墩村", "女", "19710214", "有", "是", "惠东县平山街道", "企业务工", 3100, "电商培训"],
    ["稔山镇", "大墩村", "男", "19650707", "无", "否", null, "未就业（重病）", 0, "低保兜底"],
    ["吉隆镇", "东三村", "男", "19820519", "有", "是", "本村", "在家务农、网店", 2600, "电商培训、小额信贷"],
    ["吉隆镇", "东三村", "女", "19850103", "有", "是", "东莞市长安镇", "企业务工", 4000, "交通补贴"],
    ["吉隆镇", "东三村", "女", "19630611", "弱", "是", "本村", "在家务农", 800, "产业帮扶"],
    ["吉隆镇", "塘尾村", "男", "19740228", "有", "是", "惠东县吉隆镇", "灵活就业", 2800, "电商培训"],
    ["吉隆镇", "塘尾村", "女", "19770917", "有", "否", null, "未就业", 0, "电商培训"],
    ["吉隆镇", "塘尾村", "男", "19990125", "有", "是", "惠州市惠阳区", "企业务工", 3600, "职业介绍"],
    ["黄埠镇", "大岭村", "男", "19700808", "有", "是", "惠东县黄埠镇", "企业务工", 3300, "电商培训"],
    ["黄埠镇", "大岭村", "女", "19730412", "有", "是", "本村", "在家务农", 900, "电商培训"],
    ["黄埠镇", "大岭村", "男", "19620119", "无", "否", null, "未就业（残疾）", 0, "低保兜底"],
    ["黄埠镇", "大岭村", "女", "19960703", "有", "是", "广州市天河区", "企业务工", 4500, "职业介绍"],
    ["铁涌镇", "东坑村", "男", "19780625", "有", "是", "惠东县铁涌镇", "公益性岗位（护林）", 1500, "公益性岗位"],
    ["铁涌镇", "东坑村", "女", "19801111", "弱", "否", null, "未就业", 0, "电商培训"],
    ["铁涌镇", "东坑村", "男", "19860304", "有", "是", "本村", "养殖", 2400, "产业帮扶、电商培训"],
    ["铁涌镇", "东坑村", "女", "19890926", "有", "是", "惠州市大亚湾区", "企业务工", 3900, "交通补贴"],
    ["稔山镇", "长排村", "男", "19940207", "有", "是", "惠东县稔山镇", "电商服务站店员", 2500, "电商培训、就业推荐"],
    ["吉隆镇", "东三村", "男", "19640812", "弱", "是", "本村", "在家务农", 700, "产业帮扶"],
  ];
  const OUT = (p) => p !== null && !/^(惠东县|本村)/.test(p);
  const PER = PR.map((p, i) => ({ i, town: p[0], vil: p[1], sex: p[2], birth: p[3], labourCell: p[4], emp: p[5], place: p[6], way: p[7], pay: p[8], help: p[9],
    name: nameOf(i + 100, p[2], USED), id: makeIdSex(AREA, p[3], 200 + i * 31, i === 12, p[2]), labour: p[4] !== "无", migrant: OUT(p[6]) }));
  assert(PER.filter((p) => p.migrant).length === 6 && PER.filter((p) => !p.labour).length === 2 && PER[12].id.endsWith("X"), "6 migrants, 2 without labour, one X");
  // ---------------------------------------------------------------- ④ 误工补贴签领表 (training persons)
  const NP = (i, sex, birth) => ({ name: nameOf(i, sex, USED), id: makeIdSex(AREA, birth, 700 + i * 7, false, sex), town: null, vil: null, sex });
  const X1 = NP(150, "女", "19830521"), X2 = NP(151, "男", "19760902");
  X1.town = "稔山镇"; X1.vil = "竹园村"; X2.town = "黄埠镇"; X2.vil = "东联村";
  // [期, 标题 cell text, iso, place, [[person, status]]] status: ok | absent | proxy
  const P = (i) => PER[i];
  const SS = [
    ["第一期", "3月5日", "2021-03-05", "稔山镇文化站", [[P(3), "ok"], [P(4), "ok"], [P(0), "absent"], [P(1), "ok"], [P(20), "ok"], [P(6), "ok"], [P(9), "ok"], [P(10), "ok"], [X1, "ok"], [P(13), "ok"], [P(12), "ok"]]],
    ["第二期", "4月16日", "2021-04-16", "吉隆镇政府会议室", [[P(8), "ok"], [P(10), "ok"], [P(16), "ok"], [P(17), "proxy"], [P(18), "ok"], [P(21), "ok"], [P(7), "absent"], [P(13), "ok"], [X2, "ok"], [P(5), "absent"]]],
    ["第三期", "6月25日", "2021-06-25", "铁涌镇文化站", [[P(19), "ok"], [P(2), "ok"], [P(14), "absent"], [P(11), "ok"], [P(3), "ok"], [P(16), "ok"], [P(20), "ok"], [P(6), "proxy"], [P(1), "ok"]]],
    ["第四期", "9月3日", "2021-09-03", "县电商公共服务中心", [[P(17), "ok"], [P(9), "ok"], [P(15), "ok"], [P(18), "ok"]]],
  ];
  const recsT = [];
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("惠东县2021年脱贫户电商技能培训学员误工补贴领取签名表");
    full("县商务局、县电商公共服务中心　　补贴标准：每人每期50元，培训当天现场发放；未参训的不发放（照列名单，备注说明）　　各期均为一天");
    rows.push(["序号", "姓名", "身份证号", "镇", "村", "联系电话", "补贴金额（元）", "领取人签名", "备注"]);
    let no = 0;
    SS.forEach(([cls, md, iso, place, list]) => {
      full(cls + "　" + md + "　" + place + "　农村电商基础（脱贫户专场）");
      let got = 0, n = 0;
      list.forEach(([p, st], k) => {
        no++;
        const cell = p === P(12) && cls === "第一期" ? p.id.toLowerCase() : p.id;
        const amt = st === "absent" ? 0 : 50;
        got += amt; if (st !== "absent") n++;
        rows.push([no, p.name, cell, p.town, p.vil, `13${(no * 7) % 10}${String(10000000 + no * 7919).slice(-8)}`.replace(/^(\d{3})\d{4}/, "$1****"), amt,
          st === "absent" ? null : st === "proxy" ? `${nameOf(no + 600, p.sex === "男" ? "女" : "男", USED)}（代）` : p.name,
          st === "absent" ? (p.migrant ? "未参训（外出务工）" : "未参训（身体原因）") : st === "proxy" ? "本人参训，补贴由家属代领" : null]);
        if (st !== "absent") recsT.push({ date: iso, personTimes: 1, id: p.id });
        void k;
      });
      rows.push([null, "本期小计", null, null, null, null, got, `实到${n}人`, null]);
    });
    full("经办：县电商公共服务中心 刘××　　复核：县商务局 叶××");
    sheets.push(sheet("误工补贴签名表", rows, merges));
    expect["误工补贴签名表"] = { kind: "training", records: recsT };
    assert(recsT.length === 30 && recsT.filter((r) => r.date <= AS_OF).length === 26, "30 trainee rows (26 by cut-off) got " + recsT.length);
  }
  // ---------------------------------------------------------------- ⑤ 就业帮扶台账 (poorPersons)
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("惠东县脱贫劳动力就业帮扶台账（稔山、吉隆、黄埠、铁涌四镇）");
    full("惠东县人力资源和社会保障局　　2021年6月更新　　只列16—60周岁脱贫人口　　“劳动能力”：有、弱为有劳动能力，无为无劳动能力");
    full("“外出务工”指在惠东县以外务工（含惠州市其他县区、深圳、东莞、广州）；在县内（含本镇、本村）务工、公益性岗位、在家务农、未就业的不属外出务工。");
    rows.push(["序号", "镇", "村", "姓名", "身份证号", "性别", "劳动能力", "就业情况", null, null, null, "帮扶措施"]); merges.push(`H${R()}:K${R()}`);
    rows.push([null, null, null, null, null, null, null, "是否就业", "就业地点", "就业方式", "月收入（元）", null]);
    ["A", "B", "C", "D", "E", "F", "G", "L"].forEach((c) => merges.push(`${c}${R() - 1}:${c}${R()}`));
    PER.forEach((p, k) => rows.push([k + 1, p.town, p.vil, p.name, p.id, p.sex, p.labourCell, p.emp, p.place || "—", p.way, p.pay, p.help]));
    full(`共${PER.length}人；外出务工（县外）${PER.filter((p) => p.migrant).length}人。`);
    sheets.push(sheet("就业帮扶台账", rows, merges));
    expect["就业帮扶台账"] = { kind: "poorPersons", records: PER.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant })) };
  }
  // reorder: cover, villages, stations, training, persons (persons built before training for ids)
  write("ledgers/b130-l1-huidong.json", {
    description:
      "惠州惠东县商务局交的台账（四），五个表。①《封面》只有册名和目录，不是台账。②《集体经济收入统计》是县农业农村局的2020年度村级集体经济收入统计表，借作行政村清单：两行抬头（单位万元；“类别”村＝村民委员会、居＝居民委员会；居委会不填省定贫困村），镇名纵向合并，吉隆镇两个居委会排在前面，每镇后有小计行、最后合计行和注。读法：一行一个村（居）委会，“范和村委会”就是范和村；类别“居”的admin为false、贫困村空着 → null（不是否）；“省定贫困村”是／否，“是（2020年出列）”仍是省定贫困村；没有快递列 → express为null；收入、增长不读。共32条（村委会27个、居委会5个，贫困村6个）。③《招牌安装结算》是广告公司的村级站点门头招牌制作安装结算清单：抬头写明“挂牌（安装）日期”即站点挂牌开业日期，更换、维修和墙绘不是新站点；日期有“2020.10.28”、“20.11.3”两位年份、真日期、“2020年12月”（只到月）、“2021年5月20日”。读法：站点读“所在村（居）”和挂牌日期；序号12范和村宣传墙绘（站点名称“—”）不是站点；序号16盐洲村台风后更换招牌不是新站点（原站点1月8日已挂牌）；稔山居委会的站点照列；蟹洲村9月挂牌照列。共16个站点。④《误工补贴签名表》是脱贫户电商专班学员误工补贴领取签名表：一期一个标题行（“第一期　3月5日　稔山镇文化站……”，年份看表名“2021年”），下面一行一名学员，期末小计行。读法：一行一人次，日期读期标题；补贴0元、签名空、备注“未参训”的4行不是学员；“本人参训，补贴由家属代领”的2行是学员；第一期一个身份证号末位小写x，读作X；第四期“9月3日”照列。共30人次（截至8月31日26人次）。⑤《就业帮扶台账》是县人社局脱贫劳动力就业帮扶台账：两行表头（“就业情况”下分 是否就业｜就业地点｜就业方式｜月收入），说明行写明外出务工＝在惠东县以外务工（含惠州市其他县区）。读法：劳动能力有、弱 → 有，无 → 无；外出务工按“就业地点”：惠州市惠城区、惠阳区、大亚湾区、深圳、东莞、广州 → 是；“惠东县××镇”“本村”、公益性岗位、未就业（地点“—”）→ 否。共22人（外出务工6人，无劳动能力2人）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b130-l2-yunan: 云浮郁南县 — ①产业园《水电费分摊表》当入驻企业清单（月份为列；“公共区域”不是企业；9月入驻的照列）；
// ②《项目合同付款进度台账》当资金台账（一份合同一行，第一、二、三期付款横排，一期一笔；“未付（验收后）”“（计划…）”不是支付；
// “24万”“200,000.00”）；③局办公室《用印登记簿》当报送记录（只算送云浮市商务局的月度进展报告；“附件”列写电商扶贫统计表的为含扶贫统计）；
// ④专栏列表页逐页复制（置顶文章每页重复，算一条；页码行不是记录）；⑤《宣传报道剪报册目录》（月刊只到月；电视截图是电视）
// =====================================================================================
(function l2() {
  const AREA = "445322";
  const sheets = [], expect = {};
  // ---------------------------------------------------------------- ① 水电费分摊表 (enterprises)
  // [name, 业态, 房号, 面积, 入驻 iso, 入驻 cell, 退园 iso|null, 退园 cell|null, 备注]
  const EN = [
    ["云浮市南江电子商务有限公司", "电商运营商", "A101", 120, "2020-06-18", "2020.6.18", null, null, "园区运营方"],
    ["郁南县无核黄皮网店", "销售型", "A102", 40, "2020-06-18", "2020.6.18", null, null, null],
    ["郁南县邮乐购电商服务中心", "平台型", "A103", 60, "2020-07", "2020年7月", null, null, null],
    ["郁南县砂糖桔电子商务有限公司", "销售型", "A201", 50, "2020-07-20", D("2020-07-20"), null, null, null],
    ["郁南县中通快递服务部", "物流企业", "B101", 150, "2020-08-03", "2020.8.3", null, null, "含分拣场地"],
    ["郁南县连滩豆腐角网销店", "销售型", "A202", 30, "2020-08-17", "2020.8.17", "2021-05-31", "2021.5.31", "5月底退园"],
    ["云浮市南药直播文化传媒有限公司", "直播电商", "A203", 80, "2020-09-01", "2020.9.1", null, null, null],
    ["郁南县大湾腊味电子商务有限公司", "销售型", "A204", 40, "2020-10-12", "2020年10月12日", null, null, null],
    ["郁南县云仓供应链有限公司", "物流企业", "B102", 200, "2020-11-02", "2020.11.2", null, null, null],
    ["郁南县兰寨农产品网店", "销售型", "A205", 30, "2020-12-07", "2020.12.7", "2021-08-15", "2021.8.15", "8月中旬退园，8月按半月分摊"],
    ["郁南县南江代运营服务有限公司", "电商运营商", "A301", 60, "2021-01-11", "2021.1.11", null, null, null],
    ["郁南县建城镇黄皮专业合作社网店", "销售型", "A302", 30, "2021-03-15", D("2021-03-15"), null, null, "3月中旬入驻，3月按半月分摊"],
    ["郁南县都城米粉电子商务有限公司", "销售型", "A303", 40, "2021-04-06", "2021.4.6", null, null, null],
    ["郁南县乡村直播工作室", "直播电商", "A304", 30, "2021-06-01", "2021.6.1", null, null, null],
    ["郁南县宋桂蜂蜜网店", "销售型", "A305", 30, "2021-09-01", "2021.9.1", null, null, "9月入驻，9月起分摊"],
  ];
  const MON = ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  const share = (e, m, i) => {
    const ent = e[4].slice(0, 7), left = e[6] ? e[6].slice(0, 7) : null;
    if (ent > m || (left && left < m)) return null;
    let v = Math.round(e[3] * (3.2 + ((i * 7 + +m.slice(5)) % 9) / 10));
    if ((ent === m && e[4].length === 10 && +e[4].slice(8) > 10) || (left === m && +e[6].slice(8) < 25)) v = Math.round(v / 2);
    return v;
  };
  {
    const W = 18, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:R${R()}`); };
    full("郁南县电子商务产业园2021年1—8月水电费分摊表");
    full("郁南县电商产业园管理办公室　　按使用面积分摊，单位：元　　月份栏空白为当月不在园；“公共区域”由园区运营方承担，不是入驻企业　　制表：2021年9月10日");
    rows.push(["序号", "企业（单位）名称", "统一社会信用代码", "业态", "房号", "面积（㎡）", "入驻日期", "退园日期"].concat(MON.map((m) => `${+m.slice(5)}月`), ["合计", "备注"]));
    const colT = Array(8).fill(0);
    EN.forEach((e, i) => {
      const vs = MON.map((m) => share(e, m, i));
      vs.forEach((v, k) => { colT[k] += v || 0; });
      rows.push([i + 1, e[0], creditCode(AREA, i + 51), e[1], e[2], e[3], e[5], e[7]].concat(vs, [sum(vs.map((v) => v || 0)), e[8]]));
    });
    const pub = MON.map((m, k) => 900 + (k * 137) % 400);
    pub.forEach((v, k) => { colT[k] += v; });
    rows.push([null, "公共区域（走廊、展厅照明及空调）", null, null, "—", 600, null, null].concat(pub, [sum(pub), "运营方承担"]));
    rows.push(["合计", null, null, null, null, null, null, null].concat(colT, [sum(colT), null])); merges.push(`A${R()}:F${R()}`);
    full("注：水费按人头、电费按分表读数折算后按面积分摊；9月1日入驻的宋桂蜂蜜网店本期无分摊。");
    sheets.push(sheet("水电费分摊", rows, merges));
    expect["水电费分摊"] = { kind: "enterprises", records: EN.map((e) => ({ name: e[0], type: e[1], entered: e[4], left: e[6] })) };
    const inPark = EN.filter((e) => dateOk(e[4]) && !(e[6] && e[6] <= AS_OF));
    assert(EN.length === 15 && inPark.length === 12, "15 rows, 12 in park at cut-off");
  }
  // ---------------------------------------------------------------- ② 合同付款进度台账 (funds, installments across)
  // [合同, 承建单位, 合同金额, [[date cell|text, iso|null, amount cell|null, amount|null] x3], 备注]
  const CT = [
    ["县级电子商务公共服务中心建设及运营服务合同", "云浮市南江电子商务有限公司", 1500000,
      [["2020.8.20", "2020-08-20", 450000, 450000], [D("2021-01-15"), "2021-01-15", 600000, 600000], ["未付（验收后）", null, null, null]], "第三期450,000元验收后支付"],
    ["村级电商服务站点建设合同", "云浮市南江电子商务有限公司", 900000,
      [[D("2020-10-12"), "2020-10-12", 270000, 270000], ["2021.4.28", "2021-04-28", 360000, 360000], ["2021.9.6", "2021-09-06", 270000, 270000]], null],
    ["县乡村三级物流配送体系建设合同", "中国邮政集团有限公司郁南县分公司", 800000,
      [["2020.11.5", "2020-11-05", "24万", 240000], ["2021年5月20日", "2021-05-20", 320000, 320000], ["（计划2021年10月）", null, null, null]], "第三期240,000元"],
    ["农村电商人才培训服务合同", "广东南药电商培训学校", 500000,
      [["2020.12.1", "2020-12-01", 150000, 150000], ["2021.6.30", "2021-06-30", "200,000.00", 200000], ["2021.8.30", "2021-08-30", 150000, 150000]], "已结清"],
    ["农产品品牌培育与网络营销服务合同", "郁南县无核黄皮文化传播有限公司", 600000,
      [["2021.1.20", "2021-01-20", 180000, 180000], ["2021.7.16", "2021-07-16", 240000, 240000], [null, null, null, null]], "第三期180,000元待验收"],
    ["农产品质量溯源及冷链系统建设合同", "云浮市冷链物流有限公司", 700000,
      [["2021.3.3", "2021-03-03", 210000, 210000], [null, null, null, null], [null, null, null, null]], "进度滞后，第二期未达付款条件"],
  ];
  const recsF = [];
  CT.forEach((c) => c[3].forEach((p) => { if (p[1]) recsF.push({ date: p[1], amount: p[3] }); }));
  const paid = sum(recsF.map((r) => r.amount)), paidIn = sum(recsF.filter((r) => r.date <= AS_OF).map((r) => r.amount));
  assert(sum(CT.map((c) => c[2])) === 5000000 && recsF.length === 13 && paid === 3640000 && paidIn === 3370000, "13 payments, 3,640,000 (3,370,000 by cut-off) got " + paid + "/" + paidIn);
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("郁南县电子商务进农村综合示范项目合同付款进度台账");
    full("县商务局电商股　　金额单位：元　　付款日期为县财政国库支付日期；“未付”“计划”及空白均为尚未支付　　更新至2021年9月8日");
    rows.push(["序号", "合同名称", "承建单位", "合同金额", "第一期（预付款）", null, "第二期（进度款）", null, "第三期（验收款／尾款）", null, "累计已付", "未付", "备注"]);
    merges.push(`E${R()}:F${R()}`, `G${R()}:H${R()}`, `I${R()}:J${R()}`);
    rows.push([null, null, null, null, "付款日期", "金额", "付款日期", "金额", "付款日期", "金额", null, null, null]);
    ["A", "B", "C", "D", "K", "L", "M"].forEach((c) => merges.push(`${c}${R() - 1}:${c}${R()}`));
    CT.forEach((c, i) => {
      const got = sum(c[3].map((p) => p[3] || 0));
      rows.push([i + 1, c[0], c[1], c[2]].concat(...c[3].map((p) => [p[0], p[2]]), [got, c[2] - got, c[4]]));
    });
    rows.push(["合计", null, null, sum(CT.map((c) => c[2])), null, null, null, null, null, null, paid, 5000000 - paid, `其中截至8月31日${thousands(paidIn)}元`]); merges.push(`A${R()}:C${R()}`);
    sheets.push(sheet("合同付款台账", rows, merges));
    expect["合同付款台账"] = { kind: "funds", records: recsF };
  }
  // ---------------------------------------------------------------- ③ 用印登记簿 (reports)
  const UY = [];
  const CITY = "云浮市商务局";
  ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"].forEach((ym, k) => {
    const [y, m] = ym.split("-").map(Number);
    const py = m === 1 ? y - 1 : y, pm = m === 1 ? 12 : m - 1;
    const day = ym === "2021-02" ? 20 : 3 + (k * 2) % 5;
    const iso = `${ym}-${String(day).padStart(2, "0")}`;
    const pov = iso >= "2020-12";
    UY.push([iso, `郁南县商务局关于${py}年${pm}月电子商务进农村综合示范工作进展情况的报告`, 2, "局公章", CITY, pov ? "电商扶贫统计表" : "无", true, pov, ym === "2021-02" ? "春节后补报" : null]);
  });
  UY.push(["2020-09-18", "村级电商服务站点建设合同（第一批）", 4, "合同专用章", "云浮市南江电子商务有限公司", "无", false, null, null]);
  UY.push(["2020-12-24", "关于申请拨付省级电子商务进农村综合示范专项资金的函", 2, "局公章", "郁南县财政局", "资金拨付申请表", false, null, null]);
  UY.push(["2021-03-18", "关于商请出具行政村快递服务覆盖情况证明的函", 1, "局公章", "云浮市邮政管理局", "无", false, null, null]);
  UY.push(["2021-06-10", "证明（郁南县无核黄皮网店入驻产业园）", 1, "局公章", "郁南县市场监督管理局", "无", false, null, null]);
  UY.push(["2021-08-26", "关于2019年省级电子商务进农村综合示范创建考评自评情况的请示", 3, "局公章", "郁南县人民政府", "自评报告", false, null, null]);
  UY.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const recsR = UY.filter((u) => u[6]).map((u) => ({ date: u[0], poverty: u[7] }));
  assert(recsR.length === 13 && monthsCovered(recsR.map((r) => r.date)) === 12 && recsR.filter((r) => r.poverty).length === 10, "13 reports, 12 months, 10 with poverty");
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("郁南县商务局用印登记簿（2020年9月—2021年9月）", W)); merges.push("A1:J1");
    rows.push(span("局办公室　　用印须经分管领导审批；“附件”栏填随文附送的表格", W)); merges.push("A2:J2");
    rows.push(["序号", "用印日期", "文件名称", "份数", "印章类型", "送往单位", "附件", "经办人", "审批人", "备注"]);
    UY.forEach((u, i) => rows.push([i + 1, [fmtDot, D, fmtCn, fmtDot][i % 4](u[0]), u[1], u[2], u[3], u[4], u[5], ["谭××", "黎××", "陈××"][i % 3], "邓××", u[8]]));
    sheets.push(sheet("用印登记簿", rows, merges));
    expect["用印登记簿"] = { kind: "reports", records: recsR };
  }
  // ---------------------------------------------------------------- ④ 专栏列表页复制 (disclosures)
  const PIN = ["[置顶] 郁南县电子商务进农村综合示范县建设实施方案", "2020-07-15"];
  const ITEMS = [];
  const progM = ["2020年7月", "2020年8月", "2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月", "2021年5月", "2021年6月", "2021年7月", "2021年8月"];
  progM.forEach((m, k) => {
    const d = isoAdd("2020-08-06", k * 30 + (k % 3));
    ITEMS.push([`郁南县电子商务进农村综合示范项目建设进度（${m}）`, d]);
  });
  ITEMS.push(["郁南县电子商务进农村综合示范项目基本信息公示", "2020-07-20"]);
  ITEMS.push(["关于设立电子商务进农村综合示范项目监督举报电话的公告", "2020-07-20"]);
  ITEMS.push(["郁南县村级电商服务站点名单公示（第一批）", "2020-11-18"]);
  ITEMS.push(["郁南县村级电商服务站点名单公示（第二批）", "2021-05-12"]);
  ITEMS.push(["郁南县2021年电商人才培训计划", "2021-03-02"]);
  ITEMS.push(["郁南县电子商务进农村综合示范专项资金使用情况公示", "2021-07-09"]);
  ITEMS.push(["郁南县电商产业园入驻企业名单公示", "2021-09-10"]);
  ITEMS.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  const PER_PAGE = 9;
  const total = ITEMS.length + 1;
  const pages = Math.ceil(ITEMS.length / PER_PAGE);
  assert(total === 22 && pages === 3, "22 items on 3 pages");
  {
    const W = 2, rows = [], merges = [];
    rows.push(span("当前位置：首页 > 专题专栏 > 郁南县电子商务进农村综合示范专栏", W)); merges.push("A1:B1");
    rows.push(["（县商务局从县政府网站专栏列表页逐页复制，2021年9月12日；置顶文章每页都显示）", null]); merges.push("A2:B2");
    const recs = [{ date: PIN[1] }];
    for (let p = 0; p < pages; p++) {
      rows.push([PIN[0], PIN[1]]);
      ITEMS.slice(p * PER_PAGE, (p + 1) * PER_PAGE).forEach((it) => { rows.push([`· ${it[0]}`, it[1]]); recs.push({ date: it[1] }); });
      rows.push(span("共 " + total + " 条　每页 " + (PER_PAGE + 1) + " 条　首页　上一页　1　2　3　下一页　尾页　当前第 " + (p + 1) + "/" + pages + " 页", W)); merges.push(`A${rows.length}:B${rows.length}`);
    }
    // pinned first in sheet order, the rest in their first occurrence order
    sheets.push(sheet("专栏列表页", rows, merges));
    expect["专栏列表页"] = { kind: "disclosures", records: recs };
    assert(recs.length === 22, "22 records");
  }
  // ---------------------------------------------------------------- ⑤ 剪报册目录 (media)
  // [页码, 日期 cell, iso, 媒体, 级别, 版次, 标题, 形式]
  const MD = [
    [1, "2020年11月18日", "2020-11-18", "云浮日报", "市级", "第3版", "郁南：电商服务站开到村口", "报纸"],
    [2, D("2020-12-09"), "2020-12-09", "南方+客户端", "省级", "云浮频道", "无核黄皮搭上直播快车", "网络"],
    [3, "2021.1.6", "2021-01-06", "郁南县融媒体中心《郁南新闻》", "县级", "电视截图", "我县举办网上年货节", "电视"],
    [4, "2021年3月", "2021-03", "《广东商务》（月刊）", "省级", "2021年第3期", "郁南县电子商务进农村工作经验", "期刊"],
    [5, "2021.4.22", "2021-04-22", "云浮广播电视台《云浮新闻》", "市级", "电视截图", "郁南电商产业园集聚效应显现", "电视"],
    [6, "2021.6.3", "2021-06-03", "中国商务新闻网", "中央级", "地方商务", "广东郁南：农村电商助力砂糖桔出村进城", "网络"],
    [7, "2021.7.28", "2021-07-28", "“郁南发布”微信公众号", "县级", "—", "郁南电商直播带货大赛圆满落幕", "网络"],
    [8, "2021.9.2", "2021-09-02", "南方日报", "省级", "A06版", "郁南：小站点连起致富大市场", "报纸"],
  ];
  const LV = { 中央级: "national", 省级: "province", 市级: "city", 县级: "county" };
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("郁南县电子商务进农村宣传报道剪报册（目录）", W)); merges.push("A1:I1");
    rows.push(span("县商务局　　剪报、网页打印件和电视画面截图按刊发时间顺序粘贴；期刊只注明期次", W)); merges.push("A2:I2");
    rows.push(["页码", "刊发（播出）日期", "媒体", "级别", "版次／栏目", "标题", "形式", "剪贴人", "备注"]);
    MD.forEach((m, i) => rows.push([m[0], m[1], m[3], m[4], m[5], m[6], m[7], i % 2 ? "谭××" : "黎××", m[7] === "电视" ? "电视画面截图3张" : m[2] > AS_OF ? "9月刊发" : null]));
    sheets.push(sheet("剪报册目录", rows, merges));
    expect["剪报册目录"] = { kind: "media", records: MD.map((m) => ({ date: m[2], level: LV[m[4]], tv: m[7] === "电视" })) };
  }
  write("ledgers/b130-l2-yunan.json", {
    description:
      "云浮郁南县商务局交的一本台账，五个表，都是别的用途的表拿来当台账。①《水电费分摊》是产业园2021年1—8月水电费分摊表：企业一行，列 名称｜信用代码｜业态｜房号｜面积｜入驻日期｜退园日期｜1月…8月（分摊金额，空白为不在园）｜合计｜备注。读法：入驻、退园读那两列（“2020年7月”只到月，有真日期、“2020年10月12日”），不从月份栏推；“公共区域（走廊、展厅照明及空调）”没有序号、由运营方承担，不是企业；连滩豆腐角网店2021.5.31、兰寨农产品网店2021.8.15退园；宋桂蜂蜜网店9月1日入驻，月份栏全空，照列。共15家。②《合同付款台账》是项目合同付款进度台账：一份合同一行，两行表头，第一期（预付款）、第二期（进度款）、第三期（验收款／尾款）各分 付款日期｜金额 横排。读法：一期付款一条，按行、从左到右；“未付（验收后）”“（计划2021年10月）”和空白不是支付；“24万” → 240,000元，“200,000.00” → 200,000；2021.9.6那笔照列；累计已付、未付、合计不是记录。共13笔3,640,000元（截至8月31日3,370,000元）。③《用印登记簿》是局办公室用印登记：只有送“云浮市商务局”的月度工作进展报告是报送记录，日期读用印日期（有“2020.9.3”、真日期、“…年…月…日”）；2020年12月起“附件”栏为“电商扶贫统计表” → 含扶贫统计，之前“无” → 否；2021年2月20日春节后补报的1月报告照算；合同、给县财政局的函、给市邮政管理局的函、给市场监管局的证明、给县政府的请示都不是。共13条（2021年9月的照列）。④《专栏列表页》是县政府网站专栏列表页逐页复制（两列：标题｜日期文本），共3页，每页顶上都重复一条“[置顶]建设实施方案（2020-07-15）”（第2行写明置顶每页都显示），页尾“共 22 条……当前第 n/3 页”。读法：一篇文章一条，置顶只算一次（按首次出现排在最前），页码行不是记录；按发布日期倒序。共22条。⑤《剪报册目录》：级别 中央级→national、省级、市级、县级；形式“电视”（电视画面截图）的tv为true，报纸、网络、期刊为false；《广东商务》月刊只写“2021年3月” → 2021-03；南方日报2021.9.2照列。共8条。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
