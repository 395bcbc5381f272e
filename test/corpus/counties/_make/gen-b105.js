// Batch 105 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
    Object.keys(e.judged).forEach((k) => assert(JUDGED_KEYS.has(k), rel + " judged key " + k));
    if (e.leadership !== undefined) assert(LEAD.has(e.leadership), rel + " leadership");
  }
  if (rel.startsWith("ledgers/")) {
    Object.keys(e.sheets).forEach((n) => assert(names.has(n), rel + " unknown sheet " + n));
    names.forEach((n) => assert(e.sheets[n] !== undefined, rel + " no expectation for " + n));
    Object.values(e.sheets).forEach((x) => {
      if (x.kind === null) return;
      assert(KIND_FIELDS[x.kind], rel + " kind " + x.kind);
      x.records.forEach((r) => Object.keys(r).forEach((k) => assert(KIND_FIELDS[x.kind].includes(k), rel + " field " + k)));
    });
  }
  if (rel.startsWith("counties/")) {
    ALL_IDS.forEach((id) => assert(typeof e.points[id] === "number", rel + " points " + id));
    assert(Object.keys(e.points).length === ALL_IDS.length, rel + " extra point ids");
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
const dotted = (iso) => iso.replace(/-0?/g, ".");
const normVil = (n) => n.replace(/(村民委员会|村委会)$/, "村");

// =====================================================================================
// counties/b105-c1-jinping: 汕头市金平区 — 事实和自评写在《考评自检用例表》（软件测试用例的排法）里
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "440511";
  const claimed = {};
  const judged = {};
  // ---------------------------------------------------------------- 用例表
  {
    const W = 8, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
    full("金平区电子商务进农村综合示范考评自检用例表（V1.3）");
    full("被测对象：金平区示范创建考评数据及台账（附1—附11）　　测试基准：《2019年省级电子商务进农村综合示范创建考评指标体系》　　考评截止：2021年8月31日");
    full("编写：区商务局电商股 许××（原区政务服务数据管理局信息科）　　执行日期：2021-08-30　　复核：陈××");
    full("结论说明：通过＝达到评分标准；部分通过＝判断项按档取分；不通过＝不得分。“分项得分”为该条用例的得分，“自评分”为该指标合计（纵向合并）。");
    rows.push(["用例编号", "考评项（分值）", "检查步骤", "预期结果（评分标准）", "实际结果", "结论", "分项得分", "自评分"]);
    // group: [indicatorLabel, id, [ [no, step, expected, actual, verdict, pts, judgedKey?] ... ], total]
    const group = (label, id, cases, total) => {
      const start = rows.length + 1;
      cases.forEach((c, i) => {
        rows.push([c[0], i === 0 ? label : null, c[1], c[2], c[3], c[4], c[5], i === 0 ? total : null]);
        if (c[6]) judged[c[6]] = c[5];
      });
      const end = rows.length;
      if (end > start) merges.push(`B${start}:B${end}`, `H${start}:H${end}`);
      if (id) claimed[id] = total;
      if (cases.length > 0) assert(cases.reduce((a, c) => a + c[5], 0) === total, "group sum " + label);
    };
    group("组织领导（2）", "org.leadership", [
      ["TC-01-01", "查领导小组成立文件", "政府主要领导牵头，商务、财政、农业、扶贫等部门参与", "组长：区长；副组长：分管副区长；成员单位：区商务局、区财政局、区农业农村和水务局、区乡村振兴局、区市场监督管理局、区邮政分局", "通过", 2],
    ], 2);
    group("方案制定（2）", "org.plan", [
      ["TC-02-01", "查工作方案印发文件", "正式印发，因地制宜（1-2分）", "《金平区电子商务进农村综合示范工作方案》已于2020年6月印发（金府办〔2020〕17号）", "通过", 2, "org.plan"],
    ], 2);
    group("政策支持（2）", "org.policy", [
      ["TC-03-01", "查扶持政策文件及兑现情况", "出台政策且较好落实（1-2分）", "已出台《金平区促进农村电子商务发展若干措施》，兑现2批，部分条款尚未落实", "部分通过", 1, "org.policy"],
    ], 1);
    group("项目管理（4）", "org.management", [
      ["TC-04-01", "查项目管理制度", "建立制度并严格落实（1-2分）", "《项目管理暂行办法》已制定，建设、验收环节均按制度执行", "通过", 2, "org.management.system"],
      ["TC-04-02", "查工作台账", "台账完整（1-2分）", "工作台账已建立，2020年下半年验收记录不全", "部分通过", 1, "org.management.ledger"],
    ], 3);
    group("服务体系建设—县级中心与产业园（15）", "work.center", [
      ["TC-05-01", "现场查看中心", "建成县级电子商务公共服务中心（2分）", "区电子商务公共服务中心已建成，2020年11月20日投入运营", "通过", 2],
      ["TC-05-02", "查运营记录", "截至2021年8月31日运行6个月以上（2分）", "已连续运营9个多月", "通过", 2],
      ["TC-05-03", "查培训室、设备", "有免费培训场所、设备（2分）", "培训室80座、电脑40台，免费开放", "通过", 2],
      ["TC-05-04", "查展厅", "免费展示、销售特色农产品（1分）", "有，金平特色农产品展销厅免费入驻", "通过", 1],
      ["TC-05-05", "查摄影棚", "免费摄影、美工服务（1分）", "有，摄影棚及美工设计免费", "通过", 1],
      ["TC-05-06", "查品牌推广记录", "统一推广、指导品牌建设（1分）", "有，“鮀城好物”区域公用品牌", "通过", 1],
      ["TC-05-07", "查增值服务记录", "提供其他衍生增值服务（1分）", "无，暂未开展金融、商标代办等增值服务", "不通过", 0],
      ["TC-05-08", "现场查看产业园", "建设或整合、优化电商产业园（2分）", "已整合原月浦仓储区建成金平电商产业园", "通过", 2],
      ["TC-05-09", "核对入驻企业清单（附6）", "入驻企业20家及以上（2分）", "在园企业20家（附6共列24行）", "通过", 2],
      ["TC-05-10", "核对企业类型", "至少三种类型（1分）", "平台型、销售型、运营服务商、物流仓储、直播机构", "通过", 1],
    ], 14);
    group("服务体系建设—村级站点覆盖（10）", "work.coverage", [
      ["TC-06-01", "核对村居名单（附1）与站点台账（附2）", "行政村覆盖率≥70%（5分）", "全区行政村22个（另有社区6个），已建站行政村17个，覆盖率77.3%", "通过", 5],
      ["TC-06-02", "核对省定贫困村", "省定贫困村覆盖100%（5分）", "省定贫困村3个（仙溪、后陇、洋背），全部建站", "通过", 5],
    ], 10);
    group("农村产品上行（10）", "work.upward", [
      ["TC-07-01", "查调研报告", "网销调研并形成建议（1-2分）", "《金平区农产品网络销售调研报告》已报市商务局", "通过", 2, "work.upward.research"],
      ["TC-07-02", "查促销活动总结", "促销活动成效明显（1-2分）", "举办年货节、618两场，成效一般", "部分通过", 1, "work.upward.promotion"],
      ["TC-07-03", "查第三方服务商", "有专业第三方运营或服务商（1分）", "有：汕头市鮀城优选电子商务有限公司（中心运营方）", "通过", 1],
      ["TC-07-04", "查邮政证明", "行政村快递覆盖率100%（1分）", "100%（区邮政分局证明，附1逐村标注）", "通过", 1],
      ["TC-07-05", "查标准、冷链、溯源", "出台交易标准、建冷链溯源（1-2分）", "溯源系统已上线，交易标准未出台", "部分通过", 1, "work.upward.standards"],
      ["TC-07-06", "查省商务厅监测数", "2020年农村或农产品网零增速≥30%（2分）", "农村网络零售额：2019年18.2亿元、2020年22.6亿元；农产品网络零售额：2019年1.10亿元、2020年1.52亿元（增长38.2%）", "通过", 2],
    ], 8);
    group("电商人才培训（20）", "work.training", [
      ["TC-08-01", "核对培训台账（附3、附4）", "培训人次≥常住人口1%（10分），0.8%-1%（8分）", "常住人口83.9万人（七普），超50万按50万计；累计培训4,475人次，0.895%", "部分通过", 8],
      ["TC-08-02", "核对贫困人口名单（附5）与专场签到（附4）", "有劳动能力贫困人口培训率≥50%（10分）", "有劳动能力的建档立卡贫困人口（不含外出务工）12人，参训8人，66.7%", "通过", 10],
    ], 18);
    group("信息公开（4）", "info.disclosure", [
      ["TC-09-01", "打开区政府网站专栏", "设立专栏且内容全面（2分）", "专栏已设立：创建方案✓　项目基本信息✓　项目建设进度✓　监督举报电话✓", "通过", 2],
      ["TC-09-02", "查专栏更新记录（附9）", "近一年按月更新（2分）", "按月更新", "通过", 2],
    ], 4);
    group("数据上报（6）", "info.reporting", [
      ["TC-10-01", "查月报报送记录（附8）", "每月报送（3分）", "2020年9月起每月报送", "通过", 3],
      ["TC-10-02", "查月报附表", "能统计电商扶贫情况（3分）", "月报附贫困户电商培训统计表", "通过", 3],
    ], 6);
    group("案例总结（2）", "promo.cases", [
      ["TC-11-01", "查经验材料报送（附11）", "向市商务局报送经验材料（2分）", "2021年6月已报送", "通过", 2],
    ], 2);
    group("经验推广（8）", "promo.media", [
      ["TC-12-01", "查宣传报道（附10）", "省级及以上（4分）", "南方+、广东广播电视台", "通过", 4],
      ["TC-12-02", null, "市级（3分）", "汕头日报", "通过", 3],
      ["TC-12-03", null, "县级（1分）", "“金平发布”", "通过", 1],
    ], 8);
    group("制度建立（5）", "fund.system", [
      ["TC-13-01", "查资金管理制度", "制度科学有效（1-5分）", "已制定《金平区电子商务进农村综合示范专项资金管理办法》，考核问责条款待细化", "部分通过", 4, "fund.system"],
    ], 4);
    group("资金台账（5）", "fund.ledger", [
      ["TC-14-01", "抽查承建单位账目", "资金专用台账完整（1-5分）", "承建单位均已建立资金专用台账，个别凭证附件不全", "部分通过", 4, "fund.ledger"],
    ], 4);
    group("资金支出（5）", "fund.spending", [
      ["TC-15-01", "核对资金台账（附7）", "支出率≥70%且及时拨付（1-5分）；<70%倒扣5分", "省级专项资金下达500万元，截至8月31日累计拨付401.26万元，支出率80.3%，基本按进度拨付", "部分通过", 4, "fund.spending"],
    ], 4);
    group("加分：贫困人口培训率≥70%（2）", "bonus.poorTraining", [
      ["TC-16-01", "同TC-08-02", "培训率≥70%（2分）", "66.7%，未达70%", "不通过", 0],
    ], 0);
    group("加分：扶贫典型案例电视播报（2）", "bonus.tvCase", [
      ["TC-17-01", "查播出记录（附10）", "国家级电视2分，省级1分", "2021年7月广东广播电视台《广东新闻联播》播出仙溪村电商扶贫案例（省级）", "通过", 1],
    ], 1);
    group("一票否决", null, [
      ["TC-18-01", "查安全生产、质量记录", "未发生安全生产、质量事故或重大损失", "未发生", "通过", 0],
      ["TC-18-02", "查项目总体进度", "总体进度≥40%", "项目总体进度90%", "通过", 0],
      ["TC-18-03", "查数据真实性", "无弄虚作假", "无弄虚作假情况", "通过", 0],
    ], 0);
    // 一票否决 group has no points column meaning: blank them out
    for (let r = rows.length - 3; r < rows.length; r++) { rows[r][6] = null; rows[r][7] = null; }
    const cs = SCORED.reduce((a, id) => a + claimed[id], 0);
    assert(cs === 90, "claimed 90 got " + cs);
    full("执行汇总：自评合计90分，加分1分，共91分；缺陷单：BUG-05-07（增值服务未开展）、BUG-16-01（贫困人口培训率未达70%）。");
    sheets.push(sheet("自检用例表", rows, merges));
  }
  // ---------------------------------------------------------------- 附1 村居名单
  const VIL = [
    ["鮀江街道", ["浮西", "浮东", "鮀浦", "上蓬", "下蓬", "蓬中", "仙溪*"], ["鮀江", "浮陇"]],
    ["月浦街道", ["月窟", "东墩", "沟南", "新溪", "西陇", "后陇*", "坝头"], ["月浦", "新乡"]],
    ["岐山街道", ["岐山", "北墩", "大港", "洋背*", "梅溪", "东湖", "金凤", "下底"], ["岐山", "华山"]],
  ];
  const ADMIN = [], POOR = [];
  {
    const r = [span("金平区村（居）委会名单", 6), span("数据截至：2021年8月　　来源：区民政局、区邮政分局", 6), ["序号", "街道", "村（居）委会名称", "类型", "省定贫困村", "快递进村"]];
    const merges = ["A1:F1", "A2:F2"];
    let n = 0;
    VIL.forEach(([town, vs, cs]) => {
      const start = r.length + 1;
      vs.forEach((v, i) => {
        const poor = v.endsWith("*"); const nm = v.replace("*", "");
        ADMIN.push(nm + "村"); if (poor) POOR.push(nm + "村");
        r.push([++n, i === 0 ? town : null, nm + "村民委员会", "行政村", poor ? "是" : "否", "√"]);
      });
      cs.forEach((c) => r.push([++n, null, c + "社区居民委员会", "社区", "—", null]));
      merges.push(`B${start}:B${r.length}`);
    });
    r.push(["注：快递进村以区邮政分局2021年7月逐村核查为准（√＝已通快递）；社区不填。", null, null, null, null, null]);
    merges.push(`A${r.length}:F${r.length}`);
    sheets.push(sheet("附1 村居名单", r, merges));
  }
  assert(ADMIN.length === 22 && POOR.length === 3, "22 admin, 3 poor");
  // ---------------------------------------------------------------- 附2 站点
  // [站点名称, 所在村 as written, 街道, date cell, iso]
  const ST = [
    ["浮西村电商服务站", "浮西村委会", "鮀江街道", "2020.10.12", "2020-10-12"],
    ["浮东村电商服务站", "浮东村", "鮀江街道", D("2020-10-15"), "2020-10-15"],
    ["鮀浦村电商服务站", "鮀浦村", "鮀江街道", "2020年11月3日", "2020-11-03"],
    ["上蓬村电商服务站", "上蓬村", "鮀江街道", "2020/11/26", "2020-11-26"],
    ["下蓬村电商服务站", "下蓬村民委员会", "鮀江街道", "20201218", "2020-12-18"],
    ["仙溪村电商服务站", "仙溪村", "鮀江街道", D("2020-12-08"), "2020-12-08"],
    ["仙溪村荔枝收购点服务站", "仙溪村", "鮀江街道", "2021.5.18", "2021-05-18"],
    ["鮀中村电商服务站", "鮀中村", "鮀江街道", "2021.1.14", "2021-01-14"],
    ["月窟村电商服务站", "月窟村", "月浦街道", "2021.1.20", "2021-01-20"],
    ["东墩村电商服务站", "东墩村委会", "月浦街道", D("2021-03-05"), "2021-03-05"],
    ["沟南村电商服务站", "沟南村民委员会", "月浦街道", "21.3.19", "2021-03-19"],
    ["新溪村电商服务站", "新溪村", "月浦街道", "2021年4月", "2021-04"],
    ["西陇村电商服务站", "西陇村", "月浦街道", "2021.4.16", "2021-04-16"],
    ["后陇村电商服务站", "后陇村", "月浦街道", "2021.4.28", "2021-04-28"],
    ["月浦社区电商服务点", "月浦社区", "月浦街道", "2021.5.6", "2021-05-06"],
    ["岐山村电商服务站", "岐山村", "岐山街道", D("2021-05-27"), "2021-05-27"],
    ["北墩村电商服务站", "北墩村", "岐山街道", "2021.6.10", "2021-06-10"],
    ["大港村电商服务站", "大港村委会", "岐山街道", "2021.6.24", "2021-06-24"],
    ["洋背村电商服务站", "洋背村", "岐山街道", "2021.7.8", "2021-07-08"],
    ["梅溪村电商服务站", "梅溪村", "岐山街道", D("2021-08-31"), "2021-08-31"],
    ["金凤村电商服务站", "金凤村", "岐山街道", "2021.9.6", "2021-09-06"],
  ];
  {
    const r = [span("金平区村级电子商务服务站点台账", 7), ["序号", "站点名称", "所在村（社区）", "街道", "负责人", "联系电话", "挂牌时间"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], ["许", "陈", "林", "蔡", "郑", "黄", "李"][i % 7] + "××", "138" + String(24000000 + i * 379113).slice(0, 8), s[3]]));
    r.push(["注：“鮀中村”为群众习称，不在区民政局村（居）名单内，待核实；金凤村站点9月6日挂牌。", null, null, null, null, null, null]);
    sheets.push(sheet("附2 站点台账", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const covered = new Set(ST.filter((s) => dateOk(s[4])).map((s) => normVil(s[1])).filter((n) => ADMIN.includes(n)));
  assert(covered.size === 17 && covered.size * 100 >= 22 * 70, "17/22 = 77.3%");
  assert(POOR.every((p) => covered.has(p)), "3/3 poor covered");
  assert(!covered.has("蓬中村") && !covered.has("金凤村") && !covered.has("坝头村"), "uncovered");
  // ---------------------------------------------------------------- 附3 培训（按期次，人次）
  const SES = [
    [1, "2020.9.17", "2020-09-17", "农村电商基础（鮀江街道）", 420], [2, D("2020-10-22"), "2020-10-22", "网店开设与运营", 380],
    [3, "2020.11.19", "2020-11-19", "直播带货入门", 460], [4, "2020年12月15-16日", "2020-12-16", "跨境电商入门（两天班）", "520人次"],
    [5, "2021.1.14", "2021-01-14", "年货节网络促销", 350], [6, D("2021-03-18"), "2021-03-18", "短视频拍摄与剪辑", 410],
    [7, "2021.4.22", "2021-04-22", "农产品网销实操", 390], [8, "2021.5.20", "2021-05-20", "电商客服与售后", "４５０"],
    [9, "2021.6.24", "2021-06-24", "乡村振兴与电商创业", 400], [10, D("2021-07-15"), "2021-07-15", "社区团购与社群营销", 360],
    [11, "2021.9.9", "2021-09-09", "电商品牌与包装", 300],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(String(v).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10));
  const sesSum = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesSum === 4140, "sessions 4140 got " + sesSum);
  {
    const r = [span("金平区电商普及培训台账（按期次）", 6), span("注：贫困户专场另有签到表（附4），不重复计入本表。", 6), ["期次", "培训时间", "培训主题", "培训地点", "参训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "区电子商务公共服务中心", s[4], "汕头市鮀城优选电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    sheets.push(sheet("附3 培训台账", r, ["A1:F1", "A2:F2"]));
  }
  // ---------------------------------------------------------------- 附5 贫困人口
  // [name, village, labour, migrant]
  const PP = [
    ["蔡水生", "仙溪村", "有劳动能力", "否"], ["郑秋香", "仙溪村", "有劳动能力", "否"], ["林伟坤", "仙溪村", "有劳动能力", "否"],
    ["陈丽娟", "后陇村", "有劳动能力", "否"], ["黄德明", "后陇村", "有劳动能力", "否"], ["许桂芳", "后陇村", "有劳动能力", "否"],
    ["李木荣", "洋背村", "有劳动能力", "否"], ["蔡美玉", "洋背村", "有劳动能力", "否"], ["郑志雄", "洋背村", "有劳动能力", "否"],
    ["林少娜", "仙溪村", "有劳动能力", "否"], ["陈炳辉", "后陇村", "有劳动能力", "否"], ["黄玉珠", "洋背村", "有劳动能力", "否"],
    ["许家乐", "仙溪村", "有劳动能力", "是"], ["李晓燕", "洋背村", "有劳动能力", "是"], ["蔡亚婶", "后陇村", "无劳动能力", "否"],
    ["郑老伯", "仙溪村", "丧失劳动能力", "否"],
  ];
  const PID = PP.map((p, i) => makeId(AREA, "19" + (60 + i * 2) + String((i % 9) + 1).padStart(2, "0") + String(10 + i).padStart(2, "0"), 200 + i * 41, i === 4));
  assert(PID[4].endsWith("X"), "one X id");
  {
    const r = [span("金平区建档立卡贫困人口名单（劳动能力及务工情况）", 7), ["序号", "姓名", "身份证号码", "所在村", "劳动能力", "是否外出务工", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], PID[i], p[1], p[2], p[3], i === 12 ? "深圳务工" : i === 13 ? "广州务工" : null]));
    r.push(["资料来源：区乡村振兴局2021年7月提供", null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] === "有劳动能力" && PP[i][3] === "否");
  assert(eligible.length === 12, "12 eligible");
  // ---------------------------------------------------------------- 附4 贫困户专场签到
  const others = ["吴少清", "洪丽萍", "杨振华", "谢秀英", "纪泽鹏", "方楚玲", "余锦标", "肖惠珍", "马伟雄", "卢佩琼", "庄德胜", "姚淑贞", "孙永强", "曾碧玉"];
  const SIGN = []; // [ppIdx or -1, date cell, iso, masked?]
  const day = (cell, iso, idxs, nOther, masked) => { idxs.forEach((i) => SIGN.push([i, cell, iso, masked && masked.includes(i)])); for (let k = 0; k < nOther; k++) SIGN.push([-1, cell, iso, false]); };
  day("2021.4.9", "2021-04-09", [0, 1, 2, 3, 7, 12], 10, [7]);
  day(D("2021-07-23"), "2021-07-23", [0, 4, 5, 6], 10);
  day("2021.9.3", "2021-09-03", [8], 4);
  {
    const r = [span("金平区建档立卡贫困户电商培训专场签到表", 6), ["序号", "姓名", "身份证号", "培训日期", "培训内容", "本人签名"]];
    let o = 0;
    SIGN.forEach((s, k) => {
      let name, id;
      if (s[0] >= 0) { name = PP[s[0]][0]; id = PID[s[0]]; if (s[3]) id = id.slice(0, 6) + "********" + id.slice(14); }
      else { name = others[o % others.length]; id = makeId(AREA, "19" + (72 + (o % 20)) + "0615", 600 + o * 17, false); o++; }
      s.push(id);
      r.push([k + 1, name, id, s[1], s[2] === "2021-09-03" ? "网店美工" : "农产品网销与直播", "（签名）"]);
    });
    r.push(["注：洋背村蔡美玉现场未带身份证，号码按本人口述登记，中间8位未记全。", null, null, null, null, null]);
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2])).length;
  assert(signOk === 30, "30 sign-ins by cut-off got " + signOk);
  const pt = sesSum + signOk;
  assert(pt === 4170 && pt * 1000 >= 500000 * 8 && pt * 100 < 500000, "4170 of 500000 in [0.8%,1%)");
  assert(pt * 1000 < 839000 * 6, "naive base 839000 would give < 0.6%");
  const trained = eligible.filter((i) => SIGN.some((s) => s[0] === i && !s[3] && dateOk(s[2])));
  assert(trained.length === 7 && trained.length * 100 >= eligible.length * 50 && trained.length * 100 < eligible.length * 70, "7/12 = 58.3%");
  // ---------------------------------------------------------------- 附6 入驻企业
  const TY = ["平台型", "销售型（网店）", "电商运营服务商", "物流仓储", "直播机构"];
  const ENT = [];
  const pre = ["鮀城", "金平", "月浦", "岐山", "鮀江", "汕头市潮味", "汕头市侨乡"];
  const mid = ["优选", "鲜品", "玩具", "茶业", "仓配", "云播", "特产"];
  for (let i = 0; i < 24; i++) {
    const nm = pre[i % 7] + mid[(i * 3) % 7] + (i % 3 === 0 ? "电子商务有限公司" : i % 3 === 1 ? "商贸有限公司" : "网络科技有限公司");
    const code = "91440511MA5" + String(1000000 + i * 7919).slice(1) + "X";
    ENT.push({ name: i < 6 ? "汕头市" + nm : nm, code, type: TY[i % 5], entered: "2020-" + String(11 + (i % 2)).padStart(2, "0") + "-" + String(2 + i).padStart(2, "0"), left: null });
  }
  ENT[17].code = ENT[5].code; ENT[17].name = ENT[5].name.replace(/^汕头市/, "") + "（续签）"; ENT[17].type = ENT[5].type; ENT[17].entered = "2021-06-01";
  ENT[10].left = "2021-05-31";
  ENT[14].left = "2021-06";
  ENT[20].left = "2021-09-15";
  ENT[23].entered = "2021-09-02";
  const inPark = new Map();
  ENT.forEach((e) => { const inn = dateOk(e.entered) && !(e.left && dateOk(e.left) && e.left < AS_OF); if (inn) inPark.set(e.code, e); });
  assert(inPark.size === 20, "20 in park got " + inPark.size);
  assert(new Set([...inPark.values()].map((e) => e.type)).size === 5, "5 types");
  {
    const r = [span("金平电商产业园入驻企业清单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e.name, e.code, e.type, i % 3 === 0 ? D(e.entered) : dotted(e.entered),
      e.left ? (e.left.length === 7 ? "2021年6月" : dotted(e.left)) : null, i === 17 ? "原合同到期续签，同一企业" : e.left ? "已退园" : null]));
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附7 资金（元）
  const FUND = [
    ["2020.10.28", "2020-10-28", "公共服务中心装修及设备", "800,000.00", 800000],
    [D("2020-12-30"), "2020-12-30", "村级站点建设（第一批）", 680000, 680000],
    ["2021.1.26", "2021-01-26", "电商培训服务（首付款）", "35万", 350000],
    ["2021.3.31", "2021-03-31", "产业园整合改造", 865000, 865000],
    ["2021年5月28日", "2021-05-28", "物流配送体系建设", 420000, 420000],
    ["2021.7.20", "2021-07-20", "村级站点建设（第二批）", 497600, 497600],
    [D("2021-08-31"), "2021-08-31", "品牌推广及溯源系统", "400000元", 400000],
    ["2021.9.10", "2021-09-10", "中心运营服务费（尾款）", 300000, 300000],
  ];
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + f[4], 0);
  assert(spent === 4012600 && spent * 100 >= 5000000 * 70, "4,012,600 = 80.25%");
  {
    const r = [span("金平区电子商务进农村综合示范省级专项资金拨付台账", 6), span("下达资金：500万元　　单位：元", 6), ["拨付日期", "项目（用途）", "收款单位", "拨付金额", "凭证号", "备注"]];
    FUND.forEach((f, i) => r.push([f[0], f[2], ["汕头市××装饰工程有限公司", "各街道办", "汕头市鮀城优选电子商务有限公司", "汕头市××建设有限公司", "中国邮政集团有限公司汕头市分公司", "各街道办", "汕头市××广告有限公司", "汕头市鮀城优选电子商务有限公司"][i], f[3], "记-" + String(8 + i * 6).padStart(3, "0"), null]));
    r.push(["合计", null, null, FUND.reduce((a, f) => a + f[4], 0), null, null]);
    sheets.push(sheet("附7 资金台账", r, ["A1:F1", "A2:F2"]));
  }
  // ---------------------------------------------------------------- 附8 月报
  const REP = WINDOW.map((m, i) => m + "-" + String(5 + (i % 4)).padStart(2, "0")).concat(["2021-09-06"]);
  assert(monthsCovered(REP) === 12, "12 report months");
  {
    const r = [span("金平区向汕头市商务局报送月报记录", 5), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "报送方式"]];
    REP.forEach((d, i) => r.push([i + 1, i % 4 === 1 ? D(d) : dotted(d), `${+d.slice(5, 7)}月份示范创建工作进展月报`, i === 0 ? "否" : "是", i % 2 ? "粤政易" : "电子邮件"]));
    sheets.push(sheet("附8 月报报送", r, ["A1:E1"]));
  }
  // ---------------------------------------------------------------- 附9 专栏更新
  const DISC = ["2020-09-14", "2020-10-16", "2020-11-13", "2020-12-11", "2021-01-15", "2021-03-12", "2021-04-16", "2021-05-14", "2021-06-11", "2021-07-16", "2021-08-13", "2021-09-10"];
  assert(monthsCovered(DISC) === 11, "11 months, no 2021-02");
  {
    const r = [span("金平区政府网站“电子商务进农村综合示范”专栏更新记录", 4), ["发布日期", "标题", "栏目", "链接"]];
    DISC.forEach((d, i) => r.push([i % 3 === 0 ? D(d) : d, `示范项目建设进度公示（${+d.slice(5, 7)}月）`, "建设进度", "http://www.jinping.gov.cn/zwgk/dsjnc/" + d.replace(/-/g, "") + ".html"]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:D1"]));
  }
  // ---------------------------------------------------------------- 附10 宣传报道
  {
    const r = [span("金平区电商进农村宣传报道情况", 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
    r.push([1, "2021.3.11", "金平发布", "县级", "网络", "金平区村级电商服务站建设提速", "否"]);
    r.push([2, D("2021-04-20"), "南方+", "省级", "网络", "汕头金平：电商进村，荔枝上网", "否"]);
    r.push([3, "2021.5.14", "汕头日报", "市级", "报纸", "金平区电商产业园集聚效应初显", "否"]);
    r.push([4, "2021.7.16", "广东广播电视台《广东新闻联播》", "省级", "电视", "仙溪村：贫困户直播卖货脱贫", "是"]);
    r.push([5, "2021.9.12", "CCTV-17《三农群英汇》", "国家级", "电视", "潮汕村落里的电商扶贫故事", "是"]);
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附11 经验材料
  {
    const r = [span("金平区电商进农村经验材料报送情况", 4), ["序号", "报送日期", "材料名称", "报送单位"]];
    r.push([1, "2021.6.18", "金平区“站园联动”推进电商进农村经验做法", "汕头市商务局"]);
    r.push([2, "2021.9.22", "金平区电商扶贫典型案例汇编", "汕头市商务局"]);
    sheets.push(sheet("附11 经验材料", r, ["A1:D1"]));
  }
  const ord = (n) => (n.startsWith("附") ? parseInt(n.slice(1), 10) : 0);
  sheets.sort((a, b) => ord(a.name) - ord(b.name));
  assert(sheets.length === 12, "12 sheets");
  const grew30 = (a, b) => b * 100 >= a * 130;
  assert(!grew30(182, 226) && grew30(110, 152), "rural 24.2% < 30%, agri 38.2% ≥ 30%");
  assert(judged["org.plan"] === 2 && judged["org.policy"] === 1 && judged["fund.spending"] === 4, "judged");
  const points = {
    "org.leadership": 2, "org.plan": judged["org.plan"], "org.policy": judged["org.policy"],
    "org.management": judged["org.management.system"] + judged["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1,
    "work.coverage": 5 + 5,
    "work.upward": judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": judged["fund.system"], "fund.ledger": judged["fund.ledger"], "fund.spending": judged["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 89, "89 got " + scored);
  write("counties/b105-c1-jinping.json", {
    description:
      "汕头市金平区商务局电商股交的整本考评工作簿（12个表：自检用例表、附1—附11），中上（90分＝89＋加分1，未否决；用例表自评90＋1）。事实表不是填报表：经办人原在区政务数据局信息科，按软件测试“测试用例”的排法做了《考评自检用例表（V1.3）》——表头四行（被测对象、测试基准、考评截止2021年8月31日、编写人、结论说明），字段 用例编号｜考评项（分值）｜检查步骤｜预期结果（评分标准）｜实际结果｜结论｜分项得分｜自评分；考评项和自评分按指标纵向合并，一条用例是一个评分项。读法：事实只在“实际结果”列（预期结果列是评分标准原文，不是事实）；“分项得分”是该评分项的分（判断项即自评判断分），“自评分”合并格是指标合计即县里的自评；“结论”写通过／部分通过／不通过；一票否决三条没有分。TC-01 区长任组长、分管副区长副组长，成员含区农业农村和水务局、区乡村振兴局；TC-05-07 其他增值服务“无”；TC-07-06 一格写四个零售额，只写了农产品增速38.2%；TC-08-01 常住人口83.9万人（超50万按50万计），“累计培训4,475人次”是经办人口径；TC-08-02 12人、参训8人；TC-15 下达500万元、累计拨付401.26万元；TC-17 省级电视播报扶贫案例自评加1分。台账：附1村居名单（“××村民委员会”“××社区居民委员会”，22个行政村＋6个社区，贫困村3个，快递列行政村全√、社区空）；附2站点（浮西村委会、下蓬村民委员会等写法；仙溪村两站算一次；“鮀中村”不在名单内不计；月浦社区站点不计；梅溪村8月31日当天算；金凤村2021.9.6不算；新溪村只写“2021年4月”）；附3普及培训按期次记人次（第4期“2020年12月15-16日”按末日，“520人次”文本，第8期全角“４５０”，第11期9月9日不算，合计行不算；表头注明专场另见附4）；附4贫困户专场签到（黄德明身份证末位X；蔡美玉身份证中间8位打星号，能计人次但不能与名单匹配，表下注说明；许家乐是外出务工人员；9月3日5行不算）；附5贫困人口16人（有劳动能力14人，其中2人外出务工）；附6入驻企业24行（第18行与第6行信用代码相同是续签，算一家；一家2021.5.31退园、一家“2021年6月”退园；一家2021.9.15退园在截止日后仍算；一家2021.9.2入驻不算 → 在园20家，类型5种，“直播机构”自成一类）；附7资金（元，含“800,000.00”“35万”“400000元”文本，8月31日当天算，9月10日30万不算，合计行不算）；附8月报12个月都有（9月份那条月报报送日期在窗口外）；附9专栏缺2021年2月；附10宣传（省、市、县都有；CCTV-17在9月12日，截止日后；扶贫案例电视播报截止日前只有广东广播电视台省级）；附11经验材料6月18日一条在截止日前。",
    sheets,
    expect: { asOf: "2021-08-31", total: 90, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: TC-01 组长是区长（主要领导），成员有区商务局、区财政局、区农业农村和水务局（农业农村）、区乡村振兴局（扶贫）→ 2",
      "org.plan: TC-02 方案2020年6月印发，分项得分2 → 2",
      "org.policy: TC-03 若干措施已出台，部分通过1 → 1",
      "org.management: TC-04-01 制度2 + TC-04-02 台账1 → 3",
      "work.center: 中心2020-11-20运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训 2；展示销售 1；摄影美工 1；品牌 1；其他增值服务“无” 0；产业园已整合 2；附6共24行，同一信用代码续签算一家，去掉2021.5.31、“2021年6月”退园两家和2021.9.2入驻一家，2021.9.15退园那家仍在园 → 20家 ≥ 20 → 2；类型平台型、销售型、运营服务商、物流仓储、直播机构共5种 ≥ 3 → 1；合计 14",
      "work.coverage: 附1行政村22个（6个社区不计），截止日前有站的行政村：浮西、浮东、鮀浦、上蓬、下蓬、仙溪（两站算一次）、月窟、东墩、沟南、新溪（2021年4月）、西陇、后陇、岐山、北墩、大港、洋背、梅溪（8月31日当天）= 17；鮀中村不在名单不计（警告），月浦社区不计，金凤村9月6日不算；17/22 = 77.3% ≥ 70% → 5；省定贫困村仙溪、后陇、洋背3/3 = 100% → 5；合计 10",
      "work.upward: 调研2；促销1；第三方服务商1；附1有快递列，22个行政村全√ → 1；标准冷链溯源1；农村网零18.2→22.6亿只增24.2%，农产品网零1.10→1.52亿增38.2% ≥ 30% → 2；合计 8",
      "work.training: 人次 = 附3截止日前10期 4,140（“520人次”、全角“４５０”照读，第11期9月9日300不算，合计行不算）+ 附4截止日前签到30行（4月9日16行、7月23日14行；9月3日5行不算；打星号那行也算一人次）= 4,170；基数 min(839,000, 500,000) = 500,000；4,170/500,000 = 0.834% → 8（用事实里的4,475也是0.895%，同档）。贫困人口：附5有劳动能力14人去掉外出务工许家乐、李晓燕 = 12人；截止日前按身份证号签到的：蔡水生（两次算一人）、郑秋香、林伟坤、陈丽娟、黄德明（末位X）、许桂芳、李木荣 = 7人；蔡美玉号码打星号无法匹配不算，郑志雄9月3日才签到不算，许家乐是务工人员不算；7/12 = 58.3% ≥ 50% → 10（事实写12人、8人，以名单为准，有警告）；合计 18",
      "info.disclosure: TC-09-01 创建方案、项目基本信息、建设进度、监督举报电话四项齐全 → 2；附9在2020-09…2021-08缺2021年2月（11/12）→ 不定时 1；合计 3（自评4）",
      "info.reporting: 附8十二个月每月都有 → 3；月报含扶贫统计（有“是”，TC-10-02也写附贫困户培训统计表）→ 3；合计 6",
      "promo.cases: 附11 2021.6.18报送经验材料，在截止日前 → 2",
      "promo.media: 截止日前：南方+、广东广播电视台（省级）4，汕头日报（市级）3，金平发布（县级）1 → 8",
      "fund.system: 管理办法已制定，分项得分4 → 4",
      "fund.ledger: 专用台账已建立，分项得分4 → 4",
      "fund.spending: 附7截止日前 800,000+680,000+350,000+865,000+420,000+497,600+400,000 = 4,012,600元（9月10日30万不算）；4,012,600/5,000,000 = 80.25% ≥ 70% → 按及时拨付自评 4",
      "bonus.poorTraining: 7/12 = 58.3% < 70% → 0",
      "bonus.tvCase: 截止日前电视播报的扶贫典型案例只有广东广播电视台（省级）→ 1；CCTV-17在2021.9.12截止日后不算",
      "veto.incident: TC-18-01 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: TC-18-02 项目总体进度90% ≥ 40% → 0，不否决",
      "veto.fraud: TC-18-03 无弄虚作假 → 0，不否决",
      "total: 2+2+1+3+14+10+8+18+3+6+2+8+4+4+4 = 89，加分1，合计90；用例表自评90＋1（只有信息公开按月更新一项高于台账所证）",
    ],
  });
})();

// =====================================================================================
// facts/b105-f1-fengxi: 潮州市枫溪区 — 工程监理单位的《监理月报（第10期 2021年8月）》
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  const lv = (a, b) => { rows.push([a, b, null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`); };
  full("潮州市枫溪区电子商务进农村综合示范项目");
  full("监　理　月　报");
  full("（第10期　2021年8月）");
  lv("工程名称", "潮州市枫溪区电子商务进农村综合示范项目（第一标段、第二标段）");
  rows.push(["建设单位", "潮州市枫溪区经济发展局", null, "监理单位", "广东粤信工程项目管理有限公司", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(["报告期", "2021年8月1日—2021年8月31日", null, "编制日期", "2021年9月3日", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("一、工程概况");
  lv("资金来源", "省级专项资金下达500万元；区财政配套120万元；合计620万元");
  lv("建设内容", "区电子商务公共服务中心、电商产业园整合提升、村级电商服务站点12个、物流配送体系、电商培训、品牌推广及溯源");
  lv("运营服务单位", "潮州市瓷都云商电子商务有限公司（第三方专业运营，2020年11月进场）");
  lv("合同工期", "2020年9月1日—2021年10月31日");
  full("二、工程进度");
  rows.push(["序号", "子项目", "计划完成时间", "本月完成情况", "累计完成情况", "形象进度"]);
  rows.push([1, "区电子商务公共服务中心装修及设备", "2020.12.31", "—", "已完工验收，2020年12月28日投入运营", "100%"]);
  rows.push([2, "电商产业园整合提升", "2021.3.31", "—", "已完工，园区已开园运营（入驻企业16家）", "100%"]);
  rows.push([3, "村级电商服务站点（12个）", "2021.8.31", "完成如意村站点挂牌", "已建成11个，长美村站点待建", "92%"]);
  rows.push([4, "物流配送体系", "2021.9.30", "配送车辆2台到位", "分拣中心已建成，配送车辆4台到位2台", "80%"]);
  rows.push([5, "电商培训", "2021.10.31", "开展培训2期", "累计开展培训16期", "85%"]);
  rows.push([6, "品牌推广及溯源", "2021.10.31", "溯源平台联调", "区域品牌设计完成，溯源平台试运行", "60%"]);
  rows.push(["合计", "项目总体形象进度", null, null, null, "88%"]);
  merges.push(`B${rows.length}:E${rows.length}`);
  full("三、质量、安全情况");
  full("本月各标段未发生质量、安全事故；自开工以来累计未发生质量、安全事故，未造成重大经济损失。");
  full("四、资金支付情况（省级专项资金，单位：万元；区财政配套资金支付另表报送）");
  rows.push(["序号", "合同名称", "合同金额", "本月支付", "累计支付", "累计支付比例"]);
  const C = [["中心装修及设备采购", 128.0, 0, 128.0], ["产业园整合提升工程", 96.0, 0, 96.0], ["村级站点建设", 72.0, 14.4, 57.6],
    ["物流配送体系建设", 88.0, 20.0, 50.0], ["电商培训服务", 54.6, 8.8, 26.4], ["品牌推广及溯源系统", 60.0, 0, 14.5]];
  C.forEach((c, i) => rows.push([i + 1, c[0], c[1], c[2] || "—", c[3], Math.round((c[3] / c[1]) * 1000) / 10 + "%"]));
  const sum = (k) => Math.round(C.reduce((a, c) => a + c[k], 0) * 10) / 10;
  assert(sum(1) === 498.6 && sum(2) === 43.2 && sum(3) === 372.5, "contract sums");
  assert(3725 * 1000 === 5000 * 745, "372.5/500 = 74.5%");
  rows.push(["合计", null, sum(1), sum(2), sum(3), "74.5%（占下达资金）"]);
  merges.push(`A${rows.length}:B${rows.length}`);
  full("五、存在问题及下月工作计划");
  full("1．品牌推广及溯源子项目进度滞后，督促承建单位9月底前溯源平台正式上线；2．下月计划完成长美村站点建设，支付物流配送第二期款项约20万元，项目总体形象进度预计达到93%。");
  full("六、监理意见");
  full("项目总体按合同计划推进，工程质量合格，同意按合同约定支付本月进度款。");
  full("总监理工程师：林××（注册号44006××××）　　　　2021年9月3日");
  write("facts/b105-f1-fengxi.json", {
    description:
      "潮州市枫溪区经济发展局电商股交来当事实表的，是工程监理单位（广东粤信工程项目管理有限公司）按月报给建设单位的《监理月报（第10期 2021年8月）》：标题三行、表头块（工程名称；建设单位｜监理单位；报告期｜编制日期），下分一至六节。读法：“报告期”和“编制日期”不是考评截止日期；“一、工程概况”两列：资金来源一格写“省级专项资金下达500万元；区财政配套120万元；合计620万元”——下达资金读500万元，不是620万元；运营服务单位写明“第三方专业运营”；合同工期是计划，不读。“二、工程进度”表 序号｜子项目｜计划完成时间｜本月完成情况｜累计完成情况｜形象进度：只读累计完成情况——中心“2020年12月28日投入运营”，产业园“已完工，园区已开园运营”；计划完成时间列不是事实；合计行“项目总体形象进度 88%”就是总体进度（第五节预计的93%是下月预测，不读）。“三、质量、安全”一段：累计未发生质量、安全事故 → 没有事故。“四、资金支付”表 合同名称｜合同金额｜本月支付｜累计支付｜累计支付比例（万元，只含省级专项）：累计拨付读合计行“累计支付”372.5万元，不是本月支付43.2万元，也不是合同金额合计498.6万元。没有领导小组、没有判断分、没有自评分。",
    sheets: [sheet("监理月报", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "枫溪区",
        fundAllocated: 5000000, fundSpentStated: 3725000, centerOpened: "2020-12-28", parkBuilt: true, thirdPartyOperator: true,
        overallProgress: 0.88, vetoIncident: false,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b105-f2-lechang: 韶关乐昌市 — 下一个项目的《可行性研究报告》第二章“建设背景”（现状值与规划目标并列）
// =====================================================================================
(function f2() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  const sec = (no, t) => { rows.push([no, t, null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`); };
  full("乐昌市农产品冷链物流集配中心建设项目可行性研究报告（送审稿）");
  full("编制单位：韶关市××工程咨询有限公司　　　　2021年9月");
  full("第二章　项目建设背景及必要性");
  sec("2.1", "乐昌市概况");
  sec(null, "　　乐昌市位于广东省最北部，是粤北重要的农产品产区，黄金柰李、香芋、北乡马蹄、九峰山茶等特色农产品享誉省内外。全市辖17个镇（街道），195个行政村、20个社区居委会，其中省定贫困村39个。第七次全国人口普查全市常住人口41.97万人（户籍人口53.2万人）。");
  sec("2.2", "电子商务进农村综合示范建设成效");
  sec("2.2.1", "　　2019年我市获批省级电子商务进农村综合示范县。市政府成立了由市长任组长、分管副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局等为成员单位的示范工作领导小组，2020年3月正式印发《乐昌市电子商务进农村综合示范工作方案》。");
  sec("2.2.2", "　　市电子商务公共服务中心于2020年5月投入运营，为全市电商主体免费提供电商培训、特色农产品展示展销、产品摄影和美工设计等服务，由第三方专业团队运营。示范项目省级专项资金500万元，已拨付4,167,785.00元；累计开展电商培训4,385人次。");
  sec("2.2.3", "　　农村电商主要指标现状及本项目建成后的规划目标见表2-1。");
  full("表2-1　乐昌市农村电商主要指标现状及规划目标");
  rows.push(["序号", "指标", "单位", "现状值", "2023年目标", "2025年目标"]);
  rows.push([1, "农村网络零售额（2020年）", "亿元", 9.86, 13.5, 18.0]);
  rows.push([2, "农村网络零售额同比增速", "%", 21.3, 15, 15]);
  rows.push([3, "农产品网络零售额（2020年）", "亿元", 2.74, 4.2, 6.0]);
  rows.push([4, "农产品网络零售额同比增速", "%", 33.6, 20, 20]);
  rows.push([5, "行政村快递覆盖率", "%", 100, 100, 100]);
  rows.push([6, "农产品冷链流通率", "%", 8, 25, 35]);
  rows.push([7, "产地冷库库容", "吨", "1,200", "6,000", "10,000"]);
  full("注：现状值来源于省商务厅监测数据、市邮政管理局和市农业农村局；2023年、2025年目标为本项目建成后的预测值。");
  sec("2.3", "项目建设的必要性");
  sec(null, "　　目前全市尚无统一的农产品冷链物流集配中心，产地预冷和冷藏能力不足，农产品溯源体系覆盖面不广。本项目总投资3,860万元，拟申请中央财政县域商业体系建设资金800万元，其余由企业自筹。");
  write("facts/b105-f2-lechang.json", {
    description:
      "韶关乐昌市商务局电商股交来当基础数据表的，是下一个项目《乐昌市农产品冷链物流集配中心建设项目可行性研究报告（送审稿）》第二章“项目建设背景及必要性”，咨询公司按Word章节排进Excel：A列是章节号（2.1、2.2.1…），B:F合并是正文段落，中间一张“表2-1 现状值｜2023年目标｜2025年目标”。读法：2.1段：195个行政村（20个社区居委会不算）、省定贫困村39个、常住人口41.97万人（户籍人口53.2万人不是常住人口）；2.2.1段：市长任组长（分管副市长只是副组长），成员商务、财政、农业农村、乡村振兴、交通运输 → 主要领导牵头、四部门齐全；2020年3月正式印发工作方案；2.2.2段：中心2020年5月投入运营（只到月），免费培训、免费展示展销、摄影美工三项都写了“免费”，第三方专业团队运营；省级专项资金500万元、已拨付4,167,785.00元；培训4,385人次。表2-1只读“现状值”列，单位在单位列（亿元、%）：2020年农村网零9.86亿元、增速21.3%，农产品网零2.74亿元、增速33.6%，行政村快递覆盖率100%；冷链流通率、冷库库容不是考评数据；两列目标值是规划预测，不读。2.3段的总投资3,860万元、拟申请800万元是新项目的钱，不是示范项目下达资金。没有判断分、没有自评分。",
    sheets: [sheet("第二章 建设背景", rows, merges)],
    expect: {
      facts: {
        adminVillagesStated: 195, poorVillagesStated: 39, residentPopulation: 419700, planIssued: true, centerOpened: "2020-05",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, thirdPartyOperator: true, fundAllocated: 5000000, fundSpentStated: 4167785,
        trainingPersonTimesStated: 4385, ruralRetail2020: 986000000, ruralRetailGrowthStated: 0.213, agriRetail2020: 274000000,
        agriRetailGrowthStated: 0.336, expressCoverage: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b105-f3-qingcheng: 清远市清城区 — 招商推介会的《招商项目推介表》（电商产业园二期）
// =====================================================================================
(function f3() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  full("2021年广清经济特别合作区暨清城区招商推介会");
  full("招 商 项 目 推 介 表");
  rows.push(["项目名称", "清城区农村电子商务产业园（二期）招商", "项目编号", "QC-2021-SM-07"]);
  rows.push(["所属行业", "电子商务、现代物流", "项目类型", "招商入驻（租赁）"]);
  rows.push(["项目地址", "清城区源潭镇清远大道旁", "建筑面积", "2.3万平方米"]);
  rows.push(["项目总投资", "3,000万元", "拟引资额", "1,500万元"]);
  full("【项目简介】");
  full("　　清城区农村电子商务产业园由区政府整合原源潭物流园仓储用房改造而成，2020年11月建成开园，是清城区省级电子商务进农村综合示范的核心载体。园区已入驻电商企业18家，涵盖平台型、销售型、运营服务和快递物流等类型；二期计划新增入驻企业40家。");
  full("【配套条件】");
  full("　　园区一楼为清城区电子商务公共服务中心（2020年9月18日投入运营），设100座培训室，免费为入园企业和农户开展电商培训；设清城特色农产品展销厅，免费展示、代销农产品；设摄影棚和美工室，免费提供产品拍摄、美工设计服务。园区由第三方专业公司广东清商优品电商运营有限公司运营管理。");
  full("　　区位及市场：清城区常住人口约82.4万人，2020年全区农村网络零售额15.3亿元；全区行政村快递覆盖率100%，园区距广清高速源潭出口3公里。");
  full("【优惠政策】");
  full("　　依据《清城区促进农村电子商务发展扶持办法》（清城府办〔2020〕26号）：1．入园企业前两年租金全免、第三年减半；2．年网络销售额超500万元的，一次性奖励5万元；3．新认定区域公用品牌授权企业，给予包装设计补贴。");
  full("【招商对象】平台型电商企业、农产品上行企业、直播电商机构、冷链物流企业");
  rows.push(["联系单位", "清远市清城区商务局", "联系人", "何××"]);
  rows.push(["联系电话", "0763-33×××××", "电子邮箱", "qcqswj@××.com"]);
  full("填报单位（盖章）：清远市清城区商务局　　　　　　　　填报日期：2021年8月");
  write("facts/b105-f3-qingcheng.json", {
    description:
      "清远市清城区商务局交来当事实表的，是为“2021年广清经济特别合作区暨清城区招商推介会”填的《招商项目推介表》（电商产业园二期招商）：表头块是两对一行的“标签｜值｜标签｜值”（项目名称、所属行业、项目地址、项目总投资3,000万元、拟引资额1,500万元——都是招商数字，不是示范资金），下面【项目简介】【配套条件】【优惠政策】【招商对象】各是一整行合并的段落，数据都在句子里。读法：【项目简介】产业园2020年11月建成开园 → 已建设产业园（入驻18家、二期40家不是事实键）；【配套条件】中心2020年9月18日投入运营，免费培训、免费展示代销、免费拍摄美工三项都有，第三方专业公司运营；“常住人口约82.4万人”；2020年农村网络零售额15.3亿元（没有2019年数和增速）；行政村快递覆盖率100%；【优惠政策】已出台《扶持办法》 → 已出台支持政策（租金全免等条款不是事实键）。联系人、填报日期不读。没有领导、判断分和自评分。",
    sheets: [sheet("招商项目推介表", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "清城区",
        parkBuilt: true, centerOpened: "2020-09-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, thirdPartyOperator: true,
        residentPopulation: 824000, ruralRetail2020: 1530000000, expressCoverage: true, policyIssued: true,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b105-l1-xiangqiao: 潮州市湘桥区 — 区交通运输局《建制村（社区）通客车情况统计表》当村（居）名单
// =====================================================================================
(function l1() {
  const expect = {};
  const sheets = [];
  // [镇, name, 类别(0 建制村 / 1 社区), poor(true/false/null), 通客车, 通车时间, 线路]
  const T = [
    ["意溪镇", [["锡美村", 0, true, "是", "2019.12", "潮州—锡美（11路）"], ["长和村", 0, false, "是", "2018.6", "潮州—意溪（3路）"],
      ["坝街村", 0, false, "是", "2018.6", "潮州—意溪（3路）"], ["桥东村", 0, false, "是", "2017.3", "潮州—意溪（3路）"],
      ["中津村", 0, false, "否", null, "（招呼站距村1.2公里）"], ["意溪社区", 1, null, "是", "2016.1", "城市公交2路"]]],
    ["磷溪镇", [["英山村", 0, false, "是", "2019.5", "潮州—磷溪（5路）"], ["溪口村", 0, true, "是", "2020.9", "潮州—溪口（15路）"],
      ["仙田村", 0, false, "是", "2019.5", "潮州—磷溪（5路）"], ["旗头村", 0, false, "否", null, null], ["厦寺村", 0, false, "是", "2020.1", "磷溪—厦寺（镇村公交）"]]],
    ["官塘镇", [["官塘村", 0, false, "是", "2018.10", "潮州—官塘（8路）"], ["秋溪村", 0, false, "是", "2018.10", "潮州—官塘（8路）"],
      ["庵头村", 0, true, "是", "2020.12", "官塘—庵头（镇村公交）"], ["石湖村", 0, false, "否", null, null], ["官塘社区", 1, null, "是", "2018.10", "潮州—官塘（8路）"]]],
    ["铁铺镇", [["铁铺村", 0, false, "是", "2019.3", "潮州—铁铺（9路）"], ["石板村", 0, false, "是", "2019.3", "潮州—铁铺（9路）"],
      ["桂坑村", 0, true, "是", "2021.1", "铁铺—桂坑（镇村公交）"], ["大山村", 0, false, "否", null, null]]],
  ];
  {
    const r = [span("湘桥区建制村（社区）通客车情况统计表", 9), span("填报单位：潮州市湘桥区交通运输局（盖章）　　　　统计时点：2021年6月30日", 9),
      ["序号", "镇（街道）", "村（社区）名称", "类别", "是否省定贫困村", "通客车情况", null, null, "备注"],
      [null, null, null, null, null, "是否通客车", "通车时间", "客运线路", null]];
    const merges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4"];
    const recs = [];
    let n = 0, totalAdmin = 0, totalBus = 0;
    T.forEach(([town, vs]) => {
      const start = r.length + 1;
      vs.forEach((v, i) => {
        r.push([++n, i === 0 ? town : null, v[0], v[1] ? "社区" : "建制村", v[2] === null ? "—" : v[2] ? "是" : "否", v[3], v[4], v[5],
          v[2] ? "交通扶贫重点村" : v[3] === "否" && !v[1] ? "列入2021年镇村公交延伸计划" : null]);
        recs.push(v[1] ? { name: v[0], admin: false, express: null } : { name: v[0], admin: true, poor: v[2], express: null });
      });
      merges.push(`B${start}:B${r.length}`);
      const adm = vs.filter((v) => !v[1]); totalAdmin += adm.length; totalBus += adm.filter((v) => v[3] === "是").length;
      r.push([null, town + "小计", null, `建制村${adm.length}个`, `贫困村${adm.filter((v) => v[2]).length}个`, `通客车${adm.filter((v) => v[3] === "是").length}个`, null, null, null]);
      merges.push(`B${r.length}:C${r.length}`, `F${r.length}:H${r.length}`);
    });
    r.push([null, "全区合计", null, `建制村${totalAdmin}个`, "贫困村4个", `通客车${totalBus}个`, null, null, `通达率${Math.round((totalBus / totalAdmin) * 1000) / 10}%`]);
    merges.push(`B${r.length}:C${r.length}`, `F${r.length}:H${r.length}`);
    r.push(["注：1．建制村即行政村；社区不计入建制村通客车率。2．“是否省定贫困村”按交通扶贫项目库标注。3．通车时间为首班开通年月。", null, null, null, null, null, null, null, null]);
    merges.push(`A${r.length}:I${r.length}`);
    assert(totalAdmin === 18 && recs.filter((x) => x.poor).length === 4 && recs.filter((x) => !x.admin).length === 2, "18 admin, 4 poor, 2 communities");
    sheets.push(sheet("建制村通客车", r, merges));
    expect["建制村通客车"] = { kind: "villages", records: recs };
  }
  {
    const r = [["说明"],
      ["1．我局没有单独的村（居）委会名单，本表借用区交通运输局2021年6月的《建制村（社区）通客车情况统计表》，原样录入。"],
      ["2．“建制村”就是行政村；“社区”不是行政村。"],
      ["3．“通客车情况”是客运班线、镇村公交通达情况，不是快递、物流覆盖情况；快递进村情况见区邮政分局证明材料（纸质）。"],
      ["4．省定贫困村4个（锡美、溪口、庵头、桂坑），与区乡村振兴局名单一致。"],
      ["区商务局电商股　2021年8月"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  write("ledgers/b105-l1-xiangqiao.json", {
    description:
      "潮州市湘桥区商务局电商股没有自己的村（居）委会名单，交的是区交通运输局的《建制村（社区）通客车情况统计表》（统计时点2021年6月30日）加一页说明。表：标题、填报单位行，两行表头（“通客车情况”合并在 是否通客车｜通车时间｜客运线路 三列上，其余列纵向合并），列为 序号｜镇（街道）｜村（社区）名称｜类别｜是否省定贫困村｜通客车情况×3｜备注，镇列按镇纵向合并。读法：“类别”写建制村（即行政村）或社区——意溪社区、官塘社区不是行政村；“是否省定贫困村”建制村都填了是／否，社区填“—”（不适用，社区的贫困村一栏不作要求）；每镇后面一行“××镇小计”和最后“全区合计”（建制村18个、贫困村4个、通客车14个）不是村；表下注释不是村。最要紧的是：“通客车”是客运班线通达，不是快递进村，这张表没有快递信息，每个村的快递一栏都应是未知（说明页第3条也这样写）。说明页是纯文字，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b105-l2-xingning: 梅州兴宁市 — 局办公室《送文簿（梅州市商务局）》当月报台账 + “学习强国”采用登记当宣传报道台账
// =====================================================================================
(function l2() {
  const expect = {};
  const sheets = [];
  // [送文日期 cell, iso, 文件名称, 附件]
  const S = [
    ["2020.8.10", "2020-08-10", "兴宁市电子商务进农村综合示范工作7月份月报", "无"],
    [D("2020-09-08"), "2020-09-08", "兴宁市电子商务进农村综合示范工作8月份月报", "贫困户电商培训统计表"],
    ["2020.10.9", "2020-10-09", "兴宁市电子商务进农村综合示范工作9月份月报", "贫困户电商培训统计表"],
    ["2020年11月10日", "2020-11-10", "兴宁市电子商务进农村综合示范工作10月份月报", "贫困户电商培训统计表"],
    ["2020/12/8", "2020-12-08", "兴宁市电子商务进农村综合示范工作11月份月报", "无"],
    ["21.1.11", "2021-01-11", "兴宁市电子商务进农村综合示范工作12月份月报", "贫困户电商培训统计表"],
    ["2021.3.2", "2021-03-02", "兴宁市电子商务进农村综合示范工作1—2月份月报（春节合并报送）", "贫困户电商培训统计表"],
    ["2021.3.9", "2021-03-09", "兴宁市电子商务进农村综合示范工作1—2月份月报（更正稿）", "贫困户电商培训统计表（更正）"],
    [D("2021-04-08"), "2021-04-08", "兴宁市电子商务进农村综合示范工作3月份月报", "贫困户电商培训统计表"],
    ["2021年5月10日", "2021-05-10", "兴宁市电子商务进农村综合示范工作4月份月报", "贫困户电商培训统计表"],
    ["2021.6.8", "2021-06-08", "兴宁市电子商务进农村综合示范工作5月份月报", "无"],
    ["21.7.8", "2021-07-08", "兴宁市电子商务进农村综合示范工作6月份月报", "贫困户电商培训统计表"],
    ["2021.8.9", "2021-08-09", "兴宁市电子商务进农村综合示范工作7月份月报", "贫困户电商培训统计表"],
    [D("2021-09-08"), "2021-09-08", "兴宁市电子商务进农村综合示范工作8月份月报", "贫困户电商培训统计表"],
  ];
  assert(monthsCovered(S.map((s) => s[1])) === 11, "11 of 12 months (no 2021-02)");
  {
    const r = [span("兴宁市商务局送文簿", 8), span("送往单位：梅州市商务局（电子商务科）　　　电商股专用，只登记每月报送的示范创建工作月报", 8),
      ["序号", "送文日期", "文件名称", "份数", "附件", "签收人", "签收时间", "备注"]];
    S.forEach((s, i) => r.push([i + 1, s[0], s[2], i === 7 ? "1份（替换前稿）" : "1份", s[3], ["黄××", "刘××", "黄××", "钟××"][i % 4],
      i === 5 ? "1月12日上午" : i === 13 ? "9/9" : "当日", i === 6 ? "春节期间市局未上班，1、2月合并" : i === 7 ? "统计表数字有误，重报" : null]));
    r.push(["本簿第3页完", null, null, null, null, null, null, null]);
    sheets.push(sheet("送文簿", r, ["A1:H1", "A2:H2"]));
    expect["送文簿"] = { kind: "reports", records: S.map((s) => ({ date: s[1], poverty: s[3] !== "无" })) };
  }
  // [title, 平台, 频道, date cell, iso, 形式, level]
  const M = [
    ["兴宁：电商助力“兴宁鸽”飞出大山", "学习强国广东学习平台", "梅州频道", "2020.11.6", "2020-11-06", "图文", "province"],
    ["直播间里卖脐橙 客家山村年味浓", "学习强国广东学习平台", "乡村振兴", D("2021-01-19"), "2021-01-19", "视频", "province"],
    ["兴宁村级电商服务站点建设提速", "学习强国（全国总平台）", "推荐·各地", "2021年4月8日", "2021-04-08", "图文", "national"],
    ["客家山货“触网”记", "学习强国（全国总平台）", "强国视频·新闻", "2021.6.23", "2021-06-23", "视频", "national"],
    ["兴宁电商扶贫见闻：贫困户变身“带货达人”", "学习强国广东学习平台", "梅州频道", "2021.9.7", "2021-09-07", "图文", "province"],
  ];
  {
    const r = [span("兴宁市电商进农村稿件“学习强国”平台采用登记表", 8),
      span("说明：采用平台为“学习强国”全国总平台的按中央级媒体统计；“学习强国”广东学习平台（含各地市频道）按省级媒体统计。", 8),
      ["序号", "稿件标题", "供稿单位", "采用平台", "采用频道", "采用时间", "形式", "备注"]];
    M.forEach((m, i) => r.push([i + 1, m[0], i % 2 ? "兴宁市商务局" : "兴宁市融媒体中心", m[1], m[2], m[3], m[5], i === 4 ? "9月采用，不在本次考评期" : null]));
    sheets.push(sheet("学习强国采用", r, ["A1:H1", "A2:H2"]));
    expect["学习强国采用"] = { kind: "media", records: M.map((m) => ({ date: m[4], level: m[6], tv: false })) };
  }
  write("ledgers/b105-l2-xingning.json", {
    description:
      "梅州兴宁市商务局电商股交的两张“借来的登记”：①局办公室的《送文簿》（送往梅州市商务局电子商务科，第二行写明“电商股专用，只登记每月报送的示范创建工作月报”）当月报台账：序号｜送文日期｜文件名称｜份数｜附件｜签收人｜签收时间｜备注。读法：每行是一次报送，日期看“送文日期”（真日期、2020.10.9、2020年11月10日、2020/12/8、两位年份21.1.11、21.7.8都有），不看“签收时间”（“1月12日上午”“9/9”“当日”）；是否含扶贫统计看“附件”列：写“贫困户电商培训统计表”（含“（更正）”）为是，写“无”为否；1—2月份春节合并报送在3月2日，3月9日又报了更正稿，也是一次报送，都算记录；2020年8月10日那条在近一年窗口外但仍是记录；末行“本簿第3页完”不是记录。②《“学习强国”平台采用登记表》当宣传报道台账：第二行说明规定级别——全国总平台为中央级（国家），广东学习平台（含各地市频道，如梅州频道）为省级；“形式”写图文或视频，视频是网络平台视频，不是电视播报；9月7日那篇在截止日后，但仍是记录（备注也写明）。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log(written.join("\n"));
