'use strict';
// Batch 26 generator: writes ../facts, ../ledgers, ../counties relative to this folder.
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b26.js
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
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const IDC = '10X98765432';
function idCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * IDW[i];
  return IDC[s % 11];
}
function validId(id) { return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17]; }
function pad(n, w) { return String(n).padStart(w, '0'); }
function makeIdFactory(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (region, wantX) {
    for (;;) {
      const y = 1960 + Math.floor(r() * 43);
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
function sexOf(id) { return Number(id[16]) % 2 ? '男' : '女'; }
const SURN = ['梁', '陈', '黄', '李', '何', '冯', '关', '潘', '邓', '麦', '区', '谭', '钟', '罗', '张', '吴', '杜', '叶', '郭', '卢', '林', '欧阳', '简', '庞', '霍', '劳', '岑', '招'];
const GIV = ['伟', '强', '志', '明', '秀', '英', '嘉', '琪', '健', '华', '丽', '敏', '锦', '荣', '彩', '玲', '少', '桂', '婷', '冠', '浩', '文', '俊', '燕', '惠', '耀', '德', '家', '艳', '辉', '美', '凤', '金', '雪', '永', '满', '国', '兴', '妹', '好'];
function nameFactory(seed) {
  const r = rng(seed);
  return function () {
    const s = SURN[Math.floor(r() * SURN.length)];
    const n = s.length === 2 ? 1 : (r() < 0.8 ? 2 : 1);
    let g = '';
    for (let i = 0; i < n; i++) g += GIV[Math.floor(r() * GIV.length)];
    return s + g;
  };
}
function phoneFactory(seed) {
  const r = rng(seed);
  const pre = ['139', '138', '137', '135', '136', '150', '159', '158', '188', '189', '133', '180', '134', '186'];
  return () => pre[Math.floor(r() * pre.length)] + pad(Math.floor(r() * 1e8), 8);
}
const USC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccFactory(seed, region) {
  const r = rng(seed);
  return function () {
    let body = (r() < 0.8 ? '91' : '92') + region;
    while (body.length < 17) body += USC[Math.floor(r() * 31)];
    let s = 0;
    for (let i = 0; i < 17; i++) s += USC.indexOf(body[i]) * UW[i];
    return body + USC[(31 - (s % 31)) % 31];
  };
}
function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sum = (a) => a.reduce((x, y) => x + y, 0);
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function slashed(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
function monthOf(iso) { return iso.slice(0, 7); }
function addDays(iso, n) { const t = Date.parse(iso + 'T00:00:00Z') + n * 86400000; return new Date(t).toISOString().slice(0, 10); }
function randDate(r, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  return new Date(a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
}
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; const y = m > 12 ? 2021 : 2020; WINDOW.push(`${y}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
function regularity(dates) {
  const months = new Set(dates.filter(d => d <= CUTOFF).map(monthOf).filter(m => WINDOW.includes(m)));
  if (months.size === 12) return 'full';
  return months.size ? 'partial' : 'none';
}
function tierTraining(pt, pop) { const base = Math.min(pop, 500000); if (pt * 1000 >= base * 10) return 10; if (pt * 1000 >= base * 8) return 8; if (pt * 1000 >= base * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }
function fmtMoney(n) { // 1234567.5 -> "1,234,567.50"
  const [i, f] = n.toFixed(2).split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f;
}
function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
const FW = '０１２３４５６７８９';
function fullwidth(s) { return String(s).replace(/[0-9]/g, d => FW[Number(d)]).replace(/\./g, '．'); }
function colName(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
assert.strictEqual(colName(0), 'A'); assert.strictEqual(colName(25), 'Z'); assert.strictEqual(colName(26), 'AA');

// pads every row to `width` with nulls (undefined -> null)
function grid(rows, width) {
  const w = width || Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.map(c => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
}
function checkCell(c, where) {
  if (c === null || typeof c === 'string' || typeof c === 'boolean') return;
  if (typeof c === 'number') { assert(Number.isFinite(c), where); return; }
  assert(c && typeof c === 'object' && Object.keys(c).length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(c.date), where + ' ' + JSON.stringify(c));
  const d = new Date(c.date + 'T00:00:00Z');
  assert.strictEqual(d.toISOString().slice(0, 10), c.date, where);
}
function checkCase(obj) {
  assert(typeof obj.description === 'string' && obj.description.length > 10);
  assert(Array.isArray(obj.sheets) && obj.sheets.length > 0);
  const names = new Set();
  for (const s of obj.sheets) {
    assert(!names.has(s.name), 'dup sheet ' + s.name); names.add(s.name);
    assert(s.name.length <= 31 && !/[\\/?*\[\]:]/.test(s.name), 'bad sheet name ' + s.name);
    assert(Array.isArray(s.rows));
    s.rows.forEach((row, i) => { assert(Array.isArray(row)); row.forEach((c, j) => checkCell(c, `${s.name}!${colName(j)}${i + 1}`)); });
    for (const m of s.merges || []) assert(/^[A-Z]+[0-9]+:[A-Z]+[0-9]+$/.test(m), 'bad merge ' + m);
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
// F1 顺德区 — the clerk's own "得分测算表": 分子 | 分母 | 比率 | 档次 | 分项得分 | 指标得分
// =====================================================================
(function f1() {
  const W = 10;
  const rows = [
    ['顺德区电子商务进农村综合示范创建考评得分测算表'],
    ['区（县）：顺德区', N, N, '测算口径：数据截至2021年8月31日', N, N, N, '（内部测算稿，请勿外传）'],
    ['序号', '评价指标（满分）', '测算项', '分子（实际完成）', '分母（考核基数）', '比率/完成情况', '档次标准', '分项得分', '指标得分', '备注'],
  ];
  const merges = ['A1:J1', 'A2:C2', 'D2:G2', 'H2:J2'];
  const claimedTyped = {};
  let no = 0;
  function section(t) { rows.push([t]); merges.push(`A${rows.length}:J${rows.length}`); }
  // items: [测算项, 分子, 分母, 比率, 档次, 分项得分, 备注]; total: 指标得分 (merged down the block)
  function block(name, id, items, total, opts) {
    opts = opts || {};
    const start = rows.length + 1;
    items.forEach((it, i) => rows.push([i === 0 ? ++no : N, i === 0 ? name : N, ...it.slice(0, 6), i === 0 ? total : N, it[6] === undefined ? N : it[6]]));
    const end = rows.length;
    if (end > start) { merges.push(`A${start}:A${end}`, `B${start}:B${end}`, `I${start}:I${end}`); }
    for (const [a, b] of opts.hMerge || []) merges.push(`H${start + a}:H${start + b}`);
    if (id) claimedTyped[id] = total;
  }
  section('一、加强组织领导与统筹协调（10分）');
  block('组织领导（2）', 'org.leadership', [
    ['牵头领导及成员单位', '区委副书记、区长任组长', '—', '区经济和科技促进局（区商务局）、区财政局、区农业农村局、区乡村振兴局等12个单位为成员单位', '主要领导牵头，商务、财政、农业、扶贫部门参与（2分）', 2],
  ], 2);
  block('方案制定（2）', 'org.plan', [['示范工作方案', '—', '—', '已印发（顺府办函〔2020〕37号）', '1-2分', 2]], 2);
  block('政策支持（2）', 'org.policy', [['扶持政策出台及落实', '—', '—', '已出台《顺德区促进农村电子商务发展若干措施》，落实一般', '1-2分', 1]], 1);
  block('项目管理（4）', 'org.management', [
    ['项目管理制度', '—', '—', '已制定', '1-2分', 2],
    ['工作台账', '—', '—', '已建立', '1-2分', 2],
  ], 4);
  section('二、深入推动电子商务进农村工作（55分）');
  block('服务体系建设—县级中心与产业园（15）', 'work.center', [
    ['公共服务中心建成', '—', '—', '2020年10月16日投入运营', '建成（2分）', 2],
    ['正常运行满6个月', '10.5个月', '6个月', '✓', '满6个月（2分）', 2],
    ['免费培训场所及设备', '—', '—', '✓', '2分', 2],
    ['特色农产品免费展示、销售', '—', '—', '✓', '1分', 1],
    ['免费摄影、美工服务', '—', '—', '✓', '1分', 1],
    ['统一推广、品牌建设指导', '—', '—', '✓', '1分', 1],
    ['其他衍生增值服务', '—', '—', '✗', '1分', 0, '暂未开展'],
    ['电商产业园', '—', '—', '✓', '建设或整合（2分）', 2, '整合北滘、乐从两个园区'],
    ['入驻企业数量', 23, 20, '115%', '≥20家（2分）', 2],
    ['入驻企业类型', '4类', '3类', '✓', '≥3类（1分）', 1],
  ], 14);
  block('服务体系建设—村级站点覆盖（10）', 'work.coverage', [
    ['行政村覆盖率', '已建站行政村78个', '行政村104个', '75.0%', '≥70%（5分）；50%-70%（2分）', 5],
    ['省定贫困村覆盖率', '—', '省定贫困村0个', '—', '100%（5分）', 5, '我区无省定贫困村，按满分测算'],
  ], 10);
  block('农村产品上行（10）', 'work.upward', [
    ['网销调研及建议', '—', '—', '已形成《顺德区农产品网络销售调研报告》', '1-2分', 2],
    ['网络促销活动', '—', '—', '“顺德美食”线上促销等6场', '1-2分', 2],
    ['专业第三方运营服务商', '—', '—', '✓', '1分', 1],
    ['行政村物流快递覆盖', 104, 104, '100%', '100%（1分）', 1],
    ['交易标准、冷链及溯源', '—', '—', '冷链溯源平台在建', '1-2分', 1],
    ['网零增速（农产品）', '18.36亿元（2020年）', '13.52亿元（2019年）', '135.8%', '同比增速≥30%（2分）', 2, '增速35.8%'],
    ['网零增速（农村）', '412.5亿元（2020年）', '356.1亿元（2019年）', '115.8%', '—', '—', '增速15.8%，未达30%，按农产品口径得分'],
  ], 9);
  block('电商人才培训（20）', 'work.training', [
    ['培训人次', '5,326人次', 500000, '1.07%', '≥1%（10分）；0.8%-1%（8分）；0.6%-0.8%（6分）', 10, '常住人口322.9万（七普），超过50万按50万计'],
    ['建档立卡贫困人口培训率', '参训412人', '有劳动能力（不含外出务工）685人', '60.1%', '≥50%（10分）', 10],
  ], 20);
  section('三、加强信息公开及报送（10分）');
  block('信息公开（4）', 'info.disclosure', [
    ['专栏内容：创建方案', '—', '—', '✓', '设立专栏且内容全面（2分）', 0],
    ['专栏内容：项目基本信息', '—', '—', '✓', N, N],
    ['专栏内容：建设进度', '—', '—', '✓', N, N],
    ['专栏内容：征求意见/监督举报窗口', '—', '—', '✗', N, N, '拟增设'],
    ['按月更新', '10个月', '12个月', '83.3%', '按月（2分）；不定时（1分）', 1, '2021年1月、2月未更新'],
  ], 1, { hMerge: [[0, 3]] });
  block('数据上报（6）', 'info.reporting', [
    ['每月向市商务局报送', '12个月', '12个月', '100%', '每月（3分）；不定时（1分）', 3],
    ['电商扶贫情况统计', '—', '—', '✓', '能统计（3分）', 3],
  ], 6);
  section('四、加强宣传推广（10分）');
  block('案例总结（2）', 'promo.cases', [['经验材料报送市商务局', '2篇', '—', '✓', '2分', 2]], 2);
  block('经验推广（8）', 'promo.media', [
    ['省级及以上媒体', '3篇', '—', '✓', '4分', 4],
    ['市级媒体', '5篇', '—', '✓', '3分', 3],
    ['县级媒体', '12篇', '—', '✓', '1分', 1],
  ], 8);
  section('五、加强财政资金管理（15分）');
  block('制度建立（5）', 'fund.system', [['资金管理制度', '—', '—', '已制定《顺德区电子商务进农村综合示范专项资金管理办法》', '1-5分', 4]], 4);
  block('资金台账（5）', 'fund.ledger', [['资金专用台账', '—', '—', '已建立', '1-5分', 4]], 4);
  block('资金支出（5）', 'fund.spending', [['资金支出率', '累计拨付4,263,500元', '下达5,000,000元', '85.3%', '≥70%且及时拨付（1-5分）；<70%倒扣5分', 4]], 4);
  section('六、加分项（4分）');
  block('贫困人口培训率≥70%（2）', 'bonus.poorTraining', [['贫困人口培训率', 412, 685, '60.1%', '≥70%（2分）', 0]], 0);
  block('电商扶贫典型案例电视播报（2）', 'bonus.tvCase', [['电视播报', '—', '—', '暂无', '国家级2分；省级1分', 0]], 0);
  section('七、一票否决项');
  block('安全生产、质量事故或重大损失', N, [['是否发生', '—', '—', '无', '发生即否决', '—']], '—');
  block('项目总体进度', N, [['总体进度', '91%', '40%', '未触发', '不足40%否决', '—']], '—');
  block('弄虚作假', N, [['是否存在', '—', '—', '无', '存在即否决', '—']], '—');
  rows.push(['测算总分', N, N, N, N, N, N, N, 91, '不含加分；加分0分']);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(['测算人：区经济和科技促进局电商股　梁××　　审核：　　　　测算日期：2021年9月2日']);
  merges.push(`A${rows.length}:J${rows.length}`);

  // the clerk's arithmetic holds
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  assert.strictEqual(sum(scored.map(k => claimedTyped[k])), 91);
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, 14);
  assert.strictEqual(Math.round(5326 / 500000 * 10000) / 100, 1.07);
  assert.strictEqual(Math.round(412 / 685 * 1000) / 10, 60.1);
  assert.strictEqual(Math.round(18.36 / 13.52 * 1000) / 10, 135.8);
  assert.strictEqual(Math.round(412.5 / 356.1 * 1000) / 10, 115.8);
  assert.strictEqual(Math.round(4263500 / 5000000 * 1000) / 10, 85.3);
  assert.strictEqual(Math.round(78 / 104 * 1000) / 10, 75);
  assert.strictEqual(rows[2].length, W);

  write('facts', 'b26-f1-shunde.json', {
    description: '顺德区经济和科技促进局电商股自己做的《考评得分测算表》（内部测算稿）：序号|评价指标（满分）|测算项|分子（实际完成）|分母（考核基数）|比率/完成情况|档次标准|分项得分|指标得分（按指标纵向合并）|备注，事实散在分子、分母、完成情况和备注里（“已建站行政村78个”“行政村104个”“参训412人”“累计拨付4,263,500元”“下达5,000,000元”）。陷阱：培训人次的分母500,000是封顶基数，常住人口322.9万只写在备注里；入驻企业一行的分母20、企业类型分母3类、总体进度一行的分母40%都是门槛不是数据；比率列的135.8%/115.8%是2020÷2019，增速35.8%/15.8%写在备注；信息公开四个内容行共用一个合并的分项得分0；测算日期2021年9月2日不是截止日；否决项“指标得分”写“—”。',
    sheets: [{ name: '得分测算', rows: grid(rows, W), merges }],
    expect: {
      facts: {
        county: '顺德区',
        asOf: '2021-08-31',
        residentPopulation: 3229000,
        adminVillagesStated: 104,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 35610000000,
        ruralRetail2020: 41250000000,
        agriRetail2019: 1352000000,
        agriRetail2020: 1836000000,
        ruralRetailGrowthStated: 0.158,
        agriRetailGrowthStated: 0.358,
        trainingPersonTimesStated: 5326,
        eligiblePoorPersonsStated: 685,
        trainedPoorPersonsStated: 412,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4263500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed: claimedTyped,
    },
  });
})();

// =====================================================================
// F2 金平区 — a paper questionnaire typed in as an answer sheet: 单选/多选 with option letters
// (option order differs per question), 填空 with ①② blanks, 判断 √/×, 主观题 score inside brackets
// =====================================================================
(function f2() {
  const W = 8;
  const rows = [
    ['汕头市金平区电子商务进农村综合示范创建考评自查问卷（纸质问卷录入）'],
    ['县（区）名称：金平区', N, N, N, '数据截至：2021年8月31日', N, N, N],
    [N],
    ['一、选择题（在“答案”栏填写所选项字母，多选题可填多个字母）'],
    ['题号', '题目', 'A', 'B', 'C', 'D', 'E', '答案'],
    [1, '领导小组组长由谁担任？（单选）', '区委书记或区长', '分管副区长', '区商务主管部门负责人', '未成立领导小组', N, 'Ａ'],
    [2, '领导小组成员单位包括（多选）', '商务部门', '财政部门', '农业农村部门', '乡村振兴（扶贫）部门', '其他部门', 'ABCE'],
    [3, '示范县（区）工作方案（单选）', '已正式印发', '已起草，未印发', '未制定', N, N, 'A'],
    [4, '支持农村电商发展的政策（单选）', '未出台', '已出台', N, N, N, 'a'],
    [5, '公共服务中心有无免费培训场所、培训设备，能否组织电商基础培训（单选）', '有', '无', N, N, N, 'A'],
    [6, '中心是否为特色农产品提供免费展示、销售服务（单选）', '是', '否', N, N, N, 'A'],
    [7, '中心是否为电商市场主体提供免费摄影、美工服务（单选）', '未提供', '已提供', N, N, N, 'A'],
    [8, '中心是否组织农产品统一推广、指导品牌建设（单选）', '是', '否', N, N, N, 'A'],
    [9, '中心是否提供其他衍生增值服务（单选）', '是', '否', N, N, N, 'Ｂ'],
    [10, '电商产业园建设情况（单选）', '新建', '整合、优化现有园区', '未建设', N, N, 'B'],
    [11, '本区有无专业第三方电子商务运营或服务商（单选）', '有', '无', N, N, N, 'A'],
    [12, '区政府网站专栏已公示/设立以下内容（多选）', '示范创建方案', '项目基本信息', '项目建设进度', '征求意见或监督举报窗口', N, 'ABCD'],
    [N],
    ['二、填空题（在“答案”栏填写横线处内容；一题两空的用①②分开）'],
    ['题号', '题目', N, N, N, N, N, '答案'],
    [13, '全区常住人口____万人（第七次全国人口普查）', N, N, N, N, N, '69.52'],
    [14, '全区行政村（村委会）____个', N, N, N, N, N, '18'],
    [15, '全区省定贫困村____个', N, N, N, N, N, '0'],
    [16, '区电子商务公共服务中心于____投入运营（写明年月日）', N, N, N, N, N, '2020年11月18日'],
    [17, '2019年、2020年全区农村网络零售额分别为①____亿元、②____亿元', N, N, N, N, N, '①38.6 ②47.9'],
    [18, '2019年、2020年全区农产品网络零售额分别为①____亿元、②____亿元', N, N, N, N, N, '①2.15 ②2.97'],
    [19, '2020年农产品网络零售额同比增长____%', N, N, N, N, N, '38.1'],
    [20, '累计开展电商培训____人次', N, N, N, N, N, '5,210'],
    [21, '有劳动能力的建档立卡贫困人口（不含外出务工）①____人，其中参加电商培训②____人', N, N, N, N, N, '①238 ②131'],
    [22, '省级专项资金下达①____万元，截至考评日累计拨付②____万元', N, N, N, N, N, '①500 ②361.8'],
    [23, '项目总体进度约____%', N, N, N, N, N, '78'],
    [N],
    ['三、判断题（说法正确的在“答案”栏打“√”，错误的打“×”）'],
    ['题号', '题目', N, N, N, N, N, '答案'],
    [24, '已制定省级财政资金管理制度', N, N, N, N, N, '√'],
    [25, '项目承建方已建立资金专用台账', N, N, N, N, N, '√'],
    [26, '全区行政村物流快递覆盖率已达到100%', N, N, N, N, N, '×'],
    [27, '能统计本区电商扶贫情况（贫困户培训、带动增收等）', N, N, N, N, N, '√'],
    [28, '本区未发生安全生产、质量事故，未造成重大经济损失和社会不良影响', N, N, N, N, N, '√'],
    [29, '存在弄虚作假情况', N, N, N, N, N, '×'],
    [N],
    ['四、主观评分题（在括号内填写自评分）'],
    ['题号', '题目', N, N, N, N, N, N],
    [30, '方案制定（1～2分）：自评（ 2 ）分'],
    [31, '政策支持（1～2分）：自评（　 ）分'],
    [32, '项目管理制度（1～2分）：自评（ 2 ）分'],
    [33, '工作台账（1～2分）：自评（ １ ）分'],
    [34, '农产品网络销售调研及建议（1～2分）：自评（ 1 ）分'],
    [35, '农村产品网络促销活动（1～2分）：自评（ 2 ）分'],
    [36, '农产品电商交易标准、冷链及溯源系统（1～2分）：自评（ 1 ）分'],
    [37, '资金管理制度（1～5分）：自评（ ３ ）分'],
    [38, '资金台账（1～5分）：自评（ 4 ）分'],
    [39, '资金及时拨付（1～5分）：自评（ 3 ）分'],
    [N],
    ['填表人：区商务局　林××　　联系电话：0754-88××××××　　填表日期：2021年9月6日'],
  ];
  const merges = ['A1:H1', 'A2:D2', 'E2:H2', 'A4:H4'];
  rows.forEach((r, i) => {
    if (typeof r[0] === 'string' && /^[一二三四]、/.test(r[0]) && i > 3) merges.push(`A${i + 1}:H${i + 1}`);
    if (typeof r[0] === 'number' && r[0] >= 13 && r[0] <= 29) merges.push(`B${i + 1}:G${i + 1}`);
    if (typeof r[0] === 'number' && r[0] >= 30) merges.push(`B${i + 1}:H${i + 1}`);
    if (r[0] === '题号' && i > 5) merges.push(`B${i + 1}:G${i + 1}`);
  });
  merges.push(`A${rows.length}:H${rows.length}`);
  assert.strictEqual(Math.round((2.97 / 2.15 - 1) * 1000) / 10, 38.1);
  write('facts', 'b26-f2-jinping.json', {
    description: '金平区商务局把纸质《自查问卷》录入Excel：一、选择题为 题号|题目|A|B|C|D|E|答案，答案只填选项字母（全角“Ａ”、小写“a”、多选“ABCE”），各题选项顺序不一（第4题A=未出台、第7题A=未提供）；二、填空题在答案栏填横线处内容，一题两空写“①38.6 ②47.9”，单位只在题目里（万人、亿元、万元、%）；三、判断题√/×，第28题是否定说法（“未发生…”打√）；四、主观题自评分写在题目的括号里（“自评（ 2 ）分”，有全角数字，第31题括号空着）。陷阱：第2题多选没选D（乡村振兴/扶贫部门）；第10题选B“整合、优化现有园区”算建设了产业园；第17、18题①是2019年、②是2020年；填表日期2021年9月6日不是截止日。',
    sheets: [{ name: '自查问卷', rows: grid(rows, W), merges }],
    expect: {
      facts: {
        county: '金平区',
        asOf: '2021-08-31',
        planIssued: true,
        policyIssued: false,
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        residentPopulation: 695200,
        adminVillagesStated: 18,
        poorVillagesStated: 0,
        centerOpened: '2020-11-18',
        ruralRetail2019: 3860000000,
        ruralRetail2020: 4790000000,
        agriRetail2019: 215000000,
        agriRetail2020: 297000000,
        agriRetailGrowthStated: 0.381,
        trainingPersonTimesStated: 5210,
        eligiblePoorPersonsStated: 238,
        trainedPoorPersonsStated: 131,
        fundAllocated: 5000000,
        fundSpentStated: 3618000,
        overallProgress: 0.78,
        fundSystemIssued: true,
        fundLedgerKept: true,
        expressCoverage: false,
        povertyStatisticsStated: true,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 3,
        'fund.ledger': 4,
        'fund.spending': 3,
      },
      leadership: 'principal',
    },
  });
})();

// =====================================================================
// F3 赤坎区 — subject × function matrix (●/○/—), ditto marks 〃 for values and units,
// self-scores typed as "得分/满分"
// =====================================================================
(function f3() {
  const W = 8;
  const D = '〃';
  const rows = [
    ['赤坎区电子商务进农村综合示范建设情况自查表'],
    ['县（市、区）：赤坎区', N, N, '填报单位：湛江市赤坎区经济和信息化局', N, N, '自查时间：2021年9月10日', N],
    [N],
    ['一、组织领导'],
    ['领导小组组长', '区委常委、副区长', N, N, '成员单位', '区经信局（商务）、区财政局、区农业农村局等9个单位', N, N],
    [N],
    ['二、服务体系功能自查（●有　○无　—不适用）'],
    ['服务主体', '建成/运营时间', '免费培训场所及设备', '农产品免费展示销售', '免费摄影美工', '品牌推广指导', '其他衍生增值服务', '备注'],
    ['区电子商务公共服务中心', '2020.12', '●', '●', '○', '●', '●', '设在赤坎区民主路电商大楼一楼'],
    ['电商产业园', '未建', '—', '—', '—', '—', '—', N],
    ['第三方运营服务商', '已引进', '—', '—', '—', '—', '—', '湛江市××网络科技有限公司负责中心运营'],
    [N],
    ['三、工作事项自查'],
    ['序号', '事项', N, N, '情况', '说明', N, N],
    [1, '示范工作方案已正式印发', N, N, '是', '赤府办〔2020〕21号', N, N],
    [2, '已出台支持农村电商发展的政策', N, N, D, N, N, N],
    [3, '区政府网站专栏公示创建方案', N, N, D, N, N, N],
    [4, '专栏公示项目基本信息', N, N, D, N, N, N],
    [5, '专栏公示项目建设进度', N, N, D, N, N, N],
    [6, '专栏设立征求意见或监督举报窗口', N, N, '否', '计划9月增设', N, N],
    [7, '能统计电商扶贫情况', N, N, '是', N, N, N],
    [8, '已制定资金管理制度', N, N, D, N, N, N],
    [9, '已建立资金专用台账', N, N, D, N, N, N],
    [10, '行政村物流快递覆盖率达100%', N, N, D, N, N, N],
    [11, '发生安全生产、质量事故或重大经济损失', N, N, '否', N, N, N],
    [12, '存在弄虚作假情况', N, N, D, N, N, N],
    [N],
    ['四、主要数据'],
    ['序号', '指标', N, N, '数值', '单位', '备注', N],
    [1, '常住人口', N, N, 36.12, '万人', '第七次全国人口普查', N],
    [2, '户籍人口', N, N, 33.85, D, N, N],
    [3, '行政村', N, N, 11, '个', N, N],
    [4, '社区居委会', N, N, 38, D, N, N],
    [5, '省定贫困村', N, N, 0, D, N, N],
    [6, '2019年农村网络零售额', N, N, 9.86, '亿元', N, N],
    [7, '2020年农村网络零售额', N, N, 12.37, D, N, N],
    [8, '2019年农产品网络零售额', N, N, 1.42, D, N, N],
    [9, '2020年农产品网络零售额', N, N, 1.69, D, N, N],
    [10, '电商培训人次', N, N, '3,120', '人次', '2019年9月以来累计', N],
    [11, '有劳动能力的建档立卡贫困人口（不含外出务工）', N, N, 96, '人', N, N],
    [12, '参加培训的建档立卡贫困人口', N, N, 51, D, N, N],
    [13, '省级专项资金下达', N, N, 500, '万元', N, N],
    [14, '累计拨付', N, N, 365.2, D, N, N],
    [15, '项目总体进度', N, N, 82, '%', N, N],
    [N],
    ['五、自评得分（得分/满分）'],
    ['评价指标', N, '得分/满分', N, '其中', N, '得分/满分', N],
    ['组织领导', N, '1/2'],
    ['方案制定', N, '2/2'],
    ['政策支持', N, '1/2'],
    ['项目管理', N, '3/4', N, '项目管理制度', N, '2/2'],
    [N, N, N, N, '工作台账', N, '1/2'],
    ['服务体系建设（县级中心与产业园）', N, '9/15'],
    ['服务体系建设（村级站点）', N, '10/10'],
    ['农村产品上行', N, '5/10', N, '网销调研及建议', N, '1/2'],
    [N, N, N, N, '网络促销活动', N, '1/2'],
    [N, N, N, N, '交易标准、冷链及溯源', N, '1/2'],
    ['电商人才培训', N, '18／20'],
    ['信息公开', N, '3/4'],
    ['数据上报', N, '6/6'],
    ['案例总结', N, '2/2'],
    ['经验推广', N, '5/8'],
    ['制度建立', N, '4/5'],
    ['资金台账', N, '4/5'],
    ['资金支出', N, '4/5'],
    ['加分：贫困人口培训率≥70%', N, '0/2'],
    ['加分：电商扶贫案例电视播报', N, '0/2'],
    ['合计', N, '77/100', N, '加分', N, '0/4'],
    [N],
    ['填报人：吴××　　审核人：陈××'],
  ];
  const merges = ['A1:H1', 'A2:C2', 'D2:F2', 'G2:H2', 'A4:H4', 'B5:D5', 'F5:H5', 'A7:H7', 'A13:H13', 'A28:H28', 'A46:H46'];
  rows.forEach((r, i) => {
    const n = i + 1;
    if (i >= 13 && i <= 43 && (typeof r[0] === 'number' || r[0] === '序号')) merges.push(`B${n}:D${n}`);
    if (i >= 13 && i <= 25) merges.push(`F${n}:H${n}`);
    if (i >= 46 && i < rows.length - 2) { merges.push(`A${n}:B${n}`, `C${n}:D${n}`, `E${n}:F${n}`, `G${n}:H${n}`); }
  });
  assert.strictEqual(rows[45][0], '五、自评得分（得分/满分）');
  assert.strictEqual(rows[27][0], '四、主要数据');
  assert.strictEqual(rows[12][0], '三、工作事项自查');
  merges.push(`A${rows.length}:H${rows.length}`);
  const claimed = {
    'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 9, 'work.coverage': 10, 'work.upward': 5, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
  };
  assert.strictEqual(sum(Object.entries(claimed).filter(([k]) => !k.startsWith('bonus.')).map(([, v]) => v)), 77);
  write('facts', 'b26-f3-chikan.json', {
    description: '赤坎区经济和信息化局填的《建设情况自查表》，五块：一、组织领导一行两对“标签|值”；二、服务体系为“服务主体×功能”矩阵（行：公共服务中心/电商产业园/第三方运营服务商，列：建成时间+五项免费服务，●有 ○无 —不适用）；三、工作事项自查的“情况”列大量用“〃”表示同上（“是”下面的〃是“是”，“否”下面的〃是“否”）；四、主要数据的单位列也用“〃”；五、自评得分写成“得分/满分”（“9/15”“18／20”全角斜杠），项目管理和农村产品上行在“其中”列有分项。陷阱：户籍人口33.85万、社区居委会38个不是输入；中心运营只写到月“2020.12”；产业园“未建”；第11、12项是否定的否决项（否、〃=否）；自查时间2021年9月10日不是考评截止日（表内没有截止日）；合计77/100不是指标。',
    sheets: [{ name: '自查表', rows: grid(rows, W), merges }],
    expect: {
      facts: {
        county: '赤坎区',
        centerOpened: '2020-12',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        planIssued: true,
        policyIssued: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        expressCoverage: true,
        vetoIncident: false,
        vetoFraud: false,
        residentPopulation: 361200,
        adminVillagesStated: 11,
        poorVillagesStated: 0,
        ruralRetail2019: 986000000,
        ruralRetail2020: 1237000000,
        agriRetail2019: 142000000,
        agriRetail2020: 169000000,
        trainingPersonTimesStated: 3120,
        eligiblePoorPersonsStated: 96,
        trainedPoorPersonsStated: 51,
        fundAllocated: 5000000,
        fundSpentStated: 3652000,
        overallProgress: 0.82,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 1,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'deputy',
      claimed,
    },
  });
})();

// =====================================================================
// L1 禅城区 — village list pasted from the NBS 统计用区划代码 list: 12-digit codes, district and
// 街道/镇 rows interleaved as hierarchy rows, 城乡分类代码 column, type only from the name suffix
// =====================================================================
(function l1() {
  const W = 6;
  const towns = [
    { name: '祖庙街道', code: 440604010000, comm: ['朝安', '岭南', '升平', '祖庙', '普君', '同济', '铁军', '兆祥', '莲峰', '亲仁', '锦华', '大江'], commCls: 111, vill: [], villCls: [] },
    { name: '石湾镇街道', code: 440604011000, comm: ['石湾', '东风', '澜石', '湾华', '南风'], commCls: 111, vill: ['深村', '石头', '东平', '小布', '沙岗'], villCls: [111, 112, 112, 112, 112] },
    { name: '张槎街道', code: 440604012000, comm: ['张槎', '海口'], commCls: 111, vill: ['大富', '莲塘', '上朗', '下朗', '沙口', '孙村', '东鄱', '古灶', '村头'], villCls: [112, 112, 112, 112, 112, 112, 112, 112, 112] },
    { name: '南庄镇', code: 440604100000, comm: ['南庄'], commCls: 121, vill: ['紫南', '紫洞', '罗格', '吉利', '杏头', '溶洲', '堤田', '梧村', '龙津', '上元', '湖涌', '贤僚'], villCls: [122, 122, 122, 220, 220, 122, 220, 220, 220, 220, 220, 220] },
  ];
  const noExpress = new Set(['贤僚']);
  const rows = [
    ['禅城区村（居）民委员会名单'],
    ['资料来源：国家统计局《2020年统计用区划代码和城乡划分代码》（复制后粘贴）；“快递通达”“省定贫困村”两列由区经济和科技促进局补充。'],
    ['统计用区划代码', '城乡分类代码', '名称', '快递通达', '省定贫困村', '备注'],
    [440604000000, N, '禅城区', N, N, N],
  ];
  const recs = [];
  let textCode = 0;
  for (const t of towns) {
    rows.push([t.code, N, t.name, N, N, N]);
    t.comm.forEach((c, i) => {
      const code = t.code + 1 + i;
      const nm = c + '社区居委会';
      rows.push([code, t.commCls, nm, N, N, N]);
      recs.push({ name: nm, admin: false, poor: null, express: null });
    });
    t.vill.forEach((v, i) => {
      const code = t.code + 201 + i;
      const base = v.endsWith('村') ? v + '村' : v + '村';
      let nm = base + '委会';
      if (v === '吉利') nm += ' ';
      const useText = (i % 4 === 3);
      if (useText) textCode++;
      const ex = noExpress.has(v) ? '否' : (v === '上元' ? '是（邮政）' : '是');
      const note = v === '深村' ? '城中村，仍为村委会建制' : (v === '贤僚' ? '快递需到镇上自取' : N);
      rows.push([useText ? String(code) : code, t.villCls[i], nm, ex, '否', note]);
      recs.push({ name: nm.trim(), admin: true, poor: false, express: !noExpress.has(v) });
    });
  }
  const nComm = sum(towns.map(t => t.comm.length)), nVill = sum(towns.map(t => t.vill.length));
  assert.deepStrictEqual([nComm, nVill], [20, 26]);
  assert(textCode >= 3);
  rows.push([`合计：社区居委会${nComm}个，村委会${nVill}个（我区无省定贫困村）。`]);
  rows.push(['说明：城乡分类代码 111主城区　112城乡结合区　121镇中心区　122镇乡结合区　220村庄。代码为12位，前6位440604为禅城区。']);
  const merges = ['A1:F1', 'A2:F2', `A${rows.length - 1}:F${rows.length - 1}`, `A${rows.length}:F${rows.length}`];
  // codes are 12-digit integers (not dates, not money)
  for (const r of rows) if (typeof r[0] === 'number') assert(r[0] > 440604000000 - 1 && r[0] < 440605000000);

  const piv = [
    ['禅城区村（居）委会分街镇统计'],
    ['街道（镇）', '社区居委会（个）', '村委会（个）', '小计', '快递通达村（个）'],
  ];
  for (const t of towns) piv.push([t.name, t.comm.length, t.vill.length, t.comm.length + t.vill.length, t.vill.filter(v => !noExpress.has(v)).length]);
  piv.push(['合计', nComm, nVill, nComm + nVill, nVill - 1]);

  write('ledgers', 'b26-l1-chancheng.json', {
    description: '禅城区经济和科技促进局把国家统计局《统计用区划代码和城乡划分代码》复制进Excel当村（居）委会名单：统计用区划代码（12位，多数是数字、几格是文本）|城乡分类代码|名称|快递通达|省定贫困村|备注，区、街道（镇）本身也各占一行（代码以000结尾、无城乡分类代码），类型栏没有，只能从名称后缀“社区居委会/村委会”看；社区行的快递、贫困村两列空着（读作null），村委会行快递填是/否/“是（邮政）”、贫困村全填“否”；另有一张“分街镇统计”汇总表（不是台账）。陷阱：禅城区、祖庙街道等层级行不是村；深村村委会的城乡分类代码是111（主城区）但仍是村委会（行政村）；12位代码不是金额也不是日期；“吉利村委会 ”带尾空格；合计和说明行不是记录。',
    sheets: [
      { name: '村居名单（区划代码）', rows: grid(rows, W), merges },
      { name: '分街镇统计', rows: grid(piv, 5), merges: ['A1:E1'] },
    ],
    expect: {
      sheets: {
        '村居名单（区划代码）': { kind: 'villages', records: recs },
        '分街镇统计': { kind: null },
      },
    },
  });
})();

// =====================================================================
// L2 龙湖区 — ① contract payment progress: one project per row, each installment a
// (支付日期, 金额) column pair under a merged 第一期/第二期/第三期 header; ② the bureau's
// 收发文 register, where only 发文 to 汕头市商务局 are reports
// =====================================================================
(function l2() {
  const W = 13;
  const rows = [
    ['龙湖区电子商务进农村综合示范项目合同及资金支付进度表'],
    ['填报单位：汕头市龙湖区商务局', N, N, N, N, N, N, N, N, N, '单位：元', N, N],
    ['序号', '项目名称', '承建单位', '合同金额', '第一期（预付款）', N, '第二期（进度款）', N, '第三期（尾款）', N, '累计支付', '支付比例', '备注'],
    [N, N, N, N, '支付日期', '金额', '支付日期', '金额', '支付日期', '金额', N, N, N],
  ];
  // [project, contractor, contract, [[dateCell, iso, amountCell, amount] x3 or null], note]
  const P = [
    ['龙湖区电子商务公共服务中心建设及运营', '汕头市潮聚电子商务有限公司', 1280000,
      [[{ date: '2020-11-20' }, '2020-11-20', 384000, 384000], ['2021.3.18', '2021-03-18', 512000, 512000], ['—', N, '—', N]], '尾款待验收后支付'],
    ['村级电商服务站点建设', '广东鮀城供应链管理有限公司', 960000,
      [['2020年12月8日', '2020-12-08', '288,000.00', 288000], ['2021/6/30', '2021-06-30', 480000, 480000], ['2021.9.15', '2021-09-15', 192000, 192000]], N],
    ['电商人才培训', '汕头市龙湖区新溪职业培训学校', 600000,
      [[{ date: '2021-01-12' }, '2021-01-12', 180000, 180000], [{ date: '2021-05-21' }, '2021-05-21', 240000, 240000], ['2021.8.27', '2021-08-27', 180000, 180000]], N],
    ['农产品品牌培育及网络营销推广', '汕头市外砂农品文化传播有限公司', 720000,
      [['2021.2.5', '2021-02-05', 216000, 216000], ['待付', N, N, N], ['—', N, N, N]], '进度款待中期评审后支付'],
    ['县乡村三级物流配送体系建设', '汕头市龙湖区顺联物流有限公司', 850000,
      [[{ date: '2020-12-22' }, '2020-12-22', 255000, 255000], ['2021.4.28', '2021-04-28', 340000, 340000], [N, N, N, N]], N],
    ['农产品质量安全追溯系统', '汕头市鮀信科技有限公司', 390000,
      [['2021.3.10', '2021-03-10', 117000, 117000], ['2021.7.19', '2021-07-19', '156,000', 156000], [N, N, N, N]], N],
    ['信息公开及宣传推广', '汕头市海滨传媒有限公司', 200000,
      [['2021.4.6', '2021-04-06', 60000, 60000], ['2021/8/30', '2021-08-30', '140,000元', 140000], ['—', N, N, N]], '合同约定分两期支付'],
  ];
  const recs = [];
  const colTot = [0, 0, 0];
  P.forEach(([proj, who, contract, inst, note], i) => {
    const row = [i + 1, proj, who, contract];
    let paid = 0;
    inst.forEach(([dc, iso, ac, amt], k) => {
      row.push(dc, ac);
      if (iso && amt) { recs.push({ date: iso, amount: amt }); paid += amt; colTot[k] += amt; }
    });
    const ratio = Math.round(paid / contract * 100);
    row.push(paid, ratio + '%', note);
    rows.push(row);
  });
  const contractTotal = sum(P.map(p => p[2]));
  assert.strictEqual(contractTotal, 5000000);
  const paidTotal = sum(recs.map(r => r.amount));
  rows.push(['合计', N, N, contractTotal, N, colTot[0], N, colTot[1], N, colTot[2], paidTotal, Math.round(paidTotal / contractTotal * 1000) / 10 + '%', N]);
  rows.push(['注：1.支付日期以国库集中支付凭证日期为准；2.“—”表示合同无该期付款，“待付”表示尚未支付；3.本表数据截至2021年9月30日。']);
  const merges = ['A1:M1', 'A2:J2', 'K2:M2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:H3', 'I3:J3', 'K3:K4', 'L3:L4', 'M3:M4', `A${rows.length - 1}:C${rows.length - 1}`, `A${rows.length}:M${rows.length}`];
  assert.strictEqual(recs.length, 15);
  assert.strictEqual(paidTotal, 3740000);
  assert.strictEqual(sum(recs.filter(r => r.date <= CUTOFF).map(r => r.amount)), 3548000);

  // ---- 收发文 register
  const reg = [
    ['汕头市龙湖区商务局电子商务进农村工作公文登记簿（2020年9月—2021年8月）'],
    ['序号', '收/发', '日期', '文号', '标题', '来文单位/主送单位', '含电商扶贫数据', '经办人'],
  ];
  const E = [ // [io, dateCell, iso, docNo, title, party, pov]
    ['收', '2020.9.3', '2020-09-03', '汕商务函〔2020〕112号', '关于按月报送电子商务进农村综合示范工作进展情况的通知', '汕头市商务局', '/'],
    ['发', '2020.9.8', '2020-09-08', N, '龙湖区2020年8月电子商务进农村综合示范工作进展情况', '汕头市商务局', '否'],
    ['发', { date: '2020-10-10' }, '2020-10-10', N, '龙湖区2020年9月电子商务进农村综合示范工作进展情况', '汕头市商务局', '否'],
    ['发', '2020.10.26', '2020-10-26', '龙商〔2020〕58号', '关于申请拨付电子商务进农村综合示范项目首期资金的请示', '龙湖区财政局', '/'],
    ['发', '2020.11.9', '2020-11-09', N, '龙湖区2020年10月电子商务进农村综合示范工作进展情况', '汕头市商务局', '否'],
    ['收', '2020.11.20', '2020-11-20', '汕商务函〔2020〕156号', '关于做好电商扶贫数据统计工作的通知', '汕头市商务局', '/'],
    ['发', { date: '2020-12-08' }, '2020-12-08', N, '龙湖区2020年11月电子商务进农村工作进展及电商扶贫情况', '汕头市商务局', '是'],
    ['发', '2020-12-30', '2020-12-30', '龙商〔2020〕71号', '关于2020年电子商务进农村综合示范工作情况的报告', '龙湖区人民政府', '/'],
    ['发', '2021.1.8', '2021-01-08', N, '龙湖区2020年12月电子商务进农村工作进展及电商扶贫情况', '汕头市商务局', '是'],
    ['发', '2021年3月5日', '2021-03-05', N, '龙湖区2021年1-2月电子商务进农村工作进展及电商扶贫情况（合并报送）', '汕头市商务局', '是'],
    ['发', '2021.4.7', '2021-04-07', N, '龙湖区2021年3月电子商务进农村工作进展及电商扶贫情况', '汕头市商务局', '是'],
    ['收', '2021.4.19', '2021-04-19', '粤商务建函〔2021〕88号', '关于开展2019年省级电子商务进农村综合示范考评工作的通知', '广东省商务厅（市局转发）', '/'],
    ['发', { date: '2021-05-10' }, '2021-05-10', N, '龙湖区2021年4月电子商务进农村工作进展及电商扶贫情况', '汕头市商务局', '是'],
    ['发', '2021.6.8', '2021-06-08', N, '龙湖区2021年5月电子商务进农村工作进展及电商扶贫情况', '汕头市商务局', '是'],
    ['发', '2021.6.25', '2021-06-25', '龙商〔2021〕33号', '关于电子商务进农村综合示范项目中期进展的报告', '龙湖区人民政府', '/'],
    ['发', '2021.7.8', '2021-07-08', N, '龙湖区2021年6月电子商务进农村工作进展及电商扶贫情况', '汕头市商务局', '否'],
    ['发', '2021.8.9', '2021-08-09', N, '龙湖区2021年7月电子商务进农村工作进展及电商扶贫情况', '汕头市商务局', '是'],
    ['收', '2021.8.16', '2021-08-16', '汕商务函〔2021〕97号', '关于做好示范县考评迎检准备工作的通知', '汕头市商务局', '/'],
  ];
  const staff = ['陈××', '许××', '陈××', '蔡××'];
  const regRecs = [];
  E.forEach(([io, dc, iso, no, title, party, pov], i) => {
    reg.push([i + 1, io, dc, no === N ? '—' : no, title, party, pov, staff[i % 4]]);
    if (io === '发' && party === '汕头市商务局') regRecs.push({ date: iso, poverty: pov === '是' });
  });
  reg.push(['注：收文只登记与电子商务进农村工作相关的来文；月度进展情况经“粤政易”报送市商务局电商科。']);
  assert.strictEqual(regRecs.length, 11);
  const repMonths = new Set(regRecs.map(r => monthOf(r.date)));
  assert(!repMonths.has('2021-02') && repMonths.size === 11);
  write('ledgers', 'b26-l2-longhu.json', {
    description: '龙湖区商务局两张表：①《项目合同及资金支付进度表》一行一个合同，每笔支付是“支付日期|金额”一对列，三对列挂在合并的“第一期（预付款）/第二期（进度款）/第三期（尾款）”表头下（两行表头），未付的写“待付”、合同无该期的写“—”或空，另有合同金额、累计支付、支付比例和合计行；日期有真日期、2021.3.18、2021/6/30、2020年12月8日，金额有数字、“288,000.00”“140,000元”；记录按行、从左到右列出。②《公文登记簿》收文和发文混在一张表（收/发|日期|文号|标题|来文单位/主送单位|含电商扶贫数据），只有“发”往汕头市商务局的月度进展情况才是向市局的报送（来文通知、发给区财政局和区政府的请示报告都不是）。陷阱：合同金额列（合计正好5,000,000）不是拨付；2021.9.15的尾款在截止日后但仍是一条记录；2021年2月没有报送（3月5日合并报送1-2月）；含电商扶贫数据列收文和非报送行填“/”。',
    sheets: [
      { name: '合同支付进度', rows: grid(rows, W), merges },
      { name: '公文登记（2020.9-2021.8）', rows: grid(reg, 8), merges: ['A1:H1', `A${reg.length}:H${reg.length}`] },
    ],
    expect: {
      sheets: {
        '合同支付进度': { kind: 'funds', records: recs },
        '公文登记（2020.9-2021.8）': { kind: 'reports', records: regRecs },
      },
    },
  });
})();

// =====================================================================
// C1 南海区 — whole workbook (18 sheets). Built in steps into C1; written at the end.
// Ledgers split over several sheets: stations 2020/2021, training 2020/2021 (+ a poor-household
// sign-in sheet), funds 2020/2021, monthly reports 2020/2021.
// =====================================================================
const C1 = { sheets: [], m: {} };
(function c1Villages() {
  const r = rng(2601);
  const nm = nameFactory(2602);
  const ph = phoneFactory(2603);
  const towns = [
    ['桂城街道', [], ['海五', '桂园'], ['夏东', '夏西', '平东', '平西', '三山', '叠北', '叠南']],
    ['九江镇', ['璜玑', '沙头', '下西', '上西', '烟南', '南金', '大谷', '沙口', '敦根', '英明', '北村', '洛浦', '上东', '下东', '烟桥', '河清'], ['儒林', '九江'], []],
    ['西樵镇', ['简村', '百西', '上金瓯', '新田', '民乐', '七星', '儒溪', '崇北', '河岗', '松塘', '大同', '爱国', '三多', '西岸', '山根', '朝山', '岭西', '白坑', '太平', '福溪'], ['樵园', '西樵'], []],
    ['丹灶镇', ['仙岗', '良登', '塱心', '沙水', '上安', '石联', '联沙', '劳边', '西城', '新农', '东联', '罗行', '荷村', '下滘', '金宁', '南沙'], ['丹灶', '金沙'], []],
    ['狮山镇', ['联和', '下柏', '北湖', '芦塘', '沙坑', '孝德', '上柏', '务庄', '联星', '大榄', '七甲', '新境', '莲子塘', '罗洞', '招大', '大果', '塘头', '石泉', '显纲', '山南', '石门', '横岗', '官窑', '狮岭'], ['罗村', '松岗', '小塘'], []],
    ['大沥镇', ['奇槎', '钟边', '沥东', '曹边', '河东', '平地', '横江', '联安', '秀水', '六联', '东秀', '雅瑶', '凤池', '水头', '谢边', '沥西'], ['大沥', '盐步', '黄岐'], []],
    ['里水镇', ['赤坭', '鹤峰', '大冲', '汤村', '沙涌', '草场', '宏岗', '北沙', '旗峰', '麻奢', '甘蕉', '逢涌', '新联', '文教', '河村', '得胜'], ['里水', '和顺'], []],
  ];
  const admin = []; // {town, v}  v = canonical village name, e.g. 璜玑村, 北村村
  const units = []; // every row of the list
  for (const [t, vs, cs, gj] of towns) {
    for (const b of vs) { admin.push({ town: t, v: b + '村' }); units.push({ town: t, name: b + '村委会', kind: '村委会', v: b + '村' }); }
    for (const b of gj) units.push({ town: t, name: b + '社区居委会', kind: '社区（村改居）', v: b + '社区' });
    for (const b of cs) units.push({ town: t, name: b + '社区居委会', kind: '社区居委会', v: b + '社区' });
  }
  assert.strictEqual(new Set(units.map(u => u.v)).size, units.length);
  assert.strictEqual(admin.length, 108);
  const nComm = units.length - admin.length;
  assert.strictEqual(nComm, 23);
  C1.m.adminCount = admin.length;

  // ---- village list: 镇 merged, 性质 column, express column all 是
  const vRows = [
    ['佛山市南海区村（居）委会名单'],
    ['填报单位：南海区经济促进局（商务）', N, N, N, '截至2021年8月', N],
    ['序号', '镇（街道）', '村（居）委会', '性质', '快递通达', '备注'],
  ];
  const vMerges = ['A1:F1', 'A2:D2', 'E2:F2'];
  let k = 0;
  for (const [t] of towns) {
    const us = units.filter(u => u.town === t);
    const start = vRows.length + 1;
    us.forEach((u, ui) => vRows.push([++k, ui === 0 ? t : N, u.name, u.kind, '是', u.kind === '社区（村改居）' ? '已完成村改居，保留经联社' : N]));
    vMerges.push(`B${start}:B${vRows.length}`);
  }
  vRows.push([`合计：村委会${admin.length}个，社区居委会${nComm}个（其中村改居社区7个）。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  C1.sheets.push({ key: 'villages', name: '村（居）委会名单', rows: grid(vRows, 6), merges: vMerges });

  // ---- stations: 2020 sheet (46 villages + 1 村改居 community), 2021 sheet (29 more villages,
  // 2 second stations, 1 村改居 community, 2 stations opened in September 2021)
  const order = shuffle(r, admin.slice());
  const s2020 = order.slice(0, 46), s2021 = order.slice(46, 75), later = order.slice(75, 77);
  const st20 = s2020.map(a => ({ town: a.town, v: a.v, date: randDate(r, '2020-05-10', '2020-12-28') }));
  st20.push({ town: '桂城街道', v: '夏东社区', date: '2020-09-18' });
  const st21 = s2021.map(a => ({ town: a.town, v: a.v, date: randDate(r, '2021-01-06', '2021-08-27') }));
  const again = [s2020[3], s2020[17]];
  st21.push({ town: again[0].town, v: again[0].v, date: '2021-04-22', second: true, write: again[0].v.replace(/村$/, '') + '村民委员会' });
  st21.push({ town: again[1].town, v: again[1].v, date: '2021-06-09', second: true });
  st21.push({ town: '桂城街道', v: '叠南社区', date: '2021-05-18' });
  st21.push({ town: later[0].town, v: later[0].v, date: '2021-09-03' });
  st21.push({ town: later[1].town, v: later[1].v, date: '2021-09-24' });
  st21[5].write = st21[5].v.replace(/村$/, '') + '村委会';
  st21[12].write = st21[12].v.replace(/村$/, '') + '村民委员会';
  const adminSet = new Set(admin.map(a => a.v));
  const covered = new Set([...st20, ...st21].filter(s => s.date <= CUTOFF && adminSet.has(s.v)).map(s => s.v));
  assert.strictEqual(covered.size, 75);
  assert(covered.size * 100 < 108 * 70); // 69.4%: below 70%
  assert(77 * 100 >= 108 * 70); // counting the two September stations (or the two 村改居 stations) would reach 70%
  const only2020 = new Set(st20.filter(s => adminSet.has(s.v)).map(s => s.v)).size;
  assert.strictEqual(only2020, 46);
  C1.m.covered = covered.size;
  C1.m.again = again.map(a => a.v);
  C1.m.later = later.map(a => a.v);

  const sv = ['代购代销', '代收代发快递', '代缴费', '农产品网销', '电商咨询'];
  const svc = () => { const n = 2 + Math.floor(r() * 3); return shuffle(r, sv.slice()).slice(0, n).join('、'); };
  // 2020 sheet: town merged, dates as text "2020.6" / "2020.7.15" / real dates
  const a20 = [
    ['南海区村级电商服务站点台账（2020年度建成）'],
    ['序号', '镇（街道）', '所在村（居）', '站点名称', '站长', '联系电话', '建成时间', '服务内容'],
  ];
  const m20 = ['A1:H1'];
  let sn = 0;
  for (const [t] of towns) {
    const list = st20.filter(s => s.town === t).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (!list.length) continue;
    const start = a20.length + 1;
    for (const s of list) {
      sn++;
      const [y, mo, d] = s.date.split('-').map(Number);
      const dc = sn % 3 === 0 ? `${y}.${mo}` : (sn % 3 === 1 ? { date: s.date } : `${y}.${mo}.${d}`);
      s.dateRead = sn % 3 === 0 ? s.date.slice(0, 7) : s.date;
      a20.push([sn, a20.length + 1 === start ? t : N, s.v, s.v.replace(/(村|社区)$/, '') + (s.v.endsWith('社区') ? '社区电商服务站' : '村电商服务站'), nm(), ph(), dc, svc()]);
    }
    if (a20.length + 1 - start > 1) m20.push(`B${start}:B${a20.length}`);
  }
  a20.push(['注：本表为2020年度建成站点，2021年新增站点见《站点台账（2021年）》。']);
  m20.push(`A${a20.length}:H${a20.length}`);
  assert.strictEqual(sn, 47);
  C1.sheets.push({ key: 'st20', name: '站点台账（2020年）', rows: grid(a20, 8), merges: m20 });

  // 2021 sheet: another clerk's column order, numbering continues from 48
  const a21 = [
    ['南海区村级电商服务站点台账（2021年新增）'],
    ['注：本表接续2020年度台账，序号续编。'],
    ['序号', '站点名称', '镇（街道）', '村（居）', '负责人', '电话', '挂牌日期', '备注'],
  ];
  const st21s = st21.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const s of st21s) {
    sn++;
    const [y, mo] = s.date.split('-').map(Number);
    const dc = sn % 7 === 0 ? `${y}.${mo}` : { date: s.date };
    const label = s.v.replace(/(村|社区)$/, '') + (s.v.endsWith('社区') ? '社区' : '村') + (s.second ? '电商服务点（二）' : '电商服务站');
    const note = s.second ? '同村第二个站点' : (s.date > CUTOFF ? '9月挂牌' : N);
    a21.push([sn, label, s.town, s.write || s.v, nm(), ph(), dc, note]);
  }
  a21.push(['填表人：周××　　2021年9月30日更新']);
  C1.sheets.push({ key: 'st21', name: '站点台账（2021年）', rows: grid(a21, 8), merges: ['A1:H1', 'A2:H2', `A${a21.length}:H${a21.length}`] });
  C1.m.stationRows = sn;
  C1.m.towns = towns;
})();

(function c1EnterprisesTraining() {
  const r = rng(2611);
  const nm = nameFactory(2612);
  const ph = phoneFactory(2613);
  // ---- park enterprises
  const uscc = usccFactory(2614, '440605');
  const words = ['樵山', '九江双蒸', '丹灶', '狮山', '大沥', '里水', '平洲玉器', '官窑', '西樵纺织', '南国桃园', '千灯湖', '松岗', '罗村', '黄岐', '盐步', '桂城', '和顺', '金沙', '仙岗', '儒林'];
  const types = ['平台型', '销售型（网店）', '电商运营服务商', '物流仓储', '销售型（网店）', '直播电商', '电商运营服务商', '销售型（网店）'];
  const ents = [];
  for (let i = 0; i < 17; i++) ents.push({ name: `佛山市南海区${words[i]}电子商务有限公司`, code: uscc(), type: types[i % types.length], entered: randDate(r, '2020-03-01', '2021-07-20'), status: '在园', left: N });
  const rc = uscc();
  ents.push({ name: '佛山市南海区樵韵网络科技有限公司', code: rc, type: '电商运营服务商', entered: '2020-07-06', status: '已更名', left: N, note: '2021年4月更名为“佛山樵韵数字科技有限公司”' });
  ents.push({ name: '佛山樵韵数字科技有限公司', code: rc, type: '电商运营服务商', entered: '2021-04-12', status: '在园', left: N, note: '原南海区樵韵网络科技有限公司' });
  ents.push({ name: `佛山市南海区${words[17]}供应链管理有限公司`, code: uscc(), type: '物流仓储', entered: '2020-06-15', status: '已退园', left: '2021-03-31' });
  ents.push({ name: `佛山市南海区${words[18]}农产品有限公司`, code: uscc(), type: '销售型（网店）', entered: '2020-08-20', status: '已退园', left: '2021-06-30', leftText: '2021.6.30' });
  ents.push({ name: `佛山市南海区${words[19]}直播文化传媒有限公司`, code: uscc(), type: '直播电商', entered: '2021-09-08', status: '在园', left: N, note: '9月新入驻' });
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  const parkCount = new Set(inPark.map(e => e.code)).size;
  assert.strictEqual(ents.length, 22);
  assert.strictEqual(inPark.length, 19);
  assert.strictEqual(parkCount, 18);
  const normType = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
  const nTypes = new Set(inPark.map(e => normType(e.type))).size;
  assert(nTypes >= 3);
  C1.m.park = { rows: ents.length, inPark: parkCount, types: nTypes };
  const eRows = [['南海区电子商务产业园（西樵）入驻企业清单'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '状态', '退园时间', '备注']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, i % 4 === 1 ? dotted(e.entered) : { date: e.entered }, e.status, e.left ? (e.leftText || { date: e.left }) : N, e.note || N]));
  eRows.push(['注：状态以2021年9月底核查为准。']);
  C1.sheets.push({ key: 'ents', name: '产业园入驻企业', rows: grid(eRows, 8), merges: ['A1:H1', `A${eRows.length}:H${eRows.length}`] });

  // ---- training sessions, split by year. Each: [dateCell, isoEnd, topic, audience, place, ptCell, pt, poorPt]
  const t20 = [
    ['2019.11.28', '2019-11-28', '农村电商政策宣讲', '镇村干部', '区行政服务中心', 186, 186, 0],
    [{ date: '2019-12-19' }, '2019-12-19', '网店开设基础', '农户、合作社', '西樵镇', 142, 142, 6],
    ['2020.5.14', '2020-05-14', '农产品摄影与美工', '电商从业者', '区电商公共服务中心（筹）', 118, 118, 0],
    ['2020年6月18-19日', '2020-06-19', '短视频与直播带货（两天）', '农村青年', '九江镇', '260人次', 260, 12],
    [{ date: '2020-07-09' }, '2020-07-09', '农村电商基础知识', '农户', '丹灶镇', 205, 205, 8],
    ['2020.7.30', '2020-07-30', '跨境电商入门', '企业', '大沥镇', 96, 96, 0],
    [{ date: '2020-08-20' }, '2020-08-20', '农产品品牌与包装', '合作社', '里水镇', 134, 134, 4],
    ['2020.9.17', '2020-09-17', '直播带货实操', '农村青年', '狮山镇', 312, 312, 10],
    [{ date: '2020-10-15' }, '2020-10-15', '网店运营提升', '电商从业者', '西樵镇', 158, 158, 0],
    ['2020年10月29日', '2020-10-29', '农村电商基础知识（线上）', '农户', '线上直播', 420, 420, 15],
    [{ date: '2020-11-12' }, '2020-11-12', '电商创业辅导', '返乡青年', '九江镇', 88, 88, 3],
    ['2020.11.26', '2020-11-26', '社区团购与微商', '村民', '里水镇', 176, 176, 5],
    [{ date: '2020-12-10' }, '2020-12-10', '冷链与农产品上行', '合作社、企业', '丹灶镇', 102, 102, 0],
    ['2020.12.24', '2020-12-24', '直播带货实操', '农村青年', '大沥镇', '230人次', 230, 7],
  ];
  const t21 = [
    [{ date: '2021-01-14' }, '2021-01-14', '年货节网络促销', '商户', '西樵镇', 165, 165, 4],
    ['2021.3.11', '2021-03-11', '短视频运营', '农村青年', '狮山镇', 198, 198, 6],
    [{ date: '2021-03-25' }, '2021-03-25', '农村电商基础知识（线上）', '农户', '线上直播', 386, 386, 12],
    ['2021年4月8日', '2021-04-08', '网店美工', '电商从业者', '区电商公共服务中心', 112, 112, 0],
    [{ date: '2021-04-29' }, '2021-04-29', '电商创业辅导', '返乡青年', '里水镇', 94, 94, 2],
    ['2021.5.20', '2021-05-20', '直播带货实操', '农村青年', '九江镇', 246, 246, 9],
    [{ date: '2021-06-10' }, '2021-06-10', '农产品品牌营销', '合作社', '丹灶镇', 128, 128, 3],
    ['2021.6.24', '2021-06-24', '跨境电商提升', '企业', '大沥镇', 84, 84, 0],
    [{ date: '2021-07-15' }, '2021-07-15', '社区团购与私域运营', '村民', '狮山镇', 152, 152, 4],
    ['2021年7月29日', '2021-07-29', '农村电商基础知识', '农户', '西樵镇', 136, 136, 6],
    [{ date: '2021-08-12' }, '2021-08-12', '直播带货进阶', '农村青年', '区电商公共服务中心', 174, 174, 5],
    ['2021.8.26', '2021-08-26', '电商政策及示范创建宣讲', '镇村干部', '区行政服务中心', 140, 140, 0],
    [{ date: '2021-09-16' }, '2021-09-16', '双十一备战直播培训', '电商从业者', '区电商公共服务中心', 520, 520, 0],
  ];
  function sessionSheet(list, title, startNo, extraNote) {
    const rows = [[title], ['期次', '培训日期', '培训主题', '培训对象', '培训地点', '参训人次', '其中贫困人口（人次）', '备注']];
    if (extraNote) rows.splice(1, 0, [extraNote]);
    list.forEach((s, i) => rows.push([`第${startNo + i}期`, s[0], s[2], s[3], s[4], s[5], s[7], s[1] > CUTOFF ? '考评截止后' : N]));
    rows.push(['本年合计', N, N, N, N, sum(list.map(s => s[6])), sum(list.map(s => s[7])), N]);
    return rows;
  }
  const note = '说明：本表按期次登记人次；贫困户专场培训另见《贫困户专场签到》，不在本表重复统计。';
  const tr20 = sessionSheet(t20, '南海区电子商务培训台账（2019年11月—2020年12月）', 1, note);
  const tr21 = sessionSheet(t21, '南海区电子商务培训台账（2021年）', t20.length + 1, note);
  C1.sheets.push({ key: 'tr20', name: '培训台账（2020年）', rows: grid(tr20, 8), merges: ['A1:H1', 'A2:H2'] });
  C1.sheets.push({ key: 'tr21', name: '培训台账（2021年）', rows: grid(tr21, 8), merges: ['A1:H1', 'A2:H2'] });
  C1.m.sess20 = sum(t20.map(s => s[6]));
  C1.m.sess21pre = sum(t21.filter(s => s[1] <= CUTOFF).map(s => s[6]));
  C1.m.sess21post = sum(t21.filter(s => s[1] > CUTOFF).map(s => s[6]));
  C1.m.nSess = t20.length + t21.length;
  C1.m.nSessPre = t20.length + t21.filter(s => s[1] <= CUTOFF).length;

  // ---- poor persons (建档立卡相对贫困人口): 60 eligible, 20 migrant, 16 without labour capacity
  const newId = makeIdFactory(2615);
  const REG = '440605';
  const towns = C1.m.towns;
  const statuses = shuffle(r, [...Array(60).fill('E'), ...Array(20).fill('M'), ...Array(16).fill('N')]);
  const persons = [];
  let hhLeft = 0, head = null, rel = 0, tv = null;
  let xWanted = 2;
  for (const s of statuses) {
    if (hhLeft === 0) { hhLeft = 1 + Math.floor(r() * 4); head = nm(); rel = 0; const t = towns[1 + Math.floor(r() * 6)]; tv = { town: t[0], v: t[1][Math.floor(r() * t[1].length)] + '村' }; }
    const wantX = s === 'E' && xWanted > 0 && persons.filter(p => p.s === 'E').length % 9 === 4 ? true : false;
    const id = newId(REG, wantX);
    if (id.endsWith('X')) xWanted--;
    const name = rel === 0 ? head : nm();
    persons.push({ s, id, name, head, rel: rel === 0 ? '户主' : '家庭成员', town: tv.town, v: tv.v });
    rel++; hhLeft--;
  }
  const E = persons.filter(p => p.s === 'E'), M = persons.filter(p => p.s === 'M'), NL = persons.filter(p => p.s === 'N');
  assert.deepStrictEqual([E.length, M.length, NL.length], [60, 20, 16]);
  const xE = E.filter(p => p.id.endsWith('X'));
  assert(xE.length >= 1, 'need an eligible person whose ID ends in X');
  const pRows = [['南海区建档立卡相对贫困人口名单（区乡村振兴局提供）'], ['序号', '镇（街道）', '村', '户主姓名', '姓名', '与户主关系', '身份证号', '劳动能力', '是否外出务工']];
  persons.forEach((p, i) => pRows.push([i + 1, p.town, p.v, p.head, p.name, p.rel, p.id, p.s === 'N' ? '无劳动能力' : '有劳动能力', p.s === 'M' ? '是' : (p.s === 'N' ? N : '否')]));
  pRows.push(['注：名单为2020年底动态调整后数据；无劳动能力人员不填务工情况。']);
  C1.sheets.push({ key: 'poor', name: '相对贫困人口名单', rows: grid(pRows, 9), merges: ['A1:I1', `A${pRows.length}:I${pRows.length}`] });

  // ---- poor-household sign-in (three special sessions, one after the cut-off)
  const xPerson = xE[0];
  const Eo = E.filter(p => p !== xPerson);
  const s1E = [xPerson, ...Eo.slice(0, 23)];               // 24 eligible
  const s2New = Eo.slice(23, 42);                             // 19 new eligible
  const spaced = s2New[4];
  const masked = Eo[42];                                      // eligible, only a masked ID in session 2
  const s3New = Eo.slice(43, 48);                             // 5 new eligible, September only
  const outsiders = () => ({ name: nm(), id: newId(REG, false), v: '—' });
  const S1 = [...s1E.map(p => ({ p })), { p: M[0] }, { p: M[1] }, { p: NL[0] }];
  const S2 = [...s2New.map(p => ({ p })), ...s1E.slice(2, 8).map(p => ({ p })), { p: masked, masked: true }, { p: outsiders(), fam: true }, { p: outsiders(), fam: true }];
  const S3 = [...s3New.map(p => ({ p })), ...s2New.slice(0, 10).map(p => ({ p }))];
  shuffle(r, S1); shuffle(r, S2); shuffle(r, S3);
  assert.deepStrictEqual([S1.length, S2.length, S3.length], [27, 28, 15]);
  const sessions = [['2021.4.15', '2021-04-15', S1], [{ date: '2021-07-08' }, '2021-07-08', S2], ['2021.9.9', '2021-09-09', S3]];
  const gRows = [['南海区建档立卡贫困户电商专场培训签到表'], ['序号', '培训日期', '姓名', '身份证号', '所在村', '联系电话', '签名']];
  const signins = [];
  let q = 0;
  for (const [dc, iso, list] of sessions) {
    for (const x of list) {
      let written = x.p.id;
      if (x.p === xPerson) written = x.p.id.slice(0, 17) + 'x';
      if (x.p === spaced) written = `${x.p.id.slice(0, 6)} ${x.p.id.slice(6, 14)} ${x.p.id.slice(14)}`;
      if (x.masked) written = x.p.id.slice(0, 6) + '********' + x.p.id.slice(14);
      gRows.push([++q, dc, x.p.name, written, x.p.v, ph(), '已签']);
      signins.push({ iso, written, id: x.masked ? null : x.p.id });
    }
  }
  gRows.push(['记录人：区电商公共服务中心　　注：2021年9月9日专场为考评截止后补训。']);
  C1.sheets.push({ key: 'sign', name: '贫困户专场签到', rows: grid(gRows, 7), merges: ['A1:G1', `A${gRows.length}:G${gRows.length}`] });
  const eligibleIds = new Set(E.map(p => p.id));
  const norm = (w) => w.replace(/\s+/g, '').toUpperCase();
  const trained = new Set(signins.filter(s => s.iso <= CUTOFF && !s.written.includes('*')).map(s => norm(s.written)).filter(id => eligibleIds.has(id)));
  assert.strictEqual(trained.size, 43);
  const naive = new Set(signins.filter(s => s.iso <= CUTOFF).map(s => s.written).filter(id => eligibleIds.has(id)));
  assert.strictEqual(naive.size, 41); // without upper-casing x and removing spaces
  const withSept = new Set(signins.filter(s => !s.written.includes('*')).map(s => norm(s.written)).filter(id => eligibleIds.has(id)));
  assert.strictEqual(withSept.size, 48);
  C1.m.poor = { eligible: E.length, migrant: M.length, noLabour: NL.length, total: persons.length, trained: trained.size, trainedWithSept: withSept.size, naive: naive.size };
  C1.m.signPre = signins.filter(s => s.iso <= CUTOFF).length;
  C1.m.signPost = signins.filter(s => s.iso > CUTOFF).length;
  assert.deepStrictEqual([C1.m.signPre, C1.m.signPost], [55, 15]);
})();

(function c1FundsInfo() {
  // ---- funds, split by year. [dateCell, iso, project, payee, amountCell, amount, voucher]
  const f20 = [
    [{ date: '2020-07-15' }, '2020-07-15', '区电商公共服务中心装修改造（首期）', '佛山市南海区筑美装饰工程有限公司', 300000, 300000, '记-2020-07-031'],
    ['2020.8.28', '2020-08-28', '村级电商服务站点建设（首期）', '广东南粤邮政电商服务有限公司佛山分公司', 276000, 276000, '记-2020-08-044'],
    [{ date: '2020-10-20' }, '2020-10-20', '电商人才培训（首期）', '佛山市南海区职业技术培训中心', '150,000.00', 150000, '记-2020-10-027'],
    ['2020.11.18', '2020-11-18', '物流配送体系建设（首期）', '佛山市南海区顺捷物流有限公司', 255000, 255000, '记-2020-11-015'],
    [{ date: '2020-12-10' }, '2020-12-10', '农产品品牌培育（首期）', '佛山市樵山文化传播有限公司', 180000, 180000, '记-2020-12-019'],
    ['2020.12.29', '2020-12-29', '区电商公共服务中心运营（首期）', '佛山市南海区樵韵网络科技有限公司', '359,000.00', 359000, '记-2020-12-058'],
  ];
  const f21 = [
    [{ date: '2021-01-21' }, '2021-01-21', '村级电商服务站点建设（二期）', '广东南粤邮政电商服务有限公司佛山分公司', 368000, 368000, '记-2021-01-022'],
    ['2021.3.16', '2021-03-16', '区电商公共服务中心装修改造（尾款）', '佛山市南海区筑美装饰工程有限公司', 200000, 200000, '记-2021-03-037'],
    [{ date: '2021-04-13' }, '2021-04-13', '电商人才培训（二期）', '佛山市南海区职业技术培训中心', 225000, 225000, '记-2021-04-011'],
    ['2021.5.11', '2021-05-11', '物流配送体系建设（二期）', '佛山市南海区顺捷物流有限公司', '340,000.00', 340000, '记-2021-05-026'],
    [{ date: '2021-06-08' }, '2021-06-08', '农产品质量追溯系统', '佛山市南海区溯源信息技术有限公司', 286600, 286600, '记-2021-06-014'],
    ['2021.6.29', '2021-06-29', '区电商公共服务中心运营（二期）', '佛山樵韵数字科技有限公司', 359000, 359000, '记-2021-06-049'],
    [{ date: '2021-07-20' }, '2021-07-20', '农产品品牌培育（二期）', '佛山市樵山文化传播有限公司', 240000, 240000, '记-2021-07-018'],
    ['2021.8.24', '2021-08-24', '信息公开及宣传推广', '南海广播电视台', 120000, 120000, '记-2021-08-035'],
    [{ date: '2021-08-30' }, '2021-08-30', '村级电商服务站点建设（三期）', '广东南粤邮政电商服务有限公司佛山分公司', '180,000', 180000, '记-2021-08-051'],
    ['2021.9.17', '2021-09-17', '电商人才培训（尾款）', '佛山市南海区职业技术培训中心', 420000, 420000, '记-2021-09-020'],
  ];
  function fundSheet(list, title, year, cumulative) {
    const rows = [[title], ['资金性质：省级电子商务进农村综合示范专项资金', N, N, N, N, N, '单位：元'], ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号', '备注']];
    list.forEach((f, i) => rows.push([i + 1, f[0], f[2], f[3], f[4], f[6], f[1] > CUTOFF ? '考评截止后拨付' : N]));
    const tot = sum(list.map(f => f[5]));
    rows.push([`${year}年合计`, N, N, N, tot, N, N]);
    if (cumulative !== undefined) rows.push(['累计拨付（含2020年）', N, N, N, cumulative, N, N]);
    return { rows, tot };
  }
  const a = fundSheet(f20, '南海区省级电子商务进农村综合示范专项资金拨付台账（2020年）', 2020);
  const s20 = a.tot;
  const b = fundSheet(f21, '南海区省级电子商务进农村综合示范专项资金拨付台账（2021年）', 2021, s20 + sum(f21.map(f => f[5])));
  const mr = (rows) => ['A1:G1', 'A2:F2', `A${rows.length - (rows[rows.length - 1][0].startsWith('累计') ? 1 : 0)}:D${rows.length - (rows[rows.length - 1][0].startsWith('累计') ? 1 : 0)}`];
  C1.sheets.push({ key: 'f20', name: '资金拨付（2020年）', rows: grid(a.rows, 7), merges: mr(a.rows) });
  const bm = mr(b.rows); bm.push(`A${b.rows.length}:D${b.rows.length}`);
  C1.sheets.push({ key: 'f21', name: '资金拨付（2021年）', rows: grid(b.rows, 7), merges: bm });
  C1.m.fund20 = s20;
  C1.m.fund21pre = sum(f21.filter(f => f[1] <= CUTOFF).map(f => f[5]));
  C1.m.fund21post = sum(f21.filter(f => f[1] > CUTOFF).map(f => f[5]));
  C1.m.fundPre = C1.m.fund20 + C1.m.fund21pre;
  C1.m.fundAll = C1.m.fundPre + C1.m.fund21post;

  // ---- monthly reports, split by year. [月份, dateCell, iso, poverty]
  const r20 = [['2020年9月', '2020.9.7', '2020-09-07', '否'], ['2020年10月', { date: '2020-10-12' }, '2020-10-12', '否'], ['2020年11月', '2020.11.6', '2020-11-06', '是'], ['2020年12月', { date: '2020-12-07' }, '2020-12-07', '是']];
  const r21 = [['2021年1月', '2021.1.8', '2021-01-08', '是'], ['2021年2月', { date: '2021-02-05' }, '2021-02-05', '是'], ['2021年3月', '2021.3.8', '2021-03-08', '是'], ['2021年4月', { date: '2021-04-07' }, '2021-04-07', '是'],
    ['2021年5月', '2021.5.10', '2021-05-10', '是'], ['2021年6月', { date: '2021-06-07' }, '2021-06-07', '是'], ['2021年7月', '2021.7.6', '2021-07-06', '是'], ['2021年8月', { date: '2021-08-06' }, '2021-08-06', '是']];
  function repSheet(list, title) {
    const rows = [[title], ['序号', '报送月份', '报送日期', '报送内容', '含电商扶贫数据', '报送方式']];
    list.forEach((x, i) => rows.push([i + 1, x[0], x[1], '示范创建工作进展及电商统计数据', x[3], '粤政易发送佛山市商务局']));
    return rows;
  }
  const rp20 = repSheet(r20, '南海区电子商务进农村工作月报报送登记（2020年）');
  const rp21 = repSheet(r21, '南海区电子商务进农村工作月报报送登记（2021年）');
  C1.sheets.push({ key: 'rp20', name: '月报报送（2020年）', rows: grid(rp20, 6), merges: ['A1:F1'] });
  C1.sheets.push({ key: 'rp21', name: '月报报送（2021年）', rows: grid(rp21, 6), merges: ['A1:F1'] });
  const repDates = [...r20, ...r21].map(x => x[2]);
  C1.m.reporting = regularity(repDates);
  assert.strictEqual(C1.m.reporting, 'full');
  assert.strictEqual(regularity(r21.map(x => x[2])), 'partial');
  C1.m.repPoverty = [...r20, ...r21].some(x => x[3] === '是');

  // ---- disclosure column updates (January 2021 has none; the "1月进度" post is dated 2021-02-03)
  const dl = [
    ['2020-09-25', '2020-09-25', '创建方案', '佛山市南海区电子商务进农村综合示范工作方案'],
    [{ date: '2020-09-25' }, '2020-09-25', '项目信息', '南海区电子商务进农村综合示范项目基本信息公示'],
    ['2020-10-28', '2020-10-28', '建设进度', '2020年10月项目建设进度'],
    [{ date: '2020-11-26' }, '2020-11-26', '建设进度', '2020年11月项目建设进度'],
    ['2020-12-29', '2020-12-29', '建设进度', '2020年12月项目建设进度'],
    [{ date: '2021-02-03' }, '2021-02-03', '建设进度', '2021年1月项目建设进度'],
    ['2021-02-26', '2021-02-26', '建设进度', '2021年2月项目建设进度'],
    [{ date: '2021-03-30' }, '2021-03-30', '建设进度', '2021年3月项目建设进度'],
    ['2021-04-28', '2021-04-28', '建设进度', '2021年4月项目建设进度'],
    [{ date: '2021-05-27' }, '2021-05-27', '监督举报', '南海区电子商务进农村综合示范监督举报电话及邮箱'],
    ['2021-05-31', '2021-05-31', '建设进度', '2021年5月项目建设进度'],
    [{ date: '2021-06-29' }, '2021-06-29', '建设进度', '2021年6月项目建设进度'],
    ['2021-07-30', '2021-07-30', '建设进度', '2021年7月项目建设进度'],
    [{ date: '2021-08-30' }, '2021-08-30', '建设进度', '2021年8月项目建设进度'],
  ];
  const dRows = [['南海区人民政府网站“电子商务进农村综合示范”专栏更新记录'], ['序号', '发布日期', '栏目', '标题', '网址']];
  dl.forEach((d, i) => dRows.push([i + 1, d[0], d[2], d[3], `http://www.nanhai.gov.cn/fsnhq/zwgk/dzsw/content/post_${4568210 + i * 137}.html`]));
  C1.sheets.push({ key: 'disc', name: '专栏更新记录', rows: grid(dRows, 5), merges: ['A1:E1'] });
  C1.m.disclosure = regularity(dl.map(d => d[1]));
  assert.strictEqual(C1.m.disclosure, 'partial');
  assert(!dl.some(d => monthOf(d[1]) === '2021-01'));

  // ---- media
  const md = [
    [{ date: '2020-11-12' }, '2020-11-12', '南海电视台《南海新闻》', '区级', '电视', '西樵镇村级电商服务站帮村民卖农产品', '否'],
    ['2021.1.20', '2021-01-20', '“南海发布”微信公众号', '区级', '网络', '南海年货节线上促销启动', '否'],
    [{ date: '2021-04-16' }, '2021-04-16', '南方日报', '省级', '报纸', '南海：电商进村，直播带货助农增收', '否'],
    ['2021.6.3', '2021-06-03', '南方+客户端', '省级', '网络', '九江双蒸搭上直播快车', '否'],
    [{ date: '2021-09-06' }, '2021-09-06', '佛山日报', '市级', '报纸', '南海电商进农村示范创建见实效', '否'],
    ['2021.9.22', '2021-09-22', '佛山电视台', '市级', '电视', '电商帮扶：对口帮扶地区农产品进南海', '是'],
  ];
  const mRows = [['南海区电子商务进农村宣传报道统计表'], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  md.forEach((x, i) => mRows.push([i + 1, x[0], x[2], x[3], x[4], x[5], x[6]]));
  C1.sheets.push({ key: 'media', name: '宣传报道', rows: grid(mRows, 7), merges: ['A1:G1'] });
  const lv = new Set(md.filter(x => x[1] <= CUTOFF).map(x => x[3]));
  C1.m.mediaLevels = [...lv];
  C1.m.mediaPts = (lv.has('省级') ? 4 : 0) + (lv.has('市级') ? 3 : 0) + (lv.has('区级') ? 1 : 0);
  assert.strictEqual(C1.m.mediaPts, 5);

  // ---- materials
  const mat = [['2021年5月20日', '2021-05-20', '南海区电子商务进农村综合示范工作经验材料', '佛山市商务局'], ['2021年9月10日', '2021-09-10', '南海区“电商+村居”助农增收典型案例', '佛山市商务局']];
  const matRows = [['南海区经验材料报送登记'], ['序号', '报送日期', '材料名称', '报送单位', '报送方式']];
  mat.forEach((x, i) => matRows.push([i + 1, x[0], x[2], x[3], '粤政易']));
  C1.sheets.push({ key: 'mat', name: '经验材料', rows: grid(matRows, 5), merges: ['A1:E1'] });
  C1.m.casesPre = mat.filter(x => x[1] <= CUTOFF).length;
})();

(function c1FactsAndWrite() {
  const m = C1.m;
  const POP = 3667000;
  // ---- 基本数据: 指标|数值|单位|数据时点|数据来源|备注 — the retail rows repeat the same label and
  // differ only in 数据时点
  const B = [
    ['佛山市南海区电子商务进农村综合示范县基本数据'],
    ['填报单位：南海区经济促进局（商务）', N, N, N, '填报时间：2021年9月8日', N, N],
    ['序号', '指标', '数值', '单位', '数据时点', '数据来源', '备注'],
    ['一、基本情况'],
    [1, '常住人口', 366.7, '万人', '2020年11月1日', '第七次全国人口普查', N],
    [2, '户籍人口', 318.2, '万人', '2020年末', '区公安分局', '仅供参考'],
    [3, '行政村（村委会）', 108, '个', '2021年8月', '区民政局', '不含村改居社区'],
    [4, '社区居委会', 23, '个', '2021年8月', '区民政局', '含村改居社区7个'],
    [5, '省定贫困村', 0, '个', '—', '区乡村振兴局', '我区不属省定贫困村分布区域'],
    [6, '考评截止日期', '2021年8月31日', '—', '—', '—', N],
    ['二、组织领导'],
    [7, '领导小组组长', '区委常委、常务副区长', '—', '2020年6月调整', '南府办函〔2020〕41号', N],
    [8, '领导小组成员单位', '区经济促进局（商务）、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、邮政南海分公司', '—', '2020年6月', N, N],
    [9, '示范工作方案', '已印发', '—', '2020年5月', '南府办函〔2020〕56号', N],
    [10, '支持农村电商发展政策', '已出台', '—', '2020年8月', '《南海区促进农村电子商务发展扶持办法》', N],
    ['三、服务体系'],
    [11, '区电商公共服务中心投入运营', '2021.2.26', '—', '—', N, '设在西樵镇'],
    [12, '免费培训场所及培训设备', '有', '—', N, N, N],
    [13, '特色农产品免费展示、销售', '有', '—', N, N, N],
    [14, '免费摄影、美工服务', '有', '—', N, N, N],
    [15, '农产品统一推广、品牌建设指导', '有', '—', N, N, N],
    [16, '其他衍生增值服务', '无', '—', N, N, N],
    [17, '电商产业园', '已建', '—', '2020年3月', N, '南海区电子商务产业园（西樵）'],
    [18, '专业第三方运营服务商', '有', '—', N, N, '佛山樵韵数字科技有限公司'],
    [19, '行政村物流快递覆盖率', 100, '%', '2021年8月', '区邮政管理局', N],
    ['四、网络零售'],
    [20, '农村网络零售额', 235.6, '亿元', '2019年度', '省商务厅反馈', N],
    [21, '农村网络零售额', 271.3, '亿元', '2020年度', '省商务厅反馈', N],
    [22, '农村网络零售额', 189.4, '亿元', '2021年1-8月', '区统计', '快报数'],
    [23, '农产品网络零售额', 9.46, '亿元', '2019年度', '省商务厅反馈', N],
    [24, '农产品网络零售额', 12.58, '亿元', '2020年度', '省商务厅反馈', N],
    [25, '农产品网络零售额', 8.97, '亿元', '2021年1-8月', '区统计', '快报数'],
    ['五、人才培训'],
    [26, '电商培训人次', '5,232', '人次', '2019.11-2021.9', '培训台账', '含贫困户专场'],
    [27, '有劳动能力的建档立卡贫困人口（不含外出务工）', 60, '人', '2020年底', '区乡村振兴局', N],
    [28, '参加培训的建档立卡贫困人口', 48, '人', '2021.9', '签到表', N],
    ['六、信息公开与报送'],
    [29, '专栏公示创建方案', '已公示', '—', N, N, N],
    [30, '专栏公示项目基本信息', '已公示', '—', N, N, N],
    [31, '专栏公示项目建设进度', '已公示', '—', N, N, '每月更新'],
    [32, '专栏设立监督举报窗口', '已设立', '—', '2021年5月', N, N],
    [33, '电商扶贫情况统计', '按月统计', '—', N, N, '随月报报送'],
    ['七、资金'],
    [34, '省级专项资金下达', 500, '万元', '2019年12月', '粤财工〔2019〕×号', N],
    [35, '累计拨付', 425.86, '万元', '2021年9月30日', '资金拨付台账', N],
    [36, '资金管理制度', '已制定', '—', N, N, N],
    [37, '资金专用台账', '已建立', '—', N, N, N],
    [38, '项目总体进度', 88, '%', '2021年8月31日', N, N],
    ['八、一票否决'],
    [39, '安全生产、质量事故或重大损失', '无', '—', N, N, N],
    [40, '弄虚作假', '无', '—', N, N, N],
  ];
  const bMerges = ['A1:G1', 'A2:D2', 'E2:G2'];
  B.forEach((r, i) => { if (typeof r[0] === 'string' && /^[一二三四五六七八]、/.test(r[0])) bMerges.push(`A${i + 1}:G${i + 1}`); });
  assert.strictEqual(m.fundAll, 4258600);
  assert.strictEqual(m.sess20 + m.sess21pre + m.signPre + m.sess21post + m.signPost, 5232);

  // ---- 自评得分 (transposed official table)
  const ind = [
    ['org.leadership', '组织领导', 2, 2], ['org.plan', '方案制定', 2, 2], ['org.policy', '政策支持', 2, 2], ['org.management', '项目管理', 4, 3],
    ['work.center', '服务体系建设（县级中心与产业园）', 15, 15], ['work.coverage', '服务体系建设（村级站点覆盖）', 10, 10], ['work.upward', '农村产品上行', 10, 9], ['work.training', '电商人才培训', 20, 20],
    ['info.disclosure', '信息公开', 4, 4], ['info.reporting', '数据上报', 6, 6],
    ['promo.cases', '案例总结', 2, 2], ['promo.media', '经验推广', 8, 8],
    ['fund.system', '制度建立', 5, 4], ['fund.ledger', '资金台账', 5, 4], ['fund.spending', '资金支出', 5, 3],
    ['bonus.poorTraining', '贫困人口培训率≥70%', 2, 2], ['bonus.tvCase', '电商扶贫典型案例电视播报', 2, 0],
  ];
  const notes = ['常务副区长任组长', '方案已印发', '政策已出台', '制度2、台账1', '中心、产业园均已建成', '站点覆盖全部村', '调研2、促销2、第三方1、快递1、标准1、增速2', '5,232人次', '专栏内容齐全', '每月报送', '已报送', '省、市、区级均有报道', '已制定', '已建立', '拨付85.2%', '贫困人口培训率80%', '暂无'];
  const claimed = {};
  for (const [id, , , p] of ind) claimed[id] = p;
  const claimTotal = sum(ind.map(x => x[3]));
  const S = [
    ['南海区电子商务进农村综合示范创建考评自评得分表（横表）'],
    ['工作任务', '加强组织领导与统筹协调（10分）', N, N, N, '深入推动电子商务进农村工作（55分）', N, N, N, '加强信息公开及报送（10分）', N, '加强宣传推广（10分）', N, '加强财政资金管理（15分）', N, N, '加分项（4分）', N, '合计'],
    ['评价指标', ...ind.map(x => x[1]), N],
    ['权重', ...ind.map(x => x[2]), 104],
    ['自评得分', ...ind.map(x => x[3]), claimTotal],
    ['自评说明', ...notes, N],
    [N],
    ['主观评分项自评'],
    ['评分项', '方案制定', '政策支持', '项目管理制度', '工作台账', '网销调研及建议', '网络促销活动', '交易标准、冷链及溯源', '资金管理制度', '资金台账', '资金及时拨付'],
    ['分值范围', '1-2', '1-2', '1-2', '1-2', '1-2', '1-2', '1-2', '1-5', '1-5', '1-5'],
    ['自评分', 2, 2, 2, 1, 2, 2, 1, 4, 4, 3],
    [N],
    ['一票否决项：安全生产、质量事故或重大损失——无；弄虚作假——无；项目总体进度88%（不足40%的否决）。'],
    ['自评人：南海区经济促进局电商科　　2021年9月8日'],
  ];
  const sMerges = ['A1:S1', 'B2:E2', 'F2:I2', 'J2:K2', 'L2:M2', 'N2:P2', 'Q2:R2', 'S2:S3', 'A8:K8', 'A13:S13', 'A14:S14'];
  assert.strictEqual(S[2].length, 19);
  assert.strictEqual(claimTotal, 96);
  const judged = { 'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 1, 'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1, 'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 3 };
  assert.deepStrictEqual(S[10].slice(1), Object.values(judged));

  const cover = [['佛山市南海区2019年省级电子商务进农村综合示范县'], ['考评台账'], [N], ['目录'],
    ['一、基本数据　二、自评得分　三、村（居）委会名单　四、站点台账（2020年、2021年）　五、产业园入驻企业'],
    ['六、培训台账（2020年、2021年）及贫困户专场签到　七、相对贫困人口名单　八、资金拨付（2020年、2021年）'],
    ['九、月报报送（2020年、2021年）　十、专栏更新记录　十一、宣传报道　十二、经验材料'], [N], ['佛山市南海区经济促进局　2021年9月']];

  // ---------------- scoring, by hand from the rules, with the counts computed above
  const pts = {};
  pts['org.leadership'] = 1; // 常务副区长 -> 分管领导
  pts['org.plan'] = judged['org.plan'];
  pts['org.policy'] = judged['org.policy'];
  pts['org.management'] = judged['org.management.system'] + judged['org.management.ledger'];
  const opened = '2021-02-26';
  const center = [opened <= CUTOFF ? 2 : 0, opened <= '2021-02-28' ? 2 : 0, 2, 1, 1, 1, 0, 2, m.park.inPark >= 20 ? 2 : 0, m.park.types >= 3 ? 1 : 0];
  pts['work.center'] = sum(center);
  const base = Math.min(m.adminCount, 200);
  const covPts = m.covered * 100 >= base * 70 ? 5 : m.covered * 100 >= base * 50 ? 2 : 0;
  pts['work.coverage'] = covPts + 5; // 无省定贫困村 -> 5
  const g2020 = 12.58 / 9.46 - 1, r2020 = 271.3 / 235.6 - 1;
  assert(12.58 * 100 >= 9.46 * 130 && !(271.3 * 100 >= 235.6 * 130));
  pts['work.upward'] = judged['work.upward.research'] + judged['work.upward.promotion'] + 1 + 1 + judged['work.upward.standards'] + 2;
  const pt = m.sess20 + m.sess21pre + m.signPre;
  const tr1 = tierTraining(pt, POP), tr2 = tierPoor(m.poor.trained, m.poor.eligible);
  pts['work.training'] = tr1 + tr2;
  pts['info.disclosure'] = 2 + (m.disclosure === 'full' ? 2 : m.disclosure === 'partial' ? 1 : 0);
  pts['info.reporting'] = (m.reporting === 'full' ? 3 : m.reporting === 'partial' ? 1 : 0) + (m.repPoverty ? 3 : 0);
  pts['promo.cases'] = m.casesPre > 0 ? 2 : 0;
  pts['promo.media'] = m.mediaPts;
  pts['fund.system'] = judged['fund.system'];
  pts['fund.ledger'] = judged['fund.ledger'];
  const rate = m.fundPre / 5000000;
  pts['fund.spending'] = m.fundPre * 100 >= 5000000 * 70 ? judged['fund.spending'] : -5;
  pts['bonus.poorTraining'] = m.poor.trained * 100 >= m.poor.eligible * 70 ? 2 : 0;
  pts['bonus.tvCase'] = 0;
  pts['veto.incident'] = 0; pts['veto.progress'] = 0; pts['veto.fraud'] = 0;
  const scoredIds = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const base15 = sum(scoredIds.map(k => pts[k]));
  const bonus = Math.min(pts['bonus.poorTraining'] + pts['bonus.tvCase'], 4);
  const total = base15 + bonus;
  // the numbers this case is built around
  assert.deepStrictEqual([pts['work.center'], pts['work.coverage'], pts['work.upward'], pts['work.training'], pts['info.disclosure'], pts['info.reporting'], pts['promo.media'], pts['fund.spending']], [12, 7, 9, 18, 3, 6, 5, 3]);
  assert.deepStrictEqual([pt, tr1, tr2], [4697, 8, 10]);
  assert.strictEqual(tierTraining(pt + m.sess21post + m.signPost, POP), 10); // counting September would give 10
  assert.strictEqual(tierTraining(m.sess21pre + m.signPre, POP), 0); // reading the 2021 sheet alone
  assert.strictEqual(m.fundPre, 3838600);
  assert(m.fund21pre * 100 < 5000000 * 70); // the 2021 sheet alone is below 70%
  assert.deepStrictEqual([base15, bonus, total], [81, 2, 83]);
  const pct = (a, b, d) => (a / b * 100).toFixed(d === undefined ? 1 : d) + '%';

  const derivation = [
    'org.leadership: 基本数据“领导小组组长：区委常委、常务副区长”→ 副区长是分管领导（虽然成员单位有区经济促进局（商务）、财政局、农业农村局、乡村振兴局）→ 1（自评2分不采信）',
    `org.plan: 工作方案“已印发”（南府办函〔2020〕56号）；主观项自评“方案制定 2” → 2`,
    `org.policy: 扶持政策“已出台”；自评“政策支持 2” → 2`,
    `org.management: 自评 项目管理制度 2 + 工作台账 1 → 3`,
    `work.center: 中心“2021.2.26”投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训场所 有 2、展示销售 有 1、摄影美工 有 1、品牌推广 有 1、其他增值服务 无 0；产业园“已建” → 2；入驻企业清单${m.park.rows}行，截至8月31日在园 ${m.park.inPark} 家（两家2021-03-31、2021.6.30退园；一家2021-09-08才入驻；樵韵网络科技更名为樵韵数字科技，统一社会信用代码相同只算一家）< 20 → 0；类型 平台/销售/运营服务商/物流/直播 ≥ 3 → 1；合计 ${pts['work.center']}`,
    `work.coverage: 名单村委会${m.adminCount}个（23个社区居委会不计，其中7个村改居社区即使有站点也不算行政村）；站点台账分两张表（2020年47行、2021年新增${m.stationRows - 47}行，序号续编），截止日前有站点的行政村 ${m.covered} 个（2020年表46村 + 2021年表新增29村；2021年表里${m.again.join('、')}是同村第二个站点只算一次，其中一个写成“村民委员会”；夏东社区、叠南社区站点不计；${m.later.join('、')}两站2021年9月挂牌不计）→ ${m.covered}/${m.adminCount} = ${pct(m.covered, m.adminCount)}，在50%–70%之间 → 2；无省定贫困村（基本数据“省定贫困村 0个”，村（居）委会名单也没有贫困村栏）→ 5（并警告）；合计 ${pts['work.coverage']}`,
    `work.upward: 网销调研自评2 + 促销活动自评2 + 第三方运营服务商“有”1 + 名单“快递通达”列行政村全部“是” → 1 + 交易标准冷链溯源自评1 + 增速：农产品网络零售额 2020年度12.58亿 ÷ 2019年度9.46亿 = +${(g2020 * 100).toFixed(1)}% ≥ 30% → 2（农村网络零售额 +${(r2020 * 100).toFixed(1)}% 不够；“2021年1-8月”两行不是2020年）；合计 ${pts['work.upward']}`,
    `work.training: 培训人次 = 培训台账（2020年）14期 ${thousands(m.sess20)} + 培训台账（2021年）截止日前12期 ${thousands(m.sess21pre)} + 贫困户专场签到截止日前两期 ${m.signPre} 行 = ${thousands(pt)}（2021-09-16第27期${m.sess21post}人次、2021.9.9专场${m.signPost}行不计；基本数据“5,232人次”含这两项）÷ min(3,667,000, 500,000) = ${(pt / 5000).toFixed(3)}%，在0.8%–1%之间 → 8；贫困人口：名单${m.poor.total}人中有劳动能力且未外出务工 ${m.poor.eligible} 人（外出务工${m.poor.migrant}人、无劳动能力${m.poor.noLabour}人不计），截止日前专场签到按身份证号匹配 ${m.poor.trained} 人（一人末位小写x按X匹配、一人身份证号中间带空格；6人参加两期只算一次；一人身份证打码无法匹配；两名非名单人员不计）→ ${m.poor.trained}/${m.poor.eligible} = ${pct(m.poor.trained, m.poor.eligible)} ≥ 50% → 10；合计 ${pts['work.training']}`,
    `info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，2021年5月设立监督举报窗口 → 内容全面 2；更新记录近一年（2020-09…2021-08）缺2021年1月（“2021年1月项目建设进度”2021-02-03才发布）→ 不定时 1（基本数据备注“每月更新”以更新记录为准）；合计 ${pts['info.disclosure']}`,
    `info.reporting: 月报分两张表（2020年9–12月、2021年1–8月），合起来2020年9月至2021年8月每月都有报送 → 3；“含电商扶贫数据”有“是” → 3；合计 ${pts['info.reporting']}`,
    `promo.cases: 2021年5月20日向佛山市商务局报送经验材料 → 2（9月10日那份在截止日后）`,
    `promo.media: 截止日前有省级（南方日报、南方+）4 + 区级（南海电视台、南海发布）1；市级（佛山日报、佛山电视台）都在2021年9月，不计 → ${pts['promo.media']}`,
    `fund.system: 资金管理制度“已制定”；自评 4 → 4`,
    `fund.ledger: 资金专用台账“已建立”；自评 4 → 4`,
    `fund.spending: 拨付台账分两张表：2020年 ${thousands(m.fund20)} 元 + 2021年截止日前 ${thousands(m.fund21pre)} 元 = ${thousands(m.fundPre)} 元（2021-09-17的${thousands(m.fund21post)}元不计；“本年合计”“累计拨付（含2020年）”行不是拨付；基本数据“累计拨付425.86万元”截至9月30日）÷ 5,000,000 = ${(rate * 100).toFixed(1)}% ≥ 70% → 取自评“资金及时拨付 3” → 3（只读2021年表会是 ${(m.fund21pre / 50000).toFixed(1)}%，变成倒扣）`,
    `bonus.poorTraining: 贫困人口培训率 ${m.poor.trained}/${m.poor.eligible} = ${pct(m.poor.trained, m.poor.eligible)} ≥ 70% → 2（不把小写x和带空格的身份证号规范化会是 ${m.poor.naive}/60 = ${pct(m.poor.naive, 60)}，不够70%；自评说明的80%含9月专场）`,
    'bonus.tvCase: 截止日前没有电商扶贫典型案例的电视播报；唯一的“是”是佛山电视台（市级）2021年9月22日，既是市级又在截止日后 → 0',
    'veto.incident: “安全生产、质量事故或重大损失：无” → 不否决 → 0',
    'veto.progress: 项目总体进度88% ≥ 40% → 不否决 → 0',
    'veto.fraud: “弄虚作假：无” → 不否决 → 0',
    `合计: ${scoredIds.map(k => pts[k]).join('+')} = ${base15}，加分 min(2+0, 4) = 2 → ${total}；未否决（自评得分表合计96）`,
  ];
  assert.strictEqual(derivation.length, 21);

  const order = ['cover', 'basic', 'self', 'villages', 'st20', 'st21', 'ents', 'tr20', 'tr21', 'sign', 'poor', 'f20', 'f21', 'rp20', 'rp21', 'disc', 'media', 'mat'];
  const byKey = Object.fromEntries(C1.sheets.map(s => [s.key, s]));
  byKey.cover = { name: '封面', rows: grid(cover, 1), merges: [] };
  byKey.basic = { name: '基本数据', rows: grid(B, 7), merges: bMerges };
  byKey.self = { name: '自评得分', rows: grid(S, 19), merges: sMerges };
  const sheets = order.map(k => { const s = byKey[k]; assert(s, k); const o = { name: s.name, rows: s.rows }; if (s.merges && s.merges.length) o.merges = s.merges; return o; });
  const nRows = sum(sheets.map(s => s.rows.length));
  console.log('C1 rows', nRows, 'points', JSON.stringify(pts));
  write('counties', 'b26-c1-nanhai.json', {
    description: `佛山市南海区经济促进局（商务）的整本考评工作簿（18个表，共${nRows}行），中等偏上（83分，含加分2分，未否决）。事实表“基本数据”为 序号|指标|数值|单位|数据时点|数据来源|备注，网络零售额六行只有两个标签（“农村网络零售额”“农产品网络零售额”各三行），年份只写在“数据时点”列（2019年度/2020年度/2021年1-8月）；“自评得分”是横放的官方指标表（指标为列，权重、自评得分、自评说明为行，工作任务合并在上），下面另有主观评分项横表。多本台账分表：站点台账分“2020年”“2021年”两张（列顺序不同、序号续编）、培训台账分2020/2021两张（按期次记人次，贫困户专场另有签到表）、资金拨付分2020/2021两张（2021年表末有“累计（含2020年）”行）、月报分2020/2021两张。陷阱：常务副区长是分管领导；村改居社区（保留经联社）不是行政村；站点覆盖75/108=69.4%差一点到70%（9月挂牌两站或村改居社区站点算进去就会过线）；常住人口366.7万取50万基数，培训4,697人次（算进9月的班会过1%）；贫困户签到一人身份证末位小写x、一人中间带空格；产业园22行在园只有18家（更名企业同一代码、两家退园、一家9月入驻）；专栏缺2021年1月；只读一张资金表会低于70%；无省定贫困村。`,
    sheets,
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  });
})();
