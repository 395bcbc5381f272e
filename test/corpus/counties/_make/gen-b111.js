// Batch 111 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
const LEAD = new Set(["principal-all", "principal", "deputy", "other"]);
function validateCase(o, rel) {
  assert(typeof o.description === "string" && o.description.length > 50, rel + " description");
  const names = new Set();
  o.sheets.forEach((s) => { validateSheet(s, rel + ":" + s.name); assert(!names.has(s.name), "dup sheet"); names.add(s.name); });
  const e = o.expect;
  if (rel.startsWith("facts/")) {
    Object.keys(e.facts).forEach((k) => assert(FACT_KEYS.has(k), rel + " fact key " + k));
    Object.keys(e.judged).forEach((k) => assert(JUDGED_KEYS.has(k), rel + " judged key " + k));
    if (e.leadership !== undefined) assert(LEAD.has(e.leadership), rel + " leadership");
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
// counties/b111-c1-yangshan: 清远市阳山县 — 事实表借用县财政局《项目支出绩效评价指标及评分表》（决策/过程/产出/效益四级格式），
// 电商股在后面加了“对应省考评指标”“省考评自评分”两列
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441823";
  // ---------------------------------------------------------------- 绩效评价指标及评分表
  {
    const W = 9, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:I${rows.length}`); };
    full("阳山县省级电子商务进农村综合示范项目绩效评价指标及评分表");
    full("项目名称：阳山县省级电子商务进农村综合示范项目　　主管部门：阳山县商务局　　评价方式：部门自评");
    full("说明：本表按县财政局《项目支出绩效评价指标体系（通用）》格式填写，“评价得分”为财政绩效评价口径（满分100分）；电商股另加H、I两列，把财政指标对应到2019年省级电子商务进农村综合示范创建考评指标，I列“省考评自评分”为本县报省考评的自评分。考评截止日期：2021年8月31日。金额单位：万元。");
    rows.push(["一级指标", "二级指标", "三级指标", "分值", "指标解释（目标值）", "实际完成情况", "评价得分", "对应省考评指标", "省考评自评分"]);
    const HDR = rows.length;
    // [l1, l2, l3, 分值, 目标, 完成, 财政得分, 省指标, 省自评]  "M" = merged with the row above (省指标/自评 cells)
    const R = [
      ["决策（15分）", "项目立项", "立项依据充分性", 3, "有正式印发的实施方案", "县政府办公室2019年12月正式印发《阳山县电子商务进农村综合示范工作方案》（阳府办〔2019〕58号）", 3, "方案制定（2分）", 2],
      [null, null, "政策配套", 4, "出台支持农村电商发展的政策", "县政府印发《阳山县促进农村电子商务发展扶持办法（试行）》，对站点运营、网店开设、快递进村给予补助，已兑现补助两批", 4, "政策支持（2分）", 2],
      [null, "绩效目标", "绩效目标合理性", 4, "目标明确、可衡量", "绩效目标与省考评指标体系一致，已分解到各责任单位", 4, null, null],
      [null, "资金投入", "资金到位率", 4, "到位率100%", "省级财政专项资金500万元已全额下达到县", 4, null, null],
      ["过程（25分）", "组织实施", "组织机构健全性", 4, "政府主要领导牵头、多部门参与", "成立县电子商务进农村综合示范工作领导小组，县长任组长，常务副县长、分管副县长任副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、阳山邮政分公司", 4, "组织领导（2分）", 2],
      [null, null, "管理制度健全性", 3, "项目管理制度健全、执行到位", "制定《阳山县电子商务进农村综合示范项目管理办法》，建设、验收环节按制度执行", 3, "项目管理（制度部分，1-2分）", 2],
      [null, null, "工作台账完整性", 3, "台账完整、记录详细", "已建立工作台账，个别月份进度记录不全", 2, "项目管理（台账部分，1-2分）", 1],
      [null, "资金管理", "资金管理制度", 5, "制度健全、有考核问责", "制定《阳山县省级电子商务进农村综合示范专项资金管理办法》，建立考核问责制度", 5, "制度建立（5分）", 5],
      [null, null, "资金使用规范性", 5, "承建单位建立资金专用台账", "各承建单位均建立资金专用台账，凭证齐全，个别凭证摘要不规范", 4, "资金台账（5分）", 4],
      [null, null, "资金执行率", 5, "≥70%，按进度及时拨付", "截至2021年8月31日累计拨付372.6万元（附7），按合同节点拨付", 4, "资金支出（5分）", 4],
      ["产出（40分）", "数量指标", "县级电子商务公共服务中心", 6, "建成并运营1个", "县电子商务公共服务中心（阳城镇）2020年10月16日投入运营；设免费培训室（40座，电脑30台），常态开展电商基础培训；设农特产品免费展示展销区；免费提供产品摄影、美工设计；统一推广“阳山农品”区域公用品牌，指导合作社注册商标；代办网店开设、食品经营许可等增值服务", 6, "县级中心与产业园（15分）", 15],
      [null, null, "电商产业园", 4, "建设或整合1个", "整合原县城工业品批发市场建成阳山县电商产业园，入驻企业名单见附6", 4, "M", "M"],
      [null, null, "村级电商服务站点", 6, "行政村覆盖率≥70%，省定贫困村全覆盖", "全县行政村20个（另有社区3个），其中省定贫困村5个；站点清单见附2", 6, "村级站点覆盖（10分）", 10],
      [null, null, "电商培训人次", 6, "≥常住人口1%", "常住人口36.2万人（第七次全国人口普查）；累计培训2,896人次（附3、附4）", 5, "电商人才培训（20分）", 20],
      [null, null, "贫困人口培训", 6, "有劳动能力贫困人口培训率≥50%", "有劳动能力且未外出务工的建档立卡贫困人口12人，已参训6人（附5、附4）", 6, "M", "M"],
      [null, "质量指标", "农村产品上行", 8, "调研、促销、第三方服务、快递进村、标准溯源", "形成《阳山县农产品网络销售调研报告》并提出针对性建议（省考评自评2分）；举办“阳山淮山网络节”“年货节”等网络促销活动（自评2分）；引入清远市粤农电子商务有限公司为第三方运营服务商；行政村快递服务覆盖率100%（县邮政管理部门核实）；出台《阳山淮山电商分级标准》，溯源平台上线，冷链尚未建成（自评1分）", 7, "农村产品上行（10分）", 9],
      [null, "时效指标", "信息公开", 2, "专栏按月更新", "县政府网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报信箱；按月更新（附9）", 2, "信息公开（4分）", 4],
      [null, null, "数据报送", 2, "按月报送", "每月向清远市商务局报送工作进展，附电商扶贫统计表（附8）", 2, "数据上报（6分）", 6],
      ["效益（20分）", "经济效益", "农村网络零售额增长", 6, "同比增速≥30%", "农村网络零售额：2019年41,260万元，2020年50,870万元；农产品网络零售额：2019年9,820万元，2020年13,150万元（增速得分已计入“农村产品上行”）", 5, null, null],
      [null, "社会效益", "宣传推广", 5, "主流媒体宣传报道", "南方农村报、广东广播电视台、清远日报、阳山县融媒体中心均有报道（附10）", 5, "经验推广（8分）", 8],
      [null, null, "经验总结", 3, "经验材料及时上报", "《阳山县“淮山＋电商”助农增收经验做法》报清远市商务局（附11）", 3, "案例总结（2分）", 2],
      [null, "满意度", "服务对象满意度", 6, "≥90%", "抽样问卷调查满意度96.3%", 6, null, null],
    ];
    const groups = {};
    R.forEach((r, i) => {
      const rowNo = HDR + 1 + i;
      rows.push([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] === "M" ? null : r[7], r[8] === "M" ? null : r[8]]);
      if (r[7] === "M") merges.push(`H${rowNo - 1}:H${rowNo}`, `I${rowNo - 1}:I${rowNo}`);
      if (r[0]) {
        groups.cur = { start: rowNo };
        (groups.list = groups.list || []).push(groups.cur);
      }
      groups.cur.end = rowNo;
      if (r[1]) { groups.cur2 = { start: rowNo }; (groups.l2 = groups.l2 || []).push(groups.cur2); }
      groups.cur2.end = rowNo;
    });
    groups.list.forEach((g) => { if (g.end > g.start) merges.push(`A${g.start}:A${g.end}`); });
    groups.l2.forEach((g) => { if (g.end > g.start) merges.push(`B${g.start}:B${g.end}`); });
    // section weights and finance score
    const secW = { "决策（15分）": 15, "过程（25分）": 25, "产出（40分）": 40, "效益（20分）": 20 };
    let cur = null; const sw = {};
    R.forEach((r) => { if (r[0]) cur = r[0]; sw[cur] = (sw[cur] || 0) + r[3]; });
    Object.keys(secW).forEach((k) => assert(sw[k] === secW[k], "section weight " + k));
    const fin = R.reduce((a, r) => a + r[6], 0);
    const prov = R.filter((r) => typeof r[8] === "number").reduce((a, r) => a + r[8], 0);
    assert(fin === 94 && prov === 96, "finance 94, province claim 96: " + fin + " " + prov);
    rows.push(["合计", null, null, 100, null, null, fin, "省考评自评分合计（不含加分）", prov]);
    merges.push(`A${rows.length}:C${rows.length}`);
    full("省考评加分项及一票否决项（财政评价格式无此项，电商股补列）");
    rows.push(["加分项", null, "建档立卡贫困人口培训率≥70%", null, null, "6/12＝50%，未达70%", null, "贫困人口培训（加2分）", 0]);
    rows.push([null, null, "电商扶贫典型案例获电视播报", null, null, "广东广播电视台2021年6月播出阳山淮山电商扶贫典型案例（省级）", null, "典型案例电视播报（加1—2分）", 1]);
    merges.push(`A${rows.length - 1}:B${rows.length}`);
    rows.push(["一票否决项", null, "安全生产、质量事故或重大损失", null, null, "项目实施以来未发生安全生产、质量事故，未造成重大经济损失和社会不良影响", null, null, "不涉及"]);
    rows.push([null, null, "总体进度不足40%", null, null, "项目总体进度92%", null, null, "不涉及"]);
    rows.push([null, null, "弄虚作假", null, null, "无弄虚作假情形", null, null, "不涉及"]);
    merges.push(`A${rows.length - 2}:B${rows.length}`);
    full("评价人：阳山县商务局电商股　　复核：县财政局绩效股　　2021年9月3日");
    sheets.push(sheet("绩效评价指标及评分", rows, merges));
  }
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(SCORED.reduce((a, id) => a + claimed[id], 0) === 96, "claimed 96");
  // ---------------------------------------------------------------- 附1 村居名单  [town, name, 0 admin / 1 poor / 2 community]
  const VIL = [
    ["阳城镇", "城北", 2], ["阳城镇", "城南", 2], ["阳城镇", "大塘", 0], ["阳城镇", "水井", 0],
    ["七拱镇", "七拱", 0], ["七拱镇", "新圩", 1], ["太平镇", "太平", 0], ["太平镇", "龙塘", 1],
    ["杜步镇", "杜步", 0], ["杜步镇", "大坪", 0], ["江英镇", "江英", 0], ["江英镇", "石螺", 1],
    ["杨梅镇", "杨梅", 0], ["杨梅镇", "白莲", 0], ["大崀镇", "大崀", 0], ["大崀镇", "东山", 1],
    ["小江镇", "小江", 0], ["小江镇", "塘坪", 0], ["黎埠镇", "黎埠", 2], ["黎埠镇", "黎埠", 0], ["黎埠镇", "界滩", 1],
    ["秤架瑶族乡", "秤架", 0], ["黄坌镇", "黄坌", 0],
  ];
  {
    const r = [span("阳山县村（居）民委员会名单", 6), ["镇（乡）", "村（居）委会", "类别", "省定贫困村", "通快递", "备注"]];
    VIL.forEach((v) => r.push([v[0], v[1] + (v[2] === 2 ? "社区居民委员会" : "村民委员会"), v[2] === 2 ? "社区" : "行政村", v[2] === 1 ? "是" : null, v[2] === 2 ? null : "是", null]));
    r.push(["注：“省定贫困村”栏空白为一般村；“通快递”据县邮政管理部门2021年6月核查。", null, null, null, null, null]);
    sheets.push(sheet("附1 村居名单", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  const ADMIN = VIL.filter((v) => v[2] < 2).map((v) => v[1] + "村");
  const POOR = VIL.filter((v) => v[2] === 1).map((v) => v[1] + "村");
  assert(ADMIN.length === 20 && POOR.length === 5, "20 admin 5 poor");
  // ---------------------------------------------------------------- 附2 站点  [name, village cell, town, date cell, iso]
  const ST = [
    ["大塘村电商服务站", "大塘村委会", "阳城镇", "2020.5.20", "2020-05-20"],
    ["水井村电商服务站", "水井村", "阳城镇", "2020.6.8", "2020-06-08"],
    ["水井村淮山收购电商点", "水井村民委员会", "阳城镇", "2021.3.2", "2021-03-02"],
    ["城北社区电商服务点", "城北社区", "阳城镇", "2020.6.18", "2020-06-18"],
    ["七拱村电商服务站", "七拱村", "七拱镇", D("2020-07-15"), "2020-07-15"],
    ["新圩村电商服务站", "新圩村委会", "七拱镇", "2020/7/28", "2020-07-28"],
    ["太平村电商服务站", "太平村", "太平镇", "20.8.12", "2020-08-12"],
    ["龙塘村电商服务站", "龙塘村", "太平镇", "2020年9月3日", "2020-09-03"],
    ["杜步村电商服务站", "杜步村", "杜步镇", "2020.10.21", "2020-10-21"],
    ["江英村电商服务站", "江英村", "江英镇", "2020.11.5", "2020-11-05"],
    ["石螺村电商服务站", "石螺村民委员会", "江英镇", D("2020-12-09"), "2020-12-09"],
    ["杨梅村电商服务站", "杨梅村", "杨梅镇", "2021.1.13", "2021-01-13"],
    ["大崀村电商服务站", "大崀村", "大崀镇", "2021.4.16", "2021-04-16"],
    ["岭背村电商服务站", "岭背村", "岭背镇", "2021.5.10", "2021-05-10"],
    ["黎埠村电商服务站", "黎埠村委会", "黎埠镇", "2021.6.22", "2021-06-22"],
    ["小江村电商服务站", "小江村", "小江镇", "2021年8月", "2021-08"],
    ["东山村电商服务站", "东山村", "大崀镇", "2021.8.31", "2021-08-31"],
    ["界滩村电商服务站", "界滩村", "黎埠镇", "2021.9.6", "2021-09-06"],
  ];
  {
    const r = [span("阳山县村级电子商务服务站点清单", 8), span("填报单位：阳山县商务局　　　填报时间：2021年9月2日", 8),
      ["序号", "站点名称", "所在村（居）", "镇（乡）", "负责人", "联系电话", "挂牌时间", "服务内容"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], ["邓", "黄", "陈", "朱", "梁", "罗", "李", "欧"][i % 8] + "××", "135" + String(21000000 + i * 418763).slice(0, 8), s[3], "代购代销、快递收发、缴费"]));
    sheets.push(sheet("附2 站点清单", r, ["A1:H1", "A2:H2"]));
  }
  const vn = (c) => { const m = /^(.*?)(村民委员会|村委会)$/.exec(c); return m ? m[1] + "村" : c; };
  const covered = new Set(ST.filter((s) => dateOk(s[4])).map((s) => vn(s[1])).filter((n) => ADMIN.includes(n)));
  assert(covered.size === 14 && covered.size * 100 >= 20 * 70, "14/20 = 70% got " + covered.size);
  const poorCov = POOR.filter((p) => covered.has(p)).length;
  assert(poorCov === 4 && poorCov * 100 >= 5 * 80 && poorCov < 5, "4/5 = 80% poor");
  // ---------------------------------------------------------------- 附3 培训期次
  const SES = [
    [1, "2020.9.17", "2020-09-17", "农村电商基础（阳城镇）", 300], [2, D("2020-10-22"), "2020-10-22", "网店开设与运营", 280],
    [3, "2020.11.26", "2020-11-26", "淮山网络节直播带货", 310], [4, "2020年12月17日", "2020-12-17", "短视频拍摄与剪辑", 295],
    [5, "21.1.21", "2021-01-21", "年货节网店促销", 260], [6, "2021.3.18", "2021-03-18", "农村电商基础（黎埠镇）", "320人次"],
    [7, "2021.4.15", "2021-04-15", "电商客服与物流", 305], [8, D("2021-05-20"), "2021-05-20", "农产品品牌与包装", 290],
    [9, "2021.6.10-11", "2021-06-11", "电商创业青年班（两天）", 327], [10, "2021.8.19", "2021-08-19", "社群营销", 200],
    [11, "2021.9.15", "2021-09-15", "跨境电商入门", 350],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesOk === 2887, "sessions 2887 got " + sesOk);
  {
    const r = [span("阳山县电商普及培训情况登记表（按期次）", 6), ["期次", "培训日期", "培训内容", "培训地点", "参训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "县电商公共服务中心", s[4], "清远市粤农电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    r.push(["注：建档立卡贫困户专场的签到另见附4，不在本表人次内。", null, null, null, null, null]);
    sheets.push(sheet("附3 培训期次", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 附5 贫困人口 / 附4 专场签到
  // [name, village, labour, work, birth, wantX]
  const PP = [
    ["邓亚妹", "新圩村", true, "在家务农", "19760314", false], ["黄石生", "新圩村", true, "县内务工", "19690722", false],
    ["陈桂英", "龙塘村", true, "在家务农", "19810906", true], ["朱水来", "龙塘村", true, "在家务农", "19730119", false],
    ["梁金娣", "石螺村", true, "县内务工", "19840427", false], ["罗志强", "石螺村", true, "在家务农", "19780601", false],
    ["李亚九", "东山村", true, "在家务农", "19670209", false], ["欧月华", "东山村", true, "在家务农", "19861012", false],
    ["邓三妹", "界滩村", true, "在家务农", "19710716", false], ["黄德明", "界滩村", true, "在家务农", "19770924", false],
    ["陈国华", "新圩村", true, "在家务农", "19820818", false], ["朱秀兰", "龙塘村", true, "县内务工", "19880203", false],
    ["梁国强", "石螺村", true, "外出务工", "19900315", false], ["罗志伟", "东山村", true, "外出务工", "19890808", false],
    ["李亚婆", "界滩村", false, "在家", "19420513", false], ["欧伯初", "新圩村", false, "在家", "19460302", false],
  ];
  const IDS = PP.map((p, i) => makeId(AREA, p[4], 200 + i * 41, p[5]));
  assert(IDS[2].endsWith("X"), "X id");
  {
    const r = [span("阳山县建档立卡贫困人口名单（电商培训对象）", 7), ["序号", "姓名", "身份证号", "所在村", "劳动能力", "务工状态", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], IDS[i], p[1], p[2] ? "有" : "无", p[3], null]));
    r.push(["注：“县内务工”指在县内务工、每日回家，不属外出务工。资料来源：县乡村振兴局，2021年7月。", null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] && PP[i][3] !== "外出务工");
  assert(eligible.length === 12, "12 eligible");
  const SIGN = [
    [0, "2021.5.13", "2021-05-13"], [1, "2021.5.13", "2021-05-13"], [2, "2021.5.13", "2021-05-13"], [3, "2021.5.13", "2021-05-13"], [12, "2021.5.13", "2021-05-13"],
    [4, D("2021-08-12"), "2021-08-12"], [5, D("2021-08-12"), "2021-08-12"], [0, D("2021-08-12"), "2021-08-12"], [13, D("2021-08-12"), "2021-08-12"],
    [6, "2021.9.9", "2021-09-09"], [7, "2021.9.9", "2021-09-09"],
  ];
  {
    const r = [span("建档立卡贫困户电商专场培训签到表", 6), ["序号", "培训日期", "姓名", "身份证号", "所在村", "签名"]];
    SIGN.forEach((s, i) => r.push([i + 1, s[1], PP[s[0]][0], s[0] === 2 ? IDS[2].slice(0, 17) + "x" : IDS[s[0]], PP[s[0]][1], PP[s[0]][0]]));
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1"]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2]));
  assert(signOk.length === 9, "9 sign-ins to cut-off");
  const trained = new Set(signOk.map((s) => s[0]).filter((i) => eligible.includes(i)));
  assert(trained.size === 6 && trained.size * 100 >= 12 * 50 && trained.size * 100 < 12 * 70, "6/12 = 50%");
  const personTimes = sesOk + signOk.length;
  assert(personTimes === 2896 && personTimes * 1000 >= 362000 * 8 && personTimes * 100 < 362000, "2896/362000 = 0.8% exactly");
  // ---------------------------------------------------------------- 附6 入驻企业
  const shop = ["淮山", "竹笋", "茶叶", "板栗", "蜂蜜", "腊味", "米粉", "鸡", "番薯", "柑橘", "香菇", "山茶油", "稻米", "豆腐干", "竹编", "黄精", "木耳", "花生", "李子", "红薯粉", "土猪", "灵芝"];
  const ENT = [];
  for (let i = 0; i < 22; i++) {
    const t = i < 3 ? "平台型" : i < 13 ? "销售型" : i < 18 ? "电商运营商" : "物流企业";
    const suf = t === "物流企业" ? "物流" : t === "平台型" ? "网络科技" : t === "电商运营商" ? "电商运营" : "电子商务";
    const y = i < 11 ? 2020 : 2021, m = i < 11 ? i + 1 : ((i - 11) % 8) + 1, d = 5 + (i % 20);
    let cell = `${y}.${m}.${d}`, iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (i === 21) { cell = "2021.9.8"; iso = "2021-09-08"; }
    const left = i === 8 ? ["2021.6.30", "2021-06-30"] : null;
    ENT.push({ name: `阳山县${shop[i]}${suf}有限公司`, code: "91441823MA5" + String(2000 + i * 61).padStart(4, "0") + "Y" + String(i).padStart(2, "0"), type: t, cell, iso, left });
  }
  // a second registration of the same enterprise (renamed), same credit code
  ENT.splice(5, 0, { name: "阳山县淮山优品电子商务有限公司", code: ENT[0].code, type: "平台型", cell: "2021.4.6", iso: "2021-04-06", left: null, note: "原阳山县淮山网络科技有限公司更名，重复登记" });
  {
    const r = [span("阳山县电商产业园入驻企业名单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e.name, e.code, e.type, e.cell, e.left ? e.left[0] : null, e.note || (e.left ? "已退园" : null)]));
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  const inPark = ENT.filter((e) => dateOk(e.iso) && !(e.left && e.left[1] <= AS_OF));
  const inParkCodes = new Set(inPark.map((e) => e.code));
  assert(ENT.length === 23 && inParkCodes.size === 20, "20 distinct in park got " + inParkCodes.size);
  assert(new Set(inPark.map((e) => e.type)).size === 4, "4 types");
  // ---------------------------------------------------------------- 附7 资金台账
  const FUND = [
    ["2020.9.28", "2020-09-28", "县电商公共服务中心装修及设备", 1150000], ["2020.12.20", "2020-12-20", "村级站点建设（第一批）", "68万"],
    ["2021.3.5", "2021-03-05", "电商培训服务", 520000], ["2021.5.18", "2021-05-18", "县乡村三级物流体系", "46.6万"],
    [D("2021-07-09"), "2021-07-09", "村级站点建设（第二批）", "520,000.00"], ["2021/8/27", "2021-08-27", "品牌培育及营销推广", 390000],
    ["2021.9.10", "2021-09-10", "溯源平台建设尾款", 300000],
  ];
  const amt = (v) => (typeof v === "number" ? v : /万$/.test(v) ? Math.round(parseFloat(v) * 10000) : parseFloat(v.replace(/,/g, "")));
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + amt(f[3]), 0);
  assert(spent === 3726000 && spent * 100 >= 5000000 * 70, "3,726,000 = 74.52%");
  {
    const r = [span("阳山县省级电子商务进农村综合示范专项资金拨付台账", 6), span("单位：元（个别按万元登记）", 6), ["序号", "拨付日期", "项目", "拨付金额", "收款单位", "凭证号"]];
    FUND.forEach((f, i) => r.push([i + 1, f[0], f[2], f[3], "清远市粤农电子商务有限公司", "记-" + String(21 + i * 13).padStart(3, "0")]));
    r.push(["合计", null, null, FUND.reduce((a, f) => a + amt(f[3]), 0), null, null]);
    sheets.push(sheet("附7 资金台账", r, ["A1:F1", "A2:F2"]));
  }
  // ---------------------------------------------------------------- 附8 月报
  const REP = [["2020.9.9", "2020-09-09"], ["2020.10.12", "2020-10-12"], ["2020.11.10", "2020-11-10"], ["2020.12.9", "2020-12-09"],
    ["2021.1.12", "2021-01-12"], ["2021.2.8", "2021-02-08"], ["2021.3.10", "2021-03-10"], ["2021.4.9", "2021-04-09"],
    ["2021.5.11", "2021-05-11"], ["2021.6.9", "2021-06-09"], ["2021.7.12", "2021-07-12"], ["2021.8.10", "2021-08-10"], ["2021.9.9", "2021-09-09"]];
  assert(monthsCovered(REP.map((x) => x[1])) === 12, "reports 12 months");
  {
    const r = [span("阳山县向清远市商务局报送工作情况登记表", 5), ["序号", "报送日期", "报送内容", "含电商扶贫统计", "报送方式"]];
    REP.forEach((x, i) => r.push([i + 1, x[0], "电子商务进农村综合示范工作进展情况（月报）", i % 4 === 2 ? "否" : "是", "电子邮件"]));
    sheets.push(sheet("附8 月报报送", r, ["A1:E1"]));
  }
  // ---------------------------------------------------------------- 附9 专栏更新
  const DIS = [["2019-12-26", "阳山县电子商务进农村综合示范工作方案", "创建方案"], ["2020-06-12", "示范项目基本信息公示", "项目信息"]];
  ["2020-09-15", "2020-10-16", "2020-11-13", "2020-12-15", "2021-01-14", "2021-03-05", "2021-03-29", "2021-04-14", "2021-05-14", "2021-06-11", "2021-07-14", "2021-08-13", "2021-09-10"]
    .forEach((d) => DIS.push([d, `项目建设进度（截至${+d.slice(5, 7) === 1 ? "上年12" : +d.slice(5, 7) - 1}月）`, "建设进度"]));
  assert(monthsCovered(DIS.map((x) => x[0])) === 11, "disclosures 11 months (no 2021-02)");
  {
    const r = [span("县政府网站“电子商务进农村综合示范”专栏更新记录", 4), ["序号", "发布日期", "标题", "栏目"]];
    DIS.forEach((x, i) => r.push([i + 1, D(x[0]), x[1], x[2]]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:D1"]));
  }
  // ---------------------------------------------------------------- 附10 宣传报道
  const MED = [
    ["2020.11.27", "南方农村报", "省级", "报纸", "阳山淮山搭上电商快车", "否"],
    ["2021.1.19", "清远日报", "市级", "报纸", "阳山村级电商站点覆盖七成行政村", "否"],
    ["2021.4.8", "阳山县融媒体中心", "县级", "电视", "我县举办农村电商基础培训", "否"],
    ["2021.6.16", "广东广播电视台《广东新闻联播》", "省级", "电视", "小淮山大产业：阳山电商扶贫见实效", "是"],
    ["2021.9.6", "中央电视台农业农村频道", "国家级", "电视", "阳山淮山“云”上俏", "是"],
  ];
  {
    const r = [span("阳山县电子商务进农村宣传报道登记表", 7), ["报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例", "备注"]];
    MED.forEach((m) => r.push([m[0], m[1], m[2], m[3], m[4], m[5], null]));
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附11 经验材料
  {
    const r = [span("经验材料报送登记", 4), ["日期", "材料标题", "报送单位", "报送方式"],
      ["2021.7.20", "阳山县“淮山＋电商”助农增收经验做法", "清远市商务局", "公文交换"],
      ["2021.9.8", "阳山县电子商务进农村综合示范创建工作总结", "清远市商务局", "电子邮件"]];
    sheets.push(sheet("附11 经验材料", r, ["A1:D1"]));
  }
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = SCORED.reduce((a, id) => a + points[id], 0);
  assert(sc === 91, "91 got " + sc);
  const [r19, r20, a19, a20] = [41260, 50870, 9820, 13150];
  assert((r20 - r19) * 100 < r19 * 30 && (a20 - a19) * 100 >= a19 * 30, "rural 23.3% < 30%, agri 33.9% >= 30%");
  write("counties/b111-c1-yangshan.json", {
    description:
      "清远市阳山县商务局的整本考评工作簿（12个表：绩效评价指标及评分、附1—附11），92分（91＋加分1，未否决；表内省考评自评96＋1）。事实表不是考评填报表，而是借用县财政局《项目支出绩效评价指标体系（通用）》格式的《绩效评价指标及评分表》：一级指标（决策/过程/产出/效益，纵向合并）|二级指标|三级指标|分值|指标解释（目标值）|实际完成情况|评价得分，电商股在后面加了“对应省考评指标”“省考评自评分”两列。读法：G列“评价得分”是财政口径（满分100，合计94），不是省考评分，一概不读；省考评的自评分只看I列（合计96），“县级中心与产业园”“电商人才培训”两项的H、I列各纵向合并两行、只算一次；项目管理拆成“制度部分”2分、“台账部分”1分两行，合起来是该指标自评3分；农村产品上行的三项判断分写在F列括号里（调研2、促销2、标准溯源1）；资金执行率一行的“372.6万元”是累计拨付（表头写金额单位万元，资金到位率一行写明500万元）；效益部分的零售额写成万元（农村网零2019年41,260万元、2020年50,870万元，增23.3%；农产品2019年9,820万元、2020年13,150万元，增33.9%）；满意度96.3%与考评无关。表下补列的加分、否决项：贫困人口培训率未达70%自评0，省级电视播报典型案例自评1，三项否决均“不涉及”，总体进度92%。考评截止日期写在说明格里（2021年8月31日）。台账：附1村居名单（20个行政村、3个社区，黎埠镇同名的黎埠社区和黎埠村要分开，贫困村5个，通快递全“是”）；附2站点（城北社区站点不算，岭背村不在名单，水井村两站算一次，小江村“2021年8月”、东山村“2021.8.31”都算，界滩村9月6日挂牌不算）→ 行政村14/20＝70%恰好到档、贫困村4/5＝80%恰好到档；附3按期次记人次（“2021.6.10-11”按6月11日，“320人次”是文本，合计行不算，9月15日一期不算）加附4专场签到9行＝2,896人次，常住人口36.2万人，恰好0.8%；附5贫困人口16人，有劳动能力且未外出务工12人（“县内务工”不是外出），附4截止日前签到的有6人（陈桂英签到表上身份证末位写小写x），6/12＝50%；附6入驻企业23行，一行是同一信用代码的更名重复登记、一家6月退园、一家9月入驻，在园20家（按信用代码去重）4种类型；附7资金元、万元混记，截止日前372.6万元＝74.52%；附8月报12个月齐全；附9专栏更新缺2021年2月；附10省、市、县级报道齐全，央视报道在截止日后；附11经验材料7月报送。",
    sheets,
    expect: { asOf: "2021-08-31", total: 92, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 县长任领导小组组长（主要领导），成员单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
      "org.plan: 2019年12月县政府办正式印发工作方案（阳府办〔2019〕58号），I列自评2 → 2（G列财政得分3不读）",
      "org.policy: 《阳山县促进农村电子商务发展扶持办法（试行）》已印发并兑现，I列自评2 → 2",
      "org.management: 制度部分I列2 + 台账部分I列1 → 3",
      "work.center: 中心2020-10-16投入运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训室及电脑 2；免费展示展销 1；免费摄影美工 1；“阳山农品”品牌推广 1；代办网店开设等增值服务 1；整合建成电商产业园 2；附6在园企业：23行去掉2021-06-30退园1家、2021-09-08入驻1家，剩21行，其中更名重复登记与第1行信用代码相同，按代码去重20家 ≥ 20 → 2；类型平台型、销售型、电商运营商、物流企业4种 ≥ 3 → 1；合计 15",
      "work.coverage: 附1行政村20个（城北、城南、黎埠3个社区不计）；截止日前有站的行政村：大塘、水井（两站算一次）、七拱、新圩、太平、龙塘、杜步、江英、石螺、杨梅、大崀、黎埠、小江（2021年8月）、东山（2021.8.31）= 14；14/20 = 70% ≥ 70% → 5；城北社区站点不计，岭背村不在名单不计；省定贫困村5个（新圩、龙塘、石螺、东山、界滩），界滩村2021.9.6挂牌不算，覆盖4/5 = 80% ∈ [80%,100%) → 3；合计 8",
      "work.upward: 网销调研2；促销活动2；第三方运营服务商（清远市粤农电子商务有限公司）1；附1快递列20个行政村全“是” → 1；交易标准及溯源1；农村网零41,260→50,870万元增23.3% < 30%，农产品网零9,820→13,150万元增33.9% ≥ 30% → 2；合计 9",
      "work.training: 人次 = 附3截止日前10期 300+280+310+295+260+320+305+290+327+200 = 2,887（第11期9月15日350不算，合计行不算）+ 附4截止日前签到9行 = 2,896；基数 min(362,000, 500,000) = 362,000；2,896×1000 = 2,896,000 = 362,000×8 → 正好0.8%，在0.8%–1% → 8。贫困人口：附5共16人，有劳动能力12+2人，去掉外出务工梁国强、罗志伟 → 12人；截止日前参训：邓亚妹（两次算一人）、黄石生、陈桂英（x）、朱水来、梁金娣、罗志强 = 6（梁国强、罗志伟外出务工不计；李亚九、欧月华9月9日参训不算）；6/12 = 50% ≥ 50% → 10；合计 18（自评20）",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报信箱 → 2；附9在2020-09…2021-08中2021年2月无更新（1月14日后下一次3月5日）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 附8 2020-09…2021-08每月都有报送 → 3；有“含电商扶贫统计：是”的报送 → 3；合计 6",
      "promo.cases: 附11经验材料2021.7.20报清远市商务局 → 2",
      "promo.media: 截止日前：南方农村报、广东广播电视台（省级）4，清远日报（市级）3，阳山县融媒体中心（县级）1 → 8（央视2021.9.6在截止日后）",
      "fund.system: 专项资金管理办法已制定，I列5 → 5",
      "fund.ledger: 专用台账已建立，I列4 → 4",
      "fund.spending: 附7截止日前 1,150,000+680,000（68万）+520,000+466,000（46.6万）+520,000+390,000 = 3,726,000元（9月10日30万元不算，合计行不算）；3,726,000/5,000,000 = 74.52% ≥ 70% → 按及时拨付I列 4",
      "bonus.poorTraining: 6/12 = 50% < 70% → 0",
      "bonus.tvCase: 截止日前电商扶贫典型案例在广东广播电视台（省级电视）播出 → 1；央视9月6日播出在截止日后",
      "veto.incident: “未发生安全生产、质量事故，未造成重大经济损失和社会不良影响” → 0，不否决",
      "veto.progress: 项目总体进度92% ≥ 40% → 0，不否决",
      "veto.fraud: “无弄虚作假情形” → 0，不否决",
      "total: 2+2+2+3+15+8+9+18+3+6+2+8+5+4+4 = 91，加分 1，合计 92；表内省考评自评96＋1",
    ],
  });
})();

// =====================================================================================
// facts/b111-f1-xinfeng: 韶关市新丰县 — 《韶关日报》“新丰电商专刊”整版按版面誊录（三栏正文＋“数读”数字框＋记者手记＋相关新闻＋广告）
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  const three = (a, b, c) => { rows.push([a, null, b, null, c, null]); const n = rows.length; merges.push(`A${n}:B${n}`, `C${n}:D${n}`, `E${n}:F${n}`); };
  three("韶关日报", "2021年9月3日　星期五", "第07版　新丰电商专刊");
  full("本版策划：韶关日报社新丰记者站　　责任编辑：温××　　美术编辑：刘××　　校对：曾××");
  full("新丰：电商“快车”开进山村");
  full("——新丰县创建省级电子商务进农村综合示范县工作纪实");
  full("本报讯（记者 潘×× 通讯员 丰商宣）金秋九月，走进新丰县的村村寨寨，电商服务站里快递进进出出，直播间里佛手瓜、九峰黄精、马头山茶油“一键上新”。近两年来，新丰县以创建省级电子商务进农村综合示范县为抓手，走出了一条山区县“电商兴农”的新路子。");
  three("一、高位推动　部门协同", "二、中心＋站点　服务进村", "三、人才培训　激活动能");
  three(
    "县委、县政府把示范创建列为“一把手”工程，成立了由县长任组长、常务副县长任副组长的工作领导小组，县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局等17个部门为成员单位。2019年12月，县政府办公室正式印发《新丰县电子商务进农村综合示范工作方案》，明确了三年任务清单。",
    "2020年12月18日，位于丰城街道的县电子商务公共服务中心正式投入运营。中心设有免费培训教室，配备电脑50台，可同时容纳60人参加电商培训，还为全县农特产品提供免费展示展销，日常运营由第三方专业运营服务商韶关市丰农电商运营有限公司负责。目前，全县142个行政村中已有108个建成村级电商服务站，20个省定贫困村实现全覆盖。",
    "创建以来，县电商公共服务中心联合各镇举办电商普及、直播带货、网店运营等培训班，累计培训2,365人次。中心还专门为建档立卡贫困户开设专场：全县有劳动能力且未外出务工的建档立卡贫困人口1,204人，已有658人参加了电商培训。");
  full("【数读新丰电商】");
  three("20.7万", "6.52亿元", "34.7%");
  three("常住人口（第七次全国人口普查）", "2020年全县农村网络零售额", "农村网络零售额同比增长");
  three("4.84亿元", "1.83亿元", "500万元");
  three("2019年全县农村网络零售额", "2020年全县农产品网络零售额", "省级财政专项资金");
  full("【记者手记】在回龙镇楼下村电商服务站，站长老黄告诉记者，站点每天收发快递200多件，村民在家门口就能把土蜂蜜卖到珠三角。小站点连着大市场，这正是示范创建的意义所在。");
  full("【相关新闻】截至目前，全市各县（市、区）电商进农村培训累计超过3.2万人次，乳源、新丰、始兴等地已形成一批电商特色村。（记者 李××）");
  full("【广告】新丰佛手瓜、九峰黄精、马头山茶油　新丰农品官方旗舰店扫码下单　全场包邮");
  write("facts/b111-f1-xinfeng.json", {
    description:
      "韶关市新丰县商务局电商股交来当事实表的，是2021年9月3日《韶关日报》第07版“新丰电商专刊”，电商股按版面誊录进一张表（六列，三栏各占两列合并）：报头一行（报名｜出版日期｜版次）、采编人员一行、主标题、副题、导语，然后三栏小标题和三栏正文（每栏正文在一个合并格里，数字夹在句子里），再下面是“【数读新丰电商】”数字框——大数字一行、说明文字在下一行（值在上、标签在下，两组），最后是记者手记、相关新闻、广告。读法：左栏正文读出县长任组长、商务、财政、农业农村、乡村振兴等部门为成员单位（principal-all）和方案已正式印发；中栏读出中心2020年12月18日投入运营、有免费培训教室和电脑能开展培训、免费展示展销、有第三方专业运营服务商，以及行政村142个、省定贫困村20个（108个建站村不是事实项）；右栏读出培训2,365人次、有劳动能力未外出务工贫困人口1,204人、参训658人；数字框读出常住人口20.7万、2019年农村网零4.84亿元、2020年6.52亿元、同比增长34.7%、2020年农产品网零1.83亿元、省级财政专项资金500万元（下达资金总额）。报头的出版日期不是考评截止日期；记者手记里的“200多件”、相关新闻里全市“3.2万人次”、广告都不是本县事实。表内没有自评分。",
    sheets: [sheet("新丰电商专刊", rows, merges)],
    expect: {
      facts: {
        planIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, thirdPartyOperator: true,
        adminVillagesStated: 142, poorVillagesStated: 20, trainingPersonTimesStated: 2365, eligiblePoorPersonsStated: 1204, trainedPoorPersonsStated: 658,
        residentPopulation: 207000, ruralRetail2019: 484000000, ruralRetail2020: 652000000, ruralRetailGrowthStated: 0.347, agriRetail2020: 183000000,
        fundAllocated: 5000000,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
  assert(Math.round((652 / 484 - 1) * 1000) === 347, "34.7%");
})();

// =====================================================================================
// facts/b111-f2-longmen: 惠州市龙门县 — 四块项目现场《公示牌》逐块誊录
// =====================================================================================
(function f2() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  const one = (a, b) => { rows.push([a, b, null, null]); merges.push(`B${rows.length}:D${rows.length}`); };
  const two = (a, b, c, d) => rows.push([a, b, c, d]);
  const gap = () => rows.push([null, null, null, null]);
  full("龙门县电子商务进农村综合示范项目现场公示牌内容（誊录）");
  full("说明：本表由县商务局电商股按各项目现场公示牌的内容逐块誊录，每块之间空一行；公示牌照片见佐证材料第3册。");
  gap();
  full("龙门县省级电子商务进农村综合示范项目公示牌");
  one("项目名称", "龙门县省级电子商务进农村综合示范项目");
  one("主管单位", "龙门县商务局");
  one("资金来源及规模", "省级财政专项资金500万元");
  one("建设期限", "2019年12月—2021年8月");
  one("建设内容", "县级电子商务公共服务中心1个、县乡村三级物流配送体系、村级电子商务服务站点、电商产业园整合提升、电商人才培训、农产品品牌培育");
  one("领导小组", "组长：县长 ×××；副组长：副县长 ×××；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局");
  one("监督举报电话", "0752-77×××××（县商务局）　0752-77×××××（县纪委监委派驻纪检监察组）");
  one("公示日期", "2020年11月20日");
  gap();
  full("龙门县电子商务公共服务中心　项目公示牌");
  one("建设地点", "龙城街道××路××号");
  two("建设单位", "龙门县商务局", "施工单位", "龙门县××装饰工程有限公司");
  one("运营单位", "惠州市龙电电子商务有限公司（公开招标确定的专业第三方运营服务商）");
  one("项目投资", "135万元（省级财政专项资金）");
  two("开工日期", "2020年6月8日", "竣工日期", "2020年10月30日");
  one("投入运营日期", "2020年11月18日");
  one("免费服务内容", "①电商基础培训（培训室50座，配电脑40台）\n②本地农特产品展示展销\n③产品摄影、美工设计\n④“龙门农品”区域公用品牌推广及品牌建设指导\n⑤代办营业执照、商标注册、网店开设等增值服务");
  one("开放时间", "周一至周五 8:30—12:00，14:30—17:30（节假日另行通知）");
  gap();
  full("龙门县电子商务产业园（整合提升）项目公示牌");
  one("建设地点", "原龙门县创业孵化基地");
  one("建设内容", "整合原县创业孵化基地，建成龙门县电子商务产业园，设企业办公区、直播区、仓储区");
  two("项目投资", "60万元", "竣工日期", "2021年3月15日");
  one("现入驻企业", "21家");
  gap();
  full("龙门县县乡村三级物流配送体系项目公示牌");
  one("运营单位", "中国邮政集团有限公司龙门县分公司");
  one("建设内容", "县级物流配送中心1个、镇级中转站15个");
  one("建设成效", "全县行政村物流快递服务覆盖率达100%");
  two("项目投资", "80万元", "完工日期", "2021年5月");
  write("facts/b111-f2-longmen.json", {
    description:
      "惠州市龙门县商务局电商股交来当事实表的，是县里四块项目现场《公示牌》的誊录：标题、说明各一行，然后四块公示牌上下排列、块间空一行，每块一行合并标题，下面每行“栏目｜内容（B:D合并）”或两对“栏目｜内容｜栏目｜内容”。①总公示牌：资金来源“省级财政专项资金500万元”是下达资金总额；领导小组县长任组长、成员单位含县商务局、财政局、农业农村局、乡村振兴局（principal-all）；建设期限“2019年12月—2021年8月”和公示日期都不是考评截止日期，监督举报电话是项目现场公示的电话，不是政府网站专栏的举报窗口，不读。②公共服务中心公示牌：开工、竣工、投入运营三个日期，中心运营日期读“投入运营日期”2020年11月18日（不是竣工日期10月30日）；运营单位写明是专业第三方运营服务商；“免费服务内容”一格五行（格内换行）依次对应免费培训（有培训室和电脑）、免费展示展销、免费摄影美工、品牌推广、其他增值服务；中心的“135万元”只是分项投资。③产业园公示牌：整合建成电商产业园（入驻21家不是事实项）。④物流公示牌：行政村物流快递服务覆盖率100%。表内没有自评分。",
    sheets: [sheet("公示牌誊录", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "龙门县",
        fundAllocated: 5000000, centerOpened: "2020-11-18", thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, expressCoverage: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b111-f3-raoping: 潮州市饶平县 — 省商务厅第三方监测《县域网络零售监测数据反馈单》及县核对意见
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  full("2020年度县域网络零售监测数据反馈单");
  rows.push(["县（市、区）：", "饶平县", "反馈日期：", "2021年3月15日", "金额单位：", "万元"]);
  full("数据来源：广东省商务厅委托第三方监测机构，按网店注册地和收货地归集，供各地核对。“同比增长”栏单位为%。");
  full("表一　主要指标");
  rows.push(["指标", "2019年", "2020年", "同比增长（%）", "2021年1—8月（快报）", "备注"]);
  const T1 = [
    ["网络零售额", 128650, 160420, 24.7, 118230, "全县口径"],
    ["　其中：实物商品网络零售额", 112300, 141870, 26.3, 104560, null],
    ["农村网络零售额", 52310, 70940, 35.6, 51880, "乡镇及以下地区"],
    ["农产品网络零售额", 18760, 22180, 18.2, 16940, null],
    ["网店数量（个）", "3,412", "4,105", 20.3, "4,380", "单位：个"],
  ];
  T1.forEach((r) => rows.push(r));
  const g = (a, b) => Math.round((b / a - 1) * 1000) / 10;
  assert(g(128650, 160420) === 24.7 && g(112300, 141870) === 26.3 && g(52310, 70940) === 35.6 && g(18760, 22180) === 18.2 && g(3412, 4105) === 20.3, "growth column");
  full("表二　2020年分平台网络零售额");
  rows.push(["平台", "零售额", "占比（%）", null, null, null]);
  const T2 = [["淘宝、天猫", 60120], ["拼多多", 41380], ["京东", 28760], ["抖音", 18530], ["其他", 11630]];
  assert(T2.reduce((a, r) => a + r[1], 0) === 160420, "platforms sum");
  T2.forEach((r) => rows.push([r[0], r[1], Math.round(r[1] * 1000 / 160420) / 10, null, null, null]));
  full("表三　2020年农产品网络零售额前五品类");
  rows.push(["品类", "零售额", null, null, null, null]);
  const T3 = [["茶叶", 8960], ["狮头鹅及制品", 4320], ["海产干货", 3870], ["柑橘", 1650], ["其他", 3380]];
  assert(T3.reduce((a, r) => a + r[1], 0) === 22180, "agri categories sum");
  T3.forEach((r) => rows.push([r[0], r[1], null, null, null, null]));
  full("县核对意见：经核对，我县对上述数据无异议。");
  full("常住人口：87.6万人（第七次全国人口普查）");
  full("核对人：许××　　联系电话：0768-86×××××　　饶平县商务局（盖章）　　2021年3月22日");
  write("facts/b111-f3-raoping.json", {
    description:
      "潮州市饶平县商务局电商股交来的事实表是省商务厅第三方监测机构发来的《2020年度县域网络零售监测数据反馈单》，县里填了核对意见后交回留底：标题，一行“县（市、区）：｜饶平县｜反馈日期：｜…｜金额单位：｜万元”（单位只写在这一行），数据来源说明（写明“同比增长”栏是%），然后三张小表：表一主要指标（指标｜2019年｜2020年｜同比增长（%）｜2021年1—8月（快报）｜备注），表二分平台，表三农产品前五品类，最后是县核对意见、常住人口一行和核对人落款。读法：只读表一的“农村网络零售额”“农产品网络零售额”两行——2019年52,310万元、2020年70,940万元、增长35.6（%，即0.356），2019年18,760万元、2020年22,180万元、增长18.2（即0.182）；“网络零售额”“其中：实物商品”是全县口径，不是农村网络零售额，不读；2021年1—8月快报不是事实项；网店数量是个数；表二、表三只是构成。县名读“饶平县”；反馈日期、落款日期都不是考评截止日期；常住人口87.6万人。表内没有自评分。",
    sheets: [sheet("监测数据反馈单", rows, merges)],
    expect: {
      facts: {
        county: "饶平县", ruralRetail2019: 523100000, ruralRetail2020: 709400000, ruralRetailGrowthStated: 0.356,
        agriRetail2019: 187600000, agriRetail2020: 221800000, agriRetailGrowthStated: 0.182, residentPopulation: 876000,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b111-l1-haifeng: 汕尾市海丰县 — ①县融媒体中心“学习强国”供稿及采用登记当宣传报道台账；
// ②干部教育培训管理系统的学时登记（电商专题班次）当培训台账；③说明页
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  {
    const r = [["说明"],
      ["1．《学习强国供稿》是县融媒体中心的供稿登记，一篇稿件一行。只有“采用情况”为“已采用”的才是一篇报道，日期以“上线日期”为准（不是供稿日期）；“未采用”“审核中”的稿件不是报道。"],
      ["2．“学习强国”全国平台上线的按国家级统计，广东学习平台上线的按省级统计；“学习强国”是网络平台，视频稿件也不是电视播出。"],
      ["3．《干部学时登记》是从汕尾市干部教育培训管理系统导出的电商专题班次学时记录，一人一班一行，即一人次；培训时间是时段的按结束日计；“学时”是课时数，不是人次；“已撤销（重复登记）”的行不算；身份证号系统导出时已脱敏。"],
      ["海丰县商务局电商股　2021年9月6日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [供稿日期, 标题, 形式, 平台, 采用情况, 上线日期 cell, iso|null, 频道]
  const X = [
    ["2020.10.9", "海丰油占米“触网”卖全国", "图文", "广东学习平台", "已采用", "2020.10.12", "2020-10-12", "广东学习平台·地方新闻"],
    ["2020.11.20", "海丰县举办农村电商直播培训", "视频", "广东学习平台", "未采用", null, null, null],
    ["2021.1.6", "山区小站连起城乡“买卖路”", "图文", "全国平台", "已采用", "2021.1.15", "2021-01-15", "全国平台·各地"],
    ["2021.3.18", "莲花山茶“云”上飘香", "视频", "广东学习平台", "已采用", D("2021-03-22"), "2021-03-22", "广东学习平台·视频"],
    ["2021.5.25", "家门口卖货：海丰贫困户搭上电商车", "图文", "全国平台", "未采用", null, null, null, "退回（同题材已用）"],
    ["2021.6.30", "海丰电商进农村综合示范创建见成效", "图文", "广东学习平台", "已采用", "2021年7月2日", "2021-07-02", "广东学习平台·地方新闻"],
    ["2021.8.24", "海丰农产品借直播“出圈”", "视频", "全国平台", "已采用", "2021.9.3", "2021-09-03", "全国平台·短视频"],
    ["2021.8.30", "村级电商站点助力秋收", "图文", "广东学习平台", "审核中", null, null, null],
  ];
  {
    const r = [span("海丰县融媒体中心“学习强国”供稿及采用情况登记（电子商务进农村专题）", 9),
      ["序号", "供稿日期", "稿件标题", "稿件形式", "报送平台", "采用情况", "上线日期", "上线频道", "备注"]];
    X.forEach((x, i) => r.push([i + 1, x[0], x[1], x[2], x[3], x[4], x[5], x[7], x[8] || null]));
    r.push(["统计：供稿8篇，采用5篇（全国平台2篇、广东学习平台3篇）。", null, null, null, null, null, null, null, null]);
    sheets.push(sheet("学习强国供稿", r, ["A1:I1", `A${r.length}:I${r.length}`]));
    const recs = X.filter((x) => x[4] === "已采用").map((x) => ({ date: x[6], level: x[3] === "全国平台" ? "national" : "province", tv: false }));
    assert(recs.length === 5 && recs.filter((x) => x.level === "national").length === 2, "5 adopted, 2 national");
    expect["学习强国供稿"] = { kind: "media", records: recs };
  }
  // training
  const AREA = "441521";
  const CLS = [
    ["海丰县镇村干部农村电商专题培训班（第一期）", "2020.11.12-11.13", "2020-11-13", 12],
    ["海丰县镇村干部农村电商专题培训班（第二期）", "2021.5.20", "2021-05-20", 6],
    ["海丰县镇村干部农村电商专题培训班（第三期）", "2021.9.2", "2021-09-02", 6],
  ];
  // [name, unit, class idx, birth, wantX, revoked]
  const P = [
    ["黄××", "海城镇人民政府　经济发展办主任", 0, "19800412", false, false],
    ["林××", "附城镇新园村委会　主任", 0, "19760923", true, false],
    ["蔡××", "公平镇人民政府　副镇长", 0, "19850130", false, false],
    ["林××", "附城镇新园村委会　主任", 0, "19760923", true, true],
    ["陈××", "可塘镇红星村委会　文书", 0, "19900617", false, false],
    ["郑××", "梅陇镇人民政府　农办干部", 1, "19880305", false, false],
    ["彭××", "赤坑镇岗头村委会　支部书记", 1, "19720811", false, false],
    ["吴××", "黄羌镇人民政府　党政办", 1, "19930126", false, false],
    ["钟××", "鹅埠镇上北村委会　副主任", 2, "19830709", false, false],
    ["叶××", "平东镇人民政府　副镇长", 2, "19790228", false, false],
  ];
  const ids = P.map((p, i) => makeId(AREA, p[3], 300 + i * 53, p[4]));
  ids[3] = ids[1];
  const mask = (id) => id.slice(0, 6) + "********" + id.slice(14);
  assert(mask(ids[1]).endsWith("X") && mask(ids[1]).length === 18, "masked X id");
  {
    const r = [span("海丰县干部教育培训学时登记（电子商务专题班次）", 8),
      span("导出自：汕尾市干部教育培训管理系统　　导出时间：2021-09-06 10:21　　身份证号按系统规则脱敏", 8),
      ["序号", "姓名", "身份证号", "单位及职务", "班次名称", "培训时间", "学时", "登记状态"]];
    P.forEach((p, i) => r.push([i + 1, p[0], mask(ids[i]), p[1], CLS[p[2]][0], CLS[p[2]][1], CLS[p[2]][3], p[5] ? "已撤销（重复登记）" : "已登记"]));
    const valid = P.filter((p) => !p[5]);
    const hours = valid.reduce((a, p) => a + CLS[p[2]][3], 0);
    assert(valid.length === 9 && hours === 12 * 4 + 6 * 5, "9 valid rows, 78 hours");
    r.push(["合计", null, null, null, null, null, hours, `有效登记${valid.length}人次`]);
    sheets.push(sheet("干部学时登记", r, ["A1:H1", "A2:H2"]));
    const recs = P.map((p, i) => [p, i]).filter(([p]) => !p[5]).map(([p, i]) => ({ date: CLS[p[2]][2], personTimes: 1, id: mask(ids[i]) }));
    expect["干部学时登记"] = { kind: "training", records: recs };
  }
  write("ledgers/b111-l1-haifeng.json", {
    description:
      "汕尾市海丰县商务局电商股交的两张“借来的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①《学习强国供稿》当宣传报道台账：县融媒体中心的“学习强国”供稿及采用登记，标题一行，表头 序号｜供稿日期｜稿件标题｜稿件形式｜报送平台｜采用情况｜上线日期｜上线频道｜备注，末行统计（合并，不是记录）。只有“已采用”的5行是报道（“未采用”2行、“审核中”1行不是），日期读“上线日期”（文本2020.10.12、真日期、“2021年7月2日”混用），不读供稿日期；全国平台上线的读国家级、广东学习平台读省级；学习强国是网络平台，视频稿也不是电视（tv=false）；最后一篇2021.9.3上线，在截止日后，照样是记录。②《干部学时登记》当培训台账：汕尾市干部教育培训管理系统导出的电商专题班次学时记录，标题、导出信息两行后是表头 序号｜姓名｜身份证号（脱敏，如441521********末四位，一人末位X）｜单位及职务｜班次名称｜培训时间｜学时｜登记状态；一人一班一行为1人次，第一期“2020.11.12-11.13”按结束日11月13日；“学时”12、6是课时不是人次；第4行与第2行同一人同一班次、登记状态“已撤销（重复登记）”，不是记录；合计行不是记录；第三期9月2日在截止日后，照样是记录。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b111-l2-jiaoling: 梅州市蕉岭县 — ①农商银行《助农取款服务点布设登记表》当站点台账；
// ②产业园运营中心《承租企业租金减免及退租情况汇总》当入驻企业清单；③填表说明
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  {
    const r = [["填表说明"],
      ["一、本县村级电子商务服务站大多与蕉岭农商银行的助农取款服务点“两站合一”，电商股没有另建站点台账，直接用银行的布设登记表，在第9列“电商站”打“√”的才是村级电子商务服务站，打“×”或空白的只是银行服务点；建站时间以第10列“电商站挂牌日期”为准，第8列“机具布放日期”是银行装机的日期。"],
      ["二、产业园没有单独的入驻企业清单，用运营中心的《承租企业租金减免及退租情况汇总》代替：园区全部承租企业都享受了减免，所以表里就是全部入驻企业；入驻时间看“起租日期”，退出看“实际退租日期”，“合同到期日”不是退出日期。"],
      ["蕉岭县商务局电商股　2021年9月"]];
    sheets.push(sheet("填表说明", r));
    expect["填表说明"] = { kind: null };
  }
  // [编号, 名称, 镇, 村, 布放 cell, 电商站 mark, 挂牌 cell, iso]
  const S = [
    ["JLNS-ZN-001", "长潭村助农取款服务点", "蕉城镇", "长潭村", "2019.6.12", "√", "2020.5.18", "2020-05-18"],
    ["JLNS-ZN-002", "金沙村助农取款服务点", "新铺镇", "金沙村", "2019.7.3", null, null, null],
    ["JLNS-ZN-003", "九岭村助农取款服务点", "三圳镇", "九岭村委会", "2019.8.20", "√", D("2020-07-09"), "2020-07-09"],
    ["JLNS-ZN-004", "石峰村助农取款服务点", "广福镇", "石峰村", D("2020-01-06"), "√", "2021.3.26", "2021-03-26"],
    ["JLNS-ZN-005", "长隆村助农取款服务点", "文福镇", "长隆村", "2020.3.11", null, null, null],
    ["JLNS-ZN-006", "黄坑村助农取款服务点", "南磜镇", "黄坑村民委员会", "2020.4.17", "√", "2021年6月", "2021-06"],
    ["JLNS-ZN-007", "白马村助农取款服务点", "长潭镇", "白马村", "2020.9.1", "√", "2021.9.7", "2021-09-07"],
    ["JLNS-ZN-008", "高思村助农取款服务点", "蓝坊镇", "高思村", "2021.1.20", "√", "20210615", "2021-06-15"],
    ["JLNS-ZN-009", "油坑村助农取款服务点", "新铺镇", "油坑村", "2021.2.2", "×", null, null],
  ];
  {
    const r = [span("蕉岭农商银行助农取款服务点布设登记表（电商股摘录）", 11),
      ["序号", "服务点编号", "服务点名称", "镇", "所在村", "商户负责人", "机具类型", "机具布放日期", "电商站", "电商站挂牌日期", "状态"]];
    S.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], s[3], ["钟", "古", "黄", "徐", "丘", "赖", "曾", "张", "刘"][i] + "××", i % 3 === 0 ? "POS＋助农终端" : "助农终端", s[4], s[5], s[6], "正常"]));
    sheets.push(sheet("助农服务点", r, ["A1:K1"]));
    const recs = S.filter((s) => s[5] === "√").map((s) => ({ village: s[3].replace(/(村民委员会|村委会)$/, "村"), opened: s[7] }));
    assert(recs.length === 6, "6 stations");
    expect["助农服务点"] = { kind: "stations", records: recs };
  }
  // enterprises [name, code, type, room, 起租 cell, iso, 到期, 退租 cell, iso, 2020减免, 2021减免, note]
  const E = [
    ["蕉岭县长潭网络科技有限公司", "91441427MA52A1001K", "平台型", "A101", "2020.1.6", "2020-01-06", "2022.12.31", null, null, 4500, 2250],
    ["梅州市蕉华电子商务有限公司", "91441427MA52A1002L", "销售型", "A102", "2020.1.6", "2020-01-06", "2022.12.31", null, null, 3600, 1800],
    ["蕉岭县丝苗米电子商务有限公司", "91441427MA52A1003M", "销售型", "A103", D("2020-01-15"), "2020-01-15", "2022.12.31", null, null, 3600, 1800],
    ["蕉岭县客乡电商运营有限公司", "91441427MA52A1004N", "电商运营", "A201", "2020.3.2", "2020-03-02", "2023.3.1", null, null, 2400, 2250],
    ["蕉岭县鸿运快递服务有限公司", "91441427MA52A1005P", "快递物流", "B101", "2020.3.16", "2020-03-16", "2023.3.15", null, null, 1800, 2700],
    ["蕉岭县小柚子直播传媒有限公司", "91441427MA52A1006Q", "直播服务", "A202", "2020.7.1", "2020-07-01", "2021.6.30", "2021.6.30", "2021-06-30", "—", "—"],
    ["蕉岭县山茶油电子商务有限公司", "91441427MA52A1007R", "销售型", "A203", "2020.9.8", "2020-09-08", "2023.9.7", null, null, "—", 1800],
    ["蕉岭县三圳农品网络科技有限公司", "91441427MA52A1008T", "平台型", "A301", "2020年11月", "2020-11", "2023.10.31", null, null, "—", 2250],
    ["蕉岭县黄坑竹笋电子商务有限公司", "91441427MA52A1009U", "销售型", "A302", "2021.3.1", "2021-03-01", "2024.2.28", "2021.8.20", "2021-08-20", "—", 1800],
    ["蕉岭县顺达仓储物流有限公司", "91441427MA52A1010W", "快递物流", "B102", "21.5.10", "2021-05-10", "2024.5.9", null, null, "—", 2700],
    ["蕉岭县长寿之乡电子商务有限公司", "91441427MA52A1011X", "销售型", "A303", "2021.9.1", "2021-09-01", "2024.8.31", null, null, "—", "—"],
  ];
  {
    const r = [span("蕉岭县电子商务产业园承租企业租金减免及退租情况汇总（2020—2021年）", 11),
      span("依据：县政府关于减免国有物业租金支持中小微企业的通知（2020年2—4月全免、2021年6—8月减半）　　制表：县电商产业园运营中心　　更新至2021年9月3日　　单位：元", 11),
      ["序号", "承租企业", "统一社会信用代码", "经营类别", "房号", "起租日期", "合同到期日", "实际退租日期", "2020年2—4月减免", "2021年6—8月减免", "备注"]];
    E.forEach((e, i) => r.push([i + 1, e[0], e[1], e[2], e[3], e[4], e[6], e[7], e[9], e[10], e[7] ? "已退租" : (e[5] > "2021-08" ? "新入驻，未享受减免" : null)]));
    const num = (v) => (typeof v === "number" ? v : 0);
    r.push(["合计", null, null, null, null, null, null, null, E.reduce((a, e) => a + num(e[9]), 0), E.reduce((a, e) => a + num(e[10]), 0), null]);
    sheets.push(sheet("租金减免汇总", r, ["A1:K1", "A2:K2"]));
    const recs = E.map((e) => ({ name: e[0], type: e[2], entered: e[5], left: e[8] }));
    expect["租金减免汇总"] = { kind: "enterprises", records: recs };
    assert(recs.length === 11 && recs.filter((x) => x.left).length === 2, "11 enterprises, 2 left");
  }
  write("ledgers/b111-l2-jiaoling.json", {
    description:
      "梅州市蕉岭县商务局电商股交的两张“借来的表”加填表说明页（说明页纯文字，不是台账，写明两张表怎么读）。①《助农服务点》当村级站点台账：蕉岭农商银行的《助农取款服务点布设登记表》，标题一行，表头 序号｜服务点编号｜服务点名称｜镇｜所在村｜商户负责人｜机具类型｜机具布放日期｜电商站｜电商站挂牌日期｜状态。只有“电商站”打“√”的6行是村级电商服务站（空白2行、“×”1行只是银行服务点，不是记录）；建站日期读“电商站挂牌日期”（2020.5.18、真日期、“2021年6月”读作月份、20210615、2021.9.7在截止日后照样是记录），不读机具布放日期；所在村有“九岭村委会”“黄坑村民委员会”写法，即九岭村、黄坑村。②《租金减免汇总》当入驻企业清单：产业园运营中心的《承租企业租金减免及退租情况汇总（2020—2021年）》，标题、依据说明（含“单位：元”）两行后是表头 序号｜承租企业｜统一社会信用代码｜经营类别｜房号｜起租日期｜合同到期日｜实际退租日期｜两期减免金额｜备注，末行合计。11行都是入驻企业（说明页写明全部承租企业都在表里）：入驻读“起租日期”（“2020年11月”读作月份，“21.5.10”两位年份），退出只读“实际退租日期”（小柚子直播2021.6.30、黄坑竹笋2021.8.20），“合同到期日”2022—2024年不是退出；类型照写（平台型、销售型、电商运营、快递物流、直播服务）；减免金额和“—”与入驻无关；最后一家2021.9.1起租，在截止日后，照样是记录。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log(written.join("\n"));
