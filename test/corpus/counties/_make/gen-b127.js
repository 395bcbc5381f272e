// Batch 127 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b126.js)
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
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept as the blind writer wrote it
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
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept as the blind writer wrote it
const fmt2y = (iso) => { const [y, m, d] = iso.split("-"); return `${+y - 2000}.${+m}.${+d}`; };
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- boilerplate from gen-b126.js, unused in this batch
const person = (i) => "陈林黄吴梁李张何罗邓冯谢苏叶莫钟刘杨庞麦"[(i * 7) % 20] +
  ["志强", "国华", "建明", "海燕", "伟文", "秀英", "永康", "德才", "美玲", "振兴", "少雄", "金凤", "文光", "丽娟", "子健", "春梅", "家旺", "月娥", "桂芳", "俊杰", "锦荣", "玉兰", "伟强", "淑贞"][(i * 5 + Math.floor(i / 24) * 7 + 3) % 24];
// a name that fits the sex, unique within one case (pass the case's own Set)
const GIV_M = ["志强", "国华", "建明", "伟文", "永康", "德才", "振兴", "少雄", "文光", "子健", "家旺", "俊杰", "锦荣", "伟强", "海波", "国栋", "永健", "耀祖", "汉明", "树森"];
const GIV_F = ["海燕", "秀英", "美玲", "金凤", "丽娟", "春梅", "月娥", "桂芳", "玉兰", "淑贞", "翠萍", "凤娇", "少芬", "彩霞", "艳红", "婉婷", "小梅", "惠玲", "秋菊", "雪莲"];
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- boilerplate from gen-b126.js, unused in this batch
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

// ---------------------------------------------------------------- batch-127 helpers
const GM127 = ["志明", "国强", "伟雄", "建华", "俊杰", "锦涛", "泽鹏", "家豪", "振华", "文杰", "永平", "海洋", "立新", "少华", "庆丰", "汉生", "炳坤", "锐锋",
  "晓东", "德胜", "树林", "伟东", "金水", "荣光", "宏伟", "世杰", "子龙", "明辉", "卫国", "瑞祥", "跃进", "泽林", "松柏", "耀明", "东升", "桂林", "佳俊", "炎生", "景川", "崇文"];
const GF127 = ["秀娟", "丽华", "晓燕", "美华", "玉珍", "婉玲", "少玲", "雪芳", "佩珊", "慧敏", "淑华", "碧霞", "小红", "翠华", "秋霞", "雅琴", "映红", "素贞",
  "巧玲", "海霞", "月华", "丹丹", "晓玲", "桂英", "雪梅", "燕玲", "佳琪", "美娟", "惠芳", "银花", "爱玲", "凤英", "丽萍", "晓红", "秀梅", "玉凤", "瑞芳", "绮雯", "少娟", "思敏"];
const SUR127 = "陈林黄吴李张王刘杨许郑蔡谢邱洪沈曾庄苏余方翁卢魏丁彭钟詹罗柯";
function name127(i, sex, used) {
  const G = sex === "女" ? GF127 : GM127;
  for (let k = 0; k < 2000; k++) {
    const n = SUR127[(i * 11 + k * 7) % SUR127.length] + G[(i * 3 + k * 13 + Math.floor(i / 40)) % G.length];
    if (!used.has(n)) { used.add(n); return n; }
  }
  throw new Error("name127");
}
const pct1 = (a, b) => (Math.round((a / b) * 1000) / 10).toFixed(1) + "%";

// =====================================================================================
// facts/b127-f1-raoping: 潮州饶平县 — 考评佐证材料“有关部门证明及情况说明”的文字录入稿：一件证明一块（编号、标题、称谓、正文、落款单位、日期），
// 运营服务商的说明里夹着“服务项目｜开展情况｜收费方式”小表，省商务厅监测数据是万元小表；统计局给的是常住人口（户籍人口不是）；
// 民政局 383 个村（居）委会里行政村 357 个；邮政 98.6% 不是 100%；财政局截至 9 月 10 日的累计数不是截止日的数；增值服务“筹备中”
// =====================================================================================
(function f1() {
  const W = 5, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:E${R()}`); };
  const body = (no, t) => { const r = span(no, W); r[1] = t; rows.push(r); merges.push(`B${R()}:E${R()}`); };
  const sign = (who, when) => {
    const r = span(null, W); r[3] = who; rows.push(r); merges.push(`D${R()}:E${R()}`);
    const s = span(null, W); s[3] = when; rows.push(s); merges.push(`D${R()}:E${R()}`);
    rows.push(span(null, W));
  };
  full("饶平县电子商务进农村综合示范创建考评佐证材料（二）：有关部门证明及情况说明（文字录入稿）");
  full("县商务局电商股据各单位盖章原件逐件录入，原件扫描件见本册附件。除各件注明的时点外，数据均截至2021年8月31日（考评截止日）。");
  rows.push(["编号", "证明（说明）内容", null, null, null]); merges.push(`B${R()}:E${R()}`);
  // 证-1 统计局
  body("证-1", "关于饶平县常住人口数的证明");
  body(null, "饶平县商务局：");
  body(null, "根据第七次全国人口普查主要数据公报，饶平县常住人口为826,137人（普查标准时点2020年11月1日零时）；另据公安户籍统计，全县户籍人口约104.3万人。");
  body(null, "特此证明。");
  sign("饶平县统计局（盖章）", "2021年8月16日");
  // 证-2 民政局
  body("证-2", "关于饶平县村（居）民委员会数量的说明");
  body(null, "截至2021年8月31日，饶平县辖21个镇，共有村（居）民委员会383个，其中村民委员会（行政村）357个、居民委员会（社区）26个。2021年村（社区）“两委”换届选举后，村（居）委会数量无变化。");
  sign("饶平县民政局（盖章）", "2021年8月18日");
  // 证-3 乡村振兴局
  body("证-3", "关于饶平县省定相对贫困村及建档立卡贫困人口培训情况的证明");
  body(null, "一、我县共有省定相对贫困村33个（名单附后），均已于2020年底出列，过渡期内仍按省定贫困村管理。");
  body(null, "二、全县现有建档立卡脱贫户6,811户、23,540人，其中有劳动能力且未外出务工的4,126人（已剔除外出务工人员和无劳动能力人员）。");
  body(null, "三、经与县商务局提供的电商培训学员名单按身份证号逐人比对，截至2021年8月31日，上述4,126人中参加过电商培训的2,205人，培训率53.4%。");
  body(null, "四、县商务局每月将电商扶贫培训及带动脱贫户增收情况抄送我局并报市商务局，能统计电商扶贫情况。");
  sign("饶平县乡村振兴局（盖章）", "2021年8月25日");
  // 证-4 邮政
  body("证-4", "关于饶平县行政村快递服务通达情况的说明");
  body(null, "截至2021年7月31日，全县357个行政村中，快递服务直接通达（进村）的352个，通达率98.6%；上饶、新丰两镇5个山区行政村暂由镇快递网点代收代投，计划2021年底前实现快递进村。");
  sign("潮州市邮政管理局（盖章）", "2021年8月5日");
  // 证-5 财政局
  body("证-5", "关于饶平县省级电子商务进农村综合示范专项资金下达及拨付情况的证明");
  body(null, "一、省财政下达我县2019年省级电子商务进农村综合示范专项资金500万元。");
  body(null, "二、截至2021年8月31日，该专项资金累计拨付3,774,400元，支出率75.5%；2021年9月1日至9月10日又拨付212,000元，截至本证明出具之日累计拨付3,986,400元。");
  body(null, "三、县商务局会同我局制定了《饶平县电子商务进农村综合示范专项资金管理办法》（饶财〔2020〕31号）；各项目承建单位均建立了专项资金专用台账，资金使用可查询、可追溯。");
  sign("饶平县财政局（盖章）", "2021年9月10日");
  // 证-6 县政府办
  body("证-6", "关于成立领导小组、印发工作方案及出台扶持政策的情况说明");
  body(null, "2019年11月，县政府成立饶平县电子商务进农村综合示范工作领导小组（饶府办函〔2019〕137号），由县委副书记、县长任组长，常务副县长、分管副县长任副组长，县商务局、财政局、农业农村局、扶贫办（现县乡村振兴局）、交通运输局、市场监管局、邮政分公司等单位为成员单位。");
  body(null, "2019年12月，县政府办公室正式印发《饶平县电子商务进农村综合示范县工作方案》（饶府办〔2019〕95号）。2020年6月，县政府出台《饶平县促进农村电子商务发展扶持办法》（饶府〔2020〕22号），在资金、场地、人才等方面给予扶持。");
  sign("饶平县人民政府办公室（盖章）", "2021年8月20日");
  // 证-7 运营服务商
  body("证-7", "饶平县电子商务公共服务中心运营情况说明");
  body(null, "我司为经公开招标确定的饶平县电子商务公共服务中心第三方运营服务商。中心位于黄冈镇，2020年9月完成装修，2020年10月28日正式投入运营。截至2021年8月31日，服务开展情况如下：");
  rows.push([null, "服务项目", "开展情况", "收费方式", "备注"]);
  const SV = [
    ["电商基础培训（免费培训室1间、电脑50台）", "已开展", "免费", "累计开班112期"],
    ["特色农产品展示、销售（展示展销厅）", "已开展", "免费", null],
    ["产品摄影、美工设计", "已开展", "免费", "摄影棚1间"],
    ["“饶平狮头鹅”“岭头单丛”等品牌统一推广、品牌建设指导", "已开展", "免费", null],
    ["金融贷款、物流对接等衍生增值服务", "筹备中（未开展）", "—", "拟2021年第四季度开展"],
  ];
  SV.forEach((s) => rows.push([null, s[0], s[1], s[2], s[3]]));
  body(null, "此外，我司受县商务局委托运营饶平县电子商务产业园（2020年12月整合原黄冈电商孵化基地建成），现入驻企业23家。");
  sign("潮州市潮商汇电子商务有限公司（盖章）", "2021年8月23日");
  // 证-8 省商务厅监测数据
  body("证-8", "广东省商务厅电子商务统计监测数据（饶平县，摘录）");
  rows.push([null, "指标（单位：万元）", "2019年", "2020年", "同比增长"]);
  rows.push([null, "农村网络零售额", "152,386.4", "187,902.1", "23.3%"]);
  rows.push([null, "农产品网络零售额", "31,205.7", "42,618.9", "36.6%"]);
  sign("（省商务厅2021年6月提供，县商务局摘录）", null);
  assert(Math.round((187902.1 / 152386.4 - 1) * 1000) === 233 && Math.round((42618.9 / 31205.7 - 1) * 1000) === 366, "23.3%, 36.6%");
  // 证-9 政务服务数据管理局
  body("证-9", "关于县政府门户网站“电子商务进农村综合示范”专栏的说明");
  body(null, "县政府门户网站于2020年5月开设“电子商务进农村综合示范”专栏，设“创建方案”“项目信息”“建设进度”“监督举报”四个子栏目，公示了示范县工作方案、已确定的财政资金扶持项目基本信息和每月项目建设进度；“监督举报”子栏目公布了举报电话和电子邮箱。");
  sign("饶平县政务服务数据管理局（盖章）", "2021年8月19日");
  // 证-10 县商务局
  body("证-10", "关于电商培训、项目进度及安全生产情况的说明");
  body(null, "一、截至2021年8月31日，我局（含委托培训机构）共开展农村电商培训186期，累计培训9,216人次（详见培训台账）。");
  body(null, "二、经县项目验收小组评估，截至2021年8月31日，项目总体进度为91%。");
  body(null, "三、项目实施以来，未发生安全生产事故和产品质量事故，未造成重大经济损失和社会不良影响。");
  sign("饶平县商务局（盖章）", "2021年8月31日");
  full("（录入：电商股 詹××　校对：办公室 柯××）");
  assert(Math.round(2205 / 4126 * 1000) === 534 && Math.round(352 / 357 * 1000) === 986 && Math.round(3774400 / 5000000 * 1000) === 755, "53.4%, 98.6%, 75.5%");
  assert(3774400 + 212000 === 3986400, "9月 212,000");
  write("facts/b127-f1-raoping.json", {
    description:
      "潮州饶平县商务局交来当事实表的，是考评佐证材料（二）《有关部门证明及情况说明》的文字录入稿：A列编号（证-1…证-10），B:E合并写正文，一件一块——标题、称谓、正文一段一行、右下落款单位和日期（D:E合并）、空行；证-7运营服务商的说明里夹一张“服务项目｜开展情况｜收费方式｜备注”小表，证-8是省商务厅监测数据小表（万元）。抬头写明除注明时点外数据截至2021年8月31日（考评截止日）→ asOf。读法：证-1常住人口826,137人（户籍约104.3万人不是）；证-2共383个村（居）委会，行政村是其中的357个（居委会26个不算）；证-3省定贫困村33个，有劳动能力且未外出务工的4,126人、参训2,205人（6,811户23,540人是全部脱贫人口，不是应培训人数），第四条能统计电商扶贫 → 是；证-4邮政管理局说352/357个行政村通达、98.6%，另5个村代收代投 → 快递覆盖100%为否；证-5下达500万元，截止日累计拨付3,774,400元（3,986,400元是截至9月10日、含9月拨付的212,000元，不是截止日数），管理办法已制定、承建单位有专用台账；证-6县委副书记、县长任组长（副县长是副组长），成员有商务、财政、农业农村、扶贫办（现乡村振兴局）→ principal-all，方案2019年12月正式印发、扶持办法2020年6月出台；证-7运营服务商是公开招标的第三方 → 是，中心“2020年9月完成装修，2020年10月28日正式投入运营”读运营日2020-10-28，培训、展示销售、摄影美工、品牌推广四项免费开展，金融物流等增值服务“筹备中（未开展）”→ 否，产业园2020年12月整合建成 → 是（23家无对应键）；证-8两年金额按万元换成元，增速23.3%、36.6%照录；证-9专栏创建方案、项目信息、建设进度、监督举报四项都有；证-10培训9,216人次（186期不是人次）、总体进度91%、未发生安全生产和质量事故 → 否（没有提弄虚作假，不列）。没有主观评分，也没有自评分。",
    sheets: [sheet("证明材料录入", rows, merges)],
    expect: {
      facts: {
        county: "饶平县", asOf: "2021-08-31", residentPopulation: 826137, adminVillagesStated: 357, poorVillagesStated: 33, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: wan("152386.4"), ruralRetail2020: wan("187902.1"), agriRetail2019: wan("31205.7"), agriRetail2020: wan("42618.9"),
        ruralRetailGrowthStated: 0.233, agriRetailGrowthStated: 0.366, trainingPersonTimesStated: 9216, eligiblePoorPersonsStated: 4126,
        trainedPoorPersonsStated: 2205, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3774400, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.91, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b127-f2-luhe: 汕尾陆河县 — 电商股做的《对标分析表》：本县一组“完成情况｜自评分”，旁边并排海丰县（兄弟县自评）、蕉岭县（省考评结果）两组，
// 最右“差距及下步措施”；两行表头；项目管理、农村产品上行、人才培训按评分标准拆成子行，末行“小计”；只读本县两列，别县的数和分不读
// =====================================================================================
(function f2() {
  const W = 10, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
  full("陆河县电子商务进农村综合示范创建对标分析表");
  full("县商务局电商股制　2021年9月2日　本县数据截至2021年8月31日（考评截止日），本县自评分为8月30日局务会初定分；海丰县数据摘自其公开的自评报告，蕉岭县为2020年省考评结果，仅供对标，不作本县数据。");
  rows.push(["序号", "评价指标", "评分标准（分值）", "陆河县（本县）", null, "海丰县（同市兄弟县）", null, "蕉岭县（省考评优秀）", null, "差距及下步措施"]);
  const h = R();
  merges.push(`D${h}:E${h}`, `F${h}:G${h}`, `H${h}:I${h}`, `A${h}:A${h + 1}`, `B${h}:B${h + 1}`, `C${h}:C${h + 1}`, `J${h}:J${h + 1}`);
  rows.push([null, null, null, "完成情况", "自评分", "完成情况", "自评分", "完成情况", "考评得分", null]);
  // group: [no, 指标, [[标准, 本县情况, 本县分, 海丰情况, 海丰分, 蕉岭情况, 蕉岭分, 措施]], claimId, judgedIds per sub-row]
  const G = [
    [1, "组织领导", [["主要领导牵头且商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）",
      "县委副书记、县长任领导小组组长，常务副县长任常务副组长；县商务局、财政局、农业农村局、乡村振兴局等12个单位为成员单位",
      2, "副县长任领导小组组长，商务、财政、农业农村等部门参与", 1, "县长任组长，成员单位15个", 2, "—"]], "org.leadership", [null]],
    [2, "方案制定", [["工作方案因地制宜、可操作性强（1-2分）", "《陆河县电子商务进农村综合示范县工作方案》2019年12月由县政府正式印发", 2,
      "2020年1月印发", 2, "2018年9月印发", 2, "—"]], "org.plan", ["org.plan"]],
    [3, "政策支持", [["出台支持政策且较好落实（1-2分）", "2020年7月出台《陆河县农村电子商务扶持办法》，已兑现奖补86万元", 2,
      "2020年3月出台扶持政策", 2, "出台人才、用地、资金政策", 2, "—"]], "org.policy", ["org.policy"]],
    [4, "项目管理", [
      ["项目管理制度（1-2分）", "制定项目管理办法、项目验收办法，建设、验收环节严格执行", 2, "已制定", 2, "已制定", 2, "—"],
      ["工作台账（1-2分）", "建立站点、培训、资金等工作台账，2020年部分台账记录不全", 1, "台账完整", 2, "台账完整", 2, "9月15日前补齐2020年台账"]],
      "org.management", ["org.management.system", "org.management.ledger"]],
    [5, "服务体系建设：县级中心与产业园", [["中心建成2分、运行6个月2分、免费培训2分、免费展销1分、免费摄影美工1分、品牌推广1分、增值服务1分；产业园2分、入驻20家2分、三类以上1分（15分）",
      "县电商公共服务中心2020年12月26日投入运营；设免费培训室、电脑40台，能开展电商基础培训；免费展示展销青梅、擂茶等特色农产品；免费提供摄影、美工服务；统一推广“陆河青梅”品牌；已开展金融、物流对接等增值服务。整合建成县电商产业园，入驻企业18家（平台、销售、运营、物流4类）",
      13, "中心2020年6月运营，产业园入驻22家", 15, "中心2018年运营，产业园入驻46家", 15, "入驻企业差2家，9月底前引进2家"]], "work.center", [null]],
    [6, "服务体系建设：村级站点覆盖", [["行政村覆盖率70%以上5分、50%-70%2分；贫困村覆盖率100%5分、80%-100%3分（10分）",
      "全县行政村116个（另有社区9个），建有村级站点的行政村89个，覆盖率76.7%；省定贫困村25个，全覆盖", 10,
      "行政村覆盖率81.3%，贫困村全覆盖", 10, "行政村覆盖率92.0%", 10, "—"]], "work.coverage", [null]],
    [7, "农村产品上行", [
      ["网销调研并形成建议（1-2分）", "开展全县农产品网络销售调研，形成调研报告报汕尾市商务局", 2, "已开展", 2, "已开展", 2, "—"],
      ["网络促销活动成效明显（1-2分）", "举办“陆河青梅节”网络促销，线上销售额1,260万元", 2, "已开展", 1, "已开展", 2, "—"],
      ["专业第三方电商运营或服务商（1分）", "引入汕尾市青梅源电子商务有限公司为第三方运营服务商", 1, "有", 1, "有", 1, "—"],
      ["行政村物流快递覆盖率100%（1分）", "行政村物流快递覆盖率100%（县邮政分公司出具证明）", 1, "100%", 1, "100%", 1, "—"],
      ["出台交易标准，建立冷链、溯源系统（1-2分）", "制定《陆河青梅电商交易规范》；冷链、溯源系统在建", 1, "冷链在建", 1, "标准、冷链、溯源齐全", 2, "溯源系统9月底上线"],
      ["2020年农村或农产品网络零售额同比增速≥30%（2分）", "2020年农村网络零售额9.86亿元，同比增长27.4%；农产品网络零售额2.35亿元，同比增长31.2%", 2,
        "农村网零增长22.6%", 0, "增长35.8%", 2, "—"]],
      "work.upward", ["work.upward.research", "work.upward.promotion", null, null, "work.upward.standards", null]],
    [8, "电商人才培训", [
      ["培训人次达常住人口1%以上（10分）", "常住人口24.8万人（第七次全国人口普查）；累计培训3,102人次，占1.25%", 10, "1.08%", 10, "1.62%", 10, "—"],
      ["贫困人口培训率50%以上（10分）", "有劳动能力、未外出务工的建档立卡贫困人口1,346人，已参训612人，培训率45.5%", 8, "52.1%", 10, "63.4%", 10, "9月组织2期脱贫户专场，争取超过50%"]],
      "work.training", [null, null]],
    [9, "信息公开", [["专栏设立且内容全面2分；按月更新2分、不定时1分（4分）",
      "县政府网站“电子商务进农村综合示范”专栏公示创建方案、项目基本信息、项目建设进度，设监督举报窗口；2021年2月、4月未更新", 3,
      "内容齐全，按月更新", 4, "内容齐全，不定时更新", 3, "安排专人每月5日前更新"]], "info.disclosure", [null]],
    [10, "数据上报", [["每月报送3分、不定时1分；能统计电商扶贫情况3分（6分）", "每月5日前向汕尾市商务局报送工作进展，月报单列电商扶贫统计", 6, "每月报送", 6, "每月报送", 6, "—"]], "info.reporting", [null]],
    [11, "案例总结", [["向市商务局报送经验材料（2分）", "2021年5月向汕尾市商务局报送“青梅＋电商”助农增收经验材料", 2, "已报送", 2, "已报送", 2, "—"]], "promo.cases", [null]],
    [12, "经验推广", [["省级及以上媒体4分、市级3分、县级1分（8分）", "南方日报（省级）、汕尾日报（市级）、“陆河发布”（县级）均有报道", 8, "省、县级", 5, "央视、省、市、县级", 8, "—"]], "promo.media", [null]],
    [13, "制度建立", [["建立科学有效的资金管理制度（1-5分）", "制定《陆河县电子商务进农村综合示范专项资金管理办法》，实行专账核算", 5, "已制定", 5, "已制定", 5, "—"]], "fund.system", ["fund.system"]],
    [14, "资金台账", [["承建方建立资金专用台账（1-5分）", "各承建方建立资金专用台账，个别凭证附件不全", 4, "已建立", 5, "已建立，个别账目不清", 4, "补齐凭证附件"]], "fund.ledger", ["fund.ledger"]],
    [15, "资金支出", [["支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "省级专项资金500万元，截至8月31日拨付381.6万元，支出率76.3%，按进度拨付", 4,
      "支出率82.4%", 5, "支出率96.0%", 5, "—"]], "fund.spending", ["fund.spending"]],
    ["加1", "加分项：贫困人口培训率70%及以上", [["（2分）", "培训率45.5%，未达到", 0, "未达到", 0, "达到", 2, "—"]], "bonus.poorTraining", [null]],
    ["加2", "加分项：电商扶贫典型案例获电视播报", [["国家级2分，省级1分（不累加）", "汕尾电视台播出（市级），不符合加分条件", 0, "省级电视台播出", 1, "央视播出", 2, "争取省级电视台报道"]], "bonus.tvCase", [null]],
    ["否", "一票否决项", [["安全生产质量事故、总体进度不足40%、弄虚作假", "未发生安全生产、质量事故；项目总体进度88%；无弄虚作假", "—", "无", "—", "无", "—", "—"]], null, [null]],
  ];
  const claimed = {}, judged = {};
  let sc = 0, bon = 0, hf = 0, jl = 0;
  G.forEach((g) => {
    const s = R() + 1, subs = g[2];
    subs.forEach((x, k) => {
      rows.push([k === 0 ? g[0] : null, k === 0 ? g[1] : null, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]]);
      if (g[4][k]) judged[g[4][k]] = x[2];
    });
    let mine = subs.reduce((a, x) => a + (typeof x[2] === "number" ? x[2] : 0), 0);
    if (subs.length > 1) {
      const tot = (i) => subs.reduce((a, x) => a + x[i], 0);
      const max = { "org.management": 4, "work.upward": 10, "work.training": 20 }[g[3]];
      rows.push([null, null, `小计（${max}分）`, null, tot(2), null, tot(4), null, tot(6), null]);
      mine = tot(2);
      hf += tot(4); jl += tot(6);
    } else if (g[3]) { hf += subs[0][4]; jl += subs[0][6]; }
    merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`);
    if (R() === s) merges.splice(-2, 2);
    if (g[3]) { claimed[g[3]] = mine; if (g[3].startsWith("bonus")) bon += mine; else sc += mine; }
  });
  rows.push(["合计", null, "100分（另加分项4分）", "本县自评合计（不含加分）", sc, "海丰县", hf - 1, "蕉岭县", jl - 4, null]);
  merges.push(`A${R()}:B${R()}`);
  full("注：1．海丰县、蕉岭县两组数据仅作对标参考；2．本县自评分以局务会定稿为准，报市商务局的自评报告与本表一致。");
  assert(sc === 91 && bon === 0, "claims 91 got " + sc);
  assert(hf - 1 === 92 && jl - 4 === 98, "comparators " + (hf - 1) + " " + (jl - 4));
  assert(Math.round(89 / 116 * 1000) === 767 && Math.round(612 / 1346 * 1000) === 455 && Math.round(3102 / 248000 * 10000) === 125 && Math.round(381.6 / 500 * 1000) === 763, "76.7%, 45.5%, 1.25%, 76.3%");
  assert(judged["work.upward.research"] === 2 && judged["org.management.ledger"] === 1 && Object.keys(judged).length === 10, "10 judged");
  assert(claimed["org.management"] === 3 && claimed["work.upward"] === 9 && claimed["work.training"] === 18, "subtotals");
  write("facts/b127-f2-luhe.json", {
    description:
      "汕尾陆河县商务局交来当事实表的，是电商股迎检前做的《对标分析表》：两行表头，第一行“陆河县（本县）”“海丰县（同市兄弟县）”“蕉岭县（省考评优秀）”各合并两列，第二行是 完成情况｜自评分（蕉岭为考评得分）；左边序号｜评价指标｜评分标准，最右“差距及下步措施”。项目管理、农村产品上行、电商人才培训按评分标准拆成子行，每组末行“小计”；最后是两个加分项、一票否决项和合计行。读法：只读“陆河县（本县）”两列——海丰、蕉岭的完成情况和分数是别县的（海丰“副县长任组长”不是本县领导），措施栏里“9月底前引进”“9月组织2期”是打算，不是事实。抬头写明本县数据截至2021年8月31日（考评截止日）→ asOf。本县：县长任组长，成员有商务、财政、农业农村、乡村振兴 → principal-all；方案2019年12月正式印发、扶持办法2020年7月出台；中心2020-12-26投入运营，免费培训、展示展销、摄影美工、品牌推广、增值服务都有，产业园整合建成（18家无对应键）；行政村116个（社区9个不算）、省定贫困村25个；第三方运营服务商有、快递覆盖100%；只写了2020年金额和增速（农村9.86亿元+27.4%，农产品2.35亿元+31.2%）；常住人口24.8万人、培训3,102人次、贫困人口1,346人、参训612人；专栏四项都有（2、4月未更新与内容无关）；月报单列扶贫统计 → 是；下达500万元、拨付381.6万元＝3,816,000元；管理办法、专用台账都有；否决项一行：无安全生产质量事故、总体进度88%、无弄虚作假 → 三个键。主观分从子行读：管理制度2、工作台账1、网销调研2、网络促销2、交易标准1，方案2、政策2，资金三项5、4、4。claimed读本县“自评分”：单行指标读该行，拆子行的读“小计”（项目管理3、上行9、培训18），加分两项0，否决项“—”不是分；合计91。",
    sheets: [sheet("对标分析", rows, merges)],
    expect: {
      facts: {
        county: "陆河县", asOf: "2021-08-31", residentPopulation: 248000, adminVillagesStated: 116, poorVillagesStated: 25, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: yi("9.86"), agriRetail2020: yi("2.35"),
        ruralRetailGrowthStated: 0.274, agriRetailGrowthStated: 0.312, trainingPersonTimesStated: 3102, eligiblePoorPersonsStated: 1346,
        trainedPoorPersonsStated: 612, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: wan("381.6"), fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b127-f3-wengyuan: 韶关翁源县 — 县商务局拟的《韶关市副市长到翁源县调研行程安排》：时间｜地点｜调研内容及汇报要点｜汇报人｜陪同人员，
// 每个点的“汇报要点”里有数；下面附县长座谈会汇报要点（编号一段一行）。标题里的副市长是来调研的市领导，陪同栏的“副县长（分管商务）”也不是组长；
// 组长在汇报要点第1条（县长）。户籍人口、站点数、自评总分没有对应键或不是逐项自评
// =====================================================================================
(function f3() {
  const W = 5, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:E${R()}`); };
  full("韶关市人民政府副市长×××到翁源县调研电子商务进农村综合示范创建工作行程安排");
  full("时间：2021年9月6日（星期一）　　翁源县商务局制　　（汇报要点中的数据均截至2021年8月31日考评截止日）");
  full("调研组：韶关市人民政府副市长×××，市政府副秘书长×××，市商务局局长×××、副局长×××，市商务局电商科科长×××");
  full("县陪同领导：县委副书记、县长×××；副县长×××（分管商务）");
  rows.push(["时间", "地点", "调研内容及汇报要点", "汇报人", "陪同人员"]);
  const hdr = R();
  rows.push(["8:00", "韶关市政府大院", "集中乘车出发（约1小时10分）", null, "市商务局电商科 ×××"]);
  rows.push(["9:10—9:50", "翁源县电子商务公共服务中心（龙仙镇）",
    "参观展示展销厅、培训室、摄影棚。汇报要点：①中心2020年11月18日正式投入运营（2020年8月动工装修），由公开招标确定的第三方运营服务商韶关市兰韵电子商务有限公司负责运营；②设免费培训室1间、电脑60台，能常态化组织电商基础培训；③展示展销厅免费展示、销售翁源兰花、三华李、九仙桃等特色农产品；④摄影棚免费为农户、合作社、网店拍摄产品图片，免费美工设计；⑤统一推广“翁源兰花”“翁源三华李”区域公用品牌，指导12家企业注册商标；⑥提供代办营业执照、电商贷款对接、物流对接等增值服务。",
    "中心运营负责人 ×××", "县长×××、副县长×××、县商务局局长×××"]);
  rows.push(["10:00—10:40", "翁源县电子商务产业园（兰花产业园区内）",
    "参观直播基地、仓储中心。汇报要点：产业园2020年9月整合原兰花交易市场电商区建成，现入驻企业26家，含平台型、销售型、电商运营服务商、物流快递企业等类型。",
    "园区负责人 ×××", "副县长×××、县商务局局长×××"]);
  rows.push(["10:50—11:30", "官渡镇官渡村电商服务站",
    "查看站点运营、快递收发。汇报要点：全县8个镇有行政村155个、社区居委会20个，其中省定贫困村30个；已建村级电商服务站点132个，覆盖行政村124个（80.0%），省定贫困村全覆盖；县邮政分公司出具证明，全县行政村物流快递覆盖率100%。",
    "官渡镇党委书记 ×××", "副县长×××、官渡镇镇长×××"]);
  rows.push(["11:40—12:10", "广东兰亭兰业有限公司（电商企业）",
    "了解企业网上销售兰花情况。汇报要点：据省商务厅电子商务统计监测，2020年全县农村网络零售额24.6亿元，2019年为19.2亿元，增长28.1%；农产品网络零售额2020年5.83亿元，2019年4.21亿元。",
    "企业负责人 ×××", "县长×××、县商务局局长×××"]);
  rows.push(["12:10—14:20", "县委机关食堂", "工作餐、休息", null, null]);
  rows.push(["14:30—16:00", "县政府三楼第一会议室",
    "召开座谈会。议程：一、县长×××汇报全县创建工作（汇报要点附后）；二、市商务局局长×××讲话；三、副市长×××讲话。", "县长×××", "县直有关单位主要负责人"]);
  rows.push(["16:10", "县政府", "返程", null, "县商务局局长×××"]);
  rows.push(span(null, W));
  full("附：县长座谈会汇报要点（县商务局起草）");
  const P = [
    "组织领导：县政府成立以县长为组长、分管副县长为常务副组长的电子商务进农村综合示范工作领导小组，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司为成员单位，每季度召开一次工作会议。",
    "方案和政策：《翁源县电子商务进农村综合示范县实施方案》2019年12月由县政府正式印发；2020年5月出台《翁源县扶持电子商务发展若干措施》，对网店开设、快递配送、人才培训给予补助。",
    "人才培训：全县常住人口33.1万人（户籍人口41.2万人）；累计开展电商培训4,386人次；有劳动能力且未外出务工的建档立卡贫困人口2,904人，已参训1,523人。",
    "信息公开和报送：县政府网站专栏公示了创建方案、项目基本信息和项目建设进度，开设了征求意见窗口，每月更新；每月向市商务局报送工作进展，电商扶贫情况单独统计。",
    "资金管理：省级专项资金500万元，截至8月31日拨付402.3万元，支出率80.5%；已印发专项资金管理办法，各承建单位建立了资金专用台账。",
    "进度和安全：项目总体进度93%；项目实施以来没有发生安全生产、质量事故。",
    "自评情况：对照省考评指标体系初步自评93分，另加分2分。",
    "存在问题：个别站点运营不够活跃；产业园入驻企业结构有待优化；下一步将……",
  ];
  P.forEach((p, i) => { rows.push([`${i + 1}．`, p, null, null, null]); merges.push(`B${R()}:E${R()}`); });
  full("注：1．各汇报单位请于9月4日前将汇报材料电子版报县商务局；2．联系人：县商务局电商股 ×××，电话0751-28×××××。");
  assert(hdr === 5, "header row");
  assert(Math.round(124 / 155 * 1000) === 800 && Math.round((24.6 / 19.2 - 1) * 1000) === 281 && Math.round(402.3 / 500 * 1000) === 805, "80.0%, 28.1%, 80.5%");
  write("facts/b127-f3-wengyuan.json", {
    description:
      "韶关翁源县商务局交来当事实表的，是县商务局拟的《韶关市副市长到翁源县调研电子商务进农村综合示范创建工作行程安排》：四行抬头（标题；时间、“翁源县商务局制”、汇报要点数据截至2021年8月31日考评截止日；调研组名单；县陪同领导），表头 时间｜地点｜调研内容及汇报要点｜汇报人｜陪同人员，每个调研点一行，数据在各点“汇报要点”里；下面“附：县长座谈会汇报要点”，编号一段一行（B:E合并）。读法：标题里的副市长是来调研的韶关市领导，陪同栏“副县长（分管商务）”只是陪同，都不是领导小组组长；附件第1条写明以县长为组长，成员有商务、财政、农业农村、乡村振兴 → principal-all。公共服务中心一行：“2020年11月18日正式投入运营”（8月动工装修不是），第三方运营服务商公开招标确定 → 是，免费培训、免费展示销售、免费摄影美工、品牌推广、增值服务（代办执照、贷款、物流对接）都有；产业园2020年9月整合建成 → 是（26家无对应键）；站点一行：行政村155个（社区20个不算）、省定贫困村30个，站点132个、覆盖124个村没有对应键，快递覆盖100%；企业一行：农村网零2019年19.2亿元、2020年24.6亿元、增长28.1%，农产品2019年4.21亿元、2020年5.83亿元（农产品增速没写，不列）；附件：方案2019年12月正式印发、若干措施2020年5月出台；常住人口33.1万人（户籍41.2万人不是）、培训4,386人次、贫困人口2,904人、参训1,523人；专栏方案、项目信息、进度、征求意见窗口都有；扶贫情况单独统计 → 是；下达500万元、拨付402.3万元＝4,023,000元，管理办法、专用台账都有；总体进度93%，没有发生安全生产质量事故 → 否（弄虚作假未提，不列）。“初步自评93分，另加分2分”只是总分，没有逐项自评，不是claimed；没有主观分。",
    sheets: [sheet("调研行程", rows, merges)],
    expect: {
      facts: {
        county: "翁源县", asOf: "2021-08-31", residentPopulation: 331000, adminVillagesStated: 155, poorVillagesStated: 30, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: yi("19.2"), ruralRetail2020: yi("24.6"),
        agriRetail2019: yi("4.21"), agriRetail2020: yi("5.83"), ruralRetailGrowthStated: 0.281, trainingPersonTimesStated: 4386,
        eligiblePoorPersonsStated: 2904, trainedPoorPersonsStated: 1523, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: wan("402.3"), fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.93, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b127-l1-jiexi: 揭阳揭西县 — ①培训机构的《培训费用结算明细表》当培训台账（一行一期，按结算批次分段、段末小计；人次读“实到人次”，
// 不是报名、结业人数；多天的班按最后一天；巡回班只写到月；取消的那期不算）；②《专项资金拨付进度表》项目×月份交叉表（万元，两行表头“2020年／2021年”
// 合并在月份上方，每格一笔）；③作图用的按月汇总（不是台账）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  // [期次, 时间 cell, iso|null, 地点, 内容, 天数, 报名, 实到 cell, 实到 number|null, 结业, 状态, 备注]
  const B = [
    ["第一批（2020年9月—2021年1月，2021年1月20日结算）", [
      [1, "2020.9.15-9.16", "2020-09-16", "棉湖镇", "农村电商基础知识", 2, 60, 114, 114, 55, "已结算", null],
      [2, "2020年10月20日", "2020-10-20", "河婆街道", "网店开设与运营", 1, 80, "76人次", 76, 74, "已结算", null],
      [3, "2020.11.24-11.26", "2020-11-26", "京溪园镇", "直播带货实操", 3, 45, 128, 128, 40, "已结算", null],
      [4, "21.1.12-1.14", "2021-01-14", "凤江镇", "短视频拍摄与剪辑", 3, 50, 141, 141, 46, "已结算", null]]],
    ["第二批（2021年3月—6月，2021年7月8日结算）", [
      [5, D("2021-03-09"), "2021-03-09", "灰寨镇", "脱贫户电商技能专场", 1, 70, 66, 66, 66, "已结算", null],
      [6, "2021年3月（金和、五经富、坪上三镇巡回，各1天）", "2021-03", "金和镇等", "农村电商普及", 3, 150, "１４７", 147, "—", "已结算", "巡回班，三天签到表合计"],
      [7, "2021.4.27", null, "钱坑镇", "电商营销推广", 1, 60, "—", null, "—", "未结算", "因疫情防控取消"],
      [8, "2021.5.18-5.19", "2021-05-19", "河婆街道", "农村青年电商创业", 2, 40, 78, 78, 38, "已结算", null],
      [9, "2021年6月22日", "2021-06-22", "大溪镇", "农产品品牌与包装", 1, 60, 58, 58, 58, "已结算", null]]],
    ["第三批（2021年7月—9月，待县商务局审核）", [
      [10, "2021.7.13-7.15", "2021-07-15", "塔头镇", "直播带货进阶", 3, 40, 117, 117, 37, "待审核", null],
      [11, "2021.8.10", "2021-08-10", "良田乡", "农村电商物流", 1, 55, 53, 53, 53, "待审核", null],
      [12, "2021.8.30-9.1", "2021-09-01", "上砂镇", "跨境电商入门", 3, 45, 126, 126, 41, "待审核", "9月1日结业"],
      [13, "2021.9.14", "2021-09-14", "南山镇", "农村电商基础知识", 1, 60, 57, 57, 57, "待审核", null]]],
  ];
  const PRICE = 120;
  const recsT = [];
  const batchPaid = [];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("揭西县农村电子商务培训服务项目培训费用结算明细表");
    full("承办单位：揭阳市粤东职业培训学校　　合同编号：JXSW-2020-07　　合同期：2020年9月—2021年9月　　结算单价：120元/人次");
    full("说明：1．“实到人次”为各培训日签到人数之和，按人次结算；“报名人数”“结业人数”不作结算依据。2．多天的班以最后一天为结业日。3．签到表原件存县商务局电商股。");
    rows.push(["期次", "培训时间", "培训地点", "培训内容", "天数", "报名人数", "实到人次", "结业人数", "单价（元/人次）", "结算金额（元）", "结算状态", "备注"]);
    let gt = 0, ga = 0;
    B.forEach((b) => {
      full(b[0]);
      let st = 0, sa = 0;
      b[1].forEach((s) => {
        const amt = s[8] === null ? 0 : s[8] * PRICE;
        rows.push([`第${s[0]}期`, s[1], s[3], s[4], s[5], s[6], s[7], s[9], s[8] === null ? "—" : PRICE, amt, s[10], s[11]]);
        if (s[8] !== null) { recsT.push({ date: s[2], personTimes: s[8] }); st += s[8]; sa += amt; }
      });
      rows.push(["小计", null, null, null, null, null, st, null, null, sa, null, null]); merges.push(`A${R()}:F${R()}`);
      batchPaid.push(sa); gt += st; ga += sa;
    });
    rows.push(["合计", null, null, null, null, null, gt, null, null, ga, null, null]); merges.push(`A${R()}:F${R()}`);
    full("承办单位（盖章）：揭阳市粤东职业培训学校　　　县商务局审核：电商股 ×××　　2021年9月16日");
    assert(recsT.length === 12 && gt === 1161, "12 sessions, 1161 person-times got " + gt);
    assert(recsT.filter((r) => dateOk(r.date)).reduce((a, r) => a + r.personTimes, 0) === 978, "978 by cut-off");
    assert(batchPaid[0] === 55080 && batchPaid[1] === 41880, "batch 1/2 amounts");
    sheets.push(sheet("培训费结算", rows, merges));
    expect["培训费结算"] = { kind: "training", records: recsT };
  }
  // ---------------------------------------------------------------- funds crosstab
  const MONTHS = ["2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
  // [项目, 单位, 合同万元, {month: cell}]  cell: number or text; amount in 万元 parsed by hand below
  const P = [
    ["县级电子商务公共服务中心建设及运营", "揭西县粤商通电子商务有限公司", 150, { "2020-07": ["45（首付款）", "45"], "2020-12": [30, "30"], "2021-04": [30, "30"], "2021-08": [15, "15"], "2021-09": [15, "15"] }],
    ["村级电商服务站点建设", "揭阳市乡里通网络科技有限公司", 120, { "2020-08": [36, "36"], "2021-01": [48, "48"], "2021-06": ["24.00", "24"] }],
    ["农村电商培训", "揭阳市粤东职业培训学校", 20, { "2021-01": ["5.508", "5.508"], "2021-07": ["4.188", "4.188"] }],
    ["县乡村三级物流配送体系", "中国邮政集团有限公司揭西县分公司", 80, { "2020-10": [24, "24"], "2021-03": [32, "32"], "2021-09": [16, "16"] }],
    ["电商产业园改造提升", "揭阳市嘉华装饰工程有限公司", 60, { "2020-11": [18, "18"], "2021-05": [30, "30"] }],
    ["农产品品牌培育及网络促销", "揭西县大洋文化传媒有限公司", 40, { "2021-02": ["12.00", "12"], "2021-06": [16, "16"] }],
    ["农产品溯源体系建设", "广东溯源云科技有限公司", 30, { "2021-08": [9, "9"] }],
  ];
  const recsF = [];
  {
    const W = 4 + MONTHS.length + 2, rows = [], merges = [];
    const R = () => rows.length;
    const L = (c) => colLetter(c);
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${L(W - 1)}${R()}`); };
    full("揭西县电子商务进农村综合示范专项资金拨付进度表（按月）");
    full("单位：万元　　省级专项资金500万元（2019年12月下达）　　每格为该项目当月拨付金额，按国库支付日期所在月份填列；9月份为考评截止日（2021年8月31日）后拨付");
    const h1 = ["序号", "项目名称", "承建单位", "合同金额"].concat(Array(MONTHS.length).fill(null), ["累计拨付", "备注"]);
    h1[4] = "2020年"; h1[10] = "2021年";
    rows.push(h1);
    const r1 = R();
    merges.push(`E${r1}:J${r1}`, `K${r1}:${L(4 + MONTHS.length - 1)}${r1}`);
    ["A", "B", "C", "D", L(W - 2), L(W - 1)].forEach((c) => merges.push(`${c}${r1}:${c}${r1 + 1}`));
    rows.push([null, null, null, null].concat(MONTHS.map((m) => `${+m.slice(5)}月`), [null, null]));
    const colTot = Array(MONTHS.length).fill(0);
    let grand = 0;
    P.forEach((p, i) => {
      const r = [i + 1, p[0], p[1], p[2]];
      let cum = 0;
      MONTHS.forEach((m, k) => {
        const c = p[3][m];
        if (!c) { r.push(null); return; }
        r.push(c[0]);
        const amt = wan(c[1]);
        recsF.push({ date: m, amount: amt });
        cum += amt; colTot[k] += amt;
      });
      r.push(cum / 10000, p[3]["2021-09"] ? "含9月拨付" + (p[3]["2021-09"][1]) + "万元" : null);
      grand += cum;
      rows.push(r);
    });
    rows.push(["合计", null, null, P.reduce((a, p) => a + p[2], 0)].concat(colTot.map((t) => (t ? Math.round(t) / 10000 : null)), [grand / 10000, null]));
    merges.push(`A${R()}:C${R()}`);
    // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
    full(`截至2021年8月31日累计拨付${(grand - 310000) / 10000}万元，支出率75.7%；9月拨付31万元。　　制表：县商务局项目股　复核：县财政局经建股`);
    assert(grand === 4096960 && grand - 310000 === 3786960, "409.696 / 378.696 got " + grand);
    assert(recsF.filter((r) => dateOk(r.date)).reduce((a, r) => a + r.amount, 0) === 3786960 && Math.round(3786960 / 5000000 * 1000) === 757, "75.7%");
    assert(recsF.length === 18, "18 cells got " + recsF.length);
    sheets.push(sheet("资金拨付进度", rows, merges));
    expect["资金拨付进度"] = { kind: "funds", records: recsF };
  }
  // ---------------------------------------------------------------- chart data (not a ledger)
  {
    const rows = [], merges = [];
    rows.push(["图表数据（由《培训费结算》《资金拨付进度》两表按月汇总生成，作图用，不是台账，勿重复统计）", null, null, null]); merges.push("A1:D1");
    rows.push(["月份", "培训人次（按结业月）", "拨付金额（万元）", "累计拨付（万元）"]);
    let cum = 0;
    MONTHS.concat([]).forEach((m) => {
      const t = recsT.filter((r) => r.date.slice(0, 7) === m).reduce((a, r) => a + r.personTimes, 0);
      const f = recsF.filter((r) => r.date === m).reduce((a, r) => a + r.amount, 0);
      cum += f;
      rows.push([`${m.slice(0, 4)}年${+m.slice(5)}月`, t || null, f ? f / 10000 : null, cum / 10000]);
    });
    sheets.push(sheet("图表数据", rows, merges));
    expect["图表数据"] = { kind: null };
  }
  write("ledgers/b127-l1-jiexi.json", {
    description:
      "揭阳揭西县商务局交的一本台账，三个表。①《培训费结算》是承办培训学校的《培训费用结算明细表》，县商务局拿来当培训台账：三行抬头（标题、承办单位和合同、说明），表头 期次｜培训时间｜培训地点｜培训内容｜天数｜报名人数｜实到人次｜结业人数｜单价｜结算金额｜结算状态｜备注，按结算批次分三段（段标题一行、段末“小计”），最后“合计”。读法：一行是一期培训，人次读“实到人次”（说明写明是各培训日签到人数之和），不是报名人数、结业人数；日期按培训时间的最后一天：“2020.9.15-9.16”→2020-09-16、“21.1.12-1.14”→2021-01-14、“2021.8.30-9.1”→2021-09-01；“2021年3月（三镇巡回…）”只到月→2021-03，实到人次是全角“１４７”；“76人次”照读76；第7期“因疫情防控取消”，实到“—”，不是记录；第三批“待审核”的也照列（第12、13期在9月）。共12期1,161人次，截至8月31日978人次。②《资金拨付进度》是项目×月份的交叉表，单位万元：两行表头，第一行“2020年”“2021年”合并在月份上方，第二行“7月…12月”“1月…9月”；每个非空格是该项目当月一笔拨付（说明写明按支付月份填列），日期只到月，金额换成元（“45（首付款）”→450,000、“5.508”→55,080、“24.00”→240,000）；“累计拨付”列、合同金额、合计行和末行说明不是记录。按行从左到右共18笔，截至8月31日378.696万元，9月两笔31万元照列。③《图表数据》是作图用的按月汇总，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b127-l2-lianshan: 清远连山县 — ①《镇村一览》：一镇一行（村多的镇占两行，镇名纵向合并），每格一个村（居），★为省定贫困村、带“社区”的是居委会，
// 末列个数；②《站长联络卡》：站点做成名片式卡片，每排三张（标签｜值两列一张、中间隔一空列），开业时间写法五花八门；③隐藏的打印说明
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  // [镇, [entries as written]]
  const T = [
    ["吉田镇", ["吉田社区", "新城社区", "沙田村", "大旭村", "石坑村", "上草村", "新联村★", "大富村委会", "大龙村", "东风村", "河洞村"]],
    ["太保镇", ["太保社区", "太保村（镇政府驻地）", "欧家村", "三水村★", "民族村", "秀竹村", "沙坪村★", "上坪村"]],
    ["禾洞镇", ["禾洞社区", "禾洞村", "石坪村★", "三联村", "新寨村", "蒙洞村★"]],
    ["福堂镇", ["福堂社区", "福堂村", "安田村", "凤凰村★", "六联村", "大福村", "莲塘村"]],
    ["小三江镇", ["小三江社区", "小三江村", "加田村★", "松林村", "茶园村", "横坑村"]],
    ["上帅镇", ["上帅社区", "上帅村", "新岭村", "龙坪村★", "东山村", "塘坪村"]],
    ["永和镇", ["永和社区", "永和村", "水口村★", "大田村", "高山村", "竹山村", "清水村"]],
  ];
  const canon = (e) => e.replace("★", "").replace(/（.*?）/, "").replace(/村委会$/, "村");
  const recsV = [];
  const PER = 8;
  {
    const W = 2 + PER, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("连山壮族瑶族自治县行政村（社区）一览表");
    full("资料来源：县民政局2021年村（社区）“两委”换届后行政区划统计；县商务局标注省定贫困村。每格一个村（居）委会，按镇排列。");
    rows.push(["镇", "村（居）委会名称"].concat(Array(PER - 1).fill(null), ["个数"]));
    merges.push(`B${R()}:I${R()}`);
    T.forEach((t) => {
      const s = R() + 1;
      for (let k = 0; k < t[1].length; k += PER) {
        const part = t[1].slice(k, k + PER);
        const r = [k === 0 ? t[0] : null].concat(part, Array(PER - part.length).fill(null), [null]);
        rows.push(r);
        part.forEach((e) => recsV.push({ name: canon(e), admin: !/社区$/.test(e), poor: e.includes("★") }));
      }
      const nv = t[1].filter((e) => !/社区$/.test(e)).length, nc = t[1].length - nv;
      rows[s - 1][W - 1] = `村${nv}个、社区${nc}个`;
      if (R() > s) merges.push(`A${s}:A${R()}`, `J${s}:J${R()}`);
    });
    const nv = recsV.filter((v) => v.admin).length, nc = recsV.length - nv, np = recsV.filter((v) => v.poor).length;
    full(`注：★为省定贫困村（共${np}个）；名称带“社区”的为居委会，其余为行政村（村委会）；括号内为说明文字。全县行政村${nv}个、社区${nc}个，共${recsV.length}个。`);
    assert(nv === 43 && nc === 8 && np === 9, `43 villages 8 communities 9 poor, got ${nv} ${nc} ${np}`);
    assert(new Set(recsV.map((v) => v.name)).size === recsV.length, "distinct names");
    sheets.push(sheet("镇村一览", rows, merges));
    expect["镇村一览"] = { kind: "villages", records: recsV };
  }
  // ---------------------------------------------------------------- station cards
  // [镇, 村 as written, canonical, 开业 cell, iso, 服务]
  const SV1 = "代购代销、快递收发、代缴费", SV2 = "代购代销、快递收发、小额取款";
  const ST = [
    ["吉田镇", "沙田村", "沙田村", "2020.7.16", "2020-07-16", SV1], ["吉田镇", "新联村", "新联村", D("2020-07-28"), "2020-07-28", SV2],
    ["吉田镇", "吉田社区", "吉田社区", "2020年8月", "2020-08", SV1],
    ["太保镇", "太保村", "太保村", "2020.8.20", "2020-08-20", SV2], ["太保镇", "三水村委会", "三水村", "20年9月15日", "2020-09-15", SV1],
    ["太保镇", "沙坪村", "沙坪村", "2020/10/9", "2020-10-09", SV2],
    ["禾洞镇", "石坪村", "石坪村", "2020.10.22", "2020-10-22", SV1], ["禾洞镇", "蒙洞村", "蒙洞村", "2020年11月", "2020-11", SV2],
    ["福堂镇", "凤凰村", "凤凰村", D("2020-12-03"), "2020-12-03", SV1],
    ["福堂镇", "福堂村", "福堂村", "2021.1.12", "2021-01-12", SV2], ["小三江镇", "加田村", "加田村", "2021/3/18", "2021-03-18", SV1],
    ["上帅镇", "上帅村委会", "上帅村", "2021.4.8", "2021-04-08", SV2],
    ["上帅镇", "龙坪村", "龙坪村", "2021年5月20日", "2021-05-20", SV1], ["永和镇", "水口村", "水口村", "2021.6.30", "2021-06-30", SV2],
    ["永和镇", "永和村", "永和村", "2021.9.8", "2021-09-08", SV1],
  ];
  const vnames = new Set(recsV.map((v) => v.name));
  ST.forEach((s) => assert(vnames.has(s[2]), "station village " + s[2]));
  const STAFF = ["莫", "盘", "韦", "覃", "黄", "李", "陆", "邓", "房", "唐", "蓝", "欧", "廖", "吴", "梁"];
  const recsS = ST.map((s) => ({ village: s[2], opened: s[4] }));
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    rows.push(span("连山壮族瑶族自治县村级电商服务站站长联络卡（每排3张，打印后沿框线裁剪，发各镇、村干部）", W)); merges.push("A1:H1");
    rows.push(span("县商务局电商股制　2021年9月　“开业时间”为站点挂牌开始营业的时间", W)); merges.push("A2:H2");
    rows.push(span(null, W));
    const COLS = [0, 3, 6];
    for (let k = 0; k < ST.length; k += 3) {
      const block = ST.slice(k, k + 3), top = R();
      const card = Array.from({ length: 7 }, () => Array(W).fill(null));
      block.forEach((s, j) => {
        const c = COLS[j], no = k + j + 1;
        // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
        card[0][c] = `站长联络卡　No.${String(no).padStart(2, "0")}`;
        merges.push(`${colLetter(c)}${top + 1}:${colLetter(c + 1)}${top + 1}`);
        const lines = [["站点名称", `连山县${s[0]}${s[2]}电商服务站`], ["所在镇村", `${s[0]} ${s[1]}`], ["站长", `${STAFF[no - 1]}××`],
          ["联系电话", `13${(no * 7) % 10}****${String(1000 + no * 389).slice(-4)}`], ["开业时间", s[3]], ["服务内容", s[5]]];
        lines.forEach((l, i) => { card[i + 1][c] = l[0]; card[i + 1][c + 1] = l[1]; });
      });
      card.forEach((r) => rows.push(r));
      rows.push(span(null, W));
    }
    rows.push(span(`共${ST.length}张（其中社区站1个；永和村站2021年9月8日开业）`, W)); merges.push(`A${R()}:H${R()}`);
    sheets.push(sheet("站长联络卡", rows, merges));
    expect["站长联络卡"] = { kind: "stations", records: recsS };
    assert(recsS.length === 15 && recsS.filter((r) => !dateOk(r.opened)).length === 1, "15 stations, 1 after cut-off");
  }
  {
    const rows = [["打印说明"], ["1．“站长联络卡”表用A4纸横向打印，缩放为“将所有列调整为一页”。"], ["2．每张卡片沿框线裁剪，塑封后发各镇分管领导和村“两委”干部。"],
      ["3．站长或电话变更的，请各镇于每月5日前报县商务局电商股更新。"], ["4．“镇村一览”表由县民政局提供，★由县商务局标注。"]];
    sheets.push(sheet("打印说明", rows, null, { hidden: true }));
    expect["打印说明"] = { kind: null };
  }
  write("ledgers/b127-l2-lianshan.json", {
    description:
      "清远连山壮族瑶族自治县商务局交的一本台账，两个可见表和一个隐藏表。①《镇村一览》是县民政局换届后的行政区划统计，一镇一行横排：A列镇名，B:I每格一个村（居）委会，J列“村N个、社区M个”；吉田镇11个名称占两行（镇名和个数纵向合并）。读法：一格一条记录，按行从左到右、从上到下；带“社区”的是居委会（admin否），其余是行政村；★是省定贫困村（注里写明共9个），不带★的poor为否；“太保村（镇政府驻地）”括号是说明文字，村名是太保村；“大富村委会”＝大富村；表头、注不是记录。共51条：43个行政村、8个社区。②《站长联络卡》是名片式卡片，每排三张（每张两列：标签｜值，张与张之间空一列），每张7行：“站长联络卡 No.xx”（合并两格）、站点名称、所在镇村、站长、联系电话、开业时间、服务内容，卡片排与排之间空一行。读法：一张卡一个站点，按排从左到右；村读“所在镇村”里的村名（“三水村委会”＝三水村、“上帅村委会”＝上帅村），吉田社区的站也是站点记录；建成日期读“开业时间”（抬头写明是挂牌营业时间）：“2020.7.16”、真日期、“2020年8月”（只到月）、“20年9月15日”（两位年份）、“2020/10/9”、“2021年5月20日”；永和村2021.9.8开业照列。共15条。③《打印说明》是隐藏的文字说明，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// counties/b127-c1-nanao: 汕头南澳县 — 事实在《创建大事记》（县情概要一段＋时间｜大事｜文号三列，日期有到日有到月），逐项自评在《自评计分底稿》
// （经办人初评｜审核调整分｜审核意见，定稿以审核栏为准）；台账都是别的表：两委换届选举统计、驻村工作队派驻表、站点运营补贴发放表、
// 学员交通误工补贴签领表（期次日期在分段标题里）、防返贫监测系统导出（按户排列）、园区企业月度网销统计（类型在分段标题里）、发票与付款对照表、
// 月报汇编（一月一块，报送日期在块标题里）、网站后台文章导出（倒序、含草稿和别的栏目）、外宣积分登记、信息报送登记
// =====================================================================================
(function c1() {
  const AREA = "440523";
  const sheets = [];
  const USED = new Set();
  const TOWNS = [
    ["后宅镇", ["宅前社区", "隆东社区", "隆南社区"], ["山顶村", "龙地村", "后花园村", "金山村", "新联村", "先锋村", "东畔村", "后宅村", "竹栖肚村", "长山尾村", "西墩村", "平园村"]],
    ["云澳镇", ["云澳社区"], ["中柱村", "东桥村", "澳前村", "赤石村", "三澳村", "中心村", "雨亭村", "大路村", "浅澳村"]],
    ["深澳镇", ["深澳社区"], ["后江村", "海滨村", "田厝村", "金岗村", "青澳村", "竹园村", "叠石村", "黄厝村", "南山村"]],
  ];
  const ADMIN = TOWNS.flatMap((t) => t[2]), COMM = TOWNS.flatMap((t) => t[1]);
  const townOf = (v) => TOWNS.find((t) => t[2].includes(v) || t[1].includes(v))[0];
  const POOR = ["竹栖肚村", "赤石村", "叠石村", "南山村"];
  assert(ADMIN.length === 30 && new Set(ADMIN.concat(COMM)).size === 35, "30 villages + 5 communities");
  const POP = 62400;

  // ---------------------------------------------------------------- 两委换届选举统计 (villages; no poor / express column)
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("南澳县2021年村（社区）“两委”换届选举结果统计表");
    full("填报单位：中共南澳县委组织部、南澳县民政局　　统计时间：2021年4月30日　　（县商务局借用作行政村清单）");
    rows.push(["序号", "镇", "村（社区）", "类别", "登记选民数（人）", "参选人数（人）", "参选率", "书记、主任“一肩挑”", "新一届“两委”成员（人）", "备注"]);
    let no = 0;
    TOWNS.forEach((t, ti) => {
      const s = R() + 1;
      const list = t[1].map((c) => [c + "居委会", "居委会"]).concat(t[2].map((v) => [v + "委会", "村委会"]));
      let sv = 0, sp = 0;
      list.forEach((x, k) => {
        no++;
        const voters = 620 + ((no * 137 + ti * 53) % 1480), took = Math.round(voters * (0.86 + ((no * 7) % 11) / 100));
        sv += voters; sp += took;
        rows.push([no, k === 0 ? t[0] : null, x[0], x[1], voters, took, pct1(took, voters), "是", 5 + (no % 3), x[0] === "长山尾村委会" ? "原市级帮扶村" : null]);
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t[0]}小计`, `村委会${t[2].length}个、居委会${t[1].length}个`, null, sv, sp, pct1(sp, sv), null, null, null]);
      merges.push(`C${R()}:D${R()}`);
    });
    full("注：“类别”为村委会的即行政村，居委会即社区。全县村委会30个、居委会5个。");
    sheets.push(sheet("换届选举统计", rows, merges));
  }
  // ---------------------------------------------------------------- 驻村工作队派驻 (poor villages)
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("南澳县省定相对贫困村及市级帮扶村驻村工作队派驻情况表", W)); merges.push("A1:I1");
    rows.push(span("南澳县乡村振兴局（原县扶贫办）　2021年3月更新　　“村类别”栏区分省定相对贫困村与市级帮扶村", W)); merges.push("A2:I2");
    rows.push(["序号", "驻点村", "所属镇", "村类别", "帮扶单位", "第一书记（队长）", "队员（人）", "派驻时间", "备注"]);
    const PV = [["竹栖肚村", "省定相对贫困村", "汕头市龙湖区", "郑××", 2, "2016年6月", "2020年底出列"], ["赤石村", "省定相对贫困村", "汕头市金平区", "许××", 2, "2016年6月", "2020年底出列"],
      ["长山尾村", "市级帮扶村（非省定）", "汕头市商务局", "蔡××", 1, "2019年3月", "不属省定相对贫困村"], ["叠石村", "省定相对贫困村", "汕头市濠江区", "洪××", 3, "2016年6月", "2020年底出列"],
      ["南山村", "省定相对贫困村", "汕头市供销合作社", "林××", 2, "2016年7月", "2020年底出列"]];
    PV.forEach((p, i) => rows.push([i + 1, p[0] + "委会", townOf(p[0]), p[1], p[2], p[3], p[4], p[5], p[6]]));
    rows.push(span("注：省定相对贫困村共4个（出列后过渡期内仍按省定贫困村统计）；长山尾村为汕头市级帮扶村。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    assert(PV.filter((p) => p[1] === "省定相对贫困村").map((p) => p[0]).sort().join() === POOR.slice().sort().join(), "4 poor");
    sheets.push(sheet("驻村工作队", rows, merges));
  }
  // ---------------------------------------------------------------- 站点运营补贴发放 (stations)
  // [村 as written, canonical, opened iso, cell style, note]
  const ST = [
    ["山顶村", "山顶村", "2020-07-15"], ["龙地村", "龙地村", "2020-07-15"], ["后花园村", "后花园村", "2020-08-06"], ["金山村", "金山村", "2020-08-20"],
    ["新联村", "新联村", "2020-09"], ["先锋村", "先锋村", "2020-09-24"], ["后宅村", "后宅村", "2020-07-02"], ["后宅村（圩镇站）", "后宅村", "2021-03-10", "后宅村第二个站点"],
    ["竹栖肚村", "竹栖肚村", "2020-10-16"], ["长山尾村", "长山尾村", "2021-01-19"], ["隆南社区", null, "2020-11-05", "社区站"],
    ["中柱村", "中柱村", "2020-07-28"], ["东桥村", "东桥村", "2020-08-13"], ["澳前村", "澳前村", "2020-10-09"], ["赤石村", "赤石村", "2020-09-17"],
    ["三澳村", "三澳村", "2021-04-22"], ["雨亭村", "雨亭村", "2021-06-03"],
    ["后江村", "后江村", "2020-08-27"], ["海滨村", "海滨村", "2020-11-12"], ["田厝村", "田厝村", "2021-02-25"], ["青澳村委会", "青澳村", "2020-12-01"],
    ["叠石村", "叠石村", "2020-10-29"], ["南山村", "南山村", "2021-08-31", "8月31日开业，9月起计补贴"], ["黄厝村", "黄厝村", "2021-09-06", "9月开业，不在本期"],
  ];
  const covered = new Set(ST.filter((s) => s[1] && dateOk(s[2])).map((s) => s[1]));
  assert(covered.size === 21 && covered.size * 100 === ADMIN.length * 70, "21/30 = 70%");
  assert(POOR.every((p) => covered.has(p)), "4/4 poor covered");
  ST.forEach((s) => assert(!s[1] || ADMIN.includes(s[1]), "station village " + s[1]));
  const monthsPaid = (iso) => {
    if (iso > AS_OF) return null;
    if (iso < "2021-01") return 8;
    return Math.max(0, 8 - +iso.slice(5, 7));
  };
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("南澳县村级电商服务站点运营补贴发放表（2021年1—8月）");
    full("补贴标准：每站每月200元，自开业次月起计，本期最多8个月；“开业日期”为站点挂牌营业日期。县商务局电商股制，2021年9月10日");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "站长", "开业日期", "补贴月数", "月补贴标准（元）", "补贴金额（元）", "站长签领", "备注"]);
    const fm = [fmtDot, D, fmtCn, fmtDot, fmtSlash];
    let tot = 0;
    const order = ST.map((s, i) => [s, i]).sort((a, b) => (townOf(a[0][1] || "隆南社区") + a[0][2]).localeCompare(townOf(b[0][1] || "隆南社区") + b[0][2]));
    order.forEach(([s], i) => {
      const town = townOf(s[1] || "隆南社区"), m = monthsPaid(s[2]);
      const cell = s[2].length === 7 ? `${+s[2].slice(0, 4)}年${+s[2].slice(5)}月` : fm[i % 5](s[2]);
      const nm = `${s[1] || s[0]}电商服务站${s[0].includes("圩镇") ? "（圩镇）" : ""}`;
      rows.push([i + 1, town, nm, s[0], name127(i + 300, i % 3 ? "男" : "女", USED), cell, m === null ? "—" : m, 200, m === null ? "—" : m * 200,
        m ? "已签" : null, s[3] || null]);
      tot += m || 0;
    });
    rows.push(["合计", null, null, null, null, null, tot, null, tot * 200, null, null]); merges.push(`A${R()}:F${R()}`);
    full("注：隆南社区站为社区站点；黄厝村站2021年9月6日开业，列入下期补贴。");
    sheets.push(sheet("站点运营补贴", rows, merges));
  }

  // ---------------------------------------------------------------- poor persons (系统导出, by household)
  const HH = ["EEN", "EMNN", "EE", "MEEN", "EEN", "EEM", "NEN", "EEEN", "MEN", "EE", "EENN", "EME", "EEN", "EM", "EEN", "NEE", "EEM", "EN", "EEN", "MEE",
    "EE", "EEN", "EMN", "EE", "EEN", "ME", "EEE", "EN"];
  const HV = ["竹栖肚村", "赤石村", "叠石村", "南山村", "长山尾村", "竹栖肚村", "赤石村", "叠石村", "南山村", "后江村", "竹栖肚村", "赤石村", "叠石村", "南山村",
    "三澳村", "竹栖肚村", "赤石村", "叠石村", "南山村", "大路村", "竹栖肚村", "赤石村", "叠石村", "南山村", "浅澳村", "赤石村", "叠石村", "南山村"];
  const LAB = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const PP = [];
  HH.forEach((pat, h) => {
    let nN = 0;
    [...pat].forEach((t, k) => {
      const i = PP.length;
      let rel, sex, birth, labour, school = null, area = null, months = null;
      if (k === 0) { rel = "户主"; sex = h % 5 === 2 ? "女" : "男"; birth = `${1964 + (h * 3) % 16}${String(1 + (h * 5) % 12).padStart(2, "0")}${String(1 + (h * 7) % 28).padStart(2, "0")}`; }
      else if (k === 1 && t !== "N") { rel = "配偶"; sex = h % 5 === 2 ? "男" : "女"; birth = `${1966 + (h * 5) % 14}${String(1 + (h * 7) % 12).padStart(2, "0")}${String(1 + (h * 11) % 28).padStart(2, "0")}`; }
      else if (t === "N" && nN === 0 && k > 0 && pat.length >= 3 && pat.indexOf("N") === k && h % 2 === 0) { rel = "之母"; sex = "女"; birth = `${1938 + (h % 10)}0${1 + (h % 9)}1${h % 10}`; }
      else if (t === "N") { rel = (i % 2) ? "之子" : "之女"; sex = rel === "之子" ? "男" : "女"; birth = `${2006 + (i % 7)}${String(1 + (i * 5) % 12).padStart(2, "0")}${String(1 + (i * 3) % 28).padStart(2, "0")}`; }
      else { rel = (i % 2) ? "之子" : "之女"; sex = rel === "之子" ? "男" : "女"; birth = `${1993 + (i % 9)}${String(1 + (i * 5) % 12).padStart(2, "0")}${String(1 + (i * 3) % 28).padStart(2, "0")}`; }
      if (t === "N") {
        nN++;
        if (k === 0) labour = "丧失劳动力";
        else if (rel === "之母") labour = "丧失劳动力";
        else {
          labour = "无劳动力";
          const age = 2021 - +birth.slice(0, 4);
          school = age >= 13 ? `初中${"一二三"[Math.min(2, age - 13)]}年级` : `小学${"一二三四五六"[Math.max(0, age - 7)]}年级`;
        }
      } else {
        labour = LAB[i % 3];
        if (t === "M") { area = i % 2 ? "省外" : "省内县外"; months = 9 + (i % 4); }
        else if (i % 4 === 1) { area = "县内"; months = 6 + (i % 5); }
      }
      PP.push({ i, h, t, rel, sex, birth, labour, school, area, months, vil: HV[h], name: null, id: null });
    });
  });
  const E = PP.filter((p) => p.t === "E"), M = PP.filter((p) => p.t === "M"), N = PP.filter((p) => p.t === "N");
  const XP = E[8];
  PP.forEach((p) => { p.name = name127(p.i + 500, p.sex, USED); p.id = makeIdSex(AREA, p.birth, 100 + p.i * 17, p === XP, p.sex); });
  assert(E.every((p) => LAB.includes(p.labour) && p.area !== "省外" && p.area !== "省内县外"), "E eligible");
  assert(M.every((p) => LAB.includes(p.labour)) && N.every((p) => !LAB.includes(p.labour)), "M, N");
  assert(E.length % 2 === 0, "E even: " + E.length);
  const T = E.length / 2;
  // trained eligible: every other eligible person
  const TR = E.filter((_, k) => k % 2 === 0);
  const SEPT_ONLY = E.filter((_, k) => k % 2 === 1).slice(0, 3);
  const TWICE = TR.slice(2, 4);
  const M_TR = M.slice(0, 2), N_TR = N.find((p) => p.labour === "丧失劳动力" && p.rel === "户主");
  assert(TR.length === T && N_TR, "trained set");
  assert(XP.id.endsWith("X") && TR.includes(XP) && !TWICE.includes(XP), "one X among the trained");
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("全国防返贫监测信息系统　脱贫人口信息查询结果（导出）");
    full("导出时间：2021-08-30 16:42:11　　导出单位：南澳县乡村振兴局　　查询条件：脱贫户；南澳县；全部乡镇；全部行政村");
    full("县商务局加注：“劳动技能”为普通劳动力、技能劳动力、弱劳动力或半劳动力的，属有劳动能力；丧失劳动力、无劳动力的，属无劳动能力。“务工区域”为省外、省内县外的，属外出务工；县内或空白的，不属外出务工。");
    rows.push(["序号", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "性别", "劳动技能", "在校生状况", "务工区域", "务工时间（月）", "脱贫年度"]);
    PP.forEach((p, k) => rows.push([k + 1, townOf(p.vil), p.vil, `44052310${String(2031 + p.h * 47).padStart(5, "0")}`, p.name, p.id, p.rel, p.sex, p.labour,
      p.school, p.area, p.months, 2018 + (p.h % 3)]));
    sheets.push(sheet("防返贫系统导出", rows, merges));
  }
  // ---------------------------------------------------------------- training roster (补贴签领表)
  // [iso, header date text, 地点, 内容, size]
  const SES = [
    ["2020-09-18", "2020年9月18日", "后宅镇文化站", "农村电商基础知识", 46], ["2020-10-23", "2020.10.23", "云澳镇文化站", "网店开设与运营", 42],
    ["2020-11-20", "2020/11/20", "县电商公共服务中心", "海产品拍摄与美工", 50], ["2020-12-11", "2020年12月11日", "深澳镇文化站", "紫菜网络营销", 39],
    ["2021-01-15", "2021.1.15", "县电商公共服务中心", "年货节直播带货", 44], ["2021-03-05", "2021年3月5日", "后宅镇文化站", "短视频拍摄剪辑", 48],
    ["2021-03-26", "2021.3.26", "云澳镇文化站", "脱贫户电商技能专场", 41], ["2021-04-16", "2021年4月16日", "县电商公共服务中心", "农产品品牌与包装", 45],
    ["2021-05-14", "2021.5.14", "深澳镇文化站", "电商物流与冷链", 47], ["2021-06-18", "2021年6月18日", "县电商公共服务中心", "农村青年电商创业", 43],
    ["2021-07-09", "2021.7.9", "后宅镇文化站", "直播实操进阶", 49], ["2021-08-20", "2021年8月20日", "县电商公共服务中心", "跨境电商入门", 47],
    ["2021-09-03", "2021年9月3日", "云澳镇文化站", "农村电商普及", 48], ["2021-09-10", "2021.9.10", "深澳镇文化站", "网店客服与售后", 47],
  ];
  const NS = SES.length;
  // poor / listed trainees per session
  const slots = SES.map(() => []);
  TR.forEach((p, k) => slots[k % 12].push({ p, poor: "√" }));
  TWICE.forEach((p, k) => slots[(k * 5 + 7) % 12].push({ p, poor: "√" }));
  M_TR.forEach((p, k) => slots[3 + k * 4].push({ p, poor: "√" }));
  slots[6].push({ p: N_TR, poor: "√" });
  SEPT_ONLY.forEach((p, k) => slots[12 + (k % 2)].push({ p, poor: "√" }));
  slots[13].push({ p: TR[0], poor: "√" });
  // a 监测户 not on the export
  const MON = { name: name127(900, "男", USED), sex: "男", id: makeIdSex(AREA, "19790412", 777, false, "男"), vil: "东畔村" };
  slots[8].push({ p: MON, poor: "监测户" });
  // fillers
  let fno = 0;
  const fillers = [];
  const ALLV = ADMIN.concat(COMM);
  SES.forEach((s, k) => {
    while (slots[k].length < s[4]) {
      let f;
      const again = fillers.length > 40 ? fillers[(fno * 7) % 40] : null;
      if (fno > 30 && fno % 23 === 0 && again && !slots[k].some((x) => x.p === again)) f = again;
      else {
        const sex = fno % 2 ? "女" : "男";
        const birth = `${1970 + (fno * 7) % 32}${String(1 + (fno * 5) % 12).padStart(2, "0")}${String(1 + (fno * 11) % 28).padStart(2, "0")}`;
        f = { name: name127(fno + 1000, sex, USED), sex, id: makeIdSex(fno % 9 === 4 ? "440507" : AREA, birth, 300 + fno * 13, false, sex), vil: ALLV[(fno * 11) % ALLV.length] };
        fillers.push(f);
      }
      fno++;
      // interleave: put the filler at a spread position
      slots[k].splice((slots[k].length * 5 + 3) % (slots[k].length + 1), 0, { p: f, poor: null });
    }
  });
  const allIds = new Set(PP.map((p) => p.id).concat(fillers.map((f) => f.id), [MON.id]));
  assert(allIds.size === PP.length + fillers.length + 1, "ids distinct");
  slots.forEach((sl, k) => assert(new Set(sl.map((x) => x.p.id)).size === sl.length, "no one twice in session " + (k + 1)));
  const PT_IN = slots.slice(0, 12).reduce((a, s) => a + s.length, 0), PT_SEPT = slots[12].length + slots[13].length;
  assert(PT_IN === 541 && PT_SEPT === 95, `541 + 95 person-times, got ${PT_IN} + ${PT_SEPT}`);
  assert(PT_IN * 1000 < POP * 10 && PT_IN * 1000 >= POP * 8 && (PT_IN + PT_SEPT) * 1000 >= POP * 10, "0.867% → 8; with September 1.02%");
  const eIds = new Set(E.map((p) => p.id));
  const trainedIn = new Set(slots.slice(0, 12).flat().filter((x) => eIds.has(x.p.id)).map((x) => x.p.id));
  const trainedAll = new Set(slots.flat().filter((x) => eIds.has(x.p.id)).map((x) => x.p.id));
  assert(trainedIn.size === T && trainedIn.size * 2 === E.length, "50% exactly");
  assert(trainedAll.size === T + 3, "with September +3");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("南澳县农村电商培训参训学员交通、误工补贴签领表");
    full("县商务局电商股　　每期培训1天，一人一行，按当天签到表核发：交通补贴每人50元；脱贫户（“是否脱贫户”栏打√）另发误工补贴100元。");
    rows.push(["序号", "姓名", "性别", "身份证号码", "所在村（社区）", "是否脱贫户", "交通补贴（元）", "误工补贴（元）", "合计（元）", "领取人签名"]);
    let grand = 0;
    SES.forEach((s, k) => {
      // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
      full(`第${k + 1}期　培训日期：${s[1]}　地点：${s[2]}　内容：${s[3]}`);
      let sum = 0;
      slots[k].forEach((x, j) => {
        const wg = x.poor === "√" ? 100 : 0;
        const idTxt = x.p === XP ? x.p.id.toLowerCase() : x.p.id;
        rows.push([j + 1, x.p.name, x.p.sex, idTxt, x.p.vil || null, x.poor, 50, wg || null, 50 + wg, "已签"]);
        sum += 50 + wg;
      });
      full(`第${k + 1}期小计：${slots[k].length}人，补贴合计${thousands(sum)}元`);
      grand += sum;
    });
    full(`总计：${NS}期，${PT_IN + PT_SEPT}人次，补贴合计${thousands(grand)}元（其中9月两期${PT_SEPT}人次）。`);
    sheets.push(sheet("补贴签领表", rows, merges));
  }

  // ---------------------------------------------------------------- 园区企业月度网销统计 (enterprises, type in section rows)
  // [section, [[name, 入驻 cell, iso, note, left]]]
  const EN = [
    ["一、平台型企业", [["南澳县海岛优选网络科技有限公司", "2020年11月", "2020-11", null, null], ["汕头市南澳云商平台科技有限公司", "2020.12.1", "2020-12-01", null, null]]],
    ["二、销售型企业（网店）", [["南澳县紫菜坊电子商务商行", "2020.11.18", "2020-11-18", null, null], ["南澳县后宅牡蛎干货网店", "2020年11月", "2020-11", null, null],
      ["南澳县青澳湾海味店", "2020.12.8", "2020-12-08", null, null], ["南澳县海韵紫菜网店", "2020.12.15", "2020-12-15", "2021年6月退园", "2021-06"],
      ["南澳县宋井茶业电商部", "2021.1.6", "2021-01-06", null, null], ["南澳县金鲳鱼生鲜网店", "2021.1.20", "2021-01-20", null, null],
      ["南澳县渔家乐特产商行", "2021.3.2", "2021-03-02", null, null], ["南澳县岛礁鲍鱼电商商行", "2021.4.12", "2021-04-12", null, null],
      ["南澳县云澳海产网店", "2021.5.10", "2021-05-10", null, null], ["南澳县深澳鱼露网店", "2021.7.5", "2021-07-05", null, null]]],
    ["三、电商运营服务商", [["汕头市潮海电子商务有限公司", "2020.11.18", "2020-11-18", "园区及公共服务中心运营方", null], ["南澳县新农人代运营工作室", "2021.2.22", "2021-02-22", null, null],
      ["汕头市鲸选代运营有限公司", "2021.5.24", "2021-05-24", null, null]]],
    ["四、物流快递企业", [["南澳县邮政快递揽投部（电商仓）", "2020.11.18", "2020-11-18", null, null], ["南澳县岛通快递服务有限公司", "2021.1.8", "2021-01-08", null, null],
      ["南澳县海鲜冷链物流有限公司", "2021.3.15", "2021-03-15", null, null]]],
    ["五、其他（直播、设计）", [["南澳县海岛直播基地", "2021.4.1", "2021-04-01", null, null], ["南澳县蓝海设计工作室", "2021.6.7", "2021-06-07", null, null],
      ["南澳县渔歌文化传媒有限公司", "2021.9.1", "2021-09-01", "9月新入驻，暂无数据", null]]],
  ];
  const allE = EN.flatMap((s) => s[1].map((e) => ({ sec: s[0], e })));
  const inPark = allE.filter(({ e }) => dateOk(e[2]) && !(e[4] && dateOk(e[4])));
  const types = new Set(inPark.map((x) => x.sec));
  assert(allE.length === 21 && inPark.length === 19 && types.size === 5, "21 rows, 19 in the park, 5 types");
  {
    const MS = ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
    const W = 3 + MS.length + 2, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${colLetter(W - 1)}${R()}`); };
    full("南澳县电子商务产业园入驻企业月度网络销售额统计表（2021年1—8月）");
    full("单位：万元　　园区运营方汕头市潮海电子商务有限公司填报　　企业按类型分段；“—”为未入驻或已退园月份");
    rows.push(["序号", "企业名称", "入驻时间"].concat(MS.map((m) => `${+m.slice(5)}月`), ["1—8月合计", "备注"]));
    let no = 0, grand = 0;
    EN.forEach((s) => {
      full(`${s[0]}（${s[1].length}家）`);
      const sub = Array(MS.length).fill(0);
      s[1].forEach((e) => {
        no++;
        let tot = 0;
        const cells = MS.map((m, k) => {
          const active = e[2].slice(0, 7) <= m && !(e[4] && m > e[4]);
          if (!active) return "—";
          const v = Math.round((3 + ((no * 37 + k * 53) % 290) / 10) * 10) / 10;
          tot += v; sub[k] += v; return v;
        });
        rows.push([no, e[0], e[1]].concat(cells, [tot ? Math.round(tot * 10) / 10 : "—", e[3]]));
      });
      const st = sub.reduce((a, v) => a + v, 0);
      grand += st;
      rows.push([null, "小计", null].concat(sub.map((v) => (v ? Math.round(v * 10) / 10 : "—")), [Math.round(st * 10) / 10, null]));
    });
    rows.push([null, "合计", null].concat(Array(MS.length).fill(null), [Math.round(grand * 10) / 10, null]));
    sheets.push(sheet("园区企业网销统计", rows, merges));
  }

  // ---------------------------------------------------------------- 发票与付款对照 (funds)
  // [项目, 单位, [[发票号, 开票 cell, 发票金额, [[付款 cell, iso|null, amount|null]], note]]]
  const FD = [
    ["县级电商公共服务中心建设及运营", "汕头市潮海电子商务有限公司", [
      ["00832611", "2020.6.10", 900000, [["2020.6.28", "2020-06-28", 900000]], null],
      ["01157340", "2020.12.15", 600000, [["2021年1月12日", "2021-01-12", 600000]], null],
      ["01689215", "2021.8.20", 300000, [["2021.9.8", "2021-09-08", 300000]], "截止日后付款"]]],
    ["村级电商服务站点建设", "汕头市乡网通信息科技有限公司", [
      ["00901257", "2020.7.20", 480000, [[D("2020-08-05"), "2020-08-05", 480000]], null],
      ["01322086", "2021.3.2", 420000, [["2021.3.18", "2021-03-18", 250000], ["2021.4.22", "2021-04-22", 170000]], "分两次付款"]]],
    ["农村电商培训", "汕头市南粤职业培训学校", [
      ["01198473", "2020.12.28", 186000, [["2021.1.20", "2021-01-20", 186000]], null],
      ["01633108", "2021.7.30", 142600, [["2021.8.16", "2021-08-16", 142600]], null]]],
    ["县乡村三级物流配送体系", "中国邮政集团有限公司南澳县分公司", [
      ["00977425", "2020.9.25", 350000, [["2020年10月14日", "2020-10-14", 350000]], null],
      ["01540982", "2021.6.30", 240000, [["2021.7.19", "2021-07-19", 240000]], null]]],
    ["电商产业园改造提升", "汕头市海城装饰工程有限公司", [
      ["01236617", "2021.1.8", 380000, [["2021.2.3", "2021-02-03", 380000]], null],
      ["01692764", "2021.8.27", 120000, [["未付", null, null]], "待审计后支付"]]],
    ["农产品品牌培育及网络促销", "南澳县海风文化传媒有限公司", [
      ["01402355", "2021.4.15", 150000, [[D("2021-05-11"), "2021-05-11", 150000]], null]]],
    ["农产品质量溯源系统", "广东溯源云科技有限公司", [
      ["01697031", "2021.8.30", 200000, [["2021.9.15", "2021-09-15", 200000]], "截止日后付款"]]],
  ];
  const PAY = FD.flatMap((f) => f[2].flatMap((v) => v[3].filter((p) => p[1]).map((p) => ({ date: p[1], amount: p[2] }))));
  const SPENT = PAY.filter((p) => dateOk(p.date)).reduce((a, p) => a + p.amount, 0);
  assert(SPENT === 3848600 && Math.round(SPENT / 5000000 * 1000) === 770, "3,848,600 = 77.0% got " + SPENT);
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("南澳县电子商务进农村综合示范项目承建方发票与付款对照表");
    full("县商务局项目股　　金额单位：元　　付款日期为专户实际付款日期；开票日期不是付款日期");
    rows.push(["序号", "项目名称", "承建单位", "发票号码", "开票日期", "发票金额（元）", "付款日期", "付款金额（元）", "付款凭证号", "备注"]);
    let no = 0, inv = 0, paid = 0, vno = 0;
    FD.forEach((f) => {
      const s = R() + 1;
      f[2].forEach((v, k) => {
        no++; inv += v[2];
        const s2 = R() + 1;
        v[3].forEach((p, j) => {
          vno++;
          rows.push([j === 0 ? no : null, k === 0 && j === 0 ? f[0] : null, k === 0 && j === 0 ? f[1] : null, j === 0 ? v[0] : null, j === 0 ? v[1] : null,
            j === 0 ? v[2] : null, p[0], p[2], p[1] ? `记-${p[1].slice(0, 4)}-${String(vno * 7 + 11).padStart(3, "0")}` : null, j === 0 ? v[4] : null]);
          paid += p[2] || 0;
        });
        if (v[3].length > 1) ["A", "D", "E", "F", "J"].forEach((c) => merges.push(`${c}${s2}:${c}${R()}`));
      });
      if (R() > s) merges.push(`B${s}:B${R()}`, `C${s}:C${R()}`);
    });
    rows.push(["合计", null, null, null, null, inv, null, paid, null, null]); merges.push(`A${R()}:E${R()}`);
    full(`注：截至2021年8月31日已付${thousands(SPENT)}元；9月付款${thousands(paid - SPENT)}元；产业园改造第二张发票120,000元待审计后支付。`);
    assert(inv === 4468600 && paid === 4348600, "invoices, paid");
    sheets.push(sheet("发票付款对照", rows, merges));
  }

  // ---------------------------------------------------------------- 月报汇编 (reports; one block per report)
  const REP = [
    ["2020年8月", "2020-09-08", false, ["2020-08"]], ["2020年9月", "2020-10-09", false, ["2020-09"]], ["2020年10月", "2020-11-06", true, ["2020-10"]],
    ["2020年11月", "2020-12-07", true, ["2020-11"]], ["2020年12月", "2021-01-08", true, ["2020-12"]], ["2021年1—2月", "2021-03-05", true, ["2021-01", "2021-02"]],
    ["2021年3月", "2021-04-07", true, ["2021-03"]], ["2021年4月", "2021-05-08", true, ["2021-04"]], ["2021年5月", "2021-06-07", true, ["2021-05"]],
    ["2021年6月", "2021-07-06", true, ["2021-06"]], ["2021年7月", "2021-08-06", true, ["2021-07"]], ["2021年8月", "2021-09-06", true, ["2021-08"]],
  ];
  assert(monthsCovered(REP.map((r) => r[1])) === 11, "11 report months (no February)");
  {
    const W = 4, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:D${R()}`); };
    full("南澳县电子商务进农村综合示范工作月报汇编（2020年8月—2021年8月）");
    full("县商务局电商股汇编。每块为一期月报的数据部分，块标题〔〕内为报送汕头市商务局的日期；2021年1月、2月因春节合并一期报送。");
    let cumPT = 0, cumInc = 0;
    REP.forEach((r, k) => {
      rows.push(span(null, W));
      const sent = k % 3 === 1 ? fmtDot(r[1]) : fmtCn(r[1]);
      // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
      full(`（${k + 1}）${r[0]}份工作情况　〔${sent}报汕头市商务局〕`);
      rows.push(["指标", "本期", "累计", "备注"]);
      const pt = SES.map((s, i) => [s, i]).filter(([s]) => r[3].includes(s[0].slice(0, 7))).reduce((a, [, i]) => a + slots[i].length, 0);
      const pp = SES.map((s, i) => [s, i]).filter(([s]) => r[3].includes(s[0].slice(0, 7))).reduce((a, [, i]) => a + slots[i].filter((x) => x.poor === "√").length, 0);
      cumPT += pt;
      const monthEnd = r[3][r[3].length - 1] + "-31";
      const stn = ST.filter((s) => s[2] <= monthEnd).length, stPrev = ST.filter((s) => s[2] < r[3][0]).length;
      rows.push(["电商培训（人次）", pt, cumPT, null]);
      rows.push(["村级电商服务站点（个）", stn - stPrev, stn, null]);
      rows.push(["全县网络零售额（万元）", 2300 + ((k * 173) % 900), null, "县统计局初步数"]);
      if (r[2]) {
        const inc = 8 + ((k * 7) % 9);
        cumInc += inc;
        rows.push(["电商扶贫：培训脱贫人口（人次）", pp, null, null]);
        rows.push(["电商扶贫：带动脱贫户增收（万元）", inc, cumInc, null]);
      }
    });
    assert(cumPT === PT_IN, "reports agree with the roster: " + cumPT);
    sheets.push(sheet("月报汇编", rows, merges));
  }
  // ---------------------------------------------------------------- 网站后台文章导出 (disclosures; newest first)
  const COL = "专题专栏>电子商务进农村综合示范";
  // [创建, 发布 | null, 标题, 栏目, 状态]
  const ART = [
    ["2020-06-05 09:12", "2020-06-05 15:30", "南澳县电子商务进农村综合示范县建设工作方案", `${COL}>创建方案`, "已发布"],
    ["2020-06-05 09:20", "2020-06-05 15:31", "监督举报电话及电子邮箱", `${COL}>监督举报`, "已发布"],
    ["2020-07-20 10:05", "2020-07-21 09:00", "南澳县电子商务进农村综合示范项目（第一批）基本信息公示", `${COL}>项目公示`, "已发布"],
    ["2020-09-14 16:40", "2020-09-15 08:45", "2020年8月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2020-10-12 11:02", "2020-10-13 09:10", "2020年9月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2020-11-10 15:26", "2020-11-11 08:52", "2020年10月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2020-12-09 17:15", null, "2020年11月项目建设进度", `${COL}>建设进度`, "草稿"],
    ["2020-12-17 10:33", "2020-12-18 09:05", "南澳县开展农村电商送教下乡活动", "政务公开>部门动态", "已发布"],
    ["2021-01-12 09:48", "2021-01-13 10:20", "2020年11—12月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-02-05 15:10", "2021-02-07 09:30", "2021年1月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-03-09 10:17", "2021-03-10 08:40", "2021年2月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-03-22 14:55", "2021-03-22 17:02", "第二批村级站点建设项目中标结果公示", `${COL}>项目公示`, "已发布"],
    ["2021-04-08 16:21", "2021-04-09 09:00", "2021年3月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-05-11 09:35", "2021-05-12 08:50", "2021年4月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-06-08 15:44", "2021-06-09 09:15", "2021年5月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-07-07 10:28", "2021-07-08 08:58", "2021年6月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-08-10 11:50", "2021-08-11 09:12", "2021年7月项目建设进度", `${COL}>建设进度`, "已发布"],
    ["2021-09-07 16:03", "2021-09-08 08:47", "2021年8月项目建设进度", `${COL}>建设进度`, "已发布"],
  ];
  const discl = ART.filter((a) => a[1] && a[3].startsWith(COL)).map((a) => a[1].slice(0, 10));
  assert(monthsCovered(discl) === 11, "11 column months (no December) got " + monthsCovered(discl));
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("南澳县人民政府门户网站内容管理系统　文章列表导出", W)); merges.push("A1:H1");
    rows.push(span("导出时间：2021-09-09 10:15:42　　导出人：县商务局 ×××　　筛选：发布单位＝南澳县商务局；排序：文章ID降序", W)); merges.push("A2:H2");
    rows.push(["文章ID", "标题", "所属栏目", "状态", "创建时间", "发布时间", "发布人", "访问量"]);
    ART.map((a, i) => [a, 20061 + i * 37]).reverse().forEach(([a, id], k) => rows.push([id, a[2], a[3], a[4], a[0] + ":" + String(10 + (k * 7) % 50), a[1] ? a[1] + ":" + String(10 + (k * 13) % 50) : null,
      "商务局-电商股", a[1] ? 40 + ((k * 97) % 600) : 0]));
    sheets.push(sheet("网站后台导出", rows, merges));
  }
  // ---------------------------------------------------------------- 外宣积分登记 (media)
  const MED = [
    ["2020.10.20", "2020-10-20", "南澳县电商公共服务中心正式运营", "南澳县融媒体中心《南澳新闻》", "县级", "电视", 1, null],
    ["2020.12.8", "2020-12-08", "海岛电商激活南澳紫菜产业", "汕头日报", "市级", "报纸", 3, null],
    ["2021.3.16", "2021-03-16", "南澳：小岛电商大作为", "南方+客户端", "省级", "网络", 5, null],
    ["2021.5.20", "2021-05-20", "南澳紫菜节线上促销火热", "汕头广播电视台《汕头新闻》", "市级", "电视", 3, null],
    ["2021.7.8", "2021-07-08", "【电商扶贫典型案例】云澳镇脱贫户直播卖海鲜", "汕头广播电视台《汕头新闻》", "市级", "电视", 3, null],
    ["2021.8.12", "2021-08-12", "南澳县电商进农村示范县创建工作综述", "“南澳发布”微信公众号", "县级", "网络", 1, null],
    ["2021.9.3", "2021-09-03", "海岛脱贫户的直播间（电商扶贫典型案例）", "广东广播电视台珠江频道《今日关注》", "省级", "电视", 5, "考评截止日后播出"],
  ];
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("南澳县对外宣传工作积分登记表（县商务局）", W)); merges.push("A1:H1");
    rows.push(span("县委宣传部考核用：中央级10分、省级5分、市级3分、县级1分；2020年9月—2021年9月", W)); merges.push("A2:H2");
    rows.push(["序号", "刊播日期", "稿件标题", "采用媒体", "媒体级别", "形式", "积分", "备注"]);
    MED.forEach((m, i) => rows.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6], m[7]]));
    rows.push(["合计", null, null, null, null, null, MED.reduce((a, m) => a + m[6], 0), null]); merges.push(`A${rows.length}:F${rows.length}`);
    sheets.push(sheet("外宣积分登记", rows, merges));
  }
  // ---------------------------------------------------------------- 信息报送登记 (materials)
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("南澳县商务局信息报送及采用登记", W)); merges.push("A1:G1");
    rows.push(["序号", "报送日期", "标题", "报送对象", "类别", "采用情况", "经办人"]);
    const IF = [
      ["2020.10.19", "县电商公共服务中心正式投入运营", "中共南澳县委办公室", "政务信息", "《南澳信息》第41期采用"],
      ["2020.12.22", "南澳县电商进农村示范创建进展情况", "南澳县人民政府办公室", "政务信息", "未采用"],
      ["2021.4.20", "南澳县“海岛电商＋紫菜”助农增收经验做法", "汕头市商务局", "经验材料", "市商务局工作简报第9期采用"],
      ["2021.6.15", "南澳县电商公共服务中心运营经验", "汕头市商务局", "经验材料", "—"],
      ["2021.9.7", "云澳镇脱贫户直播卖海鲜", "汕头市商务局", "典型案例", "—"],
    ];
    IF.forEach((x, i) => rows.push([i + 1, x[0], x[1], x[2], x[3], x[4], "电商股 詹××"]));
    sheets.push(sheet("信息报送登记", rows, merges));
  }

  // ---------------------------------------------------------------- 创建大事记 (facts)
  {
    const W = 3, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:C${R()}`); };
    full("南澳县电子商务进农村综合示范县创建大事记（2019—2021）");
    full("南澳县商务局编　2021年9月　（供考评组查阅；“县情概要”及大事记所列数据截至2021年8月31日考评截止日）");
    full("一、县情概要");
    full(`南澳县是广东省唯一的海岛县，辖后宅、云澳、深澳3个镇，共有行政村${ADMIN.length}个、社区${COMM.length}个，其中省定相对贫困村${POOR.length}个；第七次全国人口普查常住人口6.24万人。项目实施以来未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；不存在弄虚作假情况。`);
    full("二、大事记");
    rows.push(["时间", "大事", "文号／佐证"]);
    const EV = [
      ["2019年9月", "省商务厅公布2019年省级电子商务进农村综合示范县名单，南澳县入选。", "粤商务电函〔2019〕62号"],
      ["2019年10月", "省财政厅、省商务厅下达我县省级电子商务进农村综合示范专项资金500万元。", "粤财工〔2019〕235号"],
      ["2019年11月12日", "县政府成立南澳县电子商务进农村综合示范工作领导小组，县委副书记、县长任组长，分管副县长任副组长，县商务局、财政局、农业农村局、扶贫办（现县乡村振兴局）、交通运输局、市场监管局、邮政分公司为成员单位。", "南府办〔2019〕41号"],
      ["2019年12月20日", "县政府正式印发《南澳县电子商务进农村综合示范县建设工作方案》。", "南府〔2019〕58号"],
      ["2020年3月", "县商务局、县财政局联合印发《南澳县电子商务进农村综合示范专项资金管理办法》。", "南商务〔2020〕7号"],
      ["2020年4月", "公开招标确定汕头市潮海电子商务有限公司为第三方运营服务商，负责县电商公共服务中心和产业园运营。", "中标通知书"],
      ["2020年5月", "县政府出台《南澳县支持农村电子商务发展若干措施》，对网店开设、物流配送、人才培训给予补助。", "南府〔2020〕19号"],
      ["2020年6月5日", "县政府门户网站开设“电子商务进农村综合示范”专栏，设创建方案、项目公示、建设进度、监督举报四个子栏目。", "网站截图"],
      ["2020年8月28日", "县电商公共服务中心（后宅镇）完成装修，通过验收。", "验收单"],
      ["2020年10月16日", "县电商公共服务中心正式投入运营：开设免费培训室（电脑40台），能组织电商基础培训；设展示展销厅免费展示、销售南澳紫菜、牡蛎、宋茶等特色农产品；摄影棚免费提供摄影、美工服务。", "运营记录"],
      ["2020年11月18日", "整合后宅镇原电商孵化基地，建成南澳县电子商务产业园，首批企业入驻。", "入驻协议"],
      ["2020年12月", "公共服务中心组织“南澳海味”区域公用品牌统一推广，指导8家企业注册商标。", "活动总结"],
      ["2021年1月", "县邮政分公司出具证明：全县行政村物流快递覆盖率100%。", "证明材料"],
      ["2021年3月", "公共服务中心与县农商银行合作开展电商信用贷款对接，与邮政合作开展仓储配送服务。", "合作协议"],
      ["2021年4月", "完成全县农产品网络销售调研，形成调研报告报汕头市商务局。", "调研报告"],
      ["2021年5月", "举办“南澳紫菜节”网络促销活动。", "活动方案"],
      ["2021年6月", "据省商务厅电子商务统计监测，2020年全县农村网络零售额3.42亿元，同比增长31.5%；农产品网络零售额1.08亿元，同比增长26.2%。", "监测数据"],
      ["2021年7月", "县项目验收小组对已完成项目进行验收，项目总体进度92%。", "验收报告"],
      ["2021年8月31日", "南山村电商服务站开业，4个省定相对贫困村实现村级站点全覆盖。", "站点台账"],
      ["2021年9月", "县商务局完成考评自评，见《自评计分底稿》。", null],
    ];
    EV.forEach((e) => rows.push(e));
    sheets.unshift(sheet("创建大事记", rows, merges));
  }
  // ---------------------------------------------------------------- 自评计分底稿 (judged, claims)
  // [id, 工作任务, 指标, 满分, 计分说明, 初评, 审核调整|null, 意见|null]
  const SC = [
    ["org.leadership", "加强组织领导与统筹协调（10分）", "组织领导", 2, "县长任组长，商务、财政、农业农村、扶贫等部门参与", 2, null, null],
    ["org.plan", null, "方案制定", 2, "工作方案2019年12月正式印发（1-2分）：2分", 2, null, null],
    ["org.policy", null, "政策支持", 2, "2020年5月出台若干措施并兑现（1-2分）：2分", 2, null, null],
    ["org.management", null, "项目管理", 4, "项目管理制度2分＋工作台账2分", 4, 3, "2020年站点、培训台账记录不全，工作台账按1分，本项3分"],
    ["work.center", "深入推动电子商务进农村工作（55分）", "服务体系建设：县级中心与产业园", 15, "中心2020年10月16日运营，服务齐全；产业园入驻企业21家，4类以上", 15, null, null],
    ["work.coverage", null, "服务体系建设：村级站点覆盖", 10, "行政村30个，有站点21个（70%）；省定贫困村4个全覆盖", 10, null, null],
    ["work.upward", null, "农村产品上行", 10, "调研2＋促销2＋第三方1＋快递1＋标准溯源1＋增速2", 9, 8, "促销活动成效佐证不足，网络促销按1分，本项8分"],
    ["work.training", null, "电商人才培训", 20, `累计培训${PT_IN + PT_SEPT}人次（1.02%）10分；贫困人口参训${T + 3}人/${E.length}人＝${pct1(T + 3, E.length)} 10分`, 20, null, null],
    ["info.disclosure", "加强信息公开及报送（10分）", "信息公开", 4, "专栏内容齐全，按月更新", 4, null, null],
    ["info.reporting", null, "数据上报", 6, "每月报送汕头市商务局，含电商扶贫统计", 6, null, null],
    ["promo.cases", "加强宣传推广（10分）", "案例总结", 2, "2021年4月报送经验材料", 2, null, null],
    ["promo.media", null, "经验推广", 8, "省级（南方+）、市级（汕头日报、汕头新闻）、县级均有报道", 8, null, null],
    ["fund.system", "加强财政资金管理（15分）", "制度建立", 5, "资金管理办法2020年3月印发（1-5分）：5分", 5, null, null],
    ["fund.ledger", null, "资金台账", 5, "承建方建立资金专用台账（1-5分）", 5, 4, "个别付款凭证未附发票复印件，资金台账按4分"],
    ["fund.spending", null, "资金支出", 5, `截至8月31日拨付${(SPENT / 10000).toFixed(2)}万元，支出率${pct1(SPENT, 5000000)}；及时拨付（1-5分）：4分`, 4, null, null],
    ["bonus.poorTraining", "加分项（4分）", "贫困人口培训率70%及以上", 2, "未达到", 0, null, null],
    ["bonus.tvCase", null, "电商扶贫典型案例获电视播报", 2, "广东广播电视台播出南澳电商扶贫典型案例（省级）", 1, null, null],
    [null, "一票否决项", "安全生产质量事故／总体进度不足40%／弄虚作假", null, "无", null, null, null],
  ];
  const claimed = {};
  SC.forEach((s) => { if (s[0]) claimed[s[0]] = s[6] !== null ? s[6] : s[5]; });
  const initSum = SC.filter((s) => s[0] && !s[0].startsWith("bonus")).reduce((a, s) => a + s[5], 0);
  const finSum = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(initSum === 98 && finSum === 95 && claimed["bonus.tvCase"] === 1, `claims ${initSum} → ${finSum}`);
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    rows.push(span("南澳县2019年省级电子商务进农村综合示范创建考评自评计分底稿", W)); merges.push("A1:H1");
    rows.push(span("经办：电商股 詹××（初评）　　审核：副局长 魏××　　定稿得分以“审核调整分”为准；该栏空白的，按初评分定稿。", W)); merges.push("A2:H2");
    rows.push(["序号", "工作任务", "评价指标", "满分", "计分说明（经办人）", "初评分", "审核调整分", "审核意见"]);
    let grp = R() + 1;
    SC.forEach((s, i) => {
      if (s[1] && i > 0) { if (R() >= grp + 1) merges.push(`B${grp}:B${R()}`); grp = R() + 1; }
      rows.push([i < 15 ? i + 1 : i === 17 ? "否" : `加${i - 14}`, s[1], s[2], s[3], s[4], s[5] === null ? "—" : s[5], s[6], s[7]]);
    });
    rows.push(["合计", null, "15项（不含加分）", 100, null, initSum, finSum, "另加分1分"]);
    merges.push(`A${R()}:B${R()}`);
    sheets.splice(1, 0, sheet("自评计分底稿", rows, merges));
  }
  sheets.unshift(sheet("封面", [["南澳县电子商务进农村综合示范创建考评资料（电子版）"], [null], ["目录"], ["1．创建大事记（县情概要、大事）"], ["2．自评计分底稿（经办人初评、审核调整）"],
    ["3．换届选举统计（县委组织部、县民政局，作行政村清单）"], ["4．驻村工作队（县乡村振兴局，作省定贫困村清单）"], ["5．站点运营补贴（村级站点）"], ["6．防返贫系统导出（脱贫人口）"],
    ["7．补贴签领表（培训学员，一人一行）"], ["8．园区企业网销统计（产业园入驻企业）"], ["9．发票付款对照（资金支出）"], ["10．月报汇编（月报报送）"], ["11．网站后台导出（专栏更新）"],
    ["12．外宣积分登记（宣传报道）"], ["13．信息报送登记（经验材料报送）"], [null], ["南澳县商务局　2021年9月"]]));
  // order after 封面: 大事记, 自评计分底稿, then ledgers as pushed
  assert(sheets[1].name === "创建大事记" && sheets[2].name === "自评计分底稿", "sheet order " + sheets.map((s) => s.name).join());

  // ---------------------------------------------------------------- expectation
  const judged = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
    "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 };
  assert(judged["org.management.system"] + judged["org.management.ledger"] === claimed["org.management"], "management agrees");
  const points = {
    "org.leadership": 2, "org.plan": judged["org.plan"], "org.policy": judged["org.policy"],
    "org.management": judged["org.management.system"] + judged["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 5 + 5,
    "work.upward": judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": judged["fund.system"], "fund.ledger": judged["fund.ledger"], "fund.spending": judged["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert("2020-10-16" <= "2021-02-28", "centre open 6 months");
  assert(Math.round((3.42 / (3.42 / 1.315) - 1) * 1000) === 315, "31.5%");
  const sc = sumPts(points);
  assert(sc === 88, "88 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  write("counties/b127-c1-nanao.json", {
    description:
      `汕头南澳县商务局交的整本考评资料（封面目录＋大事记＋自评计分底稿＋11个借来或顺手拿来的业务表），88分，无加分，未否决（底稿定稿自评95＋加分1）。事实在《创建大事记》：抬头写明数据截至2021年8月31日考评截止日；“县情概要”一段（行政村30个、社区5个、省定贫困村4个、常住人口6.24万人，未发生安全生产质量事故、无弄虚作假），下面 时间｜大事｜文号 三列，时间有“2019年11月12日”也有“2020年3月”。读法：领导小组县委副书记、县长任组长（副县长是副组长），商务、财政、农业农村、扶贫办都在；中心“2020年8月28日完成装修”不是运营，“2020年10月16日正式投入运营”才是；500万元在2019年10月那条；快递覆盖100%是2021年1月邮政证明（村名单没有快递列，按这条）；网零只有2020年金额和增速。《自评计分底稿》有 初评分｜审核调整分｜审核意见，抬头写明以审核栏为准、空白按初评：项目管理4→3（工作台账1分）、上行9→8（网络促销1分）、资金台账5→4，claimed按定稿。台账：《换届选举统计》类别“村委会”是行政村（“XX村委会”＝XX村），居委会不算，镇名纵向合并、每镇小计行；《驻村工作队》“村类别”只有4个省定相对贫困村，长山尾村是市级帮扶村，不是省定；《站点运营补贴》读“开业日期”，补贴月数、金额不是日期，后宅村两站算一村，隆南社区站不算，南山村2021.8.31开业当天算，黄厝村9月开业不算，“青澳村委会”＝青澳村；《补贴签领表》一人一行，期次的培训日期在分段标题“第N期 培训日期：…”里（格式各异），小计行不是人；《防返贫系统导出》按户排列，说明定义有劳动能力和外出务工（县内务工不算外出），有一个身份证末位X在签领表里写成小写x；签领表“是否脱贫户”写“监测户”的人不在导出名单里；《园区企业网销统计》企业类型在分段标题（一、平台型…五、其他），海韵紫菜网店2021年6月退园，渔歌文化9月1日新入驻；《发票付款对照》读付款日期和付款金额，不读开票日期和发票金额，一张发票分两次付款（合并单元格），“未付”不是付款；《月报汇编》一块一期，报送日期在块标题〔〕里，2021年1—2月3月5日合并报送，所以2021年2月没有报送；10月份起各块有“电商扶贫”行；《网站后台导出》按文章ID倒序，只算栏目在“专题专栏>电子商务进农村综合示范”下且已发布的，2020年12月只有草稿和部门动态；《外宣积分登记》级别读“媒体级别”，积分是宣传部考核分；《信息报送登记》只有报汕头市商务局的经验材料、典型案例算。`,
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 大事记2019年11月12日：县委副书记、县长任组长（分管副县长是副组长），成员有县商务局、财政局、农业农村局、扶贫办（现乡村振兴局）→ 主要领导牵头、部门齐全 → 2",
      "org.plan: 工作方案2019年12月20日正式印发；底稿自评2 → 2",
      "org.policy: 2020年5月出台若干措施；底稿自评2 → 2",
      "org.management: 审核意见：项目管理制度2 ＋ 工作台账1 → 3（初评4）",
      "work.center: 中心2020-10-16投入运营（8月28日只是完成装修）≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工 1；“南澳海味”品牌统一推广 1；贷款对接、仓储配送增值服务 1；2020年11月建成产业园 2；园区网销统计21家，海韵紫菜网店2021年6月退园、渔歌文化2021-09-01入驻，截止日在园19家 < 20 → 0；类型（分段标题）平台、销售、运营服务、物流快递、其他 ≥ 3 → 1；合计 13（自评15）",
      "work.coverage: 换届统计村委会30个（居委会5个不算）；补贴表截止日前开业站点覆盖行政村21个（后宅村两站算一个；隆南社区站不算；南山村2021-08-31当天开业算；黄厝村2021-09-06不算；“青澳村委会”＝青澳村）；21/30 = 70.0% ≥ 70% → 5；省定贫困村4个（长山尾村是市级帮扶村，不算）全部有站 → 100% → 5；合计 10",
      "work.upward: 网销调研2；网络促销（审核后）1；第三方运营服务商（潮海公司）1；村名单无快递列，按大事记2021年1月邮政证明覆盖100% → 1；交易标准与溯源1；2020年农村网零增长31.5% ≥ 30% → 2（农产品26.2%未达，不影响）；合计 8（定稿8，初评9）",
      `work.training: 签领表截止日前12期 ${PT_IN} 人次（9月3日、9月10日两期 ${PT_SEPT} 人次不算）；基数 min(62,400, 500,000) = 62,400；${PT_IN}/62,400 = ${(PT_IN / POP * 100).toFixed(3)}% → 0.8%–1% → 8。防返贫导出${PP.length}人，有劳动能力且非外出务工的${E.length}人（县内务工算在内）；截止日前签领表中按身份证号出现的其中${T}人（参训两次的只算一次，小写x的身份证照样匹配；外出务工2人、丧失劳动力1人、“监测户”1人不算；9月才参训的3人不算）；${T}/${E.length} = 50.0% → 10；合计 18（底稿按${PT_IN + PT_SEPT}人次、${T + 3}人自评20）`,
      "info.disclosure: 大事记：专栏设创建方案、项目公示、建设进度、监督举报 → 2；网站后台导出中专栏已发布文章的发布时间覆盖2020-09、10、11、2021-01至08，2020年12月只有草稿和部门动态 → 11个月 → 不定时 1；合计 3（自评4）",
      "info.reporting: 月报汇编报送日期2020-09-08、10-09、11-06、12-07、2021-01-08、03-05、04-07、05-08、06-07、07-06、08-06（2021-09-06在窗口外）→ 2021年2月无报送 → 不定时 1；2020年10月份起含电商扶贫统计 → 3；合计 4（自评6）",
      "promo.cases: 2021.4.20“海岛电商＋紫菜”经验做法报汕头市商务局 → 2",
      "promo.media: 截止日前：南方+客户端2021.3.16（省级）→ 4；汕头日报、汕头新闻（市级）→ 3；南澳新闻、“南澳发布”（县级）→ 1；合计 8",
      "fund.system: 资金管理办法2020年3月印发；自评5 → 5",
      "fund.ledger: 审核调整为4 → 4（初评5）",
      `fund.spending: 发票付款对照表截止日前付款 900,000＋600,000＋480,000＋250,000＋170,000＋186,000＋142,600＋350,000＋240,000＋380,000＋150,000 = ${thousands(SPENT)}元（2021-09-08的300,000、2021-09-15的200,000不算，120,000“未付”不算，不按开票日期）；${thousands(SPENT)}/5,000,000 = 77.0% ≥ 70% → 及时拨付自评4 → 4`,
      `bonus.poorTraining: ${T}/${E.length} = 50% < 70% → 0`,
      "bonus.tvCase: 截止日前的电商扶贫典型案例只在汕头广播电视台（市级）播出；广东广播电视台珠江频道2021.9.3在截止日后 → 0（底稿自评1）",
      "veto.incident: 大事记县情概要写明未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 2021年7月项目总体进度92% ≥ 40% → 0，不否决",
      "veto.fraud: 县情概要写明不存在弄虚作假 → 0，不否决",
      "total: 2+2+2+3+13+10+8+18+3+4+2+8+5+4+4 = 88，加分0，合计88；底稿定稿95＋加分1",
    ],
  });
})();

console.log("wrote:\n" + written.join("\n"));
