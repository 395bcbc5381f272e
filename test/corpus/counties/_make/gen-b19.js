'use strict';
// Batch 19 generator: writes ../facts, ../ledgers, ../counties relative to this file.
// Plain CommonJS, no dependencies, deterministic seeds. Run: node gen-b19.js
// Cases are written blind (from docs on what sheets look like and the scoring rules), never from
// the reader's source.
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const ROOT = path.resolve(__dirname, '../..');
const CUTOFF = '2021-08-31';
const SIX = '2021-02-28'; // cut-off − 6 months

// ---------------------------------------------------------------- helpers
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
const pad = (n, w) => String(n).padStart(w, '0');
const sum = (a) => a.reduce((x, y) => x + y, 0);
function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function pick(r, a) { return a[Math.floor(r() * a.length)]; }

// 身份证号: GB 11643 check digit
const IW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ICK = '10X98765432';
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * IW[i]; return ICK[s % 11]; }
function validId(id) { return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17]; }
function makeIdFactory(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (region, sex, wantX, yFrom, ySpan) { // sex 'M'|'F'; wantX true/false/undefined
    for (;;) {
      const y = (yFrom || 1955) + Math.floor(r() * (ySpan || 48));
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
// the ways a clerk mangles an ID on screen; canonical form stays the 18 upper-case characters
const spaced = (id) => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
const fullwidth = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const lowerX = (id) => id.replace(/X$/, 'x');
function canonId(s) {
  if (s === null || s === undefined) return null;
  const t = String(s).replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/[\s\u3000]/g, '').toUpperCase().replace(/Ｘ/g, 'X');
  return t;
}
assert.strictEqual(canonId(spaced('44078319850312452X')), '44078319850312452X');
assert.strictEqual(canonId(fullwidth('440783198503124521')), '440783198503124521');

const SURN = ['李', '黄', '陈', '张', '梁', '关', '谭', '司徒', '周', '吴', '邓', '冯', '余', '许', '胡', '方', '何', '罗', '刘', '钟', '曾', '邱', '温', '叶', '朱', '莫', '苏', '潘'];
const GIV = ['春', '秀', '明', '华', '英', '国', '志', '桂', '兰', '金', '海', '玉', '建', '红', '丽', '伟', '芳', '强', '军', '平', '德', '发', '梅', '燕', '文', '新', '荣', '清', '水', '福', '永', '勇', '凤', '娟', '亮', '群', '辉', '霞', '生', '贵', '锦', '彩', '振', '耀'];
function nameFactory(seed) {
  const r = rng(seed);
  return () => { const s = pick(r, SURN); let g = ''; const n = r() < 0.72 ? 2 : 1; for (let i = 0; i < n; i++) g += pick(r, GIV); return s + g; };
}
function phoneFactory(seed) {
  const r = rng(seed);
  const pre = ['139', '138', '137', '135', '134', '150', '151', '158', '188', '189', '133', '180', '136', '159'];
  return () => pick(r, pre) + pad(Math.floor(r() * 1e8), 8);
}
const VA = ['大', '小', '新', '石', '黄', '白', '龙', '凤', '东', '西', '南', '北', '上', '下', '中', '高', '长', '金', '马', '牛', '鹤', '竹', '桂', '梅', '松', '茶', '禾', '莲', '青', '古', '平', '和', '安', '富', '永', '塘', '横', '沙', '蓢', '潭'];
const VB = ['塘', '坪', '坑', '岭', '田', '湾', '洞', '冲', '岗', '寨', '口', '陂', '源', '溪', '背', '角', '埔', '围', '垌', '楼', '山', '江', '坝', '边', '美', '联', '光', '溪'];
function villageFactory(seed, exclude) {
  const r = rng(seed);
  const used = new Set(exclude || []);
  return () => { for (;;) { const n = pick(r, VA) + pick(r, VB) + '村'; if (used.has(n)) continue; used.add(n); return n; } };
}
const USC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccFactory(seed, region) {
  const r = rng(seed);
  return () => {
    let body = (r() < 0.75 ? '91' : '92') + region;
    while (body.length < 17) body += USC[Math.floor(r() * 31)];
    let s = 0; for (let i = 0; i < 17; i++) s += USC.indexOf(body[i]) * UW[i];
    return body + USC[(31 - (s % 31)) % 31];
  };
}
// dates
function serial(iso) { const [y, m, d] = iso.split('-').map(Number); return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000); }
assert.strictEqual(serial('2021-01-01'), 44197);
assert.strictEqual(serial('2021-08-31'), 44439);
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function slashed(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
const monthOf = (iso) => iso.slice(0, 7);
function cnMonth(ym) { const [y, m] = ym.split('-').map(Number); return `${y}年${m}月`; }
function randDate(r, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  return new Date(a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
}
function monthEnd(ym) { const [y, m] = ym.split('-').map(Number); return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); }
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; WINDOW.push(`${m > 12 ? 2021 : 2020}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
function regularity(dates) {
  const months = new Set(dates.filter((d) => d <= CUTOFF).map(monthOf).filter((m) => WINDOW.includes(m)));
  return months.size === 12 ? 'full' : months.size ? 'partial' : 'none';
}
// tiers (integer comparisons, inclusive lower bounds)
function tierTraining(pt, pop) { const b = Math.min(pop, 500000); if (pt * 1000 >= b * 10) return 10; if (pt * 1000 >= b * 8) return 8; if (pt * 1000 >= b * 6) return 6; return 0; }
function tierPoorPersons(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }
function tierVillages(c, n) { const b = Math.min(n, 200); if (c * 100 >= b * 70) return 5; if (c * 100 >= b * 50) return 2; return 0; }
function tierPoorVillages(c, n) { if (n === 0 || c === n) return 5; if (c * 100 >= n * 80) return 3; return 0; }
const pct = (a, b, d = 1) => (100 * a / b).toFixed(d) + '%';
const normType = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
const SCORED = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
const ALLIDS = [...SCORED, 'bonus.poorTraining', 'bonus.tvCase', 'veto.incident', 'veto.progress', 'veto.fraud'];

function write(sub, file, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, file);
  const text = JSON.stringify(obj, null, 1);
  JSON.parse(text);
  fs.writeFileSync(p, text + '\n');
  console.log('wrote', path.relative(ROOT, p), text.length, 'bytes');
}
// rows: undefined → null, and every row padded to the same width (a rectangle, as Excel exports)
function rect(rows) {
  const w = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => { const o = r.map((c) => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
}
const N = null;


// =====================================================================================
// F1 鹤山市 — the consultant's "KPI Tracker": English column headers (No. | Indicator | Target |
// Actual | Unit | Status | Evidence | Remarks), English units (10k persons, RMB 10k, RMB 100m),
// Y/N and Yes/No answers, a Target column that must not be read as the value.
// =====================================================================================
(function f1() {
  const rows = [
    ['鹤山市电子商务进农村综合示范县创建 KPI Tracker', N, N, N, N, N, N, N],
    ['County', '鹤山市', 'Cut-off date', { date: '2021-08-31' }, 'Prepared by', '第三方咨询机构（项目组）', 'Version', 'v3 2021-09-06'],
    [N, N, N, N, N, N, N, N],
    ['No.', 'Indicator', 'Target', 'Actual', 'Unit', 'Status', 'Evidence', 'Remarks'],
    ['A', 'Basic information 基本情况', N, N, N, N, N, N],
    ['A1', '常住人口 Resident population', '—', 52.83, '10k persons', '—', '鹤山市第七次全国人口普查公报', '户籍人口41.2万 (not used)'],
    ['A2', '行政村 Administrative villages', '—', 105, 'villages', '—', '市民政局村（居）名单', '另有社区居委会22个'],
    ['A3', '省定贫困村 Provincial poor villages', '—', 5, 'villages', '—', '市乡村振兴局', N],
    ['B', 'Organisation 组织领导', N, N, N, N, N, N],
    ['B1', 'Leading group head 领导小组组长', 'Mayor 市长', 'Vice Mayor 副市长（分管商务）', '—', 'Done', '鹤府办〔2020〕15号', 'Members: Commerce 商务局, Finance 财政局, Agriculture & Rural Affairs 农业农村局, Rural Revitalization 乡村振兴局'],
    ['B2', 'Work plan issued 示范县工作方案印发', 'Yes', 'Yes', '—', 'Done', '鹤府办函〔2020〕27号', N],
    ['B3', 'Support policy 扶持政策出台', 'Yes', 'No', '—', 'Ongoing', '《鹤山市支持农村电商发展若干措施》征求意见稿', 'expected Oct 2021'],
    ['C', 'Service system 服务体系', N, N, N, N, N, N],
    ['C1', 'County service centre in operation 县级公共服务中心投入运营', { date: '2020-06-30' }, { date: '2020-09-15' }, 'date', 'Done', '运营协议、开业报道', 'delayed by COVID-19'],
    ['C2', 'Free training room & equipment 免费培训场所及设备', 'Y', 'Y', '—', 'Done', '现场照片', N],
    ['C3', 'Free display & sales of local products 免费展示销售', 'Y', 'Y', '—', 'Done', '展厅照片', N],
    ['C4', 'Free photography & design 免费摄影美工', 'Y', 'N', '—', 'Not started', N, 'studio not equipped'],
    ['C5', 'Unified promotion & brand building 统一推广、品牌建设', 'Y', 'Y', '—', 'Done', '“鹤山红茶”区域公用品牌推广方案', N],
    ['C6', 'Other value-added services 其他衍生增值服务', 'Y', 'Y', '—', 'Done', '代办工商注册、金融对接', N],
    ['C7', 'E-commerce park 电商产业园（建设或整合）', 'Y', 'Y', '—', 'Done', '整合沙坪电商大厦', N],
    ['C8', 'Park tenants 入驻企业', 20, 17, 'firms', 'Ongoing', '入驻企业清单', N],
    ['D', 'Upward channel 农村产品上行', N, N, N, N, N, N],
    ['D1', 'Third-party operator 第三方电商运营服务商', 'Y', 'Yes', '—', 'Done', '服务合同', N],
    ['D2', 'Express coverage of admin villages 行政村物流快递覆盖率', '100%', '100%', '%', 'Done', '市邮政管理局证明', N],
    ['D3', 'Rural online retail 2019 农村网络零售额', '—', 21.6, 'RMB 100m', '—', '省商务厅反馈', N],
    ['D4', 'Rural online retail 2020 农村网络零售额', '—', 26.9, 'RMB 100m', '—', '省商务厅反馈', N],
    ['D5', 'YoY growth 2020 (rural) 同比增速', '30%', '24.5%', '%', 'Below target', N, N],
    ['D6', 'Agri-product online retail 2019 农产品网络零售额', '—', 3850, 'RMB 10k', '—', '省商务厅反馈', N],
    ['D7', 'Agri-product online retail 2020 农产品网络零售额', '—', 5240, 'RMB 10k', '—', '省商务厅反馈', N],
    ['D8', 'YoY growth 2020 (agri) 同比增速', '30%', '36.1%', '%', 'Done', N, N],
    ['E', 'Training 人才培训', N, N, N, N, N, N],
    ['E1', 'Training person-times 培训人次', 5000, 4618, 'person-times', 'Ongoing', '签到表', '1% of 500k cap'],
    ['E2', 'Poor population with labour, excl. migrants 有劳动能力贫困人口（不含外出务工）', '—', 312, 'persons', '—', '市乡村振兴局确认', N],
    ['E3', 'Poor population trained 参训贫困人口', '156 (50%)', 171, 'persons', 'Done', '签到表、名单比对', N],
    ['F', 'Disclosure & reporting 信息公开与报送', N, N, N, N, N, N],
    ['F1', 'Gov. website column: work plan 专栏公示创建方案', 'Y', 'Y', '—', 'Done', '网站截图', N],
    ['F2', 'Column: project information 项目基本信息', 'Y', 'Y', '—', 'Done', '网站截图', N],
    ['F3', 'Column: progress, monthly 建设进度', 'Y', 'Y', '—', 'Done', '网站截图', N],
    ['F4', 'Column: feedback / complaint window 征求意见或监督举报窗口', 'Y', 'N', '—', 'Not started', N, 'to be added in Sept'],
    ['F5', 'E-commerce poverty statistics 电商扶贫统计', 'Y', 'Y', '—', 'Done', '月报附表', N],
    ['G', 'Funds 资金管理', N, N, N, N, N, N],
    ['G1', 'Provincial funds allocated 下达资金', '—', 500, 'RMB 10k', '—', '粤财工〔2019〕xx号', N],
    ['G2', 'Funds disbursed (cumulative) 累计拨付', 350, 402.7, 'RMB 10k', 'Done', '拨付凭证', 'disbursement rate 80.5% (not an input)'],
    ['G3', 'Fund management rules 资金管理制度', 'Y', 'Y', '—', 'Done', '《专项资金管理办法》', N],
    ['G4', 'Dedicated fund ledger 资金专用台账', 'Y', 'Y', '—', 'Done', '承办单位台账', N],
    ['G5', 'Overall progress 项目总体进度', '100%', '88%', '%', 'Ongoing', N, N],
    ['H', 'Veto items 一票否决', N, N, N, N, N, N],
    ['H1', 'Safety / quality incident or major loss 安全生产质量事故或重大损失', 'N', 'N', '—', '—', N, N],
    ['H2', 'Falsification 弄虚作假', 'N', 'N', '—', '—', N, N],
    [N, N, N, N, N, N, N, N],
    ['Self-assessment of judged items 主观项自评', N, N, N, N, N, N, N],
    ['No.', 'Item', 'Range', 'Score', N, N, 'Evidence', 'Remarks'],
    ['S1', '方案制定 Work plan quality', '1-2', 2, N, N, '工作方案', N],
    ['S2', '政策支持 Policy support', '1-2', 'n/a', N, N, N, 'policy not yet issued'],
    ['S3', '项目管理制度 Project management rules', '1-2', 2, N, N, '项目管理办法', N],
    ['S4', '工作台账 Work ledgers', '1-2', 2, N, N, '台账汇编', N],
    ['S5', '网销调研及建议 Market survey', '1-2', 1, N, N, '调研报告（初稿）', N],
    ['S6', '网络促销活动 Online promotions', '1-2', 2, N, N, '活动总结', N],
    ['S7', '交易标准、冷链、溯源 Standards / cold chain / traceability', '1-2', 1, N, N, '溯源平台截图', N],
    ['S8', '资金管理制度 Fund rules', '1-5', 4, N, N, N, N],
    ['S9', '资金台账 Fund ledger', '1-5', 4, N, N, N, N],
    ['S10', '资金及时拨付 Timely disbursement', '1-5', 4, N, N, N, N],
  ];
  assert(Math.abs(26.9 / 21.6 - 1.245) < 0.001 && Math.abs(5240 / 3850 - 1.361) < 0.001);
  const merges = ['A1:H1', 'A51:H51'];
  rows.forEach((r, i) => { if (typeof r[0] === 'string' && /^[A-H]$/.test(r[0])) merges.push(`B${i + 1}:H${i + 1}`); });
  assert.strictEqual(rows[50][0], 'Self-assessment of judged items 主观项自评');
  write('facts', 'b19-f1-heshan.json', {
    description: '鹤山市（江门）第三方咨询机构替商务局做的 KPI Tracker：英文表头 No. | Indicator | Target | Actual | Unit | Status | Evidence | Remarks，指标名中英并列，单位写英文（10k persons、RMB 10k、RMB 100m、person-times），是否写 Y/N/Yes/No，下附主观项自评（Item | Range | Score）。陷阱：Target 列（2020-06-30、5000、350、156 (50%)、Mayor 市长）不是完成值；组长实际为副市长；户籍人口在备注里；拨付率、入驻企业数不是输入；政策支持自评写 n/a（未出台，不算判断分）。',
    sheets: [{ name: 'KPI Tracker', rows: rect(rows), merges }],
    expect: {
      facts: {
        county: '鹤山市', asOf: '2021-08-31', residentPopulation: 528300, adminVillagesStated: 105, poorVillagesStated: 5,
        planIssued: true, policyIssued: false,
        centerOpened: '2020-09-15', centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2160000000, ruralRetail2020: 2690000000, ruralRetailGrowthStated: 0.245,
        agriRetail2019: 38500000, agriRetail2020: 52400000, agriRetailGrowthStated: 0.361,
        trainingPersonTimesStated: 4618, eligiblePoorPersonsStated: 312, trainedPoorPersonsStated: 171,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4027000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 1, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'deputy',
    },
  });
})();

// =====================================================================================
// F2 四会市 — the 自评报告 pasted from Word into column A, one paragraph per cell. Every figure sits
// inside a sentence, several with hedges: 约/近/余 (an approximate figure: read as that figure) vs
// 以上/超过/九成 (only a bound: not a figure, nothing read).
// =====================================================================================
(function f2() {
  const P = [
    '四会市电子商务进农村综合示范创建工作自评报告',
    '四会市商务局',
    '（2021年9月8日）',
    '根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》要求，我市对照考评指标体系开展了自查自评，现将有关情况报告如下（本报告数据截至2021年8月31日）。',
    '一、基本情况',
    '四会市位于广东省中部、肇庆市东部，全市辖11个镇、2个街道，常住人口约54.2万人（第七次全国人口普查），户籍人口48.9万人。全市共有行政村118个、社区居委会31个，其中省定贫困村8个。2019年我市获批省级电子商务进农村综合示范县，省级财政下达专项资金500万元。',
    '二、工作开展情况',
    '（一）加强组织领导。成立了由市长任组长、分管副市长任副组长，市商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局等12个部门为成员的示范县创建工作领导小组，先后召开领导小组会议6次，协调解决项目推进中的困难和问题。',
    '2019年12月，市政府办公室正式印发了《四会市电子商务进农村综合示范工作实施方案》（四府办〔2019〕56号），明确了目标任务、职责分工和时间节点，方案因地制宜、可操作性强，方案制定自评2分。2020年4月出台了《四会市促进农村电子商务发展若干措施》，在资金、场地、人才等方面给予扶持，政策落实情况良好，政策支持自评2分。',
    '我局制定了《四会市电子商务进农村综合示范项目管理办法》，项目建设、验收严格按制度执行，项目管理制度自评2分；建立了站点、培训、资金等工作台账，详细记录项目建设情况，工作台账自评2分。',
    '（二）完善服务体系。县级电子商务公共服务中心于2020年5月建成并投入运营，中心设有300平方米免费培训室和配套培训设备，可常态化组织电商基础培训；设立特色农产品展示展销厅，为本地特色农产品提供免费展示、销售服务；配备摄影棚，为电商企业和个体网商提供免费摄影、美工设计服务；统一推广“四会砂糖桔”“四会兰花”等区域品牌，指导特色农产品品牌建设；还提供代办注册、金融对接、供应链等衍生增值服务。',
    '整合原玉器城电商楼资源，建成四会市电商产业园，入驻企业近30家，涵盖平台型、销售型、运营服务和物流快递等类型。全市村级电商服务站点覆盖超过九成行政村，省定贫困村实现全覆盖。',
    '（三）推动农村产品上行。引入专业第三方电子商务运营服务商，开展农产品网销调研，形成了调研报告和针对性建议（自评2分）；组织“砂糖桔网上节”“年货节”等网络促销活动20余场，成效明显（自评2分）；快递物流网点实现行政村全覆盖，县、镇、村三级配送体系基本建成；初步建立农产品溯源系统，交易标准仍在制定中（自评1分）。',
    '2020年全市农村网络零售额达31.6亿元，较2019年的24.55亿元同比增长近三成（28.7%）；农产品网络零售额6.8亿元，增长超过三成。',
    '（四）强化人才培训。累计开展电商培训112场次、近4400人次，培训覆盖常住人口的0.8%以上。全市有劳动能力的建档立卡贫困人口（不含外出务工人员）共486人，已参训312人，参训率64.2%，贫困户参训500余人次。',
    '（五）信息公开与报送。在市政府门户网站设立电子商务进农村综合示范专栏，公开了创建方案、项目基本信息和项目建设进度，并公布了监督举报电话；每月向肇庆市商务局报送工作进展，按月统计电商扶贫数据。',
    '（六）资金管理。制定了《四会市电子商务进农村综合示范专项资金管理办法》，资金管理制度健全并有效落实（自评5分）；项目承办单位均建立了资金专用台账，账目清晰（自评4分）；截至8月底已累计拨付资金近420万元，资金支出率超过八成，按创建进度及时拨付（自评4分）。项目总体进度达九成以上。',
    '（七）创建期间未发生安全生产和质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假情况。',
    '三、存在问题及下一步工作',
    '一是部分站点运营不够活跃；二是农产品标准化程度不高。下一步，我市将继续完善服务体系，加大培训力度，确保示范创建取得实效。',
  ];
  assert(Math.abs(31.6 / 24.55 - 1.287) < 0.0006);
  assert(Math.abs(312 / 486 - 0.642) < 0.0005);
  const rows = P.map((t) => [t]);
  write('facts', 'b19-f2-sihui.json', {
    description: '四会市（肇庆）商务局的自评报告，从Word整篇粘贴进Sheet1的A列、一段一格，数字全在句子里并带修饰语。读法：“约54.2万人”“近4400人次”“近420万元”是概数，按所写数字记为填报值；“超过九成行政村”“增长超过三成”“九成以上”“八成”只是下限，不是数字，不记（故无农产品增速、无总体进度）；“近三成（28.7%）”取括号里的28.7%；“实现行政村全覆盖”记快递覆盖为是。陷阱：户籍人口48.9万、贫困户“500余人次”、“112场次”、参训率64.2%不是输入；日期“2020年5月”只到月；报告日期2021年9月8日不是截止日。',
    sheets: [{ name: 'Sheet1', rows: rect(rows) }],
    expect: {
      facts: {
        county: '四会市', asOf: '2021-08-31', residentPopulation: 542000, adminVillagesStated: 118, poorVillagesStated: 8,
        fundAllocated: 5000000, planIssued: true, policyIssued: true,
        centerOpened: '2020-05', centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2455000000, ruralRetail2020: 3160000000, ruralRetailGrowthStated: 0.287, agriRetail2020: 680000000,
        trainingPersonTimesStated: 4400, eligiblePoorPersonsStated: 486, trainedPoorPersonsStated: 312,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundSpentStated: 4200000,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================================
// L1 惠阳区 — training sign-ins kept one sheet per town (same header on every sheet), a 汇总 sheet
// of per-town totals (must not be counted again), a 填表说明 sheet, and a hidden stale copy
// "沙田镇 (2)". Per-town quirks: text dates, Excel serials typed as text, a merged date column,
// IDs with spaces / full-width digits / lower-case x / masked / missing, and a row whose 备注 says
// 重复录入 (a duplicate the clerk flagged: not a record).
// =====================================================================================
(function l1() {
  const REG = '441303';
  const r = rng(1901);
  const newId = makeIdFactory(1902);
  const nm = nameFactory(1903);
  const ph = phoneFactory(1904);
  const HEAD = ['序号', '培训日期', '培训内容', '姓名', '性别', '身份证号码', '联系电话', '是否建档立卡贫困户', '备注'];
  const towns = [
    { t: '秋长街道', who: '叶小燕', sessions: [['2020-10-22', '农村电商基础知识', 14, 'date'], ['2021-03-11', '短视频与直播带货', 12, 'date']] },
    { t: '沙田镇', who: '陈志强', sessions: [['2020-11-19', '网店开设与运营', 13, 'cn'], ['2021-04-15', '农产品包装与摄影', 12, 'cn']] },
    { t: '新圩镇', who: '黄丽华', sessions: [['2020-12-10', '农村电商基础知识', 12, 'serial'], ['2021-03-25', '电商扶贫专题', 14, 'serial']] },
    { t: '良井镇', who: '罗建新', sessions: [['2021-01-14', '网店开设与运营', 11, 'slash'], ['2021-05-20', '短视频与直播带货', 13, 'slash'], ['2021-09-16', '电商创业提升班', 10, 'slash']] },
    { t: '平潭镇', who: '刘春梅', sessions: [['2021-06-17', '农村电商基础知识', 12, 'merged'], ['2021-07-22', '社群营销', 11, 'merged']] },
  ];
  const fmt = (iso, how) => how === 'date' || how === 'merged' ? { date: iso } : how === 'cn' ? cn(iso) : how === 'serial' ? String(serial(iso)) : slashed(iso);
  assert.strictEqual(serial('2020-12-10'), 44175);
  assert.strictEqual(serial('2021-03-25'), 44280);
  const sheets = [];
  const expectSheets = {};
  const summary = [];
  let stalePeople = null;
  sheets.push({ name: '填表说明', rows: rect([
    ['填表说明'],
    ['1．各镇（街道）按统一表头填写本辖区参训学员，一个镇（街道）一张工作表，不得改动表头。'],
    ['2．培训日期填写实际培训日期；身份证号码填写18位，末位为X的用大写。'],
    ['3．是否建档立卡贫困户填“是”或“否”，贫困户以区乡村振兴局提供名单为准。'],
    ['4．发现重复登记的，不要删除，在备注栏注明“重复录入”。'],
    ['5．“汇总”表由区商务局根据各镇表格统计，各镇不填。'],
    ['区商务局电商股　联系人：温××　电话：0752-3xxxxxx'],
  ]) });
  expectSheets['填表说明'] = { kind: null };
  const townSheets = [];
  for (const T of towns) {
    const rows = [['惠阳区电子商务进农村综合示范培训学员登记表', N, N, N, N, N, N, N, N], [`镇（街道）：${T.t}`, N, N, N, N, N, `填报人：${T.who}`, N, N], HEAD];
    const merges = ['A1:I1', 'A2:D2', 'G2:I2'];
    const records = [];
    let seq = 0, poorCount = 0, total = 0;
    const people = [];
    T.sessions.forEach(([iso, topic, n, how], si) => {
      const first = rows.length;
      for (let k = 0; k < n; k++) {
        const sex = r() < 0.5 ? 'M' : 'F';
        let id = newId(REG, sex, (T.t === '秋长街道' && si === 0 && k === 3) ? true : false, 1960, 45);
        let shown = id, recId = id;
        if (T.t === '秋长街道' && si === 0 && k === 3) shown = lowerX(id);
        if (T.t === '沙田镇' && (k === 2 || k === 7) && si === 0) shown = spaced(id);
        if (T.t === '沙田镇' && si === 1 && k === 5) shown = spaced(id);
        if (T.t === '新圩镇' && si === 0 && (k === 4 || k === 9)) shown = fullwidth(id);
        if (T.t === '新圩镇' && si === 1 && k === 6) { shown = null; recId = null; }
        if (T.t === '良井镇' && si === 1 && k === 8) { shown = id.slice(0, 10) + '****' + id.slice(14); recId = shown; }
        const poor = r() < 0.18;
        if (poor) poorCount++;
        const name = nm();
        const row = [++seq, how === 'merged' && k > 0 ? N : fmt(iso, how), topic, name, sex === 'M' ? '男' : '女', shown, ph(), poor ? '是' : '否', N];
        rows.push(row);
        people.push(row);
        records.push({ date: iso, personTimes: 1, id: recId });
        total++;
        if (recId && !recId.includes('*')) assert(validId(recId));
        // the flagged duplicate: typed again right below, 备注 重复录入
        if ((T.t === '沙田镇' && si === 1 && k === 3) || (T.t === '新圩镇' && si === 0 && k === 7)) {
          const dup = row.slice(); dup[0] = ++seq; dup[8] = '重复录入'; if (how === 'merged') dup[1] = N;
          rows.push(dup);
        }
      }
      if (how === 'merged') merges.push(`B${first + 1}:B${rows.length}`);
    });
    rows.push([`填表人：${T.who}`, N, N, N, N, '审核：', N, N, N]);
    townSheets.push({ name: T.t, rows: rect(rows), merges });
    expectSheets[T.t] = { kind: 'training', records };
    summary.push([T.t, T.sessions.length, total, poorCount]);
    if (T.t === '沙田镇') stalePeople = { rows: rows.slice(0, 3 + T.sessions[0][2]), merges: merges.slice() };
  }
  const sumRows = [['惠阳区电子商务进农村培训情况汇总表', N, N, N, N], ['统计时间：2021年9月30日', N, N, N, N], ['镇（街道）', '培训期数', '培训人次', '其中：贫困户人次', '备注']];
  summary.forEach((s) => sumRows.push([...s, N]));
  sumRows.push(['合计', sum(summary.map((s) => s[1])), sum(summary.map((s) => s[2])), sum(summary.map((s) => s[3])), '重复录入2人次已剔除']);
  sumRows.push(['注：本表数据由各镇（街道）登记表自动汇总，请勿手工修改。', N, N, N, N]);
  assert.strictEqual(sum(summary.map((s) => s[2])), 14 + 12 + 13 + 12 + 12 + 14 + 11 + 13 + 10 + 12 + 11);
  sheets.push({ name: '汇总', rows: rect(sumRows), merges: ['A1:E1', 'A2:E2', `A${sumRows.length}:E${sumRows.length}`] });
  expectSheets['汇总'] = { kind: null };
  for (const s of townSheets) sheets.push(s);
  // the stale hidden copy: the first 沙田镇 session as it stood in December
  stalePeople.rows[1] = ['镇（街道）：沙田镇', N, N, N, N, N, '填报人：陈志强（2020.12旧表）', N, N];
  sheets.push({ name: '沙田镇 (2)', rows: rect(stalePeople.rows), merges: ['A1:I1', 'A2:D2', 'G2:I2'], hidden: true });
  expectSheets['沙田镇 (2)'] = { kind: null };
  const totalRecords = sum(Object.values(expectSheets).map((s) => (s.records || []).length));
  assert.strictEqual(totalRecords, 134);
  write('ledgers', 'b19-l1-huiyang.json', {
    description: '惠阳区（惠州）商务局电商股收集的培训学员登记簿：各镇（街道）一张表、表头相同（秋长街道、沙田镇、新圩镇、良井镇、平潭镇），另有“汇总”表（各镇期数/人次合计，不是名单）、“填表说明”和隐藏的旧表副本“沙田镇 (2)”（2020年12月沙田镇第一期的旧版，与沙田镇表重复，不读）。各镇写法不同：真日期；“2020年11月19日”文本；新圩镇的日期是粘贴后变成文本的Excel序列号“44175”“44280”（=2020-12-10、2021-03-25）；良井镇“2021/1/14”文本（含一期2021年9月的班，仍是记录）；平潭镇培训日期按期纵向合并。身份证号有空格分段、全角数字、小写x、一个“前10位****后4位”打码、一个空着；沙田镇、新圩镇各有一行备注“重复录入”（上一行的重复，不算记录）。',
    sheets,
    expect: { sheets: expectSheets },
  });
})();

// =====================================================================================
// C1 开平市（江门）— the strong county. Facts: an export from the provincial online reporting
// system (指标编码 | 指标名称 | 计量单位 | 填报值 | 说明 | 填报时间), yes/no as 1/0 with the unit
// "是=1，否=0", dates as "2020-06-18 00:00:00", money in 元, % as 27.36. A hidden "Sheet1 (2)" is
// the June export (old cut-off, old figures): not read. 226 行政村 (> 200: base 200).
// =====================================================================================
(function c1() {
  const REG = '440783';
  const r = rng(1911);
  const newId = makeIdFactory(1912);
  const nm = nameFactory(1913);
  const ph = phoneFactory(1914);
  const vill = villageFactory(1915);
  const towns = [['长沙街道', 6, 9], ['三埠街道', 8, 10], ['月山镇', 17, 1], ['水口镇', 14, 1], ['沙塘镇', 15, 1], ['苍城镇', 15, 1], ['龙胜镇', 19, 1], ['大沙镇', 12, 1], ['马冈镇', 18, 1], ['塘口镇', 13, 1], ['赤坎镇', 19, 1], ['百合镇', 15, 1], ['蚬冈镇', 16, 1], ['金鸡镇', 16, 1], ['赤水镇', 23, 1]];
  const poorTowns = ['月山镇', '龙胜镇', '大沙镇', '马冈镇', '赤坎镇', '百合镇', '蚬冈镇', '金鸡镇', '赤水镇', '苍城镇', '水口镇', '塘口镇', '沙塘镇', '赤水镇'];
  const admin = [], comm = [];
  for (const [t, n, c] of towns) {
    const vs = []; for (let i = 0; i < n; i++) vs.push({ town: t, name: vill(), poor: false });
    admin.push(...vs);
    for (let i = 0; i < c; i++) comm.push({ town: t, name: c > 1 ? `${vill().replace(/村$/, '')}社区` : `${t.replace(/(镇|街道)$/, '')}居委会` });
  }
  assert.strictEqual(admin.length, 226);
  assert.strictEqual(comm.length, 32);
  { const used = {}; for (const t of poorTowns) { const cand = admin.filter((v) => v.town === t && !v.poor); const v = cand[(used[t] = (used[t] || 0) + 1) * 3 % cand.length]; v.poor = true; } }
  const poorV = admin.filter((v) => v.poor);
  assert.strictEqual(poorV.length, 14);

  // ---- 行政村名单: 类别 as one character 村 / 居; 省定贫困村 是 or blank; 快递进村 √
  const vRows = [['开平市村（居）委会名单', N, N, N, N, N, N], ['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注']];
  const vMerges = ['A1:G1'];
  let k = 0;
  for (const [t] of towns) {
    const first = vRows.length;
    const list = [...admin.filter((v) => v.town === t).map((v) => ({ ...v, kind: '村' })), ...comm.filter((c) => c.town === t).map((c) => ({ ...c, kind: '居' }))];
    list.forEach((v, i) => vRows.push([++k, i === 0 ? t : N, v.kind === '村' ? v.name + (k % 4 === 0 ? '民委员会' : '委会') : v.name, v.kind, v.poor ? '是' : N, v.kind === '村' ? '√' : N, N]));
    vMerges.push(`B${first + 1}:B${vRows.length}`);
  }
  vRows.push(['合计', N, '村委会226个，居委会（社区）32个', N, '14', N, N]);
  vRows.push(['注：类别栏“村”为村民委员会，“居”为居民委员会（社区）。', N, N, N, N, N, N]);

  // ---- 站点台账: 建站时间 mixes real dates, Excel serials pasted as text, and 2020年10月12日
  const nonPoor = shuffle(r, admin.filter((v) => !v.poor));
  const coveredNP = nonPoor.slice(0, 136), uncovered = nonPoor.slice(136);
  const st = [];
  for (const v of [...poorV, ...coveredNP]) st.push({ town: v.town, village: v.name, date: randDate(r, '2020-03-01', '2021-08-25') });
  for (const v of coveredNP.slice(10, 16)) st.push({ town: v.town, village: v.name, date: randDate(r, '2020-09-01', '2021-07-30'), second: true });
  for (const c of [comm[0], comm[3], comm[12]]) st.push({ town: c.town, village: c.name, date: randDate(r, '2020-05-01', '2021-06-30') });
  const lateV = [uncovered.find((v) => v.town === '水口镇'), ...uncovered.filter((v) => v.town !== '水口镇').slice(0, 3)];
  lateV.forEach((v, i) => st.push({ town: v.town, village: v.name, date: i === 0 ? '2021-09-15' : randDate(r, '2021-09-02', '2021-10-28') }));
  assert.strictEqual(st.length, 163);
  const adminSet = new Set(admin.map((v) => v.name));
  const cov = new Set(st.filter((s) => s.date <= CUTOFF && adminSet.has(s.village)).map((s) => s.village));
  assert.strictEqual(cov.size, 150);
  assert.strictEqual(poorV.filter((v) => cov.has(v.name)).length, 14);
  assert.strictEqual(tierVillages(150, 226), 5); // 150/200 = 75%
  assert(150 * 100 < 226 * 70); // 66.4% if the 200 cap were forgotten
  const townOrder = towns.map((t) => t[0]);
  st.sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || (a.date < b.date ? -1 : 1));
  const serialTowns = ['月山镇', '水口镇', '沙塘镇'];
  const sRows = [['开平市村级电子商务服务站点台账', N, N, N, N, N, N, N], ['序号', '镇（街道）', '站点名称', '所在村（居）', '负责人', '联系电话', '建站时间', '服务内容']];
  let serialAfter = 0; // checked below
  st.forEach((s, i) => {
    let d;
    if (serialTowns.includes(s.town)) { d = String(serial(s.date)); if (s.date > CUTOFF) serialAfter++; }
    else d = i % 2 ? { date: s.date } : cn(s.date);
    const base = s.village.replace(/(村|社区|居委会)$/, '');
    sRows.push([i + 1, s.town, s.second ? `${base}邮政惠农服务点` : `${base}${/社区|居委会/.test(s.village) ? '社区' : '村'}电商服务站`, s.village, nm(), ph(), d, '代购代销、快递收发、便民缴费']);
  });
  assert.strictEqual(serialAfter, 1);
  const firstSerial = sRows.find((x) => typeof x[6] === 'string' && /^\d{5}$/.test(x[6]))[6];
  sRows.push(['注：月山镇、水口镇、沙塘镇建站时间从镇报表复制，显示为数字。', N, N, N, N, N, N, N]);

  // ---- 产业园入驻企业
  const uscc = usccFactory(1916, REG);
  const eNames = ['开平碉乡电子商务', '开平赤坎古镇网络科技', '开平侨乡优品电子商务', '开平金山供应链管理', '开平马冈鹅电商', '开平百合茶业网络', '开平潭江物流', '开平楼冈网络科技', '开平裕华电子商务', '开平立园文化传播', '开平塘口电商运营', '开平泮村农产品', '开平水口水暖网络', '开平月山电子商务', '开平蚬冈农业科技', '开平大沙茶叶电商', '开平龙胜供销电商', '开平长沙直播科技', '开平三埠仓储物流', '开平苍城电子商务', '开平金鸡农特产品', '开平沙塘网络科技'];
  const eTypes = ['平台型电商', '销售型', '电商运营服务商', '销售型', '销售型', '销售型', '物流快递', '电商运营服务商', '平台型电商', '直播电商', '电商运营服务商', '销售型', '销售型', '销售型', '销售型', '销售型', '平台型电商', '直播电商', '物流快递', '销售型', '销售型', '电商运营服务商'];
  const ents = eNames.map((n, i) => ({ name: n + '有限公司', code: uscc(), type: eTypes[i], entered: randDate(r, '2020-04-01', '2021-07-31'), left: null }));
  ents[6].entered = '2020-06-10'; ents[6].left = '2021-01-15';
  ents[13].entered = '2020-08-03'; ents[13].left = '2021-05-31';
  ents[21].entered = '2021-09-10';
  const inPark = ents.filter((e) => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  assert.strictEqual(new Set(inPark.map((e) => e.code)).size, 19);
  assert(new Set(inPark.map((e) => normType(e.type))).size >= 3);
  const eRows = [['开平市电子商务产业园入驻企业名单', N, N, N, N, N, N], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '状态']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, { date: e.entered }, e.left ? dotted(e.left) : N, e.left ? '已退园' : e.entered > CUTOFF ? '新入驻' : '在园']));

  // ---- 建档立卡贫困人口: households, 户 cells merged, 与户主关系
  const persons = [];
  const hhs = [];
  const rels = ['户主', '配偶', '长子', '长女', '次子', '儿媳', '孙子', '孙女', '之母'];
  const born = { 户主: [1950, 35], 配偶: [1952, 33], 长子: [1976, 24], 长女: [1978, 22], 次子: [1980, 22], 儿媳: [1978, 22], 孙子: [2004, 12], 孙女: [2005, 11], 之母: [1932, 16] };
  const surname = (n) => (n.startsWith('司徒') ? '司徒' : n[0]);
  while (persons.length < 230) {
    const size = Math.min(1 + Math.floor(r() * 5) + (r() < 0.2 ? 3 : 0), 230 - persons.length);
    const v = admin[Math.floor(r() * admin.length)];
    const hh = { no: `4407830${pad(hhs.length + 101, 4)}`, head: nm(), town: v.town, village: v.name, members: [] };
    for (let j = 0; j < size; j++) {
      const rel = rels[j];
      const sex = ['户主', '长子', '次子', '孙子'].includes(rel) ? 'M' : 'F';
      const id = newId(REG, sex, undefined, born[rel][0], born[rel][1]);
      const p = { id, name: j === 0 ? hh.head : ['配偶', '儿媳', '之母'].includes(rel) ? nm() : surname(hh.head) + nm().slice(surname(nm()).length), rel, status: null, hh };
      hh.members.push(p); persons.push(p);
    }
    hhs.push(hh);
  }
  { // statuses: grandchildren (在校生) and old mothers have no labour capacity; the rest drawn
    const forced = persons.filter((p) => ['孙子', '孙女', '之母'].includes(p.rel));
    forced.forEach((p) => { p.status = 'N'; });
    assert(forced.length <= 35, 'too many forced N: ' + forced.length);
    const restP = shuffle(r, persons.filter((p) => !p.status));
    restP.forEach((p, i) => { p.status = i < 35 - forced.length ? 'N' : i < 35 - forced.length + 45 ? 'M' : 'E'; });
  }
  const E = persons.filter((p) => p.status === 'E'), M = persons.filter((p) => p.status === 'M'), NL = persons.filter((p) => p.status === 'N');
  assert.deepStrictEqual([E.length, M.length, NL.length], [150, 45, 35]);
  const pRows = [['开平市建档立卡贫困人口名单（市乡村振兴局提供）', N, N, N, N, N, N, N, N, N, N, N], ['序号', '镇', '村', '户编号', '户主姓名', '家庭人口', '成员姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工', '备注']];
  const pMerges = ['A1:L1'];
  let pn = 0;
  for (const hh of hhs) {
    const first = pRows.length;
    hh.members.forEach((p, j) => {
      const lab = p.status === 'N' ? (['孙子', '孙女'].includes(p.rel) ? '无劳动能力' : pick(r, ['无劳动能力', '丧失劳动能力'])) : pick(r, ['普通劳动力', '普通劳动力', '技能劳动力', '弱劳动力']);
      pRows.push([++pn, j === 0 ? hh.town : N, j === 0 ? hh.village : N, j === 0 ? hh.no : N, j === 0 ? hh.head : N, j === 0 ? hh.members.length : N, p.name, p.rel, p.id, lab, p.status === 'M' ? '是' : '否', ['孙子', '孙女'].includes(p.rel) && p.status === 'N' ? '在校生' : N]);
    });
    if (hh.members.length > 1) for (const c of ['B', 'C', 'D', 'E', 'F']) pMerges.push(`${c}${first + 1}:${c}${pRows.length}`);
  }

  // ---- training: sessions with 人次 (the person-times) and a poor-trainee sign-in list whose
  // rows are already inside those 人次 (title says so)
  const sess = [];
  const sDates = [];
  for (let m = 0; m < 16; m++) { const ym = new Date(Date.UTC(2020, 4 + m, 1)).toISOString().slice(0, 7); sDates.push(`${ym}-${pad(8 + Math.floor(r() * 6), 2)}`, `${ym}-${pad(20 + Math.floor(r() * 7), 2)}`); }
  sDates.push('2021-08-27');
  assert.strictEqual(sDates.length, 33);
  const topics = ['农村电商基础知识', '网店开设与运营', '农产品摄影与美工', '短视频与直播带货', '电商扶贫专场', '跨境电商入门', '社群营销'];
  const targets = ['农户、返乡青年', '合作社、家庭农场', '个体网商', '镇村干部'];
  // poor trainees: 108 eligible distinct + 12 repeats + 5 migrants + 3 without labour (pre), 4 eligible only in September
  const trainedE = shuffle(r, E.slice()).slice(0, 112);
  const preE = trainedE.slice(0, 108), septE = trainedE.slice(108);
  const xOnes = preE.filter((p) => p.id.endsWith('X')).slice(0, 2);
  const poorRows = [];
  for (const p of preE) poorRows.push(p);
  for (const p of preE.slice(0, 12)) poorRows.push(p);
  for (const p of M.slice(0, 5)) poorRows.push(p);
  for (const p of NL.filter((q) => !['孙子', '孙女'].includes(q.rel)).slice(0, 3)) poorRows.push(p);
  assert.strictEqual(poorRows.length, 128);
  // spread the poor rows over sessions, never the same person twice in one session
  const poorSess = sDates.map(() => []);
  const order = shuffle(r, poorRows.slice());
  for (const p of order) { for (;;) { const si = Math.floor(r() * sDates.length); if (!poorSess[si].includes(p)) { poorSess[si].push(p); break; } } }
  const septDates = ['2021-09-16', '2021-09-24'];
  const septPoor = [[septE[0], septE[1]], [septE[2], septE[3]]];
  const sizes = sDates.map(() => 110 + Math.floor(r() * 90));
  const target = 5236;
  let diff = target - sum(sizes); let ii = 0;
  while (diff !== 0) { const step = diff > 0 ? 1 : -1; sizes[ii % sizes.length] += step; diff -= step; ii++; }
  assert.strictEqual(sum(sizes), 5236);
  sDates.forEach((d, si) => sess.push({ date: d, topic: topics[si % topics.length], target: topics[si % topics.length] === '电商扶贫专场' ? '贫困户及农户' : targets[si % targets.length], n: sizes[si], poor: poorSess[si] }));
  septDates.forEach((d, si) => sess.push({ date: d, topic: '电商创业提升班', target: '返乡青年', n: 88 + si * 4, poor: septPoor[si] }));
  sess.forEach((s) => assert(s.poor.length <= s.n));
  const preTimes = sum(sess.filter((s) => s.date <= CUTOFF).map((s) => s.n));
  assert.strictEqual(preTimes, 5236);
  assert.strictEqual(tierTraining(preTimes, 748777), 10);
  assert(preTimes * 1000 < 748777 * 8); // 0.70% if the 500,000 cap were forgotten
  const tRows = [['开平市电子商务培训台账（按期次登记）', N, N, N, N, N, N, N], ['期次', '培训日期', '培训主题', '培训对象', '培训方式', '参训人次', '其中：贫困人口人次', '培训地点']];
  sess.forEach((s, si) => tRows.push([`第${si + 1}期`, si % 9 === 4 ? dotted(s.date) : { date: s.date }, s.topic, s.target, si % 5 === 3 ? '线上+线下' : '线下', si % 11 === 6 ? `${s.n}人` : s.n, s.poor.length, si % 3 === 0 ? '市电子商务公共服务中心' : `${townOrder[2 + (si % 13)]}文化站`]));
  tRows.push(['合计', N, N, N, N, sum(sess.map((s) => s.n)), sum(sess.map((s) => s.poor.length)), N]);
  tRows.push(['注：第34、35期为2021年9月举办，计入下一年度。贫困人口参训明细见《贫困户参训名单》。', N, N, N, N, N, N, N]);
  const lRows = [['开平市建档立卡贫困人口参加电商培训名单', N, N, N, N, N, N, N], ['（本名单人员已计入《培训台账》各期参训人次，不另行累计）', N, N, N, N, N, N, N], ['序号', '姓名', '身份证号码', '镇', '村', '参训日期', '培训期次', '备注']];
  let ln = 0;
  sess.forEach((s, si) => {
    for (const p of s.poor) lRows.push([++ln, p.name, xOnes.includes(p) ? lowerX(p.id) : p.id, p.hh.town, p.hh.village, { date: s.date }, `第${si + 1}期`, p.status === 'M' ? '外出务工返乡期间参训' : N]);
  });
  assert.strictEqual(ln, 132);
  const eligIds = new Set(E.map((p) => p.id));
  const trainedSet = new Set();
  sess.filter((s) => s.date <= CUTOFF).forEach((s) => s.poor.forEach((p) => { if (eligIds.has(p.id)) trainedSet.add(p.id); }));
  assert.strictEqual(trainedSet.size, 108);
  assert.strictEqual(tierPoorPersons(108, 150), 10);
  assert(108 * 100 >= 150 * 70); // 72%: bonus
  assert(xOnes.length === 2);

  // ---- 资金台账: 万元 column and 元 column for the same amount (some rows fill only one)
  const funds = [
    ['2020-06-10', '县级电子商务公共服务中心建设', '开平碉乡电子商务有限公司', 850000, 'both'],
    ['2020-08-21', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司开平市分公司', 726400, 'yuan'],
    ['2020-10-16', '县乡村三级物流配送体系建设', '开平潭江物流有限公司', 526000, 'wan'],
    ['2020-12-08', '农村电商人才培训', '江门市某职业培训学校', 213800, 'both'],
    ['2021-01-20', '公共服务中心运营补助', '开平碉乡电子商务有限公司', 400000, 'both'],
    ['2021-03-26', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司开平市分公司', 688000, 'yuan'],
    ['2021-05-18', '农产品品牌培育及溯源体系', '开平侨乡优品电子商务有限公司', 465000, 'both'],
    ['2021-06-29', '县乡村三级物流配送体系建设（二期）', '开平潭江物流有限公司', 382000, 'wan'],
    ['2021-08-16', '农村电商人才培训', '江门市某职业培训学校', 241600, 'yuan'],
    ['2021-09-14', '村级电商服务站点运营奖补', '各站点运营主体', 350000, 'both'],
  ];
  const spent = sum(funds.filter((f) => f[0] <= CUTOFF).map((f) => f[3]));
  assert.strictEqual(spent, 4492800);
  assert(spent * 100 >= 5000000 * 70);
  const fRows = [['开平市省级电子商务进农村综合示范专项资金拨付台账', N, N, N, N, N, N, N], ['序号', '拨付日期', '项目内容', '收款单位', '拨付金额（万元）', '拨付金额（元）', '凭证号', '备注']];
  funds.forEach((f, i) => fRows.push([i + 1, { date: f[0] }, f[1], f[2], f[4] === 'yuan' ? N : Number((f[3] / 10000).toFixed(2)), f[4] === 'wan' ? N : f[3], `记-${f[0].slice(0, 4)}-${pad(31 + i * 17, 4)}`, f[0] > CUTOFF ? '考评截止后拨付' : N]));
  fRows.push(['合计', N, N, N, Number((sum(funds.map((f) => f[3])) / 10000).toFixed(2)), sum(funds.map((f) => f[3])), N, '万元、元两列为同一笔金额，部分只填一列']);

  // ---- info sheet: four stacked blocks
  const reps = [];
  for (const ym of ['2020-07', '2020-08', ...WINDOW]) { if (ym === '2021-02') continue; reps.push({ date: `${ym}-${pad(3 + Math.floor(r() * 7), 2)}`, pov: ym >= '2020-10' }); }
  assert.strictEqual(regularity(reps.map((x) => x.date)), 'partial');
  const discs = [['2019-12-20', '开平市电子商务进农村综合示范工作方案'], ['2020-03-18', '开平市电子商务进农村综合示范项目基本信息公示']];
  for (const ym of WINDOW) discs.push([`${ym}-${pad(12 + Math.floor(r() * 12), 2)}`, `开平市电子商务进农村综合示范项目建设进度（${cnMonth(ym)}）`]);
  assert.strictEqual(regularity(discs.map((x) => x[0])), 'full');
  const media = [
    ['2020-11-06', '江门日报', '市级', '报纸', '开平：电商服务站开进碉楼村落', '否'],
    ['2021-03-19', '南方日报', '省级', '报纸', '侨乡好物乘“云”出海', '否'],
    ['2021-06-08', '广东广播电视台《广东新闻联播》', '省级', '电视', '开平马冈鹅搭上电商快车 贫困户家门口增收', '是'],
    ['2021-09-10', '开平市融媒体中心', '县级', '网络', '我市电商进农村示范创建通过市级初审', '否'],
  ];
  const mats = [['2020-12-25', '开平市电子商务进农村综合示范创建阶段性工作总结', '江门市商务局'], ['2021-07-16', '“电商+侨乡特产”助农增收的开平经验', '江门市商务局']];
  const iRows = [['开平市信息报送、专栏公开及宣传推广情况登记', N, N, N, N, N, N], [N, N, N, N, N, N, N], ['一、向江门市商务局报送月报情况', N, N, N, N, N, N], ['序号', '报送日期', '报送内容', '是否含电商扶贫统计', '报送方式', N, N]];
  const iMerges = ['A1:G1', 'A3:G3'];
  reps.forEach((x, i) => iRows.push([i + 1, { date: x.date }, `${cnMonth(monthOf(x.date))}示范创建工作进展及电商统计数据`, x.pov ? '是' : '否', '粤政易', N, N]));
  iRows.push([N, N, N, N, N, N, N]);
  iRows.push(['二、市政府网站“电子商务进农村综合示范”专栏更新情况', N, N, N, N, N, N]); iMerges.push(`A${iRows.length}:G${iRows.length}`);
  iRows.push(['序号', '更新日期', '标题', '网址', N, N, N]);
  discs.forEach((x, i) => iRows.push([i + 1, dotted(x[0]), x[1], `http://www.kaiping.gov.cn/zwgk/dzsw/content/post_${2310000 + i * 211}.html`, N, N, N]));
  iRows.push([N, N, N, N, N, N, N]);
  iRows.push(['三、宣传报道情况', N, N, N, N, N, N]); iMerges.push(`A${iRows.length}:G${iRows.length}`);
  iRows.push(['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']);
  media.forEach((x, i) => iRows.push([i + 1, { date: x[0] }, ...x.slice(1)]));
  iRows.push([N, N, N, N, N, N, N]);
  iRows.push(['四、经验材料报送情况', N, N, N, N, N, N]); iMerges.push(`A${iRows.length}:G${iRows.length}`);
  iRows.push(['序号', '报送日期', '材料名称', '报送对象', N, N, N]);
  mats.forEach((x, i) => iRows.push([i + 1, cn(x[0]), x[1], x[2], N, N, N]));
  const lv = new Set(media.filter((x) => x[0] <= CUTOFF).map((x) => x[2]));
  assert.deepStrictEqual([...lv].sort(), ['市级', '省级'].sort());

  // ---- facts: the system export
  const ts = (n) => `2021-09-06 ${pad(14 + Math.floor(n / 20), 2)}:${pad((n * 7) % 60, 2)}:${pad((n * 13) % 60, 2)}`;
  const YN = '是=1，否=0';
  const spec = [
    ['GD-JC-001', '县（市、区）名称', '文本', '开平市', N],
    ['GD-JC-002', '考评截止日期', '日期', '2021-08-31 00:00:00', N],
    ['GD-JC-003', '常住人口', '人', 748777, '第七次全国人口普查'],
    ['GD-JC-004', '行政村数', '个', 226, N],
    ['GD-JC-005', '社区（居委会）数', '个', 32, N],
    ['GD-JC-006', '省定贫困村数', '个', 14, '相对贫困村'],
    ['GD-ZZ-001', '领导小组牵头领导职务', '文本', '市长', '组长'],
    ['GD-ZZ-002', '领导小组成员单位', '文本', '商务局;财政局;农业农村局;乡村振兴局;发展和改革局;交通运输局;邮政管理局', N],
    ['GD-ZZ-003', '是否正式印发示范县工作方案', YN, 1, '开府办〔2019〕88号'],
    ['GD-ZZ-004', '是否出台支持农村电商发展政策', YN, 1, '开府〔2020〕9号'],
    ['GD-ZZ-005', '方案制定（自评分）', '分（1-2）', 2, N],
    ['GD-ZZ-006', '政策支持（自评分）', '分（1-2）', 2, N],
    ['GD-ZZ-007', '项目管理制度（自评分）', '分（1-2）', 2, N],
    ['GD-ZZ-008', '工作台账（自评分）', '分（1-2）', 1, '部分台账为事后补录'],
    ['GD-FW-001', '县级电子商务公共服务中心投入运营日期', '日期', '2020-06-18 00:00:00', N],
    ['GD-FW-002', '有免费培训场所、培训设备，能组织电商基础培训', YN, 1, N],
    ['GD-FW-003', '为特色农产品提供免费展示、销售服务', YN, 1, N],
    ['GD-FW-004', '为电子商务市场主体提供免费摄影、美工服务', YN, 1, N],
    ['GD-FW-005', '组织农产品统一推广、指导特色农产品品牌建设', YN, 1, N],
    ['GD-FW-006', '为电子商务发展提供其他衍生增值服务', YN, 1, N],
    ['GD-FW-007', '是否建设或整合、优化当地电商产业园', YN, 1, N],
    ['GD-FW-008', '电商产业园入驻企业数', '家', 19, N],
    ['GD-SX-001', '网销调研并形成针对性建议（自评分）', '分（1-2）', 2, N],
    ['GD-SX-002', '网络促销活动成效（自评分）', '分（1-2）', 2, N],
    ['GD-SX-003', '是否有专业第三方电子商务运营或服务商', YN, 1, N],
    ['GD-SX-004', '行政村物流快递覆盖率是否达100%', YN, 1, N],
    ['GD-SX-005', '交易标准、冷链及溯源系统（自评分）', '分（1-2）', 1, N],
    ['GD-SX-006', '2019年农村网络零售额', '元', 3125000000, '省商务厅反馈'],
    ['GD-SX-007', '2020年农村网络零售额', '元', 3980000000, '省商务厅反馈'],
    ['GD-SX-008', '2020年农村网络零售额同比增速', '%', 27.36, N],
    ['GD-SX-009', '2019年农产品网络零售额', '元', 412000000, N],
    ['GD-SX-010', '2020年农产品网络零售额', '元', 553000000, N],
    ['GD-SX-011', '2020年农产品网络零售额同比增速', '%', 34.22, N],
    ['GD-PX-001', '培训人次', '人次', 5236, '截至考评截止日'],
    ['GD-PX-002', '有劳动能力的建档立卡贫困人口数（不含外出务工）', '人', 150, N],
    ['GD-PX-003', '参加培训的建档立卡贫困人口数', '人', 108, N],
    ['GD-XX-001', '专栏公示创建方案', YN, 1, N],
    ['GD-XX-002', '专栏公示项目基本信息', YN, 1, N],
    ['GD-XX-003', '专栏公示项目建设进度', YN, 1, N],
    ['GD-XX-004', '专栏设立征求意见或监督举报窗口', YN, 0, '拟于9月增设'],
    ['GD-XX-005', '能否统计电商扶贫情况', YN, 1, N],
    ['GD-ZJ-001', '下达资金总额', '元', 5000000, N],
    ['GD-ZJ-002', '累计拨付资金', '元', spent, '截至2021年8月31日'],
    ['GD-ZJ-003', '是否制定资金管理制度', YN, 1, N],
    ['GD-ZJ-004', '是否建立资金专用台账', YN, 1, N],
    ['GD-ZJ-005', '资金管理制度（自评分）', '分（1-5）', 4, N],
    ['GD-ZJ-006', '资金台账（自评分）', '分（1-5）', 4, N],
    ['GD-ZJ-007', '资金及时拨付（自评分）', '分（1-5）', 4, N],
    ['GD-ZJ-008', '项目总体进度', '%', 92, N],
    ['GD-FJ-001', '是否发生安全生产、质量事故或重大经济损失', YN, 0, N],
    ['GD-FJ-002', '是否存在弄虚作假', YN, 0, N],
  ];
  assert(Math.abs(3980 / 3125 - 1.2736) < 0.00005 && Math.abs(553 / 412 - 1.3422) < 0.00005);
  const exportRows = (sp, when, who) => [['序号', '指标编码', '指标名称', '计量单位', '填报值', '说明', '填报人', '填报时间'], ...sp.map((x, i) => [i + 1, x[0], x[1], x[2], x[3], x[4], who, when(i)])];
  const F = exportRows(spec, ts, '司徒××');
  // the June export, kept as a hidden copy
  const old = spec.map((x) => x.slice());
  const setOld = (code, v, note) => { const row = old.find((x) => x[0] === code); row[3] = v; if (note !== undefined) row[4] = note; };
  setOld('GD-JC-002', '2021-06-30 00:00:00'); setOld('GD-ZZ-004', 0, '征求意见中'); setOld('GD-PX-001', 3864, N); setOld('GD-PX-003', 86);
  setOld('GD-ZJ-002', 3126000, '截至2021年6月30日'); setOld('GD-ZJ-008', 71); setOld('GD-FW-008', 16); setOld('GD-ZZ-006', 1);
  const OLD = exportRows(old, (i) => `2021-07-05 09:${pad(10 + Math.floor(i / 6), 2)}:${pad((i * 11) % 60, 2)}`, '司徒××');

  // ---- chart data (for the report's PowerPoint charts)
  const months = []; for (let m = 0; m < 16; m++) months.push(new Date(Date.UTC(2020, 4 + m, 1)).toISOString().slice(0, 7));
  const cRows = [['图表数据（汇报PPT用，数据取自各台账，勿删）', N, N, N, N], ['月份', '当月培训人次', '累计培训人次', '累计建成站点（个）', N]];
  let cum = 0;
  for (const ym of months) {
    const n = sum(sess.filter((s) => monthOf(s.date) === ym).map((s) => s.n)); cum += n;
    cRows.push([cnMonth(ym), n, cum, st.filter((s) => s.date <= `${ym}-31`).length, N]);
  }
  assert.strictEqual(cum, 5236);
  cRows.push([N, N, N, N, N]);
  cRows.push(['培训对象构成（截至2021年8月）', '人次', N, N, N]);
  const groups = {};
  sess.filter((s) => s.date <= CUTOFF).forEach((s) => { groups[s.target] = (groups[s.target] || 0) + s.n; });
  Object.entries(groups).forEach(([g, n]) => cRows.push([g, n, N, N, N]));
  assert.strictEqual(sum(Object.values(groups)), 5236);

  const toc = [['开平市电子商务进农村综合示范创建考评资料目录', N, N], ['序号', '材料名称', '所在工作表'],
    [1, '考评数据填报（省系统导出）', '自评数据（系统导出）'], [2, '图表数据', '图表数据'], [3, '村（居）委会名单', '行政村名单'], [4, '村级电商服务站点台账', '站点台账'],
    [5, '培训台账', '培训台账'], [6, '贫困户参训名单', '贫困户参训名单'], [7, '建档立卡贫困人口名单', '建档立卡贫困人口'], [8, '产业园入驻企业名单', '产业园企业'],
    [9, '专项资金拨付台账', '资金台账'], [10, '信息报送、专栏公开及宣传推广', '信息报送与宣传']];

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3,
    'work.center': 13, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 2, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.deepStrictEqual(Object.keys(points), ALLIDS);
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, points['work.center']);
  assert.strictEqual(2 + 2 + 1 + 1 + 1 + 2, points['work.upward']);
  const base = sum(SCORED.map((id) => points[id]));
  assert.strictEqual(base, 88);
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  const total = base + bonus;
  assert.strictEqual(total, 91);
  const derivation = [
    'asOf: 自评数据（系统导出）GD-JC-002 考评截止日期 2021-08-31；隐藏表“Sheet1 (2)”是7月5日的旧导出（截止2021-06-30、培训3864人次、拨付312.6万、政策0），不读',
    'org.leadership: GD-ZZ-001 牵头领导“市长”（主要领导），GD-ZZ-002 成员单位含商务局、财政局、农业农村局、乡村振兴局 → 2',
    'org.plan: 方案已印发（1，开府办〔2019〕88号），方案制定自评分 2 → 2',
    'org.policy: 政策已出台（1），政策支持自评分 2 → 2（旧表里的0和1分不读）',
    'org.management: 项目管理制度 2 + 工作台账 1 → 3',
    `work.center: 中心2020-06-18运营 ≤ 2021-08-31 → 2，≤ 2021-02-28 → 2；免费培训、展示销售、摄影美工、品牌推广、其他增值服务均为1 → 2+1+1+1+1；产业园 1 → 2；入驻企业22行，截至8月31日在园 ${new Set(inPark.map((e) => e.code)).size} 家（开平潭江物流2021.1.15、开平月山电子商务2021.5.31已退园，开平沙塘网络科技2021-09-10才入驻）< 20 → 0；类型 平台/销售/运营服务/直播/物流 ≥ 3 → 1；合计 13`,
    `work.coverage: 名单行政村（类别“村”）226个，>200 以200为基数；站点台账163行，截止日前覆盖 ${cov.size} 个行政村（6村各有第2个邮政惠农服务点只算一次；3个社区站点不计；4个站点2021年9–10月才建，其中水口镇那个建站时间是文本序列号“${serial('2021-09-15')}”= 2021-09-15）→ 150/200 = 75% ≥ 70% → 5（若误用226为基数则66.4%）；省定贫困村14个全部有站点 → 100% → 5；合计 10`,
    'work.upward: 网销调研 2 + 网络促销 2 + 第三方运营服务商 1 + 名单“快递进村”226个村全部 √ → 1 + 交易标准冷链溯源 1 + 农产品网络零售额 55300/41200 − 1 = 34.2% ≥ 30%（农村网零27.4%不够，任一即可）→ 2；合计 9',
    `work.training: 培训台账第1—33期（截止日前）参训人次合计 ${preTimes}（含“xxx人”式文本；第34、35期2021年9月不计；合计行不计；《贫困户参训名单》132行已含在各期人次里，不另加）÷ min(748777, 500000) = ${pct(preTimes, 500000, 3)} ≥ 1% → 10（若不封顶则0.70%）；贫困人口名单230人，有劳动能力（普通/技能/弱劳动力）且未外出务工 150人；截止日前参训名单中身份证号匹配到 108人（12人参训两次只计一次；2人身份证末位小写x按X匹配；5名外出务工、3名无/丧失劳动能力者不计；4人只参加9月的班不计）→ 108/150 = 72% ≥ 50% → 10；合计 20`,
    'info.disclosure: 专栏公示方案、项目信息、进度均为1，但征求意见/监督举报窗口为0（拟于9月增设）→ 内容不全 0；专栏更新2020年9月至2021年8月每月都有 → 2；合计 2',
    'info.reporting: 月报登记2020年9月至2021年8月缺2021年2月 → 不定时 1；能统计电商扶贫情况 1，且登记表“含电商扶贫统计”有“是” → 3；合计 4',
    'promo.cases: 2020年12月25日、2021年7月16日向江门市商务局报送经验材料 → 2',
    'promo.media: 截止日前：南方日报、广东广播电视台（省级）→ 4；江门日报（市级）→ 3；开平市融媒体中心（县级）那条在2021-09-10，不计 → 7',
    'fund.system: 已制定（1），自评 4 → 4',
    'fund.ledger: 已建立（1），自评 4 → 4',
    `fund.spending: 资金台账截止日前9笔 ${spent.toLocaleString('en-US')} 元（万元列与元列是同一笔，按行取一次：只填万元的52.6万、38.2万换算为元；2021-09-14的35万不计；合计行不计）÷ 5,000,000 = ${pct(spent, 5000000)} ≥ 70% → 取自评及时拨付 4 → 4`,
    'bonus.poorTraining: 贫困人口培训率 108/150 = 72% ≥ 70% → 2',
    'bonus.tvCase: 2021-06-08 广东广播电视台《广东新闻联播》（省级电视，电商扶贫典型案例“是”）→ 1',
    'veto.incident: GD-FJ-001 = 0 → 不否决 → 0',
    'veto.progress: 项目总体进度 92% ≥ 40% → 不否决 → 0',
    'veto.fraud: GD-FJ-002 = 0 → 不否决 → 0',
    `合计: 2+2+2+3+13+10+9+20+2+4+2+7+4+4+4 = ${base}，加分 2+1 = ${bonus} → ${total}；未否决`,
  ];
  const sheets = [
    { name: '目录', rows: rect(toc), merges: ['A1:C1'] },
    { name: '自评数据（系统导出）', rows: rect(F) },
    { name: 'Sheet1 (2)', rows: rect(OLD), hidden: true },
    { name: '图表数据', rows: rect(cRows), merges: ['A1:E1'] },
    { name: '行政村名单', rows: rect(vRows), merges: vMerges },
    { name: '站点台账', rows: rect(sRows), merges: ['A1:H1'] },
    { name: '培训台账', rows: rect(tRows), merges: ['A1:H1'] },
    { name: '贫困户参训名单', rows: rect(lRows), merges: ['A1:H1', 'A2:H2'] },
    { name: '建档立卡贫困人口', rows: rect(pRows), merges: pMerges },
    { name: '产业园企业', rows: rect(eRows), merges: ['A1:G1'] },
    { name: '资金台账', rows: rect(fRows), merges: ['A1:H1'] },
    { name: '信息报送与宣传', rows: rect(iRows), merges: iMerges },
  ];
  write('counties', 'b19-c1-kaiping.json', {
    description: `开平市（江门）商务局整本考评工作簿，12个表，高分（91分含加分3分）。事实表是从省考评填报系统导出的“指标编码|指标名称|计量单位|填报值|说明|填报人|填报时间”清单：是否项填1/0（单位写“是=1，否=0”），日期为“2020-06-18 00:00:00”文本，金额以元、增速以“%”单位下的27.36填写，自评分单位“分（1-2）”。另有：目录页、“图表数据”（汇报PPT用的月度培训人次、站点累计，不是台账）、隐藏的“Sheet1 (2)”（7月导出的旧版，截止日、培训人次、拨付额、政策均为旧值，不读）。台账：村（居）名单226个行政村（超过200以200为基数），类别只写一个字“村/居”，镇列纵向合并；站点台账三个镇的建站时间是粘贴成文本的Excel序列号（如“${firstSerial}”）；培训台账按期次记人次，另有《贫困户参训名单》（标题注明已计入各期人次，不能再加）；贫困人口名单按户合并户编号/户主/家庭人口，含与户主关系、弱劳动力、在校生；资金台账“拨付金额（万元）”与“拨付金额（元）”两列是同一笔钱（部分只填一列）；报送、专栏、宣传、经验材料四块上下叠放在一张表。陷阱：常住人口74.9万要封顶50万；226个行政村要封顶200；截止日后的站点、培训班、拨付、入驻企业、县级报道；监督举报窗口缺；2021年2月缺报。`,
    sheets,
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
    derivation,
  });
})();

// =====================================================================================
// C2 曲江区（韶关）— middling. Facts: a 数据核对表 the clerk made before the inspection:
// 指标 | 单位 | 自评表填报数 | 台账核对数 | 差异 | 差异原因 (the stated figure is the 填报数; the
// 核对数 is only the clerk's recount). A short 自评表 with 自评分 + 扣分原因 gives the claim (75).
// Sign-in rows with text Excel serials as dates, IDs with spaces / full-width digits / lower-case x,
// 重复录入 rows. Points lost: late centre, no park, coverage < 70%, one poor village only after the
// cut-off, two villages without express, training 0.88%, poor training 45%, irregular column.
// =====================================================================================
(function c2() {
  const REG = '440205';
  const r = rng(1921);
  const newId = makeIdFactory(1922);
  const nm = nameFactory(1923);
  const ph = phoneFactory(1924);
  const vill = villageFactory(1925, ['小坑林场']);
  const towns = [['马坝镇', 22, 8, 0], ['大塘镇', 10, 1, 1], ['枫湾镇', 12, 1, 2], ['小坑镇', 7, 1, 2], ['沙溪镇', 11, 1, 1], ['乌石镇', 10, 1, 1], ['樟市镇', 11, 1, 1], ['白土镇', 12, 1, 0], ['罗坑镇', 6, 1, 2]];
  const admin = [], comm = [];
  for (const [t, n, c, p] of towns) {
    for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: i >= 1 && i <= p });
    for (let i = 0; i < c; i++) comm.push({ town: t, name: c > 1 ? vill().replace(/村$/, '') + '社区' : t.replace(/镇$/, '') + '社区' });
  }
  assert.strictEqual(admin.length, 101); assert.strictEqual(comm.length, 16);
  const poorV = admin.filter((v) => v.poor);
  assert.strictEqual(poorV.length, 10);
  const noExpress = admin.filter((v) => !v.poor && v.town === '罗坑镇').slice(0, 1).concat(admin.filter((v) => !v.poor && v.town === '小坑镇').slice(0, 1));
  assert.strictEqual(noExpress.length, 2);

  const vRows = [['曲江区村（居）民委员会名单', N, N, N, N, N, N], ['序号', '镇', '村（居）委会名称', '性质', '是否省定贫困村', '快递是否进村', '备注']];
  const vMerges = ['A1:G1'];
  let k = 0;
  for (const [t] of towns) {
    const first = vRows.length;
    for (const v of admin.filter((x) => x.town === t)) vRows.push([++k, t, v.name + '民委员会', '行政村', v.poor ? '是' : '否', noExpress.includes(v) ? '否' : '是', noExpress.includes(v) ? '邮政代投，未设快递点' : N]);
    for (const c of comm.filter((x) => x.town === t)) vRows.push([++k, t, c.name + '居民委员会', '社区', N, N, N]);
    vMerges.push(`B${first + 1}:B${vRows.length}`);
  }
  vRows.push(['合计：行政村101个（其中省定贫困村10个），社区16个', N, N, N, N, N, N]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---- stations
  const nonPoor = shuffle(r, admin.filter((v) => !v.poor));
  const st = [];
  const pre = () => randDate(r, '2020-05-01', '2021-08-28');
  poorV.slice(0, 9).forEach((v) => st.push({ town: v.town, village: v.name, date: pre() }));
  st.push({ town: poorV[9].town, village: poorV[9].name, date: '2021-09-08' });
  nonPoor.slice(0, 57).forEach((v) => st.push({ town: v.town, village: v.name, date: pre() }));
  nonPoor.slice(57, 60).forEach((v) => st.push({ town: v.town, village: v.name, date: randDate(r, '2021-09-02', '2021-09-30') }));
  nonPoor.slice(0, 2).forEach((v) => st.push({ town: v.town, village: v.name, date: pre(), second: true }));
  st.push({ town: '马坝镇', village: comm[0].name, date: '2020-11-12' });
  st.push({ town: '大塘镇', village: comm[8].name, date: '2021-03-03' });
  st.push({ town: '小坑镇', village: '小坑林场', date: '2021-04-22' });
  assert.strictEqual(st.length, 75);
  const adminSet = new Set(admin.map((v) => v.name));
  const cov = new Set(st.filter((s) => s.date <= CUTOFF && adminSet.has(s.village)).map((s) => s.village));
  assert.strictEqual(cov.size, 66);
  const covPoor = poorV.filter((v) => cov.has(v.name)).length;
  assert.strictEqual(covPoor, 9);
  assert.strictEqual(tierVillages(66, 101), 2); assert.strictEqual(tierPoorVillages(9, 10), 3);
  const townOrder = towns.map((t) => t[0]);
  st.sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || (a.date < b.date ? -1 : 1));
  const sRows = [['曲江区村级电商服务站点清单', N, N, N, N, N, N, N], ['序号', '所在镇', '所在村', '站点名称', '站长', '联系电话', '挂牌时间', '备注']];
  st.forEach((s, i) => sRows.push([i + 1, s.town, s.village, s.village === '小坑林场' ? '曲江区国营小坑林场电商服务点' : s.second ? s.village.replace(/村$/, '') + '快递驿站（电商服务点）' : s.village.replace(/(村|社区)$/, '') + '电商服务站', nm(), ph(), i % 3 === 0 ? { date: s.date } : dotted(s.date), s.date > CUTOFF ? '9月新挂牌' : N]));

  // ---- poor persons: one row per person
  const E = [], M = [], NL = [];
  const persons = [];
  const stat = shuffle(r, [...Array(120).fill('E'), ...Array(30).fill('M'), ...Array(25).fill('N')]);
  let xLeft = 2;
  stat.forEach((s) => {
    const v = admin[Math.floor(r() * admin.length)];
    const sex = r() < 0.5 ? 'M' : 'F';
    const wantX = s === 'E' && xLeft > 0 ? (xLeft--, true) : false;
    const p = { id: newId(REG, sex, wantX, s === 'N' ? 1938 : 1960, s === 'N' ? 20 : 40), name: nm(), sex, town: v.town, village: v.name, status: s };
    persons.push(p); ({ E, M, N: NL })[s].push(p);
  });
  assert.deepStrictEqual([E.length, M.length, NL.length], [120, 30, 25]);
  const ppRows = [['曲江区建档立卡贫困人口名单', N, N, N, N, N, N, N], ['序号', '镇', '村', '姓名', '性别', '身份证号', '劳动能力', '务工情况']];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.name, p.sex === 'M' ? '男' : '女', p.id, p.status === 'N' ? '无劳动能力' : '有劳动能力', p.status === 'M' ? '外出务工' : p.status === 'E' ? '在家' : '—']));

  // ---- training sign-ins
  const xE = E.filter((p) => p.id.endsWith('X'));
  assert.strictEqual(xE.length, 2);
  const plainE = shuffle(r, E.filter((p) => !p.id.endsWith('X')));
  const trainedE = [...xE, ...plainE.slice(0, 52)];
  const septOnly = plainE.slice(52, 56);
  const form = new Map(); // person -> display form of the ID
  xE.forEach((p) => form.set(p, lowerX(p.id)));
  plainE.slice(0, 6).forEach((p) => form.set(p, spaced(p.id)));
  plainE.slice(6, 10).forEach((p) => form.set(p, fullwidth(p.id)));
  const preRows = [];
  for (const p of trainedE) preRows.push({ p, poor: true });
  for (const p of trainedE.slice(10, 18)) preRows.push({ p, poor: true });
  for (const p of M.slice(0, 4)) preRows.push({ p, poor: true });
  for (const p of NL.slice(0, 3)) preRows.push({ p, poor: true });
  assert.strictEqual(preRows.length, 69);
  while (preRows.length < 2518) {
    const sex = r() < 0.5 ? 'M' : 'F';
    const p = { id: newId(REG, sex, undefined, 1962, 40), name: nm(), sex, town: pick(r, townOrder) };
    const u = r();
    if (u < 0.02) form.set(p, spaced(p.id)); else if (u < 0.03) form.set(p, fullwidth(p.id)); else if (p.id.endsWith('X') && u < 0.2) form.set(p, lowerX(p.id));
    preRows.push({ p, poor: false });
  }
  const sDates = ['2020-06-12', '2020-06-29', '2020-07-16', '2020-08-06', '2020-08-27', '2020-09-10', '2020-09-24', '2020-10-15', '2020-10-29', '2020-11-12', '2020-11-26', '2020-12-10', '2020-12-24', '2021-01-14', '2021-01-28', '2021-03-04', '2021-03-18', '2021-04-01', '2021-04-22', '2021-05-13', '2021-05-27', '2021-06-10', '2021-06-24', '2021-07-08', '2021-07-22', '2021-08-12', '2021-08-26'];
  const sizes = sDates.map((_, i) => 80 + ((i * 37) % 27));
  let diff = 2518 - sum(sizes), ii = 0;
  while (diff !== 0) { const s = diff > 0 ? 1 : -1; sizes[ii++ % sizes.length] += s; diff -= s; }
  assert.strictEqual(sum(sizes), 2518);
  let ok = false;
  while (!ok) {
    shuffle(r, preRows); ok = true; let off = 0;
    for (const n of sizes) { const ids = preRows.slice(off, off + n).map((x) => x.p.id); if (new Set(ids).size !== n) { ok = false; break; } off += n; }
  }
  const septRows = septOnly.map((p) => ({ p, poor: true }));
  while (septRows.length < 95) { const sex = r() < 0.5 ? 'M' : 'F'; septRows.push({ p: { id: newId(REG, sex, undefined, 1965, 38), name: nm(), sex, town: pick(r, townOrder) }, poor: false }); }
  shuffle(r, septRows);
  const classes = ['农村电商基础班', '网店运营班', '直播带货班', '农产品摄影美工班', '电商扶贫专题班'];
  const dateCell = (iso, si) => (si % 3 === 1 ? String(serial(iso)) : si % 3 === 2 ? dotted(iso) : { date: iso });
  const tRows = [['曲江区电子商务进农村培训签到汇总表', N, N, N, N, N, N, N, N, N], ['序号', '培训日期', '培训班次', '姓名', '性别', '身份证号码', '所在镇', '是否贫困户', '联系电话', '备注']];
  const all = [];
  let off = 0;
  sizes.forEach((n, si) => { preRows.slice(off, off + n).forEach((x) => all.push({ si, iso: sDates[si], x })); off += n; });
  septRows.forEach((x) => all.push({ si: 27, iso: '2021-09-15', x }));
  // 14 flagged duplicates, one of them a poor trainee
  const dupAt = new Set();
  const poorIdx = all.findIndex((a) => a.x.poor && a.x.p.id && E.includes(a.x.p));
  dupAt.add(poorIdx);
  while (dupAt.size < 14) { const i = Math.floor(r() * 2518); dupAt.add(i); }
  let seq = 0;
  const idShown = (p) => form.get(p) || p.id;
  all.forEach((a, i) => {
    const cls = a.si === 27 ? '第28期 电商创业提升班' : `第${a.si + 1}期 ${classes[a.si % 5]}`;
    const row = [++seq, dateCell(a.iso, a.si), cls, a.x.p.name, a.x.p.sex === 'M' ? '男' : '女', idShown(a.x.p), a.x.p.town, a.x.poor ? '是' : '否', ph(), N];
    tRows.push(row);
    if (dupAt.has(i)) { const d = row.slice(); d[0] = ++seq; d[9] = '重复录入'; tRows.push(d); }
  });
  tRows.push(['注：标注“重复录入”的为同一学员重复登记，统计时剔除。第28期为2021年9月15日举办。', N, N, N, N, N, N, N, N, N]);
  const serialEx = tRows.find((x) => typeof x[1] === 'string' && /^\d{5}$/.test(x[1]));
  assert(serialEx);
  const preCount = all.filter((a) => a.iso <= CUTOFF).length;
  assert.strictEqual(preCount, 2518);
  assert.strictEqual(tierTraining(2518, 284600), 8);
  assert.strictEqual(tierTraining(2518 + 14, 284600), 8);
  const elig = new Set(E.map((p) => p.id));
  const trained = new Set(all.filter((a) => a.iso <= CUTOFF && a.x.poor && elig.has(canonId(idShown(a.x.p)))).map((a) => canonId(idShown(a.x.p))));
  assert.strictEqual(trained.size, 54);
  assert.strictEqual(tierPoorPersons(54, 120), 8);
  const naive = new Set(all.filter((a) => a.iso <= CUTOFF && elig.has(idShown(a.x.p))).map((a) => idShown(a.x.p)));
  assert.strictEqual(naive.size, 42); // 35% if the IDs were not normalised
  all.forEach((a) => { if (a.x.p.id) assert(validId(a.x.p.id)); });

  // ---- funds (元, amounts as text with thousands separators)
  const funds = [['2020-07-20', '县级电商公共服务中心装修建设', 960000], ['2020-10-28', '村级电商服务站点建设（一期）', 648000], ['2020-12-30', '农村物流配送体系建设', 420000], ['2021-02-05', '电商人才培训', 186000], ['2021-04-20', '公共服务中心运营', 380000], ['2021-05-31', '村级电商服务站点建设（二期）', 512000], ['2021-07-15', '农产品品牌推广', 364000], ['2021-08-26', '电商人才培训', 250000], ['2021-09-18', '站点运营奖补', 500000]];
  const spent = sum(funds.filter((f) => f[0] <= CUTOFF).map((f) => f[2]));
  assert.strictEqual(spent, 3720000);
  assert(spent * 100 >= 5000000 * 70);
  const money = (x) => x.toLocaleString('en-US') + '.00';
  const fRows = [['曲江区省级电子商务进农村综合示范专项资金使用台账', N, N, N, N, N], ['下达资金：5,000,000.00元', N, N, N, '单位：元', N], ['序号', '日期', '摘要', '收款单位', '金额', '备注']];
  funds.forEach((f, i) => fRows.push([i + 1, cn(f[0]), f[1], i % 2 ? '韶关市曲江区某电子商务有限公司' : '中国邮政集团有限公司韶关市曲江区分公司', money(f[2]), f[0] > CUTOFF ? '9月拨付' : N]));
  fRows.push(['合计', N, N, N, money(sum(funds.map((f) => f[2]))), N]);

  // ---- reports, disclosures, media, materials
  const rRows = [['曲江区示范创建工作月报报送记录（报韶关市商务局）', N, N, N], ['序号', '报送日期', '报送内容', '是否含电商扶贫数据']];
  WINDOW.forEach((ym, i) => { const d = `${ym}-${pad(4 + ((i * 5) % 6), 2)}`; rRows.push([i + 1, { date: d }, `${cnMonth(ym)}工作进展`, i >= 2 ? '是' : '否']); });
  const discDates = [['2020-03-20', '曲江区电子商务进农村综合示范工作方案'], ['2020-05-12', '曲江区电子商务进农村综合示范项目基本信息'], ['2020-05-12', '关于设立电子商务进农村综合示范监督举报电话的公告'], ['2020-10-16', '项目建设进度（2020年9月）'], ['2020-12-08', '项目建设进度（2020年11月）'], ['2021-01-22', '项目建设进度（2020年12月）'], ['2021-03-30', '项目建设进度（2021年1—2月）'], ['2021-05-19', '项目建设进度（2021年3—4月）'], ['2021-06-25', '项目建设进度（2021年5月）'], ['2021-08-18', '项目建设进度（2021年6—7月）']];
  assert.strictEqual(regularity(discDates.map((x) => x[0])), 'partial');
  const dRows = [['区政府网站电商进农村专栏更新记录', N, N], ['序号', '发布日期', '标题']];
  discDates.forEach((x, i) => dRows.push([i + 1, dotted(x[0]), x[1]]));
  const media = [['2020-12-16', '韶关日报', '市级', '报纸', '曲江：村级电商站成了“致富驿站”'], ['2021-05-20', '曲江区融媒体中心', '县级', '网络', '我区举办农产品直播带货大赛'], ['2021-09-20', '南方+', '省级', '网络', '曲江马坝油粘米触网热销']];
  const mRows = [['曲江区电商进农村宣传报道', N, N, N, N, N], ['序号', '报道时间', '媒体名称', '媒体级别', '报道形式', '标题']];
  media.forEach((x, i) => mRows.push([i + 1, cn(x[0]), ...x.slice(1)]));
  const matRows = [['经验材料报送情况', N, N, N], ['序号', '报送时间', '材料名称', '报送单位'], [1, { date: '2021-06-18' }, '曲江区电子商务进农村综合示范创建经验做法', '韶关市商务局']];

  // ---- facts: 数据核对表
  const H = ['序号', '指标', '单位', '自评表填报数', '台账核对数', '差异', '差异原因/说明'];
  let no = 0;
  const row = (label, unit, a, b, d, note) => [++no, label, unit, a, b === undefined ? '—' : b, d === undefined ? '—' : d, note || N];
  const sec = (t) => [t, N, N, N, N, N, N];
  const F = [
    ['曲江区电子商务进农村综合示范考评数据核对表', N, N, N, N, N, N],
    ['说明：“自评表填报数”为报韶关市商务局自评表所填数据；“台账核对数”为2021年9月8日对照各台账重新统计数，供迎检参考。', N, N, N, N, N, N],
    H,
    sec('一、基本情况'),
    row('区（县）名称', '—', '曲江区'),
    row('考评截止日期', '—', '2021年8月31日'),
    row('常住人口', '万人', 28.46, '—', '—', '第七次全国人口普查'),
    row('行政村数', '个', 101, 101, 0),
    row('社区居委会数', '个', 16, 16, 0),
    row('省定贫困村数', '个', 10, 10, 0),
    row('领导小组组长', '—', '区委副书记、区长', '—', '—', '成员单位：区商务局、财政局、农业农村局、乡村振兴局、交通运输局等'),
    sec('二、组织与服务体系'),
    row('示范县工作方案印发', '—', '是', '有文件', '—', '曲府办〔2020〕7号'),
    row('支持农村电商发展政策出台', '—', '是', '有文件', '—', '曲府办〔2020〕19号'),
    row('县级公共服务中心投入运营日期', '—', '2021年4月12日', '2021年4月12日', '—', '原计划2020年12月，因装修延期'),
    row('中心免费培训场所、设备', '—', '是', '是'),
    row('中心免费展示、销售特色农产品', '—', '是', '是'),
    row('中心免费摄影、美工服务', '—', '否', '否', '—', '摄影棚未建成'),
    row('统一推广、品牌建设指导', '—', '是', '是'),
    row('其他衍生增值服务', '—', '是', '是'),
    row('电商产业园', '—', '否', '否', '—', '未建设'),
    row('专业第三方电商运营服务商', '—', '是', '是'),
    row('行政村物流快递覆盖率', '%', 100, 98.02, 1.98, '2个村为邮政代投，未设快递点'),
    row('有电商站点的行政村', '个', 70, 66, 4, '4个站点9月才挂牌'),
    sec('三、网络零售'),
    row('2019年农村网络零售额', '万元', 126400),
    row('2020年农村网络零售额', '万元', 152800),
    row('2020年农村网络零售额同比增速', '%', 20.9),
    row('2019年农产品网络零售额', '万元', 18200),
    row('2020年农产品网络零售额', '万元', 22900),
    row('2020年农产品网络零售额同比增速', '%', 25.8),
    sec('四、人才培训'),
    row('培训人次', '人次', '2,600', '2,518', 82, '核对数剔除“重复录入”及9月15日培训班'),
    row('有劳动能力的建档立卡贫困人口（不含外出务工）', '人', 120, 120, 0, '区乡村振兴局确认'),
    row('参加培训的建档立卡贫困人口', '人', 58, 54, 4, '4人为9月参训'),
    sec('五、信息公开与报送'),
    row('专栏公示创建方案', '—', '是', '是'),
    row('专栏公示项目基本信息', '—', '是', '是'),
    row('专栏公示项目建设进度', '—', '是', '是', '—', '未能每月更新'),
    row('专栏设立监督举报窗口', '—', '是', '是'),
    row('统计电商扶贫情况', '—', '是', '是'),
    sec('六、资金管理'),
    row('省级专项资金下达', '万元', 500, 500, 0),
    row('累计拨付', '万元', 372, 372, 0),
    row('资金管理制度', '—', '已制定', '有文件'),
    row('资金专用台账', '—', '已建立', '有'),
    row('项目总体进度', '%', 80, '—', '—'),
    sec('七、一票否决事项'),
    row('安全生产、质量事故或重大经济损失', '—', '否'),
    row('弄虚作假', '—', '否'),
    sec('八、主观评分项自评（分）'),
    row('方案制定（1-2分）', '分', 2),
    row('政策支持（1-2分）', '分', 2),
    row('项目管理制度（1-2分）', '分', 2),
    row('工作台账（1-2分）', '分', 2),
    row('网销调研及针对性建议（1-2分）', '分', 1),
    row('网络促销活动（1-2分）', '分', 2),
    row('交易标准、冷链、溯源（1-2分）', '分', 1),
    row('资金管理制度（1-5分）', '分', 4),
    row('资金台账（1-5分）', '分', 4),
    row('资金及时拨付（1-5分）', '分', 4),
    [N, N, N, N, N, N, N],
    ['核对人：邱××　　审核：曾××', N, N, N, N, N, N],
  ];
  const fMerges = ['A1:G1', 'A2:G2'];
  F.forEach((x, i) => { if (typeof x[0] === 'string' && /^[一二三四五六七八]、/.test(x[0])) fMerges.push(`A${i + 1}:G${i + 1}`); });
  assert(Math.abs(152800 / 126400 - 1.209) < 0.0005 && Math.abs(22900 / 18200 - 1.258) < 0.0005);
  assert(Math.abs(2600 / 284600 - 0.009136) < 0.000001);

  const claimRows = [
    ['组织领导', 2, 2, N], ['方案制定', 2, 2, N], ['政策支持', 2, 2, N], ['项目管理', 4, 4, N],
    ['服务体系建设（县级中心及产业园）', 15, 9, '未建电商产业园（扣5分）；暂未提供免费摄影美工服务（扣1分）'],
    ['服务体系建设（村级站点覆盖）', 10, 7, '行政村覆盖率65.3%，未达70%（扣3分）'],
    ['农村产品上行', 10, 6, '网销调研不够深入（扣1分）；交易标准、冷链溯源仍在建设（扣1分）；网络零售额增速未达30%（扣2分）'],
    ['电商人才培训', 20, 16, '培训人次占常住人口0.91%（扣2分）；贫困人口培训率48.3%（扣2分）'],
    ['信息公开', 4, 3, '专栏未能按月更新（扣1分）'],
    ['数据上报', 6, 6, N], ['案例总结', 2, 2, N], ['经验推广', 8, 4, '暂无省级及以上媒体报道（扣4分）'],
    ['制度建立', 5, 4, N], ['资金台账', 5, 4, N], ['资金支出', 5, 4, '资金支出率74.4%'],
  ];
  const claimedTotal = sum(claimRows.map((x) => x[2]));
  assert.strictEqual(claimedTotal, 75);
  const ZRows = [['曲江区2019年省级电子商务进农村综合示范创建考评自评表', N, N, N, N], ['序号', '评价指标', '分值', '自评分', '扣分原因']];
  claimRows.forEach((x, i) => ZRows.push([i + 1, ...x]));
  ZRows.push(['加分项', '建档立卡贫困人口培训率70%及以上', 2, 0, '培训率未达70%'], [N, '电商扶贫典型案例获电视播报', 2, 0, '无'], ['一票否决项', '安全事故、进度不足40%、弄虚作假', N, '无', N], ['合计', N, 100, claimedTotal, N]);
  const claimed = { 'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4, 'work.center': 9, 'work.coverage': 7, 'work.upward': 6, 'work.training': 16, 'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4, 'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 0, 'bonus.tvCase': 0 };
  assert.strictEqual(sum(SCORED.map((id) => claimed[id])), 75);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 7, 'work.coverage': 5, 'work.upward': 5, 'work.training': 16,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.deepStrictEqual(Object.keys(points), ALLIDS);
  assert.strictEqual(2 + 0 + 2 + 1 + 0 + 1 + 1 + 0 + 0 + 0, points['work.center']);
  assert.strictEqual(1 + 2 + 1 + 0 + 1 + 0, points['work.upward']);
  assert.strictEqual(tierVillages(66, 101) + tierPoorVillages(9, 10), points['work.coverage']);
  assert.strictEqual(tierTraining(2518, 284600) + tierPoorPersons(54, 120), points['work.training']);
  const base = sum(SCORED.map((id) => points[id]));
  assert.strictEqual(base, 70);
  const derivation = [
    'asOf: 数据核对表“考评截止日期 2021年8月31日”',
    'org.leadership: 领导小组组长“区委副书记、区长”（区长为主要领导），成员单位区商务局、财政局、农业农村局、乡村振兴局齐全 → 2',
    'org.plan: 方案已印发（曲府办〔2020〕7号），自评 2 → 2',
    'org.policy: 政策已出台（曲府办〔2020〕19号），自评 2 → 2',
    'org.management: 项目管理制度 2 + 工作台账 2 → 4',
    'work.center: 中心2021-04-12投入运营 ≤ 2021-08-31 → 2；但晚于2021-02-28，运行不满6个月 → 0（自评表仍按满6个月给了这2分）；免费培训 是 2、展示销售 是 1、摄影美工 否 0、品牌推广 是 1、其他增值 是 1；电商产业园 否、无入驻企业台账 → 0+0+0；合计 7',
    `work.coverage: 名单行政村101个（社区16个不计）；站点清单75行，截止日前有站点的行政村 ${cov.size} 个（2村各有2个点只算一次；2个社区站点、“小坑林场”服务点（不在名单）不计；4个站点2021年9月挂牌不计）→ 66/101 = 65.3%，在50%–70%之间 → 2；省定贫困村10个，截止日前覆盖9个（第10个贫困村的站点2021-09-08才挂牌）→ 90%，在80%–100%之间 → 3；合计 5（核对表“有电商站点的行政村 70”是填报数，不是台账）`,
    'work.upward: 网销调研 1 + 网络促销 2 + 第三方运营服务商 是 1 + 快递：名单“快递是否进村”列有2个行政村“否”（邮政代投），以名单为准 → 0（核对表填报100%与名单不符）+ 交易标准冷链溯源 1 + 增速：农村网零 152800/126400 − 1 = 20.9%，农产品 22900/18200 − 1 = 25.8%，均 < 30% → 0；合计 5',
    `work.training: 签到汇总表截止日前 ${preCount} 行（另有14行备注“重复录入”剔除；第28期2021-09-15的95行不计；日期有真日期、“2020.7.16”文本和“${serialEx[1]}”式文本序列号）÷ 常住人口284600 = ${pct(2518, 284600, 2)}，在0.8%–1%之间 → 8（核对表“2,600”为填报数，按台账计）；贫困人口名单175人，有劳动能力且“在家”（非外出务工）120人；截止日前签到表中身份证号匹配到 54 人（其中6人身份证号带空格、4人全角数字、2人末位小写x，规范化后匹配；8人参训两次只算一次；4名外出务工、3名无劳动能力者不计；4人只参加9月班不计）→ 54/120 = 45%，在40%–50%之间 → 8；合计 16`,
    'info.disclosure: 方案、项目基本信息、建设进度、监督举报窗口四项均为“是”（更新记录也有方案、项目信息和监督举报电话公告）→ 2；2020年9月至2021年8月只有7个月有更新 → 不定时 1；合计 3',
    'info.reporting: 月报报送记录2020年9月至2021年8月每月都有 → 3；统计电商扶贫情况“是”，且记录“是否含电商扶贫数据”有“是” → 3；合计 6',
    'promo.cases: 2021-06-18 向韶关市商务局报送经验材料 → 2',
    'promo.media: 截止日前：韶关日报（市级）3 + 曲江区融媒体中心（县级）1；南方+（省级）2021-09-20在截止日后，不计 → 4',
    'fund.system: 资金管理制度已制定，自评 4 → 4',
    'fund.ledger: 资金专用台账已建立，自评 4 → 4',
    `fund.spending: 资金台账（元，千分位文本）截止日前8笔合计 ${spent.toLocaleString('en-US')} 元（2021年9月18日的50万元不计，合计行不计）÷ 5,000,000 = ${pct(spent, 5000000)} ≥ 70% → 取自评及时拨付 4 → 4`,
    'bonus.poorTraining: 贫困人口培训率 45% < 70% → 0',
    'bonus.tvCase: 无电商扶贫典型案例电视播报 → 0',
    'veto.incident: 核对表“安全生产、质量事故或重大经济损失：否” → 0',
    'veto.progress: 项目总体进度 80% ≥ 40% → 0',
    'veto.fraud: “弄虚作假：否” → 0',
    `合计: 2+2+2+4+7+5+5+16+3+6+2+4+4+4+4 = ${base}，加分 0 → ${base}；未否决（县里自评75分：中心多算运行满6个月2分、贫困村覆盖多算2分、快递覆盖多算1分）`,
  ];
  const guide = [['填表说明'], ['一、本工作簿为曲江区电子商务进农村综合示范创建考评迎检资料，数据截至2021年8月31日。'], ['二、“数据核对表”中“自评表填报数”为上报数，“台账核对数”为对照台账复核数，两者不一致的在说明栏注明原因。'], ['三、签到表中“重复录入”行为同一人重复登记，统计时应剔除。'], ['四、金额单位：资金台账为元，数据核对表为万元。'], ['五、各台账由区商务局电商股负责更新，联系人：邱××。']];
  const sheets = [
    { name: '填表说明', rows: rect(guide) },
    { name: '数据核对表', rows: rect(F), merges: fMerges },
    { name: '自评表', rows: rect(ZRows), merges: ['A1:E1'] },
    { name: '村居名单', rows: rect(vRows), merges: vMerges },
    { name: '站点清单', rows: rect(sRows), merges: ['A1:H1'] },
    { name: '培训签到', rows: rect(tRows), merges: ['A1:J1'] },
    { name: '贫困人口名单', rows: rect(ppRows), merges: ['A1:H1'] },
    { name: '资金台账', rows: rect(fRows), merges: ['A1:F1'] },
    { name: '报送记录', rows: rect(rRows), merges: ['A1:D1'] },
    { name: '专栏更新', rows: rect(dRows), merges: ['A1:C1'] },
    { name: '宣传报道', rows: rect(mRows), merges: ['A1:F1'] },
    { name: '经验材料', rows: rect(matRows), merges: ['A1:D1'] },
  ];
  write('counties', 'b19-c2-qujiang.json', {
    description: `曲江区（韶关）商务局整本迎检工作簿，12个表，中等（70分，县自评75分）。事实表是迎检前做的“数据核对表”：指标|单位|自评表填报数|台账核对数|差异|差异原因/说明，填报数与核对数并列（培训人次2,600对2,518、参训贫困人口58对54、有站点行政村70对66、快递覆盖100对98.02），读填报数为所填事实、得分按台账；末尾“主观评分项自评（分）”一节给判断分。另有“自评表”（评价指标|分值|自评分|扣分原因，县自评75分）和“填表说明”。台账：村（居）民委员会名单（性质 行政村/社区，快递列2村“否”）；站点清单挂牌时间真日期与“2020.11.5”文本混用，含林场服务点、社区站点、9月挂牌站点；培训签到一人一行，日期有真日期、“2020.7.16”文本和粘贴成文本的Excel序列号（如“${serialEx[1]}”），身份证号带空格、全角数字、小写x，14行备注“重复录入”；贫困人口名单一人一行（务工情况 外出务工/在家）；资金台账金额为“960,000.00”文本。扣分原因清楚：中心2021年4月才运营（不满6个月）、无产业园、行政村覆盖65.3%、第10个贫困村站点9月才建、2村快递未通、培训0.88%、贫困人口培训率45%、专栏不定时更新、无省级报道。`,
    sheets,
    expect: { asOf: '2021-08-31', total: base, bonus: 0, vetoed: false, points, claimed },
    derivation,
  });
})();

// =====================================================================================
// C3 高要区（肇庆）— weak (45), no veto. Facts: a monthly progress report with cumulative figures,
// one column per month 2020年9月…2021年8月 plus a "9月（截至15日）" column filled after the
// cut-off (read the 8月 column), and a 当月培训人次 row above the 累计 row. No poor-person roster
// (the two poor-person counts are facts), no park, no express column in the village list (the
// fact says 96%), no experience materials. Village list: one row per town with all names in one
// cell. Disclosure log and report log side by side on one sheet. A hidden 下拉选项 sheet.
// =====================================================================================
(function c3() {
  const r = rng(1931);
  const nm = nameFactory(1933);
  const ph = phoneFactory(1934);
  const vill = villageFactory(1935);
  const towns = [['南岸街道', 4, 12], ['金渡镇', 10, 1], ['金利镇', 12, 1], ['蛟塘镇', 11, 1], ['回龙镇', 12, 1], ['白土镇', 11, 1], ['莲塘镇', 11, 1], ['活道镇', 10, 1], ['禄步镇', 13, 1], ['小湘镇', 10, 1], ['大湾镇', 10, 1], ['新桥镇', 11, 1], ['白诸镇', 8, 1], ['乐城镇', 10, 1], ['水南镇', 7, 1], ['河台镇', 9, 1], ['蚬岗镇', 9, 1]];
  const admin = [], comm = [];
  for (const [t, n, c] of towns) {
    for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: t !== '南岸街道' && i === 2 });
    for (let i = 0; i < c; i++) comm.push({ town: t, name: c > 1 ? vill().replace(/村$/, '') + '社区' : t.replace(/(镇|街道)$/, '') + '社区' });
  }
  assert.strictEqual(admin.length, 168); assert.strictEqual(comm.length, 28);
  const poorV = admin.filter((v) => v.poor);
  assert.strictEqual(poorV.length, 16);
  const townOrder = towns.map((t) => t[0]);

  // ---- 行政村一览: one row per town
  const vRows = [['高要区各镇（街道）行政村、社区一览表', N, N, N, N], ['序号', '镇（街道）', '行政村数', '行政村名称', '社区（居委会）']];
  towns.forEach(([t], i) => vRows.push([i + 1, t, admin.filter((v) => v.town === t).length, admin.filter((v) => v.town === t).map((v) => v.name).join('、'), comm.filter((c) => c.town === t).map((c) => c.name).join('、')]));
  vRows.push(['合计', N, 168, '行政村168个', '社区28个']);
  const pvRows = [['高要区省定贫困村名单', N, N, N], ['序号', '镇', '贫困村', '备注']];
  poorV.forEach((v, i) => pvRows.push([i + 1, v.town, v.name + '委会', N]));

  // ---- stations
  const nonPoor = shuffle(r, admin.filter((v) => !v.poor));
  const poorShuf = shuffle(r, poorV.slice());
  const st = [];
  const pre = () => randDate(r, '2020-06-01', '2021-08-20');
  poorShuf.slice(0, 13).forEach((v) => st.push({ town: v.town, village: v.name, date: pre() }));
  nonPoor.slice(0, 82).forEach((v) => st.push({ town: v.town, village: v.name, date: pre() }));
  nonPoor.slice(0, 2).forEach((v) => st.push({ town: v.town, village: v.name, date: pre(), second: true }));
  st.push({ town: poorShuf[13].town, village: poorShuf[13].name, date: '2021-10-12', late: true });
  nonPoor.slice(82, 85).forEach((v) => st.push({ town: v.town, village: v.name, date: randDate(r, '2021-09-03', '2021-09-28'), late: true }));
  assert.strictEqual(st.length, 101);
  const adminSet = new Set(admin.map((v) => v.name));
  const covAt = (d) => new Set(st.filter((s) => s.date <= d && adminSet.has(s.village)).map((s) => s.village));
  const cov = covAt(CUTOFF);
  assert.strictEqual(cov.size, 95);
  assert.strictEqual(poorV.filter((v) => cov.has(v.name)).length, 13);
  assert.strictEqual(tierVillages(95, 168), 2); assert.strictEqual(tierPoorVillages(13, 16), 3);
  st.sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || (a.date < b.date ? -1 : 1));
  const sRows = [['高要区村级电商服务站点台账', N, N, N, N, N, N, N], ['序号', '镇街', '所在村', '站点名称', '类型', '挂牌时间', '运营主体', '备注']];
  st.forEach((s, i) => {
    const monthOnly = s.late || i % 4 === 1;
    sRows.push([i + 1, s.town, s.village, s.second ? s.village.replace(/村$/, '') + '供销电商服务点' : s.village.replace(/村$/, '') + '村电商服务站', s.second ? '供销社' : i % 3 ? '邮政' : '新建', monthOnly ? cnMonth(monthOf(s.date)) : { date: s.date }, s.second ? '区供销社' : '邮政高要分公司', s.late ? '截止日后挂牌' : N]);
  });

  // ---- training sessions
  const sess = [];
  let d0 = Date.UTC(2020, 7, 6);
  for (let i = 0; i < 36; i++) { sess.push({ date: new Date(d0).toISOString().slice(0, 10) }); d0 += (10 + Math.floor(r() * 3)) * 86400000; }
  assert(sess[35].date <= CUTOFF && sess[35].date >= '2021-08-01', sess[35].date);
  const sizes = sess.map(() => 80 + Math.floor(r() * 30));
  let diff = 3420 - sum(sizes), ii = 0;
  while (diff !== 0) { const s = diff > 0 ? 1 : -1; sizes[ii++ % sizes.length] += s; diff -= s; }
  sess.forEach((s, i) => { s.n = sizes[i]; s.poor = 20 + Math.floor(r() * 16); });
  sess.push({ date: '2021-09-09', n: 150, poor: 41 });
  const preT = sum(sess.filter((s) => s.date <= CUTOFF).map((s) => s.n));
  assert.strictEqual(preT, 3420);
  assert.strictEqual(tierTraining(3420, 706200), 6); // 0.684% of 500,000
  assert(3420 * 1000 < 706200 * 6); // 0.48% (no points) if the cap were forgotten
  const poorTimes = sum(sess.filter((s) => s.date <= CUTOFF).map((s) => s.poor));
  const topics = ['农村电商基础', '网店运营', '直播带货', '农产品包装设计', '电商扶贫专题', '微商与社群营销'];
  const tRows = [['高要区电子商务培训台账', N, N, N, N, N, N, N], ['序号', '培训时间', '培训地点', '培训内容', '培训对象', '参训人数', '其中贫困户', '备注']];
  sess.forEach((s, i) => tRows.push([i + 1, i % 5 === 2 ? cn(s.date) : { date: s.date }, i % 4 === 0 ? '区电商公共服务中心' : `${townOrder[1 + (i % 16)]}综合文化站`, topics[i % 6], i % 6 === 4 ? '建档立卡贫困户' : '农户、返乡青年、个体户', i % 7 === 3 ? `${s.n}人` : s.n, s.poor, s.date > CUTOFF ? '2021年9月' : N]));
  tRows.push(['合计', N, N, N, N, sum(sess.map((s) => s.n)), sum(sess.map((s) => s.poor)), N]);

  // ---- funds (万元)
  const funds = [['2020-09-25', '公共服务中心建设', 960000], ['2020-12-18', '村级站点建设（一期）', 725000], ['2021-02-10', '电商培训', 286000], ['2021-04-23', '物流配送体系', 543000], ['2021-06-30', '村级站点建设（二期）', 388000], ['2021-08-20', '电商培训', 178000], ['2021-09-13', '公共服务中心运营', 450000]];
  const spent = sum(funds.filter((f) => f[0] <= CUTOFF).map((f) => f[2]));
  assert.strictEqual(spent, 3080000);
  assert(spent * 100 < 5000000 * 70 && spent * 100 >= 5000000 * 40);
  const fRows = [['高要区省级电商进农村专项资金拨付台账', N, N, N, N, '单位：万元'], ['序号', '拨付时间', '项目', '收款单位', '拨付金额', '备注']];
  funds.forEach((f, i) => fRows.push([i + 1, dotted(f[0]), f[1], i % 2 ? '肇庆市高要区某电子商务有限公司' : '中国邮政集团有限公司肇庆市高要区分公司', f[2] / 10000, f[0] > CUTOFF ? '9月拨付' : N]));
  fRows.push(['合计', N, N, N, Number((sum(funds.map((f) => f[2])) / 10000).toFixed(1)), N]);

  // ---- disclosures | reports side by side
  const disc = [['2020-04-15', '高要区电子商务进农村综合示范工作方案'], ['2020-06-10', '高要区电子商务进农村综合示范项目基本信息'], ['2020-11-20', '项目建设进展情况'], ['2021-01-26', '项目建设进展情况'], ['2021-04-28', '项目建设进展情况'], ['2021-07-30', '项目建设进展情况']];
  const reps = [['2020-09-08', '是'], ['2020-10-12', '否'], ['2020-12-07', '是'], ['2021-01-11', '是'], ['2021-03-09', '否'], ['2021-05-10', '是'], ['2021-07-06', '是']];
  assert.strictEqual(regularity(disc.map((x) => x[0])), 'partial');
  assert.strictEqual(regularity(reps.map((x) => x[0])), 'partial');
  const oRows = [['政府网站专栏更新记录', N, N, N, '向肇庆市商务局报送月报记录', N, N, N], ['序号', '更新日期', '标题', N, '序号', '报送日期', '报送内容', '含电商扶贫数据']];
  for (let i = 0; i < Math.max(disc.length, reps.length); i++) {
    const a = disc[i], b = reps[i];
    oRows.push([a ? i + 1 : N, a ? dotted(a[0]) : N, a ? a[1] : N, N, b ? i + 1 : N, b ? { date: b[0] } : N, b ? `${cnMonth(monthOf(b[0]))}工作进展` : N, b ? b[1] : N]);
  }
  const media = [['2020-12-22', '西江日报', '市级', '高要：电商服务站开到家门口'], ['2021-06-15', '高要区融媒体中心', '区级', '我区举办首届农产品直播节']];
  const mRows = [['高要区电商宣传报道', N, N, N, N], ['序号', '日期', '媒体', '级别', '标题']];
  media.forEach((x, i) => mRows.push([i + 1, { date: x[0] }, ...x.slice(1)]));

  // ---- facts: the monthly progress report
  const months = [...WINDOW, '2021-09'];
  const colEnd = (ym) => (ym === '2021-09' ? '2021-09-15' : monthEnd(ym));
  const stationsCum = months.map((ym) => st.filter((s) => s.date <= colEnd(ym)).length);
  const covCum = months.map((ym) => covAt(colEnd(ym)).size);
  const poorCum = months.map((ym) => { const c = covAt(colEnd(ym)); return poorV.filter((v) => c.has(v.name)).length; });
  const monthT = months.map((ym) => sum(sess.filter((s) => monthOf(s.date) === ym && s.date <= colEnd(ym)).map((s) => s.n)));
  const cumT = months.map((ym) => sum(sess.filter((s) => s.date <= colEnd(ym)).map((s) => s.n)));
  const poorPers = [310, 352, 410, 455, 498, 520, 570, 615, 660, 702, 731, 760, 812];
  const fundCum = months.map((ym) => sum(funds.filter((f) => f[0] <= colEnd(ym)).map((f) => f[2])) / 10000);
  const prog = [12, 18, 22, 26, 30, 33, 37, 41, 45, 49, 52, 55, 58];
  assert.strictEqual(cumT[11], 3420); assert.strictEqual(covCum[11], 95); assert.strictEqual(fundCum[11], 308); assert.strictEqual(poorCum[11], 13);
  assert(cumT[12] > 3420 && fundCum[12] > 308);
  const monthHead = months.map((ym, i) => (i === 0 || ym.endsWith('-01') ? cnMonth(ym) : `${Number(ym.slice(5))}月`));
  monthHead[12] = '9月（截至15日）';
  const W = 3 + 13 + 1;
  const blank = () => Array(W).fill(N);
  const line = (...cells) => { const x = blank(); cells.forEach((c, i) => { x[i] = c; }); return x; };
  const F = [
    line('肇庆市高要区电子商务进农村综合示范创建工作进度月报表'),
    line('填报单位：肇庆市高要区商务局（盖章）', N, N, N, N, N, N, N, N, N, N, N, '报送时间：2021年9月16日'),
    line('一、基本情况'),
    line('区（县）：高要区', N, N, '考评截止日期：2021年8月31日', N, N, N, '常住人口（万人）：70.62'),
    line('行政村（个）：168', N, N, '社区（个）：28', N, N, N, '省定贫困村（个）：16'),
    line('有劳动能力的建档立卡贫困人口（不含外出务工）：1860人', N, N, '领导小组组长：分管副区长', N, N, N, '成员单位：区商务局、财政局、农业农村局、乡村振兴局等'),
    line('省级专项资金下达（万元）：500', N, N, '2019年农村网络零售额（万元）：95000', N, N, N, '2020年农村网络零售额（万元）：118000'),
    line('2019年农产品网络零售额（万元）：16500', N, N, '2020年农产品网络零售额（万元）：22100'),
    blank(),
    line('二、主要指标累计完成情况'),
    line('序号', '指标', '单位', ...monthHead, '备注'),
    line(1, '村级电商服务站点数（累计）', '个', ...stationsCum, N),
    line(2, '有站点的行政村（累计）', '个', ...covCum, N),
    line(3, '其中：省定贫困村', '个', ...poorCum, N),
    line(4, '当月培训人次', '人次', ...monthT, N),
    line(5, '累计培训人次', '人次', ...cumT, '含2020年9月前'),
    line(6, '累计参训建档立卡贫困人口', '人', ...poorPers, '按人数，不重复计'),
    line(7, '累计拨付省级资金', '万元', ...fundCum, N),
    line(8, '项目总体进度', '%', ...prog, N),
    blank(),
    line('三、工作完成情况'),
    line('序号', '事项', N, '完成情况', '完成时间/说明'),
    line(1, '示范县工作方案印发', N, '是', '2020年3月（高府办〔2020〕11号）'),
    line(2, '支持农村电商发展政策出台', N, '否', '起草中'),
    line(3, '县级电子商务公共服务中心投入运营', N, '是', '2020年12月20日'),
    line(4, '免费培训场所、培训设备', N, '是'),
    line(5, '特色农产品免费展示、销售', N, '是'),
    line(6, '免费摄影、美工服务', N, '否'),
    line(7, '农产品统一推广、品牌建设指导', N, '否'),
    line(8, '其他衍生增值服务', N, '否'),
    line(9, '电商产业园', N, '否', '未建'),
    line(10, '专业第三方电商运营服务商', N, '否'),
    line(11, '行政村物流快递全覆盖', N, '否', '覆盖率96%，7个村未通'),
    line(12, '专栏公示创建方案', N, '是'),
    line(13, '专栏公示项目基本信息', N, '是'),
    line(14, '专栏公示项目建设进度', N, '否', '未按月公示'),
    line(15, '专栏设立征求意见或监督举报窗口', N, '否'),
    line(16, '统计电商扶贫情况', N, '是'),
    line(17, '资金管理制度', N, '是'),
    line(18, '资金专用台账', N, '是'),
    line(19, '发生安全生产、质量事故或重大损失', N, '否'),
    line(20, '弄虚作假', N, '否'),
    blank(),
    line('四、主观项自评'),
    line('序号', '评分项', N, '分值范围', '自评分', '说明'),
    line(1, '方案制定', N, '1-2', 1),
    line(2, '政策支持', N, '1-2', N, '政策未出台'),
    line(3, '项目管理制度', N, '1-2', 1),
    line(4, '工作台账', N, '1-2', 1),
    line(5, '网销调研及针对性建议', N, '1-2', 1),
    line(6, '网络促销活动', N, '1-2', 1),
    line(7, '交易标准、冷链、溯源', N, '1-2', 1),
    line(8, '资金管理制度', N, '1-5', 3),
    line(9, '资金台账', N, '1-5', 3),
    line(10, '资金及时拨付', N, '1-5', 2),
  ];
  const fMerges = ['A1:Q1', 'A2:L2', 'M2:Q2'];
  F.forEach((x, i) => { if (typeof x[0] === 'string' && /^[一二三四]、/.test(x[0])) fMerges.push(`A${i + 1}:Q${i + 1}`); });
  assert(Math.abs(22100 / 16500 - 1.339) < 0.0005 && 118000 * 100 < 95000 * 130);
  assert(760 * 100 >= 1860 * 40 && 760 * 100 < 1860 * 50);
  assert(poorTimes * 100 >= 1860 * 50, 'the 其中贫困户 person-times would look like a 50%+ rate');

  const chart = [['图表数据：各镇（街道）站点覆盖情况（截至2021年8月31日）', N, N, N], ['镇（街道）', '行政村数', '有站点行政村', '覆盖率']];
  for (const [t] of towns) { const n = admin.filter((v) => v.town === t).length; const c = admin.filter((v) => v.town === t && cov.has(v.name)).length; chart.push([t, n, c, `${(100 * c / n).toFixed(1)}%`]); }
  chart.push(['全区', 168, 95, '56.5%']);
  const dd = [['是否', '镇街', '站点类型', '培训对象'], ['是', '南岸街道', '新建', '农户'], ['否', ...townOrder.slice(1, 2), '邮政', '返乡青年']];
  for (let i = 2; i < townOrder.length; i++) dd.push([N, townOrder[i], i === 2 ? '供销社' : N, i === 2 ? '建档立卡贫困户' : i === 3 ? '个体户' : N]);
  const cover = [['肇庆市高要区'], ['电子商务进农村综合示范创建考评资料'], [N], ['目　录'], ['一、进度月报表'], ['二、行政村一览、省定贫困村名单'], ['三、村级电商服务站点台账'], ['四、培训台账'], ['五、资金拨付台账'], ['六、专栏更新及月报报送记录'], ['七、宣传报道'], [N], ['高要区商务局'], ['二〇二一年九月']];

  const points = {
    'org.leadership': 1, 'org.plan': 1, 'org.policy': 0, 'org.management': 2,
    'work.center': 7, 'work.coverage': 5, 'work.upward': 5, 'work.training': 14,
    'info.disclosure': 1, 'info.reporting': 4, 'promo.cases': 0, 'promo.media': 4,
    'fund.system': 3, 'fund.ledger': 3, 'fund.spending': -5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.deepStrictEqual(Object.keys(points), ALLIDS);
  assert.strictEqual(2 + 2 + 2 + 1 + 0 + 0 + 0 + 0 + 0 + 0, points['work.center']);
  assert.strictEqual(1 + 1 + 0 + 0 + 1 + 2, points['work.upward']);
  assert.strictEqual(tierTraining(3420, 706200) + tierPoorPersons(760, 1860), points['work.training']);
  const base = sum(SCORED.map((id) => points[id]));
  assert.strictEqual(base, 45);
  const derivation = [
    'asOf: 进度月报表“考评截止日期：2021年8月31日”（报送时间2021年9月16日不是截止日）',
    'org.leadership: 领导小组组长“分管副区长”（分管领导）→ 1',
    'org.plan: 方案已印发（高府办〔2020〕11号），自评 1 → 1',
    'org.policy: 政策出台“否”（起草中），自评分空 → 0',
    'org.management: 项目管理制度 1 + 工作台账 1 → 2',
    'work.center: 中心2020-12-20投入运营 ≤ 2021-08-31 → 2，≤ 2021-02-28 → 2；免费培训 是 2、展示销售 是 1；摄影美工、品牌推广、其他增值服务均“否” → 0；产业园“否”（未建、无企业台账）→ 0+0+0；合计 7',
    `work.coverage: 行政村一览（每镇一行、村名用“、”连在一格）共168个行政村（社区28个不计）；站点台账101行，截止日前覆盖 ${cov.size} 个行政村（2村另有供销电商服务点只算一次；“2021年9月”“2021年10月”挂牌的4个不计）→ 95/168 = 56.5%，在50%–70%之间 → 2；省定贫困村名单16个，截止日前覆盖13个（1个2021年10月才挂牌，2个没有站点）→ 81.25%，在80%–100%之间 → 3；合计 5（进度表8月列“有站点的行政村 95”与台账一致）`,
    'work.upward: 网销调研 1 + 网络促销 1 + 第三方运营服务商“否” 0 + 快递：行政村一览没有快递列，按事实“行政村物流快递全覆盖：否（覆盖率96%）” → 0 + 交易标准冷链溯源 1 + 农产品网零 22100/16500 − 1 = 33.9% ≥ 30%（农村网零24.2%不够，任一即可）→ 2；合计 5',
    `work.training: 培训台账第1—36期（截止日前）参训人数合计 ${preT}（含“xx人”文本；第37期2021-09-09的150人不计；合计行不计）÷ min(706200, 500000) = ${pct(3420, 500000, 3)}，在0.6%–0.8%之间 → 6（若不封顶为0.48%）；无贫困人口名单，按事实：有劳动能力贫困人口（不含外出务工）1860人，进度表“累计参训建档立卡贫困人口”取2021年8月列 760人（9月列812人在截止日后）→ 760/1860 = 40.9%，在40%–50%之间 → 8（台账“其中贫困户”合计${poorTimes}是人次，不是人数）；合计 14`,
    'info.disclosure: 专栏公示方案 是、项目信息 是，但建设进度“否”、监督举报窗口“否” → 内容不全 0；专栏更新记录2020年9月至2021年8月只有4个月有更新 → 不定时 1；合计 1',
    'info.reporting: 月报报送记录在2020年9月至2021年8月只有7个月 → 不定时 1；统计电商扶贫情况“是”，且记录“含电商扶贫数据”有“是” → 3；合计 4',
    'promo.cases: 无经验材料报送记录 → 0',
    'promo.media: 西江日报（肇庆市委机关报，级别栏“市级”）3 + 高要区融媒体中心（“区级”即县级）1 → 4',
    'fund.system: 资金管理制度 是，自评 3 → 3',
    'fund.ledger: 资金专用台账 是，自评 3 → 3',
    `fund.spending: 资金台账（单位：万元）截止日前6笔合计 308 万元 = ${spent.toLocaleString('en-US')} 元（2021-09-13的45万元不计；进度表8月列“累计拨付308”一致）÷ 5,000,000 = ${pct(spent, 5000000)} < 70% → 倒扣 −5（自评及时拨付2分不适用）`,
    'bonus.poorTraining: 贫困人口培训率 40.9% < 70% → 0',
    'bonus.tvCase: 无电视播报的电商扶贫典型案例 → 0',
    'veto.incident: “发生安全生产、质量事故或重大损失：否” → 0',
    'veto.progress: 项目总体进度取进度表2021年8月列 55% ≥ 40%（9月列58%在截止日后；资金拨付率61.6%也 ≥ 40%）→ 不否决 → 0',
    'veto.fraud: “弄虚作假：否” → 0',
    `合计: 1+1+0+2+7+5+5+14+1+4+0+4+3+3−5 = ${base}，加分 0 → ${base}；未否决`,
  ];
  const sheets = [
    { name: '封面', rows: rect(cover) },
    { name: '进度月报表', rows: rect(F), merges: fMerges },
    { name: '行政村一览', rows: rect(vRows), merges: ['A1:E1'] },
    { name: '省定贫困村', rows: rect(pvRows), merges: ['A1:D1'] },
    { name: '站点台账', rows: rect(sRows), merges: ['A1:H1'] },
    { name: '培训台账', rows: rect(tRows), merges: ['A1:H1'] },
    { name: '资金台账', rows: rect(fRows), merges: ['A1:E1'] },
    { name: '公开与报送', rows: rect(oRows), merges: ['A1:C1', 'E1:H1'] },
    { name: '宣传报道', rows: rect(mRows), merges: ['A1:E1'] },
    { name: '图表数据', rows: rect(chart), merges: ['A1:D1'] },
    { name: '下拉选项', rows: rect(dd), hidden: true },
  ];
  write('counties', 'b19-c3-gaoyao.json', {
    description: '高要区（肇庆）商务局整本考评工作簿，11个表，弱（45分，未否决）。事实表是“进度月报表”：上部“标签：值”基本情况，中部指标×月份的累计完成矩阵（2020年9月…2021年8月，另有截止日后填的“9月（截至15日）”一列；“当月培训人次”与“累计培训人次”两行并列），下部“完成情况 是/否”清单和主观项自评（政策支持自评分空着）。台账：行政村一览每镇一行、村名用“、”连在一格里、社区另列；省定贫困村另表；站点挂牌时间真日期与“2020年11月”混写；培训按期次记参训人数（有“96人”式文本和“其中贫困户”人次列）；资金台账单位万元；专栏更新记录与月报报送记录左右并排在一张表；宣传报道级别写“市级/区级”；另有封面目录页、图表数据页和隐藏的“下拉选项”页。证据缺得多：无贫困人口名单（贫困人口两数只在事实里）、无产业园、无经验材料、村名单无快递列（事实写覆盖率96%）、政策未出台、资金支出率61.6%倒扣5分；总体进度8月55%，不触发一票否决。',
    sheets,
    expect: { asOf: '2021-08-31', total: base, bonus: 0, vetoed: false, points },
    derivation,
  });
})();
