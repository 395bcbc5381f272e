// Batch 123 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b122.js)
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
// ---------------------------------------------------------------- extra helpers (batch 123)
function addDays(iso, n) { const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }
const ymd = (iso) => iso.split("-").map(Number);
// a date as a clerk types it; returns [cell, iso-as-read]
function typed(iso, style) {
  const [y, m, d] = ymd(iso);
  const p2 = (n) => String(n).padStart(2, "0");
  switch (style) {
    case "real": return [D(iso), iso];
    case "dot": return [y + "." + m + "." + d, iso];
    case "month": return [y + "年" + m + "月", y + "-" + p2(m)];
    case "yy": return [String(y).slice(2) + "." + m + "." + d, iso];
    case "8": return [String(y) + p2(m) + p2(d), iso];
    case "slash": return [y + "/" + m + "/" + d, iso];
    case "cn": return [y + "年" + m + "月" + d + "日", iso];
    default: throw new Error("style " + style);
  }
}
const fmtN = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const mask = (id) => id.slice(0, 6) + "********" + id.slice(14);
function creditCode(area, i) {
  // 18-character unified social credit code shape (not check-digit exact; clerks copy them from licences)
  const A = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let s = "91" + area + "MA";
  for (let k = 0; k < 7; k++) s += A[(i * 7 + k * 13 + (i * i) % 11) % A.length];
  s += A[(i * 17 + 5) % A.length];
  assert(s.length === 18, "code length");
  return s;
}

// =====================================================================================
// facts/b123-f1-shixing: 韶关始兴县 — 粤政易工作群“考评数据收集群”的聊天记录导出：各部门在群里报数，
// 有报错后“更正”的、撤回的、供参考的户籍人口、局长分两条报主观分（又更正一项）和各指标自评分
// =====================================================================================
(function f1() {
  const W = 4, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:D${R()}`); };
  full("粤政易　群聊记录导出");
  full("群聊名称：始兴县电商示范创建考评数据收集群（31人）　　导出人：始兴县商务局 钟××　　导出时间：2021-09-03 18:22");
  full("导出范围：2021-09-01 00:00 — 2021-09-03 18:00　　（图片、文件、表情只导出占位符）");
  rows.push(["时间", "发送人", "消息类型", "消息内容"]);
  const day = (t) => full("—————— " + t + " ——————");
  const M = (t, who, type, text) => rows.push([t, who, type, text]);
  const ZHONG = "县商务局-钟××（群主）", LIU = "县商务局-刘××", HE = "县统计局-何××", CZ = "县财政局-曾××", JZ = "县商务局-朱××（局长）";
  const ptsFirst = 3265, ptsLate = 186, ptsFinal = 3451;
  assert(ptsFirst + ptsLate === ptsFinal, "3,265 + 186 = 3,451");
  const r19 = 6.82, r20 = 8.47, a19 = 2.13, a20 = 2.96;
  assert(Math.round((r20 / r19 - 1) * 1000) === 242 && Math.round((a20 / a19 - 1) * 1000) === 390, "24.2%, 39.0%");
  day("2021年9月1日 星期三");
  M("09:05", ZHONG, "文本", "@所有人 各单位：省商务厅考评截止日期为2021年8月31日，所有数据统一以8月31日为准。请今天下班前在群里按“项目：数值”格式报数；报错了请另发“更正：……”，以最后一次更正为准。");
  M("09:06", ZHONG, "文件", "[文件] 始兴县考评数据收集清单.xlsx");
  M("09:31", HE, "文本", "常住人口：206,326人（第七次全国人口普查公报）");
  M("09:33", ZHONG, "文本", "收到");
  M("09:47", "县民政局-李××", "文本", "行政村：115个（另有社区居委会13个，不在行政村数内）");
  M("10:02", "县乡村振兴局-邓××", "文本", "省定贫困村：19个");
  M("10:05", "县乡村振兴局-邓××", "文本", "有劳动能力的建档立卡贫困人口（不含外出务工）：2,118人；其中参加过电商培训的：1,046人（按身份证号去重）。另：户籍人口25.8万人，供参考。");
  M("10:20", LIU, "文本", "县电子商务公共服务中心投入运营日期：2020年10月28日");
  M("10:24", LIU, "文本", "中心服务：①免费培训场所和设备：有（培训室1间、电脑50台）②特色农产品免费展示、销售：有 ③免费摄影、美工：有 ④农产品统一推广、品牌建设：有（“始兴石斛”“始兴杨梅”）⑤其他衍生增值服务：暂未开展");
  M("10:26", LIU, "图片", "[图片]");
  M("10:41", "县邮政分公司-黄××", "文本", "行政村物流快递覆盖率：100%（115个行政村全部通快递）");
  M("10:58", LIU, "文本", "电商产业园：已整合建成始兴县电商产业园，入驻企业23家；专业第三方运营服务商：有（韶关市始兴云商电子商务有限公司）");
  M("11:10", CZ, "文本", "下达资金总额：500万元；截至8月31日累计拨付：3,712,450.00元");
  M("11:11", ZHONG, "文本", "收到，谢谢曾股");
  M("11:16", CZ, "文本", "更正：上面累计拨付数字打错了，应为3,721,450.00元，以此为准");
  M("11:40", LIU, "文本", "示范县工作方案：已正式印发（始府办〔2019〕52号）；扶持政策：2020年6月出台《始兴县促进农村电子商务发展扶持办法》");
  M("11:52", "县政府办-陈××", "文本", "领导小组：县长任组长，常务副县长、分管副县长任副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司");
  M("14:05", LIU, "文本", "培训人次：截至8月底累计" + fmtN(ptsFirst) + "人次");
  M("14:30", HE, "文本", "农村网络零售额（省商务厅反馈数）：2019年" + r19 + "亿元，2020年" + r20 + "亿元，同比增长24.2%");
  M("14:32", HE, "文本", "农产品网络零售额（省商务厅反馈数）：2019年" + a19 + "亿元，2020年" + a20 + "亿元，同比增长39.0%");
  M("15:10", "系统", "系统", "“县商务局-刘××”撤回了一条消息");
  M("16:02", LIU, "文本", "县政府网站“电子商务进农村”专栏：创建方案√　项目基本信息√　项目建设进度√　监督举报窗口√（2021年3月设监督举报电话）");
  M("16:05", LIU, "文本", "能统计电商扶贫情况：能，每月月报附电商扶贫统计表报韶关市商务局");
  M("16:30", CZ, "文本", "资金管理制度：已制定《始兴县电子商务进农村综合示范专项资金管理办法》；资金专用台账：承建单位已建立");
  M("17:20", LIU, "文本", "项目总体进度：92%；安全生产、质量事故：无；弄虚作假：无");
  day("2021年9月2日 星期四");
  M("08:47", LIU, "文本", "补充：8月24日、8月27日两期共" + ptsLate + "人次昨晚才汇总完，培训人次更正为累计" + fmtN(ptsFinal) + "人次，以此为准");
  M("09:15", JZ, "文本", "主观评分项按局务会意见报：方案制定2，政策支持2，项目管理制度2，工作台账2，网销调研2，网络促销活动2，交易标准和冷链溯源1，资金管理制度5，资金台账5，资金及时拨付4");
  M("09:18", ZHONG, "文本", "收到");
  M("10:40", JZ, "文本", "更正：资金台账是4分不是5分，其余不变");
  const CL = [["组织领导", 2, "org.leadership"], ["方案制定", 2, "org.plan"], ["政策支持", 2, "org.policy"], ["项目管理", 4, "org.management"],
    ["县级中心与产业园", 14, "work.center"], ["村级站点覆盖", 10, "work.coverage"], ["农村产品上行", 9, "work.upward"], ["电商人才培训", 18, "work.training"],
    ["信息公开", 4, "info.disclosure"], ["数据上报", 6, "info.reporting"], ["案例总结", 2, "promo.cases"], ["经验推广", 5, "promo.media"],
    ["制度建立", 5, "fund.system"], ["资金台账", 4, "fund.ledger"], ["资金支出", 4, "fund.spending"]];
  const csum = CL.reduce((a, c) => a + c[1], 0);
  assert(csum === 91, "claims 91");
  M("10:52", JZ, "文本", "各指标自评分：" + CL.map((c) => c[0] + c[1]).join("、") + "，合计" + csum + "分；加分项：电商扶贫典型案例获省级电视播报1分");
  M("10:53", ZHONG, "文本", "好的，按朱局意见汇总");
  day("2021年9月3日 星期五");
  M("09:02", ZHONG, "文本", "数据已汇总上报，感谢各单位支持！[抱拳]");
  M("09:05", "县农业农村局-温××", "表情", "[表情]");
  const claimed = {}; CL.forEach((c) => { claimed[c[2]] = c[1]; }); claimed["bonus.tvCase"] = 1;
  write("facts/b123-f1-shixing.json", {
    description:
      "韶关市始兴县商务局交来当事实表的，是粤政易工作群“始兴县电商示范创建考评数据收集群”的聊天记录导出：三行导出信息，表头 时间｜发送人｜消息类型｜消息内容，按天有“—— 2021年9月1日 星期三 ——”分隔行，数据都写在消息内容里（“项目：数值”），夹着“收到”、图片、文件、表情、撤回提示。读法：群主第一条消息写明考评截止2021年8月31日、报错另发“更正”、以最后一次更正为准。所以累计拨付先报3,712,450.00元、后“更正”为3,721,450.00元 → 取后者；培训人次先报3,265、次日“补充……更正为累计3,451人次” → 3,451；局长先报资金台账5分、后更正为4分 → 4。常住人口206,326人（七普），乡村振兴局顺带写的“户籍人口25.8万人，供参考”不是常住人口；行政村115个（13个社区不算）；省定贫困村19个；贫困人口2,118人、参训1,046人；中心2020年10月28日运营，五项服务前四项“有”，“其他衍生增值服务：暂未开展” → 否；快递覆盖100% → 是；产业园已建成、第三方服务商有（“入驻23家”没有对应键）；农村网零6.82亿、8.47亿元和增长24.2%，农产品网零2.13亿、2.96亿元和增长39.0%（增速也是表上写的数）；资金500万元；方案已印发、扶持政策已出台；县长任组长、商务财政农业农村乡村振兴都在成员单位 → 主要领导牵头、部门齐全；专栏四项都√；能统计扶贫；资金制度、台账已建；总体进度92%；事故、弄虚作假都“无”。县名只出现在群名里，没有作为填报项，不列county。主观分以局长两条消息合起来读；各指标自评分一条（合计91分，加分项省台1分）是claimed。",
    sheets: [sheet("群聊记录", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 206326, adminVillagesStated: 115, poorVillagesStated: 19, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 682000000, ruralRetail2020: 847000000,
        agriRetail2019: 213000000, agriRetail2020: 296000000, ruralRetailGrowthStated: 0.242, agriRetailGrowthStated: 0.39,
        trainingPersonTimesStated: 3451, eligiblePoorPersonsStated: 2118, trainedPoorPersonsStated: 1046, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 3721450, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// facts/b123-f2-lufeng: 汕尾陆丰市 — 成果展“展板文字稿”（给广告公司的第三稿）：数字卡片“大字”在上、“小字”说明在下，
// 单位有的在大字里、有的在说明括号里；右边一栏是局长审稿意见（删掉一条服务、改正一个数字）
// =====================================================================================
(function f2() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  const board = (a, b) => { rows.push([a, b, null, null, null, "审稿意见"]); merges.push(`B${R()}:E${R()}`); };
  const text = (kind, t, note) => { rows.push([kind, t, null, null, null, note === undefined ? null : note]); merges.push(`B${R()}:E${R()}`); };
  const cards = (vals, caps, note) => { rows.push(["大字"].concat(vals, [note === undefined ? null : note])); rows.push(["小字"].concat(caps, [null])); };
  full("陆丰市电子商务进农村综合示范创建成果展　展板文字稿（第三稿）");
  full("制作要求：展板4块，每块1.2m×2.4m；“大字”行用红色特大号字，“小字”行是大字下方的说明文字；“审稿意见”栏不上版。");
  full("展板底注：数据截至2021年8月31日");
  board("展板一", "组织有力　政策保障");
  text("正文", "2019年10月成立由市委书记任组长、市长任常务副组长的陆丰市电子商务进农村综合示范创建工作领导小组，市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、市供销社、市邮政分公司等18个部门为成员单位，定期召开推进会。");
  text("正文", "2019年12月市政府正式印发《陆丰市电子商务进农村综合示范县工作方案》；2020年7月出台《陆丰市农村电子商务扶持奖励办法》，已兑现奖补资金86万元。");
  board("展板二", "数说陆丰电商");
  const r19 = 38.6, r20 = 47.9, elig = 3536, trained = 1862, pt = 5236, alloc = 500, paid = 418.6;
  assert(Math.round((r20 / r19 - 1) * 1000) === 241, "24.1%");
  assert(Math.round(trained / elig * 1000) === 527 && Math.round(paid / alloc * 1000) === 837 && Math.round(pt / 500000 * 10000) === 105, "52.7%, 83.7%, 1.05%");
  cards(["139.7", "264", "58", "2020.12.18"], ["常住人口（万人）", "行政村（个）", "其中省定贫困村（个）", "县级电子商务公共服务中心开业运营"]);
  cards(["38.6亿元", "47.9亿元", "24.1%", "31.5%"], ["2019年农村网络零售额", "2020年农村网络零售额", "2020年农村网络零售额同比增长", "2020年农产品网络零售额同比增长"]);
  cards(["5,236", "3,536", "1,862", "52.7%"], ["累计电商培训（人次）", "有劳动能力的脱贫人口（人，不含外出务工）", "其中参加电商培训（人）", "脱贫人口参训率"],
    "第二稿“5,326”是数字颠倒，已改为5,236");
  cards(["500万元", "418.6万元", "83.7%", "96%"], ["省级专项资金", "累计拨付", "资金支出率", "项目总体进度"]);
  cards(["211", "26", "100%", "1.05%"], ["村级电商服务站点（个）", "产业园入驻企业（家）", "行政村快递物流覆盖率", "培训人次占常住人口比例（按50万人计）"]);
  board("展板三", "服务体系　功能完善");
  text("要点", "✔ 免费培训教室2间、电脑60台，常态化开展电商基础培训");
  text("要点", "✔ 农特产品展示厅免费展示展销甲子鱼丸、陆丰萝卜干、碣石蒜头等");
  text("要点", "✔ 免费摄影棚、美工设计服务", "【删】局长审稿：美工设计按件收费，不是免费的，此条不上展板");
  text("要点", "✔ 打造“陆丰好物”区域公用品牌，统一包装、统一推广");
  text("要点", "✔ 提供金融对接、商标代办、物流对接等增值服务");
  text("要点", "✔ 整合原东海农批市场建成陆丰电商产业园");
  text("要点", "✔ 引进汕尾市粤通电商运营有限公司为专业第三方运营服务商");
  board("展板四", "公开透明　规范管理");
  text("要点", "✔ 市政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息，按月更新项目建设进度，设立监督举报电话和意见箱");
  text("要点", "✔ 每月向汕尾市商务局报送工作进展，同步报送电商扶贫统计（脱贫户参训、带动增收情况）");
  text("要点", "✔ 制定《陆丰市电子商务进农村综合示范专项资金管理办法》，承建单位设立资金专用台账，专款专用");
  full("撰稿：陆丰市商务局电商股 蔡××　　审稿：局长 林××（2021年9月6日）");
  write("facts/b123-f2-lufeng.json", {
    description:
      "汕尾陆丰市商务局交来当事实表的，是创建成果展的“展板文字稿（第三稿）”，给广告公司排版用：A列是行别（正文／大字／小字／要点），B:E是版面内容，F列“审稿意见”不上版。展板二“数说陆丰电商”是数字卡片：一行“大字”四个数，下一行“小字”是各自的说明——数在说明的上面，不是下面。读法：单位有的写在大字里（38.6亿元、500万元、418.6万元），有的写在小字括号里（常住人口（万人）139.7 → 1,397,000人；行政村（个）264；省定贫困村58；累计电商培训（人次）5,236；脱贫人口3,536人、参训1,862人）；2020.12.18是中心开业运营日期；农村网零2019年38.6亿元、2020年47.9亿元，两个增速24.1%、31.5%照读；项目总体进度96%；快递物流覆盖率100% → 是；参训率52.7%、资金支出率83.7%、站点211个、入驻26家、1.05%没有对应键。审稿意见：“5,236”是改正后的数（第二稿5,326作废）；“✔ 免费摄影棚、美工设计服务”一条局长批“【删】美工设计按件收费，不是免费的” → 免费摄影美工为否，不能因为它还留在稿里读成是。展板一：市委书记任组长（主要领导），商务、财政、农业农村、乡村振兴都是成员单位 → 主要领导牵头、部门齐全；工作方案正式印发、扶持办法已出台。展板三其余要点：免费培训、免费展示展销、品牌推广、其他增值服务、产业园、第三方服务商都是“是”。展板四：专栏公示方案、项目信息、按月更新进度、监督举报电话 → 四项都是；能统计电商扶贫；资金制度、专用台账已建。底注“数据截至2021年8月31日”是截止日期。没有县名填报项、没有主观分和自评分。",
    sheets: [sheet("展板文字稿", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 1397000, adminVillagesStated: 264, poorVillagesStated: 58, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3860000000, ruralRetail2020: 4790000000,
        ruralRetailGrowthStated: 0.241, agriRetailGrowthStated: 0.315, trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 3536,
        trainedPoorPersonsStated: 1862, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4186000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.96,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b123-f3-lianping: 河源连平县 — 从统计直报平台导出的两张统计报表合在一页：年报（本年｜上年｜增减%）给网零，
// 月报（本月数｜期末数）给其余；表头下有“甲 乙 丙 1 2 3”栏次行；是否类填代码“1是2否”，日期填8位数字
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:F${R()}`); };
  const head = (title, no, period) => {
    rows.push([title, null, null, "表　　号：", no, null]); merges.push(`A${R()}:C${R()}`, `E${R()}:F${R()}`);
    rows.push([null, null, null, "制定机关：", "广东省商务厅", null]); merges.push(`E${R()}:F${R()}`);
    rows.push([null, null, null, "有效期至：", "2022年12月", null]); merges.push(`E${R()}:F${R()}`);
    rows.push(["综合机关名称：连平县商务局", null, null, "报告期：", period, null]); merges.push(`A${R()}:C${R()}`, `E${R()}:F${R()}`);
  };
  full("连平县电子商务进农村综合示范统计报表（报考评组）");
  full("（县商务局从统计直报平台导出两张报表合并在本页；数据截至2021年8月31日）");
  rows.push(span(null, W));
  head("农村网络零售额统计表（年报）", "粤商电农2表", "2020年");
  rows.push(["指标名称", "代码", "计量单位", "本年", "上年", "增减（%）"]);
  rows.push(["甲", "乙", "丙", "1", "2", "3"]);
  const y = [["农村网络零售额", "01", 96842, 71305], ["农产品网络零售额", "02", 23516, 19884]];
  y.forEach((r) => {
    const g = Math.round((r[2] / r[3] - 1) * 1000) / 10;
    rows.push([r[0], r[1], "万元", r[2], r[3], g]);
  });
  assert(Math.round((96842 / 71305 - 1) * 1000) === 358 && Math.round((23516 / 19884 - 1) * 1000) === 183, "35.8%, 18.3%");
  full("单位负责人：黄××　　统计负责人：叶××　　填表人：曾××　　报出日期：2021年1月20日");
  rows.push(span(null, W));
  head("示范县建设进展情况表（月报）", "粤商电农1表", "2021年8月");
  rows.push(["指标名称", "代码", "计量单位", "本月数", "期末数", "备注"]);
  rows.push(["甲", "乙", "丙", "1", "2", "丁"]);
  const L = (n, c, u, m, e, note) => rows.push([n, c, u, m, e, note === undefined ? null : note]);
  L("常住人口", "101", "人", "—", 318560, "七普");
  L("行政村个数（不含社区居委会）", "102", "个", "—", 156, null);
  L("　其中：省定贫困村", "103", "个", "—", 38, null);
  L("建有村级电商服务站点的行政村", "104", "个", 3, 118, null);
  L("领导小组组长（1主要领导 2分管领导 3其他）", "111", "代码", "—", 1, "县长任组长");
  L("成员单位含商务、财政、农业农村、乡村振兴（扶贫）部门（1是2否）", "112", "代码", "—", 1, null);
  L("示范县工作方案正式印发（1是2否）", "113", "代码", "—", 1, null);
  L("出台支持农村电商发展政策（1是2否）", "114", "代码", "—", 2, "扶持办法在征求意见");
  L("县级电子商务公共服务中心投入运营日期（8位数字）", "121", "—", "—", 20200630, null);
  L("中心有免费培训场所、培训设备（1是2否）", "122", "代码", "—", 1, null);
  L("中心为特色农产品免费展示、销售（1是2否）", "123", "代码", "—", 1, null);
  L("中心提供免费摄影、美工服务（1是2否）", "124", "代码", "—", 1, null);
  L("中心组织农产品统一推广、品牌建设（1是2否）", "125", "代码", "—", 1, null);
  L("中心提供其他衍生增值服务（1是2否）", "126", "代码", "—", 2, null);
  L("建设或整合、优化电商产业园（1是2否）", "127", "代码", "—", 1, null);
  L("产业园入驻企业数", "128", "家", 2, 21, null);
  L("有专业第三方电子商务运营或服务商（1是2否）", "131", "代码", "—", 1, null);
  L("行政村物流快递覆盖率", "132", "%", "—", 97.4, "152/156");
  assert(Math.round(152 / 156 * 1000) === 974, "97.4%");
  L("电商培训人次", "141", "人次", 212, 3478, null);
  L("有劳动能力的建档立卡贫困人口数（不含外出务工）", "142", "人", "—", 1650, "县乡村振兴局提供");
  L("　其中：参加电商培训的人数", "143", "人", 25, 702, null);
  L("能统计电商扶贫情况（1是2否）", "151", "代码", "—", 1, null);
  L("政府网站专栏公示创建方案（1是2否）", "152", "代码", "—", 1, null);
  L("政府网站专栏公示项目基本信息（1是2否）", "153", "代码", "—", 1, null);
  L("政府网站专栏公示项目建设进度（1是2否）", "154", "代码", "—", 1, null);
  L("政府网站专栏设立征求意见或监督举报窗口（1是2否）", "155", "代码", "—", 2, null);
  L("下达资金总额", "161", "万元", "—", 500, null);
  L("累计拨付资金", "162", "万元", 36.5, 382.06, null);
  L("已制定资金管理制度（1是2否）", "163", "代码", "—", 1, null);
  L("已建立资金专用台账（1是2否）", "164", "代码", "—", 1, null);
  L("项目总体进度", "165", "%", 4, 87, null);
  L("发生安全生产、质量事故或重大经济损失（1是2否）", "171", "代码", "—", 2, null);
  full("说明：1．“（1是2否）”类指标填代码，1表示是，2表示否；“（1主要领导 2分管领导 3其他）”填代码。2．日期类指标按8位数字填写，如20200101。3．期末数：时点指标填报告期末数，累计指标填自示范创建以来的累计数；本月数为当月新增，“—”为不适用。");
  full("单位负责人：黄××　　统计负责人：叶××　　填表人：曾××　　联系电话：0762-43×××××　　报出日期：2021年9月6日");
  write("facts/b123-f3-lianping.json", {
    description:
      "河源市连平县商务局交来当事实表的，是从统计直报平台导出、合并在一页的两张统计报表，各带“表号／制定机关／有效期至／综合机关名称／报告期”表头块和负责人落款。上表《农村网络零售额统计表（年报）》报告期2020年，列 指标名称｜代码｜计量单位｜本年｜上年｜增减（%），表头下有统计表惯有的栏次行“甲 乙 丙 1 2 3”（不是数据）。读法：年报的“本年”是2020年、“上年”是2019年：农村网零2020年96,842万元、2019年71,305万元，农产品网零2020年23,516万元、2019年19,884万元，增减35.8%、18.3%是表上写的增速。下表《示范县建设进展情况表（月报）》报告期2021年8月，列 本月数｜期末数｜备注，要读“期末数”（本月数是当月新增：培训本月212、期末3,478人次；参训贫困人口本月25、期末702人；累计拨付本月36.5万元、期末382.06万元；总体进度期末87%）。是否类按说明填代码：1是、2否（2不是“有”），所以扶持政策2 → 否、其他衍生增值服务2 → 否、监督举报窗口2 → 否、安全事故2 → 否，其余1 → 是。领导小组组长代码1（主要领导）、成员单位齐全代码1 → 主要领导牵头、部门齐全。中心运营日期写成8位数字20200630 → 2020-06-30。快递覆盖率97.4%不到100% → 否。常住人口318,560人、行政村156个、省定贫困村38个、有劳动能力贫困人口1,650人、资金500万元。“建有站点的行政村118个”“入驻企业21家”没有对应键。第二行写明数据截至2021年8月31日。没有主观分，也没有弄虚作假项。",
    sheets: [sheet("统计报表", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 318560, adminVillagesStated: 156, poorVillagesStated: 38, planIssued: true, policyIssued: false,
        centerOpened: "2020-06-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 713050000, ruralRetail2020: 968420000,
        agriRetail2019: 198840000, agriRetail2020: 235160000, ruralRetailGrowthStated: 0.358, agriRetailGrowthStated: 0.183,
        trainingPersonTimesStated: 3478, eligiblePoorPersonsStated: 1650, trainedPoorPersonsStated: 702, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 3820600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b123-l1-chaoan: 潮州潮安区 — ①目录；②区乡村振兴局“驻镇帮镇扶村工作队派驻安排表”当村名单（组团单位、队长纵向合并，
// 没有快递列）；③站点建设进度跟踪表（选址/装修/设备/挂牌四个节点，第二批日期只写“月日”，年份在段标题）；
// ④人社局职业技能培训补贴申领花名册（培训起止日期读止日，不合格、缺考也参训了）；⑤产业园入园申请评审汇总（只有实际入驻的才是企业）
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  const AREA = "445103";
  {
    const rows = [["潮安区电子商务进农村综合示范台账（镇村、培训、园区部分）"], [null], ["表名", "内容", "来源"],
      ["驻镇帮扶派驻表", "凤凰、文祠、归湖三镇村（居）名单，区商务局标注原省定贫困村", "区乡村振兴局"],
      ["站点建设进度", "村级电商服务站点建设节点跟踪（第一批2020年、第二批2021年）", "承建单位"],
      ["补贴花名册", "电子商务类职业技能培训补贴申领花名册（借作培训学员台账）", "区人社局"],
      ["入园评审汇总", "电商产业园入园申请评审及入驻、退园情况", "园区运营方"],
      [null], ["区商务局电商股　2021年9月"]];
    sheets.push(sheet("目录", rows, ["A1:C1"]));
    expect["目录"] = { kind: null };
  }
  // ---------------------------------------------------------------- villages: 驻镇帮镇扶村派驻表
  const TOWNS = [
    ["凤凰镇", "潮州市市直机关第一组团（市委组织部牵头）", "林××", "凤凰社区", ["凤西村", "凤北村", "凤新村", "大质村", "棋盘村", "虎头村", "叫水坑村", "石古坪村", "下埔村", "大庵村", "西春村", "东兴村", "福北村"]],
    ["文祠镇", "潮州市市直机关第四组团（市财政局牵头）", "陈××", "文祠社区", ["文里村", "李工坑村", "大坑村", "东边村", "黄竹洋村", "丰头村", "马坑村", "柳坑村"]],
    ["归湖镇", "广州市对口帮扶潮州工作队第二组", "郑××", "归湖社区", ["溪口村", "神前村", "葫芦市村", "碧潭村", "狮峰村", "山犁村", "金山村", "潭头村"]],
  ];
  const POOR = ["叫水坑村", "石古坪村", "大庵村", "李工坑村", "黄竹洋村", "碧潭村", "山犁村"];
  const ADMIN = TOWNS.flatMap((t) => t[4]);
  {
    const W = 8, rows = [], merges = [], recs = [];
    rows.push(span("潮州市潮安区驻镇帮镇扶村工作队派驻安排表（凤凰镇、文祠镇、归湖镇）", W)); merges.push("A1:H1");
    rows.push(span("来源：潮安区乡村振兴局（2021年6月）　　“村（居）类别”按区民政局2021年村（居）名册填写；“原省定贫困村”一栏由区商务局补填", W)); merges.push("A2:H2");
    rows.push(["镇", "组团帮扶单位", "工作队队长", "序号", "村（居）名称", "村（居）类别", "原省定贫困村", "驻村联络员"]);
    let n = 0;
    const SUR = "林陈黄李吴蔡郑许谢";
    TOWNS.forEach((t) => {
      const top = rows.length + 1;
      const list = [[t[3], false]].concat(t[4].map((v) => [v, true]));
      list.forEach(([v, adm], k) => {
        n += 1;
        rows.push([k === 0 ? t[0] : null, k === 0 ? t[1] : null, k === 0 ? t[2] : null, n, v, adm ? "村" : "社区", POOR.includes(v) ? "是" : "否", SUR[n % SUR.length] + "××"]);
        recs.push({ name: v, admin: adm, poor: POOR.includes(v), express: null });
      });
      merges.push(`A${top}:A${rows.length}`, `B${top}:B${rows.length}`, `C${top}:C${rows.length}`);
    });
    rows.push(span("注：1．“村”为行政村（村民委员会），“社区”为社区居委会。2．原省定贫困村指2016—2020年省定相对贫困村，即考评所称省定贫困村。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("驻镇帮扶派驻表", rows, merges));
    expect["驻镇帮扶派驻表"] = { kind: "villages", records: recs };
    assert(recs.length === 32 && recs.filter((r) => r.admin).length === 29 && recs.filter((r) => r.poor).length === 7, "32 rows, 29 admin, 7 poor");
  }
  // ---------------------------------------------------------------- stations: 建设进度跟踪
  // [town, village written, canonical, station, [选址, 装修, 设备, 挂牌] (iso or null), 状态]
  const B1 = [
    ["凤凰镇", "凤西村", "凤西村", "凤西村电商服务站", ["2020-07-02", "2020-08-20", "2020-09-10", "2020-09-28"], ["dot", "dot", "dot", "dot"]],
    ["凤凰镇", "叫水坑村", "叫水坑村", "叫水坑村电商服务站", ["2020-07-02", "2020-09-05", "2020-09-30", "2020-10-16"], ["dot", "dot", "dot", "real"]],
    ["凤凰镇", "石古坪村", "石古坪村", "石古坪村电商服务站", ["2020-07-15", "2020-09-18", "2020-10-09", "2020-10-20"], ["dot", "dot", "dot", "month"]],
    ["文祠镇", "李工坑村", "李工坑村", "李工坑村电商服务站", ["2020-08-03", "2020-10-12", "2020-10-28", "2020-11-06"], ["dot", "dot", "dot", "8"]],
    ["文祠镇", "文里村委会", "文里村", "文里村电商服务站", ["2020-08-03", "2020-10-26", "2020-11-10", "2020-11-20"], ["dot", "dot", "dot", "dot"]],
    ["归湖镇", "溪口村", "溪口村", "溪口村电商服务站", ["2020-09-01", "2020-11-09", "2020-11-25", "2020-12-04"], ["dot", "dot", "dot", "slash"]],
    ["归湖镇", "山犁村", "山犁村", "山犁村电商服务站", ["2020-09-01", "2020-11-23", "2020-12-08", "2020-12-18"], ["dot", "dot", "dot", "dot"]],
    ["凤凰镇", "凤凰社区", "凤凰社区", "凤凰墟电商服务站", ["2020-09-14", "2020-11-23", "2020-12-08", "2020-12-18"], ["dot", "dot", "dot", "dot"]],
  ];
  const B2 = [
    ["凤凰镇", "大庵村", "大庵村", "大庵村电商服务站", ["2021-01-04", "2021-01-10", "2021-01-12", "2021-01-15"]],
    ["文祠镇", "黄竹洋村", "黄竹洋村", "黄竹洋村电商服务站", ["2021-01-18", "2021-02-08", "2021-02-24", "2021-03-02"]],
    ["归湖镇", "碧潭村", "碧潭村", "碧潭村电商服务站", ["2021-01-18", "2021-02-22", "2021-03-09", "2021-03-18"]],
    ["凤凰镇", "凤西村", "凤西村", "凤西村电商服务站（乌岽茶园点）", ["2021-02-20", "2021-03-22", "2021-04-01", "2021-04-09"]],
    ["文祠镇", "大坑村", "大坑村", "大坑村电商服务站", ["2021-03-15", "2021-04-26", "2021-05-12", "2021-05-20"]],
    ["归湖镇", "神前村", "神前村", "神前村电商服务站", ["2021-04-06", "2021-05-17", "2021-06-02", "2021-06-11"]],
    ["凤凰镇", "棋盘村", "棋盘村", "棋盘村电商服务站", ["2021-05-10", "2021-06-28", "2021-07-14", "2021-07-23"]],
    ["归湖镇", "狮峰村", "狮峰村", "狮峰村电商服务站", ["2021-06-07", "2021-07-26", "2021-08-16", "2021-08-27"]],
    ["文祠镇", "丰头村", "丰头村", "丰头村电商服务站", ["2021-06-21", "2021-08-09", "2021-08-25", "2021-09-03"]],
    ["凤凰镇", "虎头村", "虎头村", "虎头村电商服务站", ["2021-07-05", "2021-08-23", "2021-09-06", null]],
  ];
  [...B1, ...B2].forEach((s) => assert(s[2] === "凤凰社区" || ADMIN.includes(s[2]), "station village " + s[2]));
  {
    const W = 11, rows = [], merges = [], recs = [];
    rows.push(span("潮安区村级电子商务服务站点建设进度跟踪表", W)); merges.push("A1:K1");
    rows.push(span("承建单位：潮州市韩江代运营服务有限公司　　更新至2021年9月10日　　“挂牌运营”为站点挂牌并开始对外服务的日期", W)); merges.push("A2:K2");
    rows.push(["序号", "镇", "村（居）", "站点名称", "建设节点", null, null, null, "目前状态", "站长", "备注"]);
    rows.push([null, null, null, null, "选址确认", "装修完成", "设备到位", "挂牌运营", null, null, null]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "J3:J4", "K3:K4");
    const SUR = "林陈黄李吴蔡郑许谢苏";
    let n = 0;
    rows.push(span("第一批（2020年建设）", W)); merges.push(`A${rows.length}:K${rows.length}`);
    B1.forEach((s) => {
      n += 1;
      const cells = s[4].map((iso, k) => typed(iso, s[5][k]));
      rows.push([n, s[0], s[1], s[3], cells[0][0], cells[1][0], cells[2][0], cells[3][0], "运营中", SUR[n % 10] + "××", null]);
      recs.push({ village: s[2], opened: cells[3][1] });
    });
    rows.push(span("第二批（2021年建设，以下日期均为2021年，只写月日）", W)); merges.push(`A${rows.length}:K${rows.length}`);
    B2.forEach((s) => {
      n += 1;
      const md = (iso) => (iso ? +iso.slice(5, 7) + "月" + +iso.slice(8) + "日" : null);
      const open = s[4][3];
      const state = !open ? "设备已到位，待挂牌" : open > "2021-08-31" ? "运营中（9月挂牌）" : "运营中";
      rows.push([n, s[0], s[1], s[3], md(s[4][0]), md(s[4][1]), md(s[4][2]), md(open), state, open ? SUR[n % 10] + "××" : null, !open ? "站长待定" : null]);
      recs.push(open ? { village: s[2], opened: open } : { village: s[2] });
    });
    rows.push(span("注：凤凰社区设在凤凰墟，为社区站；凤西村有两个站（村部站、乌岽茶园点）。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    sheets.push(sheet("站点建设进度", rows, merges));
    expect["站点建设进度"] = { kind: "stations", records: recs };
    assert(recs.length === 18 && recs.filter((r) => r.opened && dateOk(r.opened)).length === 16, "18 stations, 16 opened by the cut-off");
  }
  // ---------------------------------------------------------------- training: 补贴花名册
  // name -> [sex, birth, 人员类别, wantX]
  const P = {
    林晓纯: ["女", "19950312", "农村转移劳动力", false], 陈泽鑫: ["男", "19980726", "城乡未继续升学初高中毕业生", false], 黄锦鸿: ["男", "19870419", "脱贫劳动力", true],
    蔡丽虹: ["女", "19911103", "农村转移劳动力", false], 吴少鹏: ["男", "19850830", "脱贫劳动力", false], 郑佩玲: ["女", "19930215", "登记失业人员", false],
    许伟东: ["男", "19890607", "农村转移劳动力", false], 谢秋燕: ["女", "19961021", "脱贫劳动力", false], 李嘉豪: ["男", "20010118", "城乡未继续升学初高中毕业生", false],
    苏婉婷: ["女", "19970902", "农村转移劳动力", true], 林志强: ["男", "19820325", "脱贫劳动力", false], 陈映红: ["女", "19880714", "农村转移劳动力", false],
    黄楚君: ["女", "19940528", "登记失业人员", false], 吴泽锋: ["男", "19920911", "农村转移劳动力", false], 蔡俊杰: ["男", "19990403", "脱贫劳动力", false],
    许晓敏: ["女", "19901226", "农村转移劳动力", false], 郑海涛: ["男", "19860802", "农村转移劳动力", false],
  };
  const PID = {}; Object.keys(P).forEach((k, i) => { PID[k] = makeIdSex(AREA, P[k][1], 210 + i * 37, P[k][3], P[k][0]); });
  // [班, 工种, 起止 text, end iso, 补贴标准, [ [name, 结果] ] ]
  const CLS = [
    ["电子商务师（五级）", "2020.11.02-2020.11.13", "2020-11-13", 1200, [["林晓纯", "合格"], ["陈泽鑫", "合格"], ["黄锦鸿", "合格"], ["蔡丽虹", "合格"], ["吴少鹏", "不合格"], ["郑佩玲", "合格"], ["许伟东", "缺考"], ["谢秋燕", "合格"]]],
    ["互联网营销师（直播销售员，五级）", "2021.04.06-2021.04.15", "2021-04-15", 1200, [["李嘉豪", "合格"], ["苏婉婷", "合格"], ["林志强", "合格"], ["陈映红", "缺考"], ["黄楚君", "合格"], ["吴泽锋", "合格"], ["蔡俊杰", "合格"]]],
    ["电子商务师（四级）", "2021.07.19—07.30", "2021-07-30", 1800, [["林晓纯", "合格"], ["黄锦鸿", "合格"], ["谢秋燕", "不合格"], ["许晓敏", "合格"], ["郑海涛", "合格"], ["吴少鹏", "合格"]]],
    ["互联网营销师（直播销售员，四级）", "2021.08.30-09.08", "2021-09-08", 1800, [["苏婉婷", "合格"], ["黄楚君", "合格"], ["李嘉豪", "合格"], ["陈泽鑫", "合格"], ["蔡丽虹", "合格"]]],
  ];
  {
    const W = 11, rows = [], merges = [], recs = [];
    rows.push(span("潮安区职业技能培训补贴申领花名册（电子商务类）", W)); merges.push("A1:K1");
    rows.push(span("申领单位：潮州市潮安区粤东职业培训学校　　审核单位：潮安区人力资源和社会保障局　　（区商务局借用作电商培训学员台账）", W)); merges.push("A2:K2");
    rows.push(["序号", "姓名", "性别", "身份证号码", "人员类别", "培训工种（等级）", "培训起止日期", "考核结果", "证书编号", "补贴金额（元）", "备注"]);
    let n = 0, total = 0;
    CLS.forEach((c, ci) => {
      let sub = 0, pass = 0;
      c[4].forEach(([nm, res], k) => {
        n += 1;
        const ok = res === "合格";
        const amt = ok ? c[3] : 0;
        sub += amt; pass += ok ? 1 : 0;
        rows.push([n, nm, P[nm][0], PID[nm], P[nm][2], c[0], c[1], res, ok ? "Y" + (c[2].slice(0, 4)) + "4451" + String(ci + 1).padStart(2, "0") + String(k + 1).padStart(3, "0") : null, amt,
          ok ? null : res === "缺考" ? "已参加培训，未参加考核，不予补贴" : "已参加培训，考核不合格，不予补贴"]);
        recs.push({ date: c[2], personTimes: 1, id: PID[nm] });
      });
      rows.push(["小计", null, c[4].length + "人", null, null, null, null, "合格" + pass + "人", null, sub, null]); merges.push(`A${rows.length}:B${rows.length}`);
      total += sub;
    });
    rows.push(["合计", null, recs.length + "人次", null, null, null, null, null, null, total, null]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(span("注：补贴按考核合格人数申领；考核不合格、缺考人员均参加了培训，照列但不申领补贴。培训起止日期后段省略年份的与前段同年。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    assert(total === 1200 * 12 + 1800 * 10 && total === 32400 && recs.length === 26, "subsidy 32,400, 26 rows");
    assert(PID["黄锦鸿"].endsWith("X") && PID["苏婉婷"].endsWith("X"), "two X");
    sheets.push(sheet("补贴花名册", rows, merges));
    expect["补贴花名册"] = { kind: "training", records: recs };
  }
  // ---------------------------------------------------------------- enterprises: 入园评审汇总
  // [name, 业态, 申请, 评审, 结论, 协议 cell, 入驻 [date,style]|null, 退园 [date,style]|null, 备注]
  const EN = [
    ["潮州市凤凰单丛茶电子商务有限公司", "销售型电商", "2020.5.8", "2020.5.20", "同意入园", "2020.5.28", ["2020-06-15", "dot"], null, null],
    ["潮安区庵埠食品网络科技有限公司", "平台型电商", "2020.5.8", "2020.5.20", "同意入园", "2020.6.1", ["2020-06-15", "dot"], null, null],
    ["潮州市彩塘不锈钢电商有限公司", "销售型电商", "2020.5.12", "2020.5.20", "不同意", null, null, null, "非农产品类，建议入驻区电商孵化基地"],
    ["潮安区粤运快递服务有限公司", "物流快递", "2020.6.3", "2020.6.17", "同意入园", "2020.6.24", ["2020-07-01", "dot"], null, null],
    ["潮州市韩江代运营服务有限公司", "电商代运营", "2020.6.3", "2020.6.17", "同意入园", "2020.6.28", ["2020-07-06", "real"], null, "兼站点承建单位"],
    ["潮安区古巷陶瓷直播工作室", "直播电商", "2020.7.10", "2020.7.22", "暂缓", null, null, null, "资料不全，未再申请"],
    ["潮安区浮洋抽纱网店", "销售型电商", "2020.7.10", "2020.7.22", "同意入园", "2020.8.3", ["2020-08-17", "dot"], ["2021-05-31", "dot"], "经营不善退园"],
    ["潮州市归湖蜂蜜电子商务有限公司", "销售型电商", "2020.9.2", "2020.9.16", "同意入园", "2020.9.25", ["2020-10-12", "month"], null, "10月中旬入驻，未记具体日"],
    ["潮安区金石鱼露网络科技有限公司", "销售型电商", "2020.9.2", "2020.9.16", "同意入园", null, null, null, "评审通过后放弃入驻，未签协议"],
    ["潮州市东凤腐乳电商有限公司", "销售型电商", "2020.11.5", "2020.11.18", "同意入园", "2020.11.26", ["2020-12-08", "8"], null, null],
    ["潮安区冷链仓储配送有限公司", "物流快递", "2021.1.6", "2021.1.20", "同意入园", "2021.1.28", ["2021-03-01", "slash"], null, null],
    ["潮州市文祠橄榄电子商务有限公司", "销售型电商", "2021.3.3", "2021.3.17", "同意入园", "2021.3.25", ["2021-04-12", "dot"], null, null],
    ["潮安区沙溪潮绣直播电商有限公司", "直播电商", "2021.3.3", "2021.3.17", "同意入园", "2021.3.30", ["2021-04-19", "yy"], ["2021-09-10", "dot"], null],
    ["潮州市江东韭菜合作社网店", "销售型电商", "2021.5.6", "2021.5.19", "不同意", null, null, null, "不具备独立法人资格"],
    ["潮安区登塘荔枝电商有限公司", "销售型电商", "2021.6.2", "2021.6.16", "同意入园", "2021.6.25", null, null, "装修中，预计2021年10月入驻"],
    ["潮州市潮安电商供应链有限公司", "平台型电商", "2021.7.7", "2021.7.21", "同意入园", "2021.7.30", ["2021-08-16", "cn"], null, null],
    ["潮安区铁铺凤凰茶网店", "销售型电商", "2021.8.4", "2021.8.18", "同意入园", "2021.8.26", ["2021-09-06", "dot"], null, null],
  ];
  {
    const W = 11, rows = [], merges = [], recs = [];
    rows.push(span("潮安电商产业园入园申请评审情况汇总表", W)); merges.push("A1:K1");
    rows.push(span("园区运营方：潮州市韩江代运营服务有限公司　　统计至2021年9月15日", W)); merges.push("A2:K2");
    rows.push(["序号", "申请企业名称", "统一社会信用代码", "拟入驻业态", "申请日期", "评审会日期", "评审结论", "入园协议签订日期", "实际入驻日期", "退园日期", "备注"]);
    EN.forEach((e, i) => {
      const ent = e[6] ? typed(e[6][0], e[6][1]) : null, left = e[7] ? typed(e[7][0], e[7][1]) : null;
      rows.push([i + 1, e[0], creditCode(AREA, i + 3), e[1], e[2], e[3], e[4], e[5], ent ? ent[0] : null, left ? left[0] : null, e[8]]);
      if (ent) recs.push({ name: e[0], entered: ent[1], left: left ? left[1] : null });
    });
    rows.push(span("注：评审通过不等于入园；只有填了“实际入驻日期”的才是入园企业，“退园日期”为办结退园手续的日期。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    sheets.push(sheet("入园评审汇总", rows, merges));
    expect["入园评审汇总"] = { kind: "enterprises", records: recs };
    assert(recs.length === 12 && recs.filter((r) => r.left).length === 2, "12 entered, 2 left");
  }
  write("ledgers/b123-l1-chaoan.json", {
    description:
      "潮州市潮安区商务局电商股交的一本台账，五个表。①《目录》只有表名、内容、来源三列文字，不是台账。②《驻镇帮扶派驻表》借区乡村振兴局的驻镇帮镇扶村工作队派驻安排表当村名单：镇、组团帮扶单位、工作队队长三列按镇纵向合并，读的是“村（居）名称”“村（居）类别”（村＝行政村、社区＝居委会，注里写明）和区商务局补填的“原省定贫困村”（是／否，注里写明就是考评所称省定贫困村）；没有快递列，快递覆盖一律不知道（null）。共32条：29个行政村、3个社区、7个贫困村。③《站点建设进度》两行表头，“建设节点”下分选址确认｜装修完成｜设备到位｜挂牌运营，开通日期只读“挂牌运营”（前三个节点不是）；第一批（2020年）日期有“2020.9.28”、真日期、“2020年10月”（只到月）、“20201106”、“2020/12/4”；第二批段标题写明“以下日期均为2021年，只写月日”，“1月15日”就是2021-01-15；“文里村委会”即文里村；凤西村两个站；凤凰社区站是社区站，照列；丰头村9月3日挂牌照列；虎头村“设备已到位，待挂牌”，挂牌运营空着——是一行站点但没有开通日期（记录只核对村名）。共18条。④《补贴花名册》是区人社局的职业技能培训补贴申领花名册，区商务局借作学员台账：一人一班一行，日期读“培训起止日期”的止日（2020-11-13、2021-04-15、2021-07-30、2021-09-08），“2021.07.19—07.30”“2021.08.30-09.08”后段省略年份；考核不合格、缺考的注明“已参加培训”，也是人次；小计、合计行不是记录；黄锦鸿、苏婉婷身份证号末位X；林晓纯等人上过两个班各算一条。共26条。⑤《入园评审汇总》是入园申请评审汇总：评审“不同意”“暂缓”、通过后放弃入驻、签了协议还在装修（没有实际入驻日期）的都不是入园企业；入驻日期读“实际入驻日期”（不是申请、评审、协议日期），有“2020年10月”只到月、“21.4.19”、“2021年8月16日”；退出读“退园日期”（浮洋抽纱2021.5.31，沙溪潮绣2021.9.10）。共12家。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b123-l2-fogang: 清远佛冈县 — ①县委宣传部舆情监测平台导出当宣传报道台账（级别列用平台口径，电视≠广电台的客户端）；
// ②脱贫户参训误工补贴发放公示表（身份证号隐去中间8位，期次、日期纵向合并，未到的不计）；③脱贫人口务工就业监测台账（务工地点写地名）；
// ④按镇汇总的参训人次透视表（不是台账）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  const AREA = "441821";
  // ---------------------------------------------------------------- media: 舆情监测导出
  // [标题, 来源, 来源类型, 平台级别, 发布时间, level, tv, 相似]
  const MD = [
    ["佛冈：电商服务站开到村民家门口", "佛冈县融媒体中心", "网站", "县级", "2020-09-18 15:02:11", "county", false, 3],
    ["佛冈县举办农村电商直播带货培训班", "佛冈电视台《佛冈新闻》", "电视", "县级", "2020-10-22 19:30:00", "county", true, 0],
    ["清远佛冈：“豆腐节”搭上直播快车", "清远日报", "报纸", "市级", "2020-11-30 07:10:25", "city", false, 5],
    ["佛冈番薯干卖到全国", "南方+客户端", "客户端", "省级", "2020-12-15 11:46:03", "province", false, 12],
    ["脱贫户当上带货主播——佛冈电商扶贫见闻", "广东广播电视台珠江频道《今日关注》", "电视", "省级", "2021-01-27 20:05:00", "province", true, 2],
    ["佛冈年货节线上销售额破千万", "网易新闻", "网站", "商业网站", "2021-02-03 09:12:48", null, false, 8],
    ["佛冈：村级电商站点覆盖七成以上行政村", "清远广播电视台《清远新闻》", "电视", "市级", "2021-04-08 19:00:00", "city", true, 1],
    ["广东佛冈：小小豆腐干撬动乡村振兴", "人民网", "网站", "中央级", "2021-06-02 10:12:45", "national", false, 21],
    ["佛冈县电商培训走进汤塘镇", "佛冈发布（县融媒体中心公众号）", "微信", "县级", "2021-06-10 18:20:36", "county", false, 0],
    ["佛冈电子商务进农村示范县创建通过市级初验", "触电新闻（广东广播电视台客户端）", "客户端", "省级", "2021-07-20 16:33:09", "province", false, 4],
    ["佛冈：电商让高岗红薯走出大山", "中央广播电视总台农业农村频道《三农群英汇》", "电视", "中央级", "2021-09-08 20:00:00", "national", true, 6],
  ];
  {
    const W = 9, rows = [], merges = [], recs = [];
    rows.push(span("佛冈县网络舆情监测平台　信息导出", W)); merges.push("A1:I1");
    rows.push(span("检索词：佛冈 AND (电商 OR 电子商务 OR 直播带货)　　时间范围：2020-09-01 至 2021-09-15　　筛选条件：情感倾向=正面；来源类型≠自媒体（微博、个人公众号、个人短视频号已排除）　　导出时间：2021-09-16 09:41", W)); merges.push("A2:I2");
    rows.push(["序号", "标题", "来源", "来源类型", "媒体级别", "发布时间", "情感倾向", "相似文章数", "原文链接"]);
    MD.forEach((m, i) => {
      rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], "正面", m[7], "https://yq.fogang.gov.cn/detail/" + (880421 + i * 1379)]);
      recs.push({ date: m[4].slice(0, 10), level: m[5], tv: m[6] });
    });
    rows.push(span("县商务局注：本表作宣传报道台账。“媒体级别”为平台分类：中央级＝国家级，省级、市级、县级照读，“商业网站”不属于主流媒体级别；“相似文章数”是转载，不另计。来源类型“电视”才是电视播出，广电台的客户端（触电新闻）是网络。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("舆情监测导出", rows, merges));
    expect["舆情监测导出"] = { kind: "media", records: recs };
    assert(recs.length === 11 && recs.filter((r) => r.tv).length === 4 && recs.filter((r) => r.level === null).length === 1, "11 reports, 4 TV, 1 commercial");
  }
  // ---------------------------------------------------------------- poor persons (used by both tables)
  // [镇, 村, 户主, 姓名, 关系, 性别, birth, 劳动技能, 务工状态, 务工地点, 月收入, wantX]
  const PP = [
    ["石角镇", "小梅村", "黄振华", "黄振华", "户主", "男", "19700312", "普通劳动力", "务工", "佛冈县石角镇（县工业园）", 3200, false],
    ["石角镇", "小梅村", "黄振华", "李秀琴", "配偶", "女", "19730815", "普通劳动力", "务工", "广州市花都区", 4000, false],
    ["石角镇", "小梅村", "黄振华", "黄文杰", "之子", "男", "19960520", "技能劳动力", "务工", "深圳市宝安区", 6500, false],
    ["石角镇", "小梅村", "黄振华", "陈亚妹", "之母", "女", "19450203", "丧失劳动力", "未务工", null, null, false],
    ["汤塘镇", "新联村", "朱国强", "朱国强", "户主", "男", "19681122", "弱劳动力或半劳动力", "公益性岗位", "佛冈县汤塘镇（护林员）", 1500, false],
    ["汤塘镇", "新联村", "朱国强", "曾桂英", "配偶", "女", "19710618", "普通劳动力", "未务工", "（在家务农）", null, true],
    ["汤塘镇", "新联村", "朱国强", "朱丽萍", "之女", "女", "19990904", "普通劳动力", "务工", "清远市清城区", 3800, false],
    ["高岗镇", "宝山村", "刘德", "刘德", "户主", "男", "19490807", "丧失劳动力", "未务工", null, null, false],
    ["高岗镇", "宝山村", "何志明", "何志明", "户主", "男", "19750430", "普通劳动力", "务工", "佛冈县高岗镇", 2800, false],
    ["高岗镇", "宝山村", "何志明", "何俊", "之子", "男", "20070911", "无劳动力（在校生）", "在校", null, null, false],
    ["水头镇", "莲瑶村", "罗美玲", "罗美玲", "户主", "女", "19801225", "技能劳动力", "务工", "东莞市长安镇", 5200, false],
    ["水头镇", "莲瑶村", "罗美玲", "罗子轩", "之子", "男", "20120305", "无劳动力（在校生）", "在校", null, null, false],
    ["迳头镇", "井冈村", "徐国华", "徐国华", "户主", "男", "19650709", "普通劳动力", "务工", "佛冈县迳头镇", 2600, false],
    ["迳头镇", "井冈村", "徐国华", "梁秀娟", "配偶", "女", "19670114", "弱劳动力或半劳动力", "未务工", null, null, false],
    ["龙山镇", "民安村", "冯志坚", "冯志坚", "户主", "男", "19780926", "普通劳动力", "务工", "浙江省义乌市", 5800, false],
    ["龙山镇", "民安村", "冯志坚", "邓丽华", "配偶", "女", "19810417", "普通劳动力", "务工", "佛冈县龙山镇", 3000, false],
    ["龙山镇", "民安村", "冯志坚", "冯婆", "之母", "女", "19400601", "丧失劳动力", "未务工", null, null, false],
  ];
  const PID = PP.map((p, i) => makeIdSex(AREA, p[6], 120 + i * 43, p[11], p[5]));
  let ppSheet;
  const labourOf = (p) => /^(普通|技能|弱)/.test(p[7]);
  const migrantOf = (p) => p[8] === "务工" && !!p[9] && !p[9].startsWith("佛冈县");
  {
    const W = 11, rows = [], merges = [], recs = [];
    rows.push(span("佛冈县脱贫人口务工就业监测台账（2021年7月更新）", W)); merges.push("A1:K1");
    rows.push(span("填报单位：佛冈县乡村振兴局（县人社局协助）　　说明：劳动技能中普通劳动力、技能劳动力、弱劳动力或半劳动力为有劳动能力，丧失劳动力、无劳动力为无劳动能力；“外出务工”指在佛冈县以外务工（含省外），在本县各镇务工、公益性岗位不属外出务工。", W)); merges.push("A2:K2");
    rows.push(["序号", "镇", "村", "户主", "姓名", "与户主关系", "身份证号码", "劳动技能", "务工状态", "务工地点", "月均务工收入（元）"]);
    PP.forEach((p, i) => {
      rows.push([i + 1, p[0], p[1], p[2], p[3], p[4], PID[i], p[7], p[8], p[9], p[10]]);
      recs.push({ id: PID[i], labour: labourOf(PP[i]), migrant: migrantOf(PP[i]) });
    });
    rows.push(span("合计：6户17人。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    ppSheet = sheet("务工监测台账", rows, merges);
    expect["务工监测台账"] = { kind: "poorPersons", records: recs };
    assert(new Set(PP.map((p) => p[2])).size === 7, "7 households");
    assert(recs.length === 17 && recs.filter((r) => r.labour).length === 12 && recs.filter((r) => r.migrant).length === 5 &&
      recs.filter((r) => r.labour && !r.migrant).length === 7 && PID[5].endsWith("X"), "17 persons, 12 labour, 5 migrant, 7 eligible");
  }
  // ---------------------------------------------------------------- training: 误工补贴公示（masked）
  // [期次, 日期 text, end iso, [ [person idx, days|0] ] ]
  const SS = [
    ["第1期", "2020年11月17日—18日", "2020-11-18", [[0, 2], [2, 2], [4, 2], [5, 0], [8, 2], [12, 2]]],
    ["第2期", "2021.3.23", "2021-03-23", [[0, 1], [6, 1], [10, 1], [13, 1], [15, 1]]],
    ["第3期", "2021年6月8日-9日", "2021-06-09", [[1, 2], [5, 2], [8, 2], [12, 1], [14, 2], [4, 2]]],
    ["第4期", "2021.9.7—9.8", "2021-09-08", [[15, 2], [13, 2], [0, 0], [6, 2], [12, 2]]],
  ];
  const RATE = 60;
  const perTown = {};
  {
    const W = 10, rows = [], merges = [], recs = [];
    rows.push(span("佛冈县脱贫户参加电商培训误工补贴发放公示表", W)); merges.push("A1:J1");
    rows.push(span("补贴标准：每人每天60元　　公示期：2021年9月13日—9月19日　　（按公示要求，身份证号隐去中间8位）", W)); merges.push("A2:J2");
    rows.push(["序号", "培训期次", "培训日期", "镇", "村", "姓名", "身份证号", "参训天数", "补贴金额（元）", "备注"]);
    let n = 0, tDays = 0, tAmt = 0;
    SS.forEach((s) => {
      const top = rows.length + 1;
      let d = 0, a = 0;
      s[3].forEach(([i, days], k) => {
        n += 1;
        const p = PP[i];
        rows.push([n, k === 0 ? s[0] : null, k === 0 ? s[1] : null, p[0], p[1], p[3], mask(PID[i]), days, days * RATE, days === 0 ? "未到，不发放补贴，不计人次" : null]);
        d += days; a += days * RATE;
        if (days > 0) {
          recs.push({ date: s[2], personTimes: 1, id: mask(PID[i]) });
          const key = p[0]; perTown[key] = perTown[key] || {}; perTown[key][s[0]] = (perTown[key][s[0]] || 0) + 1;
        }
      });
      merges.push(`B${top}:B${rows.length}`, `C${top}:C${rows.length}`);
      rows.push(["小计", null, null, null, null, s[3].filter((x) => x[1] > 0).length + "人次", null, d, a, null]); merges.push(`A${rows.length}:E${rows.length}`);
      tDays += d; tAmt += a;
    });
    rows.push(["合计", null, null, null, null, recs.length + "人次", null, tDays, tAmt, null]); merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(span("注：每人每期一行，按一人次计（两天的培训也只算一人次）；“未到”的照列公示但不发放补贴、不计人次。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    assert(recs.length === 20 && tDays === 34 && tAmt === 2040, "20 person-times, 34 days, 2,040元 got " + recs.length + "/" + tDays);
    recs.forEach((r) => assert(/^\d{6}\*{8}\d{3}[\dX]$/.test(r.id), "masked id"));
    sheets.push(sheet("误工补贴公示", rows, merges));
    expect["误工补贴公示"] = { kind: "training", records: recs };
  }
  sheets.push(ppSheet);
  // ---------------------------------------------------------------- pivot (not a ledger)
  {
    const towns = ["石角镇", "汤塘镇", "高岗镇", "水头镇", "迳头镇", "龙山镇"], per = ["第1期", "第2期", "第3期", "第4期"];
    const rows = [["脱贫户电商培训参训人次汇总（按镇，据《误工补贴公示》汇总，供领导参阅）", null, null, null, null, null], ["镇", ...per, "合计"]];
    const col = per.map(() => 0);
    towns.forEach((t) => {
      const v = per.map((p) => (perTown[t] || {})[p] || 0);
      v.forEach((x, k) => { col[k] += x; });
      rows.push([t, ...v, v.reduce((a, b) => a + b, 0)]);
    });
    rows.push(["合计", ...col, col.reduce((a, b) => a + b, 0)]);
    assert(col.reduce((a, b) => a + b, 0) === 20, "pivot total 20");
    sheets.push(sheet("参训人次汇总", rows, ["A1:F1"]));
    expect["参训人次汇总"] = { kind: null };
  }
  write("ledgers/b123-l2-fogang.json", {
    description:
      "清远市佛冈县商务局交的一本台账，四个表。①《舆情监测导出》是县委宣传部网络舆情监测平台的导出，县商务局拿来当宣传报道台账：表头上方写明检索词、时间范围和“情感倾向=正面、来源类型≠自媒体”的筛选；列 序号｜标题｜来源｜来源类型｜媒体级别｜发布时间｜情感倾向｜相似文章数｜原文链接。读法：日期取“发布时间”的日期部分；级别按平台“媒体级别”：中央级 → 国家级，省级、市级、县级照读，“商业网站”（网易新闻）不属于任何级别 → null；电视只认来源类型“电视”（佛冈电视台、广东广播电视台珠江频道、清远广播电视台、中央广播电视总台农业农村频道），触电新闻虽是广东广播电视台的客户端也不是电视，南方+客户端、“佛冈发布”公众号（县融媒体中心，县级，不是自媒体）同理；“相似文章数”是转载，不另计；2021-09-08那条照列。共11条。②《误工补贴公示》是脱贫户参加电商培训误工补贴发放公示表：身份证号按公示要求隐去中间8位（照写，能计行数不能比对到人）；“培训期次”“培训日期”两列按期纵向合并，下面各行的日期就是合并格里的日期，区间读末日（2020年11月17日—18日 → 2020-11-18，2021年6月8日-9日 → 2021-06-09，2021.9.7—9.8 → 2021-09-08）；一人一期一行算一人次，两天的也只算一次；“未到”的两行（参训天数0、补贴0）注明不计人次，不是记录；小计、合计行不是记录。共20条。③《务工监测台账》是县乡村振兴局的脱贫人口务工就业监测台账：劳动能力按“劳动技能”（普通、技能、弱劳动力或半劳动力为有；丧失劳动力、无劳动力为无），外出务工按“务工地点”是否在佛冈县以外（广州花都、深圳宝安、清远清城、东莞长安、浙江义乌是；佛冈县石角镇、高岗镇、迳头镇、龙山镇务工和汤塘镇公益性岗位不是；未务工、在校不是）。共17人（12人有劳动能力，5人外出务工），曾桂英身份证号末位X。④《参训人次汇总》是按镇对②做的透视汇总，不是台账（再读就重复计数）。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// counties/b123-c1-nanxiong: 韶关南雄市 — 事实与自评分在市委市政府督查室的《重点任务督办台账》里（推进情况一栏是文字，
// 指标自评分和主观评分项自评分两列）；台账：组织部门的村（社区）“两委”换届结果名册当村名单（216个行政村，超过200）、
// 站点季度运营考核表、培训开班备案及结业汇总（实到人次，跨截止日的班）、园区企业月度经营统计（同一企业两行）、
// 财务软件打印的专项资金明细账（年份在表头、月日分列，本月合计/本年累计行）、统计直报系统上报记录、
// 网站群内容管理系统文章导出（草稿、待审核）、宣传信息积分登记、市局约稿任务清单
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "440282";
  sheets.push(sheet("报送说明", [["南雄市电子商务进农村综合示范创建考评资料（电子版）"], [null],
    ["1．《督办台账》是市委市政府督查室第9期督办台账，推进情况截至2021年8月31日，“指标自评分”经市商务局局务会审定。"],
    ["2．其余各表为考评佐证台账，多数借用相关部门、系统的原表，来源见各表表头。"], [null], ["南雄市商务局　2021年9月"]]));
  // ---------------------------------------------------------------- villages: 两委换届名册
  const TOWNS = [["雄州街道", 4, ["雄中", "雄东", "雄西", "雄南", "雄北", "新城", "永康", "凌江"]], ["乌迳镇", 13], ["界址镇", 12], ["坪田镇", 13], ["黄坑镇", 13],
    ["邓坊镇", 12], ["油山镇", 13], ["南亩镇", 12], ["水口镇", 13], ["江头镇", 12], ["湖口镇", 13], ["珠玑镇", 13], ["主田镇", 12], ["古市镇", 13],
    ["全安镇", 12], ["百顺镇", 12], ["澜河镇", 12], ["帽子峰镇", 12]];
  TOWNS.forEach((t) => { if (!t[2]) t[2] = [t[0].replace(/镇$/, "")]; });
  const FORBID = new Set(["雄州"]); TOWNS.forEach((t) => t[2].forEach((c) => FORBID.add(c)));
  const P1 = "新上下大小东西南中石水田塘坪岭江湖黄白青龙凤竹松梅杨高长平安和兴瑶溪林罗古莲桥沙".split("");
  const P2 = "田塘坪岭坑湖溪坝垅口围洞坳背源富联光丰湾陂岗坊圳屋墩".split("");
  const combos = []; P1.forEach((a) => P2.forEach((b) => { if (a !== b) combos.push(a + b); }));
  const stems = [], usedStem = new Set();
  for (let k = 0; stems.length < 216; k++) {
    assert(k < 5 * combos.length, "stem generator");
    const c = combos[(k * 37 + 11) % combos.length];
    if (FORBID.has(c) || usedStem.has(c)) continue;
    usedStem.add(c); stems.push(c);
  }
  const ADMIN = [], COMM = [];
  let si = 0;
  TOWNS.forEach((t) => {
    t[2].forEach((c) => COMM.push({ town: t[0], name: c + "社区", stem: c }));
    for (let k = 0; k < t[1]; k++) { const s = stems[si++]; ADMIN.push({ town: t[0], name: s + "村", stem: s, i: ADMIN.length }); }
  });
  assert(ADMIN.length === 216 && COMM.length === 25, "216 villages, 25 communities");
  ADMIN.forEach((v) => { v.poor = v.i % 10 === 6 || v.i === 213; });
  const POORV = ADMIN.filter((v) => v.poor);
  assert(POORV.length === 22 && ADMIN[213].town === "帽子峰镇", "22 poor villages");
  const NONPOOR = ADMIN.filter((v) => !v.poor);
  assert(NONPOOR.length === 194, "194 non-poor");
  NONPOOR.forEach((v, j) => { v.covered = (j * 53) % 194 < 121; });
  POORV.forEach((v) => { v.covered = v.i !== 213; });
  const COVERED = ADMIN.filter((v) => v.covered);
  assert(COVERED.length === 142 && POORV.filter((v) => v.covered).length === 21, "142 covered, 21/22 poor");
  const SUR = "李陈黄刘张钟叶曾邓谢朱林何王罗吴赖许";
  const GIV = ["建华", "国强", "志明", "伟东", "秀英", "桂芳", "德胜", "永康", "小平", "文辉", "海涛", "春梅", "金生", "振华", "玉兰", "少军"];
  const person = (k) => SUR[k % SUR.length] + GIV[(k * 7) % GIV.length];
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("南雄市2021年村（社区）“两委”换届选举结果统计表", W)); merges.push("A1:J1");
    rows.push(span("来源：中共南雄市委组织部（2021年4月）　　最后两列“省定贫困村”“快递到村”由市商务局补填", W)); merges.push("A2:J2");
    rows.push(["序号", "镇（街道）", "村（社区）", "类别", "党组织书记", "村（居）委会主任", "书记、主任“一肩挑”", "选举日期", "市商务局补填", null]);
    rows.push([null, null, null, null, null, null, null, null, "省定贫困村", "快递到村"]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:J3");
    let n = 0;
    TOWNS.forEach((t, ti) => {
      const top = rows.length + 1;
      const list = COMM.filter((c) => c.town === t[0]).map((c) => [c, false]).concat(ADMIN.filter((v) => v.town === t[0]).map((v) => [v, true]));
      list.forEach(([v, adm], k) => {
        n += 1;
        const one = n % 7 !== 3;
        const sec = person(n * 3 + 1);
        rows.push([n, k === 0 ? t[0] : null, v.name, adm ? "村" : "社区", sec, one ? sec : person(n * 5 + 2), one ? "是" : "否",
          "2021." + (1 + (ti % 3)) + "." + (8 + (k % 20)), adm && v.poor ? "是" : null, adm ? "√" : "—"]);
      });
      merges.push(`B${top}:B${rows.length}`);
    });
    rows.push(span("合计：18个镇（街道），216个村、25个社区。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    rows.push(span("市商务局补填说明：类别“村”为行政村，“社区”为社区居委会；“省定贫困村”填“是”的为省定贫困村（22个），空白为否；“快递到村”据市邮政分公司2020年12月核查，√为已通快递，社区不核查填“—”。", W));
    merges.push(`A${rows.length}:J${rows.length}`);
    sheets.push(sheet("两委换届名册", rows, merges));
  }
  // ---------------------------------------------------------------- stations: 季度运营考核表
  const STY = ["dot", "real", "dot", "month", "yy", "8", "slash"];
  const ST = []; // {town, written, canon|null, cell, iso, name}
  COVERED.forEach((v, c) => {
    const d = (c * 59) % 142;
    const iso = addDays("2020-07-06", Math.floor(d * 410 / 141));
    const [cell, read] = typed(iso, STY[c % 7]);
    const written = c % 9 === 4 ? v.stem + "村委会" : c % 23 === 7 ? v.stem + "村民委员会" : v.name;
    ST.push({ town: v.town, written, canon: v.name, cell, iso: read, name: v.stem + "村电商服务站" });
    if ([10, 30, 50, 70, 90, 110].includes(c)) {
      const iso2 = [addDays(iso, 75), "2021-08-25"].sort()[0];
      ST.push({ town: v.town, written: v.name, canon: v.name, cell: typed(iso2, "dot")[0], iso: iso2, name: v.stem + "村电商服务站（圩镇二站）" });
    }
  });
  ["雄中", "雄东", "新城", "乌迳", "珠玑", "湖口", "古市", "全安"].forEach((c, k) => {
    const com = COMM.find((x) => x.stem === c);
    const iso = addDays("2020-08-10", k * 47);
    ST.push({ town: com.town, written: com.name, canon: null, cell: typed(iso, "dot")[0], iso, name: c + "社区电商服务站" });
  });
  const LATE = NONPOOR.filter((v) => !v.covered).slice(0, 3).concat([ADMIN[213]]);
  LATE.forEach((v, k) => {
    const iso = ["2021-09-03", "2021-09-06", "2021-09-08", "2021-09-10"][k];
    ST.push({ town: v.town, written: v.name, canon: v.name, cell: typed(iso, "dot")[0], iso, name: v.stem + "村电商服务站" });
  });
  assert(ST.length === 160, "160 stations got " + ST.length);
  const ADMIN_NAMES = new Set(ADMIN.map((v) => v.name));
  const cov = new Set(ST.filter((s) => s.canon && dateOk(s.iso)).map((s) => s.canon));
  cov.forEach((x) => assert(ADMIN_NAMES.has(x), "in list"));
  assert(cov.size === 142 && cov.size * 100 >= 200 * 70 && cov.size * 100 < 216 * 70, "142/200 = 71% → 5, but 142/216 = 65.7% (the cap trap)");
  const poorCov = POORV.filter((v) => cov.has(v.name)).length;
  assert(poorCov === 21 && poorCov * 100 >= 22 * 80 && poorCov < 22, "21/22 = 95.5% → 3");
  {
    const W = 11, rows = [], merges = [];
    rows.push(span("南雄市村级电子商务服务站点运营考核评分表", W)); merges.push("A1:K1");
    rows.push(span("考核单位：南雄市商务局　　更新：2021年9月12日（含9月新开业站点，未考核）　　“开业时间”以站点挂牌营业为准", W)); merges.push("A2:K2");
    rows.push(["序号", "镇（街道）", "站点名称", "所在村（社区）", "站长", "开业时间", "季度考核得分", null, null, "二季度考核等次", "备注"]);
    rows.push([null, null, null, null, null, null, "2020年第四季度", "2021年第一季度", "2021年第二季度", null, null]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4", "K3:K4");
    const key = (iso) => (iso.length === 7 ? iso + "-01" : iso);
    let n = 0, bad = 0;
    TOWNS.forEach((t) => {
      const top = rows.length + 1;
      ST.filter((s) => s.town === t[0]).sort((a, b) => (key(a.iso) < key(b.iso) ? -1 : key(a.iso) > key(b.iso) ? 1 : 0)).forEach((s, k) => {
        n += 1;
        const q = ["2020-12-01", "2021-03-01", "2021-06-01"].map((qs, qi) => (key(s.iso) < qs ? 70 + ((n * 31 + qi * 17) % 29) : "—"));
        if (bad === 0 && n >= 45 && typeof q[2] === "number") { q[2] = 58; bad += 1; }
        const g = typeof q[2] === "number" ? (q[2] >= 90 ? "优秀" : q[2] >= 60 ? "合格" : "不合格") : dateOk(s.iso) ? "未考核（6月后开业）" : "未考核（9月开业）";
        rows.push([n, k === 0 ? t[0] : null, s.name, s.written, person(n * 11 + 5).slice(0, 1) + "××", s.cell, q[0], q[1], q[2], g, g === "不合格" ? "限期整改，继续运营" : null]);
      });
      if (rows.length >= top + 1) merges.push(`B${top}:B${rows.length}`);
    });
    assert(n === 160 && bad === 1, "rows");
    rows.push(span("注：季度得分满分100分，90分以上优秀、60分以上合格；开业不满一个季度的不参加当季考核（填“—”）。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    sheets.push(sheet("站点考核表", rows, merges));
  }
  // ---------------------------------------------------------------- training: 开班备案及结业汇总
  // [班次, 名称, 类别, 开班 cell, 结业 cell, end iso, 天数, 地点, 备案人数, 实到人次, 结业人数]
  const SES = [
    [1, "农村电商基础班", "增值", "2020.9.16", "2020.9.17", "2020-09-17", 2, "市电商公共服务中心（筹）", 60, 118, 56],
    [2, "电商进万家普及讲座（乌迳场）", "普及", "2020.10.20", "2020.10.20", "2020-10-20", 1, "乌迳镇文化站", 180, 176, "—"],
    [3, "网店美工与农产品拍摄班", "增值", "2020.11.10", "2020.11.12", "2020-11-12", 3, "市电商公共服务中心", 50, 147, 48],
    [4, "电商进万家普及讲座（珠玑场）", "普及", D("2020-12-08"), D("2020-12-08"), "2020-12-08", 1, "珠玑镇政府礼堂", 250, 243, "—"],
    [5, "脱贫户电商技能专班（一）", "脱贫户专班", "2021.1.12", "2021.1.13", "2021-01-13", 2, "市电商公共服务中心", 70, 136, 65],
    [6, "电商进万家普及讲座（湖口场）", "普及", "2021.3.2", "2021.3.2", "2021-03-02", 1, "湖口镇文化站", 300, 286, "—"],
    [7, "直播带货实操班", "增值", "2021.3.23", "2021.3.25", "2021-03-25", 3, "市电商公共服务中心", 45, 131, 43],
    [8, "电商进万家普及讲座（古市场）", "普及", "2021.4.13", "2021.4.13", "2021-04-13", 1, "古市镇政府礼堂", 280, 272, "—"],
    [9, "脱贫户电商技能专班（二）", "脱贫户专班", "2021.4.27", "2021.4.28", "2021-04-28", 2, "黄坑镇文化站", 80, 154, 77],
    [10, "电商进万家普及讲座（界址场）", "普及", "21.5.18", "21.5.18", "2021-05-18", 1, "界址镇文化站", 230, 218, "—"],
    [11, "短视频运营班", "增值", "2021.6.8", "2021.6.10", "2021-06-10", 3, "市电商公共服务中心", 50, 146, 47],
    [12, "电商进万家普及讲座（雄州场）", "普及", "2021.6.22", "2021.6.22", "2021-06-22", 1, "市会议中心", 360, 347, "—"],
    [13, "脱贫户电商技能专班（三）", "脱贫户专班", "2021.7.13", "2021.7.14", "2021-07-14", 2, "油山镇文化站", 90, 172, 84],
    [14, "电商进万家普及讲座（全安场）", "普及", "2021.7.27", "2021.7.27", "2021-07-27", 1, "全安镇政府礼堂", 400, 388, "—"],
    [15, "网店运营提升班", "增值", "2021.8.10", "2021.8.12", "2021-08-12", 3, "市电商公共服务中心", 60, 171, 55],
    [16, "电商进万家普及讲座（水口场）", "普及", "2021.8.24", "2021.8.24", "2021-08-24", 1, "水口镇文化站", 320, 301, "—"],
    [17, "农产品品牌营销班", "增值", "2021.8.30", "2021.9.2", "2021-09-02", 4, "市电商公共服务中心", 60, 226, 54],
    [18, "脱贫户电商技能专班（四）", "脱贫户专班", "2021.9.14", "2021.9.15", "2021-09-15", 2, "帽子峰镇文化站", 80, 150, "—"],
  ];
  const POP = 361200;
  const ptOk = SES.filter((s) => dateOk(s[5])).reduce((a, s) => a + s[9], 0);
  const ptAll = SES.reduce((a, s) => a + s[9], 0);
  assert(ptOk === 3406 && ptOk * 1000 >= POP * 8 && ptOk * 1000 < POP * 10, "3,406/361,200 = 0.943% → 8");
  assert((ptOk + 226) * 1000 >= POP * 10, "counting the class that ends 9月2日 → 1% (the trap)");
  {
    const W = 11, rows = [], merges = [];
    rows.push(span("南雄市农村电子商务培训开班备案及结业情况汇总表", W)); merges.push("A1:K1");
    rows.push(span("承办单位：南雄市珠玑电子商务有限公司（脱贫户专班与市乡村振兴局联办）　　培训人次以“实到人次”为准（多日班按每天签到人数累计）；“备案人数”是开班备案时的报名人数，“结业人数”是考核结业人数（普及讲座不考核）", W));
    merges.push("A2:K2");
    rows.push(["班次", "培训名称", "类别", "开班日期", "结业日期", "天数", "培训地点", "备案人数", "实到人次", "结业人数", "备注"]);
    SES.forEach((s) => rows.push([s[0], s[1], s[2], s[3], s[4], s[6], s[7], s[8], s[9], s[10], s[0] === 17 ? "跨月班，9月2日结业" : s[0] === 18 ? "9月班" : null]));
    rows.push(["合计", null, null, null, null, SES.reduce((a, s) => a + s[6], 0), null, SES.reduce((a, s) => a + s[8], 0), ptAll, null, null]); merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(span("注：截至2021年8月31日结业的16个班次实到" + fmtN(ptOk) + "人次；第17期8月30日开班、9月2日结业，第18期9月举办，均计入9月。", W)); merges.push(`A${rows.length}:K${rows.length}`);
    sheets.push(sheet("培训开班汇总", rows, merges));
  }
  // ---------------------------------------------------------------- enterprises: 园区企业月度经营统计
  // [name, type, entered cell, entered iso, left cell|null, left iso|null, codeIdx, 备注]
  const EN = [
    ["南雄市珠玑电子商务有限公司", "电商运营服务商", "2020.6.18", "2020-06-18", null, null, 0, "园区及中心运营方"],
    ["南雄市银杏网络科技有限公司", "平台型电商", "2020.6.18", "2020-06-18", null, null, 1, null],
    ["南雄市雄州农品电商有限公司", "销售型", "2020.7.6", "2020-07-06", null, null, 2, null],
    ["南雄市黄烟之乡电商商行", "销售型", "2020.7.6", "2020-07-06", null, null, 3, null],
    ["韶关雄达快递有限公司南雄分公司", "物流快递", D("2020-08-03"), "2020-08-03", null, null, 4, null],
    ["南雄市油山香菇电子商务有限公司", "销售型", "2020.8.20", "2020-08-20", null, null, 5, null],
    ["南雄市帽子峰蜂业有限公司", "销售型", "2020.9.10", "2020-09-10", "2021.3.31", "2021-03-31", 6, "迁出"],
    ["南雄市梅岭直播传媒有限公司", "直播电商", "2020.9.28", "2020-09-28", null, null, 7, null],
    ["南雄市乌迳板鸭网店", "销售型", "2020.10.15", "2020-10-15", null, null, 8, "京东店"],
    ["南雄市湖口酸菜电子商务有限公司", "销售型", "2020.11.2", "2020-11-02", null, null, 9, null],
    ["南雄市供销e家电子商务有限公司", "平台型电商", "2020.11.16", "2020-11-16", null, null, 10, null],
    ["南雄市顺腾仓储物流有限公司", "物流快递", "2020.12.1", "2020-12-01", null, null, 11, null],
    ["南雄市界址腐竹电商有限公司", "销售型", "2021.1.8", "2021-01-08", null, null, 12, null],
    ["南雄市古市米业网店", "销售型", "2021.1.25", "2021-01-25", "2021.7.15", "2021-07-15", 13, "迁出"],
    ["南雄市澜河茶业电商有限公司", "销售型", "2021.3.3", "2021-03-03", null, null, 14, null],
    ["南雄市乌迳板鸭网店", "销售型", "2021.3.15", "2021-03-15", null, null, 8, "天猫店，与第9行同一企业（同一信用代码），分店铺统计"],
    ["南雄市珠玑巷文创电商有限公司", "销售型", "2021.4.6", "2021-04-06", null, null, 15, null],
    ["南雄市坪田银杏食品电商有限公司", "销售型", "2021.4.26", "2021-04-26", null, null, 16, null],
    ["南雄市邓坊米粉电子商务有限公司", "销售型", "2021.5.17", "2021-05-17", null, null, 17, null],
    ["南雄市百顺竹制品网店", "销售型", "2021.6.7", "2021-06-07", null, null, 18, null],
    ["南雄市全安脐橙电子商务有限公司", "销售型", "2021.6.28", "2021-06-28", null, null, 19, null],
    ["南雄市雄州云仓物流有限公司", "物流快递", "2021.7.19", "2021-07-19", null, null, 20, null],
    ["南雄市主田花生电商有限公司", "销售型", "2021.9.6", "2021-09-06", null, null, 21, "9月新入驻，1—8月无数据"],
  ];
  const inPark = new Map();
  EN.forEach((e) => { if (dateOk(e[3]) && !(e[5] && dateOk(e[5]))) inPark.set(creditCode(AREA, e[6]), e[1]); });
  assert(inPark.size === 19, "19 distinct enterprises in the park (20 rows)");
  assert(EN.filter((e) => dateOk(e[3]) && !(e[5] && dateOk(e[5]))).length === 20, "20 rows (the duplicate trap)");
  const TYPES = new Set([...inPark.values()].map((t) => ({ 电商运营服务商: "运营", 平台型电商: "平台", 销售型: "销售", 物流快递: "物流", 直播电商: "直播" })[t]));
  assert(TYPES.size >= 3, "types");
  {
    const W = 16, rows = [], merges = [];
    rows.push(span("南雄市电商产业园入驻企业经营情况统计表（2021年1—8月）", W)); merges.push("A1:P1");
    rows.push(span("统计：园区运营中心　　网络销售额单位：万元　　入驻时间、迁出时间以园区入驻协议和退园手续为准", W)); merges.push("A2:P2");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "迁出时间", "2021年网络销售额（万元）", null, null, null, null, null, null, null, "1—8月合计", "备注"]);
    rows.push([null, null, null, null, null, null, "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", null, null]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:N3", "O3:O4", "P3:P4");
    const colSum = Array(8).fill(0);
    EN.forEach((e, i) => {
      const vals = [];
      for (let m = 1; m <= 8; m++) {
        const ms = "2021-" + String(m).padStart(2, "0");
        const present = e[3].slice(0, 7) <= ms && !(e[5] && e[5].slice(0, 7) < ms);
        const v = present ? ((i * 13 + m * 7) % 40) * 17 + 85 : null; // tenths of 万元
        vals.push(v);
        if (v !== null) colSum[m - 1] += v;
      }
      const tot = vals.reduce((a, v) => a + (v || 0), 0);
      rows.push([i + 1, e[0], creditCode(AREA, e[6]), e[1], e[2], e[4], ...vals.map((v) => (v === null ? null : v / 10)), tot ? tot / 10 : null, e[7]]);
    });
    const all = colSum.reduce((a, b) => a + b, 0);
    rows.push(["合计", null, null, null, null, null, ...colSum.map((v) => v / 10), all / 10, null]); merges.push(`A${rows.length}:F${rows.length}`);
    rows.push(span("注：乌迳板鸭网店京东店、天猫店分两行统计销售额，是同一家企业；迁出企业迁出后不再统计。", W)); merges.push(`A${rows.length}:P${rows.length}`);
    sheets.push(sheet("园区企业经营统计", rows, merges));
  }
  // ---------------------------------------------------------------- funds: 专项资金明细账
  const E20 = [[3, 26, "记-18", "支付市电商公共服务中心装修工程首期款", 620000], [6, 12, "记-35", "支付第一批村级站点建设款", 560000],
    [6, 28, "记-52", "支付电商培训服务费（2020年上半年）", 86400], [9, 8, "记-21", "支付公共服务中心设备采购款", 328600],
    [11, 17, "记-40", "支付第二批村级站点建设款", 728000], [11, 30, "记-66", "支付物流配送中心建设款（首期）", 400000],
    [12, 22, "记-48", "支付电商培训服务费（2020年下半年）", 132800]];
  const E21 = [[2, 5, "记-09", "支付公共服务中心运营服务费（2020年度）", 180000], [4, 20, "记-31", "支付第三批村级站点建设款", 300000],
    [5, 26, "记-44", "支付冷链及溯源系统建设款", 149580], [6, 30, "记-58", "支付电商培训服务费（2021年上半年）", 96000],
    [8, 18, "记-37", "支付物流配送中心建设尾款", 43000], [9, 6, "记-12", "支付农产品品牌推广服务费", 168000]];
  const ALLOC = 5000000;
  const paid20 = E20.reduce((a, e) => a + e[4], 0), paid21ok = E21.filter((e) => e[0] <= 8).reduce((a, e) => a + e[4], 0);
  const spent = paid20 + paid21ok;
  assert(paid20 === 2855800 && spent === 3624380 && spent * 100 >= ALLOC * 70 && Math.round(spent / ALLOC * 1000) === 725, "3,624,380 = 72.5% ≥ 70%");
  {
    const W = 8, rows = [], merges = [];
    const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    rows.push(span("明细分类账", W)); merges.push("A1:H1");
    rows.push(span("科目：专项资金—2019年省级电子商务进农村综合示范　　核算单位：南雄市商务局　　金额单位：元　　打印日期：2021-09-10", W)); merges.push("A2:H2");
    rows.push(span("（财务软件打印。借方为支出拨付，贷方为收到上级资金；“上年结转”“本月合计”“本年累计”“结转下年”行是汇总行，不是业务）", W)); merges.push("A3:H3");
    const block = (y, open, ents, closeYear) => {
      rows.push([y + "年", null, "凭证字号", "摘要", "借方", "贷方", "借或贷", "余额"]);
      rows.push(["月", "日", null, null, null, null, null, null]);
      const h = rows.length - 1;
      merges.push(`A${h}:B${h}`, `C${h}:C${h + 1}`, `D${h}:D${h + 1}`, `E${h}:E${h + 1}`, `F${h}:F${h + 1}`, `G${h}:G${h + 1}`, `H${h}:H${h + 1}`);
      let bal = open, ytd = 0;
      rows.push([1, 1, null, "上年结转", null, null, "贷", open]);
      const months = [...new Set(ents.map((e) => e[0]))];
      months.forEach((m) => {
        let md = 0;
        ents.filter((e) => e[0] === m).forEach((e) => { bal -= e[4]; md += e[4]; rows.push([e[0], e[1], e[2], e[3], e[4], null, "贷", bal]); });
        ytd += md;
        if (m <= 8 || y === 2020) {
          rows.push([m, lastDay(y, m), null, "本月合计", md, 0, "贷", bal]);
          rows.push([m, lastDay(y, m), null, "本年累计", ytd, 0, "贷", bal]);
        }
      });
      if (closeYear) rows.push([12, 31, null, "结转下年", null, null, "贷", bal]);
      return bal;
    };
    const b20 = block(2020, ALLOC, E20, true);
    rows.push(span(null, W));
    const b21 = block(2021, b20, E21, false);
    assert(b20 === 2144200 && b21 === ALLOC - spent - 168000, "balances");
    rows.push(span("会计主管：邓××　　记账：曾××", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("专项资金明细账", rows, merges));
  }
  // ---------------------------------------------------------------- reports: 直报系统上报记录
  const PER = ["2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  const REP = PER.map((p, k) => {
    if (p === "2021-02") return { p, sent: null };
    const [y, m] = ymd(p + "-01");
    const ny = m === 12 ? y + 1 : y, nm = m === 12 ? 1 : m + 1;
    const day = 5 + ((k * 3) % 5);
    return { p, sent: ny + "-" + String(nm).padStart(2, "0") + "-" + String(day).padStart(2, "0"), time: String(9 + (k % 8)).padStart(2, "0") + ":" + String(10 + ((k * 17) % 50)) + ":" + String(10 + ((k * 23) % 50)), pov: p >= "2020-10" };
  });
  const repMonths = monthsCovered(REP.filter((r) => r.sent).map((r) => r.sent));
  assert(repMonths === 11, "11 months with a submission (no March 2021)");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("广东省电子商务进农村综合示范统计直报系统　上报记录查询结果", W)); merges.push("A1:H1");
    rows.push(span("查询条件：填报单位=南雄市商务局；报表=示范县月度工作进展表；审核单位=韶关市商务局　　查询时间：2021-09-09 10:32", W)); merges.push("A2:H2");
    rows.push(["序号", "报表名称", "报告期", "填报状态", "上报时间", "市局审核状态", "审核时间", "附表：电商扶贫情况统计表"]);
    REP.forEach((r, k) => {
      const [y, m] = ymd(r.p + "-01");
      rows.push([k + 1, "示范县月度工作进展表", y + "年" + m + "月", r.sent ? "已上报" : "未上报", r.sent ? r.sent + " " + r.time : null,
        r.sent ? "审核通过" : "—", r.sent ? addDays(r.sent, 2) + " 09:30:00" : null, r.sent ? (r.pov ? "已填报" : "未填报") : null]);
    });
    rows.push(span("说明：报送日期以“上报时间”为准（每月上旬报上月情况）；附表自2020年10月报告期起增加。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("直报系统记录", rows, merges));
  }
  // ---------------------------------------------------------------- disclosures: 网站群文章导出
  const ZL = "专题专栏>电子商务进农村综合示范";
  const prog = (t) => "南雄市电子商务进农村综合示范项目建设进度（" + t + "）";
  // [标题, 子栏目, 创建, 发布|null, 状态]
  const ART = [
    ["南雄市电子商务进农村综合示范县工作方案", "创建方案", "2019-12-20 10:11", "2019-12-20 16:40", "已发布"],
    ["南雄市电子商务进农村综合示范项目基本信息公示", "项目信息", "2020-06-18 09:20", "2020-06-19 10:02", "已发布"],
    ["关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报", "2020-06-18 09:35", "2020-06-19 10:05", "已发布"],
    [prog("2020年8月"), "建设进度", "2020-09-14 15:20", "2020-09-15 09:12", "已发布"],
    [prog("2020年9月"), "建设进度", "2020-10-19 16:02", "2020-10-20 10:30", "已发布"],
    [prog("2020年10月"), "建设进度", "2020-11-17 11:45", "2020-11-18 08:55", "已发布"],
    [prog("2020年11月"), "建设进度", "2020-12-18 17:10", "2020-12-21 09:40", "已发布"],
    ["南雄市第二批村级电商服务站点名单公示", "项目信息", "2021-01-04 14:30", "2021-01-05 09:15", "已发布"],
    [prog("2020年12月"), "建设进度", "2021-01-18 10:05", "2021-01-19 11:20", "已发布"],
    [prog("2021年1月"), "建设进度", "2021-02-24 16:48", null, "草稿"],
    [prog("2021年1—2月"), "建设进度", "2021-03-15 15:33", "2021-03-16 09:05", "已发布"],
    [prog("2021年3月"), "建设进度", "2021-04-19 10:27", "2021-04-20 08:50", "已发布"],
    [prog("2021年4月"), "建设进度", "2021-05-25 17:02", null, "待审核"],
    [prog("2021年4—5月"), "建设进度", "2021-06-16 15:11", "2021-06-17 10:18", "已发布"],
    [prog("2021年6月"), "建设进度", "2021-07-19 16:40", "2021-07-20 09:02", "已发布"],
    [prog("2021年7月"), "建设进度", "2021-08-16 11:25", "2021-08-17 08:47", "已发布"],
    [prog("2021年8月"), "建设进度", "2021-09-13 15:56", "2021-09-14 09:30", "已发布"],
  ];
  const disMonths = monthsCovered(ART.filter((a) => a[3]).map((a) => a[3].slice(0, 10)));
  assert(disMonths === 10, "10 months published (no 2021-02, 2021-05)");
  assert(monthsCovered(ART.map((a) => a[2].slice(0, 10))) === 12, "by 创建时间 12 (the trap)");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("南雄市人民政府门户网站　网站群内容管理系统　文章列表导出", W)); merges.push("A1:H1");
    rows.push(span("栏目：" + ZL + "（含子栏目）　　导出时间：2021-09-08 17:05　　状态说明：已发布＝已在网站公开；草稿、待审核＝未在网站公开", W)); merges.push("A2:H2");
    rows.push(["文章ID", "标题", "所属栏目", "创建人", "创建时间", "发布时间", "状态", "浏览次数"]);
    ART.forEach((a, i) => rows.push([String(2019120 + i * 37), a[0], ZL + ">" + a[1], i % 3 ? "商务局-曾××" : "商务局-谢××", a[2], a[3], a[4], a[3] ? 120 + ((i * 97) % 900) : 0]));
    sheets.push(sheet("专栏文章导出", rows, merges));
  }
  // ---------------------------------------------------------------- media: 宣传信息积分登记
  const MD = [
    ["2020.10.16", "南雄：电商服务站开进乌迳古村", "南雄电视台《南雄新闻》", "县级", "电视", "否", 2],
    ["2020.12.3", "南雄银杏线上卖火了", "南雄市融媒体中心", "县级", "网络", "否", 1],
    ["2021.1.22", "脱贫户直播卖黄烟　南雄电商扶贫见实效", "南方日报", "省级", "报纸", "是", 5],
    [D("2021-04-09"), "南雄：小腐竹搭上电商快车　脱贫户家门口增收", "广东广播电视台《广东新闻联播》", "省级", "电视", "是", 10],
    ["2021.6.25", "南雄市举办年中电商节", "南雄电视台《南雄新闻》", "县级", "电视", "否", 2],
    ["2021.9.3", "南雄电子商务进农村示范县创建通过市级验收", "韶关日报", "市级", "报纸", "否", 2],
    ["2021.9.10", "南雄：电商带火珠玑巷农特产", "韶关广播电视台《韶关新闻》", "市级", "电视", "是", 4],
  ];
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("南雄市商务局宣传信息工作积分登记表（2020—2021年度）", W)); merges.push("A1:I1");
    rows.push(span("计分标准（市委宣传部）：中央级媒体10分/篇，省级5分，韶关市级2分，南雄本地1分；电视报道加倍。本表积分只用于宣传工作考核。", W)); merges.push("A2:I2");
    rows.push(["序号", "刊播日期", "稿件标题", "刊播媒体", "媒体层级", "形式", "电商扶贫典型案例", "积分", "供稿"]);
    MD.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5], m[6], "市商务局"]));
    rows.push(["合计", null, null, null, null, null, null, MD.reduce((a, m) => a + m[6], 0), null]); merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("宣传积分登记", rows, merges));
  }
  // ---------------------------------------------------------------- materials: 约稿任务清单
  {
    const W = 6, rows = [], merges = [];
    rows.push(span("韶关市商务局约稿任务及完成情况（南雄市商务局）", W)); merges.push("A1:F1");
    rows.push(["序号", "约稿日期", "约稿内容", "报送时限", "报送日期", "完成情况"]);
    rows.push([1, "2020.11.5", "农村电商助力脱贫攻坚典型案例", "2020.11.20", "2020.11.19", "已报送韶关市商务局"]);
    rows.push([2, "2021.3.10", "村级电商站点建设经验做法", "2021.3.31", null, "未报送（已向市局说明）"]);
    rows.push([3, "2021.6.2", "示范创建经验材料（供全省交流）", "2021.6.20", "2021.6.18", "已报送韶关市商务局"]);
    rows.push([4, "2021.8.25", "示范县创建工作总结", "2021.9.10", "2021.9.8", "已报送韶关市商务局"]);
    sheets.push(sheet("约稿任务清单", rows, merges));
  }
  // ---------------------------------------------------------------- 督办台账 (facts, judged, claims)
  const G = [
    ["组织领导（2分）", 2, "org.leadership", [["成立示范创建领导小组，建立协调机制", "市商务局", "2019年11月", "2019年11月成立领导小组（雄府办〔2019〕81号），市长任组长，成员单位见表头", "已完成", null]]],
    ["方案制定（2分）", 2, "org.plan", [["制定并印发示范县工作方案", "市商务局", "2019年12月", "《南雄市电子商务进农村综合示范县工作方案》2019年12月正式印发（雄府办〔2019〕86号）", "已完成", 2]]],
    ["政策支持（2分）", 2, "org.policy", [["出台支持农村电商发展政策", "市商务局、市财政局", "2020年6月", "2020年9月出台《南雄市支持农村电子商务发展若干措施》，已兑现奖补12家", "已完成（延期）", 2]]],
    ["项目管理（4分）", 3, "org.management", [
      ["制定项目管理制度", "市商务局", "2020年3月", "制定《项目管理办法》《项目验收办法》，建设、验收按制度执行", "已完成", 2],
      ["建立工作台账", "市商务局", "长期", "已建立本台账及各项工作台账，部分台账8月集中补录", "已完成", 1]]],
    ["服务体系建设：县级中心与产业园（15分）", 14, "work.center", [
      ["建成县级电子商务公共服务中心", "市商务局", "2020年10月", "2020年11月20日投入运营（比计划延期约1个月）", "已完成", null],
      ["完善中心服务功能", "中心运营方", "2021年6月", "免费培训场所和设备：有（培训室1间、电脑40台）；特色农产品免费展示、销售：有；免费摄影、美工：有；农产品统一推广、品牌建设：有（“南雄银杏”“珠玑巷”）；其他衍生增值服务：暂未开展", "推进中", null],
      ["建设或整合电商产业园", "市商务局", "2020年12月", "整合建成南雄市电商产业园（雄州街道），入驻企业见《园区企业经营统计》", "已完成", null]]],
    ["服务体系建设：村级站点覆盖（10分）", 10, "work.coverage", [["村级站点覆盖70%以上行政村，省定贫困村全覆盖", "各镇（街道）、承建单位", "2021年8月", "已建成站点" + ST.length + "个（含9月开业" + LATE.length + "个），明细见《站点考核表》", "已完成", null]]],
    ["农村产品上行（10分）", 9, "work.upward", [
      ["开展网销调研", "市商务局", "2020年6月", "形成《南雄市农产品网络销售调研报告》并报韶关市商务局", "已完成", 2],
      ["开展网络促销活动", "市商务局", "长期", "举办“年货节”“银杏节”等线上促销活动6场", "已完成", 2],
      ["引进专业第三方运营服务商", "市商务局", "2020年6月", "引进南雄市珠玑电子商务有限公司负责中心和园区运营", "已完成", null],
      ["行政村物流快递全覆盖", "市邮政分公司", "2020年12月", "行政村快递覆盖率100%（明细见《两委换届名册》“快递到村”列）", "已完成", null],
      ["出台交易标准，建立冷链、溯源系统", "市商务局、市市场监管局", "2021年6月", "出台南雄银杏、黄烟电商交易标准；冷链系统建成，溯源系统调试中", "推进中", 1],
      ["农村网络零售额增长", "市商务局", "2020年", "2020年农村网络零售额9.86亿元，同比增长18.3%；农产品网络零售额2.74亿元，同比增长32.6%（省商务厅反馈）", "—", null]]],
    ["电商人才培训（20分）", 20, "work.training", [
      ["培训人次达常住人口1%", "市商务局、市人社局", "2021年8月", "常住人口36.12万人（七普）；截至8月31日已结业培训3,406人次（第17期8月30日开班、9月2日结业，计入9月）", "推进中", null],
      ["建档立卡贫困人口培训率50%以上", "市乡村振兴局", "2021年8月", "有劳动能力的建档立卡贫困人口（不含外出务工）2,964人，参加电商培训1,538人，培训率51.9%", "已完成", null]]],
    ["信息公开（4分）", 4, "info.disclosure", [["政府网站设立公开专栏", "市商务局", "长期", "市政府门户网站“电子商务进农村综合示范”专栏公示创建方案、项目基本信息、项目建设进度，设监督举报电话（0751-38×××××）", "已完成", null]]],
    ["数据上报（6分）", 6, "info.reporting", [["按月向韶关市商务局报送，统计电商扶贫", "市商务局", "每月10日前", "通过统计直报系统按月报送，附电商扶贫情况统计表", "已完成", null]]],
    ["案例总结（2分）", 2, "promo.cases", [["向韶关市商务局报送经验材料", "市商务局", "长期", "按市局约稿报送，见《约稿任务清单》", "已完成", null]]],
    ["经验推广（8分）", 5, "promo.media", [["争取主流媒体宣传报道", "市商务局、市融媒体中心", "长期", "见《宣传积分登记》", "已完成", null]]],
    ["制度建立（5分）", 4, "fund.system", [["制定资金管理制度", "市商务局、市财政局", "2020年3月", "制定《南雄市电子商务进农村综合示范专项资金管理办法》", "已完成", 4]]],
    ["资金台账（5分）", 4, "fund.ledger", [["承建单位建立资金专用台账", "各承建单位", "长期", "各承建单位已建立资金专用台账；市商务局设专项资金明细账", "已完成", 4]]],
    ["资金支出（5分）", 4, "fund.spending", [["资金支出率70%以上，及时拨付", "市财政局、市商务局", "2021年8月", "下达资金500万元，截至8月31日累计拨付" + fmtN(spent) + "元，支出率72.5%", "已完成", 4]]],
    ["加分项：电商扶贫典型案例电视播报（2分）", 1, "bonus.tvCase", [["争取电视播报电商扶贫典型案例", "市商务局", "长期", "2021年4月9日广东广播电视台《广东新闻联播》播出南雄腐竹电商扶贫案例", "已完成", null]]],
    ["一票否决项", null, null, [["安全生产、质量事故", "各承建单位", "长期", "未发生安全生产、质量事故，无重大经济损失", "—", null], ["项目总体进度", "市商务局", "2021年8月", "项目总体进度90%", "—", null]]],
  ];
  const claimed = {};
  G.forEach((g) => { if (g[2]) claimed[g[2]] = g[1]; });
  const claimSum = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(claimSum === 91 && claimed["bonus.tvCase"] === 1, "claims 91 + 1");
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("南雄市电子商务进农村综合示范创建重点任务督办台账", W)); merges.push("A1:I1");
    rows.push(span("（市委市政府督查室　督办第9期　推进情况截至2021年8月31日）", W)); merges.push("A2:I2");
    rows.push(span("领导小组：组长 市长 李××；常务副组长 副市长 邓××（分管商务）；成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办）、市交通运输局、市市场监管局、市供销社、市邮政分公司", W)); merges.push("A3:I3");
    rows.push(["序号", "考评指标（分值）", "重点任务", "责任单位", "完成时限", "推进情况（截至2021年8月31日）", "状态", "其中：主观评分项自评分", "指标自评分"]);
    let n = 0;
    G.forEach((g) => {
      const top = rows.length + 1;
      g[3].forEach((t, k) => {
        n += 1;
        rows.push([n, k === 0 ? g[0] : null, t[0], t[1], t[2], t[3], t[4], t[5], k === 0 ? (g[1] === null ? "—" : g[1]) : null]);
      });
      if (g[3].length > 1) merges.push(`B${top}:B${rows.length}`, `I${top}:I${rows.length}`);
    });
    rows.push(["合计", null, null, null, null, null, null, null, claimSum + "（另加分1）"]); merges.push(`A${rows.length}:H${rows.length}`);
    rows.push(span("注：“指标自评分”按省考评指标体系逐项自评，经2021年9月6日局务会审定；“其中：主观评分项自评分”是指标中1—2分、1—5分评分项的自评分。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.splice(1, 0, sheet("督办台账", rows, merges));
  }
  // ---------------------------------------------------------------- expectation
  assert(Math.round(1538 / 2964 * 1000) === 519 && 1538 * 100 >= 2964 * 50 && 1538 * 100 < 2964 * 70, "51.9% → 10, no bonus");
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(sumPts(points) === 82, "82 got " + sumPts(points));
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const vetoed = false;
  const total = sumPts(points) + bonus;
  assert(total === 83 && bonus === 1, "total 83");
  write("counties/b123-c1-nanxiong.json", {
    description:
      "韶关南雄市商务局交的整本考评资料（11个表），82＋加分1＝83分，未否决（自评91＋加分1）。事实和自评分都在《督办台账》：是市委市政府督查室的重点任务督办台账，表头上方一行写领导小组（组长市长，成员有商务、财政、农业农村、乡村振兴等），列 序号｜考评指标（分值）｜重点任务｜责任单位｜完成时限｜推进情况（截至2021年8月31日）｜状态｜其中：主观评分项自评分｜指标自评分，一个指标几行任务时指标名和“指标自评分”纵向合并。读法：事实在“推进情况”的文字里（中心2020年11月20日运营，“其他衍生增值服务：暂未开展” → 否，常住人口36.12万人，贫困人口2,964人参训1,538人，农产品网零增长32.6%（农村网零只增18.3%），拨付3,624,380元，总体进度90%）；“指标自评分”是claimed，“主观评分项自评分”是judged（两列不要混）；“完成时限”是计划，不是事实。台账：《两委换届名册》是组织部的村（社区）“两委”换届选举结果统计表，市商务局补了“省定贫困村”“快递到村”两列：类别“村”216个、“社区”25个，216超过200，行政村基数按200算；《站点考核表》读“开业时间”，不读季度得分，不合格站点也是站点；《培训开班汇总》人次读“实到人次”（不是备案人数、结业人数），日期按结业日期，第17期8月30日开班、9月2日结业计入9月；《园区企业经营统计》读入驻、迁出时间，乌迳板鸭网店京东店、天猫店两行同一信用代码是一家，9月入驻的不算；《专项资金明细账》是财务软件打印的明细分类账，年份在表头“2020年”“2021年”，月、日分两列，借方才是拨付，“上年结转”“本月合计”“本年累计”“结转下年”不是业务，9月6日那笔不算；《直报系统记录》按“上报时间”，2021年2月报告期未上报；《专栏文章导出》只有“已发布”的按“发布时间”算，草稿、待审核没有公开；《宣传积分登记》的“积分”是宣传部考核分，不是考评分；《约稿任务清单》读报送日期。",
    sheets,
    expect: { asOf: "2021-08-31", total, bonus, vetoed, points, claimed },
    derivation: [
      "org.leadership: 督办台账表头“组长 市长 李××”（主要领导），成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2（常务副组长是副市长不影响）",
      "org.plan: 工作方案2019年12月正式印发；主观评分项自评分2 → 2",
      "org.policy: 2020年9月出台《若干措施》；主观评分项自评分2 → 2",
      "org.management: 项目管理制度2 ＋ 工作台账1 → 3",
      "work.center: 2020-11-20投入运营 ≤ 截止日 2；≤ 2021-02-28，满6个月 2；免费培训 2；免费展示销售 1；免费摄影美工 1；品牌建设 1；其他衍生增值服务“暂未开展” 0；产业园已建成 2；园区企业经营统计截止日在园20行，帽子峰蜂业（2021.3.31）、古市米业（2021.7.15）已迁出不在内，乌迳板鸭网店京东店、天猫店同一信用代码算一家 → 19家 < 20 → 0（主田花生9月入驻不算）；类型 电商运营服务商、平台型、销售型、物流快递、直播电商 ≥ 3 → 1；合计 12（自评14）",
      "work.coverage: 两委换届名册行政村（类别“村”）216个，25个社区不计；基数 min(216, 200) = 200；站点考核表截止日前开业的站点覆盖142个行政村（“××村委会”“××村民委员会”与“××村”是同一村，8个社区站不算，6个村各两站只算一次，9月开业的4个站不算）；142/200 = 71% ≥ 70% → 5（若按216算只有65.7%）；省定贫困村22个，覆盖21个（帽子峰镇那个贫困村9月10日才开业）→ 95.5% → 3；合计 8（自评10）",
      "work.upward: 网销调研2；网络促销2；第三方服务商（珠玑电子商务公司）1；两委换届名册“快递到村”216个行政村全是√ → 1；交易标准与溯源1；农村网零增长18.3% < 30%，但农产品网零增长32.6% ≥ 30% → 2；合计 9",
      "work.training: 培训开班汇总结业日期 ≤ 2021-08-31 的16个班次实到人次 118+176+147+243+136+286+131+272+154+218+146+347+172+388+171+301 = 3,406；基数 min(361,200, 500,000) = 361,200；3,406/361,200 = 0.943% → 0.8%–1% → 8（把9月2日结业的第17期226人次算进去才到1%）；没有贫困人口名单，用督办台账的事实：1,538/2,964 = 51.9% ≥ 50% → 10；合计 18（自评20）",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 2；文章导出中“已发布”的发布时间覆盖2020-09、10、11、12、2021-01、03、04、06、07、08，2021年2月那篇是草稿、5月那篇待审核，都没有公开 → 10个月 → 不定时 1；合计 3（自评4）",
      "info.reporting: 直报系统上报时间覆盖2020-09至2021-08中除2021-03外的11个月（2021年2月报告期未上报）→ 不定时 1；附表电商扶贫情况统计表“已填报”、督办台账写明附扶贫统计 → 3；合计 4（自评6）",
      "promo.cases: 约稿任务清单2020.11.19、2021.6.18已报送韶关市商务局 → 2",
      "promo.media: 截止日前：南方日报、广东广播电视台（省级）→ 4；南雄电视台、南雄市融媒体中心（县级）→ 1；韶关日报、韶关广播电视台（市级）都是9月的 → 0；合计 5",
      "fund.system: 资金管理办法已制定；主观评分项自评分4 → 4",
      "fund.ledger: 资金专用台账已建立；主观评分项自评分4 → 4",
      "fund.spending: 明细账借方业务：2020年 620,000+560,000+86,400+328,600+728,000+400,000+132,800 = 2,855,800；2021年截止日前 180,000+300,000+149,580+96,000+43,000 = 768,580；合计3,624,380元（9月6日168,000元不算；本月合计、本年累计行不重复计）；3,624,380/5,000,000 = 72.5% ≥ 70% → 及时拨付主观分4 → 4",
      "bonus.poorTraining: 51.9% < 70% → 0",
      "bonus.tvCase: 2021-04-09广东广播电视台《广东新闻联播》播出电商扶贫典型案例（省级电视）→ 1；韶关广播电视台9月10日是市级且在截止日后",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度90% ≥ 40% → 0，不否决",
      "veto.fraud: 没有弄虚作假的声明或认定 → 0，不否决",
      "total: 2+2+2+3+12+8+9+18+3+4+2+5+4+4+4 = 82，加分1，合计83；自评91＋加分1",
    ],
  });
})();

console.log("wrote:\n" + written.join("\n"));
