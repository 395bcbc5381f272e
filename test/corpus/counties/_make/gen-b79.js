"use strict";
// Batch 79 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers
function colName(n) { // 0-based
  let s = ""; n += 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function A1(r, c) { return colName(c) + (r + 1); }
function parseA1(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  let c = 0; for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}
class Sheet {
  constructor(name, width) { this.name = name; this.width = width; this.rows = []; this.merges = []; }
  add(row) { const r = row.slice(); while (r.length < this.width) r.push(null); if (r.length > this.width) throw new Error(this.name + ": row too wide " + JSON.stringify(row)); this.rows.push(r); return this.rows.length - 1; }
  blank() { return this.add([]); }
  merge(r1, c1, r2, c2) { this.merges.push(A1(r1, c1) + ":" + A1(r2, c2)); }
  mergeRow(r) { this.merge(r, 0, r, this.width - 1); }
  json() { const o = { name: this.name, rows: this.rows }; if (this.merges.length) o.merges = this.merges; return o; }
}
function D(s) { return { date: s }; }
const WD_CN = ["日", "一", "二", "三", "四", "五", "六"];
const WD_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function dow(iso) { const [y, m, d] = iso.split("-").map(Number); return new Date(Date.UTC(y, m - 1, d)).getUTCDay(); }
function pad2(n) { return String(n).padStart(2, "0"); }
function rfc822(iso, hms) { const [y, m, d] = iso.split("-").map(Number); return `${WD_EN[dow(iso)]}, ${pad2(d)} ${MON_EN[m - 1]} ${y} ${hms} +0800`; }
let seed = 20210831;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let t = 0; for (let i = 0; i < 17; i++) t += Number(s17[i]) * w[i];
  return "10X98765432"[t % 11];
}
// make a valid 18-digit ID; wantX forces check digit X
function makeId(area, birth, wantX) {
  for (let k = 0; k < 1000; k++) {
    const seq = String(ri(10, 999)).padStart(3, "0");
    const s17 = area + birth + seq;
    const c = idCheck(s17);
    if (wantX ? c === "X" : c !== "X") return s17 + c;
  }
  throw new Error("no id");
}
function fmt(n) { return n.toLocaleString("en-US"); }
function sum(a) { return a.reduce((x, y) => x + y, 0); }
function assert(cond, msg) { if (!cond) throw new Error("SELF-CHECK FAILED: " + msg); }
function approx(a, b) { return Math.abs(a - b) < 1e-6; }

function checkCase(c) {
  for (const s of c.sheets) {
    const H = s.rows.length; const W = Math.max(...s.rows.map((r) => r.length));
    for (const r of s.rows) for (const v of r) {
      assert(v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || (typeof v === "object" && /^\d{4}-\d{2}-\d{2}$/.test(v.date) && Object.keys(v).length === 1), s.name + " bad cell " + JSON.stringify(v));
    }
    const seen = new Set();
    for (const m of s.merges || []) {
      const [a, b] = m.split(":").map(parseA1);
      assert(a.r <= b.r && a.c <= b.c, s.name + " merge order " + m);
      assert(b.r < H && b.c < W, s.name + " merge outside grid " + m);
      for (let r = a.r; r <= b.r; r++) for (let cc = a.c; cc <= b.c; cc++) {
        const k = r + "," + cc; assert(!seen.has(k), s.name + " overlapping merge " + m); seen.add(k);
        if (r !== a.r || cc !== a.c) assert(s.rows[r][cc] === null || s.rows[r][cc] === undefined, s.name + " merged-away cell not empty " + m + " at " + A1(r, cc));
      }
    }
  }
}
function write(folder, file, obj) {
  checkCase(obj);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
}
const CUT = "2021-08-31";
function le(d) { return d <= CUT; } // works for YYYY-MM-DD and YYYY-MM

// ======================================================================
// F1 潮南区：迎检“统一口径”群公告（微信群公告原文粘进A列）
// ======================================================================
function f1() {
  const s = new Sheet("迎检统一口径（群公告）", 1);
  const L = [
    "潮南区电商进农村迎检工作群（86）· 群公告",
    "区商务局电商股 林××　2021年9月6日 17:42 发布　｜　已置顶",
    "@所有人",
    "【潮南区电子商务进农村综合示范创建考评 · 迎检统一口径】",
    "各镇（街道）、区直各成员单位：省考评组9月8日（周三）到我区实地考评。以下为对外统一口径，数据截至2021年8月31日（考评截止日），之前群里发过的数字一律作废，请以本公告为准🙏",
    "📌 县（市、区）：潮南区",
    "1️⃣ 领导机制：区委副书记、区长任领导小组组长，分管副区长任副组长；区商务局、区财政局、区农业农村局、区乡村振兴局等15个单位为成员单位",
    "2️⃣ 常住人口：132.7万人（七普）",
    "⚠️ 户籍人口139.8万是公安口径，考评不用，不要报！",
    "3️⃣ 行政村：223个（另有社区居委会47个，不算）；省定贫困村：18个",
    "4️⃣ 工作方案：已正式印发✅（潮南府办〔2019〕88号）",
    "5️⃣ 扶持政策：已出台✅《潮南区促进农村电子商务发展若干措施》",
    "6️⃣ 区电商公共服务中心：2020年10月16日正式运营✅",
    "　▫️免费培训场所和设备✅　▫️农产品免费展示展销✅　▫️免费摄影美工✅",
    "　▫️农产品品牌推广指导✅　▫️其他增值服务（代办注册、金融对接）✅",
    "7️⃣ 电商产业园：已建成✅（潮南区电商产业园，峡山街道）",
    "8️⃣ 第三方运营服务商：有✅（汕头市潮南区××电子商务运营有限公司，负责中心运营）",
    "9️⃣ 快递进村：223个行政村100%覆盖✅",
    "🔟 网络零售额：农村网零2019年86.4亿元→2020年101.2亿元（+17.1%）；农产品网零2019年5.62亿元→2020年7.48亿元（+33.1%）",
    "1️⃣1️⃣ 电商培训：累计5,318人次（常住人口超50万，按50万算，达1.06%）",
    "❌ 不要再说“培训1万多人次”，那个数含线上直播观看，考评不认！",
    "1️⃣2️⃣ 贫困户培训：有劳动能力、不含外出务工的建档立卡贫困人口2,046人，参训1,129人（55.2%）",
    "1️⃣3️⃣ 村级站点：建站176个，覆盖行政村162个（72.6%），18个省定贫困村全覆盖",
    "1️⃣4️⃣ 政府网专栏：创建方案✅ 项目基本信息✅ 建设进度✅ 监督举报电话✅",
    "1️⃣5️⃣ 月报：每月按时报汕头市商务局，含电商扶贫统计✅",
    "1️⃣6️⃣ 资金：省级下达500万元，已拨付398.75万元（79.75%）；资金管理办法已制定✅，资金专用台账已建立✅",
    "❌ 不要说“拨付率九成”！",
    "1️⃣7️⃣ 项目总体进度：90%",
    "1️⃣8️⃣ 一票否决：安全生产、质量事故——无；弄虚作假——无",
    "📝 主观项自评分（汇报时不要主动讲，考评组问到再讲）：方案制定2｜政策支持2｜项目管理制度2｜工作台账1｜网销调研2｜促销活动2｜交易标准与冷链溯源1｜资金管理制度5｜资金台账4｜资金及时拨付4",
    "🔔 9月8日7:50在区政府大院集合统一乘车，各镇电商专干带好站点钥匙。",
    "收到请回复“1”👌",
    null,
    "——以下是9月7日群里的补充消息（一并粘贴）——",
    "区商务局电商股 林××　2021年9月7日 09:15",
    "【更正】第1️⃣6️⃣条“已拨付398.75万元”更正为“已拨付412.35万元”（区财政局9月6日补录一笔13.6万元，属8月27日支付），其余不变。",
  ];
  for (const l of L) s.add([l]);
  // arithmetic self-checks
  assert(Math.round(101.2 / 86.4 * 1000) === 1171, "f1 rural growth");
  assert(Math.round(7.48 / 5.62 * 1000) === 1331, "f1 agri growth");
  assert(Math.round(1129 / 2046 * 1000) === 552, "f1 poor rate");
  assert(Math.round((398.75 + 13.6) * 100) === 41235, "f1 correction");
  assert(Math.round(162 / 223 * 1000) === 726, "f1 coverage");
  return {
    description: "潮南区（汕头）商务局电商股把迎检工作群的《迎检统一口径》群公告原文（连同次日的更正消息）粘进A列：一行一句，用1️⃣…🔟、1️⃣1️⃣…1️⃣8️⃣键帽表情编号（编号数字不是数值），✅表示是；夹着“⚠️户籍人口139.8万不要报”“❌不要再说培训1万多人次”“❌不要说拨付率九成”这些反面口径（不是填报值）；一行写中心运营日期、下两行用▫️列五项免费服务；零售额一行写四个金额和两个增速；主观项自评分挤在📝一行用｜分隔；“行政村覆盖162个（72.6%）”、站点176个不是输入；次日【更正】把已拨付398.75万元改为412.35万元，以更正后为准。组长为区委副书记、区长（副组长副区长只是陪衬），商务、财政、农业农村、乡村振兴齐全。",
    sheets: [s.json()],
    expect: {
      facts: {
        county: "潮南区",
        asOf: "2021-08-31",
        residentPopulation: 1327000,
        adminVillagesStated: 223,
        poorVillagesStated: 18,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-10-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 8640000000,
        ruralRetail2020: 10120000000,
        agriRetail2019: 562000000,
        agriRetail2020: 748000000,
        ruralRetailGrowthStated: 0.171,
        agriRetailGrowthStated: 0.331,
        trainingPersonTimesStated: 5318,
        eligiblePoorPersonsStated: 2046,
        trainedPoorPersonsStated: 1129,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4123500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2,
        "org.management.system": 2, "org.management.ledger": 1,
        "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1,
        "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// ======================================================================
// F2 潮阳区：电商股季度 OKR 复盘表
// ======================================================================
function f2() {
  const s = new Sheet("Q3 OKR复盘", 10);
  let r = s.add(["潮阳区商务局电商股2021年第三季度OKR复盘表（电子商务进农村综合示范考评冲刺）"]); s.mergeRow(r);
  r = s.add(["县（市、区）", "潮阳区", "OKR周期", "2021年7月1日—9月30日", null, "复盘日期", "2021年9月6日", "数据截至", "2021年8月31日（考评截止日）", null]);
  s.merge(r, 3, r, 4); s.merge(r, 8, r, 9);
  r = s.add(["说明：①“OKR评分”按0—1打（0.7及以上视为达成），是股室内部对目标完成程度的评价，不是考评分；②“考评分”按省考评指标体系自评；③“起始值”为7月1日数，“目标值”为本季度末要达到的数，“实际值”为8月31日数；④信心指数1—10。"]); s.mergeRow(r);
  s.add(["编号", "目标（O）／关键结果（KR）", "衡量标准", "起始值（7月1日）", "目标值（9月30日）", "实际值（8月31日）", "OKR评分（0—1）", "信心指数", "考评分", "复盘说明"]);
  function O(code, text, score) { const rr = s.add([code, text, null, null, null, null, score]); s.merge(rr, 1, rr, 5); return rr; }
  function KR(row) { return s.add(row); }
  O("O1", "组织保障到位（考评“加强组织领导与统筹协调”，10分）", 0.8);
  KR(["KR1.1", "领导小组高规格运转", "组长由区主要领导担任", "区委常委、常务副区长任组长", "区长任组长", "仍为区委常委、常务副区长任组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局等11个", 0.3, 3, 1, "组长调整已报区委，未获批，按分管领导牵头计"]);
  KR(["KR1.2", "示范县工作方案正式印发", "以区政府（办）名义印发", "已印发", "—", "已印发（潮阳府办〔2019〕63号）", 1.0, 10, 2, null]);
  KR(["KR1.3", "出台农村电商扶持政策", "资金、土地、人才任一方面", "已出台", "—", "已出台《潮阳区农村电子商务扶持资金管理办法（试行）》", 1.0, 10, 2, null]);
  KR(["KR1.4", "项目管理制度和工作台账", "制度、台账各1—2分", "制度有、台账不全", "都完善", "项目管理制度✓　工作台账✓（8月补齐）", 0.9, 9, 4, "制度2分＋台账2分"]);
  O("O2", "三级服务体系见实效（考评“服务体系建设”，25分）", 0.8);
  const k21 = KR(["KR2.1", "区电商公共服务中心运营满6个月、五项免费服务齐全", "2021年2月28日前开业运营", "已运营", "五项服务齐全", "2020年12月28日开业；免费培训✓ 免费展销✓ 免费摄影美工✓ 品牌推广✓ 其他增值服务✓", 1.0, 10, 13, "中心10分＋园区3分（入驻不足20家扣2分）"]);
  const k22 = KR(["KR2.2", "产业园入驻≥20家、三类以上", "在园企业家数、类型", "已建，入驻14家", "20家", "园区已建；入驻17家（平台、销售、运营、物流4类）", 0.6, 5, null, null]);
  s.merge(k21, 8, k22, 8); s.merge(k21, 9, k22, 9);
  KR(["KR2.3", "村级站点覆盖", "行政村≥70%，省定贫困村100%", "61.5%", "72%", "建站196个；全区行政村236个，已覆盖172个＝72.9%；省定贫困村19个，全覆盖（19/19）", 1.0, 10, 10, null]);
  O("O3", "农村产品上行（考评“农村产品上行”，10分）", 0.7);
  const k31 = KR(["KR3.1", "农村网零或农产品网零同比增速≥30%", "2020年比2019年", "—", "≥30%", "农村网零2019年79.3亿元、2020年96.3亿元，+21.4%；农产品网零2019年4.80亿元、2020年6.12亿元，+27.5%", 0.2, 1, 7, "增速两项都没到30%，该项0分；调研2分、促销2分、标准溯源1分、第三方1分、快递1分"]);
  KR(["KR3.2", "有专业第三方电商运营服务商", "有／无", "有", "有", "有（汕头市××电子商务有限公司）", 1.0, 10, null, null]);
  const k33 = KR(["KR3.3", "行政村物流快递覆盖100%", "覆盖率", "96.2%", "100%", "100%（236个行政村全通）", 1.0, 10, null, null]);
  s.merge(k31, 8, k33, 8); s.merge(k31, 9, k33, 9);
  O("O4", "电商人才培训（考评“电商人才培训”，20分）", 1.0);
  const k41 = KR(["KR4.1", "培训人次≥常住人口1%", "常住人口165.05万人（七普），超50万按50万计，需5,000人次", "3,980人次", "5,000人次", "5,236人次", 1.0, 10, 20, "人次10分＋培训率10分"]);
  const k42 = KR(["KR4.2", "贫困人口培训率≥50%（争取≥70%）", "参训人数÷有劳动能力（不含外出务工）贫困人口", "48.1%", "70%", "参训1,013人÷1,392人＝72.8%", 1.0, 10, null, null]);
  s.merge(k41, 8, k42, 8); s.merge(k41, 9, k42, 9);
  O("O5", "信息公开和报送（考评“加强信息公开及报送”，10分）", 1.0);
  KR(["KR5.1", "专栏内容全面、按月更新", "方案、项目信息、进度、征求意见／监督举报窗口", "缺监督窗口", "四项齐全", "创建方案✓ 项目基本信息✓ 建设进度✓ 监督举报窗口✓（7月上线）；2020年9月—2021年8月每月都有更新", 1.0, 10, 4, null]);
  KR(["KR5.2", "每月报汕头市商务局并统计电商扶贫", "月报、扶贫统计", "已报", "12个月", "12个月均已报送；电商扶贫统计✓", 1.0, 10, 6, null]);
  O("O6", "宣传推广（考评“加强宣传推广”，10分）", 1.0);
  KR(["KR6.1", "经验材料报市商务局", "篇数", 0, "1篇", "2021年6月18日报送1篇", 1.0, 10, 2, null]);
  KR(["KR6.2", "省、市、县级媒体都有报道", "级别", "市、县", "省、市、县", "南方日报（省）、汕头日报（市）、潮阳融媒（县）", 1.0, 10, 8, null]);
  O("O7", "资金管好用好（考评“加强财政资金管理”，15分）", 0.9);
  KR(["KR7.1", "资金管理制度", "制定并落实", "有", "—", "已制定《潮阳区省级电商进农村专项资金管理办法》", 1.0, 10, 5, null]);
  KR(["KR7.2", "资金专用台账", "账目完整", "有", "—", "已建立资金专用台账", 0.8, 8, 4, null]);
  KR(["KR7.3", "资金支出率≥70%", "累计拨付÷省级下达资金500万元", "288.0万元（57.6%）", "≥70%（9月底≥85%）", "412.6万元（82.5%）", 0.9, 9, 4, "及时拨付自评4分"]);
  KR(["KR7.4", "项目总体进度", "按合同工程量", "70%", "95%", "88%", 0.8, 8, "—", null]);
  O("O8", "加分项和底线（加分最多4分）", 0.6);
  KR(["KR8.1", "贫困人口培训率≥70%加分", "培训率", "48.1%", "70%", "72.8%", 1.0, 10, 2, null]);
  KR(["KR8.2", "电商扶贫典型案例上电视", "国家级2分、省级1分", "无", "省级1条", "暂无（已向广东台报题）", 0.0, 2, 0, null]);
  KR(["KR8.3", "安全生产、质量事故和弄虚作假零发生", "起数", 0, 0, "0起（安全生产、质量事故无；弄虚作假无）", 1.0, 10, "—", null]);
  const claimed = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 2, "org.management": 4,
    "work.center": 13, "work.coverage": 10, "work.upward": 7, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 0,
  };
  const main = sum(Object.entries(claimed).filter(([k]) => !k.startsWith("bonus")).map(([, v]) => v));
  const bon = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  r = s.add(["合计", "考评分合计", null, null, null, null, null, null, `${main}（另加分${bon}）`, "预计总分" + (main + bon) + "分"]); s.merge(r, 1, r, 7);
  r = s.add(["复盘人：潮阳区商务局电商股 郑××　　审阅：分管副局长 陈××"]); s.mergeRow(r);
  assert(Math.round(96.3 / 79.3 * 1000) === 1214, "f2 rural growth");
  assert(Math.round(6.12 / 4.80 * 1000) === 1275, "f2 agri growth");
  assert(Math.round(1013 / 1392 * 1000) === 728, "f2 poor rate");
  assert(Math.round(172 / 236 * 1000) === 729, "f2 coverage");
  assert(Math.round(412.6 / 500 * 1000) === 825, "f2 spend");
  return {
    description: "潮阳区（汕头）商务局电商股的《2021年第三季度OKR复盘表》当事实表交：编号|目标（O）／关键结果（KR）|衡量标准|起始值（7月1日）|目标值（9月30日）|实际值（8月31日）|OKR评分（0—1）|信心指数|考评分|复盘说明，O行合并B:F。事实只读“实际值”栏（起始值“288.0万元（57.6%）”“96.2%”“区委常委、常务副区长”、目标值“区长任组长”“5,000人次”都不是）；常住人口165.05万写在“衡量标准”栏、省级下达500万元写在衡量标准“累计拨付÷省级下达资金500万元”里；OKR评分1.0／0.3和信心指数10不是分数；考评分才是自评（中心与产业园两行合并为13、上行三行合并为7、培训两行合并为20），项目管理、上行的判断项分值在复盘说明里（制度2＋台账2；调研2、促销2、标准溯源1）。组长实际仍是区委常委、常务副区长→分管领导。",
    sheets: [s.json()],
    expect: {
      facts: {
        county: "潮阳区",
        asOf: "2021-08-31",
        residentPopulation: 1650500,
        adminVillagesStated: 236,
        poorVillagesStated: 19,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 7930000000,
        ruralRetail2020: 9630000000,
        agriRetail2019: 480000000,
        agriRetail2020: 612000000,
        ruralRetailGrowthStated: 0.214,
        agriRetailGrowthStated: 0.275,
        trainingPersonTimesStated: 5236,
        eligiblePoorPersonsStated: 1392,
        trainedPoorPersonsStated: 1013,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2,
        "org.management.system": 2, "org.management.ledger": 2,
        "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1,
        "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// ======================================================================
// F3 鼎湖区：财政专项资金项目清算审核表（大写金额）
// ======================================================================
const CN_DIG = { "零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9 };
const CN_UNIT = { "拾": 10, "佰": 100, "仟": 1000 };
function daxie(str) { // 人民币…元整 → number (integer yuan)
  const body = str.replace(/^人民币/, "").replace(/元整$/, "");
  let total = 0, section = 0, digit = 0;
  for (const ch of body) {
    if (ch in CN_DIG) digit = CN_DIG[ch];
    else if (ch in CN_UNIT) { section += digit * CN_UNIT[ch]; digit = 0; }
    else if (ch === "万") { total += (section + digit) * 10000; section = 0; digit = 0; }
    else throw new Error("daxie " + ch);
  }
  return total + section + digit;
}
function f3() {
  const s = new Sheet("清算审核表", 6);
  let r = s.add(["肇庆市鼎湖区财政专项资金项目清算审核表"]); s.mergeRow(r);
  r = s.add(["填报单位（盖章）：肇庆市鼎湖区商务局", null, null, "金额单位：元", null, null]); s.merge(r, 0, r, 2); s.merge(r, 3, r, 5);
  r = s.add(["县（市、区）", "鼎湖区", null, "数据截止日期（省考评截止日）", "2021年8月31日", null]); s.merge(r, 1, r, 2); s.merge(r, 4, r, 5);
  r = s.add(["项目名称", "2019年省级电子商务进农村综合示范项目（促进经济高质量发展专项资金·内贸方向）"]); s.merge(r, 1, r, 5);
  r = s.add(["资金文号", "粤商务电函〔2019〕29号"]); s.merge(r, 1, r, 5);
  r = s.add(["一、资金情况"]); s.mergeRow(r);
  r = s.add(["项目", "金额（大写）", null, null, "金额（小写）", null]); s.merge(r, 1, r, 3); s.merge(r, 4, r, 5);
  const alloc = "人民币伍佰万元整", match = "人民币壹佰万元整", spent = "人民币叁佰捌拾柒万陆仟伍佰元整", left = "人民币壹佰壹拾贰万叁仟伍佰元整";
  r = s.add(["省级下达资金", alloc, null, null, "￥5,000,000.00", null]); s.merge(r, 1, r, 3); s.merge(r, 4, r, 5);
  r = s.add(["区级配套资金（不纳入省考评）", match, null, null, "￥1,000,000.00", null]); s.merge(r, 1, r, 3); s.merge(r, 4, r, 5);
  r = s.add(["省级资金累计拨付（截至2021年8月31日）", spent, null, null, null, null]); s.merge(r, 1, r, 3); s.merge(r, 4, r, 5);
  r = s.add(["省级资金结余", left, null, null, "￥1,123,500.00", null]); s.merge(r, 1, r, 3); s.merge(r, 4, r, 5);
  r = s.add(["资金支出率", "77.53%"]); s.merge(r, 1, r, 5);
  r = s.add(["项目总体进度", "85%（按合同工程量计）"]); s.merge(r, 1, r, 5);
  s.blank();
  r = s.add(["二、建设内容完成情况"]); s.mergeRow(r);
  s.add(["序号", "建设内容", "合同金额（万元）", "完成情况", "完成时间", "备注"]);
  const items = [
    [1, "区电子商务公共服务中心建设及运营", 180, "已建成，2020年6月18日投入运营", "2020年6月18日", "运营方：肇庆市××电子商务有限公司"],
    [2, "村级电子商务服务站点建设", 95, "建成村级站点56个", "2021年5月", null],
    [3, "电子商务培训", 60, "累计培训4,260人次", "持续开展", null],
    [4, "农村物流配送体系", 80, "行政村快递覆盖率100%", "2020年12月", "与邮政合作共同配送"],
    [5, "农产品品牌培育及溯源体系", 85, "完成“鼎湖山泉”等区域公共品牌及溯源平台", "2021年3月", null],
  ];
  for (const it of items) s.add([it[0], it[1], it[2].toFixed(2), it[3], it[4], it[5]]);
  const contractSum = sum(items.map((x) => x[2]));
  s.add(["合计", null, contractSum.toFixed(2), null, null, null]);
  s.blank();
  r = s.add(["三、资金管理情况"]); s.mergeRow(r);
  r = s.add(["资金管理制度", "已制定（《鼎湖区省级电子商务进农村综合示范专项资金管理办法》，鼎商〔2019〕12号）"]); s.merge(r, 1, r, 5);
  r = s.add(["资金专用台账", "已建立（专人负责，按项目逐笔登记）"]); s.merge(r, 1, r, 5);
  r = s.add(["是否专户（专账）核算", "是"]); s.merge(r, 1, r, 5);
  s.blank();
  r = s.add(["四、主观评分项自评（按省考评评分标准）"]); s.mergeRow(r);
  r = s.add(["评分标准", null, null, null, "分值范围", "自评分"]); s.merge(r, 0, r, 3);
  r = s.add(["建立科学有效的资金管理制度且得到有效落实", null, null, null, "1-5分", 5]); s.merge(r, 0, r, 3);
  r = s.add(["项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况", null, null, null, "1-5分", 4]); s.merge(r, 0, r, 3);
  r = s.add(["资金支出率70%以上，且根据创建进度及时拨付", null, null, null, "1-5分", "5分"]); s.merge(r, 0, r, 3);
  s.blank();
  r = s.add(["五、审核意见"]); s.mergeRow(r);
  r = s.add(["区商务局意见", "经核实，项目资金使用符合规定，申请按上述数据清算。　　（盖章）　2021年9月3日"]); s.merge(r, 1, r, 5);
  r = s.add(["区财政局审核意见", "经审核，数据属实，同意清算。结余资金按规定继续用于本项目。　　（盖章）　2021年9月10日"]); s.merge(r, 1, r, 5);
  r = s.add(["经办人：黄××　　　审核人：邓××　　　联系电话：0758-26××××"]); s.mergeRow(r);
  // self-checks on the 大写 amounts
  assert(daxie(alloc) === 5000000, "daxie alloc");
  assert(daxie(match) === 1000000, "daxie match");
  assert(daxie(spent) === 3876500, "daxie spent");
  assert(daxie(left) === 1123500, "daxie left");
  assert(daxie(spent) + daxie(left) === daxie(alloc), "spent+left");
  assert((daxie(spent) / daxie(alloc) * 100).toFixed(2) === "77.53", "rate");
  assert(contractSum === 500, "contract sum");
  return {
    description: "鼎湖区（肇庆）商务局报区财政局的《财政专项资金项目清算审核表》当事实表交：表单式，金额单位元，资金情况按“项目｜金额（大写）｜金额（小写）”三栏填——省级下达“人民币伍佰万元整／￥5,000,000.00”，而“省级资金累计拨付（截至2021年8月31日）”只填了大写“人民币叁佰捌拾柒万陆仟伍佰元整”、小写格空着；区级配套100万元（注明不纳入省考评）、结余、支出率77.53%、合同金额（万元）合计都不是输入；中心运营日期、培训人次、快递覆盖写在“建设内容完成情况”小表的完成情况里；主观项自评照抄评分标准原文（最后一项写“5分”）；两处审核日期（9月3日、9月10日）不是截止日。无领导信息，无逐项自评分表。",
    sheets: [s.json()],
    expect: {
      facts: {
        county: "鼎湖区",
        asOf: "2021-08-31",
        fundAllocated: 5000000,
        fundSpentStated: 3876500,
        overallProgress: 0.85,
        centerOpened: "2020-06-18",
        trainingPersonTimesStated: 4260,
        expressCoverage: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
      },
      judged: { "fund.system": 5, "fund.ledger": 4, "fund.spending": 5 },
    },
  };
}

// ======================================================================
// L1 赤坎区：专栏 RSS 订阅源原文 + 直播基地场地排期（日期×时段）
// ======================================================================
function l1() {
  const note = new Sheet("说明", 1);
  note.add(["赤坎区经济和信息化局（商务）电商股　台账补充说明"]);
  note.add(["1.《专栏订阅源（RSS）》：区政府网站运维组提供的“电子商务进农村综合示范”专栏RSS订阅源原文（2021年9月10日生成），直接粘贴。一个<item>就是专栏发布的一条信息，发布时间看<pubDate>（北京时间，+0800）。"]);
  note.add(["2.《直播基地场地排期》：区电商直播基地多功能厅的排期表，只列有安排的日期。只有写“电商培训”的是示范项目培训，“实到n人”为当场签到人数（人次）。"]);
  note.add(["经办：吴××　2021年9月10日"]);

  const rss = new Sheet("专栏订阅源（RSS）", 1);
  const items = [
    ["2021-09-10", "09:30:00", "赤坎区电子商务进农村综合示范项目建设进度（2021年8月）", "建设进度"],
    ["2021-08-19", "15:20:00", "赤坎区电子商务进农村综合示范项目建设进度（2021年7月）", "建设进度"],
    ["2021-07-21", "10:05:00", "赤坎区电子商务进农村综合示范项目建设进度（2021年6月）", "建设进度"],
    ["2021-06-15", "07:45:00", "赤坎区电子商务进农村综合示范项目建设进度（2021年5月）", "建设进度"],
    ["2021-05-20", "16:00:00", "赤坎区电子商务进农村综合示范项目建设进度（2021年4月）", "建设进度"],
    ["2021-04-16", "11:10:00", "赤坎区电子商务进农村综合示范项目建设进度（2021年3月）", "建设进度"],
    ["2021-03-01", "06:58:00", "赤坎区电子商务进农村综合示范项目建设进度（2021年1—2月）", "建设进度"],
    ["2021-01-11", "09:00:00", "赤坎区电子商务进农村综合示范项目建设进度（2020年12月）", "建设进度"],
    ["2020-12-15", "14:30:00", "赤坎区电子商务进农村综合示范项目建设进度（2020年11月）", "建设进度"],
    ["2020-11-18", "10:00:00", "赤坎区电子商务进农村综合示范项目建设进度（2020年10月）", "建设进度"],
    ["2020-10-16", "08:40:00", "赤坎区电子商务进农村综合示范项目建设进度（2020年9月）", "建设进度"],
    ["2020-09-01", "07:30:00", "赤坎区电子商务进农村综合示范项目建设进度（2020年8月）", "建设进度"],
    ["2020-08-20", "10:05:00", "赤坎区电子商务进农村综合示范工作监督举报渠道", "监督举报"],
    ["2020-08-20", "10:00:00", "赤坎区电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2019-12-30", "16:20:00", "关于印发《湛江市赤坎区电子商务进农村综合示范工作方案》的通知", "创建方案"],
  ];
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    "<title>湛江市赤坎区人民政府门户网站 - 电子商务进农村综合示范</title>",
    "<link>http://www.chikan.gov.cn/zwgk/ztzl/dzsw/</link>",
    "<description>赤坎区电子商务进农村综合示范专栏</description>",
    "<language>zh-cn</language>",
    `<pubDate>${rfc822("2021-09-10", "16:05:12")}</pubDate>`,
    `<lastBuildDate>${rfc822("2021-09-10", "16:05:12")}</lastBuildDate>`,
    '<atom:link href="http://www.chikan.gov.cn/zwgk/ztzl/dzsw/rss.xml" rel="self" type="application/rss+xml"/>',
    "<ttl>60</ttl>",
  ];
  for (const h of head) rss.add([h]);
  let pid = 1523870;
  for (const [d, t, title, cat] of items) {
    pid -= ri(200, 3000);
    rss.add([`<item><title><![CDATA[${title}]]></title><link>http://www.chikan.gov.cn/zwgk/ztzl/dzsw/content/post_${pid}.html</link><category>${cat}</category><pubDate>${rfc822(d, t)}</pubDate><guid isPermaLink="false">ck-dzsw-${pid}</guid></item>`]);
  }
  rss.add(["</channel>"]);
  rss.add(["</rss>"]);
  const rssRecords = items.map(([d]) => ({ date: d }));
  // trap self-check: three items fall on the previous day (or month) in UTC
  const shifted = items.filter(([, t]) => Number(t.slice(0, 2)) < 8).map(([d]) => d);
  assert(shifted.length === 3 && shifted.includes("2020-09-01") && shifted.includes("2021-03-01"), "utc traps");

  const g = new Sheet("直播基地场地排期", 6);
  let r = g.add(["赤坎区电商直播基地多功能厅场地排期表（2020年9月—2021年9月）"]); g.mergeRow(r);
  r = g.add(["只列有安排的日期。“电商培训”为示范项目电商培训，“实到n人”为当场签到人数；直播、会议、参观接待、分享会不是培训；标“取消”的未举办。"]); g.mergeRow(r);
  g.add(["日期", "星期", "上午（9:00—12:00）", "下午（14:30—17:30）", "晚上（19:30—21:30）", "登记"]);
  // [iso, shown, am, pm, eve]
  const T = (n, topic, k) => `电商培训·第${n}期 ${topic}（实到${k}人）`;
  const days = [
    ["2020-09-17", D("2020-09-17"), T(1, "农村电商基础", 46), "直播带货（商家自用）", null],
    ["2020-09-25", "2020/9/25", "区经信局工作会议", null, null],
    ["2020-10-15", "2020.10.15", T(2, "网店开设与运营", 52), T(3, "网店开设与运营", 49), null],
    ["2020-10-28", "2020年10月28日", "参观接待（湛江市商务局）", "直播带货（商家自用）", null],
    ["2020-11-12", "2020.11.12", null, T(4, "短视频拍摄", 41), null],
    ["2020-12-03", D("2020-12-03"), T(5, "直播带货入门", 58), null, "电商培训·第6期 夜校：网店客服（实到33人）"],
    ["2021-01-14", "20210114", "电商培训·第7期（取消，改为线上）", null, null],
    ["2021-01-21", "2021/1/21", "年货节直播（商家自用）", "年货节直播（商家自用）", "年货节直播（商家自用）"],
    ["2021-03-18", "2021.3.18", T(8, "农产品品牌与包装", 44), null, null],
    ["2021-04-22", "2021年4月22日", null, T(9, "社区团购运营", 39), null],
    ["2021-05-13", D("2021-05-13"), T(10, "直播带货提升", 50), "区直单位参观", null],
    ["2021-06-24", "2021.6.24", T(11, "跨境电商入门", 37), null, "电商培训·第12期 夜校：短视频剪辑（实到29人）"],
    ["2021-07-15", "2021/7/15", "暑期“青年电商”分享会（共青团赤坎区委主办，实到80人）", null, null],
    ["2021-08-26", "2021.8.26", T(13, "直播带货实操", 55), "直播带货（商家自用）", null],
    ["2021-09-09", "2021.9.9", T(14, "电商政策解读", 48), null, null],
  ];
  const trRecords = [];
  let sessions = 0, people = 0;
  for (const [iso, shown, am, pm, eve] of days) {
    g.add([shown, WD_CN[dow(iso)], am, pm, eve, "吴"]);
    for (const cell of [am, pm, eve]) {
      if (!cell) continue;
      const m = /^电商培训.*实到(\d+)人/.exec(cell);
      if (m && !/取消/.test(cell)) { trRecords.push({ date: iso, personTimes: Number(m[1]) }); sessions++; people += Number(m[1]); }
    }
  }
  g.blank();
  r = g.add([`小结：电商培训共${sessions}期（不含取消的第7期），实到合计${people}人次。`]); g.mergeRow(r);
  r = g.add(["登记：吴××（电商直播基地）"]); g.mergeRow(r);
  assert(sessions === 13 && trRecords.length === 13, "l1 sessions " + sessions);
  return {
    description: "赤坎区（湛江）经信局电商股交的两张“非台账”加说明页：①《专栏订阅源（RSS）》是区政府网站运维组给的专栏RSS原文，直接粘进A列一行一格（XML声明、<channel>头、每条<item>压成一行：CDATA标题、链接、<category>、<pubDate>、<guid>）——记录＝每个<item>，日期取<pubDate>的北京时间日期（RFC 822“Tue, 01 Sep 2020 07:30:00 +0800”式，三条在早上8点前，换成UTC会落到前一天，其中2020-09-01和2021-03-01还会跨月）；<channel>自己的<pubDate>／<lastBuildDate>不是记录；按倒序排。②《直播基地场地排期》是日期×时段（上午｜下午｜晚上）格子表，只列有安排的日期（日期有真日期、2020/9/25、2020.10.15、2020年10月28日、20210114），一格一项活动：只有“电商培训·第n期…（实到n人）”是培训场次（同一天上午、下午或晚上可有两期），直播带货、会议、参观、共青团分享会（虽写实到80人）和“第7期（取消）”都不是；9月9日第14期在截止日后仍列为记录；表尾小结不是记录。",
    sheets: [note.json(), rss.json(), g.json()],
    expect: {
      sheets: {
        "说明": { kind: null },
        "专栏订阅源（RSS）": { kind: "disclosures", records: rssRecords },
        "直播基地场地排期": { kind: "training", records: trRecords },
      },
    },
  };
}

// ======================================================================
// L2 潮南区：邮政报来的站点收寄业务量月报（月份为列）+ 按镇汇总 + 省定贫困村出列验收表
// ======================================================================
function l2() {
  const months = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
  // [town, villageAsWritten, stationName, openedIso, openedShown, poor, note]
  const st = [
    ["峡山街道", "桃溪社区", "峡山街道桃溪社区邮乐购站", "2020-06-18", "2020.6.18", false, "社区站点"],
    ["峡山街道", "东泰村", "峡山街道东泰村邮乐购站", "2020-10-09", "2020/10/9", false, null],
    ["陈店镇", "溪口村委会", "陈店镇溪口村邮乐购站", "2020-09-21", D("2020-09-21"), false, null],
    ["陈店镇", "溪口村", "陈店镇溪口村电商服务站（二）", "2021-04-12", "2021年4月12日", false, "同村第二个站点"],
    ["陈店镇", "沟湖村", "陈店镇沟湖村邮乐购站", "2020-11-03", "2020.11.3", false, null],
    ["司马浦镇", "大寮村", "司马浦镇大寮村邮乐购站", "2020-12-08", "2020年12月8日", false, null],
    ["司马浦镇", "司下村民委员会", "司马浦镇司下村邮乐购站", "2021-01-15", "20210115", true, null],
    ["司马浦镇", "仙门城村", "司马浦镇仙门城村邮乐购站", "2021-03-02", "2021-3-2", false, null],
    ["两英镇", "古溪村", "两英镇古溪村邮乐购站", "2020-09-08", D("2020-09-08"), false, null],
    ["两英镇", "鹤丰村委会", "两英镇鹤丰村邮乐购站", "2020-10-20", "2020/10/20", true, null],
    ["两英镇", "圆山村", "两英镇圆山村邮乐购站", "2021-05-06", "2021.5.6", true, null],
    ["仙城镇", "深溪村", "仙城镇深溪村邮乐购站", "2020-11-25", "2020年11月25日", false, null],
    ["仙城镇", "波美村", "仙城镇波美村邮乐购站", "2021-06-17", D("2021-06-17"), true, null],
    ["胪岗镇", "上盐村", "胪岗镇上盐村邮乐购站", "2020-12-22", "2020.12.22", false, null],
    ["胪岗镇", "新庆村民委员会", "胪岗镇新庆村邮乐购站", "2021-02-03", "20210203", false, null],
    ["成田镇", "家美村", "成田镇家美村邮乐购站", "2020-09-28", "2020/9/28", false, null],
    ["成田镇", "简朴村", "成田镇简朴村邮乐购站", "2021-07-08", "2021年7月8日", true, null],
    ["红场镇", "红场村", "红场镇红场村邮乐购站", "2021-01-26", D("2021-01-26"), true, null],
    ["红场镇", "大溪坝村", "红场镇大溪坝村邮乐购站", "2021-08-30", "2021.8.30", true, "8月30日开通"],
    ["雷岭镇", "雷岭村", "雷岭镇雷岭村邮乐购站", "2020-10-14", "2020.10.14", true, null],
    ["雷岭镇", "茶园村委会", "雷岭镇茶园村邮乐购站", "2021-09-02", "2021/9/2", true, "9月开通，本期无业务量"],
    ["井都镇", "神山村", "井都镇神山村邮乐购站", "2020-11-17", "2020年11月17日", false, null],
    ["井都镇", "古埕村", "井都镇古埕村邮乐购站", "2021-04-27", "2021-4-27", false, null],
    ["陇田镇", "东华村", "陇田镇东华村邮乐购站", "2020-12-30", D("2020-12-30"), false, null],
    ["陇田镇", "田东村", "陇田镇田东村邮乐购站", "2021-03-23", "2021.3.23", false, null],
  ];
  const s = new Sheet("站点业务量（邮政报）", 19);
  let r = s.add(["潮南区村级电商服务站点（邮乐购·快递进村）收寄业务量月报表"]); s.mergeRow(r);
  r = s.add(["报送单位：中国邮政集团有限公司汕头市潮南区分公司　　统计期：2020年9月—2021年8月　　单位：件（收、寄合计）"]); s.mergeRow(r);
  const h1 = s.add(["序号", "镇（街道）", "所在村（居）", "站点名称", "开通日期", "月度收寄量（件）", null, null, null, null, null, null, null, null, null, null, null, "合计", "备注"]);
  const h2 = s.add([null, null, null, null, null, "2020年", null, null, null, "2021年"]);
  s.add([null, null, null, null, null, "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月"]);
  for (const c of [0, 1, 2, 3, 4, 17, 18]) s.merge(h1, c, h1 + 2, c);
  s.merge(h1, 5, h1, 16); s.merge(h2, 5, h2, 8); s.merge(h2, 9, h2, 16);
  const monthTot = months.map(() => 0); let grand = 0;
  const records = [];
  const byTown = {};
  st.forEach((x, i) => {
    const [town, vil, name, iso, shown, poor, note] = x;
    const openMonth = iso.slice(0, 7);
    const vols = months.map((m) => (m < openMonth ? "—" : (m === openMonth ? ri(20, 120) : ri(180, 900))));
    const tot = sum(vols.filter((v) => typeof v === "number"));
    vols.forEach((v, k) => { if (typeof v === "number") monthTot[k] += v; });
    grand += tot;
    s.add([i + 1, town, vil, name, shown, ...vols, tot, note]);
    records.push({ village: vil, opened: iso });
    const b = byTown[town] || (byTown[town] = { n: 0, poor: 0, vol: 0 });
    b.n++; if (poor) b.poor++; b.vol += tot;
  });
  s.add(["合计", null, `${st.length}个站点`, null, null, ...monthTot, grand, null]);
  s.blank();
  r = s.add(["注：1.开通日期以邮政系统开通站点收寄权限的日期为准；2.“—”表示当月站点未开通；3.本表由邮政潮南区分公司按月报送，区商务局电商股汇总。"]); s.mergeRow(r);
  r = s.add(["填报人：蔡××（邮政潮南区分公司渠道部）　　审核：区商务局电商股 林××"]); s.mergeRow(r);

  const sum2 = new Sheet("按镇汇总", 4);
  r = sum2.add(["各镇（街道）站点及业务量汇总"]); sum2.mergeRow(r);
  sum2.add(["镇（街道）", "站点数（个）", "其中省定贫困村站点（个）", "2020年9月—2021年8月收寄量（件）"]);
  let tn = 0, tp = 0, tv = 0;
  for (const [town, b] of Object.entries(byTown)) { sum2.add([town, b.n, b.poor, b.vol]); tn += b.n; tp += b.poor; tv += b.vol; }
  sum2.add(["合计", tn, tp, tv]);
  assert(tn === st.length && tv === grand, "l2 summary");

  // 省定贫困村出列验收
  const pv = new Sheet("省定贫困村出列验收", 8);
  r = pv.add(["潮南区省定贫困村脱贫出列验收情况表"]); pv.mergeRow(r);
  r = pv.add(["填报单位：潮南区乡村振兴局（原区扶贫开发办公室）　　　　2021年3月"]); pv.mergeRow(r);
  pv.add(["序号", "镇（街道）", "村名", "建档立卡贫困户（户）", "贫困人口（人）", "出列验收时间", "验收结论", "备注"]);
  const pvs = [
    ["司马浦镇", ["司下村民委员会"]],
    ["两英镇", ["鹤丰村委会", "圆山村", "风华村"]],
    ["仙城镇", ["波美村", "仙港村委会"]],
    ["成田镇", ["简朴村", "上崎村"]],
    ["红场镇", ["红场村", "大溪坝村", "林招村民委员会", "新楼村"]],
    ["雷岭镇", ["雷岭村", "茶园村委会", "坪上村", "乌石村"]],
    ["井都镇", ["浮岗村"]],
    ["陇田镇", ["华林村"]],
  ];
  const pvRecords = []; let n = 0, hh = 0, pp = 0;
  const acc = ["2020年11月", "2020.12.18", "2020年12月"];
  for (const [town, vs] of pvs) {
    const start = pv.rows.length;
    vs.forEach((v, k) => {
      n++; const h = ri(18, 75); const p = h * 3 + ri(0, 20); hh += h; pp += p;
      pv.add([n, k === 0 ? town : null, v, h, p, acc[n % 3], "达标出列", null]);
      pvRecords.push({ name: v });
    });
    if (vs.length > 1) pv.merge(start, 1, start + vs.length - 1, 1);
  }
  pv.add(["合计", null, `${n}个村`, hh, pp, null, null, null]);
  r = pv.add(["注：面上村（非省定贫困村）贫困户不在本表统计；村名按验收文件原样填写。"]); pv.mergeRow(r);
  assert(n === 18, "l2 poor villages 18");
  // every poor-flagged station village is in the poor list (consistency)
  const norm = (v) => v.replace(/(村民委员会|村委会|村)$/, "");
  const pvSet = new Set(pvRecords.map((x) => norm(x.name)));
  for (const x of st) if (x[5]) assert(pvSet.has(norm(x[1])), "poor station village in list " + x[1]);

  return {
    description: "潮南区（汕头）商务局电商股交的三张表：①邮政潮南区分公司按月报来的《村级电商服务站点收寄业务量月报表》当站点台账——三行表头（“月度收寄量（件）”合并在上，“2020年”“2021年”合并在中，9月…8月在下），一站一行，12个月份列里是件数、未开通的月份写“—”，另有合计列和表尾合计行（“25个站点”写在村名列）、注和填报人行；记录＝每个站点，村取“所在村（居）”（溪口村委会／溪口村同一村两个站点都是记录，桃溪社区是社区站点也照列），开通日期写法混杂（真日期、2020/10/9、2020.11.3、2020年12月8日、20210115、2021-3-2），8月30日开通的站点当月只有零星件数，9月2日开通的站点整行“—”、合计0，仍是记录；月份列的数字不是日期也不是站点。②《按镇汇总》是统计表，不是台账。③区乡村振兴局的《省定贫困村脱贫出列验收情况表》当省定贫困村清单——镇列纵向合并，村名有“村委会”“村民委员会”写法，出列验收时间不是建站时间，合计行“18个村”不是村。",
    sheets: [s.json(), sum2.json(), pv.json()],
    expect: {
      sheets: {
        "站点业务量（邮政报）": { kind: "stations", records },
        "按镇汇总": { kind: null },
        "省定贫困村出列验收": { kind: "poorVillages", records: pvRecords },
      },
    },
  };
}

// ======================================================================
// C1 高明区：整本工作簿，事实表是《重点工作“5W2H”梳理表》
// ======================================================================
function c1() {
  const sheets = [];
  // ---------- 目录
  const toc = new Sheet("目录", 3);
  toc.add(["佛山市高明区电子商务进农村综合示范创建考评台账（目录）", null, null]); toc.merge(0, 0, 0, 2);
  toc.add(["序号", "表名", "提供单位"]);
  const tocList = [
    ["5W2H梳理表", "区经科局电商股"], ["村（居）委会赋码名单", "区民政局"], ["站点台账", "区经科局、各镇（街道）"],
    ["培训开展情况", "区电商公共服务中心"], ["脱贫户专场签到", "区电商公共服务中心"], ["相对贫困人口名单", "区乡村振兴局"],
    ["产业园入驻企业", "园区运营方"], ["资金拨付台账", "区经科局、区财政局"], ["月报报送登记", "区经科局电商股"],
    ["专栏更新记录", "区经科局电商股"], ["宣传报道", "区融媒体中心、区经科局"], ["经验材料", "区经科局电商股"],
  ];
  tocList.forEach(([n, u], i) => toc.add([i + 1, n, u]));
  sheets.push(toc);

  // ---------- villages
  const towns = [
    ["荷城街道", ["范洲", "塘肚", "仙村", "官当", "江湾", "坝塘", "升平", "新岗", "文昌", "沧江"], ["西安", "江南", "东洲", "富湾", "沙田", "明华", "高明", "荷香", "泰和", "江景"]],
    ["杨和镇", ["对川", "伦埇", "杨和", "河江", "杨梅", "丽堂", "宅布", "石岩", "水井", "秀丽", "清平"], ["杨和"]],
    ["明城镇", ["明城", "明东", "明西", "城八", "罗稳", "上凌", "新圩", "光明", "深水", "塘口", "潭朗", "海寿"], ["明富"]],
    ["更合镇", ["更楼", "合水", "白石", "小洞", "布练", "平塘", "新塘", "歌乐", "朗锦", "吉田", "高村", "良村", "宝塘"], []],
  ];
  const vil = new Sheet("村（居）委会赋码名单", 7);
  let r = vil.add(["佛山市高明区基层群众性自治组织特别法人统一社会信用代码赋码名单"]); vil.mergeRow(r);
  r = vil.add(["（区民政局提供，2021年6月；“快递进村”一栏由区经科局电商股会同邮政管理部门补填）"]); vil.mergeRow(r);
  vil.add(["序号", "统一社会信用代码", "组织名称", "所属镇（街道）", "负责人", "赋码日期", "快递进村"]);
  const villageBases = []; // administrative villages (base names)
  let vn = 0; const SUR = ["梁", "何", "区", "谭", "冯", "陆", "麦", "黎", "严", "苏"];
  const CODECH = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let communities = 0; let noExpress = [];
  for (const [town, vs, cs] of towns) {
    const ordered = [];
    vs.forEach((v) => ordered.push(["v", v])); cs.forEach((c) => ordered.push(["c", c]));
    // interleave communities first for 荷城 (as the 民政 list does: 社区 first)
    if (town === "荷城街道") ordered.sort((a, b) => (a[0] === b[0] ? 0 : a[0] === "c" ? -1 : 1));
    for (const [t, base] of ordered) {
      vn++;
      let code = "54440608"; for (let k = 0; k < 10; k++) code += CODECH[ri(0, CODECH.length - 1)];
      const full = t === "v" ? `佛山市高明区${town}${base}村民委员会` : `佛山市高明区${town}${base}社区居民委员会`;
      let ex = "✓";
      if (t === "v" && base === "歌乐") { ex = "✗（快递点设在邻村合水村，未进村）"; noExpress.push(base); }
      vil.add([vn, code, full, town, SUR[vn % SUR.length] + "××", vn % 3 ? "2018年5月" : "2018年6月", ex]);
      if (t === "v") villageBases.push(base); else communities++;
    }
  }
  r = vil.add([`注：村民委员会${villageBases.length}个、社区居民委员会${communities}个，共${vn}个；本区无省定贫困村。`]); vil.mergeRow(r);
  sheets.push(vil);
  assert(villageBases.length === 46 && communities === 12, "village counts");

  // ---------- stations
  const uncovered = new Set(["文昌", "沧江", "杨和", "清平", "秀丽", "海寿", "潭朗", "深水", "宝塘", "吉田", "高村", "良村", "朗锦", "歌乐"]);
  const townOf = {}; for (const [t, vs] of towns) for (const v of vs) townOf[v] = t;
  const covered = villageBases.filter((v) => !uncovered.has(v));
  assert(covered.length === 32, "covered 32");
  const suffixes = ["村", "村委会", "村", "村民委员会", "村", "村委"];
  const dateStyles = [
    (iso) => D(iso),
    (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${y}.${m}.${d}`; },
    (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${y}年${m}月${d}日`; },
    (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${y}/${m}/${d}`; },
    (iso) => iso.replace(/-/g, ""),
  ];
  const stRows = []; // [town, villageWritten, base, isoOrMonth, shown, name, isAdminInList]
  covered.forEach((b, i) => {
    const mo = 5 + (i % 16); // spread 2020-05 .. 2021-08
    const y = mo <= 12 ? 2020 : 2021; const m = mo <= 12 ? mo : mo - 12;
    let iso = `${y}-${pad2(m)}-${pad2(3 + ((i * 7) % 25))}`;
    let shown = dateStyles[i % dateStyles.length](iso);
    if (b === "新塘") { iso = "2021-08"; shown = "2021年8月"; }
    stRows.push([townOf[b], b + suffixes[i % suffixes.length], b, iso, shown, `${b}村电子商务服务站`, true]);
  });
  // extras
  stRows.push(["杨和镇", "对川村", "对川", "2021-04-16", "2021.4.16", "对川村益农电商服务点（二）", true]);
  stRows.push(["杨和镇", "杨和社区", "杨和社区", "2020-10-22", "2020.10.22", "杨和社区电子商务服务站", false]);
  stRows.push(["荷城街道", "西安社区", "西安社区", "2020-07-09", D("2020-07-09"), "西安社区电商便民服务点", false]);
  stRows.push(["更合镇", "宝塘村", "宝塘", "2021-09-03", "2021.9.3", "宝塘村电子商务服务站", true]);
  stRows.push(["更合镇", "更合林场", "更合林场", "2021-03-25", "2021年3月25日", "更合林场电商服务点", false]);
  // order by town, keep covered order otherwise
  const townOrder = towns.map((t) => t[0]);
  stRows.sort((a, b) => townOrder.indexOf(a[0]) - townOrder.indexOf(b[0]));
  const sta = new Sheet("站点台账", 9);
  r = sta.add(["高明区村级电子商务服务站点台账"]); sta.mergeRow(r);
  r = sta.add(["填报单位：高明区经济和科技促进局　　　　截至2021年9月10日"]); sta.mergeRow(r);
  sta.add(["序号", "站点名称", "镇（街道）", "所在村（社区）", "详细地址", "负责人", "联系电话", "挂牌时间", "服务内容"]);
  stRows.forEach((x, i) => {
    sta.add([i + 1, x[5], x[0], x[1], `${x[0]}${x[2].endsWith("社区") || x[2].endsWith("林场") ? x[2] : x[2] + "村"}${ri(1, 88)}号`, SUR[(i + 3) % SUR.length] + "××", "13" + String(ri(100000000, 999999999)), x[4], "代购代销、快递收发、便民缴费"]);
  });
  r = sta.add([`合计：${stRows.length}个站点`]); sta.mergeRow(r);
  r = sta.add(["注：挂牌时间以镇（街道）验收挂牌为准；更合林场为国有林场，不属村（居）委会。"]); sta.mergeRow(r);
  sheets.push(sta);
  // coverage self-check
  const adminSet = new Set(villageBases);
  const cov = new Set(); let covIfLate = new Set();
  for (const x of stRows) {
    if (!adminSet.has(x[2])) continue;
    if (le(x[3])) cov.add(x[2]);
    covIfLate.add(x[2]);
  }
  assert(cov.size === 32, "coverage 32 got " + cov.size);
  const covRate = cov.size / Math.min(46, 200);
  const coverageVillagePts = cov.size * 100 >= 46 * 70 ? 5 : cov.size * 100 >= 46 * 50 ? 2 : 0;
  assert(coverageVillagePts === 2 && covIfLate.size === 33 && covIfLate.size * 100 >= 46 * 70, "coverage trap");

  // ---------- training sessions
  const sessions = [
    [1, "2020-05-21", "2020.5.21", "农村电商基础", "镇村干部、农户", "区电商公共服务中心", 280],
    [2, "2020-06-18", D("2020-06-18"), "网店开设与运营", "返乡青年", "区电商公共服务中心", 265],
    [3, "2020-07", "2020年7月", "直播带货入门", "合作社、农户", "明城镇文化站", 310],
    [4, "2020-08-13", "2020.8.13", "短视频拍摄", "电商从业者", "区电商公共服务中心", 245],
    [5, "2020-09-17", D("2020-09-17"), "农产品品牌建设", "农业企业", "区电商公共服务中心", 300],
    [6, "2020-10-23", "2020.10.22-23", "电商运营提升班（两天）", "电商企业", "区电商公共服务中心", 188],
    [7, "2020-11-19", "2020年11月19日", "农村电商基础（杨和镇）", "农户", "杨和镇政府", 320],
    [8, "2020-12-10", "2020/12/10", "农村电商基础（明城镇）", "农户", "明城镇政府", 296],
    [9, "2021-01-14", "2021.1.14", "年货节直播实操", "商家、农户", "区电商公共服务中心", 260],
    [10, "2021-03-11", D("2021-03-11"), "农村电商基础（更合镇）", "农户", "更合镇政府", 315],
    [11, "2021-04-15", "2021.4.15", "社区团购运营", "返乡青年", "区电商公共服务中心", 240],
    [12, "2021-05-20", "2021.5.20", "脱贫户电商专场", "建档立卡相对贫困人口", "区电商公共服务中心", 16],
    [13, "2021-06-10", "2021年6月10日", "直播带货提升", "电商从业者", "区电商公共服务中心", 330],
    [14, "2021-06-24", "2021/6/24", "跨境电商入门", "电商企业", "区电商公共服务中心", 210],
    [15, "2021-07-15", "2021.7.15", "农村电商基础（荷城街道）", "农户", "荷城街道办", 340],
    [16, "2021-08-05", D("2021-08-05"), "短视频进阶", "电商从业者", "区电商公共服务中心", 285],
    [17, "2021-08-19", "2021.8.19", "电商创业分享", "返乡青年", "区电商公共服务中心", 290],
    [18, "2021-08-26", "2021年8月26日", "农产品网销", "合作社", "区电商公共服务中心", 300],
    [19, "2021-09-01", "2021.8.30-9.1", "直播带货实训营（三天）", "电商从业者", "区电商公共服务中心", 120],
    [20, "2021-09-10", "2021.9.10", "农村电商基础（杨和镇第二期）", "农户", "杨和镇政府", 180],
    [21, "2021-09-16", "2021.9.16", "脱贫户电商专场（二）", "建档立卡相对贫困人口", "区电商公共服务中心", 5],
  ];
  const tr = new Sheet("培训开展情况", 8);
  r = tr.add(["高明区电子商务培训开展情况登记表"]); tr.mergeRow(r);
  tr.add(["期次", "培训日期", "培训主题", "培训对象", "培训地点", "参训人次", "承办单位", "备注"]);
  for (const x of sessions) tr.add([`第${x[0]}期`, x[2], x[3], x[4], x[5], x[6], "区电商公共服务中心", x[0] === 12 || x[0] === 21 ? "签到表见《脱贫户专场签到》" : null]);
  const ptAll = sum(sessions.map((x) => x[6]));
  tr.add(["合计", null, null, null, null, ptAll, null, null]);
  r = tr.add(["注：第19期为8月30日至9月1日三天实训营，人次按签到人数计。"]); tr.mergeRow(r);
  sheets.push(tr);
  const pop = 486400;
  const ptCut = sum(sessions.filter((x) => le(x[1])).map((x) => x[6]));
  assert(ptCut === 4790 && ptAll === 5095, "pt " + ptCut + " " + ptAll);
  const base = Math.min(pop, 500000);
  const trainPts = ptCut * 100 >= base ? 10 : ptCut * 1000 >= base * 8 ? 8 : ptCut * 1000 >= base * 6 ? 6 : 0;
  assert(trainPts === 8, "train pts");
  const ptWithRange = ptCut + 120; assert(ptWithRange * 100 >= base, "range trap flips");
  assert((ptCut + 16) * 100 < base, "double count of sign-in does not flip");

  // ---------- poor persons + sign-in
  const area = "440608";
  const HH = [["梁", "何"], ["陆", "麦"], ["谭", "冯"], ["黎", "严"], ["何", "苏"], ["麦", "区"]];
  const GIVEN = ["汝平", "金凤", "志坚", "秀英", "家怡", "国强", "美玲", "树荣", "亚妹", "伟红",
    "桂兰", "永康", "丽萍", "少芳", "志敏", "惠娟", "振华", "小燕", "德胜", "月娥",
    "锦添", "秀珍", "伟明", "玉梅", "健英", "凤仪", "国平", "碧霞", "永强", "少玲"];
  const rels = ["户主", "配偶", "子女", "子女", "儿媳"];
  const persons = []; // {name,id,labour,migrant,lab,work,vill,rel}
  const vlist = ["范洲村", "对川村", "合水村", "明东村", "歌乐村", "小洞村"];
  for (let i = 0; i < 30; i++) {
    const h = Math.floor(i / 5), role = i % 5;
    const sur = role === 0 || role === 2 || role === 3 ? HH[h][0] : HH[h][1];
    const yy = role <= 1 ? 1966 + ((i * 3) % 12) : 1992 + ((i * 5) % 9);
    const mm = 1 + (i * 5) % 12, dd = 1 + (i * 11) % 28;
    const id = makeId(area, `${yy}${pad2(mm)}${pad2(dd)}`, i === 4 || i === 17);
    let labour = true, migrant = false, lab = "有劳动能力", work = ["在家务农", "区内务工", "未务工", "在家务农", "区内务工"][role];
    if ([6, 13, 22].includes(i)) { labour = false; lab = i === 13 ? "丧失劳动能力" : "无劳动能力"; work = "—"; }
    if ([9, 19, 27].includes(i)) { migrant = true; work = i === 19 ? "外出务工（省外）" : "外出务工（深圳）"; }
    persons.push({ name: sur + GIVEN[i], id, labour, migrant, lab, work, vill: vlist[h], rel: rels[role] });
  }
  assert(new Set(persons.map((p) => p.id)).size === 30, "unique ids");
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 24, "eligible 24");
  const pp = new Sheet("相对贫困人口名单", 9);
  r = pp.add(["高明区建档立卡相对贫困人口名单（区乡村振兴局提供）"]); pp.mergeRow(r);
  r = pp.add(["说明：“外出务工”指在高明区以外务工；区内务工、在家务农不属外出务工。"]); pp.mergeRow(r);
  pp.add(["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "公民身份号码", "劳动能力", "务工情况"]);
  persons.forEach((p, i) => {
    const head = persons[Math.floor(i / 5) * 5].name;
    pp.add([i + 1, townOf[p.vill.replace(/村$/, "")], p.vill, head, p.name, p.rel, p.id, p.lab, p.work]);
  });
  sheets.push(pp);

  // sign-in: session 2021-05-20 (16 rows) and 2021-09-16 (5 rows)
  const trainedIdx = [0, 1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 14]; // 12 eligible (index 4 has X)
  assert(trainedIdx.every((i) => persons[i].labour && !persons[i].migrant), "trained eligible");
  const outsiders = [
    { name: "黎桂芳", id: makeId(area, "19790412", false), vill: "明西村" },
    { name: "梁伟雄", id: makeId(area, "19850923", false), vill: "更楼村" },
  ];
  const may = [];
  trainedIdx.slice(0, 6).forEach((i) => may.push(persons[i]));
  may.push(persons[9]); // migrant
  trainedIdx.slice(6).forEach((i) => may.push(persons[i]));
  may.push(persons[6]); // no labour
  may.push(outsiders[0]); may.push(outsiders[1]);
  const sep = [persons[15], persons[16], persons[17], persons[0], persons[2]]; // 3 new eligible + 2 again
  assert(may.length === 16 && sep.length === 5, "signin sizes");
  const sg = new Sheet("脱贫户专场签到", 7);
  r = sg.add(["高明区脱贫户电子商务专场培训签到表"]); sg.mergeRow(r);
  sg.add(["序号", "培训日期", "姓名", "身份证号码", "所在村", "联系电话", "签名"]);
  let k = 0;
  may.forEach((p) => { k++; sg.add([k, "2021.5.20", p.name, p.id === persons[4].id ? p.id.replace("X", "x") : p.id, p.vill, "13" + String(ri(100000000, 999999999)), "已签"]); });
  sep.forEach((p) => { k++; sg.add([k, "2021.9.16", p.name, p.id, p.vill, "13" + String(ri(100000000, 999999999)), "已签"]); });
  r = sg.add(["（第12期16人、第21期5人）"]); sg.mergeRow(r);
  sheets.push(sg);
  assert(persons[4].id.endsWith("X"), "X id");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedSet = new Set(may.map((p) => p.id.toUpperCase()).filter((id) => eligIds.has(id)));
  assert(trainedSet.size === 12, "trained 12 got " + trainedSet.size);
  const poorRate2 = trainedSet.size * 2 >= eligible.length; // >=50%
  const poorPts = trainedSet.size * 100 >= eligible.length * 50 ? 10 : trainedSet.size * 100 >= eligible.length * 40 ? 8 : trainedSet.size * 100 >= eligible.length * 30 ? 6 : 0;
  assert(poorRate2 && poorPts === 10, "poor pts");
  assert((trainedSet.size - 1) * 100 < eligible.length * 50, "x trap flips");
  const bonusPoor = trainedSet.size * 100 >= eligible.length * 70 ? 2 : 0;
  assert(bonusPoor === 0, "bonus poor");

  // ---------- enterprises
  const ENT = [
    ["佛山市高明区明城农品电子商务有限公司", "平台型电商"], ["佛山市高明区合水优选网络科技有限公司", "销售型（网店）"],
    ["佛山市高明区荷香电子商务有限公司", "销售型（网店）"], ["佛山市高明区云采电商运营服务有限公司", "电商运营服务商"],
    ["佛山市高明区速达供应链管理有限公司", "物流快递"], ["佛山市高明区更合茶业电子商务有限公司", "销售型（网店）"],
    ["佛山市高明区星播文化传媒有限公司", "直播电商"], ["佛山市高明区杨和农产品供应链有限公司", "农产品供应链"],
    ["佛山市高明区乡味网络科技有限公司", "销售型（网店）"], ["佛山市高明区优农代运营服务有限公司", "电商运营服务商"],
    ["佛山市高明区明富物流有限公司", "物流快递"], ["佛山市高明区绿源生态农业电商有限公司", "销售型（网店）"],
    ["佛山市高明区沧江网络科技有限公司", "平台型电商"], ["佛山市高明区新圩直播电商有限公司", "直播电商"],
    ["佛山市高明区白石农特产电子商务有限公司", "销售型（网店）"], ["佛山市高明区丽堂文化传播有限公司", "电商运营服务商"],
    ["佛山市高明区水井云仓仓储服务有限公司", "物流快递"], ["佛山市高明区小洞农业科技有限公司", "销售型（网店）"],
    ["佛山市高明区罗稳电子商务有限公司", "销售型（网店）"], ["佛山市高明区上凌网络科技有限公司", "销售型（网店）"],
    ["佛山市高明区布练电商有限公司", "销售型（网店）"], ["佛山市高明区平塘直播科技有限公司", "直播电商"],
  ];
  const codes = ENT.map(() => { let c = "91440608"; for (let j = 0; j < 10; j++) c += CODECH[ri(0, CODECH.length - 1)]; return c; });
  // rows: [idx, entered(iso), enteredShown, left(iso|null), leftShown, room, note]
  const entRows = [];
  const entDates = ["2020-06-15", "2020-06-15", "2020-07-01", "2020-07-20", "2020-08-03", "2020-08-18", "2020-09-10", "2020-10-12", "2020-11-02", "2020-11-20",
    "2020-12-08", "2021-01-05", "2021-01-18", "2021-03-01", "2021-03-22", "2021-04-12", "2021-05-10", "2021-06-01", "2021-07-05", "2021-08"];
  for (let i = 0; i < 20; i++) {
    const iso = entDates[i];
    const shown = iso === "2021-08" ? "2021年8月" : dateStyles[i % dateStyles.length](iso);
    let left = null, leftShown = null, note = null;
    if (i === 11) { left = "2021-09"; leftShown = "2021年9月"; note = "9月退园（合同到期）"; }
    entRows.push([i, iso, shown, left, leftShown, `${i < 10 ? "A" : "B"}栋${100 + (i % 10) * 2 + 1}`, note]);
  }
  // index 4 (速达) moved within the park: first row left 2021-02-28, second row same code re-entered 2021-03-01
  entRows[4][3] = "2021-02-28"; entRows[4][4] = "2021.2.28"; entRows[4][6] = "迁至B栋123";
  entRows.push([4, "2021-03-01", "2021.3.1", null, null, "B栋123", "由A栋109迁入（同一企业）"]);
  entRows.push([20, "2020-09-01", "2020.9.1", "2021-04-30", "2021.4.30", "A栋121", "已退园"]);
  entRows.push([21, "2021-09-06", "2021.9.6", null, null, "B栋121", "9月新入驻"]);
  const ent = new Sheet("产业园入驻企业", 8);
  r = ent.add(["高明区电子商务产业园入驻企业花名册"]); ent.mergeRow(r);
  r = ent.add(["园区运营方：佛山市高明区云采电商运营服务有限公司　　更新日期：2021年9月8日"]); ent.mergeRow(r);
  ent.add(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "楼栋房号", "备注"]);
  entRows.forEach((x, j) => ent.add([j + 1, ENT[x[0]][0], codes[x[0]], ENT[x[0]][1], x[2], x[4], x[5], x[6]]));
  sheets.push(ent);
  const inPark = new Set(); const types = new Set();
  for (const x of entRows) {
    const entered = x[1]; const left = x[3];
    if (!le(entered)) continue;
    if (left && left < CUT && left.length === 10) continue;
    if (left && left.length === 7 && left < CUT.slice(0, 7)) continue;
    inPark.add(codes[x[0]]);
  }
  for (const c of inPark) { const i = codes.indexOf(c); const t = ENT[i][1]; types.add(/平台/.test(t) ? "平台" : /销售|网店/.test(t) ? "销售" : /运营/.test(t) ? "运营" : /物流|快递|仓/.test(t) ? "物流" : t); }
  assert(inPark.size === 20, "in park 20 got " + inPark.size);
  assert(types.size >= 3, "types");

  // ---------- funds (万元)
  const funds = [
    ["2020-07-15", "2020.7.15", "区电子商务公共服务中心建设（首付款）", "佛山市高明区云采电商运营服务有限公司", 54.00],
    ["2020-09-28", "2020.9.28", "村级站点建设补助（第一批）", "各站点（汇总拨付至镇财政所）", 36.50],
    ["2020-11-20", "2020.11.20", "电商培训服务费（一期）", "区电商公共服务中心", 28.00],
    ["2020-12-30", "2020.12.30", "区电子商务公共服务中心建设（进度款）", "佛山市高明区云采电商运营服务有限公司", 63.00],
    ["2021-01-25", "2021.1.25", "农村物流配送体系建设", "佛山市高明区速达供应链管理有限公司", 30.00],
    ["2021-03-18", "2021.3.18", "村级站点建设补助（第二批）", "各站点（汇总拨付至镇财政所）", 32.00],
    ["2021-04-22", "2021.4.22", "农产品品牌及溯源体系", "佛山市高明区明城农品电子商务有限公司", 26.50],
    ["2021-05-31", "2021.5.31", "电商培训服务费（二期）", "区电商公共服务中心", 25.00],
    ["2021-06-30", "2021.6.30", "电商产业园改造", "佛山市高明区云采电商运营服务有限公司", 40.00],
    ["2021-08-20", "2021.8.20", "宣传推广", "佛山市高明区融媒体中心", 16.00],
    ["2021-08-26", "2021.8.26", "退回：更合林场电商服务点建设补助（非村级站点，收款单位退回）", "更合镇财政所", -6.00],
  ];
  const fundsLate = ["2021-09-15", "2021.9.15", "区电子商务公共服务中心建设（尾款）", "佛山市高明区云采电商运营服务有限公司", 45.00];
  const fu = new Sheet("资金拨付台账", 7);
  r = fu.add(["高明区省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, "单位：万元"]); fu.merge(r, 0, r, 5);
  fu.add(["序号", "拨付日期", "用途（摘要）", "收款单位", "金额", "凭证号", "备注"]);
  funds.forEach((x, i) => fu.add([i + 1, x[1], x[2], x[3], x[4].toFixed(2), `记-${pad2(i + 3)}-${ri(10, 99)}`, x[4] < 0 ? "冲减已拨付" : null]));
  const cutSumWan = Math.round(sum(funds.map((x) => x[4])) * 100) / 100;
  fu.add(["截至8月31日小计", null, null, null, cutSumWan.toFixed(2), null, null]);
  fu.add([funds.length + 1, fundsLate[1], fundsLate[2], fundsLate[3], fundsLate[4].toFixed(2), "记-15-07", "9月支付"]);
  const allSumWan = Math.round((cutSumWan + fundsLate[4]) * 100) / 100;
  fu.add(["合计", null, null, null, allSumWan.toFixed(2), null, null]);
  r = fu.add(["注：省级下达资金500万元；退回款以负数冲减。"]); fu.mergeRow(r);
  sheets.push(fu);
  const spentYuan = Math.round(cutSumWan * 10000);
  assert(spentYuan === 3450000, "spent " + spentYuan);
  assert(spentYuan * 100 < 5000000 * 70, "spend < 70%");
  assert(Math.round((cutSumWan + 6) * 10000) * 100 >= 5000000 * 70, "ignoring refund flips");

  // ---------- reports
  const rep = new Sheet("月报报送登记", 6);
  r = rep.add(["高明区电子商务进农村综合示范工作月报报送登记"]); rep.mergeRow(r);
  rep.add(["序号", "报送时间", "报送内容", "报送方式", "接收单位", "含电商扶贫统计"]);
  const repDates = ["2020-08-10", "2020-09-08", "2020-10-12", "2020-11-09", "2020-12-08", "2021-01-11", "2021-02-08", "2021-03-09", "2021-04-08", "2021-05-10", "2021-06-08", "2021-07-08", "2021-08-09", "2021-09-08"];
  const repMonths = new Set();
  repDates.forEach((iso, i) => {
    const [y, m] = iso.split("-").map(Number);
    const pm = m === 1 ? 12 : m - 1; const py = m === 1 ? y - 1 : y;
    rep.add([i + 1, dateStyles[(i + 1) % dateStyles.length](iso), `${py}年${pm}月份工作进展月报`, "粤政易", "佛山市商务局", i >= 3 ? "✓" : null]);
    if (iso >= "2020-09-01" && le(iso)) repMonths.add(iso.slice(0, 7));
  });
  sheets.push(rep);
  assert(repMonths.size === 12, "report months");

  // ---------- disclosures
  const dis = new Sheet("专栏更新记录", 5);
  r = dis.add(["高明区政府网站“电子商务进农村综合示范”专栏更新记录"]); dis.mergeRow(r);
  dis.add(["序号", "发布日期", "信息标题", "类别", "网址"]);
  const disItems = [
    ["2019-12-26", "关于印发《佛山市高明区电子商务进农村综合示范工作方案》的通知", "创建方案"],
    ["2020-01-15", "高明区电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-01-15", "高明区电子商务进农村综合示范工作监督举报电话", "监督举报"],
    ["2020-08-20", "项目建设进度（2020年7月）", "建设进度"],
    ["2020-09-15", "项目建设进度（2020年8月）", "建设进度"],
    ["2020-10-20", "项目建设进度（2020年9月）", "建设进度"],
    ["2020-11-18", "项目建设进度（2020年10月）", "建设进度"],
    ["2020-12-22", "项目建设进度（2020年11月）", "建设进度"],
    ["2021-01-19", "项目建设进度（2020年12月）", "建设进度"],
    ["2021-03-10", "项目建设进度（2021年1—2月）", "建设进度"],
    ["2021-03-30", "项目建设进度（2021年3月）", "建设进度"],
    ["2021-04-21", "项目建设进度（2021年4月）", "建设进度"],
    ["2021-05-19", "项目建设进度（2021年5月）", "建设进度"],
    ["2021-06-22", "项目建设进度（2021年6月）", "建设进度"],
    ["2021-07-20", "项目建设进度（2021年7月）", "建设进度"],
    ["2021-08-18", "项目建设进度（2021年8月上旬）", "建设进度"],
    ["2021-09-07", "项目建设进度（2021年8月）", "建设进度"],
  ];
  const disMonths = new Set(); const disAllMonths = new Set();
  disItems.forEach((x, i) => {
    dis.add([i + 1, dateStyles[i % dateStyles.length](x[0]), x[1], x[2], `http://www.gaoming.gov.cn/zwgk/dzsw/content/post_${4800000 + i * 137}.html`]);
    if (x[0] >= "2020-09-01" && le(x[0])) disMonths.add(x[0].slice(0, 7));
    if (x[0] >= "2020-08-01") disAllMonths.add(x[0].slice(0, 7));
  });
  sheets.push(dis);
  assert(disMonths.size === 11 && !disMonths.has("2021-02"), "disclosure months " + disMonths.size);
  assert(disAllMonths.size >= 12, "distinct months trap");

  // ---------- media
  const med = new Sheet("宣传报道", 7);
  r = med.add(["高明区电子商务进农村宣传报道登记表"]); med.mergeRow(r);
  med.add(["序号", "刊播日期", "媒体名称", "媒体级别", "报道形式", "标题", "电商扶贫典型案例"]);
  const media = [
    ["2020-10-23", "2020.10.23", "佛山日报", "市级", "报纸", "高明：村级电商站点开到家门口", "否"],
    ["2020-12-10", D("2020-12-10"), "高明电视台《高明新闻》", "区级", "电视", "高明区举办农村电商基础培训", "否"],
    ["2021-03-16", "2021年3月16日", "南方+客户端", "省级", "网络", "高明区电商产业园集聚效应初显", "否"],
    ["2021-06-08", "2021.6.8", "佛山电视台《佛山新闻》", "市级", "电视", "高明农产品“触网”销往大湾区", "否"],
    ["2021-09-15", "2021.9.15", "广东广播电视台《广东新闻联播》", "省级", "电视", "高明更合：脱贫户直播卖茶 电商扶贫见实效", "是"],
  ];
  media.forEach((x, i) => med.add([i + 1, x[1], x[2], x[3], x[4], x[5], x[6]]));
  sheets.push(med);
  const levels = new Set(media.filter((x) => le(x[0])).map((x) => x[3]));
  const mediaPts = (levels.has("省级") ? 4 : 0) + (levels.has("市级") ? 3 : 0) + (levels.has("区级") ? 1 : 0);
  assert(mediaPts === 8, "media");
  const tvCase = media.filter((x) => le(x[0]) && x[6] === "是" && x[4] === "电视");
  assert(tvCase.length === 0, "tv case");

  // ---------- materials
  const mat = new Sheet("经验材料", 6);
  r = mat.add(["经验材料报送登记"]); mat.mergeRow(r);
  mat.add(["序号", "报送日期", "材料名称", "报送单位", "报送方式", "备注"]);
  mat.add([1, "2021.9.6", "《高明区电子商务进农村综合示范创建经验做法》", "佛山市商务局", "粤政易", "迎检前补报"]);
  sheets.push(mat);

  // ---------- the 5W2H facts sheet
  const f = new Sheet("5W2H梳理表", 9);
  r = f.add(["佛山市高明区电子商务进农村综合示范创建重点工作“5W2H”梳理表"]); f.mergeRow(r);
  r = f.add(["县（市、区）：高明区", null, null, "数据截至：2021年8月31日（省考评截止日）", null, null, "编制：区经济和科技促进局电商股　2021年9月2日", null, null]);
  f.merge(r, 0, r, 2); f.merge(r, 3, r, 5); f.merge(r, 6, r, 8);
  const hA = f.add(["序号", "What", "Why", "Who", "When", "Where", "How", "How much", "自评分"]);
  f.add([null, "做什么", "为什么做", "谁来做", "什么时候", "在哪里", "怎么做（现状）", "做多少", null]);
  f.merge(hA, 0, hA + 1, 0); f.merge(hA, 8, hA + 1, 8);
  const rows5 = [
    [1, "组织领导", "建立主要领导牵头、多部门参与的协调机制", "组长：区委副书记、区长；常务副组长：分管副区长；成员：区经科局（商务）、区财政局、区农业农村局、区乡村振兴局等14个单位", "2019年11月成立，2021年4月调整", "区政府", "每季度召开领导小组会议，区政府督查室跟踪督办", "领导小组会议7次", 2],
    [2, "方案制定", "示范创建有章可循", "区政府办公室、区经科局", "2019年12月", "—", "区政府办公室印发《佛山市高明区电子商务进农村综合示范工作方案》（明府办〔2019〕41号）", "—", 2],
    [3, "政策支持", "在资金、人才等方面支持农村电商", "区经科局、区财政局", "2020年4月", "—", "出台《高明区促进农村电子商务发展扶持办法》，落实一般", "扶持资金200万元／年", 1],
    [4, "项目管理", "建设、验收严格执行制度", "区经科局", "2020年1月起", "—", "制定《项目管理办法》，建立工作台账，验收请第三方", "—", "4（制度2、台账2）"],
    [5, "区电商公共服务中心", "为各类主体提供培训孵化、产品对接、品牌建设等服务", "运营方：佛山市高明区云采电商运营服务有限公司（第三方）", "2020年11月18日开业运营", "荷城街道", "免费培训室（60座）✔；农产品免费展示展销✔；免费摄影美工✘（外包收费）；品牌推广指导✔；其他增值服务（代办注册、金融对接）✔", "场地1,200㎡", 14],
    [6, "电商产业园", "形成产业集聚", "区经科局、园区运营方", "2020年6月起", "杨和镇", "整合旧厂房建成高明区电子商务产业园✔", "入驻企业22家（平台、销售、运营、物流、直播5类）", null],
    [7, "村级站点", "行政村覆盖≥70%", "各镇（街道）、运营方", "2020年5月—2021年9月", "46个行政村", "建站37个", "覆盖行政村34个（73.9%）；我区无省定贫困村", 10],
    [8, "农村产品上行", "促进农产品网销", "区经科局、区农业农村局、第三方", "2020—2021年", "—", "网销调研报告✔（自评2分）；“大湾区菜篮子”网络促销✔（自评1分）；第三方运营服务商✔；行政村快递覆盖100%✔；农产品溯源平台（自评1分）", "农村网零2019年38.6亿元、2020年47.2亿元（+22.3%）；农产品网零2019年2.15亿元、2020年2.83亿元（+31.6%）", 8],
    [9, "电商培训", "培训人次≥常住人口1%；贫困人口培训率≥50%", "区电商公共服务中心、区乡村振兴局", "2020年5月—2021年9月", "公共服务中心培训室及各镇", "普及培训＋脱贫户专场", "常住人口48.64万人（七普），需4,864人次；累计培训5,095人次；脱贫户参训率50%（12/24）", 20],
    [10, "信息公开", "接受社会监督", "区经科局、区政务服务数据管理局", "每月", "区政府网站“电子商务进农村综合示范”专栏", "公示创建方案✔ 项目基本信息✔ 建设进度✔ 监督举报窗口✔", "累计发布17条", 4],
    [11, "数据上报", "每月报佛山市商务局", "区经科局电商股", "每月10日前", "粤政易", "报送月报，含电商扶贫统计✔", "12个月", 6],
    [12, "案例总结", "总结经验做法", "区经科局电商股", "2021年", "—", "经验材料报佛山市商务局", "1篇", 2],
    [13, "经验推广", "扩大影响", "区融媒体中心、区经科局", "2020—2021年", "—", "佛山日报、南方+、佛山电视台、高明电视台等报道", "5篇（条）", 8],
    [14, "资金管理制度", "规范资金使用", "区经科局、区财政局", "2019年12月", "—", "制定《专项资金管理办法》✔", "—", 5],
    [15, "资金专用台账", "全过程可追溯", "区经科局", "2020年起", "—", "建立资金专用台账✔", "—", 4],
    [16, "资金支出", "支出率≥70%、及时拨付", "区财政局、区经科局", "2020年7月—2021年8月", "国库集中支付", "按进度拨付", "省级下达500万元，已拨付351万元（70.2%）；项目总体进度88%", 4],
    [17, "加分：贫困人口培训率≥70%", "—", "—", "—", "—", "培训率50%，未达到", "—", 0],
    [18, "加分：电商扶贫典型案例上电视", "—", "区融媒体中心", "2021年9月15日", "广东广播电视台《广东新闻联播》", "报道更合镇脱贫户直播卖茶", "省级电视1条", 1],
    [19, "一票否决", "底线", "—", "—", "—", "无安全生产、质量事故；无弄虚作假", "0起", "—"],
  ];
  let r5 = null, r6 = null;
  for (const x of rows5) { const rr = f.add(x); if (x[0] === 5) r5 = rr; if (x[0] === 6) r6 = rr; }
  f.merge(r5, 8, r6, 8);
  r = f.add(["合计", null, null, null, null, null, null, "自评合计", "95（含加分1）"]); f.merge(r, 0, r, 6);
  sheets.splice(1, 0, f);

  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(sum(Object.values(claimed)) === 95, "claimed total 95");

  // ---------- points
  const centerPts = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const upward = 2 + 1 + 1 + (noExpress.length ? 0 : 1) + 1 + ((Math.round(2.83 * 100) * 100 >= Math.round(2.15 * 100) * 130) ? 2 : 0);
  assert(Math.round(47.2 / 38.6 * 1000) === 1223 && Math.round(2.83 / 2.15 * 1000) === 1316, "growth");
  const disclosurePts = 2 + (disMonths.size === 12 ? 2 : disMonths.size > 0 ? 1 : 0);
  const reportPts = (repMonths.size === 12 ? 3 : repMonths.size > 0 ? 1 : 0) + 3;
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": centerPts,
    "work.coverage": coverageVillagePts + 5,
    "work.upward": upward,
    "work.training": trainPts + poorPts,
    "info.disclosure": disclosurePts,
    "info.reporting": reportPts,
    "promo.cases": 0,
    "promo.media": mediaPts,
    "fund.system": 5, "fund.ledger": 4,
    "fund.spending": spentYuan * 100 >= 5000000 * 70 ? 4 : -5,
    "bonus.poorTraining": bonusPoor, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const expected = { "work.center": 14, "work.coverage": 7, "work.upward": 7, "work.training": 18, "info.disclosure": 3, "info.reporting": 6, "promo.media": 8, "fund.spending": -5 };
  for (const [k2, v] of Object.entries(expected)) assert(points[k2] === v, `points ${k2} ${points[k2]} != ${v}`);
  const scored = Object.entries(points).filter(([k2]) => !k2.startsWith("bonus") && !k2.startsWith("veto")).map(([, v]) => v);
  assert(scored.length === 15, "15 scored");
  const bonus = Math.min(points["bonus.poorTraining"] + points["bonus.tvCase"], 4);
  const total = sum(scored) + bonus;
  assert(total === 76, "total " + total);

  const pct = (a, b, d = 2) => (a / b * 100).toFixed(d) + "%";
  const derivation = [
    "org.leadership: 5W2H表“谁来做”：组长区委副书记、区长（常务副组长分管副区长不影响），成员含区经科局（商务）、区财政局、区农业农村局、区乡村振兴局 → 主要领导牵头且四部门齐全 → 2",
    "org.plan: 明府办〔2019〕41号已印发，自评2 → 2",
    "org.policy: 已出台扶持办法，自评1（落实一般） → 1",
    "org.management: 自评“4（制度2、台账2）” → 2+2 = 4",
    `work.center: 中心2020-11-18开业 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训✔2、展示展销✔1、免费摄影美工✘（外包收费）0、品牌推广✔1、其他增值服务✔1；产业园已建✔ → 2；入驻企业花名册${entRows.length}行：速达供应链A栋2021.2.28退出、同一信用代码2021.3.1迁入B栋（同一企业，算1家、在园），一家2021.4.30退园（不算），一家2021.9.6入驻（不算），一家“2021年9月”退园（截止日仍在园，算），一家“2021年8月”入驻（算）→ 截至2021-08-31在园${inPark.size}家 ≥ 20 → 2（5W2H写的“22家”不是依据）；类型平台/销售/运营/物流/直播/供应链 ≥ 3 → 1；合计 ${centerPts}`,
    `work.coverage: 赋码名单村民委员会46个、社区居民委员会12个（社区不计），名称是全称“佛山市高明区××镇××村民委员会”；站点台账${stRows.length}个站点：截止日前覆盖行政村${cov.size}个（对川村两个站点算一次；“${stRows.find((x) => x[2] === "新塘")[1]}”挂牌“2021年8月”只写到月，在截止月内，算；杨和社区、西安社区是社区站点，杨和社区≠杨和村，杨和村无站点；更合林场不在名单内，不算并提示；宝塘村2021.9.3挂牌在截止日后，不算）→ ${cov.size}/46 = ${pct(cov.size, 46)} < 70%，≥ 50% → 2（若把宝塘村算进去是33/46 = 71.74%，会错成5分）；本区无省定贫困村 → 5（依据“无省定贫困村”，并提示）；合计 ${coverageVillagePts + 5}（自评10）`,
    `work.upward: 网销调研自评2 + 促销自评1 + 第三方运营服务商✔ 1 + 快递：村名单有“快递进村”列，歌乐村为“✗（快递点设在邻村合水村，未进村）”→ 0（5W2H写“覆盖100%✔”与名单不符，提示）+ 交易标准与溯源自评1 + 农产品网零2.83亿/2.15亿 = +31.6% ≥ 30% → 2（农村网零+22.3%不够，任一即可）；合计 ${upward}（自评8）`,
    `work.training: 培训开展情况登记表按期记人次，截止日前第1—18期合计${ptCut}人次（第19期“2021.8.30-9.1”按区间末日9月1日计，在截止日后不计；第20期9月10日、第21期9月16日不计；表尾“合计${ptAll}”含9月的三期）÷ min(486,400, 500,000) = ${(ptCut / base * 100).toFixed(3)}% → 0.8%–1% → 8（若把第19期算进去为${ptWithRange}人次 = ${(ptWithRange / base * 100).toFixed(3)}%，会错成10分；5W2H写的5,095人次即表尾合计）；贫困人口：名单30人，有劳动能力且非外出务工${eligible.length}人（无/丧失劳动能力3人，外出务工3人；“区内务工”不是外出），5月20日专场签到16人中身份证与其匹配的合格人员${trainedSet.size}人（其中${persons[4].name}签到表身份证末位写小写x、名单为X，是同一人；外出务工者${persons[9].name}、无劳动能力者${persons[6].name}不计；黎桂芳、梁伟雄不在名单）；9月16日第二场不计 → ${trainedSet.size}/${eligible.length} = ${pct(trainedSet.size, eligible.length, 1)} ≥ 50% → 10（漏配小写x则11/24 = 45.8%，会错成8分）；合计 ${trainPts + poorPts}（自评20）`,
    `info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报窗口四项齐全 → 2；更新记录在2020-09至2021-08窗口内有${disMonths.size}个月有更新，2021年2月没有（3月有两条；2020年8月、2021年9月的不在窗口内）→ 不定时更新 → 1；合计 ${disclosurePts}（自评4）`,
    "info.reporting: 月报登记2020-09至2021-08每月都有报送（2020-08-10和2021-09-08在窗口外）→ 3；“含电商扶贫统计”列有✓ → 3；合计 6",
    "promo.cases: 经验材料只有一条，2021.9.6报佛山市商务局，在截止日后 → 0（自评2）",
    "promo.media: 截止日前：南方+客户端（省级）→ 4，佛山日报、佛山电视台（市级）→ 3，高明电视台（区级）→ 1；合计 8",
    "fund.system: 自评5 → 5",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 资金拨付台账单位万元，截止日前10笔拨付351.00万元，8月26日退回-6.00万元冲减，表内“截至8月31日小计${cutSumWan.toFixed(2)}”→ ${fmt(spentYuan)}元；9月15日尾款45万元不计 → ${fmt(spentYuan)} ÷ 5,000,000 = ${pct(spentYuan, 5000000)} < 70% → 倒扣 −5（5W2H写“已拨付351万元（70.2%）”漏了退回款；自评及时拨付4分不适用）`,
    `bonus.poorTraining: 贫困人口培训率${pct(trainedSet.size, eligible.length, 1)} < 70% → 0`,
    "bonus.tvCase: 唯一的电商扶贫典型案例电视报道是广东广播电视台2021.9.15，在截止日后 → 0（自评加1分不成立）",
    "veto.incident: 5W2H“无安全生产、质量事故” → 不否决 → 0",
    "veto.progress: 项目总体进度填报88% ≥ 40% → 不否决 → 0",
    "veto.fraud: “无弄虚作假” → 不否决 → 0",
    `合计: 15项 ${sum(scored)}（含资金支出倒扣5分）+ 加分 ${bonus} → ${total}；未否决（自评95）`,
  ];

  return {
    description: `高明区（佛山）经济和科技促进局整本考评工作簿（${sheets.length}个表），中等（${total}分，无加分，未否决；自评95分）。事实表是电商股为局长梳理的《重点工作“5W2H”梳理表》：序号|What做什么|Why为什么做|Who谁来做|When什么时候|Where在哪里|How怎么做（现状）|How much做多少|自评分，两行表头（英文一行、中文一行），事实散在各栏短句里（组长和副组长都在“谁来做”、中心开业日期在“什么时候”、五项服务✔/✘在“怎么做”、零售额和常住人口在“做多少”），自评分一格一指标（项目管理写“4（制度2、台账2）”，中心与产业园两行合并为14）。台账难点：村名单是区民政局的自治组织赋码名单（全称“佛山市高明区××镇××村民委员会／社区居民委员会”，快递进村列有一村✗）；站点台账有社区站点、“杨和社区”与无站点的“杨和村”同名、林场站点、只到月的挂牌时间和9月挂牌站点，截止日前覆盖32/46=69.6%（差一个站点到70%）；培训按期次记人次，“2021.8.30-9.1”按末日算在截止日后，截止日前4,790人次=0.985%；贫困人口专场签到一人身份证小写x，12/24恰好50%；入驻企业同一信用代码迁楼两行、“2021年9月”退园仍在园，恰好20家；资金台账万元，一笔退回负数使支出率从70.2%降到69.0%而倒扣；专栏更新缺2021年2月；典型案例电视报道在9月15日；本区无省定贫困村。`,
    sheets: sheets.map((x) => x.json()),
    expect: {
      asOf: "2021-08-31",
      total,
      bonus,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  };
}

// ---------------------------------------------------------------- run
write("facts", "b79-f1-chaonan.json", f1());
write("facts", "b79-f2-chaoyang.json", f2());
write("facts", "b79-f3-dinghu.json", f3());
write("ledgers", "b79-l1-chikan.json", l1());
write("ledgers", "b79-l2-chaonan.json", l2());
write("counties", "b79-c1-gaoming.json", c1());
console.log("ok");
