'use strict';
// Batch 29 layout cases, written blind from README / docs / the official indicator table.
// node gen-b29.js  → writes ROOT/counties, ROOT/facts, ROOT/ledgers
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, '../..');

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function colName(i) { // 0-based
  let s = ''; let n = i + 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function rg(r1, c1, r2, c2) { // 1-based rows, 0-based cols
  return colName(c1) + r1 + ':' + colName(c2) + r2;
}
const D = (s) => ({ date: s });
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += Number(s17[i]) * W[i]; return CK[t % 11]; }
function makeId(rand, region, y0, y1, wantX, sex) {
  for (let k = 0; k < 5000; k++) {
    const y = y0 + Math.floor(rand() * (y1 - y0 + 1));
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const sq = String(Math.floor(rand() * 1000)).padStart(3, '0');
    if (sex && (Number(sq[2]) % 2 === 1) !== (sex === '男')) continue;
    const s17 = region + y + String(m).padStart(2, '0') + String(d).padStart(2, '0') + sq;
    const c = idCheck(s17);
    if (wantX === undefined || wantX === null || (wantX === (c === 'X'))) return s17 + c;
  }
  throw new Error('id');
}
function pick(rand, arr) { return arr[Math.floor(rand() * arr.length)]; }
function shuffle(rand, arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const SURN = '陈李黄张梁林刘吴何罗杨郑谢冯邓曾彭钟赖温朱叶邱卢潘蔡莫庞丘蓝廖'.split('');
const GIV = ['志强', '美玲', '伟明', '秀英', '国华', '丽萍', '建新', '小红', '海燕', '文辉', '金凤', '永平', '素珍', '家豪', '嘉欣', '俊杰', '少华', '月娥', '振东', '惠芳', '锦成', '桂兰', '德明', '碧霞', '荣华', '淑贞', '耀祖', '雪梅', '宏伟', '秋菊', '国强', '玉兰', '志军', '燕玲', '子健', '婉婷', '明亮', '春花', '友平', '翠英'];
const GIV_M = ['志强', '伟明', '国华', '建新', '文辉', '永平', '家豪', '俊杰', '少华', '振东', '锦成', '德明', '荣华', '耀祖', '宏伟', '国强', '志军', '子健', '明亮', '友平', '汉生', '伟雄', '铭昌', '炳坤'];
const GIV_F = ['美玲', '秀英', '丽萍', '小红', '海燕', '金凤', '素珍', '嘉欣', '月娥', '惠芳', '桂兰', '碧霞', '淑贞', '雪梅', '秋菊', '玉兰', '燕玲', '婉婷', '春花', '翠英', '妙娟', '慧敏'];
function givenName(rand, sex) { return pick(rand, sex === '男' ? GIV_M : sex === '女' ? GIV_F : GIV); }
function personName(rand, sex) { return pick(rand, SURN) + givenName(rand, sex); }
function phone(rand) { return pick(rand, ['138', '139', '135', '137', '150', '158', '188', '189', '133', '180']) + String(Math.floor(rand() * 1e8)).padStart(8, '0'); }

function write(dir, name, obj) {
  const d = path.join(ROOT, dir);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}

// ====================================================================
// facts 1 — 阳西县: 阳江市商务局下发的“各县一行”汇总模板，阳西只填本县那一行
// ====================================================================
function factsYangxi() {
  const groups = [
    ['基本情况', ['常住人口（万人）', '行政村（个）', '省定贫困村（个）']],
    ['组织领导', ['牵头领导', '成员单位', '示范县工作方案是否正式印发', '是否出台支持农村电商发展政策']],
    ['县级电商公共服务中心及产业园', ['中心投入运营时间', '免费培训场所、设备', '特色农产品免费展示、销售', '免费摄影、美工', '统一推广、品牌建设指导', '其他衍生增值服务', '建设或整合电商产业园', '专业第三方运营服务商']],
    ['农村产品上行', ['行政村物流快递覆盖率是否100%', '2019年农村网络零售额（万元）', '2020年农村网络零售额（万元）', '2019年农产品网络零售额（万元）', '2020年农产品网络零售额（万元）']],
    ['电商人才培训', ['累计培训人次', '有劳动能力建档立卡贫困人口（不含外出务工，人）', '参训建档立卡贫困人口（人）']],
    ['信息公开及报送', ['专栏公示创建方案', '专栏公示项目基本信息', '专栏公示建设进度', '征求意见或监督举报窗口', '能否统计电商扶贫情况']],
    ['财政资金', ['省级资金下达（万元）', '累计拨付（万元）', '资金管理制度', '资金专用台账', '项目总体进度（%）']],
    ['一票否决', ['安全生产、质量事故或重大损失', '弄虚作假']],
  ];
  const fieldNames = [];
  const groupRow = ['序号', '县（市、区）'];
  const fieldRow = [null, null];
  const merges = [];
  let c = 2;
  for (const [g, fs_] of groups) {
    merges.push(rg(4, c, 4, c + fs_.length - 1));
    groupRow.push(g); for (let i = 1; i < fs_.length; i++) groupRow.push(null);
    for (const f of fs_) { fieldRow.push(f); fieldNames.push(f); }
    c += fs_.length;
  }
  const last = c; // 填报人 column
  groupRow.push('填报人及电话'); fieldRow.push(null);
  merges.push(rg(4, 0, 5, 0), rg(4, 1, 5, 1), rg(4, last, 5, last));
  const ncol = last + 1;
  const blankRow = (n) => Array(n).fill(null);
  const row = (seq, name, vals) => { const r = [seq, name]; for (let i = 0; i < fieldNames.length; i++) r.push(vals[i] === undefined ? null : vals[i]); r.push(vals.contact === undefined ? null : vals.contact); return r; };
  const idx = (f) => fieldNames.indexOf(f);
  const pre = (pop) => { const v = []; v[idx('常住人口（万人）')] = pop; v[idx('省级资金下达（万元）')] = 500; return v; };
  const yx = pre(45.61);
  Object.assign(yx, {
    [idx('行政村（个）')]: 136,
    [idx('省定贫困村（个）')]: 23,
    [idx('牵头领导')]: '县委副书记、县长',
    [idx('成员单位')]: '县商务局、财政局、农业农村局、乡村振兴局、供销社、邮政分公司',
    [idx('示范县工作方案是否正式印发')]: '是',
    [idx('是否出台支持农村电商发展政策')]: '是',
    [idx('中心投入运营时间')]: D('2020-10-16'),
    [idx('免费培训场所、设备')]: '是',
    [idx('特色农产品免费展示、销售')]: '是',
    [idx('免费摄影、美工')]: '否',
    [idx('统一推广、品牌建设指导')]: '是',
    [idx('其他衍生增值服务')]: '是',
    [idx('建设或整合电商产业园')]: '是（整合）',
    [idx('专业第三方运营服务商')]: '是',
    [idx('行政村物流快递覆盖率是否100%')]: '否（覆盖率98.5%）',
    [idx('2019年农村网络零售额（万元）')]: 152300,
    [idx('2020年农村网络零售额（万元）')]: 181640,
    [idx('2019年农产品网络零售额（万元）')]: '48,620',
    [idx('2020年农产品网络零售额（万元）')]: '66,370',
    [idx('累计培训人次')]: '4,620',
    [idx('有劳动能力建档立卡贫困人口（不含外出务工，人）')]: 2318,
    [idx('参训建档立卡贫困人口（人）')]: 1274,
    [idx('专栏公示创建方案')]: '√',
    [idx('专栏公示项目基本信息')]: '√',
    [idx('专栏公示建设进度')]: '√',
    [idx('征求意见或监督举报窗口')]: '×',
    [idx('能否统计电商扶贫情况')]: '能',
    [idx('累计拨付（万元）')]: 421.35,
    [idx('资金管理制度')]: '已制定',
    [idx('资金专用台账')]: '已建立',
    [idx('项目总体进度（%）')]: 92,
    [idx('安全生产、质量事故或重大损失')]: '无',
    [idx('弄虚作假')]: '无',
  });
  yx.contact = '梁××　0662-5523×××';
  const tot = [];
  tot[idx('常住人口（万人）')] = 180.82; // 85.13 + 45.61 + 50.08
  tot[idx('行政村（个）')] = 136; tot[idx('省定贫困村（个）')] = 23;
  tot[idx('2019年农村网络零售额（万元）')] = 152300; tot[idx('2020年农村网络零售额（万元）')] = 181640;
  tot[idx('2019年农产品网络零售额（万元）')] = 48620; tot[idx('2020年农产品网络零售额（万元）')] = 66370;
  tot[idx('累计培训人次')] = 4620;
  tot[idx('有劳动能力建档立卡贫困人口（不含外出务工，人）')] = 2318; tot[idx('参训建档立卡贫困人口（人）')] = 1274;
  tot[idx('省级资金下达（万元）')] = 1500; tot[idx('累计拨付（万元）')] = 421.35;

  const rows = [
    ['阳江市2019年省级电子商务进农村综合示范县创建考评基础数据汇总表'],
    ['报送单位：阳西县商务局（请各县（市、区）只在本县所在行填写，其他行请勿改动）'],
    ['单位：人口万人，金额万元；是否类填“是/否”或“√/×”；数据截至2021年8月31日　　　　　　　　填报日期：2021年9月3日'],
    groupRow,
    fieldRow,
    row(1, '阳春市', pre(85.13)),
    row(2, '阳西县', yx),
    row(3, '阳东区', pre(50.08)),
    row('全市合计', null, tot),
    blankRow(ncol),
    ['注：1.常住人口按各县（市、区）第七次全国人口普查公报数，省级资金下达数按粤商务电函〔2019〕29号，两项均由市局预填。'],
    ['　　2.合计行为公式自动计算，请勿填写。3.请于9月6日前报市商务局电商科（邮箱见通知）。'],
    blankRow(ncol),
    ['二、主观指标自评分'],
    ['序号', '县（市、区）', '方案制定（1-2分）', '政策支持（1-2分）', '项目管理制度（1-2分）', '工作台账（1-2分）', '网销调研（1-2分）', '网络促销活动（1-2分）', '交易标准与冷链溯源（1-2分）', '资金管理制度（1-5分）', '资金台账（1-5分）', '资金及时拨付（1-5分）', '备注'],
    [1, '阳春市', null, null, null, null, null, null, null, null, null, null, null],
    [2, '阳西县', 2, 2, 2, 1, 2, 2, 1, 5, 4, 4, '工作台账部分月份未及时更新，自评1分'],
    [3, '阳东区', null, null, null, null, null, null, null, null, null, null, null],
  ];
  merges.push(rg(1, 0, 1, last), rg(2, 0, 2, last), rg(3, 0, 3, last), rg(9, 0, 9, 1), rg(11, 0, 11, last), rg(12, 0, 12, last), rg(14, 0, 14, 12));
  const caseObj = {
    description: '阳西县商务局填阳江市商务局下发的“各县一行”汇总模板：一行一个县（阳春市、阳西县、阳东区），指标为列（两行表头，8个分组、38列），只有阳西县那一行由本县填写；其他县行里留着市局预填的常住人口和下达资金，表下还有“全市合计”公式行；下方第二张小表“主观指标自评分”同样一县一行，只有阳西填了。快递覆盖一格写“否（覆盖率98.5%）”，零售额与培训人次有千分位文本。',
    sheets: [{ name: '汇总表（阳西县填报）', rows, merges }],
    expect: {
      facts: {
        county: '阳西县',
        asOf: '2021-08-31',
        residentPopulation: 456100,
        adminVillagesStated: 136,
        poorVillagesStated: 23,
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
        expressCoverage: false,
        ruralRetail2019: 1523000000,
        ruralRetail2020: 1816400000,
        agriRetail2019: 486200000,
        agriRetail2020: 663700000,
        trainingPersonTimesStated: 4620,
        eligiblePoorPersonsStated: 2318,
        trainedPoorPersonsStated: 1274,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4213500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
  write('facts', 'b29-f1-yangxi.json', caseObj);
}

// ====================================================================
// facts 2 — 廉江市: 汇报提纲，层级靠列（A 一、 / B （一） / C 1.），事实在C列短句里
// ====================================================================
function factsLianjiang() {
  const rows = [
    ['廉江市电子商务进农村综合示范创建工作汇报提纲'],
    ['（迎接省考评组汇报用，数据截至2021年8月31日）'],
    ['市商务局电商股　2021.9.2　第三稿', null, null, null, '内部备注（打印前删）'],
    [],
    ['一、基本情况'],
    [null, '（一）市情'],
    [null, null, '1. 全市辖18个镇、3个街道，行政村327个、社区居委会54个；省定贫困村42个。'],
    [null, null, '2. 常住人口138.47万人（第七次人口普查），户籍人口186.2万人。', null, '户籍数唔好用，以七普常住为准'],
    [null, '（二）组织领导'],
    [null, null, '1. 成立市电子商务进农村综合示范工作领导小组，市委副书记、市长任组长，常务副市长、分管副市长任副组长，市商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、交通运输局、市场监管局、邮政分公司为成员单位。'],
    [null, null, '2. 《廉江市电子商务进农村综合示范县工作方案》已于2019年12月正式印发（廉府办〔2019〕88号）。'],
    [null, null, '3. 出台《廉江市促进农村电子商务发展扶持办法》（廉府办〔2020〕15号），在资金、场地、人才方面给予扶持。'],
    [null, null, '4. 建立项目管理、验收制度和工作台账，台账按月更新。'],
    ['二、主要工作及成效'],
    [null, '（一）服务体系'],
    [null, null, '1. 市电商公共服务中心2020年8月投入运营，面积1600㎡。', null, '具体日子睇返附件3运营报告'],
    [null, null, '2. 中心提供免费培训场地及设备、农特产品免费展示销售、免费摄影美工、品牌推广指导，以及代运营咨询、金融对接等其他增值服务。'],
    [null, null, '3. 整合廉江市电商产业园，入驻企业26家；引入专业第三方运营服务商（广东粤西云商网络科技有限公司）负责中心运营。'],
    [null, null, '4. 建成镇级服务站21个、村级服务站点241个，覆盖行政村236个（72.2%），42个省定贫困村全覆盖。'],
    [null, '（二）农产品上行'],
    [null, null, '1. 委托第三方完成全市农产品网络销售调研，形成《调研报告》及促进措施。'],
    [null, null, '2. 农村网络零售额：2019年41.26亿元，2020年52.83亿元，同比增长28.0%。'],
    [null, null, '3. 农产品网络零售额：2019年9.74亿元，2020年13.05亿元，同比增长34.0%。'],
    [null, null, '4. 行政村物流快递覆盖率100%；出台荔枝、红橙电商交易标准，建成冷链仓和溯源平台。'],
    [null, '（三）人才培训'],
    [null, null, '1. 累计开展电商培训7,236人次（2019年12月—2021年8月）。'],
    [null, null, '2. 全市有劳动能力的建档立卡贫困人口（不含外出务工）2,486人，已参训1,305人，占52.5%。', null, '乡振局话有劳动力嘅係3,125人，但包埋外出务工，唔啱口径，唔好用'],
    [null, '（四）信息公开与报送'],
    [null, null, '1. 市政府网站设“电子商务进农村”专栏，公示创建方案、项目基本信息，按月更新建设进度，设监督举报窗口。'],
    [null, null, '2. 每月5日前向湛江市商务局报送工作进展，单列电商扶贫统计。'],
    [null, '（五）宣传推广'],
    [null, null, '1. 向湛江市商务局报送经验材料2篇；南方日报、湛江日报、廉江电视台等报道18篇（次），广东卫视报道电商扶贫案例1次。'],
    [null, '（六）资金管理'],
    [null, null, '1. 省级专项资金下达500万元，截至8月31日累计拨付418.6万元，拨付率83.7%；项目总体进度95%。'],
    [null, null, '2. 制定《廉江市电子商务进农村综合示范专项资金管理办法》，承建方建立资金专用台账。'],
    [null, null, '3. 未发生安全生产和质量事故，无弄虚作假情况。'],
    ['三、存在问题及下步打算'],
    [null, null, '1. 2021年1—8月农村网络零售额36.4亿元，增速有所放缓。'],
    [null, null, '2. 计划年底前累计培训达到8,000人次，贫困人口参训率提高到60%。'],
    [],
    ['四、自评得分'],
    [null, '评价指标', '分值', '自评分', '说明'],
    [null, '组织领导', 2, 2, null],
    [null, '方案制定', 2, 2, null],
    [null, '政策支持', 2, 2, null],
    [null, '项目管理', 4, 4, '制度2分、台账2分'],
    [null, '服务体系建设（县级中心、产业园）', 15, 15, null],
    [null, '服务体系建设（村级站点覆盖）', 10, 10, null],
    [null, '农村产品上行', 10, 9, '调研2、促销2、第三方1、快递1、标准冷链溯源1、增速2'],
    [null, '电商人才培训', 20, 20, null],
    [null, '信息公开', 4, 4, null],
    [null, '数据上报', 6, 6, null],
    [null, '案例总结', 2, 2, null],
    [null, '经验推广', 8, 8, null],
    [null, '资金管理制度', 5, 5, null],
    [null, '资金台账', 5, 4, null],
    [null, '资金支出', 5, 4, '及时拨付4分'],
    [null, '加分项：贫困人口培训率≥70%', 2, 0, null],
    [null, '加分项：电商扶贫案例电视播报', 2, 1, '省级电视'],
    [null, '合计', 100, 98, null],
  ];
  const merges = ['A1:E1', 'A2:E2'];
  const caseObj = {
    description: '廉江市商务局电商股的《汇报提纲》（迎检汇报第三稿）：没有“标签|值”，层级靠列——A列“一、”、B列“（一）”、C列“1.”短句，数字和是否都在C列句子里；E列是经办人的内部备注（粤语口语“唔好用”“睇返附件3”，户籍人口、乡振局3,125人含外出务工都是不用的数）；提纲末“四、自评得分”是 评价指标|分值|自评分|说明 小表。陷阱：标题下的“2021.9.2 第三稿”不是截止日；户籍人口186.2万；2021年1—8月零售额36.4亿；计划8,000人次、60%；分值列不是自评分；中心运营只写到月。',
    sheets: [{ name: '汇报提纲', rows, merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 1384700,
        adminVillagesStated: 327,
        poorVillagesStated: 42,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-08',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 4126000000,
        ruralRetail2020: 5283000000,
        agriRetail2019: 974000000,
        agriRetail2020: 1305000000,
        ruralRetailGrowthStated: 0.28,
        agriRetailGrowthStated: 0.34,
        trainingPersonTimesStated: 7236,
        eligiblePoorPersonsStated: 2486,
        trainedPoorPersonsStated: 1305,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4186000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.95,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
        'work.center': 15, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
  };
  write('facts', 'b29-f2-lianjiang.json', caseObj);
}

// ====================================================================
// facts 3 — 博罗县: 用窗体控件做的表单，复选框链接单元格 TRUE/FALSE，单选按钮链接单元格是序号
// ====================================================================
function factsBoluo() {
  const rows = [
    ['博罗县电子商务进农村综合示范创建自评登记表', null, null, null, null],
    ['填报单位：博罗县商务局', null, null, '考评截止日期', D('2021-08-31')],
    ['说明：本表勾选项为复选框控件，C列为复选框的链接单元格（TRUE＝已勾选，FALSE＝未勾选），请勿删除或修改C列；数值项直接填在C列。', null, null, null, null],
    ['序号', '事项', '勾选/填报', '单位', '说明'],
    ['一、组织领导', null, null, null, null],
    [1, '牵头领导（单选按钮：1＝县政府主要领导；2＝县政府分管领导；3＝其他）', 1, null, '博府办函〔2019〕67号'],
    [2, '成员单位：商务部门', true, null, null],
    [3, '成员单位：财政部门', true, null, null],
    [4, '成员单位：农业农村部门', true, null, null],
    [5, '成员单位：扶贫（乡村振兴）部门', false, null, '乡村振兴局未列入领导小组，待发文调整'],
    [6, '示范县工作方案已正式印发', true, null, '博府办〔2019〕72号'],
    [7, '已出台支持农村电商发展的政策', true, null, '《博罗县扶持农村电子商务发展十条措施》'],
    ['二、服务体系及上行', null, null, null, null],
    [8, '县级电商公共服务中心已投入运营', true, null, '运营日期见第三部分'],
    [9, '有免费培训场所、培训设备', true, null, null],
    [10, '为特色农产品提供免费展示、销售服务', true, null, null],
    [11, '为电商市场主体提供免费摄影、美工服务', false, null, '暂时冇免费，摄影美工按成本价收费'],
    [12, '组织农产品统一推广、指导品牌建设', true, null, null],
    [13, '提供其他衍生增值服务', true, null, '代运营、创业孵化、金融对接'],
    [14, '建设或整合、优化电商产业园', true, null, '整合罗浮山电商产业园'],
    [15, '有专业第三方电商运营或服务商', true, null, null],
    [16, '行政村物流快递覆盖率100%', true, null, '县邮政管理局出具证明'],
    ['三、数据填报', null, null, null, null],
    [17, '常住人口', 121.85, '万人', '第七次全国人口普查'],
    [18, '行政村数', 306, '个', '不含社区居委会'],
    [19, '省定贫困村数', 24, '个', null],
    [20, '县级电商公共服务中心投入运营日期', D('2020-11-26'), null, null],
    [21, '2019年农村网络零售额', 38.62, '亿元', null],
    [22, '2020年农村网络零售额', 47.15, '亿元', null],
    [23, '2019年农产品网络零售额', 6.84, '亿元', null],
    [24, '2020年农产品网络零售额', 8.37, '亿元', null],
    [25, '电商培训人次', 5318, '人次', '2019年11月至2021年8月'],
    [26, '有劳动能力的建档立卡贫困人口（不含外出务工）', 1846, '人', '县乡村振兴局提供'],
    [27, '参加培训的建档立卡贫困人口', 1012, '人', null],
    [28, '省级专项资金下达', 500, '万元', null],
    [29, '累计拨付', 386.4, '万元', '截至8月31日'],
    [30, '项目总体进度', 85, '%', null],
    ['四、信息公开、报送及资金管理', null, null, null, null],
    [31, '专栏公示创建方案', true, null, null],
    [32, '专栏公示项目基本信息', true, null, null],
    [33, '专栏公示项目建设进度', true, null, null],
    [34, '专栏设立征求意见或监督举报窗口', true, null, null],
    [35, '能统计电商扶贫情况', true, null, null],
    [36, '已制定资金管理制度', true, null, null],
    [37, '已建立资金专用台账', true, null, null],
    ['五、主观项自评（微调按钮，链接C列）', null, null, null, null],
    [38, '方案制定（1-2分）', 2, '分', null],
    [39, '政策支持（1-2分）', 1, '分', '政策落实一般'],
    [40, '项目管理制度（1-2分）', 2, '分', null],
    [41, '工作台账（1-2分）', 2, '分', null],
    [42, '网销调研（1-2分）', 2, '分', null],
    [43, '网络促销活动（1-2分）', 1, '分', null],
    [44, '交易标准与冷链溯源（1-2分）', 1, '分', null],
    [45, '资金管理制度（1-5分）', 4, '分', null],
    [46, '资金台账（1-5分）', 4, '分', null],
    [47, '资金及时拨付（1-5分）', 4, '分', null],
    ['六、一票否决（勾选＝发生）', null, null, null, null],
    [48, '发生安全生产、质量事故或造成重大经济损失', false, null, null],
    [49, '存在弄虚作假情况', false, null, null],
    [null, null, null, null, null],
    ['填表人：叶××　　审核人：罗××　　填报时间：2021年9月2日', null, null, null, null],
  ];
  const merges = ['A1:E1', 'A2:C2', 'A3:E3'];
  rows.forEach((r, i) => { if (typeof r[0] === 'string' && /^[一二三四五六]、/.test(r[0])) merges.push(`A${i + 1}:E${i + 1}`); });
  merges.push(`A${rows.length}:E${rows.length}`);
  const caseObj = {
    description: '博罗县商务局用WPS窗体控件做的自评登记表：是否项是复选框，表里只剩C列的链接单元格 TRUE/FALSE（布尔值，表头上方说明TRUE＝已勾选）；牵头领导是单选按钮组，链接单元格只有序号“1”，含义写在事项里（1＝县政府主要领导）；成员单位四个复选框，扶贫（乡村振兴）为FALSE → principal；摄影美工FALSE，说明栏用粤语“暂时冇免费”；数值项同在C列、单位另列（万人、亿元、万元、%）；主观项是微调按钮链接的数字；一票否决两项FALSE。表内县名只在填报单位里，填报时间2021年9月2日不是截止日。',
    sheets: [{ name: '自评登记表', rows, merges }],
    expect: {
      facts: {
        // (Added on review: the county its title names, as the corpus reads a title's county.)
        county: '博罗县',
        asOf: '2021-08-31',
        residentPopulation: 1218500,
        adminVillagesStated: 306,
        poorVillagesStated: 24,
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
        ruralRetail2019: 3862000000,
        ruralRetail2020: 4715000000,
        agriRetail2019: 684000000,
        agriRetail2020: 837000000,
        trainingPersonTimesStated: 5318,
        eligiblePoorPersonsStated: 1846,
        trainedPoorPersonsStated: 1012,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3864000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 1, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal',
    },
  };
  write('facts', 'b29-f3-boluo.json', caseObj);
}

// ====================================================================
// ledgers 1 — 英德市: 培训考勤矩阵（学员为行、6期为列、到课打√）+ 月报“应报/实报”登记
// ====================================================================
function ledgerYingde() {
  const rand = mulberry32(2901);
  const sessions = [
    { title: '第一期', cell: '2020.10.15', date: '2020-10-15' },
    { title: '第二期', cell: D('2020-11-20'), date: '2020-11-20' },
    { title: '第三期', cell: '2020年12月17日', date: '2020-12-17' },
    { title: '第四期', cell: '2021.3.4-5', date: '2021-03-05' },
    { title: '第五期', cell: '21.5.20', date: '2021-05-20' },
    { title: '第六期', cell: '2021.9.9', date: '2021-09-09' },
  ];
  const towns = ['英城街道', '大站镇', '浛洸镇', '连江口镇', '西牛镇', '九龙镇', '石灰铺镇', '望埠镇', '横石水镇', '黄花镇'];
  const N = 36;
  const people = [];
  for (let i = 0; i < N; i++) {
    const sex = rand() < 0.5 ? '男' : '女';
    const id = makeId(rand, '441881', 1966, 2001, null, sex);
    people.push({ name: personName(rand, sex), sex, id, town: pick(rand, towns), poor: rand() < 0.3 ? '是' : null });
  }
  // special ids
  people[4].id = makeId(rand, '441881', 1980, 1990, true, people[4].sex); people[4].idCell = people[4].id.slice(0, 17) + 'x'; // lower-case x
  people[9].idCell = people[9].id.slice(0, 6) + '********' + people[9].id.slice(14); people[9].idExpect = people[9].idCell; // masked
  people[15].idCell = null; people[15].idExpect = null; // missing
  people[21].idCell = people[21].id.slice(0, 6) + ' ' + people[21].id.slice(6, 14) + ' ' + people[21].id.slice(14); // spaces
  people[28].idCell = people[28].id + ' '; // trailing space
  for (const p of people) { if (p.idCell === undefined) p.idCell = p.id; if (p.idExpect === undefined) p.idExpect = p.id; }
  // attendance
  const marksYes = ['√', '√', '√', '√', '✓', '到'];
  const marksNo = [null, null, null, '请假', '缺', '×'];
  for (let i = 0; i < N; i++) {
    const p = people[i];
    p.att = sessions.map(() => (rand() < 0.62 ? pick(rand, marksYes) : pick(rand, marksNo)));
  }
  people[N - 1].att = [null, null, null, null, null, null]; people[N - 1].note = '报名后未参训';
  people[15].att = ['√', null, '√', '请假', '到', null];
  people[15].note = '身份证未提供';
  people[9].note = '本人要求隐去身份证中间位';
  const rows = [];
  rows.push(['英德市电子商务带头人培育班学员考勤登记表']);
  rows.push(['填报单位：英德市电子商务公共服务中心　　　班级：2020—2021年度电商带头人培育班（共六期）']);
  rows.push(['序号', '姓名', '性别', '身份证号码', '所在镇（街）', '脱贫户/低收入户', '参训情况（到课打“√”）', null, null, null, null, null, '参训次数', '备注']);
  rows.push([null, null, null, null, null, null, ...sessions.map((s) => s.title), null, null]);
  rows.push([null, null, null, null, null, null, ...sessions.map((s) => s.cell), null, null]);
  const records = [];
  const present = [0, 0, 0, 0, 0, 0];
  people.forEach((p, i) => {
    let n = 0;
    p.att.forEach((m, j) => { if (m && marksYes.includes(m)) { n++; present[j]++; records.push({ date: sessions[j].date, personTimes: 1, id: p.idExpect }); } });
    rows.push([i + 1, p.name, p.sex, p.idCell, p.town, p.poor, ...p.att, n, p.note || null]);
  });
  const total = present.reduce((a, b) => a + b, 0);
  rows.push([null, '实到人数', null, null, null, null, ...present, total, null]);
  rows.push([]);
  rows.push(['注：1.到课打“√”（“✓”“到”同），请假、缺课、“×”及空白不计人次；参训次数为本人到课期数。']);
  rows.push(['　　2.第四期为两天班（2021年3月4日-5日）；第六期于2021年9月9日开班（考评截止日后）。']);
  rows.push(['制表：何××　　　审核：朱××']);
  const r0 = rows.length;
  const merges = ['A1:N1', 'A2:N2', 'G3:L3'];
  for (const c of [0, 1, 2, 3, 4, 5, 12, 13]) merges.push(rg(3, c, 5, c));
  merges.push(`A${r0 - 2}:N${r0 - 2}`, `A${r0 - 1}:N${r0 - 1}`);

  // reports: due vs actual
  const rep = [
    ['2020年9月', '2020年10月5日前', '2020.10.9', 'OA', '9月份电商进农村示范创建工作进展', '否', '逾期4天', null],
    ['2020年10月', '2020年11月5日前', D('2020-11-04'), '邮件', '10月份工作进展及电商扶贫统计表', '是', '按时', null],
    ['2020年11月', '2020年12月5日前', '2020年12月3日', '邮件', '11月份工作进展', '否', '按时', null],
    ['2020年12月', '2021年1月5日前', '2021/1/6', 'OA', '12月份工作进展及全年总结', '√', '逾期1天', null],
    ['2021年1月', '2021年2月5日前', '2021.2.5', '邮件', '1月份工作进展', '否', '按时', null],
    ['2021年2月', '2021年3月5日前', '—', null, null, null, '未报', '春节假期，与3月合并报送'],
    ['2021年3月', '2021年4月5日前', '2021.4.6', 'OA', '2-3月份工作进展（合并）及电商扶贫统计', '是', '逾期1天', null],
    ['2021年4月', '2021年5月5日前', '20210507', '邮件', '4月份工作进展', null, '逾期2天', null],
    ['2021年5月', '2021年6月5日前', D('2021-06-04'), '邮件', '5月份工作进展及电商扶贫统计表', '是', '按时', null],
    ['2021年6月', '2021年7月5日前', '2021年7月5日', 'OA', '6月份工作进展及上半年总结', '否', '按时', null],
    ['2021年7月', '2021年8月5日前', '2021.8.4', '邮件', '7月份工作进展', '否', '按时', null],
    ['2021年8月', '2021年9月5日前', '2021.9.3', '邮件', '8月份工作进展及电商扶贫统计表', '是', '按时', null],
  ];
  const rrows = [
    ['英德市电子商务进农村综合示范工作月报报送登记表'],
    ['报送对象：清远市商务局　　说明：每月5日前报送上月进展；“实际报送时间”以OA发文或邮件发送时间为准。'],
    ['序号', '所属月份', '应报时间', '实际报送时间', '报送方式', '报送内容', '是否含电商扶贫统计', '是否按时', '备注'],
  ];
  const rrec = [];
  const toPov = (v) => (v === '是' || v === '√' ? true : v === '否' ? false : null);
  const dateOf = { '2020.10.9': '2020-10-09', '2020年12月3日': '2020-12-03', '2021/1/6': '2021-01-06', '2021.2.5': '2021-02-05', '2021.4.6': '2021-04-06', '20210507': '2021-05-07', '2021年7月5日': '2021-07-05', '2021.8.4': '2021-08-04', '2021.9.3': '2021-09-03' };
  rep.forEach((r, i) => {
    rrows.push([i + 1, ...r]);
    const a = r[2];
    if (a === '—') return;
    const d = typeof a === 'object' ? a.date : dateOf[a];
    rrec.push({ date: d, poverty: toPov(r[5]) });
  });
  rrows.push([]);
  rrows.push(['注：2021年2月未单独报送（春节），2-3月合并于4月6日报送。']);
  const rmerges = ['A1:I1', 'A2:I2', `A${rrows.length}:I${rrows.length}`];

  const info = [
    ['填表说明'],
    ['一、本册为英德市电商进农村示范创建台账（培训考勤、信息报送），由市电子商务公共服务中心和市商务局电商股共同维护。'],
    ['二、考勤表中每名学员每到课一期记1人次；同一学员参加多期的，分别计人次。'],
    ['三、报送登记表“应报时间”为市局要求的时限，实际报送以“实际报送时间”为准。'],
    ['四、身份证号码请以文本格式录入，末位为X的用大写。'],
  ];
  const caseObj = {
    description: '英德市商务局两本台账加一页填表说明：①《电商带头人培育班学员考勤登记表》是矩阵——每名学员一行（身份证号在D列），六期为列（三行表头：分组“参训情况”、期次、日期），到课打“√”（也有“✓”“到”），“请假”“缺”“×”和空白不算；每个到课格是一条记录（按行、自左向右），日期取该列表头的日期（2020.10.15、真日期、2020年12月17日、两天班2021.3.4-5按结束日、两位年份21.5.20、截止日后的2021.9.9照列）；“参训次数”列与“实到人数”行不是记录。②《月报报送登记表》每月一行，同时有“应报时间”和“实际报送时间”：记录日期取实际报送时间，2021年2月“—/未报”不是记录，8月份那次9月3日才报（照列）。',
    sheets: [
      { name: '填表说明', rows: info, merges: ['A1:F1'] },
      { name: '培训考勤', rows, merges },
      { name: '月报报送', rows: rrows, merges: rmerges },
    ],
    expect: {
      sheets: {
        '填表说明': { kind: null },
        '培训考勤': { kind: 'training', records },
        '月报报送': { kind: 'reports', records: rrec },
      },
    },
  };
  write('ledgers', 'b29-l1-yingde.json', caseObj);
  return { trainingRecords: records.length, present };
}

// ====================================================================
// ledgers 2 — 陆丰市: 贫困劳动力名单用“人员类别代码”（图例在表头上方）+ 按媒体一行、一格多个日期的宣传报道表
// ====================================================================
function ledgerLufeng() {
  const rand = mulberry32(2902);
  const villages = [
    ['碣石镇', '浅澳村'], ['碣石镇', '新饶村'], ['南塘镇', '溪墘村'], ['南塘镇', '埔尾村'], ['西南镇', '南告村'], ['西南镇', '石寨村'],
  ];
  const rel = ['户主', '配偶', '长子', '长女', '次子', '儿媳', '孙子', '母亲', '父亲'];
  const places = ['深圳', '广州', '东莞', '惠州', '汕尾市区', '佛山'];
  const rows = [
    ['陆丰市建档立卡贫困人口劳动力状况登记表'],
    ['填报单位：陆丰市乡村振兴局（转市商务局）　　　统计时点：2021年6月30日'],
    ['人员类别代码：1—有劳动能力（在家务农或县内务工）；2—有劳动能力（县外务工）；3—无劳动能力（含丧失劳动能力、在校学生、70岁以上老人）'],
    ['序号', '镇', '村', '户序号', '姓名', '与户主关系', '身份证号码', '人员类别（代码）', '务工地点', '备注'],
  ];
  const merges = ['A1:J1', 'A2:J2', 'A3:J3'];
  const records = [];
  let seq = 0; let hh = 0;
  // a household: head, spouse, children (adult or student), daughter-in-law, grandchildren, old parents
  function household(surname) {
    const hy = 1956 + Math.floor(rand() * 24);
    const headSex = rand() < 0.8 ? '男' : '女';
    const m = [{ rel: '户主', sex: headSex, y0: hy, y1: hy, sur: surname }];
    if (rand() < 0.8) m.push({ rel: '配偶', sex: headSex === '男' ? '女' : '男', y0: hy - 3, y1: hy + 3, sur: pick(rand, SURN) });
    const nk = Math.floor(rand() * 3);
    const kidRel = [['长子', '男'], ['长女', '女'], ['次子', '男'], ['次女', '女']];
    let sonAdult = false;
    for (let k = 0; k < nk; k++) {
      const [r, sx] = kidRel[k === 0 ? (rand() < 0.6 ? 0 : 1) : 2 + Math.floor(rand() * 2)];
      const ky = Math.min(hy + 22 + Math.floor(rand() * 10), 2012);
      m.push({ rel: r, sex: sx, y0: ky, y1: ky, sur: surname });
      if (sx === '男' && ky <= 1998) sonAdult = true;
    }
    if (sonAdult && hy <= 1968 && rand() < 0.7) {
      m.push({ rel: '儿媳', sex: '女', y0: hy + 24, y1: hy + 30, sur: pick(rand, SURN) });
      m.push({ rel: rand() < 0.5 ? '孙子' : '孙女', sex: null, y0: 2006, y1: 2014, sur: surname });
    }
    if (hy >= 1970 && rand() < 0.5) m.push({ rel: rand() < 0.5 ? '母亲' : '父亲', sex: null, y0: 1936, y1: 1950, sur: surname });
    for (const p of m) { if (!p.sex) p.sex = p.rel === '孙子' || p.rel === '父亲' ? '男' : '女'; if (p.rel === '母亲') p.sur = pick(rand, SURN); }
    return m;
  }
  // planned cell quirks, by person number
  const quirk = { 5: 'codeText', 11: 'fullwidth', 23: 'lowerX', 30: 'spaces' };
  let outSeen = 0;
  for (const [town, vil] of villages) {
    const nh = 2 + Math.floor(rand() * 2);
    let persons = 0;
    for (let h = 0; h < nh; h++) {
      hh++;
      const mem = household(pick(rand, SURN));
      const usedNames = new Set();
      for (const p of mem) {
        let nm; do { nm = p.sur + givenName(rand, p.sex); } while (usedNames.has(nm)); usedNames.add(nm);
        seq++; persons++;
        const y = p.y0 + Math.floor(rand() * (p.y1 - p.y0 + 1));
        const age = 2021 - y;
        let code; let place = null; let note = null;
        if (age < 18) { code = 3; note = '在校生'; }
        else if (age >= 70) { code = 3; note = '70岁以上'; }
        else { const r = rand(); code = r < 0.42 ? 1 : r < 0.84 ? 2 : 3; if (code === 3) note = pick(rand, ['丧失劳动能力', '残疾（二级）', '长期病患']); }
        if (code === 2) place = pick(rand, places);
        if (code === 1 && rand() < 0.4) place = pick(rand, ['本镇', '陆丰城区', '本村']);
        const q = quirk[seq];
        let id = makeId(rand, '441581', y, y, q === 'lowerX' ? true : null, p.sex);
        let idCell = id;
        let codeCell = code;
        if (q === 'codeText') codeCell = String(code);
        if (q === 'fullwidth') codeCell = String.fromCharCode(0xFF10 + code);
        if (q === 'lowerX') idCell = id.slice(0, 17) + 'x';
        if (q === 'spaces') idCell = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
        if (code === 2 && !q) { outSeen++; if (outSeen === 4) codeCell = '2（外出）'; }
        const labour = code !== 3;
        const migrant = code === 1 ? false : code === 2 ? true : null;
        rows.push([seq, town, vil, hh, nm, p.rel, idCell, codeCell, place, note]);
        records.push({ id, labour, migrant });
      }
    }
    rows.push([null, null, null, null, `小计：${vil} ${nh}户${persons}人`, null, null, null, null, null]);
  }
  rows.push([null, null, null, null, `合计：${hh}户${seq}人`, null, null, null, null, null]);
  rows.push([]);
  rows.push(['注：1.本表由市乡村振兴局从防返贫监测系统整理，供电商培训对象摸底使用。2.人员类别按上方代码填写，务工地点仅供参考。']);
  merges.push(`A${rows.length}:J${rows.length}`);

  // media by outlet
  const media = [
    ['人民网', '中央', '网络', '2021.4.16', null, 'national', false],
    ['南方日报', '省级', '报纸', '2020.11.5；2021.3.18', null, 'province', false],
    ['广东广播电视台珠江频道', '省级', '电视', '2021.6.2', '电商扶贫典型案例（甲子鱼干直播带货）', 'province', true],
    ['南方+客户端', '省级', '网络', '2020.10.12；2020.12.30；2021.5.8', null, 'province', false],
    ['汕尾日报', '汕尾市级', '报纸', '2020.9.24、2021.1.15、2021.7.9', null, 'city', false],
    ['汕尾广播电视台', '汕尾市级', '电视', '2021年3月', '《汕尾新闻》', 'city', true],
    ['陆丰电视台（市融媒体中心）', '陆丰市级', '电视', '2020.10.30\n2021.2.4\n2021.8.20\n2021.9.10', '《陆丰新闻》', 'county', true],
    ['陆丰发布（微信公众号）', '陆丰市级', '网络', '20.12.8；21.6.25', null, 'county', false],
    ['羊城晚报', '省级', '报纸', D('2021-01-22'), null, 'province', false],
  ];
  const parseD = (s) => {
    let m = s.match(/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/); if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    m = s.match(/^(\d{2})\.(\d{1,2})\.(\d{1,2})$/); if (m) return `20${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    m = s.match(/^(\d{4})年(\d{1,2})月$/); if (m) return `${m[1]}-${m[2].padStart(2, '0')}`;
    throw new Error('date ' + s);
  };
  const mrows = [
    ['陆丰市电子商务进农村宣传报道情况统计表（按媒体）'],
    ['填报单位：陆丰市商务局　　　统计时段：2020年9月—2021年9月'],
    ['序号', '媒体名称', '媒体级别', '报道形式', '报道时间（多篇用“；”隔开）', '篇数', '备注'],
  ];
  const mrec = [];
  let total = 0;
  media.forEach((m, i) => {
    const cell = m[3];
    const ds = typeof cell === 'object' ? [cell.date] : cell.split(/[；、\n]/).map((x) => x.trim()).filter(Boolean).map(parseD);
    total += ds.length;
    mrows.push([i + 1, m[0], m[1], m[2], cell, ds.length, m[4]]);
    for (const d of ds) mrec.push({ date: d, level: m[5], tv: m[6] });
  });
  mrows.push(['合计', null, null, null, null, total, null]);
  mrows.push(['注：“陆丰市级”指本市（县级市）媒体；2021年9月10日一篇为考评截止日后报道。报道截图见附件。']);
  const mmerges = ['A1:G1', 'A2:G2', `A${mrows.length}:G${mrows.length}`];
  const caseObj = {
    description: '陆丰市两张表：①乡村振兴局转来的《建档立卡贫困人口劳动力状况登记表》，劳动能力和外出务工合在一栏“人员类别（代码）”里，只填1/2/3，含义只在表头上方的图例行（1＝有劳动能力在家或县内务工，2＝有劳动能力县外务工，3＝无劳动能力含在校生、老人）；代码有数字、文本“2”、全角“１/２”、“2（外出）”；每村“小计：××村 n户m人”行、末尾合计行不是人；一人身份证末位小写x、一人带空格。②《宣传报道情况统计表（按媒体）》一个媒体一行，多篇报道的日期挤在一格里（“；”“、”或换行分隔，两位年份、只到月份、真日期），每个日期一条记录、按行自左向右；级别栏写“中央/省级/汕尾市级/陆丰市级”——陆丰是县级市，“陆丰市级”即县级（表下注明）；9月10日一篇在截止日后（照列）。',
    sheets: [
      { name: '贫困劳动力', rows, merges },
      { name: '宣传报道', rows: mrows, merges: mmerges },
    ],
    expect: {
      sheets: {
        '贫困劳动力': { kind: 'poorPersons', records },
        '宣传报道': { kind: 'media', records: mrec },
      },
    },
  };
  write('ledgers', 'b29-l2-lufeng.json', caseObj);
  return { persons: records.length, media: mrec.length };
}

// ====================================================================
// county — 高州市: 佐证材料目录式自评 + 各台账
// ====================================================================
function countyGaozhou() {
  const rand = mulberry32(2903);
  const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八'];
  const townNames = ['石鼓镇', '东岸镇', '长坡镇', '平山镇', '深镇镇', '马贵镇', '古丁镇', '大坡镇', '新垌镇', '云潭镇', '分界镇', '根子镇', '泗水镇', '石板镇', '荷塘镇', '潭头镇', '大井镇', '沙田镇', '南塘镇', '曹江镇', '谢鸡镇', '祥山镇', '荷花镇'];
  const streetNames = ['潘州街道', '山美街道', '金山街道', '宝光街道', '石仔岭街道'];
  const townVill = [22, 18, 20, 16, 19, 21, 15, 17, 24, 18, 16, 19, 17, 20, 14, 18, 22, 15, 16, 19, 17, 18, 0];
  const streetVill = [3, 6, 5, 4, 7];
  const streetComm = [10, 9, 8, 7, 6];
  const sumT = townVill.reduce((a, b) => a + b, 0);
  townVill[22] = 412 - sumT;
  const townCommIdx = new Set(shuffle(rand, [...Array(23).keys()]).slice(0, 14));
  const P1 = '大新石东西南北上下长平高龙凤竹荷塘坡田岗沙黄白红青金云马鹤桥旺和安丰富良德仁文中合联光明儒茂盛兴福禄春朝华宝珠碧桂坑垌岭湾陂'.split('');
  const P2 = '垌坑岭塘坡田岗湾头尾水山江陂埇岸冲竹光安和兴丰富平美良林园洞寨庄岭面背口河圳那垭窝'.split('');
  const used = new Set();
  function vname() {
    for (;;) { const a = pick(rand, P1); const b = pick(rand, P2); if (a === b) continue; const n = a + b; if (used.has(n)) continue; used.add(n); return n; }
  }
  const units = [];
  townNames.forEach((t, i) => units.push({ town: t, nv: townVill[i], nc: townCommIdx.has(i) ? 1 : 0 }));
  streetNames.forEach((t, i) => units.push({ town: t, nv: streetVill[i], nc: streetComm[i] }));
  const villages = []; const comms = [];
  for (const u of units) {
    u.vills = []; u.comms = [];
    for (let k = 0; k < u.nv; k++) { const v = { base: vname(), town: u.town }; u.vills.push(v); villages.push(v); }
    for (let k = 0; k < u.nc; k++) { const c = { base: vname(), town: u.town }; u.comms.push(c); comms.push(c); }
  }
  if (villages.length !== 437 || comms.length !== 54) throw new Error('village counts ' + villages.length + ' ' + comms.length);
  // village list sheet
  const vrows = [
    ['高州市村（居）民委员会名单'],
    ['（村民委员会437个，居民委员会（社区）54个；快递进村情况由市邮政管理局2021年7月核实）'],
    ['序号', '名称', '快递进村', '备注'],
  ];
  const vmerges = ['A1:D1', 'A2:D2'];
  let seq = 0;
  units.forEach((u, i) => {
    vrows.push([`${CN[i]}、${u.town}（村委会${u.nv}个${u.nc ? `、居委会${u.nc}个` : ''}）`]);
    vmerges.push(`A${vrows.length}:D${vrows.length}`);
    if (u.nv) {
      vrows.push([null, '〔村民委员会〕']);
      for (const v of u.vills) { seq++; v.listName = rand() < 0.8 ? v.base + '村委会' : v.base + '村'; vrows.push([seq, v.listName, '已通', null]); }
    }
    if (u.nc) {
      vrows.push([null, '〔居民委员会（社区）〕']);
      for (const c of u.comms) { seq++; c.listName = rand() < 0.5 ? c.base + '社区居委会' : c.base + '居委会'; vrows.push([seq, c.listName, null, null]); }
    }
  });
  vrows.push(['合计：村民委员会437个，居民委员会（社区）54个']);
  vmerges.push(`A${vrows.length}:D${vrows.length}`);
  vrows.push(['注：居委会（社区）不属行政村，快递进村栏不填。']);
  vmerges.push(`A${vrows.length}:D${vrows.length}`);

  // poor villages: 58, from town villages
  const townVillages = villages.filter((v) => !streetNames.includes(v.town));
  const poor = shuffle(rand, townVillages).slice(0, 58);
  const poorSet = new Set(poor);
  // order poor by list order
  const poorOrdered = villages.filter((v) => poorSet.has(v));
  const helpers = ['东莞市发展和改革局', '东莞市财政局', '东莞市商务局', '东莞市交通运输局', '东莞市供销社', '省农业农村厅驻村工作队', '茂名市直机关工委', '高州市财政局', '高州市商务局', '东莞市自然资源局'];
  const prows = [
    ['高州市省定贫困村（相对贫困村）名单'],
    ['序号', '镇（街）', '村委会', '帮扶单位', '备注'],
  ];
  poorOrdered.forEach((v, i) => {
    v.poorName = rand() < 0.6 ? v.base + '村委会' : rand() < 0.5 ? v.base + '村民委员会' : v.base + '村';
    prows.push([i + 1, v.town, v.poorName, pick(rand, helpers), rand() < 0.15 ? '2020年已达标出列' : null]);
  });
  prows.push(['合计', null, '58个', null, null]);
  prows.push(['注：出列村仍按省定贫困村统计。']);
  const pmerges = ['A1:E1', `A${prows.length}:E${prows.length}`];

  // stations
  const poorCovered = shuffle(rand, poorOrdered).slice(0, 56);
  const poorLate = poorOrdered.filter((v) => !poorCovered.includes(v));
  const nonPoor = shuffle(rand, villages.filter((v) => !poorSet.has(v)));
  const covered = poorCovered.concat(nonPoor.slice(0, 150 - 56));
  const lateNon = nonPoor.slice(150 - 56, 150 - 56 + 10);
  const late = poorLate.concat(lateNon);
  const cov = shuffle(rand, covered);
  const b1 = cov.slice(0, 45); const b2 = cov.slice(45, 95); const b3 = cov.slice(95, 150);
  const order = (arr) => villages.filter((v) => arr.includes(v));
  const stComms = shuffle(rand, comms).slice(0, 3);
  const batches = [
    { head: '第一批（2020年6月30日统一挂牌，共47个）', vills: order(b1), extra: [{ comm: stComms[0] }, { comm: stComms[1] }] },
    { head: '第二批（2020年11月挂牌，共52个）', vills: order(b2), extra: [{ comm: stComms[2] }, { dup: order(b1)[7] }] },
    { head: '第三批（2021年4月28日挂牌，共56个）', vills: order(b3), extra: [{ forest: true }] },
    { head: '第四批（正在建设，计划2021年10月挂牌，共12个）', vills: order(late), extra: [] },
  ];
  const hosts = ['邮政网点', '村委会', '供销社', '农资店', '便利店', '快递驿站', '合作社'];
  const srows = [
    ['高州市村级电子商务服务站点建设清单'],
    ['填报单位：高州市商务局　　　　　　　　　　　　　　　　　更新至2021年8月31日'],
    ['序号', '镇（街）', '村（居）', '站点名称', '依托主体', '负责人', '联系电话'],
  ];
  const smerges = ['A1:G1', 'A2:G2'];
  let sseq = 0;
  const townIndex = (t) => units.findIndex((u) => u.town === t);
  for (const b of batches) {
    srows.push([b.head]); smerges.push(`A${srows.length}:G${srows.length}`);
    const items = b.vills.map((v) => ({ v }));
    for (const e of b.extra) {
      if (e.comm) items.push({ c: e.comm });
      if (e.dup) items.push({ v: e.dup, dup: true });
    }
    items.sort((x, y) => townIndex((x.v || x.c).town) - townIndex((y.v || y.c).town));
    for (const it of items) {
      sseq++;
      if (it.c) {
        srows.push([sseq, it.c.town, it.c.base + '社区', `高州市${it.c.town}${it.c.base}社区电商服务站`, pick(rand, hosts), personName(rand), phone(rand)]);
      } else {
        const v = it.v;
        const r = rand();
        const nm = r < 0.6 ? v.base + '村' : r < 0.85 ? v.base + '村委会' : v.base + '村民委员会';
        srows.push([sseq, v.town, nm, `高州市${v.town}${v.base}村电商服务站${it.dup ? '（二）' : ''}`, it.dup ? '快递驿站' : pick(rand, hosts), personName(rand), phone(rand)]);
      }
    }
    if (b.extra.some((e) => e.forest)) {
      sseq++;
      srows.push([sseq, '深镇镇', '国营马鞍山林场', '高州市国营马鞍山林场电商服务点', '林场职工服务社', personName(rand), phone(rand)]);
    }
  }
  srows.push(['合计：167个（已挂牌155个，在建12个）']); smerges.push(`A${srows.length}:G${srows.length}`);
  srows.push(['注：1.站点挂牌时间以各批次统一挂牌时间为准。2.第四批站点尚未挂牌运营。3.林场服务点不属行政村站点，仅作说明。']); smerges.push(`A${srows.length}:G${srows.length}`);
  if (sseq !== 167) throw new Error('stations ' + sseq);
  const coveredAdmin = new Set([...b1, ...b2, ...b3]);
  const poorCov = poorOrdered.filter((v) => coveredAdmin.has(v)).length;

  // training: monthly summary
  const months = [
    ['2019年12月', 3, 186, 42, '电商基础知识普及', '市电商公共服务中心（筹）'],
    ['2020年1月', 2, 120, 35, '年货节网店运营', '市商务局'],
    ['2020年2月', '—', '—', '—', '—', null, '疫情停训'],
    ['2020年3月', 0, 0, 0, '—', null, '疫情停训'],
    ['2020年4月', 2, '96人次', 20, '线上直播带货入门（线上）', '第三方运营公司'],
    ['2020年5月', 3, 168, 51, '荔枝网销准备', '市电商公共服务中心'],
    ['2020年6月', 4, 210, 66, '荔枝季直播带货', '市电商公共服务中心'],
    ['2020年7月', 4, 265, 70, '网店美工与客服', '市电商公共服务中心'],
    ['2020年8月', 3, 240, 58, '农村电商站长培训', '市电商公共服务中心'],
    ['2020年9月', 4, 312, 95, '电商扶贫专场（贫困户）', '各镇政府'],
    ['2020年10月', 4, 288, 77, '返乡青年创业', '市电商公共服务中心'],
    ['2020年11月', 5, '356人次', 104, '双十一营销', '第三方运营公司'],
    ['2020年12月', 5, 402, 128, '年货节、龙眼干网销', '市电商公共服务中心'],
    ['2021年1月', 2, 175, 40, '短视频制作', '市电商公共服务中心'],
    ['2021年2月', 1, 60, 12, '春节农产品网销（线上）', '市商务局'],
    ['2021年3月', 4, 318, 96, '电商扶贫专场（贫困户）', '各镇政府'],
    ['2021年4月', 4, 296, 80, '农产品品牌与包装', '市电商公共服务中心'],
    ['2021年5月', 4, 342, 99, '荔枝季直播带货', '第三方运营公司'],
    ['2021年6月', 5, 388, 110, '荔枝季直播带货', '市电商公共服务中心'],
    ['2021年7月', 5, 410, 118, '跨境电商入门', '市电商公共服务中心'],
    ['2021年8月', 3, 248, 60, '站点运营提升', '市电商公共服务中心'],
    ['2021年9月（1-15日）', 6, 620, 150, '考评前集中培训', '市电商公共服务中心'],
  ];
  const num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+/.test(v) ? parseInt(v, 10) : 0);
  const trows = [
    ['高州市农村电商培训情况月度汇总表'],
    ['（据各期培训通知、签到表汇总；签到表原件见第3盒）'],
    ['月份', '培训期数', '培训人次', '其中：贫困人员（人次）', '主要培训内容', '承办单位', '备注'],
  ];
  let y2019 = 0; let y2020 = 0; let y2021 = 0; let byCut = 0;
  for (const m of months) {
    const pt = num(m[2]);
    const y = m[0].slice(0, 4);
    if (y === '2019') y2019 += pt; else if (y === '2020') y2020 += pt; else y2021 += pt;
    if (!m[0].startsWith('2021年9月')) byCut += pt;
    trows.push([m[0], m[1], m[2], m[3], m[4], m[5], m[6] || null]);
    if (m[0] === '2019年12月') trows.push(['2019年小计', 3, y2019, 42, null, null, null]);
    if (m[0] === '2020年12月') trows.push(['2020年小计', null, y2020, null, null, null, null]);
  }
  trows.push(['2021年小计', null, y2021, null, null, null, '含9月1-15日']);
  trows.push(['合计', null, y2019 + y2020 + y2021, null, null, null, '截至2021年9月15日']);
  trows.push(['注：培训人次按签到人数统计；2021年9月数据为9月1日—15日，属考评截止日后。']);
  const tmerges = ['A1:G1', 'A2:G2', `A${trows.length}:G${trows.length}`];
  if (byCut !== 4880) throw new Error('training ' + byCut);

  // poor labour summary by town (not a roster)
  const eligTot = 8642; const trainedTot = 4506;
  const weights = units.map(() => 0.5 + rand());
  const wsum = weights.reduce((a, b) => a + b, 0);
  let elig = weights.map((w) => Math.floor((eligTot * w) / wsum));
  elig[0] += eligTot - elig.reduce((a, b) => a + b, 0);
  let trained = elig.map((e) => Math.floor(e * (0.45 + rand() * 0.14)));
  let diff = trainedTot - trained.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % trained.length) { const s = diff > 0 ? 1 : -1; if (trained[i] + s <= elig[i] && trained[i] + s >= 0) { trained[i] += s; diff -= s; } }
  const srowsP = [
    ['高州市建档立卡贫困劳动力及电商培训情况汇总（分镇街）'],
    ['数据来源：高州市乡村振兴局（高乡振函〔2021〕33号），统计至2021年8月31日　　单位：人'],
    ['镇（街）', '建档立卡贫困人口', '有劳动能力', '其中：外出务工', '有劳动能力（不含外出务工）', '已参加电商培训', '参训率'],
  ];
  let totAll = 0; let totLab = 0; let totMig = 0;
  units.forEach((u, i) => {
    const mig = Math.floor(elig[i] * (0.25 + rand() * 0.2));
    const lab = elig[i] + mig;
    const all = lab + Math.floor(lab * (0.3 + rand() * 0.2));
    totAll += all; totLab += lab; totMig += mig;
    srowsP.push([u.town, all, lab, mig, elig[i], trained[i], (Math.round((trained[i] / elig[i]) * 1000) / 10).toFixed(1) + '%']);
  });
  srowsP.push(['合计', totAll, totLab, totMig, eligTot, trainedTot, '52.1%']);
  srowsP.push(['注：贫困人口名单及参训人员签到表由市乡村振兴局、各镇街留存备查（涉及个人信息，不随本册报送）。']);
  const pmergesP = ['A1:G1', 'A2:G2', `A${srowsP.length}:G${srowsP.length}`];

  // enterprises
  const ent = [
    ['高州市荔乡网络科技有限公司', '平台型电商企业', '2020.7.1-2023.6.30', null],
    ['广东茂商网络科技有限公司', '电商运营服务商', '2020.7.1-2023.6.30', '中心运营方'],
    ['高州市果然鲜农产品电子商务有限公司', '电商销售企业', '2020年8月1日至2023年7月31日', null],
    ['高州市桂圆人家食品有限公司', '电商销售企业', '2020.8.15-2022.8.14', null],
    ['中国邮政集团有限公司高州市分公司（电商分拨中心）', '物流快递企业', '2020.8.20-2025.8.19', null],
    ['高州市潘州直播传媒有限公司', '电商运营服务商', '2020/9/1—2022/8/31', null],
    ['高州市鉴江农业发展有限公司', '电商销售企业', '2020.9.10-2022.9.9', '2021年3月提前退租'],
    ['高州市云上荔枝电子商务有限公司', '平台型电商企业', '2020.9.15-2023.9.14', null],
    ['高州市红荔供应链管理有限公司', '物流快递企业', '2020/10/15—2022/10/14', null],
    ['高州市山美香蕉专业合作社（网店）', '电商销售企业', '2020.10.20-2021.10.19', null],
    ['茂名市优品汇电子商务有限公司高州分公司', '电商销售企业', '2020年11月1日至2022年10月31日', null],
    ['高州市农小二电子商务有限公司', '电商销售企业', '2020.11.8-2023.11.7', null],
    ['高州市速达快递服务有限公司', '物流快递企业', '2020.12.1-2022.11.30', null],
    ['高州市e家设计工作室', '电商运营服务商', '2020.12.10-2021.12.9', null],
    ['高州市根子镇柏桥龙眼网店', '电商销售企业', '2021.1.1～2023.12.31', '已于2021.6.15迁出（搬往茂名市区）'],
    ['高州市金山电子商务有限公司', '平台型电商企业', '2021.1.18-2024.1.17', null],
    ['高州市有福农品电子商务有限公司', '电商销售企业', '2021.3.1-2023.2.28', null],
    ['广东荔都数字营销有限公司', '电商运营服务商', '2021.3.15-2024.3.14', null],
    ['高州市曹江镇乡味电商服务部', '电商销售企业', '2021.4.1-2022.3.31', null],
    ['高州市宝光跨境电子商务有限公司', '电商销售企业', '2021年5月10日至2024年5月9日', null],
    ['高州市乡创冷链物流有限公司', '物流快递企业', '2021.6.1-2024.5.31', null],
    ['高州市星火直播电子商务有限公司', '电商运营服务商', '2021.9.6-2024.9.5', '9月新签'],
  ];
  const erows = [
    ['高州市电子商务产业园入驻企业名单'],
    ['园区运营方：广东茂商网络科技有限公司　　　　　　　　　更新日期：2021年9月8日'],
    ['序号', '企业名称', '统一社会信用代码', '类别', '入驻协议期限', '办公位置', '备注'],
  ];
  const AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  ent.forEach((e, i) => {
    let code = '91440981MA5';
    for (let k = 0; k < 7; k++) code += AL[Math.floor(rand() * AL.length)];
    erows.push([i + 1, e[0], code, e[1], e[2], `园区${1 + Math.floor(i / 8)}楼${String(101 + (i % 8))}`, e[3]]);
  });
  erows.push(['注：入驻时间以入驻协议期限起始日为准；退租、迁出企业见备注。']);
  const emerges = ['A1:G1', 'A2:G2', `A${erows.length}:G${erows.length}`];
  const presentEnt = 22 - 2 - 1;

  // funds: month grid, 万元
  const mcols = [];
  for (let m = 5; m <= 12; m++) mcols.push(`2020-${String(m).padStart(2, '0')}`);
  for (let m = 1; m <= 9; m++) mcols.push(`2021-${String(m).padStart(2, '0')}`);
  const contracts = [
    ['县级电商公共服务中心建设及运营', '广东茂商网络科技有限公司', 150, { '2020-06': 45, '2020-10': 45, '2021-03': 30, '2021-09': 30 }],
    ['村级电商服务站点建设', '中国邮政集团有限公司高州市分公司', 160, { '2020-07': 48, '2020-12': 64, '2021-05': 32 }],
    ['农村电商培训服务', '高州市华粤职业培训学校', 60, { '2020-09': 18, '2021-01': 24, '2021-07': 12 }],
    ['县乡村三级物流配送体系', '高州市红荔供应链管理有限公司', 80, { '2020-11': 32, '2021-04': 32.6 }],
    ['农产品溯源及冷链服务', '高州市乡创冷链物流有限公司', 50, { '2021-06': 30 }],
  ];
  const frows = [
    ['高州市省级电子商务进农村综合示范专项资金拨付进度表'],
    ['单位：万元　　　　省级专项资金下达500万元（粤商务电函〔2019〕29号）'],
    ['序号', '项目名称', '承建单位', '合同金额', '2020年', null, null, null, null, null, null, null, '2021年', null, null, null, null, null, null, null, null, '累计拨付', '拨付比例'],
    [null, null, null, null, ...mcols.map((m) => `${Number(m.slice(5))}月`), null, null],
  ];
  const fmerges = ['A1:W1', 'A2:W2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:L3', 'M3:U3', 'V3:V4', 'W3:W4'];
  let spentCut = 0; let spentAll = 0;
  const colTot = mcols.map(() => 0);
  contracts.forEach((c, i) => {
    const cells = mcols.map((m) => (c[3][m] === undefined ? null : c[3][m]));
    const s = cells.reduce((a, b) => a + (b || 0), 0);
    cells.forEach((v, j) => { if (v) { colTot[j] += v; spentAll += v; if (mcols[j] <= '2021-08') spentCut += v; } });
    frows.push([i + 1, c[0], c[1], c[2], ...cells, Math.round(s * 100) / 100, (Math.round((s / c[2]) * 10000) / 100) + '%']);
  });
  frows.push(['合计', null, null, 500, ...colTot.map((v) => (v ? Math.round(v * 100) / 100 : null)), Math.round(spentAll * 100) / 100, null]);
  frows.push(['注：9月拨付为考评截止日后拨付；截至2021年8月31日累计拨付412.6万元。']);
  fmerges.push(`A${frows.length}:W${frows.length}`);
  if (Math.round(spentCut * 100) !== 41260) throw new Error('funds ' + spentCut);

  // reports: mail export
  const SH = '茂名市商务局电商科 <mmswj_dsk@163.com>';
  const SX = '广东省商务厅市场体系建设处 <scc_tj@gdcom.gov.cn>';
  const mails = [
    ['2020/7/6 10:21', SH, '【高州】6月份电商进农村示范创建工作进展', '6月进展.docx'],
    ['2020/8/5 15:02', SH, '【高州】7月份电商进农村示范创建工作进展', '7月进展.docx'],
    ['2020/9/8 16:42', SH, '【高州】8月份工作进展及电商扶贫统计', '8月进展.docx；电商扶贫统计表.xlsx'],
    ['2020/10/9 09:15', SH, '【高州】9月份电商进农村示范创建工作进展', '9月进展.docx'],
    ['2020/11/5 17:30', SH, '【高州】10月份工作进展及电商扶贫统计', '10月进展.docx；电商扶贫统计表.xlsx'],
    ['2020/12/4 11:08', SH, '【高州】11月份电商进农村示范创建工作进展', '11月进展.docx'],
    ['2021/1/6 16:55', SH, '【高州】12月份工作进展及2020年工作总结', '12月进展.docx；2020年总结.docx；电商扶贫统计表.xlsx'],
    ['2021/2/4 10:12', SX, '高州市2021年1月电商进农村统计数据（报省厅）', '1月统计.xlsx'],
    ['2021/3/3 09:47', SH, '【高州】1-2月份工作进展（春节合并报送）', '1-2月进展.docx'],
    ['2021/3/22 14:20', SH, '高州市电商进农村项目建设情况补充材料', '补充材料.pdf'],
    ['2021/4/7 10:03', SH, '【高州】3月份工作进展及一季度电商扶贫统计', '3月进展.docx；电商扶贫统计表.xlsx'],
    ['2021/5/8 16:11', SH, '【高州】4月份电商进农村示范创建工作进展', '4月进展.docx'],
    ['2021/6/4 09:30', SH, '【高州】5月份电商进农村示范创建工作进展', '5月进展.docx'],
    ['2021/7/5 15:48', SH, '【高州】6月份工作进展及上半年电商扶贫统计', '6月进展.docx；电商扶贫统计表.xlsx'],
    ['2021/8/4 11:26', SH, '【高州】7月份电商进农村示范创建工作进展', '7月进展.docx'],
    ['2021/8/27 17:05', SH, '高州市电商进农村考评自评材料（初稿）', '自评报告（初稿）.docx'],
    ['2021/9/6 10:40', SH, '【高州】8月份工作进展及电商扶贫统计', '8月进展.docx；电商扶贫统计表.xlsx'],
  ];
  const rrows = [
    ['发送时间', '收件人', '主题', '附件'],
    ...mails,
    [],
    ['（以上从电商股邮箱gzswj_ds@163.com“已发送”文件夹导出，2021年9月8日）'],
  ];
  const cityMonths = new Set(mails.filter((m) => m[1] === SH).map((m) => { const [y, mo] = m[0].split(' ')[0].split('/'); return `${y}-${mo.padStart(2, '0')}`; }).filter((m) => m >= '2020-09' && m <= '2021-08'));

  // disclosures: multiple dates per cell
  const disc = [
    ['创建方案', '2019.12.20', 1, '《高州市电子商务进农村综合示范县工作方案》全文'],
    ['项目公示（项目基本信息）', '2020.6.5；2020.9.15；2021.1.8；2021.4.12', 4, '招标结果、承建单位、合同金额'],
    ['建设进度（按月）', '2020.9.30；2020.10.30；2020.11.27；2020.12.31；2021.1.29；2021.3.31；2021.4.30；2021.5.31；2021.6.30；2021.7.30；2021.8.31', 11, '2月份进度与3月合并公示'],
    ['工作动态', '2020.8.20、2020.12.15、2021.2.8、2021.6.18、2021.9.3', 5, null],
    ['意见征集/监督举报', '2019.12.20（常设）', 1, '监督电话0668-62xxxxx，邮箱'],
  ];
  const drows = [
    ['高州市人民政府网“电子商务进农村综合示范”专栏更新情况'],
    ['专栏位置：高州市人民政府网→专题专栏→电子商务进农村'],
    ['序号', '子栏目', '更新日期（多次用“；”隔开）', '条数', '备注'],
    ...disc.map((d, i) => [i + 1, ...d]),
    ['合计', null, null, 22, null],
  ];
  const dmonths = new Set();
  for (const d of disc) for (const s of d[1].split(/[；、]/)) { const m = s.match(/(\d{4})\.(\d{1,2})\./); if (m) { const k = `${m[1]}-${m[2].padStart(2, '0')}`; if (k >= '2020-09' && k <= '2021-08') dmonths.add(k); } }
  if (dmonths.size !== 12) throw new Error('disclosure months ' + dmonths.size);

  // media
  const mrows = [
    ['高州市电子商务进农村宣传报道一览表'],
    ['序号', '日期', '标题', '刊播媒体', '栏目/版面', '形式', '电商扶贫案例'],
    [1, '2020.9.22', '高州荔枝龙眼搭上电商快车', '南方日报', '茂名观察版', '报纸', null],
    [2, D('2020-11-06'), '高州建成三级电商服务体系', '茂名日报', 'A3版', '报纸', null],
    [3, '2020.12.15', '我市举办第五期电商扶贫专场培训', '高州发布（微信公众号）', null, '网络', '是'],
    [4, '2021.1.20', '高州：村村有站点 年货网上卖', '茂名电视台', '《茂名新闻》', '电视', null],
    [5, '2021.3.9', '广东高州：电商赋能乡村振兴', '人民网', null, '网络', null],
    [6, '2021.6.18', '高州荔枝直播带货助脱贫户增收', '广东卫视', '《广东新闻联播》', '电视', '是'],
    [7, '2021.7.8', '市电商公共服务中心开展荔枝季促销', '高州电视台', '《高州新闻》', '电视', null],
    [8, '2021.9.3', '高州电商进农村示范创建迎考评', '南方+客户端', null, '网络', null],
  ];
  // materials
  const marows = [
    ['经验材料报送登记'],
    ['序号', '报送时间', '材料名称', '报送对象', '采用情况'],
    [1, '2021年4月下旬', '高州市“荔枝+电商”助力乡村振兴经验做法', '茂名市商务局', '市局《商务简报》第6期采用'],
    [2, '2021.9.10', '高州市电商进农村综合示范创建工作总结', '茂名市商务局', '—'],
  ];

  // ---------------- the self-assessment / evidence index sheet
  const blocks = [
    ['第1盒', '组织领导（2分）', 2, [
      ['关于成立高州市电子商务进农村综合示范工作领导小组的通知', '高府办函〔2019〕156号', '组长：市委副书记、市长；副组长：分管副市长；成员单位：市商务局、财政局、农业农村局、扶贫办（现市乡村振兴局）、交通运输局、市场监管局、供销社、邮政分公司', '1-6'],
      ['领导小组会议纪要（3次）', '2020.3.12／2020.9.8／2021.4.20', '—', '7-15']]],
    ['第1盒', '方案制定（2分）', 2, [
      ['高州市电子商务进农村综合示范县工作方案', '高府办〔2019〕98号', '已于2019年12月正式印发', '16-40']]],
    ['第1盒', '政策支持（2分）', 1, [
      ['高州市促进农村电子商务发展的若干措施', '高府〔2020〕21号', '已出台（资金、场地、人才），部分条款尚在落实', '41-52']]],
    ['第1盒', '项目管理（4分）', 4, [
      ['项目管理办法、项目验收办法', '高商务〔2020〕12号', '项目管理制度（自评2分）', '53-66'],
      ['工作台账（本册各表）', '—', '工作台账（自评2分）', '—']]],
    ['第2盒', '服务体系建设—县级中心及产业园（15分）', 15, [
      ['县级电商公共服务中心运营情况报告', '2021年8月', '县级电商公共服务中心于2020年7月18日投入运营，面积2000㎡', '1-20'],
      ['中心服务项目清单', '—', '免费培训场所及设备：有；农特产品免费展示销售：有；摄影美工：有偿（按成本价收费）；统一推广、品牌建设指导：有；其他增值服务（代运营、金融对接）：有', '21-28'],
      ['电商产业园入驻企业清单', '见“入驻企业”表', '整合高州市电子商务产业园，入驻企业21家（平台型、销售型、运营服务、物流快递）', '29-45'],
      ['第三方运营服务合同', '2020.6.8', '专业第三方运营服务商：广东茂商网络科技有限公司', '46-60']]],
    ['第2盒', '服务体系建设—村级站点（10分）', 10, [
      ['行政村清单、省定贫困村清单', '见“村居名单”“贫困村”表', '行政村437个、社区54个；省定贫困村58个', '61-80'],
      ['村级电商服务站点清单及视频', '见“站点”表', '四批共167个站点，省定贫困村全覆盖', '81-120']]],
    ['第3盒', '农村产品上行（10分）', 9, [
      ['高州市农产品网络销售调研报告', '2020年6月', '网销调研（自评2分）', '1-36'],
      ['年货节、荔枝节网络促销活动方案及总结', '2021.1／2021.6', '网络促销活动（自评2分）', '37-60'],
      ['市邮政管理局快递物流覆盖情况证明', '2021年7月', '行政村物流快递覆盖率100%', '61-62'],
      ['荔枝、龙眼电商交易标准；冷链、溯源服务企业名单', '高商务〔2021〕5号', '交易标准与冷链溯源（自评1分）', '63-80'],
      ['网络零售额统计（省商务厅提供）', '—', '农村网络零售额：2019年28.6亿元，2020年34.9亿元；农产品网络零售额：2019年9.82亿元，2020年13.1亿元，同比增长33.4%', '81-82']]],
    ['第3盒', '电商人才培训（20分）', 18, [
      ['培训通知、签到表、现场照片', '见“培训月报”表', '常住人口132.69万人（七普，按50万人计）；截至2021年8月31日累计培训4,880人次', '83-260'],
      ['市乡村振兴局确认的贫困劳动力情况', '高乡振函〔2021〕33号', '有劳动能力的建档立卡贫困人口（不含外出务工）8,642人，参加培训4,506人，占52.1%（分镇情况见“贫困劳动力汇总”表）', '261-268']]],
    ['第4盒', '信息公开（4分）', 4, [
      ['市政府网站专栏截图', '见“专栏”表', '公示创建方案、项目基本信息，按月公示建设进度，设意见征集和监督举报窗口', '1-30']]],
    ['第4盒', '数据上报（6分）', 6, [
      ['向茂名市商务局报送的月报（邮件打印件）', '见“报送（邮件）”表', '每月报送工作进展，附电商扶贫统计表', '31-80']]],
    ['第4盒', '案例总结（2分）', 2, [
      ['经验材料', '见“经验材料”表', '已向茂名市商务局报送', '81-90']]],
    ['第4盒', '经验推广（8分）', 8, [
      ['媒体报道截图、视频', '见“宣传”表', '人民网、南方日报、广东卫视、茂名日报、茂名电视台、高州电视台等', '91-130']]],
    ['第5盒', '资金管理制度（5分）', 5, [
      ['高州市电子商务进农村综合示范专项资金管理办法', '高商务〔2020〕8号', '已制定', '1-12']]],
    ['第5盒', '资金台账（5分）', 4, [
      ['承建单位资金专用台账及凭证', '—', '已建立', '13-80']]],
    ['第5盒', '资金支出（5分）', 4, [
      ['资金拨付文件、凭证', '见“资金拨付”表', '下达省级专项资金500万元，截至2021年8月31日累计拨付412.6万元（82.5%）；项目总体进度88%', '81-140']]],
    ['第5盒', '加分项：建档立卡贫困人口培训率70%及以上（2分）', 0, [
      ['—', '—', '52.1%，未达70%', '—']]],
    ['第5盒', '加分项：电商扶贫典型案例电视播报（2分）', 1, [
      ['广东卫视《广东新闻联播》报道', '2021.6.18', '“高州荔枝直播带货助脱贫户增收”获省级电视媒体播报', '131-132']]],
    ['第5盒', '一票否决项', '—', [
      ['安全生产、质量事故情况说明', '—', '未发生安全生产、质量事故，未造成重大经济损失；无弄虚作假', '133']]],
  ];
  const frow = [
    ['高州市2019年省级电子商务进农村综合示范创建考评佐证材料目录及自评（截至2021年8月31日）'],
    ['填报单位：高州市商务局（盖章）　　　　　　　　　　　　　　　　编制日期：2021年9月7日'],
    ['盒号', '评价指标（分值）', '序号', '佐证材料名称', '文号/形成时间', '关键数据及完成情况', '自评分', '页码'],
  ];
  const fm = ['A1:H1', 'A2:H2'];
  let n = 0;
  let boxStart = 4; let curBox = blocks[0][0];
  for (const [box, ind, score, items] of blocks) {
    if (box !== curBox) { if (frow.length >= boxStart + 1) fm.push(`A${boxStart}:A${frow.length}`); boxStart = frow.length + 1; curBox = box; }
    const start = frow.length + 1;
    items.forEach((it, k) => { n++; frow.push([frow.length + 1 === boxStart ? box : null, k === 0 ? ind : null, n, it[0], it[1], it[2], k === 0 ? score : null, it[3]]); });
    const end = frow.length;
    if (end > start) { fm.push(`B${start}:B${end}`, `G${start}:G${end}`); }
  }
  if (frow.length >= boxStart + 1) fm.push(`A${boxStart}:A${frow.length}`);
  frow.push([null, '合计', null, null, null, null, 95, null]);
  frow.push(['说明：1.佐证材料按盒装订，页码为盒内页码；2.各台账电子表附后；3.自评分由市商务局电商股初评、分管领导审定。']);
  fm.push(`A${frow.length}:H${frow.length}`);
  frow.push(['编制：陈××　　审核：李××　　分管领导：吴××']);
  fm.push(`A${frow.length}:H${frow.length}`);

  const sheets = [
    { name: '自评及佐证目录', rows: frow, merges: fm },
    { name: '村居名单', rows: vrows, merges: vmerges },
    { name: '贫困村', rows: prows, merges: pmerges },
    { name: '站点', rows: srows, merges: smerges },
    { name: '培训月报', rows: trows, merges: tmerges },
    { name: '贫困劳动力汇总', rows: srowsP, merges: pmergesP },
    { name: '入驻企业', rows: erows, merges: emerges },
    { name: '资金拨付', rows: frows, merges: fmerges },
    { name: '报送（邮件）', rows: rrows, merges: [`A${rrows.length}:D${rrows.length}`] },
    { name: '专栏', rows: drows, merges: ['A1:E1', 'A2:E2'] },
    { name: '宣传', rows: mrows, merges: ['A1:G1'] },
    { name: '经验材料', rows: marows, merges: ['A1:E1'] },
  ];

  const coveredN = coveredAdmin.size;
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4,
    'work.center': 12, 'work.coverage': 8, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 4, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  const bonus = points['bonus.poorTraining'] + points['bonus.tvCase'];
  if (coveredN !== 150 || poorCov !== 56 || cityMonths.size !== 11) throw new Error(`check ${coveredN} ${poorCov} ${cityMonths.size}`);
  const derivation = [
    'asOf: 自评表标题“截至2021年8月31日” → 2021-08-31；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。',
    'org.leadership: 佐证目录第1项：组长“市委副书记、市长”（主要领导），成员单位有市商务局、财政局、农业农村局、扶贫办（现乡村振兴局） → 2',
    'org.plan: 方案制定自评分 2（方案已正式印发） → 2',
    'org.policy: 政策支持自评分 1（已出台） → 1',
    'org.management: 项目管理制度自评2分 + 工作台账自评2分（“关键数据”列写明，合并格自评4） → 4',
    'work.center: 中心2020-07-18投入运营 ≤ 截止日 → 2；早于2021-02-28，已满6个月 → 2；免费培训场所及设备 有 → 2；免费展示销售 有 → 1；摄影美工“有偿（按成本价收费）”不是免费 → 0；统一推广、品牌指导 有 → 1；其他增值服务 有 → 1；整合电商产业园 → 2；入驻企业表22家：入驻时间取“入驻协议期限”的起始日（不是区间末端），第7家2021年3月退租、第15家2021.6.15迁出、第22家2021.9.6才入驻，截至8月31日在园 22−2−1 = 19家 < 20 → 0（自评目录写“21家”是把退出的也算上）；在园企业类别有平台型、销售、运营服务、物流快递 ≥3类 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12',
    `work.coverage: 村居名单中〔村民委员会〕437个（〔居民委员会（社区）〕54个不计），超过200按200为基数；站点表按批次标题取挂牌时间：第一批2020-06-30、第二批2020-11、第三批2021-04-28 均在截止日前，第四批“计划2021年10月挂牌”不计；前三批覆盖行政村 ${coveredN} 个（3个社区站点不计、第二批一个村的第二个站点只算一次、国营马鞍山林场服务点不在名单内不计） → ${coveredN}/200 = 75% ≥ 70% → 5；省定贫困村58个（贫困村表，名称写法与名单不同但是同一村），前三批覆盖 ${poorCov} 个，另2个在第四批 → 56/58 = 96.6%，在80%–100%（不含） → 3；合计 8`,
    'work.upward: 网销调研自评 2；促销活动自评 2；专业第三方运营服务商（广东茂商网络科技有限公司）→ 1；村居名单快递进村栏437个村全部“已通”（另有证明“覆盖率100%”） → 1；交易标准与冷链溯源自评 1；增速：农村网零 34.9/28.6 − 1 = 22.0% < 30%，农产品网零 13.1/9.82 − 1 = 33.4% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9',
    `work.training: 培训月报按月一行，2019年12月—2021年8月人次合计 ${byCut}（“96人次”“356人次”为文本；2020年2月“—”、3月0；小计、合计行不计）；“2021年9月（1-15日）”620人次在截止日后不计（若计入为5,500，≥1%会成10分） → 4880 ÷ min(1,326,900, 500,000) = 0.976%，在0.8%–1%（不含） → 8；本册无贫困人口名单和带身份证号的签到（“其中：贫困人员（人次）”是人次；“贫困劳动力汇总”是分镇汇总表，不是名单），按自评表所报：参训4,506 ÷ 有劳动能力不含外出务工8,642 = 52.1% ≥ 50% → 10；合计 18`,
    'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设意见征集和监督举报窗口 → 2；专栏更新表一格多个日期（“；”“、”分隔），2020-09…2021-08 每个月都有更新（2月只有工作动态2021.2.8一条） → 按月 → 2；合计 4',
    'info.reporting: 邮件导出中发给茂名市商务局的，窗口内覆盖 2020-09、10、11、12、2021-01、03、04、05、06、07、08 共11个月；2021年2月只有发给省商务厅的一封（不是市级商务主管部门），1-2月进展3月3日才报 → 不是每月 → 1（自评6分）；多封月报附“电商扶贫统计表”，自评表也写“附电商扶贫统计表” → 能统计 → 3；合计 4',
    'promo.cases: 2021年4月下旬向茂名市商务局报送经验材料（9月10日那份在截止日后） → 2',
    'promo.media: 截止日前：人民网（国家级，按省级计）、南方日报、广东卫视（省级） → 4；茂名日报、茂名电视台（市级） → 3；高州发布、高州电视台（县级） → 1；南方+ 2021.9.3 在截止日后不计；合计 8',
    'fund.system: 资金管理制度自评 5 → 5',
    'fund.ledger: 资金台账自评 4 → 4',
    `fund.spending: 资金拨付进度表按月份列（单位万元），截止日前各格合计 ${Math.round(spentCut * 100) / 100} 万元 = 4,126,000 元（2021年9月一格30万元不计；“累计拨付”“合同金额”列和合计行不是拨付记录）；÷ 下达 500 万元 = 82.5% ≥ 70% → 取判断分“资金支出”自评 4 → 4`,
    'bonus.poorTraining: 52.1% < 70% → 0',
    'bonus.tvCase: 2021-06-18 广东卫视《广东新闻联播》报道，宣传表“电商扶贫案例”为“是”，省级电视 → 1',
    'veto.incident: “未发生安全生产、质量事故” → 0',
    'veto.progress: 项目总体进度 88% ≥ 40% → 0',
    'veto.fraud: “无弄虚作假” → 0',
    `total: 2+2+1+4+12+8+9+18+4+4+2+8+5+4+4 = ${scored}，加分 ${bonus} → ${scored + bonus}；未否决（县自评合计95）。`,
  ];
  const caseObj = {
    description: '高州市（茂名）商务局整本考评工作簿（12个表）：事实表是《考评佐证材料目录及自评》——盒号|评价指标（分值）|序号|佐证材料名称|文号/形成时间|关键数据及完成情况|自评分|页码，一个指标占几行材料（盒号、指标、自评分纵向合并），事实都在“关键数据及完成情况”短句里，判断分写成“（自评2分）”或在合并的自评分格里。台账新写法：村居名单按镇分节、节内再用“〔村民委员会〕”“〔居民委员会（社区）〕”小标题分类型（437个村超200基数）；贫困村另表带帮扶单位；站点清单按批次分节，挂牌时间只写在批次标题行（第四批“计划2021年10月挂牌”）；培训是按月汇总（一月一行人次）；贫困劳动力只有分镇汇总表（不是名单）；入驻企业只有“入驻协议期限”区间（入驻取起始日）、退出写在备注；资金拨付进度表为合同×月份矩阵（万元）；月报是邮箱“已发送”导出（收件人区分市局与省厅）；专栏更新一格多日期。中等偏上（88分，含加分1分，未否决；县自评95分）。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: scored + bonus,
      bonus,
      vetoed: false,
      points,
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4,
        'work.center': 15, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
    derivation,
  };
  write('counties', 'b29-c1-gaozhou.json', caseObj);
  return { coveredN, poorCov, byCut, spentCut, presentEnt, total: scored + bonus, cityMonths: [...cityMonths].sort() };
}

factsYangxi();
factsLianjiang();
factsBoluo();
const y = ledgerYingde();
const l = ledgerLufeng();
const g = countyGaozhou();
console.log(JSON.stringify({ yingde: y, lufeng: l, gaozhou: g }));
