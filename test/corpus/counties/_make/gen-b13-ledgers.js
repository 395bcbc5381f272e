// Generates b13-l1-lufeng.json, b13-l2-wengyuan.json, b13-l3-xuwen.json (ledger cases, written blind).
'use strict';
const fs = require('fs');
const path = require('path');
const OUT = path.resolve(__dirname, "../../ledgers");

// ---------- helpers ----------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i];
  return '10X98765432'[s % 11];
}
// region: 6 digits; birth: 'YYYYMMDD'; seq: 3 digits (odd last digit = male)
function pid(region, birth, seq) {
  const body = region + birth + String(seq).padStart(3, '0');
  if (body.length !== 17) throw new Error('bad body ' + body);
  return body + idCheck(body);
}
// find a sequence number of the right sex that gives a check digit X
function pidX(region, birth, male) {
  for (let s = 100; s < 999; s++) {
    if ((s % 2 === 1) !== male) continue;
    const id = pid(region, birth, s);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X');
}
function validId(id) { return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17]; }

// Excel serial (1900 system) for an ISO date
function serial(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}
const D = (iso) => ({ date: iso });

// Unified social credit code (GB 32100-2015) incl. the embedded org-code check digit (GB 11714)
const USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(body8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    s += v * w[i];
  }
  const r = 11 - (s % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}
function uscc(prefix2, region6, org8) {
  const body = prefix2 + region6 + org8 + orgCheck(org8);
  let s = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CH.indexOf(body[i]);
    if (v < 0) throw new Error('bad char ' + body[i] + ' in ' + body);
    s += v * USCC_W[i];
  }
  const c = (31 - (s % 31)) % 31;
  return body + USCC_CH[c];
}
function fmtMoney(cents) {
  const neg = cents < 0; cents = Math.abs(cents);
  const yuan = Math.floor(cents / 100), c = cents % 100;
  return (neg ? '-' : '') + yuan.toLocaleString('en-US') + '.' + String(c).padStart(2, '0');
}
function write(name, obj) {
  fs.writeFileSync(path.join(OUT, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
  console.log('wrote', name);
}

// =====================================================================
// Case 1: 陆丰市
// =====================================================================
function lufeng() {
  const sheets = [];
  const expect = {};

  // --- 填表说明 (not a ledger) ---
  sheets.push({
    name: '填表说明',
    rows: [
      ['陆丰市电子商务进农村综合示范工作台账'],
      ['填表说明'],
      ['1．本台账由市商务局电商股统一汇总，各镇（街道）于每月5日前报送上月数据；'],
      ['2．站点建成日期以挂牌验收日期为准；'],
      ['3．培训签到表由“陆丰电商学院”小程序后台导出，“是否签到”为“是”的方计入培训人次，未签到的报名记录仅作留存；'],
      ['4．资金收支台账按财政专户流水整理，金额单位为元，“收入”栏为上级下达及利息，“支出”栏为实际拨付。'],
      [null],
      ['联系人：黄晓敏　　电话：0660-8812345'],
    ],
    merges: ['A1:F1'],
  });
  expect['填表说明'] = { kind: null };

  // --- 行政村清单: header on row 6 after 说明 lines; 序号 restarting per town ---
  const towns = [
    ['东海街道', [['龙山社区', '社区', '否', '已通', '2018年村改居'], ['新河社区', '社区', '否', '已通', null], ['乌坎村', '行政村', '否', '已通', null], ['云岭村', '行政村', '是', '已通', null]]],
    ['碣石镇', [['新饶村', '行政村', '否', '已通', null], ['浅澳村', '行政村', '是', '已通', null], ['田尾村', '行政村', '是', '通（邮政）', null], ['覆船村', '行政村', '否', '已通', null], ['北门社区', '社区', '否', '已通', null]]],
    ['甲子镇', [['瀛江社区', '社区', '否', '已通', null], ['东湖村', '行政村', '否', '已通', null], ['新林村', '行政村', '是', '通（邮政）', null], ['湖西村', '行政村', '否', '已通', null]]],
    ['博美镇', [['赤坑村', '行政村', '是', '已通', null], ['霞绕村', '行政村', '否', '已通', null], ['桥头村', '行政村', '否', '未通', '快递代收点筹建中'], ['博美社区', '社区', '否', '已通', null]]],
    ['八万镇', [['乌石村', '行政村', '是', '通（邮政）', null], ['新寮村', '行政村', '是', '未通', '山区，邮政每周两班'], ['樟河村', '行政村', '否', '已通', null]]],
  ];
  const vRows = [
    ['陆丰市行政村（社区）基本情况表'],
    ['说明：1．本表依据2020年底民政部门行政区划数据填写；'],
    ['　　　2．“类型”栏填写行政村或社区，“是否省定贫困村”以省认定的相对贫困村名单为准；'],
    ['　　　3．“是否通快递”栏：已通＝村内有快递企业网点或代收点；未通＝无；通（邮政）＝仅邮政EMS通达到村。'],
    ['填报单位：陆丰市商务局', null, null, null, null, '填报时间：2021年8月20日'],
    ['总序号', '镇（街道）', '序号', '村（居）委会名称', '类型', '是否省定贫困村', '是否通快递', '备注'],
  ];
  const vRec = [];
  let n = 0;
  towns.forEach(([town, vs], ti) => {
    if (town === '博美镇') vRows.push([null]); // stray blank row left over from a page break
    vs.forEach(([name, type, poor, exp, note], i) => {
      n++;
      vRows.push([n, town, i + 1, name, type, poor, exp, note]);
      vRec.push({ name, admin: type === '行政村', poor: poor === '是', express: exp !== '未通' });
    });
  });
  const nAdmin = vRec.filter(r => r.admin).length, nComm = vRec.length - nAdmin;
  vRows.push(['合计', null, null, `${vRec.length}个（行政村${nAdmin}个，社区${nComm}个）`]);
  vRows.push([`注：省定贫困村共${vRec.filter(r => r.poor).length}个，均已建成村级电商服务站点。`]);
  vRows.push(['填表人：黄晓敏', null, null, '审核人：陈志坚']);
  sheets.push({ name: '行政村清单', rows: vRows, merges: ['A1:H1', 'A2:H2', 'A3:H3', 'A4:H4', `A${vRows.length - 1}:H${vRows.length - 1}`] });
  expect['行政村清单'] = { kind: 'villages', records: vRec };

  // --- 站点台账: line breaks in headers; 建成日期 column formatted as text, so dates show as serials ---
  const st = [
    ['东海街道', '乌坎村电商服务站', '乌坎村', '东海街道乌坎村委会一楼', '林振华', '13829361025', 's', '2020-06-01'],
    ['东海街道', '云岭村电商服务站', '云岭村委会', '东海街道云岭村文化楼旁', '蔡秋云', '13680458872', 's', '2020-07-15'],
    ['碣石镇', '新饶村电商服务站', '新饶村', '碣石镇新饶村市场路12号', '卓少鸿', '15917463320', 's', '2020-08-20'],
    ['碣石镇', '浅澳村电商服务站', '浅澳村委会', '碣石镇浅澳村委会', '陈木兴', '13502471186', 's', '2020-08-20'],
    ['碣石镇', '田尾村电商服务站', '田尾村', '碣石镇田尾村新村路', '吴丽娟', '18923605417', 's', '2020-09-10'],
    ['碣石镇', '北门社区电商服务站', '北门社区', '碣石镇北门社区居委会', '郑伟明', '13790872345', 's', '2020-11-01'],
    ['甲子镇', '东湖村电商服务点', '东湖村', '甲子镇东湖村委会', '庄雅琪', '13536249901', 's', '2020-11-18'],
    ['甲子镇', '新林村电商服务点', '新林村', '甲子镇新林村便民服务站内', '许国辉', '15820165538', 's', '2020-12-03'],
    ['博美镇', '赤坑村电商服务站', '赤坑村', '博美镇赤坑村委会', '彭志雄', '13726308814', 's', '2021-01-12'],
    ['博美镇', '霞绕村电商服务站', '霞绕村', '博美镇霞绕村中心街8号', '李美华', '13923751209', 't', '2021-03-18', '2021.3.18'],
    ['八万镇', '乌石村电商服务站', '乌石村', '八万镇乌石村委会', '曾海涛', '15986230147', 's', '2021-04-22'],
    ['八万镇', '新寮村电商服务站', '新寮村', '八万镇新寮村老村部', '钟建平', '13416572390', 'd', '2021-05-06'],
    ['甲子镇', '湖西村电商服务站', '湖西村', '甲子镇湖西村委会', '黄丽萍', '13631857706', 't', '2021-06', '2021年6月'],
    ['八万镇', '樟河村电商服务站', '樟河村', '八万镇樟河村委会', '刘振宇', '18718902256', 's', '2021-09-16'],
  ];
  const sRows = [
    ['陆丰市村级电子商务服务站点台账'],
    ['序\n号', '镇（街道）', '站点\n名称', '所在\n行政村', '详细地址', '负责人', '联系\n电话', '建成\n日期', '服务内容', '视频\n（是/否）'],
  ];
  const sRec = [];
  st.forEach((r, i) => {
    const [town, name, vil, addr, who, tel, how, iso, typed] = r;
    const cell = how === 's' ? String(serial(iso)) : how === 'd' ? D(iso) : typed;
    sRows.push([i + 1, town, name, vil, addr, who, tel, cell, '代购代销、代收代发快递、代缴费']);
    sRec.push({ village: vil, opened: iso });
  });
  sRows.push([null]);
  sRows.push(['注：站点名称以挂牌为准，建成日期为验收挂牌日期。']);
  sRows.push(['填表人：黄晓敏']);
  sheets.push({ name: '站点台账', rows: sRows, merges: ['A1:J1'] });
  expect['站点台账'] = { kind: 'stations', records: sRec };

  // --- 培训报名签到导出: online sign-up export; only 是否签到=是 rows are trainees ---
  const courses = {
    A: ['农村电商基础知识（第一期）', '2021-04-15'],
    B: ['短视频与直播带货实操班', '2021-06-23'],
    C: ['农产品网店运营提升班', '2021-09-08'],
  };
  const people = {
    lxn: ['林晓娜', '13826617425', pid('441581', '19920314', 228), '碣石镇'],
    cwd: ['陈伟东', '13560372218', pid('441581', '19880709', 153), '东海街道'],
    hjj: ['黄俊杰', '15819906634', pid('441581', '19950121', 471), '甲子镇'],
    clz: ['蔡丽珍', '13902265109', pid('441581', '19840926', 362), '博美镇'],
    zsp: ['郑少鹏', '18022873340', pid('441581', '19900611', 295), '碣石镇'],
    phy: ['彭海燕', '13715480926', pid('441581', '19870402', 106), '八万镇'],
    zzm: ['庄志明', '13670235581', pid('441523', '19930817', '019'), '甲子镇'],
    wjy: ['吴佳怡', '15113672048', pid('441581', '19990203', 384), '东海街道'],
    zwh: ['卓文辉', '13411928873', pid('441581', '19811130', 437), '碣石镇'],
    lxq: ['李秀琼', '18319920415', pidX('441581', '19860524', false), '博美镇'],
    cgq: ['曾国强', '13794013362', pid('441581', '19781012', 251), '八万镇'],
    ysm: ['叶思敏', '13428806719', pid('441502', '19970728', 166), '东海街道'],
    ljh: ['刘建华', '15016288437', pid('441581', '19830305', 413), '甲子镇'],
    zyt: ['钟雅婷', '13729951602', pid('441581', '19960919', '082'), '博美镇'],
    xzl: ['许泽林', '18807609213', pid('441581', '19910416', 339), '碣石镇'],
  };
  // [who, course, 报名时间, 签到?, 签到时间 hh:mm:ss]
  const signups = [
    ['lxn', 'A', '2021-04-08 09:12:44', '是', '08:41:05'],
    ['cwd', 'A', '2021-04-08 10:03:17', '是', '08:47:39'],
    ['hjj', 'A', '2021-04-09 15:26:50', '否', null],
    ['clz', 'A', '2021-04-10 08:55:02', '是', '08:52:16'],
    ['zsp', 'A', '2021-04-11 20:17:33', '是', '09:03:48'],
    ['phy', 'A', '2021-04-12 11:40:29', '否', null],
    ['zzm', 'A', '2021-04-13 16:08:11', '是', '08:58:22'],
    ['wjy', 'B', '2021-06-14 09:31:57', '是', '14:12:30'],
    ['lxn', 'B', '2021-06-14 09:46:20', '是', '14:05:51'],
    ['zwh', 'B', '2021-06-15 21:02:45', '是', '14:20:09'],
    ['lxq', 'B', '2021-06-16 10:19:38', '是', '14:18:44'],
    ['cgq', 'B', '2021-06-17 17:55:06', '否', null],
    ['ysm', 'B', '2021-06-18 08:23:14', '是', '14:09:27'],
    ['ljh', 'B', '2021-06-20 13:37:42', '是', '14:26:03'],
    ['zyt', 'C', '2021-08-30 10:11:19', '是', '09:01:36'],
    ['xzl', 'C', '2021-09-01 19:48:25', '是', '08:55:12'],
    ['phy', 'C', '2021-09-02 07:59:41', '是', '09:07:58'],
  ];
  const mask = (tel) => tel.slice(0, 3) + '****' + tel.slice(7);
  const tRows = [['序号', '报名时间', '姓名', '手机号', '身份证号', '所属镇街', '报名课程', '培训日期', '是否签到', '签到时间']];
  const tRec = [];
  signups.forEach(([who, c, at, ok, t], i) => {
    const [nm, tel, id, town] = people[who];
    const [course, day] = courses[c];
    tRows.push([i + 1, at, nm, mask(tel), id, town, course, day, ok, t ? `${day} ${t}` : null]);
    if (ok === '是') tRec.push({ date: day, personTimes: 1, id });
  });
  sheets.push({ name: '培训报名签到导出', rows: tRows });
  expect['培训报名签到导出'] = { kind: 'training', records: tRec };

  // --- 专项资金收支台账: cash book with 收入 | 支出 | 余额; only 支出 rows are disbursements ---
  // [date, how(d=date cell, t=text), 凭证号, 摘要, 收入 cents, 支出 cents, text?]
  const book = [
    ['2020-01-10', 'd', '记-01-005', '收到省级电子商务进农村综合示范专项资金（粤财工〔2019〕156号）', 500000000, 0],
    ['2020-06-18', 'd', '记-06-021', '拨付县级电商公共服务中心建设首期款', 0, 60000000],
    ['2020-08-27', 'd', '记-08-014', '拨付镇村电商服务站点建设款（第一批）', 0, 42000000],
    ['2020-11-30', 'd', '记-11-033', '拨付电商人才培训服务费（第一期）', 0, 8650000, 'text'],
    ['2020-12-21', 'd', '记-12-040', '专户结息', 186235, 0],
    ['2021-01-15', 'd', '记-01-009', '拨付县镇村三级物流配送体系建设款', 0, 73500000],
    ['2021-03-26', 'd', '记-03-027', '拨付县级电商公共服务中心建设二期款', 0, 48000000],
    ['2021-05-12', 'd', '记-05-018', '拨付镇村电商服务站点建设款（第二批）', 0, 51280000],
    ['2021-07-08', 'd', '记-07-011', '拨付农产品品牌培育及营销推广费', 0, 26800000],
    ['2021-08-25', 't', '记-08-036', '拨付电商人才培训服务费（第二期）', 0, 9730000, null, '2021.8.25'],
    ['2021-09-14', 'd', '记-09-020', '拨付冷链及溯源系统建设款', 0, 35600000],
  ];
  const fRows = [
    ['陆丰市电子商务进农村综合示范专项资金收支台账'],
    ['单位：元', null, null, null, null, '账户：陆丰市财政局电商专项资金专户'],
    ['日期', '凭证号', '摘要', '收入', '支出', '余额', '备注'],
  ];
  const fRec = [];
  let bal = 0, tin = 0, tout = 0;
  book.forEach(([iso, how, v, text, inc, out, astext, typed]) => {
    bal += inc - out; tin += inc; tout += out;
    const dcell = how === 'd' ? D(iso) : typed;
    const incCell = inc ? (inc === 500000000 ? fmtMoney(inc) : inc / 100) : null;
    const outCell = out ? (astext ? fmtMoney(out) : out / 100) : null;
    fRows.push([dcell, v, text, incCell, outCell, bal / 100, null]);
    if (out) fRec.push({ date: iso, amount: out / 100 });
  });
  fRows.push(['本期合计', null, null, tin / 100, tout / 100, bal / 100, null]);
  fRows.push([null]);
  fRows.push(['记账：吴文静', null, '审核：陈志坚']);
  sheets.push({ name: '专项资金收支台账', rows: fRows, merges: ['A1:G1'] });
  expect['专项资金收支台账'] = { kind: 'funds', records: fRec };

  return {
    description: '陆丰市商务局电商股汇总的台账工作簿：填表说明页；行政村清单表头在第6行（上面是说明和填报单位），每镇“序号”从1重新编号，另有总序号，是否通快递填已通/未通/通（邮政）；站点台账表头单元格内换行，建成日期列为文本格式显示成Excel序列号（如"44136"）；培训表是线上报名系统导出（报名时间|姓名|手机号|身份证号|…|是否签到），只有签到为“是”的行算参训人次；资金为出纳式收支台账（收入|支出|余额），只有支出行是拨付，收入行是下达资金和结息。',
    sheets,
    expect: { sheets: expect },
  };
}

// =====================================================================
// Case 2: 翁源县
// =====================================================================
function wengyuan() {
  const sheets = [];
  const expect = {};
  const R = '440229';

  // --- 贫困人口名单 ---
  // [镇, 村, 户编号, 姓名, 关系, id, 劳动能力, 务工情况, 务工地点, 备注]
  const idHML = pidX(R, '19831211', false); // 黄美玲, ends in X
  const P = {
    A1: ['龙仙镇', '青云村', '0101', '张国平', '户主', pid(R, '19720314', 315), '普通劳动力', '县外', '广州市白云区', null],
    A2: ['龙仙镇', '青云村', '0101', '李秀兰', '配偶', pid(R, '19750802', 326), '普通劳动力', '未务工', null, null],
    A3: ['龙仙镇', '青云村', '0101', '张志强', '之子', pid(R, '19981120', 317), '技能劳动力', '县外', '东莞市长安镇', '电工证'],
    A4: ['龙仙镇', '青云村', '0101', '张丽娜', '之女', pid(R, '20080509', 328), '无劳动力', null, null, '在校生'],
    B1: ['龙仙镇', '青云村', '0102', '何春生', '户主', pid(R, '19580127', 111), '弱劳动力或半劳动力', '县内', '本镇', null],
    B2: ['龙仙镇', '青云村', '0102', '邓桂英', '配偶', pid(R, '19600615', 122), '丧失劳动力', '未务工', null, '慢性病'],
    C1: ['江尾镇', '仙鹅村', '0201', '罗建新', '户主', pid(R, '19800930', 531), '普通劳动力', '县内', '翁源县城', null],
    C2: ['江尾镇', '仙鹅村', '0201', '黄美玲', '配偶', idHML, '普通劳动力', '未务工', null, null],
    C3: ['江尾镇', '仙鹅村', '0201', '罗浩然', '之子', pid(R, '20100218', 557), '无劳动力', null, null, '在校生'],
    D1: ['江尾镇', '仙鹅村', '0202', '曾玉珍', '户主', pid(R, '19660405', 524), '弱劳动力或半劳动力', '未务工', null, null],
    D2: ['江尾镇', '仙鹅村', '0202', '陈德华', '之子', pid(R, '19900722', 539), '技能劳动力', '县外', '深圳市龙岗区', null],
    E1: ['周陂镇', '上坪村', '0301', '朱火生', '户主', pid(R, '19491003', 713), '丧失劳动力', '未务工', null, '五保'],
    F1: ['周陂镇', '上坪村', '0302', '潘志刚', '户主', pid(R, '19850228', 735), '普通劳动力', '县内', '翁城镇工业园', null],
    F2: ['周陂镇', '上坪村', '0302', '温小燕', '配偶', pid(R, '19870916', 746), '普通劳动力', '县外', '佛山市南海区', null],
    F3: ['周陂镇', '上坪村', '0302', '谢三妹', '之母', pid(R, '19551108', 708), '弱劳动力或半劳动力', '未务工', null, null],
  };
  const labourOf = (s) => ({ '普通劳动力': true, '技能劳动力': true, '弱劳动力或半劳动力': true, '丧失劳动力': false, '无劳动力': false }[s]);
  const migrantOf = (s) => (s == null ? null : { '县外': true, '县内': false, '未务工': false }[s]);
  const pRows = [
    ['翁源县建档立卡贫困人口花名册'],
    ['数据来源：广东省扶贫信息管理系统（2020年12月导出，已按户整理）', null, null, null, null, null, null, null, '单位：人'],
    ['序号', '镇', '村', '户编号', '姓名', '与户主关系', '证件号码', '劳动能力', '务工情况', '务工地点', '备注'],
  ];
  const pRec = [];
  let k = 0, lastTown = null;
  for (const key of Object.keys(P)) {
    const [town, vil, hh, nm, rel, id, lab, mig, where, note] = P[key];
    if (lastTown && town !== lastTown) pRows.push([null]);
    lastTown = town;
    k++;
    pRows.push([k, town, vil, hh, nm, rel, id, lab, mig, where, note]);
    pRec.push({ id, labour: labourOf(lab), migrant: migrantOf(mig) });
  }
  pRows.push(['合计', null, null, '6户', `${k}人`]);
  pRows.push(['注：劳动能力、务工情况按系统口径填写；在校生务工情况不填。']);
  sheets.push({ name: '贫困人口名单', rows: pRows, merges: ['A1:K1'] });
  expect['贫困人口名单'] = { kind: 'poorPersons', records: pRec };

  // --- 培训台账: English-ish / abbreviated header words, line breaks in header cells ---
  const T = [
    // [姓名, 性别, id as typed, tel, date cell, date iso, 内容, 贫困户, remark]
    ['李秀兰', '女', P.A2[5], '13692103845', D('2020-11-26'), '2020-11-26', '农村电商基础知识培训（龙仙镇）', '是', null],
    ['何春生', '男', P.B1[5], '13726771902', D('2020-11-26'), '2020-11-26', '农村电商基础知识培训（龙仙镇）', '是', null],
    ['曾玉珍', '女', P.D1[5], '15819260374', D('2020-11-26'), '2020-11-26', '农村电商基础知识培训（龙仙镇）', '是', null],
    ['邱文斌', '男', pid(R, '19910605', 213), '13430215768', D('2020-11-26'), '2020-11-26', '农村电商基础知识培训（龙仙镇）', '否', null],
    ['江海燕', '女', pid(R, '19930418', 244), '18802638127', D('2020-11-26'), '2020-11-26', '农村电商基础知识培训（龙仙镇）', '否', null],
    ['刘志勇', '男', pid('440203', '19890112', 457), '13925187430', D('2020-11-26'), '2020-11-26', '农村电商基础知识培训（龙仙镇）', '否', '合作社负责人'],
    null,
    ['罗建新', '男', P.C1[5], '13553927614', '2021.3.18', '2021-03-18', '直播带货技能培训（江尾镇）', '是', null],
    ['黄美玲', '女', idHML.toLowerCase(), '15362845091', '2021.3.18', '2021-03-18', '直播带货技能培训（江尾镇）', '是', null],
    ['李秀兰', '女', P.A2[5], '13692103845', '2021.3.18', '2021-03-18', '直播带货技能培训（江尾镇）', '是', '第二次参训'],
    ['廖晓东', '男', pid(R, '19970829', 419), '18933670256', '2021.3.18', '2021-03-18', '直播带货技能培训（江尾镇）', '否', null],
    ['巫丽芬', '女', null, '13542089613', '2021.3.18', '2021-03-18', '直播带货技能培训（江尾镇）', '否', '外县学员，未登记身份证'],
    null,
    ['潘志刚', '男', P.F1[5], '13827309561', '2021.5.20-21', '2021-05-21', '农产品网店运营培训（周陂镇）', '是', null],
    ['谢三妹', '女', P.F3[5], '13827309561', '2021.5.20-21', '2021-05-21', '农产品网店运营培训（周陂镇）', '是', '联系电话同户'],
    ['赖国辉', '男', pid(R, '19860303', 771), '15907519248', '2021.5.20-21', '2021-05-21', '农产品网店运营培训（周陂镇）', '否', null],
    ['官素琴', '女', pid(R, '19940710', 782), '13380021574', '2021.5.20-21', '2021-05-21', '农产品网店运营培训（周陂镇）', '否', null],
  ];
  const trRows = [
    ['翁源县农村电商培训学员台账（2020—2021年度）'],
    ['No.', '姓 名', '性别', '身份证\n号码', '联系电话', '培训\n日期', '培训内容', '是否建档\n立卡贫困户', '备注/Remark'],
  ];
  const trRec = [];
  let no = 0;
  for (const r of T) {
    if (!r) { trRows.push([null]); continue; }
    no++;
    const [nm, sex, id, tel, dcell, iso, what, poor, rem] = r;
    trRows.push([no, nm, sex, id, tel, dcell, what, poor, rem]);
    trRec.push({ date: iso, personTimes: 1, id: id ? id.toUpperCase() : null });
  }
  trRows.push(['合计', null, null, null, null, null, null, null, `共${no}人次`]);
  sheets.push({ name: '培训台账', rows: trRows, merges: ['A1:I1'] });
  expect['培训台账'] = { kind: 'training', records: trRec };

  // --- 入驻企业: 状态 正常/注销/迁出 with 退出时间 ---
  const E = [
    ['广东翁源兰韵电子商务有限公司', uscc('91', R, 'MA4UHK3B'), '平台型', '兰花线上交易平台', D('2020-05-18'), '2020-05-18', '正常', null, null],
    ['翁源县三华李农产品电商有限公司', uscc('91', R, 'MA4UJ27C'), '销售型', '三华李、九仙桃网销', '2020年6月', '2020-06', '正常', null, null],
    ['翁源县九仙网络科技有限公司', uscc('91', R, 'MA4UKD5R'), '电商运营商', '网店代运营', '2020.07.02', '2020-07-02', '正常', null, null],
    ['韶关市翁源县速达物流有限公司', uscc('91', R, '79462813'), '物流企业', '县域快递共同配送', D('2020-07-15'), '2020-07-15', '正常', null, null],
    ['翁源县龙仙镇鑫农农业专业合作社', uscc('93', R, 'MA4UL8Q1'), '销售型', '蔬菜、兰花', D('2020-08-20'), '2020-08-20', '注销', D('2021-03-31'), '2021-03-31'],
    ['翁源县云仓供应链管理有限公司', uscc('91', R, 'MA4UMN6E'), '物流企业', '仓储、分拣', '2020年9月', '2020-09', '迁出', '2021.6.30', '2021-06-30'],
    ['翁源县粤翁直播传媒有限公司', uscc('91', R, 'MA4UPW2G'), '电商运营商', '直播带货、短视频', D('2020-10-12'), '2020-10-12', '正常', null, null],
    ['翁源县优果汇商贸有限公司', uscc('91', R, 'MA4UQ93L'), '销售型', '水果网店', D('2020-11-03'), '2020-11-03', '正常', null, null],
    ['翁源县青云茶业有限公司', uscc('91', R, 'MA4UR07T'), '销售型', '青云山茶', '2021.1.8', '2021-01-08', '正常', null, null],
    ['翁源县惠农网络科技有限公司', uscc('91', R, 'MA4UT45X'), '平台型', '本地农产品商城小程序', D('2021-03-15'), '2021-03-15', '正常', null, null],
    ['翁源县江尾农业发展有限公司', uscc('91', R, 'MA4UW1AK'), '生产型', '兰花种植及网销', D('2021-04-20'), '2021-04-20', '迁出', D('2021-09-10'), '2021-09-10'],
    ['翁源县兰城电商孵化服务有限公司', uscc('91', R, 'MA4UY62N'), '电商运营商', '创业孵化', D('2021-09-06'), '2021-09-06', '正常', null, null],
  ];
  const eRows = [
    ['翁源县电子商务产业园入驻企业名单'],
    ['统计截至：2021年9月15日', null, null, null, null, null, null, null, '联系人：邓晓琳'],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '主营产品/业务', '入驻时间', '状态', '退出时间', '联系人'],
  ];
  const eRec = [];
  const contacts = ['温先生', '朱女士', '钟先生', '刘先生', '罗先生', '黄女士', '吴先生', '邱女士', '张先生', '赖女士', '曾先生', '陈女士'];
  E.forEach(([nm, code, type, biz, inCell, inIso, stat, outCell, outIso], i) => {
    eRows.push([i + 1, nm, code, type, biz, inCell, stat, outCell, contacts[i]]);
    eRec.push({ name: nm, type, entered: inIso, left: outIso });
  });
  eRows.push([null]);
  eRows.push(['注：状态为“注销”“迁出”的企业保留记录，退出时间按工商变更或退租日期填写。']);
  sheets.push({ name: '入驻企业', rows: eRows, merges: ['A1:I1'] });
  expect['入驻企业'] = { kind: 'enterprises', records: eRec };

  // --- 月报台账: one row "2021年2月（春节合并报送）" ---
  const M = [
    ['2020年9月28日', '2020-09-28', '9月份示范创建工作进展及电商统计数据', '否'],
    [D('2020-10-29'), '2020-10-29', '10月份示范创建工作进展、电商扶贫统计表', '是'],
    [D('2020-11-27'), '2020-11-27', '11月份示范创建工作进展及电商统计数据', null],
    ['2020.12.30', '2020-12-30', '12月份工作进展及电商扶贫统计（建档立卡贫困户培训情况）', '是'],
    ['2021年2月（春节合并报送）', '2021-02', '1—2月份示范创建工作进展、电商统计及扶贫统计', '是'],
    [D('2021-03-30'), '2021-03-30', '3月份示范创建工作进展及电商统计数据', '否'],
    [D('2021-04-28'), '2021-04-28', '4月份工作进展、电商扶贫统计表', '是'],
    [D('2021-05-31'), '2021-05-31', '5月份示范创建工作进展及电商统计数据', '否'],
    ['2021.6.29', '2021-06-29', '6月份工作进展、电商扶贫统计表', '是'],
    [D('2021-07-30'), '2021-07-30', '7月份示范创建工作进展及电商统计数据', '否'],
    [D('2021-08-30'), '2021-08-30', '8月份工作进展、电商扶贫统计表', '是'],
    [D('2021-09-28'), '2021-09-28', '9月份示范创建工作进展及电商统计数据', '否'],
  ];
  const mRows = [
    ['翁源县电子商务进农村综合示范工作月报报送记录'],
    ['序号', '报送时间', '报送内容', '是否含电商扶贫统计', '报送方式', '接收单位'],
  ];
  const mRec = [];
  M.forEach(([cell, iso, what, pov], i) => {
    mRows.push([i + 1, cell, what, pov, '粤政易/邮件', '韶关市商务局']);
    mRec.push({ date: iso, poverty: pov === '是' ? true : pov === '否' ? false : null });
  });
  mRows.push(['注：2021年1月因春节假期，与2月工作情况合并于2月报送。']);
  sheets.push({ name: '月报台账', rows: mRows, merges: ['A1:F1'] });
  expect['月报台账'] = { kind: 'reports', records: mRec };

  // --- 省定贫困村 ---
  const V = [['龙仙镇', '青云村委会'], ['龙仙镇', '东风村委会'], ['江尾镇', '仙鹅村委会'], ['江尾镇', '下龙村委会'], ['官渡镇', '石下村委会'], ['官渡镇', '塘村村委会'], ['周陂镇', '上坪村委会'], ['新江镇', '红岭村委会']];
  const helpers = ['东莞市虎门镇', '东莞市长安镇', '东莞市厚街镇', '东莞市常平镇', '韶关市住建局', '韶关市税务局', '东莞市塘厦镇', '韶关市交通运输局'];
  const pvRows = [
    ['翁源县省定相对贫困村名单'],
    ['序号', '镇', '村委会', '对口帮扶单位', '出列时间'],
  ];
  V.forEach(([t, v], i) => pvRows.push([i + 1, t, v, helpers[i], '2020年12月']));
  pvRows.push(['合计', null, `${V.length}个村`]);
  sheets.push({ name: '省定贫困村', rows: pvRows, merges: ['A1:E1'] });
  expect['省定贫困村'] = { kind: 'poorVillages', records: V.map(([, v]) => ({ name: v })) };

  return {
    description: '翁源县商务局台账：贫困人口名单按户排列，劳动能力按系统口径（普通/技能/弱劳动力或半劳动力/丧失/无劳动力），务工情况为县外/县内/未务工，在校生务工情况空白；培训台账表头用“No.”“身份证\\n号码”“培训\\n日期”“备注/Remark”，期次间空行、末行合计，一人身份证末位小写x，一人无身份证，第三期日期写成“2021.5.20-21”；入驻企业有状态（正常/注销/迁出）和退出时间；月报台账中1月与2月合并为“2021年2月（春节合并报送）”一行；省定贫困村名单村名带“村委会”，末行“合计 8个村”。',
    sheets,
    expect: { sheets: expect },
  };
}

// =====================================================================
// Case 3: 徐闻县
// =====================================================================
function xuwen() {
  const sheets = [];
  const expect = {};

  sheets.push({
    name: '封面',
    rows: [
      [null],
      ['徐闻县电子商务进农村综合示范创建'],
      ['工　作　台　账'],
      ['（宣传推广、信息公开、资金管理）'],
      [null],
      ['徐闻县商务局'],
      ['二〇二一年九月'],
    ],
    merges: ['A2:F2', 'A3:F3', 'A4:F4', 'A6:F6', 'A7:F7'],
  });
  expect['封面'] = { kind: null };

  // --- 宣传报道清单: three blocks, each with its own mini header; block 三 has an extra 级别 column ---
  const hdr = ['序号', '报道日期', '媒体名称', '形式', '报道标题', '是否电商扶贫典型案例'];
  const hdr3 = ['序号', '报道日期', '媒体名称', '级别', '形式', '报道标题', '是否电商扶贫典型案例'];
  const b1 = [
    ['2021.4.13', '2021-04-13', '中央广播电视总台农业农村频道（CCTV-17）', '电视', '徐闻菠萝“云端”热销 电商助农增收', '是'],
    ['2021年5月8日', '2021-05-08', '人民网', '网络', '广东徐闻：直播带货让“菠萝的海”走向全国', '否'],
    [D('2020-12-16'), '2020-12-16', '新华网', '网络', '徐闻良姜搭上电商快车', '否'],
  ];
  const b2 = [
    [D('2021-03-22'), '2021-03-22', '南方日报', '报纸', '徐闻电商进农村 站点建到村口', '否'],
    ['2021.4.2', '2021-04-02', '广东广播电视台珠江频道', '电视', '菠萝丰收季 电商来帮忙', '是'],
    ['2021年9月6日', '2021-09-06', '南方+客户端', '网络', '徐闻：村级电商服务站成了“网购超市”', '否'],
  ];
  const b3 = [
    ['2020.11.20', '2020-11-20', '湛江日报', '市级', '报纸', '徐闻启动电子商务进农村综合示范创建', '否'],
    [D('2021-04-09'), '2021-04-09', '湛江电视台', '市级', '电视', '徐闻菠萝线上销售火爆', '否'],
    ['2021.6.18', '2021-06-18', '徐闻县融媒体中心', '县级', '网络', '我县举办农村电商直播带货培训班', '否'],
    [D('2021-07-21'), '2021-07-21', '徐闻电视台', '县级', '电视', '电商扶贫：贫困户菠萝卖出好价钱', '是'],
  ];
  const mdRows = [['徐闻县电子商务进农村宣传报道清单']];
  const mdRec = [];
  const merges = ['A1:G1'];
  mdRows.push([`一、中央级媒体（${b1.length}篇）`]); merges.push(`A${mdRows.length}:G${mdRows.length}`);
  mdRows.push(hdr);
  b1.forEach(([c, iso, m, f, t, y], i) => { mdRows.push([i + 1, c, m, f, t, y]); mdRec.push({ date: iso, level: 'national', tv: f === '电视' }); });
  mdRows.push([null]);
  mdRows.push([`二、省级媒体（${b2.length}篇）`]); merges.push(`A${mdRows.length}:G${mdRows.length}`);
  mdRows.push(hdr);
  b2.forEach(([c, iso, m, f, t, y], i) => { mdRows.push([i + 1, c, m, f, t, y]); mdRec.push({ date: iso, level: 'province', tv: f === '电视' }); });
  mdRows.push([null]);
  mdRows.push([`三、市县级媒体（${b3.length}篇）`]); merges.push(`A${mdRows.length}:G${mdRows.length}`);
  mdRows.push(hdr3);
  b3.forEach(([c, iso, m, lv, f, t, y], i) => { mdRows.push([i + 1, c, m, lv, f, t, y]); mdRec.push({ date: iso, level: lv === '市级' ? 'city' : 'county', tv: f === '电视' }); });
  mdRows.push([null]);
  mdRows.push(['注：报道截图、视频资料另附（见宣传推广档案盒）。']);
  sheets.push({ name: '宣传报道清单', rows: mdRows, merges });
  expect['宣传报道清单'] = { kind: 'media', records: mdRec };

  // --- 专栏更新记录: two-row header, 发布时间 split into 年 | 月 | 日 ---
  const U = [
    ['2020-09-18', '关于印发《徐闻县电子商务进农村综合示范工作实施方案》的通知', '创建方案'],
    ['2020-10-23', '徐闻县电子商务进农村综合示范项目基本信息公示', '项目信息'],
    ['2020-10-23', '关于设立电子商务进农村综合示范项目监督举报窗口的公告', '监督举报'],
    ['2020-11-26', '徐闻县电子商务进农村综合示范项目建设进度（2020年10月）', '建设进度'],
    ['2020-12-28', '徐闻县电子商务进农村综合示范项目建设进度（2020年11月）', '建设进度'],
    ['2021-01-27', '徐闻县电子商务进农村综合示范项目建设进度（2020年12月）', '建设进度'],
    ['2021-02-25', '徐闻县电子商务进农村综合示范项目建设进度（2021年1月）', '建设进度'],
    ['2021-03-30', '徐闻县电子商务进农村综合示范项目建设进度（2021年2月）', '建设进度'],
    ['2021-04-28', '徐闻县电子商务进农村综合示范项目建设进度（2021年3月）', '建设进度'],
    ['2021-05-27', '徐闻县电子商务进农村综合示范项目建设进度（2021年4月）', '建设进度'],
    ['2021-06-10', '徐闻县村级电商服务站点名单公示', '项目信息'],
    ['2021-06-29', '徐闻县电子商务进农村综合示范项目建设进度（2021年5月）', '建设进度'],
    ['2021-07-28', '徐闻县电子商务进农村综合示范项目建设进度（2021年6月）', '建设进度'],
    ['2021-08-27', '徐闻县电子商务进农村综合示范项目建设进度（2021年7月）', '建设进度'],
    ['2021-09-24', '徐闻县电子商务进农村综合示范项目建设进度（2021年8月）', '建设进度'],
  ];
  const dRows = [
    ['徐闻县人民政府门户网站“电子商务进农村综合示范”专栏更新记录'],
    ['序号', '发布时间', null, null, '信息标题', '所属子栏目', '网址'],
    [null, '年', '月', '日', null, null, null],
  ];
  const dRec = [];
  U.forEach(([iso, t, col], i) => {
    const [y, m, d] = iso.split('-').map(Number);
    dRows.push([i + 1, y, m, d, t, col, `http://www.xuwen.gov.cn/ztzl/dzswjnc/content/post_${1302417 + i * 3871}.html`]);
    dRec.push({ date: iso });
  });
  dRows.push([null]);
  dRows.push(['注：专栏地址 http://www.xuwen.gov.cn/ztzl/dzswjnc/ ，监督举报电话0759-4812345。']);
  sheets.push({ name: '专栏更新记录', rows: dRows, merges: ['A1:G1', 'A2:A3', 'B2:D2', 'E2:E3', 'F2:F3', 'G2:G3'] });
  expect['专栏更新记录'] = { kind: 'disclosures', records: dRec };

  // --- 经验材料报送 ---
  const X = [
    [D('2020-12-10'), '2020-12-10', '徐闻县电子商务进农村综合示范创建工作经验做法', '徐商务〔2020〕88号'],
    ['2021.6.8', '2021-06-08', '“电商+菠萝”助力脱贫——徐闻县电商扶贫典型案例', '徐商务〔2021〕35号'],
    ['2021年8月', '2021-08', '徐闻县村级电商服务站运营经验总结', null],
  ];
  const xRows = [
    ['徐闻县电子商务进农村经验材料报送登记表'],
    ['序号', '报送日期', '材料名称', '报送单位', '报送对象', '文号'],
  ];
  const xRec = [];
  X.forEach(([c, iso, t, doc], i) => { xRows.push([i + 1, c, t, '徐闻县商务局', '湛江市商务局', doc]); xRec.push({ date: iso }); });
  xRows.push([null]);
  xRows.push(['注：材料原件及报送回执见档案盒3-2。']);
  sheets.push({ name: '经验材料报送', rows: xRows, merges: ['A1:F1'] });
  expect['经验材料报送'] = { kind: 'materials', records: xRec };

  // --- 资金台账 in 万元, project cells merged down, 合同金额 beside 拨付金额, stray 核对 header ---
  // amounts in 万元 as typed (strings of up to 4 decimals), converted exactly
  const wanToYuan = (s) => { const [a, b = ''] = String(s).split('.'); return Number(a) * 10000 + Number((b + '0000').slice(0, 4)); };
  const PJ = [
    ['县级电子商务公共服务中心建设', '湛江市椰风电子商务有限公司', 145.8, [
      ['首期', D('2020-07-16'), '2020-07-16', 45.6, '记-07-012'],
      ['二期', D('2020-12-22'), '2020-12-22', 50, '记-12-031'],
      ['三期', '2021.6.30', '2021-06-30', 22.85, '记-06-044'],
    ]],
    ['镇村电商服务站点建设', '徐闻县邮政分公司', 168, [
      ['第一批', D('2020-09-25'), '2020-09-25', 60, '记-09-019'],
      ['第二批', '2021.1.20', '2021-01-20', 56.4, '记-01-027'],
      ['第三批', D('2021-08-19'), '2021-08-19', 33.6, '记-08-030'],
    ]],
    ['农村电商人才培训', '广东南粤电商培训学院', 42, [
      ['首期', D('2020-11-30'), '2020-11-30', 18.9, '记-11-041'],
      ['二期', D('2021-07-12'), '2021-07-12', 16.8, '记-07-015'],
    ]],
    ['县镇村三级物流配送体系建设', '徐闻县速通物流有限公司', 96.5, [
      ['首期', D('2021-03-11'), '2021-03-11', 48.25, '记-03-017'],
      ['二期', D('2021-08-26'), '2021-08-26', 28.95, '记-08-041'],
    ]],
    ['农产品品牌培育及营销推广', '湛江市菠萝的海文化传播有限公司', 47.7, [
      ['首期', D('2021-09-10'), '2021-09-10', 23.85, '记-09-008'],
    ]],
  ];
  const jRows = [
    ['徐闻县2019年省级电子商务进农村综合示范专项资金拨付台账'],
    ['单位：万元', null, null, null, null, null, null, null, '填报日期：2021.9.13'],
    ['序号', '项目名称', '承建单位', '合同金额', '拨付\n批次', '拨付日期', '拨付金额', '凭证号', '备注', '核对'],
  ];
  const jMerges = ['A1:J1'];
  const jRec = [];
  let totalYuan = 0, byCut = 0, contract = 0;
  PJ.forEach(([pname, who, cAmt, pays], pi) => {
    const first = jRows.length + 1; // Excel row of first payment
    contract += wanToYuan(cAmt);
    pays.forEach(([batch, dcell, iso, amt, v], j) => {
      jRows.push(j === 0 ? [pi + 1, pname, who, cAmt, batch, dcell, amt, v, null] : [null, null, null, null, batch, dcell, amt, v, null]);
      const y = wanToYuan(amt);
      jRec.push({ date: iso, amount: y });
      totalYuan += y; if (iso <= '2021-08-31') byCut += y;
    });
    if (pays.length > 1) {
      const last = first + pays.length - 1;
      for (const c of ['A', 'B', 'C', 'D']) jMerges.push(`${c}${first}:${c}${last}`);
    }
  });
  jRows.push(['合计', null, null, contract / 10000, null, null, totalYuan / 10000, null, null]);
  jRows.push([`注：省级下达专项资金500万元；截至2021年8月31日累计拨付${byCut / 10000}万元，支出率${(byCut / 5000000 * 100).toFixed(1)}%。`]);
  jRows.push(['经办人：符海燕', null, null, '分管领导：吴建国']);
  sheets.push({ name: '资金台账', rows: jRows, merges: jMerges });
  expect['资金台账'] = { kind: 'funds', records: jRec };

  return {
    description: '徐闻县商务局台账：封面页；宣传报道清单按级别分三块（一、中央级 / 二、省级 / 三、市县级），每块有自己的小表头，第三块多一列“级别”（市级/县级）；专栏更新记录为两行表头，“发布时间”合并单元格下分年|月|日三列（数字）；经验材料报送登记表；资金台账单位万元，项目名称/承建单位/合同金额向下合并，拨付金额与合同金额并列，末列有空的“核对”表头，底部合计和注释。',
    sheets,
    expect: { sheets: expect },
  };
}

// ---------- self-checks ----------
function check(c) {
  for (const s of c.sheets) {
    if (!(s.name in c.expect.sheets)) throw new Error('no expectation for ' + s.name);
  }
  for (const [nm, e] of Object.entries(c.expect.sheets)) {
    for (const r of e.records || []) {
      if ('id' in r && r.id !== null && !/\*/.test(r.id) && !validId(r.id)) throw new Error('bad id ' + r.id + ' in ' + nm);
      for (const k of ['date', 'opened', 'entered', 'left']) {
        if (r[k] != null && !/^\d{4}-\d{2}(-\d{2})?$/.test(r[k])) throw new Error('bad date ' + r[k]);
      }
      if ('amount' in r && !Number.isFinite(r.amount)) throw new Error('bad amount');
    }
  }
}
const cases = [['b13-l1-lufeng.json', lufeng()], ['b13-l2-wengyuan.json', wengyuan()], ['b13-l3-xuwen.json', xuwen()]];
for (const [f, c] of cases) { check(c); write(f, c); }
