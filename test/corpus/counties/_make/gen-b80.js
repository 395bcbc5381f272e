"use strict";
// Batch 80 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------
function assert(cond, msg) {
  if (!cond) throw new Error("self-check failed: " + msg);
}
function eq(a, b, msg) {
  assert(a === b, msg + " (got " + JSON.stringify(a) + ", want " + JSON.stringify(b) + ")");
}
function D(s) {
  return { date: s };
}
function colNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function colName(n) {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function parseRange(r) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
  assert(m, "bad range " + r);
  return { c1: colNum(m[1]), r1: +m[2], c2: colNum(m[3]), r2: +m[4] };
}
function padSheet(sheet) {
  const w = Math.max(...sheet.rows.map((r) => r.length));
  sheet.rows = sheet.rows.map((r) => {
    const c = r.slice();
    while (c.length < w) c.push(null);
    return c;
  });
  return w;
}
function checkSheet(sheet) {
  const w = padSheet(sheet);
  const h = sheet.rows.length;
  const seen = [];
  for (const m of sheet.merges || []) {
    const p = parseRange(m);
    assert(p.r1 <= p.r2 && p.c1 <= p.c2, "merge order " + sheet.name + " " + m);
    assert(p.r1 >= 1 && p.c1 >= 1 && p.r2 <= h && p.c2 <= w, "merge outside grid " + sheet.name + " " + m + " grid " + h + "x" + w);
    assert(!(p.r1 === p.r2 && p.c1 === p.c2), "single-cell merge " + m);
    for (const q of seen) {
      const overlap = !(p.r2 < q.r1 || q.r2 < p.r1 || p.c2 < q.c1 || q.c2 < p.c1);
      assert(!overlap, "overlapping merges in " + sheet.name + ": " + m);
    }
    seen.push(p);
    // cells covered by a merge (other than its top-left) must be empty
    for (let r = p.r1; r <= p.r2; r++)
      for (let c = p.c1; c <= p.c2; c++)
        if (r !== p.r1 || c !== p.c1)
          assert(sheet.rows[r - 1][c - 1] === null, "non-empty cell under merge " + sheet.name + " " + colName(c) + r);
  }
  for (const row of sheet.rows)
    for (const cell of row)
      assert(
        cell === null || typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" ||
          (cell && typeof cell === "object" && /^\d{4}-\d{2}-\d{2}$/.test(cell.date)),
        "bad cell in " + sheet.name + ": " + JSON.stringify(cell)
      );
}
function write(folder, file, obj) {
  for (const s of obj.sheets) checkSheet(s);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
}
// ISO date → written the clerk's way
function fmt(iso, style) {
  const [y, m, d] = iso.split("-").map(Number);
  const mm = String(m).padStart(2, "0");
  const dd = String(d).padStart(2, "0");
  switch (style) {
    case "date": return D(iso);
    case "dot": return `${y}.${m}.${d}`;
    case "cn": return `${y}年${m}月${d}日`;
    case "slash": return `${y}/${m}/${d}`;
    case "compact": return `${y}${mm}${dd}`;
    case "dash": return `${y}-${mm}-${dd}`;
    default: throw new Error(style);
  }
}
const CUTOFF = "2021-08-31";
const ym = (iso) => iso.slice(0, 7);
// 12 calendar months ending with the cut-off month
const WINDOW = [];
for (let i = 0; i < 12; i++) {
  const dt = new Date(Date.UTC(2020, 8 + i, 1));
  WINDOW.push(dt.toISOString().slice(0, 7));
}
eq(WINDOW[0], "2020-09", "window start");
eq(WINDOW[11], "2021-08", "window end");

// 身份证号 with a real check digit
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHK = "10X98765432";
function checkChar(s17) {
  let t = 0;
  for (let i = 0; i < 17; i++) t += Number(s17[i]) * W[i];
  return CHK[t % 11];
}
function makeId(area, birth, seq, wantX) {
  // seq: starting 3-digit sequence; walks until the check digit is / is not X as wanted
  for (let k = 0; k < 1000; k++) {
    const s17 = area + birth + String((seq + k) % 1000).padStart(3, "0");
    const c = checkChar(s17);
    if (wantX === undefined || (c === "X") === wantX) return s17 + c;
  }
  throw new Error("no id");
}
const SUR = "陈黄李张梁刘何罗邓冯谭钟徐江汤骆毕潘卢曾";
const GIV = ["伟强", "秀英", "志明", "丽娟", "建华", "桂芳", "国良", "美玲", "家乐", "淑贞", "永强", "玉兰", "锦辉", "少芬", "瑞明", "月娥", "泽林", "惠珍", "文杰", "燕萍", "耀祖", "碧霞", "树根", "金凤"];
function nameAt(i) {
  return SUR[i % SUR.length] + GIV[(i * 7 + 3) % GIV.length];
}

// ===========================================================================
// F1 顺德区：序号|指标|计量单位|数值|数据来源|备注 — 人、千元、万元、元、%；无省定贫困村；
// 打印时复制的续表表头；下接主观评分项自评
// ===========================================================================
function buildF1() {
  const H = ["序号", "指标", "计量单位", "数值", "数据来源", "备注"];
  const rows = [
    ["佛山市顺德区电子商务进农村综合示范工作自评基础数据表", null, null, null, null, null],
    ["填报单位：佛山市顺德区经济和科技促进局（商务）", null, null, "填报日期：2021年9月3日", null, null],
    H,
    ["一", "基本情况", null, null, null, null],
    [1, "县（市、区）", "—", "顺德区", "—", null],
    [2, "考评截止日期", "—", "2021年8月31日", "省商务厅考评通知", null],
    [3, "常住人口", "人", 3229653, "区统计局（第七次全国人口普查）", "户籍人口159.34万人，不作考评基数"],
    [4, "行政村（村委会）数", "个", 104, "区民政局", "另有社区居委会101个，不计入"],
    [5, "省定贫困村数", "个", 0, "区乡村振兴局", "本区属珠三角地区，无省定贫困村（承担对口帮扶任务）"],
    ["二", "组织领导", null, null, null, null],
    [6, "领导小组组长", "—", "区委副书记、区长", "顺府办函〔2020〕38号", "常务副区长任副组长"],
    [7, "领导小组成员单位", "—", "区经济和科技促进局（商务）、区财税局、区农业农村局、区乡村振兴局、区市场监督管理局、区交通运输局、区委宣传部、邮政顺德区分公司", "顺府办函〔2020〕38号", "办公室设在区经济和科技促进局"],
    [8, "示范县工作方案", "—", "已印发", "顺府办函〔2020〕52号", null],
    [9, "支持农村电商发展的政策", "—", "已出台", "《顺德区促进农村电子商务发展扶持办法》", null],
    ["三", "服务体系建设", null, null, null, null],
    [10, "区电子商务公共服务中心投入运营时间", "—", "2020年11月", "现场查看", "位于勒流街道，建筑面积2300平方米"],
    [11, "有免费培训场所、培训设备，能组织电商基础培训", "是/否", "是", "现场查看", null],
    [12, "为特色农产品提供免费展示、销售服务", "是/否", "是", "现场查看", "展厅展示顺德特色农产品126款"],
    [13, "为电子商务市场主体提供免费摄影、美工服务", "是/否", "是", "服务记录", null],
    [14, "组织农产品统一推广、指导特色农产品品牌建设", "是/否", "是", "活动总结", null],
    [15, "为电子商务发展提供其他衍生增值服务", "是/否", "否", "—", "暂未开展"],
    [16, "建设或整合、优化当地电商产业园", "是/否", "是", "现场查看", "顺德电商产业园（容桂）"],
    ["（续表）", null, null, null, null, null],
    H.slice(),
    ["四", "农村产品上行", null, null, null, null],
    [17, "有专业第三方电子商务运营或服务商", "是/否", "是", "运营服务合同", null],
    [18, "行政村物流快递覆盖率", "%", 100, "佛山市邮政管理局顺德分局", null],
    [19, "2019年农村网络零售额", "千元", "2,846,310", "区统计局", null],
    [20, "2020年农村网络零售额", "千元", "3,512,870", "区统计局", null],
    [21, "2019年农产品网络零售额", "千元", 612450, "区统计局", null],
    [22, "2020年农产品网络零售额", "千元", 824900, "区统计局", null],
    [23, "2020年农产品网络零售额同比增长", "%", 34.7, "区统计局", "按可比口径计算"],
    ["五", "电商人才培训", null, null, null, null],
    [24, "电商培训人次", "人次", "5,368", "区电商公共服务中心", "2019年11月至2021年8月累计"],
    [25, "有劳动能力的相对贫困人口（不含外出务工）", "人", 286, "区乡村振兴局", "建档立卡相对贫困户"],
    [26, "参加电商培训的相对贫困人口", "人", 151, "区电商公共服务中心", "按人数统计，不重复计算"],
    ["六", "信息公开及报送", null, null, null, null],
    [27, "政府网站专栏公示内容", "—", "创建方案、项目基本信息、项目建设进度、监督举报窗口", "区政府网站“电子商务进农村”专栏", null],
    [28, "能否统计电商扶贫情况", "是/否", "是", "月报", null],
    ["七", "资金管理", null, null, null, null],
    [29, "省级专项资金下达总额", "万元", 500, "区财税局", null],
    [30, "累计拨付资金", "元", "4,326,518.60", "区财税局", "截至2021年8月31日"],
    [31, "资金管理制度", "是/否", "已制定", "《顺德区电子商务进农村综合示范专项资金管理办法》", null],
    [32, "资金专用台账", "是/否", "已建立", "—", null],
    [33, "项目总体进度", "%", 95, "—", null],
    ["八", "一票否决事项", null, null, null, null],
    [34, "是否发生安全生产、质量事故或造成重大经济损失", "是/否", "否", "—", null],
    [35, "是否存在弄虚作假", "是/否", "否", "—", null],
    [null, null, null, null, null, null],
    ["九", "主观评分项自评", null, null, null, null],
    ["序号", "评分项", "分值", "自评分", "自评依据", "备注"],
    [1, "方案制定", "1-2分", "2分", "方案经区政府常务会议审议后印发", null],
    [2, "政策支持", "1-2分", 2, "扶持办法已兑现两批", null],
    [3, "项目管理制度（建设、验收环节落实）", "1-2分", 2, "《项目管理办法》《验收办法》", null],
    [4, "工作台账", "1-2分", "1分", "部分台账更新不及时", null],
    [5, "网销调研并形成针对性建议", "1-2分", 2, "《顺德区农产品网络销售调研报告》", null],
    [6, "网络促销活动", "1-2分", 2, "“顺德好味道”线上年货节等", null],
    [7, "农产品电商交易标准，冷链、溯源系统", "1-2分", "1分", "冷链已建，溯源系统试运行", null],
    [8, "资金管理制度", "1-5分", 5, null, null],
    [9, "资金台账", "1-5分", 4, null, null],
    [10, "资金及时拨付", "1-5分", 4, "个别项目验收后拨付滞后", null],
    [null, null, null, null, null, null],
    ["填表人：何××　　审核人：梁××　　联系电话：0757-2283××××", null, null, null, null, null],
  ];
  const merges = ["A1:F1", "A2:C2", "D2:F2", "A23:F23"];
  rows.forEach((r, i) => {
    if (typeof r[0] === "string" && /^[一二三四五六七八九]$/.test(r[0])) merges.push(`B${i + 1}:F${i + 1}`);
  });
  merges.push(`A${rows.length}:F${rows.length}`);
  eq(rows[22][0], "（续表）", "F1 续表 row");
  // self-check numbers
  eq(Number("3,512,870".replace(/,/g, "")) * 1000, 3512870000, "F1 rural 2020 in 元");
  eq(Math.round(((824900 - 612450) / 612450) * 1000) / 10, 34.7, "F1 agri growth as stated");
  const expect = {
    facts: {
      county: "顺德区",
      asOf: "2021-08-31",
      residentPopulation: 3229653,
      adminVillagesStated: 104,
      poorVillagesStated: 0,
      planIssued: true,
      policyIssued: true,
      centerOpened: "2020-11",
      centerFreeTraining: true,
      centerDisplay: true,
      centerPhoto: true,
      centerBrand: true,
      centerOther: false,
      parkBuilt: true,
      thirdPartyOperator: true,
      expressCoverage: true,
      ruralRetail2019: 2846310000,
      ruralRetail2020: 3512870000,
      agriRetail2019: 612450000,
      agriRetail2020: 824900000,
      agriRetailGrowthStated: 0.347,
      trainingPersonTimesStated: 5368,
      eligiblePoorPersonsStated: 286,
      trainedPoorPersonsStated: 151,
      disclosurePlan: true,
      disclosureProjects: true,
      disclosureProgress: true,
      disclosureWindow: true,
      povertyStatisticsStated: true,
      fundAllocated: 5000000,
      fundSpentStated: 4326518.6,
      fundSystemIssued: true,
      fundLedgerKept: true,
      overallProgress: 0.95,
      vetoIncident: false,
      vetoFraud: false,
    },
    judged: {
      "org.plan": 2,
      "org.policy": 2,
      "org.management.system": 2,
      "org.management.ledger": 1,
      "work.upward.research": 2,
      "work.upward.promotion": 2,
      "work.upward.standards": 1,
      "fund.system": 5,
      "fund.ledger": 4,
      "fund.spending": 4,
    },
    leadership: "principal-all",
  };
  write("facts", "b80-f1-shunde.json", {
    description:
      "顺德区经济和科技促进局（商务）电商股填的《自评基础数据表》：序号|指标|计量单位|数值|数据来源|备注，单位列里有“人”（常住人口按七普写成3229653人，不是万人）、“千元”（区统计局口径的农村/农产品网络零售额，2,846,310千元＝28.46亿元）、“万元”（下达500）和“元”（累计拨付4,326,518.60）；省定贫困村数填0（珠三角无省定贫困村，0是填报值不是空白）；快递覆盖率单位%填100；专栏四项公示内容写在一格里；成员单位用顺德叫法（经济和科技促进局（商务）、财税局）；打印分页时复制了一行“（续表）”和重复表头；表尾“九、主观评分项自评”小表（“2分”与数字混写）。",
    sheets: [{ name: "基础数据", rows, merges }],
    expect,
  });
}

// ===========================================================================
// F2 曲江区：官方指标体系表由 PDF 转 Excel，格内保留 PDF 的硬换行（指标名一字一行）、
// 页码行、跨页重复的工作任务格；自评得分列为县里的自报分
// ===========================================================================
function buildF2() {
  const L = (...lines) => lines.join("\n");
  const rows = [];
  const merges = [];
  rows.push(["韶关市曲江区电子商务进农村综合示范工作自评情况", null, null, null, null, null, null]);
  merges.push("A1:G1");
  rows.push(["县（市、区）：曲江区", null, null, null, "考评截止时间：2021年8月31日", null, null]);
  merges.push("A2:C2", "E2:G2");
  rows.push([" 2019 年省级电子商务进农村综合示范创建考评指标体系", null, null, null, null, null, null]);
  merges.push("A3:G3");
  rows.push(["工作任务", "评价指标", null, "指标解释", "评分标准", "评价方式及佐证材料", L("自", "评", "得", "分")]);
  rows.push([null, L("名", "称"), L("权重", "（%）"), null, null, null, null]);
  merges.push("A4:A5", "B4:C4", "D4:D5", "E4:E5", "F4:F5", "G4:G5");
  const claimed = {};
  const add = (id, a, b, c, d, e, f, g) => {
    rows.push([a, b, c, d, e, f, g]);
    if (id) claimed[id] = typeof g === "number" ? g : Number(g);
  };
  const G1 = L("加强组织", "领导与统", "筹协调（10", "分）");
  add("org.leadership", G1, L("组", "织", "领", "导"), "2",
    L("建立县（市、区）政府主要领导牵头、多部门参与的工作", "协调机制"),
    L("由县（市、区）政府主要领导牵", "头且有商务、财政、农业、扶贫", "等部门参与（2分）；", "由县（市、区）政府分管领导牵", "头（1分）；", "其他情况不得分。"),
    L("成立工作领导小组或协调机构的文", "件、相关工作会议纪要、图片"), 2);
  add("org.plan", null, L("方", "案", "制", "定"), "2", "制定科学严谨的示范创建工作方案",
    L("工作方案因地制宜,可操作性较", "强（1-2 分）"), "正式印发的示范县工作方案", 2);
  add("org.policy", null, L("政", "策", "支", "持"), "2", "在资金、土地、人才等方面出台政策，支持农村电商发展",
    L("出台相关政策，且得到较好落实", "（1-2 分）"), "出台的支持文件及其他证明材料等", 1);
  add("org.management", null, L("项", "目", "管", "理"), "4",
    L("制定项目管理制度，建立工作台帐，明确工作目标、工作", "进度、工作任务，建设、验收等环节严格执行相关制度规", "定。"),
    L("建立项目管理制度，在建设、验", "收环节严格落实相关制度（1-2", "分）；", "建立完整工作台账，详细记录项", "目建设情况（1-2 分）。"),
    "项目管理制度文件、工作台账等", 3);
  merges.push("A6:A9");
  rows.push(["— 18 —", null, null, null, null, null, null]); // row 10: PDF page number
  merges.push("A10:G10");
  const G2 = L("深入推动", "电子商务", "进农村工", "作（55 分）");
  add("work.center", G2, L("服", "务", "体", "系", "建", "设"), "25",
    L("建设县级电子商务公共服务中心。对各类主体提供技术支", "持、培训孵化、产品对接、品牌建设、网络推广及其他衍", "生增值服务。建设或整合、优化当地电商产业园，形成产", "业集聚效应。"),
    L("建成县级电子商务公共服务中", "心（2分）；", "建成后已正常运行 6个月（截至", "2021 年 8 月 31 日）以上（2 分）；", "有免费培训场所、培训设备，能", "组织电商基础培训（2 分）；", "为特色农产品提供免费展示、销", "售服务（1分）；", "为电子商务市场主体提供免费", "摄影、美工服务（1分）；", "组织农产品统一推广、指导特色", "农产品品牌建设（1分）；", "为电子商务发展提供其他衍生", "增值服务（1 分）；", "建设或整合、优化当地电商产业", "园（2分)；", "电商产业园企业入驻数量达 20", "家及以上(2 分)；", "电商产业园入驻企业含平台型", "电商企业、销售型企业、电商运", "营商或物流企业等至少三种以", "上类型(1 分)。"),
    L("1、现场查看县级电子商务公共服务", "中心运营情况。", "2、现场查看电商产业园运营情况，", "入驻企业清单。"), 13);
  add("work.coverage", null, null, null,
    L("辖区内行政村建设村级电子商务服务站点要达到 70%以上", "（行政村个数在 200 个及以上的，以 200 个为基数计算），", "其中省定贫困村实现全覆盖；各站点根据实际开展电商宣", "传、代购代销、代存代缴、小额信贷等电商服务。"),
    L("行政村覆盖率 70%及以上（5", "分）,50%-70%（不含）（2 分），", "50%以下不得分；", "贫困村覆盖率 100%（5", "分）,80%-100%（不含）（3 分），", "80%以下不得分。"),
    L("辖区内行政村清单、省定贫困村清", "单、村级电商服务站点清单（含名称、", "地址及联系人电话等）、村级电商服", "务站点视频（含招牌、设备、工作人", "员操作情况等画面）。", "注：考评组随机查看 30%的村级站点", "视频（含 50%的省定贫困村站点），", "并现场查看 5 个站点（含 2 个省定贫", "困村站点）"), 10);
  merges.push("A11:A12", "B11:B12", "C11:C12");
  rows.push(["— 19 —", null, null, null, null, null, null]); // row 13
  merges.push("A13:G13");
  add("work.upward", G2, L("农", "村", "产", "品", "上", "行"), "10",
    L("1、对辖区内农村产品的生产和电商销售情况进行全面摸", "底,形成基本情况档案或报告等上报市级商务主管部门，根", "据摸底情况制定合理的农村产品网络销售促进措施并落", "实。", "2、联合农业、工商、科教、金融等行业主管部门、引入或", "培育专业电商企业或团队，为农民、农业合作社、涉农企", "业开展特色农产品网络销售、产品开发、品牌注册、品牌", "培育、网络营销策划提供支持。", "3、整合现有物流资源，实现县、乡镇、村三级统一配送体", "系，物流快递企业的行政村覆盖率达到 100%，降低物流成", "本。", "4、探索农产品电子商务交易标准化问题，探索建立符合农", "产品网络销售上行要求的冷链系统、产品溯源系统等。"),
    L("对当地农产品网络销售进行调", "研，并形成针对性建议（1-2", "分）；", "开展农村产品网络促销活动成", "效明显（1-2 分）；", "当地有专业第三方电子商务运", "营或服务商（1分）；", "行政村物流快递覆盖率 100%（1", "分）；", "有出台农产品电商交易标准，建", "立农产品冷链、溯源系统（1-2", "分）；", "2020 年农村网络零售额或农产", "品网络零售额同比增速≥30%（2", "分）。"),
    L("1、辖区内农产品及电商销售情况档", "案或调研报告，开展网络促销活动的", "文件、开展活动情况总结等。", "2、在当地注册或开展活动的电商企", "业或团队的名单、业务情况、工作开", "展情况简介及证明材料。", "3、市级邮政主管部门出具的快递物", "流覆盖情况的材料，辖区内主要快递", "物流企业仓储、邮路、等证明材料。", "4、交易标准文本，农产品冷链、产", "品溯源服务的企业名单，相关企业为", "当地农产品提供服务的证明材料等。", "5、查看第三方权威统计数据（省级", "商务主管部门提供）。"), 8);
  add("work.training", null, L("电", "商", "人", "才", "培", "训"), "20",
    L("1、定期开展农村电商公共宣传，针对政府、企业、农民等", "提供线上线下的基础普及性免费培训，普及性培训覆盖常", "住人口的 1%以上（常住人口总数超过 50 万的，以 50 万为", "基数计算）。针对已创业或有电商创业需求的农村青年提", "供增值培训，对培训人员跟踪服务，提供辅导、孵化等定", "向服务。", "2、加大对建档立卡贫困户的培训力度，实现有劳动能力的", "贫困人口培训率达 50%以上（外出务工者除外）。"),
    L("培训人次达常住人口 1%及以上", "（10 分），0.8%-1%（不含）（8", "分），0.6%-0.8%（不含）（6", "分）；", "建档立卡贫困人口培训率 50%", "及以上（10 分），40%-50%（不", "含）（8分），30%-40%（不含）", "（6 分）。"),
    L("1、培训通知文件、常住人口数量证", "明，培训学员名单、现场照片、参训", "学员名单及签到表等。培训人员创业", "就业证明材料。", "2、经扶贫部门确认的当地有劳动能", "力的建档立卡贫困人口数（外出务工", "者除外）、参加培训的建档立卡贫困", "人口清单及签到表等。"), 18);
  merges.push("A14:A15");
  add("info.disclosure", L("加强信息", "公开及报", "送（10 分）"), L("信", "息", "公", "开"), "4",
    L("在县政务网站设立电子商务进农村综合示范公开专栏。公", "开示范创建方案及已经确定的财政资金扶持项目的基本信", "息，每月更新项目建设进度，同时设立征求意见窗口或监", "督举报窗口。"),
    L("在县政府网站设立公开专栏且", "内容全面（2 分）；", "近一年内专栏内容能按月更新", "（2 分），不定时更新（1分），", "未更新不得分。"),
    L("在县政府网站设立专栏公示创建方", "案、项目基本信息、项目建设进度，", "设立征求意见或监督举报窗口。"), 3);
  add("info.reporting", null, L("数", "据", "上", "报"), "6",
    L("每月向市级商务主管部门报送示范创建工作进展、成效及", "电商相关统计数据。加强对本县电商扶贫信息的统计，重", "点统计对建档立卡贫困户的电商培训情况、电商带动增收", "等情况。"),
    L("近一年能每月向市商务局报送", "工作情况（3 分），不定时上报", "（1 分），未上报不得分；", "能统计电商扶贫情况（3分），", "未统计相关情况不得分。"),
    L("向市级商务主管部门报送工作情况", "的文件。"), 6);
  merges.push("A16:A17");
  add("promo.cases", L("加强宣传", "推广", "（10 分）"), L("案", "例", "总", "结"), "2",
    L("对当地发展农村电商、开展示范创建等经验做法和案例进", "行总结提炼并及时上报。"),
    L("向市商务局报送经验材料（2", "分）"), "查看上报文件", 2);
  add("promo.media", null, L("经", "验", "推", "广"), "8", "典型做法被主流媒体报道宣传",
    L("省级及以上媒体进行宣传报道", "（4 分）；", "市级媒体进行宣传报道（3 分）；", "县级媒体进行宣传报道（1 分）。"),
    L("查看相关宣传文案、网络截图、照片", "等证明材料"), 5);
  merges.push("A18:A19");
  rows.push(["— 20 —", null, null, null, null, null, null]); // row 20
  merges.push("A20:G20");
  add("fund.system", L("加强财政", "资金管理", "（15 分）"), L("制", "度", "建", "立"), "5",
    L("制定省级财政资金管理制度，细化工作目标、任务、财政", "资金支持方向等；建立考核问责制度。"),
    L("建立科学有效的资金管理制度", "且得到有效落实（1-5 分）"), "查看相关资金管理制度", 5);
  add("fund.ledger", null, L("资", "金", "台", "账"), "5",
    L("明确责任人，建立健全资金台账，实现管理全过程可查询、", "可追溯，"),
    L("项目承建方建立资金专用台账，", "账目完整，能清析反映资金使用", "情况（1-5 分）"),
    L("项目承办方的资金使用账目及凭证", "等"), 4);
  add("fund.spending", null, L("资", "金", "支", "出"), "5", "严格按照财政资金有关规定进行资金的使用和拨付",
    L("资金支出率 70%以上，且根据创", "建进度及时拨付（1-5 分）；", "资金支出率低于 70%倒扣 5 分。"),
    "资金拨付文件、票据、凭证等", 4);
  merges.push("A21:A23");
  add("bonus.poorTraining", L("加分项", "（4 分）"), null, null, null,
    L("建档立卡贫困人口培训率 70%", "及以上（2分）"), L("参加培训的建档立卡贫困人口清单", "及签到表等"), 0);
  add("bonus.tvCase", null, null, null, null,
    L("电商扶贫典型案例获国家级电", "视媒体播报（2分），省级（1", "分）（不累加）"), "查看相关报道和视频", 1);
  merges.push("A24:A25", "B24:D24", "B25:D25");
  rows.push(["一票否决项", null, null, null, L("发生安全生产、质量事故，或者", "造成重大经济损失和社会不良", "影响。"), null, "无"]);
  rows.push([null, null, null, null, L("项目建设进度严重滞后，总体进", "度不足 40%。"), null, "无"]);
  rows.push([null, null, null, null, "弄虚作假。", null, "无"]);
  merges.push("A26:A28", "B26:D26", "B27:D27", "B28:D28");
  const sum = Object.values(claimed).reduce((a, b) => a + b, 0);
  rows.push(["合计得分", null, null, null, null, null, sum]); // row 29
  merges.push("A29:F29");
  rows.push([null, null, null, null, null, null, null]);
  rows.push(["注：上表由粤商务电函〔2021〕101号附件PDF转换而来，表内文字未作改动；“自评得分”一栏由区商务局电商股填写。", null, null, null, null, null, null]);
  merges.push("A31:G31");
  rows.push(["填表人：邓××　　　　审核人：黄××　　　　　　2021年9月6日", null, null, null, null, null, null]);
  merges.push("A32:G32");

  eq(rows.length, 32, "F2 row count");
  eq(rows[5][1], "组\n织\n领\n导", "F2 row 6 is 组织领导");
  eq(rows[10][1], "服\n务\n体\n系\n建\n设", "F2 row 11 is 服务体系建设");
  eq(rows[13][1], "农\n村\n产\n品\n上\n行", "F2 row 14 is 农村产品上行");
  eq(rows[20][1], "制\n度\n建\n立", "F2 row 21 is 制度建立");
  eq(rows[23][4].startsWith("建档立卡贫困人口培训率"), true, "F2 row 24 is bonus");
  eq(rows[28][0], "合计得分", "F2 合计 row");
  eq(Object.keys(claimed).length, 17, "F2 claimed ids");
  const scored = Object.entries(claimed).filter(([k]) => !k.startsWith("bonus")).reduce((a, [, v]) => a + v, 0);
  eq(scored, 86, "F2 15 scored rows");
  eq(sum, 87, "F2 合计 incl. bonus");
  write("facts", "b80-f2-qujiang.json", {
    description:
      "曲江区商务局电商股把省厅通知附件《2019年省级电子商务进农村综合示范创建考评指标体系》PDF用WPS“PDF转Excel”转成表格后直接在“自评得分”列填分：每格保留PDF的硬换行（指标名一字一行“组\\n织\\n领\\n导”、表头“名\\n称”“权重\\n（%）”“自\\n评\\n得\\n分”、评分标准在词中断行“牵\\n头”、数字与单位间有空格“（10 分）”），权重是文本；PDF分页留下三行页码“— 18 —”；“深入推动电子商务进农村工作（55 分）”因跨页在第11行和第14行各出现一次；加分项填0和1，一票否决三项填“无”，合计87（含加分）。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: { county: "曲江区", asOf: "2021-08-31", vetoIncident: false, vetoFraud: false },
      judged: {},
      claimed,
    },
  });
}

// ===========================================================================
// F3 阳东区：市局下发的WPS下拉模板（序号|填报项目|填报要求|填报内容|备注），
// 单位只在“填报要求”里；未选的格仍是“请选择”、未填的数字格仍是“（请填写）”
// ===========================================================================
function buildF3() {
  const SEL = "下拉选择▼（是/否）";
  const rows = [
    ["阳江市县（市、区）电子商务进农村综合示范创建考评数据填报表", null, null, null, null],
    ["填报单位（盖章）：阳江市阳东区商务局", null, null, "填报时间：2021年9月2日", null],
    ["说明：带▼的项目请点击单元格在下拉列表中选择，不要手工输入；未开展或无此项的选“否”，不要保留“请选择”。", null, null, null, null],
    ["序号", "填报项目", "填报要求", "填报内容", "备注"],
    ["一、基本情况", null, null, null, null],
    [1, "县（市、区）", "文本", "阳东区", null],
    [2, "考评截止日期", "日期，格式yyyy-mm-dd", D("2021-08-31"), null],
    [3, "常住人口", "数值，单位：万人，保留两位小数", 46.19, "第七次全国人口普查"],
    [4, "行政村数", "数值，单位：个", 165, "不含社区"],
    [5, "省定贫困村数", "数值，单位：个", 11, null],
    ["二、组织领导", null, null, null, null],
    [6, "领导小组组长", "下拉选择▼（政府主要领导/政府分管领导/其他）", "政府分管领导", "区委常委、常务副区长陈××"],
    [7, "参与部门", "文本，多个部门用顿号分隔", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局", null],
    [8, "是否正式印发示范县工作方案", SEL, "是", "东府办〔2020〕31号"],
    [9, "是否出台支持农村电商发展的政策", SEL, "请选择", null],
    ["三、公共服务中心及产业园", null, null, null, null],
    [10, "县级电商公共服务中心投入运营日期", "日期，格式yyyy-mm-dd", "2020-08-16", null],
    [11, "有免费培训场所、培训设备，能组织电商基础培训", SEL, "是", null],
    [12, "为特色农产品提供免费展示、销售服务", SEL, "是", null],
    [13, "为电子商务市场主体提供免费摄影、美工服务", SEL, "否", null],
    [14, "组织农产品统一推广、指导特色农产品品牌建设", SEL, "是", null],
    [15, "为电子商务发展提供其他衍生增值服务", SEL, "请选择", null],
    [16, "建设或整合、优化当地电商产业园", SEL, "是", "阳东电商产业园（东城镇）"],
    ["四、农村产品上行", null, null, null, null],
    [17, "有专业第三方电子商务运营或服务商", SEL, "是", null],
    [18, "行政村物流快递覆盖率是否达100%", SEL, "是", null],
    [19, "2019年农村网络零售额", "数值，单位：万元", 38650, "市商务局反馈数"],
    [20, "2020年农村网络零售额", "数值，单位：万元", 49120, "市商务局反馈数"],
    [21, "2019年农产品网络零售额", "数值，单位：万元", "8236", null],
    [22, "2020年农产品网络零售额", "数值，单位：万元", "11025", null],
    ["五、电商人才培训", null, null, null, null],
    [23, "电商培训人次（截至考评截止日期）", "数值，单位：人次", 4736, null],
    [24, "有劳动能力的建档立卡贫困人口数（不含外出务工人员）", "数值，单位：人", "1,284", "区乡村振兴局提供"],
    [25, "参加电商培训的建档立卡贫困人口数", "数值，单位：人", "（请填写）", null],
    ["六、信息公开及数据上报", null, null, null, null],
    [26, "专栏是否公示创建方案", SEL, "是", null],
    [27, "专栏是否公示项目基本信息", SEL, "是", null],
    [28, "专栏是否按月公示项目建设进度", SEL, "是", null],
    [29, "专栏是否设立征求意见或监督举报窗口", SEL, "否", null],
    [30, "能否统计电商扶贫情况", SEL, "是", null],
    ["七、资金管理", null, null, null, null],
    [31, "省级专项资金下达总额", "数值，单位：万元", 500, null],
    [32, "累计拨付资金（截至考评截止日期）", "数值，单位：万元", 361.28, null],
    [33, "是否制定资金管理制度", SEL, "是", null],
    [34, "是否建立资金专用台账", SEL, "是", null],
    [35, "项目总体进度", "数值，单位：%", 86, null],
    ["八、一票否决", null, null, null, null],
    [36, "是否发生安全生产、质量事故或造成重大经济损失", SEL, "否", null],
    [37, "是否存在弄虚作假", SEL, "请选择", null],
    ["九、主观评分项自评", null, null, null, null],
    [38, "方案制定（1-2分）", "下拉选择▼（1分/2分）", "2分", null],
    [39, "政策支持（1-2分）", "下拉选择▼（0分/1分/2分）", "请选择", null],
    [40, "项目管理制度（1-2分）", "下拉选择▼（1分/2分）", "2分", null],
    [41, "工作台账（1-2分）", "下拉选择▼（1分/2分）", "2分", null],
    [42, "网销调研（1-2分）", "下拉选择▼（1分/2分）", "1分", "调研报告未报市局"],
    [43, "网络促销活动（1-2分）", "下拉选择▼（1分/2分）", "2分", null],
    [44, "交易标准与冷链溯源（1-2分）", "下拉选择▼（1分/2分）", "请选择", null],
    [45, "资金管理制度（1-5分）", "下拉选择▼（1分—5分）", "5分", null],
    [46, "资金台账（1-5分）", "下拉选择▼（1分—5分）", "4分", null],
    [47, "资金及时拨付（1-5分）", "下拉选择▼（1分—5分）", "4分", null],
    [null, null, null, null, null],
    ["填表人：冯××　　联系电话：0662-6632×××　　审核人：", null, null, null, null],
  ];
  const merges = ["A1:E1", "A2:C2", "D2:E2", "A3:E3"];
  rows.forEach((r, i) => {
    if (typeof r[0] === "string" && /^[一二三四五六七八九]、/.test(r[0])) merges.push(`A${i + 1}:E${i + 1}`);
  });
  merges.push(`A${rows.length}:E${rows.length}`);
  const lists = {
    name: "下拉选项",
    hidden: true,
    rows: [
      ["是否", "组长", "1-2分", "0-2分", "1-5分"],
      ["请选择", "请选择", "请选择", "请选择", "请选择"],
      ["是", "政府主要领导", "1分", "0分", "1分"],
      ["否", "政府分管领导", "2分", "1分", "2分"],
      [null, "其他", null, "2分", "3分"],
      [null, null, null, null, "4分"],
      [null, null, null, null, "5分"],
    ],
  };
  const unanswered = rows.filter((r) => r[3] === "请选择" || r[3] === "（请填写）").length;
  eq(unanswered, 6, "F3 unanswered cells");
  write("facts", "b80-f3-yangdong.json", {
    description:
      "阳东区商务局填阳江市商务局下发的WPS下拉模板《考评数据填报表》：序号|填报项目|填报要求|填报内容|备注，单位只写在“填报要求”里（“数值，单位：万人，保留两位小数”“单位：万元”），是否项与主观项自评分都是下拉值（“是”“2分”）；有6格还是模板默认的“请选择”或“（请填写）”（政策出台、其他衍生服务、弄虚作假、参训贫困人口数、政策支持和交易标准自评），都是未填、不是“否”或0；组长填下拉项“政府分管领导”（备注常务副区长）；另有隐藏的“下拉选项”表（是/否、1分/2分…列表，不是填报值）。",
    sheets: [{ name: "填报表", rows, merges }, lists],
    expect: {
      facts: {
        county: "阳东区",
        asOf: "2021-08-31",
        residentPopulation: 461900,
        adminVillagesStated: 165,
        poorVillagesStated: 11,
        planIssued: true,
        centerOpened: "2020-08-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 386500000,
        ruralRetail2020: 491200000,
        agriRetail2019: 82360000,
        agriRetail2020: 110250000,
        trainingPersonTimesStated: 4736,
        eligiblePoorPersonsStated: 1284,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3612800,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
      },
      judged: {
        "org.plan": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "deputy",
    },
  });
}

// ===========================================================================
// L1 茂南区：站点建设计划及完成情况表（计划时间 vs 建成挂牌时间；在建/选址中/未启动/取消不是站点）
// + 省定贫困村名单 + 填表说明
// ===========================================================================
function buildL1() {
  // [village, station, plan, progress, openedCell, operator, remark, expectedOpened (undefined = not a station)]
  const towns = [
    ["金塘镇", [
      ["牙象村委会", "金塘镇牙象村电商服务站", "2020年9月", "已挂牌运营", D("2020-09-22"), "茂名邮政分公司", null, "2020-09-22"],
      ["新铺村", "金塘镇新铺村电商服务站", "2020年9月", "已挂牌运营", "2020.10.28", "茂名邮政分公司", null, "2020-10-28"],
      ["仓前村委会", "金塘镇仓前村电商服务站", "2020年12月", "已建成", "2020年12月", "茂名市惠农电子商务有限公司", null, "2020-12"],
      ["大塘村", "金塘镇大塘村电商服务站", "2021年3月", "在建", null, "茂名市惠农电子商务有限公司", "装修中，预计9月底挂牌", undefined],
    ]],
    ["公馆镇", [
      ["白沙村", "公馆镇白沙村电商服务站", "2020年10月", "已挂牌运营", "20201116", "茂名邮政分公司", null, "2020-11-16"],
      ["石碧村委会", "公馆镇石碧村电商服务站", "2020年12月", "已挂牌运营", D("2021-01-08"), "茂名邮政分公司", null, "2021-01-08"],
      ["北山村", "公馆镇北山村电商服务站", "2021年6月", "选址中", null, null, "原选址房屋产权有争议", undefined],
      ["公馆社区居委会", "公馆镇圩镇电商服务站", "2021年3月", "已挂牌运营", "2021.3.19", "茂名市惠农电子商务有限公司", "设在公馆社区", "2021-03-19"],
    ]],
    ["镇盛镇", [
      ["石塘村委会", "镇盛镇石塘村电商服务站", "2020年12月", "已挂牌运营", "2020/12/3", "茂名邮政分公司", null, "2020-12-03"],
      ["蒲竹村", "镇盛镇蒲竹村电商服务站", "2021年3月", "已建成", "待核", "茂名市惠农电子商务有限公司", "挂牌时间待核实", null],
      ["黎村村", "镇盛镇黎村村电商服务站", "2021年6月", "未启动", null, null, null, undefined],
    ]],
    ["鳌头镇", [
      ["鳌头村", "鳌头镇鳌头村电商服务站", "2020年9月", "已挂牌运营", D("2020-08-27"), "茂名邮政分公司", "提前完成", "2020-08-27"],
      ["大塘口村", "鳌头镇大塘口村电商服务站", "2021年3月", "已挂牌运营", "2021年4月", "茂名市惠农电子商务有限公司", null, "2021-04"],
      ["上垌村委会", "鳌头镇上垌村电商服务站", "2021年6月", "已建成", "2021.9.6", "茂名市惠农电子商务有限公司", "9月6日挂牌", "2021-09-06"],
      ["下坡村", "鳌头镇下坡村电商服务站", "2021年6月", "取消", null, null, "村委会申请取消，改建于上垌村", undefined],
    ]],
    ["袂花镇", [
      ["袂花村", "袂花镇袂花村电商服务站", "2020年10月", "已挂牌运营", "2020.11.5", "茂名邮政分公司", null, "2020-11-05"],
      ["高坡村", "袂花镇高坡村电商服务站", "2020年12月", "已挂牌运营", "2021-02-26", "茂名邮政分公司", "春节前后延期", "2021-02-26"],
      ["长岭村", "袂花镇长岭村电商服务站", "2021年6月", "在建", "—", "茂名市惠农电子商务有限公司", null, undefined],
    ]],
    ["山阁镇", [
      ["山阁村", "山阁镇山阁村电商服务站", "2020年10月", "已挂牌运营", D("2020-10-15"), "茂名邮政分公司", null, "2020-10-15"],
      ["旺坡村委会", "山阁镇旺坡村电商服务站", "2021年3月", "已挂牌运营", "2021年5月20日", "茂名市惠农电子商务有限公司", null, "2021-05-20"],
      ["尚垌村", "山阁镇尚垌村电商服务站", "2021年6月", "已挂牌运营", "2021.6.30", "茂名市惠农电子商务有限公司", null, "2021-06-30"],
    ]],
    ["新坡镇", [
      ["新坡村", "新坡镇新坡村电商服务站", "2020年9月", "已挂牌运营", "2020.9.9", "茂名邮政分公司", null, "2020-09-09"],
      ["九村村", "新坡镇九村村电商服务站", "2021年6月", "选址中", null, null, null, undefined],
      ["双山村", "新坡镇双山村电商服务站", "2021年6月", "已挂牌运营", "21.7.12", "茂名市惠农电子商务有限公司", null, "2021-07-12"],
    ]],
  ];
  const rows = [
    ["茂南区村级电子商务服务站点建设计划及完成情况表", null, null, null, null, null, null, null, null],
    ["填报单位：茂名市茂南区商务局", null, null, null, null, "更新至：2021年9月10日", null, null, null],
    ["序号", "镇（街道）", "村（居）委会", "站点名称", "计划完成时间", "完成情况", null, "运营主体", "备注"],
    [null, null, null, null, null, "建设进度", "建成挂牌时间", null, null],
  ];
  const merges = ["A1:I1", "A2:E2", "F2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:I4"];
  const records = [];
  let seq = 0, planned = 0, built = 0;
  for (const [town, list] of towns) {
    const start = rows.length + 1;
    list.forEach((s, i) => {
      seq++;
      planned++;
      rows.push([seq, i === 0 ? town : null, s[0], s[1], s[2], s[3], s[4], s[5], s[6]]);
      if (s[7] !== undefined) {
        built++;
        records.push({ village: s[0], opened: s[7] });
        assert(/已/.test(s[3]), "L1 record must be 已建成/已挂牌运营: " + s[1]);
      } else {
        assert(!/已/.test(s[3]), "L1 non-record must not be built: " + s[1]);
      }
    });
    const end = rows.length;
    if (end > start) merges.push(`B${start}:B${end}`);
    const nb = list.filter((s) => s[7] !== undefined).length;
    rows.push([null, "小计", `计划${list.length}个，已建成（挂牌）${nb}个`, null, null, null, null, null, null]);
    merges.push(`C${rows.length}:I${rows.length}`);
  }
  rows.push(["合计", null, `计划${planned}个，已建成（挂牌）${built}个，在建2个，选址中2个，未启动1个，取消1个`, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:I${rows.length}`);
  rows.push(["注：1.“计划完成时间”为《茂南区电子商务进农村综合示范工作方案》分解的计划时间，不是建成时间；2.建设进度为“在建”“选址中”“未启动”“取消”的，站点尚未建成。", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(["填表人：吴××　　　　联系电话：0668-22××××", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  eq(planned, 24, "L1 planned");
  eq(built, 18, "L1 built");
  eq(planned - built, 6, "L1 not built (2在建+2选址中+1未启动+1取消)");
  const cnt = (st) => towns.reduce((a, [, l]) => a + l.filter((x) => x[3] === st).length, 0);
  eq(cnt("在建"), 2, "L1 在建");
  eq(cnt("选址中"), 2, "L1 选址中");
  eq(cnt("未启动"), 1, "L1 未启动");
  eq(cnt("取消"), 1, "L1 取消");

  const poor = [
    ["金塘镇", "大塘村委会", "茂名市市场监督管理局"],
    ["公馆镇", "北山村委会", "茂名市交通运输局"],
    ["镇盛镇", "黎村村委会", "茂名市税务局"],
    ["鳌头镇", "下坡村委会", "茂名市住房和城乡建设局"],
    ["袂花镇", "长岭村委会", "茂名市商务局"],
    ["新坡镇", "九村村委会", "茂南区财政局"],
  ];
  const prow = [
    ["茂南区省定贫困村名单（2016—2020年）", null, null, null, null],
    ["序号", "镇", "村委会", "帮扶单位", "备注"],
  ];
  poor.forEach((p, i) => prow.push([i + 1, p[0], p[1], p[2], "已出列"]));
  prow.push(["合计", null, "6个", null, null]);
  prow.push(["注：以上6个省定贫困村均已于2020年底脱贫出列。", null, null, null, null]);
  const pmerges = ["A1:E1", `A${prow.length - 1}:B${prow.length - 1}`, `A${prow.length}:E${prow.length}`];

  const note = {
    name: "填表说明",
    rows: [
      ["填表说明"],
      ["1.本表按镇（街道）填报示范工作方案确定的全部村级站点建设任务，已建成和未建成的都要列出。"],
      ["2.“建设进度”栏填：已挂牌运营／已建成／在建／选址中／未启动／取消。"],
      ["3.已建成的站点须填写“建成挂牌时间”（格式2020.9.1），未建成的不填。"],
      ["4.“计划完成时间”按方案填写，不得改动。"],
      ["5.每月10日前更新一次，报区商务局电商股。"],
    ],
  };
  write("ledgers", "b80-l1-maonan.json", {
    description:
      "茂南区商务局电商股的站点台账是《村级电子商务服务站点建设计划及完成情况表》：方案里的24个建站任务全列出来（两行表头，“完成情况”合并在 建设进度|建成挂牌时间 之上，镇纵向合并，每镇“小计”行、表尾“合计”“注”和填表人行），每行都有“计划完成时间”（2020年9月…不是建成时间），只有建设进度为“已挂牌运营/已建成”的18行是站点（在建、选址中、未启动、取消的6行不是，其中“在建”一行挂牌时间格写“—”）；挂牌时间写法有真日期、2020.10.28、2020年12月（只到月）、20201116、2020/12/3、2021-02-26、“待核”（建成但日期不明）、21.7.12、截止日后的2021.9.6；一处站点设在公馆社区居委会。另有《省定贫困村名单》（帮扶单位列、备注“已出列”、合计行、注）和纯文字的《填表说明》。",
    sheets: [
      note,
      { name: "站点建设进度表", rows, merges },
      { name: "省定贫困村名单", rows: prow, merges: pmerges },
    ],
    expect: {
      sheets: {
        填表说明: { kind: null },
        站点建设进度表: { kind: "stations", records },
        省定贫困村名单: { kind: "poorVillages", records: poor.map((p) => ({ name: p[1] })) },
      },
    },
  });
}

// ===========================================================================
// L2 曲江区：国库集中支付明细（申请金额 vs 支付金额、核减、退回、支付失败、审核中、截止后支付）
// + 村（居）委会名单（贫困村写“是（2019年出列）”，快递一格空白）
// ===========================================================================
function buildL2() {
  const H = ["序号", "申请日期", "支付申请编号", "支付方式", "收款单位", "用途", "申请金额", "支付日期", "支付金额", "支付状态", "备注"];
  // [apply, no, way, payee, use, applyAmt, payDate cell, payAmt cell, status, remark, expected {date, amount} | null]
  const ZB = "韶关市曲江区众邦电子商务有限公司";
  const YZ = "中国邮政集团有限公司韶关市曲江区分公司";
  const NY = "韶关市曲江区马坝油粘米农业发展有限公司";
  const SW = "曲江区商务局（零余额账户）";
  const WL = "韶关市粤北云网络科技有限公司";
  const pay = [
    ["2020-06-18", "SQ2020-0612", "直接支付", ZB, "县级电商公共服务中心建设（首期）", "560,000.00", "2020-06-24", "560,000.00", "已支付", null, ["2020-06-24", 560000]],
    [D("2020-07-20"), "SQ2020-0731", "授权支付", SW, "电商培训（第一批）", 86400, D("2020-07-22"), 86400, "已支付", null, ["2020-07-22", 86400]],
    ["2020-09-10", "SQ2020-0945", "直接支付", YZ, "物流配送体系建设（首期）", "420,000.00", "2020.9.16", "420,000.00", "已支付", null, ["2020-09-16", 420000]],
    ["2020-10-12", "SQ2020-1018", "直接支付", WL, "村级站点建设（第一批）", "200,000.00", "2020-10-20", "168,500.00", "已支付（评审核减31,500.00元）", "按财政评审结果支付", ["2020-10-20", 168500]],
    ["2020-10-30", "SQ2020-1102", "直接支付", NY, "农产品品牌培育", "86,000.00", "2020-11-03", "86,000.00", "已支付", null, ["2020-11-03", 86000]],
    [null, "TH2020-0007", "直接支付", NY, "农产品品牌培育（退回）", null, "2020-11-05", "-86,000.00", "资金退回", "收款账户已销户，银行退回", ["2020-11-05", -86000]],
    ["2020-11-09", "SQ2020-1121", "直接支付", NY, "农产品品牌培育（重新支付）", "86,000.00", "2020-11-12", "86,000.00", "已支付", "变更收款账户后重新支付", ["2020-11-12", 86000]],
    ["2020-12-15", "SQ2020-1260", "直接支付", ZB, "县级电商公共服务中心建设（二期）", "380,000.00", "2020-12-28", "380,000.00", "已支付", null, ["2020-12-28", 380000]],
  ];
  const pay21 = [
    ["2021-01-18", "SQ2021-0104", "授权支付", SW, "电商培训（第二批）", "¥92,600.00", "2021-01-21", "¥92,600.00", "已支付", null, ["2021-01-21", 92600]],
    ["2021-03-05", "SQ2021-0322", "直接支付", WL, "村级站点建设（第二批）", "310,000.00", D("2021-03-15"), 310000, "已支付", null, ["2021-03-15", 310000]],
    ["2021-04-20", "SQ2021-0457", "直接支付", WL, "农产品溯源系统建设", "265,000.00", "2021-04-29", "265,000.00", "已支付", null, ["2021-04-29", 265000]],
    ["2021-05-25", "SQ2021-0533", "直接支付", YZ, "物流配送体系建设（二期）", "348,000.00", null, null, "支付失败", "收款账号有误，已退回重新申请", null],
    ["2021-06-02", "SQ2021-0609", "直接支付", YZ, "物流配送体系建设（二期）", "348,000.00", "2021-06-08", "348,000.00", "已支付", "SQ2021-0533重新申请", ["2021-06-08", 348000]],
    ["2021-07-16", "SQ2021-0726", "直接支付", ZB, "网络促销活动（“曲江好物”线上节）", "126,000.00", "2021-07-23", "126,000.00", "已支付", null, ["2021-07-23", 126000]],
    ["2021-08-20", "SQ2021-0841", "直接支付", ZB, "县级电商公共服务中心运营（尾款）", "210,000.00", "2021-09-03", "210,000.00", "已支付", null, ["2021-09-03", 210000]],
    ["2021-08-27", "SQ2021-0868", "直接支付", WL, "村级站点建设（尾款）", "250,000.00", null, null, "财政审核中", null, null],
  ];
  const rows = [
    ["曲江区省级电子商务进农村综合示范专项资金支付明细表（国库集中支付）", null, null, null, null, null, null, null, null, null, null],
    ["预算单位：韶关市曲江区商务局", null, null, null, "资金来源：2019年省级促进经济高质量发展专项资金（电子商务进农村）", null, null, null, null, "单位：元", null],
    H,
  ];
  const merges = ["A1:K1", "A2:D2", "E2:I2", "J2:K2"];
  const records = [];
  let n = 0;
  const money = (v) => (v === null ? 0 : typeof v === "number" ? v : Number(String(v).replace(/[¥,]/g, "")));
  function block(list, label) {
    let applySum = 0, paySum = 0;
    for (const p of list) {
      n++;
      rows.push([n, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]]);
      applySum += money(p[5]);
      paySum += money(p[7]);
      if (p[10]) {
        records.push({ date: p[10][0], amount: p[10][1] });
        eq(money(p[7]), p[10][1], "L2 amount parse " + p[1]);
      } else {
        assert(p[6] === null && p[7] === null, "L2 non-record has no payment");
      }
    }
    rows.push([label, null, null, null, null, null, applySum, null, paySum, null, null]);
    merges.push(`A${rows.length}:F${rows.length}`);
    return paySum;
  }
  const s20 = block(pay, "2020年小计");
  const s21 = block(pay21, "2021年小计");
  rows.push(["累计", null, null, null, null, null, null, null, s20 + s21, null, "含2021年9月3日支付的210,000.00元"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["注：支付日期以国库集中支付系统“支付完成”日期为准；“申请金额”为用款申请数，实际支出以“支付金额”为准。", null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(["经办：刘××　　　　复核：曾××　　　　导出日期：2021年9月8日", null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:K${rows.length}`);
  eq(records.length, 14, "L2 fund records");
  eq(s20, 1700900, "L2 2020 subtotal");
  const within = records.filter((r) => r.date <= CUTOFF).reduce((a, r) => a + r.amount, 0);
  eq(within, 2842500, "L2 paid on or before cut-off");
  // explicit re-derivation
  eq(records.reduce((a, r) => a + r.amount, 0), s20 + s21, "L2 records sum = 累计");

  // villages
  const T = [
    ["大塘镇", [["大塘村委会", "否"], ["侯安村委会", "是（2019年出列）"], ["新营村委会", "否"], ["长滩村委会", "否"], ["黄坑村委会", "是（2020年出列）"], ["沙口村委会", "否"], ["东华村委会", "否"], ["大塘社区居委会", null]]],
    ["枫湾镇", [["枫湾村委会", "否"], ["步村村委会", "否"], ["凤凰村委会", "是（2019年出列）"], ["梅村村委会", "否"], ["平圃村委会", "否"], ["黄塘村委会", "否"], ["枫湾社区居委会", null], ["白石村委会", "否"], ["新岭村委会", "否"]]],
    ["小坑镇", [["小坑村委会", "否"], ["曹角湾村委会", "是（2020年出列）"], ["新村村委会", "否"], ["石塘村委会", "否"], ["塘头村委会", "否"], ["东坑村委会", "否"], ["小坑社区居委会", null]]],
    ["罗坑镇", [["罗坑村委会", "否"], ["大村村委会", "是（2019年出列）"], ["新洞村委会", "否"], ["中心坝村委会", "否"], ["鸡公坑村委会", "否"], ["上围村委会", "否"], ["水口村委会", "否"], ["罗坑社区居委会", null], ["茶园村委会", "是（2020年出列）"], ["坝头村委会", "否"]]],
  ];
  const noExpress = new Set(["鸡公坑村委会"]);
  const blankExpress = new Set(["茶园村委会"]);
  const vrows = [
    ["曲江区村（居）委会名单（示范创建重点镇）", null, null, null, null, null, null],
    ["序号", "镇", "村（居）委会", "类别", "是否省定贫困村", "快递服务进村", "备注"],
  ];
  const vmerges = ["A1:G1"];
  const vrecs = [];
  let adminN = 0, juN = 0, poorN = 0;
  for (const [town, list] of T) {
    const start = vrows.length + 1;
    list.forEach(([name, poorCell], i) => {
      const ju = /社区居委会$/.test(name);
      const express = ju ? "√" : noExpress.has(name) ? "×" : blankExpress.has(name) ? null : "√";
      const remark = noExpress.has(name) ? "山区，快递到镇自取" : blankExpress.has(name) ? "待邮政管理局核实" : null;
      vrows.push([i + 1, i === 0 ? town : null, name, ju ? "居委会" : "村委会", ju ? "／" : poorCell, express, remark]);
      const rec = { name, admin: !ju };
      if (!ju) rec.poor = /^是/.test(poorCell);
      rec.express = express === "√" ? true : express === "×" ? false : null;
      vrecs.push(rec);
      if (ju) juN++;
      else {
        adminN++;
        if (rec.poor) poorN++;
      }
    });
    vmerges.push(`B${start}:B${vrows.length}`);
  }
  vrows.push(["合计", null, `村委会${adminN}个，居委会${juN}个；其中省定贫困村${poorN}个`, null, null, null, null]);
  vmerges.push(`A${vrows.length}:B${vrows.length}`, `C${vrows.length}:G${vrows.length}`);
  vrows.push(["注：省定贫困村为2016—2020年新时期精准扶贫省定相对贫困村，均已脱贫出列；居委会不填是否省定贫困村。", null, null, null, null, null, null]);
  vmerges.push(`A${vrows.length}:G${vrows.length}`);
  eq(adminN, 30, "L2 admin villages");
  eq(juN, 4, "L2 居委会");
  eq(poorN, 6, "L2 poor villages");
  write("ledgers", "b80-l2-qujiang.json", {
    description:
      "曲江区商务局交的两张表：①财务从国库集中支付系统导出后整理的《专项资金支付明细表》——序号|申请日期|支付申请编号|支付方式（直接支付/授权支付）|收款单位|用途|申请金额|支付日期|支付金额|支付状态|备注，单位元写在第2行；一笔拨付的日期是“支付日期”（不是申请日期）、金额是“支付金额”（一笔评审核减：申请200,000.00、支付168,500.00）；收款账户销户的退回是一行负数-86,000.00，随后重新支付一行；一笔“支付失败”和一笔“财政审核中”没有支付日期和金额，不是拨付；一笔8月20日申请、9月3日才支付；金额有数字、千分位文本和“¥92,600.00”，每年“小计”行和“累计”行不是拨付。②《村（居）委会名单（示范创建重点镇）》——镇纵向合并、序号每镇重排，“是否省定贫困村”填“是（2019年出列）”“是（2020年出列）”（已出列仍是省定贫困村）、居委会填“／”，快递服务进村√/×、一村空白待核实，表尾合计和注。",
    sheets: [
      { name: "资金支付明细", rows, merges },
      { name: "村（居）委会名单", rows: vrows, merges: vmerges },
    ],
    expect: {
      sheets: {
        资金支付明细: { kind: "funds", records },
        "村（居）委会名单": { kind: "villages", records: vrecs },
      },
    },
  });
}

// ===========================================================================
// C1 花都区：整本工作簿
// ===========================================================================
function buildC1() {
  const sheets = [];
  const derivation = [];
  // ---------------- villages ----------------
  const TOWNS = [
    ["花山镇", ["洛场村", "平西村", "小布村", "东湖村", "紫西村", "两龙村", "福源村"], ["花山社区", "社区居委会"]],
    ["炭步镇", ["塱头村", "石湖村", "藏书院村", "鸭湖村", "大涡村", "文岗村", "步云村"], ["炭步社区", "社区居委会"]],
    ["赤坭镇", ["瑞岭村", "竹洞村", "莲塘村", "锦山村", "黄沙塘村", "蓝田村", "乌石村"], ["赤坭社区", "涉农社区"]],
    ["狮岭镇", ["合成村", "益群村", "芙蓉村", "马岭村", "振兴村", "旗新村", "军田村"], ["狮岭社区", "社区居委会"]],
    ["梯面镇", ["红山村", "联星村", "西坑村", "高溪村", "横坑村", "新和村", "石坑村"], ["梯面社区", "涉农社区"]],
    ["花东镇", ["北兴村", "七星村", "杨二村", "港头村", "李溪村", "山下村", "大塘村"], ["花东社区", "社区居委会"]],
  ];
  const vrows = [
    ["花都区村（居）委会名单", null, null, null, null, null],
    ["序号", "镇", "村（居）委会名称", "类别", "快递进村（√/×）", "备注"],
  ];
  const vmerges = ["A1:F1"];
  const villageSet = new Map(); // base name -> {admin, express}
  let vseq = 0;
  for (const [town, vils, [ju, juType]] of TOWNS) {
    const start = vrows.length + 1;
    // community first (镇政府驻地), then villages
    vseq++;
    vrows.push([vseq, town, ju + "居委会", juType, "√", juType === "涉农社区" ? "有耕地，保留村民小组" : null]);
    villageSet.set(ju, { admin: false, express: true });
    for (const v of vils) {
      vseq++;
      const x = v === "石坑村" ? "×" : "√";
      vrows.push([vseq, null, v + "委会", "村委会", x, v === "石坑村" ? "山区，快递到镇自提" : null]);
      villageSet.set(v, { admin: true, express: x === "√" });
    }
    vmerges.push(`B${start}:B${vrows.length}`);
  }
  vrows.push(["注：类别为“社区居委会”“涉农社区”的是社区，不是行政村。", null, null, null, null, null]);
  vmerges.push(`A${vrows.length}:F${vrows.length}`);
  const adminNames = [...villageSet].filter(([, v]) => v.admin).map(([k]) => k);
  eq(adminNames.length, 42, "C1 行政村");
  eq(vseq, 48, "C1 village rows");
  const expressAll = adminNames.every((k) => villageSet.get(k).express);
  eq(expressAll, false, "C1 express not all");
  sheets.push({ name: "附表2 村（居）委会名单", rows: vrows, merges: vmerges });

  // ---------------- stations ----------------
  const noStation = new Set(["福源村", "步云村", "乌石村", "蓝田村", "军田村", "横坑村", "新和村", "石坑村", "山下村", "大塘村", "李溪村", "大涡村"]);
  const styles = ["date", "dot", "cn", "compact", "slash", "dot", "date"];
  const srows = [
    ["花都区村级电子商务服务站点清单", null, null, null, null, null, null],
    ["序号", "镇", "所在村（社区）", "站点名称", "负责人", "联系电话", "挂牌时间"],
  ];
  const smerges = ["A1:G1"];
  const stations = []; // {village base or raw, opened iso, row}
  let sseq = 0, k = 0;
  const phone = (i) => "13" + String(800000000 + ((i * 7919 * 31) % 199999999)).slice(0, 9);
  for (const [town, vils, [ju]] of TOWNS) {
    const start = srows.length + 1;
    const list = [];
    for (const v of vils) {
      if (v === "大涡村") list.push([v + "委会", "2021-09-08", v]); // after cut-off, its only station
      else if (!noStation.has(v)) list.push([k % 3 === 0 ? v + "委会" : v, null, v]);
      k++;
      if (v === "洛场村") list.push(["洛场村民委员会", "2021-05-11", v, "洛场村第二站（圩镇）"]);
    }
    if (ju === "赤坭社区") list.push(["赤坭社区", "2020-11-20", ju]);
    if (ju === "花东社区") list.push(["花东社区居委会", "2021-01-15", ju]);
    if (town === "梯面镇") list.push(["梯面林场", "2021-03-22", null, "梯面林场电商服务点"]);
    list.forEach((s, i) => {
      sseq++;
      const opened = s[1] || (() => {
        const base = Date.UTC(2020, 5, 10) + ((sseq * 97) % 400) * 86400000;
        return new Date(base).toISOString().slice(0, 10);
      })();
      assert(s[1] !== null || opened <= "2021-07-14", "C1 generated station date within cut-off");
      const nm = s[3] || `${town}${(s[2] || s[0]).replace(/(村委会|村民委员会|居委会)$/, "")}电商服务站`;
      srows.push([sseq, i === 0 ? town : null, s[0], nm, nameAt(sseq + 40), phone(sseq), fmt(opened, styles[sseq % styles.length])]);
      stations.push({ village: s[2], raw: s[0], opened });
    });
    smerges.push(`B${start}:B${srows.length}`);
  }
  srows.push(["合计", null, `${sseq}个站点`, null, null, null, null]);
  smerges.push(`A${srows.length}:B${srows.length}`, `C${srows.length}:G${srows.length}`);
  eq(sseq, 35, "C1 station rows");
  const coveredSet = new Set();
  let inCommunity = 0, notInList = 0, late = 0;
  for (const s of stations) {
    if (s.village === null) { notInList++; continue; }
    const v = villageSet.get(s.village);
    assert(v, "station village in list " + s.village);
    if (!v.admin) { inCommunity++; continue; }
    if (s.opened > CUTOFF) { late++; continue; }
    coveredSet.add(s.village);
  }
  const covered = coveredSet.size;
  eq(covered, 30, "C1 covered 行政村");
  eq(inCommunity, 2, "C1 stations in 社区");
  eq(notInList, 1, "C1 林场 station");
  eq(late, 1, "C1 late station");
  const covRateOk = covered * 100 >= 42 * 70;
  assert(covRateOk, "C1 coverage ≥70%");
  sheets.push({ name: "附表3 站点清单", rows: srows, merges: smerges });

  // ---------------- training sessions ----------------
  const topics = ["农村电商基础知识", "网店开设与运营", "短视频与直播带货", "农产品包装与品牌", "电商客服与物流", "微商及社群营销"];
  const places = ["区电商公共服务中心培训室", "狮岭镇文化站", "花东镇政府会议室", "炭步镇党群服务中心", "梯面镇政府会议室", "赤坭镇文化站"];
  const pts = [156, 182, 210, 168, 145, 190, 176, 162, 188, 205, 150, 172, 166, 198, 181, 159, 174, 187, 163, 195, 170, 149, 184, 178];
  const last = 4350 - pts.reduce((a, b) => a + b, 0);
  assert(last >= 100 && last <= 250, "C1 last session size " + last);
  pts.push(last);
  const sessDates = [];
  for (let i = 0; i < 25; i++) {
    const t = Date.UTC(2020, 8, 24) + Math.round((i * 330) / 24) * 86400000;
    sessDates.push(new Date(t).toISOString().slice(0, 10));
  }
  assert(sessDates[24] <= CUTOFF, "C1 sessions inside");
  const trows = [
    ["花都区农村电商普及培训台账", null, null, null, null, null, null],
    ["期次", "培训日期", "培训地点", "培训内容", "承办单位", "参训人次", "备注"],
  ];
  const tstyles = ["cn", "dot", "date", "slash", "dot"];
  let rangeCell = null;
  sessDates.forEach((d, i) => {
    let cell = fmt(d, tstyles[i % tstyles.length]);
    if (i === 12) {
      // a two-day class written as a range, read at its end
      const [y, m, dd] = d.split("-").map(Number);
      const prev = dd - 1;
      cell = `${y}年${m}月${prev}日-${dd}日`;
      assert(prev >= 1, "range day");
      rangeCell = cell;
    }
    trows.push([`第${i + 1}期`, cell, places[i % places.length], topics[i % topics.length], i % 4 === 0 ? "区商务局" : "区电商公共服务中心", i % 5 === 2 ? `${pts[i]}人次` : pts[i], null]);
  });
  trows.push(["第26期", "2021.9.15", "区电商公共服务中心培训室", "电商创业青年增值培训", "区电商公共服务中心", 210, "9月举办"]);
  const sessTotal = pts.reduce((a, b) => a + b, 0) + 210;
  trows.push(["合计", null, null, null, null, sessTotal, null]);
  trows.push(["注：相对贫困户电商培训专场另见附表5签到表，不在本表统计。", null, null, null, null, null, null]);
  const tmerges = ["A1:G1", `B${trows.length - 1}:E${trows.length - 1}`, `A${trows.length}:G${trows.length}`];
  eq(pts.reduce((a, b) => a + b, 0), 4350, "C1 sessions ≤ cut-off");
  sheets.push({ name: "附表4 普及培训台账", rows: trows, merges: tmerges });

  // ---------------- poor persons & sign-in ----------------
  const persons = []; // {name, id, labour, migrant, tag}
  let pi = 0;
  function person(tag, labour, migrant, wantX) {
    const birth = String(1962 + ((pi * 5) % 36)) + String(1 + (pi % 12)).padStart(2, "0") + String(1 + ((pi * 3) % 28)).padStart(2, "0");
    const id = makeId("440114", birth, 100 + pi * 17, wantX);
    const p = { name: nameAt(pi), id, labour, migrant, tag };
    pi++;
    persons.push(p);
    return p;
  }
  const E = [], M = [], N = [];
  for (let i = 0; i < 22; i++) E.push(person("E" + (i + 1), true, false, i === 2 || i === 3 ? true : false));
  for (let i = 0; i < 8; i++) M.push(person("M" + (i + 1), true, true, false));
  for (let i = 0; i < 10; i++) N.push(person("N" + (i + 1), false, null, false));
  assert(E[2].id.endsWith("X") && E[3].id.endsWith("X"), "C1 E3/E4 end with X");
  assert(persons.filter((p) => p.id.endsWith("X")).length === 2, "C1 only two X ids");
  // list order: interleave
  const order = [];
  for (let i = 0; i < 22; i++) {
    order.push(E[i]);
    if (i < 8) order.push(M[i]);
    if (i < 10) order.push(N[i]);
  }
  eq(order.length, 40, "C1 persons");
  const vil = ["花山镇洛场村", "炭步镇石湖村", "赤坭镇竹洞村", "狮岭镇益群村", "梯面镇红山村", "花东镇七星村"];
  const prows = [
    ["花都区相对贫困人口劳动力情况名单（电商培训对象摸查）", null, null, null, null, null, null, null],
    ["提供单位：广州市花都区乡村振兴局　　　　　　　　统计时间：2021年8月", null, null, null, null, null, null, null],
    ["序号", "姓名", "性别", "身份证号码", "所在镇村", "是否有劳动能力", "是否外出务工", "备注"],
  ];
  order.forEach((p, i) => {
    p.vil = vil[Math.floor(i / 7) % vil.length];
    const sex = Number(p.id[16]) % 2 === 1 ? "男" : "女";
    prows.push([i + 1, p.name, sex, p.id, p.vil, p.labour ? "是" : "否", p.migrant === null ? null : p.migrant ? "是" : "否", p.migrant ? "在深圳务工" : p.labour ? null : "年老体弱"]);
  });
  prows.push(["注：外出务工指在区外务工；无劳动能力的不填是否外出务工。", null, null, null, null, null, null, null]);
  const pmerges = ["A1:H1", "A2:H2", `A${prows.length}:H${prows.length}`];
  sheets.push({ name: "附表7 相对贫困人口名单", rows: prows, merges: pmerges });

  const OUT = ["黎志坚", "莫小红", "欧阳明", "区淑仪", "麦嘉豪", "叶晓琳", "蔡伟文", "苏丽华", "温国强", "邝美芳", "岑家俊", "吴秀玲", "严志华", "龚嘉欣", "韦锦荣",
    "甘翠英", "赖子健", "利月明", "植伟光", "练秀娟", "关振东", "伍丽芬", "霍志强", "简美华", "彭国辉", "黎丽珍", "莫建新", "欧阳芳", "区永康", "麦惠玲"];
  let nonPoor = 0;
  function outsider() {
    const name = OUT[nonPoor];
    nonPoor++;
    assert(name, "enough outsider names");
    const birth = String(1970 + (nonPoor % 30)) + String(1 + (nonPoor % 12)).padStart(2, "0") + String(1 + ((nonPoor * 5) % 28)).padStart(2, "0");
    return { name, id: makeId("440114", birth, 600 + nonPoor * 11, false), outsider: true, vil: vil[(nonPoor * 5) % vil.length] };
  }
  const sess1 = [E[0], E[1], E[2], E[3], E[4], E[5], M[0], M[1], M[2], N[0]];
  const sess2 = [E[0], E[1], E[6], E[7], E[8], E[9], E[10], N[1]];
  const sess3 = [E[11]];
  while (sess1.length < 20) sess1.splice((sess1.length * 3) % (sess1.length + 1), 0, outsider());
  while (sess2.length < 22) sess2.splice((sess2.length * 5) % (sess2.length + 1), 0, outsider());
  while (sess3.length < 6) sess3.push(outsider());
  const signRows = [
    ["花都区相对贫困户电子商务培训专场签到表", null, null, null, null, null, null],
    ["序号", "培训日期", "姓名", "身份证号码", "所在镇村", "联系电话", "签名"],
  ];
  const signins = [];
  let si = 0;
  for (const [date, cellDate, list] of [["2021-04-16", "2021.4.16", sess1], ["2021-07-09", "2021年7月9日", sess2], ["2021-09-10", "2021.9.10", sess3]]) {
    for (const p of list) {
      si++;
      let idCell = p.id;
      if (p === E[2] || p === E[3]) idCell = p.id.slice(0, 17) + "x";
      signRows.push([si, cellDate, p.name, idCell, p.vil, phone(si + 200), "√"]);
      signins.push({ date, id: idCell.toUpperCase() });
    }
  }
  eq(si, 48, "C1 sign-in rows");
  {
    const allIds = persons.map((p) => p.id).concat([...sess1, ...sess2, ...sess3].filter((p) => p.outsider).map((p) => p.id));
    eq(new Set(allIds).size, allIds.length, "C1 ids unique");
    const allNames = persons.map((p) => p.name).concat([...sess1, ...sess2, ...sess3].filter((p) => p.outsider).map((p) => p.name));
    const pNames = new Set(persons.map((p) => p.name));
    for (const o of [...sess1, ...sess2, ...sess3].filter((p) => p.outsider)) assert(!pNames.has(o.name), "outsider name clash " + o.name);
    eq(new Set(allNames).size <= allNames.length, true, "names");
    for (const id of allIds) eq(id.length, 18, "C1 id length");
  }
  sheets.push({ name: "附表5 贫困户专场签到表", rows: signRows, merges: ["A1:G1"] });
  const signWithin = signins.filter((s) => s.date <= CUTOFF).length;
  eq(signWithin, 42, "C1 sign-ins ≤ cut-off");
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  eq(eligible.length, 22, "C1 eligible");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trained = new Set(signins.filter((s) => s.date <= CUTOFF && eligIds.has(s.id)).map((s) => s.id));
  eq(trained.size, 11, "C1 trained eligible");
  assert(trained.size * 100 >= eligible.length * 50 && trained.size * 100 < eligible.length * 70, "C1 poor rate in [50,70)");
  const personTimes = 4350 + signWithin;
  eq(personTimes, 4392, "C1 person-times");
  const base = Math.min(1642500, 500000);
  assert(personTimes * 1000 >= base * 8 && personTimes * 100 < base * 1, "C1 training tier 0.8–1%");

  // ---------------- enterprises ----------------
  const ENT = [
    ["广州花果山电子商务有限公司", "平台型电商", "2020-06", null, "A"],
    ["广州市花都区狮岭皮具电商有限公司", "销售型", "2020-06-18", null],
    ["广州花城优选农产品有限公司", "销售型", "2020-07-02", null],
    ["广州市花都区顺通快递有限公司", "物流快递", "2020-07-15", null],
    ["广州市花都区农e站网络科技有限公司", "电商运营服务商", "2020-08-03", null],
    ["广州赤坭盆景电子商务有限公司", "销售型", "2020-08-20", null],
    ["广州市花都区梯面山货网店", "销售型", "2020-09-01", null],
    ["广州云仓供应链管理有限公司", "物流快递", "2020-09-16", "2021-05-31"],
    ["广州市花都区港头农产品电商合作社", "销售型", "2020-10-10", null],
    ["广州市花都区数智电商运营有限公司", "电商运营服务商", "2020-10-22", null],
    ["广州炭步古村文创电商有限公司", "销售型", "2020-11-05", null],
    ["广州市花都区乐购平台科技有限公司", "平台型电商", "2020-11-19", null],
    ["广州市花都区花东荔枝电商有限公司", "销售型", "2020-12-08", null],
    ["广州北兴冷链物流有限公司", "物流快递", "2021-01-12", "2021-10-15"],
    ["广州市花都区直播电商孵化有限公司", "电商运营服务商", "2021-01-26", null],
    ["广州花果山数字科技有限公司", "平台型电商", "2021-03-01", null, "A"],
    ["广州市花都区芙蓉嶂特产商行", "销售型", "2021-03-18", null],
    ["广州市花都区狮岭箱包网店", "销售型", "2021-04-07", null],
    ["广州市花都区瑞岭大米电商有限公司", "销售型", "2021-05-12", null],
    ["广州市花都区联星茶叶电商有限公司", "销售型", "2021-06-09", null],
    ["广州市花都区鲜达同城配送有限公司", "物流快递", "2021-07-20", null],
    ["广州市花都区红山蜜柚电商有限公司", "销售型", "2021-08", null],
    ["广州市花都区新雅电商服务有限公司", "电商运营服务商", "2021-09-06", null],
  ];
  const codeOf = (i, e) => (e[4] === "A" ? "91440101MA5CX0H27Q" : "91440101MA5" + String.fromCharCode(67 + (i % 20)) + String(100000 + i * 7013).slice(-5) + String.fromCharCode(65 + ((i * 7) % 26)));
  const erows = [
    ["花都区电商产业园入驻企业名单", null, null, null, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"],
  ];
  const estyles = ["date", "dot", "cn", "slash", "dash"];
  const ents = [];
  ENT.forEach((e, i) => {
    const code = codeOf(i, e);
    const entCell = e[2].length === 7 ? `${e[2].slice(0, 4)}年${Number(e[2].slice(5))}月` : fmt(e[2], estyles[i % estyles.length]);
    const leftCell = e[3] ? fmt(e[3], "dot") : null;
    let remark = null;
    if (i === 15) remark = "原“广州花果山电子商务有限公司”更名，重新签订入驻协议";
    if (e[3] === "2021-10-15") remark = "已提出退园申请，10月15日退园";
    if (e[3] === "2021-05-31") remark = "已退园";
    erows.push([i + 1, e[0], code, e[1], entCell, leftCell, remark]);
    ents.push({ code, entered: e[2], left: e[3], type: e[1] });
  });
  sheets.push({ name: "附表6 产业园入驻企业", rows: erows, merges: ["A1:G1"] });
  const inPark = new Map();
  for (const e of ents) {
    const entOk = e.entered.length === 7 ? e.entered <= ym(CUTOFF) : e.entered <= CUTOFF;
    const stillIn = !e.left || e.left > CUTOFF;
    if (entOk && stillIn) inPark.set(e.code, e.type);
  }
  eq(inPark.size, 20, "C1 enterprises in park at cut-off");
  const typeKey = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set([...inPark.values()].map(typeKey));
  eq(types.size, 4, "C1 enterprise types");

  // ---------------- funds ----------------
  const F = [
    ["2020-07-20", "区电商公共服务中心装修（首付）", "广州市花都区建安装饰工程有限公司", 420000],
    ["2020-08-14", "电商产业园改造提升", "广州花果山电子商务有限公司", "386,000.00"],
    ["2020-09-30", "电商培训服务（第一期）", "广州市花都区数智电商运营有限公司", "28.6万"],
    ["2020-10-26", "物流配送体系建设", "中国邮政集团有限公司广州市花都区分公司", 512000],
    ["2020-11-18", "村级站点建设（第一批）", "广州市花都区农e站网络科技有限公司", "265,000.00"],
    ["2020-12-22", "农产品品牌推广", "广州花城优选农产品有限公司", "12.5万"],
    ["2021-01-15", "区电商公共服务中心运营服务", "广州市花都区数智电商运营有限公司", 310000],
    ["2021-02-05", "农产品溯源系统", "广州云仓供应链管理有限公司", 198000],
    ["2021-03-12", "村级站点建设（第二批）", "广州市花都区农e站网络科技有限公司", 240000],
    ["2021-04-09", "村级站点建设（第二批）多付款退回", "广州市花都区农e站网络科技有限公司", -18000],
    ["2021-05-20", "电商培训服务（第二期）", "广州市花都区数智电商运营有限公司", "23.4万"],
    ["2021-06-18", "网络促销活动", "广州市花都区乐购平台科技有限公司", "156,000.00"],
    ["2021-07-23", "物流配送体系建设（尾款）", "中国邮政集团有限公司广州市花都区分公司", 268000],
    ["2021-08-25", "区电商公共服务中心运营服务（二期）", "广州市花都区数智电商运营有限公司", 180000],
    ["2021-09-16", "村级站点建设（尾款）", "广州市花都区农e站网络科技有限公司", 300000],
  ];
  const toYuan = (v) => (typeof v === "number" ? v : /万$/.test(v) ? Math.round(Number(v.slice(0, -1)) * 10000) : Number(v.replace(/,/g, "")));
  const frows = [
    ["花都区电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
    ["序号", "拨付日期", "项目（用途）", "收款单位", "金额（元）", "凭证号", "备注"],
  ];
  const fstyles = ["dash", "dot", "date", "cn", "compact"];
  let fundWithin = 0, fundAll = 0;
  F.forEach((f, i) => {
    frows.push([i + 1, fmt(f[0], fstyles[i % fstyles.length]), f[1], f[2], f[3], `记-${f[0].slice(0, 7).replace("-", "")}-${String(10 + i * 3).padStart(3, "0")}`, f[3] === -18000 ? "退回" : null]);
    const y = toYuan(f[3]);
    fundAll += y;
    if (f[0] <= CUTOFF) fundWithin += y;
  });
  frows.push(["合计", null, null, null, fundAll, null, null]);
  frows.push(["注：金额单位为元，个别按万元登记的已注明“万”。", null, null, null, null, null, null]);
  sheets.push({ name: "附表8 资金拨付台账", rows: frows, merges: ["A1:G1", `A${frows.length - 1}:D${frows.length - 1}`, `A${frows.length}:G${frows.length}`] });
  eq(fundWithin, 3562000, "C1 funds ≤ cut-off");
  eq(fundAll, 3862000, "C1 funds 合计");
  const allocated = 5000000;
  assert(fundWithin * 100 >= allocated * 70, "C1 spending ≥70%");
  const misread = fundWithin - 645000 + 64.5;
  assert(misread * 100 < allocated * 70, "C1 万 trap would drop below 70%");

  // ---------------- reports ----------------
  const R = [
    ["2020年8月", "2020-09-07", "是"], ["2020年9月", "2020-10-10", "否"], ["2020年10月", "2020-11-06", "否"],
    ["2020年11月", "2020-12-04", "是"], ["2020年12月", "2021-01-08", "否"], ["2021年1月", "2021-03-02", "否"],
    ["2021年2月", "2021-03-02", "是"], ["2021年3月", "2021-04-07", "否"], ["2021年4月", "2021-05-08", "否"],
    ["2021年5月", "2021-06-04", "是"], ["2021年6月", "2021-07-06", "否"], ["2021年7月", "2021-08-05", "否"],
    ["2021年8月", "2021-09-06", "是"],
  ];
  const rrows = [
    ["花都区电子商务进农村工作月报报送登记表", null, null, null, null, null],
    ["序号", "所属月份", "报送日期", "报送方式", "是否含电商扶贫数据", "备注"],
  ];
  R.forEach((r, i) => rrows.push([i + 1, r[0], fmt(r[1], i % 2 ? "cn" : "dot"), "粤政易报广州市商务局", r[2], r[0] === "2021年1月" ? "春节假期，1月、2月月报于3月2日一并报送" : null]));
  sheets.push({ name: "附表9 月报报送登记", rows: rrows, merges: ["A1:F1"] });
  const repMonths = new Set(R.map((r) => r[1]).filter((d) => d <= CUTOFF).map(ym).filter((m) => WINDOW.includes(m)));
  eq(repMonths.size, 11, "C1 report months (2021-02 missing)");
  assert(!repMonths.has("2021-02"), "C1 no report sent in Feb 2021");

  // ---------------- disclosures ----------------
  const DI = [
    ["2020-07-10", "花都区电子商务进农村综合示范工作方案"], ["2020-08-06", "花都区电子商务进农村综合示范项目基本信息公示"],
    ["2020-09-15", "项目建设进度（8月）"], ["2020-10-14", "项目建设进度（9月）"], ["2020-11-12", "项目建设进度（10月）"],
    ["2020-12-10", "项目建设进度（11月）"], ["2021-01-13", "项目建设进度（12月）"], ["2021-02-09", "项目建设进度（1月）"],
    ["2021-03-11", "项目建设进度（2月）"], ["2021-04-13", "项目建设进度（3月）"], ["2021-05-12", "项目建设进度（4月）"],
    ["2021-06-10", "项目建设进度（5月）"], ["2021-07-09", "项目建设进度（6月）"], ["2021-08-11", "项目建设进度（7月）"],
    ["2021-09-10", "项目建设进度（8月）"],
  ];
  const drows = [
    ["花都区政府网站“电子商务进农村综合示范”专栏更新记录", null, null, null],
    ["序号", "发布日期", "标题", "链接"],
  ];
  DI.forEach((d, i) => drows.push([i + 1, fmt(d[0], i % 3 === 0 ? "date" : "dash"), d[1], `http://www.huadu.gov.cn/zwgk/ztzl/dzswjnc/content/post_${7012300 + i * 137}.html`]));
  sheets.push({ name: "附表10 专栏更新记录", rows: drows, merges: ["A1:D1"] });
  const disMonths = new Set(DI.map((d) => d[0]).filter((d) => d <= CUTOFF).map(ym).filter((m) => WINDOW.includes(m)));
  eq(disMonths.size, 12, "C1 disclosure months");

  // ---------------- media ----------------
  const ME = [
    ["2020-10-22", "花都区融媒体中心（花都TV）", "区级", "电视", "花都举办首期农村电商普及培训", "否"],
    ["2020-12-15", "广州日报", "市级", "报纸", "花都：电商服务站开到村口", "否"],
    ["2021-03-18", "南方日报", "省级", "报纸", "花都农产品搭上电商快车", "否"],
    ["2021-05-27", "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "电商帮扶让花都相对贫困户的番薯卖上好价钱", "是"],
    ["2021-08-12", "花都区融媒体中心（“花都发布”）", "区级", "网络", "花都电商产业园入驻企业达20家", "否"],
    ["2021-09-08", "人民网", "国家级", "网络", "广州花都：电商进农村绘就乡村振兴新图景", "否"],
  ];
  const mrows = [
    ["花都区电子商务进农村宣传报道统计表", null, null, null, null, null, null],
    ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
  ];
  ME.forEach((m, i) => mrows.push([i + 1, fmt(m[0], i % 2 ? "dot" : "cn"), m[1], m[2], m[3], m[4], m[5]]));
  sheets.push({ name: "附表11 宣传报道", rows: mrows, merges: ["A1:G1"] });
  const lvl = { 国家级: "national", 省级: "province", 市级: "city", 区级: "county" };
  const levels = new Set(ME.filter((m) => m[0] <= CUTOFF).map((m) => lvl[m[2]]));
  const mediaPts = (levels.has("national") || levels.has("province") ? 4 : 0) + (levels.has("city") ? 3 : 0) + (levels.has("county") ? 1 : 0);
  eq(mediaPts, 8, "C1 media points");
  const tvCase = ME.filter((m) => m[0] <= CUTOFF && m[3] === "电视" && m[5] === "是");
  eq(tvCase.length, 1, "C1 tv case");
  eq(tvCase[0][2], "省级", "C1 tv case level");

  // ---------------- materials ----------------
  const MA = [["2021-01-20", "花都区电子商务进农村综合示范工作阶段性经验总结"], ["2021-06-30", "花都区电商帮扶相对贫困户典型案例"], ["2021-09-14", "花都区电子商务进农村综合示范工作总结"]];
  const marows = [["经验材料报送记录", null, null, null], ["序号", "报送日期", "材料名称", "报送对象"]];
  MA.forEach((m, i) => marows.push([i + 1, fmt(m[0], "cn"), m[1], "广州市商务局"]));
  sheets.push({ name: "附表12 经验材料", rows: marows, merges: ["A1:D1"] });
  eq(MA.filter((m) => m[0] <= CUTOFF).length, 2, "C1 materials");

  // ---------------- facts sheet (自评情况) ----------------
  const blocks = [
    ["基本情况", null, [
      ["县（市、区）", "花都区", null],
      ["考评截止日期", "2021年8月31日", "省商务厅考评通知"],
      ["常住人口", "164.25万人", "第七次全国人口普查"],
      ["行政村数", "42个", "另有社区6个（含涉农社区2个），见附表2"],
      ["省定贫困村数", "0个", "本区无省定贫困村"],
    ]],
    ["组织领导（2分）", 2, [
      ["领导小组组长", "区委副书记、区长", "花府办〔2020〕27号"],
      ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、邮政花都分公司", "花府办〔2020〕27号"],
    ]],
    ["方案制定（2分）", 2, [
      ["示范县工作方案是否正式印发", "是", "花府办函〔2020〕45号"],
      ["方案制定自评（1-2分）", "2分", null],
    ]],
    ["政策支持（2分）", 2, [
      ["是否出台支持农村电商发展政策", "是", "《花都区促进农村电子商务发展若干措施》"],
      ["政策支持自评（1-2分）", "2分", null],
    ]],
    ["项目管理（4分）", 4, [
      ["项目管理制度及建设、验收环节落实自评（1-2分）", "2分", "《花都区电子商务进农村综合示范项目管理办法》"],
      ["工作台账自评（1-2分）", "2分", "附表2—附表12"],
    ]],
    ["服务体系建设：县级中心及产业园（15分）", 14, [
      ["区电子商务公共服务中心投入运营日期", "2020年12月18日", "运营服务合同、揭牌活动照片"],
      ["有免费培训场所、培训设备，能组织电商基础培训", "有", null],
      ["为特色农产品提供免费展示、销售服务", "有", null],
      ["为电子商务市场主体提供免费摄影、美工服务", "无（由运营方按市场价收费）", null],
      ["组织农产品统一推广、指导特色农产品品牌建设", "有", null],
      ["为电子商务发展提供其他衍生增值服务", "有", "代办营业执照、商标注册"],
      ["建设或整合、优化当地电商产业园", "是", "花都区电商产业园（狮岭镇），入驻企业见附表6"],
    ]],
    ["服务体系建设：村级站点（10分）", 10, [
      ["村级站点覆盖情况", "见附表2、附表3", null],
    ]],
    ["农村产品上行（10分）", 9, [
      ["网销调研自评（1-2分）", "2分", "《花都区农产品网络销售调研报告》"],
      ["网络促销活动自评（1-2分）", "2分", "“花都好物”年货节等"],
      ["有专业第三方电子商务运营或服务商", "是", "广州市花都区数智电商运营有限公司"],
      ["行政村物流快递覆盖率100%", "是", null],
      ["交易标准与冷链、溯源系统自评（1-2分）", "1分", "溯源系统已上线，交易标准未出台"],
      ["2019年农村网络零售额", "68.4亿元", "区统计局"],
      ["2020年农村网络零售额", "85.2亿元", "区统计局"],
      ["2019年农产品网络零售额", "9.35亿元", "区统计局"],
      ["2020年农产品网络零售额", "12.46亿元", "区统计局"],
    ]],
    ["电商人才培训（20分）", 18, [
      ["电商培训人次", "4,608人次", "附表4、附表5"],
      ["有劳动能力的相对贫困人口（不含外出务工）", "22人", "区乡村振兴局提供，附表7"],
      ["参加电商培训的相对贫困人口", "12人", "附表5"],
    ]],
    ["信息公开（4分）", 4, [
      ["专栏公示创建方案", "是", "附表10"],
      ["专栏公示项目基本信息", "是", null],
      ["专栏公示项目建设进度", "是", null],
      ["设立征求意见或监督举报窗口", "是（监督举报电话、邮箱）", null],
    ]],
    ["数据上报（6分）", 6, [
      ["每月向广州市商务局报送工作情况", "按月报送", "附表9"],
      ["能统计电商扶贫情况", "是", null],
    ]],
    ["案例总结（2分）", 2, [
      ["向市商务局报送经验材料", "已报送", "附表12"],
    ]],
    ["经验推广（8分）", 8, [
      ["主流媒体宣传报道", "省级、市级、区级媒体均有报道", "附表11"],
    ]],
    ["制度建立（5分）", 5, [
      ["是否制定资金管理制度", "是", "花商〔2020〕12号"],
      ["资金管理制度自评（1-5分）", "5分", null],
    ]],
    ["资金台账（5分）", 4, [
      ["是否建立资金专用台账", "是", "附表8"],
      ["资金台账自评（1-5分）", "4分", null],
    ]],
    ["资金支出（5分）", 4, [
      ["下达省级专项资金", "500万元", "粤财工〔2019〕×号"],
      ["累计拨付资金", "356.2万元", "附表8"],
      ["资金及时拨付自评（1-5分）", "4分", null],
      ["项目总体进度", "90%", null],
    ]],
    ["加分项：贫困人口培训率70%及以上（2分）", 0, [
      ["相对贫困人口培训率", "未达70%", null],
    ]],
    ["加分项：电商扶贫典型案例获电视播报（国家级2分，省级1分）", 1, [
      ["电视播报情况", "广东广播电视台珠江频道2021年5月27日播出", "附表11"],
    ]],
    ["一票否决项", null, [
      ["是否发生安全生产、质量事故或重大经济损失", "否", null],
      ["是否存在弄虚作假", "否", null],
    ]],
  ];
  const ids = [null, "org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
    "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase", null];
  eq(ids.length, blocks.length, "C1 block ids");
  const frows2 = [
    ["花都区电子商务进农村综合示范工作自评情况", null, null, null, null, null],
    ["填报单位：广州市花都区商务局（盖章）", null, null, "填报日期：2021年9月3日", null, null],
    ["序号", "评价指标（分值）", "考评内容", "填报情况", "佐证材料", "自评分"],
  ];
  const fm = ["A1:F1", "A2:C2", "D2:F2"];
  const claimed = {};
  let no = 0;
  blocks.forEach(([ind, score, items], bi) => {
    const start = frows2.length + 1;
    items.forEach((it, j) => {
      no++;
      frows2.push([no, j === 0 ? ind : null, it[0], it[1], it[2], j === 0 ? score : null]);
    });
    const end = frows2.length;
    if (end > start) fm.push(`B${start}:B${end}`, `F${start}:F${end}`);
    if (ids[bi]) claimed[ids[bi]] = score;
  });
  const claimedTotal = Object.values(claimed).reduce((a, b) => a + b, 0);
  frows2.push(["合计", null, null, null, null, claimedTotal]);
  fm.push(`A${frows2.length}:E${frows2.length}`);
  frows2.push(["填表人：骆××　　　　审核人：江××　　　　联系电话：020-3689××××", null, null, null, null, null]);
  fm.push(`A${frows2.length}:F${frows2.length}`);
  eq(claimedTotal, 95, "C1 claimed 合计");

  const toc = [
    ["花都区电子商务进农村综合示范创建考评台账目录", null, null],
    ["序号", "表名", "责任单位"],
    [1, "自评情况（附表1）", "区商务局"],
    [2, "附表2 村（居）委会名单", "区民政局、区商务局"],
    [3, "附表3 站点清单", "区商务局"],
    [4, "附表4 普及培训台账", "区电商公共服务中心"],
    [5, "附表5 贫困户专场签到表", "区电商公共服务中心"],
    [6, "附表6 产业园入驻企业", "产业园运营中心"],
    [7, "附表7 相对贫困人口名单", "区乡村振兴局"],
    [8, "附表8 资金拨付台账", "区商务局财务室"],
    [9, "附表9 月报报送登记", "区商务局"],
    [10, "附表10 专栏更新记录", "区商务局"],
    [11, "附表11 宣传报道", "区商务局"],
    [12, "附表12 经验材料", "区商务局"],
    ["广州市花都区商务局　2021年9月", null, null],
  ];
  const allSheets = [
    { name: "目录", rows: toc, merges: ["A1:C1", `A${toc.length}:C${toc.length}`] },
    { name: "自评情况", rows: frows2, merges: fm },
    ...sheets.slice().sort((a, b) => Number(/附表(\d+)/.exec(a.name)[1]) - Number(/附表(\d+)/.exec(b.name)[1])),
  ];

  // ---------------- points ----------------
  const P = {};
  P["org.leadership"] = 2;
  P["org.plan"] = 2;
  P["org.policy"] = 2;
  P["org.management"] = 2 + 2;
  const centerOpened = "2020-12-18";
  const centerItems = [
    centerOpened <= CUTOFF ? 2 : 0,
    centerOpened <= "2021-02-28" ? 2 : 0,
    2, 1, 0, 1, 1, 2,
    inPark.size >= 20 ? 2 : 0,
    types.size >= 3 ? 1 : 0,
  ];
  P["work.center"] = centerItems.reduce((a, b) => a + b, 0);
  P["work.coverage"] = (covered * 100 >= 42 * 70 ? 5 : covered * 100 >= 42 * 50 ? 2 : 0) + 5;
  const rural = 85.2 / 68.4 - 1, agri = 12.46 / 9.35 - 1;
  assert(rural < 0.3 && agri >= 0.3, "C1 growth");
  P["work.upward"] = 2 + 2 + 1 + (expressAll ? 1 : 0) + 1 + 2;
  P["work.training"] = 8 + (trained.size * 100 >= eligible.length * 50 ? 10 : 0);
  P["info.disclosure"] = 2 + (disMonths.size === 12 ? 2 : disMonths.size > 0 ? 1 : 0);
  P["info.reporting"] = (repMonths.size === 12 ? 3 : repMonths.size > 0 ? 1 : 0) + 3;
  P["promo.cases"] = 2;
  P["promo.media"] = mediaPts;
  P["fund.system"] = 5;
  P["fund.ledger"] = 4;
  P["fund.spending"] = fundWithin * 100 >= allocated * 70 ? 4 : -5;
  P["bonus.poorTraining"] = trained.size * 100 >= eligible.length * 70 ? 2 : 0;
  P["bonus.tvCase"] = 1;
  P["veto.incident"] = 0;
  P["veto.progress"] = 0;
  P["veto.fraud"] = 0;
  const scoredIds = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"];
  const scored = scoredIds.reduce((a, id) => a + P[id], 0);
  const bonus = Math.min(4, P["bonus.poorTraining"] + P["bonus.tvCase"]);
  const total = scored + bonus;
  eq(P["work.center"], 14, "C1 center");
  eq(P["work.coverage"], 10, "C1 coverage");
  eq(P["work.upward"], 8, "C1 upward");
  eq(P["work.training"], 18, "C1 training");
  eq(P["info.reporting"], 4, "C1 reporting");
  eq(scored, 91, "C1 scored");
  eq(bonus, 1, "C1 bonus");
  eq(total, 92, "C1 total");

  const pct = (a, b, d) => ((a / b) * 100).toFixed(d) + "%";
  derivation.push(
    "asOf: 自评情况“考评截止日期 2021年8月31日” → 2021-08-31",
    "org.leadership: 组长“区委副书记、区长”（主要领导），成员单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案已印发（花府办函〔2020〕45号），方案制定自评2分 → 2",
    "org.policy: 已出台政策，政策支持自评2分 → 2",
    "org.management: 项目管理制度自评2 + 工作台账自评2 → 4",
    `work.center: 中心2020-12-18投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（运行满6个月）→ 2；免费培训有 → 2；免费展示销售有 → 1；免费摄影美工“无（按市场价收费）” → 0；统一推广品牌建设有 → 1；其他衍生服务有 → 1；产业园是 → 2；入驻企业附表6共${ENT.length}行：序号8于2021-05-31退出、序号23于2021-09-06入驻，均不计；序号16与序号1统一社会信用代码相同（更名）算1家；序号14退出时间2021-10-15在截止日后，截止日仍在园；序号22“2021年8月”入驻算在园 → 截止日在园${inPark.size}家 ≥ 20 → 2；类型平台型、销售型、电商运营服务商、物流快递共${types.size}种 ≥ 3 → 1；合计${P["work.center"]}`,
    `work.coverage: 附表2共48个村（居），类别“社区居委会”4个、“涉农社区”2个不是行政村 → 行政村42个，基数 min(42,200)=42；附表3站点${sseq}个：赤坭社区、花东社区居委会2个站点在社区不计，梯面林场不在名单（警告）不计，大涡村唯一站点2021-09-08挂牌在截止日后不计，洛场村有2个站点（洛场村委会/洛场村民委员会）算1村 → 覆盖${covered}个行政村，${covered}/42 = ${pct(covered, 42, 1)} ≥ 70% → 5；本区无省定贫困村（自评情况“省定贫困村数 0个”）→ 5（无省定贫困村，警告）；合计10`,
    `work.upward: 网销调研自评2；网络促销自评2；第三方运营商是 → 1；附表2有快递列，石坑村委会为“×”，行政村快递覆盖未达100% → 0（与自评情况“是”不符，警告）；交易标准与冷链溯源自评1；农村网零 85.2/68.4 − 1 = ${pct(85.2 - 68.4, 68.4, 1)} < 30%，农产品网零 12.46/9.35 − 1 = ${pct(12.46 - 9.35, 9.35, 1)} ≥ 30% → 2；合计${P["work.upward"]}`,
    `work.training: 常住人口164.25万 > 50万，基数500000；附表4普及培训截止日前25期合计4350人次（第26期2021.9.15的210人次和合计行不计，第13期“${rangeCell}”按结束日），附表5贫困户专场签到48行中截止日前42行（2021.9.10的6行不计）→ ${personTimes}人次，${personTimes}/500000 = ${pct(personTimes, 500000, 4)}（0.8%–1%）→ 8；附表7相对贫困人口40人，有劳动能力且不外出务工${eligible.length}人（8名外出务工、10名无劳动能力不计），截止日前签到的身份证号与之相符的${trained.size}人（两人签到表身份证末位写小写x，仍是同一人；两人参加两期只算一次；一名只参加9月专场不计；3名外出务工、2名无劳动能力者的签到不计）→ ${trained.size}/${eligible.length} = ${pct(trained.size, eligible.length, 1)} ≥ 50% → 10（自评情况“参加培训12人”与名单不符，以名单为准并警告）；合计18`,
    `info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报窗口均为是 → 2；附表10更新记录2020-09至2021-08每月都有 → 按月 → 2；合计4`,
    `info.reporting: 附表9按“报送日期”：2021年1月、2月月报都在2021-03-02报送，2021年2月没有任何报送，2020-09至2021-08中${repMonths.size}/12个月有报送 → 不定时 → 1（按“所属月份”看似每月都有，但计的是报送日期）；能统计电商扶贫情况是，且月报有“是否含电商扶贫数据=是” → 3；合计4`,
    "promo.cases: 附表12经验材料2021-01-20、2021-06-30报广州市商务局（2021-09-14一条在截止日后）→ 2",
    "promo.media: 截止日前有省级（南方日报、广东广播电视台）4 + 市级（广州日报）3 + 区级即县级（花都区融媒体中心）1 = 8（人民网2021-09-08在截止日后，不计）→ 8",
    "fund.system: 已制定资金管理制度，自评5 → 5",
    "fund.ledger: 已建立资金专用台账，自评4 → 4",
    `fund.spending: 附表8“金额（元）”列，“28.6万”“12.5万”“23.4万”按万元折为286000、125000、234000元，含一笔退回-18000元；截止日前14笔合计${fundWithin}元（2021-09-16的300000元和合计行不计）/ 下达5000000元 = ${pct(fundWithin, allocated, 2)} ≥ 70% → 按自评及时拨付4分 → 4`,
    `bonus.poorTraining: 贫困人口培训率${pct(trained.size, eligible.length, 1)} < 70% → 0`,
    "bonus.tvCase: 2021-05-27广东广播电视台珠江频道（省级电视）播报电商扶贫典型案例 → 1",
    "veto.incident: 否 → 0；veto.progress: 项目总体进度90% ≥ 40% → 0；veto.fraud: 否 → 0",
    `total: 2+2+2+4+14+10+8+18+4+4+2+8+5+4+4 = ${scored}，加分 min(0+1, 4) = 1 → ${total}（县自评95）`,
  );
  write("counties", "b80-c1-huadu.json", {
    description:
      "广州市花都区商务局整本考评工作簿（13个表：目录、自评情况、附表2—附表12），中上（92分，含加分1分，未否决；县自评95分）。自评情况表按评价指标分块（序号|评价指标（分值）纵向合并|考评内容|填报情况|佐证材料|自评分纵向合并），判断项写“××自评（1-2分）｜2分”。要点：常住人口164.25万（培训基数按50万封顶）；本区无省定贫困村（0个，贫困村覆盖给5分）；村（居）名单“类别”有“社区居委会”和“涉农社区”（都不是行政村），名单有快递列且石坑村为×（覆盖率未达100%，自评填“是”）；站点清单有两个社区站点、一个林场站点、一个截止日后挂牌、一村两站；普及培训按期次记人次（人次有数字也有“210人次”文本，一个两天班写成日期区间，另有9月一期和合计行），贫困户专场另有逐人签到（两人身份证末位小写x、一人只参加9月专场）；贫困人口名单含外出务工和无劳动能力者；入驻企业有更名同代码、截止日后退园、只写到月的入驻；资金台账“金额（元）”列夹着“28.6万”等万元写法和一笔退回负数；月报“所属月份”每月都有，但1月、2月月报都在3月2日报送，2021年2月无报送；宣传报道级别写“区级”。",
    sheets: allSheets,
    expect: {
      asOf: "2021-08-31",
      total,
      bonus,
      vetoed: false,
      points: P,
      claimed,
    },
    derivation,
  });
  // claimed points vs computed: differences the reviewer should see
  eq(claimed["work.upward"] - P["work.upward"], 1, "C1 upward claim diff");
  eq(claimed["info.reporting"] - P["info.reporting"], 2, "C1 reporting claim diff");
}

buildF1();
buildF2();
buildF3();
buildL1();
buildL2();
buildC1();
console.log("ok");
