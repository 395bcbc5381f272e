"use strict";
// Batch 87 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------- shared helpers ----------
function assert(cond, msg) {
  if (!cond) throw new Error("self-check failed: " + msg);
}
function colName(i) {
  let s = "";
  i += 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}
function parseCell(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  assert(m, "bad cell " + a);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { c: c - 1, r: Number(m[2]) - 1 };
}
function parseRange(rg) {
  const [a, b] = rg.split(":");
  const p = parseCell(a),
    q = parseCell(b);
  return { r1: p.r, c1: p.c, r2: q.r, c2: q.c };
}
// merge helper: row index (1-based Excel row), first col, last col (0-based)
function mg(row, c1, c2, row2) {
  return colName(c1) + row + ":" + colName(c2) + (row2 || row);
}
const D = (s) => ({ date: s });
// pad rows to the sheet width, check merges
function sheet(name, rows, merges, extra) {
  const W = Math.max(...rows.map((r) => r.length));
  const out = rows.map((r) => {
    const x = r.slice();
    while (x.length < W) x.push(null);
    return x.map((v) => (v === undefined ? null : v));
  });
  const s = { name, rows: out };
  if (merges && merges.length) s.merges = merges;
  if (extra) Object.assign(s, extra);
  return s;
}
function checkSheet(s) {
  const H = s.rows.length;
  const W = Math.max(...s.rows.map((r) => r.length));
  const seen = [];
  for (const m of s.merges || []) {
    const g = parseRange(m);
    assert(g.r1 <= g.r2 && g.c1 <= g.c2, s.name + " merge order " + m);
    assert(g.r2 < H && g.c2 < W, s.name + " merge outside grid " + m + " (" + H + "x" + W + ")");
    assert(!(g.r1 === g.r2 && g.c1 === g.c2), s.name + " single-cell merge " + m);
    for (const o of seen) {
      const overlap = !(g.r2 < o.r1 || o.r2 < g.r1 || g.c2 < o.c1 || o.c2 < g.c1);
      assert(!overlap, s.name + " overlapping merges " + m);
    }
    seen.push(g);
    // cells covered by a merge other than its top-left should be empty
    for (let r = g.r1; r <= g.r2; r++)
      for (let c = g.c1; c <= g.c2; c++)
        if (r !== g.r1 || c !== g.c1) assert(s.rows[r][c] === null, s.name + " non-empty cell inside merge " + m + " at " + colName(c) + (r + 1));
  }
  for (const row of s.rows)
    for (const v of row)
      assert(
        v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || (v && typeof v === "object" && /^\d{4}-\d{2}-\d{2}$/.test(v.date)),
        s.name + " bad cell value " + JSON.stringify(v),
      );
}
const written = [];
function writeCase(folder, file, obj) {
  for (const s of obj.sheets) checkSheet(s);
  const names = obj.sheets.map((s) => s.name);
  assert(new Set(names).size === names.length, file + " duplicate sheet names");
  if (obj.expect && obj.expect.sheets) for (const k of Object.keys(obj.expect.sheets)) assert(names.includes(k), file + " expect names unknown sheet " + k);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, file);
  fs.writeFileSync(p, JSON.stringify(obj, null, 2) + "\n");
  written.push(path.join(folder, file));
}
const JUDGED_RANGE = {
  "org.plan": [1, 2],
  "org.policy": [1, 2],
  "org.management.system": [1, 2],
  "org.management.ledger": [1, 2],
  "work.upward.research": [1, 2],
  "work.upward.promotion": [1, 2],
  "work.upward.standards": [1, 2],
  "fund.system": [1, 5],
  "fund.ledger": [1, 5],
  "fund.spending": [1, 5],
};
function checkJudged(j, file) {
  for (const [k, v] of Object.entries(j)) {
    assert(JUDGED_RANGE[k], file + " unknown judged key " + k);
    assert(v >= JUDGED_RANGE[k][0] && v <= JUDGED_RANGE[k][1], file + " judged out of range " + k);
  }
}
const FACT_KEYS = new Set(
  (
    "county asOf residentPopulation adminVillagesStated poorVillagesStated planIssued policyIssued " +
    "centerOpened centerFreeTraining centerDisplay centerPhoto centerBrand centerOther parkBuilt thirdPartyOperator " +
    "expressCoverage ruralRetail2019 ruralRetail2020 agriRetail2019 agriRetail2020 ruralRetailGrowthStated " +
    "agriRetailGrowthStated trainingPersonTimesStated eligiblePoorPersonsStated trainedPoorPersonsStated disclosurePlan " +
    "disclosureProjects disclosureProgress disclosureWindow povertyStatisticsStated fundAllocated fundSpentStated " +
    "fundSystemIssued fundLedgerKept overallProgress vetoIncident vetoFraud"
  ).split(" "),
);
function checkFacts(f, file) {
  for (const k of Object.keys(f)) assert(FACT_KEYS.has(k), file + " unknown fact key " + k);
}
// exact decimal helpers (avoid float drift): value in units of 1/100 yuan etc.
const yi = (s) => Math.round(Number(s) * 1e8); // 亿元 -> 元
const wan = (s) => Math.round(Number(s) * 1e4); // 万 -> units

// =====================================================================
// f1 梅州市兴宁市 — 考评数据认领表（数据项 × 部门 矩阵）
// =====================================================================
(function f1() {
  const DEPTS = ["市政府办", "市统计局", "市商务局", "市财政局", "市农业农村局", "市乡村振兴局", "市邮政业发展中心"];
  const NC = 3 + DEPTS.length + 1; // 序号 数据项 单位 depts… 备注
  const rows = [];
  const merges = [];
  const X = "／";
  function line(seq, label, unit, vals, remark) {
    const r = [seq, label, unit];
    for (const d of DEPTS) r.push(vals && d in vals ? vals[d] : X);
    r.push(remark || null);
    rows.push(r);
  }
  function section(t) {
    rows.push([t]);
    merges.push(mg(rows.length, 0, NC - 1));
  }
  rows.push(["兴宁市电子商务进农村综合示范创建考评数据认领表"]);
  merges.push(mg(1, 0, NC - 1));
  rows.push([
    "说明：1.各单位在本单位对应列填写认领的数据，不属本单位的填“／”；2.两个单位都填了数的，须在备注栏写明以哪家为准；3.数据截至2021年8月31日；4.本表经8月25日考评数据协调会逐项确认。",
  ]);
  merges.push(mg(2, 0, NC - 1));
  rows.push(["序号", "数据项", "单位", ...DEPTS, "备注"]);
  section("一、基本情况");
  line(1, "县（市、区）名称", "—", { 市商务局: "兴宁市" });
  line(2, "考评截止日期", "—", { 市商务局: "2021.8.31" }, "按粤商务电函〔2021〕101号");
  line(3, "常住人口", "万人", { 市统计局: 77.63 }, "第七次全国人口普查；户籍人口118.6万人不作基数");
  line(4, "行政村数", "个", { 市农业农村局: 455 }, "不含社区居委会");
  line(5, "省定贫困村数", "个", { 市乡村振兴局: "４１" }, "2016年认定，已全部出列");
  section("二、组织领导");
  line(6, "创建工作领导小组组长", "—", { 市政府办: "市委副书记、市长" }, "兴市府办函〔2020〕17号");
  line(7, "领导小组成员单位", "—", { 市政府办: "市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监督管理局、市交通运输局、市邮政业发展中心" });
  line(8, "示范县工作方案", "是/否", { 市商务局: "已印发（兴市府办函〔2020〕41号）" });
  line(9, "支持农村电商发展的政策", "是/否", { 市商务局: "已出台" }, "《兴宁市促进农村电子商务发展扶持办法》");
  section("三、服务体系和农产品上行");
  line(10, "县级电商公共服务中心投入运营时间", "—", { 市商务局: "2020年10月16日" });
  line(11, "有免费培训场所、培训设备，能组织电商基础培训", "有/无", { 市商务局: "有" });
  line(12, "为特色农产品提供免费展示、销售服务", "有/无", { 市商务局: "有" });
  line(13, "为电子商务市场主体提供免费摄影、美工服务", "有/无", { 市商务局: "有" });
  line(14, "组织农产品统一推广、指导特色农产品品牌建设", "有/无", { 市商务局: "有" });
  line(15, "为电子商务发展提供其他衍生增值服务", "有/无", { 市商务局: "无" }, "拟引入金融服务，尚未开展");
  line(16, "建设或整合、优化当地电商产业园", "是/否", { 市商务局: "是（整合为兴宁市电子商务产业园）" });
  line(17, "有专业第三方电子商务运营或服务商", "有/无", { 市商务局: "有" });
  line(18, "行政村物流快递覆盖率", "%", { 市邮政业发展中心: "100%" });
  line(19, "2019年农村网络零售额", "亿元", { 市统计局: 14.26, 市商务局: 15.1 }, "两单位数据不一致，协调会明确以市统计局数据为准");
  line(20, "2020年农村网络零售额", "亿元", { 市统计局: 18.95, 市商务局: 19.6 }, "同上，以市统计局数据为准");
  line(21, "2019年农产品网络零售额", "亿元", { 市农业农村局: 3.42 });
  line(22, "2020年农产品网络零售额", "亿元", { 市农业农村局: 4.07 });
  section("四、电商培训");
  line(23, "电商培训人次", "人次", { 市商务局: "7,952" }, "2019年11月以来累计");
  line(24, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", { 市乡村振兴局: 5186 }, "另有外出务工1322人不计");
  line(25, "参加电商培训的建档立卡贫困人口", "人", { 市商务局: 2704 }, "按身份证号去重");
  section("五、信息公开及报送");
  line(26, "政府网站专栏公示创建方案", "是/否", { 市政府办: "是" });
  line(27, "政府网站专栏公示项目基本信息", "是/否", { 市政府办: "是" });
  line(28, "政府网站专栏公示项目建设进度", "是/否", { 市政府办: "是" });
  line(29, "专栏设立征求意见或监督举报窗口", "是/否", { 市政府办: "否" }, "拟9月增设");
  line(30, "能统计电商扶贫情况", "能/否", { 市商务局: "能" });
  section("六、资金管理及其他");
  line(31, "省级专项资金下达总额", "万元", { 市财政局: 500 });
  line(32, "累计拨付资金", "万元", { 市财政局: "438.62" }, "截至2021年8月31日");
  line(33, "已制定资金管理制度", "是/否", { 市财政局: "已制定" });
  line(34, "已建立资金专用台账", "是/否", { 市商务局: "已建立" });
  line(35, "项目总体进度", "%", {}, "各单位均未认领，待定");
  line(36, "发生安全生产、质量事故或重大损失", "有/无", { 市商务局: "无" });
  line(37, "弄虚作假", "有/无", { 市商务局: "无" });
  section("七、主观评分项（由市商务局认领自评，单位：分）");
  line(38, "方案制定（1-2分）", "分", { 市商务局: 2 });
  line(39, "政策支持（1-2分）", "分", { 市商务局: "2分" });
  line(40, "项目管理制度（1-2分）", "分", { 市商务局: 2 });
  line(41, "工作台账（1-2分）", "分", { 市商务局: 2 });
  line(42, "网销调研并形成针对性建议（1-2分）", "分", { 市商务局: 1 }, "调研报告未上报梅州市商务局");
  line(43, "网络促销活动成效（1-2分）", "分", { 市商务局: 2 });
  line(44, "交易标准、冷链及溯源系统（1-2分）", "分", { 市商务局: 1 });
  line(45, "资金管理制度（1-5分）", "分", { 市商务局: 5 });
  line(46, "资金台账（1-5分）", "分", { 市商务局: "４" });
  line(47, "资金及时拨付（1-5分）", "分", { 市商务局: 4 });
  rows.push([]);
  rows.push(["认领人签字：市政府办 刘××　市统计局 曾××　市商务局 罗××　市财政局 陈××　市农业农村局 钟××　市乡村振兴局 李××　市邮政业发展中心 温××"]);
  merges.push(mg(rows.length, 0, NC - 1));

  const facts = {
    county: "兴宁市",
    asOf: "2021-08-31",
    residentPopulation: 776300,
    adminVillagesStated: 455,
    poorVillagesStated: 41,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-10-16",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: true,
    centerBrand: true,
    centerOther: false,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: true,
    ruralRetail2019: yi("14.26"),
    ruralRetail2020: yi("18.95"),
    agriRetail2019: yi("3.42"),
    agriRetail2020: yi("4.07"),
    trainingPersonTimesStated: 7952,
    eligiblePoorPersonsStated: 5186,
    trainedPoorPersonsStated: 2704,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: false,
    povertyStatisticsStated: true,
    fundAllocated: wan("500"),
    fundSpentStated: wan("438.62"),
    fundSystemIssued: true,
    fundLedgerKept: true,
    vetoIncident: false,
    vetoFraud: false,
  };
  const judged = {
    "org.plan": 2,
    "org.policy": 2,
    "org.management.system": 2,
    "org.management.ledger": 2,
    "work.upward.research": 1,
    "work.upward.promotion": 2,
    "work.upward.standards": 1,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
  };
  assert(facts.ruralRetail2019 === 1426000000 && facts.ruralRetail2020 === 1895000000, "f1 retail");
  assert(facts.fundSpentStated === 4386200, "f1 spent");
  checkFacts(facts, "f1");
  checkJudged(judged, "f1");
  writeCase("facts", "b87-f1-xingning.json", {
    description:
      "兴宁市（梅州）商务局在8月25日考评数据协调会后定稿的《考评数据认领表》：行是数据项，列是认领单位（市政府办｜市统计局｜市商务局｜市财政局｜市农业农村局｜市乡村振兴局｜市邮政业发展中心），每个数只填在认领单位那一列，其余格为“／”，值所在的列每行不同；2019、2020年农村网络零售额市统计局与市商务局各填了一个数（14.26/15.1、18.95/19.6亿元），备注写明以市统计局为准；单位列有万人、亿元、万元、%；省定贫困村数为全角“４１”；“项目总体进度”各列都是“／”（备注“待定”，不是填报值）；组长“市委副书记、市长”、成员单位四部门齐全；末段“主观评分项”也由市商务局列认领（2、“2分”、全角“４”）。",
    sheets: [sheet("数据认领表", rows, merges)],
    expect: { facts, judged, leadership: "principal-all" },
  });
})();

// =====================================================================
// f2 湛江市霞山区 — 常务副区长在迎检推进会上的讲话（根据录音整理）
// =====================================================================
(function f2() {
  const rows = [];
  const merges = [];
  const W = 4;
  function para(t) {
    rows.push([t]);
    merges.push(mg(rows.length, 0, W - 1));
  }
  rows.push(["霞山区电子商务进农村综合示范创建考评资料（领导讲话类）"]);
  merges.push(mg(1, 0, W - 1));
  rows.push(["归档号", "XS-DS-2021-017", "所属县区", "霞山区"]);
  rows.push(["讲话人", "区委常委、常务副区长 李××", "讲话时间", "2021年8月26日"]);
  rows.push(["整理", "区商务局电商股（根据录音整理，未经本人审阅）", "页数", 3]);
  rows.push([]);
  para("在全区电子商务进农村综合示范创建考评迎检工作推进会上的讲话");
  para("（2021年8月26日）");
  para("李××");
  para("同志们：");
  para(
    "今天召开这个推进会，主要是对照省里的考评指标，把我们的底数再过一遍，把迎检工作再压实一遍。刚才区商务局通报了自评情况，区财政局、区农业农村局、区乡村振兴局、区统计局分别作了发言，我都同意。下面，我再讲三点意见。",
  );
  para("一、认清形势，看到成绩");
  para(
    "我们霞山区是2019年省级电子商务进农村综合示范区。两年来，区长亲自担任创建工作领导小组组长，我担任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区统计局、区市场监管局和邮政霞山分公司都是成员单位，各司其职，形成了合力。区政府正式印发了创建工作方案，出台了《霞山区促进农村电子商务发展若干措施》，这些都是考评组要看的硬材料。",
  );
  para(
    "底数方面，我再强调一下，对外口径要统一。全区常住人口按第七次全国人口普查是48.72万人，这个数是培训覆盖率的基数；全区13个行政村，没有省定贫困村，不要把兄弟县的贫困村口径搬过来。",
  );
  para(
    "服务体系方面，区电商公共服务中心于2020年12月8日正式投入运营，到现在已经运行了八个多月。中心有免费的培训教室和设备，能组织电商基础培训；一楼展厅给我们的特色农产品免费展示、代销；给企业免费拍产品、做美工；组织了农产品统一推广和品牌指导，比如“霞山海鲜”区域公用品牌；金融对接、法律咨询这些衍生服务也都有。产业园方面，我们整合了原来的霞山电商孵化基地，优化成现在的霞山电商产业园。",
  );
  para(
    "农产品上行方面，区里引进了专业的第三方运营服务商，13个行政村都通了快递，行政村快递覆盖率100%。据区统计局提供的数据，2020年全区农村网络零售额4.18亿元〔整理者注：录音中讲话人说成“四点八一亿”，系口误，据区统计局8月24日提供的数据为4.18亿元〕，2019年是3.12亿元，同比增长34.0%。",
  );
  para(
    "人才培训方面，截至8月20日，全区累计开展电商培训5,126人次，已经超过常住人口1%的要求；有劳动能力的建档立卡贫困人口（不含外出务工）是214人，参加过培训的有126人，培训率58.9%。两年来项目建设没有发生安全生产、质量事故。",
  );
  para("二、正视差距，补齐短板");
  para(
    "差距也要看清楚。一是信息公开。区政府网站的专栏已经公示了创建方案、项目基本信息和建设进度，但是征求意见、监督举报的窗口到现在还没有设，这一项是要扣分的，区政务服务数据管理局要配合区商务局本周内设好。二是资金支出。省里下达我们的专项资金是500万元，截至8月20日区财政累计拨付381.6万元，支出率76.3%，刚过70%的线，剩下的要按合同节点抓紧拨付。",
  );
  para(
    "三是主观评分。区商务局初步自评，主观评分项里：方案制定、政策支持都按2分；项目管理制度2分，工作台账只能给1分，有几本台账是后补的；网销调研2分，网络促销活动2分，交易标准和冷链溯源1分；资金管理制度5分，资金台账4分，资金及时拨付4分。我看这个自评是实事求是的，不要往高了报。",
  );
  para("三、压实责任，从严从实迎检");
  para(
    "下一步，各单位要做到“三个确保”：确保考评前培训人次再增加500人次以上，确保专栏每月至少更新一次，确保9月10日前资金支出率达到85%。区商务局牵头，每两天向我报一次进度。",
  );
  para("同志们，离考评只有几天时间了，希望大家以只争朝夕的精神，把各项工作做实做细，确保我区顺利通过省级考评。");
  para("（根据录音整理）");

  const facts = {
    county: "霞山区",
    residentPopulation: 487200,
    adminVillagesStated: 13,
    poorVillagesStated: 0,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-12-08",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: true,
    centerBrand: true,
    centerOther: true,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: true,
    ruralRetail2019: yi("3.12"),
    ruralRetail2020: yi("4.18"),
    ruralRetailGrowthStated: 0.34,
    trainingPersonTimesStated: 5126,
    eligiblePoorPersonsStated: 214,
    trainedPoorPersonsStated: 126,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: false,
    fundAllocated: wan("500"),
    fundSpentStated: wan("381.6"),
    vetoIncident: false,
  };
  const judged = {
    "org.plan": 2,
    "org.policy": 2,
    "org.management.system": 2,
    "org.management.ledger": 1,
    "work.upward.research": 2,
    "work.upward.promotion": 2,
    "work.upward.standards": 1,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
  };
  // the stated growth agrees with the stated amounts (4.18/3.12 = 1.3397…)
  assert(Math.abs(418 / 312 - 1 - 0.34) < 0.0005, "f2 growth consistent");
  assert(Math.abs(126 / 214 - 0.589) < 0.0005, "f2 rate consistent");
  assert(Math.abs(3816000 / 5000000 - 0.763) < 0.0005, "f2 spend rate consistent");
  assert(facts.ruralRetail2020 === 418000000 && facts.fundSpentStated === 3816000, "f2 numbers");
  checkFacts(facts, "f2");
  checkJudged(judged, "f2");
  writeCase("facts", "b87-f2-xiashan.json", {
    description:
      "霞山区（湛江）商务局电商股归档的领导讲话稿《在全区电子商务进农村综合示范创建考评迎检工作推进会上的讲话》（根据录音整理，未经本人审阅）：顶部是归档信息（所属县区｜霞山区、讲话人、时间），正文一段一格（A:D合并），数都在讲话句子里。要点：讲话人是常务副区长，但讲的是“区长亲自担任领导小组组长，我担任常务副组长”，四部门都是成员单位（主要领导牵头）；“没有省定贫困村”即0个；2020年农村网络零售额有〔整理者注〕更正口误（说成“四点八一亿”，应为4.18亿元）；征求意见/监督举报窗口“到现在还没有设”，要求“本周内设好”仍是否；第三部分“三个确保”（再增加500人次、每月更新、9月10日前支出率85%）是目标不是事实；只说没有安全生产、质量事故，没有说弄虚作假；主观项自评分都在一段话里。",
    sheets: [sheet("讲话稿", rows, merges)],
    expect: { facts, judged, leadership: "principal-all" },
  });
})();

// =====================================================================
// f3 肇庆市鼎湖区 — 考评数据核对座谈会记录（发言人一行一段）
// =====================================================================
(function f3() {
  const rows = [];
  const merges = [];
  rows.push(["肇庆市鼎湖区电子商务进农村综合示范创建考评数据核对座谈会记录"]);
  merges.push(mg(1, 0, 4));
  rows.push(["时间：2021年8月27日上午9:30", null, null, "地点：区政府四楼第二会议室"]);
  merges.push(mg(2, 0, 2), mg(2, 3, 4));
  rows.push(["主持：区委常委、副区长 黄××", null, null, "记录：区商务局 谭××"]);
  merges.push(mg(3, 0, 2), mg(3, 3, 4));
  rows.push(["参加：区商务局、区财政局、区统计局、区农业农村局、区乡村振兴局、区政务服务数据管理局、区电商公共服务中心（运营方：肇庆市鼎盛电商运营有限公司）"]);
  merges.push(mg(4, 0, 4));
  rows.push(["序号", "发言人", "单位及职务", "发言要点", "记录人备注"]);
  const say = (n, who, post, text, note) => rows.push([n, who, post, text, note || null]);
  say(1, "黄××", "区委常委、副区长（主持）", "今天请各单位把考评用的数一个一个对清楚，对外只用一个口径。区长是创建工作领导小组组长，今天在外招商，委托我主持。");
  say(
    2,
    "梁××",
    "区商务局局长",
    "先核对基本情况：县（区）名称鼎湖区，考评截止日期按省厅通知为2021年8月31日。《鼎湖区电子商务进农村综合示范工作实施方案》已由区政府办正式印发，《鼎湖区扶持农村电子商务发展的若干措施》已出台。领导小组成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区统计局、区市场监管局等12个单位。",
  );
  say(3, "苏××", "区统计局副局长", "常住人口按七普为173,216人（户籍人口16.2万人，不要混用）。2020年农村网络零售额5.26亿元，2019年4.38亿元，增长20.1%。");
  say(4, "冯××", "区农业农村局副局长", "全区行政村（村委会）66个，另有社区居委会17个。农产品网络零售额2020年1.96亿元，比2019年的1.47亿元增长33.3%。");
  say(5, "陈××", "区乡村振兴局局长", "省定贫困村4个（2016年认定，已全部出列）。有劳动能力的建档立卡贫困人口（不含外出务工）612人，这个数已经过我局确认。");
  say(
    6,
    "何××",
    "区电商公共服务中心经理（鼎盛公司）",
    "中心2020年9月28日开业运营。免费培训室、培训设备都有，能组织基础培训；农产品展示厅免费展示、代销；摄影、美工对企业免费；统一推广、品牌指导都在做；代开网店、金融对接等其他衍生服务也有。第三方运营就是我们公司。两年累计培训4,618人次，其中贫困人口参训335人。",
  );
  say(
    7,
    "谭××",
    "区商务局电商股股长",
    "补充更正：刚才中心讲的贫困人口参训335是人次，按身份证号去重是287人，考评用287人。另外，据区邮政管理部门的材料，66个行政村快递全覆盖。",
    "贫困人口参训人数以287人为准",
  );
  say(8, "吴××", "区政务服务数据管理局副局长", "区政府网站“电子商务进农村”专栏已公示创建方案、项目基本信息、项目建设进度，设有监督举报电话和在线留言窗口。");
  say(
    9,
    "邓××",
    "区财政局副局长",
    "省级专项资金下达500万元，截至8月26日已拨付412.35万元；区级另安排配套资金100万元，不在考评范围。资金管理办法已制定，资金专用台账已建立。",
  );
  say(
    10,
    "梁××",
    "区商务局局长",
    "产业园方面，整合原鼎湖区创业园，优化建成鼎湖电商产业园。能统计电商扶贫情况，月报里有专门一栏。项目总体进度92%，两年来没有发生安全生产、质量事故。主观项我局初步自评：方案制定2、政策支持2、项目管理制度2、工作台账2、网销调研2、促销活动2、交易标准冷链溯源1、资金管理制度5、资金台账5、及时拨付4。",
  );
  say(
    11,
    "黄××",
    "区委常委、副区长（主持）",
    "同意商务局意见。补充一点：资金台账有三笔凭证还没有归档，给4分更稳妥，其余不变。会后各单位9月1日前把佐证材料交区商务局。",
    "会议议定：资金台账自评按4分，其余按区商务局意见",
  );
  rows.push([]);
  rows.push(["记录人：谭××　　　　审核：梁××　　　　（本记录已发各与会单位核对）"]);
  merges.push(mg(rows.length, 0, 4));

  const facts = {
    county: "鼎湖区",
    asOf: "2021-08-31",
    residentPopulation: 173216,
    adminVillagesStated: 66,
    poorVillagesStated: 4,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-09-28",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: true,
    centerBrand: true,
    centerOther: true,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: true,
    ruralRetail2019: yi("4.38"),
    ruralRetail2020: yi("5.26"),
    ruralRetailGrowthStated: 0.201,
    agriRetail2019: yi("1.47"),
    agriRetail2020: yi("1.96"),
    agriRetailGrowthStated: 0.333,
    trainingPersonTimesStated: 4618,
    eligiblePoorPersonsStated: 612,
    trainedPoorPersonsStated: 287,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: true,
    povertyStatisticsStated: true,
    fundAllocated: wan("500"),
    fundSpentStated: wan("412.35"),
    fundSystemIssued: true,
    fundLedgerKept: true,
    overallProgress: 0.92,
    vetoIncident: false,
  };
  const judged = {
    "org.plan": 2,
    "org.policy": 2,
    "org.management.system": 2,
    "org.management.ledger": 2,
    "work.upward.research": 2,
    "work.upward.promotion": 2,
    "work.upward.standards": 1,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
  };
  assert(Math.abs(526 / 438 - 1 - 0.201) < 0.0005 && Math.abs(196 / 147 - 1 - 0.333) < 0.0005, "f3 growths");
  assert(facts.fundSpentStated === 4123500, "f3 spent");
  checkFacts(facts, "f3");
  checkJudged(judged, "f3");
  writeCase("facts", "b87-f3-dinghu.json", {
    description:
      "鼎湖区（肇庆）的《考评数据核对座谈会记录》：会议记录表头（时间、地点、主持、记录、参加单位），正文“序号|发言人|单位及职务|发言要点|记录人备注”，各单位发言里报数。要点：主持人是副区长，但说明“区长是创建工作领导小组组长”，商务局发言列出成员单位含四部门（主要领导牵头）；常住人口写作173,216人（户籍16.2万不用）；电商中心报“贫困人口参训335人”，下一位发言人更正为人次、去重后287人“考评用287人”（备注栏也写明）；财政局另提区级配套100万元（不是下达的省级资金）；商务局自评资金台账5分，主持人最后议定改为4分（备注“会议议定”）；没有提弄虚作假。",
    sheets: [sheet("座谈会记录", rows, merges)],
    expect: { facts, judged, leadership: "principal-all" },
  });
})();

// =====================================================================
// l1 广州市增城区 — 培训教学日历（计划/实际）+ 典型案例征集报送情况
// =====================================================================
(function l1() {
  // ---- ① 教学日历 ----
  const NC = 10;
  const rows = [];
  const merges = [];
  const records = [];
  rows.push(["增城区农村电子商务培训教学日历（2020年秋季—2021年暑期）"]);
  merges.push(mg(1, 0, NC - 1));
  rows.push(["承办：增城区电子商务公共服务中心　　　　培训地点：荔城街电商中心二楼培训室（另注明的除外）"]);
  merges.push(mg(2, 0, NC - 1));
  rows.push(["周次", "计划日期", "实际日期", "星期", "课程名称", "授课教师", "学时", "计划人数", "实到人数", "备注"]);
  let grand = 0;
  // s: [周次, 计划(text), 实际(text or "同左"), 星期, 课程, 教师, 学时, 计划人数, 实到 (number|string|null), 备注, isoActual|null, n]
  function block(title, year, items) {
    rows.push([title]);
    merges.push(mg(rows.length, 0, NC - 1));
    let sub = 0;
    for (const it of items) {
      const [wk, plan, actual, wd, course, teacher, hours, planned, shown, note, iso, n] = it;
      rows.push([wk, plan, actual, wd, course, teacher, hours, planned, shown, note]);
      if (iso) {
        records.push({ date: iso, personTimes: n });
        sub += n;
      }
    }
    rows.push(["小计", null, null, null, null, null, null, null, sub, null]);
    merges.push(mg(rows.length, 0, 7));
    grand += sub;
    return sub;
  }
  block("2020年秋季学期（9月—12月）", 2020, [
    ["第2周", "9月8日", "同左", "二", "农村电商基础与开店流程", "钟××", 3, 120, 126, null, "2020-09-08", 126],
    ["第4周", "9月22日", "同左", "二", "荔枝、丝苗米产品拍摄与美工", "何××", 3, 100, 97, null, "2020-09-22", 97],
    ["第6周", "10月13日", "10月20日", "二", "短视频拍摄与剪辑", "赖××", 4, 100, 112, "原定10月13日，因台风“浪卡”顺延一周", "2020-10-20", 112],
    ["第8周", "10月27日", "同左", "二", "直播带货实操（一）", "陈××", 4, 80, "85人", "地点：正果镇文化站", "2020-10-27", 85],
    ["第10周", "11月10日", "—", "二", "社群营销与私域流量", "黄××", 3, 100, "—", "取消（讲师临时出差，课程并入第12周）", null, 0],
    ["第12周", "11月24日", "同左", "二", "社群营销与私域流量；网店客服", "黄××", 6, 150, 168, null, "2020-11-24", 168],
    ["第14周", "12月8日", "同左", "二", "农产品品牌与包装设计", "郭××", 3, 100, "１０４", null, "2020-12-08", 104],
    ["第17周", "12月29日", "2021年1月5日", "二", "年货节网络促销策划", "陈××", 3, 120, 131, "因元旦前会议冲突推迟", "2021-01-05", 131],
  ]);
  block("2021年春季学期（3月—7月）", 2021, [
    ["第1周", "3月2日", "同左", "二", "农村电商政策解读", "区商务局 罗××", 2, 150, 143, "地点：区政府一号会议室", "2021-03-02", 143],
    ["第3周", "3月16日", "同左", "二", "跨境电商入门", "邓××", 3, 80, 76, null, "2021-03-16", 76],
    ["第5周", "3月30日", "同左", "二", "直播带货实操（二）", "陈××", 4, 100, 118, null, "2021-03-30", 118],
    ["第8周", "4月20日", "同左", "二", "电商物流与冷链", "谢××", 3, 100, 95, null, "2021-04-20", 95],
    ["第11周", "5月11日", "5月12日", "三", "迟菜心、荔枝预售活动策划", "何××", 3, 120, 127, "改为周三", "2021-05-12", 127],
    ["第14周", "6月1日", "同左", "二", "电商数据分析", "赖××", 3, 100, 89, null, "2021-06-01", 89],
    ["第16周", "6月15日", "—", "二", "农产品溯源与标准化", "谢××", 3, 100, "—", "取消（疫情防控要求暂停聚集性活动）", null, 0],
    ["第19周", "7月6日", "同左", "二", "网店美工进阶", "何××", 3, 80, 84, null, "2021-07-06", 84],
  ]);
  block("2021年暑期（8月—9月）", 2021, [
    ["第1周", "8月3日", "同左", "二", "直播带货实操（三）", "陈××", 4, 120, 137, "地点：派潭镇党群服务中心", "2021-08-03", 137],
    ["第3周", "8月17日", "同左", "二", "乡村振兴与农村电商", "钟××", 3, 150, 152, null, "2021-08-17", 152],
    ["第5周", "8月31日", "9月7日", "二", "电商创业项目路演", "邓××", 3, 100, 108, "原定8月31日，因场地冲突推迟", "2021-09-07", 108],
  ]);
  rows.push(["总计", null, null, null, null, null, null, null, grand, null]);
  merges.push(mg(rows.length, 0, 7));
  rows.push(["注：1.实到人数以签到表为准（人次）；2.“同左”指实际上课日期与计划日期相同；3.“—”为未开课。"]);
  merges.push(mg(rows.length, 0, NC - 1));
  assert(records.length === 17, "l1 training records " + records.length);
  assert(grand === records.reduce((a, r) => a + r.personTimes, 0), "l1 grand total");
  // training rows that are after the cut-off are still records
  assert(records.filter((r) => r.date > "2021-08-31").length === 1, "l1 one record after cut-off");

  // ---- ② 典型案例征集报送情况 ----
  const r2 = [];
  const m2 = [];
  const mats = [];
  r2.push(["增城区电子商务进农村典型案例（经验材料）征集报送情况"]);
  m2.push(mg(1, 0, 7));
  r2.push(["序号", "征集通知（文号）", "通知日期", "要求报送时间", "我区报送日期", "报送材料名称", "报送方式", "备注"]);
  function ask(n, notice, nd, due, sent, title, how, note, iso) {
    r2.push([n, notice, nd, due, sent, title, how, note || null]);
    if (iso) mats.push({ date: iso });
  }
  ask(1, "穗商务函〔2020〕215号", "2020.10.9", "10月20日前", "2020.10.19", "增城区“电商+荔枝”助农增收经验做法", "电子邮件", null, "2020-10-19");
  ask(2, "穗商务函〔2020〕288号", "2020.12.2", "12月15日前", "—", "—", "—", "未报送（我区无符合条件的案例）", null);
  ask(3, "市商务局电商处电话通知", "2021.3.1", "3月10日前", "2021年3月9日", "增城区村级站点“一站多能”运营案例", "粤政易", null, "2021-03-09");
  ask(
    4,
    "穗商务函〔2021〕96号",
    D("2021-05-06"),
    "5月20日前",
    D("2021-05-24"),
    "增城区电商助力对口帮扶地区农产品销售典型案例",
    "粤政易",
    "逾期4天报送，市局已接收",
    "2021-05-24",
  );
  ask(5, "穗商务函〔2021〕157号", "2021.8.16", "9月3日前", "2021.9.2", "增城区电子商务进农村综合示范工作总结", "公文交换", null, "2021-09-02");
  r2.push([]);
  r2.push(["填表：区商务局电商科 朱××　　2021年9月6日"]);
  m2.push(mg(r2.length, 0, 7));

  // ---- 封面 ----
  const cover = [
    ["增城区电子商务进农村综合示范创建考评台账"],
    ["第四册　培训与宣传推广"],
    ["本册目录：1.培训教学日历　2.典型案例征集报送情况"],
    ["广州市增城区商务局　2021年9月"],
  ];
  writeCase("ledgers", "b87-l1-zengcheng.json", {
    description:
      "增城区（广州）商务局台账第四册（封面+两张表）：①区电商中心的《培训教学日历》当培训台账——按学期分三块（块标题“2020年秋季学期（9月—12月）”给年份，日期只写“9月8日”），周次|计划日期|实际日期|星期|课程|教师|学时|计划人数|实到人数|备注；实际日期多写“同左”（同计划日期），改期的写新日期（10月13日→10月20日、12月29日的课推到“2021年1月5日”跨年、8月31日的课推到9月7日即截止日后），两期取消（实到“—”）不是培训；人次取“实到人数”（有“85人”、全角“１０４”），不是学时或计划人数；每块小计和总计行不是记录。②《典型案例（经验材料）征集报送情况》：一行一次市局征集，记录是“我区报送日期”（不是通知日期/要求报送时间），第2次未报送不是记录，一次逾期报送仍是报送，9月2日一次在截止日后照列。",
    sheets: [sheet("封面", cover), sheet("培训教学日历", rows, merges), sheet("典型案例报送", r2, m2)],
    expect: {
      sheets: {
        封面: { kind: null },
        培训教学日历: { kind: "training", records },
        典型案例报送: { kind: "materials", records: mats },
      },
    },
  });
})();

// =====================================================================
// l2 湛江市坡头区 — 站点二维码牌解码清单 + 产业园消防安全责任书签订登记
// =====================================================================
(function l2() {
  // ---- ① 二维码牌解码清单（站点） ----
  const rows = [];
  const merges = [];
  const st = [];
  rows.push(["坡头区村级电子商务服务站点二维码标识牌制作清单（扫码核对）"]);
  merges.push(mg(1, 0, 5));
  rows.push(["承制单位：湛江市坡头区金印广告有限公司　　核对人：区商务局 吴××　　核对日期：2021年9月14日"]);
  merges.push(mg(2, 0, 5));
  rows.push(["序号", "牌号", "二维码内容（手机扫码解码后原样粘贴）", "制作数量（块）", "安装情况", "备注"]);
  // [牌号, qr text, qty, installed, note, village|null (null = same station as earlier row), opened]
  const items = [
    ["PT-001", "站点名称:坡头区乾塘镇沙城村电商服务站;所在村:沙城村委会;镇街:乾塘镇;负责人:林××;挂牌日期:2020-11-06", 1, "已安装", null, "沙城村委会", "2020-11-06"],
    ["PT-002", "站点名称:乾塘镇南三村电商服务站;所在村:南三村委会;镇街:乾塘镇;负责人:陈××;挂牌日期:2020-11-06", 1, "已安装", null, "南三村委会", "2020-11-06"],
    ["PT-003", "站点名称:乾塘镇南坡村电商服务站;所在村:南坡村民委员会;镇街:乾塘镇;负责人:梁××;挂牌日期:2020/12/1", 1, "已安装", null, "南坡村民委员会", "2020-12-01"],
    [
      "PT-004",
      "站点名称：龙头镇龙头村电商服务站；所在村：龙头村；镇街：龙头镇；负责人：庞××；挂牌日期：2020年12月18日",
      1,
      "已安装",
      "第二批起改用全角标点",
      "龙头村",
      "2020-12-18",
    ],
    ["PT-005", "站点名称：龙头镇麻俸村电商服务站；所在村：麻俸村；镇街：龙头镇；负责人：黄××；挂牌日期：2021年1月8日", 1, "已安装", null, "麻俸村", "2021-01-08"],
    ["PT-006", "站点名称：龙头镇山咀村电商服务站；所在村：山咀村委会；镇街：龙头镇；负责人：李××；挂牌日期：2021年1月8日", 1, "已安装", null, "山咀村委会", "2021-01-08"],
    [
      "PT-007",
      "站点名称：官渡镇官渡村电商服务站；所在村：官渡村委会；镇街：官渡镇；负责人：全××；挂牌日期：2021年3月18日",
      1,
      "已安装",
      null,
      "官渡村委会",
      "2021-03-18",
    ],
    ["PT-008", "站点名称：官渡镇塘口村电商服务站；所在村：塘口村；镇街：官渡镇；负责人：杨××；挂牌日期：2021年3月18日", 1, "已安装", null, "塘口村", "2021-03-18"],
    ["PT-009", "站点名称：坡头镇上圩村电商服务站；所在村：上圩村委会；镇街：坡头镇；负责人：钟××；挂牌日期：20210412", 1, "已安装", null, "上圩村委会", "2021-04-12"],
    ["PT-010", "站点名称：坡头镇博立村电商服务站；所在村：博立村委会；镇街：坡头镇；负责人：郑××；挂牌日期：20210412", 1, "已安装", null, "博立村委会", "2021-04-12"],
    [
      "PT-011",
      "站点名称：南调街道麻斜社区电商服务站；所在村：麻斜社区居委会；镇街：南调街道；负责人：苏××；挂牌日期：2021年5月20日",
      1,
      "已安装",
      "社区站点",
      "麻斜社区居委会",
      "2021-05-20",
    ],
    [
      "PT-005（补）",
      "站点名称：龙头镇麻俸村电商服务站；所在村：麻俸村；镇街：龙头镇；负责人：黄××；挂牌日期：2021年1月8日",
      1,
      "已安装",
      "PT-005牌面被台风损坏补制，与PT-005为同一站点",
      null,
      null,
    ],
    [
      "PT-012",
      "站点名称：乾塘镇沙城村第二服务点（圩镇）；所在村：沙城村委会；镇街：乾塘镇；负责人：吴××；挂牌日期：2021年6月30日",
      1,
      "已安装",
      "沙城村第二个站点",
      "沙城村委会",
      "2021-06-30",
    ],
    ["PT-013", "站点名称：坡头镇旺基田村电商服务站；所在村：旺基田村；镇街：坡头镇；负责人：邓××；挂牌日期：2021年8月27日", 1, "已安装", null, "旺基田村", "2021-08-27"],
    [
      "PT-014",
      "站点名称：官渡镇调神村电商服务站；所在村：调神村委会；镇街：官渡镇；负责人：陈××；挂牌日期：2021年9月10日",
      1,
      "已安装",
      "9月新建",
      "调神村委会",
      "2021-09-10",
    ],
  ];
  let qty = 0;
  items.forEach((it, i) => {
    rows.push([i + 1, it[0], it[1], it[2], it[3], it[4]]);
    qty += it[2];
    if (it[5]) st.push({ village: it[5], opened: it[6] });
  });
  rows.push(["合计", null, null, qty, null, null]);
  merges.push(mg(rows.length, 0, 2));
  rows.push(["注：二维码内容由区商务局统一生成，扫码可查看站点名称、所在村、负责人及挂牌日期。"]);
  merges.push(mg(rows.length, 0, 5));
  assert(st.length === 14, "l2 station records " + st.length);
  assert(qty === 15, "l2 qty");
  // every QR text contains the village and the date of its record
  items.forEach((it) => {
    if (it[5]) assert(it[1].includes(it[5]), "l2 village in qr " + it[0]);
  });

  // ---- ② 消防安全责任书签订登记（入驻企业） ----
  const r2 = [];
  const m2 = [];
  const ent = [];
  r2.push(["坡头区电子商务产业园入驻单位消防安全责任书签订登记表"]);
  m2.push(mg(1, 0, 9));
  r2.push(["园区运营单位：湛江市坡头区粤西电商产业园运营管理有限公司（盖章）"]);
  m2.push(mg(2, 0, 9));
  r2.push(["序号", "入驻单位名称", "统一社会信用代码", "经营业态", "入驻日期", "责任书签订日期", "消防安全责任人", "联系电话", "退出日期", "备注"]);
  // [name, code, type, enteredShown, enteredIso, signed, person, leftShown, leftIso, note]
  const es = [
    ["湛江市坡头区南三岛海产电子商务有限公司", "91440804MA55K1A21X", "农产品网店", "2020.7.1", "2020-07-01", "2020.7.1", "陈××", null, null, null],
    ["湛江市坡头区乾塘沙虫供应链有限公司", "91440804MA55K2B35P", "供应链平台", "2020.7.1", "2020-07-01", "2020.7.3", "林××", null, null, null],
    ["湛江市鲜到家物流有限公司坡头分公司", "91440804MA55K3C48R", "快递分拨", D("2020-07-15"), "2020-07-15", D("2020-07-15"), "梁××", null, null, null],
    ["湛江市坡头区云播文化传媒有限公司", "91440804MA55K4D52T", "直播电商", "2020年8月", "2020-08", "2020.8.20", "黄××", null, null, "入驻日期只记到月"],
    ["湛江市坡头区好客来网络科技有限公司", "91440804MA55K5E67Y", "电商代运营", "20200903", "2020-09-03", "20200903", "庞××", null, null, null],
    ["坡头区官渡镇农民专业合作社联合社", "93440804MA55K6F71C", "农产品网店", "2020.9.15", "2020-09-15", "2020.10.8", "全××", null, null, "责任书补签"],
    ["湛江市坡头区优品汇商贸有限公司", "91440804MA55K7G86D", "网络零售", "2020.10.12", "2020-10-12", "2020.10.12", "杨××", "2021.3.31", "2021-03-31", "合同到期退出"],
    ["湛江市坡头区渔家乐食品有限公司", "91440804MA55K8H90E", "农产品网店", "2020.11.2", "2020-11-02", "2020.11.2", "钟××", null, null, null],
    ["湛江市坡头区小龙虾网络科技有限公司", "91440804MA55K9J04F", "直播电商", D("2020-12-01"), "2020-12-01", D("2020-12-01"), "郑××", null, null, null],
    ["湛江市坡头区乡味优选电子商务有限公司", "91440804MA55KAK18G", "社区团购平台", "2021.1.11", "2021-01-11", "2021.1.11", "苏××", null, null, null],
    ["湛江市坡头区万家冷链仓储有限公司", "91440804MA55KBL23H", "冷链仓储", "2021.3.8", "2021-03-08", "2021.3.5", "邓××", null, null, "入驻前先签责任书"],
    ["湛江市坡头区青创电商孵化服务有限公司", "91440804MA55KCM37J", "电商服务商", "2021年4月6日", "2021-04-06", "2021年4月6日", "吴××", null, null, null],
    [
      "湛江市坡头区红树林研学电子商务有限公司",
      "91440804MA55KDN41K",
      "农产品网店",
      "2021.5.17",
      "2021-05-17",
      "2021.5.17",
      "李××",
      "2021.8.31",
      "2021-08-31",
      "经营调整退出",
    ],
    ["湛江市坡头区海之味直播科技有限公司", "91440804MA55KEP56L", "直播电商", "2021.7.19", "2021-07-19", "2021.7.19", "何××", null, null, null],
    [
      "湛江市坡头区湾区鲜生电子商务有限公司",
      "91440804MA55KFQ60M",
      "网络零售",
      "2021.9.1",
      "2021-09-01",
      "2021.8.30",
      "麦××",
      null,
      null,
      "8月30日签约签责任书，9月1日入驻",
    ],
  ];
  es.forEach((e, i) => {
    r2.push([i + 1, e[0], e[1], e[2], e[3], e[5], e[6], "0759-33" + String(10000 + i * 137).slice(-5), e[7], e[9]]);
    ent.push({ name: e[0], entered: e[4], left: e[8] });
  });
  r2.push([]);
  r2.push(["注：新入驻单位须在入驻当日（或之前）与园区运营单位签订消防安全责任书；退出单位的责任书自退出之日起失效。"]);
  m2.push(mg(r2.length, 0, 9));
  assert(ent.length === 15, "l2 enterprises");
  const codes = new Set(es.map((e) => e[1]));
  assert(codes.size === es.length, "l2 distinct codes");

  const notes = [
    ["说明"],
    ["1.本区未单独建立站点台账，站点情况以二维码标识牌制作清单（扫码核对）为准。"],
    ["2.产业园入驻企业情况以园区消防安全责任书签订登记表为准，入驻时间以“入驻日期”栏为准。"],
    ["区商务局电商股　2021年9月15日"],
  ];
  writeCase("ledgers", "b87-l2-potou.json", {
    description:
      "坡头区（湛江）商务局电商股交的两张“代用台账”加说明页：①《村级电子商务服务站点二维码标识牌制作清单（扫码核对）》当站点台账——序号|牌号|二维码内容|制作数量|安装情况|备注，站点的村和挂牌日期只在“二维码内容”一格的“键:值;键:值”串里（第一批半角冒号分号、第二批全角“：”“；”，日期有2020-11-06、2020/12/1、2021年1月8日、20210412）；PT-005（补）是同一站点补制的牌（备注写明），不是新站点；沙城村有两个站点；一个社区站点；PT-014挂牌日期9月10日（截止日后）照列；合计行是牌的块数。②产业园运营方的《入驻单位消防安全责任书签订登记表》当入驻企业清单——入驻日期与责任书签订日期两列（有先签后入驻、补签），入驻日期取“入驻日期”栏；退出日期一列（一家2021.3.31退出，一家2021.8.31退出即截止日当天）；一家9月1日入驻（8月30日签责任书）。",
    sheets: [sheet("说明", notes), sheet("站点二维码牌清单", rows, merges), sheet("消防责任书登记", r2, m2)],
    expect: {
      sheets: {
        说明: { kind: null },
        站点二维码牌清单: { kind: "stations", records: st },
        消防责任书登记: { kind: "enterprises", records: ent },
      },
    },
  });
})();

// =====================================================================
// c1 韶关市曲江区 — 整本工作簿：迎检倒计时调度表 + 台账
// =====================================================================
(function c1() {
  const ASOF = "2021-08-31";
  const sheets = [];
  const checks = {}; // measures re-derived from generated ledger rows

  // ---------------- 调度表（facts / judged / claimed） ----------------
  {
    const NC = 9;
    const rows = [];
    const merges = [];
    const sec = (t) => {
      rows.push([t]);
      merges.push(mg(rows.length, 0, NC - 1));
    };
    // [label, unit, dept, d0823, d0826, d0830, final, note]
    const it = (n, label, unit, dept, a, b, c, fin, note) => rows.push([n, label, unit, dept, a, b, c, fin, note || null]);
    rows.push(["曲江区电子商务进农村综合示范创建考评迎检倒计时调度表"]);
    merges.push(mg(1, 0, NC - 1));
    rows.push(["说明：每次调度会后更新一栏；“定稿”栏为9月1日局务会确认后对外使用的口径，一律以定稿栏为准，前三栏仅留作过程记录。"]);
    merges.push(mg(2, 0, NC - 1));
    rows.push(["序号", "事项", "单位", "责任单位", "8月23日（D-9）", "8月26日（D-6）", "8月30日（D-2）", "定稿（9月1日）", "备注"]);
    sec("一、基本情况");
    it(1, "县（市、区）", "—", "区商务局", "曲江区", null, null, "曲江区");
    it(2, "考评截止日期", "—", "区商务局", "2021年8月31日", null, null, "2021年8月31日");
    it(3, "常住人口", "万人", "区统计局", "待区统计局回复", "30.1（初步）", 30.12, "同8月30日", "第七次全国人口普查");
    it(4, "行政村数", "个", "区民政局", 40, 40, 40, 40, "另有社区居委会5个");
    it(5, "省定贫困村数", "个", "区乡村振兴局", 5, 5, 5, 5);
    sec("二、组织领导");
    it(
      6,
      "创建工作领导小组组长",
      "—",
      "区政府办",
      "常务副区长",
      "区委副书记、区长",
      "区委副书记、区长",
      "区委副书记、区长",
      "8月24日区政府办发文调整组长（曲府办函〔2021〕66号）",
    );
    it(7, "领导小组成员单位", "—", "区政府办", null, null, null, "区商务局、区财政局、区农业农村局、区乡村振兴局、区统计局、区交通运输局、区邮政管理局");
    it(8, "示范县创建工作方案", "—", "区商务局", "已印发", "已印发", "已印发", "已印发", "曲府办〔2020〕23号");
    it(9, "支持农村电商发展的政策", "—", "区商务局", "起草中", "征求意见", "区政府常务会议已审议", "未印发", "预计9月中旬印发");
    sec("三、服务体系建设");
    it(10, "县级电商公共服务中心投入运营日期", "—", "区商务局", "2021年3月", "2021年3月5日", "2021年3月5日", "2021.3.5", "8月23日口径只到月");
    it(11, "有免费培训场所、培训设备，能组织电商基础培训", "有/无", "区电商中心", "有", "有", "有", "有");
    it(12, "为特色农产品提供免费展示、销售服务", "有/无", "区电商中心", "有", "有", "有", "有");
    it(13, "为电子商务市场主体提供免费摄影、美工服务", "有/无", "区电商中心", "有", "有", "核实为收费", "无", "按成本价收费，不能算免费");
    it(14, "组织农产品统一推广、指导特色农产品品牌建设", "有/无", "区电商中心", "有", "有", "有", "有");
    it(15, "为电子商务发展提供其他衍生增值服务", "有/无", "区电商中心", "有", "有", "有", "有");
    it(16, "建设或整合、优化当地电商产业园", "是/否", "区商务局", "是", "是", "是", "是", "马坝电商产业园");
    sec("四、农村产品上行");
    it(17, "有专业第三方电子商务运营或服务商", "有/无", "区商务局", "有", "有", "有", "有");
    it(18, "行政村物流快递覆盖率", "%", "区邮政管理局", 100, 100, 100, 100);
    it(19, "2019年农村网络零售额", "亿元", "区统计局", 6.85, 6.85, 6.85, 6.85);
    it(20, "2020年农村网络零售额", "亿元", "区统计局", 8.12, 8.12, 8.12, 8.12);
    it(21, "2019年农产品网络零售额", "亿元", "区农业农村局", 1.26, 1.26, 1.26, 1.26);
    it(22, "2020年农产品网络零售额", "亿元", "区农业农村局", 1.58, 1.58, "1.71（更正）", 1.71, "8月30日区统计局更正");
    sec("五、电商人才培训");
    it(23, "电商培训人次", "人次", "区电商中心", "2,480", "2,530", "2,568", "2,568", "截至8月31日");
    it(24, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "区乡村振兴局", 21, 21, 21, 21);
    it(25, "参加电商培训的建档立卡贫困人口", "人", "区电商中心", 10, 10, 10, 10);
    sec("六、信息公开及报送");
    it(
      26,
      "政府网站专栏公示内容",
      "—",
      "区政府办",
      "创建方案、项目基本信息",
      "创建方案、项目基本信息、项目建设进度",
      "创建方案、项目基本信息、项目建设进度、监督举报窗口",
      "创建方案、项目基本信息、项目建设进度、监督举报窗口",
      "8月27日增设监督举报窗口",
    );
    it(27, "能统计电商扶贫情况", "能/否", "区商务局", "能", "能", "能", "能");
    sec("七、资金管理及其他");
    it(28, "省级专项资金下达总额", "万元", "区财政局", 500, 500, 500, 500);
    it(29, "累计拨付资金", "万元", "区财政局", 318.6, 363, 363, 403, "定稿含9月6日拨付的40万元");
    it(30, "已制定资金管理制度", "是/否", "区财政局", "是", "是", "是", "是");
    it(31, "已建立资金专用台账", "是/否", "区财政局", "是", "是", "是", "是");
    it(32, "项目总体进度", "%", "区商务局", 85, 86, 88, 88);
    it(33, "发生安全生产、质量事故或重大损失", "有/无", "区商务局", "无", "无", "无", "无");
    it(34, "弄虚作假", "有/无", "区商务局", "无", "无", "无", "无");
    sec("八、主观评分项自评（分）");
    it(35, "方案制定（1-2分）", "分", "区商务局", 2, 2, 2, 2);
    it(36, "政策支持（1-2分）", "分", "区商务局", 2, 2, 1, 1, "政策未印发，局务会定1分");
    it(37, "项目管理制度（1-2分）", "分", "区商务局", 2, 2, 2, 2);
    it(38, "工作台账（1-2分）", "分", "区商务局", 2, 2, 1, 1, "部分台账后补");
    it(39, "网销调研并形成针对性建议（1-2分）", "分", "区商务局", 2, 2, 2, 2);
    it(40, "网络促销活动成效（1-2分）", "分", "区商务局", 2, 1, 1, 1);
    it(41, "交易标准、冷链及溯源系统（1-2分）", "分", "区商务局", 1, 1, 1, 1);
    it(42, "资金管理制度（1-5分）", "分", "区财政局", 5, 4, 4, 4);
    it(43, "资金台账（1-5分）", "分", "区财政局", 4, 4, 4, 4);
    it(44, "资金及时拨付（1-5分）", "分", "区财政局", 4, 4, 4, 4);
    sec("九、自评得分（按考评指标）");
    rows.push(["序号", "评价指标", "满分", null, "8月23日（D-9）", "8月26日（D-6）", "8月30日（D-2）", "定稿（9月1日）", "备注"]);
    // [id, name, max, a, b, c, final]
    const claimedRows = [
      ["org.leadership", "组织领导", 2, 1, 2, 2, 2],
      ["org.plan", "方案制定", 2, 2, 2, 2, 2],
      ["org.policy", "政策支持", 2, 2, 2, 1, 1],
      ["org.management", "项目管理", 4, 4, 4, 3, 3],
      ["work.center", "服务体系建设（县级中心与产业园）", 15, 15, 15, 13, 13],
      ["work.coverage", "服务体系建设（村级站点覆盖）", 10, 10, 10, 10, 10],
      ["work.upward", "农村产品上行", 10, 8, 8, 8, 8],
      ["work.training", "电商人才培训", 20, 20, 20, 20, 20],
      ["info.disclosure", "信息公开", 4, 3, 3, 4, 4],
      ["info.reporting", "数据上报", 6, 6, 6, 6, 6],
      ["promo.cases", "案例总结", 2, 2, 2, 2, 2],
      ["promo.media", "经验推广", 8, 8, 8, 8, 8],
      ["fund.system", "制度建立", 5, 5, 4, 4, 4],
      ["fund.ledger", "资金台账", 5, 4, 4, 4, 4],
      ["fund.spending", "资金支出", 5, 4, 4, 4, 4],
      ["bonus.poorTraining", "加分项：贫困人口培训率≥70%", 2, 0, 0, 0, 0],
      ["bonus.tvCase", "加分项：电商扶贫典型案例获电视播报", 2, 0, 0, 0, 0],
    ];
    claimedRows.forEach((c, i) => rows.push([i + 1, c[1], c[2], null, c[3], c[4], c[5], c[6], null]));
    const sumCol = (k) => claimedRows.reduce((a, c) => a + c[k], 0);
    rows.push(["合计", null, 100, null, sumCol(3), sumCol(4), sumCol(5), sumCol(6), "加分项另计，最高4分"]);
    merges.push(mg(rows.length, 0, 1));
    rows.push([]);
    rows.push(["填表：区商务局电商股 邓××　　审核：区商务局副局长 刘××　　联系电话：0751-66××××"]);
    merges.push(mg(rows.length, 0, NC - 1));
    sheets.push(sheet("倒计时调度表", rows, merges));
    checks.claimed = Object.fromEntries(claimedRows.map((c) => [c[0], c[6]]));
    checks.claimedTotal = sumCol(6);
  }

  // ---------------- ledgers (added below) ----------------
  // ---- 附表1 村（居）委会名单 ----
  const SUR = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田";
  const normV = (s) =>
    String(s)
      .replace(/(村民委员会|村委会|居民委员会|社区居委会|居委会)$/, "")
      .replace(/村$/, "");
  const TOWNS = [
    ["马坝镇", ["龙岗", "安山", "石堡", "新塘", "狮岩", "水文", "田心", "莲塘"], ["马坝社区居委会", "府前社区居委会"]],
    ["大塘镇", ["侯安", "新营", "长滩", "黄坑", "沙口", "东华", "大塘"], ["大塘社区居委会"]],
    ["枫湾镇", ["枫湾", "步村", "凤凰", "梅村", "平圃", "黄塘", "白石"], ["枫湾社区居委会"]],
    ["小坑镇", ["小坑", "曹角湾", "石塘", "塘头", "东坑", "下坪"], []],
    ["罗坑镇", ["罗坑", "大村", "新洞", "中心坝", "上围", "水口"], ["罗坑社区居委会"]],
    ["樟市镇", ["樟市", "芦溪", "流坑", "麻坑", "黄竹", "南华"], []],
  ];
  const POOR = new Set(["侯安", "黄坑", "凤凰", "曹角湾", "大村"]);
  const villageRecs = [];
  const adminSet = new Set();
  {
    const rows = [];
    const merges = [];
    rows.push(["附表1　曲江区村（居）民委员会名单"]);
    merges.push(mg(1, 0, 6));
    rows.push(["序号", "镇（街道）", "村（居）委会名称", "类别", "扶贫及物流情况", null, "备注"]);
    rows.push([null, null, null, null, "省定贫困村", "快递进村", null]);
    merges.push(mg(2, 4, 5), "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3");
    let n = 0;
    const expressMarks = ["√", "√", "√", "已通", "√", "是"];
    for (const [town, vs, cs] of TOWNS) {
      const start = rows.length + 1;
      const list = vs.map((v) => ({ v, admin: true })).concat(cs.map((c) => ({ v: c, admin: false })));
      list.forEach((x, i) => {
        n++;
        let name;
        if (!x.admin) name = x.v;
        else if (x.v === "步村" || x.v === "梅村") name = x.v + "村委会";
        else name = x.v + (n % 7 === 3 ? "村民委员会" : "村委会");
        const exp = expressMarks[n % expressMarks.length];
        const poorCell = x.admin ? (POOR.has(x.v) ? "是" : "否") : "—";
        rows.push([n, i === 0 ? town : null, name, x.admin ? "村委会" : "社区居委会", poorCell, exp, POOR.has(x.v) ? "2016年认定，2019年出列" : null]);
        const rec = { name, admin: x.admin };
        if (x.admin) rec.poor = POOR.has(x.v);
        rec.express = true;
        villageRecs.push(rec);
        if (x.admin) adminSet.add(normV(name));
      });
      if (list.length > 1) merges.push(mg(start, 1, 1, rows.length));
    }
    rows.push(["合计：村委会40个，社区居委会5个；其中省定贫困村5个（均已出列）"]);
    merges.push(mg(rows.length, 0, 6));
    rows.push(["资料来源：区民政局（2021年村（社区）“两委”换届后）；快递进村情况由区邮政管理局核实。"]);
    merges.push(mg(rows.length, 0, 6));
    sheets.push(sheet("附表1 村居名单", rows, merges));
  }
  assert(adminSet.size === 40 && villageRecs.length === 45, "c1 villages " + adminSet.size);
  checks.villages = villageRecs;

  // ---- 附表2 村级站点清单 ----
  const stationRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表2　曲江区村级电子商务服务站点清单"]);
    merges.push(mg(1, 0, 7));
    rows.push(["填报单位：曲江区商务局　　　　　　　　　　　　截至2021年9月20日"]);
    merges.push(mg(2, 0, 7));
    rows.push(["序号", "站点名称", "所在镇", "所在村（社区）", "负责人", "联系电话", "挂牌时间", "备注"]);
    // [town, villageAsWritten, shownDate, iso, note]
    const S = [
      ["马坝镇", "龙岗村", "2020.10.9", "2020-10-09"],
      ["马坝镇", "龙岗村民委员会", "2021年4月2日", "2021-04-02", "龙岗村第二站（圩镇）"],
      ["马坝镇", "安山村委会", "2020.10.9", "2020-10-09"],
      ["马坝镇", "石堡村", D("2020-11-12"), "2020-11-12"],
      ["马坝镇", "新塘村委会", "2020/11/12", "2020-11-12"],
      ["马坝镇", "狮岩村", "20201203", "2020-12-03"],
      ["马坝镇", "水文村委会", "2021.1.14", "2021-01-14"],
      ["马坝镇", "马坝社区", "2020.10.9", "2020-10-09", "社区站点"],
      ["大塘镇", "侯安村委会", "2020年10月21日", "2020-10-21", "省定贫困村"],
      ["大塘镇", "侯安村", "2021.5.18", "2021-05-18", "侯安村第二站"],
      ["大塘镇", "新营村", "2020年10月21日", "2020-10-21"],
      ["大塘镇", "黄坑村委会", D("2020-12-16"), "2020-12-16", "省定贫困村"],
      ["大塘镇", "沙口村", "2021.3.9", "2021-03-09"],
      ["大塘镇", "大塘村委会", "2021.3.9", "2021-03-09"],
      ["枫湾镇", "枫湾村", "2020.11.5", "2020-11-05"],
      ["枫湾镇", "步村村委会", "2020.11.5", "2020-11-05"],
      ["枫湾镇", "凤凰村", "2020年11月26日", "2020-11-26", "省定贫困村"],
      ["枫湾镇", "梅村", "2021.2.24", "2021-02-24"],
      ["枫湾镇", "平圃村民委员会", "2021/4/15", "2021-04-15"],
      ["枫湾镇", "黄塘村", "2021.6.10", "2021-06-10"],
      ["小坑镇", "小坑村委会", "2020.12.22", "2020-12-22"],
      ["小坑镇", "曹角湾村", D("2021-01-20"), "2021-01-20", "省定贫困村"],
      ["小坑镇", "石塘村", "2021.1.20", "2021-01-20"],
      ["小坑镇", "塘头村委会", "2021年5月6日", "2021-05-06"],
      ["小坑镇", "东坑村", "20210608", "2021-06-08"],
      ["小坑镇", "小坑林场", "2021.6.8", "2021-06-08", "国有林场职工生活区"],
      ["罗坑镇", "罗坑村委会", "2021.3.25", "2021-03-25"],
      ["罗坑镇", "新洞村", "2021.3.25", "2021-03-25"],
      ["罗坑镇", "中心坝村", "2021年7月13日", "2021-07-13"],
      ["罗坑镇", "大村村委会", "2021.9.15", "2021-09-15", "省定贫困村，9月挂牌"],
      ["樟市镇", "樟市村委会", "2021.4.28", "2021-04-28"],
      ["樟市镇", "芦溪村", "2021.4.28", "2021-04-28"],
      ["樟市镇", "流坑村", "2021年8月31日", "2021-08-31"],
    ];
    S.forEach((s, i) => {
      const vshort = normV(s[1]);
      const site = s[0] + vshort + (s[4] && /第二站/.test(s[4]) ? "村第二服务点" : (s[1].includes("社区") || s[1].includes("林场") ? "" : "村") + "电商服务站");
      rows.push([i + 1, site, s[0], s[1], SUR[(i * 7) % SUR.length] + "××", "1380751" + String(1000 + i * 37).slice(-4), s[2], s[4] || null]);
      stationRecs.push({ village: s[1], opened: s[3] });
    });
    rows.push(["注：挂牌时间以镇政府挂牌仪式日期为准；第30号站点于考评截止日后挂牌。"]);
    merges.push(mg(rows.length, 0, 7));
    sheets.push(sheet("附表2 站点清单", rows, merges));
  }
  // coverage re-derived
  {
    const covered = new Set();
    for (const r of stationRecs) {
      const v = normV(r.village);
      if (r.opened <= ASOF && adminSet.has(v)) covered.add(v);
    }
    const poorCovered = [...POOR].filter((p) => covered.has(p)).length;
    checks.covered = covered.size;
    checks.poorCovered = poorCovered;
    assert(stationRecs.length === 33, "c1 stations rows " + stationRecs.length);
    assert(covered.size === 28, "c1 covered " + covered.size);
    assert(covered.size * 100 >= 40 * 70, "c1 coverage >= 70%");
    assert(poorCovered === 4 && poorCovered * 100 >= 5 * 80 && poorCovered < 5, "c1 poor covered " + poorCovered);
  }
  // ---- ID helper (GB 11643 check digit) ----
  const W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const CK = "10X98765432";
  const mkId = (birth, seq) => {
    const b = "440205" + birth + String(seq).padStart(3, "0");
    let s = 0;
    for (let i = 0; i < 17; i++) s += Number(b[i]) * W17[i];
    return b + CK[s % 11];
  };
  const idWithX = (birth) => {
    for (let q = 100; q < 999; q++) {
      const id = mkId(birth, q);
      if (id.endsWith("X")) return id;
    }
    throw new Error("no X id");
  };
  // ---- persons ----
  const GIVEN = [
    "桂英",
    "志强",
    "秀兰",
    "国华",
    "玉梅",
    "建明",
    "金凤",
    "伟东",
    "丽华",
    "亚生",
    "冬梅",
    "永康",
    "春花",
    "德胜",
    "美娟",
    "火生",
    "月娥",
    "振华",
    "观娣",
    "石养",
    "水英",
    "运来",
    "少芳",
    "木生",
    "碧霞",
    "天佑",
    "四妹",
    "茂林",
    "带娣",
    "锦华",
  ];
  const FAM = ["黄", "邓", "刘", "谢", "曾", "李", "温", "陈", "张", "罗", "叶", "钟", "何", "朱", "欧"];
  const persons = []; // {name, id, village, labour, migrant, cat}
  const cats = [];
  for (let i = 1; i <= 20; i++) cats.push("E" + i);
  for (let i = 1; i <= 6; i++) cats.push("M" + i);
  for (let i = 1; i <= 4; i++) cats.push("N" + i);
  const PVILL = ["侯安村", "黄坑村", "凤凰村", "曹角湾村", "大村", "新营村"];
  cats.forEach((c, i) => {
    const yr = 1960 + ((i * 7) % 40);
    const birth = String(yr) + String(1 + (i % 12)).padStart(2, "0") + String(3 + ((i * 5) % 25)).padStart(2, "0");
    const id = c === "E3" ? idWithX(birth) : mkId(birth, 300 + i * 11);
    persons.push({
      cat: c,
      name: FAM[i % FAM.length] + GIVEN[i],
      id,
      village: PVILL[i % PVILL.length],
      labour: c[0] !== "N",
      migrant: c[0] === "N" ? null : c[0] === "M",
    });
  });
  const P = Object.fromEntries(persons.map((p) => [p.cat, p]));
  assert(P.E3.id.endsWith("X"), "c1 E3 has X");

  // ---- 附表3 普及培训台账（按期次） ----
  const sessionRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表3　曲江区农村电商普及培训台账（按期次，不含贫困户专场）"]);
    merges.push(mg(1, 0, 5));
    rows.push(["期次", "培训日期", "培训地点", "培训内容", "参训人次（人次）", "备注"]);
    const T = [
      ["2020.9.17", "2020-09-17", "区电商公共服务中心", "农村电商基础", 186],
      ["2020年10月15日", "2020-10-15", "大塘镇文化站", "网店开设与运营", 172],
      [D("2020-11-12"), "2020-11-12", "枫湾镇政府会议室", "农产品拍摄与美工", 205],
      ["2020.12.10", "2020-12-10", "区电商公共服务中心", "短视频营销", 168],
      ["2021.1.14", "2021-01-14", "小坑镇党群服务中心", "年货节网络促销", 190],
      ["2021.3.11", "2021-03-11", "区电商公共服务中心", "直播带货实操", 221],
      ["2021.4.8-9", "2021-04-09", "马坝镇文化站", "电商创业（两天班）", 176],
      ["2021年4月22日", "2021-04-22", "罗坑镇政府会议室", "农产品品牌建设", 158],
      ["2021.5.13", "2021-05-13", "樟市镇文化站", "电商物流与快递", 194],
      ["2021.5.27", "2021-05-27", "区电商公共服务中心", "社群营销", 183],
      ["21.6.17", "2021-06-17", "区电商公共服务中心", "网店客服", 167],
      ["2021年7月1日", "2021-07-01", "马坝镇文化站", "直播带货进阶", 210],
      ["2021.7.22", "2021-07-22", "大塘镇文化站", "农产品溯源与标准化", 149],
      ["2021.8.19", "2021-08-19", "区电商公共服务中心", "乡村振兴与电商", 161],
      ["2021.9.9", "2021-09-09", "区电商公共服务中心", "迎检集中培训", 480],
    ];
    let tot = 0;
    T.forEach((t, i) => {
      rows.push(["第" + (i + 1) + "期", t[0], t[2], t[3], t[4], i === 14 ? "考评截止后举办" : null]);
      sessionRecs.push({ date: t[1], personTimes: t[4] });
      tot += t[4];
    });
    rows.push(["合计", null, null, null, tot, null]);
    merges.push(mg(rows.length, 0, 3));
    sheets.push(sheet("附表3 普及培训", rows, merges));
    checks.sessionTotalRow = tot;
  }
  const sessionsBefore = sessionRecs.filter((r) => r.date <= ASOF).reduce((a, r) => a + r.personTimes, 0);
  assert(sessionsBefore === 2540 && checks.sessionTotalRow === 3020, "c1 sessions " + sessionsBefore);

  // ---- 附表4 贫困户专场签到表（按期分块） ----
  const signRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表4　曲江区建档立卡贫困户电商培训专场签到表"]);
    merges.push(mg(1, 0, 5));
    let xn = 0;
    const outsider = () => {
      xn++;
      const birth = String(1975 + xn) + String(1 + (xn % 12)).padStart(2, "0") + String(10 + xn).padStart(2, "0");
      return {
        name: FAM[(xn + 4) % FAM.length] + ["海", "群", "雄", "珍", "辉", "芳", "杰", "燕", "斌", "玲", "明", "娟", "军", "莲", "平", "英"][xn - 1],
        id: mkId(birth, 500 + xn),
        village: ["马坝镇龙岗村", "枫湾镇梅村", "大塘镇沙口村"][xn % 3],
      };
    };
    const block = (title, iso, people) => {
      rows.push([title]);
      merges.push(mg(rows.length, 0, 5));
      rows.push(["序号", "姓名", "身份证号码", "所在村", "联系电话", "签名"]);
      people.forEach((p, i) => {
        const shownId = p === P.E3 ? p.id.slice(0, 17) + "x" : p.id;
        rows.push([i + 1, p.name, shownId, p.village, "1390751" + String(2000 + rows.length * 13).slice(-4), "√"]);
        signRecs.push({ date: iso, personTimes: 1, id: p.id, who: p.cat || "X" });
      });
    };
    const A = [P.E1, P.E2, P.E3, P.E4, P.E5, P.E6, P.M1, P.N1];
    while (A.length < 14) A.push(outsider());
    const B = [P.E1, P.E2, P.E7, P.E8, P.M2];
    while (B.length < 14) B.push(outsider());
    const C = [P.E9, P.E10, outsider()];
    block("第一期　培训时间：2021年4月16日　地点：大塘镇文化站", "2021-04-16", A);
    block("第二期　培训时间：2021年7月9日　地点：区电商公共服务中心", "2021-07-09", B);
    block("第三期　培训时间：2021年9月8日　地点：区电商公共服务中心", "2021-09-08", C);
    rows.push(["注：签名栏原件为本人手写签名，此处以“√”表示已签到。"]);
    merges.push(mg(rows.length, 0, 5));
    sheets.push(sheet("附表4 贫困户专场签到", rows, merges));
  }
  const signBefore = signRecs.filter((r) => r.date <= ASOF).length;
  assert(signRecs.length === 31 && signBefore === 28, "c1 sign-in rows " + signBefore);
  checks.personTimes = sessionsBefore + signBefore;
  assert(checks.personTimes === 2568, "c1 person-times " + checks.personTimes);
  // 0.8% <= 2568/301200 < 1%
  assert(checks.personTimes * 1000 >= 301200 * 8 && checks.personTimes * 100 < 301200, "c1 training tier 8");

  // ---- 附表5 建档立卡贫困人口名单 ----
  {
    const rows = [];
    const merges = [];
    rows.push(["附表5　曲江区建档立卡贫困人口劳动力及务工情况名单"]);
    merges.push(mg(1, 0, 7));
    rows.push(["提供单位：曲江区乡村振兴局　　统计时点：2021年6月30日"]);
    merges.push(mg(2, 0, 7));
    rows.push(["序号", "姓名", "性别", "身份证号码", "所在村", "劳动能力", "务工状态", "备注"]);
    persons.forEach((p, i) => {
      const sex = Number(p.id[16]) % 2 === 1 || p.id[16] === undefined ? "男" : "女";
      const lab = p.labour ? (i % 5 === 2 ? "有（弱劳动力）" : "有劳动能力") : i % 2 ? "无劳动能力" : "丧失劳动能力";
      const mig = p.migrant === null ? "—" : p.migrant ? "外出务工" : "未外出";
      const note = p.migrant
        ? ["在东莞务工", "在广州务工", "在深圳务工", "在佛山务工", "在韶关市区务工", "在中山务工"][Number(p.cat.slice(1)) - 1]
        : p.labour
          ? null
          : "年老体弱";
      rows.push([i + 1, p.name, sex, p.id, p.village, lab, mig, note]);
    });
    sheets.push(sheet("附表5 贫困人口名单", rows, merges));
  }
  checks.poorRecs = persons.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant }));
  {
    const eligible = persons.filter((p) => p.labour && p.migrant === false);
    const eIds = new Set(eligible.map((p) => p.id));
    const trained = new Set(signRecs.filter((r) => r.date <= ASOF && eIds.has(r.id)).map((r) => r.id));
    checks.eligible = eligible.length;
    checks.trained = trained.size;
    assert(eligible.length === 20 && trained.size === 8, "c1 poor " + eligible.length + "/" + trained.size);
    assert(trained.size * 100 >= eligible.length * 40 && trained.size * 100 < eligible.length * 50, "c1 poor tier 8");
  }
  checks.sessionRecs = sessionRecs;
  checks.signRecs = signRecs.map((r) => ({ date: r.date, personTimes: 1, id: r.id }));
  // ---- 附表6 电商产业园入驻企业 ----
  const entRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表6　马坝电商产业园入驻企业名单"]);
    merges.push(mg(1, 0, 7));
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "状态", "备注"]);
    // [name, type, enteredShown, enteredIso, leftShown, leftIso, note]
    const E = [
      ["韶关市曲江区粤北优品电子商务有限公司", "平台型", "2020.6.8", "2020-06-08"],
      ["韶关市曲江区马坝油粘米网络科技有限公司", "销售型", "2020.6.8", "2020-06-08"],
      ["韶关市曲江区众邦电子商务有限公司", "电商运营商", D("2020-06-20"), "2020-06-20"],
      ["韶关市曲江区顺捷快递有限公司", "物流企业", "2020年7月3日", "2020-07-03"],
      ["韶关市曲江区丹霞农品网店", "销售型（网店）", "2020.7.15", "2020-07-15"],
      ["韶关市曲江区绿野生态农业专业合作社", "农民专业合作社", "2020.8.4", "2020-08-04"],
      ["韶关市曲江区一村一品电子商务有限公司", "销售型", "2020/8/19", "2020-08-19"],
      ["韶关市曲江区云仓仓储服务有限公司", "仓储物流", "2020.9.1", "2020-09-01"],
      ["韶关市曲江区南华直播文化传媒有限公司", "直播机构", "2020.9.23", "2020-09-23"],
      ["韶关市曲江区小坑茶叶电子商务有限公司", "销售型", "2020.10.10", "2020-10-10"],
      ["韶关市曲江区乐购优选商贸有限公司", "销售型", "2020.10.28", "2020-10-28", "2021.6.30", "2021-06-30", "租期届满退出"],
      ["韶关市曲江区惠农代运营服务有限公司", "代运营", "2020.11.16", "2020-11-16"],
      ["韶关市曲江区罗坑腊味食品有限公司", "销售型", "20201207", "2020-12-07"],
      ["韶关市曲江区枫湾鹰嘴桃网络科技有限公司", "销售型", "2021.1.6", "2021-01-06"],
      ["韶关市曲江区农e通信息技术有限公司", "平台型", "2021.2.22", "2021-02-22"],
      ["韶关市曲江区樟市香芋电子商务有限公司", "销售型", "2021年3月15日", "2021-03-15"],
      ["韶关市曲江区速达物流有限公司", "物流企业", "2021.4.12", "2021-04-12"],
      ["韶关市曲江区青年电商创业服务有限公司", "电商运营商", "2021.5.6", "2021-05-06", "2021.8.31", "2021-08-31", "8月31日办结退园手续"],
      ["韶关市曲江区大塘黄烟土特产商行", "销售型", "2021.6.2", "2021-06-02"],
      ["韶关市曲江区粤韶鲜生供应链有限公司", "平台型", "2021.7.7", "2021-07-07"],
      ["韶关市曲江区白土竹编工艺品有限公司", "销售型", "2021年8月", "2021-08", null, null, "8月入驻，具体日期待补"],
      ["韶关市曲江区马坝人文化创意有限公司", "销售型", "2021.9.6", "2021-09-06", null, null, "考评截止后入驻"],
    ];
    E.forEach((e, i) => {
      const code = "91440205MA5" + "ABCDEFGHJKLMNPQRTUWXY"[i % 21] + String(10000 + i * 1371).slice(-4) + "X" + "0123456789ABCDEFGHJK"[(i * 7) % 20];
      rows.push([i + 1, e[0], code, e[1], e[2], e[4] || null, e[5] ? "已退出" : "在园", e[6] || null]);
      entRecs.push({ name: e[0], entered: e[3], left: e[5] || null });
    });
    rows.push(["注：截至2021年9月10日。"]);
    merges.push(mg(rows.length, 0, 7));
    sheets.push(sheet("附表6 入驻企业", rows, merges));
    // in the park at the cut-off: entered <= asOf (a month counts), not left before it
    const inPark = entRecs.filter((e) => e.entered.slice(0, 7) <= ASOF.slice(0, 7) && e.entered <= ASOF && !(e.left && e.left < ASOF));
    checks.parkEnterprises = inPark.length;
    const TYPEMAP = (t) =>
      /平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|代运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t;
    const types = new Set(inPark.map((e) => TYPEMAP(E.find((x) => x[0] === e.name)[1])));
    checks.parkTypes = [...types];
    assert(entRecs.length === 22 && inPark.length === 20, "c1 park " + inPark.length);
    assert(types.size >= 3, "c1 types");
  }

  // ---- 附表7 专项资金拨付台账（万元） ----
  const fundRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表7　曲江区省级电子商务进农村综合示范专项资金拨付台账"]);
    merges.push(mg(1, 0, 6));
    rows.push([null, null, null, null, null, null, "单位：万元"]);
    rows.push(["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]);
    // [shownDate, iso, project, payee, amountShown, amount(万元 string)]
    const F = [
      ["2020.7.10", "2020-07-10", "县级电商公共服务中心建设（首期）", "韶关市曲江区众邦电子商务有限公司", 85.6, "85.6"],
      ["2020.9.25", "2020-09-25", "物流配送体系建设（首期）", "韶关市曲江区顺捷快递有限公司", 42.3, "42.3"],
      ["2020年11月20日", "2020-11-20", "村级站点建设（第一批）", "韶关市曲江区惠农代运营服务有限公司", 56.8, "56.8"],
      ["2020.12.28", "2020-12-28", "电商培训服务（2020年度）", "韶关市曲江区众邦电子商务有限公司", 31.5, "31.5"],
      [null, null, "2020年小计", null, 216.2, null],
      ["2021.3.16", "2021-03-16", "农产品品牌培育", "韶关市曲江区粤北优品电子商务有限公司", "28.90", "28.9"],
      [D("2021-04-27"), "2021-04-27", "村级站点建设（第二批）", "韶关市曲江区惠农代运营服务有限公司", 45.2, "45.2"],
      ["2021.6.8", "2021-06-08", "县级电商公共服务中心建设（二期）", "韶关市曲江区众邦电子商务有限公司", 36.7, "36.7"],
      ["20210715", "2021-07-15", "物流配送体系建设（二期）", "韶关市曲江区速达物流有限公司", 22.4, "22.4"],
      ["2021.8.24", "2021-08-24", "网络促销活动", "韶关市曲江区南华直播文化传媒有限公司", 13.6, "13.6"],
      ["2021.9.6", "2021-09-06", "村级站点建设（尾款）", "韶关市曲江区惠农代运营服务有限公司", 40, "40"],
      [null, null, "2021年小计", null, 186.8, null],
      [null, null, "累计", null, 403, null],
    ];
    let k = 0;
    for (const f of F) {
      if (f[1]) {
        k++;
        rows.push([k, f[0], f[2], f[3], f[4], "曲商记〔" + f[1].slice(0, 4) + "〕" + (10 + k * 3) + "号", f[1] > ASOF ? "考评截止后拨付" : null]);
        fundRecs.push({ date: f[1], amount: wan(f[5]) });
      } else {
        rows.push([f[2], null, null, null, f[4], null, null]);
        merges.push(mg(rows.length, 0, 3));
      }
    }
    sheets.push(sheet("附表7 资金台账", rows, merges));
    const y2020 = fundRecs.filter((r) => r.date < "2021").reduce((a, r) => a + r.amount, 0);
    const y2021 = fundRecs.filter((r) => r.date >= "2021").reduce((a, r) => a + r.amount, 0);
    assert(y2020 === wan("216.2") && y2021 === wan("186.8"), "c1 fund subtotals");
  }
  checks.fundSpent = fundRecs.filter((r) => r.date <= ASOF).reduce((a, r) => a + r.amount, 0);
  assert(checks.fundSpent === 3630000, "c1 fund spent " + checks.fundSpent);
  assert(checks.fundSpent * 100 >= 5000000 * 70, "c1 spend >= 70%");
  checks.entRecs = entRecs;
  checks.fundRecs = fundRecs;
  // ---- 附表8 月报报送登记（年份只在分组行） ----
  const reportRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表8　曲江区电子商务进农村工作月报报送登记"]);
    merges.push(mg(1, 0, 5));
    rows.push(["序号", "报送日期", "所属月份", "报送方式", "含电商扶贫统计", "备注"]);
    const Y = {
      2020: [
        ["7月8日", "6月", true],
        ["8月7日", "7月", false],
        ["9月7日", "8月", true],
        ["10月9日", "9月", false],
        ["11月6日", "10月", true],
        ["12月7日", "11月", false],
      ],
      2021: [
        ["1月8日", "12月", true],
        ["2月5日", "1月", false],
        ["3月5日", "2月", false],
        ["4月7日", "3月", true],
        ["5月8日", "4月", false],
        ["6月7日", "5月", true],
        ["7月6日", "6月", false],
        ["8月6日", "7月", true],
        ["9月6日", "8月", false],
      ],
    };
    let n = 0;
    for (const y of [2020, 2021]) {
      rows.push([y + "年"]);
      merges.push(mg(rows.length, 0, 5));
      for (const [d, m, pov] of Y[y]) {
        n++;
        const mm = /^(\d+)月(\d+)日$/.exec(d);
        const iso = y + "-" + mm[1].padStart(2, "0") + "-" + mm[2].padStart(2, "0");
        rows.push([n, d, m, "粤政易报韶关市商务局", pov ? "√" : null, d === "1月8日" ? "所属2020年12月" : null]);
        reportRecs.push({ date: iso, poverty: pov ? true : null });
      }
    }
    sheets.push(sheet("附表8 月报报送", rows, merges));
  }
  const windowMonths = (recs) => {
    const want = [];
    for (let i = 0; i < 12; i++) {
      const d = new Date(Date.UTC(2020, 8 + i, 1));
      want.push(d.toISOString().slice(0, 7));
    }
    const have = new Set(recs.filter((r) => r.date <= ASOF).map((r) => r.date.slice(0, 7)));
    return want.filter((m) => have.has(m)).length;
  };
  checks.reportMonths = windowMonths(reportRecs);
  assert(checks.reportMonths === 12, "c1 report months " + checks.reportMonths);
  assert(
    reportRecs.some((r) => r.poverty === true),
    "c1 report poverty",
  );

  // ---- 附表9 专栏更新记录 ----
  const discRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表9　曲江区政府网站“电子商务进农村综合示范”专栏更新记录"]);
    merges.push(mg(1, 0, 3));
    rows.push(["序号", "发布日期", "标题", "栏目"]);
    const U = [
      ["2020.7.20", "2020-07-20", "曲江区电子商务进农村综合示范创建工作方案", "创建方案"],
      ["2020.8.14", "2020-08-14", "曲江区电子商务进农村综合示范项目基本信息公示", "项目信息"],
      ["2020.9.15", "2020-09-15", "8月份项目建设进度", "建设进度"],
      [D("2020-10-16"), "2020-10-16", "9月份项目建设进度", "建设进度"],
      ["2020年11月13日", "2020-11-13", "10月份项目建设进度", "建设进度"],
      ["2020.12.15", "2020-12-15", "11月份项目建设进度", "建设进度"],
      ["2021.1.8", "2021-01-08", "12月份项目建设进度", "建设进度"],
      ["2021.1.29", "2021-01-29", "1月份项目建设进度（春节前提前发布，含2月计划）", "建设进度"],
      ["2021.3.2", "2021-03-02", "2月份项目建设进度", "建设进度"],
      ["2021.4.9", "2021-04-09", "3月份项目建设进度", "建设进度"],
      ["2021.5.14", "2021-05-14", "4月份项目建设进度", "建设进度"],
      ["2021.6.11", "2021-06-11", "5月份项目建设进度", "建设进度"],
      ["2021.7.9", "2021-07-09", "6月份项目建设进度", "建设进度"],
      ["2021.8.13", "2021-08-13", "7月份项目建设进度", "建设进度"],
      ["2021.8.27", "2021-08-27", "关于设立电子商务进农村项目监督举报窗口的公告", "监督举报"],
      ["2021.9.10", "2021-09-10", "8月份项目建设进度", "建设进度"],
    ];
    U.forEach((u, i) => {
      rows.push([i + 1, u[0], u[2], u[3]]);
      discRecs.push({ date: u[1] });
    });
    sheets.push(sheet("附表9 专栏更新", rows, merges));
  }
  checks.disclosureMonths = windowMonths(discRecs);
  assert(checks.disclosureMonths === 11, "c1 disclosure months " + checks.disclosureMonths);

  // ---- 附表10 宣传报道 ----
  const mediaRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表10　曲江区电子商务进农村宣传报道统计表"]);
    merges.push(mg(1, 0, 6));
    rows.push(["序号", "报道日期", "媒体名称", "级别", "形式", "标题", "电商扶贫典型案例"]);
    const M = [
      ["2020.12.18", "2020-12-18", "曲江区融媒体中心（曲江电视台《曲江新闻》）", "县级", "电视", "曲江区首批村级电商服务站挂牌", "否", "county", true],
      ["2021年1月15日", "2021-01-15", "曲江区融媒体中心（曲江电视台）", "县级", "电视", "侯安村贫困户土特产网上俏销", "是", "county", true],
      ["2021.4.20", "2021-04-20", "韶关日报", "市级", "报纸", "曲江：电商服务站开到家门口", "否", "city", false],
      [D("2021-06-09"), "2021-06-09", "“曲江发布”微信公众号", "县级", "网络", "曲江举办直播带货实操培训", "否", "county", false],
      ["2021.9.3", "2021-09-03", "南方日报", "省级", "报纸", "曲江电商进农村助力乡村振兴", "否", "province", false],
      ["2021.9.10", "2021-09-10", "广东广播电视台珠江频道", "省级", "电视", "粤北山区贫困户搭上电商快车", "是", "province", true],
    ];
    M.forEach((m, i) => {
      rows.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6]]);
      mediaRecs.push({ date: m[1], level: m[7], tv: m[8] });
    });
    sheets.push(sheet("附表10 宣传报道", rows, merges));
    const lv = new Set(mediaRecs.filter((r) => r.date <= ASOF).map((r) => r.level));
    checks.mediaLevels = [...lv].sort();
    assert(lv.size === 2 && lv.has("county") && lv.has("city"), "c1 media levels");
    const tvCaseBefore = M.filter((m) => m[1] <= ASOF && m[6] === "是" && m[8] && (m[7] === "national" || m[7] === "province"));
    assert(tvCaseBefore.length === 0, "c1 no tv case before cut-off");
  }

  // ---- 附表11 经验材料报送 ----
  const matRecs = [];
  {
    const rows = [];
    const merges = [];
    rows.push(["附表11　经验材料（案例）报送情况"]);
    merges.push(mg(1, 0, 3));
    rows.push(["序号", "报送日期", "材料名称", "报送单位"]);
    rows.push([1, "2021.6.18", "曲江区电商进农村助力侯安村脱贫典型案例", "韶关市商务局"]);
    rows.push([2, "2021年9月8日", "曲江区电子商务进农村综合示范工作总结", "韶关市商务局"]);
    matRecs.push({ date: "2021-06-18" }, { date: "2021-09-08" });
    sheets.push(sheet("附表11 经验材料", rows, merges));
  }
  assert(matRecs.filter((r) => r.date <= ASOF).length === 1, "c1 materials");
  // ---- 目录（不是台账） ----
  sheets.unshift(
    sheet(
      "目录",
      [
        ["曲江区电子商务进农村综合示范创建考评工作簿目录"],
        ["序号", "表名", "责任单位"],
        ...sheets.map((s, i) => [i + 1, s.name, i === 0 ? "区商务局（调度）" : "区商务局电商股"]),
      ],
      ["A1:C1"],
    ),
  );

  // ---------------- points, derivation, write ----------------
  const points = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 0,
    "org.management": 3,
    "work.center": 12,
    "work.coverage": 8,
    "work.upward": 8,
    "work.training": 16,
    "info.disclosure": 3,
    "info.reporting": 6,
    "promo.cases": 2,
    "promo.media": 4,
    "fund.system": 4,
    "fund.ledger": 4,
    "fund.spending": 4,
    "bonus.poorTraining": 0,
    "bonus.tvCase": 0,
    "veto.incident": 0,
    "veto.progress": 0,
    "veto.fraud": 0,
  };
  const scored = Object.entries(points).filter(([k]) => !/^(bonus|veto)\./.test(k));
  assert(scored.length === 15, "c1 15 scored rows");
  const base = scored.reduce((a, [, v]) => a + v, 0);
  const bonus = Math.min(points["bonus.poorTraining"] + points["bonus.tvCase"], 4);
  const total = base + bonus;
  assert(total === 78 && bonus === 0, "c1 total " + total);
  assert(checks.claimedTotal === 91, "c1 claimed total " + checks.claimedTotal);
  const pct = (a, b) => ((a * 100) / b).toFixed(1) + "%";
  const derivation = [
    "asOf: 调度表“考评截止日期”定稿栏 2021年8月31日 → 2021-08-31",
    "org.leadership: 定稿栏组长“区委副书记、区长”（主要领导；8月23日栏“常务副区长”是8月24日调整前的过程记录，不用），成员单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 工作方案已印发（曲府办〔2020〕23号），定稿自评2 → 2",
    "org.policy: 支持政策定稿栏“未印发”（预计9月中旬印发；8月30日栏“区政府常务会议已审议”不是出台）→ 未出台 → 0（定稿自评1分不能给）",
    "org.management: 项目管理制度定稿2 + 工作台账定稿1（前两栏的2分是过程记录）→ 3",
    "work.center: 中心定稿“2021.3.5”投入运营 ≤ 2021-08-31 → 2；晚于2021-02-28，运行未满6个月 → 0；免费培训有 → 2；免费展示销售有 → 1；免费摄影美工定稿“无”（按成本价收费；前两栏“有”不用）→ 0；统一推广品牌有 → 1；其他衍生服务有 → 1；产业园是 → 2；附表6共22家：序号11于2021.6.30退出、序号22于2021.9.6入驻，均不计；序号18退出时间2021.8.31即截止日当天，不是截止日前退出，仍在园；序号21“2021年8月”入驻算在园 → 截止日在园" +
      checks.parkEnterprises +
      "家 ≥ 20 → 2；类型平台型、销售型（含“销售型（网店）”）、电商运营商（含“代运营”）、物流企业（含“仓储物流”）及农民专业合作社、直播机构，≥ 3种 → 1；合计12",
    "work.coverage: 附表1共45个村（居），社区居委会5个不是行政村 → 行政村40个，基数 min(40,200)=40；附表2站点33个：马坝社区站点（社区）不计，“小坑林场”不在名单（警告）不计，大村村委会唯一站点2021.9.15挂牌在截止日后不计，龙岗村（龙岗村/龙岗村民委员会）、侯安村（侯安村委会/侯安村）各有2个站点各算1村，流坑村2021年8月31日挂牌算 → 覆盖" +
      checks.covered +
      "个行政村，" +
      checks.covered +
      "/40 = " +
      pct(checks.covered, 40) +
      " ≥ 70% → 5；省定贫困村5个（侯安、黄坑、凤凰、曹角湾、大村），截止日前有站点" +
      checks.poorCovered +
      "个 → " +
      checks.poorCovered +
      "/5 = 80%（80%–100%）→ 3；合计8",
    "work.upward: 网销调研定稿自评2；网络促销定稿自评1；第三方运营商有 → 1；附表1有快递进村列，40个行政村均为√/已通/是 → 1（与调度表100%一致）；交易标准与冷链溯源自评1；农村网零 8.12/6.85 − 1 = 18.5% < 30%，农产品网零按定稿（8月30日更正）1.71/1.26 − 1 = 35.7% ≥ 30% → 2（前两栏的1.58只有25.4%，不用）；合计8",
    "work.training: 常住人口定稿“同8月30日”即30.12万人 → 基数301200；附表3截止日前14期合计" +
      sessionsBefore +
      "人次（第15期2021.9.9的480人次和合计行3020不计；第7期“2021.4.8-9”按结束日；第11期“21.6.17”为2021年）+ 附表4截止日前签到" +
      signBefore +
      "行（第三期2021年9月8日的3行不计）= " +
      checks.personTimes +
      "人次，" +
      checks.personTimes +
      "/301200 = " +
      ((checks.personTimes * 100) / 301200).toFixed(3) +
      "%（0.8%–1%）→ 8（把9月那期计入即3048人次=1.01%，是错的）；附表5贫困人口30人，有劳动能力且未外出务工" +
      checks.eligible +
      "人（6人外出务工、4人无/丧失劳动能力不计；“有（弱劳动力）”算有劳动能力），截止日前签到的身份证号与之相符的" +
      checks.trained +
      "人（黄桂英、邓志强参加两期各算一次；刘秀兰签到表身份证末位写小写x仍是同一人；外出务工2人、无劳动能力1人的签到不计；只参加9月专场的2人不计；名单外人员的签到只计人次）→ " +
      checks.trained +
      "/" +
      checks.eligible +
      " = 40%（40%–50%）→ 8（调度表“21人/10人”与名单不符，以名单为准并警告）；合计16",
    "info.disclosure: 专栏公示创建方案、项目基本信息、项目建设进度、监督举报窗口（8月27日增设，在截止日前）→ 2；附表9在2020-09至2021-08中2021年2月没有更新（1月29日那条虽写“含2月计划”，日期在1月），" +
      checks.disclosureMonths +
      "/12个月 → 不定时 → 1；合计3",
    "info.reporting: 附表8报送日期只写月日，年份取分组行（2020年/2021年），2020-09至2021-08每月都有报送（" +
      checks.reportMonths +
      "/12）→ 每月 → 3；能统计电商扶贫情况定稿“能”，月报也有√ → 3；合计6",
    "promo.cases: 附表11 2021.6.18向韶关市商务局报送经验材料（2021年9月8日一条在截止日后）→ 2",
    "promo.media: 截止日前有县级（曲江电视台、“曲江发布”）1 + 市级（韶关日报）3 = 4；南方日报2021.9.3、广东广播电视台珠江频道2021.9.10两条省级报道在截止日后，不计 → 4",
    "fund.system: 已制定资金管理制度，定稿自评4 → 4",
    "fund.ledger: 已建立资金专用台账，定稿自评4 → 4",
    "fund.spending: 附表7“单位：万元”，截止日前9笔合计363.00万元 = " +
      checks.fundSpent +
      "元（第10笔2021.9.6的40万元及小计、累计行不计；调度表定稿“累计拨付403万元”含9月那笔）/ 下达5000000元 = " +
      pct(checks.fundSpent, 5000000) +
      " ≥ 70% → 按定稿自评及时拨付4分 → 4",
    "bonus.poorTraining: 贫困人口培训率40% < 70% → 0",
    "bonus.tvCase: 截止日前的电商扶贫典型案例只有曲江电视台（县级）播报；广东广播电视台珠江频道（省级电视）2021.9.10在截止日后 → 0",
    "veto.incident: 无 → 0；veto.progress: 项目总体进度88% ≥ 40% → 0；veto.fraud: 无 → 0",
    "total: 2+2+0+3+12+8+8+16+3+6+2+4+4+4+4 = " + base + "，加分 min(0+0, 4) = 0 → " + total + "（调度表定稿自评合计" + checks.claimedTotal + "分）",
  ];
  writeCase("counties", "b87-c1-qujiang.json", {
    description:
      "曲江区（韶关）商务局整本考评工作簿（13个表：目录、倒计时调度表、附表1—附表11），中等（78分，无加分、未否决；调度表定稿自评91分）。事实表是迎检前的《倒计时调度表》：序号|事项|单位|责任单位|8月23日（D-9）|8月26日（D-6）|8月30日（D-2）|定稿（9月1日）|备注，每次调度会填一栏，说明行写明一律以“定稿”栏为准——组长8月23日栏是“常务副区长”、定稿是“区委副书记、区长”；常住人口定稿写“同8月30日”（30.12万人）；支持政策前几栏“起草中/征求意见/已审议”、定稿“未印发”；摄影美工前两栏“有”、定稿“无”；2020年农产品网零前两栏1.58亿、定稿更正为1.71亿；累计拨付定稿403万含9月6日的40万；表尾“九、自评得分”也按四栏排，定稿栏为县的自评（claimed）。要点：中心2021.3.5运营（未满6个月）；行政村覆盖恰好28/40=70%、贫困村4/5=80%（大村站9月挂牌、林场站不在名单、社区站、一村两站写法不同、8月31日当天挂牌的算）；普及培训按期次计人次，9月一期480人次和合计行3020不计（计入就到1%），贫困户专场签到按期分块、日期在块标题，身份证一处小写x，贫困人口名单有“有（弱劳动力）”；入驻企业8月31日当天退出的仍在园、“2021年8月”入驻算；资金台账单位万元；月报年份只在分组行；专栏2021年2月无更新；省级报道和省级电视典型案例都在截止日后。",
    sheets,
    expect: { asOf: ASOF, total, bonus, vetoed: false, points, claimed: checks.claimed },
    derivation,
  });
})();

// ---------- done ----------
console.log("written:\n  " + written.join("\n  "));
