'use strict';
/* 01 仁化县 — the strong county (total 93, bonus 2). Parameters first; see make.js. */
const { rng, randDate, fmt, personName, phone, makeVillages, monthsInWindow, split } = require('./lib');
const { CUTOFF, le, vname, planCoverage, markPoor, baseStations, makePoor, pickTrained, sessionDates, TOPICS, PLACES,
  check, countCovered, poorRate, pointsObj, totals } = require('./common');

// ============================================================== 01 仁化县 — strong
const RENHUA = {
  file: '01-renhua.json', seed: 20224, region: '440224',
  population: 195000,                       // 常住人口 19.5万 → 1% = 1950
  towns: [['丹霞街道', 6, ['丹霞社区', '城北社区', '城南社区', '新城社区', '东门社区']], ['闻韶镇', 9, []],
    ['扶溪镇', 10, []], ['长江镇', 9, []], ['城口镇', 8, []], ['红山镇', 7, []], ['石塘镇', 10, ['石塘社区']],
    ['董塘镇', 12, ['董塘社区', '凡口社区']], ['大桥镇', 9, ['大桥社区']], ['周田镇', 9, ['周田社区']], ['黄坑镇', 7, ['黄坑社区']]],
  adminVillages: 96, communities: 11, poorVillages: 16,
  coveredPoor: 16, coveredOther: 62,          // 78 行政村 covered
  duplicates: 2, communityStations: ['丹霞社区', '董塘社区', '周田社区'],
  lateStation: '2021-09-08', stray: { town: '红山镇', core: '石寨', opened: '2021-03-15' },
  sessions: 36, sessionPersonTimes: 2016,   // 35 dated sessions + one period row, all ≤ cut-off
  periodSession: { text: '2021.6-2021.8', month: '2021-08', size: 120 },   // read at its end: 2021-08
  lateSession: { date: '2021-09-10', size: 85 },
  poor: { eligible: 110, migrant: 40, noLabour: 60, trainedEligible: 80, trainedTwice: 20, trainedMigrant: 12, trainedNoLabour: 8, lateOnly: 4 },
  poorSessions: ['2020-10-22', '2020-12-16', '2021-03-24', '2021-05-27', '2021-07-15'], poorLateSession: '2021-09-08',
  enterpriseTypes: { '平台型电商企业': 3, '销售型企业': 11, '电商运营商': 4, '物流企业': 4 },
  enterpriseLeft: '2021-05-20', enterpriseLate: '2021-09-06',
  fundAllocated: 5000000,
};

function renhua() {
  const P = RENHUA;
  const r = rng(P.seed);
  const used = new Set();
  const exclude = ['丹霞', '城北', '城南', '新城', '东门', '石塘', '董塘', '凡口', '大桥', '周田', '黄坑', '闻韶', '扶溪', '长江', '城口', '红山', '石寨'];
  const towns = P.towns.map(([t, n, cs]) => [t, n, cs.map((c) => c)]);
  const villages = makeVillages(r, towns, exclude, false);
  markPoor(r, villages, P.poorVillages);
  const { uncoveredOther } = planCoverage(r, villages, P.coveredPoor, P.coveredOther);

  // ---- stations
  const st = baseStations(r, villages, '2019-11-01', '2021-08-25');
  const dups = r.shuffle(st.filter((s) => !s.v.poor)).slice(0, P.duplicates);
  for (const d of dups) st.push({ v: d.v, opened: randDate(r, '2020-09-01', '2021-08-20'), dup: true });
  for (const c of P.communityStations) st.push({ v: villages.find((v) => v.core === c), opened: randDate(r, '2020-03-01', '2021-06-30') });
  const lateV = uncoveredOther[0];
  st.push({ v: lateV, opened: P.lateStation });
  st.push({ v: null, stray: P.stray, opened: P.stray.opened });
  const townOrder = P.towns.map((t) => t[0]);
  const vIndex = new Map(villages.map((v, i) => [v, i]));
  st.sort((a, b) => {
    const ta = townOrder.indexOf(a.v ? a.v.town : a.stray.town), tb = townOrder.indexOf(b.v ? b.v.town : b.stray.town);
    return ta - tb || (a.v ? vIndex.get(a.v) : 999) - (b.v ? vIndex.get(b.v) : 999) || (a.opened < b.opened ? -1 : 1);
  });

  // ---- poor persons and their sign-in sheet
  const poor = makePoor(r, P.region, used, villages, P.poor);
  const T = pickTrained(r, poor, P.poor);
  const pSessions = P.poorSessions.map((d, i) => ({ date: d, title: `贫困户电商技能专场培训（第${i + 1}期）`, size: 0 }));
  const pLate = [{ date: P.poorLateSession, title: `贫困户电商技能专场培训（第${P.poorSessions.length + 1}期）`, size: 0 }];
  // sizes follow the assignment: no general trainees in this sheet
  const poorRows = (() => {
    const rr = [];
    const slots = new Map([...pSessions, ...pLate].map((s) => [s, []]));
    for (const p of T.trained) slots.get(r.pick(pSessions)).push(p);
    for (const p of T.twice) {
      const first = pSessions.find((s) => slots.get(s).includes(p));
      let s; do s = r.pick(pSessions); while (s === first);
      slots.get(s).push(p);
    }
    for (const p of [...T.mig, ...T.nol]) slots.get(r.pick(pSessions)).push(p);
    for (const p of T.lateOnly) slots.get(pLate[0]).push(p);
    for (const s of [...pSessions, ...pLate]) for (const p of r.shuffle(slots.get(s))) rr.push({ session: s, p, poor: true });
    return rr;
  })();

  // ---- training sessions (人次)
  const nDated = P.sessions - 1;
  const sDates = sessionDates(r, nDated, '2019-12-05', '2021-08-27');
  const sizes = split(r, P.sessionPersonTimes - P.periodSession.size, nDated, 35, 80);
  const sessions = sDates.map((d, i) => ({ date: d, title: TOPICS[i % TOPICS.length], size: sizes[i], place: PLACES[i % PLACES.length] }));
  sessions.push({ date: P.periodSession.month + '-01', text: P.periodSession.text, title: '村级站点站长暑期轮训（每月一期）', size: P.periodSession.size, place: PLACES[0] });

  // ---- enterprises
  const entNames = { '平台型电商企业': ['丹霞优选电子商务平台有限公司', '仁化本地购网络科技有限公司', '韶关乡味通电子商务有限公司'],
    '销售型企业': ['仁化县丹霞红农产品贸易有限公司', '仁化县贡柑之乡农业发展有限公司', '仁化县白毛茶叶专业合作社', '仁化县山里人家土特产商行', '仁化县九龄农产品网店', '仁化县红山黄烟酒业有限公司', '仁化县长江沙田柚销售部', '仁化县城口板栗电商店', '仁化县丹霞蜜桃贸易有限公司', '仁化县扶溪香菇专业合作社', '仁化县周田腊味食品店'],
    '电商运营商': ['仁化县丹霞电商运营服务有限公司', '韶关市云启网络科技有限公司（仁化分公司）', '仁化县橙心代运营工作室', '广东农淘电子商务服务有限公司仁化运营中心'],
    '物流企业': ['仁化县邮政分公司电商物流中心', '仁化县顺通快递有限公司', '仁化县中通快递服务部', '韶关市速达仓储物流有限公司（仁化仓）'] };
  const ents = [];
  for (const [type, n] of Object.entries(P.enterpriseTypes)) {
    for (let i = 0; i < n; i++) ents.push({ name: entNames[type][i], type, entered: randDate(r, '2020-06-18', '2021-08-20'), left: null });
  }
  const sales = ents.filter((e) => e.type === '销售型企业');
  sales[7].left = P.enterpriseLeft; sales[7].entered = '2020-07-10';
  sales[10].entered = P.enterpriseLate;
  const ordered = r.shuffle(ents).sort((a, b) => (a.entered < b.entered ? -1 : 1));
  const code = () => { const A = '0123456789ABCDEFGHJKLMNPQRTUWXY'; let s = '91440224MA5'; for (let i = 0; i < 7; i++) s += A[r.int(0, A.length - 1)]; return s; };

  // ---- funds (元)
  const funds = [
    ['2020-03-20', '县电商公共服务中心建设（首期款）', '广东丹霞电商发展有限公司', 800000, 'real'],
    ['2020-06-30', '公共服务中心装修及设备采购', '仁化县鑫达装饰工程有限公司', 612500, 'real'],
    ['2020-08-14', '村级电商服务站点建设（第一批）', '仁化县邮政分公司', 485000, 'real'],
    ['2020-10-15', '县级物流配送中心建设', '韶关市速达仓储物流有限公司', 650000, 'dot'],
    ['2020-12-08', '电商人才培训服务费（第一期）', '韶关市云启网络科技有限公司', 186400, 'real'],
    ['2021-01-22', '村级电商服务站点建设（第二批）', '仁化县邮政分公司', 524000, 'real'],
    ['2021-03-30', '农产品质量溯源系统', '广东农淘电子商务服务有限公司', 238000, 'dot'],
    ['2021-05-18', '品牌推广及网络促销活动', '仁化县丹霞电商运营服务有限公司', 276450, 'real'],
    ['2021-06-25', '电商人才培训服务费（第二期）', '韶关市云启网络科技有限公司', 204000, 'real'],
    ['2021-07-29', '公共服务中心运营补贴', '广东丹霞电商发展有限公司', 292000, 'real'],
    ['2021-09-15', '村级站点运营奖励', '各村级站点', 300000, 'real'],
  ];
  const reports = [
    ['2020-08-05', '7月份电商进农村示范创建工作进展', ''],
    ['2020-09-04', '8月份工作进展及电商统计数据', ''], ['2020-10-09', '9月份工作进展及电商统计数据', ''],
    ['2020-11-05', '10月份工作进展及电商统计数据', ''], ['2020-12-04', '11月份工作进展、电商扶贫统计表', '√'],
    ['2021-01-06', '12月份及2020年度工作总结', ''], ['2021-02-03', '1月份工作进展及电商统计数据', ''],
    ['2021-03-05', '2月份工作进展、贫困户培训情况统计', '√'], ['2021-04-07', '3月份工作进展及电商统计数据', ''],
    ['2021-05-06', '4月份工作进展及电商统计数据', ''], ['2021-06-04', '5月份工作进展及电商统计数据', ''],
    ['2021-06-25', '上半年电商扶贫情况统计（带动增收）', '√'], ['2021-07-06', '6月份工作进展及电商统计数据', ''],
    ['2021-08-05', '7月份工作进展及电商统计数据', ''], ['2021-09-06', '8月份工作进展及电商统计数据', ''],
  ];
  const disclosures = [
    ['2020-06-20', '仁化县电子商务进农村综合示范县工作方案', '创建方案'],
    ['2020-09-15', '仁化县电商进农村项目承办单位及项目基本信息公示', '项目信息'],
    ['2020-10-20', '9月份项目建设进度', '建设进度'], ['2020-11-18', '10月份项目建设进度', '建设进度'],
    ['2020-12-22', '11月份项目建设进度', '建设进度'], ['2021-01-19', '12月份项目建设进度', '建设进度'],
    ['2021-03-10', '1-2月份项目建设进度', '建设进度'], ['2021-03-29', '关于征集电商进农村工作意见建议的公告', '征求意见'],
    ['2021-04-21', '3月份项目建设进度', '建设进度'], ['2021-05-20', '4月份项目建设进度', '建设进度'],
    ['2021-06-17', '5月份项目建设进度', '建设进度'], ['2021-07-20', '6月份项目建设进度', '建设进度'],
    ['2021-08-19', '7月份项目建设进度', '建设进度'], ['2021-09-03', '8月份项目建设进度', '建设进度'],
  ];
  const media = [
    ['2021-01-15', '南方日报', '省级', '报纸', '仁化：电商进村 丹霞土货“飞”出山', '否'],
    ['2021-04-20', '南方+客户端', '省级', '网络', '仁化贡柑借直播打开销路', '否'],
    ['2021-05-12', '仁化电视台', '县级', '电视', '电商帮扶：长江镇贫困户网上卖沙田柚', '是'],
    ['2021-08-02', '仁化发布（微信公众号）', '县级', '网络', '我县村级电商服务站实现贫困村全覆盖', '否'],
  ];
  const materials = [
    ['2021-01-20', '仁化县电子商务进农村综合示范工作经验材料', '韶关市商务局'],
    ['2021-06-15', '“电商+合作社+贫困户”——仁化县电商扶贫典型案例', '韶关市商务局'],
  ];

  // ---- checks: the counts the derivation uses
  const cov = countCovered(villages, st);
  check('01 covered', cov, { covered: 78, poorCovered: 16 });
  check('01 station rows', st.length, 85);
  const ptPre = sessions.reduce((a, s) => a + s.size, 0);
  check('01 session person-times', ptPre, 2016);
  check('01 poor sign-in rows (all, ≤ cut-off)', [poorRows.length, poorRows.filter((x) => le(x.session.date)).length], [124, 120]);
  check('01 poor rate', poorRate(poor, poorRows), { eligible: 110, trained: 80 });
  check('01 poor list', poor.list.length, 210);
  const inPark = ents.filter((e) => le(e.entered) && !(e.left && e.left <= CUTOFF));
  check('01 enterprises at cut-off', [ents.length, inPark.length, new Set(inPark.map((e) => e.type)).size], [22, 20, 4]);
  check('01 spent', funds.filter((f) => le(f[0])).reduce((a, f) => a + f[3], 0), 4268350);
  check('01 report months', monthsInWindow(reports.map((x) => x[0])).length, 12);
  check('01 disclosure months', monthsInWindow(disclosures.map((x) => x[0])).length, 11);

  // ---- sheets
  const sheets = [];
  // 自评表: the official indicator table with 自评得分
  const T1 = RENHUA_TABLE;
  sheets.push(T1);
  // 基本情况
  sheets.push({ name: '基本情况', rows: [
    ['仁化县电子商务进农村综合示范县创建基本情况表'],
    ['填报单位：仁化县商务局', null, '填报日期：2021.9.6'],
    ['项目', '内容', '备注'],
    ['（一）基本情况'],
    ['1.县（市、区）', '仁化县', null],
    ['2.考评截止日期', fmt.real('2021-08-31'), null],
    ['3.常住人口', '19.5万人', '第七次全国人口普查数据'],
    ['4.行政村数', '96个', '另有社区11个（不计入行政村）'],
    ['5.省定贫困村数', '16个', null],
    ['（二）组织领导'],
    ['6.领导小组组长', '县长 李建华', '仁府办〔2019〕52号，副组长为分管副县长'],
    ['7.成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、县邮政分公司', null],
    ['8.示范县工作方案', '已正式印发', '《仁化县电子商务进农村综合示范县工作方案》'],
    ['9.支持农村电商发展政策', '已出台', '《仁化县促进农村电子商务发展扶持办法（试行）》'],
    ['（三）公共服务中心、电商产业园'],
    ['10.县级电商公共服务中心投入运营时间', fmt.real('2020-06-18'), null],
    ['11.免费培训场所、培训设备，能组织电商基础培训', '有', '培训室120㎡，电脑40台'],
    ['12.为特色农产品提供免费展示、销售服务', '有', null],
    ['13.为电商市场主体提供免费摄影、美工服务', '无', '目前摄影美工为有偿服务'],
    ['14.组织农产品统一推广、指导品牌建设', '有', '“丹霞红”区域公用品牌'],
    ['15.其他衍生增值服务', '有', '代运营咨询、金融对接'],
    ['16.电商产业园', '已建成', '仁化县电子商务产业园，入驻企业见《入驻企业》表'],
    ['（四）农村产品上行'],
    ['17.专业第三方电商运营或服务商', '有', '仁化县丹霞电商运营服务有限公司'],
    ['18.行政村物流快递覆盖率', '100%', '市邮政管理局证明'],
    ['19.2019年农村网络零售额', '3.42亿元', '省商务厅提供'],
    ['20.2020年农村网络零售额', '4.61亿元', '同比增长34.8%'],
    ['（五）电商培训'],
    ['21.培训人次', '2136人次', '按期培训2016人次＋贫困户专场签到120人次'],
    ['22.有劳动能力的建档立卡贫困人口（不含外出务工）', '110人', '县乡村振兴局确认'],
    ['23.参加培训的建档立卡贫困人口', '80人', null],
    ['（六）信息公开及报送'],
    ['24.专栏公示创建方案', '是', '县政府网“电子商务进农村”专栏'],
    ['25.专栏公示项目基本信息', '是', null],
    ['26.专栏公示项目建设进度', '是', null],
    ['27.专栏设立征求意见或监督举报窗口', '是', '监督举报电话及邮箱'],
    ['28.能统计电商扶贫情况', '是', null],
    ['（七）资金管理'],
    ['29.省级下达资金', '500万元', '粤商务电函〔2019〕29号'],
    ['30.累计拨付资金', '4,268,350元', '截至2021年8月31日'],
    ['31.资金管理制度', '已制定', '《仁化县电子商务进农村综合示范专项资金管理办法》'],
    ['32.资金专用台账', '已建立', null],
    ['33.项目总体进度', '90%', null],
    ['（八）一票否决项自查'],
    ['34.安全生产、质量事故或重大经济损失', '无', null],
    ['35.弄虚作假', '无', null],
    [],
    ['填表人：曾晓敏', null, '审核人：刘志强'],
  ] });
  // 行政村清单
  {
    const rows = [['仁化县行政村（社区）名单'], ['填报单位：仁化县商务局', null, null, null, '截至2021年8月'],
      ['序号', '镇（街道）', '村（居）委会名称', '类别', '是否省定贫困村', '快递进村', '备注']];
    villages.forEach((v, i) => rows.push([i + 1, v.town, v.admin ? v.core + '村委会' : v.core, v.admin ? '行政村' : '社区', v.poor ? '是' : '否', '√', null]));
    rows.push(['合计', null, '行政村96个，社区11个', null, '省定贫困村16个', null, null]);
    sheets.push({ name: '行政村清单', rows, merges: ['A1:G1'] });
  }
  // 站点台账: two-row merged header
  {
    const rows = [['仁化县村级电子商务服务站点台账'], ['填报单位：仁化县商务局（盖章）'],
      ['序号', '站点名称', '所在地', null, '负责人（站长）', null, '建成时间', '服务内容'],
      [null, null, '镇（街道）', '村（社区）', '姓名', '联系电话', null, null]];
    const SERV = ['代购代销、快递收发', '代购代销、代缴费、快递收发', '网上代购、农产品代销、小额取款', '代收代发快递、代缴水电费'];
    st.forEach((s, i) => {
      const town = s.v ? s.v.town : s.stray.town;
      let vtext, sname;
      if (!s.v) { vtext = s.stray.core + '村'; sname = s.stray.core + '村电商服务站'; }
      else if (!s.v.admin) { vtext = s.v.core; sname = s.v.core + '电商服务站'; }
      else {
        const k = r.int(0, 9);
        vtext = k < 6 ? s.v.core + '村' : k < 9 ? s.v.core + '村委会' : s.v.core + '村民委员会';
        sname = s.dup ? `邮乐购${s.v.core}村服务点` : `${s.v.core}村电商服务站`;
      }
      const date = r.f() < 0.8 ? fmt.real(s.opened) : fmt.dot(s.opened);
      rows.push([i + 1, sname, town, vtext, personName(r, r.f() < 0.5), phone(r), date, r.pick(SERV)]);
    });
    rows.push([]);
    rows.push(['注：建成时间以挂牌运营时间为准。']);
    sheets.push({ name: '站点台账', rows, merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:G4', 'H3:H4'] });
  }
  // 培训台账 (sessions)
  {
    const rows = [['仁化县电子商务培训台账（按期次）'], ['填报单位：仁化县商务局', null, null, null, null, '单位：人次'],
      ['期次', '培训时间', '培训主题', '培训地点', '培训对象', '培训人次', '备注']];
    const OBJ = ['农村青年、合作社', '村级站点站长', '返乡创业人员', '电商企业员工', '农户', '妇女、退役军人'];
    sessions.forEach((s, i) => rows.push([`第${i + 1}期`, s.text || fmt.real(s.date), s.title, s.place, s.text ? '村级站点站长' : r.pick(OBJ), s.size, s.text ? '6、7、8月各一期，合并登记' : null]));
    rows.push([`第${P.sessions + 1}期`, fmt.real(P.lateSession.date), '秋季农产品直播带货培训', PLACES[4], '农村青年', P.lateSession.size, '9月新开班']);
    rows.push(['合计', null, null, null, null, P.sessionPersonTimes + P.lateSession.size, null]);
    rows.push(['注：贫困户专场培训签到另见《贫困户培训签到》表，人次未计入本表。']);
    sheets.push({ name: '培训台账', rows, merges: ['A1:G1'] });
  }
  // 贫困户培训签到 (sign-in rows)
  {
    const rows = [['仁化县建档立卡贫困户电商技能专场培训签到表'], ['序号', '姓名', '身份证号', '所在镇', '所在村', '培训日期', '培训期次', '签名']];
    poorRows.forEach((x, i) => {
      // the clerk typed this one person's trailing X in lower case
      const id = x.p === poor.xPerson ? x.p.id.slice(0, 17) + 'x' : x.p.id;
      rows.push([i + 1, x.p.name, id, x.p.v.town, vname(x.p.v), fmt.real(x.session.date), x.session.title, '已签']);
    });
    sheets.push({ name: '贫困户培训签到', rows });
  }
  // 贫困人口名单
  {
    const rows = [['仁化县建档立卡贫困人口劳动力情况名单'], ['数据来源：县乡村振兴局（2021年6月核定）'],
      ['序号', '镇', '村', '姓名', '性别', '身份证号', '劳动能力', '是否外出务工', '备注']];
    poor.list.forEach((p, i) => rows.push([i + 1, p.v.town, vname(p.v), p.name, p.male ? '男' : '女', p.id,
      p.cat === 'noLabour' ? '无劳动能力' : '有劳动能力', p.cat === 'migrant' ? '是' : '否', null]));
    sheets.push({ name: '贫困人口名单', rows });
  }
  // 入驻企业
  {
    const rows = [['仁化县电子商务产业园入驻企业清单'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']];
    ordered.forEach((e, i) => rows.push([i + 1, e.name, code(), e.type, fmt.real(e.entered), e.left ? fmt.real(e.left) : null, e.left ? '已迁出' : e.entered > CUTOFF ? '9月新入驻' : null]));
    sheets.push({ name: '入驻企业', rows });
  }
  // 资金台账
  {
    const rows = [['仁化县省级电子商务进农村综合示范专项资金使用台账'], ['填报单位：仁化县商务局', null, null, null, '单位：元'],
      ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号']];
    funds.forEach((f, i) => rows.push([i + 1, f[4] === 'dot' ? fmt.dot(f[0]) : fmt.real(f[0]), f[1], f[2], i % 3 === 1 ? f[3].toLocaleString('en-US') + '.00' : f[3], `记-${2020 + (f[0] > '2020-12-31' ? 1 : 0)}-${String(10 + i * 7).padStart(3, '0')}`]));
    rows.push(['合计', null, null, null, 4568350, null]);
    rows.push(['注：省级下达资金500万元；截至2021年8月31日累计拨付4,268,350元，9月15日拨付300,000元。']);
    sheets.push({ name: '资金台账', rows });
  }
  // 报送记录
  {
    const rows = [['仁化县电商进农村工作报送记录（报韶关市商务局）'], ['序号', '报送时间', '报送内容', '报送方式', '是否含电商扶贫统计']];
    reports.forEach((x, i) => rows.push([i + 1, fmt.real(x[0]), x[1], i % 2 ? '粤政易' : '电子邮件', x[2] || null]));
    sheets.push({ name: '报送记录', rows });
  }
  // 专栏更新
  {
    const rows = [['仁化县人民政府网“电子商务进农村综合示范”专栏更新记录'], ['序号', '发布日期', '标题', '类别', '链接']];
    disclosures.forEach((x, i) => rows.push([i + 1, fmt.real(x[0]), x[1], x[2], `http://www.sgrh.gov.cn/dzsw/content/post_${2100 + i * 13}.html`]));
    sheets.push({ name: '专栏更新', rows });
  }
  // 宣传报道
  {
    const rows = [['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
    media.forEach((x, i) => rows.push([i + 1, fmt.real(x[0]), x[1], x[2], x[3], x[4], x[5]]));
    sheets.push({ name: '宣传报道', rows });
  }
  // 经验材料
  {
    const rows = [['序号', '报送日期', '材料名称', '报送对象']];
    materials.forEach((x, i) => rows.push([i + 1, fmt.real(x[0]), x[1], x[2]]));
    sheets.push({ name: '经验材料', rows });
  }

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 8, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 0, 'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const t = totals(points, false);
  check('01 totals', t, { scored: 91, bonus: 2, total: 93 });
  const dupNames = dups.map((d) => vname(d.v)).join('、');
  return {
    file: P.file,
    description: '仁化县商务局的整套台账：官方指标体系表加“自评得分/自评说明”两列（自评94分），另有项目|内容|备注式基本情况表；站点台账两行合并表头；培训台账按期次记人次，贫困户专场另有签到表（身份证号）；强县，有加分。',
    sheets,
    expect: {
      asOf: '2021-08-31', total: 93, bonus: 2, vetoed: false, points: pointsObj(points),
      claimed: { 'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4, 'work.center': 14, 'work.coverage': 10,
        'work.upward': 8, 'work.training': 20, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 2, 'bonus.tvCase': 0 },
    },
    derivation: [
      'asOf: 基本情况“考评截止日期”2021-08-31（规则默认同）；近一年窗口 2020-09…2021-08，近6个月界线 2021-02-28。',
      'org.leadership: 基本情况第6、7项——组长为县长（主要领导），成员含县商务局、县财政局、县农业农村局、县乡村振兴局（扶贫） → 主要领导牵头且四部门均参与 → 2',
      'org.plan: 判定项，自评表“方案制定”自评2（方案已正式印发） → 2',
      'org.policy: 判定项，自评表“政策支持”自评2（扶持办法已出台） → 2',
      'org.management: 自评说明写明“项目管理制度2分＋工作台账2分” → 2＋2 = 4',
      'work.center: ①中心 2020-06-18 投入运营 ≤ 2021-08-31 → 2；②2020-06-18 ≤ 2021-02-28，运行满6个月 → 2；③免费培训场所设备 有 → 2；④免费展示销售 有 → 1；⑤免费摄影美工 无 → 0；⑥统一推广/品牌 有 → 1；⑦其他增值服务 有 → 1；⑧产业园已建成（入驻企业表也非空） → 2；⑨入驻企业表22家，减去 2021-05-20 已迁出的1家、2021-09-06 才入驻的1家，截止日在园 20 家 ≥ 20 → 2；⑩在园企业类型 平台型电商企业、销售型企业、电商运营商、物流企业 共4种 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14',
      `work.coverage: 行政村清单107行 = 96个“行政村”（XX村委会）＋11个社区，社区不计，基数 min(96,200) = 96；站点台账85行，2021-08-31前建成的站点覆盖 78 个行政村（${dupNames}各有2个站点只计一次；丹霞社区、董塘社区、周田社区3个站点在社区，不计；红山镇石寨村不在行政村清单，不计；${vname(lateV)}站点 2021-09-08 建成，超截止日不计） → 78/96 = 81.25% ≥ 70% → 5；清单标“是”的省定贫困村16个，全部有截止日前站点 → 16/16 = 100% → 5；合计 10`,
      'work.upward: 网销调研 自评2 → 2；促销活动 自评1 → 1；第三方运营服务商 有 → 1；行政村清单“快递进村”列96个行政村全部√ → 1；交易标准及冷链溯源 自评1 → 1；2020年农村网络零售额 4.61亿元 ÷ 2019年 3.42亿元 − 1 = 34.8% ≥ 30% → 2；合计 2+1+1+1+1+2 = 8（各分项见自评表“自评说明”）',
      `work.training: 培训台账按期次第1-35期（均 ≤ 2021-08-31）加第36期“2021.6-2021.8”（区间按结束月 2021-08 计，≤ 截止日），人次合计 2016，第37期 2021-09-10 的85人次不计，“合计”行不计；贫困户培训签到表124行中截止日前120行（第6期 2021-09-08 的4行不计）；人次 = 2016 + 120 = 2136，÷ min(195000, 500000) = 1.095% ≥ 1% → 10（仅按期台账 2016 也 ≥ 1950）。贫困人口名单210人：有劳动能力且未外出务工 110 人（有劳动能力但外出务工40人、无劳动能力60人不计）；其中身份证号出现在截止日前签到行的 80 人（20人签到两次只计一次；${poor.xPerson.name}的身份证号签到表写作小写x，仍是同一人；外出务工者12行、无劳动能力者8行不计；另4名合格贫困人口只在 2021-09-08 签到，不计） → 80/110 = 72.7% ≥ 50% → 10；合计 20`,
      'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、征求意见/监督举报窗口四项均“是” → 2；专栏更新记录在 2020-09…2021-08 中有11个月有更新，2021年2月无（2020-06-20、2021-09-03 两条在窗口外） → 不定时更新 → 1；合计 3（自评4）',
      'info.reporting: 报送记录 2020-09…2021-08 每个月都有报送（2020-08-05、2021-09-06 在窗口外） → 按月 → 3；有“是否含电商扶贫统计”打√的报送（2020-12-04 等），基本情况第28项也填“是” → 3；合计 6',
      'promo.cases: 经验材料2篇（2021-01-20、2021-06-15）报韶关市商务局，均 ≤ 截止日 → 2',
      'promo.media: 截止日前报道：省级（南方日报 2021-01-15、南方+ 2021-04-20） → 4；县级（仁化电视台、仁化发布） → 1；无市级 → 4+1 = 5',
      'fund.system: 判定项，自评5 → 5',
      'fund.ledger: 判定项，自评4 → 4',
      'fund.spending: 资金台账截止日前10笔合计 800000+612500+485000+650000+186400+524000+238000+276450+204000+292000 = 4,268,350 元（2021-09-15 的 300,000 元、合计行不计） ÷ 下达 5,000,000 元 = 85.4% ≥ 70% → 取判定的及时拨付分（自评说明：自评4分） → 4',
      'bonus.poorTraining: 贫困人口培训率 80/110 = 72.7% ≥ 70% → 2',
      'bonus.tvCase: 唯一的电视报道是仁化电视台（县级）的电商扶贫案例，无省级或国家级电视播报 → 0',
      'veto.incident: 基本情况第34项“无” → 不否决，0',
      'veto.progress: 项目总体进度 90% ≥ 40% → 不否决，0',
      'veto.fraud: 第35项“无” → 0',
      'total: 2+2+2+4+14+10+8+20+3+6+2+5+5+4+4 = 91，加分 2（≤4） → 93；未否决。自评合计94，差在信息公开（自评4，记录显示2021年2月未更新，只得3）。',
    ],
  };
}

// The official indicator table as 仁化县's clerk filled it in (texts copied from the provincial table).
const RENHUA_TABLE = (() => {
  const rows = [
    ['2019年省级电子商务进农村综合示范创建考评指标体系（仁化县自评表）'],
    ['填报单位（盖章）：仁化县商务局', null, null, null, null, null, '填报日期：2021年9月6日'],
    ['工作任务', '评价指标', null, '指标解释', '评分标准', '评价方式及佐证材料', '自评得分', '自评说明'],
    [null, '名称', '权重（%）', null, null, null, null, null],
    ['加强组织领导与统筹协调（10分）', '组织领导', 2, '建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制',
      '由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；\n由县（市、区）政府分管领导牵头（1分）；\n其他情况不得分。',
      '成立工作领导小组或协调机构的文件、相关工作会议纪要、图片', 2, '成立以县长为组长的领导小组（仁府办〔2019〕52号），商务、财政、农业农村、乡村振兴等部门参与'],
    [null, '方案制定', 2, '制定科学严谨的示范创建工作方案', '工作方案因地制宜,可操作性较强（1-2分）', '正式印发的示范县工作方案', 2, '《仁化县电子商务进农村综合示范县工作方案》已正式印发'],
    [null, '政策支持', 2, '在资金、土地、人才等方面出台政策，支持农村电商发展', '出台相关政策，且得到较好落实（1-2分）', '出台的支持文件及其他证明材料等', 2, '出台扶持办法，已兑现奖补'],
    [null, '项目管理', 4, '制定项目管理制度，建立工作台帐，明确工作目标、工作进度、工作任务，建设、验收等环节严格执行相关制度规定。',
      '建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；\n建立完整工作台账，详细记录项目建设情况（1-2分）。', '项目管理制度文件、工作台账等', 4, '项目管理制度2分＋工作台账2分'],
    ['深入推动电子商务进农村工作（55分）', '服务体系建设', 25,
      '建设县级电子商务公共服务中心。对各类主体提供技术支持、培训孵化、产品对接、品牌建设、网络推广及其他衍生增值服务。建设或整合、优化当地电商产业园，形成产业集聚效应。',
      '建成县级电子商务公共服务中心（2分）；\n建成后已正常运行6个月（截至2021年8月31日）以上（2分）；\n有免费培训场所、培训设备，能组织电商基础培训（2分）；\n为特色农产品提供免费展示、销售服务（1分）；\n为电子商务市场主体提供免费摄影、美工服务（1分）；\n组织农产品统一推广、指导特色农产品品牌建设（1分）；\n为电子商务发展提供其他衍生增值服务（1分）；\n建设或整合、优化当地电商产业园（2分)；\n电商产业园企业入驻数量达20家及以上(2分)；\n电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。',
      '1、现场查看县级电子商务公共服务中心运营情况。\n2、现场查看电商产业园运营情况，入驻企业清单。', 14, '中心2020年6月18日投入运营；未提供免费摄影美工，扣1分；产业园在园企业20家，4种类型'],
    [null, null, null,
      '辖区内行政村建设村级电子商务服务站点要达到70%以上（行政村个数在200个及以上的，以200个为基数计算），其中省定贫困村实现全覆盖；各站点根据实际开展电商宣传、代购代销、代存代缴、小额信贷等电商服务。',
      '行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分；\n贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分。',
      '辖区内行政村清单、省定贫困村清单、村级电商服务站点清单（含名称、地址及联系人电话等）、村级电商服务站点视频（含招牌、设备、工作人员操作情况等画面）。', 10, '78个行政村建站，覆盖率81.3%；16个省定贫困村全覆盖'],
    [null, '农村产品上行', 10,
      '1、对辖区内农村产品的生产和电商销售情况进行全面摸底,形成基本情况档案或报告等上报市级商务主管部门，根据摸底情况制定合理的农村产品网络销售促进措施并落实。\n2、联合农业、工商、科教、金融等行业主管部门、引入或培育专业电商企业或团队，为农民、农业合作社、涉农企业开展特色农产品网络销售、产品开发、品牌注册、品牌培育、网络营销策划提供支持。\n3、整合现有物流资源，实现县、乡镇、村三级统一配送体系，物流快递企业的行政村覆盖率达到100%，降低物流成本。\n4、探索农产品电子商务交易标准化问题，探索建立符合农产品网络销售上行要求的冷链系统、产品溯源系统等。',
      '对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；\n开展农村产品网络促销活动成效明显（1-2分）；\n当地有专业第三方电子商务运营或服务商（1分）；\n行政村物流快递覆盖率100%（1分）；\n有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；\n2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。',
      '1、辖区内农产品及电商销售情况档案或调研报告，开展网络促销活动的文件、开展活动情况总结等。\n2、在当地注册或开展活动的电商企业或团队的名单、业务情况、工作开展情况简介及证明材料。\n3、市级邮政主管部门出具的快递物流覆盖情况的材料，辖区内主要快递物流企业仓储、邮路、等证明材料。\n4、交易标准文本，农产品冷链、产品溯源服务的企业名单，相关企业为当地农产品提供服务的证明材料等。\n5、查看第三方权威统计数据（省级商务主管部门提供）。',
      8, '网销调研2分；促销活动1分；第三方服务商1分；快递覆盖1分；交易标准及冷链溯源1分；2020年农村网络零售额增速34.8%，2分。合计8分'],
    [null, '电商人才培训', 20,
      '1、定期开展农村电商公共宣传，针对政府、企业、农民等提供线上线下的基础普及性免费培训，普及性培训覆盖常住人口的1%以上（常住人口总数超过50万的，以50万为基数计算）。针对已创业或有电商创业需求的农村青年提供增值培训，对培训人员跟踪服务，提供辅导、孵化等定向服务。\n2、加大对建档立卡贫困户的培训力度，实现有劳动能力的贫困人口培训率达50%以上（外出务工者除外）。',
      '培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；\n建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。',
      '1、培训通知文件、常住人口数量证明，培训学员名单、现场照片、参训学员名单及签到表等。培训人员创业就业证明材料。\n2、经扶贫部门确认的当地有劳动能力的建档立卡贫困人口数（外出务工者除外）、参加培训的建档立卡贫困人口清单及签到表等。',
      20, '培训2136人次，占常住人口1.10%；贫困人口培训率72.7%'],
    ['加强信息公开及报送（10分）', '信息公开', 4,
      '在县政务网站设立电子商务进农村综合示范公开专栏。公开示范创建方案及已经确定的财政资金扶持项目的基本信息，每月更新项目建设进度，同时设立征求意见窗口或监督举报窗口。',
      '在县政府网站设立公开专栏且内容全面（2分）；\n近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。',
      '在县政府网站设立专栏公示创建方案、项目基本信息、项目建设进度，设立征求意见或监督举报窗口。', 4, '专栏内容齐全，按月更新'],
    [null, '数据上报', 6,
      '每月向市级商务主管部门报送示范创建工作进展、成效及电商相关统计数据。加强对本县电商扶贫信息的统计，重点统计对建档立卡贫困户的电商培训情况、电商带动增收等情况。',
      '近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；\n能统计电商扶贫情况（3分），未统计相关情况不得分。',
      '向市级商务主管部门报送工作情况的文件。', 6, '每月报送，含电商扶贫统计'],
    ['加强宣传推广（10分）', '案例总结', 2, '对当地发展农村电商、开展示范创建等经验做法和案例进行总结提炼并及时上报。', '向市商务局报送经验材料（2分）', '查看上报文件', 2, '报送经验材料2篇'],
    [null, '经验推广', 8, '典型做法被主流媒体报道宣传', '省级及以上媒体进行宣传报道（4分）；\n市级媒体进行宣传报道（3分）；\n县级媒体进行宣传报道（1分）。',
      '查看相关宣传文案、网络截图、照片等证明材料', 5, '南方日报、南方+（省级）；仁化电视台（县级）'],
    ['加强财政资金管理（15分）', '制度建立', 5, '制定省级财政资金管理制度，细化工作目标、任务、财政资金支持方向等；建立考核问责制度。', '建立科学有效的资金管理制度且得到有效落实（1-5分）', '查看相关资金管理制度', 5, '已制定专项资金管理办法'],
    [null, '资金台账', 5, '明确责任人，建立健全资金台账，实现管理全过程可查询、可追溯，', '项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）', '项目承办方的资金使用账目及凭证等', 4, '部分承建方凭证归档不及时，扣1分'],
    [null, '资金支出', 5, '严格按照财政资金有关规定进行资金的使用和拨付', '资金支出率70%以上，且根据创建进度及时拨付（1-5分）；\n资金支出率低于70%倒扣5分。', '资金拨付文件、票据、凭证等', 4, '支出率85.4%，按进度及时拨付，自评4分'],
    ['加分项（4分）', null, null, null, '建档立卡贫困人口培训率70%及以上（2分）', '参加培训的建档立卡贫困人口清单及签到表等', 2, '贫困人口培训率72.7%'],
    [null, null, null, null, '电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）', '查看相关报道和视频', 0, null],
    ['一票否决项', null, null, null, '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。', null, '无', null],
    [null, null, null, null, '项目建设进度严重滞后，总体进度不足40%。', null, '无', null],
    [null, null, null, null, '弄虚作假。', null, '无', null],
    ['合计得分', null, null, null, null, null, 94, null],
    [],
    ['单位负责人：刘志强', null, null, '填表人：曾晓敏', null, '联系电话：0751-6322018'],
  ];
  return { name: '自评表', rows, merges: ['A1:H1', 'A3:A4', 'B3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4',
    'A5:A8', 'A9:A12', 'B9:B10', 'C9:C10', 'A13:A14', 'A15:A16', 'A17:A19', 'A20:A21', 'B20:D21', 'A22:A24', 'B22:D24', 'A25:F25'] };
})();

module.exports = renhua;
