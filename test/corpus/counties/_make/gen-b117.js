// Batch 117 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
const JUDGED_RANGE = { "fund.system": 5, "fund.ledger": 5, "fund.spending": 5 };
const LEAD = new Set(["principal-all", "principal", "deputy", "other"]);
const KIND_FIELDS = {
  villages: ["name", "admin", "poor", "express"], poorVillages: ["name"], stations: ["village", "opened"], training: ["date", "personTimes", "id"],
  poorPersons: ["id", "labour", "migrant"], enterprises: ["name", "type", "entered", "left"], funds: ["date", "amount"], reports: ["date", "poverty"],
  disclosures: ["date"], media: ["date", "level", "tv"], materials: ["date"],
};
function validateCase(o, rel) {
  assert(typeof o.description === "string" && o.description.length > 50, rel + " description");
  const names = new Set();
  o.sheets.forEach((s) => { validateSheet(s, rel + ":" + s.name); assert(!names.has(s.name), "dup sheet"); names.add(s.name); });
  const e = o.expect;
  if (rel.startsWith("facts/")) {
    Object.keys(e.facts).forEach((k) => assert(FACT_KEYS.has(k), rel + " fact key " + k));
    Object.entries(e.judged).forEach(([k, v]) => { assert(JUDGED_KEYS.has(k), rel + " judged key " + k); assert(v >= 1 && v <= (JUDGED_RANGE[k] || 2), rel + " judged range " + k); });
    if (e.leadership !== undefined) assert(LEAD.has(e.leadership), rel + " leadership");
  }
  if (rel.startsWith("ledgers/")) {
    Object.keys(e.sheets).forEach((n) => assert(names.has(n), rel + " unknown sheet " + n));
    names.forEach((n) => assert(e.sheets[n] !== undefined, rel + " no expectation for " + n));
    Object.values(e.sheets).forEach((s) => {
      if (s.kind === null) return;
      assert(KIND_FIELDS[s.kind], rel + " kind " + s.kind);
      s.records.forEach((r) => Object.keys(r).forEach((k) => assert(KIND_FIELDS[s.kind].includes(k), rel + " field " + k)));
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
const AS_OF = "2021-08-31";
const dateOk = (d) => (d.length === 7 ? d <= AS_OF.slice(0, 7) : d <= AS_OF);
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
const monthsCovered = (ds) => { const h = new Set(ds.filter(dateOk).map((d) => d.slice(0, 7))); return WINDOW.filter((m) => h.has(m)).length; };
const PH = (i) => "13" + String(8 + (i % 2)) + String(26000000 + i * 731093).slice(-8);

// =====================================================================================
// counties/b117-c1-zijin: 河源紫金县 — 事实和自评分在河源市“电商进农村·县域擂台赛”的《路演答辩记录》里
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441621";
  // ---------------------------------------------------------------- 路演答辩记录
  {
    const W = 5, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:E${rows.length}`); };
    full("河源市“电商进农村·县域擂台赛”（第二场）紫金县路演答辩记录");
    full("时间：2021年9月3日下午　地点：河源市商务局三楼会议室　路演人：紫金县县长 钟××　答辩人：钟××（县长）、刘××（县商务局局长）　记录：县商务局电商股 温××");
    full("说明：本记录据现场录音和PPT整理，作考评佐证。路演和答辩中的数据均截至2021年8月31日。第四部分是评委现场打分，不是本县自评。");
    full("一、路演（PPT逐页，限时8分钟）");
    rows.push(["页", "PPT标题", "画面上的字", "县长讲解（记录）", "备注"]);
    const P = [
      [1, "封面", "紫金县电子商务进农村综合示范创建", "各位评委，我是紫金县县长钟××，代表紫金县来打这场擂台。", null],
      [2, "一把手抓", "县长任组长｜16个部门合力", "我们成立了以我为组长的领导小组，常务副县长、分管副县长任副组长，商务、财政、农业农村、乡村振兴等16个部门是成员单位。", null],
      [3, "方案与政策", "2019.12 印发方案｜2020.4 出台政策", "2019年12月县政府正式印发创建工作方案；2020年4月出台《紫金县促进农村电子商务发展扶持办法》。", null],
      [4, "县级中心", "2020.5.20 投入运营｜第三方专业运营", "县电子商务公共服务中心2020年5月20日投入运营，由专业第三方服务商河源市蝉香电子商务有限公司运营。中心免费提供培训场地和设备，免费展示展销紫金蝉茶、紫金椪柑等特色农产品，免费拍摄和美工，统一推广“紫金蝉茶”区域公用品牌，还代办商标注册、对接农商行电商贷。", null],
      [5, "产业园", "整合建成县电商产业园｜入驻企业21家", "我们整合原县农产品交易市场建成电商产业园，平台、网店、代运营、物流企业都有。", "入驻数见附6"],
      [6, "站点与物流", "村级站点覆盖72.7%｜省定贫困村全覆盖｜快递进村100%", "村级站点覆盖七成以上行政村，5个省定贫困村全部建站，所有行政村都通了快递。", "见附1、附2"],
      [7, "农产品上行", "农产品网零 +34.6%", "2020年全县农村网络零售额12.1亿元，比2019年的9.8亿元增长23.5%；农产品网络零售额3.5亿元，比2019年的2.6亿元增长34.6%。", null],
      [8, "人才与资金", "培训5,000人次｜省级资金500万元", "全县常住人口61.3万，累计培训5,000人次；省级专项资金500万元，已拨付419万元，项目总体进度93%。", "培训人次含9月初一期，见答辩第7问"],
    ];
    P.forEach((p) => rows.push(p));
    full("二、晒自评（PPT第9页）");
    rows.push(["序", "指标", "满分", "自评分", "其中／说明"]);
    const S = [
      [1, "组织领导", 2, 2, "县长任组长，商务、财政、农业农村、乡村振兴都参加"],
      [2, "方案制定", 2, 2, null], [3, "政策支持", 2, 2, null],
      [4, "项目管理", 4, 3, "管理制度2分、工作台账1分"],
      [5, "县级中心与产业园", 15, 15, null], [6, "村级站点覆盖", 10, 10, null],
      [7, "农村产品上行", 10, 9, "网销调研2分、促销活动2分、第三方1分、快递1分、交易标准与冷链溯源1分、增速2分"],
      [8, "电商人才培训", 20, 20, null], [9, "信息公开", 4, 4, null], [10, "数据上报", 6, 6, null],
      [11, "案例总结", 2, 2, null], [12, "经验推广", 8, 8, null],
      [13, "资金管理制度", 5, 5, null], [14, "资金台账", 5, 4, null], [15, "资金支出", 5, 4, "支出率70%以上，及时拨付4分"],
      ["加1", "贫困人口培训率≥70%", 2, 0, "未达到"], ["加2", "电商扶贫典型案例电视播报", 2, 1, "广东广播电视台播出"],
      ["合计", null, "100＋4", "96＋1", null],
    ];
    S.forEach((s) => rows.push(s));
    assert(S.slice(0, 15).reduce((a, s) => a + s[3], 0) === 96, "claimed 96");
    full("三、评委提问与答辩");
    rows.push(["序", "评委", "提问", "答辩人", "回答"]);
    const Q = [
      [1, "评委A（省商务厅专家）", "领导小组是分管副县长牵头的吧？", "钟××", "不是，我本人任组长，常务副县长、分管副县长任副组长。"],
      [2, "评委B（高校专家）", "中心的产品拍摄、美工收不收费？", "刘××", "不收费，企业拍产品图、做详情页都免费。"],
      [3, "评委C（媒体代表）", "政府网站专栏公示哪些内容？多久更新一次？", "刘××", "专栏公示了创建方案、项目基本信息和建设进度，设了意见征集和监督举报电话；基本每月更新，今年1月漏更了一次。"],
      [4, "评委A（省商务厅专家）", "月报里有没有电商扶贫数据？", "刘××", "每月都报河源市商务局，月报里有电商扶贫统计一栏。"],
      [5, "评委B（高校专家）", "资金管理制度和台账是怎么做的？", "刘××", "县财政局、县商务局联合印发了专项资金管理办法；各承建单位都建了资金专用台账。"],
      [6, "评委C（媒体代表）", "建设过程中有没有出过事故？", "钟××", "没有发生安全生产和质量事故，数据都经得起核查，没有弄虚作假。"],
      [7, "评委A（省商务厅专家）", "5,000人次是截至8月底的数吗？", "刘××", "5,000人次含9月初的一期，截至8月底是4,000多人次，以附3、附4台账为准。"],
      [8, "评委B（高校专家）", "网销调研和冷链溯源做到什么程度？", "刘××", "做了两次网销调研，形成了调研报告和建议；冷链溯源系统还在建，先出台了紫金蝉茶电商交易标准。"],
    ];
    Q.forEach((q) => rows.push(q));
    full("四、评委现场打分（擂台赛成绩，不是本县自评）");
    rows.push([null, "评委A", "评委B", "评委C", "平均"]);
    rows.push(["得分", 85, 87, 86, 86.0]);
    full("记录人：温××　　审核：刘××　　2021年9月4日整理");
    sheets.push(sheet("路演答辩记录", rows, merges));
  }
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  // ---------------------------------------------------------------- 附1 村（居）委会名单
  // [town, written, canonical, admin, poor]
  const VIL = [
    ["紫城镇", "城南社区居委会", "城南社区", false, false], ["紫城镇", "东方村委会", "东方村", true, false], ["紫城镇", "新庄村", "新庄村", true, false],
    ["龙窝镇", "龙窝社区", "龙窝社区", false, false], ["龙窝镇", "琴口村民委员会", "琴口村", true, true], ["龙窝镇", "锦口村", "锦口村", true, false],
    ["九和镇", "九和村", "九和村", true, false], ["九和镇", "下楼村委会", "下楼村", true, true], ["上义镇", "上义村", "上义村", true, false],
    ["蓝塘镇", "蓝塘社区", "蓝塘社区", false, false], ["蓝塘镇", "布心村", "布心村", true, false], ["蓝塘镇", "上书村", "上书村", true, false],
    ["凤安镇", "凤安村", "凤安村", true, false], ["凤安镇", "铁岭村", "铁岭村", true, true], ["义容镇", "义容村", "义容村", true, false],
    ["古竹镇", "古竹村", "古竹村", true, false], ["临江镇", "临江社区", "临江社区", false, false], ["临江镇", "江口村", "江口村", true, false],
    ["柏埔镇", "柏埔村", "柏埔村", true, false], ["黄塘镇", "黄塘村", "黄塘村", true, false], ["敬梓镇", "敬梓村委会", "敬梓村", true, true],
    ["水墩镇", "水墩村", "水墩村", true, false], ["南岭镇", "庄田村", "庄田村", true, true], ["苏区镇", "炮子村", "炮子村", true, false],
    ["瓦溪镇", "瓦溪村", "瓦溪村", true, false], ["好义镇", "好义村", "好义村", true, false],
  ];
  {
    const r = [span("紫金县村（居）委会名单（考评用）", 6), ["序号", "镇", "村（居）委会", "性质", "省定贫困村", "快递进村"]];
    VIL.forEach((v, i) => r.push([i + 1, v[0], v[1], v[3] ? "行政村" : "社区", v[3] ? (v[4] ? "√" : null) : "—", "已通"]));
    r.push(["注：省定贫困村打√，空白为非贫困村；社区不参与考评计算。快递进村据县邮政管理部门2021年8月核实。", null, null, null, null, null]);
    sheets.push(sheet("附1 村居名单", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  const ADMIN = VIL.filter((v) => v[3]).map((v) => v[2]);
  const POOR = VIL.filter((v) => v[3] && v[4]).map((v) => v[2]);
  assert(ADMIN.length === 22 && POOR.length === 5, "22 admin, 5 poor");
  // ---------------------------------------------------------------- 附2 站点
  const ST = [
    ["紫城镇", "城南社区", "城南社区", "2020.6.10", "2020-06-10"], ["紫城镇", "东方村", "东方村", "2020.6.18", "2020-06-18"],
    ["紫城镇", "新庄村", "新庄村", "2020年7月", "2020-07"], ["龙窝镇", "琴口村委会", "琴口村", "20.7.22", "2020-07-22"],
    ["龙窝镇", "锦口村", "锦口村", D("2020-08-05"), "2020-08-05"], ["九和镇", "九和村", "九和村", "2020/8/19", "2020-08-19"],
    ["九和镇", "下楼村", "下楼村", "20200902", "2020-09-02"], ["上义镇", "上义村", "上义村", "2020.9.16", "2020-09-16"],
    ["蓝塘镇", "布心村", "布心村", "2020.10.14", "2020-10-14"], ["凤安镇", "凤安村", "凤安村", "2020.11.11", "2020-11-11"],
    ["凤安镇", "铁岭村民委员会", "铁岭村", "2020.11.11", "2020-11-11"], ["义容镇", "义容村", "义容村", "2021.1.13", "2021-01-13"],
    ["古竹镇", "古竹村", "古竹村", "2021.3.10", "2021-03-10"], ["敬梓镇", "敬梓村", "敬梓村", "2021年4月7日", "2021-04-07"],
    ["南岭镇", "庄田村", "庄田村", "2021.5.12", "2021-05-12"], ["紫城镇", "东方村", "东方村", "2021.6.2", "2021-06-02"],
    ["水墩镇", "水墩村", "水墩村", "2021.7.14", "2021-07-14"], ["苏区镇", "炮子村", "炮子村", "2021.8.25", "2021-08-25"],
    ["柏埔镇", "柏埔村", "柏埔村", "2021.9.8", "2021-09-08"], ["南岭镇", "新村", "新村", "2021.6.23", "2021-06-23"],
  ];
  {
    const r = [span("紫金县村级电子商务服务站点台账", 7), ["序号", "镇", "所在村", "站点名称", "站长", "联系电话", "挂牌时间"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2] + (i === 15 ? "蝉茶收购服务点" : "电商服务站"), ["钟", "刘", "温", "黄", "叶", "曾", "赖", "陈"][i % 8] + "××", PH(i), s[3]]));
    r.push(["合计", null, null, "20个", null, null, null]);
    sheets.push(sheet("附2 站点台账", r, ["A1:G1"]));
  }
  const covered = new Set(ST.filter((s) => dateOk(s[4]) && ADMIN.includes(s[2])).map((s) => s[2]));
  assert(covered.size === 16 && covered.size * 100 >= 22 * 70, "16/22 = 72.7% → 5");
  assert(POOR.every((p) => covered.has(p)), "poor 5/5");
  assert(!ADMIN.includes("新村") && !ADMIN.includes("城南社区"), "新村 not listed");
  // ---------------------------------------------------------------- 附3 培训（按期）
  const SES = [
    [1, "2020.9.17", "2020-09-17", "农村电商入门", 460], [2, "2020.10.22", "2020-10-22", "网店开设", "420人次"],
    [3, "2020.11.19", "2020-11-19", "紫金蝉茶直播推介", 450], [4, "2020.12.10", "2020-12-10", "年货节促销", 430],
    [5, "2021.3.4-5", "2021-03-05", "电商创业青年班（两天）", 480], [6, D("2021-04-15"), "2021-04-15", "短视频拍摄", 440],
    [7, "2021.5.20", "2021-05-20", "农产品包装与品牌", 450], [8, "2021.6.24", "2021-06-24", "社群营销", 430],
    [9, "2021.8.12", "2021-08-12", "直播带货进阶", 440], [10, "2021.9.2", "2021-09-02", "电商物流", 350],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesOk === 4000, "sessions 4000 got " + sesOk);
  {
    const r = [span("紫金县电商普及培训台账（按期次）", 5), ["期次", "培训日期", "培训内容", "参训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], s[4], "河源市蝉香电子商务有限公司"]));
    r.push(["合计", null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    r.push(["注：建档立卡贫困户专场按人签到，见附4，不重复计入本表。", null, null, null, null]);
    sheets.push(sheet("附3 培训台账", r, ["A1:E1", `A${r.length}:E${r.length}`]));
  }
  // ---------------------------------------------------------------- 附5 贫困人口 / 附4 专场签到
  // [name, village, labour, work, birth, wantX]
  const PP = [
    ["钟亚妹", "琴口村", true, "在家务农", "19730314", false], ["刘伟强", "琴口村", true, "在家务农", "19680922", true],
    ["温秀兰", "下楼村", true, "在家务农", "19800605", false], ["黄志明", "下楼村", true, "县内务工", "19770118", false],
    ["叶桂英", "铁岭村", true, "在家务农", "19750430", false], ["曾国华", "铁岭村", true, "在家务农", "19850812", false],
    ["赖美玲", "敬梓村", true, "在家务农", "19820227", false], ["陈永光", "庄田村", true, "在家务农", "19790709", false],
    ["钟丽华", "庄田村", true, "在家务农", "19830316", false], ["刘少明", "敬梓村", true, "在家务农", "19710521", false],
    ["温国强", "琴口村", true, "在家务农", "19660810", false], ["黄秀珍", "下楼村", true, "在家务农", "19740103", false],
    ["叶伟文", "铁岭村", true, "在家务农", "19880919", false], ["曾美娟", "敬梓村", true, "在家务农", "19810424", false],
    ["赖志坚", "庄田村", true, "外出务工（东莞）", "19930611", false], ["陈伯", "琴口村", false, "在家", "19420805", false],
    ["钟婆", "下楼村", false, "在家", "19450212", false], ["刘家豪", "铁岭村", true, "在家务农", "19900728", false],
  ];
  const IDS = PP.map((p, i) => makeId(AREA, p[4], 300 + i * 37, p[5]));
  assert(IDS[1].endsWith("X") && IDS.filter((x) => x.endsWith("X")).length === 1, "one X id");
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] && !/外出/.test(PP[i][3]));
  assert(eligible.length === 15, "15 eligible");
  const SIGN = [];
  [0, 1, 2, 3, 4, 5, 6, 14, 15, 16].forEach((k) => SIGN.push([k, "2021.4.21", "2021-04-21"]));
  [0, 1, 2, 7, 3, 4, 14, 5, 6, 15].forEach((k) => SIGN.push([k, D("2021-07-15"), "2021-07-15"]));
  [8, 9, 10].forEach((k) => SIGN.push([k, "2021.9.7", "2021-09-07"]));
  {
    const r = [span("紫金县建档立卡贫困户电商专场培训签到表", 6), ["序号", "培训日期", "姓名", "身份证号", "所在村", "本人签名"]];
    SIGN.forEach((s, i) => r.push([i + 1, s[1], PP[s[0]][0], s[0] === 1 && i >= 10 ? IDS[1].slice(0, 17) + "x" : IDS[s[0]], PP[s[0]][1], PP[s[0]][0]]));
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1"]));
  }
  {
    const r = [span("紫金县建档立卡贫困人口名单（电商培训对象）", 7), ["序号", "姓名", "身份证号", "所在村", "劳动能力", "务工情况", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], IDS[i], p[1], p[2] ? "有" : "无", p[3], null]));
    r.push(["注：“县内务工”每日回家，不属外出务工。来源：紫金县乡村振兴局，2021年7月。", null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2]));
  assert(signOk.length === 20, "20 sign-ins");
  const trained = new Set(signOk.map((s) => s[0]).filter((i) => eligible.includes(i)));
  assert(trained.size === 8 && trained.size * 100 >= 15 * 50 && trained.size * 100 < 15 * 70, "8/15 = 53.3%");
  const personTimes = sesOk + signOk.length;
  assert(personTimes === 4020 && personTimes * 1000 >= 500000 * 8 && personTimes * 100 < 500000, "4020/500000 = 0.804% → 8");
  // ---------------------------------------------------------------- 附6 入驻企业
  // [name, type, canonical, entered cell, iso, left cell, left iso]
  const ENT = [
    ["河源市蝉香电子商务有限公司", "电商运营商", "电商运营商", "2020.5.20", "2020-05-20", null, null],
    ["紫金县蝉茶网络科技有限公司", "平台型", "平台型", "2020.5.28", "2020-05-28", null, null],
    ["紫金县椪柑哥网店", "网店", "销售型", "2020.6.3", "2020-06-03", null, null],
    ["紫金县速递物流有限公司", "物流", "物流企业", "2020.6.15", "2020-06-15", null, null],
    ["紫金县客家味电子商务有限公司", "销售型", "销售型", "2020年7月", "2020-07", null, null],
    ["紫金县龙窝茶业电子商务有限公司", "销售型", "销售型", "2020.7.20", "2020-07-20", null, null],
    ["紫金县好义辣椒酱网店", "网店", "销售型", "2020.8.6", "2020-08-06", "2021.4.30", "2021-04-30"],
    ["紫金县云仓供应链有限公司", "物流", "物流企业", D("2020-08-24"), "2020-08-24", null, null],
    ["紫金县乡选直播传媒有限公司", "代运营", "电商运营商", "2020.9.9", "2020-09-09", null, null],
    ["紫金县蓝塘花生电子商务有限公司", "销售型", "销售型", "2020.10.12", "2020-10-12", null, null],
    ["紫金县紫城优品网络科技有限公司", "平台型", "平台型", "2020.11.3", "2020-11-03", null, null],
    ["紫金县九和腊味电子商务有限公司", "销售型", "销售型", "2020.12.1", "2020-12-01", null, null],
    ["紫金县古竹米酒网店", "网店", "销售型", "2021.1.18", "2021-01-18", null, null],
    ["紫金县凤安竹笋电子商务有限公司", "销售型", "销售型", "2021.3.8", "2021-03-08", null, null],
    ["紫金县农淘电商代运营有限公司", "代运营", "电商运营商", "2021.3.29", "2021-03-29", null, null],
    ["紫金县义容番薯电子商务有限公司", "销售型", "销售型", "2021.4.19", "2021-04-19", null, null],
    ["紫金县敬梓山货电子商务有限公司", "销售型", "销售型", "2021.5.17", "2021-05-17", null, null],
    ["紫金县上义蜂蜜网店", "网店", "销售型", "2021.6.7", "2021-06-07", null, null],
    ["紫金县水墩黄酒电子商务有限公司", "销售型", "销售型", "2021.7.5", "2021-07-05", null, null],
    ["紫金县柏埔茶油电子商务有限公司", "销售型", "销售型", "2021.8.2", "2021-08-02", null, null],
    ["紫金县瓦溪山茶电子商务有限公司", "销售型", "销售型", "2021.9.3", "2021-09-03", null, null],
  ];
  const CODE = (i) => "91441621MA5" + String(2200 + i * 71).padStart(4, "0") + "K" + String(40 + i).padStart(2, "0");
  {
    const r = [span("紫金县电子商务产业园入驻企业名单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e[0], CODE(i), e[1], e[3], e[5], i === 6 ? "已退园" : i === 20 ? "9月新入驻" : null]));
    r.push(["合计", "21家", null, null, null, null, null]);
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  const inPark = ENT.filter((e) => dateOk(e[4]) && !(e[6] && e[6] <= AS_OF));
  assert(ENT.length === 21 && inPark.length === 19, "19 in park");
  assert(new Set(inPark.map((e) => e[2])).size === 4, "4 types");
  // ---------------------------------------------------------------- 附7 资金台账（元）
  const FUND = [
    ["2020.6.10", "2020-06-10", "县电子商务公共服务中心装修及设备", 1280000], ["2020.9.25", "2020-09-25", "村级站点建设（第一批）", "86.4万"],
    ["2020.12.18", "2020-12-18", "电商培训服务（一期）", 420000], ["2021.3.30", "2021-03-30", "县镇村物流配送体系", "650,000.00"],
    ["2021.6.8", "2021-06-08", "品牌培育与网络促销", 380000], [D("2021-08-27"), "2021-08-27", "村级站点建设（第二批）", 296000],
    ["2021.9.14", "2021-09-14", "电商培训服务（二期）", 300000],
  ];
  const yuan = (v) => (typeof v === "number" ? v : /万$/.test(v) ? Math.round(parseFloat(v) * 10000) : Math.round(parseFloat(v.replace(/,/g, ""))));
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + yuan(f[3]), 0);
  assert(spent === 3890000 && spent * 100 >= 5000000 * 70, "3,890,000 = 77.8%");
  assert(FUND.reduce((a, f) => a + yuan(f[3]), 0) === 4190000, "all 419万");
  {
    const r = [span("紫金县省级电子商务进农村综合示范专项资金拨付台账", 5), span("单位：元（个别笔按万元登记）", 5), ["拨付日期", "项目", "收款单位", "拨付金额", "凭证号"]];
    FUND.forEach((f, i) => r.push([f[0], f[2], i === 0 ? "紫金县建工装饰有限公司" : i === 3 ? "紫金县邮政分公司" : "河源市蝉香电子商务有限公司", f[3], "记-" + String(21 + i * 7).padStart(3, "0")]));
    r.push(["合计", null, null, 4190000, null]);
    r.push(["注：省级下达专项资金500万元。", null, null, null, null]);
    sheets.push(sheet("附7 资金台账", r, ["A1:E1", "A2:E2", `A${r.length}:E${r.length}`]));
  }
  // ---------------------------------------------------------------- 附8 月报（月份为列）
  {
    const MON = ["2020年9月", "10月", "11月", "12月", "2021年1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月"];
    const r = [span("紫金县向河源市商务局报送电商进农村月报情况", 13), ["项目", ...MON],
      ["是否报送", ...MON.map(() => "√")], ["含电商扶贫统计", ...MON.map(() => "√")],
      span("注：每月5日前经粤政易报送上月情况；√为已报。", 13)];
    sheets.push(sheet("附8 月报报送", r, ["A1:M1", "A5:M5"]));
  }
  // ---------------------------------------------------------------- 附9 专栏更新
  const DIS = ["2019-12-30", "2020-06-12", "2020-09-18", "2020-10-23", "2020-11-20", "2020-12-18", "2021-02-26", "2021-03-19",
    "2021-04-23", "2021-05-21", "2021-06-18", "2021-07-23", "2021-08-20"];
  assert(monthsCovered(DIS) === 11, "disclosures 11 months (no 2021-01)");
  {
    const T = ["紫金县电子商务进农村综合示范创建工作方案", "示范项目基本信息公示"];
    const r = [span("县政府网站“电子商务进农村综合示范”专栏更新记录", 3), ["发布日期", "标题", "栏目"]];
    DIS.forEach((d, i) => r.push([d.replace(/-0?/g, ".").replace(/^(\d{4})\./, "$1."), T[i] || "项目建设进度（" + (i - 1) + "）", i < 2 ? "通知公告" : "建设进度"]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:C1"]));
  }
  // ---------------------------------------------------------------- 附10 宣传报道
  {
    const M = [
      ["2020.11.20", "紫金县融媒体中心", "县级", "电视", "紫金：村级电商站开到家门口", "否"],
      ["2021.3.16", "南方日报", "省级", "报纸", "紫金蝉茶搭上电商快车", "否"],
      ["2021.5.26", "广东广播电视台", "省级", "电视", "河源紫金：电商进村 椪柑出山", "否"],
      ["2021.9.6", "河源电视台", "市级", "电视", "脱贫户直播卖蝉茶 年增收两万元", "是"],
    ];
    const r = [span("紫金县电子商务进农村宣传报道登记表", 7), ["序号", "报道日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
    M.forEach((m, i) => r.push([i + 1, ...m]));
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附11 经验材料
  {
    const r = [span("经验材料报送登记", 4), ["报送日期", "材料标题", "报送单位", "报送方式"],
      ["2021.7.9", "紫金县“蝉茶＋电商”带动脱贫户增收经验材料", "河源市商务局", "粤政易"]];
    sheets.push(sheet("附11 经验材料", r, ["A1:D1"]));
  }
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = SCORED.reduce((a, id) => a + points[id], 0);
  assert(sc === 88, "88 got " + sc);
  assert(Math.round((12.1 / 9.8 - 1) * 1000) === 235 && Math.round((3.5 / 2.6 - 1) * 1000) === 346, "growth");
  write("counties/b117-c1-zijin.json", {
    description:
      "河源市紫金县商务局电商股交的整本考评工作簿（12个表：路演答辩记录、附1—附11），88分（无加分，未否决；记录里自评96＋1）。事实表不是填报表，而是河源市“电商进农村·县域擂台赛”（第二场）的《路演答辩记录》：标题、时间/地点/路演人（紫金县县长 钟××）/答辩人/记录人一行、说明行（数据截至2021年8月31日；第四部分是评委打分，不是本县自评），然后四块（块标题A:E合并）：一、路演（PPT逐页）页｜PPT标题｜画面上的字｜县长讲解（记录）｜备注；二、晒自评（PPT第9页）序｜指标｜满分｜自评分｜其中／说明；三、评委提问与答辩 序｜评委｜提问｜答辩人｜回答；四、评委现场打分（评委A/B/C 85、87、86，平均86.0——擂台赛成绩，不是本县的自评）。读法：事实主要在“县长讲解”和“回答”两列的句子里——“以我为组长”的“我”是县长（评委第1问说是分管副县长，县长当场否认），成员单位有商务、财政、农业农村、乡村振兴 → 主要领导、部门齐全；2019年12月正式印发方案、2020年4月出台扶持办法；中心2020年5月20日投入运营、专业第三方服务商运营，免费培训、免费展示展销、免费拍摄美工（第2问再确认不收费）、统一推广“紫金蝉茶”、代办商标和对接电商贷 → 五项都是；整合建成产业园；快递进村100%（附1快递列全部“已通”）；网零2019年9.8亿、2020年12.1亿（增长23.5%），农产品网零2.6亿→3.5亿（增长34.6%）；常住人口61.3万；省级资金500万元，已拨付419万元（含9月那笔）；总体进度93%；专栏公示方案、项目信息、建设进度，设意见征集和监督举报电话；月报含电商扶贫统计；资金管理办法已印发、承建单位建资金专用台账；无事故、无弄虚作假。判断分在“晒自评”块：方案2、政策2、管理制度2、工作台账1、网销调研2、促销2、标准与溯源1、资金制度5、资金台账4、资金支出（及时拨付）4；各指标自评分和加分0＋1是县里的自称。路演里的“入驻企业21家”“培训5,000人次”（答辩第7问承认含9月初一期）“站点覆盖72.7%”都要用台账核。台账：附1村居26行（4个社区；省定贫困村打√，非贫困村空白，社区“—”）；附2站点20行（日期有“2020年7月”、20.7.22、2020/8/19、20200902、“2021年4月7日”、真日期；城南社区站、“新村”不在名单、东方村第二站、柏埔村9月8日不算；合计行不算）；附3培训按期次（“420人次”文本、两天班“2021.3.4-5”按末日、第10期9月2日不算、合计行不算）；附4贫困户专场签到23行（刘伟强第二次签到身份证末位小写x；外出务工、无劳动能力者只算人次；9月7日3行不算）；附5贫困人口18人（“县内务工”不是外出）；附6入驻企业21行（好义辣椒酱网店2021.4.30退园，瓦溪山茶9月3日入驻 → 19家；类型“网店”“代运营”“物流”）；附7资金台账单位元，“86.4万”“650,000.00”文本，9月14日30万不算；附8月报月份为列，12个月都√，含扶贫统计也√；附9专栏缺2021年1月；附10宣传报道（河源电视台典型案例9月6日才播）；附11经验材料7月9日。",
    sheets,
    expect: { asOf: "2021-08-31", total: 88, bonus: 0, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 县长讲解“成立了以我为组长的领导小组”，路演人是县长（主要领导），答辩第1问县长否认分管副县长牵头；成员单位有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 2019年12月县政府正式印发创建工作方案；自评“方案制定2” → 2",
      "org.policy: 2020年4月出台《紫金县促进农村电子商务发展扶持办法》；自评“政策支持2” → 2",
      "org.management: 自评“管理制度2分、工作台账1分” → 3",
      "work.center: 中心2020-05-20运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训场地和设备 2；免费展示展销 1；免费拍摄和美工（答辩第2问确认） 1；统一推广“紫金蝉茶” 1；代办商标、对接电商贷 1；整合建成产业园 2；附6截止日在园：21行去掉好义辣椒酱网店（2021.4.30退园）、瓦溪山茶（2021.9.3入驻）= 19家 < 20 → 0；类型 电商运营商、平台型、销售型（网店）、物流企业 ≥ 3 → 1；合计 13（自评15）",
      "work.coverage: 附1行政村22个（城南、龙窝、蓝塘、临江4个社区不计）；附2截止日前有站的行政村：东方（两站算一次）、新庄（2020年7月）、琴口、锦口、九和、下楼、上义、布心、凤安、铁岭、义容、古竹、敬梓、庄田、水墩、炮子 = 16；16/22 = 72.7% ≥ 70% → 5；城南社区站不计，“新村”不在名单（警告），柏埔村2021.9.8不算。省定贫困村琴口、下楼、铁岭、敬梓、庄田5个全部有站，5/5 = 100% → 5；合计 10",
      "work.upward: 网销调研2；促销2；第三方运营服务商（河源市蝉香电子商务有限公司）1；附1快递列22个行政村都“已通” → 1；标准与溯源1；农村网零增长23.5% < 30%，农产品网零 3.5/2.6 增长34.6% ≥ 30% → 2；合计 9",
      "work.training: 人次 = 附3截止日前9期 460+420+450+430+480+440+450+430+440 = 4,000（第10期9月2日350不算，合计行不算）＋ 附4截止日前签到20行 = 4,020；基数 min(613,000, 500,000) = 500,000；4,020/500,000 = 0.804%，在0.8%–1% → 8（路演称5,000人次含9月那期）。贫困人口：附5共18人，有劳动能力16人，去掉外出务工赖志坚 = 15人（黄志明县内务工算在内）；截止日前参训：钟亚妹、刘伟强（末位x/X同一人）、温秀兰、黄志明、叶桂英、曾国华、赖美玲、陈永光 = 8（赖志坚外出务工、陈伯无劳动能力不算；钟丽华、刘少明、温国强9月7日才参训）；8/15 = 53.3% ≥ 50% → 10；合计 18（自评20）",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设意见征集和监督举报电话（答辩第3问） → 2；附9在2020-09…2021-08中缺2021年1月，11个月 → 不定时 1；合计 3（自评4）",
      "info.reporting: 附8 2020年9月—2021年8月每月都√ → 3；“含电商扶贫统计”行打√（答辩第4问也说有） → 3；合计 6",
      "promo.cases: 附11经验材料2021.7.9报河源市商务局 → 2",
      "promo.media: 截止日前：南方日报、广东广播电视台（省级）→ 4；紫金县融媒体中心（县级）→ 1；河源电视台2021.9.6在截止日后，市级不得分；合计 5（自评8）",
      "fund.system: 县财政局、商务局联合印发专项资金管理办法；自评“资金管理制度5” → 5",
      "fund.ledger: 承建单位建资金专用台账；自评“资金台账4” → 4",
      "fund.spending: 附7截止日前 1,280,000+864,000（86.4万）+420,000+650,000+380,000+296,000 = 3,890,000元（9月14日30万不算，合计行不算）；3,890,000/5,000,000 = 77.8% ≥ 70% → 按自评“及时拨付4分” → 4",
      "bonus.poorTraining: 8/15 = 53.3% < 70% → 0（自评也是0）",
      "bonus.tvCase: 广东广播电视台2021.5.26的报道不是电商扶贫典型案例；河源电视台典型案例是市级且9月6日才播 → 0（自评1）",
      "veto.incident: 答辩第6问“没有发生安全生产和质量事故” → 0，不否决",
      "veto.progress: 项目总体进度93% ≥ 40% → 0，不否决",
      "veto.fraud: “没有弄虚作假” → 0，不否决",
      "total: 2+2+2+3+13+10+9+18+3+6+2+5+5+4+4 = 88，加分0，合计 88；记录里自评96＋1，评委擂台打分平均86.0与考评无关",
    ],
  });
})();

// =====================================================================================
// facts/b117-f1-huilai: 揭阳惠来县 — 广告公司的《迎检现场布置广告制作结算清单》（画面文字里有数）
// =====================================================================================
(function f1() {
  const W = 8, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
  full("惠来县电子商务进农村综合示范考评迎检现场布置　广告制作结算清单");
  full("委托单位：惠来县商务局　　制作单位：惠来县鸿图广告有限公司　　施工日期：2021年9月4日—9月6日　　金额单位：元");
  rows.push(["序号", "布置位置", "品名", "规格（m）", "数量", "单价", "金额", "画面内容／文字（按定稿）"]);
  const L = [
    [1, "县政府大门", "横幅（红底黄字）", "12×0.9", 1, 180, "热烈欢迎省电子商务进农村综合示范考评组莅临惠来检查指导"],
    [2, "县电商公共服务中心大厅", "背景墙（亚克力字＋喷绘）", "8×3", 1, 3600, "惠来县电子商务公共服务中心　2020年6月28日投入运营"],
    [3, "中心大厅", "展板①（KT板）", "1.2×2.4", 1, 260, "【组织领导】县委副书记、县长任县电子商务进农村综合示范工作领导小组组长，县商务局、财政局、农业农村局、乡村振兴局等15个单位为成员单位"],
    [4, "中心大厅", "展板②", "1.2×2.4", 1, 260, "【方案政策】2019年11月县政府正式印发《惠来县电子商务进农村综合示范工作方案》；2020年5月出台《惠来县促进农村电子商务发展扶持办法》"],
    [5, "中心大厅", "展板③", "1.2×2.4", 1, 260, "【服务体系】全县常住人口106.3万；279个行政村（不含社区）中有省定贫困村30个；行政村快递物流覆盖率100%"],
    [6, "中心大厅", "展板④", "1.2×2.4", 1, 260, "【中心服务】免费电商培训｜免费展示展销惠来鲍鱼、葵潭菠萝｜免费产品拍摄与美工｜统一打造“惠来鲍鱼”区域公用品牌｜代办商标、对接金融服务"],
    [7, "中心大厅", "展板⑤", "1.2×2.4", 1, 260, "【农产品上行】2020年全县农产品网络零售额6.2亿元，同比增长31.5%"],
    [8, "中心大厅", "展板⑥", "1.2×2.4", 1, 260, "【人才培训】累计开展电商培训12,860人次；有劳动能力、未外出务工的建档立卡贫困人口1,993人，其中1,120人参加电商培训"],
    [9, "中心大厅", "桁架喷绘（资金）", "3×2.5", 1, 450, "【资金管理】省级专项资金500万元，已拨付412.6万元；制定《惠来县电子商务进农村综合示范专项资金管理办法》"],
    [10, "中心门口", "X展架（二维码）", "0.8×1.8", 3, 85, "扫码进入县政府网站“电商进农村”专栏：创建方案｜项目信息｜建设进度｜意见征集与监督举报"],
    [11, "中心二楼", "导视牌", "0.6×0.4", 6, 45, "培训室（免费）｜直播间｜摄影棚｜展销厅｜办公室｜洗手间"],
    [12, "中心门口广场", "横幅（红底白字）", "10×0.9", 1, 150, "热烈祝贺我县农村网络零售额突破30亿元"],
    [13, "中心门口广场", "横幅（红底白字）", "10×0.9", 1, 150, "热烈祝贺我县2020年农村网络零售额达28.6亿元"],
  ];
  L.forEach((x) => rows.push([x[0], x[1], x[2], x[3], x[4], x[5], x[0] === 12 ? 0 : x[4] * x[5], x[6]]));
  const total = L.filter((x) => x[0] !== 12).reduce((a, x) => a + x[4] * x[5], 0);
  rows.push(["合计", null, null, null, null, null, total, "大写：陆仟肆佰陆拾伍元整"]);
  assert(total === 6465, "total " + total);
  full("备注：第12项横幅挂出后县商务局审核发现内容有误（数字不实），当天撤下作废，不结算，由第13项重做替换；第13项为最终挂出的正确内容。画面文字以县商务局审定稿为准。");
  full("制作单位经办：陈××　　委托单位验收：惠来县商务局电商股 方××　　2021年9月7日");
  write("facts/b117-f1-huilai.json", {
    description:
      "揭阳市惠来县商务局电商股交来当事实表的，是广告公司开的《迎检现场布置 广告制作结算清单》（县商务局验收后随报账凭证留底）：标题；委托单位/制作单位/施工日期/金额单位一行；表头 序号｜布置位置｜品名｜规格（m）｜数量｜单价｜金额｜画面内容／文字（按定稿），13项（横幅、背景墙、展板①—⑥、桁架、X展架、导视牌、两条横幅），合计行，备注行，验收署名行。读法：事实只在最后一列“画面内容／文字”里，品名、规格、数量、单价、金额、施工日期都不是事实（施工日期也不是考评截止日期）。背景墙：中心2020年6月28日投入运营；展板①“县委副书记、县长任…领导小组组长”，成员有县商务局、财政局、农业农村局、乡村振兴局 → 主要领导、部门齐全；展板②2019年11月正式印发工作方案、2020年5月出台扶持办法；展板③常住人口106.3万、行政村279个（不含社区）、省定贫困村30个、行政村快递覆盖100%；展板④免费培训、免费展示展销、免费拍摄美工、统一打造“惠来鲍鱼”品牌、代办商标对接金融 → 五项都是；展板⑤2020年农产品网零6.2亿元、同比增长31.5%；展板⑥培训12,860人次，有劳动能力未外出务工的贫困人口1,993人、其中参训1,120人；桁架：省级资金500万元、已拨付412.6万元、制定专项资金管理办法；X展架：专栏有创建方案、项目信息、建设进度、意见征集与监督举报 → 四项都是。难点：第12项横幅“农村网络零售额突破30亿元”按备注是作废撤下、不结算的错误内容，不读；第13项才是正确内容：2020年农村网络零售额28.6亿元。导视牌“培训室（免费）”只是重复，不另读。没有判断分，没有自评分。",
    sheets: [sheet("广告制作结算清单", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "惠来县",
        centerOpened: "2020-06-28", planIssued: true, policyIssued: true, residentPopulation: 1063000, adminVillagesStated: 279, poorVillagesStated: 30,
        expressCoverage: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        agriRetail2020: 620000000, agriRetailGrowthStated: 0.315, trainingPersonTimesStated: 12860, eligiblePoorPersonsStated: 1993,
        trainedPoorPersonsStated: 1120, fundAllocated: 5000000, fundSpentStated: 4126000, fundSystemIssued: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, ruralRetail2020: 2860000000,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b117-f2-ruyuan: 韶关乳源瑶族自治县 — 经办人电脑桌面上的六张“便笺”（Windows 便利贴）照屏幕位置转录
// =====================================================================================
(function f2() {
  const W = 5, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:E${rows.length}`); };
  full("乳源县商务局电商股　迎检数据便笺（电脑桌面便利贴转录）");
  full("转录说明：经办人邓××电脑桌面上贴着6张便笺，按屏幕上的位置照录（上排①②③，下排④⑤⑥，一张便笺占一列，中间空一列）；便笺里划了删除线的字用［划掉：…］标出，划掉的不算；✓为有／已办，✗为没有。转录人：周×× 2021年9月1日。");
  const N = [
    ["便笺①（黄）考评要数", "修改：2021/8/30 16:42", "考评截止 2021.8.31", "常住人口 19.8万（七普）", "行政村 103个（社区12个不算）", "省定贫困村 17个",
      "培训累计 3,050人次（到8.31）", "贫困人口：有劳力、不含外出 846人", "其中参训 501人"],
    ["便笺②（绿）中心", "修改：2021/8/26 09:15", "开业：［划掉：2020.5.1］2020.4.26", "（5.1是揭牌仪式，运营从4.26算）", "运营：韶关瑶乡电商服务公司（第三方）",
      "免费培训 ✓", "展示展销 ✓ 免费", "拍摄美工 ✗ 收成本费", "统一推广“乳源瑶山好物” ✓", "代办商标／对接贷款 ✓", "产业园：整合旧农贸楼 已建 ✓"],
    ["便笺③（粉）钱", "修改：2021/8/31 17:58", "省级下达 500万", "拨付至8.31：［划掉：356.2万］372.8万", "总体进度 88%", "资金管理办法 已发 ✓", "承建方资金专用台账 ✓"],
    ["便笺④（蓝）自评（局长8.27定）", "修改：2021/8/27 18:20", "方案2　政策2", "管理：制度2　台账［划掉：2］1", "上行：调研1　促销2　标准1", "资金：制度4　台账4　拨付［划掉：5］4"],
    ["便笺⑤（紫）网零", "修改：2021/8/19 10:03", "农村网零 2019 3.92亿 → 2020 4.61亿（+17.6%）", "农产品 2019 1.05亿 → 2020 1.41亿（+34.3%）"],
    ["便笺⑥（黄）领导小组／专栏", "修改：2021/8/30 11:37", "组长：县长（2019.12调整文件）", "成员：商务 财政 农业农村 乡村振兴 交通 邮政",
      "专栏：方案✓ 项目信息✓ 进度✓", "　　　监督举报电话✗（还没挂）", "月报每月都含扶贫统计 ✓"],
  ];
  const block = (a, b, c) => {
    const h = Math.max(a.length, b.length, c.length);
    for (let i = 0; i < h; i++) rows.push([a[i] || null, null, b[i] || null, null, c[i] || null]);
  };
  block(N[0], N[1], N[2]);
  rows.push([null, null, null, null, null]);
  block(N[3], N[4], N[5]);
  assert(Math.round((4.61 / 3.92 - 1) * 1000) === 176 && Math.round((1.41 / 1.05 - 1) * 1000) === 343, "growth");
  write("facts/b117-f2-ruyuan.json", {
    description:
      "韶关市乳源瑶族自治县商务局电商股交来当事实表的，是经办人电脑桌面上六张 Windows“便笺”（便利贴）的转录：标题行、转录说明行（A:E合并：按屏幕位置照录，上排①②③、下排④⑤⑥，一张便笺占一列、中间空一列；删除线的字用［划掉：…］标出，划掉的不算；✓有/已办，✗没有）。每张便笺第一行是编号、颜色和题目，第二行是“修改：日期时间”，下面一行一句。读法：便笺①考评截止2021.8.31、常住人口19.8万、行政村103个（社区不算）、省定贫困村17个、培训3,050人次、有劳力不含外出的贫困人口846人、参训501人；便笺②中心开业“［划掉：2020.5.1］2020.4.26” → 2020-04-26（下一行也说5.1是揭牌仪式），第三方公司运营，免费培训✓、展示展销免费✓、拍摄美工✗收成本费 → 免费摄影美工为否、统一推广品牌✓、代办商标对接贷款✓（其他增值服务），产业园已建✓；便笺③下达500万，拨付“［划掉：356.2万］372.8万” → 372.8万元，总体进度88%，资金管理办法已发、承建方资金专用台账✓；便笺④是判断分（局长8.27定）：方案2、政策2、管理制度2、工作台账“［划掉：2］1” → 1、网销调研1、促销2、标准1、资金制度4、资金台账4、及时拨付“［划掉：5］4” → 4；便笺⑤2019/2020农村网零3.92亿/4.61亿（+17.6%）、农产品网零1.05亿/1.41亿（+34.3%）；便笺⑥组长是县长，成员有商务、财政、农业农村、乡村振兴 → 主要领导、部门齐全（“2019.12调整文件”是领导小组调整文件，不是工作方案）；专栏公示方案、项目信息、进度✓，监督举报电话✗（还没挂）→ 征集意见/监督举报窗口为否；月报含扶贫统计✓。不读的：“修改：”时间、转录日期；没有写快递覆盖、也没有写政策出台和方案印发。没有各指标自评分。",
    sheets: [sheet("桌面便笺", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 198000, adminVillagesStated: 103, poorVillagesStated: 17, trainingPersonTimesStated: 3050,
        eligiblePoorPersonsStated: 846, trainedPoorPersonsStated: 501, centerOpened: "2020-04-26", thirdPartyOperator: true, centerFreeTraining: true,
        centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, fundAllocated: 5000000, fundSpentStated: 3728000,
        overallProgress: 0.88, fundSystemIssued: true, fundLedgerKept: true, ruralRetail2019: 392000000, ruralRetail2020: 461000000,
        ruralRetailGrowthStated: 0.176, agriRetail2019: 105000000, agriRetail2020: 141000000, agriRetailGrowthStated: 0.343,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b117-f3-fengshun: 梅州丰顺县 — 县委办《丰顺信息·专报》（带领导批示栏）录入
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  full("丰 顺 信 息");
  full("专　报");
  full("第23期");
  rows.push(["中共丰顺县委办公室", null, null, null, "2021年9月10日", null]); merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(["领导批示", "县委书记 罗××（9月11日）：商务局要认真总结，考评后抓紧补齐短板，力争年底前累计培训突破1万人次。", null, null, null, null]);
  merges.push(`B${rows.length}:F${rows.length}`);
  const b1 = rows.length;
  rows.push([null, "县长 黄××（9月12日）：同意罗书记意见。请常务副县长继续抓好资金拨付，9月底前支出率达到95%。", null, null, null, null]);
  merges.push(`B${rows.length}:F${rows.length}`, `A${b1}:A${rows.length}`);
  full("我县电子商务进农村综合示范创建工作完成自评");
  full("【编者按】2019年全省共确定省级电子商务进农村综合示范县（市、区）若干个，我县为梅州市入选县之一。现将我县创建及自评情况报告如下。");
  full("　　一、基本情况。丰顺县常住人口47.4万人，辖行政村168个（另有社区8个，不计入），其中省定贫困村21个。2019年12月，县政府正式印发《丰顺县电子商务进农村综合示范工作方案》，成立以常务副县长为组长，县商务局、财政局、农业农村局、乡村振兴局等12个单位为成员的领导小组。");
  full("　　二、主要成效。县电子商务公共服务中心于2020年7月8日投入运营；整合原县城农贸批发市场建成县电子商务产业园；全县行政村实现快递物流全覆盖。2020年全县农村网络零售额15.3亿元，同比增长32.2%。截至8月31日，累计开展电商培训8,620人次。");
  full("　　三、资金使用。省级下达专项资金500万元，截至8月底已拨付438.5万元，支出率87.7%；项目总体进度95%。项目建设期间未发生安全生产和质量事故。");
  full("　　四、存在问题。一是中心产品拍摄、美工服务仍按成本收费，未做到免费；二是部分村级站点运营不够活跃。");
  full("　　五、下步打算。力争2021年农村网络零售额再增长30%，年底前村级站点覆盖率提高到85%。");
  full("附：主要指标完成情况");
  rows.push(["指标", null, "目标值", "完成值", "完成率", "备注"]); merges.push(`A${rows.length}:B${rows.length}`);
  [["村级站点覆盖行政村", "70%", "76.2%", "—", null], ["省定贫困村站点覆盖", "100%", "100%", "—", null],
    ["电商培训人次", "8,000", "8,620", "107.8%", "截至8月31日"], ["专项资金支出", "500万元", "438.5万元", "87.7%", null]]
    .forEach((x) => { rows.push([x[0], null, x[1], x[2], x[3], x[4]]); merges.push(`A${rows.length}:B${rows.length}`); });
  full("报：市委办公室　　送：县委常委，县人大、县政府、县政协领导　　发：各镇，县直各单位　　（共印60份）");
  assert(Math.round(4385000 / 5000000 * 1000) === 877 && Math.round(8620 / 8000 * 1000) === 1078, "rates");
  write("facts/b117-f3-fengshun.json", {
    description:
      "梅州市丰顺县商务局电商股交来当事实表的，是县委办公室编发的《丰顺信息·专报》第23期（2021年9月10日）录入Excel：报头三行（丰 顺 信 息／专　报／第23期）、编发单位和日期行；“领导批示”栏两行（A列纵向合并，县委书记、县长的批示各一行，B:F合并）；标题；编者按；正文五段“一、基本情况…五、下步打算”（每段一行，A:F合并）；“附：主要指标完成情况”小表（指标｜目标值｜完成值｜完成率｜备注）；末行报送范围。读法：正文第一段常住人口47.4万、行政村168个（社区8个不计）、省定贫困村21个；2019年12月正式印发工作方案；领导小组“以常务副县长为组长” → 分管领导（常务副县长是副职），成员有商务、财政、农业农村、乡村振兴；第二段中心2020年7月8日投入运营、整合建成产业园、行政村快递全覆盖、2020年农村网零15.3亿元增长32.2%、培训8,620人次（附表完成值一致）；第三段下达500万元、已拨付438.5万元、总体进度95%、未发生安全生产和质量事故；第四段“存在问题”里写摄影美工“仍按成本收费，未做到免费” → 免费摄影美工为否。不读的：批示里“力争年底前累计培训突破1万人次”“9月底前支出率达到95%”是要求，不是事实；县长批示“请常务副县长…”不改变领导小组组长；编者按是全省情况；第五段“再增长30%”“覆盖率提高到85%”是打算；附表“目标值”列不读，站点覆盖率76.2%、支出率87.7%没有对应键；期号、日期、印数不是事实。没有判断分。",
    sheets: [sheet("信息专报", rows, merges)],
    expect: {
      facts: {
        residentPopulation: 474000, adminVillagesStated: 168, poorVillagesStated: 21, planIssued: true, centerOpened: "2020-07-08", parkBuilt: true,
        expressCoverage: true, ruralRetail2020: 1530000000, ruralRetailGrowthStated: 0.322, trainingPersonTimesStated: 8620, fundAllocated: 5000000,
        fundSpentStated: 4385000, overallProgress: 0.95, vetoIncident: false, centerPhoto: false,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// ledgers/b117-l1-dabu: 梅州大埔县 — ①顺丰月结寄件明细（对账单摘录）当经验材料报送记录；②乡村振兴局《省定贫困村出列验收结果汇总表》当省定贫困村清单
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  {
    const r = [["大埔县商务局电商股说明（本页不是台账）"],
      ["1．经验材料都是打印盖章后用顺丰月结寄梅州市商务局的，没有另设登记簿，附上从各月顺丰对账单摘录的寄件明细：一行一票；最后一列“用途”是本股按寄件内容加注的，只有用途为“经验材料”的行是经验材料报送，月报纸质件、样品、其他文件不是。"],
      ["2．省定贫困村清单用县乡村振兴局的《省定贫困村出列验收结果汇总表》：一村一行，“小计”“合计”行不是村。"],
      ["填写人：大埔县商务局电商股　罗××　2021年9月8日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [寄件时间, 收件单位, 目的地, 托寄物, 重量, 运费, 用途]
  const SF = [
    ["2020-10-09 10:12:33", "梅州市商务局", "梅州市梅江区", "文件", 0.3, 12, "月报纸质件"],
    ["2020-11-17 15:40:02", "广州市穗农优品商贸有限公司", "广州市天河区", "样品（蜜柚）", 5.2, 28, "样品"],
    ["2020-12-08 09:05:47", "梅州市商务局", "梅州市梅江区", "文件", 0.5, 12, "经验材料"],
    ["2021-01-20 16:22:10", "梅州市财政局", "梅州市梅江区", "文件", 0.2, 12, "其他（资金文件）"],
    ["2021-03-12 11:31:28", "梅州市商务局", "梅州市梅江区", "文件", 0.8, 12, "经验材料"],
    ["2021-04-06 14:03:55", "梅州市商务局", "梅州市梅江区", "文件", 0.3, 12, "月报纸质件"],
    ["2021-05-25 10:48:19", "深圳市茶语汇贸易有限公司", "深圳市福田区", "样品（大埔绿茶）", 2.1, 18, "样品"],
    ["2021-06-30 17:15:06", "梅州市商务局", "梅州市梅江区", "文件", 1.2, 15, "经验材料"],
    ["2021-08-16 09:27:41", "广东省商务厅", "广州市越秀区", "文件", 0.6, 12, "其他（考评材料）"],
    ["2021-09-03 15:50:12", "梅州市商务局", "梅州市梅江区", "文件", 0.4, 12, "经验材料"],
  ];
  {
    const r = [span("顺丰速运　月结客户寄件明细（对账单摘录）", 11),
      span("月结卡号：7690××××12　　客户名称：大埔县商务局　　账期：2020年10月—2021年9月（电商股从各月对账单摘录）　　运费单位：元", 11),
      ["序号", "寄件时间", "运单号", "寄件人", "收件单位", "收件地区", "托寄物", "计费重量（kg）", "运费", "付款方式", "用途（电商股标注）"]];
    SF.forEach((x, i) => r.push([i + 1, x[0], "SF" + String(1300000000000 + i * 918273645).slice(0, 13), "罗××", x[1], x[2], x[3], x[4], x[5], "寄付月结", x[6]]));
    r.push(["合计", "10票", null, null, null, null, null, null, SF.reduce((a, x) => a + x[5], 0), null, null]);
    sheets.push(sheet("顺丰寄件明细", r, ["A1:K1", "A2:K2"]));
    const recs = SF.filter((x) => x[6] === "经验材料").map((x) => ({ date: x[0].slice(0, 10) }));
    assert(recs.length === 4 && recs.filter((x) => dateOk(x.date)).length === 3, "4 materials, 3 by cut-off");
    expect["顺丰寄件明细"] = { kind: "materials", records: recs };
  }
  // [镇, [written, canonical, 户, 人, 收入]...]
  const PV = [
    ["湖寮镇", [["黎家坪村委会", "黎家坪村", 52, 131, 12.6], ["莒村", "莒村", 47, 118, 10.8]]],
    ["百侯镇", [["侯北村", "侯北村", 39, 96, 11.2]]],
    ["茶阳镇", [["太宁村委会", "太宁村", 61, 152, 13.5], ["长教村", "长教村", 44, 109, 10.4]]],
    ["高陂镇", [["福上村民委员会", "福上村", 58, 147, 15.1]]],
    ["大东镇", [["联丰村", "联丰村", 36, 88, 10.2]]],
    ["青溪镇", [["蕉坑村", "蕉坑村", 41, 102, 11.9]]],
  ];
  {
    const r = [span("大埔县省定贫困村出列验收结果汇总表", 8), span("填报单位：大埔县乡村振兴局（原县扶贫办）　　2021年3月", 8),
      ["序号", "镇", "村", "贫困户（户）", "贫困人口（人）", "2020年村集体收入（万元）", "出列年度", "验收结论"]];
    const m = ["A1:H1", "A2:H2"];
    const recs = [];
    let n = 0, H = 0, P = 0;
    PV.forEach((g) => {
      const start = r.length + 1;
      g[1].forEach((v, j) => {
        r.push([++n, j === 0 ? g[0] : null, v[0], v[2], v[3], v[4], n % 3 === 0 ? "2019年" : "2020年", "达到出列标准，同意出列"]);
        recs.push({ name: v[1] }); H += v[2]; P += v[3];
      });
      if (g[1].length > 1) {
        r.push([null, null, "小计", g[1].reduce((a, v) => a + v[2], 0), g[1].reduce((a, v) => a + v[3], 0), null, null, null]);
        m.push(`B${start}:B${r.length}`);
      }
    });
    r.push(["合计", null, "8个村", H, P, null, null, null]);
    r.push(["注：全县省定贫困村8个，至2020年底全部出列。", null, null, null, null, null, null, null]);
    m.push(`A${r.length}:H${r.length}`);
    sheets.push(sheet("贫困村出列验收", r, m));
    assert(recs.length === 8, "8 poor villages");
    expect["贫困村出列验收"] = { kind: "poorVillages", records: recs };
  }
  write("ledgers/b117-l1-dabu.json", {
    description:
      "梅州市大埔县商务局电商股交的两张“借来的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①《顺丰速运 月结客户寄件明细（对账单摘录）》当经验材料报送记录：标题、月结卡号/客户名称/账期/运费单位一行，表头 序号｜寄件时间｜运单号｜寄件人｜收件单位｜收件地区｜托寄物｜计费重量（kg）｜运费｜付款方式｜用途（电商股标注），10票，末行合计。读法：一行一票；寄件时间是“2020-12-08 09:05:47”这样带时分秒的文本，取日期；只有“用途”为“经验材料”的4票是经验材料报送（2020-12-08、2021-03-12、2021-06-30、2021-09-03，最后一票在截止日后，照列），月报纸质件、样品（蜜柚、绿茶寄广州、深圳客户）、寄市财政局的资金文件、寄省商务厅的考评材料都不是；托寄物都写“文件”，不能据此判断；合计行不是记录。②县乡村振兴局《省定贫困村出列验收结果汇总表》当省定贫困村清单：标题、填报单位行，表头 序号｜镇｜村｜贫困户（户）｜贫困人口（人）｜2020年村集体收入（万元）｜出列年度｜验收结论，镇名按镇纵向合并（湖寮镇、茶阳镇两村各带一行“小计”），末行合计“8个村”和注。读法：一村一行共8个省定贫困村（黎家坪村委会、莒村、侯北村、太宁村委会、长教村、福上村民委员会、联丰村、蕉坑村，即黎家坪村、莒村、侯北村、太宁村、长教村、福上村、联丰村、蕉坑村）；“小计”“合计”行不是村；已出列仍是省定贫困村（考评按省定贫困村算）；户数、人数、收入不用。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b117-l2-wengyuan: 韶关翁源县 — ①邮政管理局《快递末端网点备案信息》当站点台账；②产业园《入园企业网络销售额统计月报》当入驻企业清单（企业类型在分节标题上）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  {
    const r = [["翁源县商务局电商股说明（本页不是台账）"],
      ["1．村级电商服务站都兼做快递末端网点，在韶关市邮政管理局备过案，站点台账用备案系统导出的翁源县网点信息代替：最后一列“商务局标注”是本股加的，“是”为村级电商服务站；快递超市、驿站等标“否”的不是；迁址后重新备案的一行标“否”（同一站点）。“开办日期”就是站点挂牌运营日期，“备案日期”是到邮政管理局登记的日期，不用。"],
      ["2．入驻企业用产业园管理办公室的《入园企业网络销售额统计月报》：企业按类型分节，分节标题（一、平台型 等）就是企业类型；“小计”“合计”行不是企业；1—8月各列是销售额（万元），不是日期；退园企业退园后各月填“—”。"],
      ["填写人：翁源县商务局电商股　邱××　2021年9月9日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [网点名称, 类型, 镇, 村written, 村canonical|null, 开办cell, 开办iso, 备案, 标注]
  const NET = [
    ["青云村电商服务站", "村级综合服务站", "龙仙镇", "青云村", "青云村", "2020-08-12", "2020-08-12", "2020-09-03", "是"],
    ["龙仙兔喜快递超市（建设路店）", "快递超市", "龙仙镇", "建设社区", null, "2019-11-20", null, "2020-01-06", "否"],
    ["坝仔村电商服务站", "村级综合服务站", "坝仔镇", "坝仔村委会", "坝仔村", "2020-09-15", "2020-09-15", "2020-10-10", "是"],
    ["仙北村电商服务站", "村级综合服务站", "江尾镇", "仙北村", "仙北村", "2020/10/20", "2020-10-20", "2020/11/2", "是"],
    ["江尾菜鸟驿站（圩镇店）", "驿站", "江尾镇", "江尾社区", null, "2020-05-08", null, "2020-06-01", "否"],
    ["官渡村电商服务站", "村级综合服务站", "官渡镇", "官渡村", "官渡村", "2020年11月", "2020-11", "2020-12-14", "是"],
    ["周陂村电商服务站", "村级综合服务站", "周陂镇", "周陂村民委员会", "周陂村", "20201208", "2020-12-08", "20210105", "是"],
    ["翁城村电商服务站", "村级综合服务站", "翁城镇", "翁城村", "翁城村", D("2021-01-19"), "2021-01-19", D("2021-02-22"), "是"],
    ["新江村电商服务站", "村级综合服务站", "新江镇", "新江村", "新江村", "2021.3.16", "2021-03-16", "2021.4.8", "是"],
    ["上坪村电商服务站", "村级综合服务站", "周陂镇", "上坪村", "上坪村", "2021-05-11", "2021-05-11", "2021-06-02", "是"],
    ["青云村电商服务站", "村级综合服务站", "龙仙镇", "青云村", null, "2020-08-12", null, "2021-06-10", "否（迁址重新备案，同第1行）"],
    ["黄塘村电商服务站", "村级综合服务站", "官渡镇", "黄塘村", "黄塘村", "2021-08-27", "2021-08-27", "2021-09-05", "是"],
    ["江镇村电商服务站", "村级综合服务站", "新江镇", "江镇村", "江镇村", "2021-09-02", "2021-09-02", "—", "是"],
  ];
  {
    const r = [span("韶关市邮政管理局　快递末端网点备案信息（翁源县）", 11),
      span("系统导出时间：2021-09-06　　最后一列为翁源县商务局电商股加注", 11),
      ["序号", "网点名称", "网点类型", "所在镇", "所在村（社区）", "开办者", "开办日期", "备案日期", "合作品牌", "联系电话", "商务局标注：村级电商站"]];
    NET.forEach((x, i) => r.push([i + 1, x[0], x[1], x[2], x[3], ["邱", "张", "刘", "黄", "曾", "李", "朱", "陈"][i % 8] + "××", x[5], x[7], i % 2 ? "中通、韵达" : "邮政、中通、圆通", PH(i + 40), x[8]]));
    sheets.push(sheet("末端网点备案", r, ["A1:K1", "A2:K2"]));
    const recs = NET.filter((x) => x[8] === "是").map((x) => ({ village: x[4], opened: x[6] }));
    assert(recs.length === 10, "10 stations");
    expect["末端网点备案"] = { kind: "stations", records: recs };
  }
  // enterprises by section: [type, [[name, code idx, entered cell, iso, left cell, left iso]]]
  const SEC = [
    ["平台型", [["翁源县兰乡网络科技有限公司", "2020.6.8", "2020-06-08", null, null], ["韶关市翁源优选网络平台有限公司", "2020.9.1", "2020-09-01", null, null]]],
    ["销售型", [["翁源县兰花缘电子商务有限公司", "2020.6.8", "2020-06-08", null, null], ["翁源县三华李网店", "2020.7.15", "2020-07-15", null, null],
      ["翁源县九仙桃电子商务有限公司", "2020年10月", "2020-10", null, null], ["翁源县客家米酒网店", "2020.11.2", "2020-11-02", "2021.5.31", "2021-05-31"],
      ["翁源县江尾红薯电子商务有限公司", "2021.3.1", "2021-03-01", null, null], ["翁源县新江蜂蜜电子商务有限公司", D("2021-06-21"), "2021-06-21", null, null]]],
    ["电商运营商", [["翁源县兰乡电商代运营有限公司", "2020.6.8", "2020-06-08", null, null], ["翁源县直播星传媒有限公司", "2021.1.11", "2021-01-11", null, null]]],
    ["物流企业", [["翁源县顺达物流有限公司", "2020.6.20", "2020-06-20", null, null], ["翁源县云仓供应链有限公司", "20.12.7", "2020-12-07", null, null]]],
  ];
  {
    const W = 14, cn = ["一", "二", "三", "四"];
    const r = [span("翁源县电子商务产业园入园企业网络销售额统计月报（2021年1—8月）", W), span("填报单位：翁源县电子商务产业园管理办公室　　单位：万元", W),
      ["序号", "企业名称", "统一社会信用代码", "入园时间", "退园时间", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "1—8月累计"]];
    const m = ["A1:N1", "A2:N2"];
    const recs = [];
    let n = 0, grand = 0;
    SEC.forEach((s, si) => {
      r.push(span(cn[si] + "、" + s[0], W)); m.push(`A${r.length}:N${r.length}`);
      let sub = 0;
      s[1].forEach((e) => {
        n++;
        const months = [];
        for (let k = 1; k <= 8; k++) {
          const mm = "2021-" + String(k).padStart(2, "0");
          const active = e[2].slice(0, 7) <= mm && !(e[4] && e[4].slice(0, 7) < mm);
          months.push(active ? Math.round(((n * 37 + k * 13) % 90 + 10) * 10) / 10 : "—");
        }
        const tot = Math.round(months.filter((x) => typeof x === "number").reduce((a, x) => a + x, 0) * 10) / 10;
        sub += tot;
        r.push([n, e[0], "91440229MA5" + String(3100 + n * 53).padStart(4, "0") + "W" + String(10 + n).padStart(2, "0"), e[1], e[3], ...months, tot]);
        recs.push({ name: e[0], type: s[0], entered: e[2], left: e[4] });
      });
      r.push([null, "小计", null, null, null, null, null, null, null, null, null, null, null, Math.round(sub * 10) / 10]);
      grand += sub;
    });
    r.push([null, "合计（" + n + "家）", null, null, null, null, null, null, null, null, null, null, null, Math.round(grand * 10) / 10]);
    sheets.push(sheet("入园企业网销月报", r, m));
    assert(recs.length === 12 && recs.filter((x) => x.left).length === 1, "12 enterprises");
    expect["入园企业网销月报"] = { kind: "enterprises", records: recs };
  }
  write("ledgers/b117-l2-wengyuan.json", {
    description:
      "韶关市翁源县商务局电商股交的两张“借来的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①韶关市邮政管理局备案系统导出的《快递末端网点备案信息（翁源县）》当村级站点台账：标题、导出时间行，表头 序号｜网点名称｜网点类型｜所在镇｜所在村（社区）｜开办者｜开办日期｜备案日期｜合作品牌｜联系电话｜商务局标注：村级电商站，13行。读法：只有“商务局标注”为“是”的10行是村级电商服务站；龙仙兔喜快递超市、江尾菜鸟驿站（社区里的快递点）标“否”不是；第11行青云村电商服务站是迁址重新备案（标注“否（迁址重新备案，同第1行）”），不是新站点；站点开通日期取“开办日期”（说明页写明就是挂牌运营日期），不取“备案日期”——日期写法有2020-08-12、2020/10/20、“2020年11月”、20201208、真日期、2021.3.16；江镇村2021-09-02开办（备案日期“—”）照列；坝仔村委会、周陂村民委员会即坝仔村、周陂村。②产业园管理办公室《入园企业网络销售额统计月报（2021年1—8月）》当入驻企业清单：标题、填报单位/单位（万元）行，表头 序号｜企业名称｜统一社会信用代码｜入园时间｜退园时间｜1月…8月｜1—8月累计，企业按类型分四节，分节标题行（一、平台型／二、销售型／三、电商运营商／四、物流企业，A:N合并）给出该节企业的类型，每节末“小计”行，最后“合计（12家）”。读法：12家企业，类型取所在分节标题；入园时间有2020.6.8、“2020年10月”、真日期、两位年份“20.12.7”；客家米酒网店2021.5.31退园（之后各月“—”）；1—8月各列是销售额，不是日期；小计、合计行不是企业。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
