// Batch 129 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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

// =====================================================================================
// facts/b129-f1-yangshan: 清远阳山县 — 县审计局《审计发现问题整改情况台账》（专项审计调查后商务局填的整改台账）：
// 两行表头（“整改情况”分组合并）；“审计发现的问题”是审计时点（2021年3月31日）的情况，“整改完成情况”截至考评截止日，以后者为准；
// 领导小组问题栏写“副县长任组长、无扶贫办”，整改栏已调整为县长、四部门齐全；摄影美工原收费、6月起免费；
// 培训4,012人次中596人次无签到表 → 核实3,416人次；拨付218.6万元是3月底的，8月底402.3万元
// =====================================================================================
(function f1() {
  const W = 9, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
  full("阳山县审计发现问题整改情况台账");
  full("审计项目：阳山县2019年省级电子商务进农村综合示范专项资金专项审计调查（阳审调报〔2021〕3号，2021年6月出具）　　整改责任单位：阳山县商务局");
  full("说明：“审计发现的问题”所列数据为审计时点（2021年3月31日）情况；“整改完成情况”截至2021年8月31日（即示范县考评截止日），数据以该栏为准。");
  rows.push(["序号", "问题类别", "审计发现的问题", "审计建议", "整改情况", null, null, "整改状态", "责任股室"]);
  rows.push([null, null, null, null, "整改措施", "整改完成情况", "完成时间", null, null]);
  merges.push("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "I4:I5");
  const SPENT_MAR = 218.6, SPENT_AUG = 402.3, PT_ALL = 4012, PT_NOSIGN = 596;
  const PT = PT_ALL - PT_NOSIGN;
  assert(PT === 3416, "3,416 person-times");
  assert(Math.round(SPENT_MAR / 500 * 1000) === 437 && Math.round(SPENT_AUG / 500 * 1000) === 805, "43.7%, 80.5%");
  const P = [
    ["组织领导", "县电子商务进农村综合示范工作领导小组（阳府办函〔2019〕61号）由分管商务工作的副县长任组长，成员单位未包括县扶贫办，统筹协调力度不足。",
      "调整充实领导小组，由县政府主要领导牵头", "提请县政府调整领导小组",
      "2021年4月12日县政府办公室印发《关于调整阳山县电子商务进农村综合示范工作领导小组的通知》（阳府办函〔2021〕19号）：县长任组长，分管副县长任常务副组长；成员单位为县商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、发展改革局、交通运输局、市场监管局、邮政分公司。",
      "2021.4.12", "已完成", "办公室"],
    ["方案执行", "《阳山县电子商务进农村综合示范县工作方案》（阳府办〔2019〕88号）已正式印发，但未将建设任务分解到年度和责任单位。",
      "细化分解任务", "制定任务分解表", "2021年4月制定《示范县工作方案任务分解表》，明确年度目标、完成时限和责任单位，经领导小组会议审议通过。", D("2021-04-28"), "已完成", "电商股"],
    ["中心运营", "县电子商务公共服务中心2020年9月10日竣工验收后闲置近三个月，至2020年12月8日才投入运营；中心摄影、美工服务按每款产品80元收费，未按实施方案免费提供。",
      "规范中心服务，落实免费服务事项", "督促整改收费问题",
      "已督促中心自2021年6月1日起对本县电商企业、网店、合作社免费提供摄影、美工服务，并退还已收取费用3,040元。", "2021.6.1", "已完成", "电商股"],
    ["产业园建设", "县电商产业园（2020年10月整合县青年创业园建成）入驻企业仅14家，未达实施方案确定的20家目标。",
      "加大招商力度", "出台入驻优惠措施，开展招商", "截至2021年8月31日入驻企业17家，仍未达到20家，继续招商。", null, "持续整改", "电商股"],
    ["人才培训", `部分培训班签到表缺失，报送的累计培训${thousands(PT_ALL)}人次中有${PT_NOSIGN}人次无签到表，培训实效无法核实；签到表未登记身份证号，无法核实建档立卡贫困人口参训情况。`,
      "完善培训台账", "补齐签到资料，与乡村振兴局逐人核对",
      `补齐签到表，剔除无法佐证的期次，经核实有效培训${thousands(PT)}人次；经县乡村振兴局逐人核对，全县有劳动能力且未外出务工的建档立卡贫困人口2,316人，其中参加电商培训1,087人（按身份证号去重）。`,
      "2021年7月", "已完成", "电商股"],
    ["信息公开", "县政府网站“电子商务进农村综合示范”专栏仅公开了创建方案和项目基本信息，未按月公开项目建设进度，未设立征求意见或监督举报窗口。",
      "完善专栏公开内容", "按月公开进度，设立监督举报窗口",
      "自2021年5月起每月在专栏公开项目建设进度；2021年5月18日在专栏设立监督举报窗口（举报电话、电子邮箱）。", "2021.5.18", "已完成", "办公室"],
    ["资金拨付", `截至2021年3月31日，省级专项资金500万元仅拨付${SPENT_MAR}万元，支出率43.7%，资金拨付滞后。`,
      "加快资金拨付", "按合同节点加快验收拨付", `截至2021年8月31日累计拨付${SPENT_AUG}万元，支出率80.5%。`, "2021.8.31", "已完成", "财务股"],
    ["资金管理", "《阳山县电子商务进农村综合示范专项资金管理办法》未明确绩效考核和责任追究；项目承办企业未建立资金专用台账，以企业总账代替。",
      "完善制度，建立专账", "修订管理办法，督促承办企业建专账",
      "2021年4月修订印发专项资金管理办法（阳商务〔2021〕22号），增加绩效考核和责任追究条款；3家项目承办企业已于2021年5月建立资金专用台账。", "2021年5月", "已完成", "财务股"],
    ["项目进度", "截至2021年3月31日，项目总体进度55%，农村物流配送体系建设项目尚未开工。",
      "倒排工期，加快建设", "物流项目限期开工", "农村物流配送体系建设项目2021年4月开工；截至2021年8月31日项目总体进度88%。", "2021.8.31", "已完成", "电商股"],
  ];
  P.forEach((p, i) => rows.push([i + 1, ...p]));
  full("审计总体评价：专项资金使用总体规范，未发现虚报冒领、套取骗取、弄虚作假等问题。整改共9项，已完成8项，持续整改1项（产业园入驻企业）。");
  full("填报人：县商务局办公室 邓××　　审核：县商务局局长 何××　　填报日期：2021年9月3日（报县审计局）");
  assert(P.filter((p) => p[6] === "已完成").length === 8, "8 done");
  write("facts/b129-f1-yangshan.json", {
    description:
      "清远阳山县商务局交来当事实表的，是县审计局专项审计调查后商务局填报的《审计发现问题整改情况台账》：三行抬头（审计项目、说明），两行表头（“整改情况”分组合并为 整改措施｜整改完成情况｜完成时间），9个问题一行一个，长文字格，文末审计总体评价和填报人。读法：说明写明“审计发现的问题”栏是2021年3月31日审计时点情况，“整改完成情况”截至2021年8月31日（示范县考评截止日）并以该栏为准 → asOf 2021-08-31；county 阳山县。组织领导：问题栏写副县长任组长、没有扶贫办，整改栏已调整为县长任组长、商务、财政、农业农村、乡村振兴（原扶贫办）都在 → principal-all，不是deputy。工作方案“已正式印发” → planIssued是。中心9月10日只是竣工验收，12月8日才投入运营 → 2020-12-08；摄影美工原收费，6月1日起免费 → centerPhoto是（其他中心服务没说，不列）。产业园2020年10月整合建成 → parkBuilt是（入驻14家、17家没有对应键）。培训：4,012人次是未核实数，核实后3,416人次；2,316人、1,087人。专栏四项：方案、项目信息原已公开，进度5月起按月公开，监督举报窗口5月18日设立 → 四项都是。资金：下达500万元；218.6万元是3月底数，8月底402.3万元 → fundSpentStated 4,023,000。管理办法已修订印发、承办企业已建专用台账 → 都是。总体进度88%（55%是3月底的）。总体评价“未发现弄虚作假” → vetoFraud否；安全事故未提，不列。没有主观评分，judged为空。",
    sheets: [sheet("整改台账", rows, merges)],
    expect: {
      facts: {
        county: "阳山县", asOf: "2021-08-31", planIssued: true, centerOpened: "2020-12-08", centerPhoto: true, parkBuilt: true,
        trainingPersonTimesStated: PT, eligiblePoorPersonsStated: 2316, trainedPoorPersonsStated: 1087,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        fundAllocated: 5000000, fundSpentStated: wan(String(SPENT_AUG)), fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b129-f2-heping: 河源和平县 — 电商股自己做的《自评分测算表（工作底稿）》：每个指标几行“基础数据项｜数值｜单位”，
// 单位单列（万人、亿元、%、万元）；测算过程是公式结果（粘贴为数值）；测算得分按指标纵向合并 → claimed；
// “主观评分”行是judged；覆盖村数、入驻家数、更新月数、报道篇数这些不是事实键；另有隐藏的“档次”辅助表
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("和平县2019年省级电子商务进农村综合示范创建考评自评分测算表（工作底稿）");
  full("和平县商务局电商股　　2021年9月2日　　数据截至考评截止日2021年8月31日　　“数值”为手工录入的基础数据，“测算过程”由公式算出（已粘贴为数值）");
  rows.push(["序号", "评价指标", "分值", "基础数据项", "数值", "单位", "测算过程", "测算得分"]);
  const pop = 34.87, pt = 3602, elig = 2410, trn = 1338;
  const r19 = 10.85, r20 = 12.85, a19 = 2.36, a20 = 3.12, rg = 18.4, ag = 32.2, alloc = 500, spent = 385.6;
  assert(Math.round((r20 / r19 - 1) * 1000) === 184 && Math.round((a20 / a19 - 1) * 1000) === 322, "18.4%, 32.2%");
  assert(pt * 100 >= Math.round(pop * 10000) && trn * 100 >= elig * 50 && trn * 100 < elig * 70, "1.03%, 55.5%");
  assert(Math.round(spent / alloc * 1000) === 771, "77.1%");
  // [id, 指标, 分值, [[项, 数值, 单位]], 测算过程, 得分]
  const IND = [
    ["org.leadership", "组织领导", 2, [["领导小组组长", "县长", null], ["领导小组成员单位", "商务、财政、农业农村、乡村振兴、发改、交通运输、邮政管理", null]], "县政府主要领导牵头，商务、财政、农业农村、乡村振兴均参与", 2],
    ["org.plan", "方案制定", 2, [["工作方案是否正式印发", "是（和府办〔2019〕52号）", null], ["主观评分（1-2分）", 2, "分"]], "已印发，按主观评分", 2],
    ["org.policy", "政策支持", 2, [["支持政策是否出台", "是", null], ["主观评分（1-2分）", 1, "分"]], "已出台，按主观评分", 1],
    ["org.management", "项目管理", 4, [["项目管理制度主观评分（1-2分）", 2, "分"], ["工作台账主观评分（1-2分）", 2, "分"]], "2＋2", 4],
    ["work.center", "服务体系建设：县级中心与产业园", 15, [["中心投入运营日期", "2020.10.16", null], ["免费培训场所及设备，能组织基础培训", "是", null],
      ["免费展示、销售特色农产品", "是", null], ["免费摄影、美工服务", "是", null], ["统一推广、指导品牌建设", "是", null], ["其他衍生增值服务", "是", null],
      ["建设或整合电商产业园", "是", null], ["产业园入驻企业", 23, "家"], ["入驻企业类型", 4, "类"]],
      "运营10.5个月≥6个月；服务五项全有；产业园23家≥20家，4类≥3类", 15],
    ["work.coverage", "服务体系建设：村级站点覆盖", 10, [["行政村数（不含社区）", 186, "个"], ["有站点的行政村", 139, "个"], ["省定贫困村", 24, "个"], ["有站点的省定贫困村", 24, "个"]],
      "139÷186＝74.7%≥70%→5；24÷24＝100%→5", 10],
    ["work.upward", "农村产品上行", 10, [["网销调研主观评分（1-2分）", 2, "分"], ["网络促销活动主观评分（1-2分）", 2, "分"], ["专业第三方电商运营服务商", "是", null],
      ["行政村物流快递覆盖率100%", "是", null], ["交易标准与冷链溯源主观评分（1-2分）", 1, "分"],
      ["2019年农村网络零售额", r19, "亿元"], ["2020年农村网络零售额", r20, "亿元"], ["2020年农村网络零售额同比增速", rg, "%"],
      ["2019年农产品网络零售额", a19, "亿元"], ["2020年农产品网络零售额", a20, "亿元"], ["2020年农产品网络零售额同比增速", ag, "%"]],
      "2＋2＋1＋1＋1；农产品增速32.2%≥30%→2", 9],
    ["work.training", "电商人才培训", 20, [["常住人口（第七次人口普查）", pop, "万人"], ["培训人次", thousands(pt), "人次"],
      ["有劳动能力的建档立卡贫困人口（不含外出务工）", thousands(elig), "人"], ["参加培训的建档立卡贫困人口", thousands(trn), "人"]],
      "3,602÷348,700＝1.03%≥1%→10；1,338÷2,410＝55.5%≥50%→10", 20],
    ["info.disclosure", "信息公开", 4, [["专栏公示创建方案", "是", null], ["专栏公示项目基本信息", "是", null], ["专栏公示项目建设进度", "是", null],
      ["专栏设立征求意见或监督举报窗口", "是", null], ["近一年专栏有更新的月数", 12, "个月"]], "内容全面→2；12个月均有更新→2", 4],
    ["info.reporting", "数据上报", 6, [["近一年向市商务局报送的月数", 12, "个月"], ["能统计电商扶贫情况", "是", null]], "每月报送→3；能统计→3", 6],
    ["promo.cases", "案例总结", 2, [["向市商务局报送经验材料", 2, "篇"]], "已报送→2", 2],
    ["promo.media", "经验推广", 8, [["省级及以上媒体报道", 1, "篇"], ["市级媒体报道", 3, "篇"], ["县级媒体报道", 6, "篇"]], "4＋3＋1", 8],
    ["fund.system", "制度建立", 5, [["资金管理制度是否制定", "是", null], ["主观评分（1-5分）", 4, "分"]], "按主观评分", 4],
    ["fund.ledger", "资金台账", 5, [["资金专用台账是否建立", "是", null], ["主观评分（1-5分）", 4, "分"]], "按主观评分", 4],
    ["fund.spending", "资金支出", 5, [["下达资金总额", alloc, "万元"], ["累计拨付资金", spent, "万元"], ["及时拨付主观评分（1-5分）", 4, "分"]], "385.6÷500＝77.1%≥70%，按主观评分", 4],
    ["bonus.poorTraining", "加分：贫困人口培训率≥70%", 2, [], "55.5%＜70%", 0],
    ["bonus.tvCase", "加分：电商扶贫典型案例获电视播报", 2, [["获国家级或省级电视播报", "无", null]], "无", 0],
    [null, "一票否决项", null, [["安全生产、质量事故或重大经济损失", "无", null], ["项目总体进度", 90, "%"], ["弄虚作假", "无", null]], "均未触发", null],
  ];
  const claimed = {};
  IND.forEach((ind, i) => {
    const s = R() + 1;
    const items = ind[3].length ? ind[3] : [[null, null, null]];
    items.forEach((it, k) => rows.push([k === 0 ? i + 1 : null, k === 0 ? ind[1] : null, k === 0 ? ind[2] : null, it[0], it[1], it[2], k === 0 ? ind[4] : null, k === 0 ? ind[5] : null]));
    if (items.length > 1) merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`, `C${s}:C${R()}`, `G${s}:G${R()}`, `H${s}:H${R()}`);
    if (ind[0]) claimed[ind[0]] = ind[5];
  });
  const tot = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(tot === 95, "95 got " + tot);
  rows.push(["合计", null, 100, null, null, null, "不含加分", tot]); merges.push(`A${R()}:B${R()}`);
  full("注：主观评分项为股室初评，报局务会研究；测算得分仅供内部参考，以正式自评报告为准。");
  const hidden = sheet("档次", [["档次名称", "下限", "上限（不含）", "得分"], ["培训率一档", 0.01, null, 10], ["培训率二档", 0.008, 0.01, 8], ["培训率三档", 0.006, 0.008, 6],
    ["覆盖率一档", 0.7, null, 5], ["覆盖率二档", 0.5, 0.7, 2], ["贫困村覆盖一档", 1, null, 5], ["贫困村覆盖二档", 0.8, 1, 3]], null, { hidden: true });
  const judged = { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  assert(claimed["org.management"] === judged["org.management.system"] + judged["org.management.ledger"], "management parts");
  write("facts/b129-f2-heping.json", {
    description:
      "河源和平县商务局电商股自己做的《自评分测算表（工作底稿）》：一个指标几行，列为 序号｜评价指标｜分值｜基础数据项｜数值｜单位｜测算过程｜测算得分，序号、指标、分值、测算过程、测算得分按指标纵向合并；单位单列；另有隐藏的“档次”辅助表（只有档次下限和分值，不是事实）。读法：抬头“数据截至考评截止日2021年8月31日” → asOf；标题“和平县…” → county。数值要和单位一起读：常住人口34.87（万人）→ 348,700；网零10.85、12.85、2.36、3.12（亿元）→ 元；增速18.4、32.2（%）→ 0.184、0.322（两个增速都写出来了，都列）；下达500（万元）、拨付385.6（万元）→ 3,856,000；总体进度90（%）→ 0.9；培训人次、贫困人口人数是带千分位的文本。县长任组长、四部门齐全 → principal-all。“主观评分”行是judged（十个）。测算得分每个指标一个（含两个加分项的0）→ claimed，合计95；“有站点的行政村139”“入驻23家”“4类”“12个月”“报道篇数”等不是事实键，不列；行政村186、省定贫困村24是。否决项“无” → vetoIncident、vetoFraud否；“获电视播报：无”不是事实键。",
    sheets: [sheet("测算表", rows, merges), hidden],
    expect: {
      facts: {
        county: "和平县", asOf: "2021-08-31", residentPopulation: 348700, adminVillagesStated: 186, poorVillagesStated: 24, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: yi(String(r19)), ruralRetail2020: yi(String(r20)), agriRetail2019: yi(String(a19)),
        agriRetail2020: yi(String(a20)), ruralRetailGrowthStated: 0.184, agriRetailGrowthStated: 0.322, trainingPersonTimesStated: pt,
        eligiblePoorPersonsStated: elig, trainedPoorPersonsStated: trn, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: wan(String(spent)), fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b129-f3-haifeng: 汕尾海丰县 — 借来的《乡村振兴实绩考核 县直单位任务完成情况自评表》（商务局那几行）：
// 消费帮扶、农贸市场、寄递物流等别的任务夹在中间；“自评分”是乡村振兴考核分，不是示范县自评分；
// 领导小组组长是分管副县长（deputy），审核人“局长”不是牵头领导；2021年1—8月网零、消费帮扶金额不是事实
// =====================================================================================
(function f3() {
  const W = 8, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
  full("2021年度海丰县推进乡村振兴战略实绩考核　县直单位任务完成情况自评表");
  full("填报单位：海丰县商务局（盖章）　　考核办：县委农村工作领导小组办公室");
  full("说明：1．完成情况数据统计截至2021年8月31日（即省级电子商务进农村综合示范考评截止日），9—12月情况年底补报；2．“自评分”为乡村振兴实绩考核分（本单位满分20分），不是示范县考评自评分。");
  rows.push(["序号", "考核任务", "考核内容", "分值", "评分标准", "完成情况", "自评分（乡村振兴考核）", "佐证材料"]);
  // [任务, 内容, 分值, 标准, 完成情况, 自评, 佐证]
  const T = [
    ["消费帮扶", "组织动员社会力量参与消费帮扶，拓宽脱贫地区农产品销售渠道", 3, "完成年度销售目标得3分，每低10%扣0.5分",
      "设立消费帮扶专柜12个，通过电商平台、专柜、专馆销售脱贫地区农产品1,860万元，完成年度目标（2,000万元）的93%。", 2.5, "销售统计表、专柜照片"],
    ["电子商务进农村综合示范", "组织推进", 2, "建立工作机制，方案印发，政策出台",
      "县政府成立以分管商务工作的副县长为组长的示范县工作领导小组，县商务局、财政局、农业农村局、乡村振兴局等12个部门为成员；2019年12月正式印发《海丰县电子商务进农村综合示范县工作方案》（海府办〔2019〕71号）；2020年5月出台《海丰县促进农村电子商务发展扶持办法》。",
      2, "领导小组文件、工作方案、扶持办法"],
    [null, "服务体系", 3, "县级中心运营、产业园建设",
      "县电子商务公共服务中心2020年8月建成试运行，2020年11月20日正式投入运营，设免费培训室（电脑50台），可开展电商基础培训，设特色农产品免费展示展销区，组织“海丰油占米”“莲花山茶”统一推广和品牌建设；整合县创新创业园建成县电商产业园，入驻企业22家；通过公开招标引进广东海汇电商服务有限公司为第三方运营服务商。",
      3, "中心运营台账、入驻协议、招标文件"],
    [null, "人才培训", 3, "培训人次达常住人口1%，贫困人口培训率50%",
      "累计开展电商培训128期8,365人次，占全县常住人口（79.3万人，第七次全国人口普查）的1.05%；全县有劳动能力且未外出务工的建档立卡脱贫人口3,120人，已参加电商培训1,702人，培训率54.6%。",
      3, "培训台账、签到表"],
    [null, "信息公开与资金", 2, "专栏公开，资金拨付率70%以上",
      "在县政府门户网站设立专栏，公开创建方案、项目基本信息和每月项目建设进度；每月向汕尾市商务局报送工作进展，月报含电商扶贫统计（脱贫户培训、带动增收）。省级专项资金500万元，已拨付415.8万元，拨付率83.2%；项目总体进度93%。",
      2, "专栏截图、月报、拨付凭证"],
    ["农村寄递物流体系建设", "推进快递进村，建设县乡村三级寄递物流体系", 3, "行政村快递服务覆盖率100%得3分",
      "建成县级物流分拨中心1个、镇级快递服务站15个；全县行政村快递服务覆盖率100%（汕尾市邮政管理局数据）。", 3, "邮政管理局证明"],
    ["农贸市场升级改造", "完成年度农贸市场升级改造任务", 2, "按期完成得2分",
      "年度任务3个，已完成梅陇、可塘2个，公平农贸市场主体完工，正在验收。", 1.5, "验收资料"],
    ["农村网络消费与零售", "推动农村网络零售额增长", 2, "农村网络零售额同比增长20%以上得2分",
      "2020年全县农村网络零售额31.6亿元，同比增长34.2%（省商务厅电子商务统计监测数据）；2021年1—8月农村网络零售额24.3亿元。", 2, "省商务厅监测数据"],
  ];
  let no = 0;
  const start = {};
  T.forEach((t) => {
    if (t[0]) { no++; start[no] = R() + 1; }
    rows.push([t[0] ? no : null, t[0], t[1], t[2], t[3], t[4], t[5], t[6]]);
  });
  merges.push(`A${start[2]}:A${start[3] - 1}`, `B${start[2]}:B${start[3] - 1}`);
  const full20 = sum(T.map((t) => t[2])), got = sum(T.map((t) => t[5]));
  assert(full20 === 20 && got === 19, "20 / 19 got " + got);
  rows.push(["合计", null, null, full20, null, null, got, null]); merges.push(`A${R()}:C${R()}`);
  full("填表人：县商务局 钟××　　审核人：县商务局局长 叶××　　填报日期：2021年9月6日");
  assert(Math.round(8365 / 793000 * 10000) === 105 && Math.round(1702 / 3120 * 1000) === 546 && Math.round(415.8 / 500 * 1000) === 832, "1.05%, 54.6%, 83.2%");
  write("facts/b129-f3-haifeng.json", {
    description:
      "汕尾海丰县商务局交来当事实表的，是借来的《2021年度海丰县推进乡村振兴战略实绩考核　县直单位任务完成情况自评表》（商务局那几行）：列为 序号｜考核任务｜考核内容｜分值｜评分标准｜完成情况｜自评分（乡村振兴考核）｜佐证材料，“电子商务进农村综合示范”四行（考核任务纵向合并），夹在消费帮扶、农村寄递物流、农贸市场、农村网络消费几项中间。读法：说明写明数据截至2021年8月31日即示范县考评截止日 → asOf；填报单位海丰县商务局 → county 海丰县。“自评分”是乡村振兴考核分（说明写明），不是claimed，也不是judged。领导小组组长是分管副县长 → deputy（审核人“局长”不是牵头领导）。方案2019年12月正式印发、扶持办法已出台 → 是。中心8月试运行，11月20日正式投入运营 → 2020-11-20；免费培训、免费展示展销、统一推广和品牌 → 是；摄影美工、其他增值服务没说，不列；产业园整合建成、第三方运营服务商 → 是。培训8,365人次；常住人口79.3万人 → 793,000；3,120人、参训1,702人。专栏公开方案、项目信息、每月进度 → 三项是，征求意见／监督举报窗口没说，不列；月报含电商扶贫统计 → povertyStatisticsStated是。下达500万元、拨付415.8万元；总体进度93%。寄递物流那行“行政村快递服务覆盖率100%” → expressCoverage是。网零：2020年31.6亿元、同比增长34.2%（2019年金额没写，不列）；2021年1—8月24.3亿元和消费帮扶1,860万元都不是事实。",
    sheets: [sheet("自评表", rows, merges)],
    expect: {
      facts: {
        county: "海丰县", asOf: "2021-08-31", residentPopulation: 793000, planIssued: true, policyIssued: true, centerOpened: "2020-11-20",
        centerFreeTraining: true, centerDisplay: true, centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: yi("31.6"), ruralRetailGrowthStated: 0.342, trainingPersonTimesStated: 8365, eligiblePoorPersonsStated: 3120, trainedPoorPersonsStated: 1702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: wan("415.8"), overallProgress: 0.93,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// a deterministic list of distinct village names: first character × second character + "村"
function villageNames(n, A, B, k0, used) {
  const N = A.length * B.length, gcd = (x, y) => (y ? gcd(y, x % y) : x);
  let step = 97; while (gcd(step, N) !== 1) step += 2;
  const out = [];
  for (let k = 0; out.length < n; k++) {
    assert(k < N, "village names exhausted");
    const idx = (k0 * 31 + k * step) % N;
    const a = A[idx % A.length], b = B[Math.floor(idx / A.length)];
    const v = a + b + "村";
    if (a === b || used.has(v)) continue;
    used.add(v); out.push(v);
  }
  return out;
}

// =====================================================================================
// ledgers/b129-l1-ruyuan: 韶关乳源瑶族自治县 — ①县交通运输局《行政村客货邮融合及快递通达情况表》当行政村清单
// （“村／居”列、★省定贫困村、“快递进村”才是快递，“客货邮综合服务站”不是；镇小计行）；②站点设备签收汇总（签收日期即建成日期，
// “补发”行不是新站点）；③县人社局脱贫劳动力就业帮扶台账（按户排列，户主纵向合并；劳动能力、就业状态看图例）；
// ④职业技能培训补贴申领花名册（分期，培训起止读结束日，跨年、跨月到9月）；⑤说明表
// =====================================================================================
(function l1() {
  const AREA = "440232";
  const sheets = [], expect = {}, USED = new Set(), VN = new Set();
  const TOWNS = [["乳城镇", 8, ["城东社区", "城西社区", "鹰峰社区"]], ["一六镇", 9, ["一六社区"]], ["桂头镇", 10, ["桂头社区"]], ["大桥镇", 11, ["大桥社区"]],
    ["大布镇", 7, ["大布社区"]], ["洛阳镇", 6, ["洛阳社区"]], ["必背镇", 6, ["必背社区"]], ["游溪镇", 8, ["游溪社区"]], ["东坪镇", 7, ["东坪社区"]]];
  const A = "瑶岭坪塘田溪石龙松竹桂梅冷横新古水下上中大", B = ["坑", "坪", "岭", "塘", "洞", "头", "背", "坳", "溪", "口", "江", "寨", "源", "岗", "湾", "山"];
  const V = [];
  TOWNS.forEach((t, ti) => villageNames(t[1], A, B, ti * 13 + 5, VN).forEach((v) => V.push({ town: t[0], name: v })));
  assert(V.length === 72, "72 villages");
  const POOR = new Set(V.filter((v, i) => i % 6 === 1).map((v) => v.name));
  const NOEXP = new Set([V[47].name, V[53].name, V[65].name]);
  assert(POOR.size === 12 && POOR.has(V[55].name) && ![...NOEXP].some((n) => POOR.has(n)), "12 poor villages");
  // ---------------------------------------------------------------- ① 客货邮通达 (villages)
  const recsV = [];
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("乳源瑶族自治县行政村客货邮融合及快递通达情况表");
    full("填报单位：县交通运输局（会同县邮政分公司、各快递企业）　　2021年5月　　村／居：“村”为行政村，“居”为社区居民委员会；★为省定贫困村，其余为非省定贫困村；快递进村：√已通达，×未通达");
    rows.push(["序号", "乡镇", "行政村（社区）", "村／居", "省定贫困村", "通客车", "快递进村（快递企业通达）", "客货邮综合服务站", "备注"]);
    let no = 0, vi = 0;
    TOWNS.forEach((t) => {
      const s = R() + 1;
      const list = V.filter((v) => v.town === t[0]).map((v) => [v.name, "村"]).concat(t[2].map((c) => [c, "居"]));
      list.forEach(([n, k], j) => {
        no++;
        const isV = k === "村";
        const poor = isV && POOR.has(n), exp = !NOEXP.has(n);
        const station = isV ? (vi % 4 === 0 ? "已建" : vi % 4 === 1 ? "在建" : null) : "已建";
        rows.push([no, j === 0 ? t[0] : null, n, k, poor ? "★" : null, isV && vi % 9 === 5 ? "×" : "√", exp ? "√" : "×", station,
          exp ? null : "山路未通快递车，由邮政代投至镇"]);
        recsV.push({ name: n, admin: isV, poor, express: exp });
        if (isV) vi++;
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t[0]}小计`, `村${t[1]}个、居${t[2].length}个`, null, null, null, null, null, null]); merges.push(`C${R()}:I${R()}`);
    });
    full(`合计：行政村${V.length}个（其中省定贫困村${POOR.size}个），社区${recsV.length - V.length}个；快递未通达行政村${NOEXP.size}个。`);
    assert(recsV.length === 83 && recsV.filter((r) => r.admin).length === 72, "83 rows");
    sheets.push(sheet("客货邮通达情况", rows, merges));
    expect["客货邮通达情况"] = { kind: "villages", records: recsV };
  }
  // ---------------------------------------------------------------- ② 站点设备签收 (stations)
  const isoAdd = (iso, d) => new Date(Date.parse(iso + "T00:00:00Z") + d * 86400000).toISOString().slice(0, 10);
  const recsS = [];
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("乳源瑶族自治县村级电子商务服务站点设备签收汇总表");
    full("设备供应：韶关市联农信息科技有限公司　　设备签收之日即站点建成投入使用，签收日期作站点建成日期；备注为“补发”的，是已建站点补发设备，不是新建站点");
    rows.push(["序号", "乡镇", "站点名称", "所在村（社区）", "签收设备", "签收日期", "签收人（站长）", "备注"]);
    const pick = V.filter((v, i) => i % 2 === 0 || POOR.has(v.name));
    assert(pick.length === 48, "48 village stations got " + pick.length);
    const WR = (n, i) => (i % 7 === 3 ? n.replace(/村$/, "村委会") : i % 11 === 5 ? n.replace(/村$/, "村民委员会") : n);
    let no = 0;
    const EQ = ["电脑1台、打印机1台、货架2组、电子秤1台", "电脑1台、打印机1台、货架2组", "电脑1台、一体机1台、货架3组、电子秤1台"];
    pick.forEach((v, i) => {
      let iso = isoAdd("2020-09-07", i * 7), cell;
      if (i === pick.length - 1) iso = "2021-09-02";
      cell = [fmt2y, D, fmtCn, fmtSlash, fmtDot][i % 5](iso);
      no++;
      rows.push([no, v.town, `乳源${v.name.replace(/村$/, "")}电商服务站`, WR(v.name, i), EQ[i % 3], cell, nameOf(i + 60, i % 4 === 1 ? "女" : "男", USED),
        iso > AS_OF ? "9月新建" : POOR.has(v.name) ? "省定贫困村站点" : null]);
      recsS.push({ village: v.name, opened: iso });
      if (i === 9) {
        no++;
        rows.push([no, v.town, `乳源${v.name.replace(/村$/, "")}电商服务站`, v.name, "货架1组、电子秤1台", fmtDot(isoAdd(iso, 75)), rows[R() - 1][6], "补发"]);
      }
      if (i === 3) {
        no++;
        const iso2 = isoAdd(iso, 2);
        rows.push([no, "乳城镇", "乳源城东社区电商服务站", "城东社区", EQ[0], fmtDot(iso2), nameOf(300, "女", USED), "社区站点"]);
        recsS.push({ village: "城东社区", opened: iso2 });
      }
    });
    full(`共签收${no}次：新建站点${recsS.length}个（含社区站点1个、9月新建1个），补发1次。`);
    assert(recsS.length === 49 && no === 50 && recsS[recsS.length - 1].opened === "2021-09-02", "43 stations");
    sheets.push(sheet("站点设备签收", rows, merges));
    expect["站点设备签收"] = { kind: "stations", records: recsS };
  }
  // ---------------------------------------------------------------- ③ 就业帮扶台账 (poorPersons)
  // household: [村 index, members: [关系, sex, birth, 劳动能力, 就业状态, 地点]]
  const HH = [
    [1, [["户主", "男", "19720315", "普通劳动力", "县内务工", "乳源县城"], ["配偶", "女", "19750802", "普通劳动力", "务农", null], ["长子", "男", "20060911", "在校生", "在校", null]]],
    [7, [["户主", "男", "19650120", "普通劳动力", "省外务工", "湖南省郴州市"], ["配偶", "女", "19680704", "弱劳动力", "务农", null], ["母亲", "女", "19410330", "丧失劳动力", "未就业", null]]],
    [13, [["户主", "男", "19800612", "普通劳动力", "县外省内务工", "广州市白云区"], ["配偶", "女", "19830219", "普通劳动力", "县外省内务工", "广州市白云区"], ["长女", "女", "20090503", "在校生", "在校", null]]],
    [19, [["户主", "女", "19700925", "普通劳动力", "公益性岗位", "本村保洁"], ["长子", "男", "19960114", "普通劳动力", "县外省内务工", "韶关市武江区"]]],
    [25, [["户主", "男", "19581107", "弱劳动力", "务农", null], ["配偶", "女", "19600421", "无劳动力", "未就业", null]]],
    [31, [["户主", "男", "19770818", "普通劳动力", "县内务工", "桂头镇工业园"], ["配偶", "女", "19790106", "普通劳动力", "县内务工", "乳源县城"], ["长子", "男", "20030627", "普通劳动力", "省外务工", "浙江省义乌市"], ["父亲", "男", "19450212", "丧失劳动力", "未就业", null]]],
    [37, [["户主", "男", "19690403", "普通劳动力", "务农", null], ["配偶", "女", "19710915", "弱劳动力", "务农", null]]],
    [43, [["户主", "女", "19820728", "普通劳动力", "县内务工", "乳源县城"], ["长子", "男", "20080210", "在校生", "在校", null], ["长女", "女", "20110816", "在校生", "在校", null]]],
    [49, [["户主", "男", "19740530", "普通劳动力", "省外务工", "福建省厦门市"], ["配偶", "女", "19761122", "普通劳动力", "务农", null], ["母亲", "女", "19480618", "无劳动力", "未就业", null]]],
    [55, [["户主", "男", "19630905", "普通劳动力", "公益性岗位", "护林员"], ["配偶", "女", "19650313", "弱劳动力", "务农", null]]],
    [61, [["户主", "男", "19850118", "普通劳动力", "县外省内务工", "深圳市龙岗区"], ["配偶", "女", "19870625", "普通劳动力", "务农", null], ["长子", "男", "20120904", "在校生", "在校", null]]],
    [67, [["户主", "女", "19670211", "弱劳动力", "务农", null], ["长子", "男", "19920809", "普通劳动力", "县内务工", "一六镇"], ["儿媳", "女", "19940517", "普通劳动力", "县内务工", "一六镇"]]],
  ];
  assert(HH.every((h) => POOR.has(V[h[0]].name)), "households in poor villages");
  const LAB = { 普通劳动力: true, 弱劳动力: true, 丧失劳动力: false, 无劳动力: false, 在校生: false };
  const MIG = { 县内务工: false, 务农: false, 公益性岗位: false, 未就业: false, 在校: false, 县外省内务工: true, 省外务工: true };
  const PP = [];
  let seq = 100;
  HH.forEach((h, hi) => h[1].forEach((m, k) => {
    seq += 37;
    const wantX = PP.length === 7 || PP.length === 22;
    PP.push({ hh: hi, vil: V[h[0]], rel: m[0], sex: m[1], birth: m[2], lab: m[3], work: m[4], place: m[5], id: makeIdSex(AREA, m[2], seq, wantX, m[1]),
      name: k === 0 ? nameOf(hi * 5 + 500, m[1], USED) : null });
  }));
  // family members share the head's surname
  PP.forEach((p, i) => {
    if (p.name) return;
    const sur = PP.find((q) => q.hh === p.hh && q.rel === "户主").name[0], G = p.sex === "女" ? GIV_F : GIV_M;
    for (let k = 0; !p.name; k++) { const n = sur + G[(i * 7 + k) % G.length]; if (!USED.has(n)) { USED.add(n); p.name = n; } }
  });
  assert(new Set(PP.map((p) => p.name)).size === PP.length, "distinct names");
  assert(PP.length === 33 && PP.filter((p) => p.id.endsWith("X")).length === 2, "34 persons, 2 with X");
  const recsP = PP.map((p) => ({ id: p.id, labour: LAB[p.lab], migrant: MIG[p.work] }));
  const ELIG = PP.filter((p) => LAB[p.lab] && !MIG[p.work]);
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("乳源瑶族自治县脱贫劳动力就业帮扶台账（节选：省定贫困村脱贫户）");
    full("县人力资源和社会保障局　县乡村振兴局　　2021年6月更新　　图例：劳动能力“普通劳动力”“弱劳动力”为有劳动能力，“丧失劳动力”“无劳动力”“在校生”为无劳动能力；就业状态“县外省内务工”（含韶关市区）、“省外务工”为外出务工，其余不是");
    rows.push(["序号", "乡镇", "村", "户编号", "户主", "姓名", "与户主关系", "性别", "身份证号", "劳动能力", "就业状态", "务工地点／岗位"]);
    let no = 0;
    HH.forEach((h, hi) => {
      const s = R() + 1;
      const mem = PP.filter((p) => p.hh === hi);
      mem.forEach((p, k) => {
        no++;
        rows.push([no, k === 0 ? p.vil.town : null, k === 0 ? p.vil.name : null, k === 0 ? `RY${String(4402320 + hi * 13)}` : null, k === 0 ? mem[0].name : null,
          p.name, p.rel, p.sex, no === 23 ? p.id.toLowerCase() : p.id, p.lab, p.work, p.place]);
      });
      if (mem.length > 1) merges.push(`B${s}:B${R()}`, `C${s}:C${R()}`, `D${s}:D${R()}`, `E${s}:E${R()}`);
    });
    full(`合计${HH.length}户${PP.length}人：有劳动能力${PP.filter((p) => LAB[p.lab]).length}人，其中外出务工${PP.filter((p) => LAB[p.lab] && MIG[p.work]).length}人。`);
    assert(PP[22].id.endsWith("X"), "the lower-case x row");
    assert(ELIG.length === 17, "17 eligible got " + ELIG.length);
    sheets.push(sheet("就业帮扶台账", rows, merges));
    expect["就业帮扶台账"] = { kind: "poorPersons", records: recsP };
  }
  // ---------------------------------------------------------------- ④ 培训补贴花名册 (training, one row a trainee)
  const CLS = [
    ["第一期", "2020.11.23-11.27", "2020-11-27", 15],
    ["第二期", "2020.12.28-2021.1.1", "2021-01-01", 14],
    ["第三期", "2021.4.19-4.23", "2021-04-23", 16],
    ["第四期", "2021.8.30—9.3", "2021-09-03", 12],
  ];
  const recsT = [];
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("乳源瑶族自治县职业技能培训补贴申领花名册（电子商务类）");
    full("培训机构：乳源瑶族自治县南岭职业培训学校　　培训项目：电子商务师（网店运营推广）专项职业能力培训　　每期5天；考核不合格的不予补贴　　补贴标准：1,200元／人");
    rows.push(["序号", "姓名", "性别", "身份证号", "培训起止日期", "考核结果", "是否脱贫人口", "补贴金额（元）", "联系电话", "备注"]);
    let no = 0, money = 0, ppi = 0;
    const poorLab = PP.filter((p) => LAB[p.lab]);
    CLS.forEach(([c, range, end, n], ci) => {
      full(`${c}（${range}）`);
      let sub = 0;
      for (let k = 0; k < n; k++) {
        no++;
        let p;
        if ((k + ci) % 3 === 0 && ppi < poorLab.length) p = poorLab[ppi++];
        else {
          const sex = (no * 3) % 5 < 2 ? "女" : "男";
          const birth = `${1978 + (no * 7) % 24}${String(1 + (no * 5) % 12).padStart(2, "0")}${String(1 + (no * 13) % 28).padStart(2, "0")}`;
          p = { name: nameOf(no + 800, sex, USED), sex, id: makeIdSex(AREA, birth, 600 + no * 29, no % 17 === 4, sex), poor: false };
        }
        const pass = no % 13 !== 6;
        const amt = pass ? 1200 : 0;
        sub += amt;
        rows.push([no, p.name, p.sex, p.id, range, pass ? "合格" : "不合格", p.lab ? "是" : "否", amt, `1${[3, 5, 8][no % 3]}${no % 10}****${String(1000 + (no * 37) % 9000)}`,
          pass ? null : "不合格，不予补贴"]);
        recsT.push({ date: end, personTimes: 1, id: p.id });
      }
      money += sub;
      rows.push([null, "本期小计", `${n}人`, null, null, null, null, sub, null, null]); merges.push(`C${R()}:D${R()}`);
    });
    rows.push(["合计", null, `${no}人`, null, null, null, null, money, null, null]); merges.push(`A${R()}:B${R()}`);
    full("经办：县人社局职业能力建设股　　审核：县就业服务管理局　　注：第四期2021年9月3日结业，补贴于10月申领。");
    assert(no === 57 && recsT.length === 57 && ppi >= 12, "57 trainees, poor " + ppi);
    sheets.push(sheet("培训补贴花名册", rows, merges));
    expect["培训补贴花名册"] = { kind: "training", records: recsT };
  }
  // ---------------------------------------------------------------- ⑤ 说明
  sheets.unshift(sheet("说明", [["本册台账说明（县商务局电商股整理）"], ["1．客货邮通达情况：县交通运输局表格，作行政村、省定贫困村、快递覆盖清单。"],
    ["2．站点设备签收：设备供应商的签收汇总，作村级站点清单。"], ["3．就业帮扶台账：县人社局、县乡村振兴局的脱贫劳动力台账（节选）。"],
    ["4．培训补贴花名册：县人社局职业技能培训补贴申领花名册，作电商培训台账。"], ["整理人：吴××　2021年9月"]]));
  expect["说明"] = { kind: null };
  write("ledgers/b129-l1-ruyuan.json", {
    description:
      "韶关乳源瑶族自治县商务局交的一本台账，五个表，四个是借来的。①《客货邮通达情况》是县交通运输局的行政村客货邮融合及快递通达情况表，当行政村清单：“村／居”列“村”是行政村、“居”是社区；★为省定贫困村、其余不是（抬头图例写明，所以空格读false，不是null）；快递看“快递进村（快递企业通达）”列（√／×，3个村×），“通客车”和“客货邮综合服务站”（已建、在建、空）都不是快递；社区快递也√；镇小计行、合计行不是记录。共83条（72村、11社区）。②《站点设备签收》是设备供应商的签收汇总，抬头写明签收日期即建成日期：日期有“20.9.7”式两位年、真日期、“2020年…日”、“2020/…”、“2020.…”；所在村写“…村委会”“…村民委员会”的按村读；备注“补发”的一行是已建站点补发设备，不是站点记录；城东社区站是记录；最后一个站2021年9月2日签收也是记录。共49条。③《就业帮扶台账》是县人社局、乡村振兴局的脱贫劳动力台账，按户排列，乡镇、村、户编号、户主纵向合并，一行一人：劳动能力按图例（普通、弱 → 有；丧失、无、在校生 → 无），就业状态“县外省内务工”（含韶关市武江区）、“省外务工” → 外出务工，县内务工、务农、公益性岗位、未就业、在校 → 不是；一处身份证号小写x读大写X。共33人。④《培训补贴花名册》是县人社局职业技能培训补贴申领花名册，一行一个学员（personTimes 1），分四期，期标题行、本期小计、合计不是记录：日期读“培训起止日期”的结束日，“2020.12.28-2021.1.1”跨年 → 2021-01-01，“2021.8.30—9.3” → 2021-09-03；不合格不予补贴的也参加了培训，照样是记录。共57人。⑤《说明》不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b129-l2-puning: 揭阳普宁市 — ①《记者采访接待登记》当宣传报道台账（日期读刊播日期不读采访日期，“未刊播”不是报道；
// 普宁市融媒体中心是县级）；②揭阳市商务局OA签收回执登记当报送记录（日期读签收时间；附件列有无电商扶贫统计表）；
// ③从市政府网站复制的专栏列表页（两页，新的在前，置顶公告在第一页顶上，翻页栏、页脚不是记录）；
// ④专项资金报账流转登记（只读已支付的“财政支付日期”“实付金额”；退回、审批中不是支付；审减的读实付）；⑤目录
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  const CITY = "揭阳市商务局";
  // ---------------------------------------------------------------- ① 记者采访接待登记 (media)
  // [采访 cell, 媒体, 级别, 类型, 内容, 刊播 cell|"未刊播…", 刊播 iso|null, 标题/栏目]
  const MD = [
    ["2020.10.13", "揭阳日报", "市级", "报纸", "村级电商服务站建设", "2020.10.16", "2020-10-16", "《普宁：电商服务站开到村口》第3版"],
    [D("2020-11-05"), "普宁市融媒体中心（普宁电视台）", "县级", "电视", "县级电商公共服务中心启用", D("2020-11-06"), "2020-11-06", "《普宁新闻》"],
    ["2020.12.9", "南方日报", "省级", "报纸", "青梅、蕉柑网上销售", "未刊播", null, null],
    ["2021.1.20", "广东广播电视台珠江频道", "省级", "电视", "年货节直播带货", "2021年2月3日", "2021-02-03", "《珠江新闻眼》"],
    ["2021.3.16", "揭阳广播电视台", "市级", "电视", "电商人才培训", "2021.3.17", "2021-03-17", "《揭阳新闻》"],
    ["2021.4.22", "人民网", "中央级", "网络", "电商助力乡村振兴", "21.4.28", "2021-04-28", "人民网广东频道《普宁：小网店带动大产业》"],
    ["2021.5.11", "普宁市融媒体中心（“普宁发布”公众号）", "县级", "新媒体", "电商产业园开园", D("2021-05-11"), "2021-05-11", "《普宁电商产业园开园》"],
    ["2021.6.8", "南方+客户端", "省级", "网络", "电商扶贫典型户", "2021.6.15", "2021-06-15", "南方+揭阳频道"],
    ["2021.7.6", "中央广播电视总台农业农村频道（CCTV-17）", "中央级", "电视", "电商扶贫典型案例（青梅合作社）", "2021.9.12", "2021-09-12", "《三农群英汇》"],
    ["2021.8.17", "揭阳日报", "市级", "报纸", "农村物流配送体系", "未刊播（待排版）", null, null],
    ["2021.8.25", "普宁市融媒体中心（普宁电视台）", "县级", "电视", "村级站点代购代销", "2021年8月27日", "2021-08-27", "《普宁新闻》"],
  ];
  const LV = { 中央级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const recsM = MD.filter((m) => m[6]).map((m) => ({ date: m[6], level: LV[m[2]], tv: m[3] === "电视" }));
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("普宁市商务局新闻记者采访接待登记簿（电子商务进农村）");
    full("办公室登记　　“刊播日期”为稿件实际刊发或节目播出日期，“未刊播”为采访后未发稿；普宁市融媒体中心（普宁电视台、“普宁发布”）属县级媒体");
    rows.push(["序号", "采访日期", "媒体", "媒体级别", "媒体类型", "记者", "采访内容", "陪同人员", "刊播日期", "刊播标题／栏目", "备注"]);
    const REP = ["陈××", "林××", "黄××、吴××", "李××", "郑××", "方××", "许××", "张××", "刘××、蔡××", "陈××", "杨××"];
    MD.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], REP[i], m[4], i % 2 ? "电商股 谢××" : "副局长 赖××", m[5], m[7],
      i === 8 ? "8月底送审，9月12日播出" : null]));
    full(`共接待${MD.length}批次，已刊播${recsM.length}篇（条）。`);
    assert(recsM.length === 9 && recsM.filter((r) => r.tv).length === 5, "9 reports, 5 on TV");
    sheets.push(sheet("采访接待登记", rows, merges));
    expect["采访接待登记"] = { kind: "media", records: recsM };
  }
  // ---------------------------------------------------------------- ② 市局签收回执 (reports)
  const recsR = [];
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full(`${CITY}公文签收回执登记（普宁市商务局报送件）`);
    // eslint-disable-next-line no-irregular-whitespace -- kept as the blind writer wrote it
    full(`从揭阳市政务OA“发文跟踪—签收回执”逐条抄录　　签收时间为${CITY}签收的时间，即报送时间`);
    rows.push(["序号", "文件标题", "文号", "签收单位", "签收时间", "签收人", "附件：电商扶贫统计表"]);
    let y = 2020, m = 8, no = 0;
    for (;;) {
      const ny = m === 12 ? y + 1 : y, nm = m === 12 ? 1 : m + 1;
      const day = 4 + ((m * 5 + y) % 6);
      const iso = `${ny}-${String(nm).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const hm = `${String(9 + (m * 3) % 8).padStart(2, "0")}:${String((m * 17) % 60).padStart(2, "0")}`;
      const pov = y === 2021 || m >= 10;
      no++;
      rows.push([no, `普宁市商务局关于报送${y}年${m}月电子商务进农村综合示范工作进展情况的报告`, `普商务报〔${ny}〕${nm * 3 + 1}号`, CITY,
        no % 4 === 2 ? `${ny}/${nm}/${day} ${hm}` : `${iso} ${hm}`, ["王××", "郭××"][no % 2], pov ? "有" : "无"]);
      recsR.push({ date: iso, poverty: pov });
      if (y === 2021 && m === 8) break;
      if (++m > 12) { m = 1; y++; }
    }
    full("注：2020年10月起月报附电商扶贫统计表（建档立卡贫困户参训、电商带动增收）。");
    assert(recsR.length === 13 && recsR.filter((r) => r.poverty).length === 11 && monthsCovered(recsR.map((r) => r.date)) === 12, "13 receipts");
    sheets.push(sheet("市局签收回执", rows, merges));
    expect["市局签收回执"] = { kind: "reports", records: recsR };
  }
  // ---------------------------------------------------------------- ③ 专栏列表页 (disclosures)
  const ITEMS = [
    ["普宁市电子商务进农村综合示范县建设实施方案", "2020-06-18"],
    ["普宁市电子商务进农村综合示范项目基本信息公示", "2020-06-30"],
    ["普宁市电子商务进农村综合示范项目（第一批）招标公告", "2020-07-20"],
    ["普宁市电子商务进农村综合示范项目（第一批）中标结果公示", "2020-08-14"],
  ];
  [["2020年8月", "2020-09-04"], ["2020年9月", "2020-10-12"], ["2020年10月", "2020-11-06"], ["2020年11月", "2020-12-07"], ["2020年12月", "2021-01-08"],
    ["2021年1—2月", "2021-03-05"], ["2021年3月", "2021-04-07"], ["2021年4月", "2021-05-08"], ["2021年5月", "2021-06-04"], ["2021年6月", "2021-07-06"],
    ["2021年7月", "2021-08-05"], ["2021年8月", "2021-09-06"]].forEach(([mo, d]) => ITEMS.push([`普宁市电子商务进农村综合示范项目建设进度（${mo}）`, d]));
  const PIN = ["关于设立普宁市电子商务进农村综合示范项目监督举报窗口的公告", "2020-07-02"];
  const desc = ITEMS.slice().sort((a, b) => (a[1] < b[1] ? 1 : -1));
  const page1 = [PIN].concat(desc.slice(0, 11)), page2 = desc.slice(11);
  const recsD = page1.concat(page2).map((it) => ({ date: it[1] }));
  assert(recsD.length === 17 && page2.length === 5 && monthsCovered(recsD.map((r) => r.date)) === 11, "17 items, February 2021 has none");
  {
    const rows = [];
    rows.push(["（2021年9月8日从普宁市人民政府门户网站复制，县商务局电商股留存）", null]);
    rows.push(["首页 > 政务公开 > 专题专栏 > 电子商务进农村综合示范", null]);
    rows.push(["电子商务进农村综合示范", null]);
    page1.forEach((it, i) => rows.push([(i === 0 ? "[置顶] " : "· ") + it[0], it[1]]));
    rows.push(["共 2 页 17 条　　首页　上一页　1　2　下一页　尾页", null]);
    rows.push(["（以下为第2页）", null]);
    page2.forEach((it) => rows.push(["· " + it[0], it[1]]));
    rows.push(["共 2 页 17 条　　首页　上一页　1　2　下一页　尾页", null]);
    rows.push(["主办：普宁市人民政府办公室　　承办：普宁市政务服务数据管理局　　网站标识码：4452810001", null]);
    sheets.push(sheet("专栏列表页", rows));
    expect["专栏列表页"] = { kind: "disclosures", records: recsD };
  }
  // ---------------------------------------------------------------- ④ 报账流转登记 (funds)
  // [项目, 收款单位, 申请, 提交, 股室, 领导, 支付 cell|null, 支付 iso|null, 实付|null, 状态, 备注]
  const PAYEE = ["揭阳市粤东电商服务有限公司", "普宁市邮政分公司", "揭阳市南粤职业培训学校", "广东青梅文化创意有限公司", "普宁市顺达物流有限公司"];
  const F = [
    ["公共服务中心装修工程首付款", PAYEE[0], 450000, "2020.9.14", "同意", "同意", "2020.9.28", "2020-09-28", 450000, "已支付", null],
    ["村级站点建设（第一批）", PAYEE[1], 360000, "2020.10.20", "同意", "同意", "2020年11月3日", "2020-11-03", 360000, "已支付", null],
    ["电商培训服务费（第一批）", PAYEE[2], 186000, "2020.11.25", "资料不全，退回", null, null, null, null, "已退回", "缺2期签到表"],
    ["电商培训服务费（第一批）（重报）", PAYEE[2], 186000, "2020.12.8", "同意", "同意", D("2020-12-24"), "2020-12-24", 172800, "已支付", "审减13,200元（2期无签到表）"],
    ["公共服务中心运营服务费（2021年一季度）", PAYEE[0], 125000, "2021.1.6", "同意", "同意", "2021.1.19", "2021-01-19", 125000, "已支付", null],
    ["农产品区域公用品牌设计费", PAYEE[3], 98000, "2021.2.22", "同意", "同意", "2021.3.9", "2021-03-09", 98000, "已支付", null],
    ["村级站点建设（第二批）", PAYEE[1], 420000, "2021.3.29", "同意", "同意", D("2021-04-15"), "2021-04-15", 420000, "已支付", null],
    ["农村物流配送体系建设首付款", PAYEE[4], 300000, "2021.4.26", "同意", "同意", "2021年5月12日", "2021-05-12", 300000, "已支付", null],
    ["公共服务中心运营服务费（2021年二季度）", PAYEE[0], 125000, "2021.5.31", "同意", "同意", "2021.6.11", "2021-06-11", 125000, "已支付", null],
    ["电商培训服务费（第二批）", PAYEE[2], 215000, "2021.6.28", "同意", "同意", "2021.7.13", "2021-07-13", 215000, "已支付", null],
    ["网络促销活动费（荔枝、青梅节）", PAYEE[0], 86500, "2021.7.20", "同意", "同意", D("2021-08-06"), "2021-08-06", 86500, "已支付", null],
    ["公共服务中心运营服务费（2021年三季度）", PAYEE[0], 125000, "2021.8.16", "同意", "同意", "2021.8.30", "2021-08-30", 125000, "已支付", null],
    ["农村物流配送体系建设进度款", PAYEE[4], 280000, "2021.8.24", "同意", "同意", "2021.9.7", "2021-09-07", 280000, "已支付", "9月支付"],
    ["村级站点建设（第三批）", PAYEE[1], 240000, "2021.8.27", "同意", "待审批", null, null, null, "审批中", null],
  ];
  const paid = F.filter((f) => f[9] === "已支付");
  const recsF = paid.map((f) => ({ date: f[7], amount: f[8] }));
  const PAID = sum(paid.map((f) => f[8]));
  assert(recsF.length === 12 && PAID === 2757300 && sum(paid.filter((f) => f[7] <= AS_OF).map((f) => f[8])) === 2477300, "12 payments");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("普宁市电子商务进农村综合示范专项资金报账流转登记表");
    full("财务股登记　　金额单位：元　　“实付金额”“财政支付日期”以国库支付回单为准；退回、审批中的未支付");
    rows.push(["序号", "报账单号", "项目（用途）", "收款单位", "申请金额", "提交日期", "股室审核", "局领导审批", "财政支付日期", "实付金额", "状态", "备注"]);
    F.forEach((f, i) => {
      const y = f[3].slice(0, 4);
      rows.push([i + 1, `BZ-${y}-${String(i + 1).padStart(3, "0")}`, f[0], f[1], i % 3 === 0 ? thousands(f[2]) + ".00" : f[2], f[3], f[4], f[5] || "—",
        f[6] || "—", f[8] === null ? "—" : i % 3 === 1 ? thousands(f[8]) + ".00" : f[8], f[9], f[10]]);
    });
    rows.push(["合计", null, null, null, sum(F.map((f) => f[2])), null, null, null, null, PAID, `已支付${paid.length}笔`, null]); merges.push(`A${R()}:D${R()}`);
    sheets.push(sheet("报账流转登记", rows, merges));
    expect["报账流转登记"] = { kind: "funds", records: recsF };
  }
  // ---------------------------------------------------------------- ⑤ 目录
  sheets.unshift(sheet("目录", [["普宁市电子商务进农村综合示范台账（宣传、报送、公开、资金）", null], ["表名", "来源"], ["采访接待登记", "局办公室登记簿"],
    ["市局签收回执", "揭阳市政务OA签收回执抄录"], ["专栏列表页", "市政府网站专栏页面复制"], ["报账流转登记", "局财务股"]], ["A1:B1"]));
  expect["目录"] = { kind: null };
  write("ledgers/b129-l2-puning.json", {
    description:
      "揭阳普宁市商务局交的一本台账，四个台账加一个目录，都不是按台账格式做的。①《采访接待登记》是局办公室的新闻记者采访接待登记簿，当宣传报道台账：日期读“刊播日期”（真日期、“2020.10.16”、“2021年2月3日”、“21.4.28”），不读“采访日期”；“未刊播”“未刊播（待排版）”两批没有报道，不是记录；级别读“媒体级别”列（中央级 → national），普宁市融媒体中心虽带“市”字却是县级（抬头写明）；“媒体类型”电视 → tv，新媒体、网络、报纸不是；CCTV-17那条7月采访、9月12日播出，照样是记录（日期2021-09-12）。共9条。②《市局签收回执》是从揭阳市政务OA抄的签收回执：一行一份月报，日期读“签收时间”（日期时间文本，有“2020/10/5 12:33”式），不读标题里的月份（8月的月报9月签收）；最右列“附件：电商扶贫统计表”有 → poverty true，无 → false。共13条。③《专栏列表页》是从市政府网站复制的专栏列表，两列 标题｜日期（文本），新的在前；面包屑、栏目名、翻页栏、“以下为第2页”、页脚都不是记录；“[置顶]”监督举报公告在第一页顶上（2020-07-02），是一条记录，按表中顺序排第一；“2021年1—2月”进度3月5日才发。共17条。④《报账流转登记》是财务股的报账流转登记：只有“已支付”的是支付，日期读“财政支付日期”，金额读“实付金额”（不读申请金额；培训费重报那笔审减后172,800）；“已退回”“审批中”两行没有支付；金额有“450,000.00”式文本；合计行不是记录。共12条。⑤《目录》不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// counties/b129-c1-dabu: 梅州大埔县 — 事实、主观分、逐项自评在《自评三级审核表》：基础数据“经办人填报｜审核修正（空白为无修改）”，
// 分数“经办人自评｜股室审核｜局务会审定”，以审核修正、局务会审定为准；台账全是别的用途的表：村级组织运转经费拨付表（行政村231个>200，
// 基数按200）、招牌安装结算清单（站点）、培训食宿费结算（人次按参训学员，不按就餐人次）、产业园水电费分摊（入驻企业）、
// 合同付款台账（未付的尾款不是支付，9月的不算，截止日前恰好70%）、用印登记簿（月报，2021年1月没有）、政务公开工作台账
// （只有专栏载体算，月日看季度标题）、剪报及视频存档目录（读刊播日期不读存档日期）、经验材料报送
// =====================================================================================
(function c1() {
  const AREA = "441422";
  const sheets = [], USED = new Set(), VN = new Set();
  const isoAdd = (iso, d) => new Date(Date.parse(iso + "T00:00:00Z") + d * 86400000).toISOString().slice(0, 10);
  const TOWNS = [["湖寮镇", 22, ["城东社区", "城西社区", "同仁社区", "湖寮社区"]], ["茶阳镇", 18, ["茶阳社区"]], ["高陂镇", 24, ["高陂社区"]], ["百侯镇", 15, ["百侯社区"]],
    ["大麻镇", 16, ["大麻社区"]], ["三河镇", 17, ["三河社区"]], ["西河镇", 14, ["西河社区"]], ["青溪镇", 17, ["青溪社区"]], ["桃源镇", 15, ["桃源社区"]],
    ["枫朗镇", 18, ["枫朗社区"]], ["光德镇", 16, ["光德社区"]], ["银江镇", 13, ["银江社区"]], ["洲瑞镇", 12, ["洲瑞社区"]], ["大东镇", 14, ["大东社区"]]];
  const A = "黎坪梅桃竹茶湖石龙新塘岭田黄双长联和同丰高白溪乌枫莲古河松柏", B = ["坑", "坪", "岭", "塘", "田", "口", "溪", "头", "背", "楼", "寨", "坝", "洋", "山", "源", "岗", "水", "美", "光", "畲"];
  const V = [];
  TOWNS.forEach((t, ti) => villageNames(t[1], A, B, ti * 17 + 3, VN).forEach((v) => V.push({ town: t[0], name: v })));
  const COMM = TOWNS.flatMap((t) => t[2]);
  assert(V.length === 231 && COMM.length === 17, "231 villages, 17 communities");
  const POOR = V.filter((v, i) => i % 8 === 3 && i < 224).map((v) => v.name);
  assert(POOR.length === 28, "28 poor villages");
  const POORS = new Set(POOR);
  const LATE_POOR = POOR[20];
  const NONPOOR = V.filter((v) => !POORS.has(v.name));
  const COVERED = new Set(POOR.filter((p) => p !== LATE_POOR).concat(NONPOOR.filter((v, j) => (j * 73) % NONPOOR.length < 123).map((v) => v.name)));
  assert(NONPOOR.length === 203 && COVERED.size === 150, "150 covered villages");
  const BASE_V = Math.min(V.length, 200);
  assert(COVERED.size * 100 >= BASE_V * 70 && COVERED.size * 100 < V.length * 70 && COVERED.size * 100 >= V.length * 50, "150/200 = 75% → 5 (150/231 = 64.9% → would be 2)");
  assert((POOR.length - 1) * 100 >= POOR.length * 80, "27/28 = 96.4% → 3");

  // ---------------------------------------------------------------- 村级组织运转经费 (villages, poor column, no express column)
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("大埔县2021年村（社区）组织运转经费拨付表");
    full("县财政局　中共大埔县委组织部　　2021年3月　　单位：万元　　基本运转经费：行政村每村5万元，社区每个6万元；省定贫困村每村追加2万元");
    rows.push(["序号", "镇", "村（社区）", "类别", "是否省定贫困村", "基本运转经费", "贫困村追加", "合计"]);
    let no = 0, gv = 0, gc = 0, gm = 0;
    TOWNS.forEach((t) => {
      const s = R() + 1;
      let tm = 0;
      const list = V.filter((v) => v.town === t[0]).map((v) => [v.name, "行政村"]).concat(t[2].map((c) => [c, "社区"]));
      list.forEach(([n, k], j) => {
        no++;
        const poor = POORS.has(n), base = k === "行政村" ? 5 : 6, add = poor ? 2 : null;
        rows.push([no, j === 0 ? t[0] : null, n, k, k === "行政村" ? (poor ? "是" : "否") : "—", base, add, base + (add || 0)]);
        tm += base + (add || 0);
      });
      merges.push(`B${s}:B${R()}`);
      rows.push([null, `${t[0]}小计`, `行政村${t[1]}个、社区${t[2].length}个`, null, null, null, null, tm]); merges.push(`C${R()}:G${R()}`);
      gv += t[1]; gc += t[2].length; gm += tm;
    });
    assert(gm === 231 * 5 + 17 * 6 + 28 * 2, "money total");
    rows.push([null, "全县合计", `行政村${gv}个（其中省定贫困村${POOR.length}个）、社区${gc}个`, null, null, null, null, gm]); merges.push(`C${R()}:G${R()}`);
    sheets.push(sheet("村级运转经费", rows, merges));
  }
  // ---------------------------------------------------------------- 招牌安装结算 (stations)
  const ST = [];   // [town, 地点 as written, canonical|null, iso]
  const stV = V.filter((v) => COVERED.has(v.name));
  stV.forEach((v, k) => {
    const iso = isoAdd("2020-10-08", Math.floor(k * 316 / stV.length));
    const written = k % 9 === 4 ? v.name.replace(/村$/, "村委会") : v.name;
    ST.push([v.town, written, v.name, iso]);
    if (k === 30) ST.push([v.town, `${v.name}（圩镇）`, v.name, isoAdd(iso, 1)]);
    if (k === 12) ST.push(["湖寮镇", "同仁社区", null, isoAdd(iso, 2)]);
  });
  const lateNon = NONPOOR.find((v) => !COVERED.has(v.name));
  ST.push([V.find((v) => v.name === LATE_POOR).town, LATE_POOR, LATE_POOR, "2021-09-03"]);
  ST.push([lateNon.town, lateNon.name, lateNon.name, "2021-09-15"]);
  assert(ST.filter((s) => s[3] <= "2021-03-22").length >= 70, "70 stations before the progress payment");
  const covIn = new Set(ST.filter((s) => s[2] && s[3] <= AS_OF).map((s) => s[2]));
  assert(ST.length === 154 && covIn.size === 150 && ST.filter((s) => s[3] <= AS_OF).every((s) => s[3] >= "2020-10-08" && s[3] <= "2021-08-24"), "154 signs, 150 villages");
  assert(POOR.filter((p) => covIn.has(p)).length === 27, "27 poor covered");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("大埔县村级电子商务服务站点门头招牌制作安装结算清单");
    full("施工单位：梅州市嘉应广告装饰有限公司　　招牌安装当日挂牌运营，“安装日期”即站点建成日期　　单价：3.0×0.8米 1,380元／块，4.0×1.0米 1,860元／块");
    rows.push(["序号", "镇", "安装地点（村、社区）", "招牌内容", "规格（米）", "金额（元）", "安装日期", "验收人（站长签字）"]);
    let money = 0;
    ST.forEach((s, i) => {
      const big = i % 6 === 0, amt = big ? 1860 : 1380;
      money += amt;
      rows.push([i + 1, s[0], s[1], `大埔县电子商务服务站·${s[1].replace(/（圩镇）$/, "圩镇").replace(/村委会$/, "村")}站`, big ? "4.0×1.0" : "3.0×0.8", amt,
        [fmtDot, D, fmtCn, fmtSlash][i % 4](s[3]), nameOf(i + 40, i % 3 === 1 ? "女" : "男", USED)]);
    });
    rows.push(["合计", null, `${ST.length}块`, null, null, money, null, null]); merges.push(`A${R()}:B${R()}`);
    full("结算审核：县商务局电商股 罗××　　县电子商务公共服务中心 丘××");
    sheets.push(sheet("招牌安装结算", rows, merges));
  }
  // ---------------------------------------------------------------- 培训食宿费结算 (training sessions)
  const TOP = ["农村电商基础", "网店开设与运营", "直播带货", "短视频拍摄", "农产品包装与品牌", "社群营销", "电商客服", "电商物流与冷链"];
  const PLACE = ["县电子商务公共服务中心", "高陂镇文化站", "三河镇政府会议室", "茶阳镇文化站", "百侯镇政府会议室", "枫朗镇文化站", "光德镇文化站"];
  const SS = [];
  for (let k = 0; k < 34; k++) {
    const iso = isoAdd("2020-09-05", Math.floor(k * 357 / 33));
    SS.push({ iso, n: 55 + (k * 23) % 55, staff: 4 + (k % 4), meals: k % 5 === 2 ? 2 : 1, top: TOP[k % 8], place: k % 7 === 0 && iso < "2020-12-18" ? "县商务局会议室" : PLACE[k % 7] });
  }
  const adj = 2792 - sum(SS.map((s) => s.n));
  SS[33].n += adj;
  assert(SS[33].n >= 40 && SS[33].n <= 130 && SS[33].iso <= AS_OF, "last session " + SS[33].n);
  const SEPT = [["2021-09-03", 118], ["2021-09-10", 96], ["2021-09-17", 102], ["2021-09-24", 104]].map(([iso, n], k) => ({ iso, n, staff: 5, meals: 1, top: TOP[(k + 3) % 8], place: PLACE[k % 7] }));
  const PT = sum(SS.map((s) => s.n)), PT_SEPT = sum(SEPT.map((s) => s.n));
  const POP = 318600;
  assert(PT === 2792 && PT_SEPT === 420 && PT * 1000 >= POP * 8 && PT * 100 < POP && (PT + PT_SEPT) * 100 >= POP, "2792 → 0.876% (3212 would be 1.008%)");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("大埔县电子商务培训班食宿费用结算汇总表");
    full("承办：大埔县商务局（2020年12月中心运营前）、大埔县电子商务公共服务中心　　餐费标准30元／人次　　培训人次按“参训学员”计，工作人员、就餐人次不计入培训人次；每期均为1天");
    rows.push(["结算单号", "培训日期", "培训班名称", "培训地点", "参训学员（人，按签到表）", "工作人员（人）", "用餐（餐／人）", "就餐人次", "金额（元）", "备注"]);
    let meals = 0, money = 0;
    SS.concat(SEPT).forEach((s, i) => {
      const m = (s.n + s.staff) * s.meals;
      meals += m; money += m * 30;
      rows.push([`DP-JS-${String(i + 1).padStart(3, "0")}`, [fmtDot, fmtCn, D, fmtDot, fmtSlash][i % 5](s.iso), `${s.top}培训班`, s.place, s.n, s.staff, s.meals, m, m * 30,
        s.meals === 2 ? "含晚餐" : null]);
    });
    rows.push(["合计", `${SS.length + SEPT.length}期`, null, null, PT + PT_SEPT, sum(SS.concat(SEPT).map((s) => s.staff)), null, meals, money, null]);
    full("经办：县电子商务公共服务中心 张××　　审核：县商务局电商股 罗××");
    sheets.push(sheet("培训食宿结算", rows, merges));
  }
  // ---------------------------------------------------------------- 产业园水电费分摊 (enterprises)
  // [name, type, entered, 入驻 cell, left iso|null, 退园 cell|null, 面积]
  const EN = [
    ["大埔县客都电子商务运营有限公司", "电商运营商", "2020-10-12", "2020.10.12", null, null, 220],
    ["梅州市蜜柚汇农产品网店", "销售型", "2020-10-12", "2020.10.12", null, null, 60],
    ["大埔县邮乐购电商服务中心", "平台型", "2020-10-20", D("2020-10-20"), null, null, 80],
    ["大埔县顺丰速运营业部（产业园点）", "物流企业", "2020-10-26", "2020.10.26", null, null, 120],
    ["大埔县青溪茶叶电子商务有限公司", "销售型", "2020-11-09", "2020年11月9日", null, null, 60],
    ["梅州市大埔三河坝米酒网店", "销售型", "2020-11-16", "2020.11.16", "2021-03-31", "2021.3.31", 45],
    ["大埔县蕉乡农品电子商务有限公司", "销售型", "2020-11-30", "2020.11.30", null, null, 60],
    ["广东客家优品供应链管理有限公司", "平台型", "2020-12-07", D("2020-12-07"), null, null, 150],
    ["大埔县中通快递有限公司", "物流企业", "2020-12-21", "2020.12.21", null, null, 100],
    ["大埔县百侯薄饼电商工作室", "销售型", "2021-01-04", "2021.1.4", null, null, 45],
    ["梅州市云端代运营科技有限公司", "电商运营商", "2021-01-18", "2021.1.18", null, null, 90],
    ["大埔县高陂陶瓷网店", "销售型", "2021-02-01", "2021年2月1日", "2021-07-15", "2021年7月15日", 60],
    ["大埔县枫朗柚子电子商务有限公司", "销售型", "2021-03-01", "2021.3.1", null, null, 60],
    ["大埔县冷链仓储物流有限公司", "物流企业", "2021-03-15", D("2021-03-15"), null, null, 200],
    ["大埔县山里人家农产品网店", "销售型", "2021-03-29", "2021.3.29", null, null, 45],
    ["梅州市嘉应直播电子商务有限公司", "电商运营商", "2021-04-12", "2021.4.12", null, null, 120],
    ["大埔县银江生态农业网店", "销售型", "2021-04-26", "2021.4.26", null, null, 45],
    ["大埔县光德烟叶制品电子商务有限公司", "销售型", "2021-05-10", "2021.5.10", null, null, 60],
    ["大埔县洲瑞竹编网店", "销售型", "2021-05-24", "2021年5月24日", null, null, 45],
    ["大埔县韵达快递服务部", "物流企业", "2021-06-07", "2021.6.7", null, null, 90],
    ["大埔县西河客家娘酒电子商务有限公司", "销售型", "2021-06-21", "2021.6.21", "2021-09-15", "2021.9.15", 60],
    ["大埔县桃源笋干网店", "销售型", "2021-07-05", D("2021-07-05"), null, null, 45],
    ["大埔县大东农特产电子商务有限公司", "销售型", "2021-09-06", "2021.9.6", null, null, 60],
  ];
  const inPark = EN.filter((e) => e[2] <= AS_OF && !(e[4] && e[4] < AS_OF));
  const types = new Set(inPark.map((e) => e[1]));
  assert(EN.length === 23 && inPark.length === 20 && types.size === 4, "23 rows, 20 in the park at the cut-off");
  {
    const W = 12, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:L${R()}`); };
    full("大埔县电子商务产业园入驻企业2021年1—8月水电费分摊表");
    full("园区运营方：大埔县客都电子商务运营有限公司（第三方运营服务商）　　水费按面积分摊，电费按分表计量　　“退园日期”空白为仍在园　　2021年9月16日");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "房号", "入驻日期", "退园日期", "面积（㎡）", "水费（元）", "电费（元）", "合计（元）", "备注"]);
    let tw = 0, te = 0;
    EN.forEach((e, i) => {
      const months = e[2] > AS_OF ? 0 : Math.max(0, Math.min(8, (e[4] && e[4] < "2021-09" ? +e[4].slice(5, 7) : 8) - Math.max(0, (e[2] < "2021-01" ? 0 : +e[2].slice(5, 7) - 1))));
      const w = Math.round(e[6] * 0.9 * months), el = months * (60 + (i * 37) % 140);
      tw += w; te += el;
      rows.push([i + 1, e[0], creditCode(AREA, i + 5), e[1], `${1 + Math.floor(i / 8)}0${1 + (i % 8)}`, e[3], e[5], e[6], months ? w : "—", months ? el : "—", months ? w + el : "—",
        e[2] > AS_OF ? "9月入驻，下期分摊" : e[4] ? (e[4] > AS_OF ? "9月退园" : "已退园") : null]);
    });
    rows.push(["合计", null, null, null, null, null, null, sum(EN.map((e) => e[6])), tw, te, tw + te, null]); merges.push(`A${R()}:G${R()}`);
    sheets.push(sheet("产业园水电费分摊", rows, merges));
  }
  // ---------------------------------------------------------------- 合同付款台账 (funds)
  // [编号, 名称, 乙方, 合同金额, [[期次, 条件, 应付, iso|null]]]
  const CT = [
    ["DPSW-2020-01", "县电子商务公共服务中心建设及运营", "大埔县客都电子商务运营有限公司", 1680000,
      [["首付款", "合同签订后", 504000, "2020-09-25"], ["进度款", "中心投入运营", 672000, "2020-12-28"], ["尾款", "终验合格", 504000, null]]],
    ["DPSW-2020-02", "村级电子商务服务站点建设", "中国邮政集团有限公司广东省大埔县分公司", 1200000,
      [["首付款", "合同签订后", 360000, "2020-11-18"], ["进度款", "建成70个站点", 480000, "2021-03-22"], ["尾款", "全部站点验收", 360000, "2021-09-07"]]],
    ["DPSW-2020-03", "电子商务培训服务", "梅州市客商职业培训学校", 680000,
      [["首付款", "合同签订后", 204000, "2021-01-15"], ["进度款", "完成培训任务60%", 272000, "2021-06-10"], ["尾款", "培训任务完成验收", 204000, null]]],
    ["DPSW-2021-01", "农村物流配送体系建设", "大埔县冷链仓储物流有限公司", 900000,
      [["首付款", "合同签订后", 270000, "2021-02-05"], ["进度款", "分拨中心建成", 360000, "2021-07-20"], ["尾款", "终验合格", 270000, null]]],
    ["DPSW-2021-02", "农产品品牌推广及网络营销", "梅州市嘉应直播电子商务有限公司", 540000,
      [["首付款", "合同签订后", 162000, "2021-04-16"], ["进度款", "完成推广活动3场", 216000, "2021-08-26"], ["尾款", "服务期满验收", 162000, null]]],
  ];
  const PAYS = CT.flatMap((c) => c[4].filter((p) => p[3]).map((p) => ({ date: p[3], amount: p[2] })));
  const SPENT = sum(PAYS.filter((p) => p.date <= AS_OF).map((p) => p.amount)), SPENT_ALL = sum(PAYS.map((p) => p.amount));
  assert(sum(CT.map((c) => c[3])) === 5000000 && CT.every((c) => sum(c[4].map((p) => p[2])) === c[3]), "contracts 500万");
  assert(SPENT === 3500000 && SPENT * 100 === 5000000 * 70 && SPENT_ALL === 3860000, "exactly 70.0% by the cut-off");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("大埔县电子商务进农村综合示范项目合同付款台账");
    full("县商务局财务室　　金额单位：元　　“付款日期”为国库集中支付日期；“未付”的为尚未达到付款条件的应付款　　省级专项资金500万元全部安排到以下5个合同");
    rows.push(["合同编号", "合同名称", "乙方", "合同金额", "付款期次", "付款条件", "应付金额", "付款日期", "实付金额", "累计实付", "状态"]);
    let k = 0;
    CT.forEach((c) => {
      const s = R() + 1;
      let acc = 0;
      c[4].forEach((p, j) => {
        if (p[3]) acc += p[2];
        rows.push([j === 0 ? c[0] : null, j === 0 ? c[1] : null, j === 0 ? c[2] : null, j === 0 ? thousands(c[3]) : null, p[0], p[1], p[2],
          p[3] ? [fmtDot, D, fmtCn][k++ % 3](p[3]) : null, p[3] ? p[2] : null, acc, p[3] ? "已付" : "未付（待验收）"]);
      });
      merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`, `C${s}:C${R()}`, `D${s}:D${R()}`);
    });
    rows.push(["合计", null, null, thousands(5000000), null, null, 5000000, null, SPENT_ALL, null, null]); merges.push(`A${R()}:C${R()}`);
    full("注：截至2021年9月10日累计实付386万元，其中2021年9月7日付站点尾款36万元。");
    sheets.push(sheet("合同付款台账", rows, merges));
  }
  // ---------------------------------------------------------------- 用印登记簿 (reports)
  const CITY = "梅州市商务局";
  const STAMP = [];   // [iso, 文件, 主送, report?, poverty?]
  const RPT = [["2020-08", "2020-09-04"], ["2020-09", "2020-10-09"], ["2020-10", "2020-11-05"], ["2020-11", "2020-12-04"], ["2020-12", "2020-12-31"],
    ["2021-01", "2021-02-02"], ["2021-02", "2021-03-03"], ["2021-03", "2021-04-06"], ["2021-04", "2021-05-07"], ["2021-05", "2021-06-04"],
    ["2021-06", "2021-07-05"], ["2021-07", "2021-08-04"], ["2021-08", "2021-09-03"]];
  RPT.forEach(([ym, iso]) => {
    const pov = ym >= "2020-10";
    STAMP.push([iso, `大埔县商务局关于报送${+ym.slice(0, 4)}年${+ym.slice(5)}月电子商务进农村综合示范工作进展情况的报告${pov ? "（含电商扶贫统计）" : ""}`, CITY, true, pov]);
  });
  [["2020-09-22", "村级电子商务服务站点建设合同（DPSW-2020-02）", "中国邮政集团有限公司广东省大埔县分公司"],
    ["2020-11-12", "大埔县商务局关于申请拨付电子商务进农村示范专项资金的请示", "大埔县财政局"],
    ["2021-01-21", "大埔县商务局关于请求出具行政村快递服务覆盖情况证明的函", "梅州市邮政管理局"],
    ["2021-01-28", "农村物流配送体系建设合同（DPSW-2021-01）", "大埔县冷链仓储物流有限公司"],
    ["2021-05-20", "大埔县电子商务进农村综合示范工作经验材料", CITY],
    ["2021-06-17", "大埔县商务局关于调整示范项目实施内容的请示", "大埔县人民政府"],
    ["2021-08-19", "大埔县商务局关于商请提供建档立卡贫困人口劳动力信息的函", "大埔县乡村振兴局"]].forEach(([iso, t, to]) => STAMP.push([iso, t, to, false, false]));
  STAMP.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const repDates = STAMP.filter((s) => s[3]).map((s) => s[0]);
  const repMonths = monthsCovered(repDates);
  assert(repMonths === 11 && !repDates.some((d) => d.startsWith("2021-01")), "11 report months: none stamped in January 2021");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("大埔县商务局公章使用登记簿", W)); merges.push("A1:H1");
    rows.push(span("局办公室　　2020年9月—2021年9月　　报梅州市商务局的月报于用印当日经“粤政易”报送", W)); merges.push("A2:H2");
    rows.push(["序号", "用印日期", "文件（材料）名称", "主送（发往）单位", "印章", "份数", "经办人", "批准人"]);
    STAMP.forEach((s, i) => rows.push([i + 1, [fmtDot, D, fmtCn][i % 3](s[0]), s[1], s[2], s[1].includes("合同") ? "合同专用章" : "局公章", s[1].includes("合同") ? 4 : s[3] ? 1 : 2,
      ["罗××", "丘××", "张××"][i % 3], s[1].includes("合同") ? "局长 杨××" : "副局长 饶××"]));
    sheets.push(sheet("用印登记簿", rows, merges));
  }
  // ---------------------------------------------------------------- 政务公开工作台账 (disclosures)
  const COL = "县政府网“电子商务进农村”专栏";
  // [iso, 事项, 载体, cell style 0 text 月日 / 1 real date]
  const PUB = [
    ["2020-07-10", "大埔县电子商务进农村综合示范县工作方案", COL], ["2020-07-10", "示范项目基本信息（项目名称、资金、承办单位、完成时限）", COL],
    ["2020-07-22", "设立示范项目监督举报窗口（电话、邮箱）", COL], ["2020-08-06", "示范项目建设进度（7月）", COL],
    ["2020-09-04", "示范项目建设进度（8月）", COL], ["2020-09-18", "县电商公共服务中心招募运营人员", "县商务局微信公众号"],
    ["2020-10-09", "示范项目建设进度（9月）", COL], ["2020-11-05", "示范项目建设进度（10月）", COL], ["2020-11-20", "村级电商服务站点建设名单", "各村村务公开栏"],
    ["2020-12-04", "示范项目建设进度（11月）", COL], ["2020-12-15", "年货节网上促销活动公告", "县商务局微信公众号"],
    ["2021-01-08", "示范项目建设进度（12月）", COL], ["2021-02-05", "示范项目建设进度（1月）", COL], ["2021-03-05", "示范项目建设进度（2月）", COL],
    ["2021-03-18", "电商培训报名通知", "县商务局微信公众号"], ["2021-04-07", "示范项目建设进度（3月）", COL], ["2021-05-07", "示范项目建设进度（4月）", COL],
    ["2021-06-04", "示范项目建设进度（5月）", COL], ["2021-07-06", "示范项目建设进度（6月）", COL], ["2021-08-05", "示范项目建设进度（7月）", COL],
    ["2021-08-20", "蜜柚网络节活动公告", "县商务局微信公众号"], ["2021-09-06", "示范项目建设进度（8月）", COL],
  ];
  const discMonths = monthsCovered(PUB.filter((p) => p[2] === COL).map((p) => p[0]));
  assert(discMonths === 12, "12 column months");
  {
    const W = 6, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
    full("大埔县商务局政务公开工作台账（电子商务进农村综合示范）");
    full("按季度报县政务公开办　　“公开日期”只写月、日的，年份见所在季度标题");
    rows.push(["序号", "公开日期", "公开事项", "公开载体", "公开形式", "经办人"]);
    const Q = (iso) => `${iso.slice(0, 4)}年第${["一", "二", "三", "四"][Math.floor((+iso.slice(5, 7) - 1) / 3)]}季度`;
    let cur = null, no = 0;
    PUB.forEach((p, i) => {
      const q = Q(p[0]);
      if (q !== cur) { cur = q; const mm = ["（1—3月）", "（4—6月）", "（7—9月）", "（10—12月）"][Math.floor((+p[0].slice(5, 7) - 1) / 3)]; full(q + mm); }
      no++;
      rows.push([no, i % 4 === 1 ? D(p[0]) : `${+p[0].slice(5, 7)}月${+p[0].slice(8)}日`, p[1], p[2], p[2] === COL ? "网页" : p[2].includes("公众号") ? "推文" : "张贴", i % 2 ? "廖××" : "罗××"]);
    });
    sheets.push(sheet("政务公开台账", rows, merges));
  }
  // ---------------------------------------------------------------- 剪报及视频存档目录 (media)
  // [刊播 iso, 媒体, 级别, 形式, 标题, 典型案例, 存档形式, 存档 iso]
  const MD = [
    ["2020-10-22", "梅州日报", "市级", "报纸", "大埔：电商服务站开进客家山村", "否", "剪报", "2020-11-02"],
    ["2020-12-15", "大埔县融媒体中心", "县级", "电视", "《大埔新闻》：县电子商务公共服务中心揭牌运营", "否", "视频（U盘）", "2021-01-06"],
    ["2021-03-09", "南方日报", "省级", "报纸", "大埔蜜柚搭上电商快车", "否", "剪报", "2021-03-20"],
    ["2021-05-18", "梅州广播电视台", "市级", "电视", "《梅州新闻》：大埔电商培训进镇村", "否", "视频（U盘）", "2021-06-01"],
    ["2021-07-16", "广东广播电视台", "省级", "电视", "《广东新闻联播》：大埔脱贫户直播卖茶叶（电商扶贫典型案例）", "是", "视频（U盘）", "2021-07-30"],
    ["2021-08-12", "大埔县融媒体中心“今日大埔”公众号", "县级", "新媒体", "家门口的电商服务站", "否", "截图打印", "2021-08-20"],
    ["2021-09-10", "中央广播电视总台农业农村频道（CCTV-17）", "中央级", "电视", "《三农群英汇》：客家山区的电商扶贫路（电商扶贫典型案例）", "是", "视频（U盘）", "2021-09-18"],
  ];
  const LV = { 中央级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const lvIn = new Set(MD.filter((m) => m[0] <= AS_OF).map((m) => LV[m[2]]));
  assert(!lvIn.has("national") && lvIn.has("province") && lvIn.has("city") && lvIn.has("county"), "levels");
  const tvIn = MD.filter((m) => m[0] <= AS_OF && m[3] === "电视" && m[5] === "是").map((m) => LV[m[2]]);
  assert(tvIn.length === 1 && tvIn[0] === "province", "provincial TV case only");
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("大埔县商务局宣传报道剪报及视频存档目录", W)); merges.push("A1:I1");
    rows.push(["存档号", "刊播日期", "媒体", "级别", "形式", "标题（栏目）", "电商扶贫典型案例", "存档形式", "存档日期"]);
    MD.forEach((m, i) => rows.push([`DP-XC-${String(i + 1).padStart(2, "0")}`, [fmtDot, fmtCn, D][i % 3](m[0]), m[1], m[2], m[3], m[4], m[5], m[6], fmtDot(m[7])]));
    rows.push(span("注：刊播日期为见报或播出日期，存档日期为办公室归档日期。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("剪报存档目录", rows, merges));
  }
  // ---------------------------------------------------------------- 经验材料报送 (materials)
  {
    const rows = [["序号", "报送日期", "材料名称", "类别", "报送单位", "备注"],
      [1, "2020.12.10", "大埔县推进电子商务进农村综合示范工作情况", "经验材料", CITY, "市局《商务信息》第23期采用"],
      [2, "2021.5.20", "大埔县电子商务进农村综合示范工作经验材料", "经验材料", CITY, "用印后报送"],
      [3, "2021.9.8", "大埔县电商扶贫典型案例——“茶乡直播间”", "典型案例", "广东省商务厅", "考评截止日后"]];
    sheets.push(sheet("经验材料报送", rows));
  }

  // ---------------------------------------------------------------- 自评三级审核表 (facts, judged, claims)
  const JG = { "org.plan": [2, 2, 2], "org.policy": [2, 2, 1], "org.management.system": [2, 2, 2], "org.management.ledger": [2, 1, 1],
    "work.upward.research": [2, 2, 2], "work.upward.promotion": [2, 2, 2], "work.upward.standards": [2, 1, 1], "fund.system": [5, 5, 5], "fund.ledger": [5, 4, 4], "fund.spending": [5, 5, 4] };
  const JN = { "org.plan": "方案制定", "org.policy": "政策支持", "org.management.system": "项目管理制度", "org.management.ledger": "工作台账", "work.upward.research": "网销调研",
    "work.upward.promotion": "网络促销活动", "work.upward.standards": "交易标准与冷链溯源", "fund.system": "资金管理制度", "fund.ledger": "资金台账", "fund.spending": "资金及时拨付" };
  const CLx = { "org.leadership": [1, 2, 2], "org.plan": [2, 2, 2], "org.policy": [2, 2, 1], "org.management": [4, 3, 3], "work.center": [15, 15, 15], "work.coverage": [10, 10, 10],
    "work.upward": [10, 9, 9], "work.training": [20, 20, 20], "info.disclosure": [4, 4, 4], "info.reporting": [6, 6, 6], "promo.cases": [2, 2, 2], "promo.media": [8, 8, 8],
    "fund.system": [5, 5, 5], "fund.ledger": [5, 4, 4], "fund.spending": [5, 5, 4], "bonus.poorTraining": [0, 0, 0], "bonus.tvCase": [2, 1, 1] };
  const CN = { "org.leadership": "组织领导", "org.plan": "方案制定", "org.policy": "政策支持", "org.management": "项目管理", "work.center": "服务体系建设（县级中心与产业园）",
    "work.coverage": "服务体系建设（村级站点覆盖）", "work.upward": "农村产品上行", "work.training": "电商人才培训", "info.disclosure": "信息公开", "info.reporting": "数据上报",
    "promo.cases": "案例总结", "promo.media": "经验推广", "fund.system": "制度建立", "fund.ledger": "资金台账", "fund.spending": "资金支出",
    "bonus.poorTraining": "加分：建档立卡贫困人口培训率70%及以上", "bonus.tvCase": "加分：电商扶贫典型案例获电视播报" };
  const MAXP = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 10, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 5, "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 2 };
  const CL = {};
  Object.keys(CLx).forEach((id) => { CL[id] = CLx[id][2]; });
  const colSum = (c) => SCORED.reduce((a, id) => a + CLx[id][c], 0);
  assert(colSum(0) === 99 && colSum(1) === 97 && colSum(2) === 95, "claims 99 / 97 / 95 got " + [colSum(0), colSum(1), colSum(2)]);
  assert(CL["org.management"] === JG["org.management.system"][2] + JG["org.management.ledger"][2], "management parts");
  assert(CL["work.upward"] === JG["work.upward.research"][2] + JG["work.upward.promotion"][2] + 1 + 1 + JG["work.upward.standards"][2] + 2, "upward parts");
  const ELIG = 1846, TRN = 1012;
  assert(TRN * 100 >= ELIG * 50 && TRN * 100 < ELIG * 70, "54.8%");
  {
    const W = 7, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
    full("大埔县2019年省级电子商务进农村综合示范创建考评　自评数据及得分三级审核表");
    full("流程：电商股经办人填报（8月30日）→ 电商股股长审核（9月2日）→ 局务会审定（9月6日）。考评截止日期2021年8月31日。");
    full("一、基础数据（以“审核修正”栏为准；该栏空白的，表示经办人填报无误）");
    rows.push(["序号", "项目", "经办人填报", "审核修正", null, "佐证材料", null]);
    merges.push(`D${R()}:E${R()}`, `F${R()}:G${R()}`);
    const F = [
      ["县（市、区）", "大埔县", null, null],
      ["考评截止日期", "2021年8月31日", null, null],
      ["常住人口", "37.6万人", "31.86万人（七普常住人口；37.6万为户籍人口）", "县统计局七普公报"],
      ["行政村数", "248个", "231个（不含社区17个）", "村级运转经费拨付表"],
      ["省定贫困村数", "28个", null, "村级运转经费拨付表"],
      ["领导小组组长", "副县长（分管商务）", "县长（2020年6月15日调整，埔府办函〔2020〕33号）", "领导小组调整文件"],
      ["领导小组成员单位", "商务、财政、农业农村、扶贫、交通运输、邮政管理、供销", "商务、财政、农业农村、乡村振兴（原扶贫办）、交通运输、邮政管理、供销", null],
      ["示范县工作方案已正式印发", "是", null, "埔府办〔2019〕58号"],
      ["已出台支持农村电商发展的政策", "是", null, "埔府〔2020〕9号"],
      ["公共服务中心投入运营日期", "2020年12月", "2020年12月18日（揭牌运营）", "揭牌报道"],
      ["中心有免费培训场所、设备，能组织基础培训", "是", null, null],
      ["中心为特色农产品提供免费展示、销售", "是", null, null],
      ["中心提供免费摄影、美工服务", "是", null, null],
      ["中心组织统一推广、指导品牌建设", "是", null, null],
      ["中心提供其他衍生增值服务", "是", null, "金融对接、物流对接"],
      ["已建设或整合电商产业园", "是", null, "产业园水电费分摊表"],
      ["有专业第三方电商运营服务商", "是", null, "大埔县客都电子商务运营有限公司"],
      ["行政村物流快递覆盖率100%", "是", null, "梅州市邮政管理局证明"],
      ["2019年农村网络零售额（万元）", "98,600", null, "省商务厅监测数据"],
      ["2020年农村网络零售额（万元）", "120,300", null, "省商务厅监测数据"],
      ["2019年农产品网络零售额（万元）", "24,100", null, "省商务厅监测数据"],
      ["2020年农产品网络零售额（万元）", "32,700", null, "省商务厅监测数据"],
      ["培训人次", thousands(PT + PT_SEPT), `${thousands(PT)}（截至8月31日；${thousands(PT + PT_SEPT)}含9月4期${PT_SEPT}人次）`, "培训食宿结算表、签到表"],
      ["有劳动能力的建档立卡贫困人口（不含外出务工）", `${thousands(ELIG)}人`, null, "县乡村振兴局确认"],
      ["参加培训的建档立卡贫困人口", "1,305", `${thousands(TRN)}人（按身份证号去重；1,305为人次）`, "县乡村振兴局比对"],
      ["专栏公示创建方案", "是", null, "政务公开台账"],
      ["专栏公示项目基本信息", "是", null, null],
      ["专栏公示项目建设进度", "是", null, null],
      ["专栏设立征求意见或监督举报窗口", "是", null, null],
      ["能统计电商扶贫情况", "是", null, "月报"],
      ["下达资金总额", "500万元", null, "粤财工〔2019〕…号"],
      ["累计拨付资金", `${SPENT_ALL / 10000}万元`, `${SPENT / 10000}万元（截至8月31日；9月7日支付的${(SPENT_ALL - SPENT) / 10000}万元不计）`, "合同付款台账"],
      ["已制定资金管理制度", "是", null, "埔商务〔2020〕15号"],
      ["已建立资金专用台账", "是", null, "合同付款台账"],
      ["项目总体进度", "92%", null, null],
      ["发生安全生产、质量事故或重大损失", "无", null, null],
      ["弄虚作假", "无", null, null],
    ];
    F.forEach((f, i) => { rows.push([i + 1, f[0], f[1], f[2], null, f[3], null]); merges.push(`D${R()}:E${R()}`, `F${R()}:G${R()}`); });
    full("二、主观评分项（以“局务会审定”栏为准）");
    rows.push(["序号", "评分项", "分值范围", "经办人自评", "股室审核", "局务会审定", "审定说明"]);
    Object.keys(JG).forEach((k, i) => rows.push([i + 1, JN[k], k.startsWith("fund.") ? "1-5" : "1-2", JG[k][0], JG[k][1], JG[k][2],
      JG[k][1] !== JG[k][2] ? "局务会下调" : JG[k][0] !== JG[k][1] ? "股室下调" : null]));
    full("三、逐项自评得分（以“局务会审定”栏为准）");
    rows.push(["序号", "评价指标", "分值", "经办人自评", "股室审核", "局务会审定", "审定说明"]);
    const NOTE = { "org.leadership": "组长已调整为县长", "org.policy": "政策落实一般", "org.management": "工作台账不够完整", "work.upward": "交易标准尚在完善",
      "fund.ledger": "承办方台账不全", "fund.spending": "拨付进度偏慢", "bonus.tvCase": "省级电视台播报（央视9月播出，不在考评期内）" };
    Object.keys(CLx).forEach((id, i) => rows.push([i + 1, CN[id], MAXP[id], CLx[id][0], CLx[id][1], CLx[id][2], NOTE[id] || null]));
    rows.push(["合计（不含加分）", null, 100, colSum(0), colSum(1), colSum(2), null]); merges.push(`A${R()}:B${R()}`);
    rows.push(["加分", null, 4, CLx["bonus.poorTraining"][0] + CLx["bonus.tvCase"][0], CLx["bonus.poorTraining"][1] + CLx["bonus.tvCase"][1],
      CLx["bonus.poorTraining"][2] + CLx["bonus.tvCase"][2], null]); merges.push(`A${R()}:B${R()}`);
    full("经办人：罗××　　审核：电商股股长 丘××　　审定：局务会（2021年9月6日，局长 杨××主持）");
    sheets.unshift(sheet("自评三级审核表", rows, merges));
  }
  sheets.unshift(sheet("封面", [["大埔县电子商务进农村综合示范考评资料（电子版）"], [null], ["自评三级审核表（基础数据、主观评分、逐项自评）"],
    ["台账：村级运转经费（行政村、省定贫困村）、招牌安装结算（村级站点）、培训食宿结算（培训）、产业园水电费分摊（入驻企业）、"],
    ["　　　合同付款台账（资金）、用印登记簿（月报）、政务公开台账（专栏更新）、剪报存档目录（宣传报道）、经验材料报送"],
    ["大埔县商务局　2021年9月"]]));

  // ---------------------------------------------------------------- expectation
  const J = (k) => JG[k][2];
  const center = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const coverage = (covIn.size * 100 >= BASE_V * 70 ? 5 : 0) + 3;
  const growthA = 32700 / 24100 - 1, growthR = 120300 / 98600 - 1;
  assert(Math.round(growthR * 1000) === 220 && Math.round(growthA * 1000) === 357, "22.0%, 35.7%");
  const points = {
    "org.leadership": 2, "org.plan": J("org.plan"), "org.policy": J("org.policy"), "org.management": J("org.management.system") + J("org.management.ledger"),
    "work.center": center, "work.coverage": coverage,
    "work.upward": J("work.upward.research") + J("work.upward.promotion") + 1 + 1 + J("work.upward.standards") + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + (discMonths === 12 ? 2 : 1), "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": J("fund.system"), "fund.ledger": J("fund.ledger"), "fund.spending": J("fund.spending"),
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = sumPts(points);
  assert(center === 15 && coverage === 8 && sc === 89, "89 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const total = sc + bonus;
  assert(total === 90, "90");
  write("counties/b129-c1-dabu.json", {
    description:
      "梅州大埔县商务局交的整本考评资料（封面＋自评三级审核表＋9个借来的或别的用途的表），89分＋加分1＝90分，未否决（局务会审定自评95＋1）。《自评三级审核表》分三块：一、基础数据两栏“经办人填报｜审核修正”，抬头写明以审核修正为准、空白表示填报无误；二、主观评分项、三、逐项自评都是“经办人自评｜股室审核｜局务会审定”三栏，以局务会审定为准（claimed读审定栏）。读法：常住人口读修正的31.86万（37.6万是户籍）；行政村231个（248含社区）；组长修正为县长，成员单位有乡村振兴（原扶贫办）→ 2；中心2020年12月18日投入运营；培训人次读修正的2,792（3,212含9月）；参训贫困人口读1,012人（1,305是人次）；拨付读350万元（386万含9月7日36万）。《村级运转经费》是财政局、组织部的村（社区）运转经费拨付表：231个行政村＋17个社区（“—”），“是否省定贫困村”28个是，没有快递列（快递看审核表：是）；行政村超过200个，基数按200。《招牌安装结算》是广告公司的站点门头招牌结算清单，抬头写明安装日期即建成日期：154块招牌，截止日前覆盖150个行政村（一个村另有圩镇站，“…村委会”同村，同仁社区站不算，一个省定贫困村9月3日、另一个村9月15日才装）→ 150/200＝75% → 5（按231算64.9%就错了）；省定贫困村27/28 → 3。《培训食宿结算》人次读“参训学员（按签到表）”不读就餐人次、工作人员：截止日前34期2,792人次，9月4期420人次不算 → 0.876% → 8。《产业园水电费分摊》：23家，三河坝米酒网店2021.3.31、高陂陶瓷网店2021.7.15退园，西河娘酒9月15日退园截止日仍在园，大东农特产9月6日入驻不算 → 20家 → 2，4类 → 1。《合同付款台账》：5个合同共500万元，付款日期有日期的才是支付，“未付（待验收）”的尾款不是；截止日前10笔恰好350万元＝70.0%，不扣分（站点尾款2021.9.7不算）。《用印登记簿》：报梅州市商务局的月报用印当日报送，2020年12月的月报12月31日用印、2021年1月的2月2日用印，2021年1月没有报送 → 11个月 → 不定时1；标题“含电商扶贫统计” → 3。《政务公开台账》按季度分段，“9月4日”式日期年份看季度标题，只算载体为专栏的，12个月都有 → 2。《剪报存档目录》读刊播日期不读存档日期：梅州日报、梅州广播电视台（市级）、南方日报、广东广播电视台（省级）、县融媒体（县级）→ 8；广东新闻联播播出电商扶贫典型案例（省级电视）→ 加分1，央视9月10日播出在截止日后。《经验材料报送》2021.5.20等报梅州市商务局 → 2。",
    sheets,
    expect: { asOf: AS_OF, total, bonus, vetoed: false, points, claimed: { ...CL } },
    derivation: [
      "org.leadership: 审核表组长修正为“县长”（主要领导），成员单位商务、财政、农业农村、乡村振兴（原扶贫办）都在 → 2（经办人填的副县长已被修正）",
      "org.plan: 工作方案已正式印发；方案制定局务会审定2 → 2",
      "org.policy: 扶持政策已出台；政策支持审定1（经办、股室都是2）→ 1",
      "org.management: 项目管理制度审定2 ＋ 工作台账审定1 → 3",
      `work.center: 中心2020-12-18投入运营 ≤ 截止日 → 2；≤ 2021-02-28，满6个月 → 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他增值服务 1；产业园 2；水电费分摊表23家，截至2021-08-31在园${inPark.length}家（三河坝米酒网店2021.3.31、高陂陶瓷网店2021.7.15退园；西河娘酒2021.9.15退园仍算；大东农特产2021.9.6入驻不算）≥ 20 → 2；类型电商运营商、销售型、平台型、物流企业 ≥ 3 → 1；合计 15`,
      `work.coverage: 运转经费表行政村${V.length}个（社区17个不算），基数 min(231, 200) = 200；招牌结算截止日前覆盖行政村${covIn.size}个（圩镇站同村算一次，“…村委会”同村，同仁社区站不算，两个9月安装的不算）；${covIn.size}/200 = 75% ≥ 70% → 5；省定贫困村28个中27个有站（${LATE_POOR}站2021.9.3安装不算），27/28 = 96.4% → 80%–100% → 3；合计 8（审定10）`,
      "work.upward: 网销调研2；网络促销2；第三方运营服务商“是” 1；村名单无快递列，按审核表“行政村快递覆盖率100%：是” → 1；交易标准与溯源审定1；农村网零120,300/98,600万元 = +22.0% < 30%，农产品网零32,700/24,100万元 = +35.7% ≥ 30% → 2；合计 9",
      `work.training: 食宿结算表截止日前34期参训学员合计${thousands(PT)}人次（9月4期${PT_SEPT}人次不算；工作人员、就餐人次不算）；基数 min(318,600, 500,000) = 318,600；${thousands(PT)}/318,600 = 0.876% → 0.8%–1% → 8（经办人的3,212含9月，会是1.008%）；无贫困人口名单，按审核表：有劳动能力未外出务工${thousands(ELIG)}人、参训${thousands(TRN)}人（1,305是人次）→ 54.8% ≥ 50% → 10；合计 18（审定20）`,
      "info.disclosure: 审核表：专栏公示方案、项目信息、建设进度、监督举报窗口都“是”（政务公开台账也有）→ 2；政务公开台账中载体为专栏的条目覆盖2020-09至2021-08全部12个月（公众号、村务公开栏不算；年份看季度标题）→ 按月 2；合计 4",
      "info.reporting: 用印登记簿报梅州市商务局的月报：2020-09-04、10-09、11-05、12-04、12-31、2021-02-02、03-03、04-06、05-07、06-04、07-05、08-04（09-03在截止日后），2021年1月没有 → 11个月 → 不定时 1；能统计电商扶贫“是”，2020年10月月报起含电商扶贫统计 → 3；合计 4（审定6）",
      "promo.cases: 经验材料报送：2020.12.10、2021.5.20报梅州市商务局 → 2（2021.9.8报省商务厅在截止日后）",
      "promo.media: 截止日前：南方日报2021.3.9、广东广播电视台2021.7.16（省级）→ 4；梅州日报2020.10.22、梅州广播电视台2021.5.18（市级）→ 3；大埔县融媒体中心2020.12.15、2021.8.12（县级）→ 1；央视2021.9.10在截止日后；合计 8",
      "fund.system: 资金管理制度“是”；审定5 → 5",
      "fund.ledger: 资金专用台账“是”；审定4 → 4",
      `fund.spending: 合同付款台账截止日前实付 504,000＋672,000＋360,000＋480,000＋204,000＋272,000＋270,000＋360,000＋162,000＋216,000 = ${thousands(SPENT)}元（“未付（待验收）”的尾款不是支付；2021-09-07的360,000不算）；${thousands(SPENT)}/5,000,000 = 70.0% ≥ 70% → 不扣分，按及时拨付审定4 → 4`,
      `bonus.poorTraining: ${thousands(TRN)}/${thousands(ELIG)} = 54.8% < 70% → 0`,
      "bonus.tvCase: 广东广播电视台《广东新闻联播》2021.7.16播出电商扶贫典型案例（省级电视）→ 1；央视CCTV-17 2021.9.10播出在截止日后，不是国家级加分 → 合计 1",
      "veto.incident: 审核表“发生安全生产、质量事故或重大损失：无” → 0，不否决",
      "veto.progress: 项目总体进度92% ≥ 40% → 0，不否决",
      "veto.fraud: 审核表“弄虚作假：无” → 0，不否决",
      "total: 2+2+1+3+15+8+9+18+4+4+2+8+5+4+4 = 89，加分 0+1 = 1，合计 90；局务会审定自评95＋加分1",
    ],
  });
})();

console.log("wrote:\n" + written.join("\n"));
