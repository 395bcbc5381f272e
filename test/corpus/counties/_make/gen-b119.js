// Batch 119 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
const sumPts = (p) => SCORED.reduce((a, id) => a + p[id], 0);
const secRow = (rows, merges, t, w) => { rows.push(span(t, w)); merges.push(`A${rows.length}:${colLetter(w - 1)}${rows.length}`); };

// =====================================================================================
// counties/b119-c1-lianshan: 清远连山壮族瑶族自治县 — 数据表沿用2020年中期评估表（D列旧数、E列新数、“同左”），
// 村名单是统计用区划代码，站点、培训分期次＋分块签到、扶贫系统导出、国库支付导出、OA发文登记、网站后台发布记录
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441825";
  // ---------------------------------------------------------------- 封面
  sheets.push(sheet("封面", [["连山壮族瑶族自治县"], ["电子商务进农村综合示范创建考评资料汇编"], ["（2019年省级电子商务进农村综合示范县）"], [null],
    ["目　录"], ["附表1　创建数据表（沿用2020年中期评估表）"], ["附表2　村（居）委会名单（统计用区划代码）"], ["附表3　村级电商服务站点台账"],
    ["附表4-1　电商培训开展情况（按期次）"], ["附表4-2　贫困户电商专场签到表"], ["附表5　建档立卡贫困人口（扶贫系统导出）"], ["附表6　电商产业园入驻企业"],
    ["附表7　国库集中支付明细"], ["附表8　月报发文登记"], ["附表9　专栏信息发布记录"], ["附表10　宣传报道登记"], ["附表11　经验材料报送"],
    [null], ["连山壮族瑶族自治县商务局　2021年9月"]]));

  // ---------------------------------------------------------------- 附表1 数据表
  {
    const W = 6, r = [], m = [];
    secRow(r, m, "连山壮族瑶族自治县电子商务进农村综合示范县中期评估数据表", W);
    secRow(r, m, "【2021年考评沿用本表】D列是2020年中期评估时报的旧数，只作对照，不再使用；E列是本次考评数（截至2021年8月31日）。E列写“同左”的，表示与D列相同。　县商务局电商股　2021.9.3", W);
    r.push(["序号", "项目", "单位", "2020年中期评估（截至2020.6.30）", "2021年考评（截至2021.8.31）", "说明"]);
    let n = 0;
    const it = (label, unit, d, e, note) => { n += 1; r.push([n, label, unit, d, e, note === undefined ? null : note]); };
    secRow(r, m, "一、基本情况", W);
    it("考评数据截止日期", "—", "2020.6.30", "2021.8.31");
    it("常住人口", "万人", 9.7, 9.86, "E列为第七次全国人口普查数；D列为2019年末推算数");
    it("行政村", "个", 48, "同左", "不含社区");
    it("社区", "个", 4, "同左");
    it("省定贫困村", "个", 9, "同左");
    secRow(r, m, "二、组织领导", W);
    it("创建工作领导小组组长", "—", "副县长（分管商务）", "县长", "2020年8月调整（连府办〔2020〕37号）");
    it("领导小组成员单位", "—", "商务局、财政局、农业农村局、扶贫办、交通运输局、邮政分公司", "同左", "县扶贫办2021年6月起为县乡村振兴局");
    it("示范县工作方案", "—", "已印发", "同左", "连府办〔2019〕61号");
    it("支持农村电商发展的政策", "—", "起草中", "已出台", "《连山县扶持农村电子商务发展办法》，2020年11月");
    secRow(r, m, "三、县级公共服务中心与产业园", W);
    it("公共服务中心投入运营日期", "—", "2020.5.20（试运营）", "2020年9月28日", "E列为正式运营日期");
    it("免费培训场所、培训设备，能组织电商基础培训", "有/无", "有", "同左");
    it("为特色农产品提供免费展示、销售服务", "有/无", "有", "同左");
    it("为电商市场主体提供免费摄影、美工服务", "有/无", "无", "有", "2020年10月起免费");
    it("组织农产品统一推广、指导品牌建设", "有/无", "有", "同左", "“连山壮乡好物”");
    it("其他衍生增值服务", "有/无", "无", "同左");
    it("电商产业园", "—", "在建", "已建成", "2020年12月投入使用");
    it("产业园入驻企业", "家", 6, 20, "名单见附表6");
    secRow(r, m, "四、农村产品上行", W);
    it("专业第三方电商运营或服务商", "有/无", "有", "同左", "连山县云端电商运营服务有限公司");
    it("通快递的行政村", "个", 41, 48, "见附表2");
    it("2019年农村网络零售额", "万元", "—", "21,360", "县统计局");
    it("2020年农村网络零售额", "万元", "—", "27,150", "县统计局");
    it("2019年农产品网络零售额", "万元", "—", "6,820", "县统计局");
    it("2020年农产品网络零售额", "万元", "—", "9,140", "县统计局");
    secRow(r, m, "五、电商培训", W);
    it("培训人次", "人次", 415, "1,019", "见附表4-1、4-2");
    it("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 40, "同左", "见附表5");
    it("参加培训的建档立卡贫困人口", "人", 11, 30, "见附表4-2");
    secRow(r, m, "六、信息公开与报送", W);
    it("专栏公示创建方案", "是/否", "是", "同左");
    it("专栏公示项目基本信息", "是/否", "否", "是");
    it("专栏公示项目建设进度", "是/否", "是", "同左");
    it("专栏设征求意见或监督举报窗口", "是/否", "否", "是", "监督举报电话、邮箱");
    it("能统计电商扶贫情况", "是/否", "是", "同左", "月报附电商扶贫统计");
    secRow(r, m, "七、资金管理", W);
    it("下达省级专项资金", "万元", 500, "同左");
    it("累计拨付", "万元", 128, "见附表7", null);
    it("资金管理制度", "是/否", "是", "同左");
    it("资金专用台账", "是/否", "是", "同左");
    it("项目总体进度", "%", 35, 88);
    secRow(r, m, "八、一票否决事项", W);
    it("安全生产、质量事故或重大损失", "有/无", "无", "同左");
    it("弄虚作假", "有/无", "无", "同左");
    r.push([null, null, null, null, null, null]);
    secRow(r, m, "九、自评得分（2021年考评新增，按省考评指标体系；D列中期无此项）", W);
    r.push(["序号", "评价指标", "权重", null, "自评分", "分项及说明"]);
    const CL = [
      ["组织领导", 2, 2, null], ["方案制定", 2, 2, null], ["政策支持", 2, 2, null], ["项目管理", 4, 3, "项目管理制度2分，工作台账1分"],
      ["服务体系建设—县级中心与产业园", 15, 14, null], ["服务体系建设—村级站点覆盖", 10, 10, null],
      ["农村产品上行", 10, 8, "网销调研2分、网络促销1分、交易标准与冷链溯源1分；第三方1分、快递1分、增速2分"],
      ["电商人才培训", 20, 20, null], ["信息公开", 4, 4, null], ["数据上报", 6, 6, null], ["案例总结", 2, 2, null], ["经验推广", 8, 8, null],
      ["制度建立", 5, 5, null], ["资金台账", 5, 4, null], ["资金支出", 5, 4, "及时拨付4分"],
      ["加分：贫困人口培训率≥70%", 2, 2, "30/40=75%"], ["加分：电商扶贫典型案例获电视播报", 2, 2, "中央电视台农业农村频道"],
    ];
    CL.forEach((c, i) => r.push([i + 1, c[0], c[1], null, c[2], c[3]]));
    const tot = CL.reduce((a, c) => a + c[2], 0);
    r.push([null, "合计", 104, null, tot, "含加分4分"]);
    assert(tot === 98, "claims 98");
    sheets.push(sheet("附表1 数据表", r, m));
  }
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 2,
  };
  assert(sumPts(claimed) + 4 === 98, "claimed sum");

  // ---------------------------------------------------------------- 附表2 统计用区划代码
  const TOWNS = [
    ["吉田镇", "100", ["吉田社区", "鹿鸣社区"], ["沙田村", "大富村", "西联村", "东联村", "山洲村", "吉星村", "保丰村", "新寨村", "芦田村"]],
    ["太保镇", "101", [], ["太保村", "欧家村", "禾坪村", "大旭村", "上坪村", "新城村", "古城村"]],
    ["禾洞镇", "102", [], ["禾洞村", "新联村", "民联村", "金竹村", "新坪村", "马头村"]],
    ["福堂镇", "103", [], ["福堂村", "安田村", "龙坪村", "大塘村", "东田村", "梅花村", "白坭村"]],
    ["小三江镇", "104", ["小三江社区"], ["三江村", "沙坪村", "竹山村", "加田村", "三水村", "四联村", "良田村"]],
    ["上帅镇", "105", [], ["上帅村", "下帅村", "红岩村", "茶山村", "坪林村", "连塘村"]],
    ["永和镇", "106", ["永和社区"], ["永和村", "大坪村", "光明村", "新民村", "石门村", "茅田村"]],
  ];
  const POOR = ["西联村", "山洲村", "欧家村", "大旭村", "金竹村", "龙坪村", "加田村", "红岩村", "石门村"];
  const ADMIN = [].concat(...TOWNS.map((t) => t[3]));
  assert(ADMIN.length === 48 && new Set(ADMIN).size === 48, "48 villages");
  assert([].concat(...TOWNS.map((t) => t[2])).length === 4, "4 社区");
  POOR.forEach((p) => assert(ADMIN.includes(p), "poor in list " + p));
  {
    const r = [span("2020年统计用区划代码和城乡划分代码　清远市连山壮族瑶族自治县", 5),
      span("来源：国家统计局网站（复制）；D、E两列为县商务局加注", 5),
      ["统计用区划代码", "城乡分类代码", "名称", "省定贫困村（商务局加）", "快递进村（商务局加）"],
      ["441825000000", null, "连山壮族瑶族自治县", null, null]];
    TOWNS.forEach((t) => {
      r.push([AREA + t[1] + "000", null, t[0], null, null]);
      t[2].forEach((c, i) => r.push([AREA + t[1] + String(i + 1).padStart(3, "0"), i === 0 ? "121" : "122", c + "居委会", null, "√"]));
      t[3].forEach((v, i) => r.push([AREA + t[1] + String(201 + i), i === 0 && t[2].length ? "122" : "220", v + "委会", POOR.includes(v) ? "√" : null, "√"]));
    });
    r.push(span("注：1．统计用区划代码后三位001—199为社区居委会，200—399为村委会；城乡分类代码111—123为城镇、210/220为乡村。2．“省定贫困村”打√的为省定相对贫困村，未打√的不是。3．快递进村据县邮政管理部门2021年7月核查，全部行政村已通。", 5));
    sheets.push(sheet("附表2 村居名单", r, ["A1:E1", "A2:E2", `A${r.length}:E${r.length}`]));
  }

  // ---------------------------------------------------------------- 附表3 站点台账
  // [town, 所在村 as written, canonical, date cell, iso, note]
  const ST = [
    ["吉田镇", "吉田社区", "吉田社区", D("2020-09-28"), "2020-09-28", "镇级服务站，设在县电商中心一楼"],
    ["吉田镇", "沙田村", "沙田村", "2020.10.15", "2020-10-15", null],
    ["吉田镇", "沙田村", "沙田村", "2021.4.26", "2021-04-26", "沙田圩第二站"],
    ["吉田镇", "大富村民委员会", "大富村", "20年11月", "2020-11", null],
    ["吉田镇", "西联村", "西联村", "2020.10.15", "2020-10-15", null],
    ["吉田镇", "山洲村", "山洲村", "2021年3月5日", "2021-03-05", null],
    ["吉田镇", "新寨村", "新寨村", "21.6.8", "2021-06-08", null],
    ["吉田镇", "芦田村", "芦田村", D("2021-01-20"), "2021-01-20", null],
    ["太保镇", "太保村", "太保村", "2020.11.12", "2020-11-12", null],
    ["太保镇", "欧家村委会", "欧家村", "2020.11.12", "2020-11-12", null],
    ["太保镇", "禾坪村", "禾坪村", "2021.3.18", "2021-03-18", null],
    ["太保镇", "大旭村", "大旭村", "21年3月", "2021-03", "挂牌仪式照片见视频"],
    ["太保镇", "新城村", "新城村", D("2021-05-06"), "2021-05-06", null],
    ["禾洞镇", "禾洞村", "禾洞村", "2020.12.3", "2020-12-03", null],
    ["禾洞镇", "新联村", "新联村", "2021年4月9日", "2021-04-09", null],
    ["禾洞镇", "民联村", "民联村", "2021.4.9", "2021-04-09", null],
    ["禾洞镇", "金竹村", "金竹村", D("2020-12-03"), "2020-12-03", null],
    ["福堂镇", "福堂村", "福堂村", "2020.10.29", "2020-10-29", null],
    ["福堂镇", "安田村", "安田村", "21.7.1", "2021-07-01", null],
    ["福堂镇", "龙坪村", "龙坪村", "2020.10.29", "2020-10-29", null],
    ["福堂镇", "大塘村", "大塘村", "2021.5.20", "2021-05-20", null],
    ["福堂镇", "梅花村", "梅花村", "20年12月", "2020-12", null],
    ["小三江镇", "三江村", "三江村", "2021.1.14", "2021-01-14", null],
    ["小三江镇", "沙坪村", "沙坪村", D("2021-06-24"), "2021-06-24", null],
    ["小三江镇", "竹山村", "竹山村", "2021.6.24", "2021-06-24", null],
    ["小三江镇", "加田村", "加田村", "2021.8.31", "2021-08-31", "8月31日挂牌"],
    ["小三江镇", "三水村", "三水村", "21.2.25", "2021-02-25", null],
    ["上帅镇", "上帅村", "上帅村", "2020.12.17", "2020-12-17", null],
    ["上帅镇", "下帅村", "下帅村", "2021年7月", "2021-07", null],
    ["上帅镇", "红岩村", "红岩村", "2020.12.17", "2020-12-17", null],
    ["上帅镇", "坪林村", "坪林村", "2021.7.22", "2021-07-22", null],
    ["上帅镇", "茶山村", "茶山村", "2021.9.7", "2021-09-07", "9月7日挂牌"],
    ["永和镇", "永和村", "永和村", "2021.3.25", "2021-03-25", null],
    ["永和镇", "大坪村", "大坪村", "21.5.13", "2021-05-13", null],
    ["永和镇", "新民村", "新民村", D("2021-08-12"), "2021-08-12", null],
    ["永和镇", "石门村民委员会", "石门村", "2021.3.25", "2021-03-25", null],
  ];
  {
    const r = [span("连山壮族瑶族自治县村级电子商务服务站点台账", 8), span("填报单位：县商务局（盖章）　　　　截至2021年9月10日", 8),
      ["序号", "镇", "站点名称", "所在村（社区）", "地址", "负责人", "联系电话", "挂牌时间"]];
    const NM = ["莫", "韦", "覃", "黄", "廖", "盘", "房", "唐", "邓"];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[2] + "电商服务站" + (i === 2 ? "（沙田圩）" : ""), s[1], i === 0 ? "吉田镇县电子商务公共服务中心一楼" : s[0] + s[2] + (i % 3 === 0 ? "村委会一楼" : i % 3 === 1 ? "综合服务中心" : "圩镇路口"),
      NM[i % 9] + "××", "1392765" + String(2000 + i * 53).padStart(4, "0"), s[3]]));
    r.push(["合计", null, "36个", null, null, null, null, null]);
    r.push(span("备注：吉田社区站为镇级服务站；沙田村有两个站点；加田村站8月31日挂牌；茶山村站9月7日挂牌。", 8));
    sheets.push(sheet("附表3 站点台账", r, ["A1:H1", "A2:H2", `A${r.length}:H${r.length}`]));
    assert(ST.length === 36, "36 station rows");
  }
  const covered = new Set(ST.filter((s) => dateOk(s[4]) && ADMIN.includes(s[2])).map((s) => s[2]));
  assert(covered.size === 33, "33 covered got " + covered.size);
  assert(covered.size * 100 < 48 * 70 && covered.size * 100 >= 48 * 50, "33/48 = 68.75% → 2");
  assert(POOR.every((p) => covered.has(p)), "all poor covered");
  assert(new Set(ST.map((s) => s[2])).size === 35, "naive distinct incl. 社区 and Sept 35");

  // ---------------------------------------------------------------- 附表5 贫困人口（扶贫系统导出）
  // household specs: E eligible, M migrant (labour, 县外), N 丧失劳动力, S 在校生 无劳动力
  const HH = ["EES", "EME", "NEES", "EE", "EEM", "NE", "EEES", "EE", "EME", "EEE", "NEE", "EES", "EMEE", "EEM", "EEE", "EEE", "EE", "EE"];
  const GIVEN = ["金凤", "石贵", "秀英", "春花", "永强", "玉兰", "亚妹", "志成", "桂英", "国华", "月娥", "明亮", "美玲", "建新", "亚福", "丽珍", "德胜",
    "三妹", "文辉", "少红", "卫东", "冬梅", "海平", "雪梅", "小军", "连英", "家旺", "水莲", "光荣", "二妹", "天保", "桂兰", "日新", "秋菊", "振华", "好妹",
    "树生", "彩凤", "火生", "荷英", "新发", "燕玲", "永福", "四妹", "宝珍", "庆华", "爱莲", "志强", "玉珍", "伟雄", "木兰", "财旺"];
  const SUR = ["莫", "韦", "覃", "黄", "廖", "盘", "房", "唐", "邓", "李", "陆", "蒙", "欧", "潘"];
  const PP = [];
  let eCount = 0;
  HH.forEach((h, hi) => {
    const vil = POOR[hi % POOR.length];
    h.split("").forEach((t, k) => {
      const i = PP.length;
      const rel = k === 0 ? "户主" : k === 1 ? "配偶" : t === "S" ? (i % 2 ? "之子" : "之女") : (i % 3 ? "之子" : "之母");
      let labour, work, school = "否", birth;
      if (t === "E") {
        labour = eCount % 8 === 3 ? "弱劳动力或半劳动力" : eCount % 7 === 2 ? "技能劳动力" : "普通劳动力";
        work = ["无", "乡镇内务工", "县内务工"][eCount % 3];
        const yr = k === 0 ? 1966 + (eCount * 7) % 15 : k === 1 ? 1968 + (eCount * 5) % 15 : 1995 + eCount % 7;
        birth = String(yr) + String(1 + (eCount * 5) % 12).padStart(2, "0") + String(1 + (eCount * 11) % 28).padStart(2, "0");
        eCount += 1;
      } else if (t === "M") {
        labour = "普通劳动力"; work = i % 2 ? "省外务工" : "县外省内务工";
        birth = "19" + String(85 + (i % 10)) + "0" + String(1 + (i % 9)) + "1" + String(i % 9);
      } else if (t === "N") {
        labour = "丧失劳动力"; work = "无"; birth = "19" + String(42 + i % 10) + "0" + String(1 + i % 9) + "2" + String(i % 9);
      } else {
        labour = "无劳动力"; work = "无"; school = i % 2 ? "是（初中）" : "是（小学）"; birth = "20" + String(10 - (i % 5)).padStart(2, "0") + "0" + String(1 + i % 9) + "0" + String(1 + i % 9);
      }
      PP.push({ t, name: SUR[i % SUR.length] + GIVEN[i], vil, hh: hi, rel, labour, work, school, birth });
    });
  });
  assert(PP.length === 52, "52 persons got " + PP.length);
  assert(new Set(PP.map((p) => p.name)).size === 52, "unique names");
  PP.forEach((p, i) => { p.id = makeId(AREA, p.birth, 101 + i * 17, i === 8 || i === 30); });
  assert(new Set(PP.map((p) => p.id)).size === 52, "unique ids");
  const isEligible = (p) => ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"].includes(p.labour) && !["省外务工", "县外省内务工"].includes(p.work);
  const E = PP.filter((p) => p.t === "E");
  assert(E.length === 40 && PP.filter(isEligible).length === 40, "40 eligible");
  assert(E.filter((p) => p.labour === "弱劳动力或半劳动力").length >= 4, "some 弱/半");
  const Mg = PP.filter((p) => p.t === "M"), Nl = PP.filter((p) => p.t === "N");
  assert(Mg.length === 5 && Nl.length === 3 && PP.filter((p) => p.t === "S").length === 4, "5 M 3 N 4 S");
  {
    const r = [span("全国扶贫开发信息系统　贫困人口基础信息（导出）", 13), span("导出范围：广东省清远市连山壮族瑶族自治县　省定贫困村　导出时间：2021-06-30　导出人：县乡村振兴局", 13),
      ["序号", "市", "县", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "劳动技能", "务工状况", "务工时间（月）", "在校生状况"]];
    const townOf = (v) => TOWNS.find((t) => t[3].includes(v))[0];
    PP.forEach((p, i) => r.push([i + 1, "清远市", "连山壮族瑶族自治县", townOf(p.vil), p.vil + "委会", "44182510" + String(3000 + p.hh * 7).padStart(6, "0"), p.name, p.id, p.rel, p.labour, p.work,
      p.work === "无" ? 0 : p.work.includes("外") ? 10 : 6, p.school]));
    r.push(span("注（县商务局加）：按市乡村振兴局口径，劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的算有劳动能力，“丧失劳动力”“无劳动力”的算无劳动能力；务工状况为“省外务工”“县外省内务工”的是外出务工，“县内务工”“乡镇内务工”不算外出务工。", 13));
    sheets.push(sheet("附表5 贫困人口", r, ["A1:M1", "A2:M2", `A${r.length}:M${r.length}`]));
  }

  // ---------------------------------------------------------------- 附表4-1 培训期次
  const SES = [
    [2020, 1, "2020.9.17", "2020-09-17", "县电商中心", "农村电商基础", 52],
    [2020, 2, "2020年10月22日", "2020-10-22", "太保镇", "网店开设与运营", 60],
    [2020, 3, D("2020-11-26"), "2020-11-26", "禾洞镇", "沙糖桔网络销售", 58],
    [2020, 4, "2020.12.17", "2020-12-17", "县电商中心", "年货节促销", 66],
    [2021, 5, "2021.1.14", "2021-01-14", "福堂镇", "农产品包装与寄递", 48],
    [2021, 6, "2021.3.18", "2021-03-18", "县电商中心", "短视频拍摄", "70人次"],
    [2021, 7, "2021.4.8-9", "2021-04-09", "县电商中心", "直播带货（两天）", 96],
    [2021, 8, D("2021-04-22"), "2021-04-22", "小三江镇", "土蜂蜜网销", 55],
    [2021, 9, "2021.5.27", "2021-05-27", "上帅镇", "社群营销", 62],
    [2021, 10, "21.6.17", "2021-06-17", "永和镇", "农村电商基础", 75],
    [2021, 11, "2021.7.15", "2021-07-15", "县电商中心", "直播进阶", 68],
    [2021, 12, "2021.7.29", "2021-07-29", "吉田镇", "网店美工", 80],
    [2021, 13, "2021.8.19", "2021-08-19", "县电商中心", "瑶族特色产品推介", 110],
    [2021, 14, "2021.9.2", "2021-09-02", "太保镇", "冷链物流", 64],
  ];
  const sn = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesOk = SES.filter((s) => dateOk(s[3])).reduce((a, s) => a + sn(s[6]), 0);
  const sesAll = SES.reduce((a, s) => a + sn(s[6]), 0);
  assert(sesOk === 900 && sesAll === 964, "sessions 900 / 964");
  {
    const r = [span("连山县电子商务培训开展情况统计表（普及培训、增值培训）", 6), ["期次", "培训日期", "培训地点", "培训内容", "参训人次", "备注"]];
    const m = ["A1:F1"];
    [2020, 2021].forEach((y) => {
      const ys = SES.filter((s) => s[0] === y);
      ys.forEach((s) => r.push(["第" + s[1] + "期", s[2], s[4], s[5], s[6], s[1] === 7 ? "两天一期" : s[1] === 14 ? "9月培训" : null]));
      r.push([y + "年小计", null, null, ys.length + "期", ys.reduce((a, s) => a + sn(s[6]), 0), null]);
      m.push(`A${r.length}:C${r.length}`);
    });
    r.push(["合计", null, null, SES.length + "期", sesAll, null]); m.push(`A${r.length}:C${r.length}`);
    r.push(span("注：贫困户电商专场（3期）按人签到，名单见附表4-2，不在本表人次内。", 6)); m.push(`A${r.length}:F${r.length}`);
    sheets.push(sheet("附表4-1 培训期次", r, m));
  }

  // ---------------------------------------------------------------- 附表4-2 贫困户专场签到（分块）
  const e = (k) => E[k], mg = (k) => Mg[k];
  const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  const BA = range(0, 21).map(e).concat([mg(0), mg(1), Nl[0]]);
  const BB = range(22, 25).map(e).concat(range(0, 17).map(e), [mg(2), mg(0)]);
  const BC = range(26, 29).map(e).concat([e(0), e(1)]);
  const order = (arr, k) => arr.map((p, i) => [((i * k) % arr.length), p]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
  const BLK = [
    ["第一期", "2020年11月19日", "2020-11-19", "县电商公共服务中心", order(BA, 7)],
    ["第二期", "2021年5月13日", "2021-05-13", "禾洞镇政府会议室", order(BB, 5)],
    ["第三期", "2021年9月9日", "2021-09-09", "太保镇文化站", BC],
  ];
  assert(E[5].id.endsWith("X") && BB.includes(E[5]), "lower-case x person");
  assert(BA.length === 25 && BB.length === 24 && BC.length === 6, "block sizes");
  BLK.forEach((b) => assert(new Set(b[4]).size === b[4].length, "no dup within block"));
  {
    const r = [span("连山县建档立卡贫困户电子商务专场培训签到表", 6)], m = ["A1:F1"];
    BLK.forEach((b) => {
      r.push([null, null, null, null, null, null]);
      r.push(span(b[0] + "　培训时间：" + b[1] + "　地点：" + b[3], 6)); m.push(`A${r.length}:F${r.length}`);
      r.push(["序号", "姓名", "身份证号", "所在村", "联系电话", "签名"]);
      b[4].forEach((p, i) => r.push([i + 1, p.name, b[0] === "第二期" && p === E[5] ? p.id.slice(0, 17) + "x" : p.id, p.vil, "1382765" + String(3000 + PP.indexOf(p) * 41).padStart(4, "0"), p.name]));
      r.push(["本期" + b[4].length + "人", null, null, null, null, null]);
    });
    sheets.push(sheet("附表4-2 贫困户专场签到", r, m));
  }
  const signOk = BLK.filter((b) => dateOk(b[2])).reduce((a, b) => a.concat(b[4]), []);
  assert(signOk.length === 49, "49 sign-ins to cut-off");
  const trainedAll = new Set(signOk);
  const trainedElig = new Set(signOk.filter(isEligible));
  assert(trainedAll.size === 30 && trainedElig.size === 26, "30 persons, 26 eligible");
  assert(trainedElig.size * 100 >= 40 * 50 && trainedElig.size * 100 < 40 * 70, "26/40 = 65%");
  const personTimes = sesOk + signOk.length;
  assert(personTimes === 949 && personTimes * 1000 < 98600 * 10 && personTimes * 1000 >= 98600 * 8, "949/98600 → 8");
  assert(sesAll + BLK.reduce((a, b) => a + b[4].length, 0) === 1019, "clerk's 1,019 includes September");

  // ---------------------------------------------------------------- 附表6 入驻企业
  // [name, type, date cell, iso, status, left cell, note, codeOf]
  const EN = [
    ["连山县壮乡优品电子商务有限公司", "销售型", "2020.12.8", "在园", null, null],
    ["清远市连山瑶山宝网络科技有限公司", "平台型", "2020.12.8", "在园", null, null],
    ["连山县吉田快递共配中心有限公司", "物流企业", "2020.12.15", "在园", null, null],
    ["连山县云端电商运营服务有限公司", "电商运营商", D("2020-12-15"), "在园", null, "中心运营方"],
    ["连山县壮乡农品电子商务有限公司", "销售型", "2020.12.22", "在园（已更名，见第17行）", null, null],
    ["连山县大旭山茶叶网店", "销售型", "2021.1.6", "在园", null, null],
    ["连山县禾洞沙糖桔电子商务有限公司", "销售型", "2021.1.6", "在园", null, null],
    ["连山县瑶家腊味网店", "销售型", "2021.1.20", "在园", null, null],
    ["清远市连山直播文化传媒有限公司", "直播服务", "2021.2.3", "在园", null, null],
    ["连山县小三江土蜂蜜网店", "销售型", "2021.2.24", "在园", null, null],
    ["连山县福堂竹笋电子商务有限公司", "销售型", "2021.3.10", "已退出", "2021.6.30", "经营不善退园"],
    ["连山县上帅物流有限公司", "物流企业", "2021.3.10", "在园", null, null],
    ["连山县永和山货电子商务有限公司", "销售型", "2021.3.24", "在园", null, null],
    ["连山县壮锦工艺品网店", "销售型", "21.4.7", "在园", null, null],
    ["连山县金竹农业电子商务有限公司", "销售型", "2021.4.7", "在园", null, null],
    ["清远市连山农特产品供应链有限公司", "物流企业", "2021年4月", "在园", null, null],
    ["清远壮乡农品供应链有限公司", "销售型", "2021.4.2", "在园", null, "即第5行企业，2021年3月更名，统一社会信用代码不变，重签入驻协议"],
    ["连山县鹿鸣电商代运营有限公司", "电商运营商", "2021.5.19", "在园", null, null],
    ["连山县太保米业网店", "销售型", "2021.6.2", "在园", null, null],
    ["连山县西联百香果电子商务有限公司", "销售型", "2021.7.14", "在园", null, null],
    ["连山县加田油茶网店", "销售型", "2021.8.18", "在园", null, null],
  ];
  const code = (i) => (i === 16 ? code(4) : (/网店$/.test(EN[i][0]) ? "92" : "91") + "441825MA5" + String(1000 + i * 137).padStart(4, "0") + "T" + String(11 + i * 3).padStart(2, "0"));
  {
    const r = [span("连山县电子商务产业园入驻企业清单", 8), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "退出日期", "备注"]];
    EN.forEach((x, i) => { assert(code(i).length === 18, "code len"); r.push([i + 1, x[0], code(i), x[1], x[2], x[3], x[4], x[5]]); });
    r.push(["合计", null, null, null, null, "在园20家", null, null]);
    sheets.push(sheet("附表6 入驻企业", r, ["A1:H1"]));
  }
  const inPark = EN.map((x, i) => i).filter((i) => !EN[i][4]);
  assert(inPark.length === 20, "20 rows in park");
  const distinctIn = new Set(inPark.map(code));
  assert(distinctIn.size === 19, "19 distinct by code");
  assert(new Set(inPark.map((i) => EN[i][1])).size >= 3, "types ≥ 3");

  // ---------------------------------------------------------------- 附表7 国库集中支付明细
  // [voucher, iso, project, nature, payee, amount, status, note]
  const FU = [
    ["2020-06-12", "县电子商务公共服务中心装修工程", "省级专项", "连山县壮乡建设工程有限公司", 860000, "已支付", null],
    ["2020-09-25", "公共服务中心设备购置及运营", "省级专项", "连山县云端电商运营服务有限公司", 420000, "已支付", null],
    ["2020-10-15", "村级站点门头装修补助", "县级配套", "各镇人民政府", 200000, "已支付", null],
    ["2020-12-18", "村级电商服务站点建设（第一批）", "省级专项", "连山县云端电商运营服务有限公司", 540000, "已支付", null],
    ["2021-01-22", "农村电商培训服务（上半年）", "省级专项", "清远市易学电商培训中心", 280000, "已退回", "收款账号有误，资金退回国库；1月28日重新支付"],
    ["2021-01-28", "农村电商培训服务（上半年）", "省级专项", "清远市易学电商培训中心", 280000, "已支付", "重新支付"],
    ["2021-03-30", "县镇村三级物流体系建设", "省级专项", "连山县吉田快递共配中心有限公司", 610000, "已支付", null],
    ["2021-04-16", "物流配送车辆购置", "县级配套", "连山县吉田快递共配中心有限公司", 150000, "已支付", null],
    ["2021-06-08", "村级电商服务站点建设（第二批）", "省级专项", "连山县云端电商运营服务有限公司", 450000, "已支付", null],
    ["2021-08-20", "品牌推广及网络促销活动", "省级专项", "清远市连山直播文化传媒有限公司", 260000, "已支付", null],
    ["2021-09-06", "农村电商培训服务（下半年）", "省级专项", "清远市易学电商培训中心", 300000, "已支付", null],
  ];
  const paidAll = FU.filter((f) => f[5] === "已支付").reduce((a, f) => a + f[4], 0);
  const spent = FU.filter((f) => f[5] === "已支付" && f[2] === "省级专项" && dateOk(f[0])).reduce((a, f) => a + f[4], 0);
  assert(spent === 3420000 && spent * 100 < 5000000 * 70, "3,420,000/5,000,000 = 68.4% < 70%");
  assert(FU.filter((f) => dateOk(f[0])).reduce((a, f) => a + f[4], 0) * 100 >= 5000000 * 70, "naive (all rows) ≥ 70%");
  assert(paidAll === 4070000, "paid all 4,070,000");
  {
    const r = [span("连山壮族瑶族自治县财政国库集中支付系统　支付凭证明细查询", 9), span("查询条件：项目名称含“电子商务进农村”　支付日期 2020-01-01 至 2021-09-10　打印时间：2021-09-10 15:02", 9),
      ["支付凭证号", "支付日期", "预算单位", "项目名称", "资金性质", "收款人", "支付金额（元）", "支付状态", "备注"]];
    FU.forEach((f, i) => r.push(["ZF" + f[0].replace(/-/g, "") + String(i + 1).padStart(3, "0"), D(f[0]), "连山县商务局", f[1], f[2], f[3], f[4], f[5], f[6]]));
    r.push(["合计（已支付）", null, null, null, null, null, paidAll, null, null]);
    r.push(span("注（县商务局加）：本表为国库集中支付系统导出，含县级配套资金。省级专项资金拨付只算“资金性质”为“省级专项”且“支付状态”为“已支付”的凭证；“已退回”凭证的资金已退回国库，未拨出。", 9));
    sheets.push(sheet("附表7 国库支付明细", r, ["A1:I1", "A2:I2", `A${r.length - 1}:F${r.length - 1}`, `A${r.length}:I${r.length}`]));
  }

  // ---------------------------------------------------------------- 附表8 月报发文登记（OA）
  const REP = [
    ["连商〔2020〕61号", "2020年9月", "2020-09-28 16:12", "已签收", null],
    ["连商〔2020〕68号", "2020年10月", "2020-10-29 10:40", "已签收", null],
    ["连商〔2020〕75号", "2020年11月", "2020-11-26 15:31", "已签收", null],
    ["连商〔2020〕83号", "2020年12月", "2020-12-28 09:05", "已签收", null],
    ["连商〔2021〕6号", "2021年1月", "2021-01-27 17:20", "已签收", null],
    ["连商〔2021〕12号", "2021年2月", "2021-02-25 11:02", "已签收", null],
    ["连商〔2021〕19号", "2021年3月", "2021-03-29 16:45", "退回", "市局退回：电商扶贫统计表数据有误"],
    ["连商〔2021〕21号", "2021年3月", "2021-03-31 10:18", "已签收", "重报"],
    ["连商〔2021〕28号", "2021年4月", "2021-04-28 15:50", "已签收", null],
    ["连商〔2021〕35号", "2021年5月", "2021-05-27 09:36", "已签收", null],
    ["连商〔2021〕43号", "2021年6月", "2021-06-28 16:20", "已签收", null],
    ["连商〔2021〕50号", "2021年7月", "2021-07-28 14:08", "已签收", null],
    ["连商〔2021〕57号", "2021年8月", "2021-08-27 11:44", "已签收", null],
  ];
  assert(monthsCovered(REP.map((x) => x[2].slice(0, 10))) === 12, "12 report months");
  {
    const r = [span("连山县商务局公文发文登记（电子公文交换系统导出）　主送：清远市商务局", 6), ["发文字号", "标题", "主送单位", "发送时间", "办理状态", "备注"]];
    REP.forEach((x) => r.push([x[0], "连山县商务局关于报送" + x[1] + "电子商务进农村综合示范工作进展及电商扶贫统计情况的报告", "清远市商务局", x[2], x[3], x[4]]));
    sheets.push(sheet("附表8 月报发文登记", r, ["A1:F1"]));
  }

  // ---------------------------------------------------------------- 附表9 专栏信息发布记录（网站后台）
  // [title, created, published|null, status]
  const DIS = [
    ["连山壮族瑶族自治县电子商务进农村综合示范创建工作方案", "2020-01-08 09:30", "2020-01-09 10:00", "已发布"],
    ["连山县电子商务进农村综合示范项目基本信息公示", "2020-07-15 15:12", "2020-07-16 09:20", "已发布"],
    ["示范项目建设进度（2020年9月）", "2020-09-21 08:55", "2020-09-21 16:30", "已发布"],
    ["电商进农村专栏监督举报电话及邮箱", "2020-10-12 10:02", "2020-10-12 10:05", "已发布"],
    ["示范项目建设进度（2020年10月）", "2020-10-20 09:10", "2020-10-20 15:00", "已发布"],
    ["示范项目建设进度（2020年11月）", "2020-11-20 09:00", "2020-11-20 11:40", "已发布"],
    ["示范项目建设进度（2020年12月）", "2020-12-21 10:30", "2020-12-21 17:10", "已发布"],
    ["示范项目建设进度（2021年1月）", "2021-01-20 09:45", "2021-01-20 14:22", "已发布"],
    ["示范项目建设进度（2021年2月）", "2021-02-09 16:00", null, "草稿"],
    ["示范项目建设进度（2021年3月）", "2021-03-22 09:18", "2021-03-22 10:00", "已发布"],
    ["示范项目建设进度（2021年4月）", "2021-04-20 08:50", "2021-04-20 09:30", "已发布"],
    ["示范项目建设进度（2021年5月）", "2021-05-20 15:33", "2021-05-20 16:01", "已发布"],
    ["示范项目建设进度（2021年6月）", "2021-06-21 09:00", "2021-06-21 09:40", "已发布"],
    ["示范项目建设进度（2021年7月）", "2021-07-20 10:12", "2021-07-20 11:00", "已发布"],
    ["示范项目建设进度（2021年8月）", "2021-08-20 09:26", "2021-08-20 10:15", "已发布"],
    ["2021年8月资金拨付情况", "2021-08-30 17:40", null, "草稿"],
    ["示范项目建设进度（2021年9月）", "2021-09-22 09:05", "2021-09-22 09:50", "已发布"],
  ];
  const disPub = DIS.filter((x) => x[2]).map((x) => x[2].slice(0, 10));
  assert(monthsCovered(disPub) === 11, "disclosure 11 months (no 2021-02)");
  assert(monthsCovered(DIS.map((x) => x[1].slice(0, 10))) === 12, "naive by created time 12");
  {
    const r = [span("连山县人民政府门户网站内容管理系统　信息列表导出（栏目：专题专栏 > 电子商务进农村综合示范）", 7),
      ["信息ID", "标题", "所属栏目", "创建时间", "发布时间", "状态", "创建人"]];
    DIS.forEach((x, i) => r.push([String(20200108 + i * 3791), x[0], "专题专栏/电子商务进农村综合示范", x[1], x[2], x[3], "商务局-韦××"]));
    r.push(span("注：状态为“草稿”的信息未对外发布。", 7));
    sheets.push(sheet("附表9 专栏发布记录", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }

  // ---------------------------------------------------------------- 附表10 宣传报道、附表11 经验材料
  {
    const r = [span("连山县电子商务进农村宣传报道登记", 7), ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
      [1, "2020.12.15", "清远日报", "市级", "报纸", "连山：村级电商站点让山货出山", "否"],
      [2, "2021年3月", "连山电视台", "县级", "电视", "我县举办电商直播培训", "否"],
      [3, "2021.6.24", "广东广播电视台珠江频道", "省级", "电视", "连山瑶家山货搭上直播快车", "是"],
      [4, "2021.9.10", "中央电视台农业农村频道", "国家级", "电视", "瑶山里的直播间", "是"]];
    sheets.push(sheet("附表10 宣传报道", r, ["A1:G1"]));
    const q = [span("经验材料报送登记", 4), ["报送日期", "材料名称", "报送对象", "方式"], ["2021.6.18", "连山县“电商＋扶贫”助力瑶乡群众增收经验材料", "清远市商务局", "公文交换"]];
    sheets.push(sheet("附表11 经验材料", q, ["A1:D1"]));
  }
  sheets.push(sheet("选项", [["是", "有", "√"], ["否", "无", "×"], ["同左", null, null]], null, { hidden: true }));
  const ORDER = ["封面", "附表1 数据表", "附表2 村居名单", "附表3 站点台账", "附表4-1 培训期次", "附表4-2 贫困户专场签到", "附表5 贫困人口", "附表6 入驻企业",
    "附表7 国库支付明细", "附表8 月报发文登记", "附表9 专栏发布记录", "附表10 宣传报道", "附表11 经验材料", "选项"];
  assert(ORDER.length === sheets.length, "order covers all");
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sumPts(points);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  assert(scored === 77 && bonus === 1, "77 + 1 got " + scored);
  assert(Math.round((9140 / 6820 - 1) * 1000) === 340 && 27150 / 21360 - 1 < 0.3, "agri 34.0%, rural 27.1%");
  write("counties/b119-c1-lianshan.json", {
    description:
      "清远市连山壮族瑶族自治县商务局交的整本考评工作簿（14个表：封面、附表1—附表11，另有隐藏的下拉“选项”表），78分（自评98）。数据表是沿用的《2020年中期评估数据表》：第2行写明D列是2020年中期旧数、只作对照，E列是本次考评数（截至2021.8.31），E列“同左”即与D列相同——行政村“同左”=48，成员单位“同左”（商务、财政、农业农村、扶贫办即后来的乡村振兴局），组长D列“副县长”、E列“县长” → 主要领导；中心D列“2020.5.20（试运营）”不读，E列2020年9月28日；摄影美工D“无”E“有”；其他衍生增值服务“同左”=无；累计拨付E列“见附表7”。表下另有“九、自评得分”块（E列自评分、F列分项）。台账：附表2是统计用区划代码复制件（镇级行如“441825100000 吉田镇”不是村；“…社区居委会”是社区；E列快递全√）；附表3站点36行（吉田社区镇级站、沙田村两站、茶山村2021.9.7不算；“20年11月”“21年3月”按月，“21.2.25”两位年份）；附表4-1期次表有“2020年小计”“2021年小计”“合计”行（不是期次），“70人次”文本，“2021.4.8-9”按末日，第14期9月2日不算；附表4-2贫困户专场分三块，日期在每块标题里，第三期2021年9月9日不算，第二期一人身份证末位小写x；附表5扶贫系统导出，注写明“弱劳动力或半劳动力”算有劳动能力、“县外省内务工”“省外务工”算外出；附表6企业21行，第11行2021.6.30退出，第17行是第5行更名（信用代码相同）→ 在园19家；附表7国库支付导出含“县级配套”和“已退回”凭证，注写明只算省级专项已支付；附表8 OA发文登记，3月一份退回后重报；附表9网站后台导出，2021年2月只有“草稿”（未发布）；附表10央视9月10日播出在截止日后。",
    sheets,
    expect: { asOf: "2021-08-31", total: scored + bonus, bonus, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 附表1第6行E列组长“县长”（D列旧数副县长不读）= 主要领导；第7行E列“同左”= 商务局、财政局、农业农村局、扶贫办（现乡村振兴局）都在 → 2",
      "org.plan: 工作方案“同左”= 已印发（连府办〔2019〕61号）；自评块方案制定2 → 2",
      "org.policy: E列“已出台”（2020年11月）；自评块政策支持2 → 2",
      "org.management: 自评块说明“项目管理制度2分，工作台账1分” → 3",
      "work.center: 中心E列2020-09-28运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2（D列试运营日不读）；免费培训“同左”有 2；免费展示销售 1；免费摄影美工E列“有” 1；统一推广 1；其他衍生增值服务“同左”=无 0；产业园E列已建成 2；附表6在园：21行去掉第11行（2021.6.30退出）= 20行，第17行与第5行信用代码相同（更名）算一家 → 19家 < 20 → 0（数据表称20家）；类型 销售型、平台型、物流企业、电商运营商、直播服务 ≥ 3 → 1；合计 12（自评14）",
      "work.coverage: 附表2村委会48个（4个社区居委会、镇级行不计）；附表3截止日前有站的村委会：吉田镇6（沙田两站算一次）、太保镇5、禾洞镇4、福堂镇5、小三江镇5、上帅镇4、永和镇4 = 33；吉田社区镇级站不计，茶山村2021.9.7不算；33/48 = 68.75% → 50%–70% → 2；省定贫困村9个（西联、山洲、欧家、大旭“21年3月”、金竹、龙坪、加田2021.8.31当天、红岩、石门）全部有站 → 100% → 5；合计 7（自评10）",
      "work.upward: 网销调研2；网络促销1；第三方运营服务商“同左”有 1；附表2快递列48个村委会全√ → 1；交易标准与冷链溯源1；农产品网零 9,140/6,820 = +34.0% ≥ 30% → 2（农村网零 27,150/21,360 = +27.1% 不够，但任一达标即可）；合计 8",
      "work.training: 人次 = 附表4-1截止日前13期 52+60+58+66+48+70+96+55+62+75+68+80+110 = 900（小计、合计行不算，第14期9月2日64人次不算）＋ 附表4-2第一期25行、第二期24行 = 49（第三期9月9日6行不算）= 949；基数 min(98,600, 500,000) = 98,600；949/98,600 = 0.96% → 0.8%–1%（不含）→ 8（数据表1,019含9月）。贫困人口：附表5共52人，有劳动能力（普通、技能、弱或半劳动力）且非外出务工（省外、县外省内）= 40人；截止日前签到的30人中，3人外出务工、1人丧失劳动力，符合条件的 26人；26/40 = 65% ≥ 50% → 10；合计 18（自评20）",
      "info.disclosure: E列创建方案、项目基本信息、建设进度、监督举报窗口都为是 → 2；附表9已发布信息在2020-09…2021-08缺2021年2月（只有草稿，未发布）→ 11个月 → 不定时 1；合计 3（自评4）",
      "info.reporting: 附表8 2020年9月…2021年8月每月都有发送（3月退回后31日重报）→ 3；每份都是“工作进展及电商扶贫统计情况”，E列能统计电商扶贫“同左”是 → 3；合计 6",
      "promo.cases: 附表11 2021.6.18向清远市商务局报送经验材料 → 2",
      "promo.media: 截止日前：广东广播电视台珠江频道（省级）→ 4；清远日报（市级）→ 3；连山电视台“2021年3月”（县级）→ 1；央视2021.9.10在截止日后；合计 8",
      "fund.system: 资金管理制度“同左”是；自评块5 → 5",
      "fund.ledger: 资金专用台账“同左”是；自评块4 → 4",
      "fund.spending: 附表7截止日前省级专项已支付 860,000+420,000+540,000+280,000（1月28日重付）+610,000+450,000+260,000 = 3,420,000元（1月22日已退回那笔、两笔县级配套35万、9月6日30万都不算）；下达500万元（“同左”）；3,420,000/5,000,000 = 68.4% < 70% → −5（自评4）",
      "bonus.poorTraining: 26/40 = 65% < 70% → 0（自评2：30/40，把外出务工和丧失劳动力的参训者也算了）",
      "bonus.tvCase: 广东广播电视台珠江频道2021.6.24播出电商扶贫典型案例（省级电视）→ 1；央视9月10日在截止日后 → 不是2（自评2）",
      "veto.incident: 安全生产、质量事故“同左”= 无 → 0，不否决",
      "veto.progress: E列项目总体进度88% ≥ 40% → 0，不否决（支出率68.4%只扣资金支出分）",
      "veto.fraud: 弄虚作假“同左”= 无 → 0，不否决",
      "total: 2+2+2+3+12+7+8+18+3+6+2+8+5+4−5 = 77，加分1，合计78；自评94＋4 = 98",
    ],
  });
})();

// =====================================================================================
// facts/b119-f1-raoping: 潮州饶平县 — 表格式《领导小组会议纪要》：左栏项目、右栏合并大格，汇报、讨论、议定都是格内换行的编号段落
// =====================================================================================
(function f1() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  const item = (label, text) => { rows.push([label, text, null, null]); merges.push(`B${rows.length}:D${rows.length}`); };
  full("饶平县电子商务进农村综合示范创建工作领导小组");
  full("会 议 纪 要");
  full("〔2021〕第3期　　　　　　　　　　　　　　　　　　　　饶平县电子商务进农村综合示范创建工作领导小组办公室　2021年9月6日印发");
  item("会议名称", "领导小组第三次全体（扩大）会议");
  item("会议时间", "2021年9月3日（星期五）上午9:00");
  item("会议地点", "县政府三楼第二会议室");
  item("主 持 人", "副县长 林××（领导小组副组长，受组长委托主持）");
  item("出席人员", "领导小组成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政管理局、县统计局、县融媒体中心主要负责同志；各镇（场）分管负责同志");
  item("请假人员", "县长 陈××（领导小组组长，出席市政府常务会议）");
  item("记 录 人", "县商务局 郑××");
  item("议　　题", "一、听取县商务局关于电子商务进农村综合示范创建完成情况及自评情况的汇报；\n二、研究部署迎接省考评组考评有关工作。");
  const REPORT = [
    "县商务局汇报（数据截至2021年8月31日）：",
    "1．组织保障。县政府成立以县长为组长、分管副县长为副组长的创建工作领导小组，成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局等14个部门。2019年12月县政府办公室正式印发《饶平县电子商务进农村综合示范工作实施方案》；2020年7月出台《饶平县促进农村电子商务发展扶持办法（试行）》。",
    "2．基本县情。全县常住人口76.3万人（第七次全国人口普查），辖21个镇（场），行政村353个、社区41个，其中省定相对贫困村42个。",
    "3．服务体系。县电子商务公共服务中心于2020年6月30日正式投入运营，设免费培训室和直播间，能常态化开展电商基础培训；设农特产品展示展销区，免费展示、销售本地特色农产品；统一推广“饶平单丛”“饶平狮头鹅”等区域品牌；提供代办工商注册、对接金融贷款等衍生增值服务；摄影、美工服务按成本收费。整合钱东镇闲置厂房建成县电商产业园。引入专业第三方电商运营服务商负责中心运营。物流快递已覆盖全部353个行政村。",
    "4．农产品上行。2019年全县农村网络零售额14.2亿元，2020年18.9亿元，同比增长33.1%；2020年农产品网络零售额5.62亿元。",
    "5．人才培训。累计开展电商培训282期、8,156人次。全县有劳动能力的建档立卡贫困人口（不含外出务工人员）6,842人，已参加电商培训3,517人。",
    "6．信息公开与报送。县政府门户网站开设“电子商务进农村”专栏，公开了创建方案、项目基本信息和项目建设进度；每月向市商务局报送工作进展，均附电商扶贫统计表。",
    "7．资金管理。制定了《饶平县电子商务进农村综合示范专项资金管理办法》，建立了资金专用台账。省级专项资金500万元，已拨付368.5万元。项目总体进度90%。创建以来未发生安全生产、质量事故。",
    "8．自评。对照省考评指标体系，初步自评91分。",
  ];
  item("汇报情况", REPORT.join("\n"));
  item("讨论意见", [
    "县统计局：2020年农村网络零售额应以县统计局核定数18.46亿元为准，汇报中的18.9亿元是电商平台估算数，不作为考评依据；按核定数，同比增长30.0%。",
    "县财政局：已拨付368.5万元与国库集中支付系统一致；剩余资金待项目验收后拨付。",
    "县乡村振兴局：有劳动能力的建档立卡贫困人口数已与扶贫开发信息系统核对无误。",
    "县商务局：专栏目前尚未设立征求意见或监督举报窗口，拟9月中旬增设。",
  ].join("\n"));
  item("会议议定", [
    "一、原则同意县商务局的汇报和自评意见。主观评分项自评为：方案制定2分，政策支持2分，项目管理制度2分，工作台账2分，网销调研2分，网络促销活动2分，交易标准与冷链溯源1分，资金管理制度5分，资金台账5分，资金及时拨付4分。",
    "二、2020年农村网络零售额及增速按县统计局核定数（18.46亿元、30.0%）修改汇报材料，其他数据不变。",
    "三、县商务局于9月15日前在专栏增设监督举报窗口。",
    "四、县财政局于9月底前再拨付100万元。",
    "五、各成员单位9月10日前将迎检佐证资料按指标装盒，交县商务局汇总。",
  ].join("\n"));
  item("分　　送", "领导小组组长、副组长，各成员单位，各镇（场）");
  rows.push([null, null, null, "（共印25份）"]);
  assert(Math.abs(18.46 / 14.2 - 1.3) < 1e-9, "30.0% exactly");
  assert(Math.round((18.9 / 14.2 - 1) * 1000) === 331, "old 33.1%");
  write("facts/b119-f1-raoping.json", {
    description:
      "潮州市饶平县电商进农村领导小组办公室印发的表格式《会议纪要》（〔2021〕第3期），被县商务局当事实表交来：标题三行（A:D合并），下面是左栏项目（会议名称、时间、地点、主持人、出席、请假、记录人、议题、汇报情况、讨论意见、会议议定、分送）、右栏B:D合并的大格，汇报、讨论、议定都是格内换行的编号段落。读法：事实都在“汇报情况”格（写明“数据截至2021年8月31日”）——领导小组“以县长为组长”，成员有商务、财政、农业农村、乡村振兴 → 主要领导、部门齐全（主持人是“受组长委托”的副县长，县长请假，都不改变组长是县长）；方案2019年12月正式印发、政策2020年7月出台；常住人口76.3万人；行政村353个（社区41个不读）、省定相对贫困村42个；中心2020年6月30日正式运营；免费培训、免费展示销售、统一推广品牌、代办注册和贷款对接（其他增值服务）为是，“摄影、美工服务按成本收费” → 免费摄影美工为否；建成产业园；有第三方运营服务商；快递覆盖全部行政村；2019年农村网零14.2亿元；2020年农村网零和增速要按“讨论意见”和“会议议定二”改用统计局核定的18.46亿元、30.0%（汇报格里的18.9亿元、33.1%作废）；2020年农产品网零5.62亿元（无2019年数）；培训8,156人次；有劳动能力贫困人口（不含外出务工）6,842人、参训3,517人；专栏公开方案、项目信息、进度，但“尚未设立征求意见或监督举报窗口” → 否（“9月15日前增设”是计划）；月报附电商扶贫统计 → 能统计；资金管理办法、专用台账都有；资金500万元、已拨付368.5万元；总体进度90%；未发生安全生产、质量事故。“会议议定一”列出十个主观项的自评分。不读的：自评91分只是总分；“9月底前再拨付100万元”是计划；282期、社区数、出席名单。",
    sheets: [sheet("会议纪要", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", planIssued: true, policyIssued: true, residentPopulation: 763000, adminVillagesStated: 353, poorVillagesStated: 42,
        centerOpened: "2020-06-30", centerFreeTraining: true, centerDisplay: true, centerBrand: true, centerOther: true, centerPhoto: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1420000000, ruralRetail2020: 1846000000,
        ruralRetailGrowthStated: 0.3, agriRetail2020: 562000000, trainingPersonTimesStated: 8156, eligiblePoorPersonsStated: 6842,
        trainedPoorPersonsStated: 3517, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 3685000,
        overallProgress: 0.9, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b119-f2-luhe: 汕尾陆河县 — 《迎检佐证资料清单》：指标和自评分纵向合并跨多行，事实在“摘要（关键数据）”和“是否齐全”里
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
  full("陆河县电子商务进农村综合示范创建考评佐证资料清单（迎检自查）");
  full("数据截至：2021年8月31日　　整理：县商务局电商办　　资料共18盒，按指标顺序装盒；“自评分”按指标填，主观分项写在备注");
  rows.push(["评价指标", "自评分", "序号", "佐证资料名称", "盒号", "是否齐全", "摘要（关键数据）", "备注"]);
  // [indicator label, claim cell, [[资料, 盒, 齐全, 摘要, 备注]...]]
  const G = [
    ["组织领导（2分）", 2, [
      ["关于成立陆河县电子商务进农村综合示范工作领导小组的通知（陆府办〔2019〕71号）", "1", "√", "组长：常务副县长；副组长：县政府办副主任、县商务局局长；成员单位：商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司", null],
      ["领导小组工作会议纪要（3次）及图片", "1", "√", "2020.3.12、2020.11.5、2021.6.18", null]]],
    ["方案制定（2分）", 2, [["陆河县电子商务进农村综合示范工作方案（陆府办〔2019〕88号）", "2", "√", "2019年12月正式印发", null]]],
    ["政策支持（2分）", 2, [["陆河县扶持农村电子商务发展十条措施（陆府办〔2020〕35号）", "2", "√", "2020年6月出台", "兑现情况附后"]]],
    ["项目管理（4分）", 4, [
      ["项目管理制度汇编", "3", "√", "招投标、验收、档案管理等7项制度", "项目管理制度2分"],
      ["工作台账（站点、培训、资金、月报等）", "3", "√", "共9本", "工作台账2分"]]],
    ["服务体系建设—县级中心与产业园（15分）", 8, [
      ["县电子商务公共服务中心运营资料", "4", "√", "2020年11月12日正式运营（2020年9月起试运营）", null],
      ["免费培训场所、设备照片及培训记录", "4", "√", "培训室1间60座，常态化开展电商基础培训", null],
      ["农特产品展示展销区照片", "4", "√", "免费展示、销售“陆河青梅”等特色农产品", null],
      ["摄影、美工服务协议", "4", "√", "与第三方签约，按件收费", "非免费，不得分"],
      ["“陆河青梅”区域品牌推广资料", "4", "√", "统一推广、指导品牌建设", null],
      ["其他衍生增值服务记录", "4", "×", "未开展", null],
      ["电商产业园资料", "—", "×", "未建产业园（依托中心孵化区）", "产业园3项不得分"]]],
    ["服务体系建设—村级站点覆盖（10分）", 10, [
      ["行政村清单", "5", "√", "行政村125个（另有社区8个）", null],
      ["省定贫困村清单", "5", "√", "省定贫困村27个", null],
      ["村级站点清单及视频", "5—6", "√", "站点98个，覆盖行政村91个、贫困村27个", null]]],
    ["农村产品上行（10分）", 6, [
      ["网销调研报告", "7", "√", "2020年8月完成", "网销调研2分"],
      ["网络促销活动总结", "7", "√", "青梅节、年货节等5场", "促销活动2分"],
      ["第三方运营服务商合同", "7", "√", "汕尾市粤东优品电子商务有限公司运营中心", "1分"],
      ["快递物流覆盖情况证明（县邮政管理局）", "8", "√", "行政村快递覆盖121个/125个（96.8%）", "未达100%，0分"],
      ["交易标准、冷链溯源资料", "8", "×", "“陆河青梅”电商交易标准在编；冷链依托第三方", "交易标准与冷链溯源1分"],
      ["农产品网络零售额统计（县统计局）", "8", "√", "2019年1.36亿元；2020年1.71亿元；同比增长25.7%", "未达30%，0分"]]],
    ["电商人才培训（20分）", 20, [
      ["常住人口证明（七普公报）", "9", "√", "常住人口26.3万人", null],
      ["培训通知、台账、签到表、照片", "9—11", "√", "累计培训3,105人次（占常住人口1.18%）", null],
      ["有劳动能力贫困人口数确认表（县乡村振兴局）", "12", "√", "有劳动能力的建档立卡贫困人口（不含外出务工）2,214人", null],
      ["参训贫困人口清单及签到表", "12", "√", "参训贫困人口1,160人（52.4%）", null]]],
    ["信息公开（4分）", 3, [
      ["县政府网专栏截图", "13", "√", "专栏公示创建方案、项目基本信息、项目建设进度，设监督举报邮箱", "内容全面2分"],
      ["专栏更新记录", "13", "√", "2020.9—2021.8共更新10个月（2021年2、3月未更新）", "不定时更新1分"]]],
    ["数据上报（6分）", 6, [
      ["向市商务局报送月报文件（12期）", "14", "√", "2020年9月至2021年8月每月报送", "3分"],
      ["电商扶贫统计表", "14", "√", "每期月报附电商扶贫统计", "3分"]]],
    ["案例总结（2分）", 2, [["经验材料报送文件", "15", "√", "2021年5月报送汕尾市商务局", null]]],
    ["经验推广（8分）", 4, [["媒体报道汇编", "15", "√", "汕尾日报2篇（市级）、陆河电视台3次（县级）", "市级3分＋县级1分"]]],
    ["制度建立（5分）", 5, [["陆河县电子商务进农村综合示范专项资金管理办法", "16", "√", "2019年12月印发", null]]],
    ["资金台账（5分）", 4, [["资金专用台账及凭证", "16", "√", "已建立", null]]],
    ["资金支出（5分）", 5, [["资金下达及拨付文件、凭证", "17", "√", "省级下达500万元；累计拨付391.2万元；支出率78.2%", "支出率超70%，及时拨付，主观分5分"]]],
    ["加分：贫困人口培训率≥70%（2分）", 0, [["—", "—", "—", "52.4%，未达70%", null]]],
    ["加分：电商扶贫典型案例获电视播报（2分）", 0, [["—", "—", "—", "无", null]]],
    ["否决：安全生产、质量事故", "—", [["安全生产情况说明", "18", "√", "创建期间无安全生产、质量事故", null]]],
    ["否决：项目建设进度", "—", [["项目进度表", "18", "√", "项目总体进度85%", null]]],
    ["否决：弄虚作假", "—", [["不弄虚作假承诺书", "18", "√", "未发生弄虚作假", null]]],
  ];
  let seq = 0;
  G.forEach((g) => {
    const top = rows.length + 1;
    g[2].forEach((x, k) => { seq += 1; rows.push([k === 0 ? g[0] : null, k === 0 ? g[1] : null, seq, x[0], x[1], x[2], x[3], x[4]]); });
    if (g[2].length > 1) merges.push(`A${top}:A${rows.length}`, `B${top}:B${rows.length}`);
  });
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 8, "work.coverage": 10, "work.upward": 6,
    "work.training": 20, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 4, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  const tot = G.filter((g) => typeof g[1] === "number").reduce((a, g) => a + g[1], 0);
  assert(tot === 83 && sumPts(claimed) === 83, "claimed 83");
  assert(2 + 2 + 2 + 1 + 0 + 1 + 0 === 8, "center claim 8");
  assert(2 + 2 + 1 + 0 + 1 + 0 === 6, "upward claim 6");
  rows.push(["合计", tot, null, null, null, null, "含加分0分", null]);
  assert(Math.round((1.71 / 1.36 - 1) * 1000) === 257, "25.7%");
  assert(Math.round(3912000 / 5000000 * 1000) === 782 && Math.round(1160 / 2214 * 1000) === 524 && Math.round(3105 / 263000 * 10000) === 118, "derived");
  write("facts/b119-f2-luhe.json", {
    description:
      "汕尾市陆河县商务局电商办的《考评佐证资料清单（迎检自查）》当事实表：两行标题（第2行写明数据截至2021年8月31日、自评分按指标填、主观分项写在备注），表头 评价指标｜自评分｜序号｜佐证资料名称｜盒号｜是否齐全｜摘要（关键数据）｜备注；“评价指标”和“自评分”两列按指标纵向合并，跨该指标的几行资料（值只在合并区左上格）；末行合计83。读法：事实在“摘要”和“是否齐全”里——领导小组组长“常务副县长”是副职 → 分管领导（自评仍写2分）；方案2019年12月正式印发、政策2020年6月出台；中心“2020年11月12日正式运营”（括号里的9月试运营不读）；免费培训、免费展示销售、统一推广品牌为是；摄影美工“按件收费” → 否；其他增值服务“×未开展” → 否；“未建产业园” → 否；行政村125个（社区8个不读）、省定贫困村27个；第三方运营服务商有；快递“121个/125个” → 未全覆盖；农产品网零2019年1.36亿元、2020年1.71亿元、增长25.7%；常住人口26.3万人；培训3,105人次；有劳动能力贫困人口（不含外出务工）2,214人、参训1,160人；专栏方案、项目信息、进度、监督举报邮箱都有；能统计电商扶贫；资金管理办法、资金专用台账都有；下达500万元、拨付391.2万元；总体进度85%；无事故、无弄虚作假。自评分（claimed）按合并格读，两项加分写0；否决行写“—”不是分。主观分：方案2、政策2（指标分）、项目管理制度2、工作台账2、网销调研2、促销2、交易标准与冷链溯源1（备注）、资金制度5、资金台账4、资金及时拨付5（资金支出备注“及时拨付，主观分5分”）。不读的：站点98个、覆盖91个村、支出率、占比、盒号、会议日期。",
    sheets: [sheet("佐证资料清单", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-11-12", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: false, parkBuilt: false, adminVillagesStated: 125, poorVillagesStated: 27,
        thirdPartyOperator: true, expressCoverage: false, agriRetail2019: 136000000, agriRetail2020: 171000000, agriRetailGrowthStated: 0.257,
        residentPopulation: 263000, trainingPersonTimesStated: 3105, eligiblePoorPersonsStated: 2214, trainedPoorPersonsStated: 1160,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 3912000, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b119-f3-yangshan: 清远阳山县 — 问卷星答卷导出（一题一列、一份答卷一行；矩阵题“题号(子项)”；多选用“┋”），三份答卷只有“通过”的一份有效
// =====================================================================================
(function f3() {
  const H = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
    "1、填报单位", "2、考评数据截止日期", "3、常住人口（万人）", "4、行政村个数（不含社区）", "5、省定贫困村个数",
    "6、创建工作领导小组组长（职务）", "7、领导小组成员单位【多选题】",
    "8、示范县工作方案是否已正式印发", "9、是否已出台支持农村电商发展的政策（资金、土地、人才等）",
    "10、县级电子商务公共服务中心正式投入运营日期",
    "11、县级中心服务情况—(免费培训场所、培训设备，能组织电商基础培训)", "11、县级中心服务情况—(为特色农产品提供免费展示、销售服务)",
    "11、县级中心服务情况—(为电子商务市场主体提供免费摄影、美工服务)", "11、县级中心服务情况—(组织农产品统一推广、指导特色农产品品牌建设)",
    "11、县级中心服务情况—(为电子商务发展提供其他衍生增值服务)",
    "12、是否建设或整合、优化当地电商产业园", "13、当地是否有专业第三方电子商务运营或服务商", "14、行政村物流快递覆盖率是否达到100%",
    "15、2019年农村网络零售额（万元）", "16、2020年农村网络零售额（万元）",
    "17、累计培训人次", "18、有劳动能力的建档立卡贫困人口数（不含外出务工）", "19、参加培训的建档立卡贫困人口数",
    "20、县政府网站专栏公示内容—(创建方案)", "20、县政府网站专栏公示内容—(项目基本信息)", "20、县政府网站专栏公示内容—(项目建设进度)",
    "20、县政府网站专栏公示内容—(征求意见或监督举报窗口)",
    "21、能否统计电商扶贫情况", "22、下达资金总额（万元）", "23、累计拨付资金（万元）", "24、项目总体进度（%）",
    "25、是否发生安全生产、质量事故或造成重大经济损失", "26、是否存在弄虚作假",
    "27、主观项自评—(方案制定 1-2分)", "27、主观项自评—(政策支持 1-2分)", "27、主观项自评—(项目管理制度 1-2分)", "27、主观项自评—(工作台账 1-2分)",
    "27、主观项自评—(网销调研 1-2分)", "27、主观项自评—(网络促销活动 1-2分)", "27、主观项自评—(交易标准与冷链溯源 1-2分)",
    "27、主观项自评—(资金管理制度 1-5分)", "27、主观项自评—(资金台账 1-5分)", "27、主观项自评—(资金及时拨付 1-5分)",
    "28、填表人", "29、联系电话", "审核状态", "审核意见"];
  const DEPTS = "商务局┋财政局┋农业农村局┋乡村振兴局┋交通运输局┋邮政管理局";
  const A1 = [1, "2021/9/1 10:05:33", "1562秒", "微信", "N/A", "113.108.×.×(广东-清远)",
    "阳山县商务局", "2021/9/1", 36.5, 156, 37, "副县长", "商务局┋财政局┋农业农村局",
    "是", "是", "2020/3/16",
    "是", "是", "否", "是", "是", "是", "是", "否",
    48600, 59300, 3870, 5230, 2315,
    "是", "是", "是", "否", "是", 500, 341.6, 80, "否", "否",
    1, 1, 2, 1, 2, 2, 1, 5, 4, 5, "黄××", "138****6621", "退回", "截止日期应为2021年8月31日；常住人口请用七普数；组长已调整为县长，请更正；主观分请按佐证材料重新自评"];
  const A2 = [2, "2021/9/3 09:12:51", "803秒", "微信", "N/A", "113.108.×.×(广东-清远)",
    "阳山县商务局", "2021/8/31", 37.02, 156, 37, "县委副书记、县长", DEPTS,
    "是", "是", "2020/4/28",
    "是", "是", "否", "是", "是", "是", "是", "否",
    48600, 593000000, 4016, 5230, 2410,
    "是", "是", "是", "否", "是", 500, 3628000, 82, "否", "否",
    2, 1, 2, 1, 1, 2, 1, 4, 4, 4, "黄××", "138****6621", "退回", "第16题、第23题单位应为万元"];
  const A3 = [3, "2021/9/6 16:42:10", "1283秒", "手机提交", "N/A", "223.104.×.×(广东-清远)",
    "阳山县商务局", "2021/8/31", 37.02, 156, 37, "县委副书记、县长", DEPTS,
    "是", "是", "2020/4/28",
    "是", "是", "否", "是", "是", "是", "是", "否",
    48600, 59300, 4016, 5230, 2410,
    "是", "是", "是", "否", "是", 500, 362.8, 82, "否", "否",
    2, 1, 2, 1, 1, 2, 1, 4, 4, 4, "黄××", "138****6621", "通过", "已核，与佐证材料一致"];
  [A1, A2, A3].forEach((a, i) => assert(a.length === H.length, "answer width " + (i + 1) + ": " + a.length + " vs " + H.length));
  const rows = [span("阳山县商务局电商股注：本表是问卷星“2019年省级电子商务进农村综合示范县考评基础数据填报”的答卷导出，共3份；第1、2份已被市商务局退回作废，以“审核状态”为“通过”的第3份为准。", H.length), H, A1, A2, A3];
  const col = (t) => H.indexOf(t);
  assert(A3[col("16、2020年农村网络零售额（万元）")] === 59300 && A3[col("23、累计拨付资金（万元）")] === 362.8, "A3 units");
  assert(Math.abs(59300 / 48600 - 1 - 0.22) < 0.001, "22.0% growth");
  write("facts/b119-f3-yangshan.json", {
    description:
      "清远市阳山县商务局交来当事实表的，是问卷星在线填报的答卷导出：第1行电商股加的注（写明共3份答卷，第1、2份被市商务局退回作废，以“审核状态”为“通过”的第3份为准），第2行是问卷星表头（序号、提交答卷时间、所用时间、来源、来源详情、来自IP，然后一题一列“1、填报单位”…“29、联系电话”，最后审核状态、审核意见），第3—5行三份答卷。矩阵题导出成“题号、题干—(子项)”的多列（11题中心五项服务、20题专栏四项、27题十个主观分）；多选题（7题成员单位）用“┋”连接。读法：只读第5行（第3份，通过）——截止日期“2021/8/31”；常住人口37.02万人；行政村156个；省定贫困村37个；组长“县委副书记、县长” → 县长是主要领导，成员单位有商务局、财政局、农业农村局、乡村振兴局 → 主要领导、部门齐全；方案已印发、政策已出台；中心“2020/4/28”投入运营；免费培训、展示销售、统一推广、其他增值服务为是，免费摄影美工为否；产业园是、第三方服务商是、快递全覆盖否；农村网零2019年48,600万元、2020年59,300万元（万元）；培训4,016人次；有劳动能力贫困人口（不含外出务工）5,230人、参训2,410人；专栏方案、项目信息、进度为是，征求意见或监督举报窗口为否；能统计电商扶贫；资金500万元、累计拨付362.8万元；总体进度82%；无事故、无弄虚作假；十个主观分。不读的：第1份（截止日期2021/9/1、常住人口36.5、组长副县长、中心2020/3/16、培训3870人次、拨付341.6万元，主观分也不同）和第2份（第16题写成593000000元、第23题3628000）都已退回；提交时间、IP、填表人、电话、审核意见。",
    sheets: [sheet("答卷数据", rows, [`A1:${colLetter(H.length - 1)}1`])],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "阳山县",
        asOf: "2021-08-31", residentPopulation: 370200, adminVillagesStated: 156, poorVillagesStated: 37, planIssued: true, policyIssued: true,
        centerOpened: "2020-04-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 486000000, ruralRetail2020: 593000000,
        trainingPersonTimesStated: 4016, eligiblePoorPersonsStated: 5230, trainedPoorPersonsStated: 2410,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3628000, overallProgress: 0.82, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b119-l1-heping: 河源和平县 — ①报名小程序“报名/签到”导出当培训台账（按报名时间排序，签到状态决定是否参训，日期在“报名场次”里）；
// ②站点验收情况横表（一列一个站点）；③隐藏的下拉选项表
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  const AREA = "441624";
  const SES = {
    S1: ["第1场｜2021年3月18日｜林寨镇｜农村电商基础", "2021-03-18"],
    S2: ["第2场｜2021年4月22日｜彭寨镇｜短视频拍摄", "2021-04-22"],
    S3: ["第3场｜2021年6月10日｜县电商公共服务中心｜猕猴桃网络销售", "2021-06-10"],
    S4: ["第4场｜2021年9月8日｜东水镇｜直播带货", "2021-09-08"],
  };
  const P = {
    ye: ["叶秀香", "19850312", 11, false, "林寨镇林寨村"], zeng: ["曾国平", "19780625", 23, false, "林寨镇兴井村"],
    zhu: ["朱建华", "19900907", 37, false, "彭寨镇彭寨村"], wen: ["温丽丽", "19921119", 41, true, "阳明镇城南社区"],
    huang: ["黄桂英", "19720204", 59, false, "彭寨镇下村"], chen: ["陈志明", "19881030", 61, false, "东水镇东水村"],
    liu: ["刘伟", "19950714", 73, false, "热水镇热水村"], xie: ["谢春梅", "19830518", 89, false, "上陵镇上陵村"],
    zhong: ["钟永强", "19800822", 97, false, "贝墩镇贝墩村"], luo: ["骆志华", "19870101", 103, false, "古寨镇古寨村"],
    li: ["李少芬", "19910415", 113, true, "合水镇合水村"],
  };
  const ID = {}; Object.keys(P).forEach((k) => { ID[k] = makeId(AREA, P[k][1], P[k][2], P[k][3]); });
  assert(ID.wen.endsWith("X") && ID.li.endsWith("X"), "X ids");
  // [提交时间, 昵称, person, id as written ('' = 未填), 场次, 状态, 签到时间]
  const R = [
    ["2021-03-10 08:12:44", "阿香", "ye", ID.ye, "S1", "已签到", "2021-03-18 08:51:02"],
    ["2021-03-10 09:40:17", "老曾", "zeng", ID.zeng, "S1", "已签到", "2021-03-18 08:55:40"],
    ["2021-03-11 20:15:03", "猕猴桃哥", "zhu", ID.zhu, "S1", "未签到", null],
    ["2021-03-12 12:03:29", "Lily", "wen", ID.wen.slice(0, 17) + "x", "S1", "已签到", "2021-03-18 09:02:11"],
    ["2021-03-15 07:30:55", "平安是福", "huang", ID.huang, "S1", "已取消", null],
    ["2021-03-16 21:10:08", "小陈", "chen", "", "S1", "已签到（工作人员代签）", "2021-03-18 09:20:00"],
    ["2021-04-12 18:22:31", "阿香", "ye", ID.ye, "S2", "已签到", "2021-04-22 08:47:15"],
    ["2021-04-13 10:05:42", "伟哥", "liu", ID.liu, "S2", "已签到", "2021-04-22 08:58:33"],
    ["2021-04-15 19:48:10", "猕猴桃哥", "zhu", ID.zhu, "S2", "已签到", "2021-04-22 09:01:07"],
    ["2021-04-18 11:31:26", "春梅", "xie", ID.xie, "S2", "未签到", null],
    ["2021-04-20 16:09:54", "永强", "zhong", ID.zhong, "S2", "已签到", "2021-04-22 09:05:48"],
    ["2021-05-28 09:14:37", "老曾", "zeng", ID.zeng, "S3", "已签到", "2021-06-10 08:40:22"],
    ["2021-05-30 22:41:05", "Lily", "wen", ID.wen, "S3", "已签到", "2021-06-10 08:44:19"],
    ["2021-06-01 07:58:13", "平安是福", "huang", ID.huang, "S3", "已签到", "2021-06-10 08:50:51"],
    ["2021-06-02 13:27:46", "志华", "luo", ID.luo, "S3", "已签到", "2021-06-10 08:52:09"],
    ["2021-06-05 20:03:58", "春梅", "xie", ID.xie, "S3", "已取消", null],
    ["2021-06-08 10:36:21", "芬芬", "li", ID.li, "S3", "已签到", "2021-06-10 09:11:36"],
    ["2021-06-09 17:52:40", "永强", "zhong", ID.zhong, "S3", "未签到", null],
    ["2021-08-30 11:19:02", "阿香", "ye", ID.ye, "S4", "已签到", "2021-09-08 08:49:27"],
    ["2021-09-01 15:44:30", "伟哥", "liu", ID.liu, "S4", "未签到", null],
    ["2021-09-02 08:30:16", "小陈", "chen", ID.chen, "S4", "已签到", "2021-09-08 08:53:05"],
    ["2021-09-05 19:06:48", "志华", "luo", ID.luo, "S4", "已签到", "2021-09-08 09:00:12"],
  ];
  {
    const r = [span("活动名称：和平县2021年农村电商普及培训　　报名表单数据导出", 11),
      span("导出时间：2021-09-09 10:22:31　　共" + R.length + "条　　导出人：县商务局 朱××", 11),
      ["序号", "提交时间", "微信昵称", "姓名", "身份证号码（选填）", "手机号", "所在镇村", "报名场次", "签到状态", "签到时间", "备注"]];
    R.forEach((x, i) => r.push([i + 1, x[0], x[1], P[x[2]][0], x[3] === "" ? null : x[3], "13" + String(612345678 + i * 7331).slice(0, 9), P[x[2]][4], SES[x[4]][0], x[5], x[6], null]));
    r.push(span("注（县商务局加）：以“签到状态”为准，“已签到”（含工作人员代签）的才算参训；“未签到”“已取消”的只报了名，没有参训。培训日期看“报名场次”，不是提交时间。", 11));
    sheets.push(sheet("报名签到导出", r, ["A1:K1", "A2:K2", `A${r.length}:K${r.length}`]));
    const recs = R.filter((x) => /^已签到/.test(x[5])).map((x) => ({ date: SES[x[4]][1], personTimes: 1, id: x[3] === "" ? null : x[3].toUpperCase() }));
    assert(recs.length === 16, "16 sign-ins got " + recs.length);
    R.filter((x) => x[6]).forEach((x) => assert(x[6].slice(0, 10) === SES[x[4]][1], "sign-in time matches session"));
    assert(recs[2].id === ID.wen, "lower-case x → X");
    expect["报名签到导出"] = { kind: "training", records: recs };
  }
  // ---------------------------------------------------------------- 站点验收横表
  // [编号, 镇, 村 as written, canonical, 验收日期, 结论, 挂牌 cell, iso|null, 备注]
  const STN = [
    ["HP-01", "阳明镇", "城南社区", "城南社区", "2020.12.1", "合格", "2020.12.8", "2020-12-08", "镇级站"],
    ["HP-02", "林寨镇", "林寨村民委员会", "林寨村", "2020.12.10", "合格", D("2020-12-18"), "2020-12-18", null],
    ["HP-03", "热水镇", "热水村委会", "热水村", "2021.1.6", "合格", "2021年1月", "2021-01", null],
    ["HP-04", "彭寨镇", "彭寨村", "彭寨村", "2021.3.30", "整改后合格", "21.4.16", "2021-04-16", "4月12日复验合格"],
    ["HP-05", "东水镇", "东水村", "东水村", "2021.5.14", "合格", "2021/5/20", "2021-05-20", null],
    ["HP-06", "上陵镇", "上陵村", "上陵村", "2021.3.2", "合格", "2021.3.9", "2021-03-09", null],
    ["HP-07", "下车镇", "云峰村", "云峰村", "2021.6.3", "不合格", "—", null, "门头、设备不达标，整改中，未挂牌"],
    ["HP-08", "贝墩镇", "贝墩村", "贝墩村", "2021.6.24", "合格", "2021.6.30", "2021-06-30", null],
    ["HP-09", "古寨镇", "古寨村", "古寨村", "2021.7.9", "合格", D("2021-07-15"), "2021-07-15", null],
    ["HP-10", "合水镇", "合水村", "合水村", "2021.8.27", "合格", "2021.9.3", "2021-09-03", "9月挂牌"],
    ["HP-11", "大坝镇", "大坝村委会", "大坝村", "2021.8.25", "合格", "2021.8.31", "2021-08-31", null],
  ];
  {
    const W = STN.length + 1;
    const r = [span("和平县村级电子商务服务站点验收情况表（横表，一列一个站点）", W), span("县商务局、县邮政分公司联合验收　　2021年9月整理", W)];
    const fields = [["站点编号", 0], ["所在镇", 1], ["所在村（社区）", 2], ["站点名称", -1], ["负责人", -2], ["验收日期", 4], ["验收结论", 5], ["挂牌运营日期", 6], ["备注", 8]];
    const NM = ["叶", "曾", "朱", "温", "黄", "陈", "刘", "谢", "钟", "骆", "李"];
    fields.forEach(([label, k]) => r.push([label].concat(STN.map((s, i) => (k === -1 ? s[3] + "电商服务站" : k === -2 ? NM[i] + "××" : s[k])))));
    r.push(span("注：验收“不合格”的站点未挂牌，不算建成站点；挂牌运营日期即建成日期。", W));
    sheets.push(sheet("站点验收", r, [`A1:${colLetter(W - 1)}1`, `A2:${colLetter(W - 1)}2`, `A${r.length}:${colLetter(W - 1)}${r.length}`]));
    expect["站点验收"] = { kind: "stations", records: STN.filter((s) => s[7]).map((s) => ({ village: s[3], opened: s[7] })) };
    assert(expect["站点验收"].records.length === 10, "10 stations");
  }
  {
    const r = [["验收结论", "签到状态", "镇"], ["合格", "已签到", "阳明镇"], ["整改后合格", "已签到（工作人员代签）", "林寨镇"], ["不合格", "未签到", "热水镇"],
      [null, "已取消", "彭寨镇"], [null, null, "东水镇"], [null, null, "上陵镇"], [null, null, "下车镇"], [null, null, "贝墩镇"], [null, null, "古寨镇"], [null, null, "合水镇"], [null, null, "大坝镇"]];
    sheets.push(sheet("下拉选项", r, null, { hidden: true }));
    expect["下拉选项"] = { kind: null };
  }
  write("ledgers/b119-l1-heping.json", {
    description:
      "河源市和平县商务局交的台账工作簿，三个表。①“报名签到导出”：培训报名小程序的表单导出当培训台账，两行导出信息，表头 序号｜提交时间｜微信昵称｜姓名｜身份证号码（选填）｜手机号｜所在镇村｜报名场次｜签到状态｜签到时间｜备注，22行按报名提交时间排序，末行商务局加的注。读法：一行是一次报名，只有“已签到”和“已签到（工作人员代签）”的是一个参训记录（人次1），“未签到”“已取消”的不是；培训日期取“报名场次”里的日期（“第2场｜2021年4月22日｜彭寨镇｜…”），不是提交时间；同一人多场各算一行；温丽丽第一次报名身份证末位写成小写x（读作X）；陈志明第1场没填身份证号（null），第4场填了；第4场2021年9月8日照列。共16条。②“站点验收”：横表，A列是字段（站点编号、所在镇、所在村（社区）、站点名称、负责人、验收日期、验收结论、挂牌运营日期、备注），B—L列一列一个站点，注写明验收不合格的未挂牌、不算站点，挂牌运营日期即建成日期。读法：HP-07云峰村“不合格”、挂牌“—”，不是站点；建成日期读挂牌运营日期（“2020.12.8”、真日期、“2021年1月”按月、“21.4.16”、“2021/5/20”），不读验收日期；HP-01城南社区镇级站照列；HP-10 2021.9.3照列。共10个站点。③“下拉选项”是隐藏的辅助表，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b119-l2-jiaoling: 梅州蕉岭县 — ①2020年入驻企业名单在2021年8月核对（F列核对情况写退园日期、重复录入作废，新入驻补录在后）；
// ②会计《明细分类账》当资金台账（年在表头、月日分列，借方是拨付，本月合计/本年累计/上年结转不是记录，跨年换页）；③宣传报道登记；封面
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  sheets.push(sheet("封面", [["蕉岭县电子商务进农村综合示范"], ["工作台账（二）"], ["产业园入驻企业　专项资金明细账　宣传报道"], [null], ["蕉岭县商务局　2021年9月"]]));
  expect["封面"] = { kind: null };
  // ---------------------------------------------------------------- 入驻企业（2020年名单核对）
  // [name, type, date cell, iso, 核对, left iso|null, record?]
  const EN = [
    ["广东蕉岭长寿电子商务有限公司", "销售型", "2020.3.16", "2020-03-16", "仍在园", null, true],
    ["梅州市蕉岭丝苗米网络科技有限公司", "平台型", "2020年3月", "2020-03", "仍在园", null, true],
    ["蕉岭县仙人粄食品网店", "销售型", D("2020-04-08"), "2020-04-08", "已退园（2021年3月31日）", "2021-03-31", true],
    ["梅州长潭物流有限公司", "物流企业", "2020.4.20", "2020-04-20", "仍在园", null, true],
    ["蕉岭县黄坑豆腐电子商务有限公司", "销售型", "2020.5.6", "2020-05-06", "仍在园", null, true],
    ["蕉岭县三圳农产品网店", "销售型", "2020.5.28", "2020-05-28", "已退园（2020.12.15）", "2020-12-15", true],
    ["梅州长潭物流有限公司", "物流企业", "2020.4.20", "2020-04-20", "与第4行重复录入，作废", null, false],
    ["蕉岭县象窝山茶叶电子商务有限公司", "销售型", "2020.7.9", "2020-07-09", "仍在园", null, true],
    ["梅州蕉华电商运营服务有限公司", "电商运营商", "2020.8.3", "2020-08-03", "仍在园", null, true],
    ["蕉岭县南磜李子网店", "销售型", "20.9.17", "2020-09-17", "仍在园", null, true],
    ["蕉岭县新铺仓储配送有限公司", "物流企业", "2020.10.12", "2020-10-12", "已退园（21.7.31）", "2021-07-31", true],
    ["梅州市长寿乡直播传媒有限公司", "直播服务", "2020.11.25", "2020-11-25", "仍在园", null, true],
  ];
  const EN21 = [
    ["蕉岭县文福百香果电子商务有限公司", "销售型", "2021.1.12", "2021-01-12", "新入驻", null, true],
    ["梅州蕉岭农旅网络平台有限公司", "平台型", "21年4月", "2021-04", "新入驻", null, true],
    ["蕉岭县广福蜂蜜网店", "销售型", D("2021-06-07"), "2021-06-07", "新入驻", null, true],
    ["蕉岭县蓝坊竹编电子商务有限公司", "销售型", "2021.9.1", "2021-09-01", "新入驻（9月1日签约）", null, true],
  ];
  const ALL = EN.concat(EN21);
  const codeOf = (i) => (i === 6 ? codeOf(3) : (/网店$/.test(ALL[i][0]) ? "92" : "91") + "441427MA4" + String(2000 + i * 173).padStart(4, "0") + "J" + String(20 + i * 4).padStart(2, "0"));
  {
    const W = 7, r = [], m = [];
    secRow(r, m, "蕉岭县电子商务产业园入驻企业名单（2020年12月）", W);
    secRow(r, m, "【2021年8月31日核对更新】F列为核对情况：“仍在园”的在园；“已退园”的括号内是退园日期；写“重复录入，作废”的那行不算；2021年新入驻企业补录在表后。", W);
    r.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "2021年8月核对情况", "核对人"]);
    EN.forEach((x, i) => { assert(codeOf(i).length === 18, "code"); r.push([i + 1, x[0], codeOf(i), x[1], x[2], x[4], "古××"]); });
    secRow(r, m, "2021年新入驻（核对时补录）", W);
    EN21.forEach((x, k) => { const i = EN.length + k; r.push([i + 1, x[0], codeOf(i), x[1], x[2], x[4], "古××"]); });
    r.push(["核对人：县商务局 古××　　2021.8.31", null, null, null, null, null, null]);
    sheets.push(sheet("入驻企业名单", r, m));
    expect["入驻企业名单"] = { kind: "enterprises", records: ALL.filter((x) => x[6]).map((x) => ({ name: x[0], type: x[1], entered: x[3], left: x[5] })) };
    assert(expect["入驻企业名单"].records.length === 15, "15 enterprises");
    assert(codeOf(6) === codeOf(3), "dup code");
  }
  // ---------------------------------------------------------------- 明细分类账
  // [year, month, day, 字号|null, 摘要, debit|null, credit|null, kind] kind: rec | sum | recv | carry
  const L = [
    [2020, 1, 6, "记-4", "收到省级电子商务进农村综合示范专项资金", null, 5000000, "recv"],
    [2020, 5, 18, "记-27", "支付县电商公共服务中心装修工程款", 680000, null, "rec"],
    [2020, 5, 31, null, "本月合计", 680000, null, "sum"],
    [2020, 8, 12, "记-15", "支付村级电商服务站点建设款（第一批）", 425000, null, "rec"],
    [2020, 8, 26, "记-33", "支付农村电商培训服务费", 156000, null, "rec"],
    [2020, 8, 31, null, "本月合计", 581000, null, "sum"],
    [2020, 11, 20, "记-19", "支付县级物流配送中心设备款", 532000, null, "rec"],
    [2020, 11, 30, null, "本月合计", 532000, null, "sum"],
    [2020, 12, 31, null, "本年累计", 1793000, 5000000, "sum"],
    [2021, 1, 1, null, "上年结转", null, null, "carry"],
    [2021, 3, 9, "记-8", "支付村级电商服务站点建设款（第二批）", 398000, null, "rec"],
    [2021, 3, 31, null, "本月合计", 398000, null, "sum"],
    [2021, 6, 15, "记-22", "支付品牌推广及网络促销活动费", 265000, null, "rec"],
    [2021, 6, 28, "记-41", "支付农村电商培训服务费", 148000, null, "rec"],
    [2021, 6, 30, null, "本月合计", 413000, null, "sum"],
    [2021, 8, 30, "记-37", "支付冷链设备款", 310000, null, "rec"],
    [2021, 8, 31, null, "本月合计", 310000, null, "sum"],
    [2021, 9, 8, "记-10", "支付农产品溯源系统建设款", 220000, null, "rec"],
    [2021, 9, 30, null, "本月合计", 220000, null, "sum"],
    [2021, 9, 30, null, "本年累计", 1341000, null, "sum"],
  ];
  {
    let bal = 0;
    const W = 8, r = [], m = [];
    secRow(r, m, "明　细　分　类　账", W);
    secRow(r, m, "会计科目：专项应付款——省级电子商务进农村综合示范资金　　　单位：蕉岭县商务局　　　金额单位：元", W);
    const head = (y) => {
      r.push([y + "年", null, "凭证", "摘要", "借方", "贷方", "借或贷", "余额"]);
      const a = r.length;
      r.push(["月", "日", "字号", null, null, null, null, null]);
      m.push(`A${a}:B${a}`, `D${a}:D${a + 1}`, `E${a}:E${a + 1}`, `F${a}:F${a + 1}`, `G${a}:G${a + 1}`, `H${a}:H${a + 1}`);
    };
    let year = null;
    const monthSum = {};
    L.forEach((x) => {
      if (x[0] !== year) {
        if (year !== null) { r.push([null, null, null, "过次页", null, null, "贷", bal]); r.push([null, null, null, null, null, null, null, null]); }
        year = x[0]; head(year);
      }
      if (x[7] === "rec") { bal -= x[5]; const k = x[0] + "-" + x[1]; monthSum[k] = (monthSum[k] || 0) + x[5]; }
      if (x[7] === "recv") bal += x[6];
      if (x[7] === "sum" && x[4] === "本月合计") assert(monthSum[x[0] + "-" + x[1]] === x[5], "month sum " + x[0] + "-" + x[1]);
      r.push([x[1], x[2], x[3], x[4], x[5], x[6], "贷", bal]);
    });
    r.push(span("注：借方为拨付（支出），贷方为收到省级下达资金；“本月合计”“本年累计”“上年结转”“过次页”为账簿结计行。", W)); m.push(`A${r.length}:H${r.length}`);
    sheets.push(sheet("专项资金明细账", r, m));
    const recs = L.filter((x) => x[7] === "rec").map((x) => ({ date: `${x[0]}-${String(x[1]).padStart(2, "0")}-${String(x[2]).padStart(2, "0")}`, amount: x[5] }));
    assert(recs.length === 9, "9 disbursements");
    const y20 = recs.filter((x) => x.date < "2021").reduce((a, x) => a + x.amount, 0), y21 = recs.filter((x) => x.date >= "2021").reduce((a, x) => a + x.amount, 0);
    assert(y20 === 1793000 && y21 === 1341000 && bal === 5000000 - 1793000 - 1341000, "year totals and balance");
    expect["专项资金明细账"] = { kind: "funds", records: recs };
  }
  // ---------------------------------------------------------------- 宣传报道登记
  const MD = [
    ["2020.11.5", "2020-11-05", "梅州日报", "市级", "报纸", "蕉岭：电商站点开进长寿村", "city", false],
    ["2020年12月", "2020-12", "蕉岭县融媒体中心", "县", "电视", "我县举办农村电商直播培训", "county", true],
    [D("2021-01-19"), "2021-01-19", "南方日报", "省", "报纸", "蕉岭丝苗米搭上电商快车", "province", false],
    ["21.4.23", "2021-04-23", "梅州广播电视台", "市级", "电视", "蕉岭百香果线上热销", "city", true],
    ["2021.5.11", "2021-05-11", "南方+客户端", "省级", "网络", "长寿之乡的电商故事", "province", false],
    ["2021.6.30", "2021-06-30", "人民日报客户端", "中央", "网络", "广东蕉岭：小网店连着大市场", "national", false],
    ["2021.9.2", "2021-09-02", "广东广播电视台", "省", "电视", "蕉岭：电商扶贫让山货变“网红”", "province", true],
  ];
  {
    const r = [span("蕉岭县电子商务进农村宣传报道登记", 7), ["序号", "报道日期", "媒体", "媒体级别", "形式", "标题", "备注"]];
    MD.forEach((x, i) => r.push([i + 1, x[0], x[2], x[3], x[4], x[5], i === 6 ? "电商扶贫典型案例" : null]));
    r.push(["共7篇（条）", null, null, null, null, null, null]);
    sheets.push(sheet("宣传报道登记", r, ["A1:G1"]));
    expect["宣传报道登记"] = { kind: "media", records: MD.map((x) => ({ date: x[1], level: x[6], tv: x[7] })) };
  }
  write("ledgers/b119-l2-jiaoling.json", {
    description:
      "梅州市蕉岭县商务局交的台账工作簿（二），四个表。“封面”不是台账。①“入驻企业名单”：沿用2020年12月的名单，第2行写明2021年8月31日核对更新的读法，表头 序号｜企业名称｜统一社会信用代码｜企业类型｜入驻时间｜2021年8月核对情况｜核对人，12行后有一行合并的“2021年新入驻（核对时补录）”小标题，再补录4行，末行核对人。读法：第7行“与第4行重复录入，作废”（同名同代码），不是记录；退园的退出日期在核对情况括号里（“已退园（2021年3月31日）”“已退园（2020.12.15）”“已退园（21.7.31）”），“仍在园”“新入驻”退出日期为空；入驻时间有“2020年3月”“21年4月”按月、“20.9.17”两位年份、真日期；补录的蓝坊竹编2021.9.1照列。共15家。②“专项资金明细账”：会计明细分类账当资金台账，年份在表头（“2020年”合并在月、日两列上面），月、日分两列，凭证字号、摘要、借方、贷方、借或贷、余额；2020年页末“过次页”，2021年换页重起表头、“上年结转”。读法：借方有金额、有凭证字号的“支付…”行才是一次拨付（日期 = 表头年 + 月 + 日），贷方那行是收到省级资金，“本月合计”“本年累计”“上年结转”“过次页”是结计行；共9笔（含2021年9月8日一笔）。③“宣传报道登记”：级别写法不一（“市级”“县”“省”“省级”“中央”）、形式列“电视”才是电视；“2020年12月”按月；末行“共7篇（条）”不是记录。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
