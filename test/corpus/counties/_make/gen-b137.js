// Batch 137 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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

// 人民币大写（整元）
function daxie(n) {
  assert(Number.isInteger(n) && n > 0 && n < 100000000, "daxie " + n);
  const DG = "零壹贰叁肆伍陆柒捌玖";
  const sec = (x) => {
    let out = "", zero = false;
    [[1000, "仟"], [100, "佰"], [10, "拾"], [1, ""]].forEach(([u, t]) => {
      const d = Math.floor(x / u) % 10;
      if (d === 0) { if (out !== "") zero = true; } else { if (zero) out += "零"; zero = false; out += DG[d] + t; }
    });
    return out;
  };
  let s;
  if (n >= 10000) { const hi = Math.floor(n / 10000), lo = n % 10000; s = sec(hi) + "万"; if (lo > 0) { if (lo < 1000) s += "零"; s += sec(lo); } } else s = sec(n);
  return s + "元整";
}
assert(daxie(128800) === "壹拾贰万捌仟捌佰元整" && daxie(420000) === "肆拾贰万元整" && daxie(96600) === "玖万陆仟陆佰元整", "daxie");

// =====================================================================================
// counties/b137-c1-renhua: 韶关仁化县 — 整本材料大多是从别的单位借来的表：《自评结果公示》（网站公示稿，公示正文一段一行＋自评表）；
// 县文广旅体局《农家书屋基本情况统计表》当村名单；保险公司《站点财产保险投保清单》当站点清单（读“站点开业日期”，不读保险期间）；
// 县人社局《职业技能培训开班备案及结业审核登记表》（只算电商类、已审核、按结业日期）；产业园《水电费分摊表》当入驻企业清单；
// 承建单位开具的《收款收据登记簿》（大写／小写金额，作废）；电商股《报表报送登记簿》（报送对象有好几家，只有韶关市商务局的算）；
// 专栏《项目建设进度公开稿汇编》（一期一块，读发布时间，不读进度月份）；《宣传报道剪报册目录》
// =====================================================================================
(function c1() {
  const sheets = [], USED = new Set();
  const TOWNS = ["丹霞街道", "董塘镇", "石塘镇", "大桥镇", "周田镇", "黄坑镇", "闻韶镇", "扶溪镇", "长江镇", "城口镇", "红山镇"];
  const NV = [6, 12, 10, 11, 14, 8, 10, 9, 9, 10, 7];
  assert(NV.length === TOWNS.length && sum(NV) === 106, "106 villages");
  const COMMS = { 丹霞街道: ["城北社区", "城南社区", "建设社区", "锦江社区", "丹山社区", "新华社区"], 董塘镇: ["董塘社区", "安岗社区"], 石塘镇: ["石塘社区"],
    大桥镇: ["大桥社区"], 周田镇: ["周田社区"], 黄坑镇: ["黄坑社区"], 闻韶镇: ["闻韶社区"], 扶溪镇: ["扶溪社区"], 长江镇: ["长江社区"], 城口镇: ["城口社区"], 红山镇: ["红山社区"] };
  const NCOMM = sum(Object.values(COMMS).map((c) => c.length));
  assert(NCOMM === 17, "17 communities");
  const BAD = new Set(Object.values(COMMS).flat().map((c) => c.replace(/社区$/, "")).concat(TOWNS.map((t) => t.replace(/(镇|街道)$/, ""))));
  const P1 = "石周岭坪水龙凤高新上下大黄蕉竹松茶梅桂沙".split("");
  const P2 = "坑塘坪田湖溪口岗江背寨头坝冲陂洞垌岭山围".split("");
  const cand = [];
  P1.forEach((a, i) => P2.forEach((b, j) => { if (a !== b) cand.push([(i * 113 + j * 59 + i * j * 23) % 997, a + b]); }));
  cand.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  const VN = [...new Set(cand.map((c) => c[1]))].filter((n) => !BAD.has(n)).slice(0, 106).map((n) => n + "村");
  assert(VN.length === 106, "names");
  const VIL = [];
  let vk = 0;
  TOWNS.forEach((t, ti) => { for (let n = 0; n < NV[ti]; n++) { VIL.push({ name: VN[vk], town: t, k: vk }); vk++; } });
  const POORK = VIL.filter((v) => v.k % 7 === 3).map((v) => v.k).slice(0, 14);
  assert(POORK.length === 14, "14 poor");
  const isPoor = (k) => POORK.includes(k);
  const nonPoor = VIL.filter((v) => !isPoor(v.k));
  const covNP = nonPoor.filter((v, j) => j % 3 !== 2).slice(0, 61);
  const POOR_SEPT = POORK[9];
  const COVK = POORK.filter((k) => k !== POOR_SEPT).concat(covNP.map((v) => v.k));
  assert(COVK.length === 74, "74 covered");
  const uncovNP = nonPoor.filter((v) => !covNP.includes(v));
  // [k, opened, insurance start]
  const LATE = [[POOR_SEPT, "2021-09-16", "2021-09-23"], [uncovNP[3].k, "2021-09-06", "2021-08-25"], [uncovNP[10].k, "2021-09-22", "2021-09-29"],
    [uncovNP[17].k, "2021-10-13", "2021-10-20"], [uncovNP[25].k, "2021-10-27", "2021-11-03"]];
  const SECOND = [covNP[30].k, "2021-05-18"];
  const COMM_ST = [["丹霞街道", "城南社区", "2020-08-06"], ["董塘镇", "董塘社区", "2021-03-02"]];

  // ---------------------------------------------------------------- 农家书屋基本情况统计表 (villages, no express column)
  const EXTRA = VIL[40];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("仁化县农家书屋基本情况统计表");
    full("填报单位：仁化县文化广电旅游体育局（县图书馆）　　统计时间：2021年6月　　“村（居）类别”填村委会或居委会（社区）；“是否省定相对贫困村”按2016年省定名单填，社区填“—”");
    rows.push(["序号", "镇（街道）", "书屋名称", "所在村（社区）", "村（居）类别", "是否省定相对贫困村", "藏书（册）", "报刊（种）", "音像制品（种）", "管理员", "备注"]);
    let no = 0, books = 0, nBooth = 0;
    TOWNS.forEach((t) => {
      const s0 = R() + 1;
      const list = VIL.filter((v) => v.town === t).map((v) => ({ v: v.name, comm: false, k: v.k, nm: v.name.replace(/村$/, "") + "村农家书屋" }));
      if (t === EXTRA.town) {
        const at = list.findIndex((e) => e.k === EXTRA.k);
        list.splice(at + 1, 0, { v: EXTRA.name, comm: false, k: EXTRA.k, nm: EXTRA.name.replace(/村$/, "") + "村老屋场自然村农家书屋", extra: true });
      }
      (COMMS[t] || []).forEach((c) => list.push({ v: c, comm: true, nm: c + "农家书屋" }));
      let tb = 0;
      list.forEach((e, i) => {
        no++;
        const b = e.comm ? 2200 + ((no * 37) % 900) : 1500 + ((no * 53) % 700);
        tb += b;
        rows.push([no, i === 0 ? t : null, e.nm, e.v, e.comm ? "居委会（社区）" : "村委会", e.comm ? "—" : isPoor(e.k) ? "是" : "否", b, 8 + (no % 7), 20 + (no % 30),
          nameOf(no, no % 3 ? "男" : "女", USED), e.extra ? `${EXTRA.name}第二个书屋（设在老屋场自然村），不是另一个村` : e.comm ? null : isPoor(e.k) ? "省定相对贫困村，已出列" : null]);
      });
      merges.push(`B${s0}:B${R()}`);
      books += tb; nBooth += list.length;
      rows.push([null, `${t}小计`, `书屋${list.length}个`, null, null, null, tb, null, null, null, null]);
    });
    assert(nBooth === 124, "124 书屋");
    rows.push(["全县合计", null, `书屋${nBooth}个（行政村106个，其中1个村设2个书屋；社区（居委会）17个）`, null, null, `省定相对贫困村${POORK.length}个`, books, null, null, null, null]);
    merges.push(`A${R()}:B${R()}`, `C${R()}:E${R()}`);
    full("填表：县图书馆 李××　　审核：县文广旅体局 谢××");
    sheets.push(sheet("农家书屋统计", rows, merges));
  }

  // ---------------------------------------------------------------- 站点财产保险投保清单 (stations)
  const ST = [];
  const order = COVK.slice().sort((a, b) => ((a * 41) % 106) - ((b * 41) % 106) || a - b);
  order.forEach((k, i) => {
    const opened = i === 73 ? "2021-08-31" : isoAdd("2019-12-10", Math.floor((i * 620) / 73));
    ST.push({ k, town: VIL[k].town, vil: i % 5 === 2 ? VIL[k].name.replace(/村$/, "村委会") : VIL[k].name, name: VIL[k].name.replace(/村$/, "") + "村电商服务站", opened, ins: null, note: null });
  });
  ST.push({ k: SECOND[0], town: VIL[SECOND[0]].town, vil: VIL[SECOND[0]].name, name: VIL[SECOND[0]].name.replace(/村$/, "") + "圩电商服务站", opened: SECOND[1], ins: null, note: "同村第二个站点（圩镇）" });
  COMM_ST.forEach(([t, c, o]) => ST.push({ k: null, town: t, vil: c, name: c + "电商服务站", opened: o, ins: null, note: "社区站点" }));
  LATE.forEach(([k, o, ins]) => ST.push({ k, town: VIL[k].town, vil: VIL[k].name, name: VIL[k].name.replace(/村$/, "") + "村电商服务站", opened: o, ins,
    note: ins < o ? "设备8月25日进场先行投保，9月6日开业" : null }));
  ST.forEach((s) => { if (!s.ins) s.ins = s.opened <= "2020-12-31" ? "2021-01-01" : isoAdd(s.opened, 7); });
  const covIn = new Set(ST.filter((s) => s.k !== null && s.opened <= AS_OF).map((s) => s.k));
  const covAll = new Set(ST.filter((s) => s.k !== null).map((s) => s.k));
  const poorIn = POORK.filter((k) => covIn.has(k)).length;
  assert(ST.length === 82 && covIn.size === 74 && covAll.size === 79 && poorIn === 13, "82 stations; 74 villages by cut-off (79 in all); 13 poor");
  assert(covIn.size * 100 < 106 * 70 && covIn.size * 100 >= 106 * 50 && covAll.size * 1000 >= 106 * 745 && poorIn * 100 >= 14 * 80, "69.8% → 2 (79 → 74.5%); 92.9% → 3");
  const byIns = new Set(ST.filter((s) => s.k !== null && s.ins <= AS_OF).map((s) => s.k));
  assert(byIns.size === 74, "reading the insurance start instead swaps two stations but gives 74 as well");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("中国人民财产保险股份有限公司仁化支公司　财产基本险被保险站点清单");
    full("投保人：仁化县商务局　　保单号：PQYC202144022400000381　　险种：财产基本险（附加盗抢险）　　“站点开业日期”由县商务局提供；“保险期间”是该站点的保险责任起止日，不是开业日期；新开站点按批单批增　　打印日期：2021-12-20");
    rows.push(["序号", "镇（街道）", "被保险站点", "所在村（居）", "站点开业日期", "保险标的", "保险金额（元）", "保费（元）", "保险期间", "批改记录", "备注"]);
    const FMT = [D, fmtDot, fmtCn, D, fmtSlash];
    let no = 0, amt = 0, prem = 0;
    const put = (s) => {
      no++;
      const days = Math.round((Date.parse("2021-12-31") - Date.parse(s.ins)) / 86400000) + 1;
      const p = Math.round((90 * days) / 365);
      amt += 30000; prem += p;
      const batch = s.ins > "2021-01-01";
      rows.push([no, s.town, s.name, s.vil, FMT[no % 5](s.opened), "电脑、收银机、货架、监控设备", 30000, p, `${fmtDot(s.ins)}-2021.12.31`,
        batch ? `${fmtDot(s.ins)}批增` : s === ST[5] ? "2021.10.20批减（撤并至镇级服务站），8月底前正常运营" : null, s.note]);
    };
    full("一、承保时清单（2021年1月1日起保，2020年12月31日前开业的站点）");
    const first = ST.filter((s) => s.ins === "2021-01-01").sort((a, b) => TOWNS.indexOf(a.town) - TOWNS.indexOf(b.town) || (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0));
    assert(first.includes(ST[5]), "批减 station is in the first list");
    first.forEach(put);
    full("二、批增站点（2021年新开业，按批单生效日排列）");
    ST.filter((s) => s.ins > "2021-01-01").sort((a, b) => (a.ins < b.ins ? -1 : a.ins > b.ins ? 1 : 0)).forEach(put);
    rows.push(["合计", null, `站点${no}个`, null, null, null, amt, prem, null, null, null]); merges.push(`A${R()}:B${R()}`);
    assert(no === 82, "82 rows");
    full("保险人（盖章）：中国人民财产保险股份有限公司仁化支公司　　经办：陈××");
    sheets.push(sheet("站点投保清单", rows, merges));
  }

  // ---------------------------------------------------------------- 人社局 开班备案及结业审核登记表 (training sessions)
  // [编号, 机构, 项目, 开班, 结业, 备案人数, 结业人数, 状态, 电商?]
  const INST = ["韶关市丹霞职业培训学校", "仁化县职业技术学校", "仁化县农业广播电视学校"];
  const CL = [
    ["RH2020-031", 0, "电子商务师（农村电商）", "2020-09-14", "2020-09-18", 160, 152, "已审核", true],
    ["RH2020-033", 1, "育婴员", "2020-09-21", "2020-09-30", 60, 58, "已审核", false],
    ["RH2020-036", 0, "网络直播营销", "2020-10-19", "2020-10-23", 150, 146, "已审核", true],
    ["RH2020-041", 0, "农村电商创业", "2020-11-16", "2020-11-20", 180, 171, "已审核", true],
    ["RH2020-044", 1, "中式烹调师", "2020-11-23", "2020-12-04", 50, 50, "已审核", false],
    ["RH2020-047", 0, "电子商务师（农村电商）", "2020-12-07", "2020-12-11", 160, 155, "已审核", true],
    ["RH2021-003", 0, "网络直播营销", "2021-01-11", "2021-01-15", 150, 138, "已审核", true],
    ["RH2021-005", 2, "茶艺师", "2021-01-18", "2021-01-22", 45, 44, "已审核", false],
    ["RH2021-008", 0, "农村电商创业", "2021-02-22", "2021-02-26", 110, 100, "已审核", true],
    ["RH2021-012", 0, "电子商务师（农村电商）", "2021-03-15", "2021-03-19", 170, 164, "已审核", true],
    ["RH2021-014", 1, "电工", "2021-03-22", "2021-04-02", 40, 38, "已审核", false],
    ["RH2021-017", 0, "网络直播营销", "2021-04-12", "2021-04-16", 180, 176, "已审核", true],
    ["RH2021-020", 2, "农村电商创业", "2021-04-26", null, 80, null, "撤销（报名不足，未开班）", true],
    ["RH2021-022", 0, "农村电商创业", "2021-05-10", "2021-05-14", 160, 158, "已审核", true],
    ["RH2021-024", 2, "农业经理人", "2021-05-24", "2021-05-28", 60, 57, "已审核", false],
    ["RH2021-026", 0, "电子商务师（农村电商）", "2021-06-07", "2021-06-11", 150, 149, "已审核", true],
    ["RH2021-028", 1, "家政服务员", "2021-06-15", "2021-06-24", 55, 52, "已审核", false],
    ["RH2021-030", 0, "网络直播营销", "2021-07-05", "2021-07-09", 170, 166, "已审核", true],
    ["RH2021-033", 2, "农村电商创业", "2021-07-19", "2021-07-23", 150, 144, "退回（考勤记录不全，不予认定）", true],
    ["RH2021-036", 0, "电子商务师（农村电商）", "2021-08-09", "2021-08-13", 180, 177, "已审核", true],
    ["RH2021-038", 1, "保育员", "2021-08-16", "2021-08-25", 50, 49, "已审核", false],
    ["RH2021-041", 0, "网络直播营销", "2021-08-30", "2021-09-03", 160, 150, "已审核", true],
  ];
  const POP = 193000;
  const okCl = CL.filter((c) => c[8] && c[7] === "已审核" && c[4] && c[4] <= AS_OF);
  const T_IN = sum(okCl.map((c) => c[6]));
  const T_CLERK = T_IN + 150 + 144;
  const T_ALL = sum(CL.filter((c) => c[4] && c[4] <= AS_OF && c[7] === "已审核").map((c) => c[6]));
  assert(T_IN === 1852 && T_CLERK === 2146, "1,852 by cut-off; clerk 2,146 got " + T_IN);
  assert(T_IN * 1000 >= POP * 8 && T_IN * 100 < POP && (T_IN + 144) * 100 >= POP && (T_IN + 150) * 100 >= POP && T_ALL * 100 >= POP, "0.96% → 8; 退回 or September class or other trades → 10");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("仁化县职业技能提升行动培训开班备案及结业审核登记表");
    full("县人力资源和社会保障局职业能力建设股　　登记期间：2020年9月—2021年9月　　“结业人数”为考勤合格、经审核认定的实际参训人数；审核状态“退回”的不予认定，“撤销”的未开班");
    full("（县商务局电商股从人社局复制，最后一列为电商股标注：电商类培训 = 电子商务师（农村电商）、网络直播营销、农村电商创业；电商培训人次按已审核班次的结业人数计，一人参加一个班计1人次）");
    rows.push(["序号", "备案编号", "培训机构", "培训项目（职业／工种）", "开班日期", "结业日期", "备案人数", "结业人数", "审核状态", "审核日期", "补贴标准（元／人）", "电商股标注"]);
    CL.forEach((c, i) => rows.push([i + 1, c[0], INST[c[1]], c[2], D(c[3]), c[4] ? D(c[4]) : "—", c[5], c[6] === null ? "—" : c[6], c[7], c[4] ? D(isoAdd(c[4], 12)) : "—",
      c[8] ? 1200 : 1500, c[8] ? (c[7] === "已审核" ? "电商" : "电商（未认定，不计）") : null]));
    rows.push(["合计", null, null, null, null, null, sum(CL.map((c) => c[5])), sum(CL.map((c) => c[6] || 0)), null, null, null, null]); merges.push(`A${R()}:F${R()}`);
    full("填表：县人社局 何××　　2021年9月30日");
    sheets.push(sheet("人社培训备案登记", rows, merges));
  }

  // ---------------------------------------------------------------- 产业园水电费分摊表 (enterprises)
  const EN = [
    ["仁化县丹霞电子商务运营有限公司", "电商运营商", "A101", 180, "2020-10-28", null],
    ["中国邮政集团有限公司仁化县分公司（邮乐购）", "平台型", "A102", 120, "2020-10-28", null],
    ["仁化县贡柑网店", "销售型", "A201", 40, "2020-11-05", null],
    ["仁化县白毛茶电子商务有限公司", "销售型", "A202", 60, "2020-11-12", null],
    ["韶关市顺丰速运有限公司仁化营业部", "物流企业", "B101", 150, "2020-11-20", null],
    ["仁化县长江沙田柚网店", "销售型", "A203", 40, "2020-12-03", null],
    ["仁化县丹霞山文创电商工作室", "销售型", "A204", 35, "2020-12-15", "2021-03-31"],
    ["仁化县云仓供应链管理有限公司", "物流企业", "B102", 200, "2021-01-06", null],
    ["仁化县视界摄影设计工作室", "电商服务", "A205", 45, "2021-01-18", null],
    ["仁化县董塘高坪茶网店", "销售型", "A206", 35, "2021-02-22", null],
    ["仁化县乡味来直播传媒有限公司", "直播电商", "A301", 90, "2021-03-08", null],
    ["仁化县周田农特产网店", "销售型", "A204", 35, "2021-03-19", "2021-06-30"],
    ["仁化县扶溪竹笋电子商务有限公司", "销售型", "A302", 50, "2021-04-02", null],
    ["仁化县优选代运营服务有限公司", "电商运营商", "A303", 60, "2021-04-16", null],
    ["仁化县城口板栗网店", "销售型", "A304", 35, "2021-05-07", null],
    ["仁化县黄坑蜂蜜网店", "销售型", "A305", 35, "2021-05-21", null],
    ["仁化县石塘米酒电子商务有限公司", "销售型", "A306", 50, "2021-06-04", null],
    ["仁化县丹霞优品供销电商有限公司", "平台型", "A103", 100, "2021-06-18", null],
    ["仁化县大桥番薯干网店", "销售型", "A204", 35, "2021-07-02", null],
    ["仁化县红山腐竹网店", "销售型", "A307", 35, "2021-07-23", null],
    ["仁化县韶冷冷链物流有限公司", "物流企业", "B103", 220, "2021-08-13", null],
    ["仁化县长江香芋电子商务有限公司", "销售型", "A308", 40, "2021-09-01", null],
  ];
  const inPark = EN.filter((e) => e[4] <= AS_OF && !(e[5] && e[5] <= AS_OF));
  const everIn = EN.filter((e) => e[4] <= AS_OF);
  assert(inPark.length === 19 && everIn.length === 21 && new Set(inPark.map((e) => e[1])).size >= 3, "19 in park at cut-off (21 ever)");
  {
    const MS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const W = 7 + MS.length + 1, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("仁化县电子商务产业园2021年1—9月水电费分摊表");
    full("园区运营方：仁化县丹霞电子商务运营有限公司　　单位：元　　按各户面积和分表读数分摊；“入驻日期”为签订入园协议日期，“退租日期”为退园交接日期；“公共区域”“服务中心自用”由运营方承担，不是入驻企业");
    rows.push(["序号", "户名", "企业类型", "房号", "面积（㎡）", "入驻日期", "退租日期"].concat(MS.map((m) => `${m}月`), ["合计"]));
    const colT = Array(MS.length).fill(0);
    let grand = 0;
    const fee = (area, m, i) => Math.round(area * 320 + ((i * 131 + m * 57) % 900)) / 100; // 元, two decimals
    EN.forEach((e, i) => {
      const fm = e[4] < "2021-01-01" ? 1 : +e[4].slice(5, 7);
      const lm = e[5] ? +e[5].slice(5, 7) : 9;
      const cells = MS.map((m) => (m >= fm && m <= lm ? fee(e[3], m, i) : null));
      const t = Math.round(sum(cells.map((c) => (c || 0) * 100))) / 100;
      cells.forEach((c, j) => { colT[j] += Math.round((c || 0) * 100); });
      grand += Math.round(t * 100);
      const ent = [D, fmtDot, fmtCn][i % 3](e[4]);
      rows.push([i + 1, e[0], e[1], e[2], e[3], ent, e[5] ? fmtDot(e[5]) : null].concat(cells, [t]));
    });
    [["公共区域（走廊、电梯、路灯）", 800], ["服务中心自用（培训室、展厅、直播间）", 600]].forEach(([n, a], j) => {
      const cells = MS.map((m) => fee(a, m, 50 + j));
      const t = Math.round(sum(cells.map((c) => c * 100))) / 100;
      cells.forEach((c, k) => { colT[k] += Math.round(c * 100); });
      grand += Math.round(t * 100);
      rows.push([null, n, "—", "—", a, "—", "—"].concat(cells, [t]));
    });
    rows.push(["合计", null, null, null, null, null, null].concat(colT.map((c) => c / 100), [grand / 100])); merges.push(`A${R()}:G${R()}`);
    assert(Math.round(sum(colT)) === grand, "fee totals agree");
    full("制表：运营方财务 黄××　　核对：县商务局电商股 邓××　　2021年10月8日");
    sheets.push(sheet("园区水电费分摊", rows, merges));
  }

  // ---------------------------------------------------------------- 收款收据登记簿 (funds)
  // [iso, 收据号, 收款单位, 事由, amount, 作废?]
  const RC = [
    ["2020-09-25", "0012601", "仁化县丹霞电子商务运营有限公司", "县电子商务公共服务中心建设首期款", 420000],
    ["2020-11-06", "3305112", "中国邮政集团有限公司仁化县分公司", "村级电商服务站点建设首期款", 300000],
    ["2020-12-18", "0088417", "韶关市通达物流有限公司", "县镇村三级物流配送体系建设首期款", 350000],
    ["2021-01-20", "0200035", "韶关市丹霞职业培训学校", "电商培训服务费（第一批）", 128800],
    ["2021-03-12", "0012618", "仁化县丹霞电子商务运营有限公司", "县电子商务公共服务中心建设进度款", 380000],
    ["2021-03-12", "0012619", "仁化县丹霞电子商务运营有限公司", "农产品品牌培育推广首期款", 38000, "作废（金额写错，重开0012620号）"],
    ["2021-03-15", "0012620", "仁化县丹霞电子商务运营有限公司", "农产品品牌培育推广首期款", 180000],
    ["2021-04-23", "3305140", "中国邮政集团有限公司仁化县分公司", "村级电商服务站点建设进度款", 450000],
    ["2021-05-28", "0500712", "韶关市溯源信息科技有限公司", "农产品质量追溯系统建设款", 226000],
    ["2021-06-25", "0200051", "韶关市丹霞职业培训学校", "电商培训服务费（第二批）", 96600],
    ["2021-07-16", "0088436", "韶关市通达物流有限公司", "县镇村三级物流配送体系建设进度款", 400000],
    ["2021-08-20", "3305166", "中国邮政集团有限公司仁化县分公司", "村级电商服务站点建设第二批款", 520000],
    ["2021-08-27", "0012633", "仁化县丹霞电子商务运营有限公司", "电商产业园改造工程款", 265000],
    ["2021-09-08", "0200068", "韶关市丹霞职业培训学校", "电商培训服务费（第三批）", 179600],
  ];
  const F_IN = sum(RC.filter((r) => !r[5] && r[0] <= AS_OF).map((r) => r[4]));
  const F_ALLOC = 5000000;
  assert(F_IN === 3716400 && F_IN + 179600 === 3896000 && F_IN * 100 >= F_ALLOC * 70, "3,716,400 = 74.3% (clerk 389.6万 includes 9月)");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("仁化县商务局省级电子商务进农村综合示范专项资金收款收据登记簿");
    full("说明：专项资金拨付到承建单位账户后，由承建单位开具收款收据交县商务局，收据日期即承建单位收到拨款的日期；本簿按收据日期登记，金额以“小写”栏为准；作废收据照登，注明作废");
    rows.push(["序号", "收据日期", "收据号码", "交款单位", "收款单位（承建单位）", "事由", "金额（大写）", "金额（小写）", "登记人", "备注"]);
    RC.forEach((r, i) => rows.push([i + 1, [fmtCn, fmtDot, D][i % 3](r[0]), r[1], "仁化县商务局", r[2], r[3], daxie(r[4]), `¥${money2(r[4])}`, i % 2 ? "邓××" : "谭××", r[5] || null]));
    full("（以下空白）");
    sheets.push(sheet("收款收据登记簿", rows, merges));
  }

  // ---------------------------------------------------------------- 报表报送登记簿 (reports + materials)
  // [iso, 报表/材料, 报告期, 报送对象, 方式, kind]
  const RG = [];
  const SGM = [["2020-09-08", "2020年8月"], ["2020-10-10", "2020年9月"], ["2020-11-09", "2020年10月"], ["2020-12-08", "2020年11月"], ["2021-01-08", "2020年12月"],
    ["2021-03-05", "2021年1—2月（春节合并报送）"], ["2021-04-08", "2021年3月"], ["2021-05-10", "2021年4月"], ["2021-06-08", "2021年5月"], ["2021-07-08", "2021年6月"],
    ["2021-08-09", "2021年7月"], ["2021-09-08", "2021年8月"]];
  SGM.forEach(([d, p]) => RG.push([d, "电子商务进农村综合示范工作月报（附电商扶贫统计表）", p, "韶关市商务局", "粤政易＋电子邮件", "rpt"]));
  ["2020-09-04", "2020-10-09", "2020-11-05", "2020-12-04", "2021-01-06", "2021-02-05", "2021-03-04", "2021-04-06", "2021-05-07", "2021-06-04", "2021-07-06", "2021-08-05", "2021-09-06"]
    .forEach((d) => RG.push([d, "限额以上批发零售业网上零售额统计", `${fmtMonth(isoAdd(d.slice(0, 7) + "-01", -1))}`, "仁化县统计局", "联网直报", "other"]));
  [["2020-10-15", "2020年三季度"], ["2021-01-15", "2020年四季度"], ["2021-04-15", "2021年一季度"], ["2021-07-15", "2021年二季度"]]
    .forEach(([d, p]) => RG.push([d, "农村电子商务统计季报", p, "广东省商务厅（商务数据直报系统）", "系统直报", "other"]));
  RG.push(["2021-02-08", "消费帮扶及电商扶贫情况", "2020年", "仁化县乡村振兴局", "公文", "other"]);
  RG.push(["2021-06-15", "经验材料《“电商＋贡柑”带动脱贫户增收的仁化做法》", "—", "韶关市商务局", "电子邮件", "mat"]);
  RG.push(["2021-07-05", "2021年上半年电子商务工作总结", "2021年上半年", "仁化县人民政府办公室", "公文", "other"]);
  RG.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const rptMonths = monthsCovered(RG.filter((r) => r[5] === "rpt").map((r) => r[0]));
  const allMonths = monthsCovered(RG.map((r) => r[0]));
  assert(rptMonths === 11 && allMonths === 12, "11 months to the city (February missing); all recipients 12");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("仁化县商务局电商股报表（材料）报送登记簿");
    full("登记所有对外报送的报表和材料；报送日期按年分段，年份见分段行");
    rows.push(["序号", "报送日期", "报表／材料名称", "报告期", "报送对象", "报送方式", "经办人", "备注"]);
    let y = null, no = 0;
    RG.forEach((r) => {
      if (r[0].slice(0, 4) !== y) { y = r[0].slice(0, 4); full(`${y}年`); }
      no++;
      rows.push([no, fmtMD(r[0]), r[1], r[2], r[3], r[4], no % 3 ? "邓××" : "谭××", r[2].includes("合并") ? "1月月报与2月月报合并报送" : null]);
    });
    full("股长：邓××（每月检查一次）");
    sheets.push(sheet("报表报送登记簿", rows, merges));
  }

  // ---------------------------------------------------------------- 项目建设进度公开稿汇编 (disclosures)
  // [进度月份, 发布日期]
  const PB = [["2020-08", "2020-09-10"], ["2020-09", "2020-10-12"], ["2020-10", "2020-11-09"], ["2020-11", "2020-12-08"], ["2020-12", "2021-01-11"], ["2021-01", "2021-02-07"],
    ["2021-02", "2021-03-08"], ["2021-03", "2021-05-06"], ["2021-04", "2021-05-06"], ["2021-05", "2021-06-09"], ["2021-06", "2021-07-08"], ["2021-07", "2021-08-09"], ["2021-08", "2021-09-06"]];
  const pubMonths = monthsCovered(PB.map((p) => p[1]));
  const repMonths = monthsCovered(PB.map((p) => p[0]));
  assert(pubMonths === 11 && repMonths === 12, "published in 11 months (none in April 2021); progress months 12");
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("仁化县政府门户网站“电子商务进农村综合示范”专栏　项目建设进度公开稿汇编");
    full("说明：按专栏网页逐期复制，一期一块；每块第二行“发布时间”为网站发布日期，标题中的月份是进度所属月份");
    rows.push(Array(W).fill(null));
    const PJ = [["县电子商务公共服务中心建设及运营", "仁化县丹霞电子商务运营有限公司", 130, 30], ["村级电商服务站点建设", "中国邮政集团有限公司仁化县分公司", 120, 20],
      ["县镇村三级物流配送体系建设", "韶关市通达物流有限公司", 100, 10], ["电商人才培训", "韶关市丹霞职业培训学校", 60, 5], ["农产品品牌培育和营销推广", "仁化县丹霞电子商务运营有限公司", 50, 0],
      ["农产品质量追溯系统", "韶关市溯源信息科技有限公司", 40, 0]];
    PB.forEach(([m, d], bi) => {
      full(`仁化县电子商务进农村综合示范项目建设进度（${fmtMonth(m + "-01")}）`);
      full(`来源：仁化县商务局　　发布时间：${d} 09:${p2(10 + bi * 3)}　　栏目：专题专栏＞电子商务进农村综合示范＞项目进度`);
      rows.push(["序号", "项目名称", "承建单位", "计划投资（万元）", "本月主要进展", "累计形象进度", "备注"]);
      PJ.forEach((p, j) => {
        const prog = Math.min(100, p[3] + Math.round(((100 - p[3]) * (bi + 1)) / (14 + j)));
        rows.push([j + 1, p[0], p[1], p[2], prog >= 100 ? "已完成" : "按计划推进", `${prog}%`, null]);
      });
      if (m === "2021-03") full("（3月进度因项目结算核对推迟，与4月进度同日发布）");
      if (m === "2021-08") {
        const w = sum(PJ.map((p, j) => p[2] * Math.min(100, p[3] + Math.round(((100 - p[3]) * (bi + 1)) / (14 + j))))) / sum(PJ.map((p) => p[2]));
        assert(Math.round(w) === 85, "August progress weighted 85% got " + w);
      }
      rows.push(Array(W).fill(null));
    });
    full("专栏另设“创建方案”“项目信息”“监督举报”子栏目（2020年6月发布），本汇编只收项目进度");
    sheets.push(sheet("专栏进度公开稿", rows, merges));
  }

  // ---------------------------------------------------------------- 宣传报道剪报册目录 (media)
  // [页码, 媒体, 级别, 形式, iso, cell, 版面, 标题, 备注]
  const MD = [
    ["1", "仁化县融媒体中心《仁化新闻》", "县级", "电视", "2020-10-30", D("2020-10-30"), "—", "我县电子商务公共服务中心投入运营", "截图"],
    ["2-3", "南方日报", "省级", "报纸", "2020-12-16", "2020.12.16", "A07", "仁化：电商助贡柑“出山”", null],
    ["4", "韶关日报", "市级", "报纸", "2021-01-22", "2021年1月22日", "A02", "仁化村级电商服务站打通“最后一公里”", null],
    ["5-6", "韶关广播电视台《韶关新闻》", "市级", "电视", "2021-04-09", "21.4.9", "—", "脱贫户直播卖白毛茶　小屏幕连起致富路", "电商扶贫典型案例（截图）"],
    ["7", "“仁化发布”微信公众号", "县级", "网络", "2021-06-03", "2021.6.3", "—", "丹霞好物网购节开幕", "截图"],
    ["8", "南方＋客户端", "省级", "网络", "2021-09-10", "2021.9.10", "韶关频道", "仁化电商进农村示范创建见成效", "截图"],
  ];
  const LV = { 省级: "province", 市级: "city", 县级: "county" };
  const lvIn = new Set(MD.filter((m) => m[4] <= AS_OF).map((m) => LV[m[2]]));
  assert(lvIn.size === 3, "three levels by cut-off");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("仁化县商务局电子商务进农村宣传报道剪报册（第一册）目录");
    full("报纸剪贴原件，电视、网络报道贴截图；按粘贴顺序编页");
    rows.push(["页码", "媒体", "级别", "形式", "刊播日期", "版面／栏目", "标题", "备注"]);
    MD.forEach((m) => rows.push([m[0], m[1], m[2], m[3], m[5], m[6], m[7], m[8]]));
    sheets.push(sheet("剪报册目录", rows, merges));
  }

  // ---------------------------------------------------------------- 自评结果公示 (facts + claims)
  const JG = { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 };
  const ELIG = 1206, TRAINED = 682;
  assert(TRAINED * 100 >= ELIG * 50 && TRAINED * 100 < ELIG * 70 && Math.round((TRAINED / ELIG) * 1000) === 566, "56.6% → 10, no bonus");
  assert(Math.round((9.62 / 7.23 - 1) * 1000) === 331, "33.1%");
  // [group, id, 指标, 分值, 自评, 依据]
  const G1 = "加强组织领导与统筹协调（10分）", G2 = "深入推动电子商务进农村工作（55分）", G3 = "加强信息公开及报送（10分）", G4 = "加强宣传推广（10分）", G5 = "加强财政资金管理（15分）", G6 = "加分项（4分）";
  const IND = [
    [G1, "org.leadership", "组织领导", 2, 2, "成立由县长任组长、分管副县长任副组长，县商务局、财政局、农业农村局、乡村振兴局等12个部门为成员单位的示范创建工作领导小组（仁府办〔2019〕41号）"],
    [G1, "org.plan", "方案制定", 2, 2, "《仁化县电子商务进农村综合示范县创建工作方案》2019年12月由县政府办公室正式印发（仁府办〔2019〕45号）"],
    [G1, "org.policy", "政策支持", 2, 1, "出台《仁化县促进农村电子商务发展扶持办法》，场地租金补贴已兑现，人才政策尚未落实，自评1分"],
    [G1, "org.management", "项目管理", 4, 3, "制定项目管理办法，建设、验收环节严格执行（2分）；建立工作台账，部分站点建设记录不够详细（1分）"],
    [G2, "work.center", "服务体系建设（县级中心与产业园）", 15, 15, "县电子商务公共服务中心2020年10月28日投入运营，设免费培训室，免费展示销售农特产品，免费提供摄影、美工服务，组织“丹霞山”区域品牌统一推广，提供物流、金融对接等增值服务；整合县创业园建成电商产业园，入驻企业21家，含平台型、销售型、电商运营商、物流企业"],
    [G2, "work.coverage", "服务体系建设（村级站点覆盖）", 10, 10, "全县行政村106个、社区17个；已建站点覆盖行政村79个，覆盖率74.5%；省定相对贫困村14个全部建站"],
    [G2, "work.upward", "农村产品上行", 10, 9, "形成网销调研报告（2分）；举办“丹霞好物”网购节等促销活动（2分）；专业第三方运营服务商为仁化县丹霞电子商务运营有限公司（1分）；行政村快递覆盖率100%（1分）；出台贡柑、白毛茶电商交易标准，溯源系统建成，冷链在建（1分）；2020年农村网络零售额9.62亿元，比2019年7.23亿元增长33.1%（2分）"],
    [G2, "work.training", "电商人才培训", 20, 20, `累计培训${thousands(T_CLERK)}人次，占常住人口19.3万人的1.11%（10分）；有劳动能力的建档立卡贫困人口（不含外出务工）${thousands(ELIG)}人，参训${TRAINED}人，培训率56.6%（10分）`],
    [G3, "info.disclosure", "信息公开", 4, 4, "县政府门户网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、项目建设进度，设监督举报电话和邮箱；按月更新进度"],
    [G3, "info.reporting", "数据上报", 6, 6, "每月向韶关市商务局报送工作月报，附电商扶贫统计表"],
    [G4, "promo.cases", "案例总结", 2, 2, "2021年6月15日向韶关市商务局报送经验材料"],
    [G4, "promo.media", "经验推广", 8, 8, "南方日报、韶关日报、韶关广播电视台、仁化县融媒体中心均有报道"],
    [G5, "fund.system", "制度建立", 5, 5, "制定《仁化县省级电子商务进农村综合示范专项资金管理办法》，建立考核问责制度"],
    [G5, "fund.ledger", "资金台账", 5, 4, "承建单位建立资金专用台账，个别凭证附件不全，自评4分"],
    [G5, "fund.spending", "资金支出", 5, 4, "省级专项资金下达500万元，截至2021年8月31日拨付389.6万元，支出率77.9%，按进度拨付，自评4分"],
    [G6, "bonus.poorTraining", "建档立卡贫困人口培训率70%及以上", 2, 0, "培训率56.6%，未达70%"],
    [G6, "bonus.tvCase", "电商扶贫典型案例获电视播报", 2, 0, "韶关广播电视台（市级）播出，不符合加分条件"],
  ];
  const CLAIM = {};
  IND.forEach((x) => { CLAIM[x[1]] = x[4]; });
  const clSum = SCORED.reduce((a, id) => a + CLAIM[id], 0);
  assert(clSum === 95 && sum(IND.slice(0, 15).map((x) => x[3])) === 100, "claims 95 of 100");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("关于仁化县2019年省级电子商务进农村综合示范创建考评自评结果的公示");
    full("发布时间：2021-09-06　　来源：仁化县商务局　　栏目：专题专栏＞电子商务进农村综合示范＞通知公告");
    full("根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我局对照《2019年省级电子商务进农村综合示范创建考评指标体系》，以2021年8月31日为考评截止日开展了自评，自评得分95分。现将自评结果予以公示。");
    full("公示期：2021年9月6日至9月10日（5个工作日）。如对公示内容有异议，请在公示期内以书面形式向仁化县商务局反映（联系电话：0751-63×××××，电子邮箱：rhswj@××.com）。");
    rows.push(["序号", "工作任务", "评价指标", "分值", "自评得分", "主要依据（截至2021年8月31日）"]);
    let g = null, gs = 0;
    IND.forEach((x, i) => {
      if (x[0] !== g) { if (g && R() > gs) merges.push(`B${gs}:B${R()}`); g = x[0]; gs = R() + 1; }
      rows.push([i + 1, x[0] === g && R() + 1 === gs ? x[0] : null, x[2], x[3], x[4], x[5]]);
    });
    if (R() > gs) merges.push(`B${gs}:B${R()}`);
    rows.push([null, "一票否决项", "安全生产、质量事故、重大损失；总体进度；弄虚作假", "—", "无", "示范项目未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；项目总体进度85%；无弄虚作假"]);
    rows.push(["合计", null, null, 100, clSum, "加分项0分"]); merges.push(`A${R()}:C${R()}`);
    rows.push([null, null, null, null, "仁化县商务局", null]); merges.push(`E${R()}:F${R()}`);
    rows.push([null, null, null, null, "2021年9月6日", null]); merges.push(`E${R()}:F${R()}`);
    sheets.push(sheet("自评结果公示", rows, merges));
  }
  sheets.unshift(sheet("封面", [["仁化县电子商务进农村综合示范县考评材料"], [null], ["（2019年省级示范县　考评截止日期：2021年8月31日）"], [null], ["目　录"],
    ["1．自评结果公示（县政府门户网站专栏）"], ["2．农家书屋统计（县文广旅体局，村（居）委会名单）"], ["3．站点投保清单（人保仁化支公司，村级电商服务站点）"],
    ["4．人社培训备案登记（县人社局，电商培训班次）"], ["5．园区水电费分摊（产业园入驻企业）"], ["6．收款收据登记簿（专项资金拨付）"], ["7．报表报送登记簿（月报、经验材料）"],
    ["8．专栏进度公开稿（专栏更新）"], ["9．剪报册目录（宣传报道）"], [null], ["仁化县商务局　2021年9月"]]));
  const ORDER = ["封面", "自评结果公示", "农家书屋统计", "站点投保清单", "人社培训备案登记", "园区水电费分摊", "收款收据登记簿", "报表报送登记簿", "专栏进度公开稿", "剪报册目录"];
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  assert(sheets.length === ORDER.length && sheets.every((s) => ORDER.includes(s.name)), "sheet order");

  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"], "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 2 + 3,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": JG["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 83, "83 got " + sc);
  const bonus = 0, total = sc + bonus;
  write("counties/b137-c1-renhua.json", {
    description:
      "韶关仁化县商务局交的整本考评材料，10个表，大多是从别的单位借来的表：83分，无加分，未否决（自评95）。《自评结果公示》是县政府网站专栏上的公示稿：标题、发布时间、两段正文各占一行（A:F合并），下面是 序号｜工作任务（纵向合并）｜评价指标｜分值｜自评得分｜主要依据 的表，一票否决一行、合计95一行、落款；主观分写在“主要依据”的括号里（项目管理 制度2＋台账1；上行 调研2、促销2、标准冷链溯源1），县长任组长、商务财政农业农村乡村振兴参加 → 2。《农家书屋统计》（县文广旅体局）当村名单：“村委会”106个是行政村，“居委会（社区）”17个不算，老屋场自然村书屋是同一个村的第二个书屋，不是第107个村；省定相对贫困村“是”14个；没有快递列，快递看公示（100%）。《站点投保清单》是人保仁化支公司的被保险站点清单，分“承保时清单”和“批增站点”两段：开业读“站点开业日期”（真日期、2020.6.18、2020年6月18日、2020/6/18 混写），不读“保险期间”（老站点都从2021.1.1起保；有一个站设备8月25日先投保、9月6日才开业，不算；8月31日开业的站9月7日才批增，算）；批减（10月撤并）的站点8月底在运营，算；社区站2个不算，同村圩镇站算一次 → 覆盖行政村74个/106＝69.8% < 70% → 2（公示按12月清单数79个、74.5%）；贫困村13/14 → 3。《人社培训备案登记》是县人社局全县职业技能培训登记，电商股在最后一列标注：只算电商类（电子商务师、网络直播营销、农村电商创业），审核状态“已审核”，按结业日期 ≤ 8月31日，读“结业人数”不读“备案人数”：1,852人次/193,000＝0.96% → 8；“退回”的144人次、9月3日结业的150人次、育婴员茶艺师等别的工种、“撤销”未开班的都不算（公示2,146人次＝1,852＋150＋144）。贫困人口培训没有名单，读公示：682/1,206＝56.6% → 10，不到70%没有加分。《园区水电费分摊》一户一行、1—9月一列一个月：“公共区域”“服务中心自用”不是企业；读入驻日期、退租日期：8月底在园19家（丹霞山文创3月退租、周田农特产6月退租，长江香芋9月1日入驻）→ 0（公示21家）；类型≥3 → 1。《收款收据登记簿》读“小写”金额和收据日期，作废收据不算：截至8月31日3,716,400元/500万＝74.3% → 及时拨付自评4（9月8日179,600元不算；公示389.6万元含这笔）。《报表报送登记簿》按年分段，日期只写“9月8日”，年份看分段行；报送对象有韶关市商务局、县统计局、省商务厅直报系统、县乡村振兴局、县政府办，只有报给韶关市商务局的月报算：2021年1—2月合并在3月5日报送，2月没有 → 11个月 → 1（把县统计局2月5日也算会是12个月）；月报附电商扶贫统计表 → 3；6月15日经验材料报韶关市商务局 → 2。《专栏进度公开稿》一期一块，标题月份是进度月份，读第二行的“发布时间”：3月进度推迟到5月6日与4月进度同日发布，2021年4月没有发布 → 11个月 → 不定时1（按进度月份数会是12个月）；专栏四项内容齐全 → 2。《剪报册目录》：截止日前省级（南方日报）、市级（韶关日报、韶关广播电视台）、县级都有 → 8；韶关台播的电商扶贫典型案例是市级电视，不加分；南方＋9月10日在截止日后。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CLAIM } },
    derivation: [
      "org.leadership: 公示：县长任组长，成员单位有商务局、财政局、农业农村局、乡村振兴局 → 主要领导牵头且四部门齐全 → 2",
      "org.plan: 工作方案2019年12月正式印发（仁府办〔2019〕45号）；自评2 → 2",
      "org.policy: 扶持办法已出台，人才政策未落实；自评1 → 1",
      "org.management: 项目管理制度（2分）＋工作台账（1分）→ 3",
      "work.center: 中心2020-10-28投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训室 2；免费展示销售 1；免费摄影美工 1；区域品牌统一推广 1；物流金融对接等增值服务 1；产业园已建（水电费分摊表有入驻企业）2；水电费分摊表：入驻日期 ≤ 8月31日的21家中丹霞山文创电商工作室2021-03-31、周田农特产网店2021-06-30已退租，长江香芋9月1日才入驻，公共区域和服务中心自用不是企业 → 8月底在园19家 < 20 → 0；类型 电商运营商、平台型、销售型、物流企业、电商服务、直播电商 ≥ 3 → 1；合计 13（自评15）",
      "work.coverage: 农家书屋表行政村（村委会）106个（老屋场自然村书屋属同一村），社区17个不算，省定相对贫困村14个；投保清单“站点开业日期” ≤ 2021-08-31 的站点覆盖行政村74个（8月31日开业、9月7日才批增的算；8月25日先投保、9月6日开业的不算；10月批减的8月底仍运营，算；同村圩镇站算一次；2个社区站不算）；74/106 = 69.8% < 70%，≥ 50% → 2；贫困村13/14 = 92.9%（9月16日开业的1个不算），80%–100% → 3；合计 5（自评10，按12月清单79个）",
      "work.upward: 网销调研2；促销活动2；第三方运营服务商1；村名单无快递列，公示“行政村快递覆盖率100%” → 1；交易标准、溯源1；农村网零9.62/7.23亿元 = +33.1% ≥ 30% → 2；合计 9",
      `work.training: 人社登记表中电商类、已审核、结业日期 ≤ 2021-08-31 的结业人数合计 ${thousands(T_IN)} 人次（“退回”不予认定的144人次、9月3日结业的150人次、非电商工种、“撤销”未开班的不算）；常住人口19.3万 < 50万，基数193,000；1,852/193,000 = 0.96%，0.8%–1% → 8。无贫困人口名单，读公示：有劳动能力（不含外出务工）1,206人，参训682人 = 56.6% ≥ 50% → 10；合计 18（自评20）`,
      "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报电话和邮箱 → 2；进度公开稿按“发布时间”：2020-09…2021-03、2021-05…2021-08 有发布，2021年4月没有（3月进度推迟到5月6日）→ 11个月 → 不定时 1；合计 3（自评4）",
      "info.reporting: 报表报送登记簿中报给韶关市商务局的月报：2020-09-08 … 2021-08-09，2021年2月没有（1—2月合并3月5日报送）→ 11个月 → 不定时 1（县统计局、省商务厅、县乡村振兴局、县政府办的报送不算）；月报附电商扶贫统计表 → 3；合计 4（自评6）",
      "promo.cases: 2021-06-15 向韶关市商务局报送经验材料 → 2",
      "promo.media: 剪报册目录，刊播日期 ≤ 2021-08-31：省级（南方日报2020-12-16）→ 4；市级（韶关日报2021-01-22、韶关广播电视台2021-04-09）→ 3；县级（仁化新闻、仁化发布）→ 1；合计 8（南方＋2021-09-10在截止日后）",
      "fund.system: 资金管理办法及考核问责制度；自评5 → 5",
      "fund.ledger: 资金专用台账；自评4 → 4",
      `fund.spending: 收款收据登记簿“小写”金额，收据日期 ≤ 2021-08-31，作废的0012619号不算：${thousands(F_IN)}元；下达5,000,000元；74.3% ≥ 70% → 及时拨付自评 4（9月8日179,600元不算）`,
      "bonus.poorTraining: 682/1,206 = 56.6% < 70% → 0",
      "bonus.tvCase: 电商扶贫典型案例只在韶关广播电视台（市级）播出，无省级、国家级电视 → 0",
      "veto.incident: 公示：未发生安全生产、质量事故，未造成重大损失 → 0，不否决",
      "veto.progress: 项目总体进度85%（与专栏8月进度按投资加权84.7%一致） ≥ 40% → 0，不否决",
      "veto.fraud: 无弄虚作假 → 0，不否决",
      `total: 2+2+1+3+13+5+9+18+3+4+2+8+5+4+4 = ${sc}，加分0，合计${total}；自评${clSum}`,
    ],
  });
})();

// =====================================================================================
// facts/b137-f1-fengshun: 梅州丰顺县 — 县商务局招商用的《电子商务投资环境简介》中英文对照表（项目｜内容｜Item｜Description）：
// 一行一个事项，中文、英文各写一遍；中心“2020年7月”只到月；摄影美工“按成本价收费”不是免费；只有2020年农村网零，没有2019年
// =====================================================================================
(function f1() {
  const W = 5, rows = [], merges = [];
  const R = () => rows.length;
  rows.push(["丰顺县电子商务投资环境简介　Fengshun County E-commerce Investment Profile", null, null, null, null]); merges.push("A1:E1");
  rows.push(["丰顺县商务局编印，供省考评组及来访客商参阅　数据截至2021年8月31日（省级电子商务进农村综合示范考评截止日）", null, null, null, null]); merges.push("A2:E2");
  rows.push(["Compiled by Fengshun County Bureau of Commerce for the provincial evaluation team and visiting investors. Data as of 31 August 2021 (cut-off date of the provincial evaluation)", null, null, null, null]); merges.push("A3:E3");
  rows.push(["序号", "项目", "内容", "Item", "Description"]);
  const X = [
    ["区位交通", "位于梅州市南部，距梅州市区46公里、汕头港85公里，梅汕高铁在县内设丰顺东站", "Location", "Southern Meizhou, 46 km from downtown Meizhou and 85 km from Shantou Port; Fengshun East Station on the Meizhou–Shantou high-speed railway"],
    ["常住人口", "48.6万人（第七次全国人口普查）", "Resident population", "486,000 (7th National Population Census)"],
    ["行政区划", "辖17个镇，行政村261个、社区（居委会）14个，其中省定相对贫困村32个", "Administrative divisions", "17 towns; 261 administrative villages and 14 urban communities, including 32 provincially designated relatively poor villages"],
    ["工作机制", "成立县长任组长的电子商务进农村综合示范工作领导小组，县商务局、财政局、农业农村局、乡村振兴局等18个部门为成员单位", "Working mechanism",
      "A leading group headed by the County Mayor, with 18 member departments including the bureaus of Commerce, Finance, Agriculture and Rural Affairs, and Rural Revitalization"],
    ["扶持政策", "《丰顺县扶持电子商务发展十条措施》（丰府办〔2020〕12号）：入园企业前三年免租金，网销农产品物流费用补贴30%", "Support policy",
      "Ten Measures to Support E-commerce (Feng Fu Ban [2020] No. 12): rent-free for the first three years in the park; 30% subsidy on logistics costs for agricultural products sold online"],
    ["县电子商务公共服务中心", "2020年7月投入运营，面积2,000平方米；免费开展电商培训，免费展示展销农特产品；产品摄影、美工设计按成本价收费；统一推广“丰顺单丛茶”“丰顺鱼”区域品牌；提供物流、金融对接等增值服务",
      "County E-commerce Public Service Center", "In operation since July 2020, 2,000 m²; free e-commerce training; free display and sales of local specialties; product photography and graphic design charged at cost; unified promotion of the regional brands Fengshun Dancong Tea and Fengshun Fish; logistics and financing services"],
    ["电商产业园", "丰顺县电子商务产业园，入驻企业26家", "E-commerce Industrial Park", "Fengshun E-commerce Industrial Park, 26 resident enterprises"],
    ["运营服务商", "专业第三方运营服务商：梅州市韩江电子商务运营有限公司", "Operator", "Professional third-party operator: Meizhou Hanjiang E-commerce Operation Co., Ltd."],
    ["物流快递", "县、镇、村三级物流配送体系，行政村快递服务覆盖率100%", "Logistics", "Three-tier county–town–village delivery network; express delivery covers 100% of administrative villages"],
    ["网络零售", "2020年农村网络零售额12.3亿元；农产品网络零售额3.86亿元，比2019年（2.71亿元）增长42.4%", "Online retail",
      "Rural online retail sales in 2020: RMB 1.23 billion; online sales of agricultural products: RMB 386 million, up 42.4% from RMB 271 million in 2019"],
    ["人才培训", "累计开展电商培训5,180人次", "Training", "5,180 trainee-times of e-commerce training"],
    ["特色产品", "丰顺单丛茶、丰顺鱼、埔寨火龙、汤坑粿条、留隍麻竹笋", "Local specialties", "Dancong tea, Fengshun fish, Puzhai fire dragon crafts, Tangkeng rice noodles, Liuhuang bamboo shoots"],
    ["投资联系", "丰顺县商务局　电话：0753-6××××××", "Contact", "Fengshun County Bureau of Commerce, Tel: +86-753-6××××××"],
  ];
  X.forEach((x, i) => rows.push([i + 1].concat(x)));
  assert(Math.round((3.86 / 2.71 - 1) * 1000) === 424, "42.4%");
  write("facts/b137-f1-fengshun.json", {
    description:
      "梅州丰顺县商务局交来当基本情况表的，是局里招商用的《电子商务投资环境简介》中英文对照表：序号｜项目｜内容｜Item｜Description，一行一个事项，中文和英文各写一遍同一个数（读一次，不是两个事实）。读法：county 丰顺县（标题）；asOf 2021-08-31（第二行“数据截至2021年8月31日（……考评截止日）”）；常住人口48.6万 → 486,000；行政村261个（社区14个不算）、省定相对贫困村32个；县长任组长，商务、财政、农业农村、乡村振兴等18个部门 → principal-all；十条措施已出台 → policyIssued；中心“2020年7月投入运营”只到月 → \"2020-07\"；免费培训、免费展示展销 → true；“产品摄影、美工设计按成本价收费”不是免费 → centerPhoto false；区域品牌统一推广 → centerBrand；物流、金融对接 → centerOther；产业园 → parkBuilt（26家不是键）；第三方运营服务商 → true；行政村快递覆盖率100% → true；2020年农村网零12.3亿元只有2020年（没有2019年、没有增速）；农产品网零2019年2.71亿元、2020年3.86亿元、增长42.4%；培训5,180人次。区位、特产、租金补贴、联系方式不是键；没有资金、没有主观分。",
    sheets: [sheet("中英文简介", rows, merges)],
    expect: {
      facts: {
        county: "丰顺县", asOf: "2021-08-31", residentPopulation: 486000, adminVillagesStated: 261, poorVillagesStated: 32, policyIssued: true, centerOpened: "2020-07",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: yi("12.3"), agriRetail2019: yi("2.71"), agriRetail2020: yi("3.86"), agriRetailGrowthStated: 0.424, trainingPersonTimesStated: 5180,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b137-f2-wengyuan: 韶关翁源县 — 县委县政府《县直单位2021年度绩效考核自评表》（县商务局）：考核项目是县里定的
// （社零、外贸、招商、电商进农村、消费帮扶……），“自评分”是县绩效考核分，不是省考评分；电商事实写在“完成情况”的分条文字里
// =====================================================================================
(function f2() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
  full("翁源县2021年度县直单位绩效考核自评表");
  full("被考核单位：翁源县商务局（盖章）　　填报日期：2021年9月15日　　考核办：县委县政府绩效考核领导小组办公室");
  full("注：“分值”“自评分”为县绩效考核分（满分100分），由县考核办按本表标准评定，与省电子商务进农村综合示范考评得分无关");
  rows.push(["序号", "考核项目", "考核内容及评分标准", "分值", "完成情况", "自评分", "佐证材料"]);
  const X = [
    ["社会消费品零售总额", "全年增速达到8%得满分，每低1个百分点扣2分", 12, "1—8月全县社会消费品零售总额56.2亿元，同比增长10.3%", 12, "县统计局月报"],
    ["外贸进出口", "完成市下达目标得满分", 8, "1—8月进出口总额3.1亿元，完成年度目标的71%", 6, "海关数据"],
    ["招商引资", "引进亿元以上项目2个得满分", 10, "签约亿元以上项目3个，其中动工1个", 10, "签约合同"],
    ["电子商务进农村综合示范创建", "按省考评指标体系完成创建任务，通过省考评得满分；未完成的按比例扣分", 20,
      ["按省考评要求，截至2021年8月31日考评截止日：",
        "1．成立由分管副县长任组长，县商务局、财政局、农业农村局、乡村振兴局等部门参与的示范创建工作领导小组；",
        "2．《翁源县电子商务进农村综合示范县创建工作方案》2020年3月由县政府办公室印发；",
        "3．县电子商务公共服务中心2020年12月8日投入运营，免费提供电商培训、农产品展示展销、摄影美工、品牌推广服务；",
        "4．累计开展电商培训3,412人次（其中2021年1—8月1,580人次）；",
        "5．2020年全县农村网络零售额8.74亿元，同比增长27.6%；",
        "6．行政村快递覆盖率98.2%（尚有3个偏远行政村未通快递）；",
        "7．省级专项资金500万元，已拨付402.5万元（县级配套资金200万元另行核算）；制定《翁源县省级电子商务进农村综合示范专项资金管理办法》，建立资金台账；",
        "8．县政府网站专栏已公开创建方案、项目基本信息和项目建设进度；",
        "9．每月向韶关市商务局报送工作月报及电商扶贫统计；",
        "10．项目总体进度85%；示范项目建设未发生安全生产、质量事故。"].join("\n"), 18, "省考评自评报告、领导小组文件、资金台账"],
    ["消费帮扶（电商扶贫）", "有劳动能力的脱贫人口电商培训率达到50%得满分", 8, "有劳动能力的建档立卡脱贫人口（不含外出务工）2,830人，已参加电商培训1,512人，培训率53.4%", 8, "县乡村振兴局确认表、签到表"],
    ["商贸领域安全生产", "开展成品油、商场、农贸市场安全检查", 6, "开展安全检查42次，整改隐患17处", 6, "检查记录"],
    ["党建和党风廉政建设", "按县委要求", 10, "完成", 10, "党组会议记录"],
  ];
  X.forEach((x, i) => rows.push([i + 1].concat(x)));
  const tot = sum(X.map((x) => x[2])), self = sum(X.map((x) => x[4]));
  assert(tot === 74 && self === 70, "section totals");
  rows.push(["小计", null, null, tot, null, self, null]); merges.push(`A${R()}:C${R()}`);
  full("（共性指标26分由县考核办评定，本表不填）");
  full("单位主要负责人：叶××　　填表人：钟××　　联系电话：0751-28×××××");
  assert(Math.round((1512 / 2830) * 1000) === 534, "53.4%");
  write("facts/b137-f2-wengyuan.json", {
    description:
      "韶关翁源县商务局交来的是县委县政府的《县直单位2021年度绩效考核自评表》（被考核单位县商务局）：序号｜考核项目｜考核内容及评分标准｜分值｜完成情况｜自评分｜佐证材料，考核项目是县里定的（社零、外贸、招商、电商进农村示范创建、消费帮扶、安全生产、党建）。抬头注明“分值”“自评分”是县绩效考核分，与省考评无关 → 没有claimed、没有judged（电商进农村那行的“18”不是省考评任何指标的分）。事实在“电子商务进农村综合示范创建”一行“完成情况”里分条写（一格多行）：county 翁源县（标题和被考核单位）；“截至2021年8月31日考评截止日” → asOf；分管副县长任组长 → deputy；方案2020年3月印发 → planIssued；中心2020年12月8日投入运营，免费培训、展示展销、摄影美工、品牌推广 → 四项true（没说其他增值服务，不列）；“累计3,412人次（其中2021年1—8月1,580人次）” → 3,412；2020年农村网零8.74亿元、增长27.6%（没有2019年）；快递覆盖率98.2% → expressCoverage false；下达500万元、已拨付402.5万元（县级配套200万元不加）；资金管理办法、资金台账 → true；专栏公开创建方案、项目基本信息、建设进度 → 三项true，没说征求意见或监督举报窗口 → 不列（不是false）；每月报送含电商扶贫统计 → povertyStatisticsStated；总体进度85%；未发生安全生产、质量事故 → vetoIncident false。“消费帮扶”一行：有劳动能力不含外出务工2,830人、参训1,512人。社零56.2亿元、外贸、招商、安全检查42次都不是键。",
    sheets: [sheet("绩效考核自评表", rows, merges)],
    expect: {
      facts: {
        county: "翁源县", asOf: "2021-08-31", planIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        trainingPersonTimesStated: 3412, ruralRetail2020: yi("8.74"), ruralRetailGrowthStated: 0.276, expressCoverage: false, fundAllocated: 5000000, fundSpentStated: wan("402.5"),
        fundSystemIssued: true, fundLedgerKept: true, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true,
        overallProgress: 0.85, vetoIncident: false, eligiblePoorPersonsStated: 2830, trainedPoorPersonsStated: 1512,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b137-f3-chaoan: 潮州潮安区 — 区电子商务大数据驾驶舱“指标数据导出”：一行一个指标（编码｜名称｜值｜单位｜口径｜数据截止｜来源｜更新时间｜状态），
// 单位在单独一列（万人、亿元、万元、元、%、是/否(1/0)）；“目标值”行、“数据截止”晚于考评截止日的实时值、“停用”的旧指标都不读；人次≠人数
// =====================================================================================
(function f3() {
  const W = 10, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
  full("潮安区电子商务大数据驾驶舱　指标数据导出");
  full("导出时间：2021-09-22 10:16:05　　导出人：caswj_dsg　　查询条件：区域＝潮州市潮安区；考评截止日＝2021-08-31；状态＝全部");
  full("考评口径：取“口径”为“实际值”且“数据截止”不晚于2021-08-31的值；“目标值”、数据截止晚于考评截止日的“实时值”和“停用”指标不作考评依据。是否类指标：1＝是，0＝否");
  rows.push(["序号", "指标编码", "指标名称", "指标值", "单位", "口径", "数据截止", "数据来源", "更新时间", "状态"]);
  // [code, name, value, unit, 口径, 截止, 来源, 状态]
  const X = [
    ["JC001", "常住人口", 94.3, "万人", "实际值", "2020-11-01", "区统计局（第七次人口普查）", "启用"],
    ["JC002", "行政村数", 378, "个", "实际值", "2021-08-31", "区民政局", "启用"],
    ["JC003", "社区数", 46, "个", "实际值", "2021-08-31", "区民政局", "启用"],
    ["JC004", "省定相对贫困村数", 7, "个", "实际值", "2021-08-31", "区乡村振兴局", "启用"],
    ["ZX001", "公共服务中心投入运营日期", "2020-09-18", "日期", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZX002", "中心提供免费电商培训", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZX003", "中心为特色农产品提供免费展示销售", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZX004", "中心提供免费摄影美工服务", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZX005", "组织农产品统一推广、指导品牌建设", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZX006", "中心提供其他衍生增值服务", 0, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZX007", "建成电商产业园", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZX008", "产业园入驻企业数", 24, "家", "实际值", "2021-08-31", "园区运营方", "启用"],
    ["ZX009", "有专业第三方电商运营服务商", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["WL001", "行政村快递覆盖率", 100, "%", "实际值", "2021-08-31", "潮州市邮政管理局", "启用"],
    ["LS001", "2019年农村网络零售额", 86.4, "亿元", "实际值", "2019-12-31", "省商务厅", "启用"],
    ["LS002", "2020年农村网络零售额", 108.2, "亿元", "实际值", "2020-12-31", "省商务厅", "启用"],
    ["LS003", "2020年农村网络零售额同比增速", 25.2, "%", "实际值", "2020-12-31", "省商务厅", "启用"],
    ["LS004", "2019年农产品网络零售额", 12.6, "亿元", "实际值", "2019-12-31", "省商务厅", "启用"],
    ["LS005", "2020年农产品网络零售额", 17.1, "亿元", "实际值", "2020-12-31", "省商务厅", "启用"],
    ["LS006", "2020年农产品网络零售额同比增速", 35.7, "%", "实际值", "2020-12-31", "省商务厅", "启用"],
    ["LS009", "2019年电子商务交易额（旧口径）", 132.5, "亿元", "实际值", "2019-12-31", "区统计局", "停用"],
    ["PX001", "电商培训人次", "6,054", "人次", "实际值", "2021-08-31", "培训台账", "启用"],
    ["PX001", "电商培训人次", "9,430", "人次", "目标值", "2021-08-31", "创建方案", "启用"],
    ["PX002", "有劳动能力的建档立卡贫困人口（不含外出务工）", "1,284", "人", "实际值", "2021-08-31", "区乡村振兴局", "启用"],
    ["PX003", "参训建档立卡贫困人口（按身份证号去重）", 823, "人", "实际值", "2021-08-31", "培训台账", "启用"],
    ["PX004", "建档立卡贫困人口参训人次", "1,466", "人次", "实际值", "2021-08-31", "培训台账", "启用"],
    ["GK001", "专栏公示创建方案", 1, "是/否", "实际值", "2021-08-31", "区政府网站", "启用"],
    ["GK002", "专栏公示项目基本信息", 1, "是/否", "实际值", "2021-08-31", "区政府网站", "启用"],
    ["GK003", "专栏公示项目建设进度", 1, "是/否", "实际值", "2021-08-31", "区政府网站", "启用"],
    ["GK004", "专栏设立征求意见或监督举报窗口", 0, "是/否", "实际值", "2021-08-31", "区政府网站", "启用"],
    ["SB001", "近12个月向市商务局报送月报月数", 12, "个月", "实际值", "2021-08-31", "区商务局", "启用"],
    ["SB002", "统计电商扶贫情况", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZJ001", "下达省级专项资金", 500, "万元", "实际值", "2021-08-31", "区财政局", "启用"],
    ["ZJ002", "累计拨付省级专项资金", "3,905,600.00", "元", "实际值", "2021-08-31", "国库支付系统", "启用"],
    ["ZJ002", "累计拨付省级专项资金", "4,126,300.00", "元", "实时值", "2021-09-20", "国库支付系统", "启用"],
    ["ZJ003", "制定专项资金管理制度", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZJ004", "建立资金专用台账", 1, "是/否", "实际值", "2021-08-31", "区商务局", "启用"],
    ["ZJ005", "项目总体进度", 91, "%", "实际值", "2021-08-31", "区商务局", "启用"],
    ["FJ001", "示范项目安全生产、质量事故", 0, "起", "实际值", "2021-08-31", "区应急管理局", "启用"],
  ];
  X.forEach((x, i) => rows.push([i + 1, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[5] > AS_OF ? `${x[5]} 23:30:00` : `2021-09-${p2(1 + (i % 19))} 0${i % 9}:${p2((i * 7) % 60)}:00`, x[7]]));
  assert(Math.round((108.2 / 86.4 - 1) * 1000) === 252 && Math.round((17.1 / 12.6 - 1) * 1000) === 357, "growth");
  write("facts/b137-f3-chaoan.json", {
    description:
      "潮州潮安区商务局交来当基本情况表的，是区“电子商务大数据驾驶舱”的指标数据导出：序号｜指标编码｜指标名称｜指标值｜单位｜口径｜数据截止｜数据来源｜更新时间｜状态，一行一个指标，单位在单独一列。抬头第三行写明考评口径：只取“口径”＝实际值且“数据截止”不晚于2021-08-31的值，是否类1＝是、0＝否。读法：county 潮安区（标题、查询条件“潮州市潮安区”）；asOf 2021-08-31（查询条件“考评截止日＝2021-08-31”，导出时间9月22日不是）；常住人口94.3“万人” → 943,000；行政村378个（社区46个不是键）；省定相对贫困村7个；中心运营日期“2020-09-18”（文字）；ZX002—ZX005为1 → 免费培训、展示、摄影美工、品牌推广 true，ZX006其他增值服务0 → false；产业园1 → true（24家不是键）；第三方1；快递覆盖率100% → true；网零2019年86.4、2020年108.2“亿元”，增速25.2%；农产品12.6、17.1亿元，增速35.7%；“停用”的旧口径电商交易额不读；培训人次读实际值6,054，不读“目标值”9,430；贫困人口：有劳动能力不含外出务工1,284人、参训823人（去重人数），1,466“人次”不是参训人数；专栏方案、项目、进度为1，GK004窗口为0 → disclosureWindow false；报送月数12不是键，电商扶贫统计1 → true；下达500“万元” → 5,000,000；拨付读数据截止2021-08-31的3,905,600元，不读9月20日的实时值4,126,300；资金制度、台账1；总体进度91%；安全生产、质量事故0起 → vetoIncident false。没有领导、没有主观分。",
    sheets: [sheet("指标数据导出", rows, merges)],
    expect: {
      facts: {
        county: "潮安区", asOf: "2021-08-31", residentPopulation: wan("94.3"), adminVillagesStated: 378, poorVillagesStated: 7, centerOpened: "2020-09-18",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: yi("86.4"), ruralRetail2020: yi("108.2"), ruralRetailGrowthStated: 0.252, agriRetail2019: yi("12.6"), agriRetail2020: yi("17.1"), agriRetailGrowthStated: 0.357,
        trainingPersonTimesStated: 6054, eligiblePoorPersonsStated: 1284, trainedPoorPersonsStated: 823, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3905600, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.91, vetoIncident: false,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b137-l1-yingde: 清远英德市 — ①《说明》；②市乡村振兴局《行政村（社区）基本情况一览》一镇一块、每列一个村（居），字段在A列（表是横过来的）；
// ③《结对帮扶责任人一览表》当贫困人口名单（一户几行，户级单元格纵向合并；劳动能力有／无，务工状态“外出务工（英德市外）”才是外出务工）；
// ④运营方《电商培训考核成绩登记表》当培训台账（签到栏√才是参训，缺考未到的不算；期次日期在分段行；小写x、脱敏身份证号）
// =====================================================================================
(function l1() {
  const AREA = "441881";
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("说明", [["英德市电子商务进农村综合示范台账（村情、帮扶对象、培训）"], [null], ["1．村情一览：市乡村振兴局2021年6月汇编，一镇一块，每列一个村（居）"],
    ["2．结对帮扶：市帮扶办《结对帮扶责任人一览表》（电商股摘录有关村）"], ["3．培训成绩：运营方英德市红茶谷电子商务有限公司报来的考核成绩登记表"], [null], ["英德市商务局电商股　2021年9月"]]));
  expect["说明"] = { kind: null };

  // ---------------------------------------------------------------- ② 村情一览 (villages, turned on its side)
  // [name, 类别, 贫困村, 快递]
  const TB = [
    ["西牛镇", [["西牛社区", "社区", "—", "√"], ["小湾村", "行政村", "否", "√"], ["新地村", "行政村", "否", "√"], ["高道村", "行政村", "否", "√"], ["花田村", "行政村", "是", "√"],
      ["赤米村", "行政村", "是", "×"], ["黄塘村", "行政村", "否", "√"], ["鱼湾村委会", "行政村", "否", "√"]]],
    ["九龙镇", [["九龙社区", "社区", "—", "√"], ["河头村", "行政村", "否", "√"], ["金鸡村", "行政村", "否", "√"], ["新联村", "行政村", "否", "√"], ["岩背村", "行政村", "否", null],
      ["活石水村", "行政村", "是", "√"], ["塘坑村", "行政村", "否", "√"]]],
    ["黎溪镇", [["黎溪社区", "社区", "—", "√"], ["黎洞村", "行政村", "否", "√"], ["大镇村", "行政村", "否", "√"], ["平岗村", "行政村", "否", "√"], ["三江村", "行政村", "否", "√"],
      ["青光村", "行政村", "是", "√"], ["天堂村", "行政村", "是", "√"]]],
    ["连江口镇", [["连江口社区", "社区", "—", "√"], ["连樟村", "行政村", "是", "√"], ["峡江村", "行政村", "否", "√"], ["礤头村", "行政村", "否", "×"], ["浦竹村", "行政村", "否", "√"],
      ["黄坭村", "行政村", "否", "√"]]],
  ];
  const recsV = [];
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("英德市行政村（社区）基本情况一览（摘录）");
    full("市乡村振兴局（原扶贫办）汇编　2021年6月　一镇一块，每列一个村（居）；“省定贫困村”社区填“—”；“快递进村”指有快递企业在村设点或定时上门收派件，√为已进村、×为未进村，空白为未核实");
    let no = 0;
    TB.forEach(([town, vs]) => {
      rows.push(Array(W).fill(null));
      const nAdmin = vs.filter((v) => v[1] === "行政村").length;
      full(`${town}（行政村${nAdmin}个、社区${vs.length - nAdmin}个）`);
      const line = (label, f) => { const r = [label].concat(vs.map(f)); while (r.length < W) r.push(null); rows.push(r); };
      line("村（居）名称", (v) => v[0]);
      line("类别", (v) => v[1]);
      line("省定贫困村", (v) => v[2]);
      line("快递进村", (v) => v[3]);
      line("户籍人口（人）", (v, i) => { no++; return 1200 + ((no * 733) % 2800); });
      line("自然村（个）", (v, i) => (v[1] === "社区" ? "—" : 6 + ((no + i * 5) % 15)));
      line("村（社区）党组织书记", (v, i) => nameOf(no * 3 + i, i % 4 === 1 ? "女" : "男", USED));
      vs.forEach((v) => recsV.push({ name: v[0], admin: v[1] === "行政村", poor: v[2] === "是" ? true : v[2] === "否" ? false : null, express: v[3] === "√" ? true : v[3] === "×" ? false : null }));
    });
    full("汇编：市乡村振兴局综合股");
    sheets.push(sheet("村情一览", rows, merges));
    expect["村情一览"] = { kind: "villages", records: recsV };
    assert(recsV.length === 28 && recsV.filter((r) => r.admin).length === 24 && recsV.filter((r) => r.poor).length === 6 && recsV.filter((r) => r.express === null).length === 1, "28 villages");
  }

  // ---------------------------------------------------------------- ③ 结对帮扶责任人一览表 (poorPersons)
  // household: [village, members: [rel, sex, birth, labour, work]]
  const HH = [
    ["花田村", [["户主", "男", "19680412", "有", "市内务工"], ["配偶", "女", "19710923", "有", "未务工"], ["长子", "男", "19950308", "有", "外出务工（英德市外）"], ["长女", "女", "20060615", "无", "在校"]]],
    ["赤米村", [["户主", "男", "19550117", "无", "—"], ["配偶", "女", "19580730", "有", "未务工"], ["长子", "男", "19831106", "有", "外出务工（英德市外）"], ["儿媳", "女", "19860219", "有", "市内务工"], ["孙子", "男", "20120504", "无", "在校"]]],
    ["活石水村", [["户主", "女", "19750826", "有", "未务工"], ["长子", "男", "20000113", "有", "外出务工（英德市外）"], ["长女", "女", "20030927", "有", "市内务工"]]],
    ["青光村", [["户主", "男", "19620301", "有", "市内务工"], ["配偶", "女", "19641118", "有", "未务工"]]],
    ["天堂村", [["户主", "男", "19800722", "有", "外出务工（英德市外）"], ["配偶", "女", "19820409", "有", "未务工"], ["父亲", "男", "19500213", "无", "—"], ["长女", "女", "20100830", "无", "在校"]]],
    ["连樟村", [["户主", "男", "19481205", "无", "—"], ["配偶", "女", "19500611", "无", "—"]]],
    ["连樟村", [["户主", "男", "19720516", "有（弱劳动力）", "未务工"], ["配偶", "女", "19741028", "有", "市内务工"], ["长子", "男", "19980119", "有", "外出务工（英德市外）"]]],
  ];
  const CADRE = ["英德市商务局", "英德市商务局", "英德市财政局", "英德市财政局", "英德市农业农村局", "英德市商务局", "英德市供销社"];
  const P = []; // {hh, name, rel, sex, id, labour, work}
  HH.forEach(([vil, ms], h) => ms.forEach((m, j) => {
    const id = makeIdSex(AREA, m[2], 101 + h * 37 + j * 11, h === 2 && j === 1, m[1]);
    P.push({ h, vil, rel: m[0], sex: m[1], id, labour: m[3].startsWith("有"), labTxt: m[3], work: m[4], migrant: m[4].startsWith("外出务工"), name: j === 0 ? nameOf(200 + h * 3, m[1], USED) : null });
  }));
  P.forEach((p) => { if (!p.name) { const head = P.find((q) => q.h === p.h && q.rel === "户主"); if (["长子", "长女", "孙子"].includes(p.rel)) {
      const G = p.sex === "女" ? GIV_F : GIV_M;
      let k = P.indexOf(p) * 3;
      while (USED.has(head.name[0] + G[k % G.length])) k++;
      p.name = head.name[0] + G[k % G.length]; USED.add(p.name);
    } else p.name = nameOf(230 + P.indexOf(p), p.sex, USED); } });
  assert(new Set(P.map((p) => p.name)).size === P.length, "unique member names");
  const ELIG = P.filter((p) => p.labour && !p.migrant);
  assert(P.length === 23 && ELIG.length === 11 && P.some((p) => p.id.endsWith("X")), "23 members, 11 eligible, one X");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("英德市结对帮扶责任人一览表（摘录）");
    full("市帮扶办　2021年5月　“劳动能力”：“有”含普通劳动力、技能劳动力、弱劳动力（半劳动力），“无”为丧失劳动力或无劳动力；“务工状态”：外出务工（英德市外）／市内务工／未务工／在校；外出务工人员不计入电商培训对象");
    rows.push(["户序号", "帮扶责任人", "责任人单位", "所在村", "户主", "家庭成员", "与户主关系", "性别", "身份证号", "劳动能力", "务工状态", "备注"]);
    HH.forEach(([vil, ms], h) => {
      const s0 = R() + 1;
      const head = P.find((p) => p.h === h && p.rel === "户主");
      P.filter((p) => p.h === h).forEach((p, j) => rows.push([j === 0 ? h + 1 : null, j === 0 ? nameOf(300 + h, h % 3 ? "男" : "女", USED) : null, j === 0 ? CADRE[h] : null, j === 0 ? vil : null,
        j === 0 ? head.name : null, p.name, p.rel, p.sex, p.id, p.labTxt, p.work, p.work === "在校" ? "义务教育阶段" : null]));
      if (ms.length > 1) ["A", "B", "C", "D", "E"].forEach((c) => merges.push(`${c}${s0}:${c}${R()}`));
    });
    full(`合计：${HH.length}户${P.length}人，其中有劳动能力且未外出务工${ELIG.length}人`);
    sheets.push(sheet("结对帮扶", rows, merges));
    expect["结对帮扶"] = { kind: "poorPersons", records: P.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant })) };
  }

  // ---------------------------------------------------------------- ④ 电商培训考核成绩登记表 (training)
  const byRel = (h, rel) => P.find((p) => p.h === h && p.rel === rel);
  // sessions: [title, end iso, trainees: [person|null(other), absent?, idStyle]]
  let oth = 0;
  const other = (sex, birth, wantX) => { oth++; const id = makeIdSex(AREA, birth, 500 + oth * 13, !!wantX, sex); return { name: nameOf(400 + oth, sex, USED), sex, id, vil: ["小湾村", "新地村", "金鸡村", "黎洞村", "峡江村", "浦竹村", "大镇村"][oth % 7], poor: false }; };
  const mine = (p) => ({ name: p.name, sex: p.sex, id: p.id, vil: p.vil, poor: true });
  const S = [
    ["第一期　农村电商基础班　培训时间：2021年3月23日—25日　地点：英德市电子商务公共服务中心", "2021-03-25", [
      [mine(byRel(0, "户主"))], [other("女", "19870314")], [mine(byRel(1, "儿媳"))], [other("男", "19910726")], [mine(byRel(2, "户主"))], [other("女", "19790502")],
      [mine(byRel(3, "户主"))], [mine(byRel(3, "配偶")), "absent"], [other("男", "19930818")], [other("女", "19850109")], [other("男", "19760621"), "absent"], [other("女", "19940412")]]],
    ["第二期　直播带货实操班　培训时间：2021.6.8-6.10　地点：西牛镇麻竹笋产业园", "2021-06-10", [
      [mine(byRel(0, "户主"))], [mine(byRel(4, "配偶"))], [other("男", "19890203", true), null, "lower"], [mine(byRel(6, "户主"))], [mine(byRel(1, "长子"))],
      [other("女", "19921130"), null, "masked"], [other("男", "19830927"), "absent"], [other("女", "19960517")], [other("男", "19880804")], [other("女", "19810311")]]],
    ["第三期　脱贫户电商技能班　培训时间：2021年9月14日　地点：连江口镇连樟村党群服务中心", "2021-09-14", [
      [mine(byRel(6, "配偶"))], [mine(byRel(2, "长女"))], [mine(byRel(3, "配偶"))], [other("男", "19770823")], [mine(byRel(5, "户主")), "absent"], [other("女", "19900615")],
      [other("男", "19860129")], [other("女", "19970302")]]],
  ];
  const recsT = [];
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("英德市电子商务进农村综合示范项目电商培训考核成绩登记表");
    full("承训单位：英德市红茶谷电子商务有限公司　　签到栏“√”为实到参训（三天班每天签到，三天均到的打√）；名单内报了名未到的学员照列，签到栏空白、成绩记“缺考”，不计参训；理论、实操各50分，总分60分及以上为合格");
    rows.push(["序号", "姓名", "性别", "身份证号", "镇村", "脱贫户", "签到", "理论（50分）", "实操（50分）", "总分", "结果"]);
    let no = 0;
    S.forEach(([title, iso, list]) => {
      full(title);
      list.forEach(([t, absent, style], i) => {
        no++;
        const idCell = style === "lower" ? t.id.toLowerCase() : style === "masked" ? t.id.slice(0, 6) + "********" + t.id.slice(14) : t.id;
        if (absent) { rows.push([no, t.name, t.sex, idCell, style === "masked" ? "清远市清城区（外地学员）" : t.vil, t.poor ? "是" : "否", null, "缺考", "缺考", null, "缺考（未到）"]); return; }
        const a = 30 + ((no * 7) % 19), b = 32 + ((no * 11) % 17);
        rows.push([no, t.name, t.sex, idCell, style === "masked" ? "清远市清城区（外地学员）" : t.vil, t.poor ? "是" : "否", "√", a, b, a + b, a + b >= 60 ? "合格" : "不合格"]);
        recsT.push({ date: iso, personTimes: 1, id: style === "masked" ? idCell : t.id });
      });
    });
    full("承训单位（盖章）　　登记：黄××　　英德市商务局电商股核对：朱××");
    sheets.push(sheet("培训成绩登记", rows, merges));
    expect["培训成绩登记"] = { kind: "training", records: recsT };
  }
  const names = S.flatMap((s) => s[2].map((t) => t[0])).filter((t) => !t.poor).map((t) => t.name);
  assert(new Set(names).size === names.length && names.every((n) => !P.some((p) => p.name === n)), "trainee names distinct from members");
  assert(recsT.length === 26 && recsT.filter((r) => /^\d{17}X$/.test(r.id)).length === 1 && recsT.some((r) => r.id.includes("*")), "26 trainees attended (4 absent), one x written lower-case, one masked");
  const trainedElig = new Set(recsT.filter((r) => r.date <= AS_OF).map((r) => r.id).filter((id) => ELIG.some((p) => p.id === id)));
  assert(trainedElig.size === 6, "6 of 11 eligible trained by cut-off got " + trainedElig.size);
  write("ledgers/b137-l1-yingde.json", {
    description:
      "清远英德市商务局的一本台账，四个表。①《说明》只是说明，不是台账。②《村情一览》是市乡村振兴局汇编的《行政村（社区）基本情况一览》，表是横过来的：一镇一块（分块标题“西牛镇（行政村7个、社区1个）”），每列一个村（居），字段在A列（村（居）名称、类别、省定贫困村、快递进村、户籍人口、自然村、党组织书记）。读法：按块、从左到右每列一条记录，共28条；类别“社区” → admin false；省定贫困村 是 → true、否 → false、社区的“—” → null；快递进村 √ → true、× → false（赤米村、礤头村），岩背村空白（抬头说空白为未核实）→ null；“鱼湾村委会”照写。③《结对帮扶》是市帮扶办的《结对帮扶责任人一览表》：一户几行，户序号、帮扶责任人、单位、所在村、户主纵向合并，每个家庭成员一条记录（不只户主），共7户23人；劳动能力“有”“有（弱劳动力）” → true，“无” → false；务工状态只有“外出务工（英德市外）” → migrant true，“市内务工”“未务工”“在校”“—” → false；身份证号有一个末位X。④《培训成绩登记》是承训公司的考核成绩登记表：期次写在分段行（“2021年3月23日—25日”、“2021.6.8-6.10”、“2021年9月14日”，读止日），签到栏“√”才是参训，一行1人次；签到空白、成绩“缺考（未到）”的4人不算（其中两个是脱贫户：第一期何桂芳、第三期邓德才；何桂芳第三期到了）；第二期庞志强的身份证号末位写成小写x（记录写大写X），外地学员吴春梅的号码脱敏“441881********6188”照写；同一人参加两期（莫家旺）算两条；第三期9月14日在截止日后，照列。共26条。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b137-l2-dongyuan: 河源东源县 — ①《目录》；②县乡村振兴局《省定贫困村新农村示范村建设进度表》当贫困村清单（镇小计、合计行不是村）；
// ③邮政《村级电商服务站快递业务量月度统计表》当站点清单（读“开通日期”，月份列是业务量；社区站、同村第二站、撤站的照列）；
// ④县商务局财务《发票登记簿》当资金台账（付款日期、实付金额才是拨付；未付、作废的不是；质保金扣留后实付）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {}, USED = new Set();
  sheets.push(sheet("目录", [["东源县电子商务进农村综合示范台账目录"], ["一、贫困村示范村进度（县乡村振兴局，省定贫困村名单）"], ["二、站点快递业务量（邮政东源县分公司，村级电商服务站点）"],
    ["三、发票登记簿（县商务局财务，专项资金支付）"], [null], ["东源县商务局　2021年9月"]]));
  expect["目录"] = { kind: null };

  // ---------------------------------------------------------------- ② 省定贫困村新农村示范村建设进度表 (poorVillages)
  const PV = [
    ["船塘镇", [["南坑村", "东莞市市场监督管理局"], ["上蓝村", "东莞市自然资源局"], ["岗头村", "东莞市商务局"]]],
    ["顺天镇", [["沙溪村", "东莞市交通运输局"], ["东埔村", "东莞市税务局"]]],
    ["蓝口镇", [["柏埔村", "东莞市财政局"], ["黄村村委会", "东莞市卫生健康局"], ["乐村村", "东莞市农业农村局"]]],
    ["义合镇", [["下屯村", "东莞市教育局"], ["中心坝村", "东莞市住房和城乡建设局"]]],
    ["漳溪畲族乡", [["漳溪村", "东莞市民族宗教局"], ["青溪村", "东莞市水务局"]]],
    ["康禾镇", [["仙坑村", "东莞市文化广电旅游体育局"], ["双田村", "东莞市人力资源和社会保障局"], ["贝岭村", "东莞市公安局"]]],
  ];
  const recsP = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("东源县省定贫困村社会主义新农村示范村建设进度表");
    full("县乡村振兴局　　截至2021年8月20日　　单位：万元");
    rows.push(["序号", "镇（乡）", "省定贫困村", "驻村帮扶单位", "规划项目（个）", "已完工（个）", "计划投资", "完成投资", "投资完成率", "备注"]);
    let no = 0, gp = 0, gd = 0, gi = 0, gc = 0;
    PV.forEach(([town, vs]) => {
      const s0 = R() + 1;
      let tp = 0, td = 0, ti = 0, tc = 0;
      vs.forEach(([v, unit], i) => {
        no++;
        const p = 8 + (no % 6), d = Math.min(p, 5 + ((no * 3) % 6)), inv = 300 + ((no * 97) % 400), comp = Math.round(inv * (0.55 + ((no * 13) % 40) / 100));
        tp += p; td += d; ti += inv; tc += comp;
        rows.push([no, i === 0 ? town : null, v, unit, p, d, inv, comp, `${Math.round((comp / inv) * 100)}%`, d === p ? "全部完工" : null]);
        recsP.push({ name: v });
      });
      if (vs.length > 1) merges.push(`B${s0}:B${R()}`);
      rows.push([null, `${town}小计`, `${vs.length}个村`, null, tp, td, ti, tc, `${Math.round((tc / ti) * 100)}%`, null]);
      gp += tp; gd += td; gi += ti; gc += tc;
    });
    rows.push(["全县合计", null, `${no}个村`, null, gp, gd, gi, gc, `${Math.round((gc / gi) * 100)}%`, null]); merges.push(`A${R()}:B${R()}`);
    full("填表：县乡村振兴局规划股　　“省定贫困村”为2016年省定相对贫困村，已全部出列");
    sheets.push(sheet("贫困村示范村进度", rows, merges));
    expect["贫困村示范村进度"] = { kind: "poorVillages", records: recsP };
    assert(recsP.length === 15, "15 poor villages");
  }

  // ---------------------------------------------------------------- ③ 村级电商服务站快递业务量月度统计表 (stations)
  // [镇, 站点, 所在村, cell, opened (canonical), closedMonth|null, note]
  const SV = [
    ["仙塘镇", "仙塘社区电商服务站", "仙塘社区", "2019年12月", "2019-12", null, "社区站点"],
    ["仙塘镇", "蝴蝶岭村电商服务站", "蝴蝶岭村", D("2020-05-18"), "2020-05-18", null, null],
    ["船塘镇", "南坑村电商服务站", "南坑村", "2020.9.22", "2020-09-22", null, null],
    ["船塘镇", "岗头村电商服务站", "岗头村委会", "2020年10月15日", "2020-10-15", null, null],
    ["船塘镇", "南坑圩电商服务站", "南坑村", "2021.2.25", "2021-02-25", null, "同村第二个站点（圩镇）"],
    ["顺天镇", "沙溪村电商服务站", "沙溪村", D("2020-11-03"), "2020-11-03", null, null],
    ["顺天镇", "东埔村电商服务站", "东埔村", "2020/12/8", "2020-12-08", null, null],
    ["蓝口镇", "柏埔村电商服务站", "柏埔村", "2021.1.12", "2021-01-12", null, null],
    ["蓝口镇", "黄村电商服务站", "黄村村", D("2021-03-02"), "2021-03-02", null, null],
    ["蓝口镇", "乐村村电商服务站", "乐村村", "2021年4月", "2021-04", null, "开通日期只记到月"],
    ["义合镇", "下屯村电商服务站", "下屯村", "2020.3.16", "2020-03-16", "2021-05", "2021年5月撤站，业务并入义合镇站"],
    ["义合镇", "中心坝村电商服务站", "中心坝村", "2021.5.20", "2021-05-20", null, null],
    ["漳溪畲族乡", "漳溪村电商服务站", "漳溪村", "21.6.7", "2021-06-07", null, null],
    ["康禾镇", "仙坑村电商服务站", "仙坑村", D("2021-07-01"), "2021-07-01", null, null],
    ["康禾镇", "双田村电商服务站", "双田村", "2021年8月30日", "2021-08-30", null, null],
    ["康禾镇", "贝岭村电商服务站", "贝岭村", "2021.9.6", "2021-09-06", null, "9月开通，本期无业务量"],
  ];
  const MONTHS = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  {
    const W = 5 + MONTHS.length + 2, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("东源县村级电商服务站快递业务量月度统计表（2020年9月—2021年8月）");
    full("中国邮政集团有限公司东源县分公司　　业务量单位：件（收件＋派件）　　“开通日期”为站点开通快递收派业务之日；开通前、撤站后的月份空白");
    rows.push(["序号", "镇（乡）", "站点名称", "所在村（社区）", "开通日期", "2020年", null, null, null, "2021年", null, null, null, null, null, null, null, "合计", "备注"]);
    rows.push([null, null, null, null, null].concat(MONTHS.map((m) => `${+m.slice(5, 7)}月`), [null, null]));
    ["A", "B", "C", "D", "E", "R", "S"].forEach((c) => merges.push(`${c}3:${c}4`));
    merges.push("F3:I3", "J3:Q3");
    const colT = Array(MONTHS.length).fill(0);
    SV.forEach((s, i) => {
      const vols = MONTHS.map((m, j) => (m < s[4].slice(0, 7) || (s[5] && m >= s[5]) ? null : 180 + ((i * 157 + j * 61) % 520)));
      vols.forEach((v, j) => { colT[j] += v || 0; });
      rows.push([i + 1, s[0], s[1], s[2], s[3]].concat(vols, [sum(vols.map((v) => v || 0)), s[6]]));
    });
    rows.push(["合计", null, `${SV.length}个站点`, null, null].concat(colT, [sum(colT), null])); merges.push(`A${R()}:B${R()}`);
    full("统计：邮政东源县分公司寄递事业部　　报：东源县商务局");
    sheets.push(sheet("站点快递业务量", rows, merges));
    expect["站点快递业务量"] = { kind: "stations", records: SV.map((s) => ({ village: s[2], opened: s[4] })) };
  }

  // ---------------------------------------------------------------- ④ 发票登记簿 (funds)
  // [收票, 开票, 销售方, 项目, 价税合计, 实付|null, 付款日期|null, 备注]
  const IV = [
    ["2020-09-10", "2020-09-08", "东源县万绿电子商务运营有限公司", "县电商公共服务中心装修工程（首期）", 360000, 360000, "2020-09-24", null],
    ["2020-10-20", "2020-10-18", "中国邮政集团有限公司东源县分公司", "村级电商服务站点建设（首期）", 280000, 280000, "2020-11-05", null],
    ["2020-11-25", "2020-11-23", "河源市顺达物流有限公司", "农村物流配送车辆", 226000, 226000, "2020-12-10", null],
    ["2020-12-28", "2020-12-25", "河源市东江职业培训学校", "电商培训服务费（第一批）", 98500, 98500, "2021-01-15", null],
    ["2021-01-20", "2021-01-18", "东源县万绿电子商务运营有限公司", "农产品品牌推广服务", 150000, null, null, "发票抬头错误，已作废重开"],
    ["2021-01-27", "2021-01-26", "东源县万绿电子商务运营有限公司", "农产品品牌推广服务（重开）", 150000, 150000, "2021-02-09", null],
    ["2021-03-16", "2021-03-15", "中国邮政集团有限公司东源县分公司", "村级电商服务站点建设（进度款）", 320000, 320000, "2021-04-02", null],
    ["2021-04-22", "2021-04-20", "河源市溯源信息科技有限公司", "农产品质量追溯系统", 200000, 190000, "2021-05-11", "扣留质保金5%（10,000元）验收一年后支付"],
    ["2021-05-26", "2021-05-25", "河源市顺达物流有限公司", "冷链仓储设备", 268000, 268000, "2021-06-18", null],
    ["2021-06-29", "2021-06-28", "河源市东江职业培训学校", "电商培训服务费（第二批）", 112400, 112400, "2021-07-14", null],
    ["2021-07-27", "2021-07-26", "东源县万绿电子商务运营有限公司", "县电商公共服务中心运营服务费", 180000, 180000, "2021-08-25", null],
    ["2021-08-18", "2021-08-17", "中国邮政集团有限公司东源县分公司", "村级电商服务站点建设（第二批）", 350000, 350000, "2021-09-07", null],
    ["2021-08-26", "2021-08-25", "河源市顺达物流有限公司", "县级物流分拣中心（尾款）", 240000, null, null, "待验收，未付"],
    ["2021-09-15", "2021-09-13", "河源市东江职业培训学校", "电商培训服务费（第三批）", 96800, null, null, "未付"],
  ];
  const recsF = [];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("东源县商务局省级电子商务进农村综合示范专项资金发票登记簿");
    full("财务室　　收到承建单位发票即登记；“实付金额”“付款日期”“付款凭证号”由出纳在国库支付后填写，未填的为尚未支付；金额单位：元");
    rows.push(["序号", "收票日期", "发票代码", "发票号码", "开票日期", "销售方", "项目（货物或应税劳务、服务名称）", "价税合计", "实付金额", "付款日期", "付款凭证号", "备注"]);
    let v = 0;
    IV.forEach((x, i) => {
      const paid = x[6] !== null;
      if (paid) { v++; recsF.push({ date: x[6], amount: x[5] }); }
      rows.push([i + 1, fmtDot(x[0]), "044002000" + String(111 + (i % 3)), String(2150001 + i * 37).padStart(8, "0"), D(x[1]), x[2], x[3], money2(x[4]), paid ? x[5] : null,
        paid ? [fmtSlash, D, fmtCn][i % 3](x[6]) : null, paid ? `记-${p2(+x[6].slice(5, 7))}${p2(10 + i)}` : null, x[7]]);
    });
    const paidSum = sum(IV.filter((x) => x[6]).map((x) => x[5]));
    rows.push(["合计", null, null, null, null, null, null, money2(sum(IV.map((x) => x[4]))), paidSum, null, null, null]); merges.push(`A${R()}:G${R()}`);
    full("出纳：曾××　　会计：温××");
    sheets.push(sheet("发票登记簿", rows, merges));
    expect["发票登记簿"] = { kind: "funds", records: recsF };
    assert(recsF.length === 11 && paidSum === 2534900 && sum(recsF.filter((r) => r.date <= AS_OF).map((r) => r.amount)) === 2184900, "11 payments, 2,534,900 (2,184,900 by cut-off)");
  }
  write("ledgers/b137-l2-dongyuan.json", {
    description:
      "河源东源县商务局的一本台账，四个表，都是别的部门的表拿来用的。①《目录》不是台账。②《贫困村示范村进度》是县乡村振兴局的《省定贫困村社会主义新农村示范村建设进度表》：序号｜镇（乡）（纵向合并）｜省定贫困村｜驻村帮扶单位｜项目数｜投资……，每个镇后面一行“××镇小计”、最后“全县合计”，小计、合计不是村；“黄村村委会”照写；共15个贫困村。③《站点快递业务量》是邮政东源县分公司的快递业务量月度统计表：两行表头（“2020年”“2021年”合并在月份上面），9月—8月一列一个月是业务量（件），不是日期；站点读“所在村（社区）”和“开通日期”：真日期、“2020.9.22”、“2020年10月15日”、“2020/12/8”、两位年份“21.6.7”、只到月的“2019年12月”“2021年4月”（记作\"2019-12\"\"2021-04\"）；仙塘社区站、南坑村圩镇第二站、2021年5月撤站的下屯村站、9月6日才开通的贝岭村站都照列（是否计入覆盖是评分的事）；“岗头村委会”照写；合计行不是站点。共16条。④《发票登记簿》是局财务室收到承建单位发票就登记的簿子：一张发票一行，只有出纳填了“付款日期”“实付金额”的才是一笔拨付，日期读付款日期（不读收票日期、开票日期），金额读实付金额（不读价税合计：溯源系统价税合计200,000元、扣质保金后实付190,000元）；作废重开的发票、“待验收，未付”和9月的未付发票不是拨付；8月收票、9月7日付款的那笔照列，日期2021-09-07。共11笔，实付合计2,534,900元（8月31日前2,184,900元）。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log("wrote:\n" + written.join("\n"));
