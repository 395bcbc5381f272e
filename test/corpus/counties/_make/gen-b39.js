'use strict';
// batch39 blind corpus generator: 1 county workbook, 3 facts sheets, 2 ledger cases.
// Plain CommonJS, no dependencies, deterministic.
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

function write(folder, name, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}

function colName(i) {
  // 0 -> A
  let s = '';
  i += 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}
function rng(c1, r1, c2, r2) {
  // zero-based columns, one-based rows
  return colName(c1) + r1 + ':' + colName(c2) + r2;
}
function row(width, cells) {
  const r = new Array(width).fill(null);
  cells.forEach((v, i) => {
    if (v !== undefined) r[i] = v;
  });
  return r;
}
function pad(n, w) {
  return String(n).padStart(w, '0');
}
// date formats a clerk types
function fmtDate(iso, style) {
  const [y, m, d] = iso.split('-').map(Number);
  switch (style) {
    case 'date': return { date: iso };
    case 'dot': return `${y}.${m}.${d}`;
    case 'dot0': return `${y}.${pad(m, 2)}.${pad(d, 2)}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'dash': return `${y}-${m}-${d}`;
    case 'yy': return `${String(y).slice(2)}.${m}.${d}`;
    case 'compact': return `${y}${pad(m, 2)}${pad(d, 2)}`;
    case 'iso': return iso;
    default: throw new Error('style ' + style);
  }
}
function idCheck(body17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const c = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * w[i];
  return c[s % 11];
}
function makeId(prefix6, birth8, seq3) {
  const body = prefix6 + birth8 + pad(seq3, 3);
  return body + idCheck(body);
}

// ======================================================================
// FACTS 1 — 鹤山市：记账凭证式“按位填写”数值栏
// ======================================================================
function genHeshan() {
  const W = 16; // A..P
  // digit columns D..N : 亿 千 百 十 万 千 百 十 元 角 分
  const PLACES = [1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 10, 1];
  function grid(value, opts) {
    // returns 11 cells
    opts = opts || {};
    const cells = new Array(11).fill(null);
    if (value === null || value === undefined) return cells;
    const dec = opts.dec === undefined ? 2 : opts.dec; // how many decimal boxes the clerk filled
    const cents = Math.round(value * 100);
    const intPart = Math.floor(cents / 100);
    const frac = cents % 100;
    const s = String(intPart);
    const start = 9 - s.length; // index of highest digit
    for (let i = 0; i < s.length; i++) cells[start + i] = Number(s[i]);
    if (opts.money && start > 0) cells[start - 1] = '¥';
    if (dec >= 1) cells[9] = Math.floor(frac / 10);
    if (dec >= 2) cells[10] = frac % 10;
    return cells;
  }
  const rows = [];
  const merges = [];
  const push = (r) => { rows.push(r); return rows.length; };
  const line = (seq, item, unit, value, opts, text, note) => {
    const g = grid(value, opts);
    return push([seq, item, unit, ...g, text === undefined ? null : text, note === undefined ? null : note]);
  };
  let n;
  n = push(row(W, ['鹤山市电子商务进农村综合示范创建考评基础数据表']));
  merges.push(rng(0, n, 15, n));
  n = push(row(W, ['填报单位（盖章）：鹤山市商务局', null, null, null, null, null, null, null, null, null, null, '数据截止：2021年8月31日']));
  merges.push(rng(0, n, 10, n), rng(11, n, 15, n));
  n = push(row(W, ['填表说明：本表“数值”栏仿照记账凭证金额栏按位填写，一格一位数字，金额在最高位左边一格写“¥”；“元”位即个位，“角”“分”两格即小数点后第一、二位，非金额指标同样按位填写，计量单位以“计量单位”栏为准。文字、日期、是否类在“文字填报”栏填写。']));
  merges.push(rng(0, n, 15, n));
  const h1 = push(row(W, ['序号', '项　　目', '计量单位', '数　　值（按位填写）', null, null, null, null, null, null, null, null, null, null, '文字填报', '备注']));
  const h2 = push(row(W, [null, null, null, '亿', '千', '百', '十', '万', '千', '百', '十', '元', '角', '分', null, null]));
  merges.push(rng(0, h1, 0, h2), rng(1, h1, 1, h2), rng(2, h1, 2, h2), rng(3, h1, 13, h1), rng(14, h1, 14, h2), rng(15, h1, 15, h2));
  const section = (t) => { const k = push(row(W, [t])); merges.push(rng(0, k, 15, k)); };

  section('一、基本情况');
  line(1, '县（市、区）名称', '—', null, null, '鹤山市');
  line(2, '常住人口（第七次人口普查）', '人', 527690, { dec: 0 });
  line(3, '户籍人口', '人', 389412, { dec: 0 }, null, '公安户籍数，仅供参考');
  line(4, '行政村（村民委员会）', '个', 106, { dec: 0 });
  line(5, '社区（居民委员会）', '个', 24, { dec: 0 });
  line(6, '省定贫困村', '个', 6, { dec: 0 });
  section('二、组织领导');
  line(7, '示范创建工作领导小组组长', '—', null, null, '市委副书记、市长', '副组长：分管副市长');
  line(8, '领导小组成员单位', '—', null, null, '市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、市邮政管理局、鹤山邮政分公司等13个单位');
  line(9, '示范创建工作方案', '—', null, null, '已正式印发', '鹤府办函〔2019〕86号');
  line(10, '支持农村电商发展的政策', '—', null, null, '已出台', '鹤府办〔2020〕21号');
  section('三、服务体系建设');
  line(11, '县级电子商务公共服务中心投入运营日期', '—', null, null, { date: '2020-12-18' });
  line(12, '免费培训场所、培训设备，能组织电商基础培训', '—', null, null, '有');
  line(13, '为特色农产品提供免费展示、销售服务', '—', null, null, '有');
  line(14, '为电商市场主体提供免费摄影、美工服务', '—', null, null, '无', '摄影、美工按市场价收费');
  line(15, '组织农产品统一推广、指导品牌建设', '—', null, null, '有');
  line(16, '其他衍生增值服务', '—', null, null, '有', '代办证照、网店代运营');
  line(17, '电商产业园', '—', null, null, '已建成', '鹤山市电子商务产业园（共和镇）');
  line(18, '产业园入驻企业', '家', 23, { dec: 0 });
  line(19, '专业第三方电子商务运营服务商', '—', null, null, '有', '江门市云鹤电子商务有限公司');
  line(20, '行政村物流快递覆盖率', '%', 100, { dec: 2 });
  section('四、农村产品上行');
  line(21, '2019年农村网络零售额', '万元', 186235.0, { dec: 2 });
  line(22, '2020年农村网络零售额', '万元', 231442.6, { dec: 2 });
  line(23, '2020年农村网络零售额同比增长', '%', 24.27, { dec: 2 });
  line(24, '2019年农产品网络零售额', '万元', 28615.4, { dec: 2 });
  line(25, '2020年农产品网络零售额', '万元', 37208.9, { dec: 2 });
  line(26, '2020年农产品网络零售额同比增长', '%', 30.03, { dec: 2 });
  line(27, '2021年1-8月农村网络零售额', '万元', 178630.0, { dec: 2 }, null, '参考');
  section('五、电商培训');
  line(28, '累计电商培训人次', '人次', 5386, { dec: 0 });
  line(29, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', 1246, { dec: 0 }, null, '市乡村振兴局确认');
  line(30, '参加培训的建档立卡贫困人口', '人', null, null, '详见附件5名单');
  section('六、信息公开及报送');
  line(31, '政府网站专栏公示创建方案', '—', null, null, '是');
  line(32, '专栏公示项目基本信息', '—', null, null, '是');
  line(33, '专栏按月公示项目建设进度', '—', null, null, '是');
  line(34, '专栏设立征求意见或监督举报窗口', '—', null, null, '否', '正在开发留言板');
  line(35, '能统计电商扶贫情况', '—', null, null, '是');
  section('七、财政资金');
  line(36, '省级专项资金下达', '元', 5000000, { money: true });
  line(37, '累计拨付', '元', 3966080, { money: true });
  line(38, '资金拨付率', '%', 79.32, { dec: 2 });
  line(39, '资金管理制度', '—', null, null, '已制定');
  line(40, '资金专用台账', '—', null, null, '已建立');
  line(41, '项目总体进度', '%', 88.5, { dec: 2 });
  section('八、一票否决事项');
  line(42, '发生安全生产、质量事故或造成重大经济损失', '—', null, null, '未发生');
  line(43, '弄虚作假', '—', null, null, '无');
  section('九、主观评分项自评');
  line(44, '方案制定（1-2分）', '分', 2, { dec: 0 });
  line(45, '政策支持（1-2分）', '分', 2, { dec: 0 });
  line(46, '项目管理制度（1-2分）', '分', 2, { dec: 0 });
  line(47, '工作台账（1-2分）', '分', 1, { dec: 0 });
  line(48, '网销调研（1-2分）', '分', 2, { dec: 0 });
  line(49, '网络促销活动（1-2分）', '分', 2, { dec: 0 });
  line(50, '交易标准、冷链及溯源系统（1-2分）', '分', 1, { dec: 0 });
  line(51, '资金管理制度（1-5分）', '分', 5, { dec: 2 });
  line(52, '资金台账（1-5分）', '分', 4, { dec: 2 });
  line(53, '资金及时拨付（1-5分）', '分', 4, { dec: 2 });
  push(row(W, []));
  n = push(row(W, ['填表人：何××', null, null, '审核人：冯××', null, null, null, null, null, '联系电话：0750-8881234', null, null, null, null, '填报日期：2021年9月3日']));
  merges.push(rng(0, n, 2, n), rng(3, n, 8, n), rng(9, n, 13, n), rng(14, n, 15, n));

  return {
    description: '鹤山市（江门）商务局财务人员用记账凭证模板改成的《考评基础数据表》：数值栏仿凭证金额栏按位填写——“亿千百十万千百十元角分”每格一位数字（两行表头，位名在第二行），金额最高位左边一格写“¥”，非金额指标也按位填（人口按人、零售额按万元、增速按%带两位小数、自评分只填“元”位或带“0 0”角分），文字/日期/是否另在“文字填报”栏。陷阱：户籍人口、社区数、入驻企业数、2021年1-8月零售额、资金拨付率不是输入；参训贫困人口数值栏空白只写“详见附件5名单”（未填报）；监督举报窗口“否”；摄影美工“无”。',
    sheets: [{ name: '基础数据表', rows, merges }],
    expect: {
      facts: {
        county: '鹤山市',
        asOf: '2021-08-31',
        residentPopulation: 527690,
        adminVillagesStated: 106,
        poorVillagesStated: 6,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1862350000,
        ruralRetail2020: 2314426000,
        ruralRetailGrowthStated: 0.2427,
        agriRetail2019: 286154000,
        agriRetail2020: 372089000,
        agriRetailGrowthStated: 0.3003,
        trainingPersonTimesStated: 5386,
        eligiblePoorPersonsStated: 1246,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3966080,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.885,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
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
// FACTS 2 — 吴川市：动态更新表（一行一次快照，空白＝与上一行相同）
// ======================================================================
function genWuchuan() {
  const cols = [
    ['', '次'], ['', '更新日期'], ['', '数据截至'], ['', '更新人'],
    ['基本情况', '常住人口（万人）'], ['基本情况', '行政村（个）'], ['基本情况', '省定贫困村（个）'],
    ['组织领导', '领导小组组长'], ['组织领导', '成员单位'], ['组织领导', '工作方案'], ['组织领导', '扶持政策'],
    ['服务体系', '县级中心投入运营'], ['服务体系', '免费培训场所设备'], ['服务体系', '免费展示销售'], ['服务体系', '免费摄影美工'], ['服务体系', '品牌推广指导'], ['服务体系', '其他增值服务'], ['服务体系', '电商产业园'], ['服务体系', '第三方运营服务商'], ['服务体系', '行政村快递全覆盖'],
    ['农村产品上行', '2019年农村网零（亿元）'], ['农村产品上行', '2020年农村网零（亿元）'], ['农村产品上行', '农村网零增速'], ['农村产品上行', '2019年农产品网零（亿元）'], ['农村产品上行', '2020年农产品网零（亿元）'], ['农村产品上行', '农产品网零增速'],
    ['电商培训', '累计培训（人次）'], ['电商培训', '有劳动能力贫困人口（不含外出务工）'], ['电商培训', '已参训贫困人口（人）'],
    ['信息公开及报送', '专栏：创建方案'], ['信息公开及报送', '专栏：项目信息'], ['信息公开及报送', '专栏：按月进度'], ['信息公开及报送', '专栏：监督举报窗口'], ['信息公开及报送', '电商扶贫统计'],
    ['资金', '下达（万元）'], ['资金', '累计拨付（万元）'], ['资金', '资金管理制度'], ['资金', '资金专用台账'], ['资金', '项目总体进度'],
    ['一票否决', '安全/质量事故'], ['一票否决', '弄虚作假'],
    ['', '备注'],
  ];
  const W = cols.length;
  const idx = {};
  cols.forEach((c, i) => { idx[c[1]] = i; });
  const snap = (obj) => {
    const r = new Array(W).fill(null);
    for (const k of Object.keys(obj)) {
      if (!(k in idx)) throw new Error('no col ' + k);
      r[idx[k]] = obj[k];
    }
    return r;
  };
  const rows = [];
  const merges = [];
  const push = (r) => { rows.push(r); return rows.length; };
  let n = push(row(W, ['吴川市电子商务进农村综合示范创建考评数据动态更新表']));
  merges.push(rng(0, n, W - 1, n));
  n = push(row(W, ['县（市、区）：吴川市', null, null, null, null, null, null, '维护：市商务局电商股']));
  merges.push(rng(0, n, 6, n), rng(7, n, 14, n));
  n = push(row(W, ['说明：1.每次更新另起一行，只填有变化的项目，空白表示与上一行相同（未变化）；“—”表示当时尚无数据。2.报考评组以“2021年8月31日（报送版）”一行为准（空白项按上面各行顺延），之后各行为迎检跟踪数，不作考评数据。3.人口单位万人，零售额亿元，资金万元。']));
  merges.push(rng(0, n, W - 1, n));
  const h1 = push(cols.map((c, k) => (c[0] === '' ? c[1] : k > 0 && cols[k - 1][0] === c[0] ? null : c[0])));
  const h2 = push(cols.map((c) => (c[0] === '' ? null : c[1])));
  // merge group headers
  let i = 0;
  while (i < W) {
    if (cols[i][0] === '') { merges.push(rng(i, h1, i, h2)); i++; continue; }
    let j = i;
    while (j + 1 < W && cols[j + 1][0] === cols[i][0]) j++;
    merges.push(rng(i, h1, j, h1));
    i = j + 1;
  }
  push(snap({
    '次': 1, '更新日期': { date: '2020-11-05' }, '数据截至': '2020年10月31日', '更新人': '陈××',
    '常住人口（万人）': 92.46, '行政村（个）': 239, '省定贫困村（个）': 23,
    '领导小组组长': '副市长（分管）', '成员单位': '市商务局、市财政局、市农业农村局、市扶贫办等9个单位', '工作方案': '已印发', '扶持政策': '未出台',
    '县级中心投入运营': '未运营（装修中）', '免费培训场所设备': '—', '免费展示销售': '—', '免费摄影美工': '—', '品牌推广指导': '—', '其他增值服务': '—', '电商产业园': '未建', '第三方运营服务商': '有', '行政村快递全覆盖': '否（98.7%）',
    '2019年农村网零（亿元）': 22.48, '2020年农村网零（亿元）': '—', '农村网零增速': '—', '2019年农产品网零（亿元）': 6.42, '2020年农产品网零（亿元）': '—', '农产品网零增速': '—',
    '累计培训（人次）': 1236, '有劳动能力贫困人口（不含外出务工）': 3416, '已参训贫困人口（人）': 412,
    '专栏：创建方案': '是', '专栏：项目信息': '是', '专栏：按月进度': '否', '专栏：监督举报窗口': '否', '电商扶贫统计': '能',
    '下达（万元）': 500, '累计拨付（万元）': 150, '资金管理制度': '制定中', '资金专用台账': '已建立', '项目总体进度': '30%',
    '安全/质量事故': '否', '弄虚作假': '否', '备注': '首次建表（常住人口为2019年统计年鉴数）',
  }));
  push(snap({
    '次': 2, '更新日期': '2021.1.8', '数据截至': '2020年12月31日', '更新人': '陈××',
    '县级中心投入运营': '2020.11.26', '免费培训场所设备': '有', '免费展示销售': '有', '免费摄影美工': '有', '品牌推广指导': '有', '其他增值服务': '有', '电商产业园': '在建',
    '累计培训（人次）': 2860, '已参训贫困人口（人）': 905, '专栏：按月进度': '是',
    '累计拨付（万元）': 226.5, '资金管理制度': '已制定', '项目总体进度': '55%', '备注': '中心11月26日开业',
  }));
  push(snap({
    '次': 3, '更新日期': { date: '2021-04-06' }, '数据截至': '2021年3月31日', '更新人': '李××',
    '常住人口（万人）': 93.14, '领导小组组长': '市委副书记、市长', '成员单位': '市商务局、市财政局、市农业农村局、市扶贫办、市市场监管局等11个单位', '扶持政策': '已出台',
    '免费摄影美工': '无', '行政村快递全覆盖': '是（100%）',
    '2020年农村网零（亿元）': 28.13, '农村网零增速': '25.1%', '2020年农产品网零（亿元）': 8.57, '农产品网零增速': '33.5%',
    '累计培训（人次）': 4120, '已参训贫困人口（人）': 1204, '专栏：监督举报窗口': '是',
    '累计拨付（万元）': 318, '项目总体进度': '70%',
    '备注': '常住人口改用七普数；领导小组调整（吴府办〔2021〕12号）；摄影美工经现场核实为收费服务，改“无”',
  }));
  push(snap({
    '次': 4, '更新日期': { date: '2021-07-05' }, '数据截至': '2021年6月30日', '更新人': '李××',
    '成员单位': '市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办）、市市场监管局等11个单位', '电商产业园': '已建成',
    '累计培训（人次）': 6870, '已参训贫困人口（人）': 1590, '累计拨付（万元）': 365.2, '项目总体进度': '80%',
    '备注': '市扶贫办更名为市乡村振兴局；产业园5月揭牌',
  }));
  push(snap({
    '次': 5, '更新日期': { date: '2021-09-01' }, '数据截至': '2021年8月31日（报送版）', '更新人': '李××',
    '累计培训（人次）': 8932, '有劳动能力贫困人口（不含外出务工）': 3402, '已参训贫困人口（人）': 1776,
    '累计拨付（万元）': 401.27, '项目总体进度': '86%', '备注': '★报送考评组（局长审定）',
  }));
  push(snap({
    '次': 6, '更新日期': '2021.9.20', '数据截至': '2021年9月15日', '更新人': '李××',
    '累计培训（人次）': 9350, '已参训贫困人口（人）': 1812, '累计拨付（万元）': 428.6, '项目总体进度': '90%',
    '备注': '迎检跟踪数，不报送',
  }));
  push(row(W, []));
  push(row(W, []));
  const jcols = ['更新日期', '版本', '方案制定', '政策支持', '项目管理制度', '工作台账', '网销调研', '网络促销活动', '交易标准及冷链溯源', '资金管理制度', '资金台账', '资金及时拨付'];
  n = push(row(W, ['主观评分项自评（分）——同样只填有变化的，空白表示与上一行相同，以报送版为准']));
  merges.push(rng(0, n, 11, n));
  push(row(W, jcols));
  push(row(W, [{ date: '2021-04-06' }, '股室初评', 2, 1, 2, 2, 1, 2, 1, 4, 4, 3]));
  push(row(W, [{ date: '2021-09-01' }, '报送版（局长审定）', null, 2, null, null, 2, null, null, 5, null, 4]));
  push(row(W, []));
  n = push(row(W, ['制表：李××　　复核：吴××']));
  merges.push(rng(0, n, 6, n));

  return {
    description: '吴川市（湛江）商务局电商股的《考评数据动态更新表》：一次更新一行（两行表头，41个字段按组横排），每行只填变化了的项，空白＝与上一行相同、“—”＝当时尚无数据；事实要按“2021年8月31日（报送版）”一行、并把空白项向上顺延取最近一次填写的值；第6行是9月迎检跟踪数，不读。下方另一张主观评分项小表同样只填变化项（股室初评→报送版）。陷阱：早期行的“未出台”“制定中”“未建”“否（98.7%）”、副市长组长、七普前的常住人口92.46、摄影美工先“有”后“无”，都被后面的行改过。',
    sheets: [{ name: '动态更新表', rows, merges }],
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
        ruralRetail2019: 2248000000,
        ruralRetail2020: 2813000000,
        ruralRetailGrowthStated: 0.251,
        agriRetail2019: 642000000,
        agriRetail2020: 857000000,
        agriRetailGrowthStated: 0.335,
        trainingPersonTimesStated: 8932,
        eligiblePoorPersonsStated: 3402,
        trainedPoorPersonsStated: 1776,
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
        'org.policy': 2,
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
// FACTS 3 — 惠东县：核算底稿（结果写在算式“=”之后）
// ======================================================================
function genHuidong() {
  const W = 5;
  const rows = [];
  const merges = [];
  const push = (r) => { rows.push(r); return rows.length; };
  let n = push(row(W, ['惠东县电子商务进农村综合示范创建考评数据核算底稿']));
  merges.push(rng(0, n, 4, n));
  n = push(row(W, ['编制：县商务局电商股　　核算截止：2021年8月31日　　用途：填报《考评基础数据表》前逐项核数（内部底稿，报数以算式“=”后的结果为准）']));
  merges.push(rng(0, n, 4, n));
  push(['序号', '项目', '取数及核算过程', '口径 / 依据', '核对']);
  const sec = (t) => { const k = push(row(W, [t])); merges.push(rng(0, k, 4, k)); };
  const r = (a, b, c, d, e) => push([a, b, c, d === undefined ? null : d, e === undefined ? '✓' : e]);
  sec('一、基本情况');
  r(1, '县（市、区）', '惠东县', '—');
  r(2, '常住人口', '七普常住人口 = 899,870 人 ≈ 89.99万人（户籍人口 976,235 人，不用）', '惠州市第七次全国人口普查公报');
  r(3, '行政村', '村委会 244 个 + 居委会（社区）38 个 = 282 个村（居）；考评口径：行政村 = 244 个', '县民政局 2021.6');
  r(4, '省定贫困村', '2016年认定 32 个，2020年底全部出列，仍按 32 个计', '县乡村振兴局');
  sec('二、组织领导');
  r(5, '领导小组', '组长：县委副书记、县长；副组长：分管副县长；成员：县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县邮政管理局等12个单位', '惠东府办〔2019〕77号');
  r(6, '示范创建工作方案', '已正式印发', '惠东府办〔2019〕81号');
  r(7, '支持农村电商发展政策', '已出台《惠东县促进农村电子商务发展扶持办法》', '惠东府〔2020〕9号');
  sec('三、服务体系');
  r(8, '县级电商公共服务中心', '2020年11月30日竣工验收，2020年12月8日揭牌运营（按揭牌运营日报）', '揭牌仪式新闻稿');
  r(9, '免费培训场所、设备', '有（培训室120座，电脑40台）', '现场');
  r(10, '免费展示、销售', '有（农特产品展厅）', '现场');
  r(11, '免费摄影、美工', '无（摄影棚按次收费，不能报“有”）', '收费公示牌', '✗');
  r(12, '统一推广、品牌建设指导', '有', '活动方案');
  r(13, '其他衍生增值服务', '有（代办营业执照、小额贷款对接）', '服务台账');
  r(14, '电商产业园', '已建成；入驻企业 = 在园 24 − 已退出 3 = 21 家', '园区台账');
  r(15, '第三方运营服务商', '有（惠州市粤东优选网络科技有限公司）', '运营合同');
  r(16, '行政村物流快递覆盖', '已通快递行政村 241 ÷ 244 = 98.8%（高潭镇3个村未通）→ 未达到100%', '县邮政管理局', '✗');
  sec('四、网络零售');
  r(17, '2019年农村网络零售额', '天猫淘宝 12.36 + 京东 4.85 + 拼多多 3.27 + 其他 1.52 = 22.00 亿元', '省商务厅第三方监测数据');
  r(18, '2020年农村网络零售额', '天猫淘宝 14.02 + 京东 5.91 + 拼多多 5.63 + 其他 1.96 = 27.52 亿元', '同上');
  r(19, '2020年农村网络零售额同比增速', '27.52 ÷ 22.00 − 1 = 25.1%', '—');
  r(20, '2019年农产品网络零售额', '= 3.84 亿元', '同上');
  r(21, '2020年农产品网络零售额', '天猫淘宝 2.21 + 京东 1.47 + 拼多多 0.98 + 其他 0.41 = 5.07 亿元', '同上');
  r(22, '2020年农产品网络零售额同比增速', '5.07 ÷ 3.84 − 1 = 32.0%', '—');
  sec('五、电商培训');
  r(23, '电商培训人次', '普及培训 2020年 2,326 + 2021年1-8月 2,918 = 5,244；贫困户专场 1,842；合计 5,244 + 1,842 = 7,086 人次（9月2期 380 人次不计）', '培训台账');
  r(24, '有劳动能力的建档立卡贫困人口（不含外出务工）', '有劳动能力 9,128 − 外出务工 3,684 = 5,444 人', '县乡村振兴局 2021.8');
  r(25, '参加培训的建档立卡贫困人口', '专场签到 1,842 人次 − 重复参训 276 = 1,566 人', '专场签到表去重');
  r(26, '贫困人口培训率', '1,566 ÷ 5,444 = 28.8%', '—', '✗');
  sec('六、信息公开及报送');
  r(27, '专栏：创建方案', '已公示（2020.3.16上线）', '县政府网');
  r(28, '专栏：项目基本信息', '已公示', '县政府网');
  r(29, '专栏：项目建设进度', '按月公示（2020年9月—2021年8月共12期）', '县政府网');
  r(30, '专栏：征求意见/监督举报窗口', '已设（监督电话、邮箱）', '县政府网');
  r(31, '电商扶贫情况统计', '能（每月报表附电商扶贫统计）', '月报');
  sec('七、资金');
  r(32, '省级专项资金下达', '= 500 万元', '粤商务电函〔2019〕29号');
  r(33, '累计拨付', '第一批 150 + 第二批 96.5 + 第三批 128.35 + 第四批 42.8 = 417.65 万元', '国库支付凭证');
  r(34, '资金拨付率', '417.65 ÷ 500 = 83.5%', '—');
  r(35, '项目总体进度', '已完成合同额 463.2 ÷ 合同总额 526.0 = 88.1%', '承建方进度表');
  r(36, '资金管理制度', '已制定', '惠东商务〔2020〕12号');
  r(37, '资金专用台账', '已建立（承建方专账）', '—');
  sec('八、一票否决');
  r(38, '安全生产、质量事故或重大损失', '无', '—');
  r(39, '弄虚作假', '无', '—');
  sec('九、主观评分项（自评分）');
  r(40, '方案制定', '2 分', '—');
  r(41, '政策支持', '2 分', '—');
  r(42, '项目管理制度', '2 分', '—');
  r(43, '工作台账', '2 分', '—');
  r(44, '网销调研', '2 分', '—');
  r(45, '网络促销活动', '1 分（只搞了两场，不报满分）', '—');
  r(46, '交易标准、冷链及溯源', '1 分', '—');
  r(47, '资金管理制度', '5 分', '—');
  r(48, '资金台账', '4 分', '—');
  r(49, '资金及时拨付', '4 分', '—');
  push(row(W, []));
  n = push(row(W, ['核算：叶××　　复核：曾××　　2021.9.2']));
  merges.push(rng(0, n, 4, n));
  return {
    description: '惠东县（惠州）商务局电商股的《考评数据核算底稿》：序号|项目|取数及核算过程|口径/依据|核对，每个数都写成算式，结果在“=”之后（分平台相加、村委会+居委会、有劳动能力−外出务工、签到人次−重复），“核对”列✓/✗标的是是否达标不是是否；是否类写在核算栏的句子里（“无（摄影棚按次收费）”“→ 未达到100%”）。陷阱：加数、户籍人口、282个村（居）、竣工验收日11月30日（揭牌运营是12月8日）、入驻企业21家、9月380人次、1,842人次、贫困人口培训率、资金拨付率都不是输入或不是最终值。',
    sheets: [{ name: '核算底稿', rows, merges }],
    expect: {
      facts: {
        county: '惠东县',
        asOf: '2021-08-31',
        residentPopulation: 899870,
        adminVillagesStated: 244,
        poorVillagesStated: 32,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-08',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 2200000000,
        ruralRetail2020: 2752000000,
        ruralRetailGrowthStated: 0.251,
        agriRetail2019: 384000000,
        agriRetail2020: 507000000,
        agriRetailGrowthStated: 0.32,
        trainingPersonTimesStated: 7086,
        eligiblePoorPersonsStated: 5444,
        trainedPoorPersonsStated: 1566,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4176500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.881,
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


// ======================================================================
// LEDGERS 1 — 武江区：结算凭证（支票）领用登记簿 + 培训室使用登记簿
// ======================================================================
function genWujiang() {
  // ---- 支票登记簿 (funds)
  const W1 = 10;
  const r1 = [];
  const m1 = [];
  const p1 = (r) => { r1.push(r); return r1.length; };
  let n = p1(row(W1, ['武江区商务局省级电子商务进农村综合示范专项资金　银行结算凭证（支票）领用登记簿']));
  m1.push(rng(0, n, 9, n));
  n = p1(row(W1, ['开户行：韶关农村商业银行武江支行　　专户账号：80010000123456789', null, null, null, null, null, '单位：元']));
  m1.push(rng(0, n, 5, n), rng(6, n, 9, n));
  p1(['序号', '领用日期', '凭证种类', '凭证号码', '收款单位', '用途', '金额（元）', '领用人', '审批人', '备注']);
  const recs1 = [];
  const cheque = (seq, date, style, kind, no, payee, use, amount, note, record) => {
    p1([seq, date ? fmtDate(date, style) : null, kind, no, payee, use, amount, '邓××', '刘××', note || null]);
    if (record) recs1.push({ date, amount: typeof record === 'number' ? record : amount });
  };
  cheque(1, '2020-07-16', 'date', '转账支票', '10425501', '韶关市武江区智汇装饰工程有限公司', '公共服务中心装修（首付款）', '360,000.00', null, 360000);
  cheque(2, '2020-08-04', 'dot', '转账支票', '10425502', '（作废）', null, null, '作废：收款单位名称填错，存根已剪角', false);
  cheque(3, '2020-08-04', 'dot', '转账支票', '10425503', '广东粤北快运物流有限公司', '县镇村三级物流体系（首期）', 245000, null, 245000);
  cheque(4, '2020-09-22', 'cn', '电汇凭证', '03318821', '韶关市丹霞网络科技有限公司', '村级站点建设（第一批）', '412,800.00', null, 412800);
  cheque(5, '2020-11-10', 'date', '转账支票', '10425504', '韶关市职业技能培训学校', '电商培训费（第1-3期）', '86,400.00', '退票（收款人账号有误），11月13日重开，见No.10425506', false);
  cheque(6, '2020-11-12', 'date', '转账支票', '10425505', '（作废）', null, null, '作废：大小写金额不符', false);
  cheque(7, '2020-11-13', 'date', '转账支票', '10425506', '韶关市职业技能培训学校', '电商培训费（第1-3期）（重开）', '86,400.00', null, 86400);
  cheque(8, '2020-12-28', 'slash', '转账支票', '10425507', '韶关市丹霞网络科技有限公司', '公共服务中心运营（第一期）', 150000, null, 150000);
  cheque(9, '2021-01-26', 'slash', '电汇凭证', '03318822', '韶关市丹霞网络科技有限公司', '村级站点建设（第二批）', '298,500.00', null, 298500);
  cheque(10, '2021-03-09', 'date', '转账支票', '10425508', '广东冷源供应链科技有限公司', '冷链及溯源设备', 176000, null, 176000);
  cheque(11, '2021-04-15', 'yy', '转账支票', '10425509', '（作废）', null, null, '作废：印鉴不清', false);
  cheque(12, '2021-04-15', 'yy', '转账支票', '10425510', '韶关市职业技能培训学校', '电商培训费（第4-7期）', '112,300.00', null, 112300);
  cheque(13, '2021-06-03', 'cn', '电汇凭证', '03318823', '广东粤北快运物流有限公司', '县镇村三级物流体系（二期）', '187,650.50', null, 187650.5);
  cheque(14, '2021-08-20', 'date', '转账支票', '10425511', '韶关市丹霞网络科技有限公司', '村级站点建设（第三批）', 205000, null, 205000);
  cheque(15, '2021-09-07', 'dot', '转账支票', '10425512', '韶关市丹霞网络科技有限公司', '公共服务中心运营（尾款）', '98,000.00', null, 98000);
  const sum1 = recs1.reduce((s, x) => s + x.amount, 0);
  if (Math.abs(sum1 - 2331650.5) > 0.001) throw new Error('wujiang sum ' + sum1);
  n = p1(row(W1, ['本簿合计（不含作废、退票）', null, null, null, null, null, '2,331,650.50']));
  m1.push(rng(0, n, 5, n));
  n = p1(row(W1, ['注：1.作废、退票的凭证存根保留备查，不计入拨付；2.退票重开的以重开凭证为准；3.本簿只登记省级专项资金专户。']));
  m1.push(rng(0, n, 9, n));
  p1(row(W1, ['登记人：邓××', null, null, null, '复核：刘××']));

  // ---- 培训室使用登记 (training, session rows)
  const W2 = 10;
  const r2 = [];
  const m2 = [];
  const p2 = (r) => { r2.push(r); return r2.length; };
  n = p2(row(W2, ['武江区电子商务公共服务中心　培训室使用登记簿']));
  m2.push(rng(0, n, 9, n));
  n = p2(row(W2, ['地点：中心二楼培训室（可容纳120人）　　活动类型：培训 / 会议 / 直播 / 参观接待']));
  m2.push(rng(0, n, 9, n));
  p2(['序号', '使用日期', '时段', '使用单位', '活动类型', '活动内容', '预约人数', '实到人数', '登记人', '备注']);
  const recs2 = [];
  let seq = 0;
  const use = (dateCell, slot, unit, kind, content, booked, came, note, rec) => {
    seq += 1;
    p2([seq, dateCell, slot, unit, kind, content, booked, came, '温××', note || null]);
    if (rec) recs2.push(rec);
  };
  use({ date: '2020-09-10' }, '上午', '区商务局', '会议', '武江区电商进农村示范创建工作推进会', 40, 38);
  use('2020.9.24', '全天', '中心运营部', '培训', '电商基础知识普及培训（第1期）', 120, 116, null, { date: '2020-09-24', personTimes: 116 });
  use('2020.10.15', '下午', '中心运营部', '培训', '网店开设与运营（第2期）', 80, 76, null, { date: '2020-10-15', personTimes: 76 });
  use('2020/10/28', '全天', '中心运营部', '直播', '武江农特产品直播带货（双十一预热）', 20, 18);
  use('2020.11.24-25', '两天', '中心运营部', '培训', '农村电商带头人培训班（第3期）', 60, 57, '两天班，按人计一次', { date: '2020-11-25', personTimes: 57 });
  use({ date: '2020-12-03' }, '上午', '区税务局', '培训（借用场地）', '纳税人学堂：增值税电子发票', 50, 47, '非电商培训，不计入电商培训人次');
  use('2020年12月17日', '全天', '中心运营部', '培训', '建档立卡贫困户电商技能专场（第4期）', 45, 42, '签到表另附', { date: '2020-12-17', personTimes: 42 });
  use('2021年1月14日', '下午', '区妇联', '培训', '巾帼电商创业培训（第5期）', 70, 65, '与区妇联联合举办', { date: '2021-01-14', personTimes: 65 });
  use({ date: '2021-01-21' }, '全天', '中心运营部', '培训', '短视频拍摄与剪辑（第6期）', 90, '—', '已取消（疫情防控），3月18日补办');
  use('2021.3.18', '全天', '中心运营部', '培训', '短视频拍摄与剪辑（第6期，补办）', 90, 88, null, { date: '2021-03-18', personTimes: 88 });
  use('21.4.8', '上午', '市商务局', '参观接待', '市商务局调研公共服务中心运营情况', 15, 15);
  use('21.4.22', '全天', '中心运营部', '培训', '电商基础知识普及培训（第7期）', 150, '142人', null, { date: '2021-04-22', personTimes: 142 });
  use('20210520', '全天', '中心运营部', '培训', '建档立卡贫困户电商技能专场（第8期）', 40, 39, '签到表另附', { date: '2021-05-20', personTimes: 39 });
  use('2021/6/10', '全天', '中心运营部', '培训', '直播电商实操（第9期）', 100, 97, null, { date: '2021-06-10', personTimes: 97 });
  use('2021年7月1日', '上午', '区商务局', '会议', '党史学习教育专题学习会', 30, 28);
  use({ date: '2021-07-15' }, '全天', '中心运营部', '培训', '农产品品牌与包装设计（第10期）', 80, 79, null, { date: '2021-07-15', personTimes: 79 });
  use('2021.8.26', '全天', '中心运营部', '培训', '电商基础知识普及培训（第11期）', 130, 124, null, { date: '2021-08-26', personTimes: 124 });
  use('2021.9.9', '全天', '中心运营部', '培训', '跨境电商入门（第12期）', 60, 58, null, { date: '2021-09-09', personTimes: 58 });
  const total = recs2.reduce((s, x) => s + x.personTimes, 0);
  n = p2(row(W2, ['电商培训合计（第1—12期）', null, null, null, null, null, null, total]));
  m2.push(rng(0, n, 6, n));
  n = p2(row(W2, ['注：“活动类型”为培训的才统计电商培训人次（实到人数）；借用场地的非电商培训、会议、直播、参观接待不计；取消的不计。']));
  m2.push(rng(0, n, 9, n));

  return {
    description: '韶关市武江区商务局的两本登记簿：①专项资金专户的《银行结算凭证（支票）领用登记簿》，按凭证号顺序一行一张（转账支票/电汇凭证），作废的支票也占一行（收款单位写“（作废）”、金额空），一张退票的支票有金额、备注写“退票…11月13日重开，见No.10425506”，只有正常签发的才是拨付；金额千分位文本与数字混写，领用日期有真日期、2020.8.4、2020年9月22日、2020/12/28、21.4.15；末尾合计行、注和落款。②公共服务中心《培训室使用登记簿》当培训台账：一行一次场地使用，活动类型有培训/会议/直播/参观接待，还有“培训（借用场地）”的税务讲座（备注注明非电商培训）和一次“已取消”的培训，只有电商培训行是记录，人次取“实到人数”（不是预约人数，有“142人”文本），两天班“2020.11.24-25”按结束日；合计行和注。',
    sheets: [
      { name: '支票登记簿', rows: r1, merges: m1 },
      { name: '培训室使用登记', rows: r2, merges: m2 },
    ],
    expect: {
      sheets: {
        '支票登记簿': { kind: 'funds', records: recs1 },
        '培训室使用登记': { kind: 'training', records: recs2 },
      },
    },
  };
}

// ======================================================================
// LEDGERS 2 — 乳源瑶族自治县：已发送邮件导出（月报） + 牌匾制作安装验收单（站点）
// ======================================================================
function genRuyuan() {
  const CITY = '韶关市商务局电商科 <sgsw_dsk@163.com>';
  const W1 = 6;
  const r1 = [];
  const recs1 = [];
  r1.push(['主题', '收件人', '抄送', '发送时间', '大小', '附件']);
  const mail = (subj, to, cc, time, size, att, rec) => {
    r1.push([subj, to, cc, time, size, att]);
    if (rec) recs1.push(rec);
  };
  mail('乳源县电子商务进农村综合示范创建工作进展情况（2021年8月）', CITY, '乳源县商务局 <rysw@163.com>', '2021-09-06 10:12:45', '1.3 MB', '8月进展情况.docx；电商扶贫数据统计表（8月）.xlsx', { date: '2021-09-06', poverty: true });
  mail('转发：关于举办乳源瑶族自治县第二届农特产品直播节的通知', '乳源县融媒体中心 <ryrmt@163.com>', null, '2021-08-23 15:30:08', '356 KB', '直播节通知.pdf', null);
  mail('7月份工作进展', CITY, null, '2021-08-04 16:40:02', '845 KB', '7月进展情况.docx', { date: '2021-08-04', poverty: null });
  mail('乳源县电商进农村6月进展+电商扶贫统计', CITY, null, '2021-07-05 09:05:51', '1.1 MB', '6月进展情况.docx；电商扶贫数据统计表（6月）.xlsx', { date: '2021-07-05', poverty: true });
  mail('关于申请拨付电子商务进农村示范项目第三批资金的函', '乳源县财政局 <ryczj@163.com>', '乳源县商务局 <rysw@163.com>', '2021-06-21 11:22:37', '2.4 MB', '拨付申请.pdf；验收报告.pdf', null);
  mail('5月份工作进展', CITY, null, '2021-06-07 17:58:14', '1.0 MB', '5月进展情况.docx；电商扶贫数据统计表（5月）.xlsx', { date: '2021-06-07', poverty: true });
  mail('4月份工作进展', CITY, null, '2021-05-08 08:47:30', '812 KB', '4月进展情况.docx', { date: '2021-05-08', poverty: null });
  mail('乳源县电商进农村示范创建3月份进展', CITY, null, '2021-04-07 14:16:09', '1.2 MB', '3月进展情况.docx；3月电商扶贫数据.xlsx', { date: '2021-04-07', poverty: true });
  mail('乳源县电商进农村示范创建11月份进展（含电商扶贫统计）', CITY, null, '2020-12-04 09:30:11', '1.0 MB', '11月进展情况.docx', { date: '2020-12-04', poverty: true });
  mail('10月份工作进展', CITY, null, '2020-11-05 10:02:56', '790 KB', '10月进展情况.docx', { date: '2020-11-05', poverty: null });
  mail('乳源县电商进农村9月进展（含电商扶贫统计）', CITY, null, '2020-10-09 16:11:40', '1.1 MB', '9月进展情况.docx；电商扶贫统计（9月）.xlsx', { date: '2020-10-09', poverty: true });
  mail('8月份工作进展', CITY, null, '2020-09-07 11:45:23', '760 KB', '8月进展情况.docx', { date: '2020-09-07', poverty: null });
  mail('电商进农村工作简报（第3期）', '乳源县人民政府办公室 <ryzfb@163.com>', null, '2020-08-20 10:00:31', '520 KB', '简报第3期.docx', null);
  r1.push(row(W1, []));
  r1.push(row(W1, ['（以下为2020年12月中旬—2021年3月初邮箱故障期间通过粤政易报送，手工补录，无邮件记录）']));
  mail('12月份工作进展及电商扶贫统计', '韶关市商务局（粤政易）', null, '2021.1.6', '—', '进展报告、电商扶贫统计表', { date: '2021-01-06', poverty: true });
  mail('1月份工作进展', '韶关市商务局（粤政易）', null, '2021年2月3日', '—', '进展报告', { date: '2021-02-03', poverty: null });
  mail('2月份工作进展及电商扶贫统计', '韶关市商务局（粤政易）', null, '21.3.4', '—', '进展报告、电商扶贫统计表', { date: '2021-03-04', poverty: true });

  // ---- 牌匾制作安装验收单 (stations)
  const W2 = 9;
  const r2 = [];
  const m2 = [];
  const p2 = (r) => { r2.push(r); return r2.length; };
  let n = p2(row(W2, ['乳源瑶族自治县电子商务进农村综合示范项目　服务站点牌匾制作安装验收单']));
  m2.push(rng(0, n, 8, n));
  n = p2(row(W2, ['制作单位：乳源县瑶乡广告制作部　　验收单位：县商务局　　（牌匾安装之日即站点挂牌之日）']));
  m2.push(rng(0, n, 8, n));
  p2(['序号', '牌匾内容', '规格', '数量（块）', '安装地点', '安装日期', '签收人', '验收意见', '备注']);
  const recs2 = [];
  let sq = 0;
  const plaque = (text, spec, qty, place, dateCell, signer, ok, note, rec) => {
    sq += 1;
    p2([sq, text, spec, qty, place, dateCell, signer, ok, note || null]);
    if (rec) recs2.push(rec);
  };
  const P = '乳源瑶族自治县';
  plaque(P + '电子商务公共服务中心', '300×80cm 钛金', 1, '乳城镇鹰峰东路县电商中心', { date: '2020-08-28' }, '县电商中心 林××', '合格', '县级中心门头');
  plaque(P + '乳城镇城北社区电商服务站', '60×40cm 铝板', 1, '城北社区居委会', '2020.9.15', '邓××', '合格', null, { village: '城北社区', opened: '2020-09-15' });
  plaque(P + '桂头镇杨溪村电子商务服务站', '60×40cm 铝板', 2, '杨溪村委会', { date: '2020-09-22' }, '赵××', '合格', '双面', { village: '杨溪村', opened: '2020-09-22' });
  plaque(P + '桂头镇桂头村电子商务服务站', '60×40cm 铝板', 1, '桂头村委会', '2020年9月22日', '盘××', '合格', null, { village: '桂头村', opened: '2020-09-22' });
  plaque(P + '一六镇西京村电子商务服务点', '60×40cm 铝板', 1, '西京村便民超市', '20.10.13', '黄××', '合格', null, { village: '西京村', opened: '2020-10-13' });
  plaque(P + '一六镇一六村电子商务服务站', '60×40cm 铝板', 1, '一六村委会', '2020/10/13', '冯××', '合格', null, { village: '一六村', opened: '2020-10-13' });
  plaque(P + '大桥镇大桥村电子商务服务站', '60×40cm 铝板', 1, '大桥村委会', '2020.10.27', '邓××', '合格', null, { village: '大桥村', opened: '2020-10-27' });
  plaque(P + '大桥镇大桥村电子商务服务站（门头灯箱）', '200×60cm 灯箱', 1, '大桥村委会', '2020.10.27', '邓××', '合格', '与上行同一站点');
  plaque(P + '大桥镇深源村委会电商服务站', '60×40cm 铝板', 1, '深源村委会', '2020.10.27', '盘××', '合格（字迹需补漆）', null, { village: '深源村委会', opened: '2020-10-27' });
  plaque(P + '洛阳镇洛阳村电子商务服务站', '60×40cm 铝板', 1, '洛阳村委会', { date: '2020-11-10' }, '曾××', '合格', null, { village: '洛阳村', opened: '2020-11-10' });
  plaque(P + '洛阳镇坪溪村电子商务服务站', '60×40cm 铝板', 1, '坪溪村小卖部', { date: '2020-11-10' }, '曾××', '合格', null, { village: '坪溪村', opened: '2020-11-10' });
  plaque(P + '大布镇大布村电子商务服务站', '60×40cm 铝板', 1, '大布村委会', '2020年11月24日', '赵××', '合格', null, { village: '大布村', opened: '2020-11-24' });
  plaque(P + '大布镇小溪村电子商务服务站', '60×40cm 铝板', 1, '小溪村委会', '2020年11月24日', '李××', '合格', null, { village: '小溪村', opened: '2020-11-24' });
  plaque(P + '必背镇必背口村电子商务服务站', '60×40cm 铝板', 1, '必背口村委会', '2020-12-8', '盘××', '合格', null, { village: '必背口村', opened: '2020-12-08' });
  plaque(P + '必背镇桂坑村村级电子商务服务点', '60×40cm 铝板', 1, '桂坑村委会', '2020-12-8', '邓××', '合格', null, { village: '桂坑村', opened: '2020-12-08' });
  plaque(P + '桂头镇杨溪村电子商务服务站（补做）', '60×40cm 铝板', 1, '杨溪村委会', '2021.1.12', '赵××', '合格', '原牌匾被风吹落损坏，补做一块，不是新站点');
  plaque(P + '游溪镇游溪村电子商务服务站', '60×40cm 铝板', 1, '游溪村委会', { date: '2021-03-19' }, '黄××', '合格', null, { village: '游溪村', opened: '2021-03-19' });
  plaque(P + '游溪镇中冲村委会电商服务站', '60×40cm 铝板', 1, '中冲村委会', '2021.3.19', '李××', '合格', null, { village: '中冲村委会', opened: '2021-03-19' });
  plaque(P + '东坪镇（新村村）电商服务站', '60×40cm 铝板', 1, '新村村委会', '21.4.2', '盘××', '合格', null, { village: '新村村', opened: '2021-04-02' });
  plaque(P + '东坪镇东坪村电子商务服务站', '60×40cm 铝板', 1, '东坪村委会', '21.4.2', '冯××', '合格', null, { village: '东坪村', opened: '2021-04-02' });
  plaque(P + '洛阳镇坪溪村电子商务服务站', '60×40cm 铝板', 1, '坪溪村新址（村委会一楼）', '2021.6.8', '曾××', '合格', '原站点迁址（同村），牌匾拆下重装，不是新建');
  plaque(P + '乳城镇新兴村电子商务服务站', '60×40cm 铝板', 1, '新兴村委会', '2021.09.03', '林××', '合格', null, { village: '新兴村', opened: '2021-09-03' });
  plaque(P + '桂头镇水口村电子商务服务站', '60×40cm 铝板', 1, '—', null, null, '—', '牌匾已制作，站点尚未建成，未安装');
  n = p2(row(W2, ['合计', null, null, 24]));
  m2.push(rng(0, n, 2, n));
  n = p2(row(W2, ['说明：补做、迁址重装、门头灯箱不是新站点；县级中心门头不是村级站点；未安装的不算挂牌。']));
  m2.push(rng(0, n, 8, n));

  return {
    description: '乳源瑶族自治县（韶关）商务局电商股两张表：①邮箱“已发送”文件夹导出（第1行表头 主题|收件人|抄送|发送时间|大小|附件，按发送时间倒序，时间为“2021-09-06 10:12:45”文本），当月报报送台账用：只有收件人是韶关市商务局的才是报送，发给县融媒体中心、县财政局、县政府办的不是；是否含电商扶贫统计只能从主题或附件名看（没提到的记 null）；表尾空一行后是“粤政易报送，手工补录”的三行（收件人“韶关市商务局（粤政易）”、日期“2021.1.6”“2021年2月3日”“21.3.4”）。②《服务站点牌匾制作安装验收单》当站点台账：牌匾内容就是站名（“乳源瑶族自治县××镇××村电子商务服务站”，村名要从中读出，有“深源村委会”“东坪镇（新村村）”写法），安装日期即挂牌日期（真日期与各式文本）；县级中心门头、同站门头灯箱、补做牌匾、迁址重装、未安装的牌匾都不是站点；社区站点照列；9月安装的照列。',
    sheets: [
      { name: '已发送邮件', rows: r1 },
      { name: '牌匾安装验收单', rows: r2, merges: m2 },
    ],
    expect: {
      sheets: {
        '已发送邮件': { kind: 'reports', records: recs1 },
        '牌匾安装验收单': { kind: 'stations', records: recs2 },
      },
    },
  };
}

// ======================================================================
// COUNTY — 潮安区：呈批件（领导批示改数）+ 整套台账
// ======================================================================
function genChaoan() {
  const rand = mulberry32(390001);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const shuffle = (arr) => {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const assert = (c, m) => { if (!c) throw new Error('assert: ' + m); };
  const CUT = '2021-08-31';

  // ------------------------------------------------------------ villages
  const towns = [
    ['庵埠镇', 12, 4], ['彩塘镇', 17, 2], ['金石镇', 18, 2], ['浮洋镇', 19, 2], ['东凤镇', 13, 2],
    ['龙湖镇', 17, 2], ['沙溪镇', 15, 2], ['江东镇', 12, 2], ['凤塘镇', 14, 2], ['古巷镇', 14, 2],
    ['登塘镇', 16, 2], ['归湖镇', 14, 1], ['文祠镇', 13, 1], ['凤凰镇', 11, 1], ['赤凤镇', 10, 1],
  ];
  const A = '仙美溪洋湖山塘埔厝寨头尾东西南北上下新陈林黄蔡吴龙金玉石桥坑田园洲坝浦陇和安福宝庄官古大小长高平乌白竹梅桂荔橄柑凤鹤'.split('');
  const B = '溪洋湖山塘埔厝寨头尾坑田园洲坝浦陇美和安庄围墩岗林洞湾坪坡埕乡里堀沟'.split('');
  const used = new Set(towns.map((t) => t[0].slice(0, 2)));
  const genName = () => {
    for (;;) {
      const a = pick(A);
      const b = pick(B);
      if (a === b) continue;
      const nm = a + b;
      if (used.has(nm)) continue;
      used.add(nm);
      return nm;
    }
  };
  const villages = []; // {town, base, admin, poor, express}
  for (const [town, nAdmin, nComm] of towns) {
    for (let i = 0; i < nAdmin; i++) villages.push({ town, base: genName(), admin: true, poor: false, express: true });
    for (let i = 0; i < nComm; i++) villages.push({ town, base: genName(), admin: false, poor: false, express: null });
  }
  const admins = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(admins.length === 215 && comms.length === 28, 'village counts');
  // poor villages
  const poorPlan = [['凤凰镇', 3], ['文祠镇', 3], ['归湖镇', 3], ['赤凤镇', 2], ['登塘镇', 2], ['古巷镇', 1]];
  const poorList = [];
  for (const [town, k] of poorPlan) {
    const cand = admins.filter((v) => v.town === town);
    for (let i = 0; i < k; i++) { cand[i * 2].poor = true; poorList.push(cand[i * 2]); }
  }
  assert(poorList.length === 14, 'poor 14');
  // one admin village without express (non-poor, 凤凰镇)
  const noExpress = admins.filter((v) => v.town === '凤凰镇' && !v.poor).slice(-1)[0];
  noExpress.express = false;
  // list-name suffix habits
  villages.forEach((v) => {
    if (v.admin) {
      const r = rand();
      v.listName = v.base + (r < 0.75 ? '村委会' : r < 0.9 ? '村民委员会' : '村');
    } else {
      v.listName = v.base + (rand() < 0.5 ? '社区居委会' : '居委会');
    }
  });

  // ------------------------------------------------------------ stations
  const P14 = poorList[poorList.length - 1]; // the last poor village: station opens 2021-09
  const nonPoorAdmins = admins.filter((v) => !v.poor);
  const sh = shuffle(nonPoorAdmins);
  const coveredNonPoor = sh.slice(0, 128);
  const uncovered = sh.slice(128);
  const failVillage = uncovered[0];
  const septVillages = uncovered.slice(1, 5);
  const covered = new Set([...coveredNonPoor, ...poorList.filter((v) => v !== P14)]);
  assert(covered.size === 141, 'covered 141');
  const secondIn = shuffle([...covered]).slice(0, 2);
  const commStations = [comms[0], comms[1], comms[6]];
  const batches = [
    ['2020-06-08', '2020-08-28'], ['2020-10-09', '2020-12-25'], ['2021-03-02', '2021-05-28'], ['2021-07-01', '2021-08-27'],
  ];
  const addDays = (iso, d) => {
    const t = new Date(iso + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() + d);
    return t.toISOString().slice(0, 10);
  };
  const randDate = (lo, hi) => {
    const a = Date.parse(lo + 'T00:00:00Z');
    const b = Date.parse(hi + 'T00:00:00Z');
    const d = a + Math.floor(rand() * ((b - a) / 86400000 + 1)) * 86400000;
    return new Date(d).toISOString().slice(0, 10);
  };
  const builders = ['潮州市潮汕优品网络科技有限公司', '广东韩江电商服务有限公司', '中国邮政集团有限公司潮州市潮安区分公司'];
  const stations = []; // {town, name, villageCell, builder, check, result, openCell, openIso, note, village(obj|null)}
  const stationName = (town, base, suffix) => '潮安区' + town + base + suffix;
  const villCell = (v) => {
    const r = rand();
    if (!v.admin) return v.listName;
    return v.base + (r < 0.5 ? '村' : r < 0.85 ? '村委会' : '村民委员会');
  };
  const openStyles = ['date', 'date', 'dot', 'cn', 'slash', 'month'];
  const openCellOf = (iso) => {
    const st = pick(openStyles);
    if (st === 'month') {
      const [y, m] = iso.split('-').map(Number);
      return { cell: `${y}年${m}月`, read: iso.slice(0, 7) };
    }
    return { cell: fmtDate(iso, st), read: iso };
  };
  for (const [town] of towns) {
    const vs = villages.filter((v) => v.town === town);
    for (const v of vs) {
      if (covered.has(v) || (!v.admin && commStations.includes(v))) {
        const bi = Math.floor(rand() * 4);
        const open = randDate(batches[bi][0], batches[bi][1]);
        const check = addDays(open, -(2 + Math.floor(rand() * 6)));
        const oc = openCellOf(open);
        stations.push({ town, name: stationName(town, v.base, v.admin ? '村电商服务站' : '社区电商服务站'), villageCell: villCell(v), builder: pick(builders), check: fmtDate(check, pick(['date', 'dot'])), result: '合格', openCell: oc.cell, openRead: oc.read, openIso: open, note: v.admin ? null : '社区服务站', village: v });
        if (secondIn.includes(v)) {
          const open2 = randDate('2021-03-02', '2021-08-20');
          const oc2 = openCellOf(open2);
          stations.push({ town, name: stationName(town, v.base, '村电商服务站（二）'), villageCell: villCell(v), builder: pick(builders), check: fmtDate(addDays(open2, -3), 'date'), result: '合格', openCell: oc2.cell, openRead: oc2.read, openIso: open2, note: '同村第二个站点（农贸市场）', village: v });
        }
      } else if (v === P14) {
        stations.push({ town, name: stationName(town, v.base, '村电商服务站'), villageCell: villCell(v), builder: builders[0], check: { date: '2021-08-26' }, result: '合格', openCell: '2021.9.3', openRead: '2021-09-03', openIso: '2021-09-03', note: '验收后待宽带开通，9月3日投入运营', village: v });
      } else if (v === failVillage) {
        stations.push({ town, name: stationName(town, v.base, '村电商服务站'), villageCell: villCell(v), builder: builders[1], check: '2021.5.20', result: '不合格（整改中）', openCell: '—', openRead: null, openIso: null, note: '设备未到位，未投入运营，整改后再验收', village: v });
      } else if (septVillages.includes(v)) {
        const open = randDate('2021-09-06', '2021-09-17');
        stations.push({ town, name: stationName(town, v.base, '村电商服务站'), villageCell: villCell(v), builder: builders[2], check: fmtDate(addDays(open, -2), 'dot'), result: '合格', openCell: fmtDate(open, 'date'), openRead: open, openIso: open, note: '第五批', village: v });
      }
    }
  }
  stations.push({ town: '万峰林场', name: '潮安区万峰林场电商服务点', villageCell: '万峰林场场部', builder: builders[2], check: { date: '2021-04-12' }, result: '合格', openCell: { date: '2021-04-16' }, openRead: '2021-04-16', openIso: '2021-04-16', note: '林场场部，非村（居）', village: null });
  // coverage check by hand rules
  const covAdmin = new Set();
  const covPoor = new Set();
  for (const s of stations) {
    if (!s.village || !s.openIso || s.openIso > CUT) continue;
    if (s.village.admin) covAdmin.add(s.village);
    if (s.village.poor) covPoor.add(s.village);
  }
  assert(covAdmin.size === 141 && covPoor.size === 13, 'coverage ' + covAdmin.size + '/' + covPoor.size);

  // ------------------------------------------------------------ poor persons
  const surn = '陈林黄蔡李吴郑许谢杨刘张洪詹邱沈丁翁'.split('');
  const givM = '伟强明辉建国海涛文华俊杰锦鸿泽楷树森坤炎'.split('');
  const givF = '丽娟秀英淑芬雪梅玉珠佩莹燕娜婉清少芳桂兰'.split('');
  const usedIds = new Set();
  const newId = (birth, male) => {
    const prefix = Number(birth.slice(0, 4)) < 1990 ? '445121' : '445103';
    for (;;) {
      let seqn = 1 + Math.floor(rand() * 998);
      if ((seqn % 2 === 1) !== male) seqn = seqn === 999 ? 998 : seqn + 1;
      const id = makeId(prefix, birth, seqn);
      if (!usedIds.has(id)) { usedIds.add(id); return id; }
    }
  };
  const birthOf = (age) => {
    const y = 2021 - age;
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    return `${y}${pad(m, 2)}${pad(d, 2)}`;
  };
  const nameOf = (sur, male) => sur + pick(male ? givM : givF) + (rand() < 0.5 ? pick(male ? givM : givF) : '');
  // categories: 80 E, 25 M, 15 N (8 students, 7 elderly)
  const cats = shuffle([...Array(80).fill('E'), ...Array(25).fill('M'), ...Array(8).fill('S'), ...Array(7).fill('O')]);
  const blockVillages = [...poorList, ...shuffle(nonPoorAdmins).slice(0, 4)];
  const persons = [];
  const blocks = [];
  let ci = 0;
  let hhNo = 0;
  const perBlock = [7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7];
  assert(perBlock.reduce((a, b) => a + b, 0) === 120, 'perBlock');
  blockVillages.forEach((v, bi) => {
    const members = [];
    let left = perBlock[bi];
    while (left > 0) {
      const size = Math.min(left, left <= 4 ? left : 2 + Math.floor(rand() * 3));
      hhNo += 1;
      const sur = pick(surn);
      const order = { E: 0, M: 1, O: 2, S: 3 };
      const hcats = cats.slice(ci, ci + size).sort((a, b) => order[a] - order[b]);
      ci += size;
      let spouseDone = false;
      for (let k = 0; k < size; k++) {
        const cat = hcats[k];
        let age;
        let labour;
        let work;
        let place = null;
        if (cat === 'E') { age = 24 + Math.floor(rand() * 34); labour = rand() < 0.8 ? '普通劳动力' : '技能劳动力'; work = pick(['县内务工', '未务工（在家务农）', '公益性岗位', '县内务工']); if (work === '县内务工') place = pick(['潮安区庵埠镇', '潮安区彩塘镇', '本村']); }
        else if (cat === 'M') { age = 20 + Math.floor(rand() * 26); labour = '普通劳动力'; if (rand() < 0.6) { work = '县外省内务工'; place = pick(['广州市', '深圳市', '汕头市', '东莞市']); } else { work = '省外务工'; place = pick(['福建省厦门市', '浙江省义乌市', '上海市']); } }
        else if (cat === 'S') { age = 8 + Math.floor(rand() * 10); labour = '无劳动力'; work = '在校生'; }
        else { age = 63 + Math.floor(rand() * 18); labour = '丧失劳动力'; work = '—'; }
        let male = rand() < 0.5;
        let rel;
        if (k === 0) { rel = '户主'; male = cat === 'O' ? male : rand() < 0.75; }
        else if (cat === 'S') rel = male ? '之子' : '之女';
        else if (cat === 'O') rel = male ? '之父' : '之母';
        else if (!spouseDone) { rel = '配偶'; spouseDone = true; male = !persons[persons.length - k].male; }
        else rel = male ? '之子' : '之女';
        const ownSur = rel === '配偶' || rel === '之母' ? pick(surn) : sur;
        const p = { name: nameOf(ownSur, male), male, hh: 'CA' + pad(hhNo, 4), rel, id: newId(birthOf(age), male), labour, work, place, cat, village: v };
        members.push(p);
        persons.push(p);
      }
      left -= size;
    }
    blocks.push({ v, members, households: new Set(members.map((m) => m.hh)).size });
  });
  assert(ci === 120 && persons.length === 120, 'persons');
  const E = shuffle(persons.filter((p) => p.cat === 'E'));
  const M = persons.filter((p) => p.cat === 'M');
  const N = persons.filter((p) => p.cat === 'S' || p.cat === 'O');
  assert(E.length === 80 && M.length === 25 && N.length === 15, 'cats');
  // non-roster attendees (监测户)
  const X = [0, 1, 2].map((i) => {
    const male = i !== 1;
    return { name: nameOf(pick(surn), male), male, id: newId(birthOf(30 + i * 7), male), village: pick(admins), cat: 'X' };
  });
  const range = (a, b) => E.slice(a, b + 1);
  const sessions = {
    5: [...range(0, 24), M[0], M[1], N[0], X[0], X[1]],
    9: [...range(25, 36), ...range(0, 11), M[2], N[1], X[2], M[0]],
    13: [...range(12, 36), X[0]],
    17: [...range(37, 42), ...range(0, 24), M[1], N[0], X[1], X[2]],
  };
  assert(sessions[5].length === 30 && sessions[9].length === 28 && sessions[13].length === 26 && sessions[17].length === 35, 'session sizes');
  const eligible = persons.filter((p) => p.cat === 'E');
  const trainedBy = (sessIds) => {
    const ids = new Set();
    sessIds.forEach((s) => sessions[s].forEach((p) => ids.add(p.id)));
    return eligible.filter((p) => ids.has(p.id)).length;
  };
  assert(trainedBy([5, 9, 13]) === 37 && trainedBy([5, 9, 13, 17]) === 43, 'trained');
  // one eligible person in session 9 gets an ID ending in X (written with a small x there),
  // another one's ID is written with spaces
  const xPerson = sessions[9].find((p) => p.cat === 'E' && p.id.endsWith('X')) || E[3];
  if (!xPerson.id.endsWith('X')) {
    usedIds.delete(xPerson.id);
    const birth = xPerson.id.slice(6, 14);
    for (let sq = 1; sq < 999; sq++) {
      if ((sq % 2 === 1) !== xPerson.male) continue;
      const id = makeId(xPerson.id.slice(0, 6), birth, sq);
      if (id.endsWith('X') && !usedIds.has(id)) { xPerson.id = id; usedIds.add(id); break; }
    }
  }
  assert(xPerson.id.endsWith('X') && sessions[9].includes(xPerson), 'x person');
  const spacePerson = sessions[9].find((p) => p.cat === 'E' && p !== xPerson);

  // ------------------------------------------------------------ sheets
  const sheets = [];

  // ---- 呈批件 (facts)
  {
    const W = 6;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮州市潮安区商务局文件呈批表']));
    merges.push(rng(0, n, 5, n));
    n = push(row(W, ['来文单位', '潮州市商务局', null, '收文日期', '2021年8月20日']));
    merges.push(rng(1, n, 2, n), rng(4, n, 5, n));
    n = push(row(W, ['文　　号', '潮商务函〔2021〕86号', null, '缓急', '急件（9月3日前报）']));
    merges.push(rng(1, n, 2, n), rng(4, n, 5, n));
    n = push(row(W, ['标　　题', '关于报送2019年省级电子商务进农村综合示范创建考评自评材料的通知']));
    merges.push(rng(1, n, 5, n));
    n = push(row(W, ['拟办意见', '市商务局要求各示范县（区）9月3日前报送考评自评材料及基础数据。经电商股逐项梳理，拟按附表报送（数据截至2021年8月31日），主观评分项按附表自评，自评总分82分。\n当否，请批示。\n　　　　　　　　　　　　　　　　电商股　陈××　2021年9月1日']));
    merges.push(rng(1, n, 5, n));
    n = push(row(W, ['分管领导意见', '拟同意，请黄局长审定。\n　　　　　　　　　　　　　　　　林××　9.1']));
    merges.push(rng(1, n, 5, n));
    n = push(row(W, ['主要领导批示', '1.常住人口统一按七普数报（96.82万人），不用年鉴数。\n2.区中心的摄影、美工服务是收费的，附表第13项不能报“有”，改为“无”。\n3.网络促销活动我们只搞了两场，自评改为1分。\n其余同意，按修改后的报送。\n　　　　　　　　　　　　　　　　黄××　9月2日']));
    merges.push(rng(1, n, 5, n));
    n = push(row(W, ['办理结果', '已按局长批示修改附表第2、13项和主观评分项，9月2日通过粤政易报市商务局。　　陈××　9.2']));
    merges.push(rng(1, n, 5, n));
    push(row(W, []));
    n = push(row(W, ['附表：潮安区电子商务进农村综合示范创建考评基础数据（拟报稿）']));
    merges.push(rng(0, n, 5, n));
    n = push(row(W, ['数据截止：2021年8月31日', null, null, null, '填报：区商务局电商股']));
    merges.push(rng(0, n, 3, n), rng(4, n, 5, n));
    push(['序号', '项目', '拟报数据', '单位', '数据来源', '备注']);
    const sec = (t) => { const k = push(row(W, [t])); merges.push(rng(0, k, 5, k)); };
    const r = (a, b, c, d, e, f) => push([a, b, c, d === undefined ? null : d, e === undefined ? null : e, f === undefined ? null : f]);
    sec('一、基本情况');
    r(1, '县（市、区）', '潮安区', '—');
    r(2, '常住人口', 98.61, '万人', '2020年潮州统计年鉴', '七普为96.82万人');
    r(3, '行政村', 215, '个', '区民政局');
    r(4, '社区（居委会）', 28, '个', '区民政局');
    r(5, '省定贫困村', 14, '个', '区乡村振兴局');
    sec('二、组织领导');
    r(6, '领导小组组长', '区委副书记、区长', '—', '潮安府办〔2019〕45号');
    r(7, '成员单位', '区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、区邮政分公司等14个单位', '—');
    r(8, '示范创建工作方案', '已印发', '—', '潮安府办〔2019〕52号');
    r(9, '支持农村电商发展政策', '已出台', '—', '《潮安区促进农村电子商务发展若干措施》');
    sec('三、服务体系');
    r(10, '区电商公共服务中心投入运营', '2020.10.28', '—', '开业通报');
    r(11, '免费培训场所、设备', '有', '—');
    r(12, '特色农产品免费展示、销售', '有', '—');
    r(13, '免费摄影、美工服务', '有', '—');
    r(14, '统一推广、品牌建设指导', '有', '—');
    r(15, '其他衍生增值服务', '有', '—', null, '代办营业执照、网店代运营');
    r(16, '电商产业园', '已建成', '—', null, '潮安区电子商务产业园（庵埠镇）');
    r(17, '产业园入驻企业', 21, '家');
    r(18, '专业第三方运营服务商', '有', '—', null, '潮州市潮汕优品网络科技有限公司');
    r(19, '行政村物流快递覆盖率', 100, '%', '区邮政分公司');
    sec('四、农村产品上行');
    r(20, '2019年农村网络零售额', 31.26, '亿元', '省商务厅监测');
    r(21, '2020年农村网络零售额', 38.95, '亿元', '省商务厅监测');
    r(22, '农村网络零售额同比增长', 24.6, '%');
    r(23, '2019年农产品网络零售额', 4.82, '亿元', '省商务厅监测');
    r(24, '2020年农产品网络零售额', 6.33, '亿元', '省商务厅监测');
    r(25, '农产品网络零售额同比增长', 31.3, '%');
    sec('五、电商培训');
    r(26, '电商培训人次', 4905, '人次', '培训台账', '截至9月1日（含9月1日贫困户专场）');
    r(27, '有劳动能力的建档立卡贫困人口（不含外出务工）', 80, '人', '区乡村振兴局');
    r(28, '参加培训的建档立卡贫困人口', 43, '人', '专场签到');
    sec('六、信息公开及报送');
    r(29, '专栏公示创建方案', '是', '—');
    r(30, '专栏公示项目基本信息', '是', '—');
    r(31, '专栏公示项目建设进度', '是（按月）', '—');
    r(32, '征求意见或监督举报窗口', '是', '—');
    r(33, '电商扶贫情况统计', '能', '—', null, '月报附统计表');
    sec('七、资金');
    r(34, '省级专项资金下达', 500, '万元');
    r(35, '累计拨付', 355.6, '万元', '国库支付系统');
    r(36, '资金管理制度', '已制定', '—', '潮安商务〔2020〕18号');
    r(37, '资金专用台账', '已建立', '—');
    r(38, '项目总体进度', 85, '%');
    sec('八、一票否决');
    r(39, '安全生产、质量事故或重大损失', '无', '—');
    r(40, '弄虚作假', '无', '—');
    sec('九、主观评分项自评');
    push(['序号', '评分项', '自评分', '分值范围', null, null]);
    r(1, '方案制定', 2, '1-2');
    r(2, '政策支持', 2, '1-2');
    r(3, '项目管理制度', 2, '1-2');
    r(4, '工作台账', 2, '1-2');
    r(5, '网销调研', 2, '1-2');
    r(6, '网络促销活动', 2, '1-2');
    r(7, '交易标准、冷链及溯源', 1, '1-2');
    r(8, '资金管理制度', 4, '1-5');
    r(9, '资金台账', 4, '1-5');
    r(10, '资金及时拨付', 4, '1-5');
    sheets.push({ name: '呈批件', rows, merges });
  }

  // ---- 村居一览 (villages + second table: poor villages)
  {
    const W = 6;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区村（居）民委员会一览表']));
    merges.push(rng(0, n, 5, n));
    n = push(row(W, ['来源：区民政局（2021年6月）　快递进村情况：区邮政分公司核实']));
    merges.push(rng(0, n, 5, n));
    push(['镇', '序号', '村（居）委会名称', '类别', '快递进村', '备注']);
    let seqv = 0;
    for (const [town] of towns) {
      const vs = villages.filter((v) => v.town === town);
      const start = rows.length + 1;
      vs.forEach((v, i) => {
        seqv += 1;
        push([i === 0 ? town : null, seqv, v.listName, v.admin ? '村委会' : '居委会', v.admin ? (v.express ? '已通' : '未通（村民到镇上取件）') : null, null]);
      });
      merges.push(rng(0, start, 0, rows.length));
    }
    n = push(row(W, ['合计：村委会215个，居委会28个，共243个']));
    merges.push(rng(0, n, 5, n));
    push(row(W, []));
    push(row(W, []));
    n = push(row(W, ['附：省定贫困村名单（14个）']));
    merges.push(rng(0, n, 5, n));
    push(['序号', '镇', '村', '帮扶单位', null, null]);
    const helpers = ['潮州市人民检察院', '潮州市财政局', '潮安区委组织部', '潮安区公安分局', '潮州供电局', '潮安区农业农村局', '潮州市交通运输局'];
    poorList.forEach((v, i) => push([i + 1, v.town, v.base + '村', helpers[i % helpers.length], null, null]));
    sheets.push({ name: '村居一览', rows, merges });
  }

  // ---- 站点验收 (stations)
  {
    const W = 10;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区村级电子商务服务站点建设验收及运营情况表']));
    merges.push(rng(0, n, 9, n));
    n = push(row(W, ['说明：“投入运营时间”即站点正式对外服务（挂牌）时间；验收不合格或尚未投入运营的不计入覆盖。']));
    merges.push(rng(0, n, 9, n));
    push(['序号', '镇', '站点名称', '所在村（居）', '承建单位', '验收时间', '验收结论', '投入运营时间', '站长', '备注']);
    let townStart = null;
    let curTown = null;
    stations.forEach((s, i) => {
      if (s.town !== curTown) {
        if (curTown !== null && rows.length >= townStart) merges.push(rng(1, townStart, 1, rows.length));
        curTown = s.town;
        townStart = rows.length + 1;
      }
      push([i + 1, s.town === curTown && rows.length + 1 === townStart ? s.town : null, s.name, s.villageCell, s.builder, s.check, s.result, s.openCell, nameOf(pick(surn), rand() < 0.5), s.note]);
    });
    merges.push(rng(1, townStart, 1, rows.length));
    n = push(row(W, [`合计：站点${stations.length}个（其中社区服务站3个、林场服务点1个、验收不合格1个、2021年9月投入运营5个）`]));
    merges.push(rng(0, n, 9, n));
    sheets.push({ name: '站点验收', rows, merges });
  }

  // ---- 培训课程表 (training: session rows spanning lesson rows)
  const sessionDefs = [
    [1, 'date', '2020-09-17', '电商普及培训（彩塘镇）', 320, 15, 2],
    [2, 'dot', '2020-10-15', '电商普及培训（庵埠镇）', 210, 8, 2],
    [3, 'dot', '2020-11-05', '电商普及培训（金石镇）', 360, 12, 2],
    [4, 'range', '2020-11-25', '农村电商带头人培训班', 85, 3, 4, '2020.11.24-25'],
    [5, 'cn', '2020-12-10', '建档立卡贫困户电商技能专场（一）', 30, null, 2],
    [6, 'date', '2020-12-22', '电商普及培训（浮洋镇）', 415, 10, 2],
    [7, 'slash', '2021-01-14', '电商普及培训（龙湖镇）', 260, 6, 2],
    [8, 'dot', '2021-03-11', '电商普及培训（东凤镇）', 380, 9, 2],
    [9, 'cn', '2021-03-25', '建档立卡贫困户电商技能专场（二）', 28, null, 2],
    [10, 'date', '2021-04-22', '电商普及培训（沙溪镇）', 455, 11, 2],
    [11, 'dot', '2021-05-13', '电商普及培训（凤塘镇）', 520, 14, 2],
    [12, 'range', '2021-05-28', '直播电商实操班', 96, 2, 4, '2021.5.27-28'],
    [13, 'cn', '2021-06-17', '建档立卡贫困户电商技能专场（三）', 26, null, 2],
    [14, 'date', '2021-07-08', '电商普及培训（古巷镇）', 610, 18, 2],
    [15, 'dot', '2021-07-29', '电商普及培训（登塘镇）', 540, 21, 2],
    [16, 'slash', '2021-08-19', '电商普及培训（归湖、文祠、凤凰片）', 535, 25, 2],
    [17, 'dot', '2021-09-01', '建档立卡贫困户电商技能专场（四）', 35, null, 2],
    [18, 'date', '2021-09-08', '电商普及培训（江东镇）', 245, 7, 2],
  ];
  const rosterIds = new Set(persons.map((p) => p.id));
  const specialOf = { 5: 5, 9: 9, 13: 13, 17: 17 };
  sessionDefs.forEach((d) => {
    if (specialOf[d[0]]) {
      assert(sessions[d[0]].length === d[4], 'special size ' + d[0]);
      d[5] = sessions[d[0]].filter((p) => rosterIds.has(p.id)).length;
    }
  });
  const ptByCut = sessionDefs.filter((d) => d[2] <= CUT).reduce((s, d) => s + d[4], 0);
  const ptAll = sessionDefs.reduce((s, d) => s + d[4], 0);
  assert(ptByCut === 4870 && ptAll === 5150, 'person-times ' + ptByCut + ' ' + ptAll);
  {
    const W = 11;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区电子商务进农村综合示范　电商培训课程安排及实到人数统计表']));
    merges.push(rng(0, n, 10, n));
    n = push(row(W, ['承办：潮安区电子商务公共服务中心　　一期占若干行（每节课一行），期次、日期、班名、实到人数、地点按期合并']));
    merges.push(rng(0, n, 10, n));
    push(['期次', '培训日期', '培训班名称', '时间段', '课程内容', '授课讲师', '课时', '实到人数（人次）', '其中建档立卡贫困户', '地点', '备注']);
    const lessons2 = [['上午', '农村电商政策与形势'], ['下午', '网店开设与基础运营']];
    const lessonsSpecial = [['上午', '手机开店与微信营销'], ['下午', '农产品拍照与上架实操']];
    const lessons4 = [['第一天上午', '电商带头人的经营思路'], ['第一天下午', '选品与供应链'], ['第二天上午', '短视频与直播'], ['第二天下午', '案例分享与实操']];
    const lessonsLive = [['第一天上午', '直播平台规则'], ['第一天下午', '直播话术与选品'], ['第二天上午', '直播实操（分组）'], ['第二天下午', '复盘与点评']];
    const teachers = ['郑××（潮汕优品）', '林××（韩山师范学院）', '蔡××（阿里巴巴潮州服务商）', '许××（区电商中心）'];
    const places = { 1: '彩塘镇政府会议室', 2: '庵埠镇文化站', 3: '金石镇政府会议室', 6: '浮洋镇政府会议室', 7: '龙湖镇文化站', 8: '东凤镇政府会议室', 10: '沙溪镇政府会议室', 11: '凤塘镇文化站', 14: '古巷镇政府会议室', 15: '登塘镇政府会议室', 16: '文祠镇政府会议室', 18: '江东镇文化站' };
    for (const d of sessionDefs) {
      const [no, style, iso, title, pt, poor, nl, rangeText] = d;
      const ls = nl === 4 ? (no === 12 ? lessonsLive : lessons4) : specialOf[no] ? lessonsSpecial : lessons2;
      const start = rows.length + 1;
      const dateCell = style === 'range' ? rangeText : fmtDate(iso, style);
      ls.forEach((l, k) => {
        push([k === 0 ? `第${no}期` : null, k === 0 ? dateCell : null, k === 0 ? title : null, l[0], l[1], teachers[(no + k) % teachers.length], 3, k === 0 ? pt : null, k === 0 ? (specialOf[no] ? poor : poor) : null, k === 0 ? (places[no] || '区电商公共服务中心培训室') : null, k === 0 ? (specialOf[no] ? '名单见《专场参训名单》' : null) : null]);
      });
      const end = rows.length;
      for (const c of [0, 1, 2, 7, 8, 9, 10]) merges.push(rng(c, start, c, end));
    }
    n = push(row(W, ['合计（第1—18期）', null, null, null, null, null, null, ptAll]));
    merges.push(rng(0, n, 6, n));
    n = push(row(W, ['注：1.实到人数按期统计，同一期各节课是同一批学员，不按课时重复计算；“课时”为每节课学时。2.贫困户专场学员名单见《专场参训名单》，其人数已含在本表实到人数内，不再另加。3.第17、18期在2021年9月举办。']));
    merges.push(rng(0, n, 10, n));
    sheets.push({ name: '培训课程表', rows, merges });
  }

  // ---- 专场参训名单 (training sign-ins with IDs)
  {
    const W = 9;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区建档立卡贫困户电商技能专场参训名单']));
    merges.push(rng(0, n, 8, n));
    push(['序号', '期次', '培训日期', '姓名', '性别', '公民身份号码', '所在村（居）', '联系电话', '签名']);
    const dstyle = { 5: ['cn', '2020-12-10'], 9: ['date', '2021-03-25'], 13: ['dot', '2021-06-17'], 17: ['dot', '2021-09-01'] };
    let k = 0;
    for (const s of [5, 9, 13, 17]) {
      const [st, iso] = dstyle[s];
      const list = shuffle(sessions[s]);
      list.forEach((p) => {
        k += 1;
        let idCell = p.id;
        if (p === xPerson && s === 9) idCell = p.id.slice(0, 17) + 'x';
        if (p === spacePerson && s === 9) idCell = p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14);
        const vname = p.village.base + (rand() < 0.5 ? '村' : '村委会');
        push([k, `第${s}期`, fmtDate(iso, st), p.name, p.male ? '男' : '女', idCell, vname, '13' + pad(Math.floor(rand() * 1e9), 9), '（已签）']);
      });
    }
    n = push(row(W, ['注：第1—16期为截至2021年8月31日；第17期为2021年9月1日。名单人数已计入《培训课程表》实到人数。']));
    merges.push(rng(0, n, 8, n));
    sheets.push({ name: '专场参训名单', rows, merges });
  }

  // ---- 帮扶对象名册 (poor persons, village blocks)
  {
    const W = 9;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区建档立卡贫困人口名册（劳动力及务工情况）']));
    merges.push(rng(0, n, 8, n));
    n = push(row(W, ['提供单位：潮安区乡村振兴局　　截至2021年6月30日　　按村分块，每块首行为村名及户数、人数']));
    merges.push(rng(0, n, 8, n));
    push(['序号', '户编号', '姓名', '与户主关系', '公民身份号码', '劳动能力', '务工状况', '务工地点', '备注']);
    let k = 0;
    for (const b of blocks) {
      const t = `◆ ${b.v.town}${b.v.base}村${b.v.poor ? '（省定贫困村）' : ''}　共${b.households}户 ${b.members.length}人`;
      n = push(row(W, [t]));
      merges.push(rng(0, n, 8, n));
      for (const p of b.members) {
        k += 1;
        push([k, p.hh, p.name, p.rel, p.id, p.labour, p.work, p.place, null]);
      }
    }
    n = push(row(W, ['合计：120人。注：“县外省内务工”“省外务工”为外出务工人员；在校生、丧失劳动力者无劳动能力。']));
    merges.push(rng(0, n, 8, n));
    sheets.push({ name: '帮扶对象名册', rows, merges });
  }

  // ---- 产业园企业 (enterprises)
  const ents = [
    ['潮州市潮汕优品网络科技有限公司', '91445103MA4UL1A21K', '电商运营服务商', { date: '2020-06-18' }, null, 'A101', null],
    ['潮安区庵埠食品电商平台有限公司', '91445103MA4UL2B33P', '平台型电商企业', '2020.6.18', null, 'A102', null],
    ['潮州市韩江鲜物流有限公司', '91445103MA4UM3C47X', '物流企业', '2020.7.2', null, 'A103', null],
    ['潮安区彩塘不锈钢网销有限公司', '91445103MA4UN4D59B', '销售型企业', '2020年7月', null, 'A105', null],
    ['潮州市凤凰单丛茶电子商务有限公司', '91445103MA4UP5E61C', '销售型企业', { date: '2020-07-20' }, null, 'A106', null],
    ['潮安区庵埠镇潮味坊食品商行', '92445103MA4UQ6F72D', '销售型企业', '2020/8/3', null, 'A107', '2021年3月更名为“潮州市潮味坊食品电子商务有限公司”，见第17行'],
    ['潮州市古巷陶瓷网络营销有限公司', '91445103MA4UR7G83E', '销售型企业', '2020.8.15', null, 'A108', null],
    ['中通快递潮安区电商仓', '91445103MA4US8H94F', '物流企业', { date: '2020-09-01' }, null, 'B101', null],
    ['潮安区金石镇果蔬专业合作社网店', '93445103MA4UT9J05G', '销售型企业', '2020.9.10', { date: '2021-05-20' }, 'B102', '已退出'],
    ['潮州市潮绣文创电子商务有限公司', '91445103MA4UU0K16H', '销售型企业', '2020年9月28日', null, 'B103', null],
    ['潮州市直播谷传媒有限公司', '91445103MA4UV1L27J', '电商运营服务商', '2020.10.16', null, 'B105', null],
    ['潮安区浮洋镇乌石橄榄电商店', '92445103MA4UW2M38K', '销售型企业', { date: '2020-11-03' }, null, 'B106', null],
    ['潮州市美工视觉设计工作室', '92445103MA4UX3N49L', '电商运营服务商', '2020.11.20', null, 'B107', null],
    ['潮安区凤塘镇潮汕卤鹅网店', '92445103MA4UY4P50M', '销售型企业', '2020/12/8', null, 'B108', null],
    ['潮州市顺捷供应链管理有限公司', '91445103MA4UZ5Q61N', '物流企业', '2021.1.6', null, 'C101', null],
    ['潮安区东凤镇狮头鹅电商店', '92445103MA4W06R72P', '销售型企业', '2021年3月2日', null, 'C102', null],
    ['潮州市潮味坊食品电子商务有限公司', '92445103MA4UQ6F72D', '销售型企业', '2021.3.15', null, 'A107', '原“潮安区庵埠镇潮味坊食品商行”更名'],
    ['潮州市乡味优选电子商务平台有限公司', '91445103MA4W17S83Q', '平台型电商企业', { date: '2021-04-12' }, null, 'C103', null],
    ['潮安区登塘镇竹笋专业合作社网店', '93445103MA4W28T94R', '销售型企业', '2021.5.6', null, 'C105', null],
    ['潮州市小红书达人孵化有限公司', '91445103MA4W39U05T', '电商运营服务商', '2021.6.21', '2021.9.15', 'C106', '2021年9月15日退租'],
    ['潮安区归湖镇山茶油网店', '92445103MA4W40V16U', '销售型企业', '2021年7月8日', null, 'C107', null],
    ['潮州市潮安跨境电商服务有限公司', '91445103MA4W51W27W', '电商运营服务商', { date: '2021-08-31' }, null, 'C108', '8月31日签约入驻'],
  ];
  {
    const W = 9;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区电子商务产业园入驻企业名单']));
    merges.push(rng(0, n, 8, n));
    push(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '房号', '联系人', '备注']);
    ents.forEach((e, i) => push([i + 1, e[0], e[1], e[2], e[3], e[4], e[5], nameOf(pick(surn), rand() < 0.5), e[6]]));
    n = push(row(W, ['注：企业类型按平台型电商企业、销售型企业、电商运营服务商、物流企业填写。']));
    merges.push(rng(0, n, 8, n));
    sheets.push({ name: '产业园企业', rows, merges });
  }
  // present at cut-off, counted once by credit code
  const present = new Set();
  const kinds = new Set();
  const readD = (c) => {
    if (c === null) return null;
    if (typeof c === 'object') return c.date;
    let m = c.match(/^(\d{4})[.\/](\d{1,2})[.\/](\d{1,2})$/) || c.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/);
    if (m) return `${m[1]}-${pad(m[2], 2)}-${pad(m[3], 2)}`;
    m = c.match(/^(\d{4})年(\d{1,2})月$/);
    if (m) return `${m[1]}-${pad(m[2], 2)}`;
    throw new Error('date? ' + c);
  };
  ents.forEach((e) => {
    const ent = readD(e[3]);
    const left = readD(e[4]);
    if (ent <= CUT && (left === null || left > CUT)) { present.add(e[1]); kinds.add(e[2]); }
  });
  assert(present.size === 20 && kinds.size === 4, 'enterprises ' + present.size);

  // ---- 国库支付 (funds)
  const pays = [
    ['2020-07-08', '2020-07-10', '潮州市潮汕优品网络科技有限公司', '公共服务中心建设（首付款）', 600000, '支付成功', null],
    ['2020-08-20', '2020-08-24', '潮州市韩江鲜物流有限公司', '三级物流体系建设', 450000, '支付成功', null],
    ['2020-10-09', '2020-10-13', '广东韩江电商服务有限公司', '村级站点建设（第一批）', 520000, '支付成功', null],
    ['2020-11-30', '2020-12-02', '潮安区职业技术学校', '电商培训费（第1—4期）', 168000, '支付成功', null],
    ['2021-01-18', null, '广东韩江电商服务有限公司', '村级站点建设（第二批）', 386000, '已撤销', '收款账户填错，撤销后重新申请'],
    ['2021-01-21', '2021-01-25', '广东韩江电商服务有限公司', '村级站点建设（第二批）', 386000, '支付成功', null],
    ['2021-03-08', '2021-03-10', '广东冷链云溯源科技有限公司', '冷链及溯源系统', 86000, '已退回', '3月12日银行退回（收款账号有误），3月18日重新支付'],
    ['2021-03-16', '2021-03-18', '广东冷链云溯源科技有限公司', '冷链及溯源系统（重新支付）', 86000, '支付成功', null],
    ['2021-04-26', '2021-04-28', '潮州市潮汕优品网络科技有限公司', '公共服务中心运营（第一期）', 300000, '支付成功', null],
    ['2021-05-12', '2021-05-14', '潮州市潮汕优品网络科技有限公司', '公共服务中心运营（第二期）', 226000, '支付成功', null],
    ['2021-06-07', '2021-06-09', '潮州市韩江鲜物流有限公司', '三级物流体系建设（二期）', 412000, '支付成功', null],
    ['2021-07-19', '2021-07-21', '中国邮政集团有限公司潮州市潮安区分公司', '村级站点建设（第三批）', 288000, '支付成功', null],
    ['2021-08-27', null, '潮安区职业技术学校', '电商培训费（第5—16期）', 120000, '审核中', '区财政局审核中'],
    ['2021-09-03', '2021-09-06', '潮州市直播谷传媒有限公司', '农产品品牌推广', 180000, '支付成功', null],
  ];
  const paidByCut = pays.filter((p) => p[5] === '支付成功' && p[1] <= CUT).reduce((s, p) => s + p[4], 0);
  const paidAll = pays.filter((p) => p[5] === '支付成功').reduce((s, p) => s + p[4], 0);
  assert(paidByCut === 3436000 && paidAll === 3616000, 'funds ' + paidByCut);
  {
    const W = 9;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区财政一体化系统　国库集中支付明细查询（导出）']));
    merges.push(rng(0, n, 8, n));
    n = push(row(W, ['查询条件：项目＝2019年省级电子商务进农村综合示范专项资金；预算单位＝潮安区商务局；申请日期 2020-01-01 至 2021-09-30　　导出时间：2021-09-10 15:32']));
    merges.push(rng(0, n, 8, n));
    push(['序号', '支付申请号', '申请日期', '支付日期', '收款人', '摘要', '金额（元）', '支付状态', '备注']);
    pays.forEach((p, i) => push([i + 1, 'ZF' + p[0].replace(/-/g, '') + pad(i + 11, 3), p[0], p[1] || '—', p[2], p[3], p[4].toFixed(2), p[5], p[6]]));
    n = push(row(W, ['支付成功合计', null, null, null, null, null, paidAll.toFixed(2)]));
    merges.push(rng(0, n, 5, n));
    n = push(row(W, ['说明：支付状态为“支付成功”的才是实际拨付；“已退回”“已撤销”“审核中”未形成支出。']));
    merges.push(rng(0, n, 8, n));
    sheets.push({ name: '国库支付', rows, merges });
  }

  // ---- 发文登记 (reports)
  const CITY = '潮州市商务局';
  const docs = [
    ['潮安商务函〔2020〕61号', '2020-08-06', 'dot', '关于报送2020年7月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2020〕70号', '2020-09-07', 'date', '关于报送2020年8月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2020〕78号', '2020-10-09', 'dot', '关于报送2020年9月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2020〕85号', '2020-11-06', 'cn', '关于报送2020年10月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '工作进展表'],
    ['潮安商务函〔2020〕93号', '2020-12-07', 'date', '关于报送2020年11月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2021〕2号', '2021-01-08', 'dot', '关于报送2020年12月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2021〕9号', '2021-02-22', 'date', '关于报送2021年1月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '工作进展表'],
    ['潮安商务〔2021〕11号', '2021-03-12', 'cn', '关于我区电子商务进农村综合示范创建工作情况的报告', '潮安区人民政府', '无'],
    ['潮安商务函〔2021〕17号', '2021-04-07', 'slash', '关于报送2021年2—3月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2021〕24号', '2021-05-08', 'dot', '关于报送2021年4月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2021〕27号', '2021-05-20', 'date', '关于报送潮安区农村电商典型经验材料的函', CITY, '经验材料'],
    ['潮安商务函〔2021〕30号', '2021-06-04', 'dot', '关于报送2021年5月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2021〕33号', '2021-06-18', 'date', '关于申请拨付电子商务进农村示范专项资金的函', '潮安区财政局', '拨付申请表'],
    ['潮安商务函〔2021〕37号', '2021-07-06', 'cn', '关于报送2021年6月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2021〕44号', '2021-08-05', 'dot', '关于报送2021年7月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
    ['潮安商务函〔2021〕52号', '2021-09-06', 'date', '关于报送2021年8月份电子商务进农村综合示范创建工作进展情况的报告', CITY, '1.工作进展表 2.电商扶贫统计表'],
  ];
  {
    const W = 9;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区商务局发文登记簿（电子商务进农村示范创建）']));
    merges.push(rng(0, n, 8, n));
    push(['序号', '发文字号', '发文日期', '文件标题', '主送', '抄送', '附件', '份数', '经办人']);
    docs.forEach((d, i) => push([i + 1, d[0], fmtDate(d[1], d[2]), d[3], d[4], d[4] === CITY ? '区政府办' : null, d[5], d[4] === CITY ? 2 : 1, '陈××']));
    sheets.push({ name: '发文登记', rows, merges });
  }
  const cityMonths = new Set(docs.filter((d) => d[4] === CITY && d[1] >= '2020-09-01' && d[1] <= CUT).map((d) => d[1].slice(0, 7)));
  assert(cityMonths.size === 11 && !cityMonths.has('2021-03'), 'report months');

  // ---- 专栏更新 (disclosures)
  const disc = [
    ['2020-06-12', '创建方案', '潮安区电子商务进农村综合示范创建实施方案'],
    ['2020-06-30', '项目信息', '潮安区电子商务进农村综合示范项目基本信息公示'],
    ['2020-07-02', '监督举报', '关于设立电子商务进农村示范项目监督举报电话和邮箱的公告'],
  ];
  const months = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09'];
  months.forEach((m, i) => {
    const day = 8 + Math.floor(rand() * 8);
    const prev = i === 0 ? '2020年8月' : `${months[i - 1].slice(0, 4)}年${Number(months[i - 1].slice(5))}月`;
    disc.push([`${m}-${pad(day, 2)}`, '项目进度', `潮安区电子商务进农村综合示范项目建设进度（截至${prev}底）`]);
    if (m === '2020-12' || m === '2021-04') disc.push([`${m}-${pad(day + 10, 2)}`, '项目信息', '潮安区电子商务进农村示范项目（村级站点建设）中标结果公示']);
  });
  {
    const W = 5;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区人民政府门户网站“电子商务进农村综合示范”专栏更新记录']));
    merges.push(rng(0, n, 4, n));
    push(['序号', '发布日期', '栏目路径', '标题', '链接']);
    disc.forEach((d, i) => push([i + 1, i % 3 === 0 ? { date: d[0] } : d[0], `首页 > 专题专栏 > 电子商务进农村综合示范 > ${d[1]}`, d[2], `http://www.chaoan.gov.cn/zwgk/ztzl/dsjnc/content/post_${3712000 + i * 137}.html`]));
    sheets.push({ name: '专栏更新', rows, merges });
  }

  // ---- 宣传报道 (media)
  {
    const W = 7;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['潮安区电子商务进农村宣传报道情况']));
    merges.push(rng(0, n, 6, n));
    push(['序号', '日期', '媒体', '标题', '形式', '是否电商扶贫案例', '版面/链接']);
    push([1, '2020.11.10', '“潮安发布”微信公众号（区融媒体中心）', '潮安区电商公共服务中心开门迎客', '网络', '否', 'mp.weixin.qq.com']);
    push([2, { date: '2021-01-20' }, '潮州日报', '潮安：电商进农村 橄榄卖全国', '报纸', '否', '第A3版']);
    push([3, '2021年4月15日', '南方日报', '潮安农村电商激活乡村振兴新动能', '报纸', '否', '第GC02版']);
    push([4, '2021.6.11', '广东广播电视台《广东新闻联播》', '潮安凤凰山茶农直播卖茶 脱贫户增收', '电视', '是', '广东卫视']);
    push([5, '2021.9.6', '潮州广播电视台《潮州新闻》', '潮安区迎接电商进农村示范县考评', '电视', '否', '潮州台']);
    sheets.push({ name: '宣传报道', rows, merges });
  }

  // ---- 经验材料 (materials)
  {
    const W = 5;
    const rows = [];
    const merges = [];
    const push = (r) => { rows.push(r); return rows.length; };
    let n = push(row(W, ['经验材料报送情况']));
    merges.push(rng(0, n, 4, n));
    push(['序号', '报送日期', '材料名称', '报送对象', '报送方式']);
    push([1, '2021.5.20', '潮安区“电商＋茶农”带动脱贫增收经验做法', '潮州市商务局', '公文（潮安商务函〔2021〕27号）']);
    sheets.push({ name: '经验材料', rows, merges });
  }
  sheets.push({ name: '下拉选项', hidden: true, rows: [['已通', '合格', '支付成功'], ['未通', '不合格（整改中）', '已退回'], [null, null, '已撤销'], [null, null, '审核中']] });

  // ------------------------------------------------------------ expectation
  const points = {
    'org.leadership': 2,
    'org.plan': 2,
    'org.policy': 2,
    'org.management': 4,
    'work.center': 14,
    'work.coverage': 8,
    'work.upward': 7,
    'work.training': 16,
    'info.disclosure': 4,
    'info.reporting': 4,
    'promo.cases': 2,
    'promo.media': 8,
    'fund.system': 4,
    'fund.ledger': 4,
    'fund.spending': -5,
    'bonus.poorTraining': 0,
    'bonus.tvCase': 1,
    'veto.incident': 0,
    'veto.progress': 0,
    'veto.fraud': 0,
  };
  const scored = Object.keys(points).filter((k) => !k.startsWith('bonus.') && !k.startsWith('veto.')).reduce((s, k) => s + points[k], 0);
  const bonus = points['bonus.poorTraining'] + points['bonus.tvCase'];
  assert(scored === 76 && bonus === 1, 'total ' + scored);
  const p14name = P14.town + P14.base + '村';
  const derivation = [
    'asOf: 呈批件附表“数据截止：2021年8月31日” → 2021-08-31；近一年窗口 2020-09…2021-08；运行满6个月的界线 2021-02-28。',
    'org.leadership: 附表第6、7项组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2',
    'org.plan: 第8项方案已印发；主观评分项“方案制定”2分（批示未改） → 2',
    'org.policy: 第9项政策已出台；“政策支持”2分 → 2',
    'org.management: 项目管理制度2 + 工作台账2 → 4',
    'work.center: 中心2020.10.28投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训场所“有” → 2；免费展示销售“有” → 1；免费摄影美工：附表第13项拟报“有”，但局长批示“摄影、美工服务是收费的…改为‘无’”，办理结果写明已按批示修改 → 0；统一推广/品牌“有” → 1；其他增值服务“有” → 1；产业园已建成 → 2；《产业园企业》22行：金石镇果蔬专业合作社网店2021-05-20已退出（−1），潮味坊食品商行与潮味坊食品电子商务有限公司统一社会信用代码相同（更名，只算1家，−1），小红书达人孵化2021-09-15才退租（截止日仍在园，算），潮安跨境电商服务2021-08-31入驻（当天在园，算） → 22−1−1 = 20家 ≥ 20 → 2（把9月15日退租当作已退出就只有19家 → 0）；类型平台型、销售型、电商运营服务商、物流企业4类 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14（照拟报稿“有”摄影美工会误得15）',
    `work.coverage: 《村居一览》村委会215个、居委会28个 → 行政村215个 ≥ 200，以200为基数；《站点验收》${stations.length}行中，截止日前投入运营、所在地为名单内村委会的不同村共141个（同村第二个站点2行只算一次；3个社区服务站不计；万峰林场服务点不在名单内不计；${failVillage.base}村验收不合格、未投入运营不计；2021年9月投入运营的5个不计，其中${p14name}验收时间2021-08-26在截止日前，但投入运营2021.9.3在截止日后） → 141/200 = 70.5% ≥ 70% → 5（误以215为基数：141/215 = 65.6% → 2）；省定贫困村14个（同表下方“附：省定贫困村名单”），截止日前有站点的13个（${p14name}9月3日才运营） → 13/14 = 92.9%，80%–100% → 3；合计 5+3 = 8`,
    `work.upward: 网销调研2；网络促销活动拟报2分，局长批示“自评改为1分” → 1；第三方运营服务商“有” → 1；行政村快递：村居名单有“快递进村”栏，凤凰镇${noExpress.base}${noExpress.listName.slice(noExpress.base.length)}“未通（村民到镇上取件）” → 未全覆盖 → 0（附表第19项拟报100%与名单不符，按名单）；交易标准及冷链溯源1 → 1；农村网零 38.95/31.26 = +24.6% < 30%，农产品网零 6.33/4.82 = +31.3% ≥ 30% → 2；合计 2+1+1+0+1+2 = 7`,
    `work.training: 《培训课程表》按期计实到人数（一期多行课程、实到人数按期合并只写一次；“课时”3不是人次），截止日前第1—16期合计4,870人次（第17期2021.9.1的35人次、第18期2021.9.8的245人次不计；表尾“合计（第1—18期）5,150”含9月两期；《专场参训名单》的人数已计入课程表，不另加——即使误加84行也只有4,954，档次不变）÷ min(968,200, 500,000) = 4,870/500,000 = 0.974%，0.8%–1% → 8（把9月两期算进去5,150 = 1.03% 会误得10）；《帮扶对象名册》120人中有劳动能力（普通/技能劳动力）且未外出务工（县内务工、未务工、公益性岗位）的80人（25人县外省内或省外务工，15人为在校生或丧失劳动力）；其身份证号出现在截止日前三期专场（第5、9、13期，84行）中的37人（一人第9期签到身份证末位写小写x、一人身份证号中间带空格，都是名册上同一人；参训的3名外出务工人员、2名无劳动力人员和3名名册外监测户不在分子里；第17期9月1日新参训的6人不计） → 37/80 = 46.25%，40%–50% → 8（算上9月1日专场为43/80 = 53.75% 会误得10）；合计 8+8 = 16`,
    'info.disclosure: 附表第29–32项方案、项目信息、建设进度、监督举报窗口均“是” → 2；《专栏更新》2020-09…2021-08每月都有“项目进度”更新 → 2；合计 4',
    'info.reporting: 《发文登记》主送潮州市商务局的进展报告在窗口内覆盖2020-09、10、11、12，2021-01、02、04、05、06、07、08共11个月，2021年3月没有（2—3月合并在4月7日报送；3月12日那份主送潮安区人民政府，不是报市商务局；2020-08-06、2021-09-06在窗口外） → 不定时 → 1（把报区政府的那份算进去会误得3）；附件含“电商扶贫统计表”，附表第33项也“能” → 3；合计 1+3 = 4',
    'promo.cases: 《经验材料》2021.5.20报潮州市商务局（发文登记潮安商务函〔2021〕27号）≤ 截止日 → 2',
    'promo.media: 截止日前：南方日报2021-04-15、广东广播电视台2021-06-11（省级）→ 4；潮州日报2021-01-20（市级）→ 3；“潮安发布”微信公众号（区融媒体中心，县级）2020-11-10 → 1；潮州广播电视台2021-09-06在截止日后不计（市级已有潮州日报）；合计 4+3+1 = 8',
    'fund.system: 资金管理制度已制定；自评4分 → 4',
    'fund.ledger: 自评4分 → 4',
    'fund.spending: 《国库支付》只有“支付成功”的是拨付：截止日前 60+45+52+16.8+38.6+8.6+30+22.6+41.2+28.8 = 343.6万元 = 3,436,000元（2021-01-18已撤销38.6万、2021-03-10已退回8.6万、2021-08-27审核中12万未形成支出；2021-09-06的18万在截止日后；表尾“支付成功合计3,616,000.00”含9月那笔） ÷ 下达5,000,000元（附表第34项500万元） = 68.72% < 70% → 倒扣5分 → −5（附表拟报累计拨付355.6万元把审核中的12万算进去了；误算审核中 → 71.1%、误算退回 → 70.44%、误算撤销或9月那笔都会超过70%而取自评4分）',
    'bonus.poorTraining: 贫困人口培训率 37/80 = 46.25% < 70% → 0',
    'bonus.tvCase: 广东广播电视台《广东新闻联播》2021-06-11，形式“电视”，“是否电商扶贫案例”是，省级 → 1',
    'veto.incident: 附表第39项“无” → 0',
    'veto.progress: 附表第38项项目总体进度85% ≥ 40% → 0（不用拨付率）',
    'veto.fraud: 附表第40项“无” → 0',
    'total: 2+2+2+4+14+8+7+16+4+4+2+8+4+4−5 = 76，加分 0+1 = 1 → 77；未否决。呈批件拟办意见自报82分（只有总分，没有分指标的自评得分，故不列 claimed）。',
  ];

  return {
    description: '潮州市潮安区商务局整本考评工作簿（13个表，含一张隐藏下拉表）。事实表是局里的《文件呈批表》：来文单位/文号/标题/拟办意见/分管领导意见/主要领导批示/办理结果，下接“附表：考评基础数据（拟报稿）”和主观评分项自评；局长批示用文字改了三处（常住人口改七普数、免费摄影美工“有”改“无”、网络促销自评2分改1分），办理结果写明已按批示修改，附表本身仍是拟报稿原样。台账新写法：《村居一览》下方另起“附：省定贫困村名单”第二张表；《站点验收》有验收时间和投入运营时间两个日期（取投入运营），有“不合格（整改中）”未运营的站点；《培训课程表》一期占多行（每节课一行、课时列），期次/日期/实到人数按期纵向合并；《专场参训名单》逐人逐期；《帮扶对象名册》按村分块（块首行“◆ 镇村（省定贫困村）共n户 m人”）；《国库支付》为财政一体化系统导出，支付状态有支付成功/已退回/已撤销/审核中；《发文登记》发文登记簿，主送有市商务局、区政府、区财政局；《专栏更新》带栏目路径。中等（77分，含加分1分，资金支出倒扣5分，未否决）。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: scored + bonus,
      bonus,
      vetoed: false,
      points,
    },
    derivation,
  };
}

// ---------------------------------------------------------------- main
function main() {
  write('facts', 'b39-f1-heshan.json', genHeshan());
  write('facts', 'b39-f2-wuchuan.json', genWuchuan());
  write('facts', 'b39-f3-huidong.json', genHuidong());
  write('ledgers', 'b39-l1-wujiang.json', genWujiang());
  write('ledgers', 'b39-l2-ruyuan.json', genRuyuan());
  write('counties', 'b39-c1-chaoan.json', genChaoan());
}

main();
