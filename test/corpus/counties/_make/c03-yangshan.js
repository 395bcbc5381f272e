'use strict';
/* 03 阳山县 — the weak county (total 32): 副县长, few stations, sparse reports, spending < 70%. See make.js. */
const { rng, fmt, personName, phone, makeVillages, monthsInWindow, split } = require('./lib');
const { le, vname, planCoverage, markPoor, baseStations, sessionDates, TOPICS, PLACES,
  check, countCovered, pointsObj, totals } = require('./common');

const YANGSHAN = {
  file: '03-yangshan.json', seed: 71823,
  population: 364000,                       // 36.4万 → 0.6% = 2184, 0.8% = 2912, 1% = 3640
  towns: [['阳城镇', 14, ['城南社区', '城北社区', '东城社区', '西城社区', '沙寮社区']], ['七拱镇', 12, ['七拱社区']], ['太平镇', 12, []],
    ['杜步镇', 11, ['杜步社区']], ['江英镇', 9, []], ['杨梅镇', 10, []], ['青莲镇', 15, ['青莲社区']], ['黎埠镇', 17, ['黎埠社区']],
    ['小江镇', 14, ['小江社区']], ['岭背镇', 12, ['岭背社区']], ['大崀镇', 10, []], ['黄坌镇', 9, ['黄坌社区']], ['秤架瑶族乡', 5, []]],
  adminVillages: 150, communities: 12, poorVillages: 31,
  coveredPoor: 20, coveredOther: 32,        // 52 行政村 covered
  communityStation: '城南社区', lateStation: '2021-09',   // typed "2021年9月"
  sessions: 30, sessionPersonTimes: 2265,
  lateSession: { text: '2021.8.30-9.1', end: '2021-09-01', size: 700 },
  eligiblePoorStated: 1260, trainedPoorStated: 410,   // no person lists in this workbook
  fundAllocated: 5000000,                   // ledger in 万元
};

function yangshan() {
  const P = YANGSHAN;
  const r = rng(P.seed);
  const exclude = ['阳城', '七拱', '太平', '杜步', '江英', '杨梅', '青莲', '黎埠', '小江', '岭背', '大崀', '黄坌', '秤架',
    '城南', '城北', '东城', '西城', '沙寮'];
  const villages = makeVillages(r, P.towns, exclude, false);
  markPoor(r, villages, P.poorVillages);
  const { uncoveredOther } = planCoverage(r, villages, P.coveredPoor, P.coveredOther);

  // ---- stations
  const st = baseStations(r, villages, '2020-06-01', '2021-08-20');
  st.push({ v: villages.find((v) => v.core === P.communityStation), opened: '2021-01-12' });
  const lateV = uncoveredOther[0];
  st.push({ v: lateV, opened: P.lateStation, monthOnly: true });
  const vIndex = new Map(villages.map((v, i) => [v, i]));
  st.sort((a, b) => vIndex.get(a.v) - vIndex.get(b.v));

  // ---- sessions (人次); every fifth session is a date range, read at its end
  const ends = sessionDates(r, P.sessions, '2020-07-06', '2021-08-27');
  const sizes = split(r, P.sessionPersonTimes, P.sessions, 40, 110);
  const sessions = ends.map((d, i) => {
    let text = fmt.dot(d);
    if (i % 5 === 2) {
      const start = new Date(Date.parse(d + 'T00:00:00Z') - 2 * 86400000).toISOString().slice(0, 10);
      const [y1, m1, d1] = start.split('-').map(Number), [y2, m2, d2] = d.split('-').map(Number);
      text = y1 !== y2 ? `${y1}.${m1}.${d1}-${y2}.${m2}.${d2}` : m1 !== m2 ? `${y1}.${m1}.${d1}-${m2}.${d2}` : `${y1}.${m1}.${d1}-${d2}`;
    }
    return { date: d, text, size: sizes[i], title: TOPICS[(i * 4) % TOPICS.length], place: PLACES[i % PLACES.length] };
  });

  const funds = [ // 万元
    ['2020-05-12', '县电商公共服务中心租赁及装修', 95.0],
    ['2020-09-03', '村级电商服务站点建设（一期）', 48.6],
    ['2020-12-25', '电商培训服务费', 36.4],
    ['2021-03-18', '县乡村物流配送体系', 70.0],
    ['2021-06-30', '村级电商服务站点建设（二期）', 52.0],
    ['2021-09-10', '电商产业园前期工作经费', 60.0],
  ];
  const reports = [
    ['2020-10-12', '阳山县电商进农村示范创建工作进展（1-9月）', '否'],
    ['2020-12-30', '2020年电商进农村工作总结', '否'],
    ['2021-03-05', '一季度工作进展及统计数据', '否'],
    ['2021-06-18', '上半年电商扶贫情况统计表（贫困户培训、带动增收）', '是'],
    ['2021-08-09', '7月份工作进展', '否'],
  ];
  const disclosureMonths = { '2020-11': '√', '2021-03': '√', '2021-07': '√' };
  const WINDOW12 = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08'];

  // ---- checks
  check('03 covered', countCovered(villages, st.map((s) => ({ ...s, opened: s.monthOnly ? s.opened + '-01' : s.opened }))), { covered: 52, poorCovered: 20 });
  check('03 station rows', st.length, 54);
  check('03 sessions ≤ cut-off', sessions.filter((s) => le(s.date)).reduce((a, s) => a + s.size, 0), 2265);
  check('03 spent (万元×100)', Math.round(funds.filter((f) => le(f[0])).reduce((a, f) => a + f[2], 0) * 100), 30200);
  check('03 report months', monthsInWindow(reports.map((x) => x[0])).length, 5);
  check('03 disclosure months', Object.keys(disclosureMonths).length, 3);

  const sheets = [];
  // 基本情况: two label/value pairs per row
  sheets.push({ name: '基本情况', rows: [
    ['阳山县电子商务进农村综合示范县创建基本情况'],
    ['填报单位：阳山县商务局', null, null, '日期：2021年9月8日'],
    ['考评截止日期：2021年8月31日'],
    ['常住人口（万人）', 36.4, '行政村（个）', 150],
    ['社区（个）', 12, '省定贫困村（个）', 31],
    ['领导小组组长', '副县长 何建新', '成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局'],
    ['工作方案印发', '是', '扶持政策出台', '是'],
    ['公共服务中心投入运营时间', '2021年4月20日', '免费培训场所及设备', '有'],
    ['免费展示销售服务', '有', '免费摄影美工服务', '无'],
    ['统一推广、品牌建设', '无', '其他衍生增值服务', '无'],
    ['电商产业园', '未建', '第三方专业运营服务商', '无'],
    ['行政村快递全覆盖', '否', null, null],
    ['2019年农村网络零售额（亿元）', 2.1, '2020年农村网络零售额（亿元）', 2.5],
    ['2019年农产品网络零售额（万元）', 6200, '2020年农产品网络零售额（万元）', 7500],
    ['培训人次', '2265', '有劳动能力贫困人口（不含外出务工）', '1260人'],
    ['参训贫困人口', '410人', '下达资金（万元）', 500],
    ['累计拨付（万元）', 302, '项目总体进度', '62%'],
    ['专栏公示创建方案', '已公示', '专栏公示项目基本信息', '已公示'],
    ['专栏公示建设进度', '未公示', '专栏征求意见/监督举报窗口', '未设立'],
    ['资金管理制度', '已制定', '资金专用台账', '已建立'],
    ['安全生产、质量事故', '无', '弄虚作假', '无'],
    [],
    ['主观项自评（分）'],
    ['方案制定', 1, '政策支持', 1],
    ['项目管理制度', 1, '工作台账', 1],
    ['网销调研', 1, '网络促销活动', 1],
    ['交易标准及冷链溯源', 1, '资金管理制度', 2],
    ['资金台账', 2, '资金及时拨付', 1],
    ['注：截至8月底资金支出率60.4%，低于70%。'],
  ] });
  // 行政村清单: three-row header (title, group row, field row)
  {
    const rs = [['阳山县行政村（社区）基本情况表'],
      ['序号', '镇（乡）', '村（居）委会基本情况', null, null, '备注'],
      [null, null, '名称', '类型', '省定贫困村', null]];
    villages.forEach((v, i) => rs.push([i + 1, v.town, v.admin ? vname(v) : v.core, v.admin ? '行政村' : '社区', v.poor ? '√' : null, null]));
    rs.push(['说明：“省定贫困村”栏打√的为省定相对贫困村，共31个。']);
    sheets.push({ name: '行政村清单', rows: rs, merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:F3'] });
  }
  // 站点
  {
    const rs = [['阳山县村级电商服务站点'], ['序号', '镇', '村', '站点名称', '负责人', '电话', '建站时间', '备注']];
    st.forEach((s, i) => {
      if (!s.monthOnly && i % 9 === 4) s.typedMonth = true;
      const date = s.monthOnly ? '2021年9月' : s.typedMonth ? fmt.cnMonth(s.opened) : fmt.dot(s.opened);
      const vt = s.v.admin ? vname(s.v) : s.v.core;
      rs.push([i + 1, s.v.town, vt, `${vt}电商服务站`, personName(r, r.f() < 0.5), phone(r), date, s.monthOnly ? '在建，9月挂牌' : null]);
    });
    sheets.push({ name: '站点', rows: rs });
  }
  // 培训台账 (sessions, some as date ranges)
  {
    const rs = [['阳山县农村电商培训台账'], ['填报单位：阳山县商务局'],
      ['期数', '培训时间', '培训内容', '培训地点', '参训人次', '备注']];
    sessions.forEach((s, i) => rs.push([i + 1, s.text, s.title, s.place, s.size, null]));
    rs.push([P.sessions + 1, P.lateSession.text, '全县电商直播带货大培训（线上＋线下）', '县电商公共服务中心', P.lateSession.size, '线上直播700人次']);
    rs.push(['合计', null, null, null, P.sessionPersonTimes + P.lateSession.size, null]);
    sheets.push({ name: '培训台账', rows: rs });
  }
  // 资金台账 (万元)
  {
    const rs = [['阳山县省级电商进农村专项资金台账'], ['单位：万元'], ['序号', '日期', '用途', '金额', '经办人']];
    funds.forEach((f, i) => rs.push([i + 1, fmt.real(f[0]), f[1], f[2], r.pick(['何婷', '邓志文'])]));
    rs.push(['合计', null, null, 362, null]);
    rs.push(['注：省级资金500万元。']);
    sheets.push({ name: '资金台账', rows: rs });
  }
  // 报送记录
  {
    const rs = [['阳山县向清远市商务局报送情况'], ['日期', '报送材料', '是否含扶贫统计']];
    reports.forEach((x) => rs.push([fmt.cn(x[0]), x[1], x[2]]));
    sheets.push({ name: '报送记录', rows: rs });
  }
  // 专栏更新: months as columns
  {
    const hdr = ['栏目', ...WINDOW12.map((m) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`)];
    const row = ['县政府网电子商务进农村专栏', ...WINDOW12.map((m) => disclosureMonths[m] || null)];
    const what = ['更新内容', ...WINDOW12.map((m) => ({ '2020-11': '创建方案', '2021-03': '项目招标信息', '2021-07': '项目基本信息' }[m] || null))];
    sheets.push({ name: '专栏更新', rows: [['阳山县电商进农村专栏更新情况（2020年9月—2021年8月）'], hdr, row, what] });
  }
  // 宣传
  sheets.push({ name: '宣传', rows: [['日期', '媒体', '级别', '形式', '题目'],
    [fmt.real('2021-01-08'), '阳山电视台', '县级', '电视', '我县推进电子商务进农村综合示范县创建'],
    [fmt.real('2021-06-02'), '阳山发布', '县级', '网络（公众号）', '阳山淮山“触网”销售']] });
  // 经验材料
  sheets.push({ name: '经验材料', rows: [['报送日期', '材料', '报送对象'],
    ['2021.3.26', '阳山县电子商务进农村工作经验做法', '清远市商务局']] });

  const monthOnlyAug = st.filter((x) => x.typedMonth && x.opened.startsWith('2021-08'));
  if (!monthOnlyAug.length) throw new Error('03: expected a station typed only as 2021年8月');
  const points = {
    'org.leadership': 1, 'org.plan': 1, 'org.policy': 1, 'org.management': 2,
    'work.center': 5, 'work.coverage': 0, 'work.upward': 3, 'work.training': 12,
    'info.disclosure': 1, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 1,
    'fund.system': 2, 'fund.ledger': 2, 'fund.spending': -5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0, 'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  check('03 totals', totals(points, false), { scored: 32, bonus: 0, total: 32 });
  return {
    file: P.file,
    description: '阳山县商务局的整套台账：基本情况表每行两对“标签|值”，主观项自评也成对；行政村清单三行表头（标题、分组、字段），贫困村打√、无快递列；培训台账按期次记人次，部分期次写成日期区间（2021.8.30-9.1）；资金台账单位万元；专栏更新为一行按月列；无贫困人口名单（只报人数）、无产业园。弱县，副县长牵头，支出率不足70%倒扣。',
    sheets,
    expect: { asOf: '2021-08-31', total: 32, bonus: 0, vetoed: false, points: pointsObj(points) },
    derivation: [
      'asOf: 基本情况“考评截止日期：2021年8月31日”；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。',
      'org.leadership: 组长“副县长 何建新” → 分管领导牵头 → 1',
      'org.plan: 主观项“方案制定”1 → 1',
      'org.policy: 主观项“政策支持”1 → 1',
      'org.management: “项目管理制度”1 ＋ “工作台账”1 → 2',
      'work.center: ①中心 2021-04-20 运营 ≤ 2021-08-31 → 2；②2021-04-20 晚于 2021-02-28，未满6个月 → 0；③免费培训场所 有 → 2；④免费展示销售 有 → 1；⑤摄影美工 无 → 0；⑥统一推广/品牌 无 → 0；⑦其他增值服务 无 → 0；⑧电商产业园“未建”，也无入驻企业表 → 0；⑨无在园企业 → 0；⑩ → 0；合计 2+0+2+1 = 5',
      `work.coverage: 行政村清单162行 = 150个行政村＋12个社区（社区不计），基数 150；站点表54行：截止日前建站覆盖 52 个行政村（城南社区站点不计；${vname(lateV)}“2021年9月”建站，超截止日不计；${monthOnlyAug.map((x) => vname(x.v)).join('、')}建站时间只写“2021年8月”，整月都在截止日之前，计入） → 52/150 = 34.7% < 50% → 0；打√的省定贫困村31个，有站点的20个 → 20/31 = 64.5% < 80% → 0；合计 0`,
      'work.upward: 网销调研 1 → 1；促销活动 1 → 1；第三方服务商 无 → 0；清单无快递列，基本情况“行政村快递全覆盖 否” → 0；交易标准及冷链溯源 1 → 1；增速：农村网络零售额 2.5/2.1 − 1 = 19.0%，农产品 7500/6200 − 1 = 21.0%，都 < 30% → 0；合计 1+1+0+0+1+0 = 3',
      `work.training: 培训台账第1-30期（均 ≤ 2021-08-31，区间期次 ${sessions.filter((x) => x.text.includes('-')).map((x) => x.text).join('、')} 都按结束日计）人次合计 2265；第31期“2021.8.30-9.1”按结束日 2021-09-01 计，晚于截止日，700人次不计；“合计”行不计 → 2265 ÷ min(364000, 500000) = 0.622%，在 0.6%–0.8%（不含）之间 → 6（若误计第31期则 2965 ≥ 2912 会成 8）；本册无贫困人口名单和带身份证号的签到，按基本情况所报人数：参训 410 ÷ 有劳动能力不含外出务工 1260 = 32.5%，在 30%–40%（不含）之间 → 6；合计 12`,
      'info.disclosure: 建设进度“未公示”、窗口“未设立” → 内容不全 → 0；专栏更新按月列中 2020年11月、2021年3月、2021年7月 3个月打√ → 不定时 → 1；合计 1',
      'info.reporting: 报送记录5条，分属 2020-10、2020-12、2021-03、2021-06、2021-08 共5个月 → 不定时 → 1；2021年6月18日一条“是否含扶贫统计”为“是” → 能统计电商扶贫 → 3；合计 4',
      'promo.cases: 2021.3.26 向清远市商务局报送经验材料 → 2',
      'promo.media: 只有阳山电视台、阳山发布（县级） → 1',
      'fund.system: 主观项 2 → 2',
      'fund.ledger: 主观项 2 → 2',
      'fund.spending: 资金台账（万元）截止日前5笔 95.0+48.6+36.4+70.0+52.0 = 302.0万元 = 3,020,000 元；2021-09-10 的 60.0万元不计（若计入为 72.4%）；302 ÷ 500 = 60.4% < 70% → 倒扣 −5（主观项“及时拨付”1 不适用）',
      'bonus.poorTraining: 32.5% < 70% → 0',
      'bonus.tvCase: 无省级以上电视播报 → 0',
      'veto.incident: “无” → 0',
      'veto.progress: 总体进度 62% ≥ 40% → 0',
      'veto.fraud: “无” → 0',
      'total: 1+1+1+2+5+0+3+12+1+4+2+1+2+2−5 = 32，无加分 → 32；未否决。',
    ],
  };
}

module.exports = yangshan;
