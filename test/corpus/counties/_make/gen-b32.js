// Batch 32 — written blind from docs/ledgers.md, docs/scoring-rules.md and the corpus README.
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b32.js
'use strict';
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, "../..");

for (const d of ['counties', 'facts', 'ledgers']) fs.mkdirSync(path.join(ROOT, d), { recursive: true });

function write(dir, name, obj) {
  fs.writeFileSync(path.join(ROOT, dir, name), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
function assert(cond, msg) { if (!cond) throw new Error('assertion failed: ' + msg); }

// ---------- seeded random ----------
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
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return api;
}

// ---------- helpers ----------
const D = (s) => ({ date: s });
function pad(n, w = 2) { return String(n).padStart(w, '0'); }
function row(width, cells) { const r = cells.slice(); while (r.length < width) r.push(null); return r; }
function colName(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function rng2a1(r1, c1, r2, c2) { return `${colName(c1)}${r1 + 1}:${colName(c2)}${r2 + 1}`; }

const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = '10X98765432';
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * ID_W[i]; return ID_C[s % 11]; }
function makeId(rng, area, opts = {}) {
  for (;;) {
    const y = rng.int(opts.y0 || 1960, opts.y1 || 2001);
    const m = rng.int(1, 12);
    const d = rng.int(1, 28);
    const seq = pad(rng.int(1, 999), 3);
    const body = `${area}${y}${pad(m)}${pad(d)}${seq}`;
    const id = body + idCheck(body);
    if (opts.wantX === true && !id.endsWith('X')) continue;
    if (opts.wantX === false && id.endsWith('X')) continue;
    return id;
  }
}

const SURNAMES = '陈黄林李吴蔡郑刘张彭钟叶罗曾许卓庄余杨谢赖朱邱何王'.split('');
const GIVEN1 = '秀伟志建丽少国海惠玉美俊春锦文晓小燕桂丽金德振嘉佳永'.split('');
const GIVEN2 = '英华明芳强平玲生娟辉萍红龙雄珍兰梅波霞敏清发财鹏容'.split('');
function personName(rng) {
  const s = rng.pick(SURNAMES);
  return rng.next() < 0.25 ? s + rng.pick(GIVEN2) : s + rng.pick(GIVEN1) + rng.pick(GIVEN2);
}

const IDS_ALL = [
  'org.leadership', 'org.plan', 'org.policy', 'org.management',
  'work.center', 'work.coverage', 'work.upward', 'work.training',
  'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media',
  'fund.system', 'fund.ledger', 'fund.spending',
  'bonus.poorTraining', 'bonus.tvCase',
  'veto.incident', 'veto.progress', 'veto.fraud',
];

// =====================================================================================
// FACTS 1 — 潮安区：一格多项，用“/”分隔（项目栏和数据栏一一对应）
// =====================================================================================
function factsChaoan() {
  const W = 4;
  const rows = [];
  const merges = [];
  const title = (t) => { merges.push(rng2a1(rows.length, 0, rows.length, W - 1)); rows.push(row(W, [t])); };
  title('潮安区电子商务进农村综合示范创建情况汇总');
  title('（数据截至2021年8月31日）');
  title('填表说明：为压缩篇幅，一格填多项的，按“项目”栏中“/”分隔的顺序依次填写数据，数据之间也用“/”隔开；未掌握的一项留空（两个“/”之间空着）。');
  rows.push(['序号', '项目', '填报数据', '备注']);
  const sec = (t) => title(t);
  sec('一、基本情况及组织领导');
  rows.push([1, '地区/填报日期', '潮安区/2021.9.3', null]);
  rows.push([2, '常住人口/户籍人口（万人）', '116.83/104.56', '常住人口为第七次全国人口普查数']);
  rows.push([3, '镇（街道）/行政村/社区/省定贫困村（个）', '16/423/30/19', '省定贫困村已全部出列']);
  rows.push([4, '领导小组组长/常务副组长', '区委副书记、区长/分管副区长', '安府办〔2019〕63号']);
  rows.push([5, '领导小组成员单位', '区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区交通运输局、区市场监管局、邮政潮安分公司', null]);
  rows.push([6, '示范县工作方案/扶持政策', '已印发/已出台', '安府办〔2019〕70号；安府〔2020〕12号']);
  sec('二、服务体系');
  rows.push([7, '县级电商公共服务中心 建成/投入运营时间', '是/2020.10.26', '位于庵埠镇，面积1500㎡']);
  rows.push([8, '中心：免费培训场所设备/免费展示销售/免费摄影美工/统一推广及品牌建设/其他增值服务', '有／有／有／有／无', '其他增值服务（金融、代办）尚在洽谈']);
  rows.push([9, '电商产业园/入驻企业（家）/专业第三方运营服务商', '已整合/23/有', '整合庵埠食品电商园']);
  rows.push([10, '村级站点（个）/覆盖行政村（个）', '318/301', '详见站点台账']);
  rows.push([11, '行政村物流快递覆盖率（%）', '100', '区邮政管理局出具证明']);
  sec('三、农村产品上行');
  rows.push([12, '农村网络零售额 2019年/2020年（亿元）', '41.2/52.6', '省商务大数据']);
  rows.push([13, '农产品网络零售额 2019年/2020年（亿元）', '6.35/8.47', null]);
  rows.push([14, '2020年同比增速 农村网络零售额/农产品网络零售额（%）', '27.7/33.4', null]);
  sec('四、电商培训');
  rows.push([15, '培训期数/培训人次/其中贫困人口人次', '46/6,124/1,380', '含线上直播课']);
  rows.push([16, '有劳动能力建档立卡贫困人口（不含外出务工）/参加培训的建档立卡贫困人口（人）', '2145/1102', '区乡村振兴局核定']);
  sec('五、信息公开及报送');
  rows.push([17, '政府网站专栏公示：创建方案/项目基本信息/项目建设进度/征求意见或监督举报窗口', '√/√/√/×', '监督举报窗口待开通']);
  rows.push([18, '每月向市商务局报送/能否统计电商扶贫情况', '是/能', null]);
  sec('六、财政资金');
  rows.push([19, '省级专项资金 下达/累计拨付（万元）', '500/411.36', '拨付截至2021年8月31日']);
  rows.push([20, '资金管理制度/资金专用台账', '已制定/已建立', null]);
  rows.push([21, '项目总体进度/资金拨付率（%）', '90/82.3', null]);
  sec('七、一票否决事项');
  rows.push([22, '安全生产、质量事故或重大经济损失/弄虚作假', '无/无', null]);
  sec('八、主观指标自评（分）');
  rows.push([23, '方案制定/政策支持/项目管理制度/工作台账', '2/2/2/2', null]);
  rows.push([24, '网销调研/网络促销活动/交易标准及冷链溯源', '2/ /1', '促销活动成效待市局评估，暂不自评']);
  rows.push([25, '资金管理制度/资金台账/资金及时拨付', '5/4/4', null]);
  rows.push(row(W, []));
  merges.push(rng2a1(rows.length, 0, rows.length, W - 1));
  rows.push(row(W, ['填报人：郑××　　审核人：陈××　　联系电话：0768-58xxxxx']));

  return {
    description: '潮安区商务局的《创建情况汇总》：为压缩篇幅一格填多项——“项目”栏用“/”列出几个小项（常住人口/户籍人口、镇/行政村/社区/贫困村、下达/累计拨付、方案/政策/管理制度/台账自评分…），“填报数据”栏按同样顺序用“/”（一处全角“／”）给值；一处两个“/”之间空着表示该项未填（网络促销活动未自评）。陷阱：户籍人口、社区、填报日期2021.9.3、入驻企业数、站点数、资金拨付率都在同一格里与真正的输入挤在一起。',
    sheets: [{ name: '情况汇总', rows, merges }],
    expect: {
      facts: {
        county: '潮安区',
        asOf: '2021-08-31',
        residentPopulation: 1168300,
        adminVillagesStated: 423,
        poorVillagesStated: 19,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 4120000000,
        ruralRetail2020: 5260000000,
        agriRetail2019: 635000000,
        agriRetail2020: 847000000,
        ruralRetailGrowthStated: 0.277,
        agriRetailGrowthStated: 0.334,
        trainingPersonTimesStated: 6124,
        eligiblePoorPersonsStated: 2145,
        trainedPoorPersonsStated: 1102,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4113600,
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
        'work.upward.research': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// =====================================================================================
// FACTS 2 — 阳春市：创建前后对比表（创建前｜现状｜变化情况），主观项按“优/良/中”等次自评
// =====================================================================================
function factsYangchun() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => { merges.push(rng2a1(rows.length, 0, rows.length, W - 1)); rows.push(row(W, [t])); };
  full('阳春市电子商务进农村综合示范创建前后对比情况表');
  full('创建前：2019年9月获批示范县时　　　现状：截至2021年8月31日');
  rows.push(['序号', '对比项目', '单位', '创建前', '现状', '变化情况', '备注']);
  full('一、基本情况');
  rows.push([1, '常住人口', '万人', '85.9（2018年末）', '84.93', '按七普数据更新', '现状栏为第七次全国人口普查数']);
  rows.push([2, '行政村', '个', 336, 336, '无变化', null]);
  rows.push([3, '省定贫困村', '个', 57, 57, '已全部出列', null]);
  full('二、组织保障');
  rows.push([4, '示范创建工作领导小组', '—', '无', '市委副书记、市长任组长', '新成立', '成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局（原扶贫办）、市交通运输局等18个单位']);
  rows.push([5, '示范县工作方案', '—', '无', '已正式印发', '新增', '春府办〔2019〕76号']);
  rows.push([6, '农村电商扶持政策', '—', '无', '已出台', '新增', '春府〔2020〕21号']);
  full('三、服务体系');
  rows.push([7, '县级电商公共服务中心', '—', '无', '2020年11月投入运营', '新建', '春城街道']);
  rows.push([8, '中心免费培训场所、培训设备', '—', '无', '有', '新增', null]);
  rows.push([9, '特色农产品免费展示、销售', '—', '无', '有', '新增', null]);
  rows.push([10, '免费摄影、美工服务', '—', '无', '有', '新增', null]);
  rows.push([11, '农产品统一推广、品牌建设指导', '—', '无', '有', '新增', '“阳春好礼”区域公用品牌']);
  rows.push([12, '其他衍生增值服务', '—', '无', '有', '新增', '代办营业执照、金融对接']);
  rows.push([13, '电商产业园', '—', '无', '有（整合春城电商园）', '新增', null]);
  rows.push([14, '专业第三方电商运营服务商', '—', '无', '有', '新增', null]);
  rows.push([15, '村级电商服务站点', '个', 12, 268, '+256', '不含社区站点']);
  rows.push([16, '行政村物流快递覆盖率', '%', 78.6, 100, '+21.4个百分点', '市邮政管理局证明']);
  full('四、农村产品上行（创建前栏为2019年全年，现状栏为2020年全年）');
  rows.push([17, '农村网络零售额', '亿元', 26.71, 33.28, '增长24.6%', '省商务大数据']);
  rows.push([18, '农产品网络零售额', '亿元', 7.92, 10.45, '增长31.9%', null]);
  full('五、电商培训');
  rows.push([19, '电商培训人次', '人次', '1,260（2019年自办）', '6,853（创建以来累计）', '+5,593', null]);
  rows.push([20, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', '3,412', '2,968', '动态调整', '市乡村振兴局核定']);
  rows.push([21, '参加培训的建档立卡贫困人口', '人', 0, '1,540', '+1,540', '按身份证号去重']);
  full('六、信息公开及报送');
  rows.push([22, '政府网站专栏公示创建方案', '是/否', '否', '是', '新增', null]);
  rows.push([23, '专栏公示项目基本信息', '是/否', '否', '是', '新增', null]);
  rows.push([24, '专栏公示项目建设进度', '是/否', '否', '是（按月）', '新增', null]);
  rows.push([25, '专栏征求意见或监督举报窗口', '是/否', '否', '是', '新增', '监督举报邮箱']);
  rows.push([26, '电商扶贫情况统计', '是/否', '否', '是', '新增', '随月报报送阳江市商务局']);
  full('七、财政资金');
  rows.push([27, '省级专项资金下达', '万元', '—', 500, null, null]);
  rows.push([28, '累计拨付', '万元', '—', 387.5, null, '截至2021年8月31日']);
  rows.push([29, '资金管理制度', '—', '无', '已制定', '新增', '《阳春市电子商务进农村综合示范项目资金管理办法》']);
  rows.push([30, '资金专用台账', '—', '无', '已建立', '新增', null]);
  rows.push([31, '项目总体进度', '%', 0, 88, null, null]);
  rows.push(row(W, []));
  full('八、主观评分项自评（按等次）');
  full('等次折算：优＝满分；良＝满分减1分；中＝满分减2分。');
  rows.push(['序号', '评分项', '分值', '自评等次', '说明', null, null]);
  const subj = [
    ['方案制定', '1-2分', '优', '方案经市政府常务会审定印发'],
    ['政策支持', '1-2分', '良', '政策已出台，部分条款落实中'],
    ['项目管理制度', '1-2分', '优', null],
    ['工作台账', '1-2分', '优', null],
    ['网销调研', '1-2分', '良', '调研报告未形成针对性建议'],
    ['网络促销活动', '1-2分', '优', '“春砂仁节”等活动'],
    ['交易标准与冷链溯源', '1-2分', '良', '溯源系统试运行'],
    ['资金管理制度', '1-5分', '优', null],
    ['资金台账', '1-5分', '良', null],
    ['资金及时拨付', '1-5分', '中', '部分站点补助尚未拨付'],
  ];
  subj.forEach((s, i) => rows.push([i + 1, s[0], s[1], s[2], s[3], null, null]));
  rows.push(row(W, []));
  full('注：创建期间本市未发生安全生产、质量事故或重大经济损失，无弄虚作假情况。');
  full('填报单位：阳春市商务局　　填报人：冯××　　填报日期：2021年9月7日');

  return {
    description: '阳春市商务局的《创建前后对比情况表》：序号|对比项目|单位|创建前|现状|变化情况|备注，事实取“现状”栏；但农村产品上行一节的节标题写明“创建前栏为2019年全年，现状栏为2020年全年”，所以两年零售额分别在创建前、现状两栏，增速只写在“变化情况”栏（“增长24.6%”）；主观项不写分数而写等次“优/良/中”，表上方给出折算（优＝满分，良＝满分减1，中＝满分减2）；否决项只写在表下注里。陷阱：创建前栏的85.9万人、1,260人次、3,412人、78.6%；站点268个不是输入；填报日期2021年9月7日。',
    sheets: [{ name: '创建前后对比', rows, merges }],
    expect: {
      facts: {
        // (Added on review: the sheet's own title names 阳春市, which the corpus reads as the county.)
        county: '阳春市',
        asOf: '2021-08-31',
        residentPopulation: 849300,
        adminVillagesStated: 336,
        poorVillagesStated: 57,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 2671000000,
        ruralRetail2020: 3328000000,
        agriRetail2019: 792000000,
        agriRetail2020: 1045000000,
        ruralRetailGrowthStated: 0.246,
        agriRetailGrowthStated: 0.319,
        trainingPersonTimesStated: 6853,
        eligiblePoorPersonsStated: 2968,
        trainedPoorPersonsStated: 1540,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3875000,
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
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 3,
      },
      leadership: 'principal-all',
    },
  };
}

// =====================================================================================
// FACTS 3 — 连平县：Word 邮件合并用的“报告数据源”（域名｜含义｜值｜报告中显示）
// =====================================================================================
function factsLianping() {
  const W = 6;
  const rows = [];
  const merges = [];
  merges.push('A1:F1');
  rows.push(row(W, ['自评报告数据源（供Word邮件合并调用，勿改“域名”列；值按基本单位录入：人、元、比例用小数）']));
  rows.push(['域名', '含义', '值', '报告中显示为', '核对', '备注']);
  const R = (code, meaning, value, shown, chk, note) => rows.push([code, meaning, value, shown, chk === undefined ? '✓' : chk, note || null]);
  R('XIAN', '县名', '连平县', '连平县');
  R('JZRQ', '考评截止日期', D('2021-08-31'), '2021年8月31日');
  R('BGRQ', '报告落款日期', D('2021-09-06'), '2021年9月6日');
  R('CZRK', '常住人口（人）', 319200, '31.92万人', '✓', '七普');
  R('HJRK', '户籍人口（人）', 412300, '41.23万人', '✓', '报告概况段引用');
  R('CZRK_OLD', '常住人口（2019年统计年鉴，已停用）', 301500, '30.15万人', '×', '旧域，模板已不引用');
  R('XZC', '行政村数', 159, '159个');
  R('SQ', '社区（居委会）数', 11, '11个');
  R('PKC', '省定贫困村数', 17, '17个');
  R('ZZ', '领导小组组长', '县委副书记、县长', '县委副书记、县长');
  R('CYBM', '领导小组成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局', '县商务局、县财政局…等6个单位');
  R('FA', '示范县工作方案是否正式印发', true, '已正式印发（连府办〔2019〕55号）');
  R('ZC', '是否出台支持农村电商发展政策', true, '已出台（连府〔2020〕8号）');
  R('ZXYY', '县级电商公共服务中心投入运营日期', D('2020-09-18'), '2020年9月18日');
  R('ZXPX', '中心有免费培训场所、设备', true, '有');
  R('ZXZS', '中心为特色农产品免费展示、销售', true, '有');
  R('ZXSY', '中心免费摄影、美工服务', false, '暂未提供（按成本收费）');
  R('ZXPP', '中心组织统一推广、品牌建设指导', true, '有');
  R('ZXQT', '中心其他衍生增值服务', true, '有');
  R('CYY', '建设或整合电商产业园', true, '已整合（连平县电商产业园）');
  R('RZQY', '产业园入驻企业数', 21, '21家');
  R('DSF', '专业第三方运营服务商', true, '有');
  R('KDFG', '行政村快递覆盖率', 0.987, '98.7%', '✓', '2个行政村快递未进村');
  R('NCWL19', '2019年农村网络零售额（元）', 1862000000, '18.62亿元');
  R('NCWL20', '2020年农村网络零售额（元）', 2295000000, '22.95亿元');
  R('NCZZ', '2020年农村网络零售额同比增速', 0.233, '23.3%');
  R('NCPWL19', '2019年农产品网络零售额（元）', 412000000, '4.12亿元');
  R('NCPWL20', '2020年农产品网络零售额（元）', 536000000, '5.36亿元');
  R('NCPZZ', '2020年农产品网络零售额同比增速', 0.301, '30.1%');
  R('PXRC', '培训人次', 3468, '3468人次');
  R('PXL', '培训人次占常住人口比例（计算）', 0.01086, '1.09%', '✓', '=PXRC/CZRK');
  R('PKRK', '有劳动能力的建档立卡贫困人口数（不含外出务工）', 1236, '1236人');
  R('CXPK', '参加培训的建档立卡贫困人口数', 687, '687人');
  R('PKPXL', '贫困人口培训率（计算）', 0.5558, '55.6%', '✓', '=CXPK/PKRK');
  R('ZLFA', '专栏公示创建方案', true, '已公示');
  R('ZLXM', '专栏公示项目基本信息', true, '已公示');
  R('ZLJD', '专栏公示项目建设进度', true, '按月公示');
  R('ZLCK', '专栏设征求意见或监督举报窗口', true, '已设监督举报电话、邮箱');
  R('FPTJ', '能统计电商扶贫情况', true, '能');
  R('XDZJ', '下达省级专项资金（元）', 5000000, '500万元');
  R('BFZJ', '累计拨付资金（元）', 3912600, '391.26万元');
  R('BFL', '资金拨付率（计算）', 0.7825, '78.25%', '✓', '=BFZJ/XDZJ');
  R('ZJZD', '已制定资金管理制度', true, '已制定');
  R('ZJTZ', '已建立资金专用台账', true, '已建立');
  R('ZTJD', '项目总体进度', 0.9, '90%');
  R('FJSG', '发生安全生产、质量事故或重大损失', false, '无');
  R('FJZJ', '弄虚作假', false, '无');
  rows.push(row(W, []));
  merges.push(rng2a1(rows.length, 0, rows.length, W - 1));
  rows.push(row(W, ['以下为主观评分项自评分（报告第七部分引用）']));
  R('PF_FAZD', '自评分：方案制定（1-2）', 2, '2分');
  R('PF_ZCZC', '自评分：政策支持（1-2）', 2, '2分');
  R('PF_GLZD', '自评分：项目管理制度（1-2）', 2, '2分');
  R('PF_GZTZ', '自评分：工作台账（1-2）', 1, '1分');
  R('PF_WXDY', '自评分：网销调研（1-2）', 2, '2分');
  R('PF_CXHD', '自评分：网络促销活动（1-2）', 2, '2分');
  R('PF_BZSY', '自评分：交易标准、冷链及溯源（1-2）', 1, '1分');
  R('PF_ZJZD', '自评分：资金管理制度（1-5）', 4, '4分');
  R('PF_ZJTZ', '自评分：资金台账（1-5）', 4, '4分');
  R('PF_ZJBF', '自评分：资金及时拨付（1-5）', 4, '4分');
  R('ZPZF', '自评总分', 93, '93分', '✓', '报告结尾引用');

  return {
    description: '连平县商务局经办人给Word自评报告做邮件合并用的“数据源”表：域名（CZRK、ZXYY、PF_GZTZ…拼音缩写）|含义|值|报告中显示为|核对|备注；“值”按基本单位录入（人、元、比例写小数0.233），是否类为Excel逻辑值TRUE/FALSE，日期是真日期单元格，“报告中显示为”是同一值的文字版（31.92万人、22.95亿元、23.3%）。陷阱：户籍人口和“已停用”的旧常住人口域（核对栏×）；社区数；入驻企业数；三个“（计算）”比例（培训率、贫困人口培训率、资金拨付率）不是输入；报告落款日期；自评总分不是某个指标；快递覆盖率0.987即未达100%。',
    sheets: [{ name: '数据源', rows, merges }],
    expect: {
      facts: {
        county: '连平县',
        asOf: '2021-08-31',
        residentPopulation: 319200,
        adminVillagesStated: 159,
        poorVillagesStated: 17,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 1862000000,
        ruralRetail2020: 2295000000,
        agriRetail2019: 412000000,
        agriRetail2020: 536000000,
        ruralRetailGrowthStated: 0.233,
        agriRetailGrowthStated: 0.301,
        trainingPersonTimesStated: 3468,
        eligiblePoorPersonsStated: 1236,
        trainedPoorPersonsStated: 687,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3912600,
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
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// =====================================================================================
// LEDGERS 1 — 梅县区：站点“信息卡”三张一排平铺；培训“月历”排期表（日期＝月块标题＋日期格）
// =====================================================================================
function ledgerMeixian() {
  // ---- station cards ----
  const cards = [
    ['程江镇', '槐岗村委会', '2020.7.16', '2020-07-16'],
    ['程江镇', '大塘村', D('2020-07-16'), '2020-07-16'],
    ['扶大镇', '高桥村', '2020年8月5日', '2020-08-05'],
    ['丙村镇', '三乡村', '2020/8/20', '2020-08-20'],
    ['雁洋镇', '长教村', '20.9.8', '2020-09-08'],
    ['雁洋镇', '桥溪村', D('2020-09-08'), '2020-09-08'],
    ['松口镇', '大黄村', '2020年10月', '2020-10'],
    ['松口镇', '铜琶村民委员会', '2020.10.22', '2020-10-22'],
    ['隆文镇', '坑美村', '2020.11.3', '2020-11-03'],
    ['桃尧镇', '桃源村', D('2020-12-01'), '2020-12-01'],
    ['石扇镇', '南坑社区', '2020.12.15', '2020-12-15'],
    ['南口镇', '侨乡村', '2021.1.12', '2021-01-12'],
    ['南口镇', '侨乡村', '2021.4.20', '2021-04-20', '侨乡村电商服务站（二站）'],
    ['白渡镇', '沙坪村', '2021年3月18日', '2021-03-18'],
    ['畲江镇', '径心村', '2021/6/30', '2021-06-30'],
    ['梅南镇', '罗田村', '2021.9.6', '2021-09-06'],
    null, // 预留卡片
  ];
  const keepers = ['潘××', '李××', '黄××', '钟××', '丘××', '杨××', '侯××', '古××', '刘××', '曾××', '罗××', '温××', '叶××', '廖××', '张××', '谢××'];
  const W = 8;
  const rows = [];
  const merges = [];
  merges.push('A1:H1', 'A2:H2');
  rows.push(row(W, ['梅县区村级电子商务服务站点信息卡']));
  rows.push(row(W, ['（按镇排列；阅读顺序：自左至右、自上而下）　　　梅县区商务局电商股　2021年9月']));
  rows.push(row(W, []));
  const labels = ['站点名称', '所 在 镇', '所在村（居）', '挂牌时间', '站　　长', '联系电话'];
  const records = [];
  for (let band = 0; band * 3 < cards.length; band++) {
    const top = rows.length;
    for (let k = 0; k < 7; k++) rows.push(row(W, []));
    for (let j = 0; j < 3; j++) {
      const idx = band * 3 + j;
      if (idx >= cards.length) break;
      const c0 = j * 3;
      const card = cards[idx];
      merges.push(rng2a1(top, c0, top, c0 + 1));
      rows[top][c0] = `No.${pad(idx + 1)}`;
      if (card === null) {
        rows[top][c0] = `No.${pad(idx + 1)}（预留，未启用）`;
        labels.forEach((l, k) => { rows[top + 1 + k][c0] = l; });
        continue;
      }
      const [town, village, date, iso, sname] = card;
      const vShort = village.replace(/(村民委员会|村委会)$/, '村');
      const name = sname || `${town}${vShort}电商服务站`;
      const vals = [name, town, village, date, keepers[idx], `1${pad(30 + idx * 3, 2)}****${pad(1000 + idx * 37, 4)}`];
      labels.forEach((l, k) => { rows[top + 1 + k][c0] = l; rows[top + 1 + k][c0 + 1] = vals[k]; });
      records.push({ village, opened: iso });
    }
    rows.push(row(W, []));
  }
  merges.push(rng2a1(rows.length, 0, rows.length, W - 1));
  rows.push(row(W, ['注：共建成村级站点16个（含社区站点1个、侨乡村第二站1个），其中罗田村站2021年9月挂牌；No.17为预留卡片。']));

  // ---- training calendar ----
  const sessions = {
    '2020-11-05': ['农村电商基础班（第1期）\n实到 63 人次'],
    '2020-11-12': ['直播带货实操班\n实到 48 人次'],
    '2020-11-19': ['计划：网店美工班（因场地冲突取消）'],
    '2020-11-26': ['上午：镇村干部电商知识讲座　实到 35 人次\n下午：站点站长业务培训　实到 22 人次'],
    '2021-01-01': ['元旦（休）'],
    '2021-01-14': ['农产品短视频拍摄班\n实到 41 人次'],
    '2021-01-21': ['电商扶贫专场（脱贫户）\n实到 56 人次'],
    '2021-04-08': ['跨境电商入门\n实到 38 人次'],
    '2021-04-15': ['社群营销两天班（4月15日—16日）\n实到 70 人次'],
    '2021-04-16': ['（社群营销班第2天）'],
    '2021-04-29': ['直播带货提升班\n实到 52 人次'],
    '2021-09-09': ['农村电商基础班（第5期）\n实到 60 人次'],
    '2021-09-23': ['计划：直播带货班'],
  };
  const trainRecords = [
    { date: '2020-11-05', personTimes: 63 },
    { date: '2020-11-12', personTimes: 48 },
    { date: '2020-11-26', personTimes: 35 },
    { date: '2020-11-26', personTimes: 22 },
    { date: '2021-01-14', personTimes: 41 },
    { date: '2021-01-21', personTimes: 56 },
    { date: '2021-04-08', personTimes: 38 },
    { date: '2021-04-16', personTimes: 70 },
    { date: '2021-04-29', personTimes: 52 },
    { date: '2021-09-09', personTimes: 60 },
  ];
  const CW = 7;
  const crows = [];
  const cmerges = [];
  cmerges.push('A1:G1');
  crows.push(row(CW, ['梅县区电子商务公共服务中心培训排期表（月历）']));
  crows.push(row(CW, []));
  const months = [[2020, 11], [2021, 1], [2021, 4], [2021, 9]];
  const wk = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
  for (const [y, m] of months) {
    cmerges.push(rng2a1(crows.length, 0, crows.length, CW - 1));
    crows.push(row(CW, [`${y}年${m}月　电商培训排期及实到人次`]));
    crows.push(wk.slice());
    const first = new Date(Date.UTC(y, m - 1, 1));
    const ndays = new Date(Date.UTC(y, m, 0)).getUTCDate();
    let dow = (first.getUTCDay() + 6) % 7;
    let day = 1;
    while (day <= ndays) {
      const nums = row(CW, []);
      const cont = row(CW, []);
      for (let c = dow; c < 7 && day <= ndays; c++, day++) {
        nums[c] = day;
        const key = `${y}-${pad(m)}-${pad(day)}`;
        if (sessions[key]) cont[c] = sessions[key].join('\n');
      }
      dow = 0;
      crows.push(nums);
      crows.push(cont);
    }
    crows.push(row(CW, []));
  }
  cmerges.push(rng2a1(crows.length, 0, crows.length, CW - 1));
  crows.push(row(CW, ['注：1. 每周两行，上行为日期，下行为当天安排；格内“实到××人次”为签到人次，表示已举办；只写“计划”的未举办。2. 两天班的人次写在开班当天格内。']));
  // sanity: every session key placed
  const placed = crows.flat().filter((x) => typeof x === 'string' && /实到 \d/.test(x)).length;
  assert(placed === 9, 'calendar sessions placed ' + placed);

  const summary = [
    ['梅县区村级站点按镇统计', null, null],
    ['镇', '站点数', '备注'],
    ['程江镇', 2, null], ['扶大镇', 1, null], ['丙村镇', 1, null], ['雁洋镇', 2, null], ['松口镇', 2, null],
    ['隆文镇', 1, null], ['桃尧镇', 1, null], ['石扇镇', 1, '社区站点'], ['南口镇', 2, '侨乡村两站'],
    ['白渡镇', 1, null], ['畲江镇', 1, null], ['梅南镇', 1, '2021年9月挂牌'], ['合计', 16, null],
  ];

  return {
    description: '梅县区商务局电商股的两张表：①《村级电子商务服务站点信息卡》——每个站点一张6行×2列的“卡片”（No.编号合并标题，下接 站点名称/所在镇/所在村（居）/挂牌时间/站长/联系电话），三张卡一排（A:B、D:E、G:H，中间空列），每排之间空一行，按“自左至右、自上而下”读；No.17是空的预留卡片；挂牌时间混有真日期、2020.7.16、2020年8月5日、2020/8/20、两位年份20.9.8、只到月的2020年10月。②《培训排期表（月历）》——每月一块（2020年11月、2021年1月、2021年4月、2021年9月），星期一至星期日为列，每周两行（上行日期数字、下行当天安排），日期要由月块标题的年月加上方的日期数字得出；“实到××人次”是已举办的一期，“计划：…”未举办，“元旦（休）”“（第2天）”不是培训；11月26日一格上午、下午两期；4月15日开班的两天班按结束日4月16日计。另有按镇统计表（不是台账）。',
    sheets: [
      { name: '站点信息卡', rows, merges },
      { name: '培训排期（月历）', rows: crows, merges: cmerges },
      { name: '按镇统计', rows: summary, merges: ['A1:C1'] },
    ],
    expect: {
      sheets: {
        '站点信息卡': { kind: 'stations', records },
        '培训排期（月历）': { kind: 'training', records: trainRecords },
        '按镇统计': { kind: null },
      },
    },
  };
}

// =====================================================================================
// LEDGERS 2 — 新会区：资金“项目×月份”矩阵（计划/实际两行），机要件/EMS寄送登记当月报台账
// =====================================================================================
function ledgerXinhui() {
  const months = [];
  for (let m = 6; m <= 12; m++) months.push([2020, m]);
  for (let m = 1; m <= 9; m++) months.push([2021, m]);
  const mkey = (y, m) => `${y}-${pad(m)}`;
  const projects = [
    { name: '县级电子商务公共服务中心建设及运营', unit: '江门市侨乡电商服务有限公司', contract: 120,
      plan: { '2020-06': 36, '2020-09': 48, '2020-12': 36 },
      actual: { '2020-06': 36, '2020-10': 48, '2021-01': 30 } },
    { name: '村级电商服务站点建设', unit: '新会区供销电商有限公司', contract: 90,
      plan: { '2020-09': 45, '2020-12': 45 },
      actual: { '2020-09': 45, '2021-03': 40.5 } },
    { name: '农村物流配送体系', unit: '广东邮政新会分公司', contract: 80,
      plan: { '2020-10': 24, '2021-03': 56 },
      actual: { '2020-11': 24, '2021-04': 40 } },
    { name: '农村电商人才培训', unit: '江门市智农培训中心', contract: 60,
      plan: { '2020-12': 18, '2021-04': 24, '2021-08': 18 },
      actual: { '2020-12': 18, '2021-05': 24, '2021-09': 18 } },
    { name: '品牌培育及网络营销推广', unit: '新会陈皮电商运营有限公司', contract: 45,
      plan: { '2021-05': 13.5, '2021-08': 31.5 },
      actual: { '2021-06': '13.5', '2021-08': '8.6万' } },
    { name: '农产品质量溯源系统', unit: '江门数溯科技有限公司', contract: 35,
      plan: { '2021-06': 21, '2021-08': 14 },
      actual: { '2021-07': 21 } },
  ];
  const W = 5 + months.length + 2;
  const rows = [];
  const merges = [];
  merges.push(rng2a1(0, 0, 0, W - 1));
  rows.push(row(W, ['新会区电子商务进农村综合示范项目省级专项资金分月拨付统计表']));
  rows.push(row(W, ['单位：万元']));
  rows[1][W - 3] = '统计至2021年9月30日';
  const h1 = row(W, ['序号', '项目名称', '承建单位', '合同金额', '类别']);
  const h2 = row(W, []);
  h1[5] = '2020年'; h1[5 + 7] = '2021年';
  merges.push(rng2a1(2, 5, 2, 11), rng2a1(2, 12, 2, 20));
  months.forEach(([, m], i) => { h2[5 + i] = `${m}月`; });
  h1[W - 2] = '累计'; h1[W - 1] = '（辅助列，勿删）';
  for (const c of [0, 1, 2, 3, 4, W - 2, W - 1]) merges.push(rng2a1(2, c, 3, c));
  rows.push(h1, h2);
  const records = [];
  const toNum = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/万$/, '')));
  let actualTotal = 0;
  projects.forEach((p, i) => {
    const r1 = row(W, [i + 1, p.name, p.unit, p.contract, '计划']);
    const r2 = row(W, [null, null, null, null, '实际']);
    let sp = 0; let sa = 0;
    months.forEach(([y, m], k) => {
      const key = mkey(y, m);
      if (p.plan[key] !== undefined) { r1[5 + k] = p.plan[key]; sp += p.plan[key]; }
      if (p.actual[key] !== undefined) {
        r2[5 + k] = p.actual[key];
        const n = toNum(p.actual[key]);
        sa += n;
        records.push({ date: key, amount: Math.round(n * 10000) });
      }
    });
    r1[W - 2] = Math.round(sp * 100) / 100; r2[W - 2] = Math.round(sa * 100) / 100;
    r1[W - 1] = sp <= p.contract; r2[W - 1] = sa <= p.contract;
    actualTotal += sa;
    const top = rows.length;
    for (const c of [0, 1, 2, 3]) merges.push(rng2a1(top, c, top + 1, c));
    rows.push(r1, r2);
  });
  const tot = row(W, ['实际拨付合计', null, null, 430, null]);
  const totPlan = row(W, ['计划拨付合计', null, null, 430, null]);
  months.forEach(([y, m], k) => {
    const key = mkey(y, m);
    let a = 0; let pl = 0;
    projects.forEach((p) => { if (p.actual[key] !== undefined) a += toNum(p.actual[key]); if (p.plan[key] !== undefined) pl += p.plan[key]; });
    if (a) tot[5 + k] = Math.round(a * 100) / 100;
    if (pl) totPlan[5 + k] = Math.round(pl * 100) / 100;
  });
  tot[W - 2] = Math.round(actualTotal * 100) / 100;
  totPlan[W - 2] = 430;
  merges.push(rng2a1(rows.length, 0, rows.length, 2), rng2a1(rows.length + 1, 0, rows.length + 1, 2));
  rows.push(tot, totPlan);
  merges.push(rng2a1(rows.length, 0, rows.length, W - 1));
  rows.push(row(W, ['注：1. 每个项目两行，“计划”为按合同约定的拨付计划，“实际”为财政国库实际支付；2. 金额单位均为万元；3. 辅助列为核对是否超合同金额（TRUE为未超）。']));
  merges.push(rng2a1(rows.length, 0, rows.length, W - 1));
  rows.push(row(W, ['制表：区商务局电商股　　审核：区财政局经建股']));

  // ---- EMS / 机要件 register ----
  const ems = [
    ['2020.9.7', '1163845502127', '江门市商务局', '8月份电商进农村工作进展月报', '是', true],
    [D('2020-10-09'), '1163845509931', '江门市商务局', '9月份月报及电商扶贫统计表', '是', true],
    ['2020年10月20日', '1163845517264', '广东省商务厅', '示范县项目实施方案（备案）', '—', 'skip'],
    ['2020.11.6', '1163845520458', '江门市商务局', '10月份月报', '是', true],
    ['2020.11.18', 'SF1309846625301', '广州市天河区（客户）', '陈皮样品2箱', null, 'skip'],
    ['20201207', '1163845533190', '江门市商务局', '11月份月报', '否', false],
    ['2021.1.8', '1163845548872', '江门市商务局', '12月份月报及2020年度工作总结', '是', true],
    ['2021年2月4日', '1163845551036', '江门市商务局', '1月份月报', null, null],
    ['2021.3.5', '1163845567719', '江门市商务局', '2月份月报', '是', true],
    ['2021/4/7', '1163845570283', '江门市商务局', '3月份月报', '是', true],
    [D('2021-05-08'), '1163845586541', '江门市商务局', '4月份月报', '是', true],
    ['2021.5.20', '1163845591105', '广东省商务厅', '示范创建中期自评报告', '—', 'skip'],
    ['2021.6.4', '1163845602384', '江门市商务局', '5月份月报', '是', true],
    ['2021.7.6', '1163845618820', '江门市商务局', '6月份月报', '否', false],
    ['2021.8.5', '1163845623947', '江门市商务局', '7月份月报', '是', true],
    ['2021.9.6', '1163845639512', '江门市商务局', '8月份月报', '是', true],
  ];
  const isoOf = (v) => {
    if (typeof v === 'object') return v.date;
    let m;
    if ((m = /^(\d{4})[.\/年](\d{1,2})[.\/月](\d{1,2})日?$/.exec(v))) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
    if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(v))) return `${m[1]}-${m[2]}-${m[3]}`;
    throw new Error('date ' + v);
  };
  const EW = 8;
  const erows = [];
  erows.push(row(EW, ['新会区商务局机要件/EMS寄送登记（电子商务进农村）']));
  erows.push(row(EW, ['登记人：区商务局办公室　　说明：向江门市商务局报送的月报均以机要件寄送纸质盖章件']));
  erows.push(['序号', '寄件日期', '邮件号', '收件单位', '内件品名', '含电商扶贫统计', '经办人', '备注']);
  const erecs = [];
  ems.forEach((e, i) => {
    erows.push([i + 1, e[0], e[1], e[2], e[3], e[4], i % 2 ? '梁××' : '区××', e[2].includes('客户') ? '顺丰寄付' : (e[2] === '广东省商务厅' ? '省厅要求纸质件' : null)]);
    if (e[5] !== 'skip') erecs.push({ date: isoOf(e[0]), poverty: e[5] });
  });
  erows.push(row(EW, []));
  erows.push(row(EW, ['注：“含电商扶贫统计”栏空白的为当月未核实。']));

  const notes = [
    ['机要件寄送须知'],
    ['1. 机要件须加盖公章，使用EMS机要专用封套，封面注明“机要”。'],
    ['2. 寄件后于当天在登记表登记邮件号，以便查询投递状态（www.ems.com.cn）。'],
    ['3. 快递样品、宣传物料不走机要件，用顺丰或邮政普通包裹，另行登记。'],
    ['4. 本登记表与收文登记簿分开保存，每季度末交办公室归档。'],
  ];

  return {
    description: '新会区（江门）商务局的两本登记：①《省级专项资金分月拨付统计表》是“项目×月份”矩阵——每个项目两行（“计划”按合同约定、“实际”为国库实际支付），月份为列（两行表头，“2020年”合并在6月…12月上、“2021年”合并在1月…9月上），单位万元只写在表头上方，格里有数字、文本“13.5”和带单位的“8.6万”；每个“实际”行的非空月份格是一笔拨付，日期只到月（YYYY-MM），按行、自左至右列出；“计划”行、“实际/计划拨付合计”行、累计列和最右的辅助核对列（TRUE/FALSE）都不是记录；2021年9月的培训尾款在截止日后（照列）。②《机要件/EMS寄送登记》当月报台账：只有寄往江门市商务局的是向市局报送（寄广东省商务厅的方案备案和中期报告、寄给客户的陈皮样品不是）；寄件日期混有2020.9.7、真日期、20201207、2021年2月4日、2021/4/7；“含电商扶贫统计”是/否/空白（空白读null）；13位邮件号不是金额或日期。另有“寄件须知”说明页。',
    sheets: [
      { name: '资金分月拨付', rows, merges },
      { name: '机要件寄送登记', rows: erows, merges: ['A1:H1', 'A2:H2'] },
      { name: '寄件须知', rows: notes },
    ],
    expect: {
      sheets: {
        '资金分月拨付': { kind: 'funds', records },
        '机要件寄送登记': { kind: 'reports', records: erecs },
        '寄件须知': { kind: null },
      },
    },
  };
}

// =====================================================================================
// COUNTY — 海丰县：基础数据按“各责任单位报送”分块汇总（每块自己的表头和填报人）
// =====================================================================================
function countyHaifeng() {
  const rng = makeRng(320521);
  const AS_OF = '2021-08-31';

  // ---------------- villages ----------------
  const towns = [
    ['海城镇', 8, ['新城社区', '城中社区', '东门社区', '南门社区', '龙津社区']],
    ['附城镇', 14, ['莲花社区']],
    ['城东镇', 12, ['东溪社区', '城东居委会']],
    ['梅陇镇', 16, ['梅陇居委会']],
    ['联安镇', 11, []],
    ['陶河镇', 9, []],
    ['赤坑镇', 12, []],
    ['大湖镇', 13, []],
    ['可塘镇', 14, ['可塘社区']],
    ['黄羌镇', 10, []],
    ['平东镇', 9, []],
    ['公平镇', 13, ['公平居委会']],
    ['赤石镇', 9, ['赤石社区']],
  ];
  const F1 = '东西南北新上下大石龙凤梅竹桥青黄白红金联和安平福兴丰长高田'.split('');
  const F2 = '坑埔寮陂溪洋坪岭墩湖塘田围头山河美光明丰林富乡昌港厝岗'.split('');
  const pool = [];
  for (const a of F1) for (const b of F2) if (a !== b) pool.push(a + b);
  const namesShuffled = rng.shuffle(pool);
  const used = new Set();
  const villages = []; // {town, name, admin, poor}
  let ni = 0;
  for (const [town, n, comms] of towns) {
    for (let k = 0; k < n; k++) {
      let nm;
      do { nm = namesShuffled[ni++] + '村'; } while (used.has(nm));
      used.add(nm);
      villages.push({ town, name: nm, admin: true, poor: false });
    }
    for (const c of comms) villages.push({ town, name: c, admin: false, poor: false });
  }
  const adminV = villages.filter((v) => v.admin);
  assert(adminV.length === 150, 'admin villages 150');
  const poorPick = rng.shuffle(adminV).slice(0, 14);
  poorPick.forEach((v) => { v.poor = true; });

  // village sheet
  const VW = 6;
  const vrows = [];
  const vmerges = [];
  vmerges.push('A1:F1');
  vrows.push(row(VW, ['海丰县村（居）民委员会名单']));
  vrows.push(row(VW, ['来源：县民政局区划名录（2021年6月）；省定贫困村、快递进村情况由县乡村振兴局、县邮政管理局核对']));
  vrows.push(['序号', '村（居）委会名称', '村/居', '省定贫困村', '快递进村', '备注']);
  let seq = 0;
  towns.forEach(([town, n, comms], ti) => {
    vmerges.push(rng2a1(vrows.length, 0, vrows.length, VW - 1));
    vrows.push(row(VW, [`（${'一二三四五六七八九十'.split('')[ti] || '十' + '一二三'[ti - 10]}）${town}　行政村${n}个${comms.length ? `　社区${comms.length}个` : ''}`]));
    villages.filter((v) => v.town === town).forEach((v) => {
      seq += 1;
      vrows.push([seq, v.name, v.admin ? '村' : '居', v.poor ? '省定' : null, v.admin ? '通' : '—', null]);
    });
  });
  vrows.push(row(VW, []));
  vmerges.push(rng2a1(vrows.length, 0, vrows.length, VW - 1));
  vrows.push(row(VW, ['合计：行政村150个，社区（居委会）12个；省定贫困村14个。']));
  vmerges.push(rng2a1(vrows.length, 0, vrows.length, VW - 1));
  vrows.push(row(VW, ['注：“省定贫困村”栏空白为非省定贫困村；“快递进村”栏“通”为有快递企业进村服务，社区不统计（—）。']));

  // ---------------- stations ----------------
  const poorSet = new Set(poorPick.map((v) => v.name));
  const nonPoorAdmin = adminV.filter((v) => !v.poor);
  const npShuffled = rng.shuffle(nonPoorAdmin);
  const poorLate = poorPick[13]; // station only after cut-off
  const coveredPoor = poorPick.slice(0, 13);
  const coveredNonPoor = npShuffled.slice(0, 92); // 92 + 13 = 105
  const lateNonPoor = npShuffled.slice(92, 94);
  const coveredSet = new Set([...coveredPoor, ...coveredNonPoor].map((v) => v.name));
  assert(coveredSet.size === 105, 'covered 105');
  const dupVillage = coveredNonPoor[5];
  const stationRows = []; // {town, village(display), date(cell), iso, note, name}
  const dateCell = (iso, style) => {
    const [y, m, d] = iso.split('-').map(Number);
    switch (style % 5) {
      case 0: return D(iso);
      case 1: return `${y}.${m}.${d}`;
      case 2: return `${y}年${m}月${d}日`;
      case 3: return `${y}/${m}/${d}`;
      default: return D(iso);
    }
  };
  const randDate = (lo, hi) => { // ISO inclusive
    const a = Date.UTC(...lo.split('-').map((x, i) => (i === 1 ? +x - 1 : +x)));
    const b = Date.UTC(...hi.split('-').map((x, i) => (i === 1 ? +x - 1 : +x)));
    const t = a + Math.floor(rng.next() * ((b - a) / 86400000 + 1)) * 86400000;
    const dt = new Date(t);
    return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
  };
  const displayName = (v) => {
    const r = rng.next();
    if (r < 0.1) return v.name.replace(/村$/, '村委会');
    if (r < 0.15) return v.name.replace(/村$/, '村民委员会');
    return v.name;
  };
  for (const v of [...coveredPoor, ...coveredNonPoor]) {
    const iso = randDate('2020-06-01', '2021-08-20');
    stationRows.push({ town: v.town, village: displayName(v), iso, cell: dateCell(iso, rng.int(0, 4)), note: v.poor ? '省定贫困村' : null, vname: v.name });
  }
  stationRows.push({ town: dupVillage.town, village: dupVillage.name, iso: '2021-04-12', cell: '2021.4.12', note: '第二服务点', vname: dupVillage.name, second: true });
  const commStations = villages.filter((v) => v.name === '城中社区' || v.name === '梅陇居委会');
  commStations.forEach((v, i) => stationRows.push({ town: v.town, village: v.name, iso: i ? '2020-11-02' : '2020-09-15', cell: i ? '2020.11.2' : D('2020-09-15'), note: '社区服务点', vname: v.name }));
  stationRows.push({ town: poorLate.town, village: poorLate.name, iso: '2021-09-10', cell: '2021.9.10', note: '省定贫困村', vname: poorLate.name });
  stationRows.push({ town: lateNonPoor[0].town, village: lateNonPoor[0].name, iso: '2021-09', cell: '2021年9月', note: null, vname: lateNonPoor[0].name });
  stationRows.push({ town: lateNonPoor[1].town, village: lateNonPoor[1].name, iso: '2021-09-22', cell: D('2021-09-22'), note: null, vname: lateNonPoor[1].name });
  stationRows.push({ town: '公平镇', village: '公平水库林场', iso: '2020-12-08', cell: '2020.12.8', note: '林场职工服务点', vname: '公平水库林场' });
  const townOrder = towns.map((t) => t[0]);
  stationRows.sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const SW = 8;
  const srows = [];
  const smerges = [];
  smerges.push('A1:H1');
  srows.push(row(SW, ['海丰县村级电子商务服务站点台账']));
  srows.push(row(SW, ['填报单位：海丰县商务局　　　　　　　　　　　　更新至2021年9月25日']));
  srows.push(['序号', '所在镇', '站点名称', '所在村（居）', '挂牌日期', '站长', '联系电话', '备注']);
  let lastTown = null; let townStart = -1;
  stationRows.forEach((s, i) => {
    const r = srows.length;
    if (s.town !== lastTown) {
      if (lastTown !== null && r - 1 > townStart) smerges.push(rng2a1(townStart, 1, r - 1, 1));
      lastTown = s.town; townStart = r;
    }
    const short = s.vname.replace(/(村|社区|居委会)$/, '');
    const sname = s.second ? `${short}村第二电商服务点` : (s.vname.endsWith('林场') ? '公平水库林场电商服务点' : `${s.town.replace('镇', '')}${short}电商服务站`);
    srows.push([i + 1, r === townStart ? s.town : null, sname, s.village, s.cell, personName(rng), `13${rng.int(400000000, 999999999)}`, s.note]);
  });
  if (srows.length - 1 > townStart) smerges.push(rng2a1(townStart, 1, srows.length - 1, 1));
  srows.push(row(SW, []));
  smerges.push(rng2a1(srows.length, 0, srows.length, SW - 1));
  srows.push(row(SW, [`注：共${stationRows.length}个服务站点（点），其中2021年9月挂牌3个；社区服务点2个、林场服务点1个不计入行政村覆盖。`]));

  // ---------------- poor persons ----------------
  const villagesForPoor = adminV;
  const poor = [];
  const mkPoor = (kind) => {
    const v = rng.pick(villagesForPoor);
    return { town: v.town, village: v.name, name: personName(rng), id: makeId(rng, '441521', { y0: 1962, y1: 2000 }), kind };
  };
  for (let i = 0; i < 120; i++) poor.push(mkPoor('eligible'));
  for (let i = 0; i < 25; i++) poor.push(mkPoor('migrant'));
  for (let i = 0; i < 15; i++) poor.push(mkPoor('nolabour'));
  const eligible0 = poor.filter((p) => p.kind === 'eligible');
  const E = rng.shuffle(eligible0);
  const E45 = E.slice(0, 45); // in session 4
  const E10 = E.slice(45, 55); // only in sessions 1-3
  const E5 = E.slice(55, 60); // only in session 5 (after cut-off)
  // three trained persons whose ID ends in X (written lower-case x in the sign-in sheet)
  const lowerXPersons = [E45[0], E45[1], E10[0]];
  lowerXPersons.forEach((p) => { p.id = makeId(rng, '441521', { wantX: true, y0: 1970, y1: 1995 }); });
  const idSet = new Set(poor.map((p) => p.id));
  assert(idSet.size === 160, 'unique poor ids');
  const eligible = poor.filter((p) => p.kind === 'eligible');
  const migrants = poor.filter((p) => p.kind === 'migrant');
  const nolab = poor.filter((p) => p.kind === 'nolabour');
  const rosterOrder = rng.shuffle(poor).sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || a.village.localeCompare(b.village));
  const PW = 8;
  const prows = [];
  prows.push(row(PW, ['海丰县建档立卡贫困人口劳动力及务工情况名单']));
  prows.push(row(PW, ['提供单位：海丰县乡村振兴局（2021年8月导出）']));
  prows.push(['序号', '镇', '村', '姓名', '身份证号码', '劳动能力', '务工状态', '备注']);
  rosterOrder.forEach((p, i) => {
    let lab; let mig;
    if (p.kind === 'nolabour') { lab = rng.next() < 0.5 ? '无劳动力' : '丧失劳动力'; mig = '—'; }
    else {
      lab = rng.next() < 0.8 ? '普通劳动力' : '技能劳动力';
      mig = p.kind === 'migrant' ? (rng.next() < 0.5 ? '县外省内务工' : '省外务工') : (rng.next() < 0.6 ? '未外出务工' : '县内务工');
    }
    prows.push([i + 1, p.town, p.village, p.name, p.id, lab, mig, null]);
  });
  prows.push(row(PW, []));
  prows.push(row(PW, ['注：有劳动能力（普通劳动力、技能劳动力）且未外出务工（未外出务工、县内务工）的120人；外出务工（县外省内、省外）25人；无劳动力、丧失劳动力15人。']));

  // ---------------- training sign-in (offline) ----------------
  const sessions = [
    { no: '第1期', title: '农村电商基础知识', cell: '2020.11.18', iso: '2020-11-18', n: 86 },
    { no: '第2期', title: '网店开设与运营', cell: D('2020-12-22'), iso: '2020-12-22', n: 74 },
    { no: '第3期', title: '直播带货实操（两天班）', cell: '2021年3月16日-17日', iso: '2021-03-17', n: 92 },
    { no: '第4期', title: '脱贫户电商技能专场', cell: '2021/6/9', iso: '2021-06-09', n: 68 },
    { no: '第5期', title: '农产品短视频营销', cell: '2021.9.3', iso: '2021-09-03', n: 45 },
  ];
  const other = () => {
    const r = rng.next();
    const area = r < 0.8 ? '441521' : (r < 0.9 ? '441502' : '441581');
    return { name: personName(rng), id: makeId(rng, area, { y0: 1965, y1: 2002 }), poorFlag: null };
  };
  const asTrainee = (p) => ({ name: p.name, id: p.id, poorFlag: '是' });
  const att = [[], [], [], [], []];
  // sessions 1-3: E10 + 8 repeats of E45 + 1 migrant, rest others
  const s13poor = [...E10.map(asTrainee), ...E45.slice(0, 8).map(asTrainee), asTrainee(migrants[0])];
  const s13slots = rng.shuffle(s13poor);
  s13slots.forEach((t, i) => att[i % 3].push(t));
  for (let s = 0; s < 3; s++) while (att[s].length < sessions[s].n) att[s].push(other());
  for (let s = 0; s < 3; s++) att[s] = rng.shuffle(att[s]);
  // session 4: E45 + 3 migrants + 2 nolabour + 18 others
  att[3] = rng.shuffle([...E45.map(asTrainee), ...migrants.slice(1, 4).map(asTrainee), ...nolab.slice(0, 2).map(asTrainee)]);
  while (att[3].length < 68) att[3].push(other());
  // session 5: E5 + 3 repeats + others
  att[4] = [...E5.map(asTrainee), ...E45.slice(10, 13).map(asTrainee)];
  while (att[4].length < 45) att[4].push(other());
  att[4] = rng.shuffle(att[4]);
  sessions.forEach((s, i) => assert(att[i].length === s.n, 'session size ' + i));

  const TW = 9;
  const trows = [];
  const tmerges = [];
  tmerges.push('A1:I1');
  trows.push(row(TW, ['海丰县电子商务进农村线下集中培训学员签到汇总表']));
  trows.push(row(TW, ['（线上直播、镇村宣讲另见表六，不在本表重复）']));
  trows.push(['序号', '期次', '培训日期', '培训内容', '姓名', '性别', '身份证号码', '脱贫户', '联系电话']);
  let tseq = 0;
  const lowerXIds = new Set(lowerXPersons.map((p) => p.id));
  const spacedIds = new Set([E45[20].id, E10[2].id]);
  let blanks = 0;
  sessions.forEach((s, si) => {
    const start = trows.length;
    att[si].forEach((t, k) => {
      tseq += 1;
      let idCell = t.id;
      if (lowerXIds.has(t.id)) idCell = t.id.toLowerCase();
      if (spacedIds.has(t.id)) idCell = `${t.id.slice(0, 6)} ${t.id.slice(6, 14)} ${t.id.slice(14)}`;
      if (!t.poorFlag && rng.next() < 0.02 && blanks < 4) { idCell = null; blanks += 1; }
      const sex = Number(t.id[16]) % 2 ? '男' : '女';
      trows.push([tseq, k === 0 ? s.no : null, k === 0 ? s.cell : null, k === 0 ? s.title : null, t.name, sex, idCell, t.poorFlag, `1${rng.int(3000000000, 8999999999)}`]);
    });
    for (const c of [1, 2, 3]) tmerges.push(rng2a1(start, c, trows.length - 1, c));
  });
  trows.push(row(TW, []));
  trows.push(row(TW, [null, '合计', null, null, `${tseq}人次`]));

  // ---------------- training sessions (online / 宣讲) ----------------
  const online = [
    ['2020.10.15', '线上直播', '直播电商公开课', 520, '2020-10-15'],
    ['2020年11月6日', '镇村宣讲', '镇村干部电商知识宣讲（海城镇）', 186, '2020-11-06'],
    ['2020年12月10日', '线上直播', '双12网店运营直播课', '640人次', '2020-12-10'],
    [D('2021-01-08'), '镇村宣讲', '电商政策宣讲（梅陇镇）', 214, '2021-01-08'],
    ['2021.1.27', '线上直播', '年货节直播带货', '455人次', '2021-01-27'],
    ['2021/3/25', '镇村宣讲', '电商知识进村（可塘镇）', 198, '2021-03-25'],
    ['2021.4.22', '线上直播', '农产品上行直播课', 580, '2021-04-22'],
    ['2021年5月13日', '镇村宣讲', '电商知识进村（公平镇）', 236, '2021-05-13'],
    [D('2021-06-17'), '线上直播', '618直播带货实战', 612, '2021-06-17'],
    ['21.7.15', '镇村宣讲', '电商知识进村（赤石镇）', 167, '2021-07-15'],
    ['2021.8.12', '线上直播', '海丰油占米网销直播课', 523, '2021-08-12'],
    ['2021.8.26', '镇村宣讲', '电商知识进村（黄羌镇）', 309, '2021-08-26'],
    ['2021.9.10', '线上直播', '中秋农特产品直播', 350, '2021-09-10'],
  ];
  const OW = 7;
  const orows = [];
  orows.push(row(OW, ['海丰县电商线上直播培训及镇村宣讲登记表']));
  orows.push(row(OW, ['说明：线上直播以平台后台“观看并签到”人次计；宣讲以现场签到人次计。线下集中培训5期另有签到表（表五），未计入本表。']));
  orows.push(['序号', '培训时间', '形式', '培训内容', '主讲', '参训人次', '备注']);
  let onlineBy = 0; let onlineAll = 0;
  online.forEach((o, i) => {
    const n = typeof o[3] === 'number' ? o[3] : Number(String(o[3]).replace(/[^\d]/g, ''));
    onlineAll += n; if (o[4] <= AS_OF) onlineBy += n;
    orows.push([i + 1, o[0], o[1], o[2], rng.pick(['县电商中心讲师', '运营服务商讲师', '县商务局']), o[3], null]);
  });
  orows.push([null, '合计', null, null, null, onlineAll, '含9月']);

  // ---------------- enterprises ----------------
  const entList = [
    ['海丰县莲花山茶业电商有限公司', '销售型企业'], ['汕尾市红城优品商贸有限公司', '销售型企业'], ['海丰县油占米网络科技有限公司', '平台型电商企业'],
    ['广东海陆丰农品供应链有限公司', '销售型企业'], ['海丰县鹅埠农特产品店', '销售型企业'], ['海丰县彭湃故里文创电商有限公司', '销售型企业'],
    ['汕尾市海丰县邮政快递分拨中心', '物流快递企业'], ['海丰县百通快递服务部', '物流快递企业'], ['海丰县梅陇农家电商合作社', '销售型企业'],
    ['汕尾市直播星文化传媒有限公司', '直播电商机构'], ['海丰县乡味源食品有限公司', '销售型企业'], ['海丰县联安荔枝专业合作社', '销售型企业'],
    ['海丰县云仓电商服务有限公司', '电商运营服务商'], ['海丰县鲜到家供应链有限公司', '物流快递企业'], ['海丰县可塘珠宝电商运营中心', '电商运营服务商'],
    ['汕尾市益农电商服务有限公司', '电商运营服务商'], ['海丰县赤石生态农业有限公司', '销售型企业'], ['海丰县公平水产品电商有限公司', '销售型企业'],
    ['海丰县黄羌山货商行', '销售型企业'], ['海丰县青创网络科技有限公司', '平台型电商企业'], ['海丰县红海湾海味电商店', '销售型企业'],
  ];
  const ent = entList.map(([n, t], i) => ({ name: n, code: `91441521MA5${String.fromCharCode(65 + (i % 26))}${pad(1000 + i * 37, 4)}X${i % 10}`, type: t }));
  const entRows = [];
  ent.forEach((e, i) => {
    const iso = randDate('2020-09-01', '2021-07-31');
    entRows.push({ ...e, inCell: dateCell(iso, i), inIso: iso, out: null, note: null });
  });
  entRows[6].out = '2021.5.31'; entRows[6].outIso = '2021-05-31'; entRows[6].note = '已迁出';
  // same company moved rooms, listed twice
  const moved = entRows[9];
  Object.assign(moved, { inCell: '2020.10.9', inIso: '2020-10-09', room: '202', note: '2021.3.1迁至305室（见第16行）' });
  entRows.splice(15, 0, { ...moved, inCell: '2021.3.1', inIso: '2021-03-01', room: '305', note: '由202室迁入（同一企业）' });
  entRows.push({ name: '海丰县海洋牧场电商有限公司', code: '91441521MA5ZZ8801Q', type: '销售型企业', inCell: '2021.9.6', inIso: '2021-09-06', out: null, note: '9月新签约' });
  assert(entRows.length === 23, 'ent rows 23');
  const presentCodes = new Set(entRows.filter((e) => e.inIso <= AS_OF && !(e.outIso && e.outIso <= AS_OF)).map((e) => e.code));
  const presentTypes = new Set(entRows.filter((e) => presentCodes.has(e.code)).map((e) => e.type));
  assert(presentCodes.size === 20, 'present enterprises ' + presentCodes.size);
  const EW = 8;
  const erows = [];
  erows.push(row(EW, ['海丰县电子商务产业园入驻企业名单']));
  erows.push(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '房号', '备注']);
  const freeRooms = [];
  for (const fl of [2, 3, 4]) for (let k = 1; k <= 10; k++) { const rm = `${fl}${pad(k)}`; if (rm !== '202' && rm !== '305') freeRooms.push(rm); }
  let roomI = 0;
  entRows.forEach((e, i) => erows.push([i + 1, e.name, e.code, e.type, e.inCell, e.out, e.room || freeRooms[roomI++], e.note]));

  // ---------------- funds ----------------
  const funds = [
    [D('2020-07-15'), '县级电商公共服务中心装修', '汕尾市鸿建装饰工程有限公司', 600000, 600000, '2020-07-15'],
    ['2020.9.28', '公共服务中心设备采购', '海丰县科创电子有限公司', '480,000.00', 480000, '2020-09-28'],
    ['2020年11月20日', '村级站点建设（一期）', '海丰县云仓电商服务有限公司', 750000, 750000, '2020-11-20'],
    ['2021/1/15', '电商培训（一期）', '汕尾市益农电商服务有限公司', 260000, 260000, '2021-01-15'],
    [D('2021-03-30'), '县乡村物流配送体系', '中国邮政集团海丰县分公司', 520000, 520000, '2021-03-30'],
    ['2021.5.18', '村级站点建设（二期）', '海丰县云仓电商服务有限公司', 420000, 420000, '2021-05-18'],
    ['2021.7.9', '区域品牌推广', '汕尾市直播星文化传媒有限公司', 300000, 300000, '2021-07-09'],
    ['2021.8.27', '农产品溯源系统', '广东溯源通科技有限公司', '35万', 350000, '2021-08-27'],
    ['2021.9.8', '村级站点建设尾款', '海丰县云仓电商服务有限公司', 460000, 460000, '2021-09-08'],
  ];
  const fundBy = funds.filter((f) => f[5] <= AS_OF).reduce((a, f) => a + f[4], 0);
  assert(fundBy === 3680000, 'funds by cut-off ' + fundBy);
  const FW = 7;
  const frows = [];
  frows.push(row(FW, ['海丰县省级电子商务进农村综合示范专项资金拨付台账']));
  frows.push(row(FW, ['下达资金：500万元（粤财工〔2019〕163号）　　单位：元（另注明者除外）']));
  frows.push(['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号', '备注']);
  funds.forEach((f, i) => frows.push([i + 1, f[0], f[1], f[2], f[3], `记-${pad(i * 7 + 12, 3)}`, null]));
  frows.push([null, '合计', null, null, '4,140,000.00', null, '含9月尾款']);

  // ---------------- reports ----------------
  const reps = [
    ['2020.9.7', '8月份工作进展月报', '是'], [D('2020-10-10'), '9月份工作进展月报', '是'], ['2020年11月6日', '10月份工作进展月报', '是'],
    ['2020.12.4', '11月份工作进展月报', '否'], ['2021/1/8', '12月份工作进展月报及年度总结', '是'], ['2021.2.5', '1月份工作进展月报', '是'],
    ['2021.3.5', '2月份工作进展月报', '是'], [D('2021-04-07'), '3月份工作进展月报', '是'], ['2021.5.7', '4月份工作进展月报', '是'],
    ['2021年6月4日', '5月份工作进展月报', '是'], ['2021.7.6', '6月份工作进展月报', '是'], ['2021.8.5', '7月份工作进展月报', '是'],
    ['2021.9.6', '8月份工作进展月报', '是'],
  ];
  const RW = 6;
  const rrows = [];
  rrows.push(row(RW, ['海丰县电子商务进农村工作月报报送登记（报汕尾市商务局）']));
  rrows.push(['序号', '报送时间', '报送内容', '报送方式', '是否含电商扶贫统计', '备注']);
  reps.forEach((r, i) => rrows.push([i + 1, r[0], r[1], i % 3 === 0 ? '粤政易' : '电子邮件', r[2], null]));

  // ---------------- disclosures ----------------
  const discl = [
    ['2020.9.18', '海丰县电子商务进农村综合示范县创建工作方案'], ['2020.10.16', '示范项目基本信息公示'], ['2020.11.13', '10月份项目建设进度'],
    [D('2020-12-11'), '11月份项目建设进度'], ['2021.1.15', '12月份项目建设进度'], ['2021.3.2', '1-2月份项目建设进度'],
    ['2021.3.26', '关于设立示范项目监督举报信箱的公告'], ['2021年4月9日', '3月份项目建设进度'], ['2021.5.14', '4月份项目建设进度'],
    ['2021.6.11', '5月份项目建设进度'], [D('2021-07-09'), '6月份项目建设进度'], ['2021.8.13', '7月份项目建设进度'],
    ['2021.9.10', '8月份项目建设进度'],
  ];
  const drows = [];
  drows.push(row(4, ['海丰县人民政府网“电子商务进农村综合示范”专栏更新记录']));
  drows.push(['序号', '发布日期', '标题', '链接']);
  discl.forEach((d, i) => drows.push([i + 1, d[0], d[1], `http://www.haifeng.gov.cn/hfsw/dzsw/content/post_${740000 + i * 1371}.html`]));

  // ---------------- media ----------------
  const media = [
    [D('2020-12-15'), '汕尾日报', '市级', '报纸', '海丰电商服务站打通农产品上行“最后一公里”', '否'],
    ['2021.3.19', '汕尾广播电视台《汕尾新闻》', '市级', '电视', '脱贫户直播卖油占米', '是'],
    ['2021年5月8日', '海丰县融媒体中心（海丰发布）', '县级', '网络', '我县举办第4期电商培训', '否'],
    [D('2021-07-02'), '海丰电视台', '县级', '电视', '电商助力荔枝销售', '是'],
    ['2021.9.14', '南方日报', '省级', '报纸', '海丰：电商进农村激活乡村振兴新动能', '否'],
    ['2021.9.20', '广东广播电视台《广东新闻联播》', '省级', '电视', '海丰脱贫户搭上电商快车', '是'],
  ];
  const mrows = [];
  mrows.push(row(7, ['海丰县电子商务进农村宣传报道统计']));
  mrows.push(['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫案例']);
  media.forEach((m, i) => mrows.push([i + 1, ...m]));

  // ---------------- materials ----------------
  const matRows = [
    row(5, ['经验材料报送登记']),
    ['序号', '报送日期', '材料名称', '报送对象', '备注'],
    [1, '2021.5.20', '海丰县“电商+脱贫户”经验做法', '汕尾市商务局', null],
    [2, '2021.9.6', '海丰县电子商务进农村综合示范创建工作总结', '汕尾市商务局', '迎检材料'],
  ];

  // ---------------- facts: blocks by department ----------------
  const FW2 = 5;
  const xr = [];
  const xm = [];
  const full = (t) => { xm.push(rng2a1(xr.length, 0, xr.length, FW2 - 1)); xr.push(row(FW2, [t])); };
  full('海丰县电子商务进农村综合示范创建考评基础数据（各责任单位报送汇总）');
  full('考评截止日期：2021年8月31日　　汇总单位：海丰县商务局　　汇总日期：2021年9月10日');
  full('说明：各单位按本单位职能填报，商务局原样汇总，未作改动；各块表头以报送单位原表为准。');
  xr.push(row(FW2, []));
  full('【一】县统计局');
  full('填报人：蔡××　　联系电话：0660-6xxxxxx');
  xr.push(row(FW2, ['指标', '单位', '数值', '口径']));
  xr.push(row(FW2, ['常住人口', '万人', 75.62, '第七次全国人口普查']));
  xr.push(row(FW2, ['户籍人口', '万人', 88.07, '2020年末公安户籍']));
  xr.push(row(FW2, []));
  full('【二】县民政局');
  full('填报人：郑××　　联系电话：0660-6xxxxxx');
  xr.push(row(FW2, ['序号', '项目', '数量（个）', '备注']));
  xr.push(row(FW2, [1, '镇', 13, null]));
  xr.push(row(FW2, [2, '村民委员会（行政村）', 150, '名单见表三']));
  xr.push(row(FW2, [3, '居民委员会（社区）', 12, null]));
  xr.push(row(FW2, []));
  full('【三】县乡村振兴局（原县扶贫办）');
  full('填报人：彭××　　联系电话：0660-6xxxxxx');
  xr.push(row(FW2, ['项目', '数值', '说明']));
  xr.push(row(FW2, ['省定相对贫困村', '14个', '已全部出列']));
  xr.push(row(FW2, ['有劳动能力且未外出务工的建档立卡贫困人口', '120人', '名单见表七（另有外出务工25人、无劳动能力15人）']));
  xr.push(row(FW2, ['参加电商培训的建档立卡贫困人口', '60人', '与商务局签到表比对，含9月3日第5期']));
  xr.push(row(FW2, ['能否统计电商扶贫情况', '能', '每月随月报报送']));
  xr.push(row(FW2, []));
  full('【四】县邮政管理局');
  full('行政村快递服务通达率：100%（150个行政村全部通达）。　填报人：林××');
  xr.push(row(FW2, []));
  full('【五】县商务局');
  full('填报人：黄××（电商股）　　联系电话：0660-6xxxxxx');
  xr.push(row(FW2, ['类别', '事项', '情况', '佐证']));
  const B = (c, a, b, d) => xr.push(row(FW2, [c, a, b, d || null]));
  B('组织领导', '领导小组', '县委副书记、县长任组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司', '海府办〔2019〕112号');
  B('〃', '示范县工作方案', '已正式印发', '海府办〔2019〕118号');
  B('〃', '扶持政策', '已出台《海丰县促进农村电子商务发展若干措施》', '海府〔2020〕9号');
  B('服务体系', '县级电商公共服务中心投入运营', '2020年12月18日', '运营日志');
  B('〃', '免费培训场所、设备', '有');
  B('〃', '特色农产品免费展示、销售', '有');
  B('〃', '免费摄影、美工', '无（按成本收费）');
  B('〃', '统一推广、品牌建设指导', '有');
  B('〃', '其他衍生增值服务', '有（代办证照、金融对接）');
  B('〃', '电商产业园', '已建（海丰县电子商务产业园）');
  B('〃', '产业园入驻企业', '23家', '见表八');
  B('〃', '专业第三方运营服务商', '有');
  B('农产品上行', '2019年农村网络零售额', '28.6亿元', '省商务大数据');
  B('〃', '2020年农村网络零售额', '35.1亿元', '同比增长22.7%');
  B('〃', '2019年农产品网络零售额', '3.12亿元');
  B('〃', '2020年农产品网络零售额', '4.10亿元', '同比增长31.4%');
  B('培训', '培训人次', '5,355人次', '含9月两期（截至9月10日）');
  B('信息公开', '专栏公示创建方案', '是');
  B('〃', '专栏公示项目基本信息', '是');
  B('〃', '专栏公示项目建设进度', '是（按月）');
  B('〃', '征求意见/监督举报窗口', '是', '2021年3月设监督举报信箱');
  B('〃', '每月向市商务局报送', '是', '见表十');
  B('进度', '项目总体进度', '86%');
  B('否决事项', '安全生产、质量事故或重大经济损失', '无');
  B('〃', '弄虚作假', '无');
  xr.push(row(FW2, []));
  full('【六】县财政局');
  full('填报人：许××　　联系电话：0660-6xxxxxx');
  xr.push(row(FW2, ['项目', '金额（万元）', '备注']));
  xr.push(row(FW2, ['下达省级专项资金', 500, '粤财工〔2019〕163号']));
  xr.push(row(FW2, ['累计拨付', 368, '截至2021年8月31日']));
  xr.push(row(FW2, ['资金管理制度', '已制定', '《海丰县电子商务进农村综合示范项目资金管理办法》']));
  xr.push(row(FW2, ['资金专用台账', '已建立', null]));

  // ---------------- self assessment ----------------
  const aW = 6;
  const ar = [];
  const am = [];
  am.push('A1:F1');
  ar.push(row(aW, ['海丰县2019年省级电子商务进农村综合示范创建考评自评得分表']));
  ar.push(['序号', '工作任务', '评价指标', '分值', '自评得分', '说明']);
  const claimedRows = [
    [1, '加强组织领导与统筹协调', '组织领导', 2, 2, '县长任组长'],
    [2, null, '方案制定', 2, 2, null],
    [3, null, '政策支持', 2, 1, '措施落实仍需加强'],
    [4, null, '项目管理', 4, 3, '制度2分，台账1分'],
    [5, '深入推动电子商务进农村工作', '服务体系建设（县级中心、产业园）', 15, 15, null],
    [6, null, '服务体系建设（村级站点覆盖）', 10, 10, null],
    [7, null, '农村产品上行', 10, 9, '交易标准及冷链溯源1分'],
    [8, null, '电商人才培训', 20, 20, '培训人次5,355，贫困人口培训率50%'],
    [9, '加强信息公开及报送', '信息公开', 4, 4, null],
    [10, null, '数据上报', 6, 6, null],
    [11, '加强宣传推广', '案例总结', 2, 2, null],
    [12, null, '经验推广', 8, 8, null],
    [13, '加强财政资金管理', '制度建立', 5, 4, null],
    [14, null, '资金台账', 5, 4, null],
    [15, null, '资金支出', 5, 4, null],
    ['加分项', null, '建档立卡贫困人口培训率70%及以上', 2, 0, null],
    [null, null, '电商扶贫典型案例获电视媒体播报', 2, 1, '广东广播电视台播报'],
    ['一票否决项', null, '安全事故/进度不足40%/弄虚作假', '—', '无', null],
    ['合计', null, null, 100, 95, null],
  ];
  claimedRows.forEach((r) => ar.push(r));
  am.push('B3:B6', 'B7:B10', 'B11:B12', 'B13:B14', 'B15:B17', 'A18:B19', 'A20:B20', 'A21:C21');
  ar.push(row(aW, []));
  am.push(rng2a1(ar.length, 0, ar.length, aW - 1));
  ar.push(row(aW, ['附：主观评分项分项自评']));
  ar.push(['序号', '评分项', '分值范围', '自评分', null, null]);
  [['方案制定', '1-2', 2], ['政策支持', '1-2', 1], ['项目管理制度', '1-2', 2], ['工作台账', '1-2', 1], ['网销调研', '1-2', 2],
    ['网络促销活动', '1-2', 2], ['交易标准、冷链及溯源', '1-2', 1], ['资金管理制度', '1-5', 4], ['资金台账', '1-5', 4], ['资金及时拨付', '1-5', 4]]
    .forEach((s, i) => ar.push([i + 1, s[0], s[1], s[2], null, null]));

  // ---------------- self-checks of the numbers in the derivation ----------------
  const stationCovered = new Set(stationRows.filter((s) => s.iso <= AS_OF).map((s) => s.vname).filter((n) => adminV.some((v) => v.name === n)));
  assert(stationCovered.size === 105, 'covered admin ' + stationCovered.size);
  const poorCovered = poorPick.filter((v) => stationCovered.has(v.name)).length;
  assert(poorCovered === 13, 'poor covered');
  const signinBy = sessions.filter((s) => s.iso <= AS_OF).reduce((a, s) => a + s.n, 0);
  assert(signinBy === 320, 'signin by ' + signinBy);
  assert(onlineBy === 4640, 'online by ' + onlineBy);
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set();
  sessions.forEach((s, si) => { if (s.iso <= AS_OF) att[si].forEach((t) => { if (eligibleIds.has(t.id)) trainedIds.add(t.id); }); });
  assert(trainedIds.size === 55, 'trained eligible ' + trainedIds.size);
  const trainedAll = new Set(trainedIds); att[4].forEach((t) => { if (eligibleIds.has(t.id)) trainedAll.add(t.id); });
  assert(trainedAll.size === 60, 'trained incl Sept');
  assert(presentTypes.size >= 3, 'types');

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 9, 'work.training': 16,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const total = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(total === 82, 'total ' + total);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 15, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const poorLateName = poorLate.name;
  const derivation = [
    'asOf: 基础数据表第2行“考评截止日期：2021年8月31日” → 2021-08-31（汇总日期2021年9月10日不是截止日）；近一年窗口 2020-09…2021-08；中心须在2021-02-28前投入运营才满6个月。',
    'org.leadership: 【五】县商务局“领导小组”：县委副书记、县长任组长，成员含县商务局、县财政局、县农业农村局、县乡村振兴局 → 主要领导牵头、四部门齐全 → 2',
    'org.plan: 工作方案“已正式印发”，主观项自评方案制定2分 → 2',
    'org.policy: 扶持政策“已出台”，自评政策支持1分 → 1',
    'org.management: 自评项目管理制度2分 + 工作台账1分 → 3',
    'work.center: 中心2020年12月18日投入运营（截止日前）→ 2；到2021-08-31已运行8个多月 ≥ 6个月 → 2；免费培训场所设备“有” → 2；免费展示销售“有” → 1；免费摄影美工“无（按成本收费）” → 0；统一推广品牌“有” → 1；其他衍生增值服务“有” → 1；产业园“已建” → 2；入驻企业名单23行：“汕尾市海丰县邮政快递分拨中心”2021.5.31已迁出不计，“海丰县海洋牧场电商有限公司”2021.9.6才入驻不计，“汕尾市直播星文化传媒有限公司”由202室迁至305室列了两行（同一统一社会信用代码）只算一家 → 截止日在园20家 ≥ 20 → 2；在园类型有平台型、销售型、运营服务商、物流快递、直播电商5类 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14（县自评15分）',
    `work.coverage: 村（居）名单行政村150个（“村/居”栏为“居”的12个社区不计；县民政局也报150个）；站点台账${stationRows.length}行：截止日前挂牌、在名单内行政村的站点覆盖105个村（站点表村名有“××村委会”“××村民委员会”写法，与名单“××村”为同一村；${dupVillage.name}“第二服务点”同村只算一次；城中社区、梅陇居委会两个社区服务点不计；“公平水库林场”不在名单内不计；2021年9月挂牌的3个站点——${poorLateName}（2021.9.10）、${lateNonPoor[0].name}（2021年9月）、${lateNonPoor[1].name}（2021-09-22）——不计）→ 105/150 = 70.0% ≥ 70% → 5；省定贫困村14个（名单“省定”栏），截止日前有站点13个（${poorLateName}站2021.9.10才挂牌）→ 13/14 = 92.9%，80%–100%（不含）→ 3；合计 8（县自评10分）`,
    'work.upward: 自评网销调研2 + 网络促销2 → 4；第三方运营服务商“有” → 1；村名单“快递进村”栏150个行政村全部“通”（邮政管理局亦报100%）→ 1；自评交易标准冷链溯源1 → 1；增速：农村网零 35.1/28.6 − 1 = 22.7% < 30%，农产品网零 4.10/3.12 − 1 = 31.4% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9',
    'work.training: 常住人口75.62万（统计局；户籍88.07万不用）> 50万，基数取500,000；表五线下签到截止日前4期 86+74+92+68 = 320 人次（第5期2021.9.3的45人次不计；第3期“2021年3月16日-17日”按17日计）；表六线上直播及镇村宣讲截止日前12场合计4,640人次（2021.9.10直播350人次不计；表尾合计4,990含9月）；表五与表六互不重复（表头说明）→ 4,960 ÷ 500,000 = 0.992%，在0.8%–1%（不含）→ 8（商务局自报5,355人次含9月两期，若照用则为10分）；贫困人口：表七名单160人中有劳动能力（普通/技能劳动力）且未外出务工（未外出务工、县内务工）120人为分母（县外省内务工、省外务工25人，无劳动力/丧失劳动力15人不计）；截止日前4期签到中身份证号与这120人相符的去重55人（签到表中3人身份证末位写成小写x、2人身份证号中间有空格，仍是同一人；第4期3名外出务工、2名无劳动力脱贫户及第1—3期1名外出务工者不计；8人既参加前3期又参加第4期只算一次）；第5期（2021.9.3）另有5名合格脱贫户首次参训，不计（乡村振兴局报的60人含第5期）→ 55/120 = 45.8%，40%–50%（不含）→ 8；合计 16（县自评20分）',
    'info.disclosure: 商务局报专栏公示创建方案、项目基本信息、建设进度均“是”，征求意见/监督举报窗口“是”（2021.3.26发布监督举报信箱公告）→ 2；专栏更新记录：2020年9月—2021年8月中除2021年2月外每月都有（2021.3.2发的是“1-2月份项目建设进度”，记在3月；2021.9.10那条在截止日后）→ 11个月，不是按月 → 1；合计 3（县自评4分）',
    'info.reporting: 月报报送登记：2020.9.7、2020-10-10、2020年11月6日、2020.12.4、2021/1/8、2021.2.5、2021.3.5、2021-04-07、2021.5.7、2021年6月4日、2021.7.6、2021.8.5 → 窗口内12个月每月都有（2021.9.6那次在截止日后）→ 3；“是否含电商扶贫统计”多月为“是”，乡村振兴局亦报“能”统计 → 3；合计 6',
    'promo.cases: 经验材料2021.5.20报汕尾市商务局（2021.9.6那份在截止日后）→ 2',
    'promo.media: 截止日前：汕尾日报、汕尾广播电视台（市级）→ 3；海丰县融媒体中心、海丰电视台（县级）→ 1；南方日报2021.9.14、广东广播电视台2021.9.20（省级）在截止日后不计 → 3+1 = 4（县自评8分）',
    'fund.system: 资金管理制度“已制定”，自评4分 → 4',
    'fund.ledger: 资金专用台账“已建立”，自评4分 → 4',
    'fund.spending: 资金拨付台账截止日前8笔：600,000 + 480,000 + 750,000 + 260,000 + 520,000 + 420,000 + 300,000 + 350,000（“35万”即350,000元，表头单位元但格内自带“万”）= 3,680,000元（财政局报累计368万元一致）；2021.9.8站点尾款460,000元不计；表尾合计4,140,000含9月 → 3,680,000 ÷ 5,000,000 = 73.6% ≥ 70% → 取自评资金及时拨付4分 → 4（若把“35万”读成35元则为66.6%，倒扣5分）',
    'bonus.poorTraining: 贫困人口培训率45.8% < 70% → 0',
    'bonus.tvCase: 截止日前的电视扶贫案例只有汕尾广播电视台（市级）和海丰电视台（县级），不够省级；广东广播电视台《广东新闻联播》2021.9.20在截止日后 → 0（县自评1分）',
    'veto.incident: 商务局报“安全生产、质量事故或重大经济损失：无” → 0',
    'veto.progress: 项目总体进度86% ≥ 40% → 0（用所报总体进度）',
    'veto.fraud: “弄虚作假：无” → 0',
    'total: 2+2+1+3+14+8+9+16+3+6+2+4+4+4+4 = 82，加分0 → 82；未否决（县自评95分）。',
  ];

  return {
    description: '海丰县（汕尾）商务局整本考评工作簿（13个表）。事实表《考评基础数据（各责任单位报送汇总）》不是一张统一表，而是按报送单位分成六块上下堆叠——【一】县统计局（指标|单位|数值|口径）、【二】县民政局（序号|项目|数量（个）|备注）、【三】县乡村振兴局（项目|数值|说明，单位写在值里“14个”“120人”）、【四】县邮政管理局（一句话写在合并单元格里）、【五】县商务局（类别|事项|情况|佐证，类别用“〃”）、【六】县财政局（项目|金额（万元）|备注，但制度、台账两行在金额栏写“已制定/已建立”），每块有自己的标题和“填报人”行；另有自评得分表（claimed，服务体系建设分中心和站点两行）和主观项分项自评。台账：村（居）名单按镇分节（节标题“（一）海城镇　行政村8个　社区5个”），村/居一栏写“村”“居”；站点台账镇列纵向合并；线下签到汇总（期次、日期、内容按期纵向合并）与线上直播及宣讲登记（一场一行人次）两表相加；贫困人口为乡村振兴局口径（普通/技能劳动力，未外出/县内/县外省内/省外务工）；入驻企业同一企业换房号列两行；资金拨付表头单位元、一格写“35万”。中等（82分，无加分、未否决；县自评95分）。',
    sheets: [
      { name: '一、基础数据（各单位报送）', rows: xr, merges: xm },
      { name: '二、自评得分', rows: ar, merges: am },
      { name: '三、村（居）名单', rows: vrows, merges: vmerges },
      { name: '四、站点台账', rows: srows, merges: smerges },
      { name: '五、线下培训签到', rows: trows, merges: tmerges },
      { name: '六、线上及宣讲培训', rows: orows, merges: ['A1:G1', 'A2:G2'] },
      { name: '七、贫困劳动力名单', rows: prows, merges: ['A1:H1', 'A2:H2'] },
      { name: '八、产业园企业', rows: erows, merges: ['A1:H1'] },
      { name: '九、资金拨付', rows: frows, merges: ['A1:G1', 'A2:G2'] },
      { name: '十、月报报送', rows: rrows, merges: ['A1:F1'] },
      { name: '十一、专栏更新', rows: drows, merges: ['A1:D1'] },
      { name: '十二、宣传报道', rows: mrows, merges: ['A1:G1'] },
      { name: '十三、经验材料', rows: matRows, merges: ['A1:E1'] },
    ],
    expect: {
      asOf: AS_OF,
      total: 82,
      bonus: 0,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  };
}

// ---------- write ----------
write('facts', 'b32-f1-chaoan.json', factsChaoan());
write('facts', 'b32-f2-yangchun.json', factsYangchun());
write('facts', 'b32-f3-lianping.json', factsLianping());
write('ledgers', 'b32-l1-meixian.json', ledgerMeixian());
write('ledgers', 'b32-l2-xinhui.json', ledgerXinhui());
write('counties', 'b32-c1-haifeng.json', countyHaifeng());
console.log('written');
