'use strict';
// Batch 25 generator: writes ../facts, ../ledgers, ../counties relative to this file.
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b25.js
// Cases written blind (from docs/ledgers.md, scoring-rules.md, the Lechang indicator table and
// the corpus README only).
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const ROOT = path.resolve(__dirname, '../..');
const CUTOFF = '2021-08-31';
const N = null;

// ---------- helpers ----------
function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pad(n, w) { return String(n).padStart(w, '0'); }
function sum(a) { return a.reduce((x, y) => x + y, 0); }
function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i]; return CK[s % 11]; }
function validId(id) { return id.length === 18 && idCheck(id.slice(0, 17)) === id[17].toUpperCase(); }
function makeIdFactory(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (region, wantX) {
    for (;;) {
      const y = 1960 + Math.floor(r() * 42);
      const m = 1 + Math.floor(r() * 12);
      const d = 1 + Math.floor(r() * 28);
      const seq = Math.floor(r() * 1000);
      const body = region + y + pad(m, 2) + pad(d, 2) + pad(seq, 3);
      const id = body + idCheck(body);
      if (wantX === true && id[17] !== 'X') continue;
      if (wantX === false && id[17] === 'X') continue;
      if (used.has(id)) continue;
      used.add(id);
      return id;
    }
  };
}
const SURN = ['梁', '黄', '陈', '张', '李', '何', '吴', '谭', '冯', '区', '容', '钟', '余', '赵', '关', '麦', '邓', '林', '叶', '罗', '郑', '莫', '潘', '甄'];
const GIV = ['永', '秀', '明', '华', '英', '国', '志', '桂', '兰', '金', '海', '玉', '建', '红', '丽', '伟', '芳', '强', '润', '平', '德', '发', '好', '燕', '文', '新', '荣', '嘉', '水', '福', '杏', '勇', '凤', '娟', '亮', '群', '辉', '霞', '彩', '健'];
function nameFactory(seed) {
  const r = rng(seed);
  return function () {
    const s = SURN[Math.floor(r() * SURN.length)];
    const n = r() < 0.8 ? 2 : 1;
    let g = '';
    for (let i = 0; i < n; i++) g += GIV[Math.floor(r() * GIV.length)];
    return s + g;
  };
}
function phoneFactory(seed) {
  const r = rng(seed);
  const pre = ['139', '138', '137', '135', '136', '150', '159', '158', '188', '189', '133', '180'];
  return () => pre[Math.floor(r() * pre.length)] + pad(Math.floor(r() * 1e8), 8);
}
const USC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccFactory(seed, region) {
  const r = rng(seed);
  const used = new Set();
  return function () {
    for (;;) {
      let body = (r() < 0.8 ? '91' : '92') + region;
      while (body.length < 17) body += USC[Math.floor(r() * 31)];
      let s = 0;
      for (let i = 0; i < 17; i++) s += USC.indexOf(body[i]) * UW[i];
      const code = body + USC[(31 - (s % 31)) % 31];
      if (!used.has(code)) { used.add(code); return code; }
    }
  };
}
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function slashed(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
function monthOf(iso) { return iso.slice(0, 7); }
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; const y = m > 12 ? 2021 : 2020; WINDOW.push(`${y}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
function regularity(dates) {
  const months = new Set(dates.filter(d => d <= CUTOFF).map(monthOf).filter(m => WINDOW.includes(m)));
  if (months.size === 12) return 'full';
  return months.size ? 'partial' : 'none';
}
function randDate(r, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  const t = a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
function tierTraining(pt, pop) { const base = Math.min(pop, 500000); if (pt * 1000 >= base * 10) return 10; if (pt * 1000 >= base * 8) return 8; if (pt * 1000 >= base * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }
function colName(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
assert.strictEqual(colName(0), 'A'); assert.strictEqual(colName(25), 'Z'); assert.strictEqual(colName(26), 'AA');
function rng2a1(r1, c1, r2, c2) { return `${colName(c1)}${r1 + 1}:${colName(c2)}${r2 + 1}`; } // 0-based in, A1 out
// rows: make every row the same width, undefined → null
function rect(rows, width) {
  const w = width || Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.slice(); while (o.length < w) o.push(null); return o.map(c => (c === undefined ? null : c)); });
}
function checkCell(c) {
  if (c === null || typeof c === 'string' || typeof c === 'boolean') return;
  if (typeof c === 'number') { assert(Number.isFinite(c)); return; }
  assert(c && typeof c === 'object' && Object.keys(c).length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(c.date), JSON.stringify(c));
}
function checkCase(obj) {
  assert.strictEqual(typeof obj.description, 'string');
  assert(Array.isArray(obj.sheets) && obj.sheets.length);
  const names = new Set();
  for (const s of obj.sheets) {
    assert(!names.has(s.name), 'dup sheet ' + s.name); names.add(s.name);
    assert(s.name.length <= 31, 'sheet name too long ' + s.name);
    assert(Array.isArray(s.rows));
    for (const row of s.rows) { assert(Array.isArray(row)); row.forEach(checkCell); }
    for (const m of s.merges || []) {
      const mm = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
      assert(mm, 'bad merge ' + m);
      assert(Number(mm[2]) <= Number(mm[4]), m);
      assert(Number(mm[4]) <= s.rows.length, `merge ${m} beyond rows of ${s.name}`);
    }
  }
}
function write(sub, file, obj) {
  checkCase(obj);
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, file);
  const text = JSON.stringify(obj, null, 1);
  JSON.parse(text);
  fs.writeFileSync(p, text + '\n');
  console.log('wrote', path.relative(ROOT, p), text.length, 'bytes');
}

// =====================================================================
// F1 花都区 — a Word table pasted into Excel. Word cells holding several paragraphs become
// several Excel rows, and every other cell of that Word row is merged vertically over them.
// =====================================================================
(function f1() {
  const rows = [];
  const merges = [];
  rows.push(['花都区电子商务进农村综合示范创建基本情况表', N, N, N]);
  rows.push(['（数据截至2021年8月31日）', N, N, N]);
  rows.push([N, N, N, N]); // an empty Word paragraph
  rows.push(['类别', '项目', '具体情况', '备注']);
  // one Word row = one item; c = paragraphs of 具体情况, d = paragraphs of 备注
  const groups = [
    ['一、基本情况', [
      ['区（县）名称', ['花都区'], []],
      ['人口', ['户籍人口：88.6万人', '常住人口：164.25万人'], ['第七次全国人口普查']],
      ['村（居）委会', ['行政村：188个', '社区居委会：60个'], []],
      ['省定贫困村', ['无'], ['我区不属省定贫困村分布地区']],
    ]],
    ['二、组织领导', [
      ['领导小组', ['组　长：区委副书记、区长', '副组长：分管副区长', '成　员：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、花都邮政分公司'], ['花府办函〔2019〕133号']],
      ['工作方案', ['已正式印发'], ['花府办函〔2019〕156号']],
      ['扶持政策', ['已出台'], ['《花都区促进农村电子商务发展若干措施》']],
    ]],
    ['三、服务体系建设', [
      ['区级电商公共服务中心', ['1.投入运营时间：2020年6月18日', '2.免费培训场所及设备：有（培训室120㎡）', '3.特色农产品免费展示、销售：有', '4.免费摄影、美工：无（由运营商有偿提供）', '5.农产品统一推广、品牌建设指导：有', '6.其他衍生增值服务：有（代办证照、金融对接）'], ['中心位于新华街', '运营单位：广州花都电商运营服务有限公司']],
      ['电商产业园', ['已建成'], ['花都区电子商务产业园（狮岭镇）']],
      ['村级站点', ['已建成村级站点142个', '覆盖行政村131个'], []],
    ]],
    ['四、农村产品上行', [
      ['第三方运营服务商', ['有'], ['广州花都电商运营服务有限公司']],
      ['物流快递', ['行政村快递覆盖率100%'], []],
      ['网络零售额', ['2019年农村网络零售额：56.3亿元', '2020年农村网络零售额：71.9亿元，同比增长27.7%', '2019年农产品网络零售额：8.42亿元', '2020年农产品网络零售额：11.6亿元，同比增长37.8%'], ['数据来源：省商务厅反馈']],
    ]],
    ['五、电商人才培训', [
      ['电商培训', ['累计开展培训62期', '培训7,215人次'], ['含线上直播培训']],
      ['建档立卡贫困人口', ['有劳动能力且未外出务工：1,386人', '参加电商培训：702人'], ['区乡村振兴局核定']],
    ]],
    ['六、信息公开及报送', [
      ['政府网站专栏', ['已设立“电子商务进农村综合示范”专栏', '公示内容：创建方案、项目基本信息、项目建设进度', '设有监督举报电话：020-86882231'], []],
      ['数据上报', ['每月向广州市商务局报送工作进展', '电商扶贫情况已纳入月报统计'], []],
    ]],
    ['七、资金管理', [
      ['省级专项资金', ['下达：500万元', '累计拨付：401.6万元', '拨付率：80.3%'], []],
      ['资金管理制度', ['已制定'], ['《花都区电子商务进农村综合示范专项资金管理办法》']],
      ['资金台账', ['已建立专用台账'], []],
      ['项目总体进度', ['90%'], []],
    ]],
    ['八、其他', [
      ['安全生产、质量事故或重大损失', ['无'], []],
      ['弄虚作假', ['无'], []],
    ]],
  ];
  for (const [cat, items] of groups) {
    const gStart = rows.length;
    for (const [label, c, d] of items) {
      const h = Math.max(c.length, d.length, 1);
      const iStart = rows.length;
      for (let k = 0; k < h; k++) {
        rows.push([k === 0 && iStart === gStart ? cat : N, k === 0 ? label : N, c.length > 1 ? (c[k] || N) : (k === 0 ? (c[0] || N) : N), d.length > 1 ? (d[k] || N) : (k === 0 ? (d[0] || N) : N)]);
      }
      if (h > 1) {
        merges.push(rng2a1(iStart, 1, iStart + h - 1, 1));
        if (c.length <= 1) merges.push(rng2a1(iStart, 2, iStart + h - 1, 2));
        if (d.length <= 1) merges.push(rng2a1(iStart, 3, iStart + h - 1, 3));
      }
    }
    if (rows.length - gStart > 1) merges.push(rng2a1(gStart, 0, rows.length - 1, 0));
  }
  rows.push([N, N, N, N]);
  rows.push(['附：主观指标自评', N, N, N]);
  rows.push(['评价内容', '分值范围', '自评分', '自评说明']);
  const judgedRows = [
    ['方案制定', '1-2分', 2, ['方案因地制宜，可操作性强']],
    ['政策支持', '1-2分', 2, ['已出台若干措施', '资金、人才政策已兑现']],
    ['项目管理制度', '1-2分', 2, ['建设、验收严格执行项目管理办法']],
    ['工作台账', '1-2分', 1, ['部分站点台账未及时更新']],
    ['网销调研及针对性建议', '1-2分', 2, ['形成《花都区农产品网络销售调研报告》']],
    ['网络促销活动', '1-2分', 2, ['举办“花都好物”直播节', '荔枝季网络促销']],
    ['交易标准、冷链及溯源', '1-2分', 1, ['溯源系统试运行']],
    ['资金管理制度', '1-5分', 5, ['专项资金管理办法']],
    ['资金台账', '1-5分', 4, ['承建方专账']],
    ['资金及时拨付', '1-5分', 4, ['按进度拨付']],
  ];
  for (const [lab, range, pts, notes] of judgedRows) {
    const s = rows.length;
    notes.forEach((t, k) => rows.push([k === 0 ? lab : N, k === 0 ? range : N, k === 0 ? pts : N, t]));
    if (notes.length > 1) for (const c of [0, 1, 2]) merges.push(rng2a1(s, c, s + notes.length - 1, c));
  }
  rows.push([N, N, N, N]);
  rows.push(['填表人：黄××　　联系电话：020-86882017　　填报日期：2021年9月6日', N, N, N]);
  const R = rect(rows, 4);
  // sanity: the population paragraph sits in its own row under 户籍人口
  const popRow = R.findIndex(r => r[2] === '常住人口：164.25万人');
  assert.strictEqual(R[popRow - 1][1], '人口');
  assert.strictEqual(R[popRow][1], null);
  assert(merges.includes(rng2a1(popRow - 1, 1, popRow, 1)));
  assert(Math.abs(719 / 563 - 1.277) < 0.0005 && Math.abs(11.6 / 8.42 - 1.378) < 0.0005);
  write('facts', 'b25-f1-huadu.json', {
    description: '花都区商务局把Word版《基本情况表》整表复制粘贴进Excel：Word单元格里的多个段落变成多行（“人口”一格两段“户籍人口：88.6万人”“常住人口：164.25万人”、中心一格六段“1.投入运营时间：…”“4.免费摄影、美工：无（…）”），同一Word行的类别/项目/备注单元格被纵向合并；表下另一张Word小表为主观指标自评，自评分格同样被合并跨两行。陷阱：户籍人口在常住人口上一行（备注“第七次全国人口普查”合并跨这两行）；社区居委会60个不是行政村；“站点142个/覆盖行政村131个”不是输入；拨付率80.3%不是总体进度；副组长是分管副区长（组长是区长）；填报日期2021年9月6日不是截止日。',
    sheets: [{ name: 'Sheet1', rows: R, merges: ['A1:D1', 'A2:D2'].concat(merges) }],
    expect: {
      facts: {
        county: '花都区',
        asOf: '2021-08-31',
        residentPopulation: 1642500,
        adminVillagesStated: 188,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-06-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 5630000000,
        ruralRetail2020: 7190000000,
        ruralRetailGrowthStated: 0.277,
        agriRetail2019: 842000000,
        agriRetail2020: 1160000000,
        agriRetailGrowthStated: 0.378,
        trainingPersonTimesStated: 7215,
        eligiblePoorPersonsStated: 1386,
        trainedPoorPersonsStated: 702,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4016000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
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
})();

// =====================================================================
// F2 江海区 — the city bureau's collection template (江门市商务局制表), filled in only half:
// a 填写示例 column LEFT of the value column, placeholders “请填写”/“请选择” in cells the clerk
// never filled, a 校验 column of template check results, and a hidden drop-down list sheet.
// =====================================================================
(function f2() {
  const H = ['序号', '类别', '采集项', '单位/格式', '填写示例', '填报值（江海区）', '校验', '口径说明'];
  const items = [
    // [类别, 采集项, 单位, 示例, 值, 校验, 口径]
    ['基本情况', '县（市、区）名称', '文本', '××区', '江海区', '✔', N],
    [N, '考评截止日期', '日期', { date: '2021-08-31' }, { date: '2021-08-31' }, '✔', N],
    [N, '常住人口', '万人', 45.67, 36.58, '✔', '第七次全国人口普查'],
    [N, '行政村数', '个', 120, 24, '✔', '不含社区居委会'],
    [N, '省定贫困村数', '个', 10, '请填写', '未填', '以省扶贫办认定为准'],
    ['组织领导', '牵头领导', '下拉选择', '主要领导', '分管领导', '✔', '主要领导指县（市、区）委书记或县（市、区）长'],
    [N, '参与部门', '文本', '商务、财政、农业农村、扶贫', '商务、财政、农业农村', '✔', '多个部门用顿号分隔'],
    [N, '示范县工作方案是否正式印发', '是/否', '是', '是', '✔', N],
    [N, '是否出台支持农村电商发展政策', '是/否', '是', '请选择', '未填', '资金、土地、人才等方面'],
    ['服务体系建设', '县级电商公共服务中心投入运营日期', '日期', { date: '2020-05-20' }, '2020.12.8', '日期格式有误', '格式：yyyy-mm-dd'],
    [N, '有免费培训场所、培训设备', '是/否', '是', '是', '✔', N],
    [N, '为特色农产品提供免费展示、销售服务', '是/否', '是', '是', '✔', N],
    [N, '为电商市场主体提供免费摄影、美工服务', '是/否', '是', '请选择', '未填', N],
    [N, '组织农产品统一推广、指导品牌建设', '是/否', '是', '否', '✔', N],
    [N, '提供其他衍生增值服务', '是/否', '是', N, '未填', N],
    [N, '建设或整合、优化电商产业园', '是/否', '是', '是', '✔', N],
    ['农村产品上行', '有专业第三方电商运营或服务商', '是/否', '是', '是', '✔', N],
    [N, '行政村物流快递覆盖率', '%', 100, 98.5, '✔', '以邮政管理部门数据为准'],
    [N, '2019年农村网络零售额', '万元', 123456, 385600, '✔', '省商务厅反馈数'],
    [N, '2020年农村网络零售额', '万元', 150000, 421300, '✔', '省商务厅反馈数'],
    [N, '2020年农村网络零售额同比增速', '%', 21.5, 9.26, '✔', N],
    [N, '2019年农产品网络零售额', '万元', 23456, '请填写', '未填', N],
    [N, '2020年农产品网络零售额', '万元', 31000, '请填写', '未填', N],
    [N, '2020年农产品网络零售额同比增速', '%', 32.2, N, '未填', N],
    ['电商人才培训', '培训人次（截至考评截止日）', '人次', 5000, 3980, '✔', '含线上培训'],
    [N, '有劳动能力的建档立卡贫困人口数（不含外出务工）', '人', 800, '请填写', '未填', '以扶贫部门确认数为准'],
    [N, '参加培训的建档立卡贫困人口数', '人', 420, '请填写', '未填', '按身份证号去重'],
    ['信息公开及报送', '专栏公示创建方案', '是/否', '是', '是', '✔', N],
    [N, '专栏公示项目基本信息', '是/否', '是', '是', '✔', N],
    [N, '专栏公示项目建设进度', '是/否', '是', '是', '✔', N],
    [N, '专栏设立征求意见或监督举报窗口', '是/否', '是', '请选择', '未填', N],
    [N, '能否统计电商扶贫情况', '是/否', '是', '否', '✔', N],
    ['财政资金管理', '省级专项资金下达总额', '万元', 500, 500, '✔', N],
    [N, '累计拨付资金', '万元', 380, 312.8, '✔', '截至考评截止日'],
    [N, '是否制定资金管理制度', '是/否', '是', '是', '✔', N],
    [N, '是否建立资金专用台账', '是/否', '是', '请选择', '未填', N],
    [N, '项目总体进度', '%', 85, 71, '✔', N],
    ['一票否决', '是否发生安全生产、质量事故或重大经济损失', '是/否', '否', '否', '✔', N],
    [N, '是否存在弄虚作假', '是/否', '否', N, '未填', N],
  ];
  const rows = [
    ['江门市2019年省级电子商务进农村综合示范创建考评数据采集表', N, N, N, N, N, N, N],
    ['（市商务局制表，各县（市、区）填报后于9月10日前报送市局电商科）', N, N, N, N, N, N, N],
    ['填报单位（盖章）：江门市江海区经济促进局', N, N, N, N, '填报日期：2021年9月8日', N, N],
    ['说明：1.“填报值”列为填报区，请勿修改其他列；2.“填写示例”列仅供参考，请勿删除；3.是否类请在下拉菜单中选择；4.金额单位为万元，百分比只填数字不带%。', N, N, N, N, N, N, N],
    H,
  ];
  const merges = ['A1:H1', 'A2:H2', 'A3:E3', 'F3:H3', 'A4:H4'];
  let no = 0, catStart = -1;
  items.forEach((it, i) => {
    if (it[0] !== N) {
      if (catStart >= 0 && rows.length - 1 > catStart) merges.push(rng2a1(catStart, 1, rows.length - 1, 1));
      catStart = rows.length;
    }
    rows.push([++no, ...it]);
    if (i === items.length - 1 && rows.length - 1 > catStart) merges.push(rng2a1(catStart, 1, rows.length - 1, 1));
  });
  rows.push([N, N, N, N, N, N, N, N]);
  rows.push(['二、主观指标自评（下拉选择分值）', N, N, N, N, N, N, N]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(['序号', '评价指标', '评分项', '分值范围', '填写示例', '自评分（江海区）', '校验', '佐证材料']);
  const J = [
    ['组织领导与统筹协调', '方案制定', '1-2', 2, 2, '✔', '江海府办〔2019〕58号'],
    [N, '政策支持', '1-2', 2, '请选择', '未填', N],
    [N, '项目管理制度', '1-2', 2, 1, '✔', '项目管理办法'],
    [N, '工作台账', '1-2', 2, '请选择', '未填', N],
    ['农村产品上行', '网销调研并形成针对性建议', '1-2', 2, 1, '✔', '调研报告'],
    [N, '网络促销活动成效', '1-2', 2, '请选择', '未填', N],
    [N, '交易标准、冷链及溯源系统', '1-2', 1, '请选择', '未填', N],
    ['财政资金管理', '资金管理制度', '1-5', 4, 3, '✔', '资金管理办法'],
    [N, '资金台账', '1-5', 4, '请选择', '未填', N],
    [N, '资金及时拨付', '1-5', 4, N, '未填', N],
  ];
  const jStart = rows.length;
  J.forEach((j, i) => rows.push([i + 1, ...j]));
  merges.push(rng2a1(jStart, 1, jStart + 3, 1), rng2a1(jStart + 4, 1, jStart + 6, 1), rng2a1(jStart + 7, 1, jStart + 9, 1));
  rows.push([N, N, N, N, N, N, N, N]);
  rows.push(['填表人：谭××　　审核人：　　　　联系电话：0750-3869512', N, N, N, N, N, N, N]);
  const R = rect(rows, 8);
  const opt = rect([
    ['是否', '牵头领导', '分值1-2', '分值1-5'],
    ['请选择', '请选择', '请选择', '请选择'],
    ['是', '主要领导', 1, 1],
    ['否', '分管领导', 2, 2],
    [N, '其他', N, 3],
    [N, N, N, 4],
    [N, N, N, 5],
  ], 4);
  // the example column is always filled, the value column only half
  const dataRows = R.slice(5, 5 + items.length);
  assert.strictEqual(dataRows.filter(r => r[4] === N).length, 0);
  assert.strictEqual(dataRows.filter(r => r[5] === '请填写' || r[5] === '请选择' || r[5] === N).length, 12);
  assert(Math.abs(421300 / 385600 - 1.0926) < 0.00005);
  write('facts', 'b25-f2-jianghai.json', {
    description: '江海区经济促进局填江门市商务局下发的《考评数据采集表》只填了一半：列为 序号|类别（纵向合并）|采集项|单位/格式|填写示例|填报值（江海区）|校验|口径说明，“填写示例”列在填报值左边且每行都有示例值（45.67、120、2020-05-20真日期、500…），没填的格子留着模板占位“请填写”“请选择”或空白，“校验”列是模板公式结果（✔/未填/日期格式有误）；单位列写万人、万元、%（百分比只填数字：9.26、98.5、71）；下方主观指标自评同样带示例列；另有隐藏的“下拉选项”表。陷阱：示例值不是填报值；占位文字不是回答；快递覆盖率98.5%不是100%；“日期格式有误”的2020.12.8照样是中心运营日期；牵头领导选“分管领导”；填报日期2021年9月8日不是截止日。',
    sheets: [
      { name: '数据采集表', rows: R, merges },
      { name: '下拉选项', rows: opt, hidden: true },
    ],
    expect: {
      facts: {
        county: '江海区',
        asOf: '2021-08-31',
        residentPopulation: 365800,
        adminVillagesStated: 24,
        planIssued: true,
        centerOpened: '2020-12-08',
        centerFreeTraining: true,
        centerDisplay: true,
        centerBrand: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 3856000000,
        ruralRetail2020: 4213000000,
        ruralRetailGrowthStated: 0.0926,
        trainingPersonTimesStated: 3980,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        povertyStatisticsStated: false,
        fundAllocated: 5000000,
        fundSpentStated: 3128000,
        fundSystemIssued: true,
        overallProgress: 0.71,
        vetoIncident: false,
      },
      judged: {
        'org.plan': 2,
        'org.management.system': 1,
        'work.upward.research': 1,
        'fund.system': 3,
      },
      leadership: 'deputy',
    },
  });
})();

// =====================================================================
// F3 端州区 — a printed, stamped form scanned and turned into Excel by OCR (图片转表格):
// spaces inside words and numbers, letter O for zero in one date, ✓ read as “V”, page footers
// “— 1 —”, the header repeated on page 2, page 2 recognised one column to the right, a label that
// wrapped onto two lines split into two rows (value on the second), stamp text as a row.
// =====================================================================
(function f3() {
  const rows = [];
  const P1 = (a, b, c, d) => rows.push([a, b, c, d, N]);
  const P2 = (a, b, c, d) => rows.push([N, a, b, c, d]);
  P1('端州区电子商务进农村综合示范创建自评基础数据表', N, N, N);
  P1('填报单位：肇庆市端州区商务局', N, N, N);
  P1('项 目', '填报内容', '备 注', N);
  P1(N, '一、基本情况', N, N);
  P1('县(市、区)', '端州区', N, N);
  P1('考评截止日期', '2021年8月31日', N, N);
  P1('常住人口', '63. 18万人', '第七次人口普查', N);
  P1('行政村数', '21个', '另有社区居委会64个', N);
  P1(N, '二、组织领导', N, N);
  P1('领导小组组长', '区委常委、常务副区长', N, N);
  P1('成员单位', '区商务局、区财政局、区农业农村局、区乡村振兴局等12个单位', N, N);
  P1('示范县工作方案', '已正式印发', '端府办函(2019)87号', N);
  P1('支持农村电商发展政策', '已出台', '《端州区扶持电子商务发展若干措施》', N);
  P1(N, '三、服务体系', N, N);
  P1('中心投入运营时间', '2O20年12月18日', '区电子商务公共服务中心', N);
  P1('事 项', '是', '否', '说 明');
  P1('免费培训场所、培训设备', '√', N, N);
  P1('特色农产品免费展示、销售', 'V', N, N);
  P1('免费摄影、美工服务', N, '√', '暂未开展');
  P1('农产品统一推广、品牌建设指导', '√', N, N);
  P1('其他衍生增值服务', '√', N, '代办营业执照、商标注册');
  P1('电商产业园', N, '√', '区内未建设');
  P1('专业第三方电商运营服务商', '√', N, N);
  P1('行政村物流快递覆盖率100%', '√', N, N);
  P1(N, '— 1 —', N, N);
  // page 2: recognised one column to the right
  P2('事 项', '是', '否', '说 明');
  P2('专栏公示创建方案', '√', N, N);
  P2('专栏公示项目基本信息', '√', N, N);
  P2('专栏公示项目建设进度', '√', N, N);
  P2('专栏设立征求意见或监督举报窗口', N, '√', '拟于9月设立');
  P2('能统计电商扶贫情况', '√', N, N);
  P2('已制定资金管理制度', '√', N, N);
  P2('已建立资金专用台账', '√', N, N);
  P2('发生安全生产、质量事故或重大损失', N, '√', N);
  P2('存在弄虚作假', N, '√', N);
  P2(N, '四、主要数据', N, N);
  P2('项 目', '填报内容', '备 注', N);
  P2('2019年农村网络零售额', '15.12亿元', N, N);
  P2('2020年农村网络零售额', '18.76亿元', N, N);
  P2('2020年农村网络零售额增速', '24. 1%', N, N);
  P2('2019年农产品网络零售额', '2.31亿元', N, N);
  P2('2020年农产品网络零售额', '3.05亿元', N, N);
  P2('2020年农产品网络零售额增速', '32.0%', N, N);
  P2('培训人次', '6 418人次', '截至8月31日', N);
  P2('有劳动能力的建档立卡贫困人口数', N, N, N);
  P2('(不含外出务工人员)', '312人', '区乡村振兴局确认', N);
  P2('参训建档立卡贫困人口数', '171人', '按身份证去重', N);
  P2('省级专项资金下达', '500万元', N, N);
  P2('累计拨付', '386.5万元', '截至8月31日', N);
  P2('项目总体进度', '85%', N, N);
  P2(N, '五、主观指标自评', N, N);
  P2('方案制定', '2分', N, N);
  P2('政策支持', '1分', N, N);
  P2('项目管理制度', '2分', N, N);
  P2('工作台账', '2分', N, N);
  P2('资金管理制度', '4分', N, N);
  P2('资金台账', '4分', N, N);
  P2('资金及时拨付', '3分', N, N);
  P2('填表人: 梁xx   审核: 区xx   日期: 2021. 9. 7', N, N, N);
  P2('肇庆市端州区商务局 ★ ( 章 )', N, N, N);
  P2(N, '— 2 —', N, N);
  const R = rect(rows, 5);
  const wrapped = R.findIndex(r => r[1] === '(不含外出务工人员)');
  assert.strictEqual(R[wrapped - 1][1], '有劳动能力的建档立卡贫困人口数');
  assert.strictEqual(R[wrapped - 1][2], null);
  assert(Math.abs(18.76 / 15.12 - 1.241) < 0.0005 && Math.abs(3.05 / 2.31 - 1.320) < 0.0005);
  write('facts', 'b25-f3-duanzhou.json', {
    description: '端州区商务局盖章的纸质自评基础数据表扫描后用OCR转成Excel：没有合并单元格，分节标题被识别到B列；表头字间有空格（“项 目”“备 注”）；数字里夹空格（“63. 18万人”“24. 1%”“6 418人次”），一个日期里数字0被识别成字母O（“2O20年12月18日”），是/否两列的勾有“√”也有一处识别成“V”；第1页末有页码行“— 1 —”，第2页整体右移一列（A列空）并重复“事 项|是|否|说 明”表头；“有劳动能力的建档立卡贫困人口数（不含外出务工人员）”折行被拆成两行，数值“312人”在第二行；末尾有识别出的落款和公章文字。组长为区委常委、常务副区长（分管级）；产业园、摄影美工、监督举报窗口在“否”列打勾。',
    sheets: [{ name: '识别结果', rows: R }],
    expect: {
      facts: {
        county: '端州区',
        asOf: '2021-08-31',
        residentPopulation: 631800,
        adminVillagesStated: 21,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
        vetoFraud: false,
        ruralRetail2019: 1512000000,
        ruralRetail2020: 1876000000,
        ruralRetailGrowthStated: 0.241,
        agriRetail2019: 231000000,
        agriRetail2020: 305000000,
        agriRetailGrowthStated: 0.32,
        trainingPersonTimesStated: 6418,
        eligiblePoorPersonsStated: 312,
        trainedPoorPersonsStated: 171,
        fundAllocated: 5000000,
        fundSpentStated: 3865000,
        overallProgress: 0.85,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 3,
      },
      leadership: 'deputy',
    },
  });
})();

// =====================================================================
// L1 增城区 — the park operator's tenant list kept by floor and room: 楼层 merged per floor,
// vacant rooms as rows, one room with two successive tenants, one tenant renting two rooms,
// 签约日期 beside 入驻日期, per-floor 小计 rows; plus a floor-plan grid and an overview sheet.
// =====================================================================
(function l1() {
  const code = usccFactory(2501, '440118');
  const ph = phoneFactory(2502);
  const nm = nameFactory(2503);
  // [room, name|null(vacant), type, signed(cell), entered(cell), enteredIso, left(cell), leftIso, status]
  const D = (iso) => ({ date: iso });
  const floors = [
    ['1F', [
      ['101', '广州增城荔乡电子商务有限公司', '平台型电商', '2020.6.15', D('2020-07-01'), '2020-07-01', N, N, '在驻'],
      ['102', '广州市增城区丝苗米网络科技有限公司', '农产品网店', '2020.6.20', '2020.7.10', '2020-07-10', N, N, '在驻'],
      ['103', N, N, N, N, N, N, N, '空置'],
      ['104', '广州挂绿文化传媒有限公司', '直播电商', '2020.7.22', '2020年8月', '2020-08', N, N, '在驻'],
      ['105、106', '广州增江直播科技有限公司', '直播电商', '2020.8.5', D('2020-09-01'), '2020-09-01', N, N, '在驻'],
      ['107', '广州派潭农特产品电子商务有限公司', '农产品网店', '2020.9.1', '2020/9/15', '2020-09-15', '2021.4.30', '2021-04-30', '已退租'],
      ['107', '广州正果乡村电商有限公司', '农产品网店', '2021.5.6', '2021.5.18', '2021-05-18', N, N, '在驻'],
      ['108', '广州中新快递服务有限公司', '快递物流', '2020.9.28', D('2020-10-12'), '2020-10-12', N, N, '在驻'],
    ]],
    ['2F', [
      ['201', '广州荔城云仓物流有限公司', '仓储物流', '2020.10.9', '2020.10.20', '2020-10-20', N, N, '在驻'],
      ['202', '广州新塘电子商务有限公司', '平台型电商', '2020.10.26', '2020年11月', '2020-11', N, N, '在驻'],
      ['203', '广州朱村电商代运营有限公司', '电商代运营', '2020.11.2', '2020.11.16', '2020-11-16', N, N, '在驻'],
      ['204', '广州小楼农业科技有限公司', '农产品网店', '2020.11.20', '2020/12/1', '2020-12-01', N, N, '在驻'],
      ['205', '广州石滩供应链管理有限公司', '农产品供应链', '2020.12.18', '2021.1.8', '2021-01-08', N, N, '在驻'],
      ['206', N, N, N, N, N, N, N, '空置（装修中）'],
      ['207', '广州仙村跨境电子商务有限公司', '跨境电商', '2021.2.20', '2021.3.2', '2021-03-02', '2021年7月', '2021-07', '已退租'],
      ['208', '广州增城区荔枝红网络科技有限公司', '直播电商', '2021.3.1', D('2021-03-15'), '2021-03-15', N, N, '在驻'],
    ]],
    ['3F', [
      ['301', '广州宁西电子商务有限公司', '电商代运营', '2021.3.22', '2021.4.6', '2021-04-06', N, N, '在驻'],
      ['302', '广州永宁设计服务有限公司', '摄影美工设计', '2021.3.30', '2021年4月', '2021-04', N, N, '在驻'],
      ['303', '广州荔湖电子商务有限公司', '平台型电商', '2021.4.26', '2021.5.10', '2021-05-10', N, N, '在驻'],
      ['304', '广州增城区迟菜心农产品网络销售有限公司', '农产品网店', '2021.5.20', '2021.6.1', '2021-06-01', N, N, '在驻'],
      ['305', '广州白水寨生态农业电子商务有限公司', '农产品网店', '2021.7.5', '2021/7/19', '2021-07-19', N, N, '在驻'],
      ['306', '广州凤凰山文化传媒有限公司', '直播电商', '2021.8.20', '2021.9.6', '2021-09-06', N, N, '在驻（9月新入驻）'],
      ['307', '广州何仙姑农业科技有限公司', '电商代运营', '2021.7.26', D('2021-08-02'), '2021-08-02', N, N, '在驻'],
      ['308', N, N, N, N, N, N, N, '空置'],
    ]],
  ];
  const H = ['楼层', '房号', '企业名称', '统一社会信用代码', '业态', '签约日期', '入驻日期', '退租日期', '状态', '联系人', '联系电话'];
  const rows = [
    ['增城区电子商务产业园入驻企业一览表（按楼层房号）', N, N, N, N, N, N, N, N, N, N],
    ['运营单位：广州增城电商产业园运营管理有限公司', N, N, N, N, N, N, '更新时间：2021年9月10日', N, N, N],
    H,
  ];
  const merges = ['A1:K1', 'A2:G2', 'H2:K2'];
  const records = [];
  let inNow = 0;
  for (const [fl, list] of floors) {
    const s = rows.length;
    for (const [room, name, type, signed, entered, enteredIso, left, leftIso, status] of list) {
      if (!name) { rows.push([N, room, '（空置）', N, N, N, N, N, status, N, N]); continue; }
      rows.push([N, room, name, code(), type, signed, entered, left, status, nm(), ph()]);
      records.push({ name, type, entered: enteredIso, left: leftIso });
      if (/^在驻/.test(status)) inNow++;
    }
    rows[s][0] = fl;
    merges.push(rng2a1(s, 0, rows.length - 1, 0));
    const here = list.filter(x => x[1] && /^在驻/.test(x[8])).length;
    const vac = list.filter(x => !x[1]).length;
    rows.push([`${fl}小计`, N, `在驻${here}家，空置${vac}间`, N, N, N, N, N, N, N, N]);
    merges.push(`A${rows.length}:B${rows.length}`);
  }
  rows.push(['合计', N, `在驻${inNow}家（截至2021年9月10日），空置3间`, N, N, N, N, N, N, N, N]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(['注：1.入驻日期以实际进场办公日期为准，签约日期仅供参考；2.107房原租户2021年4月底退租，5月由新企业承租；3.105、106两间由同一企业租用。', N, N, N, N, N, N, N, N, N, N]);
  merges.push(`A${rows.length}:K${rows.length}`);
  assert.strictEqual(records.length, 21);
  assert.strictEqual(inNow, 19); // includes 306, which moved in on 2021-09-06
  const atCutoff = records.filter(r => r.entered <= CUTOFF && !(r.left && r.left <= CUTOFF));
  assert.strictEqual(atCutoff.length, 18);
  const norm = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
  assert(new Set(atCutoff.map(r => norm(r.type))).size >= 3);
  // floor plan grid (not a ledger)
  const short = (n) => n.replace(/^广州(市增城区|增城区|增城)?/, '').replace(/(电子商务|网络科技|文化传媒|直播科技|农特产品电子商务|乡村电商|快递服务|云仓物流|电商代运营|农业科技|供应链管理|跨境电子商务|设计服务|农产品网络销售|生态农业电子商务)?有限公司$/, '');
  const plan = [['园区楼层平面示意（2021年9月）', N, N, N, N, N, N, N, N], [N, '01', '02', '03', '04', '05', '06', '07', '08']];
  for (const [fl, list] of floors) {
    const cells = Array(8).fill('空');
    for (const x of list) {
      if (!x[1] || x[7]) continue; // current tenants only
      for (const rm of x[0].split('、')) cells[Number(rm.slice(1)) - 1] = short(x[1]);
    }
    plan.push([fl, ...cells]);
  }
  plan.push(['说明：图中为当前租户简称，“空”为空置房间。', N, N, N, N, N, N, N, N]);
  const info = [
    ['增城区电子商务产业园基本情况', N],
    ['园区名称', '增城区电子商务产业园'],
    ['地址', '广州市增城区荔城街府佑路'],
    ['建筑面积', '8,600㎡（共3层，24间）'],
    ['运营单位', '广州增城电商产业园运营管理有限公司'],
    ['开园时间', '2020年6月28日'],
    ['功能分区', '1F直播基地、物流分拨；2F企业办公；3F孵化及设计服务'],
    ['入驻企业', `${inNow}家（2021年9月10日）`],
  ];
  write('ledgers', 'b25-l1-zengcheng.json', {
    description: '增城区电商产业园运营方按楼层房号登记的入驻企业一览表：楼层列按层纵向合并（1F/2F/3F），空置房间也占一行（“（空置）”“空置（装修中）”），107房先后两家租户各一行，105、106两间由一家企业租用写在一行；签约日期列在入驻日期左边；入驻日期混有真日期、2020.7.10、2020/9/15、“2020年8月”，退租日期有“2021.4.30”“2021年7月”；每层后有“1F小计”行，末尾合计行和注；另附楼层平面示意（格子里是企业简称，不是台账）和园区概况表。陷阱：306号2021.8.20签约、2021.9.6才入驻；合计“在驻19家”是9月10日口径。',
    sheets: [
      { name: '入驻企业一览', rows: rect(rows, 11), merges },
      { name: '楼层平面', rows: rect(plan, 9), merges: ['A1:I1', `A${plan.length}:I${plan.length}`] },
      { name: '园区概况', rows: rect(info, 2), merges: ['A1:B1'] },
    ],
    expect: {
      sheets: {
        '入驻企业一览': { kind: 'enterprises', records },
        '楼层平面': { kind: null },
        '园区概况': { kind: null },
      },
    },
  });
})();

// =====================================================================
// L2 金湾区 — press reports collected by copying the article pages: outlet and publication time
// sit together in one cell as copied from the page (“来源：珠海特区报　　发布时间：2020-10-16 08:52”,
// “南方+  2020-11-20 21:37:06”, “…《珠海新闻》 2021年1月8日播出”), no level column; materials
// kept as an e-mail log; a by-level tally sheet that is not a ledger.
// =====================================================================
(function l2() {
  const M = [
    // [title, source cell, link, 形式, 备注, date, level, tv]
    ['金湾区电子商务公共服务中心正式启用', '来源：珠海特区报　　发布时间：2020-10-16 08:52', 'http://pc.zhuhaidaily.com/html/2020-10/16/content_1085_3216547.htm', '报纸', N, '2020-10-16', 'city', false],
    ['金湾农产品搭上直播快车', '南方+  2020-11-20 21:37:06', 'https://static.nfapp.southcn.com/content/202011/20/c4338816.html', '网络', N, '2020-11-20', 'province', false],
    ['电商进村　金湾罗氏虾卖全国', '珠海广播电视台《珠海新闻》 2021年1月8日播出', N, '电视', '电商扶贫典型案例', '2021-01-08', 'city', true],
    ['金湾区召开电子商务进农村综合示范工作推进会', '金湾发布 2021-03-02', 'https://mp.weixin.qq.com/s/3kTq0xJmZpW7v1Rb9uYc2A', '微信公众号', N, '2021-03-02', 'county', false],
    ['广东珠海金湾：电商赋能乡村振兴', '来源：新华网 | 2021-04-15 10:20:33', 'http://www.xinhuanet.com/local/2021-04/15/c_1127334102.htm', '网络', N, '2021-04-15', 'national', false],
    ['珠海金湾：小站点撬动乡村大市场', '广东广播电视台珠江频道《今日关注》 2021-05-26 播出', N, '电视', N, '2021-05-26', 'province', true],
    ['渔村直播间里的“新农活”', '人民日报客户端 2021-06-18 17:05', 'https://wap.peopleapp.com/article/6208841/6096514', '网络', N, '2021-06-18', 'national', false],
    ['金湾区村级电商服务站实现行政村全覆盖', '珠江晚报 2021-07-09 第A05版', N, '报纸', N, '2021-07-09', 'city', false],
    ['我区举办农村电商直播带货大赛', '金湾区融媒体中心　2021.8.20', N, '网络', N, '2021-08-20', 'county', false],
    ['金湾：电商让“海味”走出渔村', '来源：南方日报　2021-09-03　第ZH02版', N, '报纸', '考评截止后', '2021-09-03', 'province', false],
  ];
  const rows = [
    ['金湾区电子商务进农村综合示范宣传报道汇总', N, N, N, N, N],
    ['（报道来源和时间从网页直接复制，统计至2021年9月15日）', N, N, N, N, N],
    ['序号', '报道标题', '来源及发布时间', '链接', '形式', '备注'],
  ];
  M.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], m[4]]));
  rows.push(['注：截图及视频见附件文件夹“宣传报道”。', N, N, N, N, N]);
  const records = M.map(m => ({ date: m[5], level: m[6], tv: m[7] }));
  // tally sheet (not a ledger)
  const lvName = { national: '中央级', province: '省级', city: '市级', county: '区级' };
  const tally = [['宣传报道分级统计', N, N], ['级别', '篇（条）数', '其中电视']];
  for (const lv of ['national', 'province', 'city', 'county']) {
    const xs = M.filter(m => m[6] === lv);
    tally.push([lvName[lv], xs.length, xs.filter(m => m[7]).length]);
  }
  tally.push(['合计', M.length, M.filter(m => m[7]).length]);
  // materials: e-mail log
  const mails = [
    ['2020-12-25 16:42', '珠海市商务局电商科', '报送金湾区电子商务进农村综合示范阶段性工作总结', '金湾区电商进农村阶段性总结.docx', '2020-12-25'],
    ['2021-06-18 15:42', '珠海市商务局电商科', '报送金湾区“电商+渔业”典型案例材料', '金湾区电商+渔业典型案例.docx；图片.zip', '2021-06-18'],
    ['2021-09-07 10:05', '珠海市商务局电商科', '报送金湾区电商进农村经验做法（修改稿）', '金湾区经验做法（修改稿）.docx', '2021-09-07'],
  ];
  const mRows = [['经验材料报送记录（邮件）', N, N, N, N], ['发送时间', '收件人', '邮件主题', '附件', '备注']];
  for (const m of mails) mRows.push([m[0], m[1], m[2], m[3], N]);
  assert.strictEqual(records.filter(r => r.date <= CUTOFF).length, 9);
  write('ledgers', 'b25-l2-jinwan.json', {
    description: '金湾区商务局的宣传报道汇总：没有日期列和级别列，媒体名称和发布时间是从网页原样复制在同一格里（“来源：珠海特区报　　发布时间：2020-10-16 08:52”“南方+  2020-11-20 21:37:06”“来源：新华网 | 2021-04-15 10:20:33”“珠海广播电视台《珠海新闻》 2021年1月8日播出”“珠江晚报 2021-07-09 第A05版”“金湾区融媒体中心　2021.8.20”），级别要从媒体名看（新华网、人民日报客户端→国家；南方+、南方日报、广东广播电视台→省；珠海特区报、珠江晚报、珠海广播电视台→市；金湾发布、金湾区融媒体中心→县），“形式”列给出电视；最后一条在截止日后。另有分级统计表（不是台账）和按邮件登记的经验材料报送记录（发送时间带时分）。',
    sheets: [
      { name: '宣传报道', rows: rect(rows, 6), merges: ['A1:F1', 'A2:F2', `A${rows.length}:F${rows.length}`] },
      { name: '分级统计', rows: rect(tally, 3), merges: ['A1:C1'] },
      { name: '经验材料报送', rows: rect(mRows, 5), merges: ['A1:E1'] },
    ],
    expect: {
      sheets: {
        '宣传报道': { kind: 'media', records },
        '分级统计': { kind: null },
        '经验材料报送': { kind: 'materials', records: mails.map(m => ({ date: m[4] })) },
      },
    },
  });
})();

// =====================================================================
// C1 蓬江区 — a whole workbook kept by a clerk new to the job who copied sheets from several
// templates: the city bureau's instruction sheet and template example rows left in, a 基本情况
// copied from 新会区 with the old title unchanged and one “XX亿元” placeholder, the judged items on
// a third template in a sheet called “Sheet3”, the monthly report log on “Sheet1 (2)”, and an empty
// “资金台账（模板）” sheet next to the real one.
// =====================================================================
const C1 = {};
(function c1data() {
  const REG = '440703';
  const r = rng(2511);
  const newId = makeIdFactory(2512);
  const nm = nameFactory(2513);
  const ph = phoneFactory(2514);
  const towns = [
    ['棠下镇', ['石头村', '桐井村', '良溪村', '周郡村', '三堡村', '虎岭村', '堡棠村', '江睦村', '五四村', '横江村', '天乡村', '乐溪村', '新昌村', '莲塘村', '中和村', '沙富村', '大林村', '金竹村', '丰盛村', '楼山村', '东西村', '初阳村'], ['棠下社区', '滨江社区']],
    ['杜阮镇', ['井根村', '北芦村', '南芦村', '龙安村', '瑶村', '松岭村', '杜臂村', '贯溪村', '木朗村', '长乐村', '叱石村', '亭园村', '上巷村', '子绵村'], ['杜阮社区']],
    ['荷塘镇', ['篁湾村', '霞村', '良村', '吕步村', '塔岗村', '三丫村', '唐溪村', '高村', '南格村', '禾冈村', '为民村', '康溪村', '白藤村'], ['荷塘社区']],
    ['潮连街道', ['富冈村', '坦边村', '芝山村', '卢边村', '豸岗村', '洪溪村', '南庙村', '湾尾村'], ['潮连社区']],
    ['环市街道', ['篁庄村', '丰乐村', '联和村', '东风村', '群星村', '桂园村'], ['环市社区', '金华社区', '篁边社区']],
    ['白沙街道', [], ['白沙社区', '永盛社区', '紫茶社区', '江华社区']],
    ['北街街道', [], ['北街社区', '仓后社区', '农林社区']],
  ];
  const admin = [];
  for (const [t, vs] of towns) for (const v of vs) admin.push({ town: t, name: v });
  const comms = [];
  for (const [t, , cs] of towns) for (const c of cs) comms.push({ town: t, name: c });
  assert.strictEqual(admin.length, 63);
  assert.strictEqual(new Set(admin.map(v => v.name)).size, 63);
  C1.admin = admin; C1.comms = comms; C1.towns = towns;

  // ---- village list (民政 template): town merged, 村委会/居委会, express column
  const vRows = [['江门市蓬江区村（居）民委员会名单', N, N, N, N, N], ['序号', '镇（街道）', '村（居）委会名称', '类别', '快递是否通达', '备注']];
  const vMerges = ['A1:F1'];
  let k = 0;
  for (const [t, vs, cs] of towns) {
    const s = vRows.length;
    vs.forEach((v, i) => vRows.push([++k, i === 0 ? t : N, v + (i % 5 === 2 ? '民委员会' : '委会'), '村委会', v === '白藤村' ? '是（邮政代投）' : '是', N]));
    cs.forEach((c, i) => vRows.push([++k, (vs.length === 0 && i === 0) ? t : N, c + '居委会', '居委会', N, N]));
    if (vRows.length - s > 1) vMerges.push(rng2a1(s, 1, vRows.length - 1, 1));
  }
  vRows.push(['合计：村委会63个，居委会' + comms.length + '个', N, N, N, N, N]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  assert.strictEqual(k, 63 + comms.length);
  C1.vRows = vRows; C1.vMerges = vMerges;

  // ---- stations: template example row left in
  const order = shuffle(r, admin.slice());
  const covered = order.slice(0, 44), postOnly = order[44];
  const st = [];
  const pre = () => randDate(r, '2020-06-01', '2021-08-25');
  for (const v of covered) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '村电商服务站', date: pre() });
  for (const v of covered.slice(0, 2)) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '邮乐购服务点', date: pre() });
  st.push({ town: postOnly.town, village: postOnly.name, name: postOnly.name.replace(/村$/, '') + '村电商服务站', date: '2021-09-15' });
  st.push({ town: '棠下镇', village: '棠下社区', name: '棠下社区电商服务站', date: '2020-09-22' });
  const townOrder = towns.map(x => x[0]);
  st.sort((a, b) => (townOrder.indexOf(a.town) - townOrder.indexOf(b.town)) || (a.date < b.date ? -1 : 1));
  const adminNames = new Set(admin.map(v => v.name));
  const cov = new Set(st.filter(s => s.date <= CUTOFF && adminNames.has(s.village)).map(s => s.village));
  assert.strictEqual(cov.size, 44);
  assert(44 * 100 < 63 * 70 && 44 * 100 >= 63 * 50); // 69.8% → 2
  const careless = new Set(st.filter(s => adminNames.has(s.village)).map(s => s.village));
  assert.strictEqual(careless.size, 45); assert(45 * 100 >= 63 * 70); // would be 5
  const sRows = [['蓬江区村级电子商务服务站点台账', N, N, N, N, N, N, N], ['序号', '镇（街）', '村（社区）', '站点名称', '负责人', '联系电话', '建成时间', '备注'],
    ['例', '××镇', '××村', '××村电商服务站', '张三', '138××××××××', '2020年×月×日', '（示例行，请勿删除）']];
  st.forEach((s, i) => {
    const fmt = i % 4;
    const dateCell = fmt === 0 ? { date: s.date } : fmt === 1 ? dotted(s.date) : fmt === 2 ? cn(s.date) : slashed(s.date);
    const vname = (i % 7 === 3 && /村$/.test(s.village)) ? s.village + '委会' : s.village;
    sRows.push([i + 1, s.town, vname, s.name, nm(), ph(), s.date === '2021-09-15' ? '2021.9.15' : dateCell, s.date > CUTOFF ? '9月新建' : N]);
  });
  C1.sRows = sRows; C1.stations = st;

  // ---- park enterprises (21 rows: one left in April, one entered in September)
  const code = usccFactory(2515, '440703');
  const E = [
    ['江门市蓬江区五邑电子商务有限公司', '平台型', '2020-10-28', N],
    ['江门市棠下农产品网络销售有限公司', '销售型', '2020-10-28', N],
    ['江门市杜阮凉瓜电子商务有限公司', '销售型', '2020-11-05', N],
    ['江门市荷塘纱龙电商运营有限公司', '电商运营服务商', '2020-11-12', N],
    ['江门市潮连果蔬供应链有限公司', '物流仓储', '2020-11-20', N],
    ['江门市蓬江区侨乡直播科技有限公司', '直播电商', '2020-12-01', N],
    ['江门市良溪古村文化传媒有限公司', '直播电商', '2020-12-15', N],
    ['江门市蓬江区邑品汇电子商务有限公司', '平台型', '2021-01-06', N],
    ['江门市篁庄网络科技有限公司', '销售型', '2021-01-18', N],
    ['江门市丰乐快递服务有限公司', '物流仓储', '2021-02-03', N],
    ['江门市白沙电商代运营有限公司', '电商运营服务商', '2021-02-22', '2021-04-16'],
    ['江门市北街设计服务有限公司', '设计摄影', '2021-03-08', N],
    ['江门市蓬江区陈皮电子商务有限公司', '销售型', '2021-03-19', N],
    ['江门市井根农业科技有限公司', '销售型', '2021-04-02', N],
    ['江门市芝山电子商务有限公司', '销售型', '2021-04-20', N],
    ['江门市蓬江区跨境优选贸易有限公司', '跨境电商', '2021-05-11', N],
    ['江门市环市电商运营服务有限公司', '电商运营服务商', '2021-05-28', N],
    ['江门市龙安生态农业有限公司', '销售型', '2021-06-15', N],
    ['江门市蓬江区云仓物流有限公司', '物流仓储', '2021-07-06', N],
    ['江门市三堡网络科技有限公司', '销售型', '2021-08-09', N],
    ['江门市天乡直播电商有限公司', '直播电商', '2021-09-08', N],
  ];
  const ents = E.map(e => ({ name: e[0], code: code(), type: e[1], entered: e[2], left: e[3] }));
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  assert.strictEqual(new Set(inPark.map(e => e.code)).size, 19);
  const norm = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
  assert.strictEqual(new Set(inPark.map(e => norm(e.type))).size, 7);
  const eRows = [['蓬江区电子商务产业园入驻企业名单', N, N, N, N, N, N], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, i % 3 === 0 ? { date: e.entered } : dotted(e.entered), e.left ? dotted(e.left) : N, e.left ? '已迁出' : (e.entered > CUTOFF ? '新入驻' : N)]));
  C1.eRows = eRows; C1.inPark = inPark.length;

  // ---- poor persons: 110 eligible, 20 migrant, 30 without labour capacity
  const kinds = shuffle(r, [...Array(110).fill('E'), ...Array(20).fill('M'), ...Array(30).fill('N')]);
  const persons = [];
  let left = 0, head = null, rel = 0, hv = null;
  let xWanted = 1;
  kinds.forEach((kd) => {
    if (left === 0) { left = 1 + Math.floor(r() * 4); head = nm(); rel = 0; hv = admin[Math.floor(r() * admin.length)]; }
    const wantX = kd === 'E' && xWanted > 0 ? true : false;
    if (wantX) xWanted--;
    const name = rel === 0 ? head : (rel === 1 ? nm() : head[0] + nm().slice(1));
    persons.push({ kd, id: newId(REG, wantX), name, head, rel: ['户主', '配偶', '子女', '子女', '母亲'][rel], town: hv.town, village: hv.name });
    rel++; left--;
  });
  const PE = persons.filter(p => p.kd === 'E'), PM = persons.filter(p => p.kd === 'M'), PN = persons.filter(p => p.kd === 'N');
  assert.deepStrictEqual([PE.length, PM.length, PN.length], [110, 20, 30]);
  const xP = PE.find(p => p.id.endsWith('X'));
  assert(xP);
  const ppRows = [['蓬江区建档立卡贫困人口名单（区农业农村局提供）', N, N, N, N, N, N, N, N], ['序号', '镇（街道）', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况']];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.kd === 'N' ? (i % 2 ? '无劳动能力' : '丧失劳动能力') : '有劳动能力', p.kd === 'M' ? '外出务工' : '在家']));
  C1.ppRows = ppRows;

  // ---- poor-household sign-ins: two sessions before the cut-off, one after
  const trainedE = [xP, ...PE.filter(p => p !== xP).slice(0, 48)]; // 49 distinct
  const restE = PE.filter(p => !trainedE.includes(p));
  const cadre = () => ({ name: nm(), id: newId(REG, false), village: admin[Math.floor(r() * admin.length)].name, cadre: true });
  const sa = [...trainedE.slice(0, 30), ...PM.slice(0, 4), ...PN.slice(0, 3)].map(p => ({ p })).concat(Array.from({ length: 8 }, () => ({ p: cadre() })));
  const sb = [...trainedE.slice(30), ...trainedE.slice(0, 12), ...PM.slice(4, 8), ...PN.slice(3, 6)].map(p => ({ p })).concat(Array.from({ length: 7 }, () => ({ p: cadre() })));
  const sc = [...restE.slice(0, 7), ...trainedE.slice(20, 25)].map(p => ({ p })).concat(Array.from({ length: 8 }, () => ({ p: cadre() })));
  assert.deepStrictEqual([sa.length, sb.length, sc.length], [45, 45, 20]);
  shuffle(r, sa); shuffle(r, sb); shuffle(r, sc);
  const signRows = [['蓬江区电子商务进农村贫困户专场培训签到表', N, N, N, N, N, N], ['序号', '培训日期', '姓名', '身份证号码', '所在村', '联系电话', '签名']];
  const signs = [];
  let sn = 0;
  for (const [date, txt, list] of [['2020-11-19', '2020.11.19', sa], ['2021-05-13', '2021.5.13', sb], ['2021-09-09', '2021.9.9', sc]]) {
    for (const { p } of list) {
      const id = p === xP ? p.id.slice(0, 17) + 'x' : p.id;
      signRows.push([++sn, txt, p.name, id, p.village, ph(), '✓']);
      signs.push({ date, id: id.toUpperCase() });
      assert(validId(id.toUpperCase()));
    }
  }
  const eligible = new Set(PE.map(p => p.id));
  const trained = new Set(signs.filter(s => s.date <= CUTOFF && eligible.has(s.id)).map(s => s.id));
  assert.strictEqual(trained.size, 49);
  assert.strictEqual(tierPoor(49, 110), 8); // 44.5%
  const trainedAll = new Set(signs.filter(s => eligible.has(s.id)).map(s => s.id));
  assert.strictEqual(trainedAll.size, 56); assert.strictEqual(tierPoor(56, 110), 10); // after-cut-off trap
  assert.strictEqual(signs.filter(s => s.date <= CUTOFF && eligible.has(s.id)).length, 61); // rows, not persons
  assert.strictEqual(tierPoor(61, 110), 10);
  const signPre = signs.filter(s => s.date <= CUTOFF).length;
  assert.strictEqual(signPre, 90);
  C1.signRows = signRows; C1.signPre = signPre; C1.trained = trained.size; C1.eligible = 110;

  // ---- training sessions (普及性培训), template example row left in
  const ses = [
    ['2020-06-18', '农村电商基础知识', '村干部、合作社', '区电商公共服务中心', 265],
    ['2020-07-16', '网店开设与运营', '返乡青年、个体户', '棠下镇', 238],
    ['2020-08-20', '农产品摄影与美工', '合作社、家庭农场', '杜阮镇', 246],
    ['2020-09-17', '短视频与直播带货', '返乡青年、个体户', '区电商公共服务中心', 312],
    ['2020-10-22', '电商物流与供应链', '站点负责人', '荷塘镇', 255],
    ['2020-11-26', '侨乡特产品牌营销', '企业、合作社', '区电商公共服务中心', 281],
    ['2020-12-17', '农村电商基础知识', '村干部、合作社', '潮连街道', 269],
    ['2021-01-14', '网店开设与运营', '返乡青年、个体户', '环市街道', 240],
    ['2021-03-11', '农产品摄影与美工', '合作社、家庭农场', '区电商公共服务中心', 258],
    ['2021-03-25', '短视频与直播带货', '返乡青年、个体户', '棠下镇', 301],
    ['2021-04-15', '电商物流与供应链', '站点负责人', '区电商公共服务中心', 233],
    ['2021-04-29', '侨乡特产品牌营销', '企业、合作社', '杜阮镇', 277],
    ['2021-05-20', '农村电商基础知识', '村干部、合作社', '荷塘镇', 262],
    ['2021-06-10', '网店开设与运营', '返乡青年、个体户', '区电商公共服务中心', 290],
    ['2021-06-24', '直播带货实操', '返乡青年、个体户', '区电商公共服务中心', 286],
    ['2021-07-15', '农产品摄影与美工', '合作社、家庭农场', '潮连街道', 251],
    ['2021-08-05', '电商运营提升', '企业、合作社', '区电商公共服务中心', 297],
    ['2021-08-19', '短视频与直播带货', '返乡青年、个体户', '棠下镇', 309],
    ['2021-09-16', '电商运营提升', '企业、合作社', '区电商公共服务中心', 300],
  ];
  const sesPre = sum(ses.filter(s => s[0] <= CUTOFF).map(s => s[4]));
  assert.strictEqual(sesPre, 4870);
  const pt = sesPre + signPre;
  assert.strictEqual(pt, 4960);
  assert.strictEqual(tierTraining(pt, 1116200), 8); // 0.992%
  assert.strictEqual(tierTraining(pt + 50, 1116200), 10); // if the 示例 row were counted
  assert.strictEqual(tierTraining(pt + 300, 1116200), 10); // if the September session were counted
  const tRows = [['蓬江区电子商务进农村培训台账（普及性培训，按期次；贫困户专场另见签到表）', N, N, N, N, N, N], ['期次', '培训时间', '培训主题', '培训对象', '培训地点', '培训人次', '备注'],
    ['示例', '2020年×月×日', '农村电商基础知识', '农民、合作社', '××镇', 50, '（模板示例）']];
  ses.forEach((s, i) => {
    const f = i % 3;
    tRows.push([`第${i + 1}期`, f === 0 ? { date: s[0] } : f === 1 ? dotted(s[0]) : cn(s[0]), s[1], s[2], s[3], s[4], N]);
  });
  tRows.push(['合计', N, N, N, N, 50 + sum(ses.map(s => s[4])), N]); // the template's SUM also caught the example row
  C1.tRows = tRows; C1.sesPre = sesPre; C1.pt = pt;

  // ---- funds
  const funds = [
    ['2020-07-20', '县级电商公共服务中心建设', '江门市邑品汇电子商务有限公司', 780000, '记-2020-07-031'],
    ['2020-10-15', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司江门市分公司', 560000, '记-2020-10-018'],
    ['2020-12-22', '县乡村三级物流配送体系', '江门市蓬江区云仓物流有限公司', 450000, '记-2020-12-044'],
    ['2021-01-28', '农村电商人才培训', '江门市邑品汇电子商务有限公司', 236000, '记-2021-01-027'],
    ['2021-03-30', '县级电商公共服务中心运营', '江门市邑品汇电子商务有限公司', 380000, '记-2021-03-052'],
    ['2021-05-20', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司江门市分公司', 620000, '记-2021-05-036'],
    ['2021-07-08', '农产品品牌培育及溯源体系', '江门市蓬江区五邑电子商务有限公司', 342000, '记-2021-07-019'],
    ['2021-08-27', '县乡村三级物流配送体系', '江门市蓬江区云仓物流有限公司', 300000, '记-2021-08-063'],
    ['2021-09-20', '村级电商服务站点建设（尾款）', '中国邮政集团有限公司江门市分公司', 600000, '记-2021-09-041'],
  ];
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => f[3]));
  assert.strictEqual(spent, 3668000);
  assert(spent * 100 >= 5000000 * 70);
  assert((spent + 100000) * 100 >= 5000000 * 70);
  const fRows = [['蓬江区省级电子商务进农村综合示范专项资金拨付台账', N, N, N, N, N, N], ['下达资金：500万元', N, N, N, N, N, '单位：元'],
    ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号', '备注']];
  funds.forEach((f, i) => fRows.push([i + 1, i % 2 ? dotted(f[0]) : { date: f[0] }, f[1], f[2], f[3], f[4], N]));
  fRows.push(['合计', N, N, N, sum(funds.map(f => f[3])), N, N]);
  const fTpl = [['××县（市、区）省级专项资金拨付台账', N, N, N, N, N], ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额（元）', '凭证号'],
    ['示例', '2020年×月×日', '××项目', '××公司', 100000, '记-××'], [N, N, N, N, N, N], [N, N, N, N, N, N], ['合计', N, N, N, 100000, N]];
  C1.fRows = fRows; C1.fTpl = fTpl; C1.spent = spent; C1.fundsAll = sum(funds.map(f => f[3]));

  // ---- monthly reports (on “Sheet1 (2)”)
  const rep = [];
  for (const m of ['2020-08', ...WINDOW]) { const d = 5 + Math.floor(r() * 8); rep.push(`${m}-${pad(d, 2)}`); }
  assert.strictEqual(regularity(rep), 'full');
  const rRows = [['蓬江区电商进农村工作月报报送登记（报江门市商务局）', N, N, N], ['序号', '报送时间', '报送内容', '是否含电商扶贫数据']];
  rep.forEach((d, i) => { const [y, m] = d.split('-').map(Number); const pm = m === 1 ? 12 : m - 1; const py = m === 1 ? y - 1 : y; rRows.push([i + 1, i % 3 === 0 ? { date: d } : i % 3 === 1 ? dotted(d) : cn(d), `${py}年${pm}月工作进展及统计数据`, d >= '2020-10' ? '是' : '否']); });
  C1.rRows = rRows;

  // ---- disclosures: February 2021 missing
  const disc = [['2019-12-20', '蓬江区电子商务进农村综合示范县创建工作方案'], ['2020-01-15', '蓬江区电子商务进农村综合示范项目基本信息公示'], ['2020-01-15', '关于设立电子商务进农村综合示范监督举报电话的公告']];
  const progMonths = ['2020-06', '2020-07', '2020-08', ...WINDOW.filter(m => m !== '2021-02')];
  for (const m of progMonths) { const d = 10 + Math.floor(r() * 15); disc.push([`${m}-${pad(d, 2)}`, `蓬江区电子商务进农村综合示范项目建设进度（${Number(m.slice(0, 4))}年${Number(m.slice(5))}月）`]); }
  disc.push(['2021-03-29', '蓬江区电子商务进农村综合示范项目建设进度（2021年2月，补发）']);
  disc.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  assert.strictEqual(regularity(disc.map(x => x[0])), 'partial');
  const dRows = [['区政府网站“电子商务进农村”专栏更新情况', N, N], ['序号', '更新日期', '更新内容']];
  disc.forEach((x, i) => dRows.push([i + 1, dotted(x[0]), x[1]]));
  C1.dRows = dRows;

  // ---- media
  const media = [
    ['2020-11-05', '江门日报', '市级', '报纸', '蓬江：村级电商服务站开到家门口', '否'],
    ['2021-01-20', '南方+', '省级', '网络', '侨乡好物搭上电商快车', '否'],
    ['2021-04-22', '江门广播电视台', '市级', '电视', '电商扶贫：荷塘贫困户网上卖出纱龙米', '是'],
    ['2021-09-02', '蓬江发布', '区级', '网络', '我区举办电商直播带货大赛', '否'],
  ];
  const mRows = [['蓬江区电子商务进农村宣传报道情况', N, N, N, N, N, N], ['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  media.forEach((m, i) => mRows.push([i + 1, dotted(m[0]), m[1], m[2], m[3], m[4], m[5]]));
  C1.mRows = mRows;
  const matRows = [['经验材料报送情况', N, N, N], ['序号', '报送日期', '材料名称', '报送单位'], [1, '2021.3.26', '蓬江区电子商务进农村综合示范创建经验做法', '江门市商务局']];
  C1.matRows = matRows;
})();

(function c1() {
  // ---- the city bureau's instruction sheet, left in by the new clerk
  const guide = [
    ['填报说明（江门市商务局）'],
    ['一、本工作簿供各县（市、区）整理2019年省级电子商务进农村综合示范创建考评台账使用，请按表名逐表填写。'],
    ['二、各表第一行“示例”仅供参考，请勿删除；金额以元为单位，日期格式为yyyy-mm-dd。'],
    ['三、考评截止日期为2021年8月31日，截止日后的数据请在备注中注明。'],
    ['四、自评表请按《考评指标体系》逐项自评，自评得分须有台账支撑。'],
    ['五、填报完成后请于9月10日前报送市商务局电商科。联系人：陈××，电话：0750-3500000。'],
  ];
  // ---- official indicator table with the clerk's 自评得分 (the claim)
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 15, 'work.coverage': 10, 'work.upward': 8, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 3, 'fund.spending': 3,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const c = claimed;
  const T = [
    ['2019年省级电子商务进农村综合示范创建考评指标体系自评表', N, N, N, N, N],
    ['县（市、区）：蓬江区', N, N, N, '自评日期：2021年9月9日', N],
    ['工作任务', '评价指标名称', '权重（%）', '评分标准', '自评得分', '备注'],
    ['加强组织领导与统筹协调（10分）', '组织领导', 2, '由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。', c['org.leadership'], N],
    [N, '方案制定', 2, '工作方案因地制宜,可操作性较强（1-2分）', c['org.plan'], N],
    [N, '政策支持', 2, '出台相关政策，且得到较好落实（1-2分）', c['org.policy'], N],
    [N, '项目管理', 4, '建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；建立完整工作台账，详细记录项目建设情况（1-2分）。', c['org.management'], N],
    ['深入推动电子商务进农村工作（55分）', '服务体系建设', 25, '建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月以上（2分）；有免费培训场所、培训设备（2分）；免费展示、销售（1分）；免费摄影、美工（1分）；统一推广、品牌建设（1分）；其他衍生增值服务（1分）；建设或整合电商产业园（2分）；入驻企业20家及以上（2分）；至少三种以上类型（1分）', c['work.center'], N],
    [N, N, N, '行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）；贫困村覆盖率100%（5分），80%-100%（不含）（3分）', c['work.coverage'], '本区无省定贫困村'],
    [N, '农村产品上行', 10, '网销调研（1-2分）；网络促销活动（1-2分）；第三方运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；交易标准、冷链、溯源（1-2分）；2020年网络零售额同比增速≥30%（2分）', c['work.upward'], N],
    [N, '电商人才培训', 20, '培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）', c['work.training'], N],
    ['加强信息公开及报送（10分）', '信息公开', 4, '在县政府网站设立公开专栏且内容全面（2分）；近一年内专栏内容能按月更新（2分），不定时更新（1分）', c['info.disclosure'], N],
    [N, '数据上报', 6, '近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）；能统计电商扶贫情况（3分）', c['info.reporting'], N],
    ['加强宣传推广（10分）', '案例总结', 2, '向市商务局报送经验材料（2分）', c['promo.cases'], N],
    [N, '经验推广', 8, '省级及以上媒体（4分）；市级媒体（3分）；县级媒体（1分）', c['promo.media'], N],
    ['加强财政资金管理（15分）', '制度建立', 5, '建立科学有效的资金管理制度且得到有效落实（1-5分）', c['fund.system'], N],
    [N, '资金台账', 5, '项目承建方建立资金专用台账，账目完整（1-5分）', c['fund.ledger'], N],
    [N, '资金支出', 5, '资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分', c['fund.spending'], N],
    ['加分项（4分）', '建档立卡贫困人口培训率70%及以上（2分）', N, N, c['bonus.poorTraining'], N],
    [N, '电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）', N, N, c['bonus.tvCase'], '江门广播电视台播报'],
    ['一票否决项', '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响', N, N, '否', N],
    [N, '项目建设进度严重滞后，总体进度不足40%', N, N, '否', N],
    [N, '弄虚作假', N, N, '否', N],
    ['合计得分', N, 100, N, 94, N],
  ];
  const scoredClaim = Object.entries(claimed).filter(([k]) => !k.startsWith('bonus.')).map(([, v]) => v);
  assert.strictEqual(sum(scoredClaim) + Math.min(claimed['bonus.poorTraining'] + claimed['bonus.tvCase'], 4), 94);
  const tMerges = ['A1:F1', 'A2:D2', 'E2:F2', 'A4:A7', 'A8:A11', 'B8:B9', 'C8:C9', 'A12:A13', 'A14:A15', 'A16:A18', 'A19:A20', 'A21:A23', 'A24:B24'];
  assert.strictEqual(T[7][1], '服务体系建设'); assert.strictEqual(T[23][0], '合计得分');

  // ---- 基本情况 copied from 新会区's sheet: old title kept, one placeholder left
  const F = [
    ['新会区电子商务进农村综合示范创建基本情况表', N, N],
    ['项目', '填报内容', '备注'],
    ['县（市、区）', '蓬江区', N],
    ['考评截止日期', '2021年8月31日', N],
    ['常住人口', '111.62万人', '七普'],
    ['行政村数', '63个', '居委会另计'],
    ['省定贫困村数', '0个', '本区无省定贫困村'],
    ['领导小组组长', '区委副书记、区长', N],
    ['领导小组成员单位', '区经济促进局（商务）、区财政局、区农业农村局、区扶贫办等', N],
    ['示范县工作方案', '已印发', '蓬府办〔2019〕63号'],
    ['支持农村电商发展政策', '已出台', N],
    ['县级电商公共服务中心投入运营日期', '2020年10月28日', N],
    ['免费培训场所及培训设备', '有', N],
    ['特色农产品免费展示、销售', '有', N],
    ['免费摄影、美工服务', '有', N],
    ['农产品统一推广、品牌建设指导', '有', N],
    ['其他衍生增值服务', '无', N],
    ['电商产业园', '已建成', '蓬江区电子商务产业园'],
    ['专业第三方电商运营服务商', '有', N],
    ['行政村物流快递覆盖率', '100%', N],
    ['2019年农村网络零售额', '98.6亿元', '省商务厅反馈'],
    ['2020年农村网络零售额', '114.2亿元', '省商务厅反馈'],
    ['2019年农产品网络零售额', 'XX亿元', N],
    ['2020年农产品网络零售额', '6.35亿元', N],
    ['2020年农产品网络零售额同比增速', '35.9%', N],
    ['培训人次', '5,260人次', N],
    ['有劳动能力的建档立卡贫困人口（不含外出务工）', '110人', '区农业农村局确认'],
    ['参加培训的建档立卡贫困人口', '63人', N],
    ['专栏公示创建方案', '是', N],
    ['专栏公示项目基本信息', '是', N],
    ['专栏公示项目建设进度', '是', N],
    ['专栏征求意见或监督举报窗口', '是', '监督举报电话'],
    ['能否统计电商扶贫情况', '是', N],
    ['省级专项资金下达总额', '500万元', N],
    ['累计拨付', '426.8万元', N],
    ['资金管理制度', '已制定', N],
    ['资金专用台账', '已建立', N],
    ['项目总体进度', '75%', N],
    ['安全生产、质量事故或重大损失', '无', N],
    ['弄虚作假', '无', N],
    [N, N, N],
    ['填表人：李××（电商股）　　联系电话：0750-3279810', N, N],
  ];
  assert.strictEqual(C1.fundsAll, 4268000); // the 426.8万元 includes the September payment
  // ---- judged items on a third template
  const J = [
    ['主观指标自评表', N, N, N, N],
    ['序号', '考核项目', '分值', '自评分', '佐证材料'],
    [1, '方案制定', '1-2分', '2分', '工作方案'],
    [2, '政策支持', '1-2分', '2分', '扶持政策文件'],
    [3, '项目管理制度', '1-2分', '2分', '项目管理办法'],
    [4, '工作台账', '1-2分', '2分', '各类台账'],
    [5, '网销调研及针对性建议', '1-2分', '1分', '调研报告（初稿）'],
    [6, '网络促销活动', '1-2分', '2分', '活动总结'],
    [7, '交易标准、冷链及溯源', '1-2分', '1分', '溯源系统试运行'],
    [8, '资金管理制度', '1-5分', '4分', '资金管理办法'],
    [9, '资金台账', '1-5分', '3分', '承建方台账'],
    [10, '资金及时拨付', '1-5分', '3分', '拨付凭证'],
  ];

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 12, 'work.coverage': 7, 'work.upward': 8, 'work.training': 16,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 4, 'fund.ledger': 3, 'fund.spending': 3,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  // recompute the computed parts from the data built above
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (C1.inPark >= 20 ? 2 : 0) + 1, points['work.center']);
  assert.strictEqual(2 + 5, points['work.coverage']);
  assert(Math.abs(114.2 / 98.6 - 1.158) < 0.0005);
  assert.strictEqual(1 + 2 + 1 + 1 + 1 + 2, points['work.upward']);
  assert.strictEqual(tierTraining(C1.pt, 1116200) + tierPoor(C1.trained, C1.eligible), points['work.training']);
  assert.strictEqual(2 + 1, points['info.disclosure']);
  assert.strictEqual(4 + 3, points['promo.media']);
  const scored = Object.entries(points).filter(([k]) => !/^(bonus|veto)\./.test(k));
  assert.strictEqual(scored.length, 15);
  const total = sum(scored.map(x => x[1]));
  assert.strictEqual(total, 81);
  const rate = (C1.spent / 5000000 * 100).toFixed(1);
  const derivation = [
    'org.leadership: 基本情况 (2)“领导小组组长：区委副书记、区长”（主要领导）；成员单位 区经济促进局（商务）、区财政局、区农业农村局、区扶贫办 → 四部门齐全 → 2',
    'org.plan: 工作方案“已印发”（蓬府办〔2019〕63号）；Sheet3 自评“方案制定 2分” → 2',
    'org.policy: 扶持政策“已出台”；Sheet3 自评“政策支持 2分” → 2',
    'org.management: Sheet3 自评 项目管理制度 2分 + 工作台账 2分 → 4',
    `work.center: 中心2020-10-28投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28 → 2；免费培训2、展示1、摄影美工1、品牌推广1（“有”），其他衍生增值服务“无” → 0；产业园“已建成” → 2；入驻企业名单21行，截至8月31日在园 ${C1.inPark}家（白沙电商代运营2021.4.16迁出，天乡直播电商2021-09-08才入驻）< 20 → 0；类型 平台型/销售型/电商运营服务商/物流仓储/直播电商等 ≥ 3 → 1；合计 12`,
    'work.coverage: 村居名单村委会63个（居委会不计）；站点台账截止日前有站点的行政村 44个（“例 ××村”示例行不算；两村各有邮乐购服务点只算一次；棠下社区的站点不算；“××村委会/××村民委员会”与名单同村；2021.9.15新建的一站不算，否则45/63=71.4%）→ 44/63 = 69.8%，50%–70% → 2；本区无省定贫困村（基本情况“0个”，无贫困村名单）→ 5（并提示）；合计 7',
    'work.upward: 网销调研自评1 + 促销活动自评2 + 第三方运营服务商“有”1 + 村居名单“快递是否通达”列63个村委会均“是”（白藤村“是（邮政代投）”）→ 1 + 交易标准冷链溯源自评1 + 2020年农产品网络零售额同比增速35.9% ≥ 30% → 2（农村网络零售额 114.2/98.6 = +15.8% 不够，任一即可；2019年农产品零售额为模板占位“XX亿元”，未填）；合计 8',
    `work.training: 培训台账（普及性，按期次）截止日前18期合计 ${C1.sesPre}人次（“示例”行50人次不算；第19期2021-09-16的300人次不算；表尾“合计”${C1.tRows[C1.tRows.length - 1][5]}含示例行和第19期）+ 贫困户专场签到截止日前 ${C1.signPre}行 = ${C1.pt} ÷ min(1,116,200, 500,000) = 0.992%，0.8%–1% → 8（若误计示例行则5,010人次 → 10）；贫困人口名单有劳动能力且“在家” 110人，截止日前专场签到按身份证号匹配 ${C1.trained}人（一人末位小写x按X匹配；12人参加两期只算一次；外出务工8行、无/丧失劳动能力6行、村干部等名单外15行不计；2021.9.9专场的7名新参训者不计）→ 49/110 = 44.5%，40%–50% → 8（基本情况表“63人”不采用，以名单为准）；合计 16`,
    'info.disclosure: 基本情况表 专栏公示创建方案、项目基本信息、建设进度、监督举报窗口均“是” → 2；专栏更新情况2021年2月没有任何更新（2月进度3月29日才补发）→ 不定时 → 1；合计 3',
    'info.reporting: Sheet1 (2) 月报登记2020年9月至2021年8月每月都有 → 3；“是否含电商扶贫数据”有“是”，基本情况表也写能统计 → 3；合计 6',
    'promo.cases: 2021.3.26 向江门市商务局报送经验做法 → 2',
    'promo.media: 截止日前 省级（南方+）4 + 市级（江门日报、江门广播电视台）3；唯一区级报道“蓬江发布”在2021.9.2，不计 → 7',
    'fund.system: Sheet3 自评“资金管理制度 4分”（已制定）→ 4',
    'fund.ledger: Sheet3 自评“资金台账 3分”（已建立）→ 3',
    `fund.spending: 资金台账截止日前拨付合计 ${C1.spent.toLocaleString('en-US')}元（2021-09-20的60万元尾款不计；“资金台账（模板）”表的示例行10万元不是拨付）÷ 5,000,000 = ${rate}% ≥ 70% → 取自评“资金及时拨付 3分” → 3`,
    'bonus.poorTraining: 贫困人口培训率 49/110 = 44.5% < 70% → 0',
    'bonus.tvCase: 截止日前唯一的扶贫典型案例电视报道是江门广播电视台（市级），不加分（自评表报1分）→ 0',
    'veto.incident: 基本情况表“安全生产、质量事故或重大损失：无”，自评表“否” → 0',
    'veto.progress: 项目总体进度75% ≥ 40% → 0',
    'veto.fraud: “弄虚作假：无” → 0',
    `合计: 15项 ${total} + 加分 0 → ${total}；未否决（县自评94分）`,
  ];
  const sheets = [
    { name: '填报说明', rows: rect(guide, 1) },
    { name: '自评表', rows: rect(T, 6), merges: tMerges },
    { name: '基本情况 (2)', rows: rect(F, 3), merges: ['A1:C1', `A${F.length}:C${F.length}`] },
    { name: 'Sheet3', rows: rect(J, 5), merges: ['A1:E1'] },
    { name: '村居名单', rows: rect(C1.vRows, 6), merges: C1.vMerges },
    { name: '站点台账', rows: rect(C1.sRows, 8), merges: ['A1:H1'] },
    { name: '产业园企业', rows: rect(C1.eRows, 7), merges: ['A1:G1'] },
    { name: '培训台账', rows: rect(C1.tRows, 7), merges: ['A1:G1', `A${C1.tRows.length}:E${C1.tRows.length}`] },
    { name: '贫困户培训签到', rows: rect(C1.signRows, 7), merges: ['A1:G1'] },
    { name: '贫困人口名单', rows: rect(C1.ppRows, 9), merges: ['A1:I1'] },
    { name: '资金台账（模板）', rows: rect(C1.fTpl, 6), merges: ['A1:F1', 'A6:D6'] },
    { name: '资金台账', rows: rect(C1.fRows, 7), merges: ['A1:G1', 'A2:F2', `A${C1.fRows.length}:D${C1.fRows.length}`] },
    { name: 'Sheet1 (2)', rows: rect(C1.rRows, 4), merges: ['A1:D1'] },
    { name: '专栏更新', rows: rect(C1.dRows, 3), merges: ['A1:C1'] },
    { name: '宣传报道', rows: rect(C1.mRows, 7), merges: ['A1:G1'] },
    { name: '经验材料', rows: rect(C1.matRows, 4), merges: ['A1:D1'] },
  ];
  const nRows = sum(sheets.map(s => s.rows.length));
  write('counties', 'b25-c1-pengjiang.json', {
    description: `江门市蓬江区商务局新上手的办事员整理的整本工作簿（16个表，共${nRows}行），从几个模板拼起来：市局的“填报说明”页和各台账模板的“示例/例”行都没删（站点台账“××村”示例行、培训台账“示例 50人次”行且表尾合计把示例行算进去、另留一张空的“资金台账（模板）”只有示例行10万元）；“基本情况 (2)”照抄新会区的表，标题仍是“新会区…基本情况表”（县名格写蓬江区），2019年农产品网络零售额留着占位“XX亿元”；主观指标自评在名为“Sheet3”的第三种模板里（“2分”文本）；月报登记在“Sheet1 (2)”；自评表为官方指标体系（自评94分）。中等（81分，无加分、未否决）。陷阱：常住人口111.62万超过50万，培训基数取50万，截止日前4,960人次 = 0.992%（算上示例行就到1%）；站点覆盖44/63 = 69.8%（9月新建一站不算）；本区无省定贫困村 → 贫困村覆盖按规则得5分；入驻企业截止日在园19家；贫困人口按身份证去重49/110；专栏2021年2月断更；“累计拨付426.8万元”“5,260人次”“63人”都含截止日后的数据；江门广播电视台是市级，不加分；区级报道在截止日后。`,
    sheets,
    expect: { asOf: '2021-08-31', total, bonus: 0, vetoed: false, points, claimed },
    derivation,
  });
})();
