"use strict";
// Batch 99 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------- helpers ----------
function write(folder, name, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name + ".json"), JSON.stringify(obj, null, 2) + "\n");
}
const D = (s) => ({ date: s });
function assert(cond, msg) {
  if (!cond) throw new Error("self-check failed: " + msg);
}
function colName(n) { // 0 -> A
  let s = "";
  n += 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function pad(rows, width) { // make rows rectangular
  return rows.map((r) => { const x = r.slice(); while (x.length < width) x.push(null); return x; });
}

// =====================================================================
// facts/b99-f1-doumen — YAML 配置文件原样粘进 A 列
// =====================================================================
function caseF1() {
  const yaml = [
    "# ==========================================================",
    "# 斗门区电子商务进农村综合示范 考评数据大屏 —— 数据配置",
    "# 文件：kaoping_doumen.yaml（大屏程序启动时读取）",
    "# 维护：区电商公共服务中心运营组　　本文件最后修改：2021-09-02",
    "# 约定：人数按“人”、金额按“元”填整数；比例填小数（0.88＝88%）；",
    "#       是否项填 true / false（yes / no 也可以）；~ 表示未填",
    "# ==========================================================",
    "version: 3",
    "meta:",
    "  county: 斗门区",
    "  as_of: 2021-08-31          # 考评截止日期（数据口径）",
    "  updated: 2021-09-02        # 本文件修改日期，不是数据日期",
    "  source: 区商务局电商股核定稿（9月1日）",
    "",
    "base:",
    "  # resident_population: 452000   # 旧值：2019年末常住人口，已停用",
    "  resident_population: 471900      # 常住人口（七普）",
    "  household_population: 380012     # 户籍人口，大屏只作对比，不参与测算",
    "  towns: 6                         # 5个镇、1个街道",
    "  admin_villages: 105              # 行政村（村委会）",
    "  communities: 22                  # 社区（居委会），不计入行政村",
    "  poor_villages: 0                 # 省定贫困村：本区没有",
    "",
    "leadership:",
    "  group_leader: 区委副书记、区长",
    "  deputy_leader: 副区长（分管商务）",
    "  members:",
    "    - 区商务局",
    "    - 区财政局",
    "    - 区农业农村局",
    "    - 区乡村振兴局（原区扶贫办）",
    "    - 区市场监管局",
    "    - 区交通运输局",
    "    - 斗门邮政分公司",
    "  plan_issued: true          # 《斗门区电子商务进农村综合示范创建工作方案》珠斗府办函〔2020〕21号",
    "  policy_issued: yes         # 《斗门区扶持农村电子商务发展若干措施》",
    "",
    "center:",
    "  name: 斗门区电子商务公共服务中心",
    "  opened: 2020-11-26         # 投入运营日期",
    "  services:                  # 是否免费提供",
    "    training: true           # 免费培训场所、设备，能组织电商基础培训",
    "    display: true            # 特色农产品免费展示、销售",
    "    photo: false             # 摄影、美工按成本价收费（不免费）",
    "    brand: true              # 组织农产品统一推广、指导品牌建设",
    "    other: true              # 其他衍生增值服务（代办执照、物流对接等）",
    "park:",
    "  built: true                # 斗门区农村电商产业园（白蕉镇）",
    "  enterprises: 23            # 入驻企业数，以附件台账为准",
    "third_party_operator: true   # 运营服务商：珠海××网络科技有限公司",
    "",
    "logistics:",
    "  express_village_coverage: 1.0   # 行政村快递覆盖率（比例），即100%",
    "",
    "retail:                      # 单位：元",
    "  rural:                     # 农村网络零售额",
    "    2019: 2860000000         # 28.6亿",
    "    2020: 3410000000         # 34.1亿",
    "  agri:                      # 农产品网络零售额",
    "    2019: 412000000",
    "    2020: 529000000",
    "  # 同比增速由大屏程序计算，此处不填",
    "",
    "training:",
    "  person_times: 4_812        # 培训人次（截至8月31日）",
    "  poor_eligible: 312         # 有劳动能力建档立卡贫困人口（不含外出务工）",
    "  poor_trained: 171          # 其中参加过电商培训的（按人，不按人次）",
    "",
    "disclosure:                  # 区政府网站专栏",
    "  plan: true                 # 公示创建方案",
    "  projects: true             # 公示项目基本信息",
    "  progress: true             # 每月公示项目建设进度",
    "  window: false              # 征求意见/监督举报窗口：8月底未设，9月6日补设",
    "reporting:",
    "  poverty_statistics: true   # 能统计电商扶贫情况",
    "",
    "fund:",
    "  allocated: 5_000_000       # 省级专项资金下达",
    "  spent: 4_036_500           # 累计拨付（截至8月31日）",
    "  management_rules: true     # 已制定资金管理制度",
    "  dedicated_ledger: true     # 已建立资金专用台账",
    "  overall_progress: 0.88     # 项目总体进度",
    "",
    "veto:",
    "  safety_or_quality_incident: false",
    "  fraud: false",
    "",
    "self_score:                  # 主观评分项自评（分）",
    "  plan: &two 2               # 方案制定（1-2）",
    "  policy: *two               # 政策支持（1-2）",
    "  mgmt_system: *two          # 项目管理制度（1-2）",
    "  mgmt_ledger: 1             # 工作台账（1-2）",
    "  upward_research: 2         # 网销调研（1-2）",
    "  upward_promotion: 1        # 网络促销活动（1-2）",
    "  upward_standards: ~        # 交易标准与冷链溯源（1-2）：待局领导定",
    "  fund_system: 5             # 资金管理制度（1-5）",
    "  fund_ledger: 4             # 资金台账（1-5）",
    "  fund_spending: 4           # 资金及时拨付（1-5）",
    "",
    "display:                     # 以下为大屏显示设置，与考评数据无关",
    "  theme: dark",
    "  refresh_seconds: 300",
    "  title: \"斗门电商进农村 · 数说两年\"",
    "  ticker:",
    "    - \"行政村快递覆盖率100%\"",
    "    - \"培训4812人次\"",
    "    - \"省级专项资金500万元\"",
  ];
  const rows = [
    ["说明：区电商中心大屏读取的数据配置文件 kaoping_doumen.yaml，用记事本打开后全选复制，粘贴在A列（一行一格，缩进保留）。以电商股9月1日核定稿为准。"],
    ...yaml.map((l) => [l === "" ? null : l]),
  ];
  write("facts", "b99-f1-doumen", {
    description: "斗门区（珠海）商务局电商股交来的事实表是区电商中心“考评数据大屏”的YAML配置文件（kaoping_doumen.yaml）用记事本打开后整篇粘进A列（一行一格，保留缩进、#注释、- 列表）：键名是英文/拼音（resident_population、poor_eligible…），中文含义只在行尾#注释里；是否项有true/false也有yes；数字带下划线分组（4_812、5_000_000）；自评分用YAML锚点与别名（plan: &two 2，policy: *two，mgmt_system: *two）；~ 表示未填（交易标准与冷链溯源自评未填）；快递覆盖写成比例1.0；陷阱：注释掉的旧常住人口、户籍人口、文件修改日期、大屏刷新秒数、社区数、入驻企业数。",
    sheets: [{ name: "大屏配置（yaml）", rows }],
    expect: {
      facts: {
        county: "斗门区",
        asOf: "2021-08-31",
        residentPopulation: 471900,
        adminVillagesStated: 105,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-11-26",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 2860000000,
        ruralRetail2020: 3410000000,
        agriRetail2019: 412000000,
        agriRetail2020: 529000000,
        trainingPersonTimesStated: 4812,
        eligiblePoorPersonsStated: 312,
        trainedPoorPersonsStated: 171,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4036500,
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
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
}

// =====================================================================
// facts/b99-f2-conghua — 《从化年鉴（2021）》条目摘录
// =====================================================================
function caseF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const para = (t) => { rows.push([t]); merges.push(`A${rows.length}:F${rows.length}`); };
  const credit = (t) => { rows.push([null, null, null, null, null, t]); };
  const blank = () => rows.push([null]);
  para("从化年鉴（2021）摘录");
  rows.push(["县（市、区）：从化区", null, null, "摘录：区商务局电商股　2021年9月2日"]);
  para("说明：以下摘自《从化年鉴（2021）》“区情概况”和“商务”类目（第12页、第186—189页），照原文录入，一段一格。年鉴记述时限为2020年1月1日—12月31日，条目中只写月、日的均为2020年。");
  blank();
  para("区情概况");
  para("【人口】2020年末，全区户籍人口65.82万人，比上年增长1.6%。根据第七次全国人口普查结果，全区常住人口72.36万人。全区辖3个街道、5个镇，221个行政村、40个社区。");
  credit("（撰稿：区统计局　黎××）");
  blank();
  para("商　　务");
  para("【概况】2020年，全区实现社会消费品零售总额318.6亿元，下降3.1%；外贸进出口总额86.4亿元，增长5.2%；实际使用外资2.15亿美元。");
  para("【电子商务进农村综合示范区创建】2019年11月，从化区获批2019年省级电子商务进农村综合示范区。1月，成立以区委副书记、区长为组长，分管副区长为常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、中国邮政从化区分公司和各镇（街）为成员单位的创建工作领导小组；3月，区政府办公室印发《广州市从化区电子商务进农村综合示范创建工作方案》。省财政下达专项资金500万元。");
  para("【政策扶持】5月，出台《从化区促进农村电子商务发展扶持办法（试行）》，在资金、场地、人才等方面对农村电商企业和创业者给予支持。");
  para("【区电子商务公共服务中心】9月28日，位于街口街的区电子商务公共服务中心投入运营，建筑面积1500平方米，设培训教室、直播间、摄影棚");
  rows.push(["商　　务", null, null, null, null, "·187·"]);
  para("和农特产品展示厅，为电商企业、合作社和农户提供免费电商培训、免费农特产品展示展销和免费摄影美工服务，组织荔枝、流溪娟鱼、从化柑等特色农产品统一推广，指导“从化荔枝”等区域公用品牌建设。");
  para("【农村电子商务产业园】12月18日，从化区农村电子商务产业园在太平镇揭牌，首批入驻企业14家，涵盖电商平台、网店销售、代运营和物流快递等类型。");
  para("【农村物流】整合邮政、快递资源，建成区、镇、村三级物流配送体系，年底实现全区行政村快递服务全覆盖。");
  para("【农村网络零售】2020年，全区农村网络零售额18.62亿元，同比增长32.4%；农产品网络零售额5.08亿元，同比增长26.7%。引进广州穗农电子商务有限公司作为第三方运营服务商，为本地企业和合作社提供店铺代运营、直播带货等服务。");
  para("表1　2020年从化区电子商务主要指标");
  rows.push(["指标", "单位", "2020年", "比上年增长（%）"]);
  rows.push(["农村网络零售额", "亿元", 18.62, 32.4]);
  rows.push(["农产品网络零售额", "亿元", 5.08, 26.7]);
  rows.push(["村级电商服务站点", "个", 126, "—"]);
  rows.push(["电商培训", "期", 38, "—"]);
  rows.push(["快递业务量", "万件", 5230, 18.6]);
  rows.push(["（资料来源：区商务局、中国邮政从化区分公司）"]);
  para("【电商培训】全年组织农村电商普及培训和直播带货、网店运营等增值培训38期，其中建档立卡贫困户专场6期。");
  para("【信息公开】在区政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案和财政资金扶持项目基本信息，按月公布项目建设进度，设立监督举报窗口。");
  para("【电商扶贫】建立电商扶贫统计制度，按月统计建档立卡贫困户参加电商培训和通过电商带动增收情况，随月报报送市商务局。");
  credit("（撰稿：区商务局　陈××）");
  para("【消费帮扶】全年组织采购、销售对口帮扶地区农产品1.26亿元，在区电子商务公共服务中心设消费帮扶专区。");
  credit("（撰稿：区商务局　何××）");
  write("facts", "b99-f2-conghua", {
    description: "从化区（广州）商务局电商股交来的事实表是《从化年鉴（2021）》“区情概况”“商务”类目的条目摘录：一段一格（合并A:F），条目名写在段首【】里（【人口】【电子商务进农村综合示范区创建】【区电子商务公共服务中心】…），条目后右侧“（撰稿：…）”行；年鉴只记2020年，条目里日期只写月日（“9月28日”“12月18日”，年份要从摘录说明“记述时限为2020年”取）；中心条目被分页打断，中间夹着页眉行“商　　务 ·187·”；条目中间夹“表1 2020年从化区电子商务主要指标”（指标|单位|2020年|比上年增长（%））；零售额只有2020年值和增速（2019年值不写、不反推）；无截止日期、无自评分。陷阱：户籍人口、社会消费品零售总额、外贸、站点数、培训期数、快递业务量、消费帮扶额、摘录日期。",
    sheets: [{ name: "年鉴摘录", rows: pad(rows, W), merges }],
    expect: {
      facts: {
        county: "从化区",
        residentPopulation: 723600,
        adminVillagesStated: 221,
        planIssued: true,
        policyIssued: true,
        fundAllocated: 5000000,
        centerOpened: "2020-09-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        expressCoverage: true,
        thirdPartyOperator: true,
        ruralRetail2020: 1862000000,
        ruralRetailGrowthStated: 0.324,
        agriRetail2020: 508000000,
        agriRetailGrowthStated: 0.267,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
}

// =====================================================================
// facts/b99-f3-chenghai — Excel“合并计算”（带源数据链接）结果 + 区级数据
// =====================================================================
function caseF3() {
  const W = 4;
  const rows = [];
  const merges = [];
  const towns = ["凤翔街道", "广益街道", "澄华街道", "莲上镇", "莲下镇", "东里镇", "盐鸿镇", "莲华镇", "溪南镇", "隆都镇", "上华镇"];
  const items = [
    ["行政村数（个）", [4, 6, 5, 14, 16, 18, 12, 13, 15, 20, 19], 142],
    ["社区数（个）", [12, 10, 14, 2, 3, 4, 1, 1, 2, 2, 1], 52],
    ["省定贫困村数（个）", [0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1], 3],
    ["快递未通达行政村（个）", [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1], 3],
    ["村级电商服务站点（个）", [2, 3, 3, 9, 11, 12, 9, 9, 10, 14, 13], 95],
    ["电商培训人次（人次）", [120, 96, 140, 210, 185, 260, 150, 175, 190, 280, 236], 5300, ["区电商公共服务中心", 3258]],
    ["有劳动能力建档立卡贫困人口（不含外出务工）（人）", [12, 9, 15, 48, 52, 61, 74, 43, 57, 96, 88], 555],
    ["其中：参加过电商培训（人）", [7, 5, 9, 26, 30, 33, 41, 22, 30, 54, 47], 304],
    ["建档立卡贫困户参训人次（人次）", [9, 6, 12, 35, 41, 44, 57, 30, 40, 73, 65], 412],
  ];
  const push = (r) => rows.push(r);
  push(["澄海区电子商务进农村综合示范创建考评基础数据"]); merges.push("A1:D1");
  push(["县（市、区）：澄海区", null, "数据截至2021年8月31日", "填报：区商务局电商股"]);
  push(["说明：第一部分由各镇（街道）按统一模板报送，电商股用Excel“数据—合并计算”（函数：求和；标签位置：首行、最左列；勾选“创建指向源数据的链接”）汇总。结果是分级显示：展开后每项上面几行是各来源工作簿的明细（B列为来源工作簿名），A列写着项目名的那一行是合计。“电商培训人次”另合并了区电商公共服务中心的报表。第二部分为区级数据，由电商股直接填写。"]);
  merges.push("A3:D3");
  push([null]);
  push(["一、各镇（街道）报表合并计算结果"]); merges.push(`A${rows.length}:D${rows.length}`);
  push([null, null, "数值", null]);
  for (const [label, vals, total, extra] of items) {
    let sum = 0;
    towns.forEach((t, i) => { push([null, t + "上报", vals[i], null]); sum += vals[i]; });
    if (extra) { push([null, extra[0] + "上报", extra[1], null]); sum += extra[1]; }
    assert(sum === total, label + " sum " + sum);
    push([label, null, total, null]);
  }
  push([null]);
  push(["二、区级数据（电商股填写）"]); merges.push(`A${rows.length}:D${rows.length}`);
  push(["项目", null, "内容", "备注"]);
  const kv = [
    ["常住人口", "88.41万人", "第七次全国人口普查"],
    ["户籍人口", "84.90万人", "2020年末公安户籍数，仅供参考"],
    ["领导小组组长", "区委常委、常务副区长", "副组长：区商务局局长"],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区工业和信息化局、区市场监管局", null],
    ["示范创建工作方案", "已印发", "澄府办函〔2020〕9号"],
    ["支持农村电商发展的政策", "已出台", "《澄海区促进农村电子商务发展扶持措施》"],
    ["区电子商务公共服务中心投入运营时间", "2021年1月", "1月试运营即对外服务"],
    ["免费培训场所、培训设备，能组织电商基础培训", "有", null],
    ["特色农产品免费展示、销售服务", "有", null],
    ["免费摄影、美工服务", "有", null],
    ["组织农产品统一推广、指导品牌建设", "有", null],
    ["其他衍生增值服务", "有", "代办证照、供应链对接"],
    ["电商产业园", "已建成", "整合提升澄海玩具电商产业园"],
    ["专业第三方电子商务运营服务商", "有", null],
    ["2019年农村网络零售额", "96.3亿元", null],
    ["2020年农村网络零售额", "118.7亿元", null],
    ["2019年农产品网络零售额", "4.12亿元", null],
    ["2020年农产品网络零售额", "5.46亿元", null],
    ["专栏公示创建方案", "√", "区政府网“电子商务进农村”专栏"],
    ["专栏公示项目基本信息", "√", null],
    ["专栏公示项目建设进度", "√", "每月更新"],
    ["专栏设立征求意见或监督举报窗口", "√", null],
    ["能统计电商扶贫情况", "是", null],
    ["省级专项资金下达总额", "500万元", null],
    ["累计拨付（截至8月31日）", "387.2万元", null],
    ["资金管理制度", "已制定", null],
    ["资金专用台账", "已建立", null],
    ["项目总体进度", "85%", null],
    ["发生安全生产、质量事故或重大损失", "无", null],
    ["弄虚作假", "无", null],
    ["【主观项自评】方案制定（1-2分）", "2分", null],
    ["【主观项自评】政策支持（1-2分）", "1分", "政策出台较晚"],
    ["【主观项自评】项目管理制度（1-2分）", "2分", null],
    ["【主观项自评】工作台账（1-2分）", "2分", null],
    ["【主观项自评】网销调研并形成针对性建议（1-2分）", "1分", null],
    ["【主观项自评】网络促销活动成效（1-2分）", "2分", null],
    ["【主观项自评】交易标准、冷链和溯源系统（1-2分）", "1分", null],
    ["【主观项自评】资金管理制度（1-5分）", "4分", null],
    ["【主观项自评】资金台账（1-5分）", "5分", null],
    ["【主观项自评】资金及时拨付（1-5分）", "4分", null],
  ];
  for (const [a, c, d] of kv) push([a, null, c, d]);
  push(["填表人：郑××　　审核：林××　　2021年9月3日"]);
  write("facts", "b99-f3-chenghai", {
    description: "澄海区（汕头）商务局电商股的《考评基础数据》：上半是Excel“数据—合并计算”（勾选“创建指向源数据的链接”）汇总11个镇（街道）报表的原样结果——分级显示展开后，每个项目先是各来源工作簿的明细行（A列空、B列是来源工作簿名“××镇上报”、C列是该镇数值），最后一行A列才写项目名、C列是合计；“电商培训人次”多合并了一个“区电商公共服务中心上报”；要读合计行（行政村142、省定贫困村3、快递未通达行政村3个即未全覆盖、培训5300人次、有劳动能力贫困人口555人、参训304人），不能把镇的明细当事实。下半“二、区级数据”是 项目|（空B列）|内容|备注，常务副区长任组长（分管领导），中心运营只写到月，主观项自评以“【主观项自评】”开头、分值写“2分”。陷阱：社区数、站点数、贫困户参训人次412、户籍人口、填表日期。",
    sheets: [{ name: "基础数据（合并计算）", rows: pad(rows, W), merges }],
    expect: {
      facts: {
        county: "澄海区",
        asOf: "2021-08-31",
        residentPopulation: 884100,
        adminVillagesStated: 142,
        poorVillagesStated: 3,
        expressCoverage: false,
        trainingPersonTimesStated: 5300,
        eligiblePoorPersonsStated: 555,
        trainedPoorPersonsStated: 304,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2021-01",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        ruralRetail2019: 9630000000,
        ruralRetail2020: 11870000000,
        agriRetail2019: 412000000,
        agriRetail2020: 546000000,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3872000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 5,
        "fund.spending": 4,
      },
      leadership: "deputy",
    },
  });
}

// =====================================================================
// ledgers/b99-l1-mazhang — 承建单位的村级站点施工进度横道图
// =====================================================================
function caseL1() {
  const months = [];
  for (let i = 0; i < 15; i++) {
    const y = 2020 + Math.floor((6 + i) / 12);
    const m = ((6 + i) % 12) + 1;
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  const FIRST = 5; // column F
  const W = FIRST + months.length + 1; // + 备注
  const LAST = colName(W - 1);
  const rows = [];
  const merges = [];
  rows.push(["麻章区村级电子商务服务站点建设施工进度横道图"]); merges.push(`A1:${LAST}1`);
  rows.push(["承建单位：湛江市海湾网络科技有限公司　　项目：麻章区电子商务进农村综合示范—村级服务站点建设（合同编号MZSW-2020-06）　　更新日期：2021年9月6日"]); merges.push(`A2:${LAST}2`);
  rows.push(["图例：━ 施工（进场至完工）　▲ 区商务局验收　★ 挂牌运营（★后的数字是挂牌当天的日期）　★迁 迁址后重新挂牌（挂牌日期以第一次★为准）　✕ 取消"]); merges.push(`A3:${LAST}3`);
  const h1 = ["序号", "镇", "站点名称", "所在村（社区）", "当前状态"];
  const h2 = [null, null, null, null, null];
  months.forEach((mk, i) => {
    const [y, m] = mk.split("-").map(Number);
    h1.push(i === 0 || m === 1 ? `${y}年` : null);
    h2.push(`${m}月`);
  });
  h1.push("备注"); h2.push(null);
  rows.push(h1); rows.push(h2);
  for (let c = 0; c < 5; c++) merges.push(`${colName(c)}4:${colName(c)}5`);
  merges.push(`${colName(FIRST)}4:${colName(FIRST + 5)}4`); // 2020年 7-12月
  merges.push(`${colName(FIRST + 6)}4:${colName(FIRST + 14)}4`); // 2021年 1-9月
  merges.push(`${LAST}4:${LAST}5`);
  // [town, station, village, status, marks{month: text}, note, opened|undefined]
  const S = [
    ["麻章镇", "旧县村电商服务站", "旧县村", "运营中", { "2020-07": "━━", "2020-08": "━★26", "2020-10": "▲" }, null, "2020-08-26"],
    ["麻章镇", "城家村电商服务站", "城家村委会", "运营中", { "2020-07": "━━", "2020-08": "━━", "2020-09": "★8", "2020-10": "▲" }, null, "2020-09-08"],
    ["麻章镇", "军屯村电商服务站", "军屯村", "运营中", { "2020-09": "━━", "2020-10": "━━★30", "2020-12": "▲" }, null, "2020-10-30"],
    ["麻章镇", "瑶头村电商服务站", "瑶头村民委员会", "运营中", { "2020-10": "━━", "2020-11": "★3", "2021-04": "━━", "2021-05": "★迁12" }, "2021年5月迁至村委会旁新址，重新挂牌", "2020-11-03"],
    ["麻章镇", "南山社区电商服务点", "南山社区", "运营中", { "2020-11": "━★20", "2021-01": "▲" }, null, "2020-11-20"],
    ["麻章镇", "谭葛村电商服务站", "谭葛村", "施工中", { "2021-07": "━━", "2021-08": "━━", "2021-09": "━━" }, "预计9月底完工", undefined],
    ["麻章镇", "黄外村电商服务站", "黄外村", "运营中", { "2021-08": "━━", "2021-09": "━★6" }, null, "2021-09-06"],
    ["麻章镇", "东岭村电商服务站", "东岭村", "取消", { "2020-12": "✕" }, "村内已有邮政便民服务站，经区商务局同意取消", undefined],
    ["太平镇", "通明村电商服务站", "通明村", "运营中", { "2020-07": "━━★28", "2020-09": "▲" }, null, "2020-07-28"],
    ["太平镇", "东岸村电商服务站", "东岸村", "运营中", { "2020-08": "━", "2020-09": "━━", "2020-10": "★12▲" }, "挂牌当天验收", "2020-10-12"],
    ["太平镇", "北坡村电商服务站", "北坡村委会", "运营中", { "2020-12": "━━", "2021-01": "★5" }, null, "2021-01-05"],
    ["太平镇", "三岭山村电商服务站", "三岭山村", "运营中", { "2021-01": "━━", "2021-02": "━━", "2021-03": "★" }, "挂牌日期待补（3月中旬）", "2021-03"],
    ["太平镇", "安岭村电商服务站", "安岭村", "运营中", { "2021-03": "━", "2021-04": "━━★２１" }, null, "2021-04-21"],
    ["太平镇", "通明村电商服务站（渔港二站）", "通明村", "运营中", { "2021-05": "━★10" }, "同村第二个站点", "2021-05-10"],
    ["太平镇", "坡尾村电商服务站", "坡尾村", "运营中", { "2021-06": "━━", "2021-07": "━━", "2021-08": "━★31" }, null, "2021-08-31"],
    ["太平镇", "龙头村电商服务站", "龙头村", "未开工", {}, "选址未定", undefined],
    ["湖光镇", "世乔村电商服务站", "世乔村", "运营中", { "2020-08": "━━", "2020-09": "━━★15", "2020-11": "▲" }, null, "2020-09-15"],
    ["湖光镇", "临西村电商服务站", "临西村", "运营中", { "2020-09": "━━", "2020-10": "━━", "2020-11": "━━", "2020-12": "★1▲" }, null, "2020-12-01"],
    ["湖光镇", "金满村电商服务站", "金满村", "运营中", { "2020-10": "━★22" }, null, "2020-10-22"],
    ["湖光镇", "湖光岩社区电商服务点", "湖光岩社区", "运营中", { "2021-02": "━━", "2021-03": "★9" }, null, "2021-03-09"],
    ["湖光镇", "文部村电商服务站", "文部村", "运营中", { "2021-04": "━━", "2021-05": "━━", "2021-06": "★18", "2021-07": "▲" }, null, "2021-06-18"],
    ["湖光镇", "那洋村电商服务站", "那洋村", "运营中", { "2021-07": "━━★29" }, null, "2021-07-29"],
    ["湖光镇", "调丰村电商服务站", "调丰村", "施工中", { "2021-08": "━━", "2021-09": "━━" }, null, undefined],
    ["湖光镇", "新坡村电商服务站", "新坡村", "运营中", { "2021-01": "━━★2021.1.15" }, null, "2021-01-15"],
  ];
  const records = [];
  let n = 0;
  let townStart = null;
  let prevTown = null;
  S.forEach(([town, st, vil, status, marks, note, opened], i) => {
    const r = [++n, town === prevTown ? null : town, st, vil, status];
    months.forEach((mk) => r.push(marks[mk] || null));
    r.push(note);
    rows.push(r);
    const rowNo = rows.length;
    if (town !== prevTown) {
      if (townStart !== null && rowNo - 1 > townStart) merges.push(`B${townStart}:B${rowNo - 1}`);
      townStart = rowNo;
      prevTown = town;
    }
    if (i === S.length - 1 && rowNo > townStart) merges.push(`B${townStart}:B${rowNo}`);
    const hasStar = Object.values(marks).some((t) => t.includes("★"));
    assert(hasStar === (opened !== undefined), st + " star/opened mismatch");
    if (opened !== undefined) records.push({ village: vil, opened });
  });
  assert(records.length === 20, "records " + records.length);
  rows.push(["合计：已挂牌20个（其中社区服务点2个），施工中2个，未开工1个，取消1个"]); merges.push(`A${rows.length}:${LAST}${rows.length}`);
  rows.push(["注：1. 挂牌日期＝★所在月份＋★后的日期；2. ▲验收晚于挂牌，验收月份不是建成日期；3. 本表按施工管理需要编制，进度截至2021年9月6日。"]); merges.push(`A${rows.length}:${LAST}${rows.length}`);
  rows.push(["编制：陈××（承建单位项目部）　　核对：区商务局电商股　吴××"]); merges.push(`A${rows.length}:${LAST}${rows.length}`);

  const helper = [["列", "月份", "月初", "月末"]];
  months.forEach((mk, i) => {
    const [y, m] = mk.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    helper.push([colName(FIRST + i), `${y}年${m}月`, D(`${mk}-01`), D(`${mk}-${String(last).padStart(2, "0")}`)]);
  });
  write("ledgers", "b99-l1-mazhang", {
    description: "麻章区（湛江）商务局电商股交的村级站点台账是承建单位项目部的《村级电子商务服务站点建设施工进度横道图》：标题、承建单位/合同编号/更新日期一行、图例一行（━施工、▲验收、★挂牌运营且★后数字为挂牌日、★迁 迁址重挂、✕取消），两行表头（序号|镇（纵向合并）|站点名称|所在村（社区）|当前状态，“2020年”合并在7月—12月之上、“2021年”合并在1月—9月之上，最后一列备注），月份格里是横道符号。挂牌日期要由★所在月份列加★后的日期拼出（“━★26”“★12▲”“━━★２１”全角、“━━★2021.1.15”整日期、只有“★”备注“日期待补”的只到月）；▲验收月和━施工月不是建站日期；瑶头村5月“★迁12”是迁址重挂，仍按第一次★；施工中、未开工、取消的行没有★，不是站点；黄外村9月挂牌照列；两个社区服务点照列；通明村有两站。另有隐藏的“月份对照（辅助）”表（真日期，不是台账）。",
    sheets: [
      { name: "施工进度横道图", rows: pad(rows, W), merges },
      { name: "月份对照（辅助）", rows: helper, hidden: true },
    ],
    expect: {
      sheets: {
        "施工进度横道图": { kind: "stations", records },
        "月份对照（辅助）": { kind: null },
      },
    },
  });
}

// =====================================================================
// ledgers/b99-l2-sanshui — FileZilla 传输记录（经验材料）+ 三调村级调查区属性表（村居）
// =====================================================================
function caseL2() {
  const note = [
    ["三水区经济和科技促进局电商股：经验材料报送记录及村（居）名单说明"],
    ["1. 佛山市商务局不收纸质经验材料：各区把经验材料、典型案例上传到市局信息报送FTP（政务外网）本区目录下的“经验材料”“典型案例”文件夹，月报上传到“月报”文件夹，宣传图片上传到“宣传”文件夹。"],
    ["2. 我股没有另外登记报送台账。“成功的传输”“失败的传输”两张表是FileZilla客户端同名标签页全选复制的结果（按完成时间排列；方向“-->>”为上传、“<<--”为下载；大小单位为字节）。"],
    ["3. 读法：上传到“经验材料”“典型案例”文件夹的文档，一份材料算一次报送，日期取上传完成时间；同一文件重传覆盖的只算第一次；随材料上传的图片压缩包是附件，不单独算；2021年5月8日4月份月报误传到“经验材料”文件夹，是月报不是经验材料；失败的传输不算。"],
    ["4. “村级调查区属性表”是区自然资源局提供的第三次全国国土调查村级调查区图层属性表（ArcGIS导出，节选大塘镇、芦苞镇），我股用来代替行政村名单：ZLDWMC（坐落单位名称）带“村民委员会”的是行政村，带“社区居民委员会”的是社区；一个村（社区）可能有几块图斑（BZ写“飞入地”），只算一个；国有林场分场、工业园区管委会不是村（居）委会。"],
    ["经办：区经科局电商股　梁××　2021年9月7日"],
  ];
  // ---- FileZilla 成功的传输 ----
  const H = ["服务器/本地文件", "方向", "远程文件", "大小", "优先级", "时间"];
  const L = "D:\\电商股\\";
  const R = "/三水区/";
  const ok = [
    ["ftp://10.168.12.30（sanshui_dsb）", null, null, null, null, null],
  ];
  const up = (local, remote, size, time) => ok.push([L + local, "-->>", R + remote, size, "正常", time]);
  const down = (local, remote, size, time) => ok.push([L + local, "<<--", remote, size, "正常", time]);
  const yb = (ym, t, folder) => {
    const [y, m] = ym;
    const f = `三水区电商进农村月报（${y}年${m}月）.xlsx`;
    up(`月报\\${f}`, `${folder || "月报"}/${f}`, "48,640", t);
  };
  down("下载\\关于报送电商进农村工作月报的通知.pdf", "/通知/关于报送电商进农村工作月报的通知.pdf", "215,377", "2020/9/3 9:21:10");
  yb([2020, 9], "2020/10/9 10:12:45");
  up("经验材料\\三水区电子商务进农村工作经验做法（初稿）.docx", "经验材料/三水区电子商务进农村工作经验做法（初稿）.docx", "1,203,456", "2020/11/5 15:32:11");
  up("经验材料\\三水区电子商务进农村工作经验做法（初稿）.docx", "经验材料/三水区电子商务进农村工作经验做法（初稿）.docx", "1,204,992", "2020/11/5 15:40:02");
  yb([2020, 10], "2020/11/6 9:05:33");
  yb([2020, 11], "2020/12/7 16:41:20");
  yb([2020, 12], "2021/1/8 11:02:57");
  up("典型案例\\三水区“直播+合作社”助农增收典型案例.docx", "典型案例/三水区“直播+合作社”助农增收典型案例.docx", "2,318,720", "2021/1/18 16:20:41");
  up("典型案例\\附件：案例图片.zip", "典型案例/附件：案例图片.zip", "18,562,113", "2021/1/18 16:22:09");
  yb([2021, 1], "2021/2/5 10:30:18");
  yb([2021, 2], "2021/3/5 9:48:06");
  up("经验材料\\三水区农村电商“一镇一品”经验材料.docx", "经验材料/三水区农村电商“一镇一品”经验材料.docx", "986,304", "2021/3/23 10:03:27");
  yb([2021, 3], "2021/4/7 15:12:40");
  up("宣传\\乐平镇直播基地图片.zip", "宣传/乐平镇直播基地图片.zip", "25,330,761", "2021/4/9 17:26:55");
  yb([2021, 4], "2021/5/8 10:55:19", "经验材料");
  yb([2021, 5], "2021/6/4 16:08:44");
  up("经验材料\\三水区电子商务进农村综合示范创建经验材料.docx", "经验材料/三水区电子商务进农村综合示范创建经验材料.docx", "1,562,880", "2021/6/9 14:48:50");
  yb([2021, 6], "2021/7/6 9:37:21");
  yb([2021, 7], "2021/8/5 10:20:03");
  down("下载\\关于做好2019年省级示范县考评迎检工作的通知.pdf", "/通知/关于做好2019年省级示范县考评迎检工作的通知.pdf", "402,118", "2021/8/20 8:59:47");
  up("经验材料\\三水区电子商务进农村综合示范创建工作总结.docx", "经验材料/三水区电子商务进农村综合示范创建工作总结.docx", "1,847,552", "2021/9/3 11:15:06");
  yb([2021, 8], "2021/9/6 9:14:38");
  const okRows = [H, ...ok];
  const materials = ["2020-11-05", "2021-01-18", "2021-03-23", "2021-06-09", "2021-09-03"].map((d) => ({ date: d }));
  // self-check: first upload of each distinct document (not zip, not 月报) in 经验材料/典型案例
  const seen = new Set();
  const derived = [];
  for (const r of ok) {
    if (r[1] !== "-->>") continue;
    const rem = r[2];
    if (!/\/(经验材料|典型案例)\//.test(rem) || /\.zip$/.test(rem) || /月报/.test(rem) || seen.has(rem)) continue;
    seen.add(rem);
    const [y, m, dd] = r[5].split(" ")[0].split("/").map(Number);
    derived.push(`${y}-${String(m).padStart(2, "0")}-${String(dd).padStart(2, "0")}`);
  }
  assert(JSON.stringify(derived) === JSON.stringify(materials.map((x) => x.date)), "materials " + derived);
  const fail = [
    [...H, "原因"],
    ["ftp://10.168.12.30（sanshui_dsb）", null, null, null, null, null, null],
    [L + "经验材料\\三水区农村电商“一镇一品”经验材料.docx", "-->>", R + "经验材料/三水区农村电商“一镇一品”经验材料.docx", "986,304", "正常", "2021/3/22 17:55:02", "连接超时"],
    [L + "月报\\三水区电商进农村月报（2021年5月）.xlsx", "-->>", R + "月报/三水区电商进农村月报（2021年5月）.xlsx", "48,640", "正常", "2021/6/4 16:02:15", "传输中断：连接被服务器关闭"],
  ];
  // ---- 三调 村级调查区 属性表 ----
  const gisH = ["FID", "Shape *", "BSM", "YSDM", "ZLDWDM", "ZLDWMC", "DCMJ", "BZ"];
  const units = [
    ["104", "001", "大塘社区居民委员会", 2183650.42],
    ["104", "002", "新桥社区居民委员会", 1527310.08],
    ["104", "201", "永平村民委员会", 6620145.91],
    ["104", "202", "涌口村民委员会", 4410872.36],
    ["104", "203", "莘田村民委员会", 5128833.5],
    ["104", "204", "龙坑村民委员会", 7302215.77],
    ["104", "205", "黄塘村民委员会", 3986420.14],
    ["104", "206", "连滘村民委员会", 4751093.62],
    ["104", "207", "兴隆村民委员会", 3302871.05],
    ["104", "208", "大布村民委员会", 5893310.48],
    ["104", "209", "六和村民委员会", 4105527.3],
    ["104", "210", "潦边村民委员会", 3650984.27],
    ["104", "211", "横江村民委员会", 4287716.93],
    ["104", "212", "古灶村民委员会", 2946150.66],
    ["104", "400", "三水区国有林场大塘分场", 8127340.25],
    ["104", "401", "大塘工业园区管理委员会", 3375018.9],
    ["103", "001", "芦苞社区居民委员会", 1866402.57],
    ["103", "002", "独树岗社区居民委员会", 1209873.11],
    ["103", "201", "长岐村民委员会", 5562190.84],
    ["103", "202", "上塘村民委员会", 4820317.45],
    ["103", "203", "刘寨村民委员会", 3915620.08],
    ["103", "204", "胥江村民委员会", 4462981.73],
    ["103", "205", "西河村民委员会", 5037715.2],
    ["103", "206", "四联村民委员会", 3781204.59],
    ["103", "207", "涌边村民委员会", 4653380.12],
    ["103", "208", "大旗村民委员会", 3508217.94],
    ["103", "209", "华布村民委员会", 4196035.67],
    ["103", "210", "龙坡村民委员会", 3883409.21],
    ["104", "201", "永平村民委员会", 412675.38, "飞入地（位于芦苞镇境内）"],
    ["103", "201", "长岐村民委员会", 287903.06, "飞入地"],
  ];
  const gis = [gisH];
  units.forEach(([town, v, name, area, bz], i) => {
    const code = `440607${town}${v}0000000`;
    assert(code.length === 19, "code");
    gis.push([i, "面", `44060721${String(100001 + i)}`, "1000600100", code, name, area, bz || null]);
  });
  const seenV = new Set();
  const villages = [];
  for (const [, , name] of units) {
    if (!/(村民|社区居民)委员会$/.test(name) || seenV.has(name)) continue;
    seenV.add(name);
    villages.push({ name, admin: /村民委员会$/.test(name) });
  }
  assert(villages.length === 26 && villages.filter((v) => v.admin).length === 22, "villages");
  write("ledgers", "b99-l2-sanshui", {
    description: "三水区（佛山）经济和科技促进局电商股交的两份“非台账”加说明页：①②经验材料没有报送登记，交的是FileZilla客户端“成功的传输”“失败的传输”两个标签页全选复制的结果（服务器/本地文件|方向|远程文件|大小|优先级|时间，首行是服务器行，方向“-->>”上传、“<<--”下载，时间“2020/11/5 15:32:11”文本）：只有上传到远程“/三水区/经验材料/”“/三水区/典型案例/”的文档是向市商务局报送的经验材料，同一文件8分钟后重传覆盖只算一次，随案例上传的图片zip是附件，4月份月报误传进经验材料文件夹不算，月报、宣传图片、下载的通知不算，失败的传输不算（3月22日失败、23日成功的按23日），9月3日的工作总结照列；③区自然资源局的第三次国土调查“村级调查区”图层属性表（ArcGIS导出：FID|Shape *|BSM|YSDM|ZLDWDM（19位坐落单位代码文本）|ZLDWMC|DCMJ|BZ）当村（居）名单：一个村有两块图斑（BZ“飞入地”）只算一次，国有林场分场、工业园区管委会不是村（居），“村民委员会”是行政村、“社区居民委员会”是社区；没有贫困村和快递列。",
    sheets: [
      { name: "说明", rows: note },
      { name: "成功的传输", rows: okRows },
      { name: "失败的传输", rows: fail },
      { name: "村级调查区属性表", rows: gis },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "成功的传输": { kind: "materials", records: materials },
        "失败的传输": { kind: null },
        "村级调查区属性表": { kind: "villages", records: villages },
      },
    },
  });
}

// =====================================================================
// counties/b99-c1-chaoyang — 运营服务商用 pandas DataFrame.to_excel 导出的整本工作簿
// =====================================================================
function lcg(seed) {
  let x = seed >>> 0;
  return () => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x / 4294967296; };
}
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let t = 0;
  for (let i = 0; i < 17; i++) t += Number(s17[i]) * w[i];
  return "10X98765432"[t % 11];
}
function iso(y, m, d) { return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`; }
function addDays(isoDate, n) {
  const t = new Date(isoDate + "T00:00:00Z").getTime() + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
// pandas to_excel with a RangeIndex: header row starts with an empty cell, data rows start with 0,1,2…
function pandasSheet(name, cols, data) {
  const rows = [[null, ...cols]];
  data.forEach((r, i) => { assert(r.length === cols.length, name + " width"); rows.push([i, ...r]); });
  return { name, rows };
}

function caseC1() {
  const rnd = lcg(20210831);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const CUT = "2021-08-31";
  // ---------------- 村居名单 ----------------
  const towns = [
    ["文光街道", 2, 10], ["棉北街道", 4, 8], ["城南街道", 6, 7], ["金浦街道", 10, 4], ["海门镇", 18, 5],
    ["河溪镇", 14, 2], ["西胪镇", 22, 2], ["和平镇", 24, 3], ["铜盂镇", 18, 2], ["谷饶镇", 26, 3],
    ["贵屿镇", 24, 2], ["金灶镇", 23, 3], ["关埠镇", 25, 3],
  ];
  const pre = "东西南北上下新大前后中高龙凤金石林陈李洪沙溪岭华和仙塘玉桃竹".split("");
  const vSuf = "山头美埔寮田洋围厝坑湖尾".split("");
  const cSuf = "门兴安阳景园乐顺".split("");
  const vNames = [];
  for (const a of pre) for (const b of vSuf) if (a !== b) vNames.push(a + b);
  const cNames = [];
  for (const a of pre) for (const b of cSuf) if (a !== b) cNames.push(a + b);
  const shuffle = (arr) => { for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; };
  shuffle(vNames); shuffle(cNames);
  const villages = []; // {town, name, admin, poor}
  let vi = 0, ci = 0;
  for (const [t, nv, nc] of towns) {
    for (let k = 0; k < nc; k++) villages.push({ town: t, name: cNames[ci++] + "社区", admin: false, poor: null });
    for (let k = 0; k < nv; k++) villages.push({ town: t, name: vNames[vi++] + "村", admin: true, poor: false });
  }
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 216 && villages.length === 270, "village counts");
  // 14 省定贫困村 in the rural towns
  const rural = admins.filter((v) => /镇$/.test(v.town));
  const poorIdx = [3, 11, 19, 30, 41, 55, 62, 77, 90, 101, 118, 133, 150, 171];
  poorIdx.forEach((i) => { rural[i].poor = true; });
  const poorVs = admins.filter((v) => v.poor);
  assert(poorVs.length === 14, "poor villages");
  const uncoveredPoor = rural[171];
  // covered set: 13 poor + 135 non-poor
  const nonPoor = shuffle(admins.filter((v) => !v.poor).slice());
  const coveredSet = new Set([...poorVs.filter((v) => v !== uncoveredPoor), ...nonPoor.slice(0, 135)]);
  assert(coveredSet.size === 148, "covered 148");
  const villageSheet = pandasSheet("村居名单", ["镇街", "村（居）委会", "类型", "省定贫困村", "快递进村"],
    villages.map((v) => [v.town, v.name, v.admin ? "行政村" : "社区", v.admin ? v.poor : null, v.admin ? true : null]));

  // ---------------- 站点台账 ----------------
  const sur = "陈林黄郑李蔡吴许张王杨马谢肖姚翁洪庄周刘赵郭方曾余纪杜苏卢颜".split("");
  const giv = "伟强明华丽娟秀英桂芳建国志勇俊杰晓燕玉兰少鹏泽鸿佳琪锦涛秋菊振雄淑贞".split("");
  const person = () => pick(sur) + pick(giv) + (rnd() < 0.7 ? pick(giv) : "");
  const phone = () => "13" + String(Math.floor(rnd() * 9) + 1) + String(Math.floor(rnd() * 1e8)).padStart(8, "0");
  const services = ["代购代销、代收代发快递", "代购代销、代缴费、小额信贷咨询", "农产品网销、快递收发", "代购代销、代存代缴"];
  const stationRows = [];
  const dayRange = (from, to) => { const a = new Date(from + "T00:00:00Z").getTime(); const b = new Date(to + "T00:00:00Z").getTime(); return Math.round((b - a) / 86400000); };
  const span = dayRange("2020-06-10", CUT);
  const textDate = (isoD, k) => {
    const [y, m, d] = isoD.split("-").map(Number);
    return [`${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`, `${y}/${m}/${d}`][k % 4];
  };
  let textCount = 0;
  const stationVillageForm = (v, k) => (k % 9 === 4 ? v.name.replace(/村$/, "村委会") : k % 13 === 7 ? v.name.replace(/村$/, "村民委员会") : v.name);
  const countedVillages = new Set();
  let k = 0;
  for (const v of admins) {
    if (!coveredSet.has(v)) continue;
    const od = addDays("2020-06-10", Math.floor(rnd() * (span + 1)));
    assert(od <= CUT, "station date");
    const useText = k % 12 === 5;
    if (useText) textCount++;
    stationRows.push([v.name.replace(/村$/, "") + "村电商服务站", v.town, stationVillageForm(v, k), person(), phone(), useText ? textDate(od, textCount) : D(od), pick(services)]);
    countedVillages.add(v.name);
    k++;
  }
  // second stations in 6 covered villages
  const seconds = [...coveredSet].filter((v) => !v.poor).slice(0, 6);
  seconds.forEach((v, i) => {
    const od = addDays("2021-03-01", i * 21);
    stationRows.push([v.name.replace(/村$/, "") + "村电商服务站（二站）", v.town, v.name, person(), phone(), D(od), pick(services)]);
  });
  // 3 community stations
  const comms = villages.filter((v) => !v.admin);
  [comms[0], comms[12], comms[30]].forEach((v, i) => {
    stationRows.push([v.name + "电商服务点", v.town, v.name, person(), phone(), D(addDays("2020-10-15", i * 40)), "代购代销、快递收发"]);
  });
  // a station whose place is not in the village list
  stationRows.push(["大南山林场电商服务点", "和平镇", "大南山林场", person(), phone(), D("2021-04-16"), "林下产品网销"]);
  // the 14th poor village: opened after the cut-off
  stationRows.push([uncoveredPoor.name.replace(/村$/, "") + "村电商服务站", uncoveredPoor.town, uncoveredPoor.name, person(), phone(), D("2021-09-06"), pick(services)]);
  assert(stationRows.length === 159, "stations " + stationRows.length);
  const stationSheet = pandasSheet("站点台账", ["站点名称", "镇街", "所在村（居）", "负责人", "联系电话", "挂牌日期", "服务内容"], stationRows);
  const coveredPoor = poorVs.filter((v) => countedVillages.has(v.name)).length;
  assert(countedVillages.size === 148 && coveredPoor === 13, "coverage measures");

  // ---------------- 培训台账（期次，不含贫困户专场） ----------------
  const topics = ["电商基础知识普及", "短视频与直播带货", "网店开设与运营", "农产品网货化与包装", "社群营销", "电商客服与售后", "跨境电商入门"];
  const places = ["区电商公共服务中心", "谷饶镇政府会议室", "贵屿镇文化站", "和平镇电商服务站", "海门镇政府会议室", "金灶镇文化站", "关埠镇政府会议室"];
  const sessions = [];
  let total = 0;
  const nSess = 30;
  for (let i = 0; i < nSess; i++) {
    const d = addDays("2020-07-08", Math.round((i * 415) / (nSess - 1)));
    let pt = 100 + Math.floor(rnd() * 100);
    if (i === nSess - 1) pt = 4420 - total;
    total += pt;
    sessions.push([`第${i + 1}期`, D(d), pick(topics), pick(places), i % 5 === 2 ? "合作社、家庭农场" : "农村青年、返乡创业人员", pt]);
  }
  assert(total === 4420 && sessions[nSess - 1][5] > 40 && sessions[nSess - 1][5] < 300, "sessions sum " + sessions[nSess - 1][5]);
  assert(sessions[nSess - 1][1].date <= CUT, "last session date");
  sessions.push([`第${nSess + 1}期`, D("2021-09-03"), "直播电商提升班", "区电商公共服务中心", "农村青年、返乡创业人员", 260]);
  const trainingSheet = pandasSheet("培训台账", ["期次", "培训日期", "培训主题", "培训地点", "培训对象", "人次"], sessions);

  // ---------------- 贫困人口名单 ----------------
  const usedIds = new Set();
  const mkId = () => {
    for (;;) {
      const y = 1950 + Math.floor(rnd() * 52);
      const m = 1 + Math.floor(rnd() * 12);
      const d = 1 + Math.floor(rnd() * 28);
      const s17 = "440513" + String(y) + String(m).padStart(2, "0") + String(d).padStart(2, "0") + String(Math.floor(rnd() * 1000)).padStart(3, "0");
      const id = s17 + idCheck(s17);
      if (!usedIds.has(id)) { usedIds.add(id); return id; }
    }
  };
  const ruralAdmins = admins.filter((v) => /镇$/.test(v.town));
  const persons = []; // {town, village, head, name, id, labour, migrant}
  const cat = []; // 800 eligible, 180 migrant, 120 no labour, interleaved deterministically
  for (let i = 0; i < 1100; i++) cat.push(i % 11 === 3 || i % 11 === 8 ? "M" : "E");
  // adjust to exact counts
  let e = cat.filter((c) => c === "E").length;
  for (let i = 0; i < cat.length && e > 920; i++) if (cat[i] === "E" && i % 7 === 1) { cat[i] = "N"; e--; }
  let nN = cat.filter((c) => c === "N").length;
  let nM = cat.filter((c) => c === "M").length;
  // target: E 800, M 180, N 120
  for (let i = cat.length - 1; i >= 0 && nM > 180; i--) if (cat[i] === "M") { cat[i] = "E"; nM--; }
  e = cat.filter((c) => c === "E").length;
  for (let i = 0; i < cat.length && e > 800; i++) if (cat[i] === "E" && i % 5 === 4) { cat[i] = "N"; e--; }
  nN = cat.filter((c) => c === "N").length;
  nM = cat.filter((c) => c === "M").length;
  assert(e === 800 && nM === 180 && nN === 120, `poor categories ${e}/${nM}/${nN}`);
  let head = null;
  for (let i = 0; i < 1100; i++) {
    const v = ruralAdmins[Math.floor((i * ruralAdmins.length) / 1100)];
    const nm = person();
    if (i % 3 === 0) head = nm;
    const c = cat[i];
    persons.push({ town: v.town, village: v.name, head, name: nm, id: mkId(), labour: c !== "N", migrant: c === "N" ? null : c === "M" });
  }
  const poorSheet = pandasSheet("贫困人口名单", ["镇街", "村", "户主", "姓名", "身份证号", "劳动能力", "外出务工"],
    persons.map((p) => [p.town, p.village, p.head, p.name, p.id, p.labour, p.migrant]));
  const eligible = persons.filter((p) => p.labour && p.migrant === false);
  const nonEligible = persons.filter((p) => !(p.labour && p.migrant === false));
  assert(eligible.length === 800, "eligible");

  // ---------------- 贫困户专场签到 ----------------
  const poorSessions = [["贫困户专场第1期", "2020-11-20", 110], ["贫困户专场第2期", "2021-01-15", 120], ["贫困户专场第3期", "2021-04-22", 115], ["贫困户专场第4期", "2021-07-16", 115]];
  // rows ≤ cut-off: 404 first-time eligible + 30 repeats + 26 non-eligible = 460
  const elShuffled = shuffle(eligible.slice());
  const firstTimers = elShuffled.slice(0, 404);
  const signRows = [];
  let ft = 0, rep = 0, ne = 0;
  for (const [label, date, n] of poorSessions) {
    const here = [];
    const used = new Set();
    // composition per session
    const nRep = label.endsWith("1期") ? 0 : 10;
    const nNe = label.endsWith("1期") ? 5 : 7;
    const nNew = n - nRep - nNe;
    for (let i = 0; i < nNew; i++) { const p = firstTimers[ft++]; here.push(p); used.add(p.id); }
    for (let i = 0, j = 0; i < nRep; j++) { const p = firstTimers[j]; if (!used.has(p.id)) { here.push(p); used.add(p.id); i++; rep++; } }
    for (let i = 0; i < nNe; i++) { here.push(nonEligible[ne * 3 + 1]); ne++; }
    here.forEach((p) => signRows.push([label, D(date), p.name, p.id, p.town, p.village]));
  }
  assert(ft === 404 && rep === 30 && ne === 26 && signRows.length === 460, `sign-in ${ft}/${rep}/${ne}/${signRows.length}`);
  // after the cut-off: 40 new eligible + 20 repeats
  const laterNew = elShuffled.slice(404, 444);
  laterNew.forEach((p) => signRows.push(["贫困户专场第5期", D("2021-09-09"), p.name, p.id, p.town, p.village]));
  firstTimers.slice(100, 120).forEach((p) => signRows.push(["贫困户专场第5期", D("2021-09-09"), p.name, p.id, p.town, p.village]));
  const signSheet = pandasSheet("贫困户专场签到", ["期次", "培训日期", "姓名", "身份证号", "镇街", "村"], signRows);
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(signRows.filter((r) => r[1].date <= CUT && eligibleIds.has(r[3])).map((r) => r[3]));
  assert(trainedIds.size === 404, "trained " + trainedIds.size);
  const personTimes = 4420 + signRows.filter((r) => r[1].date <= CUT).length;
  assert(personTimes === 4880, "person-times " + personTimes);

  // ---------------- 入驻企业 ----------------
  const ent = [
    ["潮阳区优品汇电子商务有限公司", "平台型", "2020-12-18", null],
    ["汕头市潮阳区棉城农特产品网店", "销售型", "2020-12-18", null],
    ["汕头市鲜达供应链管理有限公司", "物流企业", "2020-12-18", null],
    ["广东潮味电子商务有限公司", "电商运营商", "2020-12-20", null],
    ["汕头市谷饶针织品网络销售部", "销售型", "2021-01-05", null],
    ["潮阳区贵屿再生资源电商服务中心", "平台型", "2021-01-05", null],
    ["汕头市海门海产品电子商务有限公司", "销售型", "2021-01-12", null],
    ["汕头市金灶三捻电商有限公司", "销售型", "2021-01-20", null],
    ["汕头市潮运物流有限公司潮阳分公司", "物流企业", "2021-02-01", null],
    ["广东云潮数字营销有限公司", "电商运营商", "2021-02-22", null],
    ["汕头市和平咸菜网络营销部", "销售型", "2021-03-01", "2021-05-31"],
    ["汕头市潮阳区关埠果蔬电子商务有限公司", "销售型", "2021-03-08", null],
    ["汕头市铜盂茶业网络科技有限公司", "销售型", "2021-03-15", null],
    ["汕头市西胪乌橄榄电商专营店", "销售型", "2021-03-26", null],
    ["汕头市潮阳区直播星传媒有限公司", "直播机构", "2021-04-02", null],
    ["汕头市小象快递代理服务部", "物流企业", "2021-04-12", null],
    ["汕头市河溪农业科技有限公司", "销售型", "2021-04-28", null],
    ["广东潮阳电商代运营服务有限公司", "电商运营商", "2021-05-10", null],
    ["汕头市文光手工艺品网店", "销售型", "2021-06-01", null],
    ["汕头市城南农产品供应链有限公司", "物流企业", "2021-06-21", null],
    ["汕头市棉北服饰电子商务有限公司", "销售型", "2021-07-15", null],
    ["汕头市金浦潮汕小吃网络商行", "销售型", "2021-09-01", null],
  ];
  const entRows = ent.map(([n, t, a, b], i) => [n, "91440513MA5" + String(4100000 + i * 37).padStart(7, "0"), t, D(a), b ? D(b) : null]);
  const inPark = ent.filter(([, , a, b]) => a <= CUT && !(b && b < CUT));
  assert(inPark.length === 20 && new Set(inPark.map((x) => x[1])).size === 5, "park");
  const entSheet = pandasSheet("入驻企业", ["企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期"], entRows);

  // ---------------- 资金拨付 ----------------
  const funds = [
    ["2020-07-15", "公共服务中心建设首付款", "广东潮味电子商务有限公司", 680000],
    ["2020-09-28", "村级站点建设（第一批）", "广东潮味电子商务有限公司", 520000],
    ["2020-11-30", "电商培训服务首付款", "汕头市潮商职业培训学校", 180000],
    ["2020-12-25", "公共服务中心建设进度款", "广东潮味电子商务有限公司", 560000],
    ["2021-01-20", "区镇村三级物流体系建设", "汕头市鲜达供应链管理有限公司", 450000],
    ["2021-03-12", "村级站点建设（第二批）", "广东潮味电子商务有限公司", 610000],
    ["2021-04-28", "电商培训服务进度款", "汕头市潮商职业培训学校", 150000],
    ["2021-06-18", "冷链及溯源系统建设", "汕头市鲜达供应链管理有限公司", 320000],
    ["2021-07-30", "区域公用品牌推广", "广东云潮数字营销有限公司", 240000],
    ["2021-08-27", "村级站点建设（第三批）", "广东潮味电子商务有限公司", 202400],
    ["2021-09-08", "公共服务中心运营尾款", "广东潮味电子商务有限公司", 400000],
  ];
  const spent = funds.filter((f) => f[0] <= CUT).reduce((a, f) => a + f[3], 0);
  assert(spent === 3912400, "spent " + spent);
  const fundSheet = pandasSheet("资金拨付", ["拨付日期", "项目", "收款单位", "金额（元）", "凭证号"],
    funds.map(([d, p, u, a], i) => [D(d), p, u, a, `记-${d.slice(0, 4)}-${String(12 + i * 7).padStart(3, "0")}`]));

  // ---------------- 月报报送 ----------------
  const repDates = ["2020-09-08", "2020-10-12", "2020-11-06", "2020-12-07", "2021-01-08", "2021-02-05", "2021-03-05", "2021-04-07", "2021-05-10", "2021-06-04", "2021-07-06", "2021-08-06", "2021-09-06"];
  const repRows = repDates.map((d) => {
    const [y, m] = d.split("-").map(Number);
    const pm = m === 1 ? 12 : m - 1; const py = m === 1 ? y - 1 : y;
    return [D(d), `${py}年${pm}月电商进农村工作进展及统计数据`, "汕头市商务局", d === "2020-09-08" ? false : true];
  });
  const repMonths = new Set(repDates.filter((d) => d <= CUT).map((d) => d.slice(0, 7)));
  assert(repMonths.size === 12, "report months");
  const repSheet = pandasSheet("月报报送", ["报送日期", "内容", "报送对象", "含扶贫统计"], repRows);

  // ---------------- 专栏更新 ----------------
  const disc = [
    ["2020-09-15", "潮阳区电子商务进农村综合示范项目建设进度（2020年8月）", "建设进度"],
    ["2020-10-14", "潮阳区电子商务进农村综合示范项目建设进度（2020年9月）", "建设进度"],
    ["2020-10-28", "潮阳区电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-11-13", "潮阳区电子商务进农村综合示范项目建设进度（2020年10月）", "建设进度"],
    ["2020-12-11", "潮阳区电子商务进农村综合示范项目建设进度（2020年11月）", "建设进度"],
    ["2021-01-15", "潮阳区电子商务进农村综合示范项目建设进度（2020年12月）", "建设进度"],
    ["2021-03-12", "潮阳区电子商务进农村综合示范项目建设进度（2021年1—2月）", "建设进度"],
    ["2021-04-14", "潮阳区电子商务进农村综合示范项目建设进度（2021年3月）", "建设进度"],
    ["2021-05-13", "潮阳区电子商务进农村综合示范项目建设进度（2021年4月）", "建设进度"],
    ["2021-06-11", "潮阳区电子商务进农村综合示范项目建设进度（2021年5月）", "建设进度"],
    ["2021-07-14", "潮阳区电子商务进农村综合示范项目建设进度（2021年6月）", "建设进度"],
    ["2021-08-13", "潮阳区电子商务进农村综合示范项目建设进度（2021年7月）", "建设进度"],
    ["2021-09-03", "潮阳区电子商务进农村综合示范项目建设进度（2021年8月）", "建设进度"],
  ];
  const discMonths = new Set(disc.filter((x) => x[0] <= CUT).map((x) => x[0].slice(0, 7)));
  assert(discMonths.size === 11 && !discMonths.has("2021-02"), "disclosure months");
  const discSheet = pandasSheet("专栏更新", ["发布日期", "标题", "子栏目", "链接"],
    disc.map(([d, t, c], i) => [D(d), t, c, `http://www.gdcy.gov.cn/cydszx/dsjnc/content/post_${18230 + i * 113}.html`]));

  // ---------------- 宣传报道 ----------------
  const media = [
    ["2020-10-16", "南方日报", "省级", "报纸", "潮阳：电商服务站开到村口", false],
    ["2020-12-20", "汕头日报", "市级", "报纸", "潮阳区电子商务公共服务中心投入运营", false],
    ["2021-03-10", "潮阳电视台", "区级", "电视", "电商培训进镇村 直播带货助增收", false],
    ["2021-05-21", "广东广播电视台珠江频道", "省级", "电视", "潮阳贫困户直播卖菜脯 “土特产”变“网红货”", true],
    ["2021-08-20", "汕头广播电视台", "市级", "电视", "潮阳农村电商这两年", false],
    ["2021-09-05", "CCTV-17农业农村频道", "国家级", "电视", "广东汕头：电商助力乡村振兴", true],
  ];
  const mediaSheet = pandasSheet("宣传报道", ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"],
    media.map(([d, m, l, f, t, c]) => [D(d), m, l, f, t, c]));

  // ---------------- 经验材料 ----------------
  const matSheet = pandasSheet("经验材料", ["报送日期", "材料标题", "报送对象"], [
    [D("2020-12-15"), "潮阳区“中心+站点+合作社”推进农村电商经验做法", "汕头市商务局"],
    [D("2021-06-30"), "潮阳区电商扶贫典型案例：直播带货助脱贫户增收", "汕头市商务局"],
  ]);

  // ---------------- 基础数据（MultiIndex 行、两级列） ----------------
  const F = [];
  const fMerges = ["C1:D1", "E1:F1"];
  F.push([null, null, "填报", null, "说明", null]);
  F.push([null, null, "数值", "单位", "来源", "备注"]);
  F.push(["板块", "项目", null, null, null, null]);
  const blocks = [
    ["基本情况", [
      ["县区", "潮阳区", null, null, null],
      ["考评截止日期", D("2021-08-31"), null, "省商务厅通知", null],
      ["常住人口", 1650321, "人", "第七次全国人口普查公报", null],
      ["户籍人口", 2080356, "人", "区公安分局", "仅作对比"],
      ["行政村", 216, "个", "区民政局", null],
      ["社区", 54, "个", "区民政局", null],
      ["省定贫困村", 14, "个", "区乡村振兴局", null],
    ]],
    ["组织领导", [
      ["领导小组组长", "区委副书记、区长", null, "潮阳府办〔2020〕6号", null],
      ["成员单位", "['区商务局', '区财政局', '区农业农村局', '区乡村振兴局', '区市场监管局', '区工业和信息化局', '潮阳邮政分公司']", null, "潮阳府办〔2020〕6号", null],
      ["工作方案已印发", true, null, "潮阳府办〔2020〕11号", null],
      ["扶持政策已出台", true, null, "潮阳府办〔2020〕27号", null],
    ]],
    ["服务体系", [
      ["公共服务中心投入运营", D("2020-12-18"), null, "中心运营日志", null],
      ["免费培训场所设备", true, null, null, null],
      ["免费展示销售", true, null, null, null],
      ["免费摄影美工", true, null, null, null],
      ["品牌推广指导", true, null, null, null],
      ["其他衍生增值服务", false, null, null, "筹备中"],
      ["电商产业园", true, null, null, "潮阳区农村电商产业园"],
      ["第三方运营服务商", true, null, null, "即本公司"],
    ]],
    ["农村产品上行", [
      ["行政村快递全覆盖", true, null, "区邮政管理", null],
      ["2019年农村网络零售额", 4862000000, "元", "区统计局", null],
      ["2020年农村网络零售额", 6174740000, "元", "区统计局", null],
      ["2019年农产品网络零售额", 812000000, "元", "区统计局", null],
      ["2020年农产品网络零售额", 1079960000, "元", "区统计局", null],
    ]],
    ["电商培训", [
      ["培训人次", 5200, "人次", "培训系统", "系统导出日2021-09-10"],
      ["有劳动能力贫困人口（不含外出务工）", 800, "人", "区乡村振兴局", null],
      ["参训贫困人口", 404, "人", "签到表比对", "截至2021-08-31"],
    ]],
    ["信息公开与报送", [
      ["专栏-创建方案", true, null, "区政府网专栏", null],
      ["专栏-项目基本信息", true, null, null, null],
      ["专栏-建设进度", true, null, null, null],
      ["专栏-监督举报窗口", true, null, null, null],
      ["电商扶贫统计", true, null, "月报", null],
    ]],
    ["资金", [
      ["省级资金下达", 5000000, "元", "粤财工〔2019〕号文", null],
      ["累计拨付", 3912400, "元", "资金台账", "截至2021-08-31"],
      ["资金管理制度", true, null, null, null],
      ["资金专用台账", true, null, null, null],
      ["项目总体进度", 0.92, "比例", "区商务局", null],
    ]],
    ["否决项", [
      ["安全生产或质量事故", false, null, null, null],
      ["弄虚作假", false, null, null, null],
    ]],
  ];
  for (const [blk, items] of blocks) {
    const start = F.length + 1;
    items.forEach((it, i) => F.push([i === 0 ? blk : null, ...it]));
    if (items.length > 1) fMerges.push(`A${start}:A${F.length}`);
  }

  // ---------------- 自评（两个 DataFrame 上下写在一张表） ----------------
  const SC = [["工作任务", "评价指标", "满分", "自评得分", "测算说明"]];
  const scMerges = [];
  const scoreBlocks = [
    ["加强组织领导与统筹协调", [["组织领导", 2, 2, "区长任组长，商务、财政、农业农村、乡村振兴参与"], ["方案制定", 2, 2, "主观"], ["政策支持", 2, 1, "主观"], ["项目管理", 4, 4, "主观（制度2＋台账2）"]]],
    ["深入推动电子商务进农村工作", [["服务体系建设（县级中心及产业园）", 15, 14, "其他衍生增值服务未开展"], ["服务体系建设（村级站点覆盖）", 10, 10, "149/200=74.5%；省定贫困村14/14"], ["农村产品上行", 10, 9, "交易标准1分"], ["电商人才培训", 20, 20, "5200/500000=1.04%；404/800=50.5%"]]],
    ["加强信息公开及报送", [["信息公开", 4, 4, null], ["数据上报", 6, 6, null]]],
    ["加强宣传推广", [["案例总结", 2, 2, null], ["经验推广", 8, 8, "省、市、区级均有报道"]]],
    ["加强财政资金管理", [["制度建立", 5, 4, "主观"], ["资金台账", 5, 4, "主观"], ["资金支出", 5, 4, "拨付率78.2%，主观4分"]]],
    ["加分项", [["贫困人口培训率≥70%", 2, 0, "50.5%"], ["电商扶贫典型案例获电视播报", 2, 1, "广东广播电视台珠江频道"]]],
    ["合计", [[null, 104, 95, null]]],
  ];
  for (const [blk, items] of scoreBlocks) {
    const start = SC.length + 1;
    items.forEach((it, i) => SC.push([i === 0 ? blk : null, ...it]));
    if (items.length > 1) scMerges.push(`A${start}:A${SC.length}`);
  }
  const claimedSum = scoreBlocks.slice(0, 6).flatMap((b) => b[1]).reduce((a, it) => a + it[2], 0);
  assert(claimedSum === 95, "claimed sum " + claimedSum);
  SC.push([null, null, null, null, null]);
  SC.push([null, null, null, null, null]);
  SC.push(["评分项", "分值范围", "区自评（分）", "依据", null]);
  const judgedRows = [
    ["方案制定", "1-2", 2, "潮阳府办〔2020〕11号"], ["政策支持", "1-2", 1, "政策2020年12月才出台"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 2, null],
    ["网销调研", "1-2", 2, "《潮阳区农产品网络销售调研报告》"], ["网络促销活动", "1-2", 2, "年货节、荔枝季"], ["交易标准与冷链溯源", "1-2", 1, "溯源系统试运行"],
    ["资金管理制度", "1-5", 4, null], ["资金台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, null],
  ];
  judgedRows.forEach((r) => SC.push([...r, null]));

  const readme = [
    ["潮阳区电子商务进农村综合示范 考评工作簿（运营服务商数据组生成）"],
    ["生成方式：kaoping_chaoyang_2021.ipynb（Python 3.8 / pandas 1.2.4）用 DataFrame.to_excel 直接导出，未做排版。各台账表第一列是 DataFrame 行号（从0开始），不是序号；空格是 NaN/NaT（没有数据）；TRUE/FALSE 即是/否。"],
    ["“基础数据”是两级列、两级行索引的表：第1、2行是列名，第3行是行索引名（板块、项目），板块纵向合并。“自评”表上半是各指标自评得分，下半（空两行后）是主观评分项自评。"],
    ["数据截止：2021-08-31　　导出时间：2021-09-10 16:42"],
    ["说明：1. “培训台账”按期次记人次，不含贫困户专场；贫困户专场逐人签到在“贫困户专场签到”表，每行一人次。2. “站点台账”挂牌日期照各镇报送原样，少数是文本。3. 自评得分为本公司测算，以区商务局确认为准。"],
    ["区商务局电商股审核：黄××"],
  ];

  const sheets = [
    { name: "README", rows: readme },
    { name: "基础数据", rows: F, merges: fMerges },
    { name: "自评", rows: SC, merges: scMerges },
    villageSheet, stationSheet, trainingSheet, signSheet, poorSheet, entSheet, fundSheet, repSheet, discSheet, mediaSheet, matSheet,
  ];
  for (const sh of sheets) {
    const w = new Set(sh.rows.map((r) => r.length));
    if (sh.name !== "README") assert(w.size === 1, sh.name + " not rectangular");
  }

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 14, "work.coverage": 8, "work.upward": 9, "work.training": 18,
    "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = Object.entries(points).filter(([id]) => !/^(bonus|veto)\./.test(id)).reduce((a, [, v]) => a + v, 0);
  assert(scored === 89, "scored " + scored);
  write("counties", "b99-c1-chaoyang", {
    description: "潮阳区（汕头）商务局的整本考评工作簿（14个表）由第三方运营服务商数据组用 Python pandas 的 DataFrame.to_excel 直接导出、没有排版：README页说明生成方式；“基础数据”是两级行索引（板块纵向合并｜项目）、两级列（“填报”合并在 数值|单位 之上、“说明”合并在 来源|备注 之上）的表，第3行是行索引名（板块、项目），是否项是Excel布尔值TRUE/FALSE，日期是真日期，金额按元、人口按人填整数，总体进度填比例0.92，成员单位一格是Python列表的字面写法“['区商务局', '区财政局', …]”；“自评”上半是按工作任务合并的各指标自评得分（区自评95分），空两行后是主观评分项自评小表；12张台账表第一列都是从0开始的DataFrame行号（表头空白），空格是NaN。台账：村居名单270行（216个行政村超200基数、54个社区、14个省定贫困村TRUE/FALSE、快递进村全TRUE）；站点159个（村名有“××村”“××村委会”“××村民委员会”三种写法，挂牌日期多为真日期、少数是各镇原样文本“2020年9月28日”“20200917”“2020/9/25”“2020.10.12”，6村两站，3个社区站点，大南山林场不在名单，第14个贫困村9月6日才挂牌）；培训按期次记人次（不含贫困户专场，9月3日一期在截止日后）；贫困户专场逐人签到另表（含9月9日一期）；贫困人口名单1100人（劳动能力、外出务工为TRUE/FALSE，无劳动能力者务工栏空）；入驻企业（一家5月退出、一家9月入驻）、资金（9月尾款在截止日后）、月报、专栏（2021年2月无更新）、宣传报道（CCTV-17在截止日后）、经验材料。中上（90分，含加分1分，未否决）。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total: 90,
      bonus: 1,
      vetoed: false,
      points,
      claimed: {
        "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
        "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
        "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
        "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
        "bonus.poorTraining": 0, "bonus.tvCase": 1,
      },
    },
    derivation: [
      "org.leadership: 基础数据“领导小组组长 区委副书记、区长”（主要领导），成员单位列表含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
      "org.plan: 主观项自评“方案制定 1-2 | 2”，工作方案已印发TRUE → 2",
      "org.policy: 主观项自评“政策支持 1-2 | 1”，扶持政策已出台TRUE → 1",
      "org.management: 项目管理制度2 + 工作台账2 → 4",
      "work.center: 中心2020-12-18运营（≤2021-08-31 → 2；≤2021-02-28 → 2）+ 免费培训2 + 展示销售1 + 摄影美工1 + 品牌推广1 + 其他增值服务FALSE 0 + 产业园TRUE 2 + 入驻企业截至8月31日在园20家（22家中和平咸菜网络营销部2021-05-31退出、金浦潮汕小吃网络商行2021-09-01入驻不算）→ 2 + 类型平台型/销售型/电商运营商/物流企业/直播机构5种≥3 → 1；合计14",
      "work.coverage: 村居名单216个行政村（另54个社区不计），基数min(216,200)=200；站点台账截止日前挂牌覆盖148个不同行政村（6村两站只算一次，3个社区站点和名单外的大南山林场不算，9月6日挂牌的一站不算）148/200=74% ≥70% → 5；省定贫困村14个中13个有截止日前站点，13/14=92.9% 在80%–100% → 3；合计8",
      "work.upward: 网销调研自评2 + 网络促销自评2 + 第三方运营服务商TRUE 1 + 村居名单快递进村216个行政村全TRUE 1 + 交易标准与冷链溯源自评1 + 农产品网零 1,079,960,000/812,000,000 = +33.0% ≥30%（农村网零+27.0%不够，但任一即可）2 → 9",
      "work.training: 人次 = 培训台账截止日前30期4,420 + 贫困户专场签到截止日前4期460行 = 4,880（9月3日260人次、9月9日60行不算）；基数min(1,650,321, 500,000)=500,000，4,880/500,000 = 0.976% 在0.8%–1% → 8；贫困人口名单有劳动能力且未外出务工800人，其中截止日前在专场签到中出现的不同身份证404人，404/800 = 50.5% ≥50% → 10；合计18",
      "info.disclosure: 专栏创建方案、项目基本信息、建设进度、监督举报窗口四项均TRUE → 2；专栏更新2020-09至2021-08中2021年2月无更新（11个月有），不定时 → 1；合计3",
      "info.reporting: 月报报送2020-09-08…2021-08-06，12个月每月都有（2021-09-06那次在截止日后）→ 3；电商扶贫统计TRUE（月报也有含扶贫统计TRUE）→ 3；合计6",
      "promo.cases: 经验材料2020-12-15、2021-06-30两份报汕头市商务局 → 2",
      "promo.media: 截止日前有省级（南方日报、广东广播电视台珠江频道）4 + 市级（汕头日报、汕头广播电视台）3 + 区级（潮阳电视台）1 = 8；CCTV-17在2021-09-05不算",
      "fund.system: 主观项自评“资金管理制度 1-5 | 4” → 4",
      "fund.ledger: 主观项自评“资金台账 1-5 | 4” → 4",
      "fund.spending: 资金拨付截止日前10笔合计3,912,400元（9月8日400,000元不算）/ 下达5,000,000元 = 78.2% ≥70%，取自评及时拨付4分 → 4",
      "bonus.poorTraining: 贫困人口培训率50.5% < 70% → 0",
      "bonus.tvCase: 2021-05-21 广东广播电视台珠江频道（省级电视）电商扶贫典型案例 → 1；CCTV-17国家级电视在截止日后，不算 → 1",
      "veto.incident: 安全生产或质量事故 FALSE → 不否决",
      "veto.progress: 项目总体进度0.92（92%）≥40% → 不否决",
      "veto.fraud: 弄虚作假 FALSE → 不否决",
      "total: 15项合计89 + 加分1 = 90（区自评95：村级站点覆盖把9月6日挂牌的贫困村站点算进去得10，培训人次用含9月的系统数5,200得20，信息公开按每月更新得4）",
    ],
  });
}

caseF1();
caseF2();
caseF3();
caseL1();
caseL2();
caseC1();
