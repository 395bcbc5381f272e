'use strict';
// Batch 36 blind corpus cases: 1 county workbook (陆丰市), 3 facts sheets (吴川市, 武江区, 德庆县),
// 2 ledger cases (翁源县, 惠东县). Plain CommonJS, no dependencies, deterministic.
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function makeRng(seed) {
  const r = mulberry32(seed);
  return {
    next: r,
    int: (a, b) => a + Math.floor(r() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHK = '10X98765432';
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(s17[i]) * W[i]; return CHK[s % 11]; }
function makeId(area, ymd, seq) { const s17 = area + ymd + String(seq).padStart(3, '0'); return s17 + idCheck(s17); }
function colName(n) { let s = ''; n += 1; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function range(c1, r1, c2, r2) { return colName(c1) + r1 + ':' + colName(c2) + r2; } // c 0-based, r 1-based
function pad(row, n) { const r = row.slice(); while (r.length < n) r.push(null); return r; }
function D(s) { return { date: s }; }
function ymd(y, m, d) { return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`; }
function write(dir, name, obj) {
  const d = path.join(ROOT, dir);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
function assert(c, m) { if (!c) throw new Error('assertion failed: ' + m); }
function randomBirth(rng, y0, y1) {
  const y = rng.int(y0, y1), m = rng.int(1, 12), d = rng.int(1, 28);
  return `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}
const SURN = ['陈', '林', '黄', '蔡', '郑', '吴', '彭', '庄', '叶', '卓', '余', '刘', '李', '张', '许', '杨', '曾', '王', '罗', '温', '钟', '邱', '谢', '朱'];
const GIV1 = ['秀', '美', '丽', '春', '海', '国', '建', '文', '志', '伟', '亚', '少', '惠', '燕', '明', '泽', '锦', '木', '桂', '振', '荣', '妙', '淑', '德'];
const GIV2 = ['英', '兰', '华', '平', '强', '辉', '娟', '珍', '生', '光', '彬', '凤', '芳', '雄', '金', '兴', '玲', '标', '勇', '娥', '松', '清', '贤', '霞'];
function personName(rng) { return rng.pick(SURN) + rng.pick(GIV1) + (rng.next() < 0.8 ? rng.pick(GIV2) : ''); }
function phone(rng) { return '1' + rng.pick(['35', '37', '38', '39', '50', '58', '59', '88', '36', '82']) + String(rng.int(10000000, 99999999)); }

// ======================================================================
// FACTS 1 — 吴川市: 数据口径比对表（同一指标多个来源，★标采用）
// ======================================================================
function factsWuchuan() {
  const N = 13;
  const rows = [];
  const merges = [];
  const push = (r) => { rows.push(pad(r, N)); return rows.length; };
  const section = (t) => { const r = push([t]); merges.push(range(0, r, N - 1, r)); };

  let r = push(['吴川市电子商务进农村综合示范创建考评基础数据口径比对表']);
  merges.push(range(0, r, N - 1, r));
  r = push(['编制单位：吴川市商务局（电商股）', null, null, null, null, null, '考评数据截止时间：2021年8月31日', null, null, null, '制表：2021.9.2']);
  merges.push(range(0, r, 5, r), range(6, r, 9, r), range(10, r, 12, r));
  r = push(['说明：同一指标有几个来源（口径）的都列出来，经8月30日局长办公会确定采用的，在该口径右边“采用”格内打★；只有一个来源的也打★。未打★的数只作对照，不上报考评组。']);
  merges.push(range(0, r, N - 1, r));
  const h1 = push(['序号', '指标', '单位', '口径一', null, null, '口径二', null, null, '口径三', null, null, '备注']);
  const h2 = push([null, null, null, '来源', '数值', '采用', '来源', '数值', '采用', '来源', '数值', '采用', null]);
  merges.push(range(0, h1, 0, h2), range(1, h1, 1, h2), range(2, h1, 2, h2), range(3, h1, 5, h1), range(6, h1, 8, h1), range(9, h1, 11, h1), range(12, h1, 12, h2));

  section('一、基本情况');
  push([1, '县（市、区）名称', '—', '市商务局', '吴川市', '★']);
  push([2, '常住人口', '万人', '统计年鉴（2019年末）', 92.46, null, '第七次全国人口普查', 93.14, '★', '公安户籍人口', 121.6, null, '按省厅要求用七普数']);
  push([3, '行政村（村民委员会）', '个', '市民政局', 239, '★', '市乡村振兴局帮扶台账', 241, null, null, null, null, '乡村振兴局台账含2个已撤并村']);
  push([4, '社区（居民委员会）', '个', '市民政局', 46, '★']);
  push([5, '省定贫困村', '个', '市乡村振兴局', 23, '★']);
  section('二、组织领导');
  push([6, '领导小组组长', '—', '吴府办〔2019〕58号（成立）', '分管副市长', null, '吴府办〔2020〕17号（调整）', '市委副书记、市长', '★', null, null, null, '2020年3月人事变动后调整']);
  push([7, '领导小组成员单位', '—', '吴府办〔2020〕17号（调整）', '市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办）、市市场监管局、市交通运输局、吴川邮政分公司', '★']);
  push([8, '示范县工作方案', '—', '吴府办〔2019〕61号', '已正式印发', '★']);
  push([9, '支持农村电商发展的政策', '—', '吴府〔2020〕9号', '已出台（《吴川市促进农村电子商务发展扶持办法》）', '★']);
  section('三、服务体系');
  push([10, '县级电子商务公共服务中心投入运营时间', '—', '中心建设项目验收报告', '2020年12月8日', null, '开业仪式（市政府网新闻）', '2020年11月26日', '★', null, null, null, '验收在开业之后']);
  push([11, '中心免费培训场所、培训设备', '—', '现场核实（8月26日）', '有', '★']);
  push([12, '中心免费展示、销售特色农产品', '—', '现场核实（8月26日）', '有', '★']);
  push([13, '中心免费摄影、美工服务', '—', '运营方自报', '有', null, '现场核实（8月26日）', '无（摄影间设备未配齐，拍摄按次收费）', '★']);
  push([14, '组织农产品统一推广、指导品牌建设', '—', '现场核实（8月26日）', '有', '★']);
  push([15, '其他衍生增值服务', '—', '现场核实（8月26日）', '有（代办营业执照、物流对接、金融对接）', '★']);
  push([16, '电商产业园', '—', '市商务局', '已建成（吴川市电子商务产业园，2020年10月揭牌）', '★']);
  push([17, '专业第三方电商运营服务商', '—', '政府采购合同', '有（湛江市鉴江网络科技有限公司）', '★']);
  push([18, '行政村物流快递覆盖率', '%', '湛江市邮政管理局证明', 100, '★', '各快递企业自报汇总', 97.9, null]);
  section('四、农村产品上行');
  push([19, '2019年农村网络零售额', '亿元', '省商务厅监测数据', 21.36, '★', '市统计局', 19.8, null]);
  push([20, '2020年农村网络零售额', '亿元', '省商务厅监测数据', 26.92, '★', '市统计局', 24.1, null]);
  push([21, '2020年农村网络零售额同比增速', '%', '省商务厅监测数据', 26.0, '★', '市统计局', 21.7, null]);
  push([22, '2019年农产品网络零售额', '亿元', '省商务厅监测数据', 6.18, '★']);
  push([23, '2020年农产品网络零售额', '亿元', '省商务厅监测数据', 8.21, '★', '第三方平台（电商大数据平台）', 8.66, null]);
  push([24, '2020年农产品网络零售额同比增速', '%', '省商务厅监测数据', 32.8, '★', '第三方平台（电商大数据平台）', 40.1, null]);
  section('五、人才培训');
  push([25, '电商培训人次', '人次', '培训台账（截至8月31日）', '9,462', '★', '中心运营方月报（截至9月10日）', '9,818', null]);
  push([26, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', '市乡村振兴局（2021年6月核定）', '3,416', '★', '市乡村振兴局（含外出务工）', '5,902', null]);
  push([27, '参加电商培训的建档立卡贫困人口', '人', '签到表与贫困人口名单比对（去重）', '1,785', '★', '签到人次（未去重）', '2,640', null]);
  section('六、信息公开与报送');
  push([28, '专栏公示创建方案', '—', '市政府网专栏', '是', '★']);
  push([29, '专栏公示项目基本信息', '—', '市政府网专栏', '是', '★']);
  push([30, '专栏公示项目建设进度', '—', '市政府网专栏', '是（按月）', '★']);
  push([31, '专栏设征求意见或监督举报窗口', '—', '市政府网专栏', '有（监督举报电话、邮箱）', '★']);
  push([32, '能统计电商扶贫情况', '—', '月报附表', '是', '★']);
  section('七、财政资金');
  push([33, '省级专项资金下达', '万元', '粤财工〔2019〕112号', 500, '★']);
  push([34, '累计拨付', '万元', '财政国库支付系统（截至8月31日）', 401.27, '★', '商务局台账（含9月已审批未支付）', 436.27, null]);
  push([35, '资金管理制度', '—', '吴商务〔2019〕45号', '已制定', '★']);
  push([36, '资金专用台账', '—', '承建单位', '已建立', '★']);
  push([37, '项目总体进度', '%', '运营方月报', 92, null, '市商务局核定', 86, '★']);
  section('八、一票否决');
  push([38, '发生安全生产、质量事故或重大经济损失', '—', '市应急管理局、市市场监管局', '无', '★']);
  push([39, '弄虚作假', '—', '市商务局', '无', '★']);
  push([]);
  // judged sub table
  r = push(['附：主观评分项自评（股室初评／局长办公会审定，采用的打★）']);
  merges.push(range(0, r, N - 1, r));
  push(['序号', '评分项', '分值范围', '股室初评', '采用', '局长办公会审定', '采用', '说明']);
  push([1, '方案制定', '1-2', 2, '★']);
  push([2, '政策支持', '1-2', 2, null, 1, '★', '扶持办法兑现面窄，按1分']);
  push([3, '项目管理制度', '1-2', 2, '★']);
  push([4, '工作台账', '1-2', 2, '★']);
  push([5, '网销调研', '1-2', 2, '★']);
  push([6, '网络促销活动', '1-2', 2, '★']);
  push([7, '交易标准、冷链及溯源', '1-2', 2, null, 1, '★', '冷链仓未建成，按1分']);
  push([8, '资金管理制度', '1-5', 5, '★']);
  push([9, '资金台账', '1-5', 5, null, 4, '★', '承建方部分凭证未装订，按4分']);
  push([10, '资金及时拨付', '1-5', 4, '★']);
  push([]);
  r = push(['注：1.未打★的数字为对照口径，不作为上报数据；2.户籍人口、未去重人次仅供核对。']);
  merges.push(range(0, r, N - 1, r));
  push(['经办人：李××', null, null, null, '审核：陈××', null, null, null, '分管领导：梁××']);

  return {
    description: '吴川市商务局电商股的《考评基础数据口径比对表》：同一指标按来源列出最多三个口径（来源｜数值｜采用，两行表头），只有打★的口径是上报值（七普常住人口、调整后的组长、开业日期而非验收日期、现场核实的摄影美工“无”、国库口径的拨付额、商务局核定的总体进度）；下方另一张主观评分项表，股室初评和局长办公会审定两栏，也以★定取舍。',
    sheets: [{ name: '数据口径比对', rows, merges }],
    expect: {
      facts: {
        county: '吴川市',
        asOf: '2021-08-31',
        residentPopulation: 931400,
        adminVillagesStated: 239,
        poorVillagesStated: 23,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 2136000000,
        ruralRetail2020: 2692000000,
        ruralRetailGrowthStated: 0.26,
        agriRetail2019: 618000000,
        agriRetail2020: 821000000,
        agriRetailGrowthStated: 0.328,
        trainingPersonTimesStated: 9462,
        eligiblePoorPersonsStated: 3416,
        trainedPoorPersonsStated: 1785,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4012700,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ======================================================================
// FACTS 2 — 武江区: XMind 思维导图导出到 Excel（层级靠列，每个主题一行）
// ======================================================================
function factsWujiang() {
  const tree = [
    [0, '武江区电商进农村示范创建考评迎检数据（截至2021.8.31）'],
    [1, '一、区情'],
    [2, '考评截止日'], [3, '2021年8月31日'],
    [2, '常住人口'], [3, '36.82万人（七普）'],
    [2, '户籍人口'], [3, '31.47万人'],
    [2, '行政村'], [3, '58个'],
    [2, '社区居委会'], [3, '39个'],
    [2, '省定贫困村'], [3, '9个'],
    [1, '二、组织领导'],
    [2, '领导小组'],
    [3, '组长'], [4, '区委副书记、区长'],
    [3, '常务副组长'], [4, '分管副区长'],
    [3, '成员单位'],
    [4, '区商务局'], [4, '区财政局'], [4, '区农业农村局'], [4, '区乡村振兴局'], [4, '区市场监管局'], [4, '邮政武江分公司'],
    [2, '示范县工作方案'], [3, '已印发（韶武府办〔2019〕41号）'],
    [2, '扶持政策'], [3, '起草中，未印发'],
    [1, '三、服务体系'],
    [2, '区电商公共服务中心'],
    [3, '开业：2020年9月15日'],
    [3, '免费培训室、设备 ✔'],
    [3, '免费展示展销 ✔'],
    [3, '免费摄影美工 ✔'],
    [3, '品牌推广 ✔'],
    [3, '其他增值服务 ✔（代办执照、物流对接）'],
    [2, '电商产业园'], [3, '已整合建成（西联电商产业园）'],
    [2, '第三方运营'], [3, '有：韶关市云岭网络科技有限公司'],
    [2, '快递进村'], [3, '58个行政村全覆盖'],
    [1, '四、农产品上行'],
    [2, '农村网络零售额'],
    [3, '2019年'], [4, '4.86亿元'],
    [3, '2020年'], [4, '5.93亿元'],
    [3, '增速'], [4, '22.0%'],
    [2, '农产品网络零售额'],
    [3, '2019年'], [4, '1.12亿元'],
    [3, '2020年'], [4, '1.31亿元'],
    [3, '增速'], [4, '17.0%'],
    [1, '五、人才培训'],
    [2, '培训人次'], [3, '4,105人次'],
    [2, '建档立卡贫困人口'],
    [3, '有劳动能力（不含外出务工）'], [4, '412人'],
    [3, '已参训（去重）'], [4, '236人'],
    [1, '六、信息公开和报送'],
    [2, '区政府网专栏'],
    [3, '创建方案 ✔'], [3, '项目基本信息 ✔'], [3, '建设进度 ✔ 每月'], [3, '征求意见/举报窗口 ✘'],
    [2, '报市商务局'],
    [3, '月报 ✔'], [3, '电商扶贫统计 ✔'],
    [1, '七、资金'],
    [2, '省级下达'], [3, '500万元'],
    [2, '累计拨付（截至8.31）'], [3, '382.6万元'],
    [2, '管理制度'], [3, '已制定'],
    [2, '专用台账'], [3, '已建立'],
    [2, '项目总体进度'], [3, '88%'],
    [1, '八、主观项自评'],
    [2, '方案制定'], [3, '2分'],
    [2, '政策支持'], [3, '—（政策未出台，不自评）'],
    [2, '项目管理'],
    [3, '制度'], [4, '2分'],
    [3, '台账'], [4, '2分'],
    [2, '农村产品上行'],
    [3, '网销调研'], [4, '2分'],
    [3, '促销活动'], [4, '2分'],
    [3, '标准/冷链/溯源'], [4, '1分'],
    [2, '资金'],
    [3, '管理制度'], [4, '5分'],
    [3, '资金台账'], [4, '5分'],
    [3, '及时拨付'], [4, '4分'],
    [1, '九、否决项'],
    [2, '安全生产、质量事故'], [3, '无'],
    [2, '弄虚作假'], [3, '无'],
  ];
  const N = 5;
  const rows = [['中心主题', '分支主题', '子主题', '子主题', '子主题']];
  for (const [lvl, t] of tree) { const r = new Array(N).fill(null); r[lvl] = t; rows.push(r); }
  rows.push(new Array(N).fill(null));
  rows.push(['【自由主题】待核：9月2日那期培训146人次不计入；户籍人口只作参考', null, null, null, null]);
  return {
    description: '武江区商务局电商股用 XMind 整理迎检数据后“导出为 Excel”：第1行是“中心主题｜分支主题｜子主题…”，每个主题占一行、所在列就是层级，数值是叶子节点（在标签的下一行、右移一列），同名标签要连上父节点读（“七、资金→管理制度→已制定”是事实，“八、主观项自评→资金→管理制度→5分”是资金管理制度自评；“项目管理→制度”是项目管理制度）；末尾一个浮动主题。表内无县名标签。',
    sheets: [{ name: '导图导出', rows }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 368200,
        adminVillagesStated: 58,
        poorVillagesStated: 9,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-09-15',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 486000000,
        ruralRetail2020: 593000000,
        ruralRetailGrowthStated: 0.22,
        agriRetail2019: 112000000,
        agriRetail2020: 131000000,
        agriRetailGrowthStated: 0.17,
        trainingPersonTimesStated: 4105,
        eligiblePoorPersonsStated: 412,
        trainedPoorPersonsStated: 236,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3826000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 5,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ======================================================================
// FACTS 3 — 德庆县: 考评数据真实性承诺书（正文 + 附表“承诺数据”带提供单位和签字栏）
// ======================================================================
function factsDeqing() {
  const N = 5;
  const rows = [];
  const merges = [];
  const push = (r) => { rows.push(pad(r, N)); return rows.length; };
  const para = (t) => { const r = push([t]); merges.push(range(0, r, N - 1, r)); };
  para('德庆县电子商务进农村综合示范创建考评数据真实性承诺书');
  push([]);
  para('广东省商务厅：');
  para('    根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我县对截至2021年8月31日的示范创建工作进行了全面自查，现就报送的考评数据和材料郑重承诺如下：');
  para('    一、我县报送的考评数据（见附表）均经数据提供单位核实、负责人签字确认，真实、准确、完整。');
  para('    二、示范创建期间，我县未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。');
  para('    三、我县不存在虚报、瞒报数据或伪造佐证材料等弄虚作假行为。如有不实，愿承担相应责任。');
  para('    四、我县电子商务进农村综合示范工作由县委副书记、县长任领导小组组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监督管理局、县交通运输局为成员单位，领导小组办公室设在县商务局。');
  para('    特此承诺。');
  push([]);
  push([null, null, '承诺单位：德庆县人民政府（盖章）']);
  push([null, null, '县长（签字）：']);
  push([null, null, '2021年9月3日']);
  push([]);
  para('附表：德庆县电子商务进农村综合示范创建考评主要数据（承诺数据）');
  push(['序号', '数据项', '承诺数据', '数据提供单位', '单位负责人（签字）']);
  const data = [
    ['考评数据截止时间', '2021年8月31日', '县商务局'],
    ['常住人口', '34.21万人（第七次全国人口普查；户籍人口40.62万人）', '县统计局'],
    ['行政村数量', '118个（另有社区居委会14个）', '县民政局'],
    ['省定贫困村数量', '17个', '县乡村振兴局'],
    ['示范县工作方案', '已正式印发（德府办函〔2019〕112号）', '县商务局'],
    ['支持农村电商发展的政策', '已出台（《德庆县农村电子商务发展扶持办法》德府办〔2020〕5号）', '县商务局'],
    ['县级电子商务公共服务中心投入运营时间', '2020年9月28日', '县商务局'],
    ['县级中心服务功能', '免费培训场所及设备：有；免费展示展销：有；免费摄影美工：无（暂按成本收费）；农产品统一推广及品牌指导：有；其他衍生增值服务：有（代办注册、金融对接）', '县商务局'],
    ['电商产业园', '已整合建成（德庆县电子商务产业园，在园企业22家）', '县商务局'],
    ['专业第三方电商运营服务商', '有（肇庆市德商网络科技有限公司）', '县商务局'],
    ['行政村物流快递覆盖率', '100%', '县邮政管理局'],
    ['2019年农村网络零售额', '3.05亿元', '县统计局'],
    ['2020年农村网络零售额', '3.98亿元（同比增长30.5%）', '县统计局'],
    ['2019年农产品网络零售额', '1.46亿元', '县统计局'],
    ['2020年农产品网络零售额', '1.77亿元（同比增长21.2%）', '县统计局'],
    ['电商培训人次', '3,876人次（另有9月上旬2期186人次未计入）', '县商务局'],
    ['有劳动能力的建档立卡贫困人口数（不含外出务工）', '1,024人', '县乡村振兴局'],
    ['参加电商培训的建档立卡贫困人口数', '538人（去重，共参训812人次）', '县乡村振兴局、县商务局'],
    ['政府网站专栏公开情况', '已公示创建方案、项目基本信息，按月公示项目建设进度，设有监督举报电话和邮箱', '县政务服务数据管理局'],
    ['电商扶贫统计', '已开展，每月随月报报送贫困户参训、带动增收数据', '县商务局'],
    ['省级专项资金下达', '500万元', '县财政局'],
    ['累计拨付资金', '4,126,800元（拨付率82.5%）', '县财政局'],
    ['资金管理制度', '已制定（德财〔2019〕36号）', '县财政局'],
    ['资金专用台账', '已建立', '县财政局'],
    ['项目总体进度', '93%', '县商务局'],
  ];
  data.forEach((d, i) => push([i + 1, d[0], d[1], d[2], null]));
  push([]);
  para('注：本附表数据与《德庆县电子商务进农村综合示范创建自评报告》一致；“单位负责人（签字）”栏由各单位负责人手签后扫描存档。');
  return {
    description: '德庆县人民政府报省商务厅的《考评数据真实性承诺书》录入 Excel：上半是承诺书正文（一段一行，合并 A:E），一票否决两项和领导小组组成写在承诺条款里（“未发生安全生产、质量事故…”“不存在…弄虚作假”“县委副书记、县长任组长”）；落款、日期在中间；下半是附表“承诺数据”（序号｜数据项｜承诺数据｜数据提供单位｜单位负责人（签字）），值写成带括号说明的短句，中心服务功能一格里用“；”写五项（摄影美工“无”）。陷阱：户籍人口40.62万、社区14个、9月上旬186人次、812人次、拨付率82.5%、承诺日期2021年9月3日都不是输入。表内无县名标签。',
    sheets: [{ name: '承诺书', rows, merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 342100,
        adminVillagesStated: 118,
        poorVillagesStated: 17,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 305000000,
        ruralRetail2020: 398000000,
        ruralRetailGrowthStated: 0.305,
        agriRetail2019: 146000000,
        agriRetail2020: 177000000,
        agriRetailGrowthStated: 0.212,
        trainingPersonTimesStated: 3876,
        eligiblePoorPersonsStated: 1024,
        trainedPoorPersonsStated: 538,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126800,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.93,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// ======================================================================
// LEDGER 1 — 翁源县: 人脸识别签到系统考勤明细导出 + 国库集中支付明细（带支付状态）
// ======================================================================
function ledgerWengyuan() {
  const rng = makeRng(3601);
  const classes = [
    { code: 'WY2021-05', name: '农产品直播带货实操班', date: '2021-03-18', n: 14, late: [3], early: [], manual: [], absent: [6, 11] },
    { code: 'WY2021-06', name: '网店美工与运营班', date: '2021-04-22', n: 12, late: [], early: [8], manual: [4], absent: [10] },
    { code: 'WY2021-08', name: '三华李、兰花线上营销班', date: '2021-06-10', n: 12, late: [1], early: [], manual: [], absent: [5, 9], lowerX: 2, noId: 7 },
    { code: 'WY2021-11', name: '农村电商基础普及班（江尾镇）', date: '2021-09-02', n: 8, late: [], early: [], manual: [], absent: [3] },
  ];
  const head = ['序号', '班次编号', '班次名称', '考勤日期', '姓名', '证件号码', '手机号', '人脸签到时间', '人脸签退时间', '考勤状态', '识别相似度'];
  const body = [];
  const records = [];
  let seq = 0, expected = 0, actual = 0;
  for (const c of classes) {
    for (let i = 0; i < c.n; i++) {
      seq++; expected++;
      let id = makeId('440229', randomBirth(rng, 1968, 2001), rng.int(100, 999));
      if (c.lowerX === i) {
        // force a check digit X
        let s = 100; do { id = makeId('440229', '19880417', s++); } while (!id.endsWith('X'));
      }
      const nm = personName(rng);
      const hIn = `08:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
      const hOut = `${rng.int(16, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
      let signIn = hIn, signOut = hOut, status = '正常', sim = (0.86 + rng.next() * 0.13).toFixed(2);
      if (c.absent.includes(i)) { signIn = '--'; signOut = '--'; status = '缺勤'; sim = '--'; }
      else if (c.late.includes(i)) { signIn = `09:${String(rng.int(16, 45)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`; status = '迟到'; }
      else if (c.early.includes(i)) { signOut = `14:${String(rng.int(5, 40)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`; status = '早退'; }
      else if (c.manual.includes(i)) { signIn = '08:52（补签）'; status = '正常（人工补签）'; sim = '--'; }
      let idCell = id;
      let idRec = id;
      if (c.lowerX === i) idCell = id.slice(0, 17) + 'x';
      if (c.noId === i) { idCell = '（未采集）'; idRec = null; }
      body.push([seq, c.code, c.name, c.date, nm, idCell, phone(rng), signIn, signOut, status, sim]);
      if (status !== '缺勤') { actual++; records.push({ date: c.date, personTimes: 1, id: idRec }); }
    }
  }
  const rows = [
    pad(['翁源县电子商务公共服务中心 智慧培训签到系统——考勤明细导出'], 11),
    pad(['导出时间：2021-09-06 10:12:45', null, null, null, '导出人：admin_wy', null, null, '筛选条件：2021-03-01 至 2021-09-05，全部班次'], 11),
    pad([`班次数：4    应到：${expected}人次    实到：${actual}人次    缺勤：${expected - actual}人次`], 11),
    head,
    ...body,
  ];
  assert(actual === records.length, 'wengyuan actual');

  // funds
  const fh = ['序号', '支付申请编号', '申请日期', '支付日期', '预算项目', '收款单位', '摘要', '金额（元）', '支付状态', '备注'];
  const F = [
    ['ZF2020-0312', '2020-05-20', '2020-05-28', '县电商公共服务中心建设', '翁源县兰乡电子商务有限公司', '公共服务中心建设首期款', 960000, '支付成功', null],
    ['ZF2020-0466', '2020-08-07', '2020-08-14', '村级站点建设', '中国邮政集团有限公司广东省翁源县分公司', '第一批村级站点建设款', '486,500.00', '支付成功', null],
    ['ZF2020-0588', '2020-10-09', '2020-10-12', '物流配送体系', '翁源县通达物流有限公司', '县乡村三级物流配送首期款', 235000, '已退票', '收款账号有误，银行退票'],
    ['ZF2020-0611', '2020-10-19', '2020-10-21', '物流配送体系', '翁源县通达物流有限公司', '县乡村三级物流配送首期款', 235000, '支付成功', '重新支付（原ZF2020-0588）'],
    ['ZF2020-0725', '2020-12-11', '2020-12-18', '电商培训', '韶关市粤北电商培训学校', '2020年度电商培训费', 318760, '支付成功', null],
    ['ZF2020-0731', '2020-12-14', null, '电商培训', '韶关市粤北电商培训学校', '2020年度电商培训费', 120000, '已作废', '重复申请，已作废'],
    ['ZF2021-0048', '2021-01-20', '2021-01-26', '县电商公共服务中心建设', '翁源县兰乡电子商务有限公司', '公共服务中心建设二期款', 402000, '支付成功', null],
    ['ZF2021-0193', '2021-03-24', '2021-03-30', '品牌培育', '广州禾田品牌策划有限公司', '翁源三华李、兰花区域品牌推广', '156,800.00', '支付成功', null],
    ['ZF2021-0277', '2021-05-12', '2021-05-19', '村级站点建设', '中国邮政集团有限公司广东省翁源县分公司', '第二批村级站点建设款', 288000, '支付成功', null],
    ['ZF2021-0355', '2021-07-01', '2021-07-08', '农产品溯源', '广东智溯信息科技有限公司', '溯源系统首期款', 96540, '支付成功', null],
    ['ZF2021-0421', '2021-08-20', '2021-08-27', '电商培训', '韶关市粤北电商培训学校', '2021年上半年培训费', '212,300.00', '支付成功', null],
    ['ZF2021-0463', '2021-08-30', '2021-09-03', '村级站点建设', '中国邮政集团有限公司广东省翁源县分公司', '第三批村级站点建设款', 180000, '支付成功', null],
    ['ZF2021-0502', '2021-09-08', null, '农产品溯源', '广东智溯信息科技有限公司', '溯源系统尾款', 64200, '审核中', null],
  ];
  const frows = [
    pad(['翁源县财政国库集中支付系统——支付明细查询'], 10),
    pad(['项目：2019年省级电子商务进农村综合示范专项资金', null, null, null, null, '预算单位：翁源县商务局'], 10),
    pad(['查询期间：2020-01-01至2021-09-10', null, null, null, null, '金额单位：元'], 10),
    fh,
  ];
  const frec = [];
  let okSum = 0;
  F.forEach((f, i) => {
    frows.push([i + 1, ...f]);
    if (f[7] === '支付成功') {
      const amt = typeof f[6] === 'number' ? f[6] : Number(String(f[6]).replace(/,/g, ''));
      okSum += amt;
      frec.push({ date: f[2], amount: amt });
    }
  });
  frows.push(pad(['合计（支付成功）', null, null, null, null, null, null, okSum.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')], 10));
  frows.push(pad([], 10));
  frows.push(pad(['打印人：翁源县商务局 刘××', null, null, null, null, '打印时间：2021-09-10 15:31'], 10));

  const notes = [
    ['导出说明'],
    ['1.《人脸签到导出》由县电商公共服务中心从“智慧培训签到系统”导出，每名报名学员每个班次一行；“缺勤”表示未刷脸签到。'],
    ['2.“人工补签”为人脸识别失败、由工作人员现场核对身份证后补签。'],
    ['3.《国库支付明细》由县财政局国库股从国库集中支付系统查询导出，“已退票”“已作废”“审核中”的申请未形成实际支付。'],
    ['4.两表均为系统原始导出，未作修改。'],
  ];
  return {
    description: '翁源县商务局交的两份系统导出：①县电商中心“智慧培训签到系统”考勤明细（表头上方导出信息和“应到/实到”汇总行，每名报名学员每班一行，考勤状态 正常/迟到/早退/正常（人工补签）/缺勤，缺勤行签到时间为“--”，考勤日期为文本，一人证件号末位小写x、一人“（未采集）”，一班在截止日后）；②财政国库集中支付系统的支付明细（支付状态 支付成功/已退票/已作废/审核中，退票后重新支付另起一行，金额数字与千分位文本混写，末尾合计行和打印信息）；另有导出说明页。',
    sheets: [
      { name: '人脸签到导出', rows },
      { name: '国库支付明细', rows: frows.map((r) => pad(r, 10)) },
      { name: '导出说明', rows: notes },
    ],
    expect: {
      sheets: {
        '人脸签到导出': { kind: 'training', records },
        '国库支付明细': { kind: 'funds', records: frec },
        '导出说明': { kind: null },
      },
    },
  };
}

// ======================================================================
// LEDGER 2 — 惠东县: 宣传报道按媒体级别分表（级别只在表名和标题里）+ 入驻企业“在园/已退出”上下两表
// ======================================================================
function ledgerHuidong() {
  const mediaSheets = [
    {
      name: '1-央级媒体', levelWord: '央级媒体', level: 'national',
      items: [
        [D('2020-12-09'), '人民网', '财经频道', '惠东梅菜“触网”销全国', '网络', null],
        ['2021.4.23', '新华网', '新华财经', '广东惠东：直播带货让马铃薯卖出好价钱', '网络', null],
        ['2021年9月12日', '中央电视台CCTV-17', '《乡村振兴面对面》', '惠东：小网店连起大市场', '电视', '9月12日播出'],
      ],
    },
    {
      name: '2-省级媒体', levelWord: '省级媒体', level: 'province',
      items: [
        ['2020.10.16', '南方日报', 'A07版', '惠东电商服务站开进山村', '报纸', null],
        [D('2021-01-08'), '南方+', '客户端', '惠东：村级电商站成为群众“家门口的服务站”', '网络', null],
        ['21.3.26', '广东广播电视台', '《广东新闻联播》', '惠东梅菜借电商走出大山 贫困户户均增收', '电视', null],
        ['2021年6月18日', '羊城晚报', 'A10版', '惠东鞋企开直播 订单翻番', '报纸', null],
      ],
    },
    {
      name: '3-市级媒体', levelWord: '市级媒体', level: 'city',
      items: [
        ['2020.9.25', '惠州日报', '第3版', '惠东电商公共服务中心开门迎客', '报纸', null],
        ['2020年12月22日', '惠州广播电视台', '《惠州新闻》', '惠东：电商培训进村 农民学做“网红”', '电视', null],
        [D('2021-05-14'), '惠州+', '客户端', '惠东荔枝上线 一天卖出三万斤', '网络', null],
      ],
    },
    {
      name: '4-县级媒体', levelWord: '县级媒体', level: 'county',
      items: [
        ['2020.11.3', '惠东县融媒体中心（惠东电视台）', '《惠东新闻》', '全县村级电商服务站点建设加快推进', '电视', null],
        ['21.2.5', '惠东发布', '微信公众号', '年货节网上买 惠东好物送到家', '网络', null],
        ['2021.7.9', '惠东电视台', '《惠东新闻》', '贫困户电商技能专场培训在吉隆镇开班', '电视', null],
        ['2021.8.31', '惠东发布', '微信公众号', '我县电商进农村综合示范创建工作通过市级初验', '网络', null],
      ],
    },
  ];
  const sheets = [];
  const expectSheets = {};
  sheets.push({
    name: '说明',
    rows: [
      ['惠东县电子商务进农村综合示范宣传报道及产业园企业台账说明'],
      ['一、宣传报道按媒体级别分表登记：1-央级媒体、2-省级媒体、3-市级媒体、4-县级媒体，每表只登记该级别媒体的报道。'],
      ['二、报道形式分报纸、电视、网络（含客户端、微信公众号）。'],
      ['三、产业园入驻企业分“在园企业”“已退出企业”两部分登记，企业退出后从在园名单移到下方已退出名单。'],
      ['填报：惠东县商务局电商股    2021年9月10日'],
    ],
  });
  expectSheets['说明'] = { kind: null };
  for (const ms of mediaSheets) {
    const rows = [
      pad([`惠东县电子商务进农村综合示范宣传报道登记表（${ms.levelWord}）`], 7),
      ['序号', '报道日期', '媒体名称', '栏目/版面', '报道标题', '形式', '链接/备注'],
    ];
    const recs = [];
    ms.items.forEach((it, i) => {
      rows.push([i + 1, ...it]);
      const ds = typeof it[0] === 'object' ? it[0].date : normDate(it[0]);
      recs.push({ date: ds, level: ms.level, tv: it[4] === '电视' });
    });
    rows.push(pad(['以下空白'], 7));
    rows.push(pad([], 7));
    rows.push(pad(['填报人：叶××', null, null, null, '审核：黄××'], 7));
    sheets.push({ name: ms.name, rows: rows.map((r) => pad(r, 7)), merges: ['A1:G1'] });
    expectSheets[ms.name] = { kind: 'media', records: recs };
  }
  // enterprises, two tables on one sheet
  const N = 8;
  const er = [];
  const merges = [];
  const p = (r) => { er.push(pad(r, N)); return er.length; };
  let r = p(['惠东县电子商务产业园入驻企业台账']); merges.push(range(0, r, N - 1, r));
  r = p(['填报单位：惠东县电子商务产业园运营中心', null, null, null, null, '更新日期：2021年9月10日']); merges.push(range(0, r, 4, r), range(5, r, 7, r));
  r = p(['一、在园企业']); merges.push(range(0, r, N - 1, r));
  p(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '房号', '联系人', '联系电话']);
  const inPark = [
    ['惠东县鞋都优选电子商务有限公司', '91441323MA55K2XB3R', '平台型电商企业', D('2020-06-18'), 'A101'],
    ['惠州市巽寮湾海产电子商务有限公司', '91441323MA55L8QF6N', '销售型企业', '2020.6.18', 'A102'],
    ['惠东县梅菜人家农产品有限公司', '91441323MA55M1TK9E', '销售型企业', '2020年7月', 'A103'],
    ['惠东县吉隆鞋业网络营销有限公司', '91441323MA55N4PW2A', '销售型企业', '2020/8/3', 'A105'],
    ['惠州市惠东云仓物流有限公司', '91441323MA55P7HC5L', '物流企业', D('2020-08-20'), 'B101'],
    ['惠东县多祝荔枝电商合作社', '93441323MA55Q2RM1T', '销售型企业', '20.9.15', 'A106'],
    ['惠州市东江数字营销服务有限公司', '91441323MA55R6WD8G', '电商运营服务商', '2020年9月28日', 'A201'],
    ['惠东县平海马铃薯电商专业合作社', '93441323MA55T9JN4Y', '销售型企业', '2020.10.12', 'A202'],
    ['中通快递惠东电商仓配中心', '91441323MA55T3LE7U', '物流企业', D('2020-11-05'), 'B102'],
    ['惠州市好物直播传媒有限公司', '91441323MA55U6BQ2K', '电商运营服务商', '2020.12.1', 'A203'],
    ['惠东县白花镇农夫优品网店', '92441323MA55W1CX9P', '销售型企业', '2021年1月', 'A107'],
    ['惠州惠东乡村购电子商务平台有限公司', '91441323MA55W4DY3H', '平台型电商企业', '2021/3/15', 'A205'],
    ['惠东县稔山海味干货商行', '92441323MA55X8FY6C', '销售型企业', D('2021-05-06'), 'A108'],
    ['惠州市惠东美工摄影工作室', '92441323MA55Y2GA1W', '电商运营服务商', '2021.6.21', 'A206'],
    ['惠东县高潭红色文创电商店', '92441323MA55Y5HB4C', '销售型企业', '2021.9.6', 'A109'],
  ];
  const erng = makeRng(3602);
  const enterpriseRecords = [];
  inPark.forEach((e, i) => {
    p([i + 1, e[0], e[1], e[2], e[3], e[4], personName(erng), phone(erng)]);
    enterpriseRecords.push({ name: e[0], type: e[2], entered: typeof e[3] === 'object' ? e[3].date : normDate(e[3]), left: null });
  });
  r = p(['小计：在园企业15家（其中2021年9月新入驻1家）']); merges.push(range(0, r, N - 1, r));
  p([]);
  r = p(['二、已退出企业']); merges.push(range(0, r, N - 1, r));
  p(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '退出原因', '备注']);
  const outPark = [
    ['惠东县铁涌农家特产网店', '92441323MA55J8WA5M', '销售型企业', '2020.7.10', '2021.3.31', '经营不善，合同解除'],
    ['惠州市快拍视觉设计有限公司', '91441323MA55H3UW7Q', '电商运营服务商', D('2020-09-01'), D('2021-05-20'), '迁往惠州市区'],
    ['惠东县安墩茶叶电子商务商行', '92441323MA55G6TR2D', '销售型企业', '2020年10月', '2021年7月', '租期届满不续'],
  ];
  outPark.forEach((e, i) => {
    p([i + 1, e[0], e[1], e[2], e[3], e[4], e[5], null]);
    enterpriseRecords.push({
      name: e[0], type: e[2],
      entered: typeof e[3] === 'object' ? e[3].date : normDate(e[3]),
      left: typeof e[4] === 'object' ? e[4].date : normDate(e[4]),
    });
  });
  r = p(['小计：已退出3家']); merges.push(range(0, r, N - 1, r));
  p([]);
  r = p(['注：1.入驻时间以签订入驻协议并实际进场办公为准；2.已退出企业保留登记备查。']); merges.push(range(0, r, N - 1, r));
  sheets.push({ name: '产业园入驻企业', rows: er, merges });
  expectSheets['产业园入驻企业'] = { kind: 'enterprises', records: enterpriseRecords };
  return {
    description: '惠东县商务局电商股的台账工作簿：宣传报道按媒体级别拆成四张表（1-央级媒体…4-县级媒体），表内没有级别列，级别只在表名和标题“（省级媒体）”里，电视看“形式”列，每表末尾“以下空白”和填报人行；产业园入驻企业一张表上下两个表——“一、在园企业”（无退出时间列）和“二、已退出企业”（另起表头，多出退出时间、退出原因），中间有小计行；另有说明页（不是台账）。日期有真日期、2020.10.16、21.3.26、2021年6月18日、20.9.15、只到月的2020年7月。',
    sheets,
    expect: { sheets: expectSheets },
  };
}

// date text normaliser used only to build expectations for the dates typed above
function normDate(s) {
  s = String(s).trim();
  let m;
  if ((m = s.match(/^(\d{4})[.\/-](\d{1,2})[.\/-](\d{1,2})$/))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{2})[.\/](\d{1,2})[.\/](\d{1,2})$/))) return ymd(2000 + +m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{4})年(\d{1,2})月$/))) return `${m[1]}-${String(+m[2]).padStart(2, '0')}`;
  if ((m = s.match(/^(\d{4})(\d{2})(\d{2})$/))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return s;
  throw new Error('cannot normalise ' + s);
}

// ======================================================================
// COUNTY — 陆丰市 整本工作簿
// ======================================================================
function countyLufeng() {
  const rng = makeRng(3603);
  const CUT = '2021-08-31';
  // ---- towns and villages
  const towns = [
    ['东海街道', 'DH', 10, 12], ['城东街道', 'CD', 8, 4], ['河西街道', 'HX', 9, 3], ['碣石镇', 'JS', 22, 4],
    ['甲子镇', 'JZ', 16, 3], ['甲东镇', 'JD', 13, 1], ['甲西镇', 'JX', 11, 1], ['湖东镇', 'HD', 14, 1],
    ['博美镇', 'BM', 15, 0], ['南塘镇', 'NT', 17, 0], ['桥冲镇', 'QC', 12, 0], ['潭西镇', 'TX', 13, 0],
    ['上英镇', 'SY', 10, 0], ['大安镇', 'DA', 13, 0], ['八万镇', 'BW', 11, 0], ['陂洋镇', 'PY', 13, 0],
    ['西南镇', 'XN', 9, 0], ['河东镇', 'HE', 10, 0], ['金厢镇', 'JXI', 10, 1],
  ];
  const C1 = '上下东西南北新旧大小后前中石沙湖溪港田林陈黄吴蔡郑彭庄叶龙凤金玉安和兴福德顺长宝青白乌赤红竹梅桂莲松';
  const C2 = '寮厝埔洋湖溪坑山港美田围塘岭尾头墩陇园社楼桥';
  const used = new Set();
  function newName() {
    for (;;) { const n = rng.pick(C1) + rng.pick(C2); if (n[0] !== n[1] && !used.has(n)) { used.add(n); return n; } }
  }
  const villages = []; // {town, code, base, name, admin, poor, brands}
  const BR = ['邮政', '中通', '韵达', '圆通', '申通', '顺丰', '极兔'];
  for (const [t, code, nv, nc] of towns) {
    for (let i = 0; i < nv; i++) {
      const base = newName();
      const k = rng.int(1, 5);
      const brands = ['邮政', ...rng.shuffle(BR.slice(1)).slice(0, k - 1)];
      villages.push({ town: t, code, base, name: base + (i % 7 === 3 ? '村民委员会' : '村委会'), admin: true, poor: false, brands });
    }
    for (let i = 0; i < nc; i++) {
      const base = newName();
      villages.push({ town: t, code, base, name: base + '社区居委会', admin: false, poor: false, brands: null });
    }
  }
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 236, 'admin count');
  // poor villages: 28 among rural towns (not the three 街道)
  const rural = admins.filter((v) => !v.town.endsWith('街道'));
  const poorList = rng.shuffle(rural).slice(0, 28);
  poorList.forEach((v) => { v.poor = true; });
  // covered: 27 poor + 114 non-poor
  const nonPoor = rng.shuffle(admins.filter((v) => !v.poor));
  const poorCovered = poorList.slice(0, 27);
  const poorLate = poorList[27];
  const npCovered = nonPoor.slice(0, 114);
  const npLate = nonPoor[114];
  const covered = new Set([...poorCovered, ...npCovered]);
  assert(covered.size === 141, 'covered 141');
  const dupVillages = [npCovered[5], poorCovered[3]];
  const commStations = rng.shuffle(villages.filter((v) => !v.admin)).slice(0, 3);

  // ---- sheet: 村居名单
  const vRows = [];
  const vMerges = [];
  const vp = (r) => { vRows.push(pad(r, 8)); return vRows.length; };
  let r = vp(['陆丰市村（居）民委员会名单（含省定贫困村、快递进村情况）']); vMerges.push('A1:H1');
  r = vp(['数据来源：市民政局、市乡村振兴局、市邮政管理局', null, null, null, null, '截至2021年8月']); vMerges.push('A2:E2', 'F2:H2');
  vp(['序号', '镇（街道）', '村（居）委会', '性质', '帮扶类别', '进村快递品牌数（个）', '进村快递品牌', '备注']);
  let idx = 0;
  for (const [t] of towns) {
    const list = villages.filter((v) => v.town === t);
    const start = vRows.length + 1;
    list.forEach((v, i) => {
      idx++;
      vp([idx, i === 0 ? t : null, v.name, v.admin ? '村' : '居', v.admin ? (v.poor ? '省定贫困村' : null) : '—', v.admin ? v.brands.length : '—', v.admin ? v.brands.join('、') : '—', null]);
    });
    if (list.length > 1) vMerges.push(`B${start}:B${vRows.length}`);
  }
  r = vp([`合计：行政村${admins.length}个（其中省定贫困村28个），社区居委会${villages.length - admins.length}个`]); vMerges.push(`A${r}:H${r}`);
  r = vp(['注：性质栏“村”为村民委员会（行政村），“居”为社区居民委员会；帮扶类别只标注省定贫困村，空白为一般村。']); vMerges.push(`A${r}:H${r}`);

  // ---- stations
  function randDate(lo, hi) { // yyyy-mm-dd between
    const a = Date.parse(lo + 'T00:00:00Z'), b = Date.parse(hi + 'T00:00:00Z');
    const t = new Date(a + Math.floor(rng.next() * ((b - a) / 86400000 + 1)) * 86400000);
    return t.toISOString().slice(0, 10);
  }
  function fmtDate(iso, k) {
    const [y, m, d] = iso.split('-').map(Number);
    switch (k % 6) {
      case 0: return D(iso);
      case 1: return `${y}.${m}.${d}`;
      case 2: return `${y}年${m}月${d}日`;
      case 3: return `${y}/${m}/${d}`;
      case 4: return `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
      default: return (iso < '2021-08-01') ? `${y}年${m}月` : D(iso);
    }
  }
  const sRows = [];
  const sMerges = [];
  const sp = (rr) => { sRows.push(pad(rr, 8)); return sRows.length; };
  sp(['陆丰市村级电子商务服务站点台账']); sMerges.push('A1:H1');
  sp(['填报单位：陆丰市商务局', null, null, null, null, '截至2021年9月10日']); sMerges.push('A2:E2', 'F2:H2');
  sp(['站点编号', '站点名称', '镇（街道）', '所在村（居）', '开业时间', '站长', '联系电话', '服务功能']);
  const SERV = ['代购代销、快递收发', '网上代购、农产品代销、代缴费', '快递代收代发、小额取款', '代购代销、代存代缴、小额信贷', '农产品上行、快递收发'];
  const stationLog = []; // {village, iso, late}
  let fk = 0;
  for (const [t, code] of towns) {
    let n = 0;
    const list = villages.filter((v) => v.town === t);
    const addStation = (v, iso, cell, suffix) => {
      n++;
      const vshort = v.base + (v.admin ? '村' : '社区');
      const nm = v.admin ? `陆丰市${t}${v.base}村电商服务站${suffix || ''}` : `${t}${v.base}社区电商服务点`;
      sp([`LF-${code}-${String(n).padStart(3, '0')}`, nm, t, vshort, cell, personName(rng), phone(rng), rng.pick(SERV)]);
      stationLog.push({ v, iso });
    };
    for (const v of list) {
      if (covered.has(v)) {
        const iso = randDate('2020-05-06', '2021-08-25');
        addStation(v, iso, fmtDate(iso, fk++));
        if (dupVillages.includes(v)) {
          const iso2 = randDate('2021-01-05', '2021-07-30');
          addStation(v, iso2, fmtDate(iso2, fk++), '（二站）');
        }
      } else if (v === poorLate) {
        addStation(v, '2021-09', '2021年9月');
      } else if (v === npLate) {
        addStation(v, '2021-09-03', D('2021-09-03'));
      }
    }
    for (const v of list) {
      if (commStations.includes(v)) { const iso = randDate('2020-07-01', '2021-06-30'); addStation(v, iso, fmtDate(iso, fk++)); }
    }
    if (t === '东海街道') {
      // farm outside the village list
      n++;
      sp([`LF-DH-${String(n).padStart(3, '0')}`, '铜锣湖农场第三分场电商服务点', '铜锣湖农场', '铜锣湖农场三分场', '2020.12.16', personName(rng), phone(rng), '代购代销、快递收发']);
      stationLog.push({ v: null, iso: '2020-12-16' });
    }
  }
  const stationCount = stationLog.length;
  assert(stationCount === 149, 'stations 149 got ' + stationCount);
  let rr = sp([`合计：${stationCount}个站点`]); sMerges.push(`A${rr}:H${rr}`);
  rr = sp(['注：1.开业时间为挂牌并开始对外服务的时间；2.铜锣湖农场为省属农场，不属行政村；3.“（二站）”为同村第二个服务站。']); sMerges.push(`A${rr}:H${rr}`);
  // coverage computation from log
  const covAdmin = new Set(), covPoor = new Set();
  for (const s of stationLog) {
    if (!s.v || !s.v.admin) continue;
    const inTime = s.iso.length === 10 ? s.iso <= CUT : s.iso <= CUT.slice(0, 7);
    if (!inTime) continue;
    covAdmin.add(s.v); if (s.v.poor) covPoor.add(s.v);
  }
  assert(covAdmin.size === 141 && covPoor.size === 27, 'coverage');

  // ---- poor roster
  const E = 80, M = 18, NL = 12;
  const cats = rng.shuffle([...Array(E).fill('E'), ...Array(M).fill('M'), ...Array(NL).fill('N')]);
  const persons = [];
  const poorVillagesSorted = admins.filter((v) => v.poor);
  const otherAdmins = admins.filter((v) => !v.poor);
  let hh = 0;
  let pi = 0;
  while (pi < cats.length) {
    hh++;
    const v = rng.next() < 0.75 ? rng.pick(poorVillagesSorted) : rng.pick(otherAdmins);
    const size = Math.min(rng.int(1, 4), cats.length - pi);
    const surname = rng.pick(SURN);
    for (let k = 0; k < size; k++, pi++) {
      const cat = cats[pi];
      let rel, by, male;
      if (k === 0) { rel = '户主'; male = rng.next() < 0.8; by = cat === 'N' ? [1940, 1958] : [1962, 1982]; }
      else if (k === 1 && cat !== 'N') { rel = '配偶'; male = false; by = cat === 'N' ? [1942, 1960] : [1964, 1984]; }
      else if (cat === 'N') { rel = rng.pick(['之父', '之母']); male = rel === '之父'; by = [1936, 1950]; }
      else { rel = rng.pick(['之子', '之女']); male = rel === '之子'; by = [1990, 2002]; }
      let seq = rng.int(100, 999);
      if ((seq % 2 === 1) !== male) seq = seq === 999 ? 998 : seq + 1;
      const id = makeId('441581', randomBirth(rng, by[0], by[1]), seq);
      const nm = (rel === '配偶' || rel === '之母' ? rng.pick(SURN) : surname) + rng.pick(GIV1) + (rng.next() < 0.8 ? rng.pick(GIV2) : '');
      persons.push({ v, hh, rel, nm, id, cat, sex: male ? '男' : '女' });
    }
  }
  // make one eligible person have an X check digit (used for lowercase x trap)
  const eligible = persons.filter((p) => p.cat === 'E');
  {
    const p = eligible[6]; let s = 200; let id;
    do { id = makeId('441581', p.id.slice(6, 14), s++); } while (!id.endsWith('X'));
    p.id = id;
  }
  // order roster by town order then village
  const townOrder = new Map(towns.map((t, i) => [t[0], i]));
  const vIndex = new Map(villages.map((v, i) => [v, i]));
  persons.sort((a, b) => (vIndex.get(a.v) - vIndex.get(b.v)) || (a.hh - b.hh));
  const pRows = [];
  const pMerges = [];
  const pp = (x) => { pRows.push(pad(x, 10)); return pRows.length; };
  pp(['陆丰市建档立卡贫困人口劳动力情况（电商培训对象摸底）']); pMerges.push('A1:J1');
  pp(['数据来源：陆丰市乡村振兴局（2021年6月核定）']); pMerges.push('A2:J2');
  pp(['序号', '镇（街道）', '村', '户编号', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工', '备注']);
  persons.forEach((p, i) => {
    const labour = p.cat === 'N' ? rng.pick(['无劳动力', '丧失劳动力']) : rng.pick(['普通劳动力', '普通劳动力', '技能劳动力']);
    const mig = p.cat === 'N' ? '—' : (p.cat === 'M' ? '是' : '否');
    const note = p.cat === 'M' ? rng.pick(['深圳务工', '东莞务工', '广州务工', '惠州务工']) : null;
    pp([i + 1, p.v.town, p.v.base + '村', `LF${String(p.hh).padStart(4, '0')}`, p.nm, p.rel, p.id, labour, mig, note]);
  });
  let x = pp([`合计：${persons.length}人，其中有劳动能力且未外出务工${E}人`]); pMerges.push(`A${x}:J${x}`);

  // ---- poor special training by person
  const eligibleSorted = persons.filter((p) => p.cat === 'E');
  const shuffledE = rng.shuffle(eligibleSorted.filter((p) => p !== eligible[6]));
  const E40 = [eligible[6], ...shuffledE.slice(0, 39)];
  const L6 = shuffledE.slice(39, 45);
  const M5 = persons.filter((p) => p.cat === 'M').slice(0, 5);
  const N3 = persons.filter((p) => p.cat === 'N').slice(0, 3);
  const X6 = [];
  for (let i = 0; i < 6; i++) {
    const v = rng.pick(poorVillagesSorted);
    X6.push({ v, nm: personName(rng), id: makeId('441581', randomBirth(rng, 1970, 1998), rng.int(100, 999)), cat: 'X' });
  }
  const pool54 = [...E40, ...M5, ...N3, ...X6].sort((a, b) => vIndex.get(a.v) - vIndex.get(b.v));
  assert(pool54.length === 54, 'pool54');
  const att = new Map();
  pool54.forEach((p, k) => {
    const s = [];
    if (k < 45) s.push(1);
    if (k >= 9) s.push(2);
    if (k >= 5 && k < 45) s.push(3);
    if (k >= 20 && k < 34) s.push(4);
    att.set(p, s);
  });
  L6.forEach((p) => att.set(p, [4]));
  const signList = [...pool54, ...L6].sort((a, b) => vIndex.get(a.v) - vIndex.get(b.v));
  const circ = ['', '①', '②', '③', '④'];
  const tRows = [];
  const tMerges = [];
  const tp = (z) => { tRows.push(pad(z, 8)); return tRows.length; };
  tp(['陆丰市建档立卡贫困户电商技能专场培训参训登记（按人登记）']); tMerges.push('A1:H1');
  tp(['期次：①2020年11月12日（碣石镇）  ②2021年3月18日（甲子镇）  ③2021年6月24日（市电商公共服务中心）  ④2021年9月7日（博美镇）']); tMerges.push('A2:H2');
  tp(['序号', '镇（街道）', '村', '姓名', '身份证号码', '参训期次', '参训次数', '备注']);
  const seps = ['', '、', '，', ' '];
  let counts = [0, 0, 0, 0, 0];
  let lowerXUsed = false, spacedUsed = false;
  signList.forEach((p, i) => {
    const s = att.get(p);
    s.forEach((q) => counts[q]++);
    const sep = seps[i % 4];
    let idCell = p.id;
    if (p === eligible[6]) { idCell = p.id.slice(0, 17) + 'x'; lowerXUsed = true; }
    else if (!spacedUsed && p.cat === 'E' && i > 10) { idCell = `${p.id.slice(0, 6)} ${p.id.slice(6, 14)} ${p.id.slice(14)}`; spacedUsed = true; }
    const note = p.cat === 'X' ? '边缘易致贫户（监测对象）' : null;
    tp([i + 1, p.v.town, p.v.base + '村', p.nm, idCell, s.map((q) => circ[q]).join(sep), s.length, note]);
  });
  assert(lowerXUsed && spacedUsed, 'id traps');
  assert(counts[1] === 45 && counts[2] === 45 && counts[3] === 40 && counts[4] === 20, 'session counts ' + counts.join(','));
  const specialByCut = counts[1] + counts[2] + counts[3];
  x = tp([`合计：${signList.length}人，参训${counts[1] + counts[2] + counts[3] + counts[4]}人次（其中④期${counts[4]}人次）`]); tMerges.push(`A${x}:H${x}`);
  x = tp(['注：参训期次按表头编号填写；本表人次未计入《普及培训登记》。']); tMerges.push(`A${x}:H${x}`);
  // poor rate check
  const trainedIds = new Set();
  for (const p of signList) if (att.get(p).some((q) => q <= 3)) trainedIds.add(p.id);
  const trainedEligible = persons.filter((p) => p.cat === 'E' && trainedIds.has(p.id)).length;
  assert(trainedEligible === 40, 'trained eligible 40 got ' + trainedEligible);

  // ---- general training sessions
  const sess = [
    ['2019-12-20', 0, 168, '电商基础知识普及', '市委党校报告厅', '村干部、农村青年'],
    ['2020-01-09', 1, 142, '微信营销与社群运营', '碣石镇文化站', '农村青年'],
    ['2020-06-18', 0, 175, '疫情期间农产品线上销售', '甲子镇政府会议室', '合作社、种养大户'],
    ['2020-07-23', 2, 156, '网店开设与运营', '东海街道党群服务中心', '返乡创业人员'],
    ['2020-08-20', 1, 170, '短视频拍摄与剪辑', '河西街道文化站', '农村青年'],
    ['2020-09-17', 0, 163, '农产品品牌与包装', '博美镇政府会议室', '合作社、企业'],
    ['2020-10-29', 1, 168, '电商公共服务中心开业专题培训', '市电商公共服务中心', '电商从业人员'],
    ['2020-11-05', 1, 172, '直播带货入门', '市电商公共服务中心', '农村妇女'],
    ['2020-11-26', 2, 149, '跨境电商基础', '市电商公共服务中心', '企业'],
    ['2020-12-03', 2, 166, '年货节网络促销', '南塘镇政府会议室', '合作社、种养大户'],
    ['2020-12-17', 0, 181, '村级站点站长业务培训', '市电商公共服务中心', '站点站长'],
    ['2021-01-07', 1, 158, '电商物流与快递收发', '桥冲镇文化站', '站点站长'],
    ['2021-01-21', 1, 147, '农村电商政策宣讲', '潭西镇政府会议室', '村干部'],
    ['2021-03-04', 0, 176, '春耕农资网购与防诈骗', '上英镇政府会议室', '村民'],
    ['2021-03-25', 2, 164, '甘薯、油柑线上营销', '大安镇政府会议室', '种植户'],
    ['2021-04-09', 'R', 150, '直播带货实操（两天班）', '市电商公共服务中心', '农村青年'],
    ['2021-04-22', 1, 153, '网店美工设计', '市电商公共服务中心', '电商从业人员'],
    ['2021-05-13', 0, 171, '海产品冷链与电商', '金厢镇政府会议室', '渔民、合作社'],
    ['2021-05-20', 'Y2', 144, '农村电商普及讲座', '八万镇政府会议室', '村民'],
    ['2021-05-27', 1, 167, '社区团购与微商', '陂洋镇政府会议室', '农村妇女'],
    ['2021-06-03', 1, 159, '荔枝季网络促销', '西南镇政府会议室', '果农'],
    ['2021-06-17', 0, 182, '电商创业孵化沙龙', '市电商公共服务中心', '返乡创业人员'],
    ['2021-06-29', 2, 150, '农产品标准化与溯源', '河东镇政府会议室', '合作社、企业'],
    ['2021-07-08', 1, 174, '短视频运营进阶', '市电商公共服务中心', '农村青年'],
    ['2021-07-15', 0, 161, '电商助力乡村振兴专题', '甲东镇政府会议室', '村干部'],
    ['2021-07-22', 2, 148, '网货开发与供应链', '甲西镇政府会议室', '企业'],
    ['2021-07-29', 1, 185, '暑期返乡大学生电商实训', '市电商公共服务中心', '大学生'],
    ['2021-08-05', 1, 157, '直播带货进村', '湖东镇政府会议室', '农村青年'],
    ['2021-08-19', 0, 163, '电商客服与售后', '市电商公共服务中心', '电商从业人员'],
    ['2021-08-26', 2, null, '站点站长年度复训', '市电商公共服务中心', '站点站长'],
    ['2021-09-09', 1, 120, '秋季农产品网络促销', '碣石镇文化站', '种养大户'],
    ['2021-09-16', 2, 95, '电商普及（东海街道）', '东海街道党群服务中心', '村民'],
  ];
  const partial = sess.slice(0, 29).reduce((s, q) => s + q[2], 0);
  sess[29][2] = 4880 - partial;
  assert(sess[29][2] > 100 && sess[29][2] < 260, 'last session ' + sess[29][2]);
  const gRows = [];
  const gMerges = [];
  const gp = (z) => { gRows.push(pad(z, 8)); return gRows.length; };
  gp(['陆丰市农村电商普及培训登记表（不含贫困户专场）']); gMerges.push('A1:H1');
  gp(['填报单位：陆丰市商务局', null, null, null, null, '单位：人']); gMerges.push('A2:E2', 'F2:H2');
  gp(['期次', '培训日期', '培训主题', '培训地点', '培训对象', '参训人数', '其中：女', '备注']);
  let gSum = 0, gCut = 0;
  sess.forEach((q, i) => {
    const [iso, k, n, topic, place, who] = q;
    const [y, m, d] = iso.split('-').map(Number);
    let cell;
    if (k === 'R') cell = '2021.4.8-9';
    else if (k === 'Y2') cell = '21.5.20';
    else if (k === 0) cell = D(iso);
    else if (k === 1) cell = `${y}.${m}.${d}`;
    else cell = `${y}年${m}月${d}日`;
    const women = Math.round(n * (0.35 + rng.next() * 0.3));
    gp([`第${i + 1}期`, cell, topic, place, who, i % 5 === 2 ? `${n}人` : n, women, i >= 30 ? '9月培训，数据截至9月16日' : null]);
    gSum += n; if (iso <= CUT) gCut += n;
  });
  assert(gCut === 4880, 'gCut');
  x = gp(['合计', null, null, null, null, gSum, null, null]); gMerges.push(`A${x}:E${x}`);
  x = gp(['注：贫困户电商技能专场培训另见《专场参训（按人）》，人次未计入本表。']); gMerges.push(`A${x}:H${x}`);
  const personTimes = gCut + specialByCut;
  assert(personTimes === 5010, 'personTimes ' + personTimes);

  // ---- enterprises grouped by type
  const ent = [
    ['平台型电商企业', [
      ['陆丰市陆商优选电子商务有限公司', D('2020-10-28'), null],
      ['陆丰市碣石湾网络科技有限公司', '2020.11.3', null],
      ['汕尾市甲子渔港电商平台有限公司', '2021年1月', null],
    ]],
    ['销售型电商企业', [
      ['陆丰市甘薯叔叔农产品电商店', '2020.10.28', null],
      ['陆丰市金厢海味电子商务商行', D('2020-10-30'), null],
      ['陆丰市玄武茶业电商部', '2020年11月6日', null],
      ['陆丰市南塘萝卜干网店', '2020.11.16', null],
      ['陆丰市博美荔枝电商专业合作社', D('2020-12-01'), null],
      ['陆丰市甲东鱿鱼干贸易有限公司', '2020/12/8', null],
      ['陆丰市上英番薯电商店', '2020.12.15', '2021.4.30'],
      ['陆丰市八万油柑电商部', '2021年1月', null],
      ['陆丰市湖东海产品电商有限公司', D('2021-02-22'), null],
      ['陆丰市西南客家茶果网店', '2021.3.9', null],
      ['陆丰市桥冲蜜柚电商商行', '2021年4月12日', null],
      ['陆丰市潭西火龙果电商店', '2021.9.6', null],
    ]],
    ['电商运营服务商', [
      ['广东陆商网络科技有限公司', D('2020-10-28'), null],
      ['陆丰市云帆电商代运营工作室', '2020.11.20', null],
      ['陆丰市新视界直播传媒有限公司', '2021.1.15', null],
      ['陆丰市创客美工设计工作室', '2021.2.1', '2021年6月'],
      ['陆丰市数字乡村服务有限公司', D('2021-05-17'), null],
    ]],
    ['物流快递企业', [
      ['陆丰市邮政分公司电商仓配中心', D('2020-10-28'), null],
      ['陆丰市中通快递服务有限公司', '2020.12.20', null],
      ['陆丰市韵达速递有限公司', '2021年3月', null],
    ]],
  ];
  const eRows = [];
  const eMerges = [];
  const ep = (z) => { eRows.push(pad(z, 7)); return eRows.length; };
  ep(['陆丰市电子商务产业园入驻企业名单（按类型）']); eMerges.push('A1:G1');
  ep(['填报单位：陆丰市电子商务产业园运营中心', null, null, null, '更新：2021年9月10日']); eMerges.push('A2:D2', 'E2:G2');
  ep(['序号', '企业名称', '统一社会信用代码', '入驻时间', '退出时间', '房号', '备注']);
  const cn = ['一', '二', '三', '四'];
  let eno = 0, present = 0; const typesPresent = new Set();
  ent.forEach(([type, list], gi) => {
    x = ep([`${cn[gi]}、${type}（${list.length}家）`]); eMerges.push(`A${x}:G${x}`);
    list.forEach((e) => {
      eno++;
      const AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
      let code = '91441581MA5';
      while (code.length < 18) code += AL[rng.int(0, AL.length - 1)];
      ep([eno, e[0], code, e[1], e[2], `${rng.pick(['A', 'B', 'C'])}${rng.int(1, 3)}${String(rng.int(1, 12)).padStart(2, '0')}`, e[2] ? '已退出' : null]);
      const entered = typeof e[1] === 'object' ? e[1].date : normDate(e[1]);
      const left = e[2] ? normDate(e[2]) : null;
      const enteredOk = entered.length === 10 ? entered <= CUT : entered <= CUT.slice(0, 7);
      const leftBefore = left && (left.length === 10 ? left <= CUT : left <= CUT.slice(0, 7));
      if (enteredOk && !leftBefore) { present++; typesPresent.add(type); }
    });
  });
  x = ep(['注：退出企业保留登记，退出时间栏注明。']); eMerges.push(`A${x}:G${x}`);
  assert(eno === 23 && present === 20 && typesPresent.size === 4, 'enterprises');

  // ---- funds (万元)
  const funds = [
    ['市电商公共服务中心建设（首期）', '广东陆商网络科技有限公司', 180, '2020-06-10', D('2020-06-19'), 76],
    ['村级站点建设（第一批）', '陆丰市邮政分公司', 120, '2020-08-25', '2020.9.3', 58.4],
    ['中心装修及设备采购', '陆丰市宏图装饰工程有限公司', 72.36, '2020-10-12', D('2020-10-20'), 72.36],
    ['电商培训（2020年度）', '汕尾市海陆丰职业培训学校', 45, '2020-12-15', '2020年12月24日', 31.28],
    ['县镇村三级物流配送体系', '陆丰市中通快递服务有限公司', 80, '2021-01-11', D('2021-01-19'), 45.6],
    ['村级站点建设（第二批）', '陆丰市邮政分公司', 120, '2021-03-02', '2021.3.10', 38.75],
    ['农产品品牌推广活动', '汕尾市红海湾文化传播有限公司', 25, '2021-04-06', D('2021-04-15'), 18.9],
    ['农产品溯源系统', '广东溯源通信息技术有限公司', 40, '2021-05-10', '2021/5/18', 22.45],
    ['电商培训（2021年上半年）', '汕尾市海陆丰职业培训学校', 45, '2021-06-21', D('2021-06-30'), 13.1],
    ['电商产业园运营补助', '广东陆商网络科技有限公司', 20, '2021-08-02', '2021.8.11', 20],
    ['村级站点建设（第三批）', '陆丰市邮政分公司', 120, '2021-08-24', D('2021-09-10'), 45.2],
    ['农产品溯源系统（尾款）', '广东溯源通信息技术有限公司', 40, '2021-08-30', '待验收', null],
  ];
  const fRows = [];
  const fMerges = [];
  const fp = (z) => { fRows.push(pad(z, 9)); return fRows.length; };
  fp(['陆丰市省级电子商务进农村综合示范专项资金拨付台账']); fMerges.push('A1:I1');
  fp(['下达资金：500万元（粤财工〔2019〕112号）', null, null, null, null, null, '单位：万元']); fMerges.push('A2:F2', 'G2:I2');
  fp(['序号', '项目名称', '承建单位', '合同金额', '申请日期', '拨付日期', '拨付金额', '累计拨付', '备注']);
  let cum = 0, cutSumFen = 0;
  funds.forEach((f, i) => {
    if (f[5] != null) cum = Math.round((cum + f[5]) * 100) / 100;
    const payIso = typeof f[4] === 'object' ? f[4].date : (f[4] === '待验收' ? null : normDate(f[4]));
    if (payIso && payIso <= CUT) cutSumFen += Math.round(f[5] * 100);
    fp([i + 1, f[0], f[1], f[2], f[3], f[4], f[5] == null ? null : (i === 3 ? '31.28' : f[5]), f[5] == null ? null : cum, f[5] == null ? '验收后拨付' : (payIso > CUT ? '9月拨付' : null)]);
  });
  x = fp(['合计', null, null, null, null, null, Math.round(cum * 100) / 100, null, '截至8月31日累计拨付396.84万元']); fMerges.push(`A${x}:F${x}`);
  assert(cutSumFen === 39684, 'funds by cut ' + cutSumFen);

  // ---- reports
  const reps = [
    [D('2020-08-06'), '7月份电商进农村示范创建工作进展', '电子邮件', '否'],
    [D('2020-09-07'), '8月份工作进展及电商统计数据', '电子邮件', '是'],
    ['2020.10.9', '9月份工作进展', '粤政易', '否'],
    [D('2020-11-06'), '10月份工作进展及电商扶贫数据', '电子邮件', '是'],
    ['2020年12月7日', '11月份工作进展', '粤政易', '否'],
    [D('2021-01-08'), '12月份工作进展及全年电商扶贫统计', '电子邮件', '是'],
    ['2021.3.4', '2021年1-2月工作进展（春节合并报送）', '粤政易', '是'],
    [D('2021-04-07'), '3月份工作进展', '电子邮件', '否'],
    ['2021.5.8', '4月份工作进展及电商扶贫数据', '粤政易', '是'],
    [D('2021-06-04'), '5月份工作进展', '电子邮件', '否'],
    ['2021年7月6日', '6月份工作进展及上半年电商扶贫统计', '粤政易', '是'],
    [D('2021-08-05'), '7月份工作进展', '电子邮件', '否'],
    ['2021.9.6', '8月份工作进展', '粤政易', '否'],
  ];
  const rRows = [['陆丰市电商进农村工作月报报送登记（报汕尾市商务局）', null, null, null, null], ['序号', '报送日期', '报送内容', '报送方式', '是否含电商扶贫数据']];
  reps.forEach((q, i) => rRows.push([i + 1, ...q]));
  const repMonths = new Set(reps.map((q) => (typeof q[0] === 'object' ? q[0].date : normDate(q[0])).slice(0, 7)).filter((m) => m >= '2020-09' && m <= '2021-08'));
  assert(repMonths.size === 11, 'report months');

  // ---- disclosures
  const disc = [
    [D('2020-07-10'), '陆丰市电子商务进农村综合示范县创建工作方案', '创建方案'],
    ['2020.9.15', '陆丰市电商进农村综合示范项目基本信息公示', '项目信息'],
    [D('2020-10-12'), '9月份示范项目建设进度', '建设进度'],
    ['2020.11.10', '10月份示范项目建设进度', '建设进度'],
    [D('2020-12-09'), '11月份示范项目建设进度', '建设进度'],
    ['2021.1.12', '12月份示范项目建设进度', '建设进度'],
    [D('2021-02-08'), '1月份示范项目建设进度', '建设进度'],
    ['2021.3.10', '2月份示范项目建设进度', '建设进度'],
    [D('2021-04-12'), '3月份示范项目建设进度', '建设进度'],
    ['2021.5.11', '4月份示范项目建设进度', '建设进度'],
    [D('2021-06-09'), '5月份示范项目建设进度', '建设进度'],
    ['2021.7.12', '6月份示范项目建设进度', '建设进度'],
    [D('2021-08-10'), '7月份示范项目建设进度', '建设进度'],
    ['2021.9.10', '8月份示范项目建设进度', '建设进度'],
  ];
  const dRows = [['陆丰市人民政府网“电子商务进农村综合示范”专栏更新记录', null, null, null, null], ['序号', '发布日期', '标题', '类别', '链接']];
  disc.forEach((q, i) => dRows.push([i + 1, q[0], q[1], q[2], `http://www.lufengshi.gov.cn/dzswjnc/content/post_${6100 + i * 13}.html`]));
  const discMonths = new Set(disc.map((q) => (typeof q[0] === 'object' ? q[0].date : normDate(q[0])).slice(0, 7)).filter((m) => m >= '2020-09' && m <= '2021-08'));
  assert(discMonths.size === 12, 'disc months');

  // ---- media
  const media = [
    [D('2020-11-20'), '南方日报', '省级', '报纸', '陆丰：村级电商站让农产品“出村进城”', '否'],
    ['2021.1.15', '汕尾日报', '市级', '报纸', '陆丰电商公共服务中心开业百日 带动千户增收', '否'],
    ['2021.3.22', '陆丰市融媒体中心', '县级', '网络', '我市举办直播带货实操培训', '否'],
    [D('2021-05-10'), '广东广播电视台《广东新闻联播》', '省级', '电视', '陆丰贫困户借电商卖甘薯 户均增收三千元', '是'],
    ['2021年6月18日', '汕尾广播电视台', '市级', '电视', '陆丰油柑搭上电商快车', '否'],
    ['2021.9.15', '中央电视台CCTV-17《乡村振兴面对面》', '国家级', '电视', '广东陆丰：电商让海边渔村富起来', '是'],
  ];
  const mRows = [['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  media.forEach((q, i) => mRows.push([i + 1, ...q]));

  // ---- materials
  const matRows = [
    ['序号', '报送日期', '材料名称', '报送对象'],
    [1, D('2021-04-28'), '陆丰市“电商+合作社+贫困户”助农增收经验材料', '汕尾市商务局'],
    [2, '2021.9.8', '陆丰市电子商务进农村综合示范创建工作总结', '汕尾市商务局'],
  ];

  // ---- facts sheet: value-first "数说陆丰电商"
  const S = 5;
  const sf = [];
  const sfm = [];
  const fpush = (z) => { sf.push(pad(z, S)); return sf.length; };
  x = fpush(['数说陆丰电商——电子商务进农村综合示范创建主要数据一览']); sfm.push(`A${x}:E${x}`);
  x = fpush(['（迎检汇报用；陆丰市商务局电商股整理，2021年9月6日）']); sfm.push(`A${x}:E${x}`);
  fpush([]);
  x = fpush(['一、主要数据']); sfm.push(`A${x}:E${x}`);
  fpush(['序号', '数字', '单位', '这个数字是什么', '口径/出处']);
  const FD = [
    ['陆丰市', '—', '县（市、区）名称', null],
    [D('2021-08-31'), '—', '考评截止日期', '省商务厅通知'],
    [138.56, '万人', '全市常住人口', '第七次全国人口普查'],
    [176.2, '万人', '全市户籍人口（仅作参考）', '市公安局'],
    [236, '个', '行政村（村民委员会）', '市民政局'],
    [30, '个', '社区居委会', '市民政局'],
    [28, '个', '省定贫困村', '市乡村振兴局'],
    ['2020.10.28', '—', '市电子商务公共服务中心正式开业运营', '开业仪式'],
    ['✔', '—', '中心有免费培训室和培训设备，能组织电商基础培训', '现场'],
    ['✔', '—', '中心为特色农产品提供免费展示、展销', '现场'],
    ['✘', '—', '中心为电商主体提供免费摄影、美工服务（摄影棚建设中，暂按次收费）', '现场'],
    ['✔', '—', '组织农产品统一推广、指导特色农产品品牌建设', '现场'],
    ['✔', '—', '其他衍生增值服务（代办证照、金融对接、物流对接）', '现场'],
    ['✔', '—', '建成陆丰市电子商务产业园（东海街道）', '市商务局'],
    [23, '家', '产业园累计入驻企业', '产业园运营中心'],
    ['✔', '—', '有专业第三方电商运营服务商（广东陆商网络科技有限公司）', '政府采购合同'],
    [100, '%', '行政村物流快递覆盖率', '汕尾市邮政管理局'],
    [149, '个', '村级电商服务站点', '站点台账'],
    [8.74, '亿元', '2019年全市农村网络零售额', '省商务厅监测'],
    [10.85, '亿元', '2020年全市农村网络零售额', '省商务厅监测'],
    ['24.1%', '—', '2020年农村网络零售额同比增长', '省商务厅监测'],
    ['2.00', '亿元', '2019年农产品网络零售额', '省商务厅监测'],
    [2.63, '亿元', '2020年农产品网络零售额', '省商务厅监测'],
    ['31.5%', '—', '2020年农产品网络零售额同比增长', '省商务厅监测'],
    ['5,010', '人次', '电商培训（普及培训4,880人次＋贫困户专场130人次）', '培训台账'],
    [80, '人', '有劳动能力的建档立卡贫困人口（不含外出务工）', '市乡村振兴局'],
    [40, '人', '参加电商培训的建档立卡贫困人口（按身份证去重）', '专场参训登记'],
    ['50%', '—', '建档立卡贫困人口培训率', '计算'],
    ['✔', '—', '政府网站专栏公示创建方案', '市政府网'],
    ['✔', '—', '专栏公示项目基本信息', '市政府网'],
    ['✔', '—', '专栏每月公示项目建设进度', '市政府网'],
    ['✘', '—', '专栏设征求意见或监督举报窗口（网站改版后待恢复）', '市政府网'],
    ['✔', '—', '能统计电商扶贫情况（月报附贫困户培训、带动增收数据）', '月报'],
    [500, '万元', '省级专项资金下达', '粤财工〔2019〕112号'],
    [396.84, '万元', '累计拨付（截至8月31日）', '资金台账'],
    ['79.4%', '—', '资金拨付率', '计算'],
    ['✔', '—', '制定专项资金管理办法（陆商务〔2019〕58号）', '市商务局、市财政局'],
    ['✔', '—', '承建单位建立资金专用台账', '承建单位'],
    ['88%', '—', '项目总体进度', '市商务局'],
    ['市委副书记、市长', '—', '领导小组组长（牵头领导）', '陆府办〔2019〕66号'],
    ['市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、陆丰邮政分公司', '—', '领导小组成员单位', '陆府办〔2019〕66号'],
    ['✔', '—', '示范县工作方案已正式印发（陆府办〔2019〕71号）', '市政府办'],
    ['✔', '—', '出台支持农村电商发展的政策（陆府〔2020〕12号）', '市政府'],
    [0, '起', '安全生产、质量事故及重大经济损失', '市应急管理局'],
    ['无', '—', '弄虚作假情况', '市商务局'],
  ];
  FD.forEach((q, i) => fpush([i + 1, ...q]));
  fpush([]);
  x = fpush(['二、主观评分项（自评）']); sfm.push(`A${x}:E${x}`);
  fpush(['序号', '分数', '满分', '评分项', '说明']);
  const JD = [
    [2, 2, '方案制定', '方案因地制宜，已正式印发'],
    [2, 2, '政策支持', '扶持办法已兑现'],
    [2, 2, '项目管理—管理制度', '项目管理办法、验收办法'],
    [2, 2, '项目管理—工作台账', '台账齐全'],
    [2, 2, '网销调研', '委托第三方出具调研报告'],
    [2, 2, '网络促销活动', '年货节、荔枝节等6场'],
    [1, 2, '交易标准、冷链及溯源', '溯源系统在建，冷链未建'],
    [5, 5, '资金管理制度', null],
    [4, 5, '资金台账', '部分凭证待补'],
    [4, 5, '资金及时拨付', null],
  ];
  JD.forEach((q, i) => fpush([i + 1, ...q]));
  fpush([]);
  x = fpush(['三、自评得分（对照省考评指标体系）']); sfm.push(`A${x}:E${x}`);
  fpush(['序号', '得分', '分值', '评价指标', '备注']);
  const CL = [
    [2, 2, '组织领导'], [2, 2, '方案制定'], [2, 2, '政策支持'], [4, 4, '项目管理'],
    [14, 15, '服务体系建设（县级中心及产业园）'], [10, 10, '服务体系建设（村级站点）'],
    [9, 10, '农村产品上行'], [20, 20, '电商人才培训'], [2, 4, '信息公开'], [6, 6, '数据上报'],
    [2, 2, '案例总结'], [8, 8, '经验推广'], [5, 5, '制度建立'], [4, 5, '资金台账'], [4, 5, '资金支出'],
    [0, 2, '加分项：建档立卡贫困人口培训率70%及以上'], [2, 2, '加分项：电商扶贫典型案例获国家级电视媒体播报'],
  ];
  CL.forEach((q, i) => fpush([i + 1, ...q, null]));
  fpush([null, 96, '100+4', '合计（含加分）', null]);
  fpush([]);
  x = fpush(['注：户籍人口、站点数、入驻企业数、培训率、拨付率只作说明，不是考评填报项。']); sfm.push(`A${x}:E${x}`);
  x = fpush(['填报人：郑××    审核：彭××    联系电话：0660-88xxxxx']); sfm.push(`A${x}:E${x}`);

  const toc = [
    ['陆丰市电子商务进农村综合示范创建考评台账'],
    ['目  录'],
    ['1', '数说陆丰电商（基本数据及自评）'],
    ['2', '村居名单'], ['3', '站点台账'], ['4', '普及培训登记'], ['5', '专场参训（按人）'],
    ['6', '贫困人口名单'], ['7', '产业园企业'], ['8', '资金拨付'], ['9', '月报登记'], ['10', '专栏更新'],
    ['11', '宣传报道'], ['12', '经验材料'],
  ];

  const sheets = [
    { name: '目录', rows: toc.map((q) => pad(q, 2)) },
    { name: '数说陆丰电商', rows: sf, merges: sfm },
    { name: '村居名单', rows: vRows, merges: vMerges },
    { name: '站点台账', rows: sRows, merges: sMerges },
    { name: '普及培训登记', rows: gRows, merges: gMerges },
    { name: '专场参训（按人）', rows: tRows, merges: tMerges },
    { name: '贫困人口名单', rows: pRows, merges: pMerges },
    { name: '产业园企业', rows: eRows, merges: eMerges },
    { name: '资金拨付', rows: fRows, merges: fMerges },
    { name: '月报登记', rows: rRows, merges: ['A1:E1'] },
    { name: '专栏更新', rows: dRows, merges: ['A1:E1'] },
    { name: '宣传报道', rows: mRows },
    { name: '经验材料', rows: matRows },
  ];

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 2, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const base = scored.reduce((s, k) => s + points[k], 0);
  const bonus = points['bonus.poorTraining'] + points['bonus.tvCase'];
  assert(base === 90 && bonus === 1, 'total');
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 2, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 2,
  };
  const claimSum = Object.values(claimed).reduce((s, v) => s + v, 0);
  assert(claimSum === 96, 'claimed 96');

  const derivation = [
    'asOf: 《数说陆丰电商》第2项“考评截止日期”为日期单元格2021-08-31（规则默认同）；近一年窗口2020-09…2021-08，运行满6个月界线2021-02-28。',
    'org.leadership: 第40、41项——领导小组组长“市委副书记、市长”（主要领导），成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 主要领导牵头且四类部门齐全 → 2',
    'org.plan: 方案已印发（第42项✔），主观评分项“方案制定”2分 → 2',
    'org.policy: 政策已出台（第43项✔），主观评分项“政策支持”2分 → 2',
    'org.management: 主观评分项“项目管理—管理制度”2＋“项目管理—工作台账”2 → 4',
    'work.center: 中心2020-10-28开业 ≤ 2021-08-31 → 2；2020-10-28 ≤ 2021-02-28，运行满6个月 → 2；免费培训室✔ → 2；免费展示展销✔ → 1；免费摄影美工✘ → 0；统一推广/品牌✔ → 1；其他增值服务✔ → 1；产业园已建✔ → 2；《产业园企业》23家：上英番薯电商店2021.4.30退出、创客美工设计工作室2021年6月退出、潭西火龙果电商店2021.9.6才入驻，截止日在园 23−3 = 20家 ≥ 20 → 2；在园企业类型只写在分组行（平台型电商企业、销售型电商企业、电商运营服务商、物流快递企业），4类 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14',
    'work.coverage: 《村居名单》性质“村”236个（“居”30个不计），行政村≥200按200为基数；《站点台账》149个站点中，截止日前开业的站点覆盖141个不同行政村（两村各有“（二站）”只计一次；3个社区服务点不计；铜锣湖农场三分场不在名单内不计；两个2021年9月开业的站点不计） → 141/200 = 70.5% ≥ 70% → 5（若误用236为基数是59.7%，只得2）；帮扶类别“省定贫困村”28个，其中27个有截止日前开业的站点，第28个村的站点“2021年9月”才开业 → 27/28 = 96.4%，80%–100%（不含） → 3；合计 8（自评10）',
    'work.upward: 网销调研自评2 → 2；网络促销活动自评2 → 2；第三方运营服务商✔ → 1；《村居名单》有快递栏（进村快递品牌数），236个行政村均 ≥ 1个品牌 → 覆盖100% → 1（数说第17项也为100%）；交易标准、冷链及溯源自评1 → 1；农村网零 10.85/8.74 = +24.1% < 30%，但农产品网零 2.63/2.00 = +31.5% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9',
    'work.training: 《普及培训登记》第1–30期（截止日前，含“2021.4.8-9”按4月9日计）参训人数合计4,880人（第31、32期为2021年9月，共215人不计；“合计”行不计；“其中：女”不加）；《专场参训（按人）》按表头期次编号逐格计：①45、②45、③40人次，④期（2021-09-07）20人次不计，“参训次数”列含④期不能直接相加 → 130人次；两表相加 4,880 + 130 = 5,010 人次，÷ min(1,385,600, 500,000) = 1.002% ≥ 1% → 10（只算普及培训则0.976%，只得8）。《贫困人口名单》110人中“普通/技能劳动力”且“是否外出务工＝否”的80人；其身份证号出现在截止日前①②③期的有40人（一人在参训表写小写x、一人身份证号中间有空格，仍是同一人；6人只参加④期不计；5名外出务工、3名无劳动力参训者和6名监测对象不在分子里） → 40/80 = 50% ≥ 50% → 10；合计 20',
    'info.disclosure: 第29–31项方案、项目信息、建设进度✔，第32项征求意见/监督举报窗口✘ → 专栏内容不全 → 0；《专栏更新》在2020-09…2021-08的12个月每月都有更新（2020-07-10、2021-09-10在窗口外） → 按月更新 → 2；合计 2（自评2）',
    'info.reporting: 《月报登记》2020-09…2021-08窗口内报送日期落在11个月，2021年2月没有报送（1-2月合并于2021.3.4报送；2020-08-06、2021-09-06在窗口外） → 不定时上报 → 1；“是否含电商扶贫数据”有“是”，第33项也✔ → 能统计电商扶贫 → 3；合计 4（自评6）',
    'promo.cases: 《经验材料》2021-04-28报汕尾市商务局 ≤ 截止日 → 2（2021.9.8那份在截止日后，不影响）',
    'promo.media: 截止日前：省级（南方日报2020-11-20、广东广播电视台2021-05-10） → 4；市级（汕尾日报、汕尾广播电视台） → 3；县级（陆丰市融媒体中心） → 1；合计 8（CCTV-17为2021.9.15，截止日后不计）',
    'fund.system: 资金管理办法已制定，主观评分项“资金管理制度”5分 → 5',
    'fund.ledger: 主观评分项“资金台账”4分 → 4',
    'fund.spending: 《资金拨付》（单位：万元）拨付日期在截止日前的10笔：76+58.4+72.36+31.28+45.6+38.75+18.9+22.45+13.1+20 = 396.84万元 = 3,968,400元（2021-09-10的45.2万元不计；“待验收”一行无拨付；合计行不计），÷ 下达5,000,000元 = 79.4% ≥ 70% → 取判断“资金及时拨付”4分 → 4',
    'bonus.poorTraining: 贫困人口培训率 40/80 = 50% < 70% → 0',
    'bonus.tvCase: 截止日前唯一的电商扶贫典型案例电视播报是广东广播电视台《广东新闻联播》（省级，2021-05-10） → 1；CCTV-17（国家级）在2021-09-15，截止日后不计（自评2）',
    'veto.incident: 第44项“0起”安全生产、质量事故及重大损失 → 不否决，0',
    'veto.progress: 第39项项目总体进度88% ≥ 40% → 不否决，0',
    'veto.fraud: 第45项弄虚作假“无” → 0',
    'total: 2+2+2+4+14+8+9+20+2+4+2+8+5+4+4 = 90，加分 0+1 = 1（≤4） → 91；未否决。自评合计96，差在站点覆盖（自评10，贫困村只有27/28 → 8）、数据上报（自评6，2021年2月无报送 → 4）、电视播报加分（自评2，国家级播报在截止日后 → 1）。',
  ];

  return {
    description: '陆丰市（汕尾）商务局整本考评工作簿（13个表），中上（91分，含加分1分，未否决；县自评96分）。事实表《数说陆丰电商》是迎检汇报用的“数字在前、说明在后”清单：序号｜数字｜单位｜这个数字是什么｜口径/出处，是否项在“数字”栏写✔/✘、日期也在“数字”栏（真日期和“2020.10.28”），领导和成员单位也写在“数字”栏；下面主观评分项（分数｜满分｜评分项）和自评得分（得分｜分值｜评价指标）同样把分数放在最前。台账：村居名单用“性质 村/居”、“帮扶类别”只标省定贫困村、快递栏是“进村快递品牌数（个）”（236个行政村超200基数）；站点台账149个（同村二站、社区点、农场点、9月开业两站）；普及培训按期次记人数（不含专场）；贫困户专场按人登记、参训期次写成“①②③”编码（表头给出各期日期，④期在截止日后，“参训次数”含④期）；贫困人口名单按扶贫系统口径；入驻企业按类型分组，类型只在分组标题行；资金台账单位万元（截止日后一笔、“待验收”一行）；月报2021年2月空缺；专栏、报道、经验材料各一表。',
    sheets,
    expect: {
      asOf: CUT,
      total: base + bonus,
      bonus,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  };
}

// ---------------------------------------------------------------- main
const cases = [
  ['counties', 'b36-c1-lufeng.json', countyLufeng],
  ['facts', 'b36-f1-wuchuan.json', factsWuchuan],
  ['facts', 'b36-f2-wujiang.json', factsWujiang],
  ['facts', 'b36-f3-deqing.json', factsDeqing],
  ['ledgers', 'b36-l1-wengyuan.json', ledgerWengyuan],
  ['ledgers', 'b36-l2-huidong.json', ledgerHuidong],
];
for (const [dir, name, fn] of cases) write(dir, name, fn());
console.log('wrote', cases.length, 'cases');
