'use strict';
/*
 * h02-nanao.js — writes ../h02-nanao.json: 南澳县, a middling county (68) with boundary cases:
 * exactly 70% village coverage, exactly 80% poor-village coverage, exactly 0.8% training,
 * exactly 40% poor-person training, exactly 70% disbursement, exactly 30% retail growth,
 * exactly 20 park enterprises, a centre opened exactly six months before the cut-off, and a
 * training session whose range ends after the cut-off.
 *
 *   node test/corpus/counties/_make/h02-nanao.js
 */
const path = require('path');
const assert = require('assert');
const { rng, fmt, phone, person, makeVillages, split, writeCase, monthsInWindow } = require('./lib');

const r = rng(20210831 + 202);
const CUT = '2021-08-31';
const le = (d) => d <= CUT;
const REGION = '440523';
const usedIds = new Set();

// ------------------------------------------------------------------ villages (40 行政村 + 6 社区)
const TOWNS = [
  ['后宅镇', 16, ['后宅社区', '隆东社区', '隆南社区', '山顶社区']],
  ['云澳镇', 10, ['云澳社区']],
  ['深澳镇', 14, ['深澳社区']],
];
const villages = makeVillages(r, TOWNS, ['后宅', '隆东', '隆南', '山顶', '云澳', '深澳'], false);
const admin = villages.filter((v) => v.admin);
assert.strictEqual(admin.length, 40);
r.shuffle(admin).slice(0, 5).forEach((v) => (v.poor = true));
const poorV = r.shuffle(admin.filter((v) => v.poor));
const otherV = r.shuffle(admin.filter((v) => !v.poor));
const coveredPoor = poorV.slice(0, 4);
const latePoor = poorV[4]; // its station is hung 21.9.3
const coveredOther = otherV.slice(0, 24);
[...coveredPoor, ...coveredOther].forEach((v) => (v.covered = true));
const noExpress = otherV[30]; // an uncovered island village without express

const villageRows = [
  ['南澳县村（居）民委员会名单', null, null, null, null, null],
  ['序号', '镇', '村（居）民委员会', '性质', '省定贫困村', '快递进村'],
];
villages.forEach((v, i) => {
  villageRows.push([i + 1, v.town, v.admin ? v.core + '村民委员会' : v.core + '居民委员会', v.admin ? '村' : '社区',
    v.poor ? '是' : null, v === noExpress ? '×' : '√']);
});
villageRows.push(['合计', null, '46个（其中村民委员会40个，社区居民委员会6个）', null, '5个', null]);

// ------------------------------------------------------------------ stations
const rdate = (from, to) => {
  const a = Date.parse(from), b = Date.parse(to);
  return new Date(a + Math.floor(r.f() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
};
const stations = [...coveredPoor, ...coveredOther].map((v) => ({ v, opened: rdate('2020-06-01', '2021-08-20') }));
stations.push({ v: coveredOther[5], opened: '2021-06-08', second: true });
stations.push({ v: latePoor, opened: '2021-09-03', late: true });
const order = new Map(villages.map((v, i) => [v, i]));
stations.sort((a, b) => order.get(a.v) - order.get(b.v) || (a.second ? 1 : 0) - (b.second ? 1 : 0));
const stationRows = [
  ['南澳县村级电商服务站点台账', null, null, null, null, null, null, null],
  ['填报单位：南澳县经济促进局（商务）', null, null, null, null, '更新：2021年9月', null, null],
  ['序号', '站点名称', '所在村', '所在镇', '地址', '负责人', '联系电话', '挂牌时间'],
];
stations.forEach((s, i) => {
  const v = s.v;
  const vill = i % 4 === 1 ? v.core + '村民委员会' : v.core + '村';
  let when;
  if (s.late) when = '21.9.3';
  else if (s.second) when = '2021/6/8';
  else {
    let f = [fmt.yy, fmt.slash, fmt.real, fmt.yy, fmt.cnMonth, fmt.dot][i % 6];
    if (f === fmt.cnMonth && s.opened >= '2021-08') f = fmt.dot; // no month-only date in the cut-off month
    when = f(s.opened);
  }
  stationRows.push([i + 1, v.core + (s.second ? '村第二服务点' : '村电商服务站'), vill, v.town, v.town + v.core + '村' + r.int(1, 40) + '号',
    '陈林吴黄郑'[i % 5] + ['海燕', '少雄', '丽娜', '伟强'][i % 4], phone(r), when]);
});

// ------------------------------------------------------------------ poor persons
const poor = [];
const addPoor = (cat, n, y0, y1) => {
  for (let i = 0; i < n; i++) {
    const p = person(r, REGION, usedIds, { y0, y1, wantX: cat === 'eligible' && i === 0 });
    const v = r.f() < 0.6 ? r.pick(poorV) : r.pick(admin);
    poor.push({ ...p, cat, v });
  }
};
addPoor('eligible', 40, 1965, 2000);
addPoor('migrant', 12, 1972, 2001);
addPoor('noLabour', 8, 1938, 1956);
const xPerson = poor[0];
poor.sort((a, b) => order.get(a.v) - order.get(b.v));
const poorRows = [
  ['南澳县建档立卡贫困人口劳动力情况表', null, null, null, null, null, null],
  ['序号', '基本信息', null, null, null, '劳动力情况', null],
  [null, '姓名', '性别', '身份证号', '所在村', '劳动能力', '务工状态'],
];
poor.forEach((p, i) => {
  const lab = p.cat === 'noLabour' ? (i % 2 ? '丧失劳动能力' : '无劳动能力') : '有劳动能力';
  const work = p.cat === 'migrant' ? '外出务工' : p.cat === 'noLabour' ? '—' : (i % 3 === 0 ? '本地务工' : '在家务农');
  poorRows.push([i + 1, p.name, p.male ? '男' : '女', p.id, p.v.core + '村', lab, work]);
});
poorRows.push(['注：数据来源于县乡村振兴局（2021年6月核定）。', null, null, null, null, null, null]);

// ------------------------------------------------------------------ training sign-in
const eligible = poor.filter((p) => p.cat === 'eligible');
const elOrdered = [xPerson, ...r.shuffle(eligible.filter((p) => p !== xPerson))];
const trained = elOrdered.slice(0, 16);
const twice = trained[7];
const lateOnly = elOrdered.slice(16, 18);
const migTrained = poor.filter((p) => p.cat === 'migrant').slice(0, 2);
const nolTrained = poor.filter((p) => p.cat === 'noLabour').slice(0, 1);

const SESS = [
  // date (end), written, topic
  ['2020-09-24', '20.9.24', '电商基础知识普及培训'],
  ['2020-11-05', '20.11.3-5', '网店开设与运营实操'],
  ['2020-12-17', '2020.12.17', '海产品网络营销'],
  ['2021-01-14', '21.1.14', '短视频与直播带货'],
  ['2021-03-05', '21.3.5', '村级站点站长培训'],
  ['2021-04-14', '2021.4.12-14', '电商创业青年增值培训'],
  ['2021-05-20', '2021年5月20日', '渔家乐与民宿网络推广'],
  ['2021-06-24', '21.6.23-24', '紫菜、鱿鱼干包装与品牌'],
  ['2021-07-22', '2021.7.22', '巾帼电商培训班'],
  ['2021-08-19', '21.8.19', '电商客服与物流'],
];
const sizes = split(r, 520, SESS.length, 40, 64);
const sessions = SESS.map(([date, shown, topic], i) => ({ date, shown, topic, size: sizes[i], rows: [] }));
const late = { date: '2021-09-01', shown: '2021.8.30-9.1', topic: '秋季海产品直播带货培训', size: 14, rows: [] };
for (const p of trained) r.pick(sessions).rows.push({ p, poor: true });
{
  const first = sessions.find((s) => s.rows.some((x) => x.p === twice));
  let s; do s = r.pick(sessions); while (s === first);
  s.rows.push({ p: twice, poor: true });
}
for (const p of [...migTrained, ...nolTrained]) r.pick(sessions).rows.push({ p, poor: true });
for (const p of lateOnly) late.rows.push({ p, poor: true });
for (const s of [...sessions, late]) {
  const n = s.size - s.rows.length;
  assert(n >= 0);
  for (let i = 0; i < n; i++) s.rows.push({ p: person(r, REGION, usedIds, { y0: 1962, y1: 2003 }), poor: false });
  s.rows = r.shuffle(s.rows);
}
const trainRows = [
  ['南澳县电子商务培训学员签到汇总表', null, null, null, null, null, null, null],
  ['填表说明：', null, null, null, null, null, null, null],
  ['一、本表根据各期培训签到表汇总录入，每名学员每参加一期登记一行。', null, null, null, null, null, null, null],
  ['二、身份证号码须填写完整18位，末位为X的用大写。', null, null, null, null, null, null, null],
  ['三、培训日期为多天的，填写起止日期；年份可简写（如21.3.5）。', null, null, null, null, null, null, null],
  ['四、“是否贫困户”以县乡村振兴局核定的建档立卡名单为准。', null, null, null, null, null, null, null],
  ['五、外县学员、工作人员不登记。', null, null, null, null, null, null, null],
  ['六、本表每期培训结束后3个工作日内更新。', null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null],
  ['序号', '姓名', '性别', '身份证号码', '所在村（社区）', '培训日期', '培训内容', '是否贫困户'],
];
let n = 0;
for (const s of [...sessions, late]) {
  for (const x of s.rows) {
    n++;
    const v = x.poor ? x.p.v : r.pick(villages);
    trainRows.push([n, x.p.name, x.p.male ? '男' : '女', x.p.id, v.admin ? v.core + '村' : v.core, s.shown, s.topic, x.poor ? '是' : null]);
  }
}
trainRows.push([null, null, null, null, null, null, `共${n}人次`, null]);

// ------------------------------------------------------------------ enterprises (two-row header)
const ENT = [
  ['南澳县海韵电子商务有限公司', '销售型', '2020-06-18', null],
  ['南澳县宋井海产品网店', '网店', '2020-06-18', null],
  ['汕头市南澳岛电商运营有限公司', '电商运营商', '2020-07-02', null],
  ['南澳县青澳湾特产商行', '零售', '2020-07-20', null],
  ['南澳县渔家乐电商服务中心', '服务商', '2020-08-05', null],
  ['南澳县紫菜专业合作社', '销售型', '2020-08-26', null],
  ['南澳县黄花山茶叶网店', '网店', '2020-09-14', null],
  ['汕头市海岛优选代运营工作室', '代运营', '2020-10-09', null],
  ['南澳县云澳鱿鱼干商行', '零售', '2020-10-27', '2021-07-15'],
  ['南澳县深澳牡蛎网店', '网店', '2020-11-16', null],
  ['南澳县后宅海味电子商务有限公司', '销售型', '2020-12-01', null],
  ['南澳县蓝海直播电商有限公司', '电商运营商', '2020-12-22', null],
  ['南澳县金银岛特产店', '零售', '2021-01-11', null],
  ['南澳县岛民优品网店', '网店', '2021-02-03', null],
  ['汕头市潮汕味道电商运营有限公司南澳分公司', '代运营', '2021-03-08', null],
  ['南澳县海产品电商协会服务部', '服务商', '2021-03-29', null],
  ['南澳县长山尾海鲜网店', '网店', '2021-04-19', null],
  ['南澳县宋王山茶业有限公司', '销售型', '2021-05-24', null],
  ['南澳县渔港生鲜零售店', '零售', '2021-06-15', null],
  ['南澳县海丝电商运营工作室', '电商运营商', '2021-07-06', null],
  ['南澳县南海渔村特产网店', '网店', '2021-08-31', null],
];
const ALNUM = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const codes = new Set();
const code = () => { for (;;) { let s = '92440523MA5'; for (let i = 0; i < 7; i++) s += ALNUM[r.int(0, 30)]; if (!codes.has(s)) { codes.add(s); return s; } } };
const entRows = [
  ['南澳县电商产业园入驻企业清单', null, null, null, null, null, null],
  ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻情况', null, '备注'],
  [null, null, null, null, '入驻时间', '退出时间', null],
];
ENT.forEach(([name, type, entered, left], i) => {
  entRows.push([i + 1, name, code(), type, i % 2 ? fmt.dot(entered) : { date: entered }, left ? fmt.dot(left) : null, left ? '已迁出' : null]);
});

// ------------------------------------------------------------------ reports: months as columns
const MONTHS = ['2020年9月', '2020年10月', '2020年11月', '2020年12月', '2021年1月', '2021年2月', '2021年3月', '2021年4月', '2021年5月', '2021年6月', '2021年7月', '2021年8月'];
const MISO = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08'];
const repMarks = ['✓', '✓', '✓', '✓', null, null, '✓', '✓', '✓', '✓', '✓', '✓'];
const repRows = [
  ['南澳县向汕头市商务局报送示范创建工作情况（按月）', ...new Array(12).fill(null)],
  ['报送事项', ...MONTHS],
  ['月度工作进展及统计数据', ...repMarks],
  ['注：1月、2月未报送。', ...new Array(12).fill(null)],
];

// ------------------------------------------------------------------ disclosures
const DISC = [
  ['2020-06-12', '南澳县电子商务进农村综合示范创建实施方案'],
  ['2020-09-28', '9月项目建设进度'],
  ['2020-10-30', '10月项目建设进度'],
  ['2020-11-27', '11月项目建设进度'],
  ['2020-12-25', '12月项目建设进度'],
  ['2021-03-31', '一季度项目建设进度'],
  ['2021-04-29', '4月项目建设进度'],
  ['2021-05-28', '5月项目建设进度'],
  ['2021-06-30', '6月项目建设进度'],
  ['2021-08-27', '7-8月项目建设进度'],
];
const discRows = [
  ['县政府网站电商进农村专栏信息发布记录', null, null, null],
  ['序号', '发布日期', '标题', '栏目'],
];
DISC.forEach(([d, t], i) => discRows.push([i + 1, [fmt.dot, fmt.real, fmt.cn][i % 3](d), t, i === 0 ? '创建方案' : '项目进度']));

// ------------------------------------------------------------------ media, on its side
const mediaRows = [
  ['南澳县电商进农村宣传报道情况（横表）', null, null, null],
  ['序号', 1, 2, 3],
  ['报道日期', '2021.1.12', { date: '2021-05-20' }, '2021.9.20'],
  ['媒体', '汕头日报', '南澳县融媒体中心', '南方+'],
  ['级别', '市级', '县级', '省级'],
  ['形式', '报纸', '电视', '网络'],
  ['标题', '南澳：电商助海岛特产“出岛”', '《南澳新闻》电商带动渔民增收', '南澳电商进农村示范县创建见成效'],
  ['是否电商扶贫典型案例', '否', '是', '否'],
];

// ------------------------------------------------------------------ materials
const matRows = [
  ['经验材料报送登记', null, null],
  ['报送时间', '材料标题', '报送单位'],
  ['2021.9.15', '南澳县电子商务进农村综合示范工作经验总结', '南澳县经济促进局'],
];

// ------------------------------------------------------------------ funds
const FUND = [
  ['2020-05-12', '公共服务中心建设', '中心建设', '125万', 1250000],
  ['2020-08-20', '村级站点建设（一期）', '站点', '36.5万元', 365000],
  ['2020-10-15', '电商培训', '培训', 480000, 480000],
  ['2021-01-20', '县乡村物流体系建设', '物流', '1,215,000.00', 1215000],
  ['2021-04-28', '海岛特产品牌推广', '品牌', '9.8万', 98000],
  ['2021-06-30', '村级站点建设（二期）', '站点', 92000, 92000],
  ['2021-09-06', '公共服务中心运营', '中心运营', '42万', 420000],
];
const fundRows = [
  ['南澳县电子商务进农村综合示范专项资金使用台账', null, null, null, null, null],
  ['单位：元', null, null, null, null, null],
  ['序号', '拨付日期', '用途', '类别', '金额', '凭证号'],
];
FUND.forEach((f, i) => fundRows.push([i + 1, i % 2 ? fmt.dot(f[0]) : { date: f[0] }, f[1], f[2], f[3], `${f[0].slice(0, 4)}-${String(31 + i * 9).padStart(4, '0')}`]));
const fundAll = FUND.reduce((a, f) => a + f[4], 0);
fundRows.push(['合计', null, null, null, fundAll, null]);
fundRows.push(['注：本表金额单位为元，标注“万”的为万元。', null, null, null, null, null]);

// ------------------------------------------------------------------ facts: 基本情况 (label | value | remark)
const factRows = [
  ['南澳县电子商务进农村综合示范创建基本情况', null, null],
  ['项目', '情况', '说明'],
  ['一、基本信息', null, null],
  ['县（区）', '南澳县', null],
  ['考评截止日期', { date: '2021-08-31' }, null],
  ['常住人口', '6.5万人', null],
  ['行政村（村民委员会）', '40个', '社区居民委员会6个不计'],
  ['省定贫困村', '5个', null],
  ['二、组织领导', null, null],
  ['牵头领导', '常务副县长', '任领导小组组长'],
  ['参与部门', '县经济促进局、财政局、农业农村局、乡村振兴局', null],
  ['示范县工作方案', '已印发', null],
  ['扶持政策', '已出台', null],
  ['三、服务体系及上行', null, null],
  ['公共服务中心投入运营日期', '2021年2月28日', null],
  ['免费培训场所及设备', '是', null],
  ['特色农产品免费展示、销售', '是', null],
  ['免费摄影、美工', '否', null],
  ['统一推广、品牌建设指导', '是', null],
  ['其他衍生增值服务', '否', null],
  ['电商产业园', '是', '与中心合署'],
  ['第三方电商运营服务商', '是', null],
  ['行政村物流快递覆盖率100%', '是', null],
  ['2019年农村网络零售额', '1.20亿元', null],
  ['2020年农村网络零售额', '1.56亿元', null],
  ['2020年农产品网络零售额增速', '18.6%', null],
  ['四、信息公开及资金', null, null],
  ['专栏公示创建方案', '有', null],
  ['专栏公示项目基本信息', '有', null],
  ['专栏公示建设进度', '有', null],
  ['征求意见/监督举报窗口', '无', null],
  ['能统计电商扶贫情况', '是', null],
  ['下达资金', '500万元', null],
  ['累计拨付', '350万元', null],
  ['资金管理制度', '已制定', null],
  ['资金专用台账', '已建立', null],
  ['项目总体进度', '72%', null],
  ['安全生产、质量事故', '无', null],
  ['弄虚作假', '无', null],
  ['五、判断项自评（分）', null, null],
  ['方案制定（1-2分）', 2, null],
  ['政策支持（1-2分）', 1, null],
  ['项目管理制度（1-2分）', 2, null],
  ['工作台账（1-2分）', 1, null],
  ['网销调研（1-2分）', 1, null],
  ['网络促销活动（1-2分）', 2, null],
  ['交易标准、冷链溯源（1-2分）', 1, null],
  ['资金管理制度（1-5分）', 3, null],
  ['资金台账（1-5分）', 3, null],
  ['资金及时拨付（1-5分）', 3, null],
];

// ------------------------------------------------------------------ 自评表: the official table with 自评得分
const T = {
  lead: '由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；\n由县（市、区）政府分管领导牵头（1分）；\n其他情况不得分。',
  plan: '工作方案因地制宜,可操作性较强（1-2分）',
  policy: '出台相关政策，且得到较好落实（1-2分）',
  mgmt: '建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；\n建立完整工作台账，详细记录项目建设情况（1-2分）。',
  center: '建成县级电子商务公共服务中心（2分）；\n建成后已正常运行6个月（截至2021年8月31日）以上（2分）；\n有免费培训场所、培训设备，能组织电商基础培训（2分）；\n为特色农产品提供免费展示、销售服务（1分）；\n为电子商务市场主体提供免费摄影、美工服务（1分）；\n组织农产品统一推广、指导特色农产品品牌建设（1分）；\n为电子商务发展提供其他衍生增值服务（1分）；\n建设或整合、优化当地电商产业园（2分)；\n电商产业园企业入驻数量达20家及以上(2分)；\n电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。',
  coverage: '行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分；\n贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分。',
  upward: '对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；\n开展农村产品网络促销活动成效明显（1-2分）；\n当地有专业第三方电子商务运营或服务商（1分）；\n行政村物流快递覆盖率100%（1分）；\n有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；\n2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。',
  training: '培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；\n建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。',
  disclosure: '在县政府网站设立公开专栏且内容全面（2分）；\n近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。',
  reporting: '近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；\n能统计电商扶贫情况（3分），未统计相关情况不得分。',
  cases: '向市商务局报送经验材料（2分）',
  media: '省级及以上媒体进行宣传报道（4分）；\n市级媒体进行宣传报道（3分）；\n县级媒体进行宣传报道（1分）。',
  fsys: '建立科学有效的资金管理制度且得到有效落实（1-5分）',
  fled: '项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）',
  fspend: '资金支出率70%以上，且根据创建进度及时拨付（1-5分）；\n资金支出率低于70%倒扣5分。',
};
const selfRows = [
  ['南澳县2019年省级电子商务进农村综合示范创建考评自评表', null, null, null, null, null],
  ['工作任务', '评价指标名称', '权重（%）', '评分标准', '自评得分', '备注'],
  ['加强组织领导与统筹协调（10分）', '组织领导', 2, T.lead, 1, '常务副县长牵头'],
  [null, '方案制定', 2, T.plan, 2, null],
  [null, '政策支持', 2, T.policy, 1, null],
  [null, '项目管理', 4, T.mgmt, 3, null],
  ['深入推动电子商务进农村工作（55分）', '服务体系建设', 25, T.center, 13, null],
  [null, null, null, T.coverage, 10, null],
  [null, '农村产品上行', 10, T.upward, 8, null],
  [null, '电商人才培训', 20, T.training, 18, null],
  ['加强信息公开及报送（10分）', '信息公开', 4, T.disclosure, 2, null],
  [null, '数据上报', 6, T.reporting, 4, null],
  ['加强宣传推广（10分）', '案例总结', 2, T.cases, 2, null],
  [null, '经验推广', 8, T.media, 4, null],
  ['加强财政资金管理（15分）', '制度建立', 5, T.fsys, 3, null],
  [null, '资金台账', 5, T.fled, 3, null],
  [null, '资金支出', 5, T.fspend, 3, null],
  ['加分项（4分）', null, null, '建档立卡贫困人口培训率70%及以上（2分）', null, null],
  [null, null, null, '电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）', null, null],
  ['一票否决项', null, null, '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。', '无', null],
  [null, null, null, '项目建设进度严重滞后，总体进度不足40%。', '无', null],
  [null, null, null, '弄虚作假。', '无', null],
  ['合计得分', null, null, null, 77, null],
];
const selfMerges = ['A1:F1', 'A3:A6', 'A7:A10', 'B7:B8', 'C7:C8', 'A11:A12', 'A13:A14', 'A15:A17', 'A18:C19', 'A20:C22', 'A23:D23'];

// ------------------------------------------------------------------ checks against the derivation
const cov = new Set(stations.filter((s) => s.v.admin && le(s.opened)).map((s) => s.v));
assert.strictEqual(cov.size, 28);
assert.strictEqual([...cov].filter((v) => v.poor).length, 4);
const ptRows = sessions.reduce((a, s) => a + s.rows.length, 0);
assert.strictEqual(ptRows, 520);
assert.strictEqual(ptRows * 1000, 65000 * 8); // exactly 0.8%
const trainedIds = new Set(sessions.flatMap((s) => s.rows.map((x) => x.p.id)));
const elig = poor.filter((p) => p.cat === 'eligible');
assert.strictEqual(elig.length, 40);
assert.strictEqual(elig.filter((p) => trainedIds.has(p.id)).length, 16);
assert(xPerson.id.endsWith('X'));
const inPark = ENT.filter(([, , e, l]) => le(e) && !(l && l < CUT));
assert.strictEqual(inPark.length, 20);
assert.strictEqual(FUND.filter((f) => le(f[0])).reduce((a, f) => a + f[4], 0), 3500000);
assert.strictEqual(monthsInWindow(DISC.map((d) => d[0])).length, 9);
assert.strictEqual(repMarks.filter(Boolean).length, 10);
const claimed = {
  'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
  'work.center': 13, 'work.coverage': 10, 'work.upward': 8, 'work.training': 18,
  'info.disclosure': 2, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 4,
  'fund.system': 3, 'fund.ledger': 3, 'fund.spending': 3,
};
assert.strictEqual(Object.values(claimed).reduce((a, b) => a + b, 0), 77);
const points = {
  'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
  'work.center': 12, 'work.coverage': 8, 'work.upward': 7, 'work.training': 16,
  'info.disclosure': 1, 'info.reporting': 4, 'promo.cases': 0, 'promo.media': 4,
  'fund.system': 3, 'fund.ledger': 3, 'fund.spending': 3,
  'bonus.poorTraining': 0, 'bonus.tvCase': 0,
  'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
};
const scored = Object.entries(points).filter(([k]) => !/^(bonus|veto)\./.test(k)).reduce((a, [, v]) => a + v, 0);
assert.strictEqual(scored, 68);

writeCase(path.join(__dirname, '..', 'h02-nanao.json'), {
  description: '南澳县经济促进局的整本台账（中等，边界多）：基本情况表（项目|情况|说明，含判断项自评）加官方指标体系自评表（自评得分＝县里的自报分），村（居）民委员会名单带快递列，站点台账两位年份，培训签到表在长填表说明之后（跨截止日的起止日期按结束日），贫困人口两行合并表头，入驻企业两行表头，报送记录按月份列，宣传报道横排，资金台账元与万元混填带合计。',
  sheets: [
    { name: '基本情况', rows: factRows, merges: ['A1:C1'] },
    { name: '自评表', rows: selfRows, merges: selfMerges },
    { name: '村居名单', rows: villageRows, merges: ['A1:F1'] },
    { name: '站点台账', rows: stationRows, merges: ['A1:H1'] },
    { name: '培训签到', rows: trainRows, merges: ['A1:H1', 'A2:H2', 'A3:H3', 'A4:H4', 'A5:H5', 'A6:H6', 'A7:H7', 'A8:H8'] },
    { name: '贫困人口', rows: poorRows, merges: ['A1:G1', 'A2:A3', 'B2:E2', 'F2:G2', `A${poorRows.length}:G${poorRows.length}`] },
    { name: '入驻企业', rows: entRows, merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:G3'] },
    { name: '报送记录', rows: repRows, merges: ['A1:M1', 'A4:M4'] },
    { name: '专栏更新', rows: discRows, merges: ['A1:D1'] },
    { name: '宣传报道', rows: mediaRows, merges: ['A1:D1'] },
    { name: '经验材料', rows: matRows, merges: ['A1:C1'] },
    { name: '资金台账', rows: fundRows, merges: ['A1:F1', 'A2:F2', `A${fundRows.length - 1}:D${fundRows.length - 1}`, `A${fundRows.length}:F${fundRows.length}`] },
  ],
  expect: { asOf: CUT, total: 68, bonus: 0, vetoed: false, points, claimed },
  derivation: [
    'org.leadership: 常务副县长牵头（分管领导）→ 1',
    'org.plan: 方案已印发，自评 2 → 2',
    'org.policy: 政策已出台，自评 1 → 1',
    'org.management: 项目管理制度 2 + 工作台账 1 → 3',
    'work.center: 2021-02-28 运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（恰好满6个月）→ 2；免费培训 2、展示销售 1、摄影美工 0、推广品牌 1、其他增值 0；产业园 2；截至 2021-08-31 在园 20 家（21 家中云澳鱿鱼干商行 2021-07-15 迁出；南海渔村特产网店 2021-08-31 入驻计入）≥ 20 → 2；类型 销售型/网店/零售 = 销售型，电商运营商/代运营/服务商 = 电商运营商，只有 2 种 → 0；合计 12',
    'work.coverage: 28/40 个行政村有截止日前挂牌的站点 = 70.0% ≥ 70% → 5（' + coveredOther[5].core + '村两个点计一次）；省定贫困村 4/5 = 80% → 3（' + latePoor.core + '村站点 21.9.3 挂牌不计）；合计 8',
    'work.upward: 网销调研 1 + 促销活动 2 + 第三方 1 + 快递覆盖 0（名单中' + noExpress.core + '村民委员会快递进村为 ×，与基本情况表“是”矛盾，以名单为准）+ 交易标准/冷链溯源 1 + 增速 2（农村网零 1.56/1.20 − 1 = 30.0% ≥ 30%）→ 7',
    'work.training: 签到表截止日前 520 行（2021.8.30-9.1 一期按结束日 2021-09-01 计，14 行不计）/ 65000 = 0.8% → 8；贫困人口：有劳动能力且非外出务工 40 人，截止日前参训 16 人（1 人参训两次计一次；2 人只在 9 月一期参训不计；外出务工 2 人、无劳动能力 1 人参训不计入）= 40% → 8；合计 16',
    'info.disclosure: 无征求意见/监督举报窗口 → 内容不全 0；近一年 9 个月有更新（2021年1、2、7月无）→ 不定时 1；合计 1',
    'info.reporting: 12 个月中 10 个月报送（2021年1、2月无）→ 不定时 1；能统计电商扶贫 → 3；合计 4',
    'promo.cases: 唯一一份经验材料 2021.9.15 报送，晚于截止日 → 0',
    'promo.media: 市级（汕头日报）3 + 县级（县融媒体中心）1；南方+（省级）2021.9.20 晚于截止日不计 → 4',
    'fund.system: 自评 3 → 3',
    'fund.ledger: 自评 3 → 3',
    'fund.spending: 截止日前拨付 3,500,000 / 5,000,000 = 70.0% ≥ 70%（2021.9.6 的 42 万不计）→ 及时拨付自评 3 → 3',
    'bonus.poorTraining: 贫困人口培训率 40% < 70% → 0',
    'bonus.tvCase: 电商扶贫案例仅县融媒体中心电视播报，非国家级/省级 → 0',
    'veto.incident: 无 → 0',
    'veto.progress: 总体进度 72% ≥ 40% → 0',
    'veto.fraud: 无 → 0',
    'total: 15 项合计 68，无加分 → 68（自评 77）',
  ],
});
console.log('h02-nanao.json written');
