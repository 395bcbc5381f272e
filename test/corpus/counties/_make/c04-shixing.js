'use strict';
/* 04 始兴县 — the vetoed county: a declared 安全生产事故; 84 points before the veto. See make.js. */
const { rng, randDate, fmt, personName, phone, makeVillages, monthsInWindow, split } = require('./lib');
const { CUTOFF, le, vname, planCoverage, markPoor, baseStations, makePoor, pickTrained, signIns, sessionDates, TOPICS,
  check, countCovered, poorRate, pointsObj, totals } = require('./common');

const SHIXING = {
  file: '04-shixing.json', seed: 50222, region: '440222',
  population: 186000,                       // 18.6万 → 0.8% = 1488, 1% = 1860
  towns: [['太平镇', 12, ['东湖坪社区', '墨江社区', '沿江社区', '和平社区', '兴仁社区', '永安社区']], ['马市镇', 14, ['马市社区']],
    ['澄江镇', 10, ['澄江社区']], ['顿岗镇', 13, ['顿岗社区']], ['罗坝镇', 11, ['罗坝社区']], ['司前镇', 10, ['司前社区']],
    ['隘子镇', 12, ['隘子社区']], ['城南镇', 9, ['城南社区']], ['沈所镇', 13, ['沈所社区']], ['深渡水瑶族乡', 8, []]],
  adminVillages: 112, communities: 14, poorVillages: 14,
  coveredPoor: 14, coveredOther: 48,        // 62/112 = 55.4%
  duplicates: 1, communityStations: ['墨江社区', '马市社区'], lateStation: '2021-09-26',
  sessions: 36, signInRows: 1560,           // ≤ cut-off
  lateSessions: [{ date: '2021-09-06', size: 160 }, { date: '2021-09-14', size: 150 }],   // 310 rows after the cut-off
  poor: { eligible: 90, migrant: 50, noLabour: 40, trainedEligible: 40, trainedTwice: 10, trainedMigrant: 8, trainedNoLabour: 6, lateOnly: 5 },
  enterprises: { '网店': 7, '销售型企业': 6, '农产品零售': 3, '快递': 5, '仓储物流': 3 },   // 24 in the park at the cut-off
  enterprisesLeft: [{ type: '电商运营服务', left: '2021-03-31' }, { type: '平台型', left: '2020-12-31' }],
  fundAllocated: 5000000,
};

function shixing() {
  const P = SHIXING;
  const r = rng(P.seed);
  const used = new Set();
  const exclude = ['太平', '马市', '澄江', '顿岗', '罗坝', '司前', '隘子', '城南', '沈所', '深渡', '东湖', '墨江', '沿江', '和平', '兴仁', '永安'];
  const villages = makeVillages(r, P.towns, exclude, false);
  markPoor(r, villages, P.poorVillages);
  const { uncoveredOther } = planCoverage(r, villages, P.coveredPoor, P.coveredOther);

  // ---- stations
  const st = baseStations(r, villages, '2019-12-01', '2021-08-25');
  const dup = r.shuffle(st.filter((s) => !s.v.poor))[0];
  st.push({ v: dup.v, opened: randDate(r, '2020-10-01', '2021-07-30'), dup: true });
  for (const c of P.communityStations) st.push({ v: villages.find((v) => v.core === c), opened: randDate(r, '2020-04-01', '2021-04-30') });
  const lateV = uncoveredOther[0];
  st.push({ v: lateV, opened: P.lateStation });
  const vIndex = new Map(villages.map((v, i) => [v, i]));
  st.sort((a, b) => vIndex.get(a.v) - vIndex.get(b.v) || (a.opened < b.opened ? -1 : 1));

  // ---- training sign-ins (two-digit years) and poor persons
  const poor = makePoor(r, P.region, used, villages, P.poor);
  const T = pickTrained(r, poor, P.poor);
  const dates = sessionDates(r, P.sessions, '2020-05-11', '2021-08-27');
  const sizes = split(r, P.signInRows, P.sessions, 30, 56);
  const sessions = dates.map((d, i) => ({ date: d, title: `${TOPICS[(i * 5) % TOPICS.length]}（${i + 1}班）`, size: sizes[i] }));
  const late = P.lateSessions.map((s, i) => ({ date: s.date, title: `秋季电商普及培训（${P.sessions + i + 1}班）`, size: s.size }));
  const rows = signIns(r, P.region, used, sessions, late, T);

  // ---- enterprises
  const NAMES = {
    '网店': ['始兴县枫湾山茶油网店', '始兴县沈所红薯网店', '始兴县马市烟叶制品网店', '始兴县司前竹笋天猫店', '始兴县隘子米酒淘宝店', '始兴县澄江香菇网店', '始兴县罗坝蜜柚网店'],
    '销售型企业': ['始兴县山野农特产品贸易有限公司', '始兴县墨江生态农业有限公司', '始兴县丹凤茶叶有限公司', '始兴县瑶山土蜂蜜销售有限公司', '始兴县顿岗农产品贸易商行', '始兴县绿源食品有限公司'],
    '农产品零售': ['始兴县农家乐土特产零售店', '始兴县城南农副产品零售部', '始兴县优鲜果蔬零售店'],
    '快递': ['始兴县邮政快递揽投部', '始兴县中通快递', '始兴县圆通速递', '始兴县韵达快递', '始兴县极兔速递'],
    '仓储物流': ['始兴县城乡共配仓储物流中心', '韶关市顺畅仓储物流有限公司始兴分公司', '始兴县冷链仓储物流有限公司'],
    '电商运营服务': ['始兴县智联电商运营服务有限公司'],
    '平台型': ['始兴优品电子商务平台有限公司'],
  };
  const ents = [];
  for (const [type, n] of Object.entries(P.enterprises)) for (let i = 0; i < n; i++) ents.push({ name: NAMES[type][i], type, entered: randDate(r, '2020-11-30', '2021-08-20'), left: null });
  for (const x of P.enterprisesLeft) ents.push({ name: NAMES[x.type][0], type: x.type, entered: '2020-11-30', left: x.left });
  const entOrdered = r.shuffle(ents).sort((a, b) => (a.entered < b.entered ? -1 : 1));

  const funds = [
    ['2020-01-16', '县电商公共服务中心建设', 1000000, 'yy'],
    ['2020-05-28', '村级电商服务站点建设（第一批）', 560000, 'real'],
    ['2020-09-09', '县镇村三级物流体系', 730000, 'real'],
    ['2020-11-26', '电商产业园改造', 415000, 'yy'],
    ['2021-01-20', '电商培训服务费', 388000, 'real'],
    ['2021-04-15', '村级电商服务站点建设（第二批）', 512000, 'real'],
    ['2021-07-08', '农产品品牌推广及溯源', 445000, 'real'],
  ];
  const reports = [
    ['2020-09-29', '9月电商进农村工作进展', '是'], ['2020-10-30', '10月工作进展', '否'], ['2020-11-27', '11月工作进展', '否'],
    ['2020-12-29', '12月工作进展及电商扶贫统计', '是'], ['2021-01-29', '1月工作进展', '否'], ['2021-02-26', '2月工作进展', '否'],
    ['2021-03-30', '3月工作进展及一季度扶贫统计', '是'], ['2021-04-29', '4月工作进展', '否'], ['2021-05-28', '5月工作进展', '否'],
    ['2021-06-29', '6月工作进展及上半年扶贫统计', '是'], ['2021-07-30', '7月工作进展', '否'], ['2021-08-30', '8月工作进展', '否'],
  ];
  const disclosureDates = ['2020-09-22', '2020-10-23', '2020-11-20', '2020-12-18', '2021-01-22', '2021-02-24',
    '2021-03-19', '2021-04-23', '2021-05-21', '2021-06-18', '2021-07-23', '2021-08-20'];

  // ---- checks
  check('04 covered', countCovered(villages, st), { covered: 62, poorCovered: 14 });
  check('04 station rows', st.length, 66);
  check('04 sign-in rows (all, ≤ cut-off)', [rows.length, rows.filter((x) => le(x.session.date)).length], [1870, 1560]);
  check('04 poor rate', poorRate(poor, rows), { eligible: 90, trained: 40 });
  check('04 poor rate if late rows counted', (() => { const ids = new Set(rows.map((x) => x.p.id)); return poor.list.filter((p) => p.cat === 'eligible' && ids.has(p.id)).length; })(), 45);
  check('04 poor list', poor.list.length, 180);
  const inPark = ents.filter((e) => le(e.entered) && !(e.left && e.left <= CUTOFF));
  check('04 enterprises', [ents.length, inPark.length], [26, 24]);
  check('04 spent', funds.filter((f) => le(f[0])).reduce((a, f) => a + f[2], 0), 4050000);
  check('04 report months', monthsInWindow(reports.map((x) => x[0])).length, 12);
  check('04 disclosure months', monthsInWindow(disclosureDates).length, 12);

  const sheets = [];
  // 封面 (not a ledger)
  sheets.push({ name: '封面', rows: [[], ['始兴县2019年省级电子商务进农村综合示范创建'], ['考评台账'], [],
    ['目  录'], ['一、自评基础数据'], ['二、村委会名单'], ['三、服务站点'], ['四、培训签到汇总'], ['五、贫困户劳动力'],
    ['六、入驻企业清单'], ['七、专项资金台账'], ['八、报送台账'], ['九、专栏更新情况'], ['十、媒体报道清单'], ['十一、案例报送'],
    [], ['始兴县商务局'], ['二〇二一年九月']] });
  // 自评数据: 指标 | 数据 | 单位 | 说明
  sheets.push({ name: '自评数据', rows: [
    ['始兴县电子商务进农村综合示范创建考评自评基础数据表'],
    ['填报单位：始兴县商务局', null, null, '审核人：邓荣华'],
    ['指标', '数据', '单位', '说明'],
    ['考评截止时间', '2021.8.31', null, null],
    ['常住人口', 18.6, '万人', '七普'],
    ['行政村', 112, '个', '另有社区居委会14个'],
    ['省定贫困村', 14, '个', null],
    ['工作领导小组组长', '县委副书记、县长 邓建国', null, '始府办〔2019〕33号'],
    ['领导小组成员单位', '县商务局、县财政局、县农业农村局、县扶贫办、县交通运输局、县市场监管局、县邮政分公司', null, null],
    ['示范县工作方案', '已印发', null, '始府办函〔2019〕61号'],
    ['农村电商扶持政策', '已出台', null, null],
    ['县级电商公共服务中心投入运营', '2020年11月30日', null, null],
    ['免费培训场所、设备', '有', null, null],
    ['免费展示、销售服务', '有', null, null],
    ['免费摄影、美工服务', '有', null, null],
    ['统一推广、品牌建设指导', '有', null, null],
    ['其他衍生增值服务', '无', null, null],
    ['电商产业园', '已建设', null, '始兴县电商产业园'],
    ['第三方专业运营服务商', '有', null, null],
    ['行政村快递物流覆盖率', 100, '%', null],
    ['2020年农村网络零售额同比增长', 31.5, '%', '省商务厅反馈数据'],
    ['培训人次（截至8月底）', 1560, '人次', null],
    ['有劳动能力贫困人口（不含外出务工）', 90, '人', null],
    ['参训贫困人口', 40, '人', null],
    ['专栏公示创建方案', '是', null, null],
    ['专栏公示项目基本信息', '是', null, null],
    ['专栏公示建设进度', '是', null, null],
    ['专栏监督举报窗口', '是', null, null],
    ['电商扶贫统计', '有', null, null],
    ['省级资金下达', 500, '万元', null],
    ['累计拨付', 405, '万元', '截至2021年8月31日'],
    ['资金管理制度', '已制定', null, null],
    ['资金专用台账', '已建立', null, null],
    ['项目总体进度', 78, '%', null],
    ['一票否决自查：安全生产、质量事故或重大损失', '有', null, '2021年6月12日县电商物流分拨中心仓库发生火灾，1人受伤，直接经济损失约38万元'],
    ['一票否决自查：弄虚作假', '无', null, null],
    [],
    ['主观评分（自评）', '自评分', '分值', '依据'],
    ['方案制定', 2, '1-2', null],
    ['政策支持', 2, '1-2', null],
    ['项目管理制度', 2, '1-2', null],
    ['工作台账', 1, '1-2', '部分项目进度记录不全'],
    ['网销调研', 2, '1-2', null],
    ['网络促销活动', 1, '1-2', null],
    ['交易标准、冷链溯源', 1, '1-2', null],
    ['资金管理制度', 4, '1-5', null],
    ['资金台账', 4, '1-5', null],
    ['资金及时拨付', 4, '1-5', null],
  ] });
  // 村委会名单
  {
    const rs = [['始兴县村（居）民委员会名单'], ['序号', '镇', '村（居）委会', '类型', '是否省定贫困村', '快递物流', '备注']];
    villages.forEach((v, i) => rs.push([i + 1, v.town, v.admin ? v.core + '村民委员会' : v.core + '居民委员会', v.admin ? '村委会' : '社区', v.poor ? '是' : '否', '有', null]));
    sheets.push({ name: '村委会名单', rows: rs });
  }
  // 服务站点 (two-digit years)
  {
    const rs = [['始兴县村级电子商务服务站点一览表'], ['序号', '镇', '所在村（社区）', '站点名称', '地址', '站长', '联系电话', '挂牌时间']];
    st.forEach((s, i) => {
      const vt = s.v.admin ? (r.f() < 0.7 ? s.v.core + '村委会' : vname(s.v)) : s.v.core;
      rs.push([i + 1, s.v.town, vt, s.dup ? `${s.v.core}村邮乐购站` : `${vt}电商服务站`, `${s.v.town}${vt}`, personName(r, r.f() < 0.5), phone(r), fmt.yy(s.opened)]);
    });
    sheets.push({ name: '服务站点', rows: rs });
  }
  // 培训签到汇总: three-row header, two-digit years
  {
    const rs = [['始兴县电子商务进农村培训学员签到汇总表'],
      ['序号', '学员信息', null, null, null, '培训信息', null, '是否贫困户', '备注'],
      [null, '姓名', '性别', '身份证号码', '所在村', '培训日期', '培训班次', null, null]];
    const admin = villages.filter((v) => v.admin);
    rows.forEach((x, i) => rs.push([i + 1, x.p.name, x.p.male ? '男' : '女', x.p.id, x.poor ? vname(x.p.v) : vname(r.pick(admin)),
      fmt.yy(x.session.date), x.session.title, x.poor ? '是' : null, null]));
    sheets.push({ name: '培训签到汇总', rows: rs, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:G2', 'H2:H3', 'I2:I3'] });
  }
  // 贫困户劳动力
  {
    const rs = [['始兴县建档立卡贫困户劳动力情况表'], ['序号', '姓名', '身份证号', '所在镇', '所在村', '有无劳动能力', '是否外出务工', '备注']];
    poor.list.forEach((p, i) => rs.push([i + 1, p.name, p.id, p.v.town, vname(p.v), p.cat === 'noLabour' ? '无' : '有', p.cat === 'migrant' ? '是' : '否', null]));
    sheets.push({ name: '贫困户劳动力', rows: rs });
  }
  // 入驻企业清单
  {
    const rs = [['始兴县电商产业园入驻企业清单'], ['序号', '企业名称', '企业类型', '入驻时间', '退出时间', '备注']];
    entOrdered.forEach((e, i) => rs.push([i + 1, e.name, e.type, fmt.real(e.entered), e.left ? fmt.real(e.left) : null, e.left ? '已退园' : null]));
    sheets.push({ name: '入驻企业清单', rows: rs });
  }
  // 专项资金台账 (元)
  {
    const rs = [['始兴县省级电子商务进农村综合示范专项资金台账'], ['单位：元'], ['序号', '支付日期', '项目', '支出金额', '凭证号', '备注']];
    funds.forEach((f, i) => rs.push([i + 1, f[3] === 'yy' ? fmt.yy(f[0]) : fmt.real(f[0]), f[1], f[2], `凭${String(i * 4 + 3).padStart(3, '0')}`, null]));
    rs.push(['合计', null, null, 4050000, null, null]);
    rs.push(['注：1.省级下达资金500万元；2.截至2021年8月31日资金支出率81%。']);
    sheets.push({ name: '专项资金台账', rows: rs });
  }
  // 报送台账
  {
    const rs = [['始兴县向韶关市商务局报送工作情况台账'], ['序号', '报送日期', '报送内容', '含扶贫数据']];
    reports.forEach((x, i) => rs.push([i + 1, fmt.cn(x[0]), x[1], x[2]]));
    sheets.push({ name: '报送台账', rows: rs });
  }
  // 专栏更新情况: months as columns, a real date in each
  {
    const months = ['2020年9月', '2020年10月', '2020年11月', '2020年12月', '2021年1月', '2021年2月', '2021年3月', '2021年4月', '2021年5月', '2021年6月', '2021年7月', '2021年8月'];
    sheets.push({ name: '专栏更新情况', rows: [['始兴县政府网“电子商务进农村综合示范”专栏更新情况'],
      ['月份', ...months], ['更新日期', ...disclosureDates.map((d) => fmt.real(d))],
      ['更新内容', '创建方案及项目信息', ...Array(11).fill('项目建设进度')]] });
  }
  // 媒体报道清单
  sheets.push({ name: '媒体报道清单', rows: [['序号', '日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例'],
    [1, fmt.real('2021-03-18'), '南方农村报', '省级', '报纸', '始兴：电商产业园带旺枫湾山茶油', '否'],
    [2, fmt.real('2021-07-06'), '韶关电视台', '市级', '电视', '始兴电商扶贫：瑶山蜂蜜卖出好价钱', '是']] });
  // 案例报送
  sheets.push({ name: '案例报送', rows: [['序号', '日期', '材料名称', '报送对象'],
    [1, fmt.real('2020-12-15'), '始兴县电子商务进农村综合示范工作经验交流材料', '韶关市商务局'],
    [2, fmt.real('2021-05-20'), '始兴县电商扶贫典型案例（瑶山蜂蜜）', '韶关市商务局']] });

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3,
    'work.center': 13, 'work.coverage': 7, 'work.upward': 8, 'work.training': 16,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0, 'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  check('04 totals', totals(points, true), { scored: 84, bonus: 0, total: 0 });
  const dupName = vname(dup.v);
  return {
    file: P.file,
    description: '始兴县商务局的整套台账：封面目录页；自评基础数据为“指标|数据|单位|说明”并附主观项；村（居）民委员会名单带贫困村、快递列；站点和培训日期为两位年份（21.3.5）；培训签到三行表头（标题、分组、字段）；专栏更新一行按月列、格内为日期。自报2021年6月仓库火灾（安全生产事故），一票否决；否决前84分。',
    sheets,
    expect: { asOf: '2021-08-31', total: 0, bonus: 0, vetoed: true, points: pointsObj(points) },
    derivation: [
      'asOf: 自评数据“考评截止时间 2021.8.31”；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。两位年份 21.3.5 读作 2021-03-05。',
      'org.leadership: 组长“县委副书记、县长”——是县长（政府主要领导），不是副职；成员有县商务局、县财政局、县农业农村局、县扶贫办 → 2',
      'org.plan: 主观项 2 → 2',
      'org.policy: 主观项 2 → 2',
      'org.management: 项目管理制度 2 ＋ 工作台账 1 → 3',
      'work.center: ①中心 2020-11-30 运营 ≤ 2021-08-31 → 2；②≤ 2021-02-28 → 2；③免费培训 有 → 2；④展示销售 有 → 1；⑤摄影美工 有 → 1；⑥统一推广/品牌 有 → 1；⑦其他增值服务 无 → 0；⑧产业园 已建设 → 2；⑨入驻企业清单26家，减去 2021-03-31 和 2020-12-31 退园的2家，截止日在园 24 家 ≥ 20 → 2；⑩在园企业类型：网店、销售型企业、农产品零售 都是销售型，快递、仓储物流 都是物流企业，只有2种 < 3 → 0（已退园的“电商运营服务”“平台型”不算）；合计 2+2+2+1+1+1+0+2+2+0 = 13',
      `work.coverage: 名单126行 = 112个村民委员会（行政村）＋14个社区居民委员会（不计），基数 112；服务站点66行：截止日前挂牌的站点覆盖 62 个行政村（${dupName}2个站点只计一次；墨江社区、马市社区2个站点不计；${vname(lateV)}“21.9.26”挂牌，超截止日不计） → 62/112 = 55.4%，在 50%–70%（不含）之间 → 2；14个省定贫困村（“是”）全部有站点 → 100% → 5；合计 7`,
      'work.upward: 网销调研 2 → 2；促销活动 1 → 1；第三方服务商 有 → 1；名单“快递物流”列112个行政村全为“有” → 1；交易标准冷链溯源 1 → 1；2020年农村网络零售额同比增长 31.5%（所报增速）≥ 30% → 2；合计 2+1+1+1+1+2 = 8',
      'work.training: 培训签到汇总1870行，培训日期 ≤ 21.8.31 的 1560 行（21.9.6 第37班160行、21.9.14 第38班150行不计） → 1560 ÷ min(186000, 500000) = 0.839%，在 0.8%–1%（不含）之间 → 8（若误计9月的310行则 1870 ≥ 1860 会成 10）；贫困户劳动力表180人：有劳动能力且不外出务工 90 人（外出务工50人、无劳动能力40人不计）；其身份证号出现在截止日前签到行的 40 人（10人签到两次只计一次；外出务工者8行、无劳动能力者6行不计；另5名合格贫困人口只在 21.9.6 签到，不计，若计入会成 45/90 = 50%） → 40/90 = 44.4%，在 40%–50%（不含）之间 → 8；合计 16',
      'info.disclosure: 方案、项目信息、建设进度、监督举报窗口四项均“是” → 2；专栏更新情况按月列 2020年9月…2021年8月 12个月每格都有更新日期 → 按月 → 2；合计 4',
      'info.reporting: 报送台账12条，2020-09…2021-08 每月一条 → 按月 → 3；含扶贫数据“是”的4条（自评数据“电商扶贫统计 有”） → 3；合计 6',
      'promo.cases: 2020-12-15、2021-05-20 向韶关市商务局报送材料 → 2',
      'promo.media: 南方农村报（省级） → 4；韶关电视台（市级） → 3；无县级 → 4+3 = 7',
      'fund.system: 主观项 4 → 4',
      'fund.ledger: 主观项 4 → 4',
      'fund.spending: 专项资金台账7笔均 ≤ 截止日：1000000+560000+730000+415000+388000+512000+445000 = 4,050,000 元（合计行不计）÷ 5,000,000 = 81% ≥ 70% → 取及时拨付自评 4 → 4',
      'bonus.poorTraining: 44.4% < 70% → 0',
      'bonus.tvCase: 电视播报只有韶关电视台（市级），无省级、国家级 → 0',
      'veto.incident: 自评数据“一票否决自查：安全生产、质量事故或重大损失 有”（2021年6月12日仓库火灾，1人受伤） → 一票否决（该项本身记0分）',
      'veto.progress: 总体进度 78% ≥ 40% → 不因进度否决，0',
      'veto.fraud: “无” → 0',
      'total: 否决前 2+2+2+3+13+7+8+16+4+6+2+7+4+4+4 = 84，加分 0；因安全生产事故一票否决，总分 0，vetoed = true。',
    ],
  };
}

module.exports = shixing;
