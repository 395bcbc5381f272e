// Batch 14 generator: writes ledgers/b14-l1-puning.json, ledgers/b14-l2-dianbai.json,
// counties/b14-c1-jiexi.json next to itself. Written blind from the design docs.
'use strict';
const fs = require('fs');
const path = require('path');

const OUT_L = path.resolve(__dirname, '../../ledgers');
const OUT_C = path.resolve(__dirname, '..');
fs.mkdirSync(OUT_L, { recursive: true });
fs.mkdirSync(OUT_C, { recursive: true });

// ---------- helpers ----------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idOf(first17) {
  if (!/^\d{17}$/.test(first17)) throw new Error('bad id body ' + first17);
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * W[i];
  return first17 + CK[s % 11];
}
// find a sequence (3 digits) with the wanted sex (odd male) and, optionally, check digit X
function makeId(area, birth, seqStart, male, wantX) {
  for (let q = seqStart; q < seqStart + 400; q++) {
    const seq = String(q % 1000).padStart(3, '0');
    if ((Number(seq[2]) % 2 === 1) !== male) continue;
    const id = idOf(area + birth + seq);
    if (wantX === true && id[17] !== 'X') continue;
    if (wantX === false && id[17] === 'X') continue;
    return id;
  }
  throw new Error('no id');
}
const sp3 = (id) => `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 10)} ${id.slice(10, 14)} ${id.slice(14)}`;
const sp684 = (id) => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
const D = (s) => ({ date: s });
const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

// USCC (GB 32100) with GB 11714 organisation-code check
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(body8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A=10
    s += v * w[i];
  }
  const r = 11 - (s % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}
function uscc(area, body8) {
  const first17 = '91' + area + body8 + orgCheck(body8);
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_CHARS.indexOf(first17[i]) * USCC_W[i];
  const c = (31 - (s % 31)) % 31;
  return first17 + USCC_CHARS[c];
}

function write(dir, name, obj) {
  fs.writeFileSync(path.join(dir, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}

// =====================================================================
// L1 普宁市
// =====================================================================
(function puning() {
  const sheets = [];
  const expect = {};

  // --- villages: ★ marks 省定贫困村, legend under the table; town typed only on first row of a group
  const vrows = [
    ['普宁市村（居）委会名单', null, null, null, null, null],
    ['填报单位：普宁市商务局', null, null, null, '截至2021年8月31日', null],
    ['序号', '镇（街道）', '村（居）委会名称', '类型', '快递进村', '备注'],
  ];
  // [town, nameAsTyped, type, express, expectedName, admin, poor, expressValue]
  const V = [
    ['洪阳镇', '★宝镜院村', '行政村', '√', '宝镜院村', true, true, true],
    [null, '新寮村', '行政村', '√', '新寮村', true, false, true],
    [null, '洪阳居委会', '居委会', '√', '洪阳居委会', false, false, true],
    ['南径镇', '★龙门村', '行政村', '√', '龙门村', true, true, true],
    [null, '田南村', '行政村', '√', '田南村', true, false, true],
    [null, '★石内村', '行政村', '×', '石内村', true, true, false],
    ['船埔镇', '★枫林村', '行政村', '√', '枫林村', true, true, true],
    [null, '船埔居委会', '居委会', '√', '船埔居委会', false, false, true],
    ['高埔镇', '★ 上洋村', '行政村', '√', '上洋村', true, true, true],
    [null, '高埔村', '行政村', null, '高埔村', true, false, null],
    ['流沙东街道', '新坛社区', '社区', '√', '新坛社区', false, false, true],
    [null, '赤水村', '行政村', '√', '赤水村', true, false, true],
    ['梅塘镇', '★溪南村', '行政村', '√', '溪南村', true, true, true],
    [null, '梅塘村', '行政村', '√', '梅塘村', true, false, true],
    ['里湖镇', '★竹林村', '行政村', '√', '竹林村', true, true, true],
    [null, '冷水村', '行政村', '√', '冷水村', true, false, true],
  ];
  V.forEach((v, i) => vrows.push([i + 1, v[0], v[1], v[2], v[3], v[1] === '★石内村' ? '邮政代投' : null]));
  vrows.push([null, null, null, null, null, null]);
  vrows.push(['★为省定贫困村', null, null, null, null, null]);
  vrows.push(['填表人：陈晓敏', null, null, '审核人：郑伟龙', null, null]);
  sheets.push({ name: '村（居）委会名单', rows: vrows, merges: ['A1:F1'] });
  expect['村（居）委会名单'] = {
    kind: 'villages',
    records: V.map((v) => ({ name: v[4], admin: v[5], poor: v[6], express: v[7] })),
  };

  // --- training: one row per trainee, several session dates in one cell; IDs with spaces
  const A = '445281';
  const T = [
    // name, sex, idFmt, birth, seq, wantX, dates cell, poor
    ['陈少鹏', '男', 'plain', '19880312', 231, false, '2020.11.5、2021.3.12', '否'],
    ['黄晓纯', '女', 'sp3', '19900101', 122, false, '2021.3.12', '是'],
    ['林佳敏', '女', 'plain', '19951120', 402, false, '2020.11.5，2021.5.20，2021.7.8', '否'],
    ['郑泽鑫', '男', 'lowerx', '19830607', 311, true, '2021.5.20', '是'],
    ['许丽珊', '女', 'sp684', '19920815', 146, false, '2020.11.5\n2021.7.8', '否'],
    ['方俊杰', '男', 'none', null, null, null, '2021.7.8', '否'],
    ['李秋燕', '女', 'plain', '19790923', 284, false, '2020.12.16', '是'],
    ['杨振宇', '男', 'sp3', '19870204', 517, false, '2020.12.16、2021.5.20', '否'],
    ['蔡素娟', '女', 'plain', '19981030', 608, false, '2021.3.12', '否'],
    ['吴泽楷', '男', 'plain', '20000516', 733, false, '2021.7.8、', '否'],
  ];
  const trows = [
    ['普宁市电子商务进农村培训学员登记表', null, null, null, null, null, null, null],
    ['序号', '姓名', '性别', '身份证号码', '所在镇村', '联系电话', '参训日期', '是否贫困户'],
  ];
  const villagesOf = ['洪阳镇新寮村', '南径镇田南村', '里湖镇冷水村', '洪阳镇宝镜院村', '梅塘镇溪南村', '流沙东街道赤水村', '南径镇石内村', '高埔镇高埔村', '船埔镇枫林村', '梅塘镇梅塘村'];
  const phones = ['13802731245', '13929463018', '15014872236', '13692614570', '18933125867', '13502792318', '13717240955', '15876401123', '13450389962', '18218756604'];
  const trec = [];
  const toIso = (s) => { const [y, m, d] = s.split('.').map(Number); return iso(y, m, d); };
  T.forEach((t, i) => {
    let idCell = null, idExp = null;
    if (t[2] !== 'none') {
      const id = makeId(A, t[3], t[4], t[1] === '男', t[5]);
      idExp = id;
      idCell = t[2] === 'plain' ? id : t[2] === 'sp3' ? sp3(id) : t[2] === 'sp684' ? sp684(id) : id.toLowerCase();
    }
    trows.push([i + 1, t[0], t[1], idCell, villagesOf[i], phones[i], t[6], t[7]]);
    const dates = t[6].split(/[、，\n]/).map((s) => s.trim()).filter(Boolean);
    for (const d of dates) trec.push({ date: toIso(d), personTimes: 1, id: idExp });
  });
  trows.push([null, null, null, null, null, null, null, null]);
  trows.push(['注：同一学员参加多期培训的，在“参训日期”栏依次填写各期日期，每期按1人次统计。', null, null, null, null, null, null, null]);
  trows.push(['填表人：陈晓敏', null, null, null, '联系电话：0663-2232xxx', null, null, null]);
  sheets.push({ name: '培训学员台账', rows: trows, merges: ['A1:H1'] });
  expect['培训学员台账'] = { kind: 'training', records: trec };

  // --- funds: 金额（万元）, 备注 含税, 经办人签字, date last
  const F = [
    ['县级电子商务公共服务中心建设（首期）', '普宁市粤商电子商务有限公司', 85.6, '含税', '郑伟龙', D('2020-10-16'), '2020-10-16', 856000],
    ['村级电商服务站点建设（一批）', '揭阳市邮政分公司普宁营业部', 42.35, '含税', '郑伟龙', D('2020-12-28'), '2020-12-28', 423500],
    ['电商人才培训（第一期至第三期）', '普宁市众创电商培训中心', 18.2, '含税', null, D('2021-01-20'), '2021-01-20', 182000],
    ['县乡村三级物流配送体系建设', '普宁市通达物流有限公司', '56.00', '含税', '陈晓敏', D('2021-03-05'), '2021-03-05', 560000],
    ['普宁青梅区域公共品牌打造', '广州禾实品牌策划有限公司', 12.768, '含税', '陈晓敏', D('2021-04-09'), '2021-04-09', 127680],
    ['宣传推广（网络促销活动）', '普宁市粤商电子商务有限公司', 6.5, '含税', null, '2021年6月30日', '2021-06-30', 65000],
  ];
  const frows = [
    ['普宁市电子商务进农村综合示范项目资金拨付台账', null, null, null, null, null, null],
    ['序号', '项目名称', '收款单位', '金额（万元）', '备注', '经办人签字', '拨付日期'],
  ];
  F.forEach((f, i) => frows.push([i + 1, f[0], f[1], f[2], f[3], f[4], f[5]]));
  frows.push(['合计', null, null, 221.418, null, null, null]);
  frows.push([null, null, null, null, null, null, null]);
  frows.push(['注：金额均为含税价，按合同及验收情况分期拨付。', null, null, null, null, null, null]);
  sheets.push({ name: '资金拨付台账', rows: frows, merges: ['A1:G1'] });
  // check 合计
  const tot = F.reduce((s, f) => s + f[7], 0);
  if (tot !== 2214180) throw new Error('puning fund total ' + tot);
  expect['资金拨付台账'] = { kind: 'funds', records: F.map((f) => ({ date: f[6], amount: f[7] })) };

  // --- non-ledger
  sheets.push({
    name: '填表说明',
    rows: [
      ['填表说明'],
      ['1. 本工作簿由普宁市商务局电商股负责维护，每月5日前更新。'],
      ['2. 村（居）委会名单以民政部门2020年区划为准，省定贫困村在村名前加“★”。'],
      ['3. 培训台账按学员登记，同一学员多期参训的，日期填在同一格内。'],
      ['4. 资金台账金额单位为万元，保留小数。'],
    ],
  });
  expect['填表说明'] = { kind: null };

  write(OUT_L, 'b14-l1-puning.json', {
    description:
      '普宁市（揭阳市）商务局电商股的台账工作簿：村（居）委会名单用“★”标在村名前表示省定贫困村（表下图例“★为省定贫困村”，未标★的行政村、居委会、社区按非贫困村读 false），镇名只写在每组第一行；培训台账一行一个学员，多期参训日期写在同一格（“、”“，”或换行分隔，末尾多一个“、”），按一次参训一条记录（人次1），身份证号有带空格分组、小写x、缺失的；资金台账金额列为“金额（万元）”、备注“含税”（金额照录，换算为元），拨付日期在最后一列，另有经办人签字列和合计行；另有一张填表说明（非台账）。',
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================
// L2 电白区
// =====================================================================
(function dianbai() {
  const sheets = [];
  const expect = {};

  // --- poor persons: 国扶系统 wording for 劳动能力 and 务工状况
  const P = [
    // town, village, head, name, rel, area, birth, seq, male, wantX, lower, labourTxt, labour, migrantTxt, migrant, note
    ['霞洞镇', '上河村', '梁亚福', '梁亚福', '户主', '440923', '19710415', 215, true, false, false, '普通劳动力', true, '省外务工', true, null],
    ['霞洞镇', '上河村', '梁亚福', '陈桂英', '配偶', '440923', '19730822', 326, false, false, false, '普通劳动力', true, null, null, null],
    ['霞洞镇', '上河村', '梁亚福', '梁志强', '之子', '440923', '19970301', 151, true, false, false, '技能劳动力', true, '县外省内务工', true, null],
    ['霞洞镇', '上河村', '梁亚福', '梁小雨', '之女', '440904', '20150709', 402, false, false, false, '无劳动力', false, null, null, '在校生'],
    ['观珠镇', '沙琅村', '邵永康', '邵永康', '户主', '440923', '19580512', 433, true, false, false, '弱劳动力或半劳动力', true, '乡（镇）内务工', false, null],
    ['观珠镇', '沙琅村', '邵永康', '杨秀兰', '配偶', '440923', '19601118', 248, false, false, false, '丧失劳动力', false, null, null, '长期慢性病'],
    ['那霍镇', '高山村', '崔国明', '崔国明', '户主', '440923', '19800226', 517, true, false, false, '普通劳动力', true, '乡（镇）内务工', false, null],
    ['那霍镇', '高山村', '崔国明', '崔文静', '之女', '440923', '20010913', 602, false, true, true, '普通劳动力', true, '省外务工', true, null],
    ['望夫镇', '北坡村', '黎月娥', '黎月娥', '户主', '440923', '19750630', 384, false, false, false, '普通劳动力', true, '未外出务工', false, null],
  ];
  const prows = [
    ['电白区建档立卡贫困人口名单（电商培训摸底）', null, null, null, null, null, null, null, null, null],
    ['数据来源：全国扶贫开发信息系统（2020年底）', null, null, null, null, null, null, null, null, null],
    ['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工状况', '备注'],
  ];
  const prec = [];
  P.forEach((p, i) => {
    const id = makeId(p[5], p[6], p[7], p[8], p[9]);
    prows.push([i + 1, p[0], p[1], p[2], p[3], p[4], p[10] ? id.toLowerCase() : id, p[11], p[13], p[15]]);
    prec.push({ id, labour: p[12], migrant: p[14] });
  });
  prows.push([null, null, null, null, null, null, null, null, null, null]);
  prows.push(['注：劳动能力按扶贫系统口径填写（普通劳动力、技能劳动力、弱劳动力或半劳动力、丧失劳动力、无劳动力）。', null, null, null, null, null, null, null, null, null]);
  sheets.push({ name: '建档立卡贫困人口', rows: prows, merges: ['A1:J1', 'A2:J2'] });
  expect['建档立卡贫困人口'] = { kind: 'poorPersons', records: prec };

  // --- enterprises: 入驻时间 by quarter, exit date inside the 状态 cell
  const E = [
    ['茂名市电白区荔乡电子商务有限公司', '平台型', '2020年第三季度', '在园', '2020-09', null],
    ['电白区沉香源农产品网店', '销售型', '2020年第三季度', '在园', '2020-09', null],
    ['茂名市优品汇电商运营服务有限公司', '电商运营商', '2020年第四季度', '在园', '2020-12', null],
    ['电白区邮政快递物流配送中心', '物流企业', '2020年8月', '在园', '2020-08', null],
    ['电白区海丰水产品加工厂', '农产品加工', '2021年第一季度', '已退出（2021年5月）', '2021-03', '2021-05'],
    ['茂名市博贺海鲜汇网络科技有限公司', '销售型', D('2021-04-16'), '在园', '2021-04-16', null],
    ['电白区观珠山货电商工作室', '销售型', '2021年第二季度', '在园', '2021-06', null],
    ['茂名市云仓电商代运营有限公司', '电商运营商', '2020年第三季度', '已退出（2021.3.31）', '2020-09', '2021-03-31'],
  ];
  const erows = [
    ['电白区电子商务产业园入驻企业名单', null, null, null, null, null],
    ['序号', '企业名称', '企业类型', '入驻时间', '目前状态', '联系人'],
  ];
  const contacts = ['李海燕', '陈志文', '黄丽婷', '邓家宝', '吴国华', '杨秋菊', '周振东', '梁晓峰'];
  E.forEach((e, i) => erows.push([i + 1, e[0], e[1], e[2], e[3], contacts[i]]));
  erows.push([null, null, null, null, null, null]);
  erows.push(['注：入驻时间以签订入驻协议所在季度填报。', null, null, null, null, null]);
  sheets.push({ name: '产业园入驻企业', rows: erows, merges: ['A1:F1'] });
  expect['产业园入驻企业'] = {
    kind: 'enterprises',
    records: E.map((e) => ({ name: e[0], type: e[1], entered: e[4], left: e[5] })),
  };

  // --- reports: 报送月份 as "2020年10月份"; 2021年2月份 missing
  const months = [];
  for (let k = 0; k < 13; k++) {
    const y = 2020 + Math.floor((7 + k) / 12);
    const m = ((7 + k) % 12) + 1; // 2020-08 .. 2021-08
    if (y === 2021 && m === 2) continue;
    months.push([y, m]);
  }
  const povFlag = { '2020-08': '否', '2020-09': '否', '2020-12': '是', '2021-03': '是', '2021-06': '是', '2021-08': null };
  const rrows = [
    ['电白区电子商务进农村综合示范工作月报报送情况', null, null, null, null, null],
    ['序号', '报送月份', '报送内容', '是否含电商扶贫统计', '报送方式', '备注'],
  ];
  const rrec = [];
  months.forEach(([y, m], i) => {
    const key = `${y}-${pad(m)}`;
    const pv = key in povFlag ? povFlag[key] : '否';
    rrows.push([i + 1, `${y}年${m}月份`, `${m}月份电子商务进农村综合示范创建工作进展及电商统计数据`, pv, i % 3 === 2 ? '公文交换' : '电子邮件', key === '2021-01' ? '春节前提前报送' : null]);
    rrec.push({ date: key, poverty: pv === '是' ? true : pv === '否' ? false : null });
  });
  sheets.push({ name: '月报报送', rows: rrows, merges: ['A1:F1'] });
  expect['月报报送'] = { kind: 'reports', records: rrec };

  // --- media: 媒体层级 中央级/省级/市级/区级 (区级 = 县级)
  const M = [
    ['电白：电商直播助力荔枝出村', '电白区融媒体中心', '区级', '网络', D('2020-06-18'), '2020-06-18', 'county', false, '否'],
    ['小小服务站连通山区致富路', '茂名日报', '市级', '报纸', '2020年11月3日', '2020-11-03', 'city', false, '否'],
    ['电白沉香搭上电商快车', '南方+客户端', '省级', '网络', '2021.1.15', '2021-01-15', 'province', false, '否'],
    ['电白区电商进农村示范创建见成效', '茂名电视台《茂名新闻》', '市级', '电视', D('2021-04-22'), '2021-04-22', 'city', true, '否'],
    ['“网上卖海鲜”带富博贺渔村', '广东广播电视台《广东新闻联播》', '省级', '电视', '2021年5月18日', '2021-05-18', 'province', true, '是'],
    ['广东茂名：荔枝电商季 “云上”卖全国', '中央电视台《新闻直播间》', '中央级', '电视', D('2021-06-20'), '2021-06-20', 'national', true, '否'],
    ['我区举办农村电商带头人培训班', '电白区融媒体中心（电白电视台）', '区级', '电视', '2021年7月', '2021-07', 'county', true, '否'],
  ];
  const mrows = [
    ['电白区电子商务进农村宣传报道清单', null, null, null, null, null, null],
    ['序号', '报道标题', '刊播媒体', '媒体层级', '报道形式', '刊播时间', '是否电商扶贫典型案例'],
  ];
  M.forEach((x, i) => mrows.push([i + 1, x[0], x[1], x[2], x[3], x[4], x[8]]));
  mrows.push([null, null, null, null, null, null, null]);
  mrows.push(['注：区级媒体指电白区融媒体中心（含电白电视台），相当于县级媒体。', null, null, null, null, null, null]);
  sheets.push({ name: '宣传报道', rows: mrows, merges: ['A1:G1'] });
  expect['宣传报道'] = { kind: 'media', records: M.map((x) => ({ date: x[5], level: x[6], tv: x[7] })) };

  write(OUT_L, 'b14-l2-dianbai.json', {
    description:
      '电白区（茂名市）商务局的台账工作簿：建档立卡贫困人口按扶贫系统口径填劳动能力（普通/技能/弱劳动力或半劳动力 → 有劳动能力 true；丧失劳动力/无劳动力 → false）和务工状况（省外务工、县外省内务工 → 外出务工 true；乡（镇）内务工、未外出务工 → false；空白 → null），身份证号新旧区划码（440923/440904）并存、一个小写x；产业园企业入驻时间按季度填（“2020年第三季度”按区间末读作 2020-09），退出日期写在“目前状态”格的括号里；月报报送月份写成“2020年10月份”（按月读），2021年2月份缺报；宣传报道用“媒体层级”列（中央级 → national，区级即县级 → county），报道形式“电视”为 tv。',
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================
// C1 揭西县
// =====================================================================
(function jiexi() {
  const AREA = '445222';
  // deterministic LCG
  let seed = 20210831;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };

  const towns = [
    ['河婆街道', 27, ['河婆居委会', '横江居委会', '大洋居委会']],
    ['龙潭镇', 14, ['龙潭居委会']],
    ['南山镇', 12, ['南山居委会']],
    ['灰寨镇', 15, ['灰寨居委会']],
    ['京溪园镇', 13, ['京溪园居委会']],
    ['五经富镇', 17, ['五经富居委会']],
    ['新亨镇', 16, ['新亨居委会']],
    ['坪上镇', 15, ['坪上居委会']],
    ['上砂镇', 14, ['上砂居委会']],
    ['良田乡', 10, ['良田居委会']],
    ['大溪镇', 12, ['大溪居委会']],
    ['钱坑镇', 16, ['钱坑居委会']],
    ['凤江镇', 15, ['凤江居委会']],
    ['东园镇', 13, ['东园居委会']],
    ['棉湖镇', 25, ['棉湖居委会', '湖西居委会', '新华居委会']],
    ['金和镇', 18, ['金和居委会']],
    ['塔头镇', 12, ['塔头居委会']],
    ['五云镇', 8, ['五云居委会']],
  ];
  const ADMIN = towns.reduce((s, t) => s + t[1], 0);
  if (ADMIN !== 272) throw new Error('admin ' + ADMIN);
  const JU = towns.reduce((s, t) => s + t[2].length, 0); // 22

  const CA = ['上', '下', '东', '西', '南', '北', '新', '老', '大', '小', '高', '石', '山', '龙', '凤', '金', '竹', '林', '河', '溪', '田', '塘', '岭', '坑', '湖', '桥', '寨', '美', '双', '三', '白', '黄', '赤', '长', '横', '仙'];
  const CB = ['埔', '寮', '洋', '岭', '围', '厝', '墩', '田', '背', '坝', '坑', '湾', '洞', '寨', '楼', '光', '和', '联', '丰', '安', '兴', '华', '美', '溪', '湖', '头', '尾', '塘', '口', '园', '社', '陂'];
  const stems = new Set();
  for (const t of towns) { stems.add(t[0].replace(/(街道|镇|乡)$/, '')); for (const j of t[2]) stems.add(j.replace(/居委会$/, '')); }
  const villages = []; // {town, name, poor}
  for (const t of towns) {
    for (let k = 0; k < t[1]; k++) {
      let name;
      for (;;) {
        const a = CA[Math.floor(rnd() * CA.length)];
        const b = CB[Math.floor(rnd() * CB.length)];
        if (a === b) continue;
        const stem = a + b;
        if (stems.has(stem)) continue;
        stems.add(stem);
        name = stem + '村';
        break;
      }
      villages.push({ town: t[0], name, poor: false });
    }
  }
  // 38 省定贫困村 in the hill towns
  const poorQuota = { '上砂镇': 6, '五云镇': 5, '良田乡': 5, '坪上镇': 5, '京溪园镇': 5, '龙潭镇': 4, '南山镇': 4, '灰寨镇': 4 };
  for (const [town, q] of Object.entries(poorQuota)) {
    const vs = villages.filter((v) => v.town === town);
    for (let k = 0; k < q; k++) vs[Math.floor((k * vs.length) / q)].poor = true;
  }
  const poorList = villages.filter((v) => v.poor);
  if (poorList.length !== 38) throw new Error('poor ' + poorList.length);

  // villages sheet
  const vrows = [
    ['揭西县行政村（社区）名单', null, null, null, null, null],
    ['序号', '所属镇（街道）', '村（居）名称', '村/居', '户数', '户籍人口'],
  ];
  let n = 0;
  for (const t of towns) {
    for (const v of villages.filter((x) => x.town === t[0])) {
      const hh = 300 + Math.floor(rnd() * 900);
      vrows.push([++n, t[0], v.name.replace(/村$/, '村委会'), '村', hh, hh * 4 + Math.floor(rnd() * 300)]);
    }
    for (const j of t[2]) {
      const hh = 800 + Math.floor(rnd() * 1500);
      vrows.push([++n, t[0], j, '居', hh, hh * 3 + Math.floor(rnd() * 300)]);
    }
  }
  vrows.push(['合计', null, `${ADMIN}个村委会、${JU}个居委会`, null, null, null]);

  // poor villages sheet
  const pvrows = [
    ['揭西县省定贫困村名单（38个）', null, null],
    ['序号', '镇', '村名'],
  ];
  poorList.forEach((v, i) => pvrows.push([i + 1, v.town, v.name]));

  // stations: 128 distinct admin villages covered by 2021-08-31 (37 poor + 91 others)
  const poorLate = poorList[poorList.length - 1]; // its station opened 2021-09-16
  const coveredPoor = poorList.filter((v) => v !== poorLate);
  const nonPoor = villages.filter((v) => !v.poor);
  // choose 91 non-poor villages spread over towns: take every 2nd-ish deterministically
  const chosen = new Set(coveredPoor);
  for (let k = 0; k < 91; k++) chosen.add(nonPoor[Math.floor((k * nonPoor.length) / 91)]);
  if (chosen.size !== 128) throw new Error('chosen');
  const srows = [
    ['揭西县村级电子商务服务站点清单', null, null, null, null, null, null, null],
    ['序号', '镇（街道）', '站点名称', '所在行政村', '站点地址', '负责人', '联系电话', '建成时间'],
  ];
  const surnames = ['张', '李', '黄', '刘', '陈', '彭', '钟', '曾', '蔡', '罗', '杨', '林', '温', '吴'];
  const given = ['伟强', '秀梅', '志明', '丽娟', '国栋', '少华', '海平', '素芳', '建新', '晓东', '文辉', '玉兰'];
  const dateCell = (dt) => {
    const [y, m, d] = dt.split('-').map(Number);
    return rnd() < 0.7 ? D(dt) : `${y}.${m}.${d}`;
  };
  const randDate = () => {
    // 2020-05-01 .. 2021-08-31
    const start = Date.UTC(2020, 4, 1), end = Date.UTC(2021, 7, 31);
    const t = start + Math.floor(rnd() * ((end - start) / 86400000 + 1)) * 86400000;
    return new Date(t).toISOString().slice(0, 10);
  };
  let sn = 0;
  const stationRow = (town, vname, vcol, dt) => {
    const person = surnames[Math.floor(rnd() * surnames.length)] + given[Math.floor(rnd() * given.length)];
    const phone = '13' + String(500000000 + Math.floor(rnd() * 499999999));
    const sname = /居委会$/.test(vname) ? vname.replace(/居委会$/, '社区电商服务站') : `${vname.replace(/(村委会|村)$/, '')}村电商服务站`;
    srows.push([++sn, town, sname, vcol, `揭西县${town}${vcol}综合服务中心`, person, phone, dateCell(dt)]);
  };
  let extraDupDone = false, juDone = false, strayDone = false;
  for (const t of towns) {
    for (const v of villages.filter((x) => x.town === t[0])) {
      if (chosen.has(v)) {
        stationRow(t[0], v.name, v.name, randDate());
        if (!extraDupDone && t[0] === '棉湖镇') {
          // second station in the same village, village written the long way
          stationRow(t[0], v.name, v.name.replace(/村$/, '村委会'), '2021-05-20');
          extraDupDone = true;
        }
      } else if (v === poorLate) {
        stationRow(t[0], v.name, v.name, '2021-09-16');
      }
    }
    if (t[0] === '河婆街道' && !juDone) { stationRow(t[0], '横江居委会', '横江居委会', '2020-08-12'); juDone = true; }
    if (t[0] === '金和镇' && !strayDone) { stationRow(t[0], '山湖', '山湖自然村', '2021-03-18'); strayDone = true; }
  }
  if (!extraDupDone || !juDone || !strayDone) throw new Error('station extras');
  if (stems.has('山湖')) throw new Error('stray collides');
  srows.push([null, null, null, null, null, null, null, null]);
  srows.push(['注：站点均已挂牌，建成时间以挂牌验收为准。', null, null, null, null, null, null, null]);

  // training sessions (rows are sessions with 参训人次)
  const S = [
    ['2020.9.22', 180, '2020-09-22'], ['2020年10月13日-15日', 260, '2020-10-15'], ['2020.10.28', 150, '2020-10-28'],
    ['2020.11.10', 320, '2020-11-10'], ['2020.11.24', 210, '2020-11-24'], ['2020年12月7日-8日', 240, '2020-12-08'],
    ['2020.12.22', 180, '2020-12-22'], ['2021.1.12', 200, '2021-01-12'], ['2021.1.26', 160, '2021-01-26'],
    ['2021年3月1日-3日', 300, '2021-03-03'], ['2021.3.18', 220, '2021-03-18'], ['2021.3.30', 150, '2021-03-30'],
    ['2021.4.14', 260, '2021-04-14'], ['2021.4.27', 190, '2021-04-27'], ['2021.5.12', 230, '2021-05-12'],
    ['2021.5.26', 170, '2021-05-26'], ['2021.6.9', 240, '2021-06-09'], ['2021.6.23', 180, '2021-06-23'],
    ['2021.7.7', 200, '2021-07-07'], ['2021.7.21', 160, '2021-07-21'], ['2021.8.11', 180, '2021-08-11'],
    ['2021年8月30日-9月1日', 120, '2021-09-01'], ['2021.9.8', 150, '2021-09-08'],
  ];
  const topics = ['农村电商基础知识', '网店开设与运营', '直播带货实操', '农产品包装与摄影', '电商扶贫专题培训', '短视频营销', '青梅、茶叶网销技巧'];
  const places = ['县电子商务公共服务中心', '河婆街道文化站', '五经富镇政府会议室', '上砂镇村级服务站', '棉湖镇电商孵化基地'];
  const trrows = [
    ['揭西县电子商务进农村培训台账', null, null, null, null, null, null],
    ['期次', '培训时间', '培训内容', '培训地点', '培训对象', '参训人次', '其中建档立卡贫困人口（人次）'],
  ];
  let inWindow = 0, all = 0;
  S.forEach((s, i) => {
    trrows.push([`第${i + 1}期`, s[0], topics[i % topics.length], places[i % places.length], i % 4 === 0 ? '建档立卡贫困户' : '农村青年、返乡创业人员', s[1], Math.round(s[1] * 0.3)]);
    all += s[1];
    if (s[2] <= '2021-08-31') inWindow += s[1];
  });
  if (inWindow !== 4380) throw new Error('training ' + inWindow);
  trrows.push(['合计', null, null, null, null, all, null]);

  // enterprises: 20 rows, 17 in the park at the cut-off
  const ENT = [
    ['揭西县河婆电子商务发展有限公司', '平台型', D('2020-10-20'), null],
    ['揭西县客家优品网络科技有限公司', '销售型', D('2020-10-20'), null],
    ['揭西县擂茶坊电子商务有限公司', '销售型', D('2020-11-05'), null],
    ['揭阳市聚农电商运营服务有限公司', '电商运营商', D('2020-11-05'), null],
    ['揭西县韵达快递有限公司', '物流企业', D('2020-11-16'), null],
    ['揭西县青梅谷农产品网店', '销售型', D('2020-12-01'), null],
    ['揭西县京溪园茶叶专业合作社', '农产品加工', D('2020-12-01'), D('2021-04-30')],
    ['揭西县坪上客家米酒电商工作室', '销售型', D('2020-12-18'), null],
    ['揭西县速通仓储物流有限公司', '物流企业', D('2021-01-08'), null],
    ['揭西县乐购直播电商有限公司', '电商运营商', D('2021-01-08'), null],
    ['揭西县上砂山货电商工作室', '销售型', D('2021-02-22'), null],
    ['揭西县绿源农业发展有限公司', '农产品加工', D('2021-03-01'), null],
    ['揭西县网仓云配送有限公司', '物流企业', D('2021-03-15'), D('2021-07-31')],
    ['揭西县五云竹笋电商合作社', '销售型', D('2021-04-06'), null],
    ['揭西县星火电商代运营工作室', '电商运营商', D('2021-04-20'), null],
    ['揭西县惠农优选网络科技有限公司', '平台型', D('2021-05-10'), null],
    ['揭西县棉湖柿饼电商有限公司', '销售型', D('2021-06-01'), null],
    ['揭西县金和鱼干网店', '销售型', D('2021-06-15'), null],
    ['揭西县兴农摄影设计工作室', '电商服务（摄影美工）', D('2021-07-12'), null],
    ['揭西县客都直播基地运营有限公司', '电商运营商', D('2021-09-06'), null],
  ];
  const erows = [
    ['揭西县电商产业园入驻企业清单', null, null, null, null, null],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻日期', '退出日期'],
  ];
  const CODE_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const entIn = [];
  ENT.forEach((e, i) => {
    let body = 'MA5';
    for (let k = 0; k < 5; k++) body += CODE_CH[Math.floor(rnd() * CODE_CH.length)];
    erows.push([i + 1, e[0], uscc(AREA, body), e[1], e[2], e[3]]);
    const inP = e[2].date <= '2021-08-31' && !(e[3] && e[3].date < '2021-08-31');
    if (inP) entIn.push(e);
  });
  if (entIn.length !== 17) throw new Error('ent ' + entIn.length);

  // funds
  const FU = [
    ['县级公共服务中心', '中心装修及设备采购（首期）', '揭西县河婆电子商务发展有限公司', '1,200,000.00', '600,000.00', D('2020-11-20')],
    ['村级站点', '村级电商服务站点建设（一期）', '揭阳市邮政分公司揭西营业部', '1,050,000.00', '450,000.00', D('2020-12-30')],
    ['人才培训', '电商人才培训（一期）', '揭西县众合职业培训学校', '530,000.00', '280,000.00', D('2021-01-25')],
    ['物流体系', '县乡村三级物流共同配送（一期）', '揭西县速通仓储物流有限公司', '900,000.00', '520,000.00', D('2021-02-08')],
    ['县级公共服务中心', '中心运营服务费（二期）', '揭西县河婆电子商务发展有限公司', '1,200,000.00', '500,000.00', D('2021-03-31')],
    ['品牌培育', '揭西擂茶、青梅区域公共品牌策划', '广州岭南品牌策划有限公司', '312,450.00', '312,450.00', D('2021-04-28')],
    ['村级站点', '村级电商服务站点建设（二期）', '揭阳市邮政分公司揭西营业部', '1,050,000.00', '400,000.00', D('2021-05-31')],
    ['物流体系', '县乡村三级物流共同配送（二期）', '揭西县速通仓储物流有限公司', '900,000.00', '380,000.00', D('2021-06-30')],
    ['宣传推广', '网络促销及宣传推广', '揭西县融媒体中心', '170,000.00', '170,000.00', D('2021-07-30')],
    ['人才培训', '电商人才培训（二期）', '揭西县众合职业培训学校', '530,000.00', '250,000.00', D('2021-08-27')],
    ['村级站点', '村级电商服务站点建设（三期）', '揭阳市邮政分公司揭西营业部', '1,050,000.00', '200,000.00', D('2021-09-15')],
  ];
  const num = (s) => Number(s.replace(/,/g, ''));
  const furows = [
    ['揭西县电子商务进农村综合示范专项资金使用台账', null, null, null, null, null, null, null],
    ['单位：元', null, null, null, null, null, null, null],
    ['序号', '项目类别', '项目内容', '承建单位', '合同金额', '本次拨付', '拨付日期', '累计拨付'],
  ];
  let cum = 0, spent = 0;
  FU.forEach((f, i) => {
    cum += num(f[4]);
    if (f[5].date <= '2021-08-31') spent += num(f[4]);
    furows.push([i + 1, f[0], f[1], f[2], f[3], f[4], f[5], cum.toLocaleString('en-US', { minimumFractionDigits: 2 })]);
  });
  if (spent !== 3862450) throw new Error('spent ' + spent);
  furows.push(['合计', null, null, null, null, cum.toLocaleString('en-US', { minimumFractionDigits: 2 }), null, null]);
  furows.push(['注：资金下达总额500万元（省级财政专项资金）。', null, null, null, null, null, null, null]);

  // reports: every month 2020-07 .. 2021-08
  const rprows = [
    ['揭西县向市商务局报送工作情况登记', null, null, null, null],
    ['序号', '报送日期', '报送事项', '文号', '含电商扶贫统计'],
  ];
  let rn = 0;
  for (let k = 0; k < 14; k++) {
    const y = 2020 + Math.floor((6 + k) / 12), m = ((6 + k) % 12) + 1;
    const day = 5 + (k % 5);
    const prevM = m === 1 ? 12 : m - 1;
    rprows.push([++rn, D(iso(y, m, day)), `报送${prevM}月份电子商务进农村综合示范工作进展及统计数据`, `揭西商务〔${y}〕${20 + k}号`, m % 3 === 0 ? '√' : null]);
  }

  // disclosures: 7 of the 12 months
  const DISC = [
    ['2020-09-18', '揭西县电子商务进农村综合示范项目建设进度（2020年9月）'],
    ['2020-11-20', '揭西县电子商务进农村综合示范项目建设进度（2020年10-11月）'],
    ['2021-01-15', '揭西县电子商务进农村综合示范项目基本信息公示'],
    ['2021-03-12', '揭西县电子商务进农村综合示范项目建设进度（2021年2月）'],
    ['2021-04-16', '揭西县电子商务进农村综合示范项目建设进度（2021年3月）'],
    ['2021-06-10', '揭西县电子商务进农村综合示范项目建设进度（2021年5月）'],
    ['2021-08-20', '揭西县电子商务进农村综合示范项目建设进度（2021年7月）'],
  ];
  const dsrows = [
    ['揭西县人民政府网“电子商务进农村综合示范”专栏更新记录', null, null],
    ['发布日期', '标题', '链接'],
  ];
  DISC.forEach((d, i) => dsrows.push([d[0], d[1], `http://www.jiexi.gov.cn/zwgk/dzsw/content/post_${580123 + i * 137}.html`]));

  // media
  const MED = [
    [D('2020-11-18'), '揭西县融媒体中心', '县级', '网络', '揭西：电商培训走进客家山村', '否'],
    [D('2021-04-12'), '南方日报', '省级', '报纸', '揭西擂茶“触网”走俏珠三角', '否'],
    [D('2021-06-15'), '广东广播电视台珠江频道', '省级', '电视', '青梅上网 山村脱贫——揭西电商扶贫纪实', '是'],
    [D('2021-09-09'), '揭阳电视台', '市级', '电视', '揭西电商产业园：小网店做出大产业', '否'],
  ];
  const mdrows = [
    ['揭西县电子商务进农村宣传报道', null, null, null, null, null],
    ['日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例'],
  ];
  MED.forEach((x) => mdrows.push(x));

  // materials: one, sent after the cut-off
  const mtrows = [
    ['经验材料报送情况', null, null],
    ['报送日期', '材料名称', '报送单位'],
    ['2021.9.10', '揭西县电子商务进农村综合示范创建工作经验总结', '揭西县商务局'],
  ];

  // facts / self-assessment
  const F = [
    ['县（市、区）名称', null, '揭西县', null],
    ['考评截止日期', null, '2021年8月31日', null],
    ['常住人口', '万人', 70.6, '2020年末常住人口'],
    ['行政村数', '个', 272, '另有居委会22个'],
    ['省定贫困村数', '个', 38, null],
    ['牵头领导', null, '副县长', '县政府分管商务工作的副县长任领导小组组长'],
    ['参与部门', null, '商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局', null],
    ['是否正式印发示范县工作方案', null, '是', '揭西府办函〔2020〕56号'],
    ['是否出台支持农村电商发展的政策', null, '是', '揭西县促进农村电子商务发展若干措施'],
    ['县级电子商务公共服务中心投入运营日期', null, '2020年12月18日', null],
    ['有免费培训场所、培训设备，能组织电商基础培训', null, '是', null],
    ['为特色农产品提供免费展示、销售服务', null, '是', null],
    ['为电子商务市场主体提供免费摄影、美工服务', null, '是', null],
    ['组织农产品统一推广、指导特色农产品品牌建设', null, '是', null],
    ['为电子商务发展提供其他衍生增值服务', null, '否', null],
    ['建设或整合、优化当地电商产业园', null, '是', '揭西县电商产业园（河婆街道）'],
    ['有专业第三方电子商务运营或服务商', null, '是', null],
    ['行政村物流快递覆盖率100%', null, '是', '市邮政管理局证明'],
    ['2019年农村网络零售额', '万元', 86200, null],
    ['2020年农村网络零售额', '万元', 103500, null],
    ['2019年农产品网络零售额', '万元', 12600, null],
    ['2020年农产品网络零售额', '万元', 17100, null],
    ['培训人次', '人次', 4500, null],
    ['有劳动能力的建档立卡贫困人口数（不含外出务工）', '人', 1250, '县乡村振兴局核定'],
    ['参加培训的建档立卡贫困人口数', '人', 700, null],
    ['专栏公示创建方案', null, '是', null],
    ['专栏公示项目基本信息', null, '是', null],
    ['专栏公示项目建设进度', null, '是', null],
    ['专栏设立征求意见或监督举报窗口', null, '否', '拟于9月补设'],
    ['能统计电商扶贫情况', null, '是', null],
    ['下达资金总额', '万元', 500, null],
    ['累计拨付资金', '万元', 386.245, '截至8月31日'],
    ['已制定资金管理制度', null, '是', null],
    ['已建立资金专用台账', null, '是', null],
    ['项目总体进度', '%', 85, null],
    ['发生安全生产、质量事故或重大损失', null, '否', null],
    ['弄虚作假', null, '否', null],
  ];
  const J = [
    ['工作方案因地制宜，可操作性较强', '1-2分', 2, '揭西县电子商务进农村综合示范工作方案'],
    ['出台相关政策，且得到较好落实', '1-2分', 1, '政策已出台，落实仍在推进'],
    ['建立项目管理制度，在建设、验收环节严格落实相关制度', '1-2分', 2, '项目管理办法、验收记录'],
    ['建立完整工作台账，详细记录项目建设情况', '1-2分', 2, '各类工作台账'],
    ['对当地农产品网络销售进行调研，并形成针对性建议', '1-2分', 1, '调研报告（初稿）'],
    ['开展农村产品网络促销活动成效明显', '1-2分', 2, '年货节、青梅节促销活动总结'],
    ['有出台农产品电商交易标准，建立农产品冷链、溯源系统', '1-2分', 1, '溯源系统试运行'],
    ['建立科学有效的资金管理制度且得到有效落实', '1-5分', 4, '专项资金管理办法'],
    ['项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况', '1-5分', 4, '资金使用台账'],
    ['资金支出率70%以上，且根据创建进度及时拨付', '1-5分', 4, '拨付凭证'],
  ];
  const CL = [
    ['加强组织领导与统筹协调', '组织领导', 2, 2, 'org.leadership'],
    [null, '方案制定', 2, 2, 'org.plan'],
    [null, '政策支持', 2, 1, 'org.policy'],
    [null, '项目管理', 4, 4, 'org.management'],
    ['深入推动电子商务进农村工作', '服务体系建设（县级中心及产业园）', 15, 14, 'work.center'],
    [null, '服务体系建设（村级站点覆盖）', 10, 7, 'work.coverage'],
    [null, '农村产品上行', 10, 8, 'work.upward'],
    [null, '电商人才培训', 20, 18, 'work.training'],
    ['加强信息公开及报送', '信息公开', 4, 3, 'info.disclosure'],
    [null, '数据上报', 6, 6, 'info.reporting'],
    ['加强宣传推广', '案例总结', 2, 2, 'promo.cases'],
    [null, '经验推广', 8, 5, 'promo.media'],
    ['加强财政资金管理', '制度建立', 5, 4, 'fund.system'],
    [null, '资金台账', 5, 4, 'fund.ledger'],
    [null, '资金支出', 5, 4, 'fund.spending'],
    ['加分项', '建档立卡贫困人口培训率70%及以上', 2, 0, 'bonus.poorTraining'],
    [null, '电商扶贫典型案例获电视媒体播报', 2, 1, 'bonus.tvCase'],
  ];
  const frows = [
    ['揭西县2019年省级电子商务进农村综合示范创建自评填报表', null, null, null, null],
    ['填报单位：揭西县商务局', null, null, '填报日期：2021年9月14日', null],
    ['一、基本情况', null, null, null, null],
    ['序号', '项目', '单位', '填报内容', '备注'],
  ];
  F.forEach((f, i) => frows.push([i + 1, f[0], f[1], f[2], f[3]]));
  frows.push([null, null, null, null, null]);
  frows.push(['二、评分项自评', null, null, null, null]);
  frows.push(['序号', '评分标准', '分值', '自评分', '佐证材料']);
  J.forEach((j, i) => frows.push([i + 1, j[0], j[1], j[2], j[3]]));
  frows.push([null, null, null, null, null]);
  frows.push(['三、自评得分汇总', null, null, null, null]);
  frows.push(['工作任务', '评价指标', '权重', '自评得分', null]);
  CL.forEach((c) => frows.push([c[0], c[1], c[2], c[3], null]));
  const claimedSum = CL.reduce((s, c) => s + c[3], 0);
  frows.push(['合计', null, null, claimedSum, null]);
  if (claimedSum !== 85) throw new Error('claimed ' + claimedSum);
  const claimed = {};
  CL.forEach((c) => { claimed[c[4]] = c[3]; });

  const sheets = [
    { name: '自评填报', rows: frows, merges: ['A1:E1'] },
    { name: '行政村名单', rows: vrows, merges: ['A1:F1'] },
    { name: '省定贫困村', rows: pvrows, merges: ['A1:C1'] },
    { name: '站点清单', rows: srows, merges: ['A1:H1'] },
    { name: '培训台账', rows: trrows, merges: ['A1:G1'] },
    { name: '入驻企业', rows: erows, merges: ['A1:F1'] },
    { name: '资金台账', rows: furows, merges: ['A1:H1'] },
    { name: '月报报送', rows: rprows, merges: ['A1:E1'] },
    { name: '专栏更新', rows: dsrows, merges: ['A1:C1'] },
    { name: '宣传报道', rows: mdrows, merges: ['A1:F1'] },
    { name: '经验材料', rows: mtrows, merges: ['A1:C1'] },
  ];

  const points = {
    'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 4,
    'work.center': 12, 'work.coverage': 5, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 1, 'info.reporting': 6, 'promo.cases': 0, 'promo.media': 5,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !/^(bonus|veto)\./.test(k)).reduce((s, [, v]) => s + v, 0);
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  if (scored !== 75 || bonus !== 1) throw new Error('total ' + scored + ' ' + bonus);

  const derivation = [
    'org.leadership: 牵头领导“副县长”（分管领导），虽有商务、财政、农业农村、乡村振兴等部门参与 → 1',
    'org.plan: 工作方案已印发（揭西府办函〔2020〕56号），自评“工作方案因地制宜，可操作性较强”2分 → 2',
    'org.policy: 已出台政策，自评“出台相关政策，且得到较好落实”1分 → 1',
    'org.management: 项目管理制度自评2 + 工作台账自评2 → 4',
    'work.center: 中心2020-12-18运营（≤2021-08-31 → 2；≤2021-02-28 → 2），免费培训2、展示1、摄影美工1、品牌1，其他衍生服务“否”0，产业园已建2；入驻企业20行中2家在截止日前退出（2021-04-30、2021-07-31）、1家2021-09-06才入驻 → 在园17家 <20 → 0；17家类型有平台型、销售型、电商运营商、物流企业、农产品加工 ≥3 → 1；合计 2+2+2+1+1+1+0+2+0+1 = 12',
    'work.coverage: 名单272个村委会（22个居委会不计），基数 min(272,200)=200；截止日前建成站点的不同行政村128个（棉湖镇同村第二个站点写作“××村委会”只算一次，横江居委会站点、“山湖自然村”站点不在行政村名单内不计）→ 128/200 = 64%，50%–70% → 2；省定贫困村38个，其中1个村的站点2021-09-16才建成 → 37/38 = 97.4%，80%–100% → 3；合计 5',
    'work.upward: 调研自评1 + 促销自评2 + 第三方服务商“是”1 + 快递覆盖（村名单无快递列，按基本情况“是”）1 + 交易标准/冷链溯源自评1 + 增速：农村网络零售额 86200→103500万元 = 20.1% 不足30%，但农产品网络零售额 12600→17100万元 = 35.7% ≥30% → 2；合计 8',
    'work.training: 培训台账按期次记参训人次，截止日前 4380 人次（“2021年8月30日-9月1日”按区间末 2021-09-01 计、2021.9.8 一期均在截止日后不计；台账合计行4650、基本情况4500均不采用）÷ min(706000,500000)=500000 = 0.876%，0.8%–1% → 8；无贫困人口名单，按填报数 700/1250 = 56% ≥50% → 10；合计 18',
    'info.disclosure: 专栏有创建方案、项目基本信息、建设进度，但无征求意见或监督举报窗口 → 内容不全 0；2020-09…2021-08 十二个月中仅2020-09、2020-11、2021-01、2021-03、2021-04、2021-06、2021-08 七个月有更新 → 不定时 1；合计 1',
    'info.reporting: 报送登记 2020-07 至 2021-08 每月均有，窗口12个月齐全 → 3；能统计电商扶贫情况“是”（登记中也有“√”）→ 3；合计 6',
    'promo.cases: 唯一一份经验材料 2021.9.10 报送，晚于截止日 → 0',
    'promo.media: 截止日前有省级（南方日报、广东广播电视台）→ 4，县级（揭西县融媒体中心）→ 1；揭阳电视台市级报道为2021-09-09，在截止日后不计 → 5',
    'fund.system: 自评“建立科学有效的资金管理制度且得到有效落实”4 → 4',
    'fund.ledger: 自评“项目承建方建立资金专用台账”4 → 4',
    'fund.spending: 截止日前“本次拨付”合计 3,862,450 元（2021-09-15 一笔200,000不计；不用“合同金额”“累计拨付”列）÷ 下达 5,000,000 元 = 77.2% ≥70% → 按自评及时拨付 4',
    'bonus.poorTraining: 贫困人口培训率 56% < 70% → 0',
    'bonus.tvCase: 2021-06-15 广东广播电视台珠江频道（省级电视）播报电商扶贫典型案例，无国家级电视 → 1',
    'veto.incident: 基本情况“发生安全生产、质量事故或重大损失”为“否” → 不否决 0',
    'veto.progress: 填报项目总体进度 85% ≥ 40% → 不否决 0',
    'veto.fraud: “弄虚作假”为“否” → 不否决 0',
    'total: 15项合计 1+2+1+4+12+5+8+18+1+6+0+5+4+4+4 = 75，加分 min(0+1,4) = 1 → 76（自评合计85）',
  ];

  write(OUT_C, 'b14-c1-jiexi.json', {
    description:
      '揭西县（揭阳市）商务局整本台账：一张“自评填报”表分三段（基本情况 序号|项目|单位|填报内容|备注，单位列给万元/万人/%；评分项自评用官方评分标准原文；自评得分汇总按评价指标），另有行政村名单（村/居列，村名写“××村委会”）、省定贫困村、站点清单（同村两站、居委会站点、自然村站点、截止日后建成）、按期次记人次的培训台账（日期区间、跨截止日的一期）、带统一社会信用代码的入驻企业清单（退出、截止日后入驻）、合同金额/本次拨付/累计拨付三列的资金台账、报送登记、专栏更新、宣传报道、截止日后才报送的经验材料。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: scored + bonus,
      bonus,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  });
})();

console.log('ok');
