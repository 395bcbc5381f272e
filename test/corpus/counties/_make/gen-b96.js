"use strict";
// Batch 96 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

/** a real Excel date cell */
function D(iso) {
  return { date: iso };
}

function colLetter(c) {
  // 0-based column index -> letters
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(r, c) {
  return colLetter(c) + String(r + 1);
}

function parseA1(ref) {
  const m = /^([A-Z]+)([0-9]+)$/.exec(ref);
  if (!m) throw new Error("bad A1 ref " + ref);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** A sheet under construction: a sparse grid plus merges, padded on output. */
class Grid {
  constructor(name, opts) {
    this.name = name;
    this.cells = [];
    this.merges = [];
    this.width = (opts && opts.width) || 0;
    this.hidden = !!(opts && opts.hidden);
  }
  set(r, c, v) {
    if (v === undefined) throw new Error(this.name + ": undefined value at " + a1(r, c));
    while (this.cells.length <= r) this.cells.push([]);
    const row = this.cells[r];
    while (row.length <= c) row.push(null);
    row[c] = v;
    if (c + 1 > this.width) this.width = c + 1;
    return this;
  }
  /** write an array of values starting at (r, c) */
  row(r, c, values) {
    values.forEach((v, i) => this.set(r, c + i, v));
    return this;
  }
  /** append a row at the bottom (starting in column A) */
  push(values) {
    const r = this.cells.length;
    this.row(r, 0, values);
    return r;
  }
  blank() {
    const r = this.cells.length;
    this.cells.push([]);
    return r;
  }
  get nrows() {
    return this.cells.length;
  }
  merge(r1, c1, r2, c2) {
    this.merges.push(a1(r1, c1) + ":" + a1(r2, c2));
    if (c2 + 1 > this.width) this.width = c2 + 1;
    while (this.cells.length <= r2) this.cells.push([]);
    return this;
  }
  /** set the top-left value and merge the range */
  mset(r1, c1, r2, c2, v) {
    this.set(r1, c1, v);
    return this.merge(r1, c1, r2, c2);
  }
  toJSON() {
    const w = this.width;
    const rows = this.cells.map((row) => {
      const out = row.slice();
      while (out.length < w) out.push(null);
      return out;
    });
    const o = { name: this.name, rows };
    if (this.merges.length) o.merges = this.merges.slice();
    if (this.hidden) o.hidden = true;
    return o;
  }
}

function isCell(v) {
  if (v === null) return true;
  const t = typeof v;
  if (t === "string" || t === "boolean") return true;
  if (t === "number") return Number.isFinite(v);
  if (t === "object" && !Array.isArray(v)) {
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === "date" && typeof v.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.date) && !Number.isNaN(Date.parse(v.date + "T00:00:00Z"));
  }
  return false;
}

function validateSheet(sh, where) {
  const tag = where + " / " + sh.name;
  if (typeof sh.name !== "string" || !sh.name) throw new Error(tag + ": sheet without a name");
  if (!Array.isArray(sh.rows) || sh.rows.length === 0) throw new Error(tag + ": no rows");
  const w = sh.rows[0].length;
  sh.rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== w) throw new Error(tag + ": row " + (r + 1) + " has " + (row && row.length) + " cells, expected " + w);
    row.forEach((v, c) => {
      if (!isCell(v)) throw new Error(tag + ": bad cell " + a1(r, c) + " = " + JSON.stringify(v));
    });
  });
  const covered = new Set();
  for (const m of sh.merges || []) {
    const [p, q] = m.split(":");
    const A = parseA1(p);
    const B = parseA1(q);
    if (A.r > B.r || A.c > B.c) throw new Error(tag + ": inverted merge " + m);
    if (B.r >= sh.rows.length || B.c >= w) throw new Error(tag + ": merge outside grid " + m);
    for (let r = A.r; r <= B.r; r++)
      for (let c = A.c; c <= B.c; c++) {
        const k = r + "," + c;
        if (covered.has(k)) throw new Error(tag + ": overlapping merge at " + a1(r, c) + " (" + m + ")");
        covered.add(k);
        if ((r !== A.r || c !== A.c) && sh.rows[r][c] !== null) throw new Error(tag + ": covered cell " + a1(r, c) + " of merge " + m + " is not empty: " + JSON.stringify(sh.rows[r][c]));
      }
  }
}

function validateCase(obj, where) {
  if (typeof obj.description !== "string" || !obj.description) throw new Error(where + ": no description");
  if (!Array.isArray(obj.sheets) || obj.sheets.length === 0) throw new Error(where + ": no sheets");
  const names = new Set();
  for (const sh of obj.sheets) {
    if (names.has(sh.name)) throw new Error(where + ": duplicate sheet name " + sh.name);
    names.add(sh.name);
    validateSheet(sh, where);
  }
  if (!obj.expect || typeof obj.expect !== "object") throw new Error(where + ": no expect");
  if (obj.expect.sheets) {
    for (const n of Object.keys(obj.expect.sheets)) if (!names.has(n)) throw new Error(where + ": expect names unknown sheet " + n);
    for (const n of names) if (!(n in obj.expect.sheets)) throw new Error(where + ": sheet " + n + " has no expectation");
  }
}

const written = [];
function writeCase(folder, file, obj) {
  const out = {
    description: obj.description,
    sheets: obj.sheets.map((s) => (s instanceof Grid ? s.toJSON() : s)),
    expect: obj.expect,
  };
  if (obj.derivation) out.derivation = obj.derivation;
  const where = folder + "/" + file;
  validateCase(out, where);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(out, null, 2) + "\n", "utf8");
  written.push(where);
}

// deterministic PRNG (mulberry32)
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 18-character resident ID with a correct check digit */
function makeId(area6, ymd8, seq3) {
  const body = area6 + ymd8 + seq3;
  if (!/^\d{17}$/.test(body)) throw new Error("bad id body " + body);
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const C = "10X98765432";
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * W[i];
  return body + C[s % 11];
}

/** a person generator: names and IDs from a fixed seed */
function people(seed, area6, surnames, givens) {
  const rnd = rng(seed);
  const used = new Set();
  return function next(opts) {
    for (;;) {
      const sn = surnames[Math.floor(rnd() * surnames.length)];
      const g1 = givens[Math.floor(rnd() * givens.length)];
      const g2 = rnd() < 0.7 ? givens[Math.floor(rnd() * givens.length)] : "";
      const name = sn + g1 + g2;
      const y = (opts && opts.yearFrom ? opts.yearFrom : 1962) + Math.floor(rnd() * ((opts && opts.yearSpan) || 40));
      const m = 1 + Math.floor(rnd() * 12);
      const d = 1 + Math.floor(rnd() * 28);
      const seq = 100 + Math.floor(rnd() * 899);
      const id = makeId(area6, String(y) + String(m).padStart(2, "0") + String(d).padStart(2, "0"), String(seq));
      if (used.has(name) || used.has(id)) continue;
      if (opts && opts.xCheck === true && !id.endsWith("X")) continue;
      if (opts && opts.xCheck === false && id.endsWith("X")) continue;
      used.add(name);
      used.add(id);
      return { name, id };
    }
  };
}

/** Beijing-time midnight of an ISO date as Unix milliseconds */
function epochMsBeijing(iso) {
  return Date.parse(iso + "T00:00:00+08:00");
}

function sum(a) {
  return a.reduce((x, y) => x + y, 0);
}

function assert(cond, msg) {
  if (!cond) throw new Error("assertion failed: " + msg);
}

// ---------------------------------------------------------------------------
// cases
// ---------------------------------------------------------------------------

// (cases are added below, one at a time)

// ---------------------------------------------------------------------------
// facts/b96-f1-shenshan: a RACI responsibility matrix with a "key data" column
// ---------------------------------------------------------------------------
(function caseShenshanRaci() {
  const g = new Grid("RACI矩阵");
  const W = 13; // A..M
  g.mset(0, 0, 0, W - 1, "深汕特别合作区电子商务进农村综合示范创建工作责任分配矩阵（RACI）及完成情况");
  g.mset(1, 0, 1, 3, "县（市、区）：深汕特别合作区");
  g.mset(1, 4, 1, 8, "考评截止日期：2021年8月31日");
  g.mset(1, 9, 1, 12, "编制：区经济发展局电商办　版本：V3（2021-09-02）");
  g.mset(
    2,
    0,
    2,
    W - 1,
    "图例：R＝具体执行　A＝牵头负责、拍板（每行只有一个A）　C＝配合（提供数据、意见）　I＝知会。“关键数据／现状”栏为截至考评截止日的实际情况；“下一步”栏是计划安排，尚未完成。"
  );
  // two-row header
  g.mset(3, 0, 4, 0, "序号");
  g.mset(3, 1, 4, 1, "工作事项（对应考评要求）");
  g.mset(3, 2, 3, 3, "区领导");
  g.mset(3, 4, 3, 9, "区直部门及单位");
  g.mset(3, 10, 4, 10, "运营服务商");
  g.mset(3, 11, 4, 11, "关键数据／现状（截至2021年8月31日）");
  g.mset(3, 12, 4, 12, "下一步（计划）");
  g.row(4, 2, ["党工委书记", "管委会分管副主任", "经济发展局（商务）", "财政局", "农业农村局", "乡村振兴局", "统计局", "邮政快递（邮政管理办）"]);
  // letters in order: 书记, 分管副主任, 商务, 财政, 农业农村, 乡村振兴, 统计, 邮政, 运营商
  const rows = [
    ["建立主要领导牵头、多部门参与的工作协调机制（领导小组）", "A R R C C C C I I",
      "2019年12月成立区电子商务进农村综合示范工作领导小组（深汕党工委〔2019〕58号）：党工委书记任组长，管委会分管副主任任常务副组长；成员单位为区经济发展局（商务）、财政局、农业农村局、乡村振兴局、统计局和鹅埠、小漠、鲘门、赤石四个镇", "—"],
    ["制定并印发示范创建工作方案", "I A R C C C - - C",
      "《深汕特别合作区电子商务进农村综合示范创建工作方案》已于2020年1月8日正式印发", "—"],
    ["在资金、土地、人才等方面出台支持农村电商发展的政策", "I A R C C C - - I",
      "《深汕特别合作区促进农村电子商务发展若干措施》已于2020年6月出台（资金奖补、场地、人才三方面）", "拟于2021年第四季度修订，增加直播电商条款"],
    ["核定常住人口、行政村和省定贫困村底数", "- I A - C C R - -",
      "常住人口7.86万人（第七次人口普查）；户籍人口9.2万人；行政村31个、社区居委会8个；省定贫困村4个", "—"],
    ["建设县级电子商务公共服务中心（免费培训、展示销售）", "I A R C - - - - R",
      "2020年9月28日在鹅埠镇投入运营；中心培训室60座、配电脑30台，免费开展电商基础培训；设农特产品展示展销区，免费展示、代销", "—"],
    ["为电子商务市场主体提供免费摄影、美工服务", "- I A - - - - - R",
      "中心摄影棚按次收费（每款产品80元），美工设计另行报价，均不是免费服务", "拟与运营商协商，对本地农户免收摄影费"],
    ["组织农产品统一推广，指导特色农产品品牌建设", "- I A - C - - - R",
      "打造“深汕湾”区域公用品牌并统一推广；指导14家企业注册商标、建设品牌", "—"],
    ["为电子商务发展提供其他衍生增值服务（金融、法律、知识产权等）", "- I A - - - - - R",
      "暂未开展", "拟引入银行开展电商信用贷款对接"],
    ["建设或整合、优化当地电商产业园", "I A R C - - - - R",
      "整合鹅埠镇原供销社仓库，建成深汕电商产业园（已入驻企业16家）", "年底前力争入驻20家"],
    ["引入专业第三方电子商务运营或服务商", "- I A C - - - - R",
      "引入专业第三方深圳市鹏汕电商运营服务有限公司，承接中心和产业园运营", "—"],
    ["整合物流资源，行政村物流快递全覆盖", "- I A - - - - R C",
      "31个行政村全部通快递，行政村物流快递覆盖率100%", "拟将快递服务延伸到自然村"],
    ["农村产品网络销售（网络零售额增长）", "- I A - C - R - C",
      "农村网络零售额：2019年1.12亿元，2020年1.41亿元；农产品网络零售额2020年同比增长31.5%", "—"],
    ["电商人才培训（普及培训人次达常住人口1%以上）", "- I A - C C - - R",
      "截至2021年8月31日累计培训3,126人次", "9月、10月再办两期普及培训"],
    ["建档立卡贫困人口电商培训（培训率50%以上）", "- I A - - R - - R",
      "经区乡村振兴局确认，有劳动能力的建档立卡贫困人口（不含外出务工）212人，已参训131人（61.8%）", "组织未参训贫困户补训"],
    ["县政府网站设立公开专栏", "- A R - - - - - -",
      "管委会门户网站设“电商进农村示范创建”专栏，已公示创建方案、项目基本信息和项目建设进度，并设监督举报窗口（电话、电子邮箱）", "—"],
    ["按月向市级商务主管部门报送，统计电商扶贫情况", "- I A - - C C - C",
      "每月5日前报送上月工作进展；月报附电商扶贫统计表（贫困户参训人数、带动增收）", "—"],
    ["省级专项资金拨付", "I C R A - - - - I",
      "省级专项资金下达500万元；截至2021年8月31日累计拨付412.6万元；项目总体进度90%", "9月底前拨付站点建设尾款"],
    ["资金管理制度和资金专用台账", "- I R A - - - - C",
      "已制定《深汕特别合作区电子商务进农村综合示范专项资金管理办法》；运营服务商已建立资金专用台账", "—"],
    ["安全生产与数据真实性", "I A R C C C C C C",
      "创建期间未发生安全生产、质量事故或重大经济损失；考评数据经各部门核实，无弄虚作假", "—"],
  ];
  let r = 5;
  rows.forEach((row, i) => {
    const letters = row[1].split(" ").map((x) => (x === "-" ? null : x));
    assert(letters.length === 9, "nine RACI cells");
    assert(letters.filter((x) => x === "A").length === 1, "one A per row");
    g.row(r, 0, [i + 1, row[0], ...letters, row[2], row[3]]);
    r++;
  });
  g.blank();
  const n1 = g.push(["注：1. 本表只列与省考评有关的事项；2. 户籍人口、站点数、入驻企业数等只作参考；3. 本表随工作进展更新，以最新版本为准。"]);
  g.merge(n1, 0, n1, W - 1);
  const n2 = g.push(["编制人：陈××", null, null, null, "审核：区经济发展局 刘××", null, null, null, null, null, null, "2021年9月2日", null]);
  g.merge(n2, 0, n2, 3);
  g.merge(n2, 4, n2, 9);

  writeCase("facts", "b96-f1-shenshan.json", {
    description:
      "深汕特别合作区经济发展局电商办编制的《创建工作责任分配矩阵（RACI）及完成情况》当事实表交：行是工作事项（照考评要求改写），列是区领导（党工委书记、管委会分管副主任）、六个区直部门和运营服务商，格里只有R/A/C/I字母（图例在表头上方），事实只写在右侧“关键数据／现状”栏的句子里，最右“下一步（计划）”栏是打算、不是已完成事项。读法：领导小组一行A在党工委书记（书记→主要领导）且关键数据写明党工委书记任组长、成员含商务、财政、农业农村、乡村振兴 → principal-all；摄影美工“按次收费”不是免费 → false；衍生增值服务“暂未开展” → false；常住人口7.86万人，户籍人口9.2万、社区8个、产业园入驻16家、培训率61.8%都不是输入；农产品网零只给了2020年增速31.5%；县名和考评截止日期写成“标签：值”一格。",
    sheets: [g],
    expect: {
      facts: {
        county: "深汕特别合作区",
        asOf: "2021-08-31",
        residentPopulation: 78600,
        adminVillagesStated: 31,
        poorVillagesStated: 4,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-09-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 112000000,
        ruralRetail2020: 141000000,
        agriRetailGrowthStated: 0.315,
        trainingPersonTimesStated: 3126,
        eligiblePoorPersonsStated: 212,
        trainedPoorPersonsStated: 131,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        overallProgress: 0.9,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// ---------------------------------------------------------------------------
// facts/b96-f2-binhai: a civil servant's quarterly performance record (平时考核工作纪实表)
// ---------------------------------------------------------------------------
(function caseBinhaiPingshi() {
  const g = new Grid("平时考核纪实表");
  const W = 8; // A..H
  g.mset(0, 0, 0, W - 1, "茂名滨海新区机关事业单位工作人员平时考核工作纪实表");
  g.mset(1, 0, 1, W - 1, "（2021年第三季度）");
  g.row(2, 0, ["姓　名", "李××", "单　位", "滨海新区经济发展局", "职务（岗位）", "电子商务股股长", "考核期间", "2021年7月1日至9月30日"]);
  g.mset(3, 0, 3, W - 1, "一、本季度主要工作完成情况（工作纪实）");
  g.set(4, 0, "序号");
  g.mset(4, 1, 4, 2, "工作内容");
  g.mset(4, 3, 4, 5, "完成情况（数量、质量、时效）");
  g.row(4, 6, ["完成时间", "工作类型"]);
  const done = [
    ["示范创建省考评迎检：核定考评基础数据",
      "对照《茂名滨海新区电子商务进农村综合示范创建工作方案》（2019年12月正式印发）逐项自查，会同区统计局、区乡村振兴局核定基础数据：全区常住人口28.62万人（第七次人口普查），行政村62个、社区居委会11个，省定贫困村7个。",
      "8月31日", "重点工作"],
    ["区电商公共服务中心运营督导",
      "区电商公共服务中心2020年11月投入运营。本季度督导运营方：中心培训室（80座，配电脑40台）免费开展电商基础培训6期；农特产品展厅为特色农产品免费展示、销售；为电商企业和网店免费提供摄影、美工服务。",
      "7—9月", "常规工作"],
    ["网络零售数据核定",
      "会同区统计局核定：2020年农产品网络零售额2.36亿元，同比增长27.4%；2020年农村网络零售额5.08亿元，同比增长34.1%。",
      "8月20日", "重点工作"],
    ["电商培训台账整理",
      "整理普及培训签到表，截至8月31日累计培训4,018人次（其中本季度新增6期712人次）。",
      "9月3日", "常规工作"],
    ["建档立卡贫困人口电商培训",
      "经区乡村振兴局确认，有劳动能力的建档立卡贫困人口（不含外出务工人员）1,046人，截至8月31日已参加电商培训583人。",
      "8月31日", "重点工作"],
    ["扶持政策起草",
      "《滨海新区促进农村电子商务发展扶持办法》（征求意见稿）已完成起草并征求各部门意见，尚未印发。",
      "9月15日", "重点工作"],
    ["电商产业园招商",
      "区电商产业园（2020年整合原糖厂仓库建成）本季度新入驻企业3家，累计入驻18家。",
      "7—9月", "常规工作"],
    ["省级专项资金拨付跟踪",
      "省级专项资金下达500万元，截至8月31日累计拨付397.5万元（其中本季度拨付86.2万元）；项目总体进度85%。",
      "8月31日", "重点工作"],
    ["政府网站专栏信息公开",
      "督促更新区政府网站“电商进农村示范创建”专栏：专栏已公示创建方案、项目基本信息和项目建设进度，设有监督举报窗口；本季度更新建设进度3次。",
      "7—9月", "常规工作"],
    ["月度报送",
      "7、8、9月均按时向市商务局报送工作进展月报，月报附电商扶贫统计（贫困户参训人数、带动增收情况）。",
      "每月5日前", "常规工作"],
    ["临时任务：配合区纪工委专项资金使用检查",
      "提供资金管理制度和台账：我区已制定《电子商务进农村综合示范专项资金管理办法》，项目承办单位已建立资金专用台账，检查未提出问题。",
      "8月12日", "临时交办"],
  ];
  let r = 5;
  done.forEach((d, i) => {
    g.set(r, 0, i + 1);
    g.mset(r, 1, r, 2, d[0]);
    g.mset(r, 3, r, 5, d[1]);
    g.row(r, 6, [d[2], d[3]]);
    r++;
  });
  g.mset(r, 0, r, W - 1, "二、下季度工作计划");
  r++;
  g.set(r, 0, "序号");
  g.mset(r, 1, r, 5, "计划内容");
  g.row(r, 6, ["计划完成时间", "备注"]);
  r++;
  const plans = [
    ["提请区管委会印发《滨海新区促进农村电子商务发展扶持办法》", "10月", null],
    ["完成村级电商服务站点二期建设（拟新增12个）", "11月", null],
    ["做好省考评组现场考评迎检和问题整改", "省考评组通知时间", null],
    ["组织电商扶贫典型案例宣传，争取省级媒体报道", "12月", null],
  ];
  plans.forEach((p, i) => {
    g.set(r, 0, i + 1);
    g.mset(r, 1, r, 5, p[0]);
    g.row(r, 6, [p[1], p[2]]);
    r++;
  });
  g.mset(r, 0, r, W - 1, "三、个人小结");
  r++;
  g.mset(
    r,
    0,
    r,
    W - 1,
    "本季度围绕示范创建省考评迎检，按时完成基础数据核定、台账整理和自评材料编写，配合完成专项资金检查；不足是扶持政策未能在本季度印发，下季度抓紧推进。"
  );
  r++;
  g.mset(r, 0, r, 3, "本人签名：李××");
  g.mset(r, 4, r, W - 1, "2021年9月30日");
  r++;
  g.mset(r, 0, r, W - 1, "四、股室（单位）负责人评价");
  r++;
  g.mset(r, 0, r, W - 1, "该同志工作积极主动，迎检准备扎实。");
  r++;
  g.mset(r, 0, r, 3, "平时考核等次：好");
  g.mset(r, 4, r, W - 1, "评价人：区经济发展局 王××　2021年10月8日");

  writeCase("facts", "b96-f2-binhai.json", {
    description:
      "茂名滨海新区经济发展局电子商务股股长的《平时考核工作纪实表（2021年第三季度）》当事实表交：表单头（姓名、单位、职务、考核期间）下分四节——一、本季度工作纪实（序号|工作内容|完成情况（数量、质量、时效）|完成时间|工作类型，事实都在“完成情况”句子里），二、下季度工作计划（都是打算），三、个人小结，四、负责人评价和考核等次。读法：方案“2019年12月正式印发” → 是；扶持办法“征求意见稿…尚未印发” → 政策未出台（下季度计划“提请印发”不是已出台）；中心运营只写到月“2020年11月”；“本季度新增6期712人次”“本季度拨付86.2万元”“社区居委会11个”“累计入驻18家”“本季度更新3次”都不是输入，取累计4,018人次、397.5万元；零售额只有2020年的两个数和两个增速；没有县名栏、没有考评截止日期、没有领导小组。",
    sheets: [g],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "滨海新区",
        residentPopulation: 286200,
        adminVillagesStated: 62,
        poorVillagesStated: 7,
        planIssued: true,
        policyIssued: false,
        centerOpened: "2020-11",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        parkBuilt: true,
        ruralRetail2020: 508000000,
        ruralRetailGrowthStated: 0.341,
        agriRetail2020: 236000000,
        agriRetailGrowthStated: 0.274,
        trainingPersonTimesStated: 4018,
        eligiblePoorPersonsStated: 1046,
        trainedPoorPersonsStated: 583,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3975000,
        overallProgress: 0.85,
        fundSystemIssued: true,
        fundLedgerKept: true,
      },
      judged: {},
    },
  });
})();

// ---------------------------------------------------------------------------
// facts/b96-f3-dayawan: a data-sharing platform's API debug preview, exported as text
// ---------------------------------------------------------------------------
(function caseDayawanApi() {
  const g = new Grid("接口调试预览");
  const W = 6; // A..F
  const ts = (iso) => String(epochMsBeijing(iso));
  const tsTime = (isoDate, hms) => String(Date.parse(isoDate + "T" + hms + "+08:00"));
  assert(ts("2021-08-31") === "1630339200000", "cut-off timestamp");
  g.mset(0, 0, 0, W - 1, "惠州市政务数据共享平台　›　接口服务　›　在线调试");
  g.mset(1, 0, 1, W - 1, "接口：GET /api/v1/ecrural/assessment/{regionCode}　　请求参数：regionCode=441391　statDate=2021-08-31　　响应：200 OK（耗时 86 ms，data 共 1 条）");
  g.mset(
    2,
    0,
    2,
    W - 1,
    "说明：本表由平台“导出Excel”生成，所有单元格均为文本；double 型按程序原样显示（如 9.8735E8 即 987,350,000）；timestamp 型为 Unix 时间戳（毫秒，按北京时间零点记）；null 表示该字段未填报。F列为区经济发展局经办人核对后加的备注。"
  );
  g.row(3, 0, ["序号", "字段名", "字段说明", "类型", "值", "备注（经办人加）"]);
  const F = [
    ["regionCode", "区划代码", "string", "441391", null],
    ["regionName", "县（市、区）名称", "string", "大亚湾经济技术开发区", null],
    ["statDeadline", "考评截止日期", "timestamp", ts("2021-08-31"), null],
    ["permanentPopulation", "常住人口（人）", "double", "342270.0", "七普数"],
    ["householdPopulation", "户籍人口（人）", "double", "176540.0", null],
    ["adminVillageNum", "行政村数（个）", "int", "19", null],
    ["communityNum", "社区居委会数（个）", "int", "21", null],
    ["poorVillageNum", "省定贫困村数（个）", "int", "0", "我区无省定贫困村"],
    ["leaderTitle", "领导小组组长职务", "string", "区党工委书记", null],
    ["memberUnits", "领导小组成员单位", "string", "区经济发展局（商务）,区财政局,区农业农村和水利局,区统计局", null],
    ["planIssued", "示范创建工作方案已正式印发", "boolean", "true", null],
    ["planIssueDate", "工作方案印发日期", "timestamp", ts("2019-12-31"), null],
    ["policyIssued", "已出台支持农村电商发展的政策", "boolean", "true", null],
    ["centerOpenTime", "县级电子商务公共服务中心投入运营时间", "timestamp", ts("2020-12-19"), null],
    ["centerFreeTraining", "有免费培训场所、培训设备，能组织电商基础培训", "boolean", "true", null],
    ["centerFreeDisplay", "为特色农产品提供免费展示、销售服务", "boolean", "true", null],
    ["centerFreePhoto", "为电子商务市场主体提供免费摄影、美工服务", "boolean", "false", null],
    ["centerBrandPromotion", "组织农产品统一推广、指导品牌建设", "boolean", "true", null],
    ["centerOtherService", "提供其他衍生增值服务", "boolean", "null", null],
    ["parkBuilt", "建设或整合、优化当地电商产业园", "boolean", "true", null],
    ["parkEnterpriseNum", "产业园入驻企业数（家）", "int", "23", null],
    ["thirdPartyOperator", "有专业第三方电子商务运营或服务商", "boolean", "true", null],
    ["expressVillageRate", "行政村物流快递覆盖率", "double", "1.0", null],
    ["ruralRetail2019", "2019年农村网络零售额（元）", "double", "9.8735E8", null],
    ["ruralRetail2020", "2020年农村网络零售额（元）", "double", "1.2364E9", null],
    ["ruralRetailGrowth", "2020年农村网络零售额同比增速", "double", "0.2522", null],
    ["agriRetail2019", "2019年农产品网络零售额（元）", "double", "null", "统计局未提供"],
    ["agriRetail2020", "2020年农产品网络零售额（元）", "double", "null", "统计局未提供"],
    ["trainingPersonTimes", "电商培训人次", "int", "3562", "平台数是7月底同步的，更正为截至8月31日台账数3,618人次（已报市局）"],
    ["trainingPersonTimesPlan", "计划培训人次", "int", "3500", null],
    ["poorLabourNum", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "int", "57", null],
    ["poorTrainedNum", "参加培训的建档立卡贫困人口数", "int", "41", null],
    ["disclosurePlan", "专栏公示创建方案", "boolean", "true", null],
    ["disclosureProject", "专栏公示项目基本信息", "boolean", "true", null],
    ["disclosureProgress", "专栏公示项目建设进度", "boolean", "true", null],
    ["disclosureWindow", "专栏设立征求意见或监督举报窗口", "boolean", "false", "9月已加监督电话，截止日时还没有"],
    ["povertyStat", "能统计电商扶贫情况", "boolean", "true", null],
    ["fundAllocated", "下达资金总额（元）", "double", "5000000.0", null],
    ["fundDisbursed", "累计拨付资金（元）", "double", "3871050.0", null],
    ["fundDisburseRate", "资金支出率", "double", "0.77421", null],
    ["fundSystem", "已制定资金管理制度", "boolean", "true", null],
    ["fundLedger", "已建立资金专用台账", "boolean", "true", null],
    ["overallProgress", "项目总体进度", "double", "0.86", null],
    ["safetyIncident", "发生安全生产、质量事故或重大损失", "boolean", "false", null],
    ["fraud", "弄虚作假", "boolean", "false", null],
    ["updateTime", "记录更新时间", "timestamp", tsTime("2021-07-30", "10:21:33"), null],
    ["operator", "填报账号", "string", "dyw_jfj_chen", null],
  ];
  F.forEach((f, i) => g.row(4 + i, 0, [String(i + 1), ...f]));
  const last = 4 + F.length;
  g.blank();
  g.mset(last + 1, 0, last + 1, W - 1, "核对人：陈××（区经济发展局）　核对日期：2021年9月2日");
  assert(ts("2020-12-19") === "1608307200000", "center timestamp");

  writeCase("facts", "b96-f3-dayawan.json", {
    description:
      "惠州大亚湾经济技术开发区经济发展局把市政务数据共享平台“在线调试”接口返回的考评数据（平台“导出Excel”，全是文本）当事实表交：序号|字段名（英文驼峰）|字段说明|类型|值|备注（经办人加），值按程序原样——double 型写成“342270.0”“5000000.0”和科学计数“9.8735E8”“1.2364E9”，日期是北京时间零点的Unix毫秒时间戳（1608307200000＝2020-12-19），布尔是文本true/false，“null”是未填报。读法：组长“区党工委书记”（主要领导）、成员单位无扶贫/乡村振兴部门 → principal；省定贫困村0个照列；快递覆盖率1.0 → 是；培训人次按备注更正为3,618；农产品网零、其他衍生服务为null不列；户籍人口、社区数、入驻企业数、计划人次、支出率、方案印发日期、记录更新时间不是输入。",
    sheets: [g],
    expect: {
      facts: {
        county: "大亚湾经济技术开发区",
        asOf: "2021-08-31",
        residentPopulation: 342270,
        adminVillagesStated: 19,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-19",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 987350000,
        ruralRetail2020: 1236400000,
        ruralRetailGrowthStated: 0.2522,
        trainingPersonTimesStated: 3618,
        eligiblePoorPersonsStated: 57,
        trainedPoorPersonsStated: 41,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3871050,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: "principal",
    },
  });
})();

// ---------------------------------------------------------------------------
// ledgers/b96-l1-honghaiwan: an online-exam export as the training ledger, and a
// funds sheet with a plan section above the payments section
// ---------------------------------------------------------------------------
(function caseHonghaiwan() {
  const SUR = ["陈", "黄", "林", "吴", "郑", "蔡", "钟", "彭", "卓", "曾", "许", "庄", "叶", "谢", "余", "马", "朱", "刘"];
  const GIV = ["海", "娟", "伟", "丽", "春", "明", "燕", "文", "秀", "华", "志", "晓", "少", "佳", "锦", "雪", "振", "映", "惠", "德", "妙", "俊"];
  const next = people(9602, "441502", SUR, GIV);

  // ---- ① exam answers ----
  const t = new Grid("结业测试答卷");
  const W = 12;
  const S = {
    1: { label: "第1期　2020年10月15日（田墘街道）", date: "2020-10-15" },
    2: { label: "第2期　2020年12月3日（东洲街道）", date: "2020-12-03" },
    3: { label: "第3期　2021年3月18日（遮浪街道）", date: "2021-03-18" },
    4: { label: "第4期　2021年6月24日（田墘街道）", date: "2021-06-24" },
    5: { label: "第5期　2021年9月2日（东洲街道）", date: "2021-09-02" },
  };
  // each entry: [submit time, seconds, session, person, poor answer, score, remark, kind]
  // kind: "r" a record, "test" the admin test, "dup" a repeated submission
  const P = {};
  const pick = (k, opts) => (P[k] = P[k] || next(opts));
  const rowsIn = [
    ["2020/10/14 16:02:37", 95, 1, { name: "测试", id: "111111111111111111" }, "否", 100, "管理员调试", "test"],
    ["2020/10/15 11:41:12", 412, 1, pick("a"), "否", 90, null, "r"],
    ["2020/10/15 11:42:30", 388, 1, pick("b"), "是", 75, null, "r"],
    ["2020/10/15 11:43:05", 501, 1, pick("c"), "否", 85, null, "r"],
    ["2020/10/15 11:45:51", 623, 1, pick("d"), "否", 65, null, "r"],
    ["2020/10/15 11:47:19", 340, 1, pick("e"), "是", 80, null, "r"],
    ["2020/12/03 16:20:44", 455, 2, pick("f"), "否", 95, null, "r"],
    ["2020/12/03 16:21:02", 398, 2, pick("g"), "否", 70, null, "r"],
    ["2020/12/03 16:23:40", 512, 2, pick("h"), "是", 55, null, "r"],
    ["2020/12/03 16:25:16", 97, 2, P.h, "是", 85, "重复提交", "dup"],
    ["2020/12/03 16:26:58", 430, 2, pick("i"), "否", 90, null, "r"],
    ["2020/12/04 08:03:11", 377, 2, pick("j"), "否", 80, "次日补交", "r"],
    ["2021/03/18 11:30:05", 366, 3, pick("k", { xCheck: true }), "否", 85, null, "r"],
    ["2021/03/18 11:31:47", 482, 3, pick("l"), "是", 45, "不及格", "r"],
    ["2021/03/18 11:33:20", 405, 3, pick("m"), "否", 75, null, "r"],
    ["2021/03/18 11:36:02", 514, 3, pick("n"), "否", 90, null, "r"],
    ["2021/03/18 11:38:44", 290, 3, pick("o"), "否", 70, null, "r"],
    ["2021/06/24 16:10:31", 470, 4, P.a, "否", 95, "第1期也参加过", "r"],
    ["2021/06/24 16:12:09", 433, 4, pick("p"), "是", 80, null, "r"],
    ["2021/06/24 16:14:55", 519, 4, pick("q"), "否", 60, null, "r"],
    ["2021/06/24 16:15:20", 401, 4, pick("r"), "否", 85, null, "r"],
    ["2021/09/02 16:05:48", 446, 5, pick("s"), "否", 90, null, "r"],
    ["2021/09/02 16:07:13", 392, 5, pick("t"), "是", 75, null, "r"],
    ["2021/09/02 16:09:37", 478, 5, pick("u"), "否", 80, null, "r"],
  ];
  t.mset(0, 0, 0, W - 1, "红海湾经济开发区农村电商普及培训结业测试 — 答卷数据（问卷星·考试）");
  t.mset(1, 0, 1, W - 1, "导出时间：2021-09-06 10:15:22　　答卷总数：" + rowsIn.length + "　　导出方式：按提交时间排序");
  t.mset(
    2,
    0,
    2,
    W - 1,
    "电商中心说明：每期培训最后半小时现场扫码答题，一人一份答卷即参训一人次；培训日期按第3题所选期次，不按提交时间；同一人同一期重复提交的只算第一份，重复的在L列标“重复提交”；“测试”答卷是管理员调试，不是学员；不及格（60分以下）的也参加了培训，照算。"
  );
  t.row(3, 0, ["序号", "提交答卷时间", "所用时间", "来源", "来源IP", "1、您的姓名：", "2、身份证号码：", "3、您参加的培训期次：", "4、您是否建档立卡贫困户？", "总分", "是否及格", "备注（电商中心加）"]);
  const recT = [];
  const ips = ["120.235.18.77(广东-汕尾)", "223.104.65.20(广东-汕尾)", "113.107.4.9(广东-汕尾)", "183.6.120.33(广东-汕尾)"];
  rowsIn.forEach((x, i) => {
    const [sub, secs, ses, per, poor, score, rem, kind] = x;
    let idCell = per.id;
    if (kind === "r" && per === P.k) idCell = per.id.slice(0, 17) + "x";
    t.row(4 + i, 0, [i + 1, sub, secs + "秒", "微信", ips[i % ips.length], per.name, idCell, S[ses].label, poor, score, score >= 60 ? "是" : "否", rem]);
    if (kind === "r") recT.push({ date: S[ses].date, personTimes: 1, id: per.id });
  });
  assert(P.k.id.endsWith("X"), "one ID with an X check digit");
  assert(recT.length === 22, "22 training records");

  // ---- ② funds: plan (万元) above payments (元) ----
  const f = new Grid("资金用款计划及支付");
  const FW = 7;
  f.mset(0, 0, 0, FW - 1, "红海湾经济开发区省级电子商务进农村综合示范专项资金用款计划及支付情况");
  f.mset(1, 0, 1, FW - 1, "编制单位：红海湾经济开发区经济发展局　　　　数据截至：2021年9月10日");
  f.mset(2, 0, 2, FW - 1, "（一）用款计划（向区财政局申报的用款额度，不是支付）　　单位：万元");
  f.row(3, 0, ["序号", "申报日期", "计划批次", "项目内容", "计划金额（万元）", "审批状态", "备注"]);
  const plan = [
    [1, "2020.7.2", "第一批", "公共服务中心建设及设备", 120, "已批复", null],
    [2, "2020.11.5", "第二批", "村级站点建设、电商培训", 150, "已批复", null],
    [3, "2021.3.1", "第三批", "物流体系、溯源系统、运营服务", 160, "已批复", null],
    [4, "2021.8.16", "第四批", "站点建设尾款、运营服务费", 70, "审批中", null],
  ];
  plan.forEach((p, i) => f.row(4 + i, 0, p));
  f.row(8, 0, ["小计", null, null, null, 500, null, null]);
  f.merge(8, 0, 8, 3);
  f.blank();
  f.mset(10, 0, 10, FW - 1, "（二）实际支付明细（以国库集中支付凭证为准）　　单位：元");
  f.row(11, 0, ["序号", "支付日期", "凭证号", "收款单位", "支付内容", "支付金额（元）", "备注"]);
  const pay = [
    [1, D("2020-07-20"), "GK2020-0716", "汕尾市联创装饰工程有限公司", "公共服务中心装修", "486,000.00", null, { date: "2020-07-20", amount: 486000 }],
    [2, "2020.9.30", "GK2020-1023", "广东粤信科技有限公司", "中心设备采购", 312800, null, { date: "2020-09-30", amount: 312800 }],
    [3, "2020年11月26日", "GK2020-1388", "汕尾市海丰县恒通网络科技有限公司", "村级站点建设（第一批）", 580000, null, { date: "2020-11-26", amount: 580000 }],
    [4, D("2020-12-28"), "GK2020-1562", "汕尾市启航职业培训学校", "电商培训服务（一期）", "168,500.00", "已退票（收款账号有误），2021年1月8日重新支付，见第5笔", null],
    [5, D("2021-01-08"), "GK2021-0031", "汕尾市启航职业培训学校", "电商培训服务（一期）重新支付", 168500, null, { date: "2021-01-08", amount: 168500 }],
    [6, "2021/3/25", "GK2021-0407", "汕尾市邮政分公司", "镇村物流体系建设", "42.6万", "财务按万元录入", { date: "2021-03-25", amount: 426000 }],
    [7, D("2021-05-31"), "GK2021-0755", "广东溯源通信息技术有限公司", "农产品溯源系统", "235,000.00", null, { date: "2021-05-31", amount: 235000 }],
    [8, "2021.7.9", "GK2021-0918", "汕尾市海丰县恒通网络科技有限公司", "村级站点建设（第二批）", 397600, null, { date: "2021-07-09", amount: 397600 }],
    [9, D("2021-08-27"), "GK2021-1102", "汕尾市红海湾电商运营服务有限公司", "中心运营服务费（上半年）", 150000, null, { date: "2021-08-27", amount: 150000 }],
    [10, "2021年9月9日", "GK2021-1215", "汕尾市海丰县恒通网络科技有限公司", "村级站点建设尾款", 260000, "9月支付", { date: "2021-09-09", amount: 260000 }],
  ];
  const recF = [];
  pay.forEach((p, i) => {
    f.row(12 + i, 0, p.slice(0, 7));
    if (p[7]) recF.push(p[7]);
  });
  const total = sum(recF.map((x) => x.amount));
  assert(total === 3015900, "payments total");
  const tr = 12 + pay.length;
  f.row(tr, 0, ["合计", null, null, null, null, "3,015,900.00", "不含第4笔退票"]);
  f.merge(tr, 0, tr, 4);
  f.mset(tr + 1, 0, tr + 1, FW - 1, "注：第4笔因收款账号有误被退票，已于2021年1月8日重新支付（第5笔）；第6笔金额财务按“万元”录入。");
  f.row(tr + 2, 0, ["制表：郑××", null, null, "审核：黄××", null, "2021年9月10日", null]);

  // ---- ③ notes ----
  const n = new Grid("填表说明");
  n.push(["填表说明"]);
  n.push(["1. 《结业测试答卷》为问卷星“考试”导出数据，电商中心在L列加了备注，其余各列未改动。"]);
  n.push(["2. 《资金用款计划及支付》上半部分是用款计划（额度申报），下半部分才是实际支付。"]);
  n.push(["3. 本册台账由区经济发展局电商股整理，联系人：郑××，电话0660-3388×××。"]);

  writeCase("ledgers", "b96-l1-honghaiwan.json", {
    description:
      "汕尾市红海湾经济开发区经济发展局电商股交的两张表加说明页：①农村电商普及培训的《结业测试答卷》是问卷星“考试”模式按提交时间导出的答卷明细（序号|提交答卷时间|所用时间|来源|IP|1、姓名|2、身份证号码|3、参加的培训期次|4、是否贫困户|总分|是否及格|备注），一份答卷即一人次，培训日期只在第3题的期次选项文字里（“第2期　2020年12月3日（东洲街道）”）；②《资金用款计划及支付》一张表上下两节——（一）用款计划（万元，不是支付，含小计）和（二）实际支付明细（元）；③说明页不是台账。读法：第1行“测试”答卷不是学员；第2期一份“重复提交”不是记录；12月4日早上补交的答卷日期仍是12月3日；不及格的照记；一个身份证号末位小写x（写成大写X）；同一人第1、4期各一条；第5期2021年9月2日照列，共22条。资金：用款计划和小计不是支付；第4笔“已退票”不是记录、第5笔重新支付是；“42.6万”写在元栏＝426,000元；9月9日尾款照列；合计、注、制表行不是记录，共9笔。",
    sheets: [t, f, n],
    expect: {
      sheets: {
        结业测试答卷: { kind: "training", records: recT },
        资金用款计划及支付: { kind: "funds", records: recF },
        填表说明: { kind: null },
      },
    },
  });
})();

// ---------------------------------------------------------------------------
// ledgers/b96-l2-yangjianggaoxin: one row per town with the village names listed
// inside cells; press reports as a media x month grid of day numbers
// ---------------------------------------------------------------------------
(function caseYangjiangGaoxin() {
  // ---- ① villages: one row per town, names in cells ----
  const v = new Grid("镇村基本情况");
  const W = 9;
  v.mset(0, 0, 0, W - 1, "阳江高新技术产业开发区镇（街道）村（居）委会基本情况表");
  v.mset(1, 0, 1, W - 1, "填报单位：阳江高新区经济发展局（盖章）　　　　填报时间：2021年8月");
  v.mset(2, 0, 2, W - 1, "说明：名单用顿号分隔（名单较长的在格内换行）；“快递未通达的行政村”一栏只填未通快递的村，填“无”表示本镇（街道）行政村全部通达。");
  v.row(3, 0, ["序号", "镇（街道）", "村民委员会（个）", "村民委员会名单", "居民委员会（个）", "居民委员会名单", "其中：省定贫困村", "快递未通达的行政村", "备注"]);
  const towns = [
    {
      name: "平冈镇",
      villages: ["平冈村", "大塘村", "岗列村", "石觉村", "那蓬村", "沙湾村", "南坑村", "新园村", "石塘村委会", "马岗村", "东平村", "西坑村", "朗星村", "那宁村"],
      villagesCell: "平冈村、大塘村、岗列村、石觉村、那蓬村、沙湾村、南坑村、新园村、\n石塘村委会、马岗村、东平村、西坑村、朗星村、那宁村",
      communities: ["平冈社区", "新港社区"],
      communitiesCell: "平冈社区、新港社区",
      poor: ["南坑村", "朗星村"],
      poorCell: "南坑村、朗星村",
      noExpress: ["朗星村"],
      noExpressCell: "朗星村",
      note: "那蓬村2019年由原那蓬、北坑两村合并",
    },
    {
      name: "福冈镇",
      villages: ["福冈村", "白石村", "塘尾村", "上洋村", "下洋村", "龙湾村", "新安村", "长岭村", "竹山村"],
      villagesCell: "福冈村，白石村，塘尾村，上洋村，下洋村、龙湾村、新安村、长岭村、竹山村",
      communities: ["福冈社区"],
      communitiesCell: "福冈社区",
      poor: ["白石村"],
      poorCell: "白石村",
      noExpress: [],
      noExpressCell: "无",
      note: null,
    },
    {
      name: "广雅街道",
      villages: ["广雅村", "鸿江村", "三江村"],
      villagesCell: "广雅村、鸿江村、三江村",
      communities: ["广雅社区", "南恩社区", "鸿江社区", "东湖社区"],
      communitiesCell: "广雅社区、南恩社区、鸿江社区、东湖社区",
      poor: [],
      poorCell: "无",
      noExpress: ["三江村"],
      noExpressCell: "三江村（2021年9月开通）",
      note: "鸿江村与鸿江社区是两个单位",
    },
  ];
  const recV = [];
  towns.forEach((t, i) => {
    v.row(4 + i, 0, [i + 1, t.name, t.villages.length, t.villagesCell, t.communities.length, t.communitiesCell, t.poorCell, t.noExpressCell, t.note]);
    for (const name of t.villages) recV.push({ name, admin: true, poor: t.poor.includes(name), express: !t.noExpress.includes(name) });
    for (const name of t.communities) recV.push({ name, admin: false });
  });
  const nV = sum(towns.map((t) => t.villages.length));
  const nC = sum(towns.map((t) => t.communities.length));
  assert(nV === 26 && nC === 7, "26 villages, 7 communities");
  v.row(4 + towns.length, 0, ["合计", null, nV, null, nC, null, "3个", "2个", null]);
  v.merge(4 + towns.length, 0, 4 + towns.length, 1);
  v.mset(5 + towns.length, 0, 5 + towns.length, W - 1, "填表人：梁××　　审核人：冯××　　联系电话：0662-3316×××");

  // ---- ② media: outlet x month grid ----
  const m = new Grid("宣传报道统计");
  const months = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
  const MW = 3 + months.length + 1;
  m.mset(0, 0, 0, MW - 1, "阳江高新区电子商务进农村综合示范宣传报道统计表（按媒体、月份）");
  m.mset(1, 0, 1, MW - 1, "说明：格内数字为报道刊发（播出、发布）日期的“日”，同月多篇用顿号分隔；只知道月份的打“√”；级别按媒体所属层级分组（高新区为县级单位，区融媒体中心属区（县）级）。");
  m.mset(2, 0, 3, 0, "级别");
  m.mset(2, 1, 3, 1, "媒体名称");
  m.mset(2, 2, 3, 2, "形式");
  m.mset(2, 3, 2, 6, "2020年");
  m.mset(2, 7, 2, 3 + months.length - 1, "2021年");
  m.mset(2, MW - 1, 3, MW - 1, "篇数");
  months.forEach((ym, i) => m.set(3, 3 + i, Number(ym.slice(5)) + "月"));
  const LV = { 中央级: "national", 省级: "province", 市级: "city", "区（县）级": "county" };
  const outlets = [
    ["中央级", "人民网", "网络", { "2021-09": "8" }],
    ["中央级", "中央广播电视总台农业农村频道（CCTV-17）", "电视", { "2021-01": "√" }],
    ["省级", "南方日报", "报纸", { "2020-11": "12", "2021-05": "6、27" }],
    ["省级", "广东广播电视台", "电视", { "2021-03": "18" }],
    ["省级", "南方+客户端", "网络", { "2020-12": "3", "2021-06": "15" }],
    ["市级", "阳江日报", "报纸", { "2020-09": "24", "2020-10": "9、21", "2021-04": "2" }],
    ["市级", "阳江广播电视台", "电视", { "2020-10": "21", "2021-07": "30" }],
    ["区（县）级", "阳江高新区融媒体中心（“高新发布”）", "网络", { "2020-09": "25", "2021-02": "9", "2021-08": "31", "2021-09": "1" }],
  ];
  const recM = [];
  let r = 4;
  let groupStart = r;
  outlets.forEach((o, i) => {
    const [lv, name, form, cells] = o;
    if (i === 0 || outlets[i - 1][0] !== lv) groupStart = r;
    m.set(r, 1, name);
    m.set(r, 2, form);
    let n = 0;
    months.forEach((ym, j) => {
      const c = cells[ym];
      if (!c) return;
      m.set(r, 3 + j, c);
      if (c === "√") {
        recM.push({ date: ym, level: LV[lv], tv: form === "电视" });
        n++;
      } else {
        for (const d of c.split("、")) {
          recM.push({ date: ym + "-" + d.padStart(2, "0"), level: LV[lv], tv: form === "电视" });
          n++;
        }
      }
    });
    m.set(r, MW - 1, n);
    const last = i === outlets.length - 1 || outlets[i + 1][0] !== lv;
    if (last) {
      if (r > groupStart) m.mset(groupStart, 0, r, 0, lv);
      else m.set(r, 0, lv);
    }
    r++;
  });
  assert(recM.length === 18, "18 media records");
  m.set(r, 0, "合计");
  m.merge(r, 0, r, 2);
  m.set(r, MW - 1, recM.length);
  r++;
  m.mset(r, 0, r, MW - 1, "注：2021年9月的报道在考评截止日之后，照实登记。");

  // ---- ③ notes ----
  const n = new Grid("填表说明");
  n.push(["填表说明"]);
  n.push(["一、《镇村基本情况》按镇（街道）一行填写，村（居）委会名单以顿号分隔。"]);
  n.push(["二、《宣传报道统计》按媒体一行、按月份一列，格内填日期的“日”。"]);
  n.push(["三、以上两表均由区经济发展局电商股整理，数据截至2021年8月31日（宣传报道登记到9月8日）。"]);

  writeCase("ledgers", "b96-l2-yangjianggaoxin.json", {
    description:
      "阳江高新技术产业开发区经济发展局电商股交的两张汇总式台账加说明页：①《镇（街道）村（居）委会基本情况表》一镇一行，村委会和居委会的名字都挤在格里（顿号分隔，福冈镇一格前半用全角逗号，平冈镇名单在格内换行），“其中：省定贫困村”和“快递未通达的行政村”两栏只列例外（填“无”即没有／全部通达），有合计行和填表人行；②《宣传报道统计表（按媒体、月份）》是媒体×月份矩阵：级别按组纵向合并（中央级／省级／市级／区（县）级），两行表头（年份合并在月份上），格内只写日期的“日”（同月多篇用顿号分隔，只知月份的打“√”），形式列决定是否电视；③说明页不是台账。读法：村（居）委会逐行、先村后居、格内从左到右，共26个行政村＋7个居委会（“石塘村委会”是村，鸿江村与鸿江社区是两个单位）；未列在快递栏的行政村为通达，“三江村（2021年9月开通）”截止时未通；报道逐行、按月份从左到右，每个日子一条，共18条（CCTV-17“√”记为2021-01，2021年9月两条照列），合计行和篇数列不是记录。",
    sheets: [v, m, n],
    expect: {
      sheets: {
        镇村基本情况: { kind: "villages", records: recV },
        宣传报道统计: { kind: "media", records: recM },
        填表说明: { kind: null },
      },
    },
  });
})();

// ---------------------------------------------------------------------------
// counties/b96-c1-konggang: a whole workbook whose facts sheet is the printed
// covers of the evidence boxes (one box per indicator, three covers per row)
// ---------------------------------------------------------------------------
(function caseKonggang() {
  const rnd = rng(9601);
  const SUR = ["陈", "黄", "林", "吴", "郑", "蔡", "许", "杨", "李", "张", "王", "洪", "詹", "谢", "孙", "邱", "卢", "余", "方", "罗"];
  const GIV = ["楚", "鸿", "锐", "泽", "娜", "婉", "佳", "彬", "浩", "秋", "丽", "桂", "茂", "坤", "雅", "裕", "珊", "晓", "瑞", "炳", "英", "梅", "洁", "松"];
  const next = people(9611, "445203", SUR, GIV);
  const phone = () => "13" + String(5 + Math.floor(rnd() * 5)) + String(Math.floor(10000000 + rnd() * 89999999));

  // ---------------- villages ----------------
  const TOWNS = [
    ["地都镇", ["蓬洲村", "钱岗村", "枫美村", "华美村", "下林村", "乌石村", "西林村", "东篮村", "新寮村", "大寮村", "后洋村", "坑头村"], []],
    ["炮台镇", ["炮台村", "浮岗村", "南潮村", "桃山村", "石牌村", "港后村", "大东村", "湖心村", "仙滘村", "新溪村", "渡头村"], []],
    ["登岗镇", ["登岗村", "孚美村", "洪岗村", "西坑村", "沟内村", "南山村", "塘埔村", "上厝村", "下厝村", "港墘村"], []],
    ["溪南街道", ["溪南村", "西淇村", "仙美村", "东光村"], ["溪南社区", "京南社区"]],
    ["凤美街道", ["凤美村", "上义村", "南陇村"], ["凤美社区", "新兴社区", "东升社区"]],
  ];
  const POOR = ["乌石村", "坑头村", "桃山村", "仙滘村", "沟内村"];
  const NO_EXPRESS = ["仙滘村"];
  const allVillages = [];
  TOWNS.forEach(([t, vs]) => vs.forEach((v) => allVillages.push([t, v])));
  assert(allVillages.length === 40, "40 行政村");

  const vg = new Grid("附表1 村居名单");
  const VW = 7;
  vg.mset(0, 0, 0, VW - 1, "揭阳空港经济区行政村（社区）名单");
  vg.mset(1, 0, 1, VW - 1, "填报单位：揭阳空港经济区经济发展局　　　　截至2021年8月31日");
  vg.row(2, 0, ["序号", "镇（街道）", "村（居）委会", "类别", "是否省定贫困村", "快递物流是否进村", "备注"]);
  let r = 3;
  let seq = 1;
  TOWNS.forEach(([t, vs, cs]) => {
    const start = r;
    vs.forEach((v) => {
      vg.row(r, 0, [seq++, r === start ? t : null, v, "行政村", POOR.includes(v) ? "是" : "否", NO_EXPRESS.includes(v) ? "否" : "是", NO_EXPRESS.includes(v) ? "快递企业未设点，由镇邮政所代投" : null]);
      r++;
    });
    cs.forEach((c) => {
      vg.row(r, 0, [seq++, null, c, "社区", null, null, null]);
      r++;
    });
    if (r - 1 > start) vg.merge(start, 1, r - 1, 1);
  });
  vg.row(r, 0, ["合计：行政村40个，社区5个；省定贫困村5个", null, null, null, null, null, null]);
  vg.merge(r, 0, r, VW - 1);

  // ---------------- stations ----------------
  const UNCOVERED = ["后洋村", "大寮村", "湖心村", "渡头村", "沟内村", "上厝村", "港墘村", "东光村", "上义村", "南陇村", "西坑村"];
  const covered = allVillages.filter(([, v]) => !UNCOVERED.includes(v));
  assert(covered.length === 29, "29 covered villages");
  const stationRows = []; // [town, village, opened cell, remark]
  const fmts = ["date", "dot", "cn", "slash", "date", "cnmonth", "dot"];
  covered.forEach(([t, v], i) => {
    // opening dates spread over 2020-05 .. 2021-08
    const y = i < 20 ? 2020 : 2021;
    const mo = i < 20 ? 5 + Math.floor(i / 3) : 1 + Math.floor((i - 20) * 7 / 9);
    const d = 3 + Math.floor(rnd() * 25);
    const iso = y + "-" + String(mo).padStart(2, "0") + "-" + String(d).padStart(2, "0");
    const f = fmts[i % fmts.length];
    let cell;
    if (f === "date") cell = D(iso);
    else if (f === "dot") cell = y + "." + mo + "." + d;
    else if (f === "cn") cell = y + "年" + mo + "月" + d + "日";
    else if (f === "slash") cell = y + "/" + mo + "/" + d;
    else cell = y + "年" + mo + "月";
    assert(iso <= "2021-08-31", "covered station before cut-off");
    stationRows.push([t, v, cell, null]);
    if (v === "蓬洲村") stationRows.push([t, v, D("2021-04-16"), "第二个站点（蓬洲村北片）"]);
    if (v === "溪南村") stationRows.push(["溪南街道", "溪南社区", D("2020-11-20"), "社区站点"]);
  });
  stationRows.push(["玉湖镇（揭东区）", "西湖村", "2021.3.2", "运营商代建，在揭东区，不属本区"]);
  stationRows.push(["登岗镇", "沟内村", "2021年9月6日", "9月挂牌"]);
  stationRows.push(["凤美街道", "上义村", D("2021-09-10"), "9月挂牌"]);
  const sg = new Grid("附表2 站点清单");
  const SW = 10;
  sg.mset(0, 0, 0, SW - 1, "揭阳空港经济区村级电子商务服务站点清单");
  sg.mset(1, 0, 2, 0, "序号");
  sg.mset(1, 1, 2, 1, "站点名称");
  sg.mset(1, 2, 1, 3, "所在位置");
  sg.row(2, 2, ["镇（街道）", "村（居）"]);
  sg.mset(1, 4, 2, 4, "负责人");
  sg.mset(1, 5, 2, 5, "联系电话");
  sg.mset(1, 6, 2, 6, "挂牌时间");
  sg.mset(1, 7, 1, 8, "服务内容");
  sg.row(2, 7, ["代购代销", "快递收发"]);
  sg.mset(1, 9, 2, 9, "备注");
  stationRows.forEach((s, i) => {
    const p = next();
    const stName = s[1] === "溪南社区" ? "溪南社区电商服务点" : "空港经济区" + s[1].replace(/村$/, "") + (s[3] && s[3].startsWith("第二个") ? "北片" : "") + "电商服务站";
    sg.row(3 + i, 0, [i + 1, stName, s[0], s[1], p.name, phone(), s[2], "√", "√", s[3]]);
  });
  const sEnd = 3 + stationRows.length;
  sg.row(sEnd, 0, ["共计" + stationRows.length + "个站点", null, null, null, null, null, null, null, null, null]);
  sg.merge(sEnd, 0, sEnd, SW - 1);
  assert(stationRows.length === 34, "34 station rows");

  // ---------------- training sessions ----------------
  const sessions = [
    [1, D("2020-05-21"), "地都镇文化站", "电商基础知识", 160],
    [2, "2020年6月18日", "炮台镇政府会议室", "网店开设与运营", 175],
    [3, "2020.7.23", "区电商公共服务中心", "短视频拍摄", 190],
    [4, D("2020-08-27"), "登岗镇文化站", "农产品网销", 168],
    [5, D("2020-10-15"), "区电商公共服务中心", "直播带货", 210],
    [6, "2020/11/19", "溪南街道党群服务中心", "电商基础知识", 186],
    [7, D("2020-12-17"), "区电商公共服务中心", "网络营销", 205],
    [8, "2021年1月14日", "凤美街道会议室", "电商物流", 150],
    [9, "2021.3.24-25", "区电商公共服务中心", "电商运营实操（两天）", 198],
    [10, D("2021-04-22"), "地都镇文化站", "青梅、荔枝网销", 182],
    [11, "2021.6.10", "炮台镇政府会议室", "直播带货", 176],
    [12, D("2021-07-29"), "区电商公共服务中心", "电商客服与售后", 190],
    [13, "2021年9月3日", "区电商公共服务中心", "电商基础知识（秋季班）", 480],
  ];
  const tg = new Grid("附表3 普及培训");
  const TW = 7;
  tg.mset(0, 0, 0, TW - 1, "揭阳空港经济区农村电商普及培训登记表（按期次）");
  tg.mset(1, 0, 1, TW - 1, "注：本表不含建档立卡贫困户专场，专场按人签到，见附表4。");
  tg.row(2, 0, ["期次", "培训日期", "培训地点", "培训内容", "授课单位", "参训人次", "备注"]);
  sessions.forEach((s, i) => tg.row(3 + i, 0, ["第" + s[0] + "期", s[1], s[2], s[3], "揭阳市港汇电子商务有限公司", s[4], i === 12 ? "截止日后" : null]));
  const sumBefore = sum(sessions.slice(0, 12).map((s) => s[4]));
  assert(sumBefore === 2190, "sessions before cut-off = 2190");
  const tEnd = 3 + sessions.length;
  tg.row(tEnd, 0, ["合计", null, null, null, null, sum(sessions.map((s) => s[4])), null]);
  tg.merge(tEnd, 0, tEnd, 4);

  // ---------------- poor persons & special sessions ----------------
  const E = [];
  for (let i = 0; i < 24; i++) E.push(next({ xCheck: i === 4 ? true : false, yearFrom: 1968, yearSpan: 35 }));
  const NL = []; // no labour capacity
  for (let i = 0; i < 6; i++) NL.push(next({ xCheck: false, yearFrom: 1940, yearSpan: 20 }));
  const MG = []; // labour capacity but migrant workers
  for (let i = 0; i < 6; i++) MG.push(next({ xCheck: false, yearFrom: 1975, yearSpan: 25 }));
  const O = []; // villagers who are not on the poor list
  for (let i = 0; i < 20; i++) O.push(next({ xCheck: false, yearFrom: 1965, yearSpan: 35 }));
  const poorVillageOf = (i) => POOR[i % POOR.length];
  // poor persons list, grouped by household
  const poorList = [];
  const order = [];
  E.forEach((p, i) => order.push({ p, kind: "E", i }));
  NL.forEach((p, i) => order.push({ p, kind: "NL", i }));
  MG.forEach((p, i) => order.push({ p, kind: "MG", i }));
  // deterministic interleave
  order.sort((a, b) => (a.p.id < b.p.id ? -1 : 1));
  const pg = new Grid("附表5 贫困人口");
  const PW = 10;
  pg.mset(0, 0, 0, PW - 1, "揭阳空港经济区建档立卡贫困人口名单（含劳动能力、务工情况）");
  pg.mset(1, 0, 1, PW - 1, "数据来源：区乡村振兴局（原扶贫办）2020年12月底数据　　“是否外出务工”指外出务工（区外），在家附近打零工的填“否”");
  pg.row(2, 0, ["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工", "备注"]);
  // households of one to three members (adjacent in birth order), one village per household
  let hh = null;
  let hhLeft = 0;
  let hhNo = -1;
  let member = 0;
  const villageOfPerson = new Map();
  order.forEach((o, i) => {
    if (hhLeft === 0) {
      hh = o.p.name;
      hhLeft = 1 + Math.floor(rnd() * 3);
      hhNo++;
      member = 0;
    }
    const rel = ["户主", "配偶", "其他"][member];
    const vill = poorVillageOf(hhNo);
    const town = allVillages.find(([, v]) => v === vill)[0];
    const labour = o.kind === "NL" ? "无劳动能力" : "有劳动能力";
    const mig = o.kind === "MG" ? "是" : "否";
    pg.row(3 + i, 0, [i + 1, town, vill, hh, o.p.name, rel, o.p.id, labour, mig, o.kind === "MG" ? "广州务工" : null]);
    villageOfPerson.set(o.p.id, vill);
    poorList.push(o);
    hhLeft--;
    member++;
  });
  assert(poorList.filter((o) => o.kind === "E").length === 24, "24 eligible persons on the list");
  pg.row(3 + order.length, 0, ["合计" + order.length + "人（其中有劳动能力且未外出务工24人）", null, null, null, null, null, null, null, null, null]);
  pg.merge(3 + order.length, 0, 3 + order.length, PW - 1);

  const sp = new Grid("附表4 专场签到");
  const QW = 8;
  sp.mset(0, 0, 0, QW - 1, "揭阳空港经济区建档立卡贫困户电商培训专场签到表");
  sp.row(1, 0, ["序号", "专场", "培训日期", "姓名", "身份证号", "所在村", "是否建档立卡贫困户", "签到"]);
  const SP = [
    ["第一场", "2020年11月26日", "2020-11-26", [...E.slice(0, 8).map((p) => [p, true]), [NL[0], true], [MG[0], true], ...O.slice(0, 4).map((p) => [p, false])]],
    ["第二场", D("2021-05-20"), "2021-05-20", [...E.slice(8, 13).map((p) => [p, true]), [E[0], true], [NL[1], true], [MG[1], true], [MG[2], true], ...O.slice(4, 11).map((p) => [p, false])]],
    ["第三场", "2021.9.8", "2021-09-08", [...E.slice(13, 17).map((p) => [p, true]), [E[1], true], [MG[3], true], ...O.slice(11, 17).map((p) => [p, false])]],
  ];
  let sr = 2;
  let sq = 1;
  let rowsBefore = 0;
  const trainedBefore = new Set();
  const trainedAll = new Set();
  const eligibleIds = new Set(E.map((p) => p.id));
  SP.forEach(([label, dateCell, iso, list]) => {
    list.forEach(([p, poor], j) => {
      let idCell = p.id;
      if (p === E[4]) idCell = p.id.slice(0, 17) + "x";
      const vill = poor ? villageOfPerson.get(p.id) : covered[(j * 3) % covered.length][1];
      assert(!poor || vill, "a poor trainee is on the list");
      sp.row(sr, 0, [sq++, label, j === 0 ? dateCell : null, p.name, idCell, vill, poor ? "是" : "否", "已签"]);
      if (iso <= "2021-08-31") rowsBefore++;
      if (eligibleIds.has(p.id)) {
        trainedAll.add(p.id);
        if (iso <= "2021-08-31") trainedBefore.add(p.id);
      }
      sr++;
    });
    // the date is written once per session; merge it down over the session's rows
    sp.merge(sr - list.length, 2, sr - 1, 2);
  });
  assert(E[4].id.endsWith("X"), "an eligible ID ends with X");
  assert(rowsBefore === 30, "30 special-session rows before cut-off");
  assert(trainedBefore.size === 13 && trainedAll.size === 17, "13 trained eligible persons by the cut-off (17 with September)");
  const personTimes = sumBefore + rowsBefore;
  assert(personTimes === 2220, "2220 person-times");

  // ---------------- enterprises ----------------
  const code = (i) => "91445200MA5" + String.fromCharCode(65 + (i % 26)) + String(1000 + i * 37).padStart(4, "0") + String.fromCharCode(70 + (i % 8)) + (i % 3 === 1 ? "X" : String((i * 7) % 10));
  const ent = [
    ["揭阳市港汇电子商务有限公司", "电商运营商", D("2020-12-18"), null, "在园", null],
    ["揭阳空港青梅记食品销售有限公司", "销售型", D("2020-12-18"), null, "在园", null],
    ["揭阳市地都荔乡网商专业合作社", "销售型", "2020.12.25", null, "在园", null],
    ["广东潮汕优品网络科技有限公司", "平台型", D("2021-01-06"), null, "在园", null],
    ["揭阳市炮台海鲜电子商务有限公司", "销售型", "2021.1.12", null, "在园", null],
    ["揭阳市速通快递服务有限公司", "物流企业", "2021年1月", null, "在园", null],
    ["揭阳市京港物流有限公司", "物流企业", D("2021-01-20"), null, "在园", null],
    ["揭阳市登岗香草电子商务有限公司", "销售型", D("2021-02-03"), D("2021-06-30"), "已退出", "经营不善退出"],
    ["揭阳市空港直播电商运营有限公司", "电商运营商", D("2021-02-24"), null, "在园", null],
    ["揭阳市凤美文创贸易有限公司", "销售型", "2021/3/8", null, "在园", null],
    ["揭阳市溪南农特产品销售有限公司", "销售型", D("2021-03-15"), null, "在园", null],
    ["广东揭货通供应链管理有限公司", "平台型", D("2021-03-22"), null, "在园", null],
    ["揭阳市港城代运营服务有限公司", "电商运营商", "2021年4月1日", null, "在园", null],
    ["揭阳市青梅记食品销售有限公司", "销售型", D("2021-04-16"), null, "在园", "2021年4月更名（原“揭阳空港青梅记食品销售有限公司”，见第2行），同一家企业"],
    ["揭阳市云仓快递服务有限公司", "物流企业", D("2021-04-28"), null, "在园", null],
    ["揭阳市乡味电子商务有限公司", "销售型", "2021.5.10", null, "在园", null],
    ["揭阳市潮品汇网络科技有限公司", "平台型", D("2021-05-26"), null, "在园", null],
    ["揭阳空港光影电商摄影工作室", "摄影服务", D("2021-06-08"), null, "在园", "个体工商户"],
    ["揭阳市港兴农产品贸易有限公司", "销售型", D("2021-06-21"), "2021年9月15日", "已退出", null],
    ["揭阳市鑫达电商运营有限公司", "电商运营商", D("2021-07-12"), null, "在园", null],
    ["揭阳市榕江鲜果销售有限公司", "销售型", "2021.8.9", null, "在园", null],
    ["揭阳市空港跨境电子商务有限公司", "销售型", D("2021-09-01"), null, "在园", "9月新入驻"],
  ];
  const eg = new Grid("附表6 入驻企业");
  const EW = 8;
  eg.mset(0, 0, 0, EW - 1, "空港电商产业园入驻企业清单");
  eg.mset(1, 0, 1, EW - 1, "运营单位：揭阳市港汇电子商务有限公司　　　　更新日期：2021年9月16日");
  eg.row(2, 0, ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "状态", "备注"]);
  ent.forEach((e, i) => eg.row(3 + i, 0, [i + 1, e[0], i === 13 ? code(1) : code(i), e[1], e[2], e[3], e[4], e[5]]));
  const inPark = ent.filter((e, i) => {
    const iso = (c) => (c && c.date ? c.date : c ? { "2020.12.25": "2020-12-25", "2021.1.12": "2021-01-12", "2021年1月": "2021-01", "2021/3/8": "2021-03-08", "2021年4月1日": "2021-04-01", "2021.5.10": "2021-05-10", "2021.8.9": "2021-08-09", "2021年9月15日": "2021-09-15" }[c] : null);
    const inn = iso(e[2]);
    const out = iso(e[3]);
    assert(e[2] === null || inn, "entry date readable " + e[0]);
    if (i === 13) return false; // renamed: same credit code as row 2
    return inn <= "2021-08-31" && !(out && out < "2021-08-31");
  });
  assert(inPark.length === 19, "19 enterprises in the park at the cut-off");

  // ---------------- funds ----------------
  const pays = [
    [D("2020-07-15"), "公共服务中心装修（一期）", "揭阳市建华装饰工程有限公司", 680000, 680000],
    ["2020.9.28", "公共服务中心设备", "广东粤信科技有限公司", "325,600.00", 325600],
    [D("2020-11-20"), "村级站点建设（第一批）", "揭阳市港汇电子商务有限公司", "86万", 860000],
    ["2020年12月30日", "电商培训服务（一期）", "揭阳市港汇电子商务有限公司", 298000, 298000],
    [D("2021-01-28"), "镇村物流体系建设", "揭阳市邮政分公司", "56.5万", 565000],
    ["2021/3/31", "村级站点建设（第二批）", "揭阳市港汇电子商务有限公司", 520000, 520000],
    [D("2021-05-20"), "农产品溯源系统", "广东溯源通信息技术有限公司", "12.5万", 125000],
    ["2021.6.30", "电商培训服务（二期）", "揭阳市港汇电子商务有限公司", "214,000.00", 214000],
    [D("2021-08-20"), "中心运营服务费", "揭阳市港汇电子商务有限公司", 225000, 225000],
    ["2021年9月10日", "村级站点建设尾款", "揭阳市港汇电子商务有限公司", 420000, 420000],
  ];
  const paidBefore = sum(pays.slice(0, 9).map((p) => p[4]));
  assert(paidBefore === 3812600, "3,812,600 paid by the cut-off");
  const fg = new Grid("附表7 资金拨付");
  const FW = 7;
  fg.mset(0, 0, 0, FW - 1, "揭阳空港经济区省级电子商务进农村综合示范专项资金拨付明细");
  fg.row(1, 0, ["下达资金：500万元", null, null, null, null, null, "单位：元"]);
  fg.merge(1, 0, 1, 5);
  fg.row(2, 0, ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号", "备注"]);
  pays.forEach((p, i) => fg.row(3 + i, 0, [i + 1, p[0], p[1], p[2], p[3], "记-" + String(12 + i * 9).padStart(4, "0"), i === 9 ? "截止日后拨付" : null]));
  const fEnd = 3 + pays.length;
  fg.row(fEnd, 0, ["合计", null, null, null, "4,232,600.00", null, null]);
  fg.merge(fEnd, 0, fEnd, 3);
  fg.row(fEnd + 1, 0, ["制表：区财政局 洪××", null, null, "审核：区经济发展局 詹××", null, null, null]);

  // ---------------- reports ----------------
  const rep = [
    [D("2020-09-04"), "2020年8月"],
    ["2020.10.9", "2020年9月"],
    [D("2020-11-05"), "2020年10月"],
    ["2020年12月4日", "2020年11月"],
    [D("2021-01-06"), "2020年12月"],
    [D("2021-02-03"), "2021年1月"],
    ["2021.3.4", "2021年2月"],
    [D("2021-04-06"), "2021年3月"],
    [D("2021-05-07"), "2021年4月"],
    ["2021/6/4", "2021年5月"],
    [D("2021-07-05"), "2021年6月"],
    [D("2021-08-05"), "2021年7月"],
    [D("2021-09-06"), "2021年8月"],
  ];
  const rg = new Grid("附表8 月报报送");
  const RW = 7;
  rg.mset(0, 0, 0, RW - 1, "向揭阳市商务局报送示范创建工作月报登记表");
  rg.row(1, 0, ["序号", "报送日期", "所属月份", "报送内容", "报送方式", "是否含电商扶贫统计", "经办人"]);
  rep.forEach((x, i) => rg.row(2 + i, 0, [i + 1, x[0], x[1], x[1] + "示范创建工作进展、成效及电商统计数据", "粤政易", "是", "黄××"]));

  // ---------------- disclosures ----------------
  const dis = [
    [D("2020-09-11"), "2020年8月项目建设进度"],
    [D("2020-09-25"), "村级站点建设项目基本信息公示"],
    [D("2020-10-12"), "2020年9月项目建设进度"],
    ["2020.11.10", "2020年10月项目建设进度"],
    [D("2020-12-09"), "2020年11月项目建设进度"],
    [D("2021-01-11"), "2020年12月项目建设进度"],
    [D("2021-03-01"), "2021年1月、2月项目建设进度（春节顺延发布）"],
    [D("2021-03-30"), "2021年3月项目建设进度"],
    ["2021年4月28日", "2021年4月项目建设进度"],
    [D("2021-05-31"), "2021年5月项目建设进度"],
    [D("2021-06-29"), "2021年6月项目建设进度"],
    [D("2021-07-30"), "2021年7月项目建设进度"],
    [D("2021-08-31"), "2021年8月项目建设进度"],
  ];
  const dg = new Grid("附表9 专栏更新");
  dg.mset(0, 0, 0, 4, "揭阳空港经济区管委会网站“电商进农村示范创建”专栏更新记录");
  dg.row(1, 0, ["序号", "发布日期", "标题", "栏目", "链接"]);
  dis.forEach((x, i) => dg.row(2 + i, 0, [i + 1, x[0], x[1], i === 1 ? "项目信息" : "建设进度", "http://www.jyairport.gov.cn/dszj/content/post_" + (41200 + i * 17) + ".html"]));
  const disMonths = new Set(dis.map((x) => (x[0].date ? x[0].date : { "2020.11.10": "2020-11-10", "2021年4月28日": "2021-04-28" }[x[0]]).slice(0, 7)));
  assert(!disMonths.has("2021-02") && disMonths.size === 11, "February 2021 has no update");

  // ---------------- media ----------------
  const mg = new Grid("附表10 宣传报道");
  mg.mset(0, 0, 0, 6, "揭阳空港经济区电子商务进农村宣传报道清单");
  mg.row(1, 0, ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]);
  [
    [D("2020-10-22"), "揭阳日报", "市级", "报纸", "空港经济区：电商服务站开进村", "否"],
    [D("2020-12-15"), "南方日报", "省级", "报纸", "揭阳空港：小青梅“触网”走俏", "否"],
    ["2021.5.12", "广东广播电视台《广东新闻联播》", "省级", "电视", "揭阳空港：电商扶贫让贫困户搭上“快车”", "是"],
    [D("2021-06-18"), "揭阳广播电视台", "市级", "电视", "空港“电商+荔枝”助农增收", "否"],
    ["2021年9月10日", "人民网", "国家级", "网络", "广东揭阳空港：村村有了电商站", "否"],
  ].forEach((x, i) => mg.row(2 + i, 0, [i + 1, ...x]));

  // ---------------- materials ----------------
  const ag = new Grid("附表11 经验材料");
  ag.mset(0, 0, 0, 5, "经验材料报送登记");
  ag.row(1, 0, ["序号", "报送日期", "材料标题", "报送单位", "报送对象", "备注"]);
  ag.row(2, 0, [1, D("2021-07-20"), "《揭阳空港经济区“电商+侨乡特产”助农增收的经验做法》", "区经济发展局", "揭阳市商务局", null]);
  ag.row(3, 0, [2, "2021年9月（拟）", "《空港经济区村级站点运营经验》", "区经济发展局", "揭阳市商务局", "拟报送，尚未报送"]);

  // ---------------- the box covers (facts) ----------------
  const bx = new Grid("盒面（打印）");
  const BW = 14;
  bx.mset(0, 0, 0, BW - 1, "揭阳空港经济区电子商务进农村综合示范创建考评佐证材料——档案盒盒面（打印稿，A4横向，每页三个盒面）");
  bx.mset(1, 0, 1, BW - 1, "打印后沿虚线剪下，贴于档案盒正面；各盒“自评得分”与自评报告一致。");
  const TITLE = "揭阳空港经济区电子商务进农村综合示范创建考评佐证材料";
  const R0 = 3;
  const place = (k) => ({ r: R0 + Math.floor(k / 3) * 12, c: (k % 3) * 5 });
  function cover(k, spec) {
    const { r: y, c: x } = place(k);
    bx.mset(y, x, y, x + 3, TITLE);
    bx.set(y + 1, x, "盒　号");
    bx.mset(y + 1, x + 1, y + 1, x + 3, "第" + String(k).padStart(2, "0") + "盒（共17盒）");
    if (spec.basic) {
      bx.set(y + 2, x, "内　容");
      bx.mset(y + 2, x + 1, y + 2, x + 3, "基本情况及自评汇总");
      spec.basic.forEach((pair, i) => bx.row(y + 3 + i, x, pair));
    } else {
      bx.set(y + 2, x, "工作任务");
      bx.mset(y + 2, x + 1, y + 2, x + 3, spec.task);
      bx.row(y + 3, x, ["评价指标", spec.name, "分　值", spec.max]);
      bx.row(y + 4, x, ["自评得分", spec.self, "责任单位", spec.unit]);
      bx.mset(y + 5, x, y + 5, x + 3, "盒内材料目录");
      for (let i = 0; i < 3; i++) {
        if (spec.mats[i]) bx.mset(y + 6 + i, x, y + 6 + i, x + 3, spec.mats[i]);
        else bx.merge(y + 6 + i, x, y + 6 + i, x + 3);
      }
    }
    bx.mset(y + 9, x, y + 10, x, "备　考");
    bx.mset(y + 9, x + 1, y + 10, x + 3, spec.note);
  }
  const T1 = "加强组织领导与统筹协调（10分）";
  const T2 = "深入推动电子商务进农村工作（55分）";
  const T3 = "加强信息公开及报送（10分）";
  const T4 = "加强宣传推广（10分）";
  const T5 = "加强财政资金管理（15分）";
  const EB = "区经济发展局";
  const boxes = [
    {
      basic: [
        ["县（市、区）", "揭阳空港经济区", "考评截止日期", "2021年8月31日"],
        ["常住人口", "26.83万人", "行政村", "40个"],
        ["省定贫困村", "5个", "社区（居委会）", "5个"],
        ["下达资金", "500万元", "累计拨付", "381.26万元"],
        ["项目总体进度", "88%", "自评总分", "91分"],
        ["立卷人", "黄××", "立卷日期", "2021.9.3"],
      ],
      note: "01—15盒对应15项评价指标，16盒为加分项和一票否决项；各盒自评得分合计90分，另加分1分，共91分。",
    },
    { task: T1, name: "组织领导", max: 2, self: 2, unit: EB, id: "org.leadership",
      mats: ["①《关于成立揭阳空港经济区电子商务进农村综合示范工作领导小组的通知》（揭空党工委〔2019〕37号）", "②领导小组会议纪要（2020年第1—4次）", "③工作调度会照片"],
      note: "组长：区党工委书记；副组长：管委会分管副主任；成员单位：区经济发展局（商务）、区财政局、区农业农村局、区乡村振兴局、区统计局及各镇（街道）" },
    { task: T1, name: "方案制定", max: 2, self: 2, unit: EB, id: "org.plan",
      mats: ["①《揭阳空港经济区电子商务进农村综合示范创建工作方案》（揭空管〔2019〕112号，2019年12月26日正式印发）", "②方案解读材料", null],
      note: "方案已正式印发，因地制宜、可操作性较强，自评2分" },
    { task: T1, name: "政策支持", max: 2, self: 1, unit: EB, id: "org.policy",
      mats: ["①《揭阳空港经济区促进农村电子商务发展扶持办法》（揭空管〔2020〕58号，2020年8月出台）", "②扶持资金兑现名单", null],
      note: "政策已出台，兑现范围偏小，自评1分" },
    { task: T1, name: "项目管理", max: 4, self: 3, unit: EB, id: "org.management",
      mats: ["①《电子商务进农村综合示范项目管理制度》", "②项目建设工作台账", "③项目验收资料"],
      note: "项目管理制度2分；工作台账1分（部分台账为事后补录）" },
    { task: T2, name: "服务体系建设（县级中心与产业园）", max: 15, self: 14, unit: EB, id: "work.center",
      mats: ["①公共服务中心运营资料（2020年12月18日投入运营）", "②免费培训、展示展销、摄影美工、品牌推广服务记录", "③空港电商产业园入驻企业清单（附表6）"],
      note: "中心有免费培训室和培训设备，能组织电商基础培训；为特色农产品免费展示、销售；免费提供摄影、美工服务；组织农产品统一推广、指导品牌建设；其他衍生增值服务暂未开展（拟于2021年第四季度开展金融对接）；已整合建成空港电商产业园，入驻企业20家，含平台型、销售型、电商运营商、物流企业" },
    { task: T2, name: "服务体系建设（村级站点覆盖）", max: 10, self: 8, unit: EB, id: "work.coverage",
      mats: ["①行政村（社区）名单（附表1）", "②村级站点清单（附表2）", "③站点视频（U盘）"],
      note: "行政村40个，已建站点覆盖29个（72.5%）；省定贫困村5个，覆盖4个（80%）" },
    { task: T2, name: "农村产品上行", max: 10, self: 9, unit: EB, id: "work.upward",
      mats: ["①《空港经济区农产品网络销售调研报告》", "②“空港好物”网络促销活动总结", "③青梅、荔枝电商交易标准及溯源系统资料"],
      note: "网销调研2分；网络促销活动2分；第三方运营服务商：有（揭阳市港汇电子商务有限公司）；行政村物流快递覆盖率100%；交易标准与冷链溯源1分；农村网络零售额2019年2.86亿元、2020年3.58亿元；农产品网络零售额2019年0.62亿元、2020年0.83亿元" },
    { task: T2, name: "电商人才培训", max: 20, self: 20, unit: EB, id: "work.training",
      mats: ["①普及培训登记（附表3）", "②贫困户专场签到（附表4）", "③贫困人口名单（附表5）"],
      note: "常住人口26.83万人（第七次人口普查）" },
    { task: T3, name: "信息公开", max: 4, self: 4, unit: EB, id: "info.disclosure",
      mats: ["①专栏页面截图", "②专栏更新记录（附表9）", null],
      note: "管委会网站设“电商进农村示范创建”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话" },
    { task: T3, name: "数据上报", max: 6, self: 6, unit: EB, id: "info.reporting",
      mats: ["①月报报送登记（附表8）", "②月报文件", null],
      note: "每月向市商务局报送，月报含电商扶贫统计" },
    { task: T4, name: "案例总结", max: 2, self: 2, unit: EB, id: "promo.cases",
      mats: ["①经验材料报送登记（附表11）", "②经验材料文本", null],
      note: "已向市商务局报送经验材料" },
    { task: T4, name: "经验推广", max: 8, self: 7, unit: EB, id: "promo.media",
      mats: ["①宣传报道清单（附表10）", "②报道截图、视频", null],
      note: "省级、市级媒体均有报道" },
    { task: T5, name: "制度建立", max: 5, self: 4, unit: "区财政局", id: "fund.system",
      mats: ["①《揭阳空港经济区电子商务进农村综合示范专项资金管理办法》", null, null],
      note: "资金管理制度已制定，自评4分" },
    { task: T5, name: "资金台账", max: 5, self: 4, unit: "区财政局", id: "fund.ledger",
      mats: ["①承建单位资金专用台账", "②记账凭证", null],
      note: "承建单位已建立资金专用台账，自评4分" },
    { task: T5, name: "资金支出", max: 5, self: 4, unit: "区财政局", id: "fund.spending",
      mats: ["①资金拨付明细（附表7）", "②拨付文件", null],
      note: "下达500万元，截至2021年8月31日累计拨付381.26万元，支出率76.3%；及时拨付自评4分" },
    { task: "加分项（4分）、一票否决项", name: "加分项", max: 4, self: 1, unit: EB, id: null,
      mats: ["①贫困人口培训率未达到70%，自评0分", "②电商扶贫典型案例获省级电视媒体（广东广播电视台）播报，自评1分", "③创建期间未发生安全生产、质量事故或重大损失；无弄虚作假"],
      note: "项目总体进度88%（见第00盒），不触及一票否决" },
  ];
  assert(boxes.length === 17, "17 boxes");
  boxes.forEach((b, k) => cover(k, b));
  const claimed = {};
  boxes.forEach((b) => {
    if (b.id) claimed[b.id] = b.self;
  });
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  assert(sum(Object.values(claimed)) === 91, "claimed total 91");

  // ---------------- contents ----------------
  const toc = new Grid("目录");
  toc.push(["揭阳空港经济区电子商务进农村综合示范创建考评材料（电子版）"]);
  toc.push(["序号", "工作表", "内容"]);
  const tabs = [
    ["盒面（打印）", "档案盒盒面（基本情况、各指标自评得分和材料目录）"],
    ["附表1 村居名单", "行政村（社区）名单"],
    ["附表2 站点清单", "村级电子商务服务站点清单"],
    ["附表3 普及培训", "普及培训登记（按期次）"],
    ["附表4 专场签到", "贫困户专场签到"],
    ["附表5 贫困人口", "建档立卡贫困人口名单"],
    ["附表6 入驻企业", "产业园入驻企业清单"],
    ["附表7 资金拨付", "专项资金拨付明细"],
    ["附表8 月报报送", "月报报送登记"],
    ["附表9 专栏更新", "专栏更新记录"],
    ["附表10 宣传报道", "宣传报道清单"],
    ["附表11 经验材料", "经验材料报送登记"],
  ];
  tabs.forEach((t, i) => toc.push([i + 1, t[0], t[1]]));

  // ---------------- expected result ----------------
  const points = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 3,
    "work.center": 12,
    "work.coverage": 8,
    "work.upward": 8,
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
  const scored = Object.entries(points).filter(([k]) => !k.startsWith("bonus.") && !k.startsWith("veto.")).map(([, v]) => v);
  assert(sum(scored) === 84, "84 before bonus");

  writeCase("counties", "b96-c1-konggang.json", {
    description:
      "揭阳空港经济区经济发展局的整本考评工作簿（13个表：目录、盒面（打印）、附表1—附表11），中等偏上（85分，含加分1分，未否决；盒面自评91分）。事实表是迎检佐证材料档案盒的《盒面（打印稿）》：A4横向每行排三个盒面（各占4列、间隔1列，每个盒面11行、盒面之间空一行，共17个，按“自左至右、自上而下”读），第00盒是基本情况（标签|值成对），01—15盒各对应一项评价指标（工作任务、评价指标、分值、自评得分、责任单位、三行盒内材料目录、合并的“备考”），事实和主观项自评分都写在材料目录和备考句子里，16盒是加分项和一票否决；附表是村居名单（镇名纵向合并、快递列一村“否”）、两行表头的站点清单、按期次记人次的普及培训（注明不含专场）、贫困户专场逐人签到、贫困人口名单、产业园企业、资金拨付（元与“86万”混写）、月报、专栏更新、宣传报道、经验材料。",
    sheets: [toc, bx, vg, sg, tg, sp, pg, eg, fg, rg, dg, mg, ag],
    expect: {
      asOf: "2021-08-31",
      total: 85,
      bonus: 1,
      vetoed: false,
      points,
      claimed,
    },
    derivation: [
      "org.leadership: 01盒备考“组长：区党工委书记”（书记→主要领导），成员单位有区经济发展局（商务）、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: 02盒，方案2019年12月26日正式印发，自评2分 → 2",
      "org.policy: 03盒，扶持办法2020年8月出台，自评1分 → 1",
      "org.management: 04盒，项目管理制度2分＋工作台账1分 → 3",
      "work.center: 中心2020-12-18投入运营（≤截止日2，≤2021-02-28再2）；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“暂未开展（拟…）”0；产业园已建2；附表6截至8月31日在园企业：22行去掉9月1日入驻的空港跨境、与第2行同一信用代码的更名行、6月30日退出的登岗香草，9月15日退出的港兴仍在园 → 19家 < 20 → 0；类型有电商运营商、销售型、平台型、物流企业、摄影服务 ≥3 → 1；合计 2+2+2+1+1+1+0+2+0+1 = 12（自评14）",
      "work.coverage: 附表1行政村40个（5个社区不计）；附表2截至8月31日有站点的行政村29个（蓬洲村两个站只算一次；溪南社区站是社区；西湖村不在名单；沟内村9月6日、上义村9月10日挂牌在截止日后）→ 29/40 = 72.5% ≥ 70% → 5；省定贫困村5个（乌石、坑头、桃山、仙滘、沟内），截至8月31日覆盖4个 → 80% → 3；合计8",
      "work.upward: 网销调研2＋促销活动2（07盒自评）；第三方运营服务商有 → 1；附表1有快递列且仙滘村“否” → 0（盒面“覆盖率100%”与台账不符）；交易标准与冷链溯源1；农村网零2.86→3.58亿元增25.2%，农产品网零0.62→0.83亿元增33.9% ≥ 30% → 2；合计 2+2+1+0+1+2 = 8",
      "work.training: 培训人次 = 附表3第1—12期2,190人次（第13期2021年9月3日480人次不计；第9期“2021.3.24-25”按3月25日）＋附表4专场截至8月31日签到30行 = 2,220；2,220/268,300 = 0.827%，在0.8%—1%之间 → 8；贫困人口：附表5有劳动能力且未外出务工24人，截至8月31日在专场签到的13人（一人两场只算一次，一人身份证末位小写x仍是同一人，第三场9月8日的4人不计）→ 13/24 = 54.2% ≥ 50% → 10；合计18",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 2；附表9在2020-09至2021-08中2021年2月无更新（1、2月进度3月1日才发）→ 不定时 → 1；合计3",
      "info.reporting: 附表8按报送日期2020-09-04至2021-08-05每月都有一次（“所属月份”是上月，不按它算）→ 3；月报含电商扶贫统计 → 3；合计6",
      "promo.cases: 附表11，2021-07-20向揭阳市商务局报送经验材料（9月“拟报送”一条不算）→ 2",
      "promo.media: 截止日前有省级（南方日报、广东广播电视台）→ 4，市级（揭阳日报、揭阳广播电视台）→ 3；人民网2021-09-10在截止日后不计 → 7",
      "fund.system: 13盒，资金管理办法已制定，自评4分 → 4",
      "fund.ledger: 14盒，专用台账已建立，自评4分 → 4",
      "fund.spending: 附表7截至8月31日拨付 680,000＋325,600＋860,000（“86万”）＋298,000＋565,000（“56.5万”）＋520,000＋125,000（“12.5万”）＋214,000＋225,000 = 3,812,600元（9月10日420,000元不计，合计行不是拨付）；3,812,600/5,000,000 = 76.3% ≥ 70% → 及时拨付自评4分 → 4",
      "bonus.poorTraining: 贫困人口培训率54.2% < 70% → 0",
      "bonus.tvCase: 附表10广东广播电视台《广东新闻联播》2021-05-12电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: 16盒写明未发生安全生产、质量事故 → 不否决",
      "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
      "veto.fraud: 16盒写明无弄虚作假 → 不否决",
      "total: 2+2+1+3+12+8+8+18+3+6+2+7+4+4+4 = 84，加分1 → 85",
    ],
  });
})();

// ---------------------------------------------------------------------------
module.exports = { Grid, D, makeId, validateCase };
if (require.main === module) {
  for (const w of written) console.log("wrote " + w);
  console.log(written.length + " case(s) written");
}
