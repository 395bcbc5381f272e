'use strict';
// Batch 33 — blind layout cases (清新区 county; 乳源/阳西/大埔 facts; 电白/博罗 ledgers).
// Plain CommonJS, no dependencies, deterministic.
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, "../..");

// ---------- helpers ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(3333);
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
  return arr;
}
const D = (s) => ({ date: s });
function assert(cond, msg) { if (!cond) throw new Error('assertion failed: ' + msg); }
const pad = (n, w = 2) => String(n).padStart(w, '0');
function iso(y, m, d) { return `${y}-${pad(m)}-${pad(d)}`; }
function addDays(isoStr, n) {
  const t = new Date(isoStr + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
function daysBetween(a, b) { return Math.round((new Date(b + 'T00:00:00Z') - new Date(a + 'T00:00:00Z')) / 86400000); }
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body17) {
  let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i];
  return '10X98765432'[s % 11];
}
function fix(body17) { return body17 + idCheck(body17); }
function fixSpaced(body17) { const id = fix(body17); return id.slice(0, 14) + ' ' + id.slice(14); }
function fixX(prefix14, wantOdd) {
  for (let seq = 0; seq < 1000; seq++) {
    if ((seq % 2 === 1) !== !!wantOdd) continue;
    const b = prefix14 + String(seq).padStart(3, '0');
    if (idCheck(b) === 'X') return b + 'x';
  }
  throw new Error('no X id for ' + prefix14);
}
function makeId(area, birth, seq) { const b = area + birth + String(seq).padStart(3, '0'); return b + idCheck(b); }
function colName(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function fmtThousands(n, dec) {
  const s = dec ? n.toFixed(dec) : String(n);
  const [ip, fp] = s.split('.');
  return ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fp ? '.' + fp : '');
}
function padRows(rows) {
  const w = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => { const c = r.slice(); while (c.length < w) c.push(null); return c; });
}
function write(sub, name, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}

const SURNAMES = '陈李黄张梁林何罗冯朱邓谢吴刘钟曾潘温邱郑苏廖叶欧卢莫赖凌巫丘'.split('');
const GIVEN = '伟芳秀英明华强丽娟国海金玉兰桂容志文建平惠娣婷杰俊辉冬梅春燕亚妹水连喜带胜福成德永松凤群青'.split('');
function personName() { return pick(SURNAMES) + (rnd() < 0.3 ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN)); }

const ALL_IDS = [
  'org.leadership', 'org.plan', 'org.policy', 'org.management',
  'work.center', 'work.coverage', 'work.upward', 'work.training',
  'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media',
  'fund.system', 'fund.ledger', 'fund.spending',
  'bonus.poorTraining', 'bonus.tvCase',
  'veto.incident', 'veto.progress', 'veto.fraud',
];

// =====================================================================
// facts 1 — 乳源瑶族自治县：工作推进看板（已完成｜推进中｜未启动/未达标 三栏）
// =====================================================================
function factsRuyuan() {
  const done = [
    ['工作方案印发', '《乳源瑶族自治县电子商务进农村综合示范县创建工作方案》（乳府办〔2019〕56号），2019年12月印发'],
    ['县级电商公共服务中心', '2020年10月28日开业运营（县城鹰峰东路电商大楼2楼）'],
    ['中心免费培训', '培训室60座、电脑30台，免费开展电商基础培训'],
    ['农特产品免费展示展销', '展销厅免费展示、代销瑶山农特产品120余款（乳源彩米、黄金柰李、蜜柚等）'],
    ['区域品牌推广', '“乳源瑶山”区域公用品牌统一推广，指导8家企业做品牌'],
    ['其他增值服务', '代办网店开设、营业执照，物流对接、金融对接'],
    ['第三方运营', '广东乳源瑶乡网络科技有限公司运营县级中心'],
    ['快递进村', '102个行政村快递全覆盖（邮政＋快递超市）'],
    ['电商培训', '累计培训46期，2,146人次'],
    ['资金管理办法', '《乳源瑶族自治县电子商务进农村综合示范项目资金管理办法》已印发'],
    ['资金专用台账', '承建单位已建立资金专用台账'],
    ['政府网专栏', '已公示创建方案、项目基本信息、每月项目建设进度'],
    ['月报及扶贫统计', '每月5日前报韶关市商务局，附电商扶贫统计（贫困户参训、带动增收）'],
    ['网络零售额统计', '2020年农村网络零售额3.42亿元，同比增长26.2%（2019年2.71亿元）'],
  ];
  const doing = [
    ['电商产业园', '整合瑶族风情街打造电商产业园，已签约企业13家，尚未挂牌'],
    ['村级站点', '已建成81个，覆盖行政村78个；省定贫困村24个已全覆盖'],
    ['贫困劳动力培训', '有劳动能力（不含外出务工）贫困人口1,208人，已参训537人（44.5%）'],
    ['资金拨付', '省级专项资金下达500万元，已拨付386.5万元（77.3%）'],
    ['项目总体进度', '约85%'],
  ];
  const todo = [
    ['电商扶持政策', '《扶持办法》代拟稿未报县政府审定，未出台'],
    ['免费摄影、美工', '摄影棚设备未到位，暂未提供'],
    ['专栏征求意见/监督举报窗口', '专栏未设置'],
    ['农产品网络零售额', '统计部门未能提供分项数据'],
  ];
  const rows = [];
  const merges = [];
  rows.push(['乳源瑶族自治县电子商务进农村综合示范创建工作推进看板', null, null, null, null, null]);
  merges.push('A1:F1');
  rows.push(['考评截止日期：2021年8月31日', null, '看板更新：2021年9月3日', null, '责任股室：县商务局电商股', null]);
  merges.push('A2:B2', 'C2:D2', 'E2:F2');
  rows.push(['县情：全县户籍人口23.1万人、常住人口18.86万人（七普）；辖9个镇、102个行政村、13个社区，其中省定贫困村24个。', null, null, null, null, null]);
  merges.push('A3:F3');
  rows.push(['组织：县长任创建工作领导小组组长，县委常委、常务副县长任常务副组长；成员单位为县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司。', null, null, null, null, null]);
  merges.push('A4:F4');
  rows.push([null, null, null, null, null, null]);
  rows.push([`✅ 已完成（${done.length}项）`, null, `🔄 推进中（${doing.length}项）`, null, `⛔ 未启动／未达标（${todo.length}项）`, null]);
  merges.push('A6:B6', 'C6:D6', 'E6:F6');
  rows.push(['事项', '情况', '事项', '情况', '事项', '情况']);
  const n = Math.max(done.length, doing.length, todo.length);
  for (let i = 0; i < n; i++) {
    const a = done[i] || [null, null], b = doing[i] || [null, null], c = todo[i] || [null, null];
    rows.push([a[0], a[1], b[0], b[1], c[0], c[1]]);
  }
  rows.push([null, null, null, null, null, null]);
  let r = rows.length + 1;
  rows.push(['说明：✅已完成＝已达到考评要求；🔄推进中＝已启动但尚未完成，考评时按未完成计；⛔未启动／未达标＝尚未开展或未达到考评要求。', null, null, null, null, null]);
  merges.push(`A${r}:F${r}`);
  r++;
  rows.push(['一票否决事项：创建以来未发生安全生产、质量事故；无弄虚作假。', null, null, null, null, null]);
  merges.push(`A${r}:F${r}`);
  rows.push([null, null, null, null, null, null]);
  r = rows.length + 1;
  rows.push(['主观项自评（分）', null, null, null, null, null]);
  merges.push(`A${r}:F${r}`);
  rows.push(['方案制定', '政策支持', '项目管理制度', '工作台账', '网销调研', null]);
  rows.push([2, '—', 2, 1, 1, null]);
  rows.push(['网络促销活动', '交易标准与冷链溯源', '资金管理制度', '资金台账', '资金及时拨付', null]);
  rows.push([2, 1, 4, 4, 4, null]);
  rows.push([null, null, null, null, null, null]);
  rows.push(['制表：县商务局电商股　赵××', null, null, null, '审核：邓××', null]);

  write('facts', 'b33-f1-ruyuan.json', {
    description: '乳源瑶族自治县商务局电商股贴在墙上的《工作推进看板》：事项按状态分三栏（✅已完成｜🔄推进中｜⛔未启动／未达标，每栏“事项|情况”两列，三栏长短不一），是否类事实只看事项落在哪一栏（表下说明“推进中按未完成计”），数字写在“情况”短句里；县情、组织写成一句话的通栏；主观项自评为标签行／分值行两组横排。陷阱：户籍人口23.1万；站点覆盖数不是输入；“看板更新：2021年9月3日”不是截止日；政策支持自评写“—”（未出台，未自评）。',
    sheets: [{ name: '推进看板', rows: padRows(rows), merges }],
    expect: {
      facts: {
        // (Added on review: the county its title names, as the corpus reads a title's county.)
        county: '乳源瑶族自治县',
        asOf: '2021-08-31',
        residentPopulation: 188600,
        adminVillagesStated: 102,
        poorVillagesStated: 24,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-10-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 271000000,
        ruralRetail2020: 342000000,
        ruralRetailGrowthStated: 0.262,
        trainingPersonTimesStated: 2146,
        eligiblePoorPersonsStated: 1208,
        trainedPoorPersonsStated: 537,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3865000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

// =====================================================================
// facts 2 — 阳西县：8月份工作进展月报表（本月｜本年累计｜截至本月末累计｜创建目标）
// =====================================================================
function factsYangxi() {
  const rows = [];
  const merges = [];
  const H = 8;
  const blank = () => new Array(H).fill(null);
  const sec = (t) => { const r = blank(); r[0] = t; rows.push(r); merges.push(`A${rows.length}:H${rows.length}`); };
  rows.push(['阳西县电子商务进农村综合示范创建工作进展月报表（2021年8月份）', null, null, null, null, null, null, null]);
  merges.push('A1:H1');
  rows.push(['填报县（市、区）：阳西县', null, null, '报送单位：阳西县商务局（盖章）', null, null, '报送日期：2021年9月6日', null]);
  merges.push('A2:C2', 'D2:F2', 'G2:H2');
  rows.push(['序号', '指标名称', '计量单位', '本月', '本年累计', '截至本月末累计\n（创建以来／现状）', '创建目标', '备注']);
  sec('一、基本情况');
  rows.push([1, '常住人口', '万人', '—', '—', 42.58, '—', '第七次全国人口普查']);
  rows.push([2, '户籍人口', '万人', '—', '—', 53.21, '—', '公安户籍年报']);
  rows.push([3, '行政村', '个', '—', '—', 131, '—', null]);
  rows.push([4, '社区居委会', '个', '—', '—', 15, '—', null]);
  rows.push([5, '省定贫困村', '个', '—', '—', 19, '—', null]);
  sec('二、服务体系建设');
  rows.push([6, '县级电商公共服务中心投入运营时间', '年月日', '—', '—', D('2020-11-16'), '2020年6月30日前', '中心位于织䈪镇人民路']);
  rows.push([7, '村级电商服务站点（累计建成）', '个', 2, 14, 112, 110, null]);
  rows.push([8, '电商产业园入驻企业', '家', 1, 5, 23, 20, null]);
  rows.push([9, '行政村快递物流覆盖率', '%', '—', '—', 100, 100, null]);
  sec('三、电商培训');
  rows.push([10, '电商培训人次', '人次', 318, '1,946', '4,612', '4,300', '本月培训3期']);
  rows.push([11, '参训建档立卡贫困人口', '人', 12, 186, 402, '—', '按身份证号去重']);
  rows.push([12, '有劳动能力建档立卡贫困人口（不含外出务工）', '人', '—', '—', 768, '—', '县乡村振兴局提供']);
  sec('四、网络零售（本月及本年累计为省商务厅监测数）');
  rows.push([13, '农村网络零售额', '万元', '8,260', '61,300', '—', '—', '上年同期累计52,140']);
  rows.push([14, '农产品网络零售额', '万元', '1,980', '17,450', '—', '—', '上年同期累计13,920']);
  sec('五、资金使用');
  rows.push([15, '省级专项资金下达', '万元', '—', '—', 500, 500, null]);
  rows.push([16, '累计拨付', '万元', 42.6, 118.3, 391.26, '—', '拨付率78.3%']);
  rows.push([17, '项目总体进度', '%', '—', '—', 88, 100, null]);
  sec('六、创建任务完成情况（填是／否）');
  rows.push([18, '示范县工作方案正式印发', '是/否', '—', '—', '是', '—', '阳西府办〔2019〕74号']);
  rows.push([19, '出台支持农村电商发展的政策', '是/否', '—', '—', '是', '—', '《阳西县促进农村电子商务发展扶持办法》']);
  rows.push([20, '制定资金管理制度', '是/否', '—', '—', '是', '—', null]);
  rows.push([21, '建立资金专用台账', '是/否', '—', '—', '是', '—', null]);
  rows.push([22, '政府网专栏公示创建方案', '是/否', '—', '—', '是', '—', null]);
  rows.push([23, '专栏公示项目基本信息', '是/否', '—', '—', '是', '—', null]);
  rows.push([24, '专栏按月公示项目建设进度', '是/否', '—', '—', '是', '—', '本月8月25日更新']);
  rows.push([25, '专栏设立征求意见／监督举报窗口', '是/否', '—', '—', '否', '—', '拟9月增设']);
  rows.push([26, '开展电商扶贫数据统计', '是/否', '—', '—', '是', '—', '随月报报送']);
  rows.push([27, '创建以来发生安全生产、质量事故', '是/否', '—', '—', '否', '—', null]);
  rows.push(blank());
  let r = rows.length + 1;
  rows.push(['附表：年度网络零售额（万元）', null, null, null, null, null, null, null]);
  merges.push(`A${r}:H${r}`);
  rows.push(['年度', '农村网络零售额', '同比增长', '农产品网络零售额', '同比增长', '数据来源', null, null]);
  rows.push(['2019年', '86,400', '19.6%', '23,650', '15.2%', '省商务厅电商监测', null, null]);
  rows.push(['2020年', '108,600', '25.7%', '31,280', '32.3%', '省商务厅电商监测', null, null]);
  rows.push(blank());
  r = rows.length + 1;
  rows.push(['七、本月重点工作：1.8月12日在程村镇举办“程村蚝”直播带货促销活动；2.8月20日、24日、27日分别在织䈪镇、沙扒镇和县电商中心举办电商培训3期共318人次；3.完成第四批12个村级站点验收。', null, null, null, null, null, null, null]);
  merges.push(`A${r}:H${r}`);
  rows.push(['填报人：冯××', null, null, '审核人：林××', null, null, '联系电话：0662-55xxxxx', null]);

  write('facts', 'b33-f2-yangxi.json', {
    description: '阳西县商务局报阳江市商务局的《工作进展月报表（2021年8月份）》当事实表交：序号|指标名称|计量单位|本月|本年累计|截至本月末累计（创建以来／现状）|创建目标|备注，事实取“截至本月末累计”列（静态数也填在这一列，本月／本年累计填“—”）；是否题也填在这一列；零售额只有本月和本年（2021年）累计，2019、2020年全年数在表下“附表：年度网络零售额”（两列“同比增长”按位置分属农村和农产品，2019年那行的增速不是2020年的）。陷阱：本月318人次、本年累计1,946人次、创建目标4,300人次都不是培训人次（4,612）；户籍人口53.21万；社区15个；“创建目标”列的2020年6月30日前、500万、100%不是事实；报送日期不是截止日；表内无考评截止日期、无牵头领导、无主观项自评。',
    sheets: [{ name: '8月月报', rows: padRows(rows), merges }],
    expect: {
      facts: {
        county: '阳西县',
        residentPopulation: 425800,
        adminVillagesStated: 131,
        poorVillagesStated: 19,
        centerOpened: '2020-11-16',
        expressCoverage: true,
        trainingPersonTimesStated: 4612,
        trainedPoorPersonsStated: 402,
        eligiblePoorPersonsStated: 768,
        fundAllocated: 5000000,
        fundSpentStated: 3912600,
        overallProgress: 0.88,
        planIssued: true,
        policyIssued: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        vetoIncident: false,
        ruralRetail2019: 864000000,
        ruralRetail2020: 1086000000,
        ruralRetailGrowthStated: 0.257,
        agriRetail2019: 236500000,
        agriRetail2020: 312800000,
        agriRetailGrowthStated: 0.323,
      },
      judged: {},
    },
  });
}

// =====================================================================
// facts 3 — 大埔县：纸质登记表，三级行标题（竖排类别｜项目｜子项）
// =====================================================================
function factsDabu() {
  const rows = [];
  const merges = ['A1:F1', 'A2:C2', 'D2:F2', 'B3:C3'];
  rows.push(['大埔县电子商务进农村综合示范创建考评基础信息登记表', null, null, null, null, null]);
  rows.push(['填报单位（盖章）：大埔县商务局', null, null, '填报日期：2021年9月7日', null, null]);
  rows.push(['类别', '项　　目', null, '填报内容', '单位', '备注']);
  // each block: category (vertical text), list of items; item = [label, subrows] or [label, null, value, unit, note] (B:C merged)
  const blocks = [
    ['基本情况', [
      ['县（市、区）名称', null, '大埔县', null, null],
      ['考评截止日期', null, '2021年8月31日', null, null],
      ['人口', [['户籍人口', 56.2, '万人', '公安年报'], ['常住人口', 37.43, '万人', '第七次全国人口普查']]],
      ['村（居）委会', [['行政村（村民委员会）', 250, '个', null], ['社区（居民委员会）', 17, '个', null], ['其中：省定贫困村', 56, '个', null]]],
    ]],
    ['组织领导', [
      ['领导小组', [['组长', '县委副书记、县长', null, null], ['副组长', '县政府分管副县长', null, null],
        ['成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、县邮政分公司', null, null]]],
      ['示范县工作方案', [['是否正式印发', '是', null, null], ['文号', '埔府办函〔2019〕58号', null, null]]],
      ['扶持政策', [['是否出台', '是', null, null], ['文件名称', '《大埔县促进农村电子商务发展若干措施》', null, null]]],
    ]],
    ['服务体系', [
      ['县级电商公共服务中心', [['投入运营时间', D('2020-09-25'), null, null], ['免费培训场所、设备', '有', null, null],
        ['免费展示、销售', '有', null, null], ['免费摄影、美工', '有', null, null],
        ['品牌推广、品牌建设指导', '有', null, null], ['其他衍生增值服务', '有', null, '代办执照、网店开设、金融对接']]],
      ['电商产业园', [['是否建设（整合、优化）', '是', null, '整合县城电商创业园'], ['入驻企业', 23, '家', null]]],
      ['第三方运营服务商', [['有／无', '有', null, null], ['名称', '大埔县客都电子商务有限公司', null, null]]],
      ['物流快递', [['行政村快递覆盖率', 100, '%', null]]],
    ]],
    ['农村产品上行', [
      ['农村网络零售额', [['2019年', 4.06, '亿元', null], ['2020年', 5.21, '亿元', null], ['同比增速', 28.3, '%', '2020年比2019年']]],
      ['农产品网络零售额', [['2019年', 1.38, '亿元', null], ['2020年', 1.83, '亿元', null], ['同比增速', 32.6, '%', '2020年比2019年']]],
    ]],
    ['培训', [
      ['电商培训', [['累计培训人次', 4127, '人次', null], ['其中：贫困户参训人次', 1620, '人次', null]]],
      ['建档立卡贫困人口', [['总人数', 6980, '人', null], ['有劳动能力（不含外出务工）', 2315, '人', '县乡村振兴局确认'], ['已参训人数', 1184, '人', '按身份证号去重']]],
    ]],
    ['信息公开及报送', [
      ['政府网专栏', [['创建方案', '已公示', null, null], ['项目基本信息', '已公示', null, null], ['项目建设进度', '按月公示', null, null],
        ['征求意见／监督举报窗口', '已设立', null, '监督举报邮箱']]],
      ['市级报送', [['电商扶贫情况统计', '能', null, '每月随月报报送']]],
    ]],
    ['财政资金', [
      ['省级专项资金', [['下达', 500, '万元', null], ['累计拨付', 412.8, '万元', '截至2021年8月31日'], ['拨付率', 82.56, '%', null]]],
      ['资金管理', [['管理制度', '已制定', null, '《大埔县电商进农村专项资金管理办法》'], ['专用台账', '已建立', null, null]]],
      ['项目总体进度', null, 90, '%', null],
    ]],
    ['否决事项', [
      ['安全生产、质量事故', null, '无', null, null],
      ['弄虚作假', null, '无', null, null],
    ]],
    ['主观项自评', [
      ['方案制定', null, 2, '分', null],
      ['政策支持', null, 2, '分', null],
      ['项目管理', [['管理制度', 2, '分', null], ['工作台账', 2, '分', null]]],
      ['农村产品上行', [['网销调研', 2, '分', null], ['网络促销活动', 1, '分', null], ['交易标准、冷链溯源', 1, '分', null]]],
      ['财政资金', [['管理制度', 5, '分', null], ['资金台账', 4, '分', null], ['及时拨付', 5, '分', '支出率82.56%']]],
    ]],
  ];
  for (const [cat, items] of blocks) {
    const catStart = rows.length + 1;
    for (const it of items) {
      if (it[1] === null) { // B:C merged label
        const rr = rows.length + 1;
        rows.push([rows.length + 1 === catStart ? cat.split('').join('\n') : null, it[0], null, it[2], it[3], it[4]]);
        merges.push(`B${rr}:C${rr}`);
      } else {
        const itStart = rows.length + 1;
        for (const [i, sr] of it[1].entries()) {
          rows.push([rows.length + 1 === catStart ? cat.split('').join('\n') : null, i === 0 ? it[0] : null, sr[0], sr[1], sr[2], sr[3]]);
        }
        const itEnd = rows.length;
        if (itEnd > itStart) merges.push(`B${itStart}:B${itEnd}`);
      }
    }
    const catEnd = rows.length;
    if (catEnd > catStart) merges.push(`A${catStart}:A${catEnd}`);
  }
  rows.push([null, null, null, null, null, null]);
  let r = rows.length + 1;
  rows.push(['注：1.本表数据截至2021年8月31日；2.数值单位以“单位”栏为准；3.主观项按考评指标体系评分标准自评。', null, null, null, null, null]);
  merges.push(`A${r}:F${r}`);
  rows.push(['填表人：张××', null, null, '审核人：刘××　联系电话：0753-55xxxxx', null, null]);
  r = rows.length; merges.push(`A${r}:C${r}`, `D${r}:F${r}`);

  write('facts', 'b33-f3-dabu.json', {
    description: '大埔县商务局按纸质登记表排的《考评基础信息登记表》：三级行标题——A列类别竖排（“基\\n本\\n情\\n况”，纵向合并）、B列项目（纵向合并）、C列子项，子项名单独看不完整（“2019年”“2020年”“同比增速”“下达”“累计拨付”“组长”“是否正式印发”“管理制度”），必须连上B列项目读；没有子项的项目B:C合并；填报内容|单位|备注三列（万人、亿元、万元、%、人次在单位栏）。同一个子项名“管理制度”出现三次：财政资金／资金管理下是事实（已制定），主观项自评下“项目管理—管理制度”和“财政资金—管理制度”分别是项目管理制度和资金管理制度的自评分。陷阱：户籍人口56.2万；社区17个；贫困户参训人次1,620与已参训人数1,184；建档立卡贫困人口总数6,980；拨付率82.56%不是总体进度（总体进度90%）；副组长为分管副县长（组长县长）；入驻企业23家不是输入；填报日期不是截止日。',
    sheets: [{ name: '基础信息登记表', rows: padRows(rows), merges }],
    expect: {
      facts: {
        county: '大埔县',
        asOf: '2021-08-31',
        residentPopulation: 374300,
        adminVillagesStated: 250,
        poorVillagesStated: 56,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-25',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 406000000,
        ruralRetail2020: 521000000,
        ruralRetailGrowthStated: 0.283,
        agriRetail2019: 138000000,
        agriRetail2020: 183000000,
        agriRetailGrowthStated: 0.326,
        trainingPersonTimesStated: 4127,
        eligiblePoorPersonsStated: 2315,
        trainedPoorPersonsStated: 1184,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4128000,
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
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 5,
      },
      leadership: 'principal-all',
    },
  });
}


// =====================================================================
// ledgers 1 — 电白区：贫困户“一户一卡”帮扶手册录入 + 宣传报道月历（级别×月份）
// =====================================================================
function ledgersDianbai() {
  // ---- sheet 1: household cards ----
  // member: [name, relation, sex, idText, labourText, workText, workPlace, school, note, expect{id,labour,migrant}]
  const L = { '普通劳动力': true, '技能劳动力': true, '丧失劳动力': false, '无劳动力': false };
  const M = { '省外务工': true, '县外省内务工': true, '乡（镇）内务工': false, '未外出务工': false, '': null };
  const hh = [
    { no: 'MG-0312', head: '林亚成', village: '麻岗镇大院村', helper: '区商务局 李××', attr: '一般贫困户', year: '2019年', phone: '138xxxx2731',
      members: [
        ['林亚成', '本人（户主）', '男', fix('44092319660312153'), '普通劳动力', '乡（镇）内务工', '麻岗镇', null, null],
        ['陈秀英', '配偶', '女', fix('44092319680825422'), '普通劳动力', '未外出务工', null, null, null],
        ['林志强', '之子', '男', fix('44090419930211451'), '技能劳动力', '省外务工', '浙江义乌', null, null],
        ['林小燕', '之女', '女', fix('44090420060918452'), '无劳动力', '', null, '在校生（高中）', null],
      ] },
    { no: 'MG-0318', head: '陈带娣', village: '麻岗镇龙山村', helper: '区商务局 黄××', attr: '低保贫困户', year: '2020年', phone: '135xxxx0916',
      members: [
        ['陈带娣', '本人（户主）', '女', fix('44092319541002762'), '丧失劳动力', '', null, null, '长期慢性病'],
        ['吴国海', '之子', '男', fix('44092319810730601'), '普通劳动力', '县外省内务工', '广州白云', null, null],
        ['吴俊杰', '之孙', '男', '（未办理）', '无劳动力', '', null, '学龄前', '户口已登记，未办身份证'],
      ] },
    { no: 'MG-0325', head: '黄金水', village: '麻岗镇莲塘村', helper: '区财政局 梁××', attr: '一般贫困户', year: '2019年', phone: '159xxxx3307',
      members: [
        ['黄金水', '本人（户主）', '男', fix('44092319720115533'), '普通劳动力', '未外出务工', null, null, null],
        ['梁亚妹', '配偶', '女', fixSpaced('44092319750419462'), '普通劳动力', '乡（镇）内务工', '麻岗镇', null, '身份证号照手册原样录入'],
        ['黄伟明', '之子', '男', fix('44090419981023125'), '技能劳动力', '省外务工', '深圳宝安', null, null],
        ['黄丽娟', '之女', '女', fix('44090420010328274'), '普通劳动力', '县外省内务工', '茂名市区', null, null],
        ['黄国成', '父亲', '男', fix('44092319440908531'), '无劳动力', '', null, null, '80岁'],
      ] },
    { no: 'MG-0331', head: '何春梅', village: '麻岗镇旱平村', helper: '区商务局 李××', attr: '一般贫困户', year: '2019年', phone: '137xxxx5528',
      members: [
        ['何春梅', '本人（户主）', '女', fixX('44092319790806'), '普通劳动力', '未外出务工', null, null, '户主丈夫已故'],
        ['罗文辉', '之子', '男', fix('44090420041201601'), '无劳动力', '', null, '在校生（中职）', null],
      ] },
    { no: 'MG-0337', head: '张国平', village: '麻岗镇北岸村', helper: '区农业农村局 何××', attr: '一般贫困户', year: '2020年', phone: '189xxxx0042',
      members: [
        ['张国平', '本人（户主）', '男', fix('44092319681103391'), '技能劳动力', '县外省内务工', '佛山顺德', null, null],
        ['邓玉兰', '配偶', '女', fix('44092319700218402'), '普通劳动力', '未外出务工', null, null, null],
        ['张建文', '之子', '男', fix('44090419950627187'), '普通劳动力', '省外务工', '福建厦门', null, null],
      ] },
    { no: 'MG-0342', head: '冯水连', village: '麻岗镇新湖村', helper: '区财政局 梁××', attr: '特困供养', year: '2020年', phone: '—',
      members: [
        ['冯水连', '本人（户主）', '女', fix('44092319471225624'), '丧失劳动力', '', null, null, '五保'],
      ] },
    { no: 'MG-0350', head: '梁德胜', village: '麻岗镇碧龙村', helper: '区商务局 黄××', attr: '一般贫困户', year: '2019年', phone: '136xxxx8810',
      members: [
        ['梁德胜', '本人（户主）', '男', fix('44092319760512877'), '普通劳动力', '乡（镇）内务工', '麻岗镇', null, null],
        ['朱桂容', '配偶', '女', fix('44092319781130524'), '普通劳动力', '乡（镇）内务工', '麻岗镇', null, null],
        ['梁永松', '之子', '男', fix('44090420001111033'), '技能劳动力', '未外出务工', null, null, '在村电商服务站帮工'],
        ['梁凤群', '之女', '女', fix('44090420080716606'), '无劳动力', '', null, '在校生（初中）', null],
      ] },
    { no: 'MG-0356', head: '谢文华', village: '麻岗镇中间村', helper: '区农业农村局 何××', attr: '一般贫困户', year: '2019年', phone: '133xxxx4679',
      members: [
        ['谢文华', '本人（户主）', '男', fix('44092319850216363'), '普通劳动力', '省外务工', '广西玉林', null, null],
        ['苏惠芳', '配偶', '女', fix('44092319870905192'), '普通劳动力', '未外出务工', null, null, null],
        ['谢亚喜', '母亲', '女', fix('44092319580320608'), '无劳动力', '', null, null, null],
      ] },
  ];
  const rows1 = [];
  const merges1 = ['A1:J1', 'A2:J2'];
  rows1.push(['电白区麻岗镇建档立卡贫困户家庭成员信息（帮扶手册录入）', null, null, null, null, null, null, null, null, null]);
  rows1.push(['说明：按各户《扶贫帮扶手册》逐户录入，一户一块；劳动能力、务工状况按扶贫系统口径填写；身份证号照手册原样录入。', null, null, null, null, null, null, null, null, null]);
  rows1.push(new Array(10).fill(null));
  const recs1 = [];
  let persons = 0;
  for (const h of hh) {
    rows1.push(['户编号', h.no, '户主姓名', h.head, '所在镇村', h.village, '家庭人口', `${h.members.length}人`, '帮扶责任人', h.helper]);
    const headId = h.members[0][3];
    rows1.push(['户主身份证号', headId, '联系电话', h.phone, '贫困户属性', h.attr, '脱贫年度', h.year, null, null]);
    rows1.push(['序号', '姓名', '与户主关系', '性别', '身份证号码', '劳动能力', '务工状况', '务工地点', '在校情况', '备注']);
    h.members.forEach((m, i) => {
      rows1.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5] === '' ? null : m[5], m[6], m[7], m[8]]);
      let id = m[3];
      if (id === '（未办理）') id = null; else id = id.replace(/\s+/g, '').toUpperCase();
      assert(id === null || /^\d{17}[\dX]$/.test(id), 'dianbai id ' + m[3]);
      if (id) assert(idCheck(id.slice(0, 17)) === id[17], 'dianbai check digit ' + m[3]);
      assert(m[4] in L && m[5] in M, 'dianbai mapping ' + m[0]);
      recs1.push({ id, labour: L[m[4]], migrant: M[m[5]] });
      persons++;
    });
    rows1.push(new Array(10).fill(null));
  }
  assert(hh.length === 8 && persons === 25, 'dianbai totals');
  rows1.push([`合计：${hh.length}户${persons}人`, null, null, null, null, null, null, null, null, null]);
  merges1.push(`A${rows1.length}:C${rows1.length}`);
  rows1.push(['录入：麻岗镇乡村振兴办 陈××　　核对：区商务局电商股', null, null, null, null, null, null, null, null, null]);
  merges1.push(`A${rows1.length}:J${rows1.length}`);

  // ---- sheet 2: media calendar (level × month) ----
  const months = [[2020, 9], [2020, 10], [2020, 11], [2020, 12], [2021, 1], [2021, 2], [2021, 3], [2021, 4], [2021, 5], [2021, 6], [2021, 7], [2021, 8], [2021, 9]];
  const levels = [
    ['中央级', 'national', { '2021-1': [[15, false, '人民网《广东电白：沉香产业搭上电商快车》']] }],
    ['省级', 'province', {
      '2020-10': [[20, false, '南方日报《电白：村级电商站点让山货走出大山》']],
      '2021-3': [[9, true, '广东广播电视台珠江频道《今日关注》电白电商扶贫']],
      '2021-6': [[3, false, '南方+《电白荔枝“云端”热销》'], [25, false, '羊城晚报《电白：直播带货助农增收》']],
    }],
    ['市级（茂名）', 'city', {
      '2020-9': [[28, false, '茂名日报《电白区电商进农村综合示范创建启动》']],
      '2020-12': [[16, true, '茂名广播电视台《茂名新闻》电白年货节']],
      '2021-4': [[12, false, '茂名日报《电白沉香网上走俏》']],
      '2021-8': [[5, false, '茂名晚报《电白电商培训进村入户》']],
    }],
    ['区级（电白）', 'county', {
      '2020-11': [[6, true, '电白电视台《电白新闻》区电商公共服务中心开业']],
      '2021-2': [[9, false, '电白融媒《年货节线上销售破千万》']],
      '2021-5': [[18, true, '电白电视台《电白新闻》荔枝直播节']],
      '2021-7': [[22, false, '“电白发布”公众号《村级站点服务家门口》']],
      '2021-9': [[2, false, '电白融媒《电商进农村示范创建迎考评》']],
    }],
  ];
  const rows2 = [];
  const nc = 1 + months.length + 1; // 级别 + months + 小计
  const blank2 = () => new Array(nc).fill(null);
  let r0 = blank2(); r0[0] = '电白区电子商务进农村宣传报道统计（按月）'; rows2.push(r0);
  r0 = blank2(); r0[0] = '填写说明：格内每行一篇，写“日＋媒体《标题》”；★为电视报道。'; rows2.push(r0);
  const h1 = blank2(); h1[0] = '媒体级别'; h1[1] = '2020年'; h1[5] = '2021年'; h1[nc - 1] = '小计（篇）';
  const h2 = blank2();
  months.forEach(([y, m], i) => { h2[1 + i] = `${m}月`; });
  rows2.push(h1, h2);
  const merges2 = [`A1:${colName(nc - 1)}1`, `A2:${colName(nc - 1)}2`, 'A3:A4', 'B3:E3', `F3:${colName(1 + months.length - 1)}3`, `${colName(nc - 1)}3:${colName(nc - 1)}4`];
  const recs2 = [];
  let total = 0;
  for (const [lab, lv, cells] of levels) {
    const row = blank2(); row[0] = lab;
    let cnt = 0;
    months.forEach(([y, m], i) => {
      const items = cells[`${y}-${m}`];
      if (!items) return;
      row[1 + i] = items.map(([d, tv, t]) => `${tv ? '★' : ''}${d}日 ${t}`).join('\n');
      for (const [d, tv] of items) { recs2.push({ date: iso(y, m, d), level: lv, tv }); cnt++; }
    });
    row[nc - 1] = cnt; total += cnt;
    rows2.push(row);
  }
  const tr = blank2(); tr[0] = '合计'; tr[nc - 1] = total; rows2.push(tr);
  rows2.push(blank2());
  r0 = blank2(); r0[0] = '注：截图、视频链接见宣传报道资料盒；9月报道为考评期后报道，照录。'; rows2.push(r0);
  merges2.push(`A${rows2.length}:${colName(nc - 1)}${rows2.length}`);
  assert(recs2.length === 14, 'dianbai media count');

  // ---- sheet 3: village summary (not a ledger) ----
  const rows3 = [
    ['麻岗镇帮扶户分村汇总', null, null, null],
    ['村', '户数', '人数', '其中有劳动能力'],
  ];
  const byVillage = {};
  hh.forEach((h) => {
    const v = h.village.replace('麻岗镇', '');
    byVillage[v] = byVillage[v] || [0, 0, 0];
    byVillage[v][0] += 1; byVillage[v][1] += h.members.length;
    byVillage[v][2] += h.members.filter((m) => L[m[4]]).length;
  });
  for (const [v, a] of Object.entries(byVillage)) rows3.push([v, a[0], a[1], a[2]]);
  rows3.push(['合计', hh.length, persons, Object.values(byVillage).reduce((s, a) => s + a[2], 0)]);

  write('ledgers', 'b33-l1-dianbai.json', {
    description: '电白区（茂名）的三张表：①麻岗镇乡村振兴办按《扶贫帮扶手册》“一户一卡”录入的贫困户家庭成员信息——每户一块：两行户卡头（户编号|户主姓名|所在镇村|家庭人口|帮扶责任人；户主身份证号|联系电话|贫困户属性|脱贫年度，标签和值交替横排），再接一行成员表头和成员行，块间空一行；户主在卡头和成员表里各出现一次，只算成员行（一人一条）；劳动能力按系统口径（普通/技能劳动力→有；丧失/无劳动力→无），务工状况（省外务工、县外省内务工→外出；乡（镇）内务工、未外出务工→否；空白→null）；身份证号一人末位小写x、一人中间夹空格、一个婴儿“（未办理）”（id为null），新旧区划码440904/440923并存；末尾“合计：8户25人”不是人。②宣传报道月历：行是媒体级别（中央级/省级/市级（茂名）/区级（电白）），列是月份（两行表头，年份合并在上），格内每行一篇“日＋媒体《标题》”，★为电视；一格可有两篇；记录按行、自左向右、格内自上而下；“小计（篇）”列和合计行不是记录；2021年9月一篇在截止日后照列。③分村汇总（不是台账）。',
    sheets: [
      { name: '帮扶户信息（手册录入）', rows: padRows(rows1), merges: merges1 },
      { name: '宣传报道月历', rows: padRows(rows2), merges: merges2 },
      { name: '分村汇总', rows: padRows(rows3) },
    ],
    expect: {
      sheets: {
        '帮扶户信息（手册录入）': { kind: 'poorPersons', records: recs1 },
        '宣传报道月历': { kind: 'media', records: recs2 },
        '分村汇总': { kind: null },
      },
    },
  });
}

// =====================================================================
// ledgers 2 — 博罗县：站点动态管理台账（事件流水）+ 政府信息公开目录导出
// =====================================================================
function ledgersBoluo() {
  // [date cell, town, village, station, type, note, clerk]
  const ev = [
    [D('2020-06-18'), '柏塘镇', '平安村', '平安村电商服务站', '新建挂牌', '依托村党群服务中心建设，当日挂牌对外服务', '叶××'],
    [D('2020-06-18'), '柏塘镇', '泰溪村', '泰溪村电商服务站', '新建挂牌', '依托村内便利店建设', '叶××'],
    ['2020.7.2', '公庄镇', '官山村', '官山村电商服务站', '新建挂牌', '邮政代办点升级', '叶××'],
    ['2020.7.2', '公庄镇', '陂头村委会', '陂头村电商服务站', '新建挂牌', null, '叶××'],
    [D('2020-08-11'), '长宁镇', '松树岗村', '松树岗村电商服务站', '新建挂牌', '设于村委会一楼', '叶××'],
    [D('2020-08-20'), '柏塘镇', '泰溪村', '泰溪村电商服务站', '更换站长', '原站长外出务工，由村委委员刘××接任', '叶××'],
    ['2020年9月5日', '湖镇镇', '响水村', '响水村电商服务站', '新建挂牌', null, '钟××'],
    ['2020年9月5日', '湖镇镇', '洋湖村', '洋湖村电商服务站', '新建挂牌', null, '钟××'],
    [D('2020-10-16'), '罗阳街道', '新作塘社区', '新作塘社区电商服务点', '新建挂牌', '社区服务点', '钟××'],
    [D('2020-10-28'), '横河镇', '郭前村', '郭前村电商服务站', '新建挂牌', null, '钟××'],
    ['2020/11/12', '公庄镇', '陂头村委会', '陂头村电商服务站', '暂停服务', '所在小卖部装修，暂停营业', '钟××'],
    ['2020/12/1', '公庄镇', '陂头村委会', '陂头村电商服务站', '恢复服务', '装修完毕恢复营业', '钟××'],
    [D('2020-12-15'), '观音阁镇', '花树下村', '花树下村电商服务站', '新建挂牌', null, '钟××'],
    [D('2021-01-08'), '长宁镇', '松树岗村', '松树岗村电商服务站', '迁址（本村内）', '由村委会一楼迁至松树岗圩利民商店', '钟××'],
    ['2021.1.20', '泰美镇', '车村', '车村电商服务站', '新建挂牌', null, '钟××'],
    [D('2021-03-03'), '横河镇', '郭前村', '郭前村电商服务站', '撤销', '经营户退出，站点设备已收回', '钟××'],
    ['2021/3/25', '麻陂镇', '艾埔村民委员会', '艾埔村电商服务站', '新建挂牌', null, '钟××'],
    [D('2021-04-09'), '横河镇', '郭前村', '郭前村益农电商服务站', '新建挂牌', '由村益农信息社承接，重新建站挂牌', '钟××'],
    [D('2021-04-20'), '湖镇镇', '响水村', '响水村电商服务站', '更名', '更名为“响水村邮乐购电商服务站”', '钟××'],
    ['2021年5月18日', '杨村镇', '井头村', '井头村电商服务站', '新建挂牌', null, '钟××'],
    [D('2021-06-07'), '石坝镇', '乌坭湖村', '乌坭湖村电商服务站', '新建挂牌', null, '钟××'],
    [D('2021-06-30'), '观音阁镇', '花树下村', '花树下村电商服务站', '撤销', '长期无人值守，经镇政府审核撤销', '钟××'],
    ['2021.7.14', '龙华镇', '旭日村', '旭日村电商服务站', '新建挂牌', null, '钟××'],
    [D('2021-08-05'), '柏塘镇', '平安村', '平安村电商服务站', '更换站长', null, '钟××'],
    [D('2021-08-26'), '福田镇', '径贝村', '径贝村电商服务站', '新建挂牌', null, '钟××'],
    ['2021.9.6', '杨侨镇', '大坑村', '大坑村电商服务站', '新建挂牌', null, '钟××'],
    [D('2021-09-09'), '麻陂镇', '艾埔村民委员会', '艾埔村电商服务站', '更换站长', null, '钟××'],
  ];
  const toIso = (c) => {
    if (typeof c === 'object') return c.date;
    let m = c.match(/^(\d{4})[./年](\d{1,2})[./月](\d{1,2})日?$/);
    assert(m, 'boluo date ' + c);
    return iso(+m[1], +m[2], +m[3]);
  };
  const rows1 = [];
  rows1.push(['博罗县村级电子商务服务站点动态管理台账', null, null, null, null, null, null, null]);
  rows1.push(['登记单位：博罗县商务局电商股（按变动日期顺序登记）', null, null, null, null, null, null, null]);
  rows1.push(['序号', '变动日期', '镇（街道）', '村（社区）', '站点名称', '变动类型', '变动情况说明', '登记人']);
  ev.forEach((e, i) => rows1.push([i + 1, ...e]));
  rows1.push([null, null, null, null, null, null, null, null]);
  rows1.push(['注：1.站点每次新建挂牌、暂停、恢复、迁址、更名、更换站长、撤销均登记一行；2.在运营站点＝新建挂牌－撤销；3.截至2021年9月10日在运营站点16个（含社区服务点1个）。', null, null, null, null, null, null, null]);
  const merges1 = ['A1:H1', 'A2:H2', `A${rows1.length}:H${rows1.length}`];
  // records: 新建挂牌 rows, minus stations later 撤销 (matched by station name + village)
  const recs1 = [];
  const revoked = new Set(ev.filter((e) => e[4] === '撤销').map((e) => e[2] + '|' + e[3]));
  for (const e of ev) {
    if (e[4] !== '新建挂牌') continue;
    if (revoked.has(e[2] + '|' + e[3])) continue;
    recs1.push({ village: e[2], opened: toIso(e[0]) });
  }
  assert(recs1.length === 16, 'boluo stations ' + recs1.length);

  // ---- sheet 2: government information disclosure catalogue export ----
  const disc = [
    ['2021-09-03', '博罗县电子商务进农村综合示范项目2021年8月份建设进度公示', '—', '00143'],
    ['2021-08-05', '博罗县电子商务进农村综合示范项目2021年7月份建设进度公示', '—', '00128'],
    ['2021-07-06', '博罗县电子商务进农村综合示范项目2021年6月份建设进度公示', '—', '00113'],
    ['2021-06-04', '博罗县电子商务进农村综合示范项目2021年5月份建设进度公示', '—', '00097'],
    ['2021-05-07', '博罗县电子商务进农村综合示范项目2021年4月份建设进度公示', '—', '00081'],
    ['2021-04-06', '博罗县电子商务进农村综合示范项目2021年3月份建设进度公示', '—', '00066'],
    ['2021-03-09', '博罗县电子商务进农村综合示范项目2021年1—2月份建设进度公示', '—', '00049'],
    ['2021-01-12', '博罗县电子商务进农村综合示范项目2020年12月份建设进度公示', '—', '00012'],
    ['2020-12-08', '博罗县电子商务进农村综合示范项目2020年11月份建设进度公示', '—', '00236'],
    ['2020-11-10', '博罗县电子商务进农村综合示范项目2020年10月份建设进度公示', '—', '00214'],
    ['2020-10-13', '博罗县电子商务进农村综合示范项目2020年9月份建设进度公示', '—', '00193'],
    ['2020-09-15', '博罗县电子商务进农村综合示范项目（第二批）基本信息公示', '博商务〔2020〕57号', '00171'],
    ['2020-08-18', '博罗县电子商务进农村综合示范项目（第一批）基本信息公示', '博商务〔2020〕41号', '00152'],
    ['2020-07-22', '关于设立电子商务进农村综合示范监督举报信箱和电话的公告', '—', '00131'],
    ['2020-06-30', '博罗县电子商务进农村综合示范县创建实施方案', '博府办〔2020〕22号', '00118'],
  ];
  const rows2 = [['序号', '索引号', '信息分类', '发布机构', '生成日期', '信息名称', '文号', '主题词', '访问地址']];
  disc.forEach((d, i) => {
    const yr = d[0].slice(0, 4);
    const cls = /方案/.test(d[1]) ? '规划计划' : /信箱/.test(d[1]) ? '通知公告' : '专项资金/项目信息';
    rows2.push([i + 1, `11441322007186046X/${yr}-${d[3]}`, cls, '博罗县商务局', d[0], d[1], d[2], '电子商务进农村', `http://www.boluo.gov.cn/bl/xxgk/dzsw/content/post_${4400000 + i * 137}.html`]);
  });
  rows2.push([null, null, null, null, null, null, null, null, null]);
  rows2.push([`共 ${disc.length} 条记录　第 1 页／共 1 页　（检索条件：主题词＝电子商务进农村；导出时间：2021-09-10 09:12）`, null, null, null, null, null, null, null, null]);
  const recs2 = disc.map((d) => ({ date: d[0] }));

  // ---- sheet 3: summary by town (not a ledger) ----
  const towns = {};
  for (const e of ev) {
    towns[e[1]] = towns[e[1]] || [0, 0];
    if (e[4] === '新建挂牌') towns[e[1]][0]++;
    if (e[4] === '撤销') towns[e[1]][1]++;
  }
  const rows3 = [['站点按镇（街道）汇总（截至2021年9月10日）', null, null, null], ['镇（街道）', '新建挂牌', '撤销', '在运营']];
  let a = 0, b = 0;
  for (const [t, [n, x]] of Object.entries(towns)) { rows3.push([t, n, x, n - x]); a += n; b += x; }
  rows3.push(['合计', a, b, a - b]);
  assert(a - b === 16, 'boluo summary');

  write('ledgers', 'b33-l2-boluo.json', {
    description: '博罗县商务局电商股的三张表：①《村级电子商务服务站点动态管理台账》不是站点清单而是变动流水，按变动日期一行一事（新建挂牌、暂停服务、恢复服务、迁址（本村内）、更名、更换站长、撤销），同一站点出现多次；站点记录＝“新建挂牌”行，按其在表中出现顺序，opened取该行变动日期；后来“撤销”的站点（郭前村电商服务站、花树下村电商服务站）不是在运营站点，不列；郭前村撤销后由益农信息社重新建站（新的一条，2021-04-09）；暂停后已恢复、迁址、更名、换站长的照算原站点一次；社区服务点照列；2021.9.6新建的大坑村站点在截止日后照列；村名写法有“陂头村委会”“艾埔村民委员会”。②县政府网站“政府信息公开目录”按主题词导出的专栏信息列表（第1行即表头：序号|索引号|信息分类|发布机构|生成日期|信息名称|文号|主题词|访问地址），按生成日期倒序，每条是一次专栏更新，日期取“生成日期”（文本yyyy-mm-dd）；索引号里的“/2021-00143”和文号里的年份不是日期；2021年1—2月进度合并在3月9日发布；末行“共15条记录…导出时间2021-09-10”不是记录。③按镇汇总（不是台账）。',
    sheets: [
      { name: '站点动态台账', rows: padRows(rows1), merges: merges1 },
      { name: '信息公开目录（导出）', rows: padRows(rows2) },
      { name: '按镇汇总', rows: padRows(rows3), merges: ['A1:D1'] },
    ],
    expect: {
      sheets: {
        '站点动态台账': { kind: 'stations', records: recs1 },
        '信息公开目录（导出）': { kind: 'disclosures', records: recs2 },
        '按镇汇总': { kind: null },
      },
    },
  });
}

// =====================================================================
// county — 清新区（清远）：对标自查及差距分析表 + 11 本台账
// =====================================================================
function countyQingxin() {
  const CUT = '2021-08-31';
  const fmtDate = (isoStr, style) => {
    const [y, m, d] = isoStr.split('-').map(Number);
    switch (style) {
      case 'cell': return D(isoStr);
      case 'dot': return `${y}.${m}.${d}`;
      case 'cn': return `${y}年${m}月${d}日`;
      case 'slash': return `${y}/${m}/${d}`;
      case 'month': return `${y}年${m}月`;
      default: throw new Error(style);
    }
  };
  const dateStyle = () => { const x = rnd(); return x < 0.5 ? 'cell' : x < 0.75 ? 'dot' : x < 0.87 ? 'cn' : 'slash'; };
  const randDate = (from, to) => addDays(from, ri(0, daysBetween(from, to)));

  // ---------------- villages ----------------
  const towns = [['太和镇', 22, 8], ['太平镇', 24, 2], ['山塘镇', 20, 2], ['三坑镇', 18, 1], ['龙颈镇', 22, 2], ['禾云镇', 16, 1], ['浸潭镇', 22, 1], ['石潭镇', 18, 1]];
  const A = '大小新上下东西南北石龙马凤白黄江岗坑田洞岭坪水山禾桂高长平沙竹松梅莲鹤湾旗罗横'.split('');
  const B = '田坑岗塘头坪洞心湖围边江岭水口岩塱寨湾冲垌背洲埔基陂'.split('');
  const used = new Set();
  const villageBase = () => { for (;;) { const a = pick(A), b = pick(B); if (a === b) continue; const n = a + b; if (used.has(n)) continue; used.add(n); return n; } };
  const COMM = ['城东', '城西', '城南', '城北', '新城', '建设', '和平', '人民', '桔园', '太平圩', '山塘圩', '三坑圩', '龙颈圩', '禾云圩', '浸潭圩', '石潭圩', '龙湾', '飞水'];
  COMM.forEach((c) => used.add(c));
  const villages = []; // {town, base, admin, poor, express}
  let ci = 0;
  for (const [t, nv, nc] of towns) {
    for (let i = 0; i < nv; i++) villages.push({ town: t, base: villageBase(), admin: true, poor: false, express: true });
    for (let i = 0; i < nc; i++) villages.push({ town: t, base: COMM[ci++], admin: false, poor: null, express: null });
  }
  const admin = villages.filter((v) => v.admin);
  assert(admin.length === 162 && villages.length === 180, 'village counts');
  const nonTaihe = shuffle(admin.filter((v) => v.town !== '太和镇').slice());
  nonTaihe.slice(0, 23).forEach((v) => { v.poor = true; });
  const poor = admin.filter((v) => v.poor);
  const nonPoor = shuffle(admin.filter((v) => !v.poor).slice());
  const poorLate = poor[ri(0, poor.length - 1)];
  const coveredNonPoor = nonPoor.slice(0, 92);
  const npLate = nonPoor[92];
  const expressNo = [nonPoor[100], nonPoor[110]];
  expressNo.forEach((v) => { v.express = false; });
  const dupVillage = coveredNonPoor[5];
  const covered = new Set([...poor.filter((v) => v !== poorLate), ...coveredNonPoor]);
  assert(covered.size === 114, 'covered 114');
  const communityWithStation = villages.find((v) => !v.admin && v.town === '太和镇');

  // villages sheet
  const vRows = [];
  const vMerges = ['A1:G1', 'A2:G2'];
  vRows.push(['清远市清新区村（居）民委员会名单', null, null, null, null, null, null]);
  vRows.push(['填报单位：清新区商务局（据区民政局2021年区划资料）', null, null, null, null, null, null]);
  vRows.push(['序号', '镇', '村（居）委会名称', '类别', '省定贫困村', '快递进村', '备注']);
  let seq = 0;
  for (const [t] of towns) {
    const start = vRows.length + 1;
    const list = villages.filter((v) => v.town === t);
    for (const [i, v] of list.entries()) {
      seq++;
      const name = v.admin ? v.base + '村委会' : v.base + '社区居委会';
      const exp = v.admin ? (v.express ? '是' : '否') : '—';
      const note = v.admin && !v.express ? '快递未进村，村民到镇网点自取' : null;
      vRows.push([seq, i === 0 ? t : null, name, v.admin ? '行政村' : '社区', v.admin ? (v.poor ? '是' : '否') : '—', exp, note]);
    }
    vMerges.push(`B${start}:B${vRows.length}`);
  }
  vRows.push([null, '合计', `村（居）委会${villages.length}个`, `行政村${admin.length}个、社区18个`, `省定贫困村${poor.length}个`, null, null]);
  vRows.push(['注：类别分行政村、社区；省定贫困村、快递进村按行政村填写“是／否”，社区不填（“—”）。', null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- stations ----------------
  const OPS = ['邮政清新分公司', '区供销社', '广东乐农网络科技有限公司', '村级便利店'];
  const villageCell = (base) => { const x = rnd(); return x < 0.6 ? base + '村' : x < 0.9 ? base + '村委会' : base + '村民委员会'; };
  const sRows = [];
  sRows.push(['清新区村级电子商务服务站点台账', null, null, null, null, null, null, null]);
  sRows.push(['序号', '镇', '站点名称', '所在村（居）', '挂牌时间', '运营主体', '站长', '联系电话']);
  let sn = 0;
  const stationDates = [];
  const addStation = (v, name, dateCell) => {
    sn++;
    sRows.push([sn, v.town, name, v.admin ? villageCell(v.base) : v.base + '社区', dateCell, pick(OPS), personName(), `1${pick(['3', '5', '8'])}${ri(0, 9)}${'x'.repeat(4)}${ri(1000, 9999)}`]);
  };
  for (const [t] of towns) {
    const list = villages.filter((v) => v.town === t);
    for (const v of list) {
      if (covered.has(v)) {
        const dt = randDate('2020-05-10', '2021-08-25');
        let st = dateStyle();
        if (rnd() < 0.08 && dt < '2021-08-01') st = 'month';
        stationDates.push(dt);
        addStation(v, v.base + '村电商服务站', fmtDate(dt, st));
        if (v === dupVillage) addStation(v, v.base + '村电商服务站（二站）', fmtDate(randDate('2021-01-10', '2021-07-30'), 'dot'));
      } else if (v === poorLate) {
        addStation(v, v.base + '村电商服务站', '2021.9.6');
      } else if (v === npLate) {
        addStation(v, v.base + '村电商服务站', D('2021-09-13'));
      } else if (v === communityWithStation) {
        addStation(v, v.base + '社区电商服务点', D('2020-11-20'));
      }
    }
  }
  assert(sn === 118, 'station rows ' + sn);
  sRows.push([null, null, null, null, null, null, null, null]);
  sRows.push([`注：全区共建站点${sn}个（含社区服务点1个）；挂牌时间以镇街上报为准。`, null, null, null, null, null, null, null]);
  const sMerges = ['A1:H1', `A${sRows.length}:H${sRows.length}`];

  // ---------------- poor roster ----------------
  const cats = shuffle([...new Array(96).fill('E'), ...new Array(30).fill('M'), ...new Array(24).fill('N')]);
  const people = [];
  const idSet = new Set();
  const newId = (cat) => {
    for (;;) {
      let y;
      if (cat === 'N') y = rnd() < 0.6 ? ri(1936, 1955) : ri(2006, 2015); else y = ri(1962, 2000);
      const birth = `${y}${pad(ri(1, 12))}${pad(ri(1, 28))}`;
      const id = makeId('441803', birth, ri(100, 999));
      if (!idSet.has(id)) { idSet.add(id); return id; }
    }
  };
  let k = 0; let hhNo = 0;
  while (k < cats.length) {
    const size = Math.min(ri(1, 5), cats.length - k);
    const v = pick(admin);
    hhNo++;
    const headName = personName();
    const mem = [];
    for (let i = 0; i < size; i++, k++) { const cat = cats[k]; const id = newId(cat); mem.push({ cat, id, year: Number(id.slice(6, 10)), male: Number(id[16]) % 2 === 1 }); }
    // head: the oldest member born 1940-1990 if any, else the oldest member
    const cand = mem.filter((m) => m.year >= 1940 && m.year <= 1990);
    const head = (cand.length ? cand : mem).reduce((a, b) => (b.year < a.year ? b : a));
    let spouse = false;
    const ordered = [head, ...mem.filter((m) => m !== head).sort((a, b) => a.year - b.year)];
    for (const m of ordered) {
      let rel = '户主', name = headName;
      if (m !== head) {
        const diff = head.year - m.year;
        if (diff >= 18) rel = m.male ? '父亲' : '母亲';
        else if (diff <= -40) rel = m.male ? '之孙' : '之孙女';
        else if (diff <= -16) rel = m.male ? '之子' : '之女';
        else if (!spouse && m.male !== head.male) { rel = '配偶'; spouse = true; } else rel = m.male ? '兄弟' : '姐妹';
        const given = rnd() < 0.5 ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN);
        name = (rel === '配偶' || rel === '母亲' ? pick(SURNAMES) : headName[0]) + given;
      }
      people.push({ cat: m.cat, id: m.id, name, rel, head: headName, v });
    }
  }
  assert(people.length === 150, 'roster 150');
  const E = shuffle(people.filter((p) => p.cat === 'E'));
  const Mg = shuffle(people.filter((p) => p.cat === 'M'));
  const N = people.filter((p) => p.cat === 'N' && Number(p.id.slice(6, 10)) < 1960);
  const trained = E.slice(0, 48);
  const xPerson = trained[0], spPerson = trained[1];
  idSet.delete(xPerson.id);
  xPerson.id = fixX(xPerson.id.slice(0, 14), Number(xPerson.id[16]) % 2 === 1).toUpperCase();
  idSet.add(xPerson.id);
  const firsts = trained.slice(2);
  const repeatPool = trained.slice(2, 12); // 10 repeats (from persons first trained in session 1)
  const extraNew = E.slice(48, 54); // 6 eligible first trained in September (after cut-off)
  const nonRoster = [];
  for (let i = 0; i < 7; i++) nonRoster.push({ id: newId('E'), name: personName(), v: pick(admin), note: '监测户（非建档立卡）' });
  const masked = { idText: '441803********2617', name: personName(), v: pick(admin), note: '旁听，身份证号按本人要求隐去' };
  const nl = N[0];

  const roster = people.map((p) => ({ ...p }));
  const rRows = [];
  rRows.push(['清新区建档立卡贫困人口劳动力情况表（区乡村振兴局提供）', null, null, null, null, null, null, null, null, null]);
  rRows.push(['数据时点：2021年6月30日（动态调整后）', null, null, null, null, null, null, null, null, null]);
  rRows.push(['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工', '备注']);
  roster.forEach((p, i) => {
    rRows.push([i + 1, p.v.town, p.v.base + '村', p.head, p.name, p.rel, p.id, p.cat === 'N' ? '无' : '有', p.cat === 'E' ? '否' : p.cat === 'M' ? '是' : null,
      p.cat === 'N' ? (Number(p.id.slice(6, 10)) < 1960 ? '年老' : '在校生') : null]);
  });
  rRows.push([null, '合计', null, null, `${roster.length}人`, null, null, '有劳动能力126人', '其中外出务工30人', null]);
  const rMerges = ['A1:J1', 'A2:J2'];

  // ---------------- poor special sessions sign-in ----------------
  const sessions = [
    { no: '第1期', date: '2020-11-20', cell: D('2020-11-20'), rows: [] },
    { no: '第2期', date: '2021-01-15', cell: '2021.1.15', rows: [] },
    { no: '第3期', date: '2021-05-20', cell: '2021.5.19-20', rows: [] },
    { no: '第4期', date: '2021-09-10', cell: '2021年9月10日', rows: [] },
  ];
  const P = (p, idText, note) => ({ name: p.name, id: idText || p.id, v: p.v, note: note || null });
  // session 1: 18 eligible firsts + 2 migrants + 1 non-roster + 1 non-labour = 22
  sessions[0].rows.push(...firsts.slice(0, 18).map((p) => P(p)), P(Mg[0]), P(Mg[1]), P(nonRoster[0], null, nonRoster[0].note), P(nl));
  // session 2: 15 eligible firsts + 4 repeats + 1 migrant = 20
  sessions[1].rows.push(...firsts.slice(18, 33).map((p) => P(p)), ...repeatPool.slice(0, 4).map((p) => P(p)), P(Mg[2]));
  // session 3: 13 eligible firsts + xPerson + spPerson + 6 repeats + 1 migrant + 2 non-roster + 1 masked = 25
  const spText = spPerson.id.slice(0, 6) + ' ' + spPerson.id.slice(6, 14) + ' ' + spPerson.id.slice(14);
  sessions[2].rows.push(...firsts.slice(33, 46).map((p) => P(p)), P(xPerson, xPerson.id.slice(0, 17) + 'x'), P(spPerson, spText),
    ...repeatPool.slice(4, 10).map((p) => P(p)), P(Mg[3]), P(nonRoster[1], null, nonRoster[1].note), P(nonRoster[2], null, nonRoster[2].note),
    { name: masked.name, id: masked.idText, v: masked.v, note: masked.note });
  // session 4 (after cut-off): 6 new eligible + 10 repeats + 4 non-roster = 20
  sessions[3].rows.push(...extraNew.map((p) => P(p)), ...trained.slice(2, 12).map((p) => P(p)), ...nonRoster.slice(3, 7).map((p) => P(p, null, p.note)));
  assert(firsts.length === 46, 'firsts');
  assert(sessions[0].rows.length === 22 && sessions[1].rows.length === 20 && sessions[2].rows.length === 25 && sessions[3].rows.length === 20, 'session sizes');
  sessions.forEach((s) => shuffle(s.rows));
  const pRows = [];
  const pMerges = ['A1:I1', 'A2:I2'];
  pRows.push(['清新区建档立卡贫困劳动力电商技能专场培训签到表', null, null, null, null, null, null, null, null]);
  pRows.push(['说明：贫困劳动力专场逐人签到，人次不在《培训登记》中重复登记。', null, null, null, null, null, null, null, null]);
  pRows.push(['期次', '培训日期', '序号', '姓名', '性别', '身份证号码', '所在村', '联系电话', '备注']);
  for (const s of sessions) {
    const start = pRows.length + 1;
    s.rows.forEach((r, i) => {
      const digits = r.id.replace(/\s/g, '');
      const sex = /^\d{17}/.test(digits) ? (Number(digits[16]) % 2 ? '男' : '女') : (rnd() < 0.5 ? '男' : '女');
      pRows.push([i === 0 ? s.no : null, i === 0 ? s.cell : null, i + 1, r.name, sex, r.id, r.v.base + '村', `1${pick(['3', '5', '8'])}${ri(0, 9)}xxxx${ri(1000, 9999)}`, r.note]);
    });
    pMerges.push(`A${start}:A${pRows.length}`, `B${start}:B${pRows.length}`);
  }
  pRows.push([null, null, null, null, null, null, null, null, null]);
  pRows.push(['注：第4期（2021年9月10日）为考评截止后举办，照登。', null, null, null, null, null, null, null, null]);
  pMerges.push(`A${pRows.length}:I${pRows.length}`);

  // poor rate check (what a reviewer does): eligible = 有 & 否; trained = eligible whose ID appears in sign-ins dated ≤ cut-off
  const norm = (s) => String(s).replace(/\s/g, '').toUpperCase();
  const eligibleIds = new Set(people.filter((p) => p.cat === 'E').map((p) => p.id));
  const signedIds = new Set();
  let poorRowsByCut = 0;
  for (const s of sessions) if (s.date <= CUT) for (const r of s.rows) { signedIds.add(norm(r.id)); poorRowsByCut++; }
  const trainedEligible = [...eligibleIds].filter((id) => signedIds.has(id)).length;
  assert(eligibleIds.size === 96 && trainedEligible === 48 && poorRowsByCut === 67, `poor rate ${trainedEligible}/${eligibleIds.size}, rows ${poorRowsByCut}`);
  // without normalising lowercase x / spaces the count would drop to 46
  const rawSigned = new Set(); for (const s of sessions) if (s.date <= CUT) for (const r of s.rows) rawSigned.add(String(r.id));
  assert([...eligibleIds].filter((id) => rawSigned.has(id)).length === 46, 'raw 46');
  // clerk's own count: roster persons (any category) trained by cut-off = 48 + 4 migrants + 1 non-labour
  const rosterIds = new Set(people.map((p) => p.id));
  const clerkCount = [...rosterIds].filter((id) => signedIds.has(id)).length;
  assert(clerkCount === 53, 'clerk count ' + clerkCount);

  // ---------------- general training register (sessions, 人次) ----------------
  const TOPICS = ['农村电商基础知识普及', '网店开设与运营实操', '短视频与直播带货', '农产品品牌与包装设计', '电商客服与物流', '合作社电商应用', '返乡青年电商创业增值培训', '冰糖橘网上销售专题', '清新桂花鱼直播营销', '电商美工与摄影', '跨境电商入门', '社区团购与私域运营'];
  const PLACES = ['区电商公共服务中心培训室', '太平镇政府会议室', '山塘镇文化站', '三坑镇党群服务中心', '龙颈镇电商服务站', '禾云镇政府会议室', '浸潭镇文化站', '石潭镇党群服务中心', '区职业技术学校'];
  const nGen = 41;
  const genDates = [];
  for (let i = 0; i < nGen; i++) {
    const base = addDays('2020-06-10', Math.round(i * (daysBetween('2020-06-10', '2021-08-27') / (nGen - 1))));
    genDates.push(i === nGen - 1 ? '2021-08-27' : addDays(base, i === 0 ? 0 : ri(-3, 3)));
  }
  genDates.sort();
  const vals = genDates.map(() => ri(70, 170));
  const GEN_TOTAL = 4719;
  let sum = vals.reduce((a, b) => a + b, 0);
  while (sum !== GEN_TOTAL) {
    const i = ri(0, nGen - 1);
    if (sum < GEN_TOTAL && vals[i] < 230) { vals[i]++; sum++; } else if (sum > GEN_TOTAL && vals[i] > 50) { vals[i]--; sum--; }
  }
  const tRows = [];
  tRows.push(['清新区农村电商培训登记表（普及培训及增值培训）', null, null, null, null, null, null]);
  tRows.push(['填报单位：清新区商务局　区电子商务公共服务中心', null, null, null, '单位：人次', null, null]);
  tRows.push(['期次', '培训日期', '培训主题', '培训对象', '培训地点', '参训人次', '备注']);
  genDates.forEach((dt, i) => {
    const [y, m, d] = dt.split('-').map(Number);
    let cell;
    const x = rnd();
    if (x < 0.15 && d > 1) cell = `${y}.${m}.${d - 1}-${d}`;
    else if (x < 0.5) cell = D(dt);
    else if (x < 0.75) cell = `${y}.${m}.${d}`;
    else cell = `${y}年${m}月${d}日`;
    const pt = rnd() < 0.15 ? `${vals[i]}人次` : vals[i];
    tRows.push([`第${i + 1}期`, cell, pick(TOPICS), pick(['农户、合作社', '返乡青年', '村站点站长', '企业员工', '个体户', '党员干部']), pick(PLACES), pt, null]);
  });
  tRows.push([`第${nGen + 1}期`, D('2021-09-08'), '迎考评电商运营提升培训', '企业员工', '区电商公共服务中心培训室', 320, '考评截止后举办']);
  tRows.push(['合计', null, null, null, null, GEN_TOTAL + 320, `共${nGen + 1}期`]);
  tRows.push([null, null, null, null, null, null, null]);
  tRows.push(['注：贫困劳动力专场（4期）逐人签到，见《贫困户专场签到》，人次不在本表重复登记。', null, null, null, null, null, null]);
  const tMerges = ['A1:G1', 'A2:D2', 'E2:G2', `A${tRows.length}:G${tRows.length}`];
  const TRAIN_TOTAL = GEN_TOTAL + poorRowsByCut;
  assert(TRAIN_TOTAL === 4786, 'training total');
  assert(TRAIN_TOTAL * 1000 >= 8 * 500000 / 1 && TRAIN_TOTAL < 5000, 'tier 0.8%-1%');
  assert(TRAIN_TOTAL + 320 + 20 >= 5000, 'trap: counting September pushes to 1%');

  // ---------------- enterprises ----------------
  const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const code = () => { let s = '91441803MA5'; for (let i = 0; i < 7; i++) s += CC[ri(0, CC.length - 1)]; return s; };
  const jiayiCode = code();
  const ent = [
    ['清远市清新区禾云麦芽糖电子商务有限公司', code(), '销售型', D('2020-10-16'), null, null],
    ['广东清新好物供应链有限公司', code(), '平台型', D('2020-10-16'), null, '区域公共品牌“清新好物”线上平台'],
    ['清远市优品汇电子商务有限公司', code(), '销售型', D('2020-10-16'), D('2021-03-31'), '已退出'],
    ['清远市桂鱼坊网络科技有限公司', code(), '销售型', '2020.10.20', null, null],
    ['中国邮政集团有限公司清远市清新区分公司电商分拨中心', code().replace('MA5', 'MA4'), '物流快递', D('2020-10-28'), null, null],
    ['清远市清新区甲乙农产品有限公司', jiayiCode, '销售型', '2020.11.2', null, '2021年5月更名为广东甲乙农业科技有限公司'],
    ['清远市清新区快购网络科技有限公司', code(), '平台型', '2020.11.2', '2021.5.31', '已退出'],
    ['清远市清新区橘乡农业发展有限公司', code(), '销售型', '2020年11月', null, null],
    ['清远韵达快递清新营业部', code().replace('91', '92'), '物流快递', '2020/11/18', null, null],
    ['清远市太和古洞文旅电商有限公司', code(), '销售型', D('2020-12-01'), null, null],
    ['广东乐农网络科技有限公司', code(), '电商运营服务商', D('2020-12-08'), null, '区电商公共服务中心运营方'],
    ['清远市鲜丰冷链物流有限公司', code(), '物流快递', D('2020-12-15'), '2021年7月15日', '已退出'],
    ['清远市清新区山塘农产品电子商务有限公司', code(), '销售型', '2020.12.22', null, null],
    ['清远市浸潭笋乡食品有限公司', code(), '销售型', D('2021-01-05'), null, null],
    ['清远市新禾直播传媒有限公司', code(), '电商运营服务商', '2021.1.18', null, '直播基地'],
    ['清远市清新区三坑鹅电子商务有限公司', code(), '销售型', D('2021-03-02'), null, null],
    ['清远市清新区中通速递服务有限公司', code(), '物流快递', D('2021-03-15'), null, null],
    ['清远市八宝山茶业有限公司', code(), '销售型', '2021年3月', null, null],
    ['清远市云上清新信息技术有限公司', code(), '平台型', D('2021-04-08'), null, null],
    ['清远市石潭农耕电商有限公司', code(), '销售型', '2021/5/10', null, null],
    ['广东甲乙农业科技有限公司', jiayiCode, '销售型', D('2021-05-20'), null, '原清远市清新区甲乙农产品有限公司更名，同一企业'],
    ['清远市龙颈乡味食品有限公司', code(), '销售型', D('2021-06-01'), null, null],
    ['清远市清新区太平菜篮子配送有限公司', code(), '物流快递', D('2021-07-12'), null, null],
    ['清远市橙心优选电子商务有限公司', code(), '销售型', D('2021-09-06'), null, '9月新入驻'],
  ];
  const eRows = [];
  eRows.push(['清新区电子商务产业园入驻企业名单', null, null, null, null, null, null, null]);
  eRows.push(['园区地址：清新区太和镇桃源路电商产业园　　　统计至2021年9月10日', null, null, null, null, null, null, null]);
  eRows.push(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '状态', '备注']);
  ent.forEach((e, i) => eRows.push([i + 1, e[0], e[1], e[2], e[3], e[4], e[4] ? '已退出' : '在园', e[5]]));
  eRows.push([null, '合计', `${ent.length}条`, null, null, null, null, null]);
  // reviewer count: present at cut-off, distinct credit code
  const toIsoLoose = (c) => {
    if (c === null) return null;
    if (typeof c === 'object') return c.date;
    let m = c.match(/^(\d{4})[./年](\d{1,2})(?:[./月](\d{1,2})日?)?月?$/);
    assert(m, 'date ' + c);
    return m[3] ? iso(+m[1], +m[2], +m[3]) : `${m[1]}-${pad(+m[2])}`;
  };
  const present = new Map();
  for (const e of ent) {
    const inD = toIsoLoose(e[3]); const outD = toIsoLoose(e[4]);
    if (inD > CUT) continue;
    if (outD && outD <= CUT) continue;
    present.set(e[1], e[2]);
  }
  assert(present.size === 19, 'present enterprises ' + present.size);
  assert(new Set(present.values()).size >= 3, 'kinds');

  // ---------------- funds ----------------
  const funds = [
    [D('2020-06-28'), '区电商公共服务中心装修改造（一期）', '清远市建安装饰工程有限公司', 600000, 'QX-2020-031'],
    ['2020.9.15', '村级电商服务站点建设（一期）', '广东乐农网络科技有限公司', '452,000.00', 'QX-2020-057'],
    [D('2020-11-30'), '电商培训服务费（第一阶段）', '广东乐农网络科技有限公司', 186000, 'QX-2020-072'],
    ['2020年12月25日', '县乡村三级物流配送体系建设', '中国邮政集团有限公司清远市清新区分公司', 540000, 'QX-2020-081'],
    [D('2021-01-20'), '村级电商服务站点建设（二期）', '广东乐农网络科技有限公司', '398,400.00', 'QX-2021-004'],
    ['2021.3.12', '公共服务中心运营费（一期）', '广东乐农网络科技有限公司', 300000, 'QX-2021-019'],
    [D('2021-04-22'), '区域公共品牌建设及推广', '清远市新禾直播传媒有限公司', 226000, 'QX-2021-027'],
    ['2021/5/28', '农产品质量追溯系统', '广东清新好物供应链有限公司', '268,000.00', 'QX-2021-035'],
    [D('2021-06-30'), '电商培训服务费（第二阶段）', '广东乐农网络科技有限公司', 174000, 'QX-2021-041'],
    ['2021.7.29', '村级电商服务站点建设（三期）', '广东乐农网络科技有限公司', 258000, 'QX-2021-048'],
    [D('2021-08-26'), '公共服务中心运营费（二期）', '广东乐农网络科技有限公司', 160000, 'QX-2021-055'],
    ['2021.9.16', '村级电商服务站点建设（尾款）', '广东乐农网络科技有限公司', 620000, 'QX-2021-061'],
  ];
  const fRows = [];
  fRows.push(['清新区省级电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null]);
  fRows.push(['省级专项资金下达：500万元（粤财工〔2019〕xx号）', null, null, null, null, '单位：元', null]);
  fRows.push(['序号', '拨付日期', '项目内容', '收款单位', '拨付金额', '凭证号', '备注']);
  let spentByCut = 0, spentAll = 0, textAmt = 0;
  funds.forEach((f, i) => {
    const amt = typeof f[3] === 'number' ? f[3] : Number(f[3].replace(/,/g, ''));
    const dt = toIsoLoose(f[0]);
    spentAll += amt; if (dt <= CUT) spentByCut += amt; if (typeof f[3] === 'string') textAmt += amt;
    fRows.push([i + 1, f[0], f[1], f[2], f[3], f[4], dt > CUT ? '考评截止后拨付' : null]);
  });
  fRows.push(['合计', null, null, null, fmtThousands(spentAll, 2), null, null]);
  fRows.push([null, null, null, null, null, null, null]);
  fRows.push(['制表：区商务局　　　审核：区财政局经建股', null, null, null, null, null, null]);
  assert(spentByCut === 3562400, 'spent ' + spentByCut);
  assert((spentByCut - textAmt) / 5000000 < 0.7, 'text-amount trap');

  // ---------------- reports ----------------
  const reports = [
    ['2020.9.8', '8月份电商进农村示范创建工作进展', '是'],
    [D('2020-10-09'), '9月份工作进展及统计数据', '是'],
    ['2020年11月6日', '10月份工作进展及统计数据', '否'],
    [D('2020-12-07'), '11月份工作进展及统计数据', '是'],
    [D('2020-12-30'), '2020年示范创建工作总结', '否'],
    ['2021.1.8', '12月份工作进展及电商扶贫统计表', '是'],
    [D('2021-02-05'), '1月份工作进展及统计数据', '否'],
    ['2021/3/5', '2月份工作进展及统计数据', '是'],
    [D('2021-04-08'), '3月份（一季度）工作进展', '是'],
    [D('2021-05-10'), '4月份工作进展及统计数据', '否'],
    ['2021年6月7日', '5月份工作进展及电商扶贫统计表', '是'],
    [D('2021-07-06'), '6月份（上半年）工作进展', '是'],
    ['2021.8.6', '7月份工作进展及统计数据', '是'],
    [D('2021-09-07'), '8月份工作进展及统计数据', '是'],
  ];
  const rpRows = [['清新区向清远市商务局报送工作情况登记', null, null, null, null], ['序号', '报送日期', '报送内容', '报送方式', '是否含电商扶贫统计']];
  const repMonths = new Set();
  reports.forEach((r, i) => {
    rpRows.push([i + 1, r[0], r[1], i % 3 === 0 ? '粤政易' : '电子邮件', r[2]]);
    const d = toIsoLoose(r[0]); if (d >= '2020-09-01' && d <= CUT) repMonths.add(d.slice(0, 7));
  });
  assert(repMonths.size === 12, 'report months');

  // ---------------- disclosures ----------------
  const disc = [
    [D('2020-07-20'), '清新区电子商务进农村综合示范县创建工作方案'],
    [D('2020-09-18'), '清新区电子商务进农村综合示范项目基本信息公示'],
    ['2020.10.22', '示范项目建设进度（2020年9月）'],
    ['2020.11.19', '示范项目建设进度（2020年10月）'],
    [D('2020-12-21'), '示范项目建设进度（2020年11月）'],
    ['2021.1.25', '示范项目建设进度（2020年12月）'],
    [D('2021-03-26'), '示范项目建设进度（2021年1—2月）'],
    ['2021.4.23', '示范项目建设进度（2021年3月）'],
    [D('2021-05-27'), '示范项目建设进度（2021年4月）'],
    ['2021.6.24', '示范项目建设进度（2021年5月）'],
    [D('2021-07-23'), '示范项目建设进度（2021年6月）'],
    ['2021.8.25', '示范项目建设进度（2021年7月）'],
    [D('2021-09-24'), '示范项目建设进度（2021年8月）'],
  ];
  const dRows = [['清新区政府网“电子商务进农村综合示范”专栏更新记录', null, null, null], ['序号', '更新日期', '更新内容', '网址']];
  const discMonths = new Set();
  disc.forEach((d, i) => {
    dRows.push([i + 1, d[0], d[1], `http://www.qingxin.gov.cn/zwgk/dzswjnc/content/post_${1310000 + i * 211}.html`]);
    const x = toIsoLoose(d[0]); if (x >= '2020-09-01' && x <= CUT) discMonths.add(x.slice(0, 7));
  });
  dRows.push(['注：专栏设监督举报电话0763-59xxxxx及邮箱；2021年2月春节期间未更新。', null, null, null]);
  assert(discMonths.size === 11 && !discMonths.has('2021-02'), 'disclosure months');

  // ---------------- media ----------------
  const mRows = [['清新区电商进农村宣传报道情况', null, null, null, null, null],
    ['序号', '报道日期', '媒体名称', '级别', '形式', '标题']];
  const media = [
    [D('2020-10-16'), '清远日报', '市级', '报纸', '清新区电商产业园开园 首批企业入驻'],
    ['2020.12.3', '清新区融媒体中心', '县级', '网络', '区电商公共服务中心正式运营'],
    [D('2021-01-12'), '南方日报', '省级', '报纸', '清新冰糖橘“触网”销往大湾区'],
    ['2021.3.18', '清远广播电视台', '市级', '电视', '《清远新闻》清新村级电商站点服务家门口'],
    [D('2021-05-21'), '南方+客户端', '省级', '网络', '清新桂花鱼直播间里卖出新销路'],
    ['2021年7月8日', '清新区融媒体中心（清新电视台）', '县级', '电视', '《清新新闻》贫困劳动力电商技能专场培训'],
    [D('2021-09-05'), '清远日报', '市级', '报纸', '清新电商进农村示范创建迎考评'],
  ];
  media.forEach((m, i) => mRows.push([i + 1, ...m]));

  // ---------------- materials ----------------
  const matRows = [['经验材料报送登记', null, null, null], ['序号', '报送日期', '材料名称', '报送对象'],
    [1, '2020.12.20', '清新区电子商务进农村综合示范创建经验做法', '清远市商务局'],
    [2, D('2021-06-18'), '“清新好物”区域公共品牌带动农产品上行的案例', '清远市商务局'],
    [3, '2021.9.8', '清新区示范创建工作总结（考评版）', '清远市商务局']];

  // ---------------- 对标自查 (facts + self-assessment) ----------------
  const F = [];
  const FM = ['A1:H1', 'A2:D2', 'E2:H2'];
  F.push(['清远市清新区电子商务进农村综合示范创建对标自查及差距分析表', null, null, null, null, null, null, null]);
  F.push(['填报单位：清远市清新区商务局', null, null, null, '考评截止日期：2021年8月31日　　自查日期：2021年9月10日', null, null, null]);
  F.push(['序号', '考评指标（分值）', '对标要求（省考评标准）', '我区现状（截至2021年8月31日）', '对标结果', '分项自评', '指标自评', '差距及下步措施']);
  let no = 0;
  const ind = (name, total, subs, gap) => {
    no++;
    const start = F.length + 1;
    subs.forEach((s, i) => F.push([i === 0 ? no : null, i === 0 ? name : null, s[0], s[1], s[2], s[3], i === 0 ? total : null, i === 0 ? (gap || '—') : null]));
    const end = F.length;
    if (end > start) FM.push(`A${start}:A${end}`, `B${start}:B${end}`, `G${start}:G${end}`, `H${start}:H${end}`);
  };
  const OK = '✔ 达标', NO = '✘ 未达标', PART = '△ 部分达标';
  ind('组织领导（2分）', 2, [['县（市、区）政府主要领导牵头，商务、财政、农业、扶贫等部门参与的工作协调机制', '成立以区委副书记、区长为组长的示范创建工作领导小组，成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、邮政清新分公司', OK, 2]]);
  ind('方案制定（2分）', 2, [['正式印发示范县工作方案', '已印发《清远市清新区电子商务进农村综合示范县创建工作方案》（清新府办函〔2019〕112号）', OK, 2]]);
  ind('政策支持（2分）', 2, [['出台资金、土地、人才等支持农村电商发展的政策', '已出台《清新区促进农村电子商务发展若干措施》', OK, 2]]);
  ind('项目管理（4分）', 4, [
    ['建立项目管理制度，建设、验收环节严格落实', '制定《示范项目管理办法》《项目验收办法》，各项目均经第三方验收', OK, 2],
    ['建立完整工作台账', '建立站点、培训、资金、报送等12本工作台账', OK, 2]]);
  ind('服务体系建设—县级中心及产业园（15分）', 15, [
    ['建成县级电子商务公共服务中心', '区电商公共服务中心（太和镇桃源路）2020年11月18日正式投入运营', OK, 2],
    ['建成后正常运行6个月以上', '截至2021年8月31日已运行9个多月', OK, 2],
    ['有免费培训场所、培训设备', '培训室80座、电脑40台，免费开展电商基础培训', OK, 2],
    ['为特色农产品提供免费展示、销售', '展销厅免费展示清新桂花鱼、冰糖橘、禾云麦芽糖等120余款', OK, 1],
    ['提供免费摄影、美工服务', '摄影棚、美工室对入驻企业和农户免费开放', OK, 1],
    ['组织农产品统一推广、指导品牌建设', '打造“清新好物”区域公共品牌，统一推广', OK, 1],
    ['提供其他衍生增值服务', '代办营业执照、网店开设，金融、物流对接', OK, 1],
    ['建设或整合、优化当地电商产业园', '清新区电子商务产业园（太和镇）2020年10月建成开园', OK, 2],
    ['产业园入驻企业20家及以上', '产业园入驻企业22家', OK, 2],
    ['入驻企业至少三种类型', '平台型、销售型、电商运营服务商、物流快递4类', OK, 1]],
    '产业园继续招商');
  ind('服务体系建设—村级站点（10分）', 10, [
    ['行政村站点覆盖率70%及以上', '全区行政村162个（另有社区18个），已建村级站点118个，覆盖行政村118个，覆盖率72.8%', OK, 5],
    ['省定贫困村100%覆盖', '省定贫困村23个，已全部建站', OK, 5]]);
  ind('农村产品上行（10分）', 9, [
    ['对农产品网络销售进行调研并形成针对性建议', '委托第三方完成《清新区农产品网络销售调研报告》并提出建议', OK, 2],
    ['开展农村产品网络促销活动成效明显', '举办年货节、冰糖橘直播节等网络促销活动8场', OK, 2],
    ['当地有专业第三方电子商务运营或服务商', '广东乐农网络科技有限公司负责中心运营', OK, 1],
    ['行政村物流快递覆盖率100%', '全区162个行政村快递物流全覆盖（覆盖率100%）', OK, 1],
    ['出台农产品电商交易标准，建立冷链、溯源系统', '制定冰糖橘、桂花鱼电商交易标准；溯源系统已上线，冷链仅覆盖城区', PART, 1],
    ['2020年农村网络零售额或农产品网络零售额同比增速≥30%', '2020年农村网络零售额10.74亿元，同比增长24.6%（2019年8.62亿元）；农产品网络零售额1.64亿元，同比增长31.2%（2019年1.25亿元）', OK, 2]],
    '完善冷链配送');
  ind('电商人才培训（20分）', 18, [
    ['培训人次达常住人口1%及以上（超过50万以50万计）', `常住人口56.37万人（七普），按50万人计1%为5,000人次；截至2021年8月31日累计培训${fmtThousands(TRAIN_TOTAL)}人次（普及培训${nGen}期${fmtThousands(GEN_TOTAL)}人次＋贫困劳动力专场3期${poorRowsByCut}人次），占0.96%`, NO, 8],
    ['有劳动能力的建档立卡贫困人口培训率50%以上（外出务工除外）', '有劳动能力（不含外出务工）建档立卡贫困人口96人，已参训53人，参训率55.2%', OK, 10]],
    '9月加开培训班，9月8日已培训320人次');
  ind('信息公开（4分）', 3, [
    ['县政府网站设立公开专栏且内容全面', '区政府网“电子商务进农村综合示范”专栏公示创建方案、项目基本信息和项目建设进度，设监督举报电话和邮箱', OK, 2],
    ['近一年专栏按月更新', '2020年9月以来按月更新，2021年2月（春节）未更新', NO, 1]],
    '按月更新，不再断更');
  ind('数据上报（6分）', 6, [
    ['近一年每月向市商务局报送工作情况', '2020年9月—2021年8月每月向清远市商务局报送工作进展及统计数据', OK, 3],
    ['能统计电商扶贫情况', '月报附电商扶贫统计表（贫困户参训、带动增收）', OK, 3]]);
  ind('案例总结（2分）', 2, [['向市商务局报送经验材料', '2020年12月、2021年6月向清远市商务局报送经验材料2篇', OK, 2]]);
  ind('经验推广（8分）', 8, [['典型做法被省级及以上、市级、县级媒体报道', '南方日报、南方+（省级），清远日报、清远广播电视台（市级），清新区融媒体中心（县级）均有报道', OK, 8]]);
  ind('资金管理制度（5分）', 5, [['制定资金管理制度并有效落实', '印发《清新区电子商务进农村综合示范专项资金管理办法》，明确支持方向、考核问责', OK, 5]]);
  ind('资金台账（5分）', 4, [['项目承建方建立资金专用台账，账目完整', '承建单位建立资金专用台账，个别凭证未及时归档', PART, 4]], '补齐凭证');
  ind('资金支出（5分）', 4, [['资金支出率70%以上且按进度及时拨付', '省级专项资金下达500万元，截至2021年8月31日累计拨付356.24万元，支出率71.2%，按项目进度拨付', OK, 4]], '9月拨付尾款62万元');
  ind('加分项', 0, [
    ['建档立卡贫困人口培训率70%及以上（2分）', '参训率55.2%，未达70%', NO, 0],
    ['电商扶贫典型案例获国家级（2分）、省级（1分）电视媒体播报', '暂无省级以上电视播报', NO, 0]]);
  ind('一票否决项', '—', [
    ['发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '未发生', '无', '—'],
    ['项目建设进度严重滞后，总体进度不足40%', '项目总体进度92%', '无', '—'],
    ['弄虚作假', '无', '无', '—']]);
  F.push([null, '自评合计', null, null, null, null, 94, null]);
  F.push([null, null, null, null, null, null, null, null]);
  F.push(['填表人：区商务局电商股 黄××　　审核：区商务局副局长 陈××', null, null, null, null, null, null, null]);
  FM.push(`A${F.length}:H${F.length}`);

  // ---------------- expected points (hand-computed; asserted against data above) ----------------
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 13, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const total = Object.entries(points).filter(([k]) => !k.startsWith('veto.')).reduce((s, [, v]) => s + v, 0);
  assert(total === 89, 'total ' + total);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 15, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
  };
  assert(Object.values(claimed).reduce((a, b) => a + b, 0) === 94, 'claimed total');

  const entryAfter = ent.filter((e) => toIsoLoose(e[3]) > CUT).map((e) => e[0]);
  const exited = ent.filter((e) => e[4] && toIsoLoose(e[4]) <= CUT).map((e) => e[0]);
  const derivation = [
    'asOf: 对标自查表第2行“考评截止日期：2021年8月31日”（自查日期2021年9月10日不是截止日）；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。',
    'org.leadership: 领导小组组长为区委副书记、区长（主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2',
    'org.plan: 方案已印发（清新府办函〔2019〕112号），分项自评 2 → 2',
    'org.policy: 已出台《清新区促进农村电子商务发展若干措施》，分项自评 2 → 2',
    'org.management: 项目管理制度 2 ＋ 工作台账 2 → 4',
    `work.center: 中心 2020-11-18 运营 ≤ 截止日 → 2；早于 2021-02-28，满6个月 → 2；免费培训场所 ✔ → 2；展示销售 ✔ → 1；摄影美工 ✔ → 1；品牌推广 ✔ → 1；其他增值服务 ✔ → 1；产业园已建 → 2；入驻企业表24行：${exited.join('、')} 三家在截止日前退出，${entryAfter.join('、')} 2021-09-06 才入驻，“广东甲乙农业科技有限公司”与“清远市清新区甲乙农产品有限公司”统一社会信用代码相同（更名，算一家）→ 截至8月31日在园 19 家 < 20 → 0（县里自报“22家”不作数）；在园企业有平台型、销售型、电商运营服务商、物流快递 ≥3类 → 1；合计 2+2+2+1+1+1+1+2+0+1 = 13`,
    `work.coverage: 村居名单180行＝行政村162个＋社区18个，基数162；站点台账${sn}行：社区服务点（${communityWithStation.base}社区）不计，${dupVillage.base}村有两个站点只算一村，${npLate.base}村 2021-09-13、${poorLate.base}村 2021.9.6 挂牌在截止日后不计（站点台账“所在村”写××村／××村委会／××村民委员会，与名单的××村委会是同一村）→ 覆盖行政村 114/162 = 70.4% ≥ 70% → 5；省定贫困村（名单“是”）23个，截止日前有站点 22个（${poorLate.base}村在9月才挂牌）→ 22/23 = 95.7%，在 80%–100%（不含）→ 3；合计 8（县里自评10）`,
    `work.upward: 网销调研 2；促销活动 2；第三方运营服务商（广东乐农网络科技有限公司）→ 1；快递：村居名单有快递进村列，${expressNo.map((v) => v.base + '村委会').join('、')} 两村填“否”，不是100%覆盖 → 0（对标表自称100%，以名单为准）；交易标准与冷链溯源 1；增速：农村网零 10.74/8.62−1 = 24.6% < 30%，农产品网零 1.64/1.25−1 = 31.2% ≥ 30% → 2；合计 2+2+1+0+1+2 = 8`,
    `work.training: 培训登记第1—${nGen}期（均 ≤ 2021-08-27，区间日期按结束日）人次合计 ${GEN_TOTAL}（“合计”行${GEN_TOTAL + 320}含9月不计，第${nGen + 1}期 2021-09-08 的320人次在截止日后不计）＋ 贫困户专场签到第1—3期 ${poorRowsByCut} 行（第4期 2021年9月10日 20行不计）＝ ${TRAIN_TOTAL} 人次；常住人口56.37万 > 50万，基数 500,000 → ${TRAIN_TOTAL}/500000 = 0.957%，在 0.8%–1%（不含）→ 8（误计9月两期则 ${TRAIN_TOTAL + 340} ≥ 5000 变成10）；贫困人口名单150人，劳动能力“有”且“是否外出务工”为“否”的 96 人；截止日前签到身份证号（去空格、小写x按X）与之相同的 48 人（第1期18人、第2期15人、第3期15人首次参训，另10行是重复参训；4名外出务工、1名无劳动能力、3名监测户、1个打码号不计）→ 48/96 = 50.0% ≥ 50% → 10（若不认小写x和带空格的号码只有46人=47.9% → 8）；合计 18`,
    'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，并设监督举报电话和邮箱 → 内容全面 2；专栏更新记录在 2020-09…2021-08 中有 11 个月有更新（2021年2月无，2021-09-24 一条在窗口外）→ 不定时 1；合计 3',
    'info.reporting: 报送登记在 2020-09…2021-08 每个月都有报送日期（2020-09-08 至 2021-08-06，12个月齐；2021-09-07 那条在窗口外）→ 按月 3；多条“是否含电商扶贫统计”为“是” → 3；合计 6',
    'promo.cases: 经验材料 2020.12.20、2021-06-18 报清远市商务局（2021.9.8 一份在截止日后）→ 2',
    'promo.media: 截止日前有省级（南方日报、南方+客户端）4 ＋ 市级（清远日报、清远广播电视台）3 ＋ 县级（清新区融媒体中心）1 → 8（2021-09-05 清远日报在截止日后，不影响）',
    'fund.system: 资金管理制度自评 5 → 5',
    'fund.ledger: 资金台账自评 4 → 4',
    `fund.spending: 资金拨付台账（元）截止日前11笔合计 ${fmtThousands(spentByCut)} 元（其中 452,000.00、398,400.00、268,000.00 三笔是千分位文本），2021.9.16 的 620,000 元不计；${spentByCut}/5,000,000 = 71.2% ≥ 70% → 取自评 4（若漏读三笔文本金额只有 48.9%，会变成倒扣 −5）`,
    'bonus.poorTraining: 贫困人口培训率 50.0% < 70% → 0',
    'bonus.tvCase: 电视报道只有清远广播电视台（市级）、清新电视台（县级），无省级以上电视播报 → 0',
    'veto.incident: 对标表“未发生” → 0',
    'veto.progress: 项目总体进度 92% ≥ 40%（拨付率 71.2% 也 ≥ 40%）→ 0',
    'veto.fraud: “无” → 0',
    'total: 2+2+2+4+13+8+8+18+3+6+2+8+5+4+4 = 89，加分 0 → 89；未否决。县里自评合计 94（中心15、站点10、上行9 与台账不符）。',
  ];

  write('counties', 'b33-c1-qingxin.json', {
    description: '清远市清新区商务局的整本考评工作簿（12个表）：事实和自评都在《对标自查及差距分析表》里——序号|考评指标（分值）|对标要求（省考评标准）|我区现状（截至2021年8月31日）|对标结果（✔达标／✘未达标／△部分达标）|分项自评|指标自评|差距及下步措施，一个指标占几行（序号、指标、指标自评、差距纵向合并），事实都在“我区现状”的句子里，“对标要求”列照抄标准（70%、1%、20家、50万等是门槛不是数据）；服务体系建设拆成“县级中心及产业园（15分）”和“村级站点（10分）”两个指标；加分项、否决项也在表内，自评合计94。台账：村（居）民委员会名单（镇纵向合并，名称写××村委会，贫困村、快递填是／否，社区填—）、站点台账（所在村写××村／××村委会／××村民委员会）、培训登记（按期次记人次，注明贫困户专场不重复登记）、贫困户专场逐人签到（期次、日期纵向合并，第3期“2021.5.19-20”）、区乡村振兴局的贫困人口劳动力情况表、产业园入驻企业（信用代码、更名企业两行同一代码、退出、9月入驻）、资金拨付台账（元，三笔千分位文本）、报送登记、专栏更新记录、宣传报道、经验材料。中等偏上（89分，无加分，未否决）。陷阱：县里自报入驻企业22家但截至8月31日在园19家；快递“全覆盖”但名单两村填“否”；覆盖率恰在70%线上（114/162），要把××村、××村委会、××村民委员会认作同一村；省定贫困村一村9月才挂牌；培训和签到各有一期在9月，合计行含9月；贫困户培训率恰为50%，一人身份证末位小写x、一人带空格；资金台账漏读文本金额会跌破70%。',
    sheets: [
      { name: '对标自查', rows: padRows(F), merges: FM },
      { name: '村居名单', rows: padRows(vRows), merges: vMerges },
      { name: '站点台账', rows: padRows(sRows), merges: sMerges },
      { name: '培训登记', rows: padRows(tRows), merges: tMerges },
      { name: '贫困户专场签到', rows: padRows(pRows), merges: pMerges },
      { name: '贫困人口名单', rows: padRows(rRows), merges: rMerges },
      { name: '入驻企业', rows: padRows(eRows), merges: ['A1:H1', 'A2:H2'] },
      { name: '资金拨付', rows: padRows(fRows), merges: ['A1:G1', 'A2:E2', 'F2:G2', `A${fRows.length}:G${fRows.length}`] },
      { name: '报送登记', rows: padRows(rpRows), merges: ['A1:E1'] },
      { name: '专栏更新', rows: padRows(dRows), merges: ['A1:D1', `A${dRows.length}:D${dRows.length}`] },
      { name: '宣传报道', rows: padRows(mRows), merges: ['A1:F1'] },
      { name: '经验材料', rows: padRows(matRows), merges: ['A1:D1'] },
    ],
    expect: { asOf: '2021-08-31', total, bonus: 0, vetoed: false, points, claimed },
    derivation,
  });
}

// ---------- main ----------
factsRuyuan();
factsYangxi();
factsDabu();
ledgersDianbai();
ledgersBoluo();
countyQingxin();
console.log('batch33 written');
