// Batch 128 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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

// =====================================================================================
// facts/b128-f1-xinyi: 茂名信宜市 — 《创建工作大事记》（供考评组查阅及年鉴供稿）：按年分段，日期栏只写“月日”或“月”，年份看段标题；
// 领导小组先由常务副市长任组长、2020年7月调整为市长；中心“试运营”不是投入运营（备注写明）；9月的事是截止日后的事；
// 文末“附：创建主要数据（截至考评截止日）”；局务会确定的主观分是judged，只有总分没有逐项分
// =====================================================================================
(function f1() {
  const W = 3, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:C${R()}`); };
  full("信宜市电子商务进农村综合示范县创建工作大事记（2019—2021年）");
  full("信宜市商务局编　2021年9月　（供考评组查阅，并作《信宜年鉴（2022）》供稿；日期栏只写月、日的，年份见所在年度标题）");
  rows.push(["日期", "事项", "备注（文件、出处）"]);
  const E = (d, t, n) => rows.push([d, t, n || null]);
  full("2019年");
  E("8月", "信宜市获批2019年省级电子商务进农村综合示范县，省级财政下达专项资金500万元。", "粤商务电函〔2019〕29号");
  E("10月12日", "市政府成立信宜市电子商务进农村综合示范工作领导小组，常务副市长任组长，分管商务工作的副市长任副组长，市商务局、财政局、农业农村局、扶贫办、交通运输局、市场监管局、供销社为成员单位。", "信府办函〔2019〕73号");
  E(D("2019-12-20"), "市政府办公室正式印发《信宜市电子商务进农村综合示范县工作方案》。", "信府办〔2019〕41号");
  full("2020年");
  E("2月—3月", "受新冠肺炎疫情影响，村级站点建设和线下培训暂停，改为线上培训。", null);
  E("4月16日", "市政府出台《信宜市支持农村电子商务发展的若干措施》，从资金、用地、人才三个方面支持农村电商发展。", "信府〔2020〕11号");
  E("6月18日", "市电子商务公共服务中心（东镇街道）建成，开始试运营。", "试运营，不作为投入运营日期");
  E("7月8日", "因人事变动调整领导小组：组长调整为市长，原组长常务副市长改任常务副组长；成员单位不变。", "信府办函〔2020〕38号");
  E("9.28", "市电子商务公共服务中心正式投入运营（揭牌）。中心设免费培训教室及电脑40台，可开展电商基础培训；设农特产品展示展销区，免费展示、销售本地特色农产品；设摄影棚和美工室，免费为网商拍摄产品、设计美工。", "中心投入运营日期以本日为准");
  E("11月", "中心组织首届“信宜怀乡鸡”网络节，统一推广区域公用品牌“信宜山珍”，指导12家合作社注册商标、开展品牌建设。", null);
  E("12月", "整合信宜市创业园建成信宜市电子商务产业园；通过公开招标引入广东粤农优品供应链有限公司为第三方电商运营服务商。", "产业园运营合同另存");
  full("2021年");
  E("3月5日", "中心开通电商金融服务、物流对接等衍生增值服务。", null);
  E(D("2021-04-22"), "市政府门户网站开设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息和项目建设进度。", "专栏未设征求意见或监督举报窗口");
  E("6月", "茂名市邮政管理局出具证明：信宜市行政村快递服务覆盖率100%。", "茂邮管函〔2021〕52号");
  E("7月20日", "市乡村振兴局确认全市有劳动能力、未外出务工的建档立卡贫困人口数（见文末数据）。", null);
  E("8月30日", "局务会研究确定考评主观评分项自评分：方案制定2分，政策支持2分，项目管理制度2分，工作台账1分，网销调研2分，网络促销活动2分，交易标准与冷链溯源1分，资金管理制度4分，资金台账4分，资金及时拨付3分。自评总分88分。", "局务会纪要〔2021〕17号");
  E("9月8日", "专栏增设监督举报窗口（电话、邮箱）。", "截止日后");
  E("9月10日", "市政府向茂名市商务局报送《信宜市2019年省级电子商务进农村综合示范创建考评自评报告》。", null);
  rows.push(span(null, W));
  full("附：创建主要数据（截至考评截止日2021年8月31日）");
  rows.push(["项目", "数据", "说明"]);
  const A = (a, b, c) => rows.push([a, b, c || null]);
  A("常住人口", "91.25万人", "第七次全国人口普查；户籍人口112.6万人");
  A("行政村", "369个", "另有社区28个");
  A("省定贫困村", "38个", null);
  A("农村网络零售额", "2019年18.52亿元，2020年23.60亿元", "省商务厅电子商务统计监测数据");
  A("电商培训", "累计11,406人次", "不含9月");
  A("建档立卡贫困人口培训", "有劳动能力、未外出务工的4,862人，已参训2,517人", "参训人数按身份证号去重");
  A("信息公开", "专栏公示创建方案、项目基本信息、项目建设进度；征求意见或监督举报窗口截至8月31日未设立（9月8日增设）", null);
  A("数据上报", "每月向茂名市商务局报送工作进展，月报含电商扶贫统计（建档立卡贫困户培训、带动增收）", null);
  A("专项资金", "下达500万元，累计拨付386.2万元，支出率77.2%", "拨付数经市财政局核对");
  A("资金管理", "《信宜市电子商务进农村综合示范专项资金管理办法》已制定；各承建方已建立资金专用台账", null);
  A("项目总体进度", "90%", null);
  A("安全生产", "项目实施以来未发生安全生产、质量事故", null);
  assert(Math.round(386.2 / 500 * 1000) === 772 && 2517 / 4862 > 0.5 && 2517 / 4862 < 0.7, "77.2%, 51.8%");
  const judged = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3 };
  write("facts/b128-f1-xinyi.json", {
    description:
      "茂名信宜市商务局交来当事实表的，是《创建工作大事记（2019—2021年）》（供考评组查阅兼年鉴供稿）：三列 日期｜事项｜备注，按“2019年”“2020年”“2021年”分段（段标题一行合并），日期栏多数只写“10月12日”“8月”“9.28”，年份看段标题（另有两个真日期）；文末“附：创建主要数据（截至考评截止日2021年8月31日）”三列小表。读法：附表标题写明截止日 → asOf；标题“信宜市…” → county。领导小组2019年10月常务副市长任组长，但2020年7月8日调整为市长任组长、成员单位不变（商务、财政、农业农村、扶贫办都在）→ principal-all，不是deputy。中心2020年6月18日只是试运营（备注写明不作为投入运营日期），9月28日（“9.28”，年份2020）正式投入运营 → 2020-09-28；免费培训、免费展示销售、免费摄影美工在同一条；11月“中心组织”品牌推广；2021年3月5日增值服务；2020年12月产业园整合建成、第三方运营服务商。专栏四月开设，方案、项目信息、进度有，监督举报窗口9月8日才增设、附表写明截至8月31日未设 → disclosureWindow否。快递覆盖100%。8月30日局务会定的十个主观分是judged，只有“自评总分88分”，没有逐项分，不是claimed。附表：常住人口91.25万人（户籍112.6万不是）；行政村369个（社区28个不算）；省定贫困村38个；2019、2020年农村网零金额（18.52亿、23.60亿，无增速、无农产品）；11,406人次；4,862人、参训2,517人；月报含扶贫统计；下达500万元、拨付386.2万元＝3,862,000元；管理办法、专用台账都有；进度90%；无安全生产质量事故 → vetoIncident否（没提弄虚作假，不列）。9月的两条是截止日后的事。",
    sheets: [sheet("大事记", rows, merges)],
    expect: {
      facts: {
        county: "信宜市", asOf: "2021-08-31", residentPopulation: 912500, adminVillagesStated: 369, poorVillagesStated: 38, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: yi("18.52"), ruralRetail2020: yi("23.60"),
        trainingPersonTimesStated: 11406, eligiblePoorPersonsStated: 4862, trainedPoorPersonsStated: 2517,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: wan("386.2"), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9, vetoIncident: false,
      },
      judged,
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b128-f2-fengkai: 肇庆封开县 — 县商务局对第三方运营服务商的《年度运营服务考核评分表》（合同考核，与运营服务费挂钩）：
// 事实读“商务局核查情况”，不读“运营方自述”；中心建成投入运营日期是原运营单位时期的，不是运营方接手日；
// 摄影美工全部收费 → 非免费；“得分”是合同考核分，不是示范县自评分；中心自办培训人次不是全县培训人次
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("封开县电子商务公共服务中心及产业园运营服务年度考核评分表");
  full("被考核单位：肇庆市云岭电子商务有限公司（2020年9月经公开招标确定的第三方运营服务商）　　考核单位：封开县商务局");
  full("考核期：2020年10月1日—2021年9月30日（合同第一年）　　考核日期：2021年10月12日　　依据：《运营服务合同》第六条及附件3考核细则");
  rows.push(["序号", "考核项目", "考核内容及标准", "分值", "运营方自述完成情况", "商务局核查情况", "得分", "扣分原因"]);
  // [项目, 标准, 分值, 自述, 核查, 得分, 扣分原因]
  const T = [
    ["中心运营", "接手后中心正常开放，每周开放不少于5天", 10, "我司自2020年10月1日起运营中心，全年正常开放",
      "中心于2020年7月28日建成投入运营（原由县供销社临时运营），运营方2020年10月1日接手；考核期内正常开放，春节闭馆7天", 10, null],
    ["免费培训", "提供免费培训场所和设备，每季度组织电商基础培训不少于2期", 15, "全年办基础培训12期，900余人次",
      "培训室1间、电脑30台免费使用；中心自办基础培训11期826人次（仅中心自办期次，不含县人社局、县妇联等部门组织的培训；1期因签到表缺失不予认定）", 13, "1期无签到表"],
    ["展示展销", "为本县特色农产品提供免费展示、销售服务", 10, "展厅展示产品90余款",
      "展厅免费展示“封开杏花鸡”“封开油栗”“贺江鱼干”等86款产品，免费代销", 10, null],
    ["摄影美工", "为本县电商主体提供免费摄影、美工服务", 10, "为企业拍摄产品图1,200余张、设计详情页60余套",
      "摄影、美工服务均按每款产品50元收费，未按合同落实免费，已责令整改", 4, "未落实免费"],
    ["品牌推广", "组织农产品统一推广，指导特色农产品品牌建设", 10, "组织线上推广活动3次",
      "组织“封开油栗”区域公用品牌线上推广3次，指导6家合作社申请注册商标", 10, null],
    ["增值服务", "提供金融、物流、检测等衍生增值服务", 10, "与农商行合作开展电商贷款对接",
      "已与县农商行合作提供电商贷款对接服务（放款9笔）；物流对接服务未开展", 7, "物流对接未开展"],
    ["产业园运营", "运营县电商产业园（整合县创业孵化基地），入驻企业不少于20家", 15, "入驻企业19家",
      "产业园2020年12月整合建成；截至2021年8月31日入驻17家，9月新增2家；未达合同约定20家", 11, "入驻不足20家"],
    ["站点巡查", "每季度巡查村级站点一次并形成记录", 10, "已按季度巡查",
      "巡查记录4份，其中第二季度巡查覆盖不全（漏查7个站点）", 8, "巡查不全"],
    ["台账资料", "建立运营服务台账，按月报送县商务局", 10, "已按月报送",
      "运营台账完整，月度运营数据按月报送县商务局", 10, null],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  const tot = sum(T.map((t) => t[2])), got = sum(T.map((t) => t[5]));
  assert(tot === 100 && got === 83, "100 / 83 got " + got);
  rows.push(["合计", null, null, tot, null, "考核等次：良好（80分及以上为良好）", got, null]); merges.push(`A${R()}:C${R()}`);
  full("注：1．本表得分为运营服务合同考核得分，按合同第六条与第二期运营服务费挂钩（80分以上全额支付），不是示范县考评自评得分；2．事实以“商务局核查情况”为准，“运营方自述完成情况”仅供参考。");
  full("考核人员：县商务局 冯××、梁××，县财政局 罗××　　运营方确认：对核查情况无异议　肇庆市云岭电子商务有限公司（盖章）");
  write("facts/b128-f2-fengkai.json", {
    description:
      "肇庆封开县商务局交来当事实表的，是县商务局对第三方运营服务商的《电子商务公共服务中心及产业园运营服务年度考核评分表》（合同考核表）：三行抬头（被考核单位写明是公开招标确定的第三方运营服务商；考核期2020年10月—2021年9月；依据合同第六条），表头 序号｜考核项目｜考核内容及标准｜分值｜运营方自述完成情况｜商务局核查情况｜得分｜扣分原因，9项，合计行，两行注。读法：事实只读“商务局核查情况”（注写明），自述栏不读；标题“封开县…” → county。中心“2020年7月28日建成投入运营”（原由供销社临时运营），运营方2020年10月1日只是接手，不是投入运营日期 → 2020-07-28。培训室和电脑免费、能办基础培训 → 是；826人次只是中心自办期次，注明不含其他部门培训，不是全县培训人次，不列。展示展销免费 → 是。摄影美工“均按每款产品50元收费，未按合同落实免费” → centerPhoto否（虽然有这项服务）。品牌推广 → 是。增值服务：金融（电商贷款对接）已提供，物流对接未开展只是扣分 → centerOther是。产业园2020年12月整合建成 → parkBuilt是（入驻17家没有对应键）；运营方本身是第三方运营服务商 → thirdPartyOperator是。“得分”83分是合同考核分（注写明），不是自评分，不是claimed；表里没有县领导，不给leadership；没有考评截止日、没有主观评分。站点巡查、台账报送县商务局都不是报市商务局的月报。",
    sheets: [sheet("运营考核", rows, merges)],
    expect: {
      facts: {
        county: "封开县", centerOpened: "2020-07-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b128-f3-taishan: 江门台山市 — 《考评申请表》（Word表格贴进Excel）：选择项是“☑／□”“√／□”“■／□”勾选框文字，
// 没勾的也写在格里（成员单位“□乡村振兴（扶贫）”没勾 → principal）；快递覆盖率写的是97.6%不是100%；
// 承诺栏“如有弄虚作假”是承诺，弄虚作假读自查栏；自评只有总分
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  const one = (a, b) => { rows.push([a, b, null, null, null, null]); merges.push(`B${R()}:F${R()}`); };
  const two = (a, b, c, d) => { rows.push([a, b, null, c, d, null]); merges.push(`B${R()}:C${R()}`, `E${R()}:F${R()}`); };
  full("2019年省级电子商务进农村综合示范县创建考评申请表");
  full("申请单位（盖章）：台山市人民政府　　　　填报日期：2021年9月2日");
  full("填表说明：选择项在“□”内打“√”（或改为“☑”“■”），未勾选的为否；数据截至考评截止日2021年8月31日。");
  full("一、基本情况");
  two("县（市、区）", "台山市", "所属地级市", "江门市");
  two("常住人口（万人）", 90.8, "户籍人口（万人）", 96.5);
  two("行政村（个）", 287, "社区（个）", 35);
  one("省定贫困村", "□有（　　个）　☑无");
  full("二、组织领导");
  one("领导小组组长", "☑市（县、区）长　□常务副市（县、区）长　□分管副市（县、区）长　□其他：");
  one("领导小组成员单位", "☑商务　☑财政　☑农业农村　□乡村振兴（扶贫）　☑交通运输　☑市场监管　☑邮政管理　☑供销社");
  two("示范县工作方案", "√已正式印发　□未印发", "文号", "台府办〔2020〕5号");
  two("农村电商扶持政策", "√已出台　□未出台", "文号", "台府〔2020〕27号");
  full("三、服务体系建设");
  one("县级电子商务公共服务中心投入运营日期", "2021年1月18日");
  one("中心服务（已提供的勾选）", "☑免费培训场所、设备，能组织电商基础培训　☑特色农产品免费展示、销售　□免费摄影、美工　☑农产品统一推广、品牌建设指导　☑其他衍生增值服务（金融、物流对接）");
  two("电商产业园", "■已建成（整合优化）　□未建成", "入驻企业（家）", 23);
  two("专业第三方电商运营服务商", "■有　□无", "名称", "台山市侨乡优选电子商务有限公司");
  two("行政村物流快递覆盖率", "97.6%", "未通快递的行政村", "7个（海岛、偏远山区）");
  assert(Math.round(280 / 287 * 1000) === 976, "280/287 = 97.6%");
  full("四、农村产品上行（数据来源：省商务厅电子商务统计监测）");
  rows.push(["项目", "2019年（亿元）", "2020年（亿元）", "同比增速", null, null]); merges.push(`D${R()}:F${R()}`);
  rows.push(["农村网络零售额", 31.26, 38.94, "24.6%", null, null]); merges.push(`D${R()}:F${R()}`);
  rows.push(["农产品网络零售额", 5.08, 6.87, "35.2%", null, null]); merges.push(`D${R()}:F${R()}`);
  assert(Math.round((38.94 / 31.26 - 1) * 1000) === 246 && Math.round((6.87 / 5.08 - 1) * 1000) === 352, "24.6%, 35.2%");
  full("五、电商人才培训");
  two("累计培训（人次）", "6,358", "占常住人口", "0.70%");
  assert(Math.round(6358 / 908000 * 10000) === 70, "0.70% of 90.8万");
  two("有劳动能力的建档立卡贫困人口（不含外出务工，人）", 1046, "其中参加电商培训（人）", 538);
  full("六、信息公开及数据报送");
  one("县政府网站专栏公示内容", "☑创建方案　☑项目基本信息　☑项目建设进度　☑征求意见／监督举报窗口");
  two("向江门市商务局报送工作情况", "☑每月报送　□不定时报送　□未报送", "电商扶贫统计", "☑能统计　□未统计");
  full("七、财政资金管理");
  two("省级下达资金（万元）", 500, "累计拨付（万元）", 421.35);
  two("资金支出率", "84.3%", "资金管理制度", "☑已制定　□未制定");
  assert(Math.round(421.35 / 500 * 1000) === 843, "84.3%");
  one("项目承建方资金专用台账", "☑已建立　□未建立");
  full("八、一票否决事项（自查）");
  two("安全生产、质量事故或重大经济损失", "□有　☑无", "项目总体进度", "95%");
  one("弄虚作假", "□有　☑无");
  full("九、自评情况");
  one("自评得分", "92分（逐项自评见自评报告）");
  one("申请单位承诺", "以上所填情况真实、准确，如有弄虚作假，愿承担相应责任。");
  one("市（县、区）人民政府意见", "同意申请考评。（盖章）　2021年9月2日");
  one("地级市商务主管部门意见", "（由江门市商务局填写）");
  write("facts/b128-f3-taishan.json", {
    description:
      "江门台山市交来当事实表的，是从Word贴进Excel的《考评申请表》：A列栏目，B:F合并写内容，或一行两对（栏目｜内容｜栏目｜内容），分“一、基本情况”到“九、自评情况”九段，段标题一行合并；网零是嵌在第四段的 项目｜2019年｜2020年｜同比增速 小表。选择项都是勾选框文字，勾上的写“☑”“√”“■”，没勾的“□”也留在格里（填表说明写明未勾选的为否）。读法：填表说明写明数据截至考评截止日2021年8月31日 → asOf；县（市、区）台山市。常住人口90.8万人（户籍96.5万不是）；行政村287个（社区35个不算）；省定贫困村“□有 ☑无” → 0。组长“☑市（县、区）长”是主要领导；成员单位里“□乡村振兴（扶贫）”没勾，别的勾了 → principal，不是principal-all。方案、政策“√已…”是；中心2021年1月18日投入运营；中心服务五项里“□免费摄影、美工”没勾 → 否，其他四项是；产业园、第三方“■有”是；快递覆盖率写97.6%（7个村未通）→ 不是100%，expressCoverage否。四个网零金额（亿元）和两个增速都写了。培训6,358人次（“占常住人口0.70%”是填表人没封顶的比值，不是事实键）；贫困人口1,046人、参训538人。专栏四项全勾；“☑每月报送”没有对应键，“☑能统计” → 扶贫统计是。下达500万元、拨付421.35万元＝4,213,500元；制度、专用台账已建。否决自查：事故“☑无” → 否，进度95%，弄虚作假“☑无” → 否；承诺栏“如有弄虚作假”只是承诺。自评只有总分92分，不是逐项，不是claimed；没有主观评分。",
    sheets: [sheet("考评申请表", rows, merges)],
    expect: {
      facts: {
        county: "台山市", asOf: "2021-08-31", residentPopulation: 908000, adminVillagesStated: 287, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: yi("31.26"), ruralRetail2020: yi("38.94"),
        agriRetail2019: yi("5.08"), agriRetail2020: yi("6.87"), ruralRetailGrowthStated: 0.246, agriRetailGrowthStated: 0.352,
        trainingPersonTimesStated: 6358, eligiblePoorPersonsStated: 1046, trainedPoorPersonsStated: 538,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: wan("421.35"), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// ledgers/b128-l1-yangxi: 阳江阳西县 — ①组织部、扶贫局的《省定贫困村驻村工作队名册》当贫困村清单（一村几行队员，村名纵向合并）；
// ②2021年村（社区）“两委”换届选举结果统计表当行政村清单（“一肩挑”√不是快递也不是贫困村；社区也列着；镇小计行）；
// ③村级站点上半年运营补贴发放表（建成日期读“挂牌运营时间”；不合格、7月挂牌的补贴为0但仍是站点）；
// ④省农村电商统计监测系统“报送市商务局审核”的填报记录导出（一行一张报表；日期读提交时间，不读报告期；待提交的不是报送）；
// ⑤隐藏的下拉选项表（不是台账）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {}, USED = new Set();
  // ---------------------------------------------------------------- ① 驻村工作队名册 (poorVillages)
  // [镇, 村 as written, canonical, [[派出单位, 职务, 备注]]]
  const PV = [
    ["程村镇", "蓝袍村委会", "蓝袍村", [["中山市财政局", "第一书记", null], ["中山市财政局", "队员", null]]],
    ["程村镇", "墩头村", "墩头村", [["中山市火炬开发区管委会", "第一书记", null], ["中山市火炬开发区管委会", "队员", null], ["阳西县农业农村局", "队员", "县派"]]],
    ["上洋镇", "大坡村", "大坡村", [["中山市自然资源局", "第一书记", "2019年10月轮换离任"], ["中山市自然资源局", "第一书记", "2019年10月接任"], ["中山市自然资源局", "队员", null]]],
    ["上洋镇", "西坑村", "西坑村", [["中山市卫生健康局", "第一书记", null], ["中山市卫生健康局", "队员", null]]],
    ["织篢镇", "北额村", "北额村", [["中山市交通运输局", "第一书记", null], ["中山市交通运输局", "队员", null]]],
    ["织篢镇", "那龙村民委员会", "那龙村", [["中山市小榄镇人民政府", "第一书记", null], ["中山市小榄镇人民政府", "队员", null], ["阳西县织篢镇人民政府", "队员", "镇派"]]],
    ["溪头镇", "石河村", "石河村", [["中山市教育和体育局", "第一书记", null], ["中山市教育和体育局", "队员", null]]],
    ["溪头镇", "塘尾村", "塘尾村", [["中山市东区街道办事处", "第一书记", null]]],
    ["沙扒镇", "月塘村", "月塘村", [["中山市水务局", "第一书记", null], ["中山市水务局", "队员", null]]],
    ["儒洞镇", "边海坡村", "边海坡村", [["中山市公安局", "第一书记", null], ["中山市公安局", "队员", null]]],
    ["新墟镇", "南山村", "南山村", [["中山市古镇镇人民政府", "第一书记", null], ["中山市古镇镇人民政府", "队员", null]]],
    ["塘口镇", "大垌村", "大垌村", [["中山市供销合作社", "第一书记", null], ["中山市供销合作社", "队员", null]]],
  ];
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("阳西县省定贫困村驻村工作队（第一书记）名册");
    full("中共阳西县委组织部　阳西县扶贫开发局　　2020年3月更新　　（对口帮扶：中山市；县商务局借用作省定贫困村清单）");
    rows.push(["序号", "镇", "驻点村（省定贫困村）", "派出单位", "姓名", "职务", "性别", "联系电话", "备注"]);
    let people = 0;
    PV.forEach((v, i) => {
      const s = R() + 1;
      v[3].forEach((m, k) => {
        const sex = (i + k) % 4 === 3 ? "女" : "男";
        rows.push([k === 0 ? i + 1 : null, k === 0 ? v[0] : null, k === 0 ? v[1] : null, m[0], nameOf(i * 3 + k + 300, sex, USED), m[1], sex,
          `13${(i * 7 + k) % 10}****${String(2000 + i * 317 + k * 41).slice(-4)}`, m[2]]);
        people++;
      });
      if (v[3].length > 1) merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`, `C${s}:C${R()}`);
    });
    full(`合计：省定贫困村${PV.length}个，驻村干部${people}人（含轮换离任1人）。（县商务局注：2021年5月起新一轮驻镇帮镇扶村工作队名单另册，本名册仅作省定贫困村清单使用。）`);
    assert(people === 26, "26 cadres got " + people);
    sheets.push(sheet("驻村工作队名册", rows, merges));
    expect["驻村工作队名册"] = { kind: "poorVillages", records: PV.map((v) => ({ name: v[2] })) };
  }
  // ---------------------------------------------------------------- ② 两委换届结果 (villages)
  const TW = [
    ["程村镇", ["程村村", "红光村", "蓝袍村", "石塘村", "湖洋村", "莲塘村", "墩头村", "沙湾村民委员会", "河北村", "双鱼村"], ["程村社区"]],
    ["上洋镇", ["上洋村", "大坡村", "边海村", "双塘村", "河口村", "岭头村", "旧圩村", "东平村", "西坑村"], ["上洋社区"]],
    ["织篢镇", ["织篢村", "沙垌村", "北额村", "高田村", "石门村", "新湖村", "西山村", "丰头村", "那龙村", "溪南村", "望海村"], ["织篢社区", "东风社区"]],
  ];
  const recsV = [];
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("阳西县2021年村（社区）“两委”换届选举结果统计表");
    full("填报单位：中共阳西县委组织部　阳西县民政局　　本表：程村镇、上洋镇、织篢镇（其余镇另表）　　“一肩挑”指党组织书记兼任村（居）委会主任，打√");
    rows.push(["序号", "镇", "村（社区）", "类型", "党组织书记", "村（居）委会主任", "“一肩挑”", "选举日期", "参选率"]);
    let no = 0;
    TW.forEach((t, ti) => {
      const s = R() + 1;
      const list = t[1].map((n) => [n, "村"]).concat(t[2].map((n) => [n, "社区"]));
      // communities first in 织篢镇 (the clerk's order), last elsewhere
      if (ti === 2) list.unshift(...list.splice(t[1].length));
      list.forEach((v, k) => {
        no++;
        const sec = nameOf(no + 400, no % 5 === 2 ? "女" : "男", USED);
        const both = no % 6 !== 4;
        rows.push([no, k === 0 ? t[0] : null, v[0], v[1], sec, both ? sec : nameOf(no + 480, "男", USED), both ? "√" : null,
          `2021.3.${10 + (no % 12)}`, `${(88 + (no * 7) % 11 + (no % 3) / 10).toFixed(1)}%`]);
        recsV.push({ name: v[0], admin: v[1] === "村", poor: null, express: null });
      });
      merges.push(`B${s}:B${R()}`);
      const nv = list.filter((v) => v[1] === "村").length, nc = list.length - nv;
      rows.push([null, `${t[0]}小计`, `村${nv}个、社区${nc}个`, null, null, null, null, null, null]); merges.push(`C${R()}:I${R()}`);
    });
    full("注：选举日期为村（居）民委员会选举日；参选率为登记选民参选率。");
    assert(recsV.length === 34 && recsV.filter((r) => r.admin).length === 30, "34 rows, 30 villages");
    sheets.push(sheet("两委换届结果", rows, merges));
    expect["两委换届结果"] = { kind: "villages", records: recsV };
  }
  // ---------------------------------------------------------------- ③ 站点运营补贴发放表 (stations)
  // [镇, 站点名称, 所在村 as written, canonical, 挂牌 cell, iso, 等次, 备注]
  const ST = [
    ["程村镇", "程村村电商服务站", "程村村", "程村村", "2020.8.18", "2020-08-18", "优秀", null],
    ["程村镇", "蓝袍村电商服务站", "蓝袍村委会", "蓝袍村", "2020.8.18", "2020-08-18", "合格", null],
    ["程村镇", "墩头村电商服务站", "墩头村", "墩头村", D("2020-09-25"), "2020-09-25", "合格", null],
    ["程村镇", "程村社区电商服务站", "程村社区", "程村社区", "2020.9.25", "2020-09-25", "合格", "社区站"],
    ["程村镇", "红光村电商服务站", "红光村", "红光村", "2020年11月", "2020-11", "不合格", "考核不合格，本期不予补贴"],
    ["上洋镇", "大坡村电商服务站", "大坡村", "大坡村", "2020.10.9", "2020-10-09", "优秀", null],
    ["上洋镇", "西坑村电商服务站", "西坑村", "西坑村", "2020/12/3", "2020-12-03", "合格", null],
    ["上洋镇", "上洋圩电商服务站", "上洋村", "上洋村", "2021.1.12", "2021-01-12", "合格", null],
    ["上洋镇", "双塘村电商服务站", "双塘村民委员会", "双塘村", "2021.3.20", "2021-03-20", "合格", null],
    ["织篢镇", "北额村电商服务站", "北额村", "北额村", D("2020-08-28"), "2020-08-28", "优秀", null],
    ["织篢镇", "那龙村电商服务站", "那龙村", "那龙村", "2020.10.9", "2020-10-09", "合格", null],
    ["织篢镇", "织篢村电商服务站", "织篢村", "织篢村", "2021年2月", "2021-02", "合格", null],
    ["织篢镇", "望海村电商服务站", "望海村", "望海村", "2021.5.6", "2021-05-06", "合格", null],
    ["织篢镇", "沙垌村电商服务站", "沙垌村", "沙垌村", "2021.7.15", "2021-07-15", null, "7月挂牌，下半年发放"],
    ["溪头镇", "石河村电商服务站", "石河村", "石河村", "2020.11.30", "2020-11-30", "合格", null],
    ["溪头镇", "塘尾村电商服务站", "塘尾村委会", "塘尾村", "20201230", "2020-12-30", "合格", null],
  ];
  const months = (s) => {
    if (!s[6] || s[6] === "不合格") return 0;
    if (s[5] < "2021-01") return 6;
    const m = +s[5].slice(5, 7), d = s[5].length > 7 ? +s[5].slice(8) : 1;
    return Math.max(0, (d <= 15 ? 7 : 6) - m);
  };
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("阳西县村级电子商务服务站点2021年上半年运营补贴发放表");
    full("补贴期间：2021年1月—6月　　标准：考核合格及以上每站每月500元　　“挂牌运营时间”即站点建成投入运营时间；2021年挂牌的，15日前挂牌的当月起算，16日后的次月起算");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "挂牌运营时间", "考核等次", "补贴月数", "补贴标准（元/月）", "补贴金额（元）", "收款人", "备注"]);
    let tot = 0;
    ST.forEach((s, i) => {
      const m = months(s); tot += m * 500;
      rows.push([i + 1, s[0], s[1], s[2], s[4], s[6] || "—", m, 500, m * 500, nameOf(i + 520, i % 3 ? "男" : "女", USED), s[7]]);
    });
    rows.push(["合计", null, null, null, null, null, sum(ST.map(months)), null, tot, null, null]); merges.push(`A${R()}:F${R()}`);
    full("审核：县商务局电商股 陈××　　县财政局 林××　　发放方式：银行代发");
    assert(tot === 38000 && months(ST[8]) === 3 && months(ST[12]) === 2 && months(ST[11]) === 5, "38,000 元 got " + tot);
    sheets.push(sheet("站点运营补贴", rows, merges));
    expect["站点运营补贴"] = { kind: "stations", records: ST.map((s) => ({ village: s[3], opened: s[5] })) };
  }
  // ---------------------------------------------------------------- ④ 统计监测系统填报记录 (reports)
  const per = [];
  for (let y = 2020, m = 8; ; m++) { if (m > 12) { y++; m = 1; } per.push([y, m]); if (y === 2021 && m === 8) break; }
  assert(per.length === 13, "13 periods");
  const recsR = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("广东省农村电子商务统计监测系统　填报记录查询（导出）");
    full("填报单位：阳西县商务局　　审核单位：阳江市商务局　　导出时间：2021-09-03 09:12:45　　报送日期以“提交时间”（最后一次提交）为准；最右列由县商务局电商股补填");
    rows.push(["序号", "报告期", "报表名称", "填报人", "提交时间", "审核单位", "审核状态", "审核时间", "退回次数", "是否含电商扶贫统计"]);
    let no = 0;
    per.forEach(([y, m], k) => {
      const ym = `${y}年${String(m).padStart(2, "0")}月`;
      const ny = m === 12 ? y + 1 : y, nm = m === 12 ? 1 : m + 1;
      const base = `${ny}-${String(nm).padStart(2, "0")}`;
      const forms = [["农村电子商务发展情况月报表", false]];
      if (y === 2021 || m >= 11) forms.push(["电商扶贫情况统计表", true]);
      forms.forEach((f, j) => {
        no++;
        const last = y === 2021 && m === 8;
        const back = !last && k === 6 && j === 0;
        const day = 3 + ((k * 5 + j) % 6) + (back ? 4 : 0);
        const sub = `${base}-${String(day).padStart(2, "0")}`;
        const t = `${String(9 + (k + j) % 8).padStart(2, "0")}:${String((k * 13 + j * 7) % 60).padStart(2, "0")}:${String((k * 29 + 11) % 60).padStart(2, "0")}`;
        if (last) {
          rows.push([no, ym, f[0], "黄××", null, "阳江市商务局", "待提交", null, 0, f[1] ? "是" : "否"]);
        } else {
          rows.push([no, ym, f[0], "黄××", `${sub} ${t}`, "阳江市商务局", back ? "审核通过（退回后重报）" : "审核通过",
            `${base}-${String(day + 2).padStart(2, "0")} 10:0${j}:00`, back ? 1 : 0, f[1] ? "是" : "否"]);
          recsR.push({ date: sub, poverty: f[1] });
        }
      });
    });
    full(`共${no}条记录，其中待提交2条（2021年08月报告期，报送截止9月5日）。`);
    sheets.push(sheet("统计监测填报记录", rows, merges));
    expect["统计监测填报记录"] = { kind: "reports", records: recsR };
    assert(recsR.length === 21 && recsR.filter((r) => r.poverty).length === 9, "21 reports, 9 with poverty got " + recsR.length);
    assert(monthsCovered(recsR.map((r) => r.date)) === 12, "12 months");
  }
  // ---------------------------------------------------------------- ⑤ hidden drop-down lists
  {
    const rows = [["镇", "类型", "考核等次", "是否"]];
    const T = ["织篢镇", "程村镇", "上洋镇", "溪头镇", "沙扒镇", "儒洞镇", "新墟镇", "塘口镇"], K = ["村", "社区"], G = ["优秀", "合格", "不合格"], Y = ["是", "否"];
    T.forEach((t, i) => rows.push([t, K[i] || null, G[i] || null, Y[i] || null]));
    sheets.push(sheet("选项", rows, null, { hidden: true }));
    expect["选项"] = { kind: null };
  }
  write("ledgers/b128-l1-yangxi.json", {
    description:
      "阳江阳西县商务局交的一本台账，五个表，全是借来的或系统导出的。①《驻村工作队名册》是县委组织部、扶贫局的省定贫困村驻村工作队（第一书记）名册，借作省定贫困村清单：一行一个驻村干部，序号、镇、驻点村（省定贫困村）纵向合并，一个村2—3行；“蓝袍村委会”“那龙村民委员会”就是蓝袍村、那龙村；大坡村有两个第一书记（一个轮换离任）仍是一个村；墩头村、那龙村有县派、镇派队员。读法：一村一条，共12个省定贫困村；合计行不是记录。②《两委换届结果》是2021年村（社区）“两委”换届选举结果统计表（只有程村、上洋、织篢三镇），借作行政村清单：“类型”村 → 行政村、社区 → 不是；织篢镇社区排在前面；“一肩挑”列的√是书记兼主任，不是快递覆盖，也不是贫困村，表里没有贫困村、快递列 → poor、express都为null；“沙湾村民委员会”＝沙湾村；镇小计行不是记录。共34条（30个村、4个社区）。③《站点运营补贴》是上半年站点运营补贴发放表：建成日期读“挂牌运营时间”（抬头写明），格式有“2020.8.18”、真日期、“2020年11月”（只到月）、“2020/12/3”、“20201230”；红光村站考核不合格补贴0、沙垌村站7月挂牌补贴0，都仍是站点；程村社区站也是站点记录；“蓝袍村委会”“双塘村民委员会”“塘尾村委会”按村读；补贴月数、金额、合计不是日期也不是记录。共16条。④《统计监测填报记录》是省农村电商统计监测系统“报送市商务局审核”的填报记录导出：一行一张报表，报送日期读“提交时间”（日期时间文本，取日期），不读“报告期”（2020年08月的报表2020年9月提交）；2020年11月报告期起每月两张表，“电商扶贫情况统计表”那行最右补填列“是”，月报表“否”；2021年08月报告期两行“待提交”、没有提交时间，不是报送；退回后重报的那行读最后一次提交时间。共21条（月报表12条、扶贫统计表9条）。⑤《选项》是隐藏的下拉选项表（镇名、村／社区、考核等次、是否），不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b128-l2-xinxing: 云浮新兴县 — ①县商务局《电子商务培训讲课费发放表》当培训台账：一期培训两位老师的，日期、班名、地点、培训人次纵向合并（一期一条）；
// 本局干部授课不发讲课费（金额0）也是一期；三天的班按结束日、人次按表头“人次”；
// ②省扶贫信息系统“家庭成员信息”导出（一户几行；劳动技能、务工状况按表上说明读；在校生务工状况空白）；
// ③电商产业园入驻企业消防安全责任书签订台账（“签订日期”不是入驻日期；已退园、9月新入驻照列）；④由②做的透视统计（不是台账）
// =====================================================================================
(function l2() {
  const AREA = "445321";
  const sheets = [], expect = {}, USED = new Set();
  // ---------------------------------------------------------------- ① 讲课费发放表 (training sessions)
  // [日期 cell, iso(end), 班名, 地点, 人次 cell, 人次, [[教师, 职称/单位, 课时, 标准]], 备注]
  const S = [
    ["2020.9.17", "2020-09-17", "农村电商基础知识普及班", "县电商公共服务中心", 86, 86, [["朱××", "高级讲师／云浮市技师学院", 6, 200]], null],
    ["2020.10.22", "2020-10-22", "网店开设与运营实务班", "县电商公共服务中心", 64, 64, [["欧××", "副教授／广东农工商职业技术学院", 3, 500], ["陈××", "电子商务师／新兴县禾农电商公司", 3, 200]], null],
    [D("2020-11-19"), "2020-11-19", "新兴凉果网络营销专题班", "东成镇文化站", "72人次", 72, [["黄××", "运营总监／广州某电商公司", 6, 300]], null],
    ["2020.12.10", "2020-12-10", "农村电商普及班（太平镇）", "太平镇政府会议室", 95, 95, [["黎××", "县商务局电商股股长", 4, 0]], "本局干部授课，不发讲课费"],
    ["2021.1.14", "2021-01-14", "年货节直播带货实操班", "县电商公共服务中心", 48, 48, [["何××", "主播／新兴县播商传媒公司", 3, 300], ["梁××", "运营／新兴县播商传媒公司", 3, 200]], null],
    ["2021.3.16—3.18", "2021-03-18", "脱贫户电商技能专题班（三天）", "县电商公共服务中心", 135, 135, [["朱××", "高级讲师／云浮市技师学院", 12, 200], ["欧××", "副教授／广东农工商职业技术学院", 6, 500]], "3天，每天45人，按人次合计"],
    ["2021.4.8", "2021-04-08", "短视频拍摄与剪辑班", "六祖镇政府会议室", 57, 57, [["冯××", "摄影师／云浮市影像协会", 6, 300]], null],
    ["2021年5月20日", "2021-05-20", "农产品品牌与包装设计班", "县电商公共服务中心", 61, 61, [["罗××", "设计总监／肇庆某设计公司", 6, 300]], null],
    ["2021.6.24", "2021-06-24", "农村电商普及班（里洞镇）", "里洞镇文化站", 88, 88, [["黎××", "县商务局电商股股长", 2, 0], ["陈××", "电子商务师／新兴县禾农电商公司", 4, 200]], "上午本局干部授课不发讲课费"],
    ["2021.7.29", "2021-07-29", "跨境电商入门班", "县电商公共服务中心", 42, 42, [["欧××", "副教授／广东农工商职业技术学院", 6, 500]], null],
    [D("2021-08-19"), "2021-08-19", "电商物流与冷链专题班", "县电商公共服务中心", 53, 53, [["苏××", "经理／云浮市顺丰速运", 6, 200]], null],
    ["2021.9.14", "2021-09-14", "农村青年电商创业班", "县电商公共服务中心", 70, 70, [["何××", "主播／新兴县播商传媒公司", 6, 300]], null],
  ];
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("新兴县商务局电子商务培训讲课费发放表");
    full("2020年9月—2021年9月　　金额单位：元　　一期培训由两位及以上老师授课的，培训日期、班名、地点、培训人次合并填写（一期只算一次人次）");
    rows.push(["序号", "培训日期", "培训班名称", "培训地点", "培训人次", "授课教师", "职称／单位", "课时", "课酬标准（元/课时）", "金额", "领款人签名", "备注"]);
    let tp = 0, money = 0;
    S.forEach((s, i) => {
      const st = R() + 1;
      s[6].forEach((t, k) => {
        const amt = t[2] * t[3]; money += amt;
        rows.push([k === 0 ? i + 1 : null, k === 0 ? s[0] : null, k === 0 ? s[2] : null, k === 0 ? s[3] : null, k === 0 ? s[4] : null,
          t[0], t[1], t[2], t[3], amt, t[3] ? t[0] : "—", k === 0 ? s[7] : null]);
      });
      if (s[6].length > 1) ["A", "B", "C", "D", "E"].forEach((c) => merges.push(`${c}${st}:${c}${R()}`));
      tp += s[5];
    });
    rows.push(["合计", null, null, null, `${tp}人次`, null, null, sum(S.flatMap((s) => s[6].map((t) => t[2]))), null, money, null, null]); merges.push(`A${R()}:D${R()}`);
    full("经办人：黎××　　审核：县商务局办公室 梁××　　局长审批：同意　　讲课费由县财政专项资金列支");
    assert(tp === 871 && sum(S.filter((s) => s[1] <= AS_OF).map((s) => s[5])) === 801, "871 人次, 801 by cut-off, got " + tp);
    sheets.push(sheet("讲课费发放表", rows, merges));
    expect["讲课费发放表"] = { kind: "training", records: S.map((s) => ({ date: s[1], personTimes: s[5] })) };
  }
  // ---------------------------------------------------------------- ② 扶贫系统 家庭成员信息导出 (poorPersons)
  // households: [镇, 村, [[关系, 性别, birth, 劳动技能, 务工状况, 务工月数, 在校生]]]
  const HH = [
    ["东成镇", "罗陈村", [["户主", "男", "19680312", "普通劳动力", "乡（镇）内务工", 10, null], ["配偶", "女", "19700805", "普通劳动力", "未务工", 0, null],
      ["之子", "男", "19940611", "技能劳动力", "省外务工", 11, null], ["之女", "女", "20050923", "无劳动力", null, null, "在校生（高中）"]]],
    ["东成镇", "云河村", [["户主", "男", "19550207", "弱劳动力或半劳动力", "未务工", 0, null], ["配偶", "女", "19580419", "丧失劳动力", "未务工", 0, null]]],
    ["太平镇", "竹围村", [["户主", "女", "19760118", "普通劳动力", "乡（镇）外县内务工", 8, null], ["之子", "男", "19990730", "普通劳动力", "县外省内务工", 12, null],
      ["之子", "男", "20030514", "普通劳动力", "未务工", 0, null]]],
    ["太平镇", "岗坪村", [["户主", "男", "19720926", "技能劳动力", "县外省内务工", 9, null], ["配偶", "女", "19740302", "普通劳动力", "乡（镇）内务工", 6, null],
      ["之女", "女", "20080816", "无劳动力", null, null, "在校生（初中）"], ["之母", "女", "19460110", "无劳动力", "未务工", 0, null]]],
    ["里洞镇", "大望村", [["户主", "男", "19810420", "普通劳动力", "未务工", 0, null], ["配偶", "女", "19830715", "弱劳动力或半劳动力", "未务工", 0, null],
      ["之子", "男", "20060228", "无劳动力", null, null, "在校生（高中）"]]],
    ["里洞镇", "良洞村", [["户主", "男", "19630521", "普通劳动力", "乡（镇）内务工", 7, null], ["之子", "男", "19890103", "普通劳动力", "省外务工", 12, null],
      ["儿媳", "女", "19910817", "普通劳动力", "省外务工", 12, null]]],
    ["六祖镇", "夏卢村", [["户主", "女", "19650930", "普通劳动力", "未务工", 0, null], ["之女", "女", "19920404", "技能劳动力", "乡（镇）外县内务工", 10, null]]],
    ["天堂镇", "内洞村", [["户主", "男", "19770612", "普通劳动力", "乡（镇）内务工", 9, null], ["配偶", "女", "19791108", "普通劳动力", "县外省内务工", 10, null],
      ["之父", "男", "19480225", "丧失劳动力", "未务工", 0, null]]],
    ["簕竹镇", "榄根村", [["户主", "男", "19860117", "技能劳动力", "未务工", 0, null], ["配偶", "女", "19880623", "普通劳动力", "乡（镇）内务工", 5, null]]],
  ];
  const LAB = { 普通劳动力: true, 技能劳动力: true, 弱劳动力或半劳动力: true, 丧失劳动力: false, 无劳动力: false };
  const MIG = { "乡（镇）内务工": false, "乡（镇）外县内务工": false, 县外省内务工: true, 省外务工: true, 未务工: false };
  const recsP = [], PEOPLE = [];
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("家庭成员信息（导出）");
    full("数据来源：广东省扶贫信息系统　　导出单位：新兴县乡村振兴局（原县扶贫办）　　导出时间：2021-07-15　　范围：县商务局电商培训帮扶对象（部分镇）");
    full("口径说明：劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的属有劳动能力，“丧失劳动力”“无劳动力”的属无劳动能力；务工状况为“县外省内务工”“省外务工”的属外出务工，“乡（镇）内务工”“乡（镇）外县内务工”“未务工”的不属外出务工；在校生不填务工状况。");
    rows.push(["序号", "镇", "村", "户编号", "姓名", "与户主关系", "性别", "证件号码", "劳动技能", "务工状况", "务工时间（月）", "在校生状况", "脱贫年度"]);
    let no = 0;
    HH.forEach((h, hi) => {
      const hid = `4453210${String(10203 + hi * 97).padStart(6, "0")}`;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept as the blind writer wrote it
      h[2].forEach((m, k) => {
        no++;
        const id = makeIdSex(AREA, m[2], 100 + no * 37, no === 9, m[1]);
        const name = nameOf(no + 700, m[1], USED);
        const cell = no === 9 ? id.toLowerCase() : id;
        rows.push([no, h[0], h[1], hid, name, m[0], m[1], cell, m[3], m[4], m[5], m[6], 2019 + (hi % 2)]);
        recsP.push({ id, labour: LAB[m[3]], migrant: m[4] === null ? null : MIG[m[4]] });
        PEOPLE.push({ labour: m[3], work: m[4] });
      });
    });
    assert(recsP.length === 26 && recsP[8].id.endsWith("X"), "26 persons, one with X");
    const elig = recsP.filter((r) => r.labour && r.migrant === false).length;
    assert(elig === 14 && recsP.filter((r) => r.migrant === null).length === 3, "14 eligible got " + elig);
    full(`共${HH.length}户${no}人。`);
    sheets.push(sheet("家庭成员信息", rows, merges));
    expect["家庭成员信息"] = { kind: "poorPersons", records: recsP };
  }
  // ---------------------------------------------------------------- ③ 消防安全责任书签订台账 (enterprises)
  // [企业名称, 类型, 入驻 cell, entered iso, 位置, 签订 cell, left iso|null, 备注]
  const EN = [
    ["新兴县禾农电子商务有限公司", "电商运营商", "2020.6.8", "2020-06-08", "A栋101", "2021.1.12", null, "园区运营方"],
    ["新兴县凉果人家食品网店", "销售型", "2020.6.8", "2020-06-08", "A栋102", "2021.1.12", null, null],
    ["云浮市天露山农产品电子商务有限公司", "销售型", "2020.6.22", "2020-06-22", "A栋103", "2021.1.12", null, null],
    ["新兴县播商传媒有限公司", "直播电商", "2020年7月", "2020-07", "A栋201", "2021.1.12", null, null],
    ["新兴县温氏优选网络科技有限公司", "平台型", D("2020-07-20"), "2020-07-20", "A栋202", "2021.1.13", null, null],
    ["新兴县顺达快递服务有限公司", "物流企业", "2020.8.3", "2020-08-03", "B栋仓库1", "2021.1.13", null, null],
    ["新兴县六祖禅茶电商工作室", "销售型", "2020.8.17", "2020-08-17", "A栋203", "2021.1.13", "2021-06-30", "已退园（2021.6.30），责任书随之终止"],
    ["新兴县香荔园电子商务有限公司", "销售型", "2020.9.1", "2020-09-01", "A栋204", "2021.1.14", null, null],
    ["云浮市云链冷链物流有限公司", "物流企业", "2020.10.12", "2020-10-12", "B栋冷库", "2021.1.14", null, null],
    ["新兴县簕竹农品电子商务有限公司", "销售型", "2020.11.5", "2020-11-05", "A栋205", "2021.1.14", null, null],
    ["新兴县云端代运营服务有限公司", "电商运营商", "2021.3.1", "2021-03-01", "A栋206", "2021.3.5", null, "入驻后补签"],
    ["新兴县里洞腐竹网销合作社", "销售型", "2021年4月", "2021-04", "A栋207", "2021.4.16", null, "入驻后补签"],
    ["云浮市乡味直播基地有限公司", "直播电商", "2021.5.18", "2021-05-18", "A栋301", "2021.5.24", null, "入驻后补签"],
    ["新兴县丰年米业网店", "销售型", "2021.9.1", "2021-09-01", "A栋203", "2021.9.3", null, "9月新入驻（原六祖禅茶工作室房间）"],
  ];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("新兴县电子商务产业园入驻企业消防安全责任书签订台账（2021年度）");
    full("新兴县电商产业园管理办公室（园区运营方代管）　　2021年度责任书于1月集中签订，年中入驻的于入驻后补签　　统计至2021年9月6日");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "所在位置", "消防安全责任人", "责任书签订日期", "园区签收人", "备注"]);
    EN.forEach((e, i) => rows.push([i + 1, e[0], creditCode("445321", i + 3), e[1], e[2], e[4], nameOf(i + 800, i % 3 === 1 ? "女" : "男", USED), e[5], "温××", e[7]]));
    full(`共签订${EN.length}份，其中1家已退园（责任书终止）。`);
    sheets.push(sheet("消防责任书签订", rows, merges));
    expect["消防责任书签订"] = { kind: "enterprises", records: EN.map((e) => ({ name: e[0], entered: e[3], left: e[6] })) };
    const inPark = EN.filter((e) => e[3] <= AS_OF && !(e[6] && e[6] <= AS_OF)).length;
    assert(EN.length === 14 && inPark === 12 && new Set(EN.map((e) => e[0])).size === 14, "14 rows, 12 in the park at cut-off");
  }
  // ---------------------------------------------------------------- ④ 透视统计 (not a ledger)
  {
    const LABS = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力"];
    const WORKS = ["乡（镇）内务工", "乡（镇）外县内务工", "县外省内务工", "省外务工", "未务工", "（空白）"];
    const rows = [["计数项:姓名", "务工状况"].concat(Array(WORKS.length).fill(null))];
    rows.push(["劳动技能"].concat(WORKS, ["总计"]));
    let grand = 0;
    LABS.forEach((l) => {
      const r = [l];
      WORKS.forEach((w) => { const n = PEOPLE.filter((p) => p.labour === l && (p.work || "（空白）") === w).length; r.push(n || null); });
      const t = PEOPLE.filter((p) => p.labour === l).length; grand += t; r.push(t); rows.push(r);
    });
    rows.push(["总计"].concat(WORKS.map((w) => PEOPLE.filter((p) => (p.work || "（空白）") === w).length || null), [grand]));
    assert(grand === 26, "pivot total");
    sheets.push(sheet("透视统计", rows, ["B1:H1"]));
    expect["透视统计"] = { kind: null };
  }
  write("ledgers/b128-l2-xinxing.json", {
    description:
      "云浮新兴县商务局交的一本台账，四个表。①《讲课费发放表》是商务局的讲课费发放表，拿来当培训台账：表头 序号｜培训日期｜培训班名称｜培训地点｜培训人次｜授课教师｜职称／单位｜课时｜课酬标准｜金额｜领款人签名｜备注，一期培训有两位老师的，序号、日期、班名、地点、培训人次纵向合并（抬头写明一期只算一次人次）。读法：一期一条，人次读“培训人次”（“72人次”照读），不按老师行数算；太平镇那期本局干部授课不发讲课费（金额0、领款人“—”）也是一期；“2021.3.16—3.18”三天的班按结束日2021-03-18，人次135（备注写明每天45人按人次合计）；日期有“2020.9.17”、真日期、“2021年5月20日”；9月14日那期照列；课时、金额、合计行不是记录。共12期871人次（截至8月31日801人次）。②《家庭成员信息》是省扶贫信息系统导出的家庭成员表，一户几行，一行一人；口径说明行写明：普通、技能、弱劳动力或半劳动力为有劳动能力，丧失劳动力、无劳动力为无；县外省内务工、省外务工为外出务工，乡（镇）内、乡（镇）外县内务工和未务工不是；在校生的务工状况空白 → migrant为null（不是否）；一个证件号码末位是小写x，读作大写X；户编号、务工时间、脱贫年度不读。共26人（有劳动能力且不外出务工的14人）。③《消防责任书签订》是产业园入驻企业消防安全责任书签订台账：入驻读“入驻时间”（“2020年7月”“2021年4月”只到月，有一个真日期），不读“责任书签订日期”（1月集中签订）；六祖禅茶工作室备注“已退园（2021.6.30）” → 退出日期2021-06-30；丰年米业2021.9.1新入驻照列。共14家。④《透视统计》是由②做的数据透视表（劳动技能×务工状况计数），不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// counties/b128-c1-potou: 湛江坡头区 — 事实、主观分和逐项自评在湛江市商务局下发的《考评基础数据汇总表》里（一县一行的宽表，
// 两行表头，别的县的行空着，只有坡头区一行）；台账全是借来的或系统导出的：区工信局光纤4G覆盖表（含贫困村列、无快递列）、
// 运营方站点交易额统计（开业时间；9月新开）、培训“一期一档”归档目录（应到／实到）、脱贫劳动力专班结业考核成绩单、培训意愿摸底表、
// 产业园装修押金收退登记（退押金不一定是退园）、财务软件科目明细账（月｜日分列；本月合计、本年累计、年终结转）、机要文件交换登记、
// 网站内容管理系统稿件导出（草稿未发布；别的栏目不算）、对外宣传稿件奖励申报、政务信息报送登记
// =====================================================================================
(function c1() {
  const AREA = "440804";
  const sheets = [], USED = new Set();
  const TOWNS = [
    ["坡头镇", ["坡头村", "田头村", "文章村", "塘东村", "那洋村", "岭头村", "麻俸村", "五里村", "博立村", "东山村", "黄屋村", "下岭村"], ["坡头社区"]],
    ["龙头镇", ["龙头村", "沙坡村", "北岸村", "东岸村", "荔枝村", "那蓬村", "平山村", "东田村", "石角村", "清坡村", "岭排村", "横山村", "下山村"], ["龙头社区"]],
    ["乾塘镇", ["乾塘村", "莫村村", "塘尾村", "沙城村", "南边村", "坡仔村", "符屋村", "米稔村", "城月村", "乾西村", "西湾村"], ["乾塘社区"]],
    ["南三镇", ["灯塔村", "五里山港村", "地聚村", "巴东村", "田头仔村", "新圩村", "蓝田村", "调神村", "石门村", "北茂村", "沙头村", "东头山村", "南渡村", "光明村"], ["南三社区"]],
    ["官渡镇", ["官渡村", "大山村", "西村村", "蛇头村", "坡尾村", "南门村", "大塘村", "后坡村", "吉水村", "黎屋村", "龙眼村", "虾山村"], ["官渡社区"]],
    ["麻斜街道", ["麻斜村", "调顺村", "洋村村", "新屋村", "麻俸坡村", "六岭村"], ["麻斜社区", "海湾社区"]],
    ["南调街道", ["南调村", "调罗村", "三合村", "北山村", "东升村", "岭南村"], ["南调社区", "南油社区"]],
  ];
  const ADMIN = TOWNS.flatMap((t) => t[1]), COMM = TOWNS.flatMap((t) => t[2]);
  const townOf = (v) => TOWNS.find((t) => t[1].includes(v) || t[2].includes(v))[0];
  const POOR = ["文章村", "那蓬村", "米稔村", "巴东村", "调神村", "蛇头村", "黎屋村", "六岭村"];
  assert(ADMIN.length === 74 && new Set(ADMIN).size === 74 && COMM.length === 9 && new Set(ADMIN.concat(COMM)).size === 83, "74 villages, 9 communities");
  POOR.forEach((p) => assert(ADMIN.includes(p), "poor " + p));
  const isoAdd = (iso, d) => new Date(Date.parse(iso + "T00:00:00Z") + d * 86400000).toISOString().slice(0, 10);
  const BASE = 336000;

  // ---------------------------------------------------------------- 光纤4G覆盖 (villages: poor column, no express column)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("坡头区行政村（社区）光纤宽带和4G网络覆盖情况表");
    full("填报单位：坡头区工业和信息化局（会同电信、移动、联通坡头分公司）　　2021年6月　　“光纤通达”“4G覆盖”：√是，×否");
    rows.push(["序号", "镇（街道）", "村（社区）", "类别", "是否省定贫困村", "光纤通达", "4G覆盖", "宽带端口数（个）", "备注"]);
    let no = 0;
    TOWNS.forEach((t) => {
      const s = R() + 1;
      t[1].map((v) => [v, "行政村"]).concat(t[2].map((v) => [v, "社区"])).forEach((v, k) => {
        no++;
        const poor = POOR.includes(v[0]);
        rows.push([no, k === 0 ? t[0] : null, v[0], v[1], poor ? "是" : "否", no % 23 === 7 ? "×" : "√", "√", 96 + (no * 37) % 260, no % 23 === 7 ? "2021年底前建成" : poor ? "贫困村网络覆盖工程" : null]);
      });
      merges.push(`B${s}:B${R()}`);
    });
    full(`合计：行政村${ADMIN.length}个（其中省定贫困村${POOR.length}个）、社区${COMM.length}个。`);
    sheets.push(sheet("光纤4G覆盖", rows, merges));
  }
  // ---------------------------------------------------------------- 站点交易额 (stations)
  const UNCOV = ["五里村", "博立村", "东山村", "下岭村", "平山村", "石角村", "横山村", "下山村", "沙城村", "坡仔村", "城月村", "西湾村",
    "新圩村", "石门村", "东头山村", "光明村", "大山村", "龙眼村", "虾山村", "新屋村", "麻俸坡村", "三合村", "岭南村"];
  const COVERED = ADMIN.filter((v) => !UNCOV.includes(v));
  assert(UNCOV.length === 23 && COVERED.length === 51 && POOR.every((p) => COVERED.includes(p)), "51 covered incl. all poor");
  const WR = { 塘东村: "塘东村委会", 东岸村: "东岸村民委员会", 符屋村: "符屋村委会", 后坡村: "后坡村委会" };
  // [town, name, written, canonical, iso, cell, note]
  const ST = [];
  const fmtM = (iso) => `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月`;
  COVERED.forEach((v, i) => {
    let iso = isoAdd("2020-07-15", i * 7), cell;
    if (v === "六岭村") { iso = "2021-08-31"; cell = "2021.8.31"; }
    else if (i % 5 === 2) { cell = fmtM(iso); iso = iso.slice(0, 7); }
    else cell = [fmtDot, D, null, fmtSlash, fmtCn][i % 5](iso);
    ST.push([townOf(v), `${v}电商服务站`, WR[v] || v, v, iso, cell, v === "六岭村" ? "8月31日开业" : null]);
    if (v === "坡头村") ST.push(["坡头镇", "坡头圩电商服务站", "坡头村", "坡头村", "2021-03-02", "2021.3.2", "第二个站点（圩镇）"]);
    if (v === "龙头村") ST.push(["龙头镇", "龙头社区电商服务站", "龙头社区", null, isoAdd(iso, 3), fmtDot(isoAdd(iso, 3)), "社区站"]);
  });
  ST.push(["官渡镇", "虾山村电商服务站", "虾山村", "虾山村", "2021-09-06", "2021.9.6", "9月开业，交易额下期统计"]);
  assert(ST.length === 54, "54 stations");
  const openedBy = (s) => (s[4].length === 7 ? s[4] <= "2021-08" : s[4] <= AS_OF);
  const covIn = new Set(ST.filter((s) => s[3] && ADMIN.includes(s[3]) && openedBy(s)).map((s) => s[3]));
  const covPoor = POOR.filter((p) => covIn.has(p));
  assert(covIn.size === 51 && covIn.size * 100 < 74 * 70 && covIn.size * 100 >= 74 * 50 && (covIn.size + 1) * 100 >= 74 * 70, "51/74 = 68.9% (52 would be 70.3%)");
  assert(covPoor.length === 8, "all poor covered");
  {
    const W = 15, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:O${R()}`); };
    full("坡头区村级电子商务服务站点交易额统计表（2021年1—8月）");
    full("报送单位：湛江粤西电商科技有限公司（区电商公共服务中心运营方）　　金额单位：元　　“—”为当月未开业　　“开业时间”即站点建成投入运营时间　　2021年9月8日");
    rows.push(["序号", "镇（街道）", "站点名称", "所在村（社区）", "开业时间", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "1—8月合计", "备注"]);
    const colTot = Array(8).fill(0);
    ST.forEach((s, i) => {
      const r = [i + 1, s[0], s[1], s[2], s[5]];
      let t = 0;
      for (let m = 1; m <= 8; m++) {
        const ym = `2021-${String(m).padStart(2, "0")}`;
        if (s[4].slice(0, 7) > ym) { r.push("—"); continue; }
        const v = s[6] === "8月31日开业" ? 0 : 1500 + ((i * 37 + m * 53) % 90) * 100;
        r.push(v); t += v; colTot[m - 1] += v;
      }
      r.push(t, s[6]);
      rows.push(r);
    });
    rows.push(["合计", null, null, `${ST.length}个站点`, null].concat(colTot, [sum(colTot), null])); merges.push(`A${R()}:C${R()}`);
    sheets.push(sheet("站点交易额", rows, merges));
  }
  // ---------------------------------------------------------------- 培训一期一档 (training sessions: 实到)
  const TOP = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄剪辑", "农产品品牌与包装", "社群营销", "电商美工", "电商物流与冷链"];
  const PLACE = ["区电商公共服务中心", "南三镇文化站", "乾塘镇政府会议室", "官渡镇文化站", "龙头镇政府会议室", "坡头镇文化站"];
  // [iso(end), 日期 cell, 名称, 地点, 应到, 实到, 归档 iso]
  const SS = [];
  for (let k = 0; k < 29; k++) {
    const iso = isoAdd("2020-06-10", k * 15);
    const real = 62 + (k * 17) % 45, due = real + (k * 7) % 13;
    SS.push([iso, [fmtDot, fmtCn, D, fmtDot][k % 4](iso), `${TOP[k % 8]}培训班`, PLACE[k % 6], due, real, isoAdd(iso, 10 + (k % 6))]);
  }
  SS.push(["2021-04-09", "2021.4.7—4.9", "农村青年电商创业班（三天）", "区电商公共服务中心", 165, 156, "2021-04-20"]);
  SS.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  assert(SS.every((s) => s[0] <= AS_OF), "all 30 by cut-off");
  const others = sum(SS.map((s) => s[5])) - SS[SS.length - 1][5];
  SS[SS.length - 1][5] = 2520 - others; SS[SS.length - 1][4] = SS[SS.length - 1][5] + 6;
  assert(SS[SS.length - 1][5] >= 50 && SS[SS.length - 1][5] <= 120 && SS[SS.length - 1][0] >= "2021-08-01", "last August session " + SS[SS.length - 1][5]);
  const SEPT = [["2021-09-02", "2021.9.2", "农村电商基础知识培训班", "官渡镇文化站", 95, 88, "2021-09-09"], ["2021-09-09", "2021.9.9", "直播带货实操培训班", "区电商公共服务中心", 80, 76, null]];
  const A_IN = sum(SS.map((s) => s[5])), A_SEPT = sum(SEPT.map((s) => s[5])), DUE_IN = sum(SS.map((s) => s[4]));
  assert(A_IN === 2520 && A_SEPT === 164, "2520 + 164");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("坡头区电子商务培训档案“一期一档”归档目录");
    full("区电商公共服务中心档案室　　人次按“实到人数（按签到表）”计，“应到人数”为通知人数；多天的班按天累计人次　　不含“脱贫劳动力电商专班”（另见成绩单）");
    rows.push(["档号", "培训日期", "培训名称", "培训地点", "主办单位", "应到人数", "实到人数（按签到表）", "签到表（页）", "照片（张）", "归档日期"]);
    SS.concat(SEPT).forEach((s, i) => rows.push([`PT-PX-${s[0].slice(0, 4)}-${String(i + 1).padStart(3, "0")}`, s[1], s[2], s[3],
      i % 3 === 1 ? "区商务局、区妇联" : "区商务局", s[4], s[5], Math.ceil(s[5] / 25), 6 + (i % 5) * 2, s[6] ? fmtDot(s[6]) : "未归档"]));
    rows.push(["合计", null, `${SS.length + SEPT.length}期`, null, null, DUE_IN + sum(SEPT.map((s) => s[4])), A_IN + A_SEPT, null, null, null]); merges.push(`A${R()}:B${R()}`);
    sheets.push(sheet("培训一期一档", rows, merges));
  }
  // ---------------------------------------------------------------- 摸底表 (poorPersons) + 专班成绩单 (training persons)
  const LAB_E = ["有", "有", "有", "弱"], WORK_E = ["区内务工", "在家务农", "未就业", "区内务工", "在家务农"], WORK_M = ["区外务工（省内）", "省外务工"];
  const MPLACE = [["广州市番禺区", WORK_M[0]], ["广西玉林市", WORK_M[1]], ["湛江市霞山区", WORK_M[0]], ["海南省海口市", WORK_M[1]], ["东莞市长安镇", WORK_M[0]], ["深圳市宝安区", WORK_M[0]]];
  const PP = [];
  for (let i = 0; i < 36; i++) {
    const grp = i < 26 ? "E" : i < 32 ? "M" : "N";
    const sex = i % 3 === 2 ? "女" : "男";
    const birth = `${1966 + (i * 7) % 34}${String(1 + (i * 5) % 12).padStart(2, "0")}${String(1 + (i * 11) % 28).padStart(2, "0")}`;
    const vil = [...POOR, "田头村", "龙头村", "灯塔村", "官渡村"][i % 12];
    PP.push({ i, grp, sex, birth, vil, name: nameOf(i + 900, sex, USED), id: makeIdSex(AREA, birth, 300 + i * 41, i === 5, sex),
      labour: grp === "N" ? "无" : grp === "E" ? LAB_E[i % 4] : "有", work: grp === "E" ? WORK_E[i % 5] : grp === "M" ? MPLACE[i - 26][1] : "无",
      place: grp === "M" ? MPLACE[i - 26][0] : null });
  }
  const E = PP.filter((p) => p.grp === "E"), M = PP.filter((p) => p.grp === "M"), N = PP.filter((p) => p.grp === "N");
  assert(E.length === 26 && M.length === 6 && N.length === 4 && PP[5].id.endsWith("X") && PP[5].grp === "E", "36 persons");
  assert(M.some((p) => p.place === "湛江市霞山区"), "a migrant within the city but outside the district");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("坡头区脱贫劳动力电商培训意愿摸底调查表");
    full("区乡村振兴局、区商务局　　2021年3月摸底（经区乡村振兴局确认）");
    full("说明：劳动能力填“有”“弱”的均为有劳动能力，填“无”的为无劳动能力；务工情况为“区外务工（省内）”“省外务工”的为外出务工（含在湛江市其他区务工），“区内务工”“在家务农”“未就业”的不属外出务工。");
    rows.push(["序号", "镇（街道）", "村", "姓名", "性别", "身份证号", "劳动能力", "务工情况", "务工地点", "是否有培训意愿", "意愿培训内容"]);
    PP.forEach((p, k) => rows.push([k + 1, townOf(p.vil), p.vil, p.name, p.sex, p.id, p.labour, p.work, p.place, p.grp === "N" ? "否" : k % 4 === 3 ? "否" : "是",
      p.grp === "N" ? null : ["直播带货", "网店开设", "短视频", "农产品包装"][k % 4]]));
    full(`合计${PP.length}人：有劳动能力${E.length + M.length}人（其中外出务工${M.length}人），无劳动能力${N.length}人。`);
    sheets.push(sheet("培训意愿摸底", rows, merges));
  }
  const C1 = E.slice(0, 11).concat([M[0], M[1], N[0]]), C2 = E.slice(11, 15).concat([E[0], E[1], M[2]]);
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("坡头区脱贫劳动力电商专班结业考核成绩单");
    full("主办：区乡村振兴局、区商务局　　每期连续5天，“考核日期”即结业日期　　本专班学员均为脱贫劳动力，专班不在《培训一期一档》目录内");
    rows.push(["序号", "班次", "培训起止", "姓名", "性别", "身份证号", "村", "理论成绩", "实操成绩", "考核结果", "考核日期"]);
    let no = 0;
    [["第一期", "2021.4.26—4.30", "2021.4.30", C1], ["第二期", "2021.8.30—9.3", D("2021-09-03"), C2]].forEach(([cls, range, day, list]) => {
      list.forEach((p, k) => {
        no++;
        const th = 62 + (no * 13) % 36, pr = 60 + (no * 17) % 38;
        rows.push([no, cls, range, p.name, p.sex, p === PP[5] ? p.id.toLowerCase() : p.id, p.vil, th, pr, th >= 60 && pr >= 60 ? "合格" : "不合格", day]);
        void k;
      });
    });
    full("注：第二期2021年8月30日开班、9月3日结业考核。");
    sheets.push(sheet("专班成绩单", rows, merges));
  }
  const B_IN = C1.length, B_SEPT = C2.length;
  const PT = A_IN + B_IN, PT_STATED = A_IN + A_SEPT + B_IN + B_SEPT;
  assert(PT === 2534 && PT * 1000 >= BASE * 6 && PT * 1000 < BASE * 8, "2534/336000 = 0.754% → 6");
  assert(PT_STATED === 2705 && PT_STATED * 1000 >= BASE * 8 && (PT + A_SEPT) * 1000 >= BASE * 8 && DUE_IN + B_IN >= BASE * 8 / 1000, "naive counts reach 0.8%");
  const tIn = new Set(C1.map((p) => p.id)), tAll = new Set(C1.concat(C2).map((p) => p.id));
  const trainedE = E.filter((p) => tIn.has(p.id)).length, trainedEAll = E.filter((p) => tAll.has(p.id)).length;
  assert(trainedE === 11 && trainedEAll === 15, "11/26, 15/26");
  assert(trainedE * 100 >= 26 * 40 && trainedE * 100 < 26 * 50 && trainedEAll * 100 >= 26 * 50 && trainedEAll * 100 < 26 * 70, "42.3% → 8; 57.7% with September");
  // ---------------------------------------------------------------- 押金收退登记 (enterprises)
  // [name, type, entered iso, 入驻 cell, 押金, 收款 cell, 退还 cell|null, 退还原因|null, left iso|null]
  const EN = [
    ["湛江粤西电商科技有限公司", "电商运营商", "2020-09-01", "2020.9.1", 5000, "2020.8.25", "2021.1.8", "装修验收合格退还", null],
    ["坡头区南三沙虫网店", "销售型", "2020-09-15", "2020.9.15", 3000, "2020.9.10", null, null, null],
    ["湛江海之鲜电子商务有限公司", "销售型", "2020-09-15", "2020.9.15", 3000, "2020.9.11", null, null, null],
    ["湛江市坡头区邮乐购服务中心", "平台型", "2020-10-08", D("2020-10-08"), 3000, "2020.9.28", null, null, null],
    ["湛江市韵通快递服务有限公司坡头分部", "物流企业", "2020-10-20", "2020.10.20", 5000, "2020.10.15", null, null, null],
    ["坡头区乾塘番薯合作社网店", "销售型", "2020-11-02", "2020.11.2", 3000, "2020.10.29", "2021.3.26", "退园", "2021-03-26"],
    ["湛江播客文化传媒有限公司", "直播电商", "2020-11-16", "2020.11.16", 5000, "2020.11.10", "2021.2.3", "装修验收合格退还", null],
    ["湛江蚝门优品电子商务有限公司", "销售型", "2020-12-01", "2020年12月1日", 3000, "2020.11.26", null, null, null],
    ["湛江市海湾供应链管理有限公司", "物流企业", "2020-12-14", "2020.12.14", 5000, "2020.12.9", null, null, null],
    ["坡头区官渡红橙电商工作室", "销售型", "2021-01-04", "2021.1.4", 3000, "2020.12.30", null, null, null],
    ["湛江云农代运营服务有限公司", "电商运营商", "2021-01-18", "2021.1.18", 3000, "2021.1.13", null, null, null],
    ["湛江市坡头区龙头荔枝网店", "销售型", "2021-02-22", D("2021-02-22"), 3000, "2021.2.18", null, null, null],
    ["广东粤农汇网络科技有限公司湛江分公司", "平台型", "2021-03-08", "2021.3.8", 5000, "2021.3.2", "2021.6.15", "装修验收合格退还", null],
    ["坡头区麻斜海鸭蛋网店", "销售型", "2021-03-22", "2021.3.22", 3000, "2021.3.17", "2021.7.19", "退园", "2021-07-19"],
    ["湛江鲜链冷链物流有限公司", "物流企业", "2021-04-12", "2021.4.12", 5000, "2021.4.7", null, null, null],
    ["湛江市坡头区乡味直播工作室", "直播电商", "2021-04-26", "2021.4.26", 3000, "2021.4.21", null, null, null],
    ["湛江南三岛旅游电商有限公司", "销售型", "2021-05-10", "2021.5.10", 3000, "2021.5.6", null, null, null],
    ["湛江市坡头区禾丰农品电商有限公司", "销售型", "2021-05-24", "2021.5.24", 3000, "2021.5.19", null, null, null],
    ["湛江数农科技有限公司", "电商运营商", "2021-06-07", "2021.6.7", 3000, "2021.6.2", null, null, null],
    ["湛江市坡头区特产汇电子商务有限公司", "销售型", "2021-06-21", "2021.6.21", 3000, "2021.6.16", "2021.9.15", "退园", "2021-09-15"],
    ["湛江市坡头区渔家乐网店", "销售型", "2021-07-19", "2021.7.19", 3000, "2021.7.14", null, null, null],
    ["湛江市坡头区新农人电商有限公司", "销售型", "2021-09-03", "2021.9.3", 3000, "2021.8.30", null, null, null],
  ];
  const inPark = EN.filter((e) => e[2] <= AS_OF && !(e[8] && e[8] <= AS_OF));
  const types = new Set(inPark.map((e) => e[1]));
  assert(EN.length === 22 && inPark.length === 19 && types.size >= 3 && EN.filter((e) => e[7] === "装修验收合格退还").length === 3, "22 rows, 19 in the park at cut-off");
  assert(EN.some((e) => e[5] <= "2021.8.31" && e[2] > AS_OF), "deposit in August, moved in September");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("坡头区电子商务产业园入驻企业装修押金收退登记簿");
    full("园区运营方：湛江粤西电商科技有限公司　　押金于签订入驻协议时收取；装修验收合格或退园时退还，“退还原因”为“退园”的，退还日期即退园日期　　登记至2021年9月16日");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "押金（元）", "收款日期", "收据号", "退还日期", "退还原因", "经手人"]);
    EN.forEach((e, i) => rows.push([i + 1, e[0], creditCode(AREA, i + 20), e[1], e[3], e[4], e[5], `No.${String(20200081 + i * 3)}`, e[6], e[7], i % 2 ? "吴××" : "庞××"]));
    const held = EN.filter((e) => !e[6]).reduce((a, e) => a + e[4], 0);
    rows.push(["合计", null, null, null, null, sum(EN.map((e) => e[4])), null, null, null, `未退押金${held}元`, null]); merges.push(`A${R()}:E${R()}`);
    sheets.push(sheet("押金收退登记", rows, merges));
  }
  // ---------------------------------------------------------------- 科目明细账 (funds)
  // [iso, 凭证号, 摘要, 借方]
  const F20 = [["2020-09-28", "记-0912", "付公共服务中心建设首付款（湛江粤西电商科技有限公司）", 600000],
    ["2020-11-16", "记-1108", "付村级站点建设第一批款", 420000], ["2020-12-22", "记-1215", "付电商培训服务费（第一批）", 185000]];
  const F21 = [["2021-01-25", "记-0119", "付县乡村物流配送体系建设首付款", 300000], ["2021-03-12", "记-0307", "付公共服务中心运营服务费（第一期）", 260000],
    ["2021-04-20", "记-0414", "付村级站点建设第二批款", 380000], ["2021-05-28", "记-0522", "付农产品品牌推广服务费", 216000],
    ["2021-06-30", "记-0631", "付电商产业园改造工程进度款", 450000], ["2021-07-26", "记-0720", "付电商培训服务费（第二批）", 198400],
    ["2021-08-27", "记-0825", "付县乡村物流配送体系建设进度款", 409000],
    ["2021-09-08", "记-0906", "付村级站点建设第三批款", 287600], ["2021-09-10", "记-0908", "付公共服务中心运营服务费（第二期）", 220000]];
  const ALL_F = F20.concat(F21);
  const SPENT = sum(ALL_F.filter((f) => f[0] <= AS_OF).map((f) => f[3])), SPENT_ALL = sum(ALL_F.map((f) => f[3]));
  assert(SPENT === 3418400 && SPENT_ALL === 3926000 && SPENT * 100 < 5000000 * 70 && SPENT_ALL * 100 >= 5000000 * 70, "68.4% by cut-off (78.5% with September)");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("科目明细账");
    full("核算单位：湛江市坡头区商务局　　科目：5010299 项目支出—省级电子商务进农村综合示范专项资金　　金额单位：元　　打印日期：2021-09-10");
    const money = (n, k) => (k % 3 === 1 ? thousands(n) + ".00" : n);
    [[2020, F20], [2021, F21]].forEach(([y, F]) => {
      full(`${y}年度`);
      rows.push(["月", "日", "凭证号", "摘要", "借方", "贷方", "方向", "余额"]);
      let bal = 0, yearDr = 0;
      const byM = [...new Set(F.map((f) => f[0].slice(5, 7)))];
      byM.forEach((mm) => {
        const list = F.filter((f) => f[0].slice(5, 7) === mm);
        let mDr = 0;
        list.forEach((f, k) => { bal += f[3]; mDr += f[3]; yearDr += f[3]; rows.push([+mm, +f[0].slice(8), f[1], f[2], money(f[3], k + +mm), null, "借", bal]); });
        if (y === 2020 && mm === "12") {
          rows.push([12, 31, "记-1231", "年终结转（转入财政拨款结转）", null, yearDr, "平", 0]);
          rows.push([null, null, null, "本月合计", mDr, yearDr, "平", 0]);
          rows.push([null, null, null, "本年累计", yearDr, yearDr, "平", 0]);
          bal = 0;
        } else {
          rows.push([null, null, null, "本月合计", mDr, null, "借", bal]);
          rows.push([null, null, null, "本年累计", yearDr, null, "借", bal]);
        }
      });
    });
    full("注：借方为专项资金实际支付数；2020年12月31日贷方为年终结转，不是收回或支付。");
    sheets.push(sheet("专项资金明细账", rows, merges));
  }
  // ---------------------------------------------------------------- 机要交换登记 (reports)
  const mr = (y, m) => `坡头区商务局关于报送${y}年${m}月电子商务进农村综合示范创建工作进展情况的报告${y === 2021 || m >= 10 ? "（含电商扶贫统计）" : ""}`;
  const EX = [];
  for (let y = 2020, m = 8; ; m++) {
    if (m > 12) { y++; m = 1; }
    const ny = m === 12 ? y + 1 : y, nm = m === 12 ? 1 : m + 1;
    EX.push([`${ny}-${String(nm).padStart(2, "0")}-${String(4 + ((m * 3) % 5)).padStart(2, "0")}`, `坡商务报〔${ny}〕${nm * 3 + 2}号`, mr(y, m), "湛江市商务局", true]);
    if (y === 2021 && m === 8) break;
  }
  EX.push(["2020-10-16", "坡商务〔2020〕41号", "关于申请拨付省级电子商务进农村综合示范专项资金的请示", "坡头区财政局", false]);
  EX.push(["2021-03-18", "坡商务函〔2021〕12号", "关于商请提供行政村快递服务覆盖情况的函", "湛江市邮政管理局", false]);
  EX.push(["2021-06-02", "坡商务〔2021〕27号", "关于调整电子商务进农村综合示范项目实施内容的请示", "坡头区人民政府", false]);
  EX.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const repDates = EX.filter((e) => e[4]).map((e) => e[0]);
  assert(monthsCovered(repDates) === 12, "12 report months");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("坡头区商务局机要文件交换登记簿（送件）", W)); merges.push("A1:H1");
    rows.push(span("经区委机要局文件交换站送出的纸质公文　　交换日期为交换站签收日期", W)); merges.push("A2:H2");
    rows.push(["序号", "交换日期", "文号", "文件标题", "收件单位", "份数", "密级", "交换站签收"]);
    EX.forEach((e, i) => rows.push([i + 1, [fmtDot, fmtDot, fmtSlash][i % 3](e[0]), e[1], e[2], e[3], e[4] ? 2 : 1, "无", i % 2 ? "许××" : "蔡××"]));
    sheets.push(sheet("机要交换登记", rows, merges));
  }
  // ---------------------------------------------------------------- 网站稿件导出 (disclosures)
  const COL = "电子商务进农村综合示范专栏";
  // [id, title, 栏目, 创建 dt, 发布 dt|null, 状态]
  const CMS = [];
  let cid = 10452;
  const push = (t, c, cr, pub, st) => CMS.push([cid += 7, t, c, cr, pub, st]);
  push("坡头区电子商务进农村综合示范县建设实施方案", COL, "2020-08-28 15:02:11", "2020-09-01 09:30:00", "已发布");
  push("坡头区电子商务进农村综合示范项目基本信息公示", COL, "2020-08-28 15:20:45", "2020-09-01 09:31:00", "已发布");
  push("关于设立电子商务进农村综合示范项目监督举报电话和邮箱的公告", COL, "2020-09-02 10:11:09", "2020-09-03 16:00:00", "已发布");
  const prog = [["2020年9月", "2020-10-12"], ["2020年10月", "2020-11-09"], ["2020年11月", "2020-12-10"], ["2020年12月", "2021-01-11"],
    ["2021年1月", null], ["2021年1—2月", "2021-03-09"], ["2021年3月", "2021-04-12"], ["2021年4月", "2021-05-10"], ["2021年5月", "2021-06-08"],
    ["2021年6月", "2021-07-12"], ["2021年7月", "2021-08-10"], ["2021年8月", "2021-09-08"]];
  prog.forEach(([m, d], k) => {
    const cr = d ? isoAdd(d, -1) : "2021-02-08";
    push(`坡头区电子商务进农村综合示范项目建设进度（${m}）`, COL, `${cr} ${String(14 + k % 4)}:${String(10 + k * 3)}:0${k % 10}`, d ? `${d} 09:00:00` : null, d ? "已发布" : "草稿");
  });
  push("区商务局开展春节网上年货节活动", "工作动态", "2021-02-03 11:20:35", "2021-02-04 09:00:00", "已发布");
  push("坡头区召开电商进农村工作推进会", "工作动态", "2021-02-22 16:45:02", "2021-02-23 10:00:00", "已发布");
  push("关于征集2021年电商进农村培训需求的通知", "通知公告", "2021-05-17 09:12:40", "2021-05-17 15:00:00", "已发布");
  CMS.sort((a, b) => (a[3] < b[3] ? -1 : 1));
  const disc = CMS.filter((c) => c[2] === COL && c[4]).map((c) => c[4].slice(0, 10));
  assert(monthsCovered(disc) === 11 && !disc.some((d) => d.startsWith("2021-02")), "11 months (no February)");
  assert(monthsCovered(CMS.filter((c) => c[4]).map((c) => c[4].slice(0, 10))) === 12 && monthsCovered(CMS.filter((c) => c[2] === COL).map((c) => c[3].slice(0, 10))) === 12, "February only from another column or the draft's creation");
  {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept as the blind writer wrote it
    const W = 8, rows = [];
    rows.push(["稿件ID", "标题", "栏目", "作者", "创建时间", "发布时间", "状态", "浏览量"]);
    CMS.forEach((c, i) => rows.push([c[0], c[1], c[2], "坡头区商务局", c[3], c[4], c[5], c[4] ? 120 + (i * 53) % 900 : 0]));
    sheets.push(sheet("网站稿件导出", rows));
  }
  // ---------------------------------------------------------------- 外宣奖励申报 (media)
  // [title, 作者, 媒体, 级别, 形式, iso, 版面, 奖励]
  const MD = [
    ["坡头：电商服务站开到渔村家门口", "区融媒体中心 陈××", "南方+客户端", "省级", "网络", "2020-11-26", "湛江频道", 300],
    ["坡头区电商产业园集聚效应初显", "区商务局 黄××", "湛江日报", "市级", "报纸", "2021-04-12", "第5版", 300],
    ["广东湛江坡头：沙虫上网 渔民增收", "区融媒体中心 陈××", "人民网", "中央级", "网络", "2021-06-18", "广东频道", 1000],
    ["坡头区举办电商直播带货大赛", "区融媒体中心 梁××", "湛江广播电视台", "市级", "电视", "2021-07-20", "《湛江新闻》", 400],
    ["湛江坡头：小站点撬动乡村大市场", "区委宣传部 何××", "南方日报", "省级", "报纸", "2021-09-03", "A07版", 800],
  ];
  const lv = { 中央级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const levelsIn = new Set(MD.filter((m) => m[5] <= AS_OF).map((m) => lv[m[3]]));
  assert(levelsIn.has("national") && levelsIn.has("province") && levelsIn.has("city") && !levelsIn.has("county"), "levels");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("坡头区对外宣传稿件奖励申报汇总表（区商务局）");
    full("按《坡头区对外宣传奖励办法》申报：仅奖励市级及以上媒体刊播的稿件，区级媒体不在奖励范围　　申报日期：2021年9月6日");
    rows.push(["序号", "稿件标题", "作者（单位）", "刊播媒体", "媒体级别", "形式", "刊播日期", "版面／栏目", "奖励标准（元）", "申报金额（元）", "备注"]);
    MD.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], [fmtDot, fmtCn, D][i % 3](m[5]), m[6], m[7], m[7], m[4] === "电视" ? "附播出视频截图" : null]));
    rows.push(["合计", null, null, null, null, null, null, null, null, sum(MD.map((m) => m[7])), null]); merges.push(`A${R()}:I${R()}`);
    sheets.push(sheet("外宣奖励申报", rows, merges));
  }
  // ---------------------------------------------------------------- 政务信息报送登记 (materials)
  const GI = [
    ["2020.10.15", "坡头区多措并举推进电子商务进农村", "政务信息", "区委办公室（信息科）", "区委《每日要情》采用"],
    ["2021.1.20", "坡头区举办首届网上年货节", "政务信息", "区政府办公室", "区政府网站采用"],
    ["2021.5.20", "南三镇“电商＋沙虫”带动脱贫户增收的经验做法", "经验材料", "湛江市商务局", "市商务局《商务工作简报》第9期刊发"],
    ["2021.7.8", "坡头区电商直播大赛助力荔枝销售", "政务信息", "区委办公室（信息科）", "未采用"],
    ["2021.9.6", "坡头区电商扶贫典型案例：巴东村脱贫户网上卖海鸭蛋", "典型案例", "湛江市商务局", "—"],
  ];
  {
    const W = 6, rows = [];
    rows.push(span("坡头区商务局政务信息及经验材料报送登记表", W));
    rows.push(["序号", "报送日期", "标题", "类别", "报送对象", "采用情况"]);
    GI.forEach((g, i) => rows.push([i + 1, ...g]));
    sheets.push(sheet("政务信息报送", rows, ["A1:F1"]));
  }

  // ---------------------------------------------------------------- 考评基础数据汇总表 (facts, judged, claims; one row per county)
  const CL = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 7, "fund.system": 5, "fund.ledger": 4, "fund.spending": 3,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  const clSum = SCORED.reduce((a, id) => a + CL[id], 0);
  assert(clSum === 90, "claims 90 got " + clSum);
  const JG = { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
    "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 3 };
  // [group, header, value]
  const C = [
    [null, "序号", null], [null, "县（市、区）", null],
    ["基本情况", "常住人口（万人）", 33.6], ["基本情况", "行政村（个）", ADMIN.length], ["基本情况", "省定贫困村（个）", POOR.length],
    ["组织领导", "领导小组组长（职务）", "区长"], ["组织领导", "领导小组成员单位", "商务、财政、农业农村、乡村振兴、交通运输、市场监管、邮政"],
    ["组织领导", "工作方案是否正式印发", "是"], ["组织领导", "扶持政策是否出台", "是"],
    ["县级电子商务公共服务中心", "投入运营时间", "2020.12.28"], ["县级电子商务公共服务中心", "免费培训场所及设备", "是"], ["县级电子商务公共服务中心", "免费展示销售", "是"],
    ["县级电子商务公共服务中心", "免费摄影美工", "是"], ["县级电子商务公共服务中心", "统一推广及品牌建设", "是"], ["县级电子商务公共服务中心", "其他衍生增值服务", "否"],
    ["产业园及运营服务商", "是否建成电商产业园", "是"], ["产业园及运营服务商", "入驻企业（家）", EN.length], ["产业园及运营服务商", "专业第三方运营服务商", "是"],
    ["农村产品上行", "行政村快递覆盖率100%", "是"], ["农村产品上行", "2019年农村网络零售额（万元）", "86,450"], ["农村产品上行", "2020年农村网络零售额（万元）", "108,230"],
    ["农村产品上行", "2019年农产品网络零售额（万元）", "21,300"], ["农村产品上行", "2020年农产品网络零售额（万元）", "28,050"],
    ["电商人才培训", "培训人次", PT_STATED], ["电商人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", E.length], ["电商人才培训", "其中参加培训人数", trainedEAll],
    ["信息公开及报送", "专栏公示创建方案", "是"], ["信息公开及报送", "专栏公示项目基本信息", "是"], ["信息公开及报送", "专栏公示建设进度", "是"],
    ["信息公开及报送", "征求意见或监督举报窗口", "是"], ["信息公开及报送", "能统计电商扶贫情况", "是"],
    ["财政资金管理", "下达资金（万元）", 500], ["财政资金管理", "累计拨付资金（万元，截至填报日）", SPENT_ALL / 10000], ["财政资金管理", "资金管理制度", "是"],
    ["财政资金管理", "资金专用台账", "是"], ["财政资金管理", "项目总体进度", "82%"],
    ["一票否决事项", "安全生产、质量事故或重大损失", "否"], ["一票否决事项", "弄虚作假", "否"],
    ["主观评分项自评分", "方案制定（1-2）", JG["org.plan"]], ["主观评分项自评分", "政策支持（1-2）", JG["org.policy"]], ["主观评分项自评分", "项目管理制度（1-2）", JG["org.management.system"]],
    ["主观评分项自评分", "工作台账（1-2）", JG["org.management.ledger"]], ["主观评分项自评分", "网销调研（1-2）", JG["work.upward.research"]],
    ["主观评分项自评分", "网络促销活动（1-2）", JG["work.upward.promotion"]], ["主观评分项自评分", "交易标准与冷链溯源（1-2）", JG["work.upward.standards"]],
    ["主观评分项自评分", "资金管理制度（1-5）", JG["fund.system"]], ["主观评分项自评分", "资金台账（1-5）", JG["fund.ledger"]], ["主观评分项自评分", "资金及时拨付（1-5）", JG["fund.spending"]],
  ];
  const CN = { "org.leadership": "组织领导（2）", "org.plan": "方案制定（2）", "org.policy": "政策支持（2）", "org.management": "项目管理（4）",
    "work.center": "县级中心与产业园（15）", "work.coverage": "村级站点覆盖（10）", "work.upward": "农村产品上行（10）", "work.training": "电商人才培训（20）",
    "info.disclosure": "信息公开（4）", "info.reporting": "数据上报（6）", "promo.cases": "案例总结（2）", "promo.media": "经验推广（8）",
    "fund.system": "制度建立（5）", "fund.ledger": "资金台账（5）", "fund.spending": "资金支出（5）", "bonus.poorTraining": "加分：贫困人口培训率70%（2）", "bonus.tvCase": "加分：扶贫案例电视播报（2）" };
  Object.keys(CN).forEach((id) => C.push(["逐项自评得分", CN[id], CL[id]]));
  C.push(["逐项自评得分", "自评合计（不含加分）", clSum]);
  assert(CL["org.management"] === JG["org.management.system"] + JG["org.management.ledger"] && CL["work.upward"] === 2 + 1 + 1 + 1 + 1 + 2, "claims agree with judged parts");
  {
    const W = C.length, rows = [], merges = [];
    const R = () => rows.length;
    const L = (c) => colLetter(c);
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:${L(W - 1)}${R()}`); };
    full("湛江市2019年省级电子商务进农村综合示范创建考评基础数据汇总表");
    full("填报说明：1．各县（市、区）只填本地一行，不改表头；2．“是／否”项填是或否；3．金额单位万元；4．除注明外，数据截至考评截止日2021年8月31日；5．主观评分项按省考评指标体系自评；6．9月10日前报市商务局电商科。");
    const g = C.map((c) => c[0]), h = C.map((c) => c[1]);
    const gr = g.slice(); for (let i = W - 1; i > 0; i--) if (g[i] !== null && g[i] === g[i - 1]) gr[i] = null;
    rows.push(gr);
    for (let i = 0; i < W;) { let j = i; while (j + 1 < W && g[j + 1] === g[i]) j++; if (g[i] !== null && j > i) merges.push(`${L(i)}${R()}:${L(j)}${R()}`); i = j + 1; }
    rows.push(h.map((x, i) => (g[i] === null ? null : x)));
    merges.push(`A${R() - 1}:A${R()}`, `B${R() - 1}:B${R()}`);
    rows[R() - 2][0] = "序号"; rows[R() - 2][1] = "县（市、区）";
    ["雷州市", "徐闻县", "坡头区", "吴川市"].forEach((n, k) => {
      const r = Array(W).fill(null); r[0] = k + 1; r[1] = n;
      if (n === "坡头区") C.forEach((c, i) => { if (i > 1) r[i] = c[2]; });
      rows.push(r);
    });
    const r = span("全市合计", W); rows.push(r);
    full("填报人：坡头区商务局电商股 黄××　　联系电话：0759-3××××××　　填报日期：2021年9月10日");
    sheets.push(sheet("基础数据汇总表", rows, merges));
  }
  sheets.unshift(sheet("封面", [["坡头区电子商务进农村综合示范考评资料（电子版）"], [null], ["一、基础数据汇总表（按湛江市商务局模板填报，含主观评分和逐项自评）"],
    ["二、台账（均为相关部门、运营方的原始表格或系统导出）："], ["　光纤4G覆盖（区工信局，作行政村、省定贫困村清单）"], ["　站点交易额（运营方，作村级站点清单）"],
    ["　培训一期一档（区电商公共服务中心）　　专班成绩单（区乡村振兴局、区商务局）"], ["　培训意愿摸底（脱贫劳动力）"], ["　押金收退登记（产业园入驻企业）"],
    ["　专项资金明细账（财务软件打印）"], ["　机要交换登记（月报报送）"], ["　网站稿件导出（专栏更新）"], ["　外宣奖励申报（宣传报道）"], ["　政务信息报送（经验材料）"],
    ["坡头区商务局　2021年9月"]]));

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": JG["org.plan"], "org.policy": JG["org.policy"],
    "org.management": JG["org.management.system"] + JG["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1,
    "work.coverage": 2 + 5,
    "work.upward": JG["work.upward.research"] + JG["work.upward.promotion"] + 1 + 1 + JG["work.upward.standards"] + 2,
    "work.training": 6 + 8,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": JG["fund.system"], "fund.ledger": JG["fund.ledger"], "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert("2020-12-28" <= "2021-02-28", "centre open six months");
  assert(Math.round((108230 / 86450 - 1) * 1000) === 252 && Math.round((28050 / 21300 - 1) * 1000) === 317, "25.2%, 31.7%");
  const sc = sumPts(points);
  assert(sc === 72, "72 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  write("counties/b128-c1-potou.json", {
    description:
      "湛江市坡头区商务局交的整本考评资料（封面＋基础数据汇总表＋11个借来的或系统导出的台账），72分，无加分，未否决（汇总表自评90）。事实、主观分和逐项自评都在《基础数据汇总表》：湛江市商务局下发的一县一行宽表，两行表头（第一行分组合并：基本情况、组织领导、县级中心、产业园、上行、培训、信息公开、资金、否决、主观评分项自评分、逐项自评得分），雷州市、徐闻县、吴川市的行空着，只读坡头区一行；填报说明写明除注明外数据截至2021年8月31日、金额万元；“累计拨付（截至填报日）”392.6万元含9月。读法：组长“区长”，成员商务、财政、农业农村、乡村振兴都有；中心2020.12.28投入运营（满6个月），“其他衍生增值服务”否；入驻22家、培训2,705人次、参训15人都含9月，以台账为准。《光纤4G覆盖》是区工信局的表：类别行政村74个、社区9个，“是否省定贫困村”8个；光纤、4G的√不是快递，表里没有快递列，所以快递看汇总表（是）。《站点交易额》是运营方的站点交易额月报：开业时间即建成日期（真日期、“2020年10月”、“2020/…”、“…年…月…日”混用），“—”是当月未开业；坡头村两个站算一个村，龙头社区站不算，虾山村2021.9.6开业不算，六岭村2021.8.31开业算；51/74＝68.9%。《培训一期一档》人次读“实到人数（按签到表）”不读“应到”，“2021.4.7—4.9”三天的班156人次，9月两期不算；《专班成绩单》一行一人次，日期读考核（结业）日期，第二期9月3日结业不算，一处身份证号小写x。《培训意愿摸底》的说明定义了有劳动能力（有、弱）和外出务工（区外（省内）、省外，含湛江市其他区）。《押金收退登记》退还原因“装修验收合格退还”的企业仍在园，“退园”的退还日期是退园日期（9月15日退园的截止日仍在园），9月3日入驻的不算（8月30日收押金也不算）。《专项资金明细账》月、日分列，年份看“2020年度”“2021年度”段标题；借方是支付，本月合计、本年累计、2020年12月31日贷方年终结转都不是；9月两笔不算。《机要交换登记》报湛江市商务局的月报每月都有；《网站稿件导出》只算栏目为专栏、状态已发布的发布时间：2021年2月只有“草稿”（无发布时间）和工作动态栏目的稿，所以专栏11个月；《外宣奖励申报》只有市级及以上（中央级人民网、省级南方+、市级湛江日报和湛江电视），南方日报9月3日在截止日后；《政务信息报送》只有报湛江市商务局的“经验材料”2021.5.20算，报区委办、区政府办的政务信息不算。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CL } },
    derivation: [
      "org.leadership: 汇总表坡头区行：领导小组组长“区长”（主要领导），成员单位商务、财政、农业农村、乡村振兴都有 → 2",
      "org.plan: 工作方案已正式印发；主观评分方案制定自评2 → 2",
      "org.policy: 扶持政策已出台；政策支持自评1 → 1",
      "org.management: 项目管理制度自评2 ＋ 工作台账自评2 → 4",
      `work.center: 中心2020.12.28投入运营 ≤ 截止日 → 2；≤ 2021-02-28，满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他衍生增值服务“否” → 0；产业园已建成 2；押金登记22家，截至2021-08-31在园${inPark.length}家（3家“装修验收合格退还”仍在园，乾塘番薯网店2021.3.26、麻斜海鸭蛋网店2021.7.19退园，特产汇2021.9.15退园截止日仍在园，新农人2021.9.3入驻不算）< 20 → 0；类型 电商运营商、销售型、平台型、物流企业、直播电商 ≥ 3 → 1；合计 12（自评14）`,
      `work.coverage: 光纤4G覆盖表行政村${ADMIN.length}个（社区${COMM.length}个不算）；站点交易额表截止日前开业的站点覆盖行政村${covIn.size}个（坡头村两站算一个，“塘东村委会”等同村，龙头社区站不算，虾山村2021.9.6开业不算，六岭村2021.8.31开业算）；${covIn.size}/${ADMIN.length} = 68.9% → 50%–70% → 2；省定贫困村${POOR.length}个全部有站 → 100% → 5；合计 7（自评10）`,
      "work.upward: 网销调研2；网络促销1；第三方运营服务商“是” 1；村名单（光纤4G覆盖表）没有快递列，按汇总表“行政村快递覆盖率100%：是” → 1；交易标准与溯源1；农村网零108,230/86,450万元 = +25.2% < 30%，农产品网零28,050/21,300万元 = +31.7% ≥ 30% → 2；合计 8",
      `work.training: 人次 = 一期一档截止日前30期实到${A_IN}（按实到不按应到；三天班156人次；9月2日、9月9日两期164人次不算）＋ 专班第一期${B_IN}人（2021.4.30结业）；第二期9月3日结业不算 = ${PT}；基数 min(336,000, 500,000) = 336,000；${PT}/336,000 = 0.754% → 0.6%–0.8% → 6（汇总表2,705人次含9月，0.805%）。摸底表36人，有劳动能力（有、弱）且不外出务工的${E.length}人；截止日前专班第一期参训其中${trainedE}人（第一期另有外出务工2人、无劳动能力1人不算；小写x身份证照样匹配）；${trainedE}/${E.length} = 42.3% → 40%–50% → 8（算上9月第二期是15/26 = 57.7%，汇总表按此报）；合计 14（自评18）`,
      "info.disclosure: 汇总表：专栏公示创建方案、项目基本信息、建设进度、监督举报窗口都“是”（稿件导出也有方案、项目信息、举报公告）→ 2；稿件导出中专栏已发布稿件的发布时间覆盖2020-09至2021-08中的11个月，2021年2月只有一篇草稿（无发布时间）和工作动态栏目的稿 → 不定时 1；合计 3（自评4）",
      "info.reporting: 机要交换登记报湛江市商务局的月报，交换日期覆盖2020-09至2021-08每个月 → 3；汇总表“能统计电商扶贫情况：是”，2020年10月报告起标题含电商扶贫统计 → 3；合计 6",
      "promo.cases: 政务信息报送登记2021.5.20“经验材料”报湛江市商务局 → 2（报区委办、区政府办的政务信息不算；9月6日典型案例在截止日后）",
      "promo.media: 截止日前：人民网（中央级）2021.6.18、南方+（省级）2020.11.26 → 省级及以上 4；湛江日报2021.4.12、湛江电视台2021.7.20（市级）→ 3；无县级；南方日报2021.9.3在截止日后；合计 7",
      "fund.system: 资金管理制度“是”；自评5 → 5",
      "fund.ledger: 资金专用台账“是”；自评4 → 4",
      `fund.spending: 明细账截止日前借方 600,000＋420,000＋185,000＋300,000＋260,000＋380,000＋216,000＋450,000＋198,400＋409,000 = ${thousands(SPENT)}元（本月合计、本年累计、年终结转不算；2021-09-08的287,600和2021-09-10的220,000不算）；${thousands(SPENT)}/5,000,000 = 68.4% < 70% → 倒扣 −5（汇总表392.6万元含9月；自评3）`,
      "bonus.poorTraining: 11/26 = 42.3% < 70% → 0",
      "bonus.tvCase: 唯一的电视报道是湛江电视台《湛江新闻》（市级，且不是电商扶贫典型案例）→ 0",
      "veto.incident: 汇总表“安全生产、质量事故或重大损失：否” → 0，不否决",
      "veto.progress: 项目总体进度82% ≥ 40% → 0，不否决",
      "veto.fraud: 汇总表“弄虚作假：否” → 0，不否决",
      "total: 2+2+1+4+12+7+8+14+3+6+2+7+5+4−5 = 72，加分0，合计72；汇总表自评90",
    ],
  });
})();

console.log("wrote:\n" + written.join("\n"));
