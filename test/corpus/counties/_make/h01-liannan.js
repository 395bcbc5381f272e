'use strict';
/*
 * h01-liannan.js — writes ../h01-liannan.json: 连南瑶族自治县, a strong county (94).
 *
 *   node test/corpus/counties/_make/h01-liannan.js
 *
 * Standalone (only ./lib.js helpers). The asserts at the end recount the generated ledgers and
 * compare them with the hand-written derivation.
 */
const path = require('path');
const assert = require('assert');
const { rng, fmt, phone, makeVillages, split, writeCase, monthsInWindow } = require('./lib');

const r = rng(20210831 + 101);
const CUT = '2021-08-31';
const le = (d) => d <= CUT;

// ------------------------------------------------------------------ villages (71 行政村 + 4 社区)
const TOWNS = [
  ['三江镇', 14, ['城东社区', '城西社区', '城南社区']],
  ['寨岗镇', 16, ['寨岗社区']],
  ['大麦山镇', 11, []],
  ['香坪镇', 8, []],
  ['涡水镇', 7, []],
  ['大坪镇', 7, []],
  ['三排镇', 8, []],
];
const villages = makeVillages(r, TOWNS, ['寨岗', '三江', '大坪', '三排', '香坪', '涡水'], true);
const admin = villages.filter((v) => v.admin);
assert.strictEqual(admin.length, 71);
r.shuffle(admin).slice(0, 16).forEach((v) => (v.poor = true));
const poorV = admin.filter((v) => v.poor);
const otherV = r.shuffle(admin.filter((v) => !v.poor));
const coveredOther = otherV.slice(0, 39);
const lateVillage = otherV[39]; // its only station opens after the cut-off
[...poorV, ...coveredOther].forEach((v) => (v.covered = true));

const villageRows = [
  ['连南瑶族自治县行政村（社区）名单', null, null, null, null, null],
  ['序号', '镇', '村（居）委会', '类别', '是否省定贫困村', '快递是否到村'],
];
villages.forEach((v, i) => {
  let name;
  if (!v.admin) name = v.core + '居委会';
  else name = v.core + (i % 5 === 3 ? '村民委员会' : '村委会');
  villageRows.push([i + 1, v.town, name, v.admin ? '行政村' : '社区', v.admin ? (v.poor ? '是' : '否') : null, v.admin ? '√' : null]);
});
villageRows.push(['注：行政村71个，社区4个；省定贫困村16个。', null, null, null, null, null]);

// ------------------------------------------------------------------ stations
const stations = [];
const rdate = (from, to) => {
  const a = Date.parse(from), b = Date.parse(to);
  return new Date(a + Math.floor(r.f() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
};
for (const v of r.shuffle([...poorV, ...coveredOther])) stations.push({ v, opened: rdate('2020-04-01', '2021-07-31') });
// a second station in a covered village
const dup = coveredOther[3];
stations.push({ v: dup, opened: '2021-05-18', second: true });
// a station in a community (not a 行政村)
const comm = villages.find((v) => v.core === '城东社区');
stations.push({ v: comm, opened: '2020-12-02' });
// a station opened after the cut-off
stations.push({ v: lateVillage, opened: '2021-09-15' });
const order = new Map(villages.map((v, i) => [v, i]));
stations.sort((a, b) => order.get(a.v) - order.get(b.v) || (a.second ? 1 : 0) - (b.second ? 1 : 0));

const stationRows = [
  ['连南瑶族自治县村级电子商务服务站点清单', null, null, null, null, null, null, null],
  ['序号', '站点基本信息', null, null, null, '站点负责人', null, '建成时间'],
  [null, '站点名称', '所在镇', '所在村', '详细地址', '姓名', '联系电话', null],
];
const SURN = '房唐沈盘邓唐李黄陈';
stations.forEach((s, i) => {
  const v = s.v;
  let vill;
  if (!v.admin) vill = v.core;
  else vill = v.core + (i % 7 === 2 ? '村委会' : i % 11 === 5 ? '村民委员会' : '村');
  const name = (v.admin ? v.core + '村' : v.core) + (s.second ? '电商服务站（二）' : '电商服务站');
  const f = s.opened === '2021-09-15' ? fmt.dot : [fmt.real, fmt.dot, fmt.cn, fmt.real][i % 4];
  stationRows.push([i + 1, name, v.town, vill, v.town + v.core + (v.admin ? '村' : '') + r.int(1, 60) + '号',
    SURN[r.int(0, SURN.length - 1)] + (r.f() < 0.5 ? '志强' : '秀英'), phone(r), f(s.opened)]);
});
stationRows.push(['填表人：房××        审核：唐××        更新日期：2021年9月20日', null, null, null, null, null, null, null]);

// ------------------------------------------------------------------ training sessions (人次)
const TOPICS = ['电商基础知识普及', '网店开设与运营', '农产品网络营销', '直播带货实操', '瑶族特色产品电商推广',
  '村级站点站长培训', '电商创业青年增值班', '巾帼电商培训', '农产品包装与品牌', '微信小程序与社群营销', '物流快递与客服'];
const nPre = 22;
const sizes = split(r, 1486, nPre, 40, 95);
const preDates = [];
for (let i = 0; i < nPre; i++) preDates.push(rdate('2020-01-06', '2021-08-20'));
preDates.sort();
const sessions = preDates.map((d, i) => ({ date: d, size: sizes[i], topic: TOPICS[i % TOPICS.length] }));
// written forms: ranges read at the end, two-digit years, months only
const shown = [];
sessions.forEach((s, i) => {
  const [y, m, d] = s.date.split('-').map(Number);
  let text;
  switch (i % 5) {
    case 0: text = `${y % 100}.${m}.${d}`; break; // 20.10.15
    case 1: { const d0 = Math.max(1, d - 2); text = d0 === d ? `${y}.${m}.${d}` : `${y}.${m}.${d0}-${d}`; break; } // 2021.3.1-3
    case 2: text = { date: s.date }; break;
    case 3: { const d0 = Math.max(1, d - 1); text = d0 === d ? `${y}年${m}月${d}日` : `${y}年${m}月${d0}日-${d}日`; break; }
    default: text = `${y}/${m}/${d}`;
  }
  shown.push(text);
});
const lateSession = { date: '2021-09-08', size: 60, topic: '秋季电商直播培训' };
const trainingRows = [
  ['连南瑶族自治县电子商务进农村培训台账', null, null, null, null, null, null, null],
  ['填表说明：', null, null, null, null, null, null, null],
  ['1. 本表按培训期次逐期登记，每期一行；“参训人次”以签到表实际人数为准，签到表原件另行归档。', null, null, null, null, null, null, null],
  ['2. 培训时间为多天的，填写起止日期（如2021.3.1-3）。', null, null, null, null, null, null, null],
  ['3. “其中贫困户人次”指建档立卡贫困户参训人次，已包含在“参训人次”内，不得重复统计。', null, null, null, null, null, null, null],
  ['4. 培训对象填写：农户、合作社、企业、村站点、返乡青年、机关干部等。', null, null, null, null, null, null, null],
  ['5. 本表由县电商公共服务中心每月5日前更新并报县商务局。', null, null, null, null, null, null, null],
  ['序号', '培训时间', '培训主题', '培训地点', '培训对象', '参训人次', '其中贫困户人次', '备注'],
];
const PLACES = ['县电商公共服务中心', '寨岗镇政府', '大麦山镇文化站', '三江镇会议室', '县职校'];
sessions.forEach((s, i) => {
  trainingRows.push([i + 1, shown[i], s.topic, PLACES[i % PLACES.length], ['农户、合作社', '返乡青年', '村站点', '企业', '贫困户、农户'][i % 5],
    s.size, Math.floor(s.size / 3), i === 6 ? '线上+线下' : null]);
});
trainingRows.push([nPre + 1, '21.9.8', lateSession.topic, '县电商公共服务中心', '农户、企业', lateSession.size, 12, null]);
const allPT = sessions.reduce((a, s) => a + s.size, 0) + lateSession.size;
trainingRows.push(['合计', null, null, null, null, allPT, null, null]);

// ------------------------------------------------------------------ enterprises, on their side
const ENT = [
  ['连南县瑶山电子商务有限公司', '平台型电商企业', '2020-07-01', null],
  ['清远市瑶韵农产品销售有限公司', '销售型企业', '2020-07-01', null],
  ['连南县千年瑶寨特产商行', '销售型企业', '2020-07-15', null],
  ['广东瑶家人电商运营有限公司', '电商运营商', '2020-07-15', null],
  ['连南县顺通快递有限公司', '物流企业', '2020-08-03', null],
  ['连南县大麦山茶叶专业合作社网店', '销售型企业', '2020-08-20', null],
  ['清远市南岭云仓储物流有限公司', '物流企业', '2020-09-10', null],
  ['连南县稻田鱼电商商行', '销售型企业', '2020-09-25', null],
  ['连南县邮政分公司电商部', '物流企业', '2020-10-12', null],
  ['广州市优品汇网络科技有限公司（连南分公司）', '平台型电商企业', '2020-10-30', null],
  ['连南县山里货电子商务有限公司', '电商运营商', '2020-11-06', null],
  ['连南县寨岗无核黄皮销售有限公司', '销售型企业', '2020-11-20', null],
  ['连南县瑶绣文化传播有限公司', '销售型企业', '2020-12-08', '2021-06-30'],
  ['清远市乡味直播电商有限公司', '电商运营商', '2021-01-05', null],
  ['连南县香坪高山蔬菜合作社', '销售型企业', '2021-01-18', null],
  ['连南县速达物流有限公司', '物流企业', '2021-02-22', null],
  ['连南县三排山茶油商行', '销售型企业', '2021-03-09', null],
  ['连南县瑶山优选网络科技有限公司', '平台型电商企业', '2021-03-30', null],
  ['连南县涡水腊味电商店', '销售型企业', '2021-04-16', null],
  ['清远市农优电商服务有限公司', '电商运营商', '2021-05-11', '2021-10-15'],
  ['连南县大坪竹笋专业合作社', '销售型企业', '2021-06-07', null],
  ['连南县新瑶电商代运营工作室', '电商运营商', '2021-07-19', null],
  ['连南县瑶岭农特产品有限公司', '销售型企业', '2021-09-06', null],
];
const credit = new Set();
const ALNUM = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function code() {
  for (;;) {
    let s = '9144182' + '6MA5';
    for (let i = 0; i < 7; i++) s += ALNUM[r.int(0, ALNUM.length - 1)];
    if (!credit.has(s)) { credit.add(s); return s; }
  }
}
const ents = ENT.map(([name, type, entered, left]) => ({ name, type, entered, left, code: code() }));
const entWidth = ents.length + 1;
const blankRow = () => new Array(entWidth).fill(null);
const side = [blankRow(), ['序号'], ['企业名称'], ['统一社会信用代码'], ['企业类型'], ['入驻时间'], ['退出时间'], ['备注']];
side[0][0] = '连南瑶族自治县电子商务产业园入驻企业名单（截至2021年9月）';
ents.forEach((e, i) => {
  side[1].push(i + 1);
  side[2].push(e.name);
  side[3].push(e.code);
  side[4].push(e.type);
  side[5].push(i % 3 === 0 ? { date: e.entered } : fmt.dot(e.entered));
  side[6].push(e.left ? fmt.dot(e.left) : null);
  side[7].push(e.left ? '已退园' : null);
});
const colName = (n) => { let s = ''; n++; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

// ------------------------------------------------------------------ disclosures: months as columns
const months = ['2020年7月', '2020年8月', '2020年9月', '2020年10月', '2020年11月', '2020年12月', '2021年1月', '2021年2月',
  '2021年3月', '2021年4月', '2021年5月', '2021年6月', '2021年7月', '2021年8月'];
const discCells = ['2020.7.20', null, '√', '2020.10.16', '√', { date: '2020-12-11' }, '√', '2021.2.26', '√', '√',
  { date: '2021-05-14' }, '√', '2021.7.9', '√'];
const discDates = ['2020-07', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08'];
const discRows = [
  ['连南瑶族自治县人民政府网站“电子商务进农村综合示范”专栏更新情况', ...new Array(14).fill(null)],
  ['栏目', ...months],
  ['项目建设进度（发布日期或√）', ...discCells],
  ['注：专栏网址 http://www.liannan.gov.cn/（电子商务进农村综合示范专栏），每月更新项目建设进度。', ...new Array(14).fill(null)],
];

// ------------------------------------------------------------------ reports to the city bureau
const REP = [
  ['2020-06-30', '否'], ['2020-07-31', '否'], ['2020-08-31', '是'], ['2020-09-30', '是'], ['2020-10-30', '否'],
  ['2020-11-27', '是'], ['2020-12-30', '是'], ['2021-01-08', '否'], ['2021-01-29', '是'], ['2021-03-31', '是'],
  ['2021-04-29', '否'], ['2021-05-31', '是'], ['2021-06-30', '是'], ['2021-07-30', '否'], ['2021-08-31', '是'],
];
const repRows = [
  ['连南瑶族自治县向清远市商务局报送示范创建工作情况记录', null, null, null, null],
  ['序号', '报送时间', '报送内容', '报送方式', '是否含电商扶贫统计'],
];
REP.forEach(([d, p], i) => {
  const [y, m] = d.split('-').map(Number);
  repRows.push([i + 1, i % 3 === 1 ? { date: d } : fmt.cn(d), `${y}年${m}月电子商务进农村综合示范工作进展${p === '是' ? '及电商扶贫统计表' : ''}`,
    i % 2 ? '粤政易' : '电子邮件', p]);
});
repRows.push(['备注：2021年2月因春节假期，1月、3月报送内容已合并说明。', null, null, null, null]);

// ------------------------------------------------------------------ media
const MEDIA = [
  ['2020-12-03', '南方日报', '省级', '报纸', '连南：电商让瑶山好物走出大山', '否'],
  ['2021-04-22', '广东广播电视台', '省级', '电视', '《广东新闻联播》连南瑶族自治县电商扶贫带动稻田鱼销售', '是'],
  ['2021-06-05', '连南瑶族自治县融媒体中心', '县级', '网络', '我县举办第二期直播带货培训班', '否'],
  ['2021-09-09', '清远日报', '市级', '报纸', '连南电商进农村示范县创建成效显著', '否'],
];
const mediaRows = [
  ['连南瑶族自治县电子商务进农村宣传报道情况', null, null, null, null, null, null],
  ['序号', '报道日期', '媒体名称', '媒体级别', '报道形式', '标题', '是否电商扶贫典型案例'],
];
MEDIA.forEach((m, i) => mediaRows.push([i + 1, fmt.dot(m[0]), m[1], m[2], m[3], m[4], m[5]]));

// ------------------------------------------------------------------ materials
const MAT = [['2021-03-18', '连南瑶族自治县电子商务进农村综合示范创建经验做法'], ['2021-07-20', '“电商+稻田鱼”带动瑶山群众增收典型案例']];
const matRows = [
  ['序号', '报送日期', '材料名称', '报送单位', '报送对象'],
];
MAT.forEach((m, i) => matRows.push([i + 1, fmt.cn(m[0]), m[1], '县商务局', '清远市商务局']));

// ------------------------------------------------------------------ funds (元 and 万 mixed)
const FUND = [
  ['2020-03-20', '县电商公共服务中心装修改造（首期）', '清远市建安装饰工程有限公司', '80万', 800000],
  ['2020-06-15', '公共服务中心设备采购', '连南县瑶山电子商务有限公司', '625,000.00', 625000],
  ['2020-09-28', '村级电商服务站点建设（第一批）', '广东瑶家人电商运营有限公司', '68.5万', 685000],
  ['2020-11-30', '电商培训（第一期）', '清远市乡村振兴培训学校', 186400, 186400],
  ['2021-01-15', '县乡村三级物流配送体系建设', '连南县顺通快递有限公司', '102.6万', 1026000],
  ['2021-03-26', '村级电商服务站点建设（第二批）', '广东瑶家人电商运营有限公司', 512750, 512750],
  ['2021-05-20', '农产品品牌推广', '清远市乡味直播电商有限公司', '15.8万元', 158000],
  ['2021-07-09', '电商培训（第二期）', '清远市乡村振兴培训学校', '203,500.00', 203500],
  ['2021-08-27', '农产品溯源系统', '连南县瑶山优选网络科技有限公司', 116000, 116000],
  ['2021-09-10', '公共服务中心运营补贴', '连南县瑶山电子商务有限公司', '30万', 300000],
];
const fundRows = [
  ['连南瑶族自治县电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null],
  ['单位：元（标“万”的为万元）', null, null, null, null, null, null],
  ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号', '备注'],
];
FUND.forEach((f, i) => fundRows.push([i + 1, i % 2 ? { date: f[0] } : fmt.dot(f[0]), f[1], f[2], f[3], `记-${2020 + (f[0] >= '2021' ? 1 : 0)}-${String(i * 7 + 12).padStart(3, '0')}`, null]));
const fundAll = FUND.reduce((a, f) => a + f[4], 0);
fundRows.push(['合计', null, null, null, fundAll.toLocaleString('en-US') + '.00', null, null]);
fundRows.push(['注：省级下达资金500万元，县财政局按项目进度拨付。', null, null, null, null, null, null]);

// ------------------------------------------------------------------ facts in the clerk's own words
const factRows = [
  ['连南瑶族自治县电子商务进农村综合示范县创建基本情况', null, null],
  ['一、基本情况', null, null],
  ['县（区）', '连南瑶族自治县', null],
  ['考评截止日期', '2021年8月31日', null],
  ['常住人口', '13.72万人', '第七次人口普查'],
  ['行政村', '71个', '另有社区4个'],
  ['省定贫困村', '16个', null],
  ['领导小组组长', '县长', null],
  ['成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、县供销社', null],
  ['示范县工作方案', '已正式印发', '连南府办〔2019〕31号'],
  ['支持农村电商的政策', '已出台', '《连南瑶族自治县促进农村电子商务发展若干措施》'],
  ['县电商公共服务中心开始运营', '2020年11月20日', null],
  ['中心有免费培训场地和设备', '有', null],
  ['特色农产品免费展示、销售', '有', null],
  ['免费摄影、美工', '无', '按成本收费'],
  ['农产品统一推广、品牌指导', '有', null],
  ['其他衍生增值服务', '有', '代办证照、网店代开'],
  ['电商产业园', '有', '与公共服务中心同址'],
  ['专业第三方运营服务商', '有', '广东瑶家人电商运营有限公司'],
  ['行政村快递覆盖率100%', '是', '见行政村名单'],
  ['2019年农村网络零售额', '2.35亿元', '省商务厅数据'],
  ['2020年农村网络零售额', '3.02亿元', '省商务厅数据'],
  ['2019年农产品网络零售额', '5800万元', null],
  ['2020年农产品网络零售额', '7900万元', null],
  ['有劳动能力的建档立卡贫困人口（不含外出务工）', '1,128人', '县乡村振兴局确认'],
  ['参加电商培训的建档立卡贫困人口', '846人', null],
  ['专栏公示创建方案', '√', null],
  ['专栏公示项目基本信息', '√', null],
  ['专栏公示项目建设进度', '√', null],
  ['专栏设监督举报窗口', '√', null],
  ['能统计电商扶贫情况', '能', null],
  ['省级下达资金', '500万元', null],
  ['累计拨付', '4,312,650元', '截至8月31日'],
  ['资金管理制度', '已制定', null],
  ['资金专用台账', '已建立', null],
  ['项目总体进度', '95%', null],
  ['安全生产、质量事故', '无', null],
  ['弄虚作假', '无', null],
  ['二、自评（需判断的项目，填分数）', null, null],
  ['方案制定', 2, null],
  ['政策支持', 2, null],
  ['项目管理制度', 2, null],
  ['工作台账', 2, null],
  ['网销调研', 2, '委托第三方出具调研报告'],
  ['网络促销活动', 2, null],
  ['交易标准与冷链溯源', 1, '溯源系统已建，冷链未建'],
  ['资金管理制度', 5, null],
  ['资金台账', 4, null],
  ['资金及时拨付', 4, null],
];

// ------------------------------------------------------------------ checks against the derivation
const covered = new Set(stations.filter((s) => s.v.admin && le(s.opened)).map((s) => s.v));
assert.strictEqual(covered.size, 55);
assert.strictEqual([...covered].filter((v) => v.poor).length, 16);
const ptPre = sessions.filter((s) => le(s.date)).reduce((a, s) => a + s.size, 0);
assert.strictEqual(ptPre, 1486);
assert(ptPre * 100 >= 137200);
const inPark = ents.filter((e) => le(e.entered) && !(e.left && e.left < CUT));
assert.strictEqual(inPark.length, 21);
const fundPre = FUND.filter((f) => le(f[0])).reduce((a, f) => a + f[4], 0);
assert.strictEqual(fundPre, 4312650);
assert.strictEqual(monthsInWindow(discDates).length, 12);
assert.strictEqual(monthsInWindow(REP.map((x) => x[0])).length, 11);

const points = {
  'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
  'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
  'info.disclosure': 4, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 5,
  'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
  'bonus.poorTraining': 2, 'bonus.tvCase': 1,
  'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
};
const scored = Object.entries(points).filter(([k]) => !/^(bonus|veto)\./.test(k)).reduce((a, [, v]) => a + v, 0);
assert.strictEqual(scored, 91);

writeCase(path.join(__dirname, '..', 'h01-liannan.json'), {
  description: '连南瑶族自治县商务局电商股的整本台账（强县）：基本情况表为经办人自己的说法（两列+备注，后附判断项自评分），行政村名单村委会/村民委员会混写，站点清单为标题+两行合并表头，培训台账在长填表说明之后、按期次记人次（起止日期、两位年份），入驻企业横排，专栏更新按月份列，资金台账元与万元混填并有合计行。',
  sheets: [
    { name: '基本情况', rows: factRows, merges: ['A1:C1', 'A2:C2', `A${factRows.findIndex((x) => /^二、/.test(x[0])) + 1}:C${factRows.findIndex((x) => /^二、/.test(x[0])) + 1}`] },
    { name: '行政村名单', rows: villageRows, merges: ['A1:F1', `A${villageRows.length}:F${villageRows.length}`] },
    { name: '站点清单', rows: stationRows, merges: ['A1:H1', 'A2:A3', 'B2:E2', 'F2:G2', 'H2:H3', `A${stationRows.length}:H${stationRows.length}`] },
    { name: '培训台账', rows: trainingRows, merges: ['A1:H1', 'A2:H2', 'A3:H3', 'A4:H4', 'A5:H5', 'A6:H6', 'A7:H7', `A${trainingRows.length}:E${trainingRows.length}`] },
    { name: '入驻企业', rows: side, merges: [`A1:${colName(ents.length)}1`] },
    { name: '专栏更新', rows: discRows, merges: ['A1:O1', 'A4:O4'] },
    { name: '报送记录', rows: repRows, merges: ['A1:E1', `A${repRows.length}:E${repRows.length}`] },
    { name: '宣传报道', rows: mediaRows, merges: ['A1:G1'] },
    { name: '经验材料', rows: matRows },
    { name: '资金台账', rows: fundRows, merges: ['A1:G1', 'A2:G2', `A${fundRows.length - 1}:D${fundRows.length - 1}`, `A${fundRows.length}:G${fundRows.length}`] },
  ],
  expect: { asOf: CUT, total: 94, bonus: 3, vetoed: false, points },
  derivation: [
    'org.leadership: 领导小组组长为县长（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2',
    'org.plan: 方案已正式印发，自评 2 → 2',
    'org.policy: 政策已出台，自评 2 → 2',
    'org.management: 项目管理制度 2 + 工作台账 2 → 4',
    'work.center: 2020-11-20 运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训 2、展示销售 1、摄影美工 0（无）、推广品牌 1、其他增值 1；产业园 2；截至 2021-08-31 在园 21 家（23 家中瑶绣文化 2021-06-30 已退出、瑶岭农特 2021-09-06 才入驻；农优电商 2021-10-15 退出仍计）≥ 20 → 2；类型 平台型/销售型/电商运营商/物流 4 种 → 1；合计 14',
    'work.coverage: 55/71 个行政村有截止日前开业的站点 = 77.5% ≥ 70% → 5（城东社区站点不计；' + lateVillage.core + '村站点 2021.9.15 开业不计；' + dup.core + '村两个站点计一次）；省定贫困村 16/16 = 100% → 5；合计 10',
    'work.upward: 网销调研 2 + 促销活动 2 + 第三方运营商 1 + 快递覆盖 1（名单 71 个行政村均 √）+ 交易标准/冷链溯源 1 + 增速 2（农产品 7900/5800 − 1 = 36.2% ≥ 30%；农村 3.02/2.35 − 1 = 28.5% 不够但任一达标即可）→ 9',
    'work.training: 截止日前 22 期共 1486 人次（21.9.8 一期 60 人次不计）/ 137200 = 1.083% ≥ 1% → 10；贫困人口 846/1128 = 75.0% ≥ 50% → 10；合计 20',
    'info.disclosure: 专栏公示方案、项目信息、建设进度并设监督举报窗口 → 2；2020年9月至2021年8月 12 个月每月有更新 → 2；合计 4',
    'info.reporting: 12 个月中 11 个月有报送（2021年2月无）→ 不定时 1；能统计电商扶贫 → 3；合计 4',
    'promo.cases: 2021-03-18、2021-07-20 向市商务局报送经验材料 → 2',
    'promo.media: 省级（南方日报、广东广播电视台）4 + 县级（县融媒体中心）1；清远日报（市级）2021-09-09 晚于截止日不计 → 5',
    'fund.system: 自评 5 → 5',
    'fund.ledger: 自评 4 → 4',
    'fund.spending: 截止日前拨付 4,312,650 / 5,000,000 = 86.3% ≥ 70%（2021.9.10 的 30 万不计）→ 及时拨付自评 4 → 4',
    'bonus.poorTraining: 贫困人口培训率 75.0% ≥ 70% → 2',
    'bonus.tvCase: 广东广播电视台（省级电视）播报电商扶贫典型案例 → 1',
    'veto.incident: 无 → 0',
    'veto.progress: 总体进度 95% ≥ 40% → 0',
    'veto.fraud: 无 → 0',
    'total: 15 项合计 91 + 加分 3 = 94',
  ],
});
console.log('h01-liannan.json written');
