// Batch 108 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
// counties/b108-c1-yunanqu: 云浮市云安区 — 事实表是区委区政府“揭榜挂帅”的《榜单及揭榜完成情况表》（一榜一块）
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "445303";
  const claimed = {};
  {
    const W = 6, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
    const kv = (k, v) => { rows.push([k, v, null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`); };
    full("云安区电子商务进农村综合示范创建“揭榜挂帅”榜单及揭榜完成情况表");
    full("发榜单位：中共云浮市云安区委员会、云浮市云安区人民政府　　揭榜单位：云安区商务局（电商股执笔）　　完成情况统计截至：2021年8月31日（省考评截止日）");
    const block = (no, name, lead, target, done, score) => {
      rows.push(["【" + no + "】", name, null, null, null, null]); merges.push(`B${rows.length}:F${rows.length}`);
      kv("领榜人", lead);
      kv("攻关目标", target);
      kv("完成情况", done);
      kv("揭榜自评", score);
      rows.push([null, null, null, null, null, null]);
    };
    block("总榜", "高质量通过2019年省级电子商务进农村综合示范考评", "区长　陈××（区电子商务进农村综合示范工作领导小组组长）；协同揭榜单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、中国邮政云安区分公司",
      "考评得分90分以上，不出现一票否决情形",
      "常住人口26.4万人（七普）；示范创建总体进度92%；未发生安全生产、质量事故，未造成重大经济损失；无弄虚作假情形",
      "组织领导2分");
    claimed["org.leadership"] = 2;
    block("第1榜", "谋篇布局榜（方案、政策、项目管理）", "副区长　梁××（分管）",
      "方案、政策、制度“三到位”",
      "2020年4月区政府办印发《云安区电子商务进农村综合示范工作方案》；出台《云安区支持农村电子商务发展十条措施》；建立项目管理制度和周调度工作台账（个别周次台账缺页）",
      "方案制定2分；政策支持2分；项目管理3分（制度2分＋台账1分）");
    Object.assign(claimed, { "org.plan": 2, "org.policy": 2, "org.management": 3 });
    block("第2榜", "服务中心及产业园榜", "区商务局局长　黄××",
      "中心运营满半年，产业园入驻企业20家以上",
      "区电子商务公共服务中心2020年11月18日投入运营；有免费培训室（50座）及电脑、投影等培训设备，常态化开展电商基础培训；免费展示、销售“云安鸡肉桂”等特色农产品；免费提供摄影、美工服务；统一推广“云安好物”区域公用品牌，指导合作社注册品牌；代办营业执照、商标注册等衍生增值服务；六都电商产业园已建成运营，入驻企业20家（见附6），有平台、销售、代运营、物流等类型",
      "15分");
    claimed["work.center"] = 15;
    block("第3榜", "村级站点全覆盖榜", "区商务局副局长　何××",
      "行政村站点覆盖率70%以上，省定贫困村全覆盖",
      "全区行政村20个、省定贫困村4个（见附1）；村级电商服务站点见附2",
      "10分");
    claimed["work.coverage"] = 10;
    block("第4榜", "农产品上行榜", "区农业农村局局长　罗××",
      "2020年农产品网络零售额增长30%以上",
      "完成《云安区农产品网络销售调研报告》并提出建议；组织“云安好物年货节”“直播助农月”等网络促销活动；第三方运营服务商：云浮云商优选电子商务有限公司（公开招标确定）；行政村物流快递覆盖率100%；出台《云安鸡肉桂电商分级标准》（团体标准），冷链、溯源系统在建；农村网络零售额2019年3.20亿元、2020年4.00亿元（增长25.0%），农产品网络零售额2019年0.90亿元、2020年1.20亿元（增长33.3%）",
      "网销调研2分；促销活动2分；第三方1分；快递覆盖1分；交易标准及冷链溯源1分；零售额增速2分；合计9分");
    claimed["work.upward"] = 9;
    block("第5榜", "电商人才培训榜", "区人社局局长　冯××",
      "培训人次达常住人口1%，有劳动能力贫困人口培训率70%以上",
      "累计开展电商普及培训2,662人次（统计到9月中旬，见附3、附4）；建档立卡贫困人口中有劳动能力且未外出务工12人，已参训10人",
      "20分；加分项贫困人口培训率2分");
    claimed["work.training"] = 20; claimed["bonus.poorTraining"] = 2;
    block("第6榜", "信息公开及报送榜", "区商务局办公室主任　苏××",
      "专栏按月更新，月报按月报送",
      "区政府网站“电子商务进农村综合示范”专栏公示创建方案、项目基本信息、项目建设进度，设监督举报窗口（电话、邮箱），每月更新（见附9）；每月向市商务局报送工作月报，含电商扶贫统计（见附8）",
      "信息公开4分；数据上报6分");
    claimed["info.disclosure"] = 4; claimed["info.reporting"] = 6;
    block("第7榜", "宣传推广榜", "区委宣传部副部长　莫××",
      "省、市、区三级媒体均有报道",
      "经验材料已报市商务局（见附11）；南方日报、云浮日报、云浮广播电视台、区融媒体中心均有报道，云浮广播电视台播出电商扶贫典型案例（见附10）",
      "案例总结2分；经验推广8分；加分项电视播报1分");
    claimed["promo.cases"] = 2; claimed["promo.media"] = 8; claimed["bonus.tvCase"] = 1;
    block("第8榜", "资金管理榜", "区财政局局长　谭××",
      "资金支出率70%以上",
      "省下达专项资金500万元；制定《云安区省级电子商务进农村综合示范专项资金管理办法》，建立资金专用台账；已拨付392万元（含9月拨付，见附7），按进度及时拨付",
      "制度建立5分；资金台账4分；资金支出4分");
    Object.assign(claimed, { "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 });
    full("揭榜自评合计：96分，另加分3分。　　领榜人签字：（略）　　揭榜单位（盖章）　2021年9月3日");
    sheets.push(sheet("揭榜挂帅完成情况", rows, merges));
  }
  const CS = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(CS === 96, "claimed 96 got " + CS);
  // ---------------------------------------------------------------- 附1 村居
  // [town, name, kind 0 admin 1 poor 2 community, express cell]
  const VIL = [
    ["六都镇", "北江", 0], ["六都镇", "南乡", 0], ["六都镇", "大岗", 0], ["六都镇", "罗沙", 0], ["六都镇", "六都", 2],
    ["高村镇", "高村", 0], ["高村镇", "白沙", 0], ["高村镇", "思劳", 0], ["高村镇", "北门", 0],
    ["白石镇", "白石", 0], ["白石镇", "石底", 0], ["白石镇", "大塘", 0], ["白石镇", "托洞", 1], ["白石镇", "白石", 2],
    ["镇安镇", "镇安", 0], ["镇安镇", "山口", 1], ["镇安镇", "四和", 0], ["镇安镇", "西安", 0],
    ["富林镇", "富林", 0], ["富林镇", "东升", 1], ["富林镇", "大田", 1], ["富林镇", "富林", 2],
    ["石城镇", "石城", 0],
  ];
  {
    const r = [span("云安区村（居）民委员会名单", 6), span("（2021年8月，区民政局提供，电商股加注贫困村和快递情况）", 6), ["镇", "村（居）委会", "类别", "省定贫困村", "快递到村", "备注"]];
    VIL.forEach((v) => r.push([v[0], v[1] + (v[2] === 2 ? "社区居委会" : "村委会"), v[2] === 2 ? "居委会" : "行政村", v[2] === 1 ? "是" : "否",
      v[2] === 2 ? null : v[1] === "大田" ? "×" : "√", v[1] === "大田" ? "快递网点2021年9月开通，8月前村民到富林镇取件" : null]));
    sheets.push(sheet("附1 村居名单", r, ["A1:F1", "A2:F2"]));
  }
  const ADMIN = VIL.filter((v) => v[2] < 2).map((v) => v[1] + "村");
  const POOR = VIL.filter((v) => v[2] === 1).map((v) => v[1] + "村");
  assert(ADMIN.length === 20 && POOR.length === 4, "20 admin 4 poor");
  // ---------------------------------------------------------------- 附2 站点
  // [name, village cell, town, opened cell, iso]
  const ST = [
    ["北江村电商服务站", "北江村委会", "六都镇", "2020.6.18", "2020-06-18"],
    ["南乡村电商服务站", "南乡村民委员会", "六都镇", D("2020-07-02"), "2020-07-02"],
    ["六都社区电商服务点", "六都社区", "六都镇", "2020.7.9", "2020-07-09"],
    ["高村电商服务站", "高村村", "高村镇", "2020/8/20", "2020-08-20"],
    ["白沙村电商服务站", "白沙村", "高村镇", "2020.9.15", "2020-09-15"],
    ["思劳村电商服务站", "思劳村", "高村镇", "20.10.12", "2020-10-12"],
    ["白石村电商服务站", "白石村", "白石镇", "2020年10月28日", "2020-10-28"],
    ["白石村肉桂收购电商点", "白石村委会", "白石镇", "2021.1.6", "2021-01-06"],
    ["大塘村电商服务站", "大塘村", "白石镇", D("2020-11-19"), "2020-11-19"],
    ["托洞村电商服务站", "托洞村", "白石镇", "2020.12.3", "2020-12-03"],
    ["镇安村电商服务站", "镇安村", "镇安镇", "20201217", "2020-12-17"],
    ["山口村电商服务站", "山口村民委员会", "镇安镇", "21.3.9", "2021-03-09"],
    ["西安村电商服务站", "西安村", "镇安镇", "2021.4.14", "2021-04-14"],
    ["富林村电商服务站", "富林村", "富林镇", D("2021-05-20"), "2021-05-20"],
    ["东升村电商服务站", "东升村", "富林镇", "2021.6.30", "2021-06-30"],
    ["大田村电商服务站", "大田村", "富林镇", "2021年8月", "2021-08"],
    ["罗沙村电商服务站", "罗沙村", "六都镇", "2021.9.6", "2021-09-06"],
  ];
  {
    const r = [span("云安区村级电子商务服务站点清单", 7), ["序号", "站点名称", "所在村", "镇", "站长", "联系电话", "挂牌时间"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2], ["陈", "梁", "黄", "何", "罗", "冯", "苏"][i % 7] + "××", "139" + String(27000000 + i * 411737).slice(0, 8), s[3]]));
    sheets.push(sheet("附2 站点清单", r, ["A1:G1"]));
  }
  const norm = (n) => n.replace(/(村民委员会|村委会)$/, "村").replace(/^高村村$/, "高村村");
  const vOf = (c) => { const n = norm(c); return n === "高村村" ? "高村村" : n; };
  const covered = new Set(ST.filter((s) => dateOk(s[4])).map((s) => vOf(s[1])).filter((n) => ADMIN.includes(n)));
  assert(ADMIN.includes("高村村"), "高村村 in list");
  assert(covered.size === 14 && covered.size * 100 >= 20 * 70, "14/20 = 70% exactly got " + covered.size);
  assert(POOR.every((p) => covered.has(p)), "4/4 poor");
  // ---------------------------------------------------------------- 附3 培训期次（人次）
  // [期次, date cell, iso, topic, 人次 cell]
  const SES = [
    [1, "2020.9.17", "2020-09-17", "农村电商基础（六都镇）", 150], [2, D("2020-10-22"), "2020-10-22", "网店开设与运营", 180],
    [3, "2020.11.26", "2020-11-26", "肉桂产品网销", 200], [4, "2020.12.17-12.18", "2020-12-18", "年货节直播促销（两天班）", 260],
    [5, "21.3.11", "2021-03-11", "短视频拍摄与剪辑", 190], [6, "2021年4月15日", "2021-04-15", "电商客服与物流", "170人次"],
    [7, D("2021-05-13"), "2021-05-13", "农村电商基础（富林镇）", 230], [8, "2021.6.10", "2021-06-10", "直播带货进阶", 240],
    [9, "2021.7.8", "2021-07-08", "电商创业孵化（青年班）", "２１０"], [10, "2021.7.29", "2021-07-29", "农村电商基础（石城镇）", 250],
    [11, "2021.8.19", "2021-08-19", "社群营销", 250], [12, "2021.9.9", "2021-09-09", "跨境电商入门", 280],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(String(v).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10));
  const sesSum = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesSum === 2330, "sessions 2330 got " + sesSum);
  {
    const r = [span("云安区电商普及培训开展情况（按期次）", 6), ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "区电商公共服务中心", s[4], "云浮云商优选电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    r.push(["注：贫困户专场另有签到表（附4），不在本表。", null, null, null, null, null]);
    sheets.push(sheet("附3 培训期次", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 附5 贫困人口
  const PN = ["陈亚娣", "梁带好", "黄石生", "何月英", "罗金凤", "冯水明", "苏桂芳", "莫志勇", "谭亚妹", "邓伙生", "李三妹", "张德才",
    "陈国强", "梁志伟", "黄秀珍", "何伯初", "罗亚婆", "冯四妹", "苏伯添", "莫亚九"];
  const PV = ["托洞村", "托洞村", "山口村", "山口村", "东升村", "东升村", "大田村", "大田村", "托洞村", "山口村", "东升村", "大田村",
    "托洞村", "山口村", "东升村", "大田村", "托洞村", "山口村", "东升村", "大田村"];
  const PP = PN.map((n, i) => ({ name: n, village: PV[i], labour: i < 15 ? "有劳动能力" : (i % 2 ? "无劳动能力" : "丧失劳动能力"),
    work: i < 12 ? (i % 3 === 2 ? "本地务工" : "在家务农") : i < 15 ? "外出务工" : "—" }));
  const PID = PP.map((p, i) => makeId(AREA, "19" + (60 + i * 2) + "0" + ((i % 9) + 1) + "1" + (i % 9), 100 + i * 37, i === 4));
  assert(PID[4].endsWith("X"), "X id");
  {
    const r = [span("云安区建档立卡贫困人口名单（劳动能力及务工情况）", 7), ["序号", "姓名", "身份证号", "所在村", "劳动能力", "务工状态", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p.name, PID[i], p.village, p.labour, p.work, null]));
    r.push(["注：本地务工指在区内就近务工，不属外出务工。", null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const eligible = PP.map((p, i) => i).filter((i) => PP[i].labour === "有劳动能力" && PP[i].work !== "外出务工");
  assert(eligible.length === 12, "12 eligible");
  // ---------------------------------------------------------------- 附4 专场签到
  const others = ["邓丽华", "李国标", "张美玲", "陈志坚", "黄秋菊", "何永生", "罗丽清", "冯海波", "苏春燕", "莫建华", "谭晓玲", "邓亚福",
    "李金凤", "张家明", "陈瑞娟", "黄德胜", "何秀珍", "罗国强", "冯美容", "苏伟明", "莫少芬", "谭嘉乐", "邓玉兰", "李文辉", "张春梅", "陈炳坤",
    "黄晓霞", "何志明", "罗桂英", "冯国华", "苏丽娟", "莫伟强", "谭金花", "邓志华"];
  const SIGN = [];
  const addDay = (cell, iso, idxs, nOther) => { idxs.forEach((i) => SIGN.push([i, cell, iso])); for (let k = 0; k < nOther; k++) SIGN.push([-1, cell, iso]); };
  addDay("2020.12.10", "2020-12-10", [0, 1, 2, 3, 4, 12], 14);
  addDay(D("2021-04-22"), "2021-04-22", [0, 3, 5, 6, 7, 8, 13], 19);
  addDay("2021.9.9", "2021-09-09", [9, 10], 4);
  {
    const r = [span("云安区建档立卡贫困户电商技能专场培训签到表", 6), ["序号", "姓名", "身份证号码", "培训日期", "培训内容", "签名"]];
    let o = 0;
    SIGN.forEach((s, k) => {
      let name, id;
      if (s[0] >= 0) { name = PN[s[0]]; id = PID[s[0]]; if (s[0] === 4) id = id.slice(0, 17) + "x"; }
      else { name = others[o % others.length]; id = makeId(AREA, "19" + (70 + (o % 25)) + "0612", 500 + o * 13, false); o++; }
      s.push(id.toUpperCase());
      r.push([k + 1, name, id, s[1], s[2] === "2021-09-09" ? "跨境电商入门" : "肉桂产品网销", "（签名）"]);
    });
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1"]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2])).length;
  assert(signOk === 46, "46 sign-ins got " + signOk);
  const pt = sesSum + signOk;
  assert(pt === 2376 && pt * 1000 === 264000 * 9 && pt * 100 < 264000 && pt * 1000 >= 264000 * 8, "2376/264000 = 0.9%");
  const claimedPt = SES.reduce((a, s) => a + sesN(s[4]), 0) + SIGN.length;
  assert(claimedPt === 2662, "clerk 2662 got " + claimedPt);
  const trained = eligible.filter((i) => SIGN.some((s) => s[0] === i && dateOk(s[2])));
  assert(trained.length === 9 && trained.length * 100 >= 12 * 70, "9/12 = 75%");
  // ---------------------------------------------------------------- 附6 入驻企业
  const TYPES = ["销售型", "电商运营商", "销售型", "物流企业", "平台型"];
  const ENT = [];
  for (let i = 0; i < 20; i++) {
    const nm = ["云安", "六都", "肉桂", "石城", "富林"][i % 5] + ["优品", "农品", "鲜达", "云仓", "好物", "乡味", "山货"][i % 7] + (i < 7 ? "电子商务有限公司" : i < 14 ? "贸易有限公司" : "网店");
    const code = "91445303MA5" + String(2000 + i * 53).padStart(4, "0") + "K" + String.fromCharCode(65 + (i % 20));
    ENT.push({ nm, code, type: TYPES[i % 5], entered: "2020-" + String(10 + (i % 3)).padStart(2, "0") + "-" + String(5 + i).padStart(2, "0"), left: null, note: null });
  }
  ENT[17].left = "2021-05-31"; ENT[17].note = "已退园";
  ENT[19].entered = "2021-09-01"; ENT[19].note = "9月新入驻";
  const atCut = ENT.filter((e) => e.entered <= AS_OF && !(e.left && e.left <= AS_OF));
  assert(new Set(atCut.map((e) => e.code)).size === 18, "18 in park");
  assert(new Set(atCut.map((e) => e.type)).size === 4, "4 types");
  {
    const r = [span("六都电商产业园入驻企业名单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e.nm, e.code, e.type, i % 2 ? D(e.entered) : e.entered.replace(/-0?/g, "."), e.left ? e.left.replace(/-0?/g, ".") : null, e.note]));
    sheets.push(sheet("附6 入驻企业", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附7 资金
  const FUND = [
    ["2020.9.28", "2020-09-28", "公共服务中心装修及设备", "880,000.00", 880000], [D("2020-12-22"), "2020-12-22", "村级站点建设（第一批）", 520000, 520000],
    ["2021.1.26", "2021-01-26", "物流配送体系建设", "40万", 400000], ["2021.3.29", "2021-03-29", "村级站点建设（第二批）", 460000, 460000],
    ["2021.5.25", "2021-05-25", "电商培训", "350000元", 350000], [D("2021-07-14"), "2021-07-14", "品牌推广及营销活动", 560000, 560000],
    ["2021.8.26", "2021-08-26", "第三方运营服务费（第一期）", 450000, 450000], ["2021.9.15", "2021-09-15", "第三方运营服务费（第二期）", 300000, 300000],
  ];
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + f[4], 0);
  assert(spent === 3620000 && spent * 100 >= 5000000 * 70 && spent * 1000 === 5000000 * 724, "362万 = 72.4%");
  assert(FUND.reduce((a, f) => a + f[4], 0) === 3920000, "392万 incl. Sept");
  {
    const r = [span("云安区省级电子商务进农村综合示范专项资金拨付台账", 5), span("单位：元", 5), ["拨付日期", "用途", "拨付金额", "凭证号", "备注"]];
    FUND.forEach((f, i) => r.push([f[0], f[2], f[3], "记-" + (31 + i * 7), null]));
    r.push(["合计", null, "3,920,000.00", null, null]);
    sheets.push(sheet("附7 资金台账", r, ["A1:E1", "A2:E2"]));
  }
  // ---------------------------------------------------------------- 附8 月报（缺2021年1月）
  const REP = WINDOW.filter((m) => m !== "2021-01").map((m, i) => m + "-" + String(5 + (i % 4)).padStart(2, "0"));
  REP.push("2021-09-07");
  assert(monthsCovered(REP) === 11, "11 months");
  {
    const r = [span("云安区向云浮市商务局报送月报记录", 4), ["报送日期", "报送内容", "含电商扶贫统计", "经办人"]];
    REP.forEach((d, i) => r.push([i % 3 === 1 ? D(d) : d.replace(/-0?/g, "."), "示范创建工作进展月报", i % 2 === 0 ? "是" : "否", "苏××"]));
    r.push(["注：2021年1月因市局系统升级，12月报表与1月报表于2月合并报送。", null, null, null]);
    sheets.push(sheet("附8 月报报送", r, ["A1:D1", `A${r.length}:D${r.length}`]));
  }
  // ---------------------------------------------------------------- 附9 专栏
  const DISC = WINDOW.map((m, i) => m + "-" + String(11 + (i % 7)).padStart(2, "0"));
  assert(monthsCovered(DISC) === 12, "12 months");
  {
    const r = [span("云安区政府网站“电子商务进农村综合示范”专栏更新记录", 3), ["发布日期", "标题", "栏目"]];
    DISC.forEach((d, i) => r.push([i % 2 ? D(d) : d.replace(/-0?/g, "/"), "云安区电商进农村项目建设进度（" + d.slice(0, 7) + "）", "建设进度"]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:C1"]));
  }
  // ---------------------------------------------------------------- 附10 宣传
  {
    const r = [span("云安区电商宣传报道情况", 6), ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
    r.push(["2020.12.15", "云安区融媒体中心", "县级", "网络", "区电商公共服务中心开门迎客", "否"]);
    r.push([D("2021-03-18"), "云浮日报", "市级", "报纸", "云安肉桂“触网”走俏", "否"]);
    r.push(["2021.5.21", "云浮广播电视台《云浮新闻》", "市级", "电视", "托洞村贫困户直播卖肉桂", "是"]);
    r.push(["2021.6.24", "南方日报", "省级", "报纸", "云安：电商进村助农增收", "否"]);
    sheets.push(sheet("附10 宣传报道", r, ["A1:F1"]));
  }
  {
    const r = [span("经验材料报送登记", 3), ["报送日期", "材料名称", "报送单位"]];
    r.push(["2021.7.20", "云安区“电商＋肉桂”助力乡村振兴经验材料", "云浮市商务局"]);
    sheets.push(sheet("附11 经验材料", r, ["A1:C1"]));
  }
  const grew = (a, b) => b * 100 >= a * 130;
  assert(!grew(320, 400) && grew(90, 120), "rural 25%, agri 33.3%");
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 5 + 5,
    "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 2, "info.reporting": 1 + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 89, "89 got " + scored);
  const ord = (n) => (n.startsWith("附") ? parseInt(n.slice(1), 10) : 0);
  sheets.sort((a, b) => ord(a.name) - ord(b.name));
  assert(sheets.length === 12, "12 sheets");
  write("counties/b108-c1-yunanqu.json", {
    description:
      "云浮市云安区商务局的整本考评工作簿（12个表：揭榜挂帅完成情况、附1—附11），91分（89＋加分2，未否决；揭榜自评96＋3）。事实表不是填报表，而是区委区政府“揭榜挂帅”的《榜单及揭榜完成情况表》：一榜一块，每块五行——【总榜】/【第n榜】＋榜名（B:F合并）、领榜人、攻关目标、完成情况、揭榜自评，块间空一行。读法：第2行“完成情况统计截至：2021年8月31日（省考评截止日）”是考评截止日期；总榜领榜人是区长（领导小组组长），协同揭榜单位有商务、财政、农业农村、乡村振兴等 → 主要领导牵头、四部门齐全；第1—8榜的“领榜人”（副区长、各局局长）只是分榜责任人，不是组织领导；“攻关目标”是目标不是成绩（“入驻企业20家以上”“1%”“70%”都不读）；事实和判断分都在“完成情况”“揭榜自评”里：常住人口26.4万人、总体进度92%、无事故无弄虚作假；方案2020年4月印发、政策已出台、项目管理“制度2分＋台账1分”；中心2020年11月18日运营，五项服务都有，产业园已建；上行一格分项写“网销调研2分；促销活动2分；…交易标准及冷链溯源1分…”，快递“100%”与附1不符（以附1为准），农村网零3.20→4.00亿元（25.0%）、农产品网零0.90→1.20亿元（33.3%）；培训“2,662人次（统计到9月中旬）”含截止日后的数；资金500万元、“已拨付392万元（含9月拨付）”；末行“自评合计96分，另加分3分”。台账：附1村居名单（23行，3个居委会不计，贫困村“是/否”，快递列大田村“×”：9月才开通）；附2站点（北江村委会、南乡村民委员会、山口村民委员会写法；“高村村”是村名；白石村两站算一次；六都社区站不计；大田村只写“2021年8月”算；罗沙村2021.9.6不算）；附3培训按期次记人次（两天班按末日，“170人次”文本，全角“２１０”，第12期9月9日不算，合计行不算）；附4贫困户专场签到（罗金凤身份证末位小写x，9月9日6行不算）；附5贫困人口（本地务工不是外出务工，表尾注写明）；附6入驻企业20行（1家5月31日退园、1家9月1日入驻不算 → 18家）；附7资金（元，“40万”“350000元”，9月15日30万不算，合计行不算）；附8月报缺2021年1月（注释说明与2月合并）；附9专栏12个月都有；附10宣传（电商扶贫典型案例只在云浮广播电视台——市级电视，不够加分）；附11经验材料7月20日报市局。",
    sheets,
    expect: { asOf: "2021-08-31", total: 91, bonus: 2, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 总榜领榜人区长（领导小组组长）＝主要领导；协同揭榜单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2（分榜领榜人副区长、局长不影响）",
      "org.plan: 2020年4月印发工作方案，揭榜自评方案制定2 → 2",
      "org.policy: 十条措施已出台，自评政策支持2 → 2",
      "org.management: “制度2分＋台账1分” → 3",
      "work.center: 中心2020-11-18运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训室及设备 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；代办执照商标等衍生服务 1；产业园已建 2；入驻企业18家 < 20 → 0；类型 销售型、电商运营商、物流企业、平台型 ≥ 3 → 1；合计 13",
      "work.center 入驻企业: 附6共20行；第18行2021.5.31退园、第20行2021.9.1入驻，不算 → 18家（自评按20家给满分）",
      "work.coverage: 附1行政村20个（六都、白石、富林3个社区居委会不计）；截止日前有站：北江、南乡、高村、白沙、思劳、白石（两站算一次）、大塘、托洞、镇安、山口、西安、富林、东升、大田（2021年8月）= 14；14/20 = 70.0% ≥ 70% → 5；省定贫困村托洞、山口、东升、大田4个全有站，4/4 = 100% → 5；罗沙村站2021.9.6不算；六都社区站不计；合计 10",
      "work.upward: 网销调研2；促销2；第三方运营服务商有 1；附1快递列大田村× → 0（事实表“100%”与名单不符，以名单为准）；交易标准冷链溯源1；农村网零3.20→4.00亿元增25.0% < 30%，农产品网零0.90→1.20亿元增33.3% ≥ 30% → 2；合计 8",
      "work.training: 人次 = 附3截止日前11期 150+180+200+260+190+170+230+240+210+250+250 = 2,330（第12期9月9日280人次不算）+ 附4截止日前签到 20+26 = 46（9月9日6行不算）= 2,376；基数 min(264,000, 500,000) = 264,000；2,376/264,000 = 0.90%，在0.8%–1% → 8（自评的2,662人次含9月的286人次）。贫困人口：附5共20人，有劳动能力15人，去掉外出务工陈国强、梁志伟、黄秀珍 = 12人；截止日前参训：陈亚娣（两次算一人）、梁带好、黄石生、何月英（两次）、罗金凤（末位小写x）、冯水明、苏桂芳、莫志勇、谭亚妹 = 9（陈国强、梁志伟外出务工不算；邓伙生、李三妹9月9日才参训）；9/12 = 75% ≥ 50% → 10；合计 18",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；附9在2020-09…2021-08每月都有 → 2；合计 4",
      "info.reporting: 附8窗口内缺2021年1月（11/12）→ 不定时 1；有“含电商扶贫统计：是”的报送 → 3；合计 4",
      "promo.cases: 附11经验材料2021.7.20报云浮市商务局 → 2",
      "promo.media: 南方日报（省级）4、云浮日报和云浮广播电视台（市级）3、区融媒体中心（县级）1 → 8",
      "fund.system: 管理办法已制定，自评5 → 5",
      "fund.ledger: 专用台账已建立，自评4 → 4",
      "fund.spending: 附7截止日前 880,000+520,000+400,000（40万）+460,000+350,000+560,000+450,000 = 3,620,000元（9月15日30万不算，合计行不算；事实表392万含9月）；3,620,000/5,000,000 = 72.4% ≥ 70% → 按及时拨付自评 4",
      "bonus.poorTraining: 9/12 = 75% ≥ 70% → 2",
      "bonus.tvCase: 电商扶贫典型案例只在云浮广播电视台（市级）播出，非国家级、省级电视 → 0（自评1不成立）",
      "veto.incident: “未发生安全生产、质量事故，未造成重大经济损失” → 0，不否决",
      "veto.progress: 总体进度92% ≥ 40% → 0，不否决",
      "veto.fraud: “无弄虚作假情形” → 0，不否决",
      "total: 2+2+2+3+13+10+8+18+4+4+2+8+5+4+4 = 89，加分 2，合计 91；揭榜自评96＋3（中心、上行、培训、数据上报、电视加分高于台账所证）",
    ],
  });
})();

// =====================================================================================
// facts/b108-f1-xiangzhou: 珠海市香洲区 — 电视问政节目《问政香洲》文字实录（时间码｜角色｜发言）
// =====================================================================================
(function f1() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  const say = (tc, who, text) => { rows.push([tc, who, text, null]); merges.push(`C${rows.length}:D${rows.length}`); };
  full("《问政香洲》2021年第9期（电子商务进农村专场）文字实录");
  full("播出时间：2021年9月16日20:00　香洲区融媒体中心　整理：区商务局电商股（根据节目录像整理，供考评备查）");
  rows.push(["时间码", "角色", "发言内容", null]); merges.push(`C${rows.length}:D${rows.length}`);
  say("00:00:15", "主持人", "各位观众晚上好。香洲区2019年入选省级电子商务进农村综合示范区，省里下达专项资金500万元。两年过去了，钱花得怎么样？群众得到了什么？今晚我们请来区商务局局长。");
  say("00:01:02", "【暗访短片】", "记者8月下旬走访南屏镇两个村的电商服务站，其中一个站大门紧锁，门口贴着“有事请打电话”。村民说网购的东西有时要到镇上取。");
  say("00:03:40", "主持人", "局长，短片里的站点为什么关门？快递到底进没进村？");
  say("00:03:55", "区商务局局长", "短片反映的问题我们马上整改。先说快递：2020年确实有两个村要到镇上取件，今年3月邮政和“三通一达”都进了村，现在全区16个行政村快递全部通达，行政村快递覆盖率100%。");
  say("00:05:20", "观察员（区人大代表）", "我听说还有村民到镇上取快递，局长说全覆盖，有没有依据？");
  say("00:05:41", "区商务局局长", "有区邮政管理部门今年6月出具的覆盖情况证明。个别村民习惯到镇上取，是因为镇上网点营业时间长，不是村里没有快递。");
  say("00:07:10", "主持人", "再说钱。500万元花出去多少？");
  say("00:07:18", "区商务局局长", "截至8月底，专项资金已拨付410万元，主要用在公共服务中心、村级站点、培训和品牌推广。创建工作总体进度95%。");
  say("00:08:30", "主持人", "公共服务中心建在哪里？老百姓去了能干什么？");
  say("00:08:42", "区商务局局长", "区电子商务公共服务中心在前山，2020年12月投入运营，为群众免费提供电商培训，免费展示展销本地农产品。我们还出台了《香洲区促进农村电子商务发展若干措施》。");
  say("00:10:05", "观察员（市民代表）", "培训是走过场吗？培训了多少人？");
  say("00:10:16", "区商务局局长", "两年来累计培训3,260人次，讲直播、讲网店、讲物流，学员里有渔民、果农，也有返乡青年。");
  say("00:11:30", "主持人", "这项工作谁来抓？");
  say("00:11:38", "区商务局局长", "区里成立了领导小组，区长任组长，分管副区长任副组长，成员单位有区商务局、区财政局、区农业农村局，每季度开一次调度会。");
  say("00:12:50", "【现场投票】", "对区商务局回应的满意度：满意58%，基本满意31%，不满意11%。");
  say("00:13:20", "主持人", "网友“南屏阿伯”留言：“希望快递能送到家门口。”请局长会后跟进。本期问政到此结束。");
  full("（实录完）");
  write("facts/b108-f1-xiangzhou.json", {
    description:
      "珠海市香洲区商务局电商股交来当事实表的，是区融媒体中心电视问政节目《问政香洲》2021年第9期（电子商务进农村专场）的文字实录：时间码｜角色｜发言内容（C:D合并），上有节目名、播出时间和整理人。读法：只有局长的回答是本区陈述的事实，主持人、观察员、暗访短片、网友留言是提问和反映，不是事实，但主持人开场“省里下达专项资金500万元”是对示范项目的客观介绍，也照读为下达资金；快递：短片和人大代表说有村民到镇上取件，局长答“今年3月…全区16个行政村快递全部通达，行政村快递覆盖率100%”，并解释取件习惯 → 快递覆盖100%为是，行政村16个；“截至8月底已拨付410万元”；“总体进度95%”；中心“2020年12月投入运营”（只到月），免费电商培训、免费展示展销两项（没说摄影美工、品牌）；若干措施已出台 → 政策已出台；累计培训3,260人次；领导小组区长任组长，成员只有商务、财政、农业农村，没有扶贫（乡村振兴）部门 → 主要领导牵头、部门不全。播出时间2021年9月16日、暗访“8月下旬”不是考评截止日期；现场投票满意度不是事实也不是自评分。没有判断分。",
    sheets: [sheet("问政实录", rows, merges)],
    expect: {
      facts: {
        fundAllocated: 5000000, adminVillagesStated: 16, expressCoverage: true, fundSpentStated: 4100000, overallProgress: 0.95,
        centerOpened: "2020-12", centerFreeTraining: true, centerDisplay: true, policyIssued: true, trainingPersonTimesStated: 3260,
      },
      judged: {},
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// facts/b108-f2-xiashan: 湛江市霞山区 — 律师事务所《法律意见书》（项目实施合规性核查）
// =====================================================================================
(function f2() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  full("广东××律师事务所");
  full("关于湛江市霞山区电子商务进农村综合示范项目实施情况的法律意见书");
  full("粤××律意字〔2021〕第0917号");
  full("致：湛江市霞山区经济和信息化局");
  full("　　本所接受贵局委托，就霞山区电子商务进农村综合示范项目（以下简称“本项目”）的组织实施、采购、资金管理等事项进行核查并出具本法律意见书。本所律师仅就与本项目有关的法律问题发表意见，不对有关统计数据、财务数据的真实性、准确性发表意见。");
  full("一、核查事项及核查结果");
  rows.push(["序号", "核查事项", "核查依据（文件）", "核查结果"]);
  rows.push([1, "组织实施机构", "区政府办《关于成立霞山区电子商务进农村综合示范工作领导小组的通知》（霞府办〔2019〕46号）", "领导小组组长由区委常委、常务副区长担任，成员单位为区经济和信息化局（商务）、区财政局、区农业农村局、区扶贫开发办公室。"]);
  rows.push([2, "实施方案", "《霞山区电子商务进农村综合示范工作实施方案》（霞府办〔2019〕58号）", "已由区政府办公室于2019年12月20日正式印发。"]);
  rows.push([3, "扶持政策", "—", "未见区级层面出台支持农村电子商务发展的专门政策文件；据区经信局介绍，相关措施正在起草。"]);
  rows.push([4, "资金管理制度", "《霞山区省级电子商务进农村综合示范专项资金管理办法》", "已制定并印发。"]);
  rows.push([5, "资金专用台账", "区经信局专项资金台账及会计凭证", "已建立专项资金专用台账。"]);
  rows.push([6, "第三方运营服务采购", "招标文件、中标通知书、《霞山区电子商务公共服务中心运营服务合同》", "经公开招标，确定湛江××电子商务有限公司为本项目专业第三方运营服务商，合同已签订并备案。"]);
  rows.push([7, "公共服务中心", "场地租赁合同、开业通知", "区电子商务公共服务中心于2021年1月15日正式投入运营。"]);
  rows.push([8, "专项资金下达及拨付", "省财政厅、省商务厅资金下达文件，拨付凭证", "省级下达专项资金500万元；截至2021年8月31日，已拨付3,865,000元。"]);
  rows.push([9, "安全生产及质量事故", "区应急管理局、区市场监管局出具的证明", "本项目实施以来未发生安全生产事故、质量事故，未造成重大经济损失。"]);
  rows.push([10, "弄虚作假", "抽查项目档案、与承建单位访谈", "经核查，本所律师未发现本项目存在弄虚作假的情形。"]);
  full("二、结论意见");
  full("　　综上，本所律师认为：本项目组织实施机构健全，实施方案已正式印发，资金管理制度已建立，第三方运营服务采购程序合法；建议尽快出台区级扶持政策。");
  full("三、其他");
  full("　　本法律意见书正本一式三份，仅供委托人向上级主管部门报送考评材料之用，不得用作其他目的。");
  full("经办律师：李××、陈××　　广东××律师事务所（盖章）　　2021年9月10日");
  write("facts/b108-f2-xiashan.json", {
    description:
      "湛江市霞山区经济和信息化局（商务）交来当事实表的，是律师事务所出具的《关于湛江市霞山区电子商务进农村综合示范项目实施情况的法律意见书》：公文段落一段一行（A:D合并），中间一张“序号｜核查事项｜核查依据（文件）｜核查结果”的核查表。读法：事实只看“核查结果”列（依据列里的文号、日期如霞府办〔2019〕46号不读）：领导小组组长为区委常委、常务副区长 → 分管领导（副区长），成员有经信（商务）、财政、农业农村、扶贫办；实施方案2019年12月20日印发 → 已印发；扶持政策“未见…出台…正在起草” → 未出台；资金管理办法已制定；专用台账已建立；公开招标确定专业第三方运营服务商 → 有；中心2021年1月15日投入运营；下达500万元，截至2021年8月31日已拨付3,865,000元；未发生安全生产、质量事故，未造成重大经济损失 → 否；“未发现…弄虚作假的情形” → 否。开头的免责声明、结论里的建议、出具日期2021年9月10日都不是事实，“截至2021年8月31日”只限定拨付数，不是写明的考评截止日期。没有判断分。",
    sheets: [sheet("法律意见书", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "霞山区",
        planIssued: true, policyIssued: false, fundSystemIssued: true, fundLedgerKept: true, thirdPartyOperator: true,
        centerOpened: "2021-01-15", fundAllocated: 5000000, fundSpentStated: 3865000, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b108-f3-nanhai: 佛山市南海区 — 中心运营单位的《公众责任保险投保单》及《场所风险询问表》
// =====================================================================================
(function f3() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  const two = (a, b, c, d) => rows.push([a, b, c, d]);
  const one = (a, b) => { rows.push([a, b, null, null]); merges.push(`B${rows.length}:D${rows.length}`); };
  full("××财产保险股份有限公司　公众责任保险投保单");
  full("投保单号：T4406052021000387　　（本投保单经保险人签发保险单后方始生效）");
  two("投保人", "佛山市南海区桂城云商电子商务有限公司", "统一社会信用代码", "91440605MA4W××××8R");
  one("投保人说明", "本公司为南海区经济促进局通过公开招标选定的区电子商务公共服务中心第三方运营服务商");
  two("被保险人", "同投保人", "联系电话", "0757-8××××××6");
  one("营业场所名称", "佛山市南海区电子商务公共服务中心（含电商产业园孵化区）");
  one("营业场所地址", "佛山市南海区九江镇××路××号一至三层");
  two("场所启用日期", "2020年10月28日", "建筑面积", "3,200平方米");
  two("员工人数", "12人", "年接待人数（估）", "约18,000人次");
  one("场所用途（可多选）", "☑电商培训（免费对外开放，培训室60座、电脑40台）　☑农产品展示展销（免费）　☑摄影、美工服务（免费）　☐餐饮　☐住宿　☐其他");
  one("电商产业园孵化区", "二层，现入驻电商企业21家（独立承租部分由各企业自行投保）");
  one("近三年出险记录", "无（首次投保）");
  two("每次事故赔偿限额", "人民币500,000元", "累计赔偿限额", "人民币2,000,000元");
  two("保险费", "人民币3,860元", "保险期间", "2021年9月1日零时起至2022年8月31日二十四时止");
  one("特别约定", "培训期间学员人身意外伤害不属本保险责任，另行投保团体意外险。");
  full("投保人声明：保险人已向本人提供并详细介绍了条款内容，本人已如实告知上述情况。　　投保人签章：（公司章）　　2021年8月25日");
  full("以下由保险公司填写：业务员　麦××　核保意见　同意承保　2021年8月27日");
  write("facts/b108-f3-nanhai.json", {
    description:
      "佛山市南海区经济促进局（商务）电商股交来当事实表的，是区电子商务公共服务中心运营单位为中心场所投保公众责任险的《公众责任保险投保单》，保险公司的表单格式：每行“标签｜值｜标签｜值”或“标签｜值（B:D合并）”。读法：投保人说明“区经济促进局通过公开招标选定的区电子商务公共服务中心第三方运营服务商” → 有第三方运营服务商；营业场所“南海区电子商务公共服务中心（含电商产业园孵化区）”和“电商产业园孵化区 二层，现入驻电商企业21家” → 产业园已建（21家不是事实键）；“场所启用日期 2020年10月28日”是中心投入运营日期；场所用途勾选框：☑电商培训（免费，培训室、电脑）、☑农产品展示展销（免费）、☑摄影、美工服务（免费），☐餐饮、☐住宿、☐其他未勾 → 只有这三项服务是“是”，其他增值服务不说；“年接待人数约18,000人次”是客流量，不是培训人次；“近三年出险记录 无”是保险意义的出险，不是考评的安全生产事故声明，不读；保险期间（到2022年8月31日）、投保日期、核保日期、赔偿限额、保费都不是事实。没有领导、没有判断分。",
    sheets: [sheet("投保单", rows, merges)],
    expect: {
      facts: { thirdPartyOperator: true, parkBuilt: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b108-l1-zengcheng: 广州市增城区 — 专栏更新记录用“百度站内搜索结果”整页粘贴；村居名单用区卫健局《村卫生站设置一览表》
// =====================================================================================
(function l1() {
  const expect = {};
  const sheets = [];
  {
    const r = [["说明"],
      ["1．区政府网站改版，专栏后台发布记录丢失。专栏更新情况以百度站内搜索（site:zc.gov.cn）结果整页复制代替，只有网址在 www.zc.gov.cn/zwgk/ztzl/dzswjnc/ 下的是专栏文章，其他网址的结果（区新闻、其他网站、广告）不是专栏更新；标题下第一行开头的日期为发布日期。"],
      ["2．村（居）委会名单以区卫生健康局《村卫生站设置一览表》代替（派潭、小楼两镇节选）：本区一村（居）一站，“村（社区）”栏即村（居）委会；镇卫生院不是村。"],
      ["填表人：增城区商务局电商股　钟××　2021年9月6日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [title, date text|null, snippet, url, kind] kind: col = column article, idx = column index page, news, other, ad
  const COL = "www.zc.gov.cn/zwgk/ztzl/dzswjnc/";
  const RES = [
    ["增城区电子商务进农村综合示范专栏 - 广州市增城区人民政府门户网站", null, "创建方案 项目信息 建设进度 监督举报 ...", COL, "idx"],
    ["增城区电子商务进农村综合示范项目建设进度(2021年8月) - 广州市增城区...", "2021年9月10日", "截至8月底,全区村级电商服务站点...", COL + "jsjd/content/post_7512093.html", "col", "2021-09-10"],
    ["增城区电子商务进农村综合示范项目建设进度(2021年7月) - 广州市增城区...", "2021年8月13日", "一、村级站点建设 截至7月底...", COL + "jsjd/content/post_7460218.html", "col", "2021-08-13"],
    ["【广告】农村电商培训 包教包会 - ××电商学院", null, "零基础学直播带货,学完推荐就业...", "www.××edu.com", "ad"],
    ["增城区电子商务进农村综合示范项目建设进度(2021年6月) - 广州市增城区...", "2021年7月14日", "二、电商培训 6月份开展培训...", COL + "jsjd/content/post_7398841.html", "col", "2021-07-14"],
    ["派潭镇荔枝“云上”热销 直播间里订单不断 - 广州市增城区人民政府门户网站", "2021年6月23日", "6月22日,派潭镇在区电商公共服务中心...", "www.zc.gov.cn/xw/zcyw/content/post_7366210.html", "news"],
    ["增城区电子商务进农村综合示范项目建设进度(2021年5月) - 广州市增城区...", "2021年6月11日", "一、村级站点建设...", COL + "jsjd/content/post_7341127.html", "col", "2021-06-11"],
    ["增城区电子商务进农村综合示范项目建设进度(2021年4月) - 广州市增城区...", "2021年5月14日", "三、农产品上行...", COL + "jsjd/content/post_7280564.html", "col", "2021-05-14"],
    ["增城区电子商务进农村综合示范项目建设进度(2021年3月) - 广州市增城区...", "2021年4月15日", "一、村级站点建设...", COL + "jsjd/content/post_7219936.html", "col", "2021-04-15"],
    ["增城区电子商务进农村综合示范项目建设进度(2021年1—2月) - 广州市增城区...", "2021年3月16日", "春节期间...", COL + "jsjd/content/post_7160275.html", "col", "2021-03-16"],
    ["增城区电子商务进农村综合示范项目建设进度(2020年12月) - 广州市增城区...", "2021年1月15日", "一、村级站点建设...", COL + "jsjd/content/post_7088612.html", "col", "2021-01-15"],
    ["广州市商务局关于电子商务进农村综合示范工作的通知 - 广州市商务局", "2020年12月28日", "各有关区商务主管部门...", "sw.gz.gov.cn/zwgk/tzgg/content/post_6987001.html", "other"],
    ["增城区电子商务进农村综合示范项目建设进度(2020年11月) - 广州市增城区...", "2020年12月15日", "二、电商培训...", COL + "jsjd/content/post_7031540.html", "col", "2020-12-15"],
    ["增城区电子商务进农村综合示范项目建设进度(2020年10月) - 广州市增城区...", "2020年11月13日", "一、村级站点建设...", COL + "jsjd/content/post_6975318.html", "col", "2020-11-13"],
    ["增城区电子商务进农村综合示范项目建设进度(2020年9月) - 广州市增城区...", "2020年10月16日", "一、村级站点建设...", COL + "jsjd/content/post_6912247.html", "col", "2020-10-16"],
    ["增城区电子商务进农村综合示范项目基本信息公示 - 广州市增城区人民政府门户网站", "2020年9月18日", "项目名称 承建单位 建设内容 资金安排...", COL + "xmxx/content/post_6870093.html", "col", "2020-09-18"],
    ["增城区电子商务进农村综合示范创建工作方案 - 广州市增城区人民政府门户网站", "2019年11月8日", "为贯彻落实省商务厅、省财政厅...", COL + "cjfa/content/post_5401362.html", "col", "2019-11-08"],
  ];
  {
    const r = [["site:zc.gov.cn 电子商务进农村综合示范"], ["网页　资讯　视频　图片　知道　文库　贴吧　更多"], ["百度为您找到相关结果约47个"], [null]];
    RES.forEach((x, i) => {
      if (i === 9) { r.push(["< 上一页　1　2　3　下一页 >"]); r.push(["（以下为第2页）"]); r.push([null]); }
      r.push([x[0]]);
      r.push([x[1] ? x[1] + " — " + x[2] : x[2]]);
      r.push([x[3] + (x[4] === "ad" ? "　广告" : "　百度快照")]);
      r.push([null]);
    });
    r.push(["< 上一页　1　2　3　下一页 >"]);
    r.push(["（第3页为无关结果，未复制）"]);
    sheets.push(sheet("专栏更新（百度搜索）", r));
    const recs = RES.filter((x) => x[4] === "col").map((x) => ({ date: x[5] }));
    expect["专栏更新（百度搜索）"] = { kind: "disclosures", records: recs };
    assert(recs.length === 13 && monthsCovered(recs.map((x) => x.date)) === 11, "13 articles, no 2021-02");
  }
  // [镇, 村（社区） cell, canonical, admin, 机构名称, 类别, 医生]
  const V = [
    ["派潭镇", "—（镇区）", null, null, "增城区派潭镇卫生院", "乡镇卫生院", 46],
    ["派潭镇", "派潭社区", "派潭社区", false, "派潭社区卫生服务站", "社区卫生服务站", 3],
    ["派潭镇", "高滩村", "高滩村", true, "高滩村卫生站", "村卫生站", 2],
    ["派潭镇", "邓村", "邓村", true, "邓村卫生站", "村卫生站", 2],
    ["派潭镇", "石城村", "石城村", true, "石城村卫生站", "村卫生站", 1],
    ["派潭镇", "汉湖村委会", "汉湖村", true, "汉湖村卫生站", "村卫生站", 1],
    ["派潭镇", "黄洞村", "黄洞村", true, "黄洞村卫生站", "村卫生站", 1],
    ["派潭镇", "密石村", "密石村", true, "密石村卫生站", "村卫生站", 2],
    ["派潭镇", "车洞村", "车洞村", true, "车洞村卫生站", "村卫生站", 1],
    ["小楼镇", "—（镇区）", null, null, "增城区小楼镇卫生院", "乡镇卫生院", 31],
    ["小楼镇", "小楼社区居委会", "小楼社区", false, "小楼社区卫生服务站", "社区卫生服务站", 2],
    ["小楼镇", "二龙村", "二龙村", true, "二龙村卫生站", "村卫生站", 1],
    ["小楼镇", "腊圃村民委员会", "腊圃村", true, "腊圃村卫生站", "村卫生站", 2],
    ["小楼镇", "西境村", "西境村", true, "西境村卫生站", "村卫生站", 1],
    ["小楼镇", "正隆村", "正隆村", true, "正隆村卫生站", "村卫生站", 1],
    ["小楼镇", "简村", "简村", true, "简村卫生站", "村卫生站", 1],
  ];
  {
    const r = [span("增城区村卫生站设置一览表（节选：派潭镇、小楼镇）", 7), span("增城区卫生健康局　2021年6月", 7),
      ["序号", "镇（街）", "村（社区）", "机构名称", "机构类别", "执业（助理）医师及乡村医生（人）", "备注"]];
    V.forEach((v, i) => r.push([i + 1, v[0], v[1], v[4], v[5], v[6], v[5] === "乡镇卫生院" ? "一体化管理主体" : null]));
    r.push(["合计", null, null, "村卫生站12个，社区卫生服务站2个，乡镇卫生院2个", null, V.reduce((a, v) => a + v[6], 0), null]);
    sheets.push(sheet("村卫生站一览表", r, ["A1:G1", "A2:G2"]));
    const recs = V.filter((v) => v[2]).map((v) => ({ name: v[2], admin: v[3] }));
    assert(recs.filter((x) => x.admin).length === 12 && recs.length === 14, "12 villages + 2 communities");
    expect["村卫生站一览表"] = { kind: "villages", records: recs };
  }
  write("ledgers/b108-l1-zengcheng.json", {
    description:
      "广州市增城区商务局电商股交的两张“代用台账”加说明页（说明页是纯文字，不是台账，写明了两张表怎么读）。①《专栏更新（百度搜索）》：区政府网站改版后专栏后台记录丢失，经办人在百度搜“site:zc.gov.cn 电子商务进农村综合示范”，把结果页整页复制进A列——每条结果三行（标题；“发布日期 — 摘要”；网址＋“百度快照”/“广告”），结果间空一行，夹着“百度为您找到相关结果约47个”、翻页条、“（以下为第2页）”。读法：只有网址在 www.zc.gov.cn/zwgk/ztzl/dzswjnc/ 下的是专栏文章，一篇一条更新记录，日期是摘要行开头的“2021年8月13日 —”；第一条是栏目首页（无日期，不是更新）；【广告】、区新闻（/xw/zcyw/ 派潭镇荔枝新闻）、广州市商务局网站的通知都不是；2019年11月8日的创建方案和2021年9月10日的8月进度照列（不在窗口/在截止日后）；标题里“(2021年7月)”是进度所属月份，不是发布日期；2021年2月没有文章（1—2月合发，3月16日发布）。②《村卫生站一览表》当村（居）委会名单：区卫生健康局的村卫生站设置表（序号｜镇（街）｜村（社区）｜机构名称｜机构类别｜医生人数｜备注），说明页写明一村（居）一站。读法：一行一个村（居），名称看“村（社区）”栏（汉湖村委会、腊圃村民委员会写法，邓村、简村是村名）；类别“社区卫生服务站”所在的派潭社区、小楼社区是社区（非行政村）；“乡镇卫生院”两行村栏为“—（镇区）”，不是村，不是记录；合计行不是记录。表里没有贫困村、快递列，不判定。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b108-l2-jianghai: 江门市江海区 — 培训签到表原件借出，以餐饮公司《工作餐订餐结算单》的学员份数代替参训人次
// =====================================================================================
(function l2() {
  const expect = {};
  const sheets = [];
  {
    const r = [["情况说明"],
      ["区电商公共服务中心普及培训的签到表原件于2021年8月借给区审计局（专项审计调查），暂未归还。培训均为一天班，每期中午由江门市××餐饮管理有限公司统一供应工作餐，学员每人一份，现以该公司《工作餐订餐结算单》中各期“学员（份）”作为该期参训人次。"],
      ["结算单中用途不是培训班的（局机关加班餐、迎检工作餐等）与培训无关；退订的场次当天未开班。"],
      ["江海区商务局电商股　2021年9月7日"]];
    sheets.push(sheet("情况说明", r));
    expect["情况说明"] = { kind: null };
  }
  // [date cell, iso|null, 用途, 学员, 工作人员, training?]
  const Q = [
    { head: "结算期间：2020年10月1日—2020年12月31日", rows: [
      ["2020.10.22", "2020-10-22", "第1期农村电商普及培训班（礼乐街道）", 86, 6, true],
      [D("2020-11-19"), "2020-11-19", "第2期农村电商普及培训班（外海街道）", 92, 6, true],
      ["2020.12.4", "2020-12-04", "局机关加班工作餐", 0, 9, false],
      ["2020/12/17", "2020-12-17", "第3期农村电商普及培训班（直播带货）", 105, 7, true],
    ] },
    { head: "结算期间：2021年1月1日—2021年3月31日", rows: [
      ["21.1.14", "2021-01-14", "第4期农村电商普及培训班（年货节网店运营）", 78, 5, true],
      ["2021.3.25", "2021-03-25", "第5期农村电商普及培训班（短视频）", 110, 7, true],
    ] },
    { head: "结算期间：2021年4月1日—2021年6月30日", rows: [
      ["2021年4月22日", "2021-04-22", "第6期农村电商普及培训班（退订：暴雨橙色预警，延期）", 0, 0, false],
      [D("2021-05-13"), "2021-05-13", "第6期农村电商普及培训班（补开）", 96, 6, true],
      ["2021.6.17", "2021-06-17", "第7期农村电商普及培训班（跨境电商）", 88, 6, true],
    ] },
    { head: "结算期间：2021年7月1日—2021年9月30日", rows: [
      ["2021.7.15", "2021-07-15", "第8期农村电商普及培训班（社群营销）", "１０２", 6, true],
      ["2021.8.24", "2021-08-24", "省考评迎检材料整理工作餐", 0, 12, false],
      ["2021.8.26", "2021-08-26", "第9期农村电商普及培训班（农产品品牌）", 99, 6, true],
      ["2021.9.16", "2021-09-16", "第10期农村电商普及培训班（电商客服）", 84, 5, true],
    ] },
  ];
  const PRICE = 25;
  {
    const W = 8, r = [span("江门市××餐饮管理有限公司　工作餐订餐结算单", W), span("订餐单位：江海区商务局（区电子商务公共服务中心）　　单价：25元/份", W)];
    const m = ["A1:H1", "A2:H2"];
    Q.forEach((q) => {
      r.push(span(q.head, W)); m.push(`A${r.length}:H${r.length}`);
      r.push(["供餐日期", "用途", "学员（份）", "工作人员（份）", "合计（份）", "单价（元）", "金额（元）", "签收人"]);
      let tot = 0;
      q.rows.forEach((x) => {
        const n = (typeof x[3] === "number" ? x[3] : 102) + x[4];
        tot += n * PRICE;
        r.push([x[0], x[2], x[3] === 0 ? (x[2].includes("退订") ? "0（退订）" : null) : x[3], x[4] || null, n, PRICE, n * PRICE, x[2].includes("退订") ? null : "李××"]);
      });
      r.push(["本期小计", null, null, null, null, null, tot, null]);
    });
    r.push(span("以上金额已核对无误。餐饮公司（盖章）　　订餐单位经办人：李××", W)); m.push(`A${r.length}:H${r.length}`);
    sheets.push(sheet("订餐结算单", r, m));
    const recs = [];
    Q.forEach((q) => q.rows.forEach((x) => { if (x[5]) recs.push({ date: x[1], personTimes: typeof x[3] === "number" ? x[3] : 102 }); }));
    assert(recs.length === 10, "10 sessions");
    const ok = recs.filter((x) => dateOk(x.date)).reduce((a, x) => a + x.personTimes, 0);
    assert(ok === 856, "856 person-times to cut-off got " + ok);
    expect["订餐结算单"] = { kind: "training", records: recs };
  }
  write("ledgers/b108-l2-jianghai.json", {
    description:
      "江门市江海区商务局电商股交的培训台账是餐饮公司的《工作餐订餐结算单》，另有一页情况说明（纯文字，不是台账）：签到表原件借给区审计局，培训都是一天班，中午学员每人一份工作餐，以各期“学员（份）”作参训人次。结算单按季度分四块：每块一行整行合并的“结算期间：…”，块内表头 供餐日期｜用途｜学员（份）｜工作人员（份）｜合计（份）｜单价（元）｜金额（元）｜签收人，块尾“本期小计”。读法：一行培训班是一期培训，人次＝“学员（份）”（不是合计份数，工作人员份数不算）；“局机关加班工作餐”“省考评迎检材料整理工作餐”不是培训，不是记录；4月22日第6期写明“退订：暴雨橙色预警，延期”，学员“0（退订）”，当天没开班，不是记录，5月13日“补开”才是；第8期学员份数是全角“１０２”；日期有文本2020.10.22、真日期、2020/12/17、两位年份21.1.14、“2021年4月22日”；9月16日第10期照列（在截止日后）；结算期间、单价、金额、小计行、落款都不读。",
    sheets,
    expect: { sheets: expect },
  });
})();
console.log(written.join("\n"));
