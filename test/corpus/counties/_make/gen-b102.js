// Batch 102 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
// counties/b102-c1-sihui: 肇庆四会市 — 事实和自评分写在《初评结果复核（申诉）申请表》里
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441284";
  // ---------------------------------------------------------------- 申诉表
  const W = 9;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:I${rows.length}`); };
  full("四会市2019年省级电子商务进农村综合示范创建考评　初评结果复核（申诉）申请表");
  rows.push(["县（市、区）", "四会市", null, "申诉单位", "四会市商务局（盖章）", null, "考评截止日期", "2021年8月31日", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`, `H${rows.length}:I${rows.length}`);
  rows.push(["初评单位", "肇庆市商务局交叉初评组", null, "初评反馈日期", "2021年9月10日", null, "申请日期", "2021年9月14日", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`, `H${rows.length}:I${rows.length}`);
  full("说明：“初评得分”照抄市局9月10日反馈（不是我市分数）；“我市自评”为我市自评分，分项写在评分要点行，“小计”为该指标自评分；“是否申诉”为“是”的指标申请复核，理由写在“申诉理由及佐证”列。");
  rows.push(["序号", "评价指标（分值）", "评分要点", "初评得分", "我市自评（分项）", "我市自评（小计）", "是否申诉", "申诉理由及佐证", "佐证材料"]);
  const claimed = {};
  let initialSum = 0;
  const group = (no, name, id, items, initial, appeal, reason, proof) => {
    const start = rows.length + 1;
    const sub = items.reduce((a, it) => a + it[1], 0);
    items.forEach((it, i) => rows.push([i === 0 ? no : null, i === 0 ? name : null, it[0], i === 0 ? initial : null, it[1], i === 0 ? sub : null, i === 0 ? appeal : null, i === 0 ? reason : null, i === 0 ? proof : null]));
    const end = rows.length;
    if (end > start) ["A", "B", "D", "F", "G", "H", "I"].forEach((c) => merges.push(`${c}${start}:${c}${end}`));
    claimed[id] = sub;
    initialSum += initial;
  };
  group(1, "组织领导（2）", "org.leadership", [["主要领导牵头、多部门参与", 2]], 2, "否", null, "附：基础数据");
  group(2, "方案制定（2）", "org.plan", [["示范创建工作方案正式印发", 2]], 2, "否", null, "四府办函〔2020〕31号");
  group(3, "政策支持（2）", "org.policy", [["出台政策且较好落实", 2]], 2, "否", null, "扶持办法及兑现表");
  group(4, "项目管理（4）", "org.management", [["项目管理制度及执行", 2], ["工作台账完整", 1]], 3, "否", null, "附1—附11");
  group(5, "服务体系建设：县级中心与产业园（15）", "work.center", [["中心、运行6个月、免费服务5项、产业园、入驻20家、三种类型（共10项）", 15]], 13, "是",
    "初评以“中心运行不足6个月”扣2分。我市中心2021年2月28日投入运营，至8月31日正好满6个月，符合“截至2021年8月31日正常运行6个月以上”，请予恢复。", "中心开业通知、运营日志");
  group(6, "服务体系建设：村级站点覆盖（10）", "work.coverage", [["行政村覆盖率≥70%", 5], ["省定贫困村覆盖100%", 5]], 5, "是",
    "初评认为罗洞村（省定贫困村）无站点。罗洞村站点8月已装修完毕、设备到位，因台风延至9月3日挂牌，实际已具备服务能力，请按已覆盖计。", "附2、现场照片");
  group(7, "农村产品上行（10）", "work.upward", [["网销调研并形成针对性建议", 2], ["网络促销活动成效明显", 2], ["有专业第三方运营或服务商", 1],
    ["行政村物流快递覆盖率100%", 1], ["交易标准、冷链及溯源系统", 1], ["2020年网络零售额同比增速≥30%", 2]], 9, "否", null, "调研报告、活动总结");
  group(8, "电商人才培训（20）", "work.training", [["培训人次≥常住人口1%", 10], ["建档立卡贫困人口培训率≥50%", 10]], 20, "否", null, "附3—附5");
  group(9, "信息公开（4）", "info.disclosure", [["专栏设立且内容全面", 2], ["近一年按月更新", 2]], 4, "否", null, "附9");
  group(10, "数据上报（6）", "info.reporting", [["近一年每月向市商务局报送", 3], ["能统计电商扶贫情况", 3]], 4, "是",
    "初评认为2月份无报送。1月、2月月报因春节假期合并于3月1日一并报送，两个月数据齐全，应视为按月报送。", "附8");
  group(11, "案例总结（2）", "promo.cases", [["向市商务局报送经验材料", 2]], 2, "否", null, "附11");
  group(12, "经验推广（8）", "promo.media", [["省级、市级、县级媒体报道", 8]], 8, "否", null, "附10");
  group(13, "制度建立（5）", "fund.system", [["资金管理制度并有效落实", 4]], 4, "否", null, "资金管理办法");
  group(14, "资金台账（5）", "fund.ledger", [["资金专用台账完整清晰", 5]], 5, "否", null, "附7");
  group(15, "资金支出（5）", "fund.spending", [["支出率≥70%且按进度及时拨付", 4]], 4, "否", null, "附7、拨付文件");
  full("加分项（最高4分）");
  group("加1", "建档立卡贫困人口培训率≥70%（2）", "bonus.poorTraining", [["培训率≥70%", 2]], 0, "是",
    "我市有劳动能力的建档立卡贫困人口17人，参加电商培训12人，培训率70.6%，达到加分标准。", "附4、附5");
  group("加2", "电商扶贫典型案例电视播报（2）", "bonus.tvCase", [["国家级2分／省级1分", 2]], 0, "是",
    "2021年9月10日中央电视台CCTV-17播出我市江谷镇电商扶贫案例（国家级），请予加分。", "附10、视频");
  full("一票否决项（我市情况）");
  rows.push(["否1", "发生安全生产、质量事故或重大损失", "无", null, null, null, null, null, null]);
  rows.push(["否2", "项目总体进度不足40%", "总体进度88%", null, null, null, null, null, null]);
  rows.push(["否3", "弄虚作假", "无", null, null, null, null, null, null]);
  const claimedScored = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(claimedScored === 96, "claimed scored 96, got " + claimedScored);
  assert(claimed["bonus.poorTraining"] + claimed["bonus.tvCase"] === 4, "claimed bonus 4");
  assert(initialSum === 87, "初评 87, got " + initialSum);
  rows.push(["合计", null, null, initialSum, null, "96＋加分4＝100", null, null, null]);
  merges.push(`A${rows.length}:C${rows.length}`);
  full("附：申诉涉及的基础数据（与附1—附11台账一致）");
  rows.push(["项目", null, "数据", null, null, "说明", null, null, null]);
  const kv = (a, b, c) => { rows.push([a, null, b, null, null, c || null, null, null, null]); merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:E${rows.length}`, `F${rows.length}:I${rows.length}`); };
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:E${rows.length}`, `F${rows.length}:I${rows.length}`);
  kv("常住人口", "54.2万人", "第七次全国人口普查");
  kv("领导小组组长", "市长", "成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市发改局、市市场监管局、市邮政管理局");
  kv("示范创建工作方案", "已正式印发（2020年5月）", "四府办函〔2020〕31号");
  kv("农村电商扶持政策", "已出台", "《四会市促进农村电子商务发展扶持办法》");
  kv("县级电商公共服务中心投入运营", "2021年2月28日", "运营方：肇庆市四会优品电子商务有限公司（专业第三方）");
  kv("免费培训场所、设备，能开展基础培训", "有", "培训室100座，电脑50台");
  kv("特色农产品免费展示、销售", "有", null);
  kv("免费摄影、美工", "有", null);
  kv("农产品统一推广、品牌建设", "有", "“四会柑橘”“四会玉器”区域品牌");
  kv("其他衍生增值服务", "有", "代办证照、供应链金融对接");
  kv("电商产业园", "已整合建成", "整合玉器城电商基地");
  kv("专业第三方运营服务商", "有", null);
  kv("行政村物流快递覆盖率", "100%", "市邮政管理局证明");
  kv("2019年农村网络零售额", "15.60亿元", null);
  kv("2020年农村网络零售额", "20.30亿元", null);
  kv("专栏公示创建方案", "是", "市政府网站“电子商务进农村”专栏");
  kv("专栏公示项目基本信息", "是", null);
  kv("专栏公示项目建设进度", "是", "每月更新");
  kv("专栏征求意见窗口", "有", "“我要留言”");
  kv("能统计电商扶贫情况", "能", "月报附电商扶贫统计表");
  kv("下达省级专项资金", "500万元", null);
  kv("资金管理制度", "已制定", null);
  kv("资金专用台账", "已建立", "附7");
  kv("项目总体进度", "88%", null);
  rows.push(["经办人：市商务局电商股 冯××　　分管领导：副局长 梁××　　联系电话：0758-33×××××", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  sheets.push(sheet("复核申诉表", rows, merges));
  assert(2030 * 100 >= 1560 * 130, "rural growth 30.1% ≥ 30%");
  assert(Math.floor((2030 / 1560 - 1) * 1000) === 301, "30.1%");

  // ---------------------------------------------------------------- 附1 村居名单
  // [town, name, type, poor, express]
  const V = [
    ["江谷镇", "江谷村", "村", "", "√"], ["江谷镇", "罗洞村", "村", "是", "√"], ["江谷镇", "新城村", "村", "", "√"], ["江谷镇", "大旗村", "村", "", "√"],
    ["江谷镇", "五星村", "村", "", "√"], ["江谷镇", "江谷社区", "社区", "", "√"],
    ["黄田镇", "黄田村", "村", "", "√"], ["黄田镇", "松岗村", "村", "是", "√"], ["黄田镇", "都合村", "村", "", "√"], ["黄田镇", "沙尾村", "村", "", "√"],
    ["黄田镇", "东门村", "村", "", "√"], ["黄田镇", "黄田社区", "社区", "", "√"],
    ["石狗镇", "石狗村", "村", "", "√"], ["石狗镇", "程村村", "村", "", "√"], ["石狗镇", "白沙村", "村", "是", "√"], ["石狗镇", "大布村", "村", "", "√"],
    ["地豆镇", "地豆村", "村", "", "√"], ["地豆镇", "岗坪村", "村", "", "√"], ["地豆镇", "坑尾村", "村", "", "√"], ["地豆镇", "杨梅村", "村", "", "√"],
    ["东城街道", "东城社区", "社区", "", "√"], ["东城街道", "龙湾社区", "社区", "", "×"],
  ];
  {
    const r = [span("四会市村（社区）名单（示范创建范围）", 6), ["序号", "镇（街道）", "村（社区）名称", "村／社区", "省定贫困村", "快递进村（√／×）"]];
    V.forEach((v, i) => r.push([i + 1, v[0], v[1], v[2], v[3] || null, v[4]]));
    r.push(["注：“村”为行政村（村民委员会），“社区”为居民委员会。", null, null, null, null, null]);
    sheets.push(sheet("附1 村居名单", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  const admin = V.filter((v) => v[2] === "村");
  const poorV = admin.filter((v) => v[3] === "是").map((v) => v[1]);
  assert(admin.length === 18 && poorV.length === 3, "18 admin, 3 poor");
  assert(admin.every((v) => v[4] === "√"), "all admin villages have express");

  // ---------------------------------------------------------------- 附2 站点清单
  const S = [
    ["江谷镇", "江谷村电商服务站", "江谷村", D("2020-07-10"), "2020-07-10"],
    ["江谷镇", "新城村电商服务站", "新城村委会", "2020.8.21", "2020-08-21"],
    ["黄田镇", "黄田村电商服务站", "黄田村", D("2020-09-15"), "2020-09-15"],
    ["江谷镇", "大旗村电商服务站", "大旗村", "2020年10月", "2020-10"],
    ["黄田镇", "松岗村电商服务站", "松岗村民委员会", "2020/11/20", "2020-11-20"],
    ["东城街道", "东城社区电商服务点", "东城社区", D("2020-12-02"), "2020-12-02"],
    ["黄田镇", "都合村电商服务站", "都合村", D("2021-01-08"), "2021-01-08"],
    ["黄田镇", "东门村电商服务站", "东门村", "20210312", "2021-03-12"],
    ["石狗镇", "石狗村电商服务站", "石狗村", "2021.3.25", "2021-03-25"],
    ["石狗镇", "白沙村电商服务站", "白沙村", "2021年4月16日", "2021-04-16"],
    ["石狗镇", "石狗墟电商服务中心", "石狗墟", D("2021-04-28"), "2021-04-28"],
    ["石狗镇", "大布村电商服务站", "大布村", "2021.5.6", "2021-05-06"],
    ["地豆镇", "地豆村电商服务站", "地豆村", D("2021-05-20"), "2021-05-20"],
    ["黄田镇", "黄田村沙糖桔电商点", "黄田村", "2021.6.2", "2021-06-02"],
    ["地豆镇", "岗坪村电商服务站", "岗坪村", "2021.6.18", "2021-06-18"],
    ["地豆镇", "坑尾村电商服务站", "坑尾村", "2021-08-31", "2021-08-31"],
    ["江谷镇", "罗洞村电商服务站", "罗洞村", "2021.9.3", "2021-09-03"],
  ];
  {
    const r = [span("四会市村级电子商务服务站点清单", 8), ["序号", "镇（街道）", "站点名称", "所在村（社区）", "负责人", "联系电话", "挂牌日期", "服务内容"]];
    S.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], ["冯", "梁", "陈", "邓", "黄", "罗"][i % 6] + "××", "1392" + String(5830000 + i * 3119).slice(0, 7), s[3], "代购代销、快递收发、代缴费"]));
    r.push(["注：罗洞村站点8月已完成装修，因台风9月3日挂牌。", null, null, null, null, null, null, null]);
    sheets.push(sheet("附2 站点清单", r, ["A1:H1", `A${r.length}:H${r.length}`]));
  }
  const vn = (n) => n.replace(/村民委员会$|村委会$/, "村");
  const adminNames = new Set(admin.map((v) => v[1]));
  const covered = new Set(S.filter((s) => dateOk(s[4]) && adminNames.has(vn(s[2]))).map((s) => vn(s[2])));
  assert(covered.size === 13, "13 covered, got " + covered.size);
  assert(covered.size * 100 >= 70 * 18, "72.2% ≥ 70%");
  const poorCov = poorV.filter((p) => covered.has(p)).length;
  assert(poorCov === 2 && poorCov * 100 < 80 * 3, "2/3 poor covered < 80%");

  // ---------------------------------------------------------------- 附3 培训台账（按期次）
  const T = [
    [1, "2020.9.22", "2020-09-22", "电商基础知识普及（江谷镇）", 320, 320],
    [2, D("2020-10-20"), "2020-10-20", "网店开设与装修", 355, 355],
    [3, "2020.11.17-19", "2020-11-19", "直播带货实操（三天班）", "410人次", 410],
    [4, D("2020-12-15"), "2020-12-15", "沙糖桔网销专题", 290, 290],
    [5, "2021.1.12", "2021-01-12", "电商基础知识普及（黄田镇）", 365, 365],
    [6, D("2021-03-09"), "2021-03-09", "短视频拍摄与剪辑", 380, 380],
    [7, "2021年3月30日", "2021-03-30", "电商政策宣讲（市直机关）", 340, 340],
    [8, D("2021-04-20"), "2021-04-20", "玉器网销与直播", 305, 305],
    [9, "2021.5.11", "2021-05-11", "电商基础知识普及（石狗镇）", 395, 395],
    [10, D("2021-05-27"), "2021-05-27", "农产品包装与品牌", 330, 330],
    [11, "2021.6.15", "2021-06-15", "社区团购运营", 360, 360],
    [12, D("2021-07-06"), "2021-07-06", "电商基础知识普及（地豆镇）", 345, 345],
    [13, "2021.7.27", "2021-07-27", "电商客服与售后", 370, 370],
    [14, D("2021-08-24"), "2021-08-24", "农村电商带头人增值班", 420, 420],
    [15, "2021.9.15", "2021-09-15", "“双11”备战培训", 300, 300],
  ];
  {
    const r = [span("四会市电子商务培训台账（按期次统计）", 7), span("说明：本表为普及性、增值培训按期次统计人次，不含贫困户专场（专场逐人签到见附4）。", 7),
      ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "承办单位", "备注"]];
    T.forEach((t) => r.push([t[0], t[1], t[3], "市电商公共服务中心", t[4], "四会优品公司", null]));
    r.push(["合计", null, null, null, T.reduce((a, t) => a + t[5], 0), null, "含第15期"]);
    sheets.push(sheet("附3 培训台账", r, ["A1:G1", "A2:G2", `A${r.length}:D${r.length}`]));
  }
  const sessOk = T.filter((t) => dateOk(t[2])).reduce((a, t) => a + t[5], 0);
  assert(sessOk === 4985, "4985 session person-times, got " + sessOk);

  // ---------------------------------------------------------------- 附5 贫困人口 / 附4 专场签到
  const P = {};
  let seq = 23;
  const mk = (key, birth, wantX) => { P[key] = makeId(AREA, birth, seq, wantX); seq += 41; };
  for (let i = 1; i <= 16; i++) mk("E" + i, String(1964 + i) + String((i % 12) + 1).padStart(2, "0") + String((i * 5) % 27 + 1).padStart(2, "0"), i === 6);
  mk("M1", "19890716", false);
  mk("N1", "19470211", false); mk("N2", "19430905", false);
  for (let i = 1; i <= 5; i++) mk("X" + i, "19" + (86 + i) + "0418", false);
  const NAMES = {};
  const sur = ["冯", "梁", "陈", "邓", "黄", "罗", "李", "何", "莫", "江", "谭", "苏"];
  const giv = ["志明", "秀英", "国强", "桂芳", "永红", "丽霞", "德华", "凤英", "伟明", "美娟", "锦华", "金莲", "福生", "小梅", "建华", "亚娣", "兆基", "月红", "瑞祥", "素芬", "炳坤", "玉珍", "家豪", "惠芳"];
  Object.keys(P).forEach((k, i) => { NAMES[k] = sur[i % 12] + giv[i % giv.length]; });
  assert(P.E6.endsWith("X"), "E6 ends with X");
  const pvill = ["罗洞村", "松岗村", "白沙村"];
  const VILL = {};
  {
    const r = [span("四会市建档立卡贫困人口名单（有劳动能力及参训相关人员）", 8), ["序号", "姓名", "公民身份号码", "所在村", "劳动能力", "务工情况", "联系电话", "备注"]];
    const keys = [];
    for (let i = 1; i <= 16; i++) keys.push("E" + i);
    keys.splice(7, 0, "M1"); keys.splice(12, 0, "N1"); keys.push("N2");
    keys.forEach((k, i) => {
      const lab = k[0] === "N" ? "丧失劳动能力" : "有劳动能力";
      const mig = k[0] === "M" ? "外出务工（东莞）" : k[0] === "N" ? null : "本地";
      VILL[k] = pvill[i % 3];
      r.push([i + 1, NAMES[k], P[k], VILL[k], lab, mig, "138" + String(22000000 + i * 71933).slice(0, 8), null]);
    });
    r.push(["注：经市乡村振兴局核对，有劳动能力且未外出务工16人。", null, null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:H1", `A${r.length}:H${r.length}`]));
    assert(keys.length === 19, "19 persons listed");
  }
  const SESS = [
    ["2021年3月23日", "2021-03-23", ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "M1", "X1", "X2"]],
    [D("2021-06-08"), "2021-06-08", ["E8", "E9", "E10", "E11", "E1", "E2", "E3", "N1", "X3", "X4"]],
    ["2021.9.7", "2021-09-07", ["E12", "E13", "E14", "E4", "X5"]],
  ];
  const trainRecs = [];
  {
    const r = [span("四会市建档立卡贫困户电商专场培训签到表", 7), ["序号", "培训日期", "姓名", "身份证号", "所在村", "是否建档立卡贫困户", "本人签名"]];
    let n = 0;
    SESS.forEach((s) => s[2].forEach((k) => {
      n++;
      r.push([n, s[0], NAMES[k], P[k], k[0] === "X" ? "江谷村" : VILL[k], k[0] === "X" ? "否" : "是", NAMES[k]]);
      trainRecs.push({ date: s[1], personTimes: 1, id: P[k] });
    }));
    sheets.push(sheet("附4 专场签到", r, ["A1:G1"]));
  }
  const signOk = trainRecs.filter((t) => dateOk(t.date));
  assert(signOk.length === 20, "20 sign-ins by cut-off");
  const personTimes = sessOk + signOk.length;
  assert(personTimes === 5005, "5005 person-times");
  const base = Math.min(542000, 500000);
  assert(personTimes * 100 >= base * 1, "≥ 1%");
  assert(sessOk * 100 < base * 1, "sessions alone below 1%");
  const eligible = new Set(); for (let i = 1; i <= 16; i++) eligible.add(P["E" + i]);
  const trained = new Set(signOk.map((t) => t.id).filter((id) => eligible.has(id)));
  assert(trained.size === 11 && trained.size * 100 >= 50 * 16 && trained.size * 100 < 70 * 16, "11/16 = 68.75%");
  const trainedInclMigrant = new Set(signOk.map((t) => t.id).filter((id) => eligible.has(id) || id === P.M1));
  assert(trainedInclMigrant.size === 12 && 12 * 100 >= 70 * 17, "the clerk's 12/17 = 70.6%");

  // ---------------------------------------------------------------- 附6 入驻企业
  const EN = [
    ["四会优品电子商务有限公司", "电商运营服务商", D("2020-10-12"), "2020-10-12", null, null],
    ["四会市玉缘直播电商有限公司", "销售型", "2020.10.12", "2020-10-12", null, null],
    ["肇庆市橘乡农产品网店", "销售型", D("2020-10-26"), "2020-10-26", null, null],
    ["四会市邮政电商仓储中心", "物流企业", "2020.11.3", "2020-11-03", null, null],
    ["四会市惠农汇平台科技有限公司", "平台型", D("2020-11-16"), "2020-11-16", null, null],
    ["四会市翠玉坊电子商务有限公司", "销售型", "2020.11.30", "2020-11-30", null, null],
    ["四会市速通快递服务部", "物流企业", D("2020-12-07"), "2020-12-07", null, null],
    ["四会市沙糖桔专业合作社网店", "销售型", "2020.12.21", "2020-12-21", null, null],
    ["肇庆市数农代运营有限公司", "电商运营服务商", D("2021-01-11"), "2021-01-11", null, null],
    ["四会市玉器城直播基地", "直播机构", "2021.1.25", "2021-01-25", null, null],
    ["四会市江谷山货电子商务有限公司", "销售型", D("2021-02-22"), "2021-02-22", "2021.5.31", "2021-05-31"],
    ["四会市本地购同城平台有限公司", "平台型", "2021.3.8", "2021-03-08", null, null],
    ["四会市云仓供应链管理有限公司", "物流企业", D("2021-03-22"), "2021-03-22", null, null],
    ["四会市贞山茶业有限公司", "销售型", "2021.4.6", "2021-04-06", null, null],
    ["四会市美工设计工作室", "电商运营服务商", D("2021-04-19"), "2021-04-19", null, null],
    ["四会市兰花谷农业发展有限公司", "销售型", "2021.5.10", "2021-05-10", null, null],
    ["四会市黄田腊味网店", "销售型", D("2021-05-24"), "2021-05-24", null, null],
    ["四会市跨境优选电子商务有限公司", "平台型", "2021.6.7", "2021-06-07", null, null],
    ["四会市石狗豆腐角食品有限公司", "销售型", D("2021-06-21"), "2021-06-21", null, null],
    ["四会市冷链配送有限公司", "物流企业", "2021年7月", "2021-07", null, null],
    ["四会市地豆竹编工艺品网店", "销售型", D("2021-07-19"), "2021-07-19", null, null],
    ["四会市农趣电商孵化有限公司", "电商运营服务商", "2021.8.16", "2021-08-16", null, null],
    ["四会市绿源果蔬电子商务有限公司", "销售型", "2021.9.8", "2021-09-08", null, null],
  ];
  {
    const r = [span("四会市电子商务产业园入驻企业清单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "状态"]];
    EN.forEach((e, i) => {
      const code = ("91441284MA5" + String(2000 + i * 83).padStart(4, "0") + "ABCDEFGHJK"[i % 10] + String(i % 10) + "Q").slice(0, 18);
      assert(code.length === 18, "code");
      r.push([i + 1, e[0], code, e[1], e[2], e[4], e[4] ? "已退出" : "在园"]);
    });
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  const inPark = EN.filter((e) => dateOk(e[3]) && !(e[5] && e[5] <= AS_OF));
  assert(inPark.length === 21, "21 in park");
  const typeNorm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  assert(new Set(inPark.map((e) => typeNorm(e[1]))).size === 5, "5 types");

  // ---------------------------------------------------------------- 附7 资金台账
  const F = [
    [D("2020-10-28"), "2020-10-28", "公共服务中心装修改造", "85万", 850000],
    ["2020.12.30", "2020-12-30", "村级站点建设（第一批）", 620000, 620000],
    [D("2021-02-05"), "2021-02-05", "物流配送体系建设", "48.5万", 485000],
    ["2021.4.22", "2021-04-22", "电商培训服务", "560,000.00", 560000],
    [D("2021-06-29"), "2021-06-29", "村级站点建设（第二批）", "52万", 520000],
    ["2021.8.30", "2021-08-30", "品牌推广及溯源系统", 605000, 605000],
    [D("2021-09-18"), "2021-09-18", "中心运营服务（尾款）", "40万", 400000],
  ];
  {
    const r = [span("四会市省级电子商务进农村综合示范专项资金使用台账", 6), span("下达资金500万元　金额单位：元（注“万”者为万元）", 6),
      ["序号", "拨付日期", "支出项目", "拨付金额", "凭证号", "备注"]];
    F.forEach((f, i) => r.push([i + 1, f[0], f[2], f[3], "记-" + f[1].slice(0, 4) + "-" + String(20 + i * 13).padStart(3, "0"), null]));
    r.push(["合计", null, null, "404万", null, "含9月18日一笔"]);
    sheets.push(sheet("附7 资金台账", r, ["A1:F1", "A2:F2", `A${r.length}:C${r.length}`]));
  }
  const spent = F.filter((f) => dateOk(f[1])).reduce((a, f) => a + f[4], 0);
  assert(spent === 3640000 && F.reduce((a, f) => a + f[4], 0) === 4040000, "3,640,000 by cut-off");
  assert(spent * 1000 === 728 * 5000000 && spent * 100 >= 70 * 5000000, "72.8%");

  // ---------------------------------------------------------------- 附8 月报
  const R = [
    ["2020年8月", "2020.9.8", "2020-09-08"], ["2020年9月", D("2020-10-10"), "2020-10-10"], ["2020年10月", "2020.11.9", "2020-11-09"],
    ["2020年11月", D("2020-12-08"), "2020-12-08"], ["2020年12月", "2021.1.11", "2021-01-11"], ["2021年1-2月（合并）", D("2021-03-01"), "2021-03-01"],
    ["2021年3月", "2021.4.8", "2021-04-08"], ["2021年4月", D("2021-05-10"), "2021-05-10"], ["2021年5月", "2021.6.7", "2021-06-07"],
    ["2021年6月", D("2021-07-08"), "2021-07-08"], ["2021年7月", "2021.8.9", "2021-08-09"],
  ];
  {
    const r = [span("四会市向肇庆市商务局报送月报登记", 6), ["序号", "所属月份", "报送日期（发出）", "报送内容", "是否含电商扶贫统计", "报送方式"]];
    R.forEach((x, i) => r.push([i + 1, x[0], x[1], "示范创建进展、电商统计数据", "是", "粤政易"]));
    sheets.push(sheet("附8 月报", r, ["A1:F1"]));
  }
  assert(monthsCovered(R.map((x) => x[2])) === 11, "11 of 12 months (no 2021-02 sending)");

  // ---------------------------------------------------------------- 附9 专栏更新
  const DS = ["2020-09-18", "2020-10-23", "2020-11-20", "2020-12-18", "2021-01-22", "2021-02-26", "2021-03-19", "2021-04-23", "2021-05-21", "2021-05-31", "2021-06-25", "2021-07-23", "2021-08-20", "2021-09-17"];
  {
    const r = [span("四会市政府网站“电子商务进农村”专栏更新记录", 4), ["序号", "发布日期", "标题", "栏目"]];
    DS.forEach((d, i) => r.push([i + 1, i % 2 ? D(d) : d.replace(/-0?/g, "."), i === 0 ? "四会市电子商务进农村综合示范创建工作方案" : i === 9 ? "示范项目基本信息（更新）" : `四会市电子商务进农村项目建设进度（${d.slice(0, 4)}年${+d.slice(5, 7)}月）`, i === 0 ? "创建方案" : i === 9 ? "项目信息" : "建设进度"]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:D1"]));
  }
  assert(monthsCovered(DS) === 12, "12 months disclosure");

  // ---------------------------------------------------------------- 附10 宣传报道
  const MED = [
    [D("2020-12-18"), "2020-12-18", "四会电视台《四会新闻》", "县级", "电视", "江谷镇村级电商服务站开张", "否"],
    ["2021.4.7", "2021-04-07", "南方+客户端", "省级", "网络", "四会柑橘搭上直播快车", "否"],
    [D("2021-06-16"), "2021-06-16", "西江日报", "市级", "报纸", "四会：电商园里的“玉”与“橘”", "否"],
    ["2021.7.21", "2021-07-21", "四会电视台《四会新闻》", "县级", "电视", "脱贫户“触网”卖沙糖桔", "是"],
    [D("2021-09-10"), "2021-09-10", "中央电视台CCTV-17", "国家级", "电视", "江谷镇：电商帮扶让山货出山", "是"],
  ];
  {
    const r = [span("四会市电子商务进农村宣传报道登记", 7), ["序号", "报道日期", "媒体", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
    MED.forEach((m, i) => r.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6]]));
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  const lv = new Set(MED.filter((m) => dateOk(m[1])).map((m) => m[3]));
  assert(lv.size === 3 && !lv.has("国家级"), "province + city + county by cut-off");
  assert(!MED.some((m) => dateOk(m[1]) && m[4] === "电视" && m[6] === "是" && /省级|国家级/.test(m[3])), "no provincial/national TV poverty case by cut-off");

  // ---------------------------------------------------------------- 附11 经验材料
  sheets.push(sheet("附11 经验材料", [span("经验材料报送登记", 4), ["序号", "报送日期", "材料标题", "报送单位"],
    [1, "2021.7.20", "四会市“园区＋中心＋站点”电商进农村经验做法", "肇庆市商务局"]], ["A1:D1"]));

  // ---------------------------------------------------------------- expectations
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 0,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10,
    "info.disclosure": 2 + 2,
    "info.reporting": 1 + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 89, "89 scored, got " + scored);
  const ord = (n) => (n.startsWith("附") ? parseInt(n.slice(1), 10) : 0);
  sheets.sort((a, b) => ord(a.name) - ord(b.name));
  write("counties/b102-c1-sihui.json", {
    description:
      "肇庆市四会市商务局的整本考评工作簿（12个表：复核申诉表、附1—附11），中上（89分，无加分，未否决；表内自评96＋加分4＝100）。事实和自评分不在填报表里，而在电商股收到肇庆市商务局交叉初评反馈后填的《初评结果复核（申诉）申请表》里：表头块成对（县（市、区）|四会市、考评截止日期|2021年8月31日、初评单位、初评反馈日期、申请日期），主体 序号|评价指标（分值）|评分要点|初评得分|我市自评（分项）|我市自评（小计）|是否申诉|申诉理由及佐证|佐证材料，一个指标几个评分要点各占一行、其余列纵向合并；“初评得分”是市局的分（说明行写明不是我市分数），自评是“我市自评”两列：主观项分数在分项列，指标自评（claimed）在小计列；加分项两行也带自评分；一票否决三行把我市情况写在评分要点列（无／总体进度88%／无）；表下“附：申诉涉及的基础数据”为 项目|数据|说明（各自合并）：常住人口54.2万人、市长任组长及成员单位、方案2020年5月印发、中心2021年2月28日投入运营、零售额15.60亿元／20.30亿元、专栏四项、下达500万元等。读法难点：中心2月28日投入运营恰好等于“截止日前6个月”的边界，算运行满6个月（申诉有理）；申诉说罗洞村（省定贫困村）站点“实际已具备服务能力”，但挂牌日期2021.9.3在截止日后，不算；申诉说1、2月月报合并3月1日报送应视为按月，但按报送日期2021年2月没有报送，只能算不定时；申诉把外出务工的1人算进分母分子（12/17=70.6%），按规则只算不外出务工的16人，参训11人=68.75%，够10分不够加分；CCTV-17的扶贫案例是9月10日播的，不算。台账：村居名单“村／社区”列、快递列√×（只有社区一个×）；站点清单村委会、村民委员会写法，黄田村两站，东城社区点不计，石狗墟不在名单，坑尾村8月31日算；培训按期次14期4,985人次（三天班按结束日，“410人次”文本，第15期9月不算，合计行不算）加专场逐人签到截止日前20行，合计5,005人次，正好跨过1%；入驻企业23家中截止日在园21家；资金元与“万”混写，合计行含9月一笔；专栏12个月都有更新。",
    sheets,
    expect: { asOf: "2021-08-31", total: 89, bonus: 0, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 基础数据“领导小组组长｜市长”（主要领导），成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2",
      "org.plan: 工作方案2020年5月正式印发，分项自评2 → 2",
      "org.policy: 已出台扶持办法，分项自评2 → 2",
      "org.management: 项目管理制度分项2 + 工作台账分项1 → 3",
      "work.center: 中心2021-02-28投入运营 ≤ 截止日 2；运行6个月要求投入运营 ≤ 2021-02-28，2月28日正好在边界上 → 2（初评扣2分不对）；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他增值服务（代办证照、金融对接）1；产业园已整合建成 2；附6入驻23家 − 江谷山货（2021.5.31退出）− 绿源果蔬（2021.9.8入驻）= 21 ≥ 20 → 2（“2021年7月”入驻的算）；类型平台、销售、运营服务商、物流、直播机构 ≥ 3 → 1；合计 15",
      "work.coverage: 附1行政村18个（“村”），江谷、黄田、东城、龙湾4个社区不计；附2截止日前有站的行政村：江谷、新城（新城村委会）、黄田（两站算一次）、大旗（2020年10月）、松岗（松岗村民委员会）、都合、东门、石狗、白沙、大布、地豆、岗坪、坑尾（2021-08-31，算）= 13；东城社区点不计，石狗墟不在名单（警告），罗洞村2021.9.3不算 → 13/18 = 72.2% ≥ 70% → 5；省定贫困村罗洞、松岗、白沙中有站2个 → 2/3 = 66.7% < 80% → 0；合计 5（自评10，申诉不成立）",
      "work.upward: 网销调研分项2；促销活动分项2；第三方运营服务商（四会优品公司）有 1；附1有快递列，18个行政村都是√（只有龙湾社区×，社区不计）→ 1；交易标准冷链溯源分项1；农村网零15.60亿→20.30亿，增30.1% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9",
      "work.training: 人次 = 附3截止日前14期合计4,985（11月17-19日三天班按19日，“410人次”按410，第15期2021.9.15的300不算，合计行不算）+ 附4截止日前签到20行（3月23日10、6月8日10；9月7日5行不算）= 5,005；基数 min(542,000, 500,000) = 500,000；5,005/500,000 = 1.001% ≥ 1% → 10。贫困人口：附5有劳动能力19−2=17人，去掉外出务工1人 = 16人；截止日前按身份证在附4出现的16人中的11人（E1–E11，重复参训只算一次；外出务工、丧失劳动能力、非贫困户不算）→ 11/16 = 68.75% ≥ 50% → 10；合计 20",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，有“我要留言”征求意见窗口 → 2；附9在2020-09…2021-08每月都有更新 → 2；合计 4",
      "info.reporting: 附8按报送日期：2020-09、10、11、12、2021-01、03、04、05、06、07、08有报送，2021年2月没有（1-2月合并于3月1日报送）→ 11/12 → 不定时 1；月报都含电商扶贫统计 → 3；合计 4（自评6，申诉不成立）",
      "promo.cases: 附11 2021.7.20向肇庆市商务局报送经验材料 → 2",
      "promo.media: 截止日前省级（南方+ 2021.4.7）→ 4，市级（西江日报 2021-06-16）→ 3，县级（四会电视台）→ 1；CCTV-17在9月10日不算 → 8",
      "fund.system: 资金管理制度已制定，自评4 → 4",
      "fund.ledger: 资金专用台账已建立，自评5 → 5",
      "fund.spending: 附7截止日前 850,000+620,000+485,000+560,000+520,000+605,000 = 3,640,000元（2021-09-18的40万不算，合计行“404万”不算）；3,640,000/5,000,000 = 72.8% ≥ 70% → 按及时拨付分项自评 4",
      "bonus.poorTraining: 11/16 = 68.75% < 70% → 0（申诉表把外出务工者算进去得12/17=70.6%，不成立）",
      "bonus.tvCase: 截止日前的扶贫案例电视报道只有四会电视台（县级），CCTV-17在2021-09-10，截止日后 → 0",
      "veto.incident: 安全生产、质量事故“无” → 0，不否决",
      "veto.progress: 项目总体进度88% ≥ 40% → 0，不否决",
      "veto.fraud: 弄虚作假“无” → 0，不否决",
      "total: 2+2+2+3+15+5+9+20+4+4+2+8+4+5+4 = 89，加分 0，合计 89；表内自评96＋加分4＝100（站点覆盖、数据上报、两项加分高于台账所证），初评得分合计87（中心少算2分）",
    ],
  });
})();

// =====================================================================================
// facts/b102-f1-potou: 湛江市坡头区 — 发到村里的《电商进农村政策明白卡》（正反两面并排）
// =====================================================================================
(function f1() {
  const rows = [];
  const merges = [];
  rows.push(["坡头区电子商务进农村　政策明白卡（正面）", null, null, null, "坡头区电子商务进农村　政策明白卡（背面）", null, null]);
  merges.push("A1:C1", "E1:G1");
  const pair = (a, b) => { rows.push([a, null, null, null, b, null, null]); const n = rows.length; if (a !== null) merges.push(`A${n}:C${n}`); if (b !== null) merges.push(`E${n}:G${n}`); };
  pair("坡头区是2019年省级电子商务进农村综合示范区，省财政支持示范专项资金500万元。", "二、村里的电商服务");
  pair("一、区电子商务公共服务中心（龙头镇商贸大道18号）", "✔ 全区行政村快递100%通达，寄件到村里电商服务站即可");
  pair("2020年11月16日起正式对外服务，周一至周六开放", "✔ 村站点可代买代卖、代缴话费电费");
  pair("✔ 免费电商培训：有培训室和电脑，基础班随到随学", "✔ 村站点名单扫右下角二维码查看");
  pair("✔ 免费展示、代销本地特色农产品（海鸭蛋、对虾、番薯干）", "三、有意见找谁");
  pair("✔ 免费拍产品照片、做网店图片（有摄影棚和美工）", "区政府网站“电子商务进农村”专栏设有监督举报窗口");
  pair("✔ 统一打“坡头鲜”品牌，帮合作社做品牌、搞推广", "监督举报电话：0759-3×××××× （区商务局电商股）");
  pair("✘ 其他增值服务（代办商标注册、金融对接等）暂未开通", "四、贫困户参加电商培训有补贴");
  pair("中心由湛江市海湾优选电子商务有限公司（专业第三方运营商）负责运营", "建档立卡贫困户参加专场培训，每天发误餐补贴50元");
  pair("咨询电话：0759-3×××××× （中心前台）", "[二维码：村站点名单]");
  rows.push(["坡头区商务局　印制　2021年8月　（每户一张，请妥善保存）", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  write("facts/b102-f1-potou.json", {
    description:
      "湛江市坡头区商务局电商股没有填事实表，交来的是2021年8月印发、发到每户的《电子商务进农村政策明白卡》的Excel排版稿：卡片正面在A:C（每行合并）、背面在E:G（每行合并），中间D列空开，两面逐行并排，同一行左右是两件不相干的事，要分别读。正面：示范专项资金500万元（写在开头的句子里）、中心2020年11月16日起对外服务（投入运营日期）、“✔”打头的免费培训（有培训室和电脑、基础班）、免费展示代销农产品、免费拍照做图（摄影、美工）、统一打“坡头鲜”品牌（统一推广、品牌建设）都是“是”；“✘ 其他增值服务……暂未开通”读作其他衍生增值服务“否”；中心由专业第三方运营商运营。背面：“✔ 全区行政村快递100%通达”读作快递覆盖100%；区政府网站专栏“设有监督举报窗口”；“村站点代买代卖”“误餐补贴50元”“咨询电话”“二维码”都不是输入项。卡上县名只在标题里，没有县名标签、牵头领导和自评分，也没有其它专栏内容。",
    sheets: [sheet("明白卡", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "坡头区",
        fundAllocated: 5000000,
        centerOpened: "2020-11-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        disclosureWindow: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b102-f2-chikan: 湛江市赤坎区 — 区商务局对中心运营服务商的《季度考核评分表》
// =====================================================================================
(function f2() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:G${rows.length}`); };
  full("赤坎区电子商务公共服务中心运营服务商2021年第二季度考核评分表");
  rows.push(["被考核单位（运营服务商）", null, "湛江市港城优品电子商务有限公司（区商务局公开招标引入的专业第三方）", null, null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:G${rows.length}`);
  rows.push(["合同编号", null, "CKSW-2020-DS-07", null, "考核期间", "2021.4.1—2021.6.30", null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `F${rows.length}:G${rows.length}`);
  rows.push(["考核单位", null, "赤坎区商务局", null, "合同金额", "128万元（省级专项资金支付）", null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `F${rows.length}:G${rows.length}`);
  rows.push(["序号", "考核项目", "合同约定", "完成情况（服务商自报）", "核实情况（区商务局）", "分值", "得分"]);
  const items = [
    [1, "中心运营", "中心每周开放不少于5天", "中心自2020年12月21日开业以来正常运营，本季度开放78天", "属实", 15, 15],
    [2, "免费培训", "提供免费培训场所和设备，开展电商基础培训", "培训室60座、电脑40台；本季度免费基础培训6期、612人次", "属实，签到表齐全", 20, 20],
    [3, "农产品展示", "为特色农产品免费展示、销售", "展示区陈列本地农特产品126款，免费", "属实", 10, 10],
    [4, "摄影美工", "为市场主体免费摄影、美工", "为32家市场主体免费拍摄、做详情页", "属实", 10, 9],
    [5, "品牌推广", "组织农产品统一推广，指导品牌建设", "组织“赤坎老街”农特产品统一推广2次，指导3家合作社注册商标", "属实", 10, 10],
    [6, "增值服务", "提供代办证照、供应链对接等增值服务", "代办营业执照14户，对接快递折扣价", "属实", 10, 8],
    [7, "数据报送", "按月向区商务局报送运营数据", "4、5月按时，6月迟报3天", "属实", 10, 7],
    [8, "台账管理", "建立运营台账", "已建立", "需补充照片", 15, 13],
  ];
  items.forEach((it) => rows.push(it));
  const tot = items.reduce((a, it) => a + it[6], 0);
  assert(tot === 92 && items.reduce((a, it) => a + it[5], 0) === 100, "92 of 100");
  rows.push(["合计", null, null, null, null, 100, tot]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["考核等次", null, "优秀（90分及以上）", null, "按合同第八条，本季度服务费全额支付", null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`);
  rows.push(["考核组：区商务局 吴××、陈××、区财政局 林××　　　2021年7月8日", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  write("facts/b102-f2-chikan.json", {
    description:
      "湛江市赤坎区商务局电商股把区商务局对县级中心运营服务商的《2021年第二季度考核评分表》当事实表交（按运营服务合同每季度考核一次）。表头块：被考核单位（运营服务商）写明是“区商务局公开招标引入的专业第三方”公司，合同编号、考核期间2021.4.1—2021.6.30、考核单位、合同金额“128万元（省级专项资金支付）”；主体 序号|考核项目|合同约定|完成情况（服务商自报）|核实情况（区商务局）|分值|得分。读法：完成情况都经“属实”核实——中心自2020年12月21日开业正常运营（投入运营日期）、有免费培训室和电脑开展基础培训、免费展示销售农产品、免费摄影美工、统一推广“赤坎老街”并指导品牌、代办证照等增值服务，都读作“是”；难点：“分值／得分”是区里给服务商的合同考核分（合计92分、优秀），不是县的自评分，不能当 claimed 或主观项；“本季度6期、612人次”只是一个季度的数，不是全区培训人次；“128万元”是合同金额不是下达资金；“按月向区商务局报送”是服务商报区里，不是向市商务局报送。表内没有县名标签和牵头领导。",
    sheets: [sheet("季度考核表", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "赤坎区",
        thirdPartyOperator: true,
        centerOpened: "2020-12-21",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b102-f3-rongcheng: 揭阳市榕城区 — 区投资促进局《投资指南（2021）》县情篇、园区篇摘页
// =====================================================================================
(function f3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  full("揭阳市榕城区投资指南（2021）　摘页");
  full("（区投资促进局编印，区商务局电商股摘录县情篇、园区篇作考评基础数据佐证）");
  full("第一篇　区情速览");
  rows.push(["项目", "数据", "单位", "项目", "数据", "单位"]);
  rows.push(["区域面积", 186.4, "平方公里", "常住人口（七普）", 96.79, "万人"]);
  rows.push(["镇（街道）", 11, "个", "行政村", 93, "个"]);
  rows.push(["社区", 110, "个", "距揭阳潮汕机场", 18, "公里"]);
  full("第二篇　主要经济指标");
  rows.push(["指标", "单位", "2019年", "2020年", "2020年比上年增长（%）", "备注"]);
  rows.push(["地区生产总值", "亿元", 402.6, 398.1, -1.1, null]);
  rows.push(["社会消费品零售总额", "亿元", 286.3, 268.9, -6.1, null]);
  rows.push(["农村网络零售额", "亿元", 28.40, 35.10, 23.6, "区商务局"]);
  rows.push(["实际利用外资", "万美元", 5120, 4380, -14.5, null]);
  assert(Math.round((35.10 / 28.40 - 1) * 1000) === 236, "23.6%");
  full("第三篇　重点园区");
  const kv = (a, b) => { rows.push([a, b, null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`); };
  kv("园区名称", "榕城区电子商务产业园");
  kv("建设情况", "2019年依托原空港物流园整合建成，2020年完成优化提升");
  kv("入驻企业", "86家（平台、运营、物流、直播等）");
  kv("物流配套", "全区行政村快递服务通达率100%，日均出件25万单");
  kv("拟建项目", "电商直播基地二期（计划投资1.2亿元，2022年动工）");
  kv("招商联系", "区投资促进局　0663-8××××××");
  write("facts/b102-f3-rongcheng.json", {
    description:
      "揭阳市榕城区商务局电商股交来的是区投资促进局编印的《榕城区投资指南（2021）》县情篇、园区篇的摘页（标题下一行写明是摘录作佐证）。第一篇区情速览每行两组“项目|数据|单位”：常住人口（七普）96.79万人（数据和单位分列），行政村93个；面积、镇（街道）11个、社区110个、距机场都不是输入项。第二篇主要经济指标 指标|单位|2019年|2020年|2020年比上年增长（%）|备注：只有“农村网络零售额”一行是输入项（28.40→35.10亿元，增长写成数值23.6，即23.6%），地区生产总值、社会消费品零售总额、实际利用外资不是。第三篇重点园区为 标签|内容（B:F合并）：电子商务产业园“2019年……整合建成，2020年完成优化提升”读作已建设或整合电商产业园；“全区行政村快递服务通达率100%”读作快递覆盖100%；入驻企业86家不是输入项（清单才算），“拟建项目”是计划。没有县名标签、领导和自评分。",
    sheets: [sheet("投资指南摘页", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "榕城区",
        residentPopulation: 967900,
        adminVillagesStated: 93,
        ruralRetail2019: 2840000000,
        ruralRetail2020: 3510000000,
        ruralRetailGrowthStated: 0.236,
        parkBuilt: true,
        expressCoverage: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b102-l1-chancheng: 佛山市禅城区 — 产业园管理处《消防安全责任书签订登记表》当入驻企业清单
// =====================================================================================
(function l1() {
  const expect = {};
  // [name, code, category, room, entered cell, entered iso, signed, left cell, left iso, note]
  const E = [
    ["佛山市禅好物电子商务有限公司", "91440604MA53K1A21X", "平台型电商", "A201", D("2020-09-01"), "2020-09-01", "2020.9.1", null, null, "2021.3续签"],
    ["佛山市陶都优选网络科技有限公司", "91440604MA53K2B47C", "网店销售", "A203", "2020.9.14", "2020-09-14", "2020.9.14", null, null, "2021.3续签"],
    ["佛山市石湾公仔文创网店", "92440604MA53K3C88L", "网店销售", "A205", "2020年10月", "2020-10", "2020.10.9", null, null, null],
    ["佛山市南风代运营服务有限公司", "91440604MA53K4D16P", "代运营", "A301", D("2020-10-19"), "2020-10-19", "2020.10.19", null, null, "2021.3续签"],
    ["佛山市顺畅快递有限公司禅城营业部", "91440604MA53K5E39R", "快递物流", "一楼B区", "2020/11/2", "2020-11-02", "2020.11.2", null, null, "仓库另签动火作业承诺"],
    ["佛山市祖庙直播传媒有限公司", "91440604MA53K6F72T", "直播", "A303", "20201116", "2020-11-16", "2020.11.16", "2021.4.30", "2021-04-30", "退园，责任书终止"],
    ["佛山市南庄陶瓷电商有限公司", "91440604MA53K7G05W", "网店销售", "A305", D("2021-01-04"), "2021-01-04", "2021.1.4", null, null, null],
    ["佛山市云仓供应链有限公司", "91440604MA53K8H43Y", "仓储", "一楼C区", "2021.3.15", "2021-03-15", "2021.3.15", null, null, null],
    ["佛山市张槎针织品电商有限公司", "91440604MA53K9J61A", "网店销售", "A402", "2021年5月8日", "2021-05-08", "2021.5.8", null, null, null],
    ["佛山市禅城区乡味农产品电商合作社", "93440604MA53KAK84D", "农产品网销", "A404", D("2021-07-12"), "2021-07-12", "2021.7.12", null, null, null],
    ["佛山市跨境通电子商务有限公司", "91440604MA53KBL27F", "平台型电商", "A406", "21.9.6", "2021-09-06", "21.9.6", null, null, null],
  ];
  {
    const r = [span("禅城区电子商务产业园入驻单位消防安全责任书签订登记表", 10),
      span("园区管理处消防专员登记　说明：单位入驻当日签订责任书，入驻日期以入驻通知单为准；退园的填退园日期，责任书同时终止；每年3月续签的在备注注明，不另起一行。", 10),
      ["序号", "单位名称", "统一社会信用代码", "经营类别", "房号", "入驻日期", "责任书签订日期", "退园日期", "消防责任人", "备注"]];
    E.forEach((e, i) => r.push([i + 1, e[0], e[1], e[2], e[3], e[4], e[6], e[7], ["何", "梁", "区", "冼", "麦", "霍"][i % 6] + "××", e[9]]));
    r.push([null, null, null, null, null, null, null, null, null, null]);
    r.push(["园区管理处（消防安全管理人）：谭××　　登记截至2021年9月10日", null, null, null, null, null, null, null, null, null]);
    expect["责任书签订登记"] = { kind: "enterprises", records: E.map((e) => ({ name: e[0], type: e[2], entered: e[5], left: e[8] })) };
    const sh = sheet("责任书签订登记", r, ["A1:J1", "A2:J2", `A${r.length}:J${r.length}`]);
    var s1 = sh;
  }
  {
    const r = [span("消防安全责任书（样本）", 4),
      span("甲方：禅城区电子商务产业园管理处　　乙方：入驻单位", 4),
      ["条款", "内容", null, null], [1, "乙方法定代表人为本单位消防安全责任人，对本单位消防安全全面负责。", null, null],
      [2, "乙方不得占用、堵塞疏散通道和安全出口，不得在仓储区内吸烟、动火。", null, null],
      [3, "乙方退园时应清理场地，经甲方验收后本责任书终止。", null, null],
      ["甲方（盖章）：", null, "乙方（盖章）：", null], ["日期：", null, "日期：", null]];
    const m = ["A1:D1", "A2:D2", "B3:D3", "B4:D4", "B5:D5", "B6:D6"];
    expect["责任书样本"] = { kind: null };
    var s2 = sheet("责任书样本", r, m);
  }
  assert(E.filter((e) => dateOk(e[5]) && !(e[8] && e[8] <= AS_OF)).length === 9, "9 in park at cut-off");
  write("ledgers/b102-l1-chancheng.json", {
    description:
      "佛山市禅城区商务局电商股没有单独的入驻企业清单，交的是电商产业园管理处消防专员的《入驻单位消防安全责任书签订登记表》（一单位一行）和一页《消防安全责任书（样本）》。登记表标题下的说明行写明：入驻当日签订，入驻日期以入驻通知单为准；退园填退园日期、责任书终止；每年3月续签只在备注注明、不另起一行——所以一行就是一家入驻企业。列为 序号|单位名称|统一社会信用代码|经营类别|房号|入驻日期|责任书签订日期|退园日期|消防责任人|备注。读法：企业类型在“经营类别”（平台型电商、网店销售、代运营、快递物流、直播、仓储、农产品网销，照写）；入驻日期有Excel日期、“2020.9.14”、“2020年10月”（只到月）、“2020/11/2”、“20201116”、“2021年5月8日”、两位年份“21.9.6”；“责任书签订日期”不是入驻日期（多数相同，但以入驻日期列为准）；祖庙直播2021.4.30退园；合作社的信用代码以93开头、网店以92开头也照样是一家企业；表下空行和“园区管理处……登记截至2021年9月10日”是落款。样本页是责任书条款文本，不是台账。",
    sheets: [s1, s2],
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b102-l2-qujiang: 韶关市曲江区 — 驻镇帮镇扶村工作队《镇村基本情况摸底表》当村（居）委会名单
// =====================================================================================
(function l2() {
  const expect = {};
  // [town, name, type, households, pop, poor, express]
  const V = [
    ["乌石镇", "乌石村", "行政村", 612, 2310, "否", "已进村（邮政、中通）", true],
    ["乌石镇", "赤水村", "行政村", 455, 1720, "是", "已进村（邮政）", true],
    ["乌石镇", "青塘村", "行政村", 388, 1406, "否", "未进村（到镇上取件）", false],
    ["乌石镇", "石壁村委会", "行政村", 297, 1102, "否", "已进村（邮政）", true],
    ["乌石镇", "乌石墟社区", "社区", 840, 2950, "否", "已进村（镇区）", true],
    ["樟市镇", "樟市村", "行政村", 705, 2688, "否", "已进村（邮政、韵达）", true],
    ["樟市镇", "新村村", "行政村", 341, 1290, "否", "已进村（邮政）", true],
    ["樟市镇", "梅村村民委员会", "行政村", 402, 1511, "是", "已进村（邮政）", true],
    ["樟市镇", "大洞村", "行政村", 268, 980, "否", null, null],
    ["樟市镇", "樟市社区", "社区", 910, 3205, "否", "已进村（镇区）", true],
  ];
  {
    const r = [span("曲江区乌石镇、樟市镇驻镇帮镇扶村工作队　镇村基本情况摸底表", 10),
      span("填报：驻镇帮镇扶村工作队（区商务局派驻队员汇总）　时间：2021年7月　户数、人口为户籍数", 10),
      ["镇", "村（社区）", "类别", "户数（户）", "户籍人口（人）", "是否原省定贫困村", "村集体经济收入（万元）", "快递进村情况", "村级电商服务站点", "结对帮扶单位"]];
    const m = ["A1:J1", "A2:J2"];
    const recs = [];
    let start = 4;
    const towns = ["乌石镇", "樟市镇"];
    towns.forEach((t) => {
      const vs = V.filter((v) => v[0] === t);
      vs.forEach((v, i) => {
        r.push([i === 0 ? t : null, v[1], v[2], v[3], v[4], v[5], [12.6, 8.3, 5.1, 6.8, 30.2, 15.4, 7.9, 9.6, 4.2, 26.7][V.indexOf(v)], v[6], ["有", "有", "无", "无", "有", "有", "无", "有", "无", "有"][V.indexOf(v)], ["区商务局", "广州市天河区帮扶", "区供销社", "区邮政分公司", "—", "区农业农村局", "区市场监管局", "广州市天河区帮扶", "区财政局", "—"][V.indexOf(v)]]);
        recs.push({ name: v[1], admin: v[2] === "行政村", poor: v[5] === "是", express: v[7] });
      });
      m.push(`A${start}:A${start + vs.length - 1}`);
      const sub = [t + "小计", null, `${vs.filter((v) => v[2] === "行政村").length}个行政村、${vs.filter((v) => v[2] === "社区").length}个社区`, vs.reduce((a, v) => a + v[3], 0), vs.reduce((a, v) => a + v[4], 0), null, null, null, null, null];
      r.push(sub);
      start = r.length + 1;
    });
    r.push(["注：1．大洞村快递情况待邮政分公司核实后补填；2．“原省定贫困村”指2016—2020年省定相对贫困村。", null, null, null, null, null, null, null, null, null]);
    m.push(`A${r.length}:J${r.length}`);
    expect["镇村摸底表"] = { kind: "villages", records: recs };
    var s1 = sheet("镇村摸底表", r, m);
  }
  {
    const r = [span("曲江区驻镇帮镇扶村工作队队员名单（乌石镇、樟市镇）", 5), ["序号", "姓名", "派出单位", "职务", "驻点镇"],
      [1, "朱××", "曲江区商务局", "队长", "乌石镇"], [2, "黄××", "曲江区供销社", "队员", "乌石镇"], [3, "刘××", "曲江区农业农村局", "队长", "樟市镇"], [4, "邓××", "曲江区财政局", "队员", "樟市镇"]];
    expect["工作队名单"] = { kind: null };
    var s2 = sheet("工作队名单", r, ["A1:E1"]);
  }
  const recs = expect["镇村摸底表"].records;
  assert(recs.length === 10 && recs.filter((x) => x.admin).length === 8 && recs.filter((x) => x.poor).length === 2, "10 rows, 8 admin, 2 poor");
  write("ledgers/b102-l2-qujiang.json", {
    description:
      "韶关市曲江区商务局电商股手上没有全区村（居）委会名单，交的是区商务局派驻乌石镇、樟市镇的驻镇帮镇扶村工作队汇总的《镇村基本情况摸底表》（2021年7月）和一页工作队队员名单。摸底表 镇（纵向合并）|村（社区）|类别|户数|户籍人口|是否原省定贫困村|村集体经济收入（万元）|快递进村情况|村级电商服务站点|结对帮扶单位，每镇后有一行“××镇小计”（类别列写“4个行政村、1个社区”，户数人口求和），不是村。读法：类别“行政村”／“社区”决定是否行政村；“是否原省定贫困村”是／否（注明指2016—2020年省定相对贫困村）；快递列是句子：“已进村（……）”读作有快递，“未进村（到镇上取件）”读作没有，大洞村空着（注明待核实）是未填；“石壁村委会”“梅村村民委员会”照写，按村比较；“村级电商服务站点”有／无不是站点清单（没有日期）；社区写“已进村（镇区）”也照读。队员名单是人员名单，不是台账。",
    sheets: [s1, s2],
    expect: { sheets: expect },
  });
})();

console.log(written.join("\n"));
