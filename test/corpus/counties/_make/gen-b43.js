'use strict';
// Batch 43 — blind layout cases (1 county workbook, 3 facts sheets, 2 ledger cases).
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b43.js
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
const D = (iso) => ({ date: iso });
function colName(i) { // 0 -> A
  let s = '';
  i += 1;
  while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); }
  return s;
}
function rng(c1, r1, c2, r2) { return colName(c1) + r1 + ':' + colName(c2) + r2; } // 0-based cols, 1-based rows
function pad(n, w) { return String(n).padStart(w, '0'); }
function isoOf(y, m, d) { return y + '-' + pad(m, 2) + '-' + pad(d, 2); }
function assert(cond, msg) { if (!cond) throw new Error('ASSERT: ' + msg); }
function write(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
// Resident ID (GB 11643) with a real check digit
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function checkDigit(s17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * W[i];
  return '10X98765432'[sum % 11];
}
function makeId(region, y, m, d, seq) {
  const s17 = region + y + pad(m, 2) + pad(d, 2) + pad(seq, 3);
  return s17 + checkDigit(s17);
}
function makeIdGen(region, rand) {
  const used = new Set();
  return function (yFrom, yTo, wantX) {
    for (;;) {
      const y = yFrom + Math.floor(rand() * (yTo - yFrom + 1));
      const m = 1 + Math.floor(rand() * 12);
      const d = 1 + Math.floor(rand() * 28);
      const seq = 1 + Math.floor(rand() * 998);
      const id = makeId(region, y, m, d, seq);
      if (used.has(id)) continue;
      if (wantX === true && !id.endsWith('X')) continue;
      if (wantX === false && id.endsWith('X')) continue;
      used.add(id);
      return id;
    }
  };
}
const SURN = ['陈', '李', '黄', '张', '刘', '林', '叶', '王', '吴', '赵', '杨', '邓', '何', '罗', '钟', '朱', '曾', '彭', '蔡', '温', '谢', '徐', '古', '邱', '廖', '骆', '卢', '袁'];
const GIV = ['伟', '强', '芳', '娟', '丽', '敏', '静', '秀', '英', '华', '明', '国', '建', '志', '海', '燕', '红', '玲', '军', '平', '文', '辉', '婷', '霞', '勇', '杰', '涛', '梅', '桂', '兰', '春', '金', '凤', '荣', '新', '德', '福', '永', '群', '添', '锦', '汉'];
function nameGen(rand) {
  return function () {
    const s = SURN[Math.floor(rand() * SURN.length)];
    const n = rand() < 0.75 ? 2 : 1;
    let g = '';
    for (let i = 0; i < n; i++) g += GIV[Math.floor(rand() * GIV.length)];
    return s + g;
  };
}
function phoneGen(rand) {
  const pre = ['134', '135', '137', '138', '139', '150', '152', '158', '159', '180', '186', '188', '189', '132', '177'];
  return () => pre[Math.floor(rand() * pre.length)] + pad(Math.floor(rand() * 1e8), 8);
}

// ======================================================================
// facts 1 — 阳西县：领导小组成员名单 + 基础数据收集分工表
// ======================================================================
function factsYangxi() {
  const s1 = {
    name: '领导小组成员',
    rows: [
      ['阳西县电子商务进农村综合示范工作领导小组成员名单', null, null, null, null],
      ['（根据人事变动于2021年5月调整）', null, null, null, null],
      ['序号', '姓名', '工作单位及职务', '领导小组职务', '备注'],
      [1, '陈国栋', '县委副书记、县长', '组长', null],
      [2, '黄海燕', '县人民政府副县长', '常务副组长', '分管商务工作'],
      [3, '林志明', '县商务局局长', '副组长', '兼领导小组办公室主任'],
      [4, '吴永强', '县财政局局长', '成员', null],
      [5, '梁德华', '县农业农村局局长', '成员', null],
      [6, '谭桂兰', '县乡村振兴局局长', '成员', '原县扶贫开发办公室，2021年5月挂牌'],
      [7, '冯少伟', '县市场监督管理局副局长', '成员', null],
      [8, '许文辉', '县交通运输局副局长', '成员', null],
      [9, '何锦荣', '县工业和信息化局副局长', '成员', null],
      [10, '梁春霞', '中国邮政集团有限公司阳西县分公司总经理', '成员', null],
      [11, '各镇镇长', '织篢、程村、塘口、上洋、溪头、沙扒、儒洞、新墟镇', '成员', '8个镇'],
      [null, null, null, null, null],
      ['注：领导小组办公室设在县商务局，负责统筹协调和日常工作；成员如有变动，由所在单位接任领导自然替补。', null, null, null, null],
    ],
    merges: ['A1:E1', 'A2:E2', 'A16:E16'],
  };

  // 序号|数据项|口径要求|责任单位|责任人|报送值|报送时间|备注
  const H = ['序号', '数据项', '口径要求', '责任单位', '责任人', '报送值', '报送时间', '备注'];
  const rows = [
    ['阳西县2019年省级电子商务进农村综合示范创建考评基础数据收集分工表', null, null, null, null, null, null, null],
    ['县（市、区）：阳西县', null, null, '数据截止时间：2021年8月31日', null, null, '汇总：县商务局电商股', null],
    H,
  ];
  const merges = ['A1:H1', 'A2:C2', 'D2:F2', 'G2:H2'];
  const groups = [
    ['县统计局', '冯丽娟', [
      ['常住人口', '第七次全国人口普查', '45.14万人', '2021.6.2', '户籍人口53.87万人，仅供参考'],
    ]],
    ['县民政局', '何文静', [
      ['行政村数', '村民委员会，不含社区', '136个', D('2021-06-08'), '另有社区（居委会）12个'],
    ]],
    ['县乡村振兴局', '谭秀英', [
      ['省定相对贫困村数', '省定', '28个', '6月9日', null],
      ['有劳动能力的建档立卡贫困人口', '不含外出务工人员', '2,316人', '6月9日', null],
      ['参加电商培训的建档立卡贫困人口', '按身份证号比对去重', '1,208人', '2021.9.3', '人数，不是人次'],
    ]],
    ['县邮政分公司', '梁春霞', [
      ['行政村物流快递覆盖率', '有快递企业网点或代收点的行政村占比', '100%', '2021.7.15', null],
    ]],
    ['县商务局（统计）', '李建华', [
      ['2019年农村网络零售额', '省商务厅电商监测平台', '9.82亿元', '2021.8.20', null],
      ['2020年农村网络零售额', '同上', '12.06亿元', '2021.8.20', null],
      ['2020年农村网络零售额同比增速', '同上', '22.8%', '2021.8.20', null],
      ['2019年农产品网络零售额', '同上', '2.35亿元', '2021.8.20', null],
      ['2020年农产品网络零售额', '同上', '3.31亿元', '2021.8.20', null],
      ['2020年农产品网络零售额同比增速', '同上', '40.9%', '2021.8.20', null],
    ]],
    ['县商务局（电商股）', '林晓敏', [
      ['示范县工作方案', '是否正式印发', '已印发', null, '西府办函〔2019〕112号'],
      ['支持农村电商发展的政策', '是否出台', '--请选择--', null, '待分管领导确认后填写'],
      ['县级公共服务中心投入运营时间', '以正式运营为准', D('2020-08-28'), null, null],
      ['免费培训场所、培训设备', '能否组织电商基础培训', '有', null, null],
      ['特色农产品免费展示、销售', null, '有', null, null],
      ['电商主体免费摄影、美工', null, '有', null, null],
      ['农产品统一推广、品牌建设指导', null, '有', null, null],
      ['其他衍生增值服务', null, '有', null, '代运营、金融对接'],
      ['电商产业园', '建设或整合、优化', '已整合（阳西电商产业园）', null, null],
      ['专业第三方电商运营/服务商', null, '有', null, null],
      ['累计培训人次', '截至2021年8月31日', '4,615人次', '2021.9.6', '签到表另附'],
      ['专栏：公示创建方案', '县政府网站专栏', '是', null, null],
      ['专栏：公示项目基本信息', '同上', '是', null, null],
      ['专栏：按月公示项目建设进度', '同上', '是', null, null],
      ['专栏：意见征集或监督举报窗口', '同上', '待报', null, '信息中心核实中'],
      ['能否统计电商扶贫情况', '培训贫困户、带动增收', '能', null, null],
      ['项目总体进度', '按合同工作量', '85%', '2021.9.6', null],
      ['是否发生安全生产、质量事故或重大损失', null, '无', null, null],
      ['是否存在弄虚作假', null, '无', null, null],
    ]],
    ['县财政局', '吴少华', [
      ['下达省级专项资金', null, '500万元', '2021.9.1', null],
      ['累计拨付资金', '截至2021年8月31日', '412.36万元', '2021.9.1', null],
      ['资金管理制度', '是否制定', '已制定', null, '西商务〔2020〕21号'],
      ['资金专用台账', '是否建立', '承建单位已建立', null, null],
    ]],
  ];
  let seq = 0;
  for (const [unit, person, items] of groups) {
    const r0 = rows.length + 1;
    items.forEach((it, k) => {
      seq += 1;
      rows.push([seq, it[0], it[1], k === 0 ? unit : null, k === 0 ? person : null, it[2], it[3], it[4]]);
    });
    const r1 = rows.length;
    if (r1 > r0) { merges.push('D' + r0 + ':D' + r1, 'E' + r0 + ':E' + r1); }
  }
  rows.push([null, null, null, null, null, null, null, null]);
  const nr = rows.length + 1;
  rows.push(['说明：报送值请写明单位；“--请选择--”“待报”为尚未报送的项目，9月10日前补齐。', null, null, null, null, null, null, null]);
  merges.push('A' + nr + ':H' + nr);
  const s2 = { name: '数据收集分工', rows, merges };

  return {
    description: '阳西县（阳江）商务局电商股的两张表：①《领导小组成员名单》（序号|姓名|工作单位及职务|领导小组职务|备注，县委副书记、县长任组长，商务、财政、农业农村、乡村振兴局长为成员，另有市场监管、交通、工信、邮政和各镇）；②《考评基础数据收集分工表》：序号|数据项|口径要求|责任单位（纵向合并）|责任人（纵向合并）|报送值|报送时间|备注，按责任单位分组（统计局、民政局、乡村振兴局、邮政、商务局、财政局），值带单位写在“报送值”格里。陷阱：“报送时间”是各单位报数的日期（真日期、2021.6.2、6月9日）不是任何事实；户籍人口只在备注；“已印发”的文号在备注；扶持政策一格仍是下拉框占位“--请选择--”、专栏意见窗口写“待报”（都未作答）；“人数，不是人次”。',
    sheets: [s1, s2],
    expect: {
      facts: {
        county: '阳西县',
        asOf: '2021-08-31',
        residentPopulation: 451400,
        adminVillagesStated: 136,
        poorVillagesStated: 28,
        eligiblePoorPersonsStated: 2316,
        trainedPoorPersonsStated: 1208,
        expressCoverage: true,
        ruralRetail2019: 982000000,
        ruralRetail2020: 1206000000,
        ruralRetailGrowthStated: 0.228,
        agriRetail2019: 235000000,
        agriRetail2020: 331000000,
        agriRetailGrowthStated: 0.409,
        planIssued: true,
        centerOpened: '2020-08-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        trainingPersonTimesStated: 4615,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        povertyStatisticsStated: true,
        overallProgress: 0.85,
        vetoIncident: false,
        vetoFraud: false,
        fundAllocated: 5000000,
        fundSpentStated: 4123600,
        fundSystemIssued: true,
        fundLedgerKept: true,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// ======================================================================
// facts 2 — 翁源县：数据看板（一格一张卡片：标签换行数值）
// ======================================================================
function factsWengyuan() {
  const rows = [];
  const merges = [];
  const blank = () => rows.push([null, null, null, null, null, null, null, null]);
  const full = (text) => { rows.push([text, null, null, null, null, null, null, null]); const r = rows.length; merges.push('A' + r + ':H' + r); };
  const cards = (list) => {
    const row = [null, null, null, null, null, null, null, null];
    list.forEach((t, i) => { row[i * 2] = t; });
    rows.push(row);
    const r = rows.length;
    list.forEach((t, i) => { if (t != null) merges.push(colName(i * 2) + r + ':' + colName(i * 2 + 1) + r); });
  };
  full('翁源县电商进农村示范创建 · 数据看板');
  full('数据截至 2021年8月31日 ｜ 电商股 邓晓玲 维护 ｜ 最后更新 9月2日');
  blank();
  full('▌基本盘');
  cards(['县区\n翁源县', '常住人口\n34.32万人\n（七普）', '行政村\n153个', '社区\n23个']);
  cards(['省定贫困村\n27个', '户籍人口\n42.1万人', '镇\n7个镇、1个林场', null]);
  blank();
  full('▌组织保障');
  cards(['领导小组组长\n县委副书记、县长', '成员单位\n商务、财政、农业农村、乡村振兴、邮政管理等18个', '示范县工作方案\n✔ 已印发（翁府办〔2019〕61号）', '扶持政策\n✔ 已出台']);
  blank();
  full('▌中心 & 产业园');
  cards(['中心投运\n2020.09.26', '免费培训场地设备\n✔', '农特产品免费展销\n✔', '免费摄影美工\n✘ 暂未提供']);
  cards(['统一推广/品牌指导\n✔', '其他增值服务\n✔ 代运营、金融对接', '电商产业园\n✔ 整合建成', '第三方运营商\n✔ 有']);
  blank();
  full('▌农产品上行');
  cards(['农村网零 2019\n6.73亿元', '农村网零 2020\n8.12亿元', '农村网零 同比\n+20.7%', '行政村快递覆盖\n100%']);
  cards(['农产品网零 2019\n1.46亿元', '农产品网零 2020\n1.98亿元', '农产品网零 同比\n+35.6%', '网零 2021年1-8月\n5.87亿元']);
  blank();
  full('▌人才培训');
  cards(['累计培训\n3,566人次', '培训覆盖率\n1.04%', '有劳动能力贫困人口\n（不含外出务工）\n1,942人', '已参训贫困人口\n1,003人']);
  cards(['贫困人口培训率\n51.6%', null, null, null]);
  blank();
  full('▌公开 & 报送');
  cards(['专栏·创建方案\n✔', '专栏·项目信息\n✔', '专栏·建设进度\n✔ 按月', '专栏·意见/举报窗口\n✘']);
  cards(['月报市商务局\n✔ 每月', '电商扶贫统计\n✔', null, null]);
  blank();
  full('▌资金');
  cards(['省级资金下达\n500万元', '累计拨付\n386.5万元', '拨付率\n77.3%', '项目总体进度\n82%']);
  cards(['资金管理办法\n✔ 已印发', '资金专用台账\n✔ 已建立', null, null]);
  blank();
  full('▌红线');
  cards(['安全/质量事故\n无', '弄虚作假\n无', null, null]);
  blank();
  full('▌主观项自评分');
  cards(['方案制定\n2', '政策支持\n1', '项目管理制度\n2', '工作台账\n1']);
  cards(['网销调研\n2', '网络促销活动\n1', '交易标准/冷链溯源\n1', '资金管理制度\n4']);
  cards(['资金台账\n4', '资金及时拨付\n4', null, null]);
  blank();
  full('▌自评得分（得分/满分）');
  cards(['组织领导\n2/2', '方案制定\n2/2', '政策支持\n1/2', '项目管理\n3/4']);
  cards(['县级中心及产业园\n14/15', '村级站点覆盖\n8/10', '农村产品上行\n8/10', '电商人才培训\n20/20']);
  cards(['信息公开\n3/4', '数据上报\n6/6', '案例总结\n2/2', '经验推广\n5/8']);
  cards(['资金管理制度\n4/5', '资金台账\n4/5', '资金支出\n4/5', '加分·贫困人口培训率\n0/2']);
  cards(['加分·电视播报\n1/2', '合计\n87分（含加分1分）', null, null]);
  blank();
  full('注：✔＝已完成/有，✘＝未完成/无；人次、人数均截至8月31日。卡片第一行为项目，最后一行为数值。');

  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const sum = Object.values(claimed).reduce((a, b) => a + b, 0);
  assert(sum === 87, 'wengyuan claimed total ' + sum);

  return {
    description: '翁源县（韶关）商务局电商股的《数据看板》：仿大屏的“卡片”排法——每张卡片是一个合并两列的单元格，格内第一行是项目、换行后是数值（少数卡片三行：标签占两行，或数值下加“（七普）”），每行四张卡片，按“▌基本盘/组织保障/中心&产业园/上行/培训/公开&报送/资金/红线/主观项自评分/自评得分（得分/满分）”分块；是否用 ✔/✘ 加短语；自评得分写成“2/2”“14/15”这样的“得分/满分”分数。陷阱：户籍人口、社区数、2021年1-8月网零额、培训覆盖率1.04%、贫困人口培训率51.6%、拨付率77.3%都不是输入；“最后更新 9月2日”不是截止日期；“免费摄影美工 ✘ 暂未提供”是否；“合计 87分”不是指标。',
    sheets: [{ name: '数据看板', rows, merges }],
    expect: {
      facts: {
        county: '翁源县',
        asOf: '2021-08-31',
        residentPopulation: 343200,
        adminVillagesStated: 153,
        poorVillagesStated: 27,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        ruralRetail2019: 673000000,
        ruralRetail2020: 812000000,
        ruralRetailGrowthStated: 0.207,
        agriRetail2019: 146000000,
        agriRetail2020: 198000000,
        agriRetailGrowthStated: 0.356,
        expressCoverage: true,
        trainingPersonTimesStated: 3566,
        eligiblePoorPersonsStated: 1942,
        trainedPoorPersonsStated: 1003,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3865000,
        overallProgress: 0.82,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 2,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed,
    },
  };
}

// ======================================================================
// facts 3 — 鹤山市：项目建设及资金拨付进度总表（事实在合计行和完成情况里）
// ======================================================================
function factsHeshan() {
  const N = 10;
  const e = () => new Array(N).fill(null);
  const row = (vals) => { const r = e(); vals.forEach((v, i) => { r[i] = v; }); return r; };
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push(row([t])); const r = rows.length; merges.push('A' + r + ':J' + r); };
  full('鹤山市2019年省级电子商务进农村综合示范项目建设及资金拨付进度总表');
  rows.push(row(['项目县（市、区）：鹤山市', null, null, '统计截至：2021年8月31日', null, null, '资金单位：万元', null, null, null]));
  merges.push('A2:C2', 'D2:F2', 'G2:J2');
  rows.push(row(['序号', '项目名称', '承建单位', '合同签订时间', '省级专项资金', null, null, '建设进度（%）', '完成情况', '备注']));
  rows.push(row([null, null, null, null, '下达安排', '累计拨付', '拨付率', null, null, null]));
  merges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4', 'I3:I4', 'J3:J4');
  full('一、公共服务体系');
  rows.push(row([1, '县级电子商务公共服务中心建设及运营', '广东鹤翔电子商务有限公司', D('2020-03-16'), 120, 108, '90.0%', 100, '中心已于2020年6月18日投入运营，配备专职人员6名', '验收报告见附件2-1']));
  rows.push(row([2, '双合电商产业园整合提升', '鹤山市双合实业有限公司', '2020.4.2', 60, 45, '75.0%', 90, '已整合建成，入驻企业23家', null]));
  rows.push(row([3, '第三方运营服务', '广东鹤翔电子商务有限公司', '2020.4.2', 25, 20, '80.0%', 85, '第三方专业运营团队驻场运营', null]));
  full('二、物流及站点');
  rows.push(row([4, '镇村三级物流配送体系', '中国邮政集团有限公司鹤山市分公司', '2020年5月', 90, 72, '80.0%', 95, '行政村物流快递覆盖率达100%', '邮政管理部门证明见附件3-2']));
  rows.push(row([5, '村级电商服务站点建设', '鹤山市云乡网络科技有限公司', '2020/6/9', 85, 70.2, '82.6%', 92, '建成村级站点62个（截至8月底）', '详见附件3-1']));
  full('三、人才培训');
  rows.push(row([6, '电商人才培训', '江门市新匠职业培训学校', '2020.7.1', 45, 38.6, '85.8%', 100, '累计培训61期3,382人次', '签到表见附件4']));
  full('四、农产品上行');
  rows.push(row([7, '农产品品牌培育及网络营销', '鹤山市古劳文化传播有限公司', '2020.8.20', 40, 25, '62.5%', 80, '组织“鹤山红茶节”等网络促销活动5场', null]));
  rows.push(row([8, '农产品质量溯源及冷链', '鹤山市粤鲜冷链物流有限公司', D('2020-11-03'), 35, 12, '34.3%', 60, '冷库主体完工，溯源系统调试中', null]));
  rows.push(row(['合计（总体进度按资金加权）', null, null, null, 500, 390.8, '78.2%', 91.4, null, null]));
  merges.push('A' + rows.length + ':D' + rows.length);
  // arithmetic check of the table
  const alloc = [120, 60, 25, 90, 85, 45, 40, 35];
  const paid = [108, 45, 20, 72, 70.2, 38.6, 25, 12];
  const prog = [100, 90, 85, 95, 92, 100, 80, 60];
  assert(alloc.reduce((a, b) => a + b) === 500, 'heshan alloc');
  assert(Math.round(paid.reduce((a, b) => a + b) * 10) === 3908, 'heshan paid');
  assert(Math.round(alloc.reduce((a, b, i) => a + b * prog[i], 0) / 500 * 10) === 914, 'heshan progress');
  rows.push(e());
  full('注：1. 本项目由市电子商务进农村综合示范工作领导小组统筹，组长由分管副市长梁志宏担任，市商务局具体组织实施。2. 拨付率＝累计拨付÷下达安排。3. 建设进度由承建单位填报、市商务局审核。');
  rows.push(e());
  full('附表1：市政府门户网站“电子商务进农村综合示范”专栏子栏目设置情况');
  rows.push(row(['序号', '子栏目', '公开内容', '信息条数', '最近更新', '链接', null, null, null, null]));
  merges.push('F' + rows.length + ':J' + rows.length);
  const sub = [
    [1, '工作方案', '示范县创建工作方案、实施方案', 2, '2020-01-08', 'http://www.heshan.gov.cn/zwgk/zdlyxxgk/dzsw/gzfa/'],
    [2, '项目信息', '项目名称、承建单位、资金安排等基本信息', 9, '2021-07-26', 'http://www.heshan.gov.cn/zwgk/zdlyxxgk/dzsw/xmxx/'],
    [3, '建设进度', '各项目月度建设进度', 14, '2021-08-27', 'http://www.heshan.gov.cn/zwgk/zdlyxxgk/dzsw/jsjd/'],
    [4, '互动交流（意见征集/监督举报）', '—', 0, '—', '未开设，拟9月上线'],
  ];
  for (const s of sub) { rows.push(row(s)); merges.push('F' + rows.length + ':J' + rows.length); }
  rows.push(e());
  full('附表2：资金管理及自评');
  rows.push(row(['序号', '事项', '情况', null, null, null, null, null, '自评分（1-5分）', null]));
  merges.push('C' + rows.length + ':H' + rows.length, 'I' + rows.length + ':J' + rows.length);
  const fm = [
    [1, '资金管理制度', '已制定《鹤山市省级电子商务进农村综合示范专项资金管理办法》（鹤商〔2020〕18号）', 5],
    [2, '资金专用台账', '各承建单位均已建立资金专用台账', 4],
    [3, '资金及时拨付', '按合同约定和建设进度拨付', 4],
  ];
  for (const f of fm) {
    rows.push(row([f[0], f[1], f[2], null, null, null, null, null, f[3], null]));
    merges.push('C' + rows.length + ':H' + rows.length, 'I' + rows.length + ':J' + rows.length);
  }
  rows.push(e());
  full('填报人：何婉仪　　审核人：黄志坚　　填报日期：2021年9月6日');

  return {
    description: '鹤山市（江门）商务局的《项目建设及资金拨付进度总表》当事实表交：两行表头（“省级专项资金”合并在 下达安排|累计拨付|拨付率 之上），按“一、公共服务体系…四、农产品上行”分节，一行一个承建项目（承建单位、合同签订时间、万元金额、建设进度%、完成情况文字）；县级事实只在“合计（总体进度按资金加权）”行（下达500、累计拨付390.8、总体进度91.4）和各项目“完成情况”句子里（中心2020年6月18日投入运营、产业园已整合建成、第三方团队驻场运营、快递覆盖100%、累计培训3,382人次）；表下“注”写领导小组组长为分管副市长；表下“附表1”是政府网站专栏“子栏目设置情况”（子栏目|公开内容|信息条数|最近更新|链接，互动交流一栏“未开设”），“附表2”是资金管理事项带1-5分自评。陷阱：合同签订时间（真日期、2020.4.2、2020年5月）不是中心运营日期；各项目的下达/拨付/进度、拨付率、入驻企业23家、站点62个都不是输入；专栏“最近更新”日期不是事实；填报日期不是截止日期。',
    sheets: [{ name: '项目进度总表', rows, merges }],
    expect: {
      facts: {
        county: '鹤山市',
        asOf: '2021-08-31',
        centerOpened: '2020-06-18',
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        trainingPersonTimesStated: 3382,
        fundAllocated: 5000000,
        fundSpentStated: 3908000,
        overallProgress: 0.914,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        fundSystemIssued: true,
        fundLedgerKept: true,
      },
      judged: { 'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4 },
      leadership: 'deputy',
    },
  };
}

// ======================================================================
// ledger 1 — 惠东县：培训日历（月历格子）+ 外宣稿件采用积分登记表
// ======================================================================
function ledgerHuidong() {
  // ---- calendar
  const events = {
    '2020-11-05': ['第1期·电商基础知识普及\n平山街道 86人次', 86],
    '2020-11-19': ['第2期·网店开设与运营\n稔山镇 52人次', 52],
    '2020-11-26': ['市商务局来惠东督导示范创建', null],
    '2020-12-03': ['第3期·直播带货实操\n多祝镇 64人次', 64],
    '2020-12-17': ['第4期·农产品包装与品牌\n吉隆镇 48人', 48],
    '2020-12-24': ['第5期·电商扶贫专场\n高潭镇 71人次', 71],
    '2021-03-11': ['第6期·短视频拍摄\n梁化镇 55人次', 55],
    '2021-03-18': ['第7期·网店美工（讲师行程冲突，延期至25日）', null],
    '2021-03-25': ['第7期·网店美工\n白花镇 43人次', 43],
    '2021-03-31': ['村级站点验收（铁涌镇）', null],
    '2021-06-10': ['第8期·短视频营销\n平海镇 67人次', 67],
    '2021-06-16': ['“618”农产品网络促销活动', null],
    '2021-06-24': ['第9期·客服与售后\n安墩镇 39人次', 39],
    '2021-09-09': ['第10期·跨境电商入门\n大岭街道 58人次', 58],
    '2021-09-21': ['中秋节', null],
  };
  const months = [[2020, 11], [2020, 12], [2021, 3], [2021, 6], [2021, 9]];
  const rows = [];
  const merges = [];
  const e = () => new Array(8).fill(null);
  rows.push(['惠东县电子商务公共服务中心 培训及工作日历（2020年11月—2021年9月，按实际执行情况更新，节选有培训的月份）', null, null, null, null, null, null, null]);
  merges.push('A1:H1');
  rows.push(['说明：每周两行，上行为日期，下行为当日安排；H列为当月小计。', null, null, null, null, null, null, null]);
  merges.push('A2:H2');
  rows.push(e());
  const records = [];
  for (const [y, m] of months) {
    const first = new Date(Date.UTC(y, m - 1, 1));
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
    let n = 0; let pt = 0;
    for (let d = 1; d <= days; d++) { const ev = events[isoOf(y, m, d)]; if (ev && ev[1] != null) { n++; pt += ev[1]; } }
    const title = e();
    title[0] = y + '年' + m + '月';
    title[7] = '本月培训' + n + '期，' + pt + '人次';
    rows.push(title);
    merges.push('A' + rows.length + ':G' + rows.length);
    rows.push(['一', '二', '三', '四', '五', '六', '日', null]);
    let day = 1 - lead;
    while (day <= days) {
      const dr = e(); const er = e();
      for (let c = 0; c < 7; c++, day++) {
        if (day >= 1 && day <= days) {
          dr[c] = day;
          const iso = isoOf(y, m, day);
          const ev = events[iso];
          if (ev) {
            er[c] = ev[0];
            if (ev[1] != null) records.push({ date: iso, personTimes: ev[1], id: null });
          }
        }
      }
      rows.push(dr); rows.push(er);
    }
    rows.push(e());
  }
  rows.push(['注：格内写“第×期”并注明人次的为实际举办的培训（人次以当期签到表为准）；其他为当日工作安排，不是培训。', null, null, null, null, null, null, null]);
  merges.push('A' + rows.length + ':H' + rows.length);
  assert(records.length === 10, 'huidong calendar records ' + records.length);
  const cal = { name: '培训日历', rows, merges };

  // ---- media with points
  const mrows = [
    ['惠东县商务局2020—2021年度外宣稿件采用登记及积分统计表', null, null, null, null, null, null, null],
    ['积分标准：中央级媒体10分/篇，省级5分/篇，市级2分/篇，县级1分/篇；电视新闻另加1分；未采用不计分。', null, null, null, null, null, null, null],
    ['序号', '稿件标题', '撰稿/供稿', '采用媒体（栏目）', '采用时间', '采用形式', '积分', '备注'],
    [1, '惠东：电商服务站开到家门口', '电商股 陈嘉欣', '惠州日报（A05版）', '2020.10.22', '报纸', 2, null],
    [2, '我县举办首期农村电商直播带货培训', '县电商中心', '惠东电视台《惠东新闻》', D('2020-11-06'), '电视', 2, null],
    [3, '惠东梅菜“触网”销全国', '电商股 陈嘉欣', '南方+客户端', '2020年12月15日', '网络', 5, null],
    [4, '小山村的电商致富路', '县融媒体中心', '学习强国·广东学习平台', '2021.1.19', '网络', 5, null],
    [5, '消费扶贫月：电商助农“惠”到家', '电商股 李文斌', '惠州电视台《惠州新闻》', '2021-04-08', '电视', 3, null],
    [6, '广东惠东：电商赋能乡村振兴', '电商股 陈嘉欣', '人民网', '2021.5.26', '网络', 10, null],
    [7, '惠东荔枝搭上直播快车', '电商股 李文斌', '（投南方日报）', '2021.6', '—', 0, '未采用'],
    [8, '惠东贫困户直播卖梅菜 月入过万', '县电商中心', '广东广播电视台《广东新闻联播》', '2021.6.30', '电视', 6, '电商扶贫典型案例'],
    [9, '惠东县电商进农村工作纪实', '县融媒体中心', '惠东发布（微信公众号）', '2021.7.15', '网络', 1, null],
    [10, '“惠东梅菜”区域品牌发布', '电商股 陈嘉欣', '惠州日报（A03版）', '2021.9.3', '报纸', 2, null],
    ['合计', null, null, null, null, null, 36, null],
    [null, null, null, null, null, null, null, null],
    ['注：稿件截图、视频链接见附件；第7篇投稿未被采用，仅作登记。', null, null, null, null, null, null, null],
  ];
  const media = { name: '外宣积分', rows: mrows, merges: ['A1:H1', 'A2:H2', 'A16:H16'] };
  assert([2, 2, 5, 5, 3, 10, 0, 6, 1, 2].reduce((a, b) => a + b) === 36, 'media points sum');

  return {
    description: '惠东县（惠州）电商中心与商务局的两张表：①《培训及工作日历》按月画成月历：每月一块（“2020年11月”合并标题、H列“本月培训n期，m人次”小计、一…日星期行），每周两行——上行是日期数字、下行是当日安排（“第1期·电商基础知识普及\\n平山街道 86人次”，一格“48人”），培训日期要由块标题的年月加上一行的日数拼出；日历里也有非培训安排（督导、站点验收、“618”促销活动、中秋节）和一条“第7期…延期至25日”的原定安排（当天没办）；第10期在2021年9月（截止日后，照列）。②《外宣稿件采用登记及积分统计表》没有级别列，级别要从媒体名或“积分”看（积分标准写在表头上方：中央10、省5、市2、县1、电视另加1）；一行“投南方日报”未采用（积分0）不是报道；有合计行和注。',
    sheets: [cal, media],
    expect: {
      sheets: {
        '培训日历': { kind: 'training', records },
        '外宣积分': {
          kind: 'media',
          records: [
            { date: '2020-10-22', level: 'city', tv: false },
            { date: '2020-11-06', level: 'county', tv: true },
            { date: '2020-12-15', level: 'province', tv: false },
            { date: '2021-01-19', level: 'province', tv: false },
            { date: '2021-04-08', level: 'city', tv: true },
            { date: '2021-05-26', level: 'national', tv: false },
            { date: '2021-06-30', level: 'province', tv: true },
            { date: '2021-07-15', level: 'county', tv: false },
            { date: '2021-09-03', level: 'city', tv: false },
          ],
        },
      },
    },
  };
}

// ======================================================================
// ledger 2 — 乳源瑶族自治县：微信“接龙”签到 + 企业信用信息块 + 填报说明
// ======================================================================
function ledgerRuyuan() {
  const rand = mulberry32(4343);
  const idg = makeIdGen('440232', rand);
  const A = [];
  const recs = [];
  const line = (t) => A.push([t]);
  // block 1
  line('#接龙');
  line('乳源县2020年第4期农村电商培训（必背镇）签到');
  line('时间：2020年11月12日上午9:00');
  line('地点：必背镇人民政府三楼会议室');
  line('格式：序号+姓名+身份证号+村');
  const b1 = [
    ['1. ', '邓桂英', 'id', '必背村'], ['2. ', '赵金凤', 'idx', '桂坑村'], ['3. ', '盘春花', 'idsp', '横溪村'],
    ['4. ', '邓志强', 'id', '必背口村'], ['5. ', '赵秀兰', 'id', '桂坑村'], ['6. ', '盘海燕', 'id', '王茶村'],
    ['7. ', '李建明', 'id', '必背村'], ['8. ', '盘志辉', 'leave', '横溪村'], ['9. ', '邓玉梅', 'id', '半坑村'],
  ];
  const emit = (list, date) => {
    for (const [no, nm, kind, v] of list) {
      if (kind === 'leave') { line(no + nm + ' 请假'); continue; }
      if (kind === 'noid') { line(no + nm + ' 未带身份证 ' + v); recs.push({ date, personTimes: 1, id: null }); continue; }
      const id = idg(1965, 2000, kind === 'idx' ? true : false);
      let shown = id;
      if (kind === 'idx') shown = id.slice(0, 17) + 'x';
      if (kind === 'idsp') shown = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
      line(no + nm + (kind === 'tab' ? '\u3000' : ' ') + shown + (kind === 'tab' ? '\u3000' : ' ') + v);
      recs.push({ date, personTimes: 1, id });
    }
  };
  emit(b1, '2020-11-12');
  line('（接龙共9人，实到8人）');
  line(null);
  // block 2
  line('#接龙');
  line('2021年第2期电商直播带货培训 游溪镇 签到接龙');
  line('时间：2021.3.18（星期四）下午2:30');
  line('地点：游溪镇文化站');
  const b2 = [
    ['1、', '黄丽华', 'id', '中心坝村'], ['2、', '刘春梅', 'id', '游溪村'], ['3、', '黄建国', 'tab', '中心坝村'],
    ['4、', '黄丽', 'noid', '河口村'], ['5、', '刘金华', 'idx', '游溪村'], ['6、', '邓秀芳', 'id', '中心坝村'],
    ['7、', '黄志明', 'id', '游溪村'], ['8、', '刘凤英', 'id', '河口村'],
  ];
  emit(b2, '2021-03-18');
  line(null);
  // block 3
  line('#接龙');
  line('第3期“瑶山好物”网店运营培训（大桥镇）签到');
  line('时间：21年5月20日 9:00');
  line('地点：大桥镇电商服务站');
  const b3 = [
    ['1．', '李春霞', 'id', '大桥村'], ['2．', '邓海明', 'id', '柯树下村'], ['3．', '李秀梅', 'idsp', '大桥村'],
    ['4．', '陈德福', 'id', '长溪村'], ['5．', '李永红', 'id', '大桥村'], ['6．', '邓桂兰', 'idx', '柯树下村'],
    ['7．', '陈金凤', 'id', '长溪村'],
  ];
  emit(b3, '2021-05-20');
  line('（以上从工作群复制，原始截图存档）');
  assert(recs.length === 23, 'ruyuan records ' + recs.length);
  const jl = { name: '签到接龙', rows: A };

  // enterprise blocks
  const ent = [
    { name: '乳源瑶族自治县必背山货电子商务有限公司', code: '91440232MA53FQ8R2K', legal: '有限责任公司（自然人独资）', rep: '赵金华', est: '2019年06月12日', scope: '互联网销售（除销售需要许可的商品）；食用农产品零售；农副产品销售……', kind: '销售型', inD: '2020.10.16', outD: '—', e: '2020-10-16', l: null },
    { name: '韶关市瑶乡优品供应链管理有限公司', code: '91440200MA4WB7LT0C', legal: '有限责任公司（自然人投资或控股）', rep: '邓永福', est: '2018年03月27日', scope: '供应链管理服务；普通货物仓储服务；国内货物运输代理……', kind: '物流快递', inD: D('2020-10-20'), outD: null, e: '2020-10-20', l: null },
    { name: '乳源县云门山农产品网络科技有限公司', code: '91440232MA55C2YK3P', legal: '有限责任公司（自然人投资或控股）', rep: '李建新', est: '2020年09月30日', scope: '网络技术服务；互联网销售；平台运营……', kind: '平台型', inD: '2020年11月', outD: '—', e: '2020-11', l: null },
    { name: '广东瑶绣坊电子商务有限公司', code: '91440232MA54L9H76T', legal: '有限责任公司（自然人独资）', rep: '盘秀英', est: '2020年04月08日', scope: '服饰制造；工艺美术品销售；互联网销售……', kind: '销售型', inD: '2020/11/5', outD: '2021年4月30日（迁出）', e: '2020-11-05', l: '2021-04-30' },
    { name: '乳源瑶族自治县南岭直播电商有限公司', code: '91440232MA55KX1D8E', legal: '有限责任公司（自然人投资或控股）', rep: '黄志强', est: '2020年12月21日', scope: '直播带货服务；互联网销售；广告设计、代理……', kind: '直播电商', inD: '2021.1.8', outD: '—', e: '2021-01-08', l: null },
    { name: '中国邮政集团有限公司乳源瑶族自治县分公司', code: '914402327929113T7H', legal: '其他有限责任公司分公司', rep: '（负责人）邓建华', est: '2008年12月30日', scope: '邮政基本服务；快递服务；电子商务……', kind: '物流快递', inD: '2020.12.1', outD: '—', e: '2020-12-01', l: null },
    { name: '韶关市丰源电商运营服务有限公司', code: '91440200MA55P0GQ4N', legal: '有限责任公司（自然人投资或控股）', rep: '刘丰源', est: '2021年01月05日', scope: '电子商务代运营；企业营销策划；摄影扩印服务……', kind: '运营服务商', inD: D('2021-03-15'), outD: null, e: '2021-03-15', l: null },
    { name: '乳源瑶族自治县大桥镇农丰种养专业合作社', code: '93440232MA4X8N5L1U', legal: '农民专业合作社', rep: '李永红', est: '2017年11月16日', scope: '组织收购、销售成员种植的农产品……', kind: '销售型', inD: '2021年5月', outD: '—', e: '2021-05', l: null },
    { name: '乳源县瑶山红电子商务工作室', code: '92440232MA56D3TB9W', legal: '个体工商户', rep: '（经营者）盘志红', est: '2021年06月02日', scope: '互联网销售（除销售需要许可的商品）……', kind: '销售型', inD: '2021.6.18', outD: '2021.8.20', e: '2021-06-18', l: '2021-08-20' },
    { name: '韶关市新农人网络科技有限公司', code: '91440200MA56H7UE5R', legal: '有限责任公司（自然人投资或控股）', rep: '陈新农', est: '2021年07月14日', scope: '网络技术服务；互联网数据服务；农产品电商平台……', kind: '平台型', inD: '2021.9.6', outD: '—', e: '2021-09-06', l: null },
  ];
  const B = [];
  const bm = [];
  B.push(['乳源瑶族自治县电子商务产业园入驻企业信息（基本信息摘自国家企业信用信息公示系统，【园区】项由园区运营中心补录）', null]);
  bm.push('A1:B1');
  B.push(['整理：县商务局电商股　2021年9月', null]);
  B.push([null, null]);
  ent.forEach((x, i) => {
    B.push(['No.' + (i + 1), null]);
    bm.push('A' + B.length + ':B' + B.length);
    B.push(['企业名称', x.name]);
    B.push(['统一社会信用代码', x.code]);
    B.push(['类型', x.legal]);
    B.push([x.legal === '个体工商户' ? '经营者' : (x.legal.includes('分公司') ? '负责人' : (x.legal === '农民专业合作社' ? '法定代表人' : '法定代表人')), x.rep.replace(/^（[^）]+）/, '')]);
    B.push(['成立日期', x.est]);
    B.push(['登记机关', x.code.startsWith('914402000') || x.code.startsWith('91440200') ? '韶关市市场监督管理局' : '乳源瑶族自治县市场监督管理局']);
    B.push(['经营范围', x.scope]);
    B.push(['【园区】入驻类型', x.kind]);
    B.push(['【园区】入驻日期', x.inD]);
    B.push(['【园区】退出日期', x.outD]);
    B.push([null, null]);
  });
  B.push(['注：“类型”为工商登记的企业类型；园区按经营业务分类见【园区】入驻类型。', null]);
  bm.push('A' + B.length + ':B' + B.length);
  const entSheet = { name: '入驻企业信息', rows: B, merges: bm };

  const note = {
    name: '填报说明',
    rows: [
      ['填报说明'],
      ['1. 培训签到以工作群“接龙”为准，请假、未到者不计人次；未带身份证的学员已现场登记，身份证号待补。'],
      ['2. 入驻企业信息由园区运营中心每季度更新一次，退出企业保留记录并注明退出日期。'],
      ['3. 本工作簿由县商务局电商股汇总，联系人：邓晓敏，电话：0751-5xxxxxx。'],
    ],
  };

  return {
    description: '乳源瑶族自治县（韶关）商务局电商股的两本“原样留底”加一页说明：①《签到接龙》是三期培训的微信群“#接龙”整段粘进A列，一行一句——每期有“#接龙”、标题、“时间：…”（2020年11月12日上午9:00、2021.3.18（星期四）下午2:30、21年5月20日 9:00）、地点、格式说明行，然后“1. 姓名 身份证号 村”（序号写法“1.”“1、”“1．”，身份证号有小写x、按6-8-4加空格分段、一处用全角空格隔开），一行“8. 盘志辉 请假”不是签到，一行“4、黄丽 未带身份证 河口村”是到场学员但无证号；块尾“（接龙共9人，实到8人）”等说明行不是记录。②《入驻企业信息》是从国家企业信用信息公示系统详情页逐家复制的纵向块（No.n、企业名称、统一社会信用代码、类型、法定代表人/负责人/经营者、成立日期、登记机关、经营范围，再加运营中心补录的【园区】入驻类型/入驻日期/退出日期），块间空一行。陷阱：“类型”是工商企业类型（有限责任公司、个体工商户、农民专业合作社），园区分类要看【园区】入驻类型；成立日期不是入驻日期；退出日期“—”、空白为未退出，“2021年4月30日（迁出）”按日期读；第10家2021.9.6入驻（截止日后，照列）。③填报说明不是台账。',
    sheets: [jl, entSheet, note],
    expect: {
      sheets: {
        '签到接龙': { kind: 'training', records: recs },
        '入驻企业信息': { kind: 'enterprises', records: ent.map((x) => ({ name: x.name, type: x.kind, entered: x.e, left: x.l })) },
        '填报说明': { kind: null },
      },
    },
  };
}

// ======================================================================
// county — 博罗县：自评结果公示稿 + 附1…附10 台账
// ======================================================================
function countyBoluo() {
  const rand = mulberry32(20210831);
  const newName = nameGen(rand);
  const phone = phoneGen(rand);
  const idg = makeIdGen('441322', rand);
  const CUT = '2021-08-31';

  // ---------------- villages
  const towns = ['罗阳街道', '龙溪街道', '石湾镇', '园洲镇', '湖镇镇', '龙华镇', '长宁镇', '福田镇', '杨桥镇', '泰美镇', '观音阁镇', '公庄镇', '杨村镇', '柏塘镇', '横河镇', '麻陂镇', '石坝镇'];
  const adminPerTown = { '罗阳街道': 8, '龙溪街道': 10 };
  towns.slice(2).forEach((t, i) => { adminPerTown[t] = i === 0 ? 14 : 13; });
  const totalAdmin = Object.values(adminPerTown).reduce((a, b) => a + b, 0);
  assert(totalAdmin === 214, 'admin villages ' + totalAdmin);
  const commByTown = {
    '罗阳街道': ['北门社区', '城东社区', '城西社区', '义和社区', '观背社区'],
    '龙溪街道': ['龙溪社区', '宫庭社区', '夏寮社区', '埔上社区'],
  };
  towns.slice(2).forEach((t) => { commByTown[t] = [t.replace(/镇$/, '') + '社区']; });
  const F1 = ['石', '龙', '黄', '新', '罗', '湖', '白', '横', '塘', '麻', '柏', '泰', '福', '长', '观', '上', '下', '大', '小', '东', '西', '南', '北', '高', '平', '沙', '青', '竹', '松', '桥', '田', '岭', '水', '围', '岗', '联', '和', '丰', '富', '荷', '莲', '梅', '桂', '榄', '鹿', '蓝', '金', '银', '永', '安'];
  const F2 = ['岗', '塘', '湖', '田', '坑', '溪', '岭', '头', '背', '埔', '洞', '陂', '坝', '湾', '坳', '坪', '门', '口', '园', '寮', '墩', '洋', '朗', '布', '岚', '径', '屋', '围'];
  const usedV = new Set(['新村', '北门', '城东', '城西', '义和', '观背', '龙溪', '宫庭', '夏寮', '埔上']);
  towns.slice(2).forEach((t) => usedV.add(t.replace(/镇$/, '')));
  usedV.add('罗浮'); usedV.add('林场');
  const vName = () => { for (;;) { const n = F1[Math.floor(rand() * F1.length)] + F2[Math.floor(rand() * F2.length)]; if (!usedV.has(n)) { usedV.add(n); return n; } } };
  const villages = []; // {town, name(short,no 村), admin, poor}
  for (const t of towns) {
    const list = [];
    for (let i = 0; i < adminPerTown[t]; i++) list.push({ town: t, base: vName(), admin: true, poor: false });
    // communities: first (街道: interleaved at the top), towns: community first
    const comms = commByTown[t].map((c) => ({ town: t, base: c, admin: false, poor: false }));
    villages.push(...comms, ...list);
  }
  const admins = villages.filter((v) => v.admin);
  // poor villages: 20 from the northern towns
  const poorTowns = { '公庄镇': 4, '杨村镇': 3, '柏塘镇': 3, '横河镇': 3, '麻陂镇': 2, '石坝镇': 2, '观音阁镇': 2, '长宁镇': 1 };
  for (const [t, n] of Object.entries(poorTowns)) {
    const list = admins.filter((v) => v.town === t);
    for (let i = 0; i < n; i++) list[1 + i * 3].poor = true;
  }
  const poorList = admins.filter((v) => v.poor);
  assert(poorList.length === 20, 'poor villages ' + poorList.length);
  const P20 = poorList.find((v) => v.town === '石坝镇' && v === admins.filter((x) => x.town === '石坝镇' && x.poor)[1]);
  // covered set: 19 poor + 127 non-poor
  const nonPoor = admins.filter((v) => !v.poor);
  assert(nonPoor.length === 194, 'nonpoor');
  // choose 67 non-poor to leave uncovered, spread by a deterministic stride
  const uncovered = new Set();
  for (let i = 0; uncovered.size < 67; i++) uncovered.add(nonPoor[(i * 29 + 3) % 194]);
  const covered = new Set(admins.filter((v) => v !== P20 && (v.poor || !uncovered.has(v))));
  assert(covered.size === 146, 'covered ' + covered.size);
  const coveredNonPoor = [...covered].filter((v) => !v.poor);
  const doubles = new Set([coveredNonPoor[10], coveredNonPoor[77]]);

  // village sheet rows
  const vRows = [
    ['博罗县村（居）民委员会名单', null, null, null, null, null, null],
    ['填报单位：博罗县商务局（数据来源：县民政局2021年6月）', null, null, null, null, null, null],
    ['序号', '镇（街道）', '村（居）委会名称', '类别', '省定相对贫困村', '快递通达', '备注'],
  ];
  const vMerges = ['A1:G1', 'A2:G2'];
  let vs = 0;
  for (const t of towns) {
    const list = villages.filter((v) => v.town === t);
    const r0 = vRows.length + 1;
    list.forEach((v, k) => {
      vs += 1;
      const suffix = v.admin ? ((vs % 9 === 0) ? '村民委员会' : '村委会') : (v.base.endsWith('社区') ? '居委会' : '');
      v.listName = v.admin ? v.base + suffix : v.base + suffix;
      vRows.push([vs, k === 0 ? t : null, v.listName, v.admin ? '行政村' : '社区', v.poor ? '是' : null, '√', null]);
    });
    vMerges.push('B' + r0 + ':B' + vRows.length);
  }
  vRows.push(['合计', null, '行政村214个，社区24个', null, '20', null, null]);
  vRows.push([null, null, null, null, null, null, null]);
  vRows.push(['注：省定相对贫困村在“省定相对贫困村”栏填“是”；快递通达指有快递企业网点或村级代收点。', null, null, null, null, null, null]);
  vMerges.push('A' + vRows.length + ':G' + vRows.length);
  assert(villages.length === 238, 'village rows');

  // ---------------- stations
  const fmtDate = (iso, k) => {
    const [y, m, d] = iso.split('-').map(Number);
    switch (k % 5) {
      case 0: return D(iso);
      case 1: return y + '.' + m + '.' + d;
      case 2: return y + '年' + m + '月' + d + '日';
      case 3: return y + '/' + m + '/' + d;
      default: return D(iso);
    }
  };
  const randDate = (from, to) => {
    const a = Date.parse(from + 'T00:00:00Z'); const b = Date.parse(to + 'T00:00:00Z');
    const t = a + Math.floor(rand() * ((b - a) / 86400000 + 1)) * 86400000;
    return new Date(t).toISOString().slice(0, 10);
  };
  const sRows = [
    ['博罗县村级电子商务服务站点台账', null, null, null, null, null, null, null],
    ['序号', '站点编号', '镇（街道）', '站点名称', '所在村（社区）', '站长', '联系电话', '挂牌运营时间'],
  ];
  const sMerges = ['A1:H1'];
  let sn = 0;
  const stationLog = [];
  const townCode = (t) => ({ '罗阳街道': 'LY', '龙溪街道': 'LX', '石湾镇': 'SW', '园洲镇': 'YZ', '湖镇镇': 'HZ', '龙华镇': 'LH', '长宁镇': 'CN', '福田镇': 'FT', '杨桥镇': 'YQ', '泰美镇': 'TM', '观音阁镇': 'GYG', '公庄镇': 'GZ', '杨村镇': 'YC', '柏塘镇': 'BT', '横河镇': 'HH', '麻陂镇': 'MP', '石坝镇': 'SB' }[t]);
  const commStation = new Set(['城东社区', '湖镇社区']);
  const pushStation = (t, stName, village, iso, note, kIdx) => {
    sn += 1;
    const row = [sn, 'BL-' + townCode(t) + '-' + pad(sn, 3), t, stName, village, newName(), phone(), iso.length === 7 ? (iso.slice(0, 4) + '年' + Number(iso.slice(5)) + '月') : fmtDate(iso, kIdx)];
    if (note) row.push(note);
    sRows.push(row);
    stationLog.push({ town: t, village, iso });
  };
  for (const t of towns) {
    for (const v of villages.filter((x) => x.town === t)) {
      if (!v.admin && commStation.has(v.base)) pushStation(t, v.base + '电商服务站', v.base, randDate('2020-06-01', '2021-06-30'), null, sn);
      if (v.admin && covered.has(v)) {
        const iso = randDate('2020-05-10', '2021-08-20');
        pushStation(t, v.base + '村电商服务站', v.base + '村', (sn % 23 === 7) ? iso.slice(0, 7) : iso, null, sn);
        if (doubles.has(v)) pushStation(t, v.base + '村电商服务站（二）', v.base + '村', randDate('2020-09-01', '2021-07-30'), null, sn);
      }
      if (v === P20) pushStation(t, v.base + '村电商服务站', v.base + '村', '2021-09-03', null, 1);
    }
    if (t === '长宁镇') pushStation(t, '罗浮山林场电商服务点', '罗浮山林场', '2020-12-18', null, 1);
  }
  assert(sn === 152, 'stations ' + sn);
  // make sure the P20 station is written as 2021.9.3
  sRows.forEach((r) => { if (r[4] === P20.base + '村') r[7] = '2021.9.3'; });
  const sLast = sRows.length;
  sRows.push([null, null, null, null, null, null, null, null]);
  sRows.push(['注：挂牌运营时间以挂牌验收之日为准；同村第二个站点在站点名称后加“（二）”。', null, null, null, null, null, null, null]);
  sMerges.push('A' + sRows.length + ':H' + sRows.length);
  // header has 8 cols; a few rows may have 9 – trim to 8
  for (let i = 2; i < sLast; i++) sRows[i] = sRows[i].slice(0, 8);
  // coverage check
  const coveredCheck = new Set();
  for (const s of stationLog) {
    if (s.iso > CUT && s.iso.length === 10) continue;
    const v = admins.find((x) => x.base + '村' === s.village);
    if (v) coveredCheck.add(v);
  }
  assert(coveredCheck.size === 146, 'covered check ' + coveredCheck.size);
  const poorCovered = poorList.filter((v) => coveredCheck.has(v)).length;
  assert(poorCovered === 19, 'poor covered ' + poorCovered);

  // ---------------- poor roster
  const poorTownsList = ['公庄镇', '杨村镇', '柏塘镇', '横河镇', '麻陂镇', '石坝镇'];
  const persons = []; // {name,id,cat,town,village,rel,head}
  // households: head (working age), spouse, adult child, elderly parent; elderly living alone at the end
  const left = { E: 90, M: 35, N: 25 };
  const pickWork = () => {
    const tot = left.E + left.M;
    if (tot === 0) return null;
    const c = rand() * tot < left.E ? 'E' : 'M';
    left[c]--; return c;
  };
  const templates = [['H', 'S', 'C', 'P'], ['H', 'S', 'C'], ['H', 'S'], ['H'], ['H', 'P'], ['H', 'C'], ['H', 'S', 'C', 'C']];
  let hh = 0;
  const sexId = (yFrom, yTo, male, wantX) => { for (;;) { const id = idg(yFrom, yTo, wantX); if ((Number(id[16]) % 2 === 1) === male) return id; } };
  while (left.E + left.M + left.N > 0) {
    const t = poorTownsList[hh % poorTownsList.length];
    const vlist = admins.filter((v) => v.town === t);
    const v = vlist[Math.floor(rand() * vlist.length)];
    const sur = SURN[Math.floor(rand() * SURN.length)];
    const given = () => newName().slice(1);
    let tpl = templates[Math.floor(rand() * templates.length)];
    if (left.E + left.M === 0) tpl = ['HN'];
    const headMale = rand() < 0.8;
    const hy = 1962 + Math.floor(rand() * 22);
    let headName = null;
    for (const role of tpl) {
      let cat; let id; let nm; let rel;
      if (role === 'HN') {
        if (left.N === 0) break; left.N--; cat = 'N';
        nm = sur + given(); id = sexId(1936, 1952, rand() < 0.5); rel = '户主';
      } else if (role === 'P') {
        if (left.N === 0) continue; left.N--; cat = 'N';
        const male = rand() < 0.5;
        nm = (male ? sur : SURN[Math.floor(rand() * SURN.length)]) + given();
        id = sexId(hy - 32, hy - 22, male); rel = male ? '之父' : '之母';
      } else {
        cat = pickWork(); if (!cat) continue;
        if (role === 'H') { nm = sur + given(); id = sexId(hy, hy, headMale); rel = '户主'; }
        else if (role === 'S') { nm = SURN[Math.floor(rand() * SURN.length)] + given(); id = sexId(hy - 3, hy + 4, !headMale); rel = '配偶'; }
        else { const male = rand() < 0.5; nm = (headMale ? sur : SURN[Math.floor(rand() * SURN.length)]) + given(); id = sexId(Math.min(hy + 20, 2002), Math.min(hy + 26, 2003), male); rel = male ? '之子' : '之女'; }
      }
      if (rel === '户主') headName = nm;
      if (!headName) headName = nm;
      persons.push({ name: nm, id, cat, town: t, village: v.base + '村', head: headName, rel });
    }
    hh += 1;
  }
  assert(persons.length === 150, 'persons');
  const E = persons.filter((p) => p.cat === 'E');
  const M = persons.filter((p) => p.cat === 'M');
  const Nn = persons.filter((p) => p.cat === 'N');
  assert(E.length === 90 && M.length === 35 && Nn.length === 25, 'cats');
  // trained eligible: 45, ensure two with X
  const trainedE = E.filter((_, i) => i % 2 === 0).slice(0, 45);
  assert(trainedE.length === 45, 'trainedE');
  // force two trained eligible to have X ids
  for (const p of [trainedE[3], trainedE[20]]) { const male = Number(p.id[16]) % 2 === 1; const y = Number(p.id.slice(6, 10)); p.id = sexId(y, y, male, true); }
  const pRows = [
    ['博罗县建档立卡贫困人口名单（劳动能力及务工情况）', null, null, null, null, null, null, null, null, null],
    ['提供单位：博罗县乡村振兴局　　数据时点：2021年6月30日', null, null, null, null, null, null, null, null, null],
    ['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工', '备注'],
  ];
  persons.forEach((p, i) => {
    let labour;
    if (p.cat === 'N') labour = (i % 2) ? '丧失劳动力' : '无劳动力';
    else labour = (i % 5 === 0) ? '技能劳动力' : '普通劳动力';
    const mig = p.cat === 'M' ? '是' : '否';
    pRows.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, labour, p.cat === 'N' && i % 3 === 0 ? null : mig, p.cat === 'M' ? ['广州务工', '深圳务工', '东莞务工', '惠州市区务工'][i % 4] : null]);
  });
  pRows.push([null, null, null, null, null, null, null, null, null, null]);
  pRows.push(['注：劳动能力按扶贫系统口径（普通劳动力、技能劳动力为有劳动能力；丧失劳动力、无劳动力为无劳动能力）；“是否外出务工”指在县外务工。', null, null, null, null, null, null, null, null, null]);
  const pMerges = ['A1:J1', 'A2:J2', 'A' + pRows.length + ':J' + pRows.length];

  // ---------------- training: sessions
  const topics = ['电商基础知识普及', '网店开设与运营', '直播带货实操', '短视频拍摄与剪辑', '农产品包装与品牌', '网络营销推广', '客服与售后', '电商物流与供应链', '社群营销', '电商创业青年增值培训'];
  const places = ['县电商公共服务中心培训室', '镇政府会议室', '村委会会议室', '县职业技术学校'];
  const sessDates = [];
  let cur = Date.parse('2020-06-12T00:00:00Z');
  for (let i = 0; i < 45; i++) {
    sessDates.push(new Date(cur).toISOString().slice(0, 10));
    cur += (7 + Math.floor(rand() * 4)) * 86400000;
  }
  assert(sessDates[44] <= '2021-08-31', 'last session ' + sessDates[44]);
  const counts = sessDates.map(() => 70 + Math.floor(rand() * 61));
  let diff = 4780 - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % 45) {
    if (diff > 0 && counts[i] < 160) { counts[i]++; diff--; } else if (diff < 0 && counts[i] > 40) { counts[i]--; diff++; }
  }
  assert(counts.reduce((a, b) => a + b, 0) === 4780, 'sessions sum');
  const tRows = [
    ['博罗县农村电商培训台账（普及培训、增值培训，按期次登记）', null, null, null, null, null, null],
    ['填报单位：博罗县电子商务公共服务中心', null, null, null, null, null, null],
    ['期次', '培训时间', '培训主题', '培训地点', '培训对象', '参训人次', '备注'],
  ];
  const tMerges = ['A1:G1', 'A2:G2'];
  let y2020 = 0;
  let wroteSub = false;
  sessDates.forEach((iso, i) => {
    if (!wroteSub && iso >= '2021-01-01') {
      tRows.push(['2020年小计', null, null, null, null, y2020, null]);
      wroteSub = true;
    }
    const [y, m, d] = iso.split('-').map(Number);
    let when;
    if (i === 27) {
      // a two-day class written as a range ending on iso
      const st = new Date(Date.parse(iso + 'T00:00:00Z') - 86400000).toISOString().slice(0, 10);
      const [, sm, sd] = st.split('-').map(Number);
      when = sm === m ? (y + '.' + m + '.' + sd + '-' + d) : (y + '.' + sm + '.' + sd + '-' + m + '.' + d);
    } else {
      when = fmtDate(iso, i);
    }
    const pt = i % 7 === 3 ? counts[i] + '人次' : counts[i];
    tRows.push(['第' + (i + 1) + '期', when, topics[i % topics.length], places[i % places.length], ['农户、合作社', '返乡青年', '电商从业人员', '村干部、站点站长'][i % 4], pt, null]);
    if (iso < '2021-01-01') y2020 += counts[i];
  });
  // after cut-off
  tRows.push(['第46期', '2021.9.10', '电商直播进阶', '县电商公共服务中心培训室', '电商从业人员', 300, '9月新开班']);
  const y2021 = 4780 - y2020;
  tRows.push(['2021年小计', null, null, null, null, y2021 + 300, null]);
  tRows.push(['合计', null, null, null, null, 5080, null]);
  tRows.push([null, null, null, null, null, null, null]);
  tRows.push(['注：贫困户专场培训按人签到，见“附3-2 贫困户专场签到”，未列入本表。', null, null, null, null, null, null]);
  tMerges.push('A' + tRows.length + ':G' + tRows.length);
  // the range session must not cross the cutoff; verify 27 ends before cut
  assert(sessDates[27] < CUT, 'range session');

  // ---------------- training: poor sign-ins
  const sdates = ['2020-11-24', '2021-01-14', '2021-04-22', '2021-07-08'];
  const stowns = ['公庄镇', '杨村镇', '柏塘镇', '横河镇'];
  const signin = []; // {sess, person|null, name, id, cls, village}
  trainedE.forEach((p, i) => signin.push({ sess: i % 4, p }));
  // 13 repeats
  for (let i = 0; i < 13; i++) signin.push({ sess: (i * 3 + 1) % 4, p: trainedE[(i * 7 + 2) % 45], rep: true });
  for (let i = 0; i < 5; i++) signin.push({ sess: i % 4, p: M[i * 5] });
  for (let i = 0; i < 2; i++) signin.push({ sess: 1 + i, p: Nn[i * 7] });
  for (let i = 0; i < 15; i++) signin.push({ sess: i % 4, p: null });
  assert(signin.length === 80, 'signin rows');
  // avoid same person twice in one session
  const seen = new Set();
  for (const s of signin) {
    if (!s.p) continue;
    let key = s.sess + '|' + s.p.id;
    while (seen.has(key)) { s.sess = (s.sess + 1) % 4; key = s.sess + '|' + s.p.id; }
    seen.add(key);
  }
  const xIds = new Set([trainedE[3].id, trainedE[20].id]);
  const qRows = [
    ['博罗县建档立卡贫困户电商专场培训签到表', null, null, null, null, null, null, null, null],
    ['序号', '培训日期', '培训地点', '姓名', '性别', '身份证号码', '所在村', '人员类别', '签名'],
  ];
  let qn = 0;
  const trainedIds = new Set();
  for (let s = 0; s < 4; s++) {
    const list = signin.filter((x) => x.sess === s);
    for (const x of list) {
      qn += 1;
      let nm; let id; let vil; let cls;
      if (x.p) {
        nm = x.p.name; id = x.p.id; vil = x.p.village; cls = '建档立卡贫困户';
        if (xIds.has(id)) id = id.slice(0, 17) + 'x';
        trainedIds.add(x.p.id);
      } else {
        nm = newName(); id = idg(1972, 1998); vil = admins.filter((v) => v.town === stowns[s])[qn % 5].base + '村'; cls = qn % 2 ? '帮扶干部' : '村干部';
      }
      const sex = Number((x.p ? x.p.id : id)[16]) % 2 ? '男' : '女';
      qRows.push([qn, s === 2 ? D(sdates[s]) : (s === 0 ? '2020年11月24日' : (s === 1 ? '2021.1.14' : '2021/7/8')), stowns[s] + '人民政府会议室', nm, sex, id, vil, cls, '（已签）']);
    }
  }
  qRows.push([null, null, null, null, null, null, null, null, null]);
  qRows.push(['注：帮扶干部、村干部陪同参训，一并签到。', null, null, null, null, null, null, null, null]);
  const qMerges = ['A1:I1', 'A' + qRows.length + ':I' + qRows.length];
  const eligibleTrained = E.filter((p) => trainedIds.has(p.id)).length;
  assert(eligibleTrained === 45, 'eligible trained ' + eligibleTrained);

  // ---------------- enterprises
  const entRows = [
    ['博罗县罗阳电商产业园入驻企业一览表', null, null, null, null, null, null, null],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '所在位置', '备注'],
  ];
  const ents = [
    ['博罗县罗浮山百草电子商务有限公司', '销售型', D('2020-07-20'), null, 'A栋101'],
    ['惠州市博农优选网络科技有限公司', '平台型', '2020.7.28', null, 'A栋102'],
    ['博罗县荔乡优品电子商务有限公司', '销售型', '2020年8月', null, 'A栋103'],
    ['广东罗浮云仓供应链管理有限公司', '物流快递', '2020.8.15', null, 'A栋105'],
    ['博罗县柏塘山茶电子商务有限公司', '销售型', D('2020-09-03'), null, 'A栋106'],
    ['惠州市善农电商运营服务有限公司', '电商运营服务商', '2020/9/18', null, 'A栋201'],
    ['博罗县麻陂米业电子商务有限公司', '销售型', '2020.10.9', null, 'A栋203'],
    ['博罗县观音阁甜橙网络销售有限公司', '销售型', '2020.10.22', '2021.3.31', 'A栋205'],
    ['惠州市博物直播电商有限公司', '电商运营服务商', '2020年11月', null, 'A栋206'],
    ['中通快递博罗罗阳营业部', '物流快递', '2020.11.16', null, 'B栋101'],
    ['博罗县横河嘉宝果电子商务有限公司', '销售型', D('2020-12-01'), null, 'B栋102'],
    ['博罗县乡味源农产品网络销售有限公司', '平台型', '2020.12.15', null, 'B栋103'],
    ['惠州市融创电商代运营有限公司', '电商运营服务商', '2021.1.6', null, 'B栋104'],
    ['博罗县公庄客家娘酒电子商务有限公司', '销售型', '2021.1.20', '2021年6月', 'B栋105'],
    ['博罗县麻陂米业电子商务有限公司', '销售型', '2021.5.10', null, 'B栋201'],
    ['博罗县杨村柑桔网络销售有限公司', '销售型', '2021.3.2', null, 'B栋202'],
    ['惠州市邮乐购电子商务有限公司博罗分公司', '平台型', '2021.3.25', null, 'B栋203'],
    ['博罗县泰美龙眼电子商务有限公司', '销售型', '2021/4/12', null, 'B栋205'],
    ['韵达快递博罗分拨中心', '物流快递', '2021.5.8', null, 'C栋101'],
    ['博罗县石坝三黄鸡电子商务有限公司', '销售型', D('2021-06-17'), '2021.9.20', 'C栋102'],
    ['惠州市星火电商运营服务有限公司', '电商运营服务商', '2021.7.5', null, 'C栋103'],
    ['博罗县福田竹笋电子商务有限公司', '销售型', '2021.8.31', null, 'C栋105'],
    ['博罗县长宁荔枝网络销售有限公司', '销售型', '2021.9.1', null, 'C栋106'],
    ['博罗县湖镇茶油电子商务有限公司', '销售型', '2021.2.26', null, 'C栋201'],
  ];
  const codes = {};
  const codeFor = (nm) => {
    if (!codes[nm]) {
      const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
      let c = '91441322MA5';
      for (let i = 0; i < 7; i++) c += chars[Math.floor(rand() * chars.length)];
      codes[nm] = c;
    }
    return codes[nm];
  };
  ents.forEach((x, i) => {
    let note = null;
    if (i === 7 || i === 13) note = '已退出';
    if (i === 14) note = '由A栋203迁入B栋201，与第7行为同一企业';
    if (i === 19) note = '2021年9月20日退出';
    if (i === 22) note = '9月新入驻';
    entRows.push([i + 1, x[0], codeFor(x[0]), x[1], x[2], x[3], x[4], note]);
  });
  entRows.push([null, null, null, null, null, null, null, null]);
  entRows.push(['注：截至2021年8月31日在园企业20家。', null, null, null, null, null, null, null]);
  const entMerges = ['A1:H1', 'A' + entRows.length + ':H' + entRows.length];
  // presence check
  const toIso = (v) => {
    if (v == null) return null;
    if (typeof v === 'object') return v.date;
    let m = /^(\d{4})[./年](\d{1,2})(?:[./月](\d{1,2}))?/.exec(v);
    if (!m) return null;
    return m[1] + '-' + pad(m[2], 2) + (m[3] ? '-' + pad(m[3], 2) : '');
  };
  const present = new Set();
  const kinds = new Set();
  ents.forEach((x) => {
    const e = toIso(x[2]); const l = toIso(x[3]);
    if (e > CUT) return;
    if (l && l <= CUT) return;
    present.add(codeFor(x[0])); kinds.add(x[1]);
  });
  assert(present.size === 20, 'present ents ' + present.size);
  assert(kinds.size >= 3, 'kinds');

  // ---------------- funds
  const funds = [
    ['2020-05-20', '县电商公共服务中心装修（首期）', '惠州市善农电商运营服务有限公司', 600000],
    ['2020-07-10', '县电商公共服务中心设备购置', '广东宏图信息设备有限公司', 420000],
    ['2020-08-26', '村级电商服务站点建设（一期）', '中国邮政集团有限公司博罗县分公司', 380000],
    ['2020-10-15', '电商培训服务（首期）', '惠州市博才职业培训学校', 150000],
    ['2020-11-30', '县镇村三级物流配送体系', '广东罗浮云仓供应链管理有限公司', 520000],
    ['2020-12-28', '村级电商服务站点建设（二期）', '中国邮政集团有限公司博罗县分公司', 460000],
    ['2021-01-22', '“博罗农品”区域品牌推广', '惠州市博物直播电商有限公司', 230000],
    ['2021-03-19', '第三方运营服务费', '惠州市善农电商运营服务有限公司', 300000],
    ['2021-04-28', '农产品溯源及冷链系统', '惠州市冷链通科技有限公司', 280000],
    ['2021-06-11', '电商培训服务（二期）', '惠州市博才职业培训学校', 170000],
    ['2021-07-20', '村级电商服务站点建设（三期）', '中国邮政集团有限公司博罗县分公司', 390000],
    ['2021-08-27', '县镇村三级物流配送体系（二期）', '广东罗浮云仓供应链管理有限公司', 280000],
    ['2021-09-08', '村级电商服务站点建设（尾款）', '中国邮政集团有限公司博罗县分公司', 350000],
  ];
  const paidByCut = funds.filter((f) => f[0] <= CUT).reduce((a, f) => a + f[3], 0);
  assert(paidByCut === 4180000, 'paid ' + paidByCut);
  const money = (n, i) => (i % 3 === 1 ? n.toLocaleString('en-US') + '.00' : n);
  const fRows = [
    ['博罗县省级电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null],
    ['单位：元', null, null, null, null, null, '省级下达：5,000,000.00元'],
    ['序号', '拨付日期', '项目内容', '收款单位', '拨付金额', '凭证号', '备注'],
  ];
  funds.forEach((f, i) => {
    fRows.push([i + 1, fmtDate(f[0], i + 1), f[2 - 1], f[2], money(f[3], i), '记-' + (f[0].slice(0, 4)) + '-' + pad(10 + i * 7, 3), f[0] > CUT ? '截止日后拨付' : null]);
  });
  fRows.push(['合计', null, null, null, '4,530,000.00', null, null]);
  fRows.push([null, null, null, null, null, null, null]);
  fRows.push(['注：截至2021年8月31日累计拨付4,180,000.00元，支出率83.6%。', null, null, null, null, null, null]);
  const fMerges = ['A1:G1', 'A' + fRows.length + ':G' + fRows.length];

  // ---------------- reports
  const reps = [
    ['2020-09-07', '8月份示范创建工作进展及电商统计数据', '否'],
    ['2020-10-09', '9月份工作进展', '否'],
    ['2020-11-06', '10月份工作进展及电商扶贫统计', '是'],
    ['2020-12-04', '11月份工作进展', '否'],
    ['2020-12-30', '2020年示范创建工作总结', '是'],
    ['2021-01-08', '12月份工作进展及电商扶贫统计', '是'],
    ['2021-02-05', '1月份工作进展', '否'],
    ['2021-03-05', '2月份工作进展', '否'],
    ['2021-04-07', '一季度工作进展及电商扶贫统计', '是'],
    ['2021-05-08', '4月份工作进展', '否'],
    ['2021-06-04', '5月份工作进展', '否'],
    ['2021-07-06', '上半年工作总结及电商扶贫统计', '是'],
    ['2021-08-05', '7月份工作进展', '否'],
    ['2021-09-03', '8月份工作进展', '否'],
  ];
  const rRows = [
    ['博罗县向惠州市商务局报送示范创建工作情况登记表', null, null, null, null],
    ['序号', '报送时间', '报送内容', '报送方式', '是否含电商扶贫统计'],
  ];
  reps.forEach((r, i) => rRows.push([i + 1, fmtDate(r[0], i + 2), r[1], i % 2 ? '粤政易' : '电子邮件', r[2]]));
  const repMonths = new Set(reps.filter((r) => r[0] <= CUT && r[0] >= '2020-09-01').map((r) => r[0].slice(0, 7)));
  assert(repMonths.size === 12, 'report months ' + repMonths.size);

  // ---------------- disclosures
  const discl = [
    ['2019-12-20', '博罗县电子商务进农村综合示范县创建工作方案'],
    ['2020-04-16', '博罗县电子商务进农村综合示范项目基本信息公示'],
    ['2020-09-25', '2020年9月项目建设进度'],
    ['2020-10-27', '2020年10月项目建设进度'],
    ['2020-11-26', '2020年11月项目建设进度'],
    ['2020-12-29', '2020年12月项目建设进度'],
    ['2021-01-28', '2021年1月项目建设进度'],
    ['2021-03-03', '2021年2月项目建设进度'],
    ['2021-03-30', '2021年3月项目建设进度'],
    ['2021-04-28', '2021年4月项目建设进度'],
    ['2021-05-27', '2021年5月项目建设进度'],
    ['2021-06-29', '2021年6月项目建设进度'],
    ['2021-07-29', '2021年7月项目建设进度'],
    ['2021-08-30', '2021年8月项目建设进度'],
    ['2021-09-06', '关于征集电子商务进农村工作意见建议的公告'],
  ];
  const dRows = [
    ['县政府网站“电子商务进农村综合示范”专栏更新记录', null, null, null],
    ['序号', '发布日期', '信息标题', '链接'],
  ];
  discl.forEach((d, i) => dRows.push([i + 1, fmtDate(d[0], i), d[1], 'http://www.boluo.gov.cn/zwgk/dzswjnc/content/post_' + (3800000 + i * 4137) + '.html']));
  const dMonths = new Set(discl.filter((d) => d[0] <= CUT && d[0] >= '2020-09-01').map((d) => d[0].slice(0, 7)));
  assert(dMonths.size === 11 && !dMonths.has('2021-02'), 'disclosure months ' + dMonths.size);

  // ---------------- media
  const mRows = [
    ['博罗县电子商务进农村宣传报道统计表', null, null, null, null, null, null],
    ['序号', '日期', '媒体名称', '媒体级别', '报道形式', '报道标题', '是否电商扶贫案例'],
    [1, '2020.10.23', '惠州日报', '市级', '报纸', '博罗：村级电商站点打通农产品上行“最后一公里”', '否'],
    [2, D('2020-12-16'), '博罗电视台《博罗新闻》', '县级', '电视', '公庄镇贫困户网上卖娘酒 年增收过万', '是'],
    [3, '2021.3.9', '惠州电视台《惠州新闻》', '市级', '电视', '博罗县电商公共服务中心助力春耕农资下乡', '否'],
    [4, '2021年5月18日', '博罗发布（微信公众号）', '县级', '网络', '“博罗农品”区域公共品牌正式发布', '否'],
    [5, '2021.9.10', '南方+客户端', '省级', '网络', '博罗：电商进村 荔枝出山', '否'],
    [6, '2021.9.22', '广东广播电视台《广东新闻联播》', '省级', '电视', '博罗贫困户直播带货走上致富路', '是'],
  ];

  // ---------------- materials
  const matRows = [
    ['经验材料报送登记', null, null, null],
    ['序号', '报送日期', '材料名称', '报送单位'],
    [1, '2021.4.16', '博罗县“公共品牌+村级站点”推动农产品上行经验做法', '惠州市商务局'],
    [2, D('2021-07-09'), '博罗县电商扶贫典型案例——公庄镇客家娘酒网上销售', '惠州市商务局'],
  ];

  // ---------------- the notice (facts sheet)
  const nRows = [];
  const nMerges = [];
  const E6 = () => [null, null, null, null, null, null];
  const para = (t) => { const r = E6(); r[0] = t; nRows.push(r); nMerges.push('A' + nRows.length + ':F' + nRows.length); };
  para('关于博罗县2019年省级电子商务进农村综合示范创建考评自评结果的公示');
  nRows.push(E6());
  para('根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，县商务局会同县财政局、县农业农村局、县乡村振兴局，对照《2019年省级电子商务进农村综合示范创建考评指标体系》，对我县截至2021年8月31日的示范创建工作进行了自评，自评得分97分（含加分项1分）。为接受社会监督，现将自评结果公示如下：');
  para('一、基本情况');
  para('我县常住人口107.18万人（第七次全国人口普查），辖2个街道、15个镇，共有行政村214个、社区24个，其中省定相对贫困村20个。');
  para('县委副书记、县长任县电子商务进农村综合示范工作领导小组组长，县委常委、常务副县长和分管副县长任副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司等22个单位为成员单位。');
  para('二、主要完成情况');
  para('（一）2019年12月正式印发《博罗县电子商务进农村综合示范县创建工作方案》（博府办〔2019〕58号）；2020年4月出台《博罗县促进农村电子商务发展若干措施》，在资金、场地、人才方面给予支持。');
  para('（二）县电子商务公共服务中心于2020年7月18日投入运营：设有免费培训室和培训设备，常态化开展电商基础培训；免费为本地特色农产品提供展示、销售服务；免费为电商企业和农户提供摄影、美工设计服务；组织“博罗农品”统一推广，指导特色农产品品牌建设；提供开店指导、代运营、金融对接等其他增值服务。整合优化罗阳电商产业园，截至8月31日在园企业20家；引入惠州市善农电商运营服务有限公司作为专业第三方运营服务商。');
  para('（三）建成村级电商服务站点152个；全县行政村快递物流覆盖率100%。');
  para('（四）2019年全县农村网络零售额36.8亿元、农产品网络零售额5.12亿元；2020年分别为45.2亿元、6.83亿元，同比分别增长22.8%、33.4%。');
  para('（五）累计开展电商培训4,860人次；全县有劳动能力的建档立卡贫困人口（不含外出务工）90人，已参加电商培训45人。');
  para('（六）在县政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案和项目基本信息，按月公示项目建设进度，并设立意见征集和监督举报窗口；每月向惠州市商务局报送创建工作进展，统计贫困户参训、电商带动增收等电商扶贫情况。');
  para('（七）省级专项资金下达500万元，截至2021年8月31日累计拨付418万元；制定了《博罗县省级电子商务进农村综合示范专项资金管理办法》，承建单位均建立了资金专用台账；项目总体进度88%。');
  para('（八）创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；所报材料真实准确，不存在弄虚作假。');
  para('三、自评得分情况');
  nRows.push(['序号', '工作任务', '评价指标', '分值', '自评得分', '备注']);
  const tbl = [
    [1, '加强组织领导与统筹协调', '组织领导', 2, 2, null],
    [2, null, '方案制定', 2, 2, null],
    [3, null, '政策支持', 2, 2, null],
    [4, null, '项目管理', 4, 4, '项目管理制度2分，工作台账2分'],
    [5, '深入推动电子商务进农村工作', '服务体系建设（县级中心及产业园）', 15, 15, null],
    [6, null, '服务体系建设（村级站点覆盖）', 10, 10, '行政村站点覆盖71.0%，省定贫困村100%'],
    [7, null, '农村产品上行', 10, 9, '网销调研2分，促销活动2分，第三方运营1分，快递覆盖1分，交易标准及冷链溯源1分，增速2分'],
    [8, null, '电商人才培训', 20, 18, null],
    [9, '加强信息公开及报送', '信息公开', 4, 4, null],
    [10, null, '数据上报', 6, 6, null],
    [11, '加强宣传推广', '案例总结', 2, 2, null],
    [12, null, '经验推广', 8, 8, null],
    [13, '加强财政资金管理', '制度建立', 5, 5, null],
    [14, null, '资金台账', 5, 4, null],
    [15, null, '资金支出', 5, 5, '支出率83.6%，按创建进度及时拨付'],
    [16, '加分项', '建档立卡贫困人口培训率70%及以上', 2, 0, null],
    [17, null, '电商扶贫典型案例获电视媒体播报', 2, 1, '广东卫视《广东新闻联播》（省级）'],
    [18, '一票否决项', '安全生产质量事故、进度严重滞后、弄虚作假', null, '无', null],
    ['合计', null, null, 100, 97, '含加分1分'],
  ];
  const t0 = nRows.length + 1;
  tbl.forEach((r) => nRows.push(r));
  nMerges.push('B' + t0 + ':B' + (t0 + 3), 'B' + (t0 + 4) + ':B' + (t0 + 7), 'B' + (t0 + 8) + ':B' + (t0 + 9), 'B' + (t0 + 10) + ':B' + (t0 + 11), 'B' + (t0 + 12) + ':B' + (t0 + 14), 'B' + (t0 + 15) + ':B' + (t0 + 16));
  nMerges.push('A' + nRows.length + ':C' + nRows.length);
  nRows.push(E6());
  para('四、公示时间：2021年9月13日至2021年9月17日（5个工作日）。');
  para('五、公示期间如有异议，请以书面形式向博罗县商务局反映。联系人：叶晓琳，电话：0752-6xxxxxx，邮箱：blxswj@163.com。');
  nRows.push(E6());
  nRows.push([null, null, null, null, '博罗县商务局', null]);
  nRows.push([null, null, null, null, '2021年9月13日', null]);
  nMerges.push('E' + (nRows.length - 1) + ':F' + (nRows.length - 1), 'E' + nRows.length + ':F' + nRows.length);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 15, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  assert(Object.values(claimed).reduce((a, b) => a + b, 0) === 97, 'claimed 97');

  // ---------------- points
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 15, 'work.coverage': 8, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const total = Object.entries(points).reduce((a, [, v]) => a + v, 0);
  assert(total === 89, 'total ' + total);
  // training checks
  const ptByCut = 4780 + 80;
  assert(ptByCut * 100 / 500000 >= 0.8 && ptByCut * 100 / 500000 < 1, 'training tier');
  const P20name = P20.base + '村';

  const derivation = [
    'asOf: 公示稿正文“对我县截至2021年8月31日的示范创建工作进行了自评” → 2021-08-31；近一年窗口 2020-09…2021-08；中心运行满6个月界线 2021-02-28。',
    'org.leadership: 公示稿“县委副书记、县长任…领导小组组长”，成员单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 主要领导牵头且四部门齐全 → 2',
    'org.plan: “2019年12月正式印发《…创建工作方案》”；自评表“方案制定”自评2 → 2',
    'org.policy: “2020年4月出台《博罗县促进农村电子商务发展若干措施》”；自评表“政策支持”自评2 → 2',
    'org.management: 自评表“项目管理”备注“项目管理制度2分，工作台账2分” → 2＋2 = 4',
    'work.center: ①中心2020-07-18投入运营 ≤ 截止日 → 2；②早于2021-02-28，运行满6个月 → 2；③免费培训室和培训设备 → 2；④免费展示、销售 → 1；⑤免费摄影、美工 → 1；⑥“博罗农品”统一推广、品牌建设 → 1；⑦其他增值服务 → 1；⑧整合优化罗阳电商产业园 → 2；⑨附5入驻企业24行：观音阁甜橙（退出2021.3.31）、公庄客家娘酒（退出2021年6月）两家截止日前已退出，长宁荔枝2021.9.1入驻在截止日后，麻陂米业出现两行（同一信用代码，第15行为迁房）只算一家；石坝三黄鸡2021.9.20退出（截止日仍在园）、福田竹笋2021.8.31入驻（截止日当天，计入）→ 在园 24−2−1−1 = 20 家 ≥ 20 → 2；⑩在园企业类型有销售型、平台型、电商运营服务商、物流快递四种 ≥ 3 → 1；合计 2+2+2+1+1+1+1+2+2+1 = 15',
    'work.coverage: 附1名单238行 = 行政村214个＋社区24个（社区不计），基数按200封顶；附2站点152行：城东社区、湖镇社区两个社区站点不计，“罗浮山林场电商服务点”不在村名单（不计，应警告），' + P20name + '站点挂牌“2021.9.3”在截止日后不计，' + [...doubles].map((v) => v.base + '村').join('、') + '各有两个站点只算一次 → 有站点的行政村 152−2−1−1−2 = 146 个 → 146/200 = 73.0% ≥ 70% → 5（若误用214为基数则68.2%只得2）；“省定相对贫困村”栏填“是”的20个，有截止日前站点的19个（' + P20name + '除外）→ 19/20 = 95% ≥ 80% 且 < 100% → 3；合计 8',
    'work.upward: 自评表备注“网销调研2分，促销活动2分”→ 2＋2；“交易标准及冷链溯源1分”→ 1；第三方运营服务商（惠州市善农电商运营服务有限公司）→ 1；附1名单有“快递通达”列，214个行政村全部打“√” → 1；增速：农村网络零售额 45.2/36.8−1 = 22.8% < 30%，农产品网络零售额 6.83/5.12−1 = 33.4% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9',
    'work.training: 附3-1按期登记第1—45期（含一期“' + (tRows.find((r) => r[0] === '第28期') || [])[1] + '”两天班按结束日计）均在截止日前，人次合计4,780；第46期“2021.9.10”300人次在截止日后不计；2020年小计、2021年小计、合计行不计；附3-2贫困户专场签到80行，每行1人次，全部在截止日前 → 4,780＋80 = 4,860人次；常住人口107.18万人超50万按500,000计 → 4,860/500,000 = 0.972%，在0.8%–1%（不含）→ 8（若误计第46期为5,160 → 10；若不封顶人口则0.45% → 0）；附4贫困人口名单150人：普通/技能劳动力且不外出务工 90人（外出务工35人、丧失/无劳动力25人不计）；附3-2中身份证号与这90人相符的不同人数45人（其中13人参加两期，另有外出务工的贫困人口5人、无劳动力2人、帮扶干部/村干部15人不计；两人身份证末位写小写x仍是同一人）→ 45/90 = 50.0% ≥ 50% → 10；合计 18',
    'info.disclosure: 公示稿（六）“公开创建方案和项目基本信息，按月公示项目建设进度，并设立意见征集和监督举报窗口” → 内容全面 → 2；附8专栏更新记录在2020-09…2021-08中有11个月有更新（2021年2月无：1月进度2021-01-28发布、2月进度2021-03-03才发布），2021-09-06一条在截止日后 → 不定时更新 → 1；合计 3',
    'info.reporting: 附7报送惠州市商务局登记14条，2020年9月至2021年8月每个月都有报送（2021-09-03一条在截止日后不计）→ 按月报送 → 3；“是否含电商扶贫统计”有5条“是”（公示稿也写明统计电商扶贫情况）→ 3；合计 6',
    'promo.cases: 附10经验材料两份（2021.4.16、2021-07-09）报送惠州市商务局 → 2',
    'promo.media: 附9截止日前只有惠州日报、惠州电视台（市级）和博罗电视台、博罗发布（县级）→ 市级3＋县级1 = 4；南方+（2021.9.10）、广东广播电视台（2021.9.22）两条省级报道都在截止日后，不计 → 4',
    'fund.system: 已制定资金管理办法；自评表“制度建立”自评5 → 5',
    'fund.ledger: 承建单位建立资金专用台账；自评表“资金台账”自评4 → 4',
    'fund.spending: 附6拨付台账截止日前12笔合计 600,000+420,000+380,000+150,000+520,000+460,000+230,000+300,000+280,000+170,000+390,000+280,000 = 4,180,000元；2021-09-08尾款350,000元不计；下达5,000,000元 → 83.6% ≥ 70% → 取自评“资金支出”5 → 5',
    'bonus.poorTraining: 贫困人口培训率50.0% < 70% → 0',
    'bonus.tvCase: 截止日前的电视报道只有博罗电视台（县级，电商扶贫案例）和惠州电视台（市级）；广东广播电视台《广东新闻联播》电商扶贫案例播出于2021.9.22，在截止日后 → 0（县里自评1分不成立）',
    'veto.incident: 公示稿“未发生安全生产、质量事故，未造成重大经济损失和社会不良影响” → 0',
    'veto.progress: 项目总体进度88%（公示稿所报）≥ 40% → 0',
    'veto.fraud: “不存在弄虚作假” → 0',
    'total: 2+2+2+4+15+8+9+18+3+6+2+4+5+4+5 = 89，加分0 → 89；未否决（县里自评97分）。',
  ];

  const sheets = [
    { name: '自评结果公示', rows: nRows, merges: nMerges },
    { name: '附1 村（居）委会名单', rows: vRows, merges: vMerges },
    { name: '附2 村级站点', rows: sRows, merges: sMerges },
    { name: '附3-1 培训台账（按期）', rows: tRows, merges: tMerges },
    { name: '附3-2 贫困户专场签到', rows: qRows, merges: qMerges },
    { name: '附4 贫困人口名单', rows: pRows, merges: pMerges },
    { name: '附5 产业园入驻企业', rows: entRows, merges: entMerges },
    { name: '附6 资金拨付', rows: fRows, merges: fMerges },
    { name: '附7 报送市局', rows: rRows, merges: ['A1:E1'] },
    { name: '附8 专栏更新', rows: dRows, merges: ['A1:D1'] },
    { name: '附9 宣传报道', rows: mRows, merges: ['A1:G1'] },
    { name: '附10 经验材料', rows: matRows, merges: ['A1:D1'] },
  ];

  return {
    description: '博罗县（惠州）商务局整本考评工作簿（12个表）：事实表是挂在县政府网站上的《自评结果公示》稿原样录入——标题、导语、“一、基本情况”“二、主要完成情况（一）…（八）”各一段一行（合并A:F），事实都在段落句子里（常住人口、行政村/社区/贫困村、领导小组、方案与政策、中心投运日期及五项服务、产业园、第三方、网零额与增速、培训人次、贫困人口、专栏、报送、资金、进度、无事故无造假），“三、自评得分情况”是按指标一行的小表（服务体系建设分两行，项目管理和上行的分项分写在备注里，含加分项和一票否决行，自评97分），再下是公示时间、异议联系方式和落款日期；附1—附10台账（村居名单238行、站点152个、按期培训46期、贫困户专场按人签到80行、贫困人口名单150人、入驻企业24行、资金13笔、报送14条、专栏15条、宣传6条、经验材料2份）。中上（89分，无加分，未否决）。陷阱：常住人口107.18万超50万、行政村214个超200个，两个基数都要封顶；两个社区站点和“罗浮山林场电商服务点”不算行政村覆盖，唯一没覆盖的省定贫困村永园村的站点2021.9.3才挂牌，观头村、塘湖村各两站；第46期（2021.9.10，300人次）在截止日后，小计/合计行不是期次；专场签到里有外出务工贫困人口、无劳动力贫困人口和帮扶干部、村干部；入驻企业有两家截止日前退出、一家9月入驻、一家迁房重复登记、一家8月31日入驻、一家9月20日才退出（正好在园20家）；资金9月尾款不计；专栏2021年2月无更新；省级报道（南方+、广东卫视电商扶贫案例）都在9月，县里自评的媒体8分、电视加分1分不成立；公示期和落款日期不是截止日期。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: 89,
      bonus: 0,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  };
}

// ---------------------------------------------------------------- main
write('facts', 'b43-f1-yangxi.json', factsYangxi());
write('facts', 'b43-f2-wengyuan.json', factsWengyuan());
write('facts', 'b43-f3-heshan.json', factsHeshan());
write('ledgers', 'b43-l1-huidong.json', ledgerHuidong());
write('ledgers', 'b43-l2-ruyuan.json', ledgerRuyuan());
write('counties', 'b43-c1-boluo.json', countyBoluo());
console.log('batch43 written to', ROOT);
