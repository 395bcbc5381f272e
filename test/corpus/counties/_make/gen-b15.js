'use strict';
// Batch 15 of the layout corpus, written blind from docs (ledgers.md, scoring-rules.md,
// the Lechang self-assessment report and test/corpus/README.md).
// Run: node gen-b15.js  → writes ../facts, ../ledgers, ../counties
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
function write(sub, file, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + '\n');
}
const D = (s) => ({ date: s });
function assert(c, m) { if (!c) throw new Error('assertion failed: ' + m); }

// GB 11643 check digit
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function checkChar(b17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(b17[i]) * W[i];
  return '10X98765432'[s % 11];
}
function makeId(region, birth, seq) {
  const b = region + birth + String(seq).padStart(3, '0');
  return b + checkChar(b);
}

// Small sheet builder: merges use '#' for the row just added.
function builder() {
  const rows = [];
  const merges = [];
  return {
    rows, merges,
    add(r, m) {
      rows.push(r);
      const n = rows.length;
      (m || []).forEach((x) => merges.push(x.replace(/#/g, String(n))));
      return n;
    },
  };
}

/* ==================================================================================
 * F1 郁南县 — ☑/☐ checkbox form (Word form pasted into Excel)
 * ================================================================================== */
(function f1() {
  const b = builder();
  const CD = ['C#:D#'];
  b.add(['郁南县电子商务进农村综合示范创建考评基础数据表', null, null, null, null], ['A#:E#']);
  b.add(['填报单位：郁南县商务局（盖章）', null, null, '填表时间：2021年9月2日', null]);
  b.add(['序号', '项目', '填报情况', null, '备注'], CD);
  b.add(['一、基本情况', null, null, null, null], ['A#:E#']);
  b.add([1, '县（市、区）名称', '郁南县', null, null], CD);
  b.add([2, '考评截止时间', '2021年8月31日', null, null], CD);
  b.add([3, '常住人口\n（万人）', ' 40.37 ', null, '第七次全国人口普查数据'], CD);
  b.add([4, '户籍人口（万人）', '53.2', null, '2020年末公安户籍数'], CD);
  b.add([5, '村（居）委会总数（个）', 194, null, null], CD);
  b.add([null, '　其中：行政村（个）', 179, null, '不含社区（居委会）'], CD);
  b.add([null, '　　　　社区（居委会）（个）', 15, null, null], CD);
  b.add([6, '省定贫困村（个）', 24, null, null], CD);
  b.add(['二、组织领导与统筹协调', null, null, null, null], ['A#:E#']);
  b.add([7, '牵头领导', '☐县委书记　☑县长　☐常务副县长　☐分管副县长', null, '领导小组组长'], CD);
  b.add([8, '参与部门', '☑商务　☑财政　☑农业农村　☐扶贫（乡村振兴）\n☑交通运输　☑邮政管理　☑供销社', null, '领导小组成员单位'], CD);
  b.add([9, '示范县工作方案是否正式印发', '☑是', '☐否', '郁府办〔2019〕××号']);
  b.add([10, '是否出台支持农村电商发展的政策', '☑是', '☐否', null]);
  b.add(['三、县级公共服务中心及产业园', null, null, null, null], ['A#:E#']);
  b.add([11, '公共服务中心投入运营时间', '2020年6月16日', null, null], CD);
  b.add([12, '有免费培训场所、培训设备，能组织电商基础培训', '☑有', '☐无', null]);
  b.add([13, '为特色农产品提供免费展示、销售服务', '☑有', '☐无', null]);
  b.add([14, '为电商市场主体提供免费摄影、美工服务', '☐有', '☑无', '由运营商有偿提供']);
  b.add([15, '组织农产品统一推广、指导品牌建设', '☑有', '☐无', null]);
  b.add([16, '提供其他衍生增值服务', '☑有', '☐无', null]);
  b.add([17, '电商产业园（建设或整合、优化）', '☑已建成', '☐未建成', null]);
  b.add(['四、农村产品上行', null, null, null, null], ['A#:E#']);
  b.add([18, '有专业第三方电子商务运营或服务商', '☑有', '☐无', null]);
  b.add([19, '行政村物流快递覆盖率达100%', '☑是', '☐否', null]);
  b.add(['五、网络零售额（单位：万元）', null, null, null, null], ['A#:E#']);
  b.add([20, '2019年农村网络零售额', '48,230.6', null, null], CD);
  b.add([21, '2020年农村网络零售额', '5.93亿', null, '2021年1-8月：39,870.2万元'], CD);
  b.add([22, '2019年农产品网络零售额', '12,605', null, null], CD);
  b.add([23, '2020年农产品网络零售额', '1.68亿', null, '2021年1-8月：1.21亿元'], CD);
  b.add(['六、人才培训', null, null, null, null], ['A#:E#']);
  b.add([24, '累计培训人次', '４２１６', null, '含线上直播培训'], CD);
  b.add([25, '有劳动能力的建档立卡贫困人口（不含外出务工人员）', ' 2,385 ', null, '县乡村振兴局确认'], CD);
  b.add([26, '参加培训的建档立卡贫困人口', '1,311', null, '按身份证号去重'], CD);
  b.add(['七、信息公开及报送', null, null, null, null], ['A#:E#']);
  b.add([27, '政府网站专栏公示内容', '☑创建方案　☑项目基本信息　☑项目建设进度\n☐征求意见或监督举报窗口', null, '专栏：县政府网“电子商务进农村”'], CD);
  b.add([28, '能统计电商扶贫情况', '☑能', '☐不能', null]);
  b.add(['八、财政资金管理', null, null, null, null], ['A#:E#']);
  b.add([29, '省级下达资金（万元）', 500, null, null], CD);
  b.add([30, '累计拨付资金（万元）', '386.42', null, null], CD);
  b.add([31, '已制定资金管理制度', '☑是', '☐否', null]);
  b.add([32, '已建立资金专用台账', '☑是', '☐否', null]);
  b.add([33, '项目总体进度', '82%', null, null], CD);
  b.add(['九、一票否决事项', null, null, null, null], ['A#:E#']);
  b.add([34, '是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '☐是', '☑否', null]);
  b.add([35, '是否存在弄虚作假', '☐是', '☑否', null]);
  b.add(['填表人：黄××　　　审核人：梁××　　　联系电话：0766-7××××××', null, null, null, null], ['A#:E#']);

  write('facts', 'b15-f1-yunan.json', {
    description:
      '郁南县商务局填的“考评基础数据表”：Word 表格粘进 Excel，是/否题用 ☑/☐ 勾选（选项分在 C、D 两格，或多个选项挤在一格：牵头领导、参与部门、专栏公示内容），' +
      '金额节标题写“单位：万元”但有两格写成“5.93亿”“1.68亿”，培训人次用全角数字，数值带首尾空格、标签带换行；另有隐藏的“选项”下拉源表。' +
      '陷阱：户籍人口53.2万紧挨常住人口；村（居）委会总数194（行政村是“其中”行179）；备注里的2021年1-8月零售额；填表时间2021年9月2日不是考评截止日；' +
      '参与部门未勾“扶贫（乡村振兴）”→ 只算 principal；未勾的 ☐ 征求意见/监督举报窗口 → false；☐有 ☑无 的摄影美工 → false。',
    sheets: [
      { name: '基础数据表', rows: b.rows, merges: b.merges },
      { name: '选项', rows: [['☑'], ['☐'], ['是'], ['否'], ['有'], ['无']], hidden: true },
    ],
    expect: {
      facts: {
        county: '郁南县',
        asOf: '2021-08-31',
        residentPopulation: 403700,
        adminVillagesStated: 179,
        poorVillagesStated: 24,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-06-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 482306000,
        ruralRetail2020: 593000000,
        agriRetail2019: 126050000,
        agriRetail2020: 168000000,
        trainingPersonTimesStated: 4216,
        eligiblePoorPersonsStated: 2385,
        trainedPoorPersonsStated: 1311,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3864200,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.82,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: 'principal',
    },
  });
})();

/* ==================================================================================
 * F2 新兴县 — self-scoring sheet numbered by the rubric (1.1 / 2.1.3 …), 自评意见 in words
 * ================================================================================== */
(function f2() {
  const b = builder();
  b.add(['新兴县2019年省级电子商务进农村综合示范创建自评打分表', null, null, null, null], ['A#:E#']);
  b.add(['县（市、区）', '新兴县', null, '填报日期', '2021年9月3日']);
  b.add(['指标编号', '评价指标', '分值', '完成情况及佐证材料', '自评意见']);
  const R = (r) => b.add(r);
  R(['1', '加强组织领导与统筹协调', 10, null, null]);
  R(['1.1', '组织领导', 2, '成立以县长为组长、分管副县长为副组长的示范创建工作领导小组，成员单位：商务、财政、农业农村、乡村振兴、交通运输、市场监管等部门（新府办函〔2019〕88号）', '满分']);
  R(['1.2', '方案制定', 2, '已正式印发《新兴县电子商务进农村综合示范工作实施方案》', '满分']);
  R(['1.3', '政策支持', 2, '已出台《新兴县促进农村电子商务发展若干措施》，部分条款尚未落实', '扣1分']);
  R(['1.4', '项目管理', 4, null, '满分']);
  R(['1.4.1', '项目管理制度', 2, '已制定项目管理办法，验收严格按制度执行', '满分']);
  R(['1.4.2', '工作台账', 2, '已建立工作台账', '满分']);
  R(['2', '深入推动电子商务进农村工作', 55, null, null]);
  R(['2.1', '服务体系建设：县级中心与产业园', 15, null, '扣2分']);
  R(['2.1.1', '建成县级电子商务公共服务中心', 2, '投入运营时间：2020年11月20日', '满分']);
  R(['2.1.2', '建成后已正常运行6个月以上', 2, '已连续运行9个月以上', '满分']);
  R(['2.1.3', '有免费培训场所、培训设备，能组织电商基础培训', 2, '有', '满分']);
  R(['2.1.4', '为特色农产品提供免费展示、销售服务', 1, '有', '满分']);
  R(['2.1.5', '为电子商务市场主体提供免费摄影、美工服务', 1, '有', '满分']);
  R(['2.1.6', '组织农产品统一推广、指导特色农产品品牌建设', 1, '有', '满分']);
  R(['2.1.7', '为电子商务发展提供其他衍生增值服务', 1, '有', '满分']);
  R(['2.1.8', '建设或整合、优化当地电商产业园', 2, '已整合建成新兴县电商产业园', '满分']);
  R(['2.1.9', '产业园入驻企业达20家及以上', 2, '现入驻17家', '不得分']);
  R(['2.1.10', '入驻企业至少三种以上类型', 1, '平台型2家、销售型11家、物流企业4家', '满分']);
  R(['2.2', '服务体系建设：村级站点覆盖', 10, '行政村覆盖率73.5%；省定贫困村覆盖率100%', '满分']);
  R(['2.3', '农村产品上行', 10, null, '扣1分']);
  R(['2.3.1', '网销调研并形成针对性建议', 2, '形成《新兴县农产品网络销售调研报告》', '满分']);
  R(['2.3.2', '网络促销活动成效明显', 2, '举办“新兴好物”直播节等促销活动6场', '满分']);
  R(['2.3.3', '有专业第三方电子商务运营或服务商', 1, '有', '满分']);
  R(['2.3.4', '行政村物流快递覆盖率100%', 1, '是', '满分']);
  R(['2.3.5', '出台交易标准，建立冷链、溯源系统', 2, '已建溯源系统，交易标准尚未出台', '扣1分']);
  R(['2.3.6', '2020年农村或农产品网络零售额同比增速≥30%', 2, '2020年农产品网络零售额同比增长：34.6%\n2021年1-7月同比增长：21.3%', '满分']);
  R(['2.4', '电商人才培训', 20, '目标培训人次：3900\n实际累计培训：4862人次\n有劳动能力的建档立卡贫困人口（不含外出务工）：2106人\n其中参加培训：1184人', '满分']);
  R(['3', '加强信息公开及报送', 10, null, null]);
  R(['3.1', '信息公开', 4, '政府网站专栏已公示创建方案、项目基本信息、项目建设进度，设有监督举报窗口；专栏不定时更新', '扣1分']);
  R(['3.2', '数据上报', 6, '每月向市商务局报送，含电商扶贫统计', '满分']);
  R(['4', '加强宣传推广', 10, null, null]);
  R(['4.1', '案例总结', 2, '已向市商务局报送经验材料', '满分']);
  R(['4.2', '经验推广', 8, '南方日报、云浮日报报道；无县级媒体报道', '扣1分']);
  R(['5', '加强财政资金管理', 15, null, null]);
  R(['5.1', '制度建立', 5, '已制定《新兴县电子商务进农村综合示范专项资金管理办法》', '满分']);
  R(['5.2', '资金台账', 5, '已建立资金专用台账，个别凭证未附', '扣1分']);
  R(['5.3', '资金支出', 5, '下达资金：500万元\n累计拨付：412.8万元\n支出率：82.6%', '满分']);
  R(['6', '加分项', 4, null, null]);
  R(['6.1', '建档立卡贫困人口培训率70%及以上', 2, '培训率56.2%', '不得分']);
  R(['6.2', '电商扶贫典型案例获电视媒体播报', 2, '无', '不得分']);
  R(['7', '一票否决项', null, null, null]);
  R(['7.1', '发生安全生产、质量事故或重大损失', null, '无', '不涉及']);
  R(['7.2', '项目建设进度严重滞后（总体进度不足40%）', null, '项目总体进度：85%', '不涉及']);
  R(['7.3', '弄虚作假', null, '无', '不涉及']);
  b.add(['合计', null, 100, null, '92分']);
  b.add(['注：自评意见按“满分”“不得分”“扣×分”填写。', null, null, null, null], ['A#:E#']);

  // claimed per indicator, from the wording and the 分值 column
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4,
    'work.center': 13, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
  };
  // re-check the clerk's consistency: sub-rows add up to the indicator rows
  assert(2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1 === 13, 'center subrows');
  assert(2 + 2 + 1 + 1 + 1 + 2 === 9, 'upward subrows');
  const scored = Object.entries(claimed).filter(([k]) => !k.startsWith('bonus.')).reduce((s, [, v]) => s + v, 0);
  assert(scored === 93, 'true sum 93, clerk wrote 92');

  write('facts', 'b15-f2-xinxing.json', {
    description:
      '新兴县自评打分表：行按考评指标体系自编号（1 / 1.1 / 1.4.1 / 2.1.10 …，一级是分组行），列为 指标编号|评价指标|分值|完成情况及佐证材料|自评意见；' +
      '自评意见只写文字“满分”“扣1分”“扣2分”“不得分”“不涉及”，分数要按分值列换算；事实写在佐证列里（“投入运营时间：2020年11月20日”，多行“标签：值”挤在一格）。另附“填报说明”页。' +
      '陷阱：合计行写“92分”，按各行实际应为93（职员自己算错一分，不是任何指标的自评）；“目标培训人次：3900”在实际4862之上；“2021年1-7月同比增长21.3%”不是2020年增速；' +
      '“分管副县长为副组长”不是牵头领导；填报日期2021年9月3日不是考评截止日；填报说明里的示例“2021年8月31日”“38.6万人”“500万元”不是本县数据；“现入驻17家”“覆盖率73.5%”不是输入项。',
    sheets: [
      { name: '自评打分表', rows: b.rows, merges: b.merges },
      {
        name: '填报说明',
        rows: [
          ['填报说明'],
          ['1．本表对照《2019年省级电子商务进农村综合示范创建考评指标体系》逐项自评，考评截止日期以省厅通知为准。'],
          ['2．“自评意见”填写“满分”“不得分”或“扣×分”，不填具体分数。'],
          ['3．日期统一填写为“××××年×月×日”，如：2021年8月31日。'],
          ['4．数字须带单位，如：常住人口填“38.6万人”，资金填“500万元”。'],
          ['5．佐证材料另附电子版，按指标编号命名文件夹。'],
        ],
      },
    ],
    expect: {
      facts: {
        county: '新兴县',
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-20',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        agriRetailGrowthStated: 0.346,
        trainingPersonTimesStated: 4862,
        eligiblePoorPersonsStated: 2106,
        trainedPoorPersonsStated: 1184,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        fundAllocated: 5000000,
        fundSpentStated: 4128000,
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
        'fund.spending': 5,
      },
      leadership: 'principal-all',
      claimed,
    },
  });
})();

/* ==================================================================================
 * F3 阳西县 — the city's 数据采集表: period columns + 累计 + city average + target
 * ================================================================================== */
(function f3() {
  const b = builder();
  b.add(['阳江市电子商务进农村综合示范创建数据采集表', null, null, null, null, null, null, null, null], ['A#:I#']);
  b.add(['县（市、区）：阳西县　　　考评截止日期：2021年8月31日　　　填报日期：2021年9月6日', null, null, null, null, null, null, null, null], ['A#:I#']);
  b.add(['序号', '指标名称', '2019年', '2020年', '2021年1-8月', '截至考评日\n（累计/现状）', '全市县均', '创建目标', '备注']);
  const R = (r) => b.add(r);
  R([1, '常住人口（万人）', '—', 28.86, '—', '—', '57.9', null, '第七次全国人口普查']);
  R([2, '户籍人口（万人）', 52.7, 53.12, '—', '—', '66.4', null, '公安户籍统计']);
  R([3, '行政村数（个）', '—', '—', '—', 140, 156, '—', '不含社区（居委会）12个']);
  R([4, '其中：省定贫困村（个）', '—', '—', '—', 17, 20, '—', null]);
  R([5, '农村网络零售额（万元）', '31,245.8', '3.92亿', '29,880.5', '—', '48,062.5', null, '2021年为1-8月快报数']);
  R([6, '农村网络零售额同比增速', '—', '25.5%', '18.2%', '—', '21.4%', '≥30%', null]);
  R([7, '农产品网络零售额（万元）', '6,830', '9,215.4', '7,102.3', '—', '8,900', null, null]);
  R([8, '农产品网络零售额同比增速', '—', '34.9%', '21.0%', '—', '27.6%', '≥30%', null]);
  R([9, '电商培训人次（人次）', 612, 1508, 1173, 3293, 4018, 2890, null]);
  R([10, '有劳动能力的建档立卡贫困人口（不含外出务工）（人）', '—', '—', '—', 1846, null, null, '县乡村振兴局确认数']);
  R([11, '其中：参加电商培训的贫困人口（人）', '—', 486, 534, 958, null, 923, '累计数已剔除重复参训人员']);
  R([12, '县级电商公共服务中心投入运营时间', '—', '—', '—', '2020年9月', null, null, null]);
  R([13, '村级电商服务站点（个）', '—', 76, 32, 108, null, 98, null]);
  R([14, '下达省级专项资金（万元）', 500, '—', '—', 500, null, null, null]);
  R([15, '累计拨付资金（万元）', '—', 215.6, 168.35, 383.95, null, 350, '目标为下达资金的70%']);
  R([16, '项目总体进度（%）', '—', '—', '—', 81, null, null, null]);
  b.add(['注：1．“全市县均”“创建目标”栏由市商务局统一填写；2．增速按当年与上年同期比较。', null, null, null, null, null, null, null, null], ['A#:I#']);
  b.add(['填表人：陈××　　审核：林××　　联系电话：0662-5××××××', null, null, null, null, null, null, null, null], ['A#:I#']);

  // arithmetic checks of the sheet itself
  assert(612 + 1508 + 1173 === 3293, 'training cumulative');
  assert(Math.round((215.6 + 168.35) * 100) === 38395, 'funds cumulative');
  assert(Math.abs(39200 / 31245.8 - 1 - 0.2546) < 0.0005, 'rural growth ≈25.5%');
  assert(Math.abs(9215.4 / 6830 - 1 - 0.3493) < 0.0005, 'agri growth ≈34.9%');
  assert(Math.round((70.5 + 47.4 + 28.86 + 84.9) / 4 * 10) === 579, 'pop avg');

  write('facts', 'b15-f3-yangxi.json', {
    description:
      '阳西县填市局下发的“数据采集表”：每行一个指标，列为 2019年|2020年|2021年1-8月|截至考评日（累计/现状）|全市县均|创建目标|备注，单位写在指标名的括号里（万元、万人、%），' +
      '县名、考评截止日期、填报日期三对“标签：值”挤在第2行一个合并格里；有一张隐藏的“县均计算”表列出全市各县数据。' +
      '陷阱：培训人次和参训贫困人口要取“累计”列（3293、958；参训人口按年相加是1020但有重复参训），不是2020年列；零售额取2019、2020两列，2021年1-8月列和“全市县均”“创建目标”列都不算；' +
      '户籍人口紧挨常住人口；“3.92亿”写在万元行里按亿元读；项目总体进度“81”在（%）行里即81%；填报日期2021年9月6日不是截止日；标题里的“阳江市”是地级市不是县名；隐藏表里其他县的人口、零售额不是本县数据。',
    sheets: [
      { name: '数据采集表', rows: b.rows, merges: b.merges },
      {
        name: '县均计算',
        hidden: true,
        rows: [
          ['县（市、区）', '常住人口（万人）', '2020年农村网络零售额（万元）', '培训人次'],
          ['江城区', 70.5, 52310, 4120],
          ['阳东区', 47.4, 38760, 3560],
          ['阳西县', 28.86, 39200, 3293],
          ['阳春市', 84.9, 61980, 5100],
          ['县均', 57.915, 48062.5, 4018.25],
        ],
      },
    ],
    expect: {
      facts: {
        county: '阳西县',
        asOf: '2021-08-31',
        residentPopulation: 288600,
        adminVillagesStated: 140,
        poorVillagesStated: 17,
        ruralRetail2019: 312458000,
        ruralRetail2020: 392000000,
        ruralRetailGrowthStated: 0.255,
        agriRetail2019: 68300000,
        agriRetail2020: 92154000,
        agriRetailGrowthStated: 0.349,
        trainingPersonTimesStated: 3293,
        eligiblePoorPersonsStated: 1846,
        trainedPoorPersonsStated: 958,
        centerOpened: '2020-09',
        fundAllocated: 5000000,
        fundSpentStated: 3839500,
        overallProgress: 0.81,
      },
      judged: {},
    },
  });
})();

/* ==================================================================================
 * L1 始兴县 — sessions with 线下/线上 split; report log with "9月8日" + year dividers;
 *             stations with month-only dates; a 填表说明 sheet
 * ================================================================================== */
(function l1() {
  // --- training sessions
  const t = builder();
  t.add(['始兴县电子商务进农村培训场次登记表', null, null, null, null, null, null, null, null, null], ['A#:J#']);
  t.add(['填报单位：始兴县商务局', null, null, null, null, null, null, null, '单位：人次', null], ['A#:H#', 'I#:J#']);
  t.add(['序号', '培训日期', '培训主题', '培训地点', '计划人数', '实际参训人次', null, '其中：建档立卡贫困户', '授课单位', '备注'],
    ['A#:A' + 4, 'B#:B4', 'C#:C4', 'D#:D4', 'E#:E4', 'F#:G#', 'H#:H4', 'I#:I4', 'J#:J4']);
  t.add([null, null, null, null, null, '线下', '线上（直播）', null, null, null]);
  const sessions = [
    // [date cell, expected date, topic, place, plan, offline, online, poor, note]
    [D('2020-06-18'), '2020-06-18', '农村电商基础知识普及培训', '县电商公共服务中心', 100, 96, null, 12, null],
    ['2020.7.22', '2020-07-22', '农产品短视频拍摄与剪辑', '顿岗镇文化站', 80, 72, null, 15, null],
    [D('2020-09-10'), '2020-09-10', '直播带货实操（线上同步直播）', '县电商公共服务中心', 150, 85, 312, 20, '线上为抖音直播间观看人次'],
    ['2020年10月27日', '2020-10-27', '网店开设与运营', '马市镇政府会议室', 60, 58, null, 9, null],
    [D('2020-11-24'), '2020-11-24', '电商扶贫专题培训', '隘子镇文化站', 120, 131, null, 88, '实到超过计划'],
    null, // blank row
    [D('2021-01-14'), '2021-01-14', '年货节直播专场培训', '线上', 300, null, 426, 31, '疫情防控，改为线上'],
    [D('2021-03-25'), '2021-03-25', '农产品品牌与包装设计', '县电商公共服务中心', 80, 77, 64, 10, null],
    ['2021.5.13', '2021-05-13', '社区团购与微商城运营', '太平镇政府会议室', 80, 69, null, 14, null],
    [D('2021-06-24'), '2021-06-24', '电商物流与冷链知识', '沈所镇文化站', 60, 55, 118, 6, null],
    [D('2021-08-05'), '2021-08-05', '直播电商进阶（第二期）', '县电商公共服务中心', 100, 92, 280, 18, null],
    [D('2021-09-09'), '2021-09-09', '电商创业孵化辅导', '县电商公共服务中心', 60, 48, null, 5, null],
  ];
  const trainingRecords = [];
  let seq = 0, sPlan = 0, sOff = 0, sOn = 0, sPoor = 0;
  for (const s of sessions) {
    if (!s) { t.add([null, null, null, null, null, null, null, null, null, null]); continue; }
    seq++;
    const [cell, date, topic, place, plan, off, on, poor, note] = s;
    t.add([seq, cell, topic, place, plan, off, on, poor, '县电商公共服务中心', note]);
    trainingRecords.push({ date, personTimes: (off || 0) + (on || 0) });
    sPlan += plan; sOff += off || 0; sOn += on || 0; sPoor += poor;
  }
  t.add(['合计', null, null, null, sPlan, sOff, sOn, sPoor, null, null], ['A#:D#']);
  t.add(['注：线上人次以直播平台后台观看30分钟以上人数统计；线下人次以签到表为准。', null, null, null, null, null, null, null, null, null], ['A#:J#']);
  assert(trainingRecords.length === 11, 'sessions');
  assert(trainingRecords[2].personTimes === 397 && trainingRecords[5].personTimes === 426, 'split sums');

  // --- report log: dates "9月8日", year only in the title range and divider rows
  const r = builder();
  r.add(['始兴县电商进农村示范创建工作情况报送登记（2020年9月—2021年8月）', null, null, null, null, null], ['A#:F#']);
  r.add(['序号', '报送日期', '报送内容', '报送方式', '附扶贫统计', '报送人']);
  const reps = [
    '2020年',
    ['9月8日', '2020-09-08', '8月份示范创建工作进展情况', '邮件', '有'],
    ['10月12日', '2020-10-12', '9月份工作进展及电商统计数据', 'OA', '有'],
    ['11月10日', '2020-11-10', '10月份工作进展', 'OA', '无'],
    ['12月9日', '2020-12-09', '11月份工作进展及电商扶贫统计', '邮件', '有'],
    '2021年',
    ['1月8日', '2021-01-08', '12月份工作进展及2020年度工作总结', 'OA', '有'],
    ['2月7日', '2021-02-07', '1月份工作进展', '邮件', '无'],
    ['3月10日', '2021-03-10', '2月份工作进展', 'OA', '有'],
    ['4月9日', '2021-04-09', '3月份工作进展', 'OA', '有'],
    ['5月8日', '2021-05-08', '4月份工作进展', '邮件', '无'],
    ['6月9日', '2021-06-09', '5月份工作进展', 'OA', '有'],
    ['6月21日', '2021-06-21', '专报：“618”网络促销活动开展情况', '邮件', '无'],
    ['7月8日', '2021-07-08', '6月份工作进展及上半年工作总结', 'OA', '有'],
    ['8月10日', '2021-08-10', '7月份工作进展', 'OA', '有'],
  ];
  const reportRecords = [];
  let rn = 0;
  for (const x of reps) {
    if (typeof x === 'string') { r.add([x, null, null, null, null, null], ['A#:F#']); continue; }
    rn++;
    r.add([rn, x[0], x[2], x[3], x[4], '刘××']);
    reportRecords.push({ date: x[1], poverty: x[4] === '有' });
  }
  r.add(['注：报送方式“OA”指通过韶关市政务OA系统报送市商务局；“邮件”指发送至市商务局电商科邮箱。', null, null, null, null, null], ['A#:F#']);

  // --- stations with month-only dates
  const st = builder();
  st.add(['始兴县村级电子商务服务站点名单', null, null, null, null, null, null, null], ['A#:H#']);
  st.add(['序号', '所属镇', '站点名称', '所在行政村', '地址', '站长', '联系电话', '建站时间']);
  const stations = [
    ['太平镇', '东湖村电商服务站', '东湖村委会', '东湖村委会办公楼一楼', '邓××', '2020年5月', '2020-05', '东湖村委会'],
    ['马市镇', '红梨村电商服务站', '红梨村', '红梨村综合服务中心', '曾××', D('2020-06-12'), '2020-06-12', '红梨村'],
    ['顿岗镇', '周所村电商服务站', '周所村委会', '周所村文化室旁', '华××', '2020年8月', '2020-08', '周所村委会'],
    ['罗坝镇', '燎原村电商服务站', '燎原村', '燎原村小卖部', '赖××', '2020.10.15', '2020-10-15', '燎原村'],
    ['司前镇', '黄所村电商服务站', '黄所村', '黄所村邮政代办点', '张××', D('2020-11-03'), '2020-11-03', '黄所村'],
    ['隘子镇', '风度村电商服务站', '风度村委会', '风度村委会一楼', '钟××', '2020年11月', '2020-11', '风度村委会'],
    ['沈所镇', '沈北村电商服务站', '沈北村', '沈北村便民服务中心', '官××', D('2021-03-19'), '2021-03-19', '沈北村'],
    ['深渡水瑶族乡', '楼下村电商服务站', '楼下村', '楼下村委会', '邓××', '2021年6月', '2021-06', '楼下村'],
  ];
  const stationRecords = [];
  stations.forEach((s, i) => {
    st.add([i + 1, s[0], s[1], s[2], s[3], s[4], '13' + String(8027451 + i * 1307).padStart(9, '0'), s[5]]);
    stationRecords.push({ village: s[7], opened: s[6] });
  });

  write('ledgers', 'b15-l1-shixing.json', {
    description:
      '始兴县商务局的三本台账加一页说明：①培训场次登记表，一行一期，两行表头，“实际参训人次”分成“线下”“线上（直播）”两列，要相加才是该期人次（纯线上一期只有线上数）；' +
      '②工作报送登记，报送日期只写“9月8日”，年份只在标题“2020年9月—2021年8月”和“2020年”“2021年”分隔行里，报送方式列写邮件/OA，扶贫统计列写有/无；③站点名单，建站时间多为“2020年5月”这种只到月的文本。' +
      '陷阱：培训表的“计划人数”列和“其中：建档立卡贫困户”列不是人次，合计行和注释行不是记录，中间一行空行；2021-09-09那一期在截止日之后，但仍是一条记录；' +
      '报送登记里的分隔行“2020年”“2021年”和注释行不是记录，6月21日的专报是一条额外记录；填表说明页不是台账。',
    sheets: [
      { name: '培训场次登记', rows: t.rows, merges: t.merges },
      { name: '报送登记', rows: r.rows, merges: r.merges },
      { name: '站点名单', rows: st.rows, merges: st.merges },
      {
        name: '填表说明',
        rows: [
          ['填表说明'],
          ['1．培训场次登记：每期培训填一行，线上、线下人次分别填写，不要合并。'],
          ['2．报送登记：按报送先后顺序填写，年份见分隔行。'],
          ['3．站点名单：建站时间填到月即可，如“2020年5月”。'],
          ['4．各表于每月5日前更新，报县商务局电商股汇总。'],
        ],
      },
    ],
    expect: {
      sheets: {
        '培训场次登记': { kind: 'training', records: trainingRecords },
        '报送登记': { kind: 'reports', records: reportRecords },
        '站点名单': { kind: 'stations', records: stationRecords },
        '填表说明': { kind: null },
      },
    },
  });
})();

/* ==================================================================================
 * L2 陆河县 — villages with 自然村 rows interleaved; media with the level only in 来源;
 *             experience materials
 * ================================================================================== */
(function l2() {
  const v = builder();
  v.add(['陆河县行政村（社区）及自然村名单', null, null, null, null, null], ['A#:F#']);
  v.add(['（省定贫困村以“是”标注；快递进村指快递物流服务已通达村委会所在地）', null, null, null, null, null], ['A#:F#']);
  v.add(['序号', '镇', '名称', '类别', '省定贫困村', '快递进村']);
  const list = [
    // [seq, town, name, type, poor, express]; natural rows have seq null
    [1, '河田镇', '新寮村委会', '行政村', '否', '是'],
    [null, null, '　　上寮', '自然村', null, null],
    [null, null, '　　下寮', '自然村', null, null],
    [2, '河田镇', '朝阳社区居委会', '社区', '否', '是'],
    [3, '河田镇', '长沙村委会', '行政村', '是', '是'],
    [null, null, '　　石壁下', '自然村', null, null],
    [null, null, '　　新屋', '自然村', null, null],
    [4, '水唇镇', '螺洞村委会', '行政村', '是', '是'],
    [null, null, '　　螺洞', '自然村', null, null],
    [null, null, '　　世田', '自然村', null, null],
    [5, '水唇镇', '水唇社区', '社区', '否', '是'],
    [6, '螺溪镇', '欧田村委会', '行政村', '否', '否'],
    [null, null, '　　欧田', '自然村', null, null],
    [null, null, '　　坳背', '自然村', null, null],
    [null, null, '　　大坪', '自然村', null, null],
    [7, '东坑镇', '大新村委会', '行政村', '否', '是'],
    [8, '东坑镇', '共光村委会', '行政村', '否', '是'],
    [null, null, '　　共光', '自然村', null, null],
    [9, '新田镇', '激石溪村委会', '行政村', '是', '是'],
    [null, null, '　　激石溪', '自然村', null, null],
    [null, null, '　　横坑', '自然村', null, null],
    [10, '上护镇', '护新村委会', '行政村', '否', '是'],
    [11, '南万镇', '万全村委会', '行政村', '否', '是'],
    [null, null, '　　万全', '自然村', null, null],
  ];
  const villageRecords = [];
  for (const x of list) {
    v.add(x);
    if (x[3] === '自然村') continue;
    villageRecords.push({ name: x[2], admin: x[3] === '行政村', poor: x[4] === '是', express: x[5] === '是' });
  }
  v.add(['注：本表共行政村9个、社区2个，自然村13个（仅列已设快递点或站点的自然村）。', null, null, null, null, null], ['A#:F#']);
  assert(villageRecords.length === 11 && villageRecords.filter((x) => x.admin).length === 9, 'villages');
  assert(list.filter((x) => x[3] === '自然村').length === 13, 'natural');

  const m = builder();
  m.add(['陆河县电子商务进农村宣传报道汇总', null, null, null, null], ['A#:E#']);
  m.add(['序号', '刊发日期', '标题', '来源', '链接/版面']);
  const media = [
    [D('2020-10-16'), '2020-10-16', '陆河青梅搭上电商快车', '汕尾日报', '第3版', 'city', false],
    ['2020.12.3', '2020-12-03', '县电商公共服务中心开展农村电商培训', '陆河县融媒体中心', '微信公众号', 'county', false],
    [D('2021-01-22'), '2021-01-22', '陆河：小青梅“触网”变身致富果', '南方日报', 'A12版', 'province', false],
    [D('2021-03-09'), '2021-03-09', '陆河电商扶贫让山货走出大山', '汕尾广播电视台《汕尾新闻》', '视频', 'city', true],
    ['2021年5月18日', '2021-05-18', '陆河：直播间里卖擂茶', '广东广播电视台珠江频道《珠江新闻眼》', '视频', 'province', true],
    [D('2021-06-30'), '2021-06-30', '广东陆河：电商进农村激活乡村振兴“一池春水”', '人民网', '网络', 'national', false],
    [D('2021-08-12'), '2021-08-12', '陆河村级电商服务站实现贫困村全覆盖', '南方+客户端', '网络', 'province', false],
    [D('2021-09-15'), '2021-09-15', '广东陆河：青梅电商带富一方', '中央电视台农业农村频道', '视频', 'national', true],
  ];
  const mediaRecords = [];
  media.forEach((x, i) => {
    m.add([i + 1, x[0], x[2], x[3], x[4]]);
    mediaRecords.push({ date: x[1], level: x[5], tv: x[6] });
  });

  const c = builder();
  c.add(['陆河县电商进农村经验材料报送情况', null, null, null, null], ['A#:E#']);
  c.add(['序号', '报送时间', '材料名称', '报送单位', '报送对象']);
  c.add([1, '2020年12月', '陆河县电子商务进农村综合示范创建阶段性工作总结', '县商务局', '汕尾市商务局']);
  c.add([2, D('2021-04-08'), '陆河县“青梅+电商”助农增收经验做法', '县商务局', '汕尾市商务局']);
  c.add([3, '2021年7月16日', '陆河县电商扶贫典型案例材料', '县商务局', '汕尾市商务局']);
  c.add(['附：材料电子版存于共享盘“示范创建/经验材料”。', null, null, null, null], ['A#:E#']);

  write('ledgers', 'b15-l2-luhe.json', {
    description:
      '陆河县商务局：①村名单把行政村、社区和其下的自然村穿插在同一列，自然村行名称前缩进全角空格、类别写“自然村”、无序号无标记；②宣传报道汇总没有级别和形式列，级别只能从“来源”看出（人民网、中央电视台→国家；南方日报、南方+、广东广播电视台→省；汕尾日报、汕尾广播电视台→市；陆河县融媒体中心→县），电视与否也看来源；③经验材料报送，日期有“2020年12月”只到月的。' +
      '陷阱：13个自然村行（含与村委会同名的“螺洞”“欧田”“共光”“激石溪”“万全”）不是村，社区（朝阳社区居委会、水唇社区）是记录但 admin=false；注释行里的“行政村9个、社区2个”不是记录；' +
      '媒体表末条中央电视台2021-09-15在截止日之后，但仍是一条记录；材料表的“附：”行不是记录。',
    sheets: [
      { name: '村（居）及自然村名单', rows: v.rows, merges: v.merges },
      { name: '宣传报道', rows: m.rows, merges: m.merges },
      { name: '经验材料', rows: c.rows, merges: c.merges },
    ],
    expect: {
      sheets: {
        '村（居）及自然村名单': { kind: 'villages', records: villageRecords },
        '宣传报道': { kind: 'media', records: mediaRecords },
        '经验材料': {
          kind: 'materials',
          records: [{ date: '2020-12' }, { date: '2021-04-08' }, { date: '2021-07-16' }],
        },
      },
    },
  });
})();

/* ==================================================================================
 * C1 南雄市 — a whole county workbook, 12 sheets 表1…表10
 * ================================================================================== */
(function c1() {
  const ASOF = '2021-08-31';
  const REGION = '440282';

  // ---------- 表1 基本情况: a fill-in-the-blank form, each sentence split across cells
  const f = builder();
  f.add(['南雄市电子商务进农村综合示范创建情况填报表', null, null, null, null, null, null, null, null, null], ['A#:J#']);
  f.add(['填报说明：请在空格内填写；是否类填“是”或“否”；自评分填阿拉伯数字。', null, null, null, null, null, null, null, null, null], ['A#:J#']);
  f.add(['一、基本情况']);
  f.add(['1．考评截止日期：', D(ASOF), '；全市常住人口', 33.5, '万人（户籍人口', 48.6, '万人）。']);
  f.add(['2．全市共有行政村', 60, '个、社区（居委会）', 5, '个，其中省定贫困村', 10, '个（名单见表2-1）。']);
  f.add(['二、组织领导']);
  f.add(['3．示范创建工作领导小组由', '市长', '任组长，', '分管副市长', '任常务副组长；成员单位：', '商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政管理局', '。']);
  f.add(['4．示范县工作方案是否已正式印发：', '是', '；方案制定自评', 2, '分（1-2分）。']);
  f.add(['5．是否已出台支持农村电商发展的政策：', '是', '；政策支持自评', 1, '分（1-2分）。']);
  f.add(['6．项目管理制度自评', 2, '分（1-2分）；工作台账自评', 1, '分（1-2分）。']);
  f.add(['三、服务体系建设']);
  f.add(['7．县级电子商务公共服务中心于', '2020年12月18日', '投入运营。']);
  f.add(['8．中心有免费培训场所、培训设备，能组织电商基础培训：', '是', '；为特色农产品提供免费展示、销售服务：', '是', '；提供免费摄影、美工服务：', '是', '。']);
  f.add(['9．组织农产品统一推广、指导品牌建设：', '是', '；提供其他衍生增值服务：', '否', '。']);
  f.add(['10．已建设或整合、优化电商产业园：', '是', '；产业园入驻企业', 22, '家（见表5）。']);
  f.add(['四、农村产品上行']);
  f.add(['11．网销调研自评', 2, '分；网络促销活动自评', 2, '分；交易标准及冷链、溯源系统自评', 1, '分（均为1-2分）。']);
  f.add(['12．有专业第三方电子商务运营或服务商：', '是', '；行政村物流快递覆盖率达100%：', '是', '。']);
  f.add(['13．农村网络零售额：2019年', 5.62, '亿元，2020年', 6.95, '亿元，2020年同比增长', '23.7%', '；2021年1-8月', 5.01, '亿元。']);
  f.add(['14．农产品网络零售额：2019年', 1.08, '亿元，2020年', 1.46, '亿元，2020年同比增长', '35.2%', '。']);
  f.add(['五、人才培训']);
  f.add(['15．培训人次见表3-1、表3-2；建档立卡贫困人口见表4（经市乡村振兴局确认）。']);
  f.add(['六、信息公开与报送']);
  f.add(['16．政府网站专栏已公示：创建方案', '是', '；项目基本信息', '是', '；项目建设进度', '是', '；征求意见或监督举报窗口', '是', '。']);
  f.add(['17．能统计电商扶贫情况：', '是', '。']);
  f.add(['七、财政资金管理']);
  f.add(['18．省级财政下达专项资金', 500, '万元；资金管理制度自评', 5, '分；资金台账自评', 4, '分；资金及时拨付自评', 4, '分（均为1-5分）。']);
  f.add(['19．项目总体进度：', '85%', '。']);
  f.add(['八、一票否决事项']);
  f.add(['20．是否发生安全生产、质量事故或造成重大经济损失：', '否', '；是否存在弄虚作假：', '否', '。']);
  f.add([]);
  f.add(['填报人：', '李××', '联系电话：', '0751-38×××××', '填报日期：', '2021年9月7日']);

  // ---------- 表2-1 villages
  const towns = [
    ['珠玑镇', ['珠玑', '灵潭', '里东', '石井', '洋湖', '中站']],
    ['乌迳镇', ['新田', '鹤子坑', '松木塘', '孔塘', '界背', '水城']],
    ['湖口镇', ['湖口', '承平', '三水', '长安', '新湖', '塘坑']],
    ['坪田镇', ['坪田', '坳背', '白胜', '迳口', '老屋', '横岭']],
    ['水口镇', ['水口', '江口', '下汾', '龙口', '东溪', '洋田']],
    ['黄坑镇', ['黄坑', '溪口', '长洞', '坑口', '罗田', '贵联']],
    ['邓坊镇', ['邓坊', '大塘', '中和', '鱼鲜', '岭下', '新院']],
    ['油山镇', ['油山', '大兰', '平林', '上朔', '下朔', '浈源']],
    ['全安镇', ['全安', '星光', '新龙', '棉土', '木溪', '瑶坑']],
    ['帽子峰镇', ['帽子峰', '南山', '坪岭', '西坑', '古塘', '梅坑']],
  ];
  const poorSet = new Set(['鹤子坑', '界背', '三水', '白胜', '横岭', '长洞', '鱼鲜', '浈源', '瑶坑', '梅坑']);
  const noExpress = new Set(['西坑']);
  const communities = [['雄州街道', '永康社区'], ['雄州街道', '沙洲社区'], ['雄州街道', '雄中社区'], ['珠玑镇', '珠玑居委会'], ['乌迳镇', '乌迳居委会']];
  const vl = builder();
  vl.add(['南雄市村（居）委会名单', null, null, null, null, null], ['A#:F#']);
  vl.add(['序号', '镇（街道）', '村（居）委会名称', '类别', '是否省定贫困村', '快递物流是否通达']);
  let vn = 0;
  for (const [town, comm] of communities.filter((c) => c[0] === '雄州街道')) vl.add([++vn, town, comm, '社区', '否', '是']);
  const adminVillages = [];
  for (const [town, names] of towns) {
    for (const nm of names) {
      vl.add([++vn, town, nm + '村委会', '村委会', poorSet.has(nm) ? '是' : '否', noExpress.has(nm) ? '否' : '是']);
      adminVillages.push(nm);
    }
    const c = communities.find((x) => x[0] === town);
    if (c) vl.add([++vn, town, c[1], '居委会', '否', '是']);
  }
  vl.add(['注：行政村60个，社区（居委会）5个，共65个；省定贫困村10个。', null, null, null, null, null], ['A#:F#']);
  assert(adminVillages.length === 60 && new Set(adminVillages).size === 60, '60 villages');
  assert([...poorSet].every((p) => adminVillages.includes(p)), 'poor in list');

  // ---------- 表2-2 stations
  const uncovered = new Set(['中站', '洋湖', '水城', '松木塘', '塘坑', '新湖', '老屋', '迳口', '洋田', '东溪', '贵联', '罗田', '新院', '岭下', '下朔', '棉土', '古塘', '西坑', '梅坑']);
  const surn = ['李', '王', '陈', '黄', '叶', '邓', '曾', '刘', '朱', '彭', '钟', '谢', '孔', '赖'];
  const given = ['建华', '志强', '丽萍', '国清', '海燕', '春生', '秀英', '伟明', '桂芳', '永红', '文辉', '小玲', '金凤', '德胜', '晓东'];
  const person = (i) => surn[i % surn.length] + given[(i * 7) % given.length];
  const phone = (i) => '139' + String(27540013 + i * 7919).slice(-8);
  function addDays(iso, n) {
    const d = new Date(iso + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  const stationRows = []; // [town, stationName, villageCell, dateCell, isoOrMonth]
  let k = 0;
  for (const [town, names] of towns) {
    for (const nm of names) {
      if (uncovered.has(nm)) continue;
      const iso = addDays('2020-04-10', k * 11);
      let cell, val;
      if (k % 3 === 0) { const [y, mo] = iso.split('-'); cell = `${y}年${Number(mo)}月`; val = `${y}-${mo}`; }
      else if (k % 3 === 1) { cell = D(iso); val = iso; }
      else { const [y, mo, d] = iso.split('-'); cell = `${y}.${Number(mo)}.${Number(d)}`; val = iso; }
      stationRows.push([town, nm + '村电商服务站', nm + '村', cell, val, nm]);
      k++;
    }
  }
  assert(stationRows.length === 41, '41 covered villages');
  assert(stationRows.every((s) => s[4] <= '2021-08-31'), 'all before cut-off');
  // traps, interleaved
  stationRows.splice(3, 0, ['珠玑镇', '梅岭林场电商服务点', '梅岭林场', D('2021-03-02'), '2021-03-02', null]);
  stationRows.splice(12, 0, ['雄州街道', '永康社区电商服务站', '永康社区', D('2020-11-05'), '2020-11-05', null]);
  stationRows.splice(20, 0, ['珠玑镇', '珠玑古巷电商服务点', '珠玑村', D('2021-05-20'), '2021-05-20', '珠玑']);
  stationRows.push(['帽子峰镇', '梅坑村电商服务站', '梅坑村', D('2021-09-10'), '2021-09-10', '梅坑']);
  const sl = builder();
  sl.add(['南雄市村级电子商务服务站点清单', null, null, null, null, null, null], ['A#:G#']);
  sl.add(['序号', '镇（街道）', '站点名称', '所在村（社区）', '负责人', '联系电话', '建成时间']);
  stationRows.forEach((s, i) => sl.add([i + 1, s[0], s[1], s[2], person(i), phone(i), s[3]]));
  // self-check of coverage as the rules say
  const covered = new Set(stationRows.filter((s) => s[5] && adminVillages.includes(s[5]) && s[4] <= ASOF).map((s) => s[5]));
  assert(covered.size === 41, 'covered 41');
  assert([...poorSet].filter((p) => covered.has(p)).length === 9, 'poor covered 9');
  assert(stationRows.length === 45, '45 station rows');

  // ---------- 表3-1 training sessions, 男/女 split
  const sessions = [
    ['2020-05-21', '农村电商基础普及', 102, 118], ['2020-06-17', '网店开设实务', 88, 97],
    ['2020-07-23', '短视频与直播入门', 130, 146], ['2020-08-26', '农产品包装与品牌', 75, 81],
    ['2020-09-24', '直播带货实操', 160, 172], ['2020-10-29', '电商扶贫专题', 92, 103],
    ['2020-11-26', '微商城与社群营销', 111, 125], ['2020-12-17', '电商物流与冷链', 84, 90],
    ['2021-01-21', '年货节直播专场', 140, 188], ['2021-03-18', '网店美工设计', 97, 105],
    ['2021-04-22', '农村电商创业辅导', 86, 92], ['2021-05-27', '电商客服与售后', 101, 111],
    ['2021-06-24', '“618”促销策划', 66, 74], ['2021-08-12', '直播电商进阶', 63, 67],
    ['2021-09-16', '电商示范创建成果培训', 200, 220],
  ];
  const tr = builder();
  tr.add(['南雄市电子商务培训台账（按期次）', null, null, null, null, null, null, null], ['A#:H#']);
  tr.add(['序号', '培训日期', '培训内容', '培训地点', '参训人次', null, '其中贫困户', '主办单位'], ['A#:A3', 'B#:B3', 'C#:C3', 'D#:D3', 'E#:F#', 'G#:G3', 'H#:H3']);
  tr.add([null, null, null, null, '男', '女', null, null]);
  let sm = 0, sf = 0, valid = 0, men = 0, women = 0;
  sessions.forEach((s, i) => {
    tr.add([i + 1, D(s[0]), s[1], i % 2 ? '市电商公共服务中心' : '各镇文化站', s[2], s[3], Math.round((s[2] + s[3]) / 12), '南雄市商务局']);
    sm += s[2]; sf += s[3];
    if (s[0] <= ASOF) { valid += s[2] + s[3]; men += s[2]; women += s[3]; }
  });
  tr.add(['合计', null, null, null, sm, sf, null, null], ['A#:D#']);
  assert(valid === 2964 && men === 1395 && women === 1569, 'sessions 2964');
  assert(valid * 1000 >= 335000 * 8 && valid * 1000 < 335000 * 10, 'sessions alone 0.8–1%');
  assert(men * 1000 < 335000 * 6 && women * 1000 < 335000 * 6, 'one column alone <0.6%');
  assert((valid + 420) * 1000 >= 335000 * 10, 'post-cut-off session would tip to 10');

  // ---------- 表4 poor persons (20 eligible, 4 migrant, 4 no labour)
  const villagesOfPoor = ['鹤子坑村', '界背村', '三水村', '白胜村', '横岭村', '长洞村', '鱼鲜村'];
  const pp = [];
  let seqNo = 11;
  function mk(tag, birth, female, wantX) {
    let id;
    for (;;) {
      const sq = seqNo++;
      if ((sq % 2 === 0) !== female) continue; // 17th digit: odd = male, even = female
      id = makeId(REGION, birth, sq);
      if (!wantX || id.endsWith('X')) break;
    }
    return { tag, id };
  }
  // [birth, female]
  const eb = [['19680312', 0], ['19710925', 1], ['19750118', 0], ['19780607', 0], ['19800221', 1], ['19821130', 0],
    ['19830415', 0], ['19850709', 1], ['19860203', 0], ['19870827', 0], ['19881016', 1], ['19890504', 0],
    ['19900722', 1], ['19910109', 0], ['19920318', 0], ['19930611', 1], ['19700828', 0], ['19730414', 0],
    ['19760930', 1], ['19790102', 1]];
  const E = eb.map(([bd, fe], i) => mk('E' + (i + 1), bd, !!fe, i === 4));
  const M = [['19940815', 0], ['19950320', 0], ['19960712', 0], ['19971108', 1]].map(([bd, fe], i) => mk('M' + (i + 1), bd, !!fe, false));
  const N = [['19420603', 0], ['19450917', 1], ['19480224', 0], ['19510810', 0]].map(([bd, fe], i) => mk('N' + (i + 1), bd, !!fe, false));
  assert(E[4].id.endsWith('X'), 'one X id');
  // households: [person, relation] in list order; 之父/之子/之弟/之妹 share the head's surname
  const households = [
    [[E[0], '户主'], [E[1], '配偶'], [N[0], '之父']],
    [[E[2], '户主'], [M[0], '之子']],
    [[E[3], '户主'], [E[4], '配偶'], [N[1], '之母']],
    [[E[5], '户主'], [M[1], '之弟']],
    [[E[6], '户主'], [E[7], '配偶']],
    [[E[8], '户主'], [N[2], '之父'], [M[2], '之弟']],
    [[E[9], '户主'], [E[10], '配偶']],
    [[E[11], '户主'], [E[12], '配偶'], [M[3], '之妹']],
    [[E[13], '户主'], [N[3], '之父']],
    [[E[14], '户主'], [E[15], '配偶']],
    [[E[16], '户主']],
    [[E[17], '户主'], [E[18], '配偶']],
    [[E[19], '户主']],
  ];
  const pl = builder();
  pl.add(['南雄市建档立卡贫困人口名单（电商培训对象）', null, null, null, null, null, null, null, null], ['A#:I#']);
  pl.add(['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工']);
  const names = {};
  // full names in list order, matching sex (17th ID digit) and relation
  const fullNames = ['李国强', '邓秀兰', '李树林', '王水生', '王冬生', '谢石保', '陈玉梅', '刘美英', '孔火根', '孔木生',
    '朱桂根', '赖桂兰', '叶观福', '叶发财', '叶发祥', '邓福来', '钟春莲', '王建国', '曾梅珍', '王月娥',
    '陈志雄', '陈长根', '孔新民', '黄凤娇', '朱启明', '赖运来', '叶雪芳', '彭亚妹'];
  let gi = 0;
  const pname = () => fullNames[gi++];
  let pn = 0, hi = 0;
  for (const h of households) {
    const vill = villagesOfPoor[hi % villagesOfPoor.length];
    const town = towns.find(([, ns]) => ns.includes(vill.replace(/村$/, '')))[0];
    const headName = pname();
    h.forEach(([p, relation], j) => {
      const nm = j === 0 ? headName : pname();
      if (/之父|之子|之弟|之妹/.test(relation)) assert(nm[0] === headName[0], 'surname of ' + nm);
      names[p.tag] = nm;
      const labour = p.tag.startsWith('N') ? '无劳动能力' : '有劳动能力';
      const migrant = p.tag.startsWith('M') ? '是' : '否';
      pl.add([++pn, town, vill, headName, nm, relation, p.id, labour, migrant]);
    });
    hi++;
  }
  assert(new Set(Object.values(names)).size === 28, 'distinct names');
  assert(pn === 28, '28 persons');

  // ---------- 表3-2 poor-person sign-ins
  const S = (p, date) => ({ p, date });
  const signins = [
    S(E[0], '2020-06-17'), S(E[1], '2020-06-17'), S(E[2], '2020-09-24'), S(E[3], '2020-09-24'),
    S(E[4], '2020-10-29'), S(M[0], '2020-10-29'), S(E[5], '2020-10-29'), S(E[6], '2020-10-29'),
    S(E[0], '2021-01-21'), S(E[7], '2021-01-21'), S(N[1], '2021-01-21'), S(E[8], '2021-03-18'),
    S(E[9], '2021-04-22'), S(M[2], '2021-04-22'), S(E[10], '2021-05-27'), S(E[11], '2021-06-24'),
    S(E[12], '2021-08-12'), S(E[13], '2021-09-16'),
  ];
  const si = builder();
  si.add(['南雄市建档立卡贫困户电商培训签到汇总', null, null, null, null, null], ['A#:F#']);
  si.add(['序号', '姓名', '身份证号', '所在村', '参训日期', '培训期次']);
  signins.forEach((s, i) => {
    const id = s.p.id.endsWith('X') ? s.p.id.slice(0, 17) + 'x' : s.p.id; // clerk typed a lower-case x
    const sessIdx = sessions.findIndex((x) => x[0] === s.date);
    assert(sessIdx >= 0, 'sign-in date is a session date');
    si.add([i + 1, names[s.p.tag], id, null, D(s.date), `第${sessIdx + 1}期`]);
  });
  const eligible = new Set(E.map((p) => p.id));
  const trained = new Set(signins.filter((s) => s.date <= ASOF && eligible.has(s.p.id)).map((s) => s.p.id));
  assert(eligible.size === 20 && trained.size === 13, 'poor rate 13/20');
  const signinValid = signins.filter((s) => s.date <= ASOF).length;
  assert(signinValid === 17, '17 sign-ins before cut-off');
  assert((valid + signinValid) * 1000 < 335000 * 10, 'with sign-ins still <1%');

  // ---------- 表5 park enterprises
  const ent = [
    // name, code, type, entered, left, note
    ['南雄市珠玑农特产品电子商务有限公司', '91440282MA4WJ3K21B', '销售型', '2020-06-15', null, '2021年3月更名为南雄市珠玑优选电子商务有限公司'],
    ['韶关市雄州网络科技有限公司', '91440282MA53C7PX0F', '平台型', '2020-06-15', null, null],
    ['南雄市银杏坊电子商务有限公司', '91440282MA4X1BQ45C', '销售型', '2020-07-02', null, null],
    ['南雄市邮政速递物流分公司电商仓', '91440282MA51R8GH7K', '物流企业', '2020-07-02', null, null],
    ['南雄市帽峰山货网络科技有限公司', '91440282MA52D6LT3N', '销售型', '2020-08-10', '2021-04-30', '已退出'],
    ['南雄市梅关电商运营服务有限公司', '91440282MA55K2WQ8R', '电商运营商', '2020-08-10', null, null],
    ['南雄市黄烟坊食品商行', '92440282MA4YB03U6D', '销售型', '2020-09-01', null, null],
    ['广东雄农供应链管理有限公司', '91440282MA54NE9Y1X', '物流企业', '2020-09-01', null, null],
    ['南雄市三影塔文化传媒有限公司', '91440282MA56TT2M4H', '电商运营商', '2020-10-20', null, '代运营、直播'],
    ['南雄市油山农家乐电子商务有限公司', '91440282MA4ZK8PC2J', '销售型', '2020-10-20', null, null],
    ['南雄市乌迳腊味网店', '92440282MA52QH7W5A', '销售型', '2020-11-16', null, null],
    ['南雄市珠玑优选电子商务有限公司', '91440282MA4WJ3K21B', '销售型', '2021-03-08', null, '原南雄市珠玑农特产品电子商务有限公司，更名'],
    ['南雄市顺达快递服务有限公司', '91440282MA53Y4BA6G', '物流企业', '2020-11-16', null, null],
    ['南雄市好山货网络平台有限公司', '91440282MA57A1VD9P', '平台型', '2020-12-07', null, null],
    ['南雄市湖口米业电子商务有限公司', '91440282MA51F6JN3Q', '销售型', '2020-12-07', null, null],
    ['南雄市青禾电商代运营工作室', '92440282MA55XR0T2U', '电商运营商', '2021-01-11', null, null],
    ['南雄市坪田竹笋专业合作社网店', '93440282MA4YLU5E7W', '销售型', '2021-01-11', null, null],
    ['南雄市雄州优品商贸有限公司', '91440282MA56HF3K1Y', '销售型', '2021-03-08', null, null],
    ['南雄市光影摄影美工服务部', '92440282MA57GG4S8E', '摄影美工服务', '2021-04-19', null, null],
    ['韶关市南粤购网络平台有限公司南雄分公司', '91440282MA58BX2C5L', '平台型', '2021-05-24', null, null],
    ['南雄市鱼鲜村土货电子商务有限公司', '91440282MA58PZ7D0M', '销售型', '2021-07-05', null, null],
    ['南雄市小雄直播电商有限公司', '91440282MA59CQ1E3T', '电商运营商', '2021-09-06', null, '9月新入驻'],
  ];
  const el = builder();
  el.add(['南雄市电子商务产业园入驻企业清单', null, null, null, null, null, null], ['A#:G#']);
  el.add(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']);
  ent.forEach((e, i) => el.add([i + 1, e[0], e[1], e[2], D(e[3]), e[4] ? D(e[4]) : null, e[5]]));
  const atCut = ent.filter((e) => e[3] <= ASOF && !(e[4] && e[4] < ASOF));
  const distinct = new Set(atCut.map((e) => e[1]));
  assert(ent.length === 22 && distinct.size === 19, '19 enterprises at cut-off');

  // ---------- 表6 funds
  const funds = [
    ['2020-03-26', '电子商务公共服务中心建设（首期）', '南雄市电商公共服务中心运营方', 680000, '记-2020-03-018'],
    ['2020-07-15', '村级电商服务站点建设（第一批）', '中标服务商', 452800, '记-2020-07-021'],
    ['2020-10-12', '电商人才培训（第一期）', '培训服务机构', 186500, '记-2020-10-009'],
    ['2020-12-10', '电子商务公共服务中心建设（二期）', '南雄市电商公共服务中心运营方', 520000, '记-2020-12-031'],
    ['2021-01-28', '县乡村三级物流配送体系建设', '物流服务商', 613400, '记-2021-01-017'],
    ['2021-04-16', '村级电商服务站点建设（第二批）', '中标服务商', 398600, '记-2021-04-012'],
    ['2021-06-30', '电商人才培训（第二期）', '培训服务机构', 215300, '记-2021-06-027'],
    ['2021-08-20', '品牌推广及网销调研', '营销服务机构', 346000, '记-2021-08-015'],
    ['2021-09-08', '农产品冷链及溯源系统', '系统集成商', 300000, '记-2021-09-006'],
  ];
  const fl = builder();
  fl.add(['南雄市电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null], ['A#:G#']);
  fl.add(['单位：元', null, null, null, null, null, null], ['A#:G#']);
  fl.add(['序号', '拨付日期', '项目名称', '收款单位', '拨付金额（元）', '凭证号', '备注']);
  funds.forEach((x, i) => fl.add([i + 1, D(x[0]), x[1], x[2], x[3], x[4], null]));
  const fundTotal = funds.reduce((s, x) => s + x[3], 0);
  fl.add(['合计', null, null, null, fundTotal, null, null], ['A#:D#']);
  const spent = funds.filter((x) => x[0] <= ASOF).reduce((s, x) => s + x[3], 0);
  assert(spent === 3412600 && fundTotal === 3712600, 'funds');
  assert(spent * 100 < 5000000 * 70 && fundTotal * 100 >= 5000000 * 70, 'rate <70%, would be ≥70% with Sept row');

  // ---------- 表7 report log: "9月8日", years in divider rows
  const rl = builder();
  rl.add(['南雄市电子商务进农村工作报送登记表', null, null, null, null, null], ['A#:F#']);
  rl.add(['序号', '报送时间', '报送内容', '报送方式', '是否附电商扶贫统计', '经办人']);
  const reps = [
    '2020年',
    ['7月9日', '6月份工作进展', '邮件', '无'], ['8月10日', '7月份工作进展', '邮件', '无'],
    ['9月8日', '8月份工作进展及电商扶贫统计', 'OA', '有'], ['10月12日', '9月份工作进展', 'OA', '有'],
    ['11月9日', '10月份工作进展', 'OA', '无'], ['12月8日', '11月份工作进展', 'OA', '有'],
    '2021年',
    ['1月11日', '12月份及2020年度工作总结', 'OA', '有'], ['2月5日', '1月份工作进展', '邮件', '无'],
    ['3月9日', '2月份工作进展', 'OA', '有'], ['4月8日', '3月份工作进展', 'OA', '有'],
    ['5月10日', '4月份工作进展', 'OA', '无'], ['6月8日', '5月份工作进展', 'OA', '有'],
    ['7月9日', '6月份工作进展及上半年总结', 'OA', '有'], ['8月9日', '7月份工作进展', 'OA', '有'],
  ];
  let rn = 0, yr = null;
  const repMonths = new Set();
  for (const x of reps) {
    if (typeof x === 'string') { yr = x.slice(0, 4); rl.add([x, null, null, null, null, null], ['A#:F#']); continue; }
    rl.add([++rn, x[0], x[1], x[2], x[3], '李××']);
    const mo = String(Number(x[0].split('月')[0])).padStart(2, '0');
    repMonths.add(`${yr}-${mo}`);
  }
  const windowMonths = [];
  for (let i = 0; i < 12; i++) { const d = new Date(Date.UTC(2020, 8 + i, 1)); windowMonths.push(d.toISOString().slice(0, 7)); }
  assert(windowMonths.every((mm) => repMonths.has(mm)), 'reports every month');

  // ---------- 表8 disclosures
  const disc = ['2020-08-25', '2020-09-18', '2020-10-20', '2020-11-17', '2020-12-22', '2021-01-19', '2021-03-05', '2021-03-26',
    '2021-04-21', '2021-05-20', '2021-06-18', '2021-07-20', '2021-08-19', '2021-09-10'];
  const titles = ['示范创建项目建设进度公示', '专项资金使用情况公示', '村级站点建设进度', '培训开展情况公示'];
  const dl = builder();
  dl.add(['南雄市政府网站“电子商务进农村综合示范”专栏更新记录', null, null, null, null], ['A#:E#']);
  dl.add(['序号', '发布日期', '标题', '栏目', '网址']);
  disc.forEach((d, i) => dl.add([i + 1, D(d), `${titles[i % 4]}（${d.slice(0, 4)}年${Number(d.slice(5, 7))}月）`, '项目进度', 'http://www.gdnx.gov.cn/…']));
  const discMonths = new Set(disc.map((d) => d.slice(0, 7)));
  assert(windowMonths.filter((mm) => discMonths.has(mm)).length === 11 && !discMonths.has('2021-02'), 'disclosure 11/12');

  // ---------- 表9 media (level only in 来源)
  const md = builder();
  md.add(['南雄市电子商务进农村宣传报道情况', null, null, null, null], ['A#:E#']);
  md.add(['序号', '日期', '标题', '来源', '备注']);
  const media = [
    ['2020-11-20', '南雄：电商助力银杏、黄烟走出大山', '韶关日报', '第2版'],
    ['2021-04-22', '南雄：小网店带富一方乡亲', '南方日报', 'SC03版'],
    ['2021-04-23', '南雄电商公共服务中心：让山货“触网”', '南方+客户端', '网络'],
    ['2021-06-10', '南雄电商扶贫：贫困户的腊鸭卖上了网', '韶关广播电视台《韶关新闻联播》', '视频'],
    ['2021-09-03', '南雄市举行电商进农村示范创建成果展', '南雄市融媒体中心', '网络'],
    ['2021-09-20', '广东南雄：电商扶贫让山货变“网红”', '中央电视台农业农村频道（CCTV-17）', '视频'],
  ];
  media.forEach((x, i) => md.add([i + 1, D(x[0]), x[1], x[2], x[3]]));

  // ---------- 表10 materials
  const ml = builder();
  ml.add(['南雄市经验材料报送情况', null, null, null, null], ['A#:E#']);
  ml.add(['序号', '报送日期', '材料名称', '报送对象', '报送方式']);
  ml.add([1, D('2021-03-15'), '南雄市电子商务进农村综合示范创建经验做法', '韶关市商务局', 'OA']);
  ml.add([2, D('2021-07-20'), '南雄市电商扶贫典型案例——“腊味+电商”带贫模式', '韶关市商务局', '邮件']);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 5, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': -5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scoredSum = Object.entries(points).filter(([id]) => !id.startsWith('bonus.') && !id.startsWith('veto.')).reduce((s, [, p]) => s + p, 0);
  assert(scoredSum === 73, 'total 73');
  assert(2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1 === 12, 'center 12');
  assert(2 + 2 + 1 + 0 + 1 + 2 === 8, 'upward 8');

  write('counties', 'b15-c1-nanxiong.json', {
    description:
      '南雄市整本工作簿（12张表，表名“表1 基本情况”…“表10 经验材料”）。表1是填空式表格：每行一句话拆在几格里，空格处填值，单位写在下一格（“全市常住人口|33.5|万人（户籍人口|48.6|万人）。”），自评分也这样填。' +
      '台账新特征：表3-1培训按期次、人次分“男”“女”两列须相加；表9宣传报道没有级别/形式列，级别与是否电视只看“来源”；表7报送时间只写“9月8日”，年份在“2020年”“2021年”分隔行；表2-2建成时间混有“2020年5月”、真日期、“2020.5.2”文本；表3-2签到里身份证末位X写成小写x。' +
      '陷阱：户籍人口48.6万；表1自报“产业园入驻企业22家”但截至8月31日只有19家（一家更名重复同一信用代码、一家2021-04-30退出、一家2021-09-06入驻）；表1说快递覆盖100%但表2-1西坑村“否”；' +
      '站点：珠玑村两站、永康社区站、梅岭林场（不在名单）、梅坑村2021-09-10建站都不增加覆盖（41/60=68.3%，多算一个就到70%）；培训：2021-09-16那期420人次和合计行不算，陈志雄只在2021-09-16参训、李国强参训两次、外出务工的王冬生叶发祥和无劳动能力的刘美英参训都不算（13/20=65%，多算一个就到70%得加分）；' +
      '资金：2021-09-08拨付30万和合计行不算，支出率68.25%<70%倒扣5分；媒体：县融媒体中心和CCTV-17都在截止日后；填报日期2021年9月7日不是截止日；“2021年1-8月 5.01亿元”不是2020年数。',
    sheets: [
      { name: '表1 基本情况', rows: f.rows, merges: f.merges },
      { name: '表2-1 村（居）委会名单', rows: vl.rows, merges: vl.merges },
      { name: '表2-2 村级站点清单', rows: sl.rows, merges: sl.merges },
      { name: '表3-1 培训台账（按期次）', rows: tr.rows, merges: tr.merges },
      { name: '表3-2 贫困户参训签到', rows: si.rows, merges: si.merges },
      { name: '表4 建档立卡贫困人口', rows: pl.rows, merges: pl.merges },
      { name: '表5 产业园入驻企业', rows: el.rows, merges: el.merges },
      { name: '表6 资金拨付台账', rows: fl.rows, merges: fl.merges },
      { name: '表7 工作报送登记', rows: rl.rows, merges: rl.merges },
      { name: '表8 专栏更新记录', rows: dl.rows, merges: dl.merges },
      { name: '表9 宣传报道', rows: md.rows, merges: md.merges },
      { name: '表10 经验材料', rows: ml.rows, merges: ml.merges },
    ],
    expect: {
      asOf: ASOF,
      total: 73,
      bonus: 0,
      vetoed: false,
      points,
    },
    derivation: [
      'org.leadership: 表1第3项 市长任组长（主要领导；分管副市长只是常务副组长），成员单位含商务局、财政局、农业农村局、乡村振兴局 → 2',
      'org.plan: 方案已正式印发“是”，自评2分（1–2）→ 2',
      'org.policy: 政策已出台“是”，自评1分（1–2）→ 1',
      'org.management: 项目管理制度自评2 + 工作台账自评1 → 3',
      'work.center: 中心2020-12-18运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（运行满6个月）→ 2；免费培训场所 是 → 2；免费展示销售 是 → 1；免费摄影美工 是 → 1；统一推广品牌 是 → 1；其他衍生服务 否 → 0；产业园 是 → 2；表5截至2021-08-31在园企业：22行 − 1行更名重复（信用代码91440282MA4WJ3K21B两行）− 南雄市帽峰山货（2021-04-30退出）− 南雄市小雄直播（2021-09-06入驻）= 19 < 20 → 0（表1自报22家不作数）；类型 销售型/平台型/物流企业/电商运营商/摄影美工服务 ≥3 → 1；合计 2+2+2+1+1+1+0+2+0+1 = 12',
      'work.coverage: 表2-1行政村60个（5个社区/居委会不计）；表2-2共45行，截止日前有站点的不同行政村41个（珠玑村第二个站“珠玑古巷电商服务点”不重复计；永康社区站不计；梅岭林场不在名单、不计并警告；梅坑村站2021-09-10建成、不计）→ 41/60 = 68.3%，在50%–70% → 2；省定贫困村10个，截止日前覆盖9个（梅坑村未覆盖）= 90%，在80%–100% → 3；合计 5',
      'work.upward: 网销调研自评2 + 促销自评2 + 第三方运营服务商 是 1 + 快递覆盖 0（表2-1有“快递物流是否通达”列，帽子峰镇西坑村为“否”，以名单为准，表1“是”不采信并警告）+ 交易标准及冷链溯源自评1 + 增速：农产品 1.46亿/1.08亿 − 1 = 35.2% ≥ 30% → 2（农村网络零售额6.95/5.62−1=23.7%不够，但任一即可）= 8',
      'work.training: 人次：表3-1截止日前14期 男1395 + 女1569 = 2964（2021-09-16一期420人次和合计行不计），加表3-2截止日前签到17行 = 2981；2981 ÷ min(335000, 500000) = 0.890%（只计表3-1为0.885%），在0.8%–1% → 8；贫困人口培训率：表4有劳动能力且未外出务工20人，其中身份证号在截止日前签到中出现的13人（李国强两次计1人；陈志雄仅2021-09-16参训不计；外出务工的王冬生、叶发祥和无劳动能力的刘美英参训但不在分母也不在分子；小写x按X匹配）= 13/20 = 65% ≥ 50% → 10；合计 18',
      'info.disclosure: 表1第16项 创建方案、项目基本信息、建设进度、征求意见或监督举报窗口均为“是” → 2；表8更新记录在2020-09…2021-08窗口内覆盖11个月（缺2021年2月；2020-08-25、2021-09-10在窗口外）→ 不定时 1；合计 3',
      'info.reporting: 表7按分隔行定年份，2020年9月至2021年8月12个月每月都有报送 → 3；有“是否附电商扶贫统计：有”的记录（且表1第17项“是”）→ 3；合计 6',
      'promo.cases: 表10 2021-03-15、2021-07-20向韶关市商务局报送经验材料，均在截止日前 → 2',
      'promo.media: 截止日前：南方日报、南方+客户端（省）→ 4；韶关日报、韶关广播电视台（市）→ 3；南雄市融媒体中心（县）2021-09-03在截止日后不计 → 0；合计 7',
      'fund.system: 自评5（1–5）→ 5',
      'fund.ledger: 自评4（1–5）→ 4',
      'fund.spending: 表6截止日前8笔 680000+452800+186500+520000+613400+398600+215300+346000 = 3,412,600元 ÷ 下达5,000,000元 = 68.25% < 70% → 倒扣 −5（2021-09-08拨付300,000元和合计行3,712,600不计；自评4分因此不适用）',
      'bonus.poorTraining: 贫困人口培训率65% < 70% → 0',
      'bonus.tvCase: 截止日前的电视报道只有韶关广播电视台（市级，不加分）；CCTV-17 2021-09-20在截止日后 → 0',
      'veto.incident: 表1第20项 安全生产、质量事故或重大损失“否” → 不否决，0',
      'veto.progress: 表1第19项 项目总体进度85% ≥ 40% → 不否决，0',
      'veto.fraud: 弄虚作假“否” → 不否决，0',
      '合计: 组织8（2+2+1+3）+ 工作43（12+5+8+18）+ 信息9（3+6）+ 宣传9（2+7）+ 资金4（5+4−5）= 73；加分0；未否决 → total 73',
    ],
  });
})();

console.log('batch15 written');
