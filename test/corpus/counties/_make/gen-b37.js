'use strict';
// Batch 37 of the layout corpus, written blind (from docs/ledgers.md, docs/scoring-rules.md,
// the Lechang self-assessment and the corpus README only).
// Plain CommonJS, no dependencies, deterministic: `node gen-b37.js`.
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
function makeRng(seed) {
  const r = mulberry32(seed);
  const api = {
    next: r,
    int(lo, hi) { return lo + Math.floor(r() * (hi - lo + 1)); },
    pick(arr) { return arr[Math.floor(r() * arr.length)]; },
    shuffle(arr) {
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

function pad2(n) { return String(n).padStart(2, '0'); }
function iso(y, m, d) { return `${y}-${pad2(m)}-${pad2(d)}`; }
function parts(isoDate) { const [y, m, d] = isoDate.split('-').map(Number); return { y, m, d }; }
// A date written the way a clerk writes it. Returns [cell, expectedValue].
function dcell(isoDate, style) {
  const { y, m, d } = parts(isoDate);
  switch (style) {
    case 'cell': return [{ date: isoDate }, isoDate];
    case 'dot': return [`${y}.${m}.${d}`, isoDate];
    case 'cn': return [`${y}年${m}月${d}日`, isoDate];
    case 'slash': return [`${y}/${m}/${d}`, isoDate];
    case 'compact': return [`${y}${pad2(m)}${pad2(d)}`, isoDate];
    case 'month': return [`${y}年${m}月`, `${y}-${pad2(m)}`];
    default: throw new Error('style ' + style);
  }
}
function addDays(isoDate, n) {
  const t = Date.UTC(...(() => { const p = parts(isoDate); return [p.y, p.m - 1, p.d]; })()) + n * 86400000;
  const dt = new Date(t);
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}
function daysBetween(a, b) {
  const pa = parts(a), pb = parts(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86400000);
}
function colName(i) { // 0 -> A
  let s = '';
  i += 1;
  while (i > 0) { const r = (i - 1) % 26; s = String.fromCharCode(65 + r) + s; i = Math.floor((i - 1) / 26); }
  return s;
}
function thousands(n, dec) {
  const fixed = dec ? n.toFixed(dec) : String(n);
  const [ip, fp] = fixed.split('.');
  const withSep = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fp ? withSep + '.' + fp : withSep;
}

// Chinese resident ID number with a correct check digit.
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = '10X98765432';
function idCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * ID_W[i];
  return ID_C[s % 11];
}
function makeId(region, birth, seq) {
  const body = region + birth.replace(/-/g, '') + String(seq).padStart(3, '0');
  return body + idCheck(body);
}

const SURNAMES = '陈李黄张刘林何罗邓梁钟叶谢赖朱曾丘温江吴郑蔡杨'.split('');
const GIVEN = '志文明华国强建平秀英丽芳玉兰桂红金凤海燕春梅伟军德荣添福运娣妹带新兴辉亮卿'.split('');
function personName(rng) {
  const s = rng.pick(SURNAMES);
  return rng.next() < 0.35 ? s + rng.pick(GIVEN) : s + rng.pick(GIVEN) + rng.pick(GIVEN);
}
function phone(rng) {
  return rng.pick(['13', '15', '18', '17', '19']) + String(rng.int(100000000, 999999999));
}

function writeCase(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}

// =====================================================================================
// facts 1 — 梅县区：按数据类型分组填报的基础数据表（单位只写在分组标题里）
// =====================================================================================
function factsMeixian() {
  const rows = [];
  const merges = [];
  const push = (r) => { rows.push(r); return rows.length; };
  const section = (text) => { const n = push([text, null, null, null]); merges.push(`A${n}:D${n}`); };
  let n;
  n = push(['梅县区电子商务进农村综合示范创建考评基础数据表', null, null, null]); merges.push(`A${n}:D${n}`);
  n = push(['（按数据类型分类填报）', null, null, null]); merges.push(`A${n}:D${n}`);
  push(['填报单位：梅州市梅县区商务局', null, '联系人：钟××', null]);
  n = push(['填报要求：1.数量类按数据项括号内单位填阿拉伯数字；2.金额类单位统一为万元，只填数字；3.比例类单位为%，只填数字（如23.5）；4.日期类按“年.月.日”填写；5.是否类填“是”或“否”；6.分值类填自评分。', null, null, null]);
  merges.push(`A${n}:D${n}`);
  push(['序号', '数据项', '填报', '备注']);
  section('一、数量类');
  push([1, '常住人口（万人）', 55.83, '第七次全国人口普查']);
  push([2, '户籍人口（万人）', 62.07, '公安户籍口径，仅供参考']);
  push([3, '行政村（个）', 336, '不含社区']);
  push([4, '社区（个）', 29, null]);
  push([5, '省定贫困村（个）', 48, null]);
  push([6, '村级电商服务站点（个）', 262, '覆盖行政村241个']);
  push([7, '电商产业园入驻企业（家）', 24, '详见附件6']);
  push([8, '累计培训人次（人次）', '6,214', '2019年9月—2021年8月']);
  push([9, '有劳动能力的建档立卡贫困人口（不含外出务工人员）（人）', 2846, '区乡村振兴局确认']);
  push([10, '参加培训的建档立卡贫困人口（人）', 1507, '按身份证号去重']);
  section('二、金额类（单位：万元）');
  push([11, '2019年农村网络零售额', 152600, null]);
  push([12, '2020年农村网络零售额', '18.9亿', '区统计局口径']);
  push([13, '2019年农产品网络零售额', 36200, null]);
  push([14, '2020年农产品网络零售额', '47,800', null]);
  push([15, '省级专项资金下达', 500, '粤财工〔2019〕145号']);
  push([16, '区级配套资金', 100, '区财政安排，不含省级']);
  push([17, '累计拨付省级专项资金', 417.26, '截至8月31日，详见资金台账']);
  section('三、比例类（单位：%）');
  push([18, '2020年农村网络零售额同比增速', 23.9, null]);
  push([19, '2020年农产品网络零售额同比增速', '32%', null]);
  push([20, '行政村物流快递覆盖率', 100, '区邮政管理局出具证明']);
  push([21, '村级站点行政村覆盖率', 71.7, '241÷336']);
  push([22, '省级专项资金拨付率', 83.5, '417.26÷500']);
  push([23, '项目总体进度', 92, null]);
  section('四、日期类（年.月.日）');
  push([24, '考评截止日期', '2021.8.31', null]);
  push([25, '区级电商公共服务中心投入运营', '2020.10.26', '开业仪式']);
  push([26, '示范创建工作方案印发', '2019.12.20', '梅县区府办〔2019〕57号']);
  push([27, '填报日期', '2021.9.2', null]);
  section('五、是否类');
  push([28, '已正式印发示范县工作方案', '是', null]);
  push([29, '已出台支持农村电商发展的政策', '是', '《梅县区促进电子商务发展扶持办法》']);
  push([30, '中心有免费培训场所、培训设备，能组织电商基础培训', '是', null]);
  push([31, '为特色农产品提供免费展示、销售服务', '是', null]);
  push([32, '为电子商务市场主体提供免费摄影、美工服务', '否', '摄影棚按成本价收费']);
  push([33, '组织农产品统一推广、指导特色农产品品牌建设', '是', null]);
  push([34, '为电子商务发展提供其他衍生增值服务', '是', null]);
  push([35, '建设或整合、优化当地电商产业园', '是', null]);
  push([36, '有专业第三方电子商务运营或服务商', '是', null]);
  push([37, '专栏公示创建方案', '是', null]);
  push([38, '专栏公示项目基本信息', '是', null]);
  push([39, '专栏公示项目建设进度', '是', '按月公示']);
  push([40, '专栏设立征求意见或监督举报窗口', '否', '拟9月增设']);
  push([41, '能统计电商扶贫情况', '是', null]);
  push([42, '已制定资金管理制度', '是', null]);
  push([43, '已建立资金专用台账', '是', '承建方']);
  push([44, '发生安全生产、质量事故或造成重大经济损失', '否', null]);
  push([45, '存在弄虚作假', '否', null]);
  section('六、文字类');
  push([46, '县（市、区）', '梅县区', null]);
  push([47, '领导小组组长', '区委副书记、区长', null]);
  push([48, '领导小组成员单位', '区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、区邮政管理局', null]);
  push([49, '第三方运营服务商名称', '梅州市客都电商运营有限公司', null]);
  section('七、分值类（主观评分项自评，单位：分）');
  push([50, '方案制定', 2, null]);
  push([51, '政策支持', 2, null]);
  push([52, '项目管理制度', 2, null]);
  push([53, '工作台账', 1, '部分站点台账不全']);
  push([54, '网销调研', 2, null]);
  push([55, '网络促销活动', 2, null]);
  push([56, '交易标准与冷链溯源', 1, null]);
  push([57, '资金管理制度', 5, null]);
  push([58, '资金台账', 4, null]);
  push([59, '资金及时拨付', 4, null]);
  push([]);
  push(['填报人：钟××', null, '审核人：李××', null]);

  return {
    description: '梅县区（梅州）商务局的《考评基础数据表（按数据类型分类填报）》：不按工作任务而按数据类型分节——一、数量类（单位写在数据项括号里）/二、金额类（单位“万元”只写在节标题里，数据项不带单位）/三、比例类（单位%只在节标题，只填数字23.9，一格写成“32%”）/四、日期类（“年.月.日”文本）/五、是否类/六、文字类（县名、组长、成员单位）/七、分值类（主观项自评分）。陷阱：金额类里一格写“18.9亿”（按亿元读，不按节标题的万元）；户籍人口62.07万、社区29个、站点262个、入驻企业24家、区级配套资金100万元、站点覆盖率71.7、资金拨付率83.5都不是输入；填报日期2021.9.2不是截止日；快递覆盖率100（%）→ 是；摄影美工“否”、监督举报窗口“否”（false，不是缺项）。',
    sheets: [{ name: '考评基础数据', rows, merges }],
    expect: {
      facts: {
        county: '梅县区',
        asOf: '2021-08-31',
        residentPopulation: 558300,
        adminVillagesStated: 336,
        poorVillagesStated: 48,
        trainingPersonTimesStated: 6214,
        eligiblePoorPersonsStated: 2846,
        trainedPoorPersonsStated: 1507,
        ruralRetail2019: 1526000000,
        ruralRetail2020: 1890000000,
        agriRetail2019: 362000000,
        agriRetail2020: 478000000,
        fundAllocated: 5000000,
        fundSpentStated: 4172600,
        ruralRetailGrowthStated: 0.239,
        agriRetailGrowthStated: 0.32,
        expressCoverage: true,
        overallProgress: 0.92,
        centerOpened: '2020-10-26',
        planIssued: true,
        policyIssued: true,
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
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

// =====================================================================================
// facts 2 — 新会区：自评情况按“满分项 / 扣分项 / 加分项 / 一票否决项”归类
// =====================================================================================
function factsXinhui() {
  const rows = [];
  const merges = [];
  const push = (r) => { rows.push(r); return rows.length; };
  const wide = (text) => { const n = push([text, null, null, null, null, null]); merges.push(`A${n}:F${n}`); };
  wide('新会区电子商务进农村综合示范创建考评自评情况（按得分情况归类）');
  let n = push(['县（市、区）：新会区', null, null, '考评截止日期：2021年8月31日', null, null]);
  merges.push(`A${n}:C${n}`, `D${n}:F${n}`);
  wide('自评总分：85分（基础分84分，加分1分）');
  push([]);
  wide('一、满分项（8项，共34分）');
  push(['序号', '评价指标', '分值', '自评分', '得分依据', '佐证材料']);
  push([1, '组织领导', 2, 2, '区委副书记、区长任领导小组组长，区商务局、区财政局、区农业农村局、区乡村振兴局等14个单位为成员单位', '附件1-1']);
  push([2, '方案制定', 2, 2, '《新会区电子商务进农村综合示范县创建工作方案》于2019年11月正式印发', '附件1-2']);
  push([3, '项目管理', 4, 4, '制定项目管理制度（自评2分）；建立工作台账（自评2分）', '附件1-4']);
  push([4, '服务体系建设—村级站点', 10, 10, '全区行政村183个，已建站覆盖151个，覆盖率82.5%；省定贫困村4个，全部建站', '附件2-3']);
  push([5, '信息公开', 4, 4, '区政府网站专栏公示创建方案、项目基本信息，按月公示项目建设进度，设监督举报邮箱；近一年按月更新', '附件3-1']);
  push([6, '案例总结', 2, 2, '2021年4月向江门市商务局报送《新会陈皮“电商+合作社”助农增收》经验材料', '附件4-1']);
  push([7, '制度建立', 5, 5, '已制定《新会区省级电子商务进农村综合示范专项资金管理办法》并执行', '附件5-1']);
  push([8, '资金支出', 5, 5, '省级专项资金下达500万元，累计拨付386.5万元，支出率77.3%，按创建进度及时拨付', '附件5-3']);
  push([]);
  wide('二、扣分项（7项，应得61分，自评50分）');
  push(['序号', '评价指标', '分值', '自评分', '扣分原因', '佐证材料']);
  push([1, '政策支持', 2, 1, '已出台《新会区促进农村电子商务发展若干措施》，兑现企业较少，扣1分', '附件1-3']);
  push([2, '服务体系建设—县级中心及产业园', 15, 12, '区电商公共服务中心2020年7月18日投入运营，有免费培训场所和培训设备，提供免费展示销售、统一推广和品牌建设及其他增值服务；未提供免费摄影、美工服务（扣1分）；依托新会陈皮村整合建设电商产业园，截至8月底入驻企业18家，未达20家（扣2分）', '附件2-1、2-2']);
  push([3, '农村产品上行', 10, 6, '网销调研自评2分；网络促销活动场次偏少，自评1分；有第三方运营服务商；行政村快递覆盖率100%；交易标准与冷链溯源自评1分；2020年农村网络零售额41.3亿元，同比增长21.6%，农产品网络零售额8.97亿元，同比增长27.4%，均未达30%（扣2分）', '附件2-4']);
  push([4, '电商人才培训', 20, 18, '常住人口86.37万人（户籍人口77.6万人），按50万人计；累计培训5,216人次，占1.04%；有劳动能力的建档立卡贫困人口（不含外出务工）412人，参训190人，培训率46.1%（扣2分）', '附件2-5']);
  push([5, '数据上报', 6, 4, '2021年1月、2月工作情况合并于3月初报送，按不定时上报（扣2分）；能统计电商扶贫情况', '附件3-2']);
  push([6, '经验推广', 8, 5, '南方日报、南方+（省级）和新会电视台（县级）有报道，无市级媒体报道（扣3分）', '附件4-2']);
  push([7, '资金台账', 5, 4, '承建方已建立资金专用台账，个别凭证未附验收单（扣1分）', '附件5-2']);
  push([]);
  wide('三、加分项');
  push(['序号', '加分项', '分值', '自评分', '说明', null]);
  push([1, '建档立卡贫困人口培训率70%及以上', 2, 0, '培训率46.1%，未达到', null]);
  push([2, '电商扶贫典型案例获电视媒体播报', 2, 1, '2021年6月广东广播电视台《广东新闻联播》播报“新会陈皮电商助农”案例（省级）', null]);
  push([]);
  wide('四、一票否决项');
  push(['序号', '否决事项', null, '情况', null, null]);
  n = push([1, '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响', null, '未发生', null, null]); merges.push(`D${n}:F${n}`);
  n = push([2, '项目建设进度严重滞后，总体进度不足40%', null, '未发生（项目总体进度95%）', null, null]); merges.push(`D${n}:F${n}`);
  n = push([3, '弄虚作假', null, '无', null, null]); merges.push(`D${n}:F${n}`);
  push([]);
  push(['填报人：区商务局电商股 谭××', null, null, '填报日期：2021年9月6日', null, null]);

  return {
    description: '新会区（江门）商务局的自评情况不按指标体系顺序，而按得分情况归类：“一、满分项”“二、扣分项”（各一张小表，第5列分别叫“得分依据”“扣分原因”）、“三、加分项”“四、一票否决项”，指标在两组之间按得分分散；服务体系建设拆成“—县级中心及产业园”“—村级站点”两行分在不同组。事实都在得分依据/扣分原因的句子里；判断项分数写在句中（“自评2分”）或就是该指标的自评分。陷阱：户籍人口77.6万、覆盖151个行政村、入驻18家、培训率46.1%、支出率77.3%不是输入；2019年零售额未写（只写2020年值和增速，不反推）；填报日期2021年9月6日。',
    sheets: [{ name: '自评情况', rows, merges }],
    expect: {
      facts: {
        county: '新会区',
        asOf: '2021-08-31',
        residentPopulation: 863700,
        adminVillagesStated: 183,
        poorVillagesStated: 4,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-07-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 4130000000,
        agriRetail2020: 897000000,
        ruralRetailGrowthStated: 0.216,
        agriRetailGrowthStated: 0.274,
        trainingPersonTimesStated: 5216,
        eligiblePoorPersonsStated: 412,
        trainedPoorPersonsStated: 190,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3865000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.95,
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
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 5,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 1,
        'org.management': 4,
        'work.center': 12,
        'work.coverage': 10,
        'work.upward': 6,
        'work.training': 18,
        'info.disclosure': 4,
        'info.reporting': 4,
        'promo.cases': 2,
        'promo.media': 5,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 5,
        'bonus.poorTraining': 0,
        'bonus.tvCase': 1,
      },
    },
  };
}

// =====================================================================================
// facts 3 — 博罗县：自查问卷，题目在左，答案只填在右侧“答题区”（题号一行、答案一行，每段10题）
// =====================================================================================
function factsBoluo() {
  const Q = [
    ['县（市、区）名称', '文字', '博罗县'],
    ['考评截止日期', '日期', '2021.8.31'],
    ['常住人口（万人）', '数值', 108.62],
    ['行政村个数（个，不含社区）', '数值', 338],
    ['省定贫困村个数（个）', '数值', 26],
    ['工作协调机制牵头领导（填职务）', '文字', '县委副书记、县长'],
    ['参与部门（填部门简称，用顿号分隔）', '文字', '商务、财政、农业农村、交通运输、市场监管'],
    ['是否已正式印发示范县工作方案', '是否', '是'],
    ['是否已出台支持农村电商发展的政策', '是否', '是'],
    ['县级电子商务公共服务中心投入运营日期', '日期', '2020.12.28'],
    ['中心有免费培训场所、培训设备，能组织电商基础培训', '是否', '是'],
    ['为特色农产品提供免费展示、销售服务', '是否', '是'],
    ['为电子商务市场主体提供免费摄影、美工服务', '是否', '否'],
    ['组织农产品统一推广、指导特色农产品品牌建设', '是否', '是'],
    ['为电子商务发展提供其他衍生增值服务', '是否', null],
    ['建设或整合、优化当地电商产业园', '是否', '是'],
    ['有专业第三方电子商务运营或服务商', '是否', '是'],
    ['行政村物流快递覆盖率是否达到100%', '是否', '否（97.3%）'],
    ['2019年农村网络零售额（亿元）', '数值', 61.4],
    ['2020年农村网络零售额（亿元）', '数值', 75.2],
    ['2020年农村网络零售额同比增速（%）', '数值', 22.5],
    ['2019年农产品网络零售额（亿元）', '数值', 12.6],
    ['2020年农产品网络零售额（亿元）', '数值', 16.9],
    ['2020年农产品网络零售额同比增速（%）', '数值', 34.1],
    ['累计电商培训人次（人次）', '数值', 5347],
    ['有劳动能力的建档立卡贫困人口数（不含外出务工）（人）', '数值', 1965],
    ['参加培训的建档立卡贫困人口数（人）', '数值', 1012],
    ['政府网站专栏是否公示创建方案', '是否', '是'],
    ['专栏是否公示项目基本信息', '是否', '是'],
    ['专栏是否每月公示项目建设进度', '是否', '是'],
    ['专栏是否设立征求意见或监督举报窗口', '是否', '否'],
    ['能否统计电商扶贫情况', '是否', '能'],
    ['省级专项资金下达总额（万元）', '数值', 500],
    ['累计拨付资金（万元）', '数值', 352.8],
    ['是否已制定资金管理制度', '是否', '是'],
    ['项目承建方是否建立资金专用台账', '是否', '是'],
    ['项目总体进度（%）', '数值', 93],
    ['是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '是否', '否'],
    ['是否存在弄虚作假', '是否', '否'],
    ['村级站点覆盖的行政村个数（个）', '数值', 162],
    ['自评分：方案制定（1-2分）', '分值', 2],
    ['自评分：政策支持（1-2分）', '分值', 1],
    ['自评分：项目管理制度（1-2分）', '分值', 2],
    ['自评分：工作台账（1-2分）', '分值', 2],
    ['自评分：网销调研（1-2分）', '分值', 1],
    ['自评分：网络促销活动（1-2分）', '分值', 2],
    ['自评分：交易标准与冷链溯源（1-2分）', '分值', 1],
    ['自评分：资金管理制度（1-5分）', '分值', 4],
    ['自评分：资金台账（1-5分）', '分值', 4],
    ['自评分：资金及时拨付（1-5分）', '分值', 3],
  ];
  const W = 15; // A..O
  const blank = () => new Array(W).fill(null);
  const rows = [];
  const merges = [];
  let r = blank(); r[0] = '惠州市电子商务进农村综合示范创建考评自查问卷（县区填报）'; rows.push(r); merges.push('A1:O1');
  r = blank(); r[0] = '填报单位：博罗县商务局（盖章）　　　　填表日期：2021年9月2日'; rows.push(r); merges.push('A2:O2');
  r = blank(); r[0] = '填写说明：请勿改动左侧题目；答案统一填在右侧“答题区”对应题号下方的格子里。数值题只填数字，单位见题目括号；是否题填“是”或“否”；日期题按“年.月.日”填写；自评分题填分数。'; rows.push(r); merges.push('A3:O3');
  rows.push(blank());
  r = blank(); r[0] = '题号'; r[1] = '题目'; r[2] = '题型'; r[4] = '答题区'; rows.push(r); merges.push('E5:O5');
  const firstQ = rows.length; // 0-based index of first question row
  for (let i = 0; i < Q.length; i++) {
    r = blank(); r[0] = i + 1; r[1] = Q[i][0]; r[2] = Q[i][1]; rows.push(r);
  }
  // answer grid: for band k, row firstQ+3k: 题号, row firstQ+3k+1: 答案
  for (let k = 0; k < 5; k++) {
    const rn = firstQ + 3 * k;
    rows[rn][4] = '题号';
    rows[rn + 1][4] = '答案';
    for (let j = 0; j < 10; j++) {
      const q = 10 * k + j;
      rows[rn][5 + j] = q + 1;
      rows[rn + 1][5 + j] = Q[q][2];
    }
  }
  rows.push(blank());
  r = blank(); r[0] = '填报人：陈××（电商股）　　联系电话：0752-62xxxxx　　分管领导签字：'; rows.push(r);
  merges.push(`A${rows.length}:O${rows.length}`);

  return {
    description: '博罗县（惠州）商务局填惠州市商务局下发的《自查问卷》：左边A:C是题号|题目|题型（50题），答案不在题目旁边，而是统一填在右侧E:O的“答题区”里——每段两行（“题号”行1…10、“答案”行），五段依次为1-10、11-20…41-50，与左边题目行并不对齐，要按题号对回题目。单位只在题目括号里（万人、亿元、%、万元）。陷阱：第15题（其他衍生增值服务）答案格空着＝未答，不列；第18题答“否（97.3%）”→ 快递覆盖 false；第7题参与部门没有扶贫/乡村振兴 → principal；第40题覆盖行政村162个不是输入；填表日期2021年9月2日不是截止日。',
    sheets: [{ name: '自查问卷', rows, merges }],
    expect: {
      facts: {
        county: '博罗县',
        asOf: '2021-08-31',
        residentPopulation: 1086200,
        adminVillagesStated: 338,
        poorVillagesStated: 26,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 6140000000,
        ruralRetail2020: 7520000000,
        ruralRetailGrowthStated: 0.225,
        agriRetail2019: 1260000000,
        agriRetail2020: 1690000000,
        agriRetailGrowthStated: 0.341,
        trainingPersonTimesStated: 5347,
        eligiblePoorPersonsStated: 1965,
        trainedPoorPersonsStated: 1012,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3528000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.93,
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
      leadership: 'principal',
    },
  };
}

// =====================================================================================
// ledgers 1 — 阳西县：发票及付款登记簿（只有付款行是拨付）+ 宣传报道链接汇总（日期在链接里）
// =====================================================================================
function ledgerYangxi() {
  // ---- funds: invoice & payment register
  const fr = [];
  const fm = [];
  fr.push(['阳西县省级电子商务进农村综合示范专项资金发票及付款登记簿', null, null, null, null, null, null, null, null, null]); fm.push('A1:J1');
  fr.push(['登记单位：阳西县商务局', null, null, null, null, null, null, null, '单位：元', null]);
  fr.push(['序号', '收票日期', '发票号码', '开票单位', '项目内容', '发票金额', '付款日期', '付款金额', '付款凭证号', '备注']);
  const recs = [];
  const pay = (cellDate, expDate, amtCell, amt) => { recs.push({ date: expDate, amount: amt }); return [cellDate, amtCell]; };
  let p;
  p = pay({ date: '2020-06-30' }, '2020-06-30', '600,000.00', 600000);
  fr.push([1, '2020.6.22', '04418826', '阳江市漠阳电子商务有限公司', '县电商公共服务中心装修（首期）', '600,000.00', p[0], p[1], '记-2020-06-015', null]);
  p = pay('2020.8.14', '2020-08-14', 180000, 180000);
  fr.push([2, '2020.8.3', '04419133', '阳江市漠阳电子商务有限公司', '公共服务中心运营服务（2020年7—9月）', 180000, p[0], p[1], '记-2020-08-022', null]);
  p = pay('2020年9月28日', '2020-09-28', '300,000.00', 300000);
  fr.push([3, '2020.9.18', '00235871', '广东程村电商服务有限公司', '村级服务站点建设（第一批30个）', '450,000.00', p[0], p[1], '记-2020-09-031', '首付款']);
  p = pay('2020.12.10', '2020-12-10', '150,000.00', 150000);
  fr.push([null, '〃', '〃', '〃', '〃', null, p[0], p[1], '记-2020-12-008', '第二笔（验收后）']);
  fr.push([4, '2020.11.5', '00241066', '阳西县速达物流有限公司', '物流快递打单机', '90,000.00', null, null, null, '发票开错抬头，已退回重开（见第6行）']);
  fr.push([5, '2020.11.20', '00241102', '阳西县速达物流有限公司', '物流快递打单机（红字）', '-90,000.00', null, null, null, '冲红，对应第4行']);
  p = pay('2020年12月18日', '2020-12-18', 90000, 90000);
  fr.push([6, '2020.11.25', '00241137', '阳西县速达物流有限公司', '物流快递打单机', 90000, p[0], p[1], '记-2020-12-019', null]);
  p = pay('2021/2/5', '2021-02-05', 126000, 126000);
  fr.push([7, '2021.1.15', '44198021', '阳江市职业技能培训学校', '电商培训（第1—6期）', 126000, p[0], p[1], '记-2021-02-004', null]);
  p = pay('2021.3.31', '2021-03-31', '179,100.00', 179100);
  fr.push([8, '2021.3.10', '44198677', '广东鲜链冷链科技有限公司', '农产品冷链及溯源系统', '179,100.00', p[0], p[1], '记-2021-03-027', null]);
  p = pay({ date: '2021-05-20' }, '2021-05-20', '400,000.00', 400000);
  fr.push([9, '2021.4.20', '00256390', '广东程村电商服务有限公司', '村级服务站点建设（第二批40个）', '520,000.00', p[0], p[1], '记-2021-05-011', '其余120,000元待审计后支付']);
  p = pay('20210625', '2021-06-25', 360000, 360000);
  fr.push([10, '2021.6.8', '04420518', '阳江市漠阳电子商务有限公司', '公共服务中心运营服务（2020年10月—2021年3月）', 360000, p[0], p[1], '记-2021-06-020', null]);
  p = pay('2021年7月30日', '2021-07-30', '85,600.00', 85600);
  fr.push([11, '2021.7.12', '44201339', '阳西县荔乡文化传媒有限公司', '荔枝季网络促销活动', '85,600.00', p[0], p[1], '记-2021-07-033', null]);
  fr.push([12, '2021.8.16', '44201802', '阳江市职业技能培训学校', '电商培训（第7—10期）', 98000, null, null, null, '财政审核中，未付']);
  p = pay('2021.9.7', '2021-09-07', 180000, 180000);
  fr.push([13, '2021.8.20', '04421120', '阳江市漠阳电子商务有限公司', '公共服务中心运营服务（2021年4—6月）', 180000, p[0], p[1], '记-2021-09-006', null]);
  fr.push(['合计', null, null, null, null, '2,868,700.00', null, '2,650,700.00', null, null]);
  fr.push(['注：1.本簿按收到发票的先后登记，“付款日期”“付款金额”已填的才是已拨付；2.一张发票分次付款的，续行登记，收票日期、发票号码等写“〃”；3.红字发票为冲销，不另付款。', null, null, null, null, null, null, null, null, null]);
  fm.push(`A${fr.length}:J${fr.length}`);
  fr.push(['登记人：林××', null, null, null, '复核：陈××', null, null, null, null, null]);
  // sanity
  const sumPaid = recs.reduce((s, x) => s + x.amount, 0);
  if (sumPaid !== 2650700) throw new Error('yangxi paid sum ' + sumPaid);
  const sumInv = fr.slice(3, fr.length - 3).reduce((a, r) => a + (r[5] == null ? 0 : Number(String(r[5]).replace(/,/g, ''))), 0);
  if (sumInv !== 2868700) throw new Error('yangxi invoice sum ' + sumInv);

  // ---- media: links only, date inside the link
  const mr = [];
  const mm = [];
  mr.push(['阳西县电子商务进农村宣传报道链接汇总', null, null, null, null, null]); mm.push('A1:F1');
  mr.push(['序号', '媒体', '报道标题', '链接', '形式', '备注']);
  const media = [];
  const m = (outlet, title, link, form, note, date, level, tv) => {
    mr.push([mr.length - 1, outlet, title, link, form, note]);
    media.push({ date, level, tv });
  };
  m('阳江日报', '阳西县电商公共服务中心启用 助力农产品“触网”', 'https://www.yjrb.com.cn/epaper/html/2020-10/16/content_3321.htm', '报纸', null, '2020-10-16', 'city', false);
  m('南方+', '阳西程村蚝“云上”热销', 'https://static.nfapp.southcn.com/content/202011/20/c4312345.html', '网络', null, '2020-11-20', 'province', false);
  m('阳江广播电视台', '《阳江新闻》阳西：电商服务站开到家门口', 'http://www.yjbtv.com/folder12/2021-01-08/97345.html', '电视', null, '2021-01-08', 'city', true);
  m('人民网', '广东阳西：电商助力荔枝出村进城', 'http://finance.people.com.cn/n1/2021/0615/c1004-32130123.html', '网络', null, '2021-06-15', 'national', false);
  m('阳西发布', '阳西荔枝直播带货 一晚卖出三万斤', 'https://mp.weixin.qq.com/s/k3Jd8XqLz0AbCdEf9QwRtA', '微信公众号', '2021年6月18日推送（链接不含日期）', '2021-06-18', 'county', false);
  m('广东广播电视台', '《广东新闻联播》阳西：电商扶贫让程村蚝游出大山海', 'https://www.gdtv.cn/article/8f3a2c0e9b7d41a5b6c3', '电视', '2021.7.9 广东卫视播出（链接不含日期）', '2021-07-09', 'province', true);
  m('南方日报', '阳西：小站点撬动农村电商大市场', 'https://epaper.southcn.com/nfdaily/html/2021-08/24/content_7951234.htm', '报纸', null, '2021-08-24', 'province', false);
  m('新华网', '阳西“电商+合作社”带富一方百姓', 'http://www.xinhuanet.com/local/2021-08/26/c_1127799123.htm', '网络', null, '2021-08-26', 'national', false);
  m('阳江日报', '阳西电商进农村示范创建迎接省考评', 'https://www.yjrb.com.cn/epaper/html/2021-09/03/content_4102.htm', '报纸', null, '2021-09-03', 'city', false);
  mr.push([]);
  mr.push(['注：本表不单列发布日期，发布日期见链接（链接中含年月日）；微信公众号、广东广播电视台网站链接不含日期的，在备注注明。', null, null, null, null, null]);
  mm.push(`A${mr.length}:F${mr.length}`);

  const sm = [
    ['说明'],
    ['1．本工作簿由阳西县商务局电商股整理，供省考评组查阅。'],
    ['2．“资金付款登记”按收票先后登记，已付款的才填付款日期和金额。'],
    ['3．“宣传报道”只留链接，截图见纸质档案第四册。'],
  ];

  return {
    description: '阳西县（阳江）商务局电商股两张表加说明页：①《专项资金发票及付款登记簿》按收票先后一行一张发票（收票日期|发票号码|开票单位|项目内容|发票金额|付款日期|付款金额|凭证号|备注），只有填了付款日期、付款金额的才是一笔拨付：分两次付款的发票续一行（收票日期、发票号、单位、内容写“〃”），开错退回的发票、红字冲销发票（-90,000.00）和“财政审核中，未付”的发票都没有付款；日期写法有真日期、2020.8.14、2020年9月28日、2021/2/5、八位数20210625；金额有数字和千分位文本；2021.9.7那笔在截止日后（照列）。②《宣传报道链接汇总》没有日期列，日期只在链接里（/2020-10/16/、/content/202011/20/、/n1/2021/0615/、/local/2021-08/26/），微信公众号和广东广播电视台网站的链接不含日期、日期写在备注；级别从媒体名看，形式列给出电视。陷阱：收票日期和发票金额不是拨付；合计行不是记录。',
    sheets: [
      { name: '说明', rows: sm },
      { name: '资金付款登记', rows: fr, merges: fm },
      { name: '宣传报道', rows: mr, merges: mm },
    ],
    expect: {
      sheets: {
        '说明': { kind: null },
        '资金付款登记': { kind: 'funds', records: recs },
        '宣传报道': { kind: 'media', records: media },
      },
    },
  };
}

// =====================================================================================
// ledgers 2 — 潮安区：村（居）委会名单是从区划系统复制的“树”（├─ └─ │），
//             培训是承办机构的《培训费用结算汇总表》（参训人数与“人天”并列）
// =====================================================================================
function ledgerChaoan() {
  const towns = [
    ['庵埠镇', '100', [
      ['庵埠居委会', 'ju'], ['仙溪村委会'], ['梅溪村委会'], ['茂龙村委会'], ['宝陇村委会'], ['郭陇村委会'],
      ['刘陇村委会'], ['亭厦村委会'], ['开濠村委会'], ['文里村委会'], ['华美社区居委会', 'ju']]],
    ['彩塘镇', '101', [
      ['彩塘居委会', 'ju'], ['骊塘村委会'], ['宏安村委会'], ['金砂村委会'], ['仙乐村委会'], ['鹳巢村委会'],
      ['华桥村委会'], ['水美村委会']]],
    ['浮洋镇', '104', [
      ['浮洋居委会', 'ju'], ['大吴村委会'], ['洋头村委会'], ['厦里村委会'], ['徐厝村委会'], ['佘厝洋村委会'],
      ['荣里村委会'], ['白沙埔村委会']]],
    ['龙湖镇', '105', [
      ['龙湖居委会', 'ju'], ['市头村委会'], ['阁洲村委会'], ['东升村委会'], ['湖美村委会'], ['溪口村委会'], ['银湖村委会']]],
    ['凤凰镇', '112', [
      ['凤凰居委会', 'ju'], ['凤西村委会'], ['凤北村委会'], ['虎头村委会'], ['乌岽村委会', 'poor'], ['大庵村委会', 'poor'],
      ['棋盘村委会'], ['石古坪村委会', 'poor', 'noexp'], ['叫水坑村委会', 'poor', 'post'], ['康美村委会']]],
    ['归湖镇', '110', [
      ['归湖居委会', 'ju'], ['狮峰村委会'], ['碧山村委会', 'poor'], ['神山村委会'], ['金丰村委会'], ['塘埔村委会'],
      ['山犁村委会', 'poor'], ['潭头村委会']]],
  ];
  const vr = [];
  const vm = [];
  vr.push(['潮安区村（居）民委员会名单', null, null, null, null]); vm.push('A1:E1');
  vr.push(['（复制自民政区划管理系统“区划树”，2021年6月；本表为庵埠、彩塘、浮洋、龙湖、凤凰、归湖六镇节选）', null, null, null, null]); vm.push('A2:E2');
  vr.push(['区划', '区划代码', '省定贫困村', '快递进村', '备注']);
  vr.push(['潮安区', '445103000000', null, null, null]);
  const recs = [];
  towns.forEach(([town, tcode, members], ti) => {
    const lastTown = ti === towns.length - 1;
    vr.push([(lastTown ? '└─' : '├─') + town, `445103${tcode}000`, null, null, null]);
    const stem = lastTown ? '　　' : '│　';
    members.forEach(([name, ...flags], mi) => {
      const last = mi === members.length - 1;
      const isJu = flags.includes('ju');
      const code = `445103${tcode}${isJu ? '0' : '2'}${String(mi + 1).padStart(2, '0')}`;
      let poorCell = null, expCell, note = null;
      if (isJu) { poorCell = '—'; expCell = '—'; }
      else {
        poorCell = flags.includes('poor') ? '是' : null;
        expCell = flags.includes('noexp') ? '未通（村民到镇上取件）' : flags.includes('post') ? '已通（邮政）' : '已通';
      }
      if (name === '石古坪村委会') note = '乌龙茶专业村';
      vr.push([stem + (last ? '└─' : '├─') + name, code, poorCell, expCell, note]);
      if (isJu) recs.push({ name, admin: false, poor: null, express: null });
      else recs.push({ name, admin: true, poor: flags.includes('poor'), express: !flags.includes('noexp') });
    });
  });
  vr.push([]);
  const nCun = recs.filter((x) => x.admin).length, nJu = recs.length - nCun, nPoor = recs.filter((x) => x.poor).length;
  if (nCun !== 45 || nJu !== 7 || nPoor !== 6) throw new Error(`chaoan counts ${nCun} ${nJu} ${nPoor}`);
  vr.push([`注：1.“├─”“└─”为系统区划树的层级符号，区、镇两级不是村（居）委会；2.省定贫困村填“是”，非贫困村空白；居委会不适用的填“—”；3.六镇合计：村委会${nCun}个、居委会${nJu}个，其中省定贫困村${nPoor}个。`, null, null, null, null]);
  vm.push(`A${vr.length}:E${vr.length}`);

  // ---- training settlement
  const tr = [];
  const tm = [];
  tr.push(['潮安区农村电商培训费用结算汇总表', null, null, null, null, null, null, null, null]); tm.push('A1:I1');
  tr.push(['承办单位：潮州市韩江职业培训学校　　　结算依据：潮安区商务局委托培训合同（CAS-2020-016）', null, null, null, null, null, null, null, null]); tm.push('A2:I2');
  tr.push(['期次', '培训日期', '培训天数', '培训地点', '参训人数（人）', '培训人天（人·天）', '结算标准（元/人·天）', '结算金额（元）', '备注']);
  const sessions = [];
  const s = (no, dateCell, endIso, days, place, n, note) => {
    tr.push([no, dateCell, days, place, n, n * days, 80, n * days * 80, note || null]);
    sessions.push({ date: endIso, personTimes: n });
  };
  s(1, '2020.9.24', '2020-09-24', 1, '庵埠镇文化站', 85);
  s(2, '2020.10.15-16', '2020-10-16', 2, '彩塘镇政府会议室', 62);
  s(3, '2020年11月5日', '2020-11-05', 1, '浮洋镇电商服务站', 74);
  s(4, '2020.11.26—27', '2020-11-27', 2, '东凤镇政府会议室', 58);
  s(5, { date: '2020-12-17' }, '2020-12-17', 1, '龙湖镇古寨会议厅', 90);
  tr.push(['2020年小计', null, null, null, 369, 489, null, 489 * 80, null]);
  s(6, '2021.1.7-9', '2021-01-09', 3, '区电商公共服务中心', 45, '建档立卡贫困户专场');
  s(7, '2021.3.18', '2021-03-18', 1, '金石镇政府会议室', 103);
  s(8, '21.4.22-23', '2021-04-23', 2, '古巷镇枫洋村委会', 66);
  s(9, '2021年5月20日', '2021-05-20', 1, '沙溪镇电商服务站', 81);
  s(10, '2021.6.24-25', '2021-06-25', 2, '凤凰镇（直播带货班）', 50, '凤凰单丛茶直播');
  s(11, '2021.7.15', '2021-07-15', 1, '江东镇政府会议室', 77);
  s(12, '2021.8.26-27', '2021-08-27', 2, '登塘镇政府会议室', 64);
  s(13, '2021.9.9-10', '2021-09-10', 2, '归湖镇政府会议室', 55, '9月结算');
  // subtotals as the school typed them
  const y21 = sessions.slice(5);
  const n21 = y21.reduce((a, x) => a + x.personTimes, 0);
  const rowsY21 = tr.slice(tr.length - 8);
  const rd21 = rowsY21.reduce((a, x) => a + x[5], 0);
  tr.push(['2021年小计', null, null, null, n21, rd21, null, rd21 * 80, null]);
  const nAll = sessions.reduce((a, x) => a + x.personTimes, 0);
  tr.push(['合计', null, null, null, nAll, 489 + rd21, null, (489 + rd21) * 80, null]);
  tr.push(['注：培训人天＝参训人数×培训天数，按人天结算；参训人数以各期签到表为准（签到表另册）。', null, null, null, null, null, null, null, null]);
  tm.push(`A${tr.length}:I${tr.length}`);
  tr.push(['承办单位（盖章）：', null, null, null, '区商务局经办人：', null, null, '审核：', null]);
  // sanity: 2020 subtotal
  const n20 = sessions.slice(0, 5).reduce((a, x) => a + x.personTimes, 0);
  if (n20 !== 369) throw new Error('chaoan n20 ' + n20);
  const rd20 = 85 + 124 + 74 + 116 + 90;
  if (rd20 !== 489) throw new Error('chaoan rd20 ' + rd20);

  return {
    description: '潮安区（潮州）商务局两张表：①《村（居）民委员会名单》是从民政区划系统复制的“区划树”：一列里用“├─”“└─”“│”和全角空格画出层级（潮安区→镇→村委会/居委会），12位区划代码为文本，区、镇两级行不是记录；类型只能从名称后缀看（村委会→行政村，居委会/社区居委会→admin false）；贫困村填“是”、非贫困村空白（表注写明→false），居委会两栏填“—”（null）；快递写“已通”“已通（邮政）”“未通（村民到镇上取件）”。②承办学校的《培训费用结算汇总表》一期一行：期次|培训日期|培训天数|地点|参训人数（人）|培训人天（人·天）|结算标准|结算金额|备注，记录的人次取“参训人数”（两天、三天班每人只算1人次，人天是结算口径），日期取区间末日（2020.10.15-16、2020.11.26—27、2021.1.7-9、21.4.22-23），另有真日期、“2020年11月5日”；“2020年小计”“2021年小计”“合计”行不是记录；第13期2021.9.9-10在截止日后（照列）。',
    sheets: [
      { name: '村居名单', rows: vr, merges: vm },
      { name: '培训结算', rows: tr, merges: tm },
    ],
    expect: {
      sheets: {
        '村居名单': { kind: 'villages', records: recs },
        '培训结算': { kind: 'training', records: sessions },
      },
    },
  };
}

// =====================================================================================
// county — 英德市：基本情况及自评一张表；全部台账（附件1—附件11）连续排在同一张“台账汇编”表里
// =====================================================================================
function countyYingde() {
  const rng = makeRng(37001);
  const ASOF = '2021-08-31';
  const SIX = '2021-02-28';

  // ---------------- villages
  const towns = ['英城街道', '沙口镇', '望埠镇', '横石水镇', '桥头镇', '青塘镇', '白沙镇', '大洞镇', '大站镇', '石灰铺镇',
    '石牯塘镇', '下太镇', '波罗镇', '横石塘镇', '大湾镇', '连江口镇', '黎溪镇', '水边镇', '英红镇', '东华镇', '黄花镇',
    '西牛镇', '九龙镇', '浛洸镇'];
  const cityCommunities = ['和平社区', '城南社区', '裕华社区', '英州社区', '东岸社区', '城北社区', '仙水社区', '新城社区'];
  const townCommunityTowns = towns.slice(1, 20); // 19 towns with one community at the seat
  const F = '石黄新大白长上下东西南北高龙青水桥岭坑塘田洞坪湾岗陂围江沙竹松梅桃李马牛鹿凤金银铁铜安福寿禾茶'.split('');
  const S = '坑塘岭田洞坪湾头背岗陂围江沙竹联丰光明星合兴隆华盛岩坝坳冲尾面'.split('');
  const communityBases = new Set([...cityCommunities.map((c) => c.replace('社区', '')),
    ...townCommunityTowns.map((t) => t.replace(/(镇|街道)$/, ''))]);
  const pool = [];
  for (const a of F) for (const b of S) {
    if (a === b) continue;
    const base = a + b;
    if (communityBases.has(base)) continue;
    if (towns.some((t) => t.startsWith(base))) continue;
    pool.push(base);
  }
  const bases = rng.shuffle(pool).slice(0, 262);
  // distribute: 英城街道 6 villages, other 23 towns 256 (11 or 12 each)
  const perTown = [6];
  let left = 256;
  for (let i = 1; i < 24; i++) { const k = i <= 3 ? 12 : 11; perTown.push(k); left -= k; }
  if (left !== 0) throw new Error('village distribution ' + left);
  const villages = []; // {town, name, base, admin, poor, express}
  let bi = 0;
  towns.forEach((t, ti) => {
    const list = [];
    for (let k = 0; k < perTown[ti]; k++) {
      const base = bases[bi++];
      list.push({ town: t, base, name: base + '村', admin: true, poor: false, express: true });
    }
    if (ti === 0) cityCommunities.forEach((c) => list.push({ town: t, base: c, name: c, admin: false, poor: null, express: null }));
    else if (townCommunityTowns.includes(t)) {
      const c = t.replace(/(镇|街道)$/, '') + '社区';
      list.splice(rng.int(0, list.length), 0, { town: t, base: c, name: c, admin: false, poor: null, express: null });
    }
    villages.push(...list);
  });
  const adminV = villages.filter((v) => v.admin);
  if (adminV.length !== 262) throw new Error('admin ' + adminV.length);
  const commV = villages.filter((v) => !v.admin);
  if (commV.length !== 27) throw new Error('comm ' + commV.length);
  // poor villages: 45, not in 英城街道
  const ruralAdmin = adminV.filter((v) => v.town !== '英城街道');
  const poorList = rng.shuffle(ruralAdmin).slice(0, 45);
  poorList.forEach((v) => { v.poor = true; });
  // one village without express
  const nonPoorRural = ruralAdmin.filter((v) => !v.poor);
  const noExpress = nonPoorRural[7];
  noExpress.express = false;

  // ---------------- stations
  const poorShuffled = rng.shuffle(poorList);
  const poorCovered = poorShuffled.slice(0, 43);
  const poorLateStation = poorShuffled[43]; // station only in 2021-09
  const poorNoStation = poorShuffled[44];
  const nonPoorAdmin = adminV.filter((v) => !v.poor);
  const nonPoorCovered = rng.shuffle(nonPoorAdmin.filter((v) => v !== noExpress)).slice(0, 104);
  nonPoorCovered.push(noExpress); // the village without express also has a station
  const covered = new Set([...poorCovered, ...nonPoorCovered]);
  if (covered.size !== 148) throw new Error('covered ' + covered.size);
  const coveredArr = villages.filter((v) => covered.has(v));
  const secondStation = [coveredArr[20], coveredArr[97]];
  const commStation = villages.find((v) => v.name === '和平社区');
  const monthOnlyAug = coveredArr[130];

  function randDate(lo, hi) {
    const span = daysBetween(lo, hi);
    return addDays(lo, rng.int(0, span));
  }
  const styles = ['cell', 'cell', 'cell', 'cell', 'dot', 'dot', 'dot', 'cn', 'cn', 'slash', 'month'];
  const stationRows = [];
  const stationFacts = []; // {village obj|null, opened iso (end of month for month-only), counted}
  function stationVillageText(v) {
    if (!v.admin) return v.name;
    const x = rng.next();
    if (x < 0.2) return v.base + '村委会';
    if (x < 0.3) return v.base + '村民委员会';
    return v.name;
  }
  for (const v of villages) {
    const add = (name, date, style, note) => {
      const [cell, exp] = dcell(date, style);
      stationRows.push([null, name, v.town, stationVillageText(v), cell, personName(rng), phone(rng), note || null]);
      stationFacts.push({ v, date, exp });
    };
    if (covered.has(v)) {
      let d = randDate('2020-04-10', '2021-08-20');
      let st = rng.pick(styles);
      if (v === monthOnlyAug) { d = '2021-08-16'; st = 'month'; }
      add(v.base + (v.admin ? '村' : '') + '电商服务站', d, st);
      if (secondStation.includes(v)) {
        add(v.base + '村电商服务站（二站）', randDate('2021-03-01', '2021-07-30'), 'dot', '同村第二个站点（圩镇）');
      }
    } else if (v === poorLateStation) {
      add(v.base + '村电商服务站', '2021-09-06', 'dot', '9月挂牌');
    } else if (v === commStation) {
      add('和平社区电商服务点', '2020-11-12', 'cell', '社区便民点');
    }
    if (v.town === '英红镇' && v === villages.filter((x) => x.town === '英红镇').slice(-1)[0]) {
      // farm station right after the last 英红镇 entry: not a village in the list
      const [cell] = dcell('2020-12-03', 'cn');
      stationRows.push([null, '红旗茶场电商服务点', '英红镇', '红旗茶场', cell, personName(rng), phone(rng), '国营茶场，不属行政村']);
      stationFacts.push({ v: null, date: '2020-12-03' });
    }
  }
  stationRows.forEach((r, i) => { r[0] = i + 1; });
  // verify coverage
  const covByCut = new Set();
  const poorCovByCut = new Set();
  for (const sf of stationFacts) {
    if (!sf.v || !sf.v.admin) continue;
    const d = sf.exp && sf.exp.length === 7 ? sf.exp + '-31' : sf.date;
    if (d <= ASOF) { covByCut.add(sf.v); if (sf.v.poor) poorCovByCut.add(sf.v); }
  }
  if (covByCut.size !== 148 || poorCovByCut.size !== 43) throw new Error('coverage ' + covByCut.size + ' ' + poorCovByCut.size);

  // ---------------- training sessions
  const sessRows = [];
  const topics = ['电商基础知识普及', '网店开设与运营', '英德红茶网络营销', '短视频与直播带货', '农村电商站点站长培训', '返乡青年电商创业班',
    '合作社电商应用', '农产品包装与品牌', '电商客服与物流', '麻竹笋线上销售实操'];
  const sessDates = [];
  {
    let d = '2020-09-10';
    for (let i = 0; i < 24; i++) {
      if (d >= '2021-02-06' && d <= '2021-02-21') d = '2021-02-23'; // no classes over the Spring Festival
      sessDates.push(d);
      d = addDays(d, rng.int(11, 15));
    }
    if (sessDates[23] > '2021-08-31') throw new Error('sess dates ' + sessDates[23]);
  }
  const sessCounts = [];
  let acc = 0;
  for (let i = 0; i < 24; i++) { const n = rng.int(160, 240); sessCounts.push(n); acc += n; }
  while (acc !== 4807) { // spread the difference over the sessions, one person-time at a time
    const i = rng.int(0, 23);
    const step = acc < 4807 ? 1 : -1;
    if (sessCounts[i] + step < 120 || sessCounts[i] + step > 300) continue;
    sessCounts[i] += step; acc += step;
  }
  const sessStyles = ['dot', 'cell', 'cn', 'dot', 'range', 'cell', 'dot', 'cn', 'range', 'slash'];
  const sessExpect = [];
  for (let i = 0; i < 24; i++) {
    const st = sessStyles[i % sessStyles.length];
    let cell, endIso = sessDates[i];
    if (st === 'range') {
      const p0 = parts(sessDates[i]);
      const end = addDays(sessDates[i], 1);
      const p1 = parts(end);
      cell = p0.m === p1.m ? `${p0.y}.${p0.m}.${p0.d}-${p1.d}` : `${p0.y}.${p0.m}.${p0.d}-${p1.m}.${p1.d}`;
      endIso = end;
    } else cell = dcell(sessDates[i], st)[0];
    const countCell = i % 7 === 3 ? `${sessCounts[i]}人次` : sessCounts[i];
    sessRows.push([`第${i + 1}期`, cell, rng.pick(['市电商公共服务中心培训室', '镇政府会议室', '村委会会议室', '英德职业技术学校', '英红镇茶叶合作社']), topics[i % topics.length], countCell, null]);
    sessExpect.push({ date: endIso, n: sessCounts[i] });
  }
  if (sessExpect.some((x) => x.date > ASOF)) throw new Error('session after cut-off among first 24');
  sessRows.push(['第25期', '2021.9.6', '市电商公共服务中心培训室', '电商直播进阶', 260, null]);
  sessRows.push(['第26期', '2021年10月（待定）', null, '跨境电商入门', null, '筹备中']);
  const S_by = sessExpect.reduce((a, x) => a + x.n, 0);
  if (S_by !== 4807) throw new Error('S ' + S_by);

  // ---------------- poor roster and special-session sign-ins
  const poorVillagesForPeople = poorList.slice(0, 12);
  const persons = [];
  const usedIds = new Set();
  function newPerson(forceX) {
    for (;;) {
      const y = rng.int(1962, 2000), mth = rng.int(1, 12), d = rng.int(1, 28);
      const seq = rng.int(1, 999);
      const id = makeId('441881', iso(y, mth, d), seq);
      if (usedIds.has(id)) continue;
      if (forceX && !id.endsWith('X')) continue;
      if (!forceX && id.endsWith('X') && rng.next() < 0.7) continue;
      usedIds.add(id);
      const v = rng.pick(poorVillagesForPeople);
      const sex = Number(id[16]) % 2 === 1 ? '男' : '女';
      return { id, name: personName(rng), sex, town: v.town, village: v.name };
    }
  }
  for (let i = 0; i < 130; i++) persons.push(newPerson(i < 4));
  const order = rng.shuffle(persons.map((_, i) => i));
  const eligible = order.slice(0, 88).map((i) => persons[i]);
  const migrants = order.slice(88, 112).map((i) => persons[i]);
  const nonLabour = order.slice(112).map((i) => persons[i]);
  eligible.forEach((p) => { p.labour = '有'; p.away = '否'; p.cat = 'E'; });
  migrants.forEach((p) => { p.labour = '有'; p.away = '是'; p.cat = 'M'; });
  nonLabour.forEach((p) => { p.labour = '无'; p.away = '—'; p.cat = 'N'; });
  // X-ending persons must be among eligible trained
  const xPersons = persons.slice(0, 4);
  const eligNoX = eligible.filter((p) => !xPersons.includes(p));
  const xElig = eligible.filter((p) => xPersons.includes(p));
  const trainedE = [...xElig, ...rng.shuffle(eligNoX).slice(0, 47 - xElig.length)];
  if (trainedE.length !== 47) throw new Error('trainedE');
  const untrainedE = eligible.filter((p) => !trainedE.includes(p));
  const septNew = untrainedE.slice(0, 6);
  const repeaters = trainedE.slice(0, 10);
  const septRepeat = trainedE.slice(20, 26);
  const nonEligAttend = [...migrants.slice(0, 4), ...nonLabour.slice(0, 2)];
  const SPECIAL = [
    { no: 1, iso: '2020-11-19', cell: '2020.11.19' },
    { no: 2, iso: '2021-04-15', cell: { date: '2021-04-15' } },
    { no: 3, iso: '2021-07-22', cell: '2021年7月22日' },
    { no: 4, iso: '2021-09-09', cell: '2021.9.9' },
  ];
  const attend = [[], [], [], []];
  trainedE.forEach((p) => { attend[rng.int(0, 2)].push(p); });
  repeaters.forEach((p) => {
    const first = attend.findIndex((a) => a.includes(p));
    let second = (first + 1 + rng.int(0, 1)) % 3;
    attend[second].push(p);
  });
  nonEligAttend.forEach((p) => attend[rng.int(0, 2)].push(p));
  septNew.forEach((p) => attend[3].push(p));
  septRepeat.forEach((p) => attend[3].push(p));
  const signRows = [];
  let lowerCount = 0, spaced = false;
  attend.forEach((list, k) => {
    rng.shuffle(list).forEach((p) => {
      let idText = p.id;
      if (p.id.endsWith('X') && lowerCount < 2) { idText = p.id.slice(0, 17) + 'x'; lowerCount++; }
      else if (!spaced && k === 1 && !p.id.endsWith('X')) { idText = `${p.id.slice(0, 6)} ${p.id.slice(6, 14)} ${p.id.slice(14)}`; spaced = true; }
      signRows.push([null, `贫困户电商专场（第${SPECIAL[k].no}场）`, SPECIAL[k].cell, p.name, idText, `${p.town}${p.village}`, '已签到']);
    });
  });
  signRows.forEach((r, i) => { r[0] = i + 1; });
  const signByCut = attend.slice(0, 3).reduce((a, l) => a + l.length, 0);
  const signSept = attend[3].length;
  if (signByCut !== 63 || signSept !== 12) throw new Error('sign rows ' + signByCut + ' ' + signSept);
  const trainedIdsByCut = new Set(attend.slice(0, 3).flat().map((p) => p.id));
  const matchedElig = eligible.filter((p) => trainedIdsByCut.has(p.id)).length;
  if (matchedElig !== 47) throw new Error('matched ' + matchedElig);
  const trainedIdsAll = new Set(attend.flat().map((p) => p.id));
  const rosterOrder = rng.shuffle(persons).sort((a, b) => (a.village < b.village ? -1 : a.village > b.village ? 1 : 0));
  const rosterRows = rosterOrder.map((p, i) => [i + 1, p.name, p.sex, p.id, p.town, p.village, p.labour, p.away, trainedIdsAll.has(p.id) ? '是' : '否']);
  const totalPT = S_by + signByCut;

  // ---------------- enterprises
  const KIND = { P: '平台型电商企业', S: '销售型企业', O: '电商运营服务商', L: '物流快递企业' };
  const ent = [
    ['英德市英红九号茶叶电子商务有限公司', 'S', '2020-09-28', null, 'cell'],
    ['英德市乐村淘网络科技有限公司', 'P', '2020-09-28', null, 'dot'],
    ['广东英茶汇电子商务有限公司', 'S', '2020-09-28', null, 'dot'],
    ['英德市邮政速递物流分公司电商仓', 'L', '2020-10-09', null, 'cn'],
    ['英德市石门台生态农业有限公司', 'S', '2020-10-12', '2021-03-31', 'dot'],
    ['清远市云尚电商运营管理有限公司', 'O', '2020-10-15', null, 'cell'],
    ['英德市顺丰速运营业部（电商园点）', 'L', '2020-10-20', null, 'slash'],
    ['英德市麻竹笋农产品专业合作社', 'S', '2020-11-02', null, 'cn'],
    ['英德市红茶坊电子商务有限公司', 'S', '2020-11-10', null, 'dot'],
    ['广东连江口文旅电商有限公司', 'S', '2020-11-18', null, 'cell'],
    ['英德市黄花镇砂糖桔电商服务部', 'S', '2020-12-01', null, 'month'],
    ['英德市快乐购电子商务有限公司', 'P', '2020-12-08', '2021-06-30', 'dot'],
    ['清远市数智直播传媒有限公司', 'O', '2020-12-15', null, 'cn'],
    ['英德市中通快递服务有限公司', 'L', '2021-01-05', null, 'cell'],
    ['英德市西牛麻竹笋电商有限公司', 'S', '2021-01-12', null, 'dot'],
    ['广东英州云仓供应链有限公司', 'O', '2021-02-20', null, 'slash'],
    ['广东英红九号茶业电商有限公司', 'S', '2021-03-15', null, 'dot'],
    ['英德市农村淘宝服务中心', 'P', '2021-03-22', null, 'cell'],
    ['英德市浛洸土特产电商有限公司', 'S', '2021-04-08', null, 'cn'],
    ['英德市青塘番薯干电子商务有限公司', 'S', '2021-04-26', '2021-08-15', 'dot'],
    ['清远市优品汇网络科技有限公司', 'O', '2021-05-17', null, 'dot'],
    ['英德市鹿鸣山农业科技有限公司', 'S', '2021-06-03', null, 'cell'],
    ['英德市九龙豆腐电子商务有限公司', 'S', '2021-07-19', null, 'cn'],
    ['英德市连樟村农产品电商有限公司', 'S', '2021-09-06', null, 'dot'],
  ];
  const entRows = [];
  const codeOf = (i) => `91441881MA5${String(4 + (i % 6))}${'HKLPQRTWXY'[i % 10]}${String(1000 + i * 37).slice(-4)}${'0123456789ABCDEFGHJK'[i % 20]}`;
  const codes = ent.map((_, i) => codeOf(i));
  codes[16] = codes[8]; // renamed company keeps its credit code
  ent.forEach((e, i) => {
    const [name, k, inD, outD, st] = e;
    const inCell = dcell(inD, st)[0];
    const outCell = outD ? dcell(outD, i === 19 ? 'cell' : i === 11 ? 'month' : 'dot')[0] : null;
    let note = null;
    if (i === 8) note = '2021年3月更名为“广东英红九号茶业电商有限公司”，见第17行';
    if (i === 16) note = '原“英德市红茶坊电子商务有限公司”更名，同一企业';
    if (i === 23) note = '9月新签约';
    if (outD) note = '已退出';
    entRows.push([i + 1, name, codes[i], KIND[k], inCell, outCell, note]);
  });
  // present at cut-off
  const present = new Map();
  ent.forEach((e, i) => {
    const [, k, inD, outD] = e;
    const inIso = inD.length === 7 ? inD + '-01' : inD;
    if (inIso > ASOF) return;
    if (outD && outD <= ASOF) return;
    present.set(codes[i], k);
  });
  // the renamed entry: row 9 (i=8) has no exit and row 17 same code → one
  if (present.size !== 19) throw new Error('present ' + present.size);
  const kindsPresent = new Set(present.values());

  // ---------------- funds (cash-book style)
  const fundRows = [];
  const pays = [
    ['2020-05-18', 'cell', '市电商公共服务中心装修首期', 850000],
    ['2020-08-20', 'dot', '村级服务站点建设（第一批）', 620000],
    ['2020-10-30', 'cn', '县镇村三级物流体系建设', 486000],
    ['2020-12-25', 'compact', '电商培训服务费（第1—8期）', 168500],
    ['2021-02-08', 'cell', '公共服务中心运营服务费', 360000],
    ['2021-04-16', 'dot', '村级服务站点建设（第二批）', 540000],
    ['2021-06-11', 'slash', '农产品冷链及溯源系统', 312000],
    ['2021-07-28', 'cn', '英德红茶品牌推广活动', 250000],
    ['2021-08-27', 'dot', '电商培训服务费（第9—20期）', 200000],
    ['2021-09-14', 'dot', '公共服务中心运营服务费（二期）', 420000],
  ];
  let bal = 0;
  fundRows.push([1, '2020.1.10', '收到省级专项资金（清财工〔2019〕112号）', 5000000, null, (bal += 5000000), '记-01-006']);
  let vno = 2;
  const addPay = ([d, st, memo, amt]) => {
    bal -= amt;
    fundRows.push([vno++, dcell(d, st)[0], memo, null, amt % 3 === 0 ? thousands(amt, 2) : amt, bal, `记-${d.slice(5, 7)}-${String(rng.int(1, 40)).padStart(3, '0')}`]);
  };
  pays.slice(0, 4).forEach(addPay);
  bal += 1286.4;
  fundRows.splice(4, 0, [null, '2020.12.21', '专户结息', 1286.4, null, null, '记-12-030']);
  fundRows.push(['2020年合计', null, null, 5001286.4, 2124500, null, null]);
  pays.slice(4).forEach(addPay);
  fundRows.push(['2021年合计', null, null, null, 2082000, null, null]);
  fundRows.push(['累计', null, null, 5001286.4, 4206500, null, null]);
  // fix running balances after splice (recompute)
  {
    let b = 0;
    for (const r of fundRows) {
      if (typeof r[0] === 'string') continue;
      const inc = typeof r[3] === 'number' ? r[3] : 0;
      const out = r[4] == null ? 0 : typeof r[4] === 'number' ? r[4] : Number(String(r[4]).replace(/,/g, ''));
      b = Math.round((b + inc - out) * 100) / 100;
      if (r[5] !== null || inc || out) r[5] = b;
    }
  }
  const paidByCut = pays.filter((p) => p[0] <= ASOF).reduce((a, p) => a + p[3], 0);
  if (paidByCut !== 3786500) throw new Error('paid ' + paidByCut);
  const paid2020 = pays.filter((p) => p[0] < '2021').reduce((a, p) => a + p[3], 0);
  if (paid2020 !== 2124500) throw new Error('paid2020 ' + paid2020);
  const paid2021 = pays.filter((p) => p[0] >= '2021').reduce((a, p) => a + p[3], 0);
  if (paid2021 !== 2082000) throw new Error('paid2021 ' + paid2021);

  // ---------------- reports to 清远市商务局
  const reps = [
    ['2020-09-08', 'cell', '8月份电商进农村工作进展', '否'],
    ['2020-10-10', 'dot', '9月份工作进展及统计数据', '是'],
    ['2020-11-09', 'cn', '10月份工作进展', '否'],
    ['2020-12-08', 'dot', '11月份工作进展及电商扶贫统计', '是'],
    ['2021-01-11', 'cell', '12月份及2020年工作总结', '是'],
    ['2021-03-05', 'dot', '2021年1—2月工作进展（春节合并报送）', '否'],
    ['2021-04-08', 'slash', '3月份工作进展及一季度电商扶贫统计', '是'],
    ['2021-05-10', 'cn', '4月份工作进展', '否'],
    ['2021-06-09', 'dot', '5月份工作进展', '否'],
    ['2021-07-08', 'cell', '6月份及上半年电商扶贫统计', '是'],
    ['2021-08-09', 'dot', '7月份工作进展', '否'],
    ['2021-09-08', 'dot', '8月份工作进展及迎检准备情况', '是'],
  ];
  const repRows = reps.map((r, i) => [i + 1, dcell(r[0], r[1])[0], r[2], i % 3 === 0 ? '邮件' : '粤政易', r[3]]);
  const repMonths = new Set(reps.filter((r) => r[0] <= ASOF && r[0] >= '2020-09-01').map((r) => r[0].slice(0, 7)));
  if (repMonths.size !== 11) throw new Error('report months ' + repMonths.size);

  // ---------------- disclosures
  const disc = [
    ['2020-06-12', 'cell', '英德市电子商务进农村综合示范县创建工作方案'],
    ['2020-07-20', 'dot', '示范县项目基本信息公示（承建单位、资金、建设内容）'],
    ['2020-09-15', 'dot', '2020年8月项目建设进度'],
    ['2020-10-16', 'cn', '2020年9月项目建设进度'],
    ['2020-10-28', 'dot', '关于设立电商进农村项目监督举报电话和邮箱的公告'],
    ['2020-11-13', 'cell', '2020年10月项目建设进度'],
    ['2020-12-15', 'dot', '2020年11月项目建设进度'],
    ['2021-01-15', 'slash', '2020年12月项目建设进度'],
    ['2021-02-26', 'dot', '2021年1月项目建设进度'],
    ['2021-03-12', 'cn', '2021年2月项目建设进度'],
    ['2021-04-16', 'dot', '2021年3月项目建设进度'],
    ['2021-05-14', 'cell', '2021年4月项目建设进度'],
    ['2021-06-11', 'dot', '2021年5月项目建设进度'],
    ['2021-07-15', 'dot', '2021年6月项目建设进度'],
    ['2021-08-13', 'cn', '2021年7月项目建设进度'],
    ['2021-09-10', 'dot', '2021年8月项目建设进度'],
  ];
  const discRows = disc.map((r, i) => [i + 1, dcell(r[0], r[1])[0], r[2], `http://www.yingde.gov.cn/ztzl/dzswjnc/content/post_${1402230 + i * 517}.html`]);
  const discMonths = new Set(disc.filter((r) => r[0] <= ASOF && r[0] >= '2020-09-01').map((r) => r[0].slice(0, 7)));
  if (discMonths.size !== 12) throw new Error('disc months ' + discMonths.size);

  // ---------------- media
  const mediaRows = [
    [1, '2020.10.9', '英德电视台', '县级', '电视', '我市电商公共服务中心正式运营', '否'],
    [2, { date: '2020-12-03' }, '清远日报', '市级', '报纸', '英德：村级电商站点让山货“出村进城”', '否'],
    [3, '2021年1月20日', '南方日报', '省级', '报纸', '英德红茶搭上电商快车', '是'],
    [4, '2021.5.12', '广东广播电视台（广东新闻频道）', '省级', '电视', '英德：电商带贫 茶农增收', '是'],
    [5, { date: '2021-07-06' }, '人民网', '国家级', '网络', '广东英德：电商赋能乡村振兴', '否'],
    [6, '2021.9.2', '清远电视台', '市级', '电视', '英德迎接省电商进农村示范考评', '否'],
  ];
  // ---------------- materials
  const matRows = [
    [1, '2021.3.18', '英德红茶“电商+扶贫”经验材料', '清远市商务局', '邮件'],
    [2, '2021年9月8日', '英德市电子商务进农村综合示范创建工作总结', '清远市商务局', '粤政易'],
  ];

  // ================= the stacked sheet
  const L = [];
  const LM = [];
  const W = 9;
  const row = (...cells) => { const r = cells.slice(); while (r.length < W) r.push(null); L.push(r); return L.length; };
  const title = (text) => { const n = row(text); LM.push(`A${n}:${colName(W - 1)}${n}`); };
  title('英德市电子商务进农村综合示范创建考评台账汇编');
  const n0 = row('说明：为便于连续打印装订，附件1—附件11按顺序排在本表，每个附件有自己的标题和表头，附件之间空两行。');
  LM.push(`A${n0}:${colName(W - 1)}${n0}`);
  row(); row();
  // 附件1
  title('附件1　英德市村（居）民委员会名单');
  row('序号', '镇（街）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注');
  villages.forEach((v, i) => {
    row(i + 1, v.town, v.name, v.admin ? '行政村' : '社区', v.admin ? (v.poor ? '是' : '否') : '—',
      v.admin ? (v.express ? '是' : '否（村民到镇上取件）') : '—', null);
  });
  row('合计', null, `行政村${adminV.length}个，社区${commV.length}个，其中省定贫困村${poorList.length}个`);
  row(); row();
  // 附件2
  title('附件2　英德市村级电子商务服务站点清单');
  row('序号', '站点名称', '所在镇（街）', '所在村（居）', '挂牌运营时间', '站长', '联系电话', '备注');
  stationRows.forEach((r) => row(...r));
  row('合计', `${stationRows.length}个站点`);
  row(); row();
  // 附件3
  title('附件3　英德市农村电商普及性培训登记（按期次）');
  row('期次', '培训日期', '培训地点', '培训内容', '培训人次', '备注');
  sessRows.forEach((r) => row(...r));
  row('合计', null, null, null, 4807 + 260, null);
  const nn = row('注：建档立卡贫困户电商专场的参训人员逐人签到，见附件4，未计入本表人次。');
  LM.push(`A${nn}:${colName(W - 1)}${nn}`);
  row(); row();
  // 附件4
  title('附件4　建档立卡贫困户电商专场培训签到汇总');
  row('序号', '专场', '培训日期', '姓名', '身份证号码', '所在镇村', '签到');
  signRows.forEach((r) => row(...r));
  row(); row();
  // 附件5
  title('附件5　建档立卡贫困人口名单（劳动能力及务工情况）');
  row('（英德市乡村振兴局提供，2021年7月）');
  row('序号', '姓名', '性别', '身份证号码', '镇', '村', '劳动能力', '是否外出务工', '辅助列：是否参训（VLOOKUP附件4，含9月专场）');
  rosterRows.forEach((r) => row(...r));
  row('合计', `${persons.length}人，其中有劳动能力且未外出务工${eligible.length}人`);
  row(); row();
  // 附件6
  title('附件6　英德市电子商务产业园入驻企业名单');
  row('序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注');
  entRows.forEach((r) => row(...r));
  row(); row();
  // 附件7
  title('附件7　省级电子商务进农村综合示范专项资金台账');
  row('单位：元');
  row('序号', '日期', '摘要', '收入（下达）', '支出（拨付）', '结余', '凭证号');
  fundRows.forEach((r) => row(...r));
  row(); row();
  // 附件8
  title('附件8　向清远市商务局报送工作情况登记');
  row('序号', '报送时间', '报送内容', '报送方式', '含电商扶贫统计');
  repRows.forEach((r) => row(...r));
  row(); row();
  // 附件9
  title('附件9　市政府网站“电子商务进农村综合示范”专栏更新记录');
  row('序号', '发布日期', '标题', '链接');
  discRows.forEach((r) => row(...r));
  row(); row();
  // 附件10
  title('附件10　宣传报道情况');
  row('序号', '日期', '媒体', '级别', '形式', '标题', '电商扶贫案例');
  mediaRows.forEach((r) => row(...r));
  row(); row();
  // 附件11
  title('附件11　经验材料报送情况');
  row('序号', '报送日期', '材料名称', '报送对象', '报送方式');
  matRows.forEach((r) => row(...r));
  row();
  row('（全册完）');

  // ================= facts / self-assessment sheet
  const FR = [];
  const FMg = [];
  const fw = 5;
  const frow = (...cells) => { const r = cells.slice(); while (r.length < fw) r.push(null); FR.push(r); return FR.length; };
  let t = frow('英德市电子商务进农村综合示范创建考评基本情况及自评表'); FMg.push(`A${t}:E${t}`);
  t = frow('填报单位：英德市商务局　　　数据截至：2021年8月31日　　　填报时间：2021年9月10日'); FMg.push(`A${t}:E${t}`);
  frow('类别', '序号', '项目', '填报情况', '佐证（见台账汇编）');
  const groups = [
    ['基本情况', [
      ['县（市、区）', '英德市', null],
      ['常住人口', '94.36万人（七普）', null],
      ['行政村', '262个', '附件1'],
      ['社区', '27个', '附件1'],
      ['省定贫困村', '45个', '附件1'],
    ]],
    ['组织领导', [
      ['领导小组组长', '市委副书记、市长', '详见附件（领导小组文件）'],
      ['成员单位', '市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、英德邮政分公司', null],
      ['示范县工作方案', '已正式印发（英府办〔2019〕68号）', null],
      ['支持农村电商发展的政策', '已出台《英德市促进农村电子商务发展扶持办法》', null],
    ]],
    ['服务中心及产业园', [
      ['公共服务中心投入运营时间', { date: '2020-09-28' }, null],
      ['免费培训场所、培训设备', '有', null],
      ['免费展示、销售服务', '有', null],
      ['免费摄影、美工服务', '有', null],
      ['统一推广、品牌建设', '有', null],
      ['其他衍生增值服务', '有（代办营业执照、金融对接）', null],
      ['电商产业园', '已建（英德市电子商务产业园）', '附件6'],
      ['入驻企业', '22家', '附件6'],
    ]],
    ['村级站点', [
      ['村级站点', '151个，覆盖行政村148个，省定贫困村全覆盖', '附件2'],
    ]],
    ['农村产品上行', [
      ['专业第三方运营服务商', '有（清远市云尚电商运营管理有限公司）', null],
      ['行政村物流快递覆盖率', '100%', '附件1'],
      ['2019年农村网络零售额', '38.6亿元', null],
      ['2020年农村网络零售额', '47.2亿元（同比增长22.3%）', null],
      ['2019年农产品网络零售额', '9.8亿元', null],
      ['2020年农产品网络零售额', '13.1亿元（同比增长33.7%）', null],
    ]],
    ['电商培训', [
      ['累计培训人次（截至填报时间）', '5,142人次', '附件3、附件4'],
      ['有劳动能力的建档立卡贫困人口（不含外出务工）', '88人', '附件5'],
      ['参训建档立卡贫困人口', '63人', '附件4'],
    ]],
    ['信息公开及报送', [
      ['专栏公示创建方案', '是', '附件9'],
      ['专栏公示项目基本信息', '是', '附件9'],
      ['专栏按月公示项目建设进度', '是', '附件9'],
      ['征求意见或监督举报窗口', '是（监督举报电话、邮箱）', '附件9'],
      ['电商扶贫统计', '能统计，纳入月报', '附件8'],
    ]],
    ['财政资金', [
      ['省级专项资金下达', '500万元', '附件7'],
      ['累计拨付', '378.65万元', '附件7'],
      ['资金管理制度', '已制定', null],
      ['资金专用台账', '已建立（承建方）', '附件7'],
      ['项目总体进度', '90%', null],
    ]],
    ['否决事项', [
      ['安全生产、质量事故或重大损失', '无', null],
      ['弄虚作假', '无', null],
    ]],
  ];
  let seq = 1;
  for (const [g, items] of groups) {
    const start = FR.length + 1;
    items.forEach(([label, val, ev], i) => frow(i === 0 ? g : null, seq++, label, val, ev));
    if (items.length > 1) FMg.push(`A${start}:A${FR.length}`);
  }
  frow();
  t = frow('自评得分'); FMg.push(`A${t}:E${t}`);
  frow('评价指标', '分值', '自评分', '其中：主观评分项', '说明');
  const selfRows = [
    ['组织领导', 2, 2, null, '市长牵头，四部门齐全'],
    ['方案制定', 2, 2, '方案制定 2', null],
    ['政策支持', 2, 1, '政策支持 1', '兑现不足'],
    ['项目管理', 4, 4, '管理制度 2；工作台账 2', null],
    ['服务体系建设（县级中心及产业园）', 15, 15, null, null],
    ['服务体系建设（村级站点）', 10, 10, null, null],
    ['农村产品上行', 10, 9, '网销调研 2；促销活动 2；交易标准与冷链溯源 1', null],
    ['电商人才培训', 20, 20, null, null],
    ['信息公开', 4, 4, null, null],
    ['数据上报', 6, 6, null, null],
    ['案例总结', 2, 2, null, null],
    ['经验推广', 8, 8, null, null],
    ['资金管理制度', 5, 5, '资金管理制度 5', null],
    ['资金台账', 5, 4, '资金台账 4', null],
    ['资金支出', 5, 4, '及时拨付 4', '支出率75.7%'],
    ['加分：贫困人口培训率70%及以上', 2, 2, null, null],
    ['加分：电商扶贫案例电视播报', 2, 1, null, '省级'],
    ['合计', 104, 99, null, null],
  ];
  selfRows.forEach((r) => frow(...r));
  frow();
  frow('填报人：何××', null, '审核人：罗××', '联系电话：0763-2xxxxxx');

  const TOC = [
    ['英德市电子商务进农村综合示范创建考评材料目录'],
    ['序号', '名称', '所在工作表'],
    [1, '基本情况及自评表', '基本情况及自评'],
    [2, '附件1 村（居）民委员会名单', '台账汇编'],
    [3, '附件2 村级电商服务站点清单', '台账汇编'],
    [4, '附件3 普及性培训登记', '台账汇编'],
    [5, '附件4 贫困户专场签到汇总', '台账汇编'],
    [6, '附件5 建档立卡贫困人口名单', '台账汇编'],
    [7, '附件6 产业园入驻企业名单', '台账汇编'],
    [8, '附件7 专项资金台账', '台账汇编'],
    [9, '附件8 报送工作情况登记', '台账汇编'],
    [10, '附件9 专栏更新记录', '台账汇编'],
    [11, '附件10 宣传报道情况', '台账汇编'],
    [12, '附件11 经验材料报送情况', '台账汇编'],
  ];

  // ================= expectations (computed by hand from the rules; checked here)
  const base = Math.min(943600, 500000);
  const rate = totalPT / base; // exact enough for tier checking (no boundary)
  const trainingPts = rate >= 0.01 ? 10 : rate >= 0.008 ? 8 : rate >= 0.006 ? 6 : 0;
  const poorRate = matchedElig / eligible.length;
  const poorPts = poorRate >= 0.5 ? 10 : poorRate >= 0.4 ? 8 : poorRate >= 0.3 ? 6 : 0;
  const covRate = covByCut.size / Math.min(262, 200);
  const covPts = (covRate >= 0.7 ? 5 : covRate >= 0.5 ? 2 : 0) + (poorCovByCut.size / 45 >= 1 ? 5 : poorCovByCut.size / 45 >= 0.8 ? 3 : 0);
  const parkPts = present.size >= 20 ? 2 : 0;
  const kindPts = kindsPresent.size >= 3 ? 1 : 0;
  const centerPts = 2 + (daysBetween('2020-09-28', SIX) >= 0 ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + parkPts + kindPts;
  const points = {
    'org.leadership': 2,
    'org.plan': 2,
    'org.policy': 1,
    'org.management': 4,
    'work.center': centerPts,
    'work.coverage': covPts,
    'work.upward': 2 + 2 + 1 + 0 + 1 + 2,
    'work.training': trainingPts + poorPts,
    'info.disclosure': 2 + 2,
    'info.reporting': 1 + 3,
    'promo.cases': 2,
    'promo.media': 8,
    'fund.system': 5,
    'fund.ledger': 4,
    'fund.spending': paidByCut / 5000000 >= 0.7 ? 4 : -5,
    'bonus.poorTraining': poorRate >= 0.7 ? 2 : 0,
    'bonus.tvCase': 1,
    'veto.incident': 0,
    'veto.progress': 0,
    'veto.fraud': 0,
  };
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward',
    'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const baseTotal = scored.reduce((a, k) => a + points[k], 0);
  const bonus = Math.min(4, points['bonus.poorTraining'] + points['bonus.tvCase']);
  const total = baseTotal + bonus;
  if (centerPts !== 13 || covPts !== 8 || points['work.training'] !== 18 || total !== 88) {
    throw new Error(`yingde check center ${centerPts} cov ${covPts} train ${points['work.training']} total ${total}`);
  }
  const pct = (x) => (Math.round(x * 10000) / 100).toFixed(2) + '%';
  const derivation = [
    'asOf: 基本情况“数据截至：2021年8月31日”，与默认截止日相同；近一年窗口2020-09…2021-08；运行满6个月的界线2021-02-28。',
    'org.leadership: 组长“市委副书记、市长”（主要领导），成员有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2',
    'org.plan: 自评得分表“其中：主观评分项”方案制定 2（方案已正式印发） → 2',
    'org.policy: 主观评分项政策支持 1（政策已出台） → 1',
    'org.management: 管理制度 2 ＋ 工作台账 2 → 4',
    `work.center: 中心2020-09-28投入运营 ≤ 截止日 → 2；2020-09-28 ≤ 2021-02-28，满6个月 → 2；免费培训场所 有 → 2；展示销售 有 → 1；摄影美工 有 → 1；推广品牌 有 → 1；其他增值服务 有 → 1；产业园已建 → 2；附件6共24行：第17行与第9行信用代码相同（更名，同一企业），第5、12、20行分别于2021.3.31、2021年6月、2021-08-15退出，第24行2021.9.6才入驻 → 截至8月31日在园${present.size}家 < 20 → 0（基本情况自报“22家”不采信；误把更名算两家或漏看任一退出/9月入驻都会得到≥20）；在园企业类型${[...kindsPresent].map((k) => KIND[k]).join('、')}共${kindsPresent.size}类 ≥ 3 → 1；合计 2+2+2+1+1+1+1+2+0+1 = ${centerPts}`,
    `work.coverage: 附件1共${villages.length}行＝行政村${adminV.length}个＋社区${commV.length}个；行政村超过200个，以200为基数；附件2共${stationRows.length}个站点：截止日前挂牌、且在名单内行政村的站点覆盖${covByCut.size}个行政村（两村各有“二站”只算一次；和平社区服务点是社区、不计；红旗茶场服务点不在名单内、不计；${poorLateStation.name}站点2021.9.6挂牌、不计；${monthOnlyAug.name}只写“2021年8月”，整月在截止日前，计入） → ${covByCut.size}/200 = ${pct(covRate)} ≥ 70% → 5（若不封顶按262算为56.5%只得2）；省定贫困村45个（附件1“是”），截止日前有站点${poorCovByCut.size}个（${poorLateStation.name}9月才挂牌、${poorNoStation.name}无站点） → ${poorCovByCut.size}/45 = ${pct(poorCovByCut.size / 45)}，在80%–100%（不含） → 3（基本情况“省定贫困村全覆盖”不采信）；合计 8`,
    `work.upward: 网销调研 2；促销活动 2；第三方运营服务商 有 → 1；附件1有快递栏，${noExpress.name}填“否（村民到镇上取件）” → 行政村快递覆盖未达100% → 0（基本情况自报100%不采信）；交易标准与冷链溯源 1；增速：农村 47.2/38.6−1 = 22.3% < 30%，农产品 13.1/9.8−1 = 33.7% ≥ 30% → 2；合计 2+2+1+0+1+2 = 8`,
    `work.training: 附件3第1—24期（均在截止日前，区间期次按结束日）人次合计4,807；第25期2021.9.6的260人次不计，第26期“2021年10月（待定）”无人次，“合计5,067”行不计；附件4贫困户专场签到截止日前${signByCut}行（第1—3场）、第4场2021.9.9的${signSept}行不计 → ${S_by}+${signByCut} = ${totalPT}人次；常住人口94.36万超过50万，以500,000为基数 → ${totalPT}/500000 = ${pct(rate)}，在0.8%–1%（不含） → 8（自报“5,142人次（截至填报时间）”含9月两期，按它会误得10）；附件5有劳动能力且未外出务工${eligible.length}人，其中身份证号出现在截止日前签到里的${matchedElig}人（签到身份证两个末位小写x、一个带空格分段，照常比对；4名外出务工和2名无劳动能力者参训不计；10人参加两场只算一人；9月专场新参训的6人不计） → ${matchedElig}/${eligible.length} = ${pct(poorRate)} ≥ 50% → 10（自报“参训63人”实为截止日前签到人次，不采信）；合计 ${trainingPts}+${poorPts} = ${trainingPts + poorPts}`,
    'info.disclosure: 基本情况：专栏公示方案、项目基本信息、按月进度、监督举报窗口均为“是”（附件9也有方案、项目信息、每月进度和2020.10.28监督举报公告） → 2；附件9在2020-09…2021-08的12个月每月都有更新（2021.9.10一条在截止日后） → 按月更新 → 2；合计 4',
    `info.reporting: 附件8截止日前的报送分布在${repMonths.size}个月（2021年2月无报送，1—2月3月5日合并报送；2021.9.8一条在截止日后） → 不定时 → 1；多条“含电商扶贫统计 是”，基本情况也写“能统计” → 3；合计 4`,
    'promo.cases: 附件11 2021.3.18向清远市商务局报送经验材料（2021年9月8日那份在截止日后） → 2',
    'promo.media: 附件10截止日前：人民网（国家级，按省级计）、南方日报/广东广播电视台（省级） → 4；清远日报（市级） → 3；英德电视台（县级） → 1；2021.9.2清远电视台在截止日后；合计 8',
    'fund.system: 主观评分项资金管理制度 5（已制定） → 5',
    'fund.ledger: 主观评分项资金台账 4（已建立） → 4',
    `fund.spending: 附件7支出栏截止日前9笔合计${thousands(paidByCut)}元（2020.1.10下达500万元和12月结息在收入栏，不是拨付；2021.9.14的420,000元不计；“合计”“累计”行不计） → ${thousands(paidByCut)}/5,000,000 = ${pct(paidByCut / 5000000)} ≥ 70% → 取主观评分项及时拨付 4 → 4`,
    `bonus.poorTraining: 贫困人口培训率${pct(poorRate)} < 70% → 0（自评2分不采信）`,
    'bonus.tvCase: 附件10第4条广东广播电视台（省级）电视报道，标“电商扶贫案例 是” → 省级 1',
    'veto.incident: 基本情况“安全生产、质量事故或重大损失 无” → 0',
    'veto.progress: 项目总体进度90% ≥ 40% → 0',
    'veto.fraud: “弄虚作假 无” → 0',
    `total: 2+2+1+4+13+8+8+18+4+4+2+8+5+4+4 = ${baseTotal}，加分 0+1 = ${bonus} → ${total}；未否决。（县自评99分）`,
  ];

  return {
    description: '英德市（清远）商务局整本考评工作簿只有三张表：目录、《基本情况及自评》和《台账汇编》——为了连续打印装订，附件1—附件11（村居名单289行、站点153个、普及培训按期次、贫困户专场逐人签到、贫困人口名单带“辅助列”、入驻企业、资金收支账、月报登记、专栏更新、宣传报道、经验材料）全部上下叠放在同一张工作表里，每个附件有自己的合并标题行和表头，列数各不相同，附件之间空两行。事实表为 类别（纵向合并）|序号|项目|填报情况|佐证 加“自评得分”小表（判断项写在“其中：主观评分项”栏）。陷阱：行政村262个超200基数；常住人口94.36万超50万基数；自报培训5,142人次（截至填报时间，含9月两期）、参训贫困人口“63人”（实为签到人次）、入驻企业22家、站点“省定贫困村全覆盖”、快递覆盖100%都与台账不符；入驻企业一家更名占两行（同一信用代码）；资金账里下达和结息在收入栏；9月的站点、培训、拨付、报送、报道、材料都在截止日后。',
    sheets: [
      { name: '目录', rows: TOC, merges: ['A1:C1'] },
      { name: '基本情况及自评', rows: FR, merges: FMg },
      { name: '台账汇编', rows: L, merges: LM },
    ],
    expect: {
      asOf: ASOF,
      total,
      bonus,
      vetoed: false,
      points,
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 1,
        'org.management': 4,
        'work.center': 15,
        'work.coverage': 10,
        'work.upward': 9,
        'work.training': 20,
        'info.disclosure': 4,
        'info.reporting': 6,
        'promo.cases': 2,
        'promo.media': 8,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
        'bonus.poorTraining': 2,
        'bonus.tvCase': 1,
      },
    },
    derivation,
  };
}

// ---------------------------------------------------------------- write
writeCase('facts', 'b37-f1-meixian.json', factsMeixian());
writeCase('facts', 'b37-f2-xinhui.json', factsXinhui());
writeCase('facts', 'b37-f3-boluo.json', factsBoluo());
writeCase('ledgers', 'b37-l1-yangxi.json', ledgerYangxi());
writeCase('ledgers', 'b37-l2-chaoan.json', ledgerChaoan());
writeCase('counties', 'b37-c1-yingde.json', countyYingde());
console.log('batch37 written to', ROOT);
