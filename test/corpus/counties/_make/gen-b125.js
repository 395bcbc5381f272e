// Batch 125 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b124.js)
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
const fmtMD = (iso) => { const [, m, d] = iso.split("-"); return `${+m}月${+d}日`; };
const fmtCompact = (iso) => iso.replace(/-/g, "");
const money2 = (n) => thousands(Math.floor(n)) + "." + String(Math.round(n * 100) % 100).padStart(2, "0");
const pct1 = (a, b) => (Math.round((a / b) * 1000) / 10).toFixed(1) + "%";

// =====================================================================================
// facts/b125-f1-chaoyang: 汕头潮阳区 — 区商务局对区政协提案的答复函（公文逐段打进Excel，一段一行），
// 数在正文段落里；附件“主要指标完成情况表”有“创建目标值”和“完成值”两栏，只读完成值
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("汕头市潮阳区商务局");
  full("关于区政协八届五次会议第127号提案的答复");
  rows.push(["提案号", "第127号", "提案人", "陈××委员", "办理类别", "A类（所提问题已经解决或基本解决）"]);
  rows.push(["承办方式", "主办", "签发人", "郑××（局长）", "答复日期", "2021年9月8日"]);
  rows.push(["提案题目", "关于加快我区农村电子商务发展助力乡村振兴的建议", null, null, null, null]); merges.push(`B${R()}:F${R()}`);
  rows.push(span(null, W));
  full("陈××委员：");
  const P = [
    "　　您提出的《关于加快我区农村电子商务发展助力乡村振兴的建议》收悉。经认真研究，并商区财政局、区农业农村局、区乡村振兴局，现将办理情况答复如下：",
    "　　一、我区电子商务进农村综合示范创建情况",
    "　　2019年12月，我区获批省级电子商务进农村综合示范县（区）。区委、区政府高度重视，成立了以区长为组长、常务副区长和分管副区长为副组长的区电子商务进农村综合示范工作领导小组，成员单位包括区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局和区邮政分公司，领导小组办公室设在区商务局。2020年3月，区政府办公室正式印发《潮阳区电子商务进农村综合示范工作实施方案》（潮府办〔2020〕8号）；同年7月出台《潮阳区促进农村电子商务发展若干措施》，在场地租金、物流补贴、人才培训等方面给予支持。",
    "　　（一）服务体系。区电子商务公共服务中心于2020年9月28日建成并投入运营，设有免费培训室（配电脑60台），可常态化组织电商基础培训，并为农户和涉农企业免费提供农特产品展示展销、产品摄影和美工设计服务，组织“潮阳好物”农产品统一推广、指导品牌建设。依托谷饶镇针织内衣产业基地整合建设了潮阳电商产业园。全区行政村192个（另有社区居委会86个），其中省定贫困村13个；邮政、快递企业已实现行政村快递服务全覆盖。区政府通过公开招标引入汕头市潮商优品供应链管理有限公司作为第三方电子商务运营服务商。",
    "　　（二）农村产品上行。2020年全区农村网络零售额48.6亿元，同比增长33.2%（省商务厅统计监测数据）。",
    "　　（三）人才培训。截至2021年8月31日，累计开展电商培训218期、12,560人次。全区常住人口166.3万人（第七次全国人口普查），按50万人基数计算，培训覆盖率2.51%。全区有劳动能力且未外出务工的建档立卡贫困人口4,215人，已参加电商培训2,388人，培训率56.7%。",
    "　　（四）信息公开和数据报送。区政府门户网站开设了“电子商务进农村综合示范”专栏，公开了实施方案、项目基本信息和项目建设进度，每月更新；专栏目前尚未设立征求意见或监督举报窗口，我局已安排于2021年10月底前增设。每月5日前向汕头市商务局报送示范创建工作进展，并将电商带动脱贫户增收情况纳入统计。",
    "　　（五）资金管理。省级下达我区示范专项资金500万元。区财政局、区商务局联合制定了《潮阳区省级电子商务进农村综合示范专项资金管理办法》，各项目承建单位均建立了资金专用台账。截至2021年8月31日，已拨付专项资金386.7万元，支出率77.3%；项目总体进度88%。",
    "　　二、存在问题",
    "　　一是农村电商人才仍然短缺，懂运营、会直播的本土人才不多；二是部分村级站点运营效益不高；三是农产品标准化、品牌化程度偏低。",
    "　　三、下一步工作",
    "　　（一）2021年10月底前在专栏增设监督举报窗口，公布电话和邮箱；（二）推动村级站点与邮政、快递网点共建共享；（三）继续面向脱贫户、返乡青年开展电商培训；（四）加快剩余项目建设和资金拨付。",
    "　　感谢您对我区商务工作的关心和支持，欢迎继续提出宝贵意见。",
  ];
  P.forEach(full);
  rows.push([null, null, null, null, "汕头市潮阳区商务局", null]);
  rows.push([null, null, null, null, "2021年9月8日", null]);
  full("（联系人：林××，电话：0754-83××××××）");
  full("抄送：区政协提案委，区政府督查室。");
  rows.push(span(null, W));
  full("附件");
  full("潮阳区电子商务进农村综合示范主要指标完成情况表（数据截至2021年8月31日考评截止日）");
  rows.push(["序号", "指标", "单位", "创建目标值", "截至2021年8月31日完成值", "完成率"]);
  const T = [
    ["培训人次", "人次", 5000, 12560],
    ["有劳动能力且未外出务工的建档立卡贫困人口参训人数", "人", 2108, 2388],
    ["村级电商服务站点覆盖行政村数", "个", 135, 146],
    ["省定贫困村站点覆盖数", "个", 13, 13],
    ["专项资金拨付", "万元", 350, 386.7],
    ["项目总体进度", "%", 100, 88],
  ];
  T.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2] >= 1000 ? thousands(t[2]) : t[2], t[3] >= 1000 ? thousands(t[3]) : t[3], pct1(t[3], t[2])]));
  assert(pct1(12560, 5000) === "251.2%" && pct1(386.7, 350) === "110.5%", "完成率");
  assert(Math.round(12560 / 500000 * 10000) === 251 && pct1(2388, 4215) === "56.7%" && pct1(386.7, 500) === "77.3%", "正文比例");
  assert(Math.ceil(4215 * 0.5) === 2108, "target 50%");
  write("facts/b125-f1-chaoyang.json", {
    description:
      "汕头市潮阳区商务局交来当事实表的，是对区政协第127号提案的答复函：公文逐段打进Excel，一段一行（A:F合并），上面是提案号、提案人、办理类别、签发人、答复日期的表头，正文后是落款、联系人、抄送，最后是附件“主要指标完成情况表”（序号｜指标｜单位｜创建目标值｜截至2021年8月31日完成值｜完成率）。读法：事实都在正文段落里——领导小组区长任组长（常务副区长、分管副区长是副组长），成员单位含商务、财政、农业农村、乡村振兴 → principal-all；签发人郑××是局长，不是牵头领导；方案2020年3月正式印发，扶持措施2020年7月出台；中心2020年9月28日投入运营，免费培训、免费展示展销、免费摄影美工、统一推广品牌四项写了，“其他衍生增值服务”没写 → 不列；产业园已整合；行政村192个（社区86个不算）、省定贫困村13个；快递全覆盖；第三方服务商有；2020年农村网零48.6亿元、增长33.2%（2019年金额没写，不列）；培训12,560人次，常住人口166.3万人（“按50万人基数”是计算口径）；贫困人口4,215人、参训2,388人；专栏公开方案、项目信息、进度，但“尚未设立征求意见或监督举报窗口” → 否（“10月底前增设”是计划）；能统计电商扶贫；资金500万元、已拨付386.7万元＝3,867,000元、管理办法已制定、承建单位专用台账已建；总体进度88%。附件表“创建目标值”一栏（5,000、2,108、350万元、100%）是目标，不是事实，只读“完成值”，与正文一致；“村级站点覆盖146个”没有对应键。截止日取附件表题“数据截至2021年8月31日考评截止日”。没有主观分和自评分；答复函没写安全事故、弄虚作假，不列；县名只在标题里，不列county。",
    sheets: [sheet("提案答复", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "潮阳区",
        asOf: "2021-08-31", residentPopulation: 1663000, adminVillagesStated: 192, poorVillagesStated: 13, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: 4860000000, ruralRetailGrowthStated: 0.332, trainingPersonTimesStated: 12560,
        eligiblePoorPersonsStated: 4215, trainedPoorPersonsStated: 2388, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3867000, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.88,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b125-f2-renhua: 韶关仁化县 — 电商股股长调走时的《工作移交清单》：移交事项｜内容及现状｜纸质资料｜电子文档位置｜接收人确认，
// 数在“内容及现状”里；后面“待办事项”是将来的事；“自评打分初稿”小表是逐项自评分，主观分写在“其中主观评分项”栏
// =====================================================================================
(function f2() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  full("仁化县商务局工作移交清单");
  full("移交人：电商股股长 刘××（调任县发展和改革局）　　接收人：电商股 曾××　　监交人：副局长 温××　　移交日期：2021年9月6日");
  full("一、电子商务进农村综合示范创建工作（现状数据截至2021年8月31日）");
  rows.push(["序号", "移交事项", "内容及现状", "纸质资料", "电子文档位置", "接收人确认"]);
  const IT = [
    ["考评迎检安排", "省商务厅考评截止日期为2021年8月31日；自评材料9月15日前报韶关市商务局（自评打分初稿见第三部分）。", "第1盒", "D:\\电商股\\示范县\\00考评"],
    ["领导小组", "县电子商务进农村综合示范工作领导小组（仁府办函〔2020〕9号，2020年3月调整）：组长 副县长 李××（分管商务）；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司。", "第1盒", "D:\\电商股\\示范县\\01组织领导"],
    ["工作方案", "《仁化县电子商务进农村综合示范县创建工作方案》已由县政府办公室正式印发（仁府办函〔2020〕15号）。", "第1盒", "D:\\电商股\\示范县\\01组织领导"],
    ["扶持政策", "《仁化县支持农村电子商务发展十条措施》2020年8月出台，已兑现奖补两批。", "第1盒", "D:\\电商股\\示范县\\02政策"],
    ["县电商公共服务中心", "2021年3月18日投入运营。服务清单：免费培训室及培训设备 √；农特产品免费展示展销 √；免费摄影、美工 √；农产品统一推广及品牌建设指导 √；其他衍生增值服务（金融、物流对接） ×（运营方未开展）。", "第2盒", "D:\\电商股\\示范县\\03中心"],
    ["电商产业园", "未建设。县内尚无电商产业园，无入驻企业台账。", "—", "—"],
    ["村级站点", "全县行政村104个（另有社区居委会18个，不计入），其中省定贫困村13个；已建村级站点82个，清单见《村级站点清单》。", "第3盒", "D:\\电商股\\示范县\\04站点"],
    ["物流快递", "行政村快递覆盖100/104，长江镇2个、红山镇2个偏远行政村暂未通快递，已协调县邮政分公司10月前解决。", "第3盒", "D:\\电商股\\示范县\\05物流"],
    ["第三方运营服务商", "有：韶关市丹霞云商电子商务有限公司（公开招标确定，同时为县中心运营方）。", "第2盒", "D:\\电商股\\示范县\\03中心"],
    ["网络零售额", "2019年农村网络零售额6.82亿元，2020年8.95亿元；农产品网络零售额2019年21,400万元，2020年29,300万元（均为省商务厅反馈数；县统计局口径不同，勿混用）。", "第4盒", "D:\\电商股\\示范县\\06上行"],
    ["电商培训", "累计培训2,364人次（培训台账、签到表已归档）；全县常住人口20.37万人（第七次全国人口普查）。", "第5盒", "D:\\电商股\\示范县\\07培训"],
    ["脱贫人口培训", "有劳动能力且未外出务工的建档立卡贫困人口1,386人（县乡村振兴局2021年8月确认），已参加电商培训602人，培训率43.4%。", "第5盒", "D:\\电商股\\示范县\\07培训"],
    ["信息公开专栏", "县政府网站“电商进农村”专栏：创建方案 √　项目基本信息 √　建设进度（每月更新） √　监督举报邮箱 √。", "—", "D:\\电商股\\示范县\\08公开"],
    ["数据报送", "每月5日前向韶关市商务局报送进展月报；2021年1月起随月报附报电商扶贫统计表。", "第6盒", "D:\\电商股\\示范县\\09月报"],
    ["专项资金", "省级下达500万元；截至8月31日已拨付三批：150万元、120.5万元、66.3万元，合计336.8万元（支出率67.4%，未达70%）。《仁化县省级电子商务进农村综合示范专项资金管理办法》已印发；各项目承建方均已建立资金专用台账。", "第7盒", "D:\\电商股\\示范县\\10资金"],
    ["项目进度", "项目总体进度76%（按合同金额计）。", "第7盒", "D:\\电商股\\示范县\\10资金"],
    ["安全生产", "创建以来未发生安全生产、质量事故。", "—", "—"],
  ];
  IT.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2], t[3], "已接收 曾××"]));
  assert(Math.round((150 + 120.5 + 66.3) * 10) === 3368 && pct1(336.8, 500) === "67.4%" && pct1(602, 1386) === "43.4%", "336.8万, 67.4%, 43.4%");
  full("二、待办事项（未办结，由接收人继续办理）");
  [["第四批资金拨付（约50万元），9月底前完成", "县财政局、承建方"], ["协调县邮政分公司解决4个偏远行政村快递进村", "县邮政分公司"],
    ["自评材料9月15日前报韶关市商务局", "电商股"], ["专栏补充9月份项目建设进度", "电商股"]].forEach((t, i) => rows.push([i + 1, t[0], null, t[1], null, "已知悉 曾××"]));
  for (let r = R() - 3; r <= R(); r++) merges.push(`B${r}:C${r}`, `D${r}:E${r}`);
  full("三、自评打分初稿（2021年9月3日局务会审定，随考评材料上报）");
  rows.push(["评价指标", null, "分值", "自评得分", "其中：主观评分项", "说明"]); merges.push(`A${R()}:B${R()}`);
  const CL = [
    ["组织领导", 2, 1, "—", "副县长任组长（分管领导牵头）", "org.leadership"],
    ["方案制定", 2, 2, "2分", null, "org.plan"],
    ["政策支持", 2, 2, "2分", null, "org.policy"],
    ["项目管理", 4, 3, "项目管理制度2分；工作台账1分", null, "org.management"],
    ["服务体系建设（县级中心、产业园）", 15, 7, "—", "中心运营不足6个月；无其他增值服务；无产业园", "work.center"],
    ["服务体系建设（村级站点覆盖）", 10, 10, "—", null, "work.coverage"],
    ["农村产品上行", 10, 7, "网销调研1分；网络促销活动2分；交易标准与冷链溯源1分", "快递未全覆盖不得分", "work.upward"],
    ["电商人才培训", 20, 18, "—", "脱贫人口培训率43.4%，得8分", "work.training"],
    ["信息公开", 4, 4, "—", null, "info.disclosure"],
    ["数据上报", 6, 6, "—", null, "info.reporting"],
    ["案例总结", 2, 2, "—", null, "promo.cases"],
    ["经验推广", 8, 5, "—", "省级、县级媒体", "promo.media"],
    ["制度建立", 5, 4, "4分", null, "fund.system"],
    ["资金台账", 5, 4, "4分", null, "fund.ledger"],
    ["资金支出", 5, -5, "—", "支出率67.4%，低于70%，倒扣5分", "fund.spending"],
  ];
  CL.forEach((c) => { rows.push([c[0], null, c[1], c[2], c[3], c[4]]); merges.push(`A${R()}:B${R()}`); });
  const sum = CL.reduce((a, c) => a + c[2], 0);
  assert(sum === 70 && CL.reduce((a, c) => a + c[1], 0) === 100, "初稿70分");
  rows.push(["合计", null, 100, sum, null, null]); merges.push(`A${R()}:B${R()}`);
  rows.push(["加分项：建档立卡贫困人口培训率70%及以上", null, 2, 0, "—", "43.4%，未达到"]); merges.push(`A${R()}:B${R()}`);
  rows.push(["加分项：电商扶贫典型案例获电视播报", null, 2, 0, "—", "无"]); merges.push(`A${R()}:B${R()}`);
  rows.push(span(null, W));
  rows.push(["移交人（签名）", "刘××", "接收人（签名）", "曾××", "监交人（签名）", "温××"]);
  const claimed = {};
  CL.forEach((c) => { claimed[c[5]] = c[2]; });
  claimed["bonus.poorTraining"] = 0; claimed["bonus.tvCase"] = 0;
  write("facts/b125-f2-renhua.json", {
    description:
      "韶关市仁化县商务局交来当事实表的，是电商股股长调走时的《工作移交清单》：标题下一行写移交人、接收人、监交人（副局长）和移交日期；“一、电子商务进农村综合示范创建工作”17项，列 序号｜移交事项｜内容及现状｜纸质资料（第几盒）｜电子文档位置（D:\\电商股\\…）｜接收人确认；“二、待办事项”4项；“三、自评打分初稿”小表 评价指标｜分值｜自评得分｜其中：主观评分项｜说明，末尾加分项两行和三方签名。读法：事实在“内容及现状”里——考评截止日期2021年8月31日；领导小组组长是副县长 → deputy（监交人副局长与此无关）；方案已印发、十条措施已出台；中心2021年3月18日投入运营，服务清单四项√、“其他衍生增值服务 ×（运营方未开展）” → 否；产业园“未建设” → 否；行政村104个（社区18个不计）、省定贫困村13个；快递100/104、4个村“暂未通快递” → 否；第三方服务商有；网零四个金额都列（农村6.82/8.95亿元，农产品21,400/29,300万元＝2.14/2.93亿元），增速没写，不列；培训2,364人次、常住人口20.37万人；贫困人口1,386人、参训602人；专栏四项√；2021年1月起附扶贫统计表 → 能统计；资金500万元、拨付150＋120.5＋66.3＝336.8万元；管理办法已印发、承建方专用台账已建；总体进度76%；未发生安全事故 → 否。“待办事项”（第四批拨付约50万元等）是将来的事，不是事实。自评打分初稿：“自评得分”一栏是逐项claimed（资金支出写−5，倒扣；合计70，加分项两行都是0）；“其中：主观评分项”一栏给judged——方案2、政策2、制度2、台账1、网销调研1、促销2、标准溯源1、资金制度4、资金台账4；资金支出因倒扣没有“及时拨付”主观分，不列。纸质资料盒号、文件路径、“已接收”不是数据；县名只在标题里，不列county。",
    sheets: [sheet("移交清单", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 203700, adminVillagesStated: 104, poorVillagesStated: 13, planIssued: true, policyIssued: true,
        centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: false, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 682000000, ruralRetail2020: 895000000,
        agriRetail2019: 214000000, agriRetail2020: 293000000, trainingPersonTimesStated: 2364, eligiblePoorPersonsStated: 1386,
        trainedPoorPersonsStated: 602, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3368000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.76, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "deputy",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b125-f3-yingde: 清远英德市 — 局内《签报》（呈批件）：股室把自评情况写成“主要内容”七段，分管领导“拟同意”，
// 局长批示改了常住人口和两项主观分，“办理结果”写明已按批示修改上报
// =====================================================================================
(function f3() {
  const W = 4, rows = [], merges = [];
  const R = () => rows.length;
  rows.push(span("英德市商务局签报", W)); merges.push("A1:D1");
  rows.push(["签报单位", "电商股", "签报日期", "2021年9月1日"]);
  rows.push(["拟稿人", "黄××", "核稿人", "电商股股长 罗××"]);
  rows.push(["缓急", "急", "密级", "无"]);
  rows.push(["标题", "关于报送省级电子商务进农村综合示范考评自评材料的签报", null, null]); merges.push(`B${R()}:D${R()}`);
  const P = [
    "根据省商务厅《关于开展2019年省级电子商务进农村综合示范县考评工作的通知》，考评截止日期为2021年8月31日，各示范县于9月10日前将自评材料经清远市商务局报省商务厅。我股已对照考评指标体系完成自评，现将主要情况报告如下：",
    "一、基本情况。全市辖24个镇（街），行政村288个，其中省定贫困村45个；常住人口119.3万人。2019年12月获批省级电子商务进农村综合示范县，省级下达专项资金500万元。",
    "二、组织领导与方案政策。成立了由市长任组长、分管副市长任副组长的示范创建工作领导小组，成员单位为市商务局、市财政局、市乡村振兴局、市交通运输局、市市场监管局、市供销社和市邮政分公司。2020年2月，市政府办公室正式印发《英德市电子商务进农村综合示范工作方案》；2020年9月出台《英德市扶持农村电子商务发展办法》。",
    "三、服务体系。市电子商务公共服务中心于2020年6月投入运营（具体日期以运营协议为准，协议在运营方处），免费提供培训场所和培训设备、农特产品展示销售，组织“英德红茶”等农产品统一推广、指导品牌建设，并提供金融、物流对接等增值服务；产品摄影、美工按成本价收费。整合英红镇茶产业园建成英德电商产业园。引入清远市英茗电子商务运营有限公司为第三方运营服务商。行政村快递物流覆盖率100%。",
    "四、产品上行与人才培训。2020年全市农产品网络零售额15.6亿元（以英德红茶为主），同比增长41.8%。累计开展电商培训6,826人次。有劳动能力的建档立卡贫困人口5,120人，其中外出务工1,310人，扣除外出务工后为3,810人，已参加电商培训2,066人，培训率54.2%。",
    "五、信息公开与数据报送。市政府网站“电子商务进农村综合示范”专栏公开了创建方案、项目基本信息和建设进度，设有监督举报电话；每月向清远市商务局报送工作进展，能统计电商扶贫情况。",
    "六、资金管理。已制定专项资金管理办法，项目承建方均建立资金专用台账；截至8月31日拨付专项资金412.35万元，支出率82.5%；项目总体进度91%。创建以来未发生安全生产、质量事故，不存在弄虚作假。",
    "七、主观评分项自评：方案制定2分；政策支持2分；项目管理制度2分；工作台账2分；网销调研2分；网络促销活动2分；交易标准与冷链溯源1分；资金管理制度5分；资金台账5分；资金及时拨付4分。",
    "妥否，请批示。",
    "附件：1．英德市电子商务进农村综合示范创建自评报告；2．佐证材料目录。",
  ];
  const top = R() + 1;
  P.forEach((p, i) => { rows.push([i === 0 ? "主要内容" : null, p, null, null]); merges.push(`B${R()}:D${R()}`); });
  merges.push(`A${top}:A${R()}`);
  rows.push(["股室意见", "拟按以上内容上报。　罗×× 9.1", null, null]); merges.push(`B${R()}:D${R()}`);
  rows.push(["分管领导意见", "拟同意，请局长审定。　何××（副局长） 9.1", null, null]); merges.push(`B${R()}:D${R()}`);
  rows.push(["局长批示", "1．常住人口用第七次全国人口普查数94.3万人，119.3万是户籍人口，不要用；2．政策支持按1分报，落实面还窄；3．资金台账改为4分，部分承建方凭证不全。其余同意，按修改后上报。　张×× 9.2", null, null]); merges.push(`B${R()}:D${R()}`);
  rows.push(["办理结果", "已按局长批示修改（常住人口94.3万人，政策支持1分，资金台账4分），9月3日报清远市商务局。　黄×× 9.3", null, null]); merges.push(`B${R()}:D${R()}`);
  assert(pct1(2066, 3810) === "54.2%" && 5120 - 1310 === 3810 && pct1(412.35, 500) === "82.5%", "54.2%, 82.5%");
  write("facts/b125-f3-yingde.json", {
    description:
      "清远英德市商务局交来当事实表的，是局内《签报》（呈批件）：表头 签报单位｜签报日期、拟稿人｜核稿人、缓急｜密级、标题，下面“主要内容”（A列纵向合并）十段，一段一行（B:D合并），再是股室意见、分管领导意见、局长批示、办理结果。读法：事实在“主要内容”里，但要按局长批示改——常住人口正文写119.3万人，批示说那是户籍人口、用七普94.3万人，办理结果也写已改 → 943,000；主观分正文第七段十项，批示“政策支持按1分报”“资金台账改为4分”，其余照正文 → 政策1、资金台账4。其余：截止日期2021年8月31日；行政村288个、省定贫困村45个；资金500万元；领导小组市长任组长，成员单位有商务、财政、乡村振兴，但没有农业农村部门 → principal；方案2020年2月正式印发、扶持办法2020年9月出台；中心“2020年6月投入运营（具体日期以运营协议为准）”只到月 → 2020-06；免费培训场所设备、免费展示销售、统一推广品牌、金融物流对接增值服务 → 是，“摄影、美工按成本价收费”不是免费 → 否；产业园已建、第三方服务商有、快递覆盖100%；2020年农产品网零15.6亿元、增长41.8%（农村网零没写，不列）；培训6,826人次；贫困人口要取“扣除外出务工后为3,810人”，不是5,120人，参训2,066人；专栏三项公开、设监督举报电话 → 四项都是；能统计电商扶贫；拨付412.35万元＝4,123,500元；管理办法已制定、专用台账已建；总体进度91%；未发生安全事故 → 否，不存在弄虚作假 → 否。分管领导是副局长、批示人是局长，都不是牵头领导。“24个镇（街）”没有对应键；没有逐项自评分，不列claimed；市名只在标题里，不列county。",
    sheets: [sheet("签报", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "英德市",
        asOf: "2021-08-31", residentPopulation: 943000, adminVillagesStated: 288, poorVillagesStated: 45, planIssued: true, policyIssued: true,
        centerOpened: "2020-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, agriRetail2020: 1560000000, agriRetailGrowthStated: 0.418,
        trainingPersonTimesStated: 6826, eligiblePoorPersonsStated: 3810, trainedPoorPersonsStated: 2066, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 4123500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// ledgers/b125-l1-zijin: 河源紫金县 — ①县电商公共服务中心《培训室使用登记簿》（会议、直播、接待参观也登记，只有“培训”是培训期次；
// 日期只写“9月17日”，年份在分段行）；②河源市邮政管理局《建制村快递服务通达情况统计表》当行政村清单；③专项资金专户银行对账单
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  // ---------------------------------------------------------------- training sessions: 培训室使用登记簿
  // [iso, dateCell|null(→ "M月D日"), 时间, 使用单位, 类型, 活动名称, 人数 cell, 负责人, 备注, personTimes|null]
  const U = [
    ["2020-09-08", null, "09:00-11:30", "县商务局", "会议", "示范县项目推进会", 35, "钟××", null, null],
    ["2020-09-17", null, "14:30-17:30", "县商务局", "培训", "农村电商基础知识培训（第1期）", 62, "钟××", null, 62],
    ["2020-09-25", null, "全天", "县电商公共服务中心", "直播", "紫金春甜桔预售直播", 8, "刘××", null, null],
    ["2020-10-15", null, "09:00-12:00", "县乡村振兴局", "培训", "脱贫户网店开设培训", 48, "叶××", null, 48],
    ["2020-10-28", null, "14:30-17:00", "河源市商务局调研组", "接待参观", "市商务局调研中心建设运营", 12, "钟××", null, null],
    ["2020-11-12", null, "09:00-17:00", "县商务局", "培训", "直播带货实操培训（第1天）", 55, "钟××", "同一批学员两天，每天分别签到", 55],
    ["2020-11-13", null, "09:00-17:00", "县商务局", "培训", "直播带货实操培训（第2天）", 55, "钟××", null, 55],
    ["2020-12-03", D("2020-12-03"), "09:00-11:30", "县人力资源和社会保障局", "培训", "电子商务师职业技能培训", 40, "温××", null, 40],
    ["2020-12-17", null, "14:30-17:30", "县商务局", "培训", "农产品包装与品牌培训", "—", "钟××", "与县人大会议用场冲突，取消，改至12月24日", null],
    ["2020-12-24", null, "14:30-17:30", "县商务局", "培训", "农产品包装与品牌培训", 58, "钟××", "由12月17日改期", 58],
    ["2021-01-07", null, "09:00-11:30", "县商务局", "会议", "2020年度电商工作总结会", 28, "钟××", null, null],
    ["2021-01-21", D("2021-01-21"), "14:30-17:30", "县商务局", "培训", "年货节网络营销培训", 66, "钟××", null, 66],
    ["2021-03-04", null, "09:00-12:00", "县农业农村局", "培训", "紫金蝉茶网络营销培训", "５２", "黄××", null, 52],
    ["2021-03-18", null, "全天", "县电商公共服务中心", "直播", "春茶开采直播", 6, "刘××", null, null],
    ["2021-04-08", null, "14:30-17:30", "县商务局", "培训", "短视频拍摄与剪辑培训", 71, "钟××", null, 71],
    ["2021-04-22", null, "09:00-10:30", "县人大常委会", "接待参观", "县人大代表视察电商工作", 20, "钟××", null, null],
    ["2021-05-13", null, "09:00-17:00", "县商务局", "培训", "农村电商普及培训（龙窝镇专场）", 84, "钟××", null, 84],
    ["2021-06-10", D("2021-06-10"), "14:30-17:30", "团县委", "培训", "农村青年社群营销培训", 49, "邱××", null, 49],
    ["2021-06-24", null, "09:00-11:30", "县商务局", "会议", "村级站点负责人座谈会", 45, "钟××", null, null],
    ["2021-07-15", null, "14:30-17:30", "县商务局", "培训", "跨境电商入门培训", 38, "钟××", null, 38],
    ["2021-08-19", null, "09:00-17:00", "县商务局", "培训", "农村电商普及培训（蓝塘镇专场）", 77, "钟××", null, 77],
    ["2021-09-07", null, "14:30-17:30", "县商务局", "培训", "电商物流与冷链培训", 45, "钟××", null, 45],
  ];
  {
    const W = 9, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("紫金县电子商务公共服务中心培训室使用登记簿");
    full("登记人：中心前台　　使用类型：培训／会议／直播／接待参观　　“人数”以当次签到表为准（培训按每天签到计人次）");
    rows.push(["序号", "日期", "时间", "使用单位", "类型", "活动名称", "人数", "负责人", "备注"]);
    let year = null, no = 0;
    U.forEach((u) => {
      const y = u[0].slice(0, 4);
      if (y !== year) { year = y; full(`${y}年`); }
      no++;
      rows.push([no, u[1] || fmtMD(u[0]), u[2], u[3], u[4], u[5], u[6], u[7], u[8]]);
      if (u[9] !== null) recs.push({ date: u[0], personTimes: u[9], id: null });
    });
    const tr = U.filter((u) => u[9] !== null);
    const pt = tr.reduce((a, u) => a + u[9], 0);
    full(`统计：培训类使用${tr.length}次、签到${pt}人次（12月17日取消的一次不计）；会议${U.filter((u) => u[4] === "会议").length}次；直播${U.filter((u) => u[4] === "直播").length}次；接待参观${U.filter((u) => u[4] === "接待参观").length}次。`);
    assert(tr.length === 14 && pt === 800, "14 sessions, 800 person-times got " + pt);
    sheets.push(sheet("培训室使用登记", rows, merges));
    expect["培训室使用登记"] = { kind: "training", records: recs };
  }
  // ---------------------------------------------------------------- villages: 建制村快递服务通达情况统计表
  const TV = [
    ["龙窝镇", [["龙窝社区", false], ["彭坑村", true], ["青溪村", true], ["黄沙村委会", true], ["圣堂村", true], ["炮子村", true], ["水美村", true], ["三塘村", true], ["新坪村", true]]],
    ["九和镇", [["九和社区", false], ["下洞村", true], ["石坑村", true], ["吉溪村", true], ["深田村", true], ["黄田村", true], ["塘坑村", true], ["高坪村", true]]],
    ["蓝塘镇", [["蓝塘社区", false], ["富竹社区", false], ["凤塘村", true], ["布心村", true], ["大新村", true], ["鸡公坑村", true], ["珠坑村", true], ["白坑村", true], ["新塘村", true]]],
    ["好义镇", [["好义社区", false], ["白石村", true], ["城中村", true], ["大陂村", true], ["秋香村", true], ["新陂村", true], ["高桥村", true]]],
  ];
  const NOT = { 鸡公坑村: "山路狭窄，快递暂未进村，计划2021年四季度邮快合作覆盖", 高坪村: "快递件由镇上驿站自取，暂未进村" };
  const MODE = ["邮快合作", "快递直投", "村级寄递服务站", "邮快合作", "交快合作"];
  {
    const W = 8, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("紫金县建制村快递服务通达情况统计表");
    full("提供单位：河源市邮政管理局（2021年6月实地核查）　　紫金县商务局借作行政村清单");
    rows.push(["序号", "乡镇", "建制村（社区）", "类别", "快递进村方式", "进村快递品牌", "是否通达", "备注"]);
    let no = 0, nAdmin = 0, nYes = 0;
    TV.forEach((t) => {
      let a = 0, y = 0;
      t[1].forEach((v, k) => {
        no++;
        const not = !!NOT[v[0]];
        const ok = !not;
        rows.push([no, t[0], v[0], v[1] ? "建制村" : "社区", not ? "—" : MODE[(no * 3) % 5], not ? "—" : ["邮政、中通、韵达", "邮政、圆通", "邮政、中通、申通、极兔", "邮政"][(no + k) % 4], ok ? "是" : "否", NOT[v[0]] || (v[1] ? null : "社区，不属建制村，列出备查")]);
        recs.push({ name: v[0], admin: v[1], express: ok });
        if (v[1]) { a++; if (ok) y++; }
      });
      rows.push([null, `${t[0]}小计`, `建制村${a}个，通达${y}个`, null, null, null, null, null]); merges.push(`C${R()}:H${R()}`);
      nAdmin += a; nYes += y;
    });
    rows.push([null, "全县合计", `建制村${nAdmin}个，通达${nYes}个，通达率${pct1(nYes, nAdmin)}`, null, null, null, null, null]); merges.push(`C${R()}:H${R()}`);
    full("注：建制村即行政村；本表只列通达情况核查的4个镇，其余镇另表。");
    assert(nAdmin === 28 && nYes === 26 && recs.length === 33, "28 admin, 26 covered, 33 rows");
    sheets.push(sheet("快递通达情况", rows, merges));
    expect["快递通达情况"] = { kind: "villages", records: recs };
  }
  // ---------------------------------------------------------------- funds: 银行对账单
  // [iso, time, 凭证, 摘要, debit, credit, 对方户名]
  const BK = [
    ["2020-01-15", "10:21:36", "转账", "县财政拨入省级电子商务进农村示范专项资金", 0, 5000000, "紫金县财政局国库支付中心"],
    ["2020-03-21", "00:05:12", "—", "结息", 0, 3812.45, null],
    ["2020-04-28", "15:42:08", "转账", "支付县电商公共服务中心装修工程首期款", 860000, 0, "河源市安达建筑工程有限公司"],
    ["2020-06-21", "00:04:58", "—", "结息", 0, 3624.17, null],
    ["2020-07-15", "11:08:44", "转账", "拨付村级电商服务站点建设补助（第一批）", 520000, 0, "紫金县各镇人民政府（批量）"],
    ["2020-09-21", "00:05:03", "—", "结息", 0, 2987.66, null],
    ["2020-10-30", "16:20:15", "转账", "支付电商培训服务费（第一期）", 168500, 0, "河源市客都职业培训学校"],
    ["2020-12-21", "00:04:47", "—", "结息", 0, 2611.3, null],
    ["2020-12-28", "14:55:31", "转账", "支付农村物流配送中心分拣设备款", 435600, 0, "广东顺捷智能装备有限公司"],
    ["2021-01-19", "10:36:02", "转账", "支付县电商公共服务中心装修工程尾款", 215000, 0, "河源市安达建筑工程有限公司"],
    ["2021-03-21", "00:05:21", "—", "结息", 0, 2133.9, null],
    ["2021-04-12", "15:12:49", "转账", "支付紫金农产品品牌推广服务费", 180000, 0, "河源市万绿文化传播有限公司"],
    ["2021-05-26", "09:48:17", "转账", "拨付村级电商服务站点建设补助（第二批）", 390000, 0, "紫金县各镇人民政府（批量）"],
    ["2021-06-21", "00:04:55", "—", "结息", 0, 1702.38, null],
    ["2021-07-09", "16:03:26", "转账", "支付县直播基地设备采购款", 268400, 0, "深圳市光影视讯科技有限公司"],
    ["2021-08-20", "11:27:40", "转账", "支付电商培训服务费（第二期）", 152300, 0, "河源市客都职业培训学校"],
    ["2021-09-15", "10:15:09", "转账", "拨付县电商公共服务中心运营补贴", 300000, 0, "紫金县蓝海电子商务运营有限公司"],
    ["2021-09-21", "00:05:08", "—", "结息", 0, 1244.57, null],
  ];
  {
    const W = 9, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("中国农业银行　客户对账单");
    full("户名：紫金县商务局　　账号：44570101××××××0086　　币种：人民币　　起止日期：2020-01-01 至 2021-09-30　　打印日期：2021-10-08");
    full("（县商务局注：本账户为省级电子商务进农村综合示范专项资金专户；借方为支出，贷方为收入）");
    rows.push(["交易日期", "交易时间", "凭证种类", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "对方账号"]);
    let bal = 0, cents = 0, dsum = 0, csum = 0, dn = 0, cn = 0;
    rows.push([null, null, null, "期初余额", null, null, "0.00", null, null]);
    BK.forEach((b, i) => {
      cents += Math.round((b[5] - b[4]) * 100); bal = cents / 100;
      dsum += b[4]; csum += Math.round(b[5] * 100); if (b[4]) dn++; if (b[5]) cn++;
      rows.push([fmtCompact(b[0]), b[1], b[2], b[3], b[4] ? money2(b[4]) : null, b[5] ? money2(b[5]) : null, money2(bal), b[6], b[6] ? "4457" + String(100000 + i * 7919).slice(-6) + "××××" + String(1000 + i * 37).slice(-4) : null]);
      if (b[4]) recs.push({ date: b[0], amount: b[4] });
    });
    rows.push([null, null, null, `本期借方合计（${dn}笔）`, money2(dsum), null, null, null, null]);
    rows.push([null, null, null, `本期贷方合计（${cn}笔）`, null, money2(csum / 100), null, null, null]);
    rows.push([null, null, null, "期末余额", null, null, money2(bal), null, null]);
    full("本对账单仅供核对账务使用，以银行账簿记载为准。");
    assert(dsum === 3489800 && dn === 10 && recs.length === 10, "10 payments 3,489,800 got " + dsum);
    assert(Math.abs(bal - (5000000 + csum / 100 - 5000000 - dsum)) < 0.001 && money2(bal) === "1,528,316.43", "balance " + money2(bal));
    sheets.push(sheet("专户对账单", rows, merges));
    expect["专户对账单"] = { kind: "funds", records: recs };
  }
  write("ledgers/b125-l1-zijin.json", {
    description:
      "河源市紫金县商务局交的一本台账，三个表，都是别的部门的表。①《培训室使用登记》是县电商公共服务中心前台的培训室使用登记簿：标题、说明行后表头 序号｜日期｜时间｜使用单位｜类型｜活动名称｜人数｜负责人｜备注，按年份分段（“2020年”“2021年”分段行），日期多数只写“9月17日”，年份取所在分段，少数是真日期。读法：类型为“培训”的才是培训期次，一行一期、人次＝“人数”（会议、直播、接待参观不是培训）；12月17日那次“取消，改至12月24日”、人数“—”，不是记录，24日那行才是；直播带货实操两天分两行、每天分别签到，各算55人次；3月4日人数写全角“５２”＝52；9月7日那期也照列。共14期800人次，末尾统计行不是记录。②《快递通达情况》是河源市邮政管理局的建制村快递服务通达情况统计表，借作行政村清单：建制村＝行政村（admin），“社区”不是行政村；“是否通达”是/否即快递覆盖（鸡公坑村、高坪村“否”）；“黄沙村委会”就是黄沙村；没有贫困村列，poor不填；镇小计、全县合计、注不是记录。共33行（28个行政村、5个社区）。③《专户对账单》是农业银行专项资金专户对账单：交易日期写成“20200428”这样的8位数字，金额是带千分位的文本；借方发生额是支出（一笔一条，金额按元），贷方的县财政拨入和每季度“结息”不是支出；期初余额、本期借方／贷方合计、期末余额不是记录。共10笔3,489,800元（含2021年9月15日运营补贴30万元）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b125-l2-huilai: 揭阳惠来县 — ①局办公室《政府信息公开保密审查登记表》（只有拟发布到示范专栏且已发布的是专栏更新，日期读“发布日期”）；
// ②《帮扶手册》家庭成员信息页摘录（一户一块，块头是户主信息，块内重复表头）；③省定贫困村脱贫出列验收结果名单；④封面
// =====================================================================================
(function l2() {
  const AREA = "445224";
  const sheets = [], expect = {};
  sheets.push(sheet("封面", [["惠来县电子商务进农村综合示范考评佐证材料"], ["（四）信息公开、精准扶贫"], [null], ["1．政府信息公开保密审查登记（示范专栏更新记录）"],
    ["2．脱贫户家庭成员信息（摘自《帮扶手册》）"], ["3．省定贫困村出列验收名单"], [null], ["惠来县商务局　2021年9月"]]));
  expect["封面"] = { kind: null };
  // ---------------------------------------------------------------- disclosures: 保密审查登记
  const ZL = "县政府网站—电子商务进农村综合示范专栏", BM = "县政府网站—部门动态", WX = "县商务局微信公众号";
  const jd = (m) => `惠来县电子商务进农村综合示范项目建设进度（${m}）`;
  // [送审, 标题, 栏目, 股室, 意见, 发布 cell, iso|null, 备注]
  const SC = [
    ["2020.9.3", jd("2020年8月"), ZL, "电商股", "同意公开", "2020.9.7", "2020-09-07", null],
    ["2020.9.15", "县商务局开展中秋国庆市场保供检查", BM, "市场股", "同意公开", "2020.9.16", "2020-09-16", null],
    ["2020.10.9", jd("2020年9月"), ZL, "电商股", "同意公开", D("2020-10-12"), "2020-10-12", null],
    ["2020.10.20", "惠来县村级电商服务站点建设项目中标结果公示", ZL, "电商股", "同意公开", "2020.10.21", "2020-10-21", null],
    ["2020.11.5", jd("2020年10月"), ZL, "电商股", "同意公开", "2020/11/6", "2020-11-06", null],
    ["2020.11.18", "惠来县电子商务进农村综合示范专项资金拨付明细", ZL, "电商股", "修改后公开", "2020.11.25", "2020-11-25", "删除收款人银行账号后公开"],
    ["2020.12.4", jd("2020年11月"), ZL, "电商股", "同意公开", "2020.12.8", "2020-12-08", null],
    ["2020.12.22", "关于公开征集电子商务进农村项目意见建议的公告", ZL, "电商股", "同意公开", "20年12月23日", "2020-12-23", null],
    ["2021.1.6", jd("2020年12月"), ZL, "电商股", "同意公开", "2021.1.8", "2021-01-08", null],
    ["2021.1.25", "县商务局年货节网络促销活动工作方案", ZL, "电商股", "不予公开", "—", null, "内部工作方案，不予公开"],
    ["2021.2.3", jd("2021年1月"), ZL, "电商股", "同意公开", "2021.2.5", "2021-02-05", null],
    ["2021.3.4", jd("2021年2月"), ZL, "电商股", "同意公开", D("2021-03-08"), "2021-03-08", null],
    ["2021.3.22", "县商务局召开安全生产工作会议", BM, "办公室", "同意公开", "2021.3.22", "2021-03-22", null],
    ["2021.4.7", jd("2021年3月"), ZL, "电商股", "同意公开", "2021.4.9", "2021-04-09", null],
    ["2021.5.6", jd("2021年4月"), ZL, "电商股", "同意公开", "2021.5.10", "2021-05-10", null],
    ["2021.5.20", "惠来荔枝电商节线上专场活动报道", WX, "电商股", "同意公开", "2021.5.21", "2021-05-21", null],
    ["2021.6.3", jd("2021年5月"), ZL, "电商股", "同意公开", "2021.6.4", "2021-06-04", null],
    ["2021.7.5", jd("2021年6月"), ZL, "电商股", "同意公开", "2021.7.7", "2021-07-07", null],
    ["2021.7.19", "脱贫户电商培训学员名单", ZL, "电商股", "不予公开", "—", null, "含身份证号等个人信息，不予公开"],
    ["2021.8.4", jd("2021年7月"), ZL, "电商股", "同意公开", "21.8.6", "2021-08-06", null],
    ["2021.9.3", jd("2021年8月"), ZL, "电商股", "同意公开", "2021.9.6", "2021-09-06", null],
  ];
  {
    const W = 9, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("惠来县商务局政府信息公开保密审查登记表");
    full("（2020年9月—2021年9月）　审查人：局办公室　“发布日期”为信息在网站（公众号）实际发布的日期，未发布的填“—”");
    rows.push(["序号", "送审日期", "信息标题", "拟发布网站／栏目", "送审股室", "保密审查意见", "审查人", "发布日期", "备注"]);
    SC.forEach((s, i) => {
      rows.push([i + 1, s[0], s[1], s[2], s[3], s[4], "办公室 陈××", s[5], s[7]]);
      if (s[2] === ZL && s[6]) recs.push({ date: s[6] });
    });
    assert(recs.length === 16, "16 column updates got " + recs.length);
    assert(monthsCovered(recs.map((r) => r.date)) === 12, "12 months");
    sheets.push(sheet("保密审查登记", rows, merges));
    expect["保密审查登记"] = { kind: "disclosures", records: recs };
  }
  // ---------------------------------------------------------------- poorPersons: 帮扶手册家庭成员信息页
  // [姓名, 关系, 性别, birth, 劳动能力, 务工情况, 务工地点, idStyle]
  const HH = [
    ["隆江镇孔美村", "县商务局 林××", [["林亚四", "户主", "男", "19630412", "有劳动能力", "在家务农", null], ["陈秀兰", "配偶", "女", "19660803", "弱劳动能力", "未务工", null],
      ["林志坚", "之子", "男", "19900126", "有劳动能力", "省外务工", "浙江省义乌市"], ["林小燕", "之孙女", "女", "20140517", "无劳动能力", "在校", null]]],
    ["葵潭镇甘林村", "县商务局 许××", [["方玉珍", "户主", "女", "19581109", "丧失劳动能力", "未务工", null], ["黄国强", "之子", "男", "19840321", "有劳动能力", "县内务工", "惠来县惠城镇"],
      ["黄丽娜", "之儿媳", "女", "19860714", "有劳动能力", "公益性岗位", "本村保洁员"], ["黄俊豪", "之孙子", "男", "20100902", "无劳动能力", "在校", null]]],
    ["神泉镇东园村", "县商务局 吴××", [["郑炳坤", "户主", "男", "19700218", "有劳动能力", "县外务工", "揭阳市榕城区"], ["吴月娥", "配偶", "女", "19721025", "有劳动能力", "在家务农", null],
      ["郑佳欣", "之女", "女", "19980630", "有劳动能力", "省外务工", "福建省厦门市"]]],
    ["东陇镇赤洲村", "县商务局 林××", [["张亚九", "户主", "男", "19520907", "无劳动能力", "未务工", null], ["张文辉", "之子", "男", "19790413", "有劳动能力", "县内务工", "惠来县东陇镇"],
      ["李春花", "之儿媳", "女", "19811128", "弱劳动能力", "在家务农", null]]],
    ["岐石镇上溪村", "县商务局 方××", [["许德明", "户主", "男", "19670105", "有劳动能力", "在家务农", null], ["蔡玉兰", "配偶", "女", "19690822", "有劳动能力", "县内务工", "惠来县岐石镇"],
      ["许晓东", "之子", "男", "19930311", "有劳动能力", "县外务工", "汕头市潮阳区"], ["许晓玲", "之女", "女", "19961204", "有劳动能力", "县外务工", "深圳市宝安区"],
      ["许德华", "之兄", "男", "19600716", "丧失劳动能力", "未务工", null]]],
    ["华湖镇德美村", "县商务局 许××", [["陈秋菊", "户主", "女", "19750527", "有劳动能力", "公益性岗位", "本村护林员"], ["朱志明", "之子", "男", "20010919", "无劳动能力", "在校", "广州（大学在读）"],
      ["朱志芳", "之女", "女", "20050301", "无劳动能力", "在校", null]]],
    ["周田镇石牌村", "县商务局 吴××", [["黄亚六", "户主", "男", "19650623", "弱劳动能力", "在家务农", null], ["刘金凤", "配偶", "女", "19671014", "有劳动能力", "县外务工", "揭阳市普宁市"],
      ["黄少雄", "之子", "男", "19910808", "有劳动能力", "省外务工", "上海市闵行区"]]],
    ["仙庵镇京陇村", "县商务局 方××", [["吴振兴", "户主", "男", "19730430", "有劳动能力", "县内务工", "惠来县仙庵镇"], ["林美玲", "配偶", "女", "19761211", "有劳动能力", "在家务农", null],
      ["吴伟文", "之子", "男", "20020115", "有劳动能力", "未务工", null]]],
  ];
  const LAB = { 有劳动能力: true, 弱劳动能力: true, 丧失劳动能力: false, 无劳动能力: false };
  const MIG = { 县外务工: true, 省外务工: true, 县内务工: false, 在家务农: false, 公益性岗位: false, 在校: false, 未务工: false };
  {
    const W = 8, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("惠来县脱贫户《帮扶手册》家庭成员信息页（摘录）");
    full("摘录单位：县商务局电商股（用于核对脱贫人口电商培训对象）　　摘录日期：2021年8月20日　　一户一块，按手册原样摘录");
    full("手册填写口径：劳动能力填“有劳动能力”“弱劳动能力”“丧失劳动能力”“无劳动能力”，弱劳动能力按有劳动能力统计；务工情况“县外务工”“省外务工”为外出务工，“县内务工”“在家务农”“公益性岗位”“在校”“未务工”不是外出务工。");
    let seq = 0, xs = 0;
    HH.forEach((h, hi) => {
      rows.push(span(null, W));
      const hn = AREA + "0" + String(3100 + hi * 47).padStart(5, "0");
      // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
      full(`户编号：${hn}　　户主：${h[2][0][0]}　　所在村：惠来县${h[0]}　　家庭人口：${h[2].length}人　　帮扶责任人：${h[1]}`);
      rows.push(["序号", "姓名", "与户主关系", "性别", "身份证号码", "劳动能力", "务工情况", "务工地点"]);
      h[2].forEach((m, k) => {
        seq++;
        const wantX = m[0] === "陈秀兰" || m[0] === "许晓玲";
        const id = makeIdSex(AREA, m[3], 200 + seq * 29, wantX, m[2]);
        if (id.endsWith("X")) xs++;
        let cell = id;
        if (m[0] === "许晓玲") cell = id.toLowerCase();
        if (m[0] === "黄国强") cell = id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
        rows.push([k + 1, m[0], m[1], m[2], cell, m[4], m[5], m[6]]);
        assert(m[4] in LAB && m[5] in MIG, "codes " + m[0]);
        recs.push({ id, labour: LAB[m[4]], migrant: MIG[m[5]] });
      });
    });
    full("注：以上8户28人摘自各户《帮扶手册》“家庭成员基本情况”页，信息以手册为准。");
    assert(recs.length === 28 && xs === 2, "28 persons, 2 X");
    const elig = recs.filter((r) => r.labour && !r.migrant).length;
    assert(elig === 14 && recs.filter((r) => r.migrant).length === 7, "14 eligible, 7 migrants got " + elig);
    sheets.push(sheet("帮扶手册家庭成员", rows, merges));
    expect["帮扶手册家庭成员"] = { kind: "poorPersons", records: recs };
  }
  // ---------------------------------------------------------------- poorVillages: 出列验收名单
  const PV = [
    ["东陇镇", "赤洲村委会", 68, 231, 2018], ["东陇镇", "南安村委会", 54, 187, 2019], ["神泉镇", "东园村委会", 72, 258, 2019], ["靖海镇", "资深村委会", 61, 205, 2018],
    ["隆江镇", "孔美村委会", 83, 296, 2020], ["隆江镇", "华清村委会", 47, 163, 2019], ["葵潭镇", "甘林村委会", 59, 214, 2020], ["葵潭镇", "新林村委会", 66, 229, 2019],
    ["华湖镇", "德美村委会", 52, 176, 2018], ["周田镇", "石牌村委会", 77, 270, 2020], ["周田镇", "葵岭村委会", 49, 158, 2019], ["仙庵镇", "京陇村民委员会", 58, 197, 2020],
    ["鳌江镇", "鳌角村委会", 45, 151, 2019], ["岐石镇", "上溪村委会", 63, 219, 2020],
  ];
  {
    const W = 8, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("惠来县省定贫困村脱贫出列验收结果名单");
    full("（2016—2020年省定贫困村，共14个，均已于2020年底前通过出列验收；出列后仍按省定贫困村口径统计）");
    rows.push(["序号", "镇", "村委会", "建档立卡贫困户（户）", "贫困人口（人）", "出列年度", "验收结论", "验收时间"]);
    let hh = 0, pp = 0;
    PV.forEach((p, i) => {
      rows.push([i + 1, p[0], p[1], p[2], p[3], p[4] + "年", "通过", `${p[4]}年12月`]);
      hh += p[2]; pp += p[3];
      recs.push({ name: p[1] });
    });
    rows.push(["合计", null, `${PV.length}个`, hh, pp, null, null, null]); merges.push(`A${R()}:B${R()}`);
    full("注：出列验收由县扶贫开发领导小组组织，省、市抽查通过。本表由县乡村振兴局提供，县商务局作省定贫困村清单使用。");
    assert(PV.length === 14 && new Set(PV.map((p) => p[1])).size === 14, "14 villages");
    sheets.push(sheet("贫困村出列名单", rows, merges));
    expect["贫困村出列名单"] = { kind: "poorVillages", records: recs };
  }
  write("ledgers/b125-l2-huilai.json", {
    description:
      "揭阳市惠来县商务局交的一本台账，四个表。①《封面》只有文字，不是台账。②《保密审查登记》是局办公室的政府信息公开保密审查登记表：表头 序号｜送审日期｜信息标题｜拟发布网站／栏目｜送审股室｜保密审查意见｜审查人｜发布日期｜备注。读法：只有“拟发布网站／栏目”为“县政府网站—电子商务进农村综合示范专栏”且已发布的才是专栏更新（部门动态、公众号不是）；日期读“发布日期”，不读“送审日期”（如2020.10.9送审、真日期2020-10-12发布；“20年12月23日”“21.8.6”是两位年份）；“不予公开”的两条（年货节方案、含身份证号的学员名单）发布日期“—”，没有发布，不是记录；“修改后公开”的资金拨付明细2020.11.25发布，是记录；2021.9.6那条也照列。共16条。③《帮扶手册家庭成员》是从各户《帮扶手册》摘录的家庭成员信息：一户一块，块头一行写户编号、户主、所在村、家庭人口、帮扶责任人，块内重复表头 序号｜姓名｜与户主关系｜性别｜身份证号码｜劳动能力｜务工情况｜务工地点，块间空行。读法：一人一条，按手册口径——“有劳动能力”“弱劳动能力”为有劳动能力，“丧失劳动能力”“无劳动能力”为无；“县外务工”“省外务工”为外出务工，“县内务工”“在家务农”“公益性岗位”“在校”“未务工”不是（朱志明在广州读大学，务工情况“在校”，不是外出务工）；许晓玲身份证号末位小写x读作X，黄国强身份证号中间有空格要去掉；块头的户编号不是身份证号。8户28人（有劳动能力且不外出务工14人）。④《贫困村出列名单》是县乡村振兴局的省定贫困村脱贫出列验收结果名单：14个村都是省定贫困村（标题下说明出列后仍按省定贫困村口径），“京陇村民委员会”就是京陇村；合计行和注不是记录。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// counties/b125-c1-pingyuan: 梅州平远县 — 事实和自评在《自评报告》（报告正文一段一行，“（一）组织领导（2分），自评2分。”）；
// 台账都借自别的表：农业农村局村集体经济收入统计表（当村名单）、益农信息社合建名单（电商站挂牌时间另列）、培训计划与完成对照表、
// 脱贫户专场团体意外险被保险人清单、人社和乡村振兴联合的脱贫劳动力就业核查表、产业园招商引资推进台账（“同上”）、合同付款进度表（万元）、
// 市商务局月报报送情况通报（各县一行、所属月份为列）、网站专栏列表复制件、宣传报道汇编目录（按级别分节）、典型案例征集回执
// =====================================================================================
(function c1() {
  const AREA = "441426";
  const sheets = [];
  const TOWNS = [
    ["大柘镇", ["大柘社区"], ["程西村", "程北村", "黄花村", "丰光村", "超竹村"]],
    ["仁居镇", ["仁居社区"], ["仁居村", "邹坊村", "官窝村", "罗营村", "河背村"]],
    ["东石镇", ["东石社区"], ["东石村", "锡坑村", "平畲村", "林坑村", "大塘村"]],
    ["石正镇", ["石正社区"], ["石正村", "南台村", "鲤湖村", "下坝村", "上寨村"]],
    ["八尺镇", ["八尺社区"], ["八尺村", "角砂村", "湍溪村", "新联村", "长滩村"]],
    ["差干镇", ["差干社区"], ["差干村", "湍水村", "河口村", "石峰村", "桂竹村"]],
    ["河头镇", [], ["河头村", "井下村", "大坪村", "塘背村", "岭下村"]],
    ["中行镇", [], ["中行村", "梅畲村", "新寨村", "坪坑村", "茶坑村"]],
    ["上举镇", [], ["上举村", "八社村", "石窝村", "畲脑村", "黄畲村"]],
    ["泗水镇", [], ["泗水村", "金田村", "新屋村", "龙溪村", "青溪村"]],
    ["长田镇", [], ["长田村", "官仁村", "水口村", "莲塘村", "高峰村"]],
    ["热柘镇", [], ["热水村", "柘陂村", "寨下村", "坑口村", "龙岗村"]],
  ];
  const ADMIN = TOWNS.flatMap((t) => t[2]), COMM = TOWNS.flatMap((t) => t[1]);
  const POOR = ["官窝村", "湍溪村", "石峰村", "桂竹村", "梅畲村", "畲脑村", "青溪村", "坑口村"];
  assert(ADMIN.length === 60 && new Set(ADMIN).size === 60 && COMM.length === 6, "60 villages, 6 communities");
  POOR.forEach((p) => assert(ADMIN.includes(p), "poor " + p));
  const townOf = {}; TOWNS.forEach((t) => t[1].concat(t[2]).forEach((v) => { townOf[v] = t[0]; }));

  // ---------------------------------------------------------------- 村集体经济收入统计 (villages)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("平远县2020年度村（社区）集体经济收入统计表");
    full("填报单位：县农业农村局　　单位：万元　　（“省定贫困村”一栏由县商务局补填）");
    rows.push(["序号", "镇", "村（社区）", "类别", "经营性收入", "其他收入", "合计", "省定贫困村", "备注"]);
    let no = 0, ta = 0, tb = 0;
    TOWNS.forEach((t) => {
      let sa = 0, sb = 0;
      t[2].concat(t[1]).forEach((v) => {
        no++;
        const a = Math.round((6 + ((no * 37) % 29) + ((no * 13) % 10) / 10) * 10) / 10, b = Math.round((3 + ((no * 17) % 11) + ((no * 7) % 10) / 10) * 10) / 10;
        const comm = t[1].includes(v);
        rows.push([no, t[0], v, comm ? "社区" : "村", a, b, Math.round((a + b) * 10) / 10, comm ? "—" : POOR.includes(v) ? "是" : "否", a + b < 10 ? "薄弱村" : null]);
        sa += Math.round(a * 10); sb += Math.round(b * 10);
      });
      rows.push([null, t[0] + "小计", `村${t[2].length}个${t[1].length ? "、社区" + t[1].length + "个" : ""}`, null, sa / 10, sb / 10, (sa + sb) / 10, `${t[2].filter((v) => POOR.includes(v)).length}个`, null]);
      merges.push(`C${R()}:D${R()}`);
      ta += sa; tb += sb;
    });
    rows.push([null, "全县合计", `村${ADMIN.length}个、社区${COMM.length}个`, null, ta / 10, tb / 10, (ta + tb) / 10, `${POOR.length}个`, null]); merges.push(`C${R()}:D${R()}`);
    full("注：类别“村”为行政村（村民委员会），“社区”为社区居委会；“省定贫困村”栏：是／否，社区不适用（—）。");
    sheets.push(sheet("村集体经济统计", rows, merges));
  }

  // ---------------------------------------------------------------- 益农社合建名单 (stations)
  const UNCOV = ["超竹村", "罗营村", "河背村", "大塘村", "林坑村", "上寨村", "长滩村", "湍水村", "塘背村", "岭下村", "茶坑村", "黄畲村", "龙溪村", "金田村", "高峰村", "莲塘村", "寨下村", "龙岗村"];
  const YNS_ONLY = ["罗营村", "大塘村", "长滩村", "岭下村", "茶坑村", "龙溪村", "高峰村", "寨下村"];
  UNCOV.forEach((v) => assert(ADMIN.includes(v) && !POOR.includes(v), "uncov " + v));
  const COVERED = ADMIN.filter((v) => !UNCOV.includes(v));
  assert(COVERED.length === 42 && POOR.every((p) => COVERED.includes(p)), "42 covered incl. all poor");
  const WRITE = { 程北村: "程北村委会", 官窝村: "官窝村民委员会", 梅畲村: "梅畲村委", 坑口村: "坑口村委会" };
  const fmts = [fmtDot, D, fmtDot, fmtCn, (iso) => { const [y, m, d] = iso.split("-"); return `${+y - 2000}年${+m}月${+d}日`; }, fmtSlash, fmtCompact];
  const ST = []; // [town, 益农社名称, 村 written, canonical, 益农社建成, 电商站 cell|"未挂牌", iso|null, note]
  let k = 0;
  const base = Date.UTC(2020, 5, 8);
  TOWNS.forEach((t) => {
    t[2].concat(t[1]).forEach((v) => {
      const yns = `平远县${v}益农信息社`;
      const built = `${2018 + ((v.charCodeAt(0) + v.length) % 2)}.${1 + (v.charCodeAt(1) % 12)}`;
      if (COVERED.includes(v)) {
        const iso = new Date(base + k * 9 * 86400000).toISOString().slice(0, 10);
        let cell = fmts[k % fmts.length](iso), is = iso;
        if (k === 11 || k === 33) { cell = `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月`; is = iso.slice(0, 7); }
        ST.push([t[0], yns, WRITE[v] || v, v, built, cell, is, POOR.includes(v) ? "省定贫困村" : null]);
        k++;
        if (v === "程北村") ST.push([t[0], "—（独立站点，设在程北村邮政代办点）", "程北村", "程北村", "—", "2021.4.9", "2021-04-09", "第二个站点"]);
      } else if (YNS_ONLY.includes(v)) {
        ST.push([t[0], yns, v, v, built, "未挂牌", null, "仅益农信息社，未建电商服务站"]);
      } else if (v === "金田村") {
        ST.push([t[0], yns, v, v, built, D("2021-09-08"), "2021-09-08", "9月新挂牌"]);
      } else if (v === "大柘社区") {
        ST.push([t[0], yns, v, null, built, "2020.8.20", "2020-08-20", "社区站点"]);
      } else if (v === "仁居社区") {
        ST.push([t[0], yns, v, null, built, "未挂牌", null, "仅益农信息社"]);
      }
    });
  });
  const covAt = new Set(ST.filter((s) => s[3] && s[6] && dateOk(s[6]) && ADMIN.includes(s[3])).map((s) => s[3]));
  assert(covAt.size === 42 && covAt.size * 100 === 60 * 70, "42/60 = 70% exactly");
  assert(POOR.every((p) => covAt.has(p)), "all poor covered");
  assert(ST.filter((s) => s[6]).length === 45, "45 station rows " + ST.filter((s) => s[6]).length);
  assert(ST.filter((s) => s[6]).every((s) => s[6] <= "2021-08-20" || s[6] === "2021-09-08"), "dates");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("平远县益农信息社与村级电商服务站合建名单");
    full("提供单位：县农业农村局（益农信息社部分）　　“电商服务站挂牌时间”一栏由县商务局补填，“未挂牌”的只有益农信息社，不是电商服务站");
    rows.push(["序号", "镇", "益农信息社名称", "所在村（社区）", "益农社建成时间", "信息员", "联系电话", "电商服务站挂牌时间", "备注"]);
    const SUR = "林姚谢韩凌曾黄刘张李钟赖丘何朱陈吴廖";
    ST.forEach((s, i) => rows.push([i + 1, s[0], s[1], s[2], s[4], SUR[(i * 5) % SUR.length] + "××", "13" + String(5000 + ((i * 7919) % 4999)).slice(0, 1) + "****" + String(1000 + ((i * 337) % 9000)), s[5], s[7]]));
    full(`注：合建名单共${ST.length}行；电商服务站挂牌时间截至2021年9月10日。`);
    sheets.push(sheet("益农社合建名单", rows, merges));
  }

  // ---------------------------------------------------------------- 培训计划与完成对照 (training sessions)
  // [期次, 主题, 计划时间, 计划人数, 实际时间 cell, iso|null, 人次 cell, 人次, 承办, 完成情况, 备注]
  const PL = [
    [1, "农村电商基础知识", "2020年6月", 120, "2020.6.18", "2020-06-18", 98, 98, "县电商公共服务中心筹备组", "已完成", null],
    [2, "网店开设与运营", "2020年7月", 120, D("2020-07-23"), "2020-07-23", 95, 95, "梅州市客家职业培训学校", "已完成", null],
    [3, "平远脐橙网络营销", "2020年9月", 150, "2020.9.17", "2020-09-17", 162, 162, "梅州市客家职业培训学校", "已完成", null],
    [4, "直播带货实操", "2020年10月", 150, "2020年10月22日", "2020-10-22", 171, 171, "梅州市客家职业培训学校", "已完成", null],
    [5, "农产品包装与品牌", "2020年11月", 120, "20201119", "2020-11-19", 118, 118, "梅州市客家职业培训学校", "已完成", null],
    [6, "电商政策宣讲（镇村干部）", "2020年12月", 200, "2020.12.10", "2020-12-10", 160, 160, "县商务局", "已完成", null],
    [7, "农村电商普及（大柘、仁居）", "2021年1月", 150, "2021.3.16", "2021-03-16", 156, 156, "县电商公共服务中心", "已完成（延期）", "因疫情防控由1月延至3月16日"],
    [8, "年货节网络促销", "2021年1月", 100, "—", null, "—", null, "县电商公共服务中心", "未举办", "疫情防控取消"],
    [9, "短视频拍摄与剪辑", "2021年3月", 120, "2021.3.30", "2021-03-30", 142, 142, "县电商公共服务中心", "已完成", null],
    [10, "社群营销与社区团购", "2021年4月", 120, D("2021-04-22"), "2021-04-22", "１３８", 138, "县电商公共服务中心", "已完成", null],
    [11, "农村电商普及（东石、石正、八尺）", "2021年5月", 180, "2021.5.13", "2021-05-13", 147, 147, "县电商公共服务中心", "已完成", null],
    [12, "跨境电商入门", "2021年6月", 80, "2021.6.10", "2021-06-10", 76, 76, "县电商公共服务中心", "已完成", null],
    [13, "农村电商普及（差干、河头、中行）", "2021年6月", 180, "2021.6.24", "2021-06-24", 177, 177, "县电商公共服务中心", "已完成", null],
    [14, "电商客服与售后", "2021年7月", 100, "2021.7.15", "2021-07-15", "104人次", 104, "县电商公共服务中心", "已完成", null],
    [15, "农村电商普及（上举、泗水、长田、热柘）", "2021年8月", 200, "2021.8.26", "2021-08-26", 196, 196, "县电商公共服务中心", "已完成", null],
    [16, "电商物流与冷链", "2021年9月", 100, "2021.9.16", "2021-09-16", 120, 120, "县电商公共服务中心", "已完成", "9月份"],
  ];
  const S_IN = PL.filter((p) => p[5] && dateOk(p[5])).reduce((a, p) => a + p[7], 0);
  const S_ALL = PL.filter((p) => p[5]).reduce((a, p) => a + p[7], 0);
  assert(S_IN === 1940 && S_ALL === 2060, "sessions 1940 / 2060 got " + S_IN);
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("平远县2020—2021年电子商务培训计划与完成情况对照表");
    full("县商务局电商股　2021年9月20日");
    rows.push(["期次", "培训主题", "计划", null, "实际", null, "承办单位", "完成情况", "备注", null, null]);
    rows.push([null, null, "计划时间", "计划人数", "实际举办时间", "实际参训人次", null, null, null, null, null]);
    merges.push(`A${R() - 1}:A${R()}`, `B${R() - 1}:B${R()}`, `C${R() - 1}:D${R() - 1}`, `E${R() - 1}:F${R() - 1}`, `G${R() - 1}:G${R()}`, `H${R() - 1}:H${R()}`, `I${R() - 1}:K${R()}`);
    const put = (p) => { rows.push([p[0], p[1], p[2], p[3], p[4], p[6], p[8], p[9], p[10], null, null]); merges.push(`I${R()}:K${R()}`); };
    const subtotal = (label, list) => {
      rows.push([null, label, null, list.reduce((a, p) => a + p[3], 0), null, list.filter((p) => p[5]).reduce((a, p) => a + p[7], 0), null, `举办${list.filter((p) => p[5]).length}期`, null, null, null]);
      merges.push(`I${R()}:K${R()}`);
    };
    const y20 = PL.filter((p) => p[2].startsWith("2020")), y21 = PL.filter((p) => p[2].startsWith("2021"));
    y20.forEach(put); subtotal("2020年小计", y20);
    y21.forEach(put); subtotal("2021年小计", y21);
    subtotal("合计", PL);
    full("注：1．“实际参训人次”以签到表为准；2．脱贫户电商技能专场由县乡村振兴局组织，不列入本表，学员见《专场学员投保清单》；3．第7期原计划1月，延至3月16日举办。");
    sheets.push(sheet("培训计划完成对照", rows, merges));
  }

  // ---------------------------------------------------------------- persons: 脱贫劳动力核查 and 投保清单
  const SURN = "林姚谢韩凌曾黄刘张李钟赖丘何朱陈吴廖";
  const GIVM = ["振华", "志明", "国强", "伟东", "建平", "文彬", "海龙", "永生", "俊峰", "德胜", "少军", "宏伟"];
  const GIVF = ["秀英", "美玲", "月娥", "丽芳", "春兰", "桂英", "金凤", "素珍", "玉梅", "雪梅", "秋菊", "晓燕"];
  const names = new Set();
  const nm = (i, sex) => { const G = sex === "男" ? GIVM : GIVF; let j = i; for (;;) { const n = SURN[(j * 7) % SURN.length] + G[(j * 5 + Math.floor(j / 18)) % G.length]; if (!names.has(n)) { names.add(n); return n; } j += 101; } };
  // persons: key → { name, sex, birth, town, village, labour text, job text, place }
  const PERS = {};
  const EMP_E = ["县内就业", "未就业", "在家务农", "公益性岗位", "县内就业", "在家务农"];
  const vil = (i) => ADMIN[(i * 11) % 60];
  let pi = 0;
  const add = (key, lab, job, place) => {
    pi++;
    const sex = pi % 2 ? "男" : "女";
    const birth = `${1960 + ((pi * 7) % 38)}${String(1 + (pi % 12)).padStart(2, "0")}${String(1 + ((pi * 3) % 28)).padStart(2, "0")}`;
    const v = vil(pi);
    PERS[key] = { name: nm(pi, sex), sex, birth, town: townOf[v], village: v, lab, job, place, id: makeIdSex(AREA, birth, 400 + pi * 41, key === "E3" || key === "E12" || key === "M2", sex) };
  };
  for (let i = 1; i <= 30; i++) { const j = EMP_E[i % EMP_E.length]; add("E" + i, i % 7 === 3 ? "弱" : "有", j, j === "县内就业" ? "平远县" + townOf[vil(pi + 1)] : j === "公益性岗位" ? "本村保洁员" : null); }
  for (let i = 1; i <= 10; i++) add("M" + i, "有", i % 3 === 0 ? "省外就业" : "县外省内就业", ["深圳市龙岗区", "广州市白云区", "浙江省义乌市", "东莞市", "梅州市梅江区", "福建省厦门市", "佛山市顺德区", "惠州市惠城区", "江苏省苏州市", "梅州市梅县区"][i - 1]);
  for (let i = 1; i <= 6; i++) add("N" + i, i % 2 ? "无" : "丧失", "未就业", null);
  // non-poor trainees (村干部、返乡青年) in the insurance list only
  for (let i = 1; i <= 5; i++) add("C" + i, null, null, null);
  ["E3", "E12", "M2"].forEach((kk) => assert(PERS[kk].id.endsWith("X"), "X " + kk));
  const LABOUR = new Set(["有", "弱"]), MIGR = new Set(["县外省内就业", "省外就业"]);
  const ORDER = [];
  for (let i = 1; i <= 30; i++) { ORDER.push("E" + i); if (i % 3 === 0) ORDER.push("M" + (i / 3)); if (i % 5 === 0) ORDER.push("N" + (i / 5)); }
  assert(ORDER.length === 46, "46 poor persons");
  const eligible = ORDER.filter((kk) => LABOUR.has(PERS[kk].lab) && !MIGR.has(PERS[kk].job));
  assert(eligible.length === 30 && eligible.every((kk) => kk[0] === "E"), "30 eligible");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("平远县脱贫人口劳动力就业情况核查表");
    full("核查单位：县人力资源和社会保障局、县乡村振兴局　　核查时间：2021年7月　　（县商务局借用作脱贫人口清单）");
    full("口径：劳动能力“有”“弱”为有劳动能力，“无”“丧失”为无劳动能力；就业状态“县外省内就业”“省外就业”为外出务工，“县内就业”“公益性岗位”“在家务农”“未就业”不是外出务工。");
    rows.push(["序号", "镇", "村", "姓名", "性别", "身份证号", "劳动能力", "就业状态", "就业地点", "核查结果"]);
    ORDER.forEach((kk, i) => {
      const p = PERS[kk];
      rows.push([i + 1, p.town, p.village, p.name, p.sex, kk === "E3" ? p.id.toLowerCase() : p.id, p.lab, p.job, p.place, i % 9 === 4 ? "已更正" : "一致"]);
    });
    full(`合计${ORDER.length}人，其中有劳动能力且未外出务工${eligible.length}人。`);
    sheets.push(sheet("脱贫劳动力核查", rows, merges));
  }
  const INS = [
    ["PEBU202044142600318", "2020-12-15", ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "M1", "M2", "M3", "M4", "C1", "C2"], ["E20", "E21"]],
    ["PEBU202144142600127", "2021-05-20", ["E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14", "E15", "C3", "C4"], ["E22"]],
    ["PEBU202144142600295", "2021-09-09", ["E16", "E17", "E18", "E19", "E1", "E2", "M5", "C5"], []],
  ];
  const P_IN = INS.filter((s) => dateOk(s[1])).reduce((a, s) => a + s[2].length, 0);
  assert(P_IN === 28 && S_IN + P_IN === 1968 && 1968 * 100 === 196800, "1968 = 1% of 196,800");
  const trainedIn = new Set(INS.filter((s) => dateOk(s[1])).flatMap((s) => s[2]));
  const trainedElig = eligible.filter((kk) => trainedIn.has(kk));
  assert(trainedElig.length === 15 && trainedElig.length * 100 === eligible.length * 50, "15/30 = 50%");
  const wrongAll = new Set(INS.flatMap((s) => s[2]).filter((kk) => kk[0] === "E" || kk[0] === "M"));
  assert(wrongAll.size === 24 && wrongAll.size * 100 >= 30 * 70, "24/30 would wrongly give the bonus");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("中国人寿财产保险股份有限公司梅州市中心支公司　团体意外伤害保险被保险人清单");
    full("投保人：平远县乡村振兴局　　险种：培训人员团体意外伤害保险　　保险金额：每人10万元　　保费：每人每天3元");
    full("县商务局注：本清单为脱贫户电商技能专场培训学员投保清单，按实到学员投保；报名未到的已批改退保（状态“退保”），不是参训学员。保险期间即培训当天。");
    rows.push(["序号", "保单号", "被保险人姓名", "证件类型", "证件号码", "性别", "保险期间", "保费（元）", "状态", "备注"]);
    let no = 0;
    INS.forEach((s) => {
      const per = `${s[1]} 00:00至${s[1]} 24:00`;
      s[2].concat(s[3]).forEach((kk) => {
        no++;
        const p = PERS[kk], tui = s[3].includes(kk);
        let idc = p.id;
        if (kk === "E12" && s[1] === "2021-05-20") idc = p.id.toLowerCase();
        rows.push([no, s[0], p.name, "居民身份证", idc, p.sex, per, tui ? 0 : 3, tui ? "退保" : "承保", tui ? "报名未到，批改退保" : kk[0] === "C" ? "村干部（非脱贫户）" : null]);
      });
    });
    full(`承保${INS.reduce((a, s) => a + s[2].length, 0)}人次，退保${INS.reduce((a, s) => a + s[3].length, 0)}人次。`);
    sheets.push(sheet("专场学员投保清单", rows, merges));
  }

  // ---------------------------------------------------------------- 招商台账 (enterprises)
  // [name, type, 对接, 状态, 入驻 cell, 入驻 iso|null, 退出 cell, 退出 iso|null, 备注, code?]
  const EN = [
    ["平远县梅江源电子商务有限公司", "销售型（网店）", "2020.5.10", "已入驻", "2020.6.1", "2020-06-01", null, null, null],
    ["平远县脐橙优选农产品电商有限公司", "销售型（网店）", "2020.5.20", "已入驻", "同上", "2020-06-01", null, null, null],
    ["梅州市客商云仓物流有限公司平远分公司", "物流企业", "2020.5.28", "已入驻", D("2020-06-15"), "2020-06-15", null, null, null],
    ["平远县八尺农品汇电商平台有限公司", "平台型", "2020.6.3", "已入驻", "2020.7.1", "2020-07-01", null, null, null],
    ["平远县红叶代运营服务有限公司", "电商运营商（代运营）", "2020.6.12", "已入驻", "2020年7月", "2020-07", null, null, null],
    ["平远县五指石直播文化传媒有限公司", "直播电商", "2020.7.2", "已入驻", "2020.8.3", "2020-08-03", null, null, null],
    ["平远县邮乐购物流配送有限公司", "物流企业", "2020.7.20", "已入驻", "2020.8.17", "2020-08-17", null, null, null],
    ["平远县慈橙电子商务有限公司", "销售型（网店）", "2020.8.6", "已入驻", "2020.9.1", "2020-09-01", null, null, null],
    ["平远县仁居竹木工艺品电商有限公司", "销售型（网店）", "2020.8.25", "已入驻", "2020.9.15", "2020-09-15", null, null, null],
    ["平远县客家娘酒网络科技有限公司", "销售型（网店）", "2020.9.10", "已退出", "2020.10.8", "2020-10-08", "2021.6.30", "2021-06-30", "租期满不续租"],
    ["平远县山田农业科技有限公司", "销售型（网店）", "2020.9.28", "已入驻", "2020.10.20", "2020-10-20", null, null, null],
    ["平远县嘉源包装设计有限公司", "设计服务", "2020.10.12", "已入驻", "2020.11.3", "2020-11-03", null, null, "为园区企业提供包装设计"],
    ["平远县云上平远网络科技有限公司", "电商运营商（代运营）", "2020.10.26", "已入驻", "2020.11.16", "2020-11-16", null, null, null],
    ["平远县东石茶叶电商有限公司", "销售型（网店）", "2020.11.9", "已入驻", "2020.12.1", "2020-12-01", null, null, null],
    ["平远县快捷通快递有限公司", "物流企业", "2020.12.7", "已入驻", "2021.1.4", "2021-01-04", null, null, null],
    ["平远县优品汇电商平台有限公司", "平台型", "2021.1.18", "已入驻", "21.3.1", "2021-03-01", null, null, null],
    ["平远县梅花鹿直播工作室", "直播电商", "2021.2.22", "已入驻", "2021.3.22", "2021-03-22", null, null, null],
    ["平远县石正脐橙专业合作社网店", "销售型（网店）", "2021.3.8", "已入驻", "2021.4.6", "2021-04-06", null, null, null],
    ["平远县农淘电子商务有限公司", "销售型（网店）", "2021.4.12", "已退出", "2021.5.10", "2021-05-10", "2021.9.5", "2021-09-05", "9月5日搬离"],
    ["平远县绿野冷链物流有限公司", "物流企业", "2021.5.6", "已入驻", "2021.6.1", "2021-06-01", null, null, null],
    ["平远县跨境优品电子商务有限公司", "跨境电商", "2021.6.21", "已入驻", "2021.7.19", "2021-07-19", null, null, null],
    ["平远县百香果电子商务有限公司", "销售型（网店）", "2021.8.2", "已入驻", "2021.9.2", "2021-09-02", null, null, null],
    ["平远县鲜果到家电子商务有限公司", "销售型（网店）", "2021.7.26", "已签约未入驻", "—", null, null, null, "2021.8.20签约，装修中，计划10月入驻"],
    ["平远县乡村振兴直播基地项目", "直播电商", "2021.6.15", "洽谈中", "—", null, null, null, "选址未定"],
    ["梅州市嘉应供应链管理有限公司", "物流企业", "2021.8.10", "洽谈中", "—", null, null, null, "意向设立平远分仓"],
  ];
  const entered = EN.filter((e) => e[5] && dateOk(e[5]));
  const inPark = entered.filter((e) => !(e[7] && e[7] <= AS_OF));
  assert(entered.length === 21 && inPark.length === 20, "21 entered, 20 in park at cut-off");
  const tnorm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|代运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  assert(new Set(inPark.map((e) => tnorm(e[1]))).size >= 3, "types");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("平远县电商产业园招商引资项目推进台账");
    full("填报：园区管理办公室　　更新至2021年9月15日　　推进状态：洽谈中／已签约未入驻／已入驻／已退出");
    rows.push(["序号", "企业（项目）名称", "统一社会信用代码", "企业类型", "首次对接时间", "推进状态", "入驻时间", "退出时间", "备注"]);
    EN.forEach((e, i) => rows.push([i + 1, e[0], e[3] === "洽谈中" ? "—" : creditCode(AREA, i + 3), e[1], e[2], e[3], e[4], e[6], e[8]]));
    full("注：“入驻时间”为签订入驻协议并进场的时间，“同上”即与上一行相同；“已退出”的以“退出时间”为准。");
    sheets.push(sheet("招商台账", rows, merges));
  }

  // ---------------------------------------------------------------- 合同付款进度 (funds, 万元)
  // [项目, 承建单位, 合同金额, [[节点, 计划, 实际 cell, iso|null, 实付]]]
  const CT = [
    ["县电子商务公共服务中心建设及运营", "梅州市云商网络科技有限公司", 150, [["预付款30%", "2020年4月", "2020.4.20", "2020-04-20", 45], ["进度款40%", "2020年9月", "2020.9.25", "2020-09-25", 60],
      ["验收款25%", "2021年3月", "2021.3.30", "2021-03-30", 37.5], ["质保金5%", "2022年3月", null, null, null]]],
    ["村级电商服务站点建设补助", "各镇人民政府", 112.5, [["第一批", "2020年8月", D("2020-08-28"), "2020-08-28", 48.6], ["第二批", "2021年1月", "2021.1.22", "2021-01-22", 41.4],
      ["第三批", "2021年8月", "2021.9.14", "2021-09-14", 22.5]]],
    ["电商人才培训服务", "梅州市客家职业培训学校", 60, [["第一期结算", "2020年12月", "2020.12.30", "2020-12-30", 18.36], ["第二期结算", "2021年6月", "2021.6.30", "2021-06-30", 19.8],
      ["第三期结算", "2021年9月", "2021.9.28", "2021-09-28", 15]]],
    ["农村物流配送体系建设", "梅州市客商云仓物流有限公司", 90, [["首付款40%", "2020年10月", "2020.10.16", "2020-10-16", 36], ["设备到货款35%", "2021年4月", "2021.4.15", "2021-04-15", 31.5],
      ["验收尾款25%", "2021年8月", null, null, null]]],
    ["农产品品牌培育及营销推广", "平远县山水文化传播有限公司", 50, [["首付款30%", "2021年3月", "2021.3.18", "2021-03-18", 15], ["中期款（按完成工作量）", "2021年8月", "2021.8.16", "2021-08-16", 8.12],
      ["尾款", "2021年12月", null, null, null]]],
  ];
  const c100 = (x) => Math.round(x * 100);
  const PAID_IN = CT.flatMap((c) => c[3]).filter((n) => n[3] && dateOk(n[3])).reduce((a, n) => a + c100(n[4]), 0);
  const PAID_ALL = CT.flatMap((c) => c[3]).filter((n) => n[3]).reduce((a, n) => a + c100(n[4]), 0);
  assert(PAID_IN === 36128 && PAID_ALL === 39878, "paid 361.28 / 398.78 got " + PAID_IN);
  const SPENT = PAID_IN * 100; // 元
  assert(SPENT === 3612800 && SPENT * 100 >= 5000000 * 70 && pct1(SPENT, 5000000) === "72.3%", "72.3%");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("平远县电子商务进农村综合示范项目合同及付款进度表");
    full("单位：万元　　县商务局、县财政局　　截至2021年9月30日");
    rows.push(["序号", "项目名称", "承建（收款）单位", "合同金额", "付款节点", "计划付款时间", "实际付款时间", "实付金额", "备注"]);
    let tc = 0;
    CT.forEach((c, i) => {
      const top = R() + 1;
      let paid = 0;
      c[3].forEach((n, j) => {
        rows.push([j === 0 ? i + 1 : null, j === 0 ? c[0] : null, j === 0 ? c[1] : null, j === 0 ? c[2] : null, n[0], n[1], n[2] || "未付", n[4] === null ? null : n[4], n[2] ? null : "未到付款条件"]);
        if (n[4]) paid += c100(n[4]);
      });
      merges.push(`A${top}:A${R()}`, `B${top}:B${R()}`, `C${top}:C${R()}`, `D${top}:D${R()}`);
      rows.push([null, "本项目已付小计", null, null, null, null, null, paid / 100, `付款比例${pct1(paid, c100(c[2]))}`]); merges.push(`B${R()}:G${R()}`);
      tc += c100(c[2]);
    });
    rows.push([null, "合计", null, tc / 100, null, null, null, PAID_ALL / 100, null]); merges.push(`B${R()}:C${R()}`);
    full(`注：省级下达专项资金500万元；截至2021年8月31日已付${PAID_IN / 100}万元，9月14日、9月28日两笔共${(PAID_ALL - PAID_IN) / 100}万元为9月支付。`);
    assert(tc === 46250, "合同 462.5");
    sheets.push(sheet("合同付款进度", rows, merges));
  }

  // ---------------------------------------------------------------- 市局月报通报 (reports)
  const MONTHS = ["2020年8月", "2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月", "2021年5月", "2021年6月", "2021年7月", "2021年8月"];
  const PY = [["9.7", "2020-09-07", false], ["10.9", "2020-10-09", false], ["11.6*", "2020-11-06", true], ["12.8*", "2020-12-08", true], ["1.11*", "2021-01-11", true],
    ["2.5*", "2021-02-05", true], ["4.2*", "2021-04-02", true], ["4.6*", "2021-04-06", true], ["5.8*", "2021-05-08", true], ["6.7*", "2021-06-07", true],
    ["7.8*", "2021-07-08", true], ["8.6*", "2021-08-06", true], ["9.7*", "2021-09-07", true]];
  assert(monthsCovered(PY.map((p) => p[1])) === 11, "11 months (no March 2021)");
  assert(monthsCovered(MONTHS.slice(1).map((m) => { const [, y, mo] = /(\d{4})年(\d+)月/.exec(m); return `${y}-${mo.padStart(2, "0")}-01`; })) === 12, "reading the 所属月份 would give 12");
  {
    const W = 15, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:O${R()}`); };
    full("梅州市商务局关于各县（市、区）电子商务进农村工作月报报送情况的通报（附表）");
    full("统计截至2021年9月10日。表中为各月月报的报送日期（月.日），带“*”的为同时报送电商扶贫统计表；“未报”为未报送；月报应于次月10日前报送。");
    rows.push(["县（市、区）", "所属月份", null, null, null, null, null, null, null, null, null, null, null, null, "备注"]); merges.push(`B${R()}:N${R()}`);
    rows.push([null].concat(MONTHS, [null])); merges.push(`A${R() - 1}:A${R()}`, `O${R() - 1}:O${R()}`);
    const other = (seed, miss) => MONTHS.map((m, i) => (miss.includes(i) ? "未报" : `${((i + 8) % 12) + 1}.${1 + ((seed * 7 + i * 3) % 9)}${i >= 3 ? "*" : ""}`));
    const C = [["梅江区", other(1, []), null], ["梅县区", other(2, [6]), "2021年2月未报"], ["兴宁市", other(3, []), null], ["平远县", PY.map((p) => p[0]), "2021年2月份月报逾期，4月2日补报"],
      ["蕉岭县", other(5, []), null], ["大埔县", other(6, [0, 1]), null], ["丰顺县", other(7, []), null], ["五华县", other(8, [9]), null]];
    C.forEach((c) => rows.push([c[0]].concat(c[1], [c[2]])));
    full("抄送：各县（市、区）商务主管部门。");
    sheets.push(sheet("市局月报通报", rows, merges));
  }

  // ---------------------------------------------------------------- 专栏网页列表 (disclosures)
  const jdT = (y, m) => `平远县电子商务进农村综合示范项目建设进度（${y}年${m}月）`;
  const ITEMS = [];
  for (let y = 2020, m = 1; y < 2021 || m <= 8; m === 12 ? (y++, m = 1) : m++) {
    const ny = m === 12 ? y + 1 : y, nm2 = m === 12 ? 1 : m + 1;
    ITEMS.push([jdT(y, m), `${ny}-${String(nm2).padStart(2, "0")}-${String(3 + ((y * 12 + m) % 6)).padStart(2, "0")}`]);
  }
  ITEMS.push(["平远县电子商务进农村综合示范项目基本信息公示", "2020-03-10"], ["关于公布平远县电子商务进农村综合示范工作监督举报电话和邮箱的公告", "2020-03-10"],
    ["平远县村级电商服务站点建设项目中标结果公告", "2020-06-19"], ["平远县电子商务进农村综合示范专项资金拨付情况公示（第一批）", "2020-11-20"],
    ["平远县电子商务进农村综合示范专项资金拨付情况公示（第二批）", "2021-05-14"]);
  ITEMS.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  assert(monthsCovered(ITEMS.map((i) => i[1])) === 12, "12 months of column updates");
  {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept as the blind writer wrote it
    const W = 2, rows = [], merges = [];
    const R = () => rows.length;
    rows.push(["平远县人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范", null]); merges.push("A1:B1");
    rows.push(["（2021年9月10日从网站专栏列表页复制，按网页顺序，最新在前；每页15条）", null]); merges.push("A2:B2");
    rows.push(["[置顶] 平远县电子商务进农村综合示范工作方案", "2020-01-15"]);
    const all = ITEMS.length + 1, pages = Math.ceil(all / 15);
    let onPage = 1, page = 1;
    ITEMS.forEach((it) => {
      rows.push(["· " + it[0], it[1]]);
      onPage++;
      // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
      if (onPage === 15) { rows.push([`共${all}条　第${page}/${pages}页　首页　上一页　下一页　尾页`, null]); merges.push(`A${R()}:B${R()}`); page++; onPage = 0; }
    });
    // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
    if (onPage) { rows.push([`共${all}条　第${page}/${pages}页　首页　上一页　下一页　尾页`, null]); merges.push(`A${R()}:B${R()}`); }
    sheets.push(sheet("专栏网页列表", rows, merges));
  }

  // ---------------------------------------------------------------- 宣传报道汇编目录 (media)
  // [section, 标题, 媒体, 形式, 时间 cell, iso, level|null, tv, case]
  const MD = [
    ["一、中央媒体"],
    ["电商扶贫典型案例｜平远脐橙：从山坳到“云端”", "央视网", "网络", "2021年7月12日", "2021-07-12", "national", false],
    ["梅州平远：电商赋能乡村振兴", "人民日报客户端", "网络", "2021年9月6日", "2021-09-06", "national", false],
    ["二、省级媒体"],
    ["平远：村级电商站点打通农产品上行“最初一公里”", "南方日报（A10版）", "报纸", "2021年4月8日", "2021-04-08", "province", false],
    ["电商扶贫典型案例：平远脱贫户直播卖脐橙", "广东广播电视台《广东新闻联播》", "电视", "2021年5月19日", "2021-05-19", "province", true],
    ["三、市级媒体"],
    ["平远电商进农村示范县创建提速", "梅州日报", "报纸", "2020年11月24日", "2020-11-24", "city", false],
    ["平远：电商培训进村入户", "梅州广播电视台《梅州新闻》", "电视", "2021年3月2日", "2021-03-02", "city", true],
    ["四、县级媒体"],
    ["我县举办直播带货实操培训", "平远县融媒体中心《平远新闻》", "电视", "2020年10月23日", "2020-10-23", "county", true],
    ["平远县电子商务公共服务中心正式运营", "“平远发布”微信公众号", "网络", "2021年2月27日", "2021-02-27", "county", false],
    ["五、工作简报及政务信息（非媒体报道，供参考）"],
    ["平远县扎实推进电子商务进农村综合示范创建", "梅州市商务局《商务工作简报》第12期", "简报", "2021年5月", null, null, false],
  ];
  const lvIn = new Set(MD.filter((m) => m.length > 1 && m[4] && dateOk(m[4]) && m[5]).map((m) => m[5]));
  assert(lvIn.has("national") && lvIn.has("province") && lvIn.has("city") && lvIn.has("county"), "all levels by cut-off");
  const tvCases = MD.filter((m) => m.length > 1 && m[6] && /电商扶贫典型案例/.test(m[0]) && dateOk(m[4]));
  assert(tvCases.length === 1 && tvCases[0][5] === "province", "one provincial TV case");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("平远县电子商务进农村综合示范宣传报道汇编（目录）");
    full("县商务局编　2021年9月　　（汇编按媒体级别分节；报道原文、截图、视频截图见汇编各页）");
    rows.push(["序号", "标题", "媒体（栏目）", "形式", "刊播时间", "页码"]);
    let no = 0, pg = 1;
    MD.forEach((m) => {
      if (m.length === 1) { full(m[0]); return; }
      no++;
      rows.push([no, m[0], m[1], m[2], m[3], pg]);
      pg += 1 + (no % 2);
    });
    sheets.push(sheet("宣传报道汇编目录", rows, merges));
  }

  // ---------------------------------------------------------------- 案例征集回执 (materials)
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("梅州市商务局电子商务进农村典型案例征集回执");
    full("报送单位（盖章）：平远县商务局　　联系人：谢××　　电话：0753-8××××××　　（请于2021年6月20日前报市商务局电商科）");
    rows.push(["序号", "案例名称", "案例类型", "报送时间", "报送方式", "备注"]);
    rows.push([1, "“村站＋合作社＋脱贫户”带动平远脐橙网络销售", "电商扶贫", "2021年6月18日", "电子邮件＋纸质", null]);
    rows.push([2, "平远县电子商务公共服务中心运营经验", "服务体系建设", "2021年6月18日", "电子邮件＋纸质", null]);
    sheets.push(sheet("案例征集回执", rows, merges));
  }

  // ---------------------------------------------------------------- 自评报告 (facts, judged, claims)
  const CLAIM = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 6, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 2,
  };
  const cBase = SCORED.reduce((a, id) => a + CLAIM[id], 0);
  assert(cBase === 92, "claims 92 got " + cBase);
  assert(pct1(9.28, 7.35) === "126.3%" && pct1(3.15, 2.46) === "128.0%", "26.3%, 28.0%");
  {
    const W = 4, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:D${R()}`); };
    full("平远县电子商务进农村综合示范创建工作自评报告");
    full("（报梅州市商务局、省商务厅　　平远县商务局　2021年9月12日）");
    [
      "一、基本情况",
      "　　平远县辖12个镇，行政村60个（另有社区居委会6个），其中省定贫困村8个；常住人口19.68万人（第七次全国人口普查）。2019年12月我县获批省级电子商务进农村综合示范县，省级下达专项资金500万元。本报告数据截至2021年8月31日（考评截止日期）。",
      "二、自评情况",
      "（一）组织领导（2分），自评2分。县政府成立以县长为组长、分管副县长为副组长的电子商务进农村综合示范工作领导小组，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司为成员单位。",
      "（二）方案制定（2分），自评2分。2020年1月县政府办公室正式印发《平远县电子商务进农村综合示范工作方案》。",
      "（三）政策支持（2分），自评2分。2020年5月出台《平远县促进农村电子商务发展扶持办法》，已兑现奖补资金48万元。",
      "（四）项目管理（4分），自评3分。制定项目建设管理办法和验收办法，项目管理制度自评2分；2020年上半年工作台账记录不全，工作台账自评1分。",
      "（五）服务体系建设（县级中心与产业园，15分），自评15分。县电子商务公共服务中心于2021年2月26日投入运营，设免费培训室和培训设备，免费提供农特产品展示销售、产品摄影和美工服务，组织“平远脐橙”“平远红薯”统一推广和品牌建设指导，并提供金融、物流对接等衍生增值服务。整合县创业园建成平远电商产业园，截至8月31日在园企业20家，含平台型、销售型、电商运营商、物流企业等类型（见《招商台账》）。",
      "（六）服务体系建设（村级站点，10分），自评10分。全县已挂牌村级电商服务站的行政村42个，覆盖率70%；8个省定贫困村全部建站（见《益农社合建名单》）。",
      "（七）农村产品上行（10分），自评6分。2020年完成全县农产品网络销售调研并报市商务局，网销调研自评2分；开展脐橙网络促销活动，网络促销活动自评1分；引入梅州市云商网络科技有限公司为第三方运营服务商；行政村物流快递覆盖率100%；制定脐橙分级标准，交易标准与冷链溯源自评1分。2020年农村网络零售额9.28亿元（2019年7.35亿元），同比增长26.3%；农产品网络零售额3.15亿元（2019年2.46亿元），同比增长28.0%，均未达30%，该项不得分。",
      `（八）电商人才培训（20分），自评20分。截至8月31日累计培训${thousands(S_IN + P_IN)}人次（培训计划完成对照表${thousands(S_IN)}人次，脱贫户专场${P_IN}人次），占常住人口1%；有劳动能力且未外出务工的脱贫人口${eligible.length}人，参训${trainedElig.length}人，培训率50%。`,
      "（九）信息公开（4分），自评4分。县政府门户网站设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、项目建设进度，设立监督举报电话和邮箱，每月更新。",
      "（十）数据上报（6分），自评6分。每月向梅州市商务局报送工作进展，2020年10月份起随月报报送电商扶贫统计表。",
      "（十一）案例总结（2分），自评2分。2021年6月18日向市商务局报送典型案例2篇。",
      "（十二）经验推广（8分），自评8分。央视网（中央），南方日报、广东新闻联播（省级），梅州日报、梅州新闻（市级），平远新闻、平远发布（县级）均有报道。",
      "（十三）制度建立（5分），自评4分。制定《平远县省级电子商务进农村综合示范专项资金管理办法》并执行。",
      "（十四）资金台账（5分），自评4分。各承建单位均建立资金专用台账。",
      `（十五）资金支出（5分），自评4分。截至8月31日累计支付${PAID_IN / 100}万元，支出率72.3%，按合同节点及时拨付，资金及时拨付自评4分。`,
      "（十六）加分项，自评2分。2021年7月12日央视网播发平远脐橙电商扶贫典型案例，2021年5月19日广东新闻联播播出我县电商扶贫典型案例，按国家级计2分；贫困人口培训率50%，未达70%，不加分。",
      "三、一票否决项",
      "　　创建期间未发生安全生产、质量事故；项目总体进度86%；不存在弄虚作假。",
      "四、自评结果",
      // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
      `　　基本分${cBase}分，加分${CLAIM["bonus.tvCase"] + CLAIM["bonus.poorTraining"]}分，合计${cBase + 2}分。`,
    ].forEach(full);
    sheets.unshift(sheet("自评报告", rows, merges));
  }
  sheets.unshift(sheet("目录", [["平远县电子商务进农村综合示范考评资料（电子版）"], [null], ["1．自评报告（事实和自评分）"], ["2．村集体经济统计（县农业农村局，作行政村、省定贫困村清单）"],
    ["3．益农社合建名单（作村级电商服务站清单，以“电商服务站挂牌时间”为准）"], ["4．培训计划完成对照（培训期次和人次）"], ["5．专场学员投保清单（脱贫户专场参训学员）"],
    ["6．脱贫劳动力核查（脱贫人口清单）"], ["7．招商台账（产业园入驻企业）"], ["8．合同付款进度（专项资金支付，万元）"], ["9．市局月报通报（月报报送，本县为“平远县”一行）"],
    ["10．专栏网页列表（专栏更新）"], ["11．宣传报道汇编目录（宣传报道）"], ["12．案例征集回执（经验材料）"], ["平远县商务局　2021年9月"]]));

  // ---------------------------------------------------------------- expectation
  const J = { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  const points = {
    "org.leadership": 2, "org.plan": J["org.plan"], "org.policy": J["org.policy"], "org.management": J["org.management.system"] + J["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 5,
    "work.upward": J["work.upward.research"] + J["work.upward.promotion"] + 1 + 1 + J["work.upward.standards"] + 0,
    "work.training": 10 + 10,
    "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": J["fund.system"], "fund.ledger": J["fund.ledger"], "fund.spending": J["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(sc === 90, "90 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 91 && bonus === 1, "total 91");
  write("counties/b125-c1-pingyuan.json", {
    description:
      "梅州市平远县商务局交的整本考评资料（目录＋自评报告＋11个借来的表），90＋加分1＝91分，未否决（自评92＋加分2）。事实和自评在《自评报告》：报告正文一段一行（A:D合并），每个指标一段，段首写“（一）组织领导（2分），自评2分。”，主观分写在段内（“项目管理制度自评2分”“工作台账自评1分”“网销调研自评2分”“网络促销活动自评1分”“交易标准与冷链溯源自评1分”“资金及时拨付自评4分”），制度建立、资金台账各自评4分；基本情况段给常住人口19.68万人、行政村60个（社区6个）、省定贫困村8个、资金500万元、截止2021年8月31日。台账读法：《村集体经济统计》是农业农村局的村集体经济收入统计表，类别“村”60个是行政村、“社区”6个不算，商务局补了“省定贫困村”是/否列（没有快递列，快递按报告）；《益农社合建名单》是益农信息社名单，商务局补了“电商服务站挂牌时间”列，只有有挂牌时间的才是电商站（“未挂牌”的只是益农社），挂牌时间格式混杂（“2020年9月”“2021年4月”只到月、“20年7月14日”两位年份、“20200801”八位数字、真日期），程北村另有独立站点、大柘社区站不算、金田村2021-09-08挂牌不算，“程北村委会”“官窝村民委员会”“梅畲村委”是同一村；《培训计划完成对照》两行表头（计划｜实际），读“实际举办时间”和“实际参训人次”，第8期未举办、第7期1月延至3月16日、第16期在9月，小计合计行不加，“１３８”全角、“104人次”带单位；《专场学员投保清单》是保险公司团体意外险被保险人清单，一行一人次，保险期间即培训日，“退保”是报名未到，村干部不是脱贫户；《脱贫劳动力核查》口径写在表上方（有、弱＝有劳动能力；县外省内、省外就业＝外出务工）；《招商台账》只有“已入驻”“已退出”且有入驻时间的进过园，“同上”＝上一行的2020.6.1，农淘电商“已退出”但退出时间2021.9.5在截止日后，截止日仍在园，娘酒公司2021.6.30退出不算，百香果2021.9.2入驻不算，“已签约未入驻”“洽谈中”不算；《合同付款进度》单位万元，读“实际付款时间”和“实付金额”，“未付”节点、小计、合计不加，9月两笔不算；《市局月报通报》是梅州市商务局的全市通报，只读“平远县”一行，列是所属月份、格内是报送日期（月.日，12月份月报“1.11”是2021年1月），2月份月报4月2日才补报，2021年3月没有报送，带“*”为附扶贫统计表；《专栏网页列表》是从网站复制的专栏列表页，“共…条 第…页”是翻页行；《宣传报道汇编目录》按级别分节（中央、省级、市级、县级），第五节简报不是媒体报道，央视网是网络不是电视；《案例征集回执》是报市商务局的回执。",
    sheets,
    expect: { asOf: "2021-08-31", total, bonus, vetoed: false, points, claimed: CLAIM },
    derivation: [
      "org.leadership: 自评报告（一）：县长任组长（分管副县长是副组长），成员单位有商务、财政、农业农村、乡村振兴 → 主要领导牵头、部门齐全 → 2",
      "org.plan: 方案2020年1月正式印发，自评2 → 2",
      "org.policy: 扶持办法2020年5月出台，自评2 → 2",
      "org.management: 项目管理制度自评2 ＋ 工作台账自评1 → 3",
      "work.center: 中心2021-02-26投入运营 ≤ 截止日 2；≤ 2021-02-28，满6个月 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；金融物流对接等衍生增值服务 1；产业园已整合 2；招商台账截止日前入驻21家（“同上”＝2020.6.1照算，“2020年7月”只到月照算），娘酒公司2021.6.30退出 → 在园20家 ≥ 20 → 2（农淘电商退出时间2021.9.5在截止日后，仍在园；百香果2021.9.2入驻、鲜果到家未入驻、两个洽谈中的不算）；类型 销售型、物流企业、平台型、电商运营商、直播电商等 ≥ 3 → 1；合计 15",
      "work.coverage: 村集体经济统计表类别“村”60个（社区6个不算）；益农社合建名单中有电商服务站挂牌时间且 ≤ 截止日的行政村42个（程北村两个站算一个；“程北村委会”“官窝村民委员会”“梅畲村委”“坑口村委会”按村名归并；“未挂牌”的8个村只有益农社，不算；金田村2021-09-08挂牌不算；大柘社区站不是行政村）；42/60 = 70% ≥ 70% → 5；省定贫困村官窝、湍溪、石峰、桂竹、梅畲、畲脑、青溪、坑口都有站 8/8 → 5；合计 10",
      "work.upward: 网销调研2；网络促销1；第三方服务商（梅州市云商网络科技）1；村名单没有快递列，按报告“行政村物流快递覆盖率100%” 1；交易标准与溯源1；农村网零9.28/7.35亿元 = +26.3%，农产品网零3.15/2.46亿元 = +28.0%，都 < 30% → 0；合计 6",
      `work.training: 人次 = 培训计划完成对照表截止日前实际参训 ${S_IN}（第8期未举办不算；第16期2021.9.16的120人次不算；计划人数不读）＋ 投保清单截止日前承保 ${P_IN} 人次（2020.12.15的16人、2021.5.20的12人；退保3人不算；2021.9.9那期8人不算）= ${S_IN + P_IN}；基数 min(196,800, 500,000)；1,968/196,800 = 1% ≥ 1% → 10。核查表46人，有劳动能力（有、弱）且不外出务工的30人；截止日前参训的其中15人（两期都参加的只算一人）；4名外出务工者、2名村干部参训不算，9月那期的4人不算；15/30 = 50% → 10；合计 20`,
      "info.disclosure: 报告（九）专栏公开创建方案、项目基本信息、建设进度，设监督举报电话和邮箱 → 2；专栏网页列表2020-09至2021-08每月都有发布 → 12个月 → 2；合计 4",
      "info.reporting: 市局通报“平远县”一行：报送日期 2020-09-07、10-09、11-06、12-08、2021-01-11、02-05、04-02（2月份月报补报）、04-06、05-08、06-07、07-08、08-06（9-07在窗口外）→ 2021年3月没有报送，11个月 → 不定时 1（按所属月份读会误得12个月3分）；自10月份月报起带“*”附电商扶贫统计表 → 3；合计 4（自评6）",
      "promo.cases: 2021-06-18向梅州市商务局报送典型案例（回执）→ 2",
      "promo.media: 截止日前：央视网（2021-07-12，国家级）、南方日报、广东新闻联播（省级）→ 4；梅州日报、梅州新闻（市级）→ 3；平远新闻、平远发布（县级）→ 1；人民日报客户端2021-09-06不算；市商务局工作简报不是媒体；合计 8",
      "fund.system: 资金管理办法已制定，自评4 → 4",
      "fund.ledger: 承建单位专用台账，自评4 → 4",
      `fund.spending: 合同付款进度表（万元）截止日前实付 45＋60＋37.5＋48.6＋41.4＋18.36＋19.8＋36＋31.5＋15＋8.12 = ${PAID_IN / 100}万元 = ${thousands(SPENT)}元（9.14的22.5万、9.28的15万不算；“未付”节点不算）；${thousands(SPENT)}/5,000,000 = 72.3% ≥ 70% → 及时拨付自评4 → 4`,
      "bonus.poorTraining: 15/30 = 50% < 70% → 0（把外出务工者和9月那期也算进去才有24/30 = 80%）",
      "bonus.tvCase: 2021-05-19广东广播电视台《广东新闻联播》播出电商扶贫典型案例（省级电视）→ 1；央视网2021-07-12的案例是网络报道，不是电视，不得2分（自评2）",
      "veto.incident: 报告“未发生安全生产、质量事故” → 0，不否决",
      "veto.progress: 项目总体进度86% ≥ 40% → 0，不否决",
      "veto.fraud: “不存在弄虚作假” → 0，不否决",
      "total: 2+2+2+3+15+10+6+20+4+4+2+8+4+4+4 = 90，加分1，合计91；自评92＋加分2＝94",
    ],
  });
})();

console.log("wrote:\n" + written.join("\n"));
