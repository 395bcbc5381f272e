'use strict';
// Batch 27 generator: writes ROOT/facts, ROOT/ledgers, ROOT/counties. Plain CommonJS, no deps.
// Run: node gen-b27.js
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const ROOT = path.resolve(__dirname, '../..');
const CUTOFF = '2021-08-31';

// ---------- helpers ----------
function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += Number(b[i]) * W[i]; return CK[s % 11]; }
function pad(n, w) { return String(n).padStart(w, '0'); }
function makeIdFactory(seed, region) {
  const r = rng(seed); const used = new Set();
  return function () {
    for (;;) {
      const y = 1960 + Math.floor(r() * 42), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
      const body = region + y + pad(m, 2) + pad(d, 2) + pad(Math.floor(r() * 1000), 3);
      const id = body + idCheck(body);
      if (!used.has(id)) { used.add(id); return id; }
    }
  };
}
const SURN = ['陈', '林', '黄', '郑', '李', '蔡', '吴', '许', '张', '杨', '刘', '谢', '王', '纪', '马', '洪', '姚', '周'];
const GIV = ['少', '锦', '晓', '泽', '鸿', '丽', '婵', '佳', '雪', '俊', '伟', '娟', '炳', '荣', '秋', '惠', '文', '坤', '明', '燕', '銮', '楷', '旭', '珊', '嘉'];
function nameFactory(seed) {
  const r = rng(seed);
  return () => SURN[Math.floor(r() * SURN.length)] + GIV[Math.floor(r() * GIV.length)] + (r() < 0.7 ? GIV[Math.floor(r() * GIV.length)] : '');
}
function phoneFactory(seed) { const r = rng(seed); const p = ['139', '138', '137', '135', '150', '158', '188', '189', '133']; return () => p[Math.floor(r() * p.length)] + pad(Math.floor(r() * 1e8), 8); }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function slashed(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
const WINDOW = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08'];
function regularity(dates) { // 'full' | 'partial' | 'none'
  const ms = new Set(dates.filter(d => d && d <= CUTOFF).map(d => d.slice(0, 7)));
  if (WINDOW.every(m => ms.has(m))) return 'full';
  return WINDOW.some(m => ms.has(m)) ? 'partial' : 'none';
}
function padRows(rows) {
  const w = Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.map(c => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
}
function write(sub, file, obj) {
  const p = path.join(ROOT, sub, file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  const text = JSON.stringify(obj, null, 1);
  JSON.parse(text);
  fs.writeFileSync(p, text + '\n');
  console.log('wrote', sub + '/' + file);
}
const D = iso => ({ date: iso });

// ---------- f1: 白云区 创建工作大事记 (chronology; facts only inside event sentences) ----------
(function f1() {
  const rows = [
    ['白云区电子商务进农村综合示范创建工作大事记', null, null, null, null],
    ['（2019年11月—2021年8月）', null, null, null, null],
    ['区商务局电商科整理　　　　　　　　　　　　　　　　　　　2021年9月3日', null, null, null, null],
    ['序号', '时  间', '事　　项', '牵头/责任单位', '备注（文件、链接）'],
    [1, '2019.11.28', '省商务厅、省财政厅公布2019年省级电子商务进农村综合示范县（市、区）名单，白云区入选。', '区商务局', '粤商务建字〔2019〕15号'],
    [2, '2019.12.20', '成立白云区电子商务进农村综合示范工作领导小组，区长任组长，分管副区长任副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政管理局及各镇为成员单位，领导小组办公室设在区商务局。', '区政府办', '云府办函〔2019〕211号'],
    [3, '2020年1月15日', '区政府办公室正式印发《广州市白云区电子商务进农村综合示范工作方案》。', '区政府办', '云府办〔2020〕3号'],
    [4, '2020.4.10', '出台《白云区促进农村电子商务发展若干措施》，在资金、场地、人才方面给予扶持。', '区商务局', null],
    [5, '2020年5月', '省级电子商务进农村综合示范专项资金500万元下达我区。', '区财政局', null],
    [6, '2020.6.18', '印发《白云区电子商务进农村综合示范专项资金管理办法》。', '区商务局、区财政局', null],
    [7, '2020.7.1', '区政府门户网站“电子商务进农村综合示范”专栏上线，公示创建方案、项目基本信息，并公布监督举报电话。', '区商务局', null],
    [null, null, null, null, null],
    [8, D('2020-09-26'), '白云区电子商务公共服务中心（钟落潭镇）正式投入运营。中心设培训室、直播间和摄影棚，提供免费电商培训、特色农产品展示展销、免费摄影美工服务。', '区商务局', '运营方：广州云乡电子商务有限公司'],
    [9, '2020.10', '专栏起每月公示项目建设进度。', '区商务局', null],
    [10, '2020.11.12', '白云区电商产业园（太和镇）揭牌。', '太和镇', null],
    [11, '2020.12.8', '引入专业第三方电商运营服务商（广州云乡电子商务有限公司）负责中心及产业园运营。', '区商务局', '招标编号GZYB2020-118'],
    [12, '2021.1.20', '项目承建单位建立专项资金专用台账，按项目逐笔登记。', '区商务局', null],
    [13, '2021.3.5', '举办“云上白云·助农直播节”，3天线上销售农产品86万元。', '区商务局、人和镇', null],
    [14, '2021.4.23', '区邮政管理局确认：全区118个行政村实现快递服务全覆盖。', '区邮政管理局', null],
    [15, '2021年6月', '建立电商帮扶情况统计制度，按月统计脱贫人口参训、电商带动增收情况，随月报报送市商务局。', '区商务局、区乡村振兴局', null],
    [16, '2020.9—2021.8', '累计举办电商培训52期，培训5,236人次。', '中心运营方', '见培训台账'],
    [17, '截至2021.8.31', '累计拨付省级专项资金412.6万元，项目总体进度90%。', '区商务局', null],
    [18, '2021.9.2', '区领导小组召开创建考评自查工作会议。', '区政府办', '会议纪要〔2021〕7号'],
    ['注：本表仅记录重要节点，详细资料见各项台账。', null, null, null, null],
  ];
  const n = rows.length;
  write('facts', 'b27-f1-baiyun.json', {
    description: '广州市白云区商务局电商科整理的《创建工作大事记》：序号|时间|事项|牵头/责任单位|备注，没有任何“标签|值”，所有事实都写在按时间排的事项句子里（领导小组组成、方案印发、政策出台、资金下达、专栏上线与按月公示进度、中心运营及其服务、产业园揭牌、快递全覆盖、培训与拨付累计数）；时间列写法混杂（2019.11.28、2020年1月15日、2020年5月、Excel日期、2020.9—2021.8、“截至2021.8.31”）。',
    sheets: [{ name: '大事记', rows: padRows(rows), merges: ['A1:E1', 'A2:E2', 'A3:E3', `A${n}:E${n}`] }],
    expect: {
      facts: {
        planIssued: true,
        policyIssued: true,
        fundAllocated: 5000000,
        fundSystemIssued: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureWindow: true,
        disclosureProgress: true,
        centerOpened: '2020-09-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        fundLedgerKept: true,
        adminVillagesStated: 118,
        expressCoverage: true,
        povertyStatisticsStated: true,
        trainingPersonTimesStated: 5236,
        fundSpentStated: 4126000,
        overallProgress: 0.9,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// ---------- f2: 黄埔区 official table, self-assessment appended inside 评分标准 cells as 【…】 ----------
(function f2() {
  const G1 = '加强组织领导与统筹协调（10分）', G2 = '深入推动电子商务进农村工作（55分）', G3 = '加强信息公开及报送（10分）', G4 = '加强宣传推广（10分）', G5 = '加强财政资金管理（15分）';
  const rows = [
    ['黄埔区2019年省级电子商务进农村综合示范创建考评自评表', null, null, null, null],
    ['说明：按省考评指标体系逐项自评，自评情况及自评分用【】标注在评分标准之后，不另设自评栏。', null, null, null, null],
    ['填报单位：广州市黄埔区商务局（盖章）', null, null, '填报日期：2021年9月6日', null],
    ['工作任务', '评价指标名称', '权重', '评分标准', '评价方式及佐证材料'],
    [G1, '组织领导', 2, '由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。\n【区长任领导小组组长，区商务局、财政局、农业农村局、乡村振兴局等参与；自评2分】', '成立工作领导小组或协调机构的文件、相关工作会议纪要、图片'],
    [null, '方案制定', 2, '工作方案因地制宜，可操作性较强（1-2分）\n【方案已正式印发（穗埔府办〔2020〕6号）；自评2分】', '正式印发的示范县工作方案'],
    [null, '政策支持', 2, '出台相关政策，且得到较好落实（1-2分）\n【已出台扶持政策，落实一般；自评1分】', '出台的支持文件及其他证明材料等'],
    [null, '项目管理', 4, '建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；建立完整工作台账，详细记录项目建设情况（1-2分）。\n【制度2分＋台账2分，自评4分】', '项目管理制度文件、工作台账等'],
    [G2, '服务体系建设', 25, '建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月（截至2021年8月31日）以上（2分）；有免费培训场所、培训设备，能组织电商基础培训（2分）；为特色农产品提供免费展示、销售服务（1分）；为电子商务市场主体提供免费摄影、美工服务（1分）；组织农产品统一推广、指导特色农产品品牌建设（1分）；为电子商务发展提供其他衍生增值服务（1分）；建设或整合、优化当地电商产业园（2分）；电商产业园企业入驻数量达20家及以上（2分）；电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）。\n【中心2020年10月投入运营，已满6个月；免费培训√　展示销售√　摄影美工√　品牌推广√　其他增值服务×；产业园已建成，入驻23家、4种类型；自评14分】', '现场查看中心、产业园运营情况，入驻企业清单'],
    [null, null, null, '行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）；贫困村覆盖率100%（5分），80%-100%（不含）（3分）。\n【站点覆盖率100%，贫困村全覆盖；自评10分】', '行政村清单、省定贫困村清单、站点清单、站点视频'],
    [null, '农村产品上行', 10, '对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；开展农村产品网络促销活动成效明显（1-2分）；当地有专业第三方电子商务运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。\n【调研2分；促销2分；有第三方服务商1分；快递覆盖100%，1分；交易标准及冷链溯源1分；2020年农产品网络零售额增长35.6%，2分；自评9分】', '调研报告、促销活动总结、服务商名单、邮政管理部门证明、第三方统计数据'],
    [null, '电商人才培训', 20, '培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。\n【常住人口126.4万（按50万计），累计培训4,680人次，占0.94%，8分；有劳动能力贫困人口（不含外出务工）210人，参训126人，60%，10分；自评18分】', '培训通知、签到表、扶贫部门确认的贫困人口数'],
    [G3, '信息公开', 4, '在县政府网站设立公开专栏且内容全面（2分）；近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。\n【专栏公示创建方案、项目信息、建设进度，设监督举报电话；按月更新；自评4分】', '区政府网站专栏'],
    [null, '数据上报', 6, '近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；能统计电商扶贫情况（3分），未统计相关情况不得分。\n【每月报送；能统计电商扶贫情况；自评6分】', '向市级商务主管部门报送工作情况的文件'],
    [G4, '案例总结', 2, '向市商务局报送经验材料（2分）\n【已报送2篇；自评2分】', '查看上报文件'],
    [null, '经验推广', 8, '省级及以上媒体进行宣传报道（4分）；市级媒体进行宣传报道（3分）；县级媒体进行宣传报道（1分）。\n【省、市、区级媒体均有报道；自评8分】', '宣传文案、网络截图、照片'],
    [G5, '制度建立', 5, '建立科学有效的资金管理制度且得到有效落实（1-5分）\n【已制定专项资金管理办法；自评5分】', '查看相关资金管理制度'],
    [null, '资金台账', 5, '项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）\n【承建方已建立专用台账；自评4分】', '项目承办方的资金使用账目及凭证等'],
    [null, '资金支出', 5, '资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。\n【下达500万元，已拨付421.5万元，支出率84.3%；及时拨付自评4分】', '资金拨付文件、票据、凭证等'],
    ['加分项（4分）', null, null, '建档立卡贫困人口培训率70%及以上（2分）\n【60%，未达到；0分】', '参加培训的建档立卡贫困人口清单及签到表等'],
    [null, null, null, '电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）\n【无；0分】', '查看相关报道和视频'],
    ['一票否决项', null, null, '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。\n【无】', null],
    [null, null, null, '项目建设进度严重滞后，总体进度不足40%。\n【项目总体进度92%】', null],
    [null, null, null, '弄虚作假。\n【无】', null],
    ['合计', null, 100, '【自评合计93分】', null],
  ];
  // claimed sums check
  const claimed = { 'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4, 'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8, 'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 0, 'bonus.tvCase': 0 };
  const s = Object.entries(claimed).filter(([k]) => !k.startsWith('bonus')).reduce((a, [, v]) => a + v, 0);
  assert.strictEqual(s, 93);
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, 14);
  assert.strictEqual(2 + 2 + 1 + 1 + 1 + 2, 9);
  write('facts', 'b27-f2-huangpu.json', {
    description: '广州市黄埔区商务局的自评表：照抄省考评指标体系（工作任务|评价指标名称|权重|评分标准|评价方式及佐证材料），没有自评分列，自评情况和分数用【】接在“评分标准”单元格原文之后（同一格内换行），事实、分项分和指标自评分都在【】里；服务体系建设一个指标两行（第二行指标名和权重空白），加分项、一票否决项也在【】作答；表内无县名标签（只在标题和填报单位里）。',
    sheets: [{ name: '自评表', rows: padRows(rows), merges: ['A1:E1', 'A2:E2', 'A3:C3', 'D3:E3', 'A5:A8', 'A9:A12', 'B9:B10', 'C9:C10', 'A13:A14', 'A15:A16', 'A17:A19', 'A20:C21', 'A22:C24', 'A25:B25'] }],
    expect: {
      facts: {
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        agriRetailGrowthStated: 0.356,
        residentPopulation: 1264000,
        trainingPersonTimesStated: 4680,
        eligiblePoorPersonsStated: 210,
        trainedPoorPersonsStated: 126,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        fundAllocated: 5000000,
        fundSpentStated: 4215000,
        vetoIncident: false,
        overallProgress: 0.92,
        vetoFraud: false,
      },
      judged: { 'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2, 'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1, 'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4 },
      leadership: 'principal-all',
      claimed,
    },
  });
})();

// ---------- l1: 番禺区 CMS article export (disclosures, newest first) + 舆情 system export (media) ----------
(function l1() {
  const sec = '首页 > 专题专栏 > 电子商务进农村综合示范';
  // [发布时间, 创建时间, 标题, 作者, 浏览量]
  const arts = [
    ['2020-09-11 16:05:12', '2020-09-11 15:40:03', '番禺区电子商务进农村综合示范项目8月建设进度', '区商务局', 212],
    ['2020-10-13 09:31:47', '2020-10-12 17:22:10', '番禺区电子商务进农村综合示范项目9月建设进度', '区商务局', 187],
    ['2020-11-10 10:02:55', '2020-11-10 09:58:41', '番禺区电子商务进农村综合示范项目10月建设进度', '区商务局', 164],
    ['2020-12-08 15:46:20', '2020-12-07 11:03:37', '番禺区电子商务进农村综合示范项目11月建设进度', '区商务局', 150],
    ['2021-01-12 11:15:09', '2021-01-12 10:50:44', '番禺区电子商务进农村综合示范项目12月建设进度', '区商务局', 139],
    ['2021-02-02 09:20:33', '2021-01-29 16:48:05', '番禺区电子商务进农村综合示范项目1月建设进度', '区商务局', 121],
    ['2021-03-09 14:37:18', '2021-03-09 14:30:02', '番禺区电子商务进农村综合示范项目2月建设进度', '区商务局', 98],
    ['2021-03-30 10:11:52', '2021-03-30 10:01:26', '关于番禺区农村电商公共服务中心第二批培训计划的公示', '区商务局', 305],
    ['2021-05-06 16:28:40', '2021-04-28 17:55:19', '番禺区电子商务进农村综合示范项目3-4月建设进度', '区商务局', 87],
    ['2021-06-10 09:44:01', '2021-06-10 09:40:11', '番禺区电子商务进农村综合示范项目5月建设进度', '区商务局', 76],
    ['2021-07-08 15:03:27', '2021-07-07 18:12:45', '番禺区电子商务进农村综合示范项目6月建设进度', '区商务局', 70],
    ['2021-08-12 10:26:58', '2021-08-12 10:20:30', '番禺区电子商务进农村综合示范项目7月建设进度', '区商务局', 64],
    ['2021-09-07 09:12:36', '2021-09-06 17:30:08', '番禺区电子商务进农村综合示范项目8月建设进度', '区商务局', 23],
  ];
  const desc = arts.slice().sort((a, b) => (a[0] < b[0] ? 1 : -1));
  const dRows = [['文章ID', '标题', '所属栏目', '作者/来源', '创建时间', '发布时间', '浏览量', '状态']];
  desc.forEach((a, i) => dRows.push([30518 - i * 37, a[2], sec, a[3], a[1], a[0], a[4], '已发布']));
  const disclosureRecords = desc.map(a => ({ date: a[0].slice(0, 10) }));

  // media: [标题, 来源, 发布时间, level, tv, 情感]
  const med = [
    ['番禺：农村电商服务站开到家门口', '番禺日报', '2020-10-22 08:30', 'county', false, '正面'],
    ['石楼镇“村播”带火本地菜心', '南方+', '2020-12-03 11:42', 'province', false, '正面'],
    ['番禺区举办农产品直播带货大赛', '广州电视台新闻频道', '2021-01-15 19:05', 'city', true, '正面'],
    ['番禺电商进农村：化龙镇农户网上卖花', '广州日报', '2021-03-18 07:50', 'city', false, '正面'],
    ['电商助农 番禺经验', '人民网', '2021-05-26 16:20', 'national', false, '中性'],
    ['番禺区农村电商公共服务中心开展免费培训', '番禺台', '2021-06-09 20:15', 'county', true, '正面'],
    ['广州番禺：小农产品搭上电商快车', '羊城晚报', '2021-09-02 09:10', 'province', false, '正面'],
  ];
  const mRows = [
    ['舆情信息导出', null, null, null, null, null, null],
    ['序号', '标题', '来源', '发布时间', '情感倾向', '相似文章数', '原文链接'],
  ];
  med.forEach((m, i) => mRows.push([i + 1, m[0], m[1], m[2], m[5], [3, 12, 1, 5, 27, 0, 8][i], 'http://yq.example.gd.cn/a/' + (88120 + i * 13)]));
  const note = [
    ['导出说明'],
    ['1. 专栏文章：区政府门户网站内容管理系统导出，栏目“电子商务进农村综合示范”，按发布时间倒序。'],
    ['2. 宣传报道：舆情监测系统导出，检索词“番禺 电商 进农村”，已人工剔除无关及重复转载。'],
    ['3. 导出时间：2021年9月8日。导出人：区商务局 何晓珊。'],
  ];
  write('ledgers', 'b27-l1-panyu.json', {
    description: '广州市番禺区商务局从系统导出后直接交的两张表：①区政府网站内容管理系统导出的专栏文章列表（文章ID|标题|所属栏目|作者/来源|创建时间|发布时间|浏览量|状态，表头在第1行，时间为“2021-02-02 09:20:33”文本，按发布时间倒序，创建时间与发布时间有跨月的）；②舆情监测系统导出的报道列表（标题|来源|发布时间|情感倾向|相似文章数|原文链接，没有级别列和形式列，级别和是否电视只能从来源名看）；另有“导出说明”页（不是台账）。',
    sheets: [
      { name: '专栏文章导出', rows: padRows(dRows) },
      { name: '舆情导出', rows: padRows(mRows), merges: ['A1:G1'] },
      { name: '导出说明', rows: padRows(note) },
    ],
    expect: {
      sheets: {
        '专栏文章导出': { kind: 'disclosures', records: disclosureRecords },
        '舆情导出': { kind: 'media', records: med.map(m => ({ date: m[2].slice(0, 10), level: m[3], tv: m[4] })) },
        '导出说明': { kind: null },
      },
    },
  });
})();

// ---------- l2: 南沙区 park lease-contract ledger (enterprises) + pivot summary ----------
(function l2() {
  const r = rng(2702);
  const AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const uscc = () => { let s = '91440115'; for (let i = 0; i < 10; i++) s += AL[Math.floor(r() * AL.length)]; return s; };
  // [name, 行业类别, area, enteredIso, enteredCell, endCell, leftIso|null, leftCell, 备注]
  const E = [
    ['广州南农优选电子商务有限公司', '电商平台', 320, '2020-06-15', D('2020-06-15'), '2023.6.14', null, null, null],
    ['广州大岗鲜生农业科技有限公司', '农产品网店', 120, '2020-06-15', '2020.6.15', '2022.6.14', null, null, null],
    ['广州市南沙区榄核镇果蔬专业合作社', '农产品网店', 80, '2020-07-01', '2020.07.01', '2022.6.30', null, null, '合作社'],
    ['广州湾区云仓物流有限公司', '快递物流', 600, '2020-07-01', D('2020-07-01'), '2025.6.30', null, null, '含仓储'],
    ['广州播客星文化传媒有限公司', '直播电商', 150, '2020-07-20', '2020/7/20', '2022.7.19', null, null, null],
    ['广州众帮电商代运营有限公司', '代运营服务', 100, '2020-08', '2020年8月', '2022年7月', null, null, '合同日期以实际进场为准'],
    ['广州珠江口水产电子商务有限公司', '农产品网店', 90, '2020-08-10', D('2020-08-10'), '2022.8.9', null, null, null],
    ['中国邮政集团有限公司广州市南沙区分公司（电商分拨点）', '快递物流', 260, '2020-09-01', '2020.9.1', '2023.8.31', null, null, null],
    ['广州万顷沙农产品供应链有限公司', '农产品网店', 110, '2020-09-15', '2020/9/15', '2022.9.14', null, null, null],
    ['广州南沙小虎包装设计有限公司', '包装设计', 60, '2020-10-08', D('2020-10-08'), '2021.10.7', '2021-04-30', '2021.4.30', '提前退租'],
    ['广州横沥香蕉电商有限公司', '农产品网店', 70, '2020-10-20', '2020.10.20', '2022.10.19', null, null, null],
    ['广州云鹿网络科技有限公司', '电商平台', 180, '2020-11-02', D('2020-11-02'), '2023.11.1', null, '—', null],
    ['广州东涌鸿运水产贸易有限公司', '农产品网店', 75, '2020-11-16', '2020年11月16日', '2022.11.15', null, null, null],
    ['广州新垦鲜达冷链物流有限公司', '快递物流', 400, '2020-12-01', '2020.12.1', '2025.11.30', null, null, '冷库'],
    ['广州甄选汇电子商务有限公司', '代运营服务', 95, '2020-12-14', D('2020-12-14'), '2022.12.13', null, null, null],
    ['广州南沙黄阁麒麟农业发展有限公司', '农产品网店', 85, '2021-01-05', '2021.1.5', '2023.1.4', null, null, null],
    ['广州番薯藤直播科技有限公司', '直播电商', 140, '2021-01-18', '2021/1/18', '2023.1.17', '2021-07-15', D('2021-07-15'), null],
    ['广州灵山岛尖农业科技有限公司', '农产品网店', 60, '2021-03-01', D('2021-03-01'), '2023.2.28', null, null, null],
    ['广州拾间网络科技有限公司', '代运营服务', 110, '2021-03-22', '2021.3.22', '2023.3.21', null, null, null],
    ['广州珠三角农批电子商务有限公司', '电商平台', 220, '2021-04-12', '2021年4月12日', '2024.4.11', null, null, null],
    ['广州大岗镇新联村股份经济合作社', '农产品网店', 50, '2021-05', '2021年5月', '2023年4月', null, null, null],
    ['广州南沙百香源食品有限公司', '农产品网店', 90, '2021-06-07', D('2021-06-07'), '2023.6.6', null, null, null],
    ['广州速递通快递服务有限公司', '快递物流', 200, '2021-07-01', '2021.7.1', '2024.6.30', null, null, null],
    ['广州红树林文化创意有限公司', '包装设计', 70, '2021-09-06', '2021.9.6', '2023.9.5', null, null, '截至填表日已签约，9月进场'],
  ];
  const rows = [
    ['南沙区农村电子商务产业园（大岗）房屋租赁合同台账', null, null, null, null, null, null, null, null, null],
    ['产业园运营方：广州南农优选电子商务有限公司', null, null, null, null, null, null, '更新：2021.9.10', null, null],
    ['序号', '合同编号', '承租方（入驻企业）', '统一社会信用代码', '行业类别', '租赁面积（㎡）', '租赁起始日', '租赁终止日', '实际退租日期', '备注'],
  ];
  E.forEach((e, i) => rows.push([i + 1, 'NSDG-ZL-' + pad(i + 1, 3), e[0], uscc(), e[1], e[2], e[4], e[5], e[7], e[8]]));
  const inPark = E.filter(e => e[3] <= CUTOFF && !(e[6] && e[6] < CUTOFF)).length;
  rows.push(['合计', null, `共签约${E.length}家，退租2家`, null, null, E.reduce((a, e) => a + e[2], 0), null, null, null, null]);
  rows.push(['注：1.租赁起始日即入驻时间；2.“租赁终止日”为合同约定到期日，不是退租日期；3.实际退租的填“实际退租日期”。', null, null, null, null, null, null, null, null, null]);
  const n = rows.length;
  // pivot summary (not a ledger)
  const byType = {};
  E.forEach(e => { byType[e[1]] = byType[e[1]] || [0, 0]; byType[e[1]][0]++; byType[e[1]][1] += e[2]; });
  const pv = [['行标签', '计数项:承租方（入驻企业）', '求和项:租赁面积（㎡）']];
  Object.keys(byType).sort().forEach(k => pv.push([k, byType[k][0], byType[k][1]]));
  pv.push(['总计', E.length, E.reduce((a, e) => a + e[2], 0)]);
  assert.strictEqual(inPark, 21);
  write('ledgers', 'b27-l2-nansha.json', {
    description: '广州市南沙区农村电商产业园运营方的《房屋租赁合同台账》当入驻企业清单交：合同编号|承租方（入驻企业）|统一社会信用代码|行业类别|租赁面积|租赁起始日|租赁终止日|实际退租日期|备注；入驻时间就是租赁起始日（真日期、2020.07.01、2020/7/20、2020年8月、2020年11月16日混写），“租赁终止日”是合同到期日（多在2022—2025年，不是退出），退出只看“实际退租日期”（一格“—”）；合计行与注；另附数据透视表“按行业汇总”（不是台账）。',
    sheets: [
      { name: '租赁合同台账', rows: padRows(rows), merges: ['A1:J1', 'A2:G2', 'H2:J2', `A${n}:J${n}`] },
      { name: '按行业汇总', rows: padRows(pv) },
    ],
    expect: {
      sheets: {
        '租赁合同台账': { kind: 'enterprises', records: E.map(e => ({ name: e[0], entered: e[3], left: e[6] })) },
        '按行业汇总': { kind: null },
      },
    },
  });
})();

// ---------- c1: 濠江区 whole workbook, one sheet per indicator ("按指标分册") ----------
function tierTraining(pt, pop) { const b = Math.min(pop, 500000); if (pt * 1000 >= b * 10) return 10; if (pt * 1000 >= b * 8) return 8; if (pt * 1000 >= b * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }
function head(no, name, weight, self, std) {
  return [
    [`指标${no}　${name}`, null, null, null, null, null, null],
    ['分值', weight, '自评分', self, '佐证材料', '见本表', null],
    ['评分标准：' + std, null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
  ];
}
const HEAD_MERGES = ['A1:G1', 'A3:G3'];
(function c1() {
  const POP = 332000;
  // ---- villages ----
  const towns = [
    ['达濠街道', ['岩头村', '青篮村', '东湖村', '赤港村'], ['达濠社区']],
    ['马滘街道', ['马滘村', '凤岗村', '下底村', '钱塘村'], ['马滘社区']],
    ['广澳街道', ['广澳村', '澳头村', '洪洲村', '东屿村'], ['广澳社区']],
    ['滨海街道', ['珠浦村', '东山村', '西山村', '南山湾村'], ['滨海社区']],
    ['礐石街道', ['葛园村', '下蓬村', '磊口村'], ['礐石社区', '金砂社区']],
    ['玉新街道', ['玉井村', '新津村', '埭头村'], ['玉新社区']],
    ['河浦街道', ['大洋村', '葛洲村', '河浦村', '华新村', '联沟村', '南山村', '莲塘村', '新乡村'], ['河浦社区']],
  ];
  const POOR = new Set(['大洋村', '葛洲村']);
  const villages = []; // {town, name, admin}
  towns.forEach(([t, vs, cs]) => { vs.forEach(v => villages.push({ town: t, name: v, admin: true })); cs.forEach(c => villages.push({ town: t, name: c, admin: false })); });
  const adminV = villages.filter(v => v.admin);
  assert.strictEqual(adminV.length, 30);
  // ---- stations ----
  const coveredNames = ['岩头村', '青篮村', '东湖村', '马滘村', '凤岗村', '下底村', '广澳村', '澳头村', '洪洲村', '珠浦村', '东山村', '西山村', '葛园村', '下蓬村', '玉井村', '新津村', '大洋村', '葛洲村', '河浦村', '华新村', '联沟村'];
  const openFmt = [
    D('2020-10-15'), '2020.10.28', '2020年11月', D('2020-11-12'), '2020.11.20', '2020.12.3', D('2020-12-18'), '2020年12月', '2021.1.8', D('2021-01-22'),
    '2021.3.5', '2021年3月', D('2021-03-26'), '2021.4.9', '2021.4.23', D('2021-05-14'), D('2020-09-25'), '2020.9.25', '2021.6.11', D('2021-06-30'), '2021.7.16',
  ];
  const toIso = c => {
    if (typeof c === 'object') return c.date;
    let m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(c); if (m) return `${m[1]}-${pad(m[2], 2)}-${pad(m[3], 2)}`;
    m = /^(\d{4})年(\d{1,2})月$/.exec(c); if (m) return `${m[1]}-${pad(m[2], 2)}`;
    throw new Error('fmt ' + c);
  };
  const names = nameFactory(2711), phones = phoneFactory(2712);
  const townOf = Object.fromEntries(villages.map(v => [v.name, v.town]));
  const stations = coveredNames.map((v, i) => ({ town: townOf[v], village: i % 4 === 1 ? v.replace(/村$/, '村委会') : v, name: `濠江区${v}电商服务站`, opened: openFmt[i] }));
  stations.splice(8, 0, { town: '广澳街道', village: '广澳村', name: '广澳村电商服务站（渔港点）', opened: '2021.5.20' }); // second in one village
  stations.splice(14, 0, { town: '达濠街道', village: '达濠社区', name: '达濠社区电商服务站', opened: D('2020-12-01') }); // 社区: not counted
  stations.push({ town: '滨海街道', village: '南山湾村', name: '南山湾村电商服务站', opened: '2021.9.8' }); // after cut-off
  const base = s => s.replace(/村委会$|村民委员会$/, '村');
  const covered = new Set(stations.filter(s => toIso(s.opened) <= CUTOFF && adminV.some(v => v.name === base(s.village))).map(s => base(s.village)));
  const covPoor = [...POOR].filter(p => covered.has(p)).length;
  const covPts = (covered.size * 100 >= adminV.length * 70 ? 5 : covered.size * 100 >= adminV.length * 50 ? 2 : 0) + (covPoor === POOR.size ? 5 : covPoor * 100 >= POOR.size * 80 ? 3 : 0);
  assert.strictEqual(covered.size, 21); assert.strictEqual(covPts, 10);
  // ---- enterprises (park) ----
  const ents = [
    ['汕头濠江海味优选电子商务有限公司', '销售型', D('2020-11-20'), null], ['汕头市达濠鱼丸网店', '销售型', '2020.11.20', null],
    ['汕头市濠江区广澳渔家乐电商部', '销售型', '2020.11.25', null], ['汕头市云濠电商平台科技有限公司', '平台型', D('2020-12-01'), null],
    ['汕头市马滘腐乳食品有限公司（网店）', '销售型', '2020.12.8', null], ['汕头顺丰速运有限公司濠江营业部', '物流企业', '2020.12.15', null],
    ['汕头市中通快递濠江分拨点', '物流企业', D('2020-12-15'), null], ['汕头市礐石山茶业有限公司', '销售型', '2021.1.6', null],
    ['汕头市濠江区青篮海产专业合作社', '销售型', '2021.1.12', null], ['汕头市河浦牛肉丸食品有限公司', '销售型', '2021.1.20', null],
    ['汕头市潮汕好物网络科技有限公司', '平台型', '2021.2.3', null], ['汕头市珠浦紫菜电商有限公司', '销售型', D('2021-02-24'), null],
    ['汕头市濠江区东湖生蚝养殖场（网店）', '销售型', '2021.3.2', null], ['汕头市邮政分公司濠江电商服务中心', '物流企业', '2021.3.10', null],
    ['汕头市广澳湾海产贸易有限公司', '销售型', '2021.3.18', '2021.6.30'], ['汕头市玉新卤味食品有限公司', '销售型', '2021.4.7', null],
    ['汕头市葛洲果蔬配送有限公司', '销售型', D('2021-04-21'), null], ['汕头市濠礐直播文化传媒有限公司', '直播', '2021.5.11', null],
    ['汕头市新津海鲜干货商行', '销售型', '2021.6.2', null], ['汕头市东屿渔具电商有限公司', '销售型', '2021.7.14', null],
    ['汕头市濠江区农特产品展销有限公司', '销售型', '2021.9.1', null],
  ];
  const eIso = c => (c === null ? null : typeof c === 'object' ? c.date : toIso(c));
  const inPark = ents.filter(e => eIso(e[2]) <= CUTOFF && !(e[3] && eIso(e[3]) < CUTOFF));
  const typesIn = new Set(inPark.map(e => e[1]));
  assert.strictEqual(inPark.length, 19);
  const centerPts = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  assert.strictEqual(centerPts, 12);
  Object.assign(module.exports, { c1data: { POP, villages, POOR, stations, covered, covPts, ents, inPark, typesIn, centerPts, names, phones, toIso, eIso } });
})();

// c1 part 2: training, poor persons, funds, logs
(function c1b() {
  const C = module.exports.c1data;
  const r = rng(2721);
  const idf = makeIdFactory(2722, '440512');
  // poor persons: 60; labour & migrant
  const LAB_YES = ['普通劳动力', '技能劳动力'], LAB_NO = ['丧失劳动力', '无劳动力'];
  const persons = [];
  const poorVillages = ['大洋村', '葛洲村', '河浦村', '莲塘村', '新乡村', '联沟村'];
  for (let i = 0; i < 60; i++) {
    const noLab = i % 8 === 3; // 8 rows
    const migrant = !noLab && i % 6 === 5; // 10 rows
    const id = idf();
    persons.push({ name: C.names(), id, village: poorVillages[i % poorVillages.length], labour: !noLab, migrant, labTxt: noLab ? LAB_NO[i % 2] : LAB_YES[i % 2], migTxt: noLab ? null : (migrant ? '外出务工' : '未外出') });
  }
  const elig = persons.filter(p => p.labour && !p.migrant);
  assert.strictEqual(elig.length, 45);
  const inel = persons.filter(p => !(p.labour && !p.migrant));
  // sign-in: session 5 (2020-12-10): 15 eligible + 3 migrant + 2 no-labour = 20
  const s5 = [...elig.slice(0, 15), ...inel.filter(p => p.migrant).slice(0, 3), ...inel.filter(p => !p.labour).slice(0, 2)];
  // session 9 (2021-04-16): 8 new eligible + 6 repeats + 4 non-poor villagers = 18
  const extra = [0, 1, 2, 3].map(() => ({ name: C.names(), id: idf(), village: '华新村' }));
  const s9 = [...elig.slice(15, 23), ...elig.slice(2, 8), ...extra];
  // session 15 (2021-09-15, after cut-off): 5 new eligible + 5 repeats = 10
  const s15 = [...elig.slice(23, 28), ...elig.slice(0, 5)];
  const trainedIds = new Set([...s5, ...s9].map(p => p.id));
  const trained = elig.filter(p => trainedIds.has(p.id)).length;
  assert.strictEqual(trained, 23);
  const poorPts = tierPoor(trained, elig.length);
  assert.strictEqual(poorPts, 10);
  // sessions table: [期次, date cell, iso, 主题, 地点, 人次]
  const sess = [
    [1, '2020.9.24', '2020-09-24', '农村电商基础知识普及', '区电商公共服务中心', 186],
    [2, D('2020-10-16'), '2020-10-16', '网店开设与运营', '区电商公共服务中心', 212],
    [3, '2020.11.5', '2020-11-05', '海产品短视频拍摄', '广澳街道', 238],
    [4, '2020.11.26', '2020-11-26', '直播带货实操', '区电商公共服务中心', 265],
    [5, '2020.12.10', '2020-12-10', '脱贫户电商技能专场', '河浦街道', 20],
    [6, '2020.12.28—12.29', '2020-12-29', '农产品品牌与包装', '区电商公共服务中心', 244],
    [7, D('2021-01-19'), '2021-01-19', '政府干部电商知识培训', '区行政服务中心', 268],
    [8, '2021.3.12', '2021-03-12', '村级站点业务培训', '区电商公共服务中心', 196],
    [9, '2021.4.16', '2021-04-16', '脱贫户电商技能专场（二）', '河浦街道', 18],
    [10, '2021.5.8', '2021-05-08', '跨境电商与海产品出口', '区电商公共服务中心', 257],
    [11, D('2021-06-04'), '2021-06-04', '社群营销', '马滘街道', 263],
    [12, '2021.6.25', '2021-06-25', '农村青年电商创业', '区电商公共服务中心', 279],
    [13, '2021.7.23', '2021-07-23', '直播带货进阶', '达濠街道', 318],
    [14, '2021.8.20', '2021-08-20', '电商客服与售后', '区电商公共服务中心', 308],
    [15, '2021.9.15', '2021-09-15', '脱贫户电商技能专场（三）', '河浦街道', 10],
    [16, '2021.9.24', '2021-09-24', '电商扶贫成果展示与培训', '区电商公共服务中心', 390],
  ];
  assert.strictEqual(sess[4][5], s5.length); assert.strictEqual(sess[8][5], s9.length); assert.strictEqual(sess[14][5], s15.length);
  const ptPre = sess.filter(s => s[2] <= CUTOFF).reduce((a, s) => a + s[5], 0);
  const ptAll = sess.reduce((a, s) => a + s[5], 0);
  const ptPts = tierTraining(ptPre, C.POP);
  assert.strictEqual(ptPts, 8);
  assert.strictEqual(tierTraining(ptAll, C.POP), 10);
  // funds
  const funds = [
    ['2020.10.20', '2020-10-20', '汕头市云濠电商平台科技有限公司', '公共服务中心建设（首期）', 600000, 'ZF-2020-101'],
    ['2020.12.18', '2020-12-18', '汕头市云濠电商平台科技有限公司', '公共服务中心建设（二期）', '450,000.00', 'ZF-2020-127'],
    [D('2021-01-15'), '2021-01-15', '汕头市邮政分公司', '物流配送体系建设（首期）', 520000, 'ZF-2021-008'],
    ['2021.2.5', '2021-02-05', '汕头市云濠电商平台科技有限公司', '村级站点建设（首期）', 380000, 'ZF-2021-015'],
    ['2021.3.30', '2021-03-30', '广东海滨职业培训学校', '电商培训（首期）', 260000, 'ZF-2021-033'],
    [D('2021-04-28'), '2021-04-28', '汕头市云濠电商平台科技有限公司', '村级站点建设（二期）', '312,400.00', 'ZF-2021-047'],
    ['2021.5.26', '2021-05-26', '汕头市潮汕好物网络科技有限公司', '农产品上行及品牌培育', 420000, 'ZF-2021-058'],
    ['2021.6.29', '2021-06-29', '广东海滨职业培训学校', '电商培训（二期）', 240000, 'ZF-2021-071'],
    ['2021.7.27', '2021-07-27', '汕头市邮政分公司', '物流配送体系建设（二期）', 300000, 'ZF-2021-086'],
    ['2021.8.24', '2021-08-24', '汕头市濠江区融媒体中心', '宣传推广', 200000, 'ZF-2021-097'],
    ['2021.9.16', '2021-09-16', '汕头市云濠电商平台科技有限公司', '公共服务中心建设（尾款）', 600000, 'ZF-2021-104'],
  ];
  const num = v => (typeof v === 'number' ? v : Number(String(v).replace(/,/g, '')));
  const spentPre = funds.filter(f => f[1] <= CUTOFF).reduce((a, f) => a + num(f[4]), 0);
  assert.strictEqual(spentPre, 3682400);
  const ALLOC = 5000000;
  assert.ok(spentPre * 100 >= ALLOC * 70);
  // monthly reports: none in 2020-12; [date cell, iso, content, poverty]
  const reps = [
    ['2020.9.30', '2020-09-30', '9月工作进展', '否'], ['2020.10.30', '2020-10-30', '10月工作进展', '否'], [D('2020-11-30'), '2020-11-30', '11月工作进展', '是'],
    ['2021.1.8', '2021-01-08', '12月工作进展（补报）', '是'], ['2021.1.29', '2021-01-29', '1月工作进展', '是'], ['2021.2.26', '2021-02-26', '2月工作进展', '是'],
    ['2021.3.31', '2021-03-31', '3月工作进展', '是'], [D('2021-04-30'), '2021-04-30', '4月工作进展', '是'], ['2021.5.31', '2021-05-31', '5月工作进展', '是'],
    ['2021.6.30', '2021-06-30', '6月工作进展', '是'], ['2021.7.30', '2021-07-30', '7月工作进展', '是'], ['2021.8.31', '2021-08-31', '8月工作进展', '是'],
  ];
  assert.strictEqual(regularity(reps.map(x => x[1])), 'partial');
  const discl = ['2020-09-15', '2020-10-14', '2020-11-13', '2020-12-11', '2021-01-15', '2021-02-09', '2021-03-12', '2021-04-14', '2021-05-13', '2021-06-11', '2021-07-14', '2021-08-13'];
  assert.strictEqual(regularity(discl), 'full');
  const media = [
    ['2020.12.22', '2020-12-22', '汕头日报', '市级', '报纸', '濠江：电商服务站让海产品“游”出渔村'],
    ['2021.3.9', '2021-03-09', '濠江发布', '区级', '网络', '濠江区电商公共服务中心免费培训开班'],
    [D('2021-05-18'), '2021-05-18', '汕头电视台', '市级', '电视', '濠江脱贫户直播卖鱼丸'],
    ['2021.9.10', '2021-09-10', '南方日报', '省级', '报纸', '汕头濠江：农村电商织密服务网'],
  ];
  const mediaPts = (() => { const pre = media.filter(m => m[1] <= CUTOFF).map(m => m[3]); return (pre.includes('省级') ? 4 : 0) + (pre.includes('市级') ? 3 : 0) + (pre.includes('区级') ? 1 : 0); })();
  assert.strictEqual(mediaPts, 4);
  const mats = [['2021.7.20', '2021-07-20', '濠江区“电商+海产”助农经验材料', '汕头市商务局'], ['2021.9.3', '2021-09-03', '濠江区电商进农村示范创建工作总结', '汕头市商务局']];
  Object.assign(C, { persons, elig, s5, s9, s15, extra, trained, poorPts, sess, ptPre, ptAll, ptPts, funds, spentPre, ALLOC, reps, discl, media, mediaPts, mats });
})();

// c1 part 3: sheets + expect
(function c1c() {
  const C = module.exports.c1data;
  const sheets = [];
  const add = (name, rows, merges) => sheets.push({ name, rows: padRows(rows), merges });
  const claimed = { 'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3, 'work.center': 14, 'work.coverage': 10, 'work.upward': 6, 'work.training': 20, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7, 'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 3, 'bonus.poorTraining': 0, 'bonus.tvCase': 0 };
  const claimedTotal = Object.entries(claimed).filter(([k]) => !k.startsWith('bonus')).reduce((a, [, v]) => a + v, 0);
  assert.strictEqual(claimedTotal, 88);
  const TOC = ['1.1组织领导', '1.2方案制定', '1.3政策支持', '1.4项目管理', '2.1中心与产业园', '2.2站点覆盖', '2.3农产品上行', '2.4人才培训', '2.4附1贫困人口', '2.4附2专场签到', '3.1信息公开', '3.2数据上报', '4.1案例总结', '4.2经验推广', '5.1制度建立', '5.2资金台账', '5.3资金支出', '6加分与否决'];
  const cover = [
    ['汕头市濠江区2019年省级电子商务进农村综合示范创建考评材料'], [null], ['（按考评指标分册，每个指标一张工作表）'], [null],
    ['报送单位：汕头市濠江区商务局'], ['考评截止日期：2021年8月31日'], ['自评总分：88分'], [null], ['目　录'],
    ...TOC.map((t, i) => [`${i + 1}．${t}`]),
  ];
  add('封面', cover, []);
  add('1.1组织领导', [...head('1.1', '组织领导', 2, claimed['org.leadership'], '由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）'),
    ['完成情况', null, null, null, null, null, null],
    ['领导小组组长', '区委副书记、区长', null, null, null, null, null],
    ['副组长', '区委常委、副区长', null, null, null, null, null],
    ['成员单位', '区商务局、区财政局、区农业农村和水利局、区乡村振兴局、区交通运输局、各街道办事处', null, null, null, null, null],
    ['成立文件', '濠府办函〔2020〕12号', null, null, null, null, null]], [...HEAD_MERGES, 'B8:G8']);
  add('1.2方案制定', [...head('1.2', '方案制定', 2, claimed['org.plan'], '工作方案因地制宜，可操作性较强（1-2分）'),
    ['完成情况', null, null, null, null, null, null],
    ['示范创建工作方案', '已正式印发', '文号', '濠府办〔2020〕9号', '印发日期', '2020.3.16', null]], HEAD_MERGES);
  add('1.3政策支持', [...head('1.3', '政策支持', 2, claimed['org.policy'], '出台相关政策，且得到较好落实（1-2分）'),
    ['完成情况', null, null, null, null, null, null],
    ['支持政策', '已出台《濠江区支持农村电子商务发展的若干措施》', null, null, null, null, null],
    ['自评说明', '政策已出台，兑现资金较少，自评1分', null, null, null, null, null]], HEAD_MERGES);
  add('1.4项目管理', [...head('1.4', '项目管理', 4, claimed['org.management'], '建立项目管理制度（1-2分）；建立完整工作台账（1-2分）'),
    ['评分项', '分值范围', '自评分', '依据', null, null, null],
    ['项目管理制度', '1-2', 2, '《濠江区电商进农村项目管理办法》', null, null, null],
    ['工作台账', '1-2', 1, '台账部分缺页', null, null, null]], HEAD_MERGES);
  // 2.1
  const eRows = [...head('2.1', '服务体系建设—县级中心与产业园', 15, claimed['work.center'], '中心建成2分、运行满6个月2分、免费培训2分、展示销售1分、摄影美工1分、品牌推广1分、其他增值服务1分、产业园2分、入驻20家以上2分、三种以上类型1分'),
    ['完成情况', null, null, null, null, null, null],
    ['公共服务中心投入运营日期', D('2020-12-18'), null, null, null, null, null],
    ['免费培训场所、设备', '是', null, null, null, null, null],
    ['特色农产品免费展示、销售', '是', null, null, null, null, null],
    ['免费摄影、美工服务', '否', '（外包，按件收费）', null, null, null, null],
    ['农产品统一推广、品牌建设指导', '是', null, null, null, null, null],
    ['其他衍生增值服务', '是', '（代办营业执照、网店开设）', null, null, null, null],
    ['电商产业园', '已建成', '（濠江区电商产业园，达濠街道）', null, null, null, null],
    [null, null, null, null, null, null, null],
    ['附：产业园入驻企业名单', null, null, null, null, null, null],
    ['序号', '企业名称', '企业类型', '入驻时间', '退出时间', '备注', null]];
  const eStart = eRows.length + 1;
  C.ents.forEach((e, i) => eRows.push([i + 1, e[0], e[1], e[2], e[3], null, null]));
  eRows.push(['合计', `${C.ents.length}家`, null, null, null, null, null]);
  add('2.1中心与产业园', eRows, [...HEAD_MERGES, `A${eStart - 2}:G${eStart - 2}`]);
  // 2.2
  const vRows = [...head('2.2', '服务体系建设—村级站点覆盖', 10, claimed['work.coverage'], '行政村覆盖率70%及以上5分，50%-70%（不含）2分；贫困村覆盖率100% 5分，80%-100%（不含）3分'),
    ['基本情况：行政村30个、社区8个；省定贫困村2个（大洋村、葛洲村）。', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['表一　村（居）委会名单', null, null, null, null, null, null],
    ['序号', '街道', '村（居）委会', '性质', '省定贫困村', '快递进村', null]];
  C.villages.forEach((v, i) => vRows.push([i + 1, v.town, v.admin ? (i % 3 === 0 ? v.name.replace(/村$/, '村委会') : v.name) : v.name.replace(/社区$/, '社区居委会'), v.admin ? '村委会' : '居委会', v.admin ? (C.POOR.has(v.name) ? '是' : '否') : '/', '是']));
  vRows.push([null, null, null, null, null, null, null]);
  vRows.push(['表二　村级电商服务站点清单', null, null, null, null, null, null]);
  vRows.push(['序号', '街道', '所在村（居）', '站点名称', '负责人', '联系电话', '挂牌时间']);
  C.stations.forEach((s, i) => vRows.push([i + 1, s.town, s.village, s.name, C.names(), C.phones(), s.opened]));
  vRows.push([`注：站点共${C.stations.length}个；南山湾村站点2021年9月挂牌。`, null, null, null, null, null, null]);
  add('2.2站点覆盖', vRows, [...HEAD_MERGES, 'A5:G5', 'A7:G7', `A${vRows.length}:G${vRows.length}`]);
  // 2.3
  add('2.3农产品上行', [...head('2.3', '农村产品上行', 10, claimed['work.upward'], '调研1-2分；促销1-2分；第三方服务商1分；快递覆盖100% 1分；交易标准及冷链溯源1-2分；2020年网零增速≥30% 2分'),
    ['评分项', '完成情况', '自评分', null, null, null, null],
    ['网销调研及针对性建议', '形成《濠江区农产品网销调研报告》', 2, null, null, null, null],
    ['网络促销活动', '举办“濠江海味节”线上促销1场', 1, null, null, null, null],
    ['专业第三方电商运营或服务商', '有（汕头市云濠电商平台科技有限公司）', 1, null, null, null, null],
    ['行政村物流快递覆盖率', '100%', 1, null, null, null, null],
    ['交易标准、冷链、溯源', '海产品溯源系统试运行', 1, null, null, null, null],
    ['2019年农村网络零售额', '8.2亿元', null, null, null, null, null],
    ['2020年农村网络零售额', '9.9亿元', null, '同比增长', '20.7%', null, null],
    ['2019年农产品网络零售额', '1.25亿元', null, null, null, null, null],
    ['2020年农产品网络零售额', '1.58亿元', 0, '同比增长', '26.4%', null, null]], HEAD_MERGES);
  Object.assign(C, { sheets, add, claimed, claimedTotal });
})();

// c1 part 4: training, info, promo, fund, bonus/veto sheets; expect
(function c1d() {
  const C = module.exports.c1data;
  const { add, claimed } = C;
  const fmtN = n => n.toLocaleString('en-US');
  const tRows = [...head('2.4', '电商人才培训', 20, claimed['work.training'], '培训人次达常住人口1%及以上10分，0.8%-1%（不含）8分，0.6%-0.8%（不含）6分；建档立卡贫困人口培训率50%及以上10分，40%-50%（不含）8分，30%-40%（不含）6分（常住人口超过50万的按50万计）'),
    ['常住人口', '33.2万人', '（七普）', null, null, null, null],
    ['累计培训人次', `${fmtN(C.ptAll)}人次`, null, null, null, null, null],
    ['有劳动能力的建档立卡贫困人口（不含外出务工）', `${C.elig.length}人`, '（区乡村振兴局确认）', null, null, null, null],
    ['参加培训的建档立卡贫困人口', `${C.elig.filter(p => new Set([...C.s5, ...C.s9, ...C.s15].map(q => q.id)).has(p.id)).length}人`, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['期次', '培训时间', '培训主题', '地点', '人次', '备注', null]];
  C.sess.forEach(s => tRows.push([`第${s[0]}期`, s[1], s[3], s[4], s[5], /专场/.test(s[3]) ? '贫困户专场，签到见“2.4附2”' : null, null]));
  tRows.push(['合计', null, null, null, C.ptAll, null, null]);
  add('2.4人才培训', tRows, HEAD_MERGES);
  const trainedStated = C.elig.filter(p => new Set([...C.s5, ...C.s9, ...C.s15].map(q => q.id)).has(p.id)).length;
  assert.strictEqual(trainedStated, 28);
  // poor persons
  const pRows = [['濠江区建档立卡贫困人口名单（区乡村振兴局提供）', null, null, null, null, null, null],
    ['序号', '街道', '村', '姓名', '身份证号', '劳动能力', '务工情况']];
  C.persons.forEach((p, i) => pRows.push([i + 1, '河浦街道', p.village, p.name, p.id, p.labTxt, p.migTxt]));
  add('2.4附1贫困人口', pRows, ['A1:G1']);
  // sign-in
  const sRows = [['贫困户电商技能专场签到表', null, null, null, null, null],
    ['说明：本表为贫困户专场逐人签到，各期人次已计入《2.4人才培训》表，不重复统计。', null, null, null, null, null],
    ['期次', '培训日期', '姓名', '身份证号', '所在村', '联系电话']];
  const addSess = (label, date, list) => list.forEach((p, i) => sRows.push([label, date, p.name, (label === '第9期' && i === 2 && p.id.endsWith('X')) ? p.id.toLowerCase() : p.id, p.village, C.phones()]));
  addSess('第5期', '2020.12.10', C.s5); addSess('第9期', '2021.4.16', C.s9); addSess('第15期', '2021.9.15', C.s15);
  add('2.4附2专场签到', sRows, ['A1:F1', 'A2:F2']);
  // 3.1 disclosure
  const dRows = [...head('3.1', '信息公开', 4, claimed['info.disclosure'], '设立公开专栏且内容全面2分；近一年按月更新2分，不定时更新1分'),
    ['专栏公示创建方案', '是', null, null, null, null, null],
    ['专栏公示项目基本信息', '是', null, null, null, null, null],
    ['专栏公示项目建设进度', '是', null, null, null, null, null],
    ['征求意见或监督举报窗口', '否', '（未设置）', null, null, null, null],
    [null, null, null, null, null, null, null],
    ['序号', '更新日期', '更新内容', null, null, null, null]];
  C.discl.forEach((d, i) => dRows.push([i + 1, i % 3 === 0 ? D(d) : dotted(d), `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月项目建设进度`, null, null, null, null]));
  add('3.1信息公开', dRows, HEAD_MERGES);
  // 3.2 reporting
  const rRows = [...head('3.2', '数据上报', 6, claimed['info.reporting'], '近一年每月报送3分，不定时1分；能统计电商扶贫情况3分'),
    ['能统计电商扶贫情况', '是', null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['序号', '报送日期', '报送内容', '是否含电商扶贫数据', '报送对象', null, null]];
  C.reps.forEach((x, i) => rRows.push([i + 1, x[0], x[2], x[3], '汕头市商务局', null, null]));
  add('3.2数据上报', rRows, HEAD_MERGES);
  // 4.1 / 4.2
  const cRows = [...head('4.1', '案例总结', 2, claimed['promo.cases'], '向市商务局报送经验材料2分'), ['序号', '报送日期', '材料名称', '报送对象', null, null, null]];
  C.mats.forEach((m, i) => cRows.push([i + 1, m[0], m[2], m[3], null, null, null]));
  add('4.1案例总结', cRows, HEAD_MERGES);
  const mRows = [...head('4.2', '经验推广', 8, claimed['promo.media'], '省级及以上媒体4分；市级媒体3分；县级媒体1分'), ['序号', '日期', '媒体', '级别', '形式', '标题', null]];
  C.media.forEach((m, i) => mRows.push([i + 1, m[0], m[2], m[3], m[4], m[5], null]));
  add('4.2经验推广', mRows, HEAD_MERGES);
  // 5.x
  add('5.1制度建立', [...head('5.1', '制度建立', 5, claimed['fund.system'], '建立科学有效的资金管理制度且得到有效落实（1-5分）'),
    ['资金管理制度', '已制定', '《濠江区省级电子商务进农村综合示范专项资金管理办法》（濠商〔2020〕31号）', null, null, null, null]], HEAD_MERGES);
  add('5.2资金台账', [...head('5.2', '资金台账', 5, claimed['fund.ledger'], '项目承建方建立资金专用台账，账目完整（1-5分）'),
    ['资金专用台账', '已建立', '各承建单位专账，见“5.3资金支出”拨付明细', null, null, null, null]], HEAD_MERGES);
  const totalAll = C.funds.reduce((a, f) => a + (typeof f[4] === 'number' ? f[4] : Number(f[4].replace(/,/g, ''))), 0);
  const fRows = [...head('5.3', '资金支出', 5, claimed['fund.spending'], '资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分'),
    ['下达省级专项资金', '500万元', null, null, null, null, null],
    ['累计拨付', `${(totalAll / 10000).toFixed(2)}万元`, null, null, null, null, null],
    ['及时拨付自评', '3分', null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['序号', '拨付日期', '收款单位', '项目', '金额（元）', '凭证号', null]];
  C.funds.forEach((f, i) => fRows.push([i + 1, f[0], f[2], f[3], f[4], f[5], null]));
  fRows.push(['合计', null, null, null, totalAll, null, null]);
  add('5.3资金支出', fRows, HEAD_MERGES);
  add('6加分与否决', [['6　加分项及一票否决项', null, null, null],
    ['项目', '情况', '自评分', '说明'],
    ['建档立卡贫困人口培训率70%及以上（2分）', '否', 0, null],
    ['电商扶贫典型案例获国家级/省级电视媒体播报（2分/1分）', '否', 0, '汕头电视台为市级'],
    ['安全生产、质量事故或重大损失', '无', null, null],
    ['项目总体进度', '85%', null, '总体进度不足40%一票否决'],
    ['弄虚作假', '无', null, null]], ['A1:D1']);
  C.totalAll = totalAll; C.trainedStated = trainedStated;
})();

// c1 part 5: points, derivation, write
(function c1e() {
  const C = module.exports.c1data;
  const fmtN = n => n.toLocaleString('en-US');
  const pct = (a, b) => (a * 100 / b).toFixed(1) + '%';
  const upward = 2 + 1 + 1 + 1 + 1 + 0;
  const training = C.ptPts + C.poorPts;
  const disclosure = 0 + (regularity(C.discl) === 'full' ? 2 : 1);
  const reporting = (regularity(C.reps.map(x => x[1])) === 'full' ? 3 : 1) + 3;
  const spending = C.spentPre * 100 >= C.ALLOC * 70 ? 3 : -5;
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': C.centerPts, 'work.coverage': C.covPts, 'work.upward': upward, 'work.training': training,
    'info.disclosure': disclosure, 'info.reporting': reporting, 'promo.cases': 2, 'promo.media': C.mediaPts,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': spending,
    'bonus.poorTraining': C.trained * 100 >= C.elig.length * 70 ? 2 : 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const total = scored.reduce((a, k) => a + points[k], 0);
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  assert.strictEqual(total, 77);
  const s9lower = C.s9[2].id.endsWith('X');
  const derivation = [
    'org.leadership: 表“1.1组织领导”：组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村和水利局、区乡村振兴局 → 2',
    'org.plan: 表“1.2方案制定”：方案已正式印发（濠府办〔2020〕9号），表头自评分 2 → 2',
    'org.policy: 表“1.3政策支持”：已出台支持政策，表头自评分 1 → 1',
    'org.management: 表“1.4项目管理”：项目管理制度 2 + 工作台账 1 → 3',
    `work.center: 表“2.1中心与产业园”：中心2020-12-18投入运营 ≤ 2021-08-31 → 2，≤ 2021-02-28（满6个月）→ 2；免费培训“是”2、展示销售“是”1、摄影美工“否”0、品牌推广“是”1、其他增值服务“是”1；产业园“已建成”→ 2；附名单${C.ents.length}家，截至8月31日在园${C.inPark.length}家（汕头市广澳湾海产贸易有限公司2021.6.30退出、汕头市濠江区农特产品展销有限公司2021.9.1才入驻）< 20 → 0；在园类型 ${[...C.typesIn].join('/')} ≥ 3 → 1；合计 ${C.centerPts}（自评14）`,
    `work.coverage: 表“2.2站点覆盖”表一：村委会${C.villages.filter(v => v.admin).length}个（居委会8个不计）；表二站点${C.stations.length}个，截止日前挂牌的站点覆盖行政村${C.covered.size}个（广澳村两个站点算一次；达濠社区站点不计；南山湾村站点2021.9.8挂牌不计；“××村委会”与名单同村）→ ${C.covered.size}/30 = 70.0% ≥ 70% → 5；省定贫困村大洋村、葛洲村都有站点 → 2/2 = 100% → 5；合计 ${C.covPts}`,
    `work.upward: 表“2.3农产品上行”：调研自评2 + 促销自评1 + 第三方服务商“有”1 + 快递：名单“快递进村”列行政村全部“是” → 1 + 交易标准冷链溯源自评1 + 增速：农村网零 9.9亿/8.2亿 = +20.7%，农产品网零 1.58亿/1.25亿 = +26.4%，均 < 30% → 0；合计 ${upward}（自评6）`,
    `work.training: 表“2.4人才培训”按期次人次：截止日前14期合计 ${fmtN(C.ptPre)} 人次（第15期2021.9.15的10人次、第16期2021.9.24的390人次不计；表中“${fmtN(C.ptAll)}人次”含这两期；贫困户专场签到人次已含在期次表内，按签到表说明不重复相加）÷ min(332,000, 500,000) = ${(C.ptPre * 100 / 332000).toFixed(2)}%，0.8%–1% → ${C.ptPts}；贫困人口：名单中有劳动能力（普通/技能劳动力）且未外出务工 ${C.elig.length} 人，截止日前专场（第5期、第9期）签到按身份证号匹配 ${C.trained} 人（外出务工3人、丧失/无劳动力2人、非名单人员4人不计；第9期6人重复只算一次${s9lower ? '；一人身份证号末位小写x按X匹配' : ''}；第15期2021.9.15新增5人不计；表中“${C.trainedStated}人”含这5人）→ ${C.trained}/${C.elig.length} = ${pct(C.trained, C.elig.length)} ≥ 50% → ${C.poorPts}；合计 ${training}（自评20）`,
    `info.disclosure: 表“3.1信息公开”：公示方案、项目信息、建设进度“是”，征求意见或监督举报窗口“否（未设置）” → 内容不全 0；更新记录2020年9月至2021年8月每月都有 → 按月 2；合计 ${disclosure}（自评4）`,
    `info.reporting: 表“3.2数据上报”：2020年12月无报送（12月月报2021.1.8补报，计入1月），近一年不是每月都有 → 不定时 1；“能统计电商扶贫情况：是”且记录有“是” → 3；合计 ${reporting}（自评6）`,
    'promo.cases: 表“4.1案例总结”：2021.7.20向汕头市商务局报送经验材料 → 2（2021.9.3那份在截止日后）',
    `promo.media: 表“4.2经验推广”截止日前：汕头日报、汕头电视台（市级）3 + 濠江发布（区级）1；南方日报（省级）2021.9.10在截止日后不计 → ${C.mediaPts}（自评7）`,
    'fund.system: 表“5.1制度建立”：资金管理制度已制定，表头自评分 4 → 4',
    'fund.ledger: 表“5.2资金台账”：资金专用台账已建立，表头自评分 4 → 4',
    `fund.spending: 表“5.3资金支出”拨付明细截止日前合计 ${fmtN(C.spentPre)} 元（2021.9.16的60万元尾款不计；表中“累计拨付${(C.totalAll / 10000).toFixed(2)}万元”含这笔）÷ 5,000,000 = ${pct(C.spentPre, C.ALLOC)} ≥ 70% → 取及时拨付自评 3 → ${spending}`,
    `bonus.poorTraining: 贫困人口培训率 ${C.trained}/${C.elig.length} = ${pct(C.trained, C.elig.length)} < 70% → 0`,
    'bonus.tvCase: 截止日前电视报道只有汕头电视台（市级），无省级或国家级电视播报 → 0',
    'veto.incident: “安全生产、质量事故或重大损失：无” → 0',
    'veto.progress: 项目总体进度85% ≥ 40% → 不否决 → 0',
    'veto.fraud: “弄虚作假：无” → 0',
    `合计: 2+2+1+3+${C.centerPts}+${C.covPts}+${upward}+${training}+${disclosure}+${reporting}+2+${C.mediaPts}+4+4+${spending} = ${total}，加分 ${bonus} → ${total + bonus}；未否决（县自评${C.claimedTotal}分）`,
  ];
  write('counties', 'b27-c1-haojiang.json', {
    description: `汕头市濠江区商务局的整本考评工作簿“按指标分册”：${C.sheets.length}个表，封面目录之后每个评价指标一张工作表（表名“1.1组织领导”…“5.3资金支出”“6加分与否决”，另有“2.4附1贫困人口”“2.4附2专场签到”），每张表顶部是同样的表头块（指标名｜分值｜自评分｜评分标准），下面是该指标的事实和台账：中心事实与产业园入驻企业名单在同一张表；村（居）委会名单和站点清单上下两个表在同一张表；培训期次表带贫困户专场，专场逐人签到另表并注明人次已计入；专栏、月报、案例、报道、资金拨付各在对应指标表里。中等（77分，无加分、未否决；县自评88分）。陷阱：站点覆盖21/30正好70%；入驻企业21家但截至8月31日在园19家；培训含9月两期会从8分变10分；资金、报道、经验材料都有截止日后的条目；专栏内容缺监督举报窗口；12月月报次月补报。`,
    sheets: C.sheets,
    expect: { asOf: CUTOFF, total: total + bonus, bonus, vetoed: false, points, claimed: C.claimed },
    derivation,
  });
})();
