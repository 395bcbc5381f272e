'use strict';
// Batch 30 corpus generator: 1 county workbook (惠来县), 3 facts sheets (揭东区, 徐闻县, 电白区),
// 2 ledger cases (信宜市, 化州市). Plain CommonJS, no dependencies, deterministic.
// Run: node gen-b30.js
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, '../..');

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
      for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
      return a;
    },
  };
  return api;
}
const pad2 = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;
const D = (s) => ({ date: s });
function parts(s) { const [y, m, d] = s.split('-').map(Number); return { y, m, d }; }
const CN_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnNum(n) { // 1..31
  if (n < 10) return CN_DIGIT[n];
  if (n === 10) return '十';
  if (n < 20) return '十' + CN_DIGIT[n - 10];
  return CN_DIGIT[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGIT[n % 10] : '');
}
// date written the way a clerk typed it
function fmtDate(s, style) {
  const { y, m, d } = parts(s);
  switch (style) {
    case 'cell': return D(s);
    case 'dot': return `${y}.${m}.${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'dash': return s;
    case 'compact': return `${y}${pad2(m)}${pad2(d)}`;
    case 'two': return `${String(y).slice(2)}.${m}.${d}`;
    case 'cnnum': return String(y).split('').map((c) => CN_DIGIT[+c]).join('') + '年' + cnNum(m) + '月' + cnNum(d) + '日';
    default: throw new Error('style ' + style);
  }
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHK = '10X98765432';
function idCheck(base17) { let s = 0; for (let i = 0; i < 17; i++) s += +base17[i] * W[i]; return CHK[s % 11]; }
function makeIdFactory(rng) {
  const used = new Set();
  return function (area, opts = {}) {
    for (;;) {
      const y = rng.int(opts.minYear || 1958, opts.maxYear || 2003);
      const m = rng.int(1, 12), d = rng.int(1, 28);
      let seq = rng.int(0, 999);
      if (opts.gender === 'M' && seq % 2 === 0) seq = (seq + 1) % 1000;
      if (opts.gender === 'F' && seq % 2 === 1) seq = (seq + 1) % 1000;
      const base = `${area}${y}${pad2(m)}${pad2(d)}${String(seq).padStart(3, '0')}`;
      const id = base + idCheck(base);
      if (opts.forceX && !id.endsWith('X')) continue;
      if (opts.noX && id.endsWith('X')) continue;
      if (used.has(id)) continue;
      used.add(id);
      return id;
    }
  };
}
const SURN = ['陈', '林', '黄', '吴', '郑', '李', '张', '蔡', '许', '王', '杨', '刘', '方', '詹', '谢', '庄', '朱', '曾', '罗', '周'];
const GIV_M = ['伟', '志', '俊', '锦', '泽', '少', '宏', '文', '国', '建', '海', '亮', '振', '德', '永', '家', '铭', '炳', '汉', '坤', '雄', '旭', '镇', '鹏'];
const GIV_F = ['秀', '丽', '美', '淑', '娟', '燕', '玉', '桂', '雪', '婷', '佩', '惠', '丹', '珊', '妹', '英', '芳', '琼', '纯', '銮'];
function makeNamer(rng) {
  return function (g) {
    const s = rng.pick(SURN);
    const pool = g === 'F' ? GIV_F : GIV_M;
    const a = rng.pick(pool);
    if (rng.next() < 0.15) return s + rng.pick(g === 'F' ? ['芳', '娟', '燕', '丽', '琼'] : ['伟', '勇', '斌', '强', '坤']);
    let b = rng.pick(pool);
    while (b === a) b = rng.pick(pool);
    return s + a + b;
  };
}
function phone(rng) { return '1' + rng.pick(['3', '5', '8']) + String(rng.int(100000000, 999999999)); }

// JSON writer: rows stay on one line each
function fmt(v, ind) {
  const sp = ' '.repeat(ind);
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object' || (x && !Array.isArray(x) && Object.keys(x).length === 1 && 'date' in x)))
      return JSON.stringify(v);
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x) => sp + '  ' + fmt(x, ind + 2)).join(',\n') + '\n' + sp + ']';
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    if (keys.length === 1 && keys[0] === 'date') return JSON.stringify(v);
    const small = JSON.stringify(v);
    if (small.length < 110 && !keys.some((k) => v[k] && typeof v[k] === 'object' && !('date' in v[k]))) return small;
    return '{\n' + keys.map((k) => sp + '  ' + JSON.stringify(k) + ': ' + fmt(v[k], ind + 2)).join(',\n') + '\n' + sp + '}';
  }
  return JSON.stringify(v);
}
const written = [];
function writeCase(dir, file, obj) {
  const d = path.join(ROOT, dir);
  fs.mkdirSync(d, { recursive: true });
  const p = path.join(d, file);
  fs.writeFileSync(p, fmt(obj, 0) + '\n', 'utf8');
  written.push(path.relative(ROOT, p));
}
// pad every row of a sheet to the same width (nulls)
function rect(rows, width) {
  const w = width || Math.max(...rows.map((r) => r.length));
  return rows.map((r) => { const a = r.slice(); while (a.length < w) a.push(null); return a; });
}
function colName(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
const A1 = (r, c) => colName(c) + (r + 1); // zero-based r,c
const RANGE = (r1, c1, r2, c2) => A1(r1, c1) + ':' + A1(r2, c2);

// ---------------------------------------------------------------- cases (below)

// ================================================================ facts 1: 揭东区 工作交接清单
function factsJiedong() {
  const rows = [];
  const merges = [];
  const W6 = 6;
  const sec = (t) => { merges.push(RANGE(rows.length, 0, rows.length, W6 - 1)); rows.push([t]); };
  rows.push(['揭东区商务局电子商务进农村综合示范工作交接清单']); merges.push('A1:F1');
  rows.push(['交出人：林晓彤（已调区发改局）　　接收人：黄志鹏　　监交人：蔡副局长　　交接日期：2021年9月3日']); merges.push('A2:F2');
  rows.push(['说明：下面的数都是截至2021年8月31日（省厅定的考评截止日）的口径，自评表还没最后定稿，考评组估计9月下旬来，来之前按这个表核一遍。']); merges.push('A3:F3');
  rows.push([]);
  rows.push(['序号', '事项', '目前情况（截至8月底）', '资料放哪里', '还要跟进 / 提醒', '找谁']);
  sec('一、组织和文件');
  rows.push([1, '领导小组', '区长任组长，常务副区长、分管商务的副区长任副组长；成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局（原扶贫办）、区市场监管局、区邮政分公司等', '盒1；共享盘 \\\\10.8.1.20\\商务局\\电商进农村\\01组织', '人事变动后要发调整文，区府办在弄', '局办公室 陈姐']);
  rows.push([2, '示范县工作方案', '已印发，揭东府办〔2019〕52号（2019年11月）', '盒1', '—', null]);
  rows.push([3, '扶持政策', '《揭东区促进农村电子商务发展扶持办法》已出台，2020年4月区政府印发', '盒1', '奖补兑现表8月的还没汇总', '财务股']);
  rows.push([4, '项目管理制度', '项目管理办法、验收办法都发了，站点验收都是按办法走的', '盒1', null, null]);
  sec('二、中心和产业园');
  rows.push([5, '区电商公共服务中心', '2020年10月16日正式开门运营（在产业园1楼，约1500㎡）', '盒2', '开业照片在共享盘\\02中心\\开业', '运营方 郑经理']);
  rows.push([6, '中心—培训室', '有，60座，电脑、投影、直播设备齐，基础培训都在这里办，不收费', '盒2', null, null]);
  rows.push([7, '中心—展示展销', '有，农特产品展示区免费给企业摆，线上商城也免费上架', '盒2', null, null]);
  rows.push([8, '中心—摄影美工', '摄影棚有，但拍产品照按每款50元收成本费；美工做图不收钱', '盒2照片', '检查组可能会问“免费”这条，照实讲，不要说全免费', null]);
  rows.push([9, '中心—统一推广、品牌', '有，做了“揭东竹笋”“埔田竹笋”区域公用品牌，组织企业统一推广', '盒2', null, null]);
  rows.push([10, '中心—其他增值服务', '有，代办执照、网店代运营、帮企业对接银行贷款', '盒2', null, null]);
  rows.push([11, '电商产业园', '整合原开发区电商楼，2020年9月挂牌“揭东区电子商务产业园”；现在入驻21家（平台、销售、运营、物流都有）', '盒2-5入驻名单', '有2家说年底可能搬走', '运营方 郑经理']);
  rows.push([12, '第三方运营', '有，揭阳市粤东云商科技有限公司（中心和产业园都是他们运营）', '盒2合同', null, null]);
  sec('三、站点和物流');
  rows.push([13, '行政村、站点', '全区行政村184个（另有社区居委会21个，不算），已建村级站点137个，覆盖行政村131个', '盒3', '还差的10来个村9月在建', null]);
  rows.push([14, '省定贫困村', '13个，每个都有站点', '盒3', null, null]);
  rows.push([15, '快递进村', '184个行政村全部通快递（区邮政管理局7月出了证明）', '盒3', null, '邮政管理局 许科']);
  sec('四、培训');
  rows.push([16, '培训人次', '2019年12月到2021年8月共办了58期，累计8,126人次，签到表都齐', '共享盘\\04培训', '9月2日那期（180人次）是截止后的，别加进去', null]);
  rows.push([17, '常住人口（算培训比例用）', '七普常住人口76.28万', null, '户籍人口98.7万是旧口径，别用', null]);
  rows.push([18, '贫困户培训', '有劳动能力的建档立卡贫困人口（不含外出务工）2,134人（区乡村振兴局8月底核的数）；参加过培训的1,127人（按身份证去重）', '盒4', '外出务工的1,560人没算在里面', '乡村振兴局 吴股长']);
  sec('五、网销数据（商务厅大数据平台口径）');
  rows.push([19, '农村网络零售额', '2019年21.36亿元，2020年26.05亿元', '盒6', '今年1-8月18.4亿，只是参考，不要填', null]);
  rows.push([20, '农产品网络零售额', '2019年3.12亿元，2020年4.27亿元，同比增长36.9%', '盒6', null, null]);
  sec('六、信息公开和报送');
  rows.push([21, '政府网专栏', '区政府网“电子商务进农村综合示范”专栏：创建方案、项目基本信息、每月建设进度都有挂；页面底下有监督举报电话和邮箱', '专栏截图在共享盘\\05公开', '每月5号前挂上月进度，别忘', null]);
  rows.push([22, '报市商务局月报', '每月10号前报，附电商扶贫统计表（贫困户培训、带动增收）', '盒5', null, null]);
  sec('七、资金');
  rows.push([23, '省级专项资金', '下达500万元；截至8月31日累计拨付402.6万元', '财务股', '9月还有尾款约60万待付', '财务股 李姐']);
  rows.push([24, '资金管理办法', '《揭东区省级电子商务进农村综合示范专项资金管理办法》已印发', '盒7', null, null]);
  rows.push([25, '资金台账', '有，财务股一本明细账，我这边一本拨付台账', '盒7', null, null]);
  rows.push([26, '项目总体进度', '约90%（溯源系统二期还没验收）', null, null, null]);
  rows.push([27, '安全生产、质量事故', '没发生过', null, null, null]);
  rows.push([]);
  sec('八、自评分（我自己估的，最后你跟科长定）');
  rows.push(['序号', '项目', '满分', '我估的分', '理由', null]);
  const judged = [
    ['方案制定', 2, 2, '方案正式印发'],
    ['政策支持', 2, 2, '扶持办法已兑现一批'],
    ['项目管理制度', 2, 2, null],
    ['工作台账', 2, 1, '有几本台账不完整，培训台账2019年的没签名'],
    ['网销调研', 2, 2, '有调研报告'],
    ['网络促销活动', 2, 2, '年货节、竹笋节'],
    ['交易标准、冷链溯源', 2, 1, '溯源二期未验收'],
    ['资金管理制度', 5, 5, null],
    ['资金台账', 5, 4, null],
    ['资金及时拨付', 5, 4, '尾款还没付'],
  ];
  judged.forEach((j, i) => rows.push([i + 1, j[0], j[1], j[2], j[3], null]));
  rows.push([]);
  sec('九、还没办完的事');
  rows.push([1, '9月2日培训班签到表归档', '签到表在培训室柜子里，还没扫描', null, '9月10日前', null]);
  rows.push([2, '尾款支付', '约60万，等溯源系统二期验收', null, '9月底前', '财务股']);
  rows.push([3, '产业园企业增补', '计划再引进3家，凑够24家', null, '年底前', '运营方']);
  rows.push([]);
  rows.push(['交出人签字：', null, '接收人签字：', null, '监交人签字：', null]);

  writeCase('facts', 'b30-f1-jiedong.json', {
    description: '揭东区（揭阳）商务局电商股经办人调岗时写的《工作交接清单》：序号|事项|目前情况（截至8月底）|资料放哪里|还要跟进/提醒|找谁，按“一、组织和文件…七、资金”分节，事实全在“目前情况”列的口语短句里（“2020年10月16日正式开门运营”“七普常住人口76.28万”“约90%”），中心功能拆成“中心—培训室/展示展销/摄影美工…”几行；“八、自评分（我自己估的）”小表为判断项；下面另起“九、还没办完的事”和签字行。陷阱：交接日期2021年9月3日不是截止日（表头说明写明截至2021年8月31日为考评截止日）；提醒列里的户籍人口98.7万、9月2日那期180人次、外出务工1,560人、今年1-8月18.4亿、9月尾款约60万、计划凑够24家都不是事实；摄影按每款50元收费、只有美工免费 → 免费摄影美工为否；入驻21家、站点137个/覆盖131个不是输入；表内没有县名标签。',
    sheets: [{ name: '交接清单', rows: rect(rows, W6), merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 762800,
        adminVillagesStated: 184,
        poorVillagesStated: 13,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 2136000000,
        ruralRetail2020: 2605000000,
        agriRetail2019: 312000000,
        agriRetail2020: 427000000,
        agriRetailGrowthStated: 0.369,
        trainingPersonTimesStated: 8126,
        eligiblePoorPersonsStated: 2134,
        trainedPoorPersonsStated: 1127,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4026000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
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
  });
}

// ================================================================ facts 2: 徐闻县 文件汇编目录
function factsXuwen() {
  const rows = [];
  const merges = [];
  const WD = 9;
  const sec = (t) => { merges.push(RANGE(rows.length, 0, rows.length, WD - 1)); rows.push([t]); };
  rows.push(['徐闻县电子商务进农村综合示范县创建工作文件汇编目录']); merges.push('A1:I1');
  rows.push(['（迎检资料第一册 · 制度文件类）　　　　　　　　编印：徐闻县商务局　　2021年9月']); merges.push('A2:I2');
  rows.push(['序号', '文件名称', '文号', '发文单位', '成文日期', '状态', '政府网专栏公开', '页码', '备注']);
  sec('一、组织领导');
  rows.push([1, '徐闻县人民政府办公室关于成立徐闻县电子商务进农村综合示范工作领导小组的通知', '徐府办〔2019〕38号', '县政府办', '2019.9.12', '已印发', '是', '1-4', '组长：常务副县长；副组长：县政府办副主任、县商务局局长']);
  rows.push([2, '徐闻县人民政府办公室关于调整徐闻县电子商务进农村综合示范工作领导小组成员的通知', '徐府办函〔2020〕71号', '县政府办', '2020年5月18日', '已印发', '是', '5-8', '组长调整为县长，常务副县长改任常务副组长；成员单位：县商务局、县财政局、县农业农村局、县扶贫办、县市场监管局、县邮政分公司等']);
  rows.push([3, '徐闻县电子商务进农村综合示范工作领导小组第一次全体会议纪要', '徐府纪〔2020〕29号', '县政府办', '2020.6.5', '已印发', '否', '9-11', '县长主持']);
  sec('二、创建方案');
  rows.push([4, '徐闻县电子商务进农村综合示范县创建工作方案', '徐府办〔2019〕45号', '县政府办', D('2019-10-25'), '已印发', '是', '12-30', null]);
  rows.push([5, '徐闻县电子商务进农村综合示范项目实施方案', '徐商务〔2019〕60号', '县商务局', '2019年11月', '已印发', '否', '31-52', '报市商务局备案']);
  sec('三、政策措施');
  rows.push([6, '徐闻县促进农村电子商务发展若干扶持措施', '徐府〔2020〕12号', '县人民政府', '2020.3.30', '已印发', '是', '53-58', null]);
  rows.push([7, '徐闻县菠萝电商产业扶持办法（征求意见稿）', '—', '县商务局', '2021.7', '征求意见中，未印发', '否', '—', '暂不归档，定稿后补入']);
  sec('四、项目管理');
  rows.push([8, '徐闻县电子商务进农村综合示范项目管理办法', '徐商务〔2020〕8号', '县商务局', '2020.1.16', '已印发', '否', '59-66', null]);
  rows.push([9, '徐闻县电子商务进农村综合示范项目验收管理细则', '徐商务〔2020〕52号', '县商务局', '2020.8.21', '已印发', '否', '67-72', null]);
  rows.push([10, '关于徐闻县电子商务公共服务中心正式投入运营的通知', '徐商务〔2020〕77号', '县商务局', '2020.11.16', '已印发', '是', '73-74', '中心自2020年11月20日起正式对外运营']);
  rows.push([11, '关于在县政府门户网站开设“电子商务进农村综合示范”专栏的通知', '徐商务函〔2020〕15号', '县商务局', '2020.2.20', '已印发', '—', '75', '专栏页面设监督举报信箱和举报电话']);
  sec('五、资金管理');
  rows.push([12, '湛江市财政局 湛江市商务局关于下达2019年促进经济高质量发展专项资金（内贸方向省级电子商务进农村综合示范）项目计划的通知', '湛财工〔2019〕88号', '市财政局、市商务局', '2019.8.30', '转发', '否', '76-79', '下达我县省级专项资金500万元']);
  rows.push([13, '徐闻县省级电子商务进农村综合示范专项资金管理办法', '徐财〔2020〕15号', '县财政局、县商务局', '2020.4.2', '已印发', '是', '80-86', null]);
  rows.push([14, '关于安排电子商务进农村综合示范县级配套资金的通知', '徐财〔2020〕41号', '县财政局', '2020.6.10', '已印发', '否', '87', '县级配套100万元']);
  rows.push([15, '徐闻县电商进农村专项资金绩效目标表', '—', '县商务局', '2020.5', '已报备', '否', '88-90', null]);
  sec('六、其他');
  rows.push([16, '徐闻菠萝电商交易标准（团体标准）', 'T/XWBL 001—2020', '县菠萝产业协会', '2020.12', '已发布', '否', '91-99', null]);
  rows.push([17, '徐闻县电商扶贫工作实施意见', '待补', '县扶贫办', null, '待核实', null, null, '文号、日期待补']);
  rows.push([]);
  rows.push(['合计：收录文件17件（第17件待补）']); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, WD - 1));
  rows.push([]);
  rows.push(['附：还需补充归档的材料']); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, WD - 1));
  rows.push(['序号', '材料', null, '责任单位', '计划完成', null, null, null, '备注']);
  rows.push([1, '站点建设验收报告（第三批）', null, '县商务局', '2021年9月底', null, null, null, null]);
  rows.push([2, '县级配套资金拨付凭证', null, '县财政局', '2021年9月底', null, null, null, null]);
  rows.push([3, '菠萝电商产业扶持办法（定稿）', null, '县商务局', '2021年10月', null, null, null, '视征求意见情况']);

  writeCase('facts', 'b30-f2-xuwen.json', {
    description: '徐闻县（湛江）商务局迎检资料第一册的《文件汇编目录》：序号|文件名称|文号|发文单位|成文日期|状态|政府网专栏公开|页码|备注，按“一、组织领导…六、其他”分节，末尾合计行和“附：还需补充归档的材料”小表。事实只能从目录读：领导小组先是常务副县长任组长（2019），2020年调整文改为县长任组长、成员有商务、财政、农业农村、扶贫办 → 以调整后为准；工作方案、扶持措施、资金管理办法“已印发”；创建方案“政府网专栏公开：是”；中心运营日期在备注（11月20日起，发文日期是11月16日）；专栏通知备注里设了监督举报信箱；下达资金在转发文件的备注里。陷阱：菠萝扶持办法是征求意见稿（未印发，不影响政策已出台）；县级配套100万元不是省级下达资金；交易标准、项目管理办法只是文件，没有自评分；编印日期2021年9月不是截止日；目录不写常住人口等数据。',
    sheets: [{ name: '文件目录', rows: rect(rows, WD), merges }],
    expect: {
      facts: {
        // (Added on review: the county its title names, as the corpus reads a title's county.)
        county: '徐闻县',
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-20',
        disclosurePlan: true,
        disclosureWindow: true,
        fundAllocated: 5000000,
        fundSystemIssued: true,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
}

// ================================================================ facts 3: 电白区 数据透视表
function factsDianbai() {
  // columns: label | 2019年 | 2020年 | 2021年1-8月 | 截至2021年8月31日 | 总计
  const groups = [
    ['一、基本情况', [
      ['常住人口（万人）', null, null, null, 150.38],
      ['行政村数（个）', null, null, null, 376],
      ['省定贫困村数（个）', null, null, null, 43],
      ['有劳动能力贫困人口数（不含外出务工）（人）', null, null, null, 6812],
      ['公共服务中心投入运营日期（yyyymmdd）', null, null, null, 20200918],
    ]],
    ['二、网络零售', [
      ['农村网络零售额（亿元）', 28.64, 35.12, 24.37, null],
      ['农产品网络零售额（亿元）', 5.21, 7.05, 4.88, null],
      ['农产品网络零售额同比增速（%）', null, 35.3, 12.6, null],
    ]],
    ['三、电商培训', [
      ['培训人次', 612, 4903, 3214, null],
      ['其中：贫困户参训人次', 230, 2460, 1655, null],
      ['参训贫困人口（人，按身份证去重）', null, null, null, 3102],
    ]],
    ['四、资金及进度', [
      ['省级专项资金下达（万元）', 500, null, null, null],
      ['拨付（万元）', null, 265, 147.5, null],
      ['项目总体进度（%）', null, null, null, 86],
    ]],
    ['五、是否类（1=是，0=否）', [
      ['已正式印发工作方案', 1], ['已出台农村电商扶持政策', 1], ['中心有免费培训场所和设备', 1],
      ['中心免费展示、销售农产品', 1], ['中心免费摄影、美工', 0], ['统一推广、品牌建设指导', 1],
      ['其他衍生增值服务', 1], ['建设（整合）电商产业园', 1], ['有专业第三方运营服务商', 1],
      ['行政村快递覆盖100%', 0], ['专栏—创建方案', 1], ['专栏—项目基本信息', 1], ['专栏—建设进度', 1],
      ['专栏—征求意见/监督举报窗口', 0], ['能统计电商扶贫情况', 1], ['已制定资金管理制度', 1],
      ['已建立资金专用台账', 1], ['发生安全生产、质量事故', 0], ['弄虚作假', 0],
    ].map(([l, v]) => [l, null, null, null, v])],
    ['六、主观指标自评分（分）', [
      ['方案制定', 2], ['政策支持', 1], ['项目管理制度', 2], ['工作台账', 2], ['网销调研', 1],
      ['网络促销活动', 2], ['交易标准与冷链溯源', 1], ['资金管理制度', 4], ['资金台账', 4], ['资金及时拨付', 3],
    ].map(([l, v]) => [l, null, null, null, v])],
  ];
  const r2 = (x) => Math.round(x * 100) / 100;
  const sumCol = (items, c) => { let s = 0, any = false; for (const it of items) if (it[c] != null) { s += it[c]; any = true; } return any ? r2(s) : null; };
  const rowTotal = (it) => { let s = 0, any = false; for (let c = 1; c <= 4; c++) if (it[c] != null) { s += it[c]; any = true; } return any ? r2(s) : null; };
  const rows = [];
  const merges = [];
  rows.push(['电白区电商进农村考评数据（透视汇总，数据截至2021年8月31日）']); merges.push('A1:F1');
  rows.push([]);
  rows.push(['县（市、区）', '电白区']);
  rows.push(['填报口径', '(全部)']);
  rows.push([]);
  rows.push(['求和项:数值', '列标签']);
  rows.push(['行标签', '2019年', '2020年', '2021年1-8月', '截至2021年8月31日', '总计']);
  const all = [];
  for (const [g, items] of groups) {
    const sub = [1, 2, 3, 4].map((c) => sumCol(items, c));
    const subTot = r2(sub.reduce((a, b) => a + (b || 0), 0));
    rows.push([g, ...sub, subTot]);
    for (const it of items) { rows.push([it[0], it[1], it[2], it[3], it[4], rowTotal(it)]); all.push(it); }
  }
  rows.push(['(空白)', null, null, null, null, null]);
  const tot = [1, 2, 3, 4].map((c) => sumCol(all, c));
  rows.push(['总计', ...tot, r2(tot.reduce((a, b) => a + (b || 0), 0))]);
  rows.push([]);
  rows.push(['注：1.本表由区商务局共享盘“考评数据源”表生成（数据透视表），要改数请改数据源后刷新；2.是否类按1/0录入，日期按yyyymmdd录入；3.分类汇总行是透视表自动加的，不用看。']); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, 5));
  rows.push(['制表：区商务局电商股　2021年9月7日']);

  writeCase('facts', 'b30-f3-dianbai.json', {
    description: '电白区（茂名）商务局电商股用数据透视表做的考评数据汇总（复制成值保留原样）：标题下是透视表的报表筛选区（县（市、区）|电白区、填报口径|(全部)），“求和项:数值|列标签”，行标签为压缩布局——分类行（一、基本情况…六、主观指标自评分）带自动分类汇总，下面是指标行，列为 2019年|2020年|2021年1-8月|截至2021年8月31日|总计；是否类按1/0、中心运营日期按yyyymmdd数字录入（注里写明）；末尾“(空白)”行和“总计”行。读法：培训人次、拨付按年份分列，取“总计”列（8,729人次、412.5万元）；零售额取2019年、2020年列；增速取2020年列35.3%。陷阱：各分类汇总行、最下面“总计”行以及零售额、增速、自评分的“总计”列都是透视表机械加总，没有意义；2021年1-8月列不是事实；“其中：贫困户参训人次”是人次不是参训贫困人口；制表日期9月7日不是截止日。',
    sheets: [{ name: '数据透视', rows: rect(rows, 6), merges }],
    expect: {
      facts: {
        county: '电白区',
        asOf: '2021-08-31',
        residentPopulation: 1503800,
        adminVillagesStated: 376,
        poorVillagesStated: 43,
        eligiblePoorPersonsStated: 6812,
        centerOpened: '2020-09-18',
        ruralRetail2019: 2864000000,
        ruralRetail2020: 3512000000,
        agriRetail2019: 521000000,
        agriRetail2020: 705000000,
        agriRetailGrowthStated: 0.353,
        trainingPersonTimesStated: 8729,
        trainedPoorPersonsStated: 3102,
        fundAllocated: 5000000,
        fundSpentStated: 4125000,
        overallProgress: 0.86,
        planIssued: true,
        policyIssued: true,
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 3,
      },
    },
  });
}

// ================================================================ ledgers 1: 信宜市
function ledgersXinyi() {
  const rng = makeRng(3011);
  const newId = makeIdFactory(rng);
  const AREA = '440983';
  // one-hot roster. labour: P 普通, S 技能, L 丧失, N 无, '' 未核; work: O 外出, H 未外出, '' blank
  const villages = [
    ['双合村', [
      ['李国强', '户主', 'M', 'P', 'O', null],
      ['陈秀英', '配偶', 'F', 'P', 'H', null],
      ['李志明', '之子', 'M', 'S', 'O', null],
      ['李晓雯', '之女', 'F', 'N', '', '在校生'],
    ], [
      ['黄桂芳', '户主', 'F', 'L', '', '长期病患'],
      ['罗伟东', '之子', 'M', 'P', 'O', null, { lowerX: true }],
      ['罗伟聪', '之子', 'M', 'P', 'H', null],
    ], [
      ['梁德福', '户主', 'M', 'P', 'H', null],
      ['梁亚妹', '配偶', 'F', 'P', 'H', null, { tick: '✓' }],
      ['梁嘉豪', '之孙', 'M', 'N', '', '学龄前'],
    ]],
    ['银垌村', [
      ['吴振华', '户主', 'M', 'S', 'O', '东莞'],
      ['吴美玲', '之女', 'F', 'P', '', '务工情况待核'],
      ['吴家乐', '之子', 'M', 'P', 'O', '深圳', { masked: true }],
    ], [
      ['邓月娥', '户主', 'F', 'N', '', '70岁以上'],
    ], [
      ['何文彬', '户主', 'M', 'P', 'H', null],
      ['何丽珍', '配偶', 'F', '', '', '劳动能力待核实，已报镇乡村振兴办'],
      ['何俊杰', '之子', 'M', 'S', 'O', '佛山'],
    ]],
    ['达垌村', [
      ['钟伟', '户主', 'M', 'P', 'H', null],
      ['钟丽华', '配偶', 'F', 'P', 'O', '广州'],
      ['钟一鸣', '之子', 'M', 'N', '', '在校生'],
      ['钟秀兰', '母亲', 'F', 'L', '', null],
    ], [
      ['杨德明', '户主', 'M', 'P', 'O', '中山', { spaced: true }],
      ['杨春梅', '配偶', 'F', 'P', 'H', null],
    ]],
  ];
  const BIRTH = { 李国强: 1968, 陈秀英: 1970, 李志明: 1993, 李晓雯: 2008, 黄桂芳: 1956, 罗伟东: 1979, 罗伟聪: 1983, 梁德福: 1966, 梁亚妹: 1967, 梁嘉豪: 2016, 吴振华: 1972, 吴美玲: 1997, 吴家乐: 1999, 邓月娥: 1947, 何文彬: 1975, 何丽珍: 1977, 何俊杰: 2000, 钟伟: 1981, 钟丽华: 1983, 钟一鸣: 2009, 钟秀兰: 1952, 杨德明: 1986, 杨春梅: 1988 };
  const rows = [];
  const merges = [];
  rows.push(['信宜市建档立卡贫困人口劳动力状况登记表']); merges.push('A1:M1');
  rows.push(['镇（街）：钱排镇　　　　　　填报单位：钱排镇乡村振兴办（盖章）　　　　数据时点：2021年6月30日']); merges.push('A2:M2');
  rows.push(['序号', '村委会', '户主姓名', '姓名', '与户主关系', '公民身份号码', '劳动能力状况（在对应栏打“√”）', null, null, null, '务工情况（在对应栏打“√”）', null, '备注']);
  rows.push([null, null, null, null, null, null, '普通劳动力', '技能劳动力', '丧失劳动力', '无劳动力', '外出务工', '未外出（在家/本地务工）', null]);
  merges.push('G3:J3', 'K3:L3');
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'M']) merges.push(`${c}3:${c}4`);
  const records = [];
  let seq = 0, hh = 0, persons = 0;
  for (const [vname, ...households] of villages) {
    const vStart = rows.length;
    let vp = 0;
    for (const h of households) {
      hh++;
      const head = h[0][0];
      for (const p of h) {
        const [name, rel, g, lab, work, note, opt = {}] = p;
        const by = BIRTH[name];
        let id = newId(AREA, { gender: g, forceX: !!opt.lowerX, noX: !opt.lowerX, minYear: by, maxYear: by });
        let idCell = id, idExpect = id;
        if (opt.lowerX) idCell = id.slice(0, 17) + 'x';
        if (opt.masked) { idCell = id.slice(0, 6) + '********' + id.slice(14); idExpect = idCell; }
        if (opt.spaced) idCell = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
        const tick = opt.tick || '√';
        const row = [++seq, rows.length === vStart ? vname : null, head, name, rel, idCell,
          lab === 'P' ? tick : null, lab === 'S' ? tick : null, lab === 'L' ? tick : null, lab === 'N' ? tick : null,
          work === 'O' ? tick : null, work === 'H' ? tick : null,
          note && !/^(东莞|深圳|佛山|广州|中山)$/.test(note) ? note : (work === 'O' && note ? `务工地：${note}` : null)];
        rows.push(row);
        records.push({
          id: idExpect,
          labour: lab === 'P' || lab === 'S' ? true : (lab === 'L' || lab === 'N' ? false : null),
          migrant: work === 'O' ? true : (work === 'H' ? false : null),
        });
        vp++; persons++;
      }
    }
    merges.push(`B${vStart + 1}:B${rows.length}`);
    rows.push([`${vname}小计：${households.length}户${vp}人`]); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, 12));
  }
  rows.push([`合计：${hh}户${persons}人`]); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, 12));
  rows.push(['注：劳动能力状况、务工情况按扶贫系统口径，每人只在一栏打“√”；无劳动能力人员不填务工情况。']); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, 12));
  rows.push(['填表人：冯××　　　审核人：梁××　　　联系电话：0668-8xxxxxx']); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, 12));

  // enterprises, copied from 国家企业信用信息公示系统 plus park columns
  const ents = [
    ['信宜市怀乡鸡电子商务有限公司', '陈志远', '2016-03-08', '100万元人民币', '存续（在营、开业、在册）', '销售型', D('2020-06-18'), '2020-06-18', null, null, 'A101', null],
    ['广东信宜玉都电商科技有限公司', '黄海波', '2018-11-20', '500万元人民币', '存续（在营、开业、在册）', '平台型', '2020.6.18', '2020-06-18', null, null, 'A102', null],
    ['信宜市钱排三华李农产品专业合作社', '李德胜', '2012-05-16', '—', '存续（在营、开业、在册）', '销售型', '2020年7月', '2020-07', null, null, 'A103', null],
    ['茂名市云仓供应链管理有限公司信宜分公司', '—', '2019-08-01', '—', '存续（在营、开业、在册）', '物流快递', '2020/7/20', '2020-07-20', null, null, 'B101', '分公司无注册资本'],
    ['中国邮政集团有限公司广东省信宜市分公司', '—', '2000-09-26', '—', '存续（在营、开业、在册）', '物流快递', '20200801', '2020-08-01', null, null, 'B102', '邮政电商服务部入驻'],
    ['信宜市南玉直播文化传媒有限公司', '莫嘉琪', '2020-05-12', '50万元人民币', '存续（在营、开业、在册）', '直播电商', '2020.8.15', '2020-08-15', '2021.3.31', '2021-03-31', 'B103', '搬至市区自租场地'],
    ['信宜市山里红电子商务有限公司', '罗小燕', '2017-09-30', '30万元人民币', '注销', '销售型', '2020.8.28', '2020-08-28', D('2021-04-30'), '2021-04-30', 'B104', '企业已注销'],
    ['广东粤西电商运营服务有限公司', '庞建新', '2019-04-02', '300万元人民币', '存续（在营、开业、在册）', '运营服务型', D('2020-09-10'), '2020-09-10', null, null, 'C101', '中心运营方'],
    ['信宜市绿野农业发展有限公司', '邱海燕', '2015-07-21', '200万元人民币', '存续（在营、开业、在册）', '销售型', '2020年9月22日', '2020-09-22', null, null, 'C102', null],
    ['信宜市优品汇网络科技有限公司', '钟伟明', '2020-08-06', '100万元人民币', '存续（在营、开业、在册）', '平台型', '2020.10.9', '2020-10-09', null, null, 'C103', null],
    ['信宜市丁堡百香果种植专业合作社', '刘春来', '2016-10-12', '—', '存续（在营、开业、在册）', '销售型', '2020.11.3', '2020-11-03', null, null, 'C104', null],
    ['茂名市速递通物流有限公司', '谢国辉', '2014-01-15', '500万元人民币', '存续（在营、开业、在册）', '物流快递', '2020/12/1', '2020-12-01', null, null, 'C105', null],
    ['信宜市创客电商孵化服务有限公司', '梁丽萍', '2020-11-20', '100万元人民币', '存续（在营、开业、在册）', '运营服务型', D('2021-01-11'), '2021-01-11', null, null, 'D101', null],
    ['信宜市怀乡红薯食品有限公司', '何志坚', '2013-06-28', '80万元人民币', '存续（在营、开业、在册）', '销售型', '2021.3.18', '2021-03-18', null, null, 'D102', null],
    ['信宜市播乡直播电商有限公司', '林思婷', '2021-02-03', '30万元人民币', '存续（在营、开业、在册）', '直播电商', '2021年5月', '2021-05', null, null, 'B103', '接租原南玉直播房间'],
    ['信宜市云上信宜网络科技有限公司', '杨文锋', '2021-06-30', '200万元人民币', '存续（在营、开业、在册）', '平台型', '2021.9.6', '2021-09-06', null, null, 'D103', '8月签约，9月入园'],
  ];
  const erows = [];
  const emerges = [];
  erows.push(['信宜市电子商务产业园入驻企业名录（含工商登记信息）']); emerges.push('A1:L1');
  erows.push(['工商信息来源：国家企业信用信息公示系统（2021年9月8日查询）；入园、离园日期以园区运营方登记为准']); emerges.push('A2:L2');
  erows.push(['序号', '企业名称', '统一社会信用代码', '法定代表人/负责人', '成立日期', '注册资本', '登记状态', '园区分类', '入园日期', '离园日期', '房号', '备注']);
  const ccRng = makeRng(77);
  const eRecords = [];
  const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  ents.forEach((e, i) => {
    const prefix = /合作社/.test(e[0]) ? '93440983' : '91440983';
    let code = prefix + 'MA' + Array.from({ length: 8 }, () => CC[ccRng.int(0, CC.length - 1)]).join('');
    if (i === 4) code = '914409837081' + '23456X';
    erows.push([i + 1, e[0], code, e[1], e[2], e[3], e[4], e[5], e[6], e[8] == null ? '—' : e[8], e[10], e[11]]);
    eRecords.push({ name: e[0], type: e[5], entered: e[7], left: e[9] });
  });
  erows.push(['合计：登记16家，其中已离园2家、2021年9月新入园1家']); emerges.push(RANGE(erows.length - 1, 0, erows.length - 1, 11));
  erows.push(['注：“成立日期”“登记状态”为工商登记信息，不是入园信息。']); emerges.push(RANGE(erows.length - 1, 0, erows.length - 1, 11));

  const notes = [
    ['填表说明'],
    ['1. 本册为信宜市电子商务进农村综合示范考评台账（扶贫、产业园部分），由市商务局电商股汇总。'],
    ['2. 《建档立卡贫困人口劳动力状况登记表》由各镇乡村振兴办填报，本册仅收钱排镇（其余镇另册）；劳动能力、务工情况在对应栏打“√”。'],
    ['3. 《入驻企业名录》前几列从国家企业信用信息公示系统复制，入园、离园日期由园区运营方（广东粤西电商运营服务有限公司）提供。'],
    ['4. 考评截止日期为2021年8月31日。'],
  ];

  writeCase('ledgers', 'b30-l1-xinyi.json', {
    description: '信宜市（茂名）商务局电商股台账（扶贫、产业园部分）：①钱排镇乡村振兴办填的《建档立卡贫困人口劳动力状况登记表》，劳动能力和务工情况都是“一栏一类、打√”的独热列（两行表头：劳动能力状况 普通劳动力|技能劳动力|丧失劳动力|无劳动力，务工情况 外出务工|未外出（在家/本地务工）），村委会纵向合并，每村小计、合计、注；②《入驻企业名录》前半从国家企业信用信息公示系统复制（统一社会信用代码、法定代表人、成立日期、注册资本、登记状态），后半是园区分类、入园日期、离园日期、房号；③填表说明（不是台账）。陷阱：一行打“✓”；一人劳动能力四栏全空（待核实 → labour null）；无劳动力者不填务工（migrant null）；外出务工但务工栏都空的一人（务工情况待核 → null）；身份证小写x、带空格、打码各一；企业“成立日期”不是入园日期，“登记状态 注销”的那家以离园日期为准；播乡直播入园只到月；云上信宜9月6日入园（照列）；离园写“—”为null。',
    sheets: [
      { name: '贫困人口劳动力（钱排镇）', rows: rect(rows, 13), merges },
      { name: '入驻企业名录', rows: rect(erows, 12), merges: emerges },
      { name: '填表说明', rows: notes },
    ],
    expect: {
      sheets: {
        '贫困人口劳动力（钱排镇）': { kind: 'poorPersons', records },
        '入驻企业名录': { kind: 'enterprises', records: eRecords },
        '填表说明': { kind: null },
      },
    },
  });
}

// ================================================================ ledgers 2: 化州市
function ledgersHuazhou() {
  const rng = makeRng(4022);
  const newId = makeIdFactory(rng);
  const newName = makeNamer(rng);
  const AREA = '440982';
  const classes = [
    { no: 1, name: '第1期 农村电商基础班', span: '2020.10.13-10.15', end: '2020-10-15', endCell: D('2020-10-15'), n: 14, joined: 16 },
    { no: 2, name: '第2期 直播带货实操班', span: '2020年12月8日-9日', end: '2020-12-09', endCell: '2020年12月9日', n: 12, joined: 13 },
    { no: 3, name: '第3期 网店运营提升班', span: '2021.4.7-4.9', end: '2021-04-09', endCell: '20210409', n: 13, joined: 15 },
    { no: 4, name: '第4期 电商扶贫专场', span: '2021年6月22日', end: '2021-06-22', endCell: '2021.6.22', n: 12, joined: 12 },
    { no: 5, name: '第5期 农产品网销班', span: '2021.9.14-9.16', end: '2021-09-16', endCell: '2021.9.16', n: 8, joined: 9 },
  ];
  const rows = [];
  const merges = [];
  rows.push(['化州市电子商务进农村综合示范项目培训结业证书发放登记簿']); merges.push('A1:K1');
  rows.push(['发证单位：化州市电子商务公共服务中心　　　　证书编号规则：HZDS-年份-期次-流水号']); merges.push('A2:K2');
  rows.push(['序号', '证书编号', '姓名', '性别', '公民身份号码', '培训班次', '培训时间', '结业日期', '发放方式', '领取人签字', '备注']);
  const records = [];
  let seq = 0;
  let reissue = null;
  for (const c of classes) {
    const start = rows.length;
    const yr = c.end.slice(0, 4);
    for (let k = 1; k <= c.n; k++) {
      const g = rng.next() < 0.55 ? 'F' : 'M';
      const name = newName(g);
      let id = newId(AREA, { gender: g, minYear: 1968, maxYear: 2001, forceX: c.no === 1 && k === 5, noX: !(c.no === 1 && k === 5) });
      let cell = id, exp = id;
      if (c.no === 1 && k === 5) cell = id.slice(0, 17) + 'x';
      if (c.no === 2 && k === 3) cell = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
      if (c.no === 4 && k === 9) { cell = '未登记'; exp = null; }
      if (c.no === 5 && k === 4) { cell = id.slice(0, 10) + '****' + id.slice(14); exp = cell; }
      const certNo = `HZDS-${yr}-${String(c.no).padStart(2, '0')}-${String(k).padStart(3, '0')}`;
      const how = rng.next() < 0.7 ? '现场领取' : (rng.next() < 0.5 ? '代领' : '邮寄');
      if (c.no === 3 && k === 5) {
        // voided certificate, then reprinted
        const wrong = name[0] + (name[1] === '晓' ? '小' : '晓') + name.slice(-1);
        rows.push([++seq, certNo, wrong, g === 'F' ? '女' : '男', cell, k === 1 ? c.name : null, null, null, '作废', null, '姓名打错，证书作废，重新打印见下一行']);
        rows.push([++seq, certNo + '-R', name, g === 'F' ? '女' : '男', cell, null, null, null, how, how === '邮寄' ? null : name, '重新打印']);
      } else {
        rows.push([++seq, certNo, name, g === 'F' ? '女' : '男', cell, k === 1 ? c.name : null, k === 1 ? c.span : null, k === 1 ? c.endCell : null, how, how === '邮寄' ? null : name, null]);
      }
      if (c.no === 2 && k === 7) reissue = { certNo, name, g, cell };
      records.push({ date: c.end, personTimes: 1, id: exp });
    }
    // 班次/培训时间/结业日期 merged per class
    for (const col of ['F', 'G', 'H']) merges.push(`${col}${start + 1}:${col}${rows.length}`);
    // put the values in the first row of the merge (already there for k===1 except class 3 row 1 is normal)
    rows[start][5] = c.name; rows[start][6] = c.span; rows[start][7] = c.endCell;
    if (c.no === 3) {
      // 补发 row appended after class 3 (reissued 2021-03-02? no: issued in April queue)
      rows.push([++seq, reissue.certNo + '（补）', reissue.name, reissue.g === 'F' ? '女' : '男', reissue.cell, '第2期 直播带货实操班', '2020年12月8日-9日', '2020年12月9日', '补发', reissue.name, '原证遗失，2021.4.12补发（同一学员，不另计人次）']);
    }
  }
  rows.push([]);
  rows.push(['合计：登记61行，有效证书60本（含补发1本），作废1本；结业学员59人次']); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, 10));
  rows.push(['制表：化州市电子商务公共服务中心 陈××　　　审核：市商务局电商股']); merges.push(RANGE(rows.length - 1, 0, rows.length - 1, 10));

  const sum = [['化州市电商培训各期结业情况统计（汇总，数据来自证书登记簿）'], ['期次', '培训时间', '报名人数', '结业人数', '发证数（不含补发）', '备注']];
  for (const c of classes) sum.push([c.name, c.span, c.joined, c.n, c.n, c.joined > c.n ? `${c.joined - c.n}人缺课未结业` : null]);
  sum.push(['合计', null, classes.reduce((a, c) => a + c.joined, 0), classes.reduce((a, c) => a + c.n, 0), classes.reduce((a, c) => a + c.n, 0), null]);

  // media: outlet written in the column of its level
  const media = [
    ['2020.9.26', '2020-09-26', '化州橘红“云上”开卖 直播间里卖出十万单', null, '南方+', null, null, '网络', '否', 'https://static.nfapp.southcn.com/…'],
    [D('2020-11-05'), '2020-11-05', '化州：电商服务站开到村口', null, null, '茂名日报', null, '报纸', '否', 'A3版'],
    ['2020年12月18日', '2020-12-18', '广东化州：小站点连起致富路', '人民网', null, null, null, '网络', '是', 'http://gd.people.com.cn/…'],
    ['21.1.22', '2021-01-22', '年货节线上专场 带动农户增收', null, null, null, '化州市融媒体中心', '网络', '否', '“化州发布”公众号'],
    ['2021-03-09', '2021-03-09', '化橘红里的脱贫故事', null, '广东广播电视台珠江频道《今日关注》', null, null, '电视', '是', null],
    ['2021.4.16', '2021-04-16', '化州举办网店运营提升班', null, null, '茂名电视台《茂名新闻》', null, '电视', '否', null],
    ['2021年5月', '2021-05', '合江镇贫困户学直播卖番石榴', null, null, null, '化州电视台《化州新闻》', '电视', '是', null],
    [D('2021-07-07'), '2021-07-07', '化州：电商进农村 激活乡村振兴新动能', '中国网', null, null, null, '网络', '否', 'http://www.china.com.cn/…'],
    ['2021.8.30', '2021-08-30', '化州“三级物流”让快递进村更快', null, '羊城晚报', null, null, '报纸', '否', 'A12版'],
    ['2021.9.12', '2021-09-12', '化州电商培训走进田间地头', null, null, '茂名晚报', null, '报纸', '否', '第5版'],
  ];
  const mrows = [];
  const mmerges = [];
  mrows.push(['化州市电子商务进农村宣传报道登记表']); mmerges.push('A1:K1');
  mrows.push(['序号', '报道日期', '报道标题', '刊发媒体（按媒体级别填在对应栏内）', null, null, null, '报道形式', '电商扶贫案例', '链接/版面', '备注']);
  mrows.push([null, null, null, '中央级', '省级', '茂名市级', '化州市级', null, null, null, null]);
  mmerges.push('D2:G2');
  for (const c of ['A', 'B', 'C', 'H', 'I', 'J', 'K']) mmerges.push(`${c}2:${c}3`);
  const mRecords = [];
  media.forEach((m, i) => {
    if (i === 6) mrows.push([]);
    mrows.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], null]);
    const level = m[3] ? 'national' : m[4] ? 'province' : m[5] ? 'city' : 'county';
    mRecords.push({ date: m[1], level, tv: m[7] === '电视' });
  });
  mrows.push(['合计：10篇（截至2021年9月15日）']); mmerges.push(RANGE(mrows.length - 1, 0, mrows.length - 1, 10));

  writeCase('ledgers', 'b30-l2-huazhou.json', {
    description: '化州市（茂名）电商公共服务中心与商务局的三张表：①《培训结业证书发放登记簿》当培训台账用——一行一本证书（证书编号HZDS-年份-期次-流水号），培训班次、培训时间、结业日期按期纵向合并只写在第一行（真日期、“2020年12月9日”、8位数“20210409”、“2021.6.22”、“2021.9.16”），一条记录＝一名结业学员、日期取结业日期（即培训时间区间的末日）；②《各期结业情况统计》汇总表（不是台账）；③《宣传报道登记表》没有“级别”列，媒体名称填在“中央级|省级|茂名市级|化州市级”四栏中的一栏（两行表头），级别由所在栏决定，电视看“报道形式”。陷阱：第3期一本证书“作废”（姓名打错）后重新打印一行，作废行不是学员；第2期一名学员遗失证书，在第3期后面补发一行“（补）”，不另计；身份证小写x、带空格、“未登记”（null）、打码（照写）各一；第5期2021.9.16和茂名晚报2021.9.12在截止日后（照列）；中间一行空行；报道“2021年5月”只到月；合计与制表行不是记录。',
    sheets: [
      { name: '结业证书登记', rows: rect(rows, 11), merges },
      { name: '各期结业统计', rows: rect(sum, 6), merges: ['A1:F1'] },
      { name: '宣传报道登记', rows: rect(mrows, 11), merges: mmerges },
    ],
    expect: {
      sheets: {
        '结业证书登记': { kind: 'training', records },
        '各期结业统计': { kind: null },
        '宣传报道登记': { kind: 'media', records: mRecords },
      },
    },
  });
}

// ================================================================ county: 惠来县
function countyHuilai() {
  const rng = makeRng(5030);
  const newId = makeIdFactory(rng);
  const newName = makeNamer(rng);
  const AREA = '445224';
  const ASOF = '2021-08-31';
  const towns = [
    ['惠城镇', 16, 9], ['华湖镇', 18, 2], ['仙庵镇', 24, 1], ['靖海镇', 17, 2], ['周田镇', 28, 1],
    ['前詹镇', 15, 1], ['神泉镇', 14, 3], ['东陇镇', 26, 1], ['岐石镇', 18, 1], ['隆江镇', 32, 2],
    ['溪西镇', 17, 1], ['鳌江镇', 19, 1], ['东港镇', 16, 1], ['葵潭镇', 21, 1],
  ];
  const C1 = '东西南北上下新前后大林陈黄赤石龙凤溪湖港山田美和兴隆仙华葵靖神鳌岐周盐青白乌金玉竹桥安宁富澳沙岭望乐福德'.split('');
  const C2 = '寮埔洋厝坑溪湖港山田头尾内墩围寨乡美林岭沟陂塘园坪仔楼桥堀浦'.split('');
  const usedNames = new Set();
  function base2() { for (;;) { const n = rng.pick(C1) + rng.pick(C2); if (!usedNames.has(n) && n[0] !== n[1]) { usedNames.add(n); return n; } } }
  const villages = []; // {town, base, admin, listName, style}
  towns.forEach(([t, nv, nc], ti) => {
    const style = ti % 2; // 0: ××村委会, 1: ××村
    for (let i = 0; i < nv; i++) { const b = base2(); villages.push({ town: t, base: b, admin: true, listName: style === 0 ? b + '村委会' : b + '村', style }); }
    for (let i = 0; i < nc; i++) { const b = base2(); villages.push({ town: t, base: b, admin: false, listName: b + (i % 2 === 0 ? '社区' : '居委会') }); }
  });
  const admin = villages.filter((v) => v.admin);
  if (admin.length !== 281 || villages.length !== 308) throw new Error('village counts');
  const shuffledAdmin = rng.shuffle(admin);
  const poor = shuffledAdmin.slice(0, 42);
  poor.forEach((v) => (v.poor = true));
  const nonPoor = shuffledAdmin.slice(42);
  const noExpress = [nonPoor[200], nonPoor[201], poor[20]];
  noExpress.forEach((v) => (v.noExpress = true));
  const BRANDS = ['邮政', '中通', '圆通', '韵达', '申通', '极兔', '顺丰', '百世'];
  admin.forEach((v) => {
    if (v.noExpress) { v.express = '无（村民到镇上取件）'; return; }
    const k = rng.int(1, 4);
    const b = rng.shuffle(BRANDS.slice(1)).slice(0, k - 1);
    v.express = ['邮政', ...b].join('、');
  });

  // ---------- stations
  const covered = [...poor.slice(0, 40), ...nonPoor.slice(0, 100)];
  const randDate = (lo, hi) => { const a = Date.parse(lo), b = Date.parse(hi); return new Date(a + Math.floor(rng.next() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10); };
  const stations = [];
  const stationVillageText = (v) => {
    if (!v.admin) return v.listName;
    if (v.style === 0) return rng.next() < 0.7 ? v.base + '村' : v.base + '村民委员会';
    return rng.next() < 0.5 ? v.base + '村委会' : v.base + '村';
  };
  for (const v of covered) stations.push({ v, opened: randDate('2020-05-10', '2021-08-28'), status: '正常运营' });
  const dupV = nonPoor[7];
  stations.push({ v: dupV, opened: randDate('2021-03-01', '2021-07-30'), status: '正常运营', second: true });
  const comms = villages.filter((v) => !v.admin);
  stations.push({ v: comms[0], opened: '2020-09-15', status: '正常运营' });
  stations.push({ v: comms[12], opened: '2021-01-06', status: '正常运营' });
  stations.push({ v: { town: '葵潭镇', base: '葵潭农场', admin: null, listName: '葵潭农场第三作业区', outside: true }, opened: '2020-12-02', status: '正常运营' });
  stations.push({ v: poor[40], opened: '2021-09-09', status: '正常运营' });
  stations.push({ v: nonPoor[150], opened: '2021-09-16', status: '正常运营' });
  stations.push({ v: nonPoor[151], opened: '2021-09-23', status: '正常运营' });
  stations.push({ v: nonPoor[152], opened: '2020-08-21', status: '已撤销（2021年6月）', revoked: true });
  const townOrder = Object.fromEntries(towns.map((t, i) => [t[0], i]));
  stations.sort((a, b) => townOrder[a.v.town] - townOrder[b.v.town] || a.opened.localeCompare(b.opened));
  const OPERATORS = ['惠来县邮政分公司', '广东惠商网络科技有限公司', '村级便利店', '村委会', '供销社'];
  const srows = [];
  const smerges = [];
  srows.push(['惠来县村级电子商务服务站点建设情况一览表']); smerges.push('A1:I1');
  srows.push(['填报单位：惠来县商务局　　　　　　　　　　　　　　　　　　更新至：2021年9月25日']); smerges.push('A2:I2');
  srows.push(['站点编号', '镇', '站点名称', '所在村（社区）', '挂牌日期', '运营主体', '负责人', '联系电话', '状态']);
  const styles = ['cell', 'cell', 'cell', 'cell', 'dot', 'dot', 'dot', 'cn', 'cn', 'slash', 'cnnum', 'cnnum'];
  let curTown = null, townStart = 0, townSeq = 0;
  const TOWN_AB = { 惠城镇: 'HC', 华湖镇: 'HH', 仙庵镇: 'XA', 靖海镇: 'JH', 周田镇: 'ZT', 前詹镇: 'QZ', 神泉镇: 'SQ', 东陇镇: 'DL', 岐石镇: 'QS', 隆江镇: 'LJ', 溪西镇: 'XX', 鳌江镇: 'AJ', 东港镇: 'DG', 葵潭镇: 'KT' };
  for (const s of stations) {
    if (s.v.town !== curTown) {
      if (curTown !== null && srows.length - 1 > townStart) smerges.push(`B${townStart + 1}:B${srows.length}`);
      curTown = s.v.town; townStart = srows.length; townSeq = 0;
    }
    townSeq++;
    const vtext = s.v.outside ? '葵潭农场三队' : stationVillageText(s.v);
    const sname = s.v.outside ? '葵潭农场第三作业区电商服务点'
      : s.v.admin ? `${s.v.town}${s.v.base}村电商服务站${s.second ? '（二站）' : ''}` : `${s.v.town}${s.v.base}便民电商服务点`;
    const st = rng.pick(styles);
    srows.push([`HL-${TOWN_AB[s.v.town]}-${String(townSeq).padStart(2, '0')}`, townSeq === 1 ? s.v.town : null, sname, vtext,
      fmtDate(s.opened, st), rng.pick(OPERATORS), newName(rng.next() < 0.6 ? 'M' : 'F'), phone(rng), s.status]);
  }
  if (srows.length - 1 > townStart) smerges.push(`B${townStart + 1}:B${srows.length}`);
  srows.push([`合计：登记站点${stations.length}个（含已撤销1个，9月新挂牌3个）`]); smerges.push(RANGE(srows.length - 1, 0, srows.length - 1, 8));
  srows.push(['注：挂牌日期以镇报送的挂牌照片日期为准；已撤销站点保留登记，不计入覆盖。']); smerges.push(RANGE(srows.length - 1, 0, srows.length - 1, 8));

  // ---------- villages sheet
  const vrows = [];
  const vmerges = [];
  vrows.push(['惠来县村（居）民委员会名单']); vmerges.push('A1:F1');
  vrows.push(['序号', '镇', '村（居）委会名称', '类别', '快递进村情况（进村快递品牌）', '备注']);
  let vseq = 0;
  for (const [t] of towns) {
    const start = vrows.length;
    for (const v of villages.filter((x) => x.town === t)) {
      vrows.push([++vseq, vrows.length === start ? t : null, v.listName, v.admin ? '行政村' : (v.listName.endsWith('社区') ? '社区' : '居委会'), v.admin ? v.express : null, null]);
    }
    vmerges.push(`B${start + 1}:B${vrows.length}`);
  }
  vrows.push([`合计：行政村281个，社区（居委会）27个`]); vmerges.push(RANGE(vrows.length - 1, 0, vrows.length - 1, 5));
  vrows.push(['注：快递进村情况填进村（设点或上门收派）的快递品牌；未通的填“无”。社区不填。']); vmerges.push(RANGE(vrows.length - 1, 0, vrows.length - 1, 5));

  // ---------- poor villages
  const PAIR = ['广州市海珠区', '广州市番禺区', '省直机关（省供销社）', '揭阳市直单位', '惠来县直单位'];
  const prow = [['惠来县省定贫困村名单'], ['序号', '镇', '村名', '对口帮扶单位', '出列情况']];
  const poorSorted = poor.slice().sort((a, b) => townOrder[a.town] - townOrder[b.town]);
  poorSorted.forEach((v, i) => prow.push([i + 1, v.town, v.base + '村', rng.pick(PAIR), '2020年已出列']));
  prow.push(['合计：42个']);

  // ---------- training log (month blocks)
  const months = [];
  for (let y = 2019, m = 12; y < 2021 || (y === 2021 && m <= 9); m === 12 ? (y++, m = 1) : m++) months.push([y, m]);
  const PLACES = ['县电商公共服务中心培训室', '隆江镇政府三楼会议室', '葵潭镇文化站', '靖海镇电商服务站', '东陇镇政府会议室', '惠城镇南门社区活动中心', '神泉镇渔港电商服务站', '华湖镇政府会议室'];
  const TOPICS = ['农村电商基础知识', '网店开设与运营', '短视频拍摄与直播带货', '农产品包装与品牌', '微信小程序营销', '电商客服与售后', '跨境电商入门', '农村电商创业指导'];
  const TARGETS = ['农户、返乡青年', '合作社、家庭农场', '镇村干部', '电商从业人员', '退役军人、妇女', '大学生村官'];
  const sessions = [];
  for (const [y, m] of months) {
    if ((y === 2021 && m === 2) || (y === 2020 && (m === 2 || m === 3))) continue;
    if (y === 2021 && m === 9) continue;
    const k = rng.int(2, 4);
    const days = rng.shuffle(Array.from({ length: 26 }, (_, i) => i + 2)).slice(0, k).sort((a, b) => a - b);
    for (const d of days) sessions.push({ y, m, d, multi: rng.next() < 0.15, n: rng.int(45, 130) });
  }
  const target = 4850;
  let cur = sessions.reduce((a, s) => a + s.n, 0);
  // spread the difference over sessions, keeping 30..160
  let diff = target - cur; let idx = 0;
  while (diff !== 0) { const s = sessions[idx % sessions.length]; const step = diff > 0 ? 1 : -1; if (s.n + step >= 30 && s.n + step <= 160) { s.n += step; diff -= step; } idx++; }
  sessions.push({ y: 2021, m: 9, d: 2, multi: false, n: 220, sept: true });
  const trows = [];
  const tmerges = [];
  trows.push(['惠来县电子商务进农村培训情况登记表（普及培训、增值培训）']); tmerges.push('A1:G1');
  trows.push(['登记单位：惠来县电子商务公共服务中心　　　（贫困户专场培训另有逐人签到表，人次不在本表）']); tmerges.push('A2:G2');
  trows.push(['期次', '日期', '培训地点', '培训内容', '培训对象', '参训人次', '签到表']);
  let period = 0; let lastYear = 2019;
  for (const [y, m] of months) {
    const ms = sessions.filter((s) => s.y === y && s.m === m);
    if (y !== lastYear) { trows.push([]); lastYear = y; }
    if (ms.length === 0) { trows.push([y === 2020 ? `${y}年${m}月（疫情防控，暂停线下培训）` : `${y}年${m}月（春节，未开班）`]); tmerges.push(RANGE(trows.length - 1, 0, trows.length - 1, 6)); continue; }
    const tot = ms.reduce((a, s) => a + s.n, 0);
    trows.push([`${y}年${m}月（共${ms.length}期，${tot}人次）`]); tmerges.push(RANGE(trows.length - 1, 0, trows.length - 1, 6));
    for (const s of ms) {
      period++;
      const r = rng.next();
      const day = s.multi ? (r < 0.5 ? `${s.d}-${s.d + 1}日` : `${s.d}—${s.d + 1}日`) : (r < 0.7 ? `${s.d}日` : `${s.d}号`);
      s.end = iso(y, m, s.multi ? s.d + 1 : s.d);
      const nCell = rng.next() < 0.2 ? `${s.n}人次` : s.n;
      trows.push([`第${period}期`, day, rng.pick(PLACES), rng.pick(TOPICS), rng.pick(TARGETS), nCell, rng.next() < 0.85 ? '已归档' : '详见附件']);
    }
  }
  const logTotal = sessions.reduce((a, s) => a + s.n, 0);
  trows.push(['合计（2019年12月—2021年9月）', null, null, null, null, logTotal, null]);
  trows.push(['注：1.贫困户专场培训另见“贫困户专场签到”表；2.各期人次以签到表实到人数为准；3.日期栏只写日，年月见上方月份行。']); tmerges.push(RANGE(trows.length - 1, 0, trows.length - 1, 6));
  const logByCutoff = sessions.filter((s) => s.end <= ASOF).reduce((a, s) => a + s.n, 0);
  if (logByCutoff !== target) throw new Error('log total ' + logByCutoff);

  // ---------- poor persons
  const poorVillagesForPeople = poor.concat(nonPoor.slice(0, 30));
  const mkPerson = (opts) => {
    const g = rng.next() < 0.5 ? 'M' : 'F';
    const v = rng.pick(poorVillagesForPeople);
    return { name: newName(g), g, v, id: newId(AREA, { gender: g, minYear: 1962, maxYear: 2001, forceX: !!opts.forceX, noX: !opts.forceX && rng.next() < 0.9 }), ...opts };
  };
  const eligible = Array.from({ length: 236 }, (_, i) => mkPerson({ forceX: i < 3 }));
  // the first three have X check digits; they will be trained once with a lower-case x
  const migrants = Array.from({ length: 78 }, () => mkPerson({}));
  const outsiders = Array.from({ length: 5 }, () => mkPerson({}));
  const lowerX = eligible.slice(0, 3);
  const rest = rng.shuffle(eligible.slice(3));
  const trainedByCutoff = lowerX.concat(rest.slice(0, 116)); // 119
  const septNew = rest.slice(116, 131); // 15
  // first attendances: A 35, B 27, C 29, D 28
  const order = rng.shuffle(trainedByCutoff);
  const firstA = order.slice(0, 35), firstB = order.slice(35, 62), firstC = order.slice(62, 91), firstD = order.slice(91, 119);
  const notLower = (p) => !lowerX.includes(p);
  const repB = firstA.filter(notLower).slice(0, 3);
  const repC = firstA.filter(notLower).slice(3, 5).concat(firstB.filter(notLower).slice(0, 1));
  const repD = firstB.filter(notLower).slice(1, 2).concat(firstC.filter(notLower).slice(0, 2));
  const repE = firstC.filter(notLower).slice(2, 6).concat(firstD.filter(notLower).slice(0, 3));
  const sess = [
    { key: 'A', date: '2020-11-18', cell: '2020.11.18', label: '专场第1期', people: rng.shuffle([...firstA, outsiders[0]]) },
    { key: 'B', date: '2021-01-20', cell: D('2021-01-20'), label: '专场第2期', people: rng.shuffle([...firstB, ...repB, ...migrants.slice(0, 4)]) },
    { key: 'C', date: '2021-04-22', cell: '2021年4月22日', label: '专场第3期', people: rng.shuffle([...firstC, ...repC, outsiders[1]]) },
    { key: 'D', date: '2021-07-15', cell: '2021/7/15', label: '专场第4期', people: rng.shuffle([...firstD, ...repD]) },
    { key: 'E', date: '2021-09-08', cell: '2021.9.8', label: '专场第5期', people: rng.shuffle([...septNew, ...repE, ...outsiders.slice(2, 5)]) },
  ];
  const sizes = sess.map((s) => s.people.length).join(',');
  if (sizes !== '36,34,33,31,25') throw new Error('session sizes ' + sizes);
  const prowsSign = [];
  prowsSign.push(['惠来县电商扶贫专场培训签到表（建档立卡贫困户）']);
  prowsSign.push(['序号', '培训日期', '期次', '姓名', '性别', '镇', '村', '身份证号码', '是否建档立卡贫困户', '签名']);
  let ps = 0; let spaced = false;
  const signRows = []; // for scoring check: {date, id as written}
  for (const s of sess) {
    for (const p of s.people) {
      let idCell = p.id;
      if (lowerX.includes(p)) idCell = p.id.slice(0, 17) + 'x';
      else if (!spaced && s.key === 'C' && eligible.includes(p)) { idCell = p.id + ' '; spaced = true; }
      const isOut = outsiders.includes(p);
      prowsSign.push([++ps, s.cell, s.label, p.name, p.g === 'M' ? '男' : '女', p.v.town, p.v.base + '村', idCell, isOut ? '否（村干部陪同）' : '是', p.name]);
      signRows.push({ date: s.date, id: idCell });
    }
    prowsSign.push([]);
  }
  prowsSign.pop();
  prowsSign.push(['注：每期专场由镇乡村振兴办组织，村干部陪同参训的也签到。']);

  const rosterRows = (title, list, extraHead, extraFn) => {
    const r = [[title], ['数据来源：惠来县乡村振兴局防返贫监测系统　　导出时间：2021年8月28日'], ['序号', '镇', '村', '姓名', '性别', '身份证号码', extraHead, '联系电话']];
    list.slice().sort((a, b) => townOrder[a.v.town] - townOrder[b.v.town] || a.v.base.localeCompare(b.v.base))
      .forEach((p, i) => r.push([i + 1, p.v.town, p.v.base + '村', p.name, p.g === 'M' ? '男' : '女', p.id, extraFn(p), phone(rng)]));
    r.push([`合计：${list.length}人`]);
    return r;
  };
  const homeRows = rosterRows('惠来县有劳动能力建档立卡贫困人口名单（在家，不含外出务工人员）', eligible, '劳动力类型', () => (rng.next() < 0.85 ? '普通劳动力' : '技能劳动力'));
  const awayRows = rosterRows('惠来县有劳动能力建档立卡贫困人口名单（外出务工）', migrants, '务工地', () => rng.pick(['深圳', '广州', '东莞', '汕头', '揭阳市区', '惠州', '福建晋江']));

  // ---------- enterprises, grouped by type
  const entGroups = [
    ['一、平台型电商企业', [
      ['广东惠商网络科技有限公司', '2020.8.18', null], ['惠来县惠优购电子商务有限公司', D('2020-09-02'), null],
      ['揭阳市潮汕好物网络科技有限公司', '2020年10月', null], ['惠来县海滨优选科技有限公司', '2021.9.10', null],
    ]],
    ['二、销售型电商企业', [
      ['惠来县鲍鱼哥水产有限公司', '2020.8.18', null], ['惠来县荔园农业发展有限公司', D('2020-08-25'), null],
      ['惠来县靖海鱼干电子商务商行', '2020/9/12', '2021.5.20'], ['惠来县隆江猪脚饭食品有限公司', '2020.10.16', null],
      ['惠来县葵潭菠萝专业合作社', '2020年11月', null], ['惠来县神泉海味电子商务有限公司', D('2020-12-08'), null],
      ['惠来县东陇茶叶有限公司', '2021.1.18', null], ['惠来县前詹紫菜电商商行', '2021/3/22', '2021.9.15'],
      ['惠来县仙庵橄榄农产品有限公司', '2021.6.1', null],
    ]],
    ['三、电商运营服务商', [
      ['揭阳市粤东电商运营服务有限公司', '2020.8.18', null], ['惠来县创客空间孵化服务有限公司', D('2020-09-20'), null],
      ['惠来县直播星文化传媒有限公司', '2020.12.26', null], ['惠来县美工坊设计工作室', '2021.2.3', null],
      ['惠来县云帮代运营服务有限公司', '2021年4月', null],
    ]],
    ['四、物流快递企业', [
      ['惠来县邮政分公司电商物流部', '2020.8.18', null], ['惠来县中通快递有限公司', D('2020-10-09'), null],
      ['惠来县极兔速递服务部', '2021.5.6', null],
    ]],
    ['五、其他（金融、检测）', [
      ['惠来农村商业银行电商金融服务点', '2020.11.2', null], ['惠来县农产品质量检测服务站', D('2021-03-15'), null],
    ]],
  ];
  const enterprises = [];
  const erows = [['惠来县电子商务产业园入驻企业名单（按企业类型）'], ['序号', '企业名称', '统一社会信用代码', '入驻时间', '退出时间', '房号', '联系人']];
  const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let eseq = 0;
  const usedRooms = new Set();
  for (const [g, list] of entGroups) {
    erows.push([`${g}（${list.length}家）`]);
    for (const [n, ent, left] of list) {
      const code = (/合作社/.test(n) ? '93445224' : /商行|工作室|服务部/.test(n) ? '92445224' : '91445224') + 'MA' + Array.from({ length: 8 }, () => rng.pick(CC.split(''))).join('');
      let room; do { room = `${rng.pick(['A', 'B', 'C'])}${rng.int(1, 3)}0${rng.int(1, 9)}`; } while (usedRooms.has(room)); usedRooms.add(room);
      erows.push([++eseq, n, code, ent, left, room, newName(rng.next() < 0.5 ? 'M' : 'F')]);
      const entIso = typeof ent === 'object' ? ent.date : /年/.test(ent) ? ent.replace(/(\d{4})年(\d{1,2})月/, (_, y, m) => `${y}-${pad2(+m)}`) : ent.replace(/[./]/g, '-').replace(/-(\d)(?=-|$)/g, '-0$1');
      const leftIso = left ? left.replace(/\./g, '-').replace(/-(\d)(?=-|$)/g, '-0$1') : null;
      enterprises.push({ name: n, kind: g, entered: entIso, left: leftIso });
    }
  }
  erows.push([`合计：${eseq}家（含已退出1家、9月退出1家、9月入驻1家）`]);

  // ---------- funds (国库集中支付)
  const FUND_ALLOC = 5000000;
  const funds = [
    ['2020-06-15', '2020.6.15', '广东惠商网络科技有限公司', '县级电商公共服务中心建设（首付款）', 900000, '已支付', null],
    ['2020-09-28', D('2020-09-28'), '惠来县邮政分公司', '村级站点建设（第一期）', 600000, '已支付', null],
    ['2020-12-18', '2020/12/18', '广东惠商网络科技有限公司', '中心建设进度款', 500000, '已支付', null],
    ['2021-01-25', '2021.1.25', '惠来县中通快递有限公司', '县乡村三级物流体系建设', 420000, '已支付', null],
    ['2021-03-30', '2021年3月30日', '揭阳市粤东电商运营服务有限公司', '电商培训服务费', 260000, '已支付', null],
    ['2021-05-21', D('2021-05-21'), '惠来县邮政分公司', '村级站点建设（第二期）', 480000, '已支付', null],
    ['2021-07-16', '2021.7.16', '广东溯源云科技有限公司', '农产品溯源系统建设', 260000, '已支付', null],
    ['2021-08-20', '2021.8.20', '广东惠商网络科技有限公司', '中心运营服务费（尾款）', 400000, '作废', '收款账号有误，支付令作废，9月重新支付'],
    ['2021-09-06', '2021.9.6', '广东惠商网络科技有限公司', '中心运营服务费（尾款，重新支付）', 400000, '已支付', '原8月20日支付令作废后重开'],
  ];
  const frows = [['惠来县省级电子商务进农村综合示范专项资金国库集中支付登记'], ['资金来源：2019年省级促进经济高质量发展专项资金（下达500万元）', null, null, null, null, '单位：元'],
    ['序号', '支付令号', '支付日期', '收款单位', '用途', '金额', '支付状态', '备注']];
  funds.forEach((f, i) => frows.push([i + 1, `惠财支〔${f[0].slice(0, 4)}〕${String(100 + i * 29 + (f[0] < '2021' ? 0 : -70)).padStart(4, '0')}号`, f[1], f[2], f[3], i % 3 === 0 ? `¥${f[4].toLocaleString('en-US')}.00` : f[4], f[5], f[6]]));
  frows.push(['合计（已支付）', null, null, null, null, funds.filter((f) => f[5] === '已支付').reduce((a, f) => a + f[4], 0), null, '含9月6日重新支付的40万元']);

  // ---------- reports (recipient tick columns)
  const reports = [
    ['2020-06-10', '2020.6.10', '5月份电商进农村工作进展', 1, 0, 0, '否'],
    ['2020-07-09', D('2020-07-09'), '6月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2020-08-10', '2020年8月10日', '7月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2020-09-08', '2020.9.8', '8月份工作进展及电商统计数据', 1, 1, 0, '是'],
    ['2020-09-25', '2020.9.25', '示范县建设工作专报（第3期）', 0, 1, 0, '否'],
    ['2020-10-12', D('2020-10-12'), '9月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2020-11-09', '2020/11/9', '10月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2020-12-08', '2020.12.8', '11月份工作进展及电商统计数据', 1, 0, 1, '是'],
    ['2021-01-08', D('2021-01-08'), '12月份及全年工作进展', 1, 0, 0, '是'],
    ['2021-01-26', '2021.1.26', '春节前农产品网销情况专报', 0, 1, 0, '否'],
    ['2021-02-05', '2021年2月5日', '1月份工作进展（春节前提前报送）', 1, 0, 0, '否'],
    ['2021-03-09', '2021.3.9', '2月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2021-04-08', D('2021-04-08'), '3月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2021-05-10', '2021/5/10', '4月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2021-06-09', '2021.6.9', '5月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2021-07-08', '2021.7.8', '6月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2021-07-30', D('2021-07-30'), '上半年工作总结', 1, 1, 0, '是'],
    ['2021-08-09', '2021年8月9日', '7月份工作进展及电商统计数据', 1, 0, 0, '是'],
    ['2021-09-08', '2021.9.8', '8月份工作进展及电商统计数据', 1, 0, 0, '是'],
  ];
  const rrows = [['惠来县电子商务进农村工作信息报送登记表'],
    ['序号', '报送日期', '报送内容', '报送对象（打✓）', null, null, '含电商扶贫统计', '报送方式'],
    [null, null, null, '揭阳市商务局', '县政府办', '县委办', null, null]];
  reports.forEach((r, i) => rrows.push([i + 1, r[1], r[2], r[3] ? '✓' : null, r[4] ? '✓' : null, r[5] ? '✓' : null, r[6], r[3] ? '粤政易/邮件' : 'OA']));
  const rmerges = ['A1:H1', 'D2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'G2:G3', 'H2:H3'];

  // ---------- disclosures
  const disc = [
    ['2020-06-19', '2020-06-19', '创建方案', '惠来县电子商务进农村综合示范县创建工作方案'],
    ['2020-07-15', D('2020-07-15'), '项目公示', '惠来县电子商务进农村综合示范项目基本信息公示（第一批）'],
    ['2020-08-14', '2020-08-14', '建设进度', '7月份项目建设进度'],
    ['2020-09-11', '2020年9月11日', '建设进度', '8月份项目建设进度'],
    ['2020-10-13', '2020-10-13', '建设进度', '9月份项目建设进度'],
    ['2020-10-28', D('2020-10-28'), '项目公示', '惠来县电子商务进农村综合示范项目基本信息公示（第二批）'],
    ['2020-11-12', '2020.11.12', '建设进度', '10月份项目建设进度'],
    ['2020-12-10', '2020-12-10', '建设进度', '11月份项目建设进度'],
    ['2021-01-14', '2021-01-14', '建设进度', '12月份项目建设进度'],
    ['2021-03-05', '2021年3月5日', '建设进度', '1-2月份项目建设进度'],
    ['2021-04-12', '2021-04-12', '建设进度', '3月份项目建设进度'],
    ['2021-05-11', D('2021-05-11'), '建设进度', '4月份项目建设进度'],
    ['2021-06-10', '2021-06-10', '建设进度', '5月份项目建设进度'],
    ['2021-06-25', '2021.6.25', '意见征集', '关于征集电子商务进农村工作意见建议的公告（附监督举报电话）'],
    ['2021-07-12', '2021-07-12', '建设进度', '6月份项目建设进度'],
    ['2021-08-11', '2021-08-11', '建设进度', '7月份项目建设进度'],
    ['2021-09-10', '2021-09-10', '建设进度', '8月份项目建设进度'],
  ];
  const drows = [['惠来县政府网“电子商务进农村综合示范”专栏更新记录'], ['序号', '发布日期', '子栏目', '信息标题', '网址']];
  disc.forEach((d, i) => drows.push([i + 1, d[1], d[2], d[3], `http://www.huilai.gov.cn/zwgk/dsjnc/content/post_${560000 + i * 173}.html`]));

  // ---------- media
  const media = [
    ['2020-10-12', '2020.10.12', '南方日报', '第A07版 揭阳观察', '惠来：电商服务站开进渔村', '省级', '报纸', '否'],
    ['2020-12-03', D('2020-12-03'), '人民网', '广东频道', '广东惠来：小鲍鱼游上“云”端', '中央', '网络', '否'],
    ['2021-01-15', '2021年1月15日', '惠来县融媒体中心', '“惠来发布”', '年货节惠来好物线上热销', '县级', '网络', '否'],
    ['2021-03-20', '2021.3.20', '广东广播电视台', '《广东新闻联播》', '惠来贫困户直播卖荔枝干', '省级', '电视', '是'],
    ['2021-05-08', D('2021-05-08'), '惠来发布', '微信公众号', '隆江镇电商服务站成了村里的“淘宝店”', '县级', '微信', '否'],
    ['2021-07-02', '2021/7/2', '南方+', '揭阳频道', '惠来电商培训送到家门口', '省级', '网络', '否'],
    ['2021-09-03', '2021.9.3', '揭阳日报', '第3版', '惠来电商进农村见成效', '市级', '报纸', '否'],
    ['2021-09-16', '2021.9.16', 'CCTV-17农业农村频道', '《振兴乡村》', '惠来：电商帮贫困户卖出好价钱', '中央', '电视', '是'],
  ];
  const mrows = [['惠来县电子商务进农村宣传报道剪报册目录'], ['序号', '刊播日期', '媒体', '版面/栏目', '标题', '媒体级别', '形式', '电商扶贫案例']];
  media.forEach((m, i) => mrows.push([i + 1, m[1], m[2], m[3], m[4], m[5], m[6], m[7]]));

  // ---------- materials
  const mats = [['惠来县电子商务进农村经验材料报送登记'], ['序号', '报送日期', '材料名称', '报送单位', '备注'],
    [1, '2021.6.18', '《党建引领 电商赋能——惠来县电子商务进农村综合示范经验做法》', '揭阳市商务局', '市局编入简报'],
    [2, '2021.9.10', '《惠来县电商扶贫典型案例》', '揭阳市商务局', null]];

  // ---------- facts / self-assessment sheet (typed answer columns)
  const F = [];
  const fm = [];
  const fsec = (t) => { fm.push(RANGE(F.length, 0, F.length, 6)); F.push([t]); };
  F.push(['惠来县电子商务进农村综合示范创建考评基本情况及自评表']); fm.push('A1:G1');
  F.push(['填报单位（盖章）：惠来县商务局　　　　填报人：郑××　　联系电话：0663-66xxxxx']); fm.push('A2:G2');
  F.push(['序号', '项目', '数量', '计量单位', '时间', '是/否', '情况说明']);
  fsec('一、基本情况');
  F.push([1, '考评截止日期', null, null, D(ASOF), null, null]);
  F.push([2, '常住人口', 107.52, '万人', null, null, '第七次全国人口普查数；户籍人口141.6万人']);
  F.push([3, '行政村', 281, '个', null, null, '另有社区（居委会）27个']);
  F.push([4, '省定贫困村', 42, '个', null, null, null]);
  F.push([5, '领导小组组长', null, null, null, null, '县委副书记、县长']);
  F.push([6, '领导小组成员单位', null, null, null, null, '县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）、县市场监管局、县邮政分公司']);
  fsec('二、组织保障');
  F.push([7, '已正式印发示范县工作方案', null, null, D('2019-11-08'), '是', '惠府办〔2019〕61号']);
  F.push([8, '已出台支持农村电商发展的政策', null, null, '2020年5月', '是', '《惠来县扶持农村电子商务发展的若干措施》']);
  fsec('三、服务体系');
  F.push([9, '县级电子商务公共服务中心投入运营', null, null, D('2020-12-28'), '是', '位于县电子商务产业园一楼']);
  F.push([10, '有免费培训场所、培训设备，能组织电商基础培训', null, null, null, '是', '培训室2间，120座']);
  F.push([11, '为特色农产品提供免费展示、销售服务', null, null, null, '是', null]);
  F.push([12, '为电子商务市场主体提供免费摄影、美工服务', null, null, null, '是', null]);
  F.push([13, '组织农产品统一推广、指导特色农产品品牌建设', null, null, null, '是', '“惠来鲍鱼”“惠来荔枝”区域公用品牌']);
  F.push([14, '为电子商务发展提供其他衍生增值服务', null, null, null, '否', '暂未开展']);
  F.push([15, '建设或整合、优化当地电商产业园', null, null, '2020年8月', '是', '入驻企业23家']);
  F.push([16, '有专业第三方电子商务运营或服务商', null, null, null, '是', '广东惠商网络科技有限公司']);
  F.push([17, '行政村物流快递覆盖率100%', null, null, null, '是', '县邮政管理局出具证明']);
  F.push([18, '村级电商服务站点', 148, '个', null, null, '覆盖行政村143个，省定贫困村41个']);
  fsec('四、农村产品上行');
  F.push([19, '2019年农村网络零售额', 31.6, '亿元', null, null, null]);
  F.push([20, '2020年农村网络零售额', 39.8, '亿元', null, null, null]);
  F.push([21, '2020年农村网络零售额同比增速', 25.9, '%', null, null, null]);
  F.push([22, '2019年农产品网络零售额', '43,500', '万元', null, null, null]);
  F.push([23, '2020年农产品网络零售额', '58,300', '万元', null, null, null]);
  F.push([24, '2020年农产品网络零售额同比增速', 34, '%', null, null, '省商务厅大数据平台']);
  fsec('五、人才培训');
  F.push([25, '培训人次', '5,229', '人次', '2019.12-2021.9', null, '含贫困户专场']);
  F.push([26, '有劳动能力的建档立卡贫困人口（不含外出务工）', 236, '人', null, null, '县乡村振兴局确认']);
  F.push([27, '参加培训的建档立卡贫困人口', 134, '人', null, null, null]);
  fsec('六、信息公开及报送');
  F.push([28, '政府网专栏公示创建方案', null, null, null, '是', null]);
  F.push([29, '专栏公示项目基本信息', null, null, null, '是', null]);
  F.push([30, '专栏公示项目建设进度', null, null, null, '是', '每月更新']);
  F.push([31, '专栏设立征求意见或监督举报窗口', null, null, null, '是', '监督举报电话0663-66xxxxx']);
  F.push([32, '每月向市商务局报送工作情况', null, null, null, '是', null]);
  F.push([33, '能统计电商扶贫情况', null, null, null, '是', null]);
  fsec('七、资金');
  F.push([34, '省级专项资金下达', 500, '万元', '2019年9月', null, null]);
  F.push([35, '累计拨付', 382, '万元', '截至2021.8.31', null, null]);
  F.push([36, '资金支出率', 76.4, '%', null, null, null]);
  F.push([37, '已制定资金管理制度', null, null, null, '是', '惠商务〔2020〕9号']);
  F.push([38, '已建立资金专用台账', null, null, null, '是', null]);
  F.push([39, '项目总体进度', 85, '%', null, null, null]);
  fsec('八、一票否决事项');
  F.push([40, '发生安全生产、质量事故或重大经济损失', null, null, null, '否', null]);
  F.push([41, '弄虚作假', null, null, null, '否', null]);
  fsec('九、主观指标自评');
  const judgedList = [['方案制定（1-2分）', 2], ['政策支持（1-2分）', 1], ['项目管理制度（1-2分）', 2], ['工作台账（1-2分）', 1],
    ['网销调研（1-2分）', 2], ['网络促销活动（1-2分）', 2], ['交易标准、冷链溯源（1-2分）', 1],
    ['资金管理制度（1-5分）', 5], ['资金台账（1-5分）', 4], ['资金及时拨付（1-5分）', 4]];
  judgedList.forEach(([l, v], i) => F.push([42 + i, l, v, '分', null, null, null]));
  F.push([]);
  fsec('十、自评得分汇总');
  F.push([null, '评价指标', '满分', '自评得分', null, null, '说明']);
  const claimedRows = [
    ['组织领导', 2, 2, 'org.leadership'], ['方案制定', 2, 2, 'org.plan'], ['政策支持', 2, 1, 'org.policy'], ['项目管理', 4, 3, 'org.management'],
    ['服务体系建设（县级中心、产业园）', 15, 14, 'work.center'], ['服务体系建设（村级站点覆盖）', 10, 10, 'work.coverage'],
    ['农村产品上行', 10, 10, 'work.upward'], ['电商人才培训', 20, 20, 'work.training'], ['信息公开', 4, 4, 'info.disclosure'],
    ['数据上报', 6, 6, 'info.reporting'], ['案例总结', 2, 2, 'promo.cases'], ['经验推广', 8, 8, 'promo.media'],
    ['制度建立', 5, 5, 'fund.system'], ['资金台账', 5, 4, 'fund.ledger'], ['资金支出', 5, 4, 'fund.spending'],
    ['加分项：建档立卡贫困人口培训率70%及以上', 2, 0, 'bonus.poorTraining'], ['加分项：电商扶贫典型案例获电视媒体播报', 2, 2, 'bonus.tvCase'],
  ];
  claimedRows.forEach(([l, full, pts]) => F.push([null, l, full, pts, null, null, null]));
  const claimedTotal = claimedRows.reduce((a, r) => a + r[2], 0);
  F.push([null, '合计', 104, claimedTotal, null, null, '含加分项']);

  // ================= scoring by hand (self-check of the numbers in the derivation)
  const norm = (n) => n.replace(/(村民委员会|村委会|村)$/, '');
  const adminSet = new Map(admin.map((v) => [v.town + '|' + v.base, v]));
  const covNames = new Set();
  const covPoor = new Set();
  for (const s of stations) {
    if (s.revoked || s.opened > ASOF || !s.v.admin) continue;
    const v = adminSet.get(s.v.town + '|' + s.v.base);
    if (!v) continue;
    covNames.add(v.base);
    if (v.poor) covPoor.add(v.base);
  }
  const adminRate = covNames.size / Math.min(admin.length, 200);
  const poorRate = covPoor.size / poor.length;
  if (covNames.size !== 140 || covPoor.size !== 40) throw new Error(`coverage ${covNames.size} ${covPoor.size}`);
  const signByCutoff = signRows.filter((r) => r.date <= ASOF);
  const ptimes = logByCutoff + signByCutoff.length;
  const ptRate = ptimes / 500000;
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(signByCutoff.map((r) => r.id.trim().toUpperCase()).filter((id) => eligIds.has(id)));
  const poorTrainRate = trainedIds.size / eligible.length;
  const trainedIfMismatch = new Set(signByCutoff.map((r) => r.id.trim()).filter((id) => eligIds.has(id))).size;
  if (trainedIds.size !== 119) throw new Error('trained ' + trainedIds.size);
  const atCut = enterprises.filter((e) => e.entered <= ASOF && (!e.left || e.left > ASOF));
  const kinds = new Set(atCut.map((e) => e.kind));
  const spent = funds.filter((f) => f[5] === '已支付' && f[0] <= ASOF).reduce((a, f) => a + f[4], 0);
  const spendRate = spent / FUND_ALLOC;
  const monthsWindow = []; for (let y = 2020, m = 9; y < 2021 || m <= 8; m === 12 ? (y++, m = 1) : m++) monthsWindow.push(`${y}-${pad2(m)}`);
  const repMonths = new Set(reports.filter((r) => r[3] && r[0] <= ASOF).map((r) => r[0].slice(0, 7)));
  const discMonths = new Set(disc.filter((d) => d[0] <= ASOF).map((d) => d[0].slice(0, 7)));
  const repIn = monthsWindow.filter((m) => repMonths.has(m));
  const discIn = monthsWindow.filter((m) => discMonths.has(m));
  const tier = (r, t) => { for (const [th, p] of t) if (r >= th) return p; return 0; };
  const pts = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 2 + 1,
    'work.center': 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (atCut.length >= 20 ? 2 : 0) + (kinds.size >= 3 ? 1 : 0),
    'work.coverage': tier(adminRate, [[0.7, 5], [0.5, 2]]) + tier(poorRate, [[1, 5], [0.8, 3]]),
    'work.upward': 2 + 2 + 1 + (admin.every((v) => !v.noExpress) ? 1 : 0) + 1 + 2,
    'work.training': tier(ptRate, [[0.01, 10], [0.008, 8], [0.006, 6]]) + tier(poorTrainRate, [[0.5, 10], [0.4, 8], [0.3, 6]]),
    'info.disclosure': 2 + (discIn.length === 12 ? 2 : discIn.length > 0 ? 1 : 0),
    'info.reporting': (repIn.length === 12 ? 3 : repIn.length > 0 ? 1 : 0) + 3,
    'promo.cases': 2,
    'promo.media': 4 + 0 + 1,
    'fund.system': 5, 'fund.ledger': 4,
    'fund.spending': spendRate < 0.7 ? -5 : 4,
    'bonus.poorTraining': poorTrainRate >= 0.7 ? 2 : 0,
    'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const expectPts = { 'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3, 'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18, 'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5, 'fund.system': 5, 'fund.ledger': 4, 'fund.spending': -5, 'bonus.poorTraining': 0, 'bonus.tvCase': 1, 'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0 };
  for (const k of Object.keys(expectPts)) if (pts[k] !== expectPts[k]) throw new Error(`points ${k}: computed ${pts[k]} vs written ${expectPts[k]}`);
  const base = Object.entries(expectPts).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  const bonus = expectPts['bonus.poorTraining'] + expectPts['bonus.tvCase'];
  const pct = (x) => (Math.round(x * 10000) / 100).toFixed(2) + '%';
  const stats = { adminCov: covNames.size, poorCov: covPoor.size, ptimes, log: logByCutoff, sign: signByCutoff.length, sept: sessions.filter((s) => s.sept)[0].n + signRows.filter((r) => r.date > ASOF).length, trained: trainedIds.size, mism: trainedIfMismatch, atCut: atCut.length, kinds: [...kinds], spent, repIn: repIn.length, discIn: discIn.length, base, bonus, claimedTotal };
  const voided = funds.find((f) => f[5] === '作废');

  const derivation = [
    `asOf: 基本情况表“考评截止日期”为真日期 2021-08-31；近一年窗口 2020-09…2021-08；中心运营满6个月须在 2021-02-28 前开业。`,
    `org.leadership: 基本情况表第5、6项：组长“县委副书记、县长”（主要领导），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办） → 2`,
    `org.plan: 工作方案“是”（惠府办〔2019〕61号），主观指标自评“方案制定”2分 → 2`,
    `org.policy: 政策“是”，自评“政策支持”1分 → 1`,
    `org.management: 自评“项目管理制度”2分 + “工作台账”1分 → 3`,
    `work.center: 中心2020-12-28投入运营 ≤ 截止日 → 2；早于2021-02-28，已满6个月 → 2；免费培训场所设备“是” → 2；免费展示销售“是” → 1；免费摄影美工“是” → 1；统一推广品牌“是” → 1；其他衍生增值服务“否（暂未开展）” → 0；产业园“是” → 2；入驻企业表按类型分五节共23家：靖海鱼干商行2021.5.20已退出、海滨优选2021.9.10才入驻不计，前詹紫菜商行2021.9.15退出（截止日仍在园）照计 → 在园 ${atCut.length} 家 ≥ 20 → 2；在园类型含平台型、销售型、运营服务商、物流快递等 ${kinds.size} 类 ≥ 3 → 1；合计 2+2+2+1+1+1+0+2+2+1 = 14`,
    `work.coverage: 村（居）名单行政村 281 个（社区、居委会 27 个不计），超过200按200为基数；站点一览表 148 行：已撤销1个、2021年9月挂牌3个不计，社区便民点2个、不在名单里的“葵潭农场三队”1个不计，同村第二个站点（“（二站）”）只算一次；站点表村名写法与名单不同（××村／××村委会／××村民委员会）按同一村 → 有站点的行政村 ${covNames.size} 个，${covNames.size}/200 = ${pct(adminRate)} ≥ 70% → 5；省定贫困村名单 42 个，截止日前有站点 ${covPoor.size} 个（另1个2021-09-09才挂牌、1个未建） → ${covPoor.size}/42 = ${pct(poorRate)}，80%–100%（不含） → 3；合计 8`,
    `work.upward: 网销调研自评2；网络促销自评2；第三方运营服务商“是”（广东惠商网络科技有限公司） → 1；村（居）名单“快递进村情况”栏有3个行政村写“无（村民到镇上取件）”，不是100%（基本情况表自报“是”，以名单为准） → 0；交易标准冷链溯源自评1；增速：农村网零 39.8/31.6 − 1 = 25.9% < 30%，农产品网零 58,300/43,500 − 1 = 34.0% ≥ 30% → 2；合计 2+2+1+0+1+2 = 8`,
    `work.training: 培训登记表按月份分块，日期栏只写日（年月在块标题行），块标题里的“共n期，m人次”和表尾合计不是记录；截止日前各期 ${logByCutoff} 人次（2021年9月第${sessions.length}期220人次在截止日后不计）；贫困户专场签到（注明不在登记表内）截止日前 ${signByCutoff.length} 行（9月8日第5期25行不计） → ${ptimes} 人次 ÷ min(1,075,200, 500,000) = ${(ptRate * 100).toFixed(4)}%，在0.8%–1%（不含） → 8（自报“5,229人次”含9月两期，若计入即≥1%）；贫困人口：在家（不含外出务工）名单 ${eligible.length} 人为分母（外出务工名单78人不计），截止日前专场签到中身份证号与在家名单相同的去重 ${trainedIds.size} 人（3人签到时末位写小写x、1人号码后带空格，仍是同一人；外出务工4人、村干部2人不计） → ${trainedIds.size}/${eligible.length} = ${pct(poorTrainRate)} ≥ 50% → 10；合计 18`,
    `info.disclosure: 基本情况表专栏四项（创建方案、项目基本信息、建设进度、征求意见或监督举报窗口）均“是” → 2；专栏更新记录窗口内覆盖 ${discIn.length} 个月（2021年2月没有更新，3月5日发的是“1-2月份进度”，记在3月） → 不是按月 → 1；合计 3`,
    `info.reporting: 报送登记表只算“揭阳市商务局”栏打✓的行（“县政府办”“县委办”专报不算），窗口内 ${repIn.length} 个月都有（2021年1月月报2021-02-05报送，记2月；1月有1-08的12月份月报） → 按月 → 3；“含电商扶贫统计”多行为“是”，基本情况表也答“能统计” → 3；合计 6`,
    `promo.cases: 经验材料 2021.6.18 报揭阳市商务局（9月10日那份在截止日后） → 2`,
    `promo.media: 截止日前：南方日报、广东广播电视台、南方+（省级）和人民网（中央，按省级计） → 4；市级只有揭阳日报 2021.9.3（截止日后） → 0；惠来县融媒体中心、惠来发布（县级） → 1；合计 5（县自评8分）`,
    `fund.system: 资金管理制度“是”，自评5分 → 5`,
    `fund.ledger: 资金台账“是”，自评4分 → 4`,
    `fund.spending: 国库集中支付登记（单位：元，“¥900,000.00”式文本与数字混写）截止日前“已支付”7笔合计 ${spent.toLocaleString('en-US')} 元；2021.8.20那笔 ${voided[4].toLocaleString('en-US')} 元支付令“作废”，9月6日重新支付在截止日后，都不计 → ${spent.toLocaleString('en-US')} ÷ 5,000,000 = ${pct(spendRate)} < 70% → 倒扣5分 → −5（基本情况表自报累计拨付382万元、支出率76.4%，是把作废那笔算进去了；表尾“合计（已支付）”含9月的重新支付）`,
    `bonus.poorTraining: ${pct(poorTrainRate)} < 70% → 0`,
    `bonus.tvCase: 2021.3.20 广东广播电视台《广东新闻联播》电视报道，电商扶贫案例“是”，省级 → 1；CCTV-17《振兴乡村》2021.9.16在截止日后不计（县自评2分）`,
    `veto.incident: 一票否决事项“发生安全生产、质量事故或重大经济损失：否” → 0`,
    `veto.progress: 项目总体进度自报85% ≥ 40% → 0（用的是所报总体进度，不是拨付率）`,
    `veto.fraud: “弄虚作假：否” → 0`,
    `total: 2+2+1+3+14+8+8+18+3+6+2+5+5+4−5 = ${base}，加分 ${bonus} → ${base + bonus}；未否决（县自评合计${claimedTotal}）。`,
  ];

  const sheets = [
    { name: '基本情况及自评', rows: rect(F, 7), merges: fm },
    { name: '村（居）名单', rows: rect(vrows, 6), merges: vmerges },
    { name: '省定贫困村', rows: rect(prow, 5), merges: ['A1:E1'] },
    { name: '站点一览', rows: rect(srows, 9), merges: smerges },
    { name: '培训登记', rows: rect(trows, 7), merges: tmerges },
    { name: '贫困户专场签到', rows: rect(prowsSign, 10), merges: ['A1:J1'] },
    { name: '贫困劳动力（在家）', rows: rect(homeRows, 8), merges: ['A1:H1', 'A2:H2'] },
    { name: '贫困劳动力（外出务工）', rows: rect(awayRows, 8), merges: ['A1:H1', 'A2:H2'] },
    { name: '产业园入驻企业', rows: rect(erows, 7), merges: ['A1:G1'] },
    { name: '资金支付', rows: rect(frows, 8), merges: ['A1:H1', 'A2:E2'] },
    { name: '信息报送', rows: rect(rrows, 8), merges: rmerges },
    { name: '专栏更新', rows: rect(drows, 5), merges: ['A1:E1'] },
    { name: '宣传报道', rows: rect(mrows, 8), merges: ['A1:H1'] },
    { name: '经验材料', rows: rect(mats, 5), merges: ['A1:E1'] },
  ];
  writeCase('counties', 'b30-c1-huilai.json', {
    description: '惠来县（揭阳）商务局整本考评工作簿（14个表），中等（77分，含加分1分，未否决；县自评97分）。事实表《基本情况及自评》按答案类型分栏：序号|项目|数量|计量单位|时间|是/否|情况说明——数字填“数量”、日期填“时间”（真日期或“2020年5月”文本）、是否填“是/否”、文字（组长、成员单位、文号）填“情况说明”，下接主观指标自评（自评分也填在“数量”栏、单位“分”）和自评得分汇总。台账新写法：村（居）名单的快递栏写进村快递品牌（“邮政、中通、韵达”，未通写“无（村民到镇上取件）”）；站点一览挂牌日期混有中文数字日期（“二〇二一年九月二十三日”式）、真日期、“2020.6.4”“2020年7月13日”“2020/12/18”文本，带站点编号和状态栏（“已撤销（2021年6月）”）；培训登记按月份分块（块标题“2020年5月（共4期，437人次）”式，疫情、春节月份写“暂停线下培训”“未开班”），日期栏只写“15日”“15号”“23-24日”；贫困户专场另有逐人签到；贫困劳动力按“在家”“外出务工”分两张表，类别只在表名和标题里；入驻企业按类型分节（类型只在节标题里）；资金为国库集中支付登记，有“作废”支付令；报送登记的报送对象是“揭阳市商务局|县政府办|县委办”打✓的三列；宣传报道为剪报册目录。',
    sheets,
    expect: {
      asOf: ASOF,
      total: base + bonus,
      bonus,
      vetoed: false,
      points: expectPts,
      claimed: Object.fromEntries(claimedRows.map((r) => [r[3], r[2]])),
    },
    derivation,
  });
  return stats;
}

// ================================================================ run
factsJiedong();
factsXuwen();
factsDianbai();
ledgersXinyi();
ledgersHuazhou();
const st = countyHuilai();
console.log(written.join('\n'));
console.log(JSON.stringify(st));
