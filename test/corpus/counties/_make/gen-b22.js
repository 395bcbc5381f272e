'use strict';
// Batch 22 generator: writes ../facts and ../counties relative to this file.
// Plain CommonJS, no dependencies, deterministic seeds. Run: node gen-b22.js
// Theme: facts / self-assessment sheets as different clerks really write them.
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
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i]; return CK[s % 11]; }
function validId(id) { return id.length === 18 && idCheck(id.slice(0, 17)) === id[17].toUpperCase(); }
function pad(n, w) { return String(n).padStart(w, '0'); }
function makeIdFactory(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (region, sex, wantX) {
    for (;;) {
      const y = 1960 + Math.floor(r() * 43);
      const m = 1 + Math.floor(r() * 12);
      const d = 1 + Math.floor(r() * 28);
      let seq = Math.floor(r() * 1000);
      if ((sex === 'M') !== (seq % 2 === 1)) seq = (seq + 1) % 1000;
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
const SURN = ['黄', '陈', '李', '张', '刘', '罗', '邓', '叶', '钟', '曾', '赖', '谢', '朱', '林', '何', '吴', '温', '杨', '彭', '廖', '巫', '骆', '邱', '古'];
const GIV = ['春', '秀', '明', '华', '英', '国', '志', '桂', '兰', '金', '海', '玉', '建', '红', '丽', '伟', '芳', '强', '军', '平', '德', '发', '梅', '燕', '文', '新', '荣', '清', '水', '福', '永', '勇', '凤', '娟', '亮', '群', '辉', '霞', '生', '贵'];
function nameFactory(seed) {
  const r = rng(seed);
  return function () {
    const s = SURN[Math.floor(r() * SURN.length)];
    const n = r() < 0.75 ? 2 : 1;
    let g = '';
    for (let i = 0; i < n; i++) g += GIV[Math.floor(r() * GIV.length)];
    return s + g;
  };
}
function phoneFactory(seed) {
  const r = rng(seed);
  const pre = ['139', '138', '137', '135', '134', '150', '151', '158', '188', '189', '133', '180'];
  return () => pre[Math.floor(r() * pre.length)] + pad(Math.floor(r() * 1e8), 8);
}
const VA = ['大', '小', '新', '石', '黄', '白', '龙', '凤', '东', '西', '南', '北', '上', '下', '中', '高', '长', '金', '马', '牛', '鹤', '竹', '桂', '梅', '松', '茶', '禾', '莲', '青', '古', '平', '和', '安', '富', '永'];
const VB = ['塘', '坪', '坑', '岭', '田', '湾', '洞', '排', '冲', '岗', '寨', '口', '陂', '源', '溪', '背', '角', '埔', '围', '垌', '社', '楼', '山', '江', '坝'];
function villageFactory(seed, exclude) {
  const r = rng(seed);
  const used = new Set(exclude || []);
  return function () {
    for (;;) {
      const n = VA[Math.floor(r() * VA.length)] + VB[Math.floor(r() * VB.length)] + '村';
      if (used.has(n)) continue;
      used.add(n);
      return n;
    }
  };
}
const USC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccFactory(seed, region) {
  const r = rng(seed);
  return function () {
    let body = (r() < 0.7 ? '91' : '92') + region;
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
  return new Date(a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
}
function tierTraining(pt, pop) { const base = Math.min(pop, 500000); if (pt * 1000 >= base * 10) return 10; if (pt * 1000 >= base * 8) return 8; if (pt * 1000 >= base * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }
function padRows(rows) {
  const w = Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.map(c => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
}
function colName(i) { let s = ''; i++; while (i) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }

// ---------- checks against the README tables ----------
const FACT_TYPES = {
  county: 'text', asOf: 'date', residentPopulation: 'number', adminVillagesStated: 'number', poorVillagesStated: 'number',
  planIssued: 'bool', policyIssued: 'bool', centerOpened: 'date', centerFreeTraining: 'bool', centerDisplay: 'bool',
  centerPhoto: 'bool', centerBrand: 'bool', centerOther: 'bool', parkBuilt: 'bool', thirdPartyOperator: 'bool',
  expressCoverage: 'bool', ruralRetail2019: 'number', ruralRetail2020: 'number', agriRetail2019: 'number', agriRetail2020: 'number',
  ruralRetailGrowthStated: 'percent', agriRetailGrowthStated: 'percent', trainingPersonTimesStated: 'number',
  eligiblePoorPersonsStated: 'number', trainedPoorPersonsStated: 'number', disclosurePlan: 'bool', disclosureProjects: 'bool',
  disclosureProgress: 'bool', disclosureWindow: 'bool', povertyStatisticsStated: 'bool', fundAllocated: 'number',
  fundSpentStated: 'number', fundSystemIssued: 'bool', fundLedgerKept: 'bool', overallProgress: 'percent',
  vetoIncident: 'bool', vetoFraud: 'bool',
};
const JUDGED_RANGE = {
  'org.plan': [1, 2], 'org.policy': [1, 2], 'org.management.system': [1, 2], 'org.management.ledger': [1, 2],
  'work.upward.research': [1, 2], 'work.upward.promotion': [1, 2], 'work.upward.standards': [1, 2],
  'fund.system': [1, 5], 'fund.ledger': [1, 5], 'fund.spending': [1, 5],
};
const SCORED = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward',
  'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
const MAXPTS = { 'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4, 'work.center': 15, 'work.coverage': 10,
  'work.upward': 10, 'work.training': 20, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
  'fund.system': 5, 'fund.ledger': 5, 'fund.spending': 5, 'bonus.poorTraining': 2, 'bonus.tvCase': 2 };
const ALL_IDS = [...SCORED, 'bonus.poorTraining', 'bonus.tvCase', 'veto.incident', 'veto.progress', 'veto.fraud'];
const DATE_RE = /^\d{4}-\d{2}(-\d{2})?$/;
function checkFactsExpect(e) {
  assert.deepStrictEqual(Object.keys(e).filter(k => !['facts', 'judged', 'leadership', 'claimed'].includes(k)), []);
  for (const [k, v] of Object.entries(e.facts)) {
    const t = FACT_TYPES[k];
    assert(t, 'unknown fact key ' + k);
    if (t === 'bool') assert.strictEqual(typeof v, 'boolean', k);
    else if (t === 'number') assert(typeof v === 'number' && Number.isFinite(v), k);
    else if (t === 'percent') assert(typeof v === 'number' && v >= 0 && v < 5, k);
    else if (t === 'date') assert(typeof v === 'string' && DATE_RE.test(v), k);
    else if (t === 'text') assert(typeof v === 'string' && v.trim() === v && v, k);
  }
  for (const [k, v] of Object.entries(e.judged)) {
    const rg = JUDGED_RANGE[k];
    assert(rg, 'unknown judged key ' + k);
    assert(typeof v === 'number' && v >= rg[0] && v <= rg[1], k);
  }
  if (e.leadership !== undefined) assert(['principal-all', 'principal', 'deputy', 'other'].includes(e.leadership));
  if (e.claimed) for (const [k, v] of Object.entries(e.claimed)) { assert(k in MAXPTS, 'claimed ' + k); assert(typeof v === 'number' && v >= 0 && v <= MAXPTS[k], k); }
}
function checkCountyExpect(x) {
  const e = x.expect;
  assert(DATE_RE.test(e.asOf));
  assert.deepStrictEqual(Object.keys(e.points).sort(), ALL_IDS.slice().sort());
  for (const k of SCORED) assert(e.points[k] <= MAXPTS[k] && (e.points[k] >= 0 || (k === 'fund.spending' && e.points[k] === -5)), k);
  const s = sum(SCORED.map(k => e.points[k]));
  const b = Math.min(e.points['bonus.poorTraining'] + e.points['bonus.tvCase'], 4);
  assert.strictEqual(e.bonus, b);
  const vetoed = ['veto.incident', 'veto.progress', 'veto.fraud'].some(k => e.points[k] !== 0);
  assert.strictEqual(e.vetoed, vetoed);
  assert.strictEqual(e.total, vetoed ? 0 : s + b);
  assert.strictEqual(x.derivation.length, ALL_IDS.length + 1);
  ALL_IDS.forEach((k, i) => assert(x.derivation[i].startsWith(k + ':'), k));
}
function write(sub, file, obj) {
  assert(typeof obj.description === 'string' && obj.description.length > 10);
  for (const s of obj.sheets) {
    assert(s.name.length <= 31 && !/[\\/?*\[\]:]/.test(s.name), s.name);
    for (const row of s.rows) for (const c of row) assert(c === null || ['string', 'number', 'boolean'].includes(typeof c) || (typeof c === 'object' && DATE_RE.test(c.date) && c.date.length === 10), JSON.stringify(c));
  }
  if (sub === 'facts') checkFactsExpect(obj.expect);
  if (sub === 'counties') checkCountyExpect(obj);
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, file);
  const text = JSON.stringify(obj, null, 1);
  JSON.parse(text);
  fs.writeFileSync(p, text + '\n');
  console.log('wrote', path.relative(ROOT, p), text.length, 'bytes');
}

// =====================================================================
// F1 武江区（韶关）— the official indicator table with 自评分 and a separate 市级复核 column;
// every fact is given only in the 备注 column, in the clerk's shorthand ("36.8w", "村58/贫村9").
// =====================================================================
(function f1() {
  const G1 = '加强组织领导与统筹协调（10分）', G2 = '深入推动电子商务进农村工作（55分）', G3 = '加强信息公开及报送（10分）';
  const G4 = '加强宣传推广（10分）', G5 = '加强财政资金管理（15分）';
  // [group, name, weight, criteria, self, city, note]
  const T = [
    [G1, '组织领导', 2, '主要领导牵头且商务、财政、农业、扶贫等部门参与2分；分管领导牵头1分', 2, 2, '区长任组长，商务/财政/农农/乡振等局为成员（韶武府办〔2019〕52号）'],
    [N, '方案制定', 2, '工作方案因地制宜，可操作性较强（1-2分）', 2, 2, '方案已印发（韶武府办〔2019〕61号）'],
    [N, '政策支持', 2, '出台相关政策且得到较好落实（1-2分）', 2, 1, '人才+场地补贴政策已出台，落实一般'],
    [N, '项目管理', 4, '项目管理制度（1-2分）；完整工作台账（1-2分）', 4, 3, '制度2+台账2'],
    [G2, '服务体系建设', 25, '县级中心10项（15分）：建成2、运行满6个月2、免费培训2、展示1、摄影美工1、品牌推广1、其他增值1、产业园2、入驻≥20家2、≥3类1', 12, 10, '中心2020.7.16开业；培训室√ 展示√ 摄影× 推广√ 其他√；园区整合√，入驻17家（未达20）'],
    [N, N, N, '行政村覆盖≥70%（5分），50%-70%（2分）；贫困村100%（5分），80%-100%（3分）', 10, 10, '村58/贫村9；有站点47村（81.0%），贫村9/9'],
    [N, '农村产品上行', 10, '调研（1-2）；促销（1-2）；第三方1；快递100%1；标准冷链溯源（1-2）；增速≥30%2', 9, 7, '调研2 促销2 标准冷链溯源1；第三方√；快递通村100%；20年农村网零+24.2%、农产品网零+31.5%'],
    [N, '电商人才培训', 20, '培训人次≥1%（10分），0.8%-1%（8分），0.6%-0.8%（6分）；贫困人口培训率≥50%（10分），40%-50%（8分），30%-40%（6分）', 20, 18, '常住人口36.8w；培训3,912人次≈1.06%；贫困劳力1,260人（不含外出），参训688人=54.6%'],
    [G3, '信息公开', 4, '专栏内容全面2；按月更新2，不定时1', 3, 3, '专栏：方案√ 项目√ 进度√ 监督窗口√；不定时更新'],
    [N, '数据上报', 6, '每月报送3，不定时1；统计电商扶贫3', 6, 4, '按月报韶关市局；扶贫统计√'],
    [G4, '案例总结', 2, '向市商务局报送经验材料2', 2, 2, '2021.4.12报市局1篇'],
    [N, '经验推广', 8, '省级及以上4；市级3；县级1', 5, 4, '南方+（省）、武江发布（区）'],
    [G5, '制度建立', 5, '资金管理制度且有效落实（1-5分）', 5, 4, '资金管理办法已制定'],
    [N, '资金台账', 5, '承建方资金专用台账（1-5分）', 4, 4, '承建方专账√'],
    [N, '资金支出', 5, '支出率≥70%且及时拨付（1-5分）；<70%倒扣5分', 4, 3, '下达500w，拨付397.35w（79.5%）'],
    ['加分项（4分）', '建档立卡贫困人口培训率70%及以上', 2, '≥70%得2分', 0, 0, '54.6%，未达'],
    [N, '电商扶贫典型案例获电视媒体播报', 2, '国家级2分，省级1分（不累加）', 1, 0, '广东台《今日关注》2021.3播出'],
    ['一票否决项', '发生安全生产、质量事故或重大损失', '—', '发生即否决', '否', '否', '未发生'],
    [N, '项目建设进度严重滞后，总体进度不足40%', '—', '不足40%即否决', '否', '否', '总体进度88%'],
    [N, '弄虚作假', '—', '发现即否决', '否', '否', N],
  ];
  const selfPts = T.slice(0, 15).map(t => t[4]);
  const cityPts = T.slice(0, 15).map(t => t[5]);
  assert.strictEqual(sum(selfPts), 90);
  assert.strictEqual(sum(cityPts), 77);
  assert.strictEqual(2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, 12); // clerk's 12 for the centre matches the 备注
  assert.strictEqual(2 + 2 + 1 + 1 + 1 + 2, 9);                 // 上行 9 matches the 备注
  assert(Math.abs(3912 / 368000 - 0.0106) < 0.00005);
  assert(Math.abs(688 / 1260 - 0.546) < 0.0005);
  assert(Math.abs(3973500 / 5000000 - 0.795) < 0.0005);
  assert(Math.abs(47 / 58 - 0.810) < 0.0005);
  const rows = [
    ['2019年省级电子商务进农村综合示范创建考评自评表', N, N, N, N, N, N],
    ['县（市、区）：武江区', N, N, '考评截止日期：2021年8月31日', N, '填报日期：2021年9月7日', N],
    ['工作任务', '评价指标名称', '权重', '评分标准（摘要）', '自评分', '市级复核', '备注'],
    ...T,
    ['合计', N, 100, N, sum(selfPts) + 1, sum(cityPts), '自评91分（含加分1分）'],
    ['填表人：武江区商务局 电商股 邱××　　复核：韶关市商务局 2021.9.15', N, N, N, N, N, N],
  ];
  assert.strictEqual(rows.length, 25);
  const merges = ['A1:G1', 'A2:C2', 'D2:E2', 'F2:G2', 'A4:A7', 'A8:A11', 'B8:B9', 'C8:C9', 'A12:A13', 'A14:A15', 'A16:A18', 'A19:A20', 'A21:A23', 'A24:B24', 'A25:G25'];
  write('facts', 'b22-f1-wujiang.json', {
    description: '韶关市武江区商务局电商股填的官方指标体系自评表（工作任务|评价指标名称|权重|评分标准（摘要）|自评分|市级复核|备注），事实只写在备注栏的速记里（“常住人口36.8w”“村58/贫村9”“培训3,912人次≈1.06%”“下达500w，拨付397.35w（79.5%）”“商务/财政/农农/乡振”“培训室√ 摄影×”）。读法：claimed 与判断项取区里的“自评分”列，右边“市级复核”列是市局复核数，不是区里的自评，也不改判断项；w 即万；项目管理“制度2+台账2”、上行“调研2 促销2 标准冷链溯源1”拆成判断项；备注里的1.06%、54.6%、79.5%、81.0%、入驻17家是算出来的，不是输入；一票否决三行自评分列写“否”，即未发生/无。',
    sheets: [{ name: '自评表', rows: padRows(rows), merges }],
    expect: {
      facts: {
        county: '武江区',
        asOf: '2021-08-31',
        residentPopulation: 368000,
        adminVillagesStated: 58,
        poorVillagesStated: 9,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-07-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetailGrowthStated: 0.242,
        agriRetailGrowthStated: 0.315,
        trainingPersonTimesStated: 3912,
        eligiblePoorPersonsStated: 1260,
        trainedPoorPersonsStated: 688,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3973500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
        'work.center': 12, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
        'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
  });
})();

// =====================================================================
// F2 坡头区（湛江）— every answer is a full sentence: 是/否 first, then the evidence numbers;
// a few answers start with “部分” or “基本完成” and the evidence decides.
// =====================================================================
(function f2() {
  const sec = (t) => [t, N, N, N];
  let no = 0;
  const q = (item, ans, ev) => [++no, item, ans, ev || N];
  const rows = [
    ['湛江市坡头区电子商务进农村综合示范创建考评事项填报表', N, N, N],
    ['县（市、区）名称：坡头区', N, '考评截止日期：2021年8月31日', N],
    ['序号', '考评事项', '填报情况（先答是/否，再写明情况）', '佐证材料'],
    sec('一、基本情况'),
    q('全区常住人口', '全区常住人口34.18万人（第七次全国人口普查），户籍人口40.26万人。', '附件1-1 统计公报'),
    q('行政村数及省定贫困村数', '全区共有行政村57个、社区居委会12个，其中省定贫困村7个。', '附件1-2 村（居）名单'),
    sec('二、组织领导与方案政策'),
    q('是否建立区政府主要领导牵头、多部门参与的工作协调机制', '是。成立了由区长任组长、分管副区长任副组长，区商务局、财政局、农业农村局、乡村振兴局等12个单位为成员的领导小组（湛坡府办函〔2019〕56号）。', '附件2-1'),
    q('是否正式印发示范县工作方案', '是。已于2020年3月印发（湛坡府办〔2020〕8号）。', '附件2-2'),
    q('是否出台支持农村电商发展的政策', '否。《坡头区促进农村电子商务发展若干措施》已完成征求意见，尚未印发。', N),
    sec('三、县级电商公共服务中心及产业园'),
    q('县级电商公共服务中心是否已投入运营', '是。区电子商务公共服务中心于2020年11月18日正式投入运营，至今已运营9个多月。', '附件3-1 运营协议'),
    q('中心是否有免费培训场所、培训设备，能组织电商基础培训', '是。中心设培训室1间（80座），配备投影、电脑等设备，已承办培训21期。', '附件3-2'),
    q('是否为特色农产品提供免费展示、销售服务', '是。展厅免费展示本地农特产品126款，设线上线下销售专区。', '附件3-3'),
    q('是否为电子商务市场主体提供免费摄影、美工服务', '部分。摄影棚已建成并免费开放，美工设计按成本价收费。', N),
    q('是否组织农产品统一推广、指导特色农产品品牌建设', '是。组织“坡头海鲜”“南三番薯”区域公用品牌推广活动6场。', '附件3-4'),
    q('是否为电子商务发展提供其他衍生增值服务', '是。提供代开网店、供应链对接、物流对接等服务。', N),
    q('是否建设或整合、优化当地电商产业园', '否。未单独建设电商产业园，电商企业集中在中心孵化区办公。', N),
    sec('四、农村产品上行'),
    q('当地是否有专业第三方电子商务运营或服务商', '是。通过公开招标引进湛江市某电子商务有限公司为中心运营服务商。', '附件4-1'),
    q('行政村物流快递覆盖率是否达到100%', '基本完成。全区57个行政村中56个已通快递（覆盖率98.2%），余下1个海岛村预计2021年10月通达。', '附件4-2 邮政管理局证明'),
    q('2020年农村网络零售额或农产品网络零售额同比增速是否达到30%', '部分。2020年农村网络零售额9.62亿元，比2019年的8.05亿元增长19.5%；农产品网络零售额2.47亿元，比2019年的1.86亿元增长32.8%。', '省商务厅反馈数据'),
    sec('五、电商人才培训'),
    q('累计开展电商培训多少人次', '截至2021年8月31日，累计开展电商培训3,526人次，占常住人口的1.03%。', '附件5-1 培训台账'),
    q('有劳动能力的建档立卡贫困人口（不含外出务工）及参训情况', '全区有劳动能力且未外出务工的建档立卡贫困人口786人，已参加电商培训412人，参训率52.4%。', '附件5-2 区乡村振兴局确认'),
    sec('六、信息公开及报送'),
    q('是否在区政府网站设立专栏并公示创建方案', '是。2020年4月在区政府门户网站设立“电子商务进农村综合示范”专栏，已公示创建方案。', '网址见附件6-1'),
    q('专栏是否公示项目基本信息', '是。已公示9个项目的名称、承建单位、投资额和完成时限。', N),
    q('专栏是否按月公示项目建设进度', '基本完成。2020年9月起每月公示项目建设进度，2021年2月因春节假期未更新。', '附件6-2 更新记录'),
    q('专栏是否设立征求意见或监督举报窗口', '部分。专栏已公布监督举报电话（0759-3xxxxxx），未开设在线征求意见栏目。', N),
    q('是否每月向市商务局报送工作情况', '是。每月10日前通过粤政易向湛江市商务局报送上月工作进展。', '附件6-3'),
    q('能否统计电商扶贫情况', '是。每月统计贫困户参训、电商带动增收等情况，随月报报送。', N),
    sec('七、资金管理'),
    q('省级专项资金下达及拨付情况', '省级专项资金下达500万元；截至2021年8月31日累计拨付365.2万元，支出率73.0%。', '附件7-1 拨付凭证'),
    q('是否制定资金管理制度', '是。已制定《坡头区电子商务进农村综合示范专项资金管理办法》（湛坡商〔2020〕15号）。', '附件7-2'),
    q('项目承建方是否建立资金专用台账', '是。6家承建单位均建立了专项资金专用台账。', '附件7-3'),
    q('项目总体进度', '项目总体进度约85%，主体工程已完工，溯源系统尚在调试。', N),
    sec('八、一票否决事项'),
    q('是否发生安全生产、质量事故，或者造成重大经济损失和社会不良影响', '否。创建期间未发生上述情况。', N),
    q('是否存在弄虚作假', '否。', N),
    ['填报人：坡头区商务局 陈××　联系电话：0759-3xxxxxx　填报日期：2021年9月8日', N, N, N],
  ];
  assert.strictEqual(no, 29);
  const merges = ['A1:D1', 'A2:B2', 'C2:D2', `A${rows.length}:D${rows.length}`];
  rows.forEach((r, i) => { if (typeof r[0] === 'string' && /^[一二三四五六七八]、/.test(r[0])) merges.push(`A${i + 1}:D${i + 1}`); });
  assert.strictEqual(merges.length, 4 + 8);
  assert(Math.abs(9.62 / 8.05 - 1.195) < 0.0005 && Math.abs(2.47 / 1.86 - 1.328) < 0.0005);
  assert(Math.abs(3526 / 341800 - 0.0103) < 0.00005 && Math.abs(412 / 786 - 0.524) < 0.0005);
  assert(Math.abs(365.2 / 500 - 0.730) < 0.0005 && Math.abs(56 / 57 - 0.982) < 0.0005);
  write('facts', 'b22-f2-potou.json', {
    description: '湛江市坡头区商务局填的《考评事项填报表》：序号|考评事项（问句）|填报情况|佐证材料，每个回答是一整句，先答“是。”“否。”再写证据数字和文号（“是。已于2020年3月印发（湛坡府办〔2020〕8号）。”），数值题也写成句子（“全区常住人口34.18万人…，户籍人口40.26万人”）。有几题答“部分”“基本完成”，按省级评审的做法看证据对照评分标准：免费摄影、美工“部分”（美工收费）→ 否；快递覆盖“基本完成”（56/57=98.2%，未达100%）→ 否；专栏建设进度“基本完成”（已按月公示、只缺一个月）→ 专栏有进度内容，是（缺月只影响按月更新）；征求意见或监督举报窗口“部分”（有监督举报电话、无征求意见栏）→ 标准是“或”，是。零售额题答“部分”只是说两个增速一个达标，照读两年金额和两个增速。陷阱：户籍人口、社区居委会12个、1.03%、52.4%、73.0%都不是输入；填报日期2021年9月8日不是截止日；扶持政策“否”（已征求意见未印发）；产业园“否”。',
    sheets: [{ name: '考评事项填报', rows: padRows(rows), merges }],
    expect: {
      facts: {
        county: '坡头区',
        asOf: '2021-08-31',
        residentPopulation: 341800,
        adminVillagesStated: 57,
        poorVillagesStated: 7,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-11-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 805000000,
        ruralRetail2020: 962000000,
        ruralRetailGrowthStated: 0.195,
        agriRetail2019: 186000000,
        agriRetail2020: 247000000,
        agriRetailGrowthStated: 0.328,
        trainingPersonTimesStated: 3526,
        eligiblePoorPersonsStated: 786,
        trainedPoorPersonsStated: 412,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3652000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================
// F3 梅江区（梅州）— one value column with the unit inside each cell: 万 and 亿 and 元 mixed,
// some figures in Chinese numerals (四千五百零六人次, 伍佰万元整, 二〇二〇年十月).
// =====================================================================
(function f3() {
  let no = 0;
  const r = (item, val, note) => [++no, item, val, note || N];
  const sec = (t) => [t, N, N, N];
  const rows = [
    ['梅江区电子商务进农村综合示范创建基本情况表', N, N, N],
    ['县（市、区）：梅江区', N, '数据截至：2021年8月31日', N],
    ['序号', '项目', '填报数据', '备注'],
    sec('一、基本情况'),
    r('常住人口', '43.21万人', '七普'),
    r('户籍人口', '四十一万二千人', '公安口径，仅供参考'),
    r('行政村数', '62个', '另有社区居委会31个'),
    r('省定贫困村数', '十一个', N),
    r('领导小组组长', '区长', '副组长为分管副区长'),
    r('领导小组成员单位', '区商务局、区财政局、区农业农村局、区乡村振兴局、区发改局、区市场监管局、梅江邮政分公司', N),
    r('示范县工作方案是否正式印发', '是', '梅江府办〔2019〕44号'),
    r('是否出台支持农村电商发展政策', '是', '梅江府〔2020〕12号'),
    sec('二、服务体系'),
    r('县级电商公共服务中心投入运营时间', '二〇二〇年十月', '试运营自2020年8月起'),
    r('免费培训场所、培训设备', '有', N),
    r('特色农产品免费展示、销售', '有', N),
    r('免费摄影、美工服务', '有', N),
    r('农产品统一推广、品牌建设指导', '有', '“客都米”区域品牌'),
    r('其他衍生增值服务', '无', N),
    r('电商产业园（建设或整合）', '已整合', '依托梅江区创客空间'),
    r('专业第三方电商运营服务商', '有', N),
    r('行政村物流快递覆盖率', '100%', '区邮政管理局出具证明'),
    sec('三、网络零售'),
    r('2019年农村网络零售额', '8.72亿元', '省商务厅反馈'),
    r('2020年农村网络零售额', '105,600万元', '省商务厅反馈'),
    r('2020年农村网络零售额同比增速', '21.1%', N),
    r('2021年1-8月农村网络零售额', '7.9亿', '不作考评'),
    r('2019年农产品网络零售额', '1.34亿', N),
    r('2020年农产品网络零售额', '17,950万元', N),
    r('2020年农产品网络零售额同比增速', '34.0%', N),
    sec('四、电商培训'),
    r('计划培训人次', '四千三百人次', '方案目标'),
    r('累计培训人次', '四千五百零六人次', '截至2021年8月31日'),
    r('有劳动能力的建档立卡贫困人口（不含外出务工）', '1,148人', '区乡村振兴局确认'),
    r('参加培训的建档立卡贫困人口', '五百九十七人', N),
    r('能否统计电商扶贫情况', '能', N),
    sec('五、信息公开'),
    r('专栏公示创建方案', '是', N),
    r('专栏公示项目基本信息', '是', N),
    r('专栏公示项目建设进度', '是', N),
    r('专栏征求意见或监督举报窗口', '否', '拟于9月增设'),
    sec('六、资金'),
    r('省级专项资金下达总额', '伍佰万元整', N),
    r('区级配套资金', '壹佰贰拾万元整', '不计入省级资金'),
    r('累计拨付省级专项资金', '398.64万元', '截至2021年8月31日'),
    r('资金管理制度', '已制定', N),
    r('资金专用台账', '已建立', N),
    r('项目总体进度', '91%', N),
    sec('七、其他'),
    r('安全生产、质量事故或重大损失', '无', N),
    r('弄虚作假', '无', N),
    ['填报人：梅江区商务局 古××　　填报日期：2021年9月2日', N, N, N],
  ];
  assert.strictEqual(no, 41);
  const merges = ['A1:D1', 'A2:B2', 'C2:D2', `A${rows.length}:D${rows.length}`];
  rows.forEach((x, i) => { if (typeof x[0] === 'string' && /^[一二三四五六七]、/.test(x[0])) merges.push(`A${i + 1}:D${i + 1}`); });
  assert.strictEqual(merges.length, 4 + 7);
  assert(Math.abs(105600 / 87200 - 1.211) < 0.0005);
  assert(Math.abs(17950 / 13400 - 1.340) < 0.0005);
  assert(4506 * 1000 >= 432100 * 10);
  write('facts', 'b22-f3-meijiang.json', {
    description: '梅州市梅江区商务局填的《基本情况表》：序号|项目|填报数据|备注，单位都写在数据格里，同一列里万和亿、元混用（“43.21万人”“8.72亿元”“105,600万元”“1.34亿”“17,950万元”“398.64万元”），几格写成中文数字或大写金额（“十一个”“四千五百零六人次”“五百九十七人”“伍佰万元整”“二〇二〇年十月”）。读法：运营时间只写到月 → 2020-10；“能”统计扶贫 → 是；“已整合”产业园 → 是；快递覆盖率“100%” → 是。陷阱：户籍人口“四十一万二千人”、社区居委会31个、“计划培训人次 四千三百人次”、2021年1-8月零售额“7.9亿”、区级配套资金“壹佰贰拾万元整”都不是输入；备注“试运营自2020年8月起”不是投入运营时间；填报日期2021年9月2日不是截止日。',
    sheets: [{ name: '基本情况', rows: padRows(rows), merges }],
    expect: {
      facts: {
        county: '梅江区',
        asOf: '2021-08-31',
        residentPopulation: 432100,
        adminVillagesStated: 62,
        poorVillagesStated: 11,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 872000000,
        ruralRetail2020: 1056000000,
        ruralRetailGrowthStated: 0.211,
        agriRetail2019: 134000000,
        agriRetail2020: 179500000,
        agriRetailGrowthStated: 0.34,
        trainingPersonTimesStated: 4506,
        eligiblePoorPersonsStated: 1148,
        trainedPoorPersonsStated: 597,
        povertyStatisticsStated: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        fundAllocated: 5000000,
        fundSpentStated: 3986400,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// ===== COUNTY =====
// =====================================================================
// C1 源城区（河源）— whole workbook. Facts sheet: 基本情况 (项目|填报内容|说明) with the two retail
// series each in ONE cell ("2019：18.6亿；2020：23.1亿；增速24.2%"), a 主观指标自评 table, and a
// separate 领导小组名单 table (职务|姓名|单位及职务) that is the only place the leader appears.
// =====================================================================
(function c1() {
  const REG = '441602';
  const r = rng(2201);
  const newId = makeIdFactory(2202);
  const nm = nameFactory(2203);
  const ph = phoneFactory(2204);
  const vill = villageFactory(2205, ['东埔村', '上城村', '源西村', '源南村', '高埔村', '沿江村', '红星村', '埔前村']);
  const towns = [['埔前镇', 12, 2], ['源南镇', 11, 2], ['源西街道', 6, 0], ['高埔岗街道', 5, 1], ['东埔街道', 4, 0], ['上城街道', 4, 0]];
  const communities = { 源西街道: ['源西社区', '沿江社区'], 高埔岗街道: ['高埔岗社区', '红星社区'], 东埔街道: ['东埔社区'], 上城街道: ['上城社区'] };
  const admin = [];
  towns.forEach(([t, n, np]) => { for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: i < np }); });
  assert.strictEqual(admin.length, 42);
  const poor = admin.filter(v => v.poor);
  assert.strictEqual(poor.length, 5);
  const noExpress = admin.filter(v => !v.poor)[17]; // one village not reached by express
  // ---- 村（居）委会名单
  const vRows = [['源城区村（居）民委员会名单'], ['序号', '镇（街道）', '村（居）委会', '类别', '是否省定贫困村', '快递是否通达', '备注']];
  const vMerges = ['A1:G1'];
  let k = 0;
  for (const [t] of towns) {
    const start = vRows.length + 1;
    for (const v of admin.filter(x => x.town === t)) vRows.push([++k, t, v.name + '民委员会', '村委会', v.poor ? '是' : '否', v === noExpress ? '否' : '是', v === noExpress ? '2021年10月通达' : N]);
    for (const c of communities[t] || []) vRows.push([++k, t, c + '居民委员会', '社区居委会', N, '是', N]);
    vMerges.push(`B${start}:B${vRows.length}`);
  }
  vRows.push(['合计：村民委员会42个（其中省定贫困村5个），社区居民委员会6个', N, N, N, N, N, N]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  assert.strictEqual(k, 48);

  // ---- 站点台账
  const nonPoor = shuffle(r, admin.filter(v => !v.poor && v !== noExpress));
  const coveredNP = nonPoor.slice(0, 24), uncovered = nonPoor.slice(24);
  const st = [];
  const pre = () => randDate(r, '2020-05-01', '2021-08-20');
  const vForm = (v, i) => [v.name, v.name + '委会', v.name + '民委员会'][i % 3];
  [...poor, ...coveredNP].forEach((v, i) => st.push({ town: v.town, vw: vForm(v, i), v: v.name, name: v.name.replace(/村$/, '') + '村电商服务站', date: pre() }));
  st.push({ town: coveredNP[2].town, vw: coveredNP[2].name, v: coveredNP[2].name, name: coveredNP[2].name.replace(/村$/, '') + '邮乐购服务点', date: pre() });
  st.push({ town: uncovered[0].town, vw: uncovered[0].name, v: uncovered[0].name, name: uncovered[0].name.replace(/村$/, '') + '村电商服务站', date: '2021-09-13' });
  st.push({ town: '源西街道', vw: '沿江社区', v: '沿江社区', name: '沿江社区电商服务站', date: '2020-12-02' });
  assert.strictEqual(st.length, 32);
  st.sort((a, b) => (a.date < b.date ? -1 : 1));
  const adminNames = new Set(admin.map(v => v.name));
  const cov = new Set(st.filter(s => s.date <= CUTOFF && adminNames.has(s.v)).map(s => s.v));
  assert.strictEqual(cov.size, 29);
  assert(29 * 100 < 42 * 70 && 29 * 100 >= 42 * 50); // 69.0% → 2
  assert(30 * 100 >= 42 * 70);                        // counting the September station would give 5
  assert.strictEqual(poor.filter(v => cov.has(v.name)).length, 5);
  const sRows = [['源城区村级电子商务服务站点台账'], ['站点编号', '站点名称', '所属镇（街道）', '所属村（社区）', '站长', '联系电话', '挂牌日期', '服务内容']];
  st.forEach((s, i) => sRows.push([`YC-${pad(i + 1, 3)}`, s.name, s.town, s.vw, nm(), ph(), i % 4 === 1 ? dotted(s.date) : { date: s.date }, '代购代销、快递收发、代缴费']));
  sRows.push(['注：沿江社区服务站为社区站点；YC编号按挂牌先后。', N, N, N, N, N, N, N]);

  // ---- 产业园入驻企业
  const uscc = usccFactory(2206, '441602');
  const words = ['客家', '万绿', '东江', '源城', '槎城', '新丰江', '桂山', '埔前', '源南', '龙记', '康禾', '义合', '万绿湖', '客都', '河洛', '黄沙', '高埔', '上城', '沿江', '红星', '东埔', '新江'];
  const tp = ['平台型', '销售型', '电商运营服务商', '物流', '销售型', '销售型', '直播'];
  const ents = [];
  for (let i = 0; i < 20; i++) ents.push({ name: `河源市${words[i]}电子商务有限公司`, code: uscc(), type: tp[i % tp.length], entered: randDate(r, '2020-07-01', '2021-08-15'), left: null });
  ents.push({ name: `河源市${words[20]}供应链有限公司`, code: uscc(), type: '物流', entered: '2020-09-01', left: '2021-05-20' });
  ents.push({ name: `河源市${words[21]}网络科技有限公司`, code: uscc(), type: '电商运营服务商', entered: '2021-09-10', left: null });
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  assert.strictEqual(new Set(inPark.map(e => e.code)).size, 20);
  const normType = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
  assert(new Set(inPark.map(e => normType(e.type))).size >= 3);
  const eRows = [['源城区电子商务产业园入驻企业名单'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, { date: e.entered }, e.left ? { date: e.left } : N]));

  // ---- 建档立卡贫困人口
  const statuses = shuffle(r, [...Array(120).fill('E'), ...Array(18).fill('M'), ...Array(30).fill('N')]);
  const persons = [];
  let xDone = false;
  statuses.forEach((s) => {
    const v = admin[Math.floor(r() * admin.length)];
    const sex = r() < 0.5 ? 'M' : 'F';
    const wantX = (s === 'E' && !xDone) ? true : false;
    if (wantX) xDone = true;
    persons.push({ s, id: newId(REG, sex, wantX), name: nm(), town: v.town, village: v.name });
  });
  const E = persons.filter(p => p.s === 'E'), M = persons.filter(p => p.s === 'M'), NL = persons.filter(p => p.s === 'N');
  const ppRows = [['源城区建档立卡贫困人口名单（区乡村振兴局提供）'], ['序号', '镇（街道）', '村', '姓名', '身份证号码', '劳动能力', '务工情况']];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.name, p.id, p.s === 'N' ? (i % 2 ? '无劳动能力' : '丧失劳动能力') : '有劳动能力', p.s === 'M' ? '外出务工' : '未外出']));

  // ---- 贫困户专场签到（three sessions, the third after the cut-off）
  const xE = E.find(p => p.id.endsWith('X'));
  const Eo = [xE, ...E.filter(p => p !== xE)]; // the X person is among the first 53
  const S1 = [...Eo.slice(0, 34), ...M.slice(0, 3), ...NL.slice(0, 3)];
  const S2 = [...Eo.slice(34, 53), ...Eo.slice(0, 15).filter(p => p !== xE), Eo[15], ...M.slice(3, 6), NL[3]];
  const S3 = [...Eo.slice(53, 61), ...Eo.slice(16, 28)];
  assert.deepStrictEqual([S1.length, S2.length, S3.length], [40, 38, 20]);
  for (const S of [S1, S2, S3]) assert.strictEqual(new Set(S.map(p => p.id)).size, S.length);
  const poorSess = [['2020-11-12', S1, '第一期 电商扶贫专场（农产品网上销售）'], ['2021-04-15', S2, '第二期 电商扶贫专场（短视频带货）'], ['2021-09-08', S3, '第三期 电商扶贫专场（直播实操）']];
  const psRows = [['源城区电子商务进农村贫困户专场培训签到表'], ['序号', '培训日期', '培训班次', '姓名', '身份证号码', '所在村', '本人签名']];
  let q = 0;
  const signins = [];
  for (const [d, S, cls] of poorSess) for (const p of shuffle(r, S.slice())) {
    const written = p === xE ? p.id.slice(0, 17) + 'x' : p.id;
    psRows.push([++q, cn(d), cls, p.name, written, p.village, '已签']);
    signins.push({ date: d, id: p.id });
  }
  const eligibleIds = new Set(E.map(p => p.id));
  const trainedE = new Set(signins.filter(x => x.date <= CUTOFF && eligibleIds.has(x.id)).map(x => x.id));
  assert.strictEqual(trainedE.size, 53);
  assert(trainedE.has(xE.id));
  assert.strictEqual(tierPoor(53, 120), 8);          // 44.2%
  const withSept = new Set(signins.filter(x => eligibleIds.has(x.id)).map(x => x.id));
  assert.strictEqual(withSept.size, 61);
  assert.strictEqual(tierPoor(61, 120), 10);         // counting September would give 10
  const anyPoorPre = new Set(signins.filter(x => x.date <= CUTOFF).map(x => x.id));
  assert.strictEqual(anyPoorPre.size, 63);           // the clerk's 63 includes migrants and non-labour
  const poorRowsPre = signins.filter(x => x.date <= CUTOFF).length;
  assert.strictEqual(poorRowsPre, 78);

  // ---- 培训台账（按期次，人次）— general sessions only; the poor-household sessions are the sign-in sheet
  const sessDates = ['2020-06-18', '2020-07-23', '2020-08-20', '2020-09-17', '2020-10-15', '2020-11-26', '2020-12-17', '2021-01-14', '2021-03-11', '2021-03-25', '2021-04-22', '2021-05-13', '2021-05-27', '2021-06-17', '2021-07-08', '2021-07-22', '2021-08-12', '2021-08-26'];
  const topics = ['农村电商基础知识', '网店开设与运营', '农产品摄影美工', '短视频与直播带货', '电商物流与供应链', '客家农特产品品牌营销'];
  const pts = sessDates.map(() => 220 + Math.floor(r() * 100));
  const want = 5010 - poorRowsPre;
  pts[pts.length - 1] += want - sum(pts);
  assert(pts[pts.length - 1] > 100 && pts[pts.length - 1] < 600);
  assert.strictEqual(sum(pts), 4932);
  const tsRows = [['源城区电子商务进农村培训情况登记表（按期次）'], ['期次', '培训日期', '培训主题', '培训对象', '培训地点', '参训人次', '备注']];
  sessDates.forEach((d, i) => tsRows.push([`第${i + 1}期`, i % 3 === 0 ? { date: d } : i % 3 === 1 ? dotted(d) : cn(d), topics[i % topics.length], i % 2 ? '返乡青年、个体户' : '村干部、合作社、站点站长', '区电商公共服务中心', pts[i], N]));
  tsRows.push(['第19期', '2021.9.16', '直播电商提升班', '电商企业', '区电商公共服务中心', 360, N]);
  tsRows.push(['合计', N, N, N, N, sum(pts) + 360, '贫困户专场培训见《贫困户专场签到》表，未列入本表']);
  const ptPre = sum(pts) + poorRowsPre;
  assert.strictEqual(ptPre, 5010);
  const POP = 563000;
  assert.strictEqual(tierTraining(ptPre, POP), 10);  // base min(563000, 500000) = 500000 → 1.002%
  assert(ptPre * 1000 < POP * 10);                   // without the cap it would be 0.89% → 8
  assert.strictEqual(ptPre + 360, 5370);             // the clerk's 5,370 includes the September session

  // ---- 资金台账
  const funds = [
    ['2020-06-15', '县级电商公共服务中心建设', 850000], ['2020-09-20', '村级电商服务站点建设（第一批）', 620000],
    ['2020-11-30', '县乡村三级物流配送体系', 540000], ['2021-01-20', '农村电商人才培训', 286000],
    ['2021-03-25', '县级电商公共服务中心运营', 412800], ['2021-05-18', '村级电商服务站点建设（第二批）', 580000],
    ['2021-06-29', '农产品品牌培育及溯源体系', 386000], ['2021-08-26', '县乡村三级物流配送体系', 638000],
    ['2021-09-22', '村级电商服务站点建设（尾款）', 450000],
  ];
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => f[2]));
  assert.strictEqual(spent, 4312800);
  assert(spent * 100 >= 5000000 * 70);
  const fRows = [['源城区省级电子商务进农村综合示范专项资金拨付台账'], ['下达金额：500万元', N, N, N, '单位：元'], ['序号', '拨付日期', '项目名称', '拨付金额', '凭证号']];
  funds.forEach((f, i) => fRows.push([i + 1, { date: f[0] }, f[1], f[2], `记-${f[0].slice(0, 4)}-${pad(30 + i * 7, 4)}`]));
  fRows.push(['合计', N, N, sum(funds.map(f => f[2])), N]);

  // ---- 月报报送（2021年2月未报）
  const prevMonthText = (iso) => { const [y, m] = iso.split('-').map(Number); return m === 1 ? `${y - 1}年12月` : `${y}年${m - 1}月`; };
  const rep = [];
  for (const m of ['2020-08', ...WINDOW]) {
    if (m === '2021-02') continue;
    rep.push({ date: `${m}-${pad(6 + Math.floor(r() * 5), 2)}`, pov: m >= '2020-10' });
  }
  rep.splice(rep.findIndex(x => x.date.startsWith('2021-03')) + 1, 0, { date: '2021-03-19', pov: true });
  assert.strictEqual(regularity(rep.map(x => x.date)), 'partial');
  const rRows = [['源城区电商进农村工作月报报送登记（报河源市商务局）'], ['序号', '报送日期', '报送内容', '是否含电商扶贫统计']];
  rep.forEach((x, i) => rRows.push([i + 1, { date: x.date }, x.date === '2021-03-19' ? '2021年1月工作进展及统计数据（补报）' : `${prevMonthText(x.date)}工作进展及统计数据`, x.pov ? '是' : '否']));

  // ---- 专栏更新记录（按月）
  const disc = [['2019-12-20', '源城区电子商务进农村综合示范县创建工作方案'], ['2020-01-16', '源城区电子商务进农村综合示范项目基本信息公示'], ['2020-01-16', '关于设立电子商务进农村综合示范监督举报电话的公告']];
  for (const m of ['2020-07', '2020-08', ...WINDOW]) disc.push([`${m}-${pad(12 + Math.floor(r() * 12), 2)}`, `源城区电子商务进农村综合示范项目建设进度（${m.replace('-', '年')}月）`]);
  assert.strictEqual(regularity(disc.map(x => x[0])), 'full');
  const dRows = [['源城区政府网站“电子商务进农村”专栏更新记录'], ['序号', '发布日期', '标题']];
  disc.forEach((x, i) => dRows.push([i + 1, dotted(x[0]), x[1]]));

  // ---- 宣传报道
  const media = [
    ['2020-10-22', '河源日报', '市级', '报纸', '源城：电商服务站开到村民家门口', '否'],
    ['2021-01-15', '南方日报', '省级', '报纸', '客家农产品插上电商翅膀', '否'],
    ['2021-05-08', '源城区融媒体中心', '县级', '网络', '我区举办电商直播带货大赛', '否'],
    ['2021-06-20', '河源电视台', '市级', '电视', '电商扶贫：埔前镇贫困户网上卖出万斤柚子', '是'],
    ['2021-09-20', '广东广播电视台', '省级', '电视', '源城区电商扶贫典型案例', '是'],
  ];
  const mRows = [['源城区电子商务进农村宣传报道统计表'], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  media.forEach((x, i) => mRows.push([i + 1, { date: x[0] }, ...x.slice(1)]));
  const lv = new Set(media.filter(x => x[0] <= CUTOFF).map(x => x[2]));
  assert.deepStrictEqual([...lv].sort(), ['县级', '市级', '省级'].sort());
  assert.strictEqual(media.filter(x => x[0] <= CUTOFF && x[3] === '电视' && x[5] === '是' && /省|国家/.test(x[2])).length, 0);

  // ---- 经验材料
  const matRows = [['经验材料报送记录'], ['序号', '报送日期', '材料名称', '报送单位'], [1, { date: '2021-06-18' }, '源城区推进电子商务进农村综合示范工作经验材料', '河源市商务局']];

  // ---- 基本情况及自评（facts）
  const F = [
    ['源城区电子商务进农村综合示范创建基本情况及自评表', N, N, N],
    ['考评截止日期：2021年8月31日', N, '填报单位：源城区商务局', N],
    ['一、基本情况', N, N, N],
    ['项目', '填报内容', '说明', N],
    ['县（市、区）', '源城区', N, N],
    ['常住人口', '56.3万人', '七普', N],
    ['行政村数', '42个', '另有社区居委会6个', N],
    ['省定贫困村数', '5个', N, N],
    ['示范县工作方案', '已印发', '河源城府办〔2019〕88号', N],
    ['支持农村电商发展政策', '已出台', '源城区促进电子商务发展扶持办法', N],
    ['县级电商公共服务中心投入运营日期', { date: '2020-09-28' }, N, N],
    ['中心免费培训场所、培训设备', '是', N, N],
    ['特色农产品免费展示、销售', '是', N, N],
    ['免费摄影、美工服务', '是', N, N],
    ['农产品统一推广、品牌建设指导', '是', N, N],
    ['其他衍生增值服务', '是', N, N],
    ['电商产业园', '已建成', '源城区电子商务产业园', N],
    ['专业第三方电商运营服务商', '有', N, N],
    ['行政村物流快递覆盖率', '100%', N, N],
    ['农村网络零售额', '2019：18.6亿；2020：23.1亿；增速24.2%', '省商务厅反馈', N],
    ['农产品网络零售额', '2019：2.35亿；2020：3.12亿；增速32.8%', '省商务厅反馈', N],
    ['累计培训人次', '5,370人次', '统计至2021年9月17日', N],
    ['有劳动能力的建档立卡贫困人口（不含外出务工）', '120人', '区乡村振兴局确认', N],
    ['参加培训的建档立卡贫困人口', '63人', N, N],
    ['专栏公示创建方案', '是', N, N],
    ['专栏公示项目基本信息', '是', N, N],
    ['专栏公示项目建设进度', '是', N, N],
    ['专栏征求意见或监督举报窗口', '是', '监督举报电话', N],
    ['能否统计电商扶贫情况', '是', N, N],
    ['省级专项资金下达总额', '500万元', N, N],
    ['累计拨付', '431.28万元', N, N],
    ['资金管理制度', '已制定', N, N],
    ['资金专用台账', '已建立', N, N],
    ['项目总体进度', '93%', N, N],
    ['安全生产、质量事故或重大损失', '无', N, N],
    ['弄虚作假', '无', N, N],
    [N, N, N, N],
    ['二、主观指标自评', N, N, N],
    ['指标', '分值范围', '自评分', '依据'],
    ['方案制定', '1-2', 2, '方案已印发并按方案推进'],
    ['政策支持', '1-2', 1, '扶持办法落实不足'],
    ['项目管理制度', '1-2', 2, '项目管理办法'],
    ['工作台账', '1-2', 2, '各类台账'],
    ['网销调研及针对性建议', '1-2', 2, '调研报告'],
    ['网络促销活动成效', '1-2', 1, '活动2场'],
    ['交易标准、冷链及溯源系统', '1-2', 1, '溯源系统试运行'],
    ['资金管理制度', '1-5', 4, '资金管理办法'],
    ['资金台账', '1-5', 4, '承建方专账'],
    ['资金及时拨付', '1-5', 4, '拨付凭证'],
    [N, N, N, N],
    ['三、源城区电子商务进农村综合示范工作领导小组名单', N, N, N],
    ['领导小组职务', '姓名', '单位及职务', N],
    ['组长', '叶志平', '区委副书记、区长', N],
    ['常务副组长', '张国明', '区委常委、常务副区长', N],
    ['副组长', '刘海燕', '副区长', N],
    ['成员', '黄伟强', '区商务局局长', N],
    ['成员', '陈建华', '区财政局局长', N],
    ['成员', '邱文清', '区农业农村局局长', N],
    ['成员', '钟永福', '区乡村振兴局局长', N],
    ['成员', '巫丽娟', '区发展和改革局副局长', N],
    ['成员', '骆志强', '区市场监督管理局副局长', N],
    ['成员', '曾德荣', '区交通运输局副局长', N],
    ['成员', '温春梅', '中国邮政集团有限公司河源市源城区分公司总经理', N],
    ['领导小组办公室设在区商务局，办公室主任由黄伟强同志兼任。', N, N, N],
  ];
  const fMerges = ['A1:D1', 'A2:B2', 'C2:D2', 'A3:D3', 'A38:D38', 'A51:D51', `A${F.length}:D${F.length}`];
  assert.strictEqual(F[37][0], '二、主观指标自评');
  assert.strictEqual(F[50][0], '三、源城区电子商务进农村综合示范工作领导小组名单');
  assert(Math.abs(23.1 / 18.6 - 1.242) < 0.0005 && 23.1 * 100 < 18.6 * 130);
  assert(Math.abs(3.12 / 2.35 - 1.328) < 0.0005 && 3.12 * 100 >= 2.35 * 130);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4,
    'work.center': 15, 'work.coverage': 7, 'work.upward': 7, 'work.training': 18,
    'info.disclosure': 4, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, points['work.center']);
  assert.strictEqual(2 + 5, points['work.coverage']);
  assert.strictEqual(2 + 1 + 1 + 0 + 1 + 2, points['work.upward']);
  assert.strictEqual(tierTraining(ptPre, POP) + tierPoor(53, 120), points['work.training']);
  assert.strictEqual(2 + 2, points['info.disclosure']);
  assert.strictEqual(1 + 3, points['info.reporting']);
  assert.strictEqual(4 + 3 + 1, points['promo.media']);
  const total = sum(SCORED.map(x => points[x]));
  assert.strictEqual(total, 86);
  const derivation = [
    'org.leadership: 领导小组名单：组长叶志平“区委副书记、区长”（主要领导）；成员有区商务局局长、区财政局局长、区农业农村局局长、区乡村振兴局局长 → 主要领导牵头且商务、财政、农业农村、乡村振兴四部门齐全 → 2',
    'org.plan: 工作方案“已印发”（河源城府办〔2019〕88号）；自评“方案制定 2” → 2',
    'org.policy: 扶持政策“已出台”；自评“政策支持 1” → 1',
    'org.management: 自评 项目管理制度 2 + 工作台账 2 → 4',
    'work.center: 中心2020-09-28投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训2、展示1、摄影美工1、品牌推广1、其他增值1（均“是”）→ 6；产业园“已建成” → 2；入驻企业22行，截至8月31日在园20家（一家2021-05-20退出，一家2021-09-10才入驻）≥ 20 → 2；类型 平台/销售/运营服务商/物流/直播 ≥ 3 → 1；合计 15',
    'work.coverage: 村民委员会42个（社区居民委员会6个不计）；截止日前挂牌站点覆盖的行政村 29个（一村两个站点算一次；2021-09-13挂牌的站点不计；沿江社区站点不计；“××村委会”“××村民委员会”与名单同村）→ 29/42 = 69.0% < 70%、≥ 50% → 2；省定贫困村5个全部有站点 → 5；合计 7',
    'work.upward: 网销调研自评2 + 促销活动自评1 + 第三方运营服务商“有”1 + 快递：名单“快递是否通达”列有一村“否”（基本情况表写100%，以名单为准并警告）→ 0 + 交易标准冷链溯源自评1 + 农产品网络零售额 3.12亿/2.35亿 = +32.8% ≥ 30%（农村网络零售额+24.2%不够，任一即可）→ 2；合计 7',
    'work.training: 培训人次 = 按期次登记表截止日前18期 4,932人次 + 贫困户专场签到截止日前两期 78行 = 5,010（第19期2021.9.16的360人次和9月8日专场20行不计；基本情况表的“5,370人次”含第19期）÷ min(563,000, 500,000) = 1.002% ≥ 1% → 10；贫困人口：名单中有劳动能力且未外出务工 120人，截止日前专场签到按身份证号匹配 53人（一人末位小写x按X匹配；15人参加两期只算一次；外出务工6人、无劳动能力4人不计；9月8日专场新增8人不计；基本情况表的63人含这10人）→ 53/120 = 44.2%，40%–50% → 8；合计 18',
    'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报电话四项齐全 → 2；更新记录2020年9月至2021年8月每月都有 → 按月 → 2；合计 4',
    'info.reporting: 月报登记2021年2月没有任何报送（1月的月报3月19日才补报），近一年不是每月都有 → 不定时 → 1；“是否含电商扶贫统计”有“是” → 3；合计 4',
    'promo.cases: 2021-06-18 向河源市商务局报送经验材料 → 2',
    'promo.media: 截止日前有省级（南方日报）4 + 市级（河源日报、河源电视台）3 + 县级（源城区融媒体中心）1 → 8',
    'fund.system: 自评“资金管理制度 4”（已制定）→ 4',
    'fund.ledger: 自评“资金台账 4”（已建立）→ 4',
    'fund.spending: 资金台账截止日前拨付合计 4,312,800元（2021-09-22的45万元尾款不计）÷ 5,000,000 = 86.3% ≥ 70% → 取自评“资金及时拨付 4” → 4',
    'bonus.poorTraining: 贫困人口培训率 53/120 = 44.2% < 70% → 0',
    'bonus.tvCase: 截止日前的扶贫典型案例电视报道只有河源电视台（市级，不加分）；广东广播电视台那条在2021-09-20，截止日后不计 → 0',
    'veto.incident: “安全生产、质量事故或重大损失：无” → 不否决 → 0',
    'veto.progress: 项目总体进度93% ≥ 40% → 不否决 → 0',
    'veto.fraud: “弄虚作假：无” → 不否决 → 0',
    '合计: 15项 86 + 加分 min(0+0, 4) = 0 → 86；未否决',
  ];
  const sheets = [
    { name: '基本情况及自评', rows: padRows(F), merges: fMerges },
    { name: '村（居）委会名单', rows: padRows(vRows), merges: vMerges },
    { name: '站点台账', rows: padRows(sRows), merges: ['A1:H1', `A${sRows.length}:H${sRows.length}`] },
    { name: '产业园入驻企业', rows: padRows(eRows), merges: ['A1:F1'] },
    { name: '培训登记（按期次）', rows: padRows(tsRows), merges: ['A1:G1', `A${tsRows.length}:E${tsRows.length}`] },
    { name: '贫困户专场签到', rows: padRows(psRows), merges: ['A1:G1'] },
    { name: '建档立卡贫困人口', rows: padRows(ppRows), merges: ['A1:G1'] },
    { name: '资金台账', rows: padRows(fRows), merges: ['A1:E1', 'A2:D2', `A${fRows.length}:C${fRows.length}`] },
    { name: '月报报送', rows: padRows(rRows), merges: ['A1:D1'] },
    { name: '专栏更新', rows: padRows(dRows), merges: ['A1:C1'] },
    { name: '宣传报道', rows: padRows(mRows), merges: ['A1:G1'] },
    { name: '经验材料', rows: padRows(matRows), merges: ['A1:D1'] },
  ];
  write('counties', 'b22-c1-yuancheng.json', {
    description: '河源市源城区商务局的整本工作簿（12个表），中上（86分，无加分、未否决）。事实表“基本情况及自评”：一、基本情况为 项目|填报内容|说明，农村网络零售额和农产品网络零售额各挤在一格里（“2019：18.6亿；2020：23.1亿；增速24.2%”）；二、主观指标自评小表；三、领导小组名单（领导小组职务|姓名|单位及职务），牵头领导和参与部门只能从名单里的人名和职务看出（组长“区委副书记、区长”，成员为区商务局、财政局、农业农村局、乡村振兴局等局长）。台账：培训分两本——按期次登记人次的登记表（不含贫困户专场）和贫困户专场逐人签到表，两者相加。陷阱：常住人口56.3万超过50万，培训基数取50万；基本情况表的“5,370人次”“63人”含截止日后的班次及外出务工、无劳动能力人员；“快递覆盖率100%”与名单里一村“否”矛盾，以名单为准；站点覆盖29/42差一点到70%（9月挂牌一站、社区站点不计）；月报缺2021年2月；市级电视台的扶贫案例不加分，省台那条在截止日后。',
    sheets,
    expect: { asOf: '2021-08-31', total: 86, bonus: 0, vetoed: false, points },
    derivation,
  });
})();
