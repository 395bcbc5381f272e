"use strict";
// Batch 98 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers

/** A real Excel date cell. */
function D(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error("bad date " + iso);
  return { date: iso };
}

/** Column letters -> 0-based index. */
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

/** Pad every row to `width` with nulls (a sheet is rectangular). */
function pad(rows, width) {
  const w = width || Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => {
    if (r.length > w) throw new Error("row longer than width " + w + ": " + JSON.stringify(r));
    return r.concat(Array(w - r.length).fill(null));
  });
}

/** Build a sheet: rows are padded; merges given as A1 ranges. */
function sheet(name, rows, merges, extra) {
  const s = { name, rows: pad(rows) };
  if (merges && merges.length) s.merges = merges;
  if (extra) Object.assign(s, extra);
  return s;
}

/** A row whose first cell spans `width` columns (title / note rows). */
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
      !Number.isNaN(Date.parse(v.date + "T00:00:00Z")) &&
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
  if (s.hidden !== undefined && typeof s.hidden !== "boolean") throw new Error(`${where}: hidden must be boolean`);
}

function validateCase(obj, file) {
  if (typeof obj.description !== "string" || !obj.description) throw new Error(file + ": no description");
  if (!Array.isArray(obj.sheets) || !obj.sheets.length) throw new Error(file + ": no sheets");
  const names = new Set();
  obj.sheets.forEach((s, i) => {
    validateSheet(s, `${file} sheet ${i + 1} (${s.name})`);
    if (names.has(s.name)) throw new Error(file + ": duplicate sheet name " + s.name);
    names.add(s.name);
    if (s.name.length > 31 || /[\\/?*\[\]:]/.test(s.name)) throw new Error(file + ": sheet name not allowed in Excel: " + s.name);
  });
  if (!obj.expect || typeof obj.expect !== "object") throw new Error(file + ": no expect");
  if (file.startsWith("ledgers/")) {
    for (const n of Object.keys(obj.expect.sheets || {})) {
      if (!names.has(n)) throw new Error(file + ": expect names unknown sheet " + n);
    }
  }
  if (file.startsWith("counties/")) {
    const ids = [
      "org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage",
      "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media",
      "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase",
      "veto.incident", "veto.progress", "veto.fraud",
    ];
    const p = obj.expect.points;
    for (const id of ids) if (typeof p[id] !== "number") throw new Error(file + ": points missing " + id);
    const scored = ids.slice(0, 15).reduce((a, id) => a + p[id], 0);
    const bonus = Math.min(4, p["bonus.poorTraining"] + p["bonus.tvCase"]);
    if (obj.expect.bonus !== bonus) throw new Error(`${file}: bonus ${obj.expect.bonus} != ${bonus}`);
    const total = obj.expect.vetoed ? 0 : scored + bonus;
    if (obj.expect.total !== total) throw new Error(`${file}: total ${obj.expect.total} != ${total}`);
    if (!Array.isArray(obj.derivation) || obj.derivation.length < 20) throw new Error(file + ": derivation too short");
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

/** An 18-character 身份证号 with a correct check character. */
function idn(area6, ymd, seq3) {
  const body = String(area6) + String(ymd) + String(seq3).padStart(3, "0");
  if (!/^\d{17}$/.test(body)) throw new Error("bad id body " + body);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const map = "10X98765432";
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * w[i];
  return body + map[s % 11];
}

// ---------------------------------------------------------------- cases

// ---- facts/b98-f1: 汕尾市华侨管理区, meeting hand-out "一组数字" (number first, its meaning to the right)
(function f1() {
  const W = 3;
  const rows = [];
  const merges = [];
  const title = (t) => {
    rows.push(spanRow(t, W));
    merges.push(`A${rows.length}:C${rows.length}`);
  };
  const sec = (t) => title(t);
  const r = (num, what, note) => rows.push([num, what, note === undefined ? null : note]);

  title("汕尾市华侨管理区电子商务进农村综合示范创建考评迎检工作动员会");
  title("会议材料之三");
  title("一 组 数 字 看 创 建");
  title("（数据截至2021年8月31日　区经济发展局电商办汇编）");
  r("数字", "说的是什么", "说明");
  sec("一、区情");
  r(3.18, "全区常住人口（万人，第七次全国人口普查）", "户籍人口4.02万人");
  r(9, "个行政村（另有社区居委会3个，不计入）", null);
  r(2, "个省定贫困村（新岭村、埔上村）", null);
  sec("二、组织保障");
  r("1个", "创建工作领导小组：区党工委书记任组长，管委会分管副主任任常务副组长，区经济发展局（商务）、财政局、农业农村局、乡村振兴局等12个部门为成员单位", null);
  r("1份", "正式印发的示范创建工作方案（汕侨管〔2020〕11号，2020年6月12日印发）", null);
  r("2份", "出台支持农村电商发展的政策文件（电商人才奖补办法、农村物流配送补贴办法）", null);
  r("1套", "省级专项资金管理办法（含绩效考核和问责条款）", null);
  r("1本", "资金专用台账（承建单位逐笔登记，凭证可查）", null);
  sec("三、服务体系");
  r("2020.12.26", "区电子商务公共服务中心正式投入运营", "11月30日起试运营");
  r("1,200㎡", "中心建筑面积，设培训、展示、直播、摄影等功能区", null);
  r("48座", "免费培训教室座位（配电脑、投影，能组织电商基础培训）", null);
  r("320款", "在中心免费展示、代销的本地特色农产品", null);
  r("0元", "电商主体在中心拍产品图、做详情页要付的钱——摄影、美工服务全部免费", null);
  r("6场", "中心组织的农产品统一推广活动，指导“侨乡红”区域公共品牌建设", null);
  r("0个", "建成的电商产业园（选址侨兴路旧厂房，计划2021年11月挂牌）", "尚未建成");
  r("1家", "专业第三方电商运营服务商（负责中心日常运营）", null);
  r("100%", "行政村物流快递覆盖率（9个行政村全部通快递）", null);
  sec("四、农产品上行");
  r("1.46亿元→1.97亿元", "农村网络零售额（2019年→2020年）", null);
  r("+34.9%", "2020年农村网络零售额同比增速", null);
  r("3,860万元", "2020年农产品网络零售额（2019年为2,910万元）", null);
  r("1.42亿元", "2021年1—8月农村网络零售额", "仅供参考");
  sec("五、人才培训");
  r(412, "人次：累计开展电商培训（占常住人口1.30%）", null);
  r(186, "人：有劳动能力的建档立卡贫困人口（不含外出务工人员）", "区乡村振兴局确认");
  r(104, "人：其中参加过电商培训（参训率55.9%）", null);
  r(60, "人次：9月份拟再开办的两期直播带货培训", "计划");
  sec("六、信息公开与报送");
  r("4项", "区政府网站专栏公示内容：创建方案、项目基本信息、建设进度、监督举报窗口，一项不缺", null);
  r("12个月", "2020年9月至2021年8月，每月向市商务局报送工作进展和电商扶贫统计数据", null);
  sec("七、资金");
  r("500万元", "省级专项资金下达总额", null);
  r("418.6万元", "截至8月31日累计拨付", null);
  r("83.7%", "资金拨付率", null);
  r("96%", "项目建设总体进度", null);
  r("0起", "安全生产、质量事故", null);
  sec("八、下一步");
  r("2个", "计划新增的村级服务站点（10月底前）", null);
  r("1场", "拟于国庆期间举办的“侨乡好物”直播节", null);
  rows.push(["汕尾市华侨管理区经济发展局（电商办）", null, "2021年9月2日印"]);
  merges.push(`A${rows.length}:B${rows.length}`);

  write("facts/b98-f1-shanweihuaqiao.json", {
    description:
      "汕尾市华侨管理区经济发展局电商办为迎检动员会编印的《会议材料之三：一组数字看创建》：每行先写数字（3.18、“2020.12.26”、“0元”、“1.46亿元→1.97亿元”），数字的含义写在它右边一格（标签在值的右边，有的单位在含义里，如“人次：…”“个行政村…”），分八节，末尾是计划事项和印发落款。",
    sheets: [sheet("材料三 一组数字", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31",
        residentPopulation: 31800,
        adminVillagesStated: 9,
        poorVillagesStated: 2,
        planIssued: true,
        policyIssued: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        centerOpened: "2020-12-26",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 146000000,
        ruralRetail2020: 197000000,
        ruralRetailGrowthStated: 0.349,
        agriRetail2019: 29100000,
        agriRetail2020: 38600000,
        trainingPersonTimesStated: 412,
        eligiblePoorPersonsStated: 186,
        trainedPoorPersonsStated: 104,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4186000,
        overallProgress: 0.96,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// ---- facts/b98-f2: 揭阳市大南山华侨管理区, data table whose values carry footnote marks; the notes under the table correct them
(function f2() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(spanRow(t, W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  const r = (no, label, unit, value, note) => rows.push([no, label, unit, value, note === undefined ? null : note]);

  full("揭阳市大南山华侨管理区电子商务进农村综合示范创建考评基础数据表");
  rows.push(["填报单位（盖章）：大南山华侨管理区经济发展局", null, null, "填报日期：二〇二一年九月三日", null]);
  merges.push(`A${rows.length}:C${rows.length}`, `D${rows.length}:E${rows.length}`);
  r("序号", "项　　目", "单位", "数　值", "备　注");
  full("一、基本情况");
  r(1, "县（市、区）名称", "—", "大南山华侨管理区", null);
  r(2, "考评截止日期", "—", "二〇二一年八月三十一日", null);
  r(3, "常住人口①", "万人", 2.96, null);
  r(4, "行政村数", "个", 6, "另有居委会1个");
  r(5, "省定贫困村数", "个", 1, "石埔村");
  full("二、组织领导");
  r(6, "领导小组组长", "—", "管委会分管经济工作的副主任", null);
  r(7, "成员单位", "—", "经济发展局、财政局、农业农村办、乡村振兴办、社会事务局", null);
  r(8, "示范创建工作方案是否正式印发", "是/否", "是", "揭南侨管〔2020〕9号");
  r(9, "是否出台支持农村电商发展的政策", "是/否", "否", "政策文件起草中");
  full("三、服务体系");
  r(10, "电子商务公共服务中心投入运营日期", "年月日", "2021年1月8日③", null);
  r(11, "免费培训场所、设备，能组织电商基础培训", "是/否", "是", null);
  r(12, "为特色农产品提供免费展示、销售服务", "是/否", "是", null);
  r(13, "为电商主体提供免费摄影、美工服务", "是/否", "是⑥", null);
  r(14, "组织农产品统一推广、指导品牌建设", "是/否", "是", null);
  r(15, "提供其他衍生增值服务", "是/否", "是", "代办营业执照、对接小额信贷");
  r(16, "建设或整合、优化电商产业园", "是/否", "否", null);
  r(17, "有专业第三方电商运营或服务商", "是/否", "是", null);
  r(18, "行政村物流快递覆盖率", "%", 100, null);
  full("四、农产品上行");
  r(19, "2019年农村网络零售额", "亿元", 0.86, null);
  r(20, "2020年农村网络零售额※", "亿元", 1.07, null);
  r(21, "2019年农产品网络零售额", "万元", "2,410", null);
  r(22, "2020年农产品网络零售额", "亿元", "3,126④", null);
  r(23, "2020年农产品网络零售额同比增速", "%", 29.7, null);
  full("五、人才培训");
  r(24, "累计培训人次", "人次", "415②", null);
  r(25, "有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", 94, "区乡村振兴办确认");
  r(26, "参加培训的建档立卡贫困人口数", "人", 47, null);
  full("六、信息公开及报送");
  r(27, "专栏公示创建方案", "是/否", "是", null);
  r(28, "专栏公示项目基本信息", "是/否", "是", null);
  r(29, "专栏公示项目建设进度", "是/否", "是", "每月更新");
  r(30, "专栏设立征求意见或监督举报窗口", "是/否", "是⑤", null);
  r(31, "能统计电商扶贫情况", "是/否", "是", null);
  full("七、资金管理");
  r(32, "省级专项资金下达总额", "万元", 500, null);
  r(33, "累计拨付资金", "万元", "371.85⑨", null);
  r(34, "项目总体进度", "%", 90, null);
  r(35, "资金管理制度", "已制定/未制定", "已制定", null);
  r(36, "资金专用台账", "已建立/未建立", "已建立", null);
  full("八、一票否决事项");
  r(37, "发生安全生产、质量事故或重大损失", "有/无", "无", null);
  r(38, "弄虚作假", "有/无", "无", null);
  full("九、主观评分项自评");
  r(39, "方案制定（1-2分）", "分", 2, null);
  r(40, "政策支持（1-2分）", "分", "—", "未出台，不自评");
  r(41, "项目管理制度（1-2分）", "分", 2, null);
  r(42, "工作台账（1-2分）", "分", 2, null);
  r(43, "网销调研及建议（1-2分）", "分", 1, null);
  r(44, "网络促销活动成效（1-2分）", "分", 2, null);
  r(45, "交易标准及冷链、溯源系统（1-2分）", "分", 1, null);
  r(46, "资金管理制度（1-5分）", "分", 4, null);
  r(47, "资金台账（1-5分）", "分", "5⑩", null);
  r(48, "资金及时拨付（1-5分）", "分", 4, null);
  full("注：");
  full("① 常住人口为第七次全国人口普查数。");
  full("② 此数含9月2日第9期直播带货班48人次；截至8月31日实为367人次。");
  full("③ 1月8日为揭牌仪式日期；中心于二〇二〇年十二月二十一日正式投入运营。");
  full("④ 本行单位误填，应为万元。");
  full("⑤ 监督举报窗口（电话、电子邮箱）已于2020年7月开通；征求意见栏拟9月底上线。");
  full("⑥ 摄影棚已建成，拟10月起对外免费开放，目前仅供中心自用。");
  full("⑨ 为截至2021年9月6日数；截至8月31日累计拨付352.85万元。");
  full("⑩ 经8月30日局务会研究，资金台账自评由5分调整为4分。");
  full("※ 数据来源：省商务厅提供的第三方统计数据。");
  rows.push(["填表人：林晓燕", null, "审核人：陈　强", null, "联系电话：0663-2231×××"]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`);

  write("facts/b98-f2-dananshan.json", {
    description:
      "揭阳市大南山华侨管理区经济发展局填的《考评基础数据表》（序号|项目|单位|数值|备注，分九节）：数值格带脚注号（“415②”“2021年1月8日③”“3,126④”“是⑥”“5⑩”，①※只是出处），表下“注：”逐条改正或限定——截止日前人次、真正的运营日、单位应为万元、摄影美工只是计划、8月31日的拨付数、局务会调整后的自评分；日期用汉字数字（二〇二一年八月三十一日）。",
    sheets: [sheet("基础数据", rows, merges)],
    expect: {
      facts: {
        county: "大南山华侨管理区",
        asOf: "2021-08-31",
        residentPopulation: 29600,
        adminVillagesStated: 6,
        poorVillagesStated: 1,
        planIssued: true,
        policyIssued: false,
        centerOpened: "2020-12-21",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 86000000,
        ruralRetail2020: 107000000,
        agriRetail2019: 24100000,
        agriRetail2020: 31260000,
        agriRetailGrowthStated: 0.297,
        trainingPersonTimesStated: 367,
        eligiblePoorPersonsStated: 94,
        trainedPoorPersonsStated: 47,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3528500,
        overallProgress: 0.9,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "deputy",
    },
  });
})();

// ---- facts/b98-f3: 肇庆新区, the import-result file a city data system sends back (one wide record per row)
(function f3() {
  const head = [
    "序号",
    "*县（市、区）",
    "*考评截止日期（yyyy-mm-dd）",
    "*常住人口（万人）",
    "*行政村数（个）",
    "*省定贫困村数（个）",
    "*牵头领导级别（1=主要领导，2=分管领导，3=其他）",
    "*参与部门（多选，英文分号分隔：商务;财政;农业农村;乡村振兴;其他）",
    "*工作方案已正式印发（1/0）",
    "*已出台支持政策（1/0）",
    "*公共服务中心投入运营日期（yyyy-mm-dd）",
    "中心免费培训场所及设备（1/0）",
    "中心免费展示销售（1/0）",
    "中心免费摄影美工（1/0）",
    "中心统一推广及品牌建设指导（1/0）",
    "中心其他衍生增值服务（1/0）",
    "建设或整合电商产业园（1/0）",
    "专业第三方运营服务商（1/0）",
    "行政村物流快递覆盖率（%）",
    "2019年农村网络零售额（万元）",
    "2020年农村网络零售额（万元）",
    "2019年农产品网络零售额（万元）",
    "2020年农产品网络零售额（万元）",
    "累计培训人次（人次）",
    "有劳动能力的建档立卡贫困人口数（不含外出务工）（人）",
    "参加培训的建档立卡贫困人口数（人）",
    "专栏公示内容（多选，英文分号分隔：方案;项目;进度;窗口）",
    "能统计电商扶贫情况（1/0）",
    "*下达资金总额（万元）",
    "*累计拨付资金（万元）",
    "资金管理制度（1/0）",
    "资金专用台账（1/0）",
    "项目总体进度（%）",
    "发生安全生产、质量事故或重大损失（1/0）",
    "弄虚作假（1/0）",
    "方案制定自评分（1-2）",
    "政策支持自评分（1-2）",
    "项目管理制度自评分（1-2）",
    "工作台账自评分（1-2）",
    "网销调研自评分（1-2）",
    "网络促销活动自评分（1-2）",
    "交易标准及冷链溯源自评分（1-2）",
    "资金管理制度自评分（1-5）",
    "资金台账自评分（1-5）",
    "资金及时拨付自评分（1-5）",
    "导入结果",
    "错误信息",
  ];
  const W = head.length; // 47
  const example = [
    "示例", "××县", "2021-08-31", 45.67, 120, 15, 1, "商务;财政;农业农村;乡村振兴", 1, 1, "2020-06-30",
    1, 1, 1, 1, 1, 1, 1, 100, 12345.67, 23456.78, 3456.78, 4567.89, 4500, 3000, 1600,
    "方案;项目;进度;窗口", 1, 500, 350, 1, 1, 85, 0, 0, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5,
    "跳过", "示例行，不导入",
  ];
  const common = (over) => {
    const base = [
      1, "肇庆新区", "2021-08-31", 9.84, 18, 2, 1, "商务;财政;农业农村;其他（自然资源、交通运输）", 1, 1, "2020-11-16",
      1, 1, 0, 1, 1, 1, 1, 94.4, 38600, 49800, 6120, 8350, 1906, 612, 318,
      "方案;项目;进度", 1, 500, 412.36, 1, 1, 88, 0, 0, 2, 2, 2, 1, 2, 1, null, 4, 4, 3,
      null, null,
    ];
    for (const [k, v] of Object.entries(over)) base[colIndex(k)] = v;
    return base;
  };
  const failed = common({
    A: 1, K: "2020.11.16", X: 1820, AC: 5000000, AD: 4123600, AT: "失败",
    AU: "第K列：日期格式错误，应为yyyy-mm-dd；第AC列：下达资金总额超出取值范围（0-1000万元）；第AD列：累计拨付资金超出取值范围（0-1000万元）。本行未导入。",
  });
  const ok = common({ A: 2, AT: "成功", AU: "警告：第AP列“交易标准及冷链溯源自评分”为空，已按未填导入。" });

  const rows = [
    spanRow("【填写说明】1.第3行为填写示例，导入时自动跳过；2.带*为必填项；3.是否类填1（是）或0（否）；4.日期格式为yyyy-mm-dd；5.金额单位为万元；6.百分比只填数字，不带%；7.请勿修改、删除表头。", W),
    head,
    example,
    failed,
    ok,
    Array(W).fill(null),
    spanRow("导入时间：2021-09-03 16:42:18　导入账号：zqxq_jjfzj01（肇庆新区经济发展局）　本次共3行：跳过1行（示例），成功1行，失败1行。", W),
    spanRow("肇庆市电子商务进农村考评数据管理系统　导出结果文件，请核对后留存。", W),
  ];
  const last = colLetter(W - 1);
  const merges = [`A1:${last}1`, `A7:${last}7`, `A8:${last}8`];

  write("facts/b98-f3-zhaoqingxinqu.json", {
    description:
      "肇庆新区经济发展局把在肇庆市考评数据管理系统“批量导入”后下载的导入结果文件当事实表交来：第1行填写说明（1/0、万元、不带%、yyyy-mm-dd），第2行47个字段名（带*、代码和多选说明写在括号里），第3行是“示例”行（系统跳过），第4行是第一次填的本区数据但“失败、本行未导入”（日期写成2020.11.16、资金按元填成5000000和4123600、培训人次还是旧数1820），第5行改正后“成功”（交易标准自评分空着），下面是导入时间和统计行。",
    sheets: [sheet("导入结果", rows, merges)],
    expect: {
      facts: {
        county: "肇庆新区",
        asOf: "2021-08-31",
        residentPopulation: 98400,
        adminVillagesStated: 18,
        poorVillagesStated: 2,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-11-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 386000000,
        ruralRetail2020: 498000000,
        agriRetail2019: 61200000,
        agriRetail2020: 83500000,
        trainingPersonTimesStated: 1906,
        eligiblePoorPersonsStated: 612,
        trainedPoorPersonsStated: 318,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4123600,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 1,
        "work.upward.research": 2,
        "work.upward.promotion": 1,
        "fund.system": 4,
        "fund.ledger": 4,
        "fund.spending": 3,
      },
      leadership: "principal",
    },
  });
})();

// ---- ledgers/b98-l1: 湛江奋勇高新区, enterprises typed by a tick under one of five type columns; monthly reports with two report slots per month row
(function l1() {
  // ① 入驻企业名单
  const E = [];
  const em = [];
  E.push(spanRow("湛江奋勇高新区电子商务产业园入驻企业名单", 11));
  em.push("A1:K1");
  E.push(["填报单位：湛江奋勇高新区经济发展局", null, null, null, null, null, "统计截至：2021年9月10日", null, null, null, null]);
  em.push("A2:F2", "G2:K2");
  E.push(["序号", "企业名称", "统一社会信用代码", "企业类型（在对应栏内打“√”）", null, null, null, null, "入驻时间", "退出时间", "备注"]);
  E.push([null, null, null, "平台型", "销售型", "电商运营商", "物流企业", "其他（注明）", null, null, null]);
  em.push("A3:A4", "B3:B4", "C3:C4", "D3:H3", "I3:I4", "J3:J4", "K3:K4");
  const typeCols = ["平台型", "销售型", "电商运营商", "物流企业"];
  const recs = [];
  const ent = (no, name, code, type, other, entered, left, note, rec) => {
    const ticks = typeCols.map((t) => (t === type ? "√" : null));
    E.push([no, name, code, ...ticks, other, entered, left, note]);
    if (rec) recs.push(rec);
  };
  ent(1, "湛江奋勇电商服务平台有限公司", "91440800MA55AB1X2C", "平台型", null, "2020.10.12", null, null,
    { name: "湛江奋勇电商服务平台有限公司", type: "平台型", entered: "2020-10-12", left: null });
  ent(2, "广东侨鲜农产品有限公司", "91440800MA55BC3D4E", "销售型", null, "2020年10月", null, null,
    { name: "广东侨鲜农产品有限公司", type: "销售型", entered: "2020-10", left: null });
  ent(3, "湛江粤西优品网络科技有限公司", "91440800MA55CD5F6G", "电商运营商", null, D("2020-11-03"), null, "负责公共服务中心运营",
    { name: "湛江粤西优品网络科技有限公司", type: "电商运营商", entered: "2020-11-03", left: null });
  ent(4, "湛江奋勇顺达物流有限公司", "91440800MA55DE7H8J", "物流企业", null, "20201120", null, null,
    { name: "湛江奋勇顺达物流有限公司", type: "物流企业", entered: "2020-11-20", left: null });
  ent(5, "遂溪县红橙果业专业合作社", "93440823MA55EF9K0L", null, "合作社", "2020.11.26", null, null,
    { name: "遂溪县红橙果业专业合作社", type: "合作社", entered: "2020-11-26", left: null });
  ent(6, "湛江新农直播文化传媒有限公司", "91440800MA55FG1M2N", null, "直播机构", "21.1.15", null, null,
    { name: "湛江新农直播文化传媒有限公司", type: "直播机构", entered: "2021-01-15", left: null });
  ent(7, "湛江侨乡咖啡销售有限公司", "91440800MA55GH3P4Q", "销售型", null, "2021年1月18日", null, null,
    { name: "湛江侨乡咖啡销售有限公司", type: "销售型", entered: "2021-01-18", left: null });
  ent(8, "湛江市橙香电子商务有限公司", "91440800MA55HJ5R6S", "销售型", null, "2021.3.2", "2021.6.30", "经营不善，已退园",
    { name: "湛江市橙香电子商务有限公司", type: "销售型", entered: "2021-03-02", left: "2021-06-30" });
  ent(9, "湛江好物优选商贸有限公司", "91440800MA55JK7T8U", "销售型", null, D("2021-03-15"), null, "原名湛江好物商行有限公司，2021年5月更名",
    { name: "湛江好物优选商贸有限公司", type: "销售型", entered: "2021-03-15", left: null });
  ent(10, "湛江粤西优品网络科技有限公司", "91440800MA55CD5F6G", "电商运营商", null, "2021.4.1", null, "与第3行重复登记，作废", null);
  ent(11, "中通快递奋勇网点（湛江奋勇通达快递有限公司）", "91440800MA55KL9V0W", "物流企业", null, "2021.4.8", null, null,
    { name: "中通快递奋勇网点（湛江奋勇通达快递有限公司）", type: "物流企业", entered: "2021-04-08", left: null });
  ent(12, "湛江南国电商产业服务有限公司", "91440800MA55LM1X2Y", "电商运营商", null, "2021年5月20日", null, null,
    { name: "湛江南国电商产业服务有限公司", type: "电商运营商", entered: "2021-05-20", left: null });
  ent(13, "奋勇优农科技有限公司", "91440800MA55MN3Z4A", "销售型", null, "2021.9.6", null, "9月新入驻",
    { name: "奋勇优农科技有限公司", type: "销售型", entered: "2021-09-06", left: null });
  E.push(Array(11).fill(null));
  E.push(["合计：登记12家（第10行作废不计），截至2021年8月31日在园10家。", null, null, null, null, null, null, null, null, null, null]);
  em.push(`A${E.length}:K${E.length}`);
  E.push(["填表人：黄小梅", null, null, null, null, null, "审核人：李建国", null, null, null, null]);
  em.push(`A${E.length}:F${E.length}`, `G${E.length}:K${E.length}`);

  // ② 月报报送登记
  const R = [];
  const rm = [];
  R.push(spanRow("奋勇高新区电子商务进农村示范创建工作月报报送登记表", 7));
  rm.push("A1:G1");
  R.push(spanRow("报送对象：湛江市商务局电子商务科　　报送内容：示范创建工作进展、成效及电商统计数据", 7));
  rm.push("A2:G2");
  R.push(["月份", "第一次报送", null, "第二次报送", null, "报送方式", "备注"]);
  R.push([null, "报送日期", "含电商扶贫统计", "报送日期", "含电商扶贫统计", null, null]);
  rm.push("A3:A4", "B3:C3", "D3:E3", "F3:F4", "G3:G4");
  const reps = [];
  const mon = (m, d1, p1, d2, p2, how, note, r1, r2) => {
    R.push([m, d1, p1, d2, p2, how, note]);
    if (r1) reps.push(r1);
    if (r2) reps.push(r2);
  };
  mon("2020年9月", "9月8日", "√", null, null, "粤政易", null, { date: "2020-09-08", poverty: true });
  mon("2020年10月", "10月10日", "√", "10月28日", "×", "粤政易", "第二次为补报中心运营情况",
    { date: "2020-10-10", poverty: true }, { date: "2020-10-28", poverty: false });
  mon("2020年11月", D("2020-11-09"), "√", null, null, "粤政易", null, { date: "2020-11-09", poverty: true });
  mon("2020年12月", "2020.12.8", "√", null, null, "粤政易", null, { date: "2020-12-08", poverty: true });
  mon("2021年1月", "1月11日", "√", null, null, "电子邮件", null, { date: "2021-01-11", poverty: true });
  mon("2021年2月", null, null, null, null, null, "春节，与3月合并报送");
  mon("2021年3月", "3月9日", "√", "3月25日", "√", "粤政易", "3月9日一并报送2月情况",
    { date: "2021-03-09", poverty: true }, { date: "2021-03-25", poverty: true });
  mon("2021年4月", "4月8日", "√", null, null, "粤政易", null, { date: "2021-04-08", poverty: true });
  mon("2021年5月", D("2021-05-10"), "√", null, null, "粤政易", null, { date: "2021-05-10", poverty: true });
  mon("2021年6月", "6月9日", null, null, null, "粤政易", null, { date: "2021-06-09", poverty: null });
  mon("2021年7月", "7月8日", "√", null, null, "粤政易", null, { date: "2021-07-08", poverty: true });
  mon("2021年8月", "8月9日", "√", "8月31日", "√", "粤政易", "补报8月下旬数据",
    { date: "2021-08-09", poverty: true }, { date: "2021-08-31", poverty: true });
  mon("2021年9月", "9月8日", "√", null, null, "粤政易", null, { date: "2021-09-08", poverty: true });
  R.push(spanRow("注：“√”表示该次报送内容含电商扶贫统计（贫困户参训、带动增收情况），“×”表示不含；空白为未注明。", 7));
  rm.push(`A${R.length}:G${R.length}`);

  // ③ 填表说明 and a hidden drop-down source
  const N = [
    ["填表说明"],
    ["1. 《入驻企业名单》企业类型只在一栏打“√”，其他类型在“其他（注明）”栏写明。"],
    ["2. 入驻、退出时间按协议或退园确认书填写；重复登记的行在备注写“作废”，不删行。"],
    ["3. 《月报报送登记表》每月一行，同月报送两次的填在“第二次报送”栏。"],
    ["4. 本工作簿由经济发展局电商股维护，2021年9月10日更新。"],
  ];
  const H = [["类型"], ["√"], ["×"], ["粤政易"], ["电子邮件"], ["纸质"]];

  write("ledgers/b98-l1-fenyong.json", {
    description:
      "湛江奋勇高新区经济发展局电商股的台账工作簿：①《产业园入驻企业名单》两行表头，企业类型不是一列文字，而是“平台型|销售型|电商运营商|物流企业|其他（注明）”五栏中在一栏打√（合作社、直播机构写在“其他”栏），入驻时间多种写法，一行退园，一行重复登记作废，一家9月入驻，表尾合计和落款；②《月报报送登记表》一月一行，同月两次报送分“第一次/第二次报送”两组（各有日期和含扶贫统计√/×），日期多只写“9月8日”（年份看月份栏），2月空缺并注明与3月合并；③填表说明和隐藏的下拉选项表不是台账。",
    sheets: [
      sheet("入驻企业名单", E, em),
      sheet("月报报送登记", R, rm),
      sheet("填表说明", N),
      sheet("下拉选项", H, null, { hidden: true }),
    ],
    expect: {
      sheets: {
        "入驻企业名单": { kind: "enterprises", records: recs },
        "月报报送登记": { kind: "reports", records: reps },
        "填表说明": { kind: null },
        "下拉选项": { kind: null },
      },
    },
  });
})();

// ---- ledgers/b98-l2: 江门大广海湾经济区, sign-in sheets copied page by page from the print layout; poor persons grouped in status sections
(function l2() {
  const W = 7;
  const T = [];
  const tm = [];
  const full = (t) => {
    T.push(spanRow(t, W));
    tm.push(`A${T.length}:G${T.length}`);
  };
  const header = () => T.push(["序号", "姓名", "性别", "身份证号码", "联系电话", "是否建档立卡贫困户", "签名"]);
  const trainees = [];
  // p: [no, name, sex, idAsWritten, phone, poorFlag, sign], rec: expected id (or undefined for a void row)
  const person = (date, row, expectId) => {
    T.push(row);
    if (expectId !== undefined) trainees.push({ date, personTimes: 1, id: expectId });
  };

  // page 1: session 2 of the basic course, 2020-11-19
  full("江门大广海湾经济区农村电子商务培训签到表");
  full("培训日期：2020年11月19日　　培训主题：电商基础班（第2期）　　培训地点：区电子商务公共服务中心");
  header();
  const a1 = idn("440781", "19860317", 211);
  const a2 = idn("440781", "19790923", 108); // ends with X
  const a3 = idn("440781", "19921108", 352);
  const a4 = idn("440783", "19880514", 227);
  const a5 = idn("440781", "19750630", 318);
  const a6 = idn("440781", "19990102", 145);
  if (!a2.endsWith("X")) throw new Error("a2 should end with X");
  person("2020-11-19", [1, "陈海燕", "女", a1, "139****2201", "否", "陈海燕"], a1);
  person("2020-11-19", [2, "黄伟明", "男", a2.slice(0, 17) + "x", "137****5680", "是", "黄伟明"], a2);
  person("2020-11-19", [3, "李秀琼", "女", a3, "135****7716", "否", "李秀琼"], a3);
  person("2020-11-19", [4, "梁志强", "男", a4.slice(0, 6) + " " + a4.slice(6, 14) + " " + a4.slice(14), "150****0932", "否", "梁志强"], a4);
  person("2020-11-19", [5, "冯桂英", "女", a5, "无", "是", "冯桂英"], a5);
  person("2020-11-19", [6, "谭家乐", "男", a6, "188****4410", "否", "谭家乐"], a6);
  full("第 1 页，共 4 页");

  // page 2 + page 3: two-day class 2021-03-25—26, continued over the page break
  full("江门大广海湾经济区农村电子商务培训签到表");
  full("培训日期：2021年3月25日—26日　　培训主题：农产品网店运营班（第5期）　　培训地点：区电子商务公共服务中心");
  header();
  const b = [
    idn("440781", "19830809", 263),
    idn("440781", "19910215", 118),
    idn("440781", "19770411", 329),
    idn("440783", "19940726", 186),
    idn("440781", "19860317", 211), // 陈海燕 again (second course)
    idn("440781", "19690524", 157),
    idn("440781", "19951019", 244),
    idn("440781", "19800101", 372),
  ];
  const s2 = "2021-03-26";
  person(s2, [1, "吴丽华", "女", b[0], "133****8765", "否", "吴丽华"], b[0]);
  person(s2, [2, "甄国栋", "男", b[1], "139****3321", "否", "甄国栋"], b[1]);
  person(s2, [3, "余彩霞", "女", b[2], "136****9012", "是", "余彩霞"], b[2]);
  person(s2, [4, "谢永康", "男", b[3].slice(0, 6) + "********" + b[3].slice(14), "138****6654", "否", "谢永康"], b[3].slice(0, 6) + "********" + b[3].slice(14));
  person(s2, [5, "陈海燕", "女", b[4], "139****2201", "否", "陈海燕"], b[4]);
  person(s2, [6, "吴丽华", "女", b[0], "133****8765", "否", "（重复签到，作废）"]);
  person(s2, [7, "邝锦荣", "男", b[5], "无", "是", "邝锦荣"], b[5]);
  full("第 2 页，共 4 页");
  full("（续上页）江门大广海湾经济区农村电子商务培训签到表");
  full("培训日期：2021年3月25日—26日　　培训主题：农产品网店运营班（第5期）（续）");
  header();
  person(s2, [8, "伍美玲", "女", b[6], "159****1187", "否", "伍美玲"], b[6]);
  person(s2, [9, "关少华", "男", "身份证未带，后补", "137****0406", "否", "关少华"], null);
  person(s2, [10, "朱振宇", "男", b[7], "186****7329", "否", "朱振宇"], b[7]);
  full("本期签到10行，其中重复签到1行作废，实到9人。");
  full("第 3 页，共 4 页");

  // page 4: three-day class ending after the cut-off
  full("江门大广海湾经济区农村电子商务培训签到表");
  full("培训日期：2021年8月30日—9月1日　　培训主题：直播带货实操班（第7期）　　培训地点：区电子商务公共服务中心直播间");
  header();
  const c = [
    idn("440781", "19970812", 133),
    idn("440781", "19790923", 108), // 黄伟明 again
    idn("440781", "19880228", 291),
    idn("440783", "20000616", 205),
  ];
  const s3 = "2021-09-01";
  person(s3, [1, "司徒敏", "女", c[0], "135****2290", "否", "司徒敏"], c[0]);
  person(s3, [2, "黄伟明", "男", c[1], "137****5680", "是", "黄伟明"], c[1]);
  person(s3, [3, "李嘉欣", "女", c[2], "187****3355", "否", "李嘉欣"], c[2]);
  person(s3, [4, "梁晓东", "男", c[3], "131****6068", "否", "梁晓东"], c[3]);
  full("第 4 页，共 4 页");
  T.push(["填表人：区电商公共服务中心　甄小芸", null, null, null, "审核：区经济发展局电商股", null, null]);
  tm.push(`A${T.length}:D${T.length}`, `E${T.length}:G${T.length}`);

  // ② poor persons grouped by status
  const P = [];
  const pm = [];
  const pfull = (t) => {
    P.push(spanRow(t, W));
    pm.push(`A${P.length}:G${P.length}`);
  };
  const poor = [];
  const pp = (row, rec) => {
    P.push(row);
    if (rec) poor.push(rec);
  };
  pfull("大广海湾经济区建档立卡贫困人口名单（电商培训对象摸底）");
  pfull("提供单位：区乡村振兴办　　摸底时间：2021年6月　　本表按劳动能力和务工状态分三部分");
  P.push(["序号", "所在村", "户主", "姓名", "与户主关系", "身份证号码", "备注"]);
  pfull("一、有劳动能力、未外出务工（在家务农或本地务工）");
  const q = [
    idn("440781", "19790923", 108), // 黄伟明
    idn("440781", "19750630", 318), // 冯桂英
    idn("440781", "19770411", 329), // 余彩霞
    idn("440781", "19690524", 157), // 邝锦荣
    idn("440781", "19720918", 236),
    idn("440781", "19990313", 178),
    idn("440781", "19810707", 265),
  ];
  pp([1, "沙头村", "黄伟明", "黄伟明", "户主", q[0].slice(0, 17) + "x", null], { id: q[0], labour: true, migrant: false });
  pp([2, "沙头村", "冯桂英", "冯桂英", "户主", q[1], "本地务工"], { id: q[1], labour: true, migrant: false });
  pp([3, "那扶村", "余炳坤", "余彩霞", "配偶", q[2], null], { id: q[2], labour: true, migrant: false });
  pp([4, "那扶村", "邝锦荣", "邝锦荣", "户主", q[3], null], { id: q[3], labour: true, migrant: false });
  pp([5, "那扶村", "邝锦荣", "邝锦荣", "户主", q[3], "重复录入，作废"]);
  pp([6, "横山村", "甄亚妹", "甄亚妹", "户主", q[4], null], { id: q[4], labour: true, migrant: false });
  pp([7, "横山村", "甄亚妹", "甄家豪", "之子", q[5], "在家务农"], { id: q[5], labour: true, migrant: false });
  pp([8, "上洋村", "伍建新", "伍建新", "户主", q[6].slice(0, 6) + " " + q[6].slice(6, 14) + " " + q[6].slice(14), null], { id: q[6], labour: true, migrant: false });
  P.push([null, "小计", null, "7人", null, null, "第5行作废不计"]);
  pfull("二、有劳动能力、外出务工");
  const m = [
    idn("440781", "19930421", 282),
    idn("440781", "19960829", 193),
    idn("440781", "19850106", 317),
  ];
  pp([1, "横山村", "甄亚妹", "甄家明", "之子", m[0], "广州务工"], { id: m[0], labour: true, migrant: true });
  pp([2, "上洋村", "伍建新", "伍小燕", "之女", m[1], "佛山务工"], { id: m[1], labour: true, migrant: true });
  pp([3, "沙头村", "黄伟明", "黄伟杰", "兄弟", m[2], "深圳务工"], { id: m[2], labour: true, migrant: true });
  P.push([null, "小计", null, "3人", null, null, null]);
  pfull("三、无劳动能力（含丧失劳动能力、在校学生）");
  const n = [
    idn("440781", "19440312", 126),
    idn("440781", "20080915", 248),
  ];
  pp([1, "那扶村", "余炳坤", "余炳坤", "户主", n[0], "丧失劳动能力"], { id: n[0], labour: false });
  pp([2, "上洋村", "伍建新", "伍梓轩", "之孙", n[1], "在校学生"], { id: n[1], labour: false });
  P.push([null, "小计", null, "2人", null, null, null]);
  P.push([null, "合计", null, "12人", null, null, null]);
  pfull("注：名单由区乡村振兴办提供，身份证号码已与扶贫系统核对；户主姓名重复出现的为同一户。");

  const S = [
    ["说明"],
    ["一、《培训签到（打印稿）》按打印页原样录入，每页有标题、培训日期和表头，页码行、续页标题不是学员。"],
    ["二、多天的培训班按结束日期计入。"],
    ["三、《贫困人口名单》劳动能力、务工状态按所在部分（一、二、三）确定，表内不再单列。"],
  ];

  write("ledgers/b98-l2-daguanghaiwan.json", {
    description:
      "江门大广海湾经济区电商中心和经济发展局的两张表加说明页：①《培训签到（打印稿）》是把四页打印的签到表逐页照录——每页重复标题、“培训日期：…培训主题：…”行和表头，页尾“第 1 页，共 4 页”，第5期两天班跨页（续页标题“（续上页）”），多天班写“2021年3月25日—26日”“2021年8月30日—9月1日”（按结束日），身份证号有末位小写x、空格分段、中间打星号、“身份证未带，后补”，一行“（重复签到，作废）”；②《贫困人口名单》不设劳动能力、务工栏，按“一、有劳动能力、未外出务工／二、有劳动能力、外出务工／三、无劳动能力”分三部分，每部分小计，一行重复录入作废，末尾合计和注。",
    sheets: [sheet("培训签到（打印稿）", T, tm), sheet("贫困人口名单", P, pm), sheet("说明", S)],
    expect: {
      sheets: {
        "培训签到（打印稿）": { kind: "training", records: trainees },
        "贫困人口名单": { kind: "poorPersons", records: poor },
        "说明": { kind: null },
      },
    },
  });
})();

// ---- counties/b98-c1: 普宁华侨管理区, whole workbook; the self-assessment is the official table re-done after an expert review
(function c1() {
  const sheets = [];

  // 目录
  sheets.push(sheet("目录", [
    ["普宁华侨管理区电子商务进农村综合示范创建考评资料目录", null],
    ["表名", "内容"],
    ["自评表（论证定稿）", "考评自评表（专家论证后定稿）"],
    ["附1 村居名单", "村（居）民委员会名单"],
    ["附2 站点清单", "村级电子商务服务站点清单"],
    ["附3 普及培训", "电商普及培训登记（按期次）"],
    ["附4 专场签到", "贫困户电商培训专场签到表"],
    ["附5 贫困人口", "建档立卡贫困人口名单"],
    ["附6 入驻企业", "电商产业园入驻企业清单"],
    ["附7 资金拨付", "省级专项资金拨付台账"],
    ["附8 月报报送", "向揭阳市商务局报送月报登记"],
    ["附9 专栏更新", "区政府网站专栏更新记录"],
    ["附10 宣传报道", "宣传报道清单"],
    ["附11 经验材料", "经验材料报送登记"],
  ], ["A1:B1"]));

  // 自评表（论证定稿）
  {
    const W = 8;
    const rows = [];
    const merges = [];
    rows.push(spanRow("普宁华侨管理区2019年省级电子商务进农村综合示范创建考评自评表（专家论证后定稿）", W));
    merges.push("A1:H1");
    rows.push(["县（市、区）", "普宁华侨管理区", "考评截止日期", "2021年8月31日", "论证时间：2021年9月4日　论证专家：揭阳职业技术学院、市电子商务协会、会计师事务所各1名", null, null, null]);
    merges.push("E2:H2");
    rows.push(["序号", "工作任务", "评价指标", "分值", "关键数据（项目：数据，一行一项）", "自评分（初稿）", "专家论证意见", "自评分（定稿）"]);
    const groupStart = {};
    const line = (no, task, name, weight, data, draft, opinion, final) => {
      rows.push([no, task, name, weight, data, draft, opinion, final]);
      return rows.length;
    };
    const g1 = line(1, "加强组织领导与统筹协调（10分）", "组织领导", 2,
      "领导小组组长：区党工委书记\n副组长：管委会分管副主任\n成员单位：区经济发展局（商务）、财政局、农业农村局、乡村振兴局（扶贫办）、市场监管局、交通运输局",
      2, "同意", 2);
    line(2, null, "方案制定", 2, "示范创建工作方案：已正式印发（普侨管〔2020〕7号）", 2, "同意", 2);
    line(3, null, "政策支持", 2, "支持政策：已出台《普侨区促进农村电子商务发展扶持办法》", 2,
      "政策文件仅1份，兑现情况一般，建议1分", 1);
    const g1e = line(4, null, "项目管理", 4,
      "项目管理制度：已制定，自评2分\n工作台账：已建立，自评1分（部分台账未按月更新）", 4,
      "台账更新不及时，建议工作台账1分", 3);
    merges.push(`B${g1}:B${g1e}`);
    const g2 = line(5, "深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心及产业园）", 15,
      "公共服务中心投入运营：2020年12月18日\n免费培训场所及设备：有（培训室60座）\n免费展示、销售：有\n免费摄影、美工：无（按件收费）\n统一推广、品牌建设指导：有\n其他衍生增值服务：有（代办证照、金融对接）\n电商产业园：已建成（侨兴路电商产业园）\n入驻企业：见附6",
      15, "摄影美工收费，建议扣1分", 14);
    line(6, null, "服务体系建设（村级站点覆盖）", 10,
      "行政村：10个（另有社区2个）\n省定贫困村：2个（大坪村、坑头村）\n站点：见附2", 10, "同意", 10);
    line(7, null, "农村产品上行", 10,
      "网销调研：自评2分\n网络促销活动：自评1分\n专业第三方运营服务商：有\n行政村物流快递覆盖率：100%\n交易标准、冷链溯源：自评1分\n2019年农村网络零售额：1.52亿元\n2020年农村网络零售额：1.91亿元\n2019年农产品网络零售额：3,820万元\n2020年农产品网络零售额：5,120万元（同比增长34.0%）",
      9, "同意", 9);
    const g2e = line(8, null, "电商人才培训", 20,
      "常住人口：3.46万人\n培训人次：338人次（截至8月31日；9月两期另计66人次）\n有劳动能力的建档立卡贫困人口（不含外出务工）：30人\n参加培训的建档立卡贫困人口：15人",
      20, "截至8月31日培训人次未达常住人口1%，建议8分", 18);
    merges.push(`B${g2}:B${g2e}`);
    const g3 = line(9, "加强信息公开及报送（10分）", "信息公开", 4,
      "专栏公示：创建方案、项目基本信息、建设进度已公示，设监督举报窗口\n更新情况：按月更新", 4, "同意", 4);
    const g3e = line(10, null, "数据上报", 6, "每月向市商务局报送：是\n能统计电商扶贫情况：是", 6, "同意", 6);
    merges.push(`B${g3}:B${g3e}`);
    const g4 = line(11, "加强宣传推广（10分）", "案例总结", 2, "经验材料：2021年6月18日报送揭阳市商务局", 2, "同意", 2);
    const g4e = line(12, null, "经验推广", 8, "省级、市级、区级媒体均有报道（见附10）", 8, "同意", 8);
    merges.push(`B${g4}:B${g4e}`);
    const g5 = line(13, "加强财政资金管理（15分）", "制度建立", 5, "资金管理制度：已制定（普侨管办〔2020〕15号）", 5,
      "问责条款不够具体，建议4分", 4);
    line(14, null, "资金台账", 5, "资金专用台账：已建立", 4, "同意", 4);
    const g5e = line(15, null, "资金支出", 5,
      "下达资金总额：500万元\n累计拨付：367.5万元（截至8月31日，73.5%）\n及时拨付：自评4分", 4, "同意", 4);
    merges.push(`B${g5}:B${g5e}`);
    const g6 = line(16, "加分项（4分）", "贫困人口培训率70%及以上", 2, "参训15人÷30人＝50%", 0, "同意", 0);
    const g6e = line(17, null, "电商扶贫典型案例获电视播报", 2,
      "2021年5月14日广东广播电视台《广东新闻联播》播报侨乡咖啡电商扶贫案例（省级）", 1, "同意", 1);
    merges.push(`B${g6}:B${g6e}`);
    const g7 = line(18, "一票否决项", "安全生产、质量事故或重大损失", null, "未发生", "无", null, "无");
    line(19, null, "项目总体进度不足40%", null, "项目总体进度：92%", "无", null, "无");
    const g7e = line(20, null, "弄虚作假", null, "无", "无", null, "无");
    merges.push(`B${g7}:B${g7e}`);
    rows.push(["合计", null, null, 100, null, 96, null, 92]);
    merges.push(`A${rows.length}:C${rows.length}`);
    rows.push(spanRow("填表人：郑晓玲（区经济发展局电商股）　审核：区经济发展局　2021年9月6日", W));
    merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push(sheet("自评表（论证定稿）", rows, merges));
  }

  // 附1 村居名单
  {
    const rows = [
      ["附1", null, null, null, null, null, null],
      ["普宁华侨管理区村（居）民委员会名单", null, null, null, null, null, null],
      ["序号", "片区", "村（居）委会", "类型", "是否省定贫困村", "快递进村", "备注"],
    ];
    const merges = ["A2:G2"];
    const v = (no, area, name, type, poor, express, note) => rows.push([no, area, name, type, poor, express, note || null]);
    v(1, "东片", "新坡村委会", "行政村", "否", "√");
    v(2, null, "大坪村委会", "行政村", "是", "√");
    v(3, null, "南溪村委会", "行政村", "否", "√");
    v(4, null, "侨光社区居委会", "社区", "否", "√");
    merges.push("B4:B7");
    v(5, "中片", "侨联村委会", "行政村", "否", "√");
    v(6, null, "和丰村委会", "行政村", "否", "√");
    v(7, null, "石桥村委会", "行政村", "否", "√");
    v(8, null, "侨兴社区居委会", "社区", "否", "√", "管委会驻地");
    merges.push("B8:B11");
    v(9, "西片", "坑头村委会", "行政村", "是", "√");
    v(10, null, "林场村委会", "行政村", "否", "×", "邮政代投，快递企业未进村");
    v(11, null, "高埔村委会", "行政村", "否", "√");
    v(12, null, "东湖村委会", "行政村", "否", "√");
    merges.push("B12:B15");
    rows.push(["合计：行政村10个（其中省定贫困村2个）、社区居委会2个", null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("附1 村居名单", rows, merges));
  }

  // 附2 站点清单
  {
    const rows = [
      ["普宁华侨管理区村级电子商务服务站点清单", null, null, null, null, null, null, null, null, null, null],
      ["填报单位：区经济发展局　　更新时间：2021年9月15日", null, null, null, null, null, null, null, null, null, null],
      ["序号", "站点名称", "所在地", null, "负责人", "联系电话", "挂牌时间", "服务内容", null, null, "备注"],
      [null, null, "片区", "村（居）", null, null, null, "代购代销", "代收代发", "代缴代办", null],
    ];
    const merges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:K4"];
    const s = (no, name, area, village, who, tel, opened, note) =>
      rows.push([no, name, area, village, who, tel, opened, "✓", "✓", "✓", note || null]);
    s(1, "新坡村电商服务站", "东片", "新坡村", "郑伟强", "138****1021", "2020.9.18");
    s(2, "大坪村电商服务站", "东片", "大坪村民委员会", "林秀娟", "135****2276", "2020年10月", "省定贫困村");
    s(3, "侨光社区电商服务点", "东片", "侨光社区", "陈丽芬", "139****5502", "2020.10.20");
    s(4, "侨联村电商服务站", "中片", "侨联村委会", "黄志明", "137****8813", D("2020-11-05"));
    s(5, "侨联村第二服务点（侨联市场）", "中片", "侨联村", "黄少玲", "136****4409", "2021.1.12", "同村第二个服务点");
    s(6, "和丰村电商服务站", "中片", "和丰村", "许俊杰", "150****7630", "20.12.28");
    s(7, "坑头村电商服务站", "西片", "坑头村", "方丽华", "188****0954", "2021年3月18日", "省定贫困村");
    s(8, "华侨农场场部服务点", "西片", "场部", "刘国华", "133****6617", "2021.4.2", "场部非村（居）");
    s(9, "东湖村电商服务站", "西片", "东湖村", "蔡晓燕", "159****3348", "2021.6.8");
    s(10, "石桥村电商服务站", "中片", "石桥村", "吴泽鹏", "187****2285", "2021.8.31");
    s(11, "高埔村电商服务站", "西片", "高埔村", "詹美琪", "131****9071", "2021.9.3", "9月新挂牌");
    rows.push(["注：挂牌时间以授牌文件为准；南溪村、林场村站点正在选址。", null, null, null, null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:K${rows.length}`);
    sheets.push(sheet("附2 站点清单", rows, merges));
  }

  // 附3 普及培训（按期次）
  {
    const rows = [
      ["普宁华侨管理区电子商务普及培训登记表", null, null, null, null, null],
      ["单位：人次", null, null, null, null, null],
      ["期次", "培训日期", "培训主题", "培训地点", "参训人次", "备注"],
    ];
    const merges = ["A1:F1", "A2:F2"];
    const t = (no, date, topic, place, n, note) => rows.push([no, date, topic, place, n, note || null]);
    t("第1期", "2020.9.24", "电子商务基础知识", "区电商公共服务中心", 42);
    t("第2期", "2020.10.29", "网店开设与运营", "区电商公共服务中心", 38);
    t("第3期", "2020.11.26-27", "短视频拍摄与剪辑", "区电商公共服务中心", 45, "两天班");
    t("第4期", "2020年12月22日", "农产品包装与品牌", "侨联村", "36人次");
    t("第5期", "21.3.16", "直播带货入门", "区电商公共服务中心", "４０");
    t("第6期", "2021.4.20", "农村电商创业", "和丰村", 33);
    t("第7期", D("2021-06-17"), "社群营销", "区电商公共服务中心", 41);
    t("第8期", "2021.7.15", "跨境电商基础", "区电商公共服务中心", 37);
    t("第9期", "2021.9.2", "直播带货进阶", "区电商公共服务中心", 60);
    t("合计", null, null, null, 372, null);
    rows.push(["注：本表不含贫困户电商培训专场（专场逐人签到，见附4）。", null, null, null, null, null]);
    merges.push(`A${rows.length}:F${rows.length}`);
    sheets.push(sheet("附3 普及培训", rows, merges));
  }

  // persons: eligible E1..E30, migrant M1..M6, no labour N1..N4, non-poor X1
  const sur = ["郑", "林", "陈", "黄", "许", "方", "蔡", "吴", "詹", "刘", "李", "张", "王", "杨", "赵", "周", "罗", "钟", "曾", "邱"];
  const giv = ["秀英", "国强", "丽娟", "志华", "美玲", "建平", "少芬", "伟东", "桂香", "俊杰", "玉兰", "德明", "晓燕", "振华", "丽芳", "永康", "淑贞", "家豪", "雪梅", "锦荣", "惠珍", "海波", "素琴", "文辉", "亚妹", "子轩", "月娥", "炳坤", "碧云", "树林", "春梅", "耀祖", "佩玲", "焕章", "宝珠", "启明", "凤英", "国栋", "翠红", "添福", "秋菊"];
  let k = 0;
  const mk = (year, md) => {
    const i = k++;
    return { name: sur[(i * 7) % sur.length] + giv[i % giv.length], id: idn("445281", String(year) + md, 101 + ((i * 37) % 800)) };
  };
  const E = [];
  for (let i = 0; i < 30; i++) E.push(mk(1962 + ((i * 3) % 38), ["0312", "0521", "0708", "0915", "1102", "1226", "0130", "0417"][i % 8]));
  const M = [];
  for (let i = 0; i < 6; i++) M.push(mk(1988 + i * 2, ["0203", "0611", "0826", "1019", "1207", "0404"][i]));
  const N = [];
  for (let i = 0; i < 4; i++) N.push(mk([1941, 1946, 2009, 1952][i], ["0818", "1123", "0301", "0505"][i]));
  const X1 = mk(1990, "0725");
  {
    // give the third eligible person an ID whose check character is X (written with a small x in the sign-in)
    const body = E[2].id.slice(0, 14);
    let seq = 101;
    while (!idn(body.slice(0, 6), body.slice(6, 14), seq).endsWith("X")) seq++;
    E[2].id = idn(body.slice(0, 6), body.slice(6, 14), seq);
  }
  const withX = E.slice(0, 9).find((p) => p.id.endsWith("X"));
  if (!withX) throw new Error("c1: need an eligible trainee in E1..E9 whose ID ends with X");

  const villageOf = new Map();
  let poorSheet = null;
  // 附5 贫困人口
  {
    const rows = [
      ["普宁华侨管理区建档立卡贫困人口名单", null, null, null, null, null, null, null],
      ["提供单位：区乡村振兴局（扶贫办）　　数据时点：2021年6月30日", null, null, null, null, null, null, null],
      ["序号", "户编号", "所在村", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工状态"],
    ];
    const merges = ["A1:H1", "A2:H2"];
    // households: [members as [person, relation, labourText, workText]]
    const order = [];
    const villages = ["大坪村", "坑头村", "新坡村", "侨联村", "和丰村", "东湖村", "南溪村", "石桥村"];
    let e = 0;
    let m = 0;
    let nn = 0;
    const work = ["在家务农", "本地务工", "在家务农", "本地务工", "在家务农"];
    for (let h = 0; h < 14; h++) {
      const members = [];
      members.push([E[e], "户主", "有劳动能力", work[e % 5]]); e++;
      if (e < 30) { members.push([E[e], "配偶", "有劳动能力", work[e % 5]]); e++; }
      if (h % 2 === 0 && m < 6) { members.push([M[m], "之子", "有劳动能力", "外出务工"]); m++; }
      if (h % 3 === 0 && nn < 4) { members.push([N[nn], nn === 2 ? "之孙" : "之父", nn === 2 ? "无劳动能力" : "丧失劳动能力", nn === 2 ? "在校生" : "—"]); nn++; }
      if (h >= 11 && e < 30) { members.push([E[e], "之女", "有劳动能力", work[e % 5]]); e++; }
      order.push(members);
    }
    while (e < 30) { order[order.length - 1].push([E[e], "之子", "有劳动能力", "本地务工"]); e++; }
    while (m < 6) { order[order.length - 2].push([M[m], "之子", "有劳动能力", "外出务工"]); m++; }
    while (nn < 4) { order[order.length - 3].push([N[nn], "之母", "丧失劳动能力", "—"]); nn++; }
    let no = 0;
    order.forEach((members, h) => {
      const first = rows.length + 1;
      members.forEach((mm, j) => {
        no += 1;
        rows.push([no, j === 0 ? "PQ" + String(h + 1).padStart(3, "0") : null, j === 0 ? villages[h % villages.length] : null,
          mm[0].name, mm[1], mm[0].id, mm[2], mm[3]]);
        villageOf.set(mm[0].id, villages[h % villages.length]);
      });
      if (members.length > 1) merges.push(`B${first}:B${first + members.length - 1}`, `C${first}:C${first + members.length - 1}`);
    });
    if (no !== 40) throw new Error("c1: expected 40 poor persons, got " + no);
    rows.push(["合计：14户40人，其中有劳动能力36人（外出务工6人），无劳动能力（含丧失劳动能力）4人。", null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:H${rows.length}`);
    poorSheet = sheet("附5 贫困人口", rows, merges);
  }

  // 附4 专场签到
  {
    const rows = [];
    const merges = [];
    const W = 7;
    const full = (t) => {
      rows.push(spanRow(t, W));
      merges.push(`A${rows.length}:G${rows.length}`);
    };
    const head = () => rows.push(["序号", "姓名", "身份证号码", "所在村", "联系电话", "签名", "备注"]);
    const tel = ["138", "135", "139", "137", "150", "159", "188", "187", "136", "133"];
    let n = 0;
    const sign = (p, opts) => {
      n += 1;
      let id = p.id;
      if (opts && opts.lower) id = id.slice(0, 17) + "x";
      if (opts && opts.spaced) id = id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
      const seq = rows.length;
      rows.push([n, p.name, id, villageOf.get(p.id) || "和丰村", tel[seq % tel.length] + "****" + String(1000 + seq * 173).slice(-4),
        opts && opts.void ? null : p.name, (opts && opts.note) || null]);
    };
    full("普宁华侨管理区贫困户电子商务培训专场签到表");
    full("第一场　培训日期：2021年1月21日　培训内容：电商基础与网上销售　地点：区电商公共服务中心");
    head();
    n = 0;
    sign(E[0]); sign(E[1], { lower: E[1] === withX }); sign(E[2], { lower: E[2] === withX }); sign(M[0]);
    sign(E[3], { lower: E[3] === withX }); sign(E[4], { lower: E[4] === withX });
    sign(E[0], { void: true, note: "重复签到，作废" });
    sign(E[5], { lower: E[5] === withX }); sign(N[0]); sign(E[6], { spaced: true });
    sign(E[7], { lower: E[7] === withX }); sign(E[8], { lower: E[8] === withX });
    rows.push(Array(W).fill(null));
    full("第二场　培训日期：2021年8月26日　培训内容：直播带货与农产品上行　地点：区电商公共服务中心");
    head();
    n = 0;
    sign(E[4]); sign(E[5]); sign(E[9]); sign(E[10]); sign(E[6]); sign(E[11]); sign(M[1]); sign(E[12]); sign(E[7]);
    sign(X1, { note: "非建档立卡户" }); sign(E[13]); sign(M[2]); sign(E[8]); sign(N[1]); sign(E[14]);
    rows.push(Array(W).fill(null));
    full("第三场　培训日期：2021年9月7日　培训内容：网店客服与售后　地点：区电商公共服务中心");
    head();
    n = 0;
    for (let i = 15; i < 21; i++) sign(E[i]);
    full("注：三场专场签到不计入附3普及培训人次。");
    sheets.push(sheet("附4 专场签到", rows, merges));
    sheets.push(poorSheet);
  }

  // 附6 入驻企业
  {
    const rows = [
      ["普宁华侨管理区电商产业园入驻企业清单", null, null, null, null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"],
    ];
    const merges = ["A1:G1"];
    const list = [
      ["广东侨乡电商平台有限公司", "平台型", "2020.11.6"],
      ["普宁市侨品汇网络科技有限公司", "平台型", "2020.11.6"],
      ["揭阳市侨香咖啡销售有限公司", "销售型", "2020.11.18"],
      ["普宁市青梅人家食品有限公司", "销售型", "2020.11.18"],
      ["普宁华侨农场茶叶专业合作社", "销售型", "2020.12.1"],
      ["揭阳优鲜电子商务有限公司", "电商运营商", "2020.12.1"],
      ["普宁市侨兴快递服务有限公司", "物流企业", "2020.12.15"],
      ["揭阳市南粤冷链物流有限公司", "物流企业", "2020.12.15"],
      ["普宁市果香园农产品有限公司", "销售型", "2021.1.8"],
      ["普宁市潮味轩食品有限公司", "销售型", "2021.1.8"],
      ["揭阳市云仓电商服务有限公司", "电商运营商", "2021.1.20"],
      ["普宁市侨乡番石榴种植专业合作社", "销售型", "2021.2.22"],
      ["普宁市绿野农业发展有限公司", "销售型", "2021.3.3"],
      ["普宁市山海优品贸易有限公司", "销售型", "2021.3.3"],
      ["普宁市侨光直播文化传媒有限公司", "直播机构", "2021.3.25"],
      ["普宁市新坡菜篮子农产品有限公司", "销售型", "2021.4.12"],
      ["普宁市侨联手工艺品有限公司", "销售型", "2021.5.6"],
    ];
    let no = 0;
    const code = (i) => "91445281MA5" + String(1000000 + i * 7919).slice(-6) + "Q";
    list.forEach(([name, type, entered], i) => {
      no += 1;
      rows.push([no, name, code(i), type, entered, null, null]);
    });
    // renamed company registered twice under one credit code
    rows.push([++no, "普宁市侨香农业有限公司", code(50), "销售型", "2020年11月", null, "2021年5月更名为广东侨香农业科技有限公司"]);
    rows.push([++no, "广东侨香农业科技有限公司", code(50), "销售型", "2021.5.10", null, "更名后重新登记（与上一行为同一企业）"]);
    rows.push([++no, "普宁市佳农电子商务有限公司", code(51), "销售型", "2020.12.1", "2021.4.30", "已退园"]);
    rows.push([++no, "揭阳市速达物流有限公司", code(52), "物流企业", "2021.1.8", "2021.7.15", "已退园"]);
    rows.push([++no, "普宁市甘香食品有限公司", code(53), "销售型", "2021.2.22", "2021.8.31", "8月31日退园"]);
    rows.push([++no, "普宁市侨韵文化创意有限公司", code(54), "电商运营商", "2021.9.6", null, "9月新入驻"]);
    rows.push(["注：截至2021年9月15日。", null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("附6 入驻企业", rows, merges));
  }

  // 附7 资金拨付
  {
    const rows = [
      ["普宁华侨管理区省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
      ["下达资金：500万元（粤商务电函〔2019〕29号）", null, null, null, null, null, null],
      ["序号", "拨付日期", "收款单位", "项目", "金额（元）", "凭证号", "备注"],
    ];
    const merges = ["A1:G1", "A2:G2"];
    const f = (no, date, payee, item, amount, voucher, note) => rows.push([no, date, payee, item, amount, voucher, note || null]);
    f(1, "2020.10.15", "揭阳优鲜电子商务有限公司", "公共服务中心建设（一期）", 650000, "记-2020-10-031");
    f(2, "2020.12.10", "揭阳优鲜电子商务有限公司", "公共服务中心设备采购", "428,000", "记-2020-12-018");
    f(3, "2021.1.20", "普宁市侨兴快递服务有限公司", "村级站点建设（第一批）", 560000, "记-2021-01-022");
    f(4, "2021.3.5", "揭阳市云仓电商服务有限公司", "电商培训服务（一期）", "28.5万", "记-2021-03-007");
    f(5, "2021.4.16", "揭阳市南粤冷链物流有限公司", "物流配送体系建设", "736,500.00元", "记-2021-04-019");
    f(6, "2021年5月", "揭阳优鲜电子商务有限公司", "品牌推广", 120000, null, "录入错误，作废");
    f(7, "2021.6.22", "普宁市侨兴快递服务有限公司", "村级站点建设（第二批）", 480000, "记-2021-06-026");
    f(8, "2021.7.28", "揭阳优鲜电子商务有限公司", "品牌推广及宣传", 315500, "记-2021-07-030");
    f(9, D("2021-08-20"), "揭阳优鲜电子商务有限公司", "公共服务中心运营服务费", "22万", "记-2021-08-015");
    f(10, "2021.9.10", "揭阳市云仓电商服务有限公司", "电商培训服务（二期）", 300000, "记-2021-09-008");
    f("合计", null, null, null, "3,975,000.00", null, "不含作废行");
    rows.push(["填表人：黄佩玲　　复核：区财政局", null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("附7 资金拨付", rows, merges));
  }

  // 附8 月报报送
  {
    const rows = [
      ["向揭阳市商务局报送月报登记表", null, null, null, null],
      ["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "报送方式"],
    ];
    const dates = ["2020.9.10", D("2020-10-12"), "2020年11月10日", "20.12.9", "2021.1.11", "2021.2.8", "2021.3.10",
      "2021年4月12日", D("2021-05-10"), "2021.6.9", "2021.7.12", "2021.8.10", "2021.9.10"];
    dates.forEach((d, i) => rows.push([i + 1, d, "示范创建工作进展及电商统计月报", "是", "粤政易"]));
    sheets.push(sheet("附8 月报报送", rows, ["A1:E1"]));
  }

  // 附9 专栏更新
  {
    const rows = [
      ["区政府网站“电子商务进农村综合示范”专栏更新记录", null, null, null],
      ["序号", "发布日期", "标题", "子栏目"],
    ];
    const u = [
      ["2020.9.28", "9月份项目建设进度", "建设进度"],
      ["2020.10.27", "10月份项目建设进度", "建设进度"],
      ["2020.11.30", "11月份项目建设进度", "建设进度"],
      ["2020.12.29", "12月份项目建设进度", "建设进度"],
      ["2021.1.28", "1月份项目建设进度", "建设进度"],
      ["2021.3.1", "2月份项目建设进度", "建设进度"],
      ["2021.3.30", "3月份项目建设进度", "建设进度"],
      ["2021.4.29", "4月份项目建设进度", "建设进度"],
      ["2021.5.31", "5月份项目建设进度", "建设进度"],
      ["2021.6.30", "6月份项目建设进度", "建设进度"],
      ["2021.7.30", "7月份项目建设进度", "建设进度"],
      ["2021.8.31", "8月份项目建设进度", "建设进度"],
      ["2021.9.29", "9月份项目建设进度", "建设进度"],
    ];
    u.forEach((x, i) => rows.push([i + 1, x[0], x[1], x[2]]));
    rows.push(["注：专栏另设“创建方案”“项目公示”“监督举报”子栏目。", null, null, null]);
    sheets.push(sheet("附9 专栏更新", rows, ["A1:D1", `A${rows.length}:D${rows.length}`]));
  }

  // 附10 宣传报道
  {
    const rows = [
      ["宣传报道清单", null, null, null, null, null, null],
      ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
      [1, "2020.12.19", "揭阳日报", "市级", "报纸", "普侨区电商公共服务中心投入运营", "否"],
      [2, "2021.3.22", "南方+客户端", "省级", "网络", "小咖啡豆“触网”走出侨乡", "否"],
      [3, "2021.5.14", "广东广播电视台《广东新闻联播》", "省级", "电视", "侨乡咖啡搭上电商快车 脱贫户家门口增收", "是"],
      [4, "2021.6.30", "揭阳广播电视台", "市级", "电视", "普侨：电商服务站开到村民家门口", "否"],
      [5, "2021.9.9", "普侨融媒", "区级", "网络", "我区电商进农村示范创建迎接省考评", "否"],
    ];
    sheets.push(sheet("附10 宣传报道", rows, ["A1:G1"]));
  }

  // 附11 经验材料
  {
    const rows = [
      ["经验材料报送登记", null, null, null],
      ["序号", "报送日期", "材料标题", "报送单位"],
      [1, "2021.6.18", "普侨区“电商+侨乡特产”助农增收经验做法", "揭阳市商务局"],
      [2, "2021.9.15", "普侨区电子商务进农村综合示范创建工作总结", "揭阳市商务局"],
    ];
    sheets.push(sheet("附11 经验材料", rows, ["A1:D1"]));
  }

  const points = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 3,
    "work.center": 12,
    "work.coverage": 10,
    "work.upward": 7,
    "work.training": 18,
    "info.disclosure": 3,
    "info.reporting": 6,
    "promo.cases": 2,
    "promo.media": 7,
    "fund.system": 4,
    "fund.ledger": 4,
    "fund.spending": 4,
    "bonus.poorTraining": 0,
    "bonus.tvCase": 1,
    "veto.incident": 0,
    "veto.progress": 0,
    "veto.fraud": 0,
  };
  const claimed = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 3,
    "work.center": 14,
    "work.coverage": 10,
    "work.upward": 9,
    "work.training": 18,
    "info.disclosure": 4,
    "info.reporting": 6,
    "promo.cases": 2,
    "promo.media": 8,
    "fund.system": 4,
    "fund.ledger": 4,
    "fund.spending": 4,
    "bonus.poorTraining": 0,
    "bonus.tvCase": 1,
  };

  write("counties/b98-c1-puqiao.json", {
    description:
      "普宁华侨管理区（揭阳）经济发展局的整本考评工作簿（13个表：目录、自评表、附1—附11），中等偏上（86分，含加分1分，未否决；定稿自评92分）：自评表是请三位专家论证后重做的官方指标表——序号|工作任务（纵向合并）|评价指标|分值|关键数据（一格多行“项目：数据”，主观项分项分也写在里面）|自评分（初稿）|专家论证意见|自评分（定稿），只认定稿栏（政策支持、项目管理、中心、培训、制度建立按专家意见下调），含加分项、一票否决和合计行；附表为片区纵向合并的村居名单（林场村快递“×”）、两行表头的站点清单（同村两站、社区点、场部点、8月31日和9月挂牌）、按期次的普及培训（注明不含专场，合计含9月60人次）、贫困户专场分三场逐人签到（一行作废、身份证小写x和空格、第三场在9月）、按户合并的贫困人口名单、入驻企业（同一信用代码更名两行、两家截止日前退园、一家8月31日退园、一家9月入驻）、元与“28.5万”“22万”混写的资金台账（一行作废、9月一笔、合计含9月）、月报、专栏（2月份进度3月1日才发）、宣传报道、经验材料。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total: 86,
      bonus: 1,
      vetoed: false,
      points,
      claimed,
    },
    derivation: [
      "org.leadership: 组长为区党工委书记（书记→主要领导），成员单位有经济发展局（商务）、财政局、农业农村局、乡村振兴局（扶贫办）→ 2",
      "org.plan: 工作方案已正式印发，定稿自评2分（初稿也是2）→ 2",
      "org.policy: 政策已出台；初稿2分，专家建议1分，定稿栏1分 → 1",
      "org.management: 关键数据里项目管理制度自评2分、工作台账自评1分（定稿3分）→ 2+1 = 3",
      "work.center: 中心2020-12-18运营（≤截止日 2分；≤2021-02-28 再2分）；免费培训有 2；免费展示销售有 1；摄影美工按件收费 0；推广与品牌 1；其他增值服务 1；产业园已建成 2；在园企业：23行中同一信用代码更名两行算1家，2021-04-30、2021-07-15退园不算，8月31日退园仍在园，9月6日入驻不算 → 17+1+1 = 19家 < 20 → 0；类型有平台型、销售型、电商运营商、物流企业、直播机构 ≥3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12",
      "work.coverage: 行政村10个（2个社区不计）；截止日前有站点的行政村：新坡、大坪（写作大坪村民委员会）、侨联（两个站点算一次）、和丰、坑头、东湖、石桥（2021.8.31挂牌，算）= 7；侨光社区点、场部点不计，高埔村2021.9.3挂牌不计 → 7/10 = 70% ≥ 70% → 5；省定贫困村大坪、坑头均有站点 2/2 = 100% → 5；合计 10",
      "work.upward: 网销调研自评2；网络促销自评1；第三方运营服务商有 1；村居名单有快递列，林场村“×”→ 0（自评写100%，以名单为准）；交易标准冷链溯源自评1；农村网零1.52亿→1.91亿增25.7%，但农产品网零3,820万→5,120万增34.0% ≥ 30% → 2；合计 2+1+1+0+1+2 = 7",
      "work.training: 人次 = 附3截止日前8期 42+38+45+36+40+33+41+37 = 312（第3期“2020.11.26-27”按27日，第9期2021.9.2的60人次不算）+ 附4专场截止日前有效签到 11+15 = 26（作废行不算，第三场9月7日不算）= 338；基数 min(34600, 500000) = 34600；338/34600 = 0.977%，在0.8%–1%之间 → 8。贫困人口：有劳动能力且不外出务工30人，截止日前在专场签到里按身份证出现的15人（第一场9人、第二场新增6人；外出务工3人、无劳动能力2人、非建档立卡1人不算，重复的只算一次）→ 15/30 = 50% ≥ 50% → 10；合计 18",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度并设监督举报窗口 → 2；更新记录在2020-09…2021-08中缺2021年2月（“2月份项目建设进度”2021.3.1才发）→ 不定时 1；合计 3",
      "info.reporting: 月报2020年9月至2021年8月每月都有报送（2021.2.8报了2月）→ 3；报送内容含电商扶贫统计，且自评表写能统计 → 3；合计 6",
      "promo.cases: 2021.6.18向揭阳市商务局报送经验材料（≤截止日）→ 2",
      "promo.media: 截止日前有省级（南方+ 2021.3.22、广东台 2021.5.14）→ 4，市级（揭阳日报、揭阳台）→ 3；区级“普侨融媒”2021.9.9在截止日后不算 → 4+3 = 7",
      "fund.system: 资金管理制度已制定；初稿5分，专家建议4分，定稿4分 → 4",
      "fund.ledger: 资金专用台账已建立，定稿自评4分 → 4",
      "fund.spending: 截止日前拨付 650,000+428,000+560,000+285,000（“28.5万”）+736,500+480,000+315,500+220,000（“22万”）= 3,675,000元（作废的12万、9月10日的30万不算，合计行不算）；3,675,000/5,000,000 = 73.5% ≥ 70% → 按及时拨付自评 4",
      "bonus.poorTraining: 贫困人口培训率 15/30 = 50% < 70% → 0（把9月7日第三场6人算进来才到70%）",
      "bonus.tvCase: 附10第3条广东广播电视台（省级）电视播报，是电商扶贫典型案例 → 省级 1",
      "veto.incident: 未发生安全生产、质量事故 → 0，不否决",
      "veto.progress: 项目总体进度92% ≥ 40% → 0，不否决",
      "veto.fraud: 无弄虚作假 → 0，不否决",
      "total: 2+2+1+3+12+10+7+18+3+6+2+7+4+4+4 = 85，加分 0+1 = 1，合计 86；定稿自评合计92（中心14、上行9、信息公开4、经验推广8高于台账所证）",
    ],
  });
})();

// ---------------------------------------------------------------- run
for (const f of written) console.log("wrote " + f);
console.log(written.length + " case(s) written");
