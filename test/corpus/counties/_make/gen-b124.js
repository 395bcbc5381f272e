// Batch 124 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
// 统一社会信用代码 with a valid check character (GB 32100)
const CC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(area, seq) {
  let n = 7919 * (seq + 11) + 104729, org = "";
  for (let i = 0; i < 6; i++) { org += CC[n % 31]; n = Math.floor(n / 31) + 17 * (i + seq); }
  const s = "91" + area + "MA5" + org;
  assert(s.length === 17, "cc len");
  let t = 0; for (let i = 0; i < 17; i++) t += CC.indexOf(s[i]) * CW[i];
  return s + CC[(31 - (t % 31)) % 31];
}
const fmtDot = (iso) => { const [y, m, d] = iso.split("-"); return `${+y}.${+m}.${+d}`; };
const fmtCn = (iso) => { const [y, m, d] = iso.split("-"); return `${+y}年${+m}月${+d}日`; };
const fmtSlash = (iso) => { const [y, m, d] = iso.split("-"); return `${+y}/${+m}/${+d}`; };
const fmt2y = (iso) => { const [y, m, d] = iso.split("-"); return `${+y - 2000}.${+m}.${+d}`; };
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

// =====================================================================================
// facts/b124-f1-guangning: 肇庆广宁县 — 迎检工作微信群聊天记录导出（#接龙）：数据在最后一条完整接龙里，
// 前面的接龙是半截的；民政局、乡村振兴局事后在群里更正；主观分由局长在群里定，财政局建议后改一项
// =====================================================================================
(function f1() {
  const W = 3, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:C${R()}`); };
  full("“广宁县电商进农村考评迎检工作群”聊天记录");
  full("导出范围：2021-09-01 08:00 至 2021-09-02 18:00　　县商务局电商股导出整理；图片、语音、文件未导出，以“[图片]”“[文件]”表示；接龙消息原样保留");
  rows.push(["时间", "发送者", "消息内容"]);
  const msg = (t, who, text) => rows.push([t, who, text]);
  const HEAD = "#接龙\n广宁县电商进农村考评基础数据（截至2021年8月31日）\n请各成员单位按序号接龙，数字要和本单位台账一致\n";
  const L = {
    1: "1. 县商务局 梁伟明：示范县工作方案已正式印发（广府办〔2019〕36号）；《广宁县农村电子商务发展扶持办法》已出台（2020年5月）；县电商公共服务中心2020年7月15日投入运营",
    2: "2. 县统计局 李佩珊：常住人口42.36万人（第七次全国人口普查）",
    "3a": "3. 县民政局 陈志坚：行政村181个",
    "3b": "3. 县民政局 陈志坚：行政村169个（不含社区居委会12个）",
    "4a": "4. 县乡村振兴局 黄丽娟：省定贫困村19个；有劳动能力、不含外出务工的建档立卡贫困人口2,846人，参加电商培训1,204人",
    "4b": "4. 县乡村振兴局 黄丽娟：省定贫困村19个；有劳动能力、不含外出务工的建档立卡贫困人口2,846人，参加电商培训1,126人（按身份证去重）",
    5: "5. 县邮政分公司 严国华：全县行政村快递物流覆盖率100%",
    6: "6. 县财政局 冯建新：省级专项资金下达500万元，截至8月31日累计拨付368.45万元；《广宁县电子商务进农村综合示范专项资金管理办法》已制定",
    7: "7. 县商务局（补） 梁伟明：2019年农村网络零售额15.82亿元，2020年20.49亿元，同比增长29.5%；累计培训4,073人次；中心免费培训场所和设备 有，农产品免费展示销售 有，免费摄影美工 有，统一推广和品牌建设 有，其他衍生增值服务 暂无；电商产业园 已整合（广宁竹产业电商园）；第三方运营服务商 有（广宁县竹乡电子商务有限公司）；政府网站专栏公示创建方案、项目基本信息、建设进度 有，监督举报窗口 有（电话、邮箱）；月报能统计电商扶贫情况；承建方资金专用台账已建立；项目总体进度85%",
  };
  const jl = (keys, tail) => HEAD + keys.map((k) => L[k]).join("\n") + (tail ? "\n" + tail : "");
  msg("2021-09-01 08:52:07", "梁伟明（县商务局）",
    "【群公告】按县领导小组要求，省级电商进农村示范县考评迎检基础数据由各成员单位在本群接龙提供，数据截至2021年8月31日，9月1日12:00前完成。\n领导小组组长：县长 江××\n副组长：副县长 莫××\n成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县统计局、县民政局、县邮政分公司");
  msg("2021-09-01 08:57:40", "梁伟明（县商务局）", jl([1]));
  msg("2021-09-01 09:20:15", "李佩珊（县统计局）", jl([1, 2]));
  msg("2021-09-01 09:31:02", "何永强（县农业农村局）", "收到。农产品网络零售额我们局没有统计口径，请商务局按省厅数据填，我局这次不接龙。");
  msg("2021-09-01 09:44:51", "陈志坚（县民政局）", jl([1, 2, "3a"]));
  msg("2021-09-01 10:02:33", "黄丽娟（县乡村振兴局）", jl([1, 2, "3a", "4a"]));
  msg("2021-09-01 10:03:10", "黄丽娟（县乡村振兴局）", "[图片]");
  msg("2021-09-01 10:26:48", "陈志坚（县民政局）", "「陈志坚：3. 县民政局 陈志坚：行政村181个」\n- - - - - - - - - - - - - - -\n更正：181个含了12个社区居委会，行政村是169个。接龙我改不了了，请商务局汇总时改一下");
  msg("2021-09-01 10:31:05", "严国华（县邮政分公司）", jl([1, 2, "3a", "4a", 5]));
  msg("2021-09-01 10:58:19", "冯建新（县财政局）", jl([1, 2, "3a", "4a", 5, 6]));
  msg("2021-09-01 11:15:26", "黄丽娟（县乡村振兴局）", "更正：第4条“参加电商培训1,204人”是培训人次，按身份证号去重后是1,126人，以1,126人为准");
  msg("2021-09-01 11:20:03", "系统消息", "“梁伟明（县商务局）”撤回了一条消息");
  msg("2021-09-01 11:24:37", "梁伟明（县商务局）", jl([1, 2, "3b", "4b", 5, 6, 7], "（第3、4条已按民政局、乡村振兴局更正修改）"));
  msg("2021-09-01 11:30:12", "梁伟明（县商务局）", "@所有人 基础数据以上面11:24这条接龙为准，下午请潘局审定主观评分项。");
  msg("2021-09-01 15:06:22", "潘志雄（县商务局局长）",
    "主观评分项按以下自评：方案制定2分，政策支持2分，项目管理制度2分，工作台账2分，网销调研2分，网络促销活动2分，交易标准与冷链溯源1分，资金管理制度4分，资金台账4分，资金及时拨付4分。");
  msg("2021-09-01 15:20:45", "冯建新（县财政局）", "「潘志雄（县商务局局长）：……资金台账4分……」\n- - - - - - - - - - - - - - -\n资金台账我们和承建方逐笔核对过，凭证齐全，建议报5分");
  msg("2021-09-01 15:34:10", "潘志雄（县商务局局长）", "同意，资金台账改报5分，其余不变。");
  msg("2021-09-01 15:35:02", "梁伟明（县商务局）", "收到");
  msg("2021-09-02 09:10:00", "梁伟明（县商务局）", "[文件] 广宁县考评基础数据表（9月1日定稿）.xlsx");
  // consistency: growth as stated
  assert(Math.round((20.49 / 15.82 - 1) * 1000) === 295, "29.5%");
  assert(Math.round(368.45 * 10000) === 3684500, "368.45万");
  write("facts/b124-f1-guangning.json", {
    description:
      "肇庆市广宁县商务局交来当事实表的，是“广宁县电商进农村考评迎检工作群”微信聊天记录导出成的Excel：两行标题后表头 时间｜发送者｜消息内容，一条消息一行，多行消息在一格里换行。各成员单位用“#接龙”报数，每条接龙都把前面的行原样带上再加自己一行，所以前几条接龙是半截的，要读11:24梁伟明发的那条完整接龙（他随后@所有人说明“以这条为准”）。读法：民政局10:26在群里更正“181个含了12个社区，行政村是169个”，乡村振兴局11:15更正参训贫困人口“1,204是人次，去重后1,126人”，定稿接龙里已改，取169和1,126；农业农村局说农产品网零没有统计、不接龙 → 农产品网零不列；第7条“其他衍生增值服务 暂无” → 否；网零15.82亿元、20.49亿元和写明的增长29.5%都列；拨付368.45万元＝3,684,500元；截止日取群公告和接龙标题的2021年8月31日。领导看【群公告】：组长县长（主要领导），成员单位含商务、财政、农业农村、乡村振兴 → principal-all（副组长副县长不是牵头领导）。主观分：局长15:06列出的十项，财政局建议资金台账报5分，局长15:34“同意，资金台账改报5分，其余不变” → 资金台账5，其余照15:06那条。撤回的消息、[图片]、[文件]、“收到”都不是数据。群名和接龙标题里的县名不是“县（市、区）名称”一项，不列county；没有按指标的自评分。",
    sheets: [sheet("工作群记录", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 423600, adminVillagesStated: 169, poorVillagesStated: 19, planIssued: true, policyIssued: true,
        centerOpened: "2020-07-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1582000000, ruralRetail2020: 2049000000,
        ruralRetailGrowthStated: 0.295, trainingPersonTimesStated: 4073, eligiblePoorPersonsStated: 2846, trainedPoorPersonsStated: 1126,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3684500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b124-f2-boluo: 惠州博罗县 — 县政府督查室《督办事项办理情况反馈表》：分解事项逐条写“办理情况”（文字里带数），
// “办理时限”是督办要求的期限，“正在办理”的政策还没出台；表头的督办领导（副县长）不是领导小组组长
// =====================================================================================
(function f2() {
  const W = 7, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:G${R()}`); };
  full("博罗县人民政府督查室　督办事项办理情况反馈表");
  rows.push(["督办编号", "博府督〔2021〕37号", null, "督办领导", "副县长 张××", "反馈时限", "2021年9月3日"]); merges.push(`B${R()}:C${R()}`);
  rows.push(["督办事项", "做好2019年省级电子商务进农村综合示范县考评迎检工作", null, null, null, null, null]); merges.push(`B${R()}:G${R()}`);
  rows.push(["承办单位", "县商务局（牵头），县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司（配合）", null, null, null, null, null]); merges.push(`B${R()}:G${R()}`);
  full("一、分解事项办理情况（办理情况数据统计截至2021年8月31日，即考评截止日）");
  rows.push(["序号", "分解事项", "责任单位", "办理时限", "办理情况", "办理状态", "备注"]);
  const T = [
    ["健全组织领导机制", "县商务局", "2020年6月30日",
      "县电子商务进农村综合示范工作领导小组于2020年4月调整（博委办〔2020〕12号），由县委书记任组长、县长任第一副组长，分管副县长任副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县工业和信息化局、县交通运输局、县邮政分公司。", "已办结", null],
    ["印发示范县工作方案", "县商务局", "2019年12月31日", "《博罗县电子商务进农村综合示范县建设工作方案》已由县政府办公室正式印发（博府办〔2019〕50号）。", "已办结", null],
    ["出台农村电商扶持政策", "县商务局、县财政局", "2021年6月30日",
      "《博罗县扶持农村电子商务发展若干措施》（送审稿）已送县司法局合法性审查，预计2021年9月底提请县政府常务会议审议后出台。", "正在办理", "逾期，已说明原因"],
    ["县级电子商务公共服务中心建设运营", "县商务局", "2020年12月31日",
      "县电子商务公共服务中心于2020年12月28日揭牌并投入运营：设免费培训室（电脑50台），可组织电商基础培训；设农特产品展示展销区，免费展示、销售；免费提供产品摄影、美工设计；组织“博罗好物”农产品统一推广，指导品牌建设；提供物流对接、金融对接等增值服务。", "已办结", null],
    ["整合优化电商产业园", "县商务局", "2021年3月31日", "已整合罗浮山电商产业园，现入驻企业23家。", "已办结", null],
    ["村级电商服务站点建设", "县商务局", "2021年6月30日", "全县336个行政村（另有社区45个）中已有241个建成村级电商服务站点；25个省定贫困村全部建成站点。", "已办结", null],
    ["行政村快递物流覆盖", "县邮政分公司、县交通运输局", "2021年8月31日",
      "全县行政村快递通达率98.2%（330/336），其余6个行政村计划2021年9月底前通过邮快合作覆盖。", "正在办理", null],
    ["引入专业第三方运营服务商", "县商务局", "2020年9月30日", "已通过公开招标引入惠州市罗浮农联供应链管理有限公司为第三方电子商务运营服务商。", "已办结", null],
    ["农村产品网络销售", "县商务局", "—",
      "2020年全县农村网络零售额36.75亿元，同比增长31.2%；农产品网络零售额8.14亿元，同比增长27.9%（省商务厅统计数据）。", "已办结", null],
    ["电商人才培训", "县商务局", "2021年8月31日",
      "累计举办各类电商培训186期、7,842人次；全县常住人口114.2万人（第七次全国人口普查），按50万人基数计算培训覆盖率1.57%。", "已办结", null],
    ["建档立卡贫困人口电商培训", "县乡村振兴局、县商务局", "2021年8月31日",
      "有劳动能力且未外出务工的建档立卡贫困人口3,418人，已参加电商培训2,026人，培训率59.3%。", "已办结", null],
    ["政府网站信息公开专栏", "县商务局", "2020年3月31日",
      "县政府门户网站“电子商务进农村综合示范”专栏已公开示范创建方案、项目基本信息、项目建设进度，设立征求意见、监督举报窗口（电话0752-6××××××、邮箱）。", "已办结", null],
    ["数据报送及电商扶贫统计", "县商务局、县乡村振兴局", "每月5日前",
      "每月5日前向惠州市商务局报送示范创建工作进展；电商扶贫统计正在与县乡村振兴局对接数据口径，尚未纳入月报。", "正在办理", null],
    ["专项资金管理和拨付", "县财政局、县商务局", "2021年8月31日",
      "省级下达专项资金500万元，截至2021年8月31日已拨付412.6万元，支出率82.5%；已制定《博罗县电子商务进农村综合示范专项资金管理办法》；项目承建方已建立资金专用台账。", "已办结", null],
    ["项目建设进度", "县商务局", "2021年8月31日", "项目总体完成90%，剩余6个村快递覆盖和专栏内容完善在9月完成。", "正在办理", null],
    ["安全生产", "县商务局", "—", "项目实施以来未发生安全生产、质量事故。", "已办结", null],
  ];
  T.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2], t[3], t[4], t[5]]));
  full("二、存在问题及下步措施：扶持政策出台滞后，9月底前出台；6个偏远行政村快递未通达，9月底前通过邮快合作覆盖；电商扶贫统计9月起纳入月报。");
  rows.push(["承办单位意见", "以上情况属实。", null, null, "承办单位负责人", "县商务局局长 钟××", null]); merges.push(`B${R()}:D${R()}`, `F${R()}:G${R()}`);
  rows.push(["联系人", "县商务局电商股 罗××　0752-6××××××", null, null, "反馈日期", "2021年9月2日", null]); merges.push(`B${R()}:D${R()}`, `F${R()}:G${R()}`);
  assert(Math.round(330 / 336 * 1000) === 982 && Math.round(7842 / 500000 * 10000) === 157 && Math.round(2026 / 3418 * 1000) === 593, "98.2%, 1.57%, 59.3%");
  assert(Math.round(412.6 / 500 * 1000) === 825, "82.5%");
  write("facts/b124-f2-boluo.json", {
    description:
      "惠州市博罗县商务局交来当事实表的，是县政府督查室的《督办事项办理情况反馈表》：表头四行（督办编号、督办领导“副县长 张××”、督办事项、承办单位），“一、分解事项办理情况”16条，列 序号｜分解事项｜责任单位｜办理时限｜办理情况｜办理状态｜备注，末尾存在问题、承办单位意见和签字。数都写在“办理情况”的文字里，分节标题写明统计截至2021年8月31日（考评截止日）。读法：“办理时限”是督查室定的期限（如“2021年6月30日”“每月5日前”），不是事实；督办领导副县长和承办单位负责人局长都不是牵头领导，领导小组看第1条：县委书记任组长，成员单位含商务、财政、农业农村、乡村振兴 → principal-all。逐条：方案已正式印发 → 是；扶持政策“送审稿已送司法局审查，预计9月底出台”、状态“正在办理” → 否；中心2020年12月28日揭牌并投入运营，五项服务（免费培训、免费展示销售、免费摄影美工、统一推广品牌、物流金融对接增值服务）都有 → 都是；产业园已整合 → 是（“入驻企业23家”没有对应键）；行政村336个（“另有社区45个”不算），省定贫困村25个；快递通达率98.2%、6个村9月底前覆盖 → 否；第三方服务商 → 有；2020年农村网零36.75亿元、增长31.2%，农产品网零8.14亿元、增长27.9%（2019年金额没写，不列）；培训7,842人次，常住人口114.2万人（“按50万人基数”是计算口径，人口仍是114.2万）；贫困人口3,418人、参训2,026人；专栏四项都有（征求意见、监督举报窗口已设立）；电商扶贫统计“尚未纳入月报” → 否；资金500万元、已拨付412.6万元＝4,126,000元、管理办法已制定、承建方专用台账已建立；总体进度90%；未发生安全生产、质量事故 → 否。表里没有主观评分，judged为空，也没有自评分。",
    sheets: [sheet("督办反馈", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 1142000, adminVillagesStated: 336, poorVillagesStated: 25, planIssued: true, policyIssued: false,
        centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, ruralRetail2020: 3675000000, agriRetail2020: 814000000,
        ruralRetailGrowthStated: 0.312, agriRetailGrowthStated: 0.279, trainingPersonTimesStated: 7842, eligiblePoorPersonsStated: 3418,
        trainedPoorPersonsStated: 2026, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: false, fundAllocated: 5000000, fundSpentStated: 4126000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.9, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b124-f3-suixi: 湛江遂溪县 — 迎检汇报PPT的文字稿（大纲视图复制到Excel）：页码｜页标题｜要点｜演讲者备注，
// 数据散在要点里，图表页的数据表（网零、逐项自评分）贴成小表；备注里有旧数字和户籍人口，不是事实
// =====================================================================================
(function f3() {
  const W = 5, rows = [], merges = [];
  const R = () => rows.length;
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:E${R()}`); };
  full("遂溪县电子商务进农村综合示范创建工作汇报（迎检汇报PPT文字稿）");
  full("说明：由PPT“大纲视图”复制整理，A列页码、B列页标题、C列为该页要点（一行一条），D—E列为演讲者备注；图表页的数据表照贴在C—E列。汇报数据截至2021年8月31日。");
  rows.push(["页码", "页标题", "要点", "演讲者备注", null]); merges.push(`D${R()}:E${R()}`);
  const page = (no, title, points, note) => {
    const s = R() + 1;
    points.forEach((p, i) => { rows.push([i === 0 ? no : null, i === 0 ? title : null, p, i === 0 ? note || null : null, null]); merges.push(`D${R()}:E${R()}`); });
    if (points.length > 1) merges.push(`A${s}:A${R()}`, `B${s}:B${R()}`);
  };
  page(1, "封面", ["遂溪县电子商务进农村综合示范创建工作汇报", "遂溪县人民政府　2021年9月"], "开场：感谢考评组");
  page(2, "目录", ["一、基本情况", "二、创建成效", "三、资金使用", "四、自评情况", "五、下步打算"]);
  page(3, "一、基本情况", ["全县15个镇（街道）、254个行政村、24个社区", "常住人口78.4万人（第七次全国人口普查）", "省定贫困村23个",
    "2019年12月获批省级电子商务进农村综合示范县，省级专项资金500万元"], "人口用七普常住人口，不要讲户籍人口105万");
  page(4, "组织保障", ["成立以县长为组长的示范县创建工作领导小组，县委常委、常务副县长任常务副组长",
    "商务、财政、农业农村、乡村振兴、交通运输、邮政等14个部门为成员单位", "《遂溪县电子商务进农村综合示范工作方案》2020年1月由县政府正式印发",
    "出台《遂溪县加快农村电子商务发展十条措施》，落实奖补资金126万元"]);
  page(5, "二、创建成效①：服务体系", ["县电商公共服务中心：2020年10月12日投入运营，面积1,800㎡",
    "中心免费服务：培训场所和设备 ✓　特色农产品展示销售 ✓　摄影美工 ✓　统一推广和品牌建设 ✓　金融、物流对接等增值服务 ✓",
    "整合建成遂溪电商产业园，入驻企业26家（平台、网店、代运营、物流）", "村级站点覆盖198个行政村（77.9%），23个省定贫困村全覆盖",
    "行政村快递物流覆盖率100%"], "站点数以8月底验收为准");
  page(6, "二、创建成效②：农产品上行", ["引入第三方运营服务商：遂溪县红土地电子商务运营有限公司", "打造“遂溪火龙果”“北坡番薯”区域公用品牌",
    "网络零售额（单位：亿元）见下表"], "图表数据来自省商务厅电商统计监测");
  rows.push([null, null, "年份", "农村网络零售额", "农产品网络零售额"]);
  rows.push([null, null, "2019年", 24.3, 9.6]);
  rows.push([null, null, "2020年", 30.1, 13.2]);
  rows.push([null, null, "同比增速", "23.9%", "37.5%"]);
  assert(Math.round((30.1 / 24.3 - 1) * 1000) === 239 && Math.round((13.2 / 9.6 - 1) * 1000) === 375, "23.9%, 37.5%");
  page(7, "二、创建成效③：人才培训", ["累计开展电商培训6,215人次", "有劳动能力（不含外出务工）的建档立卡贫困人口2,954人，已参训1,533人，培训率51.9%"],
    "6,215是8月底数；7月市商务局通报的5,480人次是6月底数，不要讲");
  assert(Math.round(1533 / 2954 * 1000) === 519, "51.9%");
  page(8, "二、创建成效④：信息公开与报送", ["县政府网站设“电子商务进农村”专栏：创建方案 ✓　项目基本信息 ✓　建设进度 ✓　监督举报窗口 ✗（待设立）",
    "每月向湛江市商务局报送工作进展，电商扶贫数据单列统计"]);
  page(9, "三、资金使用", ["省级专项资金500万元，已拨付391.2万元，支出率78.2%", "制定《遂溪县电子商务进农村综合示范专项资金管理办法》，项目承建方设资金专用台账",
    "项目总体进度92%"]);
  assert(Math.round(391.2 / 500 * 1000) === 782, "78.2%");
  page(10, "四、自评情况①：逐项自评得分", ["自评得分见下表（柱状图数据）"], "蓝柱满分，橙柱自评");
  const CL = [["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 2, "org.policy"], ["项目管理", 4, 4, "org.management"],
    ["服务体系建设（中心、产业园）", 15, 15, "work.center"], ["服务体系建设（村级站点）", 10, 10, "work.coverage"], ["农村产品上行", 10, 8, "work.upward"],
    ["电商人才培训", 20, 20, "work.training"], ["信息公开", 4, 2, "info.disclosure"], ["数据上报", 6, 6, "info.reporting"], ["案例总结", 2, 2, "promo.cases"],
    ["经验推广", 8, 5, "promo.media"], ["制度建立", 5, 5, "fund.system"], ["资金台账", 5, 4, "fund.ledger"], ["资金支出", 5, 4, "fund.spending"]];
  rows.push([null, null, "考评指标", "满分", "自评得分"]);
  CL.forEach((c) => rows.push([null, null, c[0], c[1], c[2]]));
  const cs = CL.reduce((a, c) => a + c[2], 0);
  assert(cs === 91 && CL.reduce((a, c) => a + c[1], 0) === 100, "91 of 100");
  rows.push([null, null, "合计", 100, cs]);
  page(11, "四、自评情况②：主观评分项", ["方案制定2分：方案经县政府常务会审定后印发", "政策支持2分：十条措施已兑现奖补", "项目管理制度2分、工作台账2分",
    "网销调研1分：调研报告待完善", "网络促销活动2分：火龙果节、番薯节线上专场", "交易标准与冷链溯源1分", "资金管理制度5分、资金台账4分、资金及时拨付4分"]);
  page(12, "五、下步打算", ["9月底前在专栏增设监督举报窗口", "巩固站点运营，提升网销规模", "做好项目验收和资金拨付"]);
  page(13, "结束页", ["谢谢！"]);
  const claimed = {}; CL.forEach((c) => { claimed[c[3]] = c[2]; });
  write("facts/b124-f3-suixi.json", {
    description:
      "湛江市遂溪县商务局交来当事实表的，是县政府迎检汇报PPT的文字稿：从PPT“大纲视图”复制到Excel，A列页码、B列页标题（同页合并）、C列要点一行一条、D:E合并为演讲者备注；第6页和第10页的图表数据表直接贴在C—E列（年份｜农村网零｜农产品网零；考评指标｜满分｜自评得分）。说明行写明数据截至2021年8月31日。读法：事实在要点里——行政村254个（社区24个不算）、常住人口78.4万人（备注里的户籍人口105万不是）、省定贫困村23个、省级资金500万元；第4页领导小组县长任组长，商务、财政、农业农村、乡村振兴都在 → principal-all，方案2020年1月正式印发、十条措施已出台；第5页中心2020年10月12日投入运营，五项免费服务都打✓，产业园已建；“村级站点覆盖198个行政村（77.9%）”“入驻企业26家”没有对应键；快递覆盖100%；第6页第三方服务商有，网零表：2019年24.3/9.6亿元、2020年30.1/13.2亿元，增速23.9%/37.5%照列；第7页培训6,215人次（备注里5,480是6月底旧数，不读），贫困人口2,954人、参训1,533人；第8页专栏方案、项目信息、进度✓，监督举报窗口“✗（待设立）”→ 否，能统计电商扶贫；第9页拨付391.2万元、资金管理办法已制定、承建方专用台账已设、总体进度92%。第10页的小表是逐项自评分（claimed，15项合计91，没有加分项的分）；第11页要点里的主观分是judged（网销调研1分）。第12页“9月底前增设”是计划。封面和结束页无数据；县名只在标题里，不列county。",
    sheets: [sheet("汇报文字稿", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", residentPopulation: 784000, adminVillagesStated: 254, poorVillagesStated: 23, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 2430000000, ruralRetail2020: 3010000000,
        agriRetail2019: 960000000, agriRetail2020: 1320000000, ruralRetailGrowthStated: 0.239, agriRetailGrowthStated: 0.375,
        trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 2954, trainedPoorPersonsStated: 1533, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 3912000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  });
})();

// =====================================================================================
// ledgers/b124-l1-kaiping: 江门开平市 — ①培训报名及参训汇总表（各镇报名、机构签到后回填“实际参训”；期次日期在表上方的期次安排里，
// 年份只在标题里）；②借用市乡村振兴局的省定贫困村驻村第一书记名册当贫困村清单（表末“附”的相对贫困村不是）；③说明
// =====================================================================================
(function l1() {
  const AREA = "440783";
  const sheets = [], expect = {};
  // ---------------------------------------------------------------- training: 报名及参训汇总
  const PERIOD = { "第1期": ["3月23日", "2021-03-23", "赤坎镇文化站", "农村电商基础与网店开设"], "第2期": ["4月20日", "2021-04-20", "塘口镇综合文化站", "农产品网店运营"],
    "第3期": ["6月8日", "2021-06-08", "市电商公共服务中心", "直播带货实操"], "第4期": ["9月7日", "2021-09-07", "百合镇文化站", "短视频拍摄与剪辑"] };
  // [镇, 姓名, 性别, birth, 期次, 脱贫户, 实际参训, 备注, idStyle]
  const TR = [
    ["赤坎镇", "司徒志强", "男", "19860412", "第1期", "否", "√", null],
    ["赤坎镇", "关秀玲", "女", "19790823", "第1期", "是", "√", null],
    ["赤坎镇", "谭伟健", "男", "19920117", "第1期", "否", "请假", null],
    ["赤坎镇", "司徒美华", "女", "19880305", "第1期", "否", "√（迟到）", null],
    ["赤坎镇", "关国荣", "男", "19750929", "第3期", "否", "√", null],
    ["赤坎镇", "方丽萍", "女", "19830614", "第3期", "是", "√", null],
    ["塘口镇", "谢家豪", "男", "19950208", "第2期", "否", "√", null],
    ["塘口镇", "黄月娥", "女", "19710511", "第2期", "是", "√", null],
    ["塘口镇", "张振宇", "男", "19900720", "第2期", "否", "未到", "改参加第3期，见序号11"],
    ["塘口镇", "胡婉仪", "女", "19970304", "第2期", "否", "√", null],
    ["塘口镇", "张振宇", "男", "19900720", "第3期", "否", "√", "由第2期改报"],
    ["塘口镇", "梁淑贞", "女", "19810916", "第4期", "是", "√", null],
    ["百合镇", "吴健聪", "男", "19870103", "第1期", "否", "√", null],
    ["百合镇", "吴健聪", "男", "19870103", "第3期", "否", "√", "第二次参训"],
    ["百合镇", "邓彩霞", "女", "19760425", "第3期", "是", "√", null],
    ["百合镇", "周志华", "男", "19930809", "第4期", "否", "√", null],
    ["百合镇", "周丽琼", "女", "19960612", "第4期", "否", "未到", null],
    ["百合镇", "余国栋", "男", "19680227", "第2期", "是", "√", null],
    ["蚬冈镇", "许嘉欣", "女", "19990130", "第2期", "否", "√", null],
    ["蚬冈镇", "劳锦辉", "男", "19841118", "第2期", "否", "√", null],
    ["蚬冈镇", "周少芬", "女", "19720706", "第3期", "是", "请假", null],
    ["蚬冈镇", "劳永康", "男", "19650321", "第3期", "是", "√", null],
    ["蚬冈镇", "许文轩", "男", "20000512", "第4期", "否", "√", null],
    ["蚬冈镇", "钟丽华", "女", "19820901", "第1期", "否", "√", null],
  ];
  const ids = {};
  TR.forEach((t, i) => { if (!ids[t[1]]) ids[t[1]] = makeIdSex(AREA, t[3], 100 + i * 37, t[1] === "钟丽华" || t[1] === "关秀玲", t[2]); });
  assert(ids["钟丽华"].endsWith("X") && ids["关秀玲"].endsWith("X"), "two X");
  const idCell = (nm) => {
    const id = ids[nm];
    if (nm === "钟丽华") return id.toLowerCase();
    if (nm === "劳锦辉") return id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
    return id;
  };
  const phone = (i) => ["138", "139", "135", "137", "159", "186"][i % 6] + "****" + String(1000 + ((i * 7919) % 9000)).slice(0, 4);
  {
    const W = 10, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("开平市2021年农村电子商务普及培训报名及参训汇总表");
    full("汇总单位：开平市商务局电商股　　各镇（街）报名，培训机构按签到表回填“实际参训”栏（√为到场）");
    rows.push(["期次安排", null, null, null, null, null, null, null, null, null]); merges.push(`A${R()}:J${R()}`);
    rows.push(["期次", "培训日期", null, "培训地点", null, null, "培训内容", null, null, null]); merges.push(`B${R()}:C${R()}`, `D${R()}:F${R()}`, `G${R()}:J${R()}`);
    Object.keys(PERIOD).forEach((k) => { rows.push([k, PERIOD[k][0], null, PERIOD[k][2], null, null, PERIOD[k][3], null, null, null]); merges.push(`B${R()}:C${R()}`, `D${R()}:F${R()}`, `G${R()}:J${R()}`); });
    rows.push(span(null, W));
    rows.push(["序号", "镇（街）", "姓名", "性别", "身份证号码", "联系电话", "报名期次", "是否脱贫户", "实际参训", "备注"]);
    let town = null, n = 0, sign = 0, no = 0;
    const sub = () => { rows.push([null, town + "小计", `报名${n}条，实到${sign}人次`, null, null, null, null, null, null, null]); merges.push(`C${R()}:J${R()}`); };
    TR.forEach((t, i) => {
      if (t[0] !== town) { if (town) sub(); town = t[0]; n = 0; sign = 0; }
      no++; n++;
      rows.push([no, t[0], t[1], t[2], idCell(t[1]), phone(i), t[4], t[5], t[6], t[7]]);
      if (t[6].startsWith("√")) { sign++; recs.push({ date: PERIOD[t[4]][1], personTimes: 1, id: ids[t[1]] }); }
    });
    sub();
    rows.push([null, "合计", `报名${TR.length}条（${Object.keys(ids).length}人），实到${recs.length}人次`, null, null, null, null, null, null, null]); merges.push(`C${R()}:J${R()}`);
    full("注：1．培训日期见上方“期次安排”，均为2021年；2．张振宇原报第2期未到、改参加第3期，吴健聪参加了第1、3两期，各按实到计；3．“请假”“未到”不计人次。");
    sheets.push(sheet("报名及参训汇总", rows, merges));
    expect["报名及参训汇总"] = { kind: "training", records: recs };
    assert(recs.length === 20 && TR.length === 24 && Object.keys(ids).length === 22, "20 attended of 24 rows, 22 persons");
    assert(recs.filter((r) => r.date === "2021-09-07").length === 3, "3 in September");
  }
  // ---------------------------------------------------------------- poorVillages: 驻村第一书记名册
  {
    const W = 8, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("开平市省定贫困村驻村第一书记（工作队）名册");
    full("提供单位：开平市乡村振兴局　　2021年6月更新　　（市商务局借用作省定贫困村清单）");
    rows.push(["序号", "镇（街道）", "驻点村", "帮扶（派出）单位", "第一书记", "性别", "派驻时间", "备注"]);
    const PV = [
      ["赤坎镇", "东溪村委会", "江门市发展和改革局", "司徒××", "男", "2019.6", null],
      ["塘口镇", "强亚村委会", "江门市财政局", "关××", "男", "2019.6", null],
      ["百合镇", "齐塘村委会", "开平市人民法院", "吴××", "女", "2019.6", null],
      ["蚬冈镇", "春一村民委员会", "开平市公安局", "许××", "男", "2019.6", null],
      ["大沙镇", "竹莲村委会", "开平市自然资源局", "梁××", "男", "2021.5", "2021年5月轮换，原第一书记谭××（2019.6—2021.5）"],
      ["马冈镇", "西湖村委会", "开平市卫生健康局", "周××", "男", "2019.6", null],
      ["龙胜镇", "大岗村委会", "开平市教育局", "胡××", "女", "2019.6", null],
      ["苍城镇", "东联村委会", "开平市供销合作联社", "谢××", "男", "2019.6", null],
      ["金鸡镇", "锦湖村委会", "开平市农业农村局", "余××", "男", "2019.6", null],
    ];
    PV.forEach((p, i) => { rows.push([i + 1, p[0], p[1], p[2], p[3], p[4], p[5], p[6]]); recs.push({ name: p[1] }); });
    full("注：以上9个村为省定贫困村（2016—2020年），2021年起过渡期内驻村帮扶不变。");
    full("附：市定相对贫困村（不是省定贫困村）驻村干部");
    rows.push([1, "月山镇", "桥溪村委会", "开平市商务局", "张××", "男", "2020.3", "市定"]);
    rows.push([2, "水口镇", "后溪村委会", "开平市水务局", "劳××", "女", "2020.3", "市定"]);
    sheets.push(sheet("驻村第一书记名册", rows, merges));
    expect["驻村第一书记名册"] = { kind: "poorVillages", records: recs };
    assert(recs.length === 9, "9 poor villages");
  }
  sheets.push(sheet("说明", [["本工作簿说明"], ["1．《报名及参训汇总》由各镇报名表汇总，培训机构按签到表回填，作培训台账；"],
    ["2．《驻村第一书记名册》借用市乡村振兴局名册，作省定贫困村清单，表末“附”的两个村是市定相对贫困村，不是省定贫困村；"],
    ["3．行政村清单、站点清单另册报送。"], ["市商务局电商股　2021年9月10日"]]));
  expect["说明"] = { kind: null };
  write("ledgers/b124-l1-kaiping.json", {
    description:
      "江门开平市商务局电商股交的一本台账，三个表。①《报名及参训汇总》是各镇培训报名表汇总后、培训机构按签到表回填的表：标题下先是“期次安排”小表（期次｜培训日期｜地点｜内容，日期只写“3月23日”，年份在标题“2021年”和注里），空一行后才是表头 序号｜镇（街）｜姓名｜性别｜身份证号码｜联系电话｜报名期次｜是否脱贫户｜实际参训｜备注，按镇分段，每镇有“小计”行，末有合计和注。读法：一行一个报名，只有“实际参训”为√（含“√（迟到）”）的是一人次，“请假”“未到”不是；日期要用“报名期次”去期次安排里查（第1期2021-03-23、第2期2021-04-20、第3期2021-06-08、第4期2021-09-07，第4期在9月也照列）；张振宇第2期未到、改第3期到场，只算第3期那行；吴健聪第1、3期各一条；钟丽华身份证号末位写成小写x，读作X；劳锦辉身份证号中间有空格，去掉空格。共20条。小计、合计行不是记录。②《驻村第一书记名册》是借来的市乡村振兴局省定贫困村驻村第一书记名册：一行一个村（“春一村民委员会”就是春一村），竹莲村备注里的轮换不是另一个村；注后“附：市定相对贫困村”的桥溪村、后溪村不是省定贫困村，不是记录。共9个。③《说明》只有文字，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b124-l2-luoding: 云浮罗定市 — ①园区运营方报来的《入驻企业经营情况月报表》（在园｜本月迁出｜往月迁出备查三段，金额万元）；
// ②新闻采访接待登记（日期读刊播日期，未播出/待刊发不是报道，广播电视台的客户端不是电视）；③文件报送签收登记簿（只有报云浮市商务局的月报是记录）；④隐藏的下拉字典
// =====================================================================================
(function l2() {
  const AREA = "445381";
  const sheets = [], expect = {};
  // ---------------------------------------------------------------- enterprises: 月报表
  // [name, type, entered cell, entered iso, left cell, left iso, 本月, 累计, 人数, 备注]
  const IN = [
    ["罗定市稻香电子商务有限公司", "销售型（网店）", "2020.6.18", "2020-06-18", 36.52, 241.30, 12],
    ["罗定市泷州网络科技有限公司", "电商运营商（代运营）", "2020.6.18", "2020-06-18", 18.40, 126.75, 15],
    ["云浮市南江物流有限公司罗定分公司", "物流企业", D("2020-07-01"), "2020-07-01", 0, 0, 22],
    ["罗定市聚龙肉桂电子商务有限公司", "销售型（网店）", "2020年7月", "2020-07", 27.16, 198.42, 9],
    ["罗定市农优汇电商平台有限公司", "平台型", "20200810", "2020-08-10", 55.83, 402.66, 18],
    ["罗定市豆豉世家食品有限公司", "销售型（网店）", "2020.9.1", "2020-09-01", 12.05, 88.90, 6],
    ["罗定市速运快递服务有限公司", "物流企业", "2020.9.15", "2020-09-15", 0, 0, 14],
    ["罗定市船步直播文化传媒有限公司", "直播（MCN）", "2020.10.8", "2020-10-08", 41.27, 265.18, 11],
    ["罗定市榃滨鸡电子商务有限公司", "销售型（网店）", D("2020-11-02"), "2020-11-02", 9.88, 70.14, 5],
    ["罗定市云仓供应链管理有限公司", "仓储物流", "2020.12.1", "2020-12-01", 0, 0, 16],
    ["罗定市罗镜肉桂产业电商有限公司", "销售型（网店）", "21.1.5", "2021-01-05", 14.62, 93.37, 7],
    ["罗定市素龙农产品电子商务有限公司", "销售型（网店）", "2021.3.1", "2021-03-01", 8.45, 41.20, 4],
    ["罗定市天成代运营服务有限公司", "电商运营商（代运营）", "2021/4/12", "2021-04-12", 6.30, 22.85, 6],
    ["罗定市好物优选网络科技有限公司", "平台型", "2021.5.6", "2021-05-06", 19.74, 58.66, 8],
    ["罗定市泷江米业电子商务有限公司", "销售型（网店）", "2021年6月", "2021-06", 7.92, 15.10, 3],
    ["罗定市乡味跨境电子商务有限公司", "跨境电商", "2021.7.1", "2021-07-01", 3.58, 5.02, 4],
    ["罗定市皇榜直播工作室", "直播（MCN）", "2021.8.2", "2021-08-02", 5.16, 5.16, 3],
    ["罗定市源记农品电子商务有限公司", "销售型（网店）", "2021.8.23", "2021-08-23", 0.86, 0.86, 2],
  ];
  const OUT_M = [["罗定市惠农通电子商务有限公司", "平台型", "2020.10.20", "2020-10-20", "2021.8.20", "2021-08-20", 2.40, 61.38, 0, "8月20日迁出（搬至云浮市区）"]];
  const OUT_P = [
    ["罗定市鲜达同城配送有限公司", "物流企业", "2020.7.15", "2020-07-15", "2020.12.15", "2020-12-15", null, null, null, "经营不善，已注销"],
    ["罗定市新农人直播传媒有限公司", "直播（MCN）", "2020.11.10", "2020-11-10", "2021.3.31", "2021-03-31", null, 12.60, null, "迁至罗城街道自有场地"],
  ];
  {
    const W = 10, rows = [], merges = [], recs = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("罗定市电子商务产业园入驻企业经营情况月报表");
    full("报送单位：罗定市电商产业园运营中心（罗定市泷州网络科技有限公司）　　所属月份：2021年8月　　金额单位：万元");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "迁出时间", "本月网络销售额", "1—8月累计网络销售额", "从业人员（人）", "备注"]);
    let k = 0;
    const put = (e, sec) => {
      k++;
      rows.push([k, e[0], creditCode(AREA, k), e[1], e[2], sec === 0 ? null : e[4], sec === 0 ? e[4] : e[6], sec === 0 ? e[5] : e[7], sec === 0 ? e[6] : e[8], sec === 0 ? null : e[9]]);
      recs.push({ name: e[0], entered: e[3], left: sec === 0 ? null : e[5] });
    };
    full("一、在园企业");
    IN.forEach((e) => put(e, 0));
    const sm = IN.reduce((a, e) => a + Math.round(e[4] * 100), 0) / 100, sc = IN.reduce((a, e) => a + Math.round(e[5] * 100), 0) / 100, sp = IN.reduce((a, e) => a + e[6], 0);
    rows.push([null, `在园企业小计（${IN.length}家）`, null, null, null, null, sm, sc, sp, null]); merges.push(`B${R()}:F${R()}`);
    full("二、本月迁出企业");
    OUT_M.forEach((e) => put(e, 1));
    full("三、往月迁出企业（备查，不计入本月数据）");
    OUT_P.forEach((e) => put(e, 2));
    const tm = Math.round((sm + OUT_M[0][6]) * 100) / 100, tc = Math.round((sc + OUT_M[0][7]) * 100) / 100;
    rows.push([null, "合计（一＋二）", null, null, null, null, tm, tc, sp, null]); merges.push(`B${R()}:F${R()}`);
    full("注：入驻时间以入驻协议起始日为准，只记到月的按协议；迁出时间为实际搬离日期。物流企业不做网络销售，销售额填0。");
    full("填报人：园区运营中心 陈××　　审核：罗定市商务局电商股　　报送日期：2021年9月3日");
    assert(sm === 267.74 && sc === 1635.57 && sp === 165, `在园小计 ${sm} ${sc} ${sp}`);
    sheets.push(sheet("园区企业月报", rows, merges));
    expect["园区企业月报"] = { kind: "enterprises", records: recs };
    assert(recs.length === 21 && recs.filter((r) => r.left).length === 3, "21 enterprises, 3 left");
  }
  // ---------------------------------------------------------------- media: 采访接待登记
  // [采访日期, 媒体, 级别, 记者, 主题, 刊播情况, 形式, 刊播日期 cell, iso|null, level, tv]
  const MD = [
    ["2020.9.15", "罗定市融媒体中心（罗定电视台）", "县级", "黄××", "村级电商站点助农销售", "已播出", "电视", "2020.9.17", "2020-09-17", "county", true],
    ["2020.10.28", "云浮日报", "市级", "李××", "罗定肉桂“触网”", "已刊发", "报纸", "2020.11.3", "2020-11-03", "city", false],
    ["2020.12.9", "南方日报", "省级", "陈××", "罗定电商产业园集聚效应", "已刊发", "报纸", D("2020-12-21"), "2020-12-21", "province", false],
    ["2021.1.12", "广东广播电视台 触电新闻客户端", "省级", "梁××", "年货节直播带货", "已发布", "网络（客户端）", "2021.1.14", "2021-01-14", "province", false],
    ["2021.3.3", "云浮广播电视台", "市级", "邓××", "脱贫户网店创业", "未播出（栏目调整）", "—", "—", null, null, null],
    ["2021.4.20", "广东广播电视台珠江频道《今日关注》", "省级", "何××", "电商扶贫：榃滨鸡卖出山", "已播出", "电视", "2021.5.6", "2021-05-06", "province", true],
    ["2021.6.9", "中央广播电视总台央视农业农村频道", "国家级", "王××", "肉桂产业电商化", "已播出", "电视", "2021年7月（具体日期待播出证明）", "2021-07", "national", true],
    ["2021.8.24", "罗定市融媒体中心", "县级", "黄××", "电商培训进村", "已发布", "网络", "21.8.25", "2021-08-25", "county", false],
    ["2021.8.30", "人民日报", "国家级", "张××", "县域电商发展", "待刊发", "—", "—", null, null, null],
    ["2021.9.2", "云浮日报", "市级", "李××", "示范县创建成效", "已刊发", "报纸", "2021.9.8", "2021-09-08", "city", false],
  ];
  {
    const W = 10, rows = [], merges = [], recs = [];
    rows.push(span("罗定市商务局新闻采访接待登记表", W)); merges.push("A1:J1");
    rows.push(span("登记人：办公室 叶××　　“刊播日期”按见报、播出或发布日期填写；未刊播的写明原因", W)); merges.push("A2:J2");
    rows.push(["序号", "采访日期", "媒体名称", "媒体级别", "记者", "采访主题", "刊播情况", "刊播形式", "刊播日期", "陪同人员"]);
    MD.forEach((m, i) => {
      rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], "电商股 罗××"]);
      if (m[8]) recs.push({ date: m[8], level: m[9], tv: m[10] });
    });
    sheets.push(sheet("采访接待登记", rows, merges));
    expect["采访接待登记"] = { kind: "media", records: recs };
    assert(recs.length === 8 && recs.filter((r) => r.tv).length === 3, "8 reports, 3 on TV");
  }
  // ---------------------------------------------------------------- reports: 文件报送签收登记簿
  // [日期 cell, iso, 文件名称, 份数, 接收单位, 方式, 签收人, 备注, isReport, poverty]
  const mr = (m) => `罗定市商务局关于报送${m}电子商务进农村综合示范工作进展情况的报告`;
  const FJ = "（附电商扶贫统计表）";
  const RP = [
    ["2020.9.8", "2020-09-08", mr("2020年8月"), 2, "云浮市商务局", "纸质＋粤政易", "陈××", null, true, false],
    ["2020/9/15", "2020-09-15", "关于申请拨付第二批村级站点建设资金的请示", 3, "罗定市财政局", "纸质", "冯××", null, false],
    ["2020.10.9", "2020-10-09", mr("2020年9月"), 2, "云浮市商务局", "粤政易", "陈××", null, true, false],
    ["2020.11.6", "2020-11-06", mr("2020年10月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", "10月起附扶贫统计表", true, true],
    [D("2020-12-07"), "2020-12-07", mr("2020年11月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["2020.12.18", "2020-12-18", "关于我市电子商务进农村综合示范工作情况的汇报", 5, "罗定市人民政府办公室", "纸质", "莫××", null, false],
    ["2021.1.8", "2021-01-08", mr("2020年12月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["21.2.5", "2021-02-05", mr("2021年1月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["2021.3.5", "2021-03-05", mr("2021年2月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["2021.4.8", "2021-04-08", mr("2021年3月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["2021.5.7", "2021-05-07", mr("2021年4月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["2021.6.8", "2021-06-08", mr("2021年5月"), 2, "云浮市商务局", "粤政易", "陈××", "漏附扶贫统计表", true, false],
    ["2021.6.25", "2021-06-25", "关于报送脱贫户电商培训名单的函", 1, "罗定市乡村振兴局", "纸质", "苏××", null, false],
    ["2021.7.7", "2021-07-07", mr("2021年6月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["2021.8.6", "2021-08-06", mr("2021年7月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
    ["2021.9.7", "2021-09-07", mr("2021年8月") + FJ, 2, "云浮市商务局", "粤政易", "陈××", null, true, true],
  ];
  {
    const W = 8, rows = [], merges = [], recs = [];
    rows.push(span("罗定市商务局文件报送签收登记簿（电商股）", W)); merges.push("A1:H1");
    rows.push(span("2020年9月—2021年9月　　报云浮市商务局的月度进展报告附电商扶贫统计表的，在文件名称后注明“（附电商扶贫统计表）”", W)); merges.push("A2:H2");
    rows.push(["序号", "报送日期", "文件名称", "份数", "报送单位（接收方）", "报送方式", "接收人签收", "备注"]);
    RP.forEach((r, i) => {
      rows.push([i + 1, r[0], r[2], r[3], r[4], r[5], r[6], r[7]]);
      if (r[8]) recs.push({ date: r[1], poverty: r[9] });
    });
    sheets.push(sheet("文件报送签收簿", rows, merges));
    expect["文件报送签收簿"] = { kind: "reports", records: recs };
    assert(recs.length === 13 && recs.filter((r) => r.poverty).length === 10, "13 reports, 10 with poverty statistics");
    assert(monthsCovered(recs.map((r) => r.date)) === 12, "12 months");
  }
  sheets.push(sheet("字典", [["媒体级别", "刊播形式", "企业类型"], ["国家级", "电视", "平台型"], ["省级", "报纸", "销售型（网店）"], ["市级", "网络", "电商运营商（代运营）"],
    ["县级", "网络（客户端）", "物流企业"]], null, { hidden: true }));
  expect["字典"] = { kind: null };
  write("ledgers/b124-l2-luoding.json", {
    description:
      "云浮罗定市商务局交的一本台账，四个表。①《园区企业月报》是园区运营中心报来的2021年8月《入驻企业经营情况月报表》（金额万元）：表头 序号｜企业名称｜统一社会信用代码｜企业类型｜入驻时间｜迁出时间｜本月网络销售额｜1—8月累计｜从业人员｜备注，分“一、在园企业”（18家，带小计行）、“二、本月迁出企业”、“三、往月迁出企业（备查）”三段，末有合计、注和填报人。读法：三段的企业都是记录（一家一条，序号连续），入驻取“入驻时间”（“2020年7月”“2021年6月”只到月，“20200810”“21.1.5”照读），退出取“迁出时间”（惠农通2021.8.20、鲜达同城2020.12.15、新农人2021.3.31），在园企业没有退出；小计、合计、段标题不是企业；销售额、人数与入驻无关。共21家。②《采访接待登记》是局办公室的新闻采访接待登记：一次采访一行，日期读“刊播日期”不读“采访日期”；级别在“媒体级别”列；“刊播形式”为电视的才是电视（广东广播电视台触电新闻客户端是网络，不是电视）；云浮广播电视台“未播出（栏目调整）”、人民日报“待刊发”没有见报，不是报道；央视农业农村频道“2021年7月（具体日期待播出证明）”只到月；9月8日云浮日报也照列。共8条。③《文件报送签收簿》是电商股的文件报送签收登记簿：只有报“云浮市商务局”的月度进展报告是报送记录，报市财政局、市政府办、市乡村振兴局的不是；日期读“报送日期”（不是报告所属月份）；标题后注“（附电商扶贫统计表）”的为含扶贫统计，2020年9月、10月两次和2021年6月8日那次（备注“漏附”）没有 → 否。共13条。④《字典》是隐藏的下拉选项表，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// counties/b124-c1-mazhang: 湛江麻章区 — 事实与自评在《任务分解表》（迎检任务分解及完成情况：完成情况文字、股室初评｜局复核两栏分，
// 以局复核为准）；台账都是从别的业务表借来的：民政换届选举结果统计表（当村名单）、站点运营考核评分表、讲师课酬发放表（合并格）、
// 脱贫户专场误工补贴花名册、防返贫监测系统导出、入园申请审批登记、会计科目明细账（借方＝支付，年/月/日分开，红字冲销）、
// 粤政易发文记录、网站内容管理系统稿件导出、宣传部新闻宣传积分表、政务信息报送采用登记
// =====================================================================================
(function c1() {
  const AREA = "440811";
  const sheets = [];
  const TOWNS = [
    ["麻章镇", ["麻章", "新村", "金园", "瑞丰", "南湖"], ["南畔村", "那甘村", "瑞云村", "迈合村", "旧县村", "洋边村", "鸭曹村", "麻俸村", "博立村", "东岭村",
      "北月村", "谭葛村", "龙湾村", "新屋村", "通明村", "赤岭村", "边坡村", "田头村", "岭头村", "坡尾村"]],
    ["太平镇", ["太平", "圩镇"], ["后洋村", "西厅村", "山尾村", "那洋村", "仙来村", "瑶岭村", "港头村", "调那村", "世乔村", "新坡村", "文昌村", "塘口村",
      "谷庙村", "通济村", "东林村", "西湾村", "沙尾村", "敦文村", "龙井村"]],
    ["湖光镇", ["湖光圩", "岩边"], ["湖光村", "东岸村", "百儒村", "陈铁村", "良丰村", "调罗村", "洋青村", "南坡村", "那澳村", "大井村", "石头村", "岭北村",
      "迈生村", "高岭村", "平乐村", "沙湾村", "文车村"]],
  ];
  const ADMIN = TOWNS.flatMap((t) => t[2]), COMM = TOWNS.flatMap((t) => t[1]);
  const POOR = ["迈合村", "瑶岭村", "调那村", "百儒村", "陈铁村"];
  assert(ADMIN.length === 56 && COMM.length === 9 && new Set(ADMIN).size === 56, "56 villages + 9 communities");
  POOR.forEach((p) => assert(ADMIN.includes(p), "poor " + p));
  const SUR = "陈林黄吴梁庞符钟莫许谭李王杨蔡冯何邓谢郑";
  const GIV = ["志强", "国华", "建明", "海燕", "伟文", "秀英", "永康", "德才", "美玲", "振兴", "少雄", "金凤", "文光", "丽娟", "子健", "春梅", "家旺", "月娥", "桂芳", "俊杰"];
  const person = (i) => SUR[(i * 7) % SUR.length] + GIV[(i * 3 + Math.floor(i / 20) * 7 + 5) % GIV.length];

  // ---------------------------------------------------------------- 村居换届 (villages; poor flag added; no express column)
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("麻章区2021年村（社区）“两委”换届选举结果统计表");
    full("填报单位：区民政局　　2021年5月20日　　（“省定贫困村”一栏由区商务局补填）");
    rows.push(["序号", "镇（街道）", "村（社区）名称", "类别", "登记选民数", "参选率", "当选村（居）委会主任", "书记、主任“一肩挑”", "省定贫困村"]);
    let no = 0;
    TOWNS.forEach((t) => {
      const s = R() + 1;
      t[1].forEach((c) => { no++; rows.push([no, t[0], c + "社区居委会", "居委会", 1200 + (no * 397) % 3100, (90 + (no * 7) % 9) + "." + (no % 10) + "%", person(no), no % 3 ? "是" : "否", null]); });
      t[2].forEach((v) => {
        no++;
        rows.push([no, t[0], v + "委会", "村委会", 800 + (no * 373) % 2600, (88 + (no * 5) % 11) + "." + ((no * 3) % 10) + "%", person(no), no % 4 ? "是" : "否", POOR.includes(v) ? "是" : null]);
      });
      rows[s - 1][1] = t[0];
      for (let r = s + 1; r <= R(); r++) rows[r - 1][1] = null;
      merges.push(`B${s}:B${R()}`);
      rows.push([null, t[0] + "小计", `村委会${t[2].length}个、居委会${t[1].length}个`, null, null, null, null, null, `${t[2].filter((v) => POOR.includes(v)).length}个`]);
      merges.push(`C${R()}:H${R()}`);
    });
    rows.push([null, "全区合计", `村委会${ADMIN.length}个、居委会${COMM.length}个`, null, null, null, null, null, `${POOR.length}个`]); merges.push(`C${R()}:H${R()}`);
    full("注：类别“村委会”为行政村，“居委会”为社区；“省定贫困村”栏“是”为省定贫困村，空白为否（区商务局补填）。");
    sheets.push(sheet("村居换届统计", rows, merges));
  }

  // ---------------------------------------------------------------- 站点考核 (stations)
  const UNCOV = ["博立村", "北月村", "赤岭村", "田头村", "坡尾村", "世乔村", "谷庙村", "东林村", "沙尾村", "敦文村", "良丰村", "大井村", "石头村", "迈生村", "平乐村", "沙湾村", "文车村"];
  const COVERED = ADMIN.filter((v) => !UNCOV.includes(v));
  assert(COVERED.length === 39 && POOR.every((p) => COVERED.includes(p)), "39 covered, all poor covered");
  const start = Date.UTC(2020, 4, 20);
  const isoAdd = (d) => new Date(start + d * 86400000).toISOString().slice(0, 10);
  // [town, station name, village written, canonical|null, cell, iso]
  const ST = [];
  let si = 0;
  const stCell = (iso, i) => {
    if (i === 7 || i === 20) return [`${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月`, iso.slice(0, 7)];
    return [[fmtDot, D, fmtDot, fmtCn, fmt2y, fmtSlash][i % 6](iso), iso];
  };
  TOWNS.forEach((t) => {
    if (t[0] === "麻章镇") ST.push([t[0], "麻章社区电商服务站", "麻章社区", null, "2020.9.28", "2020-09-28"]);
    t[2].forEach((v) => {
      if (COVERED.includes(v)) {
        const iso = isoAdd(si * 11);
        const [cell, is] = stCell(iso, si);
        ST.push([t[0], v + "电商服务站", v, v, cell, is]);
        si++;
        if (v === "南畔村") ST.push([t[0], "南畔村电商服务站（二站）", "南畔村民委员会", "南畔村", "2021.5.18", "2021-05-18"]);
      }
      if (v === "赤岭村") ST.push([t[0], "赤岭村电商服务站", "赤岭村", "赤岭村", "2021.9.6", "2021-09-06"]);
      if (v === "平乐村") ST.push([t[0], "平乐村电商服务站", "平乐村", "平乐村", D("2021-09-06"), "2021-09-06"]);
    });
  });
  assert(ST.length === 43, "43 station rows got " + ST.length);
  const covNow = new Set(ST.filter((s) => s[3] && dateOk(s[5])).map((s) => s[3]));
  assert(covNow.size === 39 && ST.every((s) => !s[3] || ADMIN.includes(s[3])), "39 villages covered at cut-off");
  const covAll = new Set(ST.filter((s) => s[3]).map((s) => s[3]));
  assert(covAll.size === 41, "41 with September");
  // eslint-disable-next-line no-constant-binary-expression -- the figures written out, as the writer checked them
  assert(39 * 100 < 56 * 70 && 39 * 100 >= 56 * 50 && 41 * 100 >= 56 * 70, "39/56 = 69.6% → 2 ; 41/56 = 73.2% would be 5");
  {
    const W = 11, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:K${R()}`); };
    full("麻章区2021年1—8月村级电子商务服务站点运营考核评分表");
    full("考核单位：区商务局、区电子商务公共服务中心　　考核日期：2021年9月1日");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "开业运营时间", "1—8月订单数（单）", "1—8月代购代销额（元）", "考核得分", "等次", "奖补金额（元）", "备注"]);
    let so = 0, ss = 0, sj = 0;
    ST.forEach((s, i) => {
      const sept = s[5] > AS_OF;
      if (sept) { rows.push([i + 1, s[0], s[1], s[2], s[4], "—", "—", "—", "新开业不参加考核", "—", "9月新开业"]); return; }
      const score = 55 + (i * 37) % 45, orders = 300 + (i * 211) % 2400, sales = orders * (38 + (i % 20));
      const grade = score >= 90 ? "优秀" : score >= 75 ? "良好" : score >= 60 ? "合格" : "不合格";
      const award = { 优秀: 3000, 良好: 2000, 合格: 1000, 不合格: 0 }[grade];
      so += orders; ss += sales; sj += award;
      rows.push([i + 1, s[0], s[1], s[2], s[4], orders, sales, score, grade, award, grade === "不合格" ? "限期整改，仍正常营业" : s[3] === null ? "社区站" : null]);
    });
    rows.push([null, "合计", `${ST.length}个站点`, null, null, so, ss, null, null, sj, null]); merges.push(`C${R()}:E${R()}`);
    full("注：1．考核期为2021年1月1日至8月31日，2021年开业的按实际运营月份考核；2．“不合格”站点限期整改，仍在正常营业；3．9月新开业的2个站点列入名单，不参加本期考核。");
    assert(rows.some((r) => r[8] === "不合格"), "at least one 不合格");
    sheets.push(sheet("站点运营考核", rows, merges));
  }

  // ---------------------------------------------------------------- 课酬发放 (training sessions)
  // [iso, cell, 班名, [[讲师, 职称/单位, 课时, 元/课时]], 参训人数]
  const SESS = [
    ["2020-07-09", "2020.7.9", "农村电商基础知识（麻章镇）", [["林志远", "湛江职业技术学院 讲师", 3, 500]], 112],
    ["2020-08-13", D("2020-08-13"), "网店开设与运营（太平镇）", [["陈思敏", "电商企业运营总监", 4, 500]], 96],
    ["2020-09-10", "2020年9月10日", "直播带货实操（湖光镇）", [["黄宇航", "主播培训师", 3, 800], ["梁晓彤", "湛江麻章云商网络科技有限公司", 3, 500]], 150],
    ["2020-10-22", "20201022", "农产品品牌与包装设计", [["吴家明", "广东海洋大学 副教授", 4, 800]], 180],
    ["2020-11-19", "2020.11.19", "短视频拍摄与剪辑", [["庞嘉欣", "短视频运营师", 4, 500]], 205],
    ["2020-12-10", "2020.12.10", "电商政策宣讲（区直机关及镇村干部）", [["许文杰", "区商务局 股长", 2, 0]], 260],
    ["2021-01-14", "21.1.14", "农村电商普及培训（麻章镇各村）", [["林志远", "湛江职业技术学院 讲师", 3, 500]], 320],
    ["2021-03-11", "2021.3.11", "直播带货进阶", [["黄宇航", "主播培训师", 3, 800], ["冯海涛", "直播基地负责人", 3, 500]], 188],
    ["2021-03-25", D("2021-03-25"), "网店美工", [["谢婉婷", "美工设计师", 4, 500]], 142],
    ["2021-04-22", "2021.4.22", "跨境电商入门", [["郑浩然", "跨境电商企业总经理", 3, 800]], 165],
    ["2021-05-20", "2021/5/20", "农村青年电商创业", [["陈思敏", "电商企业运营总监", 4, 500]], 230],
    ["2021-06-17", "2021.6.17", "红橙、菠萝网络营销", [["吴家明", "广东海洋大学 副教授", 3, 800]], 246],
    ["2021-07-08", "2021年7月8日", "社区团购与社群营销", [["何俊峰", "社区团购平台区域经理", 3, 500]], 198],
    ["2021-08-12", "2021.8.12", "农村电商物流与冷链", [["邓国梁", "物流企业负责人", 2, 500], ["蔡志伟", "冷链企业技术主管", 2, 500]], 212],
    ["2021-08-26", "2021.8.26", "农村电商普及培训（太平镇各村）", [["林志远", "湛江职业技术学院 讲师", 3, 500]], 185],
    ["2021-09-09", "2021.9.9", "农村电商普及培训（湖光镇各村）", [["林志远", "湛江职业技术学院 讲师", 3, 500]], 130],
  ];
  const S_IN = SESS.filter((s) => s[0] <= AS_OF).reduce((a, s) => a + s[4], 0);
  const S_ALL = SESS.reduce((a, s) => a + s[4], 0);
  assert(S_IN === 2889 && S_ALL === 3019, "sessions 2889 (3019 with September) got " + S_IN);
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("麻章区电子商务进农村培训讲师课酬发放表");
    full("（2020年7月—2021年9月　经办：区电子商务公共服务中心　　课酬单位：元）");
    rows.push(["序号", "培训日期", "培训班名称", "授课讲师", "职称/单位", "课时", "参训人数（以签到表为准）", "课酬标准（元/课时）", "课酬金额（元）", "领款人签字"]);
    let no = 0, hours = 0, pay = 0, ppl = 0;
    SESS.forEach((s) => {
      no++; ppl += s[4];
      const top = R() + 1;
      s[3].forEach((l, k) => {
        hours += l[2]; pay += l[2] * l[3];
        rows.push([k === 0 ? no : null, k === 0 ? s[1] : null, k === 0 ? s[2] : null, l[0], l[1], l[2], k === 0 ? s[4] : null, l[3] || "—", l[2] * l[3] || "—（公职人员不领课酬）", l[3] ? l[0] : null]);
      });
      if (s[3].length > 1) merges.push(`A${top}:A${R()}`, `B${top}:B${R()}`, `C${top}:C${R()}`, `G${top}:G${R()}`);
    });
    rows.push(["合计", null, `${SESS.length}期`, null, null, hours, ppl, null, pay, null]); merges.push(`A${R()}:B${R()}`);
    full("注：1．同一期由两位讲师授课的，培训日期、班名、参训人数合并填写，人数只计一次；2．脱贫户电商技能专场由区乡村振兴局组织，误工补贴另表发放，不在本表。");
    assert(ppl === S_ALL, "合计人数");
    sheets.push(sheet("讲师课酬发放", rows, merges));
  }

  // ---------------------------------------------------------------- 监测系统导出 (poorPersons) and 专场补贴 (training by person)
  // [key, 镇, 村, 户主, 姓名, 关系, 性别, birth, 劳动技能, 务工状况, 务工所在地, 月数]
  const PP = [
    ["E1", "太平镇", "瑶岭村", "陈亚福", "陈亚福", "户主", "男", "19680312", "普通劳动力", "未务工", null, null],
    ["E2", "太平镇", "瑶岭村", "陈亚福", "林秀英", "配偶", "女", "19700725", "普通劳动力", "乡（镇）内务工", "太平镇", 6],
    ["N1", "太平镇", "瑶岭村", "陈亚福", "陈志明", "之子", "男", "19941102", "技能劳动力", "省外务工", "浙江省义乌市", 10],
    ["O1", "太平镇", "瑶岭村", "陈亚福", "陈小燕", "之孙女", "女", "20150509", "无劳动力", null, null, null],
    ["E3", "太平镇", "瑶岭村", "黄金莲", "黄金莲", "户主", "女", "19620918", "弱劳动力或半劳动力", "未务工", null, null],
    ["N2", "太平镇", "瑶岭村", "黄金莲", "吴国栋", "之子", "男", "19880430", "普通劳动力", "县外省内务工", "广州市白云区", 11],
    ["O2", "太平镇", "瑶岭村", "黄金莲", "吴伟", "之孙子", "男", "20090214", "无劳动力", "在校生", null, null],
    ["E24", "太平镇", "瑶岭村", "林亚九", "林亚九", "户主", "男", "19610130", "弱劳动力或半劳动力", "未务工", null, null],
    ["O7", "太平镇", "瑶岭村", "林亚九", "吴秀兰", "配偶", "女", "19630619", "丧失劳动力", null, null, null],
    ["N5", "太平镇", "调那村", "梁德才", "梁德才", "户主", "男", "19591201", "丧失劳动力", null, null, null],
    ["E4", "太平镇", "调那村", "梁德才", "梁春梅", "之女", "女", "19900606", "普通劳动力", "乡（镇）外县内务工", "麻章区湖光镇", 9],
    ["E5", "太平镇", "调那村", "梁德才", "庞志强", "之女婿", "男", "19870819", "普通劳动力", "未务工", null, null],
    ["E6", "太平镇", "调那村", "庞文华", "庞文华", "户主", "男", "19750122", "普通劳动力", "未务工", null, null],
    ["E7", "太平镇", "调那村", "庞文华", "何玉兰", "配偶", "女", "19771003", "普通劳动力", "未务工", null, null],
    ["N3", "太平镇", "调那村", "庞文华", "庞俊杰", "之子", "男", "19990317", "技能劳动力", "省外务工", "福建省厦门市", 12],
    ["E8", "湖光镇", "百儒村", "符永康", "符永康", "户主", "男", "19660528", "普通劳动力", "乡（镇）内务工", "湖光镇", 5],
    ["E9", "湖光镇", "百儒村", "符永康", "郑桂芳", "配偶", "女", "19691211", "弱劳动力或半劳动力", "未务工", null, null],
    ["N4", "湖光镇", "百儒村", "符永康", "符海燕", "之女", "女", "19960920", "普通劳动力", "县外省内务工", "湛江市霞山区", 10],
    ["N6", "湖光镇", "百儒村", "钟亚四", "钟亚四", "户主", "男", "19500404", "无劳动力", null, null, null],
    ["E10", "湖光镇", "百儒村", "钟亚四", "钟国华", "之子", "男", "19790715", "普通劳动力", "未务工", null, null],
    ["E11", "湖光镇", "百儒村", "钟亚四", "李美玲", "之儿媳", "女", "19820226", "普通劳动力", "乡（镇）内务工", "湖光镇", 8],
    ["O3", "湖光镇", "百儒村", "钟亚四", "钟晓敏", "之孙女", "女", "20061130", "无劳动力", "在校生", null, null],
    ["E12", "湖光镇", "陈铁村", "陈振兴", "陈振兴", "户主", "男", "19720808", "技能劳动力", "未务工", null, null],
    ["E13", "湖光镇", "陈铁村", "陈振兴", "谢秋菊", "配偶", "女", "19740321", "普通劳动力", "未务工", null, null],
    ["N7", "湖光镇", "陈铁村", "陈振兴", "陈文博", "之子", "男", "20001205", "普通劳动力", "省外务工", "广西壮族自治区北海市", 9],
    ["O4", "湖光镇", "陈铁村", "莫家旺", "莫家旺", "户主", "男", "19550616", "丧失劳动力", null, null, null],
    ["E14", "湖光镇", "陈铁村", "莫家旺", "莫少雄", "之子", "男", "19830109", "普通劳动力", "未务工", null, null],
    ["E15", "湖光镇", "陈铁村", "莫家旺", "邓秀珍", "之儿媳", "女", "19850523", "普通劳动力", "乡（镇）外县内务工", "麻章区麻章镇", 7],
    ["E16", "麻章镇", "迈合村", "吴亚六", "吴亚六", "户主", "男", "19641010", "普通劳动力", "未务工", null, null],
    ["E17", "麻章镇", "迈合村", "吴亚六", "杨金凤", "配偶", "女", "19660202", "弱劳动力或半劳动力", "未务工", null, null],
    ["O5", "麻章镇", "迈合村", "吴亚六", "吴志勇", "之子", "男", "19910707", "普通劳动力", "县外省内务工", "东莞市", 12],
    ["E18", "麻章镇", "迈合村", "蔡文光", "蔡文光", "户主", "男", "19700909", "普通劳动力", "未务工", null, null],
    ["E19", "麻章镇", "迈合村", "蔡文光", "冯月娥", "配偶", "女", "19710414", "普通劳动力", "未务工", null, null],
    ["E20", "麻章镇", "南畔村", "许国华", "许国华", "户主", "男", "19781224", "普通劳动力", "乡（镇）内务工", "麻章镇", 10],
    ["E21", "麻章镇", "南畔村", "许国华", "王丽娟", "配偶", "女", "19800815", "普通劳动力", "未务工", null, null],
    ["O6", "麻章镇", "南畔村", "许国华", "许子轩", "之子", "男", "20120601", "无劳动力", "在校生", null, null],
    ["E22", "湖光镇", "湖光村", "谭月华", "谭月华", "户主", "女", "19731111", "普通劳动力", "未务工", null, null],
    ["E23", "湖光镇", "湖光村", "谭月华", "李永生", "之子", "男", "19950418", "技能劳动力", "乡（镇）外县内务工", "麻章区太平镇", 11],
  ];
  const LABOUR = new Set(["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"]), MIGRANT = new Set(["县外省内务工", "省外务工"]);
  const P = {};
  PP.forEach((p, i) => { P[p[0]] = { row: p, id: makeIdSex(AREA, p[7], 300 + i * 53, p[0] === "E3" || p[0] === "E11", p[6]) }; });
  const eligible = PP.filter((p) => LABOUR.has(p[8]) && !MIGRANT.has(p[9])).map((p) => p[0]);
  assert(PP.length === 38 && eligible.length === 24 && eligible.every((k) => k[0] === "E") && PP.filter((p) => p[0][0] === "E").length === 24, "24 eligible = the E's");
  assert(P.E3.id.endsWith("X") && P.E11.id.endsWith("X"), "two X");
  const SPEC = [
    ["第一期", "2020年12月18日", "2020-12-18", "太平镇文化站", ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "N1", "N2", "N3", "N4", "N5"]],
    ["第二期", "2021年4月14日", "2021-04-14", "湖光镇文化站", ["E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E1", "E2", "E3", "E4", "N4", "N5", "N6"]],
    ["第三期", "2021年9月8日", "2021-09-08", "麻章镇文化站", ["E13", "E14", "E15", "E16", "E1", "E2", "E3", "N1", "N2", "N7"]],
  ];
  const P_IN = SPEC.filter((s) => s[2] <= AS_OF).reduce((a, s) => a + s[4].length, 0);
  const P_ALL = SPEC.reduce((a, s) => a + s[4].length, 0);
  assert(P_IN === 28 && P_ALL === 38, "poor roster 28 rows (38 with September)");
  const trainedIn = new Set(SPEC.filter((s) => s[2] <= AS_OF).flatMap((s) => s[4]));
  const trainedEligible = [...trainedIn].filter((k) => eligible.includes(k));
  assert(trainedEligible.length === 12 && trainedIn.size === 18, "12 eligible trained, 18 trained persons in all");
  // eslint-disable-next-line no-constant-binary-expression -- the figures written out, as the writer checked them
  assert(12 * 100 >= 24 * 50 && 12 * 100 < 24 * 70 && 18 * 100 >= 24 * 70, "50% → 10, no bonus; 18/24 = 75% would wrongly give the bonus");
  const trainedEligAll = new Set(SPEC.flatMap((s) => s[4]).filter((k) => eligible.includes(k)));
  assert(trainedEligAll.size === 16 && 16 * 100 < 24 * 70, "with September 16/24 = 66.7%, still no bonus");
  const PT = S_IN + P_IN;
  assert(PT === 2917 && PT * 1000 >= 302000 * 8 && PT * 100 < 302000, "2917 / 302000 = 0.966% → 8");
  assert((S_ALL + P_ALL) * 100 >= 302000 && (S_ALL + P_ALL) === 3057, "with September 3057 ≥ 1%");
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("麻章区脱贫户电商技能专场培训误工补贴发放花名册");
    full("组织单位：区乡村振兴局、区商务局　　补贴标准：80元/人/期（每期1天）　　一行为一人一期");
    rows.push(["序号", "姓名", "性别", "身份证号码", "镇", "村", "补贴金额（元）", "领取人签名", "备注"]);
    let tot = 0, amt = 0;
    SPEC.forEach((s) => {
      // eslint-disable-next-line no-irregular-whitespace -- the full-width spaces a clerk types
      rows.push([`${s[0]}　培训时间：${s[1]}　地点：${s[3]}`, null, null, null, null, null, null, null, null]); merges.push(`A${R()}:I${R()}`);
      s[4].forEach((k, j) => {
        const p = P[k].row;
        let idc = P[k].id;
        if (k === "E3" && s[0] === "第二期") idc = idc.toLowerCase();
        const proxy = k === "N5" && s[0] === "第二期";
        rows.push([j + 1, p[4], p[6], idc, p[1], p[2], 80, proxy ? "梁春梅（代领）" : p[4], proxy ? "本人行动不便，由女儿代领，本人到场参训" : null]);
      });
      tot += s[4].length; amt += 80 * s[4].length;
      rows.push([null, "本期小计", `${s[4].length}人`, null, null, null, 80 * s[4].length, null, null]); merges.push(`C${R()}:F${R()}`);
    });
    rows.push([null, "合计", `${tot}人次`, null, null, null, amt, null, null]); merges.push(`C${R()}:F${R()}`);
    sheets.push(sheet("脱贫户专场补贴", rows, merges));
  }
  {
    const W = 13, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:M${R()}`); };
    full("全国防返贫监测信息系统　脱贫人口明细（导出）");
    full("导出条件：广东省/湛江市/麻章区/全部乡镇　人口状态：正常　导出时间：2021-08-30 10:22:36　导出人：mz_sxczj01");
    full("区商务局注：劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的按有劳动能力计，“丧失劳动力”“无劳动力”按无劳动能力计（区乡村振兴局口径）；务工状况“县外省内务工”“省外务工”为外出务工，“乡（镇）内务工”“乡（镇）外县内务工”不是外出务工。");
    rows.push(["序号", "乡镇", "行政村", "户编号", "户主姓名", "姓名", "证件号码", "与户主关系", "性别", "劳动技能", "务工状况", "务工所在地", "务工时间（月）"]);
    const hh = {};
    PP.forEach((p, i) => {
      if (!hh[p[3]]) hh[p[3]] = AREA + String(10000000 + Object.keys(hh).length * 7919 + 1203450).slice(1);
      rows.push([i + 1, p[1], p[2], hh[p[3]], p[3], p[4], P[p[0]].id, p[5], p[6], p[8], p[9], p[10], p[11]]);
    });
    sheets.push(sheet("防返贫监测导出", rows, merges));
  }

  // ---------------------------------------------------------------- 入园审批 (enterprises)
  // [申请日期, 企业, 类型, 面积, 意见, 签约 cell, 签约 iso, 退园 cell, 退园 iso, 备注, codeKey]
  const EN = [
    ["2020.6.8", "湛江麻章云商网络科技有限公司", "电商运营服务", 300, "同意", "2020.7.1", "2020-07-01", null, null, "公共服务中心运营方"],
    ["2020.6.8", "湛江市红橙优选电子商务有限公司", "网店销售", 120, "同意", "2020.7.1", "2020-07-01", null, null, null],
    ["2020.6.15", "湛江湖光岩农产品电子商务有限公司", "网店销售", 100, "同意", "2020.7.10", "2020-07-10", null, null, null],
    ["2020.6.20", "湛江市麻章区速达快递有限公司", "快递物流", 260, "同意", "2020.7.15", "2020-07-15", null, null, null],
    ["2020.6.28", "湛江市麻章区海味餐饮管理有限公司", "餐饮", 150, "不同意（非电商企业）", null, null, null, null, null],
    ["2020.7.6", "湛江鲜果汇供应链有限公司", "仓储物流", 400, "暂缓（材料不全）", null, null, null, null, null],
    ["2020.7.20", "湛江市南海湾直播文化传媒有限公司", "直播电商", 180, "同意", D("2020-08-03"), "2020-08-03", null, null, null],
    ["2020.8.5", "湛江鲜果汇供应链有限公司", "仓储物流", 400, "同意", "2020.8.17", "2020-08-17", null, null, "补齐材料后重新申请（原7月6日申请暂缓）"],
    ["2020.8.12", "湛江农品汇电商平台有限公司", "电商平台", 200, "同意", "2020.9.1", "2020-09-01", null, null, null],
    ["2020.8.26", "湛江市麻章区邻里优选网络科技有限公司", "社区团购平台", 150, "同意", "2020.9.10", "2020-09-10", "2021.3.31", "2021-03-31", "业务调整退园"],
    ["2020.9.14", "湛江海之味水产电子商务有限公司", "网店销售", 120, "同意", "2020.10.8", "2020-10-08", null, null, null],
    ["2020.9.30", "湛江市瑞云包装设计有限公司", "美工设计服务", 80, "同意", "2020.10.16", "2020-10-16", null, null, null],
    ["2020.10.19", "麻章区那甘红橙专业合作社", "网店销售", 60, "同意", null, null, null, null, "合作社决定在村站点经营，放弃入驻，未签约"],
    ["2020.10.27", "湛江市云仓物流有限公司", "快递物流", 350, "同意", "2020.11.9", "2020-11-09", null, null, null],
    ["2020.11.16", "湛江市金麻章文化传媒有限公司", "直播电商", 150, "同意", "2020.12.1", "2020-12-01", "2021.6.30", "2021-06-30", "协议到期不续"],
    ["2020.12.3", "湛江市南国优品电子商务有限公司", "网店销售", 100, "同意", "2021.1.4", "2021-01-04", null, null, null],
    ["2020.12.21", "湛江市海岸线农产品有限公司", "农产品批发", 300, "不同意（无网络销售业务）", null, null, null, null, null],
    ["2021.1.11", "湛江市湖光岩旅游商品电子商务有限公司", "网店销售", 90, "同意", "2021.1.25", "2021-01-25", null, null, null],
    ["2021.2.22", "湛江市麻章区农淘代运营服务有限公司", "电商代运营", 120, "同意", "2021.3.8", "2021-03-08", null, null, null],
    ["2021.3.15", "湛江市鲜到家电子商务有限公司", "网店销售", 100, "同意", "2021.4.1", "2021-04-01", "2021.8.15", "2021-08-15", "提前退园"],
    ["2021.4.6", "湛江市红土地直播基地有限公司", "直播电商", 240, "同意", "2021.4.19", "2021-04-19", null, null, null],
    ["2021.4.28", "湛江市粤西好物电子商务有限公司", "网店销售", 100, "同意", "2021.5.10", "2021-05-10", null, null, null],
    ["2021.5.17", "湛江市麻章区乐购跨境电子商务有限公司", "跨境电商", 120, "同意", "2021.6.1", "2021-06-01", null, null, null],
    ["2021.6.9", "湛江市农e通信息科技有限公司", "电商平台", 150, "同意", "2021.6.21", "2021-06-21", null, null, null],
    ["2021.7.5", "湛江市蓝海冷链物流有限公司", "冷链物流", 300, "同意", "2021.7.19", "2021-07-19", null, null, null],
    ["2021.8.2", "湛江市麻章区小红橙直播工作室", "直播电商", 60, "同意", "2021.9.6", "2021-09-06", null, null, null],
    ["2021.8.16", "湛江市菠萝侠电子商务有限公司", "网店销售", 80, "同意", "2021.8.30", "2021-08-30", null, null, null],
  ];
  const codeOf = {}; let ck = 0;
  EN.forEach((e) => { if (!codeOf[e[1]]) codeOf[e[1]] = creditCode(AREA, ++ck); });
  const entered = EN.filter((e) => e[6]);
  const inPark = entered.filter((e) => e[6] <= AS_OF && !(e[8] && e[8] <= AS_OF));
  assert(new Set(entered.map((e) => codeOf[e[1]])).size === entered.length, "no enterprise entered twice");
  assert(entered.length === 23 && entered.filter((e) => e[6] <= AS_OF).length === 22 && inPark.length === 19, "23 signed, 22 by cut-off, 19 in park");
  assert(EN.filter((e) => e[4] === "同意").length === 24, "24 同意 rows");
  const types = new Set(inPark.map((e) => e[2]));
  assert(types.has("网店销售") && types.has("快递物流") && types.has("电商平台") && types.has("电商代运营"), "≥3 types");
  {
    const W = 10, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:J${R()}`); };
    full("麻章电商产业园入驻申请审批登记表");
    full("登记单位：区电子商务公共服务中心（园区运营方）　　登记至2021年9月10日");
    rows.push(["序号", "申请日期", "申请企业名称", "统一社会信用代码", "经营类型", "申请面积（㎡）", "审核意见", "签约入驻日期", "退园日期", "备注"]);
    EN.forEach((e, i) => rows.push([i + 1, e[0], e[1], codeOf[e[1]], e[2], e[3], e[4], e[5], e[7], e[9]]));
    full("注：审核“同意”后签订入驻协议，以“签约入驻日期”为入驻日期，未签约的没有入驻；退园的填写“退园日期”，未填的仍在园。同一企业重新申请的，以最后一次审核为准。");
    sheets.push(sheet("入园审批登记", rows, merges));
  }

  // ---------------------------------------------------------------- 专项资金明细账 (funds: 借方 = 支付)
  const ALLOC = 5000000;
  // [y, m, d, 凭证, 摘要, 借方]
  const PAY = [
    [2020, 3, 26, "记-18", "支付区电子商务公共服务中心装修工程预付款", 600000],
    [2020, 5, 14, "记-22", "拨付村级电商服务站点建设第一批补助", 420000],
    [2020, 6, 30, "记-41", "支付公共服务中心装修工程进度款", 480000],
    [2020, 8, 20, "记-35", "支付电商培训服务费（第一期）", 186500],
    [2020, 10, 15, "记-27", "支付村级站点设备采购款", 268000],
    [2020, 10, 15, "记-28", "支付村级站点设备采购款", 268000],
    [2020, 10, 31, "记-52", "冲销10月15日记-28号重复记账（红字）", -268000],
    [2020, 12, 28, "记-66", "拨付农村物流配送中心建设补助", 350000],
    [2021, 1, 22, "记-9", "支付电商培训服务费（第二期）", 173200],
    [2021, 3, 18, "记-31", "支付品牌建设及推广服务费", 240000],
    [2021, 5, 27, "记-40", "拨付村级电商服务站点建设第二批补助", 360000],
    [2021, 7, 9, "记-18", "支付电商产业园公共设施改造款", 298720],
    [2021, 8, 25, "记-45", "支付电商培训服务费（第三期）", 210000],
    [2021, 9, 16, "记-23", "拨付公共服务中心运营补贴", 300000],
  ];
  const iso = (p) => `${p[0]}-${String(p[1]).padStart(2, "0")}-${String(p[2]).padStart(2, "0")}`;
  const SPENT = PAY.filter((p) => iso(p) <= AS_OF).reduce((a, p) => a + p[5], 0);
  const SPENT21 = PAY.filter((p) => p[0] === 2021 && iso(p) <= AS_OF).reduce((a, p) => a + p[5], 0);
  assert(SPENT === 3586420 && SPENT * 100 >= ALLOC * 70, "3,586,420 = 71.7% ≥ 70%");
  assert(SPENT21 === 1281920 && SPENT21 * 100 < ALLOC * 70, "2021 only would be 25.6%");
  assert((SPENT + 268000) * 100 >= ALLOC * 70, "ignoring the reversal stays ≥ 70%");
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("其他应付款　明细账");
    full("科目：224101 其他应付款—省级电子商务进农村综合示范专项资金　　核算单位：湛江市麻章区商务局　　单位：元");
    full("说明：2019年12月20日收到省级下达专项资金5,000,000.00元（2019年记-45号），以“上年结转”贷方余额列示；本科目借方为支付（拨付）金额，贷方为收到资金；红字以负数表示。");
    let bal = ALLOC;
    [2020, 2021].forEach((y) => {
      rows.push(span(null, W));
      rows.push([y + "年", null, "凭证字号", "摘要", "借方", "贷方", "借或贷", "余额"]); merges.push(`A${R()}:B${R()}`);
      rows.push(["月", "日", null, null, null, null, null, null]);
      merges.push(`C${R() - 1}:C${R()}`, `D${R() - 1}:D${R()}`, `E${R() - 1}:E${R()}`, `F${R() - 1}:F${R()}`, `G${R() - 1}:G${R()}`, `H${R() - 1}:H${R()}`);
      rows.push([1, 1, null, "上年结转", null, null, "贷", bal]);
      let yd = 0;
      const months = [...new Set(PAY.filter((p) => p[0] === y).map((p) => p[1]))];
      months.forEach((m) => {
        let md = 0;
        PAY.filter((p) => p[0] === y && p[1] === m).forEach((p) => { bal -= p[5]; md += p[5]; rows.push([p[1], p[2], p[3], p[4], p[5], null, "贷", bal]); });
        yd += md;
        rows.push([null, null, null, "本月合计", md, 0, "贷", bal]);
        rows.push([null, null, null, "本年累计", yd, 0, "贷", bal]);
      });
      if (y === 2020) rows.push([12, 31, null, "结转下年", null, null, "贷", bal]);
    });
    assert(bal === ALLOC - SPENT - 300000 && bal === 1113580, "balance 1,113,580");
    full("会计：区商务局 何××　　记账：梁××　　打印日期：2021-09-17");
    sheets.push(sheet("专项资金明细账", rows, merges));
  }

  // ---------------------------------------------------------------- 粤政易发文记录 (reports)
  const RPT = [
    ["2020-09-07 16:32:18", "2020年8月", "61", false, "已签收", "2020-09-08 09:15:02"],
    ["2020-10-09 10:05:41", "2020年9月", "70", false, "已签收", "2020-10-09 15:20:33"],
    ["2020-11-06 17:48:09", "2020年10月", "79", true, "已签收", "2020-11-09 08:41:12"],
    ["2020-12-07 11:12:55", "2020年11月", "88", true, "已签收", "2020-12-07 16:03:27"],
    ["2021-01-08 09:36:20", "2020年12月", "2", true, "已签收", "2021-01-08 14:52:10"],
    ["2021-03-05 15:21:47", "2021年1—2月", "11", true, "已签收", "2021-03-05 17:10:08"],
    ["2021-04-07 10:40:02", "2021年3月", "19", true, "已签收", "2021-04-07 11:35:44"],
    ["2021-05-08 16:55:31", "2021年4月", "27", true, "已退回（附件版本错误）", null],
    ["2021-05-10 09:02:16", "2021年4月", "27", true, "已签收", "2021-05-10 10:18:39"],
    ["2021-06-07 14:27:50", "2021年5月", "35", true, "已签收", "2021-06-07 17:44:21"],
    ["2021-07-07 11:08:33", "2021年6月", "43", true, "已签收", "2021-07-08 09:01:57"],
    ["2021-08-06 15:46:12", "2021年7月", "51", true, "已签收", "2021-08-06 16:30:40"],
    ["2021-09-07 10:19:25", "2021年8月", "60", true, "已签收", "2021-09-07 14:06:18"],
  ];
  const repMonths = monthsCovered(RPT.map((r) => r[0].slice(0, 10)));
  assert(repMonths === 11, "reports cover 11 months (no February 2021)");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("粤政易公文交换　发文记录导出", W)); merges.push("A1:H1");
    rows.push(span("发文单位：湛江市麻章区商务局　　接收单位：湛江市商务局　　时间范围：2020-09-01 至 2021-09-30　　共13条", W)); merges.push("A2:H2");
    rows.push(["序号", "发送时间", "文件标题", "发文字号", "接收单位", "附件", "签收状态", "签收时间"]);
    RPT.forEach((r, i) => {
      const y = r[0].slice(0, 4);
      rows.push([i + 1, r[0], `湛江市麻章区商务局关于报送${r[1]}电子商务进农村综合示范工作进展情况的函${i === 8 ? "（重新报送）" : ""}`, `麻商函〔${y}〕${r[2]}号`, "湛江市商务局",
        r[3] ? "1.工作进展情况表.xlsx；2.电商扶贫统计表.xlsx" : "1.工作进展情况表.xlsx", r[4], r[5]]);
    });
    sheets.push(sheet("粤政易发文记录", rows, merges));
  }

  // ---------------------------------------------------------------- 网站稿件导出 (disclosures)
  const COL = "专题专栏 > 电子商务进农村综合示范";
  // [id, title, column, status, created, published]
  const CMS = [
    [10254, "湛江市麻章区电子商务进农村综合示范县工作方案", COL, "已发布", "2019-12-11 17:20", "2019-12-12 09:30"],
    [10391, "麻章区电子商务进农村综合示范项目基本信息公示", COL, "已发布", "2020-01-07 15:02", "2020-01-08 10:15"],
    [11026, "关于设立电子商务进农村综合示范工作监督举报电话和邮箱的公告", COL, "已发布", "2020-06-18 11:40", "2020-06-19 08:50"],
    [11433, "2020年8月项目建设进度", COL, "已发布", "2020-09-10 16:05", "2020-09-11 09:12"],
    [11602, "2020年9月项目建设进度", COL, "已发布", "2020-10-12 14:47", "2020-10-13 10:03"],
    [11788, "2020年10月项目建设进度", COL, "已发布", "2020-11-09 17:31", "2020-11-10 08:45"],
    [11931, "区商务局召开电子商务进农村工作推进会", "政务动态 > 部门动态", "已发布", "2020-12-14 18:02", "2020-12-15 09:20"],
    [12010, "2020年11月项目建设进度", COL, "草稿", "2020-12-28 16:40", null],
    [12155, "2020年11—12月项目建设进度", COL, "已发布", "2021-01-11 15:26", "2021-01-12 09:05"],
    [12340, "2021年1月项目建设进度", COL, "已发布", "2021-02-08 16:18", "2021-02-09 10:40"],
    [12502, "2021年2月项目建设进度", COL, "已发布", "2021-03-08 17:02", "2021-03-09 08:55"],
    [12577, "村级电商服务站点名单（更新）", COL, "已撤稿", "2021-03-22 10:10", "2021-03-22 10:30"],
    [12690, "2021年3月项目建设进度", COL, "已发布", "2021-04-09 16:33", "2021-04-12 09:15"],
    [12845, "2021年4月项目建设进度", COL, "已发布", "2021-05-10 17:20", "2021-05-11 08:40"],
    [13011, "2021年5月项目建设进度", COL, "已发布", "2021-06-09 15:51", "2021-06-10 09:22"],
    [13187, "关于开展2021年农村电商普及培训的通知", "信息公开 > 通知公告", "已发布", "2021-06-28 11:06", "2021-06-28 15:30"],
    [13240, "2021年6月项目建设进度", COL, "已发布", "2021-07-09 16:44", "2021-07-12 08:58"],
    [13416, "2021年7月项目建设进度", COL, "已发布", "2021-08-09 17:12", "2021-08-10 09:35"],
    [13589, "2021年8月项目建设进度", COL, "已发布", "2021-09-07 16:25", "2021-09-08 09:10"],
  ];
  const discMonths = monthsCovered(CMS.filter((c) => c[2] === COL && c[3] !== "草稿" && c[5]).map((c) => c[5].slice(0, 10)));
  assert(discMonths === 11, "column updated in 11 months (none in 2020-12)");
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("湛江市麻章区人民政府门户网站　内容管理系统　稿件列表（导出）", W)); merges.push("A1:H1");
    rows.push(span("检索条件：发布单位＝区商务局；关键词＝电子商务　　导出时间：2021-09-10 11:02", W)); merges.push("A2:H2");
    rows.push(["稿件ID", "标题", "所属栏目", "状态", "创建时间", "发布时间", "发布人", "浏览量"]);
    CMS.forEach((c, i) => rows.push([c[0], c[1], c[2], c[3], c[4], c[5], "麻章商务", c[5] ? 80 + (i * 173) % 900 : 0]));
    rows.push(span("状态说明：“已发布”在网站可见；“草稿”未发布；“已撤稿”为发布后撤下。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("网站稿件导出", rows, merges));
  }

  // ---------------------------------------------------------------- 宣传积分 (media)
  // [cell, iso, title, media, level text, 形式, 积分, 备注, level, tv]
  const MED = [
    ["2020.9.24", "2020-09-24", "麻章区举办农村电商直播带货培训", "麻章融媒", "区级", "网络", 1, null],
    ["2020.11.6", "2020-11-06", "麻章：电商让红橙卖出好价钱", "南方日报", "省级", "报纸", 5, null],
    ["2020.12.2", "2020-12-02", "村村有了电商服务站", "麻章电视台《麻章新闻》", "区级", "电视", 1, null],
    ["2021.3.17", "2021-03-17", "湖光菠萝“云上”走俏", "南方+客户端", "省级", "网络", 5, null],
    ["2021.6.11", "2021-06-11", "瑶岭村：脱贫户开网店，红橙出深山", "广东广播电视台《广东新闻联播》", "省级", "电视", 5, "电商扶贫典型案例"],
    ["2021.7.20", "2021-07-20", "麻章区电商培训走进田间地头", "麻章融媒", "区级", "网络", 1, null],
    ["2021.9.3", "2021-09-03", "麻章电商示范县创建见成效", "湛江日报", "市级", "报纸", 3, null],
    ["2021.9.8", "2021-09-08", "电商扶贫典型案例：湛江麻章红橙网上俏", "中央广播电视总台央视农业农村频道", "国家级", "电视", 10, "电商扶贫典型案例"],
  ];
  {
    const W = 8, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:H${R()}`); };
    full("麻章区新闻宣传工作积分统计表（区商务局）");
    full("统计时段：2020年9月1日—2021年9月10日　　统计单位：区委宣传部新闻科　　积分标准：国家级10分、省级5分、市级3分、区级1分");
    rows.push(["序号", "刊播时间", "稿件标题", "刊播媒体", "媒体级别", "形式", "积分", "备注"]);
    MED.forEach((m, i) => rows.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6], m[7]]));
    const pts = MED.reduce((a, m) => a + m[6], 0);
    rows.push(["合计", null, null, null, null, null, pts, null]); merges.push(`A${R()}:F${R()}`);
    full("注：积分为区委宣传部年度考核积分，与示范县考评无关；备注栏“电商扶贫典型案例”由区商务局标注。");
    assert(pts === 31, "积分 31");
    sheets.push(sheet("新闻宣传积分", rows, merges));
  }
  const lv = new Set(MED.filter((m) => m[1] <= AS_OF).map((m) => m[4]));
  assert(lv.has("省级") && lv.has("区级") && !lv.has("市级") && !lv.has("国家级"), "province + county by cut-off");

  // ---------------------------------------------------------------- 信息报送采用 (materials)
  {
    const MT = [
      ["2020.10.12", "麻章区多措并举推进村级电商服务站点建设", "区委办公室（《麻章信息》）", "采用（第86期）"],
      ["2021.3.18", "麻章区“电商＋合作社”助农增收的经验做法", "湛江市商务局", "采用（《湛江商务》2021年第5期）"],
      ["2021.6.2", "麻章区电商培训助力乡村振兴", "区政府办公室", "未采用"],
      ["2021.9.6", "麻章区电子商务进农村综合示范创建工作总结", "湛江市商务局", "已报送"],
    ];
    const W = 5, rows = [];
    rows.push(span("区商务局政务信息及经验材料报送采用登记", W));
    rows.push(["序号", "报送日期", "信息（材料）标题", "报送对象", "采用情况"]);
    MT.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3]]));
    sheets.push(sheet("信息报送采用", rows, ["A1:E1"]));
  }

  // ---------------------------------------------------------------- 任务分解表 (facts, judged, claims)
  const LEAD = "2019年11月成立区电子商务进农村综合示范工作领导小组（湛麻府办〔2019〕41号），区长任组长，分管副区长任常务副组长，成员单位为区商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、交通运输局、市场监管局、邮政分公司。";
  // [序号, 指标, id, [[评分项目, 分值, 责任, 完成情况, 初评, 复核, 备注, judgedKey]]]
  const TK = [
    ["1", "组织领导（2分）", "org.leadership", [["主要领导牵头，商务、财政、农业、扶贫等部门参与", 2, "办公室", LEAD, 2, 2, null]]],
    ["2", "方案制定（2分）", "org.plan", [["正式印发示范县工作方案（1-2分）", 2, "电商股", "《湛江市麻章区电子商务进农村综合示范县工作方案》2019年12月6日由区政府办公室正式印发（麻府办〔2019〕38号）。", 2, 2, null, "org.plan"]]],
    ["3", "政策支持（2分）", "org.policy", [["出台政策且得到较好落实（1-2分）", 2, "电商股", "2020年6月出台《麻章区促进农村电子商务发展扶持办法》，已兑现奖补5家企业。", 2, 1, "局复核：落实面偏窄", "org.policy"]]],
    ["4", "项目管理（4分）", "org.management", [
      ["建立项目管理制度，建设、验收严格落实（1-2分）", 2, "电商股", "制定《项目建设管理办法》《项目验收办法》，已完成中心、站点两批验收。", 2, 2, null, "org.management.system"],
      ["建立完整工作台账（1-2分）", 2, "电商股", "建立站点、培训、资金、园区等工作台账。", 2, 1, "局复核：2020年上半年台账记录不全", "org.management.ledger"]]],
    ["5", "服务体系建设—县级中心与产业园（15分）", "work.center", [
      ["建成县级电子商务公共服务中心", 2, "电商股", "区电子商务公共服务中心2020年11月16日投入运营（运营方：湛江麻章云商网络科技有限公司）。", 2, 2, null],
      ["建成后正常运行6个月以上", 2, "电商股", "截至8月31日已连续运营9个半月。", 2, 2, null],
      ["有免费培训场所、设备，能组织基础培训", 2, "中心", "中心设培训室150㎡、电脑40台，免费开展电商基础培训。", 2, 2, null],
      ["为特色农产品提供免费展示、销售", 1, "中心", "设农特产品展示展销区，免费展示、销售。", 1, 1, null],
      ["提供免费摄影、美工服务", 1, "中心", "免费提供产品摄影、美工设计。", 1, 1, null],
      ["组织统一推广、指导品牌建设", 1, "中心", "组织“麻章红橙”“湖光菠萝”统一推广，指导品牌建设。", 1, 1, null],
      ["提供其他衍生增值服务", 1, "中心", "暂未开展（金融、物流对接服务计划9月开通）。", 0, 0, null],
      ["建设或整合、优化电商产业园", 2, "电商股", "整合区创业孵化基地建成麻章电商产业园。", 2, 2, null],
      ["产业园入驻企业20家以上", 2, "中心", "累计签约入驻企业23家（见《入园审批登记》）。", 2, 2, null],
      ["入驻企业三种以上类型", 1, "中心", "有电商平台、网店销售、代运营、快递物流、直播等类型。", 1, 1, null]]],
    ["6", "服务体系建设—村级站点覆盖（10分）", "work.coverage", [
      ["行政村覆盖率70%以上", 5, "电商股", "已建村级站点43个，覆盖41个行政村（41/56＝73.2%）和1个社区。", 5, 5, null],
      ["省定贫困村覆盖率100%", 5, "电商股", "5个省定贫困村全部建有站点。", 5, 5, null]]],
    ["7", "农村产品上行（10分）", "work.upward", [
      ["网销调研并形成针对性建议（1-2分）", 2, "电商股", "2020年6月完成全区农产品网络销售调研报告，报市商务局。", 2, 2, null, "work.upward.research"],
      ["网络促销活动成效明显（1-2分）", 2, "电商股", "开展“麻章红橙节”网络促销等活动3场。", 2, 1, "局复核：成效佐证不足", "work.upward.promotion"],
      ["有专业第三方运营或服务商", 1, "电商股", "引入湛江麻章云商网络科技有限公司为第三方电子商务运营服务商。", 1, 1, null],
      ["行政村物流快递覆盖率100%", 1, "邮政分公司", "行政村快递覆盖率100%（区邮政分公司2021年6月核查）。", 1, 1, null],
      ["出台交易标准，建立冷链、溯源系统（1-2分）", 2, "电商股", "制定红橙分级标准，接入省农产品质量安全追溯平台。", 1, 1, null, "work.upward.standards"],
      ["2020年农村或农产品网零增速≥30%", 2, "电商股", "2020年农村网络零售额12.86亿元（2019年10.54亿元），增长22.0%；农产品网络零售额3.42亿元（2019年2.60亿元），增长31.5%。", 2, 2, null]]],
    ["8", "电商人才培训（20分）", "work.training", [
      ["培训人次达常住人口1%以上", 10, "中心", `累计培训${thousands(S_ALL + P_ALL)}人次（含9月两期），占常住人口1.01%。`, 10, 10, null],
      ["有劳动能力贫困人口培训率50%以上", 10, "乡村振兴局", "有劳动能力且未外出务工的脱贫人口24人，截至8月底参训12人，培训率50%。", 10, 10, null]]],
    ["9", "信息公开（4分）", "info.disclosure", [
      ["设立公开专栏且内容全面", 2, "电商股", "区政府网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、建设进度，设监督举报电话和邮箱。", 2, 2, null],
      ["专栏按月更新", 2, "电商股", "专栏每月更新项目建设进度。", 2, 2, null]]],
    ["10", "数据上报（6分）", "info.reporting", [
      ["每月向市商务局报送", 3, "电商股", "每月通过粤政易向市商务局报送工作进展。", 3, 3, null],
      ["能统计电商扶贫情况", 3, "电商股", "2020年10月份月报（11月6日报送）起附电商扶贫统计表。", 3, 3, null]]],
    ["11", "案例总结（2分）", "promo.cases", [["向市商务局报送经验材料", 2, "电商股", "2021年3月18日向市商务局报送“电商＋合作社”经验材料，被《湛江商务》采用。", 2, 2, null]]],
    ["12", "经验推广（8分）", "promo.media", [["省级4分、市级3分、县级1分", 8, "办公室", "南方日报、南方+、广东新闻联播（省级）；湛江日报（市级，9月3日刊发）；麻章融媒、麻章电视台（区级）。", 8, 5, "局复核：湛江日报在截止日后，不计市级"]]],
    ["13", "制度建立（5分）", "fund.system", [["建立资金管理制度并有效落实（1-5分）", 5, "财务股", "制定《麻章区电子商务进农村综合示范专项资金管理办法》，执行区级报账制。", 5, 4, null, "fund.system"]]],
    ["14", "资金台账（5分）", "fund.ledger", [["资金专用台账完整清晰（1-5分）", 5, "财务股", "设专项资金明细账（其他应付款明细科目），逐笔登记。", 4, 4, null, "fund.ledger"]]],
    ["15", "资金支出（5分）", "fund.spending", [["支出率70%以上，及时拨付（1-5分）；低于70%倒扣5分", 5, "财务股", `下达500万元，截至8月31日累计支付${thousands(SPENT)}元，支出率71.7%，按进度拨付。`, 5, 4, null, "fund.spending"]]],
  ];
  const BON = [
    ["加1", "建档立卡贫困人口培训率70%以上", 2, "乡村振兴局", "培训率50%，未达到。", 0, 0, "bonus.poorTraining"],
    ["加2", "电商扶贫典型案例获电视播报（国家级2分、省级1分）", 2, "办公室", "2021年6月11日广东广播电视台《广东新闻联播》播出瑶岭村电商扶贫典型案例（省级）。", 1, 1, "bonus.tvCase"],
  ];
  const VETO = [
    ["否1", "发生安全生产、质量事故或重大经济损失、不良影响", "未发生。"],
    ["否2", "项目建设进度严重滞后，总体进度不足40%", "项目总体进度88%。"],
    ["否3", "弄虚作假", "无。"],
  ];
  const claimed = {}, judged = {}, first = {};
  let sumFirst = 0, sumClaim = 0;
  {
    const W = 9, rows = [], merges = [];
    const R = () => rows.length;
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${R()}:I${R()}`); };
    full("麻章区电子商务进农村综合示范创建考评迎检工作任务分解表（完成情况及自评）");
    full("区电子商务进农村综合示范工作领导小组办公室　　2021年9月2日");
    full("一、基本情况");
    rows.push(["区（县）", "湛江市麻章区", null, "考评截止日期", "2021年8月31日", null, "常住人口", "30.2万人（七普）", null]);
    merges.push(`B${R()}:C${R()}`, `E${R()}:F${R()}`, `H${R()}:I${R()}`);
    rows.push(["行政村", "56个（另有社区居委会9个）", null, "省定贫困村", "5个", null, "省级下达资金", "500万元", null]);
    merges.push(`B${R()}:C${R()}`, `E${R()}:F${R()}`, `H${R()}:I${R()}`);
    full("二、任务分解及完成情况（完成情况统计截至2021年8月31日；上报自评分以“局复核”栏为准，“股室初评”仅作参考）");
    rows.push(["序号", "考评指标", "评分项目", "分值", "责任股室（单位）", "完成情况", "股室初评", "局复核", "备注"]);
    TK.forEach((t) => {
      const top = R() + 1;
      let f = 0, c = 0;
      t[3].forEach((it, k) => {
        rows.push([k === 0 ? t[0] : null, k === 0 ? t[1] : null, it[0], it[1], it[2], it[3], it[4], it[5], it[6]]);
        f += it[4]; c += it[5];
        if (it[7]) judged[it[7]] = it[5];
      });
      if (t[3].length > 1) {
        rows.push([null, null, "小计", t[3].reduce((a, it) => a + it[1], 0), null, null, f, c, null]);
        merges.push(`A${top}:A${R()}`, `B${top}:B${R()}`);
      }
      claimed[t[2]] = c; first[t[2]] = f; sumFirst += f; sumClaim += c;
    });
    full("加分项（不超过4分）");
    BON.forEach((b) => { rows.push([b[0], "加分项", b[1], b[2], b[3], b[4], b[5], b[6], null]); claimed[b[7]] = b[6]; });
    full("一票否决项");
    VETO.forEach((v) => rows.push([v[0], "一票否决", v[1], "—", "办公室", v[2], "—", "—", null]));
    const bf = BON.reduce((a, b) => a + b[5], 0), bc = BON.reduce((a, b) => a + b[6], 0);
    rows.push(["合计", null, null, 100, null, null, `${sumFirst}（另加分${bf}）`, `${sumClaim}（另加分${bc}）`, null]); merges.push(`A${R()}:C${R()}`);
    full("填表：区商务局电商股 许××　　复核：区商务局局长 梁××　　（各项完成情况的佐证材料见所附台账）");
    assert(sumClaim === 89 && bc === 1 && sumFirst === 97, `claims 89 + 1, first 97 got ${sumClaim} ${sumFirst}`);
    sheets.unshift(sheet("任务分解表", rows, merges));
  }
  sheets.unshift(sheet("目录", [["麻章区电子商务进农村综合示范考评迎检资料（电子版）"], [null],
    ["1．任务分解表（事实、完成情况及自评分，以局复核为准）"], ["2．村居换届统计（区民政局，作行政村和省定贫困村清单）"], ["3．站点运营考核（作村级站点清单）"],
    ["4．讲师课酬发放（作培训期次和人次台账）"], ["5．脱贫户专场补贴（脱贫户专场培训签领名单）"], ["6．防返贫监测导出（脱贫人口清单）"], ["7．入园审批登记（产业园企业）"],
    ["8．专项资金明细账"], ["9．粤政易发文记录（月报报送）"], ["10．网站稿件导出（专栏更新）"], ["11．新闻宣传积分（宣传报道）"], ["12．信息报送采用（经验材料）"],
    ["湛江市麻章区商务局　2021年9月"]]));
  sheets.push(sheet("下拉选项", [["等次"], ["优秀"], ["良好"], ["合格"], ["不合格"]], null, { hidden: true }));

  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": judged["org.plan"], "org.policy": judged["org.policy"],
    "org.management": judged["org.management.system"] + judged["org.management.ledger"],
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1,
    "work.coverage": 2 + 5,
    "work.upward": judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": judged["fund.system"], "fund.ledger": judged["fund.ledger"], "fund.spending": judged["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(points["org.plan"] === 2 && points["org.policy"] === 1 && points["org.management"] === 3 && points["work.upward"] === 8 && points["fund.system"] === 4, "judged");
  assert(Math.round((12.86 / 10.54 - 1) * 1000) === 220 && Math.round((3.42 / 2.60 - 1) * 1000) === 315, "22.0%, 31.5%");
  assert(Math.round(SPENT / ALLOC * 1000) === 717, "71.7%");
  const sc = sumPts(points);
  assert(sc === 79, "79 got " + sc);
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const vetoed = false;
  const total = sc + bonus;
  assert(total === 80 && bonus === 1, "total 80");
  write("counties/b124-c1-mazhang.json", {
    description:
      "湛江市麻章区商务局交的整本迎检资料（目录＋12个表＋1个隐藏下拉表），79＋加分1＝80分，未否决（自评以“局复核”为准89＋加分1）。事实和自评在《任务分解表》：上面“一、基本情况”三对 标签｜值（常住人口30.2万人、行政村56个另社区9个、省定贫困村5个、下达资金500万元、截止2021年8月31日），下面是迎检任务分解表 序号｜考评指标｜评分项目｜分值｜责任股室｜完成情况｜股室初评｜局复核｜备注，多项指标有“小计”行（考评指标格纵向合并）。读法：事实都写在“完成情况”文字里；自评分读“局复核”（说明写明以局复核为准，“股室初评”不读）——多项指标读小计行，主观项读各自那一行：方案2、政策1、项目管理制度2、工作台账1、网销调研2、促销1、标准溯源1、资金制度4、资金台账4、及时拨付4。领导小组区长任组长（分管副区长只是常务副组长），商务、财政、农业农村、乡村振兴都在。中心“其他衍生增值服务 暂未开展” → 否。台账都是借来的业务表：《村居换届统计》是区民政局的换届选举结果统计表，“类别”村委会56个是行政村、居委会9个是社区，商务局补了省定贫困村列（没有快递列，快递覆盖按事实）；《站点运营考核》是1—8月站点考核评分表，开业时间格式混杂（“2020年11月”只到月），南畔村两站、“南畔村民委员会”就是南畔村，麻章社区站不算，赤岭村、平乐村2021.9.6开业，“不合格”站点仍在营业照算；《讲师课酬发放》两位讲师的期次日期、班名、参训人数纵向合并，人数只算一次，课时和课酬不是人次，9月9日那期不算；《脱贫户专场补贴》按期分段，段标题里是培训日期，一行一人次，黄金莲第二期身份证号写成小写x，梁德才由女儿代领但本人参训；《防返贫监测导出》上方有商务局注：普通、技能、弱劳动力或半劳动力为有劳动能力，县外省内、省外务工为外出务工，乡（镇）内、乡（镇）外县内务工不是外出；《入园审批登记》只有签了“签约入驻日期”的才入驻，不同意、暂缓、放弃的不是，鲜果汇两次申请是一家，退园的要扣除；《专项资金明细账》是会计明细账，年份在表头“2020年”“2021年”、月日分两列，借方是支付，“本月合计”“本年累计”“上年结转”“结转下年”不是支付，10月31日红字−268,000元冲销重复记账；《粤政易发文记录》按发送时间，1—2月合并在3月5日报送，2021年2月没有；《网站稿件导出》只算栏目为电子商务进农村综合示范专栏且已发布的，2020年12月只有草稿和部门动态；《新闻宣传积分》积分是宣传部考核分，级别看“媒体级别”，湛江日报、央视都在9月；《信息报送采用》只算报市商务局的。",
    sheets,
    expect: { asOf: "2021-08-31", total, bonus, vetoed, points, claimed },
    derivation: [
      "org.leadership: 任务分解表第1项：区长任组长（分管副区长是常务副组长），成员单位有商务、财政、农业农村、乡村振兴（原扶贫办）→ 主要领导牵头、部门齐全 → 2",
      "org.plan: 方案2019年12月6日正式印发；局复核2 → 2",
      "org.policy: 扶持办法2020年6月出台；局复核1（股室初评2不读）→ 1",
      "org.management: 项目管理制度局复核2 ＋ 工作台账局复核1 → 3",
      "work.center: 中心2020-11-16投入运营 ≤ 截止日 2；≤ 2021-02-28，满6个月 2；免费培训 2；免费展示销售 1；免费摄影美工 1；统一推广品牌 1；其他衍生增值服务“暂未开展” 0；产业园已整合 2；入园审批登记签约入驻且截止日前入驻22家，邻里优选（2021.3.31）、金麻章文化（2021.6.30）、鲜到家（2021.8.15）已退园 → 在园19家 < 20 → 0（鲜果汇两次申请是一家；不同意、暂缓、那甘合作社放弃的不算；小红橙2021.9.6签约不算）；类型 电商运营服务、网店销售、快递物流、直播电商、电商平台等 ≥ 3 → 1；合计 12（自评14）",
      `work.coverage: 换届统计表村委会56个（居委会9个不算）；站点考核表截止日前有站的行政村39个（南畔村两站算一个，“南畔村民委员会”＝南畔村；麻章社区站不算；赤岭村、平乐村2021.9.6开业不算）；39/56 = 69.6% → 50%–70% → 2（算上9月两站才41/56 = 73.2%）；省定贫困村迈合、瑶岭、调那、百儒、陈铁都有站 5/5 → 5；合计 7（自评10）`,
      "work.upward: 网销调研2；网络促销局复核1；第三方服务商（麻章云商）1；换届统计表没有快递列，按事实“行政村快递覆盖率100%” 1；交易标准与溯源1；农村网零12.86/10.54亿元 = +22.0% < 30%，但农产品网零3.42/2.60亿元 = +31.5% ≥ 30% → 2；合计 8",
      `work.training: 人次 = 课酬表截止日前15期参训人数 ${S_IN}（两位讲师的3期人数合并只算一次；9月9日130人不算）＋ 脱贫户专场2020.12.18的13人次、2021.4.14的15人次 = ${PT}；基数 min(302,000, 500,000)；${PT}/302,000 = 0.966% → 0.8%–1% → 8（自评按含9月的3,057人次1.01%报10）。监测导出38人，有劳动能力且不外出务工的24人；截止日前专场参训的其中12人（陈亚福、林秀英、黄金莲、梁春梅、庞志强、庞文华、何玉兰、符永康、郑桂芳、钟国华、李美玲、陈振兴；陈志明、吴国栋、庞俊杰、符海燕外出务工，梁德才、钟亚四无劳动能力，不算；两期都参加的只算一人）；12/24 = 50% → 10；合计 18（自评20）`,
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报电话邮箱都有 → 2；稿件导出中专栏已发布的发布时间覆盖2020-09、10、11、2021-01—08，2020年12月只有草稿和一篇部门动态 → 11个月 → 不定时 1；合计 3（自评4）",
      "info.reporting: 粤政易发文记录发送时间覆盖2020-09—12、2021-01、03—08，2021年2月没有发送（1—2月合并3月5日报送）→ 11个月 → 不定时 1；2020年11月6日那次起附电商扶贫统计表，完成情况也写明能统计 → 3；合计 4（自评6）",
      "promo.cases: 2021.3.18向湛江市商务局报送经验材料 → 2（报区委办、区政府办的不算也不影响）",
      "promo.media: 截止日前：南方日报、南方+、广东新闻联播（省级）→ 4；麻章融媒、麻章电视台（区级）→ 1；湛江日报（市级）2021.9.3在截止日后 → 0；合计 5",
      "fund.system: 资金管理办法已制定；局复核4 → 4",
      "fund.ledger: 专项资金明细账；局复核4 → 4",
      `fund.spending: 明细账截止日前借方 2020年 600,000＋420,000＋480,000＋186,500＋268,000＋268,000−268,000（红字冲销）＋350,000 = 2,304,500，2021年 173,200＋240,000＋360,000＋298,720＋210,000 = 1,281,920，合计 ${thousands(SPENT)}元（9月16日300,000不算；本月合计、本年累计行不加）；${thousands(SPENT)}/5,000,000 = 71.7% ≥ 70% → 及时拨付局复核4 → 4（只看2021年会只有25.6%）`,
      "bonus.poorTraining: 12/24 = 50% < 70% → 0（把外出务工和无劳动能力的参训者也算进去才有18/24 = 75%）",
      "bonus.tvCase: 2021.6.11广东新闻联播播出瑶岭村电商扶贫典型案例（省级电视）→ 1；央视农业农村频道2021.9.8在截止日后 → 不得2分",
      "veto.incident: 任务分解表“未发生”安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度88% ≥ 40% → 0，不否决",
      "veto.fraud: “无”弄虚作假 → 0，不否决",
      "total: 2+2+1+3+12+7+8+18+3+4+2+5+4+4+4 = 79，加分1，合计80；局复核自评89＋加分1",
    ],
  });
})();

console.log("wrote:\n" + written.join("\n"));
