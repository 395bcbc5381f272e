"use strict";
// Batch 88 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------------------
// shared helpers
// ---------------------------------------------------------------------------

function assert(cond, msg) {
  if (!cond) throw new Error("self-check failed: " + msg);
}

function eq(actual, expected, msg) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error("self-check failed: " + msg + "\n  actual:   " + a + "\n  expected: " + e);
}

/** 0-based column index -> letters */
function colName(n) {
  let s = "";
  n += 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseRange(r) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
  if (!m) throw new Error("bad range " + r);
  return { c1: colIndex(m[1]), r1: Number(m[2]) - 1, c2: colIndex(m[3]), r2: Number(m[4]) - 1 };
}

/** a real Excel date cell */
function D(iso) {
  assert(/^\d{4}-\d{2}-\d{2}$/.test(iso), "bad iso date " + iso);
  return { date: iso };
}

/** pad every row to the same width (null) */
function padRows(rows, width) {
  const w = width || Math.max(...rows.map((r) => r.length));
  return rows.map((r) => {
    const out = r.slice();
    while (out.length < w) out.push(null);
    assert(out.length === w, "row wider than sheet width " + w + ": " + JSON.stringify(r));
    return out;
  });
}

function checkSheet(sh) {
  assert(typeof sh.name === "string" && sh.name.length > 0 && sh.name.length <= 31, "sheet name " + sh.name);
  assert(!/[\\/?*\[\]:]/.test(sh.name), "sheet name has a forbidden character: " + sh.name);
  const rows = sh.rows;
  assert(Array.isArray(rows) && rows.length > 0, "rows of " + sh.name);
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) {
    for (const c of r) {
      const t = typeof c;
      const ok = c === null || t === "string" || t === "number" || t === "boolean" || (t === "object" && Object.keys(c).length === 1 && typeof c.date === "string");
      assert(ok, "bad cell in " + sh.name + ": " + JSON.stringify(c));
      if (t === "number") assert(Number.isFinite(c), "non-finite number in " + sh.name);
    }
  }
  const seen = new Set();
  for (const m of sh.merges || []) {
    const g = parseRange(m);
    assert(g.r1 <= g.r2 && g.c1 <= g.c2, "inverted merge " + m + " in " + sh.name);
    assert(!(g.r1 === g.r2 && g.c1 === g.c2), "single-cell merge " + m + " in " + sh.name);
    assert(g.r2 < rows.length, "merge " + m + " below the last row of " + sh.name + " (" + rows.length + " rows)");
    assert(g.c2 < width, "merge " + m + " right of the last column of " + sh.name + " (" + width + " cols)");
    for (let r = g.r1; r <= g.r2; r++) {
      for (let c = g.c1; c <= g.c2; c++) {
        const k = r + ":" + c;
        assert(!seen.has(k), "overlapping merge at " + colName(c) + (r + 1) + " in " + sh.name);
        seen.add(k);
        if (!(r === g.r1 && c === g.c1)) {
          const v = rows[r][c];
          assert(v === null || v === undefined, "merge " + m + " hides a value at " + colName(c) + (r + 1) + " in " + sh.name + ": " + JSON.stringify(v));
        }
      }
    }
  }
}

function sheet(name, rows, merges, hidden) {
  const sh = { name, rows: padRows(rows) };
  if (merges && merges.length) sh.merges = merges;
  if (hidden) sh.hidden = true;
  checkSheet(sh);
  return sh;
}

function writeCase(folder, file, obj) {
  assert(["facts", "ledgers", "counties"].includes(folder), "folder " + folder);
  assert(/^b88-/.test(file) && /\.json$/.test(file), "file name " + file);
  assert(typeof obj.description === "string" && obj.description.length > 20, "description of " + file);
  assert(Array.isArray(obj.sheets) && obj.sheets.length > 0, "sheets of " + file);
  const names = new Set();
  for (const sh of obj.sheets) {
    checkSheet(sh);
    assert(!names.has(sh.name), "duplicate sheet name " + sh.name + " in " + file);
    names.add(sh.name);
  }
  assert(obj.expect && typeof obj.expect === "object", "expect of " + file);
  if (folder === "ledgers") {
    for (const n of Object.keys(obj.expect.sheets)) assert(names.has(n), "expect names a missing sheet " + n);
  }
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  WRITTEN.push(folder + "/" + file);
}

const WRITTEN = [];

// helpers for dates written as text in various clerk styles
function pad2(n) {
  return String(n).padStart(2, "0");
}
function isoParts(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return { y, m, d };
}
const FMT = {
  dot: (iso) => {
    const p = isoParts(iso);
    return `${p.y}.${p.m}.${p.d}`;
  },
  dot2: (iso) => {
    const p = isoParts(iso);
    return `${p.y}.${pad2(p.m)}.${pad2(p.d)}`;
  },
  cn: (iso) => {
    const p = isoParts(iso);
    return `${p.y}年${p.m}月${p.d}日`;
  },
  slash: (iso) => {
    const p = isoParts(iso);
    return `${p.y}/${p.m}/${p.d}`;
  },
  dash: (iso) => iso,
  num8: (iso) => iso.replace(/-/g, ""),
  yy: (iso) => {
    const p = isoParts(iso);
    return `${String(p.y).slice(2)}.${p.m}.${p.d}`;
  },
  date: (iso) => D(iso),
};

const FW_DIGITS = "０１２３４５６７８９";
function fullWidth(s) {
  return String(s)
    .replace(/[0-9]/g, (d) => FW_DIGITS[Number(d)])
    .replace(/\./g, "．")
    .replace(/,/g, "，");
}

function thousands(n, decimals) {
  const s = decimals ? n.toFixed(decimals) : String(n);
  const [i, f] = s.split(".");
  const withSep = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return f ? withSep + "." + f : withSep;
}

function sum(arr) {
  return arr.reduce((a, b) => a + b, 0);
}

/** an 18-digit resident ID with a correct check digit */
function makeId(region6, birth8, seq3) {
  const body = String(region6) + String(birth8) + String(seq3).padStart(3, "0");
  assert(/^\d{17}$/.test(body), "id body " + body);
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * W[i];
  return body + "10X98765432"[s % 11];
}

/** find a sequence number (from start) whose ID ends (or does not end) in X */
function makeIdWith(region6, birth8, startSeq, wantX) {
  for (let q = startSeq; q < startSeq + 200; q++) {
    const id = makeId(region6, birth8, q % 1000);
    if (id.endsWith("X") === wantX) return id;
  }
  throw new Error("no id found");
}

/** a fixed-width grid filled by A1 addresses (for form-like sheets) */
class Grid {
  constructor(width) {
    this.width = width;
    this.rows = [];
    this.merges = [];
  }
  ensure(r) {
    while (this.rows.length <= r) this.rows.push(new Array(this.width).fill(null));
  }
  set(addr, value) {
    const m = /^([A-Z]+)(\d+)$/.exec(addr);
    assert(m, "bad address " + addr);
    const c = colIndex(m[1]);
    const r = Number(m[2]) - 1;
    assert(c < this.width, "address " + addr + " outside grid width " + this.width);
    this.ensure(r);
    assert(this.rows[r][c] === null, "cell " + addr + " set twice");
    this.rows[r][c] = value;
  }
  /** put a value in the top-left cell of a range and merge it (single cell: no merge) */
  put(range, value) {
    if (!range.includes(":")) {
      this.set(range, value);
      return;
    }
    const g = parseRange(range);
    this.set(colName(g.c1) + (g.r1 + 1), value);
    this.ensure(g.r2);
    this.merges.push(range);
  }
}

// ---------------------------------------------------------------------------
// cases (one function per case, appended below)
// ---------------------------------------------------------------------------

const CASES = [];

// ---------------------------------------------------------------------------
// f1 阳江市阳东区 — 区人大视察汇报稿：相对日期（今年/去年/前年）、“48万7千余人”、“五百万元”、“百分之百”、“约九成”
// ---------------------------------------------------------------------------

function caseF1Yangdong() {
  const P = (text) => [text];
  const rows = [];
  const merges = [];
  const para = (text) => {
    rows.push(P(text));
    const r = rows.length;
    merges.push(`A${r}:F${r}`);
  };

  para("阳江市阳东区商务局关于电子商务进农村综合示范创建工作情况的汇报");
  para("（区人大常委会专题视察汇报材料　2021年9月6日）");
  para("区人大常委会视察组：");
  para("　　根据视察安排，现将我区电子商务进农村综合示范创建工作情况汇报如下。材料中的数据除特别注明外，均截至今年8月31日（省考评截止日）。");
  para("一、基本情况");
  para(
    "　　我区辖8个镇和2个街道，共有行政村144个、社区居委会29个，其中省定相对贫困村15个。第七次全国人口普查常住人口48万7千余人（户籍人口约56万人）。前年10月，我区被确定为省级电子商务进农村综合示范县（区）。",
  );
  para("二、主要做法和成效");
  para(
    "　　（一）高位推动，建立工作机制。前年11月，区政府成立区电子商务进农村综合示范工作领导小组，由区委副书记、区长任组长，分管副区长任常务副组长，区商务局、区财政局、区农业农村局、区扶贫办（现区乡村振兴局）、区市场监管局、区交通运输局、邮政阳东分公司等14个单位为成员。去年3月，区政府办公室正式印发《阳东区电子商务进农村综合示范县（区）创建工作方案》；去年6月，区政府出台《阳东区促进农村电子商务发展若干措施》，在资金、场地、人才等方面给予扶持。",
  );
  para(
    "　　（二）建好公共服务中心和产业园。区电子商务公共服务中心去年10月28日正式投入运营，今年1月8日举行揭牌仪式。中心设有免费培训室和直播间，配齐培训设备，能组织电商基础培训；展销厅为本地特色农产品提供免费展示和销售；中心统一打造“阳东好味”区域公共品牌，组织农产品统一推广，指导企业做好品牌建设；还为企业提供代办注册、金融对接等衍生增值服务。摄影、美工服务目前按成本价收费，尚未做到免费。中心同时整合提升了阳东电商产业园，形成产业集聚。",
  );
  para(
    "　　（三）推动农村产品上行。引进专业第三方电商运营服务商负责中心运营；整合邮政和快递资源，全区行政村物流快递覆盖率达到百分之百。据区统计局数据，前年全区农村网络零售额12.6亿元，去年增至16.9亿元，同比增长34.1%；农产品网络零售额前年3.1亿元，去年3.82亿元。",
  );
  para(
    "　　（四）抓好电商人才培训。截至今年8月底，累计开展电商培训5,126人次（今年9月第一周又举办2期、186人次，未计入上述数据）。经区乡村振兴局核定，全区有劳动能力的建档立卡贫困人口（不含外出务工人员）1,268人，其中参加过电商培训的702人。",
  );
  para(
    "　　（五）做好信息公开和数据报送。在区政府门户网站开设“电子商务进农村综合示范”专栏，公开了创建方案和项目基本信息，每月公示项目建设进度，并设置了监督举报窗口。每月向市商务局报送工作进展，并附报电商扶贫统计数据。",
  );
  para(
    "　　（六）规范资金管理。省级专项资金五百万元已于前年12月全额下达。区财政局、区商务局联合制定了专项资金管理办法，各承建单位均建立了资金专用台账。截至今年8月底累计拨付392.6万元，项目总体进度约九成。",
  );
  para("　　（七）守牢安全底线。创建以来，未发生安全生产和质量事故，未造成重大经济损失，也没有弄虚作假行为。");
  para("三、自评情况");
  para("　　对照省考评指标体系逐项自评，我区自评94分（含加分2分）。其中需要自行判断的主观评分项自评如下：");
  rows.push(["序号", "评分项", null, "分值范围", "自评分", "说明"]);
  merges.push(`B${rows.length}:C${rows.length}`);
  const judgedRows = [
    ["方案制定", "1-2分", 2, "方案经区政府常务会议审定后印发", "org.plan"],
    ["政策支持", "1-2分", 2, null, "org.policy"],
    ["项目管理制度", "1-2分", 2, null, "org.management.system"],
    ["工作台账", "1-2分", 2, null, "org.management.ledger"],
    ["网销调研并形成针对性建议", "1-2分", 2, null, "work.upward.research"],
    ["网络促销活动", "1-2分", 1, "活动多、成效一般", "work.upward.promotion"],
    ["交易标准、冷链和溯源系统", "1-2分", 1, "冷链仓在建", "work.upward.standards"],
    ["资金管理制度", "1-5分", 5, null, "fund.system"],
    ["资金台账", "1-5分", 4, null, "fund.ledger"],
    ["资金及时拨付", "1-5分", 4, null, "fund.spending"],
  ];
  const judged = {};
  judgedRows.forEach((j, i) => {
    rows.push([i + 1, j[0], null, j[1], j[2], j[3]]);
    merges.push(`B${rows.length}:C${rows.length}`);
    judged[j[4]] = j[2];
  });
  para("四、存在问题和下一步打算");
  para(
    "　　一是村级站点运营水平参差不齐；二是摄影、美工服务尚未免费。下一步，我们将在今年内新增村级站点20个，再开展培训1,000人次以上，力争明年6月前实现摄影、美工服务免费。",
  );
  rows.push([null]);
  rows.push([null, null, null, "阳江市阳东区商务局"]);
  merges.push(`D${rows.length}:F${rows.length}`);
  rows.push([null, null, null, "2021年9月6日"]);
  merges.push(`D${rows.length}:F${rows.length}`);

  const sh = sheet(
    "汇报材料",
    rows.map((r) => {
      const o = r.slice();
      while (o.length < 6) o.push(null);
      return o;
    }),
    merges,
  );

  // self-checks on the numbers the sheet states
  eq(Math.round((16.9 / 12.6 - 1) * 1000) / 10, 34.1, "阳东 农村网零增速 as written");
  eq(Object.keys(judged).length, 10, "阳东 judged items");

  const facts = {
    // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
    county: "阳东区",
    asOf: "2021-08-31",
    residentPopulation: 487000,
    adminVillagesStated: 144,
    poorVillagesStated: 15,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-10-28",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    centerOther: true,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: true,
    ruralRetail2019: 1260000000,
    ruralRetail2020: 1690000000,
    ruralRetailGrowthStated: 0.341,
    agriRetail2019: 310000000,
    agriRetail2020: 382000000,
    trainingPersonTimesStated: 5126,
    eligiblePoorPersonsStated: 1268,
    trainedPoorPersonsStated: 702,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: true,
    povertyStatisticsStated: true,
    fundAllocated: 5000000,
    fundSpentStated: 3926000,
    fundSystemIssued: true,
    fundLedgerKept: true,
    overallProgress: 0.9,
    vetoIncident: false,
    vetoFraud: false,
  };

  writeCase("facts", "b88-f1-yangdong.json", {
    description:
      "阳江市阳东区商务局给区人大常委会专题视察准备的《汇报材料》（落款2021年9月6日）原样录入：一段一行（合并A:F），事实全在叙述句里，而且日期是相对说法——“今年”=2021年、“去年”=2020年、“前年”=2019年（开头写明数据截至今年8月31日）。" +
      "读法：中心“去年10月28日正式投入运营”→2020-10-28（“今年1月8日举行揭牌仪式”不是运营日）；“前年全区农村网络零售额12.6亿元，去年增至16.9亿元，同比增长34.1%”→2019、2020年两个数和增速；农产品网零前年3.1亿、去年3.82亿（增速没写，不列）；" +
      "数字写法有“48万7千余人”（=487000）、“五百万元”、“百分之百”、“约九成”（总体进度0.9）、千分位“5,126人次”。组长区委副书记、区长，成员有商务、财政、农业农村、区扶贫办（现乡村振兴局）→ principal-all；摄影美工“按成本价收费，尚未做到免费”→ false。" +
      "“三、自评情况”只有总分94分和10个主观评分项的小表（judged，没有逐项指标分，不列 claimed）。陷阱：户籍人口约56万、社区29个、“今年9月第一周又举办2期、186人次”、“前年10月被确定为示范县”“前年11月成立领导小组”“前年12月全额下达”、下一步打算里的20个站点和1,000人次、落款日期；表内没有县名标签（只在标题和落款），不列 county。",
    sheets: [sh],
    expect: { facts, judged, leadership: "principal-all" },
  });
}
CASES.push(caseF1Yangdong);

// ---------------------------------------------------------------------------
// f2 云浮市云安区 — 数据底册：计量单位不在单位列，而写在分节行里（“本段金额单位：万元”），
// 分节行还改变口径（“以下为截至9月10日的参考数，不作考评填报”）
// ---------------------------------------------------------------------------

function caseF2Yunanqu() {
  const rows = [];
  const merges = [];
  const full = (text) => {
    rows.push([text, null, null, null]);
    const r = rows.length;
    merges.push(`A${r}:D${r}`);
  };
  const item = (no, label, value, note) => rows.push([no, label, value === undefined ? null : value, note === undefined ? null : note]);

  full("云浮市云安区电子商务进农村综合示范创建考评数据底册");
  full("编制：区商务局电商股　　用途：报省考评填报（第一至第八段）及迎检汇报参考（第九段）");
  rows.push(["序号", "项目", "数值", "备注"]);
  full("【一】基本情况（本段数值单位：人、个）");
  item(1, "县（市、区）", "云安区");
  item(2, "考评截止日期", "2021.8.31", "按粤商务电函〔2021〕101号");
  item(3, "常住人口", "298,536", "第七次全国人口普查");
  item(4, "行政村数", 118);
  item(5, "省定贫困村数", 16, "均已出列");
  item(6, "社区居委会数", 9, "不计入行政村");
  full("【二】组织领导和服务体系（本段填“有/无”“是/否”或文字）");
  item(7, "领导小组组长", "区委副书记、区长");
  item(8, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、邮政云安区分公司");
  item(9, "示范创建工作方案", "已印发", "云安府办〔2020〕9号");
  item(10, "支持农村电商发展的政策", "已出台", "《云安区促进农村电子商务发展扶持办法》");
  item(11, "县级电商公共服务中心投入运营日期", "2020年11月16日");
  item(12, "免费培训场所、培训设备，能组织电商基础培训", "有");
  item(13, "为特色农产品提供免费展示、销售服务", "有");
  item(14, "为电子商务市场主体提供免费摄影、美工服务", "有");
  item(15, "组织农产品统一推广、指导特色农产品品牌建设", "有");
  item(16, "其他衍生增值服务", "无", "拟引入供应链金融，尚未开展");
  item(17, "建设或整合、优化当地电商产业园", "是", "整合六都电商产业园");
  item(18, "专业第三方电子商务运营或服务商", "有");
  full("【三】农村产品上行（本段金额单位：万元；比率单位：%）");
  item(19, "行政村物流快递覆盖率", 100, "区邮政管理部门证明");
  item(20, "2019年农村网络零售额", "52,360");
  item(21, "2020年农村网络零售额", "66,870");
  item(22, "2019年农产品网络零售额", "14,210");
  item(23, "2020年农产品网络零售额", "18,950");
  item(24, "2020年农产品网络零售额同比增速", 33.4);
  full("【四】电商培训（本段数值单位：人次、人）");
  item(25, "电商培训人次", "3,215", "2019年11月至2021年8月累计");
  item(26, "有劳动能力的建档立卡贫困人口（不含外出务工）", "1,043", "区乡村振兴局核定");
  item(27, "参加电商培训的建档立卡贫困人口", 538, "按身份证号去重");
  full("【五】信息公开及报送（本段填“是/否”）");
  item(28, "政府网站专栏公示创建方案", "是");
  item(29, "政府网站专栏公示项目基本信息", "是");
  item(30, "政府网站专栏公示项目建设进度", "是");
  item(31, "专栏设立征求意见或监督举报窗口", "否", "截至8月31日未设立");
  item(32, "能统计电商扶贫情况", "是");
  full("【六】资金（本段金额单位：元）");
  item(33, "省级专项资金下达总额", "5,000,000.00");
  item(34, "累计拨付资金", "387.45万", "财务股报来的是万元数，照录未换算");
  item(35, "已制定资金管理制度", "是");
  item(36, "已建立资金专用台账", "是");
  full("【七】其他（本段比率单位：%）");
  item(37, "项目总体进度", 86);
  item(38, "发生安全生产、质量事故或重大经济损失", "否");
  item(39, "弄虚作假", "否");
  full("【八】主观评分项自评（本段单位：分）");
  const judgedList = [
    [40, "方案制定（1-2分）", 2, "org.plan"],
    [41, "政策支持（1-2分）", 1, "org.policy"],
    [42, "项目管理制度（1-2分）", 2, "org.management.system"],
    [43, "工作台账（1-2分）", 2, "org.management.ledger"],
    [44, "网销调研并形成针对性建议（1-2分）", 2, "work.upward.research"],
    [45, "网络促销活动成效（1-2分）", 2, "work.upward.promotion"],
    [46, "交易标准、冷链及溯源系统（1-2分）", 1, "work.upward.standards"],
    [47, "资金管理制度（1-5分）", 4, "fund.system"],
    [48, "资金台账（1-5分）", 4, "fund.ledger"],
    [49, "资金及时拨付（1-5分）", 4, "fund.spending"],
  ];
  const judged = {};
  for (const j of judgedList) {
    item(j[0], j[1], j[2]);
    judged[j[3]] = j[2];
  }
  full("——以上第一至第八段为报省考评口径（截至2021年8月31日）；以下第九段为截至9月10日的参考数，仅供迎检汇报使用，不作考评填报——");
  full("【九】参考数（截至2021年9月10日；本段金额单位：万元，其余单位见项目名）");
  item(50, "累计拨付资金", 412.45, "含9月3日拨付的25万元");
  item(51, "电商培训人次（人次）", "3,497", "含9月7日、9日两期");
  item(52, "参加电商培训的建档立卡贫困人口（人）", 561);
  item(53, "专栏设立监督举报窗口", "是", "9月6日增设");
  item(54, "电商产业园入驻企业（家）", 21);
  rows.push([null, null, null, null]);
  full("填表人：区商务局电商股 黄××　　审核：区商务局 李××　　2021年9月10日");

  const sh = sheet("数据底册", rows, merges);

  // self-checks: unit conversions and stated growth
  eq(Math.round((18950 / 14210 - 1) * 1000) / 10, 33.4, "云安 农产品网零增速");
  eq(Math.round(387.45 * 10000), 3874500, "云安 累计拨付（万→元）");
  eq(52360 * 10000, 523600000, "云安 2019农村网零（万元→元）");

  const facts = {
    county: "云安区",
    asOf: "2021-08-31",
    residentPopulation: 298536,
    adminVillagesStated: 118,
    poorVillagesStated: 16,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-11-16",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: true,
    centerBrand: true,
    centerOther: false,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: true,
    ruralRetail2019: 523600000,
    ruralRetail2020: 668700000,
    agriRetail2019: 142100000,
    agriRetail2020: 189500000,
    agriRetailGrowthStated: 0.334,
    trainingPersonTimesStated: 3215,
    eligiblePoorPersonsStated: 1043,
    trainedPoorPersonsStated: 538,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: false,
    povertyStatisticsStated: true,
    fundAllocated: 5000000,
    fundSpentStated: 3874500,
    fundSystemIssued: true,
    fundLedgerKept: true,
    overallProgress: 0.86,
    vetoIncident: false,
    vetoFraud: false,
  };

  writeCase("facts", "b88-f2-yunanqu.json", {
    description:
      "云浮市云安区商务局电商股的《考评数据底册》：序号|项目|数值|备注四列，没有单位列——计量单位只写在各段的分节行里（【一】“本段数值单位：人、个”、【三】“本段金额单位：万元；比率单位：%”、【六】“本段金额单位：元”、【七】“比率单位：%”、【八】“单位：分”），数值格里多是不带单位的数或千分位文本。" +
      "读法：零售额“52,360”“66,870”“14,210”“18,950”按第三段的万元读（5.236亿元等）；快递覆盖率100、增速33.4、总体进度86按%读；常住人口“298,536”按人读；第六段虽写“元”，但累计拨付一格自带“387.45万”，以格内单位为准（3,874,500元）；下达“5,000,000.00”元。" +
      "第八段是10个主观评分项自评（judged）。表中第九段前有一行分隔说明“以上为报省考评口径（截至2021年8月31日）；以下为截至9月10日的参考数……不作考评填报”，第九段（412.45万元、3,497人次、561人、监督举报窗口“是（9月6日增设）”、入驻企业21家）都不是输入；以第五段“否”为准。" +
      "组长区委副书记、区长，四部门齐全 → principal-all；其他衍生增值服务“无”。陷阱：社区居委会9个、只给了农产品增速（农村网零增速未写，不列）、填表日期2021年9月10日。",
    sheets: [sh],
    expect: { facts, judged, leadership: "principal-all" },
  });
}
CASES.push(caseF2Yunanqu);

// ---------------------------------------------------------------------------
// f3 清远市连南瑶族自治县 — 纸质《考评基础信息登记表》按原格式录入：
// 竖排分节、日期拆成“2020|年|11|月|26|日”六格、勾选框和选项文字分在相邻两格
// ---------------------------------------------------------------------------

function caseF3Liannan() {
  const g = new Grid(15); // A..O
  const ON = "☑";
  const OFF = "☐";
  const L = (row, text) => g.put(`B${row}:C${row}`, text); // left label
  const R = (row, text) => g.put(`H${row}:I${row}`, text); // right label
  const dateCells = (row, firstCol, y, m, d) => {
    const c0 = colIndex(firstCol);
    [y, "年", m, "月", d, "日"].forEach((v, i) => g.set(colName(c0 + i) + row, v));
  };

  g.put("A1:O1", "连南瑶族自治县电子商务进农村综合示范县考评基础信息登记表");
  g.put("A2:F2", "填报单位（盖章）：连南瑶族自治县商务局");
  g.put("G2:I2", "填报日期");
  dateCells(2, "J", 2021, 9, 8);

  // 基本情况 rows 3-6
  g.put("A3:A6", "基\n本\n情\n况");
  L(3, "县（市、区）");
  g.put("D3:G3", "连南瑶族自治县");
  R(3, "考评截止日期");
  dateCells(3, "J", 2021, 8, 31);
  L(4, "常住人口");
  g.put("D4:F4", 14.23);
  g.set("G4", "万人");
  R(4, "户籍人口");
  g.put("J4:N4", 18.12);
  g.set("O4", "万人");
  L(5, "行政村");
  g.put("D5:F5", 68);
  g.set("G5", "个");
  R(5, "社区居委会");
  g.put("J5:N5", 7);
  g.set("O5", "个");
  L(6, "省定贫困村");
  g.put("D6:F6", 21);
  g.set("G6", "个");
  R(6, "其中已出列");
  g.put("J6:N6", 21);
  g.set("O6", "个");

  // 组织领导 rows 7-10
  g.put("A7:A10", "组\n织\n领\n导");
  L(7, "领导小组组长");
  g.put("D7:G7", "县委副书记、县长");
  R(7, "姓  名");
  g.put("J7:O7", "房××");
  g.put("B8:C9", "成员单位\n（在□内打√）");
  g.set("D8", ON);
  g.put("E8:G8", "县商务局");
  g.set("H8", ON);
  g.put("I8:J8", "县财政局");
  g.set("K8", ON);
  g.put("L8:O8", "县农业农村局");
  g.set("D9", OFF);
  g.put("E9:G9", "县乡村振兴局（扶贫办）");
  g.set("H9", ON);
  g.put("I9:J9", "县市场监管局");
  g.set("K9", ON);
  g.put("L9:O9", "县交通运输局");
  L(10, "创建工作方案");
  g.set("D10", ON);
  g.set("E10", "已印发");
  g.set("F10", OFF);
  g.set("G10", "未印发");
  R(10, "支持农村电商政策");
  g.set("J10", OFF);
  g.put("K10:L10", "已出台");
  g.set("M10", ON);
  g.put("N10:O10", "未出台");

  // 服务体系 rows 11-16
  g.put("A11:A16", "服\n务\n体\n系");
  L(11, "县级中心投入运营");
  dateCells(11, "D", 2020, 11, 26);
  g.put("J11:O11", "（2021年1月18日揭牌）");
  const yn = (row, leftLabel, leftYes, rightLabel, rightYes, rightTexts) => {
    L(row, leftLabel);
    g.set("D" + row, leftYes ? ON : OFF);
    g.set("E" + row, "有");
    g.set("F" + row, leftYes ? OFF : ON);
    g.set("G" + row, "无");
    if (rightLabel) {
      R(row, rightLabel);
      const [t1, t2] = rightTexts || ["有", "无"];
      g.set("J" + row, rightYes ? ON : OFF);
      g.put(`K${row}:L${row}`, t1);
      g.set("M" + row, rightYes ? OFF : ON);
      g.put(`N${row}:O${row}`, t2);
    }
  };
  yn(12, "免费培训场所、设备", true, "免费展示、销售", true);
  yn(13, "免费摄影、美工", false, "统一推广、品牌建设", true);
  yn(14, "其他衍生增值服务", true, "电商产业园", false, ["已建成/整合", "未建设"]);
  yn(15, "第三方运营服务商", true);
  R(15, "行政村快递覆盖率");
  g.put("J15:N15", 97.1);
  g.set("O15", "%");
  L(16, "园区入驻企业");
  g.put("D16:F16", "—");
  g.set("G16", "家");
  R(16, "村级站点");
  g.put("J16:N16", 52);
  g.set("O16", "个");

  // 网络零售 rows 17-19
  g.put("A17:A19", "网\n络\n零\n售");
  g.put("B17:C17", "项目");
  g.put("D17:F17", "2019年");
  g.put("G17:I17", "2020年");
  g.put("J17:L17", "同比增速");
  g.put("M17:O17", "单位");
  g.put("B18:C18", "农村网络零售额");
  g.put("D18:F18", 2.16);
  g.put("G18:I18", 2.93);
  g.put("J18:L18", "35.6%");
  g.put("M18:O18", "亿元");
  g.put("B19:C19", "农产品网络零售额");
  g.put("D19:F19", 0.74);
  g.put("G19:I19", 0.95);
  g.put("J19:L19", "28.4%");
  g.put("M19:O19", "亿元");

  // 培训 rows 20-21
  g.put("A20:A21", "培\n训");
  L(20, "电商培训");
  g.put("D20:F20", "1,472");
  g.set("G20", "人次");
  R(20, "其中线上直播");
  g.put("J20:N20", 386);
  g.set("O20", "人次");
  L(21, "有劳动能力贫困人口\n（不含外出务工）");
  g.put("D21:F21", 612);
  g.set("G21", "人");
  R(21, "其中已参训");
  g.put("J21:N21", 318);
  g.set("O21", "人");

  // 公开报送 rows 22-24
  g.put("A22:A24", "公\n开\n报\n送");
  g.put("B22:C23", "专栏公示内容\n（在□内打√）");
  g.set("D22", ON);
  g.put("E22:G22", "创建方案");
  g.set("H22", ON);
  g.put("I22:J22", "项目基本信息");
  g.set("K22", ON);
  g.put("L22:O22", "项目建设进度");
  g.set("D23", ON);
  g.put("E23:G23", "征求意见窗口");
  g.set("H23", OFF);
  g.put("I23:J23", "监督举报窗口");
  L(24, "按月报送市商务局");
  g.set("D24", ON);
  g.set("E24", "是");
  g.set("F24", OFF);
  g.set("G24", "否");
  R(24, "统计电商扶贫情况");
  g.set("J24", ON);
  g.put("K24:L24", "能");
  g.set("M24", OFF);
  g.put("N24:O24", "不能");

  // 资金 rows 25-27
  g.put("A25:A27", "资\n金");
  L(25, "省级资金下达");
  g.put("D25:F25", 500);
  g.set("G25", "万元");
  R(25, "累计拨付");
  g.put("J25:N25", "371.8");
  g.set("O25", "万元");
  L(26, "资金管理制度");
  g.set("D26", ON);
  g.set("E26", "已制定");
  g.set("F26", OFF);
  g.set("G26", "未制定");
  R(26, "资金专用台账");
  g.set("J26", ON);
  g.put("K26:L26", "已建立");
  g.set("M26", OFF);
  g.put("N26:O26", "未建立");
  L(27, "项目总体进度");
  g.put("D27:F27", 81);
  g.set("G27", "%");
  R(27, "资金支出率");
  g.put("J27:N27", 74.4);
  g.set("O27", "%");

  // 主观评分 rows 28-32
  g.put("A28:A32", "主\n观\n评\n分");
  const js = [
    [28, "L", "方案制定（1-2）", 2, "org.plan"],
    [28, "R", "政策支持（1-2）", "—", null],
    [29, "L", "项目管理制度（1-2）", 2, "org.management.system"],
    [29, "R", "工作台账（1-2）", 1, "org.management.ledger"],
    [30, "L", "网销调研（1-2）", 1, "work.upward.research"],
    [30, "R", "网络促销活动（1-2）", 2, "work.upward.promotion"],
    [31, "L", "交易标准及冷链溯源（1-2）", 1, "work.upward.standards"],
    [31, "R", "资金管理制度（1-5）", 4, "fund.system"],
    [32, "L", "资金台账（1-5）", 4, "fund.ledger"],
    [32, "R", "资金及时拨付（1-5）", 3, "fund.spending"],
  ];
  const judged = {};
  for (const [row, side, label, v, id] of js) {
    if (side === "L") {
      L(row, label);
      g.put(`D${row}:F${row}`, v);
      g.set("G" + row, "分");
    } else {
      R(row, label);
      g.put(`J${row}:N${row}`, v);
      g.set("O" + row, "分");
    }
    if (id) judged[id] = v;
  }

  // 承诺 row 33
  g.put("A33", "承\n诺");
  L(33, "安全生产、质量事故");
  g.set("D33", OFF);
  g.set("E33", "有");
  g.set("F33", ON);
  g.set("G33", "无");
  R(33, "弄虚作假");
  g.set("J33", OFF);
  g.put("K33:L33", "有");
  g.set("M33", ON);
  g.put("N33:O33", "无");

  g.put("A34:E34", "填表人：莫××");
  g.put("F34:J34", "审核人：唐××");
  g.put("K34:O34", "（纸质表经审核签字后照原格式录入）");

  const sh = sheet("登记表", g.rows, g.merges);

  eq(Math.round((2.93 / 2.16 - 1) * 1000) / 10, 35.6, "连南 农村网零增速");
  eq(Math.round((0.95 / 0.74 - 1) * 1000) / 10, 28.4, "连南 农产品网零增速");

  const facts = {
    county: "连南瑶族自治县",
    asOf: "2021-08-31",
    residentPopulation: 142300,
    adminVillagesStated: 68,
    poorVillagesStated: 21,
    planIssued: true,
    policyIssued: false,
    centerOpened: "2020-11-26",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    centerOther: true,
    parkBuilt: false,
    thirdPartyOperator: true,
    expressCoverage: false,
    ruralRetail2019: 216000000,
    ruralRetail2020: 293000000,
    ruralRetailGrowthStated: 0.356,
    agriRetail2019: 74000000,
    agriRetail2020: 95000000,
    agriRetailGrowthStated: 0.284,
    trainingPersonTimesStated: 1472,
    eligiblePoorPersonsStated: 612,
    trainedPoorPersonsStated: 318,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: true,
    povertyStatisticsStated: true,
    fundAllocated: 5000000,
    fundSpentStated: 3718000,
    fundSystemIssued: true,
    fundLedgerKept: true,
    overallProgress: 0.81,
    vetoIncident: false,
    vetoFraud: false,
  };

  writeCase("facts", "b88-f3-liannan.json", {
    description:
      "连南瑶族自治县商务局的纸质《考评基础信息登记表》按原表格式逐格录入（15列A:O）：A列是竖排的分节名（“基\\n本\\n情\\n况”“组\\n织\\n领\\n导”…纵向合并），每行左右两组“标签|值|单位”；日期按纸面拆成六格——“2020|年|11|月|26|日”（中心投入运营）、“2021|年|8|月|31|日”（考评截止）、“2021|年|9|月|8|日”（填报日期，不是事实）；" +
      "是否项和多选项都是“勾选框|选项文字”两格一组（☑/☐在左、文字在右格），要把框和它右边的文字配对：方案“☑已印发”、政策“☐已出台 ☑未出台”→ false、摄影美工“☐有 ☑无”→ false、产业园“☐已建成/整合 ☑未建设”→ false；成员单位勾了商务、财政、农业农村、市场监管、交通，县乡村振兴局（扶贫办）没勾 → 组长县委副书记、县长但部门不齐 → principal；" +
      "专栏公示内容里“☑征求意见窗口 ☐监督举报窗口”——有征求意见窗口即 disclosureWindow 为 true；快递覆盖率97.1% → false。网络零售是嵌在表里的小表（2019年|2020年|同比增速|单位 亿元）。主观评分项左右成对，政策支持填“—”（未出台、未自评，不列）。" +
      "陷阱：户籍人口18.12万、社区7个、“其中已出列21个”、“（2021年1月18日揭牌）”、“其中线上直播386人次”、村级站点52个、资金支出率74.4%、园区入驻企业“—”、填报日期。",
    sheets: [sh],
    expect: { facts, judged, leadership: "principal" },
  });
}
CASES.push(caseF3Liannan);

// ---------------------------------------------------------------------------
// l1 汕头市潮南区 — ①财务凭证扫描件目录当资金台账（拨付只看“支付回单”文件名里的日期和金额），
// ②区乡村振兴局“两不愁三保障”入户核查表当贫困人口名单（一户一行，家庭成员挤在一格里逐行写）
// ---------------------------------------------------------------------------

function caseL1Chaonan() {
  // ---- ① funds: scanned-document directory ----
  // each payment: its documents in folder order; only the 支付回单 is a disbursement
  const folders = [
    {
      folder: "01 公共服务中心",
      docs: [
        { name: "20200702_请款函_中心建设首付款.pdf", pages: 2, size: "0.8 MB", scan: "2021-08-23" },
        { name: "20200710_发票_广东潮商云网络科技有限公司_680000.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-23" },
        { name: "20200715_支付回单_中心建设首付款_680000.00元.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-23", pay: ["2020-07-15", 680000] },
        { name: "2020-12-18 请款函 中心建设进度款.pdf", pages: 2, size: "0.9 MB", scan: "2021-08-23" },
        { name: "2020-12-25 发票 广东潮商云网络科技有限公司 ¥520,000.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-23" },
        { name: "2020-12-30 支付回单 中心建设进度款 ¥520,000.00.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-23", pay: ["2020-12-30", 520000] },
        { name: "2021.8.30_请款函_中心运营尾款.pdf", pages: 2, size: "0.7 MB", scan: "2021-09-06" },
        { name: "2021.9.3_支付回单_中心运营尾款_30万元.pdf", pages: 1, size: "0.3 MB", scan: "2021-09-06", pay: ["2021-09-03", 300000], note: "发票待开" },
      ],
    },
    {
      folder: "02 村级站点",
      docs: [
        { name: "20200920_验收单_第一批站点（12个）.pdf", pages: 13, size: "6.2 MB", scan: "2021-08-24" },
        { name: "20200925_发票_中国邮政集团有限公司汕头市潮南区分公司_420000.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-24" },
        { name: "20200928_支付回单_第一批站点建设_420000.00.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-24", pay: ["2020-09-28", 420000] },
        { name: "20210325_验收单_第二批站点（10个）.pdf", pages: 11, size: "5.4 MB", scan: "2021-08-24" },
        { name: "20210329_发票_中国邮政集团有限公司汕头市潮南区分公司_398000.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-24" },
        { name: "20210331_支付回单_第二批站点建设_398000.00.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-24", pay: ["2021-03-31", 398000] },
      ],
    },
    {
      folder: "03 物流体系",
      docs: [
        { name: "20201113_发票_汕头市速达物流有限公司_365000.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-24" },
        { name: "20201120_支付回单_物流配送体系_365000.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-24", pay: ["2020-11-20", 365000] },
      ],
    },
    {
      folder: "04 电商培训",
      docs: [
        { name: "20210120_发票_汕头市潮南区职业培训学校_150000.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-25" },
        { name: "20210126_支付回单_培训服务首期_150000.00.pdf", pages: 1, size: "0.2 MB", scan: "2021-08-25", pay: ["2021-01-26", 150000], note: "扫描不清" },
        { name: "20210126_支付回单_培训服务首期_150000.00(1).pdf", pages: 1, size: "0.3 MB", scan: "2021-08-25", dup: true, note: "重扫件，与上一文件是同一张回单" },
        { name: "20210625_发票_汕头市潮南区职业培训学校_310000.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-25" },
        { name: "20210629_支付回单_培训服务二期_31万元.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-25", pay: ["2021-06-29", 310000] },
      ],
    },
    {
      folder: "05 溯源及品牌",
      docs: [
        { name: "20210512_验收单_农产品溯源系统.pdf", pages: 4, size: "1.9 MB", scan: "2021-08-25" },
        { name: "20210518_发票_汕头市链源科技有限公司_236500.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-25" },
        { name: "20210520_支付回单_溯源系统建设_236500.00.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-25", pay: ["2021-05-20", 236500] },
        { name: "20210810_发票_汕头市潮南区创意文化传播有限公司_285000.00.pdf", pages: 1, size: "0.4 MB", scan: "2021-08-26" },
        { name: "20210816_支付回单_区域公共品牌推广_285000.00.pdf", pages: 1, size: "0.3 MB", scan: "2021-08-26", pay: ["2021-08-16", 285000] },
      ],
    },
    {
      folder: "00 汇总",
      docs: [{ name: "拨付情况汇总表（截至2021.8.31）.xlsx", pages: null, size: "0.1 MB", scan: null, note: "财务股手工汇总表，非凭证" }],
    },
  ];
  const fRows = [];
  const fMerges = [];
  let nFiles = 0;
  for (const f of folders) nFiles += f.docs.length;
  fRows.push(["潮南区电子商务进农村综合示范专项资金拨付凭证扫描件目录"]);
  fMerges.push("A1:G1");
  fRows.push([`导出路径：\\\\192.168.10.20\\财务档案\\2020-2021电商进农村专项\\　　导出时间：2021-09-08 17:42　　共 ${nFiles} 个文件`]);
  fMerges.push("A2:G2");
  fRows.push(["序号", "所在文件夹", "文件名", "页数", "大小", "扫描日期", "备注"]);
  const fundRecords = [];
  let seq = 0;
  for (const f of folders) {
    for (const d of f.docs) {
      seq += 1;
      fRows.push([seq, f.folder, d.name, d.pages, d.size, d.scan, d.note || null]);
      if (d.pay) fundRecords.push({ date: d.pay[0], amount: d.pay[1] });
    }
  }
  fRows.push([null]);
  fRows.push(["注：拨付日期、金额以“支付回单”文件名为准；请款函、发票、验收单和汇总表不是拨付凭证。扫描日期为归档扫描的日期。"]);
  fMerges.push(`A${fRows.length}:G${fRows.length}`);
  const fundsSheet = sheet(
    "凭证扫描件目录",
    fRows.map((r) => {
      const o = r.slice();
      while (o.length < 7) o.push(null);
      return o;
    }),
    fMerges,
  );

  // self-checks on funds
  eq(fundRecords.length, 10, "潮南 支付回单（不含重扫件）笔数");
  const before = fundRecords.filter((r) => r.date <= "2021-08-31");
  eq(sum(before.map((r) => r.amount)), 3364500, "潮南 截止日前拨付合计");
  // 3,364,500 / 5,000,000 = 67.29% (< 70%); counting the re-scan would give 70.29%, counting 9月3日 would give 73.29%
  assert(sum(before.map((r) => r.amount)) * 100 < 70 * 5000000, "潮南 支出率应低于70%");
  assert((sum(before.map((r) => r.amount)) + 150000) * 100 >= 70 * 5000000, "潮南 重扫件计入会越过70%");

  // ---- ② poorPersons: household rows, members packed in one cell ----
  const R = "440514";
  const hh = [];
  // member: [name, relation, id (string | null), labourText, workText, labour, migrant, writtenId]
  const M = (name, rel, birth, seqNo, labourText, workText, labour, migrant, opts) => {
    opts = opts || {};
    let id = null;
    let written;
    if (birth) {
      id = opts.wantX ? makeIdWith(R, birth, seqNo, true) : makeIdWith(R, birth, seqNo, false);
      written = opts.lowerX ? id.replace(/X$/, "x") : id;
    } else {
      written = opts.noIdText;
    }
    return { name, rel, id, written, labourText, workText, labour, migrant };
  };
  hh.push({
    town: "陇田镇",
    village: "东华村",
    head: "陈木兴",
    sep: "　",
    members: [
      M("陈木兴", "户主", "19680312", 123, "普通劳动力", "在家务农", true, false),
      M("林秀珍", "配偶", "19700506", 244, "普通劳动力", "外出务工（深圳）", true, true),
      M("陈佳豪", "之子", "20080915", 311, "无劳动力（在校生）", "—", false, null),
    ],
  });
  hh.push({
    town: "陇田镇",
    village: "东华村",
    head: "郑亚妹",
    sep: "，",
    members: [
      M("郑亚妹", "户主", "19520808", 428, "丧失劳动力", "—", false, null),
      M("陈少鹏", "之子", "19790121", 133, "普通劳动力", "区内务工（陇田镇针织厂）", true, false),
      M("黄丽娟", "儿媳", "19820617", 266, "普通劳动力", "公益性岗位（本村保洁）", true, false),
    ],
  });
  hh.push({
    town: "陇田镇",
    village: "浮草村",
    head: "方炳坤",
    sep: "　",
    members: [
      M("方炳坤", "户主", "19650403", 151, "技能劳动力", "外出务工（省外·浙江义乌）", true, true),
      M("方晓燕", "之女", "19930919", 282, "普通劳动力", "在家（电商创业）", true, false, { wantX: true, lowerX: true }),
    ],
  });
  hh.push({ town: "陇田镇", village: "浮草村", head: "吴亚六", sep: "　", members: [M("吴亚六", "户主", "19470214", 135, "无劳动力（老年人）", "—", false, null)] });
  hh.push({
    town: "陇田镇",
    village: "田心村",
    head: "马振华",
    sep: "　",
    members: [
      M("马振华", "户主", "19750827", 417, "普通劳动力", "县内务工（峡山街道）", true, false),
      M("杨淑贞", "配偶", "19780311", 528, "普通劳动力", "在家务农", true, false),
      M("马梓轩", "之子", null, 0, "无劳动力（学龄前儿童）", "—", false, null, { noIdText: "（新生儿，未办证）" }),
    ],
  });
  hh.push({
    town: "雷岭镇",
    village: "南陇村",
    head: "蔡亚强",
    sep: "　",
    members: [
      M("蔡亚强", "户主", "19710630", 119, "普通劳动力", "外出务工（省内县外·广州）", true, true),
      M("庄玉兰", "配偶", "19730912", 240, "普通劳动力", "外出务工（省内县外·广州）", true, true),
      M("蔡伟杰", "之子", "19980102", 335, "技能劳动力", "在家（带货主播）", true, false),
      M("蔡秀卿", "之母", "19440720", 462, "丧失劳动力", "—", false, null),
    ],
  });
  hh.push({
    town: "雷岭镇",
    village: "南陇村",
    head: "李炳炎",
    sep: "，",
    members: [
      M("李炳炎", "户主", "19600118", 177, "普通劳动力", "在家务农", true, false, { wantX: true }),
      M("李晓丹", "之女", "19960505", 284, "普通劳动力", "外出务工（省外·上海）", true, true),
    ],
  });
  hh.push({
    town: "雷岭镇",
    village: "东山村",
    head: "郭亚平",
    sep: "　",
    members: [M("郭亚平", "户主", "19580925", 153, "普通劳动力", "在家务农", true, false), M("陈月娥", "配偶", "19610303", 264, "无劳动力（病残）", "—", false, null)],
  });
  hh.push({
    town: "雷岭镇",
    village: "东山村",
    head: "郭振兴",
    sep: "　",
    members: [
      M("郭振兴", "户主", "19850412", 379, "普通劳动力", "县内务工（雷岭镇茶厂）", true, false),
      M("许少琼", "配偶", "19870826", 482, "普通劳动力", "在家务农", true, false),
      M("郭思琪", "之女", "20120607", 520, "无劳动力（在校生）", "—", false, null),
    ],
  });
  hh.push({
    town: "雷岭镇",
    village: "高堂村",
    head: "黄大木",
    sep: "　",
    members: [
      M("黄大木", "户主", "19660206", 195, "技能劳动力", "外出务工（省外·福建）", true, true),
      M("黄丽萍", "之女", "19920913", 220, "普通劳动力", "在家务农", true, false),
    ],
  });

  const circled = "①②③④⑤⑥⑦⑧⑨";
  const pRows = [];
  const pMerges = [];
  pRows.push(["潮南区建档立卡贫困户“两不愁三保障”入户核查表（陇田镇、雷岭镇节选）"]);
  pMerges.push("A1:I1");
  pRows.push(["核查单位：潮南区乡村振兴局　　核查时间：2021年7月5日—16日　　说明：家庭成员按“姓名 与户主关系 身份证号码 劳动能力 务工状况”顺序逐行填写"]);
  pMerges.push("A2:I2");
  pRows.push(["序号", "镇", "村", "户主", "家庭人口（人）", "家庭成员及劳动力、务工情况", "两不愁三保障核查结论", "核查人", "核查日期"]);
  const poorRecords = [];
  const checkDates = ["2021.7.5", "2021.7.5", "2021.7.6", "2021.7.6", "2021.7.7", "2021.7.12", "2021.7.12", "2021.7.15", "2021.7.15", "2021.7.16"];
  hh.forEach((h, i) => {
    const lines = h.members.map((m, k) => circled[k] + [m.name, m.rel, m.written, m.labourText, m.workText].join(h.sep));
    pRows.push([i + 1, h.town, h.village, h.head, h.members.length, lines.join("\n"), "达标（已脱贫）", i < 5 ? "陈×× 林××" : "蔡×× 许××", checkDates[i]]);
    for (const m of h.members) poorRecords.push({ id: m.id, labour: m.labour, migrant: m.migrant });
  });
  const totalPersons = sum(hh.map((h) => h.members.length));
  pRows.push(["合计", null, null, `${hh.length}户`, totalPersons, null, null, null, null]);
  pMerges.push(`A${pRows.length}:C${pRows.length}`);
  pRows.push([
    "注：劳动能力按国扶系统口径（普通劳动力、技能劳动力为有劳动能力；无劳动力、丧失劳动力为无劳动能力）；务工状况“外出务工”指到潮南区以外务工，区内、县内务工和公益性岗位不属外出务工。",
  ]);
  pMerges.push(`A${pRows.length}:I${pRows.length}`);
  const poorSheet = sheet(
    "入户核查表",
    pRows.map((r) => {
      const o = r.slice();
      while (o.length < 9) o.push(null);
      return o;
    }),
    pMerges,
  );

  // self-checks on persons
  eq(poorRecords.length, 25, "潮南 核查表人数");
  eq(poorRecords.filter((p) => p.labour === true && p.migrant === false).length, 12, "潮南 有劳动能力且未外出务工");
  eq(poorRecords.filter((p) => p.id === null).length, 1, "潮南 无身份证号的成员");
  assert(poorRecords.filter((p) => p.id && p.id.endsWith("X")).length === 2, "潮南 末位X的身份证号（其中一个写成小写x）");
  assert(
    pRows.some((r) => typeof r[5] === "string" && /\d{17}x/.test(r[5])),
    "潮南 有一个小写x",
  );

  const infoSheet = sheet("说明", [
    ["说明"],
    ["1. 本区专项资金拨付没有另建逐笔台账。财务股按付款批次把请款函、发票、验收单和国库支付回单扫描归档，本目录是扫描软件按文件夹导出的文件清单。"],
    ["2. 拨付日期和金额以“支付回单”文件名中的日期、金额为准（文件名格式：付款日期_支付回单_用途_金额）；同一张回单重扫的只算一次（见备注）。"],
    ["3. 贫困人口情况以区乡村振兴局2021年7月《两不愁三保障入户核查表》为准，本表节选陇田、雷岭两镇。"],
    ["潮南区商务局电商股　2021年9月9日"],
  ]);

  writeCase("ledgers", "b88-l1-chaonan.json", {
    description:
      "汕头市潮南区商务局电商股交的两张“代用台账”加说明页：①《专项资金拨付凭证扫描件目录》——财务股把每批付款的请款函、发票、验收单、国库支付回单扫描归档，目录是扫描软件按文件夹导出的清单（序号|所在文件夹|文件名|页数|大小|扫描日期|备注），没有金额、日期列，" +
      "拨付只看文件名里带“支付回单”的文件：日期、金额在文件名里（“20200715_支付回单_中心建设首付款_680000.00元.pdf”“2020-12-30 支付回单 中心建设进度款 ¥520,000.00.pdf”“2021.9.3_支付回单_中心运营尾款_30万元.pdf”“…_31万元.pdf”“…_365000.pdf”），请款函、发票（金额与回单相同）、验收单、汇总表都不是拨付；“…_150000.00(1).pdf”是同一张回单的重扫件（备注写明），不另算；扫描日期不是拨付日期；" +
      "记录按文件夹顺序排（不是按日期），9月3日的尾款照列。共10笔；截止日前合计3,364,500元（=67.3%，把重扫件算进去就会变成70.3%）。" +
      "②《“两不愁三保障”入户核查表》——一户一行，全家成员挤在“家庭成员及劳动力、务工情况”一格里，一人一行（①②③…），字段按“姓名 关系 身份证号 劳动能力 务工状况”顺序，多数户用全角空格分隔、两户用“，”分隔；记录＝每个家庭成员（共25人，按户、按行序）：普通/技能劳动力为有劳动能力，无劳动力（在校生/老年人/病残/学龄前儿童）、丧失劳动力为无；“外出务工（深圳/省外/省内县外）”为外出务工，“区内务工”“县内务工”“公益性岗位”“在家务农”“在家（电商创业）”不是，“—”为未填（null）；" +
      "一人身份证号末位写成小写x（按大写X），一名新生儿“（新生儿，未办证）”（id 为 null）；户主、家庭人口、合计行、核查结论和核查日期不是记录。③说明页不是台账。",
    sheets: [infoSheet, fundsSheet, poorSheet],
    expect: {
      sheets: {
        说明: { kind: null },
        凭证扫描件目录: { kind: "funds", records: fundRecords },
        入户核查表: { kind: "poorPersons", records: poorRecords },
      },
    },
  });
}
CASES.push(caseL1Chaonan);

// ---------------------------------------------------------------------------
// l2 河源市东源县 — ①站点星级评定得分汇总表当站点台账（评分列是分数不是日期，摘牌站点不是站点，
// 表下另有未参评的新挂牌站点），②宣传报道“播出（刊用）证明”汇编（报道日期在证明正文里，不是落款日期）
// ---------------------------------------------------------------------------

function caseL2Dongyuan() {
  // ---- ① stations: star-rating score sheet ----
  // [town, stationName, village, openedIso, openedWritten, scores[4] | null, result, note, isStation]
  const rated = [
    ["仙塘镇", "仙塘镇红光村电商服务站", "红光村", "2020-09-18", "2020.09.18", [18, 27, 26, 17], null, null, true],
    ["仙塘镇", "仙塘镇蝉石村电商服务站", "蝉石村委会", "2020-09-18", "2020.09.18", [17, 25, 22, 16], null, null, true],
    ["仙塘镇", "仙塘镇仙塘社区电商服务站", "仙塘社区", "2020-10-15", "2020年10月15日", [16, 24, 20, 12], null, "社区站点", true],
    ["仙塘镇", "仙塘镇徐洞村电商服务站", "徐洞村", "2020-09-18", "2020.09.18", null, "摘牌", "2021年5月站点关停，已摘牌撤销，不再作为站点", false],
    ["灯塔镇", "灯塔镇灯塔村电商服务站", "灯塔村委会", "2020-10", "2020年10月", [19, 28, 27, 18], null, null, true],
    ["灯塔镇", "灯塔镇红星村电商服务站", "红星村", "2020-10", "2020年10月", [15, 22, 19, 14], null, null, true],
    ["灯塔镇", "灯塔镇下屯村电商服务站", "下屯村民委员会", "2020-11-25", "20201125", [17, 26, 24, 15], null, null, true],
    ["船塘镇", "船塘镇船塘村电商服务站", "船塘村", "2020-11-25", "20201125", [18, 27, 25, 17], null, null, true],
    ["船塘镇", "船塘镇上蓝村电商服务站", "上蓝村", "2020-12-08", "D", [14, 20, 15, 7], null, "运营业绩差，限期3个月整改", true],
    ["船塘镇", "船塘镇泥金村电商服务站", "泥金村", "2020-12-08", "D", [16, 23, 21, 15], null, null, true],
    ["顺天镇", "顺天镇顺天村电商服务站", "顺天村委会", "2021-01-06", "2021/1/6", [17, 24, 23, 16], null, null, true],
    ["顺天镇", "顺天镇沙溪村电商服务站", "沙溪村", "2021-01-06", "2021/1/6", [15, 21, 18, 11], null, null, true],
    ["顺天镇", "顺天镇黄沙村电商服务站", "黄沙村", "2021-01-06", "2021/1/6", null, "摘牌", "站点负责人外出，2021年4月已摘牌撤销，不再作为站点", false],
    ["义合镇", "义合镇义合村电商服务站", "义合村", "2021-03-19", "2021.3.19", [18, 26, 24, 18], null, null, true],
    ["义合镇", "义合镇苏家围村电商服务站", "苏家围村", "2021-03-19", "2021.3.19", [20, 29, 28, 19], null, "省级示范站点", true],
    ["义合镇", "义合镇下屯村电商服务站", "下屯村", "2021-04-23", "D", [12, 18, 14, 8], null, "义合镇下屯村，与灯塔镇下屯村不是同一个村", true],
    ["蓝口镇", "蓝口镇蓝口村电商服务站", "蓝口村委会", "2021-04-23", "D", [16, 24, 22, 17], null, null, true],
    ["蓝口镇", "蓝口镇乐村电商服务站", "乐村", "2021-05-14", "2021年5月14日", [15, 22, 20, 15], null, null, true],
    ["漳溪畲族乡", "漳溪畲族乡漳溪村电商服务站", "漳溪村", "2021-05-14", "2021年5月14日", [17, 25, 21, 18], null, "民族村", true],
    ["漳溪畲族乡", "漳溪畲族乡上洞村电商服务站", "上洞村", "2021-06-01", "2021.6.1", [13, 19, 16, 12], null, "新挂牌，运营不足1个月", true],
  ];
  const later = [
    ["上莞镇", "上莞镇仙湖村电商服务站", "仙湖村", "2021-07-16", "2021.7.16", "7月16日挂牌"],
    ["锡场镇", "锡场镇锡场村电商服务站", "锡场村委会", "2021-08-20", "D", null],
    ["新港镇", "新港镇双田村电商服务站", "双田村", "2021-09-10", "2021年9月10日", "9月新挂牌"],
  ];
  const stars = (total) => (total >= 85 ? "★★★ 三星" : total >= 75 ? "★★ 二星" : total >= 60 ? "★ 一星" : "不予评星");

  const sRows = [];
  const sMerges = [];
  sRows.push(["东源县村级电子商务服务站点星级评定得分汇总表"]);
  sMerges.push("A1:L1");
  sRows.push(["评定时间：2021年6月18日—25日　　评定单位：县商务局、县电商公共服务中心　　满分100分（三星≥85分，二星75—84分，一星60—74分，60分以下不予评星）"]);
  sMerges.push("A2:L2");
  sRows.push(["序号", "镇（乡）", "站点名称", "所在村", "挂牌时间", "评分（分）", null, null, null, "总分", "评定结果", "备注"]);
  sRows.push([null, null, null, null, null, "基础设施（20）", "服务功能（30）", "运营业绩（30）", "带贫成效（20）", null, null, null]);
  for (const c of ["A", "B", "C", "D", "E", "J", "K", "L"]) sMerges.push(`${c}3:${c}4`);
  sMerges.push("F3:I3");
  sRows.push(["一、参加本次评定的站点"]);
  sMerges.push(`A${sRows.length}:L${sRows.length}`);
  const stationRecords = [];
  let no = 0;
  let townStart = null;
  let townName = null;
  const flushTown = (endRow) => {
    if (townStart !== null && endRow > townStart) sMerges.push(`B${townStart}:B${endRow}`);
  };
  for (const s of rated) {
    no += 1;
    const rowNo = sRows.length + 1;
    let townCell = s[0];
    if (s[0] === townName) townCell = null;
    else {
      flushTown(rowNo - 1);
      townStart = rowNo;
      townName = s[0];
    }
    const written = s[4] === "D" ? D(s[3]) : s[4];
    if (s[5]) {
      const total = sum(s[5]);
      sRows.push([no, townCell, s[1], s[2], written, ...s[5], total, stars(total), s[7]]);
    } else {
      sRows.push([no, townCell, s[1], s[2], written, "—", "—", "—", "—", "—", s[6], s[7]]);
    }
    if (s[8]) stationRecords.push({ village: s[2], opened: s[3] });
  }
  flushTown(sRows.length);
  sRows.push(["二、2021年7月以后新挂牌站点（未参加本次评定）"]);
  sMerges.push(`A${sRows.length}:L${sRows.length}`);
  townName = null;
  townStart = null;
  for (const s of later) {
    no += 1;
    const written = s[4] === "D" ? D(s[3]) : s[4];
    sRows.push([no, s[0], s[1], s[2], written, "—", "—", "—", "—", "—", "未参评", s[5]]);
    stationRecords.push({ village: s[2], opened: s[3] });
  }
  const nStations = stationRecords.length;
  sRows.push([
    `合计：在册站点${nStations}个（不含已摘牌2个）；三星${rated.filter((s) => s[5] && sum(s[5]) >= 85).length}个、二星${rated.filter((s) => s[5] && sum(s[5]) >= 75 && sum(s[5]) < 85).length}个、一星${rated.filter((s) => s[5] && sum(s[5]) >= 60 && sum(s[5]) < 75).length}个、不予评星${rated.filter((s) => s[5] && sum(s[5]) < 60).length}个`,
  ]);
  sMerges.push(`A${sRows.length}:L${sRows.length}`);
  sRows.push(["注：1.挂牌时间以县商务局授牌时间为准；2.摘牌站点已撤销，不再计入村级站点；3.不予评星的站点继续运营、限期整改。"]);
  sMerges.push(`A${sRows.length}:L${sRows.length}`);
  sRows.push(["制表：县电商公共服务中心 叶××　　审核：县商务局 刘××　　2021年9月13日"]);
  sMerges.push(`A${sRows.length}:L${sRows.length}`);
  const stationSheet = sheet(
    "站点星级评定",
    sRows.map((r) => {
      const o = r.slice();
      while (o.length < 12) o.push(null);
      return o;
    }),
    sMerges,
  );

  // the 摘牌 rows keep their original 挂牌 date but are not records (checked below)
  eq(nStations, 21, "东源 在册站点数");
  eq(rated.filter((s) => !s[8]).length, 2, "东源 摘牌站点数");
  assert(
    stationRecords.every((r) => /^\d{4}-\d{2}(-\d{2})?$/.test(r.opened)),
    "东源 挂牌日期格式",
  );
  // one station rated below 60 stays a station
  assert(
    rated.some((s) => s[8] && s[5] && sum(s[5]) < 60),
    "东源 有不予评星但仍在册的站点",
  );

  // ---- ② media: certificates ----
  const certs = [
    {
      kind: "播 出 证 明",
      body: "　　兹证明：东源县商务局报送的新闻稿件《东源：电商服务站开到村民家门口》，已于2020年10月9日在东源县融媒体中心《东源新闻》栏目播出，时长1分45秒。",
      issuer: "东源县融媒体中心（盖章）",
      issued: "2020年10月12日",
      rec: { date: "2020-10-09", level: "county", tv: true },
    },
    {
      kind: "播 出 证 明",
      body: "　　兹证明：《东源板栗搭上电商快车　村民家门口卖山货》已于2020年11月20日在河源广播电视台综合频道《河源新闻联播》栏目播出。",
      issuer: "河源广播电视台新闻中心（盖章）",
      issued: "2020年11月23日",
      rec: { date: "2020-11-20", level: "city", tv: true },
    },
    {
      kind: "刊 用 证 明",
      body: "　　兹证明：《仙湖茶“触网”销全国——东源县推进电子商务进农村综合示范见闻》一文刊发于2021年1月8日《河源日报》第3版。",
      issuer: "河源日报社总编室（盖章）",
      issued: "2021年1月12日",
      rec: { date: "2021-01-08", level: "city", tv: false },
    },
    {
      kind: "刊 用 证 明",
      body: "　　兹证明：《东源：一根网线连起山区农户和大市场》一文刊发于2021年3月16日《南方日报》（河源观察）AA2版。",
      issuer: "南方日报社河源记者站（盖章）",
      issued: "2021年3月22日",
      rec: { date: "2021-03-16", level: "province", tv: false },
    },
    {
      kind: "播 出 证 明",
      body: "　　兹证明：电商扶贫典型案例报道《东源漳溪：畲乡“云上”卖山货　脱贫户增收有门路》已于2021年5月21日在广东广播电视台珠江频道《珠江新闻眼》栏目播出。",
      issuer: "广东广播电视台珠江频道（盖章）",
      issued: "2021年5月26日",
      rec: { date: "2021-05-21", level: "province", tv: true },
    },
    {
      kind: "播 出 证 明",
      body: "　　兹证明：《广东东源：农村电商助力仙湖茶走出大山》已于2021年9月3日在中央广播电视总台农业农村频道（CCTV-17）《乡村振兴资讯》栏目播出。",
      issuer: "中央广播电视总台农业农村节目中心（盖章）",
      issued: "2021年9月8日",
      rec: { date: "2021-09-03", level: "national", tv: true },
    },
  ];
  const mRows = [];
  const mMerges = [];
  const line = (text, col) => {
    const r = mRows.length + 1;
    if (col === "right") {
      mRows.push([null, null, null, text]);
      mMerges.push(`D${r}:F${r}`);
    } else {
      mRows.push([text]);
      mMerges.push(`A${r}:F${r}`);
    }
  };
  line("东源县电子商务进农村宣传报道播出（刊用）证明汇编");
  line(`（共${certs.length}份，原件存县商务局电商股，本表为录入稿；报道日期以证明正文所写的播出、刊发日期为准）`);
  mRows.push([null]);
  const mediaRecords = [];
  certs.forEach((c, i) => {
    line(`【证明${i + 1}】`);
    line(c.kind);
    line(c.body);
    line("　　特此证明。");
    line(c.issuer, "right");
    line(c.issued, "right");
    mRows.push([null]);
    mediaRecords.push(c.rec);
  });
  const mediaSheet = sheet(
    "播出刊用证明",
    mRows.map((r) => {
      const o = r.slice();
      while (o.length < 6) o.push(null);
      return o;
    }),
    mMerges,
  );
  eq(
    mediaRecords
      .filter((r) => r.date <= "2021-08-31")
      .map((r) => r.level)
      .filter((v, i, a) => a.indexOf(v) === i),
    ["county", "city", "province"],
    "东源 截止日前的报道级别",
  );

  const infoSheet = sheet("说明", [
    ["填报说明"],
    ["1. 本县村级站点情况以2021年6月星级评定得分汇总表为准，表下第二部分为7月以后新挂牌、未参加评定的站点；已摘牌站点不再作为站点。"],
    ["2. 宣传报道以媒体单位出具的播出（刊用）证明为准，证明原件另册装订。"],
    ["东源县商务局电商股　2021年9月13日"],
  ]);

  writeCase("ledgers", "b88-l2-dongyuan.json", {
    description:
      "河源市东源县商务局电商股交的两张“代用台账”加说明页：①《村级电子商务服务站点星级评定得分汇总表》当站点台账——两行表头（“评分（分）”合并在 基础设施（20）|服务功能（30）|运营业绩（30）|带贫成效（20）之上，其余列纵向合并），镇（乡）列按镇纵向合并；分项评分、总分（如88、56）和评定结果（★★★ 三星…不予评星）是评分，不是日期也不是站点数；" +
      "挂牌时间写法有“2020.09.18”、“2020年10月15日”、“2020年10月”（只到月→2020-10）、“20201125”、真日期、“2021/1/6”、“2021.3.19”；两行“摘牌”（徐洞村、黄沙村，备注写明已摘牌撤销、不再作为站点，挂牌时间栏是原授牌日）不是记录；总分56、52“不予评星”的上蓝村、义合镇下屯村站点仍在运营（限期整改），是记录；社区站点（仙塘社区）照记；" +
      "义合镇“下屯村”与灯塔镇“下屯村民委员会”是两个镇的同名村（都照记）；表下“二、2021年7月以后新挂牌站点（未参加本次评定）”三行也是站点（9月10日那个照列），合计、注、制表行不是记录；共21条。" +
      "②《宣传报道播出（刊用）证明汇编》——一份证明一块（【证明n】、证明标题、正文、“特此证明。”、落款单位、落款日期，块间空行），报道日期是正文里的播出／刊发日期（2020年10月9日等），不是落款日期（三天到一周后）；级别看出具单位：东源县融媒体中心→县级，河源广播电视台、河源日报→市级，南方日报（河源观察版）、广东广播电视台珠江频道→省级，中央广播电视总台CCTV-17→国家级；“播出证明”为电视，“刊用证明”为报纸；9月3日央视那条照记；共6条。③说明页不是台账。",
    sheets: [infoSheet, stationSheet, mediaSheet],
    expect: {
      sheets: {
        说明: { kind: null },
        站点星级评定: { kind: "stations", records: stationRecords },
        播出刊用证明: { kind: "media", records: mediaRecords },
      },
    },
  });
}
CASES.push(caseL2Dongyuan);

// ---------------------------------------------------------------------------
// c1 湛江市遂溪县 — 整本工作簿；事实和自评分在《局长口袋卡》里（正面速记底数、反面自评分）
// ---------------------------------------------------------------------------

function caseC1Suixi() {
  const CUT = "2021-08-31";
  const REG = "440823"; // 遂溪县

  // ---------------- data ----------------
  const towns = [
    ["遂城镇", ["新桥", "东门", "高山", "后坡", "山家", "岭头", "四甲", "南门"], ["城东社区居委会", "城西社区居委会"]],
    ["黄略镇", ["黄略", "百里", "新村", "石门", "樟山", "大草", "军营", "吴村"], []],
    ["洋青镇", ["洋青", "北潭", "苏二", "苏一", "坡尾", "沙坡", "田头", "平岭"], ["洋青社区居委会"]],
    ["城月镇", ["城月", "高坡", "昌岭", "塘头", "南亭", "麻演", "高园", "路墩"], []],
    ["乌塘镇", ["乌塘", "水流", "牛牯", "南兴", "那毛", "平石", "敦文", "文车"], ["乌塘社区居委会"]],
    ["岭北镇", ["岭北", "旧县", "龙湾", "巴东", "排坡", "调军", "高岭", "殷垌"], []],
  ];
  const poorSet = new Set(["后坡", "樟山", "北潭", "坡尾", "麻演", "那毛", "文车", "巴东"]);
  const noExpress = new Set(["殷垌"]);
  const villages = []; // {town, name, admin, poor, express}
  for (const [town, vs, comms] of towns) {
    for (const v of vs) villages.push({ town, base: v, name: v + "村委会", admin: true, poor: poorSet.has(v), express: !noExpress.has(v) });
    for (const c of comms) villages.push({ town, base: c.replace(/居委会$/, ""), name: c, admin: false, poor: null, express: null });
  }

  // stations: [town, village as written, opened iso, written style, note]
  const uncovered = new Set(["南门", "四甲", "吴村", "军营", "大草", "平岭", "田头", "路墩", "高园", "平石", "敦文", "高岭", "殷垌", "调军"]);
  const variant = { 东门: "东门村民委员会", 石门: "石门村", 沙坡: "沙坡村民委员会", 昌岭: "昌岭村", 旧县: "旧县村", 水流: "水流村" };
  const styles = ["date", "dot", "cn", "slash", "num8", "dot2"];
  const stationDates = [
    "2020-06-18",
    "2020-06-18",
    "2020-07-09",
    "2020-07-09",
    "2020-08-20",
    "2020-08-20",
    "2020-09-17",
    "2020-09-17",
    "2020-09-17",
    "2020-10-22",
    "2020-10-22",
    "2020-11-12",
    "2020-11-12",
    "2020-11-12",
    "2020-12-03",
    "2020-12-03",
    "2020-12-03",
    "2021-01-14",
    "2021-01-14",
    "2021-01-14",
    "2021-03-11",
    "2021-03-11",
    "2021-03-11",
    "2021-04-15",
    "2021-04-15",
    "2021-04-15",
    "2021-05-20",
    "2021-05-20",
    "2021-05-20",
    "2021-06-24",
    "2021-06-24",
    "2021-07-22",
    "2021-08-31",
    "2021-07-22",
  ];
  const stations = [];
  let di = 0;
  for (const [town, vs, comms] of towns) {
    for (const v of vs) {
      if (uncovered.has(v)) continue;
      const iso = stationDates[di];
      stations.push({
        town,
        name: `${town}${v}村电商服务站`,
        village: variant[v] || (v === "新村" ? "新村村委会" : v + "村委会"),
        opened: iso,
        style: styles[di % styles.length],
        note: poorSet.has(v) ? "省定贫困村" : null,
      });
      di += 1;
      if (v === "新桥") stations.push({ town, name: "遂城镇新桥村第二服务点（圩镇）", village: "新桥村", opened: "2021-02-25", style: "dot", note: "同村第二个站点" });
      if (v === "岭头") stations.push({ town, name: "遂城镇城东社区电商服务站", village: "城东社区", opened: "2021-03-30", style: "cn", note: "社区站点" });
    }
    if (town === "岭北镇") {
      stations.push({ town, name: "岭北镇高岭村电商服务站", village: "高岭村委会", opened: "2021-09-08", style: "dot", note: "9月新挂牌" });
      stations.push({ town: "岭北镇", name: "火炬农场第五队电商服务点", village: "火炬农场", opened: "2021-04-15", style: "dot", note: "农场服务点" });
    }
  }
  assert(di === stationDates.length, "遂溪 站点日期用完 " + di + "/" + stationDates.length);
  // the 巴东 (poor) station is the one on the cut-off day
  assert(stations.find((s) => s.village === "巴东村委会").opened === CUT, "遂溪 巴东站点在截止日当天");

  // training sessions (普及培训，不含专场)
  const sessions = [
    [1, "2020-09-18", "dot", "县电商公共服务中心", "电子商务基础知识普及", 320],
    [2, "2020-10-16", "cn", "黄略镇党群服务中心", "网店开设与运营", "２８６"],
    [3, "2020-11-12", "date", "县电商公共服务中心", "短视频拍摄与剪辑", 305],
    [4, "2020-12-10", "dot", "洋青镇党群服务中心", "农产品包装与品牌", 298],
    [5, "2021-01-14", "date", "县电商公共服务中心", "直播带货实操", 276],
    [6, "2021-03-19", "range", "城月镇党群服务中心", "火龙果电商营销（两天班）", 412],
    [7, "2021-04-08", "dot", "县电商公共服务中心", "社群营销", 330],
    [8, "2021-04-22", "cn", "乌塘镇党群服务中心", "网店客服与售后", "312人次"],
    [9, "2021-05-13", "date", "县电商公共服务中心", "农村电商政策解读", 345],
    [10, "2021-05-27", "dot", "岭北镇党群服务中心", "电商物流与冷链", 296],
    [11, "2021-06-10", "date", "县电商公共服务中心", "直播带货进阶", 318],
    [12, "2021-06-24", "dot", "遂城镇党群服务中心", "北运菜网络销售", 301],
    [13, "2021-07-08", "cn", "县电商公共服务中心", "电商数据分析", 334],
    [14, "2021-07-22", "date", "黄略镇党群服务中心", "短视频带货", 327],
    [15, "2021-08-12", "dot", "县电商公共服务中心", "电商创业辅导", 291],
    [16, "2021-08-26", "cn", "洋青镇党群服务中心", "番薯产品网销", 225],
    [17, "2021-09-09", "dot", "县电商公共服务中心", "秋季直播带货训练营", 380],
  ];
  const ptNum = (v) =>
    typeof v === "number"
      ? v
      : Number(
          String(v)
            .replace(/[０-９]/g, (d) => FW_DIGITS.indexOf(d))
            .replace(/人次$/, ""),
        );

  // poor persons (30): [town, village, name, sex, birth, labourText, labour, workText, migrant]
  const poorDefs = [
    ["黄略镇", "樟山村", "陈亚福", "男", "19660312", "普通劳动力", true, "在家务农", false],
    ["黄略镇", "樟山村", "吴秀英", "女", "19690805", "普通劳动力", true, "在家务农", false],
    ["黄略镇", "樟山村", "陈国强", "男", "19900217", "技能劳动力", true, "县内务工", false],
    ["黄略镇", "樟山村", "陈伟明", "男", "19940921", "普通劳动力", true, "外出务工（省外）", true],
    ["黄略镇", "樟山村", "梁玉珍", "女", "19420416", "丧失劳动力", false, "—", null],
    ["黄略镇", "樟山村", "黄德胜", "男", "19710528", "普通劳动力", true, "公益性岗位", false],
    ["洋青镇", "北潭村", "林桂兰", "女", "19730604", "普通劳动力", true, "在家务农", false],
    ["洋青镇", "北潭村", "林海生", "男", "19680130", "普通劳动力", true, "在家务农", false],
    ["洋青镇", "北潭村", "李春燕", "女", "19860711", "普通劳动力", true, "县内务工", false],
    ["洋青镇", "北潭村", "林志坚", "男", "19920103", "技能劳动力", true, "外出务工（省内县外）", true],
    ["洋青镇", "坡尾村", "杨亚妹", "女", "19500909", "无劳动力", false, "—", null],
    ["洋青镇", "坡尾村", "杨德华", "男", "19750822", "普通劳动力", true, "在家务农", false],
    ["洋青镇", "坡尾村", "庞少芳", "女", "19780415", "普通劳动力", true, "在家务农", false],
    ["城月镇", "麻演村", "何文辉", "男", "19700707", "普通劳动力", true, "县内务工", false],
    ["城月镇", "麻演村", "何丽娟", "女", "19950318", "普通劳动力", true, "外出务工（省外）", true],
    ["城月镇", "麻演村", "邓秀琼", "女", "19460225", "丧失劳动力", false, "—", null],
    ["城月镇", "麻演村", "何志明", "男", "19830512", "普通劳动力", true, "在家务农", false],
    ["乌塘镇", "那毛村", "全亚二", "男", "19620819", "普通劳动力", true, "在家务农", false],
    ["乌塘镇", "那毛村", "全月娇", "女", "19650114", "普通劳动力", true, "在家务农", false],
    ["乌塘镇", "那毛村", "全春生", "男", "19480630", "无劳动力", false, "—", null],
    ["乌塘镇", "文车村", "钟伟雄", "男", "19770403", "技能劳动力", true, "公益性岗位", false],
    ["乌塘镇", "文车村", "钟小梅", "女", "19990929", "普通劳动力", true, "外出务工（省内县外）", true],
    ["乌塘镇", "文车村", "郑桂香", "女", "19730720", "普通劳动力", true, "在家务农", false],
    ["岭北镇", "巴东村", "莫振华", "男", "19690611", "普通劳动力", true, "在家务农", false],
    ["岭北镇", "巴东村", "莫丽萍", "女", "19720108", "普通劳动力", true, "县内务工", false],
    ["岭北镇", "巴东村", "莫家乐", "男", "20050406", "无劳动力（在校生）", false, "—", null],
    ["岭北镇", "巴东村", "谭亚四", "男", "19800915", "普通劳动力", true, "外出务工（省外）", true],
    ["遂城镇", "后坡村", "王秀珍", "女", "19740302", "普通劳动力", true, "在家务农", false],
    ["遂城镇", "后坡村", "王建新", "男", "19810827", "普通劳动力", true, "在家务农", false],
    ["遂城镇", "后坡村", "陈玉梅", "女", "19730511", "普通劳动力", true, "在家务农", false],
  ];
  const persons = poorDefs.map((p, i) => {
    const sexOdd = p[3] === "男";
    // choose a sequence number with the right sex digit; person index 6 (林桂兰) gets an ID ending in X
    let id = null;
    for (let q = 100 + i * 7; q < 999; q++) {
      if ((q % 2 === 1) !== sexOdd) continue;
      const cand = makeId(REG, p[4], q);
      if ((i === 6) === cand.endsWith("X")) {
        id = cand;
        break;
      }
    }
    assert(id, "id for " + p[2]);
    return { town: p[0], village: p[1], name: p[2], sex: p[3], id, labourText: p[5], labour: p[6], workText: p[7], migrant: p[8] };
  });
  const eligible = persons.filter((p) => p.labour && p.migrant === false);
  eq(eligible.length, 20, "遂溪 有劳动能力且未外出务工的贫困人口");
  assert(persons[6].id.endsWith("X"), "遂溪 林桂兰身份证末位X");

  // special sign-in sessions (贫困户专场)
  const byName = (n) => {
    const p = persons.find((x) => x.name === n);
    assert(p, n);
    return p;
  };
  const outsiders = [
    ["黄家豪", "19880301", "黄略镇百里村"],
    ["冯丽清", "19790722", "洋青镇苏二村"],
    ["曾志勇", "19850916", "城月镇高坡村"],
    ["劳秀娟", "19910405", "城月镇昌岭村"],
    ["苏海燕", "19870212", "乌塘镇南兴村"],
    ["谢国平", "19760628", "乌塘镇水流村"],
    ["梁晓玲", "19930810", "乌塘镇牛牯村"],
    ["蔡德明", "19820119", "岭北镇龙湾村"],
    ["邓美华", "19890517", "岭北镇排坡村"],
  ].map((o, i) => ({ name: o[0], id: makeIdWith(REG, o[1], 300 + i * 11, false), place: o[2], outsider: true }));
  const P = (n) => {
    const p = byName(n);
    return { name: p.name, id: p.id, place: p.town + p.village };
  };
  const O = (k) => ({ name: outsiders[k].name, id: outsiders[k].id, place: outsiders[k].place });
  // eligible trained before cut-off: 14 distinct
  const signSessions = [
    {
      title: "第一场",
      iso: "2020-11-26",
      week: "星期四",
      place: "黄略镇党群服务中心",
      topic: "农产品网店开设与运营",
      people: [P("陈亚福"), P("吴秀英"), P("陈国强"), P("黄德胜"), O(0), P("陈伟明"), P("林海生")],
    },
    {
      title: "第二场",
      iso: "2021-03-25",
      week: "星期四",
      place: "洋青镇党群服务中心",
      topic: "手机拍摄与短视频",
      people: [P("林桂兰"), P("李春燕"), P("杨德华"), P("庞少芳"), O(1), P("杨亚妹")],
    },
    {
      title: "第三场",
      iso: "2021-06-17",
      week: "星期四",
      place: "城月镇党群服务中心",
      topic: "直播带货入门",
      people: [P("何文辉"), P("何志明"), P("全亚二"), P("陈国强"), O(2), O(3)],
    },
    { title: "第四场", iso: "2021-08-19", week: "星期四", place: "乌塘镇党群服务中心", topic: "海产品网销", people: [P("全月娇"), P("钟伟雄"), O(4), O(5), O(6)] },
    { title: "第五场", iso: "2021-09-16", week: "星期四", place: "岭北镇党群服务中心", topic: "火龙果直播销售", people: [P("郑桂香"), P("莫振华"), O(7), O(8)] },
  ];
  // enterprises
  const ent = [
    ["湛江遂溪农品汇电子商务有限公司", "91440823MA4X7K2B1N", "平台型电商企业", "2020-10-20", "dot", null, null],
    ["遂溪县火龙果优选网络科技有限公司", "91440823MA4X7L3C2P", "销售型（网店）", "2020-10-20", "dot", null, null],
    ["中国邮政速递物流股份有限公司遂溪县分公司", "91440823MA4X7M4D3Q", "物流企业（快递）", "2020-11-02", "date", null, null],
    ["遂溪县甜甜蔗电子商务有限公司", "91440823MA4X7N5E4R", "销售型", "2020-11-18", "cn", null, null],
    ["湛江市云帆电商运营服务有限公司", "91440823MA4X7P6F5T", "电商运营商（代运营）", "2020-12-01", "dot", null, null],
    ["遂溪县北运菜供应链管理有限公司", "91440823MA4X7Q7G6U", "物流企业（冷链仓储）", "2020-12-18", "date", null, null],
    ["遂溪县醒狮文化传媒有限公司", "91440823MA4X7R8H7W", "直播电商", "2021-01-08", "dot", null, null],
    ["遂溪县番薯哥农业科技有限公司", "91440823MA4X7T9J8X", "销售型（网店）", "2021-01-08", "dot", null, null],
    ["遂溪县城月镇农民专业合作社联合社", "93440823MA4X7U0K9Y", "农民专业合作社", "2021-02-03", "cn", null, null],
    ["湛江市遂溪县好果网络科技有限公司", "91440823MA4X7W1L0A", "销售型（网店）", "2021-03-01", "dot", null, null],
    ["遂溪县乐民海产电子商务有限公司", "91440823MA4X7X2M1B", "销售型", "2021-03-15", "dot", "2021-05-20", "经营不善退出"],
    ["湛江市速递通物流有限公司遂溪分公司", "91440823MA4X7Y3N2C", "物流企业（快递）", "2021-03-22", "date", null, null],
    ["遂溪县橙心优选商贸有限公司", "91440823MA4X7Z4P3D", "平台型（社区团购）", "2021-04-06", "dot", null, null],
    ["遂溪县青创电商孵化服务有限公司", "91440823MA4X805Q4E", "电商运营商", "2021-04-19", "cn", null, null],
    ["遂溪县洋青红薯专业合作社", "93440823MA4X816R5F", "农民专业合作社", "2021-05-10", "dot", null, null],
    ["湛江市遂溪县甘蔗林网络科技有限公司", "91440823MA4X827T6G", "销售型", "2021-05-26", "dot", "2021-08-31", "8月31日合同到期退出"],
    ["遂溪县岭北火龙果电子商务有限公司", "91440823MA4X838U7H", "销售型（网店）", "2021-06-07", "date", null, null],
    ["遂溪县乌塘渔家电子商务有限公司", "91440823MA4X849W8J", "销售型（网店）", "2021-07-01", "dot", null, null],
    ["遂溪县好果农业发展有限公司", "91440823MA4X7W1L0A", "销售型（网店）", "2021-06-15", "dot", null, "原“湛江市遂溪县好果网络科技有限公司”更名，同一企业"],
    ["遂溪县港门海鲜直播有限公司", "91440823MA4X85AX9K", "直播电商", "2021-08", "month", null, "入驻时间只记到月"],
    ["湛江市遂溪县惠农通平台科技有限公司", "91440823MA4X86BY0L", "平台型电商企业", "2021-07-20", "cn", null, null],
    ["遂溪县黄略米业电子商务有限公司", "91440823MA4X87CZ1M", "销售型", "2021-08-16", "dot", null, null],
    ["湛江市遂溪县鲜果达物流有限公司", "91440823MA4X88D02N", "物流企业", "2021-09-06", "dot", null, "9月新入驻"],
  ];
  // funds (元)
  const funds = [
    ["2020-06-30", "dot", "县电商公共服务中心建设首付款", "湛江市云帆电商运营服务有限公司", "600,000.00"],
    ["2020-09-25", "date", "第一批村级站点建设", "中国邮政集团有限公司遂溪县分公司", 480000],
    ["2020-11-20", "dot", "农村物流配送体系建设", "湛江市速递通物流有限公司", "350,000.00"],
    ["2020-12-28", "cn", "县电商公共服务中心建设进度款", "湛江市云帆电商运营服务有限公司", 500000],
    ["2021-01-29", "dot", "电商培训服务（一期）", "遂溪县职业技术培训中心", "260,000.00"],
    ["2021-03-31", "date", "第二批村级站点建设", "中国邮政集团有限公司遂溪县分公司", 420000],
    ["2021-04-28", "dot", "农产品溯源系统建设", "湛江链上农业科技有限公司", "186,000.00"],
    ["2021-05-31", "dot", "电商产业园整合提升", "遂溪县城市投资有限公司", 300000],
    ["2021-06-30", "cn", "电商培训服务（二期）", "遂溪县职业技术培训中心", "240,000.00"],
    ["2021-07-30", "dot", "区域公共品牌推广", "湛江市醒狮文化传播有限公司", 210000],
    ["2021-08-27", "date", "第三批村级站点建设", "中国邮政集团有限公司遂溪县分公司", "280,000.00"],
    ["2021-09-07", "dot", "县电商公共服务中心运营尾款", "湛江市云帆电商运营服务有限公司", "400,000.00"],
  ];
  const amt = (v) => (typeof v === "number" ? v : Number(String(v).replace(/,/g, "")));
  // monthly reports to 湛江市商务局
  const reports = [
    ["2020-09-10", "date", "8月份工作进展", "否"],
    ["2020-10-12", "dot", "9月份工作进展及电商扶贫统计", "是"],
    ["2020-11-10", "dot", "10月份工作进展及电商扶贫统计", "是"],
    ["2020-12-10", "cn", "11月份工作进展及电商扶贫统计", "是"],
    ["2021-01-11", "dot", "12月份工作进展及电商扶贫统计", "是"],
    ["2021-02-08", "date", "1月份工作进展及电商扶贫统计", "是"],
    ["2021-03-10", "dot", "2月份工作进展及电商扶贫统计", "是"],
    ["2021-04-12", "dot", "3月份工作进展及电商扶贫统计", "是"],
    ["2021-05-10", "cn", "4月份工作进展及电商扶贫统计", "是"],
    ["2021-06-10", "dot", "5月份工作进展及电商扶贫统计", "是"],
    ["2021-07-12", "date", "6月份工作进展及电商扶贫统计", "是"],
    ["2021-08-10", "dot", "7月份工作进展及电商扶贫统计", "是"],
    ["2021-09-10", "dot", "8月份工作进展及电商扶贫统计", "是"],
  ];
  // disclosures (专栏更新)
  const disclosures = [
    ["2020-04-20", "dot", "遂溪县电子商务进农村综合示范县创建工作方案", "创建方案"],
    ["2020-06-10", "dot", "遂溪县电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-09-15", "date", "8月份项目建设进度公示", "建设进度"],
    ["2020-10-14", "dot", "9月份项目建设进度公示", "建设进度"],
    ["2020-11-16", "dot", "10月份项目建设进度公示", "建设进度"],
    ["2020-12-15", "cn", "11月份项目建设进度公示", "建设进度"],
    ["2021-01-15", "dot", "12月份项目建设进度公示", "建设进度"],
    ["2021-02-26", "date", "1月份项目建设进度公示", "建设进度"],
    ["2021-03-31", "dot", "2月份、3月份项目建设进度公示", "建设进度"],
    ["2021-05-06", "dot", "4月份项目建设进度公示", "建设进度"],
    ["2021-06-15", "cn", "5月份项目建设进度公示", "建设进度"],
    ["2021-07-15", "dot", "6月份项目建设进度公示", "建设进度"],
    ["2021-08-16", "date", "7月份项目建设进度公示", "建设进度"],
    ["2021-09-15", "dot", "8月份项目建设进度公示", "建设进度"],
  ];
  // media: [iso, style, outlet, levelText, form, title, case, level, tv]
  const media = [
    ["2020-10-22", "dot", "遂溪县融媒体中心《遂溪新闻》", "县级", "电视", "遂溪：村级电商服务站开进乡村", "否", "county", true],
    ["2020-12-15", "cn", "湛江日报", "市级", "报纸", "遂溪火龙果搭上电商快车", "否", "city", false],
    ["2021-03-09", "date", "南方日报", "省级", "报纸", "遂溪：电商进村　农货出山", "否", "province", false],
    ["2021-06-22", "dot", "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "遂溪脱贫户直播卖火龙果", "是", "province", true],
    ["2021-07-14", "dot", "湛江电视台《湛江新闻》", "市级", "电视", "遂溪北运菜“触网”销全国", "否", "city", true],
    ["2021-09-05", "dot", "中央广播电视总台农业农村频道", "中央级", "电视", "广东遂溪：电商助农增收", "是", "national", true],
  ];
  const materials = [
    ["2021-04-16", "dot", "遂溪县推进电子商务进农村综合示范工作经验材料", "湛江市商务局"],
    ["2021-09-03", "dot", "遂溪县电商扶贫典型案例材料", "湛江市商务局"],
  ];

  // ---------------- mini scorer (re-derives every point from the data above) ----------------
  const norm = (n) => n.replace(/(村民委员会|村委会|居民委员会|居委会|社区|村)$/, "");
  const admin = villages.filter((v) => v.admin);
  const adminByBase = new Map(admin.map((v) => [v.base, v]));
  const covered = new Set();
  for (const s of stations) {
    if (s.opened > CUT) continue;
    const v = adminByBase.get(norm(s.village));
    if (v) covered.add(v.base);
  }
  const poorAdmin = admin.filter((v) => v.poor);
  const coveredPoor = poorAdmin.filter((v) => covered.has(v.base));
  eq(admin.length, 48, "遂溪 行政村数");
  eq(villages.filter((v) => !v.admin).length, 4, "遂溪 社区数");
  eq(covered.size, 34, "遂溪 有站点的行政村");
  eq(poorAdmin.length, 8, "遂溪 省定贫困村");
  eq(coveredPoor.length, 8, "遂溪 有站点的贫困村");
  assert(covered.size * 100 >= 70 * 48, "遂溪 覆盖率≥70%");
  // without unifying 村民委员会/村 spellings, coverage would drop below 70%
  const strict = new Set(
    stations
      .filter((s) => s.opened <= CUT)
      .map((s) => s.village)
      .filter((n) => admin.some((v) => v.name === n)),
  );
  assert(strict.size * 100 < 70 * 48, "遂溪 不统一村名写法时覆盖率应低于70%");
  const coveragePts =
    (covered.size * 100 >= 70 * 48 ? 5 : covered.size * 100 >= 50 * 48 ? 2 : 0) +
    (coveredPoor.length === poorAdmin.length ? 5 : coveredPoor.length * 100 >= 80 * poorAdmin.length ? 3 : 0);

  const sessionsBefore = sessions.filter((s) => s[1] <= CUT);
  const sessionPT = sum(sessionsBefore.map((s) => ptNum(s[5])));
  const signBefore = signSessions.filter((s) => s.iso <= CUT);
  const signPT = sum(signBefore.map((s) => s.people.length));
  eq(sessionPT, 4976, "遂溪 普及培训截止日前人次");
  eq(signPT, 24, "遂溪 专场签到截止日前人次");
  const base = Math.min(887000, 500000);
  const pt = sessionPT + signPT;
  eq(pt, 5000, "遂溪 培训人次合计");
  const ptPts = pt * 100 >= base * 1 ? 10 : pt * 1000 >= base * 8 ? 8 : pt * 1000 >= base * 6 ? 6 : 0;
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const trained = new Set();
  for (const s of signBefore) for (const p of s.people) if (eligibleIds.has(p.id)) trained.add(p.id);
  eq(trained.size, 14, "遂溪 参训的有劳动能力贫困人口");
  const rate100 = trained.size * 100; // vs eligible.length
  const poorPts = rate100 >= 50 * eligible.length ? 10 : rate100 >= 40 * eligible.length ? 8 : rate100 >= 30 * eligible.length ? 6 : 0;
  const bonusPoor = rate100 >= 70 * eligible.length ? 2 : 0;

  const inPark = new Map();
  for (const e of ent) {
    const enteredOk = e[3] <= CUT.slice(0, e[3].length);
    const notLeft = !e[5] || e[5] >= CUT;
    if (enteredOk && notLeft) inPark.set(e[1], e);
  }
  eq(inPark.size, 20, "遂溪 截止日在园企业（按信用代码去重）");
  const typeOf = (t) =>
    /平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|代运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t;
  const types = new Set([...inPark.values()].map((e) => typeOf(e[2])));
  assert(types.size >= 3, "遂溪 企业类型≥3");
  const centerPts = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);

  const expressAll = admin.every((v) => v.express);
  const upwardPts = 2 + 2 + 1 + (expressAll ? 1 : 0) + 1 + (Math.round((19.2 / 14.6 - 1) * 1000) >= 300 ? 2 : 0);

  const months = [];
  for (let y = 2020, m = 9; !(y === 2021 && m === 9); m === 12 ? (y++, (m = 1)) : m++) months.push(`${y}-${pad2(m)}`);
  eq(months.length, 12, "遂溪 近一年月份");
  const monthsWith = (isos) => months.filter((mm) => isos.some((d) => d.startsWith(mm))).length;
  const discMonths = monthsWith(disclosures.map((d) => d[0]));
  eq(discMonths, 11, "遂溪 专栏有更新的月份（缺2021年4月）");
  const disclosurePts = 2 + (discMonths === 12 ? 2 : discMonths > 0 ? 1 : 0);
  const repMonths = monthsWith(reports.map((r) => r[0]));
  eq(repMonths, 12, "遂溪 月报报送月份");
  const reportingPts = (repMonths === 12 ? 3 : repMonths > 0 ? 1 : 0) + 3;
  const casesPts = materials.some((m) => m[0] <= CUT) ? 2 : 0;
  const levels = new Set(media.filter((m) => m[0] <= CUT).map((m) => m[7]));
  const mediaPts = (levels.has("national") || levels.has("province") ? 4 : 0) + (levels.has("city") ? 3 : 0) + (levels.has("county") ? 1 : 0);
  const tvCase = media.filter((m) => m[0] <= CUT && m[6] === "是" && m[8]);
  const bonusTv = tvCase.some((m) => m[7] === "national") ? 2 : tvCase.some((m) => m[7] === "province") ? 1 : 0;
  const spent = sum(funds.filter((f) => f[0] <= CUT).map((f) => amt(f[4])));
  eq(spent, 3826000, "遂溪 截止日前拨付");
  const spendingPts = spent * 100 >= 70 * 5000000 ? 4 : -5;

  const points = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 2,
    "org.management": 3,
    "work.center": centerPts,
    "work.coverage": coveragePts,
    "work.upward": upwardPts,
    "work.training": ptPts + poorPts,
    "info.disclosure": disclosurePts,
    "info.reporting": reportingPts,
    "promo.cases": casesPts,
    "promo.media": mediaPts,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": spendingPts,
    "bonus.poorTraining": bonusPoor,
    "bonus.tvCase": bonusTv,
    "veto.incident": 0,
    "veto.progress": 0,
    "veto.fraud": 0,
  };
  // hand-derived expectations (see derivation) — the scorer must agree
  eq(
    points,
    {
      "org.leadership": 2,
      "org.plan": 2,
      "org.policy": 2,
      "org.management": 3,
      "work.center": 14,
      "work.coverage": 10,
      "work.upward": 8,
      "work.training": 20,
      "info.disclosure": 3,
      "info.reporting": 6,
      "promo.cases": 2,
      "promo.media": 8,
      "fund.system": 5,
      "fund.ledger": 4,
      "fund.spending": 4,
      "bonus.poorTraining": 2,
      "bonus.tvCase": 1,
      "veto.incident": 0,
      "veto.progress": 0,
      "veto.fraud": 0,
    },
    "遂溪 points",
  );

  CASE_C1_DATA = { CUT, towns, villages, stations, sessions, signSessions, persons, outsiders, ent, funds, amt, ptNum, reports, disclosures, media, materials, points };
}
let CASE_C1_DATA = null;
CASES.push(caseC1Suixi);

function caseC1SuixiWrite() {
  const X = CASE_C1_DATA;
  assert(X, "遂溪 data built");
  const fmt = (iso, style) => (style === "month" ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月` : FMT[style](iso));
  const padTo = (rows, w) =>
    rows.map((r) => {
      const o = r.slice();
      while (o.length < w) o.push(null);
      return o;
    });
  const phone = (i) => "13" + String(8020000000 + (i + 1) * 7919317).slice(0, 9);

  // ---- 目录 ----
  const toc = [
    ["遂溪县电子商务进农村综合示范县考评资料目录"],
    ["序号", "工作表", "内容"],
    [1, "局长口袋卡", "考评底数速记（正面）及自评分（反面）"],
    [2, "附1 村居名单", "行政村、社区居委会名单（含省定贫困村、快递进村）"],
    [3, "附2 站点清单", "村级电子商务服务站点清单"],
    [4, "附3 普及培训", "电子商务普及培训登记（不含贫困户专场）"],
    [5, "附4 专场签到", "建档立卡贫困户电商专场培训签到表"],
    [6, "附5 贫困人口", "建档立卡贫困人口名单（县乡村振兴局提供）"],
    [7, "附6 入驻企业", "电商产业园入驻企业清单"],
    [8, "附7 资金拨付", "省级专项资金拨付台账"],
    [9, "附8 月报报送", "向湛江市商务局报送工作情况登记"],
    [10, "附9 专栏更新", "县政府网站专栏更新记录"],
    [11, "附10 宣传报道", "宣传报道登记"],
    [12, "附11 经验材料", "经验材料报送登记"],
  ];
  const tocSheet = sheet("目录", padTo(toc, 3), ["A1:C1"]);

  // ---- 局长口袋卡 ----
  const g = new Grid(8); // A..H ; front A:D, gap E, back F:H
  g.put("A1:H1", "遂溪县电商进农村示范县考评　局长口袋卡（迎检随身带，2021年9月2日印）");
  g.put("A2:H2", "口径：数据截至21.8.31（考评截止日）；县电商办整理。正面是底数，反面是自评分。");
  g.put("A3:D3", "【正　面】");
  g.put("F3:H3", "【反　面】自评分（满分100＋加分4）");
  const sec = (row, text) => g.put(`A${row}:D${row}`, text);
  const pair = (row, l1, v1, l2, v2) => {
    g.set("A" + row, l1);
    if (l2 === undefined) {
      g.put(`B${row}:D${row}`, v1);
      return;
    }
    g.set("B" + row, v1);
    g.set("C" + row, l2);
    g.set("D" + row, v2);
  };
  sec(4, "▍家底");
  pair(5, "常住", "88.7w（七普）", "户籍", "112.3w");
  pair(6, "行政村", 48, "社区", 4);
  pair(7, "省贫村", 8, "截止", "21.8.31");
  sec(8, "▍班子和文件");
  pair(9, "组长", "县长", "成员", "商财农振等11家");
  pair(10, "方案", "✓ 已印（遂府办〔2020〕12号）", "政策", "✓ 已出台");
  sec(11, "▍中心和园区");
  pair(12, "中心运营", "20.12.18", "园区", "✓ 整合（遂溪电商产业园）");
  pair(13, "五免", "训✓ 展✓ 摄美✗ 推✓ 增✓");
  pair(14, "入园", "23户（在园20）", "三方", "✓ 湛江云帆电商运营");
  sec(15, "▍上行");
  pair(16, "快递进村", "100%");
  pair(17, "农村网零", "19年14.6亿 → 20年19.2亿（+31.5%）");
  pair(18, "农产品网零", "19年3.85亿 → 20年4.62亿（+20.0%）");
  sec(19, "▍培训");
  pair(20, "培训", "5,000人次", "占比", "1.00%（基数50w）");
  pair(21, "贫困人口", "有劳力不含外出20人", "参训", "14人（70%）");
  sec(22, "▍公开报送");
  pair(23, "专栏", "方✓ 项✓ 进✓ 督✓");
  pair(24, "扶贫统计", "✓ 月报附表", "月报", "每月报湛江市局");
  sec(25, "▍资金和红线");
  pair(26, "下达", "500w", "已拨", "382.6w（76.5%）");
  pair(27, "制度", "✓", "台账", "✓");
  pair(28, "进度", "92%", "红线", "无事故 无造假");
  const back = [
    ["指标", "分", "备注"],
    ["组织领导", 2, null],
    ["方案", 2, null],
    ["政策", 2, null],
    ["项目管理", 3, "制度2 台账1"],
    ["中心及园区", 14, "摄美收费扣1"],
    ["村级站点", 10, null],
    ["上行", 9, "调研2 促销2 三方1 快递1 标准1 增速2"],
    ["培训", 20, null],
    ["公开", 4, null],
    ["报送", 6, null],
    ["案例", 2, null],
    ["宣传", 8, "省市县都有"],
    ["资金制度", 5, null],
    ["资金台账", 4, null],
    ["资金支出", 4, "及时拨付4"],
    ["加分·贫困培训", 2, "70%"],
    ["加分·电视", 1, "珠江台扶贫案例"],
    ["否决", "无", null],
    ["合计", 98, "含加分3"],
  ];
  back.forEach((b, i) => {
    const r = 4 + i;
    g.set("F" + r, b[0]);
    g.set("G" + r, b[1]);
    if (b[2] !== null) g.set("H" + r, b[2]);
  });
  g.ensure(28);
  g.put(
    "A30:H30",
    "注：✓有/是，✗无/否；w＝万，亿＝亿元；21.8.31、20.12.18为年.月.日。商财农振＝县商务局、县财政局、县农业农村局、县乡村振兴局。五免：训＝免费培训场所和设备，展＝免费展示销售，摄美＝免费摄影美工（现按成本收费，故✗），推＝统一推广、品牌建设，增＝其他衍生增值服务。专栏：方＝创建方案，项＝项目基本信息，进＝建设进度，督＝监督举报窗口。",
  );
  const cardSheet = sheet("局长口袋卡", g.rows, g.merges);
  // the back side claims must add up to the printed 合计
  eq(sum(back.slice(1, 18).map((b) => b[1])), 98, "遂溪 口袋卡反面合计");

  // ---- 附1 村居名单 ----
  const vRows = [["遂溪县行政村（社区）名单"], ["序号", "镇", "村（居）委会", "类别", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1"];
  let vNo = 0;
  for (const [town] of X.towns) {
    const list = X.villages.filter((v) => v.town === town);
    const start = vRows.length + 1;
    list.forEach((v, i) => {
      vNo += 1;
      const exp = v.admin ? (v.express ? (vNo % 5 === 0 ? "√（邮政）" : "√") : "×") : "—";
      const note = v.admin && !v.express ? "未通快递，村民到镇上取件" : !v.admin ? "社区" : null;
      vRows.push([vNo, i === 0 ? town : null, v.name, v.admin ? "村委会" : "居委会", v.admin ? (v.poor ? "是" : "否") : "—", exp, note]);
    });
    if (list.length > 1) vMerges.push(`B${start}:B${vRows.length}`);
  }
  vRows.push(["合计：行政村48个，社区居委会4个；其中省定贫困村8个"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  const villageSheet = sheet("附1 村居名单", padTo(vRows, 7), vMerges);

  // ---- 附2 站点清单 ----
  const sRows = [["遂溪县村级电子商务服务站点清单"], ["序号", "镇", "站点名称", "所在村", "负责人", "联系电话", "挂牌时间", "备注"]];
  const surname = "陈林黄吴李梁杨何莫钟全庞邓王谭".split("");
  X.stations.forEach((s, i) => {
    sRows.push([i + 1, s.town, s.name, s.village, surname[i % surname.length] + "××", phone(i), fmt(s.opened, s.style), s.note]);
  });
  sRows.push([`合计：${X.stations.length}个站点`]);
  const sMerges = ["A1:H1", `A${sRows.length}:H${sRows.length}`];
  sRows.push(["注：挂牌时间以县商务局授牌为准。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const stationSheet = sheet("附2 站点清单", padTo(sRows, 8), sMerges);

  // ---- 附3 普及培训 ----
  const tRows = [["遂溪县电子商务普及培训登记表（不含贫困户专场）"], ["期次", "培训日期", "培训地点", "培训主题", "参训人次", "备注"]];
  for (const s of X.sessions) {
    const written = s[2] === "range" ? "2021.3.18-19" : fmt(s[1], s[2]);
    tRows.push([`第${s[0]}期`, written, s[3], s[4], s[5], s[0] === 6 ? "两天班，按一期登记" : s[1] > X.CUT ? "9月份" : null]);
  }
  const tTotal = sum(X.sessions.map((s) => X.ptNum(s[5])));
  tRows.push(["合计", null, null, null, tTotal, "含9月份第17期"]);
  const tMerges = ["A1:F1", `A${tRows.length}:D${tRows.length}`];
  tRows.push(["注：贫困户专场培训人次另见附4签到表，未计入本表。"]);
  tMerges.push(`A${tRows.length}:F${tRows.length}`);
  const trainingSheet = sheet("附3 普及培训", padTo(tRows, 6), tMerges);
  eq(tTotal, 5356, "遂溪 普及培训合计行（含9月）");

  // ---- 附4 专场签到 ----
  const qRows = [["遂溪县建档立卡贫困户电子商务专场培训签到表"], ["（专场人次未计入附3普及培训登记；一人一行，本人签名）"]];
  const qMerges = ["A1:F1", "A2:F2"];
  for (const s of X.signSessions) {
    qRows.push([`${s.title}　${FMT.cn(s.iso)}（${s.week}）　地点：${s.place}　主题：${s.topic}`]);
    qMerges.push(`A${qRows.length}:F${qRows.length}`);
    qRows.push(["序号", "姓名", "身份证号码", "所在镇村", "联系电话", "签名"]);
    s.people.forEach((p, i) => {
      const written = p.name === "林桂兰" ? p.id.replace(/X$/, "x") : p.id;
      qRows.push([i + 1, p.name, written, p.place, phone(100 + qRows.length), "（已签）"]);
    });
    qRows.push([null]);
  }
  const signSheet = sheet("附4 专场签到", padTo(qRows, 6), qMerges);
  assert(
    qRows.some((r) => typeof r[2] === "string" && /x$/.test(r[2])),
    "遂溪 签到表有小写x",
  );

  // ---- 附5 贫困人口 ----
  const pRows = [
    ["遂溪县建档立卡贫困人口名单（省定贫困村部分）"],
    ["提供单位：遂溪县乡村振兴局　　口径：截至2021年6月30日"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", "务工情况", "备注"],
  ];
  X.persons.forEach((p, i) => pRows.push([i + 1, p.town, p.village, p.name, p.sex, p.id, p.labourText, p.workText, null]));
  const pMerges = ["A1:I1", "A2:I2"];
  pRows.push(["注：务工情况“外出务工”指到遂溪县以外务工；县内务工、公益性岗位不属外出务工。"]);
  pMerges.push(`A${pRows.length}:I${pRows.length}`);
  const poorSheet = sheet("附5 贫困人口", padTo(pRows, 9), pMerges);

  // ---- 附6 入驻企业 ----
  const eRows = [["遂溪电商产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  X.ent.forEach((e, i) => eRows.push([i + 1, e[0], e[1], e[2], fmt(e[3], e[4]), e[5] ? FMT.dot(e[5]) : null, e[6]]));
  const eMerges = ["A1:G1"];
  eRows.push(["注：更名企业按新名称另列一行，统一社会信用代码不变。"]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);
  const entSheet = sheet("附6 入驻企业", padTo(eRows, 7), eMerges);

  // ---- 附7 资金拨付 ----
  const fRows = [
    ["遂溪县省级电子商务进农村综合示范专项资金拨付台账"],
    ["单位：元　　省级资金下达总额：5,000,000.00"],
    ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额", "凭证号", "备注"],
  ];
  X.funds.forEach((f, i) => fRows.push([i + 1, fmt(f[0], f[1]), f[2], f[3], f[4], `记-${f[0].slice(0, 4)}-${pad2(i + 3)}`, f[0] > X.CUT ? "9月份拨付" : null]));
  const fTotal = sum(X.funds.map((f) => X.amt(f[4])));
  fRows.push(["合计", null, null, null, thousands(fTotal, 2), null, "含9月7日拨付"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];
  const fundSheet = sheet("附7 资金拨付", padTo(fRows, 7), fMerges);
  eq(fTotal, 4226000, "遂溪 资金合计行（含9月）");

  // ---- 附8 月报报送 ----
  const rRows = [["遂溪县向湛江市商务局报送工作情况登记"], ["序号", "报送日期", "报送内容", "报送对象", "报送方式", "是否附电商扶贫统计"]];
  X.reports.forEach((r, i) => rRows.push([i + 1, fmt(r[0], r[1]), r[2], "湛江市商务局", "粤政易公文", r[3]]));
  const reportSheet = sheet("附8 月报报送", padTo(rRows, 6), ["A1:F1"]);

  // ---- 附9 专栏更新 ----
  const dRows = [["遂溪县人民政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目", "链接"]];
  X.disclosures.forEach((d, i) => dRows.push([i + 1, fmt(d[0], d[1]), d[2], d[3], `http://www.suixi.gov.cn/zwgk/dzsw/content/post_${1180000 + i * 137}.html`]));
  const dMerges = ["A1:E1"];
  dRows.push(["注：2021年2月、3月进度合并于3月31日公示；4月份专栏未发布更新。"]);
  dMerges.push(`A${dRows.length}:E${dRows.length}`);
  const discSheet = sheet("附9 专栏更新", padTo(dRows, 5), dMerges);

  // ---- 附10 宣传报道 ----
  const mRows = [["遂溪县电子商务进农村宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  X.media.forEach((m, i) => mRows.push([i + 1, fmt(m[0], m[1]), m[2], m[3], m[4], m[5], m[6]]));
  const mediaSheet = sheet("附10 宣传报道", padTo(mRows, 7), ["A1:G1"]);

  // ---- 附11 经验材料 ----
  const aRows = [["遂溪县经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象"]];
  X.materials.forEach((m, i) => aRows.push([i + 1, fmt(m[0], m[1]), m[2], m[3]]));
  const matSheet = sheet("附11 经验材料", padTo(aRows, 4), ["A1:D1"]);

  const claimed = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 2,
    "org.management": 3,
    "work.center": 14,
    "work.coverage": 10,
    "work.upward": 9,
    "work.training": 20,
    "info.disclosure": 4,
    "info.reporting": 6,
    "promo.cases": 2,
    "promo.media": 8,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
    "bonus.poorTraining": 2,
    "bonus.tvCase": 1,
  };
  eq(sum(Object.values(claimed)), 98, "遂溪 claimed 合计");
  const points = X.points;
  const scored = Object.entries(points)
    .filter(([k]) => !k.startsWith("bonus.") && !k.startsWith("veto."))
    .map(([, v]) => v);
  eq(scored.length, 15, "遂溪 15 scored rows");
  const bonus = Math.min(points["bonus.poorTraining"] + points["bonus.tvCase"], 4);
  const total = sum(scored) + bonus;
  eq(total, 96, "遂溪 total");

  const derivation = [
    "asOf: 口袋卡“截止 21.8.31”（两位年份）→ 2021-08-31",
    "org.leadership: 组长“县长”（主要领导），成员“商财农振等11家”按卡下注释＝县商务局、县财政局、县农业农村局、县乡村振兴局都在 → 2",
    "org.plan: 方案“✓ 已印（遂府办〔2020〕12号）”，反面方案自评2 → 2",
    "org.policy: 政策“✓ 已出台”，反面政策自评2 → 2",
    "org.management: 反面项目管理“3（制度2 台账1）”→ 制度2 + 台账1 = 3",
    "work.center: 中心运营“20.12.18”= 2020-12-18 ≤ 2021-08-31 → 2；≤ 2021-02-28，已运行6个月以上 → 2；“五免”训✓ → 2、展✓ → 1、摄美✗（按成本收费）→ 0、推✓ → 1、增✓ → 1；园区✓ → 2；附6共23行：序号19“遂溪县好果农业发展有限公司”与序号10信用代码相同（更名）只算1家，序号11于2021.5.20退出、序号23于2021.9.6入驻均不计，序号16退出时间2021.8.31即截止日当天（不是截止日前退出）仍在园，序号20“2021年8月”入驻算在园 → 截止日在园20家 ≥ 20 → 2；类型有平台型、销售型、电商运营商、物流企业及直播电商、农民专业合作社，≥3种 → 1；合计2+2+2+1+0+1+1+2+2+1 = 14",
    "work.coverage: 附1行政村48个（另有居委会4个不计），基数min(48,200)=48；附2共38个站点：城东社区站点（社区）不计，“火炬农场”不在名单（警告）不计，高岭村委会唯一站点2021.9.8挂牌在截止日后不计，新桥村两个站点算1村，“东门村民委员会”“石门村”“沙坡村民委员会”“昌岭村”“旧县村”“水流村”与名单的“××村委会”是同一村 → 截止日前有站点的行政村34个，34/48 = 70.8% ≥ 70% → 5；省定贫困村8个（后坡、樟山、北潭、坡尾、麻演、那毛、文车、巴东）都有站点（巴东村委会站点挂牌2021年8月31日即截止日当天，算）→ 8/8 = 100% → 5；合计10",
    "work.upward: 网销调研自评2；网络促销自评2；第三方运营商✓ → 1；附1有快递进村列，殷垌村委会“×”→ 行政村快递未全覆盖 → 0（卡上“快递进村100%”与名单不符，以名单为准并警告）；交易标准与冷链溯源自评1；农村网零19.2/14.6 − 1 = 31.5% ≥ 30% → 2；合计2+2+1+0+1+2 = 8",
    "work.training: 常住人口“88.7w”= 887,000 > 500,000，基数取500,000（户籍112.3w不用）；附3截止日前第1—16期合计4,976人次（第2期全角“２８６”、第8期“312人次”文本、第6期“2021.3.18-19”按结束日；第17期2021.9.9的380人次和合计行5,356不计）+ 附4截止日前四场签到24行（第五场2021年9月16日的4行不计）= 5,000人次，5,000/500,000 = 1.00% ≥ 1% → 10；附5贫困人口30人，有劳动能力且未外出务工的20人（外出务工5人、无劳动能力或丧失劳动力5人不计），截止日前专场签到身份证号与之相符的14人（陈国强参加两场只算1人；林桂兰签到表身份证末位写小写x仍是同一人；外出务工的陈伟明、无劳动能力的杨亚妹参训不计；郑桂香、莫振华只参加9月第五场不计；名单外人员只计人次）→ 14/20 = 70% ≥ 50% → 10；合计20",
    "info.disclosure: 专栏“方✓ 项✓ 进✓ 督✓”＝创建方案、项目基本信息、建设进度、监督举报窗口齐全 → 2；附9在2020-09至2021-08中2021年4月没有任何更新（4月进度5月6日才发），11/12个月 → 不定时 → 1；合计3",
    "info.reporting: 附8在2020-09至2021-08每月都有向湛江市商务局的报送（12/12）→ 3；能统计电商扶贫情况（卡上“扶贫统计✓”，附8也有“是”）→ 3；合计6",
    "promo.cases: 附11 2021.4.16向湛江市商务局报送经验材料（2021.9.3那份在截止日后）→ 2",
    "promo.media: 截止日前有省级（南方日报、广东广播电视台珠江频道）→ 4，市级（湛江日报、湛江电视台）→ 3，县级（遂溪县融媒体中心）→ 1；合计8（中央广播电视总台2021.9.5在截止日后）",
    "fund.system: 资金管理制度✓，反面资金制度自评5 → 5",
    "fund.ledger: 资金专用台账✓，反面资金台账自评4 → 4",
    "fund.spending: 附7单位元，截止日前11笔合计3,826,000元（第12笔2021.9.7的400,000元和合计行4,226,000.00不计）/ 下达5,000,000元 = 76.5% ≥ 70% → 按反面及时拨付自评4 → 4",
    "bonus.poorTraining: 贫困人口培训率14/20 = 70% ≥ 70% → 2",
    "bonus.tvCase: 截止日前电商扶贫典型案例获广东广播电视台珠江频道（省级电视）播报 → 1（中央广播电视总台那条2021.9.5在截止日后，不得2分）",
    "veto.incident: 卡上“红线 无事故”→ 0；veto.progress: 项目总体进度92% ≥ 40% → 0；veto.fraud: “无造假”→ 0",
    "total: 2+2+2+3+14+10+8+20+3+6+2+8+5+4+4 = 93，加分 min(2+1, 4) = 3 → 96（口袋卡反面自评合计98分：上行多算快递1分、公开多算按月更新1分）",
  ];

  writeCase("counties", "b88-c1-suixi.json", {
    description:
      "遂溪县（湛江）商务局整本考评工作簿（13个表：目录、局长口袋卡、附1—附11），高分（96分，含加分3分，未否决；卡上自评98分）。事实表不是填报表，而是给局长迎检随身带的《局长口袋卡》：左半“正面”是速记底数（标签|值|标签|值，‘▍’分节），右半“反面”是按指标的自评分（指标|分|备注），两块并排在一张表上；" +
      "底数全用简写——“88.7w”“500w”“382.6w（76.5%）”“19年14.6亿 → 20年19.2亿（+31.5%）”、两位年份“21.8.31”“20.12.18”、“商财农振等11家”、“五免：训✓ 展✓ 摄美✗ 推✓ 增✓”、“专栏：方✓ 项✓ 进✓ 督✓”，简写含义只在卡下的注里；判断项分数在反面（项目管理“制度2 台账1”、上行“调研2 促销2 … 标准1”、资金支出“及时拨付4”）。" +
      "台账：村居名单（镇纵向合并，类别村委会/居委会，贫困村是/否，快递√/√（邮政）/×，殷垌村“×”）；站点清单38行（挂牌时间有真日期、“2020.6.18”、“2020年7月9日”、“2020/7/9”、“20200820”、“2020.08.20” 六种写法；同村两站、社区站、火炬农场服务点、9月挂牌站、截止日当天挂牌的贫困村站点；所在村有“××村委会／××村民委员会／××村”三种写法，不统一就跌到70%以下）；普及培训按期次记人次（全角“２８６”、“312人次”、两天班“2021.3.18-19”、9月一期和含9月的合计行）；" +
      "贫困户专场签到分五场（日期在场次标题里，第五场9月16日），一人末位小写x、一人参加两场、外出务工和无劳动能力者参训；贫困人口名单30人；入驻企业23行（更名同一信用代码、5月退出、8月31日当天退出、“2021年8月”入驻、9月入驻）；资金拨付台账（元，千分位文本与数字混写，9月一笔、合计行含9月）；月报、专栏（缺2021年4月）、宣传报道（有级别、形式、扶贫案例列，央视那条在9月）、经验材料。" +
      "陷阱：户籍人口112.3w；入园“23户”；卡上“快递进村100%”与名单不符；培训人次恰好5,000=1.00%、贫困人口培训率恰好70%、行政村覆盖34/48=70.8%都在线上。",
    sheets: [tocSheet, cardSheet, villageSheet, stationSheet, trainingSheet, signSheet, poorSheet, entSheet, fundSheet, reportSheet, discSheet, mediaSheet, matSheet],
    expect: {
      asOf: "2021-08-31",
      total,
      bonus,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  });
}
CASES.push(caseC1SuixiWrite);

// ---------------------------------------------------------------------------
// run
// ---------------------------------------------------------------------------

const JUDGED_RANGE = {
  "org.plan": [1, 2],
  "org.policy": [1, 2],
  "org.management.system": [1, 2],
  "org.management.ledger": [1, 2],
  "work.upward.research": [1, 2],
  "work.upward.promotion": [1, 2],
  "work.upward.standards": [1, 2],
  "fund.system": [1, 5],
  "fund.ledger": [1, 5],
  "fund.spending": [1, 5],
};
const POINT_IDS = [
  "org.leadership",
  "org.plan",
  "org.policy",
  "org.management",
  "work.center",
  "work.coverage",
  "work.upward",
  "work.training",
  "info.disclosure",
  "info.reporting",
  "promo.cases",
  "promo.media",
  "fund.system",
  "fund.ledger",
  "fund.spending",
];
const MAX = {
  "org.leadership": 2,
  "org.plan": 2,
  "org.policy": 2,
  "org.management": 4,
  "work.center": 15,
  "work.coverage": 10,
  "work.upward": 10,
  "work.training": 20,
  "info.disclosure": 4,
  "info.reporting": 6,
  "promo.cases": 2,
  "promo.media": 8,
  "fund.system": 5,
  "fund.ledger": 5,
  "fund.spending": 5,
  "bonus.poorTraining": 2,
  "bonus.tvCase": 2,
};

/** read every written file back and check it as a whole */
function verifyWritten() {
  for (const rel of WRITTEN) {
    const obj = JSON.parse(fs.readFileSync(path.join(ROOT, rel), "utf8"));
    for (const sh of obj.sheets) checkSheet(sh);
    if (rel.startsWith("facts/")) {
      for (const [k, v] of Object.entries(obj.expect.judged || {})) {
        const r = JUDGED_RANGE[k];
        assert(r && v >= r[0] && v <= r[1], rel + ": judged " + k + "=" + v);
      }
      assert(["principal-all", "principal", "deputy", "other"].includes(obj.expect.leadership), rel + ": leadership");
    } else if (rel.startsWith("ledgers/")) {
      const kinds = [null, "villages", "poorVillages", "stations", "training", "poorPersons", "enterprises", "funds", "reports", "disclosures", "media", "materials"];
      for (const [name, s] of Object.entries(obj.expect.sheets)) {
        assert(kinds.includes(s.kind), rel + ": kind of " + name);
        if (s.kind) assert(Array.isArray(s.records) && s.records.length > 0, rel + ": records of " + name);
      }
    } else {
      const e = obj.expect;
      const ids = [...POINT_IDS, "bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"];
      eq(Object.keys(e.points).sort(), ids.slice().sort(), rel + ": point ids");
      for (const id of POINT_IDS) assert(e.points[id] <= MAX[id] && (e.points[id] >= 0 || (id === "fund.spending" && e.points[id] === -5)), rel + ": range of " + id);
      const scoredSum = sum(POINT_IDS.map((id) => e.points[id]));
      const bonus = Math.min(e.points["bonus.poorTraining"] + e.points["bonus.tvCase"], 4);
      eq(e.bonus, bonus, rel + ": bonus");
      eq(e.total, e.vetoed ? 0 : scoredSum + bonus, rel + ": total = sum of points");
      assert(Array.isArray(obj.derivation) && obj.derivation.length >= 18, rel + ": derivation lines");
      for (const id of [...POINT_IDS, "bonus.poorTraining", "bonus.tvCase"]) {
        assert(
          obj.derivation.some((l) => l.startsWith(id + ":")),
          rel + ": derivation line for " + id,
        );
      }
    }
  }
}

function main() {
  for (const fn of CASES) fn();
  verifyWritten();
  for (const f of WRITTEN) console.log("wrote " + f);
  console.log(WRITTEN.length + " case file(s) written.");
}

main();
