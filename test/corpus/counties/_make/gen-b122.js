// Batch 122 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b120.js)
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

// =====================================================================================
// facts/b122-f1-xuwen: 湛江徐闻县 — 财政“项目支出绩效自评表”（预算数/执行数、年度指标值/实际完成值、分值/得分），
// 事实在“实际完成值”和“实际完成情况”里，“年度指标值”是目标，“得分”是绩效评分不是考评自评分
// =====================================================================================
(function f1() {
  const W = 9, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
  full("项目支出绩效自评表");
  full("（项目实施期：2019年12月—2021年8月　　数据截至2021年8月31日）");
  rows.push(["填报单位（盖章）：徐闻县商务局", null, null, null, null, null, null, "金额单位：万元", null]); merges.push(`A${R()}:G${R()}`, `H${R()}:I${R()}`);
  rows.push(["项目名称", "2019年省级电子商务进农村综合示范项目（徐闻县）", null, null, null, null, null, null, null]); merges.push(`B${R()}:I${R()}`);
  rows.push(["主管部门", "徐闻县商务局", null, null, "实施单位", "徐闻县商务局（县电子商务公共服务中心运营方协助）", null, null, null]); merges.push(`B${R()}:D${R()}`, `F${R()}:I${R()}`);
  // funds block
  const alloc = 500, spent = 416.38;
  const rate = Math.round(spent / alloc * 10000) / 100;
  const fundScore = Math.round(10 * spent / alloc * 100) / 100;
  assert(rate === 83.28 && fundScore === 8.33, "执行率 83.28%, 得分 8.33");
  const f0 = R() + 1;
  rows.push(["项目资金（万元）", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]); merges.push(`B${R()}:C${R()}`);
  rows.push([null, "年度资金总额", null, alloc, alloc, spent, 10, rate + "%", fundScore]); merges.push(`B${R()}:C${R()}`);
  rows.push([null, "其中：当年财政拨款", null, alloc, alloc, spent, "—", "—", "—"]); merges.push(`B${R()}:C${R()}`);
  rows.push([null, "上年结转资金", null, "—", "—", "—", "—", "—", "—"]); merges.push(`B${R()}:C${R()}`);
  rows.push([null, "其他资金", null, "—", "—", "—", "—", "—", "—"]); merges.push(`B${R()}:C${R()}`);
  merges.push(`A${f0}:A${R()}`);
  full("注：本项目为省级专项资金，“预算数”即省级下达资金总额，“执行数”为截至2021年8月31日累计拨付数。本表“分值”“得分”是财政绩效自评的评分，不是示范县考评的自评得分。");
  // goals
  const goal = "建成县级电子商务公共服务中心和电商产业园；村级电商服务站点覆盖70%以上行政村，省定贫困村全覆盖；电商培训人次达到常住人口的1%以上；2020年农村网络零售额增长30%以上。";
  const done = "县政府办公室于2019年12月正式印发《徐闻县电子商务进农村综合示范县工作方案》（徐府办〔2019〕58号），2020年8月出台《徐闻县促进农村电子商务发展若干措施》。县电子商务公共服务中心于2020年9月18日投入运营；整合县菠萝交易市场建成徐闻电商产业园。截至2021年8月31日累计建成村级电商服务站点151个，累计培训7,926人次，累计拨付资金416.38万元。";
  rows.push(["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null]); merges.push(`B${R()}:E${R()}`, `F${R()}:I${R()}`);
  rows.push([null, goal, null, null, null, done, null, null, null]); merges.push(`B${R()}:E${R()}`, `F${R()}:I${R()}`, `A${R() - 1}:A${R()}`);
  // performance indicators: [一级, 二级, 三级, 指标值, 实际, 分值, 得分, 偏差]
  const PI = [
    ["产出指标", "数量指标", "建成县级电子商务公共服务中心", "1个", "1个", 5, 5, null],
    ["产出指标", "数量指标", "行政村电商服务站点覆盖率", "≥70%", "71.4%（全县189个行政村中135个建有站点）", 5, 5, null],
    ["产出指标", "数量指标", "省定贫困村电商服务站点覆盖率", "100%", "100%（31个省定贫困村全部建有站点）", 5, 5, null],
    ["产出指标", "数量指标", "电商培训人次", "≥5,000人次（常住人口59.8万人，超过50万人按50万人计，1%为5,000人次）", "7,926人次", 5, 5, null],
    ["产出指标", "数量指标", "有劳动能力的建档立卡贫困人口参训率", "≥50%", "57.5%（有劳动能力且不含外出务工的建档立卡贫困人口2,204人，参训1,268人）", 5, 5, null],
    ["产出指标", "质量指标", "公共服务中心服务功能", "免费培训、免费展示销售、免费摄影美工、统一推广及品牌建设、其他衍生增值服务",
      "免费培训场所及设备：有；特色农产品免费展示、销售：有；摄影、美工：按成本收费（不是免费）；农产品统一推广及品牌建设指导：有（“徐闻菠萝”）；其他衍生增值服务：有（金融、物流对接）", 5, 4, "摄影美工服务未做到免费，下一步由运营方承担费用"],
    ["产出指标", "质量指标", "行政村快递物流覆盖率", "100%", "100%", 5, 5, null],
    ["产出指标", "质量指标", "专业第三方电子商务运营服务商", "≥1家", "2家（徐闻县菠萝电商服务有限公司、湛江南极村供应链有限公司）", 2, 2, null],
    ["产出指标", "时效指标", "公共服务中心投入运营时间", "2020年6月30日前", "2020年9月18日", 4, 2, "装修工程招标流标一次，延期约3个月"],
    ["产出指标", "时效指标", "项目总体建设进度", "100%", "93%", 4, 3, "两个镇级物流分拨点预计2021年9月完工"],
    ["产出指标", "成本指标", "资金支出率", "≥70%", "83.3%", 5, 5, null],
    ["效益指标", "经济效益指标", "2020年农村网络零售额同比增长率", "≥30%", "24.6%（2019年11.38亿元，2020年14.18亿元）", 5, 4, "受疫情影响，线下批发转线上不及预期"],
    ["效益指标", "经济效益指标", "2020年农产品网络零售额同比增长率", "≥30%", "35.2%", 5, 5, null],
    ["效益指标", "社会效益指标", "电商扶贫情况统计", "按月统计", "已按月统计，随月报报送湛江市商务局", 5, 5, null],
    ["效益指标", "社会效益指标", "信息公开", "县政府网站专栏公开创建方案、项目信息、建设进度，设立监督举报窗口",
      "已公开创建方案、项目基本信息和每月项目建设进度；监督举报窗口尚未设立", 5, 4, "2021年9月在专栏增设监督举报电话"],
    ["效益指标", "可持续影响指标", "资金管理制度", "建立", "已制定《徐闻县电子商务进农村综合示范专项资金管理办法》", 5, 5, null],
    ["效益指标", "可持续影响指标", "承建单位资金专用台账", "建立", "已建立", 5, 5, null],
    ["满意度指标", "服务对象满意度指标", "受训学员满意度", "≥90%", "96.5%", 5, 5, null],
    ["满意度指标", "服务对象满意度指标", "站点服务村民满意度", "≥85%", "91.2%", 5, 5, null],
  ];
  const top = R() + 1;
  rows.push(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  let g1 = null, g2 = null, s1 = 0, s2 = 0;
  PI.forEach((p, i) => {
    if (p[0] !== g1) { if (g1 !== null && R() > s1) merges.push(`B${s1}:B${R()}`); g1 = p[0]; s1 = R() + 1; }
    if (p[0] + p[1] !== g2) { if (g2 !== null && R() > s2) merges.push(`C${s2}:C${R()}`); g2 = p[0] + p[1]; s2 = R() + 1; }
    rows.push([null, s1 === R() + 1 ? p[0] : null, s2 === R() + 1 ? p[1] : null, p[2], p[3], p[4], p[5], p[6], p[7]]);
    assert(i >= 0, "");
  });
  if (R() > s1) merges.push(`B${s1}:B${R()}`);
  if (R() > s2) merges.push(`C${s2}:C${R()}`);
  merges.push(`A${top}:A${R()}`);
  const maxPts = 10 + PI.reduce((a, p) => a + p[5], 0), got = Math.round((fundScore + PI.reduce((a, p) => a + p[6], 0)) * 100) / 100;
  assert(maxPts === 100 && got === 92.33, "绩效 100 / 92.33 got " + got);
  rows.push(["总分", null, null, null, null, null, maxPts, got, "自评等级：优"]); merges.push(`A${R()}:F${R()}`);
  full("填报人：吴××　　联系电话：0759-48×××××　　单位负责人（签字）：　　　　填报日期：2021年9月8日");
  // consistency of what the form says
  assert(Math.round(135 / 189 * 1000) === 714 && Math.round(1268 / 2204 * 1000) === 575, "71.4%, 57.5%");
  assert(Math.round((1418 / 1138 - 1) * 1000) === 246 && Math.round(spent / alloc * 1000) === 833, "24.6%, 83.3%");
  write("facts/b122-f1-xuwen.json", {
    description:
      "湛江市徐闻县商务局交来当事实表的，是报县财政局的《项目支出绩效自评表》（财政部门统一格式，金额单位万元）：项目名称、主管部门两行；“项目资金”块有年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分，表下注明“预算数”就是省级下达资金、“执行数”是截至2021年8月31日累计拨付；“年度总体目标”分预期目标和实际完成情况两段文字；绩效指标表 一级｜二级｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因（一级、二级指标纵向合并）；末行总分100、得分92.33。读法：事实只从“实际完成值”和“实际完成情况”读，“年度指标值”是目标（≥5,000人次、2020年6月30日前、≥30%都不是事实），但目标格里写明的常住人口59.8万人是事实（不能读成50万）；“分值”“得分”“执行率”是财政绩效评分，注里写明不是考评自评分，不记claimed，也没有判断分。逐项：资金500万元、已拨付416.38万元；方案2019年12月正式印发、2020年8月出台扶持措施、整合建成产业园（实际完成情况一段）；行政村189个、省定贫困村31个（括号里）；培训7,926人次；有劳动能力不含外出务工的贫困人口2,204人、参训1,268人；中心服务功能一格分五项：免费培训是、免费展示销售是、摄影美工“按成本收费（不是免费）”→否、品牌建设是、其他增值服务是；快递覆盖100%→是；第三方服务商2家→有；中心2020年9月18日投入运营；总体进度93%；农村网零2019年11.38亿元、2020年14.18亿元、增速24.6%；农产品网零增速35.2%（没有金额）；按月统计电商扶贫→能统计；专栏公开方案、项目信息、进度为是，监督举报窗口“尚未设立”→否（偏差栏9月增设是截止日后的事）；资金管理办法已制定、资金专用台账已建立。没有写领导，不记leadership；“资金支出率83.3%”“满意度”等没有对应的键。",
    sheets: [sheet("绩效自评表", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 598000, adminVillagesStated: 189, poorVillagesStated: 31, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1138000000, ruralRetail2020: 1418000000,
        ruralRetailGrowthStated: 0.246, agriRetailGrowthStated: 0.352, trainingPersonTimesStated: 7926, eligiblePoorPersonsStated: 2204,
        trainedPoorPersonsStated: 1268, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4163800, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.93,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b122-f2-fengkai: 肇庆封开县 — 市商务局下发的《考评数据核对表》：市局预填“省厅掌握数”，县在“是否一致”打√/×，
// 不一致或掌握数为空的填“县核实数”；下半张是主观评分项，县自评分旁边有市局预审意见（不是县的分）
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("2019年省级电子商务进农村综合示范县考评数据核对表");
  full("核对单位：封开县商务局（盖章）　　　　数据截至：2021年8月31日");
  full("填写说明：1．“省厅掌握数”由肇庆市商务局根据省商务厅系统数据和各县月报预填；2．县逐项核对，在“是否一致”栏打“√”或“×”；打“×”的在“县核实数”栏填写核实后的数据并在“差异说明”栏说明原因；掌握数为空的，“是否一致”栏填“—”，直接在“县核实数”栏填写；3．本县最终报送数据：打“√”的为省厅掌握数，打“×”或“—”的为县核实数；4．金额单位以“单位”栏为准，县核实数另写单位的以所写单位为准。");
  rows.push(["序号", "核对项目", "单位", "省厅掌握数（市局预填）", "是否一致", "县核实数", "差异说明", "佐证材料"]);
  // [项目, 单位, 掌握数, 一致, 核实数, 说明, 佐证]
  const L = [
    ["县（市、区）", "—", "封开县", "√", null, null, null],
    ["数据截止日期", "—", "2021-08-31", "√", null, null, null],
    ["常住人口", "万人", 41.6, "×", 39.8, "掌握数为2019年末户籍口径，改按第七次全国人口普查公报", "七普公报"],
    ["行政村个数（不含社区居委会）", "个", 176, "√", null, null, "民政局村居名单"],
    ["省定贫困村个数", "个", 34, "√", null, null, "乡村振兴局名单"],
    ["工作领导小组牵头领导", "—", "副县长 陈××", "×", "县长 黎××", "2020年6月调整为县长任组长（封府办〔2020〕35号），掌握数为调整前", "封府办〔2020〕35号"],
    ["领导小组成员单位", "—", "县商务局、县财政局、县农业农村局", "×", "县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）、县交通运输局、县市场监管局、县邮政分公司", "调整后增加成员单位", "同上"],
    ["示范县工作方案是否正式印发", "—", "是", "√", null, null, "封府办〔2019〕77号"],
    ["是否出台支持农村电商发展的政策", "—", null, "—", "是", "《封开县扶持农村电子商务发展实施办法》（2020年10月）", "政策文件"],
    ["县级电子商务公共服务中心投入运营日期", "—", "2020-07-01", "×", "2020-06-18", "掌握数为开业报道日期，运营以运营合同起算日为准", "运营合同"],
    ["中心有免费培训场所、培训设备", "—", "是", "√", null, null, "照片"],
    ["中心为特色农产品提供免费展示、销售", "—", "是", "√", null, null, "照片"],
    ["中心提供免费摄影、美工服务", "—", "是", "×", "否", "摄影棚免费使用，美工设计按件收费，按“否”填报", null],
    ["中心组织农产品统一推广、品牌建设", "—", "是", "√", null, null, "“封开油栗”推广方案"],
    ["中心提供其他衍生增值服务", "—", null, null, null, null, null],
    ["建设或整合、优化电商产业园", "—", "是", "√", null, null, null],
    ["有专业第三方电子商务运营或服务商", "—", "是", "√", null, null, "运营合同"],
    ["行政村物流快递覆盖率100%", "—", "否", "×", "是", "2021年6月县邮政管理部门核查，176个行政村全部通达", "核查报告"],
    ["2019年农村网络零售额", "万元", 52380, "√", null, null, "省商务厅数据"],
    ["2020年农村网络零售额", "万元", 63910, "√", null, null, "省商务厅数据"],
    ["2019年农产品网络零售额", "万元", 14260, "√", null, null, "省商务厅数据"],
    ["2020年农产品网络零售额", "万元", 17850, "×", 18960, "补录2020年12月砂糖桔网络专场销售数据", "平台销售证明"],
    ["培训人次", "人次", 3602, "×", 4118, "掌握数为月报累计至2021年6月，补入7—8月516人次", "签到表"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 2731, "√", null, null, "乡村振兴局确认"],
    ["参加培训的建档立卡贫困人口", "人", 1146, "×", 1402, "补入7—8月两期脱贫户专场256人", "签到表"],
    ["专栏公示创建方案", "—", "是", "√", null, null, "网页截图"],
    ["专栏公示项目基本信息", "—", "是", "√", null, null, "网页截图"],
    ["专栏公示项目建设进度", "—", "是", "√", null, null, "网页截图"],
    ["专栏设立征求意见或监督举报窗口", "—", "否", "√", null, null, null],
    ["能统计电商扶贫情况", "—", "是", "√", null, null, "月报附表"],
    ["下达资金总额", "万元", 500, "√", null, null, "粤商务电函〔2019〕29号"],
    ["累计拨付资金", "万元", 331.84, "×", "3,685,200元", "掌握数未含8月27日拨付的第三批站点建设款366,800元", "拨付凭证"],
    ["已制定资金管理制度", "—", "是", "√", null, null, null],
    ["已建立资金专用台账", "—", "是", "√", null, null, null],
    ["项目总体进度", "%", 80, "×", 86, "按8月底完工项目重新测算", "进度报告"],
    ["是否发生安全生产、质量事故或重大经济损失", "—", "否", "√", null, null, null],
    ["是否存在弄虚作假", "—", null, "—", "否", null, "承诺书"],
  ];
  L.forEach((l, i) => rows.push([i + 1, l[0], l[1], l[2], l[3], l[4], l[5], l[6]]));
  // the consistency a reviewer would check
  assert(Math.round(331.84 * 10000) + 366800 === 3685200 && 3602 + 516 === 4118 && 1146 + 256 === 1402, "corrections add up");
  assert(L.every((l) => (l[3] === "√") === (l[2] !== null && l[4] === null) || l[3] === null), "√ rows have no 核实数");
  rows.push(span(null, W));
  full("二、主观评分项（县自评分由县填写；“市局预审意见”为肇庆市商务局初步意见，供县参考，不作为县自评分）");
  rows.push(["序号", "评分项", "分值范围", "县自评分", "市局预审意见", null, "自评依据", null]); merges.push(`E${R()}:F${R()}`, `G${R()}:H${R()}`);
  const J = [
    ["方案制定", "1-2", 2, "同意", "方案经县政府常务会审定印发", "org.plan"],
    ["政策支持", "1-2", 2, "建议1分（落实情况佐证不足）", "扶持办法已兑现奖补12家", "org.policy"],
    ["项目管理制度", "1-2", 2, "同意", "制定项目管理、验收办法", "org.management.system"],
    ["工作台账", "1-2", 1, "同意", "台账部分月份缺记录", "org.management.ledger"],
    ["网销调研", "1-2", 2, "同意", "形成调研报告并报市局", "work.upward.research"],
    ["网络促销活动", "1-2", 1, "同意", "开展2场，成效一般", "work.upward.promotion"],
    ["交易标准与冷链、溯源", "1-2", null, "未见佐证，请补充后自评", null, "work.upward.standards"],
    ["资金管理制度", "1-5", 5, "建议4分", "制定专项资金管理办法", "fund.system"],
    ["资金台账", "1-5", 4, "同意", "承建方设专用台账", "fund.ledger"],
    ["资金及时拨付", "1-5", 4, "同意", "按进度拨付", "fund.spending"],
  ];
  const judged = {};
  J.forEach((j, i) => {
    rows.push([i + 1, j[0], j[1], j[2], j[3], null, j[4], null]); merges.push(`E${R()}:F${R()}`, `G${R()}:H${R()}`);
    if (j[2] !== null) judged[j[5]] = j[2];
  });
  full("核对人：封开县商务局 黎××　　联系电话：0758-66×××××　　　　审核人：局长 苏××　　　　2021年9月2日");
  assert(Object.keys(judged).length === 9, "9 judged (standards left blank)");
  write("facts/b122-f2-fengkai.json", {
    description:
      "肇庆市封开县商务局交来当事实表的，是肇庆市商务局下发、县填回的《考评数据核对表》：三行标题和填写说明，表头 序号｜核对项目｜单位｜省厅掌握数（市局预填）｜是否一致｜县核实数｜差异说明｜佐证材料，37项；空一行后是“二、主观评分项”，县自评分旁边是市局预审意见。读法（说明第3条写明）：“是否一致”打√的取省厅掌握数，打×或“—”的取县核实数，掌握数是市局预填的、打了×的就不是本县数据。所以：常住人口取39.8万人（不是41.6）；牵头领导取“县长 黎××”、成员单位取核实后的商务、财政、农业农村、乡村振兴（原扶贫办）等 → 主要领导牵头、部门齐全（掌握数里的副县长作废）；政策掌握数为空、核实“是”；中心运营日期2020-06-18（不是2020-07-01）；免费摄影美工掌握“是”、核实“否” → 否；快递覆盖掌握“否”、核实“是” → 是；2020年农产品网零18960万元；培训4118人次；参训贫困人口1402人；累计拨付核实数写“3,685,200元”（自带单位“元”，不按单位栏的万元）；总体进度86%。打√的照掌握数：县名封开县、截止2021-08-31、行政村176个、贫困村34个、方案印发、免费培训、展示销售、品牌、产业园、第三方服务商、2019/2020年农村网零52380/63910万元、2019年农产品网零14260万元、有劳动能力贫困人口2731人、专栏方案/项目信息/进度“是”，监督举报窗口“否”打√ → 否；能统计扶贫；资金500万元；资金制度、台账是；无事故；弄虚作假掌握数空、核实“否”。“中心提供其他衍生增值服务”一行三栏全空 → 没有答案，不列。主观分读“县自评分”列：方案2、政策2（市局“建议1分”不读）、项目管理制度2、工作台账1、网销调研2、促销1、交易标准与溯源空着（市局意见“请补充后自评”）→ 不列、资金制度5（不读“建议4分”）、资金台账4、及时拨付4。没有按指标的自评分，不记claimed。",
    sheets: [sheet("数据核对表", rows, merges)],
    expect: {
      facts: {
        county: "封开县", asOf: "2021-08-31", residentPopulation: 398000, adminVillagesStated: 176, poorVillagesStated: 34, planIssued: true,
        policyIssued: true, centerOpened: "2020-06-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 523800000, ruralRetail2020: 639100000,
        agriRetail2019: 142600000, agriRetail2020: 189600000, trainingPersonTimesStated: 4118, eligiblePoorPersonsStated: 2731,
        trainedPoorPersonsStated: 1402, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3685200, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b122-f3-enping: 江门恩平市 — 省级管理系统“考评自评填报”的打印预览另存为Excel：两页（页眉页脚重复），
// 标签｜值｜标签｜值 两对并排，勾选框 ☑/□、单选 ●/○，有一组单选和一组勾选都没选
// =====================================================================================
(function f3() {
  const W = 4, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:D${R()}`); };
  const pair = (a, b, c, d) => rows.push([a, b, c === undefined ? null : c, d === undefined ? null : d]);
  const wide = (a, b) => { rows.push([a, b, null, null]); merges.push(`B${R()}:D${R()}`); };
  const box = (opts, on) => opts.map((o) => (on.includes(o) ? "☑" : "□") + o).join("　");
  const radio = (opts, on) => opts.map((o) => (o === on ? "●" : "○") + o).join("　");
  const R2 = ["1分", "2分"], R5 = ["1", "2", "3", "4", "5"];
  full("广东省电子商务进农村综合示范管理系统");
  full("考评自评填报（打印预览）");
  full("填报单位：恩平市商务局　　　状态：已提交（2021-09-06 17:48）　　　打印时间：2021-09-07 16:20:11");
  full("【一、基本信息】");
  pair("*县（市、区）", "恩平市", "*考评截止日期", "2021-08-31");
  pair("*常住人口（人）", "480,140", "数据来源", "第七次全国人口普查");
  pair("*行政村数（个）", "134", "*省定贫困村数（个）", "16");
  full("【二、组织领导】");
  pair("*牵头领导姓名", "冯××", "*牵头领导职务", "市委副书记、市长");
  wide("*参与部门（可多选）", box(["商务", "财政", "农业农村", "扶贫（乡村振兴）", "交通运输", "邮政管理", "其他"], ["商务", "财政", "农业农村", "交通运输", "邮政管理"]));
  pair("*示范县工作方案", box(["已正式印发", "未印发"], ["已正式印发"]), "印发文号", "恩府办函〔2019〕203号");
  pair("*农村电商扶持政策", box(["已出台", "未出台"], ["未出台"]), "政策名称", null);
  full("【三、县级电子商务公共服务中心与产业园】");
  pair("*中心投入运营日期", "2020-11-16", "运营单位", "恩平市锦江电子商务有限公司");
  const yn = (v) => box(["是", "否"], v === null ? [] : [v ? "是" : "否"]);
  pair("*免费培训场所、培训设备", yn(true), "*特色农产品免费展示、销售", yn(true));
  pair("*免费摄影、美工服务", yn(false), "*农产品统一推广、品牌建设", yn(true));
  pair("其他衍生增值服务", yn(null), "*电商产业园", box(["已建设或整合", "未建设"], ["已建设或整合"]));
  full("【四、农村产品上行】");
  pair("*专业第三方运营或服务商", box(["有", "无"], ["有"]), "*行政村物流快递覆盖率100%", yn(true));
  pair("*2019年农村网络零售额（万元）", "86,420.00", "*2020年农村网络零售额（万元）", "118,350.00");
  pair("2019年农产品网络零售额（万元）", null, "2020年农产品网络零售额（万元）", null);
  const g = Math.round((118350 / 86420 - 1) * 10000) / 100;
  assert(g === 36.95, "growth 36.95 got " + g);
  pair("农村网络零售额同比增速（系统计算）", g.toFixed(2) + "%", "农产品网络零售额同比增速（系统计算）", "—");
  full("【五、人才培训】");
  pair("*培训人次", "5,126", "其中：贫困户专场人次", "1,480");
  pair("*有劳动能力的建档立卡贫困人口（不含外出务工）（人）", "1,358", "*参加培训的建档立卡贫困人口（人）", "1,012");
  full("—— 第 1 页 / 共 2 页 ——");
  full("广东省电子商务进农村综合示范管理系统　　考评自评填报（打印预览）　　恩平市商务局");
  full("【六、信息公开与数据报送】");
  wide("*专栏公示内容（可多选）", box(["创建方案", "项目基本信息", "项目建设进度", "征求意见/监督举报窗口"], ["创建方案", "项目基本信息", "项目建设进度", "征求意见/监督举报窗口"]));
  wide("专栏网址", "http://www.enping.gov.cn/zwgk/zdlyxxgk/dzswjnc/");
  pair("*能统计电商扶贫情况", box(["能", "不能"], ["能"]), "近12个月向市商务局报送月报", "12次");
  full("【七、资金管理】");
  pair("*下达资金总额（万元）", "500.00", "*累计拨付资金（万元）", "412.70");
  pair("*资金管理制度", box(["已制定", "未制定"], ["已制定"]), "*资金专用台账", box(["已建立", "未建立"], ["已建立"]));
  const sr = Math.round(412.70 / 500 * 10000) / 100;
  assert(sr === 82.54, "82.54");
  pair("*项目总体进度（%）", "91", "资金支出率（系统计算）", sr.toFixed(2) + "%");
  full("【八、主观评分（每项单选）】");
  pair("方案制定（1-2分）", radio(R2, "2分"), "政策支持（1-2分）", radio(R2, null));
  pair("项目管理制度（1-2分）", radio(R2, "2分"), "工作台账（1-2分）", radio(R2, "1分"));
  pair("网销调研（1-2分）", radio(R2, "2分"), "网络促销活动（1-2分）", radio(R2, "2分"));
  pair("交易标准与冷链、溯源（1-2分）", radio(R2, "1分"), null, null);
  pair("资金管理制度（1-5分）", radio(R5, "4"), "资金台账（1-5分）", radio(R5, "5"));
  pair("资金及时拨付（1-5分）", radio(R5, "4"), null, null);
  full("【九、一票否决事项】");
  pair("*安全生产、质量事故或重大经济损失", box(["有", "无"], ["无"]), "*弄虚作假", box(["有", "无"], ["无"]));
  full("注：带*为必填项；☑为已勾选，□为未勾选；●为已选，○为未选。");
  full("—— 第 2 页 / 共 2 页 ——");
  assert(Math.round(1012 / 1358 * 1000) === 745, "74.5%");
  write("facts/b122-f3-enping.json", {
    description:
      "江门恩平市商务局交来当事实表的，是“广东省电子商务进农村综合示范管理系统”里《考评自评填报》的打印预览另存成的Excel：两页，页眉（系统名、打印时间）和页脚“—— 第 1 页 / 共 2 页 ——”夹在中间，第2页又重复一行系统名；九个【】分节标题；每行两对 标签｜值｜标签｜值，带*的是必填，长的勾选项值合并B:D。读法：勾选用“☑是　□否”这类字符串，☑的那项是答案；单选用“○1分　●2分”，●是选中的分。逐项：恩平市；截止2021-08-31；常住人口480,140人；行政村134个；省定贫困村16个；牵头领导“市委副书记、市长” → 主要领导，但参与部门里“□扶贫（乡村振兴）”没勾 → 主要领导、部门不全；方案“☑已正式印发” → 是；扶持政策“☑未出台” → 否；中心2020-11-16投入运营；免费培训、展示销售、品牌建设“☑是”，免费摄影美工“☑否”；“其他衍生增值服务 □是　□否”两个都没勾 → 没有答案，不列；产业园“☑已建设或整合”；第三方服务商“☑有”；快递覆盖“☑是”；2019、2020年农村网零86,420.00万元、118,350.00万元，系统算的增速36.95%也是表上写的；农产品网零两格空、增速“—” → 不列；培训5,126人次（“其中贫困户专场1,480”没有对应键）；有劳动能力贫困人口1,358人、参训1,012人；专栏四项都勾；能统计扶贫；资金500.00万元、拨付412.70万元；资金制度、台账已建；总体进度91%（系统算的“资金支出率82.54%”不是总体进度）；否决两项都是“☑无”。主观分：方案2、管理制度2、工作台账1、网销调研2、促销2、标准溯源1、资金制度4、资金台账5、及时拨付4；“政策支持 ○1分　○2分”没选 → 不列。没有按指标的自评分。",
    sheets: [sheet("自评填报打印", rows, merges)],
    expect: {
      facts: {
        county: "恩平市", asOf: "2021-08-31", residentPopulation: 480140, adminVillagesStated: 134, poorVillagesStated: 16, planIssued: true,
        policyIssued: false, centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 864200000, ruralRetail2020: 1183500000,
        ruralRetailGrowthStated: 0.3695, trainingPersonTimesStated: 5126, eligiblePoorPersonsStated: 1358, trainedPoorPersonsStated: 1012,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4127000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// ledgers/b122-l1-xinxing: 云浮新兴县 — ①市邮政管理局“建制村快递通达核查表”当村名单（建制村＝行政村，★贫困村是商务局补填）；
// ②站点建设补贴发放表（两批、小计合计，挂牌运营日期≠验收日期）；③培训结业证书发放登记簿（期次段标题里的培训时间是日期，发证日期不是；补发不是人次）；
// ④园区物业租赁台账（租期起＝入驻，实际退租才是退出，续签和空置房）；⑤填表说明
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  const AREA = "445321";
  {
    const rows = [["新兴县电子商务进农村综合示范台账（一）"], [null], ["本工作簿包括："], ["1．快递进村核查：借用云浮市邮政管理局《建制村快递服务通达情况核查表》，最后一列由县商务局补填省定贫困村。"],
      ["2．站点补贴：村级电商服务站点建设补贴发放表（第一批、第二批）。"], ["3．证书登记：农村电商培训结业证书发放登记簿，每人每期一本证书。"], ["4．园区租赁：电商产业园物业租赁台账，由园区运营方提供。"],
      [null], ["县商务局电商股　2021年9月"]];
    sheets.push(sheet("填表说明", rows));
    expect["填表说明"] = { kind: null };
  }
  // ---------------------------------------------------------------- 快递进村核查 (villages)
  const TOWNS = [
    ["车岗镇", ["车岗社区"], ["洞口村", "塘尾村", "新屋村", "蕉山村", "横江村", "坑尾村", "凤岗村"]],
    ["水台镇", ["水台社区"], ["水台村", "龙塘村", "石头村", "新江村", "庙南村", "朗尾村"]],
    ["稔村镇", ["稔村社区"], ["稔村村", "南坑村", "沙田村", "河村", "新成村", "锦水村", "白土村"]],
  ];
  const POOR = ["坑尾村", "朗尾村", "南坑村", "白土村"];
  const NOEXP = { 坑尾村: "（邮快合作点在建）" };
  const BRANDS = ["邮政、中通、韵达", "邮政、顺丰、圆通", "邮政、中通、申通、极兔", "邮政、韵达"];
  {
    const W = 9, rows = [], merges = [], recs = [];
    rows.push(span("建制村快递服务通达情况核查表", W)); merges.push("A1:I1");
    rows.push(span("填报单位：云浮市邮政管理局（新兴县邮政分公司协助）　　核查范围：新兴县车岗镇、水台镇、稔村镇　　核查时间：2021年6月", W)); merges.push("A2:I2");
    rows.push(["序号", "乡镇", "建制村（社区）名称", "类别", "通达快递品牌", "是否通达", "通达方式", "核查日期", "省定贫困村（县商务局补填）"]);
    let n = 0;
    TOWNS.forEach((t, ti) => {
      const top = rows.length + 1;
      const list = t[1].map((v) => [v, false]).concat(t[2].map((v) => [v, true]));
      list.forEach(([v, adm], k) => {
        n += 1;
        const written = adm ? v.replace(/村$/, "村委会") : v + "居委会";
        const exp = adm ? !NOEXP[v] : null;
        const way = !adm ? "—" : !exp ? "—" : v === "白土村" || v === "南坑村" ? "邮快合作" : n % 3 ? "驻村代办点" : "直投到村";
        const brand = !adm ? "—" : !exp ? "邮政（乡镇网点自取）" : way === "邮快合作" ? "邮政（邮快合作）" : BRANDS[n % BRANDS.length];
        rows.push([n, k === 0 ? t[0] : null, written, adm ? "建制村" : "社区", brand,
          adm ? (exp ? "是" : "否" + NOEXP[v]) : null, way, "2021." + 6 + "." + (8 + ti * 5), POOR.includes(v) ? "★" : null]);
        recs.push({ name: v, admin: adm, poor: POOR.includes(v), express: exp });
      });
      merges.push(`B${top}:B${rows.length}`);
    });
    rows.push(span("说明：1．建制村即行政村；社区不纳入建制村通达统计，“是否通达”不填。2．通过邮快合作、驻村代办点将快件送达村内的均视为通达。3．最后一列由新兴县商务局补填：★为省定贫困村，未标★的均不是省定贫困村。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("快递进村核查", rows, merges));
    expect["快递进村核查"] = { kind: "villages", records: recs };
    assert(recs.length === 23 && recs.filter((r) => r.admin).length === 20 && recs.filter((r) => r.poor).length === 4 && recs.filter((r) => r.express === false).length === 1, "23 rows, 20 admin, 4 poor, 1 not covered");
  }
  // ---------------------------------------------------------------- 站点补贴 (stations)
  // [town, village written, canonical, opened cell, iso, 验收日期, 补贴]
  const B1 = [
    ["车岗镇", "洞口村", "洞口村", "2020.9.8", "2020-09-08"], ["车岗镇", "塘尾村", "塘尾村", "2020年9月", "2020-09"],
    ["水台镇", "龙塘村", "龙塘村", D("2020-10-12"), "2020-10-12"], ["稔村镇", "南坑村", "南坑村", "20201020", "2020-10-20"],
    ["水台镇", "朗尾村", "朗尾村", "2020.10.28", "2020-10-28"], ["稔村镇", "白土村", "白土村", "2020.11.5", "2020-11-05"],
    ["车岗镇", "车岗社区", "车岗社区", "2020.11.18", "2020-11-18"], ["水台镇", "水台村", "水台村", "2020/11/25", "2020-11-25"],
  ];
  const B2 = [
    ["稔村镇", "稔村村委会", "稔村村", "2021.1.12", "2021-01-12"], ["车岗镇", "坑尾村", "坑尾村", "2021.3.3", "2021-03-03"],
    ["车岗镇", "洞口村（洞口圩第二站）", "洞口村", "2021.3.18", "2021-03-18"], ["水台镇", "石头村", "石头村", D("2021-04-09"), "2021-04-09"],
    ["稔村镇", "沙田村", "沙田村", "21.5.6", "2021-05-06"], ["车岗镇", "凤岗村", "凤岗村", "2021年5月", "2021-05"],
    ["稔村镇", "锦水村", "锦水村", "2021.6.1", "2021-06-01"], ["水台镇", "新江村", "新江村", "2021.6.22", "2021-06-22"],
  ];
  {
    const W = 10, rows = [], merges = [], recs = [];
    rows.push(span("新兴县村级电子商务服务站点建设补贴发放表", W)); merges.push("A1:J1");
    rows.push(span("补贴标准：行政村站点每个8,000元，社区站点每个5,000元　　资金来源：省级电子商务进农村综合示范专项资金", W)); merges.push("A2:J2");
    rows.push(["序号", "镇", "站点名称", "所在村（居）", "站长", "挂牌运营日期", "验收日期", "验收结果", "补贴金额（元）", "领款人签名"]);
    const SUR = "陈李黄梁冯苏叶伍邓罗";
    let n = 0, tot = 0;
    const block = (title, list, acc) => {
      rows.push(span(title, W)); merges.push(`A${rows.length}:J${rows.length}`);
      let sub = 0;
      list.forEach((s) => {
        n += 1;
        const amt = /社区/.test(s[2]) ? 5000 : 8000;
        sub += amt;
        const nm = s[1].replace(/村委会$/, "村").replace(/（(.+)）$/, "") + (/第二站/.test(s[1]) ? "电商服务站（洞口圩）" : "电商服务站");
        const acc2 = typeof acc === "function" ? acc(s) : acc;
        rows.push([n, s[0], nm, s[1], SUR[n % 10] + "××", s[3], acc2, "合格", amt, SUR[n % 10] + "××"]);
        recs.push({ village: s[2], opened: s[4] });
      });
      rows.push(["小计", null, list.length + "个", null, null, null, null, null, sub, null]); merges.push(`A${rows.length}:B${rows.length}`);
      tot += sub;
      return sub;
    };
    const s1 = block("第一批（2020年12月验收）", B1, "2020.12.10");
    const s2 = block("第二批（2021年7月验收）", B2, (s) => (s[4] <= "2021-03-31" ? "2021.7.6" : "2021.7.20"));
    rows.push(["合计", null, (B1.length + B2.length) + "个", null, null, null, null, null, tot, null]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(span("注：“挂牌运营日期”为站点挂牌开始服务的日期；“验收日期”为县商务局组织验收的日期，补贴验收合格后发放。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    assert(s1 === 61000 && s2 === 64000 && tot === 125000, "subsidy totals");
    sheets.push(sheet("站点补贴", rows, merges));
    expect["站点补贴"] = { kind: "stations", records: recs };
    assert(recs.length === 16, "16 stations");
  }
  // ---------------------------------------------------------------- 证书登记 (training)
  // trainees: name -> [sex, birth, place, wantX]
  const T = {
    梁志华: ["男", "19860412", "车岗镇洞口村", false], 陈秀梅: ["女", "19900723", "车岗镇塘尾村", false], 黄国强: ["男", "19790315", "水台镇龙塘村", true],
    苏丽娟: ["女", "19950918", "稔村镇南坑村", false], 叶永康: ["男", "19881102", "新城镇", false], 冯嘉敏: ["女", "19970204", "水台镇朗尾村", false],
    伍建新: ["男", "19830627", "稔村镇白土村", false], 邓小红: ["女", "19920811", "车岗镇坑尾村", false], 罗伟文: ["男", "19760509", "稔村镇沙田村", false],
    李桂芳: ["女", "19850130", "水台镇石头村", true], 陈振宇: ["男", "19991016", "新城镇", false], 梁晓琳: ["女", "19930306", "车岗镇凤岗村", false],
    黄伟杰: ["男", "19910721", "稔村镇锦水村", false], 苏美玲: ["女", "19870913", "水台镇新江村", false], 叶国华: ["男", "19720228", "车岗镇蕉山村", false],
    冯少芬: ["女", "19800417", "稔村镇河村", false],
  };
  const TID = {}; Object.keys(T).forEach((k, i) => { TID[k] = makeIdSex(AREA, T[k][1], 300 + i * 31, T[k][3], T[k][0]); });
  // [期次标题, 培训时间 text, iso, 地点, 发证日期, names]
  const CL = [
    ["第1期　农村电商基础班", "2020年11月23日—25日", "2020-11-25", "县电子商务公共服务中心", "2020.12.4", ["梁志华", "陈秀梅", "黄国强", "苏丽娟", "叶永康"]],
    ["第2期　网店美工班", "2021.1.12-13", "2021-01-13", "县电子商务公共服务中心", "2021.1.29", ["冯嘉敏", "伍建新", "邓小红", "罗伟文"]],
    ["第3期　直播电商实操班", "2021年3月8日—10日", "2021-03-10", "水台镇电商服务站", "2021.3.26", ["李桂芳", "陈振宇", "梁志华", "梁晓琳", "黄伟杰", "苏美玲"]],
    ["第4期　新兴凉果网络营销班", "21年6月2日", "2021-06-02", "稔村镇文化站", D("2021-06-18"), ["叶国华", "冯少芬", "黄国强", "邓小红"]],
    ["第5期　跨境电商入门班", "2021.9.6—9.7", "2021-09-07", "县电子商务公共服务中心", "2021.9.17", ["陈秀梅", "叶永康", "苏美玲"]],
  ];
  {
    const W = 8, rows = [], merges = [], recs = [];
    rows.push(span("新兴县农村电子商务培训结业证书发放登记簿", W)); merges.push("A1:H1");
    rows.push(span("（每期培训结业后统一制证发放，一人一期一证；各期“培训时间”见期次行，“发证日期”是领证日期）", W)); merges.push("A2:H2");
    rows.push(["证书编号", "姓名", "性别", "身份证号码", "所在镇（村）", "发证日期", "领取人签名", "备注"]);
    CL.forEach((c, ci) => {
      rows.push(span(c[0] + "　　培训时间：" + c[1] + "　　地点：" + c[3] + "　　（结业" + c[5].length + "人）", W)); merges.push(`A${rows.length}:H${rows.length}`);
      c[5].forEach((nm, k) => {
        const y = c[2].slice(0, 4);
        rows.push(["XXDS" + y + "-" + String(ci + 1).padStart(2, "0") + String(k + 1).padStart(2, "0"), nm, T[nm][0], TID[nm], T[nm][2], c[4], nm, null]);
        recs.push({ date: c[2], personTimes: 1, id: TID[nm] });
      });
    });
    rows.push(span("补发证书登记（不另计人次）", W)); merges.push(`A${rows.length}:H${rows.length}`);
    rows.push(["XXDS2020-0102", "陈秀梅", "女", TID["陈秀梅"], T["陈秀梅"][2], "2021.4.7", "陈秀梅", "补发：第1期证书遗失补办，原证号作废"]);
    rows.push(span("登记人：县商务局 伍××", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("证书登记", rows, merges));
    expect["证书登记"] = { kind: "training", records: recs };
    assert(recs.length === 22 && recs.filter((r) => r.id === TID["梁志华"]).length === 2 && TID["黄国强"].endsWith("X") && TID["李桂芳"].endsWith("X"), "22 certificates");
  }
  // ---------------------------------------------------------------- 园区租赁 (enterprises)
  // [房号, 承租方|null, 业态, 面积, 起 cell, 起 iso, 止, 退租 cell, 退租 iso, 月租, 备注]
  const LS = [
    ["A101", "新兴县凉果坊电子商务有限公司", "网店销售", 120, "2020.8.1", "2020-08-01", "2023.7.31", null, null, 2400, null],
    ["A102", "云浮六祖茶电商有限公司", "网店销售", 80, "2020.8.1", "2020-08-01", "2021.7.31", null, null, 1600, "2021年7月续签至2024年7月31日"],
    ["A103", "新兴县云创电商服务有限公司", "电商代运营", 150, "2020.8.15", "2020-08-15", "2023.8.14", null, null, 0, "运营服务商，免租"],
    ["A104", null, "（空置）", 60, null, null, null, null, null, null, "招租中"],
    ["A105", "新兴县顺通快递有限公司", "快递物流", 200, "2020.9.1", "2020-09-01", "2022.8.31", null, null, 3000, null],
    ["A201", "新兴县禽旺直播电商有限公司", "直播电商", 90, "2020.9.20", "2020-09-20", "2022.9.19", null, null, 1800, null],
    ["A202", "新兴县香荔网络科技有限公司", "电商平台", 110, D("2020-10-15"), "2020-10-15", "2022.10.14", "2021.4.30", "2021-04-30", 2200, "提前退租"],
    ["A203", "新兴县里洞农产品电子商务有限公司", "网店销售", 70, "2020.11.2", "2020-11-02", "2022.11.1", null, null, 1400, null],
    ["A204", "新兴县蓝海仓储有限公司", "仓储物流", 260, "2021.1.5", "2021-01-05", "2024.1.4", null, null, 3900, null],
    ["B101", "新兴县天露山茶业有限公司", "网店销售", 80, "2021年3月", "2021-03", "2023年2月", null, null, 1600, "3月中旬入驻，合同未写日"],
    ["B102", "新兴县簕竹鹅电子商务有限公司", "网店销售", 75, "20210412", "2021-04-12", "20230411", null, null, 1500, null],
    ["B103", "新兴县农趣短视频工作室", "直播、短视频", 60, "2021.6.1", "2021-06-01", "2022.5.31", "2021.9.15", "2021-09-15", 1200, "提前退租"],
    ["A202", "新兴县温泉小镇旅游电商有限公司", "电商平台", 110, "2021.9.1", "2021-09-01", "2023.8.31", null, null, 2200, "原香荔网络退租后重新出租"],
  ];
  {
    const W = 10, rows = [], merges = [], recs = [];
    rows.push(span("新兴县电子商务产业园物业租赁台账", W)); merges.push("A1:J1");
    rows.push(span("提供单位：新兴县云创电商服务有限公司（园区运营方）　　统计至2021年9月20日", W)); merges.push("A2:J2");
    rows.push(["房号", "承租方", "业态", "面积（㎡）", "租期", null, "实际退租日期", "月租金（元）", "备注", null]);
    rows.push([null, null, null, null, "起", "止", null, null, null, null]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "I3:J4");
    LS.forEach((l) => {
      rows.push([l[0], l[1], l[2], l[3], l[4], l[6], l[7], l[9], l[10], null]); merges.push(`I${rows.length}:J${rows.length}`);
      if (l[1]) recs.push({ name: l[1], entered: l[5], left: l[8] });
    });
    rows.push(span("注：租期“止”是合同到期日，不是退租日；已退租的在“实际退租日期”栏填写，未填的仍在租。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    sheets.push(sheet("园区租赁", rows, merges));
    expect["园区租赁"] = { kind: "enterprises", records: recs };
    assert(recs.length === 12 && recs.filter((r) => r.left).length === 2, "12 tenants, 2 left");
  }
  write("ledgers/b122-l1-xinxing.json", {
    description:
      "云浮市新兴县商务局电商股交的一本台账，五个表。①《填表说明》只有文字，不是台账。②《快递进村核查》借用云浮市邮政管理局的《建制村快递服务通达情况核查表》当村名单：表头 序号｜乡镇｜建制村（社区）名称｜类别｜通达快递品牌｜是否通达｜通达方式｜核查日期｜省定贫困村（县商务局补填），乡镇纵向合并。读法：类别“建制村”就是行政村（写作“洞口村委会”），“社区”（写作“车岗社区居委会”）不是；社区“是否通达”按说明不填 → 空；坑尾村“否（邮快合作点在建）”→ 未通达；邮快合作、驻村代办点都算通达；★为省定贫困村，说明写明未标★的都不是。共23条（20个行政村、3个社区、4个贫困村）。③《站点补贴》是站点建设补贴发放表，分“第一批（2020年12月验收）”“第二批（2021年7月验收）”两段，各有小计，末有合计和注。读法：日期读“挂牌运营日期”，不是“验收日期”；“2020年9月”“2021年5月”只到月，“20201020”“21.5.6”照读；“稔村村委会”是稔村村；洞口村有两个站（第二站写作“洞口村（洞口圩第二站）”）；车岗社区站也是站点记录。段标题、小计、合计不是站点。共16个。④《证书登记》是培训结业证书发放登记簿：表头一行，按期次分段，段标题写“培训时间：2020年11月23日—25日”等。读法：一本证书就是一人次，日期取段标题培训时间的末日（2020-11-25、2021-01-13、2021-03-10、2021-06-02、2021-09-07），不是“发证日期”列；梁志华、黄国强、邓小红、陈秀梅、叶永康、苏美玲上过两期，各算两条；末尾“补发证书登记（不另计人次）”下陈秀梅补证那行不是记录；第5期9月也照列。共22条。⑤《园区租赁》是园区运营方的物业租赁台账：两行表头（租期分“起｜止”），读法：入驻日期取租期“起”，退出日期只看“实际退租日期”（香荔网络2021.4.30、农趣短视频2021.9.15），租期“止”是合同到期日不是退出，六祖茶“续签”仍在园；A104“（空置）”没有承租方，不是企业；A202退租后又租给温泉小镇旅游电商（2021.9.1），是另一家。共12家。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b122-l2-yangxi: 阳江阳西县 — ①政务邮箱“已发送”导出当月报台账（电商股加列“是否月报”，附件含扶贫统计表）；
// ②专项资金拨付审批登记簿（申请金额/核定金额/拨付金额，日期读拨付日期）；③经验材料报送及采用情况（采用与否不影响）；
// ④脱贫人口花名册（劳动能力、务工状态填代码）；⑤代码说明（不是台账）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  const AREA = "441721";
  // ---------------------------------------------------------------- 邮箱已发送 (reports)
  // [发送时间, 收件人, 主题, 附件, 是否月报]
  const CITY = "阳江市商务局电商科 <yjsswj_ds@…>";
  const rep = (y, m) => "阳西县" + y + "年" + m + "月电子商务进农村综合示范工作月报";
  const EM = [
    ["2020-09-07 16:42:18", CITY, rep(2020, 8), "阳西县2020年8月月报.docx", "是"],
    ["2020-10-12 09:15:40", CITY, rep(2020, 9), "阳西县2020年9月月报.docx", "是"],
    ["2020-11-06 17:03:55", CITY, rep(2020, 10), "阳西县2020年10月月报.docx；阳西县电商扶贫统计表（10月）.xlsx", "是"],
    ["2020-11-20 10:21:07", CITY, "关于报送阳西县2021年农村电商培训计划的函", "阳西县2021年电商培训计划.pdf", "否"],
    ["2020-12-04 15:48:31", CITY, rep(2020, 11), "阳西县2020年11月月报.docx；阳西县电商扶贫统计表（11月）.xlsx", "是"],
    ["2021-01-08 11:30:02", CITY, rep(2020, 12), "阳西县2020年12月月报.docx；阳西县电商扶贫统计表（12月）.xlsx", "是"],
    ["2021-02-05 16:55:19", CITY, rep(2021, 1), "阳西县2021年1月月报.docx；阳西县电商扶贫统计表（1月）.xlsx", "是"],
    ["2021-03-09 09:02:44", CITY, rep(2021, 2), "阳西县2021年2月月报.docx；阳西县电商扶贫统计表（2月）.xlsx", "是"],
    ["2021-03-22 14:37:12", CITY, "回执：全市农村电商工作推进会参会回执", "参会回执.docx", "否"],
    ["2021-04-07 17:20:36", CITY, rep(2021, 3), "阳西县2021年3月月报.docx；阳西县电商扶贫统计表（3月）.xlsx", "是"],
    ["2021-05-10 10:48:09", CITY, rep(2021, 4), "阳西县2021年4月月报.docx；阳西县电商扶贫统计表（4月）.xlsx", "是"],
    ["2021-06-04 16:11:27", CITY, rep(2021, 5), "阳西县2021年5月月报.docx；阳西县电商扶贫统计表（5月）.xlsx", "是"],
    ["2021-06-18 09:33:50", "阳西县财政局预算股 <yxczj_ys@…>", "关于拨付第二批村级站点建设资金的函", "拨付申请.pdf；验收报告.pdf", "否"],
    ["2021-07-06 15:26:14", CITY, rep(2021, 6), "阳西县2021年6月月报.docx；阳西县电商扶贫统计表（6月）.xlsx", "是"],
    ["2021-08-05 11:09:58", CITY, rep(2021, 7), "阳西县2021年7月月报.docx；阳西县电商扶贫统计表（7月）.xlsx", "是"],
    ["2021-09-06 17:41:33", CITY, rep(2021, 8), "阳西县2021年8月月报.docx；阳西县电商扶贫统计表（8月）.xlsx", "是"],
  ];
  {
    const W = 6, rows = [], merges = [], recs = [];
    rows.push(span("阳西县商务局政务邮箱　已发送邮件导出（2020-09-01 至 2021-09-30，关键词：电商）　　导出时间：2021-09-08 10:15", W)); merges.push("A1:F1");
    rows.push(["发送时间", "收件人", "主题", "附件", "大小", "是否月报（电商股标注）"]);
    EM.forEach((e, i) => {
      rows.push([e[0], e[1], e[2], e[3], (120 + (i * 37) % 400) + "KB", e[4]]);
      if (e[4] === "是") recs.push({ date: e[0].slice(0, 10), poverty: /电商扶贫统计表/.test(e[3]) });
    });
    rows.push(span("电商股注：标“是”的是向阳江市商务局报送的月报（每月上旬报上月情况）；附件含《电商扶贫统计表》的，当月同时报送了电商扶贫统计，2020年10月起增加该附表。标“否”的不是月报。", W)); merges.push(`A${rows.length}:F${rows.length}`);
    sheets.push(sheet("邮箱已发送", rows, merges));
    expect["邮箱已发送"] = { kind: "reports", records: recs };
    assert(recs.length === 13 && recs.filter((r) => r.poverty).length === 11, "13 reports, 11 with poverty statistics");
    assert(monthsCovered(recs.map((r) => r.date)) === 12, "12 months sent");
  }
  // ---------------------------------------------------------------- 拨付审批登记 (funds)
  // [单号, 申请日期, 申请单位, 事由, 申请, 核定, 拨付日期 cell, iso, 拨付金额 cell, amount, 凭证号, 备注]
  const SP = [
    ["YXDS-SP-001", "2020.6.2", "阳西县海丝电子商务有限公司", "县电子商务公共服务中心建设（首期）", 1000000, 1000000, "2020.6.19", "2020-06-19", 1000000, 1000000, "记-2020-06-031", null],
    ["YXDS-SP-002", "2020.9.1", "阳西县海丝电子商务有限公司", "第一批村级电商服务站点建设", 600000, 560000, D("2020-09-25"), "2020-09-25", 560000, 560000, "记-2020-09-044", "4个站点未验收，核减40,000元"],
    ["YXDS-SP-003", "2020.12.3", "阳江市职业技术培训学校", "2020年度农村电商培训", 320000, 320000, "20201222", "2020-12-22", 320000, 320000, "记-2020-12-052", null],
    ["YXDS-SP-004", "2021.1.15", "阳西县邮政分公司", "县乡村三级物流配送体系建设", 850000, 800000, "2021/2/3", "2021-02-03", 800000, 800000, "记-2021-02-008", "分拣设备按中标价核减"],
    ["YXDS-SP-005", "2021.3.20", "阳西县海丝电子商务有限公司", "县电子商务公共服务中心建设（二期）", 500000, 500000, "2021.4.8", "2021-04-08", "50万", 500000, "记-2021-04-017", null],
    ["YXDS-SP-006", "2021.5.6", "阳西县海丝电子商务有限公司", "“阳西程村蚝”品牌推广及网络促销", 286000, 286000, "2021.5.28", "2021-05-28", 286000, 286000, "记-2021-05-040", null],
    ["YXDS-SP-007", "2021.7.2", "阳西县海丝电子商务有限公司", "第二批村级电商服务站点建设", 480000, 452500, "2021.7.23", "2021-07-23", "452,500.00", 452500, "记-2021-07-036", "核减未达标站点"],
    ["YXDS-SP-008", "2021.8.16", "阳江市职业技术培训学校", "2021年上半年农村电商培训", 210000, 210000, "2021.9.2", "2021-09-02", 210000, 210000, "记-2021-09-003", null],
  ];
  {
    const W = 11, rows = [], merges = [], recs = [];
    rows.push(span("阳西县电子商务进农村综合示范专项资金拨付审批登记簿", W)); merges.push("A1:K1");
    rows.push(span("金额单位：元（个别按万元填写的已注“万”）　　省级下达资金：500万元", W)); merges.push("A2:K2");
    rows.push(["审批单号", "申请日期", "申请单位", "事由", "申请金额", "核定金额", "拨付日期", "拨付金额", "凭证号", "备注", "经办人"]);
    let a = 0, c = 0, p = 0;
    SP.forEach((s, i) => {
      rows.push([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[8], s[10], s[11], "吴××"]);
      recs.push({ date: s[7], amount: s[9] });
      a += s[4]; c += s[5]; p += s[9];
      const ap = s[1].split(".").map(Number), apIso = ap[0] + "-" + String(ap[1]).padStart(2, "0") + "-" + String(ap[2]).padStart(2, "0");
      assert(s[5] === s[9] && s[4] >= s[5] && apIso < s[7] && i >= 0, "approved = paid, applied before paid");
    });
    rows.push(["合计", null, null, null, a, c, null, p, null, null, null]); merges.push(`A${rows.length}:D${rows.length}`);
    rows.push(span("注：以“拨付日期”“拨付金额”为准；申请金额、核定金额是审批过程数，不是拨付。截至2021年8月31日累计拨付3,918,500元，9月2日拨付的210,000元在截止日之后。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    assert(a === 4246000 && c === 4128500 && p === 4128500, "totals");
    assert(recs.filter((r) => dateOk(r.date)).reduce((x, r) => x + r.amount, 0) === 3918500, "to cut-off 3,918,500");
    sheets.push(sheet("拨付审批登记", rows, merges));
    expect["拨付审批登记"] = { kind: "funds", records: recs };
  }
  // ---------------------------------------------------------------- 经验材料 (materials)
  const MT = [
    ["2020.12.18", "2020-12-18", "阳西县“电商+程村蚝”带动渔民增收的做法", "公文交换", "《阳江商务信息》2021年第1期采用"],
    ["2021年4月", "2021-04", "阳西县村级电商服务站“一站多用”经验", "电子邮件", "未采用"],
    ["2021.7.9", "2021-07-09", "阳西县脱贫户直播带货典型案例", "公文交换", "市商务局转报省商务厅"],
    ["2021.9.10", "2021-09-10", "阳西县电子商务进农村综合示范创建工作总结", "公文交换", "—"],
  ];
  {
    const W = 6, rows = [], merges = [];
    rows.push(span("阳西县向阳江市商务局报送电商经验材料及采用情况", W)); merges.push("A1:F1");
    rows.push(["序号", "报送日期", "材料标题", "报送方式", "采用情况", "报送人"]);
    MT.forEach((m, i) => rows.push([i + 1, m[0], m[2], m[3], m[4], "吴××"]));
    rows.push(span("注：报送即计入，采用情况只作记录。2021年4月那份是4月中旬电子邮件报送，具体日期未记。", W)); merges.push(`A${rows.length}:F${rows.length}`);
    sheets.push(sheet("经验材料", rows, merges));
    expect["经验材料"] = { kind: "materials", records: MT.map((m) => ({ date: m[1] })) };
  }
  // ---------------------------------------------------------------- 脱贫人口花名册 (poorPersons, coded)
  // [镇, 村, 户主, 姓名, 关系, 性别, birth, 劳动能力代码, 务工代码, 地点, wantX]
  const PP = [
    ["程村镇", "红光村", "陈亚水", "陈亚水", "户主", "男", "19660412", 1, 1, "程村镇", false],
    ["程村镇", "红光村", "陈亚水", "林秀兰", "配偶", "女", "19690823", 3, 4, null, false],
    ["程村镇", "红光村", "陈亚水", "陈志明", "之子", "男", "19920517", 2, 3, "浙江义乌", false],
    ["程村镇", "红光村", "陈亚水", "陈小玲", "之女", "女", "20060930", 5, 5, null, false],
    ["程村镇", "红光村", "吴伯", "吴伯", "户主", "男", "19440306", 4, 4, null, false],
    ["塘口镇", "石门村", "许国华", "许国华", "户主", "男", "19750119", 1, 4, null, false],
    ["塘口镇", "石门村", "许国华", "何丽娟", "配偶", "女", "19780714", 1, 1, "塘口镇", false],
    ["塘口镇", "石门村", "许国华", "许俊杰", "之子", "男", "19990228", 1, 2, "阳江市江城区", false],
    ["塘口镇", "石门村", "黄三妹", "黄三妹", "户主", "女", "19581105", "3", 6, null, false],
    ["上洋镇", "河北村", "冯德胜", "冯德胜", "户主", "男", "19700620", 1, 1, "上洋镇", false],
    ["上洋镇", "河北村", "冯德胜", "冯丽萍", "之女", "女", "19950403", 1, 3, "广州市白云区", false],
    ["上洋镇", "河北村", "冯德胜", "冯婆", "之母", "女", "19380915", 5, 4, null, false],
    ["上洋镇", "河北村", "莫志强", "莫志强", "户主", "男", "19811208", 2, "4", null, false],
    ["上洋镇", "河北村", "莫志强", "梁美华", "配偶", "女", "19840126", 1, 4, null, false],
    ["儒洞镇", "边海村", "蔡亚福", "蔡亚福", "户主", "男", "19630711", 3, 4, null, false],
    ["儒洞镇", "边海村", "蔡亚福", "蔡文辉", "之子", "男", "19890302", 1, 2, "阳春市", false],
    ["儒洞镇", "边海村", "蔡亚福", "关秀英", "之儿媳", "女", "19900817", 1, 1, "儒洞镇", false],
    ["儒洞镇", "边海村", "李金凤", "李金凤", "户主", "女", "19720429", 1, 4, null, true],
  ];
  const PID = PP.map((p, i) => makeIdSex(AREA, p[6], 500 + i * 41, p[10], p[5]));
  {
    const W = 10, rows = [], merges = [], recs = [];
    rows.push(span("阳西县建档立卡脱贫人口花名册（电商培训对象摸底用）", W)); merges.push("A1:J1");
    rows.push(span("填报单位：阳西县乡村振兴局　　2021年7月　　“劳动能力”“务工状态”两列填代码，代码含义见《代码说明》表", W)); merges.push("A2:J2");
    rows.push(["序号", "镇", "村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工状态", "务工地点"]);
    PP.forEach((p, i) => {
      rows.push([i + 1, p[0], p[1], p[2], p[3], p[4], PID[i], p[7], p[8], p[9]]);
      recs.push({ id: PID[i], labour: +p[7] <= 3, migrant: +p[8] === 2 || +p[8] === 3 });
    });
    rows.push(span("共4个村、8户、18人。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    sheets.push(sheet("脱贫人口花名册", rows, merges));
    expect["脱贫人口花名册"] = { kind: "poorPersons", records: recs };
    assert(recs.length === 18 && new Set(PP.map((p) => p[2])).size === 8, "18 persons, 8 households");
    assert(recs.filter((r) => r.labour).length === 15 && recs.filter((r) => r.migrant).length === 4 && recs.filter((r) => r.labour && !r.migrant).length === 11, "15 labour, 4 migrant, 11 eligible");
    assert(PID[17].endsWith("X") && PID.filter((x) => x.endsWith("X")).length === 1, "one X");
  }
  {
    const rows = [["代码说明"], [null, null, null], ["劳动能力", null, null], ["代码", "含义", "归类"], [1, "普通劳动力", "有劳动能力"], [2, "技能劳动力", "有劳动能力"],
      [3, "弱劳动力或半劳动力", "有劳动能力"], [4, "丧失劳动力", "无劳动能力"], [5, "无劳动力（含在校生、学龄前儿童）", "无劳动能力"], [null, null, null],
      ["务工状态", null, null], ["代码", "含义", "归类"], [1, "县内务工", "不属外出务工"], [2, "县外省内务工", "外出务工"], [3, "省外务工", "外出务工"],
      [4, "未务工", "不属外出务工"], [5, "在校生", "不属外出务工"], [6, "其他（在家务农等）", "不属外出务工"]];
    sheets.push(sheet("代码说明", rows, ["A1:C1", "A3:C3", "A11:C11"]));
    expect["代码说明"] = { kind: null };
  }
  write("ledgers/b122-l2-yangxi.json", {
    description:
      "阳江市阳西县商务局电商股交的一本台账，五个表。①《邮箱已发送》是县商务局政务邮箱“已发送”邮件导出（按关键词“电商”筛过），列 发送时间｜收件人｜主题｜附件｜大小，电商股加了一列“是否月报（电商股标注）”。读法：只有标“是”的13封是向阳江市商务局报送的月报，标“否”的（培训计划函、参会回执、发给县财政局的函）不是记录；日期取“发送时间”的日期部分（2020-09-07 16:42:18 → 2020-09-07），不是主题里的月份（“2020年8月……月报”9月7日发出）；附件含《电商扶贫统计表》的为含扶贫统计（注写明2020年10月起才加），头两封（2020年9月、10月发出）只有月报 → 否，其余11封 → 是；2021-09-06那封也照列。②《拨付审批登记》是专项资金拨付审批登记簿：列 审批单号｜申请日期｜申请单位｜事由｜申请金额｜核定金额｜拨付日期｜拨付金额｜凭证号｜备注｜经办人，末行合计和注。读法：一行一笔拨付，日期读“拨付日期”（不是申请日期），金额读“拨付金额”（不是申请金额，两笔有核减）；拨付金额里“50万”是500,000元、“452,500.00”是文本；拨付日期有真日期、“20201222”、“2021/2/3”；9月2日那笔照列。共8笔。③《经验材料》是向市商务局报送经验材料及采用情况，注写明报送即算、采用情况只作记录，“未采用”的也是记录；“2021年4月”只到月；2021.9.10那份照列。共4条。④《脱贫人口花名册》是县乡村振兴局的摸底花名册，“劳动能力”“务工状态”两列填的是代码（有的代码是文本“3”“4”），含义在⑤《代码说明》表：劳动能力1—3有、4—5无；务工状态2（县外省内）、3（省外）是外出务工，1县内、4未务工、5在校生、6其他都不是。共18人（15人有劳动能力、4人外出务工），李金凤身份证号末位X。⑤《代码说明》是代码表，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// counties/b122-c1-dinghu: 肇庆鼎湖区 — 事实在《8月月报》（市里的进展月报表：上月末累计｜本月完成｜本月末累计），自评分另一张表（左右两块）；
// 台账：统计用区划代码表当村名单、站点视频资料目录、培训服务结算单（签到人次≠结算人次）、脱贫户专场学员表、脱贫户家庭成员表（√分列）、
// 入驻企业变动登记（事件流水）、合同付款台账（分期列组）、市局月报通报矩阵、信息发布保密审查登记、宣传报道存档目录、经验材料
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441203";
  // ---------------------------------------------------------------- 封面
  sheets.push(sheet("封面", [["肇庆市鼎湖区电子商务进农村综合示范创建"], ["考评数据及台账（电子版）"], [null], ["鼎湖区商务局　2021年9月"], [null],
    ["说明：《8月月报》是报市商务局的2021年8月进展月报表，数据截至2021年8月31日，作考评基础数据；《自评分》经局务会审定；其余为各项台账。"]]));
  // ---------------------------------------------------------------- villages: 统计用区划代码
  // [town, code, [ [社区, 城乡代码] ], [ [村, 城乡代码] ] ]
  const TOWNS = [
    ["坑口街道", "001", ["坑口社区", "新城社区", "鼎湖社区"], ["东岸村", "福田村", "蕉园村", "旺沙村", "砚坑村", "塘口村"]],
    ["桂城街道", "002", ["桂城社区", "羚山社区", "沿江社区", "桂湖社区"], ["罗隐村", "水坑村", "官塘村", "白石村", "上瑶村", "下瑶村", "桃溪村"]],
    ["广利街道", "003", ["广利社区", "华侨社区"], ["南岸村", "龙头村", "马安村", "榄根村", "大路村", "黄塘村", "九坑村", "迪村"]],
    ["永安镇", "100", ["永安社区"], ["永安村", "朗星村", "思霖村", "坑北村", "大滩村", "洲头村", "贝水村", "象岗村", "罗兰村", "沙头村", "新安村"]],
    ["沙浦镇", "101", ["沙浦社区"], ["沙一村", "沙二村", "典水村", "苏村", "水口村", "塘头村", "银岗村", "大布村", "四村"]],
    ["凤凰镇", "102", [], ["凤凰村", "官田村", "迳口村", "金竹村", "布基村", "水尾村", "大田村", "小坑村"]],
    ["莲花镇", "103", ["莲花社区"], ["莲花村", "砚村", "罗岗村", "石岗村", "木格村", "长岗村", "甘岭村", "荔枝村", "西坑村"]],
  ];
  const ADMIN = TOWNS.flatMap((t) => t[3]), COMM = TOWNS.flatMap((t) => t[2]);
  const POOR = ["砚坑村", "九坑村", "思霖村", "大布村", "金竹村", "甘岭村"];
  const NOEXP = ["小坑村"];
  assert(ADMIN.length === 58 && COMM.length === 12 && new Set(ADMIN.concat(COMM)).size === 70, "58 + 12 distinct");
  POOR.forEach((p) => assert(ADMIN.includes(p), "poor " + p));
  {
    const W = 5, rows = [], merges = [];
    rows.push(span("2021年统计用区划代码和城乡划分代码（广东省肇庆市鼎湖区）", W)); merges.push("A1:E1");
    rows.push(span("来源：国家统计局统计用区划代码（2021年）；“省定贫困村”“快递进村”两列由区商务局补填", W)); merges.push("A2:E2");
    rows.push(["统计用区划代码", "城乡分类代码", "名称", "省定贫困村", "快递进村"]);
    rows.push([AREA + "000000", null, "鼎湖区", null, null]);
    TOWNS.forEach((t) => {
      rows.push([AREA + t[1] + "000", null, t[0], null, null]);
      t[2].forEach((c, k) => rows.push([AREA + t[1] + String(k + 1).padStart(3, "0"), t[1] < "100" ? "111" : "121", c + "居委会", null, null]));
      t[3].forEach((v, k) => rows.push([AREA + t[1] + String(201 + k), k === 0 && t[1] >= "100" ? "210" : "220", v.replace(/村$/, "村委会"), POOR.includes(v) ? "是" : null,
        NOEXP.includes(v) ? "×" : "√"]));
    });
    rows.push(span("区商务局补填说明：名称以“村委会”结尾的是行政村（58个），以“居委会”结尾的是社区（12个），镇（街道）行和区行只是上级区划；省定贫困村标“是”（6个），空白为否；快递进村据区邮政分公司2021年7月核查，“×”为未通达（凤凰镇小坑村），社区不核查。", W));
    merges.push(`A${rows.length}:E${rows.length}`);
    sheets.push(sheet("村居区划代码", rows, merges));
  }
  // ---------------------------------------------------------------- stations: 视频资料目录
  // [town, village written, canonical|null(社区), opened cell, iso]
  const ST = [
    ["坑口街道", "东岸村", "东岸村", "2020.6.18", "2020-06-18"], ["坑口街道", "坑口社区", null, "2020.6.18", "2020-06-18"],
    ["永安镇", "永安村", "永安村", D("2020-06-30"), "2020-06-30"], ["永安镇", "思霖村", "思霖村", "2020年7月", "2020-07"],
    ["沙浦镇", "沙一村", "沙一村", "2020.7.16", "2020-07-16"], ["沙浦镇", "大布村", "大布村", "20200805", "2020-08-05"],
    ["凤凰镇", "凤凰村", "凤凰村", "2020.8.20", "2020-08-20"], ["凤凰镇", "金竹村", "金竹村", "2020.8.20", "2020-08-20"],
    ["广利街道", "九坑村", "九坑村", "2020.9.3", "2020-09-03"], ["坑口街道", "砚坑村", "砚坑村", "2020.9.3", "2020-09-03"],
    ["莲花镇", "莲花村", "莲花村", "2020.9.17", "2020-09-17"], ["莲花镇", "砚村", "砚村", "2020.9.17", "2020-09-17"],
    ["桂城街道", "罗隐村民委员会", "罗隐村", "2020.10.15", "2020-10-15"], ["广利街道", "南岸村", "南岸村", "2020.10.15", "2020-10-15"],
    ["永安镇", "朗星村", "朗星村", "2020.10.29", "2020-10-29"], ["沙浦镇", "典水村", "典水村", D("2020-11-12"), "2020-11-12"],
    ["桂城街道", "水坑村", "水坑村", "2020.11.12", "2020-11-12"], ["广利街道", "龙头村", "龙头村", "2020.11.26", "2020-11-26"],
    ["凤凰镇", "官田村", "官田村", "2020.12.10", "2020-12-10"], ["永安镇", "大滩村", "大滩村", "2020.12.10", "2020-12-10"],
    ["坑口街道", "福田村", "福田村", "2020年12月", "2020-12"], ["沙浦镇", "沙二村", "沙二村", "2021.1.7", "2021-01-07"],
    ["桂城街道", "官塘村", "官塘村", "2021.1.21", "2021-01-21"], ["广利街道", "榄根村", "榄根村", "2021.1.21", "2021-01-21"],
    ["永安镇", "贝水村", "贝水村", "2021/3/2", "2021-03-02"], ["莲花镇", "罗岗村", "罗岗村", "2021/3/2", "2021-03-02"],
    ["凤凰镇", "迳口村", "迳口村", "2021.3.18", "2021-03-18"], ["沙浦镇", "苏村", "苏村", "2021.3.18", "2021-03-18"],
    ["坑口街道", "蕉园村", "蕉园村", "21.4.9", "2021-04-09"], ["桂城街道", "白石村", "白石村", "2021.4.22", "2021-04-22"],
    ["永安镇", "永安村（圩镇第二站）", "永安村", "2021.4.22", "2021-04-22"], ["广利街道", "大路村", "大路村", "2021.5.13", "2021-05-13"],
    ["永安镇", "象岗村", "象岗村", "2021.5.13", "2021-05-13"], ["沙浦镇", "水口村", "水口村", D("2021-05-27"), "2021-05-27"],
    ["凤凰镇", "水尾村", "水尾村", "2021.6.10", "2021-06-10"], ["莲花镇", "石岗村", "石岗村", "2021.6.10", "2021-06-10"],
    ["广利街道", "迪村", "迪村", "2021.6.24", "2021-06-24"], ["永安镇", "沙头村", "沙头村", "2021.7.8", "2021-07-08"],
    ["桂城街道", "下瑶村", "下瑶村", "2021.7.8", "2021-07-08"], ["沙浦镇", "银岗村", "银岗村", "2021.7.22", "2021-07-22"],
    ["凤凰镇", "大田村", "大田村", "2021.8.5", "2021-08-05"], ["永安镇", "新安村", "新安村", "2021.8.19", "2021-08-19"],
    ["莲花镇", "长岗村", "长岗村", "2021.8.26", "2021-08-26"], ["莲花镇", "甘岭村", "甘岭村", "2021.9.6", "2021-09-06"],
    ["莲花镇", "荔枝村", "荔枝村", "2021.9.6", "2021-09-06"],
  ];
  ST.forEach((s) => assert(s[2] === null || ADMIN.includes(s[2]), "station village " + s[2]));
  const covered = new Set(ST.filter((s) => s[2] && dateOk(s[4])).map((s) => s[2]));
  assert(ST.length === 45 && covered.size === 41 && covered.size * 100 >= 58 * 70, "41/58 = 70.7% → 5");
  assert((covered.size - 1) * 100 < 58 * 70 && (covered.size + 1) * 100 < 70 * 70, "40/58 (罗隐 missed) → 2; 42/70 (社区 counted) → 2");
  const poorCov = POOR.filter((p) => covered.has(p)).length;
  assert(poorCov === 5 && poorCov * 100 >= 6 * 80 && poorCov < 6, "5/6 = 83.3% → 3");
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("鼎湖区村级电子商务服务站点视频资料目录（迎检用）", W)); merges.push("A1:I1");
    rows.push(["序号", "视频文件名", "站点名称", "镇（街道）", "所在村（居）", "挂牌运营时间", "拍摄日期", "时长", "画面内容"]);
    const shoot = (iso, i) => (iso < "2021-07-01" ? "2021-07-" + String(12 + (i % 15)).padStart(2, "0") : iso < "2021-09-01" ? "2021-08-" + String(28 + (i % 3)) : "2021-09-" + String(8 + (i % 2)).padStart(2, "0"));
    ST.forEach((s, i) => {
      const sd = shoot(s[4], i);
      const short = s[1].replace(/村民委员会$/, "村").replace(/（.*）$/, "");
      rows.push([i + 1, "DH-ZD-" + String(i + 1).padStart(3, "0") + "_" + s[0] + short + "_" + sd.replace(/-/g, "") + ".mp4",
        short + "电商服务站" + (/第二站/.test(s[1]) ? "（圩镇）" : ""), s[0], s[1], s[3], sd.replace(/-0?/g, ".").replace(/^(\d{4})\./, "$1."), "0" + (1 + (i % 3)) + ":" + String(10 + ((i * 7) % 50)).padStart(2, "0"),
        "招牌、设备、站长操作" + (i % 4 === 0 ? "、村民取件" : "")]);
    });
    rows.push(span("注：“挂牌运营时间”以站点牌匾和运营协议为准；“拍摄日期”是迎检补拍视频的日期，不是建站日期。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("站点视频目录", rows, merges));
  }
  // ---------------------------------------------------------------- training: 结算单
  // [期次, 日期 cell, iso, 地点, 内容, 签到]
  const SES = [
    [1, "2020年9月24日", "2020-09-24", "区电商公共服务中心（筹）", "农村电商基础", 96],
    [2, "2020.10.29", "2020-10-29", "永安镇", "网店开设", 138],
    [3, D("2020-11-26"), "2020-11-26", "沙浦镇", "农产品拍摄与美工", 152],
    [4, "2020.12.17", "2020-12-17", "凤凰镇", "年货节促销", 110],
    [5, "2021.1.14—15", "2021-01-15", "广利街道", "直播带货（两天）", 186],
    [6, "21年3月18日", "2021-03-18", "区电商公共服务中心", "短视频运营", 128],
    [7, "2021.4.22", "2021-04-22", "莲花镇", "社群营销", 143],
    [8, "2021.5.27", "2021-05-27", "坑口街道", "农产品包装与寄递", 117],
    [9, "2021.6.24", "2021-06-24", "区电商公共服务中心", "直播带货进阶", 165],
    [10, "2021.7.22", "2021-07-22", "桂城街道", "跨境电商入门", 134],
    [11, "2021.8.19", "2021-08-19", "永安镇", "网店运营提升", 158],
    [12, "2021.8.26", "2021-08-26", "区电商公共服务中心", "电商创业辅导", 112],
    [13, "2021.9.16", "2021-09-16", "沙浦镇", "秋季农产品网销", 130],
  ];
  const CAP = 120, PRICE = 60;
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("鼎湖区农村电商培训服务结算单（汇总）", W)); merges.push("A1:I1");
    rows.push(span("服务单位：肇庆市鼎商电子商务有限公司　　合同编号：DHSW-2020-011　　结算期间：2020年9月—2021年9月", W)); merges.push("A2:I2");
    rows.push(["期次", "培训日期", "培训地点", "培训内容", "签到人次", "结算人次", "单价（元/人次）", "结算金额（元）", "备注"]);
    let sSum = 0, jSum = 0, mSum = 0;
    SES.forEach((s) => {
      const j = Math.min(CAP, s[5]);
      rows.push([s[0], s[1], s[3], s[4], s[5], j, PRICE, j * PRICE, s[5] > CAP ? "超出" + (s[5] - CAP) + "人次不结算" : null]);
      sSum += s[5]; jSum += j; mSum += j * PRICE;
    });
    rows.push(["合计", null, null, null, sSum, jSum, null, mSum, null]); merges.push(`A${rows.length}:D${rows.length}`);
    rows.push(span("注：1．结算人次按合同每期最多120人次计，超出部分不结算；培训人次以签到人次为准（签到表另存）。2．第5期为两天（1月14日—15日）。3．脱贫户电商专场由区乡村振兴局另行组织，不在本结算单内，见《脱贫户专场学员》。", W));
    merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("培训结算单", rows, merges));
  }
  // ---------------------------------------------------------------- poor persons: 家庭成员（√ 分列）
  // [户, 村, name, rel, sex, birth, labour, work(县内/县外/未务工)]
  const PP = [
    [1, "砚坑村", "何振邦", "户主", "男", "19680311", true, "县内"], [1, "砚坑村", "林彩霞", "配偶", "女", "19700526", true, "未务工"],
    [1, "砚坑村", "何俊豪", "之子", "男", "19950807", true, "县外"], [1, "砚坑村", "何婆", "之母", "女", "19400101", false, "未务工"],
    [2, "砚坑村", "黄志勇", "户主", "男", "19790422", true, "未务工"], [2, "砚坑村", "梁秋萍", "配偶", "女", "19820913", true, "县内"],
    [2, "砚坑村", "黄晓彤", "之女", "女", "20080615", false, "未务工"],
    [3, "九坑村", "陈汉明", "户主", "男", "19630218", true, "未务工"], [3, "九坑村", "陈伟强", "之子", "男", "19901030", true, "县外"],
    [3, "九坑村", "苏美娟", "之儿媳", "女", "19910704", true, "未务工"],
    [4, "九坑村", "罗伯", "户主", "男", "19470909", false, "未务工"], [4, "九坑村", "罗桂英", "之女", "女", "19720312", true, "县内"],
    [5, "思霖村", "冯国良", "户主", "男", "19750823", true, "县内"], [5, "思霖村", "谭丽芳", "配偶", "女", "19770119", true, "未务工"],
    [5, "思霖村", "冯子健", "之子", "男", "20010505", true, "县外"],
    [6, "思霖村", "邓亚妹", "户主", "女", "19580727", true, "未务工"], [6, "思霖村", "邓志华", "之子", "男", "19851111", true, "县外"],
    [7, "大布村", "麦振华", "户主", "男", "19800402", true, "未务工"], [7, "大布村", "张秀兰", "配偶", "女", "19830620", true, "县内"],
    [7, "大布村", "麦嘉欣", "之女", "女", "20100908", false, "未务工"],
    [8, "大布村", "李金生", "户主", "男", "19660130", true, "未务工"], [8, "大布村", "李婆", "之母", "女", "19360815", false, "未务工"],
    [9, "金竹村", "吴建国", "户主", "男", "19710603", true, "县内"], [9, "金竹村", "吴少芬", "之女", "女", "19961227", true, "县外"],
    [10, "金竹村", "杨德明", "户主", "男", "19770914", true, "未务工"], [10, "金竹村", "区秀珍", "配偶", "女", "19790302", true, "未务工"],
    [11, "甘岭村", "钟志坚", "户主", "男", "19690418", true, "县内"], [11, "甘岭村", "钟婆", "之母", "女", "19420720", false, "未务工"],
    [11, "甘岭村", "钟文杰", "之子", "男", "19931016", true, "县外"],
    [12, "甘岭村", "刘美华", "户主", "女", "19740225", true, "未务工"], [12, "甘岭村", "刘伟", "之子", "男", "19980511", true, "县内"],
    [12, "甘岭村", "刘小燕", "之女", "女", "20000919", true, "未务工"],
  ];
  const PID = PP.map((p, i) => makeIdSex(AREA, p[5], 400 + i * 29, i === 13, p[4]));
  assert(PID[13].endsWith("X") && new Set(PID).size === PP.length, "ids");
  const TOWN_OF = (v) => TOWNS.find((t) => t[3].includes(v))[0];
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][6] && PP[i][7] !== "县外");
  assert(PP.length === 32 && eligible.length === 20, "32 persons, 20 eligible");
  {
    const W = 11, rows = [], merges = [];
    rows.push(span("鼎湖区脱贫户（建档立卡）家庭成员情况表", W)); merges.push("A1:K1");
    rows.push(span("区乡村振兴局　2021年6月更新　　（在对应栏内打“√”）", W)); merges.push("A2:K2");
    rows.push(["户编号", "户主", "所在镇（街）村", "成员姓名", "与户主关系", "身份证号", "劳动能力", null, "务工情况", null, null]);
    rows.push([null, null, null, null, null, null, "有", "无", "县内务工", "县外务工（含省外）", "未务工"]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "I3:K3");
    let cur = null, top = 0;
    PP.forEach((p, i) => {
      const first = p[0] !== cur;
      if (first) { if (cur !== null && rows.length > top) merges.push(`A${top}:A${rows.length}`, `B${top}:B${rows.length}`, `C${top}:C${rows.length}`); cur = p[0]; top = rows.length + 1; }
      rows.push([first ? "DH-" + String(p[0]).padStart(3, "0") : null, first ? p[2] : null, first ? TOWN_OF(p[1]) + p[1] : null, p[2], p[3], PID[i],
        p[6] ? "√" : null, p[6] ? null : "√", p[7] === "县内" ? "√" : null, p[7] === "县外" ? "√" : null, p[7] === "未务工" ? "√" : null]);
    });
    if (rows.length > top) merges.push(`A${top}:A${rows.length}`, `B${top}:B${rows.length}`, `C${top}:C${rows.length}`);
    rows.push(span("注：“县外务工（含省外）”即外出务工；在校学生、老人按无劳动能力填。共12户32人。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    sheets.push(sheet("脱贫户家庭成员", rows, merges));
  }
  // ---------------------------------------------------------------- poor trainees: 专场学员
  const SP = [
    ["2020.12.10", "2020-12-10", [0, 1, 2, 4, 7, 8, 9, 10, 12, 14]],
    ["2021年5月20日", "2021-05-20", [0, 4, 12, 17, 18, 22, 16, 23, 14, 1]],
    ["2021.9.9", "2021-09-09", [24, 25, 26, 29, 5, 28, 0]],
  ];
  const spOk = SP.filter((s) => dateOk(s[1]));
  const spRows = spOk.reduce((a, s) => a + s[2].length, 0);
  const trained = new Set(spOk.flatMap((s) => s[2]).filter((i) => eligible.includes(i)));
  assert(spRows === 20 && trained.size === 9 && trained.size * 100 >= 20 * 40 && trained.size * 100 < 20 * 50, "9/20 = 45% → 8");
  const trainedAll = new Set(SP.flatMap((s) => s[2]).filter((i) => eligible.includes(i)));
  assert(trainedAll.size * 100 >= 20 * 70, "with the September session 14/20 = 70% (the trap)");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("鼎湖区脱贫户电商专场培训学员信息采集表", W)); merges.push("A1:H1");
    rows.push(span("组织单位：鼎湖区乡村振兴局、区商务局　　（不在培训服务结算单内）", W)); merges.push("A2:H2");
    rows.push(["序号", "培训日期", "姓名", "性别", "身份证号", "所在村", "人员类别", "联系电话"]);
    let n = 0;
    SP.forEach((s) => s[2].forEach((i) => {
      n += 1;
      const id = i === 17 ? PID[i].slice(0, 6) + " " + PID[i].slice(6, 14) + " " + PID[i].slice(14) : PID[i];
      rows.push([n, s[0], PP[i][2], PP[i][4], id, PP[i][1], "脱贫户", "13" + String(6 + (i % 4)) + "****" + String(1000 + i * 277).slice(-4)]);
    }));
    sheets.push(sheet("脱贫户专场学员", rows, merges));
  }
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + s[5], 0);
  const sesCapped = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + Math.min(CAP, s[5]), 0);
  const POP = 179000;
  const personTimes = sesOk + spRows;
  assert(sesOk === 1639 && personTimes === 1659 && personTimes * 1000 >= POP * 8 && personTimes * 1000 < POP * 10, "1659/179000 = 0.927% → 8");
  assert((sesCapped + spRows) * 1000 < POP * 8 && (sesCapped + spRows) * 1000 >= POP * 6, "结算人次 1415 → 6 (the trap)");
  assert((personTimes + 130 + 7) * 1000 >= POP * 10, "with September 1796 → 10 (the trap)");
  // ---------------------------------------------------------------- enterprises: 变动登记（事件）
  const code = (i) => "91441203MA5" + String(5100 + i * 89).padStart(4, "0") + "R" + String(20 + i);
  // [date cell, iso, name, codeIdx, 事项, 类别, 备注]
  const EV = [
    ["2020.7.1", "2020-07-01", "肇庆市鼎商电子商务有限公司", 0, "入驻", "电商代运营", "园区运营方"],
    ["2020.7.1", "2020-07-01", "肇庆鼎湖山货网络科技有限公司", 1, "入驻", "电商平台", null],
    ["2020.7.15", "2020-07-15", "鼎湖区砚村米业电子商务有限公司", 2, "入驻", "网店销售", null],
    ["2020.8.3", "2020-08-03", "肇庆鼎湖顺达快递有限公司", 3, "入驻", "快递物流", null],
    ["2020.8.17", "2020-08-17", "鼎湖区莲花山坑螺电商有限公司", 4, "入驻", "网店销售", null],
    ["2020.9.1", "2020-09-01", "鼎湖区沙浦莲藕电子商务有限公司", 5, "入驻", "网店销售", null],
    ["2020.9.14", "2020-09-14", "肇庆羚山直播传媒有限公司", 6, "入驻", "直播服务", null],
    ["2020.10.9", "2020-10-09", "鼎湖区永安农品汇电子商务有限公司", 7, "入驻", "网店销售", null],
    [D("2020-10-26"), "2020-10-26", "肇庆西江冷链仓储有限公司", 8, "入驻", "仓储物流", null],
    ["2020.11.2", "2020-11-02", "鼎湖区凤凰竹笋电子商务有限公司", 9, "入驻", "网店销售", null],
    ["2020.11.16", "2020-11-16", "肇庆鼎湖优品网络科技有限公司", 10, "入驻", "电商平台", null],
    ["2020.12.1", "2020-12-01", "鼎湖区广利腊味电子商务有限公司", 11, "入驻", "网店销售", null],
    ["2020.12.21", "2020-12-21", "鼎湖区桂城茶叶网店", 12, "入驻", "网店销售", null],
    ["2021.1.11", "2021-01-11", "鼎湖区凤凰竹笋电子商务有限公司", 9, "退出", "网店销售", "迁往高要区"],
    ["2021.1.18", "2021-01-18", "肇庆鼎湖云仓供应链有限公司", 13, "入驻", "仓储物流", null],
    ["2021.3.1", "2021-03-01", "鼎湖区坑口鲜果电子商务有限公司", 14, "入驻", "网店销售", null],
    ["2021.3.22", "2021-03-22", "肇庆鼎湖电商运营服务有限公司", 15, "入驻", "电商代运营", null],
    ["2021.4.6", "2021-04-06", "鼎湖区沙浦莲藕电子商务有限公司", 5, "退出", "网店销售", "注销"],
    ["2021.4.19", "2021-04-19", "鼎湖区罗隐豆腐角网店", 16, "入驻", "网店销售", null],
    ["2021.5.10", "2021-05-10", "鼎湖区九坑鸡电子商务有限公司", 17, "入驻", "网店销售", null],
    ["2021.6.1", "2021-06-01", "肇庆鼎湖优选网络科技有限公司", 10, "更名", "电商平台", "原“肇庆鼎湖优品网络科技有限公司”更名，信用代码不变，不是新入驻"],
    ["2021.6.7", "2021-06-07", "鼎湖区甘岭蜂蜜电子商务有限公司", 18, "入驻", "网店销售", null],
    ["2021.6.28", "2021-06-28", "肇庆鼎湖跨境电商有限公司", 19, "入驻", "电商平台", null],
    ["2021.7.12", "2021-07-12", "肇庆羚山直播传媒有限公司", 6, "退出", "直播服务", "合同到期不续"],
    ["2021.7.26", "2021-07-26", "鼎湖区大布黑叶荔枝电商有限公司", 20, "入驻", "网店销售", null],
    ["2021.8.16", "2021-08-16", "鼎湖区官田粉葛电子商务有限公司", 21, "入驻", "网店销售", null],
    ["2021.9.6", "2021-09-06", "鼎湖区新安花卉电商有限公司", 22, "入驻", "网店销售", null],
    ["2021.9.13", "2021-09-13", "肇庆鼎湖同城配送有限公司", 23, "入驻", "快递物流", null],
  ];
  const inPark = new Map();
  EV.filter((e) => dateOk(e[1])).forEach((e) => { if (e[4] === "入驻") inPark.set(e[3], e[5]); if (e[4] === "退出") inPark.delete(e[3]); });
  const entries = EV.filter((e) => dateOk(e[1]) && e[4] === "入驻").length;
  assert(entries === 22 && inPark.size === 19, "22 entered, 3 left → 19 < 20");
  assert(entries >= 20 && inPark.size + 1 >= 20 && EV.filter((e) => e[4] === "入驻").length - 3 >= 20, "the traps: ignoring exits 22, counting the rename 20, counting September 21");
  const TY = { 电商代运营: "电商运营商", 电商平台: "平台型", 网店销售: "销售型", 快递物流: "物流企业", 仓储物流: "物流企业", 直播服务: "直播服务" };
  assert(new Set([...inPark.values()].map((t) => TY[t])).size >= 3, "types ≥ 3");
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("鼎湖电商产业园入驻企业变动登记", W)); merges.push("A1:G1");
    rows.push(span("（园区运营方按发生顺序登记企业入驻、退出、更名；某日在园企业＝此前入驻且未退出的企业）", W)); merges.push("A2:G2");
    rows.push(["序号", "登记日期", "企业名称", "统一社会信用代码", "变动事项", "经营类别", "备注"]);
    EV.forEach((e, i) => rows.push([i + 1, e[0], e[2], code(e[3]), e[4], e[5], e[6]]));
    sheets.push(sheet("入驻企业变动登记", rows, merges));
  }
  // ---------------------------------------------------------------- funds: 合同付款台账（分期列组）
  // [项目, 承建单位, 合同额, [ [date cell, iso, amount cell, amount] ×3 ], 备注]
  const CT = [
    ["区电子商务公共服务中心建设及运营", "肇庆市鼎商电子商务有限公司", 1500000, [["2020.7.10", "2020-07-10", 600000, 600000], ["2021.3.12", "2021-03-12", 450000, 450000], null], "尾款待运营满一年考核后支付"],
    ["村级电商服务站点建设（一期）", "肇庆市鼎商电子商务有限公司", 880000, [[D("2020-09-18"), "2020-09-18", 440000, 440000], ["2020.12.25", "2020-12-25", "35万", 350000], ["2021.6.30", "2021-06-30", 90000, 90000]], null],
    ["村级电商服务站点建设（二期）", "肇庆市鼎商电子商务有限公司", 620000, [["2021.4.16", "2021-04-16", 310000, 310000], ["21.8.20", "2021-08-20", "28.6万", 286000], null], "尾款24,000元为质保金"],
    ["农村电商人才培训", "肇庆市鼎商电子商务有限公司", 600000, [["2020.12.30", "2020-12-30", 240000, 240000], ["2021.8.27", "2021-08-27", "167,400.00", 167400], ["2021.9.24", "2021-09-24", 100000, 100000]], null],
    ["农产品品牌培育与网络促销", "肇庆鼎湖山货网络科技有限公司", 450000, [["2021.1.20", "2021-01-20", 225000, 225000], ["2021.7.9", "2021-07-09", 180000, 180000], null], null],
    ["县乡村三级物流配送体系", "鼎湖区邮政分公司", 700000, [["2020.11.5", "2020-11-05", 350000, 350000], ["2021.5.14", "2021-05-14", 140000, 140000], null], null],
    ["农产品冷链及溯源系统", "肇庆西江冷链仓储有限公司", 250000, [["2021.6.8", "2021-06-08", 125000, 125000], null, null], null],
  ];
  const pays = CT.flatMap((c) => c[3].filter(Boolean));
  const spent = pays.filter((p) => dateOk(p[1])).reduce((a, p) => a + p[3], 0);
  const ALLOC = 5000000;
  assert(CT.reduce((a, c) => a + c[2], 0) === ALLOC && spent === 3953400 && spent * 100 >= ALLOC * 70, "3,953,400 / 5,000,000 = 79.07%");
  assert((spent - 636000 + 64) * 100 < ALLOC * 70, "reading 35万 and 28.6万 as 元 → below 70% (the trap)");
  const augPaid = pays.filter((p) => p[1].startsWith("2021-08")).reduce((a, p) => a + p[3], 0);
  assert(augPaid === 453400, "August 453,400");
  {
    const W = 13, rows = [], merges = [];
    rows.push(span("鼎湖区电子商务进农村综合示范项目合同付款台账", W)); merges.push("A1:M1");
    rows.push(span("金额单位：元（个别写“万”的为万元）　　省级下达资金5,000,000元", W)); merges.push("A2:M2");
    rows.push(["序号", "项目名称", "承建单位", "合同金额", "第一期", null, "第二期", null, "第三期（尾款）", null, "已付合计", "未付余额", "备注"]);
    rows.push([null, null, null, null, "付款日期", "金额", "付款日期", "金额", "付款日期", "金额", null, null, null]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "M3:M4");
    let cs = 0, ps = 0;
    CT.forEach((c, i) => {
      const cells = [];
      c[3].forEach((p) => { if (p) cells.push(p[0], p[2]); else cells.push("未付", null); });
      const paid = c[3].filter(Boolean).reduce((a, p) => a + p[3], 0);
      cs += c[2]; ps += paid;
      rows.push([i + 1, c[0], c[1], c[2]].concat(cells, [paid, c[2] - paid, c[4]]));
    });
    rows.push(["合计", null, null, cs, null, null, null, null, null, null, ps, cs - ps, null]); merges.push(`A${rows.length}:C${rows.length}`);
    rows.push(span("注：已付合计含9月24日支付的培训款100,000元；截至2021年8月31日累计支付3,953,400元。", W)); merges.push(`A${rows.length}:M${rows.length}`);
    assert(ps === 4053400, "all paid 4,053,400");
    sheets.push(sheet("合同付款台账", rows, merges));
  }
  // ---------------------------------------------------------------- reports: 市局通报矩阵
  const CO = ["端州区", "鼎湖区", "高要区", "四会市", "广宁县", "德庆县", "封开县", "怀集县"];
  const DH = { "2020-12": "△", "2021-02": "✗" };
  const OTH = { 高要区: { "2021-01": "△" }, 广宁县: { "2020-10": "✗", "2021-04": "△" }, 怀集县: { "2021-06": "△" }, 德庆县: { "2021-02": "✗", "2021-03": "✗" } };
  {
    const W = CO.length + 1, rows = [], merges = [];
    rows.push(span("肇庆市各县（市、区）电子商务进农村工作月报报送情况（市商务局通报附表）", W)); merges.push(`A1:${colLetter(W - 1)}1`);
    rows.push(span("摘自肇庆市商务局《关于2020年9月—2021年8月电子商务进农村工作月报报送情况的通报》（2021年9月15日）。“报送月份”指月报所属月份。", W)); merges.push(`A2:${colLetter(W - 1)}2`);
    rows.push(["报送月份"].concat(CO));
    WINDOW.forEach((m) => {
      const lab = m.slice(0, 4) + "年" + (+m.slice(5)) + "月";
      rows.push([lab].concat(CO.map((c) => (c === "鼎湖区" ? DH[m] : (OTH[c] || {})[m]) || "✓")));
    });
    rows.push(span("图例：✓按时报送（次月10日前）；△逾期报送；✗未报送。", W)); merges.push(`A${rows.length}:${colLetter(W - 1)}${rows.length}`);
    sheets.push(sheet("月报通报", rows, merges));
  }
  const repMonths = WINDOW.filter((m) => DH[m] !== "✗").length;
  assert(repMonths === 11, "鼎湖 11 months (2021年2月未报)");
  // ---------------------------------------------------------------- disclosures: 保密审查登记
  const ZL = "区政府网站·电子商务进农村专栏", TZ = "区政府网站·通知公告", GZH = "“鼎湖商务”公众号";
  const SC = [
    ["2020.9.7", "鼎湖区电子商务进农村综合示范项目建设进度（2020年8月）", ZL, "同意发布", "2020.9.9", "2020-09-09"],
    ["2020.10.12", "鼎湖区电子商务进农村综合示范项目建设进度（2020年9月）", ZL, "同意发布", "2020.10.14", "2020-10-14"],
    ["2020.10.26", "关于开展“双十一”农产品网络促销活动的通知", TZ, "同意发布", "2020.10.27", "2020-10-27"],
    ["2020.11.9", "鼎湖区电子商务进农村综合示范项目建设进度（2020年10月）", ZL, "同意发布", "2020.11.11", "2020-11-11"],
    ["2020.12.8", "鼎湖区第二批村级电商服务站点挂牌", GZH, "同意发布", "2020.12.9", "2020-12-09"],
    ["2021.1.11", "鼎湖区电子商务进农村综合示范项目建设进度（2020年11—12月）", ZL, "同意发布", "2021.1.13", "2021-01-13"],
    ["2021.2.3", "鼎湖区电子商务进农村综合示范项目建设进度（2021年1月）", ZL, "同意发布", "2021.2.4", "2021-02-04"],
    ["2021.3.8", "鼎湖区电子商务进农村综合示范项目建设进度（2021年2月）", ZL, "同意发布", "2021.3.10", "2021-03-10"],
    ["2021.3.24", "关于设立电子商务进农村综合示范项目监督举报电话的公告", ZL, "同意发布", "2021.3.25", "2021-03-25"],
    ["2021.4.28", "鼎湖区电子商务进农村综合示范项目建设进度（2021年3—4月）", ZL, "修改后发布", "2021.5.6", "2021-05-06"],
    ["2021.6.7", "鼎湖区电子商务进农村综合示范项目建设进度（2021年5月）", ZL, "同意发布", "2021.6.8", "2021-06-08"],
    ["2021.7.6", "鼎湖区电子商务进农村综合示范项目建设进度（2021年6月）", ZL, "同意发布", "2021.7.8", "2021-07-08"],
    ["2021.8.9", "鼎湖区电子商务进农村综合示范项目建设进度（2021年7月）", ZL, "同意发布", "2021.8.10", "2021-08-10"],
    ["2021.9.6", "鼎湖区电子商务进农村综合示范项目建设进度（2021年8月）", ZL, "同意发布", "2021.9.8", "2021-09-08"],
  ];
  const disMonths = monthsCovered(SC.filter((s) => s[2] === ZL).map((s) => s[5]));
  assert(disMonths === 10, "专栏 10 months (no 2020-12, no 2021-04)");
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("鼎湖区商务局政府信息公开保密审查登记表", W)); merges.push("A1:G1");
    rows.push(["序号", "送审日期", "信息标题", "拟发布渠道（栏目）", "审查结论", "发布日期", "审查人"]);
    SC.forEach((s, i) => rows.push([i + 1, s[0], s[1], s[2], s[3], s[4], "区商务局办公室 邓××"]));
    rows.push(span("注：以“发布日期”为信息实际上网日期。", W)); merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("信息发布审查登记", rows, merges));
  }
  // ---------------------------------------------------------------- media: 存档目录
  const MD = [
    ["DH-XC-01", "2020.11.12", "鼎湖区融媒体中心（区级）", "网络", "鼎湖首批村级电商服务站挂牌", "网页截图", "否"],
    ["DH-XC-02", "2021.3.11", "鼎湖电视台（区级）", "电视", "区电子商务公共服务中心投入运营", "视频", "否"],
    ["DH-XC-03", "2021.4.20", "南方日报（省级）", "报纸", "鼎湖：小山村搭上电商快车", "剪报", "否"],
    ["DH-XC-04", D("2021-06-16"), "广东广播电视台珠江频道（省级）", "电视", "莲花镇脱贫户直播卖砚村米", "视频", "是"],
    ["DH-XC-05", "2021.9.2", "西江日报（市级）", "报纸", "鼎湖电商进农村示范创建通过市级初验", "剪报", "否"],
    ["DH-XC-06", "2021.9.14", "中央广播电视总台农业农村频道（中央级）", "电视", "肇庆鼎湖：脱贫户的“云端”生意", "视频", "是"],
  ];
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("鼎湖区电商进农村宣传报道存档目录", W)); merges.push("A1:G1");
    rows.push(["档案号", "报道日期", "媒体（级别）", "形式", "标题", "存档形式", "电商扶贫典型案例"]);
    MD.forEach((m) => rows.push(m.slice()));
    sheets.push(sheet("宣传报道存档", rows, merges));
  }
  {
    const rows = [["序号", "报送日期", "材料名称", "报送对象"], [1, "2021.3.5", "鼎湖区村级电商服务站建设情况（信息）", "区委办《鼎湖信息》"],
      [2, "2021.7.16", "鼎湖区“电商+脱贫户”砚村经验做法", "肇庆市商务局"]];
    sheets.push(sheet("经验材料", rows));
  }
  // ---------------------------------------------------------------- 8月月报 (facts)
  const SPENT_JUL = spent - augPaid, TR_JUL = personTimes - SES.filter((s) => s[2].startsWith("2021-08")).reduce((a, s) => a + s[5], 0);
  assert(SPENT_JUL === 3500000 && TR_JUL === 1389, "July cumulative");
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("肇庆市电子商务进农村综合示范工作进展月报表");
    full("报送单位：鼎湖区商务局（区电子商务进农村工作领导小组办公室）　　报送月份：2021年8月　　统计截止：2021年8月31日");
    rows.push(["序号", "指标", "单位", "上月末累计", "本月完成", "本月末累计", "备注"]);
    let n = 0;
    const L = (a, u, prev, m, cur, note) => { n += 1; rows.push([n, a, u, prev, m, cur, note === undefined ? null : note]); };
    full("一、基本情况");
    L("常住人口", "万人", 17.9, "—", 17.9, "第七次全国人口普查");
    L("行政村数（不含社区居委会）", "个", 58, "—", 58, "另有社区居委会12个");
    L("省定贫困村数", "个", 6, "—", 6, null);
    full("二、组织保障");
    L("领导小组组长", "—", "—", "—", "区委常委、常务副区长 梁××", null);
    L("领导小组成员单位", "—", "—", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政分公司", null);
    L("示范县工作方案", "—", "—", "—", "已正式印发", "鼎府办〔2019〕66号");
    L("支持农村电商发展的政策", "—", "—", "—", "已出台", "2020年9月《鼎湖区农村电子商务发展扶持办法》");
    full("三、服务体系");
    L("县级电子商务公共服务中心投入运营日期", "—", "2021.3.10", "—", "2021.3.10", "原定2020年12月，装修延期");
    L("中心免费培训场所及设备", "—", "是", "—", "是", null);
    L("中心为特色农产品提供免费展示、销售", "—", "是", "—", "是", null);
    L("中心提供免费摄影、美工服务", "—", "否", "8月起免费", "是", "运营方承担");
    L("中心组织农产品统一推广、品牌建设", "—", "是", "—", "是", "“鼎湖好物”区域公用品牌");
    L("中心提供其他衍生增值服务", "—", "否", "—", "否", null);
    L("电商产业园", "—", "是", "—", "是", "鼎湖电商产业园（桂城）");
    L("产业园累计入驻企业", "家", entries - 1, 1, entries, "累计数，含已退出");
    L("村级电商服务站点", "个", ST.filter((s) => s[4] < "2021-08").length, ST.filter((s) => s[4].startsWith("2021-08")).length, ST.filter((s) => dateOk(s[4])).length, "含社区站");
    L("专业第三方电商运营服务商", "—", "有", "—", "有", "肇庆市鼎商电子商务有限公司");
    L("行政村物流快递覆盖率100%", "—", "是", "—", "是", null);
    full("四、农村产品上行");
    L("2019年农村网络零售额", "万元", 32600, "—", 32600, "省商务厅反馈");
    L("2020年农村网络零售额", "万元", 43500, "—", 43500, "省商务厅反馈");
    full("五、人才培训");
    L("培训人次", "人次", TR_JUL, personTimes - TR_JUL, personTimes, "含脱贫户专场");
    L("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", eligible.length, "—", eligible.length, "区乡村振兴局");
    L("参加培训的建档立卡贫困人口", "人", trained.size, 0, trained.size, null);
    full("六、信息公开与报送");
    L("专栏公示创建方案", "—", "是", "—", "是", null);
    L("专栏公示项目基本信息", "—", "是", "—", "是", null);
    L("专栏公示项目建设进度", "—", "是", "—", "是", null);
    L("专栏设立征求意见或监督举报窗口", "—", "是", "—", "是", "2021年3月设监督举报电话");
    L("能统计电商扶贫情况", "—", "是", "—", "是", "月报附电商扶贫统计表");
    full("七、资金管理");
    L("下达资金总额", "万元", 500, "—", 500, null);
    L("累计拨付资金", "万元", SPENT_JUL / 10000, augPaid / 10000, spent / 10000, null);
    L("资金管理制度", "—", "已制定", "—", "已制定", null);
    L("资金专用台账", "—", "已建立", "—", "已建立", null);
    L("项目总体进度", "%", 85, 3, 88, null);
    full("八、安全生产");
    L("安全生产、质量事故", "起", 0, 0, 0, "无重大经济损失");
    full("填报人：区商务局 邓××　　联系电话：0758-26×××××　　审核：区商务局副局长 陈××　　填报日期：2021年9月3日");
    assert(Math.round((spent - SPENT_JUL) / 100) / 100 === 45.34 && spent / 10000 === 395.34, "万元 figures");
    sheets.splice(1, 0, sheet("8月月报", rows, merges));
  }
  // ---------------------------------------------------------------- 自评分 (claims + judged, two blocks)
  const CL = [
    ["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 1, "org.policy"], ["项目管理", 4, 3, "org.management"],
    ["服务体系建设—县级中心与产业园", 15, 14, "work.center"], ["服务体系建设—村级站点覆盖", 10, 10, "work.coverage"], ["农村产品上行", 10, 9, "work.upward"],
    ["电商人才培训", 20, 18, "work.training"], ["信息公开", 4, 4, "info.disclosure"], ["数据上报", 6, 4, "info.reporting"], ["案例总结", 2, 2, "promo.cases"],
    ["经验推广", 8, 5, "promo.media"], ["制度建立", 5, 4, "fund.system"], ["资金台账", 5, 4, "fund.ledger"], ["资金支出", 5, 4, "fund.spending"],
    ["加分：贫困人口培训率≥70%", 2, 0, "bonus.poorTraining"], ["加分：电商扶贫典型案例电视播报", 2, 1, "bonus.tvCase"],
  ];
  const JU = [["方案制定", "1-2", 2], ["政策支持", "1-2", 1], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 1], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 2],
    ["交易标准与冷链、溯源", "1-2", 1], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  const claimed = {}; CL.forEach((c) => { claimed[c[3]] = c[2]; });
  const claimSum = CL.slice(0, 15).reduce((a, c) => a + c[2], 0), claimBonus = CL.slice(15).reduce((a, c) => a + c[2], 0);
  assert(claimSum === 86 && claimBonus === 1, "claims 86 + 1");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("鼎湖区示范创建考评自评分（2021年9月3日局务会审定）", W)); merges.push("A1:H1");
    rows.push(["一、按指标自评", null, null, null, null, "二、主观评分项", null, null]); merges.push("A2:D2", "F2:H2");
    rows.push(["序号", "考评指标", "满分", "自评分", null, "评分项", "分值范围", "自评分"]);
    const h = Math.max(CL.length, JU.length);
    for (let i = 0; i < h; i++) {
      const c = CL[i], j = JU[i];
      rows.push([c ? i + 1 : null, c ? c[0] : null, c ? c[1] : null, c ? c[2] : null, null, j ? j[0] : null, j ? j[1] : null, j ? j[2] : null]);
    }
    rows.push(["合计", null, 100, claimSum + "（另加分" + claimBonus + "）", null, null, null, null]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(span("注：左边是按考评指标的自评分；右边是其中主观评分项的自评分（方案制定、政策支持两项左右相同）。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.splice(2, 0, sheet("自评分", rows, merges));
  }
  // ---------------------------------------------------------------- expectation
  const g = 43500 / 32600 - 1;
  assert(g >= 0.3 && Math.round(g * 1000) === 334, "+33.4%");
  const points = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(sumPts(points) === 75, "75 got " + sumPts(points));
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const vetoed = false;
  const total = sumPts(points) + bonus;
  assert(total === 76 && bonus === 1, "total 76");
  write("counties/b122-c1-dinghu.json", {
    description:
      "肇庆市鼎湖区商务局交的整本考评数据及台账（14个表），75＋加分1＝76分，未否决（自评86＋加分1）。事实在《8月月报》：是报肇庆市商务局的2021年8月进展月报表，表头 序号｜指标｜单位｜上月末累计｜本月完成｜本月末累计｜备注，按“一、基本情况……八、安全生产”分段。读法：只读“本月末累计”列（统计截止2021年8月31日）——培训人次1,659（不是本月的270或上月末的1,389）、累计拨付395.34万元、总体进度88%、免费摄影美工上月末“否”本月末“是”；领导小组组长“区委常委、常务副区长” → 副职，分管领导（“区委常委”不是书记）；“产业园累计入驻企业22家”“站点43个”是累计口径，考评以台账为准；快递覆盖写“是”，但区划代码表有“快递进村”列且小坑村“×”，以台账为准。《自评分》左右两块：左边按指标的自评分（claimed），右边主观评分项的自评分（judged）。台账：《村居区划代码》是国家统计局统计用区划代码表（区行、镇街行是上级区划不是村，“××村委会”58个行政村、“××居委会”12个社区），区商务局加了省定贫困村（是）和快递进村（√/×）两列；《站点视频目录》是迎检视频目录，读“挂牌运营时间”不读“拍摄日期”和文件名里的日期，“罗隐村民委员会”就是罗隐村，永安村两站，坑口社区站不算，甘岭村、荔枝村2021.9.6；《培训结算单》是培训公司结算单，人次读“签到人次”（不是封顶120的“结算人次”），9月16日那期不算；《脱贫户专场学员》另行组织、不在结算单里，一行一人次，麦振华身份证号中间有空格；《脱贫户家庭成员》按户合并，劳动能力“有｜无”、务工“县内｜县外（含省外）｜未务工”打√；《入驻企业变动登记》是入驻、退出、更名的流水，在园企业要按事件推算（更名不是新入驻）；《合同付款台账》每个合同三期付款各占“付款日期｜金额”两列，“35万”“28.6万”是万元，“未付”不是付款，9月24日那笔不算；《月报通报》是市局通报附表，行是月份、列是各县区，只看“鼎湖区”列（2021年2月✗未报、2020年12月△逾期也算报了）；《信息发布审查登记》只算发布到“电子商务进农村专栏”的、按“发布日期”；《宣传报道存档》级别写在媒体名后括号里；《经验材料》只算报市商务局的。",
    sheets,
    expect: { asOf: "2021-08-31", total, bonus, vetoed, points, claimed },
    derivation: [
      "org.leadership: 8月月报领导小组组长“区委常委、常务副区长 梁××”= 副区长，分管领导牵头 → 1（成员单位齐全也只有1分；自评2）",
      "org.plan: 工作方案“已正式印发”；主观分方案制定2 → 2",
      "org.policy: 扶持政策“已出台”；主观分政策支持1 → 1",
      "org.management: 项目管理制度2 ＋ 工作台账1 → 3",
      "work.center: 中心2021.3.10投入运营 ≤ 截止日 2；晚于2021-02-28，未满6个月 0；免费培训 2；免费展示销售 1；免费摄影美工本月末“是” 1；品牌“鼎湖好物” 1；其他衍生增值服务“否” 0；产业园“是” 2；变动登记截止日前入驻22家（更名那行不是入驻），其中凤凰竹笋（2021.1.11）、沙浦莲藕（2021.4.6）、羚山直播（2021.7.12）已退出 → 在园19家 < 20 → 0（9月两家不算）；类型 电商代运营、电商平台、网店销售、快递/仓储物流 ≥ 3 → 1；合计 10（自评14）",
      "work.coverage: 区划代码表行政村58个（12个居委会和镇街行不计）；站点视频目录截止日前有站的行政村41个（罗隐村民委员会＝罗隐村；永安村两站算一个；坑口社区站不计；甘岭村、荔枝村2021.9.6不算）；41/58 = 70.7% ≥ 70% → 5；省定贫困村6个中砚坑、九坑、思霖、大布、金竹有站，甘岭村9月才建 → 5/6 = 83.3% → 3；合计 8（自评10）",
      "work.upward: 网销调研2；网络促销2；第三方服务商“有” 1；区划代码表有快递进村列，小坑村“×” → 0（月报写“是”不采用）；交易标准与溯源1；农村网零43,500/32,600万元 = +33.4% ≥ 30% → 2；合计 8（自评9）",
      "work.training: 人次 = 结算单截止日前12期签到人次 96+138+152+110+186+128+143+117+165+134+158+112 = 1,639 ＋ 脱贫户专场2020.12.10的10人、2021.5.20的10人 = 1,659；基数 min(179,000, 500,000)；1,659/179,000 = 0.927% → 0.8%–1% → 8（按结算人次1,415只有0.79%；算上9月两期1,796才到1%）。家庭成员表32人，有劳动能力且不是县外务工的20人；截止日前参训的其中9人（何振邦、林彩霞、黄志勇、陈汉明、苏美娟、冯国良、麦振华、张秀兰、吴建国；何俊豪、陈伟强、冯子健、邓志华、吴少芬县外务工不算，罗伯无劳动能力不算；林彩霞、何振邦等参训两次只算一人）；9/20 = 45% → 40%–50% → 8；合计 16（自评18）",
      "info.disclosure: 月报专栏公示方案、项目信息、进度、监督举报窗口都“是” → 2；审查登记中发布到电子商务进农村专栏的发布日期覆盖2020-09、10、11、2021-01、02、03、05、06、07、08，2020年12月只发了公众号，3—4月进度5月6日才发布 → 10个月 → 不定时 1；合计 3（自评4）",
      "info.reporting: 市局通报鼎湖区列：2020年12月△逾期（也报了），2021年2月✗未报 → 11个月 → 不定时 1；能统计电商扶贫“是” → 3；合计 4",
      "promo.cases: 2021.7.16向肇庆市商务局报送“电商+脱贫户”砚村经验 → 2（3月5日报区委办的不算也不影响）",
      "promo.media: 截止日前：南方日报、广东广播电视台珠江频道（省级）→ 4；鼎湖区融媒体中心、鼎湖电视台（区级）→ 1；西江日报（市级）2021.9.2在截止日后 → 0；合计 5",
      "fund.system: 资金管理制度已制定；主观分4 → 4",
      "fund.ledger: 资金专用台账已建立；主观分4 → 4",
      "fund.spending: 合同付款台账截止日前 600,000＋450,000＋440,000＋350,000（35万）＋90,000＋310,000＋286,000（28.6万）＋240,000＋167,400＋225,000＋180,000＋350,000＋140,000＋125,000 = 3,953,400元（9月24日100,000元不算；与月报395.34万元一致）；3,953,400/5,000,000 = 79.07% ≥ 70% → 及时拨付主观分4 → 4",
      "bonus.poorTraining: 9/20 = 45% < 70% → 0（把9月9日专场算进去才有14/20 = 70%）",
      "bonus.tvCase: 广东广播电视台珠江频道2021.6.16播出电商扶贫典型案例（省级电视）→ 1；中央台2021.9.14在截止日后 → 不得2分",
      "veto.incident: 月报安全生产、质量事故0起 → 0，不否决",
      "veto.progress: 项目总体进度本月末88% ≥ 40% → 0，不否决",
      "veto.fraud: 没有弄虚作假的声明或认定 → 0，不否决",
      "total: 1+2+1+3+10+8+8+16+3+4+2+5+4+4+4 = 75，加分1，合计76；自评86＋加分1",
    ],
  });
})();

console.log("wrote:\n" + written.join("\n"));
