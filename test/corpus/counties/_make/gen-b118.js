// Batch 118 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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

// =====================================================================================
// counties/b118-c1-wanshan: 珠海万山区 — 事实和自评分在项目协作平台《任务导出》里（任务ID/父任务ID/自定义字段）
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "440402";
  // ---------------------------------------------------------------- 任务导出
  // [id, parent, group, title, executor, status, due, done, 填报值, 单位, 自评分, 备注]
  const T = [
    ["T-001", null, "00 综合", "考评数据口径", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:12", "2021-08-31", "截止日", null, "所有数据截至此日"],
    ["T-010", null, "01 组织领导", "组织领导", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:20", null, null, 2, null],
    ["T-011", "T-010", "01 组织领导", "成立创建工作领导小组", "陈××", "已完成", "2019-11-30 18:00", "2019-11-22 16:05",
      "组长：区主要负责同志（党工委书记、管委会主任）；成员单位：经济发展局（商务）、财政局、农业农村局、乡村振兴局、社会事务局、交通运输局", "文字", null, "珠万管办〔2019〕28号"],
    ["T-020", null, "01 组织领导", "方案制定", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:21", null, null, 2, null],
    ["T-021", "T-020", "01 组织领导", "印发示范创建工作方案", "陈××", "已完成", "2019-12-31 18:00", "2019-12-16 11:40", "已印发", "是/否", null, "珠万管办〔2019〕31号"],
    ["T-030", null, "01 组织领导", "政策支持", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:22", null, null, 1, "只出了一个办法，按1分报"],
    ["T-031", "T-030", "01 组织领导", "出台扶持政策", "陈××", "已完成", "2020-06-30 18:00", "2020-07-08 10:30", "已出台", "是/否", null, "《万山区促进海岛电子商务发展扶持办法》"],
    ["T-040", null, "01 组织领导", "项目管理", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:25", null, null, 3, "子任务合计"],
    ["T-041", "T-040", "01 组织领导", "项目管理制度", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:23", null, null, 2, null],
    ["T-042", "T-040", "01 组织领导", "工作台账", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 09:24", null, null, 1, "站点、培训台账有缺页"],
    ["T-100", null, "02 服务体系", "县级中心与产业园", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:02", null, null, 13, null],
    ["T-101", "T-100", "02 服务体系", "公共服务中心投入运营", "黄××", "已完成", "2020-09-30 18:00", "2020-09-28 15:30", "2020.9.28", "日期", null, "桂山镇中心，正式开业"],
    ["T-102", "T-100", "02 服务体系", "免费培训场所和设备", "黄××", "已完成", "2020-09-30 18:00", "2020-09-28 15:31", "有", "有/无", null, null],
    ["T-103", "T-100", "02 服务体系", "特色农产品免费展示、销售", "黄××", "已完成", "2020-09-30 18:00", "2020-09-28 15:31", "有", "有/无", null, "海岛海鲜干货展销区"],
    ["T-104", "T-100", "02 服务体系", "免费摄影、美工", "黄××", "已完成", "2020-09-30 18:00", "2020-10-12 09:00", "有", "有/无", null, "每家企业每月限约2次"],
    ["T-105", "T-100", "02 服务体系", "统一推广、品牌建设", "黄××", "已完成", "2020-12-31 18:00", "2020-12-20 17:00", "有", "有/无", null, "“万山海鲜”区域公用品牌"],
    ["T-106", "T-100", "02 服务体系", "其他衍生增值服务", "黄××", "进行中", "2021-08-31 18:00", null, "无", "有/无", null, "金融对接还在谈"],
    ["T-107", "T-100", "02 服务体系", "建设或整合电商产业园", "黄××", "已完成", "2020-12-31 18:00", "2020-11-30 16:00", "已建", "是/否", null, "整合桂山港冷库改建海岛电商仓储基地"],
    ["T-108", "T-100", "02 服务体系", "产业园入驻企业", "黄××", "已完成", "2021-08-31 18:00", "2021-08-31 17:40", 20, "家", null, "清单见附6"],
    ["T-109", "T-100", "02 服务体系", "公共服务中心投入运营", "黄××", "已归档", "2020-09-30 18:00", "2020-08-15 10:00", "2020.8.15", "日期", null, "旧任务（试运营日），已由T-101替代"],
    ["T-110", null, "02 服务体系", "村级站点覆盖", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:10", null, null, 10, null],
    ["T-111", "T-110", "02 服务体系", "行政村数", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:05", 12, "个", null, "不含3个社区"],
    ["T-112", "T-110", "02 服务体系", "省定贫困村数", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:06", 0, "个", null, "本区无省定贫困村"],
    ["T-113", "T-110", "02 服务体系", "行政村物流快递全覆盖", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:07", "是", "是/否", null, null],
    ["T-200", null, "03 农村产品上行", "农村产品上行", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:30", null, null, 9, "合计（含第三方1、快递1、增速2）"],
    ["T-201", "T-200", "03 农村产品上行", "网销调研报告", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:20", null, null, 2, null],
    ["T-202", "T-200", "03 农村产品上行", "网络促销活动", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:21", null, null, 2, null],
    ["T-203", "T-200", "03 农村产品上行", "专业第三方电商运营服务商", "黄××", "已完成", "2020-09-30 18:00", "2020-09-01 09:00", "有", "有/无", null, "珠海海岛优选电子商务有限公司"],
    ["T-204", "T-200", "03 农村产品上行", "交易标准、冷链和溯源", "黄××", "已完成", "2021-08-31 18:00", "2021-09-01 10:22", null, null, 1, null],
    ["T-205", "T-200", "03 农村产品上行", "2019年农村网络零售额", "黄××", "已完成", "2021-08-31 18:00", "2021-08-20 11:00", 3860, "万元", null, "区统计局"],
    ["T-206", "T-200", "03 农村产品上行", "2020年农村网络零售额", "黄××", "已完成", "2021-08-31 18:00", "2021-08-20 11:00", 5210, "万元", null, "区统计局"],
    ["T-207", "T-200", "03 农村产品上行", "2020年农村网络零售额同比增速", "黄××", "已完成", "2021-08-31 18:00", "2021-08-20 11:00", 35.0, "%", null, null],
    ["T-300", null, "04 人才培训", "电商人才培训", "林××", "已完成", "2021-08-31 18:00", "2021-09-01 11:00", null, null, 20, null],
    ["T-301", "T-300", "04 人才培训", "常住人口", "林××", "已完成", "2021-08-31 18:00", "2021-08-18 15:00", 4.56, "万人", null, "七普"],
    ["T-302", "T-300", "04 人才培训", "培训人次", "林××", "已完成", "2021-08-31 18:00", "2021-09-01 10:50", 470, "人次", null, "含9月3日一期"],
    ["T-303", "T-300", "04 人才培训", "有劳动能力贫困人口（不含外出务工）", "林××", "已完成", "2021-08-31 18:00", "2021-08-25 10:00", 12, "人", null, "区乡村振兴局确认"],
    ["T-304", "T-300", "04 人才培训", "参加培训的贫困人口", "林××", "已完成", "2021-08-31 18:00", "2021-09-01 10:55", 8, "人", null, null],
    ["T-400", null, "05 公开与报送", "信息公开", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 11:10", null, null, 4, null],
    ["T-401", "T-400", "05 公开与报送", "专栏公示创建方案", "陈××", "已完成", "2020-01-31 18:00", "2020-01-10 10:00", "是", "是/否", null, null],
    ["T-402", "T-400", "05 公开与报送", "专栏公示项目基本信息", "陈××", "已完成", "2020-06-30 18:00", "2020-06-12 10:00", "是", "是/否", null, null],
    ["T-403", "T-400", "05 公开与报送", "专栏公示建设进度", "陈××", "已完成", "2021-08-31 18:00", "2021-08-20 10:00", "是", "是/否", null, null],
    ["T-404", "T-400", "05 公开与报送", "征求意见或监督举报窗口", "陈××", "进行中", "2021-09-30 18:00", null, "否", "是/否", null, "拟9月增设举报邮箱"],
    ["T-410", null, "05 公开与报送", "数据上报", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 11:12", null, null, 6, null],
    ["T-411", "T-410", "05 公开与报送", "统计电商扶贫情况", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 11:11", "是", "是/否", null, "月报附表三"],
    ["T-500", null, "06 宣传推广", "案例总结", "林××", "已完成", "2021-08-31 18:00", "2021-09-01 11:20", null, null, 2, null],
    ["T-510", null, "06 宣传推广", "经验推广", "林××", "已完成", "2021-08-31 18:00", "2021-09-01 11:21", null, null, 8, "省、市、区媒体都有报道"],
    ["T-600", null, "07 资金管理", "制度建立", "何××", "已完成", "2021-08-31 18:00", "2021-09-01 11:30", null, null, 5, null],
    ["T-601", "T-600", "07 资金管理", "资金管理制度", "何××", "已完成", "2020-03-31 18:00", "2020-03-20 10:00", "已制定", "是/否", null, "《专项资金管理办法》"],
    ["T-610", null, "07 资金管理", "资金台账", "何××", "已完成", "2021-08-31 18:00", "2021-09-01 11:31", null, null, 4, null],
    ["T-611", "T-610", "07 资金管理", "资金专用台账", "何××", "已完成", "2020-03-31 18:00", "2020-03-20 10:00", "已建立", "是/否", null, null],
    ["T-620", null, "07 资金管理", "资金支出", "何××", "已完成", "2021-08-31 18:00", "2021-09-01 11:32", null, null, 5, "及时拨付"],
    ["T-621", "T-620", "07 资金管理", "下达资金总额", "何××", "已完成", "2021-08-31 18:00", "2021-08-31 16:00", 300, "万元", null, "省级专项"],
    ["T-622", "T-620", "07 资金管理", "累计拨付资金", "何××", "已完成", "2021-08-31 18:00", "2021-09-06 16:00", 236.4, "万元", null, "含9月2日一笔"],
    ["T-623", "T-620", "07 资金管理", "项目总体进度", "何××", "已完成", "2021-08-31 18:00", "2021-09-01 11:35", 92, "%", null, null],
    ["T-700", null, "08 加分与否决", "加分：贫困人口培训率≥70%", "林××", "已完成", "2021-08-31 18:00", "2021-09-01 11:40", null, null, 0, "未达70%"],
    ["T-701", null, "08 加分与否决", "加分：电商扶贫典型案例电视播报", "林××", "已完成", "2021-08-31 18:00", "2021-09-01 11:41", null, null, 1, "广东台播了"],
    ["T-710", null, "08 加分与否决", "否决：安全生产、质量事故或重大损失", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 11:42", "无", "有/无", null, null],
    ["T-711", null, "08 加分与否决", "否决：弄虚作假", "陈××", "已完成", "2021-08-31 18:00", "2021-09-01 11:42", "无", "有/无", null, null],
  ];
  {
    const W = 12, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:L${rows.length}`); };
    full("项目：万山区电子商务进农村综合示范考评迎检　　导出范围：全部任务（含已归档）　　导出时间：2021-09-06 16:48:03　　导出人：经济发展局电商办 陈××");
    full("电商办说明：一个父任务是一个考评指标，子任务是要填的数或要做的事。数填在“自定义字段「填报值」”，单位看“自定义字段「单位」”（万元、万人要换算）。自评分填在“自定义字段「自评分」”，有分项的指标分填在子任务上、父任务写合计。状态“已归档”的是重复建的旧任务，已被新任务替代，不读。");
    rows.push(["任务ID", "父任务ID", "任务分组", "任务标题", "执行者", "任务状态", "截止时间", "完成时间", "自定义字段「填报值」", "自定义字段「单位」", "自定义字段「自评分」", "备注"]);
    T.forEach((t) => { assert(t.length === 12, "task width " + t[0]); rows.push(t.slice()); });
    sheets.push(sheet("任务导出", rows, merges));
  }
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 13, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(sumPts(claimed) === 94, "claimed 94 got " + sumPts(claimed));
  assert(T.find((t) => t[0] === "T-200")[10] === 2 + 2 + 1 + 1 + 1 + 2, "upward claim 9 = 2+2+1(三方)+1(快递)+1+2");
  // ---------------------------------------------------------------- 附1 村（居）委会名单
  // [town, written, canonical, admin, express]
  const VIL = [
    ["桂山镇", "桂山社区居委会", "桂山社区", false, true], ["桂山镇", "桂山村委会", "桂山村", true, true], ["桂山镇", "中心村", "中心村", true, true],
    ["桂山镇", "大坪村民委员会", "大坪村", true, true], ["桂山镇", "三角岛村", "三角岛村", true, true],
    ["万山镇", "万山社区", "万山社区", false, true], ["万山镇", "东澳村委会", "东澳村", true, true], ["万山镇", "白沥村", "白沥村", true, true],
    ["万山镇", "大万山村", "大万山村", true, true], ["万山镇", "小万山村委会", "小万山村", true, true],
    ["担杆镇", "担杆社区居委会", "担杆社区", false, true], ["担杆镇", "外伶仃村", "外伶仃村", true, true], ["担杆镇", "北尖村委会", "北尖村", true, true],
    ["担杆镇", "担杆头村", "担杆头村", true, false], ["担杆镇", "直湾村民委员会", "直湾村", true, true],
  ];
  {
    const r = [span("万山区村（居）委会名单", 7), span("填报单位：万山区经济发展局　　2021年8月", 7),
      ["序号", "镇", "村（居）委会", "类型", "是否省定贫困村", "快递是否进村", "备注"]];
    VIL.forEach((v, i) => r.push([i + 1, v[0], v[1], v[3] ? "行政村" : "社区", v[3] ? "否" : "—", v[4] ? "√" : "×",
      !v[4] ? "无定期交通船，快递每周由镇邮政所代收，村民自取" : null]));
    r.push(["注：本区无省定贫困村（珠海市对口帮扶的是市外贫困村）。快递进村据区交通运输局2021年7月摸查。", null, null, null, null, null, null]);
    sheets.push(sheet("附1 村居名单", r, ["A1:G1", "A2:G2", `A${r.length}:G${r.length}`]));
  }
  const ADMIN = VIL.filter((v) => v[3]).map((v) => v[2]);
  assert(ADMIN.length === 12, "12 admin villages");
  // ---------------------------------------------------------------- 附2 站点清单
  // [town, village written, canonical, opened cell, iso, note]
  const ST = [
    ["桂山镇", "桂山社区", "桂山社区", "2020.9.28", "2020-09-28", "中心一楼"], ["桂山镇", "桂山村", "桂山村", "2020.10.20", "2020-10-20", null],
    ["桂山镇", "中心村委会", "中心村", "20.11.6", "2020-11-06", null], ["桂山镇", "三角岛村", "三角岛村", D("2021-01-15"), "2021-01-15", null],
    ["万山镇", "东澳村", "东澳村", "2020.10.20", "2020-10-20", null], ["万山镇", "东澳村", "东澳村", "2021.4.2", "2021-04-02", "东澳岛南沙湾民宿点，同村第二站"],
    ["万山镇", "白沥村", "白沥村", "2020年12月", "2020-12", null], ["万山镇", "大万山村委会", "大万山村", "2021/3/18", "2021-03-18", null],
    ["万山镇", "小万山村", "小万山村", "2021年8月", "2021-08", "月底挂牌"], ["担杆镇", "外伶仃村", "外伶仃村", "20210510", "2021-05-10", null],
    ["担杆镇", "直湾村", "直湾村", "2021.6.23", "2021-06-23", null], ["担杆镇", "北尖村", "北尖村", "2021.9.6", "2021-09-06", "9月挂牌"],
    ["桂山镇", "牛头岛", "牛头岛", "2021.7.9", "2021-07-09", "牛头岛渔民新村（属桂山村？待核）"],
  ];
  {
    const r = [span("万山区村级电子商务服务站点清单", 8), ["序号", "镇", "所在村", "站点名称", "地址", "负责人", "联系电话", "挂牌时间"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2] + "电商服务站" + (i === 5 ? "（南沙湾）" : ""), s[0] + s[2] + (i % 2 ? "码头旁" : "村委会一楼"),
      ["梁", "吴", "冯", "卢", "邓", "曾", "苏", "何"][i % 8] + "××", "1380756" + String(1100 + i * 37).padStart(4, "0"), s[3]]));
    r.push(["合计", null, null, "13个", null, null, null, null]);
    r.push(["备注：北尖村2021年9月6日挂牌；牛头岛站点所在地未列入村（居）委会名单。", null, null, null, null, null, null, null]);
    sheets.push(sheet("附2 站点清单", r, ["A1:H1", `A${r.length}:H${r.length}`]));
  }
  const covered = new Set(ST.filter((s) => dateOk(s[4]) && ADMIN.includes(s[2])).map((s) => s[2]));
  assert(covered.size === 9 && covered.size * 100 >= 12 * 70, "9/12 = 75% → 5");
  // ---------------------------------------------------------------- 附3 培训期次 / 附4 签到 / 附5 贫困人口
  const PP = [
    ["梁亚娣", "桂山村", true, "在家务农", "19700214", false], ["吴志明", "桂山村", true, "渔船务工（本岛）", "19780930", false],
    ["冯秀兰", "东澳村", true, "在家", "19810617", true], ["卢国强", "东澳村", true, "外出务工（深圳）", "19900322", false],
    ["邓月好", "白沥村", true, "在家务农", "19760805", false], ["曾永安", "白沥村", true, "在家", "19690111", false],
    ["苏桂英", "大万山村", true, "在家务农", "19830408", false], ["何伟强", "大万山村", true, "外出务工（中山）", "19950725", false],
    ["梁少华", "外伶仃村", true, "民宿帮工（本岛）", "19880119", false], ["吴玉珍", "外伶仃村", true, "在家", "19740902", false],
    ["冯亚九", "直湾村", true, "在家", "19720527", false], ["卢美玲", "直湾村", true, "在家务农", "19860313", false],
    ["邓阿婆", "担杆头村", false, "在家", "19400620", false], ["曾伯", "中心村", false, "在家", "19421108", false],
    ["苏志坚", "中心村", true, "在家", "19800715", false], ["何秀珍", "三角岛村", true, "在家务农", "19790104", false],
  ];
  const IDS = PP.map((p, i) => makeId(AREA, p[4], 300 + i * 29, p[5]));
  assert(IDS[2].endsWith("X"), "冯秀兰 X");
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] && !/外出/.test(PP[i][3]));
  assert(eligible.length === 12, "12 eligible");
  // sign-ins: [person index, date cell, iso]
  const SIGN = [];
  [0, 1, 2, 3, 4, 5, 12, 6].forEach((k) => SIGN.push([k, "2021.4.16", "2021-04-16"]));
  [0, 2, 7, 8, 9, 13, 4, 3].forEach((k) => SIGN.push([k, D("2021-07-22"), "2021-07-22"]));
  [10, 11, 14].forEach((k) => SIGN.push([k, "2021.9.3", "2021-09-03"]));
  const signOk = SIGN.filter((s) => dateOk(s[2]));
  assert(signOk.length === 16, "16 sign-ins to cut-off");
  const trained = new Set(signOk.map((s) => s[0]).filter((i) => eligible.includes(i)));
  assert(trained.size === 8 && trained.size * 100 >= 12 * 50 && trained.size * 100 < 12 * 70, "8/12 = 66.7%");
  {
    const r = [span("万山区建档立卡贫困户电商专场培训签到表", 6), ["序号", "日期", "姓名", "身份证号", "村", "签名"]];
    SIGN.forEach((s, i) => r.push([i + 1, s[1], PP[s[0]][0], i === 9 ? IDS[2].slice(0, 17) + "x" : IDS[s[0]], PP[s[0]][1], PP[s[0]][0]]));
    assert(SIGN[9][0] === 2, "second 冯秀兰 row lower-case x");
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1"]));
  }
  const SES = [
    [1, "2020.10.23", "2020-10-23", "农村电商基础（桂山）", 48], [2, "2020.11.27", "2020-11-27", "海鲜干货网店开设", 45],
    [3, "2020.12.18", "2020-12-18", "年货节促销", "40人次"], [4, "2021.3.26", "2021-03-26", "短视频拍摄（东澳）", 52],
    [5, "2021.4.28-29", "2021-04-29", "民宿电商与直播（两天）", 60], [6, D("2021-05-21"), "2021-05-21", "渔家乐线上推广（外伶仃）", 55],
    [7, "2021.6.25", "2021-06-25", "社群营销", 44], [8, "2021.7.16", "2021-07-16", "冷链包装与寄递", 47],
    [9, "2021.8.20", "2021-08-20", "直播带货进阶", 45], [10, "2021.9.3", "2021-09-03", "跨岛物流协同", 30],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesOk === 436, "sessions to cut-off 436 got " + sesOk);
  {
    const r = [span("万山区电商普及培训开展情况（按期次）", 5), ["期次", "培训时间", "培训主题", "地点", "人次"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "区电子商务公共服务中心", s[4]]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0)]);
    r.push(["注：贫困户专场按人签到，见附4。", null, null, null, null]);
    sheets.splice(sheets.length - 1, 0, sheet("附3 培训期次", r, ["A1:E1", `A${r.length}:E${r.length}`]));
  }
  {
    const r = [span("万山区建档立卡贫困人口名单（相对贫困人口）", 7), ["序号", "姓名", "身份证号", "村", "劳动能力", "务工情况", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], IDS[i], p[1], p[2] ? "有" : "无", p[3], null]));
    r.push(["注：“本岛”务工指在本岛渔船、民宿务工，每日回家，不属外出务工。来源：区乡村振兴局，2021年8月。", null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const personTimes = sesOk + signOk.length;
  assert(personTimes === 452 && personTimes * 1000 < 45600 * 10 && personTimes * 1000 >= 45600 * 8, "452/45600 = 0.99% → 8");
  // ---------------------------------------------------------------- 附6 入驻企业
  const ENT = [
    ["珠海海岛优选电子商务有限公司", "电商运营商", "2020.11.30", "2020-11-30", null],
    ["珠海桂山海味电子商务有限公司", "销售型", "2020.11.30", "2020-11-30", null],
    ["珠海万山渔家网络科技有限公司", "平台型", "2020.12.8", "2020-12-08", null],
    ["珠海东澳岛特产网店", "销售型", "2020.12.8", "2020-12-08", null],
    ["珠海港湾冷链物流有限公司", "物流企业", D("2020-12-15"), "2020-12-15", null],
    ["珠海外伶仃海鲜电子商务有限公司", "销售型", "2020.12.22", "2020-12-22", null],
    ["珠海担杆海产品网店", "销售型", "2021.1.5", "2021-01-05", "2021.7.31"],
    ["珠海万山快递共配服务有限公司", "物流企业", "2021.1.12", "2021-01-12", null],
    ["珠海海岛云播传媒有限公司", "电商运营商", "2021.1.26", "2021-01-26", null],
    ["珠海桂山鱼干电子商务有限公司", "销售型", "2021.2.23", "2021-02-23", null],
    ["珠海白沥岛民宿预订平台有限公司", "平台型", "2021.3.2", "2021-03-02", null],
    ["珠海万山紫菜电子商务有限公司", "销售型", "2021.3.16", "2021-03-16", null],
    ["珠海三角岛生蚝网店", "销售型", "2021.3.30", "2021-03-30", null],
    ["珠海海岛优品供应链管理有限公司", "物流企业", "2021.4.13", "2021-04-13", null],
    ["珠海大万山石斑鱼电子商务有限公司", "销售型", "2021.4.27", "2021-04-27", null],
    ["珠海中心村海产电子商务有限公司", "销售型", "2021.5.11", "2021-05-11", null],
    ["珠海直湾渔获网店", "销售型", "2021.5.25", "2021-05-25", null],
    ["珠海万山代运营服务有限公司", "电商运营商", "2021.6.8", "2021-06-08", null],
    ["珠海桂山渔港电子商务有限公司", "销售型", "2021.6.22", "2021-06-22", null],
    ["珠海小万山海胆电子商务有限公司", "销售型", "2021.7.6", "2021-07-06", null],
    ["珠海万山海洋牧场电子商务有限公司", "销售型", "2021年8月", "2021-08", null],
    ["珠海北尖岛鲍鱼网店", "销售型", "2021.9.1", "2021-09-01", null],
  ];
  {
    const r = [span("万山区海岛电商仓储基地（电商产业园）入驻企业名单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e[0], "91440400MA5" + String(5200 + i * 71).padStart(4, "0") + "K" + String(10 + i), e[1], e[2], e[4], e[4] ? "已退出" : i === 21 ? "9月新入驻" : null]));
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  const inPark = ENT.filter((e) => dateOk(e[3]) && !e[4]);
  assert(ENT.filter((e) => e[4]).length === 1 && ENT[6][4] === "2021.7.31", "one left 2021-07-31 ≤ cut-off");
  assert(inPark.length === 20 && new Set(inPark.map((e) => e[1])).size === 4, "20 in park, 4 types");
  // ---------------------------------------------------------------- 附7 资金台账（元、万元混写）
  const FUND = [
    ["2020.9.10", "2020-09-10", "区电子商务公共服务中心装修及设备", "645000", 645000],
    ["2020.11.20", "2020-11-20", "村级站点建设（第一批5个）", "38.6万", 386000],
    ["2021.1.8", "2021-01-08", "电商培训服务（上半年）", 186000, 186000],
    ["2021.3.31", "2021-03-31", "海岛电商仓储基地冷库改造", "42.5万", 425000],
    [D("2021-06-18"), "2021-06-18", "村级站点建设（第二批5个）", "31.2万元", 312000],
    ["2021.8.27", "2021-08-27", "品牌推广及网络促销", "260000", 260000],
    ["2021.9.2", "2021-09-02", "电商培训服务（下半年）", "15万", 150000],
  ];
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + f[4], 0);
  assert(spent === 2214000 && spent * 100 >= 3000000 * 70, "2,214,000/3,000,000 = 73.8%");
  assert(FUND.reduce((a, f) => a + f[4], 0) === 2364000, "236.4万 incl. Sept");
  {
    const r = [span("万山区省级电子商务进农村综合示范专项资金拨付台账", 6), ["序号", "拨付日期", "用途", "收款单位", "金额", "凭证号"]];
    FUND.forEach((f, i) => r.push([i + 1, f[0], f[2], i === 3 ? "珠海港湾冷链物流有限公司" : "珠海海岛优选电子商务有限公司", f[3], "记" + String(20 + i * 7)]));
    r.push(["合计", null, null, null, "2,364,000.00", null]);
    r.push(["注：金额有元、有万元，以格内写法为准。省级下达300万元。", null, null, null, null, null]);
    sheets.push(sheet("附7 资金台账", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 附8 月报（按月成列）
  const REPM = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  const REPD = ["9/7", "10/9", "11/5", "12/4", "1/8", "2/5", "3/5", "4/7", "5/8", "6/4", "7/6", "8/5"];
  {
    const r = [span("万山区向珠海市商务局报送月报情况", 13), ["项目", ...REPM.map((m) => +m.slice(0, 4) + "年" + +m.slice(5) + "月")],
      ["报送日期（月/日）", ...REPD], ["含电商扶贫统计", ..."√√√√√√√√√√√√".split("")]];
    sheets.push(sheet("附8 月报报送", r, ["A1:M1"]));
  }
  REPD.forEach((d, i) => assert(+d.split("/")[0] === +REPM[i].slice(5), "report in its month"));
  assert(monthsCovered(REPM.map((m, i) => m + "-" + REPD[i].split("/")[1].padStart(2, "0"))) === 12, "12 report months");
  // ---------------------------------------------------------------- 附9 专栏更新
  const DIS = ["2020-01-10", "2020-06-12", "2020-09-18", "2020-10-23", "2020-11-20", "2020-12-18", "2021-03-19", "2021-04-23", "2021-05-21",
    "2021-06-18", "2021-07-16", "2021-08-20"];
  assert(monthsCovered(DIS) === 10, "disclosure 10 months (no 2021-01, 2021-02)");
  {
    const r = [span("区政府网“电子商务进农村综合示范”专栏更新记录", 3), ["发布日期", "标题", "栏目"]];
    DIS.forEach((d, i) => r.push([D(d), i === 0 ? "万山区电子商务进农村综合示范创建工作方案" : i === 1 ? "示范项目基本信息公示" : "项目建设进度（" + d.slice(0, 7) + "）", "电商进农村专栏"]));
    r.push(["注：1、2月春节期间未更新。", null, null]);
    sheets.push(sheet("附9 专栏更新", r, ["A1:C1", `A${r.length}:C${r.length}`]));
  }
  // ---------------------------------------------------------------- 附10 宣传报道
  const MED = [
    ["2020.12.22", "珠海特区报", "市级", "报纸", "万山海岛电商站点开到渔民家门口", "否"],
    ["2021.5.28", "珠海广播电视台", "市级", "电视", "海岛民宿搭上直播快车", "否"],
    ["2021.6.30", "“万山发布”微信公众号", "区级", "网络", "我区第二批村级电商站点挂牌", "否"],
    ["2021.9.2", "广东广播电视台", "省级", "电视", "珠海万山：海岛相对贫困户网上卖海鲜", "是"],
  ];
  {
    const r = [span("万山区电子商务进农村宣传报道登记", 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
    MED.forEach((m, i) => r.push([i + 1, ...m]));
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附11 经验材料
  {
    const r = [span("经验材料报送登记", 3), ["报送日期", "材料", "报送单位"], ["2021.7.12", "万山区“海岛电商”助力渔民增收经验材料", "珠海市商务局"]];
    sheets.push(sheet("附11 经验材料", r, ["A1:C1"]));
  }
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 0 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(sumPts(points) === 85, "85 got " + sumPts(points));
  assert(Math.abs(5210 / 3860 - 1 - 0.35) < 0.001, "growth 35%");
  write("counties/b118-c1-wanshan.json", {
    description:
      "珠海市万山区（万山海洋开发试验区）经济发展局电商办交的整本考评工作簿（12个表：任务导出、附1—附11），85分（无加分，未否决；任务导出里自评94＋加分1）。事实表不是填报表，而是电商办在项目协作平台上建的迎检项目《任务导出》：两行导出信息和电商办说明（A:L合并；说明写明父任务是指标、子任务是数，数在“自定义字段「填报值」”、单位在“自定义字段「单位」”，自评分在“自定义字段「自评分」”——有分项的指标分在子任务、父任务写合计；“已归档”是被替代的旧任务，不读），表头 任务ID｜父任务ID｜任务分组｜任务标题｜执行者｜任务状态｜截止时间｜完成时间｜自定义字段「填报值」｜自定义字段「单位」｜自定义字段「自评分」｜备注。读法：T-001考评截止2021-08-31；T-011组长“区主要负责同志（党工委书记、管委会主任）”，成员有经济发展局（商务）、财政局、农业农村局、乡村振兴局 → 主要领导、部门齐全；方案已印发、政策已出台；中心运营日期读T-101的“2020.9.28”，不读已归档T-109的试运营日2020.8.15；其他衍生增值服务“无”；产业园已建；行政村12个、省定贫困村0个；快递全覆盖“是”（但附1担杆头村快递“×”，以名单为准）；农村网零2019年3860万元、2020年5210万元、增速35.0%；常住人口4.56万人；资金300万元，累计拨付236.4万元（含9月2日一笔）；总体进度92%；无事故、无弄虚作假。判断分：项目管理制度2、工作台账1、网销调研2、促销2、标准与溯源1、资金制度5、资金台账4、资金支出（及时拨付）5、方案2、政策1。T-200父任务自评分9是上行合计（备注写明含第三方1、快递1、增速2）。台账：附1村居15行（3个社区；无省定贫困村，注里写明）；附2站点13行（社区站、东澳村两站、“2020年12月”“2021年8月”按月、20.11.6、2021/3/18、20210510、真日期；北尖村9月6日；牛头岛不在名单；合计、备注行不算）；附3培训期次（“40人次”文本；两天班“2021.4.28-29”按末日；第10期9月3日不算）；附4贫困户专场签到19行（冯秀兰第二次签到身份证末位小写x；9月3日3行不算）；附5贫困人口16人（“本岛”务工不算外出）；附6入驻企业22行（担杆海产品网店2021.7.31退出，北尖岛鲍鱼网店9月1日入驻 → 在园20家，4种类型）；附7资金元、万元混写（“645000”“38.6万”“31.2万元”，9月2日15万不算，合计行不算）；附8月报按月成列，12个月都报、都含扶贫统计；附9专栏缺2021年1、2月；附10广东广播电视台（省级、典型案例）9月2日播出，在截止日后；附11经验材料7月12日。",
    sheets,
    expect: { asOf: "2021-08-31", total: 85, bonus: 0, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: T-011 组长“区主要负责同志（党工委书记、管委会主任）”= 主要领导；成员有经济发展局（商务）、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: T-021 工作方案已印发（珠万管办〔2019〕31号）；T-020自评2 → 2",
      "org.policy: T-031 已出台《万山区促进海岛电子商务发展扶持办法》；T-030自评1 → 1",
      "org.management: T-041 项目管理制度2 ＋ T-042 工作台账1 → 3",
      "work.center: T-101 中心2020-09-28运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2（不读已归档T-109）；免费培训 2；免费展示销售 1；免费摄影美工 1；品牌“万山海鲜” 1；其他增值服务“无” 0；产业园已建 2；附6截止日在园：22行去掉担杆海产品网店（2021.7.31退出）、北尖岛鲍鱼网店（2021.9.1入驻）= 20家 ≥ 20 → 2；类型 电商运营商、销售型、平台型、物流企业 ≥ 3 → 1；合计 14（自评13）",
      "work.coverage: 附1行政村12个（桂山、万山、担杆3个社区不计）；附2截止日前有站的行政村：桂山、中心、三角岛、东澳（两站算一次）、白沥（2020年12月）、大万山、小万山（2021年8月）、外伶仃、直湾 = 9；9/12 = 75% ≥ 70% → 5（桂山社区站不计，北尖村2021.9.6不算，牛头岛不在名单：警告）；无省定贫困村 → 5（警告）；合计 10",
      "work.upward: 网销调研2；促销2；第三方运营服务商（珠海海岛优选）1；附1有快递列，担杆头村“×” → 0（T-113称全覆盖，警告）；标准与溯源1；农村网零 5210/3860 = +35.0% ≥ 30% → 2；合计 8（自评9）",
      "work.training: 人次 = 附3截止日前9期 48+45+40+52+60+55+44+47+45 = 436（第10期9月3日30不算，合计行不算）＋ 附4截止日前签到16行 = 452；基数 min(45,600, 500,000) = 45,600；452/45,600 = 0.99% → 0.8%–1%（不含）→ 8。贫困人口：附5共16人，有劳动能力14人（邓阿婆、曾伯无），去掉外出务工卢国强、何伟强 = 12人（“本岛”务工的吴志明、梁少华算在内）；截止日前参训的符合条件者：梁亚娣、吴志明、冯秀兰（末位x/X同一人）、邓月好、曾永安、苏桂英、梁少华、吴玉珍 = 8（卢国强、何伟强外出务工，邓阿婆、曾伯无劳动能力，只算人次；冯亚九、卢美玲、苏志坚9月3日才参训）；8/12 = 66.7% ≥ 50% → 10；合计 18（自评20）",
      "info.disclosure: T-404 征求意见或监督举报窗口“否”（拟9月增设）→ 内容不全 0；附9在2020-09…2021-08缺2021年1、2月，10个月 → 不定时 1；合计 1（自评4）",
      "info.reporting: 附8 2020年9月…2021年8月每月都有报送日期 → 3；都含电商扶贫统计，T-411也为“是” → 3；合计 6",
      "promo.cases: 附11 2021.7.12向珠海市商务局报送经验材料 → 2",
      "promo.media: 截止日前：珠海特区报、珠海广播电视台（市级）→ 3；“万山发布”（区级）→ 1；广东广播电视台2021.9.2在截止日后，省级不得分；合计 4（自评8）",
      "fund.system: T-601 已制定资金管理办法；T-600自评5 → 5",
      "fund.ledger: T-611 已建立资金专用台账；T-610自评4 → 4",
      "fund.spending: 附7截止日前 645,000+386,000+186,000+425,000+312,000+260,000 = 2,214,000元（9月2日15万不算，合计行不算）；2,214,000/3,000,000 = 73.8% ≥ 70% → 按T-620自评（及时拨付）5 → 5（T-622称236.4万元，含截止日后那笔）",
      "bonus.poorTraining: 8/12 = 66.7% < 70% → 0",
      "bonus.tvCase: 广东广播电视台的电商扶贫典型案例2021.9.2播出，在截止日后 → 0（自评1）",
      "veto.incident: T-710“无” → 0，不否决",
      "veto.progress: T-623 项目总体进度92% ≥ 40% → 0，不否决",
      "veto.fraud: T-711“无” → 0，不否决",
      "total: 2+2+1+3+14+10+8+18+1+6+2+4+5+4+5 = 85，加分0，合计85；任务导出自评94＋1",
    ],
  });
})();

// =====================================================================================
// facts/b118-f1-cuiheng: 中山翠亨新区 — 管委会办公室《政务信息专报》（报头、按语、正文分段、报送范围）
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  full("政务信息专报");
  full("第27期");
  rows.push(["中山市翠亨新区管委会办公室编", null, null, null, "2021年9月7日", null]); merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━");
  full("翠亨新区电子商务进农村综合示范创建工作完成自评");
  full("【按语】新区电子商务进农村综合示范创建工作自2019年启动以来，各项任务基本完成。现将创建情况（数据截至2021年8月31日）专报如下，供领导参阅。");
  const P = [
    "一、高位推动，机制健全。新区成立由新区主要领导（党工委书记、管委会主任）任组长的电子商务进农村综合示范创建工作领导小组，经济发展局（商务）、财政局、农业农村局、乡村振兴局等11个部门为成员单位。2019年11月正式印发《翠亨新区电子商务进农村综合示范创建工作方案》，2020年4月出台《翠亨新区扶持农村电子商务发展的若干措施》。",
    "二、服务体系基本建成。新区电子商务公共服务中心于2020年8月18日在南朗街道建成并投入运营，设有免费培训教室和直播间，常态化开展电商基础培训；为本地特色农产品提供免费展示展销；为电商企业提供免费产品拍摄和美工设计服务；统一推广“翠亨好物”区域公用品牌。整合原南朗农产品批发市场，建成翠亨电商产业园。全区28个行政村已建村级电商服务站点24个；新区无省定贫困村。快递物流实现行政村全覆盖。",
    "三、农产品上行成效明显。引入专业第三方电商运营服务商负责中心运营。2020年全区农村网络零售额9.3亿元；农产品网络零售额1.86亿元，同比增长41.2%。",
    "四、人才培训扎实开展。累计开展电商培训9,820人次，占常住人口（21.6万人）的4.5%。有劳动能力的建档立卡贫困人口（不含外出务工人员）312人中，已有205人参加电商培训，培训率65.7%。",
    "五、信息公开和报送规范。新区政府网站开设电商进农村专栏，公开创建方案、项目基本信息和建设进度，设置监督举报邮箱；按月向中山市商务局报送工作进展，月报附电商扶贫统计。",
    "六、资金管理严格。制定了《翠亨新区电子商务进农村专项资金管理办法》。省级专项资金500万元，已拨付412.6万元，支出率82.5%；项目总体进度达95%。创建期间未发生安全生产和质量事故。",
    "七、自评情况。对照省考评指标体系，新区自评得分93分。",
    "下一步，新区将于年内再建村级站点4个，力争实现行政村全覆盖；9月底前完成剩余资金拨付，迎接省考评组现场考评。",
  ];
  P.forEach((t) => full(t));
  full("（新区经济发展局供稿）");
  full("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━");
  rows.push(["报：", "市委、市政府主要领导，分管副市长", null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["送：", "市商务局、市财政局", null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["发：", "新区党工委、管委会各部门", null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["责任编辑：郑××", null, null, null, "（共印30份）", null]); merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  assert(Math.round(4126000 / 5000000 * 1000) === 825, "82.5%");
  assert(Math.round(205 / 312 * 1000) === 657, "65.7%");
  assert(Math.round(9820 / 216000 * 1000) === 45, "4.5%");
  write("facts/b118-f1-cuiheng.json", {
    description:
      "中山市翠亨新区商务部门（新区经济发展局）交来当事实表的，是新区管委会办公室编印的《政务信息专报》第27期（2021年9月7日）：报头（刊名、期号、编印单位和日期、分隔线），标题“翠亨新区电子商务进农村综合示范创建工作完成自评”，【按语】（写明“数据截至2021年8月31日”），正文八段（一段一行，A:F合并），供稿行，分隔线下是“报：／送：／发：”报送范围和责任编辑、印数。读法：事实全在正文句子里——组长是“新区主要领导（党工委书记、管委会主任）”，成员单位有经济发展局（商务）、财政局、农业农村局、乡村振兴局 → 主要领导、部门齐全；2019年11月正式印发工作方案；2020年4月出台扶持措施；中心2020年8月18日投入运营，免费培训、免费展示展销、免费拍摄美工、统一推广“翠亨好物”四项为是（其他增值服务没写，不读）；整合建成产业园；行政村28个；“新区无省定贫困村”即省定贫困村0个；快递行政村全覆盖；有第三方运营服务商；2020年农村网零9.3亿元（没有2019年数和增速）；农产品网零1.86亿元、同比增长41.2%；培训9,820人次；常住人口21.6万人；有劳动能力贫困人口（不含外出务工）312人、参训205人；专栏公开方案、项目信息、建设进度并设监督举报邮箱；能统计电商扶贫（月报附电商扶贫统计）；资金管理办法已制定；资金500万元、已拨付412.6万元；总体进度95%；未发生安全生产和质量事故。不读的：“站点24个”“占常住人口4.5%”“培训率65.7%”“支出率82.5%”是派生数，没有对应键；“自评得分93分”只是总分，没有分指标的自评分，不算自评分；“下一步”里年内再建4个站点、9月底前拨付都是计划；报送范围、印数不是事实。没有判断分。",
    sheets: [sheet("政务信息专报", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "翠亨新区",
        asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-08-18", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, parkBuilt: true, adminVillagesStated: 28, poorVillagesStated: 0, expressCoverage: true,
        thirdPartyOperator: true, ruralRetail2020: 930000000, agriRetail2020: 186000000, agriRetailGrowthStated: 0.412,
        trainingPersonTimesStated: 9820, residentPopulation: 216000, eligiblePoorPersonsStated: 312, trainedPoorPersonsStated: 205,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundAllocated: 5000000, fundSpentStated: 4126000, overallProgress: 0.95, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b118-f2-gaolangang: 珠海高栏港经济区 — 印成折页的《数据口袋书》：两页并排一屏（A列左页、C列右页），“标签……值”用点线连在一格
// =====================================================================================
(function f2() {
  const lead = (label, value) => { const n = Math.max(3, 22 - label.length - String(value).length); return label + "…".repeat(n) + value; };
  const P2 = ["一、基本情况", lead("常住人口", "14.3万人"), lead("行政村", "34个"), lead("其中省定贫困村", "2个"), lead("社区", "9个"),
    "二、组织领导", lead("领导小组组长", "管委会分管副主任"), lead("成员单位", "经济发展局等8个"), lead("工作方案", "2020年1月印发"), lead("扶持政策", "尚未出台"),
    "注：常住人口为第七次全国人口普查数。"];
  const P3 = ["三、服务体系", lead("公共服务中心开业", "2020.11.26"), lead("免费培训教室", "有"), lead("农产品免费展销厅", "有"), lead("摄影美工", "收费服务"),
    lead("统一品牌推广", "有（“高栏好物”）"), lead("其他增值服务", "代办商标、贷款对接"), lead("电商产业园", "未建"), lead("第三方运营服务商", "1家"),
    lead("快递进村", "32/34个行政村")];
  const P4 = ["四、上行与培训", lead("2019年农产品网络零售额", "0.92亿元"), lead("2020年农产品网络零售额", "1.15亿元"), lead("农产品网络零售额同比增长", "25.0%"),
    lead("累计培训", "1,286人次"), lead("有劳动能力贫困人口（不含外出务工）", "158人"), lead("其中参加培训", "96人"),
    "五、信息公开与报送", lead("政府网专栏", "已开设"), lead("专栏内容", "方案、项目信息、建设进度"), lead("监督举报窗口", "未设"), lead("电商扶贫统计", "未单独统计")];
  const P5 = ["六、资金与安全", lead("省级专项资金", "400万元"), lead("已拨付", "261.5万元"), lead("支出率", "65.4%"), lead("项目总体进度", "68%"),
    lead("资金管理办法", "已制定"), lead("资金专用台账", "已建立"), lead("安全生产、质量事故", "无"),
    "七、主观项自评", lead("方案制定", "2分"), lead("项目管理制度", "1分"), lead("工作台账", "2分"), lead("网销调研", "1分"), lead("促销活动", "1分"),
    lead("交易标准与冷链溯源", "1分"), lead("资金管理制度", "4分"), lead("资金台账", "4分"), lead("资金及时拨付", "—（支出率未达70%，不自评）")];
  const rows = [], merges = [];
  const full = (t) => { rows.push([t, null, null]); merges.push(`A${rows.length}:C${rows.length}`); };
  full("珠海高栏港经济区电子商务进农村综合示范　数据口袋书");
  full("（2021年9月版　数据截至2021年8月31日　内部资料　注意保存）");
  full("珠海高栏港经济区经济发展局　编");
  full("【排版说明：一屏是一张跨页，A列是左页、C列是右页，B列是订口；先读完左页再读右页。】");
  const spread = (L, R, ln, rn) => {
    rows.push(["第" + ln + "页", null, "第" + rn + "页"]);
    const n = Math.max(L.length, R.length);
    for (let i = 0; i < n; i++) rows.push([L[i] === undefined ? null : L[i], null, R[i] === undefined ? null : R[i]]);
    rows.push(["— " + ln + " —", null, "— " + rn + " —"]);
  };
  spread(P2, P3, 2, 3);
  rows.push([null, null, null]);
  spread(P4, P5, 4, 5);
  full("封底：内部资料　请勿外传　　印数200册　　如有疑问请联系经济发展局电商股 0756-77×××××");
  assert(Math.round(115 / 92 * 1000) === 1250, "25.0%");
  assert(Math.round(261.5 / 400 * 1000) === 654, "65.4%");
  assert(P4.concat(P5, P2, P3).every((t) => typeof t === "string"), "cells are text");
  write("facts/b118-f2-gaolangang.json", {
    description:
      "珠海高栏港经济区经济发展局交来当事实表的，是给领导和迎检人员随身带的《数据口袋书》（2021年9月版）的排版稿：封面三行（书名；“数据截至2021年8月31日　内部资料”；编印单位）、一行排版说明（一屏一张跨页，A列左页、C列右页，B列订口，先左后右），然后两张跨页：第2、3页和第4、5页，每页上有“第n页”、下有“— n —”页码；每条都是“标签……值”用一串省略号点线连在同一格里（“常住人口…………14.3万人”）；最后一行封底。读法：把点线左边当标签、右边当值——常住人口14.3万人；行政村34个；省定贫困村2个；领导小组组长“管委会分管副主任” → 分管领导；工作方案2020年1月印发 → 已印发；扶持政策“尚未出台” → 否；中心2020年11月26日开业；免费培训、免费展销“有”；摄影美工“收费服务” → 免费摄影美工为否；统一品牌推广“有”；其他增值服务“代办商标、贷款对接” → 是；电商产业园“未建” → 否；第三方运营服务商1家 → 有；快递进村“32/34个行政村” → 未全覆盖；农产品网零2019年0.92亿元、2020年1.15亿元、同比增长25.0%；培训1,286人次；有劳动能力贫困人口（不含外出务工）158人，其中参训96人；专栏内容有方案、项目信息、建设进度，监督举报窗口“未设”；电商扶贫“未单独统计” → 否；资金400万元、已拨付261.5万元；总体进度68%；资金管理办法已制定、资金专用台账已建立；安全生产、质量事故“无”。主观项自评：方案2、项目管理制度1、工作台账2、网销调研1、促销1、标准与溯源1、资金制度4、资金台账4；“资金及时拨付”写“—（不自评）”，没有分。不读的：社区9个、成员单位“经济发展局等8个”、支出率65.4%（派生数）、页码、封底。",
    sheets: [sheet("口袋书排版稿", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 143000, adminVillagesStated: 34, poorVillagesStated: 2, planIssued: true, policyIssued: false,
        centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: false, thirdPartyOperator: true, expressCoverage: false, agriRetail2019: 92000000, agriRetail2020: 115000000,
        agriRetailGrowthStated: 0.25, trainingPersonTimesStated: 1286, eligiblePoorPersonsStated: 158, trainedPoorPersonsStated: 96,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: false,
        fundAllocated: 4000000, fundSpentStated: 2615000, overallProgress: 0.68, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b118-f3-yunfuxinqu: 云浮新区 — 广告公司《迎检宣传物料制作结算清单》，事实在“画面文字内容”里
// =====================================================================================
(function f3() {
  const W = 10, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:J${rows.length}`); };
  full("云浮新区电子商务进农村综合示范考评迎检宣传物料制作结算清单");
  full("委托单位：云浮新区经济发展局　　承制单位：云浮市星辉广告有限公司　　结算日期：2021年9月10日");
  rows.push(["序号", "物料名称", "规格（cm）", "材质", "数量", "单价（元）", "金额（元）", "画面文字内容", "摆放位置", "备注"]);
  const M = [
    ["横幅", "1200×90", "红布黄字", 2, 60, "热烈欢迎省电子商务进农村综合示范考评组莅临云浮新区指导工作", "中心大门、新区管委会大门", null],
    ["背景板", "600×300", "喷绘＋桁架", 1, 1350, "云浮新区电子商务进农村综合示范创建工作汇报会｜2021年9月", "管委会三楼会议室", null],
    ["X展架", "80×180", "PP背胶", 1, 85, "数说新区电商①（数据截至2021年8月31日）：常住人口13.8万人｜行政村41个，其中省定贫困村5个｜村级电商服务站点覆盖32个行政村", "中心一楼大厅", null],
    ["X展架", "80×180", "PP背胶", 1, 85, "数说新区电商②：累计培训2,760人次｜有劳动能力的建档立卡贫困人口（不含外出务工）420人，已参训236人", "中心一楼大厅", null],
    ["X展架", "80×180", "PP背胶", 1, 85, "数说新区电商③：2020年新区农村网络零售额4.2亿元，同比增长31.3%", "中心一楼大厅", null],
    ["展板", "120×240", "KT板", 1, 260, "云浮新区电子商务公共服务中心｜2020年12月8日开业｜免费培训·免费展示展销·免费摄影美工·“云浮新区好物”品牌推广·代办商标、物流对接", "中心门口", null],
    ["墙贴", "300×150", "背胶＋亚克力字", 1, 980, "创建工作领导小组｜组长：新区党工委书记｜成员单位：经济发展局（商务）、财政局、农业农村局、乡村振兴局、社会事务局、规划建设局", "中心二楼走廊", null],
    ["墙贴", "500×150", "背胶", 1, 1200, "创建历程｜2019年12月　印发《云浮新区电子商务进农村综合示范创建工作方案》→ 2020年6月　出台《云浮新区农村电商扶持办法》→ 2020年10月　电子商务产业园揭牌 → 2020年12月8日　公共服务中心开业", "中心二楼走廊", null],
    ["铜牌", "60×40", "钛金腐蚀", 1, 450, "云浮新区电子商务产业园", "产业园大门", "原牌氧化，重做"],
    ["展板", "120×240", "KT板", 1, 260, "资金使用｜省级专项资金600万元｜已拨付465.3万元｜支出率77.6%", "中心二楼展厅", null],
    ["展板", "120×240", "KT板", 1, 260, "信息公开｜新区门户网站“电商进农村”专栏：创建方案·项目基本信息·建设进度每月更新｜监督举报电话0766-8××××××", "中心二楼展厅", null],
    ["桌签", "20×10", "亚克力", 20, 15, "考评组专家", "会议室", null],
    ["台卡", "15×21", "亚克力", 6, 30, "扫码看新区电商专栏（二维码）", "会议室", null],
    ["X展架", "80×180", "PP背胶", 1, 85, "数说新区电商①：常住人口13.2万人｜行政村41个", "—", "画面数据有误作废，已按第3项重做，不结算"],
  ];
  let total = 0;
  M.forEach((m, i) => {
    const amt = m[3] * m[4];
    const billed = i === 13 ? 0 : amt;
    total += billed;
    rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], billed, m[5], m[6], m[7]]);
  });
  rows.push(["合计", null, null, null, null, null, total, null, null, null]); merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["委托单位经办：欧××　　承制单位：星辉广告　　验收意见：画面与送审稿一致，同意结算。", null, null, null, null, null, null, null, null, null]); merges.push(`A${rows.length}:J${rows.length}`);
  assert(total === 2 * 60 + 1350 + 85 * 3 + 260 + 980 + 1200 + 450 + 260 + 260 + 20 * 15 + 6 * 30, "total");
  assert(Math.round(465.3 / 600 * 1000) === 776, "77.6%");
  write("facts/b118-f3-yunfuxinqu.json", {
    description:
      "云浮新区经济发展局交来当事实表的，是广告公司（云浮市星辉广告有限公司）的《迎检宣传物料制作结算清单》：标题、委托/承制/结算日期一行，表头 序号｜物料名称｜规格（cm）｜材质｜数量｜单价（元）｜金额（元）｜画面文字内容｜摆放位置｜备注，14项物料（横幅、背景板、X展架、展板、墙贴、铜牌、桌签、台卡），合计行和验收意见行。读法：事实在“画面文字内容”里，用“｜”“·”“→”分隔——展架①“数据截至2021年8月31日”，常住人口13.8万人、行政村41个、省定贫困村5个；展架②培训2,760人次、有劳动能力贫困人口（不含外出务工）420人、已参训236人；展架③2020年农村网零4.2亿元、同比增长31.3%（没有2019年数）；中心展板：2020年12月8日开业，免费培训、免费展示展销、免费摄影美工、“云浮新区好物”品牌推广都是，“代办商标、物流对接”是其他增值服务；领导小组墙贴：组长新区党工委书记 → 主要领导，成员有经济发展局（商务）、财政局、农业农村局、乡村振兴局 → 部门齐全；创建历程墙贴：2019年12月印发工作方案、2020年6月出台扶持办法、2020年10月产业园揭牌（产业园铜牌也在清单里） → 方案、政策、产业园都是；资金展板：600万元、已拨付465.3万元；信息公开展板：专栏有创建方案、项目基本信息、建设进度，设监督举报电话 → 四项都是。不读的：第14项旧展架（常住人口13.2万人）备注写明“画面数据有误作废……不结算”，不读；横幅、背景板、桌签、台卡没有事实；“站点覆盖32个行政村”“支出率77.6%”没有对应键；数量、单价、金额、摆放位置不是事实。没有判断分。",
    sheets: [sheet("物料结算清单", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 138000, adminVillagesStated: 41, poorVillagesStated: 5, trainingPersonTimesStated: 2760,
        eligiblePoorPersonsStated: 420, trainedPoorPersonsStated: 236, ruralRetail2020: 420000000, ruralRetailGrowthStated: 0.313,
        centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        planIssued: true, policyIssued: true, parkBuilt: true, fundAllocated: 6000000, fundSpentStated: 4653000,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b118-l1-shuidongwan: 茂名水东湾新城 — ①局办公室《公务出差审批登记簿》当培训台账（按期次）；②电信《村级站点宽带装机工单汇总》当站点台账
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  {
    const r = [["茂名市水东湾新城经济发展局电商股说明（本页不是台账）"],
      ["1．新城的村级电商普及培训都是电商股干部下村去讲，没有另做培训台账，用局办公室的《公务出差审批登记簿》代替：“事由”写“开展电商普及培训”的那一次出差就是一期培训，人次写在返回后填的“出差成果”里；事由是别的（送月报、查站点、开会）的不是培训；因故没有讲成的（成果写“未培训”）不算一期。培训都是当天往返；只有一次是两天一期，按返回日期记。"],
      ["2．站点台账用中国电信水东湾营业部给的《村级电商服务站点宽带装机工单汇总》代替：每个站点都是宽带开通当天挂牌营业，所以“新装”且“已竣工”的工单就是一个站点，竣工日期即建成日期；“移机”是老站点搬地方，不是新站点；“撤单”和还在“施工中”的没有开成站点，不算。"],
      ["填写人：电商股　吴××　2021年9月8日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [编号, 出差人, 出发, 返回, 目的地, 事由, 交通, 成果, 记录 {date, personTimes} | null]
  const TR = [
    ["CC2020-041", "吴××、陈××", "2020.10.14", "2020.10.14", "林头镇南海村", "开展电商普及培训", "公务车", "培训1期，参训46人次", { date: "2020-10-14", personTimes: 46 }],
    ["CC2020-045", "吴××", "2020.10.20", "2020.10.20", "茂名市商务局", "报送9月份月报", "公务车", "已报送", null],
    ["CC2020-052", "吴××、李××", "2020.11.18", "2020.11.18", "陈村镇赤岭村", "开展电商普及培训", "公务车", "培训1期，参训52人次", { date: "2020-11-18", personTimes: 52 }],
    ["CC2020-058", "陈××", "2020.12.9", "2020.12.9", "林头镇各站点", "检查村级站点运营", "电动车", "检查站点6个", null],
    ["CC2020-063", "吴××、陈××", "2020.12.23", "2020.12.23", "南海街道沙院村", "开展电商普及培训（年货节）", "公务车", "培训1期，参训61人次", { date: "2020-12-23", personTimes: 61 }],
    ["CC2021-007", "吴××", "2021.3.11", "2021.3.12", "博贺镇（渔港）", "开展电商普及培训（直播入门，两天）", "公务车", "培训1期（两天），参训58人次", { date: "2021-03-12", personTimes: 58 }],
    ["CC2021-015", "李××", "2021.4.15", "2021.4.15", "陈村镇", "开展电商普及培训", "公务车", "受台风“白鹿”外围影响取消，未培训", null],
    ["CC2021-019", "吴××、李××", D("2021-05-20"), D("2021-05-20"), "林头镇龙头村", "开展电商普及培训", "公务车", "培训1期，参训49人次", { date: "2021-05-20", personTimes: 49 }],
    ["CC2021-026", "陈××", "2021.6.17", "2021.6.17", "茂名市", "参加全市电商进农村推进会", "公务车", "会议精神已传达", null],
    ["CC2021-031", "吴××、陈××", "2021.7.8", "2021.7.8", "南海街道旦场村", "开展电商普及培训（贫困户专场）", "公务车", "培训1期，参训37人次（贫困户23人）", { date: "2021-07-08", personTimes: 37 }],
    ["CC2021-040", "吴××、李××", "2021.8.26", "2021.8.26", "陈村镇赤岭村", "开展电商普及培训", "公务车", "培训1期，参训44人次", { date: "2021-08-26", personTimes: 44 }],
    ["CC2021-044", "吴××", "2021.9.7", "2021.9.7", "博贺镇", "开展电商普及培训", "公务车", "培训1期，参训40人次", { date: "2021-09-07", personTimes: 40 }],
  ];
  {
    const r = [span("水东湾新城经济发展局公务出差审批登记簿（摘录）", 10), span("摘录范围：2020年10月—2021年9月　局办公室", 10),
      ["编号", "出差人", "出发日期", "返回日期", "目的地", "事由", "交通工具", "出差成果（返回后填）", "审批人", "备注"]];
    TR.forEach((t) => r.push([t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], "黄××", null]));
    sheets.push(sheet("出差登记", r, ["A1:J1", "A2:J2"]));
    expect["出差登记"] = { kind: "training", records: TR.filter((t) => t[8]).map((t) => t[8]) };
    assert(expect["出差登记"].records.length === 8 && expect["出差登记"].records.reduce((a, x) => a + x.personTimes, 0) === 387, "8 sessions 387");
  }
  // [工单号, 受理, 业务类型, 装机地址, 客户名称, 速率, 竣工, 状态, record village | null, opened]
  const WO = [
    ["GD2020101201", "2020-10-12 09:31:05", "新装", "水东湾新城林头镇南海村委会一楼", "南海村电商服务站", "200M", "2020-10-16 15:22:41", "已竣工", "南海村", "2020-10-16"],
    ["GD2020102603", "2020-10-26 10:02:17", "新装", "水东湾新城陈村镇赤岭村文化室", "赤岭村电商服务站", "200M", "2020-10-30 11:05:09", "已竣工", "赤岭村", "2020-10-30"],
    ["GD2020111705", "2020-11-17 14:45:50", "新装", "水东湾新城南海街道沙院村委会旁", "沙院村电商服务站", "200M", "2020-11-20 16:40:00", "已竣工", "沙院村", "2020-11-20"],
    ["GD2020120208", "2020-12-02 08:59:12", "新装", "水东湾新城林头镇龙头村民委员会", "龙头村电商服务站", "100M", "2020-12-08 10:18:36", "已竣工", "龙头村", "2020-12-08"],
    ["GD2021011110", "2021-01-11 09:10:44", "新装", "水东湾新城博贺镇湾口村", "湾口村电商服务站", "200M", null, "撤单", null, null],
    ["GD2021030312", "2021-03-03 15:20:31", "新装", "水东湾新城南海街道旦场村委会", "旦场村电商服务站", "200M", "2021-03-09 09:47:12", "已竣工", "旦场村", "2021-03-09"],
    ["GD2021041915", "2021-04-19 11:11:11", "移机", "水东湾新城林头镇南海村新市场二楼", "南海村电商服务站", "200M", "2021-04-22 17:03:55", "已竣工", null, null],
    ["GD2021060718", "2021-06-07 10:26:08", "新装", "水东湾新城陈村镇陈村村委会", "陈村村电商服务站", "200M", "2021-06-11 14:30:00", "已竣工", "陈村村", "2021-06-11"],
    ["GD2021081620", "2021-08-16 09:00:27", "新装", "水东湾新城博贺镇新地村", "新地村电商服务站", "200M", "2021-08-31 18:12:40", "已竣工", "新地村", "2021-08-31"],
    ["GD2021082522", "2021-08-25 16:48:19", "新装", "水东湾新城林头镇林头社区", "林头社区电商服务站", "200M", "2021-09-03 10:21:05", "已竣工", "林头社区", "2021-09-03"],
    ["GD2021090224", "2021-09-02 09:37:58", "新装", "水东湾新城博贺镇湾口村渔港路", "湾口村电商服务站", "200M", null, "施工中", null, null],
  ];
  {
    const r = [span("中国电信茂名分公司水东湾营业部　村级电商服务站点宽带装机工单汇总", 9), span("客户经理：冯××　导出时间：2021-09-06　业务：政企宽带（电商站点专线）", 9),
      ["工单号", "受理时间", "业务类型", "装机地址", "客户名称", "速率", "竣工时间", "工单状态", "备注"]];
    WO.forEach((w) => r.push([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[7] === "撤单" ? "客户原因撤单，9月重新受理" : w[2] === "移机" ? "站点搬迁" : null]));
    r.push(["共11张工单", null, null, null, null, null, null, null, null]);
    sheets.push(sheet("宽带装机工单", r, ["A1:I1", "A2:I2", `A${r.length}:I${r.length}`]));
    expect["宽带装机工单"] = { kind: "stations", records: WO.filter((w) => w[8]).map((w) => ({ village: w[8], opened: w[9] })) };
    assert(expect["宽带装机工单"].records.length === 8, "8 stations");
  }
  write("ledgers/b118-l1-shuidongwan.json", {
    description:
      "茂名市水东湾新城经济发展局电商股交的两张“借来的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①局办公室《公务出差审批登记簿（摘录）》当培训台账：标题、摘录范围行，表头 编号｜出差人｜出发日期｜返回日期｜目的地｜事由｜交通工具｜出差成果（返回后填）｜审批人｜备注，12次出差。读法：事由是“开展电商普及培训”的一次出差是一期培训（按期次记，无身份证号），人次在“出差成果”里（“培训1期，参训46人次”），日期为返回日期——CC2021-007两天一期（2021.3.11出发、3.12返回）记2021-03-12；CC2021-031贫困户专场“参训37人次（贫困户23人）”人次是37；送月报、查站点、开会的出差不是培训；CC2021-015因台风取消“未培训”，不是一期；CC2021-044（2021.9.7）照列。共8期。②中国电信水东湾营业部《村级电商服务站点宽带装机工单汇总》当站点台账：标题、客户经理/导出时间行，表头 工单号｜受理时间｜业务类型｜装机地址｜客户名称｜速率｜竣工时间｜工单状态｜备注，时间是系统格式“2020-10-16 15:22:41”，末行“共11张工单”。读法：“新装”且“已竣工”的工单是一个站点，竣工日期即建成日期，村在装机地址和客户名称里（龙头村民委员会即龙头村）；湾口村1月“撤单”、9月“施工中”都不算；南海村4月“移机”是老站搬迁，不是新站点；新地村竣工2021-08-31 18:12当天算；林头社区站9月3日竣工照列（社区站）。共8个站点。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b118-l2-yinhuwan: 江门银湖湾滨海新区 — ①民政地名办《标准地名录》（村级）当村（居）委会名单；②产业园《租金减免兑现审批汇总表》当入驻企业清单
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  {
    const r = [["银湖湾滨海新区经济发展局电商股说明（本页不是台账）"],
      ["1．村（居）委会名单用区民政部门（地名办）编的《标准地名录》村级部分代替：类别“村民委员会”是行政村，“社区居民委员会”是社区；类别“自然村”的行是村委会下面的自然村，不是村（居）委会，不算；类别写“（已撤销）”的是历史地名，不算。"],
      ["2．入驻企业清单用产业园管理办的《入驻企业租金减免兑现审批汇总表》代替：表里是在园登记过的全部企业（不予兑现的也列着，只是不兑现）；“入驻日期”是租赁起始日；退租的在备注里写了退租日期；“减免期”是本期兑现的月份，不是入驻日期。"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [标准名称, 拼音, 类别, 镇, 上级, 含义, record {name, admin} | null]
  const DM = [
    ["京背村民委员会", "Jīngbèi Cūnmín Wěiyuánhuì", "村民委员会", "崖门镇", "崖门镇", "村处京背山背面得名", { name: "京背村", admin: true }],
    ["京背", "Jīngbèi", "自然村", "崖门镇", "京背村民委员会", "同上", null],
    ["崖南村民委员会", "Yánán Cūnmín Wěiyuánhuì", "村民委员会", "崖门镇", "崖门镇", "位于崖山之南", { name: "崖南村", admin: true }],
    ["甜水村民委员会", "Tiánshuǐ Cūnmín Wěiyuánhuì", "村民委员会", "崖门镇", "崖门镇", "村有甜水井", { name: "甜水村", admin: true }],
    ["甜水坑", "Tiánshuǐkēng", "自然村", "崖门镇", "甜水村民委员会", "因井得名", null],
    ["田边村民委员会", "Tiánbiān Cūnmín Wěiyuánhuì", "村民委员会", "崖门镇", "崖门镇", "村在田边", { name: "田边村", admin: true }],
    ["崖门社区居民委员会", "Yámén Shèqū Jūmín Wěiyuánhuì", "社区居民委员会", "崖门镇", "崖门镇", "镇政府驻地", { name: "崖门社区", admin: false }],
    ["黄冲村民委员会", "Huángchōng Cūnmín Wěiyuánhuì", "（已撤销）村民委员会", "崖门镇", "崖门镇", "2019年并入田边村民委员会", null],
    ["慈溪村民委员会", "Cíxī Cūnmín Wěiyuánhuì", "村民委员会", "古井镇", "古井镇", "取慈溪故里之意", { name: "慈溪村", admin: true }],
    ["霞路村民委员会", "Xiálù Cūnmín Wěiyuánhuì", "村民委员会", "古井镇", "古井镇", "村前道路临海，晚霞映路", { name: "霞路村", admin: true }],
    ["霞路西", "Xiálù Xī", "自然村", "古井镇", "霞路村民委员会", "霞路之西", null],
    ["官冲村民委员会", "Guānchōng Cūnmín Wěiyuánhuì", "村民委员会", "古井镇", "古井镇", "旧有官道经此山冲", { name: "官冲村", admin: true }],
    ["古井社区居民委员会", "Gǔjǐng Shèqū Jūmín Wěiyuánhuì", "社区居民委员会", "古井镇", "古井镇", "镇政府驻地", { name: "古井社区", admin: false }],
    ["洪滘村民委员会", "Hóngjiào Cūnmín Wěiyuánhuì", "村民委员会", "古井镇", "古井镇", "滘即河汊", { name: "洪滘村", admin: true }],
  ];
  {
    const r = [span("银湖湾滨海新区标准地名录（村级部分）", 8), ["序号", "标准名称", "汉语拼音", "类别", "所属镇", "上级地名", "含义及沿革", "备注"]];
    DM.forEach((d, i) => r.push([i + 1, d[0], d[1], d[2], d[3], d[4], d[5], null]));
    r.push(["资料来源：区地名办《标准地名录》（2020年版），经济发展局摘录。", null, null, null, null, null, null, null]);
    sheets.push(sheet("标准地名录", r, ["A1:H1", `A${r.length}:H${r.length}`]));
    expect["标准地名录"] = { kind: "villages", records: DM.filter((d) => d[6]).map((d) => d[6]) };
    assert(expect["标准地名录"].records.length === 10 && expect["标准地名录"].records.filter((x) => x.admin).length === 8, "10 rows, 8 admin");
  }
  // [企业, 代码, 类型, 入驻 cell, iso, 面积, 减免期, 金额, 备注, left]
  const EN = [
    ["江门银湖湾电子商务运营有限公司", "91440705MA55A1K21X", "电商运营商", "2020.9.1", "2020-09-01", 320, "2021.1—2021.6", 28800, null, null],
    ["江门崖门鲜生电子商务有限公司", "91440705MA55B3L47P", "销售型", "2020.9.15", "2020-09-15", 120, "2021.1—2021.6", 10800, null, null],
    ["江门古井烧鹅网店", "92440705MA55C5M63T", "销售型", D("2020-10-10"), "2020-10-10", 80, "2021.1—2021.6", 7200, null, null],
    ["江门银湖湾冷链物流有限公司", "91440705MA55D7N89Q", "物流企业", "2020年11月", "2020-11", 600, "2021.1—2021.6", 54000, null, null],
    ["江门慈溪农品汇网络科技有限公司", "91440705MA55E9P05W", "平台型", "2020.11.20", "2020-11-20", 200, "2021.1—2021.5", 15000, "2021年5月31日退租，按实际月份兑现", "2021-05-31"],
    ["江门霞路海产电子商务有限公司", "91440705MA55F1Q21R", "销售型", "2021.1.8", "2021-01-08", 100, "2021.1—2021.6", 9000, null, null],
    ["江门官冲直播传媒有限公司", "91440705MA55G3R47Y", "直播服务", "2021.3.1", "2021-03-01", 150, "2021.3—2021.6", 9000, null, null],
    ["江门洪滘农业发展有限公司", "91440705MA55H5S63U", "销售型", "2021.4.12", "2021-04-12", 90, "—", 0, "不予兑现（欠缴物业费）", null],
    ["江门田边快递共配有限公司", "91440705MA55J7T89E", "物流企业", "21.5.6", "2021-05-06", 260, "2021.5—2021.6", 7800, null, null],
  ];
  {
    const r = [span("银湖湾电子商务产业园入驻企业租金减免兑现审批汇总表（2021年上半年）", 10), span("产业园管理办　　减免标准：每月每平方米15元，面积按租赁合同", 10),
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期（租赁起始）", "租赁面积（㎡）", "减免期", "本期减免金额（元）", "审核意见", "备注"]];
    EN.forEach((e, i) => r.push([i + 1, e[0], e[1], e[2], e[3], e[5], e[6], e[7], e[7] ? "同意兑现" : "不予兑现", e[8]]));
    const tot = EN.reduce((a, e) => a + e[7], 0);
    r.push(["合计", null, null, null, null, EN.reduce((a, e) => a + e[5], 0), null, tot, null, null]);
    r.push(["经办：何××　　审核：园区管理办主任 谭××　　2021年7月15日", null, null, null, null, null, null, null, null, null]);
    sheets.push(sheet("租金减免兑现", r, ["A1:J1", "A2:J2", `A${r.length}:J${r.length}`]));
    expect["租金减免兑现"] = { kind: "enterprises", records: EN.map((e) => ({ name: e[0], type: e[2], entered: e[4], left: e[9] })) };
    assert(tot === 141600, "total 141600 got " + tot);
    EN.forEach((e) => { if (e[7]) { const m = e[6].match(/2021\.(\d+)—2021\.(\d+)/); assert(e[5] * 15 * (+m[2] - +m[1] + 1) === e[7], "rent " + e[0]); } });
  }
  write("ledgers/b118-l2-yinhuwan.json", {
    description:
      "江门市银湖湾滨海新区经济发展局电商股交的两张“借来的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①区地名办《标准地名录（村级部分）》摘录当村（居）委会名单：标题，表头 序号｜标准名称｜汉语拼音｜类别｜所属镇｜上级地名｜含义及沿革｜备注，14行，末行资料来源。读法：类别“村民委员会”是行政村（京背村民委员会即京背村等8个），“社区居民委员会”是社区（崖门社区、古井社区）；“自然村”（京背、甜水坑、霞路西）是村委会下的自然村，不是村（居）委会；黄冲村民委员会类别“（已撤销）村民委员会”，2019年并入田边村，是历史地名——这四行都不是记录；共10个村（居）委会，没有贫困村、快递列。②产业园管理办《入驻企业租金减免兑现审批汇总表（2021年上半年）》当入驻企业清单：标题、管理办/减免标准行，表头 序号｜企业名称｜统一社会信用代码｜企业类型｜入驻日期（租赁起始）｜租赁面积（㎡）｜减免期｜本期减免金额（元）｜审核意见｜备注，9家，合计行、经办审核行。读法：一行一家在园企业，入驻日期读“入驻日期（租赁起始）”列（2020.9.1、真日期、“2020年11月”按月、两位年份“21.5.6”），不读“减免期”；慈溪农品汇备注“2021年5月31日退租” → 退出日期2021-05-31；洪滘农业“不予兑现”仍是在园企业；企业类型照写（直播服务是另一种类型）；合计行和经办行不是企业。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
