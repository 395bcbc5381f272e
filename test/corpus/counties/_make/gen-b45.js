'use strict';
// Batch 45 corpus generator: blind cases written from docs/ledgers.md, docs/scoring-rules.md and the
// official indicator table only. Deterministic: `node gen-b45.js` rewrites the same files.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function D(iso) { return { date: iso }; }
function col(n) { // 0-based column index -> letters
  let s = '';
  n += 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function rng(r1, c1, r2, c2) { return `${col(c1)}${r1}:${col(c2)}${r2}`; } // rows 1-based, cols 0-based
function pad(row, n) { const r = row.slice(); while (r.length < n) r.push(null); return r; }
function write(dir, name, obj) {
  const d = path.join(ROOT, dir);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = '10X98765432';
function idCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += Number(s17[i]) * ID_W[i]; return ID_C[t % 11]; }
function ymd(d) { return d.toISOString().slice(0, 10); }

// names
const SURNAMES = '陈林黄李张梁吴刘杨何邓罗钟周谢郑许冯曾叶彭苏蔡庞莫简龙'.split('');
const GIVEN = '志伟国强文华明辉建平秀英美玲丽芳金凤玉兰海燕春梅亚妹家豪俊杰水生土生亚福石保德胜振宇嘉欣晓霞桂英月娥爱群少芬汉文锦荣'.split('');
function personName(r) {
  const s = SURNAMES[Math.floor(r() * SURNAMES.length)];
  const n = r() < 0.25 ? 1 : 2;
  let g = '';
  for (let i = 0; i < n; i++) g += GIVEN[Math.floor(r() * GIVEN.length)];
  return s + g;
}
function phone(r) {
  const p = ['135', '137', '138', '139', '150', '152', '158', '159', '188', '189', '133', '180'];
  let s = p[Math.floor(r() * p.length)];
  for (let i = 0; i < 8; i++) s += Math.floor(r() * 10);
  return s;
}

// ============================================================== F1 电白区 —— 分栏打印的基础数据表
function factsDianbai() {
  // three column groups per printed page (A:C, E:G, I:K), read down then across; page 2 repeats the header.
  const S = (t) => ({ sec: t });
  const I = (no, label, value) => ({ no, label, value });
  const page1 = [
    [
      S('一、基本情况'),
      I(1, '县（市、区）', '茂名市电白区'),
      I(2, '常住人口', '150.32万人'),
      I(3, '户籍人口', '202.60万人'),
      I(4, '行政村（村委会）', '382个'),
      I(5, '社区（居委会）', '33个'),
      I(6, '省定贫困村', '43个'),
      S('二、组织领导'),
      I(7, '领导小组组长', '区委副书记、区长 林××'),
      I(8, '常务副组长', '副区长 陈××'),
      I(9, '成员单位', '区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、邮政电白分公司'),
      I(10, '示范创建工作方案', '已印发（电府办函〔2020〕31号）'),
      I(11, '农村电商扶持政策', '已出台（电府〔2020〕19号）'),
      S('三、服务体系'),
      I(12, '公共服务中心投入运营时间', '2020.10.26'),
      I(13, '免费培训场所及设备', '有'),
      I(14, '农产品免费展示、销售', '有'),
      I(15, '免费摄影、美工', '有'),
      I(16, '统一推广、品牌建设指导', '有'),
      null,
    ],
    [
      S('三、服务体系（续）'),
      I(17, '其他衍生增值服务', '有（代运营、融资对接）'),
      I(18, '电商产业园', '已建成（电白区电子商务产业园）'),
      I(19, '产业园入驻企业', '26家※'),
      I(20, '专业第三方运营服务商', '有'),
      I(21, '村级服务站点', '318个'),
      I(22, '有站点的行政村', '296个'),
      S('四、农村产品上行'),
      I(23, '行政村物流快递覆盖', '是（100%）'),
      I(24, '网销农产品品牌', '18个'),
      I(25, '电商企业及网店', '2,136家'),
      S('（一）农村网络零售额'),
      I(26, '2019年', '18.62亿元'),
      I(27, '2020年', '24.37亿元'),
      I(28, '同比增长', '30.9%'),
      null,
      null,
      null,
      null,
      S('（二）农产品网络零售额'),
    ],
    [
      S('（二）农产品网络零售额（续）'),
      I(29, '2019年', '5.84亿元'),
      I(30, '2020年', '7.12亿元'),
      I(31, '同比增长', '21.9%'),
      S('五、人才培训'),
      I(32, '培训人次（2019.9—2021.8）', '5,236人次'),
      I(33, '有劳动能力贫困人口（不含外出务工）', '3,418人'),
      I(34, '参训贫困人口', '1,802人'),
      S('六、信息公开及报送'),
      I(35, '专栏公示创建方案', '√'),
      I(36, '专栏公示项目基本信息', '√'),
      I(37, '专栏公示项目建设进度', '√'),
      I(38, '征求意见或监督举报窗口', '×（拟9月增设）'),
      I(39, '统计电商扶贫情况', '能（随月报报送）'),
      S('七、资金'),
      I(40, '省级专项资金下达', '500万元'),
      I(41, '累计拨付', '417.6万元'),
      I(42, '资金管理制度', '已制定'),
      I(43, '资金专用台账', '已建立'),
      I(44, '项目总体进度', '88%'),
    ],
  ];
  const page2 = [
    [
      S('八、否决事项'),
      I(45, '安全生产、质量事故或重大损失', '无'),
      I(46, '弄虚作假', '无'),
      S('九、主观评分项自评（分）'),
      I(47, '方案制定（1-2）', 2),
      I(48, '政策支持（1-2）', 2),
      I(49, '项目管理制度（1-2）', 2),
      I(50, '工作台账（1-2）', 2),
      I(51, '网销调研（1-2）', 2),
      I(52, '网络促销活动（1-2）', 1),
      I(53, '交易标准及冷链溯源（1-2）', 1),
      I(54, '资金管理制度（1-5）', 5),
      I(55, '资金台账（1-5）', 4),
      I(56, '资金及时拨付（1-5）', 4),
    ],
    [],
    [],
  ];
  const W = 11;
  const rows = [];
  const merges = [];
  rows.push(pad(['茂名市电白区电子商务进农村综合示范创建考评基础数据表'], W));
  merges.push('A1:K1');
  rows.push(pad(['填报单位：茂名市电白区商务局', null, null, null, '数据截至：2021年8月31日', null, null, null, '填报日期：2021年9月6日'], W));
  merges.push('A2:C2', 'E2:G2', 'I2:K2');
  rows.push(pad(['说明：本表按A4横向分三栏打印，每页先左栏自上而下，再中栏、右栏；第2页接第1页右栏。'], W));
  merges.push('A3:K3');
  const header = ['序号', '项目', '填报值', null, '序号', '项目', '填报值', null, '序号', '项目', '填报值'];
  function emitPage(groups, len) {
    rows.push(header.slice());
    const start = rows.length + 1; // 1-based row of first body row
    for (let i = 0; i < len; i++) {
      const r = new Array(W).fill(null);
      groups.forEach((g, gi) => {
        const e = g[i];
        if (!e) return;
        const c0 = gi * 4;
        if (e.sec) {
          r[c0] = e.sec;
          merges.push(rng(start + i, c0, start + i, c0 + 2));
        } else {
          r[c0] = e.no; r[c0 + 1] = e.label; r[c0 + 2] = e.value;
        }
      });
      rows.push(r);
    }
  }
  emitPage(page1, 20);
  rows.push(pad([null, null, null, null, null, null, null, null, null, null, '（第1页）'], W));
  rows.push(new Array(W).fill(null));
  emitPage(page2, 14);
  rows.push(pad([null, null, null, null, null, null, null, null, null, null, '（第2页）'], W));
  rows.push(pad(['注：1.常住人口为第七次全国人口普查数据，户籍人口仅供参考；2.※入驻企业26家含已签约未入驻2家；3.√为已公示，×为未公示。'], W));
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(pad(['填表人：吴××　　审核人：梁××　　联系电话：0668-5×××××'], W));
  merges.push(`A${rows.length}:K${rows.length}`);

  return {
    description: '茂名市电白区商务局《考评基础数据表（分栏打印版）》：为省纸按A4横向把“序号|项目|填报值”长清单分成三栏（A:C、E:G、I:K）并排，阅读顺序是先左栏自上而下、再中栏、再右栏，第2页（表头重复）接在下面；节标题跨栏续写（“三、服务体系（续）”），中栏底部孤立的小节标题“（二）农产品网络零售额”的2019年/2020年/同比增长三项被挤到右栏顶部“（续）”之下，而中栏的“2019年|2020年|同比增长”属于“（一）农村网络零售额”——同名标签只能靠所在小节区分。陷阱：户籍人口、社区数、站点数、有站点行政村、入驻企业（※注明含未入驻）、网店数不是输入；填报日期不是截止日期；窗口“×（拟9月增设）”为否。',
    sheets: [{ name: '基础数据（分栏打印）', rows, merges }],
    expect: {
      facts: {
        county: '茂名市电白区',
        asOf: '2021-08-31',
        residentPopulation: 1503200,
        adminVillagesStated: 382,
        poorVillagesStated: 43,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1862000000,
        ruralRetail2020: 2437000000,
        ruralRetailGrowthStated: 0.309,
        agriRetail2019: 584000000,
        agriRetail2020: 712000000,
        agriRetailGrowthStated: 0.219,
        trainingPersonTimesStated: 5236,
        eligiblePoorPersonsStated: 3418,
        trainedPoorPersonsStated: 1802,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4176000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ============================================================== F2 惠东县 —— 指标 × 评分项 分项得分矩阵
function factsHuidong() {
  const W = 15;
  const rows = [];
  const merges = [];
  const T = (cells) => { rows.push(pad(cells, W)); return rows.length; };
  T(['惠东县2019年省级电子商务进农村综合示范创建考评自评分项明细表']);
  merges.push('A1:O1');
  T(['县（市、区）：惠东县', null, null, null, null, null, null, null, null, '考评截止时间：2021年8月31日']);
  merges.push('A2:D2', 'J2:O2');
  T(['说明：各指标按评分标准逐项打分，①②③…对应的评分项见表下《评分项对照》；“—”表示该指标无此评分项。']);
  merges.push('A3:O3');
  T(['序号', '评价指标', '分值', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '自评得分', '备注']);
  const dash = '—';
  const body = [
    [1, '组织领导', 2, [2], 2, null],
    [2, '方案制定', 2, [2], 2, null],
    [3, '政策支持', 2, [1], 1, '扶持政策已出台，落实待加强'],
    [4, '项目管理', 4, [2, 1], 3, '台账记录不够完整'],
    [5, '服务体系建设（县级中心及产业园）', 15, [2, 2, 2, 1, 1, 1, 0, 2, 2, 1], 14, '中心2020年12月投入运营；其他衍生增值服务暂未开展'],
    [6, '服务体系建设（村级站点）', 10, [5, 3], 8, null],
    [7, '农村产品上行', 10, [2, 1, 1, 1, 1, 2], 8, null],
    [8, '电商人才培训', 20, [10, 8], 18, '累计培训5318人次；有劳动能力贫困人口2350人（不含外出务工），参训1126人'],
    [9, '信息公开', 4, [2, 1], 3, null],
    [10, '数据上报', 6, [3, 3], 6, null],
    [11, '案例总结', 2, [2], 2, null],
    [12, '经验推广', 8, [4, 3, 0], 7, null],
    [13, '制度建立', 5, [4], 4, null],
    [14, '资金台账', 5, [4], 4, null],
    [15, '资金支出', 5, [4, 0], 4, '下达500万元，累计拨付412.5万元'],
  ];
  for (const [no, name, w, pts, total, note] of body) {
    const r = [no, name, w];
    for (let i = 0; i < 10; i++) r.push(i < pts.length ? pts[i] : dash);
    r.push(total, note);
    T(r);
  }
  T(['加分项', null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:O${rows.length}`);
  T([16, '贫困人口培训率', 2, 0, dash, dash, dash, dash, dash, dash, dash, dash, dash, 0, '47.9%，未达70%']);
  T([17, '扶贫案例电视播报', 2, 1, dash, dash, dash, dash, dash, dash, dash, dash, dash, 1, null]);
  T(['一票否决', null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:O${rows.length}`);
  T([18, '一票否决项', dash, '无', '否', '无', dash, dash, dash, dash, dash, dash, dash, dash, null]);
  T(['合计', null, 100, null, null, null, null, null, null, null, null, null, null, 87, '含加分1分']);
  merges.push(`A${rows.length}:B${rows.length}`);
  T([]);
  T(['评分项对照']);
  merges.push(`A${rows.length}:O${rows.length}`);
  T(['序号', '评价指标', null, '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩']);
  const legend = [
    [1, '组织领导', ['主要领导牵头、商务财政农业扶贫等部门参与（2分）；分管领导牵头（1分）']],
    [2, '方案制定', ['工作方案因地制宜、可操作性较强（1-2分）']],
    [3, '政策支持', ['出台相关政策且得到较好落实（1-2分）']],
    [4, '项目管理', ['建立项目管理制度，建设、验收环节严格落实（1-2分）', '建立完整工作台账（1-2分）']],
    [5, '服务体系建设（县级中心及产业园）', ['建成县级中心（2分）', '正常运行6个月以上（2分）', '免费培训场所、设备（2分）', '免费展示、销售（1分）', '免费摄影、美工（1分）', '统一推广、品牌建设（1分）', '其他衍生增值服务（1分）', '建设或整合优化产业园（2分）', '入驻企业20家及以上（2分）', '入驻企业三种以上类型（1分）']],
    [6, '服务体系建设（村级站点）', ['行政村覆盖率70%及以上5分，50%-70%2分', '贫困村覆盖率100%5分，80%-100%3分']],
    [7, '农村产品上行', ['网销调研并形成针对性建议（1-2分）', '网络促销活动成效明显（1-2分）', '专业第三方运营或服务商（1分）', '行政村物流快递覆盖率100%（1分）', '交易标准、冷链及溯源系统（1-2分）', '2020年网络零售额同比增速≥30%（2分）']],
    [8, '电商人才培训', ['培训人次达常住人口1%（10分）/0.8%（8分）/0.6%（6分）', '贫困人口培训率50%（10分）/40%（8分）/30%（6分）']],
    [9, '信息公开', ['设立专栏且内容全面（2分）', '按月更新2分，不定时1分']],
    [10, '数据上报', ['每月报送3分，不定时1分', '能统计电商扶贫情况（3分）']],
    [11, '案例总结', ['向市商务局报送经验材料（2分）']],
    [12, '经验推广', ['省级及以上媒体（4分）', '市级媒体（3分）', '县级媒体（1分）']],
    [13, '制度建立', ['资金管理制度科学有效（1-5分）']],
    [14, '资金台账', ['资金专用台账完整（1-5分）']],
    [15, '资金支出', ['支出率70%以上且及时拨付（1-5分）', '支出率低于70%倒扣5分']],
    [16, '贫困人口培训率', ['70%及以上（2分）']],
    [17, '扶贫案例电视播报', ['国家级2分，省级1分（不累加）']],
    [18, '一票否决项', ['发生安全生产、质量事故或重大经济损失', '项目总体进度不足40%', '弄虚作假']],
  ];
  for (const [no, name, items] of legend) {
    const r = [no, name, null];
    for (let i = 0; i < 10; i++) r.push(items[i] !== undefined ? items[i] : null);
    T(r);
  }
  T([]);
  T(['填报人：惠东县商务局电子商务股　　审核：分管副局长']);
  return {
    description: '惠东县商务局《自评分项明细表》：一个评价指标一行（服务体系建设分“县级中心及产业园”“村级站点”两行），每个评分项的得分横排在①…⑩十列里（没有的写“—”），自评得分列是指标合计；①…⑩各指哪一条评分标准只在同一张表下方第二张表《评分项对照》里（同样的①…⑩列）。判断项要按对照表定位：项目管理①制度2、②台账1；农村产品上行①网销调研2、②促销1、⑤交易标准及冷链溯源1；资金支出①及时拨付4（②倒扣项0）。一票否决一行的①②③写“无/否/无”。备注栏几句话里有中心运营月份、其他增值服务未开展、培训人次和贫困人口两数、下达与拨付金额。表内未写牵头领导。',
    sheets: [{ name: '自评分项明细', rows, merges }],
    expect: {
      facts: {
        county: '惠东县',
        asOf: '2021-08-31',
        policyIssued: true,
        centerOpened: '2020-12',
        centerOther: false,
        trainingPersonTimesStated: 5318,
        eligiblePoorPersonsStated: 2350,
        trainedPoorPersonsStated: 1126,
        fundAllocated: 5000000,
        fundSpentStated: 4125000,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 2,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 1,
        'org.management': 3,
        'work.center': 14,
        'work.coverage': 8,
        'work.upward': 8,
        'work.training': 18,
        'info.disclosure': 3,
        'info.reporting': 6,
        'promo.cases': 2,
        'promo.media': 7,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
        'bonus.poorTraining': 0,
        'bonus.tvCase': 1,
      },
    },
  };
}

// ============================================================== F3 佛冈县 —— 下拉选项带编号的填报表
function factsFogang() {
  const W = 6;
  const rows = [];
  const merges = [];
  const T = (cells) => { rows.push(pad(cells, W)); return rows.length; };
  T(['佛冈县电子商务进农村综合示范创建考评数据填报表']);
  merges.push('A1:F1');
  T(['填报说明：“下拉”项请在D列下拉选择（选项前的数字只是选项编号），“数字”项只填阿拉伯数字、单位见C列，“日期”项用日期格式；E列可补充说明。']);
  merges.push('A2:F2');
  T(['编号', '填报项', '单位/方式', '填报（选择）', '补充说明', '校验']);
  const sec = (t) => { T([t]); merges.push(`A${rows.length}:F${rows.length}`); };
  sec('一、基本情况');
  T(['P01', '县（市、区）', '文字', '佛冈县', null, '✓']);
  T(['P02', '考评截止日期', '日期', D('2021-08-31'), null, '✓']);
  T(['P03', '常住人口', '万人', 33.02, '七普', '✓']);
  T(['P04', '行政村数', '个', 80, '另有社区居委会7个', '✓']);
  T(['P05', '省定贫困村数', '个', 12, null, '✓']);
  sec('二、组织领导');
  T(['Z01', '牵头领导', '下拉', '1-县（市、区）政府主要领导', '县委副书记、县长 朱××任组长', '✓']);
  T(['Z02', '参与部门（可多选）', '下拉', '商务;财政;农业农村;乡村振兴;交通运输;市场监管', null, '✓']);
  T(['Z03', '示范创建工作方案', '下拉', '1-已正式印发', '佛府办〔2020〕12号', '✓']);
  T(['Z04', '支持农村电商的扶持政策', '下拉', '2-未出台', '《佛冈县农村电子商务扶持办法》已起草，待县政府常务会议审议', '✓']);
  sec('三、公共服务中心及产业园');
  T(['F01', '县级公共服务中心投入运营日期', '日期', D('2021-01-15'), null, '✓']);
  T(['F02', '免费培训场所、培训设备', '下拉', '1-是', null, '✓']);
  T(['F03', '农产品免费展示、销售', '下拉', '1-是', null, '✓']);
  T(['F04', '免费摄影、美工', '下拉', '2-否', '按成本价收费', '✓']);
  T(['F05', '统一推广、品牌建设指导', '下拉', '1-是', null, '✓']);
  T(['F06', '其他衍生增值服务', '下拉', '1-是', '代办营业执照、物流对接', '✓']);
  T(['F07', '电商产业园', '下拉', '2-整合、优化现有园区', '依托县物流园整合', '✓']);
  T(['F08', '专业第三方电商运营/服务商', '下拉', '1-有', null, '✓']);
  sec('四、农村产品上行');
  T(['S01', '行政村物流快递全覆盖', '下拉', '2-否', '汤塘镇2个偏远村尚未通快递', '✓']);
  T(['S02', '2019年农村网络零售额', '万元', 48600, null, '✓']);
  T(['S03', '2020年农村网络零售额', '万元', 61350, null, '✓']);
  T(['S04', '2020年农村网络零售额同比增速', '%', 26.23, null, '✓']);
  T(['S05', '2019年农产品网络零售额', '万元', 9820, null, '✓']);
  T(['S06', '2020年农产品网络零售额', '万元', 13290, null, '✓']);
  T(['S07', '2020年农产品网络零售额同比增速', '%', 35.34, null, '✓']);
  sec('五、人才培训');
  T(['T01', '累计培训人次', '人次', 3412, null, '✓']);
  T(['T02', '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', 1046, null, '✓']);
  T(['T03', '参加培训的建档立卡贫困人口', '人', 538, null, '✓']);
  sec('六、信息公开及报送');
  T(['G01', '专栏公示创建方案', '下拉', '1-是', null, '✓']);
  T(['G02', '专栏公示项目基本信息', '下拉', '1-是', null, '✓']);
  T(['G03', '专栏公示项目建设进度', '下拉', '1-是', null, '✓']);
  T(['G04', '专栏设立征求意见或监督举报窗口', '下拉', '1-是', '监督举报电话', '✓']);
  T(['G05', '能统计电商扶贫情况', '下拉', '1-是', null, '✓']);
  sec('七、财政资金');
  T(['J01', '省级专项资金下达总额', '万元', 500, null, '✓']);
  T(['J02', '累计拨付资金', '万元', 356.8, null, '✓']);
  T(['J03', '资金管理制度', '下拉', '1-已制定', null, '✓']);
  T(['J04', '资金专用台账', '下拉', '1-已建立', null, '✓']);
  T(['J05', '项目总体进度', '%', 81, null, '✓']);
  sec('八、一票否决');
  T(['V01', '发生安全生产、质量事故或重大经济损失', '下拉', '2-否', null, '✓']);
  T(['V02', '弄虚作假', '下拉', '2-否', null, '✓']);
  sec('九、主观评分项自评');
  T(['PF01', '方案制定', '下拉（1-2分）', '2分', null, '✓']);
  T(['PF02', '政策支持', '下拉（1-2分）', '--请选择--', '政策未出台，不自评', '未填']);
  T(['PF03', '项目管理制度', '下拉（1-2分）', '2分', null, '✓']);
  T(['PF04', '工作台账', '下拉（1-2分）', '1分', null, '✓']);
  T(['PF05', '网销调研', '下拉（1-2分）', '1分', null, '✓']);
  T(['PF06', '网络促销活动', '下拉（1-2分）', '2分', null, '✓']);
  T(['PF07', '交易标准及冷链、溯源', '下拉（1-2分）', '--请选择--', null, '未填']);
  T(['PF08', '资金管理制度', '下拉（1-5分）', '4分', null, '✓']);
  T(['PF09', '资金台账', '下拉（1-5分）', '4分', null, '✓']);
  T(['PF10', '资金及时拨付', '下拉（1-5分）', '3分', null, '✓']);
  T([]);
  T(['填报人：佛冈县商务局　何××　　　填报时间：2021年9月3日']);
  merges.push(`A${rows.length}:F${rows.length}`);

  const opt = [
    ['是否', '1-是', '2-否'],
    ['有无', '1-有', '2-无'],
    ['牵头领导', '1-县（市、区）政府主要领导', '2-县（市、区）政府分管领导', '3-部门负责人', '4-其他'],
    ['部门', '商务', '财政', '农业农村', '乡村振兴', '交通运输', '市场监管', '邮政管理', '其他'],
    ['方案', '1-已正式印发', '2-未印发'],
    ['政策', '1-已出台', '2-未出台'],
    ['产业园', '1-新建', '2-整合、优化现有园区', '3-未建设'],
    ['制度', '1-已制定', '2-未制定'],
    ['台账', '1-已建立', '2-未建立'],
    ['分值2', '--请选择--', '1分', '2分'],
    ['分值5', '--请选择--', '1分', '2分', '3分', '4分', '5分'],
  ];
  return {
    description: '佛冈县商务局填的《考评数据填报表》（WPS数据有效性下拉版）：编号|填报项|单位/方式|填报（选择）|补充说明|校验，下拉项的选项文字带编号前缀——“1-是”“2-否”“1-有”“2-整合、优化现有园区”“1-县（市、区）政府主要领导”，编号只是选项序号（“2-否”不是数字2，“2-整合、优化现有园区”是“建设或整合、优化”为是）；参与部门为多选，用分号连写；数值格不带单位，单位只在C列（万人、万元、%、人次）；两项主观分仍是“--请选择--”（未填）；另有隐藏的“选项”表是下拉源（不是填报值）。',
    sheets: [
      { name: '填报表', rows, merges },
      { name: '选项', rows: opt.map((r) => pad(r, 9)), hidden: true },
    ],
    expect: {
      facts: {
        county: '佛冈县',
        asOf: '2021-08-31',
        residentPopulation: 330200,
        adminVillagesStated: 80,
        poorVillagesStated: 12,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2021-01-15',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 486000000,
        ruralRetail2020: 613500000,
        ruralRetailGrowthStated: 0.2623,
        agriRetail2019: 98200000,
        agriRetail2020: 132900000,
        agriRetailGrowthStated: 0.3534,
        trainingPersonTimesStated: 3412,
        eligiblePoorPersonsStated: 1046,
        trainedPoorPersonsStated: 538,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3568000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.81,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 3,
      },
      leadership: 'principal-all',
    },
  };
}

// ============================================================== village-name pool
function namePool(seed, n, exclude) {
  const A = '大小上下新石黄龙横长连塘坪岭湖田金青白东西南北马牛竹桥沙水山高平和安福丰德兴仁'.split('');
  const B = '坑塘围坝岗田陂洞寨坪岭头尾湾屋垌寮岸埇坡江'.split('');
  const r = mulberry32(seed);
  const all = [];
  for (const a of A) for (const b of B) if (a !== b) all.push(a + b);
  for (let i = all.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [all[i], all[j]] = [all[j], all[i]]; }
  const out = [];
  for (const x of all) { if (exclude && exclude.has(x)) continue; out.push(x); if (out.length === n) break; }
  if (out.length < n) throw new Error('name pool too small');
  return out;
}

// ============================================================== L1 翁源县 —— 村居按镇横排分块 + 剪报/视频登记
function ledgerWengyuan() {
  const r = mulberry32(4501);
  const towns = [
    { name: '龙仙镇', cun: 16, ju: 4, juFirst: true },
    { name: '坝仔镇', cun: 12, ju: 1 },
    { name: '江尾镇', cun: 14, ju: 1 },
    { name: '官渡镇', cun: 13, ju: 1 },
    { name: '周陂镇', cun: 15, ju: 1 },
    { name: '翁城镇', cun: 12, ju: 1 },
    { name: '新江镇', cun: 11, ju: 1 },
  ];
  const totalCun = towns.reduce((s, t) => s + t.cun, 0);
  const pool = namePool(45011, totalCun);
  const juNames = {
    龙仙镇: ['建设社区', '龙华社区', '金山居委会', '城郊社区'],
    坝仔镇: ['坝仔社区'], 江尾镇: ['江尾居委会'], 官渡镇: ['官渡社区'], 周陂镇: ['周陂社区'], 翁城镇: ['翁城居委会'], 新江镇: ['新江社区'],
  };
  const poorIdx = new Set([2, 7, 15, 19, 24, 30, 33, 41, 47, 52, 58, 61, 66, 72, 77, 84, 90]);
  const noExpress = { 27: '×', 69: '×（在建）' };
  const W = 11;
  const rows = [];
  const merges = [];
  const recs = [];
  const T = (cells) => { rows.push(pad(cells, W)); return rows.length; };
  T(['翁源县行政村（社区）基本情况一览表']);
  merges.push('A1:K1');
  T(['说明：每镇一块，村（居）委会横向排列，每行排10个；“类型”行：村＝行政村（村委会），居＝居委会/社区；“贫困村”行打★的为省定贫困村；“快递”行：√已通快递，×未通。']);
  merges.push('A2:K2');
  T(['填报单位：翁源县商务局　　　　2021年8月']);
  merges.push('A3:K3');
  let ci = 0;
  for (const t of towns) {
    const entries = [];
    const cuns = [];
    for (let k = 0; k < t.cun; k++) {
      const idx = ci++;
      let nm = pool[idx] + '村';
      if (idx % 9 === 4) nm = pool[idx] + '村委会';
      cuns.push({ name: nm, admin: true, poor: poorIdx.has(idx), express: noExpress[idx] ? false : true, exprText: noExpress[idx] || '√' });
    }
    const jus = juNames[t.name].map((n) => ({ name: n, admin: false, poor: false, express: null, exprText: null }));
    if (t.juFirst) entries.push(...jus, ...cuns); else entries.push(...cuns, ...jus);
    T([`${t.name}（村委会${t.cun}个，居委会${t.ju}个）`]);
    merges.push(`A${rows.length}:K${rows.length}`);
    for (let s = 0; s < entries.length; s += 10) {
      const chunk = entries.slice(s, s + 10);
      T(['名称', ...chunk.map((e) => e.name)]);
      T(['类型', ...chunk.map((e) => (e.admin ? '村' : '居'))]);
      T(['贫困村', ...chunk.map((e) => (e.poor ? '★' : null))]);
      T(['快递', ...chunk.map((e) => e.exprText)]);
      for (const e of chunk) recs.push({ name: e.name, admin: e.admin, poor: e.poor, express: e.express });
    }
    T([]);
  }
  T(['注：全县共93个村委会、10个居委会（社区），其中省定贫困村17个；快递未通2个村（横田村在建快递点）。']);
  merges.push(`A${rows.length}:K${rows.length}`);
  // check the note against the data
  const nPoor = recs.filter((x) => x.poor).length;
  if (totalCun !== 93 || nPoor !== 17) throw new Error(`wengyuan counts ${totalCun} ${nPoor}`);
  const noExpName = pool[69] + '村';
  rows[rows.length - 1][0] = `注：全县共93个村委会、10个居委会（社区），其中省定贫困村17个；快递未通2个村（${noExpName}快递点在建）。`;

  // media: two stacked registers (clippings; TV)
  const M = 6;
  const mrows = [];
  const mmerges = [];
  const MT = (cells) => { mrows.push(pad(cells, M)); return mrows.length; };
  MT(['翁源县电子商务进农村宣传报道资料登记册']);
  mmerges.push('A1:F1');
  MT(['一、报刊及网络（剪报、截图）']);
  mmerges.push('A2:F2');
  MT(['编号', '报刊/网站名称', '刊发日期及版次', '标题', '资料存放', '备注']);
  const clips = [
    ['JB-01', '韶关日报', '2020年10月21日 第A03版', '翁源：电商服务站开进山村 兰花“触网”远销', '档案盒7-1', null, '2020-10-21', 'city'],
    ['JB-02', '南方日报', '2020年12月3日 第SC02版', '翁源农村电商三级服务体系基本建成', '档案盒7-2', '韶关观察版', '2020-12-03', 'province'],
    ['JB-03', '翁源发布（微信公众号）', '2021.1.19', '我县举办第五期农村电商直播带货培训', '截图', null, '2021-01-19', 'county'],
    ['JB-04', '人民网', '2021-03-26', '广东翁源：小小电商站 打通致富“最后一公里”', '截图', '广东频道', '2021-03-26', 'national'],
    ['JB-05', '南方+客户端', '2021年5月14日', '翁源三华李线上预售火爆', '截图', null, '2021-05-14', 'province'],
    ['JB-06', '韶关发布', '21.7.8', '翁源：电商助农 九仙桃卖出好价钱', '截图', null, '2021-07-08', 'city'],
    ['JB-07', '羊城晚报', '2021年9月2日 第A08版', '翁源兰花搭上直播快车', '档案盒7-3', '补登', '2021-09-02', 'province'],
  ];
  const mrecs = [];
  for (const c of clips) { MT(c.slice(0, 6)); mrecs.push({ date: c[6], level: c[7], tv: false }); }
  MT([]);
  MT(['二、电视（视频光盘）']);
  mmerges.push(`A${mrows.length}:F${mrows.length}`);
  MT(['编号', '播出机构', '栏目', '播出时间', '时长', '光盘编号']);
  const tvs = [
    ['SP-01', '翁源县融媒体中心（翁源电视台）', '《翁源新闻》', '2020-11-05 19:30', '3分12秒', 'DVD-01', '2020-11-05', 'county'],
    ['SP-02', '韶关广播电视台', '《韶关新闻》', D('2021-01-22'), '2分05秒', 'DVD-01', '2021-01-22', 'city'],
    ['SP-03', '广东广播电视台珠江频道', '《今日关注》', '2021年4月9日', '4分40秒', 'DVD-02', '2021-04-09', 'province'],
    ['SP-04', '中央电视台农业农村频道（CCTV-17）', '《振兴路上》', '2021.6.18', '6分30秒', 'DVD-02', '2021-06-18', 'national'],
  ];
  for (const c of tvs) { MT(c.slice(0, 6)); mrecs.push({ date: c[6], level: c[7], tv: true }); }
  MT([]);
  MT(['注：电视报道为视频资料，已刻录光盘存档；网络转载不重复登记。']);
  mmerges.push(`A${mrows.length}:F${mrows.length}`);

  return {
    description: '翁源县商务局两张表：①《行政村（社区）基本情况一览表》横着排、按镇分块——每镇一个合并标题行（“龙仙镇（村委会16个，居委会4个）”），下面四行一组：“名称”行村（居）委会从B列起横向排开、每行10个，“类型”行写村/居，“贫困村”行只给省定贫困村打★，“快递”行√/×（“×（在建）”为未通，居委会空着）；一镇超过10个就再接一组四行（无标题），镇与镇之间空一行；读法是逐块、块内自左向右。②《宣传报道资料登记册》上下两个登记表：“一、报刊及网络（剪报、截图）”（刊发日期和版次写在同一格：“2020年10月21日 第A03版”）和“二、电视（视频光盘）”（播出时间“2020-11-05 19:30”、真日期、“2021年4月9日”、“2021.6.18”），是否电视只看属于哪一块，级别只能从媒体名看（韶关日报/韶关发布/韶关广播电视台→市，南方日报/南方+/羊城晚报/广东广播电视台→省，人民网/CCTV-17→国家，翁源发布/翁源县融媒体中心→县）；羊城晚报一条在截止日后（照列）。',
    sheets: [
      { name: '村居一览（按镇）', rows, merges },
      { name: '宣传资料登记', rows: mrows, merges: mmerges },
    ],
    expect: {
      sheets: {
        '村居一览（按镇）': { kind: 'villages', records: recs },
        '宣传资料登记': { kind: 'media', records: mrecs },
      },
    },
  };
}

// ============================================================== L2 鹤山市 —— 每月一张月报表（表就是报表本身）
function ledgerHeshan() {
  const r = mulberry32(4502);
  const months = [
    ['2020年9月', '2020年10月9日', true, 'head'],
    ['2020年10月', D('2020-11-06'), true, 'head'],
    ['2020年11月', '2020.12.8', false, 'head'],
    ['2020年12月', '2021/1/7', true, 'head'],
    ['2021年1月', '2021年2月5日', false, 'foot'],
    ['2021年2月', '2021.3.4', true, 'head'],
    ['2021年3月', D('2021-04-08'), true, 'head'],
    ['2021年4月', '2021年5月10日', false, 'head'],
    ['2021年5月', '2021-06-07', true, 'head'],
    ['2021年6月', '2021.7.6', true, 'head'],
    ['2021年7月', D('2021-08-05'), false, 'head'],
    ['2021年8月', '2021年9月7日', true, 'head'],
  ];
  const iso = {
    '2020年10月9日': '2020-10-09', '2020.12.8': '2020-12-08', '2021/1/7': '2021-01-07', '2021年2月5日': '2021-02-05',
    '2021.3.4': '2021-03-04', '2021年5月10日': '2021-05-10', '2021-06-07': '2021-06-07', '2021.7.6': '2021-07-06', '2021年9月7日': '2021-09-07',
  };
  const sheets = [];
  const expectSheets = {};
  sheets.push({
    name: '说明',
    rows: [
      ['鹤山市电子商务进农村综合示范创建工作月报表（2020年9月—2021年8月）'],
      ['本册按月收录每月报送江门市商务局的月报表（录入稿，原件已盖章存档），每月一张工作表，工作表名为统计月份。'],
      ['报送日期以各表表头“报送日期”为准；2021年1月报表表头漏填报送日期，以落款日期为准。'],
      ['“是否附电商扶贫统计表”为“是”的月份，同时报送了《电商扶贫情况统计表》。'],
      ['整理：鹤山市商务局电子商务股　2021年9月'],
    ],
    merges: ['A1:F1', 'A2:F2', 'A3:F3', 'A4:F4', 'A5:F5'],
  });
  expectSheets['说明'] = { kind: null };
  let cumSites = 36, cumSessions = 9, cumPT = 1180, cumFund = 162.5, cumPoor = 214;
  for (const [m, sent, pov, where] of months) {
    const W = 6;
    const rows = [];
    const merges = [];
    const T = (cells) => { rows.push(pad(cells, W)); return rows.length; };
    T(['鹤山市电子商务进农村综合示范创建工作月报表']);
    merges.push('A1:F1');
    T([`（${m}）`]);
    merges.push('A2:F2');
    T(['填报单位：鹤山市商务局（盖章）', null, null, where === 'head' ? '报送日期：' : '报送日期：', where === 'head' ? sent : null, null]);
    merges.push('A3:C3');
    T(['报送对象：江门市商务局电子商务科', null, null, '是否附电商扶贫统计表：', pov ? '是' : '否', null]);
    merges.push('A4:C4');
    T(['序号', '指标', '单位', '本月', '累计（创建以来）', '备注']);
    const sites = Math.floor(r() * 7) + 2, sess = Math.floor(r() * 3) + 1, pt = sess * (60 + Math.floor(r() * 90));
    const fund = Math.round((r() * 40 + 10) * 10) / 10;
    cumSites += sites; cumSessions += sess; cumPT += pt; cumFund = Math.round((cumFund + fund) * 10) / 10;
    T([1, '新建村级电商服务站点', '个', sites, cumSites, null]);
    T([2, '开展电商培训', '期', sess, cumSessions, null]);
    T([3, '培训人次', '人次', pt, cumPT, null]);
    T([4, '专项资金拨付', '万元', fund, cumFund, null]);
    T([5, '农村网络零售额', '万元', Math.round(r() * 3000 + 18000), '—', '统计局快报数']);
    T(['二、电商扶贫情况']);
    merges.push(`A${rows.length}:F${rows.length}`);
    if (pov) {
      const pp = Math.floor(r() * 30) + 8; cumPoor += pp;
      T([6, '贫困户参加电商培训', '人', pp, cumPoor, '详见统计表']);
      T([7, '电商带动贫困户增收', '万元', Math.round((r() * 8 + 2) * 10) / 10, '—', null]);
    } else {
      T([6, '贫困户参加电商培训', '人', '/', '/', '本月未统计']);
      T([7, '电商带动贫困户增收', '万元', '/', '/', null]);
    }
    T(['三、本月主要工作及下月计划']);
    merges.push(`A${rows.length}:F${rows.length}`);
    T(['1.推进村级站点挂牌及验收；2.组织电商培训；3.按进度拨付专项资金。下月继续推进站点运营考核。']);
    merges.push(`A${rows.length}:F${rows.length}`);
    T([]);
    if (where === 'foot') {
      T(['填报人：冯××', null, '审核人：陈××', null, '鹤山市商务局', null]);
      T([null, null, null, null, sent, null]);
    } else {
      T(['填报人：冯××', null, '审核人：陈××', null, '联系电话：0750-8××××××', null]);
    }
    sheets.push({ name: m, rows, merges });
    const date = typeof sent === 'object' ? sent.date : iso[sent];
    if (!date) throw new Error('no iso for ' + sent);
    expectSheets[m] = { kind: 'reports', records: [{ date, poverty: pov }] };
  }
  return {
    description: '鹤山市商务局的“月报表”工作簿：不是报送登记台账，而是把每月报江门市商务局的月报表原样录入，一月一张工作表（表名“2020年9月”…“2021年8月”就是统计月份），再加一张“说明”页。每张表就是一次报送：表头有“报送日期”（文本“2020年10月9日”“2020.12.8”“2021/1/7”、真日期、“2021-06-07”等）、“报送对象：江门市商务局电子商务科”和“是否附电商扶贫统计表：是/否”，下面是本月/累计指标小表（站点数、培训人次、拨付万元——不是事实表）和电商扶贫两行（附表的月份填数，否则为“/”）。2021年1月那张表头报送日期漏填，日期只在落款“鹤山市商务局”下一行。记录日期取报送日期而非统计月份（9月的报表10月9日报送；2021年8月报表2021年9月7日报送，照列）。',
    sheets,
    expect: { sheets: expectSheets },
  };
}

// ============================================================== C1 廉江市 —— 整本工作簿
function countyLianjiang() {
  const r = mulberry32(4503);
  const ASOF = '2021-08-31';
  // ---- villages
  const towns = [
    ['罗州街道', 6, 8], ['城南街道', 8, 6], ['城北街道', 7, 7], ['安铺镇', 21, 2], ['营仔镇', 18, 1], ['车板镇', 17, 0],
    ['高桥镇', 16, 1], ['石岭镇', 22, 0], ['雅塘镇', 19, 0], ['石颈镇', 15, 0], ['吉水镇', 23, 1], ['长山镇', 18, 0],
    ['塘蓬镇', 22, 0], ['和寮镇', 20, 0], ['河唇镇', 21, 1], ['石角镇', 17, 0], ['良垌镇', 25, 1], ['横山镇', 23, 0],
    ['新民镇', 20, 0], ['青平镇', 25, 0],
  ];
  const nAdmin = towns.reduce((s, t) => s + t[1], 0);
  const nJu = towns.reduce((s, t) => s + t[2], 0);
  if (nAdmin !== 363 || nJu !== 28) throw new Error(`lianjiang villages ${nAdmin} ${nJu}`);
  const pool = namePool(45031, nAdmin);
  const villages = []; // {town, base, admin, poor}
  let vi = 0;
  const juNames = ['罗州社区', '中山社区', '人民社区', '新华社区', '解放社区', '西街社区', '东街社区', '南门社区',
    '城南社区', '南湖社区', '金山社区', '九洲社区', '塘山社区', '三合社区',
    '城北社区', '北湖社区', '景新社区', '鹤岭社区', '建设社区', '北街社区', '城东社区',
    '安铺社区', '安铺西街社区', '营仔社区', '高桥社区', '吉水社区', '河唇社区', '良垌社区'];
  let ji = 0;
  for (const [town, c, j] of towns) {
    for (let k = 0; k < j; k++) {
      const nm = juNames[ji++];
      villages.push({ town, base: nm, name: nm + (k % 2 === 0 ? '居委会' : '居民委员会'), admin: false, poor: false });
    }
    for (let k = 0; k < c; k++) villages.push({ town, base: pool[vi++], admin: true, poor: false });
  }
  for (const v of villages) if (v.admin) v.name = v.base + '村委会';
  const admins = villages.filter((v) => v.admin);
  // 40 provincial poor villages, none in 街道
  const candPoor = admins.filter((v) => !/街道/.test(v.town));
  const poorSet = new Set();
  while (poorSet.size < 40) poorSet.add(candPoor[Math.floor(r() * candPoor.length)]);
  for (const v of poorSet) v.poor = true;

  // ---- stations: 141 covered admin villages (39 poor), +3 second stations, +2 社区, +1 农场 (not listed), +4 after cut-off
  const poorList = admins.filter((v) => v.poor);
  const nonPoor = admins.filter((v) => !v.poor);
  const covered = new Set(poorList.slice(0, 39));
  const latePoor = poorList[39];
  const shuffled = nonPoor.slice();
  for (let i = shuffled.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]; }
  let si = 0;
  while (covered.size < 141) covered.add(shuffled[si++]);
  const lateNonPoor = [shuffled[si++], shuffled[si++], shuffled[si++]];
  const coveredArr = admins.filter((v) => covered.has(v));
  const doubles = new Set([coveredArr[10], coveredArr[57], coveredArr[120]]);
  const juStations = [villages.find((v) => v.town === '安铺镇' && !v.admin), villages.find((v) => v.town === '城南街道' && !v.admin)];
  const lateSet = new Set([latePoor, ...lateNonPoor]);
  const lateDates = ['2021-09-03', '2021-09-15', '2021-10-08', '2021-09-28'];
  function randDate(lo, hi) { // ISO strings, inclusive
    const a = Date.parse(lo), b = Date.parse(hi);
    return ymd(new Date(a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000));
  }
  function fmtDate(iso, style) {
    const [y, m, d] = iso.split('-').map(Number);
    switch (style) {
      case 0: return D(iso);
      case 1: return `${y}.${m}.${d}`;
      case 2: return `${y}年${m}月${d}日`;
      case 3: return `${y}/${m}/${d}`;
      default: return `${String(y).slice(2)}.${m}.${d}`;
    }
  }
  const stations = [];
  let lateK = 0;
  for (const v of villages) {
    const push = (iso, monthOnly, note) => stations.push({ v, iso, monthOnly, note });
    if (covered.has(v)) {
      const iso = randDate('2020-06-10', '2021-08-25');
      const monthOnly = r() < 0.06;
      push(iso, monthOnly, null);
      if (doubles.has(v)) push(randDate('2021-03-01', '2021-08-20'), false, '同村第二个站点（快递驿站）');
    } else if (lateSet.has(v)) {
      push(lateDates[lateK++], false, '截止日后新挂牌');
    } else if (juStations.includes(v)) {
      push(randDate('2020-08-01', '2021-06-30'), false, '社区便民服务站');
    }
  }
  // 农场 station (not in village list) placed after 横山镇 block
  const farmIdx = stations.findIndex((s) => s.v.town === '新民镇');
  stations.splice(farmIdx, 0, { v: { town: '横山镇', base: '红江农场', name: '红江农场', admin: null }, iso: '2021-01-12', monthOnly: false, note: '农场生活区服务点（不在村居名单内）' });

  // ---- training sessions (普及培训)
  const sessTopics = ['电商基础知识普及', '网店开设与运营', '直播带货实操', '农产品包装与品牌', '电商客服与物流', '短视频营销', '合作社电商应用', '跨境电商入门'];
  const sessPlaces = ['市电商公共服务中心培训室', '安铺镇政府会议室', '良垌镇文化站', '石岭镇电商服务站', '青平镇政府三楼', '吉水镇农业服务中心', '廉江职校实训室'];
  const sessionPT = [156, 158, 125, 210, 133, 176, 138, 145, 192, 167, 120, 230, 141, 149, 185, 162, 117, 205, 138, 150, 174, 162, 196, 143, 181, 129, 164, 0];
  const sumFirst = sessionPT.slice(0, 27).reduce((a, b) => a + b, 0);
  sessionPT[27] = 4541 - sumFirst;
  if (sessionPT[27] < 80 || sessionPT[27] > 260) throw new Error('session balance ' + sessionPT[27]);
  const sessDates = [];
  {
    let t = Date.parse('2020-06-18');
    for (let i = 0; i < 28; i++) { sessDates.push(ymd(new Date(t))); t += (12 + Math.floor(r() * 6)) * 86400000; }
    if (sessDates[27] > '2021-08-31') throw new Error('session dates overflow ' + sessDates[27]);
  }
  // ---- poor roster: 140 persons: 96 eligible, 28 migrants with labour, 16 without labour
  const persons = [];
  const usedIds = new Set();
  function makeId(wantX) {
    for (;;) {
      const y = 1955 + Math.floor(r() * 48), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
      const seq = String(Math.floor(r() * 1000)).padStart(3, '0');
      const s17 = '440881' + y + String(m).padStart(2, '0') + String(d).padStart(2, '0') + seq;
      const id = s17 + idCheck(s17);
      if (usedIds.has(id)) continue;
      if (wantX !== undefined && (id[17] === 'X') !== wantX) continue;
      usedIds.add(id);
      return id;
    }
  }
  const poorVillArr = [...poorSet];
  for (let i = 0; i < 140; i++) {
    const kind = i % 35 < 24 ? 'E' : i % 35 < 31 ? 'M' : 'N'; // 96 E, 28 M, 16 N
    const v = poorVillArr[i % poorVillArr.length];
    persons.push({ kind, v, name: personName(r), id: makeId(kind === 'E' && (i === 5 || i === 40) ? true : kind === 'E' ? false : undefined) });
  }
  const E = persons.filter((p) => p.kind === 'E');
  const Mg = persons.filter((p) => p.kind === 'M');
  const N = persons.filter((p) => p.kind === 'N');
  if (E.length !== 96 || Mg.length !== 28 || N.length !== 16) throw new Error('roster mix');
  const xPersons = E.filter((p) => p.id.endsWith('X'));
  if (xPersons.length < 2) throw new Error('need X ids');
  // trained eligible: 49 distinct incl. both X persons
  const trainedE = [xPersons[0], xPersons[1], ...E.filter((p) => !p.id.endsWith('X')).slice(0, 47)];
  const untrainedE = E.filter((p) => !trainedE.includes(p));
  // sign-in rows by cut-off: 49 first + 20 repeats + 8 migrants + 4 no-labour + 6 non-poor = 87
  const specials = ['2020-11-26', '2021-01-14', '2021-04-22', '2021-07-08'];
  const lateSpecial = '2021-09-09';
  const cadres = Array.from({ length: 6 }, () => ({ name: personName(r), id: makeId(), v: admins[Math.floor(r() * admins.length)] }));
  const signin = []; // {p, date}
  trainedE.forEach((p, i) => signin.push({ p, date: specials[i % 4] }));
  for (let i = 0; i < 20; i++) { const p = trainedE[(i * 3 + 1) % 49]; const d0 = specials[trainedE.indexOf(p) % 4]; const d = specials.find((d) => d !== d0 && d > d0) || specials.find((d) => d !== d0); signin.push({ p, date: d }); }
  Mg.slice(0, 8).forEach((p, i) => signin.push({ p, date: specials[i % 4] }));
  N.slice(0, 4).forEach((p, i) => signin.push({ p, date: specials[(i + 1) % 4] }));
  cadres.forEach((p, i) => signin.push({ p, date: specials[(i + 2) % 4], cadre: true }));
  // dedupe same person same day (keep sign-in count exact by construction check)
  const seen = new Set();
  for (const s of signin) { const k = s.p.id + s.date; if (seen.has(k)) throw new Error('dup signin ' + k); seen.add(k); }
  if (signin.length !== 87) throw new Error('signin count ' + signin.length);
  // after cut-off special: 3 untrained eligible + 3 repeats
  const lateRows = [untrainedE[0], untrainedE[1], untrainedE[2], trainedE[3], trainedE[8], trainedE[13]].map((p) => ({ p, date: lateSpecial }));
  const allSign = signin.concat(lateRows);
  allSign.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // ---- check measures independently of the sheets
  const trainedDistinct = new Set(signin.filter((s) => E.includes(s.p)).map((s) => s.p.id));
  if (trainedDistinct.size !== 49) throw new Error('trained distinct ' + trainedDistinct.size);
  const ptTotal = 4541 + signin.length; // 4628
  if (ptTotal !== 4628) throw new Error('pt total ' + ptTotal);

  // ---- enterprises: 23 rows, 1 company twice (two rooms), 2 exited, 1 entered after cut-off -> 19 present
  const entTypes = ['平台型', '销售型', '电商运营服务', '物流快递'];
  const entNames = ['廉江市红橙电子商务有限公司', '湛江鹤地农产品贸易有限公司', '廉江市优选汇网络科技有限公司', '广东良垌农业发展有限公司', '廉江市青平荔枝专业合作社', '廉江市云仓供应链管理有限公司',
    '廉江市邮政速递物流营业部', '廉江市顺心快运有限公司', '湛江市播乐文化传媒有限公司', '廉江市安铺鸡电商有限公司', '廉江市橘香园食品有限公司', '廉江市长山红江橙销售中心',
    '廉江市好农夫电子商务有限公司', '廉江市乐享农品网络科技有限公司', '湛江农优选供应链有限公司', '廉江市村淘优品商贸有限公司', '廉江市石岭陶瓷电商有限公司', '廉江市果然鲜农业科技有限公司',
    '廉江市小红帽直播电商有限公司', '廉江市德邦物流营业部', '廉江市电商孵化运营有限公司', '廉江市塘蓬茶叶电商有限公司'];
  const ents = [];
  const credit = () => { const c = '91440881'; let s = c + 'MA5'; const al = '0123456789ABCDEFGHJKLMNPQRTUWXY'; while (s.length < 18) s += al[Math.floor(r() * al.length)]; return s; };
  entNames.forEach((n, i) => ents.push({ room: `${1 + Math.floor(i / 8)}0${(i % 8) + 1}`, name: n, code: credit(), type: entTypes[i % 4], in: randDate('2020-09-01', '2021-07-30'), out: null, note: null }));
  ents[4].in = '2020-09-18'; ents[4].out = '2021-03-31'; ents[4].note = '合同到期退出';
  ents[11].in = '2020-10-26'; ents[11].out = '2021-06-15'; ents[11].note = '迁出园区';
  ents[21].in = '2021-09-06'; ents[21].note = '9月新签约';
  const dupe = { ...ents[2], room: '208', note: '同一企业续租第二间（直播间）' };
  ents.splice(9, 0, dupe);
  const present = new Set(ents.filter((e) => e.in <= ASOF && !(e.out && e.out <= ASOF)).map((e) => e.code));
  if (ents.length !== 23 || present.size !== 19) throw new Error(`ents ${ents.length} ${present.size}`);

  // ---- funds (cash book)
  const pays = [
    ['2020-06-18', '县级电商公共服务中心装修工程（首付款）', 456000],
    ['2020-08-06', '公共服务中心设备采购', 238500],
    ['2020-09-25', '村级电商服务站点建设（第一批）', 540000],
    ['2020-11-12', '电商人才培训服务（第一期）', 186000],
    ['2020-12-28', '公共服务中心装修工程（进度款）', 304000],
    ['2021-01-21', '县镇村物流配送体系建设（首付款）', 420000],
    ['2021-03-16', '村级电商服务站点建设（第二批）', 495000],
    ['2021-04-28', '农产品质量溯源系统', 168800],
    ['2021-06-10', '电商人才培训服务（第二期）', 212000],
    ['2021-07-22', '品牌推广及网络促销活动', 190000],
    ['2021-08-19', '村级电商服务站点建设（第三批）', 362300],
    ['2021-08-27', '县镇村物流配送体系建设（进度款）', 0],
  ];
  const payBefore = pays.slice(0, 11).reduce((s, p) => s + p[2], 0);
  pays[11][2] = 3842600 - payBefore;
  if (pays[11][2] <= 0) throw new Error('fund balance');

  // ================= sheets
  const sheets = [];
  // 0 cover
  sheets.push({
    name: '封面',
    rows: [
      ['廉江市电子商务进农村综合示范创建'],
      ['考评台账'],
      [null],
      ['目录：1.关键数据及自评　2.村居名单　3.站点清单　4.普及培训　5.贫困户专场签到　6.贫困人口名单　7.产业园企业　8.资金收支　9.月报报送　10.专栏更新　11.宣传报道　12.经验材料'],
      [null],
      ['廉江市商务局　2021年9月'],
    ],
    merges: ['A1:H1', 'A2:H2', 'A4:H4', 'A6:H6'],
  });
  // 1 key data & self-assessment
  {
    const W = 12;
    const rows = [];
    const merges = [];
    const T = (cells) => { rows.push(pad(cells, W)); return rows.length; };
    const sec = (t) => { T([t]); merges.push(`A${rows.length}:L${rows.length}`); };
    T(['廉江市电子商务进农村综合示范创建考评关键数据及自评表']);
    merges.push('A1:L1');
    T(['填报单位：廉江市商务局', null, null, null, null, '数据截止：2021年8月31日', null, null, null, '填报日期：2021年9月8日']);
    merges.push('A2:D2', 'F2:H2', 'J2:L2');
    T(['序号', '评价指标（分值）', '关键数据①', '数值', '关键数据②', '数值', '关键数据③', '数值', '关键数据④', '数值', '自评分', '佐证（附件）']);
    sec('一、基本情况');
    T(['基', '基本情况', '常住人口', '139.28万人', '户籍人口', '184.60万人', '行政村（村委会）', '363个', '社区（居委会）', '28个', '—', '附2 村居名单']);
    T([null, '（续）', '省定贫困村', '40个', '镇（街道）', '18镇3街道', null, null, null, null, null, null]);
    sec('二、加强组织领导与统筹协调（10分）');
    T([1, '组织领导（2分）', '领导小组组长', '市委副书记、市长 黄××', '常务副组长', '副市长 李××', '成员单位', '市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、邮政廉江分公司等', null, null, 2, '廉府办函〔2019〕88号']);
    T([2, '方案制定（2分）', '示范创建工作方案', '已正式印发', '文号', '廉府办函〔2020〕27号', '印发日期', '2020.4.16', null, null, 2, '附1-2']);
    T([3, '政策支持（2分）', '扶持政策', '已出台', '文件', '《廉江市农村电子商务发展扶持办法（试行）》', null, null, null, null, 2, '附1-3']);
    T([4, '项目管理（4分）', '项目管理制度', '已建立', '制度自评', '2分', '工作台账', '已建立', '台账自评', '2分', 4, '附1-4']);
    sec('三、深入推动电子商务进农村工作（55分）');
    T([5, '服务体系建设—县级中心及产业园（15分）', '中心投入运营', D('2020-11-20'), '免费培训场所及设备', '有', '农产品免费展示销售', '有', '免费摄影美工', '有', 15, '附7']);
    T([null, '（续）', '统一推广及品牌指导', '有', '其他衍生增值服务', '有（代运营、直播基地）', '电商产业园', '已建成', '入驻企业', '23家', null, null]);
    T([6, '服务体系建设—村级站点（10分）', '已建站行政村', '146个', '行政村覆盖率（以200计）', '73%', '省定贫困村覆盖', '40/40', null, null, 10, '附3']);
    T([7, '农村产品上行（10分）', '网销调研自评', '2分', '促销活动自评', '2分', '专业第三方运营服务商', '有', '行政村快递覆盖', '是（100%）', 9, null]);
    T([null, '（续）', '标准、冷链及溯源自评', '1分', '2019年农村网络零售额', '35.6亿元', '2020年农村网络零售额', '44.1亿元', '同比增长', '23.9%', null, null]);
    T([null, '（续）', null, null, '2019年农产品网络零售额', '8.26亿元', '2020年农产品网络零售额', '10.95亿元', '同比增长', '32.6%', null, '市统计局快报']);
    T([8, '电商人才培训（20分）', '培训人次', '4,628人次', '占常住人口（以50万计）', '0.93%', '有劳动能力贫困人口（不含外出务工）', '96人', '参训贫困人口', '49人', 18, '附4、附5、附6']);
    sec('四、加强信息公开及报送（10分）');
    T([9, '信息公开（4分）', '专栏公示创建方案', '√', '项目基本信息', '√', '项目建设进度', '√', '征求意见/监督举报窗口', '√', 4, '附10']);
    T([10, '数据上报（6分）', '月报报送', '按月报湛江市商务局', '电商扶贫统计', '能统计', null, null, null, null, 6, '附9']);
    sec('五、加强宣传推广（10分）');
    T([11, '案例总结（2分）', '经验材料', '2021年4月报湛江市商务局', null, null, null, null, null, null, 2, '附12']);
    T([12, '经验推广（8分）', '省级媒体', '南方日报、广东电视台', '市级媒体', '湛江日报、湛江电视台', '县级媒体', '廉江市融媒体中心', null, null, 8, '附11']);
    sec('六、加强财政资金管理（15分）');
    T([13, '制度建立（5分）', '资金管理制度', '已制定', null, null, null, null, null, null, 5, '附1-5']);
    T([14, '资金台账（5分）', '资金专用台账', '已建立', null, null, null, null, null, null, 4, '附8']);
    T([15, '资金支出（5分）', '下达资金', '500万元', '累计拨付', '384.26万元', '支出率', '76.85%', '项目总体进度', '90%', 4, '附8']);
    sec('七、加分项及一票否决项');
    T([16, '加分：贫困人口培训率≥70%（2分）', '培训率', '51.0%', null, null, null, null, null, null, 0, null]);
    T([17, '加分：电商扶贫案例电视播报（2分）', '播报', '广东广播电视台珠江频道（2021.5.20）', '级别', '省级', null, null, null, null, 1, '附11']);
    T([18, '一票否决', '安全生产、质量事故或重大损失', '无', '总体进度不足40%', '否', '弄虚作假', '无', null, null, '—', null]);
    T(['合计', null, null, null, null, null, null, null, null, null, 96, '含加分1分']);
    merges.push(`A${rows.length}:J${rows.length}`);
    T([]);
    T(['注：1.常住人口为第七次全国人口普查数据；2.一个指标的关键数据一行放不下的，另起“（续）”行接着写；3.自评分为电商股初评，待局务会审定。']);
    merges.push(`A${rows.length}:L${rows.length}`);
    sheets.push({ name: '关键数据及自评', rows, merges });
  }
  // 2 villages
  {
    const rows = [['廉江市行政村（社区）名单'], ['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '是否通快递', '备注']];
    const merges = ['A1:G1'];
    let n = 0;
    let lastTown = null;
    let townCount = { c: 0, j: 0 };
    const flush = () => { if (lastTown) rows.push([null, `${lastTown}小计`, `村委会${townCount.c}个、居委会${townCount.j}个`, null, null, null, null]); };
    for (const v of villages) {
      if (v.town !== lastTown) { flush(); lastTown = v.town; townCount = { c: 0, j: 0 }; }
      if (v.admin) townCount.c++; else townCount.j++;
      rows.push([++n, v.town, v.name, v.admin ? '村委会' : '居委会', v.poor ? '是' : null, v.admin ? '是' : null, null]);
    }
    flush();
    rows.push([null, '合计', `村委会${nAdmin}个、居委会${nJu}个，省定贫困村40个`, null, null, null, null]);
    rows.push(['注：“省定贫困村”栏填“是”的为省定相对贫困村；居委会不统计快递通达。']);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push({ name: '村居名单', rows, merges });
  }
  // 3 stations
  {
    const rows = [['廉江市村级电子商务服务站点清单'], ['填报单位：廉江市商务局　　截至2021年10月'], ['站点编号', '站点名称', '所在镇（街道）', '所在村（居）', '挂牌时间', '站长', '联系电话', '备注']];
    const merges = ['A1:H1', 'A2:H2'];
    const townCode = {};
    let k = 0;
    for (const s of stations) {
      const t = s.v.town;
      townCode[t] = (townCode[t] || 0) + 1;
      k++;
      const vname = s.v.admin === false ? s.v.base : s.v.admin === null ? s.v.name : s.v.base + '村';
      const sname = s.v.admin === null ? '红江农场电商服务点' : s.v.admin === false ? `${s.v.base}便民电商服务站` : `${s.v.base}村电商服务站${s.note && s.note.startsWith('同村') ? '（二）' : ''}`;
      let opened;
      if (s.monthOnly) { const [y, m] = s.iso.split('-').map(Number); opened = `${y}年${m}月`; } else opened = fmtDate(s.iso, Math.floor(r() * 5));
      rows.push([`LJ-${String(k).padStart(3, '0')}`, sname, t, vname, opened, personName(r), phone(r), s.note]);
    }
    rows.push(['注：站点总数' + stations.length + '个（含社区便民服务站2个、农场服务点1个）；9月后挂牌的站点不计入本次考评。']);
    merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push({ name: '站点清单', rows, merges });
  }
  // 4 sessions
  {
    const rows = [['廉江市农村电商普及培训台账（按期次）'], ['期次', '培训日期', '培训主题', '培训地点', '培训对象', '参训人次', '备注']];
    const merges = ['A1:G1'];
    for (let i = 0; i < 28; i++) {
      let dt = fmtDate(sessDates[i], i % 4);
      if (i === 9) { const [y, m, d] = sessDates[i].split('-').map(Number); dt = `${y}.${m}.${d - 1}-${d}`; }
      let pt = sessionPT[i];
      if (i === 6) pt = `${pt}（含线上38）`;
      else if (i === 15) pt = `${pt}人次`;
      rows.push([`第${i + 1}期`, dt, sessTopics[i % sessTopics.length], sessPlaces[i % sessPlaces.length], i % 3 === 0 ? '农户、合作社' : i % 3 === 1 ? '返乡青年、个体商户' : '村站站长', pt, i === 9 ? '两天班' : null]);
    }
    rows.push(['第29期', '2021.9.16', '电商直播带货提升班', '市电商公共服务中心培训室', '电商从业人员', 480, '9月举办']);
    rows.push(['合计', null, null, null, null, 4541 + 480, null]);
    rows.push(['注：贫困户电商培训专场另有签到表（附5），专场人次未列入本表。']);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push({ name: '普及培训', rows, merges });
  }
  // 5 sign-in
  {
    const rows = [['廉江市建档立卡贫困户电商培训专场签到汇总表'], ['（专场人次未列入普及培训台账）'], ['序号', '培训日期', '姓名', '身份证号码', '所在镇村', '是否建档立卡贫困户', '签名']];
    const merges = ['A1:G1', 'A2:G2'];
    let n = 0;
    for (const s of allSign) {
      n++;
      let id = s.p.id;
      if (id.endsWith('X') && trainedE.includes(s.p)) id = id.slice(0, 17) + 'x';
      const dstyle = ['2020-11-26', '2021-07-08'].includes(s.date) ? 1 : s.date === '2021-04-22' ? 0 : 2;
      rows.push([n, fmtDate(s.date, dstyle), s.p.name, id, `${s.p.v.town}${s.p.v.base}村`, s.cadre ? '否（村干部）' : '是', '已签']);
    }
    sheets.push({ name: '贫困户专场签到', rows, merges });
  }
  // 6 poor roster
  {
    const rows = [['廉江市建档立卡贫困人口名单（劳动力及务工情况）'], ['序号', '镇', '村', '姓名', '身份证号码', '劳动能力', '务工情况', '备注']];
    const merges = ['A1:H1'];
    const migr = ['外出务工（省外）', '外出务工（县外省内）'];
    const home = ['在家务农', '县内务工'];
    persons.forEach((p, i) => {
      const lab = p.kind === 'N' ? '无劳动能力' : '有劳动能力';
      const work = p.kind === 'M' ? migr[i % 2] : p.kind === 'N' ? (i % 2 ? '在家' : '/') : home[i % 2];
      rows.push([i + 1, p.v.town, p.v.base + '村', p.name, p.id, lab, work, p.kind === 'N' && i % 3 === 0 ? '老人' : null]);
    });
    rows.push(['注：有劳动能力且未外出务工（在家务农、县内务工）的共96人。']);
    merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push({ name: '贫困人口名单', rows, merges });
  }
  // 7 enterprises
  {
    const rows = [['廉江市电子商务产业园入驻企业名单'], ['房号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']];
    const merges = ['A1:G1'];
    ents.forEach((e, i) => rows.push([e.room, e.name, e.code, e.type, fmtDate(e.in, i % 3 === 0 ? 0 : i % 3 === 1 ? 1 : 2), e.out ? fmtDate(e.out, 1) : null, e.note]));
    rows.push(['注：共23条，其中优选汇公司租用103、208两间。']);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push({ name: '产业园企业', rows, merges });
  }
  // 8 funds cash book
  {
    const rows = [['廉江市省级电子商务进农村综合示范专项资金收支台账'], ['单位：元'], ['日期', '凭证号', '摘要', '收入', '支出', '结余']];
    const merges = ['A1:F1'];
    let bal = 0;
    const entries = [['2020-05-20', '收到省级专项资金（粤商务电函〔2019〕29号）', 5000000, null]]
      .concat(pays.map((p) => [p[0], p[1], null, p[2]]))
      .concat([['2021-06-21', '专户利息收入', 1236.5, null], ['2021-09-14', '村级电商服务站点建设（尾款）', null, 300000]]);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    let v = 0;
    let year = '2020';
    let inc = 0, out = 0;
    for (const e of entries) {
      if (e[0].slice(0, 4) !== year) {
        rows.push([null, null, `${year}年合计`, inc, out, Math.round(bal * 100) / 100]);
        year = e[0].slice(0, 4); inc = 0; out = 0;
      }
      bal += (e[2] || 0) - (e[3] || 0);
      inc += e[2] || 0; out += e[3] || 0;
      rows.push([fmtDate(e[0], v % 2 ? 3 : 0), `记-${String(++v).padStart(3, '0')}`, e[1], e[2], e[3], Math.round(bal * 100) / 100]);
    }
    rows.push([null, null, `${year}年合计`, inc, out, Math.round(bal * 100) / 100]);
    sheets.push({ name: '资金收支', rows, merges });
  }
  // 9 reports
  {
    const rep = [
      ['2020-09-08', '8月份工作进展月报', '是'], ['2020-10-12', '9月份工作进展月报及统计数据', '是'], ['2020-11-09', '10月份工作进展月报', '否'],
      ['2020-12-08', '11月份工作进展月报及电商扶贫统计表', '是'], ['2021-01-11', '12月份及全年工作总结', '是'], ['2021-02-20', '1月份工作进展月报', '否'],
      ['2021-03-08', '2月份工作进展月报', '否'], ['2021-04-09', '3月份工作进展月报及电商扶贫统计表', '是'], ['2021-05-10', '4月份工作进展月报', '否'],
      ['2021-06-08', '5月份工作进展月报及电商扶贫统计表', '是'], ['2021-07-07', '6月份工作进展月报', '否'], ['2021-08-06', '7月份工作进展月报及电商扶贫统计表', '是'],
      ['2021-09-07', '8月份工作进展月报', '是'],
    ];
    const rows = [['廉江市电子商务进农村工作月报报送登记'], ['序号', '报送日期', '报送内容', '报送对象', '报送方式', '含电商扶贫统计']];
    rep.forEach((x, i) => rows.push([i + 1, fmtDate(x[0], i % 3 === 0 ? 2 : i % 3 === 1 ? 0 : 1), x[1], '湛江市商务局', i % 2 ? '粤政易' : '电子邮件', x[2]]));
    sheets.push({ name: '月报报送', rows, merges: ['A1:F1'] });
  }
  // 10 disclosures
  {
    const dis = ['2020-07-16', '2020-09-21', '2020-10-19', '2020-11-23', '2020-12-15', '2021-01-26', '2021-03-12', '2021-04-20', '2021-05-18', '2021-06-22', '2021-07-19', '2021-08-24', '2021-09-10'];
    const titles = ['廉江市电子商务进农村综合示范县创建工作方案', '电商进农村项目基本信息公示', '2020年9月项目建设进度', '2020年10月项目建设进度', '2020年11月项目建设进度', '2020年12月项目建设进度',
      '2021年1-2月项目建设进度', '2021年3月项目建设进度', '2021年4月项目建设进度', '2021年5月项目建设进度', '2021年6月项目建设进度', '2021年7月项目建设进度', '2021年8月项目建设进度'];
    const rows = [['“电子商务进农村综合示范”专栏更新记录（廉江市人民政府门户网站）'], ['序号', '发布日期', '标题', '备注']];
    dis.forEach((d, i) => rows.push([i + 1, fmtDate(d, i % 2 ? 1 : 0), titles[i], i === 0 ? '专栏设“监督举报”信箱' : null]));
    sheets.push({ name: '专栏更新', rows, merges: ['A1:D1'] });
  }
  // 11 media
  {
    const med = [
      ['2020-10-15', '湛江日报', '市级', '报纸', '廉江：村级电商站打通农产品上行通道', '否'],
      ['2020-12-09', '南方日报', '省级', '报纸', '廉江红橙搭上电商快车', '否'],
      ['2021-01-20', '湛江电视台《湛江新闻》', '市级', '电视', '廉江贫困户直播卖鸡 日销过千单', '是'],
      ['2021-05-20', '广东广播电视台珠江频道《今日关注》', '省级', '电视', '廉江：电商扶贫让荔枝卖出好价钱', '是'],
      ['2021-06-30', '南方+', '省级', '网络', '廉江电商进农村示范创建见成效', '否'],
      ['2021-09-10', '廉江市融媒体中心（廉江电视台）', '县级', '电视', '我市电商公共服务中心开展直播培训', '否'],
    ];
    const rows = [['廉江市电子商务进农村宣传报道统计表'], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
    med.forEach((m, i) => rows.push([i + 1, fmtDate(m[0], i % 2 ? 2 : 0), m[1], m[2], m[3], m[4], m[5]]));
    sheets.push({ name: '宣传报道', rows, merges: ['A1:G1'] });
  }
  // 12 materials
  {
    const rows = [['经验材料报送登记'], ['序号', '报送日期', '材料名称', '报送单位'],
      [1, '2021年4月12日', '廉江市“电商+特色农业”助力乡村振兴的经验做法', '湛江市商务局'],
      [2, '2021.9.2', '廉江市电子商务进农村综合示范创建工作总结', '湛江市商务局']];
    sheets.push({ name: '经验材料', rows, merges: ['A1:D1'] });
  }

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 13, 'work.coverage': 8, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const base = scored.reduce((s, k) => s + points[k], 0);
  const bonus = points['bonus.poorTraining'] + points['bonus.tvCase'];
  if (base !== 89 || bonus !== 1) throw new Error(`lianjiang total ${base} ${bonus}`);

  const poorCovered = poorList.filter((v) => covered.has(v)).length;
  const names = (arr) => arr.map((v) => v.base + '村').join('、');
  const derivation = [
    'asOf: 关键数据表“数据截止：2021年8月31日”；近一年窗口 2020-09…2021-08；运行满6个月的界线 2021-02-28（填报日期2021年9月8日不是截止日）。',
    'org.leadership: 组长“市委副书记、市长 黄××”（主要领导），成员单位含市商务局、市财政局、市农业农村局、市乡村振兴局 → 2',
    'org.plan: 方案“已正式印发”，自评分 2 → 2',
    'org.policy: 扶持政策“已出台”，自评分 2 → 2',
    'org.management: “制度自评 2分” ＋ “台账自评 2分” → 4',
    'work.center: ①中心 2020-11-20 投入运营 ≤ 截止日 → 2；②早于 2021-02-28，运行满6个月 → 2；③免费培训场所及设备 有 → 2；④免费展示销售 有 → 1；⑤摄影美工 有 → 1；⑥统一推广及品牌 有 → 1；⑦其他衍生增值服务 有 → 1；⑧电商产业园 已建成 → 2；⑨入驻企业表23行：优选汇公司两间房（同一信用代码，算1家）、青平荔枝合作社2021-03-31退出、长山红江橙销售中心2021-06-15迁出、塘蓬茶叶2021-09-06入驻（截止日后），截止日在园 23−1−2−1 = 19 家 < 20 → 0（按自报“23家”会误得2）；⑩在园企业类型含平台型、销售型、电商运营服务、物流快递 ≥ 3 种 → 1；合计 2+2+2+1+1+1+1+2+0+1 = 13',
    `work.coverage: 名单 ${nAdmin} 个村委会＋${nJu} 个居委会（不计），行政村 ${nAdmin} > 200，基数取 200；站点清单 ${stations.length} 行：截止日前挂牌、在名单内行政村的站点覆盖 141 个行政村（${names([...doubles])} 各有两个站点只算一村；安铺镇、城南街道两个社区站不计；红江农场服务点不在名单内不计；${names([latePoor, ...lateNonPoor])} 四站在截止日后（2021年9—10月）挂牌不计；只写“2021年×月”（≤8月）的按该月计入）→ 141/200 = 70.5% ≥ 70% → 5（误用 ${nAdmin} 作基数为 38.8% → 0）；省定贫困村 40 个，截止日前有站点 ${poorCovered} 个（${latePoor.base}村站点 ${stations.find((x) => x.v === latePoor).iso} 挂牌）→ 39/40 = 97.5%，在 80%–100%（不含）之间 → 3（自报“40/40”不采信）；合计 5+3 = 8`,
    'work.upward: 网销调研自评 2 → 2；促销活动自评 2 → 2；第三方运营服务商 有 → 1；村居名单“是否通快递”列 363 个村委会全为“是” → 快递覆盖 100% → 1；标准、冷链及溯源自评 1 → 1；增速：农村网零 44.1/35.6 − 1 = 23.9% < 30%，农产品网零 10.95/8.26 − 1 = 32.6% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9',
    `work.training: 普及培训台账第1-28期（均 ≤ 2021-08-31；第10期两天班按结束日；第7期“${sessionPT[6]}（含线上38）”取 ${sessionPT[6]}，第16期“${sessionPT[15]}人次”）合计 4541 人次，第29期 2021.9.16 的 480 人次和“合计”行不计；贫困户专场签到表（注明专场人次未列入普及培训台账）截止日前 87 行（2020-11-26、2021-01-14、2021-04-22、2021-07-08 四场；2021.9.9 一场 6 行不计）→ 4541 + 87 = 4628 人次 ÷ min(1,392,800, 500,000) = 0.9256%，在 0.8%–1%（不含）之间 → 8（误计9月数会到 5114 人次 ≥ 1% 得 10）；贫困人口名单 140 人，有劳动能力且未外出务工（在家务农/县内务工）96 人，其身份证号在截止日前签到中出现的 49 人（其中两人签到时末位写小写 x，与名单大写 X 同一人；重复参训只算一人；8名外出务工、4名无劳动能力、6名村干部非贫困户的签到不计；9月9日专场新增3人不计）→ 49/96 = 51.04% ≥ 50% → 10；合计 8+10 = 18`,
    'info.disclosure: 关键数据表专栏公示创建方案、项目基本信息、项目建设进度、征求意见/监督举报窗口 均为“√” → 2；专栏更新记录在 2020-09…2021-08 窗口内的月份为 2020年9、10、11、12月，2021年1、3、4、5、6、7、8月，缺 2021年2月（2020-07-16 在窗口外，2021-09-10 在截止日后）→ 11/12 个月，不定时 → 1；合计 3',
    'info.reporting: 月报报送登记 2020-09-08、10-12、11-09、12-08、2021-01-11、02-20、03-08、04-09、05-10、06-08、07-07、08-06 覆盖窗口内全部12个月（2021-09-07 一条在截止日后不计）→ 按月报送 → 3；多条“含电商扶贫统计”为“是”，关键数据表也写“能统计” → 3；合计 6',
    'promo.cases: 2021年4月12日向湛江市商务局报送经验材料 → 2（2021.9.2 一份在截止日后）',
    'promo.media: 截止日前有省级（南方日报、广东广播电视台珠江频道、南方+）→ 4，市级（湛江日报、湛江电视台）→ 3；县级只有 2021-09-10 廉江市融媒体中心一条，在截止日后 → 0；合计 7（自评 8 不采信）',
    'fund.system: 资金管理制度 已制定，自评 5 → 5',
    'fund.ledger: 资金专用台账 已建立，自评 4 → 4',
    'fund.spending: 资金收支台账“支出”列截止日前 12 笔合计 3,842,600 元（2020-05-20 收到省级专项资金 5,000,000 元和 2021-06-21 利息 1,236.50 元是收入，不是拨付；2021-09-14 尾款 300,000 元在截止日后；年度合计行不计）÷ 下达 5,000,000 元 = 76.85% ≥ 70% → 取自评及时拨付 4 → 4',
    'bonus.poorTraining: 贫困人口培训率 51.04% < 70% → 0',
    'bonus.tvCase: 宣传报道 2021-05-20 广东广播电视台珠江频道《今日关注》，电视、“是否电商扶贫典型案例：是”，省级 → 1（2021-01-20 湛江电视台为市级，不加分）',
    'veto.incident: 一票否决行“安全生产、质量事故或重大损失：无” → 0',
    'veto.progress: 项目总体进度 90% ≥ 40% → 0',
    'veto.fraud: “弄虚作假：无” → 0',
    'total: 2+2+2+4+13+8+9+18+3+6+2+7+5+4+4 = 89，加分 0+1 = 1 → 90；未否决。县自评合计 96 分。',
  ];
  return {
    description: '廉江市（湛江）商务局整本考评工作簿（13个表：封面目录、关键数据及自评、村居名单、站点清单、普及培训、贫困户专场签到、贫困人口名单、产业园企业、资金收支、月报报送、专栏更新、宣传报道、经验材料），中上（90分，含加分1分，未否决；县自评96分）。事实表《考评关键数据及自评表》是新写法：每个评价指标一行，关键数据以“关键数据n｜数值”四对横排（C:J），一行放不下的另起“（续）”行（序号空、B列写“（续）”），末两列是自评分和佐证附件号；判断项的分数也作为关键数据对写在行里（“制度自评｜2分”“网销调研自评｜2分”），两行“同比增长”分属农村网零和农产品网零、靠同一行前面的对区分。台账：村居名单每镇后有“××镇小计”行、末尾合计行，行政村 363 个超过200；站点清单站点编号 LJ-001…、挂牌时间五种写法和“2021年5月”式月份；普及培训按期次记人次（“138（含线上38）”“162人次”文本、两天班），贫困户专场签到另表且注明人次未列入普及台账；资金是收支账（收入为下达资金和利息）。陷阱：户籍人口；自报入驻23家实为19家；站点自报146村实为141村（基数200）、贫困村自报全覆盖实为39/40；9月的培训班、专场、拨付、站点、入驻、县级报道、经验材料；两名贫困户签到身份证末位小写x；专栏缺2021年2月更新。',
    sheets,
    expect: {
      asOf: ASOF,
      total: base + bonus,
      bonus,
      vetoed: false,
      points,
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
        'work.center': 15, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
    derivation,
  };
}

// ---------------------------------------------------------------- write
write('facts', 'b45-f1-dianbai.json', factsDianbai());
write('facts', 'b45-f2-huidong.json', factsHuidong());
write('facts', 'b45-f3-fogang.json', factsFogang());
write('ledgers', 'b45-l1-wengyuan.json', ledgerWengyuan());
write('ledgers', 'b45-l2-heshan.json', ledgerHeshan());
write('counties', 'b45-c1-lianjiang.json', countyLianjiang());
console.log('written');
