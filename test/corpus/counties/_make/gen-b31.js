'use strict';
// Batch 31 corpus generator: 1 county workbook (雷州市), 3 facts sheets (吴川市, 德庆县, 翁源县),
// 2 ledger cases (罗定市, 台山市). Plain CommonJS, no dependencies, deterministic.
// Run: node gen-b31.js   → writes ROOT/counties, ROOT/facts, ROOT/ledgers.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');

// ---------------------------------------------------------------- helpers
function mulberry32(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function colName(i) {
  let s = '';
  i += 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}
// merge range from 0-based row/col (row 0 = Excel row 1)
function rg(r1, c1, r2, c2) {
  return `${colName(c1)}${r1 + 1}:${colName(c2)}${r2 + 1}`;
}
function D(s) {
  return { date: s };
}
function pad(rows, width) {
  return rows.map((r) => {
    const a = r.slice();
    while (a.length < width) a.push(null);
    return a;
  });
}
function write(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function checkDigit(s17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * W[i];
  return CK[sum % 11];
}
function makeIdFactory(rand, area) {
  const used = new Set();
  return function (opts) {
    opts = opts || {};
    for (;;) {
      const y = opts.year || 1955 + Math.floor(rand() * 48);
      const m = 1 + Math.floor(rand() * 12);
      const d = 1 + Math.floor(rand() * 28);
      const seq = Math.floor(rand() * 999) + 1;
      const s17 = area + String(y) + String(m).padStart(2, '0') + String(d).padStart(2, '0') + String(seq).padStart(3, '0');
      const id = s17 + checkDigit(s17);
      if (used.has(id)) continue;
      if (opts.wantX === true && !id.endsWith('X')) continue;
      if (opts.wantX === false && id.endsWith('X')) continue;
      used.add(id);
      return id;
    }
  };
}
const SURNAMES = '陈李黄梁吴林莫邓何王杨谢许蔡庞符钟詹洪唐罗周叶麦冯郑彭邱苏'.split('');
const GIVEN = '海国伟秀英华明芳玉兰志强文丽金春燕平建德荣福桂妹娟生光辉成才俊亚琼梅雪凤家水连珍友胜群'.split('');
function makeNameFactory(rand) {
  return function () {
    const s = SURNAMES[Math.floor(rand() * SURNAMES.length)];
    const n = rand() < 0.75 ? 2 : 1;
    let g = '';
    for (let i = 0; i < n; i++) g += GIVEN[Math.floor(rand() * GIVEN.length)];
    return s + g;
  };
}
function shuffle(rand, a) {
  const b = a.slice();
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}
function maskPhone(rand) {
  const pre = ['138', '139', '137', '135', '136', '159', '188', '180', '133', '150'][Math.floor(rand() * 10)];
  return pre + '****' + String(Math.floor(rand() * 10000)).padStart(4, '0');
}

// =====================================================================
// FACTS 1 — 吴川市：《创建工作情况一页纸》组织架构图 + 数据卡片（标签与数值同格换行）+ 具备情况●/○ + 扣分式自评
// =====================================================================
function factsWuchuan() {
  const rows = [];
  const merges = [];
  const push = (r) => rows.push(r);
  const W7 = 7;
  push(['吴川市电子商务进农村综合示范创建工作情况（一页纸）']);
  merges.push(rg(0, 0, 0, 6));
  push(['（数据截至2021年8月31日，供考评组参阅；详细台账见各附件盒）']);
  merges.push(rg(1, 0, 1, 6));
  push([]);
  push(['一、组织架构']);
  merges.push(rg(3, 0, 3, 6));
  push([null, null, '吴川市电子商务进农村综合示范工作领导小组']);
  merges.push(rg(4, 2, 4, 4));
  push([null, null, '组　长\n市委副书记、市长　梁××']);
  merges.push(rg(5, 2, 5, 4));
  push([null, '┌', '─', '┴', '─', '┐']);
  push([null, '常务副组长\n市委常委、常务副市长　李××', null, null, null, '副组长\n副市长（分管商务）　陈××']);
  merges.push(rg(7, 1, 7, 2));
  merges.push(rg(7, 5, 7, 6));
  push([null, null, null, '│']);
  push([null, null, '领导小组办公室\n（设在市商务局，办公室主任由市商务局局长兼任）']);
  merges.push(rg(9, 2, 9, 4));
  push(['┌', '┬', '┬', '┼', '┬', '┬', '┐']);
  push(['市商务局', '市财政局', '市农业农村局', '市乡村振兴局', '市交通运输局', '市市场监管局', '邮政吴川分公司']);
  push(['成员单位（各镇人民政府、街道办事处负责本辖区站点建设和培训组织）']);
  merges.push(rg(12, 0, 12, 6));
  push([]);
  // tiles
  push(['二、主要数据']);
  merges.push(rg(14, 0, 14, 6));
  const tileRows = [
    ['常住人口（七普）\n91.21万人', '户籍人口\n127.65万人', '行政村\n203个', '省定贫困村\n11个'],
    ['电商公共服务中心\n2020.10.28 开业运营', '村级服务站点\n178个\n（覆盖行政村165个）', '电商产业园入驻企业\n24家', '累计电商培训\n6,148人次'],
    ['有劳动能力贫困人口\n（不含外出务工）\n1,856人', '已参训贫困人口\n1,032人', '2020年农村网络零售额\n28.63亿元\n同比 ↑31.2%', '2020年农产品网络零售额\n6.41亿元\n同比 ↑27.5%'],
    ['省级专项资金下达\n500万元', '累计拨付\n406.8万元\n（拨付率81.4%）', '项目总体进度\n92%', '今年1-8月农村网络零售额\n19.7亿元'],
  ];
  for (const t of tileRows) {
    // each tile spans… no: one tile per column pair is how WPS users do it; here one tile = one cell,
    // with a narrow blank column between tiles
    push([t[0], null, t[1], null, t[2], null, t[3]]);
  }
  push([]);
  const r3 = rows.length;
  push(['三、具备情况（●已具备　○未具备）']);
  merges.push(rg(r3, 0, r3, 6));
  const checks = [
    ['● 正式印发示范县工作方案（吴府办〔2020〕6号）', '● 出台农村电商扶持政策（吴府办〔2020〕27号）'],
    ['● 中心有免费培训场所及培训设备', '● 为特色农产品提供免费展示、销售'],
    ['○ 免费摄影、美工（摄影按件收取成本费）', '● 组织农产品统一推广、指导品牌建设'],
    ['● 其他衍生增值服务（代办营业执照、小额贷款对接）', '● 电商产业园（吴川市电子商务产业园）'],
    ['● 专业第三方运营服务商（广东吴商优选供应链有限公司）', '○ 行政村快递全覆盖（197/203，6个村待通）'],
    ['● 政府网专栏公示创建方案', '● 专栏公示项目基本信息'],
    ['● 专栏每月公示项目建设进度', '○ 专栏征求意见／监督举报窗口（正在开通）'],
    ['● 电商扶贫情况统计（每月随月报报送）', '● 专项资金管理办法'],
    ['● 资金专用台账', null],
  ];
  for (const c of checks) {
    const i = rows.length;
    push([c[0], null, null, null, c[1]]);
    merges.push(rg(i, 0, i, 3));
    merges.push(rg(i, 4, i, 6));
  }
  push([]);
  const r4 = rows.length;
  push(['四、主观指标自评（扣分制：得分＝分值－扣分）']);
  merges.push(rg(r4, 0, r4, 6));
  push(['序号', '指标', null, '分值', '扣分', '扣分原因']);
  merges.push(rg(r4 + 1, 1, r4 + 1, 2));
  merges.push(rg(r4 + 1, 5, r4 + 1, 6));
  const ded = [
    [1, '方案制定', 2, 0, null],
    [2, '政策支持', 2, 1, '部分奖补尚未兑现'],
    [3, '项目管理制度', 2, 0, null],
    [4, '工作台账', 2, 0, null],
    [5, '网销调研', 2, 0, null],
    [6, '网络促销活动', 2, 0, null],
    [7, '交易标准、冷链及溯源', 2, 1, '冷链仓未投用'],
    [8, '资金管理制度', 5, 1, '考核问责办法未单独出台'],
    [9, '资金台账', 5, 0, null],
    [10, '资金及时拨付', 5, 1, '站点建设尾款待验收后支付'],
  ];
  for (const d of ded) {
    const i = rows.length;
    push([d[0], d[1], null, d[2], d[3], d[4]]);
    merges.push(rg(i, 1, i, 2));
    merges.push(rg(i, 5, i, 6));
  }
  push([]);
  const r5 = rows.length;
  push(['五、一票否决事项自查']);
  merges.push(rg(r5, 0, r5, 6));
  push(['安全生产、质量事故或重大经济损失', null, null, '无', '弄虚作假', null, '无']);
  merges.push(rg(r5 + 1, 0, r5 + 1, 2));
  merges.push(rg(r5 + 1, 4, r5 + 1, 5));
  push([]);
  push(['报送单位：吴川市商务局（电商股）　　联系人：杨××　　报送日期：2021年9月6日']);
  merges.push(rg(rows.length - 1, 0, rows.length - 1, 6));

  return {
    description:
      '吴川市（湛江）商务局电商股给考评组准备的《创建工作情况一页纸》：上部“组织架构”用单元格和制表符（┌─┴─┐│）画成组织架构图——组长框“组　长\\n市委副书记、市长　梁××”、常务副组长和副组长框、领导小组办公室框，下面一排七个成员单位框（市商务局、市财政局、市农业农村局、市乡村振兴局…），牵头领导和参与部门只能从图上读；中部“主要数据”是数据卡片，标签和数值写在同一格里用换行隔开（“常住人口（七普）\\n91.21万人”“2020年农村网络零售额\\n28.63亿元\\n同比 ↑31.2%”），卡片之间隔一空列；“具备情况”每格以●（已具备）或○（未具备）开头、括号里写说明；主观指标用扣分制（分值|扣分|扣分原因，得分＝分值－扣分）；一票否决为“标签|无”并排。陷阱：户籍人口127.65万卡片紧挨常住人口；零售额卡片只有2020年数和增速（2019年值不写、不得反推）；“今年1-8月农村网络零售额19.7亿元”、站点178个/覆盖165个、入驻24家、拨付率81.4%不是输入；报送日期2021年9月6日不是截止日；○项（免费摄影美工、快递全覆盖、监督举报窗口）为否；表内无县名标签。',
    sheets: [{ name: '一页纸', rows: pad(rows, W7), merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 912100,
        adminVillagesStated: 203,
        poorVillagesStated: 11,
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
        expressCoverage: false,
        ruralRetail2020: 2863000000,
        agriRetail2020: 641000000,
        ruralRetailGrowthStated: 0.312,
        agriRetailGrowthStated: 0.275,
        trainingPersonTimesStated: 6148,
        eligiblePoorPersonsStated: 1856,
        trainedPoorPersonsStated: 1032,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4068000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
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
        'fund.system': 4,
        'fund.ledger': 5,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// =====================================================================
// FACTS 2 — 德庆县：《创建工作推进计划表（甘特图）》
// =====================================================================
function factsDeqing() {
  // month columns 2019-11 … 2021-09
  const months = [];
  for (let y = 2019, m = 11; y < 2021 || (y === 2021 && m <= 9); ) {
    months.push([y, m]);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  const M0 = 4; // first month column (E)
  const nM = months.length; // 23
  const cDone = M0 + nM; // 完成情况
  const cData = cDone + 1; // 关键数据/备注
  const width = cData + 1;
  const mi = (y, m) => months.findIndex((x) => x[0] === y && x[1] === m);
  const rows = [];
  const merges = [];
  rows.push(['德庆县电子商务进农村综合示范创建工作推进计划表（甘特图）']);
  merges.push(rg(0, 0, 0, width - 1));
  rows.push(['县情：常住人口34.21万人（七普），户籍人口40.6万人；行政村161个、社区（居委会）14个，其中省定贫困村15个。']);
  merges.push(rg(1, 0, 1, width - 1));
  rows.push(['进度统计截至：2021年8月31日（考评截止日）　　项目总体进度：85%　　图例：■ 计划　▓ 实际　★ 关键节点　△ 滞后']);
  merges.push(rg(2, 0, 2, width - 1));
  // header two rows
  const h1 = ['序号', '工作任务', '牵头单位', '计划/实际'];
  const h2 = [null, null, null, null];
  let prevY = null;
  let startC = null;
  months.forEach(([y, m], i) => {
    const c = M0 + i;
    h1[c] = y !== prevY ? `${y}年` : null;
    h2[c] = `${m}月`;
    if (y !== prevY) {
      if (prevY !== null) merges.push(rg(3, startC, 3, c - 1));
      startC = c;
      prevY = y;
    }
  });
  merges.push(rg(3, startC, 3, M0 + nM - 1));
  h1[cDone] = '完成情况';
  h1[cData] = '关键数据／备注';
  rows.push(h1);
  rows.push(h2);
  for (const c of [0, 1, 2, 3, cDone, cData]) merges.push(rg(3, c, 4, c));
  // today marker is in the header note; tasks
  const tasks = [
    {
      name: '成立创建工作领导小组', unit: '县政府办',
      plan: [[2019, 11], [2019, 12]], act: [[2019, 12]], star: { at: [2019, 12], text: '★6日成立' },
      done: '已完成',
      data: '组长：县委副书记、县长；常务副组长：分管副县长；成员单位：县商务局、县财政局、县农业农村局、县扶贫办（2021年3月起为县乡村振兴局）、县市场监管局、县交通运输局、县邮政分公司',
    },
    {
      name: '编制并印发示范县工作方案', unit: '县商务局',
      plan: [[2019, 12], [2020, 1], [2020, 2]], act: [[2020, 1], [2020, 2], [2020, 3]], star: { at: [2020, 3], text: '★印发' },
      done: '已完成', data: '德府办〔2020〕9号',
    },
    {
      name: '出台农村电商扶持政策', unit: '县商务局、县财政局',
      plan: [[2020, 4], [2020, 5], [2020, 6]], act: 'range:2020-5:2021-7', star: { at: [2021, 8], text: '△' },
      done: '未完成', data: '《德庆县促进农村电子商务发展扶持办法（送审稿）》已送县司法局合法性审查，尚未印发',
    },
    {
      name: '县级电商公共服务中心建设', unit: '县商务局',
      plan: [[2020, 3], [2020, 4], [2020, 5], [2020, 6]], act: 'range:2020-4:2020-8', star: { at: [2020, 9], text: '★28日开业' },
      done: '已完成，运营正常', data: '面积1,350㎡，位于县城康城大道电商产业园一楼',
    },
    {
      name: '中心服务功能完善', unit: '运营方',
      plan: 'range:2020-7:2020-12', act: 'range:2020-9:2021-3', star: null,
      done: '已完成',
      data: '免费培训室及设备✔　特色农产品免费展示销售✔　免费摄影美工✔　统一推广及品牌指导✔　其他增值服务（代办执照、金融对接）✔',
    },
    {
      name: '电商产业园建设（整合）', unit: '县商务局、德城街道',
      plan: 'range:2020-6:2020-12', act: 'range:2020-8:2020-12', star: { at: [2021, 1], text: '★开园' },
      done: '已建成', data: '在园企业21家',
    },
    {
      name: '引进专业第三方运营服务商', unit: '县商务局',
      plan: [[2020, 4], [2020, 5]], act: [[2020, 5]], star: { at: [2020, 6], text: '★签约' },
      done: '已完成', data: '广东德润电子商务有限公司（公开招标）',
    },
    {
      name: '村级电商服务站点建设', unit: '各镇人民政府',
      plan: 'range:2020-6:2020-12', act: 'range:2020-7:2021-5', star: null,
      done: '已完成', data: '建成站点125个，覆盖行政村118个；省定贫困村站点全覆盖',
    },
    {
      name: '县乡村三级物流配送体系', unit: '县交通运输局、县邮政分公司',
      plan: 'range:2020-5:2020-12', act: 'range:2020-6:2021-2', star: null,
      done: '已完成', data: '行政村快递通达率100%',
    },
    {
      name: '农村产品上行（调研、促销、品牌）', unit: '县商务局、县农业农村局',
      plan: 'range:2020-3:2021-8', act: 'range:2020-4:2021-8', star: null,
      done: '持续推进',
      data: '2020年农村网络零售额15.8亿元（2019年12.1亿元）；农产品网络零售额4.26亿元（2019年3.35亿元）',
    },
    {
      name: '电商培训', unit: '县商务局、运营方',
      plan: 'range:2020-4:2021-8', act: 'range:2020-6:2021-8', star: null,
      done: '超额完成', data: '累计培训4,386人次（目标为常住人口1%，即3,421人次）',
    },
    {
      name: '建档立卡贫困户电商培训', unit: '县乡村振兴局',
      plan: 'range:2020-6:2021-6', act: 'range:2020-8:2021-8', star: null,
      done: '完成', data: '有劳动能力建档立卡贫困人口（不含外出务工）2,104人，已参训1,127人',
    },
    {
      name: '政府网站信息公开专栏', unit: '县商务局',
      plan: [[2020, 3]], act: [[2020, 4]], star: null,
      done: '已开设，按月更新', data: '已公示创建方案、项目基本信息，每月更新建设进度；设监督举报电话及意见箱',
    },
    {
      name: '月度报送及电商扶贫统计', unit: '县商务局',
      plan: 'range:2020-1:2021-8', act: 'range:2020-1:2021-8', star: null,
      done: '按月报送', data: '每月5日前向市商务局报送工作进展，附电商扶贫统计表',
    },
    {
      name: '省级专项资金拨付', unit: '县财政局',
      plan: 'range:2020-6:2021-6', act: 'range:2020-7:2021-8', star: null,
      done: '进行中', data: '下达500万元，累计拨付372.6万元（74.5%）',
    },
    {
      name: '资金管理制度及台账', unit: '县财政局、县商务局',
      plan: [[2020, 3], [2020, 4]], act: [[2020, 4]], star: null,
      done: '已完成', data: '已制定《德庆县电子商务进农村综合示范专项资金管理办法》，建立资金专用台账',
    },
    {
      name: '考评迎检准备', unit: '县商务局',
      plan: [[2021, 8], [2021, 9]], act: [[2021, 8]], star: null,
      done: '准备中', data: '台账按省考评指标整理装盒',
    },
  ];
  const expand = (spec) => {
    if (typeof spec === 'string') {
      const [, a, b] = spec.split(':');
      const [y1, m1] = a.split('-').map(Number);
      const [y2, m2] = b.split('-').map(Number);
      const out = [];
      months.forEach(([y, m]) => {
        const v = y * 100 + m;
        if (v >= y1 * 100 + m1 && v <= y2 * 100 + m2) out.push([y, m]);
      });
      return out;
    }
    return spec;
  };
  tasks.forEach((t, k) => {
    const rP = new Array(width).fill(null);
    const rA = new Array(width).fill(null);
    rP[0] = k + 1;
    rP[1] = t.name;
    rP[2] = t.unit;
    rP[3] = '计划';
    rA[3] = '实际';
    for (const [y, m] of expand(t.plan)) rP[M0 + mi(y, m)] = '■';
    for (const [y, m] of expand(t.act)) rA[M0 + mi(y, m)] = '▓';
    if (t.star) rA[M0 + mi(t.star.at[0], t.star.at[1])] = t.star.text;
    rP[cDone] = t.done;
    rP[cData] = t.data;
    const i = rows.length;
    rows.push(rP);
    rows.push(rA);
    for (const c of [0, 1, 2, cDone, cData]) merges.push(rg(i, c, i + 1, c));
  });
  rows.push([]);
  rows.push(['注：1.“实际”行按月填涂，节点日期写在节点所在月份格内（如“★28日开业”在2020年9月格内，即2020年9月28日）；2. 本表每月底更新一次，报县领导小组办公室。']);
  merges.push(rg(rows.length - 1, 0, rows.length - 1, width - 1));
  rows.push(['制表：县商务局电商股　　审核：何××']);
  return {
    description:
      '德庆县（肇庆）商务局电商股每月更新的《创建工作推进计划表（甘特图）》：每项任务占两行（计划 ■ / 实际 ▓），月份为列（2019年11月—2021年9月，年份合并在上、月份在下的两行表头），序号、任务、牵头单位、完成情况、关键数据按两行纵向合并；关键节点写在所在月份格内（“★28日开业”在2020年9月列 → 中心2020-09-28投入运营，表下注明读法；政策一行只有“△”滞后和“未完成”）；事实在“关键数据／备注”列的短句里，县情、截止日和总体进度在表头上方两行。陷阱：户籍人口40.6万与常住人口34.21万同句；社区14个不是行政村；站点125个/覆盖118个、在园企业21家、培训目标3,421人次、拨付率74.5%不是输入；“★6日成立”“★印发”“★开园”“★签约”只是节点，不是输入日期；无增速（只有两年的金额）；无主观自评分。表内无县名标签（县名只在标题里）。',
    sheets: [{ name: '推进计划（甘特图）', rows: pad(rows, width), merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 342100,
        adminVillagesStated: 161,
        poorVillagesStated: 15,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-09-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1210000000,
        ruralRetail2020: 1580000000,
        agriRetail2019: 335000000,
        agriRetail2020: 426000000,
        trainingPersonTimesStated: 4386,
        eligiblePoorPersonsStated: 2104,
        trainedPoorPersonsStated: 1127,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3726000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// =====================================================================
// FACTS 3 — 翁源县：市局数据平台导出的“长表”（一行一个 指标×口径×统计期 的值）
// =====================================================================
function factsWengyuan() {
  const H = ['序号', '地区', '指标大类', '指标名称', '口径', '统计期', '计量单位', '数值', '审核状态', '数据来源', '更新时间'];
  const R = [];
  const add = (cat, name, kou, period, unit, val, status, src, ts) =>
    R.push([null, '翁源县', cat, name, kou, period, unit, val, status || '已审核', src || null, ts || '2021-09-02 10:12:33']);
  // exported in 指标编码 order, which is not the clerk's grouping
  add('基本情况', '考评截止日期', '—', '—', '日期', D('2021-08-31'), '已审核', '市商务局', '2021-08-20 09:01:10');
  add('基本情况', '常住人口', '第七次全国人口普查', '2020年末', '万人', 33.2, '已作废', '县统计局', '2021-07-08 16:40:02');
  add('基本情况', '常住人口', '第七次全国人口普查', '2020年末', '万人', 33.84, '已审核', '县统计局', '2021-09-01 11:05:47');
  add('基本情况', '户籍人口', '公安户籍', '2020年末', '万人', 42.13, '已审核', '县公安局', '2021-09-01 11:05:47');
  add('基本情况', '行政村', '数量', '截至2021-08-31', '个', 158, '已审核', '县民政局', '2021-09-01 11:06:20');
  add('基本情况', '社区（居委会）', '数量', '截至2021-08-31', '个', 17, '已审核', '县民政局', '2021-09-01 11:06:20');
  add('基本情况', '省定贫困村', '数量', '—', '个', 21, '已审核', '县乡村振兴局', '2021-09-01 11:06:58');
  add('组织领导', '领导小组组长', '职务', '—', '文本', '县委副书记、县长', '已审核', '翁府办〔2019〕71号', '2021-08-20 09:14:31');
  add('组织领导', '领导小组成员单位', '名称', '—', '文本', '县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监督管理局、县交通运输局、县邮政分公司', '已审核', '翁府办〔2019〕71号', '2021-08-20 09:14:31');
  add('文件制度', '示范县工作方案', '是否正式印发', '—', '是/否', '是', '已审核', '翁府办〔2019〕83号', '2021-08-20 09:16:05');
  add('文件制度', '农村电商扶持政策', '是否出台', '—', '是/否', '是', '已审核', '翁府〔2020〕12号', '2021-08-20 09:16:05');
  add('服务体系', '县级电商公共服务中心', '投入运营时间', '—', '日期', D('2020-08-18'), '已审核', '运营方', '2021-08-20 09:20:44');
  add('服务体系', '县级中心服务功能', '免费培训场所及设备', '—', '是/否', '是', '已审核', '运营方', '2021-08-20 09:20:44');
  add('服务体系', '县级中心服务功能', '特色农产品免费展示、销售', '—', '是/否', '是', '已审核', '运营方', '2021-08-20 09:20:44');
  add('服务体系', '县级中心服务功能', '免费摄影、美工', '—', '是/否', '否', '已审核', '运营方', '2021-08-20 09:20:44');
  add('服务体系', '县级中心服务功能', '统一推广、品牌建设指导', '—', '是/否', '是', '已审核', '运营方', '2021-08-20 09:20:44');
  add('服务体系', '县级中心服务功能', '其他衍生增值服务', '—', '是/否', '是', '已审核', '运营方', '2021-08-20 09:20:44');
  add('服务体系', '电商产业园', '是否建设（整合）', '—', '是/否', '是', '已审核', '县商务局', '2021-08-20 09:22:10');
  add('服务体系', '电商产业园', '入驻企业', '截至2021-08-31', '家', 18, '待审核', '运营方', '2021-09-02 10:12:33');
  add('服务体系', '第三方电商运营服务商', '是否有', '—', '是/否', '是', '已审核', '县商务局', '2021-08-20 09:22:10');
  add('服务体系', '村级电商服务站点', '覆盖行政村', '截至2021-08-31', '个', 121, '已审核', '县商务局', '2021-09-02 10:12:33');
  add('物流', '行政村快递覆盖率', '覆盖率', '截至2021-08-31', '%', 100, '已审核', '县邮政管理局', '2021-08-25 15:31:09');
  add('网络零售', '农村网络零售额', '实际值', '2019年', '亿元', 9.86, '已审核', '省商务大数据平台', '2021-08-20 10:02:18');
  add('网络零售', '农村网络零售额', '实际值', '2020年', '亿元', 12.37, '已审核', '省商务大数据平台', '2021-08-20 10:02:18');
  add('网络零售', '农村网络零售额', '同比增速', '2020年', '%', 25.5, '已审核', '省商务大数据平台', '2021-08-20 10:02:18');
  add('网络零售', '农村网络零售额', '实际值', '2021年1-8月', '亿元', 9.02, '待审核', '省商务大数据平台', '2021-09-02 10:12:33');
  add('网络零售', '农产品网络零售额', '实际值', '2019年', '万元', 21350, '已审核', '省商务大数据平台', '2021-08-20 10:02:18');
  add('网络零售', '农产品网络零售额', '实际值', '2020年', '万元', 28920, '已审核', '省商务大数据平台', '2021-08-20 10:02:18');
  add('网络零售', '农产品网络零售额', '同比增速', '2020年', '%', 35.5, '已审核', '省商务大数据平台', '2021-08-20 10:02:18');
  add('网络零售', '农产品网络零售额', '目标值', '2020年', '万元', 25000, '已审核', '示范县工作方案', '2021-08-20 10:02:18');
  add('电商培训', '培训人次', '目标值', '创建期', '人次', 3384, '已审核', '示范县工作方案', '2021-08-20 10:05:51');
  add('电商培训', '培训人次', '累计值', '2019.11-2021.8', '人次', 3216, '已作废', '县商务局', '2021-08-20 10:05:51');
  add('电商培训', '培训人次', '累计值', '2019.11-2021.8', '人次', 3612, '已审核', '县商务局', '2021-09-02 10:12:33');
  add('电商培训', '建档立卡贫困人口', '有劳动能力（不含外出务工）', '截至2021-08-31', '人', 2316, '已审核', '县乡村振兴局', '2021-09-01 11:10:40');
  add('电商培训', '建档立卡贫困人口', '外出务工', '截至2021-08-31', '人', 1487, '已审核', '县乡村振兴局', '2021-09-01 11:10:40');
  add('电商培训', '建档立卡贫困人口', '已参训', '累计', '人', 1205, '已审核', '县商务局', '2021-09-02 10:12:33');
  add('电商培训', '建档立卡贫困人口', '已参训', '累计', '人次', 1688, '已审核', '县商务局', '2021-09-02 10:12:33');
  add('信息公开', '政府网站专栏公示', '创建方案', '—', '是/否', '是', '已审核', '县商务局', '2021-08-20 10:11:02');
  add('信息公开', '政府网站专栏公示', '项目基本信息', '—', '是/否', '是', '已审核', '县商务局', '2021-08-20 10:11:02');
  add('信息公开', '政府网站专栏公示', '项目建设进度', '—', '是/否', '是', '已审核', '县商务局', '2021-08-20 10:11:02');
  add('信息公开', '政府网站专栏公示', '征求意见或监督举报窗口', '—', '是/否', '否', '已审核', '县商务局', '2021-08-20 10:11:02');
  add('信息报送', '电商扶贫情况统计', '是否统计', '—', '是/否', '是', '已审核', '县商务局', '2021-08-20 10:11:40');
  add('财政资金', '省级专项资金', '下达', '—', '万元', 500, '已审核', '县财政局', '2021-08-20 10:15:26');
  add('财政资金', '省级专项资金', '累计拨付', '截至2021-08-31', '万元', 391.65, '已审核', '县财政局', '2021-09-01 15:47:03');
  add('财政资金', '省级专项资金', '支出率', '截至2021-08-31', '%', 78.33, '已审核', '县财政局', '2021-09-01 15:47:03');
  add('财政资金', '资金管理制度', '是否制定', '—', '是/否', '是', '已审核', '县财政局', '2021-08-20 10:15:26');
  add('财政资金', '资金专用台账', '是否建立', '—', '是/否', '是', '已审核', '县财政局', '2021-08-20 10:15:26');
  add('项目进度', '项目总体进度', '完成比例', '截至2021-08-31', '%', 90, '已审核', '县商务局', '2021-09-02 10:12:33');
  add('否决事项', '安全生产、质量事故或重大损失', '是否发生', '—', '是/否', '否', '已审核', '县商务局', '2021-08-20 10:20:00');
  add('否决事项', '弄虚作假', '是否存在', '—', '是/否', '否', '已审核', '县商务局', '2021-08-20 10:20:00');
  const judged = [
    ['方案制定', '分（1-2）', 2, 2],
    ['政策支持', '分（1-2）', 2, 1],
    ['项目管理制度', '分（1-2）', 2, null],
    ['工作台账', '分（1-2）', 1, null],
    ['网销调研', '分（1-2）', 2, null],
    ['网络促销活动', '分（1-2）', 1, null],
    ['交易标准与冷链溯源', '分（1-2）', 1, 1],
    ['资金管理制度', '分（1-5）', 5, null],
    ['资金台账', '分（1-5）', 4, 4],
    ['资金及时拨付', '分（1-5）', 4, null],
  ];
  for (const [n, u, self, city] of judged) {
    add('主观评分', n, '县自评', '—', u, self, '已审核', '县商务局', '2021-09-02 10:12:33');
    if (city !== null) add('主观评分', n, '市初审', '—', u, city, '待审核', '市商务局', '2021-09-03 17:20:15');
  }
  R.forEach((r, i) => (r[0] = i + 1));
  const rows = [
    ['韶关市县域商务数据填报平台　数据明细导出'],
    ['筛选条件：地区＝翁源县；专题＝电子商务进农村综合示范考评；审核状态＝全部　　导出人：wy_swj02　　导出时间：2021-09-03 17:42:08'],
    H,
    ...R,
    [],
    ['共' + R.length + '条记录'],
  ];
  return {
    description:
      '翁源县（韶关）商务局从韶关市县域商务数据填报平台导出的“数据明细”长表：一行一个“指标×口径×统计期”的值，列为 序号|地区|指标大类|指标名称|口径|统计期|计量单位|数值|审核状态|数据来源|更新时间，按平台指标编码排序（不按本县习惯分节）；同一指标可有多行（实际值/同比增速/目标值/2021年1-8月；县自评/市初审），是否类在“数值”列填是/否，日期为真日期单元格，单位只在计量单位列（万人、亿元、万元、%、人、人次）。陷阱：“已作废”的旧值（常住人口33.2、培训3,216人次）不读，取“已审核”的值；“口径＝目标值”的农产品网零25,000万元和培训3,384人次不是实际值；2021年1-8月9.02亿元、户籍人口42.13万、社区17个、外出务工1,487人、已参训1,688人次（人次，不是人）、入驻18家、覆盖121个、支出率78.33%都不是输入；主观分取“县自评”行，“市初审”行（待审核）不是县的自评；表头上方两行是平台筛选条件和导出时间，不是截止日（截止日另有一行“考评截止日期”）。“地区”列每行都写翁源县。',
    sheets: [{ name: '数据明细（导出）', rows: pad(rows, H.length) }],
    expect: {
      facts: {
        county: '翁源县',
        asOf: '2021-08-31',
        residentPopulation: 338400,
        adminVillagesStated: 158,
        poorVillagesStated: 21,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-08-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 986000000,
        ruralRetail2020: 1237000000,
        agriRetail2019: 213500000,
        agriRetail2020: 289200000,
        ruralRetailGrowthStated: 0.255,
        agriRetailGrowthStated: 0.355,
        trainingPersonTimesStated: 3612,
        eligiblePoorPersonsStated: 2316,
        trainedPoorPersonsStated: 1205,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3916500,
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
        'org.management.ledger': 1,
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


// =====================================================================
// LEDGERS 1 — 罗定市：①产业园入驻企业“平面图”（一格一间房）②站点验收表一站一表上下叠放 ③封面
// =====================================================================
function ledgerLuoding() {
  const fp = [];
  const fm = [];
  const W8 = 7;
  fp.push(['罗定市电子商务产业园入驻企业分布图（截至2021年8月31日）']);
  fm.push(rg(0, 0, 0, W8 - 1));
  fp.push(['图例：每格为一间（套）办公室，格内依次为房号、企业名称、企业类型、入驻时间；【退】表示已退出，括号内为退出日期。']);
  fm.push(rg(1, 0, 1, W8 - 1));
  fp.push(['一　　层']);
  fm.push(rg(2, 0, 2, W8 - 1));
  fp.push([
    '101\n罗定市稻香人家电子商务有限公司\n销售型　2020.9.15入驻',
    '102\n罗定市南江供应链管理有限公司\n物流　2020年9月入驻',
    '103\n罗定市聚鲜农产品商行\n销售型　20年10月12日入驻',
    '楼\n梯',
    '104\n罗定市肉桂谷生物科技有限公司\n销售型　2020/11/3入驻',
    '105\n广东罗商汇网络科技有限公司\n运营服务商（园区运营方）　2020.8.28入驻',
    '106\n（空置）',
  ]);
  fp.push(['走　　　　　　廊']);
  fm.push(rg(4, 0, 4, W8 - 1));
  fp.push([
    '107\n罗定市豆豉飘香食品有限公司\n销售型　2020.12.1入驻',
    '108\n中国邮政集团有限公司罗定市分公司\n物流快递（园区揽投点）　2020年10月入驻',
    '109-110\n展销大厅（罗定市电子商务公共服务中心）',
    null,
    '111\n罗定市大湾鸡电商工作室\n直播　2021.1.8入驻\n【退】（2021.6.30）',
    '112\n（空置）',
    '卫生间',
  ]);
  fm.push(rg(5, 2, 5, 3));
  fp.push([]);
  fp.push(['二　　层']);
  fm.push(rg(7, 0, 7, W8 - 1));
  fp.push([
    '201\n罗定市云耕农业发展有限公司\n销售型　2021.3.2入驻',
    '202\n罗定市泷州优品网络科技有限公司\n平台型　2020.10.20入驻',
    '203\n罗定市榃滨鱼米电子商务有限公司\n销售型　2021年4月入驻',
    '204\n（空置）\n原：罗定市金鸡腐竹商行，销售型，2020.11入驻，【退】（2021.4.30）',
    '楼\n梯',
    '205\n罗定市春晓直播传媒有限公司\n直播　2021/5/17入驻',
    '206\n罗定市农耕记食品贸易有限公司\n销售型　2021.6.1入驻',
  ]);
  fp.push(['走　　　　　　廊']);
  fm.push(rg(9, 0, 9, W8 - 1));
  fp.push([
    '207\n①罗定市肉桂人家农业发展有限公司（销售型，2020.11.2入驻）\n②罗定市聚农冷链物流有限公司（物流，2021.1入驻）',
    '208\n罗定市稔村电商服务有限公司\n运营服务　2021.7.12入驻',
    '209\n罗定市蒲扇工艺品网店\n销售型　2020.12.8入驻\n【退】（2021.9.15）',
    '210\n会议室（公共）',
    '211\n罗定市泷江米业有限公司\n销售型　2021.8.3入驻',
    '212\n罗定市新农人直播基地有限公司\n直播　2021.9.6入驻',
    '卫生间',
  ]);
  fp.push([]);
  fp.push(['注：1. 展销大厅、会议室为公共服务中心公共区域，不是入驻企业；2. 207室由两家企业合租；3. 截至2021年8月31日在园企业17家（另有2家已退出，212室9月6日入驻）。']);
  fm.push(rg(12, 0, 12, W8 - 1));
  fp.push(['制图：罗定市商务局电商股　　2021年9月3日']);
  fm.push(rg(13, 0, 13, W8 - 1));
  const ent = [
    ['罗定市稻香人家电子商务有限公司', '2020-09-15', null],
    ['罗定市南江供应链管理有限公司', '2020-09', null],
    ['罗定市聚鲜农产品商行', '2020-10-12', null],
    ['罗定市肉桂谷生物科技有限公司', '2020-11-03', null],
    ['广东罗商汇网络科技有限公司', '2020-08-28', null],
    ['罗定市豆豉飘香食品有限公司', '2020-12-01', null],
    ['中国邮政集团有限公司罗定市分公司', '2020-10', null],
    ['罗定市大湾鸡电商工作室', '2021-01-08', '2021-06-30'],
    ['罗定市云耕农业发展有限公司', '2021-03-02', null],
    ['罗定市泷州优品网络科技有限公司', '2020-10-20', null],
    ['罗定市榃滨鱼米电子商务有限公司', '2021-04', null],
    ['罗定市金鸡腐竹商行', '2020-11', '2021-04-30'],
    ['罗定市春晓直播传媒有限公司', '2021-05-17', null],
    ['罗定市农耕记食品贸易有限公司', '2021-06-01', null],
    ['罗定市肉桂人家农业发展有限公司', '2020-11-02', null],
    ['罗定市聚农冷链物流有限公司', '2021-01', null],
    ['罗定市稔村电商服务有限公司', '2021-07-12', null],
    ['罗定市蒲扇工艺品网店', '2020-12-08', '2021-09-15'],
    ['罗定市泷江米业有限公司', '2021-08-03', null],
    ['罗定市新农人直播基地有限公司', '2021-09-06', null],
  ].map(([name, entered, left]) => ({ name, entered, left }));

  // stations: stacked acceptance forms
  const sp = [];
  const sm = [];
  sp.push(['罗定市村级电子商务服务站点验收表（按编号录入，一站一表）']);
  sm.push(rg(0, 0, 0, 5));
  sp.push(['录入：市商务局电商股　　纸质原件见第3盒　　说明：“挂牌（建成）时间”为站点正式挂牌对外服务的日期，“验收日期”为验收组现场验收日期。']);
  sm.push(rg(1, 0, 1, 5));
  sp.push([]);
  const st = [
    ['LD-ZD-2020-001', '罗定市素龙街道岗咀村电商服务站', '素龙街道', '岗咀村委会', '2020年7月16日', '陈××', '设施设备齐全，标识规范，同意通过验收。', '2020.7.20', '2020-07-16'],
    ['LD-ZD-2020-002', '罗定市罗镜镇罗镜村电商服务站', '罗镜镇', '罗镜村民委员会', '2020.8.3', '梁××', '同意通过验收。', D('2020-08-10'), '2020-08-03'],
    ['LD-ZD-2020-003', '罗定市太平镇龙岩村电商服务站', '太平镇', '龙岩村委会', D('2020-09-25'), '黄××', '站点已开展代购代销、代收快递，同意通过验收。', '2020年10月9日', '2020-09-25'],
    ['LD-ZD-2020-004', '罗定市分界镇分界村电商服务站', '分界镇', '分界村委会', '20.11.12', '林××', '同意通过验收，宣传栏需补充服务价目表。', '20.11.20', '2020-11-12'],
    ['LD-ZD-2021-005', '罗定市船步镇船步村电商服务站', '船步镇', '船步村', '2021年1月', '彭××', '同意通过验收。', '2021.1.28', '2021-01'],
    ['LD-ZD-2021-006', '罗定市围底镇围底村电商服务站', '围底镇', '围底村委会', '2021/3/9', '吴××', '同意通过验收。', '2021/3/19', '2021-03-09'],
    ['LD-ZD-2021-007', '罗定市泗纶镇杨绿村电商服务站（蒸笼产业服务点）', '泗纶镇', '杨绿村委会', D('2021-05-18'), '莫××', '设施齐全，同意通过验收。', D('2021-05-27'), '2021-05-18'],
    ['LD-ZD-2021-008', '罗定市加益镇加益村电商服务站', '加益镇', '加益村委会', '2021年9月6日', '邓××', '同意通过验收。', '2021年9月14日', '2021-09-06'],
  ];
  const rand = mulberry32(3108);
  for (const s of st) {
    const i = sp.length;
    sp.push(['罗定市村级电子商务服务站点建设验收表', null, null, null, '编号', s[0]]);
    sm.push(rg(i, 0, i, 3));
    sp.push(['站点名称', s[1], null, '所属镇（街道）', s[2], null]);
    sp.push(['所在行政村', s[3], null, '挂牌（建成）时间', s[4], null]);
    sp.push(['站点负责人', s[5], null, '联系电话', maskPhone(rand), null]);
    sp.push(['验收意见', s[6], null, '验收日期', s[7], null]);
    for (let k = 1; k <= 4; k++) {
      sm.push(rg(i + k, 1, i + k, 2));
      sm.push(rg(i + k, 4, i + k, 5));
    }
    sp.push([]);
  }
  sp.push(['验收组成员：市商务局、市财政局、所在镇人民政府（街道办事处）、运营方']);
  sm.push(rg(sp.length - 1, 0, sp.length - 1, 5));
  const stations = st.map((s) => ({ village: s[3], opened: s[8] }));

  const cover = [
    ['罗定市电子商务进农村综合示范创建'],
    ['考评台账（产业园、站点部分）'],
    [],
    ['第2盒：产业园入驻企业分布图'],
    ['第3盒：村级站点验收表'],
    [],
    ['罗定市商务局　　二〇二一年九月'],
  ];

  return {
    description:
      '罗定市（云浮）商务局电商股的两本台账加封面：①《产业园入驻企业分布图》按楼层画成平面图，一格一间房（“101\\n企业名称\\n类型　入驻时间”），楼梯、走廊（整行合并）、卫生间、展销大厅（公共服务中心，合并两格）、会议室、空置房也占格；读法是逐层、逐行自左向右；退出写在格内“【退】（2021.6.30）”，204室空置但格内写着原租户（“原：…，2020.11入驻，【退】（2021.4.30）”），207室两家企业合租一格（①②）；入驻时间写法混杂（2020.9.15、2020年9月、20年10月12日、2020/11/3、2021.1）。②《村级站点验收表》是纸质验收表一站一表录入、上下叠放（每表5行：表名|编号、站点名称|所属镇、所在行政村|挂牌（建成）时间、负责人|电话、验收意见|验收日期），开业日期取“挂牌（建成）时间”，不是“验收日期”；挂牌时间有文本、真日期、“20.11.12”、只到月“2021年1月”。③封面（不是台账）。陷阱：209室【退】2021.9.15在截止日后、212室2021.9.6入驻、加益村站点2021年9月6日挂牌，记录照列；公共区域和空置房不是企业。',
    sheets: [
      { name: '封面', rows: cover },
      { name: '产业园分布图', rows: pad(fp, W8), merges: fm },
      { name: '站点验收表', rows: pad(sp, 6), merges: sm },
    ],
    expect: {
      sheets: {
        封面: { kind: null },
        产业园分布图: { kind: 'enterprises', records: ent },
        站点验收表: { kind: 'stations', records: stations },
      },
    },
  };
}

// =====================================================================
// LEDGERS 2 — 台山市：腾讯会议“参会成员明细”导出当培训签到（两期两张表）+ 政务邮箱“已发送”导出当报送记录
// =====================================================================
function ledgerTaishan() {
  const rand = mulberry32(4107);
  const towns = ['台城', '大江', '水步', '四九', '白沙', '三合', '冲蒌', '斗山', '都斛', '赤溪', '端芬', '广海', '海宴', '汶村', '深井', '北陡', '川岛'];
  const nick = makeNameFactory(rand);
  const enNames = ['Wendy', 'Kelvin', 'Ada', 'Jason', 'Coco', 'Tony', 'Vivian', 'Alan'];
  function nickname(i) {
    const r = rand();
    const n = nick();
    const t = towns[Math.floor(rand() * towns.length)];
    if (r < 0.3) return `${n}-${t}`;
    if (r < 0.45) return `${t}镇 ${n}`;
    if (r < 0.58) return `${enNames[i % enNames.length]} ${n.slice(0, 1)}`;
    if (r < 0.7) return `阿${n.slice(-1)}（${t}）`;
    if (r < 0.8) return `${n}${t}电商`;
    return n;
  }
  function session(no, title, meetingNo, day, start, end, nMembers, shortIdx, rejoinIdx) {
    const rows = [];
    const recs = [];
    const hh = (base, addMin) => {
      const [h, m, s] = base.split(':').map(Number);
      let t = h * 3600 + m * 60 + s + addMin * 60 + Math.floor(rand() * 50);
      const H2 = Math.floor(t / 3600);
      t -= H2 * 3600;
      const M2 = Math.floor(t / 60);
      const S2 = t - M2 * 60;
      return `${day.replace(/-/g, '/')} ${String(H2).padStart(2, '0')}:${String(M2).padStart(2, '0')}:${String(S2).padStart(2, '0')}`;
    };
    rows.push(['会议主题', title]);
    rows.push(['会议号', meetingNo]);
    rows.push(['预定开始时间', `${day} ${start}`]);
    rows.push(['实际开始时间', `${day} ${start.slice(0, 3)}${String(Number(start.slice(3, 5)) - 4).padStart(2, '0')}:05`]);
    rows.push(['实际结束时间', `${day} ${end}`]);
    rows.push(['参会人数', nMembers + 2]);
    rows.push([]);
    rows.push(['序号', '用户昵称（入会昵称）', '身份', '首次入会时间', '最后退会时间', '累计参会时长（分钟）', '入会次数', '手机号', '备注（中心填）']);
    const dur = (() => {
      const [h1, m1] = start.split(':').map(Number);
      const [h2, m2] = end.split(':').map(Number);
      return h2 * 60 + m2 - (h1 * 60 + m1);
    })();
    rows.push([1, '台山电商中心-黄生', '主持人', hh(start, -6), hh(end, 0), dur + 6, 1, maskPhone(rand), '工作人员']);
    rows.push([2, '讲师-余老师（江门职院）', '联席主持人', hh(start, -3), hh(end, -1), dur + 2, 1, maskPhone(rand), '授课老师']);
    for (let i = 0; i < nMembers; i++) {
      const short = shortIdx.includes(i);
      const rejoin = rejoinIdx.includes(i);
      const inOff = Math.floor(rand() * 12) - 3;
      const d = short ? 8 + Math.floor(rand() * 18) : dur - inOff - Math.floor(rand() * 20) - (rejoin ? 7 : 0);
      const outOff = short ? inOff + d + 2 : dur - Math.floor(rand() * 5);
      rows.push([
        i + 3,
        nickname(i),
        '成员',
        hh(start, inOff),
        hh(start, outOff),
        d,
        rejoin ? 2 : 1,
        maskPhone(rand),
        short ? '不足30分钟，不计' : null,
      ]);
      if (!short) recs.push({ date: day, personTimes: 1, id: null });
    }
    rows.push([]);
    rows.push([`注：1. 主持人、联席主持人为中心工作人员和授课老师，不计入参训人次；2. 累计参会时长不足30分钟的不计入参训人次（已在备注栏标注）；3. 同一人断线重进只计1人次（见“入会次数”）；4. 本期计入参训${recs.length}人次。`]);
    rows.push(['导出自：腾讯会议（企业版）→ 会议管理 → 参会成员明细　　整理：台山市电子商务公共服务中心']);
    return { rows: pad(rows, 9), recs, merges: [rg(rows.length - 2, 0, rows.length - 2, 8), rg(rows.length - 1, 0, rows.length - 1, 8)] };
  }
  const s3 = session(3, '台山市农村电商直播带货线上培训班（第3期）', '638 215 904', '2021-03-18', '14:30:00', '17:00:00', 26, [7, 19], [4, 15]);
  const s5 = session(5, '台山市农村电商直播带货线上培训班（第5期）：短视频拍摄与剪辑', '917 402 563', '2021-05-20', '19:30:00', '21:30:00', 22, [11], [2, 9, 20]);

  // outbox
  const to = '江门市商务局电商科 <jmsswj_dsk@126.com>';
  const mail = [
    [to, null, '台山市8月份电子商务进农村综合示范创建工作进展（附电商扶贫统计表）', '2020-09-07 16:42:18', '台山市8月进展.docx；电商扶贫统计表（8月）.xlsx', '86 KB', '已发送'],
    [to, null, '台山市9月份电商进农村示范创建进展及电商扶贫数据', '2020-10-09 10:05:51', '9月进展.docx；9月扶贫统计.xlsx', '92 KB', '已发送'],
    [to, '台山市人民政府办公室 <tsszfb@126.com>', '台山市10月份电商进农村工作进展', '2020-11-06 17:31:02', '10月进展.docx', '64 KB', '已发送'],
    ['江门市商务局 <jmsswj@126.com>', null, '【台山】11月份电子商务进农村综合示范工作情况报告', '2020-12-04 09:12:40', '11月报告.pdf；扶贫数据.xlsx', '1.2 MB', '已发送'],
    [to, null, '台山市12月份及2020年度电商进农村工作总结', '2021-01-07 15:48:26', '12月及年度总结.docx', '158 KB', '已发送'],
    [to, null, '台山市2021年1月份电商进农村示范创建进展', '2021-02-03 11:20:09', '1月进展.docx；1月扶贫统计.xlsx', '88 KB', '退信：收件人邮箱容量已满'],
    [to, null, '（重发）台山市2021年1月份电商进农村示范创建进展', '2021-02-03 16:05:44', '1月进展.docx；1月扶贫统计.xlsx', '88 KB', '已发送'],
    [to, null, '台山市2月份电商进农村示范创建进展', '2021-03-05 10:33:17', '2月进展.docx', '61 KB', '已发送'],
    [to, null, '台山市3月份电商进农村示范创建进展及电商扶贫统计', '2021-04-07 17:02:55', '3月进展.docx；3月扶贫统计.xlsx', '97 KB', '已发送'],
    [to, null, '回复：关于报送电子商务进农村综合示范项目资金使用情况的通知', '2021-04-28 09:41:30', '台山市项目资金使用情况表.xlsx', '35 KB', '已发送'],
    [to, null, '台山市4月份电商进农村示范创建进展', '2021-05-10 16:18:03', '4月进展.docx；4月扶贫统计.xlsx', '90 KB', '已发送'],
    [to, null, '台山市5月份电商进农村示范创建进展', '2021-06-04 11:56:47', '5月进展.docx', '66 KB', '已发送'],
    [to, null, '台山市6月份电商进农村示范创建进展及上半年总结', '2021-07-06 15:27:12', '6月进展及上半年总结.docx；6月扶贫统计.xlsx', '203 KB', '已发送'],
    [to, null, '台山市7月份电商进农村示范创建进展', '2021-08-05 10:09:38', '7月进展.docx；7月扶贫统计.xlsx', '94 KB', '已发送'],
    [to, null, '台山市8月份电商进农村示范创建进展', '2021-09-03 17:44:21', '8月进展.docx；8月扶贫统计.xlsx', '91 KB', '已发送'],
  ];
  const mrows = [
    ['邮箱：tsswj_dzsw@126.com（台山市商务局电商股）　文件夹：已发送　筛选：收件人包含“江门市商务局”　导出时间：2021-09-06 09:15'],
    ['序号', '收件人', '抄送', '主题', '发送时间', '附件', '大小', '状态'],
  ];
  mail.forEach((m, i) => mrows.push([i + 1, ...m]));
  mrows.push([]);
  mrows.push(['注：2021年2月3日上午一封被退信，下午已重发；每月工作进展均附电商扶贫统计情况。']);
  const reports = mail.filter((m) => m[6] === '已发送').map((m) => ({ date: m[3].slice(0, 10) }));
  const note = [
    ['说明'],
    ['1. 受疫情影响，第3期、第5期电商培训改为线上（腾讯会议）举办，参训记录以腾讯会议导出的参会成员明细为准，线下各期签到表见第4盒。'],
    ['2. 向江门市商务局报送的月度进展均通过政务邮箱发送，本表为邮箱“已发送”文件夹导出。'],
    ['3. 整理人：台山市商务局电商股 伍××　2021年9月6日'],
  ];
  return {
    description:
      '台山市（江门）商务局电商股的三张表：①②第3期、第5期线上培训的腾讯会议“参会成员明细”导出（表头上方是会议主题、会议号、预定/实际开始、实际结束时间和“参会人数”汇总块，表头 序号|用户昵称（入会昵称）|身份|首次入会时间|最后退会时间|累计参会时长（分钟）|入会次数|手机号|备注（中心填）），一行一名参会者，昵称五花八门（“陈秀英-端芬”“Wendy 黄”“阿强（都斛）”），时间为“2021/03/18 14:28:41”文本，无身份证号（id 为 null）；③政务邮箱“已发送”文件夹导出当月报报送记录（收件人|抄送|主题|发送时间|附件|大小|状态），每封发给江门市商务局的邮件是一次报送，日期取发送时间；另有“说明”页（不是台账）。陷阱：主持人、联席主持人（工作人员、授课老师）不是学员；备注“不足30分钟，不计”的参会者按表下注不计；“入会次数 2”是同一人断线重进，只算1条；“参会人数”是汇总不是学员；2021-02-03上午那封状态“退信”的邮件没有送达，不算报送（下午重发那封算）；“回复：关于报送…资金使用情况”也是向市局报送；2021-09-03 那封在截止日后，照列。',
    sheets: [
      { name: '说明', rows: note },
      { name: '第3期（腾讯会议导出）', rows: s3.rows, merges: s3.merges },
      { name: '第5期（腾讯会议导出）', rows: s5.rows, merges: s5.merges },
      { name: '报送记录（邮箱导出）', rows: pad(mrows, 8), merges: [rg(0, 0, 0, 7), rg(mrows.length - 1, 0, mrows.length - 1, 7)] },
    ],
    expect: {
      sheets: {
        说明: { kind: null },
        '第3期（腾讯会议导出）': { kind: 'training', records: s3.recs },
        '第5期（腾讯会议导出）': { kind: 'training', records: s5.recs },
        '报送记录（邮箱导出）': { kind: 'reports', records: reports },
      },
    },
  };
}

// =====================================================================
// COUNTY — 雷州市：湛江市局预填、县里逐项核实的《考评数据核实单》+ 12 张台账
// =====================================================================
function countyLeizhou() {
  const rand = mulberry32(20210831);
  const newId = makeIdFactory(rand, '440882');
  const newName = makeNameFactory(rand);
  const TOWNS = [
    ['雷城街道', 3, 6], ['西湖街道', 4, 4], ['新城街道', 5, 3], ['附城镇', 14, 1], ['白沙镇', 13, 1],
    ['沈塘镇', 12, 0], ['客路镇', 16, 1], ['杨家镇', 12, 0], ['唐家镇', 13, 1], ['企水镇', 11, 0],
    ['纪家镇', 13, 0], ['松竹镇', 12, 0], ['南兴镇', 15, 1], ['雷高镇', 10, 0], ['东里镇', 11, 0],
    ['调风镇', 13, 0], ['龙门镇', 12, 0], ['英利镇', 14, 1], ['北和镇', 12, 0], ['乌石镇', 11, 0], ['覃斗镇', 10, 0],
  ];
  const COMMUNITIES = {
    雷城街道: ['新市社区', '曲街社区', '西门社区', '南亭社区', '夏江社区', '东门社区'],
    西湖街道: ['西湖社区', '三元社区', '雷阳社区', '镇中居委会'],
    新城街道: ['新城社区', '城月社区', '广朗社区'],
    附城镇: ['附城居委会'], 白沙镇: ['白沙居委会'], 客路镇: ['客路居委会'], 唐家镇: ['唐家居委会'],
    南兴镇: ['南兴居委会'], 英利镇: ['英利居委会'],
  };
  const F1 = '东西南北新上下大小田潭那龙英企覃乌迈坡塘港林沙高山河湾岭洋朗后前仕谢陈吴黄莫邓梁麻赤土青白安和平盐竹松水文兴昌'.split('');
  const F2 = '头尾园庄坑岭塘田埚家里港湾溪洋林坡角墩仔寮屋垌美丰和兴安福文明山边'.split('');
  const townStems = new Set(TOWNS.map((t) => t[0].slice(0, 2)));
  const usedStem = new Set();
  const villages = []; // {name, town, ti, poor}
  TOWNS.forEach(([town, nv], ti) => {
    for (let k = 0; k < nv; k++) {
      let stem;
      for (;;) {
        const a = F1[Math.floor(rand() * F1.length)];
        const b = F2[Math.floor(rand() * F2.length)];
        stem = a + b;
        if (a === b || usedStem.has(stem) || townStems.has(stem)) continue;
        break;
      }
      usedStem.add(stem);
      villages.push({ stem, name: stem + '村', town, ti, poor: false });
    }
  });
  if (villages.length !== 236) throw new Error('villages ' + villages.length);
  const nComm = Object.values(COMMUNITIES).reduce((s, a) => s + a.length, 0);
  if (nComm !== 19) throw new Error('communities');
  // 26 provincial poor villages, none in the three 街道
  const ruralIdx = villages.map((v, i) => i).filter((i) => villages[i].ti >= 3);
  const poorIdx = shuffle(rand, ruralIdx).slice(0, 26);
  poorIdx.forEach((i) => (villages[i].poor = true));

  // ---------------- sheet: 村（居）委会一览（横排）
  const vg = [];
  const vgm = [];
  const nT = TOWNS.length;
  vg.push(['雷州市村（居）民委员会一览表（横排）']);
  vgm.push(rg(0, 0, 0, nT));
  vg.push(['说明：按镇（街道）分列，每列先列村民委员会，后列社区（居委会）（以“——社区——”隔开）；村名后标“▲”的为省定贫困村。数据来源：市民政局2021年6月区划名录。']);
  vgm.push(rg(1, 0, 1, nT));
  vg.push(['行', ...TOWNS.map((t) => t[0])]);
  const cols = TOWNS.map(([town]) => {
    const list = villages.filter((v) => v.town === town).map((v) => v.name + (v.poor ? '▲' : ''));
    const cm = COMMUNITIES[town] || [];
    if (cm.length) list.push('——社区——', ...cm);
    return list;
  });
  const maxLen = Math.max(...cols.map((c) => c.length));
  for (let r = 0; r < maxLen; r++) vg.push([r + 1, ...cols.map((c) => (r < c.length ? c[r] : null))]);
  vg.push(['村委会（个）', ...TOWNS.map((t) => t[1])]);
  vg.push(['社区（个）', ...TOWNS.map((t) => t[2] || null)]);
  vg.push(['其中省定贫困村（个）', ...TOWNS.map((t) => villages.filter((v) => v.town === t[0] && v.poor).length || null)]);
  vg.push([]);
  vg.push(['合计：村民委员会236个，社区（居委会）19个；其中省定贫困村26个。']);
  vgm.push(rg(vg.length - 1, 0, vg.length - 1, nT));

  // ---------------- stations
  const nonPoorRural = villages.filter((v) => !v.poor);
  const poorV = villages.filter((v) => v.poor);
  const P0 = poorV[Math.floor(rand() * poorV.length)];
  const poorCovered = poorV.filter((v) => v !== P0);
  const npShuffled = shuffle(rand, nonPoorRural);
  const npCovered = npShuffled.slice(0, 115);
  const npRest = npShuffled.slice(115);
  const vLate = npRest[0];
  const b5Extra = npRest.slice(1, 6);
  const covered = shuffle(rand, [...poorCovered, ...npCovered]);
  if (covered.length !== 140) throw new Error('covered');
  const order = (a, b) => a.ti - b.ti || villages.indexOf(a) - villages.indexOf(b);
  const batchesV = [covered.slice(0, 48), covered.slice(48, 92), covered.slice(92, 128), covered.slice(128, 140)];
  const stForm = (v) => {
    const r = rand();
    if (r < 0.45) return v.stem + '村委会';
    if (r < 0.8) return v.stem + '村';
    return v.stem + '村民委员会';
  };
  const mkStation = (v, extra) => ({
    town: v.town,
    vname: extra && extra.vname ? extra.vname : stForm(v),
    sname: extra && extra.sname ? extra.sname : `雷州市${v.town}${v.stem}村电商服务站`,
    remark: (extra && extra.remark) || null,
    v,
    countsAs: extra && extra.countsAs !== undefined ? extra.countsAs : v,
    opened: extra && extra.opened,
  });
  const batches = batchesV.map((b) => b.slice().sort(order).map((v) => mkStation(v)));
  // extras
  const b1Dup = batches[0][7].v;
  batches[1].push({
    town: '雷城街道', vname: '夏江社区', sname: '雷州市雷城街道夏江社区电商服务点', remark: '社区便民服务点', v: null, countsAs: null,
  });
  const shiftSt = batches[1][5];
  shiftSt.remark = '因场地调整，2020年12月8日才挂牌';
  shiftSt.opened = '2020-12-08';
  batches[2].push({
    town: b1Dup.town, vname: b1Dup.stem + '村委会', sname: `雷州市${b1Dup.town}${b1Dup.stem}村电商服务站（第二服务点）`,
    remark: '同村第二个服务点（设在村圩）', v: b1Dup, countsAs: b1Dup,
  });
  batches[3].push(mkStation(vLate, { remark: '场地装修延误，实际2021年9月2日挂牌', opened: '2021-09-02' }));
  const b5 = [P0, ...b5Extra].sort(order).map((v) => mkStation(v));
  for (const b of [batches[1], batches[2], batches[3]]) b.sort((a, c) => TOWNS.findIndex((t) => t[0] === a.town) - TOWNS.findIndex((t) => t[0] === c.town));
  const batchHead = [
    ['第一批', '挂牌时间：2020年6月18日', '2020-06-18'],
    ['第二批', '挂牌时间：2020.10.28', '2020-10-28'],
    ['第三批', '挂牌时间：2021/3/30', '2021-03-30'],
    ['第四批', '挂牌时间：2021年7月15日', '2021-07-15'],
    ['第五批', '挂牌时间：2021年9月6日', '2021-09-06'],
  ];
  const sp = [];
  const sm = [];
  sp.push(['雷州市村级电子商务服务站点挂牌台账']);
  sm.push(rg(0, 0, 0, 6));
  sp.push(['说明：站点按批次统一挂牌，挂牌时间见各批标题行；个别站点实际挂牌时间与批次不同的，在备注栏注明。']);
  sm.push(rg(1, 0, 1, 6));
  sp.push(['序号', '镇（街道）', '所在村（社区）', '站点名称', '站长', '联系电话', '备注']);
  let seq = 0;
  const allStations = [];
  [...batches, b5].forEach((b, bi) => {
    const i = sp.length;
    sp.push([`${batchHead[bi][0]}（${b.length}个）　${batchHead[bi][1]}`]);
    sm.push(rg(i, 0, i, 6));
    for (const s of b) {
      seq++;
      sp.push([seq, s.town, s.vname, s.sname, newName(), maskPhone(rand), s.remark]);
      allStations.push({ ...s, openedFinal: s.opened || batchHead[bi][2] });
    }
  });
  sp.push([]);
  sp.push([`合计：${seq}个站点（含第五批6个）。`]);
  sm.push(rg(sp.length - 1, 0, sp.length - 1, 6));
  sp.push(['填表：市商务局电商股　　核对：各镇（街道）经济办']);

  // ---------------- training matrix 镇×月
  const months = [];
  for (let y = 2020, m = 6; y < 2021 || m <= 9; ) {
    months.push([y, m]);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  const nMo = months.length; // 16
  const sepIdx = nMo - 1;
  const rowsNames = [...TOWNS.map((t) => t[0]), '市电商公共服务中心（集中培训）'];
  const val = rowsNames.map(() => new Array(nMo).fill(0));
  const twoSess = rowsNames.map(() => new Array(nMo).fill(false));
  for (let r = 0; r < TOWNS.length; r++) {
    for (let c = 0; c < sepIdx; c++) {
      if (rand() < 0.2) {
        const two = rand() < 0.18;
        let v = 25 + Math.floor(rand() * 31);
        if (two) v += 25 + Math.floor(rand() * 31);
        val[r][c] = v;
        twoSess[r][c] = two;
      }
    }
  }
  const C = rowsNames.length - 1;
  const sumBefore = () => val.reduce((s, row) => s + row.slice(0, sepIdx).reduce((a, b) => a + b, 0), 0);
  // centre row takes what the towns leave to reach 4,930 before the cut-off
  const centreTotal = 4930 - sumBefore();
  if (centreTotal < sepIdx * 70 || centreTotal > sepIdx * 260) throw new Error('centre total ' + centreTotal);
  let left = centreTotal;
  for (let c = 0; c < sepIdx; c++) {
    const remainCells = sepIdx - c;
    if (remainCells === 1) val[C][c] = left;
    else {
      const avg = left / remainCells;
      const v = Math.round(avg * (0.8 + rand() * 0.4));
      val[C][c] = v;
      left -= v;
    }
  }
  // September (to 9/10): 420
  val[C][sepIdx] = 168;
  val[3][sepIdx] = 62;
  val[6][sepIdx] = 55;
  val[12][sepIdx] = 47;
  val[17][sepIdx] = 88;
  if (val.reduce((s, row) => s + row[sepIdx], 0) !== 420) throw new Error('sep');
  if (sumBefore() !== 4930) throw new Error('before');
  const tp = [];
  const tm = [];
  tp.push(['雷州市电子商务培训人次统计表（按镇、按月）']);
  tm.push(rg(0, 0, 0, nMo + 1));
  tp.push(['单位：人次']);
  const h1 = ['镇（街道）'];
  const h2 = [null];
  months.forEach(([y, m], i) => {
    h1.push(i === 0 || m === 1 ? `${y}年` : null);
    h2.push(`${m}月`);
  });
  h1.push('合计');
  h2.push(null);
  tp.push(h1);
  tp.push(h2);
  tm.push(rg(2, 0, 3, 0));
  tm.push(rg(2, 1, 2, 7)); // 2020年: 6..12 月 = 7 columns
  tm.push(rg(2, 8, 2, nMo)); // 2021年: 1..9 月
  tm.push(rg(2, nMo + 1, 3, nMo + 1));
  rowsNames.forEach((n, r) => {
    const row = [n];
    for (let c = 0; c < nMo; c++) {
      const v = val[r][c];
      if (!v) row.push(rand() < 0.15 ? '—' : null);
      else if (twoSess[r][c]) row.push(`${v}（2期）`);
      else if (rand() < 0.08) row.push(`${v}人次`);
      else row.push(v);
    }
    row.push(val[r].reduce((a, b) => a + b, 0));
    tp.push(row);
  });
  const colSum = months.map((_, c) => val.reduce((s, row) => s + row[c], 0));
  tp.push(['合计', ...colSum, colSum.reduce((a, b) => a + b, 0)]);
  tp.push([]);
  const tnotes = [
    '注：1. 按培训举办地所在镇（街道）统计，市电商公共服务中心集中培训单列一行；',
    '2. 建档立卡贫困户专场培训（共5期）在市电商公共服务中心举办，人次已计入“市电商公共服务中心（集中培训）”行，参训人员名单见《贫困户参训名单》，不再另计；',
    '3. 格内“（2期）”表示当月办了两期，数字为两期合计人次；“—”为当月未办班；',
    '4. 2021年9月为截至9月10日的数。',
  ];
  for (const n of tnotes) {
    tp.push([n]);
    tm.push(rg(tp.length - 1, 0, tp.length - 1, nMo + 1));
  }

  // ---------------- poor-person roster
  const persons = [];
  const addP = (cat) => {
    const wantX = undefined;
    const p = { cat, id: newId({ wantX }), name: newName() };
    if (cat === 'E') {
      p.labour = rand() < 0.75 ? '普通劳动力' : '技能劳动力';
      p.work = ['未外出务工', '县内务工', '乡镇内务工', '未外出务工'][Math.floor(rand() * 4)];
    } else if (cat === 'M') {
      p.labour = rand() < 0.8 ? '普通劳动力' : '技能劳动力';
      p.work = rand() < 0.6 ? '省外务工' : '县外省内务工';
    } else {
      const r = rand();
      p.labour = r < 0.5 ? '丧失劳动力' : '无劳动力';
      p.work = r > 0.8 ? '在校生' : null;
    }
    persons.push(p);
    return p;
  };
  for (let i = 0; i < 180; i++) addP('E');
  for (let i = 0; i < 50; i++) addP('M');
  for (let i = 0; i < 30; i++) addP('N');
  // six eligible persons are 弱劳动力或半劳动力 (still able to work)
  persons.filter((p) => p.cat === 'E').slice(170, 176).forEach((p) => (p.labour = '弱劳动力或半劳动力'));
  const roster = shuffle(rand, persons);
  const rp = [];
  const rpm = [];
  rp.push(['雷州市建档立卡贫困人口劳动力状况表']);
  rpm.push(rg(0, 0, 0, 9));
  rp.push(['数据来源：市乡村振兴局（扶贫开发信息系统2021年8月导出）　　说明：劳动能力、务工情况按系统口径填写']);
  rpm.push(rg(1, 0, 1, 9));
  rp.push(['序号', '镇（街道）', '村委会', '户主姓名', '姓名', '与户主关系', '公民身份号码', '劳动能力', '务工情况', '联系电话']);
  let k = 0;
  let hh = 0;
  const ruralVillages = villages.filter((v) => v.ti >= 3);
  while (k < roster.length) {
    const size = Math.min(roster.length - k, 1 + Math.floor(rand() * 4));
    const v = ruralVillages[Math.floor(rand() * ruralVillages.length)];
    const head = roster[k].name;
    hh++;
    const hy = Number(roster[k].id.slice(6, 10));
    for (let j = 0; j < size; j++) {
      const p = roster[k + j];
      p.town = v.town;
      p.village = v.stem + '村委会';
      let relation = '户主';
      if (j > 0) {
        const y = Number(p.id.slice(6, 10));
        const male = Number(p.id[16]) % 2 === 1;
        if (y - hy > 15) {
          relation = male ? '之子' : '之女';
          p.name = head.slice(0, 1) + p.name.slice(1);
        } else if (hy - y > 15) {
          relation = male ? '之父' : '之母';
          if (male) p.name = head.slice(0, 1) + p.name.slice(1);
        }
        else if (Math.abs(y - hy) <= 10 && j === 1) relation = '配偶';
        else {
          relation = '兄弟姐妹';
          p.name = head.slice(0, 1) + p.name.slice(1);
        }
      }
      rp.push([k + j + 1, v.town, p.village, head, p.name, relation, p.id, p.labour, p.work, j === 0 ? maskPhone(rand) : null]);
    }
    k += size;
  }
  rp.push([]);
  const nE = persons.filter((p) => p.cat === 'E').length;
  rp.push([`合计：${roster.length}人。其中有劳动能力${230}人（外出务工50人），无劳动能力（含丧失劳动力、在校生）30人。`]);
  rpm.push(rg(rp.length - 1, 0, rp.length - 1, 9));

  // ---------------- poor sign-ins
  const E = persons.filter((p) => p.cat === 'E');
  const M = persons.filter((p) => p.cat === 'M');
  const N = persons.filter((p) => p.cat === 'N');
  const Eshuf = shuffle(rand, E.filter((p) => p.labour !== '弱劳动力或半劳动力'));
  const T = Eshuf.slice(0, 88);
  const lateOnly = Eshuf.slice(88, 91);
  const repeats = T.slice(0, 10);
  const sess = [[], [], [], [], []];
  T.forEach((p, i) => sess[i % 4].push({ p, kind: 'poor' }));
  repeats.forEach((p, i) => {
    const first = T.indexOf(p) % 4;
    sess[(first + 1 + (i % 3)) % 4].push({ p, kind: 'poor' });
  });
  M.slice(0, 5).forEach((p, i) => sess[i % 4].push({ p, kind: 'poor' }));
  N.slice(0, 2).forEach((p, i) => sess[(i + 1) % 4].push({ p, kind: 'poor' }));
  for (let i = 0; i < 4; i++) {
    const p = { id: newId({}), name: newName(), town: null, village: null };
    const v = ruralVillages[Math.floor(rand() * ruralVillages.length)];
    p.town = v.town;
    p.village = v.stem + '村';
    sess[i % 4].push({ p, kind: i % 2 ? '驻村帮扶干部' : '村干部（陪同）' });
  }
  lateOnly.forEach((p) => sess[4].push({ p, kind: 'poor' }));
  T.slice(20, 22).forEach((p) => sess[4].push({ p, kind: 'poor' }));
  const sessInfo = [
    ['2020.11.12', '第1期', [2020, 11]],
    [D('2021-01-20'), '第2期', [2021, 1]],
    ['2021年4月15日', '第3期', [2021, 4]],
    ['21.6.23', '第4期', [2021, 6]],
    ['2021/9/8', '第5期', [2021, 9]],
  ];
  // the centre row must be at least the special sessions
  sessInfo.forEach(([, , [y, m]], si) => {
    const c = months.findIndex((x) => x[0] === y && x[1] === m);
    if (val[C][c] < sess[si].length) throw new Error('centre row smaller than session ' + si);
  });
  const sg = [];
  const sgm = [];
  sg.push(['雷州市建档立卡贫困户电商培训参训名单（已计入《培训人次统计表》，不另计）']);
  sgm.push(rg(0, 0, 0, 9));
  sg.push(['序号', '培训日期', '期次', '姓名', '性别', '身份证号码', '所在镇', '所在村', '人员类别', '签名']);
  let sseq = 0;
  const lowerX = new Set();
  const spaced = new Set();
  sess.forEach((list, si) => {
    const rows = shuffle(rand, list);
    const start = sg.length;
    rows.forEach((e, j) => {
      sseq++;
      let idText = e.p.id;
      if (idText.endsWith('X') && rand() < 0.6) {
        idText = idText.slice(0, 17) + 'x';
        lowerX.add(e.p.id);
      } else if (spaced.size < 2 && rand() < 0.05) {
        idText = idText.slice(0, 6) + ' ' + idText.slice(6, 14) + ' ' + idText.slice(14);
        spaced.add(e.p.id);
      }
      const sex = Number(e.p.id[16]) % 2 ? '男' : '女';
      sg.push([sseq, j === 0 ? sessInfo[si][0] : null, j === 0 ? sessInfo[si][1] : null, e.p.name, sex, idText, e.p.town, e.p.village, e.kind === 'poor' ? '建档立卡贫困户' : e.kind, null]);
    });
    sgm.push(rg(start, 1, start + rows.length - 1, 1));
    sgm.push(rg(start, 2, start + rows.length - 1, 2));
  });
  sg.push([]);
  sg.push(['注：第5期（2021年9月8日）为考评截止日后举办。签名栏纸质原件见第6盒。']);
  sgm.push(rg(sg.length - 1, 0, sg.length - 1, 9));

  // ---------------- enterprises
  const entTypes = ['销售型', '平台型', '电商运营服务商', '物流快递', '直播电商'];
  const entDefs = [
    ['雷州市雷商汇电子商务有限公司', '电商运营服务商', '园区及公共服务中心运营', '2020.9.1', null],
    ['雷州市雷阳优选农产品有限公司', '销售型', '菠萝、番薯', D('2020-09-15'), null],
    ['湛江市海田网络科技有限公司', '平台型', '本地农产品小程序商城', '2020年9月', null],
    ['雷州市北和羊电商工作室', '销售型', '东山羊肉制品', '2020.10.8', null],
    ['中通快递雷州分部（园区集包点）', '物流快递', '快递集包', '2020/10/12', null],
    ['雷州市乌石海味贸易有限公司', '销售型', '海产品干货', D('2020-10-26'), null],
    ['雷州市覃斗芒果种植专业合作社', '销售型', '芒果', '2020年11月3日', null],
    ['雷州市半岛直播传媒有限公司', '直播电商', '直播带货', '2020.11.20', null],
    ['雷州市南兴番薯电子商务商行', '销售型', '番薯、番薯干', '2020.12.1', '2021.3.31'],
    ['雷州市雷祖文创有限公司', '销售型', '雷州石狗文创', D('2020-12-14'), null],
    ['雷州市客路甘蔗红糖坊', '销售型', '红糖', '2021年1月', null],
    ['广东粤西冷链物流有限公司雷州分公司', '物流快递', '冷链配送', '2021.1.18', null],
    ['雷州市英利菠萝供应链有限公司', '销售型', '菠萝', '2021/2/22', null],
    ['雷州市云农电子商务有限公司', '平台型', '社区团购平台', '2021.3.5', null],
    ['雷州市企水蚝乡食品有限公司', '销售型', '生蚝、蚝干', '2021.3.22', '2021年6月30日'],
    ['雷州市新农人电商服务有限公司', '电商运营服务商', '网店代运营、美工', D('2021-04-08'), null],
    ['雷州市东里火龙果专业合作社', '销售型', '火龙果', '2021.4.19', null],
    ['雷州市唐家沉香电商工作室', '直播电商', '沉香制品', '2021年5月10日', null],
    ['雷州市调风牛大力种植有限公司', '销售型', '牛大力', '2021.6.2', null],
    ['雷州市杨家海鸭蛋商行', '销售型', '海鸭蛋', '2021/6/28', null],
    ['雷州市纪家辣椒酱厂', '销售型', '辣椒酱', '2021.7.16', '2021.9.20'],
    ['雷州市白沙番石榴电商商行', '销售型', '番石榴', '2021年8月', null],
    ['雷州市松竹仙草电子商务有限公司', '销售型', '仙草、凉粉', '2021.9.15', null],
  ];
  const ep = [];
  const epm = [];
  ep.push(['雷州市电子商务产业园入驻企业名录']);
  epm.push(rg(0, 0, 0, 7));
  ep.push(['运营方：雷州市雷商汇电子商务有限公司　　更新：2021年9月10日']);
  epm.push(rg(1, 0, 1, 7));
  ep.push(['序号', '企业名称', '统一社会信用代码', '企业类型', '主营产品／业务', '入驻日期', '退出日期', '备注']);
  const ALNUM = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  entDefs.forEach((e, i) => {
    let code = '91440882MA5';
    for (let j = 0; j < 7; j++) code += ALNUM[Math.floor(rand() * ALNUM.length)];
    ep.push([i + 1, e[0], code, e[1], e[2], e[3], e[4], e[4] ? '已退出' : null]);
  });
  ep.push([]);
  ep.push(['注：退出企业保留在名录中备查。']);
  epm.push(rg(ep.length - 1, 0, ep.length - 1, 7));
  if (!entTypes.length) throw new Error();

  // ---------------- funds: plan vs actual
  const fp = [];
  const fpm = [];
  fp.push(['雷州市省级电子商务进农村综合示范专项资金支付计划及执行情况表']);
  fpm.push(rg(0, 0, 0, 10));
  fp.push(['下达资金：500万元（粤财工〔2019〕…号）　　单位：元']);
  fpm.push(rg(1, 0, 1, 10));
  fp.push(['序号', '项目名称', '承建单位', '合同金额', '计划支付', null, null, '实际支付', null, null, '备注']);
  fp.push([null, null, null, null, '期次', '计划时间', '计划金额', '支付日期', '支付金额', '凭证号', null]);
  fpm.push(rg(2, 4, 2, 6), rg(2, 7, 2, 9));
  for (const c of [0, 1, 2, 3, 10]) fpm.push(rg(2, c, 3, c));
  const contracts = [
    ['县级电商公共服务中心建设及运营', '雷州市雷商汇电子商务有限公司', 1480000, [
      ['首付款（30%）', '2020年8月', 444000, D('2020-08-14'), 444000, '记-2020-08-031', null],
      ['进度款（40%）', '2020年12月', 592000, '2021.1.22', 592000, '记-2021-01-017', '年底资金调度，顺延至1月'],
      ['尾款（30%）', '2021年8月', 444000, null, null, null, '待终验后支付'],
    ]],
    ['村级电商服务站点建设', '中国邮政集团有限公司雷州市分公司', 1260000, [
      ['首付款', '2020年7月', 378000, '20200730', 378000, '记-2020-07-045', null],
      ['二期款', '2020年12月', 504000, '2020年12月25日', 504000, '记-2020-12-066', null],
      ['尾款', '2021年6月', 378000, D('2021-09-10'), 378000, '记-2021-09-012', '第五批站点验收后支付'],
    ]],
    ['县乡村三级物流配送体系建设', '雷州市顺通物流有限公司', 980000, [
      ['首付款', '2020年9月', 294000, '2020.9.18', 294000, '记-2020-09-027', null],
      ['进度款', '2021年3月', 392000, '2021年3月26日', 392000, '记-2021-03-040', null],
      ['尾款', '2021年8月', 294000, D('2021-08-27'), 294000, '记-2021-08-052', null],
    ]],
    ['农村电商培训', '广东南粤电商职业培训学校', 450000, [
      ['一期', '2020年10月', 225000, '2020/11/6', 225000, '记-2020-11-008', null],
      ['二期', '2021年6月', 225000, '2021.6.18', 180000, '记-2021-06-029', '按考核扣减45,000元'],
    ]],
    ['农产品品牌培育及网络营销推广', '湛江市海田网络科技有限公司', 520000, [
      ['一期', '2020年11月', 260000, D('2020-11-20'), 260000, '记-2020-11-033', null],
      ['二期', '2021年7月', 260000, '2021.7.30', 260000, '记-2021-07-058', null],
    ]],
    ['农产品溯源及冷链系统', '广东粤西冷链物流有限公司', 310000, [
      ['一次性支付', '2021年5月', 310000, '2021年5月28日', 296400, '记-2021-05-061', '审计核减13,600元'],
    ]],
  ];
  let fseq = 0;
  let planSum = 0;
  let actSum = 0;
  contracts.forEach(([pn, unit, amt, inst], ci) => {
    const start = fp.length;
    inst.forEach((x, j) => {
      fp.push([j === 0 ? ci + 1 : null, j === 0 ? pn : null, j === 0 ? unit : null, j === 0 ? amt : null, x[0], x[1], x[2], x[3], x[4], x[5], x[6]]);
      planSum += x[2];
      if (x[4]) actSum += x[4];
    });
    if (inst.length > 1) for (const c of [0, 1, 2, 3]) fpm.push(rg(start, c, start + inst.length - 1, c));
    fseq++;
  });
  fp.push(['合计', null, null, 5000000, null, null, planSum, null, actSum, null, '实际支付含9月10日站点尾款']);
  fpm.push(rg(fp.length - 1, 0, fp.length - 1, 2));
  fp.push([]);
  fp.push(['注：“计划支付”为合同约定的支付计划，“实际支付”为国库集中支付到账数；实际支付日期为空的尚未支付。']);
  fpm.push(rg(fp.length - 1, 0, fp.length - 1, 10));
  let actBefore = 0;
  const isoOf = (d) => {
    if (d && typeof d === 'object') return d.date;
    const s = String(d);
    let m;
    if ((m = s.match(/^(\d{4})(\d{2})(\d{2})$/))) return `${m[1]}-${m[2]}-${m[3]}`;
    if ((m = s.match(/^(\d{4})[./年](\d{1,2})[./月](\d{1,2})日?$/))) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    throw new Error('date ' + s);
  };
  contracts.forEach(([, , , inst]) => inst.forEach((x) => {
    if (x[4] && isoOf(x[3]) <= '2021-08-31') actBefore += x[4];
  }));
  if (planSum !== 5000000) throw new Error('plan ' + planSum);

  // ---------------- reports
  const rpRows = [
    ['2020年8月', '2020年9月5日前', '2020.9.4', '邮件', '是'],
    ['2020年9月', '2020年10月5日前', '2020年10月9日', '邮件', '是'],
    ['2020年10月', '2020年11月5日前', D('2020-11-05'), '邮件', '是'],
    ['2020年11月', '2020年12月5日前', '2020.12.4', '公文交换', '是'],
    ['2020年12月', '2021年1月5日前', '2021.1.6', '邮件', '是'],
    ['2021年1月', '2021年2月5日前', D('2021-02-03'), '邮件', '是'],
    ['2021年2月', '2021年3月5日前', '2021年3月4日', '邮件', '否'],
    ['2021年3月', '2021年4月5日前', '2021/4/6', '邮件', '是'],
    ['2021年4月', '2021年5月5日前', '2021.5.7', '邮件', '是'],
    ['2021年5月', '2021年6月5日前', D('2021-06-04'), '粤政易', '是'],
    ['2021年6月', '2021年7月5日前', '2021.7.5', '粤政易', '是'],
    ['2021年7月', '2021年8月5日前', '2021年8月4日', '粤政易', '是'],
    ['2021年8月', '2021年9月5日前', '2021.9.3', '粤政易', '是'],
  ];
  const rr = [];
  const rrm = [];
  rr.push(['雷州市电子商务进农村综合示范工作月报报送登记表（报湛江市商务局）']);
  rrm.push(rg(0, 0, 0, 6));
  rr.push(['序号', '所属月份', '应报送时间', '实际报送时间', '报送方式', '是否含电商扶贫数据', '备注']);
  rpRows.forEach((r, i) => rr.push([i + 1, ...r, i === 1 ? '国庆假期顺延' : i === 4 ? '元旦假期顺延' : null]));
  rr.push([]);
  rr.push(['注：2021年2月正值春节，当月月报只报工作进展，扶贫数据并入3月报送。']);
  rrm.push(rg(rr.length - 1, 0, rr.length - 1, 6));

  // ---------------- disclosures (URL only)
  const disc = [
    ['20200612', '雷州市电子商务进农村综合示范县创建工作方案', 1101563],
    ['20200720', '雷州市电子商务进农村综合示范项目基本信息公示', 1123870],
    ['20200908', '雷州市电子商务进农村综合示范项目8月份建设进度', 1150214],
    ['20201012', '雷州市电子商务进农村综合示范项目9月份建设进度', 1168342],
    ['20201106', '雷州市电子商务进农村综合示范项目10月份建设进度', 1180955],
    ['20201207', '雷州市电子商务进农村综合示范项目11月份建设进度', 1199617],
    ['20210108', '雷州市电子商务进农村综合示范项目12月份建设进度', 1215503],
    ['20210303', '雷州市电子商务进农村综合示范项目1-2月份建设进度', 1247718],
    ['20210407', '雷州市电子商务进农村综合示范项目3月份建设进度', 1266034],
    ['20210510', '关于开通电子商务进农村综合示范项目意见征集和监督举报窗口的公告', 1283127],
    ['20210511', '雷州市电子商务进农村综合示范项目4月份建设进度', 1283460],
    ['20210604', '雷州市电子商务进农村综合示范项目5月份建设进度', 1300981],
    ['20210706', '雷州市电子商务进农村综合示范项目6月份建设进度', 1321446],
    ['20210805', '雷州市电子商务进农村综合示范项目7月份建设进度', 1340072],
    ['20210907', '雷州市电子商务进农村综合示范项目8月份建设进度', 1358229],
  ];
  const dp = [];
  const dpm = [];
  dp.push(['雷州市政府网站“电子商务进农村综合示范”专栏信息发布清单']);
  dpm.push(rg(0, 0, 0, 3));
  dp.push(['专栏地址：http://www.leizhou.gov.cn/xxgk/ztzl/dzswjncsf/　　注：发布日期见链接中的“t＋日期”（如t20210305即2021年3月5日发布）。']);
  dpm.push(rg(1, 0, 1, 3));
  dp.push(['序号', '信息标题', '所属栏目', '链接']);
  disc.forEach(([d, t, id], i) => {
    const col = i === 0 ? '创建方案' : i === 1 ? '项目信息' : i === 9 ? '意见征集' : '建设进度';
    dp.push([i + 1, t, col, `http://www.leizhou.gov.cn/xxgk/ztzl/dzswjncsf/${d.slice(0, 6)}/t${d}_${id}.html`]);
  });

  // ---------------- media
  const md = [
    ['2020-10-20', '雷州市融媒体中心（雷州发布）', '县级', '网络', '村级电商服务站打通农产品进城“最后一公里”', '否'],
    ['2020.12.3', '湛江日报', '市级', '报纸', '雷州：电商进村 菠萝“出圈”', '否'],
    ['2021年1月15日', '南方日报', '省级', '报纸', '雷州打造县乡村三级电商服务体系', '否'],
    ['2021/5/18', '湛江电视台《湛江新闻》', '市级', '电视', '直播带货助贫困户番薯卖上好价钱', '是'],
    [D('2021-06-10'), '广东广播电视台珠江频道', '省级', '电视', '雷州石狗文创触网', '否'],
    ['21.7.22', '雷州电视台', '县级', '电视', '电商扶贫：覃斗芒果线上卖到全国', '是'],
    ['2021.9.12', '中央广播电视总台CCTV-17《三农群英汇》', '国家级', '电视', '雷州半岛的“电商菠萝”', '是'],
  ];
  const mp = [];
  mp.push(['雷州市电子商务进农村宣传报道统计表']);
  mp.push(['序号', '报道日期', '媒体名称', '媒体级别', '报道形式', '报道标题', '是否电商扶贫案例']);
  md.forEach((m, i) => mp.push([i + 1, ...m]));

  // ---------------- materials
  const mt = [
    ['雷州市经验材料报送登记'],
    ['序号', '报送日期', '材料名称', '报送对象', '报送方式'],
    [1, '2021.4.20', '雷州市“电商+菠萝”助农增收经验做法', '湛江市商务局', '粤政易'],
    [2, '2021年9月8日', '雷州市电子商务进农村综合示范创建工作总结', '湛江市商务局', '公文交换'],
  ];

  // ---------------- facts sheet: 湛江市局预填、县核实
  const fr = [];
  const frm = [];
  fr.push(['湛江市商务局电子商务进农村综合示范县考评数据核实单']);
  frm.push(rg(0, 0, 0, 6));
  fr.push(['县（市、区）：雷州市　　　　数据截止时间：2021年8月31日']);
  frm.push(rg(1, 0, 1, 6));
  fr.push(['说明：“市局掌握情况”栏由市商务局根据各地2021年7月报送材料预填；请各地逐项核实，一致的在“核实情况”栏填“一致”，不一致的填写核实后的数据并在“差异说明”栏说明原因。核实情况为准。']);
  frm.push(rg(2, 0, 2, 6));
  fr.push(['序号', '核实事项', '单位', '市局掌握情况', '核实情况（县填）', '差异说明', '佐证材料']);
  const sec = (t) => {
    fr.push([t]);
    frm.push(rg(fr.length - 1, 0, fr.length - 1, 6));
  };
  let n = 0;
  const item = (a, u, city, county, why, ev) => fr.push([++n, a, u, city, county, why || null, ev || null]);
  sec('一、基本情况及组织领导');
  item('常住人口', '万人', 142.77, '一致', null, '七普公报');
  item('行政村数', '个', 241, 236, '2020年有5个村委会改设社区（村改居）', '市民政局区划名录');
  item('省定贫困村数', '个', 26, '一致', null, '贫困村名单');
  item('牵头领导及成员单位', '—', '分管副市长牵头；成员单位：市商务局、市财政局、市农业农村局', '市委副书记、市长任组长，常务副市长、分管副市长任副组长；成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、邮政雷州分公司', '2021年4月领导小组调整', '雷府办〔2021〕18号');
  item('示范县工作方案', '是/否', '已印发', '一致', null, '雷府办〔2019〕96号');
  item('农村电商扶持政策', '是/否', '已出台', '一致', null, '雷府〔2020〕7号');
  sec('二、服务体系');
  item('县级公共服务中心投入运营时间', '日期', '2020年12月', '2020年11月26日', '12月为揭牌仪式时间，11月26日已投入运营', '运营日志');
  item('中心免费培训场所及设备', '是/否', '是', '一致');
  item('为特色农产品免费展示、销售', '是/否', '是', '一致');
  item('免费摄影、美工服务', '是/否', '是', '一致');
  item('农产品统一推广、品牌建设指导', '是/否', '是', '一致');
  item('其他衍生增值服务', '是/否', '是', '否', '原填报有误，金融、代办等增值服务尚未开展');
  item('电商产业园（建设或整合）', '是/否', '是', '一致');
  item('产业园入驻企业', '家', 22, 20, '2家已退出', '入驻企业名录');
  item('专业第三方运营服务商', '是/否', '是', '一致', null, '运营合同');
  item('行政村快递覆盖率', '%', 100, '一致', null, '市邮政管理局证明');
  sec('三、农村产品上行');
  item('2019年农村网络零售额', '亿元', 18.35, '一致', null, '省商务大数据');
  item('2020年农村网络零售额', '亿元', 22.46, '一致');
  item('2020年农村网络零售额同比增速', '%', 22.4, '一致');
  item('2019年农产品网络零售额', '亿元', 3.62, '一致');
  item('2020年农产品网络零售额', '亿元', 4.65, 4.82, '市局数据为1-11月累计');
  item('2020年农产品网络零售额同比增速', '%', 28.5, 33.1, '同上');
  sec('四、电商培训');
  item('培训人次', '人次', 4310, 5350, '市局数据截至6月；县数据更新至9月10日', '培训人次统计表');
  item('有劳动能力建档立卡贫困人口（不含外出务工）', '人', 186, 180, '按乡村振兴局8月导出数核减', '劳动力状况表');
  item('参加培训的建档立卡贫困人口', '人', 90, 98, '含9月8日第5期', '贫困户参训名单');
  sec('五、信息公开及报送');
  item('专栏公示创建方案', '是/否', '是', '一致');
  item('专栏公示项目基本信息', '是/否', '是', '一致');
  item('专栏公示项目建设进度', '是/否', '是', '一致');
  item('专栏征求意见或监督举报窗口', '是/否', '否', '是', '2021年5月10日已开通', '专栏截图');
  item('统计电商扶贫情况', '是/否', '是', '一致');
  sec('六、财政资金');
  item('下达省级专项资金', '万元', 500, '一致');
  item('累计拨付', '万元', 352.6, 449.74, '市局数据截至6月；县数据更新至9月10日', '支付计划及执行情况表');
  item('资金管理制度', '是/否', '已制定', '一致');
  item('资金专用台账', '是/否', '已建立', '一致');
  item('项目总体进度', '%', 80, 88);
  sec('七、一票否决事项');
  item('安全生产、质量事故或重大经济损失', '有/无', '无', '一致');
  item('弄虚作假', '有/无', '无', '一致');
  fr.push([]);
  sec('八、主观评分项（县自评）');
  fr.push(['序号', '评分项', '分值范围', '县自评分', '市局初审', null, null]);
  const judged = [
    ['方案制定', '1-2', 2], ['政策支持', '1-2', 1], ['项目管理制度', '1-2', 2], ['工作台账', '1-2', 2],
    ['网销调研', '1-2', 2], ['网络促销活动', '1-2', 2], ['交易标准、冷链及溯源', '1-2', 1],
    ['资金管理制度', '1-5', 4], ['资金台账', '1-5', 4], ['资金及时拨付', '1-5', 4],
  ];
  judged.forEach((j, i) => fr.push([i + 1, j[0], j[1], j[2], null, null, null]));
  fr.push([]);
  sec('九、自评得分汇总（县自评）');
  fr.push(['序号', '工作任务', '评价指标', '权重', '县自评得分', null, null]);
  const claimedRows = [
    ['加强组织领导与统筹协调', '组织领导', 2, 2, 'org.leadership'],
    [null, '方案制定', 2, 2, 'org.plan'],
    [null, '政策支持', 2, 1, 'org.policy'],
    [null, '项目管理', 4, 4, 'org.management'],
    ['深入推动电子商务进农村工作', '服务体系建设—县级中心及产业园', 15, 14, 'work.center'],
    [null, '服务体系建设—村级站点覆盖', 10, 10, 'work.coverage'],
    [null, '农村产品上行', 10, 10, 'work.upward'],
    [null, '电商人才培训', 20, 20, 'work.training'],
    ['加强信息公开及报送', '信息公开', 4, 4, 'info.disclosure'],
    [null, '数据上报', 6, 6, 'info.reporting'],
    ['加强宣传推广', '案例总结', 2, 2, 'promo.cases'],
    [null, '经验推广', 8, 8, 'promo.media'],
    ['加强财政资金管理', '制度建立', 5, 4, 'fund.system'],
    [null, '资金台账', 5, 4, 'fund.ledger'],
    [null, '资金支出', 5, 4, 'fund.spending'],
    ['加分项', '建档立卡贫困人口培训率70%及以上', 2, 0, 'bonus.poorTraining'],
    [null, '电商扶贫典型案例获电视媒体播报', 2, 2, 'bonus.tvCase'],
  ];
  const claimed = {};
  claimedRows.forEach((c, i) => {
    fr.push([i + 1, c[0], c[1], c[2], c[3], null, null]);
    claimed[c[4]] = c[3];
  });
  const claimedTotal = claimedRows.reduce((s, c) => s + c[3], 0);
  fr.push([null, '合计', null, 100, claimedTotal, null, null]);
  fr.push([]);
  fr.push(['核实人：雷州市商务局　黄××（电商股）　　审核：副局长　吴××　　2021年9月10日']);
  frm.push(rg(fr.length - 1, 0, fr.length - 1, 6));

  const hiddenRows = [
    ['是否', '媒体级别', '报道形式', '企业类型'],
    ['是', '国家级', '电视', '销售型'],
    ['否', '省级', '报纸', '平台型'],
    [null, '市级', '网络', '电商运营服务商'],
    [null, '县级', '新媒体', '物流快递'],
    [null, null, null, '直播电商'],
  ];

  // ---------------- computed evidence (for the derivation; also re-checked independently)
  const cut = '2021-08-31';
  const coveredSet = new Set();
  const commStations = [];
  for (const s of allStations) {
    if (!s.countsAs) {
      commStations.push(s);
      continue;
    }
    if (s.openedFinal <= cut) coveredSet.add(s.countsAs);
  }
  const coveredPoor = [...coveredSet].filter((v) => v.poor).length;
  const eligibleIds = new Set(E.map((p) => p.id));
  const trainedElig = new Set();
  sess.slice(0, 4).forEach((l) => l.forEach((e) => eligibleIds.has(e.p.id) && trainedElig.add(e.p.id)));
  const ev = {
    coveredAdmin: coveredSet.size,
    coveredPoor,
    stationRows: allStations.length,
    trainingBefore: sumBefore(),
    trainingSep: 420,
    eligible: E.length,
    trainedEligible: trainedElig.size,
    signRows: sseq,
    fundBefore: actBefore,
    fundAll: actSum,
    claimedTotal,
    P0: P0.name,
    vLate: vLate.name,
    dup: b1Dup.name,
    shift: shiftSt.v.name,
    lowerX: lowerX.size,
    spaced: spaced.size,
    nE,
    sessCounts: sess.map((l) => l.length),
  };
  if (ev.coveredAdmin !== 140 || ev.coveredPoor !== 25 || ev.trainedEligible !== 88) throw new Error(JSON.stringify(ev));

  const pct = (a, b) => ((a / b) * 100).toFixed(2) + '%';
  const derivation = [
    'asOf: 核实单第2行“数据截止时间：2021年8月31日” → 2021-08-31；近一年窗口 2020-09…2021-08；中心满6个月须在2021-02-28前投入运营。',
    '读核实单的规矩（表头说明写明）：“核实情况（县填）”为准；填“一致”的取左边“市局掌握情况”，填了新值的取新值。',
    'org.leadership: 第4项核实情况“市委副书记、市长任组长…成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局…” → 主要领导牵头、四部门齐全 → 2（市局预填的“分管副市长牵头”已被更正，不取）',
    'org.plan: 工作方案“已印发”（一致），县自评方案制定2分 → 2',
    'org.policy: 扶持政策“已出台”（一致），县自评政策支持1分 → 1',
    'org.management: 县自评项目管理制度2分 + 工作台账2分 → 4',
    'work.center: 中心2020-11-26投入运营（核实情况；市局“2020年12月”为揭牌时间，两者都在截止日前、都早于2021-02-28）→ 2 + 2；免费培训场所设备“是” → 2；免费展示销售“是” → 1；免费摄影美工“是” → 1；统一推广品牌“是” → 1；其他衍生增值服务核实为“否” → 0；产业园“是” → 2；入驻企业名录23家：南兴番薯商行2021.3.31退出、企水蚝乡2021年6月30日退出不计，松竹仙草2021.9.15才入驻不计，纪家辣椒酱厂2021.9.20退出（截止日仍在园）照计，白沙番石榴“2021年8月”入驻计入 → 在园20家 ≥ 20 → 2；在园类型有销售型、平台型、电商运营服务商、物流快递、直播电商5类 ≥ 3 → 1；合计 2+2+2+1+1+1+0+2+2+1 = 14',
    `work.coverage: 横排村名单21个镇（街道）列，村民委员会236个（“——社区——”以下19个社区/居委会不计），超过200按200为基数；站点挂牌台账${ev.stationRows}行，日期只在批次标题行（第一批2020年6月18日、第二批2020.10.28、第三批2021/3/30、第四批2021年7月15日、第五批2021年9月6日），备注另注的以备注为准：第五批6个（2021-09-06）不计，第四批${ev.vLate}站备注“实际2021年9月2日挂牌”不计，第二批夏江社区服务点是社区不计，第三批${ev.dup}“第二服务点”与第一批同村只算一次（第二批${ev.shift}站备注2020年12月8日挂牌，仍在截止日前）；站点表村名写“××村委会/××村/××村民委员会”，与名单“××村”为同一村 → 有站点的行政村 ${ev.coveredAdmin} 个，${ev.coveredAdmin}/200 = ${pct(ev.coveredAdmin, 200)} ≥ 70% → 5；名单中标“▲”的省定贫困村26个，${ev.P0}的站点在第五批（2021-09-06）才挂牌 → ${ev.coveredPoor}/26 = ${pct(ev.coveredPoor, 26)}，80%–100%（不含）→ 3；合计 8`,
    'work.upward: 县自评网销调研2、网络促销2 → 4；第三方运营服务商“是” → 1；村名单没有快递栏，核实单行政村快递覆盖率“一致”（市局100%）→ 1；县自评交易标准冷链溯源1 → 1；增速：农村网零 22.46/18.35 − 1 = 22.4% < 30%，农产品网零按核实情况 4.82/3.62 − 1 = 33.1% ≥ 30% → 2（若误取市局预填的4.65亿/28.5%则为0）；合计 2+2+1+1+1+2 = 9',
    `work.training: 培训人次统计表（镇×月，两行表头“2020年/2021年”合并在月份上）截至2021年8月各格合计 ${ev.trainingBefore.toLocaleString("en-US")} 人次（“（2期）”“人次”文本格按数字计；2021年9月列${ev.trainingSep}人次和右侧“合计”列含9月，不计；表注写明贫困户专场已计入中心行，《贫困户参训名单》不另加；核实单自报5,350人次含9月）→ ${ev.trainingBefore} ÷ min(1,427,700, 500,000) = ${((ev.trainingBefore / 500000) * 100).toFixed(3)}%，在0.8%–1%（不含）→ 8；贫困人口：劳动力状况表260人中有劳动能力（普通、技能、弱劳动力或半劳动力）且未外出务工（未外出务工、县内务工、乡镇内务工）${ev.eligible}人为分母（省外务工、县外省内务工50人，丧失劳动力/无劳动力/在校生30人不计）；参训名单${ev.signRows}行，截止日前4期中身份证号在分母名单内的去重 ${ev.trainedEligible} 人（身份证末位小写x、中间有空格的仍是同一人；外出务工5人、无劳动力2人、村干部/帮扶干部4人不计；10人参加两期只算一次；第5期2021/9/8在截止日后，其中3人此前没参训，不计）→ ${ev.trainedEligible}/${ev.eligible} = ${pct(ev.trainedEligible, ev.eligible)}，40%–50%（不含）→ 8；合计 16`,
    'info.disclosure: 核实单专栏四项：创建方案、项目基本信息、建设进度“一致”（是），征求意见或监督举报窗口核实为“是”（2021年5月10日开通；市局预填“否”已更正）→ 2；专栏发布清单只有链接，日期取链接里的t＋日期：窗口内2020年9月…2021年8月除2021年2月外都有（2021-03-03发的是“1-2月份进度”，记在3月）→ 11个月，不是按月 → 1；合计 3',
    'info.reporting: 月报报送登记表“实际报送时间”：2020.9.4、2020年10月9日、2020-11-05、2020.12.4、2021.1.6、2021-02-03、2021年3月4日、2021/4/6、2021.5.7、2021-06-04、2021.7.5、2021年8月4日 → 窗口内12个月都有报送（8月报2021.9.3在截止日后不计）→ 按月 → 3；“是否含电商扶贫数据”多月为“是”，核实单“统计电商扶贫情况”一致（是）→ 3；合计 6',
    'promo.cases: 经验材料2021.4.20报湛江市商务局（2021年9月8日那份在截止日后）→ 2',
    'promo.media: 截止日前：南方日报、广东广播电视台珠江频道（省级）→ 4；湛江日报、湛江电视台（市级）→ 3；雷州市融媒体中心、雷州电视台（县级）→ 1；CCTV-17 2021.9.12在截止日后；合计 8',
    'fund.system: 资金管理制度“已制定”（一致），县自评4分 → 4',
    'fund.ledger: 资金专用台账“已建立”（一致），县自评4分 → 4',
    `fund.spending: 支付计划及执行情况表只算“实际支付”栏：截止日前实际支付合计 ${ev.fundBefore.toLocaleString('en-US')} 元（“计划金额”不是支付；中心尾款未付；站点尾款2021-09-10支付不计；培训二期实付180,000、溯源系统实付296,400按实付计；表尾实际合计${ev.fundAll.toLocaleString('en-US')}元含9月那笔）→ ${ev.fundBefore.toLocaleString('en-US')} ÷ 5,000,000 = ${pct(ev.fundBefore, 5000000)} ≥ 70% → 取县自评资金及时拨付4分 → 4`,
    `bonus.poorTraining: 贫困人口培训率 ${pct(ev.trainedEligible, ev.eligible)} < 70% → 0`,
    'bonus.tvCase: 截止日前电视报道中“是否电商扶贫案例＝是”的只有湛江电视台（市级）和雷州电视台（县级）；广东广播电视台珠江频道（省级电视）那条不是电商扶贫案例；CCTV-17（国家级、是扶贫案例）2021.9.12在截止日后 → 0（县自评2分）',
    'veto.incident: 核实单“安全生产、质量事故或重大经济损失：无（一致）” → 0',
    'veto.progress: 项目总体进度核实为88%（市局80%）≥ 40% → 0（用的是所报总体进度）',
    'veto.fraud: “弄虚作假：无（一致）” → 0',
    `total: 2+2+1+4+14+8+9+16+3+6+2+8+4+4+4 = 87，加分 0 → 87；未否决（县自评合计${claimedTotal}）。`,
  ];

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 9, 'work.training': 16,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const total = Object.entries(points).reduce((s, [, v]) => s + v, 0);
  if (total !== 87) throw new Error('total ' + total);

  return {
    case: {
      description:
        '雷州市（湛江）商务局整本考评工作簿（13个表，含一张隐藏的下拉选项表），中等偏上（87分，无加分、未否决；县自评96分）。事实表是湛江市商务局下发、县里逐项核实的《考评数据核实单》：序号|核实事项|单位|市局掌握情况（市局按7月材料预填）|核实情况（县填）|差异说明|佐证材料，县里一致的只写“一致”（值要从左边市局栏取），不一致的直接写新值（行政村241→236、中心“2020年12月”→“2020年11月26日”、其他增值服务是→否、农产品网零4.65→4.82亿/28.5%→33.1%、牵头领导“分管副市长”→“市委副书记、市长”、监督举报窗口否→是），后附主观评分项县自评和按指标的自评得分汇总。台账新写法：①村（居）委会名单横排——每个镇（街道）一列，列下先列村委会、“——社区——”以下为社区，村名后加“▲”表示省定贫困村，底部有各镇小计行；②站点挂牌台账按批次分节，挂牌日期只在批次标题行（“第二批（45个）　挂牌时间：2020.10.28”），个别站点在备注里另注实际挂牌日期；③培训人次是“镇×月”矩阵（两行表头，年份合并在月份上，格内有“86（2期）”“45人次”文本和“—”），贫困户专场已计入中心行（表注与名单标题都写明不另计）；④贫困户参训名单的培训日期、期次按期纵向合并；⑤资金表把合同“计划支付”和“实际支付”并列（两行表头分组）；⑥专栏发布清单只有链接，日期在链接“t20210305”里（表头注明读法）。',
      sheets: [
        { name: '数据核实单', rows: pad(fr, 7), merges: frm },
        { name: '村（居）委会一览（横排）', rows: pad(vg, nT + 1), merges: vgm },
        { name: '站点挂牌台账', rows: pad(sp, 7), merges: sm },
        { name: '培训人次（镇×月）', rows: pad(tp, nMo + 2), merges: tm },
        { name: '贫困户参训名单', rows: pad(sg, 10), merges: sgm },
        { name: '贫困劳动力状况', rows: pad(rp, 10), merges: rpm },
        { name: '产业园入驻企业', rows: pad(ep, 8), merges: epm },
        { name: '资金支付计划及执行', rows: pad(fp, 11), merges: fpm },
        { name: '月报报送', rows: pad(rr, 7), merges: rrm },
        { name: '专栏发布清单', rows: pad(dp, 4), merges: dpm },
        { name: '宣传报道', rows: pad(mp, 7) },
        { name: '经验材料', rows: pad(mt, 5) },
        { name: '下拉选项', rows: hiddenRows, hidden: true },
      ],
      expect: {
        asOf: '2021-08-31',
        total: 87,
        bonus: 0,
        vetoed: false,
        points,
        claimed,
      },
      derivation,
    },
    ev,
  };
}

// =====================================================================
function main() {
  write('facts', 'b31-f1-wuchuan.json', factsWuchuan());
  write('facts', 'b31-f2-deqing.json', factsDeqing());
  write('facts', 'b31-f3-wengyuan.json', factsWengyuan());
  write('ledgers', 'b31-l1-luoding.json', ledgerLuoding());
  write('ledgers', 'b31-l2-taishan.json', ledgerTaishan());
  const c = countyLeizhou();
  write('counties', 'b31-c1-leizhou.json', c.case);
  if (process.argv.includes('--ev')) console.log(JSON.stringify(c.ev, null, 1));
}
main();
