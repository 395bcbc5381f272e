"use strict";
// Batch 95 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers

/** A real Excel date cell. */
function d(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error("bad date " + iso);
  return { date: iso };
}

function colToNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function numToCol(n) {
  let s = "";
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function parseRange(range) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error("bad range " + range);
  return { c1: colToNum(m[1]), r1: +m[2], c2: colToNum(m[3]), r2: +m[4] };
}

/** Row-by-row sheet builder with a fixed width; merges are given per row ("A:F") or absolute. */
class Grid {
  constructor(width) { this.w = width; this.rows = []; this.merges = []; }
  get n() { return this.rows.length; }
  add(cells, merge) {
    const row = cells.slice();
    if (row.length > this.w) throw new Error("row wider than grid: " + JSON.stringify(cells));
    while (row.length < this.w) row.push(null);
    this.rows.push(row);
    const rn = this.rows.length;
    for (const m of [].concat(merge || [])) {
      const [a, b] = m.split(":");
      this.merges.push(`${a}${rn}:${b}${rn}`);
    }
    return rn;
  }
  blank() { return this.add([]); }
  merge(range) { this.merges.push(range); }
  /** vertical merge of one column over rows r1..r2 (only if r2 > r1) */
  vmerge(col, r1, r2) { if (r2 > r1) this.merges.push(`${col}${r1}:${col}${r2}`); }
  sheet(name, extra) { return Object.assign({ name, rows: this.rows, merges: this.merges }, extra || {}); }
}

function isCell(v) {
  if (v === null) return true;
  const t = typeof v;
  if (t === "string" || t === "boolean") return true;
  if (t === "number") return Number.isFinite(v);
  if (t === "object" && !Array.isArray(v)) {
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === "date" && typeof v.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.date);
  }
  return false;
}

function validateSheet(sh, where) {
  const tag = `${where} / ${sh.name}`;
  if (typeof sh.name !== "string" || !sh.name) throw new Error(`${tag}: no name`);
  if (!Array.isArray(sh.rows) || sh.rows.length === 0) throw new Error(`${tag}: no rows`);
  const w = sh.rows[0].length;
  if (w === 0) throw new Error(`${tag}: empty first row`);
  sh.rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== w) throw new Error(`${tag}: row ${i + 1} has ${row && row.length} cells, expected ${w}`);
    row.forEach((v, j) => { if (!isCell(v)) throw new Error(`${tag}: bad cell ${numToCol(j + 1)}${i + 1}: ${JSON.stringify(v)}`); });
  });
  const seen = new Set();
  for (const m of sh.merges || []) {
    const { r1, c1, r2, c2 } = parseRange(m);
    if (r1 > r2 || c1 > c2) throw new Error(`${tag}: inverted merge ${m}`);
    if (r2 > sh.rows.length || c2 > w) throw new Error(`${tag}: merge ${m} outside ${sh.rows.length}x${w}`);
    if (r1 === r2 && c1 === c2) throw new Error(`${tag}: single-cell merge ${m}`);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) {
      const key = r + ":" + c;
      if (seen.has(key)) throw new Error(`${tag}: overlapping merge at ${numToCol(c)}${r}`);
      seen.add(key);
      if ((r !== r1 || c !== c1) && sh.rows[r - 1][c - 1] !== null)
        throw new Error(`${tag}: covered cell ${numToCol(c)}${r} of merge ${m} is not empty: ${JSON.stringify(sh.rows[r - 1][c - 1])}`);
    }
  }
  if ("hidden" in sh && typeof sh.hidden !== "boolean") throw new Error(`${tag}: hidden must be boolean`);
}

const written = [];
function writeCase(folder, file, obj) {
  if (typeof obj.description !== "string" || !obj.description) throw new Error(file + ": no description");
  if (!Array.isArray(obj.sheets) || obj.sheets.length === 0) throw new Error(file + ": no sheets");
  const names = new Set();
  for (const sh of obj.sheets) {
    validateSheet(sh, file);
    if (names.has(sh.name)) throw new Error(`${file}: duplicate sheet name ${sh.name}`);
    names.add(sh.name);
    if (sh.merges && sh.merges.length === 0) delete sh.merges;
  }
  if (folder === "ledgers") {
    for (const k of Object.keys(obj.expect.sheets)) if (!names.has(k)) throw new Error(`${file}: expect names unknown sheet ${k}`);
    for (const k of names) if (!(k in obj.expect.sheets)) throw new Error(`${file}: sheet ${k} has no expectation`);
  }
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, file);
  fs.writeFileSync(out, JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(path.relative(ROOT, out));
}

function assertEq(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`self-check failed: ${what}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
}

/** 18-digit resident ID with a correct ISO 7064 MOD 11-2 check character. */
function idNo(area, birth, seq) {
  const body = `${area}${birth}${String(seq).padStart(3, "0")}`;
  if (body.length !== 17) throw new Error("bad id body " + body);
  const wts = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += +body[i] * wts[i];
  return body + "10X98765432"[s % 11];
}

// ---------------------------------------------------------------- cases


// ===== facts/b95-f1-lechang: a Word table pasted into ONE cell (edit mode: tabs + line breaks) =====
(function lechang() {
  const T = "\t";
  const lines = [
    ["序号", "项目", "数据", "备注"],
    ["一、基本情况"],
    ["1", "县（市、区）", "乐昌市", ""],
    ["2", "考评数据截止时间", "2021年8月31日", ""],
    ["3", "常住人口", "42万人", "户籍人口53万人"],
    ["4", "行政村", "195个", "另有居委会20个"],
    ["5", "省定贫困村", "39个", ""],
    ["二、组织领导"],
    ["6", "领导小组组长", "市委副书记、市长", ""],
    // a Word cell with two paragraphs: its second paragraph lands on a line of its own
    ["7", "领导小组成员单位", "市商务局、市财政局、市农业农村局、"],
    ["市扶贫办（现市乡村振兴局）、市市场监管局、市交通运输局、市邮政管理局", "乐府办〔2019〕126号"],
    ["8", "示范创建工作方案", "已正式印发", "《乐昌市电子商务进农村综合示范项目实施方案》"],
    ["9", "支持农村电商发展的政策", "已出台", "《乐昌市促进农村电子商务发展若干措施》"],
    ["三、服务体系建设"],
    ["10", "县级电子商务公共服务中心投入运营时间", "2020年12月28日", ""],
    ["11", "有免费培训场所、培训设备，能组织电商基础培训", "有", "培训室1个"],
    ["12", "为特色农产品提供免费展示、销售服务", "有", ""],
    ["13", "为电子商务市场主体提供免费摄影、美工服务", "无", "摄影、美工按成本价收费"],
    ["14", "组织农产品统一推广、指导特色农产品品牌建设", "有", ""],
    ["15", "为电子商务发展提供其他衍生增值服务", "有", ""],
    ["16", "电商产业园", "已建设", "与公共服务中心同址，已签约入驻企业20家"],
    ["四、农村产品上行"],
    ["17", "专业第三方电子商务运营或服务商", "有", ""],
    ["18", "行政村物流快递覆盖率", "100%", ""],
    ["19", "2019年农村网络零售额", "6.95亿元", ""],
    ["20", "2020年农村网络零售额", "8.27亿元", "同比增长19.0%"],
    ["21", "2019年农产品网络零售额", "1.82亿元", ""],
    ["22", "2020年农产品网络零售额", "2.43亿元", "同比增长33.5%"],
    ["五、电商人才培训"],
    ["23", "培训人次（累计）", "4385人次", "目标4200人次（常住人口的1%）"],
    ["24", "有劳动能力的建档立卡贫困人口", "10549人", "含外出务工人员（3005户）"],
    ["25", "其中：未外出务工", "3412人", "经市乡村振兴局确认"],
    ["26", "参加培训的建档立卡贫困人口", "1856人", "按人数计，不重复计算"],
    ["六、信息公开及报送"],
    ["27", "政府网站专栏公示创建方案", "是", ""],
    ["28", "专栏公示项目基本信息", "是", ""],
    ["29", "专栏公示项目建设进度", "是", "每月更新"],
    ["30", "专栏设立征求意见或监督举报窗口", "是", "监督举报电话、邮箱"],
    ["31", "能统计电商扶贫情况", "是", "月报附电商扶贫统计表"],
    ["七、资金管理"],
    ["32", "下达省级专项资金", "500万元", ""],
    ["33", "累计拨付资金", "4,167,785.00元", "拨付进度83%"],
    ["34", "资金管理制度", "已制定", ""],
    ["35", "资金专用台账", "已建立", ""],
    ["八、一票否决事项"],
    ["36", "安全生产、质量事故或重大经济损失", "无", ""],
    ["37", "弄虚作假", "无", ""],
  ];
  const pasted = lines.map((l) => l.join(T)).join("\n");

  const g = new Grid(6);
  g.add(["韶关市电子商务进农村综合示范县考评基础数据报送表"], "A:F");
  g.add(["填报单位（盖章）：乐昌市商务局", null, null, "填报日期：2021年9月2日"], ["A:C", "D:F"]);
  g.add(["一、基础数据（请按序号逐项填写）"], "A:F");
  g.add([pasted], "A:F");
  g.add(["二、主观评分项自评"], "A:F");
  g.add(["序号", "评分项（评分标准）", null, "分值", "自评分", "自评说明"], "B:C");
  const judged = [
    ["1", "方案制定：工作方案因地制宜，可操作性较强", "1-2分", 2, "方案经市政府常务会议审定后印发"],
    ["2", "政策支持：出台相关政策，且得到较好落实", "1-2分", "2分", ""],
    ["3", "项目管理：建立项目管理制度，在建设、验收环节严格落实相关制度", "1-2分", 2, ""],
    ["4", "项目管理：建立完整工作台账，详细记录项目建设情况", "1-2分", 2, ""],
    ["5", "农村产品上行：对当地农产品网络销售进行调研，并形成针对性建议", "1-2分", 2, "委托第三方出具调研报告"],
    ["6", "农村产品上行：开展农村产品网络促销活动成效明显", "1-2分", 2, "马蹄、雪毛鸡线上促销"],
    ["7", "农村产品上行：有出台农产品电商交易标准，建立农产品冷链、溯源系统", "1-2分", 1, "已出台四大地标产品电商交易标准，溯源系统未单独建设"],
    ["8", "制度建立：建立科学有效的资金管理制度且得到有效落实", "1-5分", 5, ""],
    ["9", "资金台账：项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况", "1-5分", "4分", ""],
    ["10", "资金支出：资金支出率70%以上，且根据创建进度及时拨付", "1-5分", 5, ""],
  ];
  for (const [no, item, range, pts, note] of judged) g.add([no, item, null, range, pts, note], "B:C");
  g.add(["填报人：黄××　　联系电话：0751-55×××××　　审核人：李××"], "A:F");

  writeCase("facts", "b95-f1-lechang.json", {
    description: "乐昌市（韶关）商务局填韶关市局的《考评基础数据报送表》：经办人在编辑状态下把Word版基础数据表整张粘进了一个合并单元格（A4:F4），于是37项数据全在这一格里——Word表格的列变成制表符、行变成换行，节标题行没有制表符，成员单位那格的第二段落单独成了一行；下面的主观评分项自评是正常的表格。",
    sheets: [g.sheet("基础数据报送表")],
    expect: {
      facts: {
        county: "乐昌市",
        asOf: "2021-08-31",
        residentPopulation: 420000,
        adminVillagesStated: 195,
        poorVillagesStated: 39,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 695000000,
        ruralRetail2020: 827000000,
        ruralRetailGrowthStated: 0.19,
        agriRetail2019: 182000000,
        agriRetail2020: 243000000,
        agriRetailGrowthStated: 0.335,
        trainingPersonTimesStated: 4385,
        eligiblePoorPersonsStated: 3412,
        trainedPoorPersonsStated: 1856,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4167785,
        fundSystemIssued: true,
        fundLedgerKept: true,
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
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 5,
      },
      leadership: "principal-all",
    },
  });
})();


// ===== facts/b95-f2-renhua: one table for two programmes (2019 provincial | 2020 national), shared values merged across both =====
(function renhua() {
  const g = new Grid(6);
  g.add(["仁化县电子商务进农村综合示范项目（省级、国家级）主要数据对照表"], "A:F");
  g.add(["填报单位：仁化县商务局（县电子商务进农村工作领导小组办公室）　　编制日期：2021年9月1日"], "A:F");
  g.add(["说明：我县同时承担2019年省级电子商务进农村综合示范创建和2020年国家级电子商务进农村综合示范县建设，公共服务中心、站点体系、领导小组共建共用，资金分账核算。两项目相同的数据跨两栏填写（合并单元格），不同的分栏填写；报省考评一律以“2019年省级示范”栏为准。"], "A:F");
  g.add(["序号", "项目", "单位", "2019年省级示范\n（报省考评）", "2020年国家级示范\n（商务部绩效评价）", "备注"]);
  const both = (no, item, unit, v, note) => g.add([no, item, unit, v, null, note === undefined ? null : note], "D:E");
  const each = (no, item, unit, prov, nat, note) => g.add([no, item, unit, prov, nat, note === undefined ? null : note]);
  const sec = (t) => g.add([t], "A:F");

  sec("一、基本情况");
  both(1, "县（市、区）", "—", "仁化县");
  both(2, "数据截止日期", "—", "2021年8月31日");
  both(3, "常住人口", "万人", 19.62, "第七次人口普查；户籍人口24.31万人");
  both(4, "行政村", "个", 117, "另有社区居委会12个");
  both(5, "省定贫困村", "个", 14);
  sec("二、组织领导");
  both(6, "领导小组组长", "—", "县委副书记、县长", "两项目共用一个领导小组（仁府办〔2019〕58号，2020年12月调整充实）");
  both(7, "领导小组成员单位", "—", "县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政管理局、各镇人民政府");
  each(8, "工作方案", "—", "已印发（仁府办〔2019〕71号）", "已印发（仁府办〔2020〕112号）");
  both(9, "支持农村电商发展的政策", "—", "已出台（仁府办〔2020〕9号）");
  sec("三、服务体系");
  both(10, "县级电子商务公共服务中心投入运营时间", "—", "2020年6月16日", "国家级项目对中心升级改造，2021年4月完成");
  both(11, "有免费培训场所、培训设备，能组织电商基础培训", "有/无", "有");
  both(12, "为特色农产品提供免费展示、销售服务", "有/无", "有");
  both(13, "为电子商务市场主体提供免费摄影、美工服务", "有/无", "有");
  both(14, "组织农产品统一推广、指导特色农产品品牌建设", "有/无", "有");
  both(15, "为电子商务发展提供其他衍生增值服务", "有/无", "有");
  both(16, "电商产业园", "—", "已建成（整合原丹霞电商孵化基地）");
  both(17, "产业园入驻企业", "家", 24);
  each(18, "村级电商服务站点", "个", 86, "35", "省级项目建设86个；国家级项目新建35个");
  sec("四、农村产品上行");
  both(19, "专业第三方电子商务运营或服务商", "有/无", "有");
  both(20, "行政村物流快递覆盖率", "%", 100);
  both(21, "农村网络零售额（2019年）", "亿元", 4.86, "县统计局");
  both(22, "农村网络零售额（2020年）", "亿元", 6.12, "县统计局");
  both(23, "农村网络零售额同比增长", "%", 25.9);
  both(24, "农产品网络零售额（2019年）", "亿元", 1.35, "县统计局");
  both(25, "农产品网络零售额（2020年）", "亿元", 1.79, "县统计局");
  both(26, "农产品网络零售额同比增长", "%", 32.6);
  sec("五、电商人才培训");
  each(27, "培训人次", "人次", "2,315", "3,460", "国家级栏含省级项目2,315人次");
  both(28, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,042", "县乡村振兴局确认");
  each(29, "参加培训的建档立卡贫困人口", "人", 583, "同左");
  sec("六、信息公开及报送");
  both(30, "政府网站专栏公示创建方案", "是/否", "是", "两项目共用“仁化县电子商务进农村综合示范”专栏");
  both(31, "专栏公示项目基本信息", "是/否", "是");
  both(32, "专栏公示项目建设进度", "是/否", "是");
  both(33, "专栏设立征求意见或监督举报窗口", "是/否", "是");
  both(34, "能统计电商扶贫情况", "是/否", "是");
  sec("七、资金管理");
  each(35, "下达资金", "万元", 500, "1,500", "省级专项资金／中央财政资金");
  each(36, "累计拨付", "万元", 431.26, "1,028.40");
  each(37, "资金拨付率", "%", 86.3, 68.6);
  each(38, "资金管理制度", "—", "已制定（仁商〔2019〕35号）", "已制定（仁商〔2020〕48号）");
  both(39, "资金专用台账", "—", "已建立（分项目分账核算）");
  each(40, "项目总体进度", "%", 96, 75);
  sec("八、一票否决事项");
  both(41, "安全生产、质量事故或重大经济损失", "—", "无");
  both(42, "弄虚作假", "—", "无");

  sec("九、主观评分项自评（省考评适用）");
  const j = [
    [43, "方案制定", "分（1-2）", 2],
    [44, "政策支持", "分（1-2）", 2],
    [45, "项目管理：项目管理制度", "分（1-2）", 2],
    [46, "项目管理：工作台账", "分（1-2）", 2],
    [47, "农村产品上行：网销调研及针对性建议", "分（1-2）", 2],
    [48, "农村产品上行：网络促销活动", "分（1-2）", 2],
    [49, "农村产品上行：交易标准及冷链、溯源系统", "分（1-2）", 1],
    [50, "资金管理制度", "分（1-5）", 5],
    [51, "资金台账", "分（1-5）", 5],
    [52, "资金及时拨付", "分（1-5）", 4],
  ];
  let first = 0;
  j.forEach(([no, item, unit, pts], i) => {
    const r = g.add([no, item, unit, pts, i === 0 ? "—（国家级项目按商务部绩效评价办法另行自评）" : null, null]);
    if (i === 0) first = r;
    if (i === j.length - 1) g.vmerge("E", first, r);
  });

  sec("十、自评得分（省考评）");
  const sc = [
    [53, "组织领导", 2, "满分2"],
    [54, "方案制定", 2, "满分2"],
    [55, "政策支持", 2, "满分2"],
    [56, "项目管理", 4, "满分4"],
    [57, "服务体系建设（县级中心及产业园）", 15, "满分15"],
    [58, "服务体系建设（村级站点覆盖）", 10, "满分10"],
    [59, "农村产品上行", 9, "满分10"],
    [60, "电商人才培训", 20, "满分20"],
    [61, "信息公开", 4, "满分4"],
    [62, "数据上报", 6, "满分6"],
    [63, "案例总结", 2, "满分2"],
    [64, "经验推广", 8, "满分8"],
    [65, "制度建立", 5, "满分5"],
    [66, "资金台账", 5, "满分5"],
    [67, "资金支出", 4, "满分5"],
    [68, "加分项：建档立卡贫困人口培训率70%及以上", 0, "满分2"],
    [69, "加分项：电商扶贫典型案例获电视媒体播报", 1, "省级电视播报1分"],
  ];
  sc.forEach(([no, item, pts, note], i) => {
    const r = g.add([no, item, "分", pts, i === 0 ? "（不适用）" : null, note]);
    if (i === 0) first = r;
    if (i === sc.length - 1) g.vmerge("E", first, r);
  });
  g.add([null, "合计", "分", 99, null, "含加分1分"]);
  g.add(["填表：刘××　　审核：县商务局局长 陈××　　（数据经领导小组办公室核对）"], "A:F");

  writeCase("facts", "b95-f2-renhua.json", {
    description: "仁化县（韶关）商务局的《主要数据对照表》：县里同时承担2019年省级示范和2020年国家级示范两个项目，一张表并排“2019年省级示范（报省考评）”“2020年国家级示范（商务部绩效评价）”两栏——两项目共用的数据跨两栏合并填写，不同的分栏填写（方案文号、站点、培训人次、参训贫困人口“同左”、下达500万元与1,500万元、累计拨付、拨付率、资金制度、总体进度），表头说明写明报省考评以省级栏为准；主观评分项自评和按指标的自评得分只在省级栏，国家级栏是一个纵向合并的“不适用”格。",
    sheets: [g.sheet("两项目数据对照")],
    expect: {
      facts: {
        county: "仁化县",
        asOf: "2021-08-31",
        residentPopulation: 196200,
        adminVillagesStated: 117,
        poorVillagesStated: 14,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-06-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 486000000,
        ruralRetail2020: 612000000,
        ruralRetailGrowthStated: 0.259,
        agriRetail2019: 135000000,
        agriRetail2020: 179000000,
        agriRetailGrowthStated: 0.326,
        trainingPersonTimesStated: 2315,
        eligiblePoorPersonsStated: 1042,
        trainedPoorPersonsStated: 583,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4312600,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.96,
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
        "fund.system": 5,
        "fund.ledger": 5,
        "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 2,
        "org.management": 4,
        "work.center": 15,
        "work.coverage": 10,
        "work.upward": 9,
        "work.training": 20,
        "info.disclosure": 4,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 8,
        "fund.system": 5,
        "fund.ledger": 5,
        "fund.spending": 4,
        "bonus.poorTraining": 0,
        "bonus.tvCase": 1,
      },
    },
  });
})();


// ===== facts/b95-f3-huicheng: the centre operator's monthly report (Aug 2021) handed in as the facts sheet =====
(function huicheng() {
  const g = new Grid(8);
  g.add(["惠城区电子商务公共服务中心运营月报"], "A:H");
  g.add(["（2021年8月）"], "A:H");
  g.add(["报送单位：惠州市惠电云商科技有限公司（中心运营单位）　　报送：惠城区商务局电商股　　报送日期：2021年9月3日"], "A:H");
  g.add(["说明：按区商务局要求，本期月报数据统计截至2021年8月31日（省级电子商务进农村综合示范创建考评截止日），并补充考评所需的中心基本情况。"], "A:H");
  g.add(["一、中心基本情况"], "A:H");
  const pair = (l1, v1, l2, v2) => g.add([l1, v1, null, null, l2, v2, null, null], ["B:D", "F:H"]);
  pair("中心名称", "惠城区电子商务公共服务中心", "所在县（区）", "惠城区");
  pair("运营单位", "惠州市惠电云商科技有限公司（专业第三方电商运营服务商，经公开招标确定）", "合同服务期", "2020年10月—2022年10月");
  pair("投入运营时间", "2020年11月18日（揭牌并正式对外服务）", "场地面积", "1,600㎡（一层展销厅，二层培训室及摄影棚，三层电商产业园）");
  pair("开放时间", "周一至周六 9:00—18:00", "本月开放天数", "26天");

  g.add(["二、本月主要运营数据"], "A:H");
  g.add(["指标", "单位", "本月", "本年累计（1—8月）", "自运营以来累计", "合同年度目标", "完成率", "备注"]);
  g.add(["中心承办电商培训", "期", 3, 19, 31, "30期/年", "—", "均免费"]);
  g.add(["中心承办培训人次", "人次", 286, "1,624", "2,578", "2,000人次/年", "81.2%", "不含区商务局、区人社局在中心以外组织的培训"]);
  g.add(["免费展示农特产品", "款", 12, 96, 168, "150款", "—", null]);
  g.add(["摄影、美工服务", "单", 41, 302, 455, "—", "—", "均为有偿服务（按《中心服务收费标准》收费）"]);
  g.add(["直播带货", "场", 9, 64, 88, "100场/年", "64.0%", null]);
  g.add(["产业园在园企业（月末）", "家", 21, "—", "—", "25家", "84.0%", "本月新入驻1家、退出0家"]);
  g.add(["帮助企业开设网店", "个", 5, 37, 52, "60个", "61.7%", null]);
  g.add(["中心服务企业线上销售额", "万元", 386.5, "2,904.8", "4,126.3", "—", "—", "运营方监测口径"]);

  g.add(["三、服务功能开展情况"], "A:H");
  g.add(["服务项目", null, "是否开展", "是否免费", "收费标准", "说明", null, null], ["A:B", "F:H"]);
  const svc = (item, on, free, fee, note) => g.add([item, null, on, free, fee, note, null, null], ["A:B", "F:H"]);
  svc("电商基础培训（二层培训室80座，电脑40台，投影及直播设备）", "✔", "免费", "—", "面向农户、合作社、返乡青年，每月不少于2期");
  svc("特色农产品展示、销售（一层展销厅）", "✔", "免费", "—", "免费上架展示，代销不收佣金");
  svc("摄影、美工", "✔", "收费", "产品拍摄30元/款起，详情页设计200元/套", "按成本价收取");
  svc("农产品统一推广、品牌建设指导", "✔", "免费", "—", "协助推广“惠城优品”区域公用品牌");
  svc("其他衍生增值服务（代办营业执照、物流对接、金融对接、法律咨询）", "✔", "免费", "—", null);
  svc("电商产业园运营（三层）", "✔", "租金减免", "入驻前两年免租", "本月在园企业21家");

  g.add(["四、区域电商及物流情况"], "A:H");
  g.add(["1. 物流共配：中心牵头的区级共配中心已与邮政、中通、韵达等合作，全区94个行政村物流快递全部通达（覆盖率100%）。"], "A:H");
  g.add(["2. 区商务局提供的2020年全区农产品网络零售额为5.46亿元（区统计局口径），同比增长31.2%，作为运营方2021年度目标测算基数；运营方监测2021年1—8月全区农产品网络零售额3.88亿元。"], "A:H");
  g.add(["五、存在问题"], "A:H");
  g.add(["1. 摄影棚灯光设备老化，部分企业反映拍摄排期较长；2. 直播带货场次完成率偏低。"], "A:H");
  g.add(["六、下月工作计划"], "A:H");
  g.add(["1. 9月9日—10日举办第32期农村电商带头人培训（计划80人）；2. 9月上旬完成摄影棚设备更新；3. 配合区商务局做好省考评迎检工作。"], "A:H");
  g.add(["运营单位（盖章）　　负责人：周××　　填报：林××"], "A:H");

  writeCase("facts", "b95-f3-huicheng.json", {
    description: "惠城区（惠州）商务局交来当事实表的是中心运营单位报区商务局的《电子商务公共服务中心运营月报（2021年8月）》：上面“标签|内容”两对一行的中心基本情况（运营单位注明是专业第三方、投入运营日期后带括注），中间“本月|本年累计|自运营以来累计|合同年度目标|完成率”的运营数据表（中心承办的培训人次、在园企业数、销售额都不是全区考评输入），下面“是否开展|是否免费|收费标准”的服务功能表（摄影美工开展但收费），最后是整行的文字段落（94个行政村快递全通、区统计局口径的2020年农产品网零额及增速、1—8月监测数）和下月计划。",
    sheets: [g.sheet("运营月报2021.08")],
    expect: {
      facts: {
        county: "惠城区",
        asOf: "2021-08-31",
        adminVillagesStated: 94,
        centerOpened: "2020-11-18",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        agriRetail2020: 546000000,
        agriRetailGrowthStated: 0.312,
      },
      judged: {},
    },
  });
})();


// ===== ledgers/b95-l1-jianghai: funds = stacked payment announcements (公示); media = opinion-monitoring extract =====
(function jianghai() {
  // ---- ① 资金拨付公示汇编
  const f = new Grid(8);
  f.add(["江海区省级电子商务进农村综合示范专项资金拨付情况公示（汇编）"], "A:H");
  f.add(["（摘自江海区人民政府网“电子商务进农村综合示范”专栏，第1—5期，电商股整理）"], "A:H");
  f.blank();
  const HEAD = ["序号", "项目名称", "承建（收款）单位", "合同金额（元）", "本期拨付金额（元）", "拨付日期", "累计拨付（元）", "备注"];
  const QS = "江门市侨商电子商务有限公司", YZ = "中国邮政集团有限公司江门市江海区分公司",
    NY = "江门市南粤电商职业培训学校", YH = "江门市五邑映画文化传播有限公司", JY = "江门市江运供应链管理有限公司";
  const CENTER = "县级电子商务公共服务中心建设", ST1 = "村级电商服务站点建设（第一批）", ST2 = "村级电商服务站点建设（第二批）",
    UP = "农产品上行及品牌推广", LOG = "物流快递共同配送体系建设";
  const block = (no, period, rows, total, totalLabel, pubFrom, pubTo, pubDate) => {
    f.add([`【第${no}期】江海区省级电子商务进农村综合示范专项资金拨付情况公示`], "A:H");
    f.add([`根据《江海区省级电子商务进农村综合示范专项资金管理办法》，现将${period}专项资金拨付情况公示如下：`], "A:H");
    f.add(HEAD);
    rows.forEach((r, i) => f.add([i + 1].concat(r)));
    f.add([totalLabel, null, null, null, total, null, null, null], "A:D");
    f.add([`公示期：${pubFrom}至${pubTo}。如有异议，请在公示期内向江海区商务局反映（电话：0750-3××××××）。`], "A:H");
    f.add([`江门市江海区商务局　　${pubDate}`], "A:H");
    f.blank();
  };
  block(1, "2020年7月至9月", [
    [CENTER, QS, "1,380,000.00", "414,000.00", d("2020-07-15"), "414,000.00", "首付款30%"],
    [ST1, YZ, "620,000.00", "186,000.00", "2020.8.14", "186,000.00", "首付款30%"],
    ["农村电商人才培训（第一期服务）", NY, "300,000.00", "90,000.00", "2020年9月28日", "90,000.00", null],
  ], "690,000.00", "本期合计", "2020年10月9日", "10月15日", "2020年10月9日");
  block(2, "2020年10月至12月", [
    [CENTER, QS, "1,380,000.00", "414,000.00", "20201130", "828,000.00", "进度款30%"],
    [ST1, YZ, "620,000.00", "248,000.00", "2020/12/18", "434,000.00", "进度款40%"],
    [UP, YH, "450,000.00", "135,000.00", d("2020-12-30"), "135,000.00", "首付款30%"],
  ], "797,000.00", "本期合计", "2021年1月8日", "1月14日", "2021年1月8日");
  block(3, "2021年1月至3月", [
    [LOG, JY, "560,000.00", "168,000.00", "2021/1/20", "168,000.00", "首付款30%"],
    ["农村电商人才培训（第二期服务）", NY, "300,000.00", "90,000.00", "21.3.5", "180,000.00", null],
    [CENTER, QS, "1,380,000.00", "414,000.00", "（公示期满后拨付）", "—", "验收款30%，拟拨付"],
  ], "258,000.00", "本期合计（已拨付）", "2021年4月6日", "4月12日", "2021年4月6日");
  block(4, "2021年4月至6月", [
    [CENTER, QS, "1,380,000.00", "414,000.00", "2021年4月16日", "1,242,000.00", "验收款30%（第3期公示拟拨付，公示期满无异议，已拨付）"],
    [ST2, YZ, "380,000.00", "190,000.00", "2021.5.20", "190,000.00", "首付款50%"],
    [UP, YH, "450,000.00", "180,000.00", 20210611, "315,000.00", "进度款40%"],
  ], "784,000.00", "本期合计", "2021年7月5日", "7月11日", "2021年7月5日");
  block(5, "2021年7月至8月及9月上旬", [
    [LOG, JY, "560,000.00", "224,000.00", "2021-07-22", "392,000.00", "进度款40%"],
    [ST1, YZ, "620,000.00", "12.4万元", d("2021-08-16"), "558,000.00", "验收款20%"],
    ["农村电商人才培训（第三期服务）", NY, "300,000.00", "90,000.00", d("2021-08-31"), "270,000.00", null],
    [CENTER, QS, "1,380,000.00", "138,000.00", "2021年9月6日", "1,380,000.00", "质保金10%"],
  ], "576,000.00", "本期合计", "2021年9月8日", "9月14日", "2021年9月8日");
  f.add(["注：表中“合同金额”“累计拨付”为截至当期的合同及累计数，不是本期拨付；各期“本期合计”为小计。"], "A:H");

  const funds = [
    ["2020-07-15", 414000], ["2020-08-14", 186000], ["2020-09-28", 90000],
    ["2020-11-30", 414000], ["2020-12-18", 248000], ["2020-12-30", 135000],
    ["2021-01-20", 168000], ["2021-03-05", 90000],
    ["2021-04-16", 414000], ["2021-05-20", 190000], ["2021-06-11", 180000],
    ["2021-07-22", 224000], ["2021-08-16", 124000], ["2021-08-31", 90000], ["2021-09-06", 138000],
  ].map(([date, amount]) => ({ date, amount }));
  // self-check: the per-announcement subtotals add up
  assertEq(funds.slice(0, 3).reduce((a, r) => a + r.amount, 0), 690000, "jianghai block 1");
  assertEq(funds.slice(3, 6).reduce((a, r) => a + r.amount, 0), 797000, "jianghai block 2");
  assertEq(funds.slice(6, 8).reduce((a, r) => a + r.amount, 0), 258000, "jianghai block 3");
  assertEq(funds.slice(8, 11).reduce((a, r) => a + r.amount, 0), 784000, "jianghai block 4");
  assertEq(funds.slice(11).reduce((a, r) => a + r.amount, 0), 576000, "jianghai block 5");

  // ---- ② 舆情监测正面信息摘录
  const m = new Grid(8);
  m.add(["江海区网络舆情监测正面信息摘录（电子商务进农村）"], "A:H");
  m.add(["数据来源：区委网信办网络舆情监测平台每周《舆情周报》；摘录：区商务局电商股（2020年10月—2021年9月）"], "A:H");
  m.add(["说明：1.“发布时间”为原文发布时间；“相似文章数”为平台合并显示的转载、转发条数，不另计。2.按局里口径，报纸、电视、新闻网站及新闻客户端、政务新媒体（市、区发布号和区融媒体中心）刊播的稿件属媒体宣传报道；自媒体账号、论坛帖子和政府网站（含本局专栏）发布的信息不属媒体报道，仅作舆情留存。"], "A:H");
  m.add(["序号", "标题", "来源", "来源类型", "发布时间", "情感倾向", "相似文章数", "电商股备注"]);
  const wk = (t) => m.add([t], "A:H");
  let n = 0;
  const it = (title, src, type, time, mood, sim, note) => m.add([++n, title, src, type, time, mood, sim, note === undefined ? null : note]);
  wk("第41周（2020年10月5日—10月11日）　本周相关信息3条");
  it("江海区电商公共服务中心正式启用 助力侨乡农产品“触网”", "江门日报", "报纸（电子版）", "2020-10-09 07:12", "正面", 4);
  it("江海：区电子商务公共服务中心开门迎客", "江海发布", "政务新媒体（微信公众号）", "2020-10-08 18:30", "正面", 2);
  it("打卡江海电商中心，直播间原来长这样", "抖音号“江门吃货小分队”", "自媒体", "2020-10-10 12:05", "正面", 0, "自媒体，不属报道");
  wk("第46周（2020年11月9日—11月15日）　本周相关信息2条");
  it("江门江海：直播带货助农 一晚卖出荔枝干三千单", "南方+", "新闻客户端", "2020-11-12 21:40", "正面", 6);
  it("江海区电子商务进农村综合示范项目（第二批站点）公示", "江海区人民政府网", "政府网站", "2020-11-13 10:00", "中性", 0);
  wk("第52周（2020年12月21日—12月27日）　本周相关信息2条");
  it("侨乡“电商+”：江海农产品搭上快车", "江门广播电视台《江门新闻》", "电视（视频）", "2020-12-23 19:45", "正面", 1);
  it("江海那个电商中心有冇人去过？", "江门论坛", "论坛", "2020-12-24 22:16", "中性", 0, "论坛帖，不属报道");
  wk("第9周（2021年3月1日—3月7日）　本周相关信息1条");
  it("江海区开展第二期农村电商带头人培训", "江海区融媒体中心（“江海融媒”客户端）", "新闻客户端", d("2021-03-06"), "正面", 0);
  wk("第12周（2021年3月22日—3月28日）　本周相关信息1条");
  it("广东江门：电商进农村 村民家门口就业", "人民网", "新闻网站", "2021-03-25 10:02", "正面", 9);
  wk("第24周（2021年6月14日—6月20日）　本周相关信息2条");
  it("《今日关注》：江海电商扶贫 让贫困户的鱼干卖上好价钱", "广东广播电视台珠江频道", "电视（视频）", "2021-06-17 20:00", "正面", 2, "电商扶贫典型案例");
  it("江海区召开电子商务进农村综合示范创建推进会", "江海区人民政府网（区商务局专栏）", "政府网站", "2021-06-18 16:30", "中性", 0);
  wk("第35周（2021年8月30日—9月5日）　本周相关信息3条");
  it("江海打造珠西农村电商“服务高地”", "江门日报", "报纸（电子版）", "2021-09-01 06:50", "正面", 3);
  it("一分钟看江海电商进农村这两年", "江海发布", "政务新媒体（视频号）", "2021-08-31 21:10", "正面", 1, "视频号，不是电视");
  it("江海电商中心的直播间真的免费吗？亲测", "微博网友“侨乡阿明”", "自媒体", "2021-09-02 13:27", "正面", 0);
  m.add(["摘录：黄××　　核对：区商务局电商股"], "A:H");

  // ---- ③ 说明
  const x = new Grid(1);
  x.add(["说　明"]);
  x.add(["1. 本册两张表都不是电商股自己登记的台账：资金拨付以区政府网专栏上逐期发布的《资金拨付情况公示》代替资金台账，宣传报道以区委网信办舆情监测平台的正面信息摘录代替宣传报道台账。"]);
  x.add(["2. 资金拨付只计各期公示中已写明拨付日期的拨付；“拟拨付”“公示期满后拨付”的不是拨付，实际拨付时会在下一期公示中列出。"]);
  x.add(["3. 9月以后的拨付和报道照样列出，是否在考评截止日（2021年8月31日）之前由审核人判断。"]);
  x.add(["电商股　2021年9月10日"]);

  writeCase("ledgers", "b95-l1-jianghai.json", {
    description: "江门市江海区商务局电商股交的两张“代用台账”加说明页：①资金台账是区政府网专栏上第1—5期《专项资金拨付情况公示》的汇编——每期一块（合并标题行、导语、表头、明细、本期合计、公示期、落款日期），拨付日期写法各异（真日期、2020.8.14、2020年9月28日、20201130、2020/12/18、21.3.5、数字20210611），一笔“12.4万元”写在元栏里，第3期中心验收款“拟拨付（公示期满后拨付）”不是拨付、到第4期才作为已拨付列出，合同金额、累计拨付、本期合计、公示期和落款日期都不是拨付；②宣传报道台账是区委网信办舆情监测平台的正面信息摘录，按周分块（周标题不是日期），表头上方说明写明报纸、电视、新闻网站及客户端、政务新媒体属报道，自媒体、论坛和政府网站不属报道，相似文章（转载）不另计，发布时间是“2020-10-09 07:12”式文本；③说明页不是台账。",
    sheets: [f.sheet("资金拨付公示汇编"), m.sheet("舆情监测正面信息摘录"), x.sheet("说明")],
    expect: {
      sheets: {
        "资金拨付公示汇编": { kind: "funds", records: funds },
        "舆情监测正面信息摘录": {
          kind: "media",
          records: [
            { date: "2020-10-09", level: "city", tv: false },
            { date: "2020-10-08", level: "county", tv: false },
            { date: "2020-11-12", level: "province", tv: false },
            { date: "2020-12-23", level: "city", tv: true },
            { date: "2021-03-06", level: "county", tv: false },
            { date: "2021-03-25", level: "national", tv: false },
            { date: "2021-06-17", level: "province", tv: true },
            { date: "2021-09-01", level: "city", tv: false },
            { date: "2021-08-31", level: "county", tv: false },
          ],
        },
        "说明": { kind: null },
      },
    },
  });
})();


// ===== ledgers/b95-l2-yuncheng: villages from the before/after adjustment table; poor villages from the exit-acceptance table =====
(function yuncheng() {
  // ---- ① 村（居）委会设置调整情况对照表
  const v = new Grid(9);
  v.add(["云城区村（居）民委员会设置调整情况对照表（2019年1月—2021年8月）"], "A:I");
  v.add(["填报单位：云浮市云城区民政局（基层政权和社区建设股）　　统计截至：2021年8月31日"], "A:I");
  const h1 = v.add(["序号", "调整前（2019年1月1日）", null, "调整后（现状）", null, null, "调整情况", "批准文号及时间", "备注"], ["B:C", "D:F"]);
  const h2 = v.add([null, "镇（街道）", "村（居）委会", "镇（街道）", "村（居）委会", "类别", null, null, null]);
  for (const c of ["A", "G", "H", "I"]) v.vmerge(c, h1, h2);
  const records = [];
  let no = 0;
  const town = (name, rows) => {
    let first = 0, last = 0;
    rows.forEach((r, i) => {
      const [before, after, kind, how, doc, note, rec] = r;
      last = v.add([++no, i === 0 ? name : null, before, i === 0 ? name : null, after, kind, how, doc, note === undefined ? null : note]);
      if (i === 0) first = last;
      if (rec) records.push(rec);
    });
    v.vmerge("B", first, last);
    v.vmerge("D", first, last);
  };
  const T = (name) => ({ name, admin: true, poor: null, express: null });
  const F = (name) => ({ name, admin: false, poor: null, express: null });
  town("腰古镇", [
    ["水东村委会", "同左", "村委会", "未调整", "—", null, T("水东村委会")],
    ["云蒙村委会", "同左", "村委会", "未调整", "—", null, T("云蒙村委会")],
    ["新庄村委会", "新庄村委会", "村委会", "合并", "云城府〔2020〕17号　2020年6月12日", "新庄村委会、竹围村委会合并设立新庄村委会", T("新庄村委会")],
    ["竹围村委会", "（并入新庄村委会）", "—", "合并", "同上", null, null],
    ["大岗村委会", "同左", "村委会", "未调整", "—", null, T("大岗村委会")],
    ["镇区居委会", "腰古社区居民委员会", "居委会", "更名", "云城民〔2019〕44号　2019年10月", null, F("腰古社区居民委员会")],
  ]);
  town("思劳镇", [
    ["思劳村委会", "思劳社区居民委员会", "居委会", "村改居", "云城府〔2020〕32号　2020年9月8日", null, F("思劳社区居民委员会")],
    ["横岗村委会", "同左", "村委会", "未调整", "—", null, T("横岗村委会")],
    ["罗岗村委会", "同左", "村委会", "未调整", "—", "2021年7月已报请村改居，截至8月31日未批复，仍为村委会", T("罗岗村委会")],
    ["白石村委会", "同左", "村委会", "未调整", "—", null, T("白石村委会")],
    ["南蛇村委会", "南山村委会", "村委会", "更名", "云城府〔2019〕58号　2019年11月", "因村名不雅更名", T("南山村委会")],
  ]);
  town("安塘街道", [
    ["安塘村委会", "安塘社区居民委员会", "居委会", "村改居", "云城府〔2020〕32号　2020年9月8日", null, F("安塘社区居民委员会")],
    ["大田村委会", "同左", "村委会", "未调整", "—", null, T("大田村委会")],
    ["宝石村委会", "同左", "村委会", "未调整", "—", null, T("宝石村委会")],
    ["榃白村委会", "（撤销，辖区并入安塘社区居民委员会）", "—", "撤销", "云城府〔2021〕6号　2021年3月", "整体搬迁安置", null],
    ["—", "翠湖社区居民委员会", "居委会", "新设", "云城府〔2020〕51号　2020年12月", "新建住宅小区设立", F("翠湖社区居民委员会")],
  ]);
  town("河口街道", [
    ["桥头村委会", "桥头村民委员会", "村委会", "规范名称", "—", "印章按“村民委员会”全称重刻，仍是原村", T("桥头村民委员会")],
    ["长岗村委会", "同左", "村委会", "未调整", "—", null, T("长岗村委会")],
    ["河口居委会", "河口社区居民委员会", "居委会", "更名", "云城民〔2019〕44号　2019年10月", null, F("河口社区居民委员会")],
    ["蟠龙村委会", "同左", "村委会", "未调整", "—", "列入2021年9月以后村改居计划", T("蟠龙村委会")],
  ]);
  v.add(["合计", null, "村委会17个、居委会2个", null, "村委会13个、居委会5个", null, null, null, null], "A:B");
  v.add(["注：1.“同左”表示调整后名称与调整前相同。2.“调整后”栏为截至2021年8月31日的现状。3.本表只列腰古镇、思劳镇、安塘街道、河口街道，其余镇（街道）另表。"], "A:I");
  v.add(["制表：区民政局基层政权和社区建设股　　2021年9月1日"], "A:I");
  assertEq(records.length, 18, "yuncheng villages");
  assertEq(records.filter((r) => r.admin).length, 13, "yuncheng admin villages");

  // ---- ② 省定贫困村脱贫出列验收情况表
  const p = new Grid(8);
  p.add(["云城区省定贫困村脱贫出列验收情况表"], "A:H");
  p.add(["填报单位：云浮市云城区乡村振兴局　　填报时间：2021年8月"], "A:H");
  p.add(["序号", "镇（街道）", "村名", "帮扶单位", "2016年建档立卡贫困户（户）", "出列验收时间", "验收结论", "备注"]);
  const r1 = p.add([1, "腰古镇", "云蒙村", "佛山市南海区大沥镇", 38, "2019年12月", "达标出列", null]);
  const r2 = p.add([2, null, "大岗村委会", "佛山市南海区里水镇", 41, "2020.11", "达标出列", null]);
  p.vmerge("B", r1, r2);
  const r3 = p.add([3, "思劳镇", "横岗村", "云浮市人民检察院", 29, d("2020-11-20"), "达标出列", null]);
  const r4 = p.add([4, null, "白石村民委员会", "广东省水利厅", 33, "—", "未出列", "2021年复核后继续整改"]);
  p.vmerge("B", r3, r4);
  p.add([5, "安塘街道", "大田村", "佛山市南海区桂城街道", 27, "2019.12.18", "达标出列", null]);
  p.add([6, "河口街道", "长岗村", "云浮市商务局", 35, "2020/12/15", "达标出列", null]);
  p.add(["合计", null, "省定贫困村6个，已出列5个", null, 203, null, null, null], "A:B");
  p.add(["注：1.省定贫困村为2016年省认定的相对贫困村，脱贫出列后仍属省定贫困村，名单不再增减。2.另有市定相对贫困村2个（思劳镇罗岗村、河口街道蟠龙村），不在本表。"], "A:H");
  p.add(["制表人：区乡村振兴局 何××"], "A:H");

  // ---- ③ 说明
  const x = new Grid(1);
  x.add(["说　明"]);
  x.add(["我局没有单独的村（居）委会名单和省定贫困村清单，借用区民政局的设置调整对照表和区乡村振兴局的出列验收表。村（居）委会以对照表“调整后（现状）”为准。"]);
  x.add(["区商务局电商股　2021年9月6日"]);

  writeCase("ledgers", "b95-l2-yuncheng.json", {
    description: "云浮市云城区商务局电商股没有自己的村（居）名单，交来两张借来的表加说明页：①区民政局《村（居）民委员会设置调整情况对照表》——两行表头（“调整前”合并在 镇（街道）|村（居）委会 之上，“调整后（现状）”合并在 镇（街道）|村（居）委会|类别 之上），两边的镇列都按镇纵向合并，未调整的行“调整后”名称写“同左”，记录按调整后的现状读、每个现有村（居）委会一次：新庄、竹围两村合并只算新庄村委会，榃白村整体搬迁撤销不是记录，思劳村、安塘村村改居成了社区，新设的翠湖社区是记录，南蛇村更名为南山村委会，桥头村委会只是规范为“村民委员会”，罗岗村村改居已报批未批复、蟠龙村只列入9月后计划，都仍是村委会；合计行、注和制表行不是记录；共18个（行政村13个），无贫困村、快递栏；②区乡村振兴局《省定贫困村脱贫出列验收情况表》——已出列的仍是省定贫困村，白石村民委员会“未出列”也是，注里的两个市定相对贫困村不是，共6个；③说明页不是台账。",
    sheets: [v.sheet("村居设置调整对照表"), p.sheet("省定贫困村出列验收"), x.sheet("说明")],
    expect: {
      sheets: {
        "村居设置调整对照表": { kind: "villages", records },
        "省定贫困村出列验收": {
          kind: "poorVillages",
          records: ["云蒙村", "大岗村委会", "横岗村", "白石村民委员会", "大田村", "长岗村"].map((name) => ({ name })),
        },
        "说明": { kind: null },
      },
    },
  });
})();


// ===== counties/b95-c1-meijiang: the city bureau's notice with a tear-off receipt (回执) as the facts sheet, plus 12 ledgers =====
(function meijiang() {
  const sheets = [];

  // ---------- 通知及回执 (facts)
  {
    const g = new Grid(6);
    g.add(["梅州市商务局"], "A:F");
    g.add(["关于报送2019年省级电子商务进农村综合示范创建考评基础数据的通知"], "A:F");
    g.add(["梅江区、平远县、蕉岭县商务主管部门："], "A:F");
    g.add(["　　根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，请你单位对照考评指标体系认真开展自评，如实填写回执（附后），于2021年9月3日前报送我局电子商务科。有关要求如下："], "A:F");
    g.add(["　　一、数据统一截至2021年8月31日，截止日以后发生的培训、拨付、报道等一律不得计入。"], "A:F");
    g.add(["　　二、常住人口以第七次全国人口普查数据为准，不得以户籍人口代替。培训人次须达常住人口1%以上（常住人口超过50万的以50万为基数），村级站点须覆盖70%以上行政村（行政村200个以上的以200个为基数）。"], "A:F");
    g.add(["　　三、金额以万元为单位，保留两位小数；比例填百分数。"], "A:F");
    g.add(["　　四、各示范县（市、区）省级专项资金均为500万元，资金支出率低于70%的倒扣5分，请抓紧拨付。"], "A:F");
    g.add(["　　联系人：电子商务科 张××，电话：0753-22×××××。"], "A:F");
    g.add(["梅州市商务局　　2021年8月25日"], "A:F");
    g.add(["- - - - - - - - - - - - - - - - - - - - - - - -（沿此线剪下）- - - - - - - - - - - - - - - - - - - - - - - -"], "A:F");
    g.add(["回　　执"], "A:F");
    g.add(["2019年省级电子商务进农村综合示范创建考评基础数据"], "A:F");
    g.add(["填报单位（盖章）：梅江区商务局", null, null, "填报日期：2021年9月2日"], ["A:C", "D:F"]);
    g.add(["序号", "项目", "填报内容", null, "备注", null], ["C:D", "E:F"]);
    const row = (no, item, val, note) => g.add([no, item, val, null, note === undefined ? null : note, null], ["C:D", "E:F"]);
    row(1, "县（市、区）", "梅江区");
    row(2, "数据截止日期", "2021年8月31日");
    row(3, "常住人口（万人）", 39.52, "七普数；户籍人口33.71万人");
    row(4, "行政村（个）", 37, "另有社区居委会10个");
    row(5, "省定贫困村（个）", 6);
    row(6, "领导小组组长", "区委副书记、区长", "梅江府办〔2019〕66号");
    row(7, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、梅江邮政分公司");
    row(8, "示范创建工作方案", "已正式印发");
    row(9, "支持农村电商发展的政策", "已出台", "《梅江区促进农村电子商务发展扶持办法》（2021年5月）");
    row(10, "县级电子商务公共服务中心投入运营时间", "2020年11月26日");
    row(11, "有免费培训场所、培训设备，能组织电商基础培训", "有");
    row(12, "为特色农产品提供免费展示、销售服务", "有");
    row(13, "为电子商务市场主体提供免费摄影、美工服务", "无", "摄影、美工按成本价收费");
    row(14, "组织农产品统一推广、指导特色农产品品牌建设", "有");
    row(15, "为电子商务发展提供其他衍生增值服务", "有");
    row(16, "建设或整合、优化当地电商产业园", "已整合优化", "与公共服务中心同址");
    row(17, "专业第三方电子商务运营或服务商", "有");
    row(18, "行政村物流快递覆盖率（%）", 100);
    row(19, "2019年农村网络零售额（万元）", "48,620.00");
    row(20, "2020年农村网络零售额（万元）", "59,370.00", "同比增长22.11%");
    row(21, "2019年农产品网络零售额（万元）", "6,850.00");
    row(22, "2020年农产品网络零售额（万元）", "9,120.00", "同比增长33.14%");
    row(23, "培训人次（人次）", "4,126");
    row(24, "有劳动能力的建档立卡贫困人口（不含外出务工）（人）", 40);
    row(25, "参加培训的建档立卡贫困人口（人）", 22);
    row(26, "专栏公示创建方案", "是");
    row(27, "专栏公示项目基本信息", "是");
    row(28, "专栏公示项目建设进度", "是");
    row(29, "专栏设立征求意见或监督举报窗口", "是", "监督举报电话、邮箱");
    row(30, "能统计电商扶贫情况", "是");
    row(31, "下达省级专项资金（万元）", "500.00");
    row(32, "累计拨付（万元）", "388.66");
    row(33, "资金管理制度", "已制定");
    row(34, "资金专用台账", "已建立");
    row(35, "项目总体进度（%）", 88);
    row(36, "发生安全生产、质量事故或重大经济损失", "无");
    row(37, "弄虚作假", "无");
    g.add(["主观评分项自评"], "A:F");
    g.add(["序号", "评分项", "自评分", null, "说明", null], ["C:D", "E:F"]);
    row(1, "方案制定（1-2分）", 2);
    row(2, "政策支持（1-2分）", 1, "扶持办法2021年5月才出台，落实时间较短");
    row(3, "项目管理：项目管理制度（1-2分）", 2);
    row(4, "项目管理：工作台账（1-2分）", 2);
    row(5, "农村产品上行：网销调研及针对性建议（1-2分）", 2);
    row(6, "农村产品上行：网络促销活动成效（1-2分）", 1);
    row(7, "农村产品上行：交易标准、冷链及溯源系统（1-2分）", 1);
    row(8, "资金管理制度（1-5分）", 5);
    row(9, "资金专用台账（1-5分）", 4);
    row(10, "资金及时拨付（1-5分）", 4);
    g.add(["自评得分"], "A:F");
    g.add(["序号", "评价指标", "分值", "自评得分", "备注", null], "E:F");
    const sc = (no, item, max, pts) => g.add([no, item, max, pts, null, null], "E:F");
    sc(1, "组织领导", 2, 2);
    sc(2, "方案制定", 2, 2);
    sc(3, "政策支持", 2, 1);
    sc(4, "项目管理", 4, 4);
    sc(5, "服务体系建设（县级中心及产业园）", 15, 14);
    sc(6, "服务体系建设（村级站点）", 10, 10);
    sc(7, "农村产品上行", 10, 8);
    sc(8, "电商人才培训", 20, 20);
    sc(9, "信息公开", 4, 4);
    sc(10, "数据上报", 6, 6);
    sc(11, "案例总结", 2, 2);
    sc(12, "经验推广", 8, 8);
    sc(13, "制度建立", 5, 5);
    sc(14, "资金台账", 5, 4);
    sc(15, "资金支出", 5, 4);
    sc(16, "加分项：建档立卡贫困人口培训率70%及以上", 2, 0);
    sc(17, "加分项：电商扶贫典型案例获电视媒体播报", 2, 1);
    g.add([null, "合计", 104, 95, "含加分1分", null], "E:F");
    g.add(["填报人：钟××　　联系电话：0753-22×××××　　单位负责人：古××"], "A:F");
    sheets.push(g.sheet("通知及回执"));
  }

  // ---------- 附1 村（居）委会名单
  const towns = [
    ["西阳镇", ["白宫", "新联", "桃坑", "清凉", "阁公", "黄坑", "罗衣", "双黄", "梅西", "大浪"], [], "村委会"],
    ["城北镇", ["玉水", "下坝", "塘坑", "车上", "彭屋", "石鼓", "长宁", "金竹", "湖洋"], ["城北社区"], "村民委员会"],
    ["长沙镇", ["长沙", "小密", "大美", "三龙", "蓬下", "坑美", "林屋", "竹洋", "茶亭", "高岭"], [], "村委会"],
    ["三角镇", ["三角", "东岩", "东升", "富奇", "湾下", "高乡", "西岭", "泮坑"], [], "村"],
    ["金山街道", [], ["金山社区", "黄塘社区", "东山社区", "联合社区"], ""],
    ["江南街道", [], ["江南社区", "乐园社区", "新中社区"], ""],
    ["西郊街道", [], ["梅水社区", "周溪社区"], ""],
  ];
  const POOR = new Set(["桃坑", "罗衣", "塘坑", "金竹", "小密", "泮坑"]);
  {
    const g = new Grid(7);
    g.add(["附1　梅江区村（居）委会名单"], "A:G");
    g.add(["（截至2021年8月31日）"], "A:G");
    g.add(["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村", "备注"]);
    let no = 0, admin = 0, comm = 0;
    for (const [town, vills, comms, suffix] of towns) {
      let first = 0, last = 0;
      const put = (name, kind, poor, exp, note) => {
        last = g.add([++no, first ? null : town, name, kind, poor, exp, note === undefined ? null : note]);
        if (!first) first = last;
      };
      for (const vname of vills) {
        admin++;
        const exp = vname === "高岭" ? "否" : "是";
        put(vname + suffix, "行政村", POOR.has(vname) ? "√" : null, exp, vname === "高岭" ? "快递只到镇上，村民到长沙墟取件" : undefined);
      }
      for (const c of comms) { comm++; put(c + "居委会", "社区", "—", "—"); }
      g.vmerge("B", first, last);
    }
    g.add(["合计", null, `行政村${admin}个（其中省定贫困村${POOR.size}个），社区居委会${comm}个`, null, null, null, null], ["A:B", "C:G"]);
    g.add(["注：省定贫困村打“√”；社区不填贫困村、快递栏。"], "A:G");
    assertEq([admin, comm], [37, 10], "meijiang village counts");
    sheets.push(g.sheet("附1 村居名单"));
  }

  // ---------- 附2 省定贫困村
  {
    const g = new Grid(5);
    g.add(["附2　梅江区省定贫困村名单"], "A:E");
    g.add(["序号", "镇", "村名", "帮扶单位", "备注"]);
    const list = [["西阳镇", "桃坑村", "梅州市中级人民法院"], ["西阳镇", "罗衣村", "梅州市财政局"], ["城北镇", "塘坑村", "梅州市商务局"],
      ["城北镇", "金竹村委会", "梅江区人民医院"], ["长沙镇", "小密村", "广州市天河区"], ["三角镇", "泮坑村", "广州市天河区"]];
    list.forEach(([t, v, h], i) => g.add([i + 1, t, v, h, null]));
    g.add(["合计：6个"], "A:E");
    sheets.push(g.sheet("附2 省定贫困村"));
  }

  // ---------- 附3 村级站点清单
  {
    const g = new Grid(8);
    g.add(["附3　梅江区村级电子商务服务站点清单"], "A:H");
    g.add(["填报单位：梅江区商务局　　更新日期：2021年9月10日"], "A:H");
    g.add(["序号", "镇（街道）", "站点名称", "所在村（社区）", "挂牌时间", "负责人", "联系电话", "备注"]);
    const st = [
      ["西阳镇", [
        ["白宫村电商服务站", "白宫村", d("2020-07-08")],
        ["新联村电商服务站", "新联村", "2020.7.8"],
        ["桃坑村电商服务站", "桃坑村", "2020年9月16日"],
        ["清凉村电商服务站", "清凉村民委员会", "2020/10/12"],
        ["阁公村电商服务站", "阁公村", "20201012"],
        ["黄坑村电商服务站", "黄坑村", d("2020-11-20")],
        ["罗衣村电商服务站", "罗衣村", "21.6.18"],
        ["梅西村电商服务站", "梅西村委会", "2020年11月"],
        ["西阳林场电商服务点", "西阳林场", d("2021-01-15"), "林场职工服务点"],
      ]],
      ["城北镇", [
        ["玉水村电商服务站", "玉水村", d("2020-07-08")],
        ["塘坑村电商服务站", "塘坑村", "2020.8.26"],
        ["车上村电商服务站", "车上村", "2020年9月16日"],
        ["石鼓村电商服务站", "石鼓村", "2020/12/3"],
        ["长宁村电商服务站", "长宁村", d("2021-03-05")],
        ["金竹村电商服务站", "金竹村", "2021.3.5"],
        ["城北社区电商服务点", "城北社区", d("2021-04-22")],
      ]],
      ["长沙镇", [
        ["长沙村电商服务站", "长沙村", d("2020-07-15")],
        ["长沙墟电商服务站（二站）", "长沙村", "2021年5月", "长沙村第二个站点"],
        ["小密村电商服务站", "小密村", "2020.9.23"],
        ["大美村电商服务站", "大美村", "2020年10月28日"],
        ["三龙村电商服务站", "三龙村", "20210118"],
        ["坑美村电商服务站", "坑美村", d("2021-04-22")],
        ["竹洋村电商服务站", "竹洋村", "2021/6/30"],
        ["茶亭村电商服务站", "茶亭村", "2021年9月8日", "新建"],
      ]],
      ["三角镇", [
        ["三角村电商服务站", "三角村", d("2020-08-18")],
        ["东岩村电商服务站", "东岩村", "2020.8.18"],
        ["东升村电商服务站", "东升村", "2020年12月16日"],
        ["富奇村电商服务站", "富奇村", "2021.1.7"],
        ["高乡村电商服务站", "高乡村", d("2021-05-26")],
        ["泮坑村电商服务站", "泮坑村委会", "2020/11/11"],
      ]],
    ];
    const SUR = ["李", "张", "黄", "刘", "钟", "古", "邓", "曾", "谢", "罗", "叶", "温"];
    let no = 0;
    for (const [town, list] of st) {
      let first = 0, last = 0;
      for (const [name, vil, date, note] of list) {
        last = g.add([++no, first ? null : town, name, vil, date, SUR[no % SUR.length] + "××", `13${(no * 7919) % 10}${String(20000000 + no * 104729).slice(-8)}`, note === undefined ? null : note]);
        if (!first) first = last;
      }
      g.vmerge("B", first, last);
    }
    assertEq(no, 30, "meijiang station rows");
    g.add(["合计：站点30个"], "A:H");
    g.add(["注：挂牌时间以站点挂牌并对外服务之日为准。"], "A:H");
    g.add(["填表人：钟××"], "A:H");
    sheets.push(g.sheet("附3 站点清单"));
  }

  // ---------- 附4 培训登记（按期次）
  {
    const g = new Grid(8);
    g.add(["附4　梅江区电子商务培训登记表（按期次）"], "A:H");
    g.add(["说明：本表按期次登记人次，不含贫困户专场培训（专场逐人签到见附5）。"], "A:H");
    g.add(["期次", "培训日期", "培训主题", "培训地点", "培训对象", "培训人次", "其中：建档立卡贫困户（人次）", "备注"]);
    const ses = [
      [d("2020-07-22"), "电商基础知识普及", "西阳镇政府", "农户", 320, 6],
      ["2020.8.19", "直播带货入门", "城北镇文化站", "返乡青年", 215, 4],
      ["2020年9月17日", "农产品网店运营", "区电商中心", "合作社", 300, 3],
      [d("2020-10-22"), "电商基础知识普及", "长沙镇政府", "农户", "330人次", 5],
      ["2020.11.19-20", "农村电商带头人研修（两天）", "区电商中心", "电商带头人", 186, 2],
      ["20201217", "短视频拍摄与剪辑", "三角镇政府", "农户", 290, 4],
      ["2021/1/14", "电商基础知识普及", "金山街道", "社区居民", 210, 0],
      [d("2021-03-11"), "农产品品牌与包装设计", "区电商中心", "涉农企业", 195, 2],
      ["2021年4月15日", "直播带货进阶", "西阳镇政府", "农户", 325, 5],
      ["2021.5.13", "电商基础知识普及", "城北镇文化站", "农户", 298, 3],
      [d("2021-06-10"), "跨境电商入门", "区电商中心", "涉农企业", 176, 0],
      ["2021年6月24日", "社区团购与微商运营", "长沙镇政府", "农户", 232, 4],
      ["21.7.15", "电商基础知识普及", "三角镇政府", "农户", 314, 3],
      ["2021.8.12", "直播带货实操", "区电商中心", "返乡青年", 221, 2],
      [d("2021-08-26"), "电商基础知识普及", "江南街道", "社区居民", "238人次", 0],
      ["2021年9月7日", "农村电商带头人研修", "区电商中心", "电商带头人", 160, 3],
    ];
    const num = (v) => (typeof v === "number" ? v : parseInt(String(v), 10));
    ses.forEach((r, i) => g.add([`第${i + 1}期`].concat(r, [null])));
    const before = ses.slice(0, 15).reduce((a, r) => a + num(r[4]), 0);
    const all = ses.reduce((a, r) => a + num(r[4]), 0);
    assertEq([before, all], [3850, 4010], "meijiang session person-times");
    g.add(["合计", null, null, null, null, "4,010", 57, null], "A:E");
    g.add(["填表人：区电商公共服务中心 温××"], "A:H");
    sheets.push(g.sheet("附4 培训登记"));
  }

  // ---------- people: poor persons (附6) and special-session sign-ins (附5)
  const SURN = ["李", "张", "黄", "刘", "钟", "古", "邓", "曾", "谢", "罗", "叶", "温", "廖", "丘", "杨", "陈", "林", "侯", "饶", "梁"];
  const GIVEN = ["金生", "秀英", "伟强", "桂芳", "志明", "春梅", "国华", "丽娟", "振兴", "月娥", "德胜", "美兰", "建平", "玉珍", "石生",
    "爱莲", "汉文", "雪梅", "永康", "淑贞", "观福", "凤娇", "运来", "巧玲", "亚妹", "冬生", "新华", "素琴", "庆祥", "金莲"];
  const usedNames = new Set();
  let nameSeed = 0;
  const nextName = () => {
    for (;;) {
      const k = nameSeed++;
      const nm = SURN[k % SURN.length] + GIVEN[(k * 7 + Math.floor(k / SURN.length)) % GIVEN.length];
      if (!usedNames.has(nm)) { usedNames.add(nm); return nm; }
    }
  };
  let idSeed = 0;
  const usedIds = new Set();
  const nextId = (wantX) => {
    for (;;) {
      const k = idSeed++;
      const y = 1952 + ((k * 13) % 50), mo = 1 + ((k * 5) % 12), da = 1 + ((k * 11) % 28);
      const id = idNo("441402", `${y}${String(mo).padStart(2, "0")}${String(da).padStart(2, "0")}`, 100 + ((k * 37) % 800));
      if (usedIds.has(id)) continue;
      if (wantX === true && !id.endsWith("X")) continue;
      if (wantX !== true && id.endsWith("X")) continue;
      usedIds.add(id);
      return id;
    }
  };
  const person = (cat, i) => ({ cat, i, name: nextName(), id: nextId(cat === "E" && i === 5) });
  const E = [], M = [], N = [], O = [];
  for (let i = 1; i <= 40; i++) E.push(person("E", i));
  for (let i = 1; i <= 9; i++) M.push(person("M", i));
  for (let i = 1; i <= 7; i++) N.push(person("N", i));
  for (let i = 1; i <= 22; i++) O.push(person("O", i));
  const e = (i) => E[i - 1], mm = (i) => M[i - 1], nn = (i) => N[i - 1], o = (i) => O[i - 1];

  // 附6 建档立卡贫困人口名单: households of 2–4 persons, categories interleaved by a fixed LCG
  {
    let seed = 20210831;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const pool = E.concat(M, N).slice();
    for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
    const sizes = [3, 2, 4, 3, 2, 3, 2, 4, 3, 2, 3, 2, 4, 3, 2, 3, 2, 4, 3, 2];
    assertEq(sizes.reduce((a, b) => a + b, 0), 56, "household sizes");
    const vill = [["西阳镇", "桃坑村"], ["西阳镇", "罗衣村"], ["城北镇", "塘坑村"], ["城北镇", "金竹村"], ["长沙镇", "小密村"], ["三角镇", "泮坑村"], ["西阳镇", "黄坑村"], ["长沙镇", "大美村"]];
    const REL = ["配偶", "长子", "长女", "次子", "母亲", "孙子"];
    const g = new Grid(10);
    g.add(["附6　梅江区建档立卡贫困人口名单（有劳动能力情况）"], "A:J");
    g.add(["提供单位：梅江区乡村振兴局　　数据时点：2021年8月"], "A:J");
    g.add(["序号", "镇", "村", "户主姓名", "成员姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工", "备注"]);
    let k = 0, no = 0;
    sizes.forEach((sz, h) => {
      const [town, vil] = vill[h % vill.length];
      const members = pool.slice(k, k + sz); k += sz;
      let first = 0, last = 0;
      members.forEach((p, j) => {
        const labour = p.cat === "N" ? (p.i % 2 ? "无劳动力" : "丧失劳动力") : (p.i % 3 ? "普通劳动力" : "技能劳动力");
        const mig = p.cat === "M" ? "是" : p.cat === "E" ? "否" : "—";
        const note = p.cat === "M" ? ["深圳务工", "东莞务工", "广州务工", "省外务工"][p.i % 4] : null;
        last = g.add([++no, j === 0 ? town : null, j === 0 ? vil : null, j === 0 ? members[0].name : null, p.name, j === 0 ? "户主" : REL[(h + j) % REL.length], p.id, labour, mig, note]);
        if (j === 0) first = last;
      });
      for (const c of ["B", "C", "D"]) g.vmerge(c, first, last);
    });
    g.add(["合计：20户56人，其中有劳动能力49人（外出务工9人），无劳动能力7人"], "A:J");
    sheets.push(g.sheet("附6 贫困人口名单"));
  }

  // 附5 贫困户专场签到
  {
    const g = new Grid(7);
    g.add(["附5　梅江区建档立卡贫困户电子商务专场培训签到表"], "A:G");
    const VIL = ["西阳镇桃坑村", "西阳镇罗衣村", "城北镇塘坑村", "城北镇金竹村", "长沙镇小密村", "三角镇泮坑村", "长沙镇大美村", "三角镇东岩村"];
    let before = 0;
    const block = (title, people, countBefore) => {
      g.add([title], "A:G");
      g.add(["序号", "姓名", "性别", "身份证号码", "所在镇村", "联系电话", "签名"]);
      people.forEach((p, i) => {
        let id = p.id;
        if (p.cat === "E" && p.i === 5) id = id.slice(0, 17) + "x";               // lower-case check character
        if (p.cat === "E" && p.i === 12) id = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`; // typed in groups
        g.add([i + 1, p.name, (p.name.charCodeAt(1) % 2) ? "男" : "女", id, VIL[(i + p.name.length * 3) % VIL.length], `139${String(10000000 + (i + 1) * 7777777).slice(-8)}`, p.name]);
      });
      g.add([`本场签到${people.length}人`], "A:G");
      g.blank();
      if (countBefore) before += people.length;
    };
    block("第1场　培训时间：2020年12月16日　地点：区电商公共服务中心　主题：手机开网店", [
      e(1), e(2), o(1), e(3), mm(1), e(4), o(2), e(5), nn(1), o(3), e(6), o(4), e(7), mm(2), o(5), e(8), o(6), o(7)], true);
    block("第2场　培训时间：2021年5月20日　地点：城北镇文化站　主题：农产品直播带货", [
      e(9), e(1), o(8), e(10), e(11), mm(1), e(12), o(9), e(2), e(13), mm(3), o(10), e(14), nn(2), e(15), o(11)], true);
    block("第3场　培训时间：2021.8.26　地点：长沙镇政府　主题：短视频助农", [
      e(16), o(12), e(17), e(3), o(13), e(18), o(14), e(19), o(15), o(16), e(20), o(17)], true);
    block("第4场　培训时间：2021年9月9日　地点：区电商公共服务中心　主题：电商带头人帮带", [
      e(21), o(18), e(4), o(19), e(22), o(20), o(21), o(22)], false);
    assertEq(before, 46, "meijiang sign-in rows before cut-off");
    sheets.push(g.sheet("附5 贫困户专场签到"));
  }
  // keep the appendix order of the workbook (附6 was built first because 附5 refers to its people)
  {
    const i5 = sheets.findIndex((x) => x.name === "附5 贫困户专场签到");
    const i6 = sheets.findIndex((x) => x.name === "附6 贫困人口名单");
    const [s5] = sheets.splice(i5, 1);
    sheets.splice(i6, 0, s5);
  }

  // ---------- 附7 入驻企业
  {
    const g = new Grid(8);
    g.add(["附7　梅江区电子商务产业园入驻企业清单"], "A:H");
    g.add(["运营单位：梅州市山客电商运营服务有限公司　　统计截至：2021年9月10日"], "A:H");
    g.add(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "状态", "备注"]);
    const code = (k) => `91441402MA5${"HJKLMNPQRTUWXY"[k % 14]}${String(1000 + k * 173).slice(-4)}${"0123456789ABCDEFGH"[k % 18]}${k % 10}`;
    const ent = [
      ["梅州市客都优品电子商务有限公司", code(1), "平台型", d("2020-11-26"), "—", "在园", null],
      ["梅州市嘉应鲜到家农产品有限公司", code(2), "销售型", "2020.11.26", "—", "在园", null],
      ["梅州市金柚人家农业科技有限公司", code(3), "销售型", "2020年12月3日", "—", "在园", null],
      ["梅州市山客电商运营服务有限公司", code(4), "电商运营商", "2020/12/10", "—", "在园", "园区运营单位"],
      ["梅州市邮客快递服务有限公司", code(5), "物流企业", "20201215", "—", "在园", null],
      ["梅州市客家娘酒电子商务有限公司", code(6), "销售型", d("2021-01-06"), "—", "在园", null],
      ["梅州市梅江区绿野茶业有限公司", code(7), "销售型", "2021.1.6", "—", "在园", null],
      ["梅州市慢城直播文化传媒有限公司", code(8), "直播电商", "2021年1月", "—", "在园", null],
      ["梅州市客乡云仓供应链有限公司", code(9), "物流企业", "2021/2/20", "—", "在园", null],
      ["梅州市农淘淘网络科技有限公司", code(10), "平台型", d("2021-03-01"), "—", "在园", null],
      ["梅州市山里来农业发展有限公司", code(11), "销售型", "2021.3.1", d("2021-05-31"), "已退出", "经营调整退园"],
      ["梅州市梅江区果然鲜水果商行", code(12), "销售型", "2021年3月15日", "—", "在园", null],
      ["梅州市云上客家电商运营有限公司", code(13), "电商运营商", "2021/3/22", "—", "在园", null],
      ["梅州市嘉应优选贸易有限公司", code(14), "销售型", "20210408", "—", "在园", null],
      ["梅州市梅江区阿婆菜脯食品厂", code(15), "销售型", d("2021-04-20"), "—", "在园", null],
      ["梅州市客都直播电商有限公司", code(16), "直播电商", "2021.5.6", "—", "在园", null],
      ["广东客都优品数字科技有限公司", code(1), "平台型", "—", "—", "在园", "2021年5月18日由梅州市客都优品电子商务有限公司更名，同一企业"],
      ["梅州市梅江区老街坊食品有限公司", code(18), "销售型", "2021/6/8", "—", "在园", null],
      ["梅州市客家印象文创有限公司", code(19), "销售型", d("2021-06-25"), "—", "在园", null],
      ["梅州市速达同城配送有限公司", code(20), "物流企业", "2021.7.12", "2021.9.10", "已退出", "9月10日退园"],
      ["梅州市梅江区乡味坊电子商务商行", code(21), "销售型", "2021年8月31日", "—", "在园", null],
      ["梅州市柚见好网络科技有限公司", code(22), "电商运营商", "2021/8/16", "—", "在园", null],
      ["梅州市客韵农业科技有限公司", code(23), "销售型", "2021年9月6日", "—", "在园", null],
    ];
    ent.forEach((r, i) => g.add([i + 1].concat(r)));
    assertEq(new Set(ent.map((r) => r[1])).size, 22, "meijiang distinct credit codes");
    g.add(["合计：登记23行（22家企业），当前在园20家"], "A:H");
    sheets.push(g.sheet("附7 入驻企业"));
  }

  // ---------- 附8 资金拨付
  {
    const g = new Grid(8);
    g.add(["附8　梅江区省级电子商务进农村综合示范专项资金拨付台账"], "A:H");
    g.add(["单位：元"], "A:H");
    g.add(["序号", "拨付日期", "项目", "收款单位", "拨付金额（元）", "凭证号", "累计拨付（元）", "备注"]);
    const pay = [
      [d("2020-06-30"), "县级电子商务公共服务中心建设（首付款）", "梅州市山客电商运营服务有限公司", 680000, "记-0612"],
      ["2020-08-12", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司梅州市梅江区分公司", 312000, "记-0805"],
      ["2020.9.25", "电商培训服务（一期）", "梅州市嘉应电商职业培训学校", "120,000.00", "记-0921"],
      [d("2020-11-18"), "县级电子商务公共服务中心建设（进度款）", "梅州市山客电商运营服务有限公司", 540000, "记-1107"],
      ["2020年12月28日", "物流快递共同配送体系建设", "梅州市客乡云仓供应链有限公司", "35.6万", "记-1219"],
      [d("2021-01-22"), "村级电商服务站点建设（第二批）", "中国邮政集团有限公司梅州市梅江区分公司", 286000, "记-0114"],
      ["2021-03-15", "农产品上行及品牌推广", "梅州市慢城直播文化传媒有限公司", 248600, "记-0309"],
      ["2021/4/30", "电商培训服务（二期）", "梅州市嘉应电商职业培训学校", "120,000.00", "记-0422"],
      [d("2021-06-10"), "县级电子商务公共服务中心建设（验收款）", "梅州市山客电商运营服务有限公司", 410000, "记-0603"],
      ["2021.7.20", "物流快递共同配送体系建设（进度款）", "梅州市客乡云仓供应链有限公司", 260000, "记-0715"],
      [d("2021-08-27"), "村级电商服务站点建设（验收款）", "中国邮政集团有限公司梅州市梅江区分公司", 180000, "记-0821"],
      ["2021年9月7日", "中心质保金及运营尾款", "梅州市山客电商运营服务有限公司", 374000, "记-0903"],
    ];
    const val = (v) => (typeof v === "number" ? v : /万/.test(v) ? Math.round(parseFloat(v) * 10000) : Math.round(parseFloat(v.replace(/,/g, ""))));
    let cum = 0;
    pay.forEach((r, i) => {
      cum += val(r[3]);
      g.add([i + 1, r[0], r[1], r[2], r[3], r[4], cum, null]);
    });
    const before = pay.slice(0, 11).reduce((a, r) => a + val(r[3]), 0);
    assertEq([before, cum], [3512600, 3886600], "meijiang disbursements");
    g.add(["合计", null, null, null, "3,886,600.00", null, null, "截至2021年9月7日"], "A:D");
    g.add(["经办：区商务局电商股　　复核：区财政局经建股"], "A:H");
    sheets.push(g.sheet("附8 资金拨付"));
  }

  // ---------- 附9 月报报送
  {
    const g = new Grid(6);
    g.add(["附9　梅江区向梅州市商务局报送工作进展月报登记表"], "A:F");
    g.add(["序号", "报送时间", "报送内容", "报送方式", "是否含电商扶贫统计", "备注"]);
    const rep = [
      [d("2020-09-08"), "2020年8月"], ["2020.10.12", "2020年9月"], ["2020年11月9日", "2020年10月"], ["2020/12/8", "2020年11月"],
      ["20210111", "2020年12月"], [d("2021-02-05"), "2021年1月"], ["2021.3.9", "2021年2月"], ["2021年4月8日", "2021年3月"],
      ["2021/5/11", "2021年4月"], [d("2021-06-08"), "2021年5月"], ["2021.7.7", "2021年6月"], ["2021年8月9日", "2021年7月"],
      ["2021/9/6", "2021年8月"],
    ];
    rep.forEach(([dt, mon], i) => g.add([i + 1, dt, `${mon}份电子商务进农村综合示范工作进展及电商扶贫统计表`, "粤政易", "是", null]));
    g.add(["注：每月上旬报送上月情况。"], "A:F");
    sheets.push(g.sheet("附9 月报报送"));
  }

  // ---------- 附10 专栏更新
  {
    const g = new Grid(5);
    g.add(["附10　梅江区政府网“电子商务进农村综合示范”专栏更新记录"], "A:E");
    g.add(["序号", "发布日期", "标题", "子栏目", "备注"]);
    const dis = [
      ["2019.12.20", "梅江区电子商务进农村综合示范项目实施方案", "创建方案"],
      [d("2020-06-18"), "梅江区电子商务进农村综合示范项目基本信息公示", "项目公示"],
      ["2020.9.15", "示范项目建设进度（2020年8月）", "建设进度"],
      ["2020年10月20日", "示范项目建设进度（2020年9月）", "建设进度"],
      [d("2020-11-26"), "梅江区电子商务公共服务中心投入运营公告", "工作动态"],
      ["2020/12/18", "示范项目建设进度（2020年11月）", "建设进度"],
      ["2021.1.15", "示范项目建设进度（2020年12月）", "建设进度"],
      ["2021年3月10日", "示范项目建设进度（2021年1—2月）", "建设进度"],
      ["2021.3.31", "关于公布电子商务进农村综合示范项目监督举报方式的公告", "监督举报"],
      [d("2021-04-20"), "示范项目建设进度（2021年3月）", "建设进度"],
      ["2021/5/18", "示范项目建设进度（2021年4月）", "建设进度"],
      ["2021.6.21", "示范项目建设进度（2021年5月）", "建设进度"],
      ["2021年7月16日", "示范项目建设进度（2021年6月）", "建设进度"],
      ["2021/8/19", "示范项目建设进度（2021年7月）", "建设进度"],
      ["2021.9.3", "示范项目建设进度（2021年8月）", "建设进度"],
    ];
    dis.forEach(([dt, t, c], i) => g.add([i + 1, dt, t, c, null]));
    sheets.push(g.sheet("附10 专栏更新"));
  }

  // ---------- 附11 宣传报道
  {
    const g = new Grid(8);
    g.add(["附11　梅江区电子商务进农村宣传报道清单"], "A:H");
    g.add(["序号", "报道日期", "媒体名称", "级别", "形式", "标题", "是否电商扶贫典型案例", "备注"]);
    const med = [
      [d("2020-12-10"), "梅州日报", "市级", "报纸", "梅江区电商公共服务中心开门迎客", "否"],
      ["2021.3.2", "梅江区融媒体中心", "区级", "网络", "梅江区开展农村电商带头人培训", "否"],
      ["2021年5月20日", "梅州广播电视台《梅州新闻联播》", "市级", "电视", "梅江：电商助力脱贫户增收", "是"],
      ["2021/7/8", "客家新闻网", "市级", "网络", "梅江农特产品“触网”销往全国", "否"],
      ["2021年9月5日", "广东广播电视台珠江频道《今日关注》", "省级", "电视", "梅江：小网店连着大市场", "是"],
    ];
    med.forEach((r, i) => g.add([i + 1].concat(r, [null])));
    sheets.push(g.sheet("附11 宣传报道"));
  }

  // ---------- 附12 经验材料
  {
    const g = new Grid(5);
    g.add(["附12　梅江区经验材料报送登记"], "A:E");
    g.add(["序号", "报送日期", "材料名称", "报送对象", "备注"]);
    g.add([1, d("2021-03-15"), "梅江区“电商+扶贫”助力脱贫户增收的经验做法", "梅州市商务局", null]);
    g.add([2, "2021年9月10日", "梅江区电子商务进农村综合示范创建工作总结", "梅州市商务局", null]);
    sheets.push(g.sheet("附12 经验材料"));
  }

  writeCase("counties", "b95-c1-meijiang.json", {
    description: "梅州市梅江区商务局的整本考评工作簿（13个表）：事实表是梅州市商务局《关于报送考评基础数据的通知》连同剪下线下方县里填好的“回执”一起录进一张表——上半是市局通知正文（截止日、七普人口、1%与70%门槛、“各地资金均为500万元”、9月3日报送期限、8月25日落款都是市局的话），剪下线下方才是梅江区的回执（序号|项目|填报内容|备注，金额按通知要求以万元填），回执后接主观评分项自评和按指标的自评得分（自评95分），附1—附12为村居名单、省定贫困村、站点、按期次的培训登记（注明不含贫困户专场）、贫困户专场逐人签到、贫困人口名单、入驻企业、资金拨付、月报、专栏更新、宣传报道、经验材料，中等偏上（86分，无加分、未否决）。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total: 86,
      bonus: 0,
      vetoed: false,
      points: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 4,
        "work.center": 14,
        "work.coverage": 10,
        "work.upward": 7,
        "work.training": 18,
        "info.disclosure": 3,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 4,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
        "bonus.poorTraining": 0,
        "bonus.tvCase": 0,
        "veto.incident": 0,
        "veto.progress": 0,
        "veto.fraud": 0,
      },
      claimed: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 4,
        "work.center": 14,
        "work.coverage": 10,
        "work.upward": 8,
        "work.training": 20,
        "info.disclosure": 4,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 8,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
        "bonus.poorTraining": 0,
        "bonus.tvCase": 1,
      },
    },
    derivation: [
      "org.leadership: 回执第6、7项——组长区委副书记、区长（主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
      "org.plan: 回执主观评分项第1项自评2分（方案已正式印发） → 2",
      "org.policy: 主观评分项第2项自评1分（扶持办法已出台） → 1",
      "org.management: 项目管理制度2分 + 工作台账2分 → 4",
      "work.center: 中心2020-11-26投入运营（≤截止日2分，≤2021-02-28即满6个月2分）；免费培训2、免费展示1、摄影美工“无（按成本价收费）”0、品牌推广1、其他增值服务1；产业园已整合优化2；附7截至8月31日在园20家（23行：客都优品更名行同一信用代码只算1家，山里来2021-05-31退出、客韵2021-09-06入驻不算；速达9月10日才退出、乡味坊8月31日入驻照算）≥20 → 2；类型平台型/销售型/电商运营商/物流企业/直播电商≥3 → 1；合计14",
      "work.coverage: 附1行政村37个（社区居委会10个不计）；附3截至8月31日有站点的行政村26个（“清凉村民委员会”即清凉村，“梅西村委会”“泮坑村委会”同理；长沙村两站算一村；城北社区、西阳林场不计；茶亭村2021-09-08挂牌不计），26/37=70.3%≥70% → 5；省定贫困村6个全部有站（罗衣村“21.6.18”挂牌） → 5；合计10",
      "work.upward: 网销调研2 + 促销活动1 + 第三方运营1 + 快递覆盖0（附1高岭村快递进村“否”，回执填100%以名单为准，另出警告） + 交易标准与溯源1 + 增速2（农产品网零9,120.00/6,850.00万元=+33.1%≥30%；农村网零+22.1%不够但任一达标即可） → 7",
      "work.training: 人次=附4截止日前第1—15期3,850人次（第16期2021-09-07的160人次和合计行4,010不计）+附5截止日前三场签到46行=3,896；基数39.52万人→3,896/395,200=0.986%，在0.8%–1% → 8；贫困人口：附6有劳动能力且未外出务工40人，附5截止日前签到按身份证去重其中20人（一人身份证末位小写x、一人身份证分段带空格照样匹配；外出务工、无劳动能力、名单外人员、9月9日第4场不计），20/40=50%≥50% → 10；合计18（回执自报4,126人次、22人不采用）",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度并设监督举报窗口，内容全面 → 2；附10在2020年9月—2021年8月中缺2021年2月（3月10日发的是“1—2月”进度），不定时更新 → 1；合计3",
      "info.reporting: 附9 2020年9月—2021年8月每月都有向梅州市商务局的报送（2021-09-06那次在截止日后不需要） → 3；回执“能统计电商扶贫情况：是”且各次报送含电商扶贫统计 → 3；合计6",
      "promo.cases: 附12 2021-03-15向梅州市商务局报送经验做法（9月10日的工作总结在截止日后） → 2",
      "promo.media: 截止日前有市级（梅州日报、梅州广播电视台、客家新闻网）3 + 区级（区融媒体中心）1；省级的珠江频道2021-09-05在截止日后不计 → 4",
      "fund.system: 主观评分项资金管理制度自评5分 → 5",
      "fund.ledger: 主观评分项资金专用台账自评4分 → 4",
      "fund.spending: 附8截止日前11笔合计3,512,600元（含“35.6万”即356,000元一笔；2021-09-07的374,000元和合计行不计），3,512,600/5,000,000=70.25%≥70% → 取及时拨付自评4分 → 4",
      "bonus.poorTraining: 贫困人口培训率50%<70% → 0",
      "bonus.tvCase: 截止日前的电商扶贫典型案例电视播报只有市级梅州广播电视台；省级珠江频道那条2021-09-05在截止日后 → 0",
      "veto.incident: 回执“发生安全生产、质量事故或重大经济损失：无” → 不否决",
      "veto.progress: 回执项目总体进度88%≥40% → 不否决",
      "veto.fraud: 回执“弄虚作假：无” → 不否决",
      "total: 2+2+1+4+14+10+7+18+3+6+2+4+5+4+4 = 86，加分0，未否决 → 86（县自评95分）",
    ],
  });
})();

// ---------------------------------------------------------------- run
for (const f of written) console.log("wrote " + f);
console.log(`${written.length} case(s) written`);
