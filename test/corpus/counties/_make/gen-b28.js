'use strict';
// Batch 28 of the layout corpus: written blind from docs/ledgers.md, docs/scoring-rules.md,
// the 乐昌 self-assessment and the corpus README. Deterministic: `node gen-b28.js`.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');

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
function assert(cond, msg) {
  if (!cond) throw new Error('assertion failed: ' + msg);
}
const D = (iso) => ({ date: iso });

const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = '10X98765432';
function idCheck(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(s17[i]) * ID_W[i];
  return ID_C[s % 11];
}
function makeId(rng, area, sex /* 'M' | 'F' */, minYear, maxYear) {
  const y = rng.int(minYear, maxYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  let seq = rng.int(0, 99) * 10 + rng.int(0, 9);
  // 17th digit: odd for male, even for female
  let last = rng.int(0, 4) * 2 + (sex === 'M' ? 1 : 0);
  const s17 =
    area + String(y) + String(m).padStart(2, '0') + String(d).padStart(2, '0') +
    String(Math.floor(seq / 10)).padStart(2, '0') + String(last);
  return s17 + idCheck(s17);
}

const SURNAMES = ['陈', '林', '黄', '李', '郑', '张', '吴', '许', '刘', '杨', '蔡', '方', '洪', '谢', '王', '罗', '赖', '詹', '邱', '曾', '彭', '庄', '马', '朱', '温', '钟', '丘', '廖', '何', '江'];
const GIVEN_M = ['建华', '伟民', '少雄', '锦泉', '振声', '国强', '木生', '海涛', '秋明', '炳坤', '文辉', '俊杰', '家乐', '耀光', '广才', '亚东', '锡坤', '汉城', '永福', '德胜', '嘉豪', '志坚', '松林', '镇川', '楚生', '庆丰', '裕和', '泽鸿'];
const GIVEN_F = ['秀英', '丽芳', '少娟', '桂兰', '惠珍', '映红', '佩玲', '晓燕', '淑贞', '雪梅', '美华', '银娇', '秋菊', '瑞娥', '翠凤', '丹丹', '婉婷', '玉珠', '锦霞', '爱玲', '素娟', '月娥'];
function personName(rng, sex) {
  return rng.pick(SURNAMES) + rng.pick(sex === 'M' ? GIVEN_M : GIVEN_F);
}
function phone(rng) {
  return rng.pick(['135', '137', '138', '139', '150', '159', '186', '188', '189', '177']) + String(rng.int(10000000, 99999999));
}

function writeCase(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}

// pad to a display width (CJK and full-width count 2) — for the PDF-paste receipt
function dispWidth(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
function padW(s, w) {
  const d = dispWidth(s);
  return d >= w ? s + ' ' : s + ' '.repeat(w - d);
}

// ====================================================================================
// facts 1 — 霞山区: a clerk's own Cantonese tracking list (迎检跟进表), second table lower
// ====================================================================================
function factsXiashan() {
  const rows = [];
  const merges = [];
  const R = (r) => rows.push(r);
  const sec = (t) => { R([t, null, null, null, null, null]); merges.push(`A${rows.length}:F${rows.length}`); };
  R(['霞山区电商进农村考评迎检 跟进表（阿琳自用，唔好删！！）', null, null, null, null, null]);
  merges.push('A1:F1');
  R(['最后改：2021.9.3 晚　（黄底=未搞掂，要再追）', null, null, null, null, null]);
  merges.push('A2:F2');
  R(['#', '要点', '搞掂未', '数 / 日期 / 情况', '跟边个 / 备注', '最后问过']);
  sec('【基本数】');
  R([1, '县（区）名', null, '霞山区', null, null]);
  R([2, '考评截止', null, '2021年8月31号', '市局通知讲明计到8月31号', D('2021-08-20')]);
  R([3, '常住人口', '✔', '48.63万（七普）', '统计局阿黄畀嘅数', D('2021-08-23')]);
  R([4, '户籍人口', null, '39.87万', '唔使填，市局话用常住人口', D('2021-08-23')]);
  R([5, '行政村几多个', '✔', '23个', '另外社区64个，唔计', D('2021-08-24')]);
  R([6, '省定贫困村', '✔', '2个', '乡村振兴局确认', D('2021-08-24')]);
  R([null, null, null, null, null, null]);
  sec('【组织同方案】');
  R([7, '方案印咗未', '✔', '印咗，2020年4月区府办发', '湛霞府办〔2020〕15号，原件喺档案盒2', D('2021-08-18')]);
  R([8, '扶持政策出咗未', '✔', '出咗《霞山区促进农村电子商务发展若干措施》', '2020年12月先出，落实一般', D('2021-08-18')]);
  R([9, '边个牵头', '✔', '组长：区长；副组长：分管副区长', '成员：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、邮政霞山分公司', D('2021-08-18')]);
  R([null, null, null, null, null, null]);
  sec('【中心同园区】');
  R([10, '公服中心几时开始运作', '✔', '2020年10月尾正式开门', '之前8月试业唔计', D('2021-08-25')]);
  R([11, '免费培训室、设备', '✔', '有', '培训室80个位，投影、电脑齐', D('2021-08-25')]);
  R([12, '特色农产品免费展示、帮手卖', '✔', '有', '展示厅放咗湛江生蚝、对虾干等60几款', D('2021-08-25')]);
  R([13, '免费影相、美工', '✘', '冇', '影相同做详情页都要收钱，服务商话成本高，9月先再倾', D('2021-08-27')]);
  R([14, '统一推广、帮手做品牌', '✔', '有', '搞咗“霞山海味”线上推介会', D('2021-08-25')]);
  R([15, '其他增值服务', '✔', '有', '代办营业执照、物流对接、小额贷款对接', D('2021-08-25')]);
  R([16, '产业园', '✔', '有', '整合咗海头电商产业园（旧厂房改）', D('2021-08-26')]);
  R([17, '第三方运营', '✔', '有', '湛江海纳网络科技有限公司运营中心同产业园', D('2021-08-26')]);
  R([18, '行政村快递通晒未', '✘', '21/23，仲差2条村', '邮政话9月底前搞掂', D('2021-08-30')]);
  R([null, null, null, null, null, null]);
  sec('【网零（商务局统计股）】');
  R([19, '农村网零 19年', null, '3.26亿', null, D('2021-08-19')]);
  R([20, '农村网零 20年', null, '4.18亿', null, D('2021-08-19')]);
  R([21, '农村网零 20年增几多', null, '28.2%', '未够30%', D('2021-08-19')]);
  R([22, '农产品网零 19年', null, '1.05亿', null, D('2021-08-19')]);
  R([23, '农产品网零 20年', null, '1.41亿', null, D('2021-08-19')]);
  R([24, '农产品网零 20年增几多', null, '34.3%', '呢个过30%，用呢个', D('2021-08-19')]);
  R([null, null, null, null, null, null]);
  sec('【培训】');
  R([25, '培训人次', '✔', '5,126人次（截到8月尾）', '服务商台账逐期加埋', D('2021-09-01')]);
  R([26, '有劳力贫困人口（唔计出去打工嘅）', '✔', '318人', '乡村振兴局阿梁畀', D('2021-08-30')]);
  R([27, '参训贫困人口', '✔', '201人（去重）', '计人次就267', D('2021-09-01')]);
  R([null, null, null, null, null, null]);
  sec('【专栏同报送】');
  R([28, '专栏放咗创建方案未', '✔', '有', null, null]);
  R([29, '专栏放咗项目基本信息未', '✔', '有', null, null]);
  R([30, '专栏每月放进度', '✔', '有', '每月中旬放，2月冇放到', null]);
  R([31, '专栏有冇意见/举报窗口', '✔', '有', '专栏底有个“监督举报”', null]);
  R([32, '电商扶贫有冇统计', '✔', '有', '每月报表有一栏贫困户培训', null]);
  R([null, null, null, null, null, null]);
  sec('【钱】');
  R([33, '省级资金落咗几多', null, '500万', null, null]);
  R([34, '拨咗几多', '✔', '3,826,400元（到8.31）', '财政局国库对过', D('2021-09-02')]);
  R([35, '资金管理制度', '✔', '有', '《专项资金管理办法》', null]);
  R([36, '资金专用台账', '✔', '有', '承建单位各有一本', null]);
  R([37, '项目总体进度', null, '约85%', null, null]);
  R([null, null, null, null, null, null]);
  // second table lower on the sheet: own header, own columns
  sec('【自评分】自己估咗先，科长睇过：✔=同意；有数就以科长个数为准');
  R(['#', '项目', '满分', '自己估', '科长栏', '点解']);
  R(['a', '方案制定', '1-2', 2, '✔', null]);
  R(['b', '政策支持', '1-2', 2, '1', '政策出得迟']);
  R(['c', '项目管理制度', '1-2', 2, '✔', null]);
  R(['d', '工作台账', '1-2', 1, '2', '台账齐晒']);
  R(['e', '网销调研', '1-2', 2, '✔', null]);
  R(['f', '网络促销活动', '1-2', 2, '✔', null]);
  R(['g', '交易标准、冷链、溯源', '1-2', 1, '✔', '冷链未有']);
  R(['h', '资金管理制度', '1-5', 5, '4', '考核问责未细']);
  R(['i', '资金台账', '1-5', 4, '✔', null]);
  R(['j', '资金及时拨付', '1-5', 4, '✔', null]);
  R([null, null, null, null, null, null]);
  sec('【否决嗰几项】');
  R([38, '有冇安全生产、质量事故', null, '冇', null, null]);
  R([39, '有冇弄虚作假', null, '冇', null, null]);
  R([null, null, null, null, null, null]);
  sec('问数电话：统计局阿黄 2222xxx；乡村振兴局阿梁 3333xxx；财政局国库 2281xxx');
  R(['报市局日期', null, null, D('2021-09-06'), '（唔系截止日）', null]);

  return {
    description:
      '霞山区（湛江）商务局经办人自用的《迎检跟进表》：#|要点|搞掂未|数/日期/情况|跟边个/备注|最后问过，标签和答案都是白话（“方案印咗未”“冇”“有”“通晒未”“2020年10月尾正式开门”“21/23，仲差2条村”），“最后问过”一列是真日期（不是事实）；同一张表下方另起一张自评小表（#|项目|满分|自己估|科长栏|点解），表头说明“✔=同意；有数就以科长个数为准”。',
    sheets: [{ name: '迎检跟进（自己睇）', rows, merges }],
    expect: {
      facts: {
        county: '霞山区',
        asOf: '2021-08-31',
        residentPopulation: 486300,
        adminVillagesStated: 23,
        poorVillagesStated: 2,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 326000000,
        ruralRetail2020: 418000000,
        ruralRetailGrowthStated: 0.282,
        agriRetail2019: 105000000,
        agriRetail2020: 141000000,
        agriRetailGrowthStated: 0.343,
        trainingPersonTimesStated: 5126,
        eligiblePoorPersonsStated: 318,
        trainedPoorPersonsStated: 201,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3826400,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
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
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ====================================================================================
// facts 2 — 香洲区: 中期督导问题整改销号台账 + 附：基本数据 lower on the sheet
// ====================================================================================
function factsXiangzhou() {
  const rows = [];
  const merges = [];
  const R = (r) => rows.push(r);
  R(['香洲区电子商务进农村综合示范创建中期督导反馈问题整改台账', null, null, null, null, null, null, null]);
  merges.push('A1:H1');
  R(['（珠海市商务局2021年3月12日中期督导反馈问题，共14项；整改进展更新至2021年8月31日）', null, null, null, null, null, null, null]);
  merges.push('A2:H2');
  R(['序号', '问题类别', '督导发现的问题（2021年3月）', '整改措施', '责任单位', '整改时限', '整改进展（截至2021年8月31日）', '是否销号']);
  R([1, '组织领导', '领导小组由分管副区长任组长，成员单位缺区乡村振兴局（原扶贫办）', '调整领导小组，由区长任组长，增补区乡村振兴局', '区商务局', '2021年4月底', '已完成。2021年4月8日印发《关于调整香洲区电子商务进农村综合示范工作领导小组的通知》（珠香府办函〔2021〕23号），区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局为成员单位。', '是']);
  R([2, '组织领导', '创建工作方案仍为征求意见稿，未正式印发', '按程序报区政府审定后印发', '区商务局', '2021年3月底', '已完成。2021年3月30日以区政府办公室名义正式印发。', '是']);
  R([3, '组织领导', '未出台支持农村电商发展的政策文件', '研究制定农村电商扶持办法', '区商务局、区财政局', '2021年6月底', '《香洲区促进农村电子商务发展扶持办法》已完成征求意见，待区政府常务会审议，尚未出台。', '否']);
  R([4, '服务体系', '区电商公共服务中心未提供免费摄影、美工服务', '配置摄影棚，由运营方免费提供', '区商务局、运营方', '2021年4月底', '已完成。2021年4月起中心免费提供产品拍摄、详情页设计服务。', '是']);
  R([5, '服务体系', '中心展示区特色农产品少，未开展免费代销', '增设展示专柜，免费展示代销', '运营方', '2021年4月底', '已完成。展示区现有南屏、前山等地特色农产品46款，展示、代销均不收费。', '是']);
  R([6, '服务体系', '电商产业园入驻企业仅11家', '加大招商力度', '区商务局、运营方', '2021年8月底', '现入驻18家，仍未达到20家，继续招商。', '否']);
  R([7, '服务体系', '村级站点未覆盖全部行政村（9/12）', '补建3个村级站点', '各镇街', '2021年5月底', '已完成。12个行政村均已建站。', '是']);
  R([8, '农村产品上行', '2个行政村快递未进村', '协调邮政、中通设点', '区邮政管理部门', '2021年7月底', '已完成。2021年7月中通快递在南屏镇北山村、广生村设点，行政村快递覆盖率100%。', '是']);
  R([9, '人才培训', '培训人次偏少（截至2021年2月底3,216人次）', '加密培训期次，开设直播带货班', '区商务局、运营方', '2021年8月底', '已完成。截至2021年8月31日累计培训5,380人次。', '是']);
  R([10, '信息公开', '专栏未设监督举报窗口，项目建设进度未按月更新', '增设举报窗口；每月10日前更新进度', '区商务局', '2021年3月底', '已完成。2021年3月专栏增设“意见征集与监督举报”入口；3—8月每月更新项目建设进度。', '是']);
  R([11, '数据上报', '未统计电商扶贫数据', '会同区乡村振兴局按月统计', '区商务局、区乡村振兴局', '2021年4月底', '已完成。自2021年4月起月报增加电商扶贫统计表。', '是']);
  R([12, '资金管理', '资金管理办法未经区财政局会签', '修订后联合印发', '区商务局、区财政局', '2021年4月底', '已完成。2021年4月19日联合印发《香洲区电子商务进农村综合示范专项资金管理办法》。', '是']);
  R([13, '资金管理', '承建单位未建立资金专用台账；资金拨付进度慢（拨付率31%）', '承建单位建立专账；加快验收拨付', '区商务局、承建单位', '2021年8月底', '已完成。3家承建单位均已建立资金专用台账；截至8月31日已拨付392.6万元。', '是']);
  R([14, '宣传推广', '无省级媒体宣传报道', '加强与主流媒体对接', '区商务局', '2021年8月底', '已完成。2021年6月南方日报、南方+报道我区农村电商工作。', '是']);
  R([null, null, null, null, null, null, null, null]);
  R(['附：基本数据', null, null, null, null, null, null, null]);
  merges.push('A19:H19');
  R(['项目', null, '数据', null, '说明', null, null, null]);
  merges.push('A20:B20', 'C20:D20', 'E20:H20');
  const kv = [
    ['区（县）名称', '香洲区', null],
    ['考评截止日期', '2021年8月31日', null],
    ['常住人口', '133.16万人', '第七次全国人口普查'],
    ['行政村数', '12个', '另有社区（居委会）134个'],
    ['省定贫困村数', '0个', '珠海市无省定贫困村'],
    ['区电商公共服务中心投入运营日期', D('2020-09-16'), null],
    ['电商产业园', '已建', '香洲区电子商务产业园，2020年10月开园'],
    ['专业第三方电子商务运营服务商', '有', '珠海优鲜汇电子商务有限公司'],
    ['2019年农村网络零售额', '6.82亿元', null],
    ['2020年农村网络零售额', '8.37亿元', null],
    ['2019年农产品网络零售额', '1.93亿元', null],
    ['2020年农产品网络零售额', '2.66亿元', null],
    ['有劳动能力的建档立卡贫困人口（不含外出务工）', '86人', '区乡村振兴局提供'],
    ['参加电商培训的建档立卡贫困人口', '52人', null],
    ['省级专项资金下达', '500万元', null],
    ['项目总体进度', '88%', null],
  ];
  let r0 = rows.length;
  for (const [k, v, n] of kv) {
    R([k, null, v, null, n, null, null, null]);
    const rr = rows.length;
    merges.push(`A${rr}:B${rr}`, `C${rr}:D${rr}`, `E${rr}:H${rr}`);
  }
  R([null, null, null, null, null, null, null, null]);
  R(['填报人：梁××', null, null, null, '填报日期：2021年9月3日', null, null, null]);
  return {
    description:
      '香洲区（珠海）商务局的《中期督导反馈问题整改台账》：序号|问题类别|督导发现的问题（2021年3月）|整改措施|责任单位|整改时限|整改进展（截至2021年8月31日）|是否销号，事实要从“整改进展”和“是否销号”读（问题栏是3月的旧情况）；表下另附一张“附：基本数据”（项目|数据|说明，合并单元格）。',
    sheets: [{ name: '整改台账', rows, merges }],
    expect: {
      facts: {
        county: '香洲区',
        asOf: '2021-08-31',
        residentPopulation: 1331600,
        adminVillagesStated: 12,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-09-16',
        centerDisplay: true,
        centerPhoto: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 682000000,
        ruralRetail2020: 837000000,
        agriRetail2019: 193000000,
        agriRetail2020: 266000000,
        trainingPersonTimesStated: 5380,
        eligiblePoorPersonsStated: 86,
        trainedPoorPersonsStated: 52,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3926000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// ====================================================================================
// facts 3 — 惠东县: 财政“项目支出绩效自评表” (fiscal performance form; its 得分 is not rubric points)
// ====================================================================================
function factsHuidong() {
  const rows = [];
  const merges = [];
  const R = (r) => rows.push(r);
  const W = 10; // A..J
  const blank = () => new Array(W).fill(null);
  const row = (cells) => {
    const r = blank();
    for (const [i, v] of Object.entries(cells)) r[Number(i)] = v;
    R(r);
    return rows.length;
  };
  let n;
  n = row({ 0: '项目支出绩效自评表' }); merges.push(`A${n}:J${n}`);
  n = row({ 0: '（2019年省级促进经济高质量发展专项资金（内贸方向）电子商务进农村综合示范项目）' }); merges.push(`A${n}:J${n}`);
  n = row({ 0: '填报单位（盖章）：惠东县商务局', 7: '自评时间：2021年9月8日' }); merges.push(`A${n}:F${n}`, `H${n}:J${n}`);
  n = row({ 0: '项目名称', 2: '惠东县省级电子商务进农村综合示范项目' }); merges.push(`A${n}:B${n}`, `C${n}:J${n}`);
  n = row({ 0: '主管部门', 2: '惠东县商务局', 5: '实施单位', 7: '惠东县商务局' }); merges.push(`A${n}:B${n}`, `C${n}:E${n}`, `F${n}:G${n}`, `H${n}:J${n}`);
  n = row({ 0: '项目负责人', 2: '叶建华', 5: '联系电话', 7: '0752-88xxxxx' }); merges.push(`A${n}:B${n}`, `C${n}:E${n}`, `F${n}:G${n}`, `H${n}:J${n}`);
  const fundTop = rows.length + 1;
  n = row({ 0: '项目资金（万元）', 2: null, 4: '年初预算数', 5: '全年预算数', 6: '全年执行数（截至2021年8月31日）', 7: '分值', 8: '执行率', 9: '得分' });
  merges.push(`C${n}:D${n}`);
  n = row({ 2: '年度资金总额', 4: 500, 5: 500, 6: 406.85, 7: 10, 8: '81.37%', 9: 8.1 }); merges.push(`C${n}:D${n}`);
  n = row({ 2: '其中：当年财政拨款', 4: 500, 5: 500, 6: 406.85, 7: '—', 8: '—', 9: '—' }); merges.push(`C${n}:D${n}`);
  n = row({ 2: '上年结转资金', 4: 0, 5: 0, 6: 0, 7: '—', 8: '—', 9: '—' }); merges.push(`C${n}:D${n}`);
  n = row({ 2: '其他资金', 4: 0, 5: 0, 6: 0, 7: '—', 8: '—', 9: '—' }); merges.push(`C${n}:D${n}`);
  merges.push(`A${fundTop}:B${n}`);
  const goalTop = rows.length + 1;
  n = row({ 0: '年度总体目标', 2: '预期目标', 6: '实际完成情况' }); merges.push(`C${n}:F${n}`, `G${n}:J${n}`);
  n = row({
    2: '1.2020年6月底前建成县级电子商务公共服务中心并投入运营；2.建设村级电商服务站点不少于150个，覆盖全部省定贫困村；3.开展电商培训不少于5,000人次；4.整合建设县级电商产业园；5.农村网络零售额年均增长20%以上。',
    6: '1.县级电子商务公共服务中心于2020年8月18日投入运营，由第三方运营服务商惠州市东江优选电子商务有限公司运营；2.建成村级站点162个；3.截至2021年8月31日累计培训5,468人次；4.惠东电商产业园已整合建成；5.2020年全县农村网络零售额28.6亿元，同比增长26.4%；6.下达省级专项资金500万元，截至2021年8月31日累计拨付406.85万元。',
  });
  merges.push(`C${n}:F${n}`, `G${n}:J${n}`);
  merges.push(`A${goalTop}:B${n}`);
  n = row({ 0: '绩效指标', 1: '一级指标', 2: '二级指标', 3: '三级指标', 5: '年度指标值', 6: '实际完成值', 7: '分值', 8: '得分', 9: '偏差原因分析及改进措施' });
  merges.push(`D${n}:E${n}`);
  const perfTop = n;
  const ind = [
    ['产出指标', '数量指标', '建设县级电商公共服务中心', '1个', '1个', 5, 5, null],
    [null, null, '建设村级电商服务站点', '≥150个', '162个', 5, 5, null],
    [null, null, '整合建设县级电商产业园', '1个', '1个（惠东电商产业园）', 5, 5, null],
    [null, null, '电商培训人次', '≥5,000人次', '5,468人次', 10, 10, null],
    [null, null, '培训建档立卡贫困人口', '≥有劳动能力贫困人口的50%', '1,126人（有劳动能力且未外出务工的贫困人口1,874人，占60.1%）', 10, 10, null],
    [null, '质量指标', '行政村快递物流覆盖率', '100%', '100%', 5, 5, null],
    [null, null, '站点服务功能达标率', '100%', '96%', 5, 4, '6个站点代缴费功能未开通，已督促整改'],
    [null, '时效指标', '公共服务中心投入运营时间', '2020年6月30日前', '2020年8月18日', 5, 3, '受新冠肺炎疫情影响装修延期'],
    [null, null, '项目建设总体进度', '2021年8月底前完成100%', '92%', 5, 4, '部分站点尾款待验收后支付'],
    [null, '成本指标', '项目成本控制', '不超预算', '未超预算', 5, 5, null],
    ['效益指标', '经济效益', '农村网络零售额同比增长', '≥20%', '2020年同比增长26.4%', 10, 10, null],
    [null, null, '农产品网络零售额同比增长', '≥20%', '2020年同比增长33.1%', 5, 5, null],
    [null, '社会效益', '带动贫困户增收', '效果明显', '效果明显', 5, 5, null],
    [null, '可持续影响', '公共服务中心持续运营', '持续运营', '正常运营', 5, 5, null],
    ['满意度指标', '服务对象满意度', '参训学员满意度', '≥90%', '95.2%', 5, 5, null],
  ];
  const startRows = [];
  for (const [l1, l2, l3, target, actual, weight, score, note] of ind) {
    n = row({ 1: l1, 2: l2, 3: l3, 5: target, 6: actual, 7: weight, 8: score, 9: note });
    merges.push(`D${n}:E${n}`);
    startRows.push([n, l1, l2]);
  }
  // vertical merges for 一级/二级 groups
  const mergeGroups = (idx, col) => {
    let s = null;
    for (let i = 0; i < startRows.length; i++) {
      const [rn, ...lv] = startRows[i];
      if (lv[idx] != null) {
        if (s != null && rn - 1 > s) merges.push(`${col}${s}:${col}${rn - 1}`);
        s = rn;
      }
    }
    const lastRow = startRows[startRows.length - 1][0];
    if (s != null && lastRow > s) merges.push(`${col}${s}:${col}${lastRow}`);
  };
  mergeGroups(0, 'B');
  mergeGroups(1, 'C');
  n = row({ 1: '总分', 7: 100, 8: 94.1 }); merges.push(`B${n}:G${n}`);
  merges.push(`A${perfTop}:A${n}`);
  n = row({ 0: '自评等级', 2: '优（90分及以上）' }); merges.push(`A${n}:B${n}`, `C${n}:J${n}`);
  n = row({ 0: '偏差大或目标未完成原因分析', 2: '受疫情影响，公共服务中心装修和部分站点建设工期延后，项目总体进度滞后于原计划；已督促承建单位加快进度，尾款于验收后拨付。' });
  merges.push(`A${n}:B${n}`, `C${n}:J${n}`);
  row({});
  n = row({ 0: '填报人：刘××', 3: '审核人：', 6: '单位负责人：' });
  n = row({ 0: '注：1.本表按财政部门项目支出绩效自评要求填报，分值、得分为绩效自评分（满分100分）。2.金额单位为万元。' });
  merges.push(`A${n}:J${n}`);
  return {
    description:
      '惠东县（惠州）商务局按财政部门格式填的《项目支出绩效自评表》：项目资金（万元）年初预算数|全年预算数|全年执行数|分值|执行率|得分，年度总体目标“预期目标｜实际完成情况”两大格，绩效指标 一级|二级|三级|年度指标值|实际完成值|分值|得分|偏差原因，末尾总分94.1、自评等级。陷阱：“年度指标值”和“预期目标”是目标不是事实；分值/得分是财政绩效自评分（满分100），不是考评指标自评分；执行率81.37%不是项目总体进度（总体进度另有一行92%）；自评时间不是截止日。',
    sheets: [{ name: '绩效自评表', rows, merges }],
    expect: {
      facts: {
        centerOpened: '2020-08-18',
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 2860000000,
        ruralRetailGrowthStated: 0.264,
        agriRetailGrowthStated: 0.331,
        trainingPersonTimesStated: 5468,
        eligiblePoorPersonsStated: 1874,
        trainedPoorPersonsStated: 1126,
        fundAllocated: 5000000,
        fundSpentStated: 4068500,
        overallProgress: 0.92,
      },
      judged: {},
    },
  };
}

// @@LEDGERS@@
// ====================================================================================
// ledgers 1 — 丰顺县: training kept per trainee with a tick column per session;
//             park enterprises kept as a change log (入驻/退出/调整房号/续签); a 说明 page
// ====================================================================================
function ledgerFengshun() {
  const rng = makeRng(280101);
  const AREA = '441423';
  const sessions = [
    { h: '第1期\n2020.10.15', d: '2020-10-15' },
    { h: '第2期\n2020年11月19日', d: '2020-11-19' },
    { h: '第3期\n2020.12.22-23', d: '2020-12-23' },
    { h: '第4期\n21.3.18', d: '2021-03-18' },
    { h: '第5期\n2021/5/27', d: '2021-05-27' },
    { h: '第6期\n2021.9.9', d: '2021-09-09' },
  ];
  const towns = ['汤坑镇', '汤西镇', '汤南镇', '埔寨镇', '留隍镇', '八乡山镇', '丰良镇', '砂田镇', '建桥镇', '黄金镇', '北斗镇', '潭江镇'];
  const rows = [];
  const merges = [];
  rows.push(['丰顺县电子商务进农村综合示范培训学员参训登记表（按学员登记）', null, null, null, null, null, null, null, null, null, null, null, null, null]);
  merges.push('A1:N1');
  rows.push(['填报单位：丰顺县电子商务公共服务中心', null, null, null, null, null, null, null, null, null, null, '单位：人次', null, null]);
  merges.push('A2:F2', 'L2:N2');
  rows.push(['序号', '姓名', '性别', '身份证号码', '所在镇', '是否建档立卡贫困户', '参训期次及日期（参训打“√”）', null, null, null, null, null, '参训次数', '备注']);
  rows.push([null, null, null, null, null, null, ...sessions.map((s) => s.h), null, null]);
  merges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:L3', 'M3:M4', 'N3:N4');
  const records = [];
  const N = 32;
  const perSession = new Array(6).fill(0);
  for (let i = 0; i < N; i++) {
    const sex = rng.next() < 0.55 ? 'M' : 'F';
    const name = personName(rng, sex);
    let id = makeId(rng, AREA, sex, 1965, 2001);
    let idCell = id;
    let idExpect = id;
    let note = null;
    if (i === 6) {
      while (!id.endsWith('X')) id = makeId(rng, AREA, sex, 1965, 2001);
      idCell = id.slice(0, 17) + 'x';
      idExpect = id;
    } else if (i === 11) {
      idCell = id.slice(0, 6) + '********' + id.slice(14);
      idExpect = idCell;
      note = '本人要求身份证号码打码';
    } else if (i === 19) {
      idCell = null;
      idExpect = null;
      note = '未带身份证，待补';
    } else if (i === 24) {
      idCell = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
      idExpect = id;
    }
    const poor = rng.next() < 0.3 ? '是' : '否';
    const marks = [];
    let count = 0;
    for (let s = 0; s < 6; s++) {
      let p = s === 5 ? 0.3 : 0.45;
      let m = null;
      if (rng.next() < p) {
        m = rng.next() < 0.8 ? '√' : '✓';
      } else if (rng.next() < 0.08) {
        m = rng.pick(['请假', '缺']);
      }
      marks.push(m);
    }
    if (!marks.some((m) => m === '√' || m === '✓')) marks[rng.int(0, 4)] = '√';
    // a few fixed quirks
    if (i === 3) { marks[1] = '请假'; marks[2] = '√'; }
    if (i === 15) { marks[4] = '缺'; marks[3] = '✓'; }
    for (let s = 0; s < 6; s++) {
      if (marks[s] === '√' || marks[s] === '✓') {
        count++;
        perSession[s]++;
        records.push({ date: sessions[s].d, personTimes: 1, id: idExpect });
      }
    }
    rows.push([i + 1, name, sex === 'M' ? '男' : '女', idCell, rng.pick(towns), poor, ...marks, count, note]);
  }
  rows.push(new Array(14).fill(null));
  const total = perSession.reduce((a, b) => a + b, 0);
  rows.push(['合计（人次）', null, null, null, null, null, ...perSession, total, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(['注：1.每名学员一行，参训的期次打“√”，“请假”“缺”为未参训；2.第3期为两天班（12月22日—23日）；3.第6期（2021年9月9日）在考评截止日之后，仅作登记。', null, null, null, null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:N${rows.length}`);
  rows.push(['制表：丰顺县电子商务公共服务中心　黄××', null, null, null, null, null, null, null, null, null, '2021年9月10日', null, null, null]);

  // ---- change log
  const ents = [];
  const log = [];
  const L = (dateCell, name, code, type, event, room, who, note) => log.push([dateCell, name, code, type, event, room, who, note]);
  const codes = {};
  const code = (name) => {
    if (!codes[name]) {
      const al = '0123456789ABCDEFGHJKLMNPQRTUWXY';
      let s = '91441423MA5';
      for (let k = 0; k < 7; k++) s += al[rng.int(0, al.length - 1)];
      codes[name] = s;
    }
    return codes[name];
  };
  const E = {
    tk: '丰顺县汤坑电子商务有限公司',
    fx: '梅州市丰溪农产品贸易有限公司',
    st: '丰顺县顺通快递服务有限公司',
    kj: '丰顺县客家优品商贸有限公司',
    hj: '广东韩江云电商运营有限公司',
    bx: '丰顺县八乡山茶业电商店',
    lh: '丰顺县留隍潮客供应链管理有限公司',
    zb: '丰顺县直播星文化传媒有限公司',
    jf: '梅州市金丰顺电子商务有限公司',
    pz: '丰顺县埔寨火龙果专业合作社电商部',
    hs: '丰顺县韩山设计工作室',
    tn: '丰顺县汤南鲜果电商有限公司',
  };
  L(D('2020-08-10'), E.tk, code(E.tk), '平台型电商企业', '入驻', 'A101', '钟', '园区首批');
  L('2020.8.10', E.fx, code(E.fx), '销售型企业', '入驻', 'A102', '钟', '园区首批');
  L('2020年8月26日', E.st, code(E.st), '物流企业', '入驻', 'A103', '钟', null);
  L('2020.9.3', E.kj, code(E.kj), '销售型企业', '入驻', 'B201', '钟', null);
  L('2020/9/18', E.hj, code(E.hj), '电商运营服务商', '入驻', 'B202', '罗', '兼做中心运营');
  L('20201012', E.bx, code(E.bx), '销售型企业（网店）', '入驻', 'B203', '罗', null);
  L('2020.10.28', E.lh, code(E.lh), '供应链（仓储物流）', '入驻', 'B205', '罗', null);
  L(D('2020-11-16'), E.kj, code(E.kj), '销售型企业', '调整房号', 'B201→B206', '罗', '扩租');
  L('2020.12.1', E.zb, code(E.zb), '直播电商服务', '入驻', 'C301', '罗', null);
  L('2021.1.8', E.jf, code(E.jf), '销售型企业', '入驻', 'C302', '钟', null);
  L('2021年3月15日', E.bx, code(E.bx), '销售型企业（网店）', '退出', 'B203', '钟', '合同到期不续签');
  L('2021.3.22', E.tk, code(E.tk), '平台型电商企业', '续签', 'A101', '钟', '续签至2023年3月');
  L(D('2021-04-06'), E.pz, code(E.pz), '销售型企业', '入驻', 'B203', '钟', '接B203');
  L('2021.6.30', E.zb, code(E.zb), '直播电商服务', '退出', 'C301', '罗', '迁至梅州市区');
  L('2021.7.12', E.hs, code(E.hs), '设计服务（摄影美工）', '入驻', 'C301', '罗', null);
  L('2021年9月2日', E.tn, code(E.tn), '销售型企业', '入驻', 'C303', '罗', '考评截止后入驻');
  const entRows = [];
  entRows.push(['丰顺县电子商务产业园企业入驻、退出变动登记簿', null, null, null, null, null, null, null, null]);
  entRows.push(['登记部门：丰顺县电商产业园运营中心（2020年8月开园起逐笔登记）', null, null, null, null, null, null, null, null]);
  entRows.push(['登记号', '变动日期', '企业名称', '统一社会信用代码', '企业类型', '变动事项', '房号', '经办人', '备注']);
  log.forEach((l, i) => entRows.push([i + 1, ...l]));
  entRows.push([null, null, null, null, null, null, null, null, null]);
  entRows.push(['注：变动事项分入驻、退出、调整房号、续签四类；截至2021年8月31日在园企业以入驻减退出计。', null, null, null, null, null, null, null, null]);
  const entMerges = ['A1:I1', 'A2:I2', `A${entRows.length}:I${entRows.length}`];
  // records: one per enterprise, order of first appearance
  const seen = new Map();
  const dateOf = (c) => {
    const map = {
      '2020.8.10': '2020-08-10', '2020年8月26日': '2020-08-26', '2020.9.3': '2020-09-03', '2020/9/18': '2020-09-18',
      '20201012': '2020-10-12', '2020.10.28': '2020-10-28', '2020.12.1': '2020-12-01', '2021.1.8': '2021-01-08',
      '2021年3月15日': '2021-03-15', '2021.3.22': '2021-03-22', '2021.6.30': '2021-06-30', '2021.7.12': '2021-07-12',
      '2021年9月2日': '2021-09-02',
    };
    if (c && typeof c === 'object') return c.date;
    assert(map[c], 'date ' + c);
    return map[c];
  };
  for (const [dc, name, , type, ev] of log) {
    if (!seen.has(name)) {
      assert(ev === '入驻', 'first event must be 入驻 for ' + name);
      seen.set(name, { name, type, entered: dateOf(dc), left: null });
    } else if (ev === '退出') {
      seen.get(name).left = dateOf(dc);
    }
  }
  const entRecords = [...seen.values()];

  const info = [
    ['说明'],
    ['1.《学员参训登记表》按学员登记，每名学员一行，参加哪一期就在该期下打“√”，一个“√”为1人次。'],
    ['2.学员身份证号码用于核对建档立卡贫困户参训情况，请勿外传。'],
    ['3.《变动登记簿》由产业园运营中心逐笔登记，企业名单以入驻、退出记录为准。'],
    ['4.本工作簿为丰顺县商务局迎检资料（第3盒）电子版。'],
  ];

  return {
    description:
      '丰顺县（梅州）电商中心的两本登记：①培训按学员登记，一人一行，6期各占一列（两行表头，期次和日期写在同一格内换行：2020.10.15、2020年11月19日、2020.12.22-23两天班、21.3.18、2021/5/27、2021.9.9），参训打“√”/“✓”，“请假”“缺”不算；每个“√”是一条记录（按行、从左到右），“参训次数”列和合计行不是记录；身份证小写x、打码、空白、带空格各一人；②产业园企业不列清单，只有“入驻/退出/调整房号/续签”变动登记簿，每家企业一条记录（按首次出现顺序），退出日取“退出”那一行；另有说明页。',
    sheets: [
      { name: '学员参训登记', rows, merges },
      { name: '企业变动登记簿', rows: entRows, merges: entMerges },
      { name: '说明', rows: info },
    ],
    expect: {
      sheets: {
        学员参训登记: { kind: 'training', records },
        企业变动登记簿: { kind: 'enterprises', records: entRecords },
        说明: { kind: null },
      },
    },
  };
}

// ====================================================================================
// ledgers 2 — 大埔县: stations per town, names + 挂牌 dates in one cell; disclosure updates
//             known only from screenshot file names; poor persons with one combined status cell
// ====================================================================================
function ledgerDabu() {
  const rng = makeRng(280202);
  // ---- stations per town
  const towns = [
    { t: '湖寮镇', v: 22, sep: '、', list: [['黎家坪村', '2020.9.8', '2020-09-08'], ['龙岗村', '2020.9.8', '2020-09-08'], ['古野村', '2020年10月16日', '2020-10-16'], ['双坑村', '2020年10月16日', '2020-10-16'], ['城南社区', '2020.12.1', '2020-12-01'], ['罗福村', '20.11.3', '2020-11-03'], ['湖山村', '2021.3', '2021-03']] },
    { t: '西河镇', v: 17, sep: '，', list: [['北塘村', '2020.9.25', '2020-09-25'], ['漳溪村', '2020.11.10', '2020-11-10'], ['车龙村', '2020年12月', '2020-12'], ['黄堂村', '2021-04-22', '2021-04-22']] },
    { t: '高陂镇', v: 28, sep: '、', split: 5, list: [['福员村', '2020.9.8', '2020-09-08'], ['党溪村', '2020.9.8', '2020-09-08'], ['平原村', '2020.10.20', '2020-10-20'], ['埔田村', '2020.10.20', '2020-10-20'], ['桃锡村', '2020年11月5日', '2020-11-05'], ['赤水村', '2020.12.18', '2020-12-18'], ['大产村', '21.1.7', '2021-01-07'], ['银滩村', '2021.3.30', '2021-03-30'], ['乌槎村', '2021年6月', '2021-06']] },
    { t: '百侯镇', v: 12, sep: '\n', list: [['侯南村', '2020.11.25', '2020-11-25'], ['侯北村', '2020.11.25', '2020-11-25'], ['白罗村', '2021年1月12日', '2021-01-12']] },
    { t: '桃源镇', v: 11, sep: '、', list: [['桃源村', '2020.10.20', '2020-10-20'], ['桃源村', '二站，2021.5.10', '2021-05-10'], ['坪山村', '2021.6.3', '2021-06-03']] },
    { t: '青溪镇', v: 13, sep: '、', list: [['青溪村', '2020.12.18', '2020-12-18'], ['坑尾村', '21.2.26', '2021-02-26'], ['蕉坑村', '2021.9.6', '2021-09-06']] },
  ];
  const rows = [];
  const merges = [];
  rows.push(['大埔县村级电子商务服务站点建设情况表（按镇汇总）', null, null, null, null, null]);
  merges.push('A1:F1');
  rows.push(['填报单位：大埔县商务局', null, null, null, '统计时间：2021年9月10日', null]);
  merges.push('A2:D2', 'E2:F2');
  rows.push(['序号', '镇', '行政村（个）', '已建站点（个）', '建站村名单及挂牌时间', '备注']);
  const records = [];
  let totV = 0;
  let totS = 0;
  towns.forEach((tw, i) => {
    const items = tw.list.map(([v, txt]) => `${v}（${txt}）`);
    for (const [v, , iso] of tw.list) records.push({ village: v, opened: iso });
    totV += tw.v;
    totS += tw.list.length;
    const note = tw.t === '湖寮镇' ? '城南社区为居委会站点' : tw.t === '青溪镇' ? '蕉坑村站点9月挂牌' : tw.t === '桃源镇' ? '桃源村有两个站点' : null;
    if (tw.split) {
      const a = items.slice(0, tw.split).join(tw.sep) + tw.sep;
      const b = items.slice(tw.split).join(tw.sep);
      rows.push([i + 1, tw.t, tw.v, tw.list.length, a, note]);
      rows.push([null, null, null, null, b, '（续上行）']);
      const r = rows.length;
      merges.push(`A${r - 1}:A${r}`, `B${r - 1}:B${r}`, `C${r - 1}:C${r}`, `D${r - 1}:D${r}`);
    } else {
      rows.push([i + 1, tw.t, tw.v, tw.list.length, items.join(tw.sep), note]);
    }
  });
  rows.push(['合计', null, totV, totS, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(['注：1.括号内为站点挂牌时间，只记到月的按月填写；2.同一村有两个站点的分别列出，第二个注明“二站”；3.本表只列已挂牌站点所在的6个镇。', null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);

  // ---- screenshots index
  const shots = [
    ['专栏上线_20200716.png', '专栏上线，公示《大埔县电子商务进农村综合示范县工作方案》', '2020-07-16'],
    ['微信图片_20200918103322.jpg', '8月份项目建设进度', '2020-09-18'],
    ['Screenshot_2020-10-15-16-05-41.png', '9月份项目建设进度', '2020-10-15'],
    ['QQ截图20201116094512.png', '10月份项目建设进度；项目承办单位及合同金额公示', '2020-11-16'],
    ['IMG_20201215_110236.jpg', '11月份项目建设进度', '2020-12-15'],
    ['2021.1.14 专栏截图.png', '12月份项目建设进度', '2021-01-14'],
    ['屏幕截图 2021-03-10 153012.png', '1—2月份项目建设进度（春节合并）', '2021-03-10'],
    ['微信图片_20210413085511.jpg', '3月份项目建设进度', '2021-04-13'],
    ['2021年5月17日进度公示.png', '4月份项目建设进度', '2021-05-17'],
    ['Snipaste_2021-06-15_10-20-33.png', '5月份项目建设进度；增设“监督举报”入口', '2021-06-15'],
    ['专栏_20210714_6月进度.png', '6月份项目建设进度', '2021-07-14'],
    ['微信图片_20210816162015.jpg', '7月份项目建设进度', '2021-08-16'],
    ['截图20210915.png', '8月份项目建设进度', '2021-09-15'],
  ];
  const sRows = [];
  sRows.push(['大埔县人民政府门户网站“电子商务进农村综合示范”专栏更新截图存档目录', null, null, null, null]);
  sRows.push(['存放位置：商务局共享盘\\电商进农村\\04信息公开\\专栏截图\\（每次专栏更新后当天截图存档）', null, null, null, null]);
  sRows.push(['序号', '截图文件名', '更新内容', '截图人', '备注']);
  shots.forEach(([f, c], i) => sRows.push([i + 1, f, c, i % 3 === 0 ? '张' : '邱', i === 12 ? '考评截止后' : null]));
  sRows.push([null, null, null, null, null]);
  sRows.push(['注：截图文件名中的日期即专栏更新当天日期。', null, null, null, null]);
  const sMerges = ['A1:E1', 'A2:E2', `A${sRows.length}:E${sRows.length}`];
  const sRecords = shots.map(([, , d]) => ({ date: d }));

  // ---- poor persons, one combined status cell
  const status = [
    ['有劳动力／在家务农', true, false],
    ['有劳动力／本镇务工', true, false],
    ['有劳动力／县外务工', true, true],
    ['有劳动力／省外务工', true, true],
    ['无劳动力', false, null],
    ['丧失劳动力', false, null],
  ];
  const villages = [['青溪镇', '蕉坑村'], ['青溪镇', '坑尾村'], ['枫朗镇', '和村'], ['枫朗镇', '坪沙村']];
  const pRows = [];
  pRows.push(['大埔县建档立卡贫困人口劳动力状况登记表（青溪镇、枫朗镇）', null, null, null, null, null, null, null, null]);
  pRows.push(['数据来源：县乡村振兴局（2021年7月核对）', null, null, null, null, null, null, null, null]);
  pRows.push(['序号', '镇', '村', '姓名', '性别', '身份证号码', '劳动力及务工状况', '联系电话', '备注']);
  const pRecords = [];
  const plan = [0, 0, 2, 4, 1, 0, 3, 0, 5, 2, 0, 1, 4, 0, 2, 0, 0, 3, 4, 1, 0, 2, 5, 0, 0, 1, 2, 0];
  plan.forEach((si, i) => {
    const [vt, vv] = villages[Math.floor((i * villages.length) / plan.length)];
    const sex = rng.next() < 0.5 ? 'M' : 'F';
    const yrs = status[si][1] ? [1962, 1998] : [1935, 1958];
    let id = makeId(rng, '441422', sex, yrs[0], yrs[1]);
    let cell = id;
    let exp = id;
    let note = null;
    if (i === 5) {
      while (!id.endsWith('X')) id = makeId(rng, '441422', sex, yrs[0], yrs[1]);
      cell = id.slice(0, 17) + 'x';
      exp = id;
    } else if (i === 17) {
      cell = id.slice(0, 6) + '********' + id.slice(14);
      exp = cell;
      note = '系统导出脱敏';
    }
    const [txt, labour, migrant] = status[si];
    const rec = { id: exp, labour };
    if (labour) rec.migrant = migrant;
    pRecords.push(rec);
    pRows.push([i + 1, vt, vv, personName(rng, sex), sex === 'M' ? '男' : '女', cell, txt, labour ? phone(rng) : null, note]);
  });
  pRows.push([null, null, null, null, null, null, null, null, null]);
  pRows.push(['注：“劳动力及务工状况”按“劳动能力／务工情况”填写；县外、省外务工为外出务工。', null, null, null, null, null, null, null, null]);
  const pMerges = ['A1:I1', 'A2:I2', `A${pRows.length}:I${pRows.length}`];

  const toc = [
    ['大埔县电商进农村考评台账（第二册）目录'],
    ['1.站点建设情况（按镇）'],
    ['2.专栏截图存档'],
    ['3.贫困人口劳动力状况'],
  ];

  return {
    description:
      '大埔县（梅州）商务局台账第二册：①站点建设情况按镇一行，“建站村名单及挂牌时间”一格写全镇站点“黎家坪村（2020.9.8）、龙岗村（2020.9.8）…”，分隔符有“、”“，”和换行，挂牌时间写法混杂（2020年10月16日、20.11.3、2021.3、2020年12月），高陂镇写不下续到下一行，桃源村两个站点（“二站，2021.5.10”），含社区站点和截止日后挂牌的一个；②专栏更新没有日期列，只有截图文件名（微信图片_20200918103322.jpg、Screenshot_2020-10-15-16-05-41.png、QQ截图…、屏幕截图 2021-03-10 153012.png、2021年5月17日进度公示.png），表下注明文件名日期即更新日；③贫困人口劳动力与务工合在一格“有劳动力／县外务工”“无劳动力”；另有目录页。',
    sheets: [
      { name: '目录', rows: toc },
      { name: '站点建设情况（按镇）', rows, merges },
      { name: '专栏截图存档', rows: sRows, merges: sMerges },
      { name: '贫困人口劳动力状况', rows: pRows, merges: pMerges },
    ],
    expect: {
      sheets: {
        目录: { kind: null },
        '站点建设情况（按镇）': { kind: 'stations', records },
        专栏截图存档: { kind: 'disclosures', records: sRecords },
        贫困人口劳动力状况: { kind: 'poorPersons', records: pRecords },
      },
    },
  };
}


// ====================================================================================
// county — 普宁市: whole workbook. Facts are a PDF receipt pasted line by line into column A;
// villages as a town × name pivot; stations by construction batch (date only in the batch
// row); training as a town × month matrix of 人次 plus poor-household sign-ins whose session
// dates sit in a legend table below; enterprises sectioned by type; funds as a treasury
// payment export with statuses; reports/column/media/materials in one mixed register.
// ====================================================================================
function countyPuning() {
  const rng = makeRng(280303);
  const AREA = '445281';
  const towns = [
    ['流沙东街道', 6, 5], ['流沙西街道', 8, 4], ['流沙南街道', 9, 3], ['流沙北街道', 7, 4], ['池尾街道', 14, 2],
    ['燎原街道', 10, 1], ['大南山街道', 9, 1], ['洪阳镇', 24, 2], ['南溪镇', 12, 1], ['广太镇', 10, 1],
    ['麒麟镇', 14, 1], ['南径镇', 11, 0], ['占陇镇', 18, 1], ['军埠镇', 9, 0], ['下架山镇', 8, 0],
    ['梅塘镇', 16, 0], ['里湖镇', 14, 1], ['高埔镇', 8, 0], ['云落镇', 9, 0], ['船埔镇', 7, 0],
    ['大坪镇', 7, 0], ['后溪乡', 6, 0],
  ];
  const C1 = '东西南北新上下大后前中高石林陈黄郑方杨许吴洪泥沙竹梅桥溪湖塘埔洋美寮山坑田寨港围陇青赤白乌龙凤鹤马金玉宝福德和安平兴盛昌隆英华光明仙古长永丰庵径楼'.split('');
  const C2 = '厝寮埔溪洋美港寨塘围乡坑山头尾陇湖桥林田墩园岭洲沟陂门社坪地池径口楼内外'.split('');
  const used = new Set();
  const base = () => {
    for (;;) {
      const a = rng.pick(C1);
      const b = rng.pick(C2);
      if (a === b) continue;
      const k = a + b;
      if (used.has(k)) continue;
      used.add(k);
      return k;
    }
  };
  const villages = []; // {town, name}
  const communities = [];
  for (const [t, nv, nc] of towns) {
    for (let i = 0; i < nv; i++) villages.push({ town: t, name: base() + '村' });
    for (let i = 0; i < nc; i++) communities.push({ town: t, name: base() + (rng.next() < 0.7 ? '社区' : '居委会') });
  }
  assert(villages.length === 236 && communities.length === 27, 'village counts');

  // ---- poor villages (38), chosen outside the 流沙 streets
  const ruralIdx = villages.map((v, i) => i).filter((i) => !villages[i].town.startsWith('流沙'));
  const poorIdx = rng.shuffle(ruralIdx).slice(0, 38).sort((a, b) => a - b);
  const poorSet = new Set(poorIdx);
  const poorLate = poorIdx[17]; // covered only by the batch built in 2021-09
  const poorCovered = poorIdx.filter((i) => i !== poorLate);
  const nonPoor = rng.shuffle(villages.map((v, i) => i).filter((i) => !poorSet.has(i)));
  const coveredIdx = poorCovered.concat(nonPoor.slice(0, 101));
  const late = [poorLate].concat(nonPoor.slice(101, 107));
  assert(coveredIdx.length === 138 && late.length === 7, 'station plan');

  // ---- sheet: 村居名单 (pivot: one town per block, names across columns)
  const NAMECOLS = 20;
  const colL = (i) => {
    let s = '';
    i += 1;
    while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); }
    return s;
  };
  const W = 4 + NAMECOLS;
  const vRows = [];
  const vMerges = [];
  const blankW = () => new Array(W).fill(null);
  let r = blankW(); r[0] = '普宁市村（居）民委员会一览表'; vRows.push(r); vMerges.push(`A1:${colL(W - 1)}1`);
  r = blankW(); r[0] = '填报单位：普宁市商务局（据市民政局2021年村（居）委会换届名单）'; vRows.push(r); vMerges.push(`A2:${colL(W - 1)}2`);
  r = blankW(); r[0] = '序号'; r[1] = '镇（街道）'; r[2] = '类别'; r[3] = '个数'; r[4] = '村（居）委会名称'; vRows.push(r);
  r = blankW(); for (let k = 0; k < NAMECOLS; k++) r[4 + k] = k + 1; vRows.push(r);
  vMerges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', `E3:${colL(W - 1)}3`);
  towns.forEach(([t], ti) => {
    const vs = villages.filter((v) => v.town === t).map((v) => v.name);
    const cs = communities.filter((v) => v.town === t).map((v) => v.name);
    const top = vRows.length + 1;
    const chunks = [];
    for (let i = 0; i < vs.length; i += NAMECOLS) chunks.push(vs.slice(i, i + NAMECOLS));
    chunks.forEach((ch, k) => {
      const rr = blankW();
      if (k === 0) { rr[0] = ti + 1; rr[1] = t; rr[2] = '村民委员会'; rr[3] = vs.length; }
      ch.forEach((n, j) => (rr[4 + j] = n));
      vRows.push(rr);
    });
    if (chunks.length > 1) vMerges.push(`C${top}:C${top + chunks.length - 1}`, `D${top}:D${top + chunks.length - 1}`);
    if (cs.length) {
      const rr = blankW();
      rr[2] = '居民委员会（社区）'; rr[3] = cs.length;
      cs.forEach((n, j) => (rr[4 + j] = n));
      vRows.push(rr);
    }
    const bottom = vRows.length;
    if (bottom > top) vMerges.push(`A${top}:A${bottom}`, `B${top}:B${bottom}`);
  });
  r = blankW(); r[0] = '合计'; r[3] = null; r[4] = '村民委员会236个，居民委员会（社区）27个'; vRows.push(r);
  vMerges.push(`A${vRows.length}:C${vRows.length}`, `E${vRows.length}:${colL(W - 1)}${vRows.length}`);
  r = blankW(); r[0] = '注：1.村民委员会即行政村；2.省定贫困村见《省定贫困村》表；3.名称省略“委员会”字样。'; vRows.push(r);
  vMerges.push(`A${vRows.length}:${colL(W - 1)}${vRows.length}`);

  // ---- sheet: 省定贫困村
  const pvRows = [['普宁市省定相对贫困村名单及帮扶情况', null, null, null, null, null, null],
    ['序号', '镇（街道）', '村名', '对口帮扶单位', '驻村第一书记', '村级电商站点', '备注']];
  const helpers = ['揭阳市税务局', '普宁市人民法院', '揭阳市交通运输局', '普宁市供电局', '揭阳市公安局', '普宁市农商银行', '揭阳市住建局', '普宁市检察院'];
  const batchOf = new Map();
  // batch plan (filled below) is needed for the column; compute it first
  const cov = rng.shuffle(coveredIdx);
  const b1 = cov.slice(0, 61);
  const b2 = cov.slice(61, 109);
  const b3 = cov.slice(109);
  b1.forEach((i) => batchOf.set(i, '2020.9'));
  b2.forEach((i) => batchOf.set(i, '2020.12'));
  b3.forEach((i) => batchOf.set(i, '2021.5'));
  late.forEach((i) => batchOf.set(i, '2021.9'));
  poorIdx.forEach((i, k) => {
    const v = villages[i];
    const surn = rng.pick(SURNAMES);
    pvRows.push([k + 1, v.town, v.name, rng.pick(helpers), surn + rng.pick(['建新', '志华', '少东', '伟杰', '晓峰', '国良', '丽娜']), batchOf.has(i) ? `已建（${batchOf.get(i)}）` : '未建', i === poorLate ? '第四批，2021年9月建成' : null]);
  });
  pvRows.push(['合计', null, '38个', null, null, null, null]);
  const pvMerges = ['A1:G1', `A${pvRows.length}:B${pvRows.length}`];

  // ---- sheet: 站点台账（分批）
  const townOrder = new Map(towns.map(([t], i) => [t, i]));
  const sortIdx = (arr) => arr.slice().sort((a, b) => a - b); // village index order is town order
  const services = ['代购代销、快递收发、代缴费', '网上代购、农产品代销、快递代收', '代购代销、小额取款、便民缴费', '农产品上行、快递收发'];
  const vCell = (name) => {
    const x = rng.next();
    if (x < 0.22) return name.replace(/村$/, '村委会');
    if (x < 0.28) return name.replace(/村$/, '村民委员会');
    return name;
  };
  const stRows = [['普宁市村级电子商务服务站点建设台账（按建设批次）', null, null, null, null, null, null],
    ['填报单位：普宁市商务局', null, null, null, null, '更新：2021年9月15日', null],
    ['序号', '镇（街道）', '村（居）委会', '站点名称', '站长', '联系电话', '服务内容']];
  const stMerges = ['A1:G1', 'A2:E2', 'F2:G2'];
  let seq = 0;
  const pushStation = (town, vill, sname) => {
    seq++;
    const sex = rng.next() < 0.5 ? 'M' : 'F';
    stRows.push([seq, town, vill, sname, personName(rng, sex), phone(rng), rng.pick(services)]);
  };
  const batchHeader = (txt) => { stRows.push([txt, null, null, null, null, null, null]); stMerges.push(`A${stRows.length}:G${stRows.length}`); };
  const entriesFor = (idxs, extras) => {
    const list = sortIdx(idxs).map((i) => ({ town: villages[i].town, vill: vCell(villages[i].name), sname: villages[i].name.replace(/村$/, '') + '村电商服务站', ord: i * 2 }));
    for (const e of extras) list.push(e);
    list.sort((a, b) => townOrder.get(a.town) - townOrder.get(b.town) || a.ord - b.ord);
    return list;
  };
  const dup1 = b1[5];
  const dup2 = b1[20];
  const dup3 = b2[10];
  const comm2 = communities[3];
  const comm3 = communities[9];
  const ext2 = [
    { town: villages[dup1].town, vill: villages[dup1].name, sname: villages[dup1].name.replace(/村$/, '') + '邮乐购服务点', ord: dup1 * 2 + 1 },
    { town: comm2.town, vill: comm2.name, sname: comm2.name + '电商服务点', ord: -1 },
  ];
  const ext3 = [
    { town: villages[dup2].town, vill: villages[dup2].name, sname: villages[dup2].name.replace(/村$/, '') + '农村淘宝服务点', ord: dup2 * 2 + 1 },
    { town: villages[dup3].town, vill: villages[dup3].name + '委会', sname: villages[dup3].name.replace(/村$/, '') + '京东帮服务点', ord: dup3 * 2 + 1 },
    { town: comm3.town, vill: comm3.name, sname: comm3.name + '电商服务点', ord: -1 },
    { town: '大坪镇', vill: '马鞍山农场', sname: '马鞍山农场电商服务点', ord: 1e9 },
  ];
  const l1 = entriesFor(b1, []);
  const l2 = entriesFor(b2, ext2);
  const l3 = entriesFor(b3, ext3);
  const l4 = entriesFor(late, []);
  batchHeader(`第一批：2020年9月建成并投入运营（${l1.length}个）`);
  l1.forEach((e) => pushStation(e.town, e.vill, e.sname));
  batchHeader(`第二批：2020年12月建成并投入运营（${l2.length}个）`);
  l2.forEach((e) => pushStation(e.town, e.vill, e.sname));
  batchHeader(`第三批：2021年5月建成并投入运营（${l3.length}个）`);
  l3.forEach((e) => pushStation(e.town, e.vill, e.sname));
  batchHeader(`第四批：2021年9月建成（${l4.length}个，考评截止后补建）`);
  l4.forEach((e) => pushStation(e.town, e.vill, e.sname));
  stRows.push([null, null, null, null, null, null, null]);
  stRows.push([`合计：已建站点${seq}个`, null, null, null, null, null, null]);
  stMerges.push(`A${stRows.length}:G${stRows.length}`);
  stRows.push(['注：同一批次站点统一验收挂牌，投入运营时间以批次为准；马鞍山农场、社区站点为便民服务点。', null, null, null, null, null, null]);
  stMerges.push(`A${stRows.length}:G${stRows.length}`);
  assert(l1.length === 61 && l2.length === 50 && l3.length === 33 && l4.length === 7, 'batch sizes');

  // ---- sheet: 培训人次（镇×月）
  const monthCols = [['1-6月', '2020-06'], ['7月', '2020-07'], ['8月', '2020-08'], ['9月', '2020-09'], ['10月', '2020-10'], ['11月', '2020-11'], ['12月', '2020-12'],
    ['1月', '2021-01'], ['2月', '2021-02'], ['3月', '2021-03'], ['4月', '2021-04'], ['5月', '2021-05'], ['6月', '2021-06'], ['7月', '2021-07'], ['8月', '2021-08'], ['9月\n（截至10日）', '2021-09']];
  const grid = towns.map(() => monthCols.map(() => null));
  towns.forEach((t, i) => {
    monthCols.forEach((m, j) => {
      if (j === 15) return;
      if (j === 0) { if (rng.next() < 0.8) grid[i][j] = rng.int(20, 80); return; }
      if (j === 8 && rng.next() < 0.7) return; // Spring Festival month mostly blank
      if (rng.next() < 0.62) grid[i][j] = rng.int(8, 40);
    });
  });
  const fixSum = (target, cols) => {
    const cells = [];
    towns.forEach((t, i) => cols.forEach((j) => { if (grid[i][j] != null) cells.push([i, j]); }));
    let sum = cells.reduce((a, [i, j]) => a + grid[i][j], 0);
    let guard = 0;
    while (sum !== target && guard++ < 100000) {
      const [i, j] = rng.pick(cells);
      if (sum < target) { const d = Math.min(target - sum, 3); grid[i][j] += d; sum += d; }
      else if (grid[i][j] > 6) { const d = Math.min(sum - target, 3, grid[i][j] - 6); grid[i][j] -= d; sum -= d; }
    }
    assert(sum === target, 'grid sum');
  };
  fixSum(4808, [...Array(15).keys()]);
  const septTowns = rng.shuffle([...towns.keys()]).slice(0, 12);
  septTowns.forEach((i) => (grid[i][15] = rng.int(15, 35)));
  fixSum(320, [15]);
  const NT = 2 + monthCols.length + 1;
  const trRows = [];
  const trMerges = [];
  let tr = new Array(NT).fill(null); tr[0] = '普宁市各镇（街道）电子商务普及培训人次统计表（按月）'; trRows.push(tr); trMerges.push(`A1:${colL(NT - 1)}1`);
  tr = new Array(NT).fill(null); tr[0] = '统计单位：普宁市商务局、市电子商务公共服务中心'; tr[NT - 3] = '单位：人次'; trRows.push(tr); trMerges.push(`A2:H2`, `${colL(NT - 3)}2:${colL(NT - 1)}2`);
  tr = new Array(NT).fill(null); tr[0] = '序号'; tr[1] = '镇（街道）'; tr[2] = '2020年'; tr[9] = '2021年'; tr[NT - 1] = '合计'; trRows.push(tr);
  tr = new Array(NT).fill(null); monthCols.forEach(([h], j) => (tr[2 + j] = h)); trRows.push(tr);
  trMerges.push('A3:A4', 'B3:B4', 'C3:I3', `J3:${colL(NT - 2)}3`, `${colL(NT - 1)}3:${colL(NT - 1)}4`);
  towns.forEach(([t], i) => {
    const rr = new Array(NT).fill(null);
    rr[0] = i + 1; rr[1] = t;
    let s = 0;
    grid[i].forEach((v, j) => { rr[2 + j] = v == null ? (rng.next() < 0.15 ? '—' : null) : v; if (v != null) s += v; });
    rr[NT - 1] = s;
    trRows.push(rr);
  });
  tr = new Array(NT).fill(null); tr[0] = '合计';
  let grand = 0;
  monthCols.forEach((m, j) => { let s = 0; grid.forEach((g) => { if (g[j] != null) s += g[j]; }); tr[2 + j] = s; grand += s; });
  tr[NT - 1] = grand; trRows.push(tr); trMerges.push(`A${trRows.length}:B${trRows.length}`);
  assert(grand === 4808 + 320, 'grand');
  trRows.push(new Array(NT).fill(null));
  tr = new Array(NT).fill(null); tr[0] = '注：1.本表为普及性培训（含线上直播课）人次，按培训举办地所在镇（街道）统计；建档立卡贫困户专场培训另见《贫困户专场签到》，未计入本表。2.“9月（截至10日）”为考评截止后补充数据，仅供参考。3.“—”为当月未组织培训。'; trRows.push(tr);
  trMerges.push(`A${trRows.length}:${colL(NT - 1)}${trRows.length}`);

  // ---- sheet: 贫困人口名册
  const cats = rng.shuffle([].concat(new Array(112).fill('E'), new Array(30).fill('M'), new Array(28).fill('N')));
  const roster = [];
  const pvForRoster = poorIdx.slice(0, 14).map((i) => villages[i]);
  let ci = 0;
  let hh = 0;
  const places = ['深圳市', '广州市', '东莞市', '揭阳市区', '汕头市', '福建晋江'];
  while (ci < cats.length) {
    const v = pvForRoster[Math.min(Math.floor((ci / cats.length) * pvForRoster.length), pvForRoster.length - 1)];
    const size = Math.min(rng.int(1, 4), cats.length - ci);
    hh++;
    let head = null;
    for (let k = 0; k < size; k++) {
      const cat = cats[ci++];
      const sex = k === 0 ? (rng.next() < 0.75 ? 'M' : 'F') : rng.next() < 0.5 ? 'M' : 'F';
      const yr = cat === 'N' ? [1932, 1956] : [1966, 2001];
      const name = personName(rng, sex);
      if (k === 0) head = name;
      const id = makeId(rng, AREA, sex, yr[0], yr[1]);
      roster.push({ town: v.town, village: v.name, head, name, rel: k === 0 ? '户主' : rng.pick(['配偶', '之子', '之女', '之母', '之父', '之媳']), id, cat, sex });
    }
  }
  // make sure several eligible persons carry an X check digit (for the lower-case x sign-ins)
  let forced = 0;
  for (const p of roster) {
    if (p.cat === 'E' && forced < 3) {
      while (!p.id.endsWith('X')) p.id = makeId(rng, AREA, p.sex, 1966, 2001);
      forced++;
    }
  }
  assert(new Set(roster.map((p) => p.id)).size === roster.length, 'unique ids');
  const prRows = [['普宁市建档立卡贫困人口劳动力及务工情况名册', null, null, null, null, null, null, null, null, null, null],
    ['数据来源：普宁市乡村振兴局（2021年6月从广东省防返贫监测信息系统导出）', null, null, null, null, null, null, null, null, null, null],
    ['序号', '镇（街道）', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工', '务工地点', '备注']];
  roster.forEach((p, k) => {
    const labour = p.cat === 'N' ? rng.pick(['无劳动能力', '丧失劳动能力']) : '有劳动能力';
    const mig = p.cat === 'M' ? '是' : '否';
    prRows.push([k + 1, p.town, p.village, p.head, p.name, p.rel, p.id, labour, mig, p.cat === 'M' ? rng.pick(places) : null, null]);
  });
  prRows.push([null, null, null, null, null, null, null, null, null, null, null]);
  prRows.push([`合计：${roster.length}人，其中有劳动能力且未外出务工112人`, null, null, null, null, null, null, null, null, null, null]);
  const prMerges = ['A1:K1', 'A2:K2', `A${prRows.length}:K${prRows.length}`];

  // ---- sheet: 贫困户专场签到 (session codes, dates in a legend below)
  const elig = roster.filter((p) => p.cat === 'E');
  const xs = elig.filter((p) => p.id.endsWith('X'));
  const others = rng.shuffle(elig.filter((p) => !p.id.endsWith('X')));
  const trained = xs.slice(0, 2).concat(others.slice(0, 51));
  const late6 = others.slice(51, 57);
  const migr = roster.filter((p) => p.cat === 'M').slice(0, 4);
  const nonl = roster.filter((p) => p.cat === 'N').slice(0, 3);
  const outsiders = [0, 1, 2].map(() => { const sex = rng.next() < 0.5 ? 'M' : 'F'; return { name: personName(rng, sex), id: makeId(rng, AREA, sex, 1970, 1998), town: '里湖镇', village: villages[poorIdx[20]].name, outsider: true }; });
  const sess = ['A', 'B', 'C', 'D'];
  const signins = [];
  trained.forEach((p) => signins.push({ p, s: rng.pick(sess) }));
  const repeaters = rng.shuffle(trained).slice(0, 17);
  repeaters.slice(0, 15).forEach((p) => {
    const first = signins.find((x) => x.p === p).s;
    signins.push({ p, s: rng.pick(sess.filter((s) => s !== first)) });
  });
  migr.forEach((p) => signins.push({ p, s: rng.pick(sess) }));
  nonl.forEach((p) => signins.push({ p, s: rng.pick(sess) }));
  outsiders.forEach((p) => signins.push({ p, s: rng.pick(sess) }));
  late6.forEach((p) => signins.push({ p, s: 'E' }));
  repeaters.slice(15).forEach((p) => signins.push({ p, s: 'E' }));
  const ordered = [];
  for (const s of ['A', 'B', 'C', 'D', 'E']) ordered.push(...rng.shuffle(signins.filter((x) => x.s === s)));
  const siRows = [['普宁市建档立卡贫困户电子商务专场培训签到汇总表', null, null, null, null, null, null, null],
    ['（各场次签到表汇总录入，场次见表下“场次说明”）', null, null, null, null, null, null, null],
    ['序号', '姓名', '身份证号码', '镇（街道）', '村', '场次', '签名', '备注']];
  // lower-case x: the first sign-in row of xs[0] and xs[1]; spaces: the first row of two other
  // trained eligible persons who signed in only once before the cut-off
  const countBy = new Map();
  signins.filter((x) => x.s !== 'E').forEach((x) => countBy.set(x.p, (countBy.get(x.p) || 0) + 1));
  const xRowOf = new Set();
  const spRowOf = new Set();
  const xPersons = new Set([xs[0], xs[1]]);
  const spPersons = new Set(trained.filter((p) => !xPersons.has(p) && countBy.get(p) === 1).slice(3, 5));
  assert(spPersons.size === 2, 'spaced persons');
  const seenP = new Set();
  ordered.forEach((x, k) => {
    if (x.s === 'E' || seenP.has(x.p)) return;
    seenP.add(x.p);
    if (xPersons.has(x.p)) xRowOf.add(k);
    if (spPersons.has(x.p)) spRowOf.add(k);
  });
  assert(xRowOf.size === 2 && spRowOf.size === 2, 'quirk rows');
  ordered.forEach((x, k) => {
    let idc = x.p.id;
    if (xRowOf.has(k)) idc = x.p.id.slice(0, 17) + 'x';
    else if (spRowOf.has(k)) idc = x.p.id.slice(0, 6) + ' ' + x.p.id.slice(6, 14) + ' ' + x.p.id.slice(14);
    siRows.push([k + 1, x.p.name, idc, x.p.town, x.p.village, x.s, '已签', x.p.outsider ? '边缘易致贫户（非建档立卡）' : null]);
  });
  const siEnd = siRows.length;
  siRows.push([null, null, null, null, null, null, null, null]);
  siRows.push(['场次说明', null, null, null, null, null, null, null]);
  siRows.push(['场次', '培训日期', null, '培训地点', null, '培训内容', null, null]);
  const legend = [
    ['A', '2020年10月23日', '里湖镇人民政府会议室', '电商基础知识与网上开店'],
    ['B', '2020.12.11', '大南山街道综合文化站', '青梅、蕉柑网络销售实操'],
    ['C', '2021年3月26日', '市电子商务公共服务中心培训室', '短视频拍摄与直播带货'],
    ['D', D('2021-06-18'), '高埔镇人民政府会议室', '农产品包装与快递发货'],
    ['E', '2021年9月7日', '市电子商务公共服务中心培训室', '电商扶贫专场（考评截止后）'],
  ];
  const siMerges = ['A1:H1', 'A2:H2', `A${siRows.length - 1}:H${siRows.length - 1}`, `B${siRows.length}:C${siRows.length}`, `D${siRows.length}:E${siRows.length}`, `F${siRows.length}:H${siRows.length}`];
  for (const [c, d, place, topic] of legend) {
    siRows.push([c, d, null, place, null, topic, null, null]);
    const rr = siRows.length;
    siMerges.push(`B${rr}:C${rr}`, `D${rr}:E${rr}`, `F${rr}:H${rr}`);
  }
  const byCut = signins.filter((x) => x.s !== 'E');
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedDistinct = new Set(byCut.filter((x) => eligIds.has(x.p.id)).map((x) => x.p.id));
  assert(byCut.length === 78, 'sign-ins by cut-off ' + byCut.length);
  assert(trainedDistinct.size === 53, 'trained distinct ' + trainedDistinct.size);
  const lateDistinct = new Set(signins.filter((x) => eligIds.has(x.p.id)).map((x) => x.p.id));
  assert(lateDistinct.size === 59, 'with late ' + lateDistinct.size);
  assert(signins.length === 86, 'sign-ins ' + signins.length);

  // ---- sheet: 产业园企业（分类）
  const ccode = () => { const al = '0123456789ABCDEFGHJKLMNPQRTUWXY'; let s = '91445281MA5'; for (let k = 0; k < 7; k++) s += al[rng.int(0, al.length - 1)]; return s; };
  const dupCode = ccode();
  const sections = [
    ['一、平台型电商企业', [
      ['普宁市揭货通电子商务平台有限公司', ccode(), '本地农特产品B2C平台', D('2020-11-26'), null, 'A101', null],
      ['广东流沙云仓网络科技有限公司', ccode(), '服装产业带直播平台', '2020.12.8', null, 'A102', null],
      ['普宁青梅汇电商平台有限公司', ccode(), '青梅产品线上批发平台', '2021年1月6日', null, 'A103', null],
    ]],
    ['二、销售型电商企业', [
      ['普宁市军埠织造网销有限公司', ccode(), '针织服装网销', D('2020-11-26'), null, 'B201', null],
      ['普宁市梅林青梅食品电商店', ccode(), '青梅制品', '2020.11.30', null, 'B202', null],
      ['普宁市豆酱坊电子商务有限公司', ccode(), '普宁豆酱', '2020年12月', null, 'B203', null],
      ['普宁市占陇服饰网络商行', ccode(), '服装', '2020.12.15', '2021.3.31', 'B204', '已迁出'],
      ['普宁市南溪蕉柑果业电商', ccode(), '蕉柑', '2021/1/12', null, 'B205', null],
      ['普宁市里湖茶业网络销售部', ccode(), '茶叶', '2021.2.3', null, 'B206', null],
      ['普宁市池尾内衣电子商务有限公司', dupCode, '内衣网销', '2021.3.18', null, 'B207', '兼营代运营，见三'],
      ['普宁市高埔山货电商合作社', ccode(), '山货', '2021年4月', null, 'B208', null],
      ['普宁市广太竹笋食品网店', ccode(), '竹笋制品', D('2021-05-20'), null, 'B209', null],
      ['普宁市洪阳老字号食品电商有限公司', ccode(), '传统食品', '2021.9.3', null, 'B210', '9月新入驻'],
      ['普宁市大坪梅子电商工作室', ccode(), '梅子', '2021.6.8', null, 'B211', null],
    ]],
    ['三、电商运营服务企业', [
      ['揭阳市潮创电商代运营有限公司', ccode(), '代运营', D('2020-11-26'), null, 'C301', '中心运营方'],
      ['普宁市池尾内衣电子商务有限公司', dupCode, '代运营', '2021.3.18', null, 'B207', '同“二、销售型”第7家，同一企业'],
      ['普宁市星火直播文化传媒有限公司', ccode(), '直播孵化', '2021.1.20', null, 'C302', null],
      ['普宁市云视摄影设计工作室', ccode(), '摄影美工', '2021年3月2日', null, 'C303', null],
      ['普宁市淘客学堂电商培训中心', ccode(), '电商培训', '2021.4.15', null, 'C304', null],
      ['广东潮汕通数字营销有限公司', ccode(), '数字营销', '2021年9月15日', null, 'C305', '9月新入驻'],
    ]],
    ['四、物流快递及仓储企业', [
      ['普宁市中通快递流沙分部', ccode(), '快递', '2020.12.1', null, 'D401', null],
      ['普宁市邮政分公司电商仓配中心', ccode(), '仓配', D('2020-12-18'), null, 'D402', null],
      ['普宁市韵达快递池尾服务部', ccode(), '快递', '2021.1.5', '2021年7月20日', 'D403', '已退出'],
      ['普宁市顺心冷链仓储有限公司', ccode(), '冷链仓储', '2021.4.26', null, 'D404', null],
    ]],
  ];
  const enRows = [['普宁电商产业园入驻企业名录（按企业类型）', null, null, null, null, null, null, null],
    ['运营单位：揭阳市潮创电商代运营有限公司', null, null, null, null, '更新日期：2021年9月16日', null, null],
    ['序号', '企业名称', '统一社会信用代码', '主营', '入驻时间', '退出时间', '房号', '备注']];
  const enMerges = ['A1:H1', 'A2:E2', 'F2:H2'];
  for (const [title, list] of sections) {
    enRows.push([`${title}（${list.length}家）`, null, null, null, null, null, null, null]);
    enMerges.push(`A${enRows.length}:H${enRows.length}`);
    list.forEach((e, k) => enRows.push([k + 1, ...e]));
  }
  enRows.push([null, null, null, null, null, null, null, null]);
  enRows.push(['注：企业类型以分类标题为准；同时从事两类业务的企业在两类中各列一次。', null, null, null, null, null, null, null]);
  enMerges.push(`A${enRows.length}:H${enRows.length}`);

  // ---- sheet: 国库支付明细 (system export, header in row 1)
  const pay = [
    ['4452812020000615', '2020-06-15', '省级专项', '普宁市电子商务公共服务中心建设（首期）', '揭阳市潮创电商代运营有限公司', 800000, '已清算', '2020-06-15', null],
    ['4452812020000820', '2020-08-20', '省级专项', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司普宁市分公司', 420000, '已清算', '2020-08-20', null],
    ['4452812020001012', '2020-10-12', '省级专项', '电商人才培训服务费（第一期）', '普宁市淘客学堂电商培训中心', 180000, '已作废', '', '收款账号有误，凭证作废'],
    ['4452812020001014', '2020-10-14', '省级专项', '电商人才培训服务费（第一期）', '普宁市淘客学堂电商培训中心', 180000, '已清算', '2020-10-15', '作废后重开'],
    ['4452812020001130', '2020-11-30', '省级专项', '县乡村三级物流配送体系建设', '普宁市邮政分公司电商仓配中心', 560000, '已清算', '2020-11-30', null],
    ['4452812020001228', '2020-12-28', '省级专项', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司普宁市分公司', 300000, '已退票', '2020-12-29', '户名不符，银行退回'],
    ['4452812021000108', '2021-01-08', '省级专项', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司普宁市分公司', 300000, '已清算', '2021-01-08', '退票后重新支付'],
    ['4452812021000322', '2021-03-22', '省级专项', '公共服务中心运营费', '揭阳市潮创电商代运营有限公司', 266000, '已清算', '2021-03-23', null],
    ['4452812021000416', '2021-04-16', '市级配套', '电商产业园场地改造（市级配套）', '普宁市池尾建筑工程有限公司', 200000, '已清算', '2021-04-16', '市级配套资金'],
    ['4452812021000518', '2021-05-18', '省级专项', '电商产业园建设', '普宁市池尾建筑工程有限公司', 400000, '已清算', '2021-05-18', null],
    ['4452812021000709', '2021-07-09', '省级专项', '电商人才培训服务费（第二期）', '普宁市淘客学堂电商培训中心', 160000, '已清算', '2021-07-09', null],
    ['4452812021000826', '2021-08-26', '省级专项', '农产品质量溯源系统', '广东潮汕通数字营销有限公司', 300000, '已清算', '2021-08-27', null],
    ['4452812021000908', '2021-09-08', '省级专项', '村级电商服务站点建设（第三批）', '中国邮政集团有限公司普宁市分公司', 450000, '已清算', '2021-09-08', null],
  ];
  const fuRows = [['序号', '支付凭证号', '凭证日期', '资金性质', '项目名称', '收款人全称', '支付金额', '凭证状态', '清算日期', '备注']];
  pay.forEach((p, k) => fuRows.push([k + 1, ...p]));
  fuRows.push([null, null, null, null, null, null, null, null, null, null]);
  fuRows.push(['导出说明：普宁市财政国库集中支付系统“支付凭证查询”导出，预算单位：普宁市商务局，查询条件：项目=电子商务进农村综合示范，导出时间2021-09-10 09:32。', null, null, null, null, null, null, null, null, null]);
  const fuMerges = [`A${fuRows.length}:J${fuRows.length}`];
  const valid = pay.filter((p) => p[2] === '省级专项' && p[6] === '已清算' && p[1] <= '2021-08-31');
  const spent = valid.reduce((a, p) => a + p[5], 0);
  assert(spent === 3386000, 'spent ' + spent);

  // ---- sheet: 报送宣传登记 (one register, several kinds)
  const reg = [];
  const G = (dcell, iso, cat, to, lvl, title, form, pov, note) => reg.push({ dcell, iso, cat, to, lvl, title, form, pov, note });
  const CITY = '揭阳市商务局';
  const WEB = '市政府门户网站专栏';
  G(D('2020-06-28'), '2020-06-28', '专栏更新', WEB, null, '公示《普宁市电子商务进农村综合示范县工作方案》', null, null, '专栏上线');
  G('2020.7.6', '2020-07-06', '月报', CITY, null, '6月份电商进农村示范创建工作进展', null, null, null);
  G('2020.8.5', '2020-08-05', '月报', CITY, null, '7月份工作进展', null, null, null);
  G(D('2020-09-07'), '2020-09-07', '月报', CITY, null, '8月份工作进展及电商统计数据', null, null, null);
  G('2020.9.15', '2020-09-15', '专栏更新', WEB, null, '项目承办单位及项目基本信息公示；8月份建设进度', null, null, null);
  G('2020年10月9日', '2020-10-09', '月报', CITY, null, '9月份工作进展及电商统计数据', null, null, null);
  G('2020年10月16日', '2020-10-16', '专栏更新', WEB, null, '9月份项目建设进度', null, null, null);
  G(D('2020-11-06'), '2020-11-06', '月报', CITY, null, '10月份工作进展（含电商扶贫统计表）', null, '√', null);
  G('2020.11.13', '2020-11-13', '专栏更新', WEB, null, '10月份项目建设进度', null, null, null);
  G('2020.12.7', '2020-12-07', '月报', CITY, null, '11月份工作进展（含电商扶贫统计表）', null, '√', null);
  G('2020.12.15', '2020-12-15', '专栏更新', WEB, null, '11月份项目建设进度', null, null, null);
  G(D('2020-12-18'), '2020-12-18', '宣传报道', '揭阳日报', '市级', '普宁：电商服务站开到村民家门口', '报纸', null, null);
  G('2021/1/8', '2021-01-08', '月报', CITY, null, '12月份工作进展及2020年工作总结', null, '√', null);
  G('2021/1/15', '2021-01-15', '专栏更新', WEB, null, '12月份项目建设进度', null, null, null);
  G('2021/1/20', '2021-01-20', '其他报送', '广东省商务厅', null, '2020年度示范创建工作总结', null, null, '经市局转报');
  G('2021.2.5', '2021-02-05', '月报', CITY, null, '1月份工作进展', null, null, '春节前报送');
  G('2021.3.5', '2021-03-05', '月报', CITY, null, '2月份工作进展（含电商扶贫统计表）', null, '√', null);
  G(D('2021-03-09'), '2021-03-09', '宣传报道', '人民网', '国家级', '广东普宁：青梅搭上直播快车', '网络', null, null);
  G('2021.3.16', '2021-03-16', '专栏更新', WEB, null, '1—2月份项目建设进度', null, null, '春节合并更新');
  G('2021年4月7日', '2021-04-07', '月报', CITY, null, '3月份工作进展（含电商扶贫统计表）', null, '√', null);
  G('2021年4月15日', '2021-04-15', '专栏更新', WEB, null, '3月份项目建设进度', null, null, null);
  G('2021.5.8', '2021-05-08', '月报', CITY, null, '4月份工作进展（含电商扶贫统计表）', null, '√', null);
  G('2021.5.12', '2021-05-12', '宣传报道', '普宁市融媒体中心（普宁电视台）', '县级', '军埠镇：小镇织出大电商', '电视', null, null);
  G('2021.5.14', '2021-05-14', '专栏更新', WEB, null, '4月份项目建设进度', null, null, null);
  G(D('2021-05-20'), '2021-05-20', '经验材料', CITY, null, '普宁市“电商+专业镇”助力农产品上行经验材料', null, null, null);
  G('2021.6.7', '2021-06-07', '月报', CITY, null, '5月份工作进展（含电商扶贫统计表）', null, '√', null);
  G('2021.6.15', '2021-06-15', '专栏更新', WEB, null, '5月份项目建设进度', null, null, null);
  G('2021.6.30', '2021-06-30', '其他报送', '广东省商务厅', null, '示范创建中期自评报告', null, null, null);
  G(D('2021-07-06'), '2021-07-06', '月报', CITY, null, '6月份工作进展（含电商扶贫统计表）', null, '√', null);
  G('2021.7.15', '2021-07-15', '专栏更新', WEB, null, '6月份项目建设进度', null, null, null);
  G('2021.7.15', '2021-07-15', '宣传报道', '广东广播电视台《广东新闻联播》', '省级', '普宁：电商帮扶让贫困户的青梅卖上好价钱', '电视', '√', '电商扶贫典型案例');
  G('2021.8.6', '2021-08-06', '月报', CITY, null, '7月份工作进展（含电商扶贫统计表）', null, '√', null);
  G('2021.8.16', '2021-08-16', '专栏更新', WEB, null, '7月份项目建设进度', null, null, null);
  G(D('2021-09-06'), '2021-09-06', '月报', CITY, null, '8月份工作进展（含电商扶贫统计表）', null, '√', '考评截止后');
  G(D('2021-09-06'), '2021-09-06', '宣传报道', '南方日报', '省级', '普宁军埠：淘宝村里的“织机声”', '报纸', null, '考评截止后');
  G('2021.9.8', '2021-09-08', '经验材料', CITY, null, '普宁市电商扶贫典型案例材料', null, null, '考评截止后');
  G('2021.9.14', '2021-09-14', '专栏更新', WEB, null, '8月份项目建设进度', null, null, '考评截止后');
  const rgRows = [['普宁市商务局电商进农村信息报送、专栏更新及宣传登记簿', null, null, null, null, null, null, null, null],
    ['（所有对外报送、专栏更新、媒体报道、经验材料按日期逐条登记）', null, null, null, null, null, null, null, null],
    ['序号', '日期', '类别', '报送对象／发布平台／媒体', '媒体级别', '标题（内容）', '报道形式', '含电商扶贫', '备注']];
  reg.forEach((g, k) => rgRows.push([k + 1, g.dcell, g.cat, g.to, g.lvl, g.title, g.form, g.pov, g.note]));
  rgRows.push([null, null, null, null, null, null, null, null, null]);
  rgRows.push(['注：类别分“月报”（报揭阳市商务局）、“专栏更新”、“宣传报道”、“经验材料”、“其他报送”五类。', null, null, null, null, null, null, null, null]);
  const rgMerges = ['A1:I1', 'A2:I2', `A${rgRows.length}:I${rgRows.length}`];

  // window checks
  const win = [];
  for (let m = 0; m < 12; m++) { const y = m < 4 ? 2020 : 2021; const mm = ((m + 8) % 12) + 1; win.push(`${y}-${String(mm).padStart(2, '0')}`); }
  const monthsOf = (cat, to) => new Set(reg.filter((g) => g.cat === cat && (!to || g.to === to) && win.includes(g.iso.slice(0, 7))).map((g) => g.iso.slice(0, 7)));
  const repM = monthsOf('月报', CITY);
  const disM = monthsOf('专栏更新');
  assert(repM.size === 12, 'reports months');
  assert(disM.size === 11 && !disM.has('2021-02'), 'disclosure months');

  // ---- sheet: 填报回执 (PDF text pasted line by line into column A)
  const L = [];
  const line = (seqs, label, unit, value, remark) => L.push(padW(seqs, 6) + padW(label, 52) + padW(unit, 11) + padW(value, 17) + (remark || ''));
  const cont = (label, value) => L.push(padW('', 6) + padW(label, 52) + padW('', 11) + (value || ''));
  const rule = '—'.repeat(52);
  L.push('广东省电子商务进农村综合示范创建考评数据填报回执');
  L.push('（本回执由“电商进农村考评填报模块”生成，请核对后打印盖章报送）');
  L.push('填报单位：普宁市商务局                                  回执编号：GDSW-DZNC-2021-0907-0118');
  L.push('提交时间：2021-09-07 16:42:15                           状态：已提交（待市局初审）');
  L.push(rule);
  line('序号', '指标名称', '单位', '填报值', '备注');
  L.push(rule);
  L.push('一、基本情况');
  line('1', '县（市、区）名称', '', '普宁市');
  line('2', '考评截止日期', '', '2021-08-31');
  line('3', '常住人口', '万人', '200.94', '七普；户籍人口249.61万人');
  line('4', '行政村数', '个', '236', '不含居民委员会（社区）27个');
  line('5', '省定贫困村数', '个', '38');
  L.push('二、组织领导');
  line('6', '领导小组组长', '', '市委副书记、市长');
  line('7', '领导小组成员单位', '', '市商务局、市财政局、市农业农村局、市市场监');
  cont('', '管局、市乡村振兴局、市交通运输局、中国邮政普宁市分公司');
  line('8', '示范县工作方案是否正式印发', '是/否', '是', '普府办〔2019〕87号');
  line('9', '是否出台支持农村电商发展的政策', '是/否', '是', '普府办〔2020〕12号');
  L.push('三、公共服务中心及产业园');
  line('10', '县级电子商务公共服务中心投入运营日期', '', '2020-11-26');
  line('11', '有免费培训场所、培训设备，能组织电商基础培训', '是/否', '是');
  line('12', '为特色农产品提供免费展示、销售服务', '是/否', '是');
  line('13', '为电子商务市场主体提供免费摄影、美工服务', '是/否', '是');
  line('14', '组织农产品统一推广、指导特色农产品品牌建设', '是/否', '是');
  line('15', '为电子商务发展提供其他衍生增值服务', '是/否', '否');
  line('16', '建设或整合、优化当地电商产业园', '是/否', '是', '普宁电商产业园（池尾）');
  line('17', '电商产业园入驻企业数', '家', '21');
  line('18', '有专业第三方电子商务运营或服务商', '是/否', '是');
  L.push('四、农村产品上行');
  line('19', '行政村物流快递覆盖率', '%', '100');
  line('20', '2019年农村网络零售额', '亿元', '58.62');
  line('21', '2020年农村网络零售额', '亿元', '71.35');
  line('22', '2020年农村网络零售额同比增速', '%', '21.7');
  line('23', '2019年农产品网络零售额', '亿元', '6.14');
  line('24', '2020年农产品网络零售额', '亿元', '8.12');
  line('25', '2020年农产品网络零售额同比增速', '%', '32.2');
  L.push('五、电商培训');
  line('26', '培训人次（截至考评截止日期）', '人次', '4886');
  line('27', '有劳动能力的建档立卡贫困人口数（不含外出务工', '人', '112');
  cont('人员）');
  line('28', '参加培训的建档立卡贫困人口数', '人', '53');
  L.push('                                                                                第 1 页 共 2 页');
  L.push('广东省电子商务进农村综合示范创建考评数据填报回执（续）');
  line('序号', '指标名称', '单位', '填报值', '备注');
  L.push(rule);
  L.push('六、信息公开及报送');
  line('29', '专栏公示创建方案', '是/否', '是');
  line('30', '专栏公示项目基本信息', '是/否', '是');
  line('31', '专栏公示项目建设进度', '是/否', '是');
  line('32', '专栏设立征求意见或监督举报窗口', '是/否', '是');
  line('33', '能统计电商扶贫情况', '是/否', '是');
  L.push('七、财政资金');
  line('34', '省级专项资金下达总额', '万元', '500');
  line('35', '累计拨付资金', '万元', '338.6');
  line('36', '已制定资金管理制度', '是/否', '是');
  line('37', '已建立资金专用台账', '是/否', '是');
  line('38', '项目总体进度', '%', '76');
  L.push('八、主观指标自评');
  line('39', '方案制定', '分(1-2)', '2');
  line('40', '政策支持', '分(1-2)', '2');
  line('41', '项目管理制度', '分(1-2)', '2');
  line('42', '工作台账', '分(1-2)', '1');
  line('43', '网销调研', '分(1-2)', '2');
  line('44', '网络促销活动', '分(1-2)', '2');
  line('45', '交易标准与冷链溯源', '分(1-2)', '1');
  line('46', '资金管理制度', '分(1-5)', '4');
  line('47', '资金台账', '分(1-5)', '4');
  line('48', '资金及时拨付', '分(1-5)', '4');
  L.push('九、一票否决项');
  line('49', '是否发生安全生产、质量事故或重大损失', '是/否', '否');
  line('50', '是否存在弄虚作假', '是/否', '否');
  L.push(rule);
  L.push('经办人：陈××          审核人：                    单位负责人：                 （盖章）');
  L.push('                                                                                第 2 页 共 2 页');
  const fRows = L.map((s) => [s]);

  // ---- points
  const P = {};
  const dv = [];
  dv.push('asOf: 回执第2行“考评截止日期 2021-08-31”；近一年窗口 2020-09…2021-08，运行满6个月的界线 2021-02-28。');
  P['org.leadership'] = 2;
  dv.push('org.leadership: 回执第6、7行——组长“市委副书记、市长”（主要领导）；成员单位一行折到下一行，续行里有“管局、市乡村振兴局…”，合起来有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2');
  P['org.plan'] = 2; dv.push('org.plan: 方案已印发（第8行“是”），判断项第39行自评2 → 2');
  P['org.policy'] = 2; dv.push('org.policy: 政策已出台（第9行“是”），判断项第40行自评2 → 2');
  P['org.management'] = 3; dv.push('org.management: 项目管理制度自评2（第41行）+ 工作台账自评1（第42行） → 3');
  // centre
  const entAtCut = new Map();
  const isoOf = (c) => {
    if (c && typeof c === 'object') return c.date;
    const m1 = /^(\d{4})[.\/](\d{1,2})[.\/](\d{1,2})$/.exec(c); if (m1) return `${m1[1]}-${m1[2].padStart(2, '0')}-${m1[3].padStart(2, '0')}`;
    const m2 = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(c); if (m2) return `${m2[1]}-${m2[2].padStart(2, '0')}-${m2[3].padStart(2, '0')}`;
    const m3 = /^(\d{4})年(\d{1,2})月$/.exec(c); if (m3) return `${m3[1]}-${m3[2].padStart(2, '0')}`;
    throw new Error('date ' + c);
  };
  const kinds = new Set();
  let entRowsCount = 0;
  for (const [title, list] of sections) for (const e of list) {
    entRowsCount++;
    const ent = isoOf(e[3]);
    const left = e[4] ? isoOf(e[4]) : null;
    if (ent.slice(0, 10) <= '2021-08-31' && !(left && left <= '2021-08-31')) { entAtCut.set(e[1], e[0]); kinds.add(title); }
  }
  assert(entRowsCount === 24 && entAtCut.size === 19 && kinds.size === 4, 'enterprises ' + entAtCut.size);
  P['work.center'] = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1;
  dv.push('work.center: ①中心2020-11-26投入运营 ≤ 截止日 → 2；②2020-11-26 ≤ 2021-02-28，已运行满6个月 → 2；③免费培训场所设备“是” → 2；④免费展示销售“是” → 1；⑤免费摄影美工“是” → 1；⑥统一推广/品牌“是” → 1；⑦其他衍生增值服务“否” → 0；⑧产业园“是” → 2；⑨入驻企业名录24行：减去已退出的普宁市占陇服饰网络商行（2021.3.31）、普宁市韵达快递池尾服务部（2021年7月20日），减去9月才入驻的普宁市洪阳老字号食品电商有限公司（2021.9.3）、广东潮汕通数字营销有限公司（2021年9月15日），普宁市池尾内衣电子商务有限公司在“销售型”“运营服务”两类各列一次（同一信用代码）只算1家 → 截止日在园19家 < 20 → 0（回执自报21家不作数）；⑩在园企业类型取分类标题：平台型、销售型、电商运营服务、物流快递及仓储共4类 ≥ 3 → 1；合计 2+2+2+1+1+1+0+2+0+1 = 12');
  // coverage
  const admin = 236;
  const baseV = Math.min(admin, 200);
  const coveredSet = new Set(coveredIdx);
  const covN = coveredSet.size;
  const poorCovN = poorIdx.filter((i) => coveredSet.has(i)).length;
  assert(covN === 138 && poorCovN === 37, 'coverage');
  const vRate = covN / baseV;
  P['work.coverage'] = (vRate >= 0.7 ? 5 : vRate >= 0.5 ? 2 : 0) + (poorCovN === 38 ? 5 : poorCovN / 38 >= 0.8 ? 3 : 0);
  assert(P['work.coverage'] === 5, 'coverage points');
  dv.push(`work.coverage: 《村居名单》按镇一块、名称横排：村民委员会236个（另居民委员会/社区27个不计），基数 min(236,200) = 200。站点台账按批次，日期只在批次行：第一批2020年9月（61个）、第二批2020年12月（50个）、第三批2021年5月（33个）计入，第四批“2021年9月建成”（7个）在截止日后不计；前三批144个站点中，${villages[dup1].name}、${villages[dup2].name}、${villages[dup3].name}各有第二个站点（只计一次，${villages[dup3].name}第二站写作“…村委会”），${comm2.name}、${comm3.name}为社区不计，马鞍山农场不在名单内不计 → 有站点的行政村138个，138/200 = 69% < 70% → 2；省定贫困村38个，其中${villages[poorLate].name}的站点在第四批（2021年9月），截止日前覆盖37个，37/38 = 97.4%（≥80%，<100%） → 3；合计 2+3 = 5（若把第四批算进来会变成145/200=72.5%和38/38，得10分）`);
  P['work.upward'] = 2 + 2 + 1 + 1 + 1 + 2;
  dv.push('work.upward: 网销调研自评2、网络促销自评2、交易标准与冷链溯源自评1（第43—45行）；第三方运营服务商“是” → 1；村名单无快递列，按回执第19行行政村快递覆盖率100% → 1；2020年农村网络零售额71.35亿 ÷ 2019年58.62亿 − 1 = 21.7% < 30%，但农产品网络零售额8.12亿 ÷ 6.14亿 − 1 = 32.2% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9');
  const ptCut = 4808 + byCut.length;
  const rateT = ptCut / 500000;
  const ptPoints = rateT >= 0.01 ? 10 : rateT >= 0.008 ? 8 : rateT >= 0.006 ? 6 : 0;
  const pRate = trainedDistinct.size / 112;
  const prPoints = pRate >= 0.5 ? 10 : pRate >= 0.4 ? 8 : pRate >= 0.3 ? 6 : 0;
  P['work.training'] = ptPoints + prPoints;
  assert(ptPoints === 8 && prPoints === 8, 'training points');
  dv.push(`work.training: 常住人口200.94万 > 50万，基数500,000。《培训人次（镇×月）》矩阵每格是某镇某月的人次：2020年“1-6月”（按区间末2020-06）至2021年8月各列合计4,808人次，“9月（截至10日）”一列320人次在截止日后不计，合计行/列不计；《贫困户专场签到》共86行，场次代码A—D（日期在表下“场次说明”：2020-10-23、2020-12-11、2021-03-26、2021-06-18）78行计入，E场（2021年9月7日）8行不计；且注明专场未计入矩阵，不重复 → 4,808 + 78 = 4,886人次，4,886/500,000 = 0.977%（≥0.8%，<1%） → 8。贫困人口名册170人：有劳动能力且不外出务工112人（外出务工30人、无/丧失劳动能力28人不计）；截止日前签到的身份证号中属于这112人的有53人（15人参加两场只计一次；2名贫困户签到行的身份证末位写成小写x、另2名只签到一次的贫困户身份证号带空格分段，仍按同一号码比对（这4人都算在53人内）；4名外出务工者、3名无劳动能力者、3名非建档立卡的边缘户不计；另有6名合格贫困人口只在E场签到，不计） → 53/112 = 47.3%（≥40%，<50%） → 8；合计 16`);
  P['info.disclosure'] = 2 + 1;
  dv.push('info.disclosure: 回执第29—32行专栏公示方案、项目信息、建设进度、征求意见/监督举报窗口均“是” → 2；登记簿中“专栏更新”类在2020-09…2021-08窗口内有11个月（2021年2月没有，3月16日“1—2月合并更新”），2020-06-28、2021-09-14两条在窗口外 → 不定时更新 → 1；合计 3（登记簿的“月报”等其他类别不是专栏更新）');
  P['info.reporting'] = 3 + 3;
  dv.push('info.reporting: 登记簿“月报”类报揭阳市商务局，2020-09…2021-08每个月都有（2021年2月5日报1月份；2020-07、2020-08、2021-09-06在窗口外；报省商务厅的“其他报送”不算） → 按月 → 3；多条月报“含电商扶贫”打√，回执第33行“能统计电商扶贫情况 是” → 3；合计 6');
  P['promo.cases'] = 2;
  dv.push('promo.cases: 登记簿“经验材料”类2021-05-20报揭阳市商务局（2021-09-08那份在截止日后） → 2');
  P['promo.media'] = 4 + 3 + 1;
  dv.push('promo.media: 截止日前报道：人民网（国家级，按省级计）2021-03-09、广东广播电视台《广东新闻联播》（省级）2021-07-15 → 4；揭阳日报（市级）2020-12-18 → 3；普宁市融媒体中心（普宁电视台，县级）2021-05-12 → 1；南方日报2021-09-06在截止日后不计；4+3+1 = 8');
  P['fund.system'] = 4; dv.push('fund.system: 资金管理制度“是”，判断项第46行自评4 → 4');
  P['fund.ledger'] = 4; dv.push('fund.ledger: 资金专用台账“是”，判断项第47行自评4 → 4');
  const fRate = spent / 5000000;
  assert(fRate < 0.7, 'spending rate');
  P['fund.spending'] = -5;
  dv.push(`fund.spending: 《国库支付明细》只算资金性质“省级专项”、凭证状态“已清算”、日期不晚于2021-08-31的支付：800,000+420,000+180,000+560,000+300,000+266,000+400,000+160,000+300,000 = 3,386,000元（2020-10-12“已作废”的180,000元、2020-12-28“已退票”的300,000元各自已重新支付，不重复计；2021-04-16“市级配套”200,000元不是省级资金；2021-09-08的450,000元在截止日后），3,386,000 ÷ 5,000,000 = 67.72% < 70% → 倒扣5分（判断项“资金及时拨付4”不适用），与回执第35行“338.6万元”一致 → −5`);
  P['bonus.poorTraining'] = 0; dv.push('bonus.poorTraining: 贫困人口培训率53/112 = 47.3% < 70% → 0');
  P['bonus.tvCase'] = 1; dv.push('bonus.tvCase: 广东广播电视台《广东新闻联播》2021-07-15播出“电商帮扶让贫困户的青梅卖上好价钱”，登记簿标“含电商扶贫 √、电商扶贫典型案例”，省级电视 → 1（无国家级电视播报）');
  P['veto.incident'] = 0; dv.push('veto.incident: 回执第49行“否” → 不否决，0');
  P['veto.progress'] = 0; dv.push('veto.progress: 回执第38行项目总体进度76% ≥ 40% → 不否决，0（拨付率67.7%也≥40%）');
  P['veto.fraud'] = 0; dv.push('veto.fraud: 回执第50行“否” → 0');
  const scoredIds = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const scored = scoredIds.reduce((a, k) => a + P[k], 0);
  const bonus = Math.min(4, P['bonus.poorTraining'] + P['bonus.tvCase']);
  const total = scored + bonus;
  dv.push(`total: ${scoredIds.map((k) => P[k]).join('+')} = ${scored}，加分 ${bonus} → ${total}；未否决。`);
  const points = {};
  for (const k of [...scoredIds, 'bonus.poorTraining', 'bonus.tvCase', 'veto.incident', 'veto.progress', 'veto.fraud']) points[k] = P[k];

  return {
    description:
      '普宁市（揭阳）商务局的整本考评工作簿（10个表）。事实表是省填报模块生成的PDF回执整页复制进Excel：每行一格、全在A列，序号/指标名称/单位/填报值/备注靠空格对齐，长标签和成员单位折到下一行（“市市场监”/“管局、市乡村振兴局…”），有页脚“第 1 页 共 2 页”和续页表头；判断项自评和否决项也在回执里。台账新写法：村（居）委会名单按镇一块、名称横排在1—20列（洪阳镇24个村折成两行，社区另起一行）；站点台账按建设批次分段，投入运营时间只写在批次行（第四批2021年9月在截止日后）；普及培训是“镇×月”人次矩阵（两行表头“2020年/2021年”分组，“1-6月”区间列、“9月（截至10日）”列）；贫困户专场签到只写场次代码A—E，日期在表下“场次说明”小表里；入驻企业按类型分段（类型只在分段标题里），同一企业在两类各列一次；资金是国库支付系统导出（已清算/已作废/已退票，另有市级配套一笔）；月报、专栏更新、宣传报道、经验材料、报省厅的其他报送混在一本按日期登记的登记簿里，靠“类别”列区分。中等（74分，含加分1分，资金支出率67.7%倒扣5分，未否决）。',
    sheets: [
      { name: '填报回执', rows: fRows },
      { name: '村居名单', rows: vRows, merges: vMerges },
      { name: '省定贫困村', rows: pvRows, merges: pvMerges },
      { name: '站点台账（分批）', rows: stRows, merges: stMerges },
      { name: '培训人次（镇×月）', rows: trRows, merges: trMerges },
      { name: '贫困户专场签到', rows: siRows, merges: siMerges },
      { name: '贫困人口名册', rows: prRows, merges: prMerges },
      { name: '产业园企业（分类）', rows: enRows, merges: enMerges },
      { name: '国库支付明细', rows: fuRows, merges: fuMerges },
      { name: '报送宣传登记', rows: rgRows, merges: rgMerges },
    ],
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
    derivation: dv,
  };
}

if (require.main === module) {
  writeCase('facts', 'b28-f1-xiashan.json', factsXiashan());
  writeCase('facts', 'b28-f2-xiangzhou.json', factsXiangzhou());
  writeCase('facts', 'b28-f3-huidong.json', factsHuidong());
  writeCase('ledgers', 'b28-l1-fengshun.json', ledgerFengshun());
  writeCase('ledgers', 'b28-l2-dabu.json', ledgerDabu());
  writeCase('counties', 'b28-c1-puning.json', countyPuning());
  console.log('batch28 written');
}
