'use strict';
// Batch 49 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Blind corpus batch 49 — generator. Deterministic; no dependencies.
const fs = require('fs');

// ---------------------------------------------------------------- helpers
function write(dir, name, obj) {
  const d = path.join(ROOT, dir);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
const D = (s) => ({ date: s });
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle(arr, r) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * w[i];
  return '10X98765432'[sum % 11];
}
function makeId(r, area, yFrom, yTo) {
  const y = yFrom + Math.floor(r() * (yTo - yFrom + 1));
  const m = 1 + Math.floor(r() * 12);
  const dd = 1 + Math.floor(r() * 28);
  const seq = pad(Math.floor(r() * 1000), 3);
  const s17 = area + y + pad(m) + pad(dd) + seq;
  return s17 + idCheck(s17);
}
const SURN = '陈李黄梁张林吴何谭伍区钟麦罗冯赵莫邓叶余卢杨周'.split('');
const GIV = ['秀英', '志强', '美玲', '国华', '少芳', '伟明', '桂兰', '家豪', '碧霞', '锦荣', '淑娴', '振兴', '玉珍', '文辉', '惠娟', '德胜', '雪梅', '汉光', '丽萍', '树根', '月娥', '永康', '凤仪', '建新', '婉婷', '观带', '润好', '耀祖', '金娣', '绍基'];
function makeNames(r, n) {
  const out = [];
  const seen = new Set();
  while (out.length < n) {
    const nm = SURN[Math.floor(r() * SURN.length)] + GIV[Math.floor(r() * GIV.length)];
    if (!seen.has(nm)) { seen.add(nm); out.push(nm); }
  }
  return out;
}

// ===================================================================== F1 紫金
function f1() {
  // [code, name, unit, value, status, hint, handling]
  const items = [
    ['JB-01', '县（市、区）名称', '文本', '紫金县', '通过', '', ''],
    ['JB-02', '考评截止日期', 'yyyy-mm-dd', '2021-08-31', '通过', '', ''],
    ['JB-03', '常住人口', '人', 61.36, '错误', '数值小于1000，计量单位为“人”，请核实是否按万人填报', '已改为613600（原误按万人填）'],
    ['JB-04', '行政村数', '个', 229, '通过', '', ''],
    ['JB-05', '省定贫困村数', '个', 39, '通过', '', ''],
    ['ZZ-01', '示范县工作方案是否正式印发', '是/否', '是', '通过', '', ''],
    ['ZZ-02', '支持农村电商发展的政策是否出台', '是/否', '是', '通过', '', ''],
    ['ZZ-03', '领导小组组长', '文本', '县委副书记、县长', '通过', '', ''],
    ['ZZ-04', '领导小组成员单位', '文本', '县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、紫金邮政分公司', '通过', '', ''],
    ['FW-01', '县级电子商务公共服务中心投入运营日期', 'yyyy-mm-dd', '2020-12-18', '通过', '', ''],
    ['FW-02', '有免费培训场所、培训设备', '是/否', '是', '通过', '', ''],
    ['FW-03', '为特色农产品提供免费展示、销售服务', '是/否', '是', '通过', '', ''],
    ['FW-04', '为电商市场主体提供免费摄影、美工服务', '是/否', '否', '警告', '该项填“否”将影响得分，请确认', '已确认：摄影棚未建成，维持“否”'],
    ['FW-05', '组织农产品统一推广、指导品牌建设', '是/否', '是', '通过', '', ''],
    ['FW-06', '提供其他衍生增值服务', '是/否', '是', '通过', '', ''],
    ['FW-07', '建设或整合、优化电商产业园', '是/否', '是', '通过', '', ''],
    ['FW-08', '有专业第三方电子商务运营或服务商', '是/否', '是', '通过', '', ''],
    ['FW-09', '行政村物流快递覆盖率', '%', 100, '通过', '', ''],
    ['SX-01', '2019年农村网络零售额', '万元', 98560, '通过', '', ''],
    ['SX-02', '2020年农村网络零售额', '万元', 126350, '通过', '', ''],
    ['SX-03', '2020年农村网络零售额同比增速', '%', 28.2, '通过', '', ''],
    ['SX-04', '2019年农产品网络零售额', '万元', 31240, '通过', '', ''],
    ['SX-05', '2020年农产品网络零售额', '万元', 32180, '通过', '', ''],
    ['SX-06', '2020年农产品网络零售额同比增速', '%', 30.1, '错误', '与SX-04、SX-05计算结果（3.0%）不一致，请核实', '经核，SX-05（2020年农产品网络零售额）误填，已改为40,650万元；本项增速30.1%不变'],
    ['PX-01', '累计培训人次', '人次', '6,318', '通过', '', ''],
    ['PX-02', '有劳动能力且未外出务工的建档立卡贫困人口', '人', 2146, '警告', '与上次填报（2,203）差异超过2%', '已核实：剔除2021年新增外出务工57人，数据无误'],
    ['PX-03', '参加培训的建档立卡贫困人口', '人', 1187, '通过', '', ''],
    ['GK-01', '专栏公示创建方案', '是/否', '是', '通过', '', ''],
    ['GK-02', '专栏公示项目基本信息', '是/否', '是', '通过', '', ''],
    ['GK-03', '专栏公示项目建设进度', '是/否', '是', '通过', '', ''],
    ['GK-04', '专栏设立征求意见或监督举报窗口', '是/否', '否', '警告', '该项填“否”将影响得分，请确认', '截至8月31日未设置；已于9月3日增设监督举报邮箱，本次填报不作修改'],
    ['GK-05', '能统计电商扶贫情况', '是/否', '是', '通过', '', ''],
    ['ZJ-01', '下达资金总额', '万元', 2000, '通过', '', ''],
    ['ZJ-02', '累计拨付资金', '万元', '1,652.38', '通过', '', ''],
    ['ZJ-03', '已制定资金管理制度', '是/否', '是', '通过', '', ''],
    ['ZJ-04', '已建立资金专用台账', '是/否', '是', '通过', '', ''],
    ['ZJ-05', '项目总体进度', '%', 92, '通过', '', ''],
    ['FJ-01', '发生安全生产、质量事故或重大经济损失', '是/否', '否', '通过', '', ''],
    ['FJ-02', '存在弄虚作假行为', '是/否', '否', '通过', '', ''],
    ['PF-01', '方案制定（自评分）', '分（1-2）', 2, '通过', '', ''],
    ['PF-02', '政策支持（自评分）', '分（1-2）', 2, '通过', '', ''],
    ['PF-03', '项目管理—管理制度（自评分）', '分（1-2）', 2, '通过', '', ''],
    ['PF-04', '项目管理—工作台账（自评分）', '分（1-2）', 2, '通过', '', ''],
    ['PF-05', '网销调研（自评分）', '分（1-2）', 2, '通过', '', ''],
    ['PF-06', '网络促销活动（自评分）', '分（1-2）', 3, '错误', '超出分值范围（1-2）', '已改为2'],
    ['PF-07', '交易标准与冷链溯源（自评分）', '分（1-2）', 1, '通过', '', ''],
    ['PF-08', '资金管理制度（自评分）', '分（1-5）', 5, '通过', '', ''],
    ['PF-09', '资金台账（自评分）', '分（1-5）', 4, '通过', '', ''],
    ['PF-10', '资金及时拨付（自评分）', '分（1-5）', null, '警告', '未填写', '待局务会研究后补填'],
  ];
  const nOk = items.filter((x) => x[4] === '通过').length;
  const nWarn = items.filter((x) => x[4] === '警告').length;
  const nErr = items.filter((x) => x[4] === '错误').length;
  const rows = [
    ['广东省电子商务进农村综合示范考评填报系统　数据校验报告', null, null, null, null, null, null, null],
    ['填报单位：紫金县商务局', null, null, null, '报告生成时间：2021-09-06 16:42:18', null, '校验规则版本：V2.3', null],
    [`校验结果：共 ${items.length} 项，通过 ${nOk} 项，警告 ${nWarn} 项，错误 ${nErr} 项（“错误”项须修改后方可提交；“处理情况”一栏由填报人线下填写）`, null, null, null, null, null, null, null],
    [],
    ['序号', '字段编码', '字段名称', '计量单位', '填报值', '校验状态', '校验提示', '处理情况（填报人填写）'],
  ];
  items.forEach((it, i) => rows.push([i + 1, it[0], it[1], it[2], it[3], it[4], it[5] || null, it[6] || null]));
  rows.push([]);
  rows.push(['注：1．系统中的数据以“处理情况”栏修改后的数值为准，已于9月7日在系统中同步修改并重新提交。', null, null, null, null, null, null, null]);
  rows.push(['　　2．警告项不影响提交，已逐项核实。', null, null, null, null, null, null, null]);
  rows.push([null, null, null, null, '填报人：钟××', null, '审核人：刘××', null]);
  const n = rows.length;
  const sheet = {
    name: '校验结果',
    rows,
    merges: ['A1:H1', 'A3:H3', `A${n - 2}:H${n - 2}`, `A${n - 1}:H${n - 1}`],
  };
  const expect = {
    facts: {
      county: '紫金县',
      asOf: '2021-08-31',
      residentPopulation: 613600,
      adminVillagesStated: 229,
      poorVillagesStated: 39,
      planIssued: true,
      policyIssued: true,
      centerOpened: '2020-12-18',
      centerFreeTraining: true,
      centerDisplay: true,
      centerPhoto: false,
      centerBrand: true,
      centerOther: true,
      parkBuilt: true,
      thirdPartyOperator: true,
      expressCoverage: true,
      ruralRetail2019: 985600000,
      ruralRetail2020: 1263500000,
      ruralRetailGrowthStated: 0.282,
      agriRetail2019: 312400000,
      agriRetail2020: 406500000,
      agriRetailGrowthStated: 0.301,
      trainingPersonTimesStated: 6318,
      eligiblePoorPersonsStated: 2146,
      trainedPoorPersonsStated: 1187,
      disclosurePlan: true,
      disclosureProjects: true,
      disclosureProgress: true,
      disclosureWindow: false,
      povertyStatisticsStated: true,
      fundAllocated: 20000000,
      fundSpentStated: 16523800,
      fundSystemIssued: true,
      fundLedgerKept: true,
      overallProgress: 0.92,
      vetoIncident: false,
      vetoFraud: false,
    },
    judged: {
      'org.plan': 2,
      'org.policy': 2,
      'org.management.system': 2,
      'org.management.ledger': 2,
      'work.upward.research': 2,
      'work.upward.promotion': 2,
      'work.upward.standards': 1,
      'fund.system': 5,
      'fund.ledger': 4,
    },
    leadership: 'principal-all',
  };
  write('facts', 'b49-f1-zijin.json', {
    description:
      '紫金县（河源）商务局交来的省考评填报系统《数据校验报告》导出表：序号|字段编码|字段名称|计量单位|填报值|校验状态|校验提示|处理情况（填报人线下填写），“错误”项的正确值只写在“处理情况”句子里（常住人口误按万人填61.36→613600；网络促销自评3分→2分），一处更正写在别的行（SX-06增速行的处理情况改的是上一行SX-05的2020年农产品网零额→40,650万元），警告项的处理情况只是说明（专栏举报窗口截止日后才设，仍为“否”），资金及时拨付自评分空着待定。',
    sheets: [sheet],
    expect,
  });
}

// ===================================================================== F2 和平
function f2() {
  const W = 12; // A..L
  const blank = () => new Array(W).fill(null);
  const r1 = blank(); r1[0] = '电子商务进农村综合示范县创建工作历程（展板第2块）';
  const r2 = blank(); r2[0] = '（按时间先后，左→右；✔为已完成，○为计划中）';
  const ev = [
    ['2019.11', '成立电子商务进农村综合示范工作领导小组，县委书记任组长，县长任常务副组长，成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）、县交通运输局、县邮政管理局', '✔ 已完成'],
    ['2019年12月20日', '县政府办公室印发《和平县电子商务进农村综合示范县创建工作方案》（和府办〔2019〕41号）', '✔ 已完成'],
    ['2020.3.18', '出台《和平县促进农村电子商务发展若干扶持措施》', '✔ 已完成'],
    ['2020年5月', '公开招标确定第三方专业电商运营服务商（广东和创电商供应链有限公司）', '✔ 已完成'],
    [D('2020-09-28'), '县电子商务公共服务中心（阳明镇）建成，投入运营', '✔ 已完成'],
    ['2020.12', '公共服务中心为全县电商主体提供免费培训、农特产品免费展示展销和免费摄影美工服务；县政府网站开设“电子商务进农村”专栏，公示创建方案和项目基本信息', '✔ 已完成'],
    ['2021.3.5', '和平县电商产业园开园（首批入驻企业12家）', '✔ 已完成'],
    ['2021年4月', '专栏新增“项目建设进度”栏目，设立监督举报信箱', '✔ 已完成'],
    ['2021.6.18', '举办“和平猕猴桃·618网络促销节”', '✔ 已完成'],
    ['2021.8', '全县226个行政村快递服务全覆盖', '✔ 已完成'],
    ['2021年10月', '建成农产品质量安全追溯平台，迎接省级考评验收', '○ 计划'],
  ];
  const r3 = blank(); r3[0] = '时间';
  const r4 = blank(); r4[0] = '节点';
  const r5 = blank(); r5[0] = '状态';
  ev.forEach((e, i) => { r3[i + 1] = e[0]; r4[i + 1] = e[1]; r5[i + 1] = e[2]; });
  const r7 = blank(); r7[0] = '关键数据';
  const data = [
    ['常住人口', '36.2万人', '七普数据'],
    ['行政村', '226个', '另有社区居委会18个'],
    ['省定贫困村', '28个', '—'],
    ['村级站点', '186个', '覆盖行政村171个'],
    ['累计培训', '5,215人次', '含线上直播培训'],
    ['贫困群众参训', '1,036人', '有劳动能力且未外出务工的2,012人中'],
    ['省级专项资金', '2000万元', '省财政下达'],
    ['已拨付', '1,588.6万元', '占下达资金79.4%'],
    ['2020年农村网络零售额', '6.85亿元', '同比增长31.7%（2019年5.20亿元）'],
  ];
  const r8 = blank(); r8[0] = '项目';
  const r9 = blank(); r9[0] = '数据';
  const r10 = blank(); r10[0] = '说明';
  data.forEach((e, i) => { r8[i + 1] = e[0]; r9[i + 1] = e[1]; r10[i + 1] = e[2]; });
  const r12 = blank(); r12[0] = '主观评分项自评（分）';
  const jl = ['方案制定', '政策支持', '项目管理制度', '工作台账', '网销调研', '网络促销', '交易标准与冷链溯源', '资金管理制度', '资金台账', '资金及时拨付'];
  const jv = [2, '2分', 2, 1, '1分', 2, 1, 4, '4分', 4];
  const r13 = blank(); r13[0] = '评分项';
  const r14 = blank(); r14[0] = '自评';
  jl.forEach((l, i) => { r13[i + 1] = l; r14[i + 1] = jv[i]; });
  const r16 = blank(); r16[0] = '制作：县商务局电商股　2021年9月　（喷绘前请再核对一遍数据！）';
  const rows = [r1, r2, r3, r4, r5, [], r7, r8, r9, r10, [], r12, r13, r14, [], r16];
  const sheet = { name: '展板-历程', rows, merges: ['A1:L1', 'A2:L2', 'A7:J7', 'A12:K12', 'A16:L16'] };
  write('facts', 'b49-f2-heping.json', {
    description:
      '和平县（河源）商务局电商股为迎检展板做的《创建工作历程》时间轴：横着排，第3行时间（2019.11、2019年12月20日、真日期、2020.12、2021年10月…）、第4行节点句子、第5行“✔ 已完成/○ 计划”，方案、政策、第三方、中心运营日期、中心免费服务、专栏公示内容、产业园、快递全覆盖、领导小组都只在节点句子里；下面“关键数据”横条（项目|数据|说明三行，有劳动能力未外出贫困人口2,012只在说明行里，2019年零售额和增速也在说明里）和主观评分项自评横条（“2分”与2混写）；没有县名标签。',
    sheets: [sheet],
    expect: {
      facts: {
        residentPopulation: 362000,
        adminVillagesStated: 226,
        poorVillagesStated: 28,
        planIssued: true,
        policyIssued: true,
        thirdPartyOperator: true,
        centerOpened: '2020-09-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        parkBuilt: true,
        expressCoverage: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        trainingPersonTimesStated: 5215,
        trainedPoorPersonsStated: 1036,
        eligiblePoorPersonsStated: 2012,
        fundAllocated: 20000000,
        fundSpentStated: 15886000,
        ruralRetail2019: 520000000,
        ruralRetail2020: 685000000,
        ruralRetailGrowthStated: 0.317,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
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

// ===================================================================== F3 揭西
function f3() {
  const rows = [
    ['揭西县电子商务进农村综合示范创建考评基础数据（两稿对照）', null, null, null, null, null],
    ['说明：A稿为电商股8月26日初稿（按2020年统计年报等口径）；B稿为按市局9月1日培训会要求调整后的数。9月3日局长办公会议定：一律按B稿上报，B稿空白的项目按A稿。', null, null, null, null, null],
    ['填报单位：揭西县商务局　　联系人：黄××　　电话：0663-55×××××', null, null, null, null, null],
    ['序号', '指标', '单位', 'A稿（8月26日）', 'B稿（9月1日调整）', '调整理由'],
  ];
  const sec = (t) => rows.push([t, null, null, null, null, null]);
  let n = 0;
  const it = (label, unit, a, b, why) => { n += 1; rows.push([n, label, unit, a, b === undefined ? null : b, why || null]); };
  sec('一、基本情况');
  it('县（市、区）', '—', '揭西县');
  it('数据截止时间', '—', '2021年8月31日');
  it('常住人口', '万人', 85.6, 69.83, '市局要求统一采用第七次人口普查数');
  it('行政村（村委会）数', '个', 281);
  it('其中：省定贫困村', '个', 40);
  it('社区（居委会）数', '个', 30);
  sec('二、组织领导');
  it('领导小组组长', '—', '分管副县长', '县委副书记、县长', '2020年6月领导小组调整（揭西府办〔2020〕17号）');
  it('成员单位', '—', '县商务局、财政局、农业农村局、扶贫办、交通运输局、邮政管理局', '县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司', '扶贫办已改为乡村振兴局，补充成员单位');
  it('示范县工作方案', '是否印发', '是');
  it('支持农村电商发展政策', '是否出台', '是');
  sec('三、服务体系');
  it('县级电商公共服务中心投入运营时间', '—', '2020年10月', '2020年10月16日', '按运营通知落款日期');
  it('免费培训场所和培训设备', '有/无', '有');
  it('农产品免费展示、销售', '有/无', '有');
  it('免费摄影、美工服务', '有/无', '有', '无', '摄影美工由运营商按件收费，不属免费');
  it('农产品统一推广、品牌建设指导', '有/无', '有');
  it('其他衍生增值服务', '有/无', '有');
  it('电商产业园', '—', '已建');
  it('专业第三方电商运营服务商', '有/无', '有');
  it('行政村物流快递覆盖率', '%', 100, 97.9, '县邮政管理局核实：281个行政村中6个未通快递');
  sec('四、农村产品上行与人才培训');
  it('2019年农村网络零售额', '亿元', 14.2);
  it('2020年农村网络零售额', '亿元', 17.6);
  it('农村网络零售额同比增长', '%', 23.9);
  it('2019年农产品网络零售额', '亿元', 3.1);
  it('2020年农产品网络零售额', '亿元', 4.12, 3.9, '剔除日用品等非农产品后重新测算');
  it('农产品网络零售额同比增长', '%', 32.9, 25.8, '随上项调整');
  it('累计培训人次', '人次', '7,460', '6,982', '只统计至8月31日');
  it('有劳动能力且未外出务工的建档立卡贫困人口', '人', '3,215');
  it('参加培训的建档立卡贫困人口', '人', '1,402', '1,365', '按身份证号去重');
  sec('五、信息公开及报送');
  it('专栏公示创建方案', '是/否', '是');
  it('专栏公示项目基本信息', '是/否', '是');
  it('专栏公示项目建设进度', '是/否', '是');
  it('专栏设征求意见或监督举报窗口', '是/否', '是');
  it('电商扶贫情况统计', '能/否', '能');
  sec('六、资金管理');
  it('省级专项资金下达总额', '万元', 2000);
  it('累计拨付', '万元', '1,736.5', '1,698.2', '9月上旬支付的38.3万元不计入');
  it('资金管理制度', '—', '已制定');
  it('资金专用台账', '—', '已建立');
  it('项目总体进度', '%', 95);
  sec('七、主观评分项自评');
  it('方案制定', '分（1-2）', 2);
  it('政策支持', '分（1-2）', 2);
  it('项目管理—管理制度', '分（1-2）', 2);
  it('项目管理—工作台账', '分（1-2）', 2, 1, '部分台账9月才补齐');
  it('网销调研', '分（1-2）', 2);
  it('网络促销活动', '分（1-2）', 2);
  it('交易标准与冷链溯源', '分（1-2）', 2, 1, '冷链溯源系统尚在建设');
  it('资金管理制度', '分（1-5）', 5);
  it('资金台账', '分（1-5）', 5, 4);
  it('资金及时拨付', '分（1-5）', 5, 4);
  sec('八、一票否决项');
  it('安全生产、质量事故或重大经济损失', '有/无', '无');
  it('弄虚作假', '有/无', '无');
  rows.push([]);
  rows.push(['经办：黄××　　审核：林××　　局长：（签字）', null, null, null, null, null]);
  const merges = ['A1:F1', 'A2:F2', 'A3:F3'];
  rows.forEach((r, i) => { if (typeof r[0] === 'string' && /^[一二三四五六七八]、/.test(r[0])) merges.push(`A${i + 1}:F${i + 1}`); });
  write('facts', 'b49-f3-jiexi.json', {
    description:
      '揭西县（揭阳）商务局的《考评基础数据（两稿对照）》：序号|指标|单位|A稿（8月26日）|B稿（9月1日调整）|调整理由，表头上方说明写明“一律按B稿上报，B稿空白的按A稿”，只有十来项填了B稿（常住人口改七普69.83万、组长由分管副县长改县长且成员单位改为含乡村振兴局、中心运营日期精确到日、摄影美工有→无、快递覆盖率100→97.9、农产品网零与增速、培训人次、参训贫困人口、累计拨付、三项自评分），其余取A稿；单位在单位列（万人、亿元、万元、%）。',
    sheets: [{ name: '考评数据（两稿对照）', rows, merges }],
    expect: {
      facts: {
        county: '揭西县',
        asOf: '2021-08-31',
        residentPopulation: 698300,
        adminVillagesStated: 281,
        poorVillagesStated: 40,
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
        ruralRetail2019: 1420000000,
        ruralRetail2020: 1760000000,
        ruralRetailGrowthStated: 0.239,
        agriRetail2019: 310000000,
        agriRetail2020: 390000000,
        agriRetailGrowthStated: 0.258,
        trainingPersonTimesStated: 6982,
        eligiblePoorPersonsStated: 3215,
        trainedPoorPersonsStated: 1365,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 20000000,
        fundSpentStated: 16982000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.95,
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
  });
}

// ===================================================================== L1 乳源
function l1() {
  const note = {
    name: '说明',
    rows: [
      ['乳源瑶族自治县农村电商培训及经验材料台账　说明'],
      ['1．《培训课程安排（汇总）》按期次把每期的课程表上下排列，每期下方“参训人数/实到学员/参训人次”一行为该期实到人数（人次）；签到表另册装订。'],
      ['2．多天的班在表头列出各天日期，人次按一期计一次，不按天数重复计算。'],
      ['3．《经验材料报送》登记本局撰写的全部材料，报送对象不限于市商务局。'],
      ['整理：县商务局电商股　2021年9月'],
    ],
    merges: ['A1:F1', 'A2:F2', 'A3:F3', 'A4:F4', 'A5:F5'],
  };
  const rows = [
    ['乳源瑶族自治县农村电子商务培训课程安排及到课情况汇总', null, null, null],
    ['（2020年9月—2021年9月）', null, null, null],
    [],
  ];
  const merges = ['A1:D1', 'A2:D2'];
  const records = [];
  function block(title, dates, slots, foot, rec) {
    rows.push([title, null, null, null]);
    merges.push(`A${rows.length}:D${rows.length}`);
    rows.push(['时段'].concat(dates));
    slots.forEach((s) => rows.push(s));
    rows.push(foot);
    rows.push([]);
    if (rec) records.push(rec);
  }
  block('第1期　农村电商基础普及班（乳城镇）', ['2020年9月24日（星期四）'],
    [['上午 9:00-11:30', '农村电商发展形势与扶持政策解读'], ['下午 14:30-17:00', '微信小店开店实操'], ['授课', '县电商公共服务中心　邓老师']],
    ['参训人数', '实到62人（签到表见附件1-1）'], { date: '2020-09-24', personTimes: 62 });
  block('第2期　农村电商基础普及班（大桥镇）', [D('2020-10-22')],
    [['上午', '手机拍照与短视频制作'], ['下午', '拼多多开店流程'], ['授课', '韶关学院　朱老师']],
    ['参训人数', 58], { date: '2020-10-22', personTimes: 58 });
  block('第3期　网店运营提升班（县电商中心二楼培训室）', ['2020.12.17', '12.18'],
    [['上午', '店铺装修与商品上架', '直通车推广'], ['下午', '商品拍摄与修图', '客服与售后'], ['晚上', '—', '结业考核'], ['授课', '第三方运营商讲师团队', '第三方运营商讲师团队']],
    ['参训人数', '46人（两天均到）'], { date: '2020-12-18', personTimes: 46 });
  block('第4期　瑶山特产电商普及班（必背镇）', ['21.1.14'],
    [['上午', '瑶山茶叶、竹笋网上销售案例'], ['下午', '快递寄递与包装'], ['授课', '县电商中心　盘老师']],
    ['实到学员', '39名'], { date: '2021-01-14', personTimes: 39 });
  block('第5期　直播带货实操班（三天，县电商中心直播间）', ['2021年3月9日', '3月10日', '3月11日'],
    [['上午', '直播平台规则', '选品与话术', '实战直播（分组）'], ['下午', '直播间搭建', '短视频引流', '复盘点评'], ['授课', '广州某MCN机构', '广州某MCN机构', '县电商中心']],
    ['参训人数', '35人'], { date: '2021-03-11', personTimes: 35 });
  block('第6期　线上直播公开课（一六镇分会场）', ['2021/5/20'],
    [['19:30-21:00', '抖音短视频与直播入门（线上）'], ['授课', '县电商中心　邓老师']],
    ['参训人次', '线上实时观看212人次（平台后台数据）'], { date: '2021-05-20', personTimes: 212 });
  block('第7期（原定，游溪镇）', ['2021.6.17'],
    [['全天', '因疫情防控要求取消，顺延至7月8日举办']],
    ['参训人数', '—（取消）'], null);
  block('第7期　农村电商基础普及班（游溪镇，顺延）', [D('2021-07-08')],
    [['上午', '农产品网销与品牌'], ['下午', '微信社群营销'], ['授课', '县电商中心　盘老师']],
    ['参训人数', 51], { date: '2021-07-08', personTimes: 51 });
  block('第8期　农产品品牌与包装设计班（2021年8月，县电商中心）', ['8月30日', '8月31日'],
    [['上午', '区域公用品牌“乳源彩石”介绍', '包装设计实操'], ['下午', '农产品标准化与分级', '作品点评'], ['授课', '县农业农村局、设计公司', '设计公司']],
    ['参训人数', '44人'], { date: '2021-08-31', personTimes: 44 });
  block('第9期　农村电商基础普及班（东坪镇）', ['2021.9.16'],
    [['上午', '农村电商政策'], ['下午', '网店开设'], ['授课', '县电商中心　邓老师']],
    ['参训人数', '48人（截止日后，列入下一年度）'], { date: '2021-09-16', personTimes: 48 });
  rows.push(['合计：已举办9期（第7期原定场次取消，未计），参训595人次；其中截至2021年8月31日8期547人次。', null, null, null]);
  merges.push(`A${rows.length}:D${rows.length}`);
  rows.push(['注：第6期为线上直播课，人次取平台实时观看人数。', null, null, null]);
  merges.push(`A${rows.length}:D${rows.length}`);
  rows.push([null, null, '制表：县电子商务公共服务中心', '2021年9月20日']);

  const mrows = [
    ['乳源瑶族自治县商务局经验材料、案例报送登记', null, null, null, null, null, null],
    ['序号', '材料名称', '报送对象', '报送方式', '报送时间', '采用情况', '备注'],
    [1, '《乳源县“电商+瑶绣”助力乡村振兴的做法》', '韶关市商务局', '粤政易', '2020.11.5', '市局《商务工作简报》第23期采用', null],
    [2, '同上（修改稿）', '韶关市商务局', '电子邮件', '2020.11.12', '—', '按市局意见补充数据后重报'],
    [3, '《必背镇电商服务站带动瑶山茶叶出山》', '县委办信息科', 'OA', '2021年1月8日', '县《每日要情》采用', '报县委，不是报市局'],
    [4, '《乳源瑶族自治县电子商务进农村综合示范工作经验总结》', '韶关市商务局、韶关市财政局', '纸质+电子邮件', D('2021-03-30'), '省商务厅网站转载', null],
    [5, '《“乳源彩石”直播带货案例》', '市商务局电商科', '微信工作群', '21.6.30', '未采用', null],
    [6, '《电商扶贫典型案例——游溪镇柑橘卖上网》', '韶关市商务局', null, '（待报，拟9月上旬）', null, '初稿修改中'],
    [],
    ['填表：李××　　　2021年9月', null, null, null, null, null, null],
  ];
  write('ledgers', 'b49-l1-ruyuan.json', {
    description:
      '乳源瑶族自治县（韶关）电商中心与商务局交的两张表加说明页：①《培训课程安排及到课情况汇总》把每期培训的课程表上下叠放——每期一个合并标题行，下面“时段”行的各列是该期的上课日期（多天班一天一列，续列只写“12.18”“3月10日”“8月31日”不写年份，年份在首列或标题里；日期有文本、真日期、两位年份21.1.14、2021/5/20），课表格子是课程名，期末一行“参训人数/实到学员/参训人次”写实到人次（“实到62人（签到表见附件1-1）”“39名”“线上实时观看212人次”、数字），原定第7期因疫情取消（“—（取消）”）不是记录，截止日后一期照列，表尾合计和注；②《经验材料报送登记》只有报送对象为韶关市商务局（含“市商务局电商科”、市商务局与财政局联报、修改稿重报）的才是记录，报县委信息科的和“待报”的不是。',
    sheets: [note, { name: '培训课程安排（汇总）', rows, merges }, { name: '经验材料报送', rows: mrows, merges: ['A1:G1', 'A10:G10'] }],
    expect: {
      sheets: {
        '说明': { kind: null },
        '培训课程安排（汇总）': { kind: 'training', records },
        '经验材料报送': {
          kind: 'materials',
          records: [{ date: '2020-11-05' }, { date: '2020-11-12' }, { date: '2021-03-30' }, { date: '2021-06-30' }],
        },
      },
    },
  });
}

// ===================================================================== L2 武江
function creditCode(r) {
  const cs = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let s = '91440203MA5';
  while (s.length < 18) s += cs[Math.floor(r() * cs.length)];
  return s;
}
function l2() {
  // ---- media clippings
  const rows = [
    ['武江区电子商务进农村综合示范宣传报道剪报册（2020—2021）', null, null, null, null, null],
    ['整理：区商务局电商股　（按刊发时间先后粘贴，原件另册装订）', null, null, null, null, null],
    [],
  ];
  const merges = ['A1:F1', 'A2:F2'];
  function clip(no, head, pubs, abs, note) {
    rows.push([no, head, null, null, null, null]);
    merges.push(`B${rows.length}:F${rows.length}`);
    pubs.forEach((p) => rows.push(p));
    rows.push(['摘要', abs, null, null, null, null]);
    merges.push(`B${rows.length}:F${rows.length}`);
    rows.push(['备注', note, null, null, null, null]);
    merges.push(`B${rows.length}:F${rows.length}`);
    rows.push([]);
  }
  clip('【01】', '武江：电商服务站开进龙归镇　农产品“触网”出山',
    [['刊发', '《南方日报》2020年10月15日　第SC03版（韶关观察）']],
    '龙归镇首批6个村级电商服务站挂牌，村民在家门口即可网上代购代销。', '区商务局 李××提供');
  clip('【02】', '西联镇首场助农直播　一晚卖出沙田柚3万斤',
    [['刊发', '武江发布（区融媒体中心微信公众号）　2020.12.3']],
    '镇干部走进直播间为沙田柚代言。', null);
  clip('【03】', '武江区电子商务公共服务中心投入运营　打造“一站式”电商服务',
    [['刊发①', '《韶关日报》2021年1月12日　A2版'], ['刊发②', '韶关电视台《韶关新闻》2021年1月12日播出']],
    '中心提供培训、展示、摄影美工等免费服务。', '同一内容报纸、电视各一条');
  clip('【04】', '广东韶关武江：小小服务站　打通农村电商“最后一公里”',
    [['刊发', '人民网', D('2021-03-05')]],
    '介绍武江区村级站点“一站多能”做法。', '网页截图见附件');
  clip('【05】', '瑶族村民开网店　大山好物卖全国',
    [['刊发', '广东广播电视台珠江频道《珠江新闻眼》　21.4.20播出']],
    '江湾镇瑶族村民通过电商培训开办网店。', '电商扶贫典型案例');
  clip('【06】', '武江“电商+合作社”带动农户增收',
    [['刊发', '南方+客户端　2021/6/18']],
    '合作社统一分拣包装，线上订单增长明显。', null);
  clip('【07】', '武江区举办农产品网络促销月活动',
    [['刊发', '《韶关日报》2021年7月（具体日期待查）　第4版']],
    '促销月线上销售额超500万元。', '报纸原件缺，日期待补');
  clip('【08】', '武江区电商进农村示范创建迎接省级考评',
    [['刊发', '武江区融媒体中心《武江新闻》　2021.9.2播出']],
    '区领导调研示范创建工作。', '截止日后');
  clip('【09】', '（拟）武江区电商扶贫典型案例：重阳镇香芋合作社',
    [['刊发', '待刊发（已向《韶关日报》投稿）']],
    '—', '未刊发，暂不计');
  rows.push(['截至2021年9月共刊播9条（【03】报纸、电视各一条），【09】尚未刊发。', null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  const media = [
    { date: '2020-10-15', level: 'province', tv: false },
    { date: '2020-12-03', level: 'county', tv: false },
    { date: '2021-01-12', level: 'city', tv: false },
    { date: '2021-01-12', level: 'city', tv: true },
    { date: '2021-03-05', level: 'national', tv: false },
    { date: '2021-04-20', level: 'province', tv: true },
    { date: '2021-06-18', level: 'province', tv: false },
    { date: '2021-07', level: 'city', tv: false },
    { date: '2021-09-02', level: 'county', tv: true },
  ];

  // ---- enterprise in/out register
  const r = rng(4902);
  const c = {};
  ['lv', 'sc', 'zx', 'dx', 'st', 'xb', 'jw', 'xl', 'td', 'zh', 'fr'].forEach((k) => { c[k] = creditCode(r); });
  const erows = [
    ['武江区电子商务产业园企业进出园登记簿', null, null, null, null, null, null, null],
    ['（园区运营中心按办理先后登记；入驻以签订入园协议之日为准）', null, null, null, null, null, null, null],
    ['序号', '登记日期', '事项', '企业名称', '统一社会信用代码', '企业类型', '房号', '备注'],
    [1, D('2020-06-18'), '入驻', '韶关市武江区绿源农业发展有限公司', c.lv, '销售型', 'A101', '首批入园'],
    [2, '2020.6.18', '入驻', '广东顺畅物流有限公司韶关分公司', c.sc, '物流企业', 'A105', '首批入园'],
    [3, '2020.6.18', '入驻', '韶关子兴网络科技有限公司', c.zx, '电商运营商', 'A108', '首批入园'],
    [4, '2020年7月1日', '意向登记', '韶关市丰味食品有限公司', null, null, null, '未签协议，未入驻'],
    [5, '2020年7月20日', '入驻', '韶关丹霞山货电子商务有限公司', c.dx, '平台型', 'A201', null],
    [6, '2020/9/15', '入驻', '韶关市武江区龙归镇沙田柚专业合作社', c.st, '销售型', 'A110', null],
    [7, '20.11.2', '入驻', '韶关星播文化传媒有限公司', c.xb, '直播电商', 'A203', null],
    [8, '2020.12.8', '换房', '顺畅物流（韶关分公司）', c.sc, '—', 'A112', '由A105迁至A112'],
    [9, '2021.1.5', '入驻', '韶关市江湾瑶山茶业有限公司', c.jw, '销售型', 'A205', null],
    [10, '2021年3月', '入驻', '韶关市西联果业有限公司', c.xl, '销售型', 'A206', '协议日期待查'],
    [11, '2021.4.30', '退租（出园）', '子兴网络', c.zx, '—', 'A108', '合同提前解除，已结清'],
    [12, '2021.5.10', '续签协议', '绿源农业', c.lv, '—', 'A101', '续签至2022年6月'],
    [13, '2021.6.1', '入驻', '韶关市通达供应链管理有限公司', c.td, '物流企业', 'A105', null],
    [14, '2021.7.15', '退租（出园）', '龙归沙田柚合作社', c.st, '—', 'A110', '迁回龙归镇自建仓库'],
    [15, '2021.8.20', '入驻', '韶关智汇电商服务有限公司', c.zh, '电商运营商', 'A108', null],
    [16, '2021.9.6', '入驻', '韶关市芙蓉电子商务有限公司', c.fr, '平台型', 'A207', null],
    ['以下空白', null, null, null, null, null, null, null],
    [null, null, null, null, null, '登记人：园区运营中心 何××', null, null],
  ];
  const ent = [
    { name: '韶关市武江区绿源农业发展有限公司', type: '销售型', entered: '2020-06-18', left: null },
    { name: '广东顺畅物流有限公司韶关分公司', type: '物流企业', entered: '2020-06-18', left: null },
    { name: '韶关子兴网络科技有限公司', type: '电商运营商', entered: '2020-06-18', left: '2021-04-30' },
    { name: '韶关丹霞山货电子商务有限公司', type: '平台型', entered: '2020-07-20', left: null },
    { name: '韶关市武江区龙归镇沙田柚专业合作社', type: '销售型', entered: '2020-09-15', left: '2021-07-15' },
    { name: '韶关星播文化传媒有限公司', type: '直播电商', entered: '2020-11-02', left: null },
    { name: '韶关市江湾瑶山茶业有限公司', type: '销售型', entered: '2021-01-05', left: null },
    { name: '韶关市西联果业有限公司', type: '销售型', entered: '2021-03', left: null },
    { name: '韶关市通达供应链管理有限公司', type: '物流企业', entered: '2021-06-01', left: null },
    { name: '韶关智汇电商服务有限公司', type: '电商运营商', entered: '2021-08-20', left: null },
    { name: '韶关市芙蓉电子商务有限公司', type: '平台型', entered: '2021-09-06', left: null },
  ];
  write('ledgers', 'b49-l2-wujiang.json', {
    description:
      '韶关市武江区商务局电商股交的两张表：①《宣传报道剪报册》一篇报道一块（【01】编号+合并的标题行、“刊发”行、摘要、备注，块间空行），媒体、日期挤在“刊发”一格里（“《南方日报》2020年10月15日　第SC03版”“武江发布…2020.12.3”“…21.4.20播出”“2021/6/18”“2021年7月（具体日期待查）”），一块人民网的日期单独放在右边一格（真日期），【03】一块有“刊发①报纸、刊发②电视”两条，级别只能从媒体名看、是否电视看“电视台/播出”，【09】“待刊发”不是记录，截止日后一条照列；②产业园运营中心的《企业进出园登记簿》是事项流水（入驻、意向登记、换房、续签协议、退租（出园）），一家企业一条记录＝“入驻”行，退出日期要从后面同一信用代码的“退租”行找（退租行企业名写简称），意向登记、换房、续签不是新企业。',
    sheets: [
      { name: '宣传报道剪报册', rows, merges },
      { name: '园区企业进出登记', rows: erows, merges: ['A1:H1', 'A2:H2', 'A20:H20'] },
    ],
    expect: {
      sheets: {
        '宣传报道剪报册': { kind: 'media', records: media },
        '园区企业进出登记': { kind: 'enterprises', records: ent },
      },
    },
  });
}

// ===================================================================== C1 新会
function c1() {
  const r = rng(49001);
  const CUT = '2021-08-31';
  // ---------------- facts sheet: 初填 + 修改记录
  const init = [
    ['区名', '新会区', null, null],
    ['考评截止日期', '2021年8月31日', null, null],
    ['常住人口', 85.1, '万人', '2019年统计年报'],
    ['行政村（村委会）', 176, '个', null],
    ['社区（居委会）', 46, '个', null],
    ['省定贫困村', 0, '个', '本区无省定贫困村（另有市定相对贫困村5个）'],
    ['领导小组组长', '分管副区长', null, null],
    ['领导小组成员单位', '区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、新会邮政分公司', null, null],
    ['示范创建工作方案', '已印发', null, '新府办函〔2019〕88号'],
    ['支持农村电商发展政策', '已出台', null, '《新会区促进农村电子商务发展扶持办法》'],
    ['区级电商公共服务中心投入运营', '2020年12月', null, null],
    ['免费培训场所和培训设备', '有', null, null],
    ['农产品免费展示、销售', '有', null, null],
    ['免费摄影、美工服务', '有', null, null],
    ['农产品统一推广、品牌建设指导', '有', null, null],
    ['其他衍生增值服务', '无', null, '暂未开展'],
    ['电商产业园', '已建', null, '整合优化为新会陈皮电商产业园'],
    ['第三方电商运营服务商', '有', null, null],
    ['行政村快递覆盖率', 100, '%', null],
    ['2019年农村网络零售额', 28.6, '亿元', null],
    ['2020年农村网络零售额', 35.4, '亿元', null],
    ['农村网络零售额同比增长', 23.8, '%', null],
    ['2019年农产品网络零售额', 9.12, '亿元', null],
    ['2020年农产品网络零售额', 12.15, '亿元', null],
    ['农产品网络零售额同比增长', 33.2, '%', null],
    ['累计培训人次', '4,650', '人次', null],
    ['有劳动能力且未外出务工的建档立卡贫困人口', 30, '人', null],
    ['参加培训的建档立卡贫困人口', 17, '人', null],
    ['专栏公示创建方案', '是', null, null],
    ['专栏公示项目基本信息', '是', null, null],
    ['专栏公示项目建设进度', '是', null, null],
    ['专栏设立征求意见或监督举报窗口', '否', null, null],
    ['能统计电商扶贫情况', '是', null, null],
    ['省级专项资金下达总额', 2000, '万元', null],
    ['累计拨付资金', '1,602.35', '万元', null],
    ['资金管理制度', '已制定', null, null],
    ['资金专用台账', '已建立', null, null],
    ['项目总体进度', 90, '%', null],
    ['安全生产、质量事故或重大损失', '无', null, null],
    ['弄虚作假', '无', null, null],
    ['方案制定（自评）', 2, '分', '1-2分'],
    ['政策支持（自评）', 2, '分', '1-2分'],
    ['项目管理—管理制度（自评）', 2, '分', '1-2分'],
    ['项目管理—工作台账（自评）', 2, '分', '1-2分'],
    ['网销调研（自评）', 2, '分', '1-2分'],
    ['网络促销活动（自评）', 2, '分', '1-2分'],
    ['交易标准与冷链溯源（自评）', 1, '分', '1-2分'],
    ['资金管理制度（自评）', 4, '分', '1-5分'],
    ['资金台账（自评）', 4, '分', '1-5分'],
    ['资金及时拨付（自评）', 4, '分', '1-5分'],
  ];
  const F = [
    ['新会区电子商务进农村综合示范创建考评基础数据（终稿·修改留痕）', null, null, null, null, null, null],
    ['说明：第一部分为8月20日报市局的初填数据；第二部分为此后的修改记录，按时间先后登记，同一项目多次修改的以最后一次为准；写明“撤销”的修改不生效。', null, null, null, null, null, null],
    [],
    ['一、初填数据（2021年8月20日）', null, null, null, null, null, null],
    ['序号', '项目', '填报值', '单位', '备注', null, null],
  ];
  const fm = ['A1:G1', 'A2:G2', 'A4:G4'];
  init.forEach((x, i) => F.push([i + 1, x[0], x[1], x[2], x[3], null, null]));
  F.push([]);
  F.push(['二、修改记录', null, null, null, null, null, null]);
  fm.push(`A${F.length}:G${F.length}`);
  F.push(['序号', '修改日期', '项目（上表序号）', '原值', '修改为', '修改依据', '经办人']);
  const log = [
    ['2021.8.24', '3 常住人口', '85.1万人', '85.83万人', '市局要求统一采用第七次人口普查数据', '陈××'],
    ['2021.8.24', '7 领导小组组长', '分管副区长', '区委副书记、区长', '2020年5月领导小组调整（新府办函〔2020〕21号），初填沿用旧文件', '陈××'],
    ['8月26日', '11 中心投入运营', '2020年12月', '2021年3月18日', '2020年12月为试运营，以区政府验收通过后的正式运营通知为准', '梁××'],
    ['8月26日', '26 累计培训人次', '4,650', '4,566', '剔除重复登记', '梁××'],
    ['2021/8/30', '14 免费摄影、美工服务', '有', '无', '摄影棚由运营商收费使用', '梁××'],
    ['2021/8/30', '42 政策支持（自评）', '2', '1', '扶持资金兑现不足', '陈××'],
    ['2021.9.1', '撤销第5条修改', '—', '—', '经与运营商核实，对本区电商主体免费，仍为“有”', '梁××'],
    ['2021.9.2', '32 专栏征求意见或监督举报窗口', '否', '是', '经核实2021年8月5日已开通监督举报信箱，初填漏报', '陈××'],
    ['2021.9.3', '26 累计培训人次', '4,566', '4,386', '9月份两期（180人次）在截止日后，不计入', '梁××'],
    ['2021.9.3', '35 累计拨付资金', '1,602.35', '1,571.64', '按截止日口径，9月8日支付的30.71万元不计', '财务 吴××'],
    ['2021.9.3', '44 项目管理—工作台账（自评）', '2', '1', '部分镇（街）台账不完整', '陈××'],
    ['2021.9.6', '46 网络促销活动（自评）', '2', '1', '促销成效数据支撑不足', '陈××'],
    ['2021.9.6', '38 项目总体进度', '90%', '88%', '按财政评审口径', '财务 吴××'],
  ];
  log.forEach((x, i) => F.push([i + 1].concat(x)));
  F.push([]);
  F.push(['（修改记录完）　　审核：电商股股长 黄××　　局分管领导：（签）', null, null, null, null, null, null]);
  fm.push(`A${F.length}:G${F.length}`);

  // ---------------- claims sheet
  const S = [
    ['新会区示范创建自评得分表', null, null, null, null, null],
    ['序号', '工作任务', '评价指标', '分值', '自评分', '备注'],
    [1, '加强组织领导与统筹协调（10分）', '组织领导', 2, 2, null],
    [2, null, '方案制定', 2, 2, null],
    [3, null, '政策支持', 2, 2, null],
    [4, null, '项目管理', 4, 4, null],
    [5, '深入推动电子商务进农村工作（55分）', '服务体系建设（县级中心及产业园）', 15, 14, null],
    [6, null, '服务体系建设（村级站点覆盖）', 10, 10, null],
    [7, null, '农村产品上行', 10, 9, null],
    [8, null, '电商人才培训', 20, 20, null],
    [9, '加强信息公开及报送（10分）', '信息公开', 4, 4, null],
    [10, null, '数据上报', 6, 6, null],
    [11, '加强宣传推广（10分）', '案例总结', 2, 2, null],
    [12, null, '经验推广', 8, 4, '市级、区级媒体'],
    [13, '加强财政资金管理（15分）', '制度建立', 5, 4, null],
    [14, null, '资金台账', 5, 4, null],
    [15, null, '资金支出', 5, 4, null],
    [16, '加分项（4分）', '建档立卡贫困人口培训率70%及以上', 2, 0, null],
    [17, null, '电商扶贫典型案例获电视媒体播报', 2, 0, null],
    [18, '一票否决项', '安全生产、质量事故或重大损失', '—', '无', null],
    [19, null, '项目总体进度不足40%', '—', '无', null],
    [20, null, '弄虚作假', '—', '无', null],
    ['合计', null, null, 100, 91, '8月20日初评，未随修改记录调整'],
  ];
  const sm = ['A1:F1', 'B3:B6', 'B7:B10', 'B11:B12', 'B13:B14', 'B15:B17', 'B18:B19', 'B20:B22', 'A23:C23'];

  // ---------------- villages, one sheet per town
  const towns = [
    ['会城街道', 12, 26], ['大泽镇', 16, 3], ['司前镇', 14, 2], ['罗坑镇', 11, 2], ['双水镇', 22, 3], ['崖门镇', 17, 2],
    ['沙堆镇', 13, 2], ['古井镇', 16, 2], ['三江镇', 15, 2], ['睦洲镇', 21, 2], ['大鳌镇', 19, 0],
  ];
  const P1 = '龙凤石沙田塘梅竹荷桂莲金银东西南北新大小上长古双平安和仁良富乐永兴华岗坑冲洲围湾岭茶圭'.split('');
  const P2 = '江湾塘冲岗洲围头坑岭田坡溪沙边背美兴和安'.split('');
  const pairs = [];
  P1.forEach((a) => P2.forEach((b) => { if (a !== b) pairs.push(a + b); }));
  const bases = shuffle(pairs, r).slice(0, 222);
  let bi = 0;
  const villages = []; // {town, base, admin, ti}
  towns.forEach((t, ti) => {
    const list = [];
    for (let i = 0; i < t[1]; i++) list.push({ town: t[0], base: bases[bi++], admin: true, ti });
    for (let i = 0; i < t[2]; i++) list.push({ town: t[0], base: bases[bi++], admin: false, ti });
    let ordered;
    if (ti === 0) ordered = shuffle(list, r);
    else ordered = list.filter((v) => !v.admin).concat(list.filter((v) => v.admin));
    ordered.forEach((v) => villages.push(v));
  });
  const adminV = villages.filter((v) => v.admin);
  // 市定相对贫困村 marks (only in towns with a 备注 column: template 0 or 1)
  const cityPoor = new Set(shuffle(adminV.filter((v) => v.ti % 3 !== 2), r).slice(0, 5).map((v) => v.base));
  const villageSheets = [];
  const villageExpect = {};
  towns.forEach((t, ti) => {
    const tpl = ti % 3;
    const vs = villages.filter((v) => v.ti === ti);
    const rows = [];
    const merges = [];
    const recs = [];
    if (tpl === 0) {
      rows.push([`新会区${t[0]}村（居）民委员会名单`, null, null, null, null, null]);
      rows.push([`填报单位：${t[0]}（盖章）`, null, null, null, '2021年8月', null]);
      rows.push(['序号', '村（居）委会名称', '类别', '是否省定贫困村', '快递进村', '备注']);
      vs.forEach((v, i) => {
        const nm = v.admin ? v.base + '村委会' : v.base + '社区居委会';
        rows.push([i + 1, nm, v.admin ? '村委会' : '居委会', v.admin ? '否' : null, v.admin ? (i % 7 === 3 ? '已通' : '√') : null, cityPoor.has(v.base) ? '市定相对贫困村' : null]);
        recs.push({ name: nm, admin: v.admin, poor: v.admin ? false : null, express: v.admin ? true : null });
      });
      merges.push('A1:F1', 'A2:D2');
    } else if (tpl === 1) {
      rows.push([`${t[0]}村（居）委会基本情况`, null, null, null, null, null]);
      rows.push(['序号', '名称', '类型（村/居）', '快递是否到村', '省定贫困村', '备注']);
      vs.forEach((v, i) => {
        const nm = v.admin ? v.base + '村' : v.base + '社区';
        rows.push([i + 1, nm, v.admin ? '村' : '居', v.admin ? '是' : null, v.admin ? '否' : null, cityPoor.has(v.base) ? '市定相对贫困村（2016—2020年）' : (v.admin ? null : '镇区')]);
        recs.push({ name: nm, admin: v.admin, poor: v.admin ? false : null, express: v.admin ? true : null });
      });
      merges.push('A1:F1');
    } else {
      rows.push([`新会区${t[0]}村（居）民委员会一览`, null, null, null, null, null]);
      rows.push(['序号', '所在镇', '村（居）民委员会', '行政村/社区', '快递进村（√/×）', '贫困村（省定）']);
      vs.forEach((v, i) => {
        const nm = v.admin ? v.base + '村民委员会' : v.base + '社区居民委员会';
        rows.push([i + 1, i === 0 ? t[0] : null, nm, v.admin ? '行政村' : '社区', v.admin ? '✓' : null, v.admin ? '×' : null]);
        recs.push({ name: nm, admin: v.admin, poor: v.admin ? false : null, express: v.admin ? true : null });
      });
      merges.push('A1:F1', `B3:B${2 + vs.length}`);
    }
    const nA = vs.filter((v) => v.admin).length;
    const nC = vs.length - nA;
    rows.push([`小计：村委会${nA}个${nC ? `，社区（居委会）${nC}个` : ''}`, null, null, null, null, null]);
    merges.push(`A${rows.length}:F${rows.length}`);
    rows.push([null, null, '填报人：', null, '审核人：', null]);
    villageSheets.push({ name: t[0], rows, merges });
    villageExpect[t[0]] = { kind: 'villages', records: recs };
  });

  // ---------------- stations with batch legend
  const shufA = shuffle(adminV, r);
  const covered = shufA.slice(0, 127);
  const lateV = shufA.slice(127, 133); // 1 delayed batch-4 + 5 batch-5
  const comm = shuffle(villages.filter((v) => !v.admin && v.ti === 0), r).slice(0, 4);
  const twice = covered.slice(0, 2);
  const early = [];
  covered.forEach((v) => early.push({ v, kind: 'v' }));
  twice.forEach((v) => early.push({ v, kind: 'v2' }));
  comm.forEach((v) => early.push({ v, kind: 'c' }));
  early.push({ v: { town: '崖门镇', base: '崖西农场', ti: 5, admin: null }, kind: 'farm' });
  const earlyS = shuffle(early, r);
  const b4dates = [
    ['2021.5.20挂牌', '2021-05-20'], ['2021年6月8日挂牌', '2021-06-08'], ['6月18日挂牌', '2021-06-18'], ['21.7.2挂牌', '2021-07-02'],
    ['2021年7月挂牌', '2021-07'], ['2021/7/16挂牌', '2021-07-16'], ['挂牌：2021-07-28', '2021-07-28'], ['8月3日挂牌', '2021-08-03'],
    ['2021.8.12 挂牌', '2021-08-12'], ['2021年8月20日挂牌', '2021-08-20'], ['8.27挂牌', '2021-08-27'],
  ];
  const bdate = { 1: '2020-06-18', 2: '2020-10-28', 3: '2021-03-26', 5: '2021-09-15' };
  const st = [];
  let k4 = 0;
  earlyS.forEach((e, i) => {
    const b = i < 40 ? 1 : i < 85 ? 2 : i < 123 ? 3 : 4;
    const s = { ...e, batch: b, ord: r() };
    if (b === 4) { s.note = b4dates[k4][0]; s.opened = b4dates[k4][1]; k4++; } else s.opened = bdate[b];
    st.push(s);
  });
  st.push({ v: lateV[0], kind: 'v', batch: 4, ord: r(), note: '原定8月，延至2021年9月3日挂牌', opened: '2021-09-03' });
  lateV.slice(1).forEach((v) => st.push({ v, kind: 'v', batch: 5, ord: r(), note: null, opened: bdate[5] }));
  if (st.length !== 140) throw new Error('stations ' + st.length);
  st.sort((a, b) => a.v.ti - b.v.ti || a.batch - b.batch || a.ord - b.ord);
  const bWords = { 1: ['第一批', '一', '1'], 2: ['第二批', '二', '2'], 3: ['第三批', '三', '第3批'], 4: ['第四批', '四', '4'], 5: ['第五批', '五', '5'] };
  const SR = [
    ['新会区村级电子商务服务站点建设台账', null, null, null, null, null, null, null],
    ['挂牌批次', '统一挂牌日期', '站点数', '说明', null, null, null, null],
    ['第一批', D('2020-06-18'), 40, '区统一授牌', null, null, null, null],
    ['第二批', '2020.10.28', 45, '区统一授牌', null, null, null, null],
    ['第三批', '2021年3月26日', 38, '区统一授牌', null, null, null, null],
    ['第四批', '2021年5月—8月', 12, '各站自行挂牌，具体日期见备注', null, null, null, null],
    ['第五批', '2021年9月15日', 5, '截止日后挂牌', null, null, null, null],
    [],
    ['序号', '镇（街）', '站点名称', '所在村（居）', '批次', '站长', '联系电话', '备注'],
  ];
  const stRecs = [];
  const names = makeNames(r, 140);
  st.forEach((s, i) => {
    let vill; let sname; let recV;
    if (s.kind === 'farm') { vill = '崖西农场'; sname = '崖西农场电商服务点'; recV = '崖西农场'; }
    else if (s.kind === 'c') { vill = s.v.base + '社区'; sname = `${s.v.base}社区电商服务点`; recV = s.v.base + '社区'; }
    else {
      const u = r();
      vill = u < 0.06 ? s.v.base + '村委' : u < 0.2 ? s.v.base + '村委会' : s.v.base + '村';
      sname = s.kind === 'v2' ? `${s.v.base}村邮乐购便民服务点` : (u < 0.5 ? `新会区${s.v.base}村电商服务站` : `${s.v.base}村农村电商服务站`);
      recV = s.v.base + '村';
    }
    const bw = bWords[s.batch][Math.floor(r() * 3)];
    const tel = '13' + String(Math.floor(r() * 1e9)).padStart(9, '0');
    SR.push([i + 1, s.v.town, sname, vill, bw, names[i], tel, s.note || null]);
    stRecs.push({ village: recV, opened: s.opened });
  });
  SR.push([]);
  SR.push(['注：1．批次以区商务局授牌文件为准，第一至三批统一挂牌，第四批由各站自行挂牌；2．崖西农场服务点不属行政村，仅作便民服务。', null, null, null, null, null, null, null]);
  const srm = ['A1:H1', `A${SR.length}:H${SR.length}`];

  // ---------------- training monthly summary
  const months = [
    ['2019年12月', 1, 86, null, '电商基础知识'], ['2020年1月', 1, 72, null, '年货节网销'], ['2020.2', '—', '—', null, '疫情暂停'], ['2020年3月', '—', '—', null, '疫情暂停'],
    ['2020年4月', 1, 620, 620, '线上直播课'], ['2020.05', 2, 168, null, '网店开设'], ['2020年6月', 2, 190, null, '陈皮电商营销'], ['2020年7月', 2, 175, null, '短视频'],
    ['2020年8月', 1, 96, null, '快递物流'], ['2020年9月', 2, 210, null, '网店运营'], ['2020年10月', 2, 188, null, '农产品品牌'], ['2020年11月', 3, 365, null, '直播带货'],
    ['2020年12月', 2, 230, 60, '双12促销'], ['2021年1月', 1, 98, null, '年货节'], ['2021年2月', '—', '—', null, '春节'], ['2021-03', 3, 336, 120, '直播带货提升'],
    ['2021年4月', 2, 215, null, '跨境电商入门'], ['2021年5月', 3, 542, 304, '618备战（含线上）'], ['2021年6月', 2, 204, null, '客服与售后'], ['2021年7月', 3, 317, null, '陈皮溯源与品牌'],
    ['2021年8月', 2, 240, null, '农产品包装'], ['2021年9月', 2, 180, null, '（截止日后）'],
  ];
  const mon = (s) => {
    let m = s.match(/^(\d{4})年(\d{1,2})月$/) || s.match(/^(\d{4})[.-](\d{1,2})$/);
    return m[1] + '-' + pad(Number(m[2]));
  };
  const TR = [
    ['新会区农村电商培训情况月度汇总表', null, null, null, null, null],
    ['（不含贫困户专场培训，专场见《贫困户专场签到》）', null, null, null, null, null],
    ['月份', '期数', '培训人次', '其中：线上（人次）', '主要培训内容', '备注'],
  ];
  const trRecs = [];
  let sumAll = 0; let sumCut = 0; let nAll = 0;
  months.forEach((m) => {
    TR.push([m[0], m[1], m[2], m[3], m[4], null]);
    if (typeof m[2] === 'number') {
      const d = mon(m[0]);
      trRecs.push({ date: d, personTimes: m[2] });
      sumAll += m[2]; nAll += m[1];
      if (d <= '2021-08') sumCut += m[2];
    }
  });
  TR.push(['合计', nAll, sumAll, null, null, null]);
  TR.push(['其中：截至8月31日', nAll - 2, sumCut, null, null, null]);
  TR.push(['注：“其中：线上”已含在“培训人次”内，不另加。', null, null, null, null, null]);
  if (sumCut !== 4352) throw new Error('training sum ' + sumCut);

  // ---------------- poor persons and special sign-ins
  const pn = makeNames(rng(777), 49);
  const area = '440705';
  const people = [];
  for (let i = 0; i < 49; i++) people.push({ name: pn[i], id: makeId(r, area, 1958, 1999) });
  const E = people.slice(0, 30); const M = people.slice(30, 40); const N = people.slice(40, 48); const X1 = people[48];
  E.forEach((p) => { p.labour = true; p.migrant = false; });
  M.forEach((p) => { p.labour = true; p.migrant = true; });
  N.forEach((p) => { p.labour = false; p.migrant = null; });
  const listOrder = shuffle(people.slice(0, 48), r);
  const vAdmin = shuffle(adminV, r);
  listOrder.forEach((p, i) => { p.v = vAdmin[i % 20]; });
  X1.v = vAdmin[3];
  const PR = [
    ['新会区建档立卡贫困人口劳动力情况名单', null, null, null, null, null, null, null],
    ['（区乡村振兴局提供，2021年7月更新）', null, null, null, null, null, null, null],
    ['序号', '镇（街）', '村', '姓名', '身份证号', '劳动能力', '是否外出务工', '备注'],
  ];
  const prRecs = [];
  const labW = ['普通劳动力', '技能劳动力', '有'];
  const noLabW = ['无劳动力', '丧失劳动力'];
  listOrder.forEach((p, i) => {
    const lab = p.labour ? labW[i % 3] : noLabW[i % 2];
    const mig = p.labour ? (p.migrant ? '是' : '否') : null;
    PR.push([i + 1, p.v.town, p.v.base + '村', p.name, p.id, lab, mig, p.migrant ? (i % 2 ? '广州务工' : '佛山务工') : (p.labour ? null : (i % 2 ? '在校生' : '长期病患'))]);
    prRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  PR.push([]);
  PR.push([`合计：${listOrder.length}人，其中有劳动能力${E.length + M.length}人（外出务工${M.length}人）`, null, null, null, null, null, null, null]);

  const s1 = E.slice(0, 14).concat([M[0], M[1], N[0], X1]);
  const s2 = E.slice(9, 17).concat(E.slice(0, 5), [M[2], N[1], N[2]]);
  const s3 = E.slice(17, 23).concat([E[0], E[1]]);
  const SG = [
    ['新会区农村电商培训贫困户专场签到表', null, null, null, null, null, null, null],
    ['序号', '期次', '培训日期', '姓名', '身份证号', '镇（街）', '村', '签名'],
  ];
  const sgRecs = [];
  let sn = 0;
  function sess(list, label, dcell, iso) {
    list.forEach((p, i) => {
      sn++;
      let idc = p.id;
      if (idc.endsWith('X') && sn % 2 === 0) idc = idc.slice(0, 17) + 'x';
      if (sn % 9 === 4) idc = idc.slice(0, 6) + ' ' + idc.slice(6, 14) + ' ' + idc.slice(14);
      SG.push([sn, i === 0 ? label : '〃', i === 0 ? dcell : '〃', p.name, idc, p.v.town, p.v.base + '村', p.name]);
      sgRecs.push({ date: iso, personTimes: 1, id: p.id });
    });
  }
  sess(s1, '第1期（贫困户专场）', '2020年11月19日', '2020-11-19');
  sess(s2, '第2期（贫困户专场）', D('2021-05-13'), '2021-05-13');
  sess(s3, '第3期（贫困户专场）', '2021.9.9', '2021-09-09');
  SG.push([]);
  SG.push([`注：第1期${s1.length}人、第2期${s2.length}人、第3期${s3.length}人；${X1.name}为边缘易致贫户，不在建档立卡名单内。`, null, null, null, null, null, null, null]);
  // check: trained eligible <= cut-off
  const cutIds = new Set(s1.concat(s2).map((p) => p.id));
  const trained = E.filter((p) => cutIds.has(p.id)).length;
  if (trained !== 17) throw new Error('trained ' + trained);

  // ---------------- enterprises
  const ec = () => { const cs = '0123456789ABCDEFGHJKLMNPQRTUWXY'; let s = '91440705MA5'; while (s.length < 18) s += cs[Math.floor(r() * cs.length)]; return s; };
  const entList = [
    ['江门市新会区丽宫陈皮有限公司', '销售型', D('2020-07-01'), null],
    ['江门市新会区柑满园电子商务有限公司', '平台型', '2020.7.1', null],
    ['新会区陈皮村网络科技有限公司', '电商运营商', '2020年7月1日', null],
    ['江门市新会区宝树堂陈皮有限公司', '销售型', '2020.7.15', null],
    ['江门市顺捷快递服务有限公司新会分公司', '物流企业', '2020/8/3', null],
    ['江门市新会区葵艺工坊', '销售型', '2020.8.20', '2021.3.31'],
    ['新会区侨乡优选供应链有限公司', '物流企业', '2020年9月', null],
    ['江门市新会区柑香源食品有限公司', '销售型', '2020.9.18', null],
    ['江门市新会区小青柑茶业有限公司', '销售型', D('2020-10-12'), null],
    ['新会区云播直播科技有限公司', '直播电商', '2020.11.2', null],
    ['江门市新会区老字号陈皮行', '销售型', '20201116', null],
    ['江门市新会区古井烧鹅食品有限公司', '销售型', '2020年12月1日', '2021年6月30日'],
    ['新会区睦洲农产品专业合作社', '销售型', '2020.12.15', null],
    ['江门市新会区鲜到家电子商务有限公司', '平台型', '2021.1.8', null],
    ['新会区双水柑橘专业合作社', '销售型', '2021.1.20', null],
    ['江门市新会区数商运营服务有限公司', '电商运营商', '2021年3月', null],
    ['江门市新会区崖门渔业有限公司', '销售型', '2021.3.16', null],
    ['江门市新会区红柑直播基地', '直播电商', '2021/4/6', null],
    ['新会区大鳌虾业专业合作社', '销售型', '2021.4.22', null],
    ['江门市新会区好柑电商代运营有限公司', '电商运营商', '2021.5.11', null],
    ['江门市新会区司前特产商行', '销售型', '2021.6.3', null],
    ['江门市新会区三江农业发展有限公司', '销售型', '2021.7.19', '2021.9.10'],
    ['江门市新会区沙堆蚝业有限公司', '销售型', '2021.8.16', null],
    ['江门市新会区侨韵文创有限公司', '销售型', '2021.9.13', null],
  ];
  const ENT = [
    ['新会陈皮电商产业园入驻企业名录', null, null, null, null, null, null, null],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻情况', null, null, '备注'],
    [null, null, null, null, '入驻时间', '退出时间', '在园状态', null],
  ];
  const normD = (x) => {
    if (x && typeof x === 'object') return x.date;
    if (x == null) return null;
    let m;
    if ((m = x.match(/^(\d{4})[./年-](\d{1,2})[./月-](\d{1,2})日?$/))) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
    if ((m = x.match(/^(\d{4})(\d{2})(\d{2})$/))) return `${m[1]}-${m[2]}-${m[3]}`;
    if ((m = x.match(/^(\d{4})年(\d{1,2})月$/))) return `${m[1]}-${pad(+m[2])}`;
    throw new Error('date ' + x);
  };
  const entRecs = [];
  let inPark = 0;
  const types = new Set();
  entList.forEach((e, i) => {
    const inDate = normD(e[2]); const outDate = normD(e[3]);
    const status = outDate ? '已退出' : (inDate > CUT ? '在园（新入）' : '在园');
    ENT.push([i + 1, e[0], ec(), e[1], e[2], e[3] || (i % 5 === 0 ? '—' : null), status, outDate && outDate > CUT ? '9月10日退租' : null]);
    entRecs.push({ name: e[0], type: e[1], entered: inDate, left: outDate });
    if (inDate <= CUT && !(outDate && outDate < CUT)) { inPark++; types.add(e[1]); }
  });
  if (inPark !== 21) throw new Error('inPark ' + inPark);
  ENT.push([]);
  ENT.push(['注：“—”表示未退出。截至2021年8月31日在园企业21家。', null, null, null, null, null, null, null]);

  // ---------------- funds
  const fl = [
    [D('2020-06-30'), '公共服务中心建设（首付款）', '广东新电数字科技有限公司', 2400000],
    ['2020.8.14', '村级站点建设（第一批）', '江门市侨乡电商服务有限公司', '1,200,000.00'],
    ['2020年9月25日', '农村物流配送体系建设', '江门市顺捷快递服务有限公司', 1560000],
    ['20201120', '电商培训服务（第一期）', '新会区陈皮村网络科技有限公司', '480,000.00'],
    [D('2020-12-28'), '公共服务中心建设（进度款）', '广东新电数字科技有限公司', 2100000],
    ['2021.1.15', '电商产业园整合改造', '江门市新会区建安工程有限公司', '1,850,000.00'],
    ['2021.3.10', '农产品品牌培育及网络营销推广', '新会区陈皮村网络科技有限公司', 960000],
    ['2021/3/31', '村级站点建设（第二批）', '江门市侨乡电商服务有限公司', 1180000],
    ['2021.5.18', '农产品质量溯源系统', '广州溯源信息技术有限公司', '1,236,400.00'],
    ['2021年6月25日', '电商培训服务（第二期）', '新会区陈皮村网络科技有限公司', 520000],
    ['2021.7.20', '农村物流配送体系建设（尾款）', '江门市顺捷快递服务有限公司', 890000],
    [D('2021-08-26'), '公共服务中心建设（验收款）', '广东新电数字科技有限公司', '1,340,000.00'],
    ['2021.9.8', '村级站点建设（第三批）', '江门市侨乡电商服务有限公司', 307100],
  ];
  const FU = [
    ['新会区省级电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null],
    [null, null, null, null, null, null, '单位：元'],
    ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号', '备注'],
  ];
  const fuRecs = [];
  let fsum = 0; let fcut = 0;
  fl.forEach((x, i) => {
    const amt = typeof x[3] === 'number' ? x[3] : Number(x[3].replace(/,/g, ''));
    const d = normD(x[0]);
    FU.push([i + 1, x[0], x[1], x[2], x[3], `记-${pad(i * 3 + 5, 3)}`, d > CUT ? '截止日后' : null]);
    fuRecs.push({ date: d, amount: amt });
    fsum += amt; if (d <= CUT) fcut += amt;
  });
  if (fcut !== 15716400 || fsum !== 16023500) throw new Error('funds');
  FU.push(['合计', null, null, null, '16,023,500.00', null, '下达2000万元']);
  FU.push(['制表：财务股 吴××　　审核：黄××', null, null, null, null, null, null]);

  // ---------------- reports
  const rp = [
    ['2020年8月', '2020.9.7', '是'], ['2020年9月', '2020年10月12日', '是'], ['2020年10月', D('2020-11-06'), '是'], ['2020年11月', '2020.12.7', '否'],
    ['2020年12月', '2021.1.8', '是'], ['2021年1月', '2021/2/5', '是'], ['2021年2月', '2021.3.8', null], ['2021年3月', D('2021-04-07'), '是'],
    ['2021年4月', '2021年5月10日', '是'], ['2021年5月', '2021.6.7', '否'], ['2021年6月', '2021.7.6', '是'], ['2021年7月', '2021.8.6', '是'],
    ['2021年8月', '2021.9.7', '是'],
  ];
  const RP = [
    ['新会区电子商务进农村示范创建工作月报报送登记', null, null, null, null, null],
    ['序号', '数据月份', '报送日期', '报送内容', '是否附电商扶贫统计表', '报送方式'],
  ];
  const rpRecs = [];
  rp.forEach((x, i) => {
    RP.push([i + 1, x[0], x[1], `${x[0]}示范创建工作进展及电商数据`, x[2], i % 2 ? '粤政易' : '电子邮件']);
    rpRecs.push({ date: normD(x[1]), poverty: x[2] === '是' ? true : x[2] === '否' ? false : null });
  });
  RP.push([]);
  RP.push(['注：月报于次月上旬报江门市商务局。', null, null, null, null, null]);

  // ---------------- disclosures
  const ds = [
    ['2020.5.12', '新会区电子商务进农村综合示范创建工作方案', '创建方案'],
    ['2020.6.20', '新会区电子商务进农村综合示范项目基本信息公示', '项目信息'],
    [D('2020-09-15'), '示范项目建设进度（2020年8月）', '建设进度'],
    ['2020年10月20日', '示范项目建设进度（2020年9月）', '建设进度'],
    ['2020.11.18', '村级站点第二批挂牌名单公示', '项目信息'],
    ['2020.12.22', '示范项目建设进度（2020年11月）', '建设进度'],
    ['2021.3.9', '示范项目建设进度（2021年1—2月）', '建设进度'],
    ['2021/4/14', '电商培训计划公告', '通知公告'],
    ['2021.5.20', '示范项目建设进度（2021年4月）', '建设进度'],
    [D('2021-06-17'), '产业园入驻企业名单公示', '项目信息'],
    ['2021.7.21', '示范项目建设进度（2021年6月）', '建设进度'],
    ['2021年8月19日', '示范项目建设进度（2021年7月）', '建设进度'],
    ['2021.9.10', '示范项目建设进度（2021年8月）', '建设进度'],
  ];
  const DS = [
    ['新会区政府网站“电子商务进农村”专栏更新记录', null, null, null],
    ['序号', '发布日期', '标题', '栏目'],
  ];
  const dsRecs = [];
  ds.forEach((x, i) => { DS.push([i + 1, x[0], x[1], x[2]]); dsRecs.push({ date: normD(x[0]) }); });
  DS.push(['注：专栏另设“监督举报”信箱（2021年8月5日开通）。', null, null, null]);

  // ---------------- media
  const MD = [
    ['新会区电商进农村宣传报道情况', null, null, null, null, null],
    ['序号', '报道日期', '媒体', '级别', '形式', '标题'],
    [1, '2020.10.9', '江门日报', '市级', '报纸', '新会陈皮搭上电商快车'],
    [2, '2020年12月15日', '新会发布', '县（区）级', '网络', '新会区第二批村级电商服务站挂牌'],
    [3, D('2021-03-22'), '江门广播电视台', '市级', '电视', '新会：电商服务站让村民足不出村卖陈皮'],
    [4, '2021.6.10', '新会电视台《新会新闻》', '县（区）级', '电视', '新会区举办陈皮直播带货节'],
    [5, '2021.9.3', '江门日报', '市级', '报纸', '新会电商进农村示范创建迎考评'],
  ];
  const mdRecs = [
    { date: '2020-10-09', level: 'city', tv: false },
    { date: '2020-12-15', level: 'county', tv: false },
    { date: '2021-03-22', level: 'city', tv: true },
    { date: '2021-06-10', level: 'county', tv: true },
    { date: '2021-09-03', level: 'city', tv: false },
  ];
  const MT = [
    ['经验材料报送', null, null, null],
    ['序号', '报送日期', '材料名称', '报送单位'],
    [1, '2021.4.16', '新会区“电商+陈皮”推动乡村振兴经验材料', '江门市商务局'],
    [2, '2021.9.12', '新会区电子商务进农村综合示范创建工作总结', '江门市商务局'],
  ];

  const sheets = [
    { name: '考评数据（终稿·留痕）', rows: F, merges: fm },
    { name: '自评得分', rows: S, merges: sm },
    ...villageSheets,
    { name: '站点台账', rows: SR, merges: srm },
    { name: '培训月度汇总', rows: TR, merges: ['A1:F1', 'A2:F2'] },
    { name: '贫困户专场签到', rows: SG, merges: ['A1:H1'] },
    { name: '贫困人口名单', rows: PR, merges: ['A1:H1', 'A2:H2'] },
    { name: '入驻企业', rows: ENT, merges: ['A1:H1', 'E2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'H2:H3'] },
    { name: '资金拨付', rows: FU, merges: ['A1:G1'] },
    { name: '月报报送', rows: RP, merges: ['A1:F1'] },
    { name: '专栏更新', rows: DS, merges: ['A1:D1'] },
    { name: '宣传报道', rows: MD, merges: ['A1:F1'] },
    { name: '经验材料', rows: MT, merges: ['A1:D1'] },
  ];

  // ---------------- hand derivation (checked against the ledgers above)
  const covRate = (127 / 176 * 100).toFixed(1);
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 10, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const total = Object.entries(points).filter(([k]) => !k.startsWith('veto.')).reduce((a, [, v]) => a + v, 0);
  if (total !== 83) throw new Error('total ' + total);
  const derivation = [
    'org.leadership: 修改记录第2条把组长改为“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2',
    'org.plan: 工作方案已印发（新府办函〔2019〕88号），方案制定自评2分（未修改） → 2',
    'org.policy: 政策已出台，自评初填2分，修改记录第6条改为1分 → 1',
    'org.management: 管理制度自评2分 + 工作台账自评初填2分、修改记录第11条改为1分 → 2+1 = 3',
    'work.center: 中心运营日期按修改记录第3条为2021-03-18 ≤ 截止日 → 建成2分；晚于2021-02-28，未满6个月 → 0；免费培训（有）2；展示销售（有）1；摄影美工第5条改“无”但第7条撤销，仍为“有” → 1；品牌推广（有）1；其他增值服务“无” → 0；产业园已建 → 2；在园企业：24家中截至8月31日入驻23家，3月31日、6月30日退出2家（9月10日退出的仍在园），9月13日入驻1家不计 → 21家 ≥ 20 → 2；类型有销售型、平台型、电商运营商、物流企业、直播电商 ≥ 3 → 1；合计 2+0+2+1+1+1+0+2+2+1 = 12',
    `work.coverage: 11个镇（街）名单共176个行政村（另46个社区不计）；站点140个，截至8月31日挂牌134个（第一至三批按批次表日期，第四批按备注日期，其中“延至2021年9月3日挂牌”1个和第五批5个不计），去掉会城街道4个社区站点、崖西农场（不在名单）1个、2个村的第二个站点，覆盖127个行政村；127/176 = ${covRate}% ≥ 70% → 5；无省定贫困村（名单“是否省定贫困村”全为否，5个“市定相对贫困村”不算） → 5；合计10`,
    'work.upward: 网销调研自评2；网络促销活动自评初填2、修改记录第12条改为1；第三方运营服务商“有” → 1；村名单快递列全部行政村均为√/已通/是/✓ → 1；交易标准与冷链溯源自评1；2020年农产品网络零售额12.15亿÷9.12亿 = 增长33.2% ≥ 30%（农村网零增长23.8%不够，但任一即可） → 2；合计 2+1+1+1+1+2 = 8',
    'work.training: 常住人口按修改记录第1条85.83万人，基数取500000；培训月度汇总截至2021年8月4352人次（9月180人次不计；“其中：线上”不另加）+ 贫困户专场签到第1期18人次、第2期16人次（第3期2021.9.9的8人次不计）= 4386人次；4386/500000 = 0.877%，在0.8%–1%之间 → 8；贫困人口名单48人中有劳动能力且未外出务工30人，截至截止日参训（身份证号出现在专场签到第1、2期）17人（重复参训按1人，外出务工、无劳动力和名单外的边缘户不计）；17/30 = 56.7% ≥ 50% → 10；合计18',
    'info.disclosure: 创建方案、项目基本信息、建设进度均“是”，征求意见/监督举报窗口初填“否”、修改记录第8条改“是”（8月5日开通） → 2；专栏更新记录在2020-09至2021-08窗口内缺2021年1月、2月 → 不定时更新 1；合计3',
    'info.reporting: 月报报送登记的报送日期覆盖2020年9月至2021年8月每个月（2020.9.7…2021.8.6；2021.9.7那次在截止日后） → 3；能统计电商扶贫情况“是”且多次附电商扶贫统计表 → 3；合计6',
    'promo.cases: 2021.4.16向江门市商务局报送经验材料（9月12日那份在截止日后） → 2',
    'promo.media: 截止日前的报道有江门日报、江门广播电视台（市级）和新会发布、新会电视台（区级），无省级及以上 → 3+1 = 4',
    'fund.system: 资金管理制度已制定，自评4分 → 4',
    'fund.ledger: 资金专用台账已建立，自评4分 → 4',
    'fund.spending: 资金拨付台账截至8月31日共15,716,400元（9月8日307,100元不计），下达2000万元，15,716,400/20,000,000 = 78.6% ≥ 70% → 取资金及时拨付自评4分 → 4',
    'bonus.poorTraining: 贫困人口培训率56.7% < 70% → 0',
    'bonus.tvCase: 宣传报道中只有市级、区级电视播报，无国家级或省级电视播报的电商扶贫典型案例 → 0',
    'veto.incident: 初填“安全生产、质量事故或重大损失：无” → 不否决，0',
    'veto.progress: 项目总体进度按修改记录第13条为88% ≥ 40% → 不否决，0',
    'veto.fraud: “弄虚作假：无” → 不否决，0',
    'total: 2+2+1+3+12+10+8+18+3+6+2+4+4+4+4 = 83，加分0，未否决 → 83（县自评91分，未随修改记录调整）',
  ];
  write('counties', 'b49-c1-xinhui.json', {
    description:
      '江门市新会区商务局电商股的整本考评工作簿（23个表）：事实表是《考评基础数据（终稿·修改留痕）》——上半“初填数据（8月20日）”序号|项目|填报值|单位|备注，下半“修改记录”按时间逐条登记（修改日期|项目（上表序号）|原值|修改为|修改依据），同一项目改两次取最后一次、“撤销第5条修改”使摄影美工仍为“有”，常住人口、组长、中心运营日期、专栏举报窗口、培训人次、累计拨付、总体进度和三项自评分都只在修改记录里改；另有未随修改调整的《自评得分》（91分）；村居名单按镇（街）一镇一张表（11张，各镇格式不同：村委会/村/村民委员会三种写法、类别村委会/村/行政村、快递√/是/✓/已通，备注里的“市定相对贫困村”不是省定）；站点台账的挂牌日期不在行里，要按“批次”列（第一批/一/1/第3批…）去查表头上方的批次表，第四批看备注（“6月18日挂牌”“21.7.2挂牌”“延至2021年9月3日挂牌”）；培训为月度汇总（“其中：线上”不另加），贫困户专场签到期次和日期用“〃”；中等偏上（83分）。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: 83,
      bonus: 0,
      vetoed: false,
      points,
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
        'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 0,
      },
    },
    derivation,
  });
}

// ---------------------------------------------------------------- run
f1();
f2();
f3();
l1();
l2();
c1();
