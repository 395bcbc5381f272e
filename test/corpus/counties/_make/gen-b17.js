'use strict';
// Batch 17 generator: writes ../facts, ../ledgers, ../counties relative to this file.
// Plain CommonJS, no dependencies. Run: node gen-b17.js
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const ROOT = path.resolve(__dirname, '../..');
const CUTOFF = '2021-08-31';

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
function idCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i];
  return CK[s % 11];
}
function validId(id) { return id.length === 18 && idCheck(id.slice(0, 17)) === id[17].toUpperCase(); }
function pad(n, w) { return String(n).padStart(w, '0'); }
function makeIdFactory(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (region, sex, wantX) { // sex 'M'|'F'
    for (;;) {
      const y = 1958 + Math.floor(r() * 45);
      const m = 1 + Math.floor(r() * 12);
      const d = 1 + Math.floor(r() * 28);
      let seq = Math.floor(r() * 1000);
      const odd = seq % 2 === 1;
      if ((sex === 'M') !== odd) seq = (seq + 1) % 1000;
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
const SURN = ['李', '黄', '陈', '张', '刘', '罗', '邓', '房', '唐', '盘', '沈', '钟', '曾', '赖', '谢', '朱', '林', '叶', '何', '吴', '温', '杨', '彭', '廖'];
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
const DIG = '零壹贰叁肆伍陆柒捌玖';
function daxie(yuan) { // integer yuan, < 1e8
  assert(Number.isInteger(yuan) && yuan > 0 && yuan < 1e8);
  function four(n) { // 0..9999
    const units = ['仟', '佰', '拾', ''];
    const ds = pad(n, 4).split('').map(Number);
    let s = '', zero = false, started = false;
    for (let i = 0; i < 4; i++) {
      if (ds[i] === 0) { if (started) zero = true; continue; }
      if (zero) { s += '零'; zero = false; }
      s += DIG[ds[i]] + units[i];
      started = true;
    }
    return s;
  }
  const wan = Math.floor(yuan / 10000), rest = yuan % 10000;
  let s = '';
  if (wan) s += four(wan) + '万';
  if (rest) { if (wan && rest < 1000) s += '零'; s += four(rest); }
  return s + '元整';
}
assert.strictEqual(daxie(680000), '陆拾捌万元整');
assert.strictEqual(daxie(198600), '壹拾玖万捌仟陆佰元整');
assert.strictEqual(daxie(4385600), '肆佰叁拾捌万伍仟陆佰元整');
assert.strictEqual(daxie(1050000), '壹佰零伍万元整');
const USC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccFactory(seed, region) {
  const r = rng(seed);
  return function () {
    let body = '92' + region; // 个体/企业 prefix variations
    body = (r() < 0.7 ? '91' : '92') + region;
    while (body.length < 17) body += USC[Math.floor(r() * 31)];
    let s = 0;
    for (let i = 0; i < 17; i++) s += USC.indexOf(body[i]) * UW[i];
    const c = (31 - (s % 31)) % 31;
    return body + USC[c];
  };
}
function ymd(s) { return s; }
function le(d, c) { return d <= c; } // ISO strings compare
const WK = ['日', '一', '二', '三', '四', '五', '六'];
function weekday(iso) { const [y, m, d] = iso.split('-').map(Number); return WK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; }
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function slashed(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
function monthOf(iso) { return iso.slice(0, 7); }
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; const y = m > 12 ? 2021 : 2020; WINDOW.push(`${y}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
function regularity(dates) { // full / partial / none over the window
  const months = new Set(dates.filter(d => d <= CUTOFF).map(monthOf).filter(m => WINDOW.includes(m)));
  if (months.size === 12) return 'full';
  return months.size ? 'partial' : 'none';
}
function randDate(r, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  const t = a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
function write(sub, file, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, file);
  const text = JSON.stringify(obj, null, 1);
  JSON.parse(text);
  fs.writeFileSync(p, text + '\n');
  console.log('wrote', path.relative(ROOT, p), text.length, 'bytes');
}
function padRows(rows) { return rows.map(r => r.map(c => (c === undefined ? null : c))); }

// =====================================================================
// F1 徐闻县 — one column per data source; only one source column filled per row
// =====================================================================
(function f1() {
  const H = ['序号', '指标', '单位', '县统计局', '县商务局', '县乡村振兴局', '县邮政管理局', '县财政局', '备注'];
  const row = (no, label, unit, src, val, note) => {
    const r = [no, label, unit, null, null, null, null, null, note || null];
    const col = { 统计局: 3, 商务局: 4, 乡村振兴局: 5, 邮政: 6, 财政局: 7 }[src];
    assert(col !== undefined, src);
    r[col] = val;
    return r;
  };
  const sec = (t) => [t, null, null, null, null, null, null, null, null];
  const rows = [
    ['徐闻县电子商务进农村综合示范创建基础数据表（按数据来源分列）', null, null, null, null, null, null, null, null],
    ['县（市、区）：徐闻县', null, null, null, null, '填报日期：2021年9月3日', null, null, null],
    H,
    sec('一、基本情况'),
    row(1, '考评截止日期', '—', '商务局', '2021年8月31日'),
    row(2, '户籍人口', '万人', '统计局', 78.62, '公安户籍口径'),
    row(3, '常住人口', '万人', '统计局', 59.31, '第七次全国人口普查'),
    row(4, '行政村（村委会）数', '个', '统计局', 183),
    row(5, '社区（居委会）数', '个', '统计局', 19),
    row(6, '省定贫困村数', '个', '乡村振兴局', 16),
    sec('二、网络零售'),
    row(7, '2019年农村网络零售额', '万元', '商务局', 86200, '省商务厅反馈数'),
    row(8, '2020年农村网络零售额', '万元', '商务局', 103500, '省商务厅反馈数'),
    row(9, '2020年农村网络零售额同比增速', '%', '商务局', '20.1%'),
    row(10, '2021年1-7月农村网络零售额', '万元', '商务局', 68800, '2021年数据仅供参考'),
    row(11, '2019年农产品网络零售额', '万元', '商务局', 21400),
    row(12, '2020年农产品网络零售额', '万元', '商务局', 29600),
    row(13, '2020年农产品网络零售额同比增速', '%', '商务局', '38.3%'),
    sec('三、培训与扶贫'),
    row(14, '电商培训人次（截至考评截止日）', '人次', '商务局', '6,120'),
    row(15, '电商培训人数（按身份证去重）', '人', '商务局', '4,310'),
    row(16, '建档立卡贫困人口（全部）', '人', '乡村振兴局', '25,466'),
    row(17, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', '乡村振兴局', '3,418'),
    row(18, '参加电商培训的建档立卡贫困人口', '人', '乡村振兴局', '1,902'),
    row(19, '是否能统计电商扶贫情况', '—', '乡村振兴局', '是'),
    sec('四、物流与服务体系'),
    row(20, '行政村物流快递覆盖率', '%', '邮政', '100%'),
    row(21, '县级电商公共服务中心投入运营日期', '—', '商务局', '2020年4月28日'),
    sec('五、资金'),
    row(22, '省级专项资金下达总额', '万元', '财政局', 500),
    row(23, '县级配套资金', '万元', '财政局', 120, '不纳入省级资金支出率'),
    row(24, '累计拨付省级专项资金（截至2021年8月31日）', '万元', '财政局', 412.6),
    row(25, '项目总体进度', '%', '商务局', '92%'),
    ['注：1.各数据以提供单位盖章材料为准；2.常住人口为第七次全国人口普查数；3.空白格表示该单位不掌握此项数据。', null, null, null, null, null, null, null, null],
  ];
  // every data row has exactly one source column filled
  for (const r of rows) if (typeof r[0] === 'number') assert.strictEqual(r.slice(3, 8).filter(c => c !== null).length, 1);
  write('facts', 'b17-f1-xuwen.json', {
    description: '徐闻县商务局汇总的基础数据表：指标|单位 后按数据来源分列（县统计局|县商务局|县乡村振兴局|县邮政管理局|县财政局），每行只有提供单位那一列有数，其余空白。陷阱：户籍人口78.62万在常住人口59.31万上一行；社区（居委会）19个不是行政村；2021年1-7月零售额；“培训人数（去重）4310”不是培训人次；建档立卡贫困人口总数25466不是有劳动能力（不含外出务工）的3418；县级配套资金120万元不是省级下达资金；填报日期2021年9月3日不是考评截止日。零售额单位为万元。',
    sheets: [{ name: '基础数据（分来源）', rows: padRows(rows), merges: ['A1:I1', 'A2:D2', 'F2:I2', 'A4:I4', 'A11:I11', 'A19:I19', 'A26:I26', 'A29:I29', 'A34:I34'] }],
    expect: {
      facts: {
        county: '徐闻县',
        asOf: '2021-08-31',
        residentPopulation: 593100,
        adminVillagesStated: 183,
        poorVillagesStated: 16,
        ruralRetail2019: 862000000,
        ruralRetail2020: 1035000000,
        ruralRetailGrowthStated: 0.201,
        agriRetail2019: 214000000,
        agriRetail2020: 296000000,
        agriRetailGrowthStated: 0.383,
        trainingPersonTimesStated: 6120,
        eligiblePoorPersonsStated: 3418,
        trainedPoorPersonsStated: 1902,
        povertyStatisticsStated: true,
        expressCoverage: true,
        centerOpened: '2020-04-28',
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        overallProgress: 0.92,
      },
      judged: {},
    },
  });
  // check merges point at section rows
  const secRows = rows.map((r, i) => [r, i + 1]).filter(([r]) => typeof r[0] === 'string' && /^[一二三四五]、/.test(r[0])).map(([, i]) => i);
  assert.deepStrictEqual(secRows, [4, 11, 19, 26, 29]);
  assert.strictEqual(rows.length, 34);
})();

// =====================================================================
// F2 翁源县 — score sheet with abbreviated indicator names, a 2020 mid-term column, emoji marks
// =====================================================================
(function f2() {
  const N = null;
  const rows = [
    ['2019年省级电子商务进农村综合示范创建考评自评打分表', N, N, N, N, N, N, N],
    ['县（市、区）', '翁源县', N, '考评截止', '2021.8.31', '打分日期', '2021.9.8', N],
    ['类别', '序号', '指标', '满分', '2020年中期自评', '本次自评', '达标', '备注'],
    ['组织', 1, '组织', 2, 1, 2, '✅', '县长任组长，县商务局、财政局、农业农村局、乡村振兴局参与'],
    [N, 2, '方案', 2, 2, 2, '✅', '见附件1'],
    [N, 3, '政策', 2, 1, 1, '⚠️', '人才政策尚未落地'],
    [N, 4, '项目管理', 4, 2, 3, '⚠️', N],
    [N, N, '其中：制度', 2, 1, 2, '✅', N],
    [N, N, '其中：台账', 2, 1, 1, '⚠️', '部分站点台账不完整'],
    ['进农村', 5, '中心', 15, 9, 13, '⚠️', N],
    [N, 6, '站点', 10, 5, 10, '✅', N],
    [N, 7, '上行', 10, 6, 8, '⚠️', N],
    [N, 8, '培训', 20, 12, 18, '⚠️', N],
    ['信息', 9, '公开', 4, 2, 2, '⚠️', '缺监督举报窗口'],
    [N, 10, '上报', 6, 4, 6, '✅', N],
    ['宣传', 11, '案例', 2, 0, 2, '✅', N],
    [N, 12, '推广', 8, 4, 5, '⚠️', N],
    ['资金', 13, '制度', 5, 4, 4, '✅', N],
    [N, 14, '台账', 5, 3, 4, '✅', N],
    [N, 15, '支出', 5, 3, 4, '✅', N],
    ['加分', 16, '贫困培训', 2, 0, 0, '❌', N],
    [N, 17, '电视', 2, 0, 1, '✅', '广东广播电视台播报'],
    ['合计（含加分）', N, N, 104, 58, 85, N, N],
    [N, N, N, N, N, N, N, N],
    ['附：服务中心及其他自查（✅有  ❌无）', N, N, N, N, N, N, N],
    ['免费培训场所及培训设备', N, N, '✅', N, N, N, N],
    ['特色农产品免费展示、销售', N, N, '✅', N, N, N, N],
    ['免费摄影、美工服务', N, N, '❌', N, N, N, N],
    ['农产品统一推广、品牌建设指导', N, N, '✅', N, N, N, N],
    ['其他衍生增值服务', N, N, '✅', N, N, N, N],
    ['电商产业园（建设或整合）', N, N, '✅', N, N, N, N],
    ['专业第三方电商运营服务商', N, N, '✅', N, N, N, N],
    ['行政村物流快递100%覆盖', N, N, '✅', N, N, N, N],
    ['示范县工作方案正式印发', N, N, '✅', N, N, N, N],
    ['出台支持农村电商发展政策', N, N, '✅', N, N, N, N],
    ['专栏公示创建方案', N, N, '✅', N, N, N, N],
    ['专栏公示项目基本信息', N, N, '✅', N, N, N, N],
    ['专栏公示项目建设进度', N, N, '✅', N, N, N, N],
    ['专栏征求意见或监督举报窗口', N, N, '❌', N, N, N, N],
    ['资金管理制度', N, N, '✅', N, N, N, N],
    ['资金专用台账', N, N, '✅', N, N, N, N],
  ];
  // claimed sums
  const claim = [2, 2, 1, 3, 13, 10, 8, 18, 2, 6, 2, 5, 4, 4, 4];
  const mid = [1, 2, 1, 2, 9, 5, 6, 12, 2, 4, 0, 4, 4, 3, 3];
  assert.strictEqual(claim.reduce((a, b) => a + b) + 1, 85);
  assert.strictEqual(mid.reduce((a, b) => a + b), 58);
  assert.strictEqual(2 + 1, 3); // 项目管理 = 制度2 + 台账1
  const merges = ['A1:H1', 'A4:A9', 'A10:A13', 'A14:A15', 'A16:A17', 'A18:A20', 'A21:A22', 'A23:C23', 'A25:H25'];
  for (let r = 26; r <= 41; r++) merges.push(`A${r}:C${r}`);
  assert.strictEqual(rows.length, 41);
  write('facts', 'b17-f2-wengyuan.json', {
    description: '翁源县商务局自评打分表：照抄官方指标体系但指标改用简称（组织/方案/政策/项目管理/中心/站点/上行/培训/公开/上报/案例/推广/制度/台账/支出），类别列合并（组织/进农村/信息/宣传/资金/加分），达标列用 ✅ ⚠️ ❌；下方附服务中心及其他自查清单，用 ✅/❌ 作答。陷阱：“2020年中期自评”列在“本次自评”左边，不是本次得分；项目管理下的“其中：制度/台账”是项目管理的分项，不是资金组的“制度/台账”；打分日期2021.9.8不是考评截止日；合计行不是指标。',
    sheets: [{ name: '考评得分', rows: padRows(rows), merges }],
    expect: {
      facts: {
        county: '翁源县',
        asOf: '2021-08-31',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        planIssued: true,
        policyIssued: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        fundSystemIssued: true,
        fundLedgerKept: true,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
        'work.center': 13, 'work.coverage': 10, 'work.upward': 8, 'work.training': 18,
        'info.disclosure': 2, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
  });
})();

// =====================================================================
// F3 揭西县 — PPT-style "KPI cards": big figure in one cell, caption in the cell BELOW it;
// a column of ✔/✘ phrases (mark and text in one cell)
// =====================================================================
(function f3() {
  const g = Array.from({ length: 20 }, () => Array(10).fill(null));
  const put = (a1, v) => { const c = a1.charCodeAt(0) - 65; const r = Number(a1.slice(1)) - 1; g[r][c] = v; };
  put('A1', '电子商务进农村综合示范创建成效一览');
  put('A2', '（数据截至2021年8月31日）');
  const cards = [
    ['B4', '68.9万', '常住人口'], ['D4', '211个', '行政村'], ['F4', '26个', '省定贫困村'], ['H4', '82.1万', '户籍人口'],
    ['B7', '7,245人次', '电商培训'], ['D7', '3,870人', '有劳动能力贫困人口（不含外出务工）'], ['F7', '2,016人', '参训贫困人口'], ['H7', '9,000人次', '2021年全年培训目标'],
    ['B10', '4.52亿元', '2020年农村网络零售额'], ['D10', '+36.4%', '2020年农村网络零售额同比增长'], ['F10', '1.37亿元', '2020年农产品网络零售额'], ['H10', '2.97亿元', '2021年1-8月农村网络零售额'],
    ['B13', '500万元', '省级专项资金下达'], ['D13', '396.8万元', '累计拨付'], ['F13', '79.4%', '资金拨付率'], ['H13', '95%', '项目总体进度'],
    ['B16', '2020.12.26', '县级电商公共服务中心投入运营'], ['D16', '县长', '领导小组组长'], ['F16', '商务、财政、农业农村、乡村振兴等14个部门', '领导小组成员单位'],
  ];
  for (const [a1, v, cap] of cards) {
    put(a1, v);
    put(a1[0] + (Number(a1.slice(1)) + 1), cap);
  }
  const ticks = ['创建任务完成情况', '✔ 示范县工作方案正式印发', '✔ 出台农村电商扶持政策', '✔ 中心有免费培训场所及设备', '✔ 农特产品免费展示展销', '✘ 免费摄影美工服务',
    '✔ 引入专业第三方运营服务商', '✘ 电商产业园', '✔ 行政村快递100%覆盖', '✔ 按月统计电商扶贫数据', '✔ 专栏公示创建方案', '✔ 专栏公示项目基本信息', '✔ 专栏公示建设进度', '✘ 监督举报窗口'];
  ticks.forEach((t, i) => put('J' + (3 + i), t));
  put('A19', '制表：县商务局电商股　2021年9月6日');
  assert.strictEqual(g[3][1], '68.9万'); assert.strictEqual(g[4][1], '常住人口');
  write('facts', 'b17-f3-jiexi.json', {
    description: '揭西县汇报材料里的“成效一览”页，按PPT文本框逐个敲进单元格：大号数字在上、说明文字在下一格（数值在标签上方），四张卡片一行、隔列排布；J列一串“✔ 事项”“✘ 事项”，符号和文字在同一格。表内不写县名。陷阱：户籍人口82.1万与常住人口68.9万并排；“2021年全年培训目标9,000人次”不是培训人次；2021年1-8月零售额；资金拨付率79.4%不是项目总体进度（总体进度是95%）；制表日期2021年9月6日不是截止日；“✘ 电商产业园”是否。',
    sheets: [{ name: '成效一览', rows: g, merges: ['A1:J1', 'A2:J2'] }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 689000,
        adminVillagesStated: 211,
        poorVillagesStated: 26,
        trainingPersonTimesStated: 7245,
        eligiblePoorPersonsStated: 3870,
        trainedPoorPersonsStated: 2016,
        ruralRetail2020: 452000000,
        ruralRetailGrowthStated: 0.364,
        agriRetail2020: 137000000,
        fundAllocated: 5000000,
        fundSpentStated: 3968000,
        overallProgress: 0.95,
        centerOpened: '2020-12-26',
        planIssued: true,
        policyIssued: true,
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        thirdPartyOperator: true,
        parkBuilt: false,
        expressCoverage: true,
        povertyStatisticsStated: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================
// L1 丰顺县 — training: one sheet per session, date ONLY in the sheet name
// =====================================================================
(function l1() {
  const newId = makeIdFactory(1701);
  const nm = nameFactory(1702);
  const ph = phoneFactory(1703);
  const r = rng(1704);
  const towns = ['汤坑镇', '丰良镇', '潭江镇', '汤西镇', '八乡山镇', '砂田镇', '黄金镇', '留隍镇'];
  const vill = villageFactory(1705);
  const sessions = [
    { sheet: '第1期 2020.06.18', date: '2020-06-18', n: 8, topic: '农村电商基础知识与网店开设', ought: 10 },
    { sheet: '第2期 2020.10.15', date: '2020-10-15', n: 9, topic: '农产品网店运营与美工', ought: 10 },
    { sheet: '第3期 2021.3.11-12', date: '2021-03-12', n: 10, topic: '短视频拍摄与直播带货（两天）', ought: 12 },
    { sheet: '第4期 2021.09.02（直播带货）', date: '2021-09-02', n: 7, topic: '直播带货实操', ought: 8 },
  ];
  const sheets = [{
    name: '说明',
    rows: [['培训台账填写说明'], ['1. 每期培训单独一个工作表，工作表名称为“期次+培训日期”，表内不再重复填写日期。'], ['2. 身份证号码须填写18位；贫困户须注明。'], ['3. 签名栏据纸质签到表录入，“已签”表示本人签到。'], ['县商务局电商股　2021年9月']],
  }];
  const exp = { '说明': { kind: null } };
  let lowerDone = false, maskDone = false, noneDone = false;
  for (const s of sessions) {
    const rows = [
      ['丰顺县电子商务进农村综合示范项目培训签到表', null, null, null, null, null, null, null],
      ['培训内容：' + s.topic, null, null, null, '地点：县电商公共服务中心培训室', null, null, null],
      ['序号', '姓名', '性别', '身份证号码', '所在镇村', '联系电话', '是否建档立卡贫困户', '本人签名'],
    ];
    const recs = [];
    for (let i = 1; i <= s.n; i++) {
      const sex = r() < 0.5 ? 'M' : 'F';
      let id;
      let written;
      let expected;
      if (s.date === '2020-10-15' && !lowerDone && i === 4) {
        id = newId('441423', sex, true); written = id.slice(0, 17) + 'x'; expected = id; lowerDone = true;
      } else if (s.date === '2021-03-12' && !maskDone && i === 6) {
        id = newId('441423', sex, false); written = id.slice(0, 6) + '********' + id.slice(14); expected = written; maskDone = true;
      } else if (s.date === '2021-03-12' && !noneDone && i === 9) {
        written = '未提供'; expected = null; noneDone = true;
      } else {
        id = newId('441423', sex); written = id; expected = id;
      }
      const town = towns[Math.floor(r() * towns.length)];
      rows.push([i, nm(), sex === 'M' ? '男' : '女', written, town + vill(), ph(), r() < 0.3 ? '是' : '否', '已签']);
      recs.push({ date: s.date, personTimes: 1, id: expected });
    }
    rows.push(['（以下空白）', null, null, null, null, null, null, null]);
    rows.push([`应到人数：${s.ought}　　实到人数：${s.n}`, null, null, null, '培训讲师：县电商公共服务中心', null, null, null]);
    sheets.push({ name: s.sheet, rows: padRows(rows), merges: ['A1:H1', 'A2:D2', 'E2:H2'] });
    exp[s.sheet] = { kind: 'training', records: recs };
    for (const rec of recs) if (rec.id && !rec.id.includes('*')) assert(validId(rec.id), rec.id);
  }
  assert(lowerDone && maskDone && noneDone);
  for (const s of sheets) assert(s.name.length <= 31 && !/[\\/?*\[\]:]/.test(s.name), s.name);
  write('ledgers', 'b17-l1-fengshun.json', {
    description: '丰顺县培训签到台账：每期一个工作表，表名“第1期 2020.06.18”“第3期 2021.3.11-12”等，表内（标题、表头、表尾）都没有日期，日期只在表名里；第3期为两天的班，按区间结束日2021-03-12计；另有一个“说明”页（不是台账）。陷阱：第4期2021.09.02在考评截止日之后（记录照列）；第2期一人身份证末位写成小写x（读作大写X）；第3期一人身份证打码、一人写“未提供”（id为null）；表尾“（以下空白）”“应到人数/实到人数”不是学员。',
    sheets,
    expect: { sheets: exp },
  });
})();

// =====================================================================
// L2 陆河县 — stations with GPS columns and 挂牌时间 as a quarter; report log with months as
// columns and the submission date typed as text "m/d"
// =====================================================================
(function l2() {
  const nm = nameFactory(1711);
  const ph = phoneFactory(1712);
  const r = rng(1713);
  const vill = villageFactory(1714);
  const towns = ['河田镇', '水唇镇', '螺溪镇', '东坑镇', '新田镇', '上护镇', '南万镇', '河口镇'];
  const hung = [
    ['2020年第3季度', '2020-09'], ['2020年第3季度', '2020-09'], ['2020年第4季度', '2020-12'], ['2020年四季度', '2020-12'],
    ['2020年12月', '2020-12'], ['2021年一季度', '2021-03'], ['2021.1.18', '2021-01-18'], ['2021年第1季度', '2021-03'],
    ['2021年第2季度', '2021-06'], ['2021年二季度', '2021-06'], ['2021年第2季度', '2021-06'], ['2021年第三季度', '2021-09'],
    ['2020年第3季度', '2020-09'], ['2021年第2季度', '2021-06'],
  ];
  const rows = [
    ['陆河县村级电子商务服务站点分布表（含GPS定位）', null, null, null, null, null, null, null, null, null],
    ['填报单位：陆河县商务局', null, null, null, null, null, null, '坐标系：WGS-84', null, null],
    ['序号', '镇', '行政村', '站点名称', '站长', '联系电话', '经度', '纬度', '挂牌时间', '备注'],
  ];
  const recs = [];
  hung.forEach(([txt, exp], i) => {
    const town = towns[i % towns.length];
    const v = vill();
    const lon = Math.round((115.48 + r() * 0.32) * 1e6) / 1e6;
    const lat = Math.round((23.18 + r() * 0.25) * 1e6) / 1e6;
    rows.push([i + 1, town, v, v.replace('村', '') + '村级电商服务站', nm(), ph(), lon, lat, txt, i === 11 ? '2021年9月挂牌，未纳入本期考评' : null]);
    recs.push({ village: v, opened: exp });
  });
  rows.push(['注：经纬度由站长手机定位获取，保留6位小数；挂牌时间按季度统计。', null, null, null, null, null, null, null, null, null]);

  const months = WINDOW.map(m => { const [y, mm] = m.split('-').map(Number); return `${y}年${mm}月`; });
  const sub = ['9/8', '10/9', '11/6', '12/8', '1/8', '3/2', '3/9', '4/8', '5/10', '6/8', '7/8', '8/9'];
  const subIso = ['2020-09-08', '2020-10-09', '2020-11-06', '2020-12-08', '2021-01-08', '2021-03-02', '2021-03-09', '2021-04-08', '2021-05-10', '2021-06-08', '2021-07-08', '2021-08-09'];
  const pov = ['×', '×', '√', '√', '√', '√', '√', '√', '√', '√', '√', '√'];
  const rep = [
    ['陆河县电子商务进农村综合示范工作月报报送情况登记（报送汕尾市商务局）', ...Array(12).fill(null)],
    ['报送月份', ...months],
    ['报送日期', ...sub],
    ['含电商扶贫统计', ...pov],
    ['报送方式', ...Array(12).fill('粤政易')],
    ['备注：2021年2月月报因春节假期于3月2日补报。日期格式为“月/日”。', ...Array(12).fill(null)],
  ];
  const repRecs = subIso.map((d, i) => ({ date: d, poverty: pov[i] === '√' }));
  subIso.forEach((d, i) => { if (i !== 5) assert.strictEqual(monthOf(d), WINDOW[i]); });
  write('ledgers', 'b17-l2-luhe.json', {
    description: '陆河县两张台账：①村级站点分布表带经度/纬度两列（6位小数的数字，如115.6xx、23.2xx，不是日期序列号也不是金额），挂牌时间按季度写“2020年第3季度”“2021年一季度”“2020年四季度”，季度按区间读到季末月份（2020-09等），个别写成“2020年12月”“2021.1.18”；②月报报送登记横放，列为2020年9月…2021年8月，单元格是文本“月/日”（“8/9”=8月9日，年份取自列头），2021年2月一格写“3/2”（春节补报，即2021-03-02）。陷阱：经纬度数字；“2021年第三季度”挂牌的站点在截止日后（记录照列，opened 2021-09）；“8/9”不能读成9月8日。',
    sheets: [
      { name: '村级站点（含坐标）', rows: padRows(rows), merges: ['A1:J1', 'A2:G2', 'H2:J2', `A${rows.length}:J${rows.length}`] },
      { name: '月报报送情况', rows: padRows(rep), merges: ['A1:M1', 'A6:M6'] },
    ],
    expect: {
      sheets: {
        '村级站点（含坐标）': { kind: 'stations', records: recs },
        '月报报送情况': { kind: 'reports', records: repRecs },
      },
    },
  });
})();

// ===== COUNTIES =====

function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sum = (a) => a.reduce((x, y) => x + y, 0);
function tierTraining(pt, pop) { const base = Math.min(pop, 500000); if (pt * 1000 >= base * 10) return 10; if (pt * 1000 >= base * 8) return 8; if (pt * 1000 >= base * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }

// =====================================================================
// C1 连南瑶族自治县 — near the top. Facts: 任务|目标值|完成值|完成率 table.
// =====================================================================
(function c1() {
  const REG = '441826';
  const r = rng(1801);
  const newId = makeIdFactory(1802);
  const nm = nameFactory(1803);
  const ph = phoneFactory(1804);
  const vill = villageFactory(1805, ['牛路村']);
  const towns = [['三江镇', 10], ['寨岗镇', 12], ['大麦山镇', 9], ['香坪镇', 7], ['大坪镇', 7], ['涡水镇', 8], ['三排镇', 7]];
  const communities = { 三江镇: ['城北社区', '城南社区'], 寨岗镇: ['寨岗社区'], 大麦山镇: ['大麦山社区'] };
  const poorPerTown = [2, 2, 2, 2, 2, 1, 1];
  const admin = []; // {town, name, poor}
  towns.forEach(([t, n], ti) => { for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: i < poorPerTown[ti] }); });
  assert.strictEqual(admin.length, 60);
  const poor = admin.filter(v => v.poor);
  assert.strictEqual(poor.length, 12);

  // ---- villages sheet
  const vRows = [['连南瑶族自治县行政村（社区）名单', null, null, null, null, null], ['序号', '镇', '村（居）委会名称', '类型', '快递进村', '备注']];
  let k = 0;
  for (const [t] of towns) {
    for (const v of admin.filter(x => x.town === t)) vRows.push([++k, t, v.name + '委会', '村委会', '已通', null]);
    for (const c of communities[t] || []) vRows.push([++k, t, c + '居委会', '社区居委会', '已通', '不属行政村']);
  }
  vRows.push(['合计：村委会60个，社区居委会4个', null, null, null, null, null]);
  assert.strictEqual(k, 64);

  // ---- poor villages: several names in one cell
  const pRows = [['连南瑶族自治县省定贫困村名单'], ['镇', '贫困村数（个）', '贫困村名称']];
  for (const [t] of towns) { const ps = poor.filter(v => v.town === t); pRows.push([t, ps.length, ps.map(v => v.name).join('、')]); }
  pRows.push(['合计', 12, null]);

  // ---- stations, grouped by town section rows
  const nonPoor = admin.filter(v => !v.poor);
  const order = shuffle(r, nonPoor.slice());
  const coveredNP = order.slice(0, 30), uncoveredNP = order.slice(30);
  const st = []; // {town, village, name, date}
  const pre = () => randDate(r, '2020-04-01', '2021-08-31');
  const post = () => randDate(r, '2021-09-01', '2021-10-20');
  for (const v of [...poor, ...coveredNP]) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '村电商服务站', date: pre() });
  for (const v of coveredNP.slice(0, 2)) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '邮政电商服务点', date: pre() });
  st.push({ town: poor[3].town, village: poor[3].name, name: poor[3].name.replace(/村$/, '') + '电商直播服务点', date: '2021-09-17' });
  for (const v of uncoveredNP.slice(0, 2)) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '村电商服务站', date: post() });
  st.push({ town: '三江镇', village: '城北社区', name: '城北社区电商服务站', date: '2020-11-20' });
  st.push({ town: '香坪镇', village: '牛路村', name: '牛路电商服务站', date: '2021-05-12' });
  assert.strictEqual(st.length, 49);
  const adminNames = new Set(admin.map(v => v.name));
  const cov = new Set(st.filter(s => s.date <= CUTOFF && adminNames.has(s.village)).map(s => s.village));
  assert.strictEqual(cov.size, 42);
  assert(42 * 100 >= 60 * 70 && 42 * 100 < 60 * 70 + 1); // exactly 70%
  assert.strictEqual(poor.filter(v => cov.has(v.name)).length, 12);
  const careless = new Set(st.filter(s => adminNames.has(s.village)).map(s => s.village));
  assert.strictEqual(careless.size, 44);
  const CN = ['一', '二', '三', '四', '五', '六', '七'];
  const sRows = [['连南瑶族自治县村级电子商务服务站点台账'], ['序号', '站点名称', '所在村', '负责人', '联系电话', '建成时间', '服务内容']];
  const sMerges = ['A1:G1'];
  let sn = 0;
  towns.forEach(([t], ti) => {
    const list = st.filter(s => s.town === t).sort((a, b) => (a.date < b.date ? -1 : 1));
    sRows.push([`${CN[ti]}、${t}（${list.length}个）`, null, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:G${sRows.length}`);
    for (const s of list) sRows.push([++sn, s.name, s.village, nm(), ph(), { date: s.date }, '代购代销、代收代发快递、代缴费']);
  });
  assert.strictEqual(sn, 49);

  // ---- park enterprises
  const uscc = usccFactory(1806, '441826');
  const words = ['稻鱼', '八排', '万山', '金坑', '天堂', '油岭', '南岗', '盘王', '瑶绣', '千年', '云上', '三江', '涡水', '大龙', '板洞', '山货', '瑶家', '红米', '高山', '白芒', '百寨', '香坪'];
  const types = ['平台型电商', '销售型（网店）', '电商代运营服务商', '物流快递', '销售型（网店）', '直播电商', '电商代运营服务商', '销售型（网店）'];
  const ents = []; // {name, code, type, entered, left, note}
  for (let i = 0; i < 17; i++) ents.push({ name: `连南县${words[i]}电子商务有限公司`, code: uscc(), type: types[i % types.length], entered: randDate(r, '2020-06-01', '2021-07-31'), left: null, note: null });
  ents[5].left = '2021-10-08'; ents[5].note = '已申请退园';
  const yc = uscc();
  ents.push({ name: '连南县瑶山电子商务有限公司', code: yc, type: '平台型电商', entered: '2020-07-10', left: null, note: '2021年4月更名，见下一行' });
  ents.push({ name: '连南瑶山电商科技有限公司', code: yc, type: '平台型电商', entered: '2021-04-12', left: null, note: '原连南县瑶山电子商务有限公司' });
  ents.push({ name: '连南县大麦山农特产品网销合作社', code: uscc(), type: '销售型（网店）', entered: '2020-09-01', left: null, note: null });
  ents.push({ name: `连南县${words[17]}物流有限公司`, code: uscc(), type: '物流快递', entered: '2020-08-15', left: '2021-03-15', note: '已退出' });
  ents.push({ name: `连南县${words[18]}网络科技有限公司`, code: uscc(), type: '直播电商', entered: '2020-10-20', left: '2021-06-30', note: '已退出' });
  ents.push({ name: `连南县${words[19]}供应链管理有限公司`, code: uscc(), type: '物流快递', entered: '2021-09-06', left: null, note: '9月新入驻' });
  assert.strictEqual(ents.length, 23);
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  const parkCount = new Set(inPark.map(e => e.code)).size;
  assert.strictEqual(parkCount, 19);
  assert.strictEqual(inPark.length, 20);
  const normType = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
  assert(new Set(inPark.map(e => normType(e.type))).size >= 3);
  const eRows = [['连南县电子商务产业园入驻企业清单'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻日期', '退出日期', '备注']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, dotted(e.entered), e.left ? dotted(e.left) : null, e.note]));

  // ---- poor persons
  const statuses = shuffle(r, [...Array(80).fill('E'), ...Array(15).fill('M'), ...Array(25).fill('N')]);
  const persons = [];
  let xLeft = 2;
  let hh = null, hhLeft = 0, rel = 0, hv = null;
  statuses.forEach((s, i) => {
    if (hhLeft === 0) { hhLeft = 1 + Math.floor(r() * 4); hh = nm(); rel = 0; hv = admin[Math.floor(r() * admin.length)]; }
    const sex = r() < 0.5 ? 'M' : 'F';
    const wantX = (s === 'E' && xLeft > 0) ? true : false;
    if (wantX) xLeft--;
    const v = hv;
    const name = rel === 0 ? hh : rel === 1 ? nm() : hh[0] + nm().slice(1);
    persons.push({ status: s, id: newId(REG, sex, wantX), name, head: hh, rel: ['户主', '配偶', '子女', '子女', '父母'][rel], town: v.town, village: v.name });
    rel++; hhLeft--;
  });
  const E = persons.filter(p => p.status === 'E');
  const M = persons.filter(p => p.status === 'M');
  const NL = persons.filter(p => p.status === 'N');
  assert.deepStrictEqual([E.length, M.length, NL.length], [80, 15, 25]);
  const xPersons = E.filter(p => p.id.endsWith('X'));
  assert.strictEqual(xPersons.length, 2);
  const ppRows = [['连南瑶族自治县建档立卡贫困人口名单（县乡村振兴局提供）'], ['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号', '劳动能力', '是否外出务工']];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.status === 'N' ? '无劳动能力' : '有劳动能力', p.status === 'M' ? '是' : '否']));

  // ---- training sign-ins
  const trainedE = E.filter(p => !p.id.endsWith('X')).slice(0, 54).concat(xPersons); // 56 distinct
  assert.strictEqual(new Set(trainedE.map(p => p.id)).size, 56);
  const rest = E.filter(p => !trainedE.includes(p));
  const postOnly = rest.slice(0, 3), maskedOnly = rest[3];
  const preRows = [];
  for (const p of trainedE) preRows.push({ p, id: xPersons.includes(p) ? p.id.slice(0, 17) + 'x' : p.id, poorMark: '是' });
  for (const p of trainedE.slice(0, 10)) preRows.push({ p, id: xPersons.includes(p) ? p.id.slice(0, 17) + 'x' : p.id, poorMark: '是' });
  for (const p of M.slice(0, 6)) preRows.push({ p, id: p.id, poorMark: '是' });
  for (const p of NL.slice(0, 4)) preRows.push({ p, id: p.id, poorMark: '是' });
  preRows.push({ p: maskedOnly, id: maskedOnly.id.slice(0, 6) + '********' + maskedOnly.id.slice(14), poorMark: '是' });
  assert.strictEqual(preRows.length, 77);
  while (preRows.length < 1350) { const sex = r() < 0.5 ? 'M' : 'F'; preRows.push({ p: { name: nm(), town: towns[Math.floor(r() * 7)][0] }, id: newId(REG, sex), poorMark: '否', sex }); }
  const sizes = [80, 85, 90, 75, 88, 92, 86, 84, 80, 78, 90, 85, 82, 88, 83, 84];
  const sDates = ['2020-04-22', '2020-05-27', '2020-06-18', '2020-07-15', '2020-08-19', '2020-09-23', '2020-10-28', '2020-11-18', '2020-12-16', '2021-01-13', '2021-03-17', '2021-04-21', '2021-05-19', '2021-06-16', '2021-07-21', '2021-08-18'];
  assert.strictEqual(sum(sizes), 1350);
  let ok = false, tries = 0;
  while (!ok) {
    shuffle(r, preRows); ok = true; tries++;
    let off = 0;
    for (const n of sizes) { const ids = preRows.slice(off, off + n).map(x => x.id.toUpperCase()); if (new Set(ids).size !== ids.length) ok = false; off += n; }
  }
  const postRows = postOnly.map(p => ({ p, id: p.id, poorMark: '是' }));
  while (postRows.length < 60) { const sex = r() < 0.5 ? 'M' : 'F'; postRows.push({ p: { name: nm(), town: towns[Math.floor(r() * 7)][0] }, id: newId(REG, sex), poorMark: '否', sex }); }
  shuffle(r, postRows);
  const topics = ['农村电商基础知识', '网店开设与运营', '农产品摄影与美工', '短视频与直播带货', '电商扶贫专题'];
  const tRows = [['连南瑶族自治县电子商务进农村培训签到台账'], ['序号', '培训日期', '培训班次', '姓名', '性别', '身份证号', '所在镇', '是否贫困户', '联系电话']];
  const tAll = [];
  let off = 0, seq = 0;
  sizes.forEach((n, si) => { for (const x of preRows.slice(off, off + n)) tAll.push({ date: sDates[si], cls: `第${si + 1}期 ${topics[si % 5]}`, x }); off += n; });
  for (const x of postRows) tAll.push({ date: '2021-09-15', cls: '第17期 直播带货提升班', x });
  for (const t of tAll) {
    const idU = t.x.id.toUpperCase();
    const sexDigit = t.x.id.includes('*') ? null : Number(t.x.id[16]);
    tRows.push([++seq, { date: t.date }, t.cls, t.x.p.name, sexDigit === null ? '女' : (sexDigit % 2 ? '男' : '女'), t.x.id, t.x.p.town, t.x.poorMark, ph()]);
    if (!t.x.id.includes('*')) assert(validId(idU));
  }
  // assertions the expected points rely on
  const preCount = tAll.filter(t => t.date <= CUTOFF).length;
  assert.strictEqual(preCount, 1350);
  assert.strictEqual(tAll.length, 1410);
  const eligibleIds = new Set(E.map(p => p.id));
  const trainedEligible = new Set(tAll.filter(t => t.date <= CUTOFF && !t.x.id.includes('*')).map(t => t.x.id.toUpperCase()).filter(id => eligibleIds.has(id)));
  assert.strictEqual(trainedEligible.size, 56);
  assert(56 * 100 === 80 * 70); // exactly 70%
  const caseSensitive = new Set(tAll.filter(t => t.date <= CUTOFF).map(t => t.x.id).filter(id => eligibleIds.has(id)));
  assert.strictEqual(caseSensitive.size, 54); // 54/80 = 67.5% if x is not upper-cased
  assert.strictEqual(tierTraining(1350, 137200), 8);
  assert.strictEqual(tierTraining(1410, 137200), 10);
  assert.strictEqual(tierTraining(1350, 205000), 6);
  assert.strictEqual(tierPoor(56, 80), 10);

  // ---- funds
  const funds = [
    ['2020-05-20', '县级电商公共服务中心建设', '连南县瑶山电子商务有限公司', 680000, 'JZ-2020-0516'],
    ['2020-08-26', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司连南县分公司', 756000, 'JZ-2020-0832'],
    ['2020-10-15', '县乡村三级物流配送体系', '连南县三江物流有限公司', 520000, 'JZ-2020-1021'],
    ['2020-12-18', '农村电商人才培训', '清远市某职业培训学校', 198600, 'JZ-2020-1244'],
    ['2021-01-22', '县级电商公共服务中心运营', '连南县瑶山电子商务有限公司', 342000, 'JZ-2021-0118'],
    ['2021-03-19', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司连南县分公司', 864000, 'JZ-2021-0327'],
    ['2021-05-14', '农产品品牌培育及溯源系统', '连南县八排电子商务有限公司', 415000, 'JZ-2021-0539'],
    ['2021-06-30', '县乡村三级物流配送体系', '连南县三江物流有限公司', 380000, 'JZ-2021-0688'],
    ['2021-08-20', '农村电商人才培训', '清远市某职业培训学校', 230000, 'JZ-2021-0815'],
    ['2021-09-16', '村级电商服务站点建设（尾款）', '中国邮政集团有限公司连南县分公司', 300000, 'JZ-2021-0921'],
  ];
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => f[3]));
  assert.strictEqual(spent, 4385600);
  assert(spent * 100 >= 5000000 * 70);
  const fRows = [['连南瑶族自治县2019年省级电子商务进农村综合示范专项资金拨付台账'], ['下达资金：伍佰万元整（5,000,000.00元）', null, null, null, null, null, null, '单位：元'],
    ['序号', '拨付日期', '项目名称', '收款单位', '金额（小写）', '金额（大写）', '累计拨付', '凭证号']];
  let run = 0;
  funds.forEach((f, i) => { run += f[3]; fRows.push([i + 1, f[0], f[1], f[2], f[3], daxie(f[3]), run, f[4]]); });
  fRows.push(['合计', null, null, null, run, daxie(run), null, null]);
  fRows.push(['制表：县商务局　审核：县财政局', null, null, null, null, null, null, null]);

  // ---- monthly reports: dates with the weekday
  const rep = [];
  const repMonths = ['2020-07', '2020-08', ...WINDOW, '2021-09'];
  for (const m of repMonths) {
    let d = 5 + Math.floor(r() * 6); let iso;
    for (;;) { iso = `${m}-${pad(d, 2)}`; const w = weekday(iso); if (w !== '六' && w !== '日') break; d++; }
    rep.push({ date: iso, pov: m >= '2020-10' });
  }
  assert.strictEqual(regularity(rep.map(x => x.date)), 'full');
  const rRows = [['连南县电商进农村示范创建工作月报报送登记表（报清远市商务局）'], ['序号', '报送时间', '报送内容', '报送方式', '是否含电商扶贫数据']];
  rep.forEach((x, i) => { const [y, m] = x.date.split('-').map(Number); const pm = m === 1 ? 12 : m - 1; const py = m === 1 ? y - 1 : y; rRows.push([i + 1, `${cn(x.date)}（星期${weekday(x.date)}）`, `${py}年${pm}月示范创建工作进展及电商统计数据`, 'OA公文交换', x.pov ? '是' : '否']); });

  // ---- disclosures: CMS export with timestamps
  const disc = [['2019-12-10', '关于印发《连南瑶族自治县电子商务进农村综合示范县创建工作方案》的通知'], ['2020-01-15', '连南县电子商务进农村综合示范项目基本信息公示'], ['2020-02-20', '关于设立电子商务进农村综合示范工作监督举报电话和意见箱的公告']];
  const progMonths = ['2020-05', '2020-06', '2020-07', '2020-08', ...WINDOW, '2021-09'];
  for (const m of progMonths) { const d = 10 + Math.floor(r() * 15); const [y, mm] = m.split('-').map(Number); const pm = mm === 1 ? 12 : mm - 1; const py = mm === 1 ? y - 1 : y; disc.push([`${m}-${pad(d, 2)}`, `连南县电子商务进农村综合示范项目建设进度（${py}年${pm}月）`]); }
  assert.strictEqual(regularity(disc.map(x => x[0])), 'full');
  const dRows = [['信息公开专栏更新记录（网站后台导出）'], ['序号', '标题', '栏目', '发布时间', '链接']];
  disc.forEach((x, i) => { const hh2 = 8 + Math.floor(r() * 10), mi = Math.floor(r() * 60), se = Math.floor(r() * 60); dRows.push([i + 1, x[1], '电子商务进农村综合示范', `${x[0]} ${pad(hh2, 2)}:${pad(mi, 2)}:${pad(se, 2)}`, `http://www.liannan.gov.cn/zwgk/dzsw/content/post_${1200000 + i * 137}.html`]); });

  // ---- media
  const media = [
    ['2020-11-20', '清远日报', '市级', '报纸', '连南：电商服务站开到瑶寨家门口', '否'],
    ['2021-01-09', '南方日报', '省级', '报纸', '瑶山好物搭上电商快车', '否'],
    ['2021-04-27', '广东广播电视台珠江频道《今日关注》', '省级', '电视', '连南瑶族自治县：电商扶贫让稻田鱼游出大山', '是'],
    ['2021-07-16', 'CCTV-17农业农村频道', '国家级', '电视', '稻鱼共生 梯田增收', '否'],
    ['2021-09-08', '连南电视台', '县级', '电视', '我县电商扶贫典型案例：八排瑶绣线上热销', '是'],
  ];
  const mRows = [['连南县电子商务进农村宣传报道情况'], ['序号', '日期', '媒体名称', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  media.forEach((x, i) => mRows.push([i + 1, x[0].replace(/-/g, '.'), ...x.slice(1)]));
  const lv = new Set(media.filter(x => x[0] <= CUTOFF).map(x => x[2]));
  assert.deepStrictEqual([...lv].sort(), ['国家级', '市级', '省级'].sort());
  const tvCase = media.filter(x => x[0] <= CUTOFF && x[3] === '电视' && x[5] === '是');
  assert.strictEqual(tvCase.length, 1); assert.strictEqual(tvCase[0][2], '省级');

  // ---- materials
  const matRows = [['经验材料报送登记'], ['序号', '报送日期', '材料名称', '报送对象', '报送方式'],
    [1, '2020.12.18', '连南县电子商务进农村综合示范创建阶段性工作总结', '清远市商务局', 'OA'], [2, '2021.5.20', '连南县“电商+瑶绣”带贫增收经验做法', '清远市商务局', '电子邮件']];

  // ---- facts sheet: 任务 | 目标值 | 完成值 | 完成率
  const N = null;
  const F = [
    ['连南瑶族自治县电子商务进农村综合示范创建任务完成情况表', N, N, N, N, N, N],
    ['考评截止日期：2021年8月31日', N, N, N, '填报时间：2021年9月10日', N, N],
    ['序号', '任务内容', '目标值', '完成值', '完成率', '责任单位', '备注'],
    ['〇、基本情况', N, N, N, N, N, N],
    [N, '常住人口', '—', '13.72万人', '—', '县统计局', '七普数据'],
    [N, '户籍人口', '—', '20.5万人', '—', '县公安局', N],
    [N, '行政村', '—', '60个', '—', '县民政局', '另有社区居委会4个'],
    [N, '省定贫困村', '—', '12个', '—', '县乡村振兴局', N],
    ['一、组织领导', N, N, N, N, N, N],
    [1, '成立示范县工作领导小组', '县主要领导牵头', '县长任组长，县商务局、财政局、农业农村局、乡村振兴局等部门参加', '100%', '县政府办', N],
    [2, '印发示范县工作方案', '正式印发', '已印发（连南府办〔2019〕41号）', '100%', '县商务局', N],
    [3, '出台支持农村电商发展政策', '出台', '已出台', '100%', '县商务局', '资金、用地、人才'],
    ['二、服务体系建设', N, N, N, N, N, N],
    [4, '县级电商公共服务中心投入运营', '2020年6月底前', '2020年8月8日', '100%', '县商务局', '因疫情推迟'],
    [5, '中心免费培训场所及培训设备', '有', '有', '100%', '运营服务商', N],
    [6, '特色农产品免费展示、销售', '有', '有', '100%', '运营服务商', N],
    [7, '免费摄影、美工服务', '有', '有', '100%', '运营服务商', N],
    [8, '农产品统一推广、品牌建设指导', '有', '有', '100%', '运营服务商', N],
    [9, '其他衍生增值服务', '有', '有', '100%', '运营服务商', N],
    [10, '建设电商产业园', '建成', '已建成', '100%', '县商务局', N],
    [11, '产业园入驻企业', '20家', '19家', '95%', '县商务局', N],
    ['三、农村产品上行', N, N, N, N, N, N],
    [12, '专业第三方电商运营服务商', '引进1家', '已引进2家', '200%', '县商务局', N],
    [13, '行政村物流快递覆盖率', '100%', '100%', '100%', '县邮政管理局', N],
    [14, '2019年农村网络零售额', '—', '18,600万元', '—', '县商务局', N],
    [15, '2020年农村网络零售额', '—', '23,100万元', '—', '县商务局', N],
    [16, '2020年农村网络零售额同比增速', '30%', '24.2%', '80.7%', '县商务局', N],
    [17, '2019年农产品网络零售额', '—', '5,200万元', '—', '县商务局', N],
    [18, '2020年农产品网络零售额', '—', '7,100万元', '—', '县商务局', N],
    [19, '2020年农产品网络零售额同比增速', '30%', '36.5%', '121.7%', '县商务局', N],
    ['四、电商人才培训', N, N, N, N, N, N],
    [20, '培训人次', '1,372人次（常住人口1%）', '1,350人次', '98.4%', '县商务局', N],
    [21, '有劳动能力的建档立卡贫困人口（不含外出务工）', '—', '80人', '—', '县乡村振兴局', N],
    [22, '参加培训的建档立卡贫困人口', '40人（50%）', '56人', '140%', '县商务局', N],
    ['五、信息公开及报送', N, N, N, N, N, N],
    [23, '政府网站专栏公示创建方案', '公示', '已公示', '100%', '县商务局', N],
    [24, '专栏公示项目基本信息', '公示', '已公示', '100%', '县商务局', N],
    [25, '专栏公示项目建设进度', '按月', '已按月公示', '100%', '县商务局', N],
    [26, '专栏设立监督举报窗口', '设立', '已设立', '100%', '县商务局', N],
    [27, '统计电商扶贫情况', '按月统计', '已统计', '100%', '县商务局', N],
    ['六、资金管理', N, N, N, N, N, N],
    [28, '省级专项资金下达', '500万元', '500万元', '—', '县财政局', N],
    [29, '累计拨付省级专项资金', '350万元（70%）', '438.56万元', '125.3%', '县财政局', N],
    [30, '资金管理制度', '制定', '已制定', '100%', '县财政局', N],
    [31, '资金专用台账', '建立', '已建立', '100%', '项目承建方', N],
    [32, '项目总体进度', '100%', '92%', '92%', '县商务局', N],
    ['七、其他', N, N, N, N, N, N],
    [33, '安全生产、质量事故或重大损失', '不发生', '未发生', '—', N, N],
    [34, '弄虚作假', '无', '无', '—', N, N],
    [N, N, N, N, N, N, N],
    ['附：主观指标自评分', N, N, N, N, N, N],
    [N, '指标', '分值范围', '自评分', N, N, '佐证材料'],
    [N, '方案制定', '1-2', 2, N, N, '工作方案'],
    [N, '政策支持', '1-2', 2, N, N, '政策文件'],
    [N, '项目管理制度', '1-2', 2, N, N, '项目管理办法'],
    [N, '工作台账', '1-2', 2, N, N, '各类台账'],
    [N, '网销调研及针对性建议', '1-2', 2, N, N, '调研报告'],
    [N, '网络促销活动成效', '1-2', 2, N, N, '活动总结'],
    [N, '交易标准、冷链及溯源系统', '1-2', 1, N, N, '溯源系统尚在试运行'],
    [N, '资金管理制度', '1-5', 5, N, N, '资金管理办法'],
    [N, '资金台账', '1-5', 4, N, N, '资金台账'],
    [N, '资金及时拨付', '1-5', 4, N, N, '拨付凭证'],
  ];
  const fMerges = ['A1:G1', 'A2:D2', 'E2:G2'];
  F.forEach((row, i) => { if (typeof row[0] === 'string' && /^[〇一二三四五六七]、/.test(row[0])) fMerges.push(`A${i + 1}:G${i + 1}`); });
  assert.strictEqual(fMerges.length, 3 + 8);
  assert(Math.abs(7100 / 5200 - 1.365) < 0.001 && 7100 * 100 >= 5200 * 130);
  assert(23100 * 100 < 18600 * 130);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 13, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k2]) => !/^(bonus|veto)\./.test(k2));
  assert.strictEqual(scored.length, 15);
  assert.strictEqual(sum(scored.map(x => x[1])), 92);
  assert.strictEqual(92 + Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4), 95);
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, 13);
  assert.strictEqual(2 + 2 + 1 + 1 + 1 + 2, 9);
  const derivation = [
    'org.leadership: 创建任务完成情况表第1项“县长任组长，县商务局、财政局、农业农村局、乡村振兴局等部门参加” → 主要领导牵头且四部门齐全 → 2',
    'org.plan: 已印发（连南府办〔2019〕41号）；附表自评“方案制定 2” → 2',
    'org.policy: 已出台；附表自评“政策支持 2” → 2',
    'org.management: 附表自评 项目管理制度 2 + 工作台账 2 → 4',
    'work.center: 中心2020-08-08投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28 → 2；免费培训2、展示1、摄影1、推广1、其他1（均“有”）→ 6；产业园已建成 → 2；入驻企业按信用代码去重、截至8月31日在园 = 19家（23行：瑶山更名两行同一代码算1家，两家在2021-03-15/2021-06-30退出，一家2021-09-06才入驻；2021-10-08退出的仍算）< 20 → 0；类型 平台/销售/运营/物流/直播 ≥ 3 → 1；合计 13',
    'work.coverage: 村委会60个（4个社区居委会不计）；截至2021-08-31有站点的行政村 42个（两村各有2个站点只算一次；2个站点2021年9-10月才建；城北社区的站点不算；“牛路村”不在名单，不算）→ 42/60 = 70% ≥ 70% → 5；省定贫困村12个全部有截止日前的站点（其中一村另有2021-09-17建的直播服务点）→ 12/12 = 100% → 5；合计 10',
    'work.upward: 网销调研自评2 + 促销活动自评2 + 第三方运营服务商（已引进2家）1 + 行政村名单“快递进村”列60个村委会均“已通”→ 1 + 交易标准与冷链溯源自评1 + 农产品网络零售额 7100/5200 = +36.5% ≥ 30%（农村网络零售额 +24.2% 不够，但任一即可）→ 2；合计 9',
    'work.training: 签到行截至2021-08-31共1350行（2021-09-15第17期60行不计）÷ min(137200, 500000) = 0.984%，在0.8%–1%之间 → 8（户籍人口20.5万不是基数）；贫困人口名单：有劳动能力且未外出务工 80人，截止日前签到表中身份证号匹配到 56人（两人末位小写x按X匹配；10人参训两次只算一次；1人身份证打码无法匹配不算；3人只参加9月班不算；外出务工6人、无劳动能力4人参训不计入）→ 56/80 = 70% ≥ 50% → 10；合计 18',
    'info.disclosure: 专栏公示方案、项目基本信息、建设进度、监督举报窗口四项齐全 → 2；更新记录2020年9月至2021年8月每月都有（发布时间带时分秒）→ 按月 → 2；合计 4',
    'info.reporting: 月报登记2020年9月至2021年8月每月都有报送（日期后带星期）→ 3；“是否含电商扶贫数据”有“是”，完成情况表也写已统计 → 3；合计 6',
    'promo.cases: 2020.12.18、2021.5.20 向清远市商务局报送经验材料 → 2',
    'promo.media: 截止日前有 国家级（CCTV-17，2021.7.16）/省级（南方日报、广东台）→ 4，市级（清远日报）→ 3；唯一的县级报道（连南电视台）在2021.9.8，不计 → 7',
    'fund.system: 附表自评“资金管理制度 5”（已制定）→ 5',
    'fund.ledger: 附表自评“资金台账 4”（已建立）→ 4',
    'fund.spending: 资金台账截止日前“金额（小写）”合计 4,385,600元（2021-09-16的30万元不计；“累计拨付”列与大写金额列不重复相加）÷ 5,000,000 = 87.7% ≥ 70% → 取自评“资金及时拨付 4” → 4',
    'bonus.poorTraining: 贫困人口培训率 56/80 = 70% ≥ 70% → 2',
    'bonus.tvCase: 电商扶贫典型案例的电视播报：广东广播电视台珠江频道（省级，2021.4.27）→ 1；CCTV-17那条标“否”（非典型案例），连南电视台那条在截止日后且为县级 → 1',
    'veto.incident: 完成情况表“安全生产、质量事故或重大损失：未发生” → 不否决 → 0',
    'veto.progress: 项目总体进度 92% ≥ 40% → 不否决 → 0',
    'veto.fraud: “弄虚作假：无” → 不否决 → 0',
    '合计: 15项 92 + 加分 min(2+1, 4) = 3 → 95；未否决',
  ];
  const sheets = [
    { name: '创建任务完成情况', rows: padRows(F), merges: fMerges },
    { name: '行政村名单', rows: padRows(vRows), merges: ['A1:F1', `A${vRows.length}:F${vRows.length}`] },
    { name: '省定贫困村', rows: padRows(pRows), merges: ['A1:C1'] },
    { name: '服务站点', rows: padRows(sRows), merges: sMerges },
    { name: '产业园入驻企业', rows: padRows(eRows), merges: ['A1:G1'] },
    { name: '培训签到', rows: padRows(tRows), merges: ['A1:I1'] },
    { name: '建档立卡贫困人口', rows: padRows(ppRows), merges: ['A1:I1'] },
    { name: '资金台账', rows: padRows(fRows), merges: ['A1:H1', 'A2:G2'] },
    { name: '月报报送', rows: padRows(rRows), merges: ['A1:E1'] },
    { name: '专栏更新', rows: padRows(dRows), merges: ['A1:E1'] },
    { name: '宣传报道', rows: padRows(mRows), merges: ['A1:G1'] },
    { name: '经验材料', rows: padRows(matRows), merges: ['A1:E1'] },
  ];
  write('counties', 'b17-c1-liannan.json', {
    description: '连南瑶族自治县（清远）整本工作簿，12个表，接近满分。事实表是“任务内容|目标值|完成值|完成率|责任单位”的完成情况表（每项目标值与完成值并排，另附主观指标自评分小表）。台账新写法：省定贫困村按镇一行、村名用“、”连在一个格里；站点按镇分节（“一、三江镇（8个）”节标题行，无镇列）；入驻企业一家更名后再列一行（同一信用代码）；签到表两名贫困户身份证末位小写x；资金台账金额小写、大写两列并列另有“累计拨付”滚动列；月报日期后带“（星期一）”；专栏记录是网站后台导出的“2020-09-18 10:26:41”时间戳。陷阱：目标值（1,372人次、350万元、20家、2020年6月底前）不是完成值；完成率不是增速；户籍人口20.5万；填报时间2021年9月10日；截止日后的培训班、站点、拨付、入驻企业、县级报道；社区站点和名单外村；CCTV报道不是扶贫典型案例。',
    sheets,
    expect: { asOf: '2021-08-31', total: 95, bonus: 3, vetoed: false, points },
    derivation,
  });
})();

// =====================================================================
// C2 阳山县 — a county that does badly. Facts: a cross-tab with one column per town and a 全县
// column at the far right (county-level items only in 全县, towns "/").
// =====================================================================
(function c2() {
  const r = rng(1901);
  const nm = nameFactory(1902);
  const ph = phoneFactory(1903);
  const vill = villageFactory(1904);
  const towns = ['阳城镇', '七拱镇', '太平镇', '杜步镇', '江英镇', '杨梅镇', '大崀镇', '小江镇', '岭背镇', '黄坌镇', '黎埠镇', '秤架瑶族乡'];
  const vCount = [12, 11, 10, 11, 9, 8, 10, 11, 10, 9, 12, 7];
  const poorCount = [0, 2, 2, 2, 2, 2, 1, 2, 2, 2, 1, 2];
  const noExpress = { 黄坌镇: 4, 秤架瑶族乡: 4 };
  const comm = { 阳城镇: ['城东社区', '城南社区', '城西社区'], 七拱镇: ['七拱社区'], 小江镇: ['小江社区'], 黎埠镇: ['黎埠社区'] };
  assert.strictEqual(sum(vCount), 120);
  assert.strictEqual(sum(poorCount), 20);
  const admin = [];
  towns.forEach((t, ti) => { for (let i = 0; i < vCount[ti]; i++) admin.push({ town: t, name: vill(), poor: i >= vCount[ti] - poorCount[ti], express: !(noExpress[t] && i < noExpress[t]) }); });
  for (const v of admin) assert(!/[镇乡]/.test(v.name));
  const poor = admin.filter(v => v.poor);
  assert.strictEqual(poor.length, 20);
  assert.strictEqual(admin.filter(v => !v.express).length, 8);

  // ---- village list
  const vRows = [['阳山县村（居）委会名单'], ['序号', '乡镇', '村（居）委会', '类型', '是否省定贫困村', '快递到村']];
  let k = 0;
  for (const t of towns) {
    for (const v of admin.filter(x => x.town === t)) vRows.push([++k, t, v.name + '委会', '行政村', v.poor ? '是' : '否', v.express ? '是' : '否']);
    for (const c of comm[t] || []) vRows.push([++k, t, c + '居委会', '社区', '否', '是']);
  }
  assert.strictEqual(k, 126);

  // ---- stations: 所在镇村 as one string "阳城镇大塘村"
  const np = shuffle(r, admin.filter(v => !v.poor));
  const pp = shuffle(r, poor.slice());
  const covPoor = pp.slice(0, 17), uncPoor = pp.slice(17);
  const covNP = np.slice(0, 49), uncNP = np.slice(49);
  const st = [];
  const pre = () => randDate(r, '2020-05-01', '2021-08-31');
  const post = () => randDate(r, '2021-09-01', '2021-10-31');
  for (const v of [...covPoor, ...covNP]) st.push({ v, name: v.name.replace(/村$/, '') + '村电商服务站', date: pre() });
  for (const v of covNP.slice(0, 2)) st.push({ v, name: v.name.replace(/村$/, '') + '供销电商服务点', date: pre() });
  for (const v of [...uncPoor, ...uncNP.slice(0, 17)]) st.push({ v, name: v.name.replace(/村$/, '') + '村电商服务站', date: post() });
  st.push({ v: { town: '阳城镇', name: '城东社区' }, name: '城东社区电商服务站', date: '2020-10-12' });
  assert.strictEqual(st.length, 89);
  const adminNames = new Set(admin.map(v => v.name));
  const cov = new Set(st.filter(s => s.date <= CUTOFF && adminNames.has(s.v.name)).map(s => s.v.name));
  assert.strictEqual(cov.size, 66);
  assert(66 * 100 >= 120 * 50 && 66 * 100 < 120 * 70); // 55% → 2
  const covP = poor.filter(v => cov.has(v.name)).length;
  assert.strictEqual(covP, 17);
  assert(17 * 100 >= 20 * 80 && 17 < 20); // 85% → 3
  const careless = new Set(st.filter(s => adminNames.has(s.v.name)).map(s => s.v.name));
  assert.strictEqual(careless.size, 86); assert(86 * 100 >= 120 * 70);
  assert.strictEqual(poor.filter(v => careless.has(v.name)).length, 20);
  st.sort((a, b) => (towns.indexOf(a.v.town) - towns.indexOf(b.v.town)) || (a.date < b.date ? -1 : 1));
  const sRows = [['阳山县农村电子商务服务站点建设情况（2021年10月更新）'], ['序号', '站点名称', '所在镇村', '站长', '联系电话', '建成时间', '运营状态']];
  st.forEach((s, i) => sRows.push([i + 1, s.name, s.v.town + s.v.name, nm(), ph(), slashed(s.date), '正常运营']));

  // ---- training sessions: 计划人次 | 实际人次 | 其中贫困户（人次）
  const ses = [
    ['2020.5.20', '2020-05-20', '农村电商基础知识普及', 200, 120, 35],
    ['2020.7.8', '2020-07-08', '网店开设与运营', 200, 150, 40],
    ['2020.9.16-18', '2020-09-18', '电商创业孵化班（三天）', 300, 210, 60],
    ['2020.10.22', '2020-10-22', '农产品包装与物流', 250, 180, 55],
    ['2020.11.26', '2020-11-26', '直播带货入门', 250, '160人次', 50],
    ['2020.12.15', '2020-12-15', '电商扶贫专题培训', 300, 200, 120],
    ['2021.1.12', '2021-01-12', '年货节网销实务', 200, 150, 40],
    ['2021.3.9-10', '2021-03-10', '短视频拍摄（两天）', 300, '240人次', 70],
    ['2021.4.15', '2021-04-15', '农村电商基础知识普及', 300, 200, 60],
    ['2021.5.18', '2021-05-18', '淘宝特产馆运营', 300, 220, 65],
    ['2021.6.22', '2021-06-22', '电商扶贫专题培训', 300, 230, 130],
    ['2021.7.13-15', '2021-07-13', '电商创业孵化班（三天）', 300, 260, 70],
    ['2021.8.17', '2021-08-17', '直播带货提升', 200, 160, 45],
    ['2021.9.8', '2021-09-08', '丰收节直播专场', 400, 350, 90],
    ['2021.10.20', '2021-10-20', '农村电商基础知识普及', 500, 450, 110],
  ];
  ses[11][1] = '2021-07-15';
  const num = (x) => (typeof x === 'number' ? x : Number(String(x).replace(/[^\d.]/g, '')));
  const ptPre = sum(ses.filter(s => s[1] <= CUTOFF).map(s => num(s[4])));
  const ptAll = sum(ses.map(s => num(s[4])));
  assert.strictEqual(ptPre, 2480); assert.strictEqual(ptAll, 3280);
  const POP = 392000;
  assert.strictEqual(tierTraining(ptPre, POP), 6);
  assert.strictEqual(tierTraining(ptAll, POP), 8);
  assert.strictEqual(tierTraining(ptPre, 543000), 0);
  assert.strictEqual(tierTraining(sum(ses.filter(s => s[1] <= CUTOFF).map(s => s[3])), POP), 8); // plan column would give 8
  const tRows = [['阳山县电子商务进农村培训情况统计表'], ['序号', '培训时间', '培训主题', '培训地点', '计划人次', '实际人次', '其中贫困户（人次）']];
  const places = ['县电商公共服务中心', '黎埠镇政府会议室', '七拱镇文化站', '县职业技术学校'];
  ses.forEach((s, i) => tRows.push([i + 1, s[0], s[2], places[i % 4], s[3], s[4], s[5]]));
  tRows.push(['合计', null, null, null, sum(ses.map(s => s[3])), ptAll, sum(ses.map(s => s[5]))]);
  tRows.push(['注：实际人次以签到表为准；签到表另存档。', null, null, null, null, null, null]);
  // poor-person rate from stated facts (no person lists in this workbook)
  assert.strictEqual(tierPoor(1300, 4120), 6);
  assert.strictEqual(tierPoor(1300, 6230), 0);

  // ---- funds: 合同金额 | 本次拨付 | 累计拨付 | 累计拨付比例
  const contract = { 中心: 1200000, 站点: 1800000, 物流: 1000000, 培训: 600000, 品牌: 400000 };
  assert.strictEqual(sum(Object.values(contract)), 5000000);
  const pname = { 中心: '县级电商公共服务中心建设运营', 站点: '村级电商服务站点建设', 物流: '县乡村三级物流体系', 培训: '农村电商人才培训', 品牌: '农产品品牌及溯源体系' };
  const pay = [
    ['2020-06-18', '中心', 360000, '首付款30%'], ['2020-10-27', '站点', 540000, '第一期30%'], ['2020-12-22', '物流', 300000, '首付款'],
    ['2021-01-28', '培训', 180000, null], ['2021-03-30', '中心', 480000, '进度款'], ['2021-05-26', '站点', 720000, '第二期40%'],
    ['2021-07-20', '培训', 220000, null], ['2021-08-24', '物流', 100000, null], ['2021-09-13', '站点', 540000, '尾款'], ['2021-09-28', '中心', 360000, '尾款'],
  ];
  const paidPre = sum(pay.filter(p => p[0] <= CUTOFF).map(p => p[2]));
  assert.strictEqual(paidPre, 2900000);
  assert(paidPre * 100 < 5000000 * 70 && paidPre * 100 >= 5000000 * 40);
  const paidAll = sum(pay.map(p => p[2]));
  assert.strictEqual(paidAll, 3800000); assert(paidAll * 100 >= 5000000 * 70);
  const fRows = [['阳山县省级电子商务进农村综合示范专项资金拨付明细'], ['单位：元', null, null, null, null, null, null, null],
    ['序号', '拨付日期', '项目名称', '合同金额（元）', '本次拨付（元）', '累计拨付（元）', '累计拨付比例', '备注']];
  let run = 0;
  pay.forEach((p, i) => { run += p[2]; fRows.push([i + 1, dotted(p[0]), pname[p[1]], contract[p[1]], p[2], run, (run / 50000).toFixed(1) + '%', p[3]]); });
  fRows.push(['合计', null, null, 5000000, run, null, null, null]);

  // ---- monthly reports: month only
  const repM = ['2020-07', '2020-08', '2020-10', '2020-12', '2021-03', '2021-06'];
  assert.strictEqual(regularity(repM.map(m => m + '-15')), 'partial');
  const rRows = [['阳山县电商示范创建工作报送记录'], ['序号', '报送月份', '报送内容', '报送方式', '是否含扶贫数据']];
  repM.forEach((m, i) => { const [y, mm] = m.split('-').map(Number); rRows.push([i + 1, `${y}年${mm}月`, '示范创建工作进展情况', '电子邮件', '否']); });

  // ---- disclosures: copied from the web page, title and date in one cell
  const disc = [
    ['阳山县电子商务进农村综合示范项目建设进度（2021年4月）', '2021-05-20'],
    ['阳山县电子商务进农村综合示范项目建设进度（2021年2月）', '2021-03-15'],
    ['阳山县电子商务进农村综合示范项目建设进度（2020年12月）', '2021-01-08'],
    ['阳山县电子商务进农村综合示范项目建设进度（2020年10月）', '2020-11-03'],
    ['阳山县电子商务进农村综合示范项目基本信息公示', '2020-03-02'],
    ['关于印发《阳山县电子商务进农村综合示范县创建工作方案》的通知', '2019-11-20'],
  ];
  assert.strictEqual(regularity(disc.map(d => d[1])), 'partial');
  const dRows = [['当前位置：首页 > 专题专栏 > 阳山县电子商务进农村综合示范'], [null]];
  for (const [t, d] of disc) dRows.push(['· ' + t + '　　　' + d]);
  dRows.push([null]);
  dRows.push(['共6条　首页　上一页　1　下一页　尾页']);

  // ---- media
  const media = [
    ['2021-04-16', '阳山电视台', '县级', '电视', '阳山：电商服务站让山货出山'],
    ['2021-06-02', '阳山发布（微信公众号）', '县级', '网络', '我县举办电商扶贫专题培训'],
    ['2021-09-03', '清远日报', '市级', '报纸', '阳山淮山“触网”热销'],
  ];
  const lv = new Set(media.filter(m => m[0] <= CUTOFF).map(m => m[2]));
  assert.deepStrictEqual([...lv], ['县级']);
  const mRows = [['阳山县电商进农村宣传报道'], ['序号', '发布日期', '媒体', '级别', '形式', '标题']];
  media.forEach((m, i) => mRows.push([i + 1, cn(m[0]), ...m.slice(1)]));

  // ---- materials: one sent to the county office (not the city bureau), one after the cut-off
  const matRows = [['经验材料报送情况'], ['序号', '报送日期', '材料名称', '报送对象'],
    [1, '2021年6月25日', '阳山县推进电子商务进农村工作情况汇报', '县委办公室信息科'],
    [2, '2021年9月10日', '阳山县电子商务进农村综合示范创建经验材料', '清远市商务局']];

  // ---- facts: cross-tab by town, 全县 at the far right
  const P = [1010, 260, 280, 250, 240, 200, 260, 290, 260, 230, 420, 220];
  const HJ = [1150, 420, 410, 380, 360, 300, 390, 440, 400, 350, 620, 210];
  const POOR = [620, 880, 860, 830, 790, 700, 840, 900, 850, 880, 980, 740];
  const ELIG = [260, 370, 360, 345, 330, 290, 350, 375, 355, 365, 410, 310];
  const TRN = [90, 115, 110, 105, 100, 95, 110, 120, 110, 115, 130, 100];
  const PT = [420, 180, 190, 170, 160, 150, 190, 220, 180, 170, 280, 170];
  assert.strictEqual(sum(P), 3920); assert.strictEqual(sum(HJ), 5430); assert.strictEqual(sum(POOR), 9870);
  assert.strictEqual(sum(ELIG), 4120); assert.strictEqual(sum(TRN), 1300); assert.strictEqual(sum(PT), 2480);
  towns.forEach((t, i) => assert(TRN[i] <= ELIG[i] && ELIG[i] <= POOR[i]));
  const S = '/';
  const per = (arr, f) => arr.map(f || (x => x));
  const line = (no, label, unit, towVals, total) => [no, label, unit, ...(towVals || towns.map(() => S)), total];
  const secR = (t) => [t, ...Array(15).fill(null)];
  const F = [
    ['阳山县电子商务进农村综合示范创建数据汇总表（分乡镇）', ...Array(15).fill(null)],
    ['统计截止：2021年8月31日', null, null, null, null, null, null, null, null, null, '填报单位：阳山县商务局（盖章）　填报日期：2021年9月13日', null, null, null, null, null],
    ['序号', '指标', '单位', ...towns, '全县'],
    secR('一、基本情况'),
    line(1, '常住人口', '万人', per(P, x => x / 100), 39.2),
    line(2, '户籍人口', '万人', per(HJ, x => x / 100), 54.3),
    line(3, '行政村（村委会）', '个', vCount.slice(), 120),
    line(4, '社区（居委会）', '个', towns.map(t => (comm[t] || []).length), 6),
    line(5, '省定贫困村', '个', poorCount.slice(), 20),
    line(6, '建档立卡贫困人口（全部）', '人', POOR.slice(), 9870),
    line(7, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', ELIG.slice(), 4120),
    line(8, '有劳动能力贫困人口中参加电商培训的', '人', TRN.slice(), 1300),
    line(9, '电商培训人次', '人次', PT.slice(), 2480),
    line(10, '行政村快递全覆盖', '是/否', towns.map(t => (noExpress[t] ? '否' : '是')), '否'),
    secR('二、组织与服务体系'),
    line(11, '领导小组组长', '—', null, '副县长'),
    line(12, '领导小组成员单位', '—', null, '县商务局、财政局、农业农村局'),
    line(13, '示范县工作方案正式印发', '是/否', null, '是'),
    line(14, '出台支持农村电商发展政策', '是/否', null, '否'),
    line(15, '公共服务中心投入运营日期', '—', null, '2021.4.20'),
    line(16, '中心免费培训场所、培训设备', '是/否', null, '是'),
    line(17, '特色农产品免费展示、销售', '是/否', null, '是'),
    line(18, '免费摄影、美工服务', '是/否', null, '否'),
    line(19, '农产品统一推广、品牌建设指导', '是/否', null, '否'),
    line(20, '其他衍生增值服务', '是/否', null, '否'),
    line(21, '建设或整合电商产业园', '是/否', null, '否'),
    line(22, '专业第三方电商运营服务商', '是/否', null, '否'),
    secR('三、网络零售'),
    line(23, '2019年农村网络零售额', '万元', null, 31000),
    line(24, '2020年农村网络零售额', '万元', null, 36000),
    line(25, '2019年农产品网络零售额', '万元', null, 8200),
    line(26, '2020年农产品网络零售额', '万元', null, 10200),
    line(27, '2021年1-8月农村网络零售额同比增速', '%', null, '41.2%'),
    secR('四、信息公开与报送'),
    line(28, '专栏公示创建方案', '是/否', null, '是'),
    line(29, '专栏公示项目基本信息', '是/否', null, '是'),
    line(30, '专栏公示项目建设进度', '是/否', null, '是'),
    line(31, '专栏设立征求意见或监督举报窗口', '是/否', null, '否'),
    line(32, '能统计电商扶贫情况', '是/否', null, '否'),
    secR('五、资金'),
    line(33, '省级专项资金下达', '万元', null, 500),
    line(34, '累计拨付', '万元', null, 290),
    line(35, '资金管理制度', '有/无', null, '有'),
    line(36, '资金专用台账', '有/无', null, '有'),
    line(37, '项目总体进度', '%', null, '65%'),
    secR('六、主观项自评分'),
    line(38, '方案制定', '分（1-2）', null, 1),
    line(39, '政策支持', '分（1-2）', null, null),
    line(40, '项目管理制度', '分（1-2）', null, 1),
    line(41, '工作台账', '分（1-2）', null, 1),
    line(42, '网销调研及建议', '分（1-2）', null, 1),
    line(43, '网络促销活动', '分（1-2）', null, 1),
    line(44, '交易标准、冷链及溯源', '分（1-2）', null, null),
    line(45, '资金管理制度', '分（1-5）', null, 2),
    line(46, '资金台账', '分（1-5）', null, 2),
    line(47, '资金及时拨付', '分（1-5）', null, null),
    secR('七、一票否决'),
    line(48, '安全生产、质量事故或重大损失', '有/无', null, '无'),
    line(49, '弄虚作假', '有/无', null, '无'),
    ['注：“/”表示该项只统计全县数。', ...Array(15).fill(null)],
  ];
  for (const row of F) assert.strictEqual(row.length, 16, JSON.stringify(row));
  // the per-town figures add up to the 全县 column
  for (const row of F) if (typeof row[0] === 'number' && typeof row[3] === 'number') assert(Math.abs(sum(row.slice(3, 15)) - row[15]) < 1e-9, row[1]);
  const fMerges = ['A1:P1', 'A2:J2', 'K2:P2'];
  F.forEach((row, i) => { if (typeof row[0] === 'string' && /^[一二三四五六七]、/.test(row[0])) fMerges.push(`A${i + 1}:P${i + 1}`); });
  fMerges.push(`A${F.length}:P${F.length}`);
  assert(36000 * 100 < 31000 * 130 && 10200 * 100 < 8200 * 130); // neither growth reaches 30%

  const cover = [['阳山县2019年省级电子商务进农村综合示范县考评资料'], [null], ['目录'], ['1. 分镇数据'], ['2. 村委会名单'], ['3. 电商站点'], ['4. 培训情况'], ['5. 资金拨付'], ['6. 月报报送'], ['7. 公开专栏'], ['8. 宣传报道'], ['9. 经验材料'], [null], ['阳山县商务局　2021年9月']];
  const points = {
    'org.leadership': 1, 'org.plan': 1, 'org.policy': 0, 'org.management': 2,
    'work.center': 5, 'work.coverage': 5, 'work.upward': 2, 'work.training': 12,
    'info.disclosure': 1, 'info.reporting': 1, 'promo.cases': 0, 'promo.media': 1,
    'fund.system': 2, 'fund.ledger': 2, 'fund.spending': -5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k2]) => !/^(bonus|veto)\./.test(k2));
  assert.strictEqual(scored.length, 15);
  assert.strictEqual(sum(scored.map(x => x[1])), 30);
  assert.strictEqual(30 + Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4), 30);
  assert.strictEqual(2 + 0 + 2 + 1 + 0 + 0 + 0 + 0 + 0 + 0, 5);
  const derivation = [
    'org.leadership: 分镇数据表“领导小组组长：副县长” → 分管领导牵头 → 1（成员单位也缺扶贫/乡村振兴）',
    'org.plan: 方案已正式印发；自评“方案制定 1” → 1',
    'org.policy: “出台支持农村电商发展政策：否”，自评分空白 → 0',
    'org.management: 自评 项目管理制度 1 + 工作台账 1 → 2',
    'work.center: 中心2021-04-20投入运营 ≤ 2021-08-31 → 2；晚于2021-02-28，未满6个月 → 0；免费培训场所 是 → 2；免费展示销售 是 → 1；摄影美工、统一推广、其他增值服务 均否 → 0；未建产业园且无入驻企业台账 → 0、0、0；合计 5',
    'work.coverage: 行政村120个（6个社区不计）；站点台账“所在镇村”拆出村名后，截至2021-08-31建成站点覆盖 66个行政村（2村各2个站点只算一次；城东社区站点不算；另有20个站点2021年9-10月才建，不计）→ 66/120 = 55%，在50%–70%之间 → 2；省定贫困村20个，截止日前覆盖17个（另3个的站点都在9月以后）→ 85%，在80%–100%之间 → 3；合计 5',
    'work.upward: 网销调研自评1 + 网络促销自评1 + 第三方运营服务商“否”0 + 村委会名单“快递到村”列有8个行政村为“否” → 0 + 交易标准与冷链溯源自评空白（missing）→ 0 + 增速：农村 36000/31000 = +16.1%，农产品 10200/8200 = +24.4%，均 < 30%（“2021年1-8月增速41.2%”不是2020年）→ 0；合计 2',
    'work.training: 培训情况表“实际人次”截止日前13期合计 2480（2021.9.8、2021.10.20两期800人次不计；“计划人次”“其中贫困户人次”列不用）÷ min(392000, 500000) = 0.633%，在0.6%–0.8%之间 → 6（户籍54.3万不是基数）；工作簿没有贫困人口名单和学员身份证，按分镇数据表的全县数：参训1300 ÷ 有劳动能力不含外出务工4120 = 31.6%，在30%–40%之间 → 6（不是除以全部贫困人口9870）；合计 12',
    'info.disclosure: 专栏有方案、项目信息、建设进度，但“征求意见或监督举报窗口：否” → 内容不全 0；网页复制的更新列表按行尾发布日期，近一年（2020-09…2021-08）只有2020-11、2021-01、2021-03、2021-05 四个月 → 不定时 1；合计 1',
    'info.reporting: 报送记录近一年只有2020年10月、12月、2021年3月、6月 → 不定时 1；“能统计电商扶贫情况：否”，报送记录“是否含扶贫数据”全为否 → 0；合计 1',
    'promo.cases: 2021年6月25日那份报县委办公室信息科，不是市商务局；报清远市商务局的一份在2021年9月10日，晚于截止日 → 0',
    'promo.media: 截止日前只有县级（阳山电视台、阳山发布）→ 1；清远日报（市级）2021年9月3日，不计 → 1',
    'fund.system: 有资金管理制度，自评 2 → 2',
    'fund.ledger: 有资金专用台账，自评 2 → 2',
    'fund.spending: 资金拨付明细“本次拨付”截止日前合计 2,900,000（2021-09-13、2021-09-28 共90万不计；“合同金额”“累计拨付”列不相加）÷ 5,000,000 = 58% < 70% → 倒扣 −5（自评空白不影响）',
    'bonus.poorTraining: 贫困人口培训率 31.6% < 70% → 0',
    'bonus.tvCase: 无电商扶贫典型案例的省级或国家级电视播报 → 0',
    'veto.incident: “安全生产、质量事故或重大损失：无” → 0',
    'veto.progress: 填报的项目总体进度 65% ≥ 40% → 不否决 → 0',
    'veto.fraud: “弄虚作假：无” → 0',
    '合计: 1+1+0+2+5+5+2+12+1+1+0+1+2+2−5 = 30，加分 0 → 30；未否决',
  ];
  const sheets = [
    { name: '封面', rows: padRows(cover) },
    { name: '分镇数据', rows: padRows(F), merges: fMerges },
    { name: '村委会名单', rows: padRows(vRows), merges: ['A1:F1'] },
    { name: '电商站点', rows: padRows(sRows), merges: ['A1:G1'] },
    { name: '培训情况', rows: padRows(tRows), merges: ['A1:G1', `A${tRows.length}:G${tRows.length}`] },
    { name: '资金拨付', rows: padRows(fRows), merges: ['A1:H1'] },
    { name: '月报报送', rows: padRows(rRows), merges: ['A1:E1'] },
    { name: '公开专栏', rows: padRows(dRows) },
    { name: '宣传报道', rows: padRows(mRows), merges: ['A1:F1'] },
    { name: '经验材料', rows: padRows(matRows), merges: ['A1:D1'] },
  ];
  write('counties', 'b17-c2-yangshan.json', {
    description: '阳山县（清远）整本工作簿，10个表（含封面目录页），得分低（30分，含资金支出倒扣5分）。事实表是分乡镇交叉表：指标为行，12个乡镇各一列，“全县”列在最右边，只在全县统计的项目乡镇格填“/”，主观项自评分和否决项也在全县列。台账新写法：站点“所在镇村”一格写“阳城镇大塘村”“秤架瑶族乡××村”（镇和村连写无分隔）；培训按期次有“计划人次|实际人次|其中贫困户（人次）”三列；资金有“合同金额|本次拨付|累计拨付|累计拨付比例”；专栏是从网页复制的列表，标题与发布日期挤在一格（标题里还带进度月份）；月报只写月份；经验材料有“报送对象”列。陷阱：常住人口39.2万旁边户籍54.3万；贫困人口全部9870、有劳动能力不含外出务工4120；计划人次与实际人次；2021年1-8月增速41.2%；截止日后的9-10月站点（数进去会变成5+5）、培训（会变8分）、拨付（会变76%）、市级报道、经验材料；一份经验材料报的是县委办不是市商务局；填报日期2021年9月13日；站点表标题“2021年10月更新”。',
    sheets,
    expect: { asOf: '2021-08-31', total: 30, bonus: 0, vetoed: false, points },
    derivation,
  });
})();
