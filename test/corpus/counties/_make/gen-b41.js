'use strict';
// Batch 41 corpus generator (written blind: from README, docs/ledgers.md, docs/scoring-rules.md
// and the official indicator table only). Plain CommonJS, no dependencies, deterministic.
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
const D = (s) => ({ date: s });
function write(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
function widen(rows, n) {
  return rows.map((r) => {
    const out = r.slice();
    while (out.length < n) out.push(null);
    return out;
  });
}
function assert(cond, msg) {
  if (!cond) throw new Error('assertion failed: ' + msg);
}
function pad2(n) {
  return String(n).padStart(2, '0');
}
// 18-digit resident ID with a valid check digit
function idWithCheck(first17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const c = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * w[i];
  return first17 + c[s % 11];
}
function makeId(rnd, prefix, sex /* 'M'|'F' */, yearFrom, yearTo) {
  const y = yearFrom + Math.floor(rnd() * (yearTo - yearFrom + 1));
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  let seq = 100 + Math.floor(rnd() * 899);
  const odd = seq % 2 === 1;
  if ((sex === 'M') !== odd) seq = seq === 999 ? 998 : seq + 1;
  return idWithCheck(prefix + y + pad2(m) + pad2(d) + String(seq).padStart(3, '0'));
}
const SURN = '陈林黄李吴王张刘杨邓梁郑谢罗许何蔡钟冯庞詹方曾彭邱苏温洪朱卢'.split('');
const GIVEN_M = ['国强', '志明', '海生', '建华', '永福', '文辉', '亚勇', '德才', '春生', '家豪', '伟东', '金水', '光明', '锦荣', '振华', '少东', '日新', '宏伟', '木生', '学文'];
const GIVEN_F = ['秀英', '美玲', '丽娟', '亚妹', '桂兰', '玉珍', '小红', '春梅', '惠芳', '晓丽', '彩霞', '燕萍', '金凤', '月娥', '少琼', '丽华', '翠英', '雪梅', '巧玲', '爱莲'];
function makeName(rnd, sex) {
  const s = SURN[Math.floor(rnd() * SURN.length)];
  const g = sex === 'M' ? GIVEN_M : GIVEN_F;
  return s + g[Math.floor(rnd() * g.length)];
}

// =====================================================================================
// F1 蕉岭县 — self-assessment table printed over two pages; page 2 only carries 序号 and
// the clerk's columns, so scores and facts are joined to the indicators through 序号.
// =====================================================================================
function factsJiaoling() {
  const W = 5;
  const rows = [];
  const merges = [];
  const push = (r) => rows.push(r);
  push(['蕉岭县2019年省级电子商务进农村综合示范创建考评自评表']);
  merges.push('A1:E1');
  push(['县（市、区）：蕉岭县', null, '填报单位（盖章）：蕉岭县商务局', '考评截止时间：2021年8月31日', null]);
  merges.push('A2:B2', 'D2:E2');
  push(['序号', '工作任务', '评价指标', '权重（分）', '评分标准（摘要）']);
  const p1 = [
    ['1', '加强组织领导与统筹协调（10分）', '组织领导', 2, '由县政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）；其他不得分'],
    ['2', null, '方案制定', 2, '工作方案因地制宜，可操作性较强（1-2分）'],
    ['3', null, '政策支持', 2, '出台相关政策，且得到较好落实（1-2分）'],
    ['4', null, '项目管理', 4, '见4-1、4-2'],
    ['4-1', null, '项目管理—管理制度', 2, '建立项目管理制度，在建设、验收环节严格落实（1-2分）'],
    ['4-2', null, '项目管理—工作台账', 2, '建立完整工作台账，详细记录项目建设情况（1-2分）'],
    ['5', '深入推动电子商务进农村工作（55分）', '服务体系建设', 25, '见5-1、5-2'],
    ['5-1', null, '县级电商公共服务中心及产业园', 15, '建成中心2分；运行6个月以上2分；免费培训场所2分；免费展示销售1分；免费摄影美工1分；品牌推广1分；其他增值服务1分；产业园2分；入驻20家及以上2分；三种以上类型1分'],
    ['5-2', null, '村级电商服务站点', 10, '行政村覆盖率70%及以上5分，50%-70%（不含）2分；省定贫困村覆盖率100%5分，80%-100%（不含）3分'],
    ['6', null, '农村产品上行', 10, '见6-1至6-6'],
    ['6-1', null, '网销调研', 2, '对当地农产品网络销售进行调研，并形成针对性建议（1-2分）'],
    ['6-2', null, '网络促销', 2, '开展农村产品网络促销活动成效明显（1-2分）'],
    ['6-3', null, '第三方运营', 1, '当地有专业第三方电子商务运营或服务商（1分）'],
    ['6-4', null, '物流快递', 1, '行政村物流快递覆盖率100%（1分）'],
    ['6-5', null, '交易标准及冷链溯源', 2, '有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）'],
    ['6-6', null, '网络零售额增速', 2, '2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）'],
    ['7', null, '电商人才培训', 20, '培训人次达常住人口1%及以上10分，0.8%-1%8分，0.6%-0.8%6分；建档立卡贫困人口培训率50%及以上10分，40%-50%8分，30%-40%6分'],
    ['8', '加强信息公开及报送（10分）', '信息公开', 4, '设立公开专栏且内容全面2分；近一年按月更新2分，不定时更新1分'],
    ['9', null, '数据上报', 6, '近一年每月向市商务局报送3分，不定时1分；能统计电商扶贫情况3分'],
    ['10', '加强宣传推广（10分）', '案例总结', 2, '向市商务局报送经验材料（2分）'],
    ['11', null, '经验推广', 8, '省级及以上媒体4分；市级媒体3分；县级媒体1分'],
    ['12', '加强财政资金管理（15分）', '制度建立', 5, '建立科学有效的资金管理制度且得到有效落实（1-5分）'],
    ['13', null, '资金台账', 5, '项目承建方建立资金专用台账，账目完整（1-5分）'],
    ['14', null, '资金支出', 5, '资金支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分'],
    ['15', '加分项（4分）', '贫困人口培训率', 2, '建档立卡贫困人口培训率70%及以上（2分）'],
    ['16', null, '电视播报', 2, '电商扶贫典型案例获国家级电视媒体播报2分，省级1分（不累加）'],
    ['17', '一票否决项', '安全生产、质量事故', '—', '发生安全生产、质量事故，或造成重大经济损失和社会不良影响'],
    ['18', null, '项目进度', '—', '项目建设进度严重滞后，总体进度不足40%'],
    ['19', null, '弄虚作假', '—', '弄虚作假'],
  ];
  const start = rows.length + 1; // Excel row of first p1 line
  p1.forEach((r) => push(r));
  // vertical merges of 工作任务
  const groupMerge = (fromSeq, toSeq) => {
    const a = start + p1.findIndex((r) => r[0] === fromSeq);
    const b = start + p1.findIndex((r) => r[0] === toSeq);
    merges.push(`B${a}:B${b}`);
  };
  groupMerge('1', '4-2');
  groupMerge('5', '7');
  groupMerge('8', '9');
  groupMerge('10', '11');
  groupMerge('12', '14');
  groupMerge('15', '16');
  groupMerge('17', '19');
  push(['第 1 页　共 2 页']);
  merges.push(`A${rows.length}:E${rows.length}`);
  push([]);
  push(['蕉岭县2019年省级电子商务进农村综合示范创建考评自评表（续表）']);
  merges.push(`A${rows.length}:E${rows.length}`);
  push(['序号', '自评得分', '完成情况', '佐证材料（档案盒号）']);
  const p2 = [
    ['1', 2, '县委副书记、县长任领导小组组长，县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）等19个单位为成员单位', '盒1-1 领导小组文件'],
    ['2', 2, '2020年4月印发《蕉岭县电子商务进农村综合示范县创建工作方案》（蕉府办〔2020〕9号）', '盒1-2'],
    ['3', 1, '出台《蕉岭县促进农村电子商务发展扶持办法（试行）》（蕉府〔2020〕21号），部分奖补条款尚未兑现', '盒1-3'],
    ['4', 4, '4-1、4-2合计', null],
    ['4-1', 2, '制定《蕉岭县电子商务进农村综合示范项目管理办法》，建设、验收按制度执行', '盒1-4'],
    ['4-2', 2, '建立项目建设工作台账，按月更新', '盒1-5'],
    ['5', 23, '5-1、5-2合计', null],
    ['5-1', 13, '县电商公共服务中心于2020年10月28日投入运营；设培训室（电脑40台），可组织电商基础培训；展示厅免费展示销售蕉岭丝苗米、三圳淮山、南礤柿饼等；免费提供摄影、美工服务；组织“长寿蕉岭”区域公用品牌统一推广；提供代运营、金融对接等其他增值服务。整合建成蕉岭县电子商务产业园，入驻企业18家（平台型、销售型、运营服务商、物流4类）', '盒2-1、2-2'],
    ['5-2', 10, '全县行政村97个，已建村级站点覆盖75个（77.3%）；省定贫困村12个，全部覆盖', '盒2-3 站点清单'],
    ['6', 9, '6-1至6-6合计', null],
    ['6-1', 2, '委托嘉应学院完成《蕉岭县农产品网络销售调研报告》并提出建议', '盒3-1'],
    ['6-2', 2, '举办“长寿蕉岭·网上年货节”等网络促销活动6场', '盒3-2'],
    ['6-3', 1, '引进梅州市客商电子商务有限公司作为第三方运营服务商', '盒3-3'],
    ['6-4', 1, '行政村物流快递覆盖率100%（县邮政管理局证明）', '盒3-4'],
    ['6-5', 1, '出台蕉岭丝苗米电商交易标准；冷链、溯源系统尚在建设', '盒3-5'],
    ['6-6', 2, '2020年农村网络零售额5.63亿元，同比增长0.42倍；农产品网络零售额1.87亿元，同比增长28.6%', '盒3-6'],
    ['7', 16, '常住人口19.52万人（七普，户籍人口23.06万人），累计开展电商培训2,146人次（1.10%）；有劳动能力的建档立卡贫困人口（不含外出务工）1,268人，已参训483人（38.1%）', '盒4-1至4-3'],
    ['8', 3, '在县政府门户网站设立“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设立监督举报电话和邮箱；专栏不定期更新', '盒5-1'],
    ['9', 6, '每月10日前向梅州市商务局报送工作进展及统计数据，月报附电商扶贫统计表', '盒5-2'],
    ['10', 2, '2021年6月向梅州市商务局报送《蕉岭县“长寿农品”电商带贫经验》', '盒6-1'],
    ['11', 8, '南方+（省级）、梅州日报（市级）、蕉岭县融媒体中心（县级）均有报道', '盒6-2'],
    ['12', 5, '制定《蕉岭县省级电子商务进农村综合示范专项资金管理办法》，明确支持方向，建立考核问责制度', '盒7-1'],
    ['13', 4, '各承建单位均建立资金专用台账，个别凭证归档不及时', '盒7-2'],
    ['14', 4, '下达省级专项资金500万元，截至2021年8月31日累计拨付386.4万元，支出率77.3%，按建设进度拨付', '盒7-3'],
    ['15', 0, '贫困人口培训率38.1%，未达70%', null],
    ['16', 1, '2021年3月广东广播电视台《广东新闻》播出蕉岭县电商扶贫案例（省级）', '盒6-3'],
    ['17', '—', '未发生安全生产、质量事故', null],
    ['18', '—', '项目总体进度85%', null],
    ['19', '—', '无弄虚作假情况', null],
  ];
  p2.forEach((r) => push(r));
  push(['合计', 90, '其中基本分89分，加分1分', null]);
  push(['单位负责人：钟××　　填表人：古××　　联系电话：0753-7882xxx　　填报日期：2021年9月6日']);
  merges.push(`A${rows.length}:E${rows.length}`);
  push(['第 2 页　共 2 页']);
  merges.push(`A${rows.length}:E${rows.length}`);

  const c = {
    description:
      '蕉岭县（梅州）商务局的考评自评表，按打印分页排在一张表上：第1页是 序号|工作任务|评价指标|权重|评分标准（摘要），第2页“续表”只有 序号|自评得分|完成情况|佐证材料（档案盒号），同一列在两页含义不同（B列上页是工作任务、下页是自评得分），分数和事实要按序号（1…19，含4-1、5-1、6-1…6-6）对回上页的指标；事实都在完成情况句子里。陷阱：“同比增长0.42倍”即增速42%；户籍人口23.06万在常住人口括号里；5-1自评13分（入驻企业18家）；“5”“4”“6”行是合计；评分标准里的70%、1%、20家是门槛。',
    sheets: [{ name: '自评表（打印版）', rows: widen(rows, W), merges }],
    expect: {
      facts: {
        county: '蕉岭县',
        asOf: '2021-08-31',
        residentPopulation: 195200,
        adminVillagesStated: 97,
        poorVillagesStated: 12,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 563000000,
        ruralRetailGrowthStated: 0.42,
        agriRetail2020: 187000000,
        agriRetailGrowthStated: 0.286,
        trainingPersonTimesStated: 2146,
        eligiblePoorPersonsStated: 1268,
        trainedPoorPersonsStated: 483,
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
        'org.plan': 2,
        'org.policy': 1,
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
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 1,
        'org.management': 4,
        'work.center': 13,
        'work.coverage': 10,
        'work.upward': 9,
        'work.training': 16,
        'info.disclosure': 3,
        'info.reporting': 6,
        'promo.cases': 2,
        'promo.media': 8,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
        'bonus.poorTraining': 0,
        'bonus.tvCase': 1,
      },
    },
  };
  // self-check: claimed adds up to the typed total
  const base = Object.entries(c.expect.claimed).filter(([k]) => !k.startsWith('bonus')).reduce((s, [, v]) => s + v, 0);
  assert(base === 89, 'jiaoling base ' + base);
  write('facts', 'b41-f1-jiaoling.json', c);
}

// =====================================================================================
// F2 平远县 — 情况汇总: each section is one row; the labels of a section are the lines of
// one cell (Alt+Enter), the values are the lines of the next cell, line by line; the
// self-assessment below is laid out the same way, with group subtotals typed as formulas
// into a text-formatted column (they show as "=2+2+1+3").
// =====================================================================================
function factsPingyuan() {
  const W = 6;
  const rows = [];
  const merges = [];
  const push = (r) => rows.push(r);
  const L = (...a) => a.join('\n');
  push(['平远县电子商务进农村综合示范创建情况汇总']);
  merges.push('A1:F1');
  push(['填报单位：平远县商务局（电商股）', null, null, '填报时间：2021.9.3', null, null]);
  merges.push('A2:C2', 'D2:F2');
  push(['序号', '类别', '事项', '情况', '说明', null]);
  const sec = [
    ['一', '基本情况',
      L('县（市、区）', '考评截止日期', '常住人口', '行政村', '社区', '省定贫困村'),
      L('平远县', '2021.8.31', '20.37万人', '128个', '12个', '26个'),
      L('', '', '第七次全国人口普查（户籍人口26.3万人）', '', '居委会，不计入行政村', '已全部出列')],
    ['二', '组织保障',
      L('领导小组组长', '成员单位', '示范县工作方案', '扶持政策'),
      L('县委副书记、县长', '县商务局、县财政局、县农业农村局、县乡村振兴局等16个单位', '已印发', '已出台'),
      L('平府办〔2020〕14号', '', '平府办〔2020〕21号', '《平远县促进农村电子商务发展若干措施》平府〔2020〕37号')],
    ['三', '服务体系',
      L('县级中心投入运营', '免费培训场所及设备', '免费展示、销售', '免费摄影、美工', '统一推广、品牌建设', '其他衍生增值服务', '电商产业园', '产业园入驻企业', '第三方运营服务商'),
      L('2020年12月', '有', '有', '无（收费，按成本价）', '有', '有', '已建成', '21家', '有'),
      L('', '培训室60座', '平远脐橙、慈橙、仁居稻米等', '', '“平远好物”区域公用品牌', '代运营、网店开设、金融对接', '与中心同址', '平台型、销售型、运营服务商、物流', '梅州市平远电商运营有限公司')],
    ['四', '站点与物流',
      L('村级站点', '覆盖行政村', '覆盖省定贫困村', '行政村快递覆盖率'),
      L('103个', '96个', '26个', '100%'),
      L('含社区站点7个', '96/128=75%', '全覆盖', '县邮政管理局证明')],
    ['五', '农村产品上行',
      L('2019年农村网络零售额', '2020年农村网络零售额', '同比增长', '2019年农产品网络零售额', '2020年农产品网络零售额', '同比增长'),
      L('2.86亿元', '3.47亿元', '21.3%', '8,460万元', '1.12亿元', '32.4%'),
      L('省商务厅提供', '', '', '', '', '')],
    ['六', '人才培训',
      L('累计培训人次', '有劳动能力贫困人口（不含外出务工）', '参训贫困人口'),
      L('2,215人次', '1,432人', '736人'),
      L('截至8月31日', '县乡村振兴局确认', '逐人比对身份证号')],
    ['七', '信息公开与报送',
      L('专栏公示创建方案', '专栏公示项目基本信息', '专栏公示项目建设进度', '征求意见/监督举报窗口', '电商扶贫统计'),
      L('√', '√', '√', '×', '√'),
      L('', '', '每月更新', '拟9月增设', '月报附表')],
    ['八', '资金',
      L('下达省级专项资金', '累计拨付', '资金管理制度', '资金专用台账', '项目总体进度'),
      L('500万元', '3,612,800元', '已制定', '已建立', '82%'),
      L('梅市财工〔2019〕60号', '截至8月31日', '', '各承建单位', '')],
    ['九', '一票否决',
      L('安全生产、质量事故', '弄虚作假'),
      L('无', '无'),
      L('', '')],
  ];
  sec.forEach((r) => {
    push([r[0], r[1], r[2], r[3], r[4], null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  });
  merges.push('E3:F3');
  push([]);
  push(['十、自评得分']);
  merges.push(`A${rows.length}:F${rows.length}`);
  push(['序号', '工作任务', '评价指标', '自评得分', '说明', '小计（分）']);
  const sc = [
    ['（一）', '加强组织领导与统筹协调（10分）',
      L('组织领导', '方案制定', '政策支持', '项目管理'),
      L('2', '2', '1', '3'),
      L('', '', '政策兑现不到位', '制度2分、台账1分'),
      '=2+2+1+3'],
    ['（二）', '深入推动电子商务进农村工作（55分）',
      L('服务体系建设—县级中心及产业园', '服务体系建设—村级站点', '农村产品上行', '电商人才培训'),
      L('14', '10', '9', '20'),
      L('摄影美工收费扣1分', '96/128=75%；贫困村26/26', '调研2、促销2、第三方1、快递1、标准溯源1、增速2', '培训1.09%；贫困人口51.4%'),
      '=14+10+9+20'],
    ['（三）', '加强信息公开及报送（10分）',
      L('信息公开', '数据上报'),
      L('2', '6'),
      L('缺监督举报窗口；按月更新', '每月报送，含扶贫统计'),
      '=2+6'],
    ['（四）', '加强宣传推广（10分）',
      L('案例总结', '经验推广'),
      L('2', '7'),
      L('', '省级4+市级3'),
      '=2+7'],
    ['（五）', '加强财政资金管理（15分）',
      L('制度建立', '资金台账', '资金支出'),
      L('5', '5', '4'),
      L('', '', '支出率72.3%'),
      '=5+5+4'],
    ['（六）', '加分项',
      L('贫困人口培训率≥70%', '电商扶贫案例电视播报'),
      L('0', '0'),
      L('51.4%', '无'),
      '=0+0'],
  ];
  sc.forEach((r) => push(r));
  push(['自评总分', null, null, 92, null, '=SUM(F15:F20)']);
  merges.push(`A${rows.length}:C${rows.length}`);
  push(['经办：电商股 姚××　审核：谢××']);
  merges.push(`A${rows.length}:F${rows.length}`);
  // the SUM text refers to the subtotal rows; keep it honest
  const first = rows.findIndex((r) => r[0] === '（一）') + 1;
  const last = rows.findIndex((r) => r[0] === '（六）') + 1;
  rows[rows.length - 2][5] = `=SUM(F${first}:F${last})`;

  const c = {
    description:
      '平远县（梅州）商务局电商股的《情况汇总》：每一节只占一行，“事项”格里用单元格内换行列出几项标签，“情况”格里逐行对应写值（第n行对第n行），“说明”格也逐行对应（空行占位）；下面“十、自评得分”同样一格多行（评价指标｜自评得分｜说明逐行对应），项目管理的两项判断分只写在说明里（“制度2分、台账1分”），“小计（分）”列设成了文本格式，公式显示为“=2+2+1+3”“=SUM(F16:F21)”文字。陷阱：户籍人口26.3万、社区12个在说明里；免费摄影美工“无（收费，按成本价）”；监督举报窗口“×”；村级站点103个/覆盖96个不是输入。',
    sheets: [{ name: '情况汇总', rows: widen(rows, W), merges }],
    expect: {
      facts: {
        county: '平远县',
        asOf: '2021-08-31',
        residentPopulation: 203700,
        adminVillagesStated: 128,
        poorVillagesStated: 26,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 286000000,
        ruralRetail2020: 347000000,
        ruralRetailGrowthStated: 0.213,
        agriRetail2019: 84600000,
        agriRetail2020: 112000000,
        agriRetailGrowthStated: 0.324,
        trainingPersonTimesStated: 2215,
        eligiblePoorPersonsStated: 1432,
        trainedPoorPersonsStated: 736,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3612800,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.82,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 2,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 5,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 1,
        'org.management': 3,
        'work.center': 14,
        'work.coverage': 10,
        'work.upward': 9,
        'work.training': 20,
        'info.disclosure': 2,
        'info.reporting': 6,
        'promo.cases': 2,
        'promo.media': 7,
        'fund.system': 5,
        'fund.ledger': 5,
        'fund.spending': 4,
        'bonus.poorTraining': 0,
        'bonus.tvCase': 0,
      },
    },
  };
  // line alignment self-check
  for (const r of rows) {
    if (typeof r[2] === 'string' && typeof r[3] === 'string' && r[2].includes('\n')) {
      const n = r[2].split('\n').length;
      assert(r[3].split('\n').length === n, 'pingyuan values lines ' + r[0]);
      if (typeof r[4] === 'string') assert(r[4].split('\n').length === n, 'pingyuan notes lines ' + r[0]);
    }
  }
  const total = Object.values(c.expect.claimed).reduce((s, v) => s + v, 0);
  assert(total === 92, 'pingyuan total ' + total);
  write('facts', 'b41-f2-pingyuan.json', c);
}

// =====================================================================================
// F3 饶平县 — 基础数据表（审核稿）: the table keeps the first-filled values; the reviewers'
// Excel comments were copied below the table as a list keyed by cell address (C8, D24…),
// each with the clerk's reply and whether it was adopted.
// =====================================================================================
function factsRaoping() {
  const W = 6;
  const rows = [];
  const merges = [];
  const push = (r) => rows.push(r);
  const at = {}; // key -> Excel row number
  push(['饶平县电子商务进农村综合示范创建考评基础数据表（审核稿）']);
  merges.push('A1:F1');
  push(['县（市、区）：饶平县', null, null, '填报单位：饶平县商务局', null, null]);
  merges.push('A2:C2', 'D2:F2');
  push(['序号', '指标', '填报值', '单位', '数据来源', '备注']);
  let n = 0;
  const sect = (t) => {
    push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const item = (key, label, value, unit, src, note) => {
    n += 1;
    push([n, label, value, unit === undefined ? null : unit, src === undefined ? null : src, note === undefined ? null : note]);
    if (key) at[key] = rows.length;
  };
  sect('一、基本情况');
  item('county', '县（市、区）', '饶平县', null, null);
  item('asOf', '考评截止日期', D('2021-08-31'), null, '粤商务电函〔2021〕101号');
  item('pop', '常住人口', 88.24, '万人', '县统计局', '见批注');
  item('vill', '行政村个数', 365, '个', '县民政局', '另有社区（居委会）47个');
  item('poorv', '省定贫困村个数', 23, '个', '县乡村振兴局');
  sect('二、组织保障');
  item('lead', '领导小组组长', '县委常委、常务副县长', null, '饶府办〔2020〕11号', '见批注');
  item('dept', '成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局等', null, null);
  item('plan', '示范县工作方案', '已印发', null, '饶府办〔2020〕16号');
  item('policy', '支持农村电商发展政策', '已出台', null, '饶府〔2020〕42号');
  sect('三、服务体系');
  item('center', '县级电商公共服务中心投入运营时间', '2020年11月2日', null, '县商务局', '见批注');
  item('train', '有免费培训场所、培训设备', '是', null, null);
  item('display', '为特色农产品提供免费展示、销售', '是', null, null, '单丛茶、青梅、狮头鹅');
  item('photo', '提供免费摄影、美工服务', '是', null, null, '见批注');
  item('brand', '统一推广、品牌建设', '是', null, null, '“饶平单丛”');
  item('other', '其他衍生增值服务', '否', null, null);
  item('park', '电商产业园', '已建成', null, null, '黄冈镇，整合原物流园');
  item('third', '第三方运营服务商', '有', null, null, '潮州市饶城电子商务有限公司');
  item('express', '行政村物流快递覆盖率', 98.6, '%', '县邮政管理局', '5个海岛、山区村未通');
  sect('四、农村产品上行');
  item('r19', '2019年农村网络零售额', 14.6, '万元', '省商务厅', '见批注');
  item('r20', '2020年农村网络零售额', 18.3, '亿元', '省商务厅');
  item('rg', '农村网络零售额同比增速', 25.3, '%', '省商务厅');
  item('a19', '2019年农产品网络零售额', 4.12, '亿元', '省商务厅');
  item('a20', '2020年农产品网络零售额', 5.58, '亿元', '省商务厅');
  item('ag', '农产品网络零售额同比增速', 35.4, '%', '省商务厅');
  sect('五、人才培训');
  item('pt', '电商培训人次', '5,236', '人次', '县电商中心', '见批注');
  item('elig', '有劳动能力的建档立卡贫困人口数（不含外出务工）', '3,871', '人', '县乡村振兴局', '见批注');
  item('trained', '参加培训的建档立卡贫困人口数', '1,402', '人', '县电商中心');
  sect('六、信息公开及报送');
  item('dp', '专栏公示创建方案', '是', null, '县政府网');
  item('dj', '专栏公示项目基本信息', '是', null, '县政府网');
  item('dg', '专栏公示项目建设进度', '是', null, '县政府网');
  item('dw', '专栏设立征求意见或监督举报窗口', '是', null, '县政府网');
  item('ps', '能统计电商扶贫情况', '是', null, null);
  sect('七、资金');
  item('fa', '下达省级专项资金', 500, '万元', '县财政局');
  item('fs', '累计拨付资金', 412.6, '万元', '县财政局', '见批注');
  item('fsys', '资金管理制度', '已制定', null, null);
  item('fled', '资金专用台账', '已建立', null, null);
  item('prog', '项目总体进度', 86, '%', null);
  sect('八、一票否决');
  item('vi', '发生安全生产、质量事故或重大损失', '无', null, null);
  item('vf', '弄虚作假', '无', null, null);
  sect('九、主观评分项自评');
  item('j1', '方案制定（1-2分）', 2, '分', null);
  item('j2', '政策支持（1-2分）', 2, '分', null);
  item('j3', '项目管理制度（1-2分）', 2, '分', null);
  item('j4', '工作台账（1-2分）', 2, '分', null);
  item('j5', '网销调研（1-2分）', 2, '分', null);
  item('j6', '网络促销活动（1-2分）', 2, '分', null, '见批注');
  item('j7', '交易标准与冷链溯源（1-2分）', 1, '分', null);
  item('j8', '资金管理制度（1-5分）', 5, '分', null);
  item('j9', '资金台账（1-5分）', 4, '分', null, '见批注');
  item('j10', '资金及时拨付（1-5分）', 4, '分', null);
  push(['填报人：蔡××　　审核人：詹××　　填报日期：2021年9月2日']);
  merges.push(`A${rows.length}:F${rows.length}`);
  push([]);
  push(['审核批注汇总（Excel批注打印不显示，逐条抄录如下；“处理”栏为最终结果）']);
  merges.push(`A${rows.length}:F${rows.length}`);
  push(['序号', '单元格', '批注人', '批注内容', '经办人回复', '处理']);
  const notes = [
    [`C${at.pop}`, '县统计局 黄××', '常住人口请统一用第七次全国人口普查数85.71万人，88.24万人是2019年末年报推算数', '同意', '已采纳，以批注为准'],
    [`C${at.lead}`, '县政府办 许××', '领导小组已于2021年1月调整，组长为县委副书记、县长（饶府办〔2021〕5号）', '同意', '已采纳，以批注为准'],
    [`C${at.center}`, '市商务局初审', '2020年11月2日为试运营，正式投入运营为2020年12月18日（开业仪式），请按正式运营时间填', '同意', '已采纳，以批注为准'],
    [`C${at.photo}`, '市商务局初审', '摄影、美工是否免费？请核实', '经核实，中心摄影棚、美工对电商主体免费', '核实无误，维持原值'],
    [`D${at.r19}`, '市商务局初审', '单位应为亿元（14.6万元明显有误）', '同意', '已采纳，以批注为准'],
    [`C${at.pt}`, '市商务局初审', '培训人次是否含线上？', '含线上直播实名签到1,036人次，已在台账逐人登记', '核实无误，维持原值'],
    [`C${at.elig}`, '县乡村振兴局 郑××', '3,871人含外出务工745人，不含外出务工应为3,126人', '同意', '已采纳，以批注为准'],
    [`C${at.fs}`, '县财政局 吴××', '按国库支付系统，截至8月31日累计拨付4,086,300元；412.6万元含9月2日支付的3.97万元', '同意', '已采纳，以批注为准'],
    [`C${at.j6}`, '局长', '网络促销活动成效一般，建议改为1分', '同意', '已采纳，以批注为准'],
    [`C${at.j9}`, '局长', '资金台账自评4分偏高，建议3分', '各承建单位台账完整、凭证齐全，维持4分', '未采纳，维持原值'],
  ];
  notes.forEach((r, i) => push([i + 1, ...r]));
  push(['注：批注中“已采纳”的，表内数值未再改动，以批注为准。']);
  merges.push(`A${rows.length}:F${rows.length}`);

  // cell-address self-check
  assert(rows[at.pop - 1][2] === 88.24, 'raoping pop addr');
  assert(rows[at.r19 - 1][3] === '万元', 'raoping r19 addr');
  assert(rows[at.j9 - 1][2] === 4, 'raoping j9 addr');

  const c = {
    description:
      '饶平县（潮州）商务局《考评基础数据表（审核稿）》：序号|指标|填报值|单位|数据来源|备注，表内保留初填值；各审核人在Excel里加的批注打印不出来，经办人把它们抄在表下“审核批注汇总”里，按单元格地址（C7、C11、D26…）指到表内某格，每条有经办人回复和“处理”（已采纳，以批注为准／核实无误或未采纳，维持原值）。读法：已采纳的以批注值为准（常住人口85.71万、组长改县委副书记县长、中心正式运营2020年12月18日、2019年农村网零单位改亿元、有劳动能力贫困人口3,126、累计拨付4,086,300元、网络促销改1分），未采纳的维持表内值。陷阱：快递覆盖率98.6%不是100%；社区47个在备注。',
    sheets: [{ name: '基础数据（审核稿）', rows: widen(rows, W), merges }],
    expect: {
      facts: {
        county: '饶平县',
        asOf: '2021-08-31',
        residentPopulation: 857100,
        adminVillagesStated: 365,
        poorVillagesStated: 23,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 1460000000,
        ruralRetail2020: 1830000000,
        ruralRetailGrowthStated: 0.253,
        agriRetail2019: 412000000,
        agriRetail2020: 558000000,
        agriRetailGrowthStated: 0.354,
        trainingPersonTimesStated: 5236,
        eligiblePoorPersonsStated: 3126,
        trainedPoorPersonsStated: 1402,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4086300,
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
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
  write('facts', 'b41-f3-raoping.json', c);
}

// =====================================================================================
// L1 惠来县 — ① the e-commerce desk's outgoing-document register (发文登记簿): only what
// was sent (主送) to 揭阳市商务局 is a report; notices to towns, letters to the finance
// bureau, reports to the county government and a voided number are not. ② the half-year
// station performance appraisal sheet used as the station list. ③ appraisal rules (not a
// ledger).
// =====================================================================================
function ledgersHuilai() {
  // ---------- ① 发文登记
  const r1 = [];
  const m1 = [];
  r1.push(['惠来县商务局电商股发文登记簿（电子商务进农村综合示范）']);
  m1.push('A1:I1');
  r1.push(['登记人：方××', null, null, null, null, null, '登记期间：2020年8月—2021年9月', null, null]);
  m1.push('G2:I2');
  r1.push(['登记号', '发文字号', '文件标题', '主送单位', '抄送单位', '签发人', '发文日期', '附件', '备注']);
  const docs = [
    // [no, 文号, 标题, 主送, 抄送, 签发, 日期cell, 附件, 备注, recordDate|null, poverty]
    ['2020-01', '惠商务〔2020〕41号', '关于报送2020年7月份电子商务进农村综合示范工作进展情况的报告', '揭阳市商务局', '县人民政府办公室', '陈××', D('2020-08-07'), '工作进展表', null, '2020-08-07', null],
    ['2020-02', '惠商务〔2020〕43号', '关于印发《惠来县村级电子商务服务站点建设验收办法》的通知', '各镇人民政府', '县财政局', '陈××', '2020.8.20', '验收办法', null, null, null],
    ['2020-03', '惠商务〔2020〕48号', '关于报送8月份工作进展及电商扶贫统计数据的报告', '揭阳市商务局', null, '陈××', '2020.9.8', '工作进展表；电商扶贫统计表', null, '2020-09-08', true],
    ['2020-04', '惠商务〔2020〕52号', '关于报送9月份电子商务进农村综合示范工作进展情况的报告', '揭阳市商务局', null, '陈××', '2020年10月12日', '工作进展表', null, '2020-10-12', null],
    ['2020-05', '惠商务函〔2020〕19号', '关于商请拨付第二批村级站点建设资金的函', '县财政局', null, '陈××', '2020/10/26', '验收报告', null, null, null],
    ['2020-06', '惠商务〔2020〕57号', '（空号）', null, null, null, '2020.11.3', null, '此号作废', null, null],
    ['2020-07', '惠商务〔2020〕58号', '关于报送10月份工作进展及电商扶贫统计数据的报告', '揭阳市商务局', null, '林××', '20201110', '工作进展表；电商扶贫统计表', '陈局出差，林副局长代签', '2020-11-10', true],
    ['2020-08', '惠商务〔2020〕63号', '关于报送11月份电子商务进农村综合示范工作进展情况的报告', '揭阳市商务局、揭阳市财政局', null, '陈××', '2020.12.9', '工作进展表', null, '2020-12-09', null],
    ['2021-01', '惠商务〔2021〕2号', '关于报送12月份及全年工作进展和电商扶贫统计数据的报告', '揭阳市商务局', '县人民政府办公室', '陈××', '2021年1月8日', '工作进展表；全年电商扶贫统计表', null, '2021-01-08', true],
    ['2021-02', '惠商务〔2021〕5号', '关于我县电子商务进农村综合示范工作情况的汇报', '县人民政府', null, '陈××', '2021.1.20', null, '县政府常务会议材料', null, null],
    ['2021-03', '惠商务〔2021〕9号', '关于报送2021年1月份工作进展情况的报告', '揭阳市商务局', null, '陈××', D('2021-02-05'), '工作进展表', null, '2021-02-05', null],
    ['2021-04', '惠商务〔2021〕14号', '关于报送2月份工作进展情况的报告', '揭阳市商务局', null, '陈××', '2021.3.9', '工作进展表', null, '2021-03-09', null],
    ['2021-05', '（便函）', '关于报送2021年一季度电商扶贫数据的报告', '揭阳市商务局', null, '林××', '2021.3.24', '电商扶贫统计表', '电商股便函，无文号', '2021-03-24', true],
    ['2021-06', '惠商务〔2021〕20号', '关于报送3月份工作进展情况的报告', '揭阳市商务局', null, '陈××', '2021年4月9日', '工作进展表', null, '2021-04-09', null],
    ['2021-07', '惠商务〔2021〕26号', '关于报送4月份工作进展情况的报告', '揭阳市商务局', null, '陈××', '2021/5/11', '工作进展表', null, '2021-05-11', null],
    ['2021-08', '惠商务〔2021〕27号', '关于召开村级电商站点运营培训会的通知', '各镇人民政府、各村级站点', null, '陈××', '2021.5.12', null, null, null, null],
    ['2021-09', '惠商务〔2021〕31号', '关于报送5月份工作进展及电商扶贫统计数据的报告', '揭阳市商务局', null, '陈××', '2021.6.8', '工作进展表；电商扶贫统计表', null, '2021-06-08', true],
    ['2021-10', '惠商务〔2021〕36号', '关于报送6月份工作进展情况的报告', '揭阳市商务局', null, '陈××', D('2021-07-09'), '工作进展表', null, '2021-07-09', null],
    ['2021-11', '惠商务〔2021〕41号', '关于报送7月份工作进展情况的报告', '揭阳市商务局', null, '陈××', '2021.8.10', '工作进展表', null, '2021-08-10', null],
    ['2021-12', '惠商务〔2021〕44号', '关于报送电子商务进农村综合示范创建考评自评材料的请示', '县人民政府', null, '陈××', '2021.8.30', '自评报告', null, null, null],
    ['2021-13', '惠商务〔2021〕46号', '关于报送8月份工作进展及电商扶贫统计数据的报告', '揭阳市商务局', null, '陈××', '2021.9.7', '工作进展表；电商扶贫统计表', null, '2021-09-07', true],
  ];
  const reportRecords = [];
  for (const d of docs) {
    r1.push(d.slice(0, 9));
    if (d[9]) {
      const rec = { date: d[9] };
      if (d[10] === true) rec.poverty = true;
      reportRecords.push(rec);
    }
  }
  r1.push(['注：本簿只登记电商股发文；主送揭阳市商务局的月报同时通过粤政易报送，纸质件存档。']);
  m1.push(`A${r1.length}:I${r1.length}`);

  // ---------- ② 站点考核
  const r2 = [];
  const m2 = [];
  r2.push(['惠来县2021年上半年村级电子商务服务站点运营考核评分表']);
  m2.push('A1:L1');
  r2.push(['考核时间：2021年7月5日—9日', null, null, null, null, '考核单位：县商务局、县电商公共服务中心（运营方）', null, null, null, null, null, null]);
  m2.push('A2:E2', 'F2:L2');
  r2.push(['序号', '站点名称', '所在镇', '所在村', '挂牌时间', '考核得分', null, null, null, null, '考核等次', '备注']);
  r2.push([null, null, null, null, null, '服务功能（30）', '代购代销（30）', '物流收发（20）', '宣传培训（20）', '总分', null, null]);
  m2.push('F3:J3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'K3:K4', 'L3:L4');
  const grade = (t) => (t >= 85 ? '优秀' : t >= 70 ? '合格' : '不合格');
  const towns = [
    ['葵潭镇', [
      ['葵潭镇大陇村电商服务站', '大陇村委', '2020.6.18', '2020-06-18', [27, 26, 18, 16]],
      ['葵潭镇新村村电商服务站', '新村村民委员会', D('2020-06-18'), '2020-06-18', [25, 24, 17, 15]],
      ['葵潭镇青山村电商服务站', '青山村', '2020年9月', '2020-09', [22, 20, 16, 14]],
    ]],
    ['隆江镇', [
      ['隆江镇孔美村电商服务站', '孔美村', '2020.7.2', '2020-07-02', [28, 27, 18, 17]],
      ['隆江镇溪东村电商服务站', '溪东村委会', '20200715', '2020-07-15', [24, 25, 16, 15]],
      ['隆江镇华清村电商服务站', '华清村', '2021年7月20日', '2021-07-20', null, '2021年7月新建，不参与本期考核'],
    ]],
    ['靖海镇', [
      ['靖海镇资深村电商服务站', '资深村', '2020/8/3', '2020-08-03', [26, 24, 19, 16]],
      ['靖海镇靖海社区电商服务点', '靖海社区', '2020.8.3', '2020-08-03', [20, 18, 15, 12]],
      ['靖海镇港寮村电商服务站', '港寮村', '2020年8月3日', '2020-08-03', [16, 14, 12, 9], '限期整改（9月底前复核）'],
    ]],
    ['神泉镇', [
      ['神泉镇南海村电商服务站', '南海村', '2020.9.10', '2020-09-10', [27, 28, 19, 18]],
      ['神泉镇后湖村电商服务站', '后湖村委', '2020.9.10', '2020-09-10', [23, 22, 17, 13]],
    ]],
    ['东陇镇', [
      ['东陇镇福山村电商服务站', '福山村', '2020年10月16日', '2020-10-16', [25, 23, 18, 15]],
      ['东陇镇溪墘村电商服务站', '溪墘村', D('2020-10-16'), '2020-10-16', [26, 25, 17, 16]],
    ]],
    ['周田镇', [
      ['周田镇新楼村电商服务站', '新楼村', '2020.11.5', '2020-11-05', [24, 22, 16, 14]],
      ['周田镇吉水村电商服务站', '吉水村', '2021.8.26', '2021-08-26', null, '新建，不参与本期考核'],
    ]],
    ['岐石镇', [
      ['岐石镇岐石村电商服务站', '岐石村', '2020.12.1', '2020-12-01', [25, 26, 18, 17]],
      ['岐石镇南阳村电商服务站', '南阳村委会', '2021.3.15', '2021-03-15', [21, 19, 15, 13]],
    ]],
  ];
  const stationRecords = [];
  let seq = 0;
  let all = [];
  for (const [town, list] of towns) {
    const totals = [];
    for (const s of list) {
      seq += 1;
      const village = s[1].replace(/村民委员会$|村委会$|村委$/, '村');
      stationRecords.push({ village, opened: s[3] });
      if (s[4]) {
        const t = s[4].reduce((a, b) => a + b, 0);
        totals.push(t);
        all.push(t);
        r2.push([seq, s[0], town, s[1], s[2], ...s[4], t, grade(t), s[5] || null]);
      } else {
        r2.push([seq, s[0], town, s[1], s[2], '—', '—', '—', '—', '—', '—', s[5] || null]);
      }
    }
    const avg = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10;
    r2.push([null, `${town}小计（${list.length}个站点，参考核${totals.length}个）`, null, null, null, null, null, null, null, avg, '平均分', null]);
    m2.push(`B${r2.length}:I${r2.length}`);
  }
  const allAvg = Math.round((all.reduce((a, b) => a + b, 0) / all.length) * 10) / 10;
  r2.push([null, '全县合计（站点' + seq + '个，参考核' + all.length + '个）', null, null, null, null, null, null, null, allAvg, '平均分', null]);
  m2.push(`B${r2.length}:I${r2.length}`);
  r2.push(['注：1.总分85分及以上为优秀，70-84分为合格，70分以下为不合格，不合格站点限期整改；2.2021年7月以后挂牌的站点不参与本期考核；3.靖海社区服务点为社区便民点。']);
  m2.push(`A${r2.length}:L${r2.length}`);
  r2.push(['考核人：郑××、方××　　　　复核：陈××']);
  m2.push(`A${r2.length}:L${r2.length}`);

  // ---------- ③ 评分细则
  const r3 = [
    ['惠来县村级电子商务服务站点运营考核评分细则'],
    ['考核项目', '分值', '评分标准'],
    ['服务功能', 30, '有固定场所、统一标识（10分）；电脑、打印机、宽带等设备齐全（10分）；按时开门服务（10分）'],
    ['代购代销', 30, '半年代购代销单数≥300单得满分，每少50单扣5分'],
    ['物流收发', 20, '开展快递代收代发（10分）；收发登记完整（10分）'],
    ['宣传培训', 20, '张贴宣传资料（5分）；协助组织村民参加电商培训（15分）'],
    ['合计', 100, '85分及以上优秀，70-84分合格，70分以下不合格'],
  ];

  const c = {
    description:
      '惠来县（揭阳）商务局两本登记加一页细则：①《电商股发文登记簿》登记号|发文字号|文件标题|主送单位|抄送单位|签发人|发文日期|附件|备注，只有主送揭阳市商务局的报告是向市局报送的记录（含主送“揭阳市商务局、揭阳市财政局”的一件和无文号的“便函”一件）；发各镇的通知、给县财政局的函、报县人民政府的汇报和请示、作废的空号都不是；日期有真日期、2020.9.8、2020年10月12日、20201110、2020/10/26；2021.9.7一件在截止日后照列；标题或附件写明电商扶贫统计的 poverty=true，其余不判。②《2021年上半年村级站点运营考核评分表》当站点清单：两行表头（考核得分合并在五个分项之上），每镇后有“××镇小计（平均分）”行、末尾全县合计、注和考核人行；7月、8月新挂牌的两个站点分数为“—”但仍是站点；港寮村“不合格、限期整改”仍是站点；靖海社区服务点照列；所在村写“大陇村委”“新村村民委员会”“溪东村委会”；挂牌时间有“2020年9月”（只到月）。③《评分细则》不是台账。',
    sheets: [
      { name: '发文登记', rows: widen(r1, 9), merges: m1 },
      { name: '站点考核', rows: widen(r2, 12), merges: m2 },
      { name: '评分细则', rows: widen(r3, 3) },
    ],
    expect: {
      sheets: {
        发文登记: { kind: 'reports', records: reportRecords },
        站点考核: { kind: 'stations', records: stationRecords },
        评分细则: { kind: null },
      },
    },
  };
  assert(reportRecords.length === 15, 'huilai reports ' + reportRecords.length);
  assert(stationRecords.length === 17, 'huilai stations ' + stationRecords.length);
  write('ledgers', 'b41-l1-huilai.json', c);
}

// =====================================================================================
// L2 揭西县 — ① park enterprises taken from the park's monthly online-sales statistics
// (months as columns under 2020年/2021年; "—" before entry; "已迁出" after leaving, the exit
// date in 备注); ② the county website's publication-approval register, of which only items
// actually published in the e-commerce column are updates of the column; ③ training
// sign-in names copied column by column, one column per session.
// =====================================================================================
function ledgersJiexi() {
  // ---------- ① 园区企业经营月报
  const months = ['10月', '11月', '12月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月'];
  const ym = ['2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09'];
  const r1 = [];
  const m1 = [];
  const W1 = 5 + 12 + 1;
  r1.push(['揭西县电子商务产业园入驻企业经营情况统计表（2020年10月—2021年9月）']);
  m1.push('A1:R1');
  r1.push(['填报单位：揭西县电商产业园运营中心', null, null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：万元', null, null]);
  m1.push('A2:E2', 'P2:R2');
  const h1 = ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '网络销售额（万元）'];
  while (h1.length < 17) h1.push(null);
  h1.push('备注');
  const h2 = [null, null, null, null, null, '2020年', null, null, '2021年'];
  while (h2.length < W1) h2.push(null);
  const h3 = [null, null, null, null, null, ...months, null];
  r1.push(h1, h2, h3);
  m1.push('F3:Q3', 'F4:H4', 'I4:Q4', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:D5', 'E3:E5', 'R3:R5');
  const rnd = mulberry32(4152);
  // [name, code, type, enteredCell, enteredISO, firstMonthIdx, leftISO|null, leftFromIdx|null, leftCellText, note]
  const ents = [
    ['揭西县擂茶坊食品有限公司', '91445222MA52K7T01B', '销售型', D('2020-10-12'), '2020-10-12', 0, null, null, null, null],
    ['揭阳市岭南乡品电子商务有限公司', '91445222MA52M3QX8N', '平台型', '2020.10.12', '2020-10-12', 0, null, null, null, null],
    ['揭西县客都快递服务有限公司', '91445222MA4X9F2L6C', '物流快递', '2020年10月', '2020-10', 0, null, null, null, null],
    ['揭西县京溪园茶业专业合作社（网店）', '93445222MA51P8CQ4Y', '网店销售', '2020.10.20', '2020-10-20', 0, null, null, null, null],
    ['广东揭西优选网络科技有限公司', '91445222MA55B1WE3J', '代运营', '2020.11.3', '2020-11-03', 1, null, null, null, null],
    ['揭西县五经富黄蜡石电商工作室', '92445222MA56E0R27U', '网店销售', '2020/11/16', '2020-11-16', 1, '2021-05-20', 7, '已迁出', '2021年5月20日迁出，5月数据为1-19日'],
    ['揭西县大洋百香果电商中心', '92445222MA56H4DK1P', '网店销售', '2020.12.1', '2020-12-01', 2, null, null, null, null],
    ['揭西县棉湖镇橄榄网店', '92445222MA56L9NB5F', '网店销售', '2020年12月15日', '2020-12-15', 2, null, null, null, null],
    ['揭西县乡村直播电子商务有限公司', '91445222MA56Q2XA0H', '直播电商', '2021.1.8', '2021-01-08', 3, null, null, null, null],
    ['中国邮政集团有限公司揭西县分公司电商仓', '91445222MA4W7LHC9R', '物流快递', D('2021-01-20'), '2021-01-20', 3, null, null, null, '邮政电商仓配'],
    ['揭西县灰寨茶叶电子商务商行', '92445222MA57C5JT2M', '网店销售', '2021.3.2', '2021-03-02', 5, null, null, null, null],
    ['揭西县菜篮子农产品网络销售有限公司', '91445222MA57F1GU6W', '平台型', '2021.4.6', '2021-04-06', 6, '2021-06', 8, '6月起迁出', '2021.6迁出，迁至揭阳市区'],
    ['揭西县云商数据服务有限公司', '91445222MA57R8DS4K', '代运营', '2021.7.1', '2021-07-01', 9, null, null, null, null],
    ['揭西县坪上腐竹电商店', '92445222MA58A3KM7E', '网店销售', '2021年9月6日', '2021-09-06', 11, null, null, null, '9月新入驻'],
  ];
  const entRecords = [];
  const colTotals = new Array(12).fill(0);
  ents.forEach((e, i) => {
    const cells = [];
    for (let k = 0; k < 12; k++) {
      if (k < e[5]) cells.push('—');
      else if (e[7] !== null && k >= e[7]) {
        if (e[7] === 7 && k === 7) {
          const v = Math.round((3 + rnd() * 6) * 10) / 10;
          colTotals[k] += v;
          cells.push(v);
        } else cells.push(k === e[7] ? e[8] : '已迁出');
      } else {
        const base = e[2] === '平台型' ? 60 : e[2] === '物流快递' ? 0 : e[2] === '代运营' ? 25 : 12;
        let v = e[2] === '物流快递' ? '/' : Math.round((base + rnd() * base) * 10) / 10;
        if (typeof v === 'number') colTotals[k] += v;
        cells.push(v);
      }
    }
    r1.push([i + 1, e[0], e[1], e[2], e[3], ...cells, e[9]]);
    entRecords.push({ name: e[0], type: e[2], entered: e[4], left: e[6] });
  });
  r1.push([null, '合计', null, null, null, ...colTotals.map((v) => Math.round(v * 10) / 10), null]);
  m1.push(`B${r1.length}:E${r1.length}`);
  r1.push(['注：1.“—”为当月尚未入驻；“已迁出”以后不再统计；物流企业不统计网络销售额（填“/”）。2.企业类型按园区招商分类填写。']);
  m1.push(`A${r1.length}:R${r1.length}`);

  // ---------- ② 信息发布审核登记
  const r2 = [];
  const m2 = [];
  r2.push(['揭西县人民政府门户网站信息发布审核登记表']);
  m2.push('A1:H1');
  r2.push(['报审部门：揭西县商务局（电商进农村专栏信息员：黄××）']);
  m2.push('A2:H2');
  r2.push(['审核单号', '信息标题', '拟发布栏目', '报审日期', '审核意见', '审核人', '实际发布日期', '备注']);
  const items = [
    ['JXSW-2020-031', '揭西县电子商务进农村综合示范县创建工作方案', '电商进农村专栏', '2020.6.28', '同意发布', '李××', D('2020-06-30'), null, '2020-06-30'],
    ['JXSW-2020-032', '揭西县电子商务进农村综合示范项目基本信息公示', '电商进农村专栏', '2020.7.14', '同意发布', '李××', '2020.7.15', null, '2020-07-15'],
    ['JXSW-2020-033', '关于设立电子商务进农村项目监督举报电话的公告', '电商进农村专栏', '2020.7.14', '同意发布', '李××', '2020.7.15', null, '2020-07-15'],
    ['JXSW-2020-036', '8月份示范项目建设进度', '电商进农村专栏', '2020.9.7', '同意发布', '李××', '2020年9月8日', null, '2020-09-08'],
    ['JXSW-2020-039', '县领导到县电商公共服务中心调研', '政务动态', '2020.9.18', '同意发布', '李××', '2020.9.18', null, null],
    ['JXSW-2020-041', '9月份示范项目建设进度', '电商进农村专栏', '2020.10.12', '退回修改（站点数与台账不一致）', '李××', null, null, null],
    ['JXSW-2020-042', '9月份示范项目建设进度（修改稿）', '电商进农村专栏', '2020.10.14', '同意发布', '李××', '2020.10.15', null, '2020-10-15'],
    ['JXSW-2020-047', '10月份示范项目建设进度', '电商进农村专栏', '2020.11.9', '同意', '李××', '20201110', null, '2020-11-10'],
    ['JXSW-2020-053', '11月份示范项目建设进度', '电商进农村专栏', '2020.12.8', '同意', '蓝××', '2020/12/9', '李××休假，蓝××代审', '2020-12-09'],
    ['JXSW-2021-002', '12月份示范项目建设进度', '电商进农村专栏', '2021.1.11', '同意', '李××', '2021年1月12日', null, '2021-01-12'],
    ['JXSW-2021-006', '示范项目基本信息变更公示（站点承建单位变更）', '电商进农村专栏', '2021.1.25', '同意发布', '李××', D('2021-01-26'), null, '2021-01-26'],
    ['JXSW-2021-009', '1月份示范项目建设进度', '电商进农村专栏', '2021.2.8', '同意发布', '李××', null, '春节期间未发布，内容并入1-2月份', null],
    ['JXSW-2021-013', '1-2月份示范项目建设进度', '电商进农村专栏', '2021.3.8', '同意', '李××', '2021.3.9', null, '2021-03-09'],
    ['JXSW-2021-018', '3月份示范项目建设进度', '电商进农村专栏', '2021.4.8', '同意', '李××', '2021.4.9', null, '2021-04-09'],
    ['JXSW-2021-024', '4月份示范项目建设进度', '电商进农村专栏', '2021.5.10', '同意', '李××', '2021.5.11', null, '2021-05-11'],
    ['JXSW-2021-029', '5月份示范项目建设进度', '电商进农村专栏', '2021.6.7', '同意', '李××', '2021.6.8', null, '2021-06-08'],
    ['JXSW-2021-033', '揭西县举办首届电商直播带货大赛', '政务动态', '2021.6.20', '同意发布', '李××', '2021.6.21', null, null],
    ['JXSW-2021-036', '6月份示范项目建设进度', '电商进农村专栏', '2021.7.8', '同意', '李××', D('2021-07-09'), null, '2021-07-09'],
    ['JXSW-2021-041', '7月份示范项目建设进度', '电商进农村专栏', '2021.8.9', '同意', '李××', '2021.8.10', null, '2021-08-10'],
    ['JXSW-2021-047', '8月份示范项目建设进度', '电商进农村专栏', '2021.9.7', '同意', '李××', '2021.9.8', null, '2021-09-08'],
  ];
  const discRecords = [];
  for (const it of items) {
    r2.push(it.slice(0, 8));
    if (it[8]) discRecords.push({ date: it[8] });
  }
  r2.push(['注：审核单号按县政府网站统一编号，本表只摘录县商务局报审的信息。']);
  m2.push(`A${r2.length}:H${r2.length}`);

  // ---------- ③ 培训签到（按期）
  const sessions = [
    ['第一期', '2020.10.22', '2020-10-22', '河婆街道（县电商公共服务中心）', 12],
    ['第二期', D('2020-12-03'), '2020-12-03', '棉湖镇人民政府', 9],
    ['第三期', '2021年3月18日', '2021-03-18', '五经富镇文化站', 14],
    ['第四期', '21.5.27', '2021-05-27', '灰寨镇人民政府', 10],
    ['第五期', '2021.9.2', '2021-09-02', '京溪园镇文化站', 8],
  ];
  const rn = mulberry32(4153);
  const cols = sessions.map((s) => {
    const list = [];
    for (let i = 0; i < s[4]; i++) list.push(makeName(rn, rn() < 0.5 ? 'M' : 'F'));
    return list;
  });
  // one listed trainee of 第三期 did not come
  cols[2][6] = cols[2][6] + '（请假）';
  // 第二期 list closed with 以下空白
  cols[1].push('以下空白');
  const maxLen = Math.max(...cols.map((c) => c.length));
  const r3 = [];
  const m3 = [];
  r3.push(['揭西县农村电子商务普及培训签到名单（按期汇总）']);
  m3.push('A1:F1');
  r3.push(['说明：每列为一期，学员姓名按签到表顺序抄录；注“（请假）”者未到。原始签到表见档案盒4。']);
  m3.push('A2:F2');
  r3.push(['期次', ...sessions.map((s) => s[0])]);
  r3.push(['培训日期', ...sessions.map((s) => s[1])]);
  r3.push(['培训地点', ...sessions.map((s) => s[3])]);
  r3.push(['序号', '学员姓名', null, null, null, null]);
  m3.push(`B${r3.length}:F${r3.length}`);
  for (let i = 0; i < maxLen; i++) {
    r3.push([i + 1, ...cols.map((c) => (i < c.length ? c[i] : null))]);
  }
  const counts = cols.map((c) => c.filter((n) => !n.includes('请假') && n !== '以下空白').length);
  r3.push(['实到人数', ...counts]);
  r3.push(['填表：县电商公共服务中心 彭××']);
  m3.push(`A${r3.length}:F${r3.length}`);
  const trainRecords = [];
  sessions.forEach((s, j) => {
    for (const n of cols[j]) {
      if (n.includes('请假') || n === '以下空白') continue;
      trainRecords.push({ date: s[2], personTimes: 1, id: null });
    }
  });
  assert(trainRecords.length === 52, 'jiexi training ' + trainRecords.length);

  const c = {
    description:
      '揭西县（揭阳）三张表：①产业园运营中心的《入驻企业经营情况统计表》当入驻企业清单——序号|企业名称|统一社会信用代码|企业类型（园区自己的叫法：销售型、平台型、物流快递、网店销售、代运营、直播电商）|入驻时间|12个月的网络销售额（三行表头：“网络销售额（万元）”合并在上，“2020年”“2021年”分组，再下是10月…9月）|备注；入驻前的月份填“—”，迁出后填“已迁出”（一家在6月格写“6月起迁出”，备注“2021.6迁出”只到月；一家备注“2021年5月20日迁出”），物流企业销售额填“/”，末行合计；9月6日入驻的一家照列。②县政府网站《信息发布审核登记表》当专栏更新记录：只有拟发布栏目为“电商进农村专栏”且有实际发布日期的才是专栏更新（日期取实际发布日期，不是报审日期）；“政务动态”栏目的两条、“退回修改”未发布的一条、同意但春节未发布的一条都不是；8月份进度9月8日发布照列。③《普及培训签到名单》横着抄：每期一列（第1行期次、第2行培训日期、第3行地点），下面每格一个学员姓名，没有身份证号；“（请假）”的一人、“以下空白”不是记录；记录按列（期次）先后、列内自上而下排列，每人1人次，id为null；第五期2021.9.2照列。',
    sheets: [
      { name: '园区企业经营月报', rows: widen(r1, W1), merges: m1 },
      { name: '信息发布审核', rows: widen(r2, 8), merges: m2 },
      { name: '培训签到（按期）', rows: widen(r3, 6), merges: m3 },
    ],
    expect: {
      sheets: {
        园区企业经营月报: { kind: 'enterprises', records: entRecords },
        信息发布审核: { kind: 'disclosures', records: discRecords },
        '培训签到（按期）': { kind: 'training', records: trainRecords },
      },
    },
  };
  assert(discRecords.length === 16, 'jiexi disclosures ' + discRecords.length);
  write('ledgers', 'b41-l2-jiexi.json', c);
}

// =====================================================================================
// C1 徐闻县 — whole county workbook. Facts sheet is the bureau's 呈批件 (internal approval
// form) with 附表1 基础数据 and 附表2 自评得分 on the same sheet; ledgers as annexes.
// =====================================================================================
function countyXuwen() {
  const rnd = mulberry32(4141);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const shuffle = (arr) => {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const phone = () => '1' + pick(['3', '5', '8']) + String(Math.floor(rnd() * 1e9)).padStart(9, '0');
  const ISO = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;
  // a date written the way this bureau's clerks type it, varying by row
  const dcell = (iso, style) => {
    const [y, m, d] = iso.split('-').map(Number);
    switch (style % 4) {
      case 0: return D(iso);
      case 1: return `${y}.${m}.${d}`;
      case 2: return `${y}年${m}月${d}日`;
      default: return `${y}/${m}/${d}`;
    }
  };
  const CUT = '2021-08-31';
  const sheets = [];

  // ------------------------------------------------------------ villages
  const towns = [
    ['徐城街道', 8, ['东方社区', '西门社区', '南门社区', '北门社区', '新华社区', '金融社区']],
    ['海安镇', 12, ['海安社区', '新港社区']],
    ['曲界镇', 14, ['曲界社区']],
    ['前山镇', 12, []],
    ['西连镇', 11, []],
    ['下桥镇', 14, ['下桥社区']],
    ['龙塘镇', 13, []],
    ['下洋镇', 13, []],
    ['锦和镇', 12, ['锦和社区']],
    ['和安镇', 13, []],
    ['新寮镇', 12, ['新寮社区']],
    ['南山镇', 13, ['南山社区']],
    ['城北乡', 9, ['城北社区']],
    ['角尾乡', 12, []],
    ['迈陈镇', 14, ['迈陈社区']],
  ];
  const A1 = '那北南东西田下上大新后前龙凤赤白青石博讨昌水林港高竹黄老平和仕英甲丁文德华金山'.split('');
  const A2 = '板插湾坡塘园寮井尾头仔洋家埚坑岭墩楼宅边涌门洞沟桥岸角岗堆兰良美富贵'.split('');
  const allNames = [];
  for (const a of A1) for (const b of A2) if (a !== b) allNames.push(a + b);
  const namePool = shuffle(allNames);
  let np = 0;
  const villages = []; // {town, name, admin, poor}
  for (const [town, n, comms] of towns) {
    for (let i = 0; i < n; i++) villages.push({ town, name: namePool[np++] + '村', admin: true, poor: false });
    for (const c of comms) villages.push({ town, name: c, admin: false, poor: false });
  }
  const townHeads = new Set(towns.map(([t]) => t.slice(0, 2)));
  const natPool = namePool.slice(np, np + 80).filter((s) => !townHeads.has(s)).slice(0, 60).map((s) => s + '村'); // natural villages, never admin names
  np += 80;
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 182, 'xuwen admin ' + admins.length);
  // 16 provincial poor villages, spread over the towns
  const poorIdx = [3, 15, 22, 30, 41, 50, 62, 70, 83, 95, 104, 118, 130, 141, 160, 175];
  const helpers = ['湛江市财政局', '湛江市委组织部', '广州市海珠区', '湛江市人民检察院', '广东海洋大学', '湛江市交通运输局', '湛江市卫生健康局', '广州市海珠区', '湛江市公安局', '湛江市自然资源局', '湛江市住房城乡建设局', '中国农业银行湛江分行', '湛江市教育局', '广州市海珠区', '湛江市商务局', '湛江市水务局'];
  poorIdx.forEach((k, i) => {
    admins[k].poor = true;
    admins[k].helper = helpers[i];
  });
  {
    const rows = [];
    const merges = [];
    rows.push(['附1  徐闻县村（居）民委员会名单']);
    merges.push('A1:G1');
    rows.push(['数据来源：县民政局（2021年6月）', null, null, null, null, '单位：个', null]);
    rows.push(['序号', '镇（街道）', '村（居）委会名称', '类别', '省定贫困村帮扶单位（非省定贫困村不填）', '快递进村', '备注']);
    let seq = 0;
    for (const [town] of towns) {
      const list = villages.filter((v) => v.town === town);
      const first = rows.length + 1;
      list.forEach((v, i) => {
        seq += 1;
        rows.push([
          seq,
          i === 0 ? town : null,
          v.admin ? v.name.replace(/村$/, '村委会') : v.name + '居委会',
          v.admin ? '村委会' : '居委会',
          v.poor ? v.helper : null,
          '已通',
          v.poor ? '省定贫困村（已出列）' : null,
        ]);
      });
      merges.push(`B${first}:B${rows.length}`);
    }
    rows.push([null, '合计', '村委会182个，居委会15个', null, '省定贫困村16个', '全部通达', null]);
    rows.push(['注：快递进村情况由县邮政管理局2021年7月核实。']);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push({ name: '附1 村居名单', rows: widen(rows, 7), merges });
  }
  const poorV = admins.filter((v) => v.poor);
  {
    const rows = [['附2  徐闻县省定相对贫困村名单'], ['序号', '镇（街道）', '村委会', '帮扶单位', '出列年度']];
    poorV.forEach((v, i) => rows.push([i + 1, v.town, v.name.replace(/村$/, '村委会'), v.helper, i % 3 === 0 ? '2019年' : '2020年']));
    sheets.push({ name: '附2 省定贫困村', rows: widen(rows, 5), merges: ['A1:E1'] });
  }

  // ------------------------------------------------------------ stations
  const batches = [
    ['2020-06-10', 40],
    ['2020-09-25', 36],
    ['2020-12-18', 30],
    ['2021-04-20', 14],
    ['2021-07-15', 6],
  ];
  // choose 126 covered admin villages: 15 poor (all but the last) + 111 others
  const nonPoor = shuffle(admins.filter((v) => !v.poor));
  const coveredPoor = poorV.slice(0, 15);
  const latePoor = poorV[15];
  const coveredOthers = nonPoor.slice(0, 111);
  const lateOthers = nonPoor.slice(111, 114);
  const covered = shuffle([...coveredPoor, ...coveredOthers]);
  assert(covered.length === 126, 'covered');
  const stationRows = []; // {name, town, villageCell, iso, operator, note}
  let ci = 0;
  const natUsed = [];
  const poorNat = new Set(coveredPoor.slice(0, 3).map((v) => v.name)); // 3 poor-village stations sit in a natural village
  let natCount = 0;
  const mkStation = (v, iso, extraNat) => {
    let useNat = extraNat || poorNat.has(v.name) || (natCount < 20 && rnd() < 0.16);
    let villageCell = v.name.replace(/村$/, rnd() < 0.5 ? '村委会' : '村');
    let name = `徐闻县${v.town}${v.name}电商服务站`;
    if (useNat) {
      const nat = natPool[natUsed.length];
      natUsed.push(nat);
      natCount += 1;
      villageCell = `${v.name.replace(/村$/, '村委会')}（${nat.replace(/村$/, '')}自然村）`;
      name = `徐闻县${v.town}${nat}电商服务站`;
    }
    return { name, town: v.town, villageCell, iso, op: pick(['邮政', '邮政', '供销', '超市', '合作社']), note: null };
  };
  for (const [iso, n] of batches) {
    for (let k = 0; k < n; k++) stationRows.push(mkStation(covered[ci++], iso, false));
    if (iso === '2020-09-25') {
      for (const c of ['东方社区', '海安社区']) stationRows.push({ name: `徐闻县${c === '东方社区' ? '徐城街道' : '海安镇'}${c}电商服务点`, town: c === '东方社区' ? '徐城街道' : '海安镇', villageCell: c, iso, op: '超市', note: '社区便民服务点' });
    }
    if (iso === '2020-12-18') {
      stationRows.push({ name: '徐闻县下桥镇下桥社区电商服务点', town: '下桥镇', villageCell: '下桥社区', iso, op: '超市', note: '社区便民服务点' });
      stationRows.push({ name: '徐闻县五一农场电商服务点', town: '—', villageCell: '五一农场', iso, op: '农场职工超市', note: '国营农场，不属镇村' });
    }
    if (iso === '2021-04-20') {
      for (const v of [covered[5], covered[17]]) {
        const s = mkStation(v, iso, true);
        s.note = '同村第二个站点';
        stationRows.push(s);
      }
    }
    if (iso === '2021-07-15') {
      const s = mkStation(covered[40], iso, true);
      s.note = '同村第二个站点';
      stationRows.push(s);
    }
  }
  assert(ci === 126, 'ci');
  for (const v of [lateOthers[0], latePoor, lateOthers[1], lateOthers[2]]) {
    const s = mkStation(v, '2021-09-02', false);
    s.note = '第六批';
    stationRows.push(s);
  }
  {
    const rows = [];
    const merges = [];
    rows.push(['附3  徐闻县村级电子商务服务站点清单']);
    merges.push('A1:I1');
    rows.push(['说明：站点设在自然村的，“所属行政村（自然村）”栏括号内为自然村名；站点按挂牌批次排列。']);
    merges.push('A2:I2');
    rows.push(['序号', '站点名称', '所在镇（街道）', '所属行政村（自然村）', '挂牌时间', '运营主体', '站长', '联系电话', '备注']);
    stationRows.forEach((s, i) => {
      rows.push([i + 1, s.name, s.town, s.villageCell, dcell(s.iso, Math.floor(rnd() * 4)), s.op, makeName(rnd, rnd() < 0.5 ? 'M' : 'F'), phone(), s.note]);
    });
    rows.push(['注：第六批站点于2021年9月2日挂牌。']);
    merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push({ name: '附3 站点清单', rows: widen(rows, 9), merges });
  }
  // coverage as a reviewer counts it
  const adminByName = new Map(admins.map((v) => [v.name, v]));
  const coveredSet = new Set();
  for (const s of stationRows) {
    if (s.iso > CUT) continue;
    const vname = s.villageCell.replace(/（.*）$/, '').replace(/村委会$/, '村');
    if (adminByName.has(vname)) coveredSet.add(vname);
  }
  const coveredAdmin = coveredSet.size;
  const coveredPoorN = poorV.filter((v) => coveredSet.has(v.name)).length;
  assert(coveredAdmin === 126, 'coveredAdmin ' + coveredAdmin);
  assert(coveredPoorN === 15, 'coveredPoor ' + coveredPoorN);
  const natRows = stationRows.filter((s) => s.villageCell.includes('自然村')).length;
  const stationTotal = stationRows.length;

  // ------------------------------------------------------------ training sessions (普及)
  const sess = [
    ['2020-09-17', '电商基础知识普及', '县电商公共服务中心', '线下', 168, 6],
    ['2020-09-29', '菠萝网店开设与运营', '曲界镇人民政府', '线下', 152, 9],
    ['2020-10-15', '短视频拍摄与剪辑', '县电商公共服务中心', '线下', 186, 4],
    ['2020-10-28', '良姜、菠萝线上营销', '下桥镇文化站', '线下', '175人次', 8],
    ['2020-11-12', '直播带货入门', '县电商公共服务中心', '线下＋直播', 160, 3],
    ['2020-11-26', '海产品冷链与网销', '新寮镇人民政府', '线下', 190, 7],
    ['2020-12-03', '网店美工', '县电商公共服务中心', '线下', 148, 2],
    ['2020-12-17', '电商客服与售后', '海安镇文化站', '线下', 172, 5],
    ['2021-01-14', '年货节网络促销', '县电商公共服务中心', '线上', 165, 4],
    ['2021-03-04', '电商基础知识普及', '前山镇人民政府', '线下', 181, 6],
    ['2021-03-18', '“菠萝的海”品牌推广', '曲界镇人民政府', '线下', 156, 5],
    ['2021-03-25', '农村青年电商创业', '县电商公共服务中心', '线下', '170人次', 3],
    ['2021-04-08', '社群营销', '西连镇文化站', '线下', 185, 7],
    ['2021-04-22', '直播带货进阶', '县电商公共服务中心', '线下＋直播', 162, 2],
    ['2021-05-13', '农产品标准化与包装', '龙塘镇人民政府', '线下', 178, 8],
    ['2021-05-27', '电商基础知识普及', '锦和镇文化站', '线下', 159, 6],
    ['2021-06-10', '短视频运营', '县电商公共服务中心', '线下', 174, 3],
    ['2021-06-24', '跨境电商入门', '县电商公共服务中心', '线上', 168, 0],
    ['2021-07-08', '电商基础知识普及', '和安镇人民政府', '线下', 183, 5],
    ['2021-07-15', '菠萝季网络促销', '曲界镇人民政府', '线下', 171, 6],
    ['2021-07-29', '电商客服与售后', '南山镇文化站', '线下', 166, 4],
    ['2021-08-05', '网店数据分析', '县电商公共服务中心', '线下', 175, 2],
    ['2021-08-12', '电商基础知识普及', '城北乡人民政府', '线下', 180, 7],
    ['2021-08-19', '电商基础知识普及', '角尾乡人民政府', '线下', 169, 5],
    ['2021-08-26', '“菠萝的海”电商直播大会', '县电商公共服务中心', '线下＋直播', 257, 9],
    ['2021-09-02', '电商直播实操（线上）', '县电商公共服务中心', '线上', 330, 4],
    ['2021-09-09', '电商基础知识普及', '迈陈镇人民政府', '线下', 320, 8],
  ];
  const ptNum = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/[^0-9]/g, '')));
  const sessBefore = sess.filter((s) => s[0] <= CUT).reduce((a, s) => a + ptNum(s[4]), 0);
  const sessAll = sess.reduce((a, s) => a + ptNum(s[4]), 0);
  assert(sessBefore === 4350, 'sessBefore ' + sessBefore);
  assert(sessAll === 5000, 'sessAll ' + sessAll);
  {
    const rows = [];
    const merges = [];
    rows.push(['附4  徐闻县农村电商普及培训台账（不含贫困户专场，专场签到见附5）']);
    merges.push('A1:H1');
    rows.push(['填报单位：徐闻县电子商务公共服务中心', null, null, null, null, '单位：人次', null, null]);
    rows.push(['期次', '培训日期', '培训主题', '培训地点', '培训方式', '参训人次', '其中贫困户（人次）', '备注']);
    let k = 0;
    let yearSum = 0;
    let curYear = null;
    const flush = () => {
      if (curYear) {
        rows.push([`${curYear}年小计`, null, null, null, null, yearSum, null, null]);
        merges.push(`A${rows.length}:E${rows.length}`);
      }
    };
    for (const s of sess) {
      const y = s[0].slice(0, 4);
      if (y !== curYear) {
        flush();
        curYear = y;
        yearSum = 0;
        rows.push([y === '2020' ? '一、2020年' : '二、2021年']);
        merges.push(`A${rows.length}:H${rows.length}`);
      }
      k += 1;
      const style = k % 5 === 0 ? 0 : k % 5 === 1 ? 1 : k % 5 === 2 ? 2 : k % 5 === 3 ? 1 : 3;
      rows.push([`第${k}期`, dcell(s[0], style), s[1], s[2], s[3], s[4], s[5], s[0] > CUT ? '9月份' : null]);
      yearSum += ptNum(s[4]);
    }
    flush();
    rows.push(['合计', null, null, null, null, sessAll, null, '统计至2021年9月10日']);
    merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(['注：“其中贫困户”已含在参训人次内；贫困户专场另见附5，人次未计入本表。']);
    merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push({ name: '附4 普及培训', rows: widen(rows, 8), merges });
  }

  // ------------------------------------------------------------ poor persons roster
  const PRE = '440825';
  const people = [];
  // pools by category: E eligible (able, not away), M able but working away, N no labour
  const pool = { E: 80, M: 18, Ny: 6, No: 6 };
  const takeAble = () => {
    const tot2 = pool.E + pool.M;
    if (tot2 === 0) return null;
    const c = rnd() * tot2 < pool.M ? 'M' : 'E';
    pool[c] -= 1;
    return c;
  };
  const rosterVillages = poorV.map((v) => [v.town, v.name]);
  let h = 0;
  const mkPerson = (hh, cat, rel, sex, y0, y1, surname) => {
    const id = makeId(rnd, PRE, sex, y0, y1);
    let name = makeName(rnd, sex);
    if (surname) name = surname + name.slice(1);
    let labour;
    let work;
    if (cat === 'E') {
      labour = rnd() < 0.8 ? '普通劳动力' : '技能劳动力';
      work = pick(['在家务农', '县内务工', '本镇务工', '在家务农']);
    } else if (cat === 'M') {
      labour = rnd() < 0.7 ? '普通劳动力' : '技能劳动力';
      work = pick(['县外务工（广州）', '省外务工', '县外务工（湛江市区）', '县外务工（深圳）']);
    } else if (cat === 'Ny') {
      labour = '无劳动力';
      work = '在校生';
    } else {
      labour = rnd() < 0.5 ? '丧失劳动力' : '无劳动力';
      work = '—';
    }
    const p = { town: hh.town, vil: hh.vil, head: hh.head, name, rel, id, sex, cat: cat[0], labour, work };
    people.push(p);
    return p;
  };
  while (pool.E + pool.M + pool.Ny + pool.No > 0) {
    const [town, vil] = rosterVillages[h % rosterVillages.length];
    h += 1;
    const hh = { town, vil, head: null };
    const headCat = takeAble() || (pool.No > 0 ? (pool.No--, 'No') : (pool.Ny--, 'Ny'));
    const headSex = rnd() < 0.8 ? 'M' : 'F';
    const surname = SURN[Math.floor(rnd() * SURN.length)];
    const hasAdultChild = rnd() < 0.35;
    const headY = hasAdultChild ? [1962, 1975] : [1968, 1988];
    hh.head = surname + makeName(rnd, headSex).slice(1);
    const head = mkPerson(hh, headCat, '户主', headSex, headY[0], headY[1], surname);
    head.name = hh.head;
    if (rnd() < 0.8) {
      const c = takeAble();
      const hy = Number(head.id.slice(6, 10));
      if (c) mkPerson(hh, c, '配偶', headSex === 'M' ? 'F' : 'M', hy - 3, hy + 4, null);
    }
    if (hasAdultChild) {
      const c = takeAble();
      const sx = rnd() < 0.5 ? 'M' : 'F';
      if (c) mkPerson(hh, c, sx === 'M' ? '之子' : '之女', sx, 1993, 2000, headSex === 'M' ? surname : null);
    }
    if (pool.Ny > 0 && rnd() < 0.4) {
      pool.Ny -= 1;
      const sx = rnd() < 0.5 ? 'M' : 'F';
      mkPerson(hh, 'Ny', sx === 'M' ? '之子' : '之女', sx, 2004, 2010, headSex === 'M' ? surname : null);
    }
    if (pool.No > 0 && rnd() < 0.35) {
      pool.No -= 1;
      const sx = rnd() < 0.5 ? 'M' : 'F';
      mkPerson(hh, 'No', sx === 'M' ? '父亲' : '母亲', sx, 1938, 1952, sx === 'M' ? surname : null);
    }
  }
  assert(people.length === 110, 'people');
  // one eligible person whose ID ends with X (signed in with lower-case x)
  const xPerson = people.find((p) => p.cat === 'E');
  while (!xPerson.id.endsWith('X')) xPerson.id = makeId(rnd, PRE, xPerson.sex, 1962, 1998);
  // uniqueness of IDs
  assert(new Set(people.map((p) => p.id)).size === 110, 'ids unique');
  {
    const rows = [];
    const merges = [];
    rows.push(['附6  徐闻县建档立卡贫困人口劳动力情况名单（省定贫困村部分，电商培训摸底用）']);
    merges.push('A1:J1');
    rows.push(['数据来源：县乡村振兴局（2021年5月）', null, null, null, null, null, '务工情况：县外、省外务工为外出务工', null, null, null]);
    merges.push('A2:F2', 'G2:J2');
    rows.push(['序号', '镇', '村', '户主', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况', '备注']);
    people.forEach((p, i) => rows.push([i + 1, p.town, p.vil.replace(/村$/, '村委会'), p.head, p.name, p.rel, p.id, p.labour, p.work, null]));
    rows.push(['合计110人，其中有劳动能力98人（外出务工18人），无劳动能力12人。']);
    merges.push(`A${rows.length}:J${rows.length}`);
    sheets.push({ name: '附6 贫困人口', rows: widen(rows, 10), merges });
  }
  const E = people.filter((p) => p.cat === 'E');
  const Mg = people.filter((p) => p.cat === 'M');
  const N = people.filter((p) => p.cat === 'N');
  assert(E.length === 80 && Mg.length === 18 && N.length === 12, 'cats');
  // sign-in composition (see description)
  const Eo = [xPerson, ...E.filter((p) => p !== xPerson)];
  const T1 = Eo.slice(0, 26);
  const T2 = Eo.slice(26, 38);
  const absentP = Eo[38];
  const newE = Eo.slice(39, 44);
  const outsiders = [];
  for (let i = 0; i < 11; i++) {
    const sex = rnd() < 0.5 ? 'M' : 'F';
    outsiders.push({ name: makeName(rnd, sex), id: makeId(rnd, PRE, sex, 1965, 1996), town: pick(['曲界镇', '下洋镇', '迈陈镇']), vil: '', note: i % 2 ? '边缘易致贫户' : '一般农户' });
  }
  const s1 = [...T1.slice(0, 14), ...T2.slice(0, 6), Mg[0], outsiders[0]];
  const s2 = [...T1.slice(14, 22), ...T2.slice(6, 12), ...T2.slice(0, 3), N[0], outsiders[1], outsiders[2]];
  const s3 = [...T1.slice(22, 26), ...T2.slice(3, 6), ...T2.slice(6, 12), Mg[1], Mg[2], N[1], ...outsiders.slice(3, 7)];
  const s4 = [...newE, ...T1.slice(0, 6), ...outsiders.slice(7, 11)];
  assert(s1.length === 22 && s2.length === 20 && s3.length === 20 && s4.length === 15, 'session sizes');
  const sSessions = [
    ['第一期', '2020-12-10', '2020年12月10日', '曲界镇人民政府三楼会议室', shuffle(s1), null],
    ['第二期', '2021-04-15', '2021.4.15', '下洋镇文化站', shuffle(s2), absentP],
    ['第三期', '2021-07-08', '2021年7月8日', '迈陈镇人民政府', shuffle(s3), null],
    ['第四期', '2021-09-07', '2021.9.7', '县电商公共服务中心', shuffle(s4), null],
  ];
  const spacedPerson = T1[20]; // attends 第二期 only; ID typed with spaces there
  {
    const rows = [];
    const merges = [];
    rows.push(['附5  徐闻县建档立卡贫困户电商技能专场培训签到表']);
    merges.push('A1:G1');
    for (const [qi, , dateText, place, list, absent] of sSessions) {
      rows.push([]);
      rows.push([`${qi}　培训时间：${dateText}　地点：${place}`]);
      merges.push(`A${rows.length}:G${rows.length}`);
      rows.push(['序号', '姓名', '性别', '身份证号码', '所在镇村', '联系电话', '签到']);
      const full = absent ? [...list.slice(0, 9), absent, ...list.slice(9)] : list;
      full.forEach((p, i) => {
        let id = p.id;
        if (p === xPerson) id = id.replace(/X$/, 'x');
        if (p === spacedPerson && qi === '第二期') id = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
        const sex = p.sex ? (p.sex === 'M' ? '男' : '女') : Number(id[16]) % 2 ? '男' : '女';
        const where = p.vil ? p.town + p.vil : p.town;
        rows.push([i + 1, p.name, sex, id, where, phone(), p === absent ? '缺席' : '√']);
      });
    }
    rows.push([]);
    rows.push(['注：签到栏“缺席”者报名未到；第四期为2021年9月举办。']);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push({ name: '附5 专场签到', rows: widen(rows, 7), merges });
  }
  const signBefore = s1.length + s2.length + s3.length;
  const eligibleIds = new Set(E.map((p) => p.id));
  const trainedBefore = new Set([...s1, ...s2, ...s3].filter((p) => eligibleIds.has(p.id)).map((p) => p.id));
  const trainedAll = new Set([...s1, ...s2, ...s3, ...s4].filter((p) => eligibleIds.has(p.id)).map((p) => p.id));
  assert(signBefore === 62, 'signBefore');
  assert(trainedBefore.size === 38 && trainedAll.size === 43, 'trained ' + trainedBefore.size + ' ' + trainedAll.size);
  const ptBefore = sessBefore + signBefore; // 4412
  assert(ptBefore === 4412, 'ptBefore');

  // ------------------------------------------------------------ enterprises
  const ents = [
    ['徐闻县菠萝的海电子商务有限公司', 'P', '2020-09-18', null, null],
    ['湛江市南极村网络科技有限公司', 'Y', '2020-09-18', null, '县电商公共服务中心运营方'],
    ['中国邮政集团有限公司徐闻县分公司（电商仓配中心）', 'W', '2020-09-18', null, null],
    ['徐闻县良姜产业电商有限公司', 'S', '2020-09-25', null, null],
    ['徐闻县曲界菠萝专业合作社网店', 'S', '2020-10-15', null, null],
    ['徐闻县海安对虾网络销售部', 'S', '2020-10', null, null],
    ['徐闻县和安香蕉电商中心', 'S', '2020-10-28', null, null],
    ['湛江市徐闻县农品汇贸易有限公司', 'P', '2020-11-05', null, null],
    ['徐闻县角尾乡珍珠电商工作室', 'S', '2020-11-20', '2021-03-31', '已退出'],
    ['徐闻县顺丰速运园区营业部', 'W', '2020-12-01', null, null],
    ['徐闻县新寮海鲜干货网店', 'S', '2020-12-10', null, null],
    ['徐闻县南山红土地农业电商有限公司', 'S', '2021-01-06', null, null],
    ['徐闻县直播基地运营有限公司', 'Y', '2021-01-18', null, null],
    ['徐闻县下洋菠萝蜜网络商行', 'S', '2021-03-01', null, null],
    ['徐闻县锦和番薯电商有限公司', 'S', '2021-03-10', '2021-06', '已退出'],
    ['广东粤西云仓物流有限公司徐闻分公司', 'W', '2021-03-22', null, null],
    ['徐闻县迈陈羊肉电商店', 'S', '2021-04-02', null, null],
    ['徐闻县曲界菠萝电子商务有限公司', 'S', '2021-04-08', null, '由“徐闻县曲界菠萝专业合作社网店”变更登记，同一主体（见第5行）'],
    ['徐闻县前山山羊电商工作室', 'S', '2021-04-20', null, null],
    ['徐闻县西连贝类网络销售部', 'S', '2021-05-06', null, null],
    ['湛江徐闻乡村优品供应链有限公司', 'P', '2021-05-20', '2021-09-15', '合同到期不再续租'],
    ['徐闻县龙塘黑山羊网店', 'S', '2021-06-08', null, null],
    ['徐闻县城北乡青枣电商店', 'S', '2021-07-01', null, null],
    ['徐闻县下桥火龙果电商有限公司', 'S', '2021-09-06', null, '9月新入驻'],
  ];
  const codeChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const codes = ents.map(() => '91440825MA5' + Array.from({ length: 7 }, () => codeChars[Math.floor(rnd() * codeChars.length)]).join(''));
  codes[17] = codes[4];
  const monthText = (iso) => (iso.length === 7 ? `${iso.slice(0, 4)}年${Number(iso.slice(5))}月` : null);
  {
    const rows = [];
    const merges = [];
    rows.push(['附7  徐闻县电子商务产业园入驻企业名单']);
    merges.push('A1:H1');
    rows.push(['类型代码：P—平台型电商企业；S—销售型企业；Y—电商运营服务商；W—物流企业']);
    merges.push('A2:H2');
    rows.push(['序号', '企业名称', '统一社会信用代码', '类型代码', '入驻时间', '退出时间', '房号', '备注']);
    ents.forEach((e, i) => {
      const ent = monthText(e[2]) || dcell(e[2], i % 4 === 0 ? 0 : i % 4);
      const left = e[3] ? monthText(e[3]) || dcell(e[3], 1) : null;
      rows.push([i + 1, e[0], codes[i], e[1], ent, left, `${1 + Math.floor(i / 8)}0${1 + (i % 8)}`, e[4]]);
    });
    rows.push(['注：退出时间为空的为在园企业。']);
    merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push({ name: '附7 园区企业', rows: widen(rows, 8), merges });
  }
  const present = new Set();
  const kinds = new Set();
  ents.forEach((e, i) => {
    const entered = e[2].length === 7 ? e[2] + '-01' : e[2];
    if (entered > CUT) return;
    if (e[3]) {
      const left = e[3].length === 7 ? e[3] + '-31' : e[3];
      if (left <= CUT) return;
    }
    present.add(codes[i]);
    kinds.add(e[1]);
  });
  assert(present.size === 20, 'present ' + present.size);
  assert(kinds.size === 4, 'kinds');

  // ------------------------------------------------------------ funds (payment applications)
  const pays = [
    ['SQ-2020-01', '2020-06-15', '县电商公共服务中心建设（首期）', '湛江市南极村网络科技有限公司', 600000, '已支付', '2020-06-22', null],
    ['SQ-2020-02', '2020-07-20', '村级站点建设（第一批）', '中国邮政集团有限公司徐闻县分公司', 480000, '已支付', '2020-07-28', null],
    ['SQ-2020-03', '2020-09-10', '农村电商培训（2020年度）', '湛江市粤西职业培训学校', 180000, '已支付', '2020-09-18', null],
    ['SQ-2020-04', '2020-10-09', '县镇村物流配送体系（首期）', '徐闻县通达物流有限公司', 220000, '已支付', '2020-10-20', null],
    ['SQ-2020-05', '2020-11-16', '村级站点建设（第二批）', '中国邮政集团有限公司徐闻县分公司', 432000, '已支付', '2020-11-27', null],
    ['SQ-2020-06', '2020-12-20', '县电商公共服务中心建设（二期）', '湛江市南极村网络科技有限公司', 300000, '退回', null, '发票抬头有误，退回重报'],
    ['SQ-2021-01', '2021-01-05', '县电商公共服务中心建设（二期）（重报）', '湛江市南极村网络科技有限公司', 300000, '已支付', '2021-01-12', '原SQ-2020-06'],
    ['SQ-2021-02', '2021-03-02', '村级站点建设（第三批）', '中国邮政集团有限公司徐闻县分公司', 360000, '已支付', '2021-03-15', null],
    ['SQ-2021-03', '2021-04-12', '“徐闻菠萝”品牌推广', '湛江市海韵文化传播有限公司', 250000, '已支付', '2021-04-23', null],
    ['SQ-2021-04', '2021-05-18', '农村电商培训（2021年度）', '湛江市粤西职业培训学校', 164000, '已支付', '2021-05-28', null],
    ['SQ-2021-05', '2021-06-21', '农产品冷链及溯源系统', '徐闻县鲜达冷链科技有限公司', 280000, '已支付', '2021-06-30', null],
    ['SQ-2021-06', '2021-08-02', '县镇村物流配送体系（二期）', '徐闻县通达物流有限公司', 170000, '已支付', '2021-08-13', null],
    ['SQ-2021-07', '2021-08-26', '村级站点建设（第四、五批）', '中国邮政集团有限公司徐闻县分公司', 340000, '已支付', '2021-09-03', '国库9月3日支付'],
    ['SQ-2021-08', '2021-09-06', '县电商公共服务中心运营（尾款）', '湛江市南极村网络科技有限公司', 200000, '审核中', null, null],
  ];
  const paidBefore = pays.filter((p) => p[5] === '已支付' && p[6] <= CUT).reduce((a, p) => a + p[4], 0);
  const paidAll = pays.filter((p) => p[5] === '已支付').reduce((a, p) => a + p[4], 0);
  assert(paidBefore === 3436000, 'paidBefore ' + paidBefore);
  assert(paidAll === 3776000, 'paidAll');
  {
    const rows = [];
    const merges = [];
    rows.push(['附8  徐闻县省级电子商务进农村综合示范专项资金支付申请登记表']);
    merges.push('A1:I1');
    rows.push(['下达资金：500万元（湛财工〔2019〕112号）', null, null, null, null, null, null, '单位：元', null]);
    merges.push('A2:D2');
    rows.push(['申请编号', '申请日期', '项目内容', '收款单位', '申请金额（元）', '支付状态', '支付日期', '凭证号', '备注']);
    pays.forEach((p, i) => {
      const amt = i % 3 === 1 ? p[4].toLocaleString('en-US') + '.00' : p[4];
      rows.push([p[0], dcell(p[1], 1), p[2], p[3], amt, p[5], p[6] ? dcell(p[6], i % 2 ? 0 : 2) : null, p[6] ? `记-${p[6].slice(0, 7)}-${pad2(10 + i)}` : null, p[7]]);
    });
    rows.push(['说明：支付状态以县财政局国库集中支付系统为准；“退回”“审核中”的申请未支付。']);
    merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push({ name: '附8 资金支付', rows: widen(rows, 9), merges });
  }

  // ------------------------------------------------------------ reports: 粤政易 export
  const reps = [
    ['2020-08-10 09:12:33', '湛江市商务局', '徐闻县7月份电子商务进农村综合示范工作进展', 2, '已签收'],
    ['2020-09-08 16:32:10', '湛江市商务局', '徐闻县8月份工作进展及电商扶贫统计', 3, '已签收'],
    ['2020-10-12 10:05:47', '湛江市商务局', '徐闻县9月份工作进展', 2, '已签收'],
    ['2020-11-09 15:40:02', '湛江市商务局', '徐闻县10月份工作进展及电商扶贫统计', 3, '已签收'],
    ['2020-12-08 11:21:56', '湛江市商务局', '徐闻县11月份工作进展', 2, '已签收'],
    ['2021-01-11 09:48:19', '湛江市商务局', '徐闻县12月份工作进展及2020年电商扶贫统计', 3, '已签收'],
    ['2021-02-05 17:02:44', '徐闻县人民政府办公室', '关于我县电子商务进农村综合示范工作情况的报告', 1, '已签收'],
    ['2021-03-02 10:16:08', '湛江市商务局', '徐闻县1-2月份工作进展', 2, '已签收'],
    ['2021-04-09 16:55:31', '湛江市商务局', '徐闻县3月份工作进展及一季度电商扶贫统计', 3, '已签收'],
    ['2021-05-10 08:59:12', '湛江市商务局', '徐闻县4月份工作进展', 2, '已签收'],
    ['2021-06-08 14:27:50', '湛江市商务局', '徐闻县5月份工作进展', 2, '未签收'],
    ['2021-07-09 10:33:05', '湛江市商务局', '徐闻县6月份工作进展及上半年电商扶贫统计', 3, '已签收'],
    ['2021-08-10 15:12:40', '湛江市商务局', '徐闻县7月份工作进展', 2, '已签收'],
    ['2021-09-08 09:41:27', '湛江市商务局', '徐闻县8月份工作进展及电商扶贫统计', 3, '已签收'],
  ];
  {
    const rows = [];
    rows.push(['粤政易·公文交换 发件箱导出　导出时间：2021-09-10 15:22:06　导出人：林××（徐闻县商务局）']);
    rows.push(['序号', '发送时间', '发文单位', '接收单位', '标题', '附件数', '签收状态', '签收时间']);
    reps.forEach((r, i) => {
      const sign = r[4] === '已签收' ? r[0].slice(0, 11) + '17:3' + (i % 10) + ':00' : '';
      rows.push([i + 1, r[0], '徐闻县商务局', r[1], r[2], r[3], r[4], sign]);
    });
    sheets.push({ name: '附9 公文交换', rows: widen(rows, 8), merges: ['A1:H1'] });
  }
  const winMonths = [];
  for (let k = 0; k < 12; k++) {
    const d = new Date(Date.UTC(2020, 8 + k, 1));
    winMonths.push(`${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`);
  }
  const repMonths = new Set(reps.filter((r) => r[1] === '湛江市商务局').map((r) => r[0].slice(0, 7)));
  const repHit = winMonths.filter((m) => repMonths.has(m));
  assert(repHit.length === 11 && !repMonths.has('2021-02'), 'report months');

  // ------------------------------------------------------------ disclosures: monthly screenshots
  const shots = [
    ['2020-09-28', '8月份示范项目建设进度', '2020-09-10', null],
    ['2020-10-27', '9月份示范项目建设进度', '2020-10-14', null],
    ['2020-11-26', '10月份示范项目建设进度', '2020-11-12', null],
    ['2020-12-28', '11月份示范项目建设进度', '2020-12-10', null],
    ['2021-01-27', '12月份示范项目建设进度', '2021-01-15', null],
    ['2021-02-26', '12月份示范项目建设进度', '2021-01-15', '本月无更新（春节）'],
    ['2021-03-29', '1-2月份示范项目建设进度', '2021-03-12', null],
    ['2021-04-28', '3月份示范项目建设进度', '2021-04-13', null],
    ['2021-05-27', '4月份示范项目建设进度', '2021-05-12', null],
    ['2021-06-28', '5月份示范项目建设进度', '2021-06-10', null],
    ['2021-07-28', '6月份示范项目建设进度', '2021-07-12', null],
    ['2021-08-27', '7月份示范项目建设进度', '2021-08-11', null],
    ['2021-09-27', '8月份示范项目建设进度', '2021-09-10', null],
  ];
  {
    const rows = [];
    const merges = [];
    rows.push(['附10  徐闻县人民政府网“电子商务进农村综合示范”专栏截图存档登记']);
    merges.push('A1:F1');
    rows.push(['一、专栏固定内容']);
    merges.push('A2:F2');
    rows.push(['序号', '栏目', '首次发布日期', '内容', null, null]);
    rows.push([1, '创建方案', D('2020-07-08'), '徐闻县电子商务进农村综合示范县创建工作方案', null, null]);
    rows.push([2, '项目基本信息', '2020.7.8', '示范项目名称、承建单位、资金安排、完成时限', null, null]);
    rows.push([3, '项目建设进度', '2020.8.12', '按月发布（见下表）', null, null]);
    rows.push([4, '监督举报', '2020.7.8', '监督举报电话0759-4821xxx、邮箱', null, null]);
    rows.push([]);
    rows.push(['二、月度截图存档（每月下旬截图一次，记录截图时专栏最新一条信息）']);
    merges.push(`A${rows.length}:F${rows.length}`);
    rows.push(['序号', '截图日期', '专栏最新一条信息', '该信息发布日期', '截图文件', '备注']);
    shots.forEach((s, i) => {
      rows.push([i + 1, dcell(s[0], i % 2 ? 1 : 0), s[1], dcell(s[2], i % 3 === 0 ? 2 : 1), `专栏截图_${s[0].replace(/-/g, '')}.png`, s[3]]);
    });
    sheets.push({ name: '附10 专栏截图', rows: widen(rows, 6), merges });
  }
  const updMonths = new Set(shots.map((s) => s[2].slice(0, 7)));
  const updHit = winMonths.filter((m) => updMonths.has(m));
  assert(updHit.length === 11 && !updMonths.has('2021-02'), 'update months');

  // ------------------------------------------------------------ media
  const media = [
    ['2020-11-20', '南方日报', 'B', '报纸', '徐闻菠萝搭上电商快车', '否'],
    ['2021-01-08', '湛江日报', 'C', '报纸', '徐闻：村级电商站点让菠萝“出村进城”', '否'],
    ['2021-03-16', '徐闻县融媒体中心', 'D', '网络', '我县举办“菠萝的海”电商培训', '否'],
    ['2021-04-16', '广东广播电视台珠江频道《今日关注》', 'B', '电视', '徐闻贫困户直播卖菠萝　户均增收三千元', '是'],
    ['2021-06-02', '湛江广播电视台', 'C', '电视', '徐闻电商服务站进村入户', '否'],
    ['2021-09-03', '中央广播电视总台农业农村频道（CCTV-17）', 'A', '电视', '菠萝的海：电商助农新路子', '是'],
  ];
  {
    const rows = [];
    const merges = [];
    rows.push(['附11  徐闻县电子商务进农村宣传报道登记']);
    merges.push('A1:G1');
    rows.push(['媒体类别：A—中央级　B—省级　C—市级　D—县级']);
    merges.push('A2:G2');
    rows.push(['序号', '报道日期', '媒体', '类别', '形式', '标题', '电商扶贫典型案例']);
    media.forEach((m, i) => rows.push([i + 1, dcell(m[0], i % 2 ? 1 : 0), m[1], m[2], m[3], m[4], m[5]]));
    sheets.push({ name: '附11 宣传报道', rows: widen(rows, 7), merges });
  }
  {
    const rows = [
      ['附12  向湛江市商务局报送经验材料登记'],
      ['序号', '报送日期', '材料名称', '报送对象', '报送方式'],
      [1, '2021.7.12', '徐闻县“菠萝的海”电商助农带贫经验做法', '湛江市商务局', '粤政易'],
      [2, D('2021-09-09'), '徐闻县电子商务进农村综合示范创建工作总结', '湛江市商务局', '粤政易'],
    ];
    sheets.push({ name: '附12 经验材料', rows: widen(rows, 5), merges: ['A1:E1'] });
  }
  sheets.push({ name: '代码表', rows: widen([['P', '平台型电商企业', 'A', '中央级'], ['S', '销售型企业', 'B', '省级'], ['Y', '电商运营服务商', 'C', '市级'], ['W', '物流企业', 'D', '县级']], 4), hidden: true });

  // ------------------------------------------------------------ facts: 呈批件
  {
    const rows = [];
    const merges = [];
    const W = 6;
    rows.push(['徐闻县商务局呈批件']);
    merges.push('A1:F1');
    rows.push(['来文单位', '湛江市商务局', '来文字号', '湛商务函〔2021〕156号', '收文日期', '2021年8月25日']);
    rows.push(['标题', '关于报送徐闻县2019年省级电子商务进农村综合示范创建考评自评材料的请示', null, null, null, null]);
    merges.push('B3:F3');
    rows.push(['拟办意见', '按湛江市商务局通知要求，我局会同县财政局、县农业农村局、县乡村振兴局等单位，对照考评指标体系逐项自评（数据截至2021年8月31日），自评得分98分（详见附表1、附表2）。拟以县政府名义于9月8日前报湛江市商务局。妥否，请批示。', null, null, null, null]);
    merges.push('B4:F4');
    rows.push(['局长意见', '拟同意，呈王副县长审示。　陈××　9月6日', null, null, null, null]);
    merges.push('B5:F5');
    rows.push(['县领导批示', '同意上报。　王××（县委常委、副县长）　9.7', null, null, null, null]);
    merges.push('B6:F6');
    rows.push(['拟稿：电商股 林××　　核稿：吴××　　联系电话：0759-4822xxx']);
    merges.push('A7:F7');
    rows.push([]);
    rows.push(['附表1  考评基础数据']);
    merges.push(`A${rows.length}:F${rows.length}`);
    rows.push(['序号', '数据项', '数值', '计量单位', '数据截止', '提供单位']);
    const f = [
      ['县（市、区）', '徐闻县', '—', '—', '县商务局'],
      ['考评截止日期', '2021.8.31', '—', '—', '粤商务电函〔2021〕101号'],
      ['常住人口', 59.63, '万人', '2020年11月1日（七普）', '县统计局'],
      ['户籍人口', 79.12, '万人', '2020年末', '县公安局'],
      ['行政村（村民委员会）', 182, '个', '2021年6月', '县民政局'],
      ['社区（居民委员会）', 15, '个', '2021年6月', '县民政局'],
      ['省定贫困村', 16, '个', '—', '县乡村振兴局'],
      ['领导小组组长', '县委副书记、县长', '—', '徐府办〔2020〕18号', '县政府办'],
      ['领导小组成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、徐闻邮政分公司等14个单位', '—', '—', '县政府办'],
      ['示范县工作方案', '已印发', '—', '徐府办〔2020〕22号', '县商务局'],
      ['支持农村电商发展政策', '已出台', '—', '徐府〔2020〕31号', '县商务局'],
      ['县电商公共服务中心投入运营', D('2020-09-18'), '—', '—', '县商务局'],
      ['免费培训场所及设备', '有', '—', '—', '县商务局'],
      ['特色农产品免费展示、销售', '有', '—', '—', '县商务局'],
      ['免费摄影、美工', '有', '—', '—', '县商务局'],
      ['统一推广、品牌建设', '有（“徐闻菠萝”区域公用品牌）', '—', '—', '县商务局'],
      ['其他衍生增值服务', '有', '—', '—', '县商务局'],
      ['电商产业园', '已建成（整合）', '—', '—', '县商务局'],
      ['产业园入驻企业', 22, '家', '—', '园区运营中心'],
      ['第三方运营服务商', '有', '—', '—', '县商务局'],
      ['行政村快递覆盖率', 100, '%', '2021年7月', '县邮政管理局'],
      ['2019年农村网络零售额', 16.85, '亿元', '2019年', '省商务厅'],
      ['2020年农村网络零售额', 20.93, '亿元', '2020年', '省商务厅'],
      ['农村网络零售额同比增长', 24.2, '%', '2020年', '省商务厅'],
      ['2019年农产品网络零售额', 6.12, '亿元', '2019年', '省商务厅'],
      ['2020年农产品网络零售额', 8.31, '亿元', '2020年', '省商务厅'],
      ['农产品网络零售额同比增长', 35.8, '%', '2020年', '省商务厅'],
      ['电商培训人次', '5,077', '人次', '2021年9月7日', '县电商中心'],
      ['有劳动能力的建档立卡贫困人口（不含外出务工）', 80, '人', '2021年5月', '县乡村振兴局'],
      ['参加培训的建档立卡贫困人口', 43, '人', '2021年9月7日', '县电商中心'],
      ['专栏公示创建方案', '是', '—', '—', '县商务局'],
      ['专栏公示项目基本信息', '是', '—', '—', '县商务局'],
      ['专栏公示项目建设进度', '是', '—', '—', '县商务局'],
      ['专栏设立征求意见或监督举报窗口', '是', '—', '—', '县商务局'],
      ['电商扶贫统计', '能', '—', '—', '县商务局'],
      ['下达省级专项资金', 500, '万元', '—', '县财政局'],
      ['累计拨付', 377.6, '万元', '2021年8月31日', '县商务局'],
      ['资金管理制度', '已制定', '—', '徐商务〔2020〕36号', '县商务局'],
      ['资金专用台账', '已建立', '—', '—', '各承建单位'],
      ['项目总体进度', 80, '%', '2021年8月31日', '县商务局'],
      ['安全生产、质量事故', '未发生', '—', '—', '县应急管理局'],
      ['弄虚作假', '无', '—', '—', '县商务局'],
    ];
    f.forEach((r, i) => rows.push([i + 1, ...r]));
    rows.push([]);
    rows.push(['附表2  自评得分']);
    merges.push(`A${rows.length}:F${rows.length}`);
    rows.push(['序号', '评价指标', '分值', '自评得分', '扣分', '说明']);
    const s = [
      ['组织领导', 2, 2, 0, '县长任组长，四部门参与'],
      ['方案制定', 2, 2, 0, null],
      ['政策支持', 2, 2, 0, null],
      ['项目管理', 4, 4, 0, null],
      ['服务体系建设—县级中心及产业园', 15, 15, 0, '入驻企业22家'],
      ['服务体系建设—村级站点', 10, 10, 0, '已建站点137个，覆盖行政村133个（73.1%），贫困村16个全覆盖'],
      ['农村产品上行', 10, 9, 1, '冷链溯源在建扣1分'],
      ['电商人才培训', 20, 20, 0, '5,077人次（1.02%）；贫困人口培训率53.8%'],
      ['信息公开', 4, 4, 0, null],
      ['数据上报', 6, 6, 0, null],
      ['案例总结', 2, 2, 0, null],
      ['经验推广', 8, 8, 0, '南方日报、湛江日报、徐闻融媒'],
      ['制度建立', 5, 5, 0, null],
      ['资金台账', 5, 4, 1, null],
      ['资金支出', 5, 4, 1, '支出率75.5%'],
      ['加分项：贫困人口培训率≥70%', 2, 0, '—', null],
      ['加分项：电商扶贫案例电视播报', 2, 1, '—', '广东广播电视台播出（省级）'],
    ];
    s.forEach((r, i) => rows.push([i + 1, ...r]));
    rows.push(['合计', null, 104, 98, null, '基本分97分，加分1分']);
    rows.push([]);
    rows.push(['主观评分项自评（含于上表）']);
    merges.push(`A${rows.length}:F${rows.length}`);
    rows.push(['序号', '主观评分项', '分值范围', '自评分', null, null]);
    const j = [
      ['方案制定', '1-2分', 2],
      ['政策支持', '1-2分', 2],
      ['项目管理制度', '1-2分', 2],
      ['工作台账', '1-2分', 2],
      ['网销调研', '1-2分', 2],
      ['网络促销活动', '1-2分', 2],
      ['交易标准与冷链溯源', '1-2分', 1],
      ['资金管理制度', '1-5分', 5],
      ['资金台账', '1-5分', 4],
      ['资金及时拨付', '1-5分', 4],
    ];
    j.forEach((r, i) => rows.push([i + 1, ...r, null, null]));
    sheets.unshift({ name: '呈批件', rows: widen(rows, W), merges });
  }

  // ------------------------------------------------------------ expectation
  const points = {
    'org.leadership': 2,
    'org.plan': 2,
    'org.policy': 2,
    'org.management': 4,
    'work.center': 15,
    'work.coverage': 5,
    'work.upward': 9,
    'work.training': 16,
    'info.disclosure': 3,
    'info.reporting': 4,
    'promo.cases': 2,
    'promo.media': 8,
    'fund.system': 5,
    'fund.ledger': 4,
    'fund.spending': -5,
    'bonus.poorTraining': 0,
    'bonus.tvCase': 1,
    'veto.incident': 0,
    'veto.progress': 0,
    'veto.fraud': 0,
  };
  const base = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  const bonus = points['bonus.poorTraining'] + points['bonus.tvCase'];
  assert(base === 76 && bonus === 1, 'xuwen base ' + base);
  const pct = (a, b) => (Math.round((a / b) * 10000) / 100).toFixed(2) + '%';
  const derivation = [
    'asOf: 附表1第2项“考评截止日期 2021.8.31”，拟办意见也写“数据截至2021年8月31日” → 2021-08-31；近一年窗口2020-09…2021-08；运行满6个月的界线2021-02-28。',
    'org.leadership: 附表1第8、9项：组长“县委副书记、县长”（主要领导），成员有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2。呈批件批示人“王××（县委常委、副县长）”是审批领导，不是领导小组组长。',
    'org.plan: 第10项方案已印发；主观评分项“方案制定”自评2 → 2',
    'org.policy: 第11项政策已出台；“政策支持”自评2 → 2',
    'org.management: “项目管理制度”2 + “工作台账”2 → 4',
    `work.center: 中心2020-09-18投入运营（真日期） ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训场所、展示销售、摄影美工、品牌推广、其他服务均“有” → 2+1+1+1+1；产业园已建成 → 2；《附7 园区企业》24行：第18行与第5行统一社会信用代码相同（更名，同一主体，只算1家），第9行2021.3.31退出、第15行“2021年6月”退出，第24行2021.9.6才入驻 → 截止日在园 24−1−2−1 = ${present.size}家 ≥ 20 → 2（第21行退出时间2021.9.15在截止日后，截止日仍在园；把它当已退出会只剩19家误得0）；类型代码P、S、Y、W共${kinds.size}类 ≥ 3 → 1；合计 2+2+2+1+1+1+1+2+2+1 = 15`,
    `work.coverage: 《附1》村委会182个、居委会15个 → 行政村基数182（< 200）；《附3》${stationTotal}行站点中，截止日前挂牌、所属行政村在名册内的不同村共${coveredAdmin}个（“所属行政村（自然村）”栏括号外是行政村，${natRows}行设在自然村、站名用的是自然村名，要按括号外的村委会计；3个社区服务点不是行政村；五一农场服务点不在名册内；3个“同村第二个站点”只算一次；2021-09-02第六批4个新村在截止日后） → ${coveredAdmin}/182 = ${pct(coveredAdmin, 182)} < 70%，≥ 50% → 2（把3个社区点或9月的4个村算进去都会超过70%误得5）；《附2》省定贫困村16个，其中${coveredPoorN}个截止日前有站点（3个设在自然村），第16个（${latePoor.name.replace(/村$/, '村委会')}）2021-09-02才挂牌 → 15/16 = 93.75%，80%–100% → 3；合计 2+3 = 5（自评10）`,
    'work.upward: 网销调研2、网络促销2（主观自评） → 4；第三方运营服务商“有” → 1；《附1》快递进村栏全部“已通” → 1；交易标准与冷链溯源自评1 → 1；农村网零 20.93/16.85 = +24.2% < 30%，农产品网零 8.31/6.12 = +35.8% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9',
    `work.training: 《附4》普及培训（不含专场）截止日前25期合计${sessBefore}人次（“175人次”“170人次”为文本；第26、27期在2021年9月，共650人次不计；合计行5,000含9月）；《附5》专场签到截止日前三期（2020-12-10、2021-04-15、2021-07-08）签到“√”${signBefore}行（第二期“缺席”1人不计），第四期2021-09-07的15行不计；合计 ${sessBefore} + ${signBefore} = ${ptBefore}人次 ÷ min(596,300, 500,000) = ${pct(ptBefore, 500000)}，0.8%–1% → 8（把9月的算进去是5,077人次=1.02%，误得10）。《附6》110人中劳动能力为普通/技能劳动力、务工情况为在家务农/县内务工/本镇务工的${E.length}人（县外、省外务工18人是外出务工；无劳动力/丧失劳动力12人）；其身份证号出现在前三期签到“√”行中的有${trainedBefore.size}人（一人签到时末位写小写x、一人身份证号中间带空格，都是名单上的人；3名外出务工、2名无劳动力和7名非建档立卡人员不在分子里；第四期的5名新参训者不计；缺席者不计） → ${trainedBefore.size}/${E.length} = ${pct(trainedBefore.size, E.length)}，40%–50% → 8（含第四期为43/80 = 53.75%，误得10）；合计 8+8 = 16（自评20）`,
    'info.disclosure: 第31–34项方案、项目信息、建设进度、监督举报窗口均“是”（附10固定内容也有） → 2；《附10》月度截图存档记的是截图时专栏最新一条信息：按“该信息发布日期”看，2020-09…2021-08中2021年2月没有新信息（2021-02-26截图仍是1月15日那条，备注“本月无更新”），其余11个月都有 → 不定时更新 → 1（按截图日期看会误以为每月都有）；合计 3（自评4）',
    'info.reporting: 《附9》粤政易发件箱导出中接收单位为湛江市商务局的，2020-09…2021-08除2021年2月外每月都有（2021-02-05那件发给县人民政府办公室，不是报市局；1-2月份进展3月2日才报；2020-08-10、2021-09-08在窗口外；“未签收”的5月那件也已报送） → 不定时 → 1；多件标题含“电商扶贫统计”，第35项也“能” → 3；合计 4（自评6）',
    'promo.cases: 《附12》2021-07-12向湛江市商务局报送经验材料 ≤ 截止日 → 2',
    'promo.media: 类别代码按表头图例：B（南方日报2020-11-20、广东广播电视台2021-04-16）省级 → 4；C（湛江日报、湛江广播电视台）市级 → 3；D（徐闻县融媒体中心）县级 → 1；A类CCTV-17在2021-09-03，截止日后不计；合计 8',
    'fund.system: 资金管理制度已制定；自评5 → 5',
    'fund.ledger: 自评4 → 4',
    `fund.spending: 《附8》支付状态“已支付”且支付日期在截止日前的11笔：600,000+480,000+180,000+220,000+432,000+300,000+360,000+250,000+164,000+280,000+170,000 = ${paidBefore.toLocaleString('en-US')}元（SQ-2020-06“退回”后以SQ-2021-01重报只付一次；SQ-2021-07申请日期8月26日但国库9月3日才支付，不计；SQ-2021-08“审核中”未支付）÷ 下达5,000,000元 = ${pct(paidBefore, 5000000)} < 70% → 倒扣5分 → −5（附表1自报累计拨付377.6万元把9月3日那笔算进去了，75.52%；自评4）`,
    'bonus.poorTraining: 贫困人口培训率 38/80 = 47.5% < 70% → 0',
    'bonus.tvCase: 截止日前的电商扶贫典型案例电视播报是广东广播电视台珠江频道2021-04-16（B类省级，“电商扶贫典型案例”是）→ 1；CCTV-17（A类国家级）在2021-09-03，截止日后不计',
    'veto.incident: 第41项“未发生” → 0',
    'veto.progress: 第40项项目总体进度80% ≥ 40% → 0（用所报总体进度，不用拨付率）',
    'veto.fraud: 第42项“无” → 0',
    `total: 2+2+2+4+15+5+9+16+3+4+2+8+5+4−5 = ${base}，加分 0+1 = ${bonus} → ${base + bonus}；未否决。呈批件自评98分，差在村级站点（126/182 = 69.2%、贫困村15/16）、培训（4,412人次、38/80）、信息公开和数据上报（2月均无）、资金支出（截止日前68.72%倒扣5分）。`,
  ];
  const c = {
    description:
      '徐闻县（湛江）商务局整本考评工作簿（14个表，含隐藏“代码表”），弱于自评（77分，含加分1分，未否决；呈批件自评98分）。事实表是局里的《呈批件》：来文单位/字号/收文日期、标题、拟办意见（写明数据截至2021年8月31日、自评98分）、局长意见、县领导批示（县委常委、副县长审批，不是领导小组组长）、拟稿核稿行，下面同一张表接“附表1 考评基础数据”（序号|数据项|数值|计量单位|数据截止|提供单位，培训人次和参训贫困人口的数据截止是“2021年9月7日”）、“附表2 自评得分”（评价指标|分值|自评得分|扣分|说明，claimed）和“主观评分项自评”小表。台账新写法：村居名单的省定贫困村只看“帮扶单位”栏是否填写（另有贫困村名单）；站点清单“所属行政村（自然村）”栏括号内是自然村，站名用自然村名；入驻企业类型为代码P/S/Y/W（图例在表头上方），同一信用代码更名后另列一行，一家退出时间在截止日后；资金台账是《支付申请登记表》（只有“已支付”且支付日期在截止日前的才算拨付，退回后重报、申请在8月但国库9月才付、审核中）；月报是粤政易公文交换发件箱导出（“2020-09-08 16:32:10”文本，接收单位有一件是县政府办）；专栏更新是“月度截图存档”（截图日期≠更新日期，看截图里最新一条信息的发布日期，2月无更新）；宣传报道类别用A/B/C/D代码。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: base + bonus,
      bonus,
      vetoed: false,
      points,
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 2,
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
        'bonus.poorTraining': 0,
        'bonus.tvCase': 1,
      },
    },
    derivation,
  };
  const claimedSum = Object.values(c.expect.claimed).reduce((a, v) => a + v, 0);
  assert(claimedSum === 98, 'xuwen claimed ' + claimedSum);
  write('counties', 'b41-c1-xuwen.json', c);
}

module.exports = { mulberry32, D, write, widen, assert, idWithCheck, makeId, makeName };

if (require.main === module) {
  factsJiaoling();
  factsPingyuan();
  factsRaoping();
  ledgersHuilai();
  ledgersJiexi();
  countyXuwen();
}
