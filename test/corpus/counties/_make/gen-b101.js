// Batch 101 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
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
function validateCase(o, rel) {
  assert(typeof o.description === "string" && o.description.length > 50, rel + " description");
  const names = new Set();
  o.sheets.forEach((s) => { validateSheet(s, rel + ":" + s.name); assert(!names.has(s.name), "dup sheet"); names.add(s.name); });
  const e = o.expect;
  if (rel.startsWith("facts/")) {
    Object.keys(e.facts).forEach((k) => assert(FACT_KEYS.has(k), rel + " fact key " + k));
    Object.keys(e.judged).forEach((k) => assert(JUDGED_KEYS.has(k), rel + " judged key " + k));
  }
  if (rel.startsWith("ledgers/")) {
    Object.keys(e.sheets).forEach((n) => assert(names.has(n), rel + " unknown sheet " + n));
    names.forEach((n) => assert(e.sheets[n] !== undefined, rel + " no expectation for " + n));
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
const AS_OF = "2021-08-31";
const dateOk = (d) => (d.length === 7 ? d <= AS_OF.slice(0, 7) : d <= AS_OF);
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
const monthsCovered = (ds) => { const h = new Set(ds.filter(dateOk).map((d) => d.slice(0, 7))); return WINDOW.filter((m) => h.has(m)).length; };

// =====================================================================================
// counties/b101-c1-yuancheng: 河源市源城区 — 事实和自评写在电商股的《考评指标亮灯自查表》里
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441602";
  // ---------------------------------------------------------------- 亮灯自查表
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
  full("源城区电子商务进农村综合示范创建考评　指标“亮灯”自查表");
  full("（区商务局电商股　2021年9月2日第三次更新　数据截至2021年8月31日）");
  full("亮灯说明：●绿＝已达标　●黄＝基本达标、有扣分风险　●红＝未达标。“分项”是每个评分要点的自评分，“小计”是该指标自评分（合并格）。");
  rows.push(["序号", "考评指标（分值）", "评分要点", "目前情况（我区）", "灯", "分项", "小计", "责任股室／单位"]);
  const claimed = {};
  // group: [no, name, id, [[point, situation, light, sub]], owner]
  const group = (no, name, id, items, owner, subtotal) => {
    const start = rows.length + 1;
    items.forEach((it, i) => rows.push([i === 0 ? no : null, i === 0 ? name : null, it[0], it[1], it[2], it[3], i === 0 ? subtotal : null, i === 0 ? owner : null]));
    const end = rows.length;
    if (end > start) ["A", "B", "G", "H"].forEach((c) => merges.push(`${c}${start}:${c}${end}`));
    const sum = items.reduce((a, it) => a + (typeof it[3] === "number" ? it[3] : 0), 0);
    assert(sum === subtotal, name + " subtotal " + sum);
    if (id) claimed[id] = subtotal;
  };
  group(1, "组织领导（2）", "org.leadership", [["主要领导牵头、多部门参与", "区长任领导小组组长，成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区邮政分公司（源府办函〔2020〕12号）", "●绿", 2]], "办公室", 2);
  group(2, "方案制定（2）", "org.plan", [["工作方案正式印发", "《源城区电子商务进农村综合示范创建工作方案》已于2020年3月正式印发", "●绿", 2]], "电商股", 2);
  group(3, "政策支持（2）", "org.policy", [["出台政策并落实", "已出台《源城区促进农村电子商务发展若干措施》，兑现情况一般", "●黄", 1]], "电商股", 1);
  group(4, "项目管理（4）", "org.management", [
    ["项目管理制度", "已制定项目管理及验收办法，建设、验收按制度执行", "●绿", 2],
    ["工作台账", "工作台账已建立（附1—附11）", "●绿", 2]], "电商股", 4);
  group(5, "县级中心和产业园（15）", "work.center", [
    ["建成县级公共服务中心", "区电子商务公共服务中心2021年3月1日投入运营", "●绿", 2],
    ["正常运行6个月以上", "3月到8月，满6个月", "●绿", 2],
    ["免费培训场所、设备", "有免费培训室（80座），配电脑30台，可开展电商基础培训", "●绿", 2],
    ["特色农产品免费展示销售", "设农特产品展示展销区，免费", "●绿", 1],
    ["免费摄影美工", "有摄影棚，为市场主体免费拍摄、做图", "●绿", 1],
    ["统一推广、品牌建设", "组织“源城好物”区域公用品牌统一推广", "●绿", 1],
    ["其他衍生增值服务", "暂未开展", "●红", 0],
    ["建设或整合产业园", "整合建成源城区电商产业园", "●绿", 2],
    ["入驻企业20家及以上", "入驻企业20家（见附6）", "●绿", 2],
    ["入驻企业三种以上类型", "平台型、销售型、运营服务商、物流企业均有", "●绿", 1]], "电商股、区电商中心", 14);
  group(6, "村级站点覆盖（10）", "work.coverage", [
    ["行政村覆盖率≥70%", "全区行政村20个（不含社区），已建站14个，覆盖70%", "●绿", 5],
    ["省定贫困村覆盖100%", "省定贫困村3个，全部建站", "●绿", 5]], "电商股、各镇（街）", 10);
  group(7, "农村产品上行（10）", "work.upward", [
    ["网销调研、针对性建议", "形成《源城区农产品网络销售调研报告》并提出建议", "●绿", 2],
    ["网络促销活动成效", "举办网络促销活动2场，成效一般", "●黄", 1],
    ["专业第三方运营或服务商", "有，河源市源电优品电子商务有限公司负责运营", "●绿", 1],
    ["行政村快递覆盖100%", "行政村物流快递覆盖率100%", "●绿", 1],
    ["交易标准、冷链溯源", "出台2项农产品电商交易标准，溯源系统试运行", "●黄", 1],
    ["网零增速≥30%", "农村网络零售额2019年8.62亿元、2020年10.35亿元；农产品网络零售额2019年1.20亿元、2020年1.58亿元", "●绿", 2]], "电商股", 8);
  group(8, "电商人才培训（20）", "work.training", [
    ["培训人次≥常住人口1%", "常住人口62.87万人（超50万按50万计），培训4,308人次，0.86%", "●黄", 8],
    ["贫困人口培训率≥50%", "有劳动能力（不含外出务工）的建档立卡贫困人口20人，参训10人，50%", "●绿", 10]], "电商股、区电商中心", 18);
  group(9, "信息公开（4）", "info.disclosure", [
    ["设立专栏、内容全面", "区政府网站设“电子商务进农村”专栏：创建方案、项目基本信息、建设进度已公开，设监督举报窗口", "●绿", 2],
    ["按月更新", "按月更新", "●绿", 2]], "电商股", 4);
  group(10, "数据上报（6）", "info.reporting", [
    ["每月向市商务局报送", "每月报送", "●绿", 3],
    ["统计电商扶贫情况", "月报附电商扶贫统计表", "●绿", 3]], "电商股", 6);
  group(11, "案例总结（2）", "promo.cases", [["向市商务局报送经验材料", "2021年7月报送1份", "●绿", 2]], "电商股", 2);
  group(12, "经验推广（8）", "promo.media", [["省、市、县媒体报道", "省级、区级有报道；市级暂无", "●黄", 5]], "电商股", 5);
  group(13, "制度建立（5）", "fund.system", [["资金管理制度", "已制定专项资金管理办法", "●绿", 4]], "财务股", 4);
  group(14, "资金台账（5）", "fund.ledger", [["资金专用台账", "已建立专用台账", "●绿", 4]], "财务股", 4);
  group(15, "资金支出（5）", "fund.spending", [["支出率≥70%、及时拨付", "下达省级资金500万元，已支出372万元，支出率74.4%，按进度拨付", "●绿", 4]], "财务股", 4);
  full("加分项");
  group("加1", "贫困人口培训率≥70%（2）", "bonus.poorTraining", [["培训率≥70%", "50%，达不到", "●红", 0]], "电商股", 0);
  group("加2", "电商扶贫案例电视播报（2）", "bonus.tvCase", [["国家级2分／省级1分", "2021年5月广东广播电视台播出我区电商扶贫案例（省级）", "●绿", 1]], "电商股", 1);
  full("一票否决项");
  rows.push(["否1", "安全生产、质量事故", null, "无", "●绿", null, null, "各项目单位"]);
  rows.push(["否2", "总体进度不足40%", null, "项目总体进度85%", "●绿", null, null, "电商股"]);
  rows.push(["否3", "弄虚作假", null, "无", "●绿", null, null, "电商股"]);
  const claimedScored = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(claimedScored === 88, "claimed scored 88, got " + claimedScored);
  rows.push(["合计", null, null, "指标小计合计88分＋加分1分", null, null, 89, null]);
  merges.push(`A${rows.length}:C${rows.length}`);
  rows.push(["填表：区商务局电商股 黄××　　审核：副局长 刘××", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:H${rows.length}`);
  sheets.push(sheet("亮灯自查表", rows, merges));

  // ---------------------------------------------------------------- 附1 村居名单
  // [town, name, type, poor, express]
  const V = [
    ["埔前镇", "埔前村", "行政村", "", "通"], ["埔前镇", "泰和村", "行政村", "", "通"], ["埔前镇", "赤岭村", "行政村", "√", "通"],
    ["埔前镇", "莲塘岭村", "行政村", "", "通"], ["埔前镇", "大塘村", "行政村", "", "通"], ["埔前镇", "甘坑村", "行政村", "", "通"],
    ["埔前镇", "红星村", "行政村", "", "通"], ["埔前镇", "长塘村", "行政村", "", "通"], ["埔前镇", "埔前墟社区", "社区", "", "通"],
    ["源南镇", "汉塘村", "行政村", "", "通"], ["源南镇", "双下村", "行政村", "", "通"], ["源南镇", "塔岭村", "行政村", "√", "通"],
    ["源南镇", "埔心村", "行政村", "", "通"], ["源南镇", "石寨村", "行政村", "√", "通"], ["源南镇", "凤光村", "行政村", "", "未通"],
    ["源南镇", "留田村", "行政村", "", "通"],
    ["东埔街道", "黄沙村", "行政村", "", "通"], ["东埔街道", "新塘村", "行政村", "", "通"], ["东埔街道", "坪围村", "行政村", "", "通"],
    ["东埔街道", "东埔社区", "社区", "", "通"],
    ["上城街道", "沙子岭村", "行政村", "", "通"], ["上城街道", "马塘村", "行政村", "", "通"], ["上城街道", "上城社区", "社区", "", "通"],
    ["上城街道", "新江社区", "社区", "", "通"],
  ];
  {
    const r = [span("源城区村（社区）名单", 6), span("来源：区民政局（2021年6月）　√＝省定贫困村", 6), ["序号", "镇（街道）", "村（社区）", "类型", "省定贫困村", "快递进村"]];
    const m = ["A1:F1", "A2:F2"];
    let start = 4;
    V.forEach((v, i) => { r.push([i + 1, (i === 0 || V[i - 1][0] !== v[0]) ? v[0] : null, v[1], v[2], v[3] || null, v[4]]); });
    for (let i = 1; i <= V.length; i++) {
      if (i === V.length || V[i][0] !== V[i - 1][0]) { const end = 3 + i; if (end > start) m.push(`B${start}:B${end}`); start = end + 1; }
    }
    sheets.push(sheet("附1 村居名单", r, m));
  }
  const admin = V.filter((v) => v[2] === "行政村");
  const poorV = admin.filter((v) => v[3] === "√").map((v) => v[1]);
  assert(admin.length === 20 && poorV.length === 3, "20 admin villages, 3 poor");
  const notExpress = admin.filter((v) => v[4] !== "通").map((v) => v[1]);
  assert(notExpress.length === 1 && notExpress[0] === "凤光村", "one admin village without express");

  // ---------------------------------------------------------------- 附2 站点
  // [town, station name, village as written, opened cell, iso]
  const S = [
    ["埔前镇", "埔前村电商服务站", "埔前村", D("2020-06-18"), "2020-06-18"],
    ["埔前镇", "泰和村电商服务站", "泰和村", "2020.7.2", "2020-07-02"],
    ["埔前镇", "赤岭村电商服务站", "赤岭村委会", "2020年8月", "2020-08"],
    ["埔前镇", "莲塘岭电商服务站", "莲塘岭村", D("2020-09-10"), "2020-09-10"],
    ["埔前镇", "大塘村电商服务站", "大塘村", "20201015", "2020-10-15"],
    ["东埔街道", "黄沙村电商服务站", "黄沙村", D("2020-10-20"), "2020-10-20"],
    ["埔前镇", "甘坑村电商服务站", "甘坑村", "2020/11/3", "2020-11-03"],
    ["源南镇", "汉塘村电商服务站", "汉塘村", D("2020-12-01"), "2020-12-01"],
    ["源南镇", "双下村电商服务站", "双下村", "2021.1.12", "2021-01-12"],
    ["源南镇", "塔岭村电商服务站", "塔岭村民委员会", "2021年3月8日", "2021-03-08"],
    ["上城街道", "上城社区电商服务点", "上城社区", D("2021-03-15"), "2021-03-15"],
    ["源南镇", "石寨村电商服务站", "石寨村", D("2021-04-20"), "2021-04-20"],
    ["源南镇", "埔心村电商服务站", "埔心村", "2021.5.6", "2021-05-06"],
    ["源南镇", "汉塘村客家农庄电商点", "汉塘村", D("2021-05-20"), "2021-05-20"],
    ["东埔街道", "下角村电商服务站", "下角村", "2021.6.2", "2021-06-02"],
    ["源南镇", "凤光村电商服务站", "凤光村", "2021-06-30", "2021-06-30"],
    ["源南镇", "留田村电商服务站", "留田村", D("2021-08-31"), "2021-08-31"],
    ["埔前镇", "红星村电商服务站", "红星村", "2021.9.2", "2021-09-02"],
  ];
  {
    const r = [span("源城区村级电子商务服务站点清单", 8), ["序号", "镇（街道）", "站点名称", "所在村", "负责人", "联系电话", "挂牌时间", "服务内容"]];
    S.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], ["叶", "邱", "黄", "温", "刘", "曾"][i % 6] + "××", "1382" + String(7610000 + i * 4217).slice(0, 7), s[3], "代购代销、代收代发快递、代缴费"]));
    r.push(["注：下角村电商服务站为东埔街道报送，区民政局村（社区）名单中无下角村，待核实。", null, null, null, null, null, null, null]);
    sheets.push(sheet("附2 站点清单", r, ["A1:H1", `A${r.length}:H${r.length}`]));
  }
  const vn = (n) => n.replace(/村民委员会$|村委会$/, "村");
  const adminNames = new Set(admin.map((v) => v[1]));
  const covered = new Set(S.filter((s) => dateOk(s[4]) && adminNames.has(vn(s[2]))).map((s) => vn(s[2])));
  assert(covered.size === 14, "14 covered, got " + covered.size);
  assert(covered.size * 100 >= 70 * 20, "70% inclusive");
  assert(poorV.every((p) => covered.has(p)), "all poor villages covered");

  // ---------------------------------------------------------------- 附3 培训期次
  // [no, date cell, iso, topic, persontimes cell, value]
  const T = [
    [1, "2020.9.16", "2020-09-16", "电商基础知识普及（埔前镇）", 240, 240],
    [2, D("2020-10-13"), "2020-10-13", "网店开设与运营", 280, 280],
    [3, "2020.11.24-26", "2020-11-26", "直播带货实操班（三天）", "310人次", 310],
    [4, D("2020-12-09"), "2020-12-09", "农产品包装与品牌", 265, 265],
    [5, "2021.1.6", "2021-01-06", "电商基础知识普及（源南镇）", 300, 300],
    [6, "2021年3月18日", "2021-03-18", "短视频拍摄与剪辑", 255, 255],
    [7, D("2021-03-30"), "2021-03-30", "电商政策宣讲（区直机关）", 420, 420],
    [8, "2021.4.20", "2021-04-20", "社区团购与微商", 235, 235],
    [9, D("2021-05-12"), "2021-05-12", "跨境电商入门", 290, 290],
    [10, "2021.5.25-27", "2021-05-27", "农村电商带头人增值班", "150", 150],
    [11, D("2021-06-09"), "2021-06-09", "电商基础知识普及（东埔街道）", 310, 310],
    [12, "2021年6月23日", "2021-06-23", "直播带货进阶", 285, 285],
    [13, D("2021-07-14"), "2021-07-14", "电商客服与售后", 320, 320],
    [14, "2021.7.28", "2021-07-28", "乡村旅游线上推广", 260, 260],
    [15, D("2021-08-18"), "2021-08-18", "电商基础知识普及（上城街道）", 360, 360],
    [16, "2021.9.8", "2021-09-08", "“双11”备战培训", 260, 260],
  ];
  {
    const r = [span("源城区电子商务培训台账（按期次）", 7), span("注：本表不含建档立卡贫困户专场，专场逐人签到见附4。", 7),
      ["期次", "培训日期", "培训内容", "培训地点", "培训人次", "主办", "备注"]];
    T.forEach((t) => r.push([t[0], t[1], t[3], t[0] === 7 ? "区政府三楼会议室" : "区电商公共服务中心培训室", t[4], "区商务局", null]));
    const tot = T.reduce((a, t) => a + t[5], 0);
    r.push(["合计", null, null, null, tot, null, null]);
    sheets.push(sheet("附3 培训台账", r, ["A1:G1", "A2:G2", `A${r.length}:D${r.length}`]));
  }
  const sessOk = T.filter((t) => dateOk(t[2])).reduce((a, t) => a + t[5], 0);
  assert(sessOk === 4280, "4280 session person-times by cut-off, got " + sessOk);

  // ---------------------------------------------------------------- 附5 贫困人口 & 附4 专场签到
  // persons: E1..E20 eligible, M1..M3 migrant, N1..N3 no labour; P1..P5 non-poor trainees
  const P = {};
  const villagesP = ["赤岭村", "塔岭村", "石寨村", "凤光村", "甘坑村"];
  let seq = 11;
  const mk = (key, birth, wantX) => { P[key] = makeId(AREA, birth, seq, wantX); seq += 37; };
  for (let i = 1; i <= 20; i++) mk("E" + i, String(1966 + i) + String((i % 12) + 1).padStart(2, "0") + String((i * 3) % 27 + 1).padStart(2, "0"), i === 4);
  for (let i = 1; i <= 3; i++) mk("M" + i, "19" + (85 + i) + "0512", false);
  for (let i = 1; i <= 3; i++) mk("N" + i, "19" + (40 + i) + "0307", false);
  for (let i = 1; i <= 5; i++) mk("X" + i, "19" + (88 + i) + "1120", false);
  const NAMES = {};
  const sur = ["叶", "邱", "黄", "温", "刘", "曾", "张", "陈", "李", "谢", "罗", "钟"];
  const giv = ["志强", "春梅", "国华", "秀兰", "建新", "丽娟", "永福", "桂英", "伟东", "美玲", "文辉", "金凤", "德胜", "小燕", "振宇", "亚妹", "锦祥", "月娥", "海生", "素珍", "添财", "瑞芳", "家明", "玉兰", "俊杰", "彩霞", "运来", "惠娟", "佛生", "淑贞", "光明"];
  Object.keys(P).forEach((k, i) => { NAMES[k] = sur[i % 12] + giv[i % giv.length]; });
  {
    const r = [span("源城区建档立卡贫困人口名单（节选：参训相关户）", 8), ["序号", "姓名", "身份证号码", "所在镇", "所在村", "劳动能力", "是否外出务工", "备注"]];
    const keys = [];
    for (let i = 1; i <= 20; i++) keys.push("E" + i);
    keys.splice(5, 0, "M1"); keys.splice(11, 0, "N1", "M2"); keys.push("N2", "M3", "N3");
    keys.forEach((k, i) => {
      const lab = k[0] === "N" ? "无劳动能力" : "有劳动能力";
      const mig = k[0] === "M" ? "是" : k[0] === "N" ? null : "否";
      const v = villagesP[i % 5];
      r.push([i + 1, NAMES[k], P[k], ["赤岭村", "甘坑村"].includes(v) ? "埔前镇" : "源南镇", v, lab, mig, k[0] === "N" ? "兜底保障" : null]);
    });
    r.push(["说明：经区乡村振兴局确认，有劳动能力且未外出务工的共20人。", null, null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:H1", `A${r.length}:H${r.length}`]));
    assert(keys.filter((k) => k[0] === "E").length === 20 && keys.length === 26, "26 persons, 20 eligible");
  }
  const SESS = [
    ["2021年4月15日", "2021-04-15", ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "M1", "N1", "X1"]],
    [D("2021-06-17"), "2021-06-17", ["E1", "E2", "E8", "E9", "X2", "E3", "E4", "M2", "N1", "X3"]],
    ["2021.8.20", "2021-08-20", ["E10", "E5", "E6", "E1", "X4", "X5", "M1", "E8"]],
    ["2021.9.9", "2021-09-09", ["E11", "E12", "E13", "E2"]],
  ];
  const trainRecs = [];
  {
    const r = [span("源城区建档立卡贫困户电商专场培训签到表", 6), ["序号", "培训日期", "姓名", "身份证号", "是否建档立卡贫困户", "签名"]];
    let n = 0;
    SESS.forEach((s) => s[2].forEach((k) => {
      n++;
      let idCell = P[k];
      if (k === "E4") idCell = idCell.toLowerCase();
      if (k === "E9") idCell = idCell.slice(0, 6) + " " + idCell.slice(6, 14) + " " + idCell.slice(14);
      r.push([n, s[0], NAMES[k], idCell, k[0] === "X" ? "否" : "是", NAMES[k]]);
      trainRecs.push({ date: s[1], personTimes: 1, id: P[k] });
    }));
    sheets.push(sheet("附4 专场签到", r, ["A1:F1"]));
  }
  assert(P.E4.endsWith("X"), "E4 has X");
  const signOk = trainRecs.filter((t) => dateOk(t.date));
  assert(signOk.length === 28, "28 sign-in rows by cut-off");
  const personTimes = sessOk + signOk.length;
  assert(personTimes === 4308, "4308 person-times");
  const base = Math.min(628700, 500000);
  assert(personTimes * 1000 >= base * 8 && personTimes * 100 < base * 1, "0.8% ≤ 0.8616% < 1%");
  const eligible = new Set(); for (let i = 1; i <= 20; i++) eligible.add(P["E" + i]);
  const trained = new Set(signOk.map((t) => t.id).filter((id) => eligible.has(id)));
  assert(trained.size === 10 && trained.size * 100 >= 50 * 20 && trained.size * 100 < 70 * 20, "10/20 = 50%, < 70%");

  // ---------------------------------------------------------------- 附6 入驻企业
  // [name, type, entered cell, iso, left cell, left iso]
  const EN = [
    ["河源市源电优品电子商务有限公司", "电商运营服务商", D("2020-11-02"), "2020-11-02", null, null],
    ["河源市客家味道农产品有限公司", "销售型", D("2020-11-02"), "2020-11-02", null, null],
    ["源城区万绿湖农特产品网店", "销售型", "2020.11.15", "2020-11-15", null, null],
    ["河源市优达物流有限公司", "物流企业", D("2020-12-01"), "2020-12-01", null, null],
    ["河源市邮政分公司源城电商仓", "物流企业", "2020.12.8", "2020-12-08", null, null],
    ["河源市惠农购平台科技有限公司", "平台型", D("2021-01-05"), "2021-01-05", null, null],
    ["河源市山里鲜电子商务有限公司", "销售型", "2021.1.20", "2021-01-20", null, null],
    ["源城区乐购直播工作室", "直播机构", D("2021-02-22"), "2021-02-22", null, null],
    ["河源市东江鱼品贸易有限公司", "销售型", "2021.3.1", "2021-03-01", null, null],
    ["河源市客都电商代运营有限公司", "电商运营服务商", D("2021-03-09"), "2021-03-09", null, null],
    ["河源市茶香源茶业有限公司", "销售型", "2021.3.15", "2021-03-15", "2021.6.30", "2021-06-30"],
    ["河源市顺捷快递服务部", "物流企业", D("2021-03-22"), "2021-03-22", null, null],
    ["河源市绿野仙踪农业发展有限公司", "销售型", "2021.4.6", "2021-04-06", null, null],
    ["河源市源味电商设计工作室", "电商运营服务商", D("2021-04-19"), "2021-04-19", null, null],
    ["河源市米饼世家食品有限公司", "销售型", "2021.5.10", "2021-05-10", null, null],
    ["河源市新丰江水果专业合作社网店", "销售型", D("2021-05-24"), "2021-05-24", null, null],
    ["河源市云仓供应链有限公司", "物流企业", "2021.6.7", "2021-06-07", null, null],
    ["河源市品源跨境电商有限公司", "平台型", D("2021-06-21"), "2021-06-21", null, null],
    ["河源市埔前客家酿酒坊", "销售型", "2021年7月", "2021-07", null, null],
    ["河源市本地通同城平台有限公司", "平台型", D("2021-08-16"), "2021-08-16", null, null],
    ["河源市田园牧歌生态农业有限公司", "销售型", "2021.9.6", "2021-09-06", null, null],
  ];
  {
    const r = [span("源城区电商产业园入驻企业清单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
    EN.forEach((e, i) => {
      let code = "91441602MA5" + String(1000 + i * 77).padStart(4, "0") + "K" + "ABCDEFGHJK"[i % 10] + String(i % 10);
      code = code.slice(0, 18);
      assert(code.length === 18, "code len");
      r.push([i + 1, e[0], code, e[1], e[2], e[4], e[4] ? "已退园" : null]);
    });
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  const inPark = EN.filter((e) => dateOk(e[3]) && !(e[5] && e[5] <= AS_OF));
  assert(EN.length === 21 && inPark.length === 19, "19 in park at cut-off");
  const typeNorm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  assert(new Set(inPark.map((e) => typeNorm(e[1]))).size === 5, "5 types");

  // ---------------------------------------------------------------- 附7 资金台账
  // [date cell, iso, item, amount cell, yuan]
  const F = [
    [D("2020-08-20"), "2020-08-20", "公共服务中心装修（首期）", "60万", 600000],
    ["2020.11.30", "2020-11-30", "公共服务中心装修（尾款）", 450000, 450000],
    [D("2020-12-25"), "2020-12-25", "村级站点建设（第一批）", "52万", 520000],
    ["2021.1.28", "2021-01-28", "电商培训服务（第一期）", "280,000.00", 280000],
    [D("2021-03-31"), "2021-03-31", "物流体系建设", 640000, 640000],
    ["2021.5.18", "2021-05-18", "村级站点建设（第二批）", "48万", 480000],
    [D("2021-06-30"), "2021-06-30", "品牌推广及网销调研", 350000, 350000],
    ["2021.8.26", "2021-08-26", "电商培训服务（第二期）", "40万", 400000],
    [D("2021-09-15"), "2021-09-15", "溯源系统建设", "30万", 300000],
  ];
  {
    const r = [span("源城区省级电子商务进农村综合示范专项资金使用台账", 6), span("下达资金：500万元　　单位：元（标“万”的为万元）", 6),
      ["序号", "拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
    F.forEach((f, i) => r.push([i + 1, f[0], f[2], f[3], "记-" + String(2020 + (f[1] >= "2021" ? 1 : 0)) + "-" + String(12 + i * 9).padStart(3, "0"), null]));
    r.push(["合计", null, null, "402万", null, "含9月15日一笔"]);
    sheets.push(sheet("附7 资金台账", r, ["A1:F1", "A2:F2", `A${r.length}:C${r.length}`]));
  }
  const spent = F.filter((f) => dateOk(f[1])).reduce((a, f) => a + f[4], 0);
  assert(spent === 3720000 && F.reduce((a, f) => a + f[4], 0) === 4020000, "3,720,000 by cut-off; 4,020,000 all");
  assert(spent * 100 >= 70 * 5000000 && spent * 1000 === 744 * 5000000, "74.4%");

  // ---------------------------------------------------------------- 附8 月报
  const R = [
    ["2020年8月", "2020.9.7", "2020-09-07", "否"],
    ["2020年9月", D("2020-10-09"), "2020-10-09", "是"], ["2020年10月", "2020.11.6", "2020-11-06", "是"], ["2020年11月", D("2020-12-07"), "2020-12-07", "是"],
    ["2020年12月", "2021.1.8", "2021-01-08", "是"], ["2021年1月", D("2021-02-05"), "2021-02-05", "是"], ["2021年2月", "2021.3.5", "2021-03-05", "是"],
    ["2021年3月", D("2021-04-07"), "2021-04-07", "是"], ["2021年4月", "2021.5.8", "2021-05-08", "是"], ["2021年5月", D("2021-06-04"), "2021-06-04", "是"],
    ["2021年6月", "2021.7.6", "2021-07-06", "是"], ["2021年7月", D("2021-08-05"), "2021-08-05", "是"]
  ];
  {
    const r = [span("源城区向河源市商务局报送月报记录", 5), ["序号", "报送月份", "报送日期", "是否含电商扶贫统计", "报送方式"]];
    R.forEach((x, i) => r.push([i + 1, x[0], x[1], x[3], "粤政易"]));
    sheets.push(sheet("附8 月报", r, ["A1:E1"]));
  }
  assert(monthsCovered(R.map((x) => x[2])) === 12, "reports in all 12 months (by 报送日期)");

  // ---------------------------------------------------------------- 附9 专栏
  const DS = ["2020-09-22", "2020-10-19", "2020-11-24", "2020-12-21", "2021-01-26", "2021-03-10", "2021-03-29", "2021-04-23", "2021-05-27", "2021-06-25", "2021-07-22", "2021-08-24"];
  {
    const r = [span("源城区政府网站“电子商务进农村”专栏更新记录", 4), ["序号", "发布日期", "标题", "子栏目"]];
    DS.forEach((d, i) => r.push([i + 1, i % 2 ? D(d) : d.replace(/-0?/g, "."), ["创建方案", "项目信息", "建设进度"][Math.min(i, 2)] === "建设进度" ? `源城区电子商务进农村项目建设进度（第${i - 1}期）` : i === 0 ? "源城区电子商务进农村综合示范创建工作方案" : "示范项目基本信息公示", i === 0 ? "创建方案" : i === 1 ? "项目信息" : "建设进度"]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:D1"]));
  }
  assert(monthsCovered(DS) === 11, "11 of 12 months (no 2021-02)");

  // ---------------------------------------------------------------- 附10 宣传报道
  const MED = [
    [D("2020-12-16"), "2020-12-16", "源城融媒", "区级", "网络", "埔前镇村级电商站开张", "否"],
    ["2021.1.19", "2021-01-19", "南方日报", "省级", "报纸", "源城：电商把客家米饼卖出山", "否"],
    [D("2021-05-11"), "2021-05-11", "广东广播电视台《广东新闻联播》", "省级", "电视", "河源源城：电商帮扶让脱贫户“触网”增收", "是"],
    ["2021.9.3", "2021-09-03", "河源日报", "市级", "报纸", "源城电商进农村两年记", "否"],
  ];
  {
    const r = [span("源城区电子商务进农村宣传报道登记", 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
    MED.forEach((m, i) => r.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6]]));
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  const lv = new Set(MED.filter((m) => dateOk(m[1])).map((m) => m[3]));
  assert(lv.has("省级") && lv.has("区级") && !lv.has("市级"), "province + county");

  // ---------------------------------------------------------------- 附11 经验材料
  sheets.push(sheet("附11 经验材料", [span("经验材料报送登记", 4), ["序号", "报送日期", "材料标题", "报送单位"],
    [1, D("2021-07-09"), "源城区“中心＋站点＋带头人”电商帮扶做法", "河源市商务局"]], ["A1:D1"]));

  // ---------------------------------------------------------------- expectations
  assert(Math.round((10.35 / 8.62 - 1) * 1000) === 201, "rural growth 20.1% < 30%");
  assert(158 * 100 >= 120 * 130, "agri growth 31.7% ≥ 30%");
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1,
    "work.coverage": 5 + 5,
    "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1,
    "info.reporting": 3 + 3,
    "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 82, "82 scored, got " + scored);

  const ord = (n) => (n.startsWith("附") ? parseInt(n.slice(1), 10) : 0);
  sheets.sort((a, b) => ord(a.name) - ord(b.name));
  write("counties/b101-c1-yuancheng.json", {
    description:
      "河源市源城区商务局电商股的整本考评工作簿（12个表：亮灯自查表、附1—附11），中等（83分，含加分1分，未否决；自查表自评89分）。事实和自评分写在电商股的《考评指标“亮灯”自查表》里：序号|考评指标（分值）|评分要点|目前情况（我区）|灯（●绿/●黄/●红）|分项|小计|责任股室，一个指标的几个评分要点各占一行，序号、指标、小计、责任股室纵向合并；“目前情况”是电商股自己的话（区长任组长及成员单位、方案2020年3月印发、中心2021年3月1日投入运营、零售额写“8.62亿元”、常住人口62.87万、下达500万元、总体进度85%），主观项的分数在“分项”列，指标自评在“小计”列；加分项、一票否决项各一节，否决项只写“无”/进度。读法难点：自查表说中心“3月到8月，满6个月”，但运行6个月须在2021-02-28前投入运营，3月1日差一天；说入驻企业20家，附6在截止日在园的只有19家（6月30日退园1家、9月6日入驻1家）；说快递覆盖100%，但附1快递列凤光村“未通”；说专栏按月更新，附9缺2021年2月。台账：村居名单镇列纵向合并、社区4个不计；站点清单（赤岭村委会、塔岭村民委员会写法，汉塘村两站，上城社区点不计，下角村不在名单，留田村8月31日挂牌算，红星村9月2日不算）；按期次培训（三天班按结束日，“310人次”文本，9月一期不算，合计行不算，注明不含专场）加专场逐人签到（身份证小写x、带空格，9月一场不算）；贫困人口名单；资金台账元与“60万”混写、合计含9月一笔；月报按报送日期12个月齐全；宣传报道市级一条在9月。",
    sheets,
    expect: { asOf: "2021-08-31", total: 83, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 区长任领导小组组长（主要领导），成员单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
      "org.plan: 工作方案2020年3月正式印发，分项自评2 → 2",
      "org.policy: 已出台若干措施，分项自评1 → 1",
      "org.management: 项目管理制度分项2 + 工作台账分项2 → 4",
      "work.center: 中心2021-03-01投入运营 ≤ 截止日 2；运行6个月须 ≤ 2021-02-28，3月1日不够 0（自查表“满6个月”不作数）；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他增值服务“暂未开展” 0；产业园已整合建成 2；附6截止日在园 21 − 1（茶香源2021.6.30退园）− 1（田园牧歌2021.9.6入驻）= 19 < 20 → 0（“2021年7月”入驻的算）；类型平台、销售、运营服务商、物流、直播机构 ≥ 3 → 1；合计 2+0+2+1+1+1+0+2+0+1 = 10（自评14）",
      "work.coverage: 附1行政村20个（埔前墟、东埔、上城、新江4个社区不计）；附2截止日前有站的行政村：埔前、泰和、赤岭（赤岭村委会）、莲塘岭、大塘、黄沙、甘坑、汉塘（两站算一次）、双下、塔岭（塔岭村民委员会）、石寨、埔心、凤光、留田（2021-08-31，算）= 14；上城社区点不计，下角村不在名单（警告），红星村2021.9.2不计 → 14/20 = 70% ≥ 70% → 5；省定贫困村赤岭、塔岭、石寨都有站 3/3 = 100% → 5；合计 10",
      "work.upward: 网销调研分项2；促销活动分项1；第三方运营服务商（源电优品）有 1；附1有快递列，行政村凤光村“未通” → 0（自查表说100%，以名单为准并警告）；交易标准冷链溯源分项1；农村网零8.62亿→10.35亿增20.1%不够，农产品网零1.20亿→1.58亿增31.7% ≥ 30% → 2；合计 2+1+1+0+1+2 = 7（自评8）",
      "work.training: 人次 = 附3截止日前15期合计4,280（11月24-26日三天班按26日，“310人次”按310，第16期2021.9.8的260不算，合计行不算）+ 附4截止日前签到28行（4月15日10、6月17日10、8月20日8；9月9日4行不算）= 4,308；基数 min(628,700, 500,000) = 500,000；4,308/500,000 = 0.8616%，在0.8%–1%之间 → 8。贫困人口：附5有劳动能力且不外出务工20人；截止日前按身份证在附4出现的E类10人（重复参训只算一次，小写x、带空格照样匹配，外出务工、无劳动能力、非贫困户不算）→ 10/20 = 50% ≥ 50% → 10；合计 18",
      "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度并设监督举报窗口 → 2；附9在2020-09…2021-08中2021年2月没有更新 → 11/12 → 不定时 1；合计 3（自评4）",
      "info.reporting: 附8按报送日期2020-09…2021-08每月都有（2020年8月月报2020.9.7报送，算9月）→ 3；报送含电商扶贫统计 → 3；合计 6",
      "promo.cases: 附11 2021-07-09向河源市商务局报送经验材料 → 2",
      "promo.media: 截止日前省级（南方日报2021.1.19、广东台2021-05-11）→ 4，区级（源城融媒）→ 1；河源日报（市级）2021.9.3在截止日后不算 → 5",
      "fund.system: 资金管理办法已制定，分项自评4 → 4",
      "fund.ledger: 资金专用台账已建立，分项自评4 → 4",
      "fund.spending: 附7截止日前 600,000+450,000+520,000+280,000+640,000+480,000+350,000+400,000 = 3,720,000元（2021-09-15的30万不算，合计行“402万”不算）；3,720,000/5,000,000 = 74.4% ≥ 70% → 按及时拨付分项自评 4",
      "bonus.poorTraining: 贫困人口培训率 10/20 = 50% < 70% → 0",
      "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-05-11播出、标为电商扶贫典型案例，省级电视 → 1",
      "veto.incident: 安全生产、质量事故“无” → 0，不否决",
      "veto.progress: 项目总体进度85% ≥ 40% → 0，不否决",
      "veto.fraud: 弄虚作假“无” → 0，不否决",
      "total: 2+2+1+4+10+10+7+18+3+6+2+5+4+4+4 = 82，加分 0+1 = 1，合计 83；自查表小计合计88＋加分1 = 89（中心14、上行8、信息公开4高于台账所证）",
    ],
  });
})();

// =====================================================================================
// facts/b101-f1-duanzhou: 肇庆市端州区 — 各街道报表汇总成的《基本情况统计表（分镇街）》，县级数在“合计”行
// =====================================================================================
(function f1() {
  const W = 10;
  const rows = [];
  const merges = [];
  rows.push(span("肇庆市端州区电子商务进农村工作基本情况统计表（分镇街）", W)); merges.push("A1:J1");
  rows.push(["县（市、区）", "端州区", "填报单位", "端州区商务局（汇总各街道报表）", null, null, "填报日期", "2021年9月3日", null, null]);
  merges.push("D2:F2", "H2:J2");
  rows.push(span("一、分镇街情况（各街道9月1日前报送，区商务局汇总；培训人次、贫困人口为创建以来累计数）", W)); merges.push("A3:J3");
  rows.push(["镇（街道）", "常住人口（人）", "行政村（个）", "社区（个）", "其中：省定贫困村（个）", "村级电商服务站点（个）", "培训人次", "有劳动能力的建档立卡贫困人口（不含外出务工，人）", "其中：参加电商培训（人）", "备注"]);
  const T = [
    ["城东街道", 118206, 0, 14, "—", 0, 612, 3, 2, "无行政村"],
    ["城西街道", 131455, 0, 15, "—", 0, 705, 5, 3, "无行政村"],
    ["黄岗街道", 156920, 9, 12, 1, 7, 1186, 22, 12, null],
    ["睦岗街道", 179836, 14, 8, 1, 11, 1423, 36, 19, null],
    ["区电商公共服务中心（区直）", "—", "—", "—", "—", "—", 1390, "—", "—", "区直机关、企业专场，不分街道"],
  ];
  T.forEach((t) => rows.push(t));
  const num = (v) => (typeof v === "number" ? v : 0);
  const sum = (c) => T.reduce((a, t) => a + num(t[c]), 0);
  const tot = ["合计", sum(1), sum(2), sum(3), sum(4), sum(5), sum(6), sum(7), sum(8), null];
  assert(tot[1] === 586417 && tot[2] === 23 && tot[3] === 49 && tot[4] === 2 && tot[6] === 5316 && tot[7] === 66 && tot[8] === 36, "合计 row");
  rows.push(tot);
  rows.push(["上期数（截至2021年2月28日，供对比）", 586417, 23, 49, 2, 12, 3080, 66, 21, "上半年报表数，不作本期数"]);
  rows.push(span("二、区级情况（不分镇街）", W)); merges.push(`A${rows.length}:J${rows.length}`);
  rows.push(["项目", "情况", null, null, null, null, "备注", null, null, null]);
  merges.push(`B${rows.length}:F${rows.length}`, `G${rows.length}:J${rows.length}`);
  const pair = (a, b, c) => { rows.push([a, b, null, null, null, null, c || null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`, `G${rows.length}:J${rows.length}`); };
  pair("牵头领导", "副区长（分管商务）任区电子商务进农村综合示范工作领导小组组长", "成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局");
  pair("创建工作方案", "2020年4月正式印发", "端府办〔2020〕9号");
  pair("区电子商务公共服务中心", "2020年9月28日投入运营", null);
  pair("下达省级专项资金", "500万元", null);
  pair("累计拨付", "381.6万元", "截至8月31日");
  pair("项目总体进度", "90%", null);
  rows.push(["注：1．常住人口为第七次全国人口普查数；2．“—”表示该街道无此项；3．站点数不含社区服务点。", null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:J${rows.length}`);
  rows.push(["填表人：区商务局 梁××　　审核：邓××", null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:J${rows.length}`);

  write("facts/b101-f1-duanzhou.json", {
    description:
      "肇庆市端州区商务局把四个街道报来的表汇总成的《电子商务进农村工作基本情况统计表（分镇街）》当事实表交。第2行是“县（市、区）|端州区|填报单位|…|填报日期”表头块；一、分镇街情况为一行一个街道（外加“区电商公共服务中心（区直）”一行，只有培训人次，其余填“—”），列是常住人口（人）|行政村|社区|其中省定贫困村|站点数|培训人次|有劳动能力的建档立卡贫困人口（不含外出务工）|其中参加电商培训|备注；县级数只在“合计”行（常住人口586,417、行政村23、省定贫困村2、培训人次5,316含区直1,390、贫困人口66人、参训36人），合计下面还有一行“上期数（截至2021年2月28日，供对比）”不是本期数；社区49个不是行政村数，站点数不是输入项。二、区级情况为 项目|情况|备注：牵头领导是“副区长（分管商务）”（分管领导），成员单位写在备注里；方案2020年4月印发，中心2020年9月28日投入运营，下达500万元，累计拨付381.6万元，总体进度90%。表内没有考评截止日期。",
    sheets: [sheet("基本情况统计表", rows, merges)],
    expect: {
      facts: {
        county: "端州区",
        residentPopulation: 586417,
        adminVillagesStated: 23,
        poorVillagesStated: 2,
        trainingPersonTimesStated: 5316,
        eligiblePoorPersonsStated: 66,
        trainedPoorPersonsStated: 36,
        planIssued: true,
        centerOpened: "2020-09-28",
        fundAllocated: 5000000,
        fundSpentStated: 3816000,
        overallProgress: 0.9,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b101-f2-pengjiang: 江门市蓬江区 — 区发改局《商务发展“十四五”规划（征求意见稿）》的主要指标表和专栏
// =====================================================================================
(function f2() {
  const W = 10;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:J${rows.length}`); };
  full("《江门市蓬江区商务发展“十四五”规划》（征求意见稿）附表及专栏");
  full("编制：蓬江区发展和改革局、蓬江区商务局　　2021年7月　　（区商务局电商股摘出，作考评基础数据佐证）");
  full("表1　“十四五”时期蓬江区商务发展主要指标");
  rows.push(["类别", "序号", "指标名称", "单位", "2019年", "2020年（基期）", "2020年同比增长（%）", "2025年目标", "“十四五”年均增长（%）", "属性"]);
  const ind = [
    ["消费", 1, "社会消费品零售总额", "亿元", 512.3, 489.6, -4.4, 680, 6.8, "预期性"],
    [null, 2, "限额以上单位通过公共网络实现的商品零售额", "亿元", 38.6, 52.1, 35.0, 95, 12.8, "预期性"],
    ["农村电商", 3, "农村网络零售额", "亿元", 12.40, 15.45, 24.6, 26, 11.0, "预期性"],
    [null, 4, "农产品网络零售额", "亿元", 1.85, 2.49, 34.6, 4.5, 12.6, "预期性"],
    [null, 5, "村级电商服务站点行政村覆盖率", "%", "—", 72.5, "—", 90, "—", "预期性"],
    ["外贸", 6, "货物进出口总额", "亿元", 406.2, 398.7, -1.8, 520, 5.5, "预期性"],
  ];
  const s = rows.length + 1;
  ind.forEach((r) => rows.push(r));
  merges.push(`A${s}:A${s + 1}`, `A${s + 2}:A${s + 4}`);
  assert(Math.round((15.45 / 12.40 - 1) * 1000) === 246 && Math.round((2.49 / 1.85 - 1) * 1000) === 346, "stated growths match the amounts");
  rows.push(["注：2019年、2020年为统计数；“年均增长”为2021—2025年规划年均增速，不是当年同比。", null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:J${rows.length}`);
  full("专栏1　“十三五”时期农村电子商务发展主要成果");
  const lines = [
    "1．2019年获批省级电子商务进农村综合示范区，获省级专项资金500万元。",
    "2．区电子商务公共服务中心2020年10月投入运营，设免费培训室（配齐培训设备，可开展电商基础培训）和特色农产品免费展示展销区。",
    "3．引入专业第三方电子商务运营服务商（江门市五邑优选电子商务有限公司）负责中心运营。",
    "4．整合物流资源，行政村物流快递覆盖率达100%。",
    "5．2020年末全区常住人口92.36万人（第七次全国人口普查）。",
  ];
  lines.forEach((t) => full(t));
  full("专栏5　“十四五”商务发展重点工程（节选）");
  rows.push(["序号", "工程名称", null, "主要建设内容", null, null, null, "建设期", "责任单位", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:G${rows.length}`, `I${rows.length}:J${rows.length}`);
  const eng = [
    [1, "农村电商提质工程", "新建、提升村级电商服务站点30个，到2025年累计培训电商人才2万人次", "2021—2025年", "区商务局"],
    [2, "直播电商基地", "建设棠下直播电商产业园，引进直播机构10家以上", "2022—2024年", "区商务局、棠下镇"],
  ];
  eng.forEach((e) => { rows.push([e[0], e[1], null, e[2], null, null, null, e[3], e[4], null]); merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:G${rows.length}`, `I${rows.length}:J${rows.length}`); });

  write("facts/b101-f2-pengjiang.json", {
    description:
      "江门市蓬江区商务局电商股没有单独的事实表，交来的是区发改局编的《商务发展“十四五”规划（征求意见稿）》附表和专栏的摘录。表1主要指标：类别（纵向合并）|序号|指标名称|单位|2019年|2020年（基期）|2020年同比增长（%）|2025年目标|“十四五”年均增长（%）|属性；读法难点：农村网络零售额12.40→15.45亿元、同比24.6%，农产品网络零售额1.85→2.49亿元、同比34.6%（亿元，百分数只写数值）；“限额以上单位通过公共网络实现的商品零售额”不是农村网络零售额，“2025年目标”“年均增长”是规划数（表下注明），站点覆盖率72.5%不是输入项。专栏1是一段一行的成果：500万元省级专项资金、中心2020年10月投入运营（只到月）并设免费培训室（配设备、可开展基础培训）和免费展示展销区、第三方运营服务商、行政村快递覆盖100%、常住人口92.36万人。专栏5重点工程里的“2万人次”和“建设棠下直播电商产业园”是规划目标，不是事实（不能读成已建产业园）。没有县名标签、牵头领导和自评分。",
    sheets: [sheet("规划附表摘录", rows, merges)],
    expect: {
      facts: {
        ruralRetail2019: 1240000000,
        ruralRetail2020: 1545000000,
        ruralRetailGrowthStated: 0.246,
        agriRetail2019: 185000000,
        agriRetail2020: 249000000,
        agriRetailGrowthStated: 0.346,
        fundAllocated: 5000000,
        centerOpened: "2020-10",
        centerFreeTraining: true,
        centerDisplay: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        residentPopulation: 923600,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b101-f3-haojiang: 汕头市濠江区 — 政务信息资源目录的《信息资源编目表（数据项）》，值在“当前值”列
// =====================================================================================
(function f3() {
  const W = 10;
  const rows = [];
  const merges = [];
  rows.push(span("汕头市政务信息资源目录　信息资源编目表（数据项）", W)); merges.push("A1:J1");
  const hdr = (a, b, c, d) => { rows.push([a, b, null, null, null, c, d, null, null, null]); merges.push(`B${rows.length}:E${rows.length}`, `G${rows.length}:J${rows.length}`); };
  hdr("信息资源名称", "濠江区电子商务进农村综合示范考评基础数据", "信息资源代码", "44051203-0021-00017");
  hdr("信息资源提供方", "汕头市濠江区商务局", "提供方代码", "114405120069831270");
  hdr("资源格式", "电子表格（xlsx）", "更新周期", "不定期");
  hdr("共享类型", "有条件共享（限区直部门）", "开放类型", "不予开放");
  rows.push(span("数据类型代码：C＝字符型　N＝数值型　D＝日期型（YYYYMMDD）　B＝布尔型（1＝是，0＝否）", W)); merges.push(`A${rows.length}:J${rows.length}`);
  rows.push(["序号", "数据项名称", "数据项标识符", "数据类型", "数据长度", "计量单位", "共享属性", "当前值", "数据来源部门", "备注"]);
  const I = [
    ["县（市、区）名称", "XZQMC", "C", 20, "—", "无条件共享", "濠江区", "区商务局", null],
    ["考评截止日期", "KPJZRQ", "D", 8, "—", "无条件共享", "20210831", "区商务局", "省商务厅通知"],
    ["常住人口", "CZRK", "N", 10, "人", "无条件共享", 272349, "区统计局", "七普"],
    ["行政村数", "XZCS", "N", 4, "个", "无条件共享", 21, "区民政局", "不含社区"],
    ["省定贫困村数", "SDPKCS", "N", 4, "个", "无条件共享", 0, "区乡村振兴局", "本区无省定贫困村"],
    ["示范工作领导小组组长职务", "LDXZZZZW", "C", 50, "—", "有条件共享", "区长", "区政府办", null],
    ["示范工作领导小组成员单位", "LDXZCYDW", "C", 500, "—", "有条件共享", "区商务局;区财政局;区农业农村局;区乡村振兴局;区市场监督管理局;区交通运输局", "区政府办", "分号分隔"],
    ["示范创建工作方案已正式印发", "CJFAYF", "B", 1, "—", "有条件共享", "1", "区商务局", null],
    ["公共服务中心投入运营日期", "GGFWZXYYRQ", "D", 8, "—", "有条件共享", "20201215", "区商务局", null],
    ["中心有免费培训场所、设备，能组织电商基础培训", "ZXMFPX", "B", 1, "—", "有条件共享", "1", "区电商中心", null],
    ["中心为特色农产品提供免费展示、销售服务", "ZXMFZS", "B", 1, "—", "有条件共享", "1", "区电商中心", null],
    ["中心提供免费摄影、美工服务", "ZXMFSY", "B", 1, "—", "有条件共享", "0", "区电商中心", "暂未开展"],
    ["已建设或整合电商产业园", "DSCYY", "B", 1, "—", "有条件共享", "0", "区商务局", null],
    ["有专业第三方电子商务运营服务商", "DSFYYS", "B", 1, "—", "有条件共享", "1", "区商务局", null],
    ["2019年农村网络零售额", "NCWLLSE2019", "N", 12, "万元", "有条件共享", 38650, "区统计局", null],
    ["2020年农村网络零售额", "NCWLLSE2020", "N", 12, "万元", "有条件共享", 51210, "区统计局", null],
    ["2019年农产品网络零售额", "NCPWLLSE2019", "N", 12, "万元", "有条件共享", null, "区统计局", "无此统计口径，暂缺"],
    ["电商培训人次", "DSPXRC", "N", 8, "人次", "有条件共享", 2841, "区电商中心", null],
    ["有劳动能力的建档立卡贫困人口数（不含外出务工）", "YLDNLPKRK", "N", 8, "人", "有条件共享", 412, "区乡村振兴局", null],
    ["参加培训的建档立卡贫困人口数", "CXPKRK", "N", 8, "人", "有条件共享", 187, "区乡村振兴局", "按身份证去重"],
    ["下达省级专项资金总额", "XDZJZE", "N", 14, "元", "有条件共享", 5000000, "区财政局", null],
    ["累计拨付资金", "LJBFZJ", "N", 14, "元", "有条件共享", 3462500, "区财政局", null],
    ["项目总体进度", "XMZTJD", "N", 5, "%", "有条件共享", 78, "区商务局", null],
    ["自评分：方案制定", "ZPF_FAZD", "N", 3, "分", "有条件共享", 2, "区商务局", "1—2分"],
    ["自评分：资金管理制度", "ZPF_ZJZD", "N", 3, "分", "有条件共享", 4, "区商务局", "1—5分"],
    ["自评分：资金台账", "ZPF_ZJTZ", "N", 3, "分", "有条件共享", null, "区商务局", "待财务股填报"],
    ["发生安全生产、质量事故或重大损失", "AQSGBZ", "B", 1, "—", "有条件共享", "0", "区商务局", null],
    ["存在弄虚作假情形", "NXZJBZ", "B", 1, "—", "有条件共享", "0", "区商务局", null],
  ];
  I.forEach((r, i) => rows.push([i + 1].concat(r)));
  rows.push(["编目人：区商务局 林××　　审核：区政务服务数据管理局　　编目日期：2021年9月6日", null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:J${rows.length}`);
  assert(I.length === 28, "28 items");

  write("facts/b101-f3-haojiang.json", {
    description:
      "汕头市濠江区商务局把考评基础数据按数字政府要求编进政务信息资源目录，交来的是《信息资源编目表（数据项）》：上部是资源名称／代码／提供方／格式／更新周期／共享开放类型的成对表头块，一行数据类型代码说明（C字符、N数值、D日期YYYYMMDD、B布尔1是0否），下面一行一个数据项：序号|数据项名称|数据项标识符（拼音缩写）|数据类型|数据长度|计量单位|共享属性|当前值|数据来源部门|备注。读法难点：值只在“当前值”列，要按“数据类型”和“计量单位”读——D型“20210831”“20201215”是日期，B型“1”“0”是是/否（产业园0、摄影美工0是“否”），零售额单位万元（38650万元），进度单位%（78），常住人口、资金单位人、元；“数据长度”列的数字不是值；组长职务“区长”、成员单位用分号分隔；省定贫困村数为0（备注“本区无”）是有效值；2019年农产品网络零售额和资金台账自评分当前值为空（备注暂缺/待填报），不算已填。",
    sheets: [sheet("信息资源编目表", rows, merges)],
    expect: {
      facts: {
        county: "濠江区",
        asOf: "2021-08-31",
        residentPopulation: 272349,
        adminVillagesStated: 21,
        poorVillagesStated: 0,
        planIssued: true,
        centerOpened: "2020-12-15",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        parkBuilt: false,
        thirdPartyOperator: true,
        ruralRetail2019: 386500000,
        ruralRetail2020: 512100000,
        trainingPersonTimesStated: 2841,
        eligiblePoorPersonsStated: 412,
        trainedPoorPersonsStated: 187,
        fundAllocated: 5000000,
        fundSpentStated: 3462500,
        overallProgress: 0.78,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: { "org.plan": 2, "fund.system": 4 },
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b101-l1-shanweichengqu: 汕尾市城区 — 学员误餐交通补贴签领表（培训）和结对帮扶名册（贫困人口）
// =====================================================================================
(function l1() {
  const sheets = [];
  const expect = {};
  const AREA = "441502";
  const ids = [];
  const BIRTH = ["19680312", "19660921", "19910705", "19760214", "19470830", "19700518", "19721103", "20080916", "19810427", "19740109", "19770622", "19690730", "19710315", "19970108"];
  for (let i = 0; i < 24; i++) ids.push(makeId(AREA, BIRTH[i] || `${1965 + ((i * 7) % 35)}${String(1 + ((i * 5) % 12)).padStart(2, "0")}${String(1 + ((i * 11) % 28)).padStart(2, "0")}`, 300 + i * 23, i === 3 || i === 13));
  assert(ids[3].endsWith("X") && ids[13].endsWith("X"), "two X ids");
  const nm = ["吴亚妹", "黄锦华", "黄少娟", "林水生", "陈惠玲", "郑海波", "蔡月娥", "郑木森", "彭秀云", "李德财", "庄丽珠", "许振海", "刘春花", "许国平", "吴小燕", "陈炳坤", "林素贞", "卓家旺", "郑美华", "蔡永发", "彭淑芬", "钟少雄", "李秋菊", "许添福"];

  // ---------------------------------------------------------------- 结对帮扶名册 (poorPersons)
  // [unit, cadre, head idx, member idx, relation, labour text, labour, work text, migrant, village]
  const H = [
    ["区商务局", "陈×× 副局长", 0, 0, "户主", "普通劳动力", true, "在家务农", false, "新湖村"],
    [null, null, 0, 1, "配偶", "普通劳动力", true, "省外务工", true, "新湖村"],
    [null, null, 0, 2, "之女", "技能劳动力", true, "村公益性岗位", false, "新湖村"],
    [null, null, 3, 3, "户主", "普通劳动力", true, "在家务农", false, "新湖村"],
    [null, null, 3, 4, "之母", "丧失劳动力", false, "—", null, "新湖村"],
    ["区商务局", "郑×× 股长", 5, 5, "户主", "普通劳动力", true, "省内县外务工", true, "埔边村"],
    [null, null, 5, 6, "配偶", "普通劳动力", true, "在家务农", false, "埔边村"],
    [null, null, 5, 7, "之子", "无劳动力", false, "—", null, "埔边村"],
    [null, null, 8, 8, "户主", "普通劳动力", true, "在家务农", false, "埔边村"],
    ["区财政局", "林×× 科员", 9, 9, "户主", "技能劳动力", true, "在家务农", false, "新湖村"],
    [null, null, 9, 10, "配偶", "普通劳动力", true, "在家务农", false, "新湖村"],
    [null, null, 11, 11, "户主", "普通劳动力", true, "在家务农", false, "田乾村"],
    [null, null, 11, 12, "配偶", "普通劳动力", true, "在家务农", false, "田乾村"],
    [null, null, 11, 13, "之子", "普通劳动力", true, "省外务工", true, "田乾村"],
  ];
  {
    const rows = [
      span("汕尾市城区建档立卡贫困户结对帮扶名册（马宫街道节选）", 10),
      span("说明：劳动力状况、务工状况按2021年扶贫开发信息系统年度动态调整口径填写；“外出务工”指到县（区）外务工。", 10),
      ["序号", "帮扶单位", "帮扶责任人", "帮扶对象（户主）", "家庭成员", "与户主关系", "身份证号码", "劳动力状况", "务工状况", "所在村"],
    ];
    const merges = ["A1:J1", "A2:J2"];
    const first = rows.length + 1;
    H.forEach((h, i) => rows.push([i + 1, h[0], h[1], (i === 0 || H[i - 1][2] !== h[2]) ? nm[h[2]] : null, nm[h[3]], h[4], ids[h[3]], h[5], h[7], h[9]]));
    // vertical merges: unit/cadre blocks and household heads
    const blocks = (col, keyFn) => {
      let s = 0;
      for (let i = 1; i <= H.length; i++) {
        if (i === H.length || keyFn(i) !== keyFn(s)) { if (i - 1 > s) merges.push(`${col}${first + s}:${col}${first + i - 1}`); s = i; }
      }
    };
    const unitOf = (i) => { let j = i; while (H[j][0] === null) j--; return j; };
    blocks("B", unitOf); blocks("C", unitOf); blocks("D", (i) => H[i][2]);
    sheets.push(sheet("结对帮扶名册", rows, merges));
    expect["结对帮扶名册"] = { kind: "poorPersons", records: H.map((h) => ({ id: ids[h[3]], labour: h[6], migrant: h[8] })) };
  }
  const elig = H.filter((h) => h[6] && h[8] === false);
  assert(elig.length === 9, "9 eligible in the roster");

  // ---------------------------------------------------------------- 误餐交通补贴签领表 (training)
  const blocksT = [
    ["第一期　培训日期：2021年4月22日　地点：城区电子商务公共服务中心　补贴标准：误餐30元＋交通20元／人", "2021-04-22", 50, [0, 2, 3, 6, 8, 9, 10, 11, 12]],
    ["第二期　培训日期：2021.6.10-11（两天）　地点：马宫街道综合文化站　补贴标准：每天误餐30元＋交通20元", "2021-06-11", 100, [0, 3, 9, 14, 15, 16, "ABS17", 18]],
    ["第三期　培训日期：2021年9月8日　地点：城区电子商务公共服务中心　补贴标准：误餐30元＋交通20元／人", "2021-09-08", 50, [2, 6, 19, 20, 21]],
  ];
  {
    const rows = [
      span("汕尾市城区农村电商（脱贫户）专场培训学员误餐及交通补贴签领表", 9),
      span("经办：城区电子商务公共服务中心　　资金来源：省级电子商务进农村专项资金（培训服务）", 9),
    ];
    const merges = ["A1:I1", "A2:I2"];
    const recs = [];
    let grand = 0;
    blocksT.forEach((b) => {
      rows.push(span(b[0], 9)); merges.push(`A${rows.length}:I${rows.length}`);
      rows.push(["序号", "姓名", "身份证号码", "所在村", "社保卡号后四位", "误餐补贴（元）", "交通补贴（元）", "合计（元）", "领取人签名"]);
      let sub = 0;
      b[3].forEach((p, j) => {
        const absent = typeof p === "string";
        const k = absent ? Number(p.slice(3)) : p;
        let idw = ids[k];
        if (k === 3) idw = idw.slice(0, -1) + "x";
        if (k === 9 && b[1] === "2021-06-11") idw = idw.slice(0, 6) + " " + idw.slice(6, 14) + " " + idw.slice(14);
        const meal = absent ? 0 : b[2] === 100 ? 60 : 30;
        const trav = absent ? 0 : b[2] === 100 ? 40 : 20;
        sub += meal + trav;
        rows.push([j + 1, nm[k], idw, (H.find((h) => h[3] === k) || [0, 0, 0, 0, 0, 0, 0, 0, 0, ["新湖村", "埔边村", "田乾村"][k % 3]])[9], String(4100 + k * 173).slice(-4), meal, trav, meal + trav, absent ? "（未到，补贴未发）" : nm[k]]);
        if (!absent) recs.push({ date: b[1], personTimes: 1, id: ids[k] });
      });
      grand += sub;
      rows.push(["小计", null, null, null, null, null, null, sub, null]); merges.push(`A${rows.length}:G${rows.length}`);
    });
    rows.push(["合计", null, null, null, null, null, null, grand, null]); merges.push(`A${rows.length}:G${rows.length}`);
    rows.push(span("注：补贴按实际到课发放；第二期两天班按一人次计。", 9)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("误餐交通补贴签领表", rows, merges));
    expect["误餐交通补贴签领表"] = { kind: "training", records: recs };
    assert(recs.length === 9 + 7 + 5 && grand === 450 + 700 + 250, "21 trainee rows; 1,400元");
  }
  const recs = expect["误餐交通补贴签领表"].records;
  assert(recs.filter((r) => dateOk(r.date)).length === 16, "16 person-times by the cut-off");

  write("ledgers/b101-l1-shanweichengqu.json", {
    description:
      "汕尾市城区商务局电商股交的两张“借来的表”。①区电商中心发培训补贴用的《专场培训学员误餐及交通补贴签领表》当培训台账：每期一块，块头一整行合并写“第×期　培训日期：…　地点：…　补贴标准：…”（2021年4月22日、“2021.6.10-11（两天）”按11日、2021年9月8日），块内表头 序号|姓名|身份证号码|所在村|社保卡号后四位|误餐补贴|交通补贴|合计|领取人签名，每块下有小计，最后合计和注；一行一名到课学员＝1人次（两天班也按一人次，表下注明）；第二期一行签名栏写“（未到，补贴未发）”、金额为0，不是参训记录；身份证有小写x、带空格的；社保卡后四位和金额不是人次。②街道乡村振兴办的《建档立卡贫困户结对帮扶名册》当贫困人口名单：帮扶单位、帮扶责任人按块纵向合并，户主列按户合并，一行一名家庭成员；劳动力状况为扶贫系统分类（普通劳动力、技能劳动力＝有劳动能力；丧失劳动力、无劳动力＝无），务工状况“省外务工”“省内县外务工”是外出务工，“在家务农”“村公益性岗位”不是，无劳动力者填“—”。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b101-l2-longhu: 汕头市龙湖区 — 产业园水电分户台账（入驻企业）和建制村通客车情况表（村居名单）
// =====================================================================================
(function l2() {
  const sheets = [];
  const expect = {};
  {
    const rows = [
      span("龙湖区商务局电商股：两张转来的表的说明", 4),
      span("1．“水电分户台账”是电商产业园物业管理处的。企业入驻当天开户，退园结清当天销户，所以“开户（入驻）日期”就是入驻日期，“销户（退园）日期”就是退园日期，表里没有统一社会信用代码的三户（公共照明、物业管理处、公共直播间）是园区公共用户，不是入驻企业。", 4),
      span("2．“建制村通客车情况表”是区交通运输局的，“建制村”即行政村；社区只列了有客车线路经过的，社区不是行政村。", 4),
    ];
    sheets.push(sheet("说明", rows, ["A1:D1", "A2:D2", "A3:D3"]));
    expect["说明"] = { kind: null };
  }
  // ---------------------------------------------------------------- 水电分户台账 (enterprises)
  // [户号 suffix, room, name, code?, category, open cell, open iso, close cell, close iso]
  const E = [
    ["A101", "汕头市龙湖区潮味优选电子商务有限公司", true, "网络零售", D("2020-10-12"), "2020-10-12", null, null],
    ["A102", "汕头市粤东云仓物流有限公司", true, "快递物流", D("2020-10-12"), "2020-10-12", null, null],
    ["A103", "园区公共照明", false, "—", D("2020-09-30"), "2020-09-30", null, null],
    ["A105", "汕头市侨乡好物平台科技有限公司", true, "电商平台", "2020.11.3", "2020-11-03", null, null],
    ["A106", "汕头市龙湖区玩具之都网店", true, "网络零售", "2020.11.20", "2020-11-20", "2021.4.30", "2021-04-30"],
    ["B201", "物业管理处", false, "—", D("2020-09-30"), "2020-09-30", null, null],
    ["B202", "汕头市潮汕印象电商代运营有限公司", true, "电商代运营", D("2020-12-07"), "2020-12-07", null, null],
    ["B203", "汕头市海丝跨境电子商务有限公司", true, "跨境电商", "2021.1.11", "2021-01-11", null, null],
    ["B205", "汕头市新溪牛肉丸食品有限公司", true, "网络零售", D("2021-02-24"), "2021-02-24", null, null],
    ["B206", "汕头市龙湖区红头船直播工作室", true, "直播电商", "20210315", "2021-03-15", null, null],
    ["C301", "公共直播间", false, "—", "2021.3.20", "2021-03-20", null, null],
    ["C302", "汕头市鮀城设计包装有限公司", true, "电商服务（设计包装）", "2021年4月", "2021-04", null, null],
    ["C303", "汕头市外砂蓝宝石农业有限公司", true, "网络零售", D("2021-05-18"), "2021-05-18", null, null],
    ["C305", "汕头市快达同城配送有限公司", true, "快递物流", "2021.6.1", "2021-06-01", D("2021-08-31"), "2021-08-31"],
    ["C306", "汕头市潮汕茶事电子商务有限公司", true, "网络零售", D("2021-07-05"), "2021-07-05", null, null],
    ["A106-2", "汕头市龙湖区童趣玩具电商有限公司", true, "网络零售", D("2021-05-10"), "2021-05-10", null, null],
    ["C307", "汕头市珠津电商供应链有限公司", true, "电商平台", "2021.9.1", "2021-09-01", null, null],
  ];
  {
    const rows = [
      span("龙湖区电子商务产业园水电分户台账", 12),
      span("物业管理处　　抄表截至2021年9月5日", 12),
      ["户号", "房号", "户名", "统一社会信用代码", "行业类别", "开户（入驻）日期", "销户（退园）日期", "电表号", "水表号", "8月用电（度）", "8月用水（吨）", "备注"],
    ];
    E.forEach((e, i) => {
      const code = e[2] ? ("91440507MA5" + String(2000 + i * 53).padStart(4, "0") + "L" + "QRSTUVWXYZ"[i % 10] + String((i * 3) % 10)).slice(0, 18) : null;
      const room = e[0].replace(/-2$/, "");
      rows.push(["LH-" + String(1001 + i), room, e[1], code, e[3], e[4], e[6], "DB" + (880100 + i * 7), "SB" + (66020 + i * 3), e[7] ? 0 : 180 + ((i * 97) % 900), e[7] ? 0 : 3 + (i % 9), e[0].endsWith("-2") ? "原玩具之都网店退租后接租" : e[7] ? "已销户" : null]);
    });
    sheets.push(sheet("水电分户台账", rows, ["A1:L1", "A2:L2"]));
    const recs = E.filter((e) => e[2]).map((e) => ({ name: e[1], entered: e[5], left: e[7] || null }));
    expect["水电分户台账"] = { kind: "enterprises", records: recs };
    assert(recs.length === 14, "14 enterprises (3 public accounts excluded)");
    const inPark = recs.filter((r) => dateOk(r.entered) && !(r.left && r.left < AS_OF));
    assert(inPark.length === 12, "12 in the park at the cut-off (one left 4/30, one enters 9/1; the 8/31 one stays)");
  }
  // ---------------------------------------------------------------- 建制村通客车情况表 (villages)
  // [town, name, class, poor, lines]
  const V = [
    ["外砂街道", "蓬中村", "建制村", "否", "L18、L22"], ["外砂街道", "华新村", "建制村", "否", "L18"], ["外砂街道", "南社村", "建制村", "否", "L22"],
    ["外砂街道", "龙头村", "建制村", "否", "L18"], ["外砂街道", "外砂社区", "社区", "—", "L18、L22"],
    ["新溪街道", "新溪村", "建制村", "否", "L25"], ["新溪街道", "西南村", "建制村", "否", "L25"], ["新溪街道", "湖头村", "建制村", "否", "L25、L31"],
    ["新溪街道", "南中村", "建制村", "否", "L31"], ["新溪街道", "新溪社区", "社区", "—", "L25"],
    ["龙华街道", "月浦村", "建制村", "否", "L9"], ["龙华街道", "东方村", "建制村", "否", "L9、L12"],
  ];
  {
    const rows = [
      span("龙湖区建制村通客车情况表", 7),
      span("填报单位：龙湖区交通运输局　　2021年6月", 7),
      ["序号", "街道", "建制村（社区）", "类别", "是否省定贫困村", "通客车（公交）", "途经线路"],
    ];
    const merges = ["A1:G1", "A2:G2"];
    let s = 0;
    V.forEach((v, i) => rows.push([i + 1, (i === 0 || V[i - 1][0] !== v[0]) ? v[0] : null, v[1], v[2], v[3], "已通", v[4]]));
    for (let i = 1; i <= V.length; i++) if (i === V.length || V[i][0] !== V[s][0]) { if (i - 1 > s) merges.push(`B${4 + s}:B${3 + i}`); s = i; }
    rows.push(["合计", null, "建制村10个、社区2个，全部通客车", null, null, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:G${rows.length}`);
    sheets.push(sheet("建制村通客车情况表", rows, merges));
    expect["建制村通客车情况表"] = {
      kind: "villages",
      records: V.map((v) => (v[2] === "建制村" ? { name: v[1], admin: true, poor: false } : { name: v[1], admin: false })),
    };
    assert(V.filter((v) => v[2] === "建制村").length === 10, "10 建制村");
  }

  write("ledgers/b101-l2-longhu.json", {
    description:
      "汕头市龙湖区商务局电商股交的两张“转来的表”加说明页（说明页写明读法，不是台账）。①电商产业园物业管理处的《水电分户台账》当入驻企业清单：户号|房号|户名|统一社会信用代码|行业类别|开户（入驻）日期|销户（退园）日期|电表号|水表号|8月用电|8月用水|备注；说明页写明开户日就是入驻日、销户日就是退园日，没有信用代码的“园区公共照明”“物业管理处”“公共直播间”三户是公共用户，不是企业（不列入记录）；玩具之都网店2021.4.30销户、同一房号由童趣玩具电商接租（另起一户），快达同城配送8月31日销户，珠津供应链9月1日开户；日期有真日期、“2020.11.3”“20210315”“2021年4月”；电表号、用电量不是数量。②区交通运输局《建制村通客车情况表》当村居名单：街道纵向合并，“建制村”即行政村，社区两个不是行政村（贫困村列填“—”），是否省定贫困村全为“否”，没有快递列（通客车不是快递覆盖），末尾合计行不是村。",
    sheets,
    expect: { sheets: expect },
  });
})();

// ---------------------------------------------------------------- run
for (const f of written) console.log("wrote " + f);
console.log(written.length + " case(s) written");
