"use strict";
// Batch 100 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers

function assert(cond, msg) {
  if (!cond) throw new Error("assertion failed: " + msg);
}

/** A real Excel date cell. */
function D(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error("bad date " + iso);
  return { date: iso };
}

function colIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseRef(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error("bad ref " + ref);
  return { c: colIndex(m[1]), r: Number(m[2]) - 1 };
}

function colLetter(i) {
  let s = "";
  i += 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}

function pad(rows, width) {
  const w = width || Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => {
    if (r.length > w) throw new Error("row longer than width " + w + ": " + JSON.stringify(r));
    return r.concat(Array(w - r.length).fill(null));
  });
}

function sheet(name, rows, merges, extra) {
  const s = { name, rows: pad(rows) };
  if (merges && merges.length) s.merges = merges;
  if (extra) Object.assign(s, extra);
  return s;
}

function spanRow(text, width) {
  return [text].concat(Array(width - 1).fill(null));
}

function isCell(v) {
  if (v === null) return true;
  const t = typeof v;
  if (t === "string" || t === "boolean") return true;
  if (t === "number") return Number.isFinite(v);
  if (t === "object" && !Array.isArray(v)) {
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v.date) &&
      new Date(v.date + "T00:00:00Z").toISOString().slice(0, 10) === v.date;
  }
  return false;
}

function validateSheet(s, where) {
  if (typeof s.name !== "string" || !s.name) throw new Error(where + ": sheet without name");
  if (!Array.isArray(s.rows) || s.rows.length === 0) throw new Error(where + ": no rows");
  const w = s.rows[0].length;
  s.rows.forEach((r, i) => {
    if (!Array.isArray(r) || r.length !== w) throw new Error(`${where}: row ${i + 1} has ${r.length} cells, expected ${w}`);
    r.forEach((v, j) => {
      if (!isCell(v)) throw new Error(`${where}: bad cell ${colLetter(j)}${i + 1}: ${JSON.stringify(v)}`);
    });
  });
  const seen = new Set();
  for (const m of s.merges || []) {
    const mm = /^([A-Z]+\d+):([A-Z]+\d+)$/.exec(m);
    if (!mm) throw new Error(`${where}: bad merge ${m}`);
    const a = parseRef(mm[1]);
    const b = parseRef(mm[2]);
    if (b.r < a.r || b.c < a.c) throw new Error(`${where}: merge ${m} reversed`);
    if (a.r === b.r && a.c === b.c) throw new Error(`${where}: merge ${m} is one cell`);
    if (b.r >= s.rows.length || b.c >= w) throw new Error(`${where}: merge ${m} outside grid ${w}x${s.rows.length}`);
    for (let r = a.r; r <= b.r; r++) {
      for (let c = a.c; c <= b.c; c++) {
        const k = r + ":" + c;
        if (seen.has(k)) throw new Error(`${where}: merge ${m} overlaps another`);
        seen.add(k);
        if ((r !== a.r || c !== a.c) && s.rows[r][c] !== null) {
          throw new Error(`${where}: merge ${m} covers non-empty ${colLetter(c)}${r + 1}: ${JSON.stringify(s.rows[r][c])}`);
        }
      }
    }
  }
}

const SCORED = [
  "org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage",
  "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media",
  "fund.system", "fund.ledger", "fund.spending",
];
const ALL_IDS = SCORED.concat(["bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"]);

const FACT_KEYS = new Set([
  "county", "asOf", "residentPopulation", "adminVillagesStated", "poorVillagesStated", "planIssued", "policyIssued",
  "centerOpened", "centerFreeTraining", "centerDisplay", "centerPhoto", "centerBrand", "centerOther", "parkBuilt",
  "thirdPartyOperator", "expressCoverage", "ruralRetail2019", "ruralRetail2020", "agriRetail2019", "agriRetail2020",
  "ruralRetailGrowthStated", "agriRetailGrowthStated", "trainingPersonTimesStated", "eligiblePoorPersonsStated",
  "trainedPoorPersonsStated", "disclosurePlan", "disclosureProjects", "disclosureProgress", "disclosureWindow",
  "povertyStatisticsStated", "fundAllocated", "fundSpentStated", "fundSystemIssued", "fundLedgerKept",
  "overallProgress", "vetoIncident", "vetoFraud",
]);
const JUDGED_KEYS = new Set([
  "org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research",
  "work.upward.promotion", "work.upward.standards", "fund.system", "fund.ledger", "fund.spending",
]);

function validateCase(obj, file) {
  if (typeof obj.description !== "string" || !obj.description) throw new Error(file + ": no description");
  const names = new Set();
  obj.sheets.forEach((s, i) => {
    validateSheet(s, `${file} sheet ${i + 1} (${s.name})`);
    if (names.has(s.name)) throw new Error(file + ": duplicate sheet name " + s.name);
    names.add(s.name);
    if (s.name.length > 31 || /[\\/?*[\]:]/.test(s.name)) throw new Error(file + ": bad sheet name " + s.name);
  });
  const e = obj.expect;
  if (file.startsWith("facts/")) {
    for (const k of Object.keys(e.facts)) assert(FACT_KEYS.has(k), file + ": unknown fact key " + k);
    for (const k of Object.keys(e.judged)) assert(JUDGED_KEYS.has(k), file + ": unknown judged key " + k);
  }
  if (file.startsWith("ledgers/")) {
    for (const n of Object.keys(e.sheets)) assert(names.has(n), file + ": expect names unknown sheet " + n);
    for (const n of names) assert(e.sheets[n] !== undefined, file + ": sheet without expectation " + n);
  }
  if (file.startsWith("counties/")) {
    const p = e.points;
    for (const id of ALL_IDS) assert(typeof p[id] === "number", file + ": points missing " + id);
    const scored = SCORED.reduce((a, id) => a + p[id], 0);
    const bonus = Math.min(4, p["bonus.poorTraining"] + p["bonus.tvCase"]);
    assert(e.bonus === bonus, file + ": bonus");
    assert(e.total === (e.vetoed ? 0 : scored + bonus), file + ": total");
    assert(Array.isArray(obj.derivation) && obj.derivation.length >= 20, file + ": derivation");
  }
}

const written = [];
function write(rel, obj) {
  validateCase(obj, rel);
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(rel);
}

// ---- 身份证号: valid check digits, deterministic
const W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHK = "10X98765432";
function idCheck(s17) {
  let t = 0;
  for (let i = 0; i < 17; i++) t += Number(s17[i]) * W17[i];
  return CHK[t % 11];
}
/** 18-char ID; if wantX, the sequence is moved on until the check digit is X. */
function makeId(area, birth, seq, wantX) {
  for (let k = 0; k < 200; k++) {
    const s17 = area + birth + String((seq + k) % 1000).padStart(3, "0");
    const c = idCheck(s17);
    if (!wantX || c === "X") return s17 + c;
  }
  throw new Error("no X id");
}

const AS_OF = "2021-08-31";
function dateOk(d) {
  // d: "YYYY-MM-DD" or "YYYY-MM"; a month counts when it is not after the cut-off month
  return d.length === 7 ? d <= AS_OF.slice(0, 7) : d <= AS_OF;
}
/** village-name normalisation used only for the hand checks in this script */
function vnorm(n) {
  return n.replace(/\s+/g, "").replace(/村民委员会$/, "村").replace(/村委会$/, "村").replace(/居民委员会$/, "居委会");
}
function monthsInWindow(dates) {
  const want = [];
  for (let y = 2020, m = 9; !(y === 2021 && m === 9); m === 12 ? (y++, (m = 1)) : m++) {
    want.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  const have = new Set(dates.filter((d) => dateOk(d)).map((d) => d.slice(0, 7)));
  return want.filter((m) => have.has(m)).length;
}

// =====================================================================================
// counties/b100-c1-huicheng: 惠州市惠城区 — facts kept by the operator in a 飞书多维表格, exported
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441302";

  // ---------------------------------------------------------------- 导出说明
  {
    const W = 6;
    const rows = [
      spanRow("惠城区电子商务进农村综合示范创建考评工作簿", W),
      spanRow("说明：", W),
      spanRow("1. “迎检事项库”“指标自评”两张表是区电子商务公共服务中心运营团队在飞书多维表格里维护的迎检数据，8月30日从飞书“导出为Excel”，字段和记录顺序照系统导出，未改动。", W),
      spanRow("2. “迎检事项库”一条记录一个事项，只填与它相关的字段：数量、金额填“数值”和“单位”，日期填“日期”，是否类填“判断”（单选：是/否），文字填“文本内容”，主观评分项填“自评分”。", W),
      spanRow("3. “核实状态”为“已作废”的记录已由后面新增的记录替代（见备注），不作数；“最后修改时间”是系统自动记录的时间，不是事项日期。", W),
      spanRow("4. “指标自评”是电商股8月30日定稿的逐项自评分（自评合计95分，含加分项3分；合计数在飞书仪表盘里，导出表没有合计行）。", W),
      spanRow("5. 附1—附11为各项台账，登记到2021年9月10日；考评截止日为2021年8月31日。", W),
      [null, null, null, null, "惠城区商务局电商股", null],
      [null, null, null, null, "2021年9月10日", null],
    ];
    sheets.push(sheet("导出说明", rows, ["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:F5", "A6:F6", "A7:F7", "E8:F8", "E9:F9"]));
  }

  // ---------------------------------------------------------------- 迎检事项库 (飞书导出)
  {
    const head = ["编号", "考评项", "事项", "数值", "单位", "日期", "判断", "文本内容", "自评分", "核实状态", "负责人", "佐证材料", "备注", "最后修改时间"];
    const rows = [head];
    // rec(no, group, item, {v, u, d, yn, t, s, st, who, ev, note, mt})
    const rec = (no, group, item, o) => rows.push([
      "HC-" + String(no).padStart(3, "0"), group, item,
      o.v === undefined ? null : o.v, o.u || null, o.d ? D(o.d) : null, o.yn || null, o.t || null,
      o.s === undefined ? null : o.s, o.st || "已核实", o.who || "黄××", o.ev || null, o.note || null, o.mt,
    ]);
    rec(1, "基本情况", "所属县（市、区）", { t: "惠城区", mt: "2021/07/12 10:05" });
    rec(2, "基本情况", "考评数据截止日期", { d: "2021-08-31", note: "省厅通知口径", mt: "2021/07/12 10:06" });
    rec(3, "基本情况", "常住人口", { v: 142.3, u: "万人", st: "已作废", note: "2019年末常住人口（统计年鉴），已按七普数更新，见HC-041", mt: "2021/08/20 09:14" });
    rec(4, "基本情况", "行政村个数（不含社区、居委会）", { v: 36, u: "个", ev: "区民政局村（居）委会名单.xlsx", mt: "2021/07/12 10:10" });
    rec(5, "基本情况", "省定贫困村个数", { v: 4, u: "个", note: "大岚、岸背、铁炉湖、官山", mt: "2021/07/12 10:11" });
    rec(6, "组织领导", "示范创建工作领导小组组长", { t: "区委副书记、区长", who: "李××", ev: "惠城府办函〔2019〕203号.pdf", mt: "2021/07/13 15:20" });
    rec(7, "组织领导", "领导小组成员单位", { t: "区商务局,区财政局,区农业农村局,区乡村振兴局,区市场监督管理局,区交通运输局,区邮政快递业发展中心", who: "李××", note: "多选字段，导出为逗号分隔", mt: "2021/07/13 15:22" });
    rec(8, "组织领导", "示范创建工作方案已正式印发", { yn: "是", s: 2, who: "李××", ev: "惠城府办〔2020〕12号.pdf", mt: "2021/08/30 11:02" });
    rec(9, "组织领导", "已出台支持农村电商发展的政策", { yn: "是", s: 1, who: "李××", ev: "惠城府办〔2020〕36号.pdf", note: "扶持办法已出台，兑现落实偏少，自评1分", mt: "2021/08/30 11:03" });
    rec(10, "组织领导", "项目管理制度（建设、验收环节严格落实）", { s: 2, who: "李××", ev: "项目管理办法.pdf", mt: "2021/08/30 11:04" });
    rec(11, "组织领导", "工作台账（详细记录项目建设情况）", { s: 2, who: "李××", mt: "2021/08/30 11:04" });
    rec(12, "服务体系", "县级电子商务公共服务中心投入运营日期", { d: "2021-03-18", st: "已作废", note: "填的是揭牌仪式日期，按正式运营日期更正，见HC-042", mt: "2021/08/25 17:40" });
    rec(13, "服务体系", "中心有免费培训场所、培训设备，能组织电商基础培训", { yn: "是", ev: "培训室照片.zip", mt: "2021/07/14 09:30" });
    rec(14, "服务体系", "中心为特色农产品提供免费展示、销售服务", { yn: "是", mt: "2021/07/14 09:31" });
    rec(15, "服务体系", "中心为电子商务市场主体提供免费摄影、美工服务", { yn: "否", note: "摄影、美工按次收费（50元/款），不算免费", mt: "2021/08/30 11:06" });
    rec(16, "服务体系", "中心组织农产品统一推广、指导特色农产品品牌建设", { yn: "是", mt: "2021/07/14 09:33" });
    rec(17, "服务体系", "中心提供其他衍生增值服务", { yn: "是", t: "代办营业执照、对接金融机构", mt: "2021/07/14 09:34" });
    rec(18, "服务体系", "建设或整合、优化当地电商产业园", { yn: "是", t: "惠城区农村电商产业园（与中心同址）", mt: "2021/07/14 09:36" });
    rec(19, "农产品上行", "对农产品网络销售进行调研并形成针对性建议", { s: 2, who: "陈××", ev: "惠城区农产品网销调研报告.pdf", mt: "2021/08/30 11:08" });
    rec(20, "农产品上行", "开展农村产品网络促销活动", { s: 2, who: "陈××", mt: "2021/08/30 11:08" });
    rec(21, "农产品上行", "有专业第三方电子商务运营或服务商", { yn: "是", t: "惠州市鹏城供应链管理有限公司", who: "陈××", mt: "2021/07/14 09:40" });
    rec(22, "农产品上行", "行政村物流快递覆盖率100%", { yn: "是", who: "陈××", ev: "区邮政快递业发展中心证明.pdf", mt: "2021/07/14 09:41" });
    rec(23, "农产品上行", "出台农产品电商交易标准，建立冷链、溯源系统", { s: 1, who: "陈××", note: "冷链已建，交易标准未出台", mt: "2021/08/30 11:09" });
    rec(24, "农产品上行", "2019年农村网络零售额", { v: 21.36, u: "亿元", who: "陈××", ev: "省商务厅提供数据.xlsx", mt: "2021/07/15 16:02" });
    rec(25, "农产品上行", "2020年农村网络零售额", { v: 26.12, u: "亿元", who: "陈××", mt: "2021/07/15 16:02" });
    rec(26, "农产品上行", "2019年农产品网络零售额", { v: 3.08, u: "亿元", who: "陈××", mt: "2021/07/15 16:03" });
    rec(27, "农产品上行", "2020年农产品网络零售额", { v: 4.05, u: "亿元", who: "陈××", mt: "2021/07/15 16:03" });
    rec(28, "人才培训", "累计电商培训人次（截至8月31日，含贫困户专场）", { v: 4920, u: "人次", who: "周××", ev: "附3、附4", mt: "2021/09/01 10:20" });
    rec(29, "人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", { v: 20, u: "人", who: "周××", ev: "区乡村振兴局确认名单.pdf", mt: "2021/09/01 10:21" });
    rec(30, "人才培训", "其中参加过电商培训", { v: 14, u: "人", who: "周××", mt: "2021/09/01 10:22" });
    rec(31, "信息公开", "政府网站专栏公示创建方案", { yn: "是", who: "周××", mt: "2021/07/16 11:00" });
    rec(32, "信息公开", "专栏公示项目基本信息", { yn: "是", who: "周××", mt: "2021/07/16 11:00" });
    rec(33, "信息公开", "专栏公示项目建设进度", { yn: "是", who: "周××", mt: "2021/07/16 11:01" });
    rec(34, "信息公开", "专栏设立征求意见或监督举报窗口", { yn: "是", t: "监督举报电话、邮箱", who: "周××", mt: "2021/07/16 11:01" });
    rec(35, "数据上报", "能统计电商扶贫情况", { yn: "是", who: "周××", mt: "2021/07/16 11:03" });
    rec(36, "资金管理", "省级专项资金下达总额", { v: 500, u: "万元", who: "刘××", mt: "2021/07/16 14:30" });
    rec(37, "资金管理", "累计拨付资金（截至8月31日）", { v: 361.24, u: "万元", who: "刘××", ev: "附7", mt: "2021/09/01 10:30" });
    rec(38, "资金管理", "已制定专项资金管理制度", { yn: "是", s: 4, who: "刘××", ev: "惠城商务〔2020〕31号.pdf", mt: "2021/08/30 11:12" });
    rec(39, "资金管理", "已建立资金专用台账", { yn: "是", s: 4, who: "刘××", mt: "2021/08/30 11:12" });
    rec(40, "资金管理", "资金根据创建进度及时拨付", { s: 4, who: "刘××", mt: "2021/08/30 11:13" });
    rec(41, "基本情况", "常住人口（第七次全国人口普查）", { v: 158.26, u: "万人", ev: "七普公报.pdf", mt: "2021/08/20 09:16" });
    rec(42, "服务体系", "县级电子商务公共服务中心投入运营日期", { d: "2021-02-26", note: "2月26日试运营结束、正式对外服务", mt: "2021/08/25 17:42" });
    rec(43, "一票否决", "项目总体进度", { v: 88, u: "%", who: "刘××", mt: "2021/08/30 11:15" });
    rec(44, "一票否决", "发生安全生产、质量事故或重大经济损失", { yn: "否", mt: "2021/08/30 11:15" });
    rec(45, "一票否决", "存在弄虚作假情况", { yn: "否", mt: "2021/08/30 11:16" });
    rec(46, "迎检安排", "现场考评彩排", { d: "2021-09-08", t: "中心一楼大厅，按考评组路线走一遍", who: "黄××", mt: "2021/08/30 17:50" });
    sheets.push(sheet("迎检事项库", rows));
  }

  // ---------------------------------------------------------------- 指标自评 (飞书第二张数据表)
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  {
    const rows = [["序号", "工作任务", "评价指标", "分值", "自评分", "关联事项", "自评说明", "最后修改时间"]];
    const r = (no, task, name, w, s, links, note) => rows.push([no, task, name, w, s, links, note, "2021/08/30 16:4" + (no % 10)]);
    r(1, "加强组织领导与统筹协调", "组织领导", 2, claimed["org.leadership"], "HC-006,HC-007", "区长任组长，商务、财政、农业农村、乡村振兴等部门参与");
    r(2, "加强组织领导与统筹协调", "方案制定", 2, claimed["org.plan"], "HC-008", "方案已正式印发");
    r(3, "加强组织领导与统筹协调", "政策支持", 2, claimed["org.policy"], "HC-009", "政策落实偏少");
    r(4, "加强组织领导与统筹协调", "项目管理", 4, claimed["org.management"], "HC-010,HC-011", "制度2分＋台账2分");
    r(5, "深入推动电子商务进农村工作", "服务体系建设（县级中心与产业园）", 15, claimed["work.center"], "HC-013,HC-014,HC-015,HC-016,HC-017,HC-018,HC-042", "摄影美工收费，扣1分");
    r(6, "深入推动电子商务进农村工作", "服务体系建设（村级站点覆盖）", 10, claimed["work.coverage"], null, "站点覆盖26/36个行政村，72.2%；贫困村4/4");
    r(7, "深入推动电子商务进农村工作", "农村产品上行", 10, claimed["work.upward"], "HC-019,HC-020,HC-021,HC-022,HC-023,HC-026,HC-027", "交易标准未出台，自评1分");
    r(8, "深入推动电子商务进农村工作", "电商人才培训", 20, claimed["work.training"], "HC-028,HC-029,HC-030", "4920人次÷50万＝0.98%，8分；贫困人口14/20＝70%，10分");
    r(9, "加强信息公开及报送", "信息公开", 4, claimed["info.disclosure"], "HC-031,HC-032,HC-033,HC-034", "专栏按月更新");
    r(10, "加强信息公开及报送", "数据上报", 6, claimed["info.reporting"], "HC-035", "每月报送");
    r(11, "加强宣传推广", "案例总结", 2, claimed["promo.cases"], null, "6月25日报送经验材料");
    r(12, "加强宣传推广", "经验推广", 8, claimed["promo.media"], null, "省级、市级、区级媒体均有报道");
    r(13, "加强财政资金管理", "制度建立", 5, claimed["fund.system"], "HC-038", null);
    r(14, "加强财政资金管理", "资金台账", 5, claimed["fund.ledger"], "HC-039", null);
    r(15, "加强财政资金管理", "资金支出", 5, claimed["fund.spending"], "HC-036,HC-037,HC-040", "支出率72.2%，及时拨付4分");
    r(16, "加分项", "建档立卡贫困人口培训率70%及以上", 2, claimed["bonus.poorTraining"], "HC-029,HC-030", "14/20＝70%");
    r(17, "加分项", "电商扶贫典型案例获电视媒体播报", 2, claimed["bonus.tvCase"], null, "惠州电视台播出");
    r(18, "一票否决项", "安全事故、进度滞后、弄虚作假", null, "无", "HC-043,HC-044,HC-045", "未发生");
    sheets.push(sheet("指标自评", rows));
  }

  // ---------------------------------------------------------------- 附1 村居名单
  // [town, name as written, type, poor, express]
  const VILLAGES = [
    ["横沥镇", "横沥村委会", "行政村", "否", "已通"],
    ["横沥镇", "墨园村民委员会", "行政村", "否", "已通"],
    ["横沥镇", "大岚村", "行政村", "是", "已通"],
    ["横沥镇", "新华村委会", "行政村", "否", "已通"],
    ["横沥镇", "田头村委会", "行政村", "否", "已通"],
    ["横沥镇", "禾田村委会", "行政村", "否", "已通"],
    ["横沥镇", "新光村委会", "行政村", "否", "已通"],
    ["横沥镇", "沥林村委会", "行政村", "否", "已通"],
    ["横沥镇", "横沥圩社区", "社区", "/", "已通"],
    ["芦洲镇", "芦洲村委会", "行政村", "否", "已通"],
    ["芦洲镇", "潭头村委会", "行政村", "否", "已通"],
    ["芦洲镇", "隆联村委会", "行政村", "否", "已通"],
    ["芦洲镇", "岸背村委会", "行政村", "是", "已通"],
    ["芦洲镇", "小洲村委会", "行政村", "否", "已通"],
    ["芦洲镇", "渡头村委会", "行政村", "否", "已通"],
    ["芦洲镇", "洲心村委会", "行政村", "否", "已通"],
    ["芦洲镇", "芦洲社区", "社区", "/", "已通"],
    ["汝湖镇", "汝湖村委会", "行政村", "否", "已通"],
    ["汝湖镇", "仍图村委会", "行政村", "否", "已通"],
    ["汝湖镇", "金鸡村委会", "行政村", "否", "已通"],
    ["汝湖镇", "新民村委会", "行政村", "否", "已通"],
    ["汝湖镇", "虾村村委会", "行政村", "否", "已通"],
    ["汝湖镇", "南楼村委会", "行政村", "否", "已通"],
    ["汝湖镇", "铁炉湖村委会", "行政村", "是", "已通"],
    ["汝湖镇", "岭头村委会", "行政村", "否", "已通"],
    ["汝湖镇", "汝湖社区", "社区", "/", "已通"],
    ["马安镇", "马安村委会", "行政村", "否", "已通"],
    ["马安镇", "新乐村委会", "行政村", "否", "已通"],
    ["马安镇", "柏岗村委会", "行政村", "否", "已通"],
    ["马安镇", "大湖村委会", "行政村", "否", "已通"],
    ["马安镇", "乌石村委会", "行政村", "否", "已通"],
    ["马安镇", "黄塘村委会", "行政村", "否", "已通"],
    ["马安镇", "三和村委会", "行政村", "否", "已通"],
    ["马安镇", "马安墟社区", "社区", "/", "已通"],
    ["马安镇", "新乐居委会", "居委会", "/", "未通"],
    ["三栋镇", "三栋村委会", "行政村", "否", "已通"],
    ["三栋镇", "鹿岗村委会", "行政村", "否", "已通"],
    ["三栋镇", "紫溪村委会", "行政村", "否", "已通"],
    ["三栋镇", "官山村委会", "行政村", "是", "已通"],
    ["三栋镇", "黄沙村委会", "行政村", "否", "已通"],
    ["三栋镇", "东坑村委会", "行政村", "否", "已通"],
    ["三栋镇", "三栋社区", "社区", "/", "已通"],
  ];
  const adminSet = new Set(VILLAGES.filter((v) => v[2] === "行政村").map((v) => vnorm(v[1])));
  const poorSet = new Set(VILLAGES.filter((v) => v[3] === "是").map((v) => vnorm(v[1])));
  assert(adminSet.size === 36, "36 行政村");
  assert(poorSet.size === 4, "4 poor villages");
  assert(VILLAGES.filter((v) => v[2] === "行政村").every((v) => v[4] === "已通"), "every 行政村 has express → 1 point");
  {
    const rows = [
      ["惠城区行政村（社区）名单", null, null, null, null, null, null],
      ["提供单位：惠城区民政局", null, null, null, "截至2021年6月", null, null],
      ["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村", "备注"],
    ];
    const merges = ["A1:G1", "A2:D2", "E2:G2"];
    let start = rows.length;
    VILLAGES.forEach((v, i) => {
      const first = i === 0 || VILLAGES[i - 1][0] !== v[0];
      if (first && i > 0) {
        if (rows.length - start > 1) merges.push(`B${start + 1}:B${rows.length}`);
        start = rows.length;
      }
      rows.push([i + 1, first ? v[0] : null, v[1], v[2], v[3], v[4], v[1] === "新乐居委会" ? "2019年由新乐村析出" : null]);
    });
    merges.push(`B${start + 1}:B${rows.length}`);
    rows.push(["注：涉农镇5个，行政村36个、社区（居委会）6个；“快递进村”据区邮政快递业发展中心2021年6月摸底。", null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("附1 村居名单", rows, merges));
  }

  // ---------------------------------------------------------------- 附2 站点台账
  // [name, town, village as written, opened (cell), opened iso, status, note]
  const STATIONS = [
    ["横沥村电商服务站", "横沥镇", "横沥村", D("2020-11-06"), "2020-11-06"],
    ["墨园村电商服务站", "横沥镇", "墨园村", "2020.11.6", "2020-11-06"],
    ["大岚村电商服务站", "横沥镇", "大岚村委会", "2020年12月", "2020-12"],
    ["新华村电商服务站", "横沥镇", "新华村", D("2021-01-12"), "2021-01-12"],
    ["田头村电商服务站", "横沥镇", "田头村", "21.3.15", "2021-03-15"],
    ["禾田村电商服务站", "横沥镇", "禾田村", "20210420", "2021-04-20"],
    ["横沥圩社区电商服务点", "横沥镇", "横沥圩社区", D("2020-11-06"), "2020-11-06"],
    ["沥林村电商服务站", "横沥镇", "沥林村", "2021.9.6", "2021-09-06"],
    ["芦洲村电商服务站", "芦洲镇", "芦洲村", D("2020-12-03"), "2020-12-03"],
    ["潭头村电商服务站", "芦洲镇", "潭头村", "2020.12.3", "2020-12-03"],
    ["岸背村电商服务站", "芦洲镇", "岸背村", D("2020-12-03"), "2020-12-03"],
    ["小洲村电商服务站", "芦洲镇", "小洲村", "2021年3月", "2021-03"],
    ["渡头村电商服务站", "芦洲镇", "渡头村委会", D("2021-05-18"), "2021-05-18"],
    ["汝湖村电商服务站", "汝湖镇", "汝湖村", D("2020-10-28"), "2020-10-28"],
    ["汝湖村邮乐购电商服务点", "汝湖镇", "汝湖村委会", "2021.2.2", "2021-02-02"],
    ["仍图村电商服务站", "汝湖镇", "仍图村", D("2020-10-28"), "2020-10-28"],
    ["金鸡村电商服务站", "汝湖镇", "金鸡村", "2020年10月28日", "2020-10-28"],
    ["铁炉湖村电商服务站", "汝湖镇", "铁炉湖村", D("2020-10-28"), "2020-10-28"],
    ["岭头村电商服务站", "汝湖镇", "岭头村", "2021.8.31", "2021-08-31"],
    ["马安村电商服务站", "马安镇", "马安村", D("2021-01-20"), "2021-01-20"],
    ["新乐村电商服务站", "马安镇", "新乐村民委员会", D("2021-01-20"), "2021-01-20"],
    ["柏岗村电商服务站", "马安镇", "柏岗村", "21.4.9", "2021-04-09"],
    ["大湖村电商服务站", "马安镇", "大湖村", D("2021-04-09"), "2021-04-09"],
    ["黄塘村电商服务站", "马安镇", "黄塘村", "2021.6.16", "2021-06-16"],
    ["三栋村电商服务站", "三栋镇", "三栋村", D("2020-12-15"), "2020-12-15"],
    ["鹿岗村电商服务站", "三栋镇", "鹿岗村", "2020.12.15", "2020-12-15"],
    ["官山村电商服务站", "三栋镇", "官山村", D("2020-12-15"), "2020-12-15"],
    ["紫溪村电商服务站", "三栋镇", "紫溪村", "20210311", "2021-03-11"],
    ["红花湖村电商服务点", "惠环街道", "红花湖村", D("2021-05-06"), "2021-05-06"],
  ];
  const covered = new Set();
  for (const s of STATIONS) {
    const v = vnorm(s[2]);
    if (adminSet.has(v) && dateOk(s[4])) covered.add(v);
  }
  const coveredPoor = [...poorSet].filter((v) => covered.has(v));
  assert(covered.size === 25, "25 covered villages, got " + covered.size);
  assert(covered.size * 100 < 36 * 70 && covered.size * 100 >= 36 * 50, "coverage in [50%,70%) → 2");
  assert((covered.size + 1) * 100 >= 36 * 70, "the 沥林村 September station would have made it 70%+");
  assert(coveredPoor.length === 4, "all poor villages covered");
  {
    const rows = [
      ["惠城区村级电子商务服务站点台账", null, null, null, null, null, null, null, null],
      ["（登记至2021年9月10日）", null, null, null, null, null, null, null, null],
      ["序号", "站点名称", "所在镇（街道）", "所在村（社区）", "站长", "联系电话", "挂牌运营时间", "运营状态", "备注"],
    ];
    const surnames = ["叶", "李", "张", "黄", "陈", "刘", "罗", "钟", "曾", "邓"];
    STATIONS.forEach((s, i) => {
      const note = s[2] === "汝湖村委会" ? "汝湖村第二个服务点（邮政合作）" :
        s[2] === "红花湖村" ? "惠环街道报来，不在本区涉农村名单内" :
        s[2] === "沥林村" ? "9月新建" : null;
      rows.push([i + 1, s[0], s[1], s[2], surnames[i % 10] + "××", "138" + String(27010000 + i * 7391).slice(0, 8), s[3], "正常营业", note]);
    });
    rows.push(["注：挂牌运营时间以挂牌照片和开业报备为准。", null, null, null, null, null, null, null, null]);
    sheets.push(sheet("附2 站点台账", rows, ["A1:I1", "A2:I2", `A${rows.length}:I${rows.length}`]));
  }

  // ---------------------------------------------------------------- 附3 普及培训 (sessions)
  // [cell, iso end date, topic, place, personTimes cell, personTimes]
  const SESS = [
    [D("2019-12-18"), "2019-12-18", "电子商务基础知识", "区电商公共服务中心", 168],
    [D("2020-01-09"), "2020-01-09", "网店开设与运营", "区电商公共服务中心", 152],
    ["2020.6.18", "2020-06-18", "直播带货入门", "横沥镇政府", 186],
    ["2020年7月9日", "2020-07-09", "农产品包装与品牌", "区电商公共服务中心", 175],
    ["2020.7.23-24", "2020-07-24", "网店美工（两天班）", "区电商公共服务中心", 163],
    [D("2020-08-13"), "2020-08-13", "短视频营销", "芦洲镇政府", 191],
    ["20.9.10", "2020-09-10", "农村电商政策宣讲", "汝湖镇政府", 150],
    ["2020.9.24", "2020-09-24", "社区团购与社群营销", "区电商公共服务中心", 164],
    [D("2020-10-15"), "2020-10-15", "电子商务基础知识", "芦洲镇文化站", 178],
    ["2020.10.29", "2020-10-29", "直播带货实操", "汝湖镇文化站", 182],
    ["2020.11.12", "2020-11-12", "农产品上行", "区电商公共服务中心", 170],
    ["2020.11.26-27", "2020-11-27", "网店运营进阶（两天班）", "区电商公共服务中心", 196],
    [D("2020-12-10"), "2020-12-10", "电商物流与包装", "区电商公共服务中心", 158],
    ["2020.12.24", "2020-12-24", "电子商务基础知识", "马安镇政府", 187],
    ["21.1.7", "2021-01-07", "直播带货实操", "区电商公共服务中心", 171],
    ["2021.1.21", "2021-01-21", "电商助农增收", "三栋镇政府", 162],
    ["2021.3.4", "2021-03-04", "短视频拍摄与剪辑", "区电商公共服务中心", 176],
    [D("2021-03-18"), "2021-03-18", "电子商务基础知识", "三栋镇文化站", 183],
    ["2021.4.1", "2021-04-01", "农产品标准化与品控", "区电商公共服务中心", 149],
    ["2021.4.22", "2021-04-22", "直播带货实操", "横沥镇政府", "210人次"],
    ["2021.5.13", "2021-05-13", "电商客服与售后", "区电商公共服务中心", 166],
    ["2021.5.27", "2021-05-27", "网店运营进阶", "区电商公共服务中心", 171],
    [D("2021-06-10"), "2021-06-10", "电子商务基础知识", "横沥镇文化站", 185],
    ["2021.6.24", "2021-06-24", "直播带货实操", "马安镇政府", 193],
    ["2021.7.8", "2021-07-08", "农产品品牌打造", "区电商公共服务中心", 160],
    ["2021.7.22", "2021-07-22", "电商创业指导", "区电商公共服务中心", 177],
    [D("2021-08-12"), "2021-08-12", "直播带货实操", "汝湖镇政府", 188],
    ["2021.8.26-27", "2021-08-27", "返乡青年电商创业（两天班）", "区电商公共服务中心", null],
    ["2021.9.9", "2021-09-09", "电商进社区", "区电商公共服务中心", 260],
  ];
  const ptNum = (v) => (typeof v === "number" ? v : Number(String(v).replace(/[^\d]/g, "")));
  const partial = SESS.slice(0, 27).reduce((a, s) => a + ptNum(s[4]), 0);
  SESS[27][4] = 4901 - partial;
  assert(SESS[27][4] >= 150 && SESS[27][4] <= 300, "last August session plausible: " + SESS[27][4]);
  const sessInWindow = SESS.filter((s) => dateOk(s[1])).reduce((a, s) => a + ptNum(s[4]), 0);
  assert(sessInWindow === 4901, "sessions ≤ cut-off = 4901");
  const sessAll = SESS.reduce((a, s) => a + ptNum(s[4]), 0);
  {
    const rows = [
      ["惠城区电子商务普及培训台账（按期次）", null, null, null, null, null, null],
      ["序号", "期次", "培训日期", "培训主题", "培训地点", "参训人次", "备注"],
    ];
    SESS.forEach((s, i) => rows.push([i + 1, `第${i + 1}期`, s[0], s[2], s[3], s[4], i === 28 ? "考评截止日后" : null]));
    rows.push(["合计", null, null, null, null, sessAll, null]);
    rows.push(["注：本表只登记普及培训；建档立卡贫困户专场培训另见附4签到表，本表不含，不重复统计。", null, null, null, null, null, null]);
    sheets.push(sheet("附3 普及培训", rows, ["A1:G1", `A${rows.length - 1}:E${rows.length - 1}`, `A${rows.length}:G${rows.length}`]));
  }

  // ---------------------------------------------------------------- 附5 贫困人口 + 附4 专场签到
  // persons: E1..E20 eligible, M1..M4 migrant, N1..N2 no labour
  const P = {};
  const given = "伟强 秀英 志明 丽华 国平 桂芳 建军 美玲 永康 淑贞 少辉 爱莲 文杰 玉梅 海波 春娇 德胜 金凤 伟东 小燕 振华 碧霞 俊杰 月娥 锦添 亚妹".split(" ");
  const fam = "叶 李 张 黄 陈 刘 罗 钟 曾 邓 何 温 杨 林 吴 江 谢 朱 廖 古 蓝 徐 巫 邱 赖 卢".split(" ");
  const vill = ["大岚村", "大岚村", "岸背村", "岸背村", "铁炉湖村", "铁炉湖村", "官山村", "官山村", "新华村", "田头村", "潭头村", "小洲村", "仍图村", "金鸡村", "马安村", "柏岗村", "三栋村", "鹿岗村", "紫溪村", "黄塘村", "大岚村", "岸背村", "铁炉湖村", "官山村", "大湖村", "渡头村"];
  const keys = [];
  for (let i = 1; i <= 20; i++) keys.push("E" + i);
  for (let i = 1; i <= 4; i++) keys.push("M" + i);
  keys.push("N1", "N2");
  keys.forEach((k, i) => {
    const year = 1962 + ((i * 7) % 38);
    const month = String(1 + ((i * 5) % 12)).padStart(2, "0");
    const day = String(1 + ((i * 11) % 28)).padStart(2, "0");
    const wantX = k === "E5" || k === "E12";
    P[k] = {
      key: k, name: fam[i] + given[i], sex: i % 2 ? "女" : "男", village: vill[i],
      id: makeId(AREA, `${year}${month}${day}`, 100 + i * 13, wantX),
      labour: k[0] !== "N", migrant: k[0] === "M",
    };
  });
  assert(P.E5.id.endsWith("X") && P.E12.id.endsWith("X"), "two X ids");
  const eligible = keys.filter((k) => P[k].labour && !P[k].migrant);
  assert(eligible.length === 20, "20 eligible");

  // sign-in rows: [sessionDateCell, iso, key or null(non-poor), written id override]
  const SIGN = [];
  const A = D("2021-04-16"), Aiso = "2021-04-16";
  ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "M1"].forEach((k) => SIGN.push([A, Aiso, k]));
  ["E10", "E11", "E12", "E13", "E14", "E3", "E7", "N1", null].forEach((k) => SIGN.push(["2021.7.9", "2021-07-09", k]));
  ["E15", "E16", "E17", "E1"].forEach((k) => SIGN.push(["2021年9月8日", "2021-09-08", k]));
  const outsider = { name: "钟国良", sex: "男", village: "田头村", id: makeId(AREA, "19880316", 511, false) };
  const trained = new Set(SIGN.filter((s) => s[2] && dateOk(s[1])).map((s) => s[2]).filter((k) => eligible.includes(k)));
  assert(trained.size === 14, "14 eligible trained ≤ cut-off");
  assert(trained.size * 100 >= 20 * 70, "exactly 70% → bonus");
  const signInWindow = SIGN.filter((s) => dateOk(s[1])).length;
  assert(signInWindow === 19, "19 sign-in rows ≤ cut-off");
  const personTimes = sessInWindow + signInWindow;
  assert(personTimes === 4920, "4920 person-times");
  assert(personTimes * 1000 >= 500000 * 8 && personTimes * 1000 < 500000 * 10, "0.8%–1% → 8");
  assert(sessAll + SIGN.length >= 5000, "counting September would reach 1%");
  {
    const rows = [
      ["惠城区建档立卡贫困户电子商务专场培训签到表", null, null, null, null, null, null, null],
      ["序号", "培训日期", "姓名", "性别", "身份证号码", "所在村", "是否建档立卡贫困户", "本人签名"],
    ];
    SIGN.forEach((s, i) => {
      const p = s[2] ? P[s[2]] : outsider;
      let idw = p.id;
      if (s[2] === "E5") idw = p.id.slice(0, -1) + "x";
      if (s[2] === "E12") idw = p.id.slice(0, 6) + " " + p.id.slice(6, 14) + " " + p.id.slice(14, 17) + "x";
      if (s[2] === "E9") idw = p.id.slice(0, 6) + " " + p.id.slice(6);
      rows.push([i + 1, s[0], p.name, p.sex, idw, p.village, s[2] ? "是" : "否", "已签"]);
    });
    rows.push(["说明：第一场4月16日（区电商中心）、第二场7月9日（马安镇）、第三场9月8日（汝湖镇）。", null, null, null, null, null, null, null]);
    sheets.push(sheet("附4 专场签到", rows, ["A1:H1", `A${rows.length}:H${rows.length}`]));
  }
  {
    const rows = [
      ["惠城区建档立卡贫困人口名单（电商培训对象）", null, null, null, null, null, null, null],
      ["提供单位：惠城区乡村振兴局", null, null, null, null, "2021年8月", null, null],
      ["序号", "所在村", "姓名", "性别", "身份证号码", "劳动能力", "务工状况", "备注"],
    ];
    keys.forEach((k, i) => {
      const p = P[k];
      const labour = p.labour ? "有劳动能力" : (k === "N1" ? "无劳动能力" : "丧失劳动能力");
      const work = p.migrant ? "外出务工" : (p.labour ? "在家" : "—");
      rows.push([i + 1, p.village, p.name, p.sex, p.id, labour, work, p.migrant ? "广东东莞" : null]);
    });
    rows.push(["注：有劳动能力且未外出务工的20人为电商培训对象。", null, null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", rows, ["A1:H1", "A2:E2", "F2:H2", `A${rows.length}:H${rows.length}`]));
  }

  // ---------------------------------------------------------------- 附6 入驻企业
  // [name, type, entered cell, entered iso, left cell, left iso|null]
  const ENT = [
    ["惠州市鹏城供应链管理有限公司", "电商运营服务商", D("2020-09-15"), "2020-09-15", null, null],
    ["惠州市惠农优品电子商务有限公司", "平台型", D("2020-09-15"), "2020-09-15", null, null],
    ["惠城区横沥山货网店", "销售型（网店）", "2020.10.8", "2020-10-08", null, null],
    ["惠州市汝湖蔬果电子商务有限公司", "销售型（网店）", D("2020-10-20"), "2020-10-20", null, null],
    ["惠州顺心快递服务有限公司", "物流快递", D("2020-10-20"), "2020-10-20", null, null],
    ["惠州市东江农品网络科技有限公司", "平台型", "2020年11月", "2020-11", null, null],
    ["惠州市马安鲜生电子商务有限公司", "销售型（网店）", D("2020-11-18"), "2020-11-18", null, null],
    ["惠州市星选直播文化传媒有限公司", "直播机构", D("2020-12-01"), "2020-12-01", null, null],
    ["惠州市优农电商代运营有限公司", "电商运营服务商", "2020.12.15", "2020-12-15", null, null],
    ["惠州市鸿运仓储配送有限公司", "物流快递", D("2020-12-15"), "2020-12-15", null, null],
    ["惠城区芦洲农家特产店", "销售型（网店）", D("2021-01-08"), "2021-01-08", null, null],
    ["惠州市客家味道食品有限公司", "销售型（网店）", "2021.1.20", "2021-01-20", "2021.6.30", "2021-06-30"],
    ["惠州市三栋荔枝电子商务有限公司", "销售型（网店）", D("2021-02-25"), "2021-02-25", null, null],
    ["惠州市云帆网络科技有限公司", "平台型", D("2021-03-10"), "2021-03-10", null, null],
    ["惠州市乐购社区团购有限公司", "平台型", "2021.3.22", "2021-03-22", null, null],
    ["惠州市农小二电商服务有限公司", "电商运营服务商", D("2021-04-06"), "2021-04-06", null, null],
    ["惠州市东坑茶业有限公司", "销售型（网店）", D("2021-04-19"), "2021-04-19", null, null],
    ["惠州市快鹿冷链物流有限公司", "物流快递", "2021年5月10日", "2021-05-10", null, null],
    ["惠城区禾田梅菜网店", "销售型（网店）", D("2021-05-26"), "2021-05-26", "2021.8.31", "2021-08-31"],
    ["惠州市新乐农业科技有限公司", "销售型（网店）", D("2021-06-15"), "2021-06-15", null, null],
    ["惠州市一品视觉设计工作室", "电商运营服务商", "2021.7.1", "2021-07-01", null, null],
    ["惠州市掌上惠农科技有限公司", "平台型", "2021年8月", "2021-08", null, null],
    ["惠州市鲜达同城配送有限公司", "物流快递", D("2021-08-18"), "2021-08-18", null, null],
    ["惠州市甜源蜂业电子商务有限公司", "销售型（网店）", "2021.9.1", "2021-09-01", null, null],
  ];
  const inPark = ENT.filter((e) => dateOk(e[3]) && !(e[5] && e[5] < AS_OF));
  assert(inPark.length === 22, "22 in the park at the cut-off, got " + inPark.length);
  const types = new Set(inPark.map((e) => (/平台/.test(e[1]) ? "平台型" : /销售|网店/.test(e[1]) ? "销售型" : /运营|服务商/.test(e[1]) ? "运营商" : /物流|快递|仓储/.test(e[1]) ? "物流" : e[1])));
  assert(types.size >= 3, "≥3 types");
  {
    const rows = [
      ["惠城区农村电商产业园入驻企业名单", null, null, null, null, null, null, null],
      ["运营单位：惠州市鹏城供应链管理有限公司　　　　登记至2021年9月10日", null, null, null, null, null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "房号", "备注"],
    ];
    ENT.forEach((e, i) => {
      const code = "91441302MA5" + String(3 + (i % 7)) + ["K", "L", "M", "N", "P", "Q", "R", "T"][i % 8] + String(1000 + i * 37).slice(-4) + ["A", "B", "C", "D", "E", "F"][i % 6];
      assert(code.length === 18, "credit code length");
      const note = e[5] === "2021-06-30" ? "合同到期退园" : e[5] === "2021-08-31" ? "8月31日办结退园" : e[3] === "2021-09-01" ? "考评截止日后入驻" : null;
      rows.push([i + 1, e[0], code, e[1], e[2], e[4], "A" + (101 + i), note]);
    });
    sheets.push(sheet("附6 入驻企业", rows, ["A1:H1", "A2:H2"]));
  }

  // ---------------------------------------------------------------- 附7 资金拨付
  const FUND = [
    [D("2020-06-19"), "2020-06-19", "公共服务中心建设（首付款）", "惠州市鹏城供应链管理有限公司", 600000],
    [D("2020-09-25"), "2020-09-25", "村级服务站点建设（第一批）", "惠州市鹏城供应链管理有限公司", 420000],
    ["2020.11.30", "2020-11-30", "电商培训（第一期服务费）", "惠州市优农电商代运营有限公司", "286,500.00"],
    [D("2020-12-28"), "2020-12-28", "公共服务中心建设（进度款）", "惠州市鹏城供应链管理有限公司", 500000],
    ["2021.1.26", "2021-01-26", "农村物流体系建设", "惠州顺心快递服务有限公司", "28.6万"],
    [D("2021-03-12"), "2021-03-12", "村级服务站点建设（第二批）", "惠州市鹏城供应链管理有限公司", 385000],
    [D("2021-04-20"), "2021-04-20", "农产品品牌推广", "惠州市一品视觉设计工作室", 218900],
    ["2021.5.28", "2021-05-28", "电商培训（第二期服务费）", "惠州市优农电商代运营有限公司", 264000],
    [D("2021-06-30"), "2021-06-30", "冷链及溯源系统", "惠州市快鹿冷链物流有限公司", "312,000.00"],
    [D("2021-07-23"), "2021-07-23", "公共服务中心运营补贴", "惠州市鹏城供应链管理有限公司", 180000],
    ["2021.8.27", "2021-08-27", "宣传推广", "惠州市星选直播文化传媒有限公司", 160000],
    [D("2021-09-07"), "2021-09-07", "村级服务站点建设（第三批）", "惠州市鹏城供应链管理有限公司", 400000],
  ];
  const amt = (v) => (typeof v === "number" ? v : /万/.test(v) ? Math.round(Number(v.replace(/[万元,]/g, "")) * 10000) : Number(v.replace(/,/g, "")));
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + amt(f[4]), 0);
  assert(spent === 3612400, "3,612,400 spent ≤ cut-off, got " + spent);
  assert(spent * 100 >= 5000000 * 70, "≥70%");
  const fundAll = FUND.reduce((a, f) => a + amt(f[4]), 0);
  {
    const rows = [
      ["惠城区电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
      ["单位：元", null, null, null, null, null, "下达总额：5,000,000.00"],
      ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额", "凭证号", "备注"],
    ];
    FUND.forEach((f, i) => rows.push([i + 1, f[0], f[2], f[3], f[4], "记-" + String(20 + i * 9).padStart(3, "0"), f[1] === "2021-09-07" ? "考评截止日后" : null]));
    rows.push(["合计", null, null, null, fundAll, null, null]);
    sheets.push(sheet("附7 资金拨付", rows, ["A1:G1", `A${rows.length}:D${rows.length}`]));
  }

  // ---------------------------------------------------------------- 附8 月报报送
  const REP = [
    ["2020年8月", D("2020-09-04"), "2020-09-04"],
    ["2020年9月", D("2020-10-09"), "2020-10-09"],
    ["2020年10月", D("2020-11-05"), "2020-11-05"],
    ["2020年11月", "2020.12.4", "2020-12-04"],
    ["2020年12月", D("2021-01-06"), "2021-01-06"],
    ["2021年1月", D("2021-02-05"), "2021-02-05"],
    ["2021年2月", "2021.3.4", "2021-03-04"],
    ["2021年3月", D("2021-05-06"), "2021-05-06"],
    ["2021年4月", D("2021-05-10"), "2021-05-10"],
    ["2021年5月", "2021.6.4", "2021-06-04"],
    ["2021年6月", D("2021-07-05"), "2021-07-05"],
    ["2021年7月", D("2021-08-04"), "2021-08-04"],
    ["2021年8月", D("2021-09-03"), "2021-09-03"],
  ];
  const repMonths = monthsInWindow(REP.map((r) => r[2]));
  assert(repMonths === 11, "report months by sending date = 11 (April missing)");
  {
    const rows = [
      ["惠城区向惠州市商务局报送月报登记表", null, null, null, null, null, null],
      ["序号", "所属月份", "报送日期", "报送内容", "是否含电商扶贫统计", "报送方式", "备注"],
    ];
    REP.forEach((r, i) => rows.push([i + 1, r[0], r[1], `${r[0]}电子商务进农村工作进展及统计数据`, "是", "粤政易", r[0] === "2021年3月" ? "逾期，5月6日补报" : null]));
    rows.push(["注：2021年4月当月未向市局报送月报（3月份月报于5月6日补报）。", null, null, null, null, null, null]);
    sheets.push(sheet("附8 月报报送", rows, ["A1:G1", `A${rows.length}:G${rows.length}`]));
  }

  // ---------------------------------------------------------------- 附9 专栏更新
  const DIS = [
    [D("2020-06-12"), "2020-06-12", "惠城区电子商务进农村综合示范创建工作方案"],
    [D("2020-09-15"), "2020-09-15", "示范项目基本信息公示（第二批）"],
    ["2020.10.20", "2020-10-20", "9月份项目建设进度"],
    [D("2020-11-18"), "2020-11-18", "10月份项目建设进度"],
    [D("2020-12-22"), "2020-12-22", "11月份项目建设进度"],
    ["2021年1月", "2021-01", "12月份项目建设进度"],
    [D("2021-02-24"), "2021-02-24", "1月份项目建设进度"],
    ["2021.3.19", "2021-03-19", "2月份项目建设进度"],
    [D("2021-04-21"), "2021-04-21", "3月份项目建设进度"],
    [D("2021-05-20"), "2021-05-20", "4月份项目建设进度"],
    ["2021.6.17", "2021-06-17", "5月份项目建设进度"],
    [D("2021-07-21"), "2021-07-21", "6月份项目建设进度"],
    [D("2021-08-19"), "2021-08-19", "7月份项目建设进度"],
    [D("2021-09-08"), "2021-09-08", "8月份项目建设进度"],
  ];
  assert(monthsInWindow(DIS.map((d) => d[1])) === 12, "disclosure every month");
  {
    const rows = [
      ["区政府网站“电子商务进农村综合示范”专栏更新记录", null, null, null, null],
      ["序号", "发布日期", "信息标题", "子栏目", "链接"],
    ];
    DIS.forEach((d, i) => rows.push([i + 1, d[0], d[2], i === 0 ? "创建方案" : i === 1 ? "项目信息" : "建设进度", "http://www.hcq.gov.cn/zwgk/dsjnc/content/post_" + (4102000 + i * 317) + ".html"]));
    rows.push(["注：第6条发布日期系统只显示到月。专栏另设监督举报电话0752-2××××××及邮箱。", null, null, null, null]);
    sheets.push(sheet("附9 专栏更新", rows, ["A1:E1", `A${rows.length}:E${rows.length}`]));
  }

  // ---------------------------------------------------------------- 附10 宣传报道
  const MED = [
    [D("2020-11-20"), "2020-11-20", "南方日报", "省级", "报纸", "惠城村级电商站开到家门口", "否"],
    ["2021.1.15", "2021-01-15", "惠州日报", "市级", "报纸", "汝湖蔬果搭上电商快车", "否"],
    [D("2021-03-30"), "2021-03-30", "惠州电视台《惠州新闻》", "市级", "电视", "惠城：电商帮扶让贫困户腰包鼓起来", "是"],
    [D("2021-06-12"), "2021-06-12", "广东广播电视台珠江频道", "省级", "电视", "荔枝季里的直播间", "否"],
    ["2021.9.3", "2021-09-03", "“惠城发布”微信公众号", "区级", "网络", "数说惠城电商进农村", "否"],
  ];
  {
    const rows = [
      ["惠城区电子商务进农村宣传报道登记表", null, null, null, null, null, null],
      ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    ];
    MED.forEach((m, i) => rows.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6]]));
    sheets.push(sheet("附10 宣传报道", rows, ["A1:G1"]));
  }
  const mediaLevels = new Set(MED.filter((m) => dateOk(m[1])).map((m) => m[3]));
  assert(mediaLevels.has("省级") && mediaLevels.has("市级") && !mediaLevels.has("区级"), "levels ≤ cut-off: 省+市");
  const tvCase = MED.filter((m) => dateOk(m[1]) && m[4] === "电视" && m[6] === "是").map((m) => m[3]);
  assert(tvCase.length === 1 && tvCase[0] === "市级", "only a city-level TV case → no bonus");

  // ---------------------------------------------------------------- 附11 经验材料
  {
    const rows = [
      ["经验材料报送登记", null, null, null],
      ["序号", "报送日期", "材料标题", "报送单位（接收）"],
      [1, D("2021-06-25"), "惠城区“中心＋站点＋直播”推动农产品上行的做法", "惠州市商务局"],
      [2, "2021.9.10", "惠城区电子商务进农村综合示范创建工作总结", "惠州市商务局"],
    ];
    sheets.push(sheet("附11 经验材料", rows, ["A1:D1"]));
  }

  // ---------------------------------------------------------------- expectations
  assert(Math.round((26.12 / 21.36 - 1) * 1000) === 223, "rural growth 22.3% < 30%");
  assert(4.05 * 100 >= 3.08 * 130, "agri growth ≥ 30%");
  assert(Math.round((4.05 / 3.08 - 1) * 1000) === 315, "agri growth 31.5%");
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 2 + 5,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 2,
    "info.reporting": 1 + 3,
    "promo.cases": 2,
    "promo.media": 4 + 3,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 86, "86 scored, got " + scored);
  const claimedScored = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(claimedScored === 92 && claimedScored + 3 === 95, "claimed 92 + 3 = 95");

  write("counties/b100-c1-huicheng.json", {
    description:
      "惠州市惠城区商务局的整本考评工作簿（14个表：导出说明、迎检事项库、指标自评、附1—附11），中上（88分，含加分2分，未否决；自评95分）。事实和自评分不在填报表里，而是区电商公共服务中心运营团队在飞书多维表格里维护、8月30日“导出为Excel”的两张数据表：《迎检事项库》一条记录一个事项（编号HC-001…|考评项|事项|数值|单位|日期|判断（是/否单选）|文本内容|自评分|核实状态|负责人|佐证材料|备注|最后修改时间），每条只填相关字段——数值和单位分列（万人、亿元、万元、%），日期是真日期，多选的成员单位导出为逗号分隔，主观项分数在“自评分”；读法难点：“核实状态=已作废”的两条不作数（常住人口旧数142.3万由HC-041七普数替代；中心运营日期3月18日是揭牌日，由HC-042的2021-02-26替代，它决定“运行6个月”那2分），“最后修改时间”和“现场考评彩排”日期不是事实；《指标自评》一行一个评价指标（服务体系建设拆成中心15分、站点10分两行，加分两行，否决一行写“无”），是县里的自报分。台账：村居名单（镇纵向合并，行政村36个、社区/居委会6个，快递列只有新乐居委会“未通”）、站点台账（汝湖村两站、横沥圩社区点、惠环街道红花湖村不在名单、沥林村9月6日挂牌、岭头村8月31日挂牌，覆盖25/36=69.4%差一点到70%）、按期次的普及培训（两天班按结束日、“210人次”文本、第29期在9月，注明不含专场）、专场逐人签到（身份证小写x、带空格，外出务工1人、无劳动能力1人、非贫困户1人，9月第三场不算，贫困人口培训率恰好14/20=70%）、贫困人口名单、入驻企业（一家6月30日退园、一家8月31日退园仍算、一家只写“2021年8月”、一家9月1日入驻）、元与“28.6万”“286,500.00”混写的资金台账（9月一笔、合计含9月）、月报（按报送日期4月没有报送，表下注明）、专栏（一条只写到月）、宣传报道（惠州台电视报道的扶贫案例是市级，不够加分）、经验材料。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total: 88,
      bonus: 2,
      vetoed: false,
      points,
      claimed,
    },
    derivation: [
      "org.leadership: HC-006 组长“区委副书记、区长”（区长→主要领导），HC-007 成员单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
      "org.plan: HC-008 方案已正式印发，自评分2 → 2",
      "org.policy: HC-009 政策已出台，自评分1 → 1",
      "org.management: HC-010 项目管理制度自评2 + HC-011 工作台账自评2 → 4",
      "work.center: 运营日期取HC-042的2021-02-26（HC-012的3月18日已作废）：≤截止日 2分、≤2021-02-28 再2分；免费培训 是 2；免费展示销售 是 1；免费摄影美工 否 0；推广与品牌 是 1；其他增值服务 是 1；产业园 是 2；附6在园企业：24行中2021.6.30退园1家、2021.9.1入驻1家不算，8月31日退园的仍算，“2021年8月”入驻的算 → 22家 ≥ 20 → 2；类型有平台型、销售型、电商运营服务商、物流快递、直播机构 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14",
      "work.coverage: 附1行政村36个（6个社区/居委会不计）；附2截止日前有站点的行政村：横沥、墨园、大岚、新华、田头、禾田、芦洲、潭头、岸背、小洲、渡头、汝湖（两站算一次）、仍图、金鸡、铁炉湖、岭头（2021.8.31，算）、马安、新乐（写作新乐村民委员会）、柏岗、大湖、黄塘、三栋、鹿岗、官山、紫溪 = 25；横沥圩社区点不计、红花湖村不在名单（警告）、沥林村2021.9.6挂牌不计 → 25/36 = 69.4% < 70%、≥ 50% → 2；省定贫困村大岚、岸背、铁炉湖、官山均有站点 4/4 = 100% → 5；合计 7（自评10按26/36算，含了9月的沥林村）",
      "work.upward: 网销调研自评2；网络促销自评2；第三方运营服务商 是 1；附1有快递列，36个行政村全部“已通”（唯一“未通”的是新乐居委会，不是行政村）→ 1；交易标准冷链溯源自评1；农村网零21.36亿→26.12亿增22.3%不够，但农产品网零3.08亿→4.05亿增31.5% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9",
      "work.training: 人次 = 附3截止日前28期合计4,901（两天班按结束日，“210人次”按210，第29期2021.9.9的260人次不算，合计行不算）+ 附4截止日前签到19行（4月16日10行、7月9日9行，含外出务工、无劳动能力和非贫困户各1行；9月8日4行不算）= 4,920；基数 min(1,582,600, 500,000) = 500,000；4,920/500,000 = 0.984%，在0.8%–1%之间 → 8。贫困人口：附5有劳动能力且不外出务工20人；截止日前在附4按身份证出现的有14人（4月9人、7月新增5人，重复的E3、E7只算一次；外出务工、无劳动能力、非贫困户不算；小写x和空格照样匹配）→ 14/20 = 70% ≥ 50% → 10；合计 18",
      "info.disclosure: HC-031…HC-034 创建方案、项目基本信息、建设进度、监督举报窗口齐全 → 2；附9在2020-09…2021-08每个月都有更新（2021年1月那条只写到月，算1月；2020.6和2021.9的在窗口外）→ 按月 2；合计 4",
      "info.reporting: 附8按报送日期，2020-09…2021-08中2021年4月没有报送（3月份月报5月6日补报，表下注明4月未报）→ 11/12 个月 → 不定时 1；报送内容含电商扶贫统计、HC-035 能统计 → 3；合计 4（自评6）",
      "promo.cases: 附11 2021-06-25向惠州市商务局报送经验材料（≤截止日）→ 2（9月10日那份不算也不影响）",
      "promo.media: 截止日前有省级（南方日报2020-11-20、广东台珠江频道2021-06-12）→ 4，市级（惠州日报、惠州电视台）→ 3；区级“惠城发布”2021-09-03在截止日后不算 → 4+3 = 7（自评8）",
      "fund.system: HC-038 资金管理制度已制定，自评分4 → 4",
      "fund.ledger: HC-039 资金专用台账已建立，自评分4 → 4",
      "fund.spending: 附7截止日前拨付 600,000+420,000+286,500+500,000+286,000（“28.6万”）+385,000+218,900+264,000+312,000+180,000+160,000 = 3,612,400元（2021-09-07的40万不算，合计行不算）；3,612,400/5,000,000 = 72.2% ≥ 70% → 按HC-040及时拨付自评 4",
      "bonus.poorTraining: 贫困人口培训率 14/20 = 70% ≥ 70%（边界含）→ 2",
      "bonus.tvCase: 截止日前电视报道两条：惠州电视台（市级）是电商扶贫典型案例但只是市级；广东台珠江频道（省级）不是典型案例 → 0（自评1）",
      "veto.incident: HC-044 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: HC-043 项目总体进度88% ≥ 40% → 0，不否决",
      "veto.fraud: HC-045 无弄虚作假 → 0，不否决",
      "total: 2+2+1+4+14+7+9+18+4+4+2+7+4+4+4 = 86，加分 2+0 = 2，合计 88；指标自评合计95（站点覆盖10、数据上报6、经验推广8、电视加分1高于台账所证）",
    ],
  });
})();

// =====================================================================================
// facts/b100-f1-jiangcheng: 阳江市江城区 — 区档案馆格式的《项目档案专项验收自检表》
// =====================================================================================
(function f1() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(spanRow(t, W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  // label | value (B:D) | label | value (F:H)
  const pair = (l1, v1, l2, v2) => {
    rows.push([l1, v1, null, null, l2 === undefined ? null : l2, v2 === undefined ? null : v2, null, null]);
    const n = rows.length;
    if (l2 === undefined) merges.push(`B${n}:H${n}`);
    else merges.push(`B${n}:D${n}`, `F${n}:H${n}`);
  };

  full("江城区电子商务进农村综合示范项目档案专项验收自检表");
  full("（按《阳江市重点建设项目档案验收办法》附表格式填写；区档案馆制表）");
  full("一、项目基本情况");
  pair("项目名称", "2019年省级电子商务进农村综合示范项目（江城区）");
  pair("项目建设单位", "阳江市江城区商务局", "所在县（市、区）", "江城区");
  pair("项目档案工作分管领导", "区商务局副局长 陈××（档案工作）", "兼职档案员", "林××");
  pair("省级专项资金下达", "500万元", "累计拨付资金（至8月底）", "436.8万元");
  pair("项目建设期", "2019年11月—2021年10月（计划）", "项目总体进度", "92%");
  rows.push(["主要建设内容及完成情况", "1．区电子商务公共服务中心于2020年10月16日投入运营，设有免费培训室（配齐培训设备，可开展电商基础培训）和特色农产品免费展示展销区；\n2．建成村级电子商务服务站点52个；\n3．累计开展电商培训6,215人次；\n4．组织“江城好物”网络促销活动4场。", null, null, null, null, null, null]);
  merges.push(`B${rows.length}:H${rows.length}`);
  full("二、归档文件材料检查");
  rows.push(["序号", "类别", "文件材料名称", null, "文号／形成时间", "归档情况（√已归档　×未归档）", "件数", "备注"]);
  merges.push(`C${rows.length}:D${rows.length}`);
  const doc = (no, cat, name, num, mark, n, note) => {
    rows.push([no, cat, name, null, num, mark, n, note === undefined ? null : note]);
    merges.push(`C${rows.length}:D${rows.length}`);
  };
  doc(1, "组织领导", "关于成立江城区电子商务进农村综合示范工作领导小组的通知（组长：区长；副组长：分管副区长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局）", "江府办函〔2019〕88号／2019.12.6", "√", 1);
  doc(2, "组织领导", "江城区电子商务进农村综合示范创建工作方案（正式印发）", "江府办〔2020〕5号／2020.2.20", "√", 1);
  doc(3, "政策", "江城区促进农村电子商务发展扶持办法", "江府办〔2020〕21号／2020.6.8", "√", 1);
  doc(4, "项目管理", "示范项目管理制度、验收办法", "江商务〔2020〕11号", "√", 2);
  doc(5, "资金管理", "江城区电子商务进农村综合示范专项资金管理办法", "江商务〔2020〕9号／2020.4.3", "√", 1);
  doc(6, "资金管理", "专项资金使用台账（专账）", "2020—2021年", "√", 1, "资金专用台账已建立");
  doc(7, "资金管理", "资金拨付审批单及凭证", "2020—2021年", "√", 46);
  doc(8, "服务体系", "公共服务中心建设及运营服务合同、中心验收报告", "2020.9", "√", 3);
  doc(9, "服务体系", "电商产业园建设（整合）方案及入驻协议", "—", "×", 0, "本区未建设电商产业园，无此项材料");
  doc(10, "服务体系", "第三方电子商务运营服务商（阳江市鸿图电子商务有限公司）服务合同", "2020.8.28", "√", 1);
  doc(11, "信息公开", "区政府网站专栏页面截图", "2020.3—2021.8", "√", 18, "专栏已公示创建方案、项目基本信息、项目建设进度，设监督举报电话");
  doc(12, "数据上报", "向阳江市商务局报送的月报（含电商扶贫统计）", "2020.9—2021.8", "√", 12);
  doc(13, "人才培训", "培训通知、签到表、照片", "2020—2021年", "√", 64);
  doc(14, "安全管理", "项目建设安全生产检查记录", "2020—2021年", "√", 6, "项目建设期间未发生安全生产、质量事故");
  full("三、自检结论");
  rows.push(["自检意见", "项目文件材料基本齐全、整理规范，第9项不适用。按档案验收评分细则自检得分92分（档案评分，不是示范考评分）。", null, null, null, null, null, null]);
  merges.push(`B${rows.length}:H${rows.length}`);
  pair("自检日期", "2021年9月6日", "项目建设单位（盖章）", "江城区商务局");

  write("facts/b100-f1-jiangcheng.json", {
    description:
      "阳江市江城区商务局交来的事实表不是考评填报表，而是按区档案馆《重点建设项目档案验收办法》附表格式填的《项目档案专项验收自检表》：一、项目基本情况为“标签|值”表单（值格合并，一行两对），“主要建设内容及完成情况”一格四段；二、归档文件材料检查为 序号|类别|文件材料名称|文号／形成时间|归档情况（√/×）|件数|备注，事实写在文件名和备注里——领导小组通知标题括号里写“组长：区长”及成员单位，方案“正式印发”、扶持办法、资金管理办法、资金专用台账、第三方运营服务商合同都已归档（√），产业园一项“×”并注明本区未建设，专栏截图的备注列出公示内容，月报“含电商扶贫统计”，安全检查记录备注未发生事故；三、自检结论。读法难点：“项目档案工作分管领导”副局长是档案工作的分管领导，不是示范创建的牵头领导；52个站点不是输入项；自检得分92分是档案评分，不是考评分；累计拨付写“至8月底”，表内没有考评截止日期。",
    sheets: [sheet("档案验收自检表", rows, merges)],
    expect: {
      facts: {
        county: "江城区",
        fundAllocated: 5000000,
        fundSpentStated: 4368000,
        overallProgress: 0.92,
        centerOpened: "2020-10-16",
        centerFreeTraining: true,
        centerDisplay: true,
        trainingPersonTimesStated: 6215,
        planIssued: true,
        policyIssued: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b100-f2-zhenjiang: 韶关市浈江区 — 农业农村部门《县域数字农业农村发展水平评价》县级填报表（借用）
// =====================================================================================
(function f2() {
  const W = 9;
  const rows = [];
  const merges = [];
  rows.push(spanRow("2021年全国县域数字农业农村发展水平评价　县级基础数据填报表", W));
  merges.push("A1:I1");
  rows.push(["填报县（市、区）", "浈江区", "所属地级市", "韶关市", "填报单位", "浈江区农业农村局（会同区商务局、区统计局）", null, "填报日期", "2021年9月3日"]);
  merges.push("F2:G2");
  rows.push(spanRow("填报说明：1．每项按“数据年份”栏所列年份填报；2．无统计的填“—”；3．百分比只填数值，不带%；4．金额单位为万元。", W));
  merges.push("A3:I3");
  rows.push(["序号", "一级指标", "二级指标", "指标名称", "计量单位", "数据年份", "填报值", "数据来源部门", "备注"]);
  const groups = [];
  const r = (no, g1, g2, name, unit, year, val, src, note) => {
    rows.push([no, g1, g2, name, unit, year, val, src, note === undefined ? null : note]);
    groups.push(g1);
  };
  r(1, "基础指标", "县域概况", "县域常住人口", "万人", "2020", 33.16, "区统计局", "第七次全国人口普查");
  r(2, "基础指标", "县域概况", "乡村人口", "万人", "2020", 9.84, "区统计局", null);
  r(3, "基础指标", "县域概况", "行政村数", "个", "2020", 61, "区民政局", "不含社区");
  r(4, "基础指标", "县域概况", "农林牧渔业总产值", "万元", "2020", "286,400", "区统计局", null);
  r(5, "发展环境", "组织保障", "是否成立数字农业农村工作领导机构", "是/否", "2021", "是", "区农业农村局", null);
  r(6, "发展环境", "政策支持", "是否出台支持农村电子商务发展的政策文件", "是/否", "2020", "是", "区商务局", "《浈江区促进农村电子商务发展扶持办法》（浈府办〔2020〕14号）");
  r(7, "发展环境", "财政投入", "县级财政农业农村信息化建设投入", "万元", "2020", 312, "区财政局", null);
  r(8, "发展环境", "财政投入", "其中：电子商务进农村综合示范省级专项资金（下达）", "万元", "2019", 500, "区商务局", "粤商务电函〔2019〕29号下达");
  r(9, "信息服务", "服务体系", "县级电子商务公共服务中心投入运营时间", "年月", "—", "2020年9月", "区商务局", null);
  r(10, "信息服务", "服务体系", "村级电子商务服务站点行政村覆盖率", "%", "2021", 78.7, "区商务局", "截至2021年6月");
  r(11, "信息服务", "服务体系", "益农信息社行政村覆盖率", "%", "2020", 100, "区农业农村局", null);
  r(12, "基础设施", "网络", "行政村光纤通达率", "%", "2020", 98.4, "区工信局", null);
  r(13, "基础设施", "网络", "行政村4G网络覆盖率", "%", "2020", 100, "区工信局", null);
  r(14, "基础设施", "物流", "行政村快递服务通达率", "%", "2020", 100, "区邮政快递业发展中心", null);
  r(15, "经营信息化", "农产品电商", "农产品网络零售额", "万元", "2019", "9,860", "区商务局", null);
  r(16, "经营信息化", "农产品电商", "农产品网络零售额", "万元", "2020", "13,240", "区商务局", null);
  r(17, "经营信息化", "农产品电商", "农产品网络零售额占农林牧渔业总产值比重", "%", "2020", 4.62, "计算", "第16项÷第4项");
  r(18, "经营信息化", "农村电商", "县域农村网络零售额", "万元", "2019", "54,300", "区商务局", null);
  r(19, "经营信息化", "农村电商", "县域农村网络零售额", "万元", "2020", "66,900", "区商务局", null);
  r(20, "经营信息化", "农村电商", "县域农村网络零售额同比增长", "%", "2020", 23.2, "区商务局", null);
  r(21, "经营信息化", "质量追溯", "农产品质量安全追溯信息化率", "%", "2020", 21.5, "区农业农村局", null);
  r(22, "乡村治理", "村务公开", "“三务”网上公开行政村覆盖率", "%", "2020", 100, "区民政局", null);
  r(23, "人才支撑", "农民培训", "农民手机应用技能培训人次", "人次", "2020", "4,620", "区农业农村局", "农业农村部“提升农民数字素养”项目");
  r(24, "人才支撑", "农民培训", "电子商务培训人次（示范创建以来累计）", "人次", "2019.11—2021.8", "3,480", "区商务局", "电商进农村示范普及培训及贫困户专场");
  // merge the 一级指标 cells by block
  let start = 5;
  for (let i = 1; i <= groups.length; i++) {
    if (i === groups.length || groups[i] !== groups[start - 5]) {
      const a = start, b = 4 + i;
      if (b > a) merges.push(`B${a}:B${b}`);
      for (let k = a; k < b; k++) rows[k][1] = null; // rows[k] is Excel row k+1
      start = 5 + i;
    }
  }
  rows.push(spanRow("注：第6、8、9、15、16、18—20、24项由区商务局提供；第17项为计算值。", W));
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(["填报人", "邓××", "审核人", "何××", "联系电话", "0751-8××××××", null, null, null]);

  assert(Math.round((66900 / 54300 - 1) * 1000) === 232, "rural growth as stated 23.2%");
  assert(Math.round((13240 / 286400) * 10000) === 462, "share 4.62% (not an input)");

  write("facts/b100-f2-zhenjiang.json", {
    description:
      "韶关市浈江区交来的事实表是借用的别的项目的表：区农业农村局牵头填报的《2021年全国县域数字农业农村发展水平评价 县级基础数据填报表》（区商务局提供其中电商几项）。表头一行成对写填报县（市、区）|浈江区、所属地级市、填报单位、填报日期；正文 序号|一级指标（纵向合并）|二级指标|指标名称|计量单位|数据年份|填报值|数据来源部门|备注，年份不在列上而在“数据年份”栏，同一指标按年份占两行（农产品网络零售额、县域农村网络零售额各有2019、2020两行），金额万元为千分位文本。只有能对上考评输入的行才是事实：常住人口、行政村数、扶持政策（是）、示范专项资金下达500万元、中心投入运营2020年9月、行政村快递服务通达率100%、两种网零额及农村网零增速23.2%、示范以来电商培训3,480人次。陷阱：“农民手机应用技能培训人次”是农业农村部门的另一个培训，不是电商培训；站点覆盖率、光纤/4G/益农社覆盖率、占比、信息化投入、“数字农业农村工作领导机构”都不是考评输入；填报日期不是考评截止日期。",
    sheets: [sheet("县级填报表", rows, merges)],
    expect: {
      facts: {
        county: "浈江区",
        residentPopulation: 331600,
        adminVillagesStated: 61,
        policyIssued: true,
        fundAllocated: 5000000,
        centerOpened: "2020-09",
        expressCoverage: true,
        agriRetail2019: 98600000,
        agriRetail2020: 132400000,
        ruralRetail2019: 543000000,
        ruralRetail2020: 669000000,
        ruralRetailGrowthStated: 0.232,
        trainingPersonTimesStated: 3480,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b100-f3-huiyang: 惠州市惠阳区 — 2022年部门预算项目库申报表（财政预算编制期的申报文本）
// =====================================================================================
(function f3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(spanRow(t, W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const pair = (l1, v1, l2, v2) => {
    rows.push([l1, v1, null, l2, v2, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  };
  const text = (t) => {
    rows.push([null, t, null, null, null, null]);
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  full("2022年度部门预算项目申报表（项目库）");
  pair("预算单位", "惠州市惠阳区商务局", "项目编码", "441303-2022-SW-0317");
  full("一、项目基本信息");
  pair("项目名称", "电子商务进农村综合示范项目后续运营保障", "项目类别", "特定目标类");
  pair("项目期限", "2022年1月—2022年12月", "申请金额（万元）", 120);
  pair("资金来源", "区级一般公共预算", "项目负责人", "区商务局副局长 杨××");
  pair("项目属性", "延续项目", "是否政府采购", "是");
  full("二、立项依据");
  text("1．《广东省商务厅关于下达2019年促进经济高质量发展专项资金（内贸方向省级电子商务进农村综合示范）项目计划的通知》（粤商务电函〔2019〕29号），下达我区省级专项资金500万元。");
  text("2．《惠州市惠阳区电子商务进农村综合示范创建工作方案》（惠阳府办〔2020〕7号，已正式印发）。");
  text("3．《惠阳区支持农村电子商务发展若干措施》（惠阳府办〔2020〕30号），对站点建设、网销企业、人才培训给予扶持。");
  text("4．区政府成立以区长为组长的电子商务进农村综合示范工作领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局等为成员单位。");
  full("三、项目现状及前期成效（截至今年8月底）");
  text("1．区电子商务公共服务中心于2020年12月8日投入运营，内设免费培训室、农特产品展示厅、直播间和摄影棚，向农户和电商企业免费提供电商培训、特色农产品展示展销和摄影美工服务；中心由专业第三方惠州市淡水河电子商务运营有限公司运营。");
  text("2．依托中心整合建设区农村电商产业园，已入驻企业27家。");
  text("3．全区63个行政村中已有54个建成村级电子商务服务站点，6个省定贫困村全部覆盖。");
  text("4．累计开展电商培训5,320人次；有劳动能力的建档立卡贫困人口（不含外出务工）862人中已参训497人。");
  text("5．2020年全区农村网络零售额38.7亿元，同比增长31.4%。");
  text("6．省级专项资金500万元，已累计拨付392.5万元，项目总体进度86%；示范期结束后中心和站点运营缺乏经费保障，故申报本项目。");
  full("四、项目实施内容及支出明细");
  rows.push(["序号", "支出内容", null, "测算依据", "金额（万元）", "备注"]);
  merges.push(`B${rows.length}:C${rows.length}`);
  const exp = [
    [1, "公共服务中心运营保障", "场地、人员及日常运营，按年", 60],
    [2, "村级服务站点运营补贴", "54个×0.5万元", 27],
    [3, "电商培训", "2,000人次×100元", 20],
    [4, "宣传推广", "直播节、展销会各1场", 13],
  ];
  for (const e of exp) {
    rows.push([e[0], e[1], null, e[2], e[3], null]);
    merges.push(`B${rows.length}:C${rows.length}`);
  }
  rows.push(["合计", null, null, null, exp.reduce((a, e) => a + e[3], 0), null]);
  merges.push(`A${rows.length}:D${rows.length}`);
  assert(exp.reduce((a, e) => a + e[3], 0) === 120, "支出明细合计 = 申请金额");
  full("五、绩效目标（2022年）");
  rows.push(["一级指标", "二级指标", "三级指标", "指标值（2022年）", "历史值（截至2021年8月）", "备注"]);
  rows.push(["产出指标", "数量指标", "开展电商培训", "≥2,000人次", "5,320人次（累计）", null]);
  rows.push([null, "数量指标", "运营村级电商服务站点", "≥54个", "54个", null]);
  rows.push([null, "时效指标", "公共服务中心正常运营", "12个月", "已运营近9个月", null]);
  rows.push(["效益指标", "经济效益", "农村网络零售额增长率", "≥15%", "31.4%（2020年）", null]);
  rows.push(["满意度指标", "服务对象满意度", "农户及企业满意度", "≥90%", "—", "年底问卷调查"]);
  merges.push(`A${rows.length - 4}:A${rows.length - 2}`);
  full("六、审核意见");
  pair("单位意见", "同意申报。（2021年9月8日）", "区财政局意见", "（待审核）");

  write("facts/b100-f3-huiyang.json", {
    description:
      "惠州市惠阳区商务局交来当事实表的是9月编制的《2022年度部门预算项目申报表（项目库）》——为示范期结束后的中心和站点运营申请区级经费：表单一、项目基本信息（一行两对“标签|值”，值格合并）；二、立项依据和三、项目现状及前期成效为编号段落（一段一行，合并B:F），事实都在句子里（方案已正式印发、扶持措施、区长任组长及四部门、中心2020年12月8日运营并免费提供培训、展示展销、摄影美工，第三方运营，整合建设产业园，63个行政村、6个省定贫困村，5,320人次，862人中参训497人，2020年农村网零38.7亿元增长31.4%，下达500万元、已拨付392.5万元、总体进度86%）；四、支出明细表；五、绩效目标表（指标值是2022年目标，“历史值”栏是现状）。陷阱：申请金额120万元是区级预算，不是下达资金；项目负责人副局长不是牵头领导；2,000人次、≥15%、54个站点等是目标或测算依据，不是输入；2019年网零额没写，不能反推；表内没有考评截止日期，也没有县名栏。",
    sheets: [sheet("项目申报表", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "惠阳区",
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-08",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        thirdPartyOperator: true,
        parkBuilt: true,
        adminVillagesStated: 63,
        poorVillagesStated: 6,
        trainingPersonTimesStated: 5320,
        eligiblePoorPersonsStated: 862,
        trainedPoorPersonsStated: 497,
        ruralRetail2020: 3870000000,
        ruralRetailGrowthStated: 0.314,
        fundAllocated: 5000000,
        fundSpentStated: 3925000,
        overallProgress: 0.86,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b100-l1-renhua: 韶关市仁化县 — 网信办舆情监测平台专题导出（宣传报道）+ 农业农村局益农信息社名录（站点）
// =====================================================================================
(function l1() {
  const sheets = [];
  const expect = {};

  // ---------------------------------------------------------------- 说明
  {
    const W = 4;
    const rows = [
      spanRow("仁化县商务局电商股：两张借来的表的说明", W),
      spanRow("1．“舆情信息明细”是县委网信办网络舆情监测平台按专题“仁化电商进农村”导出的（只筛了正面信息），前9列是系统导出的原样；最后两列“媒体级别”“备注”是我股补填的——转载的按原发媒体定级。媒体类型为“电视”的是电视台播出的节目。", W),
      spanRow("2．“益农信息社名录”是县农业农村局提供的。我县村级电子商务服务站点与益农信息社“两站合一”：名录里每个信息社就是一个村级电商服务站点。站点建成时间以“加挂电商服务站牌时间”为准；“益农社认定时间”是农业农村部门认定信息社的时间，不是电商站点的时间。", W),
      spanRow("3．考评截止日为2021年8月31日，截止日后的记录照登，不作删除。", W),
    ];
    sheets.push(sheet("说明", rows, ["A1:D1", "A2:D2", "A3:D3", "A4:D4"]));
    expect["说明"] = { kind: null };
  }

  // ---------------------------------------------------------------- 舆情信息明细 (media)
  // [time text, title, source, author, mediaType, similar, level(clerk), note]
  const M = [
    ["2020-09-18 09:12:40", "仁化：电商服务站开到村民家门口", "韶关日报", "记者 何××", "报刊", 3, "市级", null],
    ["2020-10-23 18:30:00", "丹霞脚下办起“云上农货节”", "南方+", "南方+记者", "客户端", 5, "省级", null],
    ["2020-11-05 20:05:12", "仁化县举办直播带货培训班", "仁化发布", "仁化县融媒体中心", "微信公众号", 0, "县级", null],
    ["2020-12-11 10:47:55", "广东仁化：电商助力脱贫户增收", "人民网", "人民网广东频道", "新闻网站", 12, "国家级", null],
    ["2021-01-20 19:02:00", "《韶关新闻》仁化电商扶贫见闻", "韶关广播电视台", "韶关台新闻中心", "电视", 1, "市级", null],
    ["2021-03-16 07:30:21", "仁化贡柑搭上电商快车", "南方日报", "南方日报记者", "报刊", 8, "省级", null],
    ["2021-04-08 15:22:09", "仁化贡柑搭上电商快车（转载）", "今日头条", "韶关日报头条号", "客户端", 0, "市级", "转载自韶关日报，按原发定级"],
    ["2021-05-25 19:45:30", "《广东新闻联播》仁化：小站点带动大产业", "广东广播电视台", "广东台新闻中心", "电视", 2, "省级", null],
    ["2021-06-30 11:18:44", "跟着镜头看仁化益农电商站", "仁化融媒视频号", "仁化县融媒体中心", "视频号", 0, "县级", null],
    ["2021-08-31 23:40:05", "仁化：村级电商服务站点覆盖八成行政村", "韶关发布", "韶关市委宣传部", "微信公众号", 4, "市级", null],
    ["2021-09-02 10:15:33", "仁化：“两站合一”打通农村电商最后一公里", "学习强国广东学习平台", "供稿：仁化县融媒体中心", "客户端", 0, "省级", "考评截止日后"],
    ["2021-09-06 08:00:00", "广东仁化：电商进村 山货出山", "央视网", "央视网", "新闻网站", 6, "国家级", "考评截止日后"],
  ];
  const LV = { "国家级": "national", "省级": "province", "市级": "city", "县级": "county" };
  {
    const rows = [
      ["仁化县网络舆情监测平台　专题信息导出", null, null, null, null, null, null, null, null, null, null],
      ["专题：仁化电商进农村（关键词：仁化＋电商/电子商务/直播带货/服务站/益农）", null, null, null, null, null, null, null, null, null, null],
      ["时间范围：2020-09-01 00:00:00 至 2021-09-10 23:59:59　筛选：情感倾向＝正面　排序：发布时间升序", null, null, null, null, null, null, null, null, null, null],
      ["导出时间：2021-09-11 09:32:18　共12条", null, null, null, null, null, null, null, null, null, null],
      ["序号", "标题", "来源", "作者", "媒体类型", "发布时间", "情感倾向", "相似文章数", "原文链接", "媒体级别（电商股补填）", "备注"],
    ];
    M.forEach((m, i) => rows.push([i + 1, m[1], m[2], m[3], m[4], m[0], "正面", m[5], "https://yq.example.gov.cn/d/" + (88120 + i * 37), m[6], m[7]]));
    sheets.push(sheet("舆情信息明细", rows, ["A1:K1", "A2:K2", "A3:K3", "A4:K4"]));
    expect["舆情信息明细"] = {
      kind: "media",
      records: M.map((m) => ({ date: m[0].slice(0, 10), level: LV[m[6]], tv: m[4] === "电视" })),
    };
  }

  // ---------------------------------------------------------------- 益农信息社名录 (stations)
  // [town, village as written, type, 认定 cell, 加挂 cell, 加挂 iso, note]
  const S = [
    ["丹霞街道", "夏富村", "标准型", "2018.6", D("2020-10-15"), "2020-10-15", null],
    ["丹霞街道", "瑶塘村委会", "标准型", "2018.6", "2020.10.15", "2020-10-15", null],
    ["丹霞街道", "城南社区", "专业型", "2019.3", D("2020-10-15"), "2020-10-15", "社区点"],
    ["董塘镇", "安岗村", "标准型", "2018.6", "2020年11月", "2020-11", null],
    ["董塘镇", "新龙村", "简易型", "2019.3", "21.3.8", "2021-03-08", null],
    ["周田镇", "周田村", "标准型", "2018.6", D("2020-11-20"), "2020-11-20", null],
    ["周田镇", "平岭村委会", "标准型", "2019.3", "2020.11.20", "2020-11-20", null],
    ["石塘镇", "石塘村", "标准型", "2018.6", D("2020-12-04"), "2020-12-04", null],
    ["石塘镇", "堆下村", "简易型", "2019.11", "2021.4.16", "2021-04-16", null],
    ["扶溪镇", "扶溪村", "标准型", "2018.6", "20201218", "2020-12-18", null],
    ["扶溪镇", "古夏村", "简易型", "2019.11", D("2021-05-20"), "2021-05-20", "省定贫困村"],
    ["城口镇", "恩村村委会", "标准型", "2019.3", "2021年6月8日", "2021-06-08", "省定贫困村"],
    ["长江镇", "锦江村", "简易型", "2019.11", "2021.8.31", "2021-08-31", null],
    ["黄坑镇", "黄坑村", "标准型", "2018.6", "2021.9.3", "2021-09-03", "9月加挂"],
    ["红山镇", "红山村", "标准型", "2018.6", D("2021-09-03"), "2021-09-03", "9月加挂"],
    ["闻韶镇", "闻韶村", "标准型", "2018.6", D("2021-01-12"), "2021-01-12", null],
  ];
  {
    const rows = [
      ["仁化县益农信息社建设名录（与村级电子商务服务站点“两站合一”）", null, null, null, null, null, null, null, null, null, null],
      ["提供单位：仁化县农业农村局　　　　　　　　　　　　　　更新至2021年9月", null, null, null, null, null, null, null, null, null, null],
      ["序号", "信息社编号", "信息社名称", "所在镇（街道）", "所在村（社区）", "类型", "信息员", "联系电话", "益农社认定时间", "加挂电商服务站牌时间", "备注"],
    ];
    const staff = ["蒙", "谭", "邓", "刘", "黄", "李", "蔡", "曾"];
    S.forEach((s, i) => {
      const town = s[0].replace(/[镇街道]+$/, "");
      rows.push([i + 1, "YN440224" + String(101 + i * 3), `仁化县${s[0]}${s[1].replace(/村委会$/, "村")}益农信息社`, s[0], s[1], s[2], staff[i % 8] + "××", "137" + String(51420000 + i * 6113).slice(0, 8), s[3], s[4], s[6]]);
      assert(town.length > 0, "town");
    });
    sheets.push(sheet("益农信息社名录", rows, ["A1:K1", "A2:K2"]));
    expect["益农信息社名录"] = { kind: "stations", records: S.map((s) => ({ village: s[1], opened: s[5] })) };
  }
  assert(expect["益农信息社名录"].records.filter((r) => dateOk(r.opened)).length === 14, "14 stations by the cut-off");
  assert(expect["舆情信息明细"].records.filter((r) => dateOk(r.date)).length === 10, "10 reports by the cut-off");

  write("ledgers/b100-l1-renhua.json", {
    description:
      "韶关市仁化县商务局电商股交的两张“借来的表”加说明页：①县委网信办网络舆情监测平台按专题“仁化电商进农村”导出的《舆情信息明细》当宣传报道台账——表头上方四行是平台名称、专题关键词、时间范围与筛选条件（情感倾向＝正面）、导出时间和条数；前9列原样（序号|标题|来源|作者|媒体类型|发布时间（“2020-09-18 09:12:40”文本）|情感倾向|相似文章数|原文链接），后两列“媒体级别（电商股补填）|备注”是电商股加的，转载（今日头条转韶关日报）按原发媒体定级；媒体类型“电视”的两条是电视播出；一条发布时间是8月31日23:40（算截止日当天），两条在9月。②县农业农村局《益农信息社建设名录》当站点台账——说明页写明全县村级电商服务站点与益农信息社“两站合一”、名录每行就是一个站点，建成时间只看“加挂电商服务站牌时间”（真日期、“2020.10.15”“2020年11月”“21.3.8”“20201218”“2021年6月8日”混写，两站9月3日才加挂），“益农社认定时间”（2018.6、2019.3）不是站点时间；所在村有“瑶塘村委会”“恩村村委会”写法，有一个社区点。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b100-l2-meijiang: 梅州市梅江区 — 农家书屋名录（村居名单）、学员跟踪回访登记（培训）、惠民惠农“一卡通”发放明细（资金）
// =====================================================================================
(function l2() {
  const sheets = [];
  const expect = {};
  const AREA = "441402";

  // ---------------------------------------------------------------- 说明
  {
    const W = 4;
    const rows = [
      spanRow("梅江区商务局电商股台账第二册说明", W),
      spanRow("1．我区没有单独的行政村名单，以区文广旅体局《农家书屋名录》代替：全区每个行政村、社区各建一个农家书屋（社区书屋），“所在村（社区）”一栏即村（居）委会名单，“类别”为村委会的是行政村；省定贫困村一栏社区不填（“/”）。", W),
      spanRow("2．“学员跟踪回访”是区电商公共服务中心的回访登记：一名学员参加一期培训登记一行（参加两期的登记两行），“培训日期”是参训日期，“回访日期”是中心回访的日期；少数身份证号是中心按隐私要求打码后交来的。", W),
      spanRow("3．“一卡通发放明细”只是村级站点运营补贴这一部分（通过惠民惠农财政补贴资金“一卡通”发到站长社保卡），不是专项资金的全部支出；负数为退回。", W),
    ];
    sheets.push(sheet("说明", rows, ["A1:D1", "A2:D2", "A3:D3", "A4:D4"]));
    expect["说明"] = { kind: null };
  }

  // ---------------------------------------------------------------- 农家书屋名录 (villages)
  // [town, village as written, 类别, poor]
  const V = [
    ["西阳镇", "白宫村委会", "村委会", "否"],
    ["西阳镇", "新联村委会", "村委会", "否"],
    ["西阳镇", "清凉村委会", "村委会", "是"],
    ["西阳镇", "桃尧村委会", "村委会", "否"],
    ["西阳镇", "双黄村委会", "村委会", "否"],
    ["西阳镇", "西阳社区", "社区", "/"],
    ["城北镇", "玉水村委会", "村委会", "否"],
    ["城北镇", "上官塘村委会", "村委会", "是"],
    ["城北镇", "下官塘村委会", "村委会", "否"],
    ["城北镇", "扎上村委会", "村委会", "否"],
    ["城北镇", "群丰村委会", "村委会", "否"],
    ["城北镇", "城北社区", "社区", "/"],
    ["长沙镇", "长沙村委会", "村委会", "否"],
    ["长沙镇", "小密村委会", "村委会", "是"],
    ["长沙镇", "官亭村委会", "村委会", "否"],
    ["长沙镇", "大塘村委会", "村委会", "否"],
    ["三角镇", "三角村委会", "村委会", "否"],
    ["三角镇", "湾下村委会", "村委会", "否"],
    ["三角镇", "东升村委会", "村委会", "否"],
    ["三角镇", "联和村委会", "村委会", "否"],
    ["三角镇", "三角居委会", "居委会", "/"],
  ];
  {
    const rows = [
      ["梅江区农家书屋名录（2021年更新）", null, null, null, null, null, null, null, null, null],
      ["填报单位：梅江区文化广电旅游体育局", null, null, null, null, null, "2021年7月", null, null, null],
      ["序号", "镇（街道）", "书屋名称", "所在村（社区）", "类别", "省定贫困村", "藏书量（册）", "数字农家书屋", "管理员", "备注"],
    ];
    const merges = ["A1:J1", "A2:F2", "G2:J2"];
    let start = rows.length;
    V.forEach((v, i) => {
      const first = i === 0 || V[i - 1][0] !== v[0];
      if (first && i > 0) {
        if (rows.length - start > 1) merges.push(`B${start + 1}:B${rows.length}`);
        start = rows.length;
      }
      const base = v[1].replace(/(村委会|居委会)$/, "");
      const room = v[2] === "村委会" ? `${base}村农家书屋` : v[2] === "社区" ? `${v[1]}书屋` : `${base}社区书屋`;
      rows.push([i + 1, first ? v[0] : null, room, v[1], v[2], v[3], 1500 + ((i * 137) % 900), i % 3 === 0 ? "是" : "否", ["古", "侯", "曾", "丘", "钟"][i % 5] + "××", v[3] === "是" ? "贫困村书屋已提标" : null]);
    });
    merges.push(`B${start + 1}:B${rows.length}`);
    rows.push(["合计", null, "农家书屋21个（村委会18个、社区3个）", null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:J${rows.length}`);
    sheets.push(sheet("农家书屋名录", rows, merges));
    expect["农家书屋名录"] = {
      kind: "villages",
      records: V.map((v) => (v[2] === "村委会" ? { name: v[1], admin: true, poor: v[3] === "是" } : { name: v[1], admin: false })),
    };
  }
  assert(V.filter((v) => v[2] === "村委会").length === 18, "18 行政村");

  // ---------------------------------------------------------------- 学员跟踪回访 (training)
  // persons
  const names = ["杨志强", "李秀梅", "张国华", "黄丽娟", "陈俊杰", "刘小红", "罗文辉", "钟美玲", "曾建平", "廖春燕", "古伟东", "侯淑芬", "丘家豪"];
  const ppl = names.map((n, i) => ({
    name: n, sex: i % 2 ? "女" : "男",
    id: makeId(AREA, `${1970 + ((i * 3) % 30)}${String(1 + ((i * 7) % 12)).padStart(2, "0")}${String(1 + ((i * 5) % 28)).padStart(2, "0")}`, 200 + i * 17, i === 4),
  }));
  assert(ppl[4].id.endsWith("X"), "one X id");
  // [personIdx, 期次, 培训日期 cell, iso, 回访日期 cell, 方式, 情况, idMode]
  const T = [
    [0, "第3期", "2020.10.22", "2020-10-22", "2020.12.3", "电话", "已开设拼多多店铺", "full"],
    [1, "第3期", "2020.10.22", "2020-10-22", "2020.12.3", "电话", "未开店，在亲戚网店做客服", "full"],
    [2, "第3期", "2020.10.22", "2020-10-22", D("2020-12-04"), "上门", "已开设淘宝店铺", "full"],
    [3, "第5期", "2020.12.17-18", "2020-12-18", D("2021-02-25"), "微信", "抖音带货，月销约8000元", "full"],
    [4, "第5期", "2020.12.17-18", "2020-12-18", D("2021-02-25"), "微信", "暂未开店", "lowerx"],
    [5, "第5期", "2020.12.17-18", "2020-12-18", "2021.3.1", "电话", "已开设微店", "masked"],
    [6, "第8期", D("2021-03-25"), "2021-03-25", "2021.5.20", "上门", "合作社网店运营", "full"],
    [7, "第8期", D("2021-03-25"), "2021-03-25", "2021.5.20", "电话", "暂未开店", "spaced"],
    [8, "第8期", D("2021-03-25"), "2021-03-25", "2021.5.21", "电话", "已开设淘宝店铺", "full"],
    [2, "第11期", "2021年6月10日", "2021-06-10", "2021.8.26", "上门", "店铺升级，开通直播", "full"],
    [9, "第11期", "2021年6月10日", "2021-06-10", "2021.9.9", "电话", "已开设拼多多店铺", "full"],
    [10, "第11期", "2021年6月10日", "2021-06-10", "2021.9.9", "电话", "暂未开店", "masked"],
    [11, "第14期", "2021.9.7", "2021-09-07", "—", "—", "（待回访）", "full"],
    [12, "第14期", "2021.9.7", "2021-09-07", "—", "—", "（待回访）", "full"],
  ];
  {
    const rows = [
      ["梅江区电商培训学员跟踪服务登记表（回访记录）", null, null, null, null, null, null, null, null, null, null],
      ["填表单位：梅江区电子商务公共服务中心　　　　　　　　登记至2021年9月10日", null, null, null, null, null, null, null, null, null, null],
      ["序号", "姓名", "性别", "身份证号码", "联系电话", "参训期次", "培训日期", "回访日期", "回访方式", "目前开店／创业情况", "回访人"],
    ];
    const recs = [];
    T.forEach((t, i) => {
      const p = ppl[t[0]];
      let idw = p.id;
      let idx = p.id;
      if (t[7] === "lowerx") idw = p.id.slice(0, -1) + "x";
      if (t[7] === "spaced") idw = p.id.slice(0, 6) + " " + p.id.slice(6, 14) + " " + p.id.slice(14);
      if (t[7] === "masked") { idw = p.id.slice(0, 6) + "********" + p.id.slice(14); idx = idw; }
      rows.push([i + 1, p.name, p.sex, idw, "139" + String(23050000 + i * 4127).slice(0, 8), t[1], t[2], t[4], t[5], t[6], i % 2 ? "温××" : "叶××"]);
      recs.push({ date: t[3], personTimes: 1, id: idx });
    });
    rows.push(["注：张国华参加了第3期和第11期，登记两行；第14期学员9月底前回访。", null, null, null, null, null, null, null, null, null, null]);
    sheets.push(sheet("学员跟踪回访", rows, ["A1:K1", "A2:K2", `A${rows.length}:K${rows.length}`]));
    expect["学员跟踪回访"] = { kind: "training", records: recs };
  }
  assert(expect["学员跟踪回访"].records.filter((r) => dateOk(r.date)).length === 12, "12 person-times by the cut-off");

  // ---------------------------------------------------------------- 一卡通发放明细 (funds)
  // [批次, person name, village, amount cell, amount, date cell, iso, note]
  const F = [
    ["2020年第一批", "古××", "白宫村", 3000, 3000, D("2020-12-25"), "2020-12-25", null],
    ["2020年第一批", "侯××", "清凉村", 3000, 3000, D("2020-12-25"), "2020-12-25", null],
    ["2020年第一批", "曾××", "上官塘村", 3000, 3000, D("2020-12-25"), "2020-12-25", null],
    ["2020年第一批", "丘××", "小密村", 3000, 3000, D("2020-12-25"), "2020-12-25", null],
    ["2020年第一批", "钟××", "三角村", 3000, 3000, D("2020-12-25"), "2020-12-25", null],
    ["2020年第一批", "杨××", "玉水村", 3000, 3000, D("2020-12-25"), "2020-12-25", null],
    ["小计"],
    ["2021年第一批", "古××", "白宫村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["2021年第一批", "侯××", "清凉村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["2021年第一批", "曾××", "上官塘村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["2021年第一批", "丘××", "小密村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["2021年第一批", "钟××", "三角村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["2021年第一批", "黄××", "桃尧村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["2021年第一批", "刘××", "长沙村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["2021年第一批", "罗××", "湾下村", "3,000.00", 3000, "2021.6.28", "2021-06-28", null],
    ["小计"],
    ["退回", "杨××", "玉水村", "-1,500.00", -1500, "2021.7.15", "2021-07-15", "玉水村站点停业，退回半年补贴"],
    ["2021年第二批", "李××", "官亭村", 3000, 3000, D("2021-09-15"), "2021-09-15", "考评截止日后"],
    ["2021年第二批", "陈××", "东升村", 3000, 3000, D("2021-09-15"), "2021-09-15", "考评截止日后"],
    ["小计"],
  ];
  {
    const rows = [
      ["梅江区惠民惠农财政补贴资金“一卡通”发放明细表", null, null, null, null, null, null, null, null, null],
      ["补贴项目：村级电子商务服务站点运营补贴（省级电子商务进农村综合示范专项资金列支）　　发放单位：梅江区商务局　　代发银行：梅州农商银行", null, null, null, null, null, null, null, null, null],
      ["序号", "批次", "姓名", "身份证号码", "社会保障卡号", "所在村", "补贴标准（元/半年）", "发放金额（元）", "发放日期", "备注"],
    ];
    const recs = [];
    let no = 0, sub = 0, total = 0;
    const keepers = [];
    const keeperNo = (v) => {
      if (!keepers.includes(v)) keepers.push(v);
      return keepers.indexOf(v);
    };
    const merges = ["A1:J1", "A2:J2"];
    F.forEach((f, i) => {
      if (f[0] === "小计") {
        rows.push(["小计", null, null, null, null, null, null, sub, null, null]);
        merges.push(`A${rows.length}:G${rows.length}`);
        total += sub;
        sub = 0;
        return;
      }
      no += 1;
      const k = keeperNo(f[2]);
      const idm = makeId(AREA, `${1968 + ((k * 3) % 25)}${String(1 + (k % 12)).padStart(2, "0")}${String(3 + (k % 25)).padStart(2, "0")}`, 300 + k * 11, false);
      const masked = idm.slice(0, 6) + "********" + idm.slice(14);
      rows.push([no, f[0], f[1], masked, "6217 56** **** " + String(4100 + k * 37), f[2], f[0] === "退回" ? null : 3000, f[3], f[5], f[7]]);
      recs.push({ date: f[6], amount: f[4] });
      if (f[0] === "退回") total += f[4];
      else sub += f[4];
    });
    rows.push(["合计", null, null, null, null, null, null, total, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("一卡通发放明细", rows, merges));
    expect["一卡通发放明细"] = { kind: "funds", records: recs };
    assert(total === 18000 + 24000 - 1500 + 6000, "合计 46,500");
    assert(recs.filter((r) => dateOk(r.date)).reduce((a, r) => a + r.amount, 0) === 40500, "40,500 by the cut-off");
  }

  write("ledgers/b100-l2-meijiang.json", {
    description:
      "梅州市梅江区商务局电商股台账第二册：说明页加三张“借来的表”。①区文广旅体局《农家书屋名录》当村（居）委会名单——说明页写明每个行政村、社区各一个书屋，“所在村（社区）”就是村居名单，“类别”村委会＝行政村、社区/居委会不是；镇列纵向合并，书屋名称（“白宫村农家书屋”“西阳社区书屋”）不是村名，藏书量、数字书屋、管理员是干扰列；省定贫困村填是/否，社区填“/”；末尾合计行。②区电商中心《电商培训学员跟踪服务登记表（回访记录）》当培训台账——一名学员参加一期一行（张国华两期两行），两个日期列：“培训日期”（“2020.12.17-18”两天班按18日、真日期、“2021年6月10日”、9月7日第14期）才是参训日期，“回访日期”（有的在9月、有的写“—”）不是；身份证有小写x、带空格、两人打码（按写的记）。③《惠民惠农财政补贴资金“一卡通”发放明细表》当资金台账——站点运营补贴按批次发到站长社保卡（身份证和卡号都打码），金额数字与“3,000.00”文本混写，每批小计、最后合计，一笔“-1,500.00”退回，9月15日一批在截止日后。",
    sheets,
    expect: { sheets: expect },
  });
})();

// ---------------------------------------------------------------- run
for (const f of written) console.log("wrote " + f);
console.log(written.length + " case(s) written");
