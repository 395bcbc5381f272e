'use strict';
// Batch 40 blind corpus cases. Plain CommonJS, no dependencies, deterministic.
// node gen-b40.js  → writes counties/, facts/, ledgers/ next to this file.
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, "../..");

function rng(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function write(dir, name, obj) {
  fs.mkdirSync(path.join(ROOT, dir), { recursive: true });
  fs.writeFileSync(path.join(ROOT, dir, name), JSON.stringify(obj, null, 1) + '\n');
}
function assert(c, msg) { if (!c) throw new Error('assert: ' + msg); }
const D = (s) => ({ date: s });
const pad = (n, w = 2) => String(n).padStart(w, '0');
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * w[i];
  return '10X98765432'[sum % 11];
}
function idMaker(r, region) {
  const used = new Set();
  return function (opts = {}) {
    for (;;) {
      const y = opts.y0 ? opts.y0 + Math.floor(r() * (opts.y1 - opts.y0 + 1)) : 1955 + Math.floor(r() * 48);
      const m = 1 + Math.floor(r() * 12);
      const d = 1 + Math.floor(r() * 28);
      let seq = Math.floor(r() * 1000);
      if (opts.female !== undefined) seq = seq - (seq % 2) + (opts.female ? 0 : 1);
      if (seq > 999) seq -= 2;
      const s17 = region + y + pad(m) + pad(d) + pad(seq, 3);
      const c = idCheck(s17);
      if (opts.wantX === true && c !== 'X') continue;
      if (opts.wantX !== true && c === 'X') continue;
      const id = s17 + c;
      if (used.has(id)) continue;
      used.add(id);
      return id;
    }
  };
}
const SURN = '陈李黄梁林张何罗吴刘杨冯邓谢麦苏叶彭莫曾潘蔡卢钟欧植岑赖邱廖';
const GIV1 = '伟秀国志嘉美少丽永金宝建家玉桂振文海春月惠锦雪德荣燕';
const GIV2 = '明英强华芳平珍兴玲辉红梅东娟斌霞聪莲源清芬生坤娣杰';
function nameMaker(r) {
  const used = new Set();
  return function () {
    for (;;) {
      const n = SURN[Math.floor(r() * SURN.length)] + GIV1[Math.floor(r() * GIV1.length)] +
        (r() < 0.85 ? GIV2[Math.floor(r() * GIV2.length)] : '');
      if (!used.has(n)) { used.add(n); return n; }
    }
  };
}
const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
// iso "2021-03-05" → various written forms
function dateCell(iso, style) {
  const [y, m, d] = iso.split('-').map(Number);
  switch (style) {
    case 'real': return D(iso);
    case 'dot': return `${y}.${m}.${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'yy': return `${String(y).slice(2)}.${m}.${d}`;
    case 'dash': return iso;
    case 'month': return `${y}年${m}月`;
    default: throw new Error(style);
  }
}
const ALL_IDS = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage',
  'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media',
  'fund.system', 'fund.ledger', 'fund.spending', 'bonus.poorTraining', 'bonus.tvCase',
  'veto.incident', 'veto.progress', 'veto.fraud'];

/* =====================================================================================
 * F1 新兴县：分项统计汇编 —— 一张表由六个小表组成，事实取各小表的“合计”行
 * ===================================================================================== */
function xinxing() {
  const plat = [
    ['淘宝/天猫', 41230, 50870, 36410, 9860, 11650, 8120],
    ['京东', 18650, 23120, 16880, 4120, 4980, 3460],
    ['拼多多', 12480, 19760, 15230, 3650, 4710, 3590],
    ['抖音/快手（直播电商）', 3260, 9850, 9120, 1270, 2380, 2210],
    ['微信小程序及社区团购', 5120, 7340, 5610, 1540, 1690, 1180],
    ['其他平台', 4060, 4410, 2960, 960, 1000, 640],
  ];
  const tot = [1, 2, 3, 4, 5, 6].map((k) => plat.reduce((s, p) => s + p[k], 0));
  const g = (a, b) => Math.round((b / a - 1) * 1000) / 10; // one decimal percent
  const ruralG = g(tot[0], tot[1]);
  const agriG = g(tot[3], tot[4]);
  const rural21 = g(tot[1] * 8 / 12, tot[2]); // 口径不同，只是文字；不是输入
  const units = [
    ['县商务局（县电子商务公共服务中心）', 22, 2615, 486, 301, '含镇村巡回培训'],
    ['县人力资源和社会保障局', 6, 720, 95, 88, '职业技能提升行动电商班'],
    ['县农业农村局', 4, 410, 62, 57, '高素质农民培育（电商方向）'],
    ['县妇女联合会', 3, 268, 41, 36, '巾帼电商培训'],
    ['共青团新兴县委员会', 2, 193, 12, 12, '青年电商直播培训'],
  ];
  const uT = [1, 2, 3].map((k) => units.reduce((s, u) => s + u[k], 0));
  const trainedDistinct = 438;
  assert(trainedDistinct < units.reduce((s, u) => s + u[4], 0), 'dedupe');
  const issue = [['2019年第一批', '粤财工〔2019〕126号', 300], ['2020年第二批', '粤财工〔2020〕58号', 200]];
  const pay = [
    ['县级电商公共服务中心建设及运营', 150, 132.5],
    ['县乡村三级物流体系建设', 120, 96.8],
    ['镇村电商服务站点建设', 110, 88.0],
    ['电商人才培训', 60, 42.6],
    ['农产品上行及品牌培育', 45, 31.5],
  ];
  const payC = pay.reduce((s, p) => s + p[1], 0);
  const payT = Math.round(pay.reduce((s, p) => s + p[2], 0) * 10) / 10;
  const N = null;
  const rows = [
    ['新兴县电子商务进农村综合示范创建主要数据分项统计表', N, N, N, N, N, N, N],
    ['填报单位：新兴县商务局（盖章）　　　考评截止日期：2021年8月31日　　　填报日期：2021年9月2日', N, N, N, N, N, N, N],
    [],
    ['表1　基本情况', N, N, N, N, N, N, N],
    ['县（市、区）', '常住人口（万人）', '户籍人口（万人）', '行政村（个）', '社区居委会（个）', '省定贫困村（个）', '领导小组组长', '领导小组成员单位'],
    ['新兴县', 41.76, 49.3, 186, 18, 15, '县委副书记、县长', '县商务局、县财政局、县农业农村局、县乡村振兴局、县人社局、县交通运输局、县妇联、团县委'],
    [],
    ['表2　网络零售额分平台统计（单位：万元；数据来源：省商务厅第三方平台监测）', N, N, N, N, N, N, N],
    ['平台', '农村网络零售额', N, N, '农产品网络零售额', N, N, '备注'],
    [N, '2019年', '2020年', '2021年1-8月', '2019年', '2020年', '2021年1-8月', N],
    ...plat.map((p) => [p[0], p[1], p[2], p[3], p[4], p[5], p[6], N]),
    ['合计', tot[0], tot[1], tot[2], tot[3], tot[4], tot[5], N],
    ['同比增长', '—', ruralG.toFixed(1) + '%', rural21.toFixed(1) + '%', '—', agriG.toFixed(1) + '%', '12.9%', '2021年1-8月与上年同期比'],
    [],
    ['表3　电商培训分承办单位统计（截至2021年8月31日）', N, N, N, N, N, N, N],
    ['承办单位', '培训期数（期）', '培训人次（人次）', '其中：贫困户（人次）', '参训建档立卡贫困人口（人）', '备注', N, N],
    ...units.map((u) => [u[0], u[1], u[2], u[3], u[4], u[5], N, N]),
    ['合计', uT[0], uT[1], uT[2], trainedDistinct, '参训贫困人口按身份证号去重，合计不等于各单位之和', N, N],
    ['注1：全县有劳动能力的建档立卡贫困人口（不含外出务工人员）812人，为县乡村振兴局2021年8月核定数；建档立卡贫困人口总数5,346人，其中有劳动能力2,940人（含外出务工）。', N, N, N, N, N, N, N],
    ['注2：9月上旬县电商中心又举办1期直播带货培训（180人次），不在统计期内，未计入上表。', N, N, N, N, N, N, N],
    [],
    ['表4　省级专项资金（单位：万元）', N, N, N, N, N, N, N],
    ['下达批次', '文号', '下达金额', N, '拨付项目', '合同金额', '累计拨付（截至8月31日）', '拨付比例'],
  ];
  const r0 = rows.length;
  for (let i = 0; i < pay.length; i++) {
    const left = i < issue.length ? issue[i] : (i === issue.length ? ['合计', N, issue.reduce((s, x) => s + x[2], 0)] : [N, N, N]);
    rows.push([left[0], left[1], left[2], N, pay[i][0], pay[i][1], pay[i][2], (pay[i][2] / pay[i][1] * 100).toFixed(1) + '%']);
  }
  rows.push([N, N, N, N, '合计', payC, payT, (payT / payC * 100).toFixed(1) + '%']);
  rows.push(['注：拨付比例＝累计拨付÷合同金额。合同金额合计不等于下达资金（余15万元未签合同）。', N, N, N, N, N, N, N]);
  rows.push([]);
  rows.push(['表5　服务体系与工作开展情况（有／是打“✓”，无／否打“✗”）', N, N, N, N, N, N, N]);
  rows.push(['工作方案正式印发', '扶持政策出台', '中心投入运营时间', '免费培训场所及设备', '免费展示、销售', '免费摄影、美工', '统一推广、品牌建设', '其他衍生增值服务']);
  rows.push(['✓', '✓', '2020年12月28日', '✓', '✓', '✓', '✓', '✓（代运营、孵化）']);
  rows.push(['电商产业园（建设或整合）', '第三方专业运营服务商', '行政村快递物流覆盖', '专栏：创建方案', '专栏：项目基本信息', '专栏：项目建设进度', '专栏：征求意见/监督举报窗口', '电商扶贫统计']);
  rows.push(['✓', '✓', '✓（100%）', '✓', '✓', '✓', '✗（拟9月增设）', '✓']);
  rows.push(['资金管理制度', '资金专用台账', '项目总体进度', '安全生产、质量事故', '弄虚作假', N, N, N]);
  rows.push(['✓', '✓', '86%', '✗', '✗', N, N, N]);
  rows.push([]);
  rows.push(['表6　主观评分项自评', N, N, N, N, N, N, N]);
  rows.push(['方案制定2分；政策支持2分；项目管理制度2分；工作台账1分；网销调研2分；网络促销活动2分；交易标准与冷链溯源1分；资金管理制度4分；资金台账4分；资金及时拨付4分。', N, N, N, N, N, N, N]);
  rows.push([]);
  rows.push(['填表人：冯××　　审核人：李××　　联系电话：0766-28xxxxx', N, N, N, N, N, N, N]);
  const merges = ['A1:H1', 'A2:H2', 'A4:H4', 'A8:H8', 'B9:D9', 'E9:G9', 'A9:A10', 'H9:H10'];
  const idx = (text) => rows.findIndex((r) => r[0] === text) + 1;
  merges.push(`A${idx('表3　电商培训分承办单位统计（截至2021年8月31日）')}:H${idx('表3　电商培训分承办单位统计（截至2021年8月31日）')}`);
  for (const r of rows.keys()) {
    const t = rows[r][0];
    if (typeof t === 'string' && (t.startsWith('注') || t.startsWith('表4') || t.startsWith('表5') || t.startsWith('表6') || t.startsWith('方案制定') || t.startsWith('填表人'))) merges.push(`A${r + 1}:H${r + 1}`);
  }
  const uTotRow = rows.findIndex((r) => r[0] === '合计' && r[4] === trainedDistinct) + 1;
  merges.push(`F${uTotRow}:H${uTotRow}`);
  write('facts', 'b40-f1-xinxing.json', {
    description: '新兴县（云浮）商务局的《主要数据分项统计表》：一张表由六个带表头的小表组成——表1基本情况横排一行；表2网络零售额按平台分行（淘宝/天猫、京东、拼多多、抖音快手、小程序团购、其他），农村与农产品两组×（2019年|2020年|2021年1-8月）两行表头，事实取“合计”行，增速取“同比增长”行的2020年列；表3培训按承办单位分行（商务局、人社局、农业农村局、妇联、团县委），人次取合计，参训贫困人口取合计行的去重数（不是各单位之和），有劳动能力贫困人口写在表下注1；表4资金左右两个子表（下达批次｜拨付项目，行数不等），下达取左表合计，拨付取右表合计；表5是横排的✓/✗三行表头值对；表6主观项自评全写在一个格子里（分号分隔）。陷阱：户籍人口49.3万、社区18个、2021年1-8月列、贫困户人次696、各单位参训贫困人口之和494、建档立卡总数5,346、9月上旬180人次、合同金额合计485万元、拨付比例、填报日期2021年9月2日；征求意见/监督举报窗口“✗（拟9月增设）”＝否。',
    sheets: [{ name: '分项统计', rows, merges }],
    expect: {
      facts: {
        county: '新兴县',
        asOf: '2021-08-31',
        residentPopulation: 417600,
        adminVillagesStated: 186,
        poorVillagesStated: 15,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: tot[0] * 10000,
        ruralRetail2020: tot[1] * 10000,
        agriRetail2019: tot[3] * 10000,
        agriRetail2020: tot[4] * 10000,
        ruralRetailGrowthStated: Math.round(ruralG * 10) / 1000,
        agriRetailGrowthStated: Math.round(agriG * 10) / 1000,
        trainingPersonTimesStated: uT[1],
        eligiblePoorPersonsStated: 812,
        trainedPoorPersonsStated: trainedDistinct,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: Math.round(payT * 10000),
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
  return { tot, ruralG, agriG, uT, payT };
}

/* =====================================================================================
 * F2 郁南县：Word 版《考评申请表》粘进 Excel，Wingdings 勾选框变成 þ（已勾）/¨（未勾）
 * ===================================================================================== */
function yunan() {
  const N = null;
  const Y = 'þ', O = '¨';
  const rows = [
    ['2019年省级电子商务进农村综合示范县考评申请表', N, N, N, N, N],
    ['（注：本表由Word版复制粘贴，勾选框粘贴后显示为“þ”的是已勾选，显示为“¨”的是未勾选。——县商务局电商股 黄××）', N, N, N, N, N],
    ['申请单位', '郁南县人民政府', N, '联系部门', '郁南县商务局', N],
    ['县（市、区）', '郁南县', N, '所属地级市', '云浮市', N],
    ['联 系 人', '黄××', N, '联系电话', '0766-75xxxxx', N],
    ['考评截止日期', '2021年8月31日', N, '申请日期', '2021年9月6日', N],
    ['一、县域基本情况', N, N, N, N, N],
    ['常住人口', '37.85万人（七普）', N, '户籍人口', '53.2万人', N],
    ['行政村', '179个', N, '社区（居委会）', '15个', N],
    ['省定贫困村', '17个', N, '镇（街）', '15个', N],
    ['二、组织领导', N, N, N, N, N],
    ['牵头领导', `${O}县委书记　${O}县长　${Y}常务副县长　${O}分管副县长　${O}其他：________`, N, N, N, N],
    ['参与部门', `${Y}商务　${Y}财政　${Y}农业农村　${Y}乡村振兴（扶贫）　${Y}交通运输　${O}其他：________`, N, N, N, N],
    ['示范县工作方案', `${Y}已正式印发（郁府办函〔2019〕156号）　${O}未印发`, N, N, N, N],
    ['支持农村电商发展政策', `${O}已出台　${Y}正在制定（《郁南县促进农村电子商务发展若干措施》征求意见中）`, N, N, N, N],
    ['三、服务体系建设', N, N, N, N, N],
    ['县级电商公共服务中心投入运营时间', '2020年9月', N, N, N, N],
    ['中心服务功能', `${Y}免费培训场所及设备　${Y}特色农产品免费展示、销售　${O}免费摄影、美工　${Y}统一推广及品牌建设指导　${Y}其他衍生增值服务`, N, N, N, N],
    ['电商产业园', `${Y}已建（整合优化郁南县电商创业园）　${O}未建`, N, N, N, N],
    ['专业第三方电子商务运营或服务商', `${Y}有　${O}无`, N, N, N, N],
    ['行政村物流快递覆盖', `${O}100%覆盖　${Y}未全覆盖（覆盖率97.2%，尚有5个行政村未通）`, N, N, N, N],
    ['四、农村产品上行及电商培训', N, N, N, N, N],
    ['2019年农村网络零售额', '11.62亿元', N, '2020年农村网络零售额', '14.37亿元（同比增长23.7%）', N],
    ['2019年农产品网络零售额', '2.31亿元', N, '2020年农产品网络零售额', '3.12亿元（同比增长35.1%）', N],
    ['电商培训', '3,965人次', N, '其中贫困户', '1,187人次', N],
    ['有劳动能力的建档立卡贫困人口（不含外出务工）', '1,024人', N, '参加培训的建档立卡贫困人口', '536人', N],
    ['五、信息公开及报送', N, N, N, N, N],
    ['政府网站专栏公示内容', `${Y}创建方案　${Y}项目基本信息　${Y}项目建设进度　${O}征求意见或监督举报窗口`, N, N, N, N],
    ['电商扶贫情况统计', `${Y}能统计　${O}不能统计`, N, N, N, N],
    ['六、财政资金管理', N, N, N, N, N],
    ['省级专项资金下达', '500万元', N, '截至考评截止日累计拨付', '361.8万元（支出率72.4%）', N],
    ['资金管理制度', `${Y}已制定　${O}未制定`, N, '资金专用台账', `${Y}已建立　${O}未建立`, N],
    ['项目总体进度', '82%', N, N, N, N],
    ['七、主观评分项自评', N, N, N, N, N],
    ['方案制定（1-2分）', `${Y}2分　${O}1分`, N, '政策支持（1-2分）', `${O}2分　${O}1分`, N],
    ['项目管理制度（1-2分）', `${Y}2分　${O}1分`, N, '工作台账（1-2分）', `${O}2分　${Y}1分`, N],
    ['网销调研（1-2分）', `${Y}2分　${O}1分`, N, '网络促销活动（1-2分）', `${Y}2分　${O}1分`, N],
    ['交易标准与冷链溯源（1-2分）', `${O}2分　${Y}1分`, N, '资金管理制度（1-5分）', `${O}5　${Y}4　${O}3　${O}2　${O}1`, N],
    ['资金台账（1-5分）', `${Y}5　${O}4　${O}3　${O}2　${O}1`, N, '资金及时拨付（1-5分）', `${O}5　${Y}4　${O}3　${O}2　${O}1`, N],
    ['八、一票否决事项', N, N, N, N, N],
    ['安全生产、质量事故或重大经济损失', `${O}有　${Y}无`, N, '弄虚作假', `${O}有　${Y}无`, N],
    ['县人民政府意见', '同意申请考评。\n\n（盖章）\n2021年9月6日', N, '市商务主管部门初审意见', N, N],
  ];
  const merges = ['A1:F1', 'A2:F2'];
  rows.forEach((r, i) => {
    const n = i + 1;
    if (i < 2) return;
    if (r[1] === null && r[3] === null && r[0]) merges.push(`A${n}:F${n}`); // section rows
    else if (r[3] === null && r[1] !== null) merges.push(`B${n}:F${n}`);
    else { merges.push(`B${n}:C${n}`); merges.push(`E${n}:F${n}`); }
  });
  write('facts', 'b40-f2-yunan.json', {
    description: '郁南县（云浮）人民政府的《考评申请表》：Word 表格整表粘进 Excel，勾选框用的是 Wingdings 字体，粘贴后 ☑ 变成“þ”、☐ 变成“¨”（第2行有经办人的说明），一个格子里并排几个选项（牵头领导、参与部门、中心服务功能、专栏公示内容、各判断项的“2分/1分”“5 4 3 2 1”都是勾选）；标签|值左右两对、节标题整行合并；末尾“县人民政府意见（盖章）2021年9月6日”和空白的市局初审意见。读法：牵头领导勾“常务副县长”→ deputy；政策勾“正在制定”→ 否；摄影美工未勾、征求意见/监督举报窗口未勾 → 否；快递勾“未全覆盖（97.2%）”→ 否；中心只写到月“2020年9月”；政策支持自评两个框都没勾 → 不列。陷阱：户籍人口53.2万、社区15个、镇15个、贫困户1,187人次、支出率72.4%、申请日期2021年9月6日。',
    sheets: [{ name: '考评申请表', rows, merges }],
    expect: {
      facts: {
        county: '郁南县',
        asOf: '2021-08-31',
        residentPopulation: 378500,
        adminVillagesStated: 179,
        poorVillagesStated: 17,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-09',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 1162000000,
        ruralRetail2020: 1437000000,
        agriRetail2019: 231000000,
        agriRetail2020: 312000000,
        ruralRetailGrowthStated: 0.237,
        agriRetailGrowthStated: 0.351,
        trainingPersonTimesStated: 3965,
        eligiblePoorPersonsStated: 1024,
        trainedPoorPersonsStated: 536,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3618000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.82,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 5, 'fund.spending': 4,
      },
      leadership: 'deputy',
    },
  });
  assert(Math.abs(14.37 / 11.62 - 1.237) < 0.0005, 'yunan rural growth');
  assert(Math.abs(3.12 / 2.31 - 1.351) < 0.0005, 'yunan agri growth');
}

/* =====================================================================================
 * F3 封开县：市局下发的 Word 填空模板，经办人把数填在“＿＿”下划线中间，一句一格
 * ===================================================================================== */
function fengkai() {
  const N = null;
  const u = (v) => `＿＿${v}＿＿`;
  const lines = [
    '封开县电子商务进农村综合示范创建考评情况填报（填空式）',
    '说明：请在“＿＿”处填写，括号内为可选填法，金额以万元、亿元计的请照模板单位填写。',
    `1．本县（市、区）名称：${u('封开县')}。`,
    `2．考评数据截止时间：＿2021＿年＿8＿月＿31＿日。`,
    `3．全县常住人口${u('39.65')}万人（以第七次全国人口普查数为准），户籍人口${u('51.2')}万人。`,
    `4．全县共有行政村${u('182')}个、社区（居委会）${u('12')}个，其中省定贫困村${u('16')}个。`,
    `5．示范县工作方案${u('已')}（已/未）正式印发，文号${u('封府办〔2019〕38号')}。`,
    `6．${u('已')}（已/未）出台支持农村电商发展的政策文件${u('1')}份。`,
    `7．领导小组由${u('县委副书记、县长')}任组长，成员单位包括${u('县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、封开邮政分公司')}。`,
    `8．县级电商公共服务中心于＿2020＿年＿10＿月＿16＿日投入运营；${u('有')}（有/无）免费培训场所和培训设备；为特色农产品提供免费展示、销售服务${u('是')}；为电子商务市场主体提供免费摄影、美工服务${u('否（按成本价收费）')}；组织农产品统一推广、指导品牌建设${u('是')}；提供其他衍生增值服务＿＿＿＿。`,
    `9．电商产业园${u('已建')}（已建/整合优化/未建），入驻企业${u('21')}家、类型${u('4')}种。`,
    `10．当地${u('有')}（有/无）专业第三方电子商务运营或服务商。`,
    `11．行政村物流快递覆盖率${u('100')}%。`,
    `12．2019年农村网络零售额${u('9.86')}亿元，2020年${u('12.07')}亿元，同比增长${u('22.4')}%；2019年农产品网络零售额${u('2.45')}亿元，2020年${u('3.29')}亿元，同比增长${u('34.3')}%。`,
    `13．累计开展电商培训${u('62')}期、${u('4,118')}人次，占常住人口的${u('1.04')}%（常住人口超过50万的按50万计）。`,
    `14．有劳动能力的建档立卡贫困人口（不含外出务工人员）${u('1,356')}人，已参加培训${u('702')}人，培训率${u('51.8')}%。`,
    `15．在县政府网站设立示范创建专栏${u('是')}，专栏公示了：创建方案${u('是')}、项目基本信息${u('是')}、项目建设进度${u('是')}、征求意见或监督举报窗口${u('是')}；近一年按月更新${u('11')}个月。`,
    `16．${u('能')}（能/不能）统计电商扶贫情况。`,
    `17．省级专项资金下达${u('500')}万元，截至考评截止日累计拨付${u('398.6')}万元，资金支出率${u('79.7')}%；项目总体进度${u('88')}%。`,
    `18．${u('已')}制定省级财政资金管理制度；${u('已')}建立资金专用台账。`,
    `19．考评期内${u('未')}（有/未）发生安全生产、质量事故或重大经济损失；${u('不存在')}（存在/不存在）弄虚作假情况。`,
    `20．主观评分项自评：方案制定＿2＿分；政策支持＿2＿分；项目管理制度＿2＿分；工作台账＿2＿分；网销调研＿2＿分；网络促销活动＿1＿分；交易标准与冷链溯源＿＿分；资金管理制度＿5＿分；资金台账＿4＿分；资金及时拨付＿4＿分。`,
    null,
    '填报人：陆××　　　审核人：梁××　　　填报日期：2021年9月3日',
  ];
  const rows = lines.map((l) => (l === null ? [] : [l]));
  assert(Math.abs(12.07 / 9.86 - 1.224) < 0.0005, 'fk rural');
  assert(Math.abs(3.29 / 2.45 - 1.343) < 0.0005, 'fk agri');
  assert(Math.abs(702 / 1356 - 0.518) < 0.0005, 'fk poor');
  write('facts', 'b40-f3-fengkai.json', {
    description: '封开县（肇庆）商务局照肇庆市商务局的 Word 填空模板填报后整篇粘进 Excel：A列一句一格（编号1．至20．），模板原文的全角下划线“＿＿”保留着，经办人把值打在下划线中间（“常住人口＿＿39.65＿＿万人”“＿2021＿年＿8＿月＿31＿日”年月日三个空分开填），空后括号里是模板的可选填法“（已/未）”“（有/无）”（不是答案）；一句里常有好几个空。读法：第8句“其他衍生增值服务＿＿＿＿”空着＝未填，不列；摄影美工“否（按成本价收费）”→ 否；第20句“交易标准与冷链溯源＿＿分”空着＝未自评。陷阱：户籍人口51.2万、社区12个、入驻企业21家/类型4种、培训62期与“占常住人口1.04%”、培训率51.8%、“按月更新11个月”、支出率79.7%都不是输入；填报日期2021年9月3日不是截止日。',
    sheets: [{ name: '情况填报（填空）', rows, merges: ['A1:H1'] }],
    expect: {
      facts: {
        county: '封开县',
        asOf: '2021-08-31',
        residentPopulation: 396500,
        adminVillagesStated: 182,
        poorVillagesStated: 16,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 986000000,
        ruralRetail2020: 1207000000,
        agriRetail2019: 245000000,
        agriRetail2020: 329000000,
        ruralRetailGrowthStated: 0.224,
        agriRetailGrowthStated: 0.343,
        trainingPersonTimesStated: 4118,
        eligiblePoorPersonsStated: 1356,
        trainedPoorPersonsStated: 702,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3986000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

/* =====================================================================================
 * L1 德庆县：①项目管理系统导出的树形支付明细（项目→合同→支付三级）；②宣传报道 月份×级别 矩阵
 * ===================================================================================== */
function deqing() {
  const N = null;
  const fundRows = [
    ['德庆县省级电子商务进农村综合示范专项资金支付进度（树形展开）', N, N, N, N, N, N, N],
    ['导出时间：2021-09-09 16:22:05　　导出人：dqsw_lihm　　数据来源：德庆县财政项目资金管理系统', N, N, N, N, N, N, N],
    ['单位：元', N, N, N, N, N, N, N],
    ['层级编码', '名称', '对方单位', '日期', '金额', '状态', '凭证号', '备注'],
  ];
  const recs = [];
  const P = (code, name, amt) => fundRows.push([code, name, N, N, amt, N, N, '项目预算']);
  const C = (code, name, party, date, amt, st) => fundRows.push([code, '　合同：' + name, party, date, amt, st, N, N]);
  const Y = (code, name, party, date, amt, st, vno, note, iso) => {
    fundRows.push([code, '　　└ ' + name, party, date, amt, st, vno, note || N]);
    if (st === '已支付') recs.push({ date: iso, amount: typeof amt === 'number' ? amt : Number(String(amt).replace(/,/g, '')) });
  };
  P('01', '县级电子商务公共服务中心建设及运营', 1500000);
  C('01.01', '德庆县电子商务公共服务中心装修及设备采购（DQSW-2020-CG01）', '肇庆市恒业建设工程有限公司', '2020-06-10', 1180000, '已完结');
  Y('01.01.001', '预付款（30%）', '肇庆市恒业建设工程有限公司', '2020-06-28', 354000, '已支付', '记-2020-06-031', N, '2020-06-28');
  Y('01.01.002', '进度款（40%）', '肇庆市恒业建设工程有限公司', '2020-09-15', 472000, '已支付', '记-2020-09-017', N, '2020-09-15');
  Y('01.01.003', '验收款（25%）', '肇庆市恒业建设工程有限公司', '2020-12-22', 295000, '已支付', '记-2020-12-044', N, '2020-12-22');
  Y('01.01.004', '质保金（5%）', '肇庆市恒业建设工程有限公司', N, 59000, '待支付', N, '质保期满（2021-12-22）后支付', null);
  C('01.02', '德庆县电子商务公共服务中心运营服务（2020.11—2021.10）', '德庆县康城电子商务有限公司', '2020-11-05', 300000, '执行中');
  Y('01.02.001', '第一期运营服务费', '德庆县康城电子商务有限公司', '2021-01-20', 120000, '已支付', '记-2021-01-012', N, '2021-01-20');
  Y('01.02.002', '第二期运营服务费', '德庆县康城电子商务有限公司', '2021-07-08', 90000, '已支付', '记-2021-07-009', N, '2021-07-08');
  P('02', '县乡村三级物流配送体系建设', 1300000);
  C('02.01', '德庆县县乡村三级物流共同配送项目（DQSW-2020-CG03）', '德庆县顺达物流有限公司', '2020-08-20', 1200000, '执行中');
  Y('02.01.001', '预付款（30%）', '德庆县顺达物流有限公司', '2020-09-03', 360000, '已支付', '记-2020-09-002', N, '2020-09-03');
  Y('02.01.002', '进度款（40%）', '德庆县顺达物流有限公司', '2021-01-15', 480000, '已退票', '记-2021-01-008', '收款账号有误，国库退回', null);
  Y('02.01.003', '进度款（40%）（重新支付）', '德庆县顺达物流有限公司', '2021-01-26', 480000, '已支付', '记-2021-01-019', '冲02.01.002退票', '2021-01-26');
  Y('02.01.004', '尾款（25%）', '德庆县顺达物流有限公司', '2021-09-07', 300000, '已支付', '记-2021-09-003', N, '2021-09-07');
  P('03', '镇村电子商务服务站点建设', 1100000);
  C('03.01', '镇村电商服务站点建设（一期40个）', '广东粤乡通信息科技有限公司', '2020-07-30', 520000, '已完结');
  Y('03.01.001', '全额支付（验收合格）', '广东粤乡通信息科技有限公司', '2020-12-18', 520000, '已支付', '记-2020-12-031', N, '2020-12-18');
  C('03.02', '镇村电商服务站点建设（二期36个）', '广东粤乡通信息科技有限公司', '2021-03-02', 468000, '执行中');
  Y('03.02.001', '预付款（50%）', '广东粤乡通信息科技有限公司', '2021-04-09', 234000, '已支付', '记-2021-04-006', N, '2021-04-09');
  Y('03.02.002', '尾款（50%）', '广东粤乡通信息科技有限公司', N, 234000, '待支付', N, '待验收', null);
  P('04', '电子商务人才培训', 600000);
  C('04.01', '德庆县农村电商人才培训服务（DQSW-2020-FW02）', '肇庆市数商职业培训学校', '2020-09-25', 560000, '执行中');
  Y('04.01.001', '第一期培训费', '肇庆市数商职业培训学校', '2020-12-31', 168000, '已支付', '记-2020-12-058', N, '2020-12-31');
  Y('04.01.002', '第二期培训费', '肇庆市数商职业培训学校', '2021-05-21', 224000, '已支付', '记-2021-05-014', N, '2021-05-21');
  P('05', '农产品上行及区域公共品牌推广', 500000);
  C('05.01', '“德庆贡柑”区域公共品牌策划推广', '广州禾穗文化传播有限公司', '2020-10-12', 260000, '执行中');
  Y('05.01.001', '预付款（30%）', '广州禾穗文化传播有限公司', '2020-10-30', 78000, '已支付', '记-2020-10-021', N, '2020-10-30');
  // 经办人手工补录的一行（系统未同步）
  fundRows.push(['05.01.002', '　　└ 进度款（40%）【手工补录，系统未同步】', '广州禾穗文化传播有限公司', '2021.8.27', '104,000.00', '已支付', '记-2021-08-025', '国库已支付，系统9月才同步']);
  recs.push({ date: '2021-08-27', amount: 104000 });
  fundRows.push([]);
  fundRows.push(['合计', N, N, N, 5000000, N, N, '项目预算合计；已支付合计见下行']);
  const paidTotal = recs.reduce((s, r) => s + r.amount, 0);
  fundRows.push(['其中：已支付', N, N, N, paidTotal, N, N, '含9月7日支付的300,000元；已退票、待支付不计']);
  fundRows.push(['说明：层级编码两位为项目（金额为项目预算），四位为合同（日期为签订日期、金额为合同金额），七位为支付记录（日期为国库支付日期）。状态以国库集中支付系统为准。', N, N, N, N, N, N, N]);
  const fundMerges = ['A1:H1', 'A2:H2', 'A3:H3', `A${fundRows.length}:H${fundRows.length}`];

  // ---- 宣传报道 月份×级别 ----
  const months = ['2020年9月', '2020年10月', '2020年11月', '2020年12月', '2021年1月', '2021年2月', '2021年3月', '2021年4月', '2021年5月', '2021年6月', '2021年7月', '2021年8月', '2021年9月（截至9月9日）'];
  const ym = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09'];
  // cells: [national, province, city, county]; each entry [text, day|null, tv]
  const grid = [
    [[], [['9.18 南方日报《德庆贡柑“触网”走俏》', 18, false]], [], [['9.25 德庆发布《我县电子商务公共服务中心正式揭牌运营》', 25, false]]],
    [[], [], [['10.16 西江日报《德庆：电商服务站开到村民家门口》', 16, false]], [['〔电视〕10.20 德庆电视台《德庆新闻》：电商培训进乡村', 20, true]]],
    [[['11.12 人民网《广东德庆：小贡柑搭上电商快车》', 12, false]], [['〔电视〕11.3 广东广播电视台《广东新闻联播》：德庆贡柑线上销售火爆', 3, true], ['南方+《德庆举办首届贡柑网络文化节》（日期不详）', null, false]], [['11.20 肇庆发布《德庆贡柑网络节开幕》', 20, false]], []],
    [[], [], [], [['12.8 德庆县融媒体中心《我县举办第三期电商直播培训班》', 8, false]]],
    [[], [], [['〔电视〕1.14 肇庆广播电视台《肇庆新闻》：德庆电商年货节', 14, true]], []],
    [[], [], [], []],
    [[], [['3.26 羊城晚报《德庆：“电商+扶贫”让山货走出大山》', 26, false]], [], [['3.10 德庆发布《电商服务站点二期建设启动》', 10, false], ['3.29 德庆发布《我县召开电商进农村示范创建推进会》', 29, false]]],
    [[], [], [], [['4.15 德庆县融媒体中心《官圩镇电商服务站助农销售砂糖桔》', 15, false]]],
    [[['5.20 新华网《广东德庆：电商让贡柑变“金果”》', 20, false]], [], [['5.12 西江日报《德庆农村电商人才培训成效显著》', 12, false]], []],
    [[], [], [], [['〔电视〕6.18 德庆电视台《德庆新闻》：“6·18”电商节助农直播', 18, true]]],
    [[], [['7.9 南方农村报《德庆物流共同配送打通最后一公里》', 9, false]], [], []],
    [[], [], [['西江日报《德庆县电商进农村示范创建见闻》（8月，日期不详）', null, false]], [['8.26 德庆县融媒体中心《我县电商公共服务中心开展农产品直播月活动》', 26, false]]],
    [[], [['〔电视〕9.6 广东广播电视台珠江频道《今日关注》：德庆电商扶贫新路子', 6, true]], [], []],
  ];
  const levels = ['national', 'province', 'city', 'county'];
  const mediaRows = [
    ['德庆县电子商务进农村综合示范宣传报道情况统计表（按月）', N, N, N, N, N],
    ['填报单位：德庆县商务局　　　统计时段：2020年9月—2021年9月9日', N, N, N, N, N],
    ['月份', '中央级媒体', '省级媒体', '肇庆市级媒体', '德庆县级媒体', '小计（篇）'],
  ];
  const mediaRecs = [];
  let totalCount = 0;
  grid.forEach((row, i) => {
    const cells = row.map((c) => (c.length ? c.map((e) => e[0]).join('\n') : '—'));
    const cnt = row.reduce((s, c) => s + c.length, 0);
    totalCount += cnt;
    mediaRows.push([months[i], ...cells, cnt]);
    row.forEach((c, j) => c.forEach((e) => mediaRecs.push({
      date: e[1] === null ? ym[i] : `${ym[i]}-${pad(e[1])}`,
      level: levels[j],
      tv: e[2],
    })));
  });
  mediaRows.push(['合计', N, N, N, N, totalCount]);
  mediaRows.push(['注：1.一格内多条报道分行填写，日期写“月.日”，年份见左侧月份；2.标“〔电视〕”的为电视报道，其余为报纸、网络或新媒体；3.9月的报道统计到9月9日。', N, N, N, N, N]);
  const mediaMerges = ['A1:F1', 'A2:F2', `A${mediaRows.length}:F${mediaRows.length}`];

  const noteRows = [
    ['填表说明'],
    ['1．《资金支付明细（树形）》由县财政项目资金管理系统导出后补录，请按层级编码区分项目、合同、支付记录。'],
    ['2．《宣传报道（按月）》按报道刊发月份和媒体级别归类填写。'],
    ['3．本册台账由县商务局电商股负责更新，联系人：李××，电话0758-77xxxxx。'],
  ];
  write('ledgers', 'b40-l1-deqing.json', {
    description: '德庆县（肇庆）商务局两本台账加填表说明：①《资金支付明细（树形）》是县财政项目资金管理系统的树形导出——层级编码两位是项目（金额为预算）、四位是合同（名称前“合同：”，日期为签订日期、金额为合同金额）、七位是支付记录（名称前“└”，日期为国库支付日期），状态列“已支付/已退票/待支付”；只有七位码且“已支付”的行是一笔拨付：1月15日那笔“已退票”（账号有误被国库退回，1月26日重新支付另起一行）、质保金和二期尾款“待支付”都不是；经办人在末尾手工补录一行（日期“2021.8.27”文本、金额“104,000.00”文本）；9月7日尾款在截止日后照列；“合计”“其中：已支付”行不是记录。②《宣传报道（按月）》是“月份×媒体级别”矩阵：行为2020年9月…2021年9月（截至9日），列为中央级|省级|肇庆市级|德庆县级，一格内多条报道换行分写、只写“月.日”（年份从行取），两条写“（日期不详）”只记到月份；级别由所在列决定，标“〔电视〕”的为电视；2021年2月一行全是“—”；按行自上而下、列自左至右、格内自上而下为记录顺序，“小计”列和合计行不是记录。',
    sheets: [
      { name: '资金支付明细（树形）', rows: fundRows, merges: fundMerges },
      { name: '宣传报道（按月）', rows: mediaRows, merges: mediaMerges },
      { name: '填表说明', rows: noteRows },
    ],
    expect: {
      sheets: {
        '资金支付明细（树形）': { kind: 'funds', records: recs },
        '宣传报道（按月）': { kind: 'media', records: mediaRecs },
        '填表说明': { kind: null },
      },
    },
  });
  assert(recs.length === 14, 'deqing funds count ' + recs.length);
  return { paidTotal, media: mediaRecs.length };
}

/* =====================================================================================
 * L2 阳西县：学员花名册（参训期次写编号，日期要查右侧“期次对照表”）；贫困人口户表＋人表
 * ===================================================================================== */
function yangxi() {
  const r = rng(4040);
  const N = null;
  const newId = idMaker(r, '441721');
  const newName = nameMaker(r);
  const sess = {
    1: ['2020.10.22', '2020-10-22', '电商基础及网店开设', '县电子商务公共服务中心'],
    2: ['2020年11月26日', '2020-11-26', '短视频拍摄与剪辑', '织篢镇政府会议室'],
    3: ['2020.12.17-18', '2020-12-18', '直播带货实操（两天班）', '县电子商务公共服务中心'],
    4: [D('2021-03-11'), '2021-03-11', '农产品网店运营', '程村镇文化站'],
    5: ['21.5.20', '2021-05-20', '程村蚝、沙扒鱼干网销专题', '沙扒镇政府'],
    6: ['2021年7月8日', '2021-07-08', '社区团购与微商城', '县电子商务公共服务中心'],
    7: ['2021.9.2', '2021-09-02', '电商客服与售后', '儒洞镇政府'],
    8: ['（原定2021年8月19日，因台风“卢碧”取消）', null, '物流打包与冷链', '—'],
  };
  const towns = ['织篢镇', '程村镇', '塘口镇', '上洋镇', '溪头镇', '沙扒镇', '儒洞镇', '新墟镇'];
  // session lists as typed
  const plans = [
    ['1、3、5', [1, 3, 5]], ['2', [2]], ['1,4', [1, 4]], ['3，6', [3, 6]], ['第2期、第7期', [2, 7]],
    ['2-4', [2, 3, 4]], ['4；5', [4, 5]], ['1', [1]], ['1-6', [1, 2, 3, 4, 5, 6]], ['5、6、7', [5, 6, 7]],
    ['3', [3]], ['1、2', [1, 2]], ['6', [6]], ['2、4、6', [2, 4, 6]], ['第1期', [1]], ['4', [4]],
    ['3、4', [3, 4]], ['5', [5]], ['1、5', [1, 5]], ['7', [7]], ['2，3', [2, 3]], ['6、7', [6, 7]],
    ['1-3', [1, 2, 3]], ['4、6', [4, 6]], ['2', [2]], ['3、5、6', [3, 5, 6]], ['1、4、7', [1, 4, 7]],
    ['5', [5]], ['第3期、第4期', [3, 4]], ['6', [6]], ['1', [1]], ['2、5', [2, 5]], ['4-6', [4, 5, 6]],
    ['3', [3]], ['1、6', [1, 6]], ['7', [7]], ['2', [2]], ['5、6', [5, 6]],
  ];
  const rows = [
    ['阳西县电子商务培训学员花名册（2020—2021年）', N, N, N, N, N, N, N, N, N, N, N, N, N],
    ['填报单位：阳西县商务局（县电子商务公共服务中心）　　更新日期：2021年9月6日', N, N, N, N, N, N, N, N, N, '期次对照表', N, N, N],
    ['序号', '姓名', '性别', '身份证号码', '所在镇', '建档立卡贫困户', '参训期次', '参训次数', '联系电话', N, '期次', '培训日期', '培训主题', '培训地点'],
  ];
  const recs = [];
  const specialIdx = { 4: 'lowerx', 9: 'spaces', 15: 'masked', 22: 'none' };
  let sumTimes = 0;
  plans.forEach((p, i) => {
    const female = r() < 0.55;
    let idTrue = newId({ wantX: specialIdx[i] === 'lowerx', female, y0: 1968, y1: 2001 });
    let idCell = idTrue;
    let idExp = idTrue;
    if (specialIdx[i] === 'lowerx') { idCell = idTrue.slice(0, 17) + 'x'; }
    if (specialIdx[i] === 'spaces') { idCell = `${idTrue.slice(0, 6)} ${idTrue.slice(6, 14)} ${idTrue.slice(14)}`; }
    if (specialIdx[i] === 'masked') { idCell = idTrue.slice(0, 6) + '********' + idTrue.slice(14); idExp = idCell; }
    if (specialIdx[i] === 'none') { idCell = '（未提供）'; idExp = null; }
    const poor = r() < 0.3 ? '是' : '否';
    const phone = '13' + String(Math.floor(r() * 1e9)).padStart(9, '0');
    const masked = phone.slice(0, 3) + '****' + phone.slice(7);
    sumTimes += p[1].length;
    rows.push([i + 1, newName(), female ? '女' : '男', idCell, pick(r, towns), poor, p[0], p[1].length, masked, N, N, N, N, N]);
    for (const s of p[1]) recs.push({ date: sess[s][1], personTimes: 1, id: idExp });
  });
  // lookup table in K..N, rows 4..11
  Object.keys(sess).forEach((k, j) => {
    const row = rows[3 + j];
    row[10] = Number(k); row[11] = sess[k][0]; row[12] = sess[k][2]; row[13] = sess[k][3];
  });
  rows.push(['合计', N, N, N, N, N, N, sumTimes, N, N, N, N, N, N]);
  rows.push(['注：1.“参训期次”填期次编号（多期用“、”“，”分隔，“2-4”表示第2至第4期），各期培训日期见右侧“期次对照表”；2.“参训次数”为核对列；3.第8期因台风取消，无学员。', N, N, N, N, N, N, N, N, N, N, N, N, N]);
  const n1 = rows.length;
  const merges = ['A1:N1', 'A2:I2', 'K2:N2', `A${n1}:N${n1}`];

  // ---- poor households / persons ----
  const hh = [];
  const persons = [];
  const vill = ['石角村委会', '周亨村委会', '边海村委会', '马村村委会', '沙扒村委会', '北额村委会'];
  const labourYes = ['普通劳动力', '技能劳动力'];
  const workYes = ['省外务工', '县外省内务工'];
  const workNo = ['在家务农', '未务工'];
  let lowerDone = 0;
  for (let h = 0; h < 12; h++) {
    const hid = `441721${pad(h * 7 + 103, 4)}`;
    const size = 2 + Math.floor(r() * 4);
    const members = [];
    const headFemale = r() < 0.3;
    for (let m = 0; m < size; m++) {
      let rel;
      if (m === 0) rel = '户主';
      else if (m === 1) rel = pick(r, ['配偶', '配偶', '之母']);
      else rel = pick(r, ['之子', '之女', '之子', '之孙']);
      let kind;
      if (rel === '之孙') kind = 'student';
      else if (rel === '之母') kind = 'nolab';
      else if (rel === '户主' || rel === '配偶') kind = pick(r, ['elig', 'elig', 'elig', 'mig', 'nolab']);
      else kind = pick(r, ['elig', 'mig', 'mig']);
      const [y0, y1] = { '户主': [1960, 1978], '配偶': [1960, 1980], '之母': [1936, 1950], '之子': [1990, 2002], '之女': [1990, 2002], '之孙': [2006, 2014] }[rel];
      const female = rel === '户主' ? headFemale : rel === '配偶' ? !headFemale : (rel === '之母' || rel === '之女') ? true : rel === '之子' ? false : r() < 0.5;
      const wantX = (kind === 'elig' && lowerDone < 1 && h >= 3);
      const id = newId({ y0, y1, wantX, female });
      let idCell = id;
      if (wantX) { idCell = id.slice(0, 17) + 'x'; lowerDone++; }
      let lab, work, labour, migrant;
      if (kind === 'elig') { lab = pick(r, labourYes); work = pick(r, workNo); labour = true; migrant = false; }
      else if (kind === 'mig') { lab = pick(r, labourYes); work = pick(r, workYes); labour = true; migrant = true; }
      else if (kind === 'student') { lab = '无劳动力（在校生）'; work = N; labour = false; migrant = null; }
      else { lab = rel === '之母' ? pick(r, ['无劳动力', '丧失劳动力']) : '丧失劳动力'; work = N; labour = false; migrant = null; }
      const sur = members.length ? members[0].name[0] : null;
      let nm = newName();
      if (sur && (rel === '之子' || rel === '之女' || rel === '之孙') && !headFemale) { for (let t = 0; t < 50 && nm[0] !== sur; t++) nm = newName(); }
      members.push({ hid, m: m + 1, name: nm, rel, idCell, id, lab, work, labour, migrant, school: kind === 'student' ? '在读' : N });
    }
    hh.push({ hid, town: pick(r, towns.slice(0, 6)), village: vill[h % vill.length], head: members[0].name, size,
      lab: members.filter((x) => x.labour).length, mig: members.filter((x) => x.migrant === true).length,
      year: pick(r, ['2018年', '2019年', '2020年']), helper: pick(r, ['县商务局', '县财政局', '阳西供电局', '县农业农村局']) });
    persons.push(...members);
  }
  const hhRows = [
    ['阳西县建档立卡贫困户基本信息（户）', N, N, N, N, N, N, N, N],
    ['来源：县乡村振兴局（2021年7月核对）', N, N, N, N, N, N, N, N],
    ['户编号', '镇', '村委会', '户主姓名', '家庭人口（人）', '劳动力（人）', '其中外出务工（人）', '脱贫年度', '帮扶单位'],
    ...hh.map((h) => [h.hid, h.town, h.village, h.head, h.size, h.lab, h.mig, h.year, h.helper]),
    ['合计', N, N, `${hh.length}户`, hh.reduce((s, h) => s + h.size, 0), hh.reduce((s, h) => s + h.lab, 0), hh.reduce((s, h) => s + h.mig, 0), N, N],
    ['注：每户成员明细见《贫困人口信息（人）》，以户编号关联。', N, N, N, N, N, N, N, N],
  ];
  const pRows = [
    ['阳西县建档立卡贫困人口信息（人）', N, N, N, N, N, N, N],
    ['户编号', '成员序号', '姓名', '与户主关系', '公民身份号码', '劳动能力', '务工情况', '在校情况'],
    ...persons.map((p) => [p.hid, p.m, p.name, p.rel, p.idCell, p.lab, p.work, p.school]),
    ['注：镇、村及户主信息见《贫困户信息（户）》；无劳动力人员务工情况不填。', N, N, N, N, N, N, N],
  ];
  assert(lowerDone === 1, 'lower x poor');
  write('ledgers', 'b40-l2-yangxi.json', {
    description: '阳西县（阳江）商务局三张表：①《学员花名册》一人一行，表里没有培训日期，只有“参训期次”填期次编号（“1、3、5”“1,4”“3，6”“4；5”“第2期、第7期”，区间“2-4”“1-6”＝第2至第4期、第1至第6期，另有“参训次数”核对列），日期要到同一张表右侧K:N的“期次对照表”去查（2020.10.22、2020年11月26日、两天班“2020.12.17-18”按结束日、真日期、两位年份21.5.20、2021年7月8日、截止日后的2021.9.2；第8期因台风取消无人参加）；每个“学员×期次”是一条记录（按行、格内自左向右），期次对照表、合计行和注都不是记录；身份证一人小写x、一人分三段带空格、一人打码（照写）、一人“（未提供）”（id为null）。②《贫困户信息（户）》是按户的汇总（户编号、户主、人数、劳动力人数、外出务工人数），不是逐人名单（kind null）；③《贫困人口信息（人）》逐人一行、以户编号关联户表，劳动能力 普通/技能劳动力→有，无劳动力/丧失劳动力/无劳动力（在校生）→无；务工 省外务工/县外省内务工→外出，在家务农/未务工→否，无劳动力者务工栏空（null）；一人身份证末位小写x。',
    sheets: [
      { name: '学员花名册', rows, merges },
      { name: '贫困户信息（户）', rows: hhRows, merges: ['A1:I1', 'A2:I2', `A${hhRows.length}:I${hhRows.length}`] },
      { name: '贫困人口信息（人）', rows: pRows, merges: ['A1:H1', `A${pRows.length}:H${pRows.length}`] },
    ],
    expect: {
      sheets: {
        '学员花名册': { kind: 'training', records: recs },
        '贫困户信息（户）': { kind: null },
        '贫困人口信息（人）': { kind: 'poorPersons', records: persons.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant })) },
      },
    },
  });
  return { trainingRecs: recs.length, persons: persons.length };
}


/* =====================================================================================
 * C1 罗定市：整本工作簿。事实表是“月度快照”数据台（静态数据带核实日期；累计数据按统计时点逐行追加，
 * 考评取 2021年8月31日 一行；主观项用 ● 点在分值列里）。
 * ===================================================================================== */
function luoding() {
  const r = rng(20210831);
  const N = null;
  const CUT = '2021-08-31';
  const newId = idMaker(r, '445381');
  const newName = nameMaker(r);
  const towns = [
    ['罗城街道', 4, ['城东社区居委会', '城西社区居委会', '城南社区居委会', '城北社区居委会', '文塔社区居委会', '兴华社区居委会', '凤凰社区居委会', '罗中社区居委会']],
    ['素龙街道', 10, ['素龙社区居委会', '岗咀社区居委会', '龙华社区居委会']],
    ['附城街道', 12, ['附城社区居委会', '迎宾社区居委会', '泷江社区居委会']],
    ['双东街道', 9, ['双东社区居委会', '东门社区居委会']],
    ['罗镜镇', 20], ['太平镇', 16], ['分界镇', 14], ['罗平镇', 18], ['船步镇', 15], ['满塘镇', 13],
    ['苹塘镇', 14], ['金鸡镇', 16], ['围底镇', 15], ['华石镇', 13], ['榃滨镇', 12], ['黎少镇', 14],
    ['生江镇', 10], ['连州镇', 12], ['泗纶镇', 11], ['加益镇', 10], ['龙湾镇', 10],
  ].map((t) => ({ name: t[0], nv: t[1], comms: t[2] || [t[0].replace(/镇$/, '') + '圩社区居委会'] }));
  const P1 = '大小上下东西南北新石龙凤金银水山田塘岗竹木沙河平安富合双三六九黄白青高长古良永福德宝云';
  const P2 = '塘岗坑垌围坪田河湾冲洞寨朗岭坡头尾口面心寮坳埇庄背';
  const townNames = new Set(towns.map((t) => t.name.replace(/(镇|街道)$/, '')));
  const usedV = new Set(['龙湾', '太平', '金鸡', '满塘', '苹塘', '罗平', '生江', '加益']);
  const newV = () => { for (;;) { const n = pick(r, P1) + pick(r, P2); if (!usedV.has(n) && !townNames.has(n)) { usedV.add(n); return n; } } };
  const villages = [];
  const comms = [];
  for (const t of towns) {
    for (let i = 0; i < t.nv; i++) villages.push({ town: t.name, n2: newV(), form: r() < 0.12 ? '村民委员会' : '村委会', poor: false });
    for (const c of t.comms) comms.push({ town: t.name, name: c });
  }
  assert(villages.length === 268, 'villages ' + villages.length);
  // poor villages: 32, not in 街道
  const ruralIdx = villages.map((v, i) => i).filter((i) => !villages[i].town.endsWith('街道'));
  const poorIdx = shuffle(r, ruralIdx.slice()).slice(0, 32).sort((a, b) => a - b);
  poorIdx.forEach((i) => { villages[i].poor = true; });
  const poorLate = poorIdx[17];
  const nonPoor = shuffle(r, villages.map((v, i) => i).filter((i) => !villages[i].poor));
  const coveredNP = nonPoor.slice(0, 112);
  const lateNP = nonPoor.slice(112, 114);
  const covered = new Set([...poorIdx.filter((i) => i !== poorLate), ...coveredNP]);
  assert(covered.size === 143, 'covered');
  const dupIdx = shuffle(r, [...covered]).slice(0, 3);
  // station list
  const dayBetween = (a, b) => { const t0 = Date.parse(a), t1 = Date.parse(b); return new Date(t0 + Math.floor(r() * ((t1 - t0) / 864e5 + 1)) * 864e5).toISOString().slice(0, 10); };
  const styles = ['real', 'real', 'dot', 'dot', 'cn', 'slash', 'yy', 'month'];
  const stations = [];
  villages.forEach((v, i) => {
    const vname = r() < 0.8 ? v.n2 + '村' : v.n2 + '村委会';
    if (covered.has(i)) {
      const iso = dayBetween('2020-05-10', '2021-08-25');
      const st = pick(r, styles);
      stations.push({ town: v.town, village: vname, n2: v.n2, name: v.n2 + '村电子商务服务站', iso, cell: dateCell(iso, st), month: st === 'month', admin: true, poor: v.poor });
      if (dupIdx.includes(i)) {
        const iso2 = dayBetween('2020-11-01', '2021-08-20');
        stations.push({ town: v.town, village: v.n2 + '村', n2: v.n2, name: v.n2 + '村益农信息社（电商服务点）', iso: iso2, cell: dateCell(iso2, 'dot'), admin: true, poor: v.poor, dup: true });
      }
    }
    if (i === poorLate) stations.push({ town: v.town, village: v.n2 + '村', n2: v.n2, name: v.n2 + '村电子商务服务站', iso: '2021-09-03', cell: '2021.9.3', admin: true, poor: true, late: true });
    if (lateNP.includes(i)) {
      const iso = i === lateNP[0] ? '2021-09-10' : '2021-09-08';
      stations.push({ town: v.town, village: v.n2 + '村', n2: v.n2, name: v.n2 + '村电子商务服务站', iso, cell: i === lateNP[0] ? '2021年9月10日' : '2021-09-08', admin: true, late: true });
    }
  });
  // two community stations, one forest-farm point, inserted by town
  const commSt = [comms[1], comms[9]];
  for (const c of commSt) {
    const at = stations.findIndex((s) => s.town === c.town);
    stations.splice(at + 1, 0, { town: c.town, village: c.name.replace('居委会', ''), name: c.name.replace('社区居委会', '') + '社区电商便民服务点', iso: '2020-12-16', cell: D('2020-12-16'), admin: false });
  }
  const lhAt = stations.map((s) => s.town).lastIndexOf('龙湾镇');
  stations.splice(lhAt + 1, 0, { town: '龙湾镇', village: '泷水林场', name: '泷水林场电商服务点', iso: '2021-03-18', cell: '21.3.18', admin: false, forest: true });
  assert(stations.length === 152, 'stations ' + stations.length);
  const admByN2 = new Map(villages.map((v) => [v.n2, v]));
  const covAt = (d) => new Set(stations.filter((s) => s.admin && s.iso <= d && admByN2.has(s.n2)).map((s) => s.n2));
  const cov = covAt(CUT);
  assert(cov.size === 143, 'cov ' + cov.size);
  const poorCov = [...cov].filter((n) => admByN2.get(n).poor).length;
  assert(poorCov === 31, 'poorCov');
  const stAt = (d) => stations.filter((s) => s.iso <= d).length;

  // ---------- poor persons roster ----------
  const roster = [];
  const mk = (kind) => {
    const female = r() < 0.5;
    const y0 = kind === 'nolab' ? 1935 : 1962, y1 = kind === 'nolab' ? 1955 : 2000;
    return { kind, female, id: newId({ y0, y1, female }), name: newName() };
  };
  for (let i = 0; i < 180; i++) roster.push(mk('elig'));
  for (let i = 0; i < 70; i++) roster.push(mk('mig'));
  for (let i = 0; i < 50; i++) roster.push(mk('nolab'));
  // one eligible person whose ID ends in X (written with lower-case x on the sign-in sheet)
  roster[0].id = newId({ y0: 1975, y1: 1990, wantX: true });
  const elig = roster.filter((p) => p.kind === 'elig');
  const mig = roster.filter((p) => p.kind === 'mig');
  const nolab = roster.filter((p) => p.kind === 'nolab');
  const eligSh = [elig[0], ...shuffle(r, elig.slice(1))];
  const trainedE = eligSh.slice(0, 91);
  const eLate = eligSh[91];
  const spacesPerson = trainedE[1];
  // households: shuffle roster into households of 1–5
  const order = shuffle(r, roster.slice());
  const rosterRows = [];
  const poorVillNames = poorIdx.map((i) => villages[i]);
  let hh = 0;
  for (let k = 0; k < order.length;) {
    const size = Math.min(order.length - k, 1 + Math.floor(r() * 5));
    hh++;
    const v = poorVillNames[hh % poorVillNames.length];
    const members = order.slice(k, k + size);
    members.sort((a, b) => (a.kind === 'nolab') - (b.kind === 'nolab') || a.id.slice(6, 14).localeCompare(b.id.slice(6, 14)));
    const head = members[0];
    const hy = Number(head.id.slice(6, 10));
    let spouse = false; let father = false; let mother = false;
    members.forEach((p, j) => {
      p.hh = `LD${pad(hh, 4)}`; p.town = v.town; p.vill = v.n2 + '村';
      const y = Number(p.id.slice(6, 10));
      const f = Number(p.id[16]) % 2 === 0;
      if (j === 0) p.rel = '户主';
      else if (y <= hy - 36) p.rel = f ? '之祖母' : '之祖父';
      else if (y <= hy - 18) { if (f && !mother) { p.rel = '之母'; mother = true; } else if (!f && !father) { p.rel = '之父'; father = true; } else p.rel = '其他'; }
      else if (y >= hy + 36) p.rel = f ? '之孙女' : '之孙';
      else if (y >= hy + 16) p.rel = f ? '之女' : '之子';
      else if (!spouse && f !== (Number(head.id[16]) % 2 === 0)) { p.rel = '配偶'; spouse = true; }
      else p.rel = f ? (y < hy ? '之姐' : '之妹') : (y < hy ? '之兄' : '之弟');
      rosterRows.push(p);
    });
    k += size;
  }
  // ---------- training sessions (普及培训) ----------
  const topics = ['电商基础知识', '网店开设与运营', '短视频拍摄', '直播带货实操', '农产品品牌与包装', '社区团购', '电商客服', '网络营销推广', '罗定稻米/肉桂网销专题', '电商物流与打包'];
  const sessDates = ['2020-09-17', '2020-09-24', '2020-10-15', '2020-10-22', '2020-10-29', '2020-11-12', '2020-11-26', '2020-12-03', '2020-12-10', '2020-12-17',
    '2021-01-07', '2021-01-21', '2021-03-05', '2021-03-11', '2021-03-25', '2021-04-08', '2021-04-15', '2021-04-29', '2021-05-13', '2021-05-20',
    '2021-05-27', '2021-06-10', '2021-06-17', '2021-06-24', '2021-07-08', '2021-07-22', '2021-07-29', '2021-08-05', '2021-08-12', '2021-08-26'];
  const pt = sessDates.map(() => 110 + Math.floor(r() * 100));
  const diff = 4770 - pt.reduce((s, x) => s + x, 0);
  let dd = diff; let q = 0;
  while (dd !== 0) { const step = Math.max(-30, Math.min(30, dd)); if (pt[q % 30] + step >= 80 && pt[q % 30] + step <= 260) { pt[q % 30] += step; dd -= step; } q++; }
  assert(pt.reduce((s, x) => s + x, 0) === 4770, 'pt');
  const sessions = sessDates.map((iso, i) => ({ iso, pt: pt[i] }));
  sessions.push({ iso: '2021-09-08', pt: 260 });
  const sessStyles = ['real', 'dot', 'cn', 'dot', 'slash', 'real', 'cn', 'dot'];
  const tRows = [
    ['罗定市电子商务普及性培训台账（按期次）', N, N, N, N, N, N, N],
    ['填报单位：罗定市商务局　　　　　　　　　　　单位：人次', N, N, N, N, N, N, N],
    ['期次', '培训时间', '培训地点', '培训内容', '承办单位', '培训人次', '其中：贫困户（人次）', '备注'],
  ];
  sessions.forEach((s, i) => {
    let cell = dateCell(s.iso, sessStyles[i % sessStyles.length]);
    if (i === 12) cell = '2021.3.4-5'; // two-day class, counted at its end 2021-03-05
    if (i === 20) cell = '2021年5月26日-27日';
    const town = pick(r, towns.slice(4)).name;
    const place = i % 3 === 0 ? '市电子商务公共服务中心' : town + '政府会议室';
    const ptCell = i % 7 === 3 ? `${s.pt}人次` : s.pt;
    tRows.push([`第${i + 1}期`, cell, place, pick(r, topics), i % 4 === 1 ? '罗定市农村电商运营中心' : '罗定市电子商务公共服务中心', ptCell, Math.floor(s.pt * (0.05 + r() * 0.1)), i === 30 ? '考评截止后举办' : (i === 12 || i === 20 ? '两天班' : N)]);
  });
  tRows.push(['合计', N, N, N, N, 5030, N, '含第31期']);
  tRows.push(['注：1.本表为普及性培训；贫困户专场培训另见《贫困户专场签到表》，其人次未计入本表。2.“其中：贫困户”已包含在培训人次内。', N, N, N, N, N, N, N]);
  assert(sessDates[12] === '2021-03-05' && sessDates[20] === '2021-05-27', 'range dates');

  // ---------- poor special sign-ins ----------
  const spec = [
    { no: 1, iso: '2020-11-20', cell: D('2020-11-20') },
    { no: 2, iso: '2021-01-15', cell: '2021年1月15日' },
    { no: 3, iso: '2021-04-22', cell: '2021.4.22' },
    { no: 4, iso: '2021-07-16', cell: '2021/7/16' },
    { no: 5, iso: '2021-09-09', cell: '2021.9.9' },
  ];
  const att = []; // {p, times}
  const others = []; for (let i = 0; i < 46; i++) { const f = r() < 0.5; others.push({ kind: 'other', id: newId({ y0: 1965, y1: 2000, female: f }), name: newName(), female: f, cat: pick(r, ['边缘易致贫户', '边缘易致贫户', '村干部', '返乡青年']), town: pick(r, towns.slice(4)).name, vill: pick(r, villages).n2 + '村' }); }
  const tE = trainedE.slice(2);
  const twice = new Set(tE.slice(0, 50)); const thrice = new Set(tE.slice(50, 60));
  trainedE.forEach((p) => att.push({ p, times: thrice.has(p) ? 3 : (twice.has(p) ? 2 : 1) }));
  const migA = shuffle(r, mig.slice()).slice(0, 25); migA.forEach((p, i) => att.push({ p, times: i < 5 ? 2 : 1 }));
  shuffle(r, nolab.slice()).slice(0, 9).forEach((p) => att.push({ p, times: 1 }));
  others.slice(0, 36).forEach((p, i) => att.push({ p, times: i < 4 ? 2 : 1 }));
  assert(att.reduce((s, a) => s + a.times, 0) === 240, 'att');
  const load = [0, 0, 0, 0];
  const bySess = [[], [], [], [], []];
  att.sort((a, b) => b.times - a.times);
  for (const a of att) {
    const idx = [0, 1, 2, 3].sort((x, y) => load[x] - load[y] || x - y).slice(0, a.times);
    for (const k of idx) { bySess[k].push(a.p); load[k]++; }
  }
  const s5 = [eLate, ...shuffle(r, trainedE.slice(2)).slice(0, 14), ...others.slice(36, 46)];
  bySess[4] = s5;
  const sRows = [
    ['罗定市建档立卡贫困户电商专场培训签到表', N, N, N, N, N, N, N, N, N],
    ['（第1—5场，逐人签到汇总）', N, N, N, N, N, N, N, N, N],
    ['序号', '场次', '培训日期', '姓名', '性别', '身份证号码', '所在镇', '所在村', '人员类别', '本人签名'],
  ];
  let seq = 0;
  const signins = [];
  bySess.forEach((list, k) => {
    shuffle(r, list);
    for (const p of list) {
      seq++;
      let idCell = p.id;
      if (p === roster[0]) idCell = p.id.slice(0, 17) + 'x';
      if (p === spacesPerson) idCell = `${p.id.slice(0, 6)} ${p.id.slice(6, 14)} ${p.id.slice(14)}`;
      const female = p.female;
      sRows.push([seq, `第${spec[k].no}场`, spec[k].cell, p.name, female ? '女' : '男', idCell, p.town || pick(r, towns.slice(4)).name, p.vill || '', p.kind === 'other' ? p.cat : '建档立卡贫困户', '（已签）']);
      signins.push({ iso: spec[k].iso, id: p.id });
    }
    if (k < 4) sRows.push([]);
  });
  sRows.push(['注：第5场（2021年9月9日）在考评截止日后举办，仅作登记。', N, N, N, N, N, N, N, N, N]);
  const eligSet = new Set(elig.map((p) => p.id));
  const trainedAt = (d) => new Set(signins.filter((s) => s.iso <= d && eligSet.has(s.id)).map((s) => s.id));
  assert(trainedAt(CUT).size === 91, 'trained ' + trainedAt(CUT).size);
  const signAt = (d) => signins.filter((s) => s.iso <= d).length;
  const sessAt = (d) => sessions.filter((s) => s.iso <= d).reduce((t, s) => t + s.pt, 0);
  assert(signAt(CUT) === 240 && sessAt(CUT) === 4770, 'training totals');
  const trainAt = (d) => signAt(d) + sessAt(d);

  // ---------- roster sheet ----------
  const labT = ['普通劳动力', '普通劳动力', '技能劳动力'];
  const pRows = [
    ['罗定市建档立卡贫困人口花名册（电商培训对象核对用）', N, N, N, N, N, N, N, N, N],
    ['数据来源：罗定市乡村振兴局（2021年8月20日导出）', N, N, N, N, N, N, N, N, N],
    ['序号', '镇（街）', '村', '户编号', '姓名', '与户主关系', '证件号码', '劳动技能', '务工状况', '备注'],
  ];
  rosterRows.forEach((p, i) => {
    const lab = p.kind === 'nolab' ? pick(r, ['无劳动力', '丧失劳动力']) : pick(r, labT);
    const work = p.kind === 'elig' ? pick(r, ['在家务农', '未外出务工']) : (p.kind === 'mig' ? pick(r, ['省外务工', '县外省内务工']) : N);
    pRows.push([i + 1, p.town, p.vill, p.hh, p.name, p.rel, p.id, lab, work, N]);
  });
  pRows.push(['注：有劳动能力（普通劳动力、技能劳动力）且未外出务工的共180人，为电商培训对象基数。', N, N, N, N, N, N, N, N, N]);

  // ---------- villages sheet ----------
  const vRows = [
    ['罗定市村（居）民委员会名单', N, N, N, N, N, N],
    ['序号', '村（居）委会名称', '类型', '自然村（个）', '户籍人口（人）', '快递进村', '备注'],
  ];
  const expOpts = ['已通（邮政）', '已通（邮政、中通）', '已通（邮政、韵达、极兔）', '已通（邮政、圆通）'];
  for (const t of towns) {
    const vs = villages.filter((v) => v.town === t.name);
    const cs = comms.filter((c) => c.town === t.name);
    vRows.push([`◆ ${t.name}（村委会${vs.length}个、社区居委会${cs.length}个）`, N, N, N, N, N, N]);
    let k = 0;
    for (const c of (t.name.endsWith('街道') ? cs : [])) vRows.push([++k, c.name, '居委会', N, 2000 + Math.floor(r() * 9000), '—', N]);
    for (const v of vs) vRows.push([++k, v.n2 + v.form, '村委会', 3 + Math.floor(r() * 18), 1200 + Math.floor(r() * 4800), pick(r, expOpts), N]);
    for (const c of (t.name.endsWith('街道') ? [] : cs)) vRows.push([++k, c.name, '居委会', N, 1500 + Math.floor(r() * 4000), '—', '镇区']);
  }
  vRows.push([`全市合计：村委会${villages.length}个，社区居委会${comms.length}个，共${villages.length + comms.length}个`, N, N, N, N, N, N]);
  vRows.push(['注：快递进村指至少一家快递企业在村设代收点或按日送达；省定贫困村名单另见《省定贫困村》。', N, N, N, N, N, N]);
  const vMerges = ['A1:G1'];
  vRows.forEach((row, i) => { if (typeof row[0] === 'string' && (row[0].startsWith('◆') || row[0].startsWith('全市') || row[0].startsWith('注'))) vMerges.push(`A${i + 1}:G${i + 1}`); });

  const helpers = ['顺德区大良街道', '顺德区容桂街道', '顺德区伦教街道', '顺德区勒流街道', '顺德区北滘镇', '顺德区陈村镇', '顺德区乐从镇', '顺德区龙江镇', '顺德区杏坛镇', '顺德区均安镇'];
  const pvRows = [
    ['罗定市省定贫困村名单（32个）', N, N, N, N],
    ['序号', '镇', '村', '对口帮扶单位', '备注'],
    ...poorIdx.map((i, k) => [k + 1, villages[i].town, villages[i].n2 + '村', helpers[k % helpers.length], '2020年已出列']),
    ['合计', N, '32个', N, N],
  ];

  const sRowsSt = [
    ['罗定市村级电子商务服务站点台账', N, N, N, N, N, N, N],
    ['站点编号', '站点名称', '所在镇（街）', '所在村（居）', '站点类型', '挂牌运营时间', '站长', '联系电话'],
  ];
  stations.forEach((s, i) => {
    const typ = s.forest ? '其他' : (s.dup ? '益农信息社' : pick(r, ['邮政村邮站', '供销社网点', '商超', '快递代收点', '村委会']));
    sRowsSt.push([`LDZD-${pad(i + 1, 3)}`, s.name, s.town, s.village, typ, s.cell, newName(), '13' + String(Math.floor(r() * 1e9)).padStart(9, '0').slice(0, 1) + '****' + String(Math.floor(r() * 1e4)).padStart(4, '0')]);
  });
  sRowsSt.push([`合计：${stations.length}个站点（其中2021年9月挂牌3个）`, N, N, N, N, N, N, N]);

  // ---------- enterprises ----------
  const entTypes = ['平台型电商企业', '销售型电商企业', '电商运营服务商', '物流快递企业', '销售型电商企业', '直播电商服务机构'];
  const brand = ['泷州', '罗镜', '肉桂香', '稻香', '云上', '南江', '龙湾', '榃滨', '素龙', '金鸡', '太平', '双东', '附城', '华石', '泗纶', '连州', '黎少', '船步', '苹塘', '满塘', '罗平', '分界', '生江'];
  const ents = [];
  const code = () => '91445381MA5' + Array.from({ length: 7 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(r() * 31)]).join('');
  for (let i = 0; i < 23; i++) {
    const iso = dayBetween('2020-06-01', '2021-06-30');
    const ty = entTypes[i % entTypes.length];
    const word = { '平台型电商企业': ['网络科技', '电子商务'], '销售型电商企业': ['农业科技', '电子商务', '农产品贸易'], '电商运营服务商': ['电子商务', '网络科技'], '物流快递企业': ['物流', '供应链管理', '速递'], '直播电商服务机构': ['文化传媒'] }[ty];
    ents.push({ name: `罗定市${brand[i]}${pick(r, word)}有限公司`, code: code(), type: ty, iso, cell: dateCell(iso, pick(r, ['real', 'dot', 'cn', 'slash', 'month'])), exit: N, exitIso: null, note: N });
  }
  ents[5].exit = '2021.4.30'; ents[5].exitIso = '2021-04-30'; ents[5].note = '合同到期退出';
  ents[13].exit = '2021年6月'; ents[13].exitIso = '2021-06'; ents[13].note = '迁往云浮市区';
  ents[20].iso = '2021-09-06'; ents[20].cell = '2021.9.6'; ents[20].note = '9月新入驻';
  // renamed: ents[9] old name, ents[10] becomes same code, new name
  ents[10].code = ents[9].code; ents[10].iso = ents[9].iso; ents[10].cell = ents[9].cell; ents[10].type = ents[9].type;
  ents[10].name = ents[9].name.replace(/有限公司$/, '').replace(/(电子商务|农业科技|网络科技|供应链管理|文化传媒|物流|速递|农产品贸易)$/, '') + '智慧物流有限公司';
  ents[9].note = `2021年3月更名为“${ents[10].name}”，同一企业`;
  ents[10].note = '原名见上一行（同一统一社会信用代码）';
  const present = new Map();
  for (const e of ents) {
    const inOk = e.iso <= CUT;
    const out = e.exitIso && e.exitIso.slice(0, 7) <= CUT.slice(0, 7);
    if (inOk && !out) present.set(e.code, e.type);
  }
  assert(present.size === 19, 'ents present ' + present.size);
  const kinds = new Set(present.values());
  assert(kinds.size >= 3, 'kinds');
  const eRows = [
    ['罗定市电子商务产业园入驻企业名单', N, N, N, N, N, N],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注'],
    ...ents.map((e, i) => [i + 1, e.name, e.code, e.type, e.cell, e.exit, e.note]),
    ['注：截至2021年9月10日名单共23行。', N, N, N, N, N, N],
  ];

  // ---------- funds ----------
  const pays = [
    [D('2020-07-15'), '2020-07-15', '公共服务中心装修工程首付款', '罗定市建华装饰工程有限公司', 60.0],
    ['2020.9.28', '2020-09-28', '公共服务中心设备采购', '云浮市联创信息技术有限公司', 38.5],
    ['2020.11.20', '2020-11-20', '县乡村物流体系建设首期', '罗定市顺通物流有限公司', '45.6万元'],
    ['2020年12月30日', '2020-12-30', '村级站点建设一期', '广东粤乡通信息科技有限公司', 52.0],
    ['2021/1/22', '2021-01-22', '电商培训服务第一期', '云浮市南粤职业培训学校', 18.6],
    [D('2021-03-15'), '2021-03-15', '村级站点建设二期', '广东粤乡通信息科技有限公司', 41.2],
    ['2021.4.28', '2021-04-28', '农产品品牌推广', '广州禾穗文化传播有限公司', 22.8],
    ['2021.6.10', '2021-06-10', '县乡村物流体系建设二期', '罗定市顺通物流有限公司', 33.4],
    [D('2021-07-20'), '2021-07-20', '电商培训服务第二期', '云浮市南粤职业培训学校', 15.9],
    ['2021.8.26', '2021-08-26', '公共服务中心运营服务费', '罗定市泷州电子商务有限公司', 24.5],
    ['2021.9.10', '2021-09-10', '村级站点建设尾款', '广东粤乡通信息科技有限公司', 60.0],
  ];
  const amt = (x) => (typeof x === 'number' ? x : parseFloat(x));
  const spentAt = (d) => Math.round(pays.filter((p) => p[1] <= d).reduce((s, p) => s + amt(p[4]), 0) * 10) / 10;
  assert(spentAt(CUT) === 352.5, 'spent ' + spentAt(CUT));
  const fRows = [
    ['罗定市省级电子商务进农村综合示范专项资金拨付台账', N, N, N, N, N, N],
    ['省级下达资金：500万元（粤财工〔2019〕126号）　　　　　　　　单位：万元', N, N, N, N, N, N],
    ['序号', '拨付日期', '项目内容', '收款单位', '拨付金额', '凭证号', '备注'],
    ...pays.map((p, i) => [i + 1, p[0], p[2], p[3], p[4], `记-${p[1].slice(0, 4)}-${pad(i * 3 + 5, 3)}`, p[1] > CUT ? '考评截止后拨付' : N]),
    ['合计', N, N, N, spentAt('2099-12-31'), N, '含9月10日60万元'],
    ['注：截至2021年8月31日累计拨付352.5万元。', N, N, N, N, N, N],
  ];

  // ---------- reports / disclosures / media / materials ----------
  const reps = [
    [D('2020-09-07'), '2020年8月工作进展及电商统计数据', '是'], ['2020.10.9', '2020年9月工作进展', '是'], ['2020年11月6日', '2020年10月工作进展', '是'],
    ['2020/12/8', '2020年11月工作进展', '否'], [D('2021-01-08'), '2020年12月工作进展及年度总结', '是'], ['2021.2.5', '2021年1月工作进展', '是'],
    ['2021.3.4', '2021年2月工作进展', '否'], [D('2021-04-07'), '2021年3月工作进展', '是'], ['2021.5.8', '2021年4月工作进展', '是'],
    ['2021年6月7日', '2021年5月工作进展', '是'], ['2021.7.6', '2021年6月工作进展及半年总结', '是'], ['2021.8.6', '2021年7月工作进展', '是'],
    ['2021.9.7', '2021年8月工作进展', '是'],
  ];
  const rRows = [
    ['罗定市向云浮市商务局报送工作情况登记表', N, N, N, N],
    ['序号', '报送日期', '报送内容', '报送方式', '含电商扶贫统计'],
    ...reps.map((x, i) => [i + 1, x[0], x[1], i % 3 === 0 ? '粤政易' : '政务邮箱', x[2]]),
  ];
  const disc = [
    ['2020.8.20', '罗定市电子商务进农村综合示范县创建工作方案'], [D('2020-09-25'), '示范项目基本信息公示'], ['2020.10.28', '项目建设进度（2020年10月）'],
    ['2020年11月26日', '项目建设进度（2020年11月）'], ['2020.12.29', '项目建设进度（2020年12月）'], ['2021.1.28', '项目建设进度（2021年1月）'],
    ['2021.3.30', '项目建设进度（2021年3月）'], [D('2021-04-27'), '项目建设进度（2021年4月）'], ['2021.5.28', '项目建设进度（2021年5月）'],
    ['2021年6月29日', '项目建设进度（2021年6月）'], ['2021.7.29', '项目建设进度（2021年7月）'], ['2021.8.30', '项目建设进度（2021年8月）'],
    ['2021.9.7', '示范创建工作监督举报电话更新'],
  ];
  const dRows = [
    ['罗定市人民政府网站“电子商务进农村综合示范”专栏更新记录', N, N, N],
    ['序号', '发布日期', '标题', '备注'],
    ...disc.map((x, i) => [i + 1, x[0], x[1], N]),
    ['注：2021年2月春节假期专栏未更新。', N, N, N],
  ];
  const media = [
    ['2020.10.16', '罗定市融媒体中心', '县级', '网络', '否', '罗定电商公共服务中心正式运营'],
    ['2020.12.15', '南方日报', '省级', '报纸', '否', '罗定：电商服务站覆盖七成行政村'],
    ['2021.1.8', '云浮日报', '市级', '报纸', '是', '罗定肉桂“触网”助农增收'],
    [D('2021-05-20'), '广东广播电视台珠江频道《今日关注》', '省级', '电视', '是', '罗定“电商+扶贫”带贫困户卖山货'],
    ['2021.7.12', '人民网', '国家级', '网络', '否', '广东罗定：农村电商激活乡村振兴'],
    ['2021.8.3', '云浮电视台', '市级', '电视', '是', '罗定贫困户直播卖稻米'],
    ['2021.9.6', '中央电视台CCTV-17《致富经》', '国家级', '电视', '是', '罗定山村的电商致富路'],
  ];
  const mRows = [
    ['罗定市电子商务进农村宣传报道统计表', N, N, N, N, N, N],
    ['序号', '报道日期', '媒体名称', '媒体级别', '报道形式', '是否电商扶贫典型案例', '报道标题'],
    ...media.map((x, i) => [i + 1, ...x]),
  ];
  const matRows = [
    ['罗定市向云浮市商务局报送经验材料登记', N, N, N],
    ['序号', '报送日期', '材料名称', '报送对象'],
    [1, '2021.3.26', '罗定市“电商+扶贫”经验做法', '云浮市商务局'],
    [2, '2021年6月18日', '罗定市农村电商服务站点建设典型案例', '云浮市商务局'],
  ];

  // ---------- facts sheet: 数据台（月度快照） ----------
  const snapDates = [['2021年5月31日', '2021-05-31'], ['2021年6月30日', '2021-06-30'], ['2021年7月31日', '2021-07-31'], ['2021年8月31日（考评截止）', CUT], ['2021年9月10日（迎检更新）', '2021-09-10']];
  const prog = { '2021-05-31': '72%', '2021-06-30': '76%', '2021-07-31': '81%', [CUT]: '88%', '2021-09-10': '91%' };
  const fRows2 = [
    ['罗定市电子商务进农村综合示范创建数据台（月度快照）', N, N, N, N, N, N, N, N],
    ['说明：本表每月末更新。“一、静态数据”为截至考评截止日的情况，右列为最近一次核实日期；“二、累计数据”按统计时点逐行追加，考评以“2021年8月31日（考评截止）”一行为准；“三、主观评分项”在所选分值下点“●”。', N, N, N, N, N, N, N, N],
    ['一、静态数据', N, N, N, N, N, N, N, N],
    ['序号', '项目', '数据', '核实日期', '数据来源／说明', N, N, N, N],
  ];
  const stat = [
    ['县（市、区）', '罗定市', '—', '—'],
    ['考评截止日期', '2021年8月31日', '—', '省商务厅考评通知'],
    ['常住人口（七普）', '87.36万人', D('2021-06-02'), '市统计局'],
    ['户籍人口', '126.8万人', D('2021-06-02'), '市公安局（仅供参考）'],
    ['行政村（村委会）', '268个', D('2021-08-20'), '市民政局'],
    ['社区居委会', '33个', D('2021-08-20'), '市民政局'],
    ['省定贫困村', '32个', D('2021-08-20'), '市乡村振兴局'],
    ['领导小组组长', '市委副书记、市长', D('2021-03-10'), '罗府办〔2021〕9号调整'],
    ['领导小组成员单位', '市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、罗定邮政分公司', D('2021-03-10'), '同上'],
    ['示范县工作方案', '已印发', D('2020-08-20'), '罗府办〔2019〕52号'],
    ['支持农村电商发展政策', '已出台', D('2021-08-25'), '罗府办〔2020〕18号'],
    ['县级电商公共服务中心投入运营时间', '2020年11月18日', D('2021-08-31'), '运营方开业报告'],
    ['免费培训场所及设备', '有', D('2021-08-31'), '培训室120座'],
    ['免费展示、销售服务', '有', D('2021-08-31'), '展厅展示农特产品86款'],
    ['免费摄影、美工服务', '有', D('2021-08-31'), '摄影棚1间'],
    ['统一推广、品牌建设指导', '有', D('2021-08-31'), '“罗定稻米”“罗定肉桂”'],
    ['其他衍生增值服务', '无', D('2021-08-31'), '—'],
    ['电商产业园', '已建（整合优化原罗定市电商创业园）', D('2021-08-31'), '—'],
    ['电商产业园入驻企业', '23家', D('2021-09-10'), '见入驻企业名单'],
    ['专业第三方电商运营服务商', '有', D('2021-08-31'), '罗定市泷州电子商务有限公司'],
    ['行政村快递物流覆盖率', '100%', D('2021-07-15'), '市邮政管理局证明'],
    ['2019年农村网络零售额', '18.26亿元', D('2021-04-12'), '省商务厅第三方监测'],
    ['2020年农村网络零售额', '22.41亿元', D('2021-04-12'), '同比增长22.7%'],
    ['2019年农产品网络零售额', '4.12亿元', D('2021-04-12'), '省商务厅第三方监测'],
    ['2020年农产品网络零售额', '5.38亿元', D('2021-04-12'), '同比增长30.6%'],
    ['专栏公示创建方案', '是', D('2021-08-31'), '—'],
    ['专栏公示项目基本信息', '是', D('2021-08-31'), '—'],
    ['专栏公示项目建设进度', '是', D('2021-08-31'), '按月'],
    ['专栏征求意见／监督举报窗口', '是', D('2021-08-31'), '监督举报电话、邮箱'],
    ['能统计电商扶贫情况', '是', D('2021-08-31'), '月报附表'],
    ['省级专项资金下达', '500万元', D('2021-08-31'), '粤财工〔2019〕126号'],
    ['资金管理制度', '已制定', D('2021-08-31'), '罗商务〔2020〕21号'],
    ['资金专用台账', '已建立', D('2021-08-31'), '—'],
    ['安全生产、质量事故或重大经济损失', '无', D('2021-08-31'), '—'],
    ['弄虚作假', '无', D('2021-08-31'), '—'],
  ];
  stat.forEach((s, i) => fRows2.push([i + 1, s[0], s[1], s[2], s[3], N, N, N, N]));
  fRows2.push([]);
  fRows2.push(['二、累计数据（按统计时点）', N, N, N, N, N, N, N, N]);
  fRows2.push(['统计时点', '培训人次（人次）', '参训建档立卡贫困人口（人）', '有劳动能力贫困人口（不含外出务工）（人）', '累计拨付（万元）', '项目总体进度', '村级站点（个）', '有站点的行政村（个）', '备注']);
  for (const [label, d] of snapDates) {
    fRows2.push([label, trainAt(d), trainedAt(d).size, 180, spentAt(d), prog[d], stAt(d), covAt(d).size,
      d === CUT ? '考评口径' : (d > CUT ? '含9月8日、9日培训和9月拨付、挂牌，不作考评' : N)]);
  }
  fRows2.push([]);
  fRows2.push(['三、主观评分项自评', N, N, N, N, N, N, N, N]);
  fRows2.push(['评分项', '分值范围', '5分', '4分', '3分', '2分', '1分', '自评说明', N]);
  const judged = [
    ['方案制定', '1-2', 2, '方案经市政府常务会审议印发'], ['政策支持', '1-2', 2, '出台扶持办法并兑现'],
    ['项目管理制度', '1-2', 2, '项目管理办法、验收办法'], ['工作台账', '1-2', 2, '各类台账齐全'],
    ['网销调研', '1-2', 2, '第三方出具调研报告'], ['网络促销活动', '1-2', 2, '年货节、肉桂节等6场'],
    ['交易标准与冷链溯源', '1-2', 1, '溯源系统在建'], ['资金管理制度', '1-5', 5, '资金管理办法及考核问责'],
    ['资金台账', '1-5', 4, '承建方台账个别凭证待补'], ['资金及时拨付', '1-5', 4, '按进度拨付，个别延后'],
  ];
  for (const j of judged) {
    const max = Number(j[1].split('-')[1]);
    const cells = [5, 4, 3, 2, 1].map((v) => (v > max ? '／' : (v === j[2] ? '●' : N)));
    fRows2.push([j[0], j[1], ...cells, j[3], N]);
  }
  fRows2.push([]);
  fRows2.push(['填报：罗定市商务局电商股　　审核：××　　更新日期：2021年9月10日', N, N, N, N, N, N, N, N]);
  const fMerges = ['A1:I1', 'A2:I2', 'A3:I3'];
  fRows2.forEach((row, i) => {
    if (typeof row[0] === 'number') fMerges.push(`E${i + 1}:I${i + 1}`);
    if (typeof row[0] === 'string' && /^(二、|三、|填报：)/.test(row[0])) fMerges.push(`A${i + 1}:I${i + 1}`);
  });

  const toc = [
    ['罗定市电子商务进农村综合示范考评台账目录'],
    ['1', '数据台（月度快照）'], ['2', '村（居）委会名单'], ['3', '省定贫困村'], ['4', '站点台账'], ['5', '普及培训台账'],
    ['6', '贫困户专场签到表'], ['7', '贫困人口花名册'], ['8', '产业园入驻企业'], ['9', '资金拨付台账'], ['10', '报送市局登记'],
    ['11', '专栏更新记录'], ['12', '宣传报道'], ['13', '经验材料'],
  ];

  // ---------- points ----------
  const spentRate = 352.5 / 500;
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 12, 'work.coverage': 8, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert(ALL_IDS.every((k) => k in points) && Object.keys(points).length === ALL_IDS.length, 'ids');
  const scored = ALL_IDS.filter((k) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((s, k) => s + points[k], 0);
  const bonus = points['bonus.poorTraining'] + points['bonus.tvCase'];
  assert(scored === 91 && bonus === 1, 'sum');
  const tr = trainAt(CUT);
  const derivation = [
    'asOf: 数据台“考评截止日期 2021年8月31日”；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。',
    'org.leadership: 静态数据第8、9项：组长“市委副书记、市长”，成员单位有市商务局、财政局、农业农村局、乡村振兴局 → 主要领导牵头、四部门齐全 → 2',
    'org.plan: 主观项“方案制定”在2分列点● → 2（方案已印发）',
    'org.policy: “政策支持”2分列● → 2（政策已出台）',
    'org.management: “项目管理制度”2 ＋ “工作台账”2 → 4',
    'work.center: 中心2020-11-18运营 ≤ 截止日 → 2；早于2021-02-28，满6个月 → 2；免费培训场所 有 → 2；展示销售 有 → 1；摄影美工 有 → 1；统一推广品牌 有 → 1；其他增值服务“无” → 0；产业园已建（整合优化）→ 2；入驻企业名单23行：第6家2021.4.30退出、第14家2021年6月退出、第21家2021.9.6才入驻、第10/11行是同一统一社会信用代码（更名），截至8月31日在园19家 < 20 → 0（照表“23家”会误给2）；在园企业类型有平台型、销售型、运营服务商、物流、直播服务 ≥ 3 → 1；合计 2+2+2+1+1+1+0+2+0+1 = 12',
    `work.coverage: 名单村委会268个（另33个社区居委会不计），超过200以200为基数；站点台账152行：截至8月31日挂牌的站点覆盖${cov.size}个村委会（3个村各有第二个站点只算一次，2个社区服务点和“泷水林场”服务点不在村委会名单内不计，2021年9月挂牌的3个站点不计；月份写法“2021年8月”按截止日前计）→ 143/200 = 71.5% ≥ 70% → 5（若不封顶用268作分母为53.4%只得2）；省定贫困村32个，截止日前有站点的${poorCov}个（${villages[poorLate].n2}村站点2021.9.3才挂牌）→ 31/32 = 96.9%，在80%–100%（不含）→ 3；合计 8`,
    'work.upward: 网销调研2 ＋ 促销活动2 ＋ 第三方运营服务商“有”1 ＋ 村名单“快递进村”列268个村委会全部“已通”（社区为“—”）→ 1 ＋ 交易标准与冷链溯源1 ＋ 增速：农村 22.41/18.26−1 = 22.7% < 30%，农产品 5.38/4.12−1 = 30.6% ≥ 30% → 2；合计 9',
    `work.training: 普及培训台账第1-30期（第13期“2021.3.4-5”按2021-03-05、第21期“2021年5月26日-27日”按2021-05-27；“110人次”式文本照数）合计 4,770 人次，第31期2021-09-08（260人次）在截止日后不计，表注写明贫困户专场人次未计入本表 → 加专场签到表截止日前第1-4场 240 行（第5场2021.9.9的25行不计）= ${tr} 人次；常住人口87.36万超过50万，基数500,000 → ${tr}/500000 = 1.002% ≥ 1% → 10（只算普及培训4,770为0.954%只得8）；贫困人口花名册300人中劳动技能为普通/技能劳动力且务工状况为“在家务农/未外出务工”的180人；其中身份证号出现在截止日前签到表中的 ${trainedAt(CUT).size} 人（含一人签到表末位写小写x、一人号码中间带空格，均为同一人；另有一名合格人员只参加了9月9日第5场不计；外出务工人员、无劳动力人员和非建档立卡人员的签到不计入分子）→ 91/180 = 50.6% ≥ 50% → 10；合计 20`,
    'info.disclosure: 方案、项目信息、建设进度、监督举报窗口四项均“是” → 2；专栏更新记录在2020-09…2021-08中除2021年2月外各月都有（2020.8.20、2021.9.7两条在窗口外）→ 11个月，不是按月 → 1；合计 3',
    'info.reporting: 报送登记截止日前12条，日期分别落在2020年9月…2021年8月每个月（1月进展2021.2.5报、2月进展2021.3.4报），9月7日一条在窗口外 → 按月 → 3；“含电商扶贫统计”列多为“是”，数据台也写“能统计电商扶贫情况 是” → 3；合计 6',
    'promo.cases: 2021.3.26、2021年6月18日向云浮市商务局报送经验材料 → 2',
    'promo.media: 截止日前有省级（南方日报、广东广播电视台珠江频道）4 ＋ 市级（云浮日报、云浮电视台）3 ＋ 县级（罗定市融媒体中心）1；人民网国家级按省级算不重复加 → 8',
    'fund.system: 主观项5分列● → 5',
    'fund.ledger: 主观项4分列● → 4',
    `fund.spending: 资金台账（万元）截止日前10笔 60.0+38.5+45.6（文本“45.6万元”）+52.0+18.6+41.2+22.8+33.4+15.9+24.5 = 352.5万元，9月10日60万元不计 → 352.5/500 = ${(spentRate * 100).toFixed(1)}% ≥ 70%（漏读“45.6万元”会成61.4%倒扣5分）→ 取主观项“资金及时拨付”4 → 4`,
    'bonus.poorTraining: 50.6% < 70% → 0',
    'bonus.tvCase: 2021-05-20 广东广播电视台珠江频道电视报道，“是否电商扶贫典型案例”为是 → 省级 1；CCTV-17《致富经》2021.9.6 在截止日后不计（否则为国家级2）；云浮电视台为市级不加分 → 1',
    'veto.incident: “无” → 0',
    'veto.progress: 截止日一行项目总体进度88% ≥ 40%（9月10日一行91%不作考评）→ 0',
    'veto.fraud: “无” → 0',
    'total: 2+2+2+4+12+8+9+20+3+6+2+8+5+4+4 = 91，加分1 → 92；未否决。',
  ];
  write('counties', 'b40-c1-luoding.json', {
    description: '罗定市（云浮）商务局整本考评工作簿（14个表：目录、数据台、村居名单、省定贫困村、站点、普及培训、贫困户专场签到、贫困人口花名册、入驻企业、资金、报送、专栏、宣传、经验材料），高分（92分，含加分1分，未否决）。事实表《数据台（月度快照）》是经办人每月末更新的数据台：“一、静态数据”为 序号|项目|数据|核实日期|数据来源，核实日期是真日期单元格（不是事实）；“二、累计数据”一行一个统计时点（2021年5月31日…8月31日（考评截止）…9月10日（迎检更新）），考评取8月31日一行；“三、主观评分项”是 5分|4分|3分|2分|1分 分值列，在所选分值下点“●”，超出范围的格写“／”。台账：村居名单按镇分节（“◆ 罗镜镇（村委会20个、社区居委会1个）”节标题行，无镇列，每节序号重排，268个村委会超过200基数）；普及培训表注明贫困户专场人次未计入、要与专场签到表相加；贫困户专场签到五场汇总（第5场在截止日后）；入驻企业含退出、更名（同一信用代码两行）和9月入驻。陷阱：户籍人口126.8万、社区33个、“入驻企业23家”、9月10日快照行、CCTV-17在截止日后、资金一笔写“45.6万元”。',
    sheets: [
      { name: '目录', rows: toc },
      { name: '数据台（月度快照）', rows: fRows2, merges: fMerges },
      { name: '村（居）委会名单', rows: vRows, merges: vMerges },
      { name: '省定贫困村', rows: pvRows },
      { name: '站点台账', rows: sRowsSt },
      { name: '普及培训台账', rows: tRows, merges: ['A1:H1', 'A2:H2', `A${tRows.length}:H${tRows.length}`] },
      { name: '贫困户专场签到表', rows: sRows, merges: ['A1:J1', 'A2:J2'] },
      { name: '贫困人口花名册', rows: pRows },
      { name: '产业园入驻企业', rows: eRows },
      { name: '资金拨付台账', rows: fRows, merges: ['A1:G1', 'A2:G2'] },
      { name: '报送市局登记', rows: rRows },
      { name: '专栏更新记录', rows: dRows },
      { name: '宣传报道', rows: mRows },
      { name: '经验材料', rows: matRows },
    ],
    expect: {
      asOf: CUT,
      total: scored + bonus,
      bonus,
      vetoed: false,
      points,
    },
    derivation,
  });
  return { cov: cov.size, poorCov, training: tr, trained: trainedAt(CUT).size, present: present.size, rosterRows: rosterRows.length, signins: signins.length, villageRows: vRows.length };
}

if (require.main === module) {
  const out = {};
  out.xinxing = xinxing();
  yunan();
  fengkai();
  out.deqing = deqing();
  out.yangxi = yangxi();
  out.luoding = luoding();
  console.log(JSON.stringify(out));
}
