'use strict';
/* 02 新丰县 — the middling county (total 73): several tiers exactly at a boundary. See make.js. */
const { rng, randDate, fmt, personName, phone, makeVillages, monthsInWindow, split } = require('./lib');
const { CUTOFF, le, vname, planCoverage, markPoor, baseStations, makePoor, pickTrained, signIns, sessionDates, TOPICS,
  check, countCovered, poorRate, pointsObj, totals } = require('./common');

const XINFENG = {
  file: '02-xinfeng.json', seed: 40233, region: '440233',
  population: 183000,                       // 18.3万 → 1% = 1830 exactly
  // [town, 行政村, 居委会/社区 cores: "…社区" is a 社区, anything else a 居委会]
  towns: [['丰城街道', 14, ['城东', '城西', '城南', '人民社区', '新丰社区']], ['黄磜镇', 21, ['黄磜']], ['马头镇', 22, ['马头社区']],
    ['梅坑镇', 18, ['梅坑']], ['沙田镇', 20, []], ['遥田镇', 23, ['遥田社区']], ['回龙镇', 22, []]],
  adminVillages: 140, poorVillages: 20,
  coveredPoor: 19, coveredOther: 79,        // 98/140 = 70% exactly; 19/20 poor
  latePoorStation: '2021-09-20',            // the 20th poor village's station
  duplicates: 1, communityStations: ['城东', '新丰社区'], stray: { town: '回龙镇', core: '松林', opened: '2021-04-08' },
  sessions: 40, signInRows: 1830, lateSession: { date: '2021-09-07', size: 24 },
  poor: { eligible: 120, migrant: 50, noLabour: 30, trainedEligible: 60, trainedTwice: 15, trainedMigrant: 10, trainedNoLabour: 5, lateOnly: 1 },
  flaggedNotOnList: 2,                      // sign-in rows marked 贫困户 whose ID is not on the poor list
  enterprises: { '网店销售': 8, '电商服务商': 5, '快递物流': 4 }, // in the park at the cut-off (17)
  enterpriseLeft: { type: '网店销售', left: '2021-06-30' }, enterpriseLate: { type: '平台型', entered: '2021-09-01' },
  fundAllocated: 5000000,
};

function xinfeng() {
  const P = XINFENG;
  const r = rng(P.seed);
  const used = new Set();
  const exclude = ['城东', '城西', '城南', '人民', '新丰', '黄磜', '马头', '梅坑', '沙田', '遥田', '回龙', '丰城', '松林'];
  const villages = makeVillages(r, P.towns, exclude, true);
  for (const v of villages) if (!v.admin) v.kind = v.core.endsWith('社区') ? '社区' : '居委会';
  markPoor(r, villages, P.poorVillages);
  const { uncoveredPoor, uncoveredOther } = planCoverage(r, villages, P.coveredPoor, P.coveredOther);
  const noExpress = uncoveredOther[3];

  // ---- stations
  const st = baseStations(r, villages, '2019-12-01', '2021-08-28');
  const dup = r.shuffle(st.filter((s) => !s.v.poor))[0];
  st.push({ v: dup.v, opened: randDate(r, '2021-01-01', '2021-08-10'), dup: true });
  for (const c of P.communityStations) st.push({ v: villages.find((v) => v.core === c), opened: randDate(r, '2020-05-01', '2021-05-30') });
  const latePoor = uncoveredPoor[0];
  st.push({ v: latePoor, opened: P.latePoorStation });
  st.push({ v: null, stray: P.stray, opened: P.stray.opened });
  const townOrder = P.towns.map((t) => t[0]);
  const vIndex = new Map(villages.map((v, i) => [v, i]));
  st.sort((a, b) => {
    const ta = townOrder.indexOf(a.v ? a.v.town : a.stray.town), tb = townOrder.indexOf(b.v ? b.v.town : b.stray.town);
    return ta - tb || (a.v ? vIndex.get(a.v) : 999) - (b.v ? vIndex.get(b.v) : 999) || (a.opened < b.opened ? -1 : 1);
  });

  // ---- training (sign-in rows) and poor persons
  const poor = makePoor(r, P.region, used, villages, P.poor);
  const T = pickTrained(r, poor, P.poor);
  const dates = sessionDates(r, P.sessions, '2020-03-02', '2021-08-28');
  const sizes = split(r, P.signInRows, P.sessions, 35, 56);
  const sessions = dates.map((d, i) => ({ date: d, title: `第${i + 1}期 ${TOPICS[(i * 7) % TOPICS.length]}`, size: sizes[i] }));
  const late = [{ date: P.lateSession.date, title: `第${P.sessions + 1}期 ${TOPICS[3]}`, size: P.lateSession.size }];
  const rows = signIns(r, P.region, used, sessions, late, T, P.flaggedNotOnList);

  // ---- enterprises (sideways sheet)
  const NAMES = {
    '网店销售': ['新丰县云髻山农产品网店', '新丰县佛手瓜电商经营部', '新丰县马头鸡蛋网上商行', '新丰县丰味源土特产店', '新丰县沙田大米电商店', '新丰县梅坑茶叶淘宝店', '新丰县遥田竹笋网店', '新丰县回龙腊肉商行', '新丰县黄磜蜂蜜网店'],
    '电商服务商': ['新丰县鸿达电商服务有限公司', '韶关市乡村云网络科技有限公司', '新丰县优品代运营工作室', '新丰县创客电商孵化服务部', '广东丰禾电子商务服务有限公司'],
    '快递物流': ['新丰县邮政快递分拨中心', '新丰县顺达快递服务部', '新丰县韵通物流有限公司', '新丰县极速达快递站'],
    '平台型': ['新丰县本地生活电商平台有限公司'],
  };
  const ents = [];
  for (const [type, n] of Object.entries(P.enterprises)) for (let i = 0; i < n; i++) ents.push({ name: NAMES[type][i], type, entered: randDate(r, '2021-03-01', '2021-08-25'), left: null });
  ents.push({ name: NAMES['网店销售'][8], type: P.enterpriseLeft.type, entered: '2021-03-05', left: P.enterpriseLeft.left });
  ents.push({ name: NAMES['平台型'][0], type: P.enterpriseLate.type, entered: P.enterpriseLate.entered, left: null });
  const entOrdered = ents.slice().sort((a, b) => (a.entered < b.entered ? -1 : 1));
  const code = () => { const A = '0123456789ABCDEFGHJKLMNPQRTUWXY'; let s = '92440233MA5'; for (let i = 0; i < 7; i++) s += A[r.int(0, A.length - 1)]; return s; };

  // ---- funds: 元 and 万元 mixed in one column
  const funds = [
    ['2020-04-15', '80万', 800000, '县电商公共服务中心建设'],
    ['2020-07-20', '456,000', 456000, '村级站点建设（第一批）'],
    ['2020-09-30', '62.5万元', 625000, '县乡村三级物流体系建设'],
    ['2020-12-18', 318000, 318000, '电商培训服务（第一期）'],
    ['2021-02-05', '41.2万', 412000, '村级站点建设（第二批）'],
    ['2021-04-22', '520,000.00', 520000, '产业园整合及运营'],
    ['2021-06-10', '23.9万', 239000, '农产品溯源系统'],
    ['2021-08-26', 130000, 130000, '网络促销活动'],
    ['2021-09-28', '50万', 500000, '站点运营补贴'],
  ];
  const reportCols = ['2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09'];
  const reportCells = { '2020-07': '√', '2020-08': null, '2020-09': '√', '2020-10': '√', '2020-11': '2020.11.27', '2020-12': '√',
    '2021-01': '2021.1.28', '2021-02': '√', '2021-03': '√', '2021-04': '2021.4.29', '2021-05': '√', '2021-06': '√',
    '2021-07': '√', '2021-08': '2021.8.30', '2021-09': '√' };
  const disclosures = [
    ['2020-09-18', '新丰县电子商务进农村综合示范县创建方案', '创建方案'],
    ['2020-11-12', '新丰县电商进农村项目基本信息公示', '项目信息'],
    ['2021-01-08', '2020年第四季度项目建设进度', '建设进度'],
    ['2021-03-16', '1-2月项目建设进度', '建设进度'],
    ['2021-04-27', '3-4月项目建设进度', '建设进度'],
    ['2021-06-21', '5-6月项目建设进度', '建设进度'],
    ['2021-08-13', '7月项目建设进度', '建设进度'],
    ['2021-09-15', '8月项目建设进度', '建设进度'],
  ];
  const media = [
    ['2020-12-10', '新丰电视台', '县级', '电视', '新丰：村村有电商服务站', '否'],
    ['2021-05-21', '广东广播电视台珠江频道', '省级', '电视', '新丰佛手瓜“触网”带贫困户增收', '是'],
    ['2021-09-03', '韶关日报', '市级', '报纸', '新丰电商进农村示范县创建见成效', '否'],
  ];

  // ---- checks
  check('02 covered', countCovered(villages, st), { covered: 98, poorCovered: 19 });
  check('02 station rows', st.length, 103);
  check('02 sign-in rows (all, ≤ cut-off)', [rows.length, rows.filter((x) => le(x.session.date)).length], [1854, 1830]);
  check('02 poor rate', poorRate(poor, rows), { eligible: 120, trained: 60 });
  check('02 poor list', poor.list.length, 200);
  const inPark = ents.filter((e) => le(e.entered) && !(e.left && e.left <= CUTOFF));
  check('02 enterprises', [ents.length, inPark.length, new Set(inPark.map((e) => e.type)).size], [19, 17, 3]);
  check('02 spent', funds.filter((f) => le(f[0])).reduce((a, f) => a + f[2], 0), 3500000);
  check('02 report months', monthsInWindow(reportCols.filter((m) => reportCells[m]).map((m) => m + '-01')).length, 12);
  check('02 disclosure months', monthsInWindow(disclosures.map((x) => x[0])).length, 7);

  const sheets = [];
  // 自评填报: label | 单位 | 填报内容 | 备注
  sheets.push({ name: '自评填报', rows: [
    ['新丰县2019年省级电子商务进农村综合示范创建考评自评填报表'],
    ['填报单位：新丰县商务局', null, '填报日期：2021.9.3'],
    ['项目', '单位', '填报内容', '备注（佐证材料）'],
    ['一、基本情况'],
    ['1.县（市、区）', null, '新丰县', null],
    ['2.考评截止日期', null, '2021年8月31日', null],
    ['3.常住人口', '万人', 18.3, '2020年统计年鉴'],
    ['4.行政村数', '个', 140, '另有居委会5个、社区4个'],
    ['5.省定贫困村数', '个', 20, '名单见《省定贫困村》表'],
    ['二、组织领导'],
    ['6.领导小组组长', null, '县长 黄志明', '新府办函〔2019〕71号'],
    ['7.成员单位', null, '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司', null],
    ['8.示范县工作方案是否正式印发', null, '是', '新府办〔2019〕38号'],
    ['9.支持农村电商发展政策', null, '已出台', '落实一般'],
    ['三、公共服务中心及产业园'],
    ['10.县级公共服务中心投入运营时间', null, fmt.real('2021-02-28'), '揭牌运营'],
    ['11.有免费培训场所、设备，能组织电商基础培训', null, '是', null],
    ['12.为特色农产品提供免费展示、销售', null, '是', null],
    ['13.免费摄影、美工服务', null, '否', '暂未开展'],
    ['14.统一推广、指导品牌建设', null, '是', null],
    ['15.其他衍生增值服务', null, '否', null],
    ['16.电商产业园', null, '已整合建设', '新丰县电商产业园（丰城街道）'],
    ['四、农村产品上行'],
    ['17.专业第三方电商运营/服务商', null, '有', null],
    ['18.行政村物流快递覆盖率', null, '100%', '县邮政管理部门数据'],
    ['19.2019年农村网络零售额', '万元', 52000, null],
    ['20.2020年农村网络零售额', '万元', 66560, '同比增长28%'],
    ['21.2019年农产品网络零售额', '万元', 11000, null],
    ['22.2020年农产品网络零售额', '万元', 14300, '同比增长30%'],
    ['五、电商培训'],
    ['23.培训人次', '人次', 1830, '截至8月31日，见《培训签到表》'],
    ['24.有劳动能力的建档立卡贫困人口（不含外出务工）', '人', 120, '县乡村振兴局提供'],
    ['25.参加培训的建档立卡贫困人口', '人', 60, null],
    ['六、信息公开及报送'],
    ['26.专栏公示创建方案', null, '是', null],
    ['27.专栏公示项目基本信息', null, '是', null],
    ['28.专栏公示项目建设进度', null, '是', null],
    ['29.专栏设立征求意见或监督举报窗口', null, '否', '拟下阶段增设'],
    ['30.能统计电商扶贫情况', null, '否', null],
    ['七、资金管理'],
    ['31.省级下达资金', '万元', 500, null],
    ['32.累计拨付资金', '万元', 350, '截至2021年8月31日'],
    ['33.资金管理制度', null, '已制定', null],
    ['34.资金专用台账', null, '已建立', null],
    ['35.项目总体进度', null, '82%', null],
    ['八、一票否决项自查'],
    ['36.安全生产、质量事故或重大损失', null, '无', null],
    ['37.弄虚作假', null, '无', null],
    [],
    ['九、主观评分项（自评）'],
    ['评分项', '分值', '自评分', '说明'],
    ['方案制定', '1-2分', 2, '方案已正式印发'],
    ['政策支持', '1-2分', 1, '政策已出台，落实一般'],
    ['项目管理制度（建设、验收环节落实）', '1-2分', 1, '验收环节制度执行不够严格'],
    ['工作台账', '1-2分', 2, null],
    ['网销调研及针对性建议', '1-2分', 1, null],
    ['网络促销活动成效', '1-2分', 1, null],
    ['交易标准、冷链及溯源系统', '1-2分', 1, '溯源系统在建'],
    ['资金管理制度', '1-5分', 4, null],
    ['资金台账', '1-5分', 3, null],
    ['资金及时拨付', '1-5分', 3, '支出率70%'],
    [],
    ['填表人：潘晓婷', null, '审核人：黄国强'],
  ] });
  // 村（居）委会名单: header after a long 填表说明 block
  {
    const rs = [['新丰县村（居）民委员会名单'], ['填表说明：'],
      ['1.本表按乡镇（街道）顺序填列辖区内全部村民委员会、居民委员会（社区）；'],
      ['2.“性质”栏填写：村委会、居委会、社区；'],
      ['3.“快递物流是否通达”指快递物流企业是否在该村设置收发网点或提供上门派送服务，填“是”或“否”；'],
      ['4.省定贫困村另见《省定贫困村》表，本表不再标注；'],
      ['5.数据截至2021年8月31日，由各乡镇（街道）核实后报县商务局汇总。'],
      [],
      ['序号', '乡镇（街道）', '村（居）民委员会名称', '性质', '快递物流是否通达', '备注']];
    villages.forEach((v, i) => {
      const name = v.admin ? v.core + '村民委员会' : v.core + '居民委员会';
      const kind = v.admin ? '村委会' : v.kind;
      const ex = v === noExpress ? '否' : '是';
      rs.push([i + 1, v.town, name, kind, ex, v === noExpress ? '山高路远，快递需到镇上自取' : null]);
    });
    rs.push(['注：全县共140个村民委员会，5个居民委员会，4个社区。']);
    sheets.push({ name: '村（居）委会名单', rows: rs });
  }
  // 省定贫困村
  {
    const rs = [['新丰县省定贫困村名单'], ['（共20个）'], ['序号', '镇（街）', '村名', '备注']];
    villages.filter((v) => v.poor).forEach((v, i) => rs.push([i + 1, v.town, vname(v), null]));
    sheets.push({ name: '省定贫困村', rows: rs });
  }
  // 站点清单
  {
    const rs = [['新丰县村级电子商务服务站点清单'], ['填报单位：新丰县商务局', null, null, null, null, null, null, '填报日期：2021年9月3日'],
      ['序号', '乡镇', '所在村', '站点名称', '地址', '联系人', '联系电话', '挂牌时间', '备注']];
    st.forEach((s, i) => {
      const town = s.v ? s.v.town : s.stray.town;
      let vtext, sname;
      if (!s.v) { vtext = s.stray.core + '村'; sname = `新丰县${s.stray.core}村电商服务站`; }
      else if (!s.v.admin) { vtext = s.v.kind === '社区' ? s.v.core : s.v.core + '居委会'; sname = `${vtext}电商服务点`; }
      else { vtext = r.f() < 0.7 ? vname(s.v) : s.v.core + '村委会'; sname = s.dup ? `${s.v.core}村供销e家服务点` : `新丰县${s.v.core}村电商服务站`; }
      const addr = `${town}${vtext}${r.pick(['村委会一楼', '村小卖部', '村文化室旁', '邮政代办点'])}`;
      const date = r.f() < 0.85 ? fmt.real(s.opened) : fmt.cn(s.opened);
      rs.push([i + 1, town, vtext, sname, addr, personName(r, r.f() < 0.5), phone(r), date, s.opened > CUTOFF ? '新建' : null]);
    });
    sheets.push({ name: '站点清单', rows: rs });
  }
  // 培训签到表
  {
    const rs = [['新丰县电子商务培训签到表（汇总）'], ['序号', '姓名', '性别', '身份证号码', '联系电话', '培训日期', '培训班次', '是否建档立卡贫困户', '备注']];
    rows.forEach((x, i) => rs.push([i + 1, x.p.name, x.p.male ? '男' : '女', x.p.id, phone(r), fmt.real(x.session.date), x.session.title,
      x.poor || x.flagged ? '是' : '否', x.flagged ? '边缘易致贫户' : null]));
    sheets.push({ name: '培训签到表', rows: rs });
  }
  // 建档立卡贫困人口
  {
    const rs = [['新丰县建档立卡贫困人口名单（劳动力）'], ['序号', '姓名', '性别', '证件号码', '乡镇', '行政村', '劳动技能', '务工状况']];
    poor.list.forEach((p, i) => rs.push([i + 1, p.name, p.male ? '男' : '女', p.id, p.v.town, vname(p.v),
      p.cat === 'noLabour' ? r.pick(['丧失劳动力', '无劳动力']) : r.pick(['普通劳动力', '普通劳动力', '技能劳动力']),
      p.cat === 'migrant' ? '外出务工' : '未外出务工']));
    rs.push(['注：劳动技能、务工状况以国扶系统2021年6月数据为准。']);
    sheets.push({ name: '建档立卡贫困人口', rows: rs });
  }
  // 产业园企业: turned on its side (one enterprise per column)
  {
    const head = ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '状态'];
    const rs = [['新丰县电商产业园入驻企业情况'], ['填报时间：2021年9月3日']];
    head.forEach((h) => rs.push([h]));
    entOrdered.forEach((e, i) => {
      const vals = [i + 1, e.name, code(), e.type, fmt.real(e.entered), e.left ? fmt.real(e.left) : null,
        e.left ? '已退出' : e.entered > CUTOFF ? '9月新入驻' : '在园'];
      vals.forEach((val, k) => rs[2 + k].push(val));
    });
    sheets.push({ name: '产业园企业', rows: rs });
  }
  // 资金拨付台账
  {
    const rs = [['新丰县省级电子商务进农村综合示范专项资金拨付台账'], ['填报单位：新丰县商务局'],
      ['序号', '拨付日期', '项目内容', '拨付金额', '资金性质', '备注']];
    funds.forEach((f, i) => rs.push([i + 1, i % 4 === 2 ? fmt.dot(f[0]) : fmt.real(f[0]), f[3], f[1], '省级专项', null]));
    rs.push(['注：金额栏未注明单位的为元。省级下达资金500万元。']);
    sheets.push({ name: '资金拨付台账', rows: rs });
  }
  // 月报报送: months as columns, one row
  {
    const hdr = ['报送事项', ...reportCols.map((m) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`), '备注'];
    const row = ['示范创建工作进展、成效及电商统计数据（报韶关市商务局）', ...reportCols.map((m) => reportCells[m]), null];
    sheets.push({ name: '月报报送', rows: [['新丰县电商进农村工作月度报送情况登记表'], hdr, row, ['注：√表示当月已报送；填日期的为当月报送日期。']] });
  }
  // 信息公开
  {
    const rs = [['新丰县政府网电子商务进农村专栏信息发布记录'], ['序号', '发布时间', '信息标题', '发布栏目', '网址']];
    disclosures.forEach((x, i) => rs.push([i + 1, fmt.real(x[0]), x[1], x[2], `http://www.xinfeng.gov.cn/zwgk/dsjnc/content/post_${1880 + i * 11}.html`]));
    sheets.push({ name: '信息公开', rows: rs });
  }
  // 媒体报道
  {
    const rs = [['序号', '报道日期', '媒体名称', '媒体级别', '报道形式', '标题', '是否电商扶贫典型案例']];
    media.forEach((x, i) => rs.push([i + 1, fmt.real(x[0]), ...x.slice(1)]));
    sheets.push({ name: '媒体报道', rows: rs });
  }
  // 案例总结
  sheets.push({ name: '案例总结', rows: [['序号', '报送时间', '材料名称', '报送单位', '接收单位'],
    [1, '2021.9.10', '新丰县电子商务进农村综合示范创建经验材料', '新丰县商务局', '韶关市商务局']] });

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 11, 'work.coverage': 8, 'work.upward': 6, 'work.training': 20,
    'info.disclosure': 1, 'info.reporting': 3, 'promo.cases': 0, 'promo.media': 5,
    'fund.system': 4, 'fund.ledger': 3, 'fund.spending': 3,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1, 'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  check('02 totals', totals(points, false), { scored: 72, bonus: 1, total: 73 });
  return {
    file: P.file,
    description: '新丰县商务局的整套台账：自评填报表为“项目|单位|填报内容|备注”并附主观项自评；村（居）委会名单表头在长“填表说明”之后（村民委员会写法、快递列有一村“否”），省定贫困村单列；签到表逐人记身份证号；产业园企业表横排（一列一家）；资金金额元与万元混写；月报为一行按月列。中等县，多处恰在分档线上。',
    sheets,
    expect: { asOf: '2021-08-31', total: 73, bonus: 1, vetoed: false, points: pointsObj(points) },
    derivation: [
      'asOf: 自评填报第2项“2021年8月31日”；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。',
      'org.leadership: 第6、7项——组长县长（主要领导），成员有县商务局、县财政局、县农业农村局、县乡村振兴局（扶贫） → 2',
      'org.plan: 主观项“方案制定”自评2 → 2',
      'org.policy: 主观项“政策支持”自评1 → 1',
      'org.management: 主观项“项目管理制度”1 ＋ “工作台账”2 → 3',
      'work.center: ①中心 2021-02-28 投入运营 ≤ 2021-08-31 → 2；②2021-02-28 ≤ 2021-02-28（恰满6个月，含当日） → 2；③免费培训 是 → 2；④免费展示销售 是 → 1；⑤免费摄影美工 否 → 0；⑥统一推广/品牌 是 → 1；⑦其他增值服务 否 → 0；⑧产业园 已整合建设 → 2；⑨横排企业表19家，减去 2021-06-30 退出的1家、2021-09-01 才入驻的1家（平台型），截止日在园 17 家 < 20 → 0；⑩在园类型 网店销售（销售型）、电商服务商（运营商）、快递物流（物流）共3种 ≥ 3 → 1；合计 2+2+2+1+0+1+0+2+0+1 = 11',
      `work.coverage: 名单149行 = 140个村民委员会（行政村）＋5个居委会＋4个社区，后9个不计，基数 min(140,200) = 140；站点清单103行，截止日前挂牌的站点覆盖 98 个行政村（${vname(dup.v)}2个站点只计一次；城东居委会、新丰社区2个站点不计；回龙镇松林村不在名单，不计；${vname(latePoor)}站点 2021-09-20 挂牌，超截止日不计） → 98/140 = 70.0%，恰为 70% → 5；省定贫困村表20个，截止日前有站点的19个（缺${vname(latePoor)}） → 19/20 = 95%，在 80%–100%（不含）之间 → 3；合计 8`,
      `work.upward: 网销调研 自评1 → 1；促销活动 自评1 → 1；第三方服务商 有 → 1；名单有“快递物流是否通达”列，${vname(noExpress)}（${noExpress.town}）为“否” → 不是100% → 0（自评填报第18项写100%，与名单不符，以名单为准）；交易标准及冷链溯源 自评1 → 1；增速：农村网络零售额 66560/52000 − 1 = 28.0% < 30%，农产品网络零售额 14300/11000 − 1 = 30.0%，恰 ≥ 30% → 2；合计 1+1+1+0+1+2 = 6`,
      'work.training: 签到表1854行，其中截止日前 1830 行（第41期 2021-09-07 的24行不计） → 1830 ÷ min(183000, 500000) = 1.000%，恰为 1% → 10；建档立卡贫困人口表200人：有劳动能力（普通/技能劳动力）且“未外出务工”的 120 人（外出务工50人、丧失劳动力/无劳动力30人不计）；其中身份证号出现在截止日前签到行的 60 人（15人签到两次只计一次；外出务工者10行、无劳动力者5行不计；另1名合格贫困人口只在 2021-09-07 签到，不计；签到表另有2行标“是”（边缘易致贫户）但身份证号不在贫困人口表，不计） → 60/120 = 50.0%，恰为 50% → 10；合计 20',
      'info.disclosure: 征求意见或监督举报窗口 否（方案、项目信息、进度为是） → 内容不全 → 0；信息公开记录 2020-09…2021-08 有更新的月份：2020-09、2020-11、2021-01、2021-03、2021-04、2021-06、2021-08 共7个月（2021-09-15 在窗口外） → 不定时 → 1；合计 1',
      'info.reporting: 月报报送一行，2020年9月…2021年8月 12列全部有√或日期（2020年7月、2021年9月在窗口外，2020年8月空） → 按月 → 3；第30项“能统计电商扶贫情况”否，月报无扶贫统计标记 → 0；合计 3',
      'promo.cases: 案例总结唯一一篇 2021.9.10 报送，晚于截止日 → 0',
      'promo.media: 截止日前：广东广播电视台珠江频道（省级） → 4；新丰电视台（县级） → 1；韶关日报（市级）2021-09-03 晚于截止日不计 → 4+1 = 5',
      'fund.system: 主观项 4 → 4',
      'fund.ledger: 主观项 3 → 3',
      'fund.spending: 截止日前8笔：80万＋456,000＋62.5万元＋318000＋41.2万＋520,000.00＋23.9万＋130000 = 800000+456000+625000+318000+412000+520000+239000+130000 = 3,500,000 元（2021-09-28 的50万不计） ÷ 5,000,000 = 70.0%，恰为 70%，不低于70% → 取自评及时拨付分 3 → 3',
      'bonus.poorTraining: 50% < 70% → 0',
      'bonus.tvCase: 广东广播电视台珠江频道（省级电视）播报的电商扶贫典型案例（标“是”），无国家级 → 1',
      'veto.incident: “无” → 0',
      'veto.progress: 总体进度 82% ≥ 40% → 0',
      'veto.fraud: “无” → 0',
      'total: 2+2+1+3+11+8+6+20+1+3+0+5+4+3+3 = 72，加分 0+1 = 1 → 73；未否决。',
    ],
  };
}

module.exports = xinfeng;
