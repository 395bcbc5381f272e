"use strict";
// Batch 97 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers
function colName(c) {
  let s = "";
  c += 1;
  while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); }
  return s;
}
function a1(r, c) { return colName(c) + (r + 1); }
function parseA1(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error("bad ref " + ref);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}
const D = (s) => ({ date: s });

function checkCell(v, where) {
  if (v === null || typeof v === "string" || typeof v === "boolean") return;
  if (typeof v === "number") { if (!Number.isFinite(v)) throw new Error("non-finite number at " + where); return; }
  if (typeof v === "object" && Object.keys(v).length === 1 && typeof v.date === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(v.date)) {
    const d = new Date(v.date + "T00:00:00Z");
    if (isNaN(d) || d.toISOString().slice(0, 10) !== v.date) throw new Error("bad date " + v.date + " at " + where);
    return;
  }
  throw new Error("bad cell at " + where + ": " + JSON.stringify(v));
}

function validateSheet(sh) {
  if (!sh.name || typeof sh.name !== "string") throw new Error("sheet without name");
  if (!Array.isArray(sh.rows) || sh.rows.length === 0) throw new Error(sh.name + ": no rows");
  const w = sh.rows[0].length;
  sh.rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== w) throw new Error(sh.name + ": row " + (r + 1) + " has " + (row && row.length) + " cells, expected " + w);
    row.forEach((v, c) => checkCell(v, sh.name + "!" + a1(r, c)));
  });
  const seen = new Set();
  for (const m of sh.merges || []) {
    const [p, q] = m.split(":");
    const s = parseA1(p), e = parseA1(q);
    if (e.r < s.r || e.c < s.c) throw new Error(sh.name + ": inverted merge " + m);
    if (e.r >= sh.rows.length || e.c >= w) throw new Error(sh.name + ": merge outside grid " + m);
    if (s.r === e.r && s.c === e.c) throw new Error(sh.name + ": single-cell merge " + m);
    for (let r = s.r; r <= e.r; r++) for (let c = s.c; c <= e.c; c++) {
      const k = r + "," + c;
      if (seen.has(k)) throw new Error(sh.name + ": overlapping merge " + m);
      seen.add(k);
      if ((r !== s.r || c !== s.c) && sh.rows[r][c] !== null) throw new Error(sh.name + ": covered cell " + a1(r, c) + " of " + m + " not empty");
    }
  }
}

function validateCase(obj, file) {
  if (typeof obj.description !== "string" || !obj.description) throw new Error(file + ": no description");
  if (!Array.isArray(obj.sheets) || !obj.sheets.length) throw new Error(file + ": no sheets");
  const names = new Set();
  for (const sh of obj.sheets) {
    if (names.has(sh.name)) throw new Error(file + ": duplicate sheet " + sh.name);
    names.add(sh.name);
    validateSheet(sh);
  }
  if (!obj.expect) throw new Error(file + ": no expect");
  if (obj.expect.sheets) for (const k of Object.keys(obj.expect.sheets)) if (!names.has(k)) throw new Error(file + ": expect for unknown sheet " + k);
}

const written = [];
function writeCase(folder, file, obj) {
  validateCase(obj, file);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(folder + "/" + file);
}

// A small sheet builder: rows padded to a fixed width; merges in A1 form.
class Sheet {
  constructor(name, width) { this.name = name; this.width = width; this.rows = []; this.merges = []; this.hidden = false; }
  get n() { return this.rows.length; }
  row(cells) {
    const r = (cells || []).slice();
    if (r.length > this.width) throw new Error(this.name + ": row too wide: " + JSON.stringify(cells));
    while (r.length < this.width) r.push(null);
    this.rows.push(r.map((v) => (v === undefined ? null : v)));
    return this.rows.length - 1;
  }
  blank() { return this.row([]); }
  // a row with one text spanning columns c0..c1 (default: whole width)
  band(text, c0 = 0, c1 = this.width - 1) {
    const cells = [];
    cells[c0] = text;
    const r = this.row(cells);
    if (c1 > c0) this.merge(r, c0, r, c1);
    return r;
  }
  merge(r0, c0, r1, c1) { this.merges.push(a1(r0, c0) + ":" + a1(r1, c1)); }
  // vertical merge of column c over rows r0..r1 (only when r1 > r0)
  vmerge(c, r0, r1) { if (r1 > r0) this.merge(r0, c, r1, c); }
  build() {
    const o = { name: this.name, rows: this.rows };
    if (this.merges.length) o.merges = this.merges;
    if (this.hidden) o.hidden = true;
    return o;
  }
}

// 18-digit resident ID with a correct check digit
function pid(region, birth, seq) {
  const body = String(region) + birth + String(seq).padStart(3, "0");
  if (body.length !== 17) throw new Error("bad id body " + body);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * w[i];
  return body + "10X98765432"[s % 11];
}

const sum = (a) => a.reduce((x, y) => x + y, 0);

// unified social credit code (统一社会信用代码) with a correct check character
function uscc(body17) {
  const cs = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (body17.length !== 17) throw new Error("bad uscc body " + body17);
  let t = 0;
  for (let i = 0; i < 17; i++) { const v = cs.indexOf(body17[i]); if (v < 0) throw new Error("bad uscc char " + body17); t += v * w[i]; }
  const c = (31 - (t % 31)) % 31;
  return body17 + cs[c];
}

// ---------------------------------------------------------------- cases
const cases = [];


// ===== F1 仲恺高新区（惠州）：明传电报 + 次日更正电 =====
cases.push(function f1Zhongkai() {
  const sh = new Sheet("明传电报（31号及32号更正）", 6);
  function head(no, time, pages, title) {
    sh.band("惠州仲恺高新区管委会明传电报");
    let r = sh.row(["发电单位", "仲恺高新区经济发展局", null, "签批盘", "签发人：李××（局长）", null]);
    sh.merge(r, 1, r, 2); sh.merge(r, 4, r, 5);
    sh.row(["等级", "特急", "明传发电号", no, "页数", pages]);
    r = sh.row(["标题", title]); sh.merge(r, 1, r, 5);
    r = sh.row(["主送", "惠州市商务局"]); sh.merge(r, 1, r, 5);
    r = sh.row(["抄送", "区管委会办公室"]); sh.merge(r, 1, r, 5);
    r = sh.row(["发电时间", time]); sh.merge(r, 1, r, 5);
    sh.band("正　　文");
  }
  // ---- 31号
  head("仲恺明电〔2021〕31号", "2021年9月2日 16:30", "共2页",
    "关于报送2019年省级电子商务进农村综合示范创建考评基础数据的电报");
  sh.band("市商务局：");
  sh.band("　　根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，现将我区考评基础数据（数据截至2021年8月31日）电告如下：");
  sh.band("　　一、基本情况。全区常住人口57.62万人（第七次全国人口普查数），下辖5个镇（街道），共有行政村53个、社区52个，无省定贫困村。");
  sh.band("　　二、组织领导。成立由管委会分管副主任任组长，区经济发展局、财政局、农业农村局、乡村振兴局、自然资源局和各镇（街道）为成员单位的创建工作领导小组。2019年11月正式印发《仲恺高新区电子商务进农村综合示范创建工作方案》，2020年4月出台《仲恺高新区促进农村电子商务发展扶持办法》。");
  sh.band("　　三、服务体系建设。区电子商务公共服务中心于2020年9月28日投入运营，设有免费培训室和直播间，能常态化组织电商基础培训；为特色农产品提供免费展示、代销服务，为电商企业和网店提供免费产品摄影、美工设计服务；统一推广“仲恺农品”区域公用品牌，指导农产品品牌建设。依托潼湖电商物流园整合、优化建成区电商产业园，现有入驻企业26家。引入专业第三方电子商务运营服务商。全区行政村物流快递覆盖率达100%。");
  sh.band("　　四、农村产品上行。2019年全区农村网络零售额12.36亿元，2020年15.48亿元，同比增长25.2%；农产品网络零售额2019年1.05亿元，2020年1.41亿元，同比增长34.3%。");
  sh.band("　　五、电商培训。累计开展电商培训4,386人次；全区有劳动能力的建档立卡贫困人口（不含外出务工）412人，其中参加电商培训286人。");
  sh.band("　　六、信息公开和报送。在区政府门户网站开设示范创建专栏，公示创建方案、项目基本信息和项目建设进度，设立监督举报窗口；每月向市商务局报送工作进展情况，能统计电商扶贫情况。");
  sh.band("　　七、资金管理。省级下达专项资金500万元，截至8月31日累计拨付386.45万元，项目总体进度92%。已制定《仲恺高新区电子商务进农村综合示范专项资金管理办法》，建立专项资金专用台账。");
  sh.band("　　八、创建期间未发生安全生产、质量事故或重大损失，不存在弄虚作假行为。");
  sh.band("　　附件：主观评分项自评表");
  let r = sh.row(["序号", "主观评分项", "分值范围", "自评分", "说明", null]); sh.merge(r, 4, r, 5);
  const judged = [
    [1, "方案制定", "1-2分", "2分", "方案经管委会常务会审定后印发"],
    [2, "政策支持", "1-2分", "2分", "扶持办法已兑现两批"],
    [3, "项目管理制度", "1-2分", "2分", "建设、验收环节按制度执行"],
    [4, "工作台账", "1-2分", "2分", "按项目建立工作台账"],
    [5, "网销调研", "1-2分", 1, "已开展摸底调研"],
    [6, "网络促销活动", "1-2分", 2, "举办“仲恺农品网上年货节”等活动"],
    [7, "交易标准、冷链及溯源系统", "1-2分", 1, "溯源系统在建"],
    [8, "资金管理制度", "1-5分", "4分", ""],
    [9, "资金台账", "1-5分", "4分", ""],
    [10, "资金及时拨付", "1-5分", "3分", "部分合同按节点拨付滞后"],
  ];
  for (const j of judged) { r = sh.row([j[0], j[1], j[2], j[3], j[4] || null, null]); sh.merge(r, 4, r, 5); }
  sh.band("　　特此电告。");
  sh.band("（联系人：黄××，电话：0752-32×××××）");
  r = sh.row([null, null, null, "惠州仲恺高新区经济发展局　2021年9月2日", null, null]); sh.merge(r, 3, r, 5);
  sh.blank();
  // ---- 32号 更正电
  head("仲恺明电〔2021〕32号", "2021年9月3日 10:05", "共1页",
    "关于更正仲恺明电〔2021〕31号部分数据的电报");
  sh.band("市商务局：");
  sh.band("　　我局2021年9月2日发出的仲恺明电〔2021〕31号电报中有三处数据有误，现更正如下：");
  sh.band("　　1．正文第五部分“累计开展电商培训4,386人次”更正为“累计开展电商培训4,268人次”（原数误将9月2日开班的第21期118人次计入）。");
  sh.band("　　2．正文第七部分“截至8月31日累计拨付386.45万元”更正为“截至8月31日累计拨付362.85万元”（原数误将9月1日支付的中心运营服务尾款23.6万元计入）。");
  sh.band("　　3．附件第5项“网销调研”自评分由1分更正为2分（《仲恺高新区农村产品网络销售情况调研报告》已于2021年6月报送市商务局）。");
  sh.band("　　原电报其余内容不变。特此电告。");
  r = sh.row([null, null, null, "惠州仲恺高新区经济发展局　2021年9月3日", null, null]); sh.merge(r, 3, r, 5);

  writeCase("facts", "b97-f1-zhongkai.json", {
    description: "惠州仲恺高新区经济发展局报市商务局的两份明传电报照原样录入一张表：31号电报（电报头块：发电单位、签批盘、等级、明传发电号、页数、标题、主送、抄送、发电时间；正文八段一段一行，数字都在句子里；附件为主观评分项自评小表，自评分“2分”与数字混写）和次日的32号更正电（逐条更正31号的培训人次、累计拨付额和网销调研自评分），以更正后的数为准；管委会分管副主任任组长，无省定贫困村；发电号、发电时间、页数、入驻企业26家、5个镇、52个社区、118人次和23.6万元都不是输入，无县名栏。",
    sheets: [sh.build()],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "仲恺高新区",
        asOf: "2021-08-31",
        residentPopulation: 576200,
        adminVillagesStated: 53,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-09-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1236000000,
        ruralRetail2020: 1548000000,
        ruralRetailGrowthStated: 0.252,
        agriRetail2019: 105000000,
        agriRetail2020: 141000000,
        agriRetailGrowthStated: 0.343,
        trainingPersonTimesStated: 4268,
        eligiblePoorPersonsStated: 412,
        trainedPoorPersonsStated: 286,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3628500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 2,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 4,
        "fund.spending": 3,
      },
      leadership: "deputy",
    },
  });
});


// ===== F2 大南海石化工业区（揭阳）：审计式“数据询证函”汇编（函 + 回函） =====
cases.push(function f2Dananhai() {
  const sh = new Sheet("询证函汇编", 6);
  sh.band("大南海石化工业区2019年省级电子商务进农村综合示范创建考评基础数据询证函（汇编）");
  sh.band("说明：考评基础数据由各数据来源单位书面确认。回函勾选“数据证明无误”的，按本局记录上报；回函勾选“数据不符”并列明数据的，按回函单位列明的数据上报；未回函的，按本局记录上报。回函原件存资料盒3-2。");
  sh.blank();
  const body = "　　本局正在整理2019年省级电子商务进农村综合示范创建考评基础数据（截至2021年8月31日）。下列数据出自本局记录，如与贵单位记录相符，请在本函下端“数据证明无误”处勾选并签章；如有不符，请在“数据不符”处列明贵单位记录的数据。";
  function letter(no, to, items, reply) {
    let r = sh.row(["询　　证　　函", null, null, null, "编号：" + no, null]);
    sh.merge(r, 0, r, 3); sh.merge(r, 4, r, 5);
    sh.band("致：" + to);
    sh.band(body);
    r = sh.row(["序号", "项目", "本局记录", "单位", "备注", null]); sh.merge(r, 4, r, 5);
    items.forEach((it, i) => { r = sh.row([i + 1, it[0], it[1], it[2], it[3] || null, null]); sh.merge(r, 4, r, 5); });
    r = sh.row([null, null, null, "揭阳大南海石化工业区经济发展局（盖章）", null, null]); sh.merge(r, 3, r, 5);
    r = sh.row([null, null, null, "2021年8月27日", null, null]); sh.merge(r, 3, r, 5);
    sh.band("－ － － － － － － － －　以下由被询证单位填写　－ － － － － － － － －");
    r = sh.row([reply.ok === true ? "☑" : "☐", "1．数据证明无误。"]); sh.merge(r, 1, r, 5);
    r = sh.row([reply.ok === false ? "☑" : "☐", "2．数据不符，请列明不符项目及具体内容："]); sh.merge(r, 1, r, 5);
    r = sh.row([null, reply.text || null]); sh.merge(r, 1, r, 5);
    r = sh.row([null, null, null, reply.sign || "（被询证单位签章）", null, null]); sh.merge(r, 3, r, 5);
    r = sh.row([null, null, null, reply.date || "　　年　　月　　日", null, null]); sh.merge(r, 3, r, 5);
    if (reply.note) sh.band(reply.note);
    sh.blank();
  }
  letter("DNH-JF-2021-01", "大南海石化工业区统计分局", [
    ["常住人口", "31.80", "万人", "2020年末"],
    ["2019年农村网络零售额", "6.52", "亿元"],
    ["2020年农村网络零售额", "8.17", "亿元"],
    ["2020年农村网络零售额同比增速", "25.3", "%"],
  ], { ok: false, text: "第1项常住人口应为第七次全国人口普查数28.64万人（31.80万人为2020年末户籍人口）。第2—4项与我局记录相符。", sign: "大南海石化工业区统计分局（章）　经办人：陈××", date: "2021年8月30日" });
  letter("DNH-JF-2021-02", "大南海石化工业区社会事务局（民政）", [
    ["行政村", "41", "个"],
    ["社区", "9", "个"],
  ], { ok: true, sign: "社会事务局（章）　经办人：林××", date: "2021年8月30日" });
  letter("DNH-JF-2021-03", "大南海石化工业区农业农村和乡村振兴局", [
    ["省定贫困村", "3", "个"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "318", "人"],
    ["参加电商培训的建档立卡贫困人口", "172", "人"],
    ["2019年农产品网络零售额", "1.12", "亿元"],
    ["2020年农产品网络零售额", "1.53", "亿元"],
  ], { ok: false, text: "第2项应为296人：我局系统中有劳动能力的建档立卡贫困人口318人，其中外出务工22人，不含外出务工为296人。其余各项相符。", sign: "农业农村和乡村振兴局（章）　经办人：郑××", date: "2021年8月31日" });
  letter("DNH-JF-2021-04", "揭阳市邮政管理局大南海邮政业发展服务站", [
    ["行政村物流快递覆盖率", "100", "%", "按行政村计"],
  ], { note: "（经发局电商股注：本函截至2021年9月3日未回函，按本局记录上报。）" });
  letter("DNH-JF-2021-05", "大南海石化工业区财政局", [
    ["省级下达专项资金", "500", "万元"],
    ["截至2021年8月31日累计拨付", "3,716,200.00", "元", "按国库支付口径"],
    ["已制定专项资金管理制度", "是", "—"],
    ["已建立资金专用台账", "是", "—"],
    ["项目总体进度", "85", "%", "按合同完成额计"],
  ], { ok: true, sign: "财政局（章）　经办人：许××", date: "2021年8月30日" });
  letter("DNH-JF-2021-06", "大南海石化工业区政务服务数据管理局", [
    ["区政府门户网站专栏公示创建方案", "是", "—"],
    ["专栏公示项目基本信息", "是", "—"],
    ["专栏公示项目建设进度", "是", "—"],
    ["专栏设立征求意见或监督举报窗口", "是", "—"],
  ], { ok: false, text: "第4项不符：专栏页面未设置征求意见或监督举报窗口，仅在页脚公布了经济发展局办公电话。第1—3项相符。", sign: "政务服务数据管理局（章）　经办人：吴××", date: "2021年9月1日" });
  letter("DNH-JF-2021-07", "大南海电子商务公共服务中心（运营单位：揭阳市汇农电子商务有限公司）", [
    ["中心投入运营日期", "2020年11月18日", "—"],
    ["有免费培训场所、培训设备，能组织电商基础培训", "有", "—"],
    ["为特色农产品提供免费展示、销售服务", "有", "—"],
    ["为电子商务市场主体提供免费摄影、美工服务", "有", "—"],
    ["组织农产品统一推广、指导特色农产品品牌建设", "有", "—"],
    ["为电子商务发展提供其他衍生增值服务", "有", "—", "代办注册、供应链对接"],
    ["有专业第三方电子商务运营服务商", "有", "—"],
    ["累计培训人次", "3,105", "人次"],
  ], { ok: false, text: "第4项：2021年1月起产品摄影、美工改为按成本价收费，现不属免费服务；第8项应为3,015人次（3,105为录入笔误）。其余各项相符。", sign: "揭阳市汇农电子商务有限公司（章）　经办人：蔡××", date: "2021年8月31日" });
  letter("DNH-JF-2021-08", "大南海石化工业区党政办公室（应急管理）", [
    ["示范创建工作方案已正式印发", "是", "—", "2019年12月"],
    ["已出台支持农村电商发展的政策", "是", "—", "2020年6月"],
    ["创建期间发生安全生产、质量事故或重大损失", "否", "—"],
  ], { ok: true, sign: "党政办公室（章）　经办人：黄××", date: "2021年8月30日" });

  writeCase("facts", "b97-f2-dananhai.json", {
    description: "揭阳大南海石化工业区经济发展局仿审计询证函做的《考评基础数据询证函（汇编）》：8份函上下叠放，每份是“询证函｜编号”、致某单位、固定正文、序号|项目|本局记录|单位|备注小表、经发局落款，剪裁线下是被询证单位的回函（☑/☐“数据证明无误”“数据不符”、不符内容、签章和日期）；表头说明规定无误按本局记录、不符按回函列明数、未回函按本局记录。读法：常住人口按统计分局回函改为七普28.64万、有劳动能力不含外出务工改为296人、监督举报窗口改为否、免费摄影美工改为否、培训人次改为3,015，邮政一函未回函仍按100%；户籍31.80万、社区9个、外出务工22人、函编号与落款/回函日期都不是输入；无县名栏、无判断项自评。",
    sheets: [sh.build()],
    expect: {
      facts: {
        asOf: "2021-08-31",
        residentPopulation: 286400,
        ruralRetail2019: 652000000,
        ruralRetail2020: 817000000,
        ruralRetailGrowthStated: 0.253,
        adminVillagesStated: 41,
        poorVillagesStated: 3,
        eligiblePoorPersonsStated: 296,
        trainedPoorPersonsStated: 172,
        agriRetail2019: 112000000,
        agriRetail2020: 153000000,
        expressCoverage: true,
        fundAllocated: 5000000,
        fundSpentStated: 3716200,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        centerOpened: "2020-11-18",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        thirdPartyOperator: true,
        trainingPersonTimesStated: 3015,
        planIssued: true,
        policyIssued: true,
        vetoIncident: false,
      },
      judged: {},
    },
  });
});


// ===== F3 茂名高新区：报送客户端“打印到文件”的纯文本回执（制表符画的表格）粘进A列 =====
cases.push(function f3Maominggaoxin() {
  // display width: ASCII 1, everything else (CJK, full-width, box drawing in a GBK font) 2
  const dw = (t) => { let w = 0; for (const ch of t) w += ch.charCodeAt(0) < 0x80 ? 1 : 2; return w; };
  function wrap(t, w) {
    const out = []; let cur = "";
    for (const ch of t) { if (dw(cur + ch) > w) { out.push(cur); cur = ""; } cur += ch; }
    if (cur || !out.length) out.push(cur);
    return out;
  }
  const padR = (t, w) => t + " ".repeat(Math.max(0, w - dw(t)));
  const padL = (t, w) => " ".repeat(Math.max(0, w - dw(t))) + t;
  const W = [4, 32, 20, 8];
  const rule = (l, m, r) => l + W.map((w) => "─".repeat(w / 2)).join(m) + r;
  const TOP = rule("┌", "┬", "┐"), MID = rule("├", "┼", "┤"), BOT = rule("└", "┴", "┘");
  function rec(no, label, value, unit, numeric) {
    const cols = [[no === "" ? "" : padL(String(no), 3)], wrap(label, W[1]), wrap(value, W[2]), wrap(unit, W[3])];
    const h = Math.max(...cols.map((c) => c.length));
    const lines = [];
    for (let i = 0; i < h; i++) {
      const cells = cols.map((c, k) => {
        const t = c[i] || "";
        if (k === 2 && numeric) return padL(t, W[k]);
        return padR(t, W[k]);
      });
      lines.push("│" + cells.join("│") + "│");
    }
    return lines;
  }
  const items = [
    [1, "县（市、区）名称", "茂名高新区", ""],
    [2, "考评截止日期", "2021-08-31", ""],
    [3, "常住人口", "9.86", "万人", 1],
    [4, "行政村数", "22", "个", 1],
    [5, "省定贫困村数", "2", "个", 1],
    [6, "牵头领导", "高新区管委会副主任（分管经济发展）", ""],
    [7, "参与部门", "经济发展局、财政局、农业农村局、社会事务局（乡村振兴）、建设局", ""],
    [8, "工作方案是否正式印发", "是", ""],
    [9, "支持农村电商发展的政策是否出台", "是", ""],
    [10, "县级电子商务公共服务中心投入运营日期", "2021-03-16", ""],
    [11, "有免费培训场所、培训设备，能组织电商基础培训", "是", ""],
    [12, "为特色农产品提供免费展示、销售服务", "是", ""],
    [13, "为电子商务市场主体提供免费摄影、美工服务", "否", ""],
    [14, "组织农产品统一推广、指导特色农产品品牌建设", "是", ""],
    [15, "为电子商务发展提供其他衍生增值服务", "—", ""],
    [16, "建设或整合、优化当地电商产业园", "否", ""],
    [17, "有专业第三方电子商务运营或服务商", "是", ""],
    [18, "行政村物流快递覆盖率", "95.45", "%", 1],
    [19, "2019年农村网络零售额", "21,360.00", "万元", 1],
    [20, "2020年农村网络零售额", "26,180.00", "万元", 1],
    [21, "2020年农村网络零售额同比增速", "22.57", "%", 1],
    [22, "2019年农产品网络零售额", "3,120.00", "万元", 1],
    [23, "2020年农产品网络零售额", "4,205.00", "万元", 1],
    [24, "2020年农产品网络零售额同比增速", "34.78", "%", 1],
    [25, "电商培训人次", "1,046", "人次", 1],
    [26, "有劳动能力的建档立卡贫困人口数（不含外出务工）", "138", "人", 1],
    [27, "参加培训的建档立卡贫困人口数", "85", "人", 1],
    [28, "专栏公示创建方案", "是", ""],
    [29, "专栏公示项目基本信息", "是", ""],
    [30, "专栏公示项目建设进度", "否", ""],
    [31, "专栏设立征求意见或监督举报窗口", "是", ""],
    [32, "能统计电商扶贫情况", "是", ""],
    [33, "下达资金总额", "500.00", "万元", 1],
    [34, "累计拨付资金", "331.27", "万元", 1],
    [35, "已制定资金管理制度", "是", ""],
    [36, "已建立资金专用台账", "是", ""],
    [37, "项目总体进度", "78", "%", 1],
    [38, "发生安全生产、质量事故或重大损失", "否", ""],
    [39, "存在弄虚作假行为", "否", ""],
    [40, "自评：方案制定（1-2分）", "2", "分", 1],
    [41, "自评：政策支持（1-2分）", "1", "分", 1],
    [42, "自评：项目管理制度（1-2分）", "2", "分", 1],
    [43, "自评：工作台账（1-2分）", "1", "分", 1],
    [44, "自评：网销调研（1-2分）", "1", "分", 1],
    [45, "自评：网络促销活动（1-2分）", "2", "分", 1],
    [46, "自评：交易标准与冷链溯源（1-2分）", "—", "分"],
    [47, "自评：资金管理制度（1-5分）", "4", "分", 1],
    [48, "自评：资金台账（1-5分）", "4", "分", 1],
    [49, "自评：资金及时拨付（1-5分）", "—", "分"],
  ];
  const lines = [];
  function pageHead(cont) {
    lines.push("　　　　茂名市电子商务进农村综合示范创建考评数据报送回执" + (cont ? "（续）" : ""));
    if (!cont) {
      lines.push("文件：KPSB_HX_440999_20210903.TXT（报送客户端“打印到文件”输出）");
      lines.push("报送单位：茂名高新区经济发展局　　　　报送时间：2021-09-03 16:20:41");
      lines.push("数据截止：2021-08-31　　　　　　　　　报送状态：已提交（待市局审核）");
    }
    lines.push(TOP);
    lines.push("│" + padR("序号", W[0]) + "│" + padR("指标名称", W[1]) + "│" + padR("填报值", W[2]) + "│" + padR("计量单位", W[3]) + "│");
  }
  pageHead(false);
  items.forEach((it, i) => {
    if (i === 27) { // page break after item 27
      lines.push(BOT);
      lines.push("                                        第 1 页  共 2 页");
      lines.push("");
      pageHead(true);
    }
    lines.push(MID);
    lines.push(...rec(it[0], it[1], it[2], it[3], !!it[4]));
  });
  lines.push(BOT);
  lines.push("校验结果：通过（0 个错误，3 个提示：第15、46、49项未填报）");
  lines.push("打印时间：2021-09-03 16:21:07　　操作员：gx_jfj01");
  lines.push("                                        第 2 页  共 2 页");
  const sh = new Sheet("回执（TXT打开）", 1);
  for (const l of lines) sh.row([l === "" ? null : l]);

  writeCase("facts", "b97-f3-maominggaoxin.json", {
    description: "茂名高新区经济发展局把市报送客户端“打印到文件”生成的TXT回执用Excel打开交来：全在A列、一行一格，表格是制表符（┌┬┐├┼┤└┴┘│─）画的，列靠空格对齐（数值右对齐、千分位），长指标名和长填报值（牵头领导、参与部门）折到下一行、续行序号栏为空，每条记录之间有├─┼─┤分隔线；两页，第1页末有页码行，第2页重复标题“（续）”和表头；是否项填是/否，未填的写“—”；主观项自评分在同一表里（单位“分”）。读法：管委会副主任（分管）牵头；快递覆盖率95.45%即未全覆盖；第15、46、49项“—”未填报；报送/打印时间、文件名、操作员、校验提示和页码都不是输入。",
    sheets: [sh.build()],
    expect: {
      facts: {
        county: "茂名高新区",
        asOf: "2021-08-31",
        residentPopulation: 98600,
        adminVillagesStated: 22,
        poorVillagesStated: 2,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2021-03-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 213600000,
        ruralRetail2020: 261800000,
        ruralRetailGrowthStated: 0.2257,
        agriRetail2019: 31200000,
        agriRetail2020: 42050000,
        agriRetailGrowthStated: 0.3478,
        trainingPersonTimesStated: 1046,
        eligiblePoorPersonsStated: 138,
        trainedPoorPersonsStated: 85,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: false,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3312700,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.78,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 1,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "fund.system": 4,
        "fund.ledger": 4,
      },
      leadership: "deputy",
    },
  });
});


// ===== L1 湛江经开区：“粤智助”自助机布点表（当村居名单）+ 政府采购电子卖场订单（当资金台账） =====
cases.push(function l1Zhanjiangjingkai() {
  // ---- 说明页
  const note = new Sheet("说明", 2);
  note.band("湛江经开区经济发展局电商股 台账说明（第二册）");
  note.row(["1", "我局没有单独编制村（居）委会名单，借用区政务服务数据管理局的《“粤智助”自助机布点及运行情况表》：自助机按每个行政村至少布放1台，全区村（居）委会均在表内。读法：一个村（居）委会记一次（同一村委会的二号机不另记），设备状态不影响；镇（街道）便民服务中心的自助机不是村（居）。"]);
  note.row(["2", "电子卖场订单明细只含通过政府采购电子卖场支付的部分，其余拨付见第一册资金台账。"]);
  note.row(["3", "填表人：莫××　　2021年9月10日"]);

  // ---- 粤智助布点
  const v = new Sheet("粤智助布点", 8);
  v.band("湛江经济技术开发区“粤智助”政府服务自助机布点及运行情况表");
  v.band("填报单位：区政务服务数据管理局　　　　统计时间：截至2021年8月31日");
  v.band("说明：“粤智助”自助机按每个行政村（村委会）至少布放1台，部分社区（居委会）和镇（街道）便民服务中心同步布放。");
  v.row(["序号", "镇（街道）", "布放点位", "点位类型", "设备编号", "上线日期", "运行状态", "备注"]);
  const towns = [
    ["东山街道", [
      ["东山村委会", "村委会", D("2021-03-18"), "正常", null],
      ["东山村民委员会（二号机）", "村委会", "2021.5.6", "正常", "同村增配"],
      ["龙腾村委会", "村委会", D("2021-03-18"), "正常", null],
      ["东南村委会", "村委会", "2021.3.19", "正常", null],
      ["东山社区居委会", "居委会", "2021年4月2日", "正常", null],
      ["东山街道便民服务中心", "便民服务中心", D("2021-03-16"), "正常", null],
      ["北山村委会", "村委会", D("2021-03-22"), "故障返修", "8月26日报修"],
    ], "东山街道小计", "7台（村委会4个、居委会1个）"],
    ["民安街道", [
      ["民安村委会", "村委会", D("2021-03-25"), "正常", null],
      ["东参村委会", "村委会", "2021.3.25", "正常", null],
      ["调丰村委会", "村委会", D("2021-03-26"), "正常", null],
      ["仁增村委会", "村委会", "2021年3月29日", "正常", null],
      ["民安社区居委会", "居委会", D("2021-04-08"), "正常", null],
      ["南屏村委会", "村委会", "—", "未上线", "待通网，设备已到村"],
    ], "民安街道小计", "6台（村委会5个、居委会1个）"],
    ["东简街道", [
      ["东简村委会", "村委会", D("2021-04-12"), "正常", null],
      ["北港村委会", "村委会", "2021.4.12", "正常", null],
      ["西湾村委会", "村委会", D("2021-04-13"), "正常", null],
      ["沙田村委会", "村委会", "2021.4.15", "正常", null],
      ["东简社区居委会", "居委会", D("2021-04-20"), "正常", null],
      ["东简街道便民服务中心", "便民服务中心", D("2021-04-09"), "正常", null],
    ], "东简街道小计", "6台（村委会4个、居委会1个）"],
    ["硇洲镇", [
      ["津前村委会", "村委会", "2021年5月11日", "正常", null],
      ["孟岗村委会", "村委会", D("2021-05-11"), "正常", null],
      ["谭井村委会", "村委会", "2021.5.12", "正常", null],
      ["宋皇村委会", "村委会", D("2021-05-12"), "正常", null],
      ["那林村委会", "村委会", "2021.5.13", "暂停使用", "村委会办公楼维修"],
      ["硇洲居委会", "居委会", D("2021-05-18"), "正常", null],
      ["硇洲镇便民服务中心", "便民服务中心", D("2021-05-10"), "正常", null],
    ], "硇洲镇小计", "7台（村委会5个、居委会1个）"],
  ];
  let seq = 0;
  const villageRecords = [];
  const seenV = new Set();
  for (const [town, pts, subLabel, subText] of towns) {
    const r0 = v.n;
    pts.forEach((p, i) => {
      seq++;
      v.row([seq, i === 0 ? town : null, p[0], p[1], "ZJKF-" + String(seq).padStart(3, "0"), p[2], p[3], p[4]]);
      if (p[1] === "便民服务中心") return;
      const base = p[0].replace(/（二号机）$/, "").replace("村民委员会", "村委会");
      if (seenV.has(base)) return;
      seenV.add(base);
      villageRecords.push({ name: p[0], admin: p[1] === "村委会", poor: null, express: null });
    });
    v.vmerge(1, r0, v.n - 1);
    const r = v.row([null, subLabel, subText]); v.merge(r, 2, r, 7);
  }
  let r = v.row(["合计", null, "26台（村委会18个、居委会4个、便民服务中心3个）"]); v.merge(r, 0, r, 1); v.merge(r, 2, r, 7);
  r = v.row(["注：1．“点位类型”按民政区划填写；2．二号机为同一村委会增配设备；3．运行状态为统计时点状态。"]); v.merge(r, 0, r, 7);
  r = v.row(["填表人：梁××　　审核人：陈××　　联系电话：0759-33×××××"]); v.merge(r, 0, r, 7);
  if (villageRecords.length !== 22 || villageRecords.filter((x) => x.admin).length !== 18) throw new Error("village count");

  // ---- 电子卖场订单
  const f = new Sheet("电子卖场订单", 9);
  f.band("政府采购电子卖场订单明细（电商进农村项目）");
  f.band("导出时间：2021-09-10 09:12:33　　采购单位：湛江经济技术开发区经济发展局　　查询条件：下单日期 2020-06-01 至 2021-09-10");
  f.band("电商股注：本表作资金台账（电子卖场部分）使用。只有资金来源为“省级电商进农村专项”且订单状态为“已完成”的订单是专项资金拨付，拨付日期以“支付日期”为准，金额以“实付金额”为准；“已取消”“待支付”的订单没有付款；资金来源为“区级配套”的不是省级专项资金。");
  f.row(["订单编号", "下单日期", "商品/服务名称", "供应商", "订单金额（元）", "实付金额（元）", "资金来源", "支付日期", "订单状态"]);
  const P = "省级电商进农村专项", Q = "区级配套";
  const orders = [
    ["DZMC202011030018", "2020-11-03 10:22:15", "村级站点电脑一体机（20台）", "湛江市海联科技有限公司", "96,000.00", "96,000.00", P, "2020-11-20 15:40:02", "已完成"],
    ["DZMC202011050007", "2020-11-05 16:08:41", "村级站点标识牌制作（30块）", "湛江市鸿图广告有限公司", "27,600.00", "27,600.00", P, "2020-11-26 09:31:17", "已完成"],
    ["DZMC202012010031", "2020-12-01 11:45:03", "培训室桌椅（60套）", "广东粤办家具有限公司", "43,800.00", "—", P, "—", "已取消"],
    ["DZMC202012080012", "2020-12-08 10:02:56", "培训室桌椅（50套）", "广东粤办家具有限公司", 36500, 36500, P, "2020-12-29 14:12:40", "已完成"],
    ["DZMC202101150004", "2021-01-15 15:27:19", "农产品展示货架（12组）", "湛江市百佳商用设备有限公司", "18,960.00", "18,960.00", Q, "2021-02-02 10:05:33", "已完成"],
    ["DZMC202103220019", "2021-03-22 09:40:11", "直播设备套装（4套）", "广州星播数码科技有限公司", "31,200.00", "29,640.00", P, "2021-04-09 16:48:25", "已完成"],
    ["DZMC202105100026", "2021-05-10 14:18:07", "冷链周转箱（200个）", "湛江市冷运包装材料有限公司", "24,000.00", "24,000.00", P, "2021-05-28 11:20:44", "已完成"],
    ["DZMC202106180009", "2021-06-18 10:33:52", "村级站点电脑一体机（8台）", "湛江市海联科技有限公司", "38,400.00", "—", P, "—", "待支付（验收中）"],
    ["DZMC202107060015", "2021-07-06 08:59:30", "电商宣传折页印刷（20000份）", "湛江日报印务有限公司", "12,800.00", "12,800.00", P, "2021-07-21 15:02:18", "已完成"],
    ["DZMC202108160022", "2021-08-16 16:41:09", "快递物流分拣设备", "广东顺捷物流设备有限公司", "58,600.00", "58,600.00", P, "2021-09-03 10:16:52", "已完成"],
    ["DZMC202108200011", "2021-08-20 09:15:26", "电商培训耗材", "湛江市文达办公用品有限公司", "6,350.00", "6,350.00", P, "2021-08-31 17:26:08", "已完成"],
  ];
  const fundRecords = [];
  const num = (x) => (typeof x === "number" ? x : Number(String(x).replace(/,/g, "")));
  for (const o of orders) {
    f.row(o);
    if (o[6] === P && o[8] === "已完成") fundRecords.push({ date: o[7].slice(0, 10), amount: num(o[5]) });
  }
  const tOrder = sum(orders.map((o) => num(o[4])));
  const tPaid = sum(orders.filter((o) => o[5] !== "—").map((o) => num(o[5])));
  f.row(["合计", null, "11笔", null, tOrder.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","), tPaid.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","), null, null, null]);
  r = f.row(["审核：　　　　　　经办：莫××"]); f.merge(r, 0, r, 8);
  if (fundRecords.length !== 8) throw new Error("fund records");

  writeCase("ledgers", "b97-l1-zhanjiangjingkai.json", {
    description: "湛江经济技术开发区经济发展局电商股交的两张“借来的表”加说明页：①区政务服务数据管理局《“粤智助”政府服务自助机布点及运行情况表》当村（居）委会名单——一台机一行（序号|镇（街道）纵向合并|布放点位|点位类型|设备编号|上线日期|运行状态|备注），每镇后一行小计、末行合计、注和填表人；记录是村（居）委会，一个一次：东山村委会的“东山村民委员会（二号机）”不另记，镇（街道）便民服务中心不是村（居），故障返修、暂停使用、未上线（待通网）的村仍是村，居委会 admin 为 false，无贫困村、快递栏（null），共22个（行政村18个）。②《政府采购电子卖场订单明细》当资金台账（导出时间、查询条件两行在表头上方，电商股注写明读法）：只有资金来源“省级电商进农村专项”且“已完成”的订单是拨付，日期取“支付日期”（“2020-11-20 15:40:02”式文本，不是下单日期），金额取“实付金额”（直播设备订单31,200元实付29,640元）；已取消、待支付（验收中）、区级配套的不是，合计行不是；9月3日支付的那笔照列；共8笔。③说明页不是台账。",
    sheets: [note.build(), v.build(), f.build()],
    expect: {
      sheets: {
        "说明": { kind: null },
        "粤智助布点": { kind: "villages", records: villageRecords },
        "电子卖场订单": { kind: "funds", records: fundRecords },
      },
    },
  });
});


// ===== L2 肇庆高新区（大旺）：电信宽带装拆机工单（当入驻企业清单）+ “学习强国”稿件采用登记（当宣传报道台账） =====
cases.push(function l2Dawang() {
  const note = new Sheet("说明页", 1);
  note.row(["肇庆高新区经济发展局电商股　台账第三册说明"]);
  note.row(["一、产业园运营中心未建入驻企业名册，以电信公司导出的园区装拆机工单代替（读法见该表第3行）。"]);
  note.row(["二、宣传报道以“学习强国”稿件登记代替（读法见该表第3行），报纸、电视报道见第二册。"]);
  note.row(["经办：冯××　　2021年9月8日"]);

  // ---- 装拆机工单
  const e = new Sheet("宽带装拆机工单", 9);
  e.band("中国电信肇庆高新区分公司　政企客户装拆机工单清单（电商产业园片区）");
  e.band("导出时间：2021-09-08　　片区：大旺电商产业园（园区大楼A、B座）　　客户经理：何××");
  e.band("电商股注：园区规定企业入驻当月申请宽带“新装”、退园时“拆机”。本表当入驻企业清单使用：每家企业记一次（按首次出现的顺序），入驻日期取该企业第一笔已竣工“新装”的竣工日期，退出日期取其最后一条在用线路“拆机”竣工的日期（还有线路在用的不算退出）；“移机”是换房号、“续约”是续费，都不是入驻或退出；“撤单”和未竣工的工单没有装机；园区运营中心自用线路不是企业。企业类型按“行业（电商股补记）”栏。");
  e.row(["工单号", "业务类型", "客户名称", "统一社会信用代码", "房号", "受理日期", "竣工日期", "工单状态", "行业（电商股补记）"]);
  const C = {
    dingnong: ["肇庆鼎农电子商务有限公司", uscc("91441200MA55B7K21"), "销售型"],
    yuncang: ["广东大旺云仓物流有限公司", uscc("91441200MA55C0QH3"), "物流企业"],
    xingyao: ["肇庆星耀直播文化传媒有限公司", uscc("91441200MA55C9TB6"), "直播电商"],
    nongpin: ["肇庆市农品汇供应链管理有限公司", uscc("91441200MA55D21N8"), "销售型"],
    fengling: ["肇庆凤岭电子商务服务有限公司", uscc("91441200MA55D4WE0"), "电商运营服务商"],
    huinong: ["广东惠农通网络科技有限公司", uscc("91441200MA55E1LC5"), "平台型"],
    lvyuan: ["肇庆高新区绿源生态农业专业合作社", uscc("93441200MA55E8GY2"), "销售型"],
    youxian: ["肇庆市优鲜到家电子商务有限公司", uscc("91441200MA55F3HD7"), "销售型"],
    kuailian: ["肇庆快链速递有限公司", uscc("91441200MA55G6RJ9"), "物流企业"],
    xiangwei: ["肇庆乡味直播电商有限公司", uscc("91441200MA55H2RT4"), "直播电商"],
    shanhuo: ["肇庆高新区山货郎电子商务有限公司", uscc("91441200MA55J7PX1"), "销售型"],
    yuelian: ["肇庆粤链跨境电子商务有限公司", uscc("91441200MA55K0CM8"), "平台型"],
  };
  const OPS = ["肇庆高新区电商产业园运营中心（自用）", "—", null];
  // [工单号, 类型, company|OPS, 房号, 受理, 竣工, 状态]
  const orders = [
    ["GD20200903011", "新装", OPS, "A101", "2020-09-03", D("2020-09-07"), "已竣工"],
    ["GD20200915027", "新装", C.dingnong, "A203", "2020-09-15", D("2020-09-18"), "已竣工"],
    ["GD20200921008", "新装", C.yuncang, "B101", "2020-09-21", "2020-09-24", "已竣工"],
    ["GD20201009015", "新装", C.xingyao, "A305", "2020-10-09", null, "撤单（客户取消）"],
    ["GD20201012003", "新装", C.nongpin, "A206", "2020-10-12", D("2020-10-15"), "已竣工"],
    ["GD20201020019", "新装", C.fengling, "A208", "2020-10-20", D("2020-10-23"), "已竣工"],
    ["GD20201102006", "新装", C.dingnong, "A204", "2020-11-02", D("2020-11-04"), "已竣工"],
    ["GD20201116022", "新装", C.huinong, "B201", "2020-11-16", "2020/11/19", "已竣工"],
    ["GD20201201014", "新装", C.lvyuan, "A110", "2020-12-01", D("2020-12-03"), "已竣工"],
    ["GD20210106009", "移机", C.fengling, "A208→B305", "2021-01-06", D("2021-01-08"), "已竣工"],
    ["GD20210111017", "新装", C.youxian, "B206", "2021-01-11", D("2021-01-14"), "已竣工"],
    ["GD20210329004", "拆机", C.nongpin, "A206", "2021-03-29", D("2021-03-31"), "已竣工"],
    ["GD20210406012", "新装", C.kuailian, "B102", "2021-04-06", "2021.4.9", "已竣工"],
    ["GD20210420001", "续约", C.yuncang, "B101", "2021-04-20", D("2021-04-20"), "已竣工"],
    ["GD20210517020", "新装", C.xiangwei, "A306", "2021-05-17", D("2021-05-20"), "已竣工"],
    ["GD20210621011", "拆机", C.dingnong, "A204", "2021-06-21", D("2021-06-23"), "已竣工"],
    ["GD20210705008", "新装", C.shanhuo, "A211", "2021-07-05", "2021.7.8", "已竣工"],
    ["GD20210825016", "拆机", C.youxian, "B206", "2021-08-25", "2021-08-27", "已竣工"],
    ["GD20210826003", "新装", C.yuelian, "B308", "2021-08-26", D("2021-09-02"), "已竣工"],
    ["GD20210830010", "新装", C.xingyao, "A305", "2021-08-30", null, "处理中（待上门）"],
  ];
  const toIso = (x) => {
    if (x && typeof x === "object") return x.date;
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(x);
    return m[1] + "-" + m[2].padStart(2, "0") + "-" + m[3].padStart(2, "0");
  };
  const ents = new Map(); // code -> {rec, lines}
  const entRecords = [];
  for (const o of orders) {
    const c = o[2];
    e.row([o[0], o[1], c[0], c[1], o[3], o[4], o[5], o[6], c === OPS ? "（园区自用）" : c[2]]);
    if (c === OPS || o[6] !== "已竣工") continue;
    if (o[1] === "新装") {
      if (!ents.has(c[1])) {
        const rec = { name: c[0], type: c[2], entered: toIso(o[5]), left: null };
        ents.set(c[1], { rec, lines: 0 });
        entRecords.push(rec);
      }
      ents.get(c[1]).lines++;
    } else if (o[1] === "拆机") {
      const x = ents.get(c[1]);
      x.lines--;
      if (x.lines === 0) x.rec.left = toIso(o[5]);
    }
  }
  let r = e.row(["共20条工单"]); e.merge(r, 0, r, 8);
  if (entRecords.length !== 11) throw new Error("enterprises " + entRecords.length);

  // ---- 学习强国
  const m = new Sheet("学习强国稿件登记", 9);
  m.band("肇庆高新区“学习强国”学习平台稿件报送及采用情况登记（电商进农村）");
  m.band("登记单位：肇庆高新区经济发展局（电商股）　　登记截至：2021年9月8日");
  m.band("说明：本表当宣传报道台账使用。按采用平台定级——“全国平台”为国家级，“广东学习平台”为省级，“广东学习平台·肇庆”（市级频道）为市级；一篇稿件被两个平台采用的，各算一条报道（按上线日期栏所写顺序）；“未采用”“审核中”的不是报道；报道日期取“上线日期”，不是报送日期；学习平台上的视频不是电视播报。");
  m.row(["序号", "稿件标题", "体裁", "报送日期", "报送渠道", "采用情况", "采用平台", "上线日期", "备注"]);
  const L = { "全国平台": "national", "广东学习平台": "province", "广东学习平台·肇庆": "city" };
  const posts = [
    [1, "大旺“云仓”助力农产品出村进城", "图文", D("2020-10-12"), "区委宣传部", "已采用", "广东学习平台·肇庆", D("2020-10-15"), null, [["广东学习平台·肇庆", "2020-10-15"]]],
    [2, "电商直播间里的“新农具”", "视频", "2020.11.20", "市委宣传部", "已采用", "广东学习平台", "2020.11.26", null, [["广东学习平台", "2020-11-26"]]],
    [3, "高新区举办农村电商技能培训", "图文", D("2020-12-08"), "区委宣传部", "未采用", "—", "—", null, []],
    [4, "小山货搭上电商快车", "图文", D("2021-01-18"), "市委宣传部", "已采用", "全国平台、广东学习平台", "全国平台2021-01-27；广东学习平台2021-01-22", "两个平台采用", [["全国平台", "2021-01-27"], ["广东学习平台", "2021-01-22"]]],
    [5, "村级站点成了“致富驿站”", "视频", "2021.4.6", "区融媒体中心", "已采用", "广东学习平台·肇庆", "2021年4月9日", null, [["广东学习平台·肇庆", "2021-04-09"]]],
    [6, "“高新好物”年货节线上销售破百万", "图文", D("2021-06-02"), "市委宣传部", "审核中", "—", "—", null, []],
    [7, "电商扶贫：让山里的好货走出去", "视频", D("2021-07-12"), "市委宣传部", "已采用", "全国平台", "20210721", "电商扶贫案例", [["全国平台", "2021-07-21"]]],
    [8, "肇庆高新区农村电商公共服务中心开放日", "图文", D("2021-08-27"), "区委宣传部", "已采用", "广东学习平台·肇庆", D("2021-09-01"), null, [["广东学习平台·肇庆", "2021-09-01"]]],
  ];
  const mediaRecords = [];
  for (const p of posts) {
    m.row(p.slice(0, 9));
    for (const [plat, d] of p[9]) mediaRecords.push({ date: d, level: L[plat], tv: false });
  }
  r = m.row(["合计：报送8篇，采用6篇（7条）"]); m.merge(r, 0, r, 8);
  if (mediaRecords.length !== 7) throw new Error("media");

  writeCase("ledgers", "b97-l2-dawang.json", {
    description: "肇庆高新区（大旺）经济发展局电商股交的两张“代用台账”加说明页：①电信公司导出的《政企客户装拆机工单清单（电商产业园片区）》当入驻企业清单（导出信息行和电商股读法注在表头上方），一张工单一行（工单号|业务类型 新装/移机/拆机/续约|客户名称|信用代码|房号|受理日期|竣工日期|工单状态|行业（补记））。读法：每家企业按首次出现记一次，入驻日取第一笔已竣工“新装”的竣工日期（不是受理日期），退出日取最后一条在用线路“拆机”的竣工日期——鼎农两条线拆一条仍在园，农品汇2021-03-31、优鲜到家2021-08-27退出；移机、续约不是入驻或退出；园区运营中心自用线路不是企业；星耀直播一次撤单、一次“处理中”，不是记录；粤链跨境9月2日竣工照列；竣工日期有真日期、“2020-09-24”“2020/11/19”“2021.7.8”文本；共11家。②《“学习强国”学习平台稿件报送及采用情况登记》当宣传报道台账：级别按采用平台（全国平台→国家级，广东学习平台→省级，“广东学习平台·肇庆”→市级），一篇被两个平台采用记两条（按格内顺序），未采用、审核中不是报道，日期取上线日期（“2020.11.26”“2021年4月9日”“20210721”、真日期），视频不是电视，9月1日那条照列，合计行不是记录；共7条。③说明页不是台账。",
    sheets: [note.build(), e.build(), m.build()],
    expect: {
      sheets: {
        "说明页": { kind: null },
        "宽带装拆机工单": { kind: "enterprises", records: entRecords },
        "学习强国稿件登记": { kind: "media", records: mediaRecords },
      },
    },
  });
});


// ===== C1 河源江东新区：整本工作簿，事实与自评在《自评失分分析表（排列图数据）》里 =====
cases.push(function c1Jiangdong() {
  const sheets = [];
  const ASOF = "2021-08-31";

  // ---------------- 目录
  const toc = new Sheet("目录", 3);
  toc.band("江东新区2019年省级电子商务进农村综合示范创建考评资料目录");
  toc.row(["序号", "工作表", "内容"]);
  const tocItems = [
    ["自评失分分析", "基础数据、主观项自评、自评失分排列"],
    ["附1 村居名单", "村（居）民委员会名单"], ["附2 站点清单", "村级电子商务服务站点清单"],
    ["附3 培训台账", "电商培训台账（按期次）"], ["附4 专场签到", "贫困户电商培训专场签到表"],
    ["附5 贫困人口", "建档立卡贫困人口名单"], ["附6 入驻企业", "电商产业园入驻企业清单"],
    ["附7 资金台账", "专项资金拨付台账"], ["附8 月报报送", "月报报送登记"],
    ["附9 专栏更新", "政府网站专栏更新记录"], ["附10 宣传报道", "宣传报道登记"], ["附11 经验材料", "经验材料报送登记"],
  ];
  tocItems.forEach((t, i) => toc.row([i + 1, t[0], t[1]]));

  // ---------------- 自评失分分析（facts + claims）
  const fs_ = new Sheet("自评失分分析", 8);
  fs_.band("江东新区电子商务进农村综合示范创建自评失分分析表（排列图数据）");
  fs_.band("编制：新区经济发展局电商股　　数据截至：2021年8月31日　　编制日期：2021年9月6日");
  fs_.band("一、基础数据（报省口径）");
  let r = fs_.row(["序号", "数据项", "数值", "单位", "时点／口径", "备注", null, null]); fs_.merge(r, 5, r, 7);
  const basics = [
    ["县（市、区）", "江东新区", "—", "", ""],
    ["考评截止日期", "2021年8月31日", "—", "", ""],
    ["常住人口", 15.62, "万人", "第七次全国人口普查", ""],
    ["户籍人口", 19.8, "万人", "2020年末", "仅供参考，不作基数"],
    ["行政村", 36, "个", "2021年村（居）换届后", ""],
    ["社区", 6, "个", "", ""],
    ["省定贫困村", 5, "个", "", ""],
    ["领导小组组长", "新区党工委书记", "—", "", "江东新区电子商务进农村综合示范创建工作领导小组"],
    ["领导小组成员单位", "新区经济发展局（商务）、财政局、农业农村局、乡村振兴局、自然资源局、交通运输局", "—", "", ""],
    ["示范创建工作方案", "已正式印发", "—", "2019年12月", ""],
    ["支持农村电商发展政策", "已出台", "—", "2020年5月", "《江东新区促进农村电子商务发展若干措施》"],
    ["县级电子商务公共服务中心投入运营日期", D("2020-12-18"), "—", "", ""],
    ["免费培训场所、培训设备，能组织电商基础培训", "有", "—", "", ""],
    ["为特色农产品提供免费展示、销售服务", "有", "—", "", ""],
    ["为电子商务市场主体提供免费摄影、美工服务", "无", "—", "", "摄影、美工按成本收费"],
    ["组织农产品统一推广、指导品牌建设", "有", "—", "", "“江东好物”区域品牌"],
    ["提供其他衍生增值服务", "有", "—", "", "代办注册、融资对接"],
    ["电商产业园", "已建成", "—", "", "整合原江东物流园"],
    ["产业园入驻企业", 22, "家", "", ""],
    ["专业第三方电子商务运营服务商", "有", "—", "", ""],
    ["行政村物流快递覆盖率", "100%", "—", "", ""],
    ["2019年农村网络零售额", 3.26, "亿元", "2019年", ""],
    ["2020年农村网络零售额", 4.05, "亿元", "2020年", ""],
    ["2019年农产品网络零售额", "5,200", "万元", "2019年", ""],
    ["2020年农产品网络零售额", "7,100", "万元", "2020年", ""],
    ["电商培训人次", "1,616", "人次", "", ""],
    ["专栏公示创建方案", "是", "—", "", ""],
    ["专栏公示项目基本信息", "是", "—", "", ""],
    ["专栏公示项目建设进度", "是", "—", "", ""],
    ["专栏设立征求意见或监督举报窗口", "是", "—", "", "监督举报电话及邮箱"],
    ["能统计电商扶贫情况", "是", "—", "", "月报附电商扶贫统计表"],
    ["省级下达专项资金", 500, "万元", "", ""],
    ["累计拨付资金", 400, "万元", "", ""],
    ["专项资金管理制度", "已制定", "—", "", ""],
    ["资金专用台账", "已建立", "—", "", ""],
    ["项目总体进度", "91%", "—", "", ""],
    ["发生安全生产、质量事故或重大损失", "无", "—", "", ""],
    ["弄虚作假", "无", "—", "", ""],
  ];
  basics.forEach((b, i) => { r = fs_.row([i + 1, b[0], b[1], b[2], b[3] || null, b[4] || null, null, null]); fs_.merge(r, 5, r, 7); });
  fs_.blank();
  fs_.band("二、主观评分项自评");
  r = fs_.row(["序号", "评分项", "分值范围", "自评分", "依据", null, null, null]); fs_.merge(r, 4, r, 7);
  const judged = [
    ["方案制定", "1-2", 2, "方案经党工委会议审定后印发"],
    ["政策支持", "1-2", 2, "若干措施已兑现"],
    ["项目管理制度", "1-2", 2, "建设、验收环节按制度执行"],
    ["工作台账", "1-2", 2, "按项目建立工作台账"],
    ["网销调研", "1-2", 2, "调研报告2021年3月报市商务局"],
    ["网络促销活动", "1-2", 2, "“江东好物”年货节等"],
    ["交易标准、冷链和溯源系统", "1-2", 1, "冷链、溯源系统尚在完善"],
    ["资金管理制度", "1-5", 5, ""],
    ["资金台账", "1-5", 4, "部分凭证未附验收单"],
    ["资金及时拨付", "1-5", 4, "两笔合同款拨付滞后"],
  ];
  judged.forEach((j, i) => { r = fs_.row([i + 1, j[0], j[1], j[2], j[3] || null, null, null, null]); fs_.merge(r, 4, r, 7); });
  fs_.blank();
  fs_.band("三、自评失分排列（按失分由多到少排列，失分相同的按指标体系顺序）");
  fs_.row(["序号", "评价指标", "满分", "自评得分", "失分", "失分占比", "累计占比", "失分原因"]);
  const pareto = [
    ["服务体系建设——县级中心及产业园", 15, 14, "中心摄影、美工服务按成本收费"],
    ["农村产品上行", 10, 9, "冷链、溯源系统尚在完善"],
    ["资金台账", 5, 4, "部分凭证未附验收单"],
    ["资金支出", 5, 4, "两笔合同款拨付滞后"],
    ["组织领导", 2, 2, "—"],
    ["方案制定", 2, 2, "—"],
    ["政策支持", 2, 2, "—"],
    ["项目管理", 4, 4, "—"],
    ["服务体系建设——村级站点", 10, 10, "—"],
    ["电商人才培训", 20, 20, "—"],
    ["信息公开", 4, 4, "—"],
    ["数据上报", 6, 6, "—"],
    ["案例总结", 2, 2, "—"],
    ["经验推广", 8, 8, "—"],
    ["制度建立", 5, 5, "—"],
  ];
  const lost = sum(pareto.map((p) => p[1] - p[2]));
  let cum = 0;
  pareto.forEach((p, i) => {
    const l = p[1] - p[2]; cum += l;
    fs_.row([i + 1, p[0], p[1], p[2], l, (100 * l / lost).toFixed(1) + "%", (100 * cum / lost).toFixed(1) + "%", p[3]]);
  });
  fs_.row([null, "小计", sum(pareto.map((p) => p[1])), sum(pareto.map((p) => p[2])), lost, "100.0%", null, null]);
  fs_.row([null, "加分项：贫困人口培训率≥70%", 2, 0, null, null, null, "贫困人口培训率未达70%"]);
  fs_.row([null, "加分项：电商扶贫典型案例获电视播报", 2, 1, null, null, null, "省级电视台播报"]);
  fs_.row([null, "合计（含加分）", null, 97, null, null, null, null]);
  r = fs_.row(["注：失分占比＝该项失分÷失分合计；加分项不参与排列。一票否决项：无。"]); fs_.merge(r, 0, r, 7);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
    "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  if (sum(pareto.map((p) => p[2])) !== 96) throw new Error("pareto sum");

  // ---------------- 附1 村居名单
  const towns = [
    ["古竹镇", ["古竹", "水口", "新民", "竹园", "大坝", "河口", "黄沙", "上屯", "下屯", "石坑", "东坑", "高塘", "罗岭", "白石"], []],
    ["临江镇", ["临江", "沙岭", "圳口", "双下", "桂林", "坪围", "长江", "新塘", "埔前", "杨梅", "老围", "山下", "龙岗"], []],
    ["城东街道", ["石岭", "塘尾", "高埔", "楼下", "彭坑", "大塘", "径口", "茶岭", "田心"], ["东华", "新城", "江东", "和顺", "滨江", "河东"]],
  ];
  const POOR = new Set(["石坑", "罗岭", "龙岗", "杨梅", "彭坑"]);
  const vl = new Sheet("附1 村居名单", 6);
  vl.band("附1　江东新区村（居）民委员会名单");
  vl.band("填报单位：江东新区社会事务局　　　　更新时间：2021年3月（村（居）换届后）");
  vl.row(["序号", "镇（街道）", "村（居）委会名称", "类别", "是否省定贫困村", "快递进村"]);
  let n = 0;
  const villageSet = [];
  for (const [town, vs, cs] of towns) {
    const r0 = vl.n;
    vs.forEach((v, i) => { n++; vl.row([n, i === 0 ? town : null, v + "村民委员会", "行政村", POOR.has(v) ? "是" : "否", "√"]); villageSet.push(v); });
    cs.forEach((c) => { n++; vl.row([n, null, c + "社区居民委员会", "社区", "—", "—"]); });
    vl.vmerge(1, r0, vl.n - 1);
  }
  r = vl.row(["合计：行政村36个（其中省定贫困村5个），社区6个。"]); vl.merge(r, 0, r, 5);
  r = vl.row(["制表：邓××　　审核：社会事务局"]); vl.merge(r, 0, r, 5);
  if (villageSet.length !== 36) throw new Error("36 villages");

  // ---------------- 附2 站点清单
  const st = new Sheet("附2 站点清单", 8);
  st.band("附2　江东新区村级电子商务服务站点清单");
  st.band("（统计至2021年9月15日）");
  st.row(["序号", "站点名称", "所在地", null, "负责人", "联系电话", "挂牌时间", "服务内容"]);
  st.row([null, null, "镇（街道）", "村（社区）", null, null, null, null]);
  { const h = st.n - 2; st.merge(h, 2, h, 3); for (const c of [0, 1, 4, 5, 6, 7]) st.vmerge(c, h, h + 1); }
  const SV = "代购代销、代收代发、代缴费";
  const stations = [
    ["古竹镇", [
      ["古竹村电商服务站", "古竹村", D("2020-09-25"), "古竹"],
      ["古竹圩镇电商服务点", "古竹村委会", "2020.10.16", "古竹"],
      ["水口村电商服务站", "水口村", "2020.10.16", "水口"],
      ["新民村电商服务站", "新民村", D("2020-11-06"), "新民"],
      ["竹园村电商服务站", "竹园村", "2020年11月", "竹园"],
      ["大坝村电商服务站", "大坝村", "20.12.3", "大坝"],
      ["河口村电商服务站", "河口村", D("2020-12-10"), "河口"],
      ["黄沙村电商服务站", "黄沙村", "2021.1.8", "黄沙"],
      ["石坑村电商服务站", "石坑村", D("2020-10-28"), "石坑"],
      ["罗岭村电商服务站", "罗岭村民委员会", "2020年11月20日", "罗岭"],
      ["高塘村电商服务站", "高塘村民委员会", D("2021-03-16"), "高塘"],
      ["下屯村电商服务站", "下屯村", "2021.9.15", "下屯"],
      ["古竹镇电商服务中心（镇级）", "（镇区）", D("2020-09-25"), null],
    ]],
    ["临江镇", [
      ["临江村电商服务站", "临江村", D("2020-09-30"), "临江"],
      ["沙岭村电商服务站", "沙岭村", "2020.11.12", "沙岭"],
      ["圳口村电商服务站", "圳口村", D("2020-12-18"), "圳口"],
      ["双下村电商服务站", "双下村", "2021.1.22", "双下"],
      ["桂林村电商服务站", "桂林村", D("2021-03-05"), "桂林"],
      ["坪围村电商服务站", "坪围村", "21.3.26", "坪围"],
      ["长江村电商服务站", "长江村", D("2021-04-16"), "长江"],
      ["龙岗村电商服务站", "龙岗村", D("2020-10-28"), "龙岗"],
      ["杨梅村电商服务站", "杨梅村委", "2020.11.6", "杨梅"],
    ]],
    ["城东街道", [
      ["石岭村电商服务站", "石岭村", D("2020-10-09"), "石岭"],
      ["塘尾村电商服务站", "塘尾村", "2020.12.1", "塘尾"],
      ["高埔村电商服务站", "高埔村", D("2021-01-15"), "高埔"],
      ["楼下村电商服务站", "楼下村", "2021年4月", "楼下"],
      ["大塘村电商服务站", "大塘村", D("2021-05-20"), "大塘"],
      ["径口村电商服务站", "径口村委", "2021.6.11", "径口"],
      ["茶岭村电商服务站", "茶岭村", D("2021-07-30"), "茶岭"],
      ["东华社区电商服务点", "东华社区", D("2020-12-28"), null],
      ["彭坑村电商服务站", "彭坑村", D("2021-09-03"), "彭坑"],
    ]],
  ];
  const surnames = ["黄", "李", "刘", "张", "陈", "叶", "邱", "曾", "谢", "温", "罗", "钟", "朱", "古", "廖", "邓"];
  const given = ["志强", "春梅", "建华", "桂英", "国栋", "秀兰", "伟明", "丽娟", "永生", "小燕", "金发", "亚妹", "振雄", "月娥", "石生", "淑芬"];
  let k = 0;
  const isoOf = (x) => {
    if (typeof x === "object") return x.date;
    let m = /^(\d{2,4})[.](\d{1,2})[.](\d{1,2})$/.exec(x);
    if (m) { const y = m[1].length === 2 ? "20" + m[1] : m[1]; return y + "-" + m[2].padStart(2, "0") + "-" + m[3].padStart(2, "0"); }
    m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(x);
    if (m) return m[1] + "-" + m[2].padStart(2, "0") + (m[3] ? "-" + m[3].padStart(2, "0") : "-28");
    throw new Error("date " + x);
  };
  const covered = new Set();
  for (const [town, list] of stations) {
    const r0 = st.n;
    for (const s2 of list) {
      k++;
      st.row([k, s2[0], st.n === r0 ? town : null, s2[1], surnames[k % 16] + given[(k * 7) % 16], "138" + String(26000000 + k * 104729).slice(0, 8), s2[2], SV]);
      if (s2[3] && isoOf(s2[2]) <= ASOF) covered.add(s2[3]);
    }
    st.vmerge(2, r0, st.n - 1);
  }
  r = st.row(["合计：31个站点（含镇级服务中心1个、社区服务点1个）"]); st.merge(r, 0, r, 7);
  r = st.row(["注：下屯村、彭坑村站点于2021年9月挂牌。　制表：叶××"]); st.merge(r, 0, r, 7);
  const coveredPoor = [...covered].filter((v) => POOR.has(v)).length;
  if (covered.size !== 26 || coveredPoor !== 4) throw new Error("coverage " + covered.size + " " + coveredPoor);

  // ---------------- people (IDs)
  const REG = "441625";
  function idFor(birth, seqStart, wantX) {
    for (let q = seqStart; q < seqStart + 200; q++) {
      const id = pid(REG, birth, q);
      if (wantX ? id.endsWith("X") : !id.endsWith("X")) return id;
    }
    throw new Error("no id");
  }
  // [key, name, birth, village, labour, status]
  const persons = [
    ["E1", "黄伟强", "19780312", "石坑", "普通劳动力", "在家务农"],
    ["E2", "李春梅", "19820705", "石坑", "普通劳动力", "县内务工"],
    ["E3", "刘志明", "19750921", "罗岭", "技能劳动力", "在家务农"],
    ["E4", "张桂英", "19690113", "罗岭", "普通劳动力", "公益性岗位"],
    ["E5", "陈国栋", "19880426", "龙岗", "普通劳动力", "在家务农"],
    ["E6", "叶秀兰", "19850817", "龙岗", "普通劳动力", "县内务工"],
    ["E7", "邱建华", "19720630", "杨梅", "技能劳动力", "在家务农"],
    ["E8", "曾丽娟", "19900214", "杨梅", "普通劳动力", "在家务农"],
    ["E9", "谢永生", "19670509", "彭坑", "普通劳动力", "公益性岗位"],
    ["E10", "温小燕", "19930128", "彭坑", "普通劳动力", "县内务工"],
    ["E11", "罗金发", "19710806", "石坑", "普通劳动力", "在家务农"],
    ["E12", "钟亚妹", "19790325", "罗岭", "普通劳动力", "在家务农"],
    ["E13", "朱振雄", "19840719", "龙岗", "技能劳动力", "县内务工"],
    ["E14", "古月娥", "19660902", "杨梅", "普通劳动力", "在家务农"],
    ["E15", "廖石生", "19700415", "彭坑", "普通劳动力", "在家务农"],
    ["E16", "黄淑芬", "19870110", "石坑", "普通劳动力", "公益性岗位"],
    ["M1", "刘宏伟", "19910603", "罗岭", "普通劳动力", "省外务工"],
    ["M2", "陈少波", "19890822", "龙岗", "技能劳动力", "县外省内务工"],
    ["M3", "叶振华", "19940311", "杨梅", "普通劳动力", "省外务工"],
    ["N1", "李玉英", "19480926", "石坑", "丧失劳动力", "—"],
    ["N2", "罗水生", "19520417", "彭坑", "无劳动力", "—"],
    ["N3", "张晓丽", "20050302", "罗岭", "无劳动力（在校生）", "—"],
  ];
  const ID = {};
  persons.forEach((p, i) => { ID[p[0]] = idFor(p[2], 11 + i * 7, p[0] === "E7"); });
  const townOf = (v) => towns.find((t) => t[1].includes(v))[0];

  // ---------------- 附3 培训台账（期次）
  const tr = new Sheet("附3 培训台账", 7);
  tr.band("附3　江东新区电子商务培训台账（按期次）");
  tr.band("单位：人次");
  tr.row(["期次", "培训日期", "培训主题", "培训地点", "参训人次", "其中：贫困户（人次）", "备注"]);
  const sessions = [
    ["第1期", D("2020-10-15"), "电商基础知识", "新区电商公共服务中心", 168, 12, "2020-10-15"],
    ["第2期", "2020.11.12", "网店开设与运营", "新区电商公共服务中心", 142, 8, "2020-11-12"],
    ["第3期", "2020.12.8-9", "直播带货实操", "古竹镇文化站", 176, 15, "2020-12-09"],
    ["第4期", "2021年1月14日", "农产品摄影与美工", "新区电商公共服务中心", 95, 6, "2021-01-14"],
    ["第5期", D("2021-03-18"), "短视频营销", "临江镇会议室", "152人次", 10, "2021-03-18"],
    ["第6期", D("2021-04-20"), "电商扶贫专题", "新区电商公共服务中心", 130, 60, "2021-04-20"],
    ["第7期", "2021.5.13", "社交电商", "城东街道党群服务中心", 188, 9, "2021-05-13"],
    ["第8期", D("2021-06-17"), "农村电商物流", "新区电商公共服务中心", 121, 7, "2021-06-17"],
    ["第9期", "2021.7.8-9", "直播电商进阶", "新区电商公共服务中心", 164, 11, "2021-07-09"],
    ["第10期", D("2021-08-19"), "农产品品牌建设", "古竹镇文化站", "１４０", 8, "2021-08-19"],
    ["第11期", "2021.9.9", "秋季电商普及班", "新区电商公共服务中心", 120, 5, "2021-09-09"],
  ];
  const ptNum = (x) => (typeof x === "number" ? x : Number(String(x).replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace(/人次/, "")));
  let sessTotal = 0, sessBefore = 0, poorTotal = 0;
  for (const x of sessions) {
    tr.row([x[0], x[1], x[2], x[3], x[4], x[5], x[0] === "第11期" ? "秋季普及班" : null]);
    sessTotal += ptNum(x[4]); poorTotal += x[5];
    if (x[6] <= ASOF) sessBefore += ptNum(x[4]);
  }
  tr.row(["合计", null, null, null, sessTotal, poorTotal, null]);
  r = tr.row(["注：贫困户专场（逐人签到）另见附4，未计入本表。"]); tr.merge(r, 0, r, 6);
  if (sessBefore !== 1476) throw new Error("sessions " + sessBefore);

  // ---------------- 附4 专场签到
  const si = new Sheet("附4 专场签到", 6);
  si.band("附4　江东新区建档立卡贫困户电商培训专场签到表");
  si.band("（专场学员逐人签到，人次未计入《附3 培训台账》）");
  si.row(["序号", "培训日期", "姓名", "身份证号码", "所在村", "签名"]);
  const others = { X1: ["黄志坚", pid("441625", "19760518", 231), "石坑"], X2: ["钟丽华", pid("441625", "19830227", 242), "杨梅"], X3: ["曾国强", pid("441625", "19810913", 253), "彭坑"], X4: ["温春花", pid("441625", "19860704", 264), "龙岗"] };
  const byKey = Object.fromEntries(persons.map((p) => [p[0], p]));
  const blocks = [
    [D("2020-12-22"), "2020-12-22", ["E1", "E2", "E3", "E4", "E5", "M1", "N1", "X1", "E6"]],
    ["2021.6.29", "2021-06-29", ["E7", "E8", "E9", "E10", "E11", "E3", "X2", "X3"]],
    [D("2021-09-14"), "2021-09-14", ["E12", "E1", "X4"]],
  ];
  let sq = 0, signBefore = 0;
  const trained = new Set();
  for (const [dcell, iso, keys] of blocks) {
    const r0 = si.n;
    for (const key of keys) {
      sq++;
      let name, id, vill;
      if (others[key]) [name, id, vill] = others[key];
      else { const p = byKey[key]; name = p[1]; id = ID[key]; vill = p[3]; }
      if (key === "E7") id = id.slice(0, 17) + "x";
      si.row([sq, si.n === r0 ? dcell : null, name, id, vill + "村", name]);
      if (iso <= ASOF) { signBefore++; if (/^E/.test(key)) trained.add(key); }
    }
    si.vmerge(1, r0, si.n - 1);
  }
  r = si.row(["注：第1场2020年12月22日（新区电商公共服务中心），第2场2021年6月29日（临江镇会议室），第3场2021年9月14日（古竹镇文化站）。"]); si.merge(r, 0, r, 5);
  if (signBefore !== 17 || trained.size !== 11) throw new Error("signins " + signBefore + " " + trained.size);

  // ---------------- 附5 贫困人口
  const pp = new Sheet("附5 贫困人口", 7);
  pp.band("附5　江东新区建档立卡贫困人口名单（有劳动能力及务工情况）");
  pp.band("数据来源：新区乡村振兴局（2021年8月底）");
  pp.row(["序号", "姓名", "身份证号码", "所在镇（街道）", "所在村", "劳动能力", "务工状态"]);
  persons.forEach((p, i) => pp.row([i + 1, p[1], ID[p[0]], townOf(p[3]), p[3] + "村", p[4], p[5]]));
  r = pp.row(["注：外出务工指省外务工、县外省内务工。"]); pp.merge(r, 0, r, 6);
  const eligible = persons.filter((p) => /劳动力$/.test(p[4]) && !/^(无|丧失)/.test(p[4]) && !/外/.test(p[5])).map((p) => p[0]);
  if (eligible.length !== 16) throw new Error("eligible " + eligible.length);

  // ---------------- 附6 入驻企业
  const en = new Sheet("附6 入驻企业", 7);
  en.band("附6　江东新区电子商务产业园入驻企业清单");
  en.row(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]);
  const codeOf = (i) => uscc("91441600MA5" + ["1B", "2C", "3D", "4E", "5F", "6G", "7H", "8J", "9K", "AL", "BM", "CN", "DP", "EQ", "FR", "GT", "HU", "JW", "KX", "LY", "M1", "N2"][i] + "R7K9");
  const ents = [
    ["河源江东农品汇电子商务有限公司", 0, "销售型", D("2020-09-28"), null, null],
    ["河源市东江云仓物流有限公司", 1, "物流企业", D("2020-09-28"), null, null],
    ["江东新区客家优品电子商务有限公司", 2, "销售型", "2020.10.12", null, null],
    ["河源市惠农通网络科技有限公司", 3, "平台型", D("2020-10-20"), null, null],
    ["河源市古竹农业发展有限公司", 4, "销售型", D("2020-11-02"), null, null],
    ["河源市乡村e站电子商务服务有限公司", 5, "电商运营商", D("2020-11-09"), null, null],
    ["河源市临江鲜果电子商务有限公司", 6, "销售型", "2020年11月", null, null],
    ["河源快达速递有限公司江东分公司", 7, "物流企业", D("2020-12-01"), null, null],
    ["河源市山里红直播文化传媒有限公司", 8, "直播电商", D("2020-12-15"), null, null],
    ["河源市绿野农产品有限公司", 9, "销售型", D("2021-01-06"), D("2021-05-31"), "已迁出园区"],
    ["河源市农品汇供应链有限公司", 0, "销售型", D("2021-03-01"), null, "原“河源江东农品汇电子商务有限公司”更名，同一企业"],
    ["河源市东源茶业电子商务有限公司", 10, "销售型", D("2021-01-18"), null, null],
    ["河源市万绿湖电子商务有限公司", 11, "销售型", "2021.2.22", null, null],
    ["河源市数农科技有限公司", 12, "平台型", D("2021-03-08"), null, null],
    ["河源市客都代运营服务有限公司", 13, "电商运营商", D("2021-03-22"), null, null],
    ["河源市鲜到家网络科技有限公司", 14, "销售型", D("2021-04-06"), null, null],
    ["河源市江东冷链仓储有限公司", 15, "物流企业", "2021.4.19", null, null],
    ["河源市蓝天农业专业合作社", 16, "销售型", D("2021-05-10"), null, null],
    ["河源市乡味直播电商有限公司", 17, "直播电商", D("2021-06-07"), null, null],
    ["河源市好山好水电子商务有限公司", 18, "销售型", D("2021-07-12"), null, null],
    ["河源市源味坊食品有限公司", 19, "销售型", D("2021-08-02"), null, null],
    ["河源市跨境优选电子商务有限公司", 20, "平台型", D("2021-09-06"), null, "9月新入驻"],
  ];
  const inPark = new Set();
  ents.forEach((e2, i) => {
    en.row([i + 1, e2[0], codeOf(e2[1]), e2[2], e2[3], e2[4] === null ? "—" : e2[4], e2[5]]);
    const ent = typeof e2[3] === "object" ? e2[3].date : isoOf(e2[3]);
    const left = e2[4] && e2[4].date;
    if (ent <= ASOF && !(left && left < ASOF)) inPark.add(e2[1]); else inPark.delete(e2[1]);
  });
  r = en.row(["截至2021年9月10日共登记22家。"]); en.merge(r, 0, r, 6);
  if (inPark.size !== 19) throw new Error("park " + inPark.size);

  // ---------------- 附7 资金台账
  const fd = new Sheet("附7 资金台账", 7);
  fd.band("附7　江东新区电子商务进农村综合示范专项资金拨付台账");
  fd.band("资金来源：2019年省级促进经济高质量发展专项资金（电子商务进农村综合示范）　下达500万元");
  fd.row(["序号", "拨付日期", "凭证号", "项目", "收款单位", "拨付金额（元）", "备注"]);
  const funds = [
    [D("2020-07-20"), "记-2020-07-015", "公共服务中心建设首期款", "河源市江东建设工程有限公司", "800,000.00", 800000],
    ["2020.10.30", "记-2020-10-022", "公共服务中心建设进度款", "河源市江东建设工程有限公司", 600000, 600000],
    [D("2020-12-25"), "记-2020-12-031", "村级站点建设（第一批）", "河源市乡村e站电子商务服务有限公司", "450,000.00", 450000],
    ["2021.1.28", "记-2021-01-009", "物流配送体系建设", "河源市东江云仓物流有限公司", 380000, 380000],
    [D("2021-03-15"), "记-2021-03-012", "电商培训服务费（一期）", "河源市客都代运营服务有限公司", "200,000.00", 200000],
    [D("2021-04-30"), "记-2021-04-027", "村级站点建设（第二批）", "河源市乡村e站电子商务服务有限公司", 350000, 350000],
    ["2021.6.10", "记-2021-06-008", "品牌推广及网络促销活动", "河源市客家传媒有限公司", "28万", 280000],
    [D("2021-07-22"), "记-2021-07-019", "公共服务中心运营服务费", "河源市客都代运营服务有限公司", "300,000.00", 300000],
    [D("2021-08-26"), "记-2021-08-024", "电商培训服务费（二期）", "河源市客都代运营服务有限公司", 260000, 260000],
    ["2021.9.8", "记-2021-09-006", "村级站点建设尾款", "河源市乡村e站电子商务服务有限公司", "380,000.00", 380000],
  ];
  let fundBefore = 0;
  funds.forEach((f2, i) => {
    fd.row([i + 1, f2[0], f2[1], f2[2], f2[3], f2[4], null]);
    const d = typeof f2[0] === "object" ? f2[0].date : isoOf(f2[0]);
    if (d <= ASOF) fundBefore += f2[5];
  });
  fd.row(["合计", null, null, null, null, "4,000,000.00", null]);
  r = fd.row(["经办：钟××　　审核：新区财政局"]); fd.merge(r, 0, r, 6);
  if (fundBefore !== 3620000) throw new Error("funds " + fundBefore);

  // ---------------- 附8 月报报送
  const rp = new Sheet("附8 月报报送", 5);
  rp.band("附8　江东新区电子商务进农村工作月报报送登记");
  rp.row(["序号", "报送日期", "报送内容", "报送对象", "是否含电商扶贫统计"]);
  const rdates = [D("2020-09-07"), "2020.10.9", D("2020-11-06"), "2020年12月7日", D("2021-01-08"), D("2021-02-05"), "2021.3.5", D("2021-04-07"), "2021/5/8", D("2021-06-07"), "2021.7.6", D("2021-08-05"), D("2021-09-06")];
  const months = ["2020年8月", "2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月", "2021年5月", "2021年6月", "2021年7月", "2021年8月"];
  rdates.forEach((d, i) => rp.row([i + 1, d, months[i] + "电子商务进农村工作进展月报（附电商扶贫统计表）", "河源市商务局", "是"]));

  // ---------------- 附9 专栏更新
  const dc = new Sheet("附9 专栏更新", 4);
  dc.band("附9　江东新区政府网站“电子商务进农村综合示范”专栏更新记录");
  dc.row(["序号", "发布日期", "标题", "子栏目"]);
  const ddates = ["2020.6.12", D("2020-09-18"), D("2020-10-20"), "2020.11.17", D("2020-12-21"), D("2021-01-19"), "2021.2.23", D("2021-03-18"), D("2021-04-20"), "2021.5.19", D("2021-06-21"), D("2021-07-20"), D("2021-08-18"), D("2021-09-15")];
  const dtitles = ["江东新区电子商务进农村综合示范创建工作方案", "项目建设进度公示（2020年8月）", "项目建设进度公示（2020年9月）", "项目基本信息公示", "项目建设进度公示（2020年11月）", "项目建设进度公示（2020年12月）", "项目建设进度公示（2021年1月）", "项目建设进度公示（2021年2月）", "项目建设进度公示（2021年3月）", "项目建设进度公示（2021年4月）", "项目建设进度公示（2021年5月）", "项目建设进度公示（2021年6月）", "项目建设进度公示（2021年7月）", "项目建设进度公示（2021年8月）"];
  ddates.forEach((d, i) => dc.row([i + 1, d, dtitles[i], i === 0 ? "创建方案" : i === 3 ? "项目公示" : "建设进度"]));

  // ---------------- 附10 宣传报道
  const md = new Sheet("附10 宣传报道", 7);
  md.band("附10　江东新区电子商务进农村宣传报道登记");
  md.row(["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]);
  md.row([1, D("2020-11-20"), "南方日报", "省级", "报纸", "江东新区：电商服务站开到村民家门口", "否"]);
  md.row([2, "2021.1.15", "广东广播电视台珠江频道《今日关注》", "省级", "电视", "客家山货“触网”记——江东新区电商扶贫见闻", "是"]);
  md.row([3, D("2021-04-09"), "河源日报", "市级", "报纸", "江东新区培育农村电商带头人", "否"]);
  md.row([4, "2021年6月18日", "河源广播电视台", "市级", "电视", "江东好物直播间开播", "否"]);
  md.row([5, D("2021-09-10"), "江东新区融媒体中心", "区级", "网络", "江东新区迎接省级示范创建考评", "否"]);

  // ---------------- 附11 经验材料
  const mt = new Sheet("附11 经验材料", 4);
  mt.band("附11　江东新区经验材料（典型案例）报送登记");
  mt.row(["序号", "报送日期", "材料名称", "报送对象"]);
  mt.row([1, D("2021-06-15"), "江东新区“电商＋扶贫”经验做法", "河源市商务局"]);
  mt.row([2, "2021.9.7", "江东新区农村电商服务体系建设典型案例", "河源市商务局"]);

  sheets.push(toc, fs_, vl, st, tr, si, pp, en, fd, rp, dc, md, mt);

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
    "work.center": 12, "work.coverage": 8, "work.upward": 9, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 7,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(Object.entries(points).filter(([k2]) => !/^(bonus|veto)\./.test(k2)).map(([, v2]) => v2));
  if (scored !== 89) throw new Error("scored " + scored);

  writeCase("counties", "b97-c1-jiangdong.json", {
    description: "河源市江东新区经济发展局的整本考评工作簿（13个表：目录、自评失分分析、附1—附11），中等偏上（90分，含加分1分，未否决；自评97分）：事实和自评分都在电商股仿质量管理“排列图”做的《自评失分分析表（排列图数据）》里——一、基础数据（序号|数据项|数值|单位|时点／口径|备注，户籍人口、入驻企业22家、培训1,616人次、累计拨付400万元也列在其中）、二、主观评分项自评、三、按失分由多到少排列的评价指标（满分|自评得分|失分|失分占比|累计占比|失分原因，服务体系建设拆成县级中心及产业园、村级站点两行，满分项排在后面）和加分项。台账：村（居）民委员会名单（镇纵向合并，贫困村是/否、快递√）、站点清单（两行表头“所在地”合并在镇、村之上，村名写××村／××村委／××村民委员会，挂牌时间真日期、2020.10.16、2020年11月、20.12.3、21.3.26混写）、按期次的培训台账（单位人次，日期区间、“152人次”、全角“１４０”，合计含9月一期）、贫困户专场逐人签到（另计，日期纵向合并，一人身份证末位小写x）、贫困人口名单、入驻企业（更名同一信用代码、已迁出、9月入驻）、资金台账（元，“28万”写在元栏、9月尾款、合计行）、月报、专栏、宣传报道、经验材料。陷阱：站点覆盖26/36=72.2%（9月的下屯村和彭坑村站点、社区服务点、镇级中心不计）、省定贫困村4/5=80%（彭坑村9月才挂牌）→8分；培训1,476+17=1,493人次=0.956%（算上9月两场就过1%）→8分；贫困户培训11/16=68.75%（算上9月专场就到75%拿加分）；入驻企业在园19家；资金362万元=72.4%（漏读“28万”就跌破70%）；区级报道在截止日后，省台扶贫案例加1分。",
    sheets: sheets.map((x) => x.build()),
    expect: {
      asOf: ASOF,
      total: 90,
      bonus: 1,
      vetoed: false,
      points,
      claimed,
    },
    derivation: [
      "org.leadership: 组长“新区党工委书记”（书记＝主要领导），成员单位有新区经济发展局（商务）、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: 自评表“方案制定”自评2分（工作方案2019年12月已正式印发）→ 2",
      "org.policy: 自评表“政策支持”自评2分（政策2020年5月已出台）→ 2",
      "org.management: 项目管理制度自评2分＋工作台账自评2分 → 4",
      "work.center: 中心2020-12-18运营（≤截止日2分；≤2021-02-28满6个月2分）＋免费培训2＋免费展示1＋免费摄影美工“无”0＋品牌推广1＋其他增值服务1＋产业园已建成2＋入驻企业截至8月31日在园19家（22行－更名重复1－2021-05-31迁出1－2021-09-06入驻1）<20 → 0＋类型销售型/物流企业/平台型/电商运营商/直播电商≥3 → 1，合计12",
      "work.coverage: 有站点且挂牌≤2021-08-31的行政村26个（古竹村两站算1，罗岭村民委员会、杨梅村委、径口村委、高塘村民委员会按同村；下屯村2021-09-15、彭坑村2021-09-03不计；东华社区、古竹镇（镇区）不是行政村）/36=72.2%≥70% → 5；省定贫困村石坑、罗岭、龙岗、杨梅有站、彭坑9月才挂牌 4/5=80% → 3；合计8",
      "work.upward: 网销调研自评2＋网络促销自评2＋有第三方运营服务商1＋村名单36个行政村快递全部√ → 1＋交易标准与冷链溯源自评1＋农产品网零7,100/5,200万元增长36.5%≥30% → 2（农村网零4.05/3.26亿元增长24.2%不够，但任一达标即可），合计9",
      "work.training: 培训台账第1—10期1,476人次（第11期2021.9.9的120人次和合计行不计）＋专场签到2020-12-22的9行和2021-06-29的8行共17人次（2021-09-14的3行不计）＝1,493人次÷156,200（常住15.62万）＝0.956%，在0.8%—1%之间 → 8；贫困户：名单22人中有劳动能力且非外出务工16人，截止日前签到的有11人（刘志明两次算一次，邱建华身份证末位小写x按X匹配；外出务工刘宏伟、丧失劳动力李玉英、名单外3人不算；钟亚妹只在9月14日参训不算）11/16=68.75%≥50% → 10；合计18",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度且有监督举报窗口 → 2；专栏更新2020年9月至2021年8月每月都有（2020.6.12和2021-09-15在窗口外）→ 2；合计4",
      "info.reporting: 月报2020年9月至2021年8月每月都有报送日期（2021-09-06在窗口外）→ 3；月报均附电商扶贫统计表 → 3；合计6",
      "promo.cases: 2021-06-15向河源市商务局报送经验做法（2021.9.7那份在截止日后）→ 2",
      "promo.media: 截止日前有省级（南方日报、广东广播电视台珠江频道）4分＋市级（河源日报、河源广播电视台）3分；区级融媒体报道2021-09-10在截止日后不计 → 7",
      "fund.system: 资金管理制度自评5分 → 5",
      "fund.ledger: 资金台账自评4分 → 4",
      "fund.spending: 截止日前拨付3,620,000元（“28万”＝280,000元计入；2021.9.8尾款380,000元和合计行不计）÷5,000,000＝72.4%≥70%，按资金及时拨付自评4分 → 4",
      "bonus.poorTraining: 贫困人口培训率68.75%<70% → 0",
      "bonus.tvCase: 广东广播电视台珠江频道2021.1.15播出电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: 自评表“发生安全生产、质量事故或重大损失：无” → 不否决",
      "veto.progress: 项目总体进度91%≥40% → 不否决",
      "veto.fraud: 自评表“弄虚作假：无” → 不否决",
      "total: 15项合计89分＋加分1分＝90分，未否决（县自评97分）",
    ],
  });
});

// ---------------------------------------------------------------- run
for (const f of cases) f();
console.log("ok: " + written.length + " file(s)");
for (const w of written) console.log("  " + w);
