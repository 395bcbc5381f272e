'use strict';
// Batch 34 layout corpus (written blind): 1 county workbook, 3 facts sheets, 2 ledger cases.
// Deterministic: seeded random only. No dependencies.  Run: node gen-b34.js
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
  const api = {
    next: r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
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
  return api;
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idWithCheck(first17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * W[i];
  return first17 + CK[s % 11];
}
function pad(n, w) { return String(n).padStart(w, '0'); }
function makeId(rng, prefix, yFrom, yTo, male, used) {
  for (;;) {
    const y = rng.int(yFrom, yTo), m = rng.int(1, 12), d = rng.int(1, 28);
    let seq = rng.int(1, 99) * 10 + (male ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]));
    const id = idWithCheck(prefix + y + pad(m, 2) + pad(d, 2) + pad(seq, 3));
    if (!used.has(id)) { used.add(id); return id; }
  }
}
const SURN = ['陈', '林', '黄', '李', '吴', '张', '王', '刘', '蔡', '郑', '许', '杨', '洪', '谢', '庄', '余', '邱', '梁', '何', '罗', '周', '卢', '钟', '詹', '孙', '彭', '曾', '江', '苏', '魏'];
const GM = ['伟', '强', '志', '建', '国', '明', '文', '海', '春', '东', '俊', '锐', '泽', '德', '荣', '辉', '坤', '光', '振', '浩', '鹏', '松', '永', '宏', '亮'];
const GF = ['秀', '丽', '娟', '玉', '霞', '芳', '燕', '兰', '英', '惠', '珍', '琴', '婷', '佩', '娥', '凤', '瑜', '萍', '虹', '莹', '雅', '茹', '妹', '蓉', '洁'];
function personName(rng, male) {
  const g = male ? GM : GF;
  return rng.pick(SURN) + rng.pick(g) + (rng.next() < 0.75 ? rng.pick(g) : '');
}
// a household member consistent with the head: sex, surname and birth year follow the relation.
// cat: 'A'/'E' able (home/local), 'M' able (away), 'N' not able, 'S' student
function member(rng, rel, cat, head) {
  const clamp = (y, lo, hi) => Math.max(lo, Math.min(hi, y));
  let male, y, surname;
  const given = (m) => { const g = m ? GM : GF; return rng.pick(g) + (rng.next() < 0.75 ? rng.pick(g) : ''); };
  switch (rel) {
    case '户主':
      male = rng.next() < 0.8; surname = rng.pick(SURN);
      y = cat === 'N' ? rng.int(1936, 1955) : rng.int(1958, 1979); break;
    case '配偶':
      male = !head.male; surname = rng.pick(SURN); y = clamp(head.y + rng.int(-2, 5), 1936, 1985); break;
    case '之子': case '之女':
      male = rel === '之子'; surname = head.surname;
      y = cat === 'S' || cat === 'N' ? clamp(head.y + rng.int(28, 38), 2004, 2013) : clamp(head.y + rng.int(21, 27), 1980, 2002); break;
    case '儿媳':
      male = false; surname = rng.pick(SURN); y = clamp(head.y + rng.int(22, 28), 1982, 2000); break;
    case '之母': case '之父':
      male = rel === '之父'; surname = male ? head.surname : rng.pick(SURN); y = clamp(head.y - rng.int(22, 30), 1928, 1955); break;
    case '之孙': case '孙女':
      male = rel === '之孙'; surname = head.surname; y = clamp(head.y + rng.int(45, 52), 2005, 2014); break;
    default: throw new Error('rel ' + rel);
  }
  return { male, y, surname, name: surname + given(male) };
}
function write(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
function assert(cond, msg) { if (!cond) throw new Error('self-check failed: ' + msg); }
const D = (iso) => ({ date: iso });
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
function weekday(iso) { const [y, m, d] = iso.split('-').map(Number); return WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; }
function dot(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function slash(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
function row(n, vals) { const r = new Array(n).fill(null); vals.forEach((v, i) => { r[i] = v; }); return r; }

// =====================================================================
// FACTS 1 — 信宜市: system CSV export pasted into column A, only the
// first 20 lines were split with 分列, the rest is still "a,b,c" text.
// =====================================================================
function factsXinyi() {
  const L = [];
  L.push('导出范围：信宜市　考评截止日期：2021-08-31　导出时间：2021-09-03 10:22:15　导出人：xy_swj_dsg');
  L.push('序号,地区,指标分类,指标名称,计量单位,2019年,2020年,截至2021年8月31日,说明');
  const items = [
    ['基本情况', '常住人口', '万人', '', '', '91.35', '第七次全国人口普查'],
    ['基本情况', '户籍人口', '万人', '', '', '113.62', '公安户籍人口，仅供参考'],
    ['基本情况', '行政村', '个', '', '', '364', ''],
    ['基本情况', '社区（居委会）', '个', '', '', '30', ''],
    ['基本情况', '省定贫困村', '个', '', '', '31', '市乡村振兴局提供'],
    ['组织领导', '领导小组组长', '—', '', '', '副市长（分管商务）', '信府办函〔2019〕88号'],
    ['组织领导', '领导小组成员单位', '—', '', '', '"市商务局,市财政局,市农业农村局,市乡村振兴局,市交通运输局,市邮政分公司"', ''],
    ['组织领导', '示范县工作方案正式印发', '是/否', '', '', '是', '2019年12月印发'],
    ['组织领导', '出台支持农村电商发展政策', '是/否', '', '', '是', '《信宜市促进农村电子商务发展若干措施》'],
    ['服务体系', '县级电商公共服务中心投入运营时间', '日期', '', '', '2020-10-28', ''],
    ['服务体系', '中心有免费培训场所及培训设备', '是/否', '', '', '是', ''],
    ['服务体系', '中心为特色农产品提供免费展示销售', '是/否', '', '', '是', ''],
    ['服务体系', '中心提供免费摄影美工服务', '是/否', '', '', '否', '"摄影棚装修中,计划2021年9月启用"'],
    ['服务体系', '组织农产品统一推广、指导品牌建设', '是/否', '', '', '是', ''],
    ['服务体系', '提供其他衍生增值服务', '是/否', '', '', '是', ''],
    ['服务体系', '建设或整合电商产业园', '是/否', '', '', '是', ''],
    ['服务体系', '产业园入驻企业', '家', '', '', '22', '详见附件5'],
    ['农产品上行', '专业第三方电商运营服务商', '是/否', '', '', '是', ''],
    ['农产品上行', '行政村快递物流覆盖率', '%', '', '', '100', '市邮政管理局出具证明'],
    ['农产品上行', '农村网络零售额', '亿元', '24.36', '31.02', '', ''],
    ['农产品上行', '农村网络零售额同比增速', '%', '', '27.3', '', ''],
    ['农产品上行', '农产品网络零售额', '亿元', '5.88', '7.41', '', ''],
    ['农产品上行', '农产品网络零售额同比增速', '%', '', '26.0', '', ''],
    ['农产品上行', '农村网络零售额（2021年1-8月）', '亿元', '', '', '22.85', '省商务厅监测'],
    ['人才培训', '电商培训人次', '人次', '1215', '3630', '"5,108"', '累计（2019年9月起）'],
    ['人才培训', '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', '', '', '"4,126"', '市乡村振兴局提供'],
    ['人才培训', '参训建档立卡贫困人口', '人', '', '', '"1,658"', '按身份证号去重'],
    ['人才培训', '参训建档立卡贫困人口', '人次', '', '', '"2,431"', ''],
    ['信息公开', '专栏公示创建方案', '是/否', '', '', '是', ''],
    ['信息公开', '专栏公示项目基本信息', '是/否', '', '', '是', ''],
    ['信息公开', '专栏按月公示项目建设进度', '是/否', '', '', '是', ''],
    ['信息公开', '专栏设立征求意见或监督举报窗口', '是/否', '', '', '否', ''],
    ['信息公开', '统计电商扶贫情况', '是/否', '', '', '是', '每月随月报报送'],
    ['资金管理', '省级专项资金下达', '元', '', '', '"5,000,000.00"', '粤财工〔2019〕…号'],
    ['资金管理', '累计拨付', '元', '', '', '"4,126,380.00"', ''],
    ['资金管理', '资金支出率', '%', '', '', '82.53', '系统自动计算'],
    ['资金管理', '资金管理制度', '已制定/未制定', '', '', '已制定', ''],
    ['资金管理', '资金专用台账', '已建立/未建立', '', '', '已建立', ''],
    ['资金管理', '项目总体进度', '%', '', '', '90', ''],
    ['主观评分', '方案制定', '分（1-2）', '', '', '2', ''],
    ['主观评分', '政策支持', '分（1-2）', '', '', '2', ''],
    ['主观评分', '项目管理制度', '分（1-2）', '', '', '2', ''],
    ['主观评分', '工作台账', '分（1-2）', '', '', '2', ''],
    ['主观评分', '网销调研', '分（1-2）', '', '', '1', ''],
    ['主观评分', '网络促销活动', '分（1-2）', '', '', '2', ''],
    ['主观评分', '交易标准及冷链溯源', '分（1-2）', '', '', '1', ''],
    ['主观评分', '资金管理制度', '分（1-5）', '', '', '5', ''],
    ['主观评分', '资金台账', '分（1-5）', '', '', '4', ''],
    ['主观评分', '资金及时拨付', '分（1-5）', '', '', '4', ''],
    ['一票否决', '发生安全生产、质量事故或重大经济损失', '是/否', '', '', '否', ''],
    ['一票否决', '弄虚作假', '是/否', '', '', '否', ''],
  ];
  items.forEach((it, i) => L.push([String(i + 1), '信宜市', ...it].join(',')));
  L.push('共51条记录');

  // naive CSV split honouring double quotes (what WPS 分列 does with 文本识别符号 ")
  function splitCsv(line) {
    const out = []; let cur = ''; let q = false;
    for (const ch of line) {
      if (ch === '"') { q = !q; continue; }
      if (ch === ',' && !q) { out.push(cur); cur = ''; continue; }
      cur += ch;
    }
    out.push(cur);
    return out.map((s) => {
      if (s === '') return null;
      if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
      if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return D(s);
      return s;
    });
  }
  const NC = 11;
  const rows = [];
  const SPLIT_UNTIL = 20; // lines 1..20 were split
  L.forEach((line, i) => {
    if (i === 0) { rows.push(row(NC, [line])); return; }
    if (i < SPLIT_UNTIL) {
      const cells = splitCsv(line);
      rows.push(row(NC, cells));
    } else {
      const r = row(NC, [line]);
      if (i === SPLIT_UNTIL) r[10] = '（第21行起没分好列，逗号隔开的就是各栏，回头再整理）';
      rows.push(r);
    }
  });
  // sanity: row 12 (index 11) is item 10 = centre date, already a date cell
  assert(rows[11][3] === '县级电商公共服务中心投入运营时间' && rows[11][7] && rows[11][7].date === '2020-10-28', 'xinyi centre row');
  assert(rows[8][7] === '市商务局,市财政局,市农业农村局,市乡村振兴局,市交通运输局,市邮政分公司', 'xinyi quoted members');

  const obj = {
    description:
      '信宜市（茂名）商务局电商股从“茂名市电子商务进农村考评数据直报系统”导出CSV，用记事本打开后整段复制进Excel的A列（一行一格、逗号分隔），只选了前20行做“分列”：第1—20行已经分成 序号|地区|指标分类|指标名称|计量单位|2019年|2020年|截至2021年8月31日|说明 各栏（中心运营时间被分列转成了真日期，带引号的成员单位保持为一格），第21行起仍是“19,信宜市,农产品上行,行政村快递物流覆盖率,%,,,100,市邮政管理局出具证明”这样的整行文本（千分位数字带英文引号“\"5,108\"”，空栏为连续逗号），K21有经办人的批注。年份分栏：零售额在2019年、2020年栏，增速在2020年栏，常住人口、培训人次等在“截至2021年8月31日”栏。陷阱：户籍人口113.62万；社区30个；产业园入驻企业22家和资金支出率82.53%不是输入；“农村网络零售额（2021年1-8月）”22.85亿不是2019/2020年数；培训人次2019年1,215、2020年3,630是分年数，取累计栏5,108；参训贫困人口有“人”（1,658）与“人次”（2,431）两行，取“人”；组长“副市长（分管商务）”为分管领导；摄影美工“否”，监督举报窗口“否”；导出时间2021-09-03不是截止日（首行写明考评截止日期2021-08-31）；资金以“元”为单位。',
    sheets: [{ name: 'Sheet1', rows }],
    expect: {
      facts: {
        county: '信宜市',
        asOf: '2021-08-31',
        residentPopulation: 913500,
        adminVillagesStated: 364,
        poorVillagesStated: 31,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 2436000000,
        ruralRetail2020: 3102000000,
        agriRetail2019: 588000000,
        agriRetail2020: 741000000,
        ruralRetailGrowthStated: 0.273,
        agriRetailGrowthStated: 0.26,
        trainingPersonTimesStated: 5108,
        eligiblePoorPersonsStated: 4126,
        trainedPoorPersonsStated: 1658,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126380,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'deputy',
    },
  };
  write('facts', 'b34-f1-xinyi.json', obj);
}

// =====================================================================
// FACTS 2 — 湘桥区: 粤政易“收集表” export, one row per department,
// each department fills only its own questions (wide, 50+ columns).
// =====================================================================
function factsXiangqiao() {
  const Q = [
    '1.所属县（市、区）',
    '2.常住人口（万人）【区统计局】',
    '3.户籍人口（万人）【区统计局】',
    '4.2019年农村网络零售额（万元）',
    '5.2020年农村网络零售额（万元）',
    '6.2020年农村网络零售额同比增长（%）',
    '7.2019年农产品网络零售额（万元）',
    '8.2020年农产品网络零售额（万元）',
    '9.2020年农产品网络零售额同比增长（%）',
    '10.行政村（个）【区民政局】',
    '11.社区居委会（个）【区民政局】',
    '12.省定贫困村（个）【区乡村振兴局】',
    '13.建档立卡贫困人口（人）【区乡村振兴局】',
    '14.其中：有劳动能力且未外出务工（人）【区乡村振兴局】',
    '15.行政村快递物流通达率（%）【邮政】',
    '16.省级专项资金下达（万元）【区财政局】',
    '17.专项资金累计拨付（万元）【区财政局】',
    '18.是否制定专项资金管理制度',
    '19.是否建立资金专用台账',
    '20.领导小组组长（职务）',
    '21.领导小组成员单位',
    '22.示范创建工作方案是否正式印发',
    '23.是否出台支持农村电商发展的政策',
    '24.区电商公共服务中心投入运营时间',
    '25.中心—免费培训场所和设备',
    '26.中心—特色农产品免费展示、销售',
    '27.中心—免费摄影、美工',
    '28.中心—农产品统一推广、品牌建设指导',
    '29.中心—其他衍生增值服务',
    '30.是否建设或整合电商产业园',
    '31.是否有专业第三方电商运营服务商',
    '32.电商培训人次（累计）',
    '33.参训建档立卡贫困人口（人，按身份证去重）',
    '34.专栏—公示创建方案',
    '35.专栏—公示项目基本信息',
    '36.专栏—按月公示建设进度',
    '37.专栏—征求意见或监督举报窗口',
    '38.能否统计电商扶贫情况',
    '39.项目总体进度（%）',
    '40.自评—方案制定（1-2分）',
    '41.自评—政策支持（1-2分）',
    '42.自评—项目管理制度（1-2分）',
    '43.自评—工作台账（1-2分）',
    '44.自评—网销调研（1-2分）',
    '45.自评—网络促销活动（1-2分）',
    '46.自评—交易标准、冷链、溯源（1-2分）',
    '47.自评—资金管理制度（1-5分）',
    '48.自评—资金台账（1-5分）',
    '49.自评—资金及时拨付（1-5分）',
    '50.是否发生安全生产、质量事故或重大经济损失',
    '51.是否存在弄虚作假',
    '52.备注',
  ];
  const META = ['序号', '填写人', '填写部门', '提交时间'];
  const NC = META.length + Q.length;
  const col = (n) => META.length + n - 1; // question n -> column index
  function deptRow(seq, who, dept, time, answers) {
    const r = new Array(NC).fill(null);
    r[0] = seq; r[1] = who; r[2] = dept; r[3] = time;
    for (const [n, v] of Object.entries(answers)) r[col(Number(n))] = v;
    return r;
  }
  const rows = [];
  rows.push(row(NC, ['湘桥区电子商务进农村综合示范考评数据收集表（粤政易·收集表 导出）']));
  rows.push(row(NC, ['发起人：湘桥区商务局 林××　　数据统计截止：2021年8月31日（考评截止日）　　导出时间：2021-09-02 16:03:27　　已填写 6 / 应填 7']));
  rows.push([...META, ...Q]);
  rows.push(deptRow(1, '陈××', '湘桥区统计局', '2021-08-27 10:12:44', {
    1: '湘桥区', 2: 52.86, 3: 45.31, 4: 128650, 5: 163420, 6: 27.03, 7: '无此分类统计', 8: '无此分类统计',
    52: '农村网络零售额为省商务厅电商监测平台数据',
  }));
  rows.push(deptRow(2, '黄××', '湘桥区民政局', '2021-08-27 15:40:02', { 1: '湘桥区', 10: 76, 11: 45 }));
  rows.push(deptRow(3, '许××', '湘桥区乡村振兴局', '2021-08-30 09:05:31', { 1: '湘桥区', 12: 5, 13: 3262, 14: 1127, 52: '贫困人口为2020年底动态调整后数据' }));
  rows.push(deptRow(4, '邮政湘桥分公司 蔡××', '中国邮政集团有限公司潮州市湘桥区分公司', '2021-08-30 11:22:18', { 1: '湘桥区', 15: 100 }));
  rows.push(deptRow(5, '郑××', '湘桥区财政局', '2021-08-31 17:48:09', { 1: '湘桥区', 16: 500, 17: 401.8, 18: '已制定' }));
  rows.push(deptRow(6, '林××', '湘桥区商务局', '2021-09-01 20:16:55', {
    1: '湘桥区', 7: 26480, 8: 35120, 9: 32.63, 19: '已建立',
    20: '区委副书记、区长',
    21: '区商务局、区财政局、区乡村振兴局、区市场监管局、区交通运输局、邮政湘桥分公司',
    22: '是', 23: '是', 24: '2020年12月8日', 25: '是', 26: '是', 27: '是', 28: '是', 29: '否',
    30: '否（未单独建设，依托潮州市电商产业园）', 31: '是', 32: 3215, 33: 512,
    34: '是', 35: '是', 36: '是', 37: '是', 38: '能', 39: 88,
    40: 2, 41: 1, 42: 2, 43: 2, 44: 2, 45: 1, 46: 1, 47: 4, 48: 5, 49: 4, 50: '否', 51: '否',
    52: '农产品网络零售额为第三方平台监测数；其余见各部门填报',
  }));
  rows.push(deptRow(7, '—', '湘桥区农业农村局', '（未提交）', {}));
  rows.push(row(NC, []));
  rows.push(row(NC, ['注：本表由粤政易“收集表”按“一个部门一行”导出；各部门只填写本部门负责的题目（题目后【】内为负责部门），其余留空。']));

  const obj = {
    description:
      '湘桥区（潮州）商务局用粤政易“收集表”向各部门收数后导出的Excel：一个部门一行（区统计局、区民政局、区乡村振兴局、邮政湘桥分公司、区财政局、区商务局，区农业农村局“（未提交）”空行），52道题各占一列（题号+题目+单位，部分带【负责部门】），前4列是 序号|填写人|填写部门|提交时间；每个部门只填自己那几列，一个事实要到对应部门那一行去找。农产品网络零售额统计局填“无此分类统计”，由商务局那一行按第三方平台监测数填写。陷阱：户籍人口45.31万；社区居委会45个；建档立卡贫困人口总数3,262不是有劳动能力且未外出务工的1,127；各行提交时间（最晚2021-09-01）和导出时间不是截止日（第2行写明数据统计截止2021年8月31日）；成员单位没有农业农村局 → principal；产业园答“否（未单独建设，依托潮州市电商产业园）”；其他衍生增值服务“否”；“能”统计电商扶贫 → 是；资金单位万元。',
    sheets: [{ name: '收集表导出', rows, merges: ['A1:Z1', 'A2:Z2', 'A12:Z12'] }],
    expect: {
      facts: {
        county: '湘桥区',
        asOf: '2021-08-31',
        residentPopulation: 528600,
        adminVillagesStated: 76,
        poorVillagesStated: 5,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-08',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1286500000,
        ruralRetail2020: 1634200000,
        agriRetail2019: 264800000,
        agriRetail2020: 351200000,
        ruralRetailGrowthStated: 0.2703,
        agriRetailGrowthStated: 0.3263,
        trainingPersonTimesStated: 3215,
        eligiblePoorPersonsStated: 1127,
        trainedPoorPersonsStated: 512,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4018000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 5,
        'fund.spending': 4,
      },
      leadership: 'principal',
    },
  };
  write('facts', 'b34-f2-xiangqiao.json', obj);
}

// =====================================================================
// FACTS 3 — 鹤山市: a linked summary sheet; the auto column shows
// #REF!/#N/A/#DIV/0!/1900/1/0, hand-typed overrides in the next column,
// formulas kept as text; self-scores as ★ strings.
// =====================================================================
function factsHeshan() {
  const H = ['序号', '指标', '单位', '自动取数', '手工填报', '取数公式（备查）', '备注'];
  const rows = [];
  const merges = ['A1:G1', 'A2:G2', 'A3:G3'];
  rows.push(row(7, ['鹤山市电子商务进农村综合示范考评基础数据（链接汇总表）']));
  rows.push(row(7, ['说明：D列“自动取数”由公式链接各部门报送的报表；链接失效（显示#REF!、#N/A等）或数据需要更正的，在E列“手工填报”填写。E列有数的以E列为准，E列空白的以D列为准。']));
  rows.push(row(7, ['填报单位：鹤山市商务局　　经办人：李××　　联系电话：0750-88×××××']));
  rows.push(H);
  let n = 0;
  const sec = (t) => { rows.push(row(7, [t])); merges.push(`A${rows.length}:G${rows.length}`); };
  const at = {};
  const it = (name, unit, auto, manual, formula, note) => { n += 1; rows.push([n, name, unit, auto, manual === undefined ? null : manual, formula || null, note || null]); at[name] = rows.length; };
  sec('一、基本情况');
  it('县（市、区）', '—', '鹤山市', null, "='[封面.xlsx]Sheet1'!B2");
  it('考评截止日期', '日期', D('2021-08-31'), null, '（直接录入）');
  it('常住人口', '万人', 52.43, null, "='[统计月报2021-07.xlsx]人口'!D6", '第七次全国人口普查');
  it('户籍人口', '万人', 38.96, null, "='[统计月报2021-07.xlsx]人口'!D5");
  it('行政村', '个', '#REF!', 105, "='[民政区划名录.xlsx]汇总'!C9", '民政名录文件已改名，链接失效');
  it('社区（居委会）', '个', 28, null, "='[民政区划名录.xlsx]汇总'!C10");
  it('省定贫困村', '个', 0, null, "='[扶贫数据.xlsx]村'!B3", '珠三角地区不设省定贫困村，本市为0');
  sec('二、组织领导');
  it('领导小组组长', '—', '#N/A', '市委副书记、市长', '=VLOOKUP("组长",\'[领导小组名单.xlsx]Sheet1\'!A:C,3,0)', '鹤府办〔2019〕52号');
  it('领导小组成员单位', '—', '市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监督管理局、市交通运输局、鹤山邮政分公司', null, "='[领导小组名单.xlsx]Sheet1'!E2");
  it('示范县工作方案正式印发', '是/否', '是', null, "='[文件清单.xlsx]Sheet1'!D3", '鹤府办〔2019〕57号');
  it('出台支持农村电商发展政策', '是/否', '是', null, "='[文件清单.xlsx]Sheet1'!D4");
  sec('三、服务体系');
  it('县级电商公共服务中心投入运营时间', '日期', '1900/1/0', '2020年10月30日', "='[中心运营情况.xlsx]Sheet1'!C4", '源表该格为空，链接返回0显示为1900/1/0');
  it('免费培训场所及培训设备', '是/否', '是', null, "='[中心运营情况.xlsx]Sheet1'!C6");
  it('特色农产品免费展示、销售', '是/否', '是', null, "='[中心运营情况.xlsx]Sheet1'!C7");
  it('免费摄影、美工服务', '是/否', '#N/A', '是', "='[中心运营情况.xlsx]Sheet1'!C8", '2021年3月起摄影棚对外免费开放');
  it('农产品统一推广、品牌建设指导', '是/否', '是', null, "='[中心运营情况.xlsx]Sheet1'!C9");
  it('其他衍生增值服务', '是/否', '是', null, "='[中心运营情况.xlsx]Sheet1'!C10");
  it('建设或整合电商产业园', '是/否', '是', null, "='[产业园.xlsx]概况'!B2");
  it('产业园入驻企业', '家', 21, null, "=COUNTA('[产业园.xlsx]名录'!B:B)-1", '含已退出企业');
  it('专业第三方电商运营服务商', '是/否', '是', null, "='[中心运营情况.xlsx]Sheet1'!C12");
  it('行政村快递物流覆盖率', '%', 100, null, "='[邮政覆盖.xlsx]Sheet1'!F20");
  sec('四、网络零售');
  it('2019年农村网络零售额', '万元', 186520, null, "='[零售额监测.xlsx]年度'!C4");
  it('2020年农村网络零售额', '万元', 241370, null, "='[零售额监测.xlsx]年度'!D4");
  it('2020年农村网络零售额同比增速', '%', 29.41, null, `=(D${at['2020年农村网络零售额']}/D${at['2019年农村网络零售额']}-1)*100`);
  it('2019年农产品网络零售额', '万元', '#N/A', 38650, "=VLOOKUP(\"农产品\",'[零售额监测.xlsx]分类'!A:D,3,0)", '监测表改了分类名称');
  it('2020年农产品网络零售额', '万元', '#N/A', 50980, "=VLOOKUP(\"农产品\",'[零售额监测.xlsx]分类'!A:D,4,0)");
  it('2020年农产品网络零售额同比增速', '%', '#DIV/0!', null, `=(D${at['2020年农产品网络零售额']}/D${at['2019年农产品网络零售额']}-1)*100`);
  sec('五、人才培训');
  it('电商培训人次', '人次', 5386, null, "='[培训台账.xlsx]汇总'!F40");
  it('有劳动能力的相对贫困人口（建档立卡，不含外出务工）', '人', 1236, null, "='[扶贫数据.xlsx]劳动力'!H2");
  it('参训相对贫困人口', '人', 0, 642, "='[培训台账.xlsx]贫困户'!F2", '链接表该格为空，返回0；手工按身份证去重统计');
  sec('六、信息公开与报送');
  it('专栏公示创建方案', '是/否', '是', null, "='[专栏.xlsx]Sheet1'!C3");
  it('专栏公示项目基本信息', '是/否', '是', null, "='[专栏.xlsx]Sheet1'!C4");
  it('专栏按月公示项目建设进度', '是/否', '是', null, "='[专栏.xlsx]Sheet1'!C5");
  it('专栏设立征求意见或监督举报窗口', '是/否', '否', '是', "='[专栏.xlsx]Sheet1'!C6", '2021年6月增设监督举报信箱，源表未更新');
  it('能统计电商扶贫情况', '是/否', '是', null, "='[月报.xlsx]Sheet1'!K2");
  sec('七、资金管理');
  it('省级专项资金下达', '万元', 500, null, "='[资金台账.xlsx]7月'!H3");
  it('累计拨付', '万元', 385.6, 421.65, "='[资金台账.xlsx]7月'!H30", '链接的是7月表，8月末累计数手填');
  it('资金支出率', '%', 77.12, null, `=D${at['累计拨付']}/D${at['省级专项资金下达']}*100`, '公式未改，仍按D列计算');
  it('资金管理制度', '是/否', '是', null, "='[文件清单.xlsx]Sheet1'!D9");
  it('资金专用台账', '是/否', '是', null, "='[资金台账.xlsx]封面'!B5");
  it('项目总体进度', '%', '#REF!', null, "='[项目进度表.xlsx]汇总'!E15", '进度表待项目办更新');
  sec('八、一票否决');
  it('发生安全生产、质量事故或重大经济损失', '是/否', '否', null, "='[自查.xlsx]Sheet1'!C2");
  it('弄虚作假', '是/否', '#REF!', null, "='[自查.xlsx]Sheet1'!C3");
  rows.push(row(7, []));
  rows.push(row(7, ['主观评分项自评']));
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(['序号', '评分项', '分值', '自评（★＝1分，☆＝未得分）', null, '说明', null]);
  const stars = (k, max) => '★'.repeat(k) + '☆'.repeat(max - k);
  const sc = [
    ['方案制定', '1-2分', 2, 2], ['政策支持', '1-2分', 2, 2], ['项目管理制度', '1-2分', 1, 2], ['工作台账', '1-2分', 2, 2],
    ['网销调研', '1-2分', 2, 2], ['网络促销活动', '1-2分', 1, 2], ['交易标准、冷链、溯源', '1-2分', 1, 2],
    ['资金管理制度', '1-5分', 5, 5], ['资金台账', '1-5分', 4, 5], ['资金及时拨付', '1-5分', 4, 5],
  ];
  sc.forEach((s, i) => rows.push([i + 1, s[0], s[1], stars(s[2], s[3]), null, i === 2 ? '验收制度未完全执行' : null, null]));
  rows.push(row(7, ['注：星级由 =REPT("★",分)&REPT("☆",满分-分) 生成。']));
  // sanity on row positions used in the formula text
  assert(rows[at['累计拨付'] - 1][1] === '累计拨付' && rows[at['2019年农产品网络零售额'] - 1][3] === '#N/A', 'heshan row map');

  const linkSheet = {
    name: '链接状态', hidden: true,
    rows: [
      ['源文件', '状态', '说明'],
      ['封面.xlsx', '正常', null],
      ['统计月报2021-07.xlsx', '正常', null],
      ['民政区划名录.xlsx', '错误：找不到源', '已改名为“民政区划名录（2021年6月）.xlsx”'],
      ['领导小组名单.xlsx', '错误：值不可用', null],
      ['中心运营情况.xlsx', '部分错误', null],
      ['零售额监测.xlsx', '部分错误', null],
      ['项目进度表.xlsx', '错误：找不到源', null],
      ['自查.xlsx', '错误：找不到源', null],
    ],
  };
  const obj = {
    description:
      '鹤山市（江门）商务局的“链接汇总表”：序号|指标|单位|自动取数|手工填报|取数公式（备查）|备注，D列原是链接各部门报表的公式，链接失效后显示“#REF!”“#N/A”“#DIV/0!”，一个日期链接到空格显示为“1900/1/0”，一个链接到空格返回0；表头说明写明“E列有数的以E列为准，E列空白的以D列为准”，F列是以文本保存的公式（“=VLOOKUP(…)”、“=(D31/D30-1)*100”，不是值）。下方另一张小表是主观项自评，用REPT生成的星级（★★☆☆☆）表示分数。另有隐藏的“链接状态”表（非事实表）。陷阱：行政村D列#REF!、E列105；组长D列#N/A、E列“市委副书记、市长”（成员单位四部门齐全 → principal-all）；中心运营“1900/1/0”不是日期，取E列2020年10月30日；摄影美工#N/A→E列“是”；农产品网零D列#N/A取E列，农产品增速#DIV/0!且E列空 → 未填；参训贫困人口D列0、E列642；征求意见/监督举报窗口D列“否”、E列“是”；累计拨付D列385.6（7月数）、E列421.65万元；资金支出率77.12%和入驻企业21家不是输入；项目总体进度、弄虚作假两项D列#REF!且E列空 → 未填报；户籍人口38.96万；省定贫困村0（珠三角不设）。',
    sheets: [{ name: '考评数据（链接汇总）', rows, merges }, linkSheet],
    expect: {
      facts: {
        county: '鹤山市',
        asOf: '2021-08-31',
        residentPopulation: 524300,
        adminVillagesStated: 105,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-30',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1865200000,
        ruralRetail2020: 2413700000,
        agriRetail2019: 386500000,
        agriRetail2020: 509800000,
        ruralRetailGrowthStated: 0.2941,
        trainingPersonTimesStated: 5386,
        eligiblePoorPersonsStated: 1236,
        trainedPoorPersonsStated: 642,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4216500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 1,
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
  write('facts', 'b34-f3-heshan.json', obj);
}

// =====================================================================
// LEDGER 1 — 徐闻县: training subsidy rosters (补贴申领花名册) used as
// the training ledger: one sheet per class, money and bank-account
// columns that are not funds, a no-show row, summary sheet.
// =====================================================================
function ledgerXuwen() {
  const rng = makeRng(3401);
  const used = new Set();
  const sheets = [];
  const expectSheets = {};
  sheets.push({
    name: '说明',
    rows: [
      ['说明'],
      ['1. 我县电商培训纳入职业技能提升行动，参训学员以人社部门审核的《培训补贴申领花名册》为准，本册按期次装订，每期一张表。'],
      ['2. 出勤天数不足80%或考核不合格的不予补贴，但仍属参训学员；报名后未到的（出勤0天）不是参训学员。'],
      ['3. 第3期花名册尚待人社局审核。'],
      ['整理：徐闻县商务局电商股　2021年9月15日'],
    ],
  });
  expectSheets['说明'] = { kind: null };

  const classes = [
    { sheet: '第1期（2020.11）', no: '第1期', dates: '培训起止时间：2020年11月16日—2020年11月20日（5天）', end: '2020-11-20', n: 32, days: 5, std: 1500, project: '农村电子商务（网店运营）' },
    { sheet: '第2期（2021.3）', no: '第2期', dates: '培训时间：2021.3.22-3.26', end: '2021-03-26', n: 28, days: 5, std: 1500, project: '农村电子商务（直播带货）' },
    { sheet: '第3期（2021.9 待审）', no: '第3期', dates: '培训起止时间：2021年9月6日至9月10日', end: '2021-09-10', n: 15, days: 5, std: 1500, project: '农村电子商务（短视频运营）' },
  ];
  const summary = [['期次', '培训时间', '花名册人数', '合格人数', '补贴金额（元）', '备注']];
  classes.forEach((c, ci) => {
    const rows = [];
    rows.push(row(12, ['徐闻县职业技能提升行动（农村电商）培训补贴申领花名册']));
    rows.push(row(12, [`培训机构（盖章）：徐闻县电子商务公共服务中心　　合作机构：湛江市南粤职业培训学校　　培训项目：${c.project}`]));
    rows.push(row(12, [`培训期次：${c.no}　　${c.dates}　　培训地点：徐闻县电商公共服务中心三楼培训室`]));
    const header = ci === 1
      ? ['序号', '姓名', '性别', '人员类别', '公民身份号码', '户籍所在地', '出勤天数', '考核结果', '补贴标准（元/人）', '补贴金额（元）', '社会保障卡银行账号', '本人签名']
      : ['序号', '姓名', '性别', '公民身份号码', '人员类别', '户籍所在地', '出勤天数', '考核结果', '补贴标准（元/人）', '补贴金额（元）', '社会保障卡银行账号', '本人签名'];
    rows.push(header);
    const idCol = ci === 1 ? 4 : 3;
    const catCol = ci === 1 ? 3 : 4;
    const recs = [];
    let total = 0, passed = 0;
    const towns = ['徐城街道', '下桥镇', '曲界镇', '前山镇', '龙塘镇', '锦和镇', '和安镇', '新寮镇', '角尾乡', '西连镇', '迈陈镇', '海安镇'];
    for (let i = 0; i < c.n; i++) {
      const male = rng.next() < 0.45;
      let id = makeId(rng, '440825', 1968, 2001, male, used);
      let idCell = id;
      let attend = c.days, result = '合格', note = null;
      const k = `${ci}-${i}`;
      if (k === '0-6') { attend = 3; result = '不合格'; note = '出勤不足80%，不予补贴'; }
      if (k === '0-13') { attend = 0; result = '—'; note = '报名后未到'; }
      if (k === '0-21') { attend = 4; result = '缺考'; }
      if (k === '1-4') { attend = 1; result = '—'; note = '3月23日起因家事退出'; }
      if (k === '1-17') { attend = 4; }
      const r = new Array(12).fill(null);
      r[0] = i + 1; r[1] = personName(rng, male); r[2] = male ? '男' : '女';
      r[catCol] = rng.pick(['农村劳动力', '农村劳动力', '建档立卡贫困劳动力', '返乡创业人员', '退役军人', '农村劳动力']);
      r[5] = `徐闻县${rng.pick(towns)}`;
      r[6] = attend; r[7] = result; r[8] = c.std;
      const pay = result === '合格' && attend >= 4 ? c.std : 0;
      r[9] = pay; r[10] = '6217' + pad(rng.int(0, 999999999), 9) + pad(rng.int(0, 999999), 6);
      if (note) r[11] = note;
      // ID cell variations
      if (k === '0-9') {
        // force one lower-case x: regenerate an ID that ends with X
        let xid;
        for (;;) { xid = makeId(rng, '440825', 1975, 1995, male, used); if (xid.endsWith('X')) break; }
        id = xid; idCell = xid.slice(0, 17) + 'x';
      }
      if (k === '1-8') {
        let xid;
        for (;;) { xid = makeId(rng, '440825', 1975, 1995, male, used); if (xid.endsWith('X')) break; }
        id = xid; idCell = xid.slice(0, 17) + 'x';
      }
      if (k === '1-12') { idCell = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`; }
      if (k === '1-20') { idCell = id + ' '; }
      r[idCol] = idCell;
      rows.push(r);
      if (attend > 0) { recs.push({ date: c.end, personTimes: 1, id }); }
      total += pay; if (pay > 0) passed += 1;
    }
    rows.push(row(12, ['合计', null, null, `共${c.n}人`, null, null, null, null, null, total, null, null]));
    rows.push(row(12, ['培训机构负责人：　　　　　经办人：　　　　　人社局审核意见：' + (ci === 2 ? '（待审核）' : '同意')]));
    sheets.push({ name: c.sheet, rows, merges: ['A1:L1', 'A2:L2', 'A3:L3'] });
    expectSheets[c.sheet] = { kind: 'training', records: recs };
    summary.push([c.no, c.dates.replace(/^[^：]*：/, ''), c.n, passed, total, ci === 2 ? '待审核' : null]);
  });
  summary.push(['合计', null, classes.reduce((a, c) => a + c.n, 0), null, summary.slice(1).reduce((a, r) => a + r[4], 0), null]);
  sheets.push({ name: '补贴汇总', rows: [row(6, ['徐闻县农村电商培训补贴汇总表']), ...summary], merges: ['A1:F1'] });
  expectSheets['补贴汇总'] = { kind: null };

  const nRec = Object.values(expectSheets).reduce((a, s) => a + (s.records ? s.records.length : 0), 0);
  assert(nRec === 32 - 1 + 28 + 15, 'xuwen record count');

  const obj = {
    description:
      '徐闻县（湛江）商务局电商股把人社部门的《职业技能提升行动（农村电商）培训补贴申领花名册》当培训台账交：一期一张表（第1期、第2期、第3期待审），表头上方三行写培训机构、项目、期次和培训起止时间（“2020年11月16日—2020年11月20日（5天）”“2021.3.22-3.26”“2021年9月6日至9月10日”，按结束日记），表内 序号|姓名|性别|公民身份号码|人员类别|户籍所在地|出勤天数|考核结果|补贴标准（元/人）|补贴金额（元）|社会保障卡银行账号|本人签名（第2期“人员类别”和“公民身份号码”两列位置对调），一行一名学员；另有“说明”页和“补贴汇总”表（不是台账）。读法：每名出勤的学员一条记录（人次1，日期为该期结束日）。陷阱：补贴标准、补贴金额、合计是钱但不是资金拨付；19位银行账号不是身份证号；第1期第14人“报名后未到”出勤0天，不是学员；出勤不足、不合格、缺考、中途退出（出勤1天）的仍是参训学员；两人身份证末位小写x（读作X），一人身份证带空格分段，一人末尾多一个空格；第3期在截止日之后（记录照列，日期2021-09-10）。',
    sheets,
    expect: { sheets: expectSheets },
  };
  write('ledgers', 'b34-l1-xuwen.json', obj);
}

// =====================================================================
// LEDGER 2 — 廉江市: contract payment table whose payments are
// narrated inside one cell per contract; poor-labour roster where
// "working away" must be read from the work place (outside 廉江市).
// =====================================================================
function ledgerLianjiang() {
  const sheets = [];
  const expectSheets = {};
  // ---- funds
  const rows = [];
  rows.push(row(10, ['廉江市电子商务进农村综合示范项目合同签订及资金支付情况表']));
  rows.push(row(10, ['填报单位：廉江市商务局　　　　填报时间：2021年9月10日　　　　合同金额、累计已付、未付单位：万元；“已付款情况”栏按付款凭证写明日期和金额']));
  rows.push(['序号', '项目名称', '承建（服务）单位', '合同编号', '合同金额（万元）', '付款方式（合同约定）', '已付款情况（付款日期、金额）', '累计已付（万元）', '未付（万元）', '备注']);
  const contracts = [
    ['县级电商公共服务中心建设及运营', '廉江市粤西农品网络科技有限公司', 'LJSW-DS-2020-01', 150, '预付30%，进度款40%，验收后付25%，质保金5%',
      '①2020.7.15 预付款45万元；\n②2020年12月28日 进度款60万元；\n③2021.6.30 验收款37.5万元；\n质保金7.5万元未到期', 142.5, 7.5, null,
      [['2020-07-15', 450000], ['2020-12-28', 600000], ['2021-06-30', 375000]]],
    ['镇村物流配送体系建设', '中国邮政集团有限公司廉江市分公司', 'LJSW-DS-2020-02', 120, '签约付30%，到货付40%，验收付30%',
      '2020年8月20日付36万元（30%）；2021年1月18日付48万元（40%）；余款待验收', 84, 36, null,
      [['2020-08-20', 360000], ['2021-01-18', 480000]]],
    ['村级电商服务站点建设（一期）', '湛江市惠农通电子商务有限公司', 'LJSW-DS-2020-03', 98.6, '按建成站点数分三次结算',
      '2020/9/25　¥295,800.00\n2021/2/3　¥394,400.00\n2021/9/3　¥246,500.00（尾款）', 93.67, 4.93, '质保金4.93万元',
      [['2020-09-25', 295800], ['2021-02-03', 394400], ['2021-09-03', 246500]]],
    ['电商人才培训服务', '湛江市南方职业培训学校', 'LJSW-DS-2020-04', 45, '按期结算',
      '第1-3期：2020.12.10 付12.84万；第4-6期：2021.5.20 付13.5万；第7-8期：2021.8.25 付9.6万', 35.94, 9.06, '第9、10期未开班',
      [['2020-12-10', 128400], ['2021-05-20', 135000], ['2021-08-25', 96000]]],
    ['农产品质量追溯系统', '广东溯源云信息技术有限公司', 'LJSW-DS-2021-05', 38, '首期30%，验收后付70%',
      '2021.3.26 付首期款 11.4万元\n（二期款待系统验收后支付）', 11.4, 26.6, null,
      [['2021-03-26', 114000]]],
    ['网络促销活动（年货节、荔枝节）', '廉江市红橙电子商务有限公司', 'LJSW-DS-2021-06', 30, '活动结束后按实结算',
      '2021年1月29日　86,500元（年货节）；2021年7月12日　103,200元（荔枝节）', 18.97, 11.03, '余额退回不再使用',
      [['2021-01-29', 86500], ['2021-07-12', 103200]]],
    ['冷链仓储改造', '廉江市绿源冷链物流有限公司', 'LJSW-DS-2021-07', 60, '设备到货验收后一次性支付',
      '未付款（合同已签，设备未到货）', 0, 60, '详见附件7',
      []],
    ['电商公共品牌推广', '广州市稻田文化传播有限公司', 'LJSW-DS-2021-08', 25, '签约付30%，中期付40%，验收付30%',
      '2021.4.8 付7.5万元（30%）；2021.8.31 付10万元（40%）', 17.5, 7.5, null,
      [['2021-04-08', 75000], ['2021-08-31', 100000]]],
  ];
  const recs = [];
  let sumC = 0, sumP = 0, sumU = 0;
  contracts.forEach((c, i) => {
    rows.push([i + 1, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]]);
    sumC += c[3]; sumP += c[6]; sumU += c[7];
    const paidW = c[9].reduce((a, p) => a + p[1], 0) / 10000;
    assert(Math.abs(paidW - c[6]) < 1e-6, 'lianjiang cum paid ' + c[0]);
    c[9].forEach((p) => recs.push({ date: p[0], amount: p[1] }));
  });
  rows.push(['合计', null, null, null, Math.round(sumC * 100) / 100, null, null, Math.round(sumP * 100) / 100, Math.round(sumU * 100) / 100, null]);
  rows.push(row(10, []));
  rows.push(row(10, ['注：1. 省级专项资金下达500万元（湛财工〔2019〕…号），本表只列使用省级专项资金的合同。2. 质保金、未付款项不列入已付。3. 2021年9月3日支付的站点尾款在考评截止日后。']));
  rows.push(row(10, ['制表：廉江市商务局电商股　　　审核：']));
  sheets.push({ name: '合同及付款情况', rows, merges: ['A1:J1', 'A2:J2', `A${rows.length - 1}:J${rows.length - 1}`] });
  expectSheets['合同及付款情况'] = { kind: 'funds', records: recs };

  // ---- poor labour roster
  const rng = makeRng(3402);
  const used = new Set();
  const prow = [];
  prow.push(row(11, ['廉江市建档立卡贫困人口劳动力及就业情况表（电商扶贫培训对象摸底）']));
  prow.push(row(11, ['填报单位：廉江市乡村振兴局　　数据时间：2021年6月']));
  prow.push(row(11, ['说明：①劳动技能按扶贫开发信息系统口径填写；②务工地点在廉江市以外的（含湛江市区、遂溪等周边县、省内其他地市、省外）为外出务工；在廉江市内（各镇、市区）务工或在家务农、待业的，不属于外出务工；③无劳动能力人员（含在校生）不填就业情况和务工地点。']));
  prow.push(['序号', '镇', '村委会', '户主', '姓名', '与户主关系', '公民身份号码', '劳动技能', '就业情况', '务工地点', '联系电话']);
  // households: [town, village, members:[ [rel, cat] ]]
  // cat: A=able+home/local (migrant false), M=able+away(true), N=not able, S=student
  const OUT = ['广州市白云区', '深圳市宝安区', '东莞市长安镇', '湛江市赤坎区', '佛山市顺德区', '湛江市麻章区', '遂溪县城月镇', '广西北流市', '中山市小榄镇'];
  const IN = ['廉江市区', '廉江市石城镇', '廉江市安铺镇', '廉江市横山镇', '廉江市良垌镇'];
  const hh = [
    ['良垌镇', '中塘村委会', [['户主', 'A'], ['配偶', 'A'], ['之子', 'M'], ['之女', 'S']]],
    ['良垌镇', '中塘村委会', [['户主', 'N'], ['之子', 'M'], ['儿媳', 'A']]],
    ['良垌镇', '平山岗村委会', [['户主', 'A'], ['配偶', 'N'], ['之女', 'M']]],
    ['良垌镇', '平山岗村委会', [['户主', 'A'], ['之子', 'A']]],
    ['石角镇', '松明村委会', [['户主', 'M'], ['配偶', 'A'], ['之子', 'S'], ['之母', 'N']]],
    ['石角镇', '松明村委会', [['户主', 'A'], ['配偶', 'A'], ['之子', 'M']]],
    ['石角镇', '塘蓬村委会', [['户主', 'N'], ['配偶', 'N']]],
    ['石角镇', '塘蓬村委会', [['户主', 'A'], ['之子', 'M'], ['之孙', 'S']]],
    ['青平镇', '那良村委会', [['户主', 'A'], ['配偶', 'A'], ['之女', 'M'], ['之子', 'M']]],
    ['青平镇', '那良村委会', [['户主', 'A'], ['之母', 'N']]],
    ['青平镇', '横岭村委会', [['户主', 'M'], ['配偶', 'A'], ['之子', 'S']]],
  ];
  const precs = [];
  let seq = 0; let lastVillage = null; let vCount = { hh: 0, p: 0 };
  const flushSub = (v) => { prow.push(row(11, [`小计：${v} ${vCount.hh}户${vCount.p}人`])); vCount = { hh: 0, p: 0 }; };
  let outI = 0, inI = 0;
  const specialId = { 5: 'x', 11: 'space' };
  let personIdx = 0;
  hh.forEach(([town, village, mem]) => {
    if (lastVillage && lastVillage !== village) flushSub(lastVillage);
    lastVillage = village; vCount.hh += 1;
    let headName = null; let head = null;
    mem.forEach(([rel, cat]) => {
      seq += 1; vCount.p += 1;
      const m = member(rng, rel, cat, head);
      if (rel === '户主') head = m;
      const male = m.male;
      let id = makeId(rng, '440881', m.y, m.y, male, used);
      let idCell = id;
      if (specialId[personIdx] === 'x') {
        for (;;) { id = makeId(rng, '440881', m.y, m.y, male, used); if (id.endsWith('X')) break; }
        idCell = id.slice(0, 17) + 'x';
      } else if (specialId[personIdx] === 'space') {
        idCell = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
      }
      const name = m.name;
      if (rel === '户主') headName = name;
      let skill, job, place;
      if (cat === 'A') {
        skill = rng.pick(['普通劳动力', '普通劳动力', '技能劳动力']);
        const t = personIdx % 3;
        if (t === 0) { job = '务工'; place = IN[inI++ % IN.length]; }
        else if (t === 1) { job = '在家务农'; place = null; }
        else { job = '待业'; place = null; }
      } else if (cat === 'M') {
        skill = rng.pick(['普通劳动力', '技能劳动力']); job = '务工'; place = OUT[outI++ % OUT.length];
      } else if (cat === 'N') { skill = rng.pick(['丧失劳动力', '无劳动力']); job = null; place = null; }
      else { skill = '无劳动力'; job = '在校生'; place = null; }
      const phone = cat === 'S' ? null : `13${rng.int(0, 9)}****${pad(rng.int(0, 9999), 4)}`;
      prow.push([seq, town, village, headName, name, rel, idCell, skill, job, place, phone]);
      const labour = cat === 'A' || cat === 'M';
      precs.push({ id, labour, migrant: labour ? cat === 'M' : null });
      personIdx += 1;
    });
  });
  flushSub(lastVillage);
  const nHH = hh.length; const nP = seq;
  prow.push(row(11, [`合计：${nHH}户${nP}人`]));
  sheets.push({ name: '贫困劳动力就业情况', rows: prow, merges: ['A1:K1', 'A2:K2', 'A3:K3'] });
  expectSheets['贫困劳动力就业情况'] = { kind: 'poorPersons', records: precs };

  const obj = {
    description:
      '廉江市（湛江）商务局的两张表：①《合同签订及资金支付情况表》一行一个合同（合同金额、累计已付、未付按万元），实际付款没有单独的日期/金额列，全部写在“已付款情况（付款日期、金额）”一格里：分号、换行分隔，①②③编号，金额写法有“45万元”“12.84万”“¥295,800.00”“86,500元”，日期写法有2020.7.15、2020年12月28日、2020/9/25；同一格里还有“质保金7.5万元未到期”“余款待验收”“二期款待系统验收后支付”“未付款（合同已签…）”等未付说明。读法：每笔已付款一条记录（按行自上而下、格内自左向右/自上而下），金额换算为元。陷阱：合同金额、累计已付、未付、合计行不是拨付；付款比例（30%）不是金额；2021/9/3尾款在截止日后（记录照列）；2021.8.31当天一笔照列。②乡村振兴局的《建档立卡贫困人口劳动力及就业情况表》：劳动技能（普通/技能劳动力 → 有劳动能力；丧失劳动力/无劳动力 → 无）；是否外出务工不写“是/否”，只能按表上方说明从“务工地点”判断——廉江市以外（湛江市赤坎区、湛江市麻章区、遂溪县、广州、深圳、广西北流市等）为外出务工，“廉江市区”“廉江市××镇”和在家务农、待业不是外出；无劳动能力（含在校生）的 migrant 为 null。户主姓名每行重复，每村“小计：××村委会 n户m人”和末尾合计不是人；一人身份证末位小写x，一人带空格分段。',
    sheets,
    expect: { sheets: expectSheets },
  };
  write('ledgers', 'b34-l2-lianjiang.json', obj);
}

// =====================================================================
// COUNTY — 揭东区 (揭阳): code-only facts sheet + code legend sheet,
// ledgers with new habits.
// =====================================================================
function countyJiedong() {
  const rng = makeRng(3403);
  const sheets = [];
  const derivation = [];
  const ASOF = '2021-08-31';

  // ---------------------------------------------------------- villages
  const towns = [
    ['曲溪街道', 8, ['曲溪社区', '路篦社区', '湖岗社区', '新河社区', '西林社区']],
    ['云路镇', 12, ['云路社区']],
    ['玉滘镇', 11, ['玉滘社区']],
    ['锡场镇', 12, ['锡场社区']],
    ['新亨镇', 13, ['新亨社区']],
    ['玉湖镇', 10, ['玉湖社区']],
    ['埔田镇', 11, ['埔田社区']],
    ['霖磐镇', 10, ['霖磐社区']],
    ['月城镇', 10, ['月城社区']],
    ['白塔镇', 11, []],
    ['龙尾镇', 10, ['龙尾社区']],
  ];
  const A = ['新', '东', '西', '南', '北', '上', '下', '大', '仙', '玉', '龙', '凤', '梅', '桂', '竹', '石', '塘', '林', '溪', '湖', '埔', '浦', '桥', '后', '前', '坑', '岭', '田', '洋', '陇', '寨', '美', '锡', '霞', '丰', '和', '锦', '秀', '桃', '枫'];
  const B = ['寨', '洋', '美', '溪', '埔', '头', '尾', '林', '田', '围', '坑', '陇', '山', '乡', '厝', '寮', '坡', '园', '塘', '湖', '联', '光', '内', '外', '畔'];
  const usedNames = new Set();
  function vname() {
    const townHeads = towns.map((t) => t[0].slice(0, 2));
    for (;;) { const n = rng.pick(A) + rng.pick(B); if (n[0] !== n[1] && !usedNames.has(n) && !townHeads.includes(n)) { usedNames.add(n); return n + '村'; } }
  }
  const villages = []; // {town, name, admin, poor: '省定'|'市定'|null}
  towns.forEach(([t, nv, comms]) => {
    for (let i = 0; i < nv; i++) villages.push({ town: t, name: vname(), admin: true, cat: null });
    comms.forEach((c) => villages.push({ town: t, name: c, admin: false, cat: null }));
  });
  const admin = villages.filter((v) => v.admin);
  assert(admin.length === 118 && villages.length === 132, 'jiedong village counts');
  // poor villages: mountain towns
  const byTown = (t) => admin.filter((v) => v.town === t);
  const poorPicks = [['玉湖镇', [1, 4, 7]], ['埔田镇', [2, 6, 9]], ['龙尾镇', [0, 5]], ['白塔镇', [3, 8]], ['月城镇', [4]], ['新亨镇', [11]]];
  poorPicks.forEach(([t, idx]) => idx.forEach((i) => { byTown(t)[i].cat = '省定'; }));
  [['霖磐镇', 2], ['锡场镇', 7], ['云路镇', 10]].forEach(([t, i]) => { byTown(t)[i].cat = '市定'; });
  const poorV = admin.filter((v) => v.cat === '省定');
  assert(poorV.length === 12, 'poor villages 12');

  // coverage plan: 83 admin villages covered by the cut-off, incl. 11 of 12 poor and 2 of 3 市定
  const uncoveredPoor = byTown('埔田镇')[9];
  const uncoveredCity = byTown('云路镇')[10];
  const noExpress = byTown('龙尾镇')[8];
  const mustCover = admin.filter((v) => (v.cat === '省定' && v !== uncoveredPoor) || (v.cat === '市定' && v !== uncoveredCity));
  const rest = rng.shuffle(admin.filter((v) => !v.cat && v !== noExpress));
  const covered = new Set([...mustCover, ...rest.slice(0, 83 - mustCover.length)]);
  assert(covered.size === 83, 'covered 83');
  const lateVillages = [uncoveredPoor, rest[83 - mustCover.length]]; // stations opened 2021-09-08
  assert(!covered.has(lateVillages[1]), 'late village uncovered');

  // express brands
  const BR = ['邮政', '中通', '圆通', '申通', '韵达', '顺丰', '极兔'];
  const vrows = [];
  vrows.push(row(14, ['揭东区村（居）民委员会名单及快递进村情况']));
  vrows.push(row(14, ['数据来源：区民政局区划名录（2021年6月）、区邮政快递业发展中心核查（2021年7月）　　　贫困村类别：省定＝省定相对贫困村；市定＝揭阳市市级帮扶村']));
  vrows.push(['序号', '镇（街道）', '村（居）委会', '类别', '贫困村类别', '快递进村情况（有该品牌网点或代收点的打√）', null, null, null, null, null, null, '备注', null]);
  vrows.push([null, null, null, null, null, ...BR, null, null]);
  let vs = 0; let lastTown = null;
  villages.forEach((v) => {
    vs += 1;
    const r = new Array(14).fill(null);
    r[0] = vs; r[1] = v.town !== lastTown ? v.town : null; lastTown = v.town;
    const suffix = v.admin ? rng.pick(['村委会', '村民委员会', '村委会', '村委会']) : '居委会';
    r[2] = v.admin ? v.name.replace(/村$/, '') + suffix : v.name + suffix;
    r[3] = v.admin ? '村委会' : '居委会';
    r[4] = v.cat;
    if (v === noExpress) { r[12] = '暂无快递网点，村民到镇区自取'; }
    else {
      r[5] = '√'; // every served village has 邮政 at least
      for (let b = 1; b < BR.length; b++) if (rng.next() < (v.admin ? 0.45 : 0.85)) r[5 + b] = rng.next() < 0.92 ? '√' : '✓';
      if (!v.admin) r[12] = null;
    }
    vrows.push(r);
  });
  vrows.push(row(14, ['合计', null, '村委会118个，居委会14个', null, '省定12个，市定3个', '117个村委会有快递网点']));
  vrows.push(row(14, ['注：空白表示该品牌在该村无网点或代收点。']));
  const townMerges = [];
  sheets.push({ name: '村（居）委会名单', rows: vrows, merges: ['A1:N1', 'A2:N2', 'F3:L3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'M3:M4'] });

  // ---------------------------------------------------------- stations
  // dates: spread over batches, various formats
  const lunar = {
    '2020-10-01': '（八月十五）', '2020-12-28': '（十一月十四）', '2021-02-26': '（正月十五）', '2021-03-08': '（正月廿五）', '2021-08-13': '（七月初六）',
  };
  const batchDates = ['2020-06-18', '2020-07-09', '2020-08-27', '2020-10-01', '2020-11-19', '2020-12-28', '2021-01-21', '2021-02-26', '2021-03-08', '2021-04-22', '2021-05-27', '2021-06-24', '2021-08-13'];
  function fmtDate(iso, k) {
    if (lunar[iso] && k % 2 === 0) return `${cn(iso)}${lunar[iso]}`;
    switch (k % 5) {
      case 0: return D(iso);
      case 1: return dot(iso);
      case 2: return cn(iso);
      case 3: return lunar[iso] ? dot(iso) + lunar[iso] : slash(iso);
      default: return D(iso);
    }
  }
  const srows = [];
  srows.push(row(8, ['揭东区村级电子商务服务站点清单']));
  srows.push(row(8, ['填报单位：揭东区商务局（电商公共服务中心汇总）　　　　　更新至2021年9月10日']));
  srows.push(['序号', '镇（街道）', '所在村（社区）', '站点名称', '依托主体', '站长', '开业日期', '备注']);
  let sn = 0; let k = 0;
  const stationLog = []; // {village, opened}
  const hosts = ['便利店', '小卖部', '邮政村邮站', '农民专业合作社', '村委会党群服务中心', '农资店'];
  const secondStationVillage = [...covered].find((v) => v.town === '新亨镇' && !v.cat);
  towns.forEach(([t]) => {
    let first = true;
    const townVillages = villages.filter((v) => v.town === t);
    townVillages.forEach((v) => {
      const isLate = lateVillages.includes(v);
      if (!(covered.has(v) || isLate || (!v.admin && t === '曲溪街道' && v.name === '路篦社区'))) return;
      const iso = isLate ? '2021-09-08' : rng.pick(batchDates);
      sn += 1; k += 1;
      const vText = v.admin ? v.name.replace(/村$/, '') + rng.pick(['村', '村委会', '村', '村']) : v.name;
      const sname = `揭东区${t}${v.name.replace(/村$/, '')}${v.admin ? '村' : ''}电商服务站`;
      const note = isLate ? '9月新开' : null;
      srows.push([sn, first ? t : null, vText, sname, rng.pick(hosts), personName(rng, rng.next() < 0.5), isLate ? '2021.9.8' : fmtDate(iso, k), note]);
      first = false;
      stationLog.push({ village: v, opened: iso });
      if (v === secondStationVillage) {
        sn += 1; k += 1;
        const iso2 = '2021-05-27';
        srows.push([sn, null, vText, `揭东区${t}${v.name}第二服务点`, '快递代收点', personName(rng, true), fmtDate(iso2, k), '同村第二个服务点']);
        stationLog.push({ village: v, opened: iso2 });
      }
    });
  });
  srows.push(row(8, [null, '合计', `${sn}个站点`]));
  srows.push(row(8, ['注：开业日期括号内为农历（择日开业）。']));
  sheets.push({ name: '站点清单', rows: srows, merges: ['A1:H1', 'A2:H2'] });
  // self-check coverage
  const covAdmin = new Set(stationLog.filter((s) => s.opened <= ASOF && s.village.admin).map((s) => s.village));
  const covPoor = [...covAdmin].filter((v) => v.cat === '省定');
  assert(covAdmin.size === 83 && covPoor.length === 11, 'coverage self-check ' + covAdmin.size + '/' + covPoor.length);
  assert(sn === 83 + 1 + 1 + 2, 'station rows ' + sn);

  // ---------------------------------------------------------- training sessions (期 → 场)
  const sessions = [
    ['第1期', '电商基础普及班', [['2020-06-18', '区电商公共服务中心', 126], ['2020-06-19', '云路镇文化站', 118]]],
    ['第2期', '农村电商带头人培训班', [['2020-07-22', '区电商公共服务中心', 152], ['2020-07-23', '区电商公共服务中心', 148], ['2020-07-24', '区电商公共服务中心', 141]]],
    ['第3期', '直播带货入门班', [['2020-09-16', '区电商公共服务中心', 210], ['2020-09-17', '区电商公共服务中心', 196]]],
    ['第4期', '青梅产业电商专场', [['2020-10-28', '玉湖镇青梅产业园', 235]]],
    ['第5期', '建档立卡贫困户电商专场（一）', [['2020-11-20', '埔田镇政府礼堂', 88], ['2020-11-21', '玉湖镇政府礼堂', 76]]],
    ['第6期', '电商普及下乡（镇村巡回）', [['2020-12-08', '锡场镇', 172], ['2020-12-10', '新亨镇', 165], ['2020-12-15', '玉湖镇', 181], ['2020-12-17', '埔田镇', 158]]],
    ['第7期', '网店运营提升班', [['2021-01-14', '区电商公共服务中心', 143], ['2021-01-15', '区电商公共服务中心', 139]]],
    ['第8期', '春季电商创业班', [['2021-03-04', '区电商公共服务中心', 225], ['2021-03-05', '区电商公共服务中心', 218]]],
    ['第9期', '建档立卡贫困户电商专场（二）', [['2021-04-15', '龙尾镇政府礼堂', 92], ['2021-04-16', '白塔镇政府礼堂', 87]]],
    ['第10期', '短视频与直播运营班', [['2021-05-20', '区电商公共服务中心', 264], ['2021-05-21', '区电商公共服务中心', 251]]],
    ['第11期', '电商普及下乡（二）', [['2021-06-09', '霖磐镇', 186], ['2021-06-11', '月城镇', 174], ['2021-06-16', '白塔镇', 192], ['2021-06-18', '龙尾镇', 169]]],
    ['第12期', '农产品品牌与包装设计班', [['2021-07-27', '区电商公共服务中心', 203], ['2021-07-28', '区电商公共服务中心', 194]]],
    ['第13期', '跨境电商入门讲座', [['2021-08-19', '区电商公共服务中心', 209]]],
    ['第14期', '建档立卡贫困户电商专场（三）', [['2021-09-07', '月城镇政府礼堂', 260]]],
  ];
  const trows = [];
  trows.push(row(8, ['揭东区电子商务培训场次登记表']));
  trows.push(row(8, ['说明：一期培训分一场或多场（不同日期、地点）举办，人次按每场签到人数登记；“本期小计”为该期各场合计。']));
  trows.push(['期次', '培训名称', '场次', '培训日期', '培训地点', '签到人数（人次）', '授课老师', '备注']);
  let tBy = 0, tAll = 0; let fmtK = 0;
  sessions.forEach(([no, title, ss]) => {
    let sub = 0;
    ss.forEach(([iso, place, n], j) => {
      fmtK += 1;
      const dcell = fmtK % 3 === 0 ? D(iso) : fmtK % 3 === 1 ? dot(iso) : cn(iso);
      trows.push([j === 0 ? no : null, j === 0 ? title : null, `第${j + 1}场`, dcell, place, fmtK % 4 === 2 ? `${n}人次` : n, rng.pick(['黄老师', '陈老师', '林老师', '蔡老师', '郑老师']), null]);
      sub += n; tAll += n; if (iso <= ASOF) tBy += n;
    });
    trows.push([null, null, '本期小计', null, null, sub, null, null]);
  });
  trows.push(['合计', null, null, null, null, tAll, null, '含9月份第14期']);
  trows.push(row(8, ['注：建档立卡贫困户参训人员名单见《贫困户参训名单》，其人次已含在各场签到人数中。']));
  sheets.push({ name: '培训场次登记', rows: trows, merges: ['A1:H1', 'A2:H2'] });
  assert(tBy === 4912 && tAll === 5172, 'training sums ' + tBy + ' ' + tAll);

  // ---------------------------------------------------------- poor roster
  const used = new Set();
  const cats = [];
  for (let i = 0; i < 96; i++) cats.push('E');
  for (let i = 0; i < 26; i++) cats.push('M');
  for (let i = 0; i < 18; i++) cats.push('N');
  const shuffled = rng.shuffle(cats);
  const persons = [];
  const poorHomeVillages = poorV.concat(admin.filter((v) => v.cat === '市定'));
  let ci = 0; let hhNo = 0;
  while (ci < shuffled.length) {
    hhNo += 1;
    const size = Math.min(shuffled.length - ci, rng.int(2, 5));
    const v = poorHomeVillages[hhNo % poorHomeVillages.length];
    const mem = shuffled.slice(ci, ci + size);
    // head should be an adult: put an E/M first if any
    const hi = mem.findIndex((c) => c !== 'N');
    if (hi > 0) { const t = mem[0]; mem[0] = mem[hi]; mem[hi] = t; }
    let headName = null; let head = null; let spouse = false; let son = false; const hhMembers = [];
    mem.forEach((c, j) => {
      let rel;
      if (j === 0) rel = '户主';
      else if (c === 'N') rel = rng.pick(head.y < 1956 ? ['配偶', '之孙', '孙女'] : head.y < 1966 ? ['之母', '之父', '之孙', '孙女'] : ['之母', '之父', '之子', '之女']);
      else if (!spouse && head.y >= 1956) { rel = '配偶'; spouse = true; }
      else { rel = rng.pick(son ? ['之子', '之女', '儿媳'] : ['之子', '之女']); if (rel === '之子') son = true; }
      if (rel === '配偶' && c === 'N') spouse = true;
      const m = member(rng, rel, c === 'E' ? 'A' : c, head);
      if (j === 0) head = m;
      const id = makeId(rng, '445221', m.y, m.y, m.male, used);
      if (j === 0) headName = m.name;
      hhMembers.push({ hh: hhNo, town: v.town, village: v, head: headName, name: m.name, rel, id, cat: c, male: m.male });
    });
    const ORD = ['户主', '配偶', '之子', '之女', '儿媳', '之孙', '孙女', '之父', '之母'];
    hhMembers.sort((x, y) => ORD.indexOf(x.rel) - ORD.indexOf(y.rel));
    persons.push(...hhMembers);
    ci += size;
  }
  const prRows = [];
  prRows.push(row(10, ['揭东区建档立卡贫困人口名单（劳动力状况）']));
  prRows.push(row(10, ['数据来源：区乡村振兴局（2021年7月）　　务工状况：区外务工＝在揭东区以外务工（外出务工）；区内务工、在家务农、未务工均不属外出务工']));
  prRows.push(['序号', '镇（街道）', '村委会', '户编号', '户主姓名', '姓名', '与户主关系', '证件号码', '是否有劳动能力', '务工状况']);
  persons.forEach((p, i) => {
    let work;
    if (p.cat === 'E') work = rng.pick(['区内务工', '在家务农', '未务工', '区内务工']);
    else if (p.cat === 'M') work = rng.pick(['区外务工', '区外务工（广州）', '区外务工（深圳）', '区外务工（省外）']);
    else work = null;
    prRows.push([i + 1, p.town, p.village.name.replace(/村$/, '村委会'), `JD${pad(p.hh, 4)}`, p.head, p.name, p.rel, p.id, p.cat === 'N' ? '否' : '是', work]);
  });
  prRows.push(row(10, ['合计', null, null, `${hhNo}户`, null, `${persons.length}人`]));
  sheets.push({ name: '建档立卡贫困人口', rows: prRows, merges: ['A1:J1', 'A2:J2'] });
  const elig = persons.filter((p) => p.cat === 'E');
  assert(elig.length === 96 && persons.length === 140, 'roster counts');

  // ---------------------------------------------------------- poor sign-ins
  const pool = rng.shuffle(elig);
  const trainedE = pool.slice(0, 47);
  const septOnly = pool.slice(47, 49);
  const migrants = rng.shuffle(persons.filter((p) => p.cat === 'M')).slice(0, 5);
  const specialDays = ['2020-11-20', '2020-11-21', '2021-04-15', '2021-04-16'];
  const signs = [];
  trainedE.forEach((p, i) => signs.push({ p, iso: specialDays[i % 4] }));
  trainedE.slice(0, 9).forEach((p, i) => signs.push({ p, iso: specialDays[(i + 2) % 4] })); // 9 repeats, other class
  migrants.forEach((p, i) => signs.push({ p, iso: specialDays[(i + 1) % 4] }));
  septOnly.forEach((p) => signs.push({ p, iso: '2021-09-07' }));
  signs.push({ p: trainedE[20], iso: '2021-09-07' });
  signs.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  // one lower-case x: pick an eligible trained person whose id ends with X, else make one
  const psRows = [];
  psRows.push(row(9, ['揭东区建档立卡贫困户电商培训参训名单']));
  psRows.push(row(9, ['（名单内人员的人次已计入《培训场次登记》各场签到人数，不重复统计）']));
  psRows.push(['序号', '期次', '培训日期', '姓名', '性别', '身份证号码', '镇', '村', '签名']);
  const periodOf = { '2020-11-20': '第5期', '2020-11-21': '第5期', '2021-04-15': '第9期', '2021-04-16': '第9期', '2021-09-07': '第14期' };
  let lastIso = null; let lowerDone = false;
  signs.forEach((s, i) => {
    let idCell = s.p.id;
    if (!lowerDone && s.p.cat === 'E' && s.p.id.endsWith('X') && s.iso <= ASOF) { idCell = s.p.id.slice(0, 17) + 'x'; lowerDone = true; }
    const first = s.iso !== lastIso; lastIso = s.iso;
    psRows.push([i + 1, first ? periodOf[s.iso] : null, first ? (s.iso.startsWith('2021-09') ? '2021.9.7' : cn(s.iso)) : null, s.p.name, s.p.male ? '男' : '女', idCell, s.p.town, s.p.village.name, null]);
  });
  assert(lowerDone, 'a lower-case x in the sign-in list');
  sheets.push({ name: '贫困户参训名单', rows: psRows, merges: ['A1:I1', 'A2:I2'] });
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedIds = new Set(signs.filter((s) => s.iso <= ASOF).map((s) => s.p.id).filter((id) => eligIds.has(id)));
  assert(trainedIds.size === 47, 'trained eligible 47');
  const signRowsBy = signs.filter((s) => s.iso <= ASOF).length;

  // ---------------------------------------------------------- enterprises
  const ENT = [
    ['揭阳市揭东区梅乡电子商务有限公司', '电商运营服务商', '2020-09-01', '2020-09-10', null, null],
    ['揭阳市云路农品供应链有限公司', '销售型', '2020-09-01', '2020-09-15', null, null],
    ['揭东区青梅小镇网络科技有限公司', '平台型', '2020-09-05', '2020-09-18', null, null],
    ['揭阳市乐购通物流有限公司', '物流快递', '2020-09-10', '2020-09-28', null, null],
    ['揭阳市玉湖青梅食品有限公司', '销售型', '2020-09-20', '2020-10-08', null, null],
    ['揭东区潮味优选商行', '销售型', '2020-10-12', '2020-10-20', '2021-03-10', '2021-03-31'],
    ['揭阳市埔田竹笋农业专业合作社', '销售型', '2020-10-15', '2020-11-02', null, null],
    ['揭阳市星播文化传媒有限公司', '直播电商', '2020-10-26', '2020-11-09', null, null],
    ['揭东区锡场茶叶网销部', '销售型', '2020-11-03', '2020-11-16', null, null],
    ['揭阳市潮汕集市网络科技有限公司', '平台型', '2020-11-10', '2020-11-25', null, null],
    ['揭阳市新亨陶瓷电子商务有限公司', '销售型', '2020-11-20', '2020-12-01', null, null],
    ['揭阳市韵通快递服务有限公司揭东分公司', '物流快递', '2020-12-01', '2020-12-07', null, null],
    ['揭东区月城农夫果园商行', '销售型', '2020-12-10', '2020-12-21', '2021-06-08', '2021-06-30'],
    ['揭阳市抖乡直播电商有限公司', '直播电商', '2021-01-05', '2021-01-11', null, null],
    ['揭阳市白塔山货电子商务有限公司', '销售型', '2021-01-12', '2021-01-25', null, null],
    ['揭阳市潮品汇供应链管理有限公司', '电商运营服务商', '2021-03-01', '2021-03-08', null, null],
    ['揭东区龙尾农特产品网店', '销售型', '2021-03-10', '2021-03-22', null, null],
    ['揭阳市优鲜冷链物流有限公司', '物流快递', '2021-03-25', '2021-04-06', null, null],
    ['揭阳市霖磐番薯干食品厂', '销售型', '2021-04-12', '2021-04-20', '2021-08-20', '2021-09-10'],
    ['揭阳市潮玩设计工作室', '电商运营服务商', '2021-05-06', '2021-05-17', null, null],
    ['揭阳市玉滘五金网销有限公司', '销售型', '2021-06-01', '2021-06-15', null, null],
    ['揭东区云播农业科技有限公司', '直播电商', '2021-07-05', '2021-07-19', null, null],
    ['揭阳市青梅荟电子商务有限公司', '销售型', '2021-08-25', '2021-09-06', null, null],
  ];
  const erows = [];
  erows.push(row(11, ['揭东区电子商务产业园入驻企业登记表']));
  erows.push(row(11, ['园区运营方：揭阳市揭东区梅乡电子商务有限公司　　　登记至2021年9月10日']));
  erows.push(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻', null, '退出', null, '房号', '备注', null]);
  erows.push([null, null, null, null, '合同签订日期', '实际入驻日期', '申请退出日期', '实际退出日期', null, null, null]);
  const CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  ENT.forEach((e, i) => {
    let code = '91445203MA';
    for (let j = 0; j < 8; j++) code += CH[rng.int(0, CH.length - 1)];
    const fm = (iso, j) => (iso ? [D(iso), dot(iso), cn(iso), slash(iso)][(i + j) % 4] : null);
    let note = null;
    if (e[4] && e[5] > ASOF) note = '已申请退出，9月搬离';
    if (e[3] > ASOF) note = '8月签约，9月入驻';
    if (e[5] && e[5] <= ASOF) note = '已退出';
    erows.push([i + 1, e[0], code, e[1], fm(e[2], 0), fm(e[3], 1), fm(e[4], 2), fm(e[5], 3), `${rng.int(1, 3)}0${rng.int(1, 9)}`, note, null]);
  });
  erows.push(row(11, ['注：入驻以“实际入驻日期”（领取钥匙、开始办公）为准；退出以“实际退出日期”（交还房屋）为准。']));
  sheets.push({ name: '产业园入驻企业', rows: erows, merges: ['A1:J1', 'A2:J2', 'E3:F3', 'G3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'I3:I4', 'J3:J4'] });
  const present = ENT.filter((e) => e[3] <= ASOF && !(e[5] && e[5] <= ASOF));
  const kinds = new Set(present.map((e) => e[1]));
  assert(present.length === 20 && kinds.size === 5, 'enterprises present ' + present.length);

  // ---------------------------------------------------------- funds (row unit column)
  const F = [
    ['2020-05-20', '收到省级电子商务进农村综合示范专项资金', '收入', 500, '万元', '揭东区财政局', null],
    ['2020-07-16', '县级电商公共服务中心建设首付款', '支出', 42.6, '万元', '揭阳市揭东区梅乡电子商务有限公司', '记-2020-07-012'],
    ['2020-08-28', '村级站点建设（一期）', '支出', 586400, '元', '揭阳市乐购通物流有限公司', '记-2020-08-031'],
    ['2020-10-15', '电商培训服务（首期）', '支出', 18, '万元', '揭阳市职业技能培训中心', '记-2020-10-008'],
    ['2020-11-30', '镇村物流配送体系建设', '支出', 61.5, '万元', '中国邮政集团有限公司揭阳市揭东区分公司', '记-2020-11-027'],
    ['2020-12-21', '专户利息', '收入', 386.52, '元', '银行结息', null],
    ['2020-12-25', '中心运营服务费（进度款）', '支出', 356000, '元', '揭阳市揭东区梅乡电子商务有限公司', '记-2020-12-044'],
    ['2021-01-20', '村级站点建设（二期）', '支出', 48.72, '万元', '揭阳市乐购通物流有限公司', '记-2021-01-015'],
    ['2021-03-12', '农产品溯源系统', '支出', 236800, '元', '揭阳市溯安信息技术有限公司', '记-2021-03-009'],
    ['2021-04-28', '电商培训服务（二期）', '支出', 15.6, '万元', '揭阳市职业技能培训中心', '记-2021-04-021'],
    ['2021-05-31', '网络促销活动（青梅节）', '支出', 204000, '元', '揭阳市星播文化传媒有限公司', '记-2021-05-033'],
    ['2021-06-30', '镇村物流配送体系（二期）', '支出', 38.5, '万元', '中国邮政集团有限公司揭阳市揭东区分公司', '记-2021-06-040'],
    ['2021-08-16', '中心运营服务费', '支出', 16.28, '万元', '揭阳市揭东区梅乡电子商务有限公司', '记-2021-08-018'],
    ['2021-09-10', '村级站点建设尾款', '支出', 52, '万元', '揭阳市乐购通物流有限公司', '记-2021-09-006'],
  ];
  const frows = [];
  frows.push(row(9, ['揭东区省级电子商务进农村综合示范专项资金收支台账']));
  frows.push(row(9, ['说明：金额按凭证原样登记，单位见“单位”栏（元或万元）。']));
  frows.push(['序号', '日期', '摘要', '收/支', '金额', '单位', '收（付）款单位', '凭证号', '经办人']);
  let spentBy = 0;
  F.forEach((f, i) => {
    const dc = [dot(f[0]), D(f[0]), cn(f[0]), f[0].replace(/-/g, '')][i % 4];
    frows.push([i + 1, dc, f[1], f[2], f[3], f[4], f[5], f[6], rng.pick(['陈××', '林××'])]);
    if (f[2] === '支出' && f[0] <= ASOF) spentBy += f[4] === '万元' ? Math.round(f[3] * 10000) : f[3];
  });
  frows.push(row(9, [null, null, '支出合计（截至9月10日）', null, '431.52', '万元']));
  sheets.push({ name: '专项资金收支台账', rows: frows, merges: ['A1:I1', 'A2:I2'] });
  assert(spentBy === 3795200, 'funds by cutoff ' + spentBy);

  // ---------------------------------------------------------- reports
  const R = [
    ['2020年8月', '2020-09-07', 0, 0], ['2020年9月', '2020-10-10', 0, 0], ['2020年10月', '2020-11-06', 0, 0], ['2020年11月', '2020-12-07', 46, 3.2],
    ['2020年12月', '2021-01-08', 46, 4.1], ['2021年1月', '2021-02-05', 46, 4.6], ['2021年2月', '2021-03-03', 46, 5.0], ['2021年3月', '2021-04-06', 46, 5.8],
    ['2021年4月', '2021-05-07', 52, 7.3], ['2021年5月', '2021-06-04', 52, 8.1], ['2021年6月', '2021-07-06', 52, 8.9], ['2021年7月', '2021-08-05', 52, 9.6],
    ['2021年8月', '2021-09-06', 52, 10.4],
  ];
  const rrows = [];
  rrows.push(row(8, ['揭东区电子商务进农村综合示范工作月报报送记录（报揭阳市商务局）']));
  rrows.push(['序号', '所属月份', '报送日期', '报送方式', '报送内容', '电商扶贫统计', null, '备注']);
  rrows.push([null, null, null, null, null, '累计参训贫困人口（人）', '带动贫困户增收（万元）', null]);
  R.forEach((r, i) => {
    const dc = [cn(r[1]), dot(r[1]), D(r[1])][i % 3];
    rrows.push([i + 1, r[0], dc, i % 2 ? '粤政易' : '邮件', '月度工作进展、电商统计数据及电商扶贫情况', r[2] === 0 ? '—' : r[2], r[3] === 0 ? '—' : r[3], r[0] === '2021年2月' ? '春节顺延' : null]);
  });
  sheets.push({ name: '月报报送记录', rows: rrows, merges: ['A1:H1', 'F2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'H2:H3'] });

  // ---------------------------------------------------------- disclosures (审核发布单)
  const G = [
    ['JDSW-2020-031', '揭东区电子商务进农村综合示范县创建工作方案', '创建方案', '2020-06-02', '同意发布', '2020-06-03'],
    ['JDSW-2020-035', '揭东区电子商务进农村综合示范项目基本信息公示', '项目信息', '2020-06-28', '同意发布', '2020-06-30'],
    ['JDSW-2020-041', '示范项目7月份建设进度', '建设进度', '2020-08-04', '同意发布', '2020-08-05'],
    ['JDSW-2020-046', '示范项目8月份建设进度', '建设进度', '2020-09-03', '同意发布', '2020-09-04'],
    ['JDSW-2020-052', '示范项目9月份建设进度', '建设进度', '2020-10-12', '同意发布', '2020-10-13'],
    ['JDSW-2020-057', '示范项目10月份建设进度', '建设进度', '2020-11-05', '同意发布', '2020-11-06'],
    ['JDSW-2020-061', '关于公开征求意见和监督举报渠道的公告', '互动交流', '2020-11-20', '同意发布', '2020-11-23'],
    ['JDSW-2020-064', '示范项目11月份建设进度', '建设进度', '2020-12-03', '同意发布', '2020-12-04'],
    ['JDSW-2021-002', '示范项目12月份建设进度', '建设进度', '2021-01-06', '同意发布', '2021-01-07'],
    ['JDSW-2021-006', '示范项目1月份建设进度', '建设进度', '2021-02-08', '退回修改（拨付数据未经财政核对）', null],
    ['JDSW-2021-009', '示范项目1月份建设进度（修改稿）', '建设进度', '2021-03-01', '同意发布', '2021-03-02'],
    ['JDSW-2021-010', '示范项目2月份建设进度', '建设进度', '2021-03-05', '同意发布', '2021-03-05'],
    ['JDSW-2021-015', '示范项目3月份建设进度', '建设进度', '2021-04-07', '同意发布', '2021-04-08'],
    ['JDSW-2021-019', '示范项目4月份建设进度', '建设进度', '2021-05-08', '同意发布', '2021-05-10'],
    ['JDSW-2021-023', '示范项目5月份建设进度', '建设进度', '2021-06-04', '同意发布', '2021-06-07'],
    ['JDSW-2021-027', '示范项目6月份建设进度', '建设进度', '2021-07-05', '同意发布', '2021-07-06'],
    ['JDSW-2021-031', '示范项目7月份建设进度', '建设进度', '2021-08-04', '同意发布', '2021-08-05'],
    ['JDSW-2021-036', '示范项目8月份建设进度', '建设进度', '2021-09-02', '同意发布', '2021-09-03'],
  ];
  const grows = [];
  grows.push(row(9, ['揭东区政府网站“电子商务进农村综合示范”专栏信息发布审核登记']));
  grows.push(row(9, ['说明：每条信息先填审核单送审，审核通过后发布；“发布日期”为专栏实际上线日期。']));
  grows.push(['序号', '审核单编号', '信息标题', '所属子栏目', '送审日期', '审核人', '审核意见', '发布日期', '备注']);
  G.forEach((g, i) => {
    const f1 = [dot(g[3]), cn(g[3]), D(g[3])][i % 3];
    const f2 = g[5] ? [D(g[5]), dot(g[5]), cn(g[5])][i % 3] : null;
    grows.push([i + 1, g[0], g[1], g[2], f1, rng.pick(['吴××', '许××']), g[4], f2, g[5] ? null : '修改后重新送审，见下一条']);
  });
  sheets.push({ name: '专栏发布审核登记', rows: grows, merges: ['A1:I1', 'A2:I2'] });
  const dMonths = new Set(G.filter((g) => g[5] && g[5] >= '2020-09-01' && g[5] <= ASOF).map((g) => g[5].slice(0, 7)));
  assert(dMonths.size === 11 && !dMonths.has('2021-02'), 'disclosure months');

  // ---------------------------------------------------------- media
  const M = [
    ['2020-09-25', '20:05', '揭东区融媒体中心（揭东发布）', '县级', '微信公众号', '揭东：电商服务站开进村，青梅搭上“网”快车', '否'],
    ['2020-11-12', null, '揭阳日报', '市级', '报纸', '揭东区培育农村电商带头人', '否'],
    ['2020-12-18', '18:30', '揭阳广播电视台《揭阳新闻》', '市级', '电视', '埔田竹笋“触网”助贫困户增收', '是'],
    ['2021-03-05', null, '南方日报', '省级', '报纸', '揭东打造“电商+青梅”产业链', '否'],
    ['2021-04-20', '19:30', '广东广播电视台《广东新闻联播》', '省级', '电视', '揭东：直播带货帮贫困户卖出青梅', '是'],
    ['2021-07-08', '09:12', '南方+客户端', '省级', '网络', '揭东区村级电商服务站实现镇级全覆盖', '否'],
    ['2021-09-02', '10:40', '学习强国', '国家级', '网络', '揭东青梅“云上”走俏', '否'],
  ];
  const mrows = [];
  mrows.push(row(8, ['揭东区电子商务进农村宣传报道登记']));
  mrows.push(['序号', '发布时间', '媒体名称', '媒体级别', '形式', '标题', '是否电商扶贫典型案例', '链接/存档']);
  M.forEach((m, i) => {
    const t = `${cn(m[0])}（周${weekday(m[0])}）${m[1] ? ' ' + m[1] : ''}`;
    mrows.push([i + 1, t, m[2], m[3], m[4], m[5], m[6], m[4] === '电视' ? '视频存档见附件光盘' : '截图见附件']);
  });
  sheets.push({ name: '宣传报道', rows: mrows, merges: ['A1:H1'] });
  assert(weekday('2021-04-20') === '二', 'weekday check');

  // ---------------------------------------------------------- materials
  const matRows = [
    row(6, ['揭东区经验材料报送登记']),
    ['序号', '报送日期', '材料名称', '报送单位', '报送方式', '备注'],
    [1, '2021.6.18', '揭东区“电商+青梅”助农增收经验做法', '揭阳市商务局', '粤政易', null],
    [2, '2021年9月6日', '揭东区电子商务进农村综合示范创建工作总结', '揭阳市商务局', '公文交换', '考评材料'],
  ];
  sheets.push({ name: '经验材料', rows: matRows, merges: ['A1:F1'] });

  // ---------------------------------------------------------- facts: codes only + legend
  const legend = [
    ['JC00', '考评截止日期', 'yyyymmdd（8位数字）', '一、基本情况'],
    ['JC01', '常住人口', '万人', '第七次全国人口普查数'],
    ['JC02', '户籍人口', '万人', '公安户籍数，仅供参考'],
    ['JC03', '行政村数', '个', '不含居委会、社区'],
    ['JC04', '居委会（社区）数', '个', null],
    ['JC05', '省定贫困村数', '个', '省定相对贫困村'],
    ['ZZ01', '领导小组组长（职务）', '文本', '二、组织领导'],
    ['ZZ02', '领导小组成员单位', '文本（顿号分隔）', null],
    ['ZZ03', '示范县工作方案是否正式印发', '1＝是，0＝否', null],
    ['ZZ04', '是否出台支持农村电商发展的政策', '1＝是，0＝否', null],
    ['FW01', '县级电子商务公共服务中心投入运营日期', 'yyyymmdd', '三、服务体系'],
    ['FW02', '中心有免费培训场所、培训设备，能组织电商基础培训', '1＝是，0＝否', null],
    ['FW03', '中心为特色农产品提供免费展示、销售服务', '1＝是，0＝否', null],
    ['FW04', '中心为电子商务市场主体提供免费摄影、美工服务', '1＝是，0＝否', null],
    ['FW05', '中心组织农产品统一推广、指导特色农产品品牌建设', '1＝是，0＝否', null],
    ['FW06', '中心为电子商务发展提供其他衍生增值服务', '1＝是，0＝否', null],
    ['FW07', '建设或整合、优化当地电商产业园', '1＝是，0＝否', null],
    ['FW08', '电商产业园入驻企业数', '家', '按入驻登记表行数'],
    ['SX01', '当地有专业第三方电子商务运营或服务商', '1＝是，0＝否', '四、农村产品上行'],
    ['SX02', '行政村物流快递覆盖率', '%（只填数字）', null],
    ['SX03', '2019年农村网络零售额', '万元', null],
    ['SX04', '2020年农村网络零售额', '万元', null],
    ['SX05', '2020年农村网络零售额同比增速', '%（只填数字）', null],
    ['SX06', '2019年农产品网络零售额', '万元', null],
    ['SX07', '2020年农产品网络零售额', '万元', null],
    ['SX08', '2020年农产品网络零售额同比增速', '%（只填数字）', null],
    ['PX01', '电商培训人次（累计）', '人次', '五、电商人才培训'],
    ['PX02', '有劳动能力的建档立卡贫困人口数（不含外出务工）', '人', null],
    ['PX03', '参加培训的建档立卡贫困人口数', '人', null],
    ['GK01', '专栏公示创建方案', '1＝是，0＝否', '六、信息公开及报送'],
    ['GK02', '专栏公示项目基本信息', '1＝是，0＝否', null],
    ['GK03', '专栏公示项目建设进度', '1＝是，0＝否', null],
    ['GK04', '专栏设立征求意见或监督举报窗口', '1＝是，0＝否', null],
    ['GK05', '能统计电商扶贫情况', '1＝是，0＝否', null],
    ['ZJ01', '省级专项资金下达总额', '万元', '七、资金管理'],
    ['ZJ02', '累计拨付资金', '万元', null],
    ['ZJ03', '已制定资金管理制度', '1＝是，0＝否', null],
    ['ZJ04', '已建立资金专用台账', '1＝是，0＝否', null],
    ['ZJ05', '项目总体进度', '%（只填数字）', null],
    ['PF01', '主观评分：方案制定', '分（1-2）', '八、主观评分项自评'],
    ['PF02', '主观评分：政策支持', '分（1-2）', null],
    ['PF03', '主观评分：项目管理制度', '分（1-2）', null],
    ['PF04', '主观评分：工作台账', '分（1-2）', null],
    ['PF05', '主观评分：网销调研及针对性建议', '分（1-2）', null],
    ['PF06', '主观评分：网络促销活动', '分（1-2）', null],
    ['PF07', '主观评分：农产品电商交易标准、冷链、溯源', '分（1-2）', null],
    ['PF08', '主观评分：资金管理制度', '分（1-5）', null],
    ['PF09', '主观评分：资金台账', '分（1-5）', null],
    ['PF10', '主观评分：资金及时拨付', '分（1-5）', null],
    ['ZP01', '自评得分：组织领导', '分（满分2）', '九、各指标自评得分'],
    ['ZP02', '自评得分：方案制定', '分（满分2）', null],
    ['ZP03', '自评得分：政策支持', '分（满分2）', null],
    ['ZP04', '自评得分：项目管理', '分（满分4）', null],
    ['ZP05', '自评得分：服务体系建设—县级中心及产业园', '分（满分15）', null],
    ['ZP06', '自评得分：服务体系建设—村级站点覆盖', '分（满分10）', null],
    ['ZP07', '自评得分：农村产品上行', '分（满分10）', null],
    ['ZP08', '自评得分：电商人才培训', '分（满分20）', null],
    ['ZP09', '自评得分：信息公开', '分（满分4）', null],
    ['ZP10', '自评得分：数据上报', '分（满分6）', null],
    ['ZP11', '自评得分：案例总结', '分（满分2）', null],
    ['ZP12', '自评得分：经验推广', '分（满分8）', null],
    ['ZP13', '自评得分：制度建立（资金）', '分（满分5）', null],
    ['ZP14', '自评得分：资金台账', '分（满分5）', null],
    ['ZP15', '自评得分：资金支出', '分（满分5）', null],
    ['ZP16', '加分项：建档立卡贫困人口培训率70%及以上', '分（0或2）', null],
    ['ZP17', '加分项：电商扶贫典型案例获电视媒体播报', '分（国家级2，省级1）', null],
    ['ZP99', '自评总分', '分', null],
    ['FJ01', '发生安全生产、质量事故或造成重大经济损失', '1＝发生，0＝未发生', '十、一票否决'],
    ['FJ02', '弄虚作假', '1＝有，0＝无', null],
  ];
  const values = {
    JC00: 20210831, JC01: 85.41, JC02: 98.37, JC03: 118, JC04: 14, JC05: 12,
    ZZ01: '区委副书记、区长', ZZ02: '区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监督管理局、区交通运输局、区供销社、邮政揭东分公司', ZZ03: 1, ZZ04: 1,
    FW01: 20201118, FW02: 1, FW03: 1, FW04: 0, FW05: 1, FW06: 1, FW07: 1, FW08: 23,
    SX01: 1, SX02: 99.15, SX03: 286000, SX04: 351000, SX05: 22.73, SX06: 41200, SX07: 54700, SX08: 32.77,
    PX01: 5172, PX02: 96, PX03: 54,
    GK01: 1, GK02: 1, GK03: 1, GK04: 1, GK05: 1,
    ZJ01: 500, ZJ02: 379.52, ZJ03: 1, ZJ04: 1, ZJ05: 86,
    PF01: 2, PF02: 1, PF03: 2, PF04: 1, PF05: 2, PF06: 2, PF07: 1, PF08: 4, PF09: 4, PF10: 4,
    ZP01: 2, ZP02: 2, ZP03: 1, ZP04: 3, ZP05: 14, ZP06: 10, ZP07: 9, ZP08: 20, ZP09: 4, ZP10: 6, ZP11: 2, ZP12: 8, ZP13: 4, ZP14: 4, ZP15: 4, ZP16: 0, ZP17: 1, ZP99: 94,
    FJ01: 0, FJ02: 0,
  };
  const notes = { JC01: '七普', SX02: '117/118，龙尾镇一村未通', FW01: '揭牌运营', PX01: '含9月第14期', ZJ02: '截至8月31日', FW08: '详见入驻企业登记表', GK04: '2020年11月23日开通' };
  // export order: sorted by code (how the city system exports)
  const codes = Object.keys(values).sort();
  const crows = [];
  crows.push(row(5, ['揭东区　电子商务进农村综合示范考评数据填报（导入模板）']));
  crows.push(row(5, ['地区代码：445203　　填报单位：揭阳市揭东区商务局　　指标名称、计量单位见《指标代码说明》表']));
  crows.push(['行号', '地区代码', '指标代码', '数值', '备注']);
  let lastPrefix = null; let ln = 0;
  codes.forEach((c) => {
    const p = c.slice(0, 2);
    if (lastPrefix && p !== lastPrefix) crows.push(row(5, []));
    lastPrefix = p; ln += 1;
    crows.push([ln, '445203', c, values[c], notes[c] || null]);
  });
  crows.push(row(5, []));
  crows.push(row(5, ['填报人：蔡××　　审核人：郑××　　填报日期：20210903']));
  sheets.unshift({ name: '指标代码说明', rows: [['指标代码', '指标名称', '计量单位', '分组/说明'], ...legend] });
  sheets.unshift({ name: '考评数据填报', rows: crows, merges: ['A1:E1', 'A2:E2'] });
  assert(legend.length === codes.length && legend.every((l) => l[0] in values), 'legend covers all codes');
  sheets.unshift({
    name: '目录',
    rows: [
      ['揭东区电子商务进农村综合示范考评台账（电子版）'],
      ['1. 考评数据填报（代码）及指标代码说明'],
      ['2. 村（居）委会名单、站点清单'],
      ['3. 培训场次登记、贫困户参训名单、建档立卡贫困人口'],
      ['4. 产业园入驻企业'],
      ['5. 专项资金收支台账'],
      ['6. 月报报送记录、专栏发布审核登记'],
      ['7. 宣传报道、经验材料'],
    ],
  });

  // ---------------------------------------------------------- points
  const pts = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 16,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const base = Object.entries(pts).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  const bonus = pts['bonus.poorTraining'] + pts['bonus.tvCase'];
  assert(base === 85 && bonus === 1, 'total ' + base + '+' + bonus);
  // self-check some rates
  assert(83 / 118 >= 0.7 && 11 / 12 >= 0.8 && 11 / 12 < 1, 'coverage rates');
  assert(tBy / 500000 >= 0.008 && tBy / 500000 < 0.01, 'training rate');
  assert(47 / 96 >= 0.4 && 47 / 96 < 0.5, 'poor rate');
  assert(spentBy / 5000000 >= 0.7, 'spend rate');

  derivation.push('asOf: 《考评数据填报》只有代码，按《指标代码说明》对照：JC00＝考评截止日期，值20210831（yyyymmdd）→ 2021-08-31；近一年窗口 2020-09…2021-08；中心满6个月须在2021-02-28前投入运营。填报日期20210903不是截止日。');
  derivation.push('读法：《考评数据填报》按代码排序导出（FJ、FW、GK、JC、PF、PX、SX、ZJ、ZP、ZZ），指标名称、单位只在《指标代码说明》里；1/0按说明读是/否（FJ01、FJ02为1＝发生/有）。');
  derivation.push('org.leadership: ZZ01＝“区委副书记、区长”（主要领导）；ZZ02成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 四部门齐全 → 2');
  derivation.push('org.plan: ZZ03＝1（方案已印发），PF01方案制定自评2 → 2');
  derivation.push('org.policy: ZZ04＝1（政策已出台），PF02政策支持自评1 → 1（ZP03自评得分也是1）');
  derivation.push('org.management: PF03项目管理制度2 + PF04工作台账1 → 3');
  derivation.push('work.center: FW01＝20201118（2020-11-18投入运营，截止日前且早于2021-02-28）→ 2 + 2；FW02免费培训场所1 → 2；FW03展示销售1 → 1；FW04摄影美工0 → 0；FW05品牌推广1 → 1；FW06其他增值服务1 → 1；FW07产业园1 → 2；入驻企业登记表23家，按“实际入驻日期/实际退出日期”（表注写明）：潮味优选商行2021-03-31、月城农夫果园商行2021-06-30已退出不计，青梅荟2021-09-06才实际入驻不计（8月25日只是签合同），霖磐番薯干食品厂8月20日申请退出、实际2021-09-10才退出，截止日仍在园照计 → 在园20家 ≥ 20 → 2（FW08填的23家是登记表行数）；在园类型有电商运营服务商、销售型、平台型、物流快递、直播电商5类 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14');
  derivation.push('work.coverage: 村（居）委会名单132行，其中“类别”为居委会的14个（曲溪街道5个社区及各镇社区）不是行政村 → 行政村118个（＝JC03），<200按118为基数；站点清单87行：截止日前开业的站点覆盖83个不同的行政村（新亨镇一村另有“第二服务点”只算一次；曲溪街道路篦社区站点是社区不计；两站“2021.9.8”开业、备注“9月新开”不计；开业日期带农历括注的按公历读，均在截止日前）→ 83/118 = 70.34% ≥ 70% → 5（若把14个社区算进分母为84/132=63.6%，只得2）；贫困村：名单“贫困村类别”为“省定”的12个（＝JC05；“市定”3个是市级帮扶村，不是省定贫困村），截止日前有站点11个（埔田镇那个省定贫困村的站点2021.9.8才开业）→ 11/12 = 91.67%，80%–100%（不含）→ 3；合计 8');
  derivation.push('work.upward: PF05网销调研2、PF06网络促销2 → 4；SX01第三方运营服务商1 → 1；快递：村名单按品牌打√，龙尾镇一个村委会各品牌都空白、备注“暂无快递网点，村民到镇区自取”→ 117/118个行政村通快递，未达100%（SX02也填99.15）→ 0；PF07交易标准冷链溯源1 → 1；增速：农村网零 351000/286000−1 = 22.73% < 30%，农产品网零 54700/41200−1 = 32.77% ≥ 30%（SX08＝32.77）→ 2；合计 2+2+1+0+1+2 = 8');
  derivation.push('work.training: 培训场次登记按场登记人次，截止日前各场合计 4,912 人次（“本期小计”行是各期合计，不能再加；表末“合计5,172”和PX01＝5172都含2021-09-07第14期260人次，不计；“118人次”“210人次”式文本按数字读；贫困户参训名单的人次已含在各场签到人数中，不另加）→ 4912 ÷ min(854,100, 500,000) = 0.98%，在0.8%–1%（不含）→ 8；贫困人口：《建档立卡贫困人口》140人，“是否有劳动能力＝是”且务工状况不是“区外务工…”（区内务工、在家务农、未务工）的96人为分母（区外务工26人、无劳动能力18人不计；＝PX02）；参训名单截止日前各行身份证号与分母名单相同的去重47人（一人身份证末位写小写x仍是同一人；9人两期都参加只算一次；5名区外务工人员不计；第14期2021.9.7的3行在截止日后，其中2人此前未参训，不计）→ 47/96 = 48.96%，40%–50%（不含）→ 8（PX03自报54人包含外出务工和9月参训者）；合计 16');
  derivation.push('info.disclosure: GK01–GK04 全为1（创建方案、项目信息、建设进度、征求意见/监督举报窗口；审核登记里也有2020-11-23发布的渠道公告）→ 2；更新按“发布日期”（表头说明写明为实际上线日期）：窗口内2020年9、10、11、12月，2021年1、3、4、5、6、7、8月有发布，2021年2月8日送审的1月进度被“退回修改”、没有发布日期（修改稿2021-03-02才发布）→ 11个月，不是按月 → 1（若按送审日期算就成了12个月）；2021-09-03那条在截止日后；合计 3');
  derivation.push('info.reporting: 月报报送记录按“报送日期”：2020-09-07、10-10、11-06、12-07、2021-01-08、02-05、03-03、04-06、05-07、06-04、07-06、08-05 → 窗口内12个月每月都有（2021年8月的月报2021-09-06报送，在截止日后；按“所属月份”看会误成11个月）→ 按月 → 3；“电商扶贫统计”两栏自2020年11月起逐月填有参训贫困人口和带动增收数，GK05＝1 → 3；合计 6');
  derivation.push('promo.cases: 经验材料2021.6.18报揭阳市商务局（2021年9月6日那份在截止日后）→ 2');
  derivation.push('promo.media: 截止日前：南方日报、广东广播电视台《广东新闻联播》、南方+客户端（省级）→ 4；揭阳日报、揭阳广播电视台（市级）→ 3；揭东区融媒体中心（县级）→ 1；学习强国（国家级）2021年9月2日在截止日后；合计 8');
  derivation.push('fund.system: ZJ03＝1（已制定），PF08资金管理制度4 → 4');
  derivation.push('fund.ledger: ZJ04＝1（已建立），PF09资金台账4 → 4');
  derivation.push('fund.spending: 资金收支台账逐行看“收/支”和“单位”栏：收入行（2020-05-20收到500万元下达资金、2020-12-21专户利息386.52元）不是拨付；截止日前支出 42.6万+586,400元+18万+61.5万+356,000元+48.72万+236,800元+15.6万+204,000元+38.5万+16.28万 = 3,795,200元（＝ZJ02 379.52万元；2021-09-10站点尾款52万元在截止日后；表末“支出合计431.52万元”含该笔）→ 3,795,200 ÷ 5,000,000（ZJ01＝500万元）= 75.90% ≥ 70% → 取PF10资金及时拨付自评4 → 4（若把“万元”行当作元，支出率只有27.7%，会倒扣5分）');
  derivation.push('bonus.poorTraining: 贫困人口培训率 47/96 = 48.96% < 70% → 0');
  derivation.push('bonus.tvCase: 截止日前电视报道中“是否电商扶贫典型案例＝是”的有广东广播电视台《广东新闻联播》（省级电视，2021-04-20）和揭阳广播电视台（市级，不加分）→ 省级 → 1（与ZP17自评1一致）');
  derivation.push('veto.incident: FJ01＝0（未发生）→ 0');
  derivation.push('veto.progress: ZJ05项目总体进度86% ≥ 40% → 0（用的是所报总体进度；拨付率75.9%也在40%以上）');
  derivation.push('veto.fraud: FJ02＝0（无）→ 0');
  derivation.push(`total: 2+2+1+3+14+8+8+16+3+6+2+8+4+4+4 = ${base}，加分 0+1 = ${bonus} → ${base + bonus}；未否决（县自评ZP99＝94）。`);

  const obj = {
    description:
      `揭东区（揭阳）商务局整本考评工作簿（${sheets.length}个表），中等偏上（${base + bonus}分，含加分1分，未否决；县自评94分）。事实表《考评数据填报》是市局导入模板：只有 行号|地区代码|指标代码|数值|备注，按代码字母序导出（FJ01…ZZ04），指标名称和计量单位只在另一张《指标代码说明》表里（JC01＝常住人口/万人、FW04＝免费摄影美工/1＝是0＝否、PF01–PF10主观评分、ZP01–ZP17各指标自评得分、ZP99自评总分），日期为8位数字，是否为1/0，金额万元、百分比只填数字。台账新写法：①村（居）委会名单的快递情况按品牌分7列打√（邮政、中通、圆通、申通、韵达、顺丰、极兔，两行表头），一个村委会全空、备注“暂无快递网点”；“贫困村类别”有“省定”和“市定”（市级帮扶村，不是省定贫困村）；②站点开业日期有的带农历括注（“2021年2月26日（正月十五）”“2020年10月1日（八月十五）”）；③培训按“期→场”登记，每期一到四场各记人次，后跟“本期小计”行，表末合计含9月一期；④入驻企业两行表头“入驻（合同签订日期|实际入驻日期）”“退出（申请退出日期|实际退出日期）”；⑤资金收支台账金额单位按行写在“单位”栏（元或万元混记）；⑥月报报送记录的电商扶贫统计是两列数字（累计参训贫困人口、带动增收万元）；⑦专栏更新是《发布审核登记》（送审日期、审核意见、发布日期，一条“退回修改”没有发布日期）；⑧宣传报道发布时间写成“2021年4月20日（周二） 19:30”。陷阱：户籍人口98.37万；FW08入驻企业23家是登记表行数；PX01培训5,172人次含9月；PX03参训贫困人口54人含外出务工和9月参训者；填报日期20210903。`,
    sheets,
    expect: {
      asOf: ASOF,
      total: base + bonus,
      bonus,
      vetoed: false,
      points: pts,
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
        'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
    derivation,
  };
  write('counties', 'b34-c1-jiedong.json', obj);
  return { signRowsBy };
}

factsXinyi();
factsXiangqiao();
factsHeshan();
ledgerXuwen();
ledgerLianjiang();
countyJiedong();
console.log('batch34 written under', ROOT);
