'use strict';
// Batch 18 generator: writes ../facts, ../ledgers, ../counties relative to this file.
// Plain CommonJS, no dependencies, deterministic seeds. Run: node gen-b18.js
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
  return function (region, sex, wantX, yFrom, yTo) {
    const y0 = yFrom || 1958, y1 = yTo || 2002;
    for (;;) {
      const y = y0 + Math.floor(r() * (y1 - y0 + 1));
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
const SURN = ['李', '黄', '陈', '张', '刘', '罗', '邓', '梁', '唐', '蔡', '吴', '钟', '曾', '林', '谢', '朱', '杨', '叶', '何', '郑', '温', '冯', '彭', '廖', '庄', '许'];
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
  const pre = ['139', '138', '137', '135', '134', '150', '151', '158', '188', '189', '133', '180', '136', '159'];
  return () => pre[Math.floor(r() * pre.length)] + pad(Math.floor(r() * 1e8), 8);
}
const VA = ['大', '小', '新', '石', '黄', '白', '龙', '凤', '东', '西', '南', '北', '上', '下', '中', '高', '长', '金', '马', '牛', '鹤', '竹', '桂', '梅', '松', '茶', '禾', '莲', '青', '古', '平', '和', '安', '富', '永', '洞', '罗', '坪'];
const VB = ['塘', '坪', '坑', '岭', '田', '湾', '洞', '排', '冲', '岗', '寨', '口', '陂', '源', '溪', '背', '角', '埔', '围', '垌', '社', '楼', '山', '江', '坝', '窝', '头', '岩'];
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
    let body = (r() < 0.75 ? '91' : '92') + region;
    while (body.length < 17) body += USC[Math.floor(r() * 31)];
    let s = 0;
    for (let i = 0; i < 17; i++) s += USC.indexOf(body[i]) * UW[i];
    return body + USC[(31 - (s % 31)) % 31];
  };
}
function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sum(a) { return a.reduce((x, y) => x + y, 0); }
const WK = ['日', '一', '二', '三', '四', '五', '六'];
function weekday(iso) { const [y, m, d] = iso.split('-').map(Number); return WK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; }
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function slashed(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
function num8(iso) { return Number(iso.replace(/-/g, '')); }
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
function colName(n) { let s = ''; n++; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; } // 0 -> A
function rng2(r1, c1, r2, c2) { return `${colName(c1)}${r1}:${colName(c2)}${r2}`; } // 1-based rows, 0-based cols
function padRows(rows, width) {
  const w = width || Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.map(c => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
}
function wan(x) { return Math.round(x * 10000); } // 万 -> 元, exact for 2 decimals
function yi(x) { return Math.round(x * 1e8); }
function pct(x) { return Math.round(x * 10) / 1000; } // 23.5 -> 0.235
// Compact JSON writer: every sheet row and every expected record on one line.
function write(sub, file, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const tokens = [];
  const tok = (v) => { tokens.push(JSON.stringify(v)); return `@@T${tokens.length - 1}@@`; };
  const clone = JSON.parse(JSON.stringify(obj));
  for (const s of clone.sheets) s.rows = s.rows.map(tok);
  if (clone.expect && clone.expect.sheets) for (const v of Object.values(clone.expect.sheets)) if (v.records) v.records = v.records.map(tok);
  let text = JSON.stringify(clone, null, 1);
  text = text.replace(/"@@T(\d+)@@"/g, (_, i) => tokens[Number(i)]);
  assert.deepStrictEqual(JSON.parse(text), JSON.parse(JSON.stringify(obj)));
  const p = path.join(dir, file);
  fs.writeFileSync(p, text + '\n');
  console.log('wrote', path.relative(ROOT, p), text.length, 'bytes');
}
function tierTraining(pt, pop) { const base = Math.min(pop, 500000); if (pt * 1000 >= base * 10) return 10; if (pt * 1000 >= base * 8) return 8; if (pt * 1000 >= base * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }
function tierVill(c, n) { const b = Math.min(n, 200); if (c * 100 >= b * 70) return 5; if (c * 100 >= b * 50) return 2; return 0; }
function tierPoorVill(c, n) { if (n === 0) return 5; if (c === n) return 5; if (c * 100 >= n * 80) return 3; return 0; }
const normType = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
const POINT_IDS = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training',
  'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending',
  'bonus.poorTraining', 'bonus.tvCase', 'veto.incident', 'veto.progress', 'veto.fraud'];
function checkPoints(points, total, bonus) {
  assert.deepStrictEqual(Object.keys(points).sort(), POINT_IDS.slice().sort());
  const scored = POINT_IDS.slice(0, 15).map(k => points[k]);
  const b = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  assert.strictEqual(b, bonus);
  assert.strictEqual(sum(scored) + b, total);
}

// =====================================================================
// F1 雷州市 — 督办进度表: three progress snapshots side by side (3月底 | 6月底 | 8月底),
// later columns say “同上期” when nothing changed. The latest snapshot is what the county states.
// =====================================================================
(function f1() {
  const W8 = 8;
  const sec = (t) => [t, N, N, N, N, N, N, N];
  const S = '同上期';
  const rows = [
    ['雷州市电子商务进农村综合示范县创建重点任务督办进度表', N, N, N, N, N, N, N],
    ['县（市、区）：雷州市', N, N, '考评截止日期：2021年8月31日', N, N, '更新日期：2021年9月2日', N],
    ['市情：全市常住人口142.75万人（第七次全国人口普查）；行政村470个（另有社区居委会53个）；省定贫困村39个。', N, N, N, N, N, N, N],
    ['序号', '重点任务', '责任单位', '完成时限', '进展情况（截至2021年3月31日）', '进展情况（截至2021年6月30日）', '进展情况（截至2021年8月31日）', '督办意见'],
    sec('一、组织保障'),
    [1, '成立示范县创建工作领导小组', '市政府办', '2019年11月', '已成立，市长任组长', S, '领导小组已调整：市委副书记、市长任组长，常务副市长、分管副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市邮政分公司等为成员单位', '已办结'],
    [2, '印发示范县创建工作方案', '市商务局', '2019年12月', '已印发（雷府办函〔2020〕15号）', S, S, '已办结'],
    [3, '出台支持农村电商发展的政策措施', '市商务局、市财政局', '2020年12月', '正在起草，已征求各部门意见', '已提交市政府常务会议审议', '已印发《雷州市促进农村电子商务发展若干措施》（雷府〔2021〕32号，2021年7月）', '已办结'],
    sec('二、服务体系建设'),
    [4, '县级电子商务公共服务中心投入运营', '市商务局', '2020年10月', '2020年12月下旬开始试运营', '2021年1月8日正式投入运营', S, '已办结'],
    [5, '中心免费培训场所及培训设备', '运营服务商', '2020年12月', '培训室已配备电脑40台，可开展电商基础培训', S, S, '已办结'],
    [6, '为特色农产品提供免费展示、销售', '运营服务商', '2021年3月', '展示区装修中', '展示展销区已开放，免费展示本地农特产品86款', S, '已办结'],
    [7, '为电商主体提供免费摄影、美工服务', '运营服务商', '2021年3月', '未开展', '正在推进', '正在推进（摄影设备已采购，美工待招聘）', '继续督办'],
    [8, '农产品统一推广及品牌建设指导', '市商务局、市农业农村局', '2021年6月', '已组织“雷州好物”统一推广，指导企业申报品牌', S, S, '已办结'],
    [9, '其他衍生增值服务', '运营服务商', '2021年6月', '未开展', '正在推进', '已开展（代办营业执照、对接小额贷款、代发快递）', '已办结'],
    [10, '建设（整合）电商产业园', '市商务局', '2021年6月', '选址中', '已整合雷州市农产品物流园二楼建成电商产业园', '同上期；入驻企业16家', '已办结'],
    sec('三、农村产品上行'),
    [11, '引进专业第三方电子商务运营服务商', '市商务局', '2020年9月', '已公开招标', '已进驻（广东粤西电商运营有限公司）', S, '已办结'],
    [12, '行政村物流快递覆盖', '市邮政业发展中心', '2021年6月', '覆盖率92.1%', '覆盖率97.6%', '已实现行政村物流快递全覆盖（100%）', '已办结'],
    [13, '农村网络零售额', '市商务局', '—', '2020年全年农村网络零售额18.71亿元，同比增长24.1%（2019年为15.08亿元）', S, '同上期；2021年1-7月农村网络零售额12.36亿元', '—'],
    [14, '农产品网络零售额', '市商务局', '—', '2020年全年农产品网络零售额4.37亿元，同比增长33.6%', S, S, '—'],
    sec('四、电商人才培训'),
    [15, '电商培训（累计人次）', '市商务局', '2021年8月', '累计培训2,316人次', '累计培训3,980人次', '累计培训5,214人次', '已完成目标（5,000人次）'],
    [16, '建档立卡贫困人口电商培训', '市商务局、市乡村振兴局', '2021年8月', '有劳动能力贫困人口（不含外出务工）4,862人，已培训1,530人', '已培训2,106人', '有劳动能力贫困人口（不含外出务工）4,862人，已培训2,518人，培训率51.8%', '已办结'],
    sec('五、信息公开与数据报送'),
    [17, '政府网站信息公开专栏', '市商务局', '2020年6月', '已设立专栏，公示创建方案', '增加项目基本信息、建设进度，按月更新', '专栏已公示创建方案、项目基本信息和建设进度，按月更新，已设立监督举报窗口（电话、邮箱）', '已办结'],
    [18, '电商扶贫情况统计', '市商务局', '2021年3月', '未开展', '已纳入每月报送湛江市商务局的月报', S, '已办结'],
    sec('六、资金管理'),
    [19, '省级专项资金拨付', '市财政局', '2021年8月', '省级专项资金500万元已全额下达，累计拨付186.5万元', '累计拨付302.8万元', '累计拨付396.47万元，支出率79.3%', '加快拨付'],
    [20, '资金管理制度及资金专用台账', '市财政局、市商务局', '2020年6月', '已制定《雷州市电子商务进农村综合示范专项资金管理办法》', S, '同上期；项目承建方已建立资金专用台账', '已办结'],
    [21, '项目总体进度', '市商务局', '—', '45%', '68%', '86%', '—'],
    ['注：“同上期”指与前一期进展情况相同；进展情况以最新一期为准。', N, N, N, N, N, N, N],
    ['填表人：陈××　　审核：梁××　　联系电话：0759-8xxxxxx', N, N, N, N, N, N, N],
  ];
  const merges = ['A1:H1', 'A2:C2', 'D2:F2', 'G2:H2', 'A3:H3'];
  rows.forEach((r, i) => { if (typeof r[0] === 'string' && (/^[一二三四五六]、/.test(r[0]) || /^(注|填表人)/.test(r[0]))) merges.push(rng2(i + 1, 0, i + 1, 7)); });
  // consistency of the numbers the latest column states
  assert(Math.abs(18.71 / 15.08 - 1.241) < 0.0005);
  assert(Math.abs(2518 / 4862 - 0.518) < 0.0005);
  assert(Math.abs(396.47 / 500 - 0.793) < 0.0005);
  write('facts', 'b18-f1-leizhou.json', {
    description: '雷州市商务局电商股维护的《重点任务督办进度表》：序号|重点任务|责任单位|完成时限|进展情况（截至2021年3月31日）|（截至6月30日）|（截至8月31日）|督办意见，三期进展并排，后一期没变化就写“同上期”（表下注明以最新一期为准）。一个认真的审核人取最新一期（8月31日）的说法，遇“同上期”往前追；市情（常住人口、行政村、贫困村）写在表头下一句话里。陷阱：3月/6月的旧值（政策“正在起草”、中心“2020年12月下旬开始试运营”、快递覆盖率92.1%/97.6%、培训2,316/3,980人次、已培训1,530/2,106人、拨付186.5/302.8万元、进度45%/68%）；“完成时限”列是计划时间不是完成日期；中心投入运营取“2021年1月8日正式投入运营”（6月栏，8月栏“同上期”）；下达500万元和2019、2020年零售额只写在3月一栏，之后“同上期”，仍是本表所填；摄影美工“正在推进”按未完成（false）；2021年1-7月零售额不是输入；督办意见里的“5,000人次”是目标；更新日期2021年9月2日不是截止日。',
    sheets: [{ name: '督办进度表', rows: padRows(rows, W8), merges }],
    expect: {
      facts: {
        county: '雷州市',
        asOf: '2021-08-31',
        residentPopulation: 1427500,
        adminVillagesStated: 470,
        poorVillagesStated: 39,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2021-01-08',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: yi(15.08),
        ruralRetail2020: yi(18.71),
        ruralRetailGrowthStated: 0.241,
        agriRetail2020: yi(4.37),
        agriRetailGrowthStated: 0.336,
        trainingPersonTimesStated: 5214,
        eligiblePoorPersonsStated: 4862,
        trainedPoorPersonsStated: 2518,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: wan(396.47),
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
  assert.strictEqual(yi(15.08), 1508000000);
  assert.strictEqual(wan(396.47), 3964700);
})();

// =====================================================================
// F2 化州市 — 分年度数据统计表: blocks with two-level headers (大类 merged over 小类),
// block 1 has one row per year (2019年 | 2020年 | 2021年1-8月 | 合计 | 2020年同比增长).
// =====================================================================
(function f2() {
  const rows = [];
  const merges = [];
  const W14 = 14;
  const add = (r) => { rows.push(r); return rows.length; };
  let n;
  n = add(['化州市电子商务进农村综合示范创建工作数据统计表']); merges.push(rng2(n, 0, n, 13));
  n = add(['市（县、区）名称：化州市', N, N, N, '填报单位：化州市商务局（盖章）', N, N, N, N, N, '填报日期：2021年9月6日']); merges.push(rng2(n, 0, n, 3), rng2(n, 4, n, 9), rng2(n, 10, n, 13));
  n = add(['表一　分年度数据']); merges.push(rng2(n, 0, n, 13));
  // two-level header
  n = add(['年度', '网络零售额（万元）', N, '电商培训', N, N, '村级电商服务站点（个）', N, '省级专项资金（万元）', N, N, '备注']);
  merges.push(rng2(n, 0, n + 1, 0), rng2(n, 1, n, 2), rng2(n, 3, n, 5), rng2(n, 6, n, 7), rng2(n, 8, n, 10), rng2(n, 11, n + 1, 11));
  add([N, '农村网络零售额', '农产品网络零售额', '期数', '人次', '其中：建档立卡贫困人口（人次）', '当年新建', '累计建成', '下达', '当年拨付', '累计拨付', N]);
  const yrs = [
    ['2019年', '146,820', 38650, 6, 512, 96, 38, 38, 500, 42.6, 42.6, '获批示范县当年'],
    ['2020年', 181350, '50,710', 19, '2,846', '1,107', 151, 189, '—', 238.45, 281.05, N],
    ['2021年1-8月', '129,800', 36420, 12, '1,874', 688, 43, 232, '—', 112.3, 393.35, '1-8月累计'],
  ];
  for (const y of yrs) add(y);
  add(['合计', '—', '—', 37, '5,232', '1,891', 232, '—', 500, 393.35, '—', N]);
  add(['2020年同比增长', '23.5%', '31.2%', '—', '—', '—', '—', '—', '—', '—', '—', '按省商务厅反馈数计算']);
  add([]);
  n = add(['表二　基本情况']); merges.push(rng2(n, 0, n, 13));
  n = add(['人口（万人）', N, '村（居）委会（个）', N, N, '建档立卡贫困人口（人）']);
  merges.push(rng2(n, 0, n, 1), rng2(n, 2, n, 4), rng2(n, 5, n, 9));
  add(['户籍人口', '常住人口', '行政村', '社区（居委会）', '其中：省定贫困村', '总人数', '有劳动能力', '其中：外出务工', '有劳动能力且未外出务工', '参加电商培训（按人去重）']);
  add([181.2, 136.36, 381, 34, 43, '36,514', '17,206', '9,882', '7,324', '1,402']);
  add([]);
  n = add(['表三　组织保障及资金管理（✓已完成　✗未完成）']); merges.push(rng2(n, 0, n, 13));
  n = add(['领导小组', N, '工作方案', N, '扶持政策', N, '资金管理', N, '项目总体进度']);
  merges.push(rng2(n, 0, n, 1), rng2(n, 2, n, 3), rng2(n, 4, n, 5), rng2(n, 6, n, 7), rng2(n, 8, n + 1, 8));
  add(['组长', '成员单位', '是否印发', '文号', '是否出台', '文号/进展', '管理制度', '专用台账', N]);
  add(['副市长（分管商务）', '市商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司', '✓', '化府办〔2019〕88号', '✗', '正在起草，拟于2021年四季度印发', '✓', '✓', '85%']);
  add([]);
  n = add(['表四　服务体系及信息公开（✓已完成　✗未完成）']); merges.push(rng2(n, 0, n, 13));
  n = add(['县级电商公共服务中心', N, N, N, N, N, '电商产业园', N, '农村产品上行', N, '政府网站信息公开专栏', N, N, N]);
  merges.push(rng2(n, 0, n, 5), rng2(n, 6, n, 7), rng2(n, 8, n, 9), rng2(n, 10, n, 13));
  add(['投入运营时间', '免费培训场所及设备', '免费展示销售', '免费摄影美工', '统一推广、品牌指导', '其他增值服务', '是否建成', '入驻企业（家）', '第三方运营服务商', '行政村快递覆盖率', '公示创建方案', '公示项目基本信息', '公示建设进度', '征求意见/监督举报窗口']);
  add([20201118, '✓', '✓', '✗', '✓', '✓', '✓', 17, '✓', '98.7%', '✓', '✓', '✓', '✗']);
  n = add(['注：1.零售额为省商务厅反馈数；2.表一“其中：建档立卡贫困人口”为人次，同一人多次参训重复计算，按人去重数见表二；3.项目总体进度按已完工项目投资额计算；4.运营时间按“年月日”八位填写。']); merges.push(rng2(n, 0, n, 13));
  n = add(['填表人：李××　　审核人：吴××']); merges.push(rng2(n, 0, n, 13));
  // arithmetic the sheet relies on
  assert.strictEqual(512 + 2846 + 1874, 5232);
  assert.strictEqual(96 + 1107 + 688, 1891);
  assert(Math.abs(42.6 + 238.45 + 112.3 - 393.35) < 1e-9);
  assert(Math.abs(181350 / 146820 - 1.235) < 0.0005);
  assert(Math.abs(50710 / 38650 - 1.312) < 0.0005);
  assert.strictEqual(17206 - 9882, 7324);
  write('facts', 'b18-f2-huazhou.json', {
    description: '化州市商务局的《数据统计表》：四个小表都用两级表头（大类合并单元格在上、小类在下），表一一行一个年度（2019年|2020年|2021年1-8月|合计|2020年同比增长），列为 网络零售额（万元）[农村|农产品]、电商培训[期数|人次|其中贫困人口人次]、站点[新建|累计]、省级专项资金（万元）[下达|当年拨付|累计拨付]；表二基本情况一行（人口万人、村居、贫困人口五列）；表三、表四组织保障与服务体系一行数值，✓/✗ 作答，运营时间写成八位数字20201118。陷阱：培训人次取合计5,232（含2019年）；表一“其中：建档立卡贫困人口”1,891是人次，参训贫困人口取表二去重1,402人；有劳动能力17,206含外出务工，取“有劳动能力且未外出务工”7,324；户籍人口181.2万；2021年1-8月零售额不是输入；累计拨付取393.35万元；组长为副市长（分管）→ deputy；快递覆盖率98.7%未达100% → false；入驻企业17家和站点数不是输入；表中未写考评截止日期（填报日期2021年9月6日不是）。',
    sheets: [{ name: '数据统计表', rows: padRows(rows, W14), merges }],
    expect: {
      facts: {
        county: '化州市',
        residentPopulation: 1363600,
        adminVillagesStated: 381,
        poorVillagesStated: 43,
        eligiblePoorPersonsStated: 7324,
        trainedPoorPersonsStated: 1402,
        ruralRetail2019: wan(146820),
        ruralRetail2020: wan(181350),
        agriRetail2019: wan(38650),
        agriRetail2020: wan(50710),
        ruralRetailGrowthStated: 0.235,
        agriRetailGrowthStated: 0.312,
        trainingPersonTimesStated: 5232,
        fundAllocated: 5000000,
        fundSpentStated: wan(393.35),
        planIssued: true,
        policyIssued: false,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        centerOpened: '2020-11-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
      },
      judged: {},
      leadership: 'deputy',
    },
  });
  assert.strictEqual(wan(393.35), 3933500);
  assert.strictEqual(wan(146820), 1468200000);
})();

// =====================================================================
// F3 佛冈县 — 自评计分卡: every scoring item one row, the tiers written out in five cells
// (“☑ ≥1%（10分）” / “☐ 0.8%-1%（8分）” …), the clerk ticks the tier reached; indicator score merged.
// =====================================================================
(function f3() {
  const rows = [];
  const merges = [];
  const add = (r) => { rows.push(r); return rows.length; };
  const Y = (t) => '☑ ' + t, O = (t) => '☐ ' + t;
  let n;
  n = add(['佛冈县2019年省级电子商务进农村综合示范创建考评自评计分卡']); merges.push('A1:J1');
  n = add(['县（市、区）：佛冈县（盖章）', N, N, N, '考评截止时间：2021年8月31日']); merges.push('A2:D2', 'E2:J2');
  n = add(['说明：在本县达到的档次前打“☑”，未达到的为“☐”；“经验推广”各档可累加；加分项、一票否决项如实勾选。']); merges.push('A3:J3');
  n = add(['序号', '评价指标', '评分项', '完成情况', '达到档次（☑）', N, N, N, N, '指标自评分']); merges.push('E4:I4');
  const claimed = {};
  const group = (t) => { const k = add([t]); merges.push(rng2(k, 0, k, 9)); };
  // an indicator: seq, name, items [[item, status, tiers[]]], score, id
  const ind = (seq, name, items, score, id) => {
    const first = rows.length + 1;
    items.forEach((it, i) => { const t = it[2].slice(); while (t.length < 5) t.push(N); add([i === 0 ? seq : N, i === 0 ? name : N, it[0], it[1], ...t, i === 0 ? score : N]); });
    const last = rows.length;
    if (last > first) merges.push(rng2(first, 0, last, 0), rng2(first, 1, last, 1), rng2(first, 9, last, 9));
    if (id) claimed[id] = score;
  };
  group('一、加强组织领导与统筹协调（10分）');
  ind(1, '组织领导（2分）', [['领导机制', '成立以县委副书记、县长为组长，分管副县长为副组长，县商务局、财政局、农业农村局、乡村振兴局等12个部门为成员的领导小组', [Y('主要领导牵头且商务、财政、农业、扶贫等部门参与（2分）'), O('分管领导牵头（1分）'), O('其他（0分）')]]], 2, 'org.leadership');
  ind(2, '方案制定（2分）', [['工作方案因地制宜、可操作性较强', '已正式印发《佛冈县电子商务进农村综合示范县创建工作方案》（佛府办〔2019〕31号）', [O('1分'), Y('2分')]]], 2, 'org.plan');
  ind(3, '政策支持（2分）', [['出台相关政策且得到较好落实', '已出台《佛冈县促进农村电子商务发展的若干措施》，部分奖补条款尚未兑现', [Y('1分'), O('2分')]]], 1, 'org.policy');
  ind(4, '项目管理（4分）', [
    ['建立项目管理制度，建设、验收环节严格落实', '制定《佛冈县电子商务进农村综合示范项目建设管理办法》，项目均按办法组织验收', [O('1分'), Y('2分')]],
    ['建立完整工作台账', '建立站点、培训、资金、报送等11本工作台账', [O('1分'), Y('2分')]],
  ], 4, 'org.management');
  group('二、深入推动电子商务进农村工作（55分）');
  const yn = (pts, ok) => ok ? [Y(`达到（${pts}分）`), O('未达到（0分）')] : [O(`达到（${pts}分）`), Y('未达到（0分）')];
  ind(5, '服务体系建设：县级中心与产业园（15分）', [
    ['建成县级电子商务公共服务中心', '2020年6月18日投入运营', yn(2, true)],
    ['建成后已正常运行6个月以上', '截至2021年8月31日已运行14个月', yn(2, true)],
    ['有免费培训场所、培训设备，能组织电商基础培训', '培训室1间、电脑40台，可同时容纳80人', yn(2, true)],
    ['为特色农产品提供免费展示、销售服务', '展示区免费展示本地农特产品120余款', yn(1, true)],
    ['为电子商务市场主体提供免费摄影、美工服务', '摄影棚正在装修，目前由运营商有偿提供', yn(1, false)],
    ['组织农产品统一推广、指导特色农产品品牌建设', '打造“佛冈好物”区域公用品牌，组织统一推广', yn(1, true)],
    ['为电子商务发展提供其他衍生增值服务', '提供代办证照、金融对接、物流对接等服务', yn(1, true)],
    ['建设或整合、优化当地电商产业园', '整合县创业孵化园建成佛冈县电商产业园', yn(2, true)],
    ['产业园入驻企业达20家及以上', '入驻企业21家', yn(2, true)],
    ['入驻企业含三种以上类型', '平台型2家、销售型12家、电商运营商4家、物流企业3家', yn(1, true)],
  ], 14, 'work.center');
  ind(6, '服务体系建设：村级站点覆盖（10分）', [
    ['行政村覆盖率', '全县行政村85个，已建站覆盖62个行政村，覆盖率72.9%', [Y('≥70%（5分）'), O('50%-70%（2分）'), O('<50%（0分）')]],
    ['省定贫困村覆盖率', '省定贫困村14个，已全部建站，覆盖率100%', [Y('100%（5分）'), O('80%-100%（3分）'), O('<80%（0分）')]],
  ], 10, 'work.coverage');
  ind(7, '农村产品上行（10分）', [
    ['网销调研并形成针对性建议', '形成《佛冈县农产品网络销售情况调研报告》并报市商务局', [O('1分'), Y('2分')]],
    ['开展网络促销活动成效明显', '举办“佛冈年货节”等线上促销活动3场', ['√ 1分', O('2分')]],
    ['有专业第三方电子商务运营或服务商', '清远市某电子商务有限公司负责中心运营', [Y('有（1分）'), O('无（0分）')]],
    ['行政村物流快递覆盖率100%', '85个行政村均已通快递，覆盖率100%', yn(1, true)],
    ['出台农产品电商交易标准，建立冷链、溯源系统', '出台佛冈豆腐柴电商交易标准；溯源系统试运行，冷链尚未建设', [Y('1分'), O('2分')]],
    ['2020年农村或农产品网络零售额同比增速≥30%', '2020年农村网络零售额7.86亿元，同比增长18.4%；农产品网络零售额1.92亿元，同比增长33.1%', yn(2, true)],
  ], 8, 'work.upward');
  ind(8, '电商人才培训（20分）', [
    ['培训人次占常住人口比例', '累计培训3,482人次，全县常住人口33.86万人，占1.03%', [Y('≥1%（10分）'), O('0.8%-1%（8分）'), O('0.6%-0.8%（6分）'), O('<0.6%（0分）')]],
    ['建档立卡贫困人口培训率', '有劳动能力的建档立卡贫困人口（不含外出务工）1,206人，已参训542人，培训率44.9%', [O('≥50%（10分）'), Y('40%-50%（8分）'), O('30%-40%（6分）'), O('<30%（0分）')]],
  ], 18, 'work.training');
  group('三、加强信息公开及报送（10分）');
  ind(9, '信息公开（4分）', [
    ['专栏设立且内容全面', '县政府网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设立监督举报电话', [Y('内容全面（2分）'), O('不全面（0分）')]],
    ['近一年专栏更新', '2021年1月、4月未更新', [O('按月更新（2分）'), Y('不定时更新（1分）'), O('未更新（0分）')]],
  ], 3, 'info.disclosure');
  ind(10, '数据上报（6分）', [
    ['每月向市商务局报送工作情况', '2020年9月至2021年8月每月报送', [Y('每月（3分）'), O('不定时（1分）'), O('未上报（0分）')]],
    ['统计电商扶贫情况', '月报附电商扶贫统计表（贫困户培训、带动增收）', [Y('能统计（3分）'), O('未统计（0分）')]],
  ], 6, 'info.reporting');
  group('四、加强宣传推广（10分）');
  ind(11, '案例总结（2分）', [['向市商务局报送经验材料', '已报送《佛冈县“电商+合作社”带贫模式》等经验材料2篇', [Y('已报送（2分）'), O('未报送（0分）')]]], 2, 'promo.cases');
  ind(12, '经验推广（8分）', [['主流媒体宣传报道（可累加）', '南方日报、广东广播电视台报道2次；清远日报报道3次', [Y('省级及以上（4分）'), Y('市级（3分）'), O('县级（1分）')]]], 7, 'promo.media');
  group('五、加强财政资金管理（15分）');
  const five = (k) => [1, 2, 3, 4, 5].map(i => (i === k ? Y : O)(`${i}分`));
  ind(13, '制度建立（5分）', [['建立科学有效的资金管理制度且得到有效落实', '制定《佛冈县电子商务进农村综合示范专项资金管理办法》', five(4)]], 4, 'fund.system');
  ind(14, '资金台账（5分）', [['项目承建方建立资金专用台账', '承建方已建立资金专用台账，个别凭证未附', five(4)]], 4, 'fund.ledger');
  ind(15, '资金支出（5分）', [
    ['资金支出率', '下达500万元，截至2021年8月31日拨付412.6万元，支出率82.5%', [Y('≥70%'), O('<70%（倒扣5分）')]],
    ['根据创建进度及时拨付', '按进度拨付，个别项目验收后拨付滞后', five(4)],
  ], 4, 'fund.spending');
  group('六、加分项（4分）');
  ind(16, '贫困人口培训率≥70%（2分）', [['建档立卡贫困人口培训率', '培训率44.9%', yn(2, false)]], 0, 'bonus.poorTraining');
  ind(17, '电商扶贫典型案例获电视播报', [['国家级（2分）、省级（1分），不累加', '暂无', [O('国家级（2分）'), O('省级（1分）'), Y('无（0分）')]]], 0, 'bonus.tvCase');
  group('七、一票否决项');
  ind(18, '安全生产、质量事故', [['发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '无', [O('发生'), Y('未发生')]]], N);
  ind(19, '项目进度', [['项目建设进度严重滞后，总体进度不足40%', '项目总体进度91%', [O('是'), Y('否')]]], N);
  ind(20, '弄虚作假', [['弄虚作假', '无', [O('有'), Y('无')]]], N);
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const total = sum(scored.map(k => claimed[k]));
  assert.strictEqual(total, 89);
  n = add(['合计', N, N, N, N, N, N, N, N, total]); merges.push(rng2(n, 0, n, 8));
  n = add(['自评人：朱××（县商务局电商股）　　审核：县商务局局长　何××　　2021年9月8日']); merges.push(rng2(n, 0, n, 9));
  assert(Math.abs(3482 / 338600 - 0.0103) < 0.00005 && 3482 * 1000 >= 338600 * 10);
  assert(Math.abs(542 / 1206 - 0.449) < 0.0005);
  assert(Math.abs(412.6 / 500 - 0.825) < 0.0005);
  assert(Math.abs(62 / 85 - 0.729) < 0.0005);
  // tick sums equal the merged scores for the checklist indicators
  assert.strictEqual(2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, 14);
  assert.strictEqual(2 + 1 + 1 + 1 + 1 + 2, 8);
  write('facts', 'b18-f3-fogang.json', {
    description: '佛冈县商务局电商股的《自评计分卡》：序号|评价指标（合并）|评分项|完成情况|达到档次（五格，每格写一个档次“☑ ≥1%（10分）”“☐ 0.8%-1%（8分）”…，达到的打☑）|指标自评分（合并），判断项把1-2分、1-5分的每一分都列成一格勾选（一处手打“√ 1分”代替☑），一票否决项勾“未发生/否/无”。事实取自“完成情况”列的句子（数字带千分位、亿元、万人），判断分取勾选的档次，指标自评分即 claimed。陷阱：中心免费摄影美工勾的是“未达到”（摄影棚装修中，有偿提供）→ false；62/85是覆盖情况，85是行政村数；入驻企业21家、类型不是输入；2020年农村网零增速18.4%与农产品33.1%分属两项；“经验推广”两档可累加（4+3=7）；加分项勾“未达到/无”→ 0。',
    sheets: [{ name: '自评计分卡', rows: padRows(rows, 10), merges }],
    expect: {
      facts: {
        county: '佛冈县',
        asOf: '2021-08-31',
        residentPopulation: 338600,
        adminVillagesStated: 85,
        poorVillagesStated: 14,
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
        ruralRetail2020: yi(7.86),
        agriRetail2020: yi(1.92),
        ruralRetailGrowthStated: 0.184,
        agriRetailGrowthStated: 0.331,
        trainingPersonTimesStated: 3482,
        eligiblePoorPersonsStated: 1206,
        trainedPoorPersonsStated: 542,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: wan(412.6),
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 1, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed,
    },
  });
  assert.strictEqual(yi(7.86), 786000000);
})();

// =====================================================================
// L1 海丰县 — (a) a 3-day class signed in with one tick column per day; (b) a one-day class with
// 上午/下午 tick columns; (c) poor-household roster: 户主 row then indented family members,
// 小计 rows per village in the middle.
// =====================================================================
(function l1() {
  const REG = '441521';
  const r = rng(18101);
  const newId = makeIdFactory(18102);
  const nm = nameFactory(18103);
  const ph = phoneFactory(18104);
  const towns = ['海城镇', '附城镇', '公平镇', '梅陇镇', '可塘镇', '赤坑镇'];
  // ---- (a) three-day class
  const days = ['2020-11-17', '2020-11-18', '2020-11-19'];
  const A = []; // {name, sex, idWritten, idExpected, ticks[3], note}
  for (let i = 0; i < 34; i++) {
    const sex = r() < 0.5 ? 'M' : 'F';
    const id = newId(REG, sex, false);
    A.push({ name: nm(), sex, idWritten: id, idExpected: id, ticks: ['√', '√', '√'], note: N, town: towns[Math.floor(r() * towns.length)] });
  }
  const xId = newId(REG, 'F', true);
  A[5].idWritten = xId.slice(0, 17) + 'x'; A[5].idExpected = xId; A[5].sex = 'F';
  A[9].ticks = ['√', '请假', '√']; A[9].note = '18日请假';
  A[14].ticks = ['√', '√', '×']; A[14].note = '19日缺';
  A[17].ticks = ['√', N, N]; A[17].note = '家中有事提前离开';
  A[21].ticks = [N, N, '√']; A[21].note = '19日补到';
  A[24].ticks = ['✓', '✓', '✓'];
  A[26].idWritten = '（未提供）'; A[26].idExpected = N; A[26].note = '未带身份证';
  A[29].ticks = [N, N, N]; A[29].note = '报名未到';
  A[33].ticks = ['缺', '缺', '缺']; A[33].note = '缺席';
  const attended = A.filter(p => p.ticks.some(t => t === '√' || t === '✓'));
  assert.strictEqual(attended.length, 32);
  const aRows = [
    ['海丰县2020年农村电商实操培训班（第三期）签到表', N, N, N, N, N, N, N, N, N],
    ['培训时间：2020年11月17日—19日（共三天）　　培训地点：海丰县电子商务公共服务中心三楼培训室', N, N, N, N, N, N, N, N, N],
    ['序号', '姓名', '性别', '身份证号码', '所在镇', '联系电话', '每日签到', N, N, '备注'],
    [N, N, N, N, N, N, '11月17日', '11月18日', '11月19日', N],
  ];
  A.forEach((p, i) => aRows.push([i + 1, p.name, p.sex === 'M' ? '男' : '女', p.idWritten, p.town, ph(), ...p.ticks, p.note]));
  aRows.push(['本期应到34人，实到32人（29号报名未到、34号缺席）。', N, N, N, N, N, N, N, N, N]);
  aRows.push(['记录人：庄××　　　　　培训讲师：广东某电商学院 郑老师', N, N, N, N, N, N, N, N, N]);
  const aMerges = ['A1:J1', 'A2:J2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:I3', 'J3:J4', rng2(aRows.length - 1, 0, aRows.length - 1, 9), rng2(aRows.length, 0, aRows.length, 9)];
  const aRecs = attended.map(p => ({ date: '2020-11-19', personTimes: 1, id: p.idExpected }));
  // ---- (b) one-day class with 上午/下午 ticks
  const B = [];
  for (let i = 0; i < 21; i++) { const sex = r() < 0.5 ? 'M' : 'F'; const id = newId(REG, sex, false); B.push({ name: nm(), id, am: '√', pm: '√', note: N, town: towns[Math.floor(r() * towns.length)] }); }
  B[3].am = N; B[3].note = '下午到';
  B[11].pm = N; B[11].note = '上午后离开';
  B[16].am = N; B[16].pm = N; B[16].note = '未到';
  B[19].id = B[19].id.slice(0, 6) + '********' + B[19].id.slice(14);
  const bAtt = B.filter(p => p.am || p.pm);
  assert.strictEqual(bAtt.length, 20);
  assert.strictEqual(weekday('2021-04-08'), '四');
  const bRows = [
    ['海丰县“直播带货”专题培训签到表'],
    ['培训日期：2021年4月8日（星期四）　地点：海丰县电子商务公共服务中心直播间'],
    ['序号', '姓名', '身份证号', '所在镇', '上午签到', '下午签到', '备注'],
  ];
  B.forEach((p, i) => bRows.push([i + 1, p.name, p.id, p.town, p.am, p.pm, p.note]));
  const bRecs = bAtt.map(p => ({ date: '2021-04-08', personTimes: 1, id: p.id }));
  // ---- (c) roster: households, indented members, 小计 per village
  const villages = [['赤坑镇', '东埔村'], ['赤坑镇', '岗头村'], ['梅陇镇', '新园村']];
  const rels = ['配偶', '长子', '长女', '次子', '母亲', '孙子', '儿媳'];
  const hhPlan = [[4, 3, 3], [5, 2], [3, 4, 2]]; // household sizes per village
  const persons = []; // for records
  const cRows = [
    ['海丰县建档立卡贫困户家庭成员花名册（劳动能力及务工情况）', N, N, N, N, N, N, N, N],
    ['提供单位：海丰县乡村振兴局　　　导出日期：2021年6月30日', N, N, N, N, N, N, N, N],
    ['户序号', '镇', '村', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况', '备注'],
  ];
  const cMerges = ['A1:I1', 'A2:I2'];
  let hhNo = 0, xDone = false;
  villages.forEach(([t, v], vi) => {
    let persV = 0;
    hhPlan[vi].forEach((size) => {
      hhNo++;
      const headSex = r() < 0.7 ? 'M' : 'F';
      const surname = SURN[Math.floor(r() * SURN.length)];
      const hy = 1952 + Math.floor(r() * 20); // head born 1952-1971
      for (let k = 0; k < size; k++) {
        const rel = k === 0 ? '户主' : rels[(k - 1 + hhNo) % rels.length];
        let yFrom = hy, yTo = hy, sex = k === 0 ? headSex : (r() < 0.5 ? 'M' : 'F');
        if (rel === '配偶') { sex = headSex === 'M' ? 'F' : 'M'; yFrom = hy - 3; yTo = hy + 3; }
        if (rel === '长子' || rel === '次子') { sex = 'M'; yFrom = hy + 22; yTo = hy + 30; }
        if (rel === '长女') { sex = 'F'; yFrom = hy + 22; yTo = hy + 30; }
        if (rel === '儿媳') { sex = 'F'; yFrom = hy + 23; yTo = hy + 31; }
        if (rel === '孙子') { sex = 'M'; yFrom = Math.min(hy + 46, 2013); yTo = Math.min(hy + 50, 2014); }
        if (rel === '母亲') { sex = 'F'; yFrom = hy - 28; yTo = hy - 22; }
        const wantX = (!xDone && k === 1 && hhNo === 3) ? true : false;
        const id = newId(REG, sex, wantX, yFrom, yTo);
        let written = id;
        if (wantX) { written = id.slice(0, 17) + 'x'; xDone = true; }
        // labour / migrant
        let labourText, migrantText, labour, migrant, note = N;
        if (rel === '孙子') { labourText = '无劳动能力'; migrantText = '—'; labour = false; migrant = null; note = '在校生'; }
        else if (rel === '母亲') { labourText = '丧失劳动能力'; migrantText = N; labour = false; migrant = null; note = '患慢性病'; }
        else {
          const mig = r() < 0.4;
          labourText = '有劳动能力'; labour = true;
          if (mig) { migrantText = r() < 0.5 ? '外出务工（深圳）' : '外出务工'; migrant = true; }
          else { migrantText = r() < 0.5 ? '在家务农' : '未外出'; migrant = false; }
        }
        const given = nm().slice(1);
        const name = (rel === '配偶' || rel === '儿媳' || rel === '母亲') ? nm() : surname + given;
        const shownName = k === 0 ? name : '　　' + name; // members indented with full-width spaces
        cRows.push([k === 0 ? hhNo : N, k === 0 ? t : N, k === 0 ? v : N, shownName, rel, written, labourText, migrantText, note]);
        persons.push({ id, labour, migrant });
        persV++;
      }
    });
    cRows.push([`小计（${t}${v}）：${hhPlan[vi].length}户${persV}人`, N, N, N, N, N, N, N, N]);
    cMerges.push(rng2(cRows.length, 0, cRows.length, 8));
  });
  assert(xDone);
  cRows.push([`合计：${hhNo}户${persons.length}人`, N, N, N, N, N, N, N, N]);
  cMerges.push(rng2(cRows.length, 0, cRows.length, 8));
  cRows.push(['注：户主行写户序号及镇、村，家庭成员缩进列在户主下方；务工情况以2021年6月动态监测为准。', N, N, N, N, N, N, N, N]);
  cMerges.push(rng2(cRows.length, 0, cRows.length, 8));
  assert.strictEqual(persons.length, 26);
  for (const p of persons) assert(validId(p.id));
  for (const p of A) if (p.idExpected) assert(validId(p.idExpected));
  const cRecs = persons.map(p => ({ id: p.id, labour: p.labour, migrant: p.migrant }));
  write('ledgers', 'b18-l1-haifeng.json', {
    description: '海丰县（汕尾）商务局电商股的三张表：①三天班签到表，两行表头，“每日签到”合并在11月17日|11月18日|11月19日三列之上，每人一行、每天打√/✓（缺的写“请假”“×”“缺”或空着）；一期三天的班每名到场学员算1人次，日期按区间末日2020-11-19，只到了一天的也算，三天都没签（报名未到、缺席）的两行不是学员；一人身份证末位小写x，一人“（未提供）”；②直播带货班签到，上午签到|下午签到两列，只签了半天的也算1人次，两格都空的一人不算，一人身份证打码；③乡村振兴局的贫困户花名册：户主行带户序号、镇、村，家庭成员在下方用全角空格缩进、只填关系和个人信息，每村一个“小计（…）：3户10人”合并行插在中间，末尾合计行和注；劳动能力 有劳动能力/无劳动能力（在校生）/丧失劳动能力，务工情况 外出务工（深圳）/外出务工 → true，在家务农/未外出 → false，“—”或空（无劳动能力者）→ null。',
    sheets: [
      { name: '电商实操班签到（三天）', rows: padRows(aRows, 10), merges: aMerges },
      { name: '直播带货班签到', rows: padRows(bRows, 7), merges: ['A1:G1', 'A2:G2'] },
      { name: '贫困户花名册', rows: padRows(cRows, 9), merges: cMerges },
    ],
    expect: {
      sheets: {
        '电商实操班签到（三天）': { kind: 'training', records: aRecs },
        '直播带货班签到': { kind: 'training', records: bRecs },
        '贫困户花名册': { kind: 'poorPersons', records: cRecs },
      },
    },
  });
})();

// =====================================================================
// L2 阳春市 — (a) funds ledger whose second header row carries the units (万元), year 小计 rows;
// (b) report log split over three sheets by half-year; (c) park tenant directory with an
// English/Chinese header kept by the park operator; (d) a 说明 sheet (not a ledger).
// =====================================================================
(function l2() {
  // ---- (a) funds
  const funds = [
    // [iso, written, project, payee, 万元, voucher]
    ['2020-06-12', '2020/6/12', '县级电商公共服务中心建设（首期款）', '阳春市春晖电子商务有限公司', 90, '记-2020-06-031'],
    ['2020-08-25', { date: '2020-08-25' }, '村级电商服务站点建设（第一批）', '中国邮政集团有限公司阳春市分公司', 72.8, '记-2020-08-017'],
    ['2020-10-16', '2020.10.16', '县乡村三级物流配送体系建设', '阳春市速达物流有限公司', 45.36, '记-2020-10-042'],
    ['2021-01-22', '2021年1月22日', '农村电商人才培训（2020年度）', '阳江市某职业培训学校', 23.5, '记-2021-01-009'],
    ['2021-03-18', 20210318, '村级电商服务站点建设（第二批）', '中国邮政集团有限公司阳春市分公司', 61.25, '记-2021-03-026'],
    ['2021-05-20', '2021/5/20', '农产品品牌培育及质量溯源系统', '阳春市春晖电子商务有限公司', 38.9, '记-2021-05-033'],
    ['2021-07-09', { date: '2021-07-09' }, '县级电商公共服务中心运营补助', '阳春市春晖电子商务有限公司', 55, '记-2021-07-011'],
    ['2021-09-10', '2021.9.10', '县乡村三级物流配送体系建设（尾款）', '阳春市速达物流有限公司', 40, '记-2021-09-020'],
  ];
  const fRows = [
    ['阳春市2019年省级电子商务进农村综合示范专项资金拨付台账', N, N, N, N, N, N, N, N],
    ['填报单位：阳春市商务局　　　　省级资金下达：伍佰万元', N, N, N, N, N, N, N, N],
    ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '累计拨付', '拨付进度', '凭证号', '备注'],
    [N, '（年/月/日）', N, N, '万元', '万元', '%', N, N],
  ];
  let run = 0, yearSum = 0, curYear = '2020', seq = 0;
  const fRecs = [];
  const r2 = (x) => Math.round(x * 100) / 100;
  for (const f of funds) {
    if (f[0].slice(0, 4) !== curYear) { fRows.push([`${curYear}年小计`, N, N, N, r2(yearSum), N, N, N, N]); curYear = f[0].slice(0, 4); yearSum = 0; }
    run = r2(run + f[4]); yearSum = r2(yearSum + f[4]);
    fRows.push([++seq, f[1], f[2], f[3], f[4], run, r2(run / 500 * 100), f[5], f[0] > CUTOFF ? '考评截止后拨付' : N]);
    fRecs.push({ date: f[0], amount: wan(f[4]) });
  }
  fRows.push([`${curYear}年小计`, N, N, N, r2(yearSum), N, N, N, N]);
  fRows.push(['合计', N, N, N, run, N, N, N, N]);
  fRows.push(['制表：阳春市商务局电商股　　审核：阳春市财政局经济建设股', N, N, N, N, N, N, N, N]);
  assert.strictEqual(run, 426.81);
  assert.deepStrictEqual(fRecs.map(x => x.amount), [900000, 728000, 453600, 235000, 612500, 389000, 550000, 400000]);
  // ---- (b) reports split by half-year
  const reps = [
    ['2020-07-10', '2020.7.10', '6月份示范创建工作进展', '否'],
    ['2020-08-07', '2020年8月7日', '7月份示范创建工作进展', '否'],
    ['2020-09-08', { date: '2020-09-08' }, '8月份示范创建工作进展及电商统计数据', '否'],
    ['2020-10-12', '2020.10.12', '9月份示范创建工作进展及电商统计数据', '是'],
    ['2020-11-06', '2020.11.6', '10月份示范创建工作进展及电商扶贫统计', '是'],
    ['2020-12-08', '2020年12月8日', '11月份示范创建工作进展及电商扶贫统计', '是'],
    ['2021-01-08', { date: '2021-01-08' }, '12月份及全年工作总结、电商扶贫统计', '是'],
    ['2021-03-02', '2021.3.2', '1-2月份工作进展（春节合并报送）', '是'],
    ['2021-03-31', '2021.3.31', '3月份工作进展及电商扶贫统计', '是'],
    ['2021-05-07', '2021年5月7日', '4月份工作进展及电商扶贫统计', '是'],
    ['2021-06-08', { date: '2021-06-08' }, '5月份工作进展及电商扶贫统计', '是'],
    ['2021-07-06', '2021.7.6', '6月份及上半年工作进展、电商扶贫统计', '是'],
    ['2021-08-09', '2021年8月9日', '7月份工作进展及电商扶贫统计', '是'],
    ['2021-09-07', '2021.9.7', '8月份工作进展及电商扶贫统计', '是'],
  ];
  const halves = [['报送台账（2020年下半年）', '2020-07', '2020-12'], ['报送台账（2021年上半年）', '2021-01', '2021-06'], ['报送台账（2021年下半年）', '2021-07', '2021-12']];
  const repSheets = [];
  const repExpect = {};
  for (const [name, from, to] of halves) {
    const list = reps.filter(x => monthOf(x[0]) >= from && monthOf(x[0]) <= to);
    const rows = [[`阳春市电子商务进农村综合示范工作报送登记（${name.replace(/^报送台账（|）$/g, '')}）`, N, N, N, N], ['序号', '报送时间', '报送内容', '报送对象', '是否含电商扶贫统计']];
    list.forEach((x, i) => rows.push([i + 1, x[1], x[2], '阳江市商务局', x[3]]));
    if (name.includes('2021年下半年')) rows.push(['（续报登记）', N, N, N, N]);
    repSheets.push({ name, rows: padRows(rows, 5), merges: ['A1:E1'] });
    repExpect[name] = { kind: 'reports', records: list.map(x => ({ date: x[0], poverty: x[3] === '是' })) };
  }
  assert.strictEqual(sum(Object.values(repExpect).map(v => v.records.length)), 14);
  // ---- (c) tenant directory, bilingual header
  const uscc = usccFactory(18201, '441781');
  const ents = [
    ['阳春市春晖电子商务有限公司', '平台型', { date: '2020-09-15' }, '2020-09-15', N, N, 'In 在园'],
    ['阳春市马水桔农产品网店', '销售型', '2020-09-20', '2020-09-20', N, N, 'In 在园'],
    ['阳江市漠阳优品电商运营有限公司', '电商运营商', '2020-10-12', '2020-10-12', N, N, 'In 在园'],
    ['阳春市速达物流有限公司', '物流企业', { date: '2020-10-28' }, '2020-10-28', N, N, 'In 在园'],
    ['阳春市春砂仁电子商务商行', '销售型', '2020/11/3', '2020-11-03', N, N, 'In 在园'],
    ['阳春市八甲山货网络科技有限公司', '直播电商', '2020-11-16', '2020-11-16', '2021-04-30', '2021-04-30', 'Out 已退出'],
    ['阳春市合水镇特产网销合作社', '销售型', { date: '2020-12-01' }, '2020-12-01', N, N, 'In 在园'],
    ['阳江市云仓供应链管理有限公司', '物流企业', '2021/1/8', '2021-01-08', N, N, 'In 在园'],
    ['阳春市凌霄岩文旅电商有限公司', '平台型', '2021-02-24', '2021-02-24', { date: '2021-07-31' }, '2021-07-31', 'Out 已退出'],
    ['阳春市南药源电子商务有限公司', '销售型', { date: '2021-03-15' }, '2021-03-15', N, N, 'In 在园'],
    ['阳春市数农代运营服务有限公司', '电商运营商', '2021-04-06', '2021-04-06', N, N, 'In 在园'],
    ['阳春市潭水镇荔枝网店', '销售型', '2021/5/18', '2021-05-18', N, N, 'In 在园'],
    ['阳春市乐享直播科技有限公司', '直播电商', { date: '2021-06-21' }, '2021-06-21', N, N, 'In 在园'],
    ['阳春市春湾镇蜜柚网店', '销售型', '2021-09-06', '2021-09-06', N, N, 'New 新入驻'],
  ];
  const eRows = [
    ['阳春市电子商务产业园入驻企业名录　Yangchun E-commerce Park Tenant Directory', N, N, N, N, N, N, N],
    ['运营方 Operator：阳春市春晖电子商务有限公司　　　更新 Updated：2021-09-10', N, N, N, N, N, N, N],
    ['No.\n序号', 'Company Name\n企业名称', 'USCC\n统一社会信用代码', 'Business Type\n企业类型', 'Move-in Date\n入驻日期', 'Move-out Date\n退出日期', 'Status\n状态', 'Remarks\n备注'],
  ];
  ents.forEach((e, i) => eRows.push([i + 1, e[0], uscc(), e[1], e[2], e[4], e[6], N]));
  const eRecs = ents.map(e => ({ name: e[0], type: e[1], entered: e[3], left: e[5] }));
  // ---- (d) notes sheet
  const nRows = [['填报说明'], ['1.本工作簿为阳春市电子商务进农村综合示范工作台账（资金、报送、产业园）。'], ['2.资金台账金额单位见表头第二行（万元），拨付进度=累计拨付÷省级下达资金500万元。'], ['3.报送台账按半年分表登记，2021年下半年表为续报登记。'], ['4.产业园名录由园区运营方提供，中英文表头照原样保留。']];
  write('ledgers', 'b18-l2-yangchun.json', {
    description: '阳春市（阳江）商务局的台账工作簿：①专项资金拨付台账，两行表头，第二行只写单位（“（年/月/日）”“万元”“万元”“%”），金额为万元数字（90、72.8、45.36…，即900,000元等），日期写法混杂（2020/6/12、真日期、2020.10.16、2021年1月22日、八位数20210318），中间有“2020年小计”、末尾“2021年小计”“合计”行，累计拨付和拨付进度列不是记录；②报送登记按半年拆成三张同样的表（2020年下半年、2021年上半年、2021年下半年），第三张末尾一行“（续报登记）”不是记录，2021年2月无报送（1-2月3月2日合并报）；③园区运营方的入驻企业名录，中英文双语表头（“Company Name\\n企业名称”“Move-in Date\\n入驻日期”…），状态写“In 在园/Out 已退出/New 新入驻”，两家已退出（2021-04-30、2021-07-31），一家2021-09-06入驻（截止后，记录照列）；④填报说明页，不是台账。',
    sheets: [
      { name: '填报说明', rows: padRows(nRows, 1) },
      { name: '资金拨付台账', rows: padRows(fRows, 9), merges: ['A1:I1', 'A2:I2'] },
      ...repSheets,
      { name: '产业园入驻企业', rows: padRows(eRows, 8), merges: ['A1:H1', 'A2:H2'] },
    ],
    expect: {
      sheets: {
        '填报说明': { kind: null },
        '资金拨付台账': { kind: 'funds', records: fRecs },
        ...repExpect,
        '产业园入驻企业': { kind: 'enterprises', records: eRecs },
      },
    },
  });
})();

// =====================================================================
// C1 怀集县 — the facts sheet is a 自查问答: a numbered question on one row, the answer on the
// row beneath it labelled “说明”. Ledgers: village list, stations with “镇-村” in one cell and
// per-town 小计 rows in the middle, park tenants, training sessions split into a 2020 and a 2021
// sheet (two-row header), funds, reports, disclosures, media, materials.
// =====================================================================
(function c1() {
  const r = rng(18301);
  const nm = nameFactory(18302);
  const ph = phoneFactory(18303);
  const vill = villageFactory(18304);
  const towns = [['怀城街道', 10], ['闸岗镇', 12], ['坳仔镇', 11], ['汶朗镇', 9], ['甘洒镇', 10], ['凤岗镇', 11], ['洽水镇', 12], ['梁村镇', 14], ['大岗镇', 13],
    ['岗坪镇', 12], ['冷坑镇', 15], ['马宁镇', 11], ['蓝钟镇', 12], ['永固镇', 13], ['诗洞镇', 14], ['桥头镇', 10], ['中洲镇', 12], ['连麦镇', 11]];
  assert.strictEqual(sum(towns.map(t => t[1])), 212);
  const comms = { 怀城街道: ['城东社区', '城西社区', '城南社区', '城北社区', '城中社区'], 闸岗镇: ['闸岗居委会'], 冷坑镇: ['冷坑居委会'], 梁村镇: ['梁村居委会'], 诗洞镇: ['诗洞居委会'], 永固镇: ['永固居委会'], 大岗镇: ['大岗居委会'], 岗坪镇: ['岗坪居委会'], 马宁镇: ['马宁居委会'] };
  assert.strictEqual(sum(Object.values(comms).map(a => a.length)), 13);
  const admin = [];
  for (const [t, n] of towns) for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: false });
  const idx = shuffle(r, admin.map((_, i) => i)).slice(0, 32);
  for (const i of idx) admin[i].poor = true;
  const poor = admin.filter(v => v.poor), nonPoor = admin.filter(v => !v.poor);
  assert.strictEqual(poor.length, 32);
  // ---- village list
  const vRows = [['怀集县村（居）民委员会名单'], ['序号', '镇（街道）', '村（居）委会', '类别', '是否省定贫困村', '快递进村'] ];
  let k = 0;
  for (const [t] of towns) {
    for (const v of admin.filter(x => x.town === t)) vRows.push([++k, t, (r() < 0.6 ? v.name + '委会' : v.name), '行政村', v.poor ? '是' : '否', '通']);
    for (const c of comms[t] || []) vRows.push([++k, t, c, c.endsWith('社区') ? '社区' : '居委会', '否', '通']);
  }
  vRows.push(['合计：行政村212个，社区（居委会）13个，其中省定贫困村32个', N, N, N, N, N]);
  assert.strictEqual(k, 225);
  // ---- stations
  const poorShuffled = shuffle(r, poor.slice());
  const poorCovered = poorShuffled.slice(0, 30), poorUncovered = poorShuffled.slice(30);
  const npShuffled = shuffle(r, nonPoor.slice());
  const npCovered = npShuffled.slice(0, 113), npUncovered = npShuffled.slice(113);
  const st = []; // {town, village, label, date, written, note}
  const pre = () => randDate(r, '2020-05-01', '2021-08-31');
  for (const v of [...poorCovered, ...npCovered]) st.push({ town: v.town, village: v.name, date: pre() });
  for (const v of npCovered.slice(0, 6)) st.push({ town: v.town, village: v.name, date: pre(), second: true });
  st.push({ town: poorUncovered[0].town, village: poorUncovered[0].name, date: '2021-09-10', note: '9月新建' });
  st.push({ town: npUncovered[0].town, village: npUncovered[0].name, date: '2021-09-24', note: '9月新建' });
  st.push({ town: npUncovered[1].town, village: npUncovered[1].name, date: '2021-10-15', note: '10月新建' });
  st.push({ town: '怀城街道', village: '城东社区', date: '2020-09-18', comm: true });
  st.push({ town: '冷坑镇', village: '冷坑居委会', date: '2021-01-12', comm: true });
  st.push({ town: '诗洞镇', village: '诗洞林场', date: '2021-04-20', nonList: true, note: '国有林场' });
  assert.strictEqual(st.length, 155);
  const adminNames = new Set(admin.map(v => v.name));
  const covered = new Set(st.filter(s => s.date <= CUTOFF && adminNames.has(s.village)).map(s => s.village));
  assert.strictEqual(covered.size, 143);
  const poorCov = poor.filter(v => covered.has(v.name)).length;
  assert.strictEqual(poorCov, 30);
  assert.strictEqual(tierVill(143, 212), 5);
  assert(143 * 100 < 212 * 70); // 67.5% if the 200 cap is forgotten
  assert.strictEqual(tierPoorVill(30, 32), 3);
  assert.strictEqual(new Set(st.filter(s => adminNames.has(s.village)).map(s => s.village)).size, 146); // careless: 146 incl. after cut-off
  const seps = ['-', '-', '-', '-', '－', '—'];
  const sRows = [['怀集县村级电子商务服务站点台账'], ['填报单位：怀集县商务局　　截至2021年10月'], ['序号', '站点名称', '所在镇村（镇-村）', '地址', '负责人', '联系电话', '建站时间', '备注']];
  const sMerges = ['A1:H1', 'A2:H2'];
  let sn = 0;
  for (const [t] of towns) {
    const list = st.filter(s => s.town === t).sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const s of list) {
      const sep = seps[Math.floor(r() * seps.length)];
      const vname = s.comm || s.nonList ? s.village : (r() < 0.3 ? s.village + '委会' : s.village);
      const label = `${t}${sep}${vname}`;
      const base = s.village.replace(/村$|社区$|居委会$/, '');
      const name = s.second ? base + '邮乐购服务点' : s.comm ? base + '社区电商服务站' : base + '村电商服务站';
      const f = r();
      const written = f < 0.45 ? { date: s.date } : f < 0.8 ? dotted(s.date) : cn(s.date);
      sRows.push([++sn, name, label, `${t}${s.village}`, nm(), ph(), written, s.note || (s.second ? '同村第二个服务点' : N)]);
    }
    sRows.push([`${t}小计`, `${list.length}个`, N, N, N, N, N, N]);
  }
  sRows.push(['合计', `${sn}个`, N, N, N, N, N, N]);
  sRows.push(['注：“所在镇村”按“镇-村”填写；9月以后新建站点一并列入。', N, N, N, N, N, N, N]);
  sMerges.push(rng2(sRows.length, 0, sRows.length, 7));
  assert.strictEqual(sn, 155);
  // ---- park tenants
  const uscc = usccFactory(18305, '441224');
  const words = ['怀乡', '燕都', '桥头', '冷坑', '马宁', '蓝钟', '诗洞', '永固', '洽水', '梁村', '汶朗', '坳仔', '甘洒', '凤岗', '中洲', '连麦', '岗坪', '大岗', '闸岗', '怀城', '绥江', '六祖'];
  const types = ['平台型', '销售型', '电商运营商', '物流企业', '销售型', '直播电商', '销售型'];
  const suffix = { 平台型: ['电子商务有限公司', '网络科技有限公司'], 销售型: ['农特产品网店', '特产商行', '蜜柚专业合作社'], 电商运营商: ['电商运营服务有限公司', '电商代运营有限公司'], 物流企业: ['物流有限公司', '供应链管理有限公司'], 直播电商: ['直播科技有限公司', '文化传媒有限公司'] };
  const ents = words.map((w, i) => { const t = types[i % types.length]; const sf = suffix[t][i % suffix[t].length]; return { name: `怀集县${w}${sf}`, code: uscc(), type: t, entered: randDate(r, '2020-10-01', '2021-07-31'), left: N }; });
  ents[0].name = '怀集县怀乡电子商务有限公司';
  ents[7].entered = '2020-11-10'; ents[7].left = '2021-05-20';
  ents[21].entered = '2021-09-06';
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  assert.strictEqual(inPark.length, 20);
  assert(new Set(inPark.map(e => normType(e.type))).size >= 3);
  const eRows = [['怀集县电子商务产业园入驻企业清单'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, i % 2 ? { date: e.entered } : dotted(e.entered), e.left ? dotted(e.left) : N, e.left ? '已退园' : e.entered > CUTOFF ? '9月新入驻' : N]));
  // ---- training sessions (2 sheets, two-row header)
  const s2020 = [['2020-06-18', '2020年6月18日', '农村电商基础知识', 120, 46], ['2020-07-22', '2020年7月22日', '网店开设与运营', 150, 52], ['2020-08-19', '2020年8月19日', '农产品摄影与美工', 180, 61],
    ['2020-09-16', '2020年9月16日', '电商扶贫专题培训', 200, 128], ['2020-10', '2020年10月下旬', '镇村站点站长培训', 220, 40], ['2020-11-18', '2020年11月18日', '短视频营销', 260, 75],
    ['2020-11-25', '2020年11月25日', '直播带货实操', 310, 90], ['2020-12-16', '2020年12月16日', '电商扶贫专题培训', 330, 180], ['2020-12-29', '2020年12月29日', '农村青年电商创业', 380, 96]];
  const s2021 = [['2021-01-13', '2021.1.13', '年货节网销实务', 210, 60], ['2021-03', '2021年3月下旬', '农产品标准化与品牌', 260, 70], ['2021-04-21', '2021.4.21', '电商扶贫专题培训', 300, 165],
    ['2021-05-19', '2021.5.19', '社区团购与微商', 330, 88], ['2021-06-16', '2021.6.16', '直播带货提升班', 360, 102], ['2021-07-14', '2021.7.14', '跨境电商入门', 420, 80],
    ['2021-08-18', '2021.8.18', '镇村干部电商轮训', 600, 150], ['2021-09-03', '2021.9.3', '全县村干部电商轮训（第二轮）', 420, 60]];
  const tSum2020 = sum(s2020.map(x => x[3])), tSum2021pre = sum(s2021.filter(x => x[0] <= CUTOFF).map(x => x[3])), tSum2021 = sum(s2021.map(x => x[3]));
  assert.strictEqual(tSum2020, 2150); assert.strictEqual(tSum2021pre, 2480); assert.strictEqual(tSum2021, 2900);
  const tPre = tSum2020 + tSum2021pre;
  assert.strictEqual(tPre, 4630);
  assert.strictEqual(tierTraining(tPre, 805600), 8);
  assert.strictEqual(tierTraining(tPre + 420, 805600), 10); // counting the September session wrongly crosses 1%
  assert(tPre * 1000 < 805600 * 6); // 0.57% if the 500,000 cap is forgotten
  const trainSheet = (year, list, startNo) => {
    const rows = [[`怀集县电子商务进农村培训台账（${year}年）`], ['序号', '培训时间', '培训内容', '培训地点', '培训对象', '参训情况', N, '授课单位'], [N, N, N, N, N, '合计（人次）', '其中贫困户（人次）', N]];
    list.forEach((x, i) => rows.push([startNo + i, x[1], x[2], i % 3 === 0 ? '县电商公共服务中心' : `${towns[(i * 5) % 18][0]}文化站`, /扶贫/.test(x[2]) ? '建档立卡贫困户' : /站长|干部/.test(x[2]) ? '镇村干部、站点站长' : '农户、返乡青年、合作社', x[3], x[4], '肇庆市某电商培训学校']));
    rows.push([`${year}年小计`, N, N, N, N, sum(list.map(x => x[3])), sum(list.map(x => x[4])), N]);
    return { rows: padRows(rows, 8), merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'H2:H3', rng2(rows.length, 0, rows.length, 4)] };
  };
  const t20 = trainSheet(2020, s2020, 1), t21 = trainSheet(2021, s2021, 1);
  // ---- funds
  const funds = [['2020-03-20', '县级电商公共服务中心建设', 850000], ['2020-06-28', '村级电商服务站点建设（第一批）', 780000], ['2020-09-25', '县乡村三级物流配送体系', 560000], ['2020-12-18', '农村电商人才培训', 236400],
    ['2021-03-12', '村级电商服务站点建设（第二批）', 620000], ['2021-05-26', '农产品品牌培育及溯源系统', 390000], ['2021-08-13', '县级电商公共服务中心运营', 450000], ['2021-09-22', '县乡村三级物流配送体系（尾款）', 300000]];
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => f[2]));
  assert.strictEqual(spent, 3886400);
  assert(spent * 100 >= 5000000 * 70);
  const fuRows = [['怀集县省级电子商务进农村综合示范专项资金拨付台账'], ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额（元）', '凭证号']];
  funds.forEach((f, i) => fuRows.push([i + 1, i % 2 ? { date: f[0] } : dotted(f[0]), f[1], i === 2 || i === 7 ? '怀集县邮政快递物流有限公司' : i === 3 ? '肇庆市某电商培训学校' : '怀集县怀乡电子商务有限公司', i % 3 === 0 ? f[2].toLocaleString('en-US') + '.00' : f[2], `怀财拨〔${f[0].slice(0, 4)}〕${10 + i * 7}号`]));
  fuRows.push(['合计', N, N, N, sum(funds.map(f => f[2])), N]);
  // ---- reports: monthly, full window
  const repMonths = ['2020-07', '2020-08', ...WINDOW];
  const reps = repMonths.map(m => { const d = 3 + Math.floor(r() * 8); return { date: `${m}-${pad(d, 2)}`, pov: m >= '2020-10' }; });
  assert.strictEqual(regularity(reps.map(x => x.date)), 'full');
  const rRows = [['怀集县电子商务进农村工作月报报送登记'], ['序号', '报送日期', '报送内容', '报送对象', '是否含电商扶贫统计']];
  reps.forEach((x, i) => { const y = Number(x.date.slice(0, 4)), m = Number(x.date.slice(5, 7)); const pm = m === 1 ? 12 : m - 1, py = m === 1 ? y - 1 : y; rRows.push([i + 1, i % 3 === 1 ? { date: x.date } : cn(x.date), `${py}年${pm}月工作进展及电商统计数据`, '肇庆市商务局', x.pov ? '是' : '否']); });
  // ---- disclosures: missing 2021-02 and 2021-05
  const disc = [['2019-12-20', '关于印发《怀集县电子商务进农村综合示范县创建工作方案》的通知'], ['2020-03-10', '怀集县电子商务进农村综合示范项目基本信息公示'], ['2020-03-10', '怀集县电子商务进农村综合示范工作监督举报电话']];
  for (const m of WINDOW) { if (m === '2021-02' || m === '2021-05') continue; const d = 12 + Math.floor(r() * 12); disc.push([`${m}-${pad(d, 2)}`, `怀集县电子商务进农村综合示范项目建设进度（${m.slice(0, 4)}年${Number(m.slice(5))}月）`]); }
  assert.strictEqual(regularity(disc.map(x => x[0])), 'partial');
  const dRows = [['怀集县人民政府网站“电子商务进农村”专栏更新记录'], ['序号', '发布日期', '标题', '栏目']];
  disc.forEach((x, i) => dRows.push([i + 1, { date: x[0] }, x[1], i < 3 ? '政策文件/项目公示' : '建设进度']));
  // ---- media
  const media = [['2020-12-08', '肇庆日报', '市级', '报纸', '怀集：电商服务站开进山村', '否'], ['2021-03-16', '怀集县融媒体中心', '县级', '网络', '我县举办直播带货培训班', '否'],
    ['2021-06-22', '肇庆电视台《肇庆新闻》', '市级', '电视', '怀集：电商助力贫困户蜜柚卖出好价钱', '是'], ['2021-09-15', '南方日报', '省级', '报纸', '怀集电商进农村打通“最后一公里”', '否']];
  const lv = new Set(media.filter(x => x[0] <= CUTOFF).map(x => x[2]));
  assert.deepStrictEqual([...lv].sort(), ['县级', '市级'].sort());
  const mRows = [['怀集县电子商务进农村宣传报道统计'], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  media.forEach((x, i) => mRows.push([i + 1, dotted(x[0]), ...x.slice(1)]));
  // ---- materials
  const matRows = [['经验材料报送登记'], ['序号', '报送日期', '材料名称', '报送对象'], [1, '2021年6月18日', '怀集县“电商+蜜柚”助农增收经验做法', '肇庆市商务局']];

  // ---- facts: 自查问答
  const QA = [
    ['本次自查的数据截止时间是？', '2021年8月31日。'],
    ['全县常住人口、行政村、省定贫困村情况？', '全县常住人口80.56万人（第七次全国人口普查），辖18个镇（街道），共212个行政村、13个社区（居委会），其中省定贫困村32个。'],
    ['是否建立县政府主要领导牵头、多部门参与的工作协调机制？', '是。成立了以县委副书记、县长为组长，分管副县长为副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司等为成员单位的示范县创建工作领导小组。'],
    ['示范县工作方案是否正式印发？方案制定自评几分？', '已正式印发（怀府办〔2019〕46号）。方案制定自评2分。'],
    ['是否出台支持农村电商发展的政策？政策支持自评几分？', '已出台《怀集县支持农村电子商务发展的若干措施》，但部分措施落实不够到位，政策支持自评1分。'],
    ['项目管理制度和工作台账情况？', '制定了《怀集县电子商务进农村综合示范项目管理办法》，建设、验收严格按办法执行，项目管理制度自评2分；已建立工作台账，但部分站点台账更新不及时，工作台账自评1分。'],
    ['县级电子商务公共服务中心何时投入运营？提供哪些服务？', '2020年12月下旬投入运营。中心设有免费培训室（配电脑50台），可组织电商基础培训；设农特产品展示展销区，免费展示销售本地特色农产品；为电商企业和个人免费提供摄影、美工服务；组织“怀集好物”统一推广，指导蜜柚、茶秆竹等特色农产品品牌建设；其他衍生增值服务（金融、代账）正在推进。'],
    ['是否建设或整合当地电商产业园？', '已整合原县创业园建成怀集县电子商务产业园，入驻企业情况见产业园企业清单。'],
    ['当地有无专业第三方电子商务运营或服务商？', '有，怀集县怀乡电子商务有限公司负责公共服务中心运营。'],
    ['行政村物流快递覆盖率是否达到100%？', '已达到100%，212个行政村均已通快递。'],
    ['网销调研、网络促销活动、交易标准及冷链溯源情况及自评分？', '完成《怀集县农产品网络销售调研报告》并提出针对性建议，自评2分；组织“怀集蜜柚节”线上促销，成效一般，自评1分；出台蜜柚电商交易标准，溯源系统试运行、冷链未建，自评1分。'],
    ['2019年、2020年网络零售额及增速？', '2020年全县农村网络零售额22.95亿元，同比增长23.2%（2019年18.63亿元）；农产品网络零售额5.58亿元，同比增长35.4%（2019年4.12亿元）。'],
    ['电商培训开展情况？', '截至2021年8月31日累计开展电商培训4,630人次，详见培训台账。'],
    ['建档立卡贫困人口培训情况？', '全县有劳动能力的建档立卡贫困人口（不含外出务工人员）6,218人，已参加电商培训2,905人，培训率46.7%。'],
    ['是否在县政府网站设立信息公开专栏？公开哪些内容？', '已设立。专栏公示了创建方案、项目基本信息和项目建设进度，并公布了监督举报电话。'],
    ['能否统计电商扶贫情况？', '能。每月统计贫困户参训、电商带动增收情况，随月报报送肇庆市商务局。'],
    ['专项资金下达、拨付及管理情况？自评几分？', '省级专项资金500万元，截至2021年8月31日累计拨付388.64万元，支出率77.7%。已制定资金管理办法，资金管理制度自评4分；承建方建立资金专用台账，资金台账自评4分；部分项目拨付滞后，及时拨付自评3分。'],
    ['项目总体进度？', '约88%。'],
    ['是否发生安全生产、质量事故或重大经济损失？是否存在弄虚作假？', '均无。'],
  ];
  const qRows = [['怀集县电子商务进农村综合示范创建自查问答'], ['填报单位：怀集县商务局　　　填报人：梁××　　　日期：2021年9月9日']];
  const qMerges = ['A1:H1', 'A2:H2'];
  QA.forEach(([q, a], i) => {
    qRows.push([`问${i + 1}`, q]); qMerges.push(rng2(qRows.length, 1, qRows.length, 7));
    qRows.push(['说明', a]); qMerges.push(rng2(qRows.length, 1, qRows.length, 7));
  });
  qRows.push(['备注', '以上情况属实，相关佐证材料见各台账。']); qMerges.push(rng2(qRows.length, 1, qRows.length, 7));
  assert(Math.abs(22.95 / 18.63 - 1.232) < 0.0005 && Math.abs(5.58 / 4.12 - 1.354) < 0.0005 && 5.58 * 100 >= 4.12 * 130);
  assert(Math.abs(2905 / 6218 - 0.467) < 0.0005);
  assert.strictEqual(tierPoor(2905, 6218), 8);
  assert(Math.abs(3886400 / 5000000 - 0.777) < 0.0005);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 16,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 3,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, 14);
  assert.strictEqual(2 + 1 + 1 + 1 + 1 + 2, 8);
  checkPoints(points, 80, 0);
  const derivation = [
    'org.leadership: 问3说明“县委副书记、县长为组长……县商务局、县财政局、县农业农村局、县乡村振兴局……” → 主要领导牵头且四部门齐全 → 2',
    'org.plan: 问4 已正式印发（怀府办〔2019〕46号），方案制定自评2分 → 2',
    'org.policy: 问5 已出台若干措施，政策支持自评1分 → 1',
    'org.management: 问6 项目管理制度自评2分 + 工作台账自评1分 → 3',
    'work.center: 问7 中心“2020年12月下旬投入运营”（只知月份 2020-12）≤ 2021-08-31 → 2，≤ 2021-02-28 → 2；免费培训2、展示销售1、摄影美工1、统一推广品牌1；其他衍生增值服务“正在推进” → 0；问8 产业园已建成 → 2；入驻企业清单22家，一家2021.5.20退园、一家2021.9.6才入驻 → 截止日在园20家 ≥ 20 → 2；类型 平台型/销售型/电商运营商/物流企业/直播电商 ≥ 3 → 1；合计 14',
    'work.coverage: 名单行政村212个（13个社区/居委会不计），基数 min(212, 200) = 200；站点台账155个站点，截止日前有站点的行政村143个（6村有第二个服务点只算一次；3个2021年9-10月新建站点不计；城东社区、冷坑居委会站点不计；“诗洞林场”不在名单，不计）→ 143/200 = 71.5% ≥ 70% → 5（若忘记200封顶，143/212 = 67.5% 只得2）；省定贫困村32个，有截止日前站点的30个（一村的站点2021-09-10才建）→ 93.75%，在80%–100% → 3；合计 8',
    'work.upward: 网销调研自评2 + 促销活动自评1 + 第三方运营服务商（有）1 + 名单“快递进村”列212个行政村都写“通” → 1 + 交易标准与冷链溯源自评1 + 农产品网络零售额 5.58/4.12 亿元 = +35.4% ≥ 30% → 2（农村网零+23.2%不够，任一即可）；合计 8',
    'work.training: 两张培训台账（按期次记人次）截止日前合计 2020年2150 + 2021年2480 = 4630人次（2021.9.3村干部轮训420人次在截止日后，不计；“2020年10月下旬”“2021年3月下旬”按月份计入）÷ min(805600, 500000) = 500000 → 0.926%，在0.8%–1% → 8（误计9月那期则 5050 ≥ 1% 得10；误用常住人口80.56万为基数则0.57%得0）；无贫困人口名单，按问14所填：2905/6218 = 46.7%，在40%–50% → 8；合计 16',
    'info.disclosure: 问15 专栏公示创建方案、项目基本信息、建设进度，并有监督举报电话 → 内容全面 2；更新记录2020-09至2021-08中2021年2月、5月无更新 → 不定时 1；合计 3',
    'info.reporting: 月报登记2020年9月至2021年8月每月都有 → 3；“是否含电商扶贫统计”有“是”，问16也答“能” → 3；合计 6',
    'promo.cases: 2021年6月18日向肇庆市商务局报送经验材料 → 2',
    'promo.media: 截止日前有 市级（肇庆日报、肇庆电视台）→ 3，县级（怀集县融媒体中心）→ 1；南方日报（省级）2021.9.15 在截止日后，不计 → 4',
    'fund.system: 问17 资金管理制度自评4分 → 4',
    'fund.ledger: 问17 资金台账自评4分 → 4',
    'fund.spending: 资金台账截止日前拨付合计 3,886,400元（2021-09-22的30万元不计）÷ 问17下达500万元 = 77.7% ≥ 70% → 取“及时拨付自评3分” → 3',
    'bonus.poorTraining: 贫困人口培训率 46.7% < 70% → 0',
    'bonus.tvCase: 唯一的电商扶贫典型案例电视播报是肇庆电视台（市级），不是国家级或省级 → 0',
    'veto.incident: 问19“均无” → 不否决 → 0',
    'veto.progress: 问18 项目总体进度约88% ≥ 40% → 不否决 → 0',
    'veto.fraud: 问19“均无” → 不否决 → 0',
    '合计: 15项 2+2+1+3+14+8+8+16+3+6+2+4+4+4+3 = 80，加分 0 → 80；未否决',
  ];
  const sheets = [
    { name: '自查问答', rows: padRows(qRows, 8), merges: qMerges },
    { name: '村（居）委会名单', rows: padRows(vRows, 6), merges: ['A1:F1', rng2(vRows.length, 0, vRows.length, 5)] },
    { name: '村级站点', rows: padRows(sRows, 8), merges: sMerges },
    { name: '产业园企业', rows: padRows(eRows, 7), merges: ['A1:G1'] },
    { name: '培训台账（2020年）', rows: t20.rows, merges: t20.merges },
    { name: '培训台账（2021年）', rows: t21.rows, merges: t21.merges },
    { name: '资金拨付', rows: padRows(fuRows, 6), merges: ['A1:F1'] },
    { name: '月报报送', rows: padRows(rRows, 5), merges: ['A1:E1'] },
    { name: '专栏更新', rows: padRows(dRows, 4), merges: ['A1:D1'] },
    { name: '宣传报道', rows: padRows(mRows, 7), merges: ['A1:G1'] },
    { name: '经验材料', rows: padRows(matRows, 4), merges: ['A1:D1'] },
  ];
  write('counties', 'b18-c1-huaiji.json', {
    description: '怀集县（肇庆）商务局整本工作簿，11个表，中等偏上（80分）。事实表是《自查问答》：A列“问1…问19”、B:H合并写问题，下一行A列“说明”、B:H合并写回答，数字都在句子里（80.56万人、4,630人次、22.95亿元、388.64万元、“同比增长35.4%”、“2020年12月下旬投入运营”），判断项自评分也写在回答句子里（“自评2分”）。台账新写法：站点台账“所在镇村（镇-村）”一格写“冷坑镇-上爱村委会”（分隔符有-、－、—），每镇后插一行“××镇小计 | n个”，不是站点；培训台账按年拆成两张表（2020年、2021年），两行表头“参训情况”合并在“合计（人次）|其中贫困户（人次）”之上，时间有“2020年10月下旬”“2021年3月下旬”。陷阱：常住人口80.56万超过50万，培训基数取50万；行政村212个超过200，覆盖基数取200；2021.9.3的420人次轮训在截止日后（计入就跨过1%）；“其中贫困户（人次）”不是参训贫困人口数；中心“其他衍生增值服务正在推进”不得分；9-10月新建站点、社区站点、林场站点不计；肇庆电视台的扶贫案例播报是市级，不加分。',
    sheets,
    expect: { asOf: '2021-08-31', total: 80, bonus: 0, vetoed: false, points },
    derivation,
  });
})();

// =====================================================================
// C2 龙门县 — the facts sheet is an export from the city's online reporting system: one row per
// field, 指标编码 | 指标名称 | 计量单位 | 填报值 | 填报说明 | 填报人 | 填报时间; values in base units
// (人, 元, %, 日期 text), yes/no as codes 1/0 (dictionary on a hidden sheet). Stations are kept in
// two sheets (一期 / 二期), sign-in dates are 8-digit numbers.
// =====================================================================
(function c2() {
  const REG = '441324';
  const r = rng(18401);
  const nm = nameFactory(18402);
  const ph = phoneFactory(18403);
  const vill = villageFactory(18404);
  const newId = makeIdFactory(18405);
  const towns = [['龙城街道', 12], ['平陵街道', 14], ['龙华镇', 20], ['龙江镇', 18], ['龙田镇', 15], ['永汉镇', 19], ['麻榨镇', 16], ['龙潭镇', 14], ['地派镇', 15], ['蓝田瑶族乡', 13]];
  assert.strictEqual(sum(towns.map(t => t[1])), 156);
  const comms = { 龙城街道: ['城东社区', '城西社区', '城南社区', '城北社区', '新城社区', '西林社区'], 平陵街道: ['平陵社区', '铁岗社区', '沙迳社区', '廖村社区'], 龙华镇: ['龙华社区'], 龙江镇: ['龙江社区'], 龙田镇: ['龙田社区'], 永汉镇: ['永汉社区'], 麻榨镇: ['麻榨社区'], 龙潭镇: ['龙潭社区'], 地派镇: ['地派社区'], 蓝田瑶族乡: ['蓝田社区'] };
  assert.strictEqual(sum(Object.values(comms).map(a => a.length)), 18);
  const admin = [];
  for (const [t, n] of towns) for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: false });
  for (const i of shuffle(r, admin.map((_, i) => i).filter(i => !admin[i].town.endsWith('街道'))).slice(0, 14)) admin[i].poor = true;
  const poor = admin.filter(v => v.poor), nonPoor = admin.filter(v => !v.poor);
  assert.strictEqual(poor.length, 14);
  // stations: phase 1 (80 villages incl. 10 poor), phase 2 (38 new villages incl. 4 poor, 5 second stations, 2 after cut-off, 1 community)
  const p1Poor = poor.slice(0, 10), p2Poor = poor.slice(10);
  const npS = shuffle(r, nonPoor.slice());
  const p1Np = npS.slice(0, 70), p2Np = npS.slice(70, 104), later = npS.slice(104, 106);
  const noExpress = npS[120];
  const p1 = [...p1Poor, ...p1Np].map(v => ({ town: v.town, village: v.name, date: randDate(r, '2020-04-15', '2020-12-20') }));
  const p2 = [...p2Poor, ...p2Np].map(v => ({ town: v.town, village: v.name, date: randDate(r, '2021-01-10', '2021-08-28') }));
  for (const v of p1Np.slice(0, 5)) p2.push({ town: v.town, village: v.name, date: randDate(r, '2021-01-10', '2021-08-28'), upgrade: true });
  for (const v of later) p2.push({ town: v.town, village: v.name, date: randDate(r, '2021-09-02', '2021-09-28') });
  p2.push({ town: '龙城街道', village: '新城社区', date: '2021-05-11', comm: true });
  const adminNames = new Set(admin.map(v => v.name));
  const allSt = [...p1, ...p2];
  const covered = new Set(allSt.filter(s => s.date <= CUTOFF && adminNames.has(s.village)).map(s => s.village));
  assert.strictEqual(covered.size, 118);
  assert.strictEqual(tierVill(118, 156), 5);
  assert.strictEqual(poor.filter(v => covered.has(v.name)).length, 14);
  assert(!covered.has(noExpress.name) && !noExpress.poor);
  // village list
  const vRows = [['龙门县行政村（社区）名单'], ['序号', '镇（街道）', '村（社区）名称', '类型', '是否省定贫困村', '是否通快递']];
  let k = 0;
  for (const [t] of towns) {
    for (const v of admin.filter(x => x.town === t)) vRows.push([++k, t, v.name + (r() < 0.5 ? '民委员会' : ''), '行政村', v.poor ? '是' : '否', v === noExpress ? '未通' : '已通']);
    for (const c of comms[t]) vRows.push([++k, t, c + '居民委员会', '社区', '否', '已通']);
  }
  vRows.push(['注：' + noExpress.name + '位于水库库区，快递暂未进村，由邮政每周代投一次。', N, N, N, N, N]);
  assert.strictEqual(k, 174);
  const stSheet = (title, list, dateFmt) => {
    const rows = [[title], ['序号', '镇（街道）', '行政村', '站点名称', '站长', '联系电话', '建成时间', '备注']];
    list.slice().sort((a, b) => (a.town === b.town ? (a.date < b.date ? -1 : 1) : towns.findIndex(t => t[0] === a.town) - towns.findIndex(t => t[0] === b.town)))
      .forEach((s, i) => rows.push([i + 1, s.town, s.village, s.village.replace(/村$|社区$/, '') + (s.upgrade ? '电商直播服务点' : s.comm ? '社区电商服务站' : '村级电商服务站'), nm(), ph(), dateFmt(s.date), s.upgrade ? '一期站点所在村新增' : s.date > CUTOFF ? '在建，9月挂牌' : N]));
    return padRows(rows, 8);
  };
  const s1 = stSheet('龙门县村级电商服务站点清单（一期，2020年建设）', p1, (d) => ({ date: d }));
  const s2 = stSheet('龙门县村级电商服务站点清单（二期，2021年建设）', p2, (d) => dotted(d));
  // park tenants
  const uscc = usccFactory(18406, '441324');
  const etypes = ['平台型', '销售型', '销售型', '电商运营商', '物流企业', '销售型', '直播电商'];
  const sfx = { 平台型: '电子商务有限公司', 销售型: '农特产品网店', 电商运营商: '电商运营服务有限公司', 物流企业: '物流有限公司', 直播电商: '直播科技有限公司' };
  const pw = ['南昆山', '龙华', '永汉', '麻榨', '地派', '蓝田', '龙潭', '龙江', '龙田', '平陵', '龙城', '增江', '西林', '铁岗', '沙迳', '油田', '路溪', '香溪', '白沙', '天堂山', '桂峰'];
  const ents = pw.map((w, i) => ({ name: `龙门县${w}${sfx[etypes[i % etypes.length]]}`, code: uscc(), type: etypes[i % etypes.length], entered: randDate(r, '2020-08-01', '2021-07-31'), left: N }));
  ents[4].entered = '2020-09-01'; ents[4].left = '2021-03-31';
  ents[9].entered = '2020-10-15'; ents[9].left = '2021-06-30';
  ents[20].entered = '2021-09-10';
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  assert.strictEqual(inPark.length, 18);
  assert(new Set(inPark.map(e => normType(e.type))).size >= 3);
  const eRows = [['龙门县电子商务产业园入驻企业台账'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻日期', '退出日期', '在园状态']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, { date: e.entered }, e.left ? { date: e.left } : N, e.left ? '已退出' : e.entered > CUTOFF ? '新入驻' : '在园']));
  // poor persons: 96 eligible, 30 migrant, 24 no labour
  const statuses = shuffle(r, [...Array(96).fill('E'), ...Array(30).fill('M'), ...Array(24).fill('N')]);
  let xLeft = 2;
  const persons = statuses.map((s) => {
    const sex = r() < 0.5 ? 'M' : 'F';
    const wantX = s === 'E' && xLeft > 0 ? (xLeft--, true) : false;
    const v = poor[Math.floor(r() * poor.length)];
    return { s, sex, id: newId(REG, sex, wantX, s === 'N' ? 1938 : 1962, s === 'N' ? 1955 : 2000), name: nm(), town: v.town, village: v.name };
  });
  const E = persons.filter(p => p.s === 'E'), M = persons.filter(p => p.s === 'M'), NL = persons.filter(p => p.s === 'N');
  const xP = E.filter(p => p.id.endsWith('X'));
  assert.strictEqual(xP.length, 2);
  const ppRows = [['龙门县建档立卡贫困人口名单（有劳动能力及务工情况）'], ['序号', '镇', '村', '姓名', '身份证号码', '劳动能力', '是否外出务工']];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.name, p.id, p.s === 'N' ? '无劳动能力' : '有劳动能力', p.s === 'M' ? '是' : p.s === 'N' ? N : '否']));
  // training sign-ins
  const trainedE = [...xP, ...E.filter(p => !p.id.endsWith('X')).slice(0, 66)];
  assert.strictEqual(trainedE.length, 68);
  const restE = E.filter(p => !trainedE.includes(p));
  const postOnlyE = restE.slice(0, 2), maskedE = restE[2];
  const pre = [];
  for (const p of trainedE) pre.push({ p, id: xP.includes(p) ? p.id.slice(0, 17) + 'x' : p.id, poor: '是' });
  for (const p of trainedE.slice(2, 14)) pre.push({ p, id: p.id, poor: '是' }); // 12 trained twice
  for (const p of M.slice(0, 5)) pre.push({ p, id: p.id, poor: '是' });
  for (const p of NL.slice(0, 3)) pre.push({ p, id: p.id, poor: '是' });
  pre.push({ p: maskedE, id: maskedE.id.slice(0, 6) + '********' + maskedE.id.slice(14), poor: '是' });
  const nPoorRows = pre.length;
  assert.strictEqual(nPoorRows, 68 + 12 + 5 + 3 + 1);
  while (pre.length < 2158) { const sex = r() < 0.5 ? 'M' : 'F'; pre.push({ p: { name: nm(), sex }, id: newId(REG, sex, undefined, 1960, 2002), poor: '否' }); }
  const sizes = [72, 78, 85, 80, 84, 76, 84, 88, 82, 79, 86, 85, 83, 77, 85, 89, 80, 84, 88, 81, 87, 83, 86, 82, 90, 84];
  assert.strictEqual(sizes.length, 26);
  assert.strictEqual(sum(sizes), 2158);
  const sDates = ['2020-05-20', '2020-06-10', '2020-06-24', '2020-07-15', '2020-07-29', '2020-08-19', '2020-09-09', '2020-09-23', '2020-10-14', '2020-10-28', '2020-11-11', '2020-11-25', '2020-12-09',
    '2020-12-23', '2021-01-13', '2021-03-10', '2021-03-24', '2021-04-14', '2021-04-28', '2021-05-19', '2021-06-09', '2021-06-23', '2021-07-14', '2021-07-28', '2021-08-11', '2021-08-25'];
  let ok = false;
  while (!ok) { shuffle(r, pre); ok = true; let off = 0; for (const n of sizes) { const ids = pre.slice(off, off + n).map(x => x.id.toUpperCase()); if (new Set(ids).size !== ids.length) ok = false; off += n; } }
  const post = postOnlyE.map(p => ({ p, id: p.id, poor: '是' }));
  while (post.length < 40) { const sex = r() < 0.5 ? 'M' : 'F'; post.push({ p: { name: nm(), sex }, id: newId(REG, sex, undefined, 1960, 2002), poor: '否' }); }
  shuffle(r, post);
  const topics = ['农村电商基础', '网店运营', '农产品拍摄与美工', '短视频与直播', '电商扶贫专场', '社群营销'];
  const tAll = [];
  let off = 0;
  sizes.forEach((n, si) => { for (const x of pre.slice(off, off + n)) tAll.push({ date: sDates[si], cls: `第${si + 1}期${topics[si % topics.length]}`, x }); off += n; });
  for (const x of post) tAll.push({ date: '2021-09-15', cls: '第27期直播电商提升班', x });
  const tRows = [['龙门县电子商务培训签到汇总表'], ['序号', '培训日期', '培训班次', '姓名', '性别', '身份证号', '联系电话', '是否建档立卡贫困户']];
  tAll.forEach((t, i) => {
    const masked = t.x.id.includes('*');
    const sexD = masked ? (t.x.p.sex === 'M' ? 1 : 0) : Number(t.x.id[16]);
    tRows.push([i + 1, num8(t.date), t.cls, t.x.p.name, sexD % 2 ? '男' : '女', t.x.id, ph(), t.x.poor]);
    if (!masked) assert(validId(t.x.id.toUpperCase()));
  });
  const preCount = tAll.filter(t => t.date <= CUTOFF).length;
  assert.strictEqual(preCount, 2158);
  assert.strictEqual(tierTraining(2158, 213600), 10);
  assert(2158 * 1000 >= 213600 * 10 && (2158 - 30) * 1000 < 213600 * 10);
  const eligible = new Set(E.map(p => p.id));
  const trained = new Set(tAll.filter(t => t.date <= CUTOFF && !t.x.id.includes('*')).map(t => t.x.id.toUpperCase()).filter(id => eligible.has(id)));
  assert.strictEqual(trained.size, 68);
  assert.strictEqual(tierPoor(68, 96), 10);
  assert(68 * 100 >= 96 * 70);
  const caseSens = new Set(tAll.filter(t => t.date <= CUTOFF).map(t => t.x.id).filter(id => eligible.has(id)));
  assert.strictEqual(caseSens.size, 66);
  assert(66 * 100 < 96 * 70); // bonus lost if the lower-case x is not matched
  // funds
  const funds = [['2020-05-15', '县级电商公共服务中心建设', 1200000, 720000], ['2020-08-20', '村级电商服务站点建设（一期）', 1600000, 960000], ['2020-11-12', '县级电商公共服务中心建设（尾款）', N, 480000],
    ['2021-01-20', '县乡村三级物流配送体系', 900000, 540000], ['2021-03-25', '村级电商服务站点建设（一期尾款）', N, 640000], ['2021-05-18', '农村电商人才培训', 420000, 378380],
    ['2021-07-08', '村级电商服务站点建设（二期）', 1100000, 894000], ['2021-09-14', '县乡村三级物流配送体系（尾款）', N, 360000]];
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => f[3]));
  assert.strictEqual(spent, 4612380);
  assert(spent * 100 >= 5000000 * 70);
  const fuRows = [['龙门县省级电子商务进农村综合示范专项资金支出台账'], ['单位：元'], ['序号', '拨付日期', '项目名称', '合同金额', '本次拨付金额', '收款单位', '备注']];
  funds.forEach((f, i) => fuRows.push([i + 1, { date: f[0] }, f[1], f[2], f[3], /物流/.test(f[1]) ? '龙门县邮政快递物流有限公司' : /培训/.test(f[1]) ? '惠州市某职业培训学校' : '龙门县南昆山电子商务有限公司', f[0] > CUTOFF ? '考评截止后' : N]));
  fuRows.push(['合计', N, N, sum(funds.map(f => f[2] || 0)), sum(funds.map(f => f[3])), N, N]);
  // reports: 2021-02 missing
  const reps = ['2020-08', ...WINDOW].filter(m => m !== '2021-02').map(m => ({ date: `${m}-${pad(5 + Math.floor(r() * 6), 2)}`, pov: m >= '2020-11' }));
  assert.strictEqual(regularity(reps.map(x => x.date)), 'partial');
  const rRows = [['龙门县电子商务进农村月报报送台账'], ['序号', '报送日期', '报送事项', '报送单位', '含电商扶贫统计']];
  reps.forEach((x, i) => rRows.push([i + 1, num8(x.date), '示范创建工作进展及电商统计数据', '惠州市商务局', x.pov ? '是' : '否']));
  // disclosures: every month
  const disc = [['2019-11-28', '关于印发《龙门县电子商务进农村综合示范县创建工作方案》的通知'], ['2020-02-18', '龙门县电子商务进农村综合示范项目基本信息公开'], ['2020-02-18', '龙门县电子商务进农村综合示范工作意见征集及监督举报窗口']];
  for (const m of ['2020-06', '2020-07', '2020-08', ...WINDOW]) disc.push([`${m}-${pad(18 + Math.floor(r() * 10), 2)}`, `龙门县电子商务进农村综合示范项目建设进度（${Number(m.slice(5))}月）`]);
  assert.strictEqual(regularity(disc.map(x => x[0])), 'full');
  const dRows = [['龙门县政府网站电子商务进农村专栏更新记录'], ['序号', '发布日期', '标题', '链接']];
  disc.forEach((x, i) => dRows.push([i + 1, num8(x[0]), x[1], `http://www.longmen.gov.cn/zwgk/dzsw/content/post_${4400000 + i * 211}.html`]));
  // media
  const media = [['2020-11-05', '人民网', '国家级', '网络', '龙门：农村电商让山货走出大山', '否'], ['2021-01-20', '南方日报', '省级', '报纸', '龙门电商服务站覆盖七成行政村', '否'],
    ['2021-03-18', '惠州日报', '市级', '报纸', '龙门年桔搭上电商快车', '否'], ['2021-04-09', '龙门县融媒体中心', '县级', '网络', '我县举办电商扶贫专场培训', '否'],
    ['2021-05-27', 'CCTV-17农业农村频道', '国家级', '电视', '广东龙门：电商扶贫让瑶乡腊味卖全国', '是']];
  const lv = new Set(media.filter(x => x[0] <= CUTOFF).map(x => x[2]));
  assert.strictEqual(lv.size, 4);
  const mRows = [['龙门县电商宣传报道台账'], ['序号', '日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例']];
  media.forEach((x, i) => mRows.push([i + 1, num8(x[0]), ...x.slice(1)]));
  const matRows = [['经验材料报送'], ['序号', '报送日期', '材料名称', '报送对象'], [1, num8('2020-12-20'), '龙门县电子商务进农村综合示范创建阶段总结', '惠州市商务局'], [2, num8('2021-06-15'), '龙门县“电商+瑶乡”带贫模式经验材料', '惠州市商务局']];
  // ---- facts: system export
  const who = '叶××', unitName = '龙门县商务局';
  const ts = (i) => `2021-09-0${6 + (i % 3)} ${pad(9 + (i % 8), 2)}:${pad((i * 7) % 60, 2)}:${pad((i * 13) % 60, 2)}`;
  const F = [
    ['JC01', '县（市、区）名称', '—', '龙门县', N], ['JC02', '考评截止日期', '日期', '2021-08-31', N], ['JC03', '常住人口', '人', 213600, '第七次全国人口普查'], ['JC04', '户籍人口', '人', 378200, N],
    ['JC05', '行政村数', '个', 156, N], ['JC06', '社区（居委会）数', '个', 18, N], ['JC07', '省定贫困村数', '个', 14, N],
    ['ZZ01', '牵头领导职务', '—', '县长', '县委副书记、县长任领导小组组长'], ['ZZ02', '参与部门', '—', '县商务局;县财政局;县农业农村局;县乡村振兴局;县交通运输局;县市场监管局', '多个部门用英文分号分隔'],
    ['ZZ03', '示范县工作方案是否正式印发', '是否(1/0)', 1, '龙府办〔2019〕52号'], ['ZZ04', '是否出台支持农村电商发展的政策', '是否(1/0)', 1, '龙府〔2020〕18号'],
    ['FW01', '县级公共服务中心投入运营日期', '日期', '2020-07-16', N], ['FW02', '中心有免费培训场所、培训设备', '是否(1/0)', 1, N], ['FW03', '中心为特色农产品提供免费展示、销售服务', '是否(1/0)', 1, N],
    ['FW04', '中心提供免费摄影、美工服务', '是否(1/0)', 1, N], ['FW05', '中心组织农产品统一推广、指导品牌建设', '是否(1/0)', 1, N], ['FW06', '中心提供其他衍生增值服务', '是否(1/0)', 1, N],
    ['FW07', '是否建设或整合电商产业园', '是否(1/0)', 1, N], ['FW08', '产业园入驻企业数', '家', 18, '截至考评截止日在园'],
    ['SX01', '有专业第三方电子商务运营或服务商', '是否(1/0)', 1, N], ['SX02', '行政村物流快递覆盖率', '%', 100, '含邮政代投'],
    ['SX03', '2019年农村网络零售额', '元', 586200000, N], ['SX04', '2020年农村网络零售额', '元', 771400000, N], ['SX05', '2020年农村网络零售额同比增速', '%', 31.6, N],
    ['SX06', '2019年农产品网络零售额', '元', 142800000, N], ['SX07', '2020年农产品网络零售额', '元', 171900000, N], ['SX08', '2020年农产品网络零售额同比增速', '%', 20.4, N],
    ['PX01', '培训人次', '人次', 2158, '截至考评截止日'], ['PX02', '有劳动能力的建档立卡贫困人口数（不含外出务工）', '人', 96, N], ['PX03', '参加培训的建档立卡贫困人口数', '人', 68, '按身份证去重'],
    ['GK01', '专栏公示创建方案', '是否(1/0)', 1, N], ['GK02', '专栏公示项目基本信息', '是否(1/0)', 1, N], ['GK03', '专栏公示项目建设进度', '是否(1/0)', 1, N], ['GK04', '专栏设立征求意见或监督举报窗口', '是否(1/0)', 1, N],
    ['SB01', '能统计电商扶贫情况', '是否(1/0)', 1, N],
    ['ZJ01', '下达资金总额', '元', 5000000, N], ['ZJ02', '累计拨付资金', '元', 4612380, '截至考评截止日'], ['ZJ03', '已制定资金管理制度', '是否(1/0)', 1, N], ['ZJ04', '已建立资金专用台账', '是否(1/0)', 1, N], ['ZJ05', '项目总体进度', '%', 94, N],
    ['PF01', '方案制定自评分', '分(1-2)', 2, N], ['PF02', '政策支持自评分', '分(1-2)', 2, N], ['PF03', '项目管理制度自评分', '分(1-2)', 2, N], ['PF04', '工作台账自评分', '分(1-2)', 2, N],
    ['PF05', '网销调研自评分', '分(1-2)', 2, N], ['PF06', '网络促销活动自评分', '分(1-2)', 2, N], ['PF07', '交易标准与冷链溯源自评分', '分(1-2)', 2, N],
    ['PF08', '资金管理制度自评分', '分(1-5)', 5, N], ['PF09', '资金台账自评分', '分(1-5)', 5, N], ['PF10', '资金及时拨付自评分', '分(1-5)', 5, N],
    ['FJ01', '发生安全生产、质量事故或重大损失', '是否(1/0)', 0, N], ['FJ02', '弄虚作假', '是否(1/0)', 0, N],
  ];
  const fRows = [['序号', '指标编码', '指标名称', '计量单位', '填报值', '填报说明', '填报单位', '填报人', '填报时间']];
  F.forEach((f, i) => fRows.push([i + 1, f[0], f[1], f[2], f[3], f[4], unitName, who, ts(i)]));
  assert(Math.abs(771400000 / 586200000 - 1.316) < 0.0005 && 771400000 * 100 >= 586200000 * 130);
  assert(Math.abs(171900000 / 142800000 - 1.204) < 0.0005);
  const dict = [['字典项', '代码', '含义'], ['是否(1/0)', 1, '是'], ['是否(1/0)', 0, '否'], ['计量单位', '人', '人'], ['计量单位', '元', '元（人民币）'], ['计量单位', '%', '百分比，填数值，如31.6表示31.6%'], ['计量单位', '日期', 'YYYY-MM-DD']];

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 13, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 5, 'fund.spending': 5,
    'bonus.poorTraining': 2, 'bonus.tvCase': 2,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, 13);
  assert.strictEqual(2 + 2 + 1 + 0 + 2 + 2, 9);
  checkPoints(points, 99, 4);
  const derivation = [
    'org.leadership: ZZ01 牵头领导职务“县长”，ZZ02 参与部门含县商务局、县财政局、县农业农村局、县乡村振兴局 → 主要领导牵头且四部门齐全 → 2',
    'org.plan: ZZ03 = 1（已印发），PF01 方案制定自评分 2 → 2',
    'org.policy: ZZ04 = 1（已出台），PF02 政策支持自评分 2 → 2',
    'org.management: PF03 项目管理制度 2 + PF04 工作台账 2 → 4',
    'work.center: FW01 中心2020-07-16投入运营 ≤ 2021-08-31 → 2，≤ 2021-02-28 → 2；FW02–FW06 均为1 → 2+1+1+1+1 = 6；FW07 = 1 → 2；入驻企业台账21家，一家2021-03-31退出、一家2021-06-30退出、一家2021-09-10才入驻 → 截止日在园18家 < 20 → 0（与FW08填报18家一致）；类型 平台型/销售型/电商运营商/物流企业/直播电商 ≥ 3 → 1；合计 13',
    'work.coverage: 名单行政村156个（18个社区不计）；一期、二期两张站点清单合计截止日前有站点的行政村 80 + 38 = 118个（二期里5个站点在一期已覆盖的村，只算一次；2个9月挂牌站点不计；新城社区站点不计）→ 118/156 = 75.6% ≥ 70% → 5；省定贫困村14个全部有截止日前站点 → 100% → 5；合计 10',
    'work.upward: PF05 网销调研 2 + PF06 促销活动 2 + SX01 第三方运营服务商 1 → 1 + 行政村名单有“是否通快递”列，其中一个行政村“未通” → 0（SX02 填100%与名单不符，以名单为准并提示）+ PF07 交易标准与冷链溯源 2 + 农村网络零售额 771,400,000/586,200,000 = +31.6% ≥ 30% → 2（农产品+20.4%不够，任一即可）；合计 9',
    'work.training: 签到汇总表截止日前2158行（第27期2021-09-15的40行不计）÷ min(213600, 500000) = 1.010% ≥ 1% → 10（户籍人口37.82万不是基数）；贫困人口名单有劳动能力且不外出务工 96人，截止日前签到表按身份证匹配到 68人（2人签到表末位小写x按X匹配；12人参训两次只算一次；外出务工5人、无劳动能力3人参训不计；1人身份证打码无法匹配；2人只参加9月班）→ 68/96 = 70.8% ≥ 50% → 10；合计 20',
    'info.disclosure: GK01–GK04 均为1（方案、项目基本信息、建设进度、意见征集及监督举报窗口）→ 2；专栏更新记录2020年9月至2021年8月每月都有 → 按月 2；合计 4',
    'info.reporting: 月报台账2020-09至2021-08中缺2021年2月（11个月）→ 不定时 1；台账“含电商扶贫统计”有“是”，SB01 = 1 → 3；合计 4',
    'promo.cases: 2020-12-20、2021-06-15 向惠州市商务局报送经验材料 → 2',
    'promo.media: 截止日前 国家级（人民网、CCTV-17）→ 4，市级（惠州日报）→ 3，县级（龙门县融媒体中心）→ 1 → 8',
    'fund.system: ZJ03 = 1，PF08 资金管理制度自评分 5 → 5',
    'fund.ledger: ZJ04 = 1，PF09 资金台账自评分 5 → 5',
    'fund.spending: 资金支出台账截止日前“本次拨付金额”合计 4,612,380元（2021-09-14的36万元不计；“合同金额”列不是拨付）÷ ZJ01 5,000,000 = 92.2% ≥ 70% → 取 PF10 资金及时拨付自评分 5 → 5',
    'bonus.poorTraining: 贫困人口培训率 68/96 = 70.8% ≥ 70% → 2（若小写x不按X匹配，66/96 = 68.75% 就拿不到）',
    'bonus.tvCase: CCTV-17农业农村频道（国家级电视）2021-05-27 播出标“是”的电商扶贫典型案例 → 2',
    'veto.incident: FJ01 = 0 → 不否决 → 0',
    'veto.progress: ZJ05 项目总体进度 94% ≥ 40% → 不否决 → 0',
    'veto.fraud: FJ02 = 0 → 不否决 → 0',
    '合计: 15项 2+2+2+4+13+10+9+20+4+4+2+8+5+5+5 = 95，加分 min(2+2, 4) = 4 → 99；未否决',
  ];
  const sheets = [
    { name: '填报数据（系统导出）', rows: padRows(fRows, 9) },
    { name: '行政村名单', rows: padRows(vRows, 6), merges: ['A1:F1', rng2(vRows.length, 0, vRows.length, 5)] },
    { name: '站点清单（一期）', rows: s1, merges: ['A1:H1'] },
    { name: '站点清单（二期）', rows: s2, merges: ['A1:H1'] },
    { name: '产业园入驻企业', rows: padRows(eRows, 7), merges: ['A1:G1'] },
    { name: '培训签到', rows: padRows(tRows, 8), merges: ['A1:H1'] },
    { name: '建档立卡贫困人口', rows: padRows(ppRows, 7), merges: ['A1:G1'] },
    { name: '资金台账', rows: padRows(fuRows, 7), merges: ['A1:G1'] },
    { name: '月报报送', rows: padRows(rRows, 5), merges: ['A1:E1'] },
    { name: '专栏更新', rows: padRows(dRows, 4), merges: ['A1:D1'] },
    { name: '宣传报道', rows: padRows(mRows, 7), merges: ['A1:G1'] },
    { name: '经验材料', rows: padRows(matRows, 4), merges: ['A1:D1'] },
    { name: '字典', rows: padRows(dict, 3), hidden: true },
  ];
  write('counties', 'b18-c2-longmen.json', {
    description: '龙门县（惠州）商务局整本工作簿，13个表，高分县（99分，含加分4分）。事实表是从市里网上填报系统导出的《填报数据（系统导出）》：第1行就是表头 序号|指标编码（JC01、ZZ01、FW01、SX01、PX01、GK01、ZJ01、PF01、FJ01…）|指标名称|计量单位|填报值|填报说明|填报单位|填报人|填报时间（每行一个“2021-09-07 10:14:39”式时间戳），人口按“人”、金额按“元”填整数，增速单位%填31.6，是否类填1/0（计量单位写“是否(1/0)”，字典在隐藏的“字典”表里），判断项自评分为PF01–PF10。台账新写法：站点分“一期（2020年建设，真日期）”“二期（2021年建设，2021.3.15文本）”两张表，二期有5个站点在一期已覆盖的村；培训签到、月报、专栏、报道、材料的日期都是八位数字（20201118）；资金台账有“合同金额”与“本次拨付金额”两列。陷阱：户籍人口37.82万不是常住人口；快递：系统填100%，但行政村名单里一个村“未通”→ 按名单得0；入驻企业18家（两家退出、一家9月入驻）→ 不足20家；签到表两名贫困户身份证末位小写x（不按X匹配会把培训率从70.8%降到68.75%，丢2分加分）；月报缺2021年2月 → 不定时；截止日后的第27期培训、9月挂牌站点、2021-09-14拨付不计。',
    sheets,
    expect: { asOf: '2021-08-31', total: 99, bonus: 4, vetoed: false, points },
    derivation,
  });
})();
