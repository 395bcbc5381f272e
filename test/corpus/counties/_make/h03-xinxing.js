'use strict';
/*
 * h03-xinxing.js — writes ../h03-xinxing.json: 新兴县, a weak county vetoed for progress
 * (no 总体进度 stated; disbursement 35.7% < 40%). Scored 17 before the veto, 0 after.
 *
 *   node test/corpus/counties/_make/h03-xinxing.js
 */
const path = require('path');
const assert = require('assert');
const { rng, fmt, phone, makeVillages, split, writeCase, monthsInWindow } = require('./lib');

const r = rng(20210831 + 303);
const CUT = '2021-08-31';
const le = (d) => d <= CUT;

// ------------------------------------------------------------------ villages (148 行政村 + 9 社区)
const TOWNS = [
  ['新城镇', 18, ['城东社区', '城西社区', '城北社区', '城南社区', '新州社区']],
  ['六祖镇', 14, ['六祖社区']],
  ['东成镇', 15, ['东成社区']],
  ['太平镇', 13, ['太平社区']],
  ['天堂镇', 13, ['天堂社区']],
  ['河头镇', 10, []],
  ['车岗镇', 11, []],
  ['水台镇', 11, []],
  ['稔村镇', 10, []],
  ['簕竹镇', 12, []],
  ['大江镇', 11, []],
  ['里洞镇', 10, []],
];
const villages = makeVillages(r, TOWNS, ['新城', '六祖', '东成', '太平', '天堂', '河头', '车岗', '水台', '稔村', '簕竹', '大江', '里洞', '天露'], true);
const admin = villages.filter((v) => v.admin);
assert.strictEqual(admin.length, 148);
r.shuffle(admin).slice(0, 18).forEach((v) => (v.poor = true));
const poorV = r.shuffle(admin.filter((v) => v.poor));
const otherV = r.shuffle(admin.filter((v) => !v.poor));
const covered = [...poorV.slice(0, 15), ...otherV.slice(0, 53)];
covered.forEach((v) => (v.covered = true));

const villageRows = [
  ['新兴县行政村（社区）名单', null, null, null, null],
  ['序号', '镇（街）', '村委会', '类型', '是否贫困村'],
];
villages.forEach((v, i) => villageRows.push([i + 1, v.town, v.admin ? v.core + '村委会' : v.core + '居委会', v.admin ? '行政村' : '社区', v.admin ? (v.poor ? '是' : '否') : null]));
villageRows.push(['合计：行政村148个，社区9个，其中省定贫困村18个', null, null, null, null]);

// ------------------------------------------------------------------ stations
const rdate = (from, to) => {
  const a = Date.parse(from), b = Date.parse(to);
  return new Date(a + Math.floor(r.f() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
};
const stations = covered.map((v) => ({ v, opened: rdate('2020-07-01', '2021-08-15') }));
stations.push({ v: covered[20], opened: '2021-04-02', second: true });
const order = new Map(villages.map((v, i) => [v, i]));
stations.sort((a, b) => order.get(a.v) - order.get(b.v) || (a.second ? 1 : 0) - (b.second ? 1 : 0));
const forest = { name: '天露山林场电商服务点', vill: '天露山林场', town: '里洞镇', opened: '2021-05-12' };
const stationRows = [
  ['新兴县村级电子商务服务站点情况表', null, null, null, null, null, null],
  ['填报单位：新兴县商务局', null, null, null, null, '2021年9月', null],
  ['序号', '服务站点名称', '所属镇', '所在行政村', '负责人', '联系电话', '建成日期'],
];
let k = 0;
for (const s of stations) {
  k++;
  const v = s.v;
  stationRows.push([k, v.core + (s.second ? '村电商服务点（二）' : '村电商服务站'), v.town,
    k % 9 === 4 ? v.core + '村民委员会' : k % 5 === 2 ? v.core + '村委会' : v.core + '村',
    '梁陈苏黄冯'[k % 5] + ['志坚', '美玲', '家豪', '少芬'][k % 4], phone(r),
    [fmt.dot, fmt.real, (d) => { const [y, m, dd] = d.split('-').map(Number); return `${y % 100}/${m}/${dd}`; }, fmt.cn][k % 4](s.opened)]);
}
stationRows.push([k + 1, forest.name, forest.town, forest.vill, '冯志坚', phone(r), fmt.dot(forest.opened)]);

// ------------------------------------------------------------------ training sessions, three-row header
const TOPICS = ['电商基础知识', '网店运营', '直播带货', '农产品网络营销', '凉果、排米粉网络推广', '站点业务培训', '返乡青年创业',
  '巾帼电商', '微商与社群', '电商客服', '农产品包装'];
const nS = 24;
const sizes = split(r, 2590, nS, 60, 160);
const dates = [];
for (let i = 0; i < nS; i++) dates.push(rdate('2019-11-01', '2021-08-20'));
dates.sort();
const sessions = dates.map((d, i) => ({ date: d, size: sizes[i], topic: TOPICS[i % TOPICS.length] }));
// written forms
const show = (s, i) => {
  const [y, m, d] = s.date.split('-').map(Number);
  switch (i % 6) {
    case 0: return `${y % 100}/${m}/${d}`; // 20/11/12
    case 1: return { date: s.date };
    case 2: { const d0 = Math.max(1, d - 2); return d0 === d ? `${y}.${m}.${d}` : `${y}.${m}.${d0}-${d}`; }
    case 3: return `${y}年${m}月${d}日`;
    case 4: return `${y % 100}.${m}.${d}`;
    default: return `${y}.${m}.${d}`;
  }
};
// one session given as a month range, read at its end month (2020-10)
sessions.push({ date: '2020-10', size: 0, topic: '“电商下乡”巡回培训（各镇）', shown: '2020.9-2020.10' });
sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
// take its size from the others so that the total stays 2590
{
  const ranged = sessions.find((s) => s.shown);
  const donors = sessions.filter((s) => !s.shown && s.size > 120).slice(0, 3);
  for (const d of donors) { d.size -= 40; ranged.size += 40; }
}
const late = { date: '2021-09-02', size: 150, topic: '秋季直播带货培训', shown: '2021.8.25-9.2' };
const trainRows = [
  ['新兴县电子商务进农村培训情况登记表', null, null, null, null, null, null],
  ['序号', '培训信息', null, null, '参训情况', null, '备注'],
  [null, '培训时间', '培训主题', '培训地点', '参训人次', '其中贫困户', null],
];
const PL = ['县电商公共服务中心', '六祖镇政府', '天堂镇文化站', '簕竹镇会议室', '县职校'];
sessions.forEach((s, i) => trainRows.push([i + 1, s.shown || show(s, i), s.topic, PL[i % PL.length], s.size, Math.floor(s.size / 6), null]));
trainRows.push([sessions.length + 1, late.shown, late.topic, '县电商公共服务中心', late.size, 20, '跨月']);
const allPT = sessions.reduce((a, s) => a + s.size, 0) + late.size;
trainRows.push(['合计', null, null, null, allPT, null, null]);

// ------------------------------------------------------------------ reports (two-digit years)
const REP = [['2020-06-29', '20.6.29'], ['2020-09-30', '20.9.30'], ['2020-12-28', '20.12.28'], ['2021-03-31', '21.3.31'], ['2021-06-30', '21.6.30'], ['2021-08-02', '21.8.2']];
const repRows = [
  ['新兴县电商进农村工作报送云浮市商务局记录', null, null, null],
  ['序号', '报送日期', '报送内容', '是否含扶贫统计'],
];
REP.forEach(([, t], i) => repRows.push([i + 1, t, ['第二季度工作进展', '第三季度工作进展', '第四季度及全年工作进展', '第一季度工作进展', '第二季度工作进展', '创建工作推进情况'][i], '否']));

// ------------------------------------------------------------------ disclosures
const DISC = [['2020-05-20', '新兴县电子商务进农村综合示范创建工作方案'], ['2020-07-15', '示范项目基本信息公示'],
  ['2020-10-09', '项目建设情况'], ['2021-01-22', '项目建设情况'], ['2021-04-30', '项目建设情况'], ['2021-07-01', '项目建设情况']];
const discRows = [
  ['序号', '发布时间', '标题'],
];
DISC.forEach(([d, t], i) => discRows.push([i + 1, i % 2 ? fmt.cn(d) : fmt.dot(d), t]));

// ------------------------------------------------------------------ media, on its side
const mediaRows = [
  ['新兴县电商宣传报道（横排）', null, null, null],
  ['时间', '2020.12.20', '2021.9.6', { date: '2021-05-01' }],
  ['媒体名称', '新兴县融媒体中心', '云浮日报', '新兴电视台'],
  ['媒体级别', '县级', '市级', '县级'],
  ['报道形式', '网络', '报纸', '电视'],
  ['报道标题', '我县电商服务站点覆盖68个行政村', '新兴：电商进农村激活乡村消费', '新兴县举办首届网络年货节'],
];

// ------------------------------------------------------------------ materials
const matRows = [
  ['序号', '日期', '材料', '报送单位'],
  [1, '2021.3.26', '新兴县电子商务进农村工作经验材料', '新兴县商务局'],
];

// ------------------------------------------------------------------ funds: header after a long 说明, 万元 column with a 元 cell
const FUND = [
  ['2020-08-18', '公共服务中心装修', 62.5, 625000, '新兴县建工装饰有限公司'],
  ['2020-11-06', '公共服务中心设备', '128000元', 128000, '云浮市信达电子有限公司'],
  ['2021-01-12', '村级站点建设（第一批）', 45.8, 458000, '新兴县邮政分公司'],
  ['2021-03-30', '电商培训', '4.26万', 42600, '新兴县职业技术学校'],
  ['2021-05-28', '村级站点建设（第二批）', 38.6, 386000, '新兴县邮政分公司'],
  ['2021-07-20', '县乡村物流快递', 14.6, 146000, '新兴县通达物流有限公司'],
  ['2021-09-18', '公共服务中心运营', 80, 800000, '新兴县禾丰电商有限公司'],
];
const fundRows = [
  ['新兴县电子商务进农村综合示范专项资金支出明细', null, null, null, null, null],
  ['说明：1. 本表登记省级下达的电子商务进农村综合示范专项资金支出情况，下达资金总额500万元；', null, null, null, null, null],
  ['2. 支出日期以国库集中支付凭证日期为准；', null, null, null, null, null],
  ['3. 金额单位为万元，保留两位小数；个别按元录入的已注明“元”；', null, null, null, null, null],
  ['4. 同一项目分多次拨付的，分行登记；', null, null, null, null, null],
  ['5. 本表由县商务局财务股每月更新，报分管领导审核。', null, null, null, null, null],
  ['序号', '支出日期', '项目', '支出金额（万元）', '收款单位', '备注'],
];
FUND.forEach((f, i) => fundRows.push([i + 1, i % 3 === 1 ? { date: f[0] } : fmt.dot(f[0]), f[1], f[2], f[4], null]));
fundRows.push(['合计', null, null, 258.56, null, null]);

// ------------------------------------------------------------------ facts: label | 单位 | 数值 | 备注
const factRows = [
  ['新兴县电子商务进农村综合示范县考评基础数据', null, null, null],
  ['指标', '单位', '数值', '备注'],
  ['县（市、区）', '—', '新兴县', null],
  ['常住人口', '万人', 43.2, '2020年末'],
  ['行政村', '个', 148, null],
  ['省定贫困村', '个', 18, null],
  ['领导小组组长', '—', '县商务局局长', null],
  ['成员单位', '—', '县财政局、县农业农村局、县乡村振兴局、县邮政分公司', null],
  ['示范县工作方案', '—', '已印发', null],
  ['农村电商扶持政策', '—', '未出台', null],
  ['公共服务中心投入运营时间', '—', '2021.4.16', null],
  ['免费培训场所、设备', '—', '有', null],
  ['农产品免费展示、销售', '—', '有', null],
  ['免费摄影、美工', '—', '无', null],
  ['统一推广、品牌指导', '—', '无', null],
  ['其他增值服务', '—', '无', null],
  ['电商产业园', '—', '无', '未建'],
  ['第三方电商运营/服务商', '—', '无', null],
  ['行政村快递覆盖100%', '—', '否', null],
  ['2019年农村网络零售额', '亿元', 3.12, null],
  ['2020年农村网络零售额', '亿元', 3.45, null],
  ['2019年农产品网络零售额', '万元', 4560, null],
  ['2020年农产品网络零售额', '万元', 5380, null],
  ['有劳动能力贫困人口（不含外出务工）', '人', 2310, null],
  ['参训贫困人口', '人', 602, null],
  ['专栏：创建方案', '—', '是', null],
  ['专栏：项目基本信息', '—', '是', null],
  ['专栏：建设进度', '—', '否', null],
  ['专栏：征求意见/举报窗口', '—', '是', null],
  ['下达资金', '万元', 500, null],
  ['已拨付', '万元', 178.56, '截至8月底'],
  ['资金管理制度', '—', '有', null],
  ['资金专用台账', '—', '有', null],
  ['安全生产、质量事故', '—', '无', null],
  ['弄虚作假', '—', '无', null],
  ['判断项（自评分）', null, null, null],
  ['方案制定', '分', 1, null],
  ['政策支持', '分', null, '未出台政策'],
  ['项目管理制度', '分', 1, null],
  ['工作台账', '分', 1, null],
  ['网销调研', '分', 1, null],
  ['网络促销活动', '分', 1, null],
  ['交易标准、冷链溯源', '分', null, null],
  ['资金管理制度', '分', 2, null],
  ['资金台账', '分', 2, null],
  ['资金及时拨付', '分', 1, null],
  ['填表人：苏××　　审核人：梁××', null, null, null],
];

// ------------------------------------------------------------------ checks
const cov = new Set(stations.filter((s) => le(s.opened)).map((s) => s.v));
assert.strictEqual(cov.size, 68);
assert.strictEqual([...cov].filter((v) => v.poor).length, 15);
assert(68 * 100 < 148 * 50);
const pt = sessions.reduce((a, s) => a + s.size, 0);
assert.strictEqual(pt, 2590);
assert(pt * 1000 < 432000 * 6 && (pt + late.size) * 1000 >= 432000 * 6);
assert.strictEqual(FUND.filter((f) => le(f[0])).reduce((a, f) => a + f[3], 0), 1785600);
assert.strictEqual(monthsInWindow(DISC.map((d) => d[0])).length, 4);
assert.strictEqual(monthsInWindow(REP.map((d) => d[0])).length, 5);
const points = {
  'org.leadership': 0, 'org.plan': 1, 'org.policy': 0, 'org.management': 2,
  'work.center': 5, 'work.coverage': 3, 'work.upward': 2, 'work.training': 0,
  'info.disclosure': 1, 'info.reporting': 1, 'promo.cases': 2, 'promo.media': 1,
  'fund.system': 2, 'fund.ledger': 2, 'fund.spending': -5,
  'bonus.poorTraining': 0, 'bonus.tvCase': 0,
  'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
};
const scored = Object.entries(points).filter(([kk]) => !/^(bonus|veto)\./.test(kk)).reduce((a, [, v]) => a + v, 0);
assert.strictEqual(scored, 17);

writeCase(path.join(__dirname, '..', 'h03-xinxing.json'), {
  description: '新兴县商务局的整本台账（弱县，一票否决）：基础数据表为 指标|单位|数值|备注（亿元/万元/万人混用，含判断项，两项留空），行政村名单带合计说明行，站点表有一个不在名单里的林场服务点，培训登记表为标题+两行合并表头（月份区间、起止日期跨截止日、两位年份、斜杠年份），报送记录两位年份，宣传报道横排，资金明细在长说明之后、万元列里夹着“元”。未填总体进度，拨付率35.7%低于40%。',
  sheets: [
    { name: '基础数据', rows: factRows, merges: ['A1:D1', `A${factRows.length}:D${factRows.length}`] },
    { name: '行政村名单', rows: villageRows, merges: ['A1:E1', `A${villageRows.length}:E${villageRows.length}`] },
    { name: '站点', rows: stationRows, merges: ['A1:G1'] },
    { name: '培训台账', rows: trainRows, merges: ['A1:G1', 'A2:A3', 'B2:D2', 'E2:F2', 'G2:G3', `A${trainRows.length}:D${trainRows.length}`] },
    { name: '报送记录', rows: repRows, merges: ['A1:D1'] },
    { name: '专栏更新', rows: discRows },
    { name: '宣传报道', rows: mediaRows, merges: ['A1:D1'] },
    { name: '经验材料', rows: matRows },
    { name: '资金台账', rows: fundRows, merges: ['A1:F1', 'A2:F2', 'A3:F3', 'A4:F4', 'A5:F5', 'A6:F6', `A${fundRows.length}:C${fundRows.length}`] },
  ],
  expect: { asOf: CUT, total: 0, bonus: 0, vetoed: true, points },
  derivation: [
    'org.leadership: 领导小组组长为县商务局局长，不是县政府主要或分管领导 → 0',
    'org.plan: 方案已印发，自评 1 → 1',
    'org.policy: 扶持政策未出台（自评空）→ 0',
    'org.management: 项目管理制度 1 + 工作台账 1 → 2',
    'work.center: 2021-04-16 运营 ≤ 2021-08-31 → 2；晚于 2021-02-28，不满6个月 → 0；免费培训 2、展示销售 1、摄影美工 0、推广品牌 0、其他增值 0；产业园无、无入驻企业台账 → 0、0、0；合计 5',
    'work.coverage: 68/148 个行政村有站点 = 45.9% < 50% → 0（天露山林场不在行政村名单，不计并提示；' + covered[20].core + '村两个点计一次）；省定贫困村 15/18 = 83.3% → 3；合计 3',
    'work.upward: 网销调研 1 + 促销活动 1 + 第三方 0 + 快递覆盖 0（名单无快递列，按基础数据“否”）+ 交易标准/冷链溯源 0（自评空，缺失）+ 增速 0（农村 3.45/3.12 − 1 = 10.6%，农产品 5380/4560 − 1 = 18.0%）→ 2',
    'work.training: 截止日前 2590 人次（2021.8.25-9.2 一期按结束日 2021-09-02 不计 150 人次；2020.9-2020.10 按 2020-10 计）/ 432000 = 0.5995% < 0.6% → 0；贫困人口 602/2310 = 26.1% < 30% → 0；合计 0',
    'info.disclosure: 专栏未公示建设进度 → 0；近一年 4 个月有更新（2020-10、2021-01、2021-04、2021-07）→ 不定时 1；合计 1',
    'info.reporting: 近一年 5 个月有报送（20.9.30、20.12.28、21.3.31、21.6.30、21.8.2）→ 不定时 1；记录均未含扶贫统计、基础数据未填 → 0；合计 1',
    'promo.cases: 2021.3.26 报送经验材料 → 2',
    'promo.media: 县级（县融媒体中心、新兴电视台）1；云浮日报（市级）2021.9.6 晚于截止日不计 → 1',
    'fund.system: 自评 2 → 2',
    'fund.ledger: 自评 2 → 2',
    'fund.spending: 截止日前支出 178.56 万元 = 1,785,600 / 5,000,000 = 35.7% < 70% → 倒扣 −5',
    'bonus.poorTraining: 26.1% < 70% → 0',
    'bonus.tvCase: 无电商扶贫典型案例电视播报 → 0',
    'veto.incident: 无 → 0',
    'veto.progress: 未填总体进度，按拨付率 35.7% < 40% → 一票否决',
    'veto.fraud: 无 → 0',
    'total: 15 项合计 17（否决前），一票否决 → 0',
  ],
});
console.log('h03-xinxing.json written');
