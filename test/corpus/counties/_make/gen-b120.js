// Batch 120 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b118.js)
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
const AS_OF = "2021-08-31";
const dateOk = (d) => (d.length === 7 ? d <= AS_OF.slice(0, 7) : d <= AS_OF);
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
const monthsCovered = (ds) => { const h = new Set(ds.filter(dateOk).map((d) => d.slice(0, 7))); return WINDOW.filter((m) => h.has(m)).length; };
const sumPts = (p) => SCORED.reduce((a, id) => a + p[id], 0);
const fmtYuan = (n) => { const neg = n < 0; const s = Math.abs(n).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","); return (neg ? "-" : "") + s; };
const wan = (yuan) => { assert(yuan % 100 === 0, "wan precision " + yuan); return yuan / 10000; };

// =====================================================================================
// counties/b120-c1-potou: 湛江坡头区 — 沿用2020年中期自查表加“终期”列（“同左”），换届统计表当村居名单，
// 站点表分年段（2021段只写月日），培训计划与完成情况表，扶贫系统导出，国库支付明细（月计/累计/冲销），OA发文登记当月报
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "440804";
  // ---------------------------------------------------------------- 封面
  {
    const r = [["湛江市坡头区电子商务进农村综合示范创建"], ["考评资料汇编（电子版）"], [null],
      ["报送单位：坡头区经济和信息化局（区商务主管部门）"], ["联系人：莫××　电话：0759-33×××××"], ["报送日期：2021年9月6日"], [null],
      ["目　录"], ["1．自查表（沿用2020年中期自查表）"], ["2．村居名单（借用区民政局换届统计表）"], ["3．站点台账"], ["4．培训台账"],
      ["5．贫困人口（扶贫系统导出）"], ["6．贫困户专场签到"], ["7．入驻企业"], ["8．资金台账（国库支付明细）"], ["9．月报报送（OA发文登记）"],
      ["10．专栏更新"], ["11．宣传报道"], ["12．经验材料"]];
    sheets.push(sheet("封面", r));
  }
  // ---------------------------------------------------------------- 自查表
  // group: [indicator label, 中期分, 终期分, items: [事项, 中期, 终期, 备注]]
  const G = [
    ["基本情况", "—", "—", [
      ["考评数据截止日期", "2020年9月30日", "2021年8月31日", null],
      ["常住人口", "33.9万人（2019年末）", "34.6万人（第七次人口普查）", "终期改用七普数"],
      ["行政村数（不含社区）", "34个", "同左", "另有社区4个"],
      ["省定贫困村数", "3个", "同左", "北涯村、西岭村、鸭曹村"]]],
    ["组织领导（2分）", 1, 2, [
      ["领导小组组长", "副区长 吴××（分管）", "区委副书记、区长 林××", "2021年3月调整，改由区长任组长（坡府办〔2021〕9号）"],
      ["成员单位", "区经信局（商务）、财政局、农业农村局", "区经信局（商务）、财政局、农业农村局、乡村振兴局（原扶贫办）、交通运输局、邮政分公司", null]]],
    ["方案制定（2分）", 2, "同左", [["示范创建工作方案", "已印发（坡府办〔2019〕41号）", "同左", null]]],
    ["政策支持（2分）", 0, 2, [["支持农村电商发展的政策", "未出台（起草中）", "已出台（《坡头区促进农村电子商务发展扶持办法》，2020年12月）", null]]],
    ["项目管理（4分）", 2, 3, [["项目管理制度（1-2分）", "1分", "2分", null], ["工作台账（1-2分）", "1分", "同左", "站点台账缺联系电话"]]],
    ["服务体系建设—县级中心与产业园（15分）", 9, 15, [
      ["公共服务中心投入运营日期", "2020.6.18", "同左", null],
      ["免费培训场所、培训设备", "有", "同左", null],
      ["特色农产品免费展示、销售", "有", "同左", null],
      ["免费摄影、美工服务", "无（收费）", "有（2021年1月起免费）", null],
      ["农产品统一推广、品牌建设", "有（“坡头好味”）", "同左", null],
      ["其他衍生增值服务", "无", "同左", null],
      ["电商产业园", "整合中", "已建成（南调电商产业园）", null],
      ["产业园入驻企业", "12家", "21家", "见入驻企业表"]]],
    ["服务体系建设—村级站点覆盖（10分）", 7, 10, [["村级电商服务站点", "15个", "27个", "见站点台账"]]],
    ["农村产品上行（10分）", 4, 9, [
      ["网销调研并形成建议（1-2分）", "1分", "2分", null],
      ["网络促销活动（1-2分）", "2分", "同左", null],
      ["专业第三方电商运营服务商", "有", "同左", "湛江坡头好味电子商务有限公司"],
      ["行政村物流快递覆盖率100%", "否（31/34）", "是", null],
      ["交易标准与冷链、溯源（1-2分）", "—", "1分", null],
      ["2019年农村网络零售额", "4.12亿元", "同左", "省商务厅反馈"],
      ["2020年农村网络零售额", "—（年底统计）", "5.03亿元", "省商务厅反馈"],
      ["2019年农产品网络零售额", "1.35亿元", "同左", null],
      ["2020年农产品网络零售额", "—", "1.81亿元", null]]],
    ["电商人才培训（20分）", 16, 20, [
      ["培训人次", "1,960人次", "3,472人次", "截至8月31日，含贫困户专场"],
      ["有劳动能力的建档立卡贫困人口（不含外出务工）", "—", "17人", "区乡村振兴局导出名单"],
      ["参加培训的建档立卡贫困人口", "—", "15人", null]]],
    ["信息公开（4分）", 3, 4, [
      ["专栏公示创建方案", "是", "同左", null], ["专栏公示项目基本信息", "是", "同左", null], ["专栏公示项目建设进度", "是", "同左", null],
      ["征求意见或监督举报窗口", "否", "是（2020年11月增设监督举报电话）", null]]],
    ["数据上报（6分）", 6, "同左", [["能统计电商扶贫情况", "是", "同左", "月报附表"]]],
    ["案例总结（2分）", 0, 2, [["向市商务局报送经验材料", "未报送", "已报送（2021.7.20）", null]]],
    ["经验推广（8分）", 4, 8, [["主流媒体报道", "市级", "省、市、区级均有", null]]],
    ["制度建立（5分）", 4, 5, [["资金管理制度", "已制定", "同左", "《坡头区电子商务进农村综合示范专项资金管理办法》"]]],
    ["资金台账（5分）", 4, "同左", [["资金专用台账", "已建立", "同左", null]]],
    ["资金支出（5分）", 3, 5, [
      ["下达资金总额", "500万元", "同左", "省级专项"],
      ["累计拨付资金", "126.8万元", "401.25万元", "截至8月31日"],
      ["项目总体进度", "35%", "90%", null]]],
    ["加分：建档立卡贫困人口培训率≥70%（2分）", "—", 2, [["贫困人口培训率", "—", "15/17＝88.2%", null]]],
    ["加分：电商扶贫典型案例获电视播报（国家级2分，省级1分）", "—", 1, [["电视播报", "—", "广东广播电视台珠江频道，2021.6.25", null]]],
    ["否决：安全生产、质量事故或重大损失", "—", "—", [["是否发生", "无", "同左", null]]],
    ["否决：弄虚作假", "—", "—", [["是否存在", "无", "同左", null]]],
  ];
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  {
    const ids = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
      "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase"];
    ids.forEach((id, i) => { const g = G[i + 1]; const v = g[2] === "同左" ? g[1] : g[2]; assert(v === claimed[id], "claim " + id + " " + v); });
    assert(G[5][3].length === 8 && G[7][3].length === 9, "group sizes");
  }
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("坡头区电子商务进农村综合示范创建自查表", W)); merges.push("A1:H1");
    rows.push(span("【说明】本表沿用2020年中期自查表（截至2020年9月30日），本次终期自评（数据截至2021年8月31日）加列填写在“2021年终期”两列。“2020年中期”两列只作对照，不是本次数据，不计分。“2021年终期”列写“同左”的，表示与左边相邻的“2020年中期”格相同。", W)); merges.push("A2:H2");
    rows.push(span("填报单位：坡头区经济和信息化局　　填报人：莫××　　审核：黄××　　2021年9月6日", W)); merges.push("A3:H3");
    rows.push(["序号", "评价指标", "自查事项", "填报情况", null, "自评分", null, "备注"]);
    rows.push([null, null, null, "2020年中期", "2021年终期", "2020年中期", "2021年终期", null]);
    merges.push("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5");
    let n = 0;
    let midSum = 0, finSum = 0, finBonus = 0;
    G.forEach((g, gi) => {
      const top = rows.length + 1;
      g[3].forEach((it, k) => {
        n += 1;
        rows.push([n, k === 0 ? g[0] : null, it[0], it[1], it[2], k === 0 ? g[1] : null, k === 0 ? g[2] : null, it[3]]);
      });
      const bot = rows.length;
      if (bot > top) merges.push(`B${top}:B${bot}`, `F${top}:F${bot}`, `G${top}:G${bot}`);
      const fin = g[2] === "同左" ? g[1] : g[2];
      if (gi >= 1 && gi <= 15) { finSum += fin; midSum += g[1]; }
      if (gi === 16 || gi === 17) finBonus += fin;
    });
    assert(finSum === sumPts(claimed) && finSum === 97 && finBonus === 3, "fin claims 97+3 got " + finSum);
    rows.push(["合计", null, null, null, null, midSum, finSum + "＋加分" + finBonus, null]); merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(span("注：终期各项数据以各台账为准。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("自查表", rows, merges));
  }
  // ---------------------------------------------------------------- 村居名单（换届统计表，镇合并单元格＋小计行）
  const TOWNS = [
    ["南三镇", ["田头村", "巴东村", "灯塔村", "五里村", "地聚村", "北涯村", "南三村", "沙腰村", "蓝田村", "谭井村"], []],
    ["乾塘镇", ["乾塘村", "沙城村", "石盘村", "南山村", "塘东村", "西岭村", "新屋村"], ["乾塘社区"]],
    ["龙头镇", ["龙头村", "大坡村", "油甘园村", "沙坡村", "东岸村", "博立村", "丹竹村"], ["龙头社区"]],
    ["官渡镇", ["官渡村", "太平村", "麻俸村", "平乐村", "上垌村", "鸭曹村"], ["官渡社区"]],
    ["坡头镇", ["坡头村", "博教村", "调顺村", "那良村"], ["坡头社区"]],
  ];
  const POOR = ["北涯村", "西岭村", "鸭曹村"];
  const ADMIN = TOWNS.flatMap((t) => t[1]);
  assert(ADMIN.length === 34 && TOWNS.flatMap((t) => t[2]).length === 4, "34 + 4");
  POOR.forEach((p) => assert(ADMIN.includes(p), "poor in list " + p));
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("坡头区村（社区）民委员会换届选举结果统计表", W)); merges.push("A1:J1");
    rows.push(span("区民政局　2021年4月　（最后两列为区经信局电商股加列）", W)); merges.push("A2:J2");
    rows.push(["序号", "镇", "村（社区）", "类别", "登记选民数", "参加投票人数", "当选主任", "书记主任“一肩挑”", "省定贫困村", "快递进村"]);
    let n = 0, totV = 0, totP = 0, totVil = 0, totCom = 0;
    const SUR = "陈李黄吴梁林莫庞钟杨谭许邓蔡何周";
    TOWNS.forEach((t, ti) => {
      const top = rows.length + 1; let sv = 0, sp = 0;
      const list = t[1].map((v) => [v, true]).concat(t[2].map((v) => [v, false]));
      list.forEach(([v, adm], k) => {
        n += 1;
        const voters = 1200 + ((n * 373) % 2100), part = Math.floor(voters * (0.86 + ((n * 7) % 10) / 100));
        sv += voters; sp += part;
        rows.push([n, k === 0 ? t[0] : null, v, adm ? "村民委员会" : "社区居民委员会", voters, part, SUR[(n * 5) % SUR.length] + "××", (n % 4) ? "是" : "否",
          POOR.includes(v) ? "是" : null, adm ? "√" : "—"]);
      });
      merges.push(`B${top}:B${rows.length}`);
      rows.push([null, null, t[0] + "小计：村" + t[1].length + "个、社区" + t[2].length + "个", null, sv, sp, null, null, null, null]);
      totV += sv; totP += sp; totVil += t[1].length; totCom += t[2].length;
      assert(ti >= 0, "");
    });
    rows.push(["全区合计", null, "村" + totVil + "个、社区" + totCom + "个", null, totV, totP, null, null, null, null]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(span("电商股注：“省定贫困村”列只标“是”（共3个），空白为非贫困村；“快递进村”据区邮政分公司2021年6月核查，社区不统计。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    assert(totVil === 34 && totCom === 4, "totals");
    sheets.push(sheet("村居名单", rows, merges));
  }
  // ---------------------------------------------------------------- 站点台账（两段：2020年建成、2021年新建；2021段时间只写月日）
  // [town, village written, canonical(or null if 社区), opened cell, iso]
  const ST20 = [
    ["南三镇", "田头村", "田头村", "2020.7.16", "2020-07-16"], ["南三镇", "巴东村", "巴东村", "2020.7.16", "2020-07-16"],
    ["南三镇", "北涯村", "北涯村", D("2020-08-05"), "2020-08-05"], ["乾塘镇", "乾塘村", "乾塘村", "2020.8.21", "2020-08-21"],
    ["乾塘镇", "西岭村", "西岭村", "2020.8.21", "2020-08-21"], ["官渡镇", "鸭曹村", "鸭曹村", "2020.9.10", "2020-09-10"],
    ["龙头镇", "龙头村", "龙头村", "2020/9/25", "2020-09-25"], ["坡头镇", "坡头村", "坡头村", "2020.9.25", "2020-09-25"],
    ["南三镇", "南三村", "南三村", "20年10月", "2020-10"], ["乾塘镇", "沙城村", "沙城村", "2020.10.23", "2020-10-23"],
    ["龙头镇", "大坡村", "大坡村", "2020.11.6", "2020-11-06"], ["官渡镇", "官渡村", "官渡村", D("2020-11-20"), "2020-11-20"],
    ["官渡镇", "太平村", "太平村", "2020.12.4", "2020-12-04"], ["坡头镇", "调顺村", "调顺村", "2020.12.18", "2020-12-18"],
    ["南三镇", "灯塔村", "灯塔村", "20年12月", "2020-12"],
  ];
  const ST21 = [
    ["南三镇", "沙腰村", "沙腰村", "1月8日", "2021-01-08"], ["南三镇", "谭井村", "谭井村", "1月22日", "2021-01-22"],
    ["乾塘镇", "新屋村", "新屋村", "3月12日", "2021-03-12"], ["龙头镇", "油甘园村", "油甘园村", "3月26日", "2021-03-26"],
    ["龙头镇", "东岸村", "东岸村", "4月16日", "2021-04-16"], ["龙头镇", "丹竹村", "丹竹村", "5月7日", "2021-05-07"],
    ["官渡镇", "麻俸村", "麻俸村", "5月28日", "2021-05-28"], ["坡头镇", "那良村", "那良村", "6月18日", "2021-06-18"],
    ["乾塘镇", "乾塘社区", null, "7月9日", "2021-07-09"], ["南三镇", "田头村", "田头村", "7月23日", "2021-07-23"],
    ["乾塘镇", "沙城村委会", "沙城村", "8月13日", "2021-08-13"], ["龙头镇", "博立村", "博立村", "9月2日", "2021-09-02"],
  ];
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("坡头区村级电子商务服务站点台账", W)); merges.push("A1:I1");
    rows.push(span("（2021年新建部分“建成挂牌时间”只写了月日，年份均为2021年，见第二段标题）", W)); merges.push("A2:I2");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "详细地址", "站长", "联系电话", "建成挂牌时间", "备注"]);
    let n = 0;
    const put = (s, i, note) => {
      n += 1;
      const nm = s[1].replace(/委会$/, "") + "电商服务站" + (note && /第二/.test(note) ? "（二站）" : "");
      rows.push([n, s[0], nm, s[1], "坡头区" + s[0] + s[1].replace(/委会$/, "") + (s[2] === null ? "居委会一楼" : n % 3 ? "村委会旁" : "文化室一楼"), "庞钟杨谭许邓蔡何周陈李黄"[n % 12] + "××",
        n % 5 === 0 ? null : "1380759" + String(2100 + n * 53).padStart(4, "0"), s[3], note]);
    };
    rows.push(span("一、2020年建成（15个）", W)); merges.push(`A${rows.length}:I${rows.length}`);
    ST20.forEach((s, i) => put(s, i, i === 8 || i === 14 ? "当月挂牌，具体日期不详" : null));
    rows.push(["小计", null, "15个", null, null, null, null, null, null]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(span("二、2021年新建（12个，时间均为2021年）", W)); merges.push(`A${rows.length}:I${rows.length}`);
    ST21.forEach((s, i) => put(s, i, i === 8 ? "社区站" : i === 9 ? "田头村第二个站点（码头）" : i === 10 ? "沙城村第二个站点（圩镇）" : i === 11 ? "9月挂牌" : null));
    rows.push(["小计", null, "12个", null, null, null, null, null, null]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(["合计", null, "27个", null, null, null, null, null, null]); merges.push(`A${rows.length}:B${rows.length}`);
    sheets.push(sheet("站点台账", rows, merges));
  }
  const ST = ST20.concat(ST21);
  assert(ST.length === 27, "27 stations");
  ST.forEach((s) => assert(s[2] === null || ADMIN.includes(s[2]), "station village in list " + s[2]));
  const covered = new Set(ST.filter((s) => s[2] && dateOk(s[4])).map((s) => s[2]));
  assert(covered.size === 23 && covered.size * 100 < 34 * 70 && covered.size * 100 >= 34 * 50, "23/34 = 67.6% → 2");
  assert(POOR.every((p) => covered.has(p)), "poor 3/3");
  // ---------------------------------------------------------------- 培训台账（计划与完成情况）
  // [期次, 计划时间, 实际 cell, iso|null, 主题, 地点, 计划人数, 实到人次|null, 备注]
  const SES = [
    [1, "2020年9月", "2020.9.25", "2020-09-25", "农村电商基础", "区电商公共服务中心", 300, 286, null],
    [2, "2020年10月", "2020.10.23", "2020-10-23", "网店开设与运营", "南三镇", 300, 312, null],
    [3, "2020年11月", "2020.11.20", "2020-11-20", "农产品包装设计", "乾塘镇", 250, 241, null],
    [4, "2020年12月", D("2020-12-18"), "2020-12-18", "年货节网店促销", "龙头镇", 300, 325, null],
    [5, "2021年1月", null, null, "社群营销", "官渡镇", 200, null, "疫情防控，取消"],
    [6, "2021年2月", "2021.2.26", "2021-02-26", "春耕农资网购", "官渡镇", 300, 300, "1月取消的一期顺延"],
    [7, "2021年3月", "2021.3.19", "2021-03-19", "短视频拍摄", "坡头镇", 300, 296, null],
    [8, "2021年4月", "2021.4.16", "2021-04-16", "直播带货入门", "区电商公共服务中心", 300, 308, null],
    [9, "2021年5月", "2021.5.21", "2021-05-21", "生蚝、对虾线上营销", "南三镇", 350, 362, null],
    [10, "2021年6月", "2021.6.18-19", "2021-06-19", "直播带货进阶（两天）", "区电商公共服务中心", 400, 415, "两天合计人次"],
    [11, "2021年7月", "2021.7.23", "2021-07-23", "社群营销", "官渡镇", 300, 287, null],
    [12, "2021年8月", "2021.8.20", "2021-08-20", "冷链包装与寄递", "乾塘镇", 300, 318, null],
    [13, "2021年9月", "2021.9.10", "2021-09-10", "跨境电商入门", "区电商公共服务中心", 300, 278, null],
  ];
  const sesOk = SES.filter((s) => s[3] && dateOk(s[3])).reduce((a, s) => a + s[7], 0);
  assert(sesOk === 3450, "sessions to cut-off 3450 got " + sesOk);
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("坡头区2020—2021年度农村电商培训计划及完成情况表", W)); merges.push("A1:H1");
    rows.push(["期次", "计划时间", "实际举办时间", "培训主题", "培训地点", "计划人数", "实到人次", "备注"]);
    SES.forEach((s) => rows.push([s[0], s[1], s[2], s[4], s[5], s[6], s[7], s[8]]));
    const planT = SES.reduce((a, s) => a + s[6], 0), actT = SES.reduce((a, s) => a + (s[7] || 0), 0);
    assert(actT === 3728, "act total");
    rows.push(["合计", null, null, null, null, planT, actT, null]); merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(span("注：1．实到人次以各期签到表为准；2．第10期为两天（6月18日—19日）；3．贫困户专场另有签到表（见“贫困户专场签到”），不列入本表。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("培训台账", rows, merges));
  }
  // ---------------------------------------------------------------- 贫困人口（扶贫系统导出）
  // [village, 户, name, relation, birth, 劳动技能, 务工状况, months, wantX]
  const PP = [
    ["北涯村", 1, "陈亚福", "户主", "19650312", "普通劳动力", "乡（镇）内务工", 8, false],
    ["北涯村", 1, "李秀英", "配偶", "19680420", "弱劳动力或半劳动力", "未务工", 0, true],
    ["北涯村", 1, "陈志强", "之子", "19900815", "普通劳动力", "省外务工", 10, false],
    ["北涯村", 2, "吴国平", "户主", "19720103", "普通劳动力", "未务工", 0, false],
    ["北涯村", 2, "黄丽娟", "配偶", "19751122", "普通劳动力", "乡（镇）外县内务工", 6, false],
    ["北涯村", 2, "吴小梅", "之女", "20080509", "无劳动力", "未务工", 0, false],
    ["西岭村", 3, "梁伯", "户主", "19420618", "丧失劳动力", "未务工", 0, false],
    ["西岭村", 3, "梁文辉", "之子", "19780911", "技能劳动力", "县外省内务工", 11, false],
    ["西岭村", 3, "周玉兰", "之儿媳", "19800224", "普通劳动力", "未务工", 0, false],
    ["西岭村", 4, "庞金凤", "户主", "19700707", "普通劳动力", "未务工", 0, false],
    ["西岭村", 4, "庞永健", "之子", "19950131", "普通劳动力", "乡（镇）内务工", 9, false],
    ["鸭曹村", 5, "钟亚四", "户主", "19580426", "弱劳动力或半劳动力", "未务工", 0, false],
    ["鸭曹村", 5, "钟海燕", "之女", "19920817", "普通劳动力", "省外务工", 12, false],
    ["鸭曹村", 6, "杨志明", "户主", "19760302", "普通劳动力", "未务工", 0, false],
    ["鸭曹村", 6, "何秋菊", "配偶", "19790928", "普通劳动力", "未务工", 0, false],
    ["鸭曹村", 6, "杨嘉豪", "之子", "20050614", "无劳动力", "未务工", 0, false],
    ["田头村", 7, "林华", "户主", "19820519", "技能劳动力", "乡（镇）外县内务工", 10, false],
    ["田头村", 7, "谭美玲", "配偶", "19840703", "普通劳动力", "未务工", 0, false],
    ["沙城村", 8, "莫桂芳", "户主", "19630811", "普通劳动力", "未务工", 0, false],
    ["沙城村", 8, "莫建新", "之子", "19880227", "普通劳动力", "县外省内务工", 9, false],
    ["龙头村", 9, "许亚生", "户主", "19600101", "弱劳动力或半劳动力", "未务工", 0, false],
    ["龙头村", 9, "许丽萍", "之女", "19870420", "普通劳动力", "未务工", 0, false],
    ["官渡村", 10, "邓振华", "户主", "19740915", "普通劳动力", "乡（镇）内务工", 7, false],
    ["官渡村", 10, "邓婆", "之母", "19390303", "无劳动力", "未务工", 0, false],
    ["坡头村", 11, "蔡小红", "户主", "19810606", "普通劳动力", "未务工", 0, false],
    ["坡头村", 11, "蔡志文", "之子", "20100212", "无劳动力", "未务工", 0, false],
  ];
  const IDS = PP.map((p, i) => makeId(AREA, p[4], 120 + i * 37, p[8]));
  assert(IDS[1].endsWith("X") && new Set(IDS).size === PP.length, "ids");
  const LABOUR = new Set(["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"]);
  const MIGRANT = new Set(["省外务工", "县外省内务工"]);
  const eligible = PP.map((p, i) => i).filter((i) => LABOUR.has(PP[i][5]) && !MIGRANT.has(PP[i][6]));
  assert(eligible.length === 17, "17 eligible got " + eligible.length);
  {
    const W = 11, rows = [], merges = [];
    rows.push(span("全国扶贫开发信息系统　贫困人口信息（广东省湛江市坡头区）", W)); merges.push("A1:K1");
    rows.push(span("导出时间：2021-08-30 15:22:10　　导出单位：坡头区乡村振兴局　　范围：坡头区全部建档立卡贫困户（11户26人）", W)); merges.push("A2:K2");
    rows.push(["序号", "县（区）", "镇", "行政村", "户编号", "姓名", "与户主关系", "证件号码", "劳动技能", "务工状况", "务工时间（月）"]);
    PP.forEach((p, i) => rows.push([i + 1, "坡头区", TOWNS.find((t) => t[1].includes(p[0]))[0], p[0], "4408040" + String(1000 + p[1] * 17), p[2], p[3], IDS[i], p[5], p[6], p[7]]));
    rows.push(span("电商股注：1．劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的为有劳动能力，“丧失劳动力”“无劳动力”的为无劳动能力。2．务工状况为“省外务工”“县外省内务工”的为外出务工（不计入培训基数）；“乡（镇）内务工”“乡（镇）外县内务工”“未务工”均不属外出务工。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    sheets.push(sheet("贫困人口", rows, merges));
  }
  // ---------------------------------------------------------------- 贫困户专场签到
  const SIGN = [];
  [2, 12, 0, 3, 19].forEach((k) => SIGN.push([k, "2021年2月5日", "2021-02-05"]));
  [0, 1, 8, 9, 11, 13, 14, 7].forEach((k) => SIGN.push([k, "2021.4.23", "2021-04-23"]));
  [17, 18, 21, 1, 13, 3, 8, 9, 0].forEach((k) => SIGN.push([k, D("2021-07-15"), "2021-07-15"]));
  [22, 24, 4].forEach((k) => SIGN.push([k, "2021.9.8", "2021-09-08"]));
  const signOk = SIGN.filter((s) => dateOk(s[2]));
  assert(signOk.length === 22, "22 sign-ins to cut-off");
  const trainedAny = new Set(signOk.map((s) => s[0]));
  const trained = new Set([...trainedAny].filter((i) => eligible.includes(i)));
  assert(trained.size === 11 && trainedAny.size === 15, "11 eligible trained, 15 poor trained in all");
  assert(trained.size * 100 >= 17 * 50 && trained.size * 100 < 17 * 70, "11/17 = 64.7%");
  assert(Math.round(15 / 17 * 1000) === 882, "clerk 88.2%");
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("坡头区建档立卡贫困户电商专场培训签到表", W)); merges.push("A1:G1");
    rows.push(["序号", "培训日期", "姓名", "身份证号", "所在村", "是否建档立卡", "本人签名"]);
    let x = 0;
    SIGN.forEach((s, i) => {
      let id = IDS[s[0]];
      if (s[0] === 1 && s[2] === "2021-07-15") { id = id.slice(0, 17) + "x"; x += 1; }
      rows.push([i + 1, s[1], PP[s[0]][2], id, PP[s[0]][0], "是", PP[s[0]][2]]);
    });
    assert(x === 1, "one lower-case x");
    rows.push(span("注：9月8日一期在考评截止日后。", W)); merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("贫困户专场签到", rows, merges));
  }
  const personTimes = sesOk + signOk.length;
  assert(personTimes === 3472 && personTimes * 1000 >= 346000 * 10, "3472/346000 = 1.003% → 10");
  assert(sesOk * 1000 < 346000 * 10, "without sign-ins 0.997% (a reader who drops them gets 8)");
  // ---------------------------------------------------------------- 入驻企业（两行表头，类型为经办人写法）
  // [name, code, type, entered cell, iso, left cell, left iso, note]
  const code = (i) => "91440804MA5" + String(4800 + i * 97).padStart(4, "0") + "X" + String(10 + i);
  const EN = [
    ["湛江坡头好味电子商务有限公司", 0, "代运营服务商", "2020.7.1", "2020-07-01", null, null, null],
    ["湛江南三岛海产网络科技有限公司", 1, "平台", "2020.7.1", "2020-07-01", null, null, null],
    ["湛江乾塘对虾电商有限公司", 2, "网店（销售）", "2020.7.15", "2020-07-15", null, null, null],
    ["坡头区龙头生蚝网店", 3, "网店（销售）", "2020.8.3", "2020-08-03", null, null, null],
    ["湛江南调快递共配有限公司", 4, "快递物流", "2020.8.3", "2020-08-03", null, null, null],
    ["湛江官渡农品汇电子商务有限公司", 5, "网店（销售）", "2020.9.1", "2020-09-01", null, null, null],
    ["湛江坡头直播传媒有限公司", 6, "直播服务", "2020.9.14", "2020-09-14", null, null, null],
    ["湛江海湾冷链仓储有限公司", 7, "仓储物流", D("2020-10-08"), "2020-10-08", null, null, null],
    ["湛江沙城番薯电子商务有限公司", 8, "网店（销售）", "2020.10.20", "2020-10-20", "2021.3.31", "2021-03-31", "已退租"],
    ["湛江南三鲜生电子商务有限公司", 9, "网店（销售）", "2020.11.2", "2020-11-02", null, null, null],
    ["湛江坡头优品网络科技有限公司", 10, "平台", "2020.11.16", "2020-11-16", null, null, "2021年6月更名为“湛江坡头优选网络科技有限公司”，见第20行"],
    ["湛江麻斜湾电子商务有限公司", 11, "网店（销售）", "2020.12.1", "2020-12-01", null, null, null],
    ["湛江龙头海鸭蛋网店", 12, "网店（销售）", "2020.12.15", "2020-12-15", null, null, null],
    ["湛江西岭农业发展有限公司", 13, "网店（销售）", "21.1.6", "2021-01-06", null, null, null],
    ["湛江博立电商运营有限公司", 14, "代运营服务商", "2021.1.20", "2021-01-20", null, null, null],
    ["湛江北涯渔村电子商务有限公司", 15, "网店（销售）", "2021年3月", "2021-03", "2021.7.15", "2021-07-15", "已退租"],
    ["湛江坡头云仓供应链有限公司", 16, "仓储物流", "2021.3.22", "2021-03-22", null, null, null],
    ["湛江鸭曹土特产网店", 17, "网店（销售）", "2021.4.8", "2021-04-08", null, null, null],
    ["湛江官渡甘蔗电子商务有限公司", 18, "网店（销售）", "2021.5.10", "2021-05-10", null, null, null],
    ["湛江坡头优选网络科技有限公司", 10, "平台", "2021.6.1", "2021-06-01", null, null, "即第11行企业更名，统一社会信用代码相同，不是新入驻"],
    ["湛江丹竹荔枝电子商务有限公司", 20, "网店（销售）", "2021.6.21", "2021-06-21", null, null, null],
    ["湛江南三岛民宿预订平台有限公司", 21, "平台", D("2021-08-02"), "2021-08-02", null, null, null],
    ["湛江乾塘虾苗电商有限公司", 22, "网店（销售）", "2021.9.6", "2021-09-06", null, null, "9月新入驻"],
  ];
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("南调电商产业园入驻企业情况表", W)); merges.push("A1:G1");
    rows.push(["序号", "企业名称", "统一社会信用代码", "经营类别", "入驻情况", null, "备注"]);
    rows.push([null, null, null, null, "入驻时间", "退出时间", null]);
    merges.push("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3");
    EN.forEach((e, i) => rows.push([i + 1, e[0], code(e[1]), e[2], e[3], e[5], e[7]]));
    rows.push(span("注：经营类别中“平台”为平台型电商企业，“网店（销售）”为销售型企业，“代运营服务商”为电商运营商，“快递物流”“仓储物流”为物流企业。", W)); merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("入驻企业", rows, merges));
  }
  const inPark = EN.filter((e) => dateOk(e[4]) && !(e[6] && e[6] <= AS_OF));
  const inParkDistinct = new Set(inPark.map((e) => code(e[1])));
  assert(EN.every((e) => code(e[1]).length === 18) && EN.length === 23 && inPark.length === 20 && inParkDistinct.size === 19, "19 distinct in park");
  const TYPES = { "平台": "平台型", "网店（销售）": "销售型", "代运营服务商": "电商运营商", "快递物流": "物流企业", "仓储物流": "物流企业", "直播服务": "直播服务" };
  assert(new Set(inPark.map((e) => TYPES[e[2]])).size === 5, "5 types");
  // ---------------------------------------------------------------- 资金台账（国库集中支付明细：月计、年累计、冲销）
  // [date iso, voucher, 摘要, 收款人, amount]
  const PAY = [
    ["2020-06-28", "GK2020-0612", "区电商公共服务中心装修及设备（首付）", "湛江坡头好味电子商务有限公司", 1200000],
    ["2020-08-14", "GK2020-0877", "村级电商服务站点建设（第一批）", "湛江坡头好味电子商务有限公司", 650000],
    ["2020-12-22", "GK2020-1403", "农村电商培训服务（2020年度）", "湛江坡头好味电子商务有限公司", 480000],
    ["2020-12-29", "GK2020-1466", "南调电商产业园冷链仓储改造", "湛江海湾冷链仓储有限公司", 520000],
    ["2021-01-15", "GK2021-0041", "冲销：GK2020-1466多付设备尾款（退回国库）", "湛江海湾冷链仓储有限公司", -20000],
    ["2021-03-26", "GK2021-0388", "村级电商服务站点建设（第二批）", "湛江坡头好味电子商务有限公司", 540000],
    ["2021-06-30", "GK2021-0912", "农产品品牌推广及网络促销", "湛江坡头好味电子商务有限公司", 362500],
    ["2021-08-27", "GK2021-1175", "农村电商培训服务（2021年上半年）", "湛江坡头好味电子商务有限公司", 280000],
    ["2021-09-07", "GK2021-1239", "公共服务中心运营补贴", "湛江坡头好味电子商务有限公司", 300000],
  ];
  const spent = PAY.filter((p) => dateOk(p[0])).reduce((a, p) => a + p[4], 0);
  assert(spent === 4012500 && spent * 100 >= 5000000 * 70, "4,012,500 / 5,000,000 = 80.25%");
  {
    const W = 6, rows = [], merges = [];
    rows.push(span("坡头区财政国库集中支付明细查询", W)); merges.push("A1:F1");
    rows.push(span("预算单位：坡头区经济和信息化局　　项目：2019年省级电子商务进农村综合示范专项资金　　查询期间：2020-01-01 至 2021-09-30　　金额单位：元", W)); merges.push("A2:F2");
    rows.push(["支付日期", "支付凭证号", "摘要", "收款人", "支付方式", "支付金额"]);
    let month = null, mSum = 0, year = null, ySum = 0, all = 0;
    const flushMonth = () => { rows.push([null, null, "本月合计", null, null, fmtYuan(mSum)]); };
    const flushYear = () => { rows.push([null, null, "本年累计", null, null, fmtYuan(ySum)]); };
    PAY.forEach((p) => {
      const m = p[0].slice(0, 7), y = p[0].slice(0, 4);
      if (month !== null && m !== month) { flushMonth(); mSum = 0; }
      if (year !== null && y !== year) { flushYear(); ySum = 0; }
      month = m; year = y;
      rows.push([p[0], p[1], p[2], p[3], "直接支付", fmtYuan(p[4])]);
      mSum += p[4]; ySum += p[4]; all += p[4];
    });
    flushMonth(); flushYear();
    rows.push([null, null, "项目累计", null, null, fmtYuan(all)]);
    assert(all === 4312500, "all 4,312,500");
    rows.push(span("电商股注：9月7日一笔在考评截止日后；1月15日为冲销退回，负数。截至8月31日净拨付4,012,500.00元。", W)); merges.push(`A${rows.length}:F${rows.length}`);
    sheets.push(sheet("资金台账", rows, merges));
  }
  // ---------------------------------------------------------------- 月报报送（OA发文登记导出）
  // [发文日期, 文号, 标题, 主送, isReport]
  const OA = [
    ["2020-09-04", "坡经信函〔2020〕88号", "关于报送坡头区2020年8月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2020-09-18", "坡经信〔2020〕91号", "关于做好村级电商服务站点运营考核的通知", "各镇人民政府", false],
    ["2020-10-09", "坡经信函〔2020〕97号", "关于报送坡头区2020年9月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2020-11-05", "坡经信函〔2020〕105号", "关于报送坡头区2020年10月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2020-12-04", "坡经信函〔2020〕118号", "关于报送坡头区2020年11月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-01-06", "坡经信函〔2021〕3号", "关于报送坡头区2020年12月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-02-09", "坡经信〔2021〕12号", "关于春节期间做好农村电商物流保障工作的通知", "各镇人民政府、区邮政分公司", false],
    ["2021-03-04", "坡经信函〔2021〕21号", "关于报送坡头区2021年1—2月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-04-07", "坡经信函〔2021〕35号", "关于报送坡头区2021年3月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-05-08", "坡经信函〔2021〕47号", "关于报送坡头区2021年4月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-06-04", "坡经信函〔2021〕59号", "关于报送坡头区2021年5月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-06-21", "坡经信〔2021〕63号", "关于举办第十期农村电商培训班的通知", "各镇人民政府", false],
    ["2021-07-05", "坡经信函〔2021〕70号", "关于报送坡头区2021年6月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-08-04", "坡经信函〔2021〕82号", "关于报送坡头区2021年7月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
    ["2021-09-03", "坡经信函〔2021〕95号", "关于报送坡头区2021年8月电子商务进农村综合示范工作进展情况的报告", "湛江市商务局", true],
  ];
  const repDates = OA.filter((o) => o[4]).map((o) => o[0]);
  assert(monthsCovered(repDates) === 11, "reports 11 months (none sent in 2021-02)");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("坡头区经济和信息化局 OA 发文登记（导出）　　查询条件：拟稿部门＝电商股；发文日期 2020-09-01 至 2021-09-30", W)); merges.push("A1:H1");
    rows.push(["序号", "发文日期", "文号", "标题", "主送单位", "签发人", "密级", "份数"]);
    OA.forEach((o, i) => rows.push([i + 1, o[0].replace(/-/g, "/").replace(/\/0/g, "/"), o[1], o[2], o[3], "黄××", "无", o[4] ? 2 : 12]));
    rows.push(span("电商股注：主送湛江市商务局的“工作进展情况的报告”即月报，每期都附“电商扶贫统计表”；2021年1—2月合并在3月4日报送。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("月报报送", rows, merges));
  }
  // ---------------------------------------------------------------- 专栏更新（网站内容管理系统导出）
  // [title, 栏目, 发布时间 | null, 状态]
  const CMS = [
    ["坡头区电子商务进农村综合示范创建工作方案", "电商进农村", "2019-12-20 10:12:31", "已发布"],
    ["坡头区电子商务进农村综合示范项目基本信息公示", "电商进农村", "2020-06-12 16:03:05", "已发布"],
    ["项目建设进度（2020年8月）", "电商进农村", "2020-09-11 09:40:22", "已发布"],
    ["项目建设进度（2020年9月）", "电商进农村", "2020-10-16 15:21:09", "已发布"],
    ["关于开展2020年“双十一”农产品网络促销活动的通知", "通知公告", "2020-10-28 11:00:00", "已发布"],
    ["项目建设进度（2020年10月）", "电商进农村", "2020-11-13 10:05:47", "已发布"],
    ["坡头区电子商务进农村综合示范项目监督举报电话", "电商进农村", "2020-11-20 17:30:12", "已发布"],
    ["项目建设进度（2020年11月）", "电商进农村", "2020-12-11 09:18:56", "已发布"],
    ["项目建设进度（2020年12月）", "电商进农村", "2021-01-15 14:44:03", "已发布"],
    ["项目建设进度（2021年1月）", "电商进农村", "2021-02-05 10:26:39", "已发布"],
    ["项目建设进度（2021年2月）", "电商进农村", "2021-03-12 16:52:18", "已发布"],
    ["项目建设进度（2021年3月）", "电商进农村", "2021-04-09 09:09:09", "已发布"],
    ["项目建设进度（2021年4月）", "电商进农村", "2021-05-14 11:37:25", "已发布"],
    ["项目建设进度（2021年5月）", "电商进农村", "2021-06-11 15:02:44", "已发布"],
    ["项目建设进度（2021年6月）", "电商进农村", "2021-07-09 10:48:01", "已发布"],
    ["项目建设进度（2021年7月）", "电商进农村", "2021-08-13 16:20:33", "已发布"],
    ["项目建设进度（2021年8月）", "电商进农村", null, "草稿"],
  ];
  const disDates = CMS.filter((c) => c[1] === "电商进农村" && c[2]).map((c) => c[2].slice(0, 10));
  assert(monthsCovered(disDates) === 12, "disclosure 12 months");
  {
    const rows = [];
    rows.push(["标题", "所属栏目", "发布人", "发布时间", "状态", "浏览量"]);
    CMS.forEach((c, i) => rows.push([c[0], c[1], "莫××", c[2], c[3], c[2] ? 300 + ((i * 211) % 900) : 0]));
    sheets.push(sheet("专栏更新", rows));
  }
  // ---------------------------------------------------------------- 宣传报道
  const MED = [
    ["20年11月6日", "2020-11-06", "湛江日报", "市级", "报纸", "坡头村级电商站点开到海岛渔村", "否"],
    [D("2021-01-22"), "2021-01-22", "坡头区融媒体中心（“坡头发布”）", "区级", "网络", "我区第二批村级电商服务站点挂牌", "否"],
    ["2021.5.12", "2021-05-12", "南方日报", "省级", "报纸", "湛江坡头：“海岛+电商”让生蚝卖出好价钱", "否"],
    ["2021.6.25", "2021-06-25", "广东广播电视台珠江频道《今日关注》", "省级", "电视", "南三岛脱贫户直播卖海鸭蛋", "是"],
    ["2021.9.3", "2021-09-03", "中央广播电视总台农业农村频道", "中央", "电视", "湛江坡头：小网店带富海岛村", "是"],
  ];
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("坡头区电子商务进农村宣传报道登记表", W)); merges.push("A1:H1");
    rows.push(["序号", "报道日期", "媒体", "媒体级别", "形式", "标题", "电商扶贫典型案例", "佐证"]);
    MED.forEach((m, i) => rows.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6], "截图/视频"]));
    sheets.push(sheet("宣传报道", rows, merges));
  }
  // ---------------------------------------------------------------- 经验材料
  {
    const rows = [["报送日期", "材料名称", "报送对象", "报送方式"],
      ["2021.7.20", "坡头区“海岛+电商”助农增收经验做法", "湛江市商务局", "公文交换"]];
    sheets.push(sheet("经验材料", rows));
  }
  // ---------------------------------------------------------------- 下拉选项（隐藏）
  {
    const rows = [["是否", "镇", "级别", "形式"], ["是", "南三镇", "中央", "电视"], ["否", "乾塘镇", "省级", "报纸"], [null, "龙头镇", "市级", "网络"],
      [null, "官渡镇", "区级", null], [null, "坡头镇", null, null]];
    sheets.push(sheet("下拉选项", rows, null, { hidden: true }));
  }
  // ---------------------------------------------------------------- expectation
  assert(Math.round(503 / 412 * 1000) === 1221 && Math.round(181 / 135 * 1000) === 1341, "growth 22.1% / 34.1%");
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(sumPts(points) === 89, "89 got " + sumPts(points));
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const vetoed = points["veto.incident"] + points["veto.progress"] + points["veto.fraud"] > 0;
  const total = vetoed ? 0 : sumPts(points) + bonus;
  assert(total === 90 && bonus === 1, "total 90 got " + total);
  write("counties/b120-c1-potou.json", {
    description:
      "湛江市坡头区经济和信息化局电商股交的整本考评资料汇编（14个表，含1个隐藏的下拉选项表），89＋加分1＝90分（未否决；自查表自评97＋加分3）。事实和自评分在《自查表》：这是沿用的2020年中期自查表，在原表上加“2021年终期”列——三行标题说明（写明“2020年中期”两列只作对照、不是本次数据，“同左”表示与左边相邻的“2020年中期”格相同），两行表头（填报情况、自评分各分“2020年中期｜2021年终期”），评价指标和两列自评分按指标纵向合并。读法：只读“2021年终期”两列；写“同左”的取左边中期格——行政村34个、省定贫困村3个、方案已印发、中心运营日期2020.6.18、其他衍生增值服务“无”（同左）、2019年农村网零4.12亿元、2019年农产品网零1.35亿元、资金500万元、工作台账1分、促销2分、方案制定自评2分、数据上报自评6分、资金台账自评4分都来自“同左”；组长“区委副书记、区长”是区长，属主要领导（不是“副”职），成员单位含商务、财政、农业农村、乡村振兴 → 主要领导、部门齐全；中期列的副区长、35%进度、33.9万人都不读。自查表称“参加培训的贫困人口15人”“15/17＝88.2%”，与名单不符（名单为11人），以名单为准。台账：村居名单是区民政局换届统计表（镇名纵向合并，每镇一行小计、末行全区合计；类别“村民委员会”34个、“社区居民委员会”4个；电商股加的“省定贫困村”列只标“是”、“快递进村”行政村全“√”）；站点台账分两段，2021年段“建成挂牌时间”只写“3月12日”之类，年份见段标题；有“20年10月”“20年12月”按月，社区站、田头村和沙城村（写作“沙城村委会”）各两站、博立村9月2日，小计合计行不算；培训台账是计划及完成情况表，读“实际举办时间”和“实到人次”，第5期取消，两天班按末日，9月那期不算；贫困户专场签到另列（李秀英7月那次末位小写x）；贫困人口是扶贫系统导出，劳动技能、务工状况按表下注释判断；入驻企业两行表头，第11、20行是同一企业更名（信用代码相同）；资金台账是国库支付明细，有“本月合计”“本年累计”“项目累计”行和一笔冲销负数；月报是OA发文登记，只有主送湛江市商务局的“进展情况的报告”是月报，2021年2月没有发出；专栏更新是网站后台导出，“通知公告”栏目和草稿不算。",
    sheets,
    expect: { asOf: "2021-08-31", total, bonus, vetoed, points, claimed },
    derivation: [
      "org.leadership: 终期组长“区委副书记、区长 林××”= 区长，主要领导；成员单位有区经信局（商务）、财政局、农业农村局、乡村振兴局（原扶贫办）→ 2（中期“副区长”不读）",
      "org.plan: 示范创建工作方案终期“同左”= 已印发（坡府办〔2019〕41号）；终期自评分“同左”= 2 → 2",
      "org.policy: 终期“已出台《坡头区促进农村电子商务发展扶持办法》”；终期自评2 → 2",
      "org.management: 项目管理制度终期2分 ＋ 工作台账终期“同左”= 1分 → 3",
      "work.center: 中心运营2020-06-18（同左）≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训 2；免费展示销售 1；免费摄影美工（终期“有”）1；品牌“坡头好味” 1；其他增值服务终期“同左”= 无 0；产业园已建成 2；入驻企业表23行，去掉沙城番薯（2021.3.31退出）、北涯渔村（2021.7.15退出）、乾塘虾苗（2021.9.6入驻）= 20行，第11、20行同一信用代码（更名）→ 19家 < 20 → 0；类型 平台、网店（销售）、代运营服务商、快递/仓储物流、直播服务 ≥ 3 → 1；合计 12（自评15）",
      "work.coverage: 行政村34个（4个社区不计）；截至8月31日有站的行政村 = 2020年段15个 ＋ 2021年段沙腰、谭井、新屋、油甘园、东岸、丹竹、麻俸、那良8个 = 23（乾塘社区站不计；田头村、沙城村第二站不重复计；博立村2021年9月2日不算）；23/34 = 67.6% → 50%–70% → 2；省定贫困村北涯、西岭、鸭曹都在2020年建站 3/3 = 100% → 5；合计 7（自评10）",
      "work.upward: 网销调研终期2分 2；促销终期“同左”= 2分 2；第三方服务商“同左”= 有 1；村居名单有快递列，34个行政村全“√” → 1；交易标准与溯源终期1分 1；农村网零5.03/4.12 = +22.1% 不够，但农产品网零1.81/1.35 = +34.1% ≥ 30% → 2；合计 9",
      "work.training: 人次 = 培训台账实际举办且≤截止日的11期 286+312+241+325+300+296+308+362+415+287+318 = 3,450（第5期取消，第13期2021.9.10不算，合计行不算，计划人数不读）＋ 贫困户专场签到截止日前22行 = 3,472；基数 min(346,000, 500,000)；3,472/346,000 = 1.003% ≥ 1% → 10。贫困人口名单26人，有劳动能力（普通、技能、弱或半劳动力）且非外出务工（省外、县外省内）= 17人；截至8月31日参训的其中11人（陈亚福、李秀英、吴国平、周玉兰、庞金凤、钟亚四、杨志明、何秋菊、谭美玲、莫桂芳、许丽萍；李秀英末位x同一人）；陈志强、钟海燕、莫建新、梁文辉外出务工只算人次；邓振华、蔡小红、黄丽娟9月8日才参训；11/17 = 64.7% ≥ 50% → 10；合计 20（自查表称参训15人，名单为准）",
      "info.disclosure: 创建方案、项目基本信息、建设进度均“同左”= 是，监督举报窗口终期“是” → 2；专栏更新“电商进农村”栏目2020年9月…2021年8月每月都有已发布条目（“通知公告”不算，8月草稿未发布，8月已有8月13日一条）→ 2；合计 4",
      "info.reporting: OA登记主送湛江市商务局的月报发文日期覆盖2020-09…2021-01、2021-03…2021-08，2021年2月无报送（1—2月合并于3月4日报）→ 11个月 → 不定时 1；能统计电商扶贫“同左”= 是（月报附电商扶贫统计表）→ 3；合计 4（自评6）",
      "promo.cases: 经验材料2021.7.20报送湛江市商务局 → 2",
      "promo.media: 截止日前：南方日报、广东广播电视台（省级）→ 4；湛江日报（市级）→ 3；坡头发布（区级）→ 1；合计 8（中央台2021.9.3在截止日后，不影响）",
      "fund.system: 资金管理制度“同左”= 已制定；终期自评5 → 5",
      "fund.ledger: 资金专用台账“同左”= 已建立；终期自评“同左”= 4 → 4",
      "fund.spending: 国库明细截止日前 1,200,000＋650,000＋480,000＋520,000−20,000＋540,000＋362,500＋280,000 = 4,012,500元（本月合计、本年累计、项目累计行不算，9月7日30万不算）；4,012,500/5,000,000 = 80.25% ≥ 70% → 按终期自评（及时拨付）5 → 5",
      "bonus.poorTraining: 11/17 = 64.7% < 70% → 0（自评2，按自查表“15/17”计算，含外出务工人员）",
      "bonus.tvCase: 广东广播电视台珠江频道2021.6.25播出电商扶贫典型案例（省级电视）→ 1；中央台2021.9.3在截止日后 → 不得2分",
      "veto.incident: 终期“同左”= 无 → 0，不否决",
      "veto.progress: 项目总体进度终期90% ≥ 40% → 0，不否决（中期35%不读）",
      "veto.fraud: 终期“同左”= 无 → 0，不否决",
      "total: 2+2+2+3+12+7+9+20+4+4+2+8+5+4+5 = 89，加分1，合计90；自查表终期自评97＋加分3",
    ],
  });
})();

// =====================================================================================
// facts/b120-f1-huaiji: 肇庆怀集县 — 领导小组《会议纪要》：县长（组长）委托副县长主持；会上核减培训人次、调整自评分
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  const lv = (l, v) => { rows.push([l, v, null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`); };
  full("怀集县电子商务进农村综合示范创建工作领导小组");
  full("会　议　纪　要");
  full("〔2021〕3号");
  rows.push(["领导小组办公室（县商务局）", null, null, null, "2021年9月3日", null]); merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━");
  lv("会议时间", "2021年9月2日（星期四）下午3:00");
  lv("会议地点", "县政府三楼第一会议室");
  lv("主　　持", "副县长、领导小组副组长 何××（受县长、领导小组组长 梁××委托）");
  lv("出　　席", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司负责同志，各镇分管领导");
  lv("列　　席", "肇庆市怀商电子商务有限公司（第三方运营服务商）项目负责人");
  lv("记　　录", "县商务局 邓××");
  const P = [
    "2021年9月2日，受县长、领导小组组长梁××委托，副县长、领导小组副组长何××主持召开县电子商务进农村综合示范创建工作领导小组会议，听取县商务局关于示范创建工作和考评自评情况的汇报（数据截至2021年8月31日），逐项审议自评材料。现将会议议定事项纪要如下：",
    "一、关于创建基本情况。会议认为，我县示范创建工作在以县长为组长的领导小组统筹下有序推进，领导小组成员单位包括县商务局、县财政局、县农业农村局、县乡村振兴局等12个部门。县政府办公室于2019年12月正式印发《怀集县电子商务进农村综合示范县工作方案》；2020年7月出台《怀集县支持农村电子商务发展十条措施》。全县常住人口79.3万人，19个镇共有行政村305个（另有社区居委会20个），其中省定贫困村36个。",
    "二、关于公共服务体系。县电子商务公共服务中心于2020年5月28日投入运营，设有免费培训教室和培训设备，为本地特色农产品提供免费展示、销售，为电商企业和个体网商提供免费摄影、美工服务，统一推广“怀集味道”区域公用品牌。整合原县城物流园建成怀集电商产业园。由肇庆市怀商电子商务有限公司作为第三方运营服务商。经县邮政管理部门核实，全县305个行政村均已通快递。",
    "三、关于农村产品上行。据省商务厅反馈数据，2019年全县农村网络零售额8.64亿元，2020年10.37亿元；2020年农产品网络零售额3.12亿元，同比增长33.8%。",
    "四、关于人才培训。县商务局汇报材料中培训人次为6,215人次，会议核实其中397人次为2021年9月举办的两期培训，不应计入，截至8月31日全县培训人次核定为5,818人次。经县乡村振兴局确认，全县有劳动能力的建档立卡贫困人口（不含外出务工人员）6,742人，其中已参加电商培训3,510人。",
    "五、关于信息公开和数据报送。县政府门户网站“电子商务进农村”专栏已公开创建方案、项目基本信息和项目建设进度，但尚未设立征求意见或监督举报窗口。县商务局每月向肇庆市商务局报送工作进展，月报附有电商扶贫统计表。",
    "六、关于资金管理。县财政局、县商务局联合制定了《怀集县电子商务进农村综合示范专项资金管理办法》，各承建单位均建立了资金专用台账。省级下达专项资金500万元，截至8月31日已拨付376.8万元；项目总体进度85%。创建以来未发生安全生产、质量事故。",
    "七、关于自评分。会议逐项审议了县商务局提出的主观评分项自评分：方案制定2分、政策支持2分、项目管理制度2分、工作台账2分、网销调研2分，同意；网络促销活动由2分调整为1分（活动成效缺少销售数据佐证）；交易标准与冷链溯源1分，同意；资金管理制度5分，同意；资金台账由5分调整为4分（部分凭证未附）；资金及时拨付4分，同意。以上调整后的分数为最终自评分。",
    "八、议定事项。（一）县商务局于9月10日前在专栏增设监督举报窗口；（二）县财政局于9月30日前完成剩余资金拨付；（三）县商务局按会议审定的数据和分数修改自评报告，9月8日前报肇庆市商务局。",
  ];
  P.forEach((t) => full(t));
  full("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━");
  lv("分　　送", "县委、县人大、县政府、县政协领导，领导小组各成员单位，各镇人民政府");
  rows.push(["怀集县电子商务进农村综合示范创建工作领导小组办公室", null, null, null, "2021年9月3日印发", null]); merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  assert(6215 - 397 === 5818, "training correction");
  write("facts/b120-f1-huaiji.json", {
    description:
      "肇庆市怀集县商务局交来当事实表的，是县电子商务进农村综合示范创建工作领导小组《会议纪要》〔2021〕3号（2021年9月3日）的Word稿贴进Excel：红头两行、文号、印发单位和日期、分隔线；“会议时间／会议地点／主持／出席／列席／记录”六行（标签在A列，内容合并B:F）；正文九段（一段一行，A:F合并，数据截至2021年8月31日）；分送和印发行。读法：主持人是副县长，但他是“受县长、领导小组组长梁××委托”，正文也写“以县长为组长的领导小组”，成员单位有商务、财政、农业农村、乡村振兴 → 主要领导牵头、部门齐全，不能按主持人读成分管领导。事实在正文句子里：方案2019年12月正式印发；2020年7月出台扶持措施；常住人口79.3万人；行政村305个（社区居委会20个不算）；省定贫困村36个；中心2020年5月28日投入运营；免费培训、免费展示销售、免费摄影美工、统一推广“怀集味道”四项为是（其他增值服务没写，不读）；整合建成产业园；有第三方运营服务商；305个行政村均通快递；2019、2020年农村网零8.64亿元、10.37亿元（没写增速）；2020年农产品网零3.12亿元、同比增长33.8%（没写2019年数）；培训人次读会议核定的5,818（不是汇报材料的6,215，397人次是9月的）；有劳动能力贫困人口6,742人、参训3,510人；专栏公开方案、项目信息、进度，但“尚未设立”征求意见或监督举报窗口 → 否（议定事项里9月10日前增设是计划）；月报附电商扶贫统计 → 能统计；资金管理办法已制定；资金专用台账已建立；资金500万元、已拨付376.8万元；总体进度85%；未发生安全生产、质量事故。判断分读会议审定后的：方案2、政策2、项目管理制度2、工作台账2、网销调研2、促销“由2分调整为1分”→1、标准与溯源1、资金制度5、资金台账“由5分调整为4分”→4、资金及时拨付4。没有按指标的自评分表，不记claimed。",
    sheets: [sheet("会议纪要", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "怀集县",
        asOf: "2021-08-31", planIssued: true, policyIssued: true, residentPopulation: 793000, adminVillagesStated: 305, poorVillagesStated: 36,
        centerOpened: "2020-05-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 864000000, ruralRetail2020: 1037000000, agriRetail2020: 312000000,
        agriRetailGrowthStated: 0.338, trainingPersonTimesStated: 5818, eligiblePoorPersonsStated: 6742, trainedPoorPersonsStated: 3510,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 3768000, overallProgress: 0.85, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b120-f2-yunan: 云浮郁南县 — 问卷星“按选项分列”下载：一行表头（题目）＋两次提交，以最后一次为准
// =====================================================================================
(function f2() {
  // [header, 第1次提交 (作废), 第2次提交 (以此为准)]
  const Q = [
    ["序号", 1, 2],
    ["提交答卷时间", "2021/9/2 16:05:33", "2021/9/6 10:41:07"],
    ["所用时间", "1385秒", "942秒"],
    ["来源", "微信", "微信"],
    ["来源详情", "N/A", "N/A"],
    ["来自IP", "113.108.xx.xx(广东-云浮)", "113.108.xx.xx(广东-云浮)"],
    ["1、县（市、区）名称", "郁南县", "郁南县"],
    ["2、填报人及联系电话", "李×× 0766-75×××××", "李×× 0766-75×××××"],
    ["3、数据截止日期", "2021-08-31", "2021-08-31"],
    ["4、常住人口（万人）", 39.63, 36.93],
    ["5、行政村个数（不含社区）", 183, 183],
    ["6、省定贫困村个数", 38, 38],
    ["7、工作领导小组牵头领导职务", "县长", "县委常委、副县长"],
    ["8、领导小组成员单位(县商务局)", 1, 1],
    ["8、领导小组成员单位(县财政局)", 1, 1],
    ["8、领导小组成员单位(县农业农村局)", 1, 1],
    ["8、领导小组成员单位(县乡村振兴局/扶贫办)", 1, 1],
    ["8、领导小组成员单位(其他〖请注明〗)", "县交通运输局、县邮政分公司", "县交通运输局、县邮政分公司"],
    ["9、示范县工作方案是否已正式印发", "是", "是"],
    ["10、是否已出台支持农村电商发展的政策", "是", "是"],
    ["11、县级电子商务公共服务中心投入运营日期", "2020-12-15", "2020-12-15"],
    ["12、中心提供的服务(免费培训场所和培训设备)", 1, 1],
    ["12、中心提供的服务(特色农产品免费展示、销售)", 1, 1],
    ["12、中心提供的服务(免费摄影、美工)", 1, 0],
    ["12、中心提供的服务(农产品统一推广、品牌建设指导)", 1, 1],
    ["12、中心提供的服务(其他衍生增值服务)", 1, 1],
    ["13、是否建设或整合、优化电商产业园", "是", "是"],
    ["14、是否有专业第三方电子商务运营或服务商", "是", "是"],
    ["15、行政村物流快递覆盖率是否达到100%", "否", "否"],
    ["16、2019年农村网络零售额（万元）", 41250, 41250],
    ["17、2020年农村网络零售额（万元）", 49870, 49870],
    ["18、2019年农产品网络零售额（万元）", 18600, 18600],
    ["19、2020年农产品网络零售额（万元）", 25480, 25480],
    ["20、培训人次", 4102, 4102],
    ["21、有劳动能力的建档立卡贫困人口数（不含外出务工）", 2586, 2856],
    ["22、参加培训的建档立卡贫困人口数", 1310, 1310],
    ["23、政府网站专栏公示内容(创建方案)", 1, 1],
    ["23、政府网站专栏公示内容(项目基本信息)", 1, 1],
    ["23、政府网站专栏公示内容(项目建设进度)", 1, 1],
    ["23、政府网站专栏公示内容(征求意见或监督举报窗口)", 0, 1],
    ["24、能否统计电商扶贫情况", "能", "能"],
    ["25、下达资金总额（万元）", 500, 500],
    ["26、累计拨付资金（万元）", 321.6, 312.6],
    ["27、是否已制定资金管理制度", "是", "是"],
    ["28、是否已建立资金专用台账", "是", "是"],
    ["29、项目总体进度（%）", 87, 78],
    ["30、是否发生安全生产、质量事故或造成重大经济损失", "否", "否"],
    ["31、是否存在弄虚作假", "否", "否"],
    ["32、主观评分—方案制定（1-2分）", 2, 2],
    ["33、主观评分—政策支持（1-2分）", 1, 1],
    ["34、主观评分—项目管理制度（1-2分）", 2, 2],
    ["35、主观评分—工作台账（1-2分）", 2, 2],
    ["36、主观评分—网销调研（1-2分）", 2, 1],
    ["37、主观评分—网络促销活动（1-2分）", 2, 2],
    ["38、主观评分—交易标准与冷链溯源（1-2分）", 1, 1],
    ["39、主观评分—资金管理制度（1-5分）", 4, 4],
    ["40、主观评分—资金台账（1-5分）", 4, 4],
    ["41、主观评分—资金及时拨付（1-5分；资金支出率未达70%的跳过本题）", 4, "(跳过)"],
    ["42、自评得分—组织领导（2分）", 2, 1],
    ["43、自评得分—方案制定（2分）", 2, 2],
    ["44、自评得分—政策支持（2分）", 1, 1],
    ["45、自评得分—项目管理（4分）", 4, 4],
    ["46、自评得分—服务体系建设：县级中心与产业园（15分）", 15, 14],
    ["47、自评得分—服务体系建设：村级站点覆盖（10分）", 10, 10],
    ["48、自评得分—农村产品上行（10分）", 8, 7],
    ["49、自评得分—电商人才培训（20分）", 18, 18],
    ["50、自评得分—信息公开（4分）", 2, 4],
    ["51、自评得分—数据上报（6分）", 6, 6],
    ["52、自评得分—案例总结（2分）", 2, 2],
    ["53、自评得分—经验推广（8分）", 5, 5],
    ["54、自评得分—制度建立（5分）", 4, 4],
    ["55、自评得分—资金台账（5分）", 4, 4],
    ["56、自评得分—资金支出（5分；支出率低于70%倒扣5分）", 4, "-5"],
    ["57、自评得分—加分：贫困人口培训率≥70%（2分）", 0, 0],
    ["58、自评得分—加分：电商扶贫典型案例电视播报（2分）", 0, 0],
    ["59、自评总分", null, null],
  ];
  const num = (v) => (typeof v === "number" ? v : +v);
  const first = Q.map((q) => q[1]), fin = Q.map((q) => q[2]);
  const iTot = Q.length - 1, i42 = Q.findIndex((q) => /^42、/.test(q[0]));
  first[iTot] = first.slice(i42, iTot).reduce((a, v) => a + num(v), 0);
  fin[iTot] = fin.slice(i42, iTot).reduce((a, v) => a + num(v), 0);
  assert(Q.length === 76 && colLetter(75) === "BX" && fin[iTot] === 77 && first[iTot] === 87, "totals 77 / 87 got " + fin[iTot] + "/" + first[iTot]);
  const rows = [Q.map((q) => q[0]), first, fin];
  rows.push(["郁南县商务局电商股注：本表从问卷星“2019年省级电商示范县考评数据填报”下载（按选项分列）。第1条（9月2日提交）常住人口、贫困人口、拨付资金、总体进度、牵头领导等多处填错，9月6日重新提交了第2条，以最后提交的第2条为准，第1条整行作废。多选题每个选项一列，1为选中、0为未选；“(跳过)”为按题目说明未作答。"].concat(Array(Q.length - 1).fill(null)));
  const merges = [`A4:${colLetter(Q.length - 1)}4`];
  // consistency of the final submission
  assert(Math.abs(25480 / 18600 - 1.37) < 0.0005 && 49870 / 41250 < 1.3, "agri +37.0%, rural +20.9%");
  // eslint-disable-next-line no-constant-binary-expression -- the figures written out, as the writer checked them
  assert(312.6 / 500 < 0.7 && 1310 / 2856 >= 0.4 && 1310 / 2856 < 0.5 && 4102 / 369300 >= 0.01, "fund <70%, poor 45.9%, training 1.11%");
  const claimedIds = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
    "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase"];
  const claimed = {}; claimedIds.forEach((id, k) => { claimed[id] = num(fin[i42 + k]); });
  assert(claimed["fund.spending"] === -5 && claimed["work.upward"] === 1 + 2 + 1 + 0 + 1 + 2 && claimed["work.training"] === 10 + 8, "claims consistent");
  write("facts/b120-f2-yunan.json", {
    description:
      "云浮市郁南县商务局电商股交来当事实表的，是市商务局用问卷星收数时的“按选项分列”下载表：第1行是题目（前6列是问卷星自带的序号、提交答卷时间、所用时间、来源、来源详情、来自IP，后面是“1、县（市、区）名称”到“59、自评总分”共76列），第2、3行是两次提交，第4行是电商股加的注（A:BX合并）：第1条9月2日提交的人口、贫困人口、拨付资金、总体进度、牵头领导等多处填错，9月6日重新提交，以最后的第2条为准、第1条整行作废；多选题每个选项一列，1选中、0未选；“(跳过)”是按题目说明不作答。读法：只读第3行（值在题目的下一行，不是右边）——县名郁南县；截止2021-08-31；常住人口36.93万人（不是39.63）；行政村183个；省定贫困村38个；牵头领导“县委常委、副县长” → 分管领导（第1条的“县长”作废）；方案已印发、政策已出台；中心2020-12-15投入运营；中心服务五列中“免费摄影、美工”为0 → 否，其余四项是；产业园是；第三方服务商是；快递覆盖“否”；农村网零2019年41250万元、2020年49870万元；农产品网零2019年18600万元、2020年25480万元（万元要换成元）；培训4102人次；有劳动能力贫困人口2856人（不是2586）、参训1310人；专栏四项都选中；能统计电商扶贫；资金500万元、拨付312.6万元；资金制度、资金台账是；总体进度78%；无事故、无弄虚作假。主观评分32—40题是判断分（方案2、政策1、管理制度2、工作台账2、网销调研1、促销2、标准溯源1、资金制度4、资金台账4），41题资金及时拨付“(跳过)”不算；42—58题是按指标的自评分（资金支出写“-5”即倒扣5分），59题总分77不是某个指标。",
    sheets: [sheet("问卷星导出", rows, merges)],
    expect: {
      facts: {
        county: "郁南县", asOf: "2021-08-31", residentPopulation: 369300, adminVillagesStated: 183, poorVillagesStated: 38, planIssued: true,
        policyIssued: true, centerOpened: "2020-12-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 412500000, ruralRetail2020: 498700000,
        agriRetail2019: 186000000, agriRetail2020: 254800000, trainingPersonTimesStated: 4102, eligiblePoorPersonsStated: 2856,
        trainedPoorPersonsStated: 1310, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3126000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.78, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "deputy",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b120-f3-taishan: 江门台山市 — 市商务局下发的《迎检资料清单》自查对照：√/✓/×/○ 表示资料是否具备，数据写在说明列；有改判的批注
// =====================================================================================
(function f3() {
  // [指标, 资料名称, 具备, 份数, 盒号, 数据及说明, 审核意见]
  const L = [
    ["组织领导", "成立工作领导小组的文件", "√", 1, "1号盒", "台府办〔2019〕87号：组长为副市长伍××，成员单位有市商务局、市财政局、市农业农村局、市扶贫办（现市乡村振兴局）等14个部门", null],
    ["组织领导", "领导小组会议纪要、图片", "√", 4, "1号盒", "共召开4次", null],
    ["方案制定", "正式印发的示范县工作方案", "√", 1, "1号盒", "台府办〔2019〕92号，2019年12月印发", null],
    ["政策支持", "支持农村电商发展的政策文件", "×", 0, "—", "原填√；经核实《台山市支持农村电子商务发展若干措施》仍为征求意见稿，未正式出台，改为×", "同意改×"],
    ["项目管理", "项目管理制度文件", "√", 3, "2号盒", null, null],
    ["项目管理", "工作台账", "√", 8, "2号盒", null, "台账请按月装订"],
    ["服务体系建设", "县级公共服务中心运营材料（开业报道、运营合同、服务记录）", "√", 5, "3号盒", "中心2020.10.28开业运营", null],
    ["服务体系建设", "免费培训场所、设备照片及培训记录", "✓", 2, "3号盒", "免费培训室80座，电脑30台", null],
    ["服务体系建设", "特色农产品免费展示、销售区照片", "✓", 1, "3号盒", "展销区约200㎡，免费入驻展示", null],
    ["服务体系建设", "免费摄影、美工服务记录", "○", 1, "3号盒", "摄影棚可免费预约，美工设计按件收费；本项按不具备计", "部分具备不能算"],
    ["服务体系建设", "品牌建设、统一推广材料", "√", 2, "3号盒", "“台山味道”区域公用品牌", null],
    ["服务体系建设", "其他衍生增值服务记录", "√", 1, "3号盒", "金融对接、商标代办", null],
    ["服务体系建设", "电商产业园入驻企业清单", "√", 1, "4号盒", "台山市电子商务产业园，入驻企业23家", null],
    ["服务体系建设", "行政村清单、省定贫困村清单", "√", 2, "4号盒", "行政村265个（不含社区居委会），其中省定贫困村11个", null],
    ["服务体系建设", "村级站点清单及站点视频", "√", 1, "4号盒", "已建站点226个，省定贫困村全覆盖", "视频抽查30%"],
    ["农村产品上行", "网销调研报告", "√", 1, "5号盒", null, null],
    ["农村产品上行", "网络促销活动文件及总结", "√", 3, "5号盒", null, null],
    ["农村产品上行", "第三方电商运营服务商合同", "√", 1, "5号盒", "台山市侨乡优品电子商务有限公司", null],
    ["农村产品上行", "市邮政管理局快递物流覆盖证明", "√", 1, "5号盒", "行政村快递覆盖率100%", null],
    ["农村产品上行", "交易标准文本、冷链溯源服务企业名单", "×", 0, "—", "未出台交易标准", null],
    ["农村产品上行", "网络零售额统计（省商务厅提供）", "√", 1, "5号盒", "2019年农村网络零售额21.35亿元，2020年26.06亿元，同比增长22.1%；2020年农产品网络零售额同比增长18.4%", null],
    ["电商人才培训", "常住人口证明（七普公报）", "√", 1, "6号盒", "常住人口90.6万人", null],
    ["电商人才培训", "培训通知、签到表、照片", "√", 52, "6—8号盒", "截至2021年8月31日培训6,034人次", null],
    ["电商人才培训", "有劳动能力建档立卡贫困人口清单（乡村振兴局盖章）", "√", 1, "9号盒", "1,127人（不含外出务工人员）", null],
    ["电商人才培训", "参训建档立卡贫困人口清单及签到表", "√", 1, "9号盒", "612人", null],
    ["信息公开", "政府网站专栏截图", "√", 1, "10号盒", "专栏公示创建方案、项目基本信息、建设进度；设监督举报电话0750-55×××××", null],
    ["数据上报", "向江门市商务局报送月报的文件", "√", 12, "10号盒", "2020年9月—2021年8月", null],
    ["数据上报", "电商扶贫统计表", "✓", 12, "10号盒", "月报附表，能统计电商扶贫情况", null],
    ["案例总结", "报送经验材料的文件", "√", 1, "11号盒", null, null],
    ["经验推广", "媒体报道截图、视频", "√", 9, "11号盒", null, null],
    ["资金管理", "资金管理制度", "√", 1, "12号盒", "《台山市电子商务进农村综合示范专项资金管理办法》", null],
    ["资金管理", "承建方资金专用台账及凭证", "√", 6, "12号盒", null, null],
    ["资金管理", "资金拨付文件、凭证", "√", 14, "12号盒", "下达500万元，截至8月31日拨付438.2万元（87.6%）", null],
    ["资金管理", "项目进度报告", "√", 1, "12号盒", "总体进度95%", null],
    ["一票否决", "安全生产情况说明", "√", 1, "13号盒", "创建期间未发生安全生产、质量事故，无重大经济损失", null],
    ["一票否决", "不存在弄虚作假的承诺书", "√", 1, "13号盒", "市政府已签署，承诺不存在弄虚作假", null],
  ];
  const W = 8, rows = [], merges = [];
  rows.push(span("台山市电子商务进农村综合示范创建考评迎检资料清单（自查对照）", W)); merges.push("A1:H1");
  rows.push(span("对照江门市商务局下发的资料清单逐项自查。“具备”列：√或✓＝已具备，×＝不具备，○＝部分具备（见说明）。数据截至2021年8月31日。", W)); merges.push("A2:H2");
  rows.push(["序号", "考评指标", "资料名称", "具备", "份数", "存放盒号", "数据及说明（电商股填）", "审核意见（局领导）"]);
  let top = null, prev = null;
  L.forEach((l, i) => {
    if (l[0] !== prev) { if (top !== null && rows.length > top) merges.push(`B${top}:B${rows.length}`); top = rows.length + 1; prev = l[0]; }
    rows.push([i + 1, l[0] === prev && rows.length + 1 !== top ? null : l[0], l[1], l[2], l[3], l[4], l[5], l[6]]);
  });
  if (rows.length > top) merges.push(`B${top}:B${rows.length}`);
  rows.push(["自查人：电商股 伍××　　审核：市商务局副局长 关××　　2021年9月1日", null, null, null, null, null, null, null]); merges.push(`A${rows.length}:H${rows.length}`);
  assert(Math.round(2606 / 2135 * 1000) === 1221 && Math.round(438.2 / 500 * 1000) === 876, "22.1%, 87.6%");
  write("facts/b120-f3-taishan.json", {
    description:
      "江门台山市商务局电商股交来当事实表的，是照江门市商务局下发的《迎检资料清单》做的自查对照表：标题、一行说明（“具备”列√或✓＝已具备、×＝不具备、○＝部分具备；数据截至2021年8月31日），表头 序号｜考评指标（同一指标纵向合并）｜资料名称｜具备｜份数｜存放盒号｜数据及说明（电商股填）｜审核意见（局领导），36项资料，末行自查人和审核人。读法：资料“具备”就是那件事已做——方案文件√ → 已印发；资金管理制度√、资金专用台账√；中心免费培训、免费展示销售（✓）、品牌、其他衍生增值服务√ → 是；产业园清单√ → 已建；第三方服务商合同√；快递覆盖证明√且写明100% → 是；专栏截图√，说明写明方案、项目信息、进度和监督举报电话 → 四项都是；电商扶贫统计表✓ → 能统计；安全生产情况说明写“未发生” → 无事故；弄虚作假承诺书已签 → 不存在弄虚作假。两处不能只看符号：政策文件“原填√”已改为×（征求意见稿，未正式出台）→ 未出台；免费摄影美工“○”，说明写明美工收费、“本项按不具备计” → 否。数字在说明列里：组长“副市长伍××” → 分管领导；中心2020.10.28开业运营；行政村265个、省定贫困村11个；农村网零2019年21.35亿元、2020年26.06亿元、增速22.1%；农产品网零增速18.4%；常住人口90.6万人；培训6,034人次；有劳动能力贫困人口1,127人、参训612人；资金500万元、拨付438.2万元；总体进度95%。不读的：份数、盒号、会议次数、站点226个、入驻企业23家、87.6%、媒体篇数（没有对应键）；交易标准×只是没有资料，不是判断分。没有自评分。",
    sheets: [sheet("资料清单自查", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 906000, adminVillagesStated: 265, poorVillagesStated: 11, planIssued: true, policyIssued: false,
        centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 2135000000, ruralRetail2020: 2606000000,
        ruralRetailGrowthStated: 0.221, agriRetailGrowthStated: 0.184, trainingPersonTimesStated: 6034, eligiblePoorPersonsStated: 1127,
        trainedPoorPersonsStated: 612, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 4382000,
        overallProgress: 0.95, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// ledgers/b120-l1-yangchun: 阳江阳春市 — ①培训小程序签到导出（一期一段，日期在段标题，签到时间无年份，重复签到作废）；
// ②签到数据透视（不是台账）；③乡村振兴局就业帮扶台账当贫困人口名单（村分组行、“部分”劳动能力、一个村身份证号脱敏）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  const AREA = "441781";
  // poor persons: [town, village, name, sex, birth, 劳动能力, 就业状态, 地点, wantX]
  const PP = [
    ["春湾镇", "自由村", "冯亚金", "男", "19700311", "有", "本地务工", "春湾镇", false],
    ["春湾镇", "自由村", "冯秀琼", "女", "19730827", "部分", "未就业", "—", false],
    ["春湾镇", "自由村", "冯伟东", "男", "19960105", "有", "外出务工", "广州", false],
    ["春湾镇", "自由村", "冯梓晴", "女", "20090918", "无", "在校", "—", false],
    ["春湾镇", "石录村", "陈亚妹", "女", "19780602", "有", "公益性岗位", "石录村（保洁员）", false],
    ["春湾镇", "石录村", "陈国栋", "男", "19830414", "有", "外出务工", "佛山", false],
    ["春湾镇", "石录村", "梁娣", "女", "19450120", "无", "未就业", "—", false],
    ["合水镇", "平垌村", "黄志坚", "男", "19750729", "有", "灵活就业", "合水镇", false],
    ["合水镇", "平垌村", "黄月清", "女", "19770311", "有", "未就业", "—", false],
    ["合水镇", "平垌村", "黄永", "男", "19590916", "部分", "本地务工", "合水镇", false],
    ["合水镇", "平垌村", "黄嘉欣", "女", "19980502", "有", "外出务工", "东莞", false],
    ["八甲镇", "大垌村", "刘金华", "男", "19800808", "有", "本地务工", "八甲镇", false],
    ["八甲镇", "大垌村", "刘桂英", "女", "19821212", "有", "未就业", "—", true],
    ["八甲镇", "大垌村", "刘俊杰", "男", "20000317", "有", "外出务工", "深圳", false],
    ["八甲镇", "大垌村", "何亚六", "男", "19480606", "无", "未就业", "—（五保）", false],
    ["八甲镇", "石岗村", "谢文辉", "男", "19761025", "有", "本地务工", "阳春市区", false],
    ["八甲镇", "石岗村", "谢丽珍", "女", "19790219", "部分", "未就业", "—", false],
    ["八甲镇", "石岗村", "谢小龙", "男", "19990927", "有", "外出务工", "中山", false],
  ];
  const PID = PP.map((p, i) => makeId(AREA, p[4], 200 + i * 43, p[8]));
  assert(PID[12].endsWith("X") && PID.filter((x) => x.endsWith("X")).length === 1, "刘桂英 X only");
  const masked = (id) => id.slice(0, 6) + "********" + id.slice(14);
  // non-poor trainees: [name, village, birth]
  const NP = { 张伟明: ["春湾镇城区", "19880714"], 李小燕: ["自由村", "19920326"], 罗志勇: ["石录村", "19850909"], 钟丽华: ["合水镇城区", "19900118"],
    严国荣: ["平垌村", "19811030"], 何晓婷: ["合水镇城区", "19970623"], 梁俊: ["春城街道", "19930415"], 陈美玲: ["八甲镇城区", "19890807"] };
  const NPID = {}; Object.keys(NP).forEach((n, i) => { NPID[n] = makeId(AREA, NP[n][1], 610 + i * 29, false); });
  const P = (name) => { const i = PP.findIndex((p) => p[2] === name); return i >= 0 ? { name, village: PP[i][1], id: PID[i] } : { name, village: NP[name][0], id: NPID[name] }; };
  // ---------------------------------------------------------------- 签到导出
  // blocks: [title, date text, iso, way, [ [name, time, status, idWritten?] ] ]
  const BL = [
    ["【第1期】农村电商基础培训（春湾镇）", "2020年11月13日", "2020-11-13", "扫码签到", [
      ["冯亚金", "11-13 08:41"], ["冯秀琼", "11-13 08:43"], ["陈亚妹", "11-13 08:47"], ["张伟明", "11-13 08:52"], ["李小燕", "11-13 08:55"], ["罗志勇", "11-13 09:06"]]],
    ["【第2期】春砂仁、马水桔网店运营（合水镇）", "2021年3月26日", "2021-03-26", "扫码签到", [
      ["黄志坚", "03-26 14:02"], ["黄月清", "03-26 14:05"], ["钟丽华", "03-26 14:06"], ["严国荣", "03-26 14:10"],
      ["黄志坚", "03-26 14:11", "重复签到（无效）"], ["冯亚金", "03-26 14:15"], ["何晓婷", "03-26 14:21"]]],
    ["【第3期】直播带货实操（线上·腾讯会议）", "2021年6月8日", "2021-06-08", "会议签到，不采集身份证号", [
      ["张伟明", "06-08 19:28", null, "—"], ["李小燕", "06-08 19:29", null, "—"], ["梁俊", "06-08 19:30", null, "—"], ["陈美玲", "06-08 19:33", null, "—"],
      ["刘金华", "06-08 19:41", null, "—"]]],
    ["【第4期】脱贫户电商专场（八甲镇）", "2021年8月27日", "2021-08-27", "扫码签到", [
      ["刘金华", "08-27 09:01"], ["刘桂英", "08-27 09:03", null, "lower"], ["刘俊杰", "08-27 09:04"], ["谢文辉", "08-27 09:10"], ["谢丽珍", "08-27 09:12"],
      ["陈亚妹", "08-27 09:15"]]],
    ["【第5期】农产品包装与寄递（春湾镇）", "2021年9月10日", "2021-09-10", "扫码签到", [
      ["冯秀琼", "09-10 08:50"], ["冯伟东", "09-10 08:52"], ["罗志勇", "09-10 08:58"], ["黄永", "09-10 09:03"]]],
  ];
  const recs = [];
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("“阳春电商培训”小程序　签到记录导出　　导出时间：2021-09-13 10:02　　导出账号：阳春市商务局", W)); merges.push("A1:G1");
    rows.push(span(null, W));
    BL.forEach((b) => {
      rows.push(span(b[0] + "　活动时间：" + b[1] + "　签到方式：" + b[3], W)); merges.push(`A${rows.length}:G${rows.length}`);
      rows.push(["序号", "姓名", "手机号", "身份证号", "所在村（社区）", "签到时间", "状态"]);
      let valid = 0;
      b[4].forEach((s, k) => {
        const p = P(s[0]);
        assert(s[1].startsWith(b[2].slice(5)), "sign-in time in block date " + s[1]);
        const idCell = s[3] === "—" ? "—" : s[3] === "lower" ? p.id.slice(0, 17) + "x" : p.id;
        const status = s[2] || "有效";
        rows.push([k + 1, s[0], "13" + String(5 + (s[0].charCodeAt(1) % 5)) + "****" + String(1000 + ((s[0].charCodeAt(0) * 7 + s[0].charCodeAt(s[0].length - 1) * 13) % 9000)).slice(-4), idCell, p.village, s[1], status]);
        if (status === "有效") { valid += 1; recs.push({ date: b[2], personTimes: 1, id: s[3] === "—" ? null : p.id }); }
      });
      rows.push(span("本期有效签到：" + valid + "人", W)); merges.push(`A${rows.length}:G${rows.length}`);
      rows.push(span(null, W));
      b.valid = valid;
    });
    sheets.push(sheet("签到导出", rows, merges));
    expect["签到导出"] = { kind: "training", records: recs };
  }
  assert(recs.length === 27 && recs.filter((r) => r.id === null).length === 5, "27 valid sign-ins, 5 without id");
  assert(recs.some((r) => r.id === PID[12]), "lower-case x read as X");
  // ---------------------------------------------------------------- 数据透视（不是台账）
  {
    const rows = [["状态", "有效"], [null, null], ["行标签", "计数项:姓名"]];
    BL.forEach((b) => rows.push([b[0], b.valid]));
    rows.push(["总计", BL.reduce((a, b) => a + b.valid, 0)]);
    sheets.push(sheet("数据透视", rows));
    expect["数据透视"] = { kind: null };
  }
  // ---------------------------------------------------------------- 就业帮扶台账（贫困人口）
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("阳春市脱贫人口（建档立卡）就业帮扶台账（春湾镇、合水镇、八甲镇）", W)); merges.push("A1:H1");
    rows.push(span("说明：1．“劳动能力”栏“部分”指弱劳动力或半劳动力，按有劳动能力统计；“无”指丧失劳动力或无劳动力（含在校生）。2．“2021年就业状态”中只有“外出务工”（到阳春市以外务工）属外出务工，本地务工、灵活就业、公益性岗位、未就业、在校均不属外出务工。3．合水镇平垌村名单由镇里脱敏后提供，身份证号中间8位已隐去。", W)); merges.push("A2:H2");
    rows.push(["序号", "姓名", "性别", "身份证号", "劳动能力", "2021年就业状态", "就业地点", "帮扶责任人"]);
    let n = 0, curV = null;
    const precs = [];
    PP.forEach((p, i) => {
      if (p[1] !== curV) {
        curV = p[1];
        const cnt = PP.filter((q) => q[1] === curV).length;
        rows.push(span(p[0] + "　" + p[1] + "（" + cnt + "人）", W)); merges.push(`A${rows.length}:H${rows.length}`);
      }
      n += 1;
      const id = p[1] === "平垌村" ? masked(PID[i]) : PID[i];
      rows.push([n, p[2], p[3], id, p[5], p[6], p[7], ["镇干部", "驻村工作队", "帮扶单位"][i % 3] + " " + "莫冯陈黄关"[i % 5] + "××"]);
      precs.push({ id, labour: p[5] !== "无", migrant: p[6] === "外出务工" });
    });
    rows.push(span("合计：5个村18人。填报：阳春市乡村振兴局　2021年8月", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("就业帮扶台账", rows, merges));
    expect["就业帮扶台账"] = { kind: "poorPersons", records: precs };
    assert(precs.length === 18 && precs.filter((r) => r.labour).length === 15 && precs.filter((r) => r.migrant).length === 5, "18 persons, 15 labour, 5 migrant");
    assert(precs.filter((r) => /\*/.test(r.id)).length === 4, "4 masked ids");
  }
  write("ledgers/b120-l1-yangchun.json", {
    description:
      "阳江阳春市商务局交的培训和贫困人口台账，三个表。①《签到导出》是“阳春电商培训”小程序的签到记录导出：一行导出信息，然后一期一段——段标题行（A:G合并）写期次、主题、“活动时间：2020年11月13日”和签到方式，下面是表头 序号｜姓名｜手机号｜身份证号｜所在村（社区）｜签到时间｜状态、签到行、“本期有效签到：n人”行和空行，共5段。读法：一行有效签到是1人次，培训日期取段标题的活动时间（“签到时间”只有“11-13 08:41”这样的月日时分，没有年份）；第2期黄志坚第二行状态“重复签到（无效）”不是记录；第3期线上腾讯会议不采集身份证号（写“—”）→ id为空；第4期刘桂英身份证号末位写成小写x，读作X；第5期2021年9月10日也照列（是否算入截止日是计分的事）；“本期有效签到”行和段标题不是记录。共27条。②《数据透视》是从签到导出做的数据透视表（筛选“状态＝有效”，行标签为期次，计数项:姓名，总计27），是汇总不是台账，不能当成按期次的培训台账再算一遍。③《就业帮扶台账》是市乡村振兴局的脱贫人口就业帮扶台账当贫困人口名单：标题、一行说明、表头 序号｜姓名｜性别｜身份证号｜劳动能力｜2021年就业状态｜就业地点｜帮扶责任人，按村分组（“春湾镇　自由村（4人）”这样的分组行A:H合并，不是人），末行合计。读法：劳动能力“有”“部分”为有劳动能力（说明写明“部分”是弱劳动力或半劳动力），“无”为无；只有“外出务工”是外出务工，本地务工、灵活就业、公益性岗位、未就业、在校都不是；平垌村4人身份证号是镇里脱敏的“441781********1234”式，照写。共18人。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b120-l2-longmen: 惠州龙门县 — ①分月拨付进度表（项目×月份，年份在上一行表头，单位万元）；
// ②宣传报道按级别分组（级别在分组行）；③专栏文章列表从网页复制（标题和日期在同一格，含置顶、翻页行）；④封面
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  {
    const rows = [["龙门县电子商务进农村综合示范创建"], ["资金、宣传、信息公开台账"], [null], ["龙门县商务局（电商股）"], ["2021年9月"]];
    sheets.push(sheet("封面", rows));
    expect["封面"] = { kind: null };
  }
  // ---------------------------------------------------------------- 分月拨付进度（万元）
  const MONTHS = [["2020", "6"], ["2020", "9"], ["2020", "12"], ["2021", "3"], ["2021", "6"], ["2021", "8"], ["2021", "9"]];
  // [项目, 承建单位, 合同金额(元), {monthIndex: 元}]
  const PR = [
    ["县电子商务公共服务中心建设", "惠州龙商电子商务有限公司", 1200000, { 0: 600000, 1: 360000, 3: 240000 }],
    ["村级电商服务站点建设（一期）", "惠州龙商电子商务有限公司", 850000, { 1: 425000, 2: 425000 }],
    ["村级电商服务站点建设（二期）", "惠州龙商电子商务有限公司", 600000, { 3: 300000, 4: 180000, 6: 120000 }],
    ["龙门电商产业园改造", "惠州南昆山建设工程有限公司", 960000, { 2: 480000, 4: 288000 }],
    ["农村电商人才培训", "广东岭南电商学院（培训机构）", 700000, { 2: 210000, 4: 210000, 5: 143500 }],
    ["农产品品牌培育与网络促销", "惠州龙商电子商务有限公司", 450000, { 3: 135000, 5: 220500 }],
    ["农村物流共同配送体系", "龙门县邮政分公司", 240000, { 4: 160000, 6: 80000 }],
  ];
  const fundRecs = [];
  {
    const nm = MONTHS.length, W = 4 + nm + 2, rows = [], merges = [];
    const lastCol = colLetter(W - 1);
    rows.push(span("龙门县省级电子商务进农村综合示范专项资金分月拨付进度表", W)); merges.push(`A1:${lastCol}1`);
    rows.push(span("单位：万元　　省级下达资金500万元　　统计至2021年9月7日", W)); merges.push(`A2:${lastCol}2`);
    const h1 = ["序号", "项目名称", "承建单位", "合同金额", "各月拨付金额"].concat(Array(nm - 1).fill(null), ["累计拨付", "拨付率"]);
    const h2 = [null, null, null, null], h3 = [null, null, null, null];
    MONTHS.forEach((m, k) => { h2.push(k === 0 || MONTHS[k - 1][0] !== m[0] ? m[0] + "年" : null); h3.push(m[1] + "月" + (k === nm - 1 ? "（1—7日）" : "")); });
    h2.push(null, null); h3.push(null, null);
    rows.push(h1, h2, h3);
    const r1 = 3, r3 = 5;
    ["A", "B", "C", "D", colLetter(W - 2), colLetter(W - 1)].forEach((c) => merges.push(`${c}${r1}:${c}${r3}`));
    merges.push(`E${r1}:${colLetter(4 + nm - 1)}${r1}`);
    let c0 = 4;
    MONTHS.forEach((m, k) => {
      if (k === 0 || MONTHS[k - 1][0] !== m[0]) {
        let e = k; while (e + 1 < nm && MONTHS[e + 1][0] === m[0]) e++;
        if (e > k) merges.push(`${colLetter(c0 + k)}4:${colLetter(c0 + e)}4`);
      }
    });
    const colSum = Array(nm).fill(0);
    let contractSum = 0, allSum = 0;
    PR.forEach((p, i) => {
      const cells = MONTHS.map((m, k) => (p[3][k] !== undefined ? wan(p[3][k]) : null));
      const tot = Object.values(p[3]).reduce((a, v) => a + v, 0);
      MONTHS.forEach((m, k) => {
        if (p[3][k] !== undefined) { colSum[k] += p[3][k]; fundRecs.push({ date: m[0] + "-" + m[1].padStart(2, "0"), amount: p[3][k] }); }
      });
      contractSum += p[2]; allSum += tot;
      rows.push([i + 1, p[0], p[1], wan(p[2])].concat(cells, [wan(tot), Math.round(tot / p[2] * 1000) / 10 + "%"]));
    });
    rows.push(["合计", null, null, wan(contractSum)].concat(colSum.map(wan), [wan(allSum), Math.round(allSum / contractSum * 1000) / 10 + "%"])); merges.push(`A${rows.length}:C${rows.length}`);
    rows.push(span("注：1．每格是当月拨付金额（万元），按月汇总填列；2．9月一栏为9月1—7日拨付；3．截至2021年8月31日累计拨付" + wan(allSum - colSum[nm - 1]) + "万元。", W)); merges.push(`A${rows.length}:${lastCol}${rows.length}`);
    assert(contractSum === 5000000 && allSum === 4577000 && allSum - colSum[nm - 1] === 4377000, "contract 500万, paid 457.7万, to cut-off 437.7万");
    sheets.push(sheet("资金拨付进度", rows, merges));
    expect["资金拨付进度"] = { kind: "funds", records: fundRecs };
  }
  assert(fundRecs.length === 17 && fundRecs[0].date === "2020-06" && fundRecs[fundRecs.length - 1].date === "2021-09", "17 disbursements, row-major");
  // ---------------------------------------------------------------- 宣传报道（按级别分组）
  // [group, [ [date cell, iso, media, form, title, case] ] ]
  const MG = [
    ["一、中央媒体", "national", [
      ["2021.5.14", "2021-05-14", "中央广播电视总台农业农村频道（CCTV-17）", "电视", "惠州龙门：年桔搭上直播快车", "是"]]],
    ["二、省级媒体", "province", [
      ["21.3.5", "2021-03-05", "南方日报", "报纸", "龙门农产品“触网”走俏大湾区", "否"],
      [D("2021-06-22"), "2021-06-22", "广东广播电视台新闻频道", "电视", "龙门：村级电商站成了村民的“便民店”", "否"]]],
    ["三、市级媒体", "city", [
      ["2020.10.16", "2020-10-16", "惠州日报", "报纸", "龙门县电子商务公共服务中心开门迎客", "否"],
      ["2021/1/8", "2021-01-08", "惠州广播电视台", "电视", "年货节：龙门米饼线上卖爆", "否"],
      ["2021.9.3", "2021-09-03", "惠州日报", "报纸", "龙门电商进农村示范创建通过市级验收", "否"]]],
    ["四、县级媒体", "county", [
      ["2020年12月", "2020-12", "龙门县融媒体中心", "网络", "我县第一批村级电商服务站挂牌（系列报道）", "否"],
      ["2021.7.30", "2021-07-30", "龙门电视台", "电视", "脱贫户直播间里卖年桔", "是"],
      ["2021.8.18", "2021-08-18", "“龙门发布”微信公众号", "网络", "电商培训走进永汉镇", "否"]]],
  ];
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("龙门县电子商务进农村宣传报道汇总表", W)); merges.push("A1:G1");
    rows.push(["序号", "报道日期", "媒体名称", "报道形式", "标题", "电商扶贫典型案例", "佐证材料"]);
    const mrecs = [];
    MG.forEach((g) => {
      rows.push(span(g[0] + "（" + g[2].length + "篇）", W)); merges.push(`A${rows.length}:G${rows.length}`);
      g[2].forEach((m, k) => {
        rows.push([k + 1, m[0], m[2], m[3], m[4], m[5], m[3] === "电视" ? "视频截图" : "版面/网页截图"]);
        mrecs.push({ date: m[1], level: g[1], tv: m[3] === "电视" });
      });
    });
    rows.push(span("注：按媒体级别分组，级别以分组标题为准。", W)); merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("宣传报道", rows, merges));
    expect["宣传报道"] = { kind: "media", records: mrecs };
    assert(mrecs.length === 9 && mrecs.filter((r) => r.tv).length === 4, "9 reports, 4 on TV");
  }
  // ---------------------------------------------------------------- 专栏文章列表（网页复制）
  const ART = [
    ["[置顶] 龙门县电子商务进农村综合示范创建工作方案", "2019-12-20"],
    ["龙门县电子商务进农村综合示范项目建设进度（2021年8月）", "2021-09-03"],
    ["龙门县电子商务进农村综合示范项目建设进度（2021年7月）", "2021-08-06"],
    ["关于设立电子商务进农村综合示范项目监督举报电话的公告", "2021-07-19"],
    ["龙门县电子商务进农村综合示范项目建设进度（2021年6月）", "2021-07-05"],
    ["龙门县电子商务进农村综合示范项目建设进度（2021年5月）", "2021-06-04"],
    ["龙门县电子商务进农村综合示范项目建设进度（2021年4月）", "2021-05-07"],
    ["龙门县电子商务进农村综合示范项目建设进度（2021年3月）", "2021-04-02"],
    ["龙门县电子商务进农村综合示范项目建设进度（2021年1—2月）", "2021-03-05"],
    ["龙门县电子商务进农村综合示范项目建设进度（2020年12月）", "2021-01-08"],
    ["龙门县电子商务进农村综合示范项目建设进度（2020年11月）", "2020-12-04"],
    ["龙门县电子商务进农村综合示范村级站点名单公示", "2020-11-20"],
    ["龙门县电子商务进农村综合示范项目建设进度（2020年10月）", "2020-11-06"],
    ["龙门县电子商务进农村综合示范项目建设进度（2020年9月）", "2020-10-09"],
    ["龙门县电子商务进农村综合示范项目建设进度（2020年8月）", "2020-09-04"],
    ["龙门县电子商务进农村综合示范项目建设进度（2020年7月）", "2020-08-07"],
    ["龙门县电子商务进农村综合示范项目基本信息公示", "2020-06-12"],
  ];
  {
    const rows = [["龙门县人民政府门户网站 > 政务公开 > 重点领域信息公开 > 电子商务进农村综合示范"], ["（电商股从网页复制，2021年9月6日；每条后面是网页显示的发布日期）"], [null]];
    const per = 10, pages = Math.ceil(ART.length / per);
    ART.forEach((a, i) => {
      rows.push(["· " + a[0] + "　　　　" + a[1]]);
      if ((i + 1) % per === 0 || i === ART.length - 1) {
        const pg = Math.floor(i / per) + 1;
        rows.push(["共" + ART.length + "条　　首页　上一页　" + Array.from({ length: pages }, (_, k) => k + 1).join("　") + "　下一页　尾页　　当前第" + pg + "/" + pages + "页"]);
      }
    });
    sheets.push(sheet("专栏文章", rows));
    expect["专栏文章"] = { kind: "disclosures", records: ART.map((a) => ({ date: a[1] })) };
    assert(monthsCovered(ART.map((a) => a[1])) === 11, "11 months: nothing published in 2021-02");
  }
  write("ledgers/b120-l2-longmen.json", {
    description:
      "惠州市龙门县商务局电商股交的资金、宣传、信息公开台账，四个表。①《封面》只有标题和单位，不是台账。②《资金拨付进度》是按项目列行、按月份列列的分月拨付进度表：两行标题（第二行写明“单位：万元”、下达500万元），三行表头——第一行“各月拨付金额”合并在月份列上方，第二行是年份（“2020年”合并在6月、9月、12月上方，“2021年”合并在3月、6月、8月、9月上方），第三行是“6月”“9月”……“9月（1—7日）”；7个项目行、合计行、注释行。读法：每个非空月份格是一笔拨付，日期只到月（年份取上一行的合并格，如“2021年”下的“3月”是2021-03），金额是万元要换成元（14.35 → 143,500元，22.05 → 220,500元）；按行从左到右共17笔；合同金额、累计拨付、拨付率列和合计行不是拨付。③《宣传报道》按级别分组：分组行“一、中央媒体（1篇）”“二、省级媒体”“三、市级媒体”“四、县级媒体”给出该组每条的级别，行内没有级别列；报道形式“电视”为电视；日期有“21.3.5”“2021/1/8”、真日期和“2020年12月”（只到月）；惠州日报2021.9.3也照列。共9条。④《专栏文章》是从县政府网站栏目页复制下来的文章列表：面包屑、复制说明、每条一格“· 标题　　发布日期”，每10条后有一行翻页文字（共17条、首页、上一页……），不是记录。读法：日期取每格末尾的网页发布日期，不是标题括号里的进度月份（“建设进度（2021年1—2月）”发布于2021-03-05）；[置顶]的创建方案（2019-12-20）排在最前，照网页顺序列出。共17条。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
