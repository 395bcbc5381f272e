'use strict';
// Batch 20 generator: writes ../facts, ../ledgers, ../counties relative to this file.
// Theme: sheets as they come out of other people's hands.
// Plain CommonJS, no dependencies, deterministic seeds. Run: node gen-b20.js
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
      const y = 1958 + Math.floor(r() * 45);
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
const SURN = ['陈', '林', '黄', '蔡', '郑', '李', '吴', '许', '杨', '马', '翁', '谢', '张', '王', '庄', '詹', '姚', '洪', '周', '梁', '柯', '钟', '刘', '邱'];
const GIV = ['春', '秀', '明', '华', '英', '国', '志', '桂', '兰', '金', '海', '玉', '建', '红', '丽', '伟', '芳', '强', '军', '平', '德', '发', '梅', '燕', '文', '新', '荣', '清', '水', '福', '永', '勇', '凤', '娟', '亮', '群', '辉', '霞', '生', '贵', '锐', '鸿', '佳', '少'];
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
const VA = ['大', '小', '新', '石', '黄', '白', '龙', '凤', '东', '西', '南', '北', '上', '下', '中', '高', '长', '金', '马', '牛', '鹤', '竹', '桂', '梅', '松', '茶', '禾', '莲', '青', '古', '平', '和', '安', '富', '永', '乌', '沙', '塘', '岭'];
const VB = ['塘', '坪', '坑', '岭', '田', '湾', '洞', '埔', '冲', '岗', '寨', '口', '陂', '源', '溪', '背', '角', '围', '垌', '社', '楼', '山', '江', '坝', '头', '尾', '美', '厝'];
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
function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sum = (a) => a.reduce((x, y) => x + y, 0);
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function monthOf(iso) { return iso.slice(0, 7); }
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; const y = m > 12 ? 2021 : 2020; WINDOW.push(`${y}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
function regularity(dates) { // full / partial / none over the 12-month window
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
function padRows(rows) {
  const w = Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.map(c => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
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
const FACT_KEYS = new Set(['county', 'asOf', 'residentPopulation', 'adminVillagesStated', 'poorVillagesStated', 'planIssued', 'policyIssued', 'centerOpened', 'centerFreeTraining', 'centerDisplay', 'centerPhoto', 'centerBrand', 'centerOther', 'parkBuilt', 'thirdPartyOperator', 'expressCoverage', 'ruralRetail2019', 'ruralRetail2020', 'agriRetail2019', 'agriRetail2020', 'ruralRetailGrowthStated', 'agriRetailGrowthStated', 'trainingPersonTimesStated', 'eligiblePoorPersonsStated', 'trainedPoorPersonsStated', 'disclosurePlan', 'disclosureProjects', 'disclosureProgress', 'disclosureWindow', 'povertyStatisticsStated', 'fundAllocated', 'fundSpentStated', 'fundSystemIssued', 'fundLedgerKept', 'overallProgress', 'vetoIncident', 'vetoFraud']);
const JUDGED = { 'org.plan': [1, 2], 'org.policy': [1, 2], 'org.management.system': [1, 2], 'org.management.ledger': [1, 2], 'work.upward.research': [1, 2], 'work.upward.promotion': [1, 2], 'work.upward.standards': [1, 2], 'fund.system': [1, 5], 'fund.ledger': [1, 5], 'fund.spending': [1, 5] };
const IND = { 'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4, 'work.center': 15, 'work.coverage': 10, 'work.upward': 10, 'work.training': 20, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8, 'fund.system': 5, 'fund.ledger': 5, 'fund.spending': 5, 'bonus.poorTraining': 2, 'bonus.tvCase': 2 };
function checkFactsExpect(e) {
  for (const k of Object.keys(e.facts)) assert(FACT_KEYS.has(k), 'fact key ' + k);
  for (const [k, v] of Object.entries(e.judged)) { assert(JUDGED[k], 'judged key ' + k); assert(v >= JUDGED[k][0] && v <= JUDGED[k][1], k); }
  for (const [k, v] of Object.entries(e.facts)) if (/^(asOf|centerOpened)$/.test(k)) assert(/^\d{4}-\d{2}(-\d{2})?$/.test(v), k);
  if (e.claimed) for (const [k, v] of Object.entries(e.claimed)) { assert(k in IND, 'claimed key ' + k); assert(v <= IND[k] && (v >= 0 || k === 'fund.spending'), k); }
  if (e.leadership) assert(['principal-all', 'principal', 'deputy', 'other'].includes(e.leadership));
}
function colName(i) { let s = ''; i++; while (i) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
assert.strictEqual(colName(0), 'A'); assert.strictEqual(colName(26), 'AA');

// =====================================================================
// F1 新会区 — the 江门市 bureau's template, filled by the district: where the answer did not fit,
// the 填报值 cell says “见说明” and the answer is typed into the 说明 column. The template's own
// 填报口径 column carries examples (“如：42.60”, “如：2020年10月1日”) that are not values.
// =====================================================================
(function f1() {
  const SEE = '见说明';
  const T = '江门市县（市、区）电子商务进农村综合示范创建考评数据填报表';
  const rows = [
    [T, N, N, N, N, N],
    ['（市商务局统一模板，各县（市、区）填报后于9月3日前报市局电商科）', N, N, N, N, N],
    ['填表说明：1.金额单位为万元，人口单位为万人，百分比填数字（如30.5表示30.5%）；2.“填报值”栏填写不下的，可填“见说明”，在“说明”栏填写；3.是否类填“是”或“否”；4.数据截至2021年8月31日。', N, N, N, N, N],
    ['填报单位（盖章）：江门市新会区商务局', N, N, N, '填报日期：2021年9月2日', N],
    ['序号', '填报项目', '单位', '填报口径（示例）', '填报值', '说明'],
    ['一、基本情况', N, N, N, N, N],
    [1, '县（市、区）名称', '—', '填写全称', '新会区', N],
    [2, '考评截止日期', '—', '统一填2021年8月31日', { date: '2021-08-31' }, N],
    [3, '常住人口', '万人', '以第七次全国人口普查数为准，保留两位小数，如：42.60', SEE, '七普常住人口85.94万人（户籍人口77.12万人，不作为培训基数）'],
    [4, '行政村数', '个', '不含社区（居委会）', 198, '另有社区居委会41个'],
    [5, '省定贫困村数', '个', '无则填0', SEE, '我区不属于省定贫困村分布地区，省定贫困村0个'],
    ['二、组织领导', N, N, N, N, N],
    [6, '示范创建工作领导小组组长', '—', '填写职务，如：县长', SEE, '区委副书记、区长任组长，常务副区长任常务副组长'],
    [7, '领导小组成员单位', '—', '列出主要成员单位', SEE, '区商务局、财政局、农业农村局、乡村振兴局、市场监管局、邮政管理局、供销社等12个单位'],
    [8, '示范县工作方案是否正式印发', '是/否', '附印发文件', SEE, '是，《江门市新会区电子商务进农村综合示范创建工作方案》（新府办函〔2019〕86号）'],
    [9, '是否出台支持农村电商发展的政策', '是/否', '附政策文件', '否', '《新会区农村电商人才扶持办法》正在征求意见，尚未印发'],
    ['三、服务体系建设', N, N, N, N, N],
    [10, '县级电子商务公共服务中心投入运营日期', '年月日', '如：2020年10月1日', SEE, '2020年12月18日投入运营（会城街道今古洲）'],
    [11, '有免费培训场所、培训设备，能组织电商基础培训', '是/否', N, '是', '培训室可容纳80人'],
    [12, '为特色农产品提供免费展示、销售服务', '是/否', N, SEE, '有，中心一楼设新会陈皮等农特产品展示展销区，免费入驻'],
    [13, '为电子商务市场主体提供免费摄影、美工服务', '是/否', N, SEE, '暂未提供，计划2021年底前引入摄影工作室'],
    [14, '组织农产品统一推广、指导特色农产品品牌建设', '是/否', N, '是', N],
    [15, '为电子商务发展提供其他衍生增值服务', '是/否', N, '是', '代办营业执照、网店开设咨询等'],
    [16, '建设或整合、优化当地电商产业园', '是/否', N, SEE, '已整合陈皮村电商产业园，现入驻企业26家'],
    [17, '有专业第三方电子商务运营或服务商', '是/否', N, '是', '运营服务商：广东侨乡优品电子商务有限公司'],
    [18, '行政村物流快递覆盖率100%', '是/否', '以邮政管理部门证明为准', SEE, '已实现，区邮政管理局出具证明，198个行政村全部通快递'],
    ['四、网络零售', N, N, N, N, N],
    [19, '2019年农村网络零售额', '万元', '以省商务厅反馈数为准', SEE, '52,310万元（省商务厅反馈数）'],
    [20, '2020年农村网络零售额', '万元', '同上', 66840, N],
    [21, '2020年农村网络零售额同比增速', '%', '如：30.5', SEE, '27.8%（未达30%）'],
    [22, '2019年农产品网络零售额', '万元', '以省商务厅反馈数为准', 18620, N],
    [23, '2020年农产品网络零售额', '万元', '同上', 25100, N],
    [24, '2020年农产品网络零售额同比增速', '%', '如：30.5', 34.8, N],
    ['五、人才培训', N, N, N, N, N],
    [25, '累计培训人次', '人次', '截至考评截止日', SEE, '截至8月31日累计培训5,236人次（其中线上直播培训1,870人次）'],
    [26, '有劳动能力的建档立卡贫困人口数（不含外出务工）', '人', '以扶贫部门确认数为准', SEE, '全区建档立卡贫困人口1,326人，其中有劳动能力且未外出务工412人'],
    [27, '参加培训的建档立卡贫困人口数', '人', '按人数统计，不按人次', 231, '参训贫困人口累计356人次'],
    ['六、信息公开及报送', N, N, N, N, N],
    [28, '专栏公示创建方案', '是/否', N, '是', N],
    [29, '专栏公示项目基本信息', '是/否', N, '是', N],
    [30, '专栏公示项目建设进度', '是/否', N, SEE, '已公示，每月更新项目建设进度'],
    [31, '专栏设立征求意见或监督举报窗口', '是/否', N, SEE, '尚未设立，拟于9月增设'],
    [32, '能统计电商扶贫情况', '是/否', N, '是', '每月随月报报送电商扶贫统计表'],
    ['七、资金及进度', N, N, N, N, N],
    [33, '省级专项资金下达总额', '万元', N, 500, N],
    [34, '累计拨付省级专项资金', '万元', '截至考评截止日', SEE, '截至8月31日累计拨付386.45万元（9月3日另拨付40万元，未计入）'],
    [35, '已制定资金管理制度', '是/否', N, '是', '《新会区电子商务进农村综合示范项目资金管理办法》'],
    [36, '已建立资金专用台账', '是/否', N, SEE, '承建方已建立资金专用台账，按项目分账核算'],
    [37, '项目总体进度', '%', '如：85', SEE, '约90%（中心、站点已完工，物流体系正在验收）'],
    ['八、一票否决', N, N, N, N, N],
    [38, '是否发生安全生产、质量事故或重大损失', '是/否', N, '否', N],
    [39, '是否存在弄虚作假', '是/否', N, '否', N],
    ['九、主观项自评（填分值）', N, N, N, N, N],
    [40, '方案制定（1-2分）', '分', N, 2, N],
    [41, '政策支持（1-2分）', '分', '未出台政策的不填', N, '政策尚未出台，不自评'],
    [42, '项目管理制度（1-2分）', '分', N, 2, N],
    [43, '工作台账（1-2分）', '分', N, SEE, '2分，各类工作台账齐全'],
    [44, '网销调研并形成针对性建议（1-2分）', '分', N, 1, N],
    [45, '网络促销活动成效（1-2分）', '分', N, 2, N],
    [46, '交易标准与冷链、溯源系统（1-2分）', '分', N, SEE, '1分（溯源系统试运行中）'],
    [47, '资金管理制度（1-5分）', '分', N, 5, N],
    [48, '资金台账（1-5分）', '分', N, SEE, '4分'],
    [49, '资金及时拨付（1-5分）', '分', N, 4, N],
    ['填报人：李××　　审核人：区商务局分管领导　　联系电话：0750-66×××××', N, N, N, N, N],
  ];
  const merges = ['A1:F1', 'A2:F2', 'A3:F3', 'A4:D4', 'E4:F4', `A${rows.length}:F${rows.length}`];
  rows.forEach((r, i) => { if (typeof r[0] === 'string' && /^[一二三四五六七八九]、/.test(r[0])) merges.push(`A${i + 1}:F${i + 1}`); });
  assert.strictEqual(merges.length, 6 + 9);
  // every numbered row 1..49 present once
  assert.deepStrictEqual(rows.filter(r => typeof r[0] === 'number').map(r => r[0]), Array.from({ length: 49 }, (_, i) => i + 1));
  // growths as the clerk states them agree with the amounts
  assert.strictEqual((66840 / 52310 - 1).toFixed(3), '0.278');
  assert.strictEqual((25100 / 18620 - 1).toFixed(3), '0.348');
  const seeCount = rows.filter(r => r[4] === SEE).length;
  assert.strictEqual(seeCount, 22);
  const expect = {
    facts: {
      county: '新会区',
      asOf: '2021-08-31',
      residentPopulation: 859400,
      adminVillagesStated: 198,
      poorVillagesStated: 0,
      planIssued: true,
      policyIssued: false,
      centerOpened: '2020-12-18',
      centerFreeTraining: true,
      centerDisplay: true,
      centerPhoto: false,
      centerBrand: true,
      centerOther: true,
      parkBuilt: true,
      thirdPartyOperator: true,
      expressCoverage: true,
      ruralRetail2019: 523100000,
      ruralRetail2020: 668400000,
      ruralRetailGrowthStated: 0.278,
      agriRetail2019: 186200000,
      agriRetail2020: 251000000,
      agriRetailGrowthStated: 0.348,
      trainingPersonTimesStated: 5236,
      eligiblePoorPersonsStated: 412,
      trainedPoorPersonsStated: 231,
      disclosurePlan: true,
      disclosureProjects: true,
      disclosureProgress: true,
      disclosureWindow: false,
      povertyStatisticsStated: true,
      fundAllocated: 5000000,
      fundSpentStated: 3864500,
      fundSystemIssued: true,
      fundLedgerKept: true,
      overallProgress: 0.9,
      vetoIncident: false,
      vetoFraud: false,
    },
    judged: {
      'org.plan': 2,
      'org.management.system': 2,
      'org.management.ledger': 2,
      'work.upward.research': 1,
      'work.upward.promotion': 2,
      'work.upward.standards': 1,
      'fund.system': 5,
      'fund.ledger': 4,
      'fund.spending': 4,
    },
    leadership: 'principal-all',
  };
  checkFactsExpect(expect);
  write('facts', 'b20-f1-xinhui.json', {
    description: '新会区（江门）商务局填的江门市商务局统一模板《县（市、区）电子商务进农村综合示范创建考评数据填报表》：序号|填报项目|单位|填报口径（示例）|填报值|说明，22个“填报值”格写“见说明”、真正的答案打在右边“说明”栏（“七普常住人口85.94万人（户籍人口77.12万人…）”“是，《…工作方案》（新府办函〔2019〕86号）”“暂未提供…”“约90%”“2分，各类工作台账齐全”），其余填报值直接填裸数（万元、%单位在单位列，34.8即34.8%）。读法：见说明的项取说明栏里该项的值；“填报口径（示例）”栏的“如：42.60”“如：2020年10月1日”“如：85”是模板示例，不是值；说明里的户籍人口、社区41个、入驻企业26家、贫困人口总数1,326人、线上1,870人次、参训356人次、9月3日另拨40万元都不是该行的值；政策支持未出台且自评留空（“不自评”），不列入 judged；省定贫困村“0个”是陈述的0；填报日期2021年9月2日不是截止日（截止日是真日期单元格）。',
    sheets: [{ name: '填报表', rows: padRows(rows), merges }],
    expect,
  });
})();

// =====================================================================
// F2 潮南区 — the clerk's corrected self-assessment: every indicator takes two rows (上行: 序号,
// 工作任务, 指标, 分值, 自评得分 with the clerk's inline correction; 下行: “自评说明：…” merged
// across C:F). Corrections typed into the score cell: “2→1”, “4→3分”, “原报13分，现调整为11分”,
// “8（调整后7）”, “0→2分”. The corrected figure is the claim.
// =====================================================================
(function f2() {
  const G1 = '加强组织领导与统筹协调（10分）', G2 = '深入推动电子商务进农村工作（55分）', G3 = '加强信息公开及报送（10分）', G4 = '加强宣传推广（10分）', G5 = '加强财政资金管理（15分）', G6 = '加分项（4分）', G7 = '一票否决项';
  // [id, group, name, weight, typed points, note, 自评说明, original, corrected]
  const items = [
    ['org.leadership', G1, '组织领导', 2, 2, N, '成立以区长为组长，区商务局、财政局、农业农村局、乡村振兴局等部门为成员的示范创建工作领导小组（附件1-1）。', 2, 2],
    ['org.plan', G1, '方案制定', 2, '2分', N, '《汕头市潮南区电子商务进农村综合示范创建工作方案》已正式印发（附件1-2）。', 2, 2],
    ['org.policy', G1, '政策支持', 2, '2→1', '9.6核改', '已出台《潮南区加快农村电子商务发展的若干措施》，用地、人才措施落实不够，原报2分，调减为1分。', 2, 1],
    ['org.management', G1, '项目管理', 4, '4→3分', '9.6核改', '①项目管理制度：已制定项目管理办法，建设、验收按制度执行，2分；②工作台账：部分站点台账记录不全，由2分调整为1分。', 4, 3],
    ['work.center', G2, '服务体系建设（县级中心及产业园）', 15, '原报13分，现调整为11分', '市局初审意见', '中心运营及各项服务见附件5；产业园入驻企业未达20家，调减2分。', 13, 11],
    ['work.coverage', G2, '服务体系建设（村级站点）', 10, 10, N, '行政村站点覆盖率76.2%，省定贫困村站点全覆盖（附件6 站点清单、站点视频）。', 10, 10],
    ['work.upward', G2, '农村产品上行', 10, '8（调整后7）', '9.6核改', '网销调研2分；网络促销活动2分；交易标准与冷链溯源由2分调为1分（溯源系统未全面使用）；其余分项见附件7。', 8, 7],
    ['work.training', G2, '电商人才培训', 20, 18, N, '培训人次超过常住人口1%；贫困人口培训率46.3%，按8分计。', 18, 18],
    ['info.disclosure', G3, '信息公开', 4, '4→3分', '9.6核改', '专栏2021年2月、3月未更新，按“不定时更新”计1分，原报4分调整为3分。', 4, 3],
    ['info.reporting', G3, '数据上报', 6, 6, N, '按月向市商务局报送工作进展及电商扶贫统计（附件10）。', 6, 6],
    ['promo.cases', G4, '案例总结', 2, '0→2分', '补计', '原以为未报送，经查2021年6月已向市商务局报送经验材料，补计2分。', 0, 2],
    ['promo.media', G4, '经验推广', 8, '原报8分，现调整为4分', '市局初审意见', '南方日报（省级）报道计4分；汕头日报报道见报日期为2021年9月，不计；原报8分调整为4分。', 8, 4],
    ['fund.system', G5, '制度建立', 5, 5, N, '已制定《潮南区电子商务进农村综合示范专项资金管理办法》并严格执行。', 5, 5],
    ['fund.ledger', G5, '资金台账', 5, '原报5分，现调整为4分', '9.6核改', '承建方已建立资金专用台账，个别凭证未附，原报5分调整为4分。', 5, 4],
    ['fund.spending', G5, '资金支出', 5, '4分', N, '资金支出率78.6%，按创建进度及时拨付。', 4, 4],
    ['bonus.poorTraining', G6, '建档立卡贫困人口培训率70%及以上', 2, 0, N, '贫困人口培训率46.3%，未达70%。', 0, 0],
    ['bonus.tvCase', G6, '电商扶贫典型案例获电视媒体播报', 2, '1→0分', '市局初审意见', '潮南电视台播报属县级，不符合省级及以上要求，原报1分调整为0分。', 1, 0],
    ['veto.incident', G7, '发生安全生产、质量事故，或造成重大经济损失和社会不良影响', N, '否', N, '未发生安全生产、质量事故。', N, N],
    ['veto.progress', G7, '项目建设进度严重滞后，总体进度不足40%', N, '否', N, '项目总体进度约82%。', N, N],
    ['veto.fraud', G7, '弄虚作假', N, '否', N, '无弄虚作假情况。', N, N],
  ];
  const scored = items.filter(x => !/^(bonus|veto)\./.test(x[0]));
  assert.strictEqual(scored.length, 15);
  const before = sum(items.filter(x => x[7] !== N).map(x => x[7]));
  const after = sum(items.filter(x => x[8] !== N).map(x => x[8]));
  assert.strictEqual(before, 92);
  assert.strictEqual(after, 82);
  assert.strictEqual(3, 2 + 1); // 项目管理 = 制度2 + 台账1
  assert.strictEqual(7, 2 + 2 + 1 + 1 + 1 + 0); // 上行: 调研2 促销2 标准1 第三方1 快递1 增速0
  const rows = [
    ['潮南区2019年省级电子商务进农村综合示范创建考评自评表（修改稿）', N, N, N, N, N],
    ['县（市、区）：潮南区', N, '考评截止时间：2021年8月31日', N, '修改日期：2021.9.6', N],
    ['序号', '工作任务', '评价指标', '分值', '自评得分', '备注'],
  ];
  const merges = ['A1:F1', 'A2:B2', 'C2:D2', 'E2:F2'];
  const groupStart = {};
  let seq = 0;
  for (const it of items) {
    const r0 = rows.length + 1; // Excel row of 上行
    if (!(it[1] in groupStart)) groupStart[it[1]] = r0;
    rows.push([++seq, it[1], it[2], it[3], it[4], it[5]]);
    rows.push([N, N, '自评说明：' + it[6], N, N, N]);
    merges.push(`A${r0}:A${r0 + 1}`, `C${r0 + 1}:F${r0 + 1}`);
  }
  // 工作任务 merged down over each group's rows (both rows of every indicator)
  const groups = Object.keys(groupStart);
  groups.forEach((g, i) => {
    const a = groupStart[g];
    const b = i + 1 < groups.length ? groupStart[groups[i + 1]] - 1 : rows.length;
    merges.push(`B${a}:B${b}`);
    for (let r = a; r <= b; r++) assert.strictEqual(rows[r - 1][1], (r - a) % 2 === 0 ? g : N); // 上行 carry the group, 下行 not
  });
  // only the first 上行 of a group keeps the 工作任务 text (merged cells hold their value top-left)
  groups.forEach((g) => { for (let r = groupStart[g] + 1; r <= rows.length; r++) if (rows[r - 1][1] === g) rows[r - 1][1] = N; });
  rows.push(['合计', N, N, 104, '92→82', '不含一票否决项']);
  merges.push(`A${rows.length}:C${rows.length}`);
  rows.push(['注：“→”前为原报分值，后为核改后分值；核改依据市商务局9月3日初审意见。　　填表人：郑××　　审核：区商务局', N, N, N, N, N]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert.strictEqual(rows.length, 3 + 40 + 2);
  const claimed = {};
  for (const it of items) if (!/^veto\./.test(it[0])) claimed[it[0]] = it[8];
  const expect = {
    facts: {
      county: '潮南区',
      asOf: '2021-08-31',
      planIssued: true,
      policyIssued: true,
      fundSystemIssued: true,
      fundLedgerKept: true,
      overallProgress: 0.82,
      // Added on review: the 数据上报 line's account "按月向市商务局报送工作进展及电商扶贫统计" states it.
      povertyStatisticsStated: true,
      vetoIncident: false,
      vetoFraud: false,
    },
    judged: {
      'org.plan': 2,
      'org.policy': 1,
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
    claimed,
  };
  checkFactsExpect(expect);
  write('facts', 'b20-f2-chaonan.json', {
    description: '潮南区（汕头）商务局经办人按市局初审意见核改过的自评表（修改稿）：每个指标占两行——上行 序号|工作任务|评价指标|分值|自评得分|备注，下行“自评说明：…”合并跨C:F（序号A列两行合并、工作任务B列按组纵向合并）；自评得分格里是经办人的行内改分（“2→1”“4→3分”“原报13分，现调整为11分”“8（调整后7）”“0→2分”“原报8分，现调整为4分”“1→0分”），取改后的分值；合计“92→82”不是指标。读法：项目管理3分由说明行拆为制度2、台账1；上行说明行给出调研2、促销2、交易标准与冷链溯源1；资金支出自评4即及时拨付的判断分；说明行里的覆盖率76.2%、培训率46.3%、支出率78.6%不是输入；“项目总体进度约82%”是输入；数据上报说明行“按月向市商务局报送工作进展及电商扶贫统计”即能统计电商扶贫情况（审读时补记）；一票否决三行填“否”；修改日期2021.9.6不是截止日。',
    sheets: [{ name: '自评表（修改稿）', rows: padRows(rows), merges }],
    expect,
  });
})();

// =====================================================================
// L1 澄海区 — three ledgers collected from other hands:
//  ① 站点: towns' returns, 建站时间 as a quarter / “2020年底” / “2021年春节前” / 上半年;
//  ② 培训: WeChat 接龙 pasted one line per cell into column A (“1. 陈晓华 4405…”), three 接龙;
//  ③ 贫困人口: the 乡村振兴局 roster with 劳动能力 coded 1/2/3 and 外出务工 coded 1/0, legend under it.
// =====================================================================
(function l1() {
  const r = rng(2001);
  const nm = nameFactory(2002);
  const ph = phoneFactory(2003);
  const newId = makeIdFactory(2004);
  const vill = villageFactory(2005);
  // ---------- ① stations
  // [town, village as written, 建站时间 as typed, expected opened, 备注]
  const S = [
    ['莲上镇', vill() + '委会', '2020年第三季度', '2020-09', N],
    [N, vill() + '委会', '2020年底', '2020-12', N],
    [N, vill(), '2021年春节前', '2021-02', '春节前挂牌'],
    ['莲下镇', vill() + '委会', { date: '2020-10-16' }, '2020-10-16', N],
    [N, vill() + '委会', '2020.11.26', '2020-11-26', N],
    [N, vill() + '委会', '2020年第三季度', '2020-09', N],
    ['溪南镇', vill(), '2020年8月', '2020-08', N],
    [N, vill() + '委会', '2020年底', '2020-12', '邮政合作点'],
    [N, vill() + '委会', '2021年第一季度', '2021-03', N],
    ['东里镇', vill() + '委会', '2021年春节前', '2021-02', N],
    [N, vill(), { date: '2021-04-22' }, '2021-04-22', N],
    ['盐鸿镇', vill() + '委会', '2020年上半年', '2020-06', '原供销社网点升级'],
    [N, vill() + '委会', '2021年5月', '2021-05', N],
    [N, vill() + '委会', '2021年第三季度', '2021-09', '设备8月底到位，尚未挂牌'],
    ['凤翔街道', '南溪社区', '2020年第四季度', '2020-12', '社区服务点'],
  ];
  const sRows = [
    ['澄海区村级电子商务服务站点建设情况表（各镇街报送汇总）', N, N, N, N, N, N, N],
    ['汇总单位：澄海区商务局', N, N, N, N, '汇总时间：2021年9月', N, N],
    ['序号', '镇（街道）', '村（社区）', '站点名称', '站长', '联系电话', '建站时间', '备注'],
  ];
  const sMerges = ['A1:H1', 'A2:E2', 'F2:H2'];
  let townStart = null;
  S.forEach((s, i) => {
    const row = sRows.length + 1;
    if (s[0] !== N) { if (townStart !== null && row - 1 > townStart) sMerges.push(`B${townStart}:B${row - 1}`); townStart = row; }
    const v = s[1].replace(/委会$/, '');
    sRows.push([i + 1, s[0], s[1], v.replace(/(村|社区)$/, '') + (s[1].endsWith('社区') ? '社区电商服务点' : '村电商服务站'), nm(), ph(), s[2], s[4]]);
  });
  if (sRows.length > townStart) sMerges.push(`B${townStart}:B${sRows.length}`);
  sRows.push(['注：各镇街报送的建站时间口径不一（季度、“年底”“春节前”），汇总时未统一。', N, N, N, N, N, N, N]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const sRecs = S.map(s => ({ village: s[1], opened: s[3] }));
  assert.deepStrictEqual(sRecs.filter(x => x.opened.slice(0, 7) > '2021-08').map(x => x.opened), ['2021-09']);

  // ---------- ② WeChat 接龙 pasted into column A
  const REG = '440515';
  const T = []; // lines
  const tRecs = [];
  T.push(['澄海区电商培训签到（微信群接龙，原文粘贴）']);
  T.push([N]);
  const sessions = [
    { date: '2020-11-20', head: '2020年11月20日 澄海区农村电商基础知识培训班 签到', eg: '例：张三 4405151990xxxxxxxx', n: 14 },
    { date: '2021-03-05', head: '3月5日（2021年）直播带货实操培训（线下）签到', eg: '例 姓名+身份证号', n: 12 },
    { date: '2021-09-10', head: '2021.9.10 农产品短视频培训 签到', eg: '例：李四 440515…', n: 5 },
  ];
  let lowerX = 0, spaced = 0, withPhone = 0, noId = 0, poorMark = 0;
  for (const s of sessions) {
    T.push(['#接龙']);
    T.push([s.head]);
    T.push([s.eg]);
    for (let i = 1; i <= s.n; i++) {
      const sex = r() < 0.5 ? 'M' : 'F';
      const name = nm();
      let line, id;
      if (s.date === '2020-11-20' && i === 3) { id = newId(REG, sex, true); line = `${i}. ${name} ${id.slice(0, 17)}x`; lowerX++; }
      else if (s.date === '2020-11-20' && i === 6) { id = newId(REG, sex, false); line = `${i}. ${name} ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`; spaced++; }
      else if (s.date === '2020-11-20' && i === 9) { id = N; line = `${i}. ${name} 身份证没带，后补`; noId++; }
      else if (s.date === '2020-11-20' && i === 12) { id = newId('440521', sex, false); line = `${i}. ${name}（贫困户） ${id}`; poorMark++; }
      else if (s.date === '2021-03-05' && i === 4) { id = newId(REG, sex, false); line = `${i}. ${name} ${id} ${ph()}`; withPhone++; }
      else if (s.date === '2021-03-05' && i === 8) { id = newId(REG, sex, true); line = `${i}.${name}${id}`; }
      else if (s.date === '2021-03-05' && i === 11) { id = newId(REG, sex, false); line = `${i}、${name} ${id}`; }
      else { id = newId(r() < 0.85 ? REG : '440521', sex); line = `${i}. ${name} ${id}`; }
      T.push([line]);
      tRecs.push({ date: s.date, personTimes: 1, id });
      if (id) assert(validId(id), id);
    }
    T.push([N]);
  }
  T.push(['（以上三次接龙由电商中心工作人员从微信群复制整理，第三次为9月新开班）']);
  assert.deepStrictEqual([lowerX, spaced, withPhone, noId, poorMark], [1, 1, 1, 1, 1]);
  assert.strictEqual(tRecs.length, 31);
  assert.strictEqual(tRecs.filter(x => x.date <= CUTOFF).length, 26);

  // ---------- ③ poor roster with coded 劳动能力 / 外出务工
  const towns = ['莲上镇', '莲下镇', '溪南镇', '东里镇', '盐鸿镇'];
  // household patterns: list of [rel, labourCode, migrantCode]
  const HH = [
    [['户主', 1, 0], ['配偶', 2, 0], ['子女', 1, 1]],
    [['户主', 3, N], ['配偶', 1, 1]],
    [['户主', 1, 1], ['配偶', 1, 0], ['子女', 3, N], ['父母', 3, N]],
    [['户主', 2, 0]],
    [['户主', 1, 0], ['配偶', '１', 0], ['子女', 1, 1]],
    [['户主', 3, N], ['配偶', 2, 0]],
    [['户主', 1, 0], ['子女', N, N]],
    [['户主', 1, 1], ['配偶', 1, 1], ['子女', 3, N]],
    [['户主', '2', '0'], ['配偶', 3, N]],
  ];
  const pRows = [
    ['澄海区建档立卡贫困人口名单（区乡村振兴局提供）', N, N, N, N, N, N, N, N, N],
    ['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号', '劳动能力', '外出务工', '备注'],
  ];
  const pRecs = [];
  let k = 0, xDone = false;
  HH.forEach((h, hi) => {
    const town = towns[hi % towns.length];
    const v = vill();
    let head = null;
    for (const [rel, lab, mig] of h) {
      const sex = rel === '配偶' ? 'F' : r() < 0.5 ? 'M' : 'F';
      const wantX = !xDone && lab === 1 && mig === 0 ? true : undefined;
      const id = newId(REG, sex, wantX);
      if (wantX) xDone = true;
      const name = rel === '户主' ? (head = nm()) : rel === '子女' ? head[0] + nm().slice(1) : nm();
      const note = lab === N ? '在校生，待核' : N;
      pRows.push([++k, town, v, head, name, rel, id, lab, mig, note]);
      const labN = lab === N ? N : Number(String(lab).replace('１', '1'));
      pRecs.push({ id, labour: labN === N ? N : labN !== 3, migrant: mig === N ? N : Number(mig) === 1 });
    }
  });
  pRows.push(['注：1.劳动能力代码：1—有劳动能力（普通劳动力、技能劳动力）；2—弱劳动力或半劳动力；3—丧失劳动能力或无劳动能力。', N, N, N, N, N, N, N, N, N]);
  pRows.push(['2.外出务工代码：1—外出务工；0—未外出务工；无劳动能力人员不填。', N, N, N, N, N, N, N, N, N]);
  pRows.push(['3.数据来源：全国防返贫监测信息系统，导出日期2021年6月30日。', N, N, N, N, N, N, N, N, N]);
  const pMerges = ['A1:J1', ...[0, 1, 2].map(i => `A${pRows.length - 2 + i}:J${pRows.length - 2 + i}`)];
  assert(xDone);
  const eligible = pRecs.filter(p => p.labour === true && p.migrant === false);
  assert.strictEqual(pRecs.length, 22);
  assert.strictEqual(eligible.length, 9);
  for (const p of pRecs) assert(validId(p.id));

  write('ledgers', 'b20-l1-chenghai.json', {
    description: '澄海区（汕头）商务局把别人交来的三份材料放进一个工作簿：①各镇街报送的站点建设情况表，镇列纵向合并，建站时间口径不一——“2020年第三季度”“2021年第一季度”“2020年第四季度”按季末月份读（2020-09、2021-03、2020-12），“2020年底”读2020-12，“2020年上半年”读2020-06，“2021年春节前”读2021-02（2021年春节为2月12日，按区间末端取月份，审核员同样认定在截止日前），另有真日期、“2020.11.26”“2020年8月”；“2021年第三季度”读2021-09（截止日后，备注“尚未挂牌”），凤翔街道南溪社区的服务点照列；②培训签到是微信群“#接龙”原文，一行一格粘在A列，三次接龙各有标题行（日期在标题里：“2020年11月20日…”“3月5日（2021年）…”“2021.9.10…”）和“例：张三 4405151990xxxxxxxx”示例行（不是学员），学员行“1. 陈晓华 4405…”，个别写成“8.姓名身份证”“11、姓名 身份证”、身份证末位小写x、分段带空格、后接手机号、姓名后带“（贫困户）”、“身份证没带，后补”（id为null）；第三次接龙在截止日后（照列）；③区乡村振兴局的贫困人口名单，劳动能力填代码1/2/3、外出务工填1/0，代码含义只在表下注里：1、2（含弱劳动力或半劳动力）读作有劳动能力，3读作无；一人劳动能力空白（在校生，待核）为null，无劳动能力者务工栏空为null；有一格全角“１”、一行代码是文本“2”“0”。',
    sheets: [
      { name: '站点建设情况', rows: padRows(sRows), merges: sMerges },
      { name: '培训签到（接龙）', rows: padRows(T), merges: [] },
      { name: '建档立卡贫困人口', rows: padRows(pRows), merges: pMerges },
    ],
    expect: {
      sheets: {
        '站点建设情况': { kind: 'stations', records: sRecs },
        '培训签到（接龙）': { kind: 'training', records: tRecs },
        '建档立卡贫困人口': { kind: 'poorPersons', records: pRecs },
      },
    },
  });
})();

// =====================================================================
// C1 茂南区 — a whole workbook, middling-good (82 incl. bonus 1). Facts: a list numbered ①②③…
// with a narrow 注 column (“注1”, “*”) explained under the table; 资金台账 split by 项目 columns
// (中心建设|站点建设|物流|培训|其他|合计); stations dated by quarter / 年底 / 春节前; training by
// session with 人次 (常住人口 88.62万 > 50万 → base 500,000); a report log with two 报送 columns
// per month (月报 | 电商扶贫统计表) holding dates or ✔; media whose level is implied by the outlet.
// =====================================================================
const CIRC = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
(function c1() {
  const r = rng(2101);
  const nm = nameFactory(2102);
  const ph = phoneFactory(2103);
  const vill = villageFactory(2104, ['林场村']);
  const towns = ['镇盛镇', '鳌头镇', '袂花镇', '金塘镇', '公馆镇', '新坡镇', '山阁镇', '羊角镇'];
  const streets = [['新华街道', ['新华', '官渡', '河东']], ['河西街道', ['河西', '站前', '油城']], ['露天矿街道', ['矿区', '石化', '高山']], ['红旗街道', ['红旗', '双山', '光华']]];
  const poorIdx = { '镇盛镇': [2], '鳌头镇': [5], '袂花镇': [1], '金塘镇': [7], '公馆镇': [3], '羊角镇': [4] };
  const admin = [];
  towns.forEach(t => { for (let i = 0; i < 10; i++) admin.push({ town: t, name: vill(), poor: (poorIdx[t] || []).includes(i) }); });
  const comms = [];
  streets.forEach(([s, cs]) => cs.forEach(c => comms.push({ town: s, name: c + '社区' })));
  assert.strictEqual(admin.length, 80); assert.strictEqual(comms.length, 12);
  const poor = admin.filter(v => v.poor);
  assert.strictEqual(poor.length, 6);

  // ---------- 村（居）委会名单
  const vRows = [['茂南区村（居）委会名单'], ['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '通快递']];
  let k = 0;
  const vMerges = ['A1:F1'];
  for (const t of towns) {
    const start = vRows.length + 1;
    admin.filter(v => v.town === t).forEach((v, i) => vRows.push([++k, i === 0 ? t : N, v.name + '委会', '村委会', v.poor ? '√' : N, '是']));
    vMerges.push(`B${start}:B${vRows.length}`);
  }
  for (const [s] of streets) {
    const start = vRows.length + 1;
    comms.filter(c => c.town === s).forEach((c, i) => vRows.push([++k, i === 0 ? s : N, c.name + '居委会', '社区', N, '是']));
    vMerges.push(`B${start}:B${vRows.length}`);
  }
  vRows.push(['注：村委会80个，社区居委会12个；省定贫困村打“√”。', N, N, N, N, N]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  // ---------- 站点台账
  const nonPoor = admin.filter(v => !v.poor);
  const order = shuffle(r, nonPoor.slice());
  const covNP = order.slice(0, 50), uncovNP = order.slice(50);
  const fmts = [
    (d) => ({ date: d }),
    () => '2020年第三季度',
    () => '2020年底',
    () => '2021年春节前',
    (d) => dotted(d),
    (d) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月`,
    () => '2020年第四季度',
    () => '2021年第二季度',
  ];
  // “as read” date for each format (for the generator's own count)
  const readAs = [(d) => d, () => '2020-09', () => '2020-12', () => '2021-02', (d) => d, (d) => d.slice(0, 7), () => '2020-12', () => '2021-06'];
  const st = [];
  const addSt = (town, village, name, d, fi, note) => { st.push({ town, village, name, typed: fmts[fi](d), read: readAs[fi](d), note: note || N }); };
  [...poor.slice(0, 5), ...covNP].forEach((v, i) => addSt(v.town, v.name + (i % 3 === 0 ? '委会' : ''), v.name.replace(/村$/, '') + '村电商服务站', randDate(r, '2020-07-01', '2021-08-20'), i % fmts.length));
  covNP.slice(3, 6).forEach(v => addSt(v.town, v.name, v.name.replace(/村$/, '') + '邮政便民服务点', randDate(r, '2020-10-01', '2021-06-30'), 0, '与邮政合作'));
  addSt(poor[5].town, poor[5].name, poor[5].name.replace(/村$/, '') + '村电商服务站', '2021-09-06', 0, '9月6日挂牌');
  st.push({ town: uncovNP[0].town, village: uncovNP[0].name, name: uncovNP[0].name.replace(/村$/, '') + '村电商服务站', typed: '2021年9月15日', read: '2021-09-15', note: N });
  st.push({ town: '新华街道', village: '官渡社区', name: '官渡社区电商服务点', typed: '2020年底', read: '2020-12', note: '社区' });
  st.push({ town: '河西街道', village: '站前社区', name: '站前社区电商服务点', typed: { date: '2021-03-18' }, read: '2021-03-18', note: '社区' });
  st.push({ town: '山阁镇', village: '林场村', name: '山阁林场电商服务点', typed: '2020年第四季度', read: '2020-12', note: '林场职工点' });
  assert.strictEqual(st.length, 55 + 3 + 2 + 2 + 1);
  const adminSet = new Set(admin.map(v => v.name));
  const bare = (s) => s.replace(/(委会|村民委员会)$/, '');
  const covered = new Set(st.filter(s => s.read.slice(0, 7) <= '2021-08' && adminSet.has(bare(s.village))).map(s => bare(s.village)));
  assert.strictEqual(covered.size, 55);
  const coveredPoor = poor.filter(v => covered.has(v.name)).length;
  assert.strictEqual(coveredPoor, 5);
  const careless = new Set(st.filter(s => adminSet.has(bare(s.village))).map(s => bare(s.village)));
  assert.strictEqual(careless.size, 57);
  assert(55 * 100 < 80 * 70 && 55 * 100 >= 80 * 50); // 68.75% → 2
  assert(57 * 100 >= 80 * 70); // 71.25% if the September stations slipped in
  assert(5 * 100 >= 6 * 80 && 5 * 100 < 6 * 100); // 83.3% → 3
  const sRows = [['茂南区村级电子商务服务站点台账'], ['序号', '镇（街道）', '所在村（社区）', '站点名称', '负责人', '联系电话', '建站时间', '备注']];
  const stSorted = [];
  for (const t of [...towns, '新华街道', '河西街道']) stSorted.push(...st.filter(s => s.town === t));
  assert.strictEqual(stSorted.length, st.length);
  stSorted.forEach((s, i) => sRows.push([i + 1, s.town, s.village, s.name, nm(), ph(), s.typed, s.note]));
  sRows.push(['注：建站时间以镇（街道）报送为准，部分只报季度或“年底”“春节前”。', N, N, N, N, N, N, N]);

  // ---------- 产业园入驻企业
  const types = ['平台型', '销售型', '电商运营服务商', '物流企业', '销售型', '销售型', '电商运营服务商', '平台型'];
  const words = ['好心', '茂南', '荔香', '金塘', '鳌头', '袂花', '公馆', '山阁', '羊角', '新坡', '镇盛', '露天', '油城', '官渡', '南粤'];
  const ents = words.map((w, i) => ({ name: `茂名市${w}电子商务有限公司`, type: types[i % types.length], entered: randDate(r, '2020-08-01', '2021-07-30'), left: null }));
  ents[9].name = '茂名市新坡冷链物流有限公司'; ents[9].type = '物流企业';
  ents[4].left = '2021-05-31';
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  assert.strictEqual(inPark.length, 14);
  assert.strictEqual(new Set(inPark.map(e => e.type)).size, 4);
  const eRows = [['茂南区电商产业园入驻企业清单'], ['序号', '企业名称', '企业类型', '入驻时间', '退出时间']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.type, { date: e.entered }, e.left ? { date: e.left } : N]));

  // ---------- 培训台账 (one row per session, 人次)
  const ses = [
    ['2020-06-18', '2020年6月18日', '农村电商基础知识', '线下', 220, 40],
    ['2020-07-23', '2020.7.23', '网店开设与运营', '线下', 260, 58],
    ['2020-08-20', { date: '2020-08-20' }, '农产品摄影与美工', '线下', 180, 36],
    ['2020-09-17', { date: '2020-09-17' }, '荔枝龙眼网销专题', '线下', 310, 95],
    ['2020-10-22', '2020年10月22日', '电商扶贫专场（贫困户）', '线下', '285人次', 285],
    ['2020-11-19', '2020.11.19', '直播带货入门', '线上直播', 420, 60],
    ['2020-12-17', { date: '2020-12-17' }, '年货节网络促销', '线下', 260, 44],
    ['2021-01-14', '2021年1月14日', '短视频运营', '线下', 300, 52],
    ['2021-03-12', '2021.3.11-12', '电商创业提升班（两天）', '线下', 240, 30],
    ['2021-04-15', { date: '2021-04-15' }, '电商扶贫专场（贫困户）', '线下', 350, 350],
    ['2021-05-20', '2021年5月20日', '荔枝季直播带货', '线上直播', 380, 120],
    ['2021-06-17', '2021.6.17', '农产品品牌与包装', '线下', 310, 48],
    ['2021-07-15', { date: '2021-07-15' }, '跨境电商与社区团购', '线下', 400, 70],
    ['2021-08-19', '2021年8月19日', '电商客服与售后', '线下', 445, 110],
    ['2021-09-12', '2021年9月12日', '秋季直播带货（线上）', '线上直播', 700, 150],
  ];
  const ptOf = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/[^0-9]/g, '')));
  const ptPre = sum(ses.filter(s => s[0] <= CUTOFF).map(s => ptOf(s[4])));
  const ptAll = sum(ses.map(s => ptOf(s[4])));
  assert.strictEqual(ptPre, 4360);
  assert.strictEqual(ptAll, 5060);
  assert.strictEqual(tierTraining(ptPre, 886200), 8); // base min(886200, 500000)
  assert.strictEqual(tierTraining(ptAll, 886200), 10); // September session wrongly counted
  assert(ptPre * 1000 < 886200 * 6); // 0.49% with the uncapped base → 0
  const poorPT = sum(ses.filter(s => s[0] <= CUTOFF).map(s => s[5]));
  assert.strictEqual(poorPT, 1398); // person-times of poor trainees, not persons
  const tRows = [['茂南区电子商务培训台账（按期次）'], ['序号', '培训时间', '培训内容', '培训方式', '参训人次', '其中：贫困人口（人次）', '培训地点']];
  ses.forEach((s, i) => tRows.push([i + 1, s[1], s[2], s[3], s[4], s[5], s[3] === '线上直播' ? '区电商公共服务中心直播间' : '区电商公共服务中心培训室']));
  tRows.push(['合计', N, N, N, ptAll, sum(ses.map(s => s[5])), N]);
  tRows.push(['注：贫困人口一栏为人次（同一人多次参训重复计）；参训贫困人口人数以区乡村振兴局核对为准。', N, N, N, N, N, N]);

  // ---------- 资金台账 split by project columns
  const P = ['中心建设', '站点建设', '物流', '培训', '其他'];
  const funds = [
    ['2020-06-28', '中心装修工程首期款（茂名市某建筑工程有限公司）', { 中心建设: 600000 }, '记-2020-06-031'],
    ['2020-08-14', '村级站点建设第一批（中国邮政茂南区分公司）', { 站点建设: 680000 }, '记-2020-08-017'],
    ['2020-10-20', '区级物流配送中心设备', { 物流: 420000 }, '记-2020-10-022'],
    ['2020-11-25', '中心运营及培训服务费（运营服务商）', { 中心建设: 200000, 培训: 50000 }, '记-2020-11-040'],
    ['2020-12-30', '电商培训费（第一期合同）', { 培训: 186000 }, '记-2020-12-055'],
    ['2021-01-29', '村级站点建设第二批', { 站点建设: 520000 }, '记-2021-01-012'],
    ['2021-03-26', '农产品品牌推广及宣传', { 其他: 158600 }, '记-2021-03-028'],
    ['2021-05-18', '物流配送车辆购置', { 物流: 360000 }, '记-2021-05-019'],
    ['2021-06-30', '冷链及溯源系统', { 其他: 210000 }, '记-2021-06-044'],
    ['2021-08-25', '村级站点建设尾款', { 站点建设: 200000 }, '记-2021-08-036'],
    ['2021-09-08', '电商培训费（第二期合同）', { 培训: 300000 }, '记-2021-09-010'],
  ];
  const rowTotal = (f) => sum(Object.values(f[2]));
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(rowTotal));
  assert.strictEqual(spent, 3584600);
  assert(spent * 100 >= 5000000 * 70);
  assert.strictEqual((spent / 5000000 * 100).toFixed(2), '71.69');
  const fRows = [
    ['茂南区省级电子商务进农村综合示范专项资金拨付台账（分项目）', N, N, N, N, N, N, N, N, N],
    ['下达资金：5,000,000.00元', N, N, N, N, N, N, N, '单位：元', N],
    ['序号', '拨付日期', '摘要', '拨付金额', N, N, N, N, N, '凭证号'],
    [N, N, N, ...P, '合计', N],
  ];
  const fMerges = ['A1:J1', 'A2:H2', 'I2:J2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:I3', 'J3:J4'];
  funds.forEach((f, i) => {
    const row = [i + 1, i % 3 === 1 ? dotted(f[0]) : { date: f[0] }, f[1]];
    for (const p of P) { const v = f[2][p]; row.push(v === undefined ? N : (i === 2 ? '420,000.00' : v)); }
    row.push(rowTotal(f), f[3]);
    fRows.push(row);
  });
  const colSum = P.map(p => sum(funds.map(f => f[2][p] || 0)));
  fRows.push(['合计', N, N, ...colSum, sum(colSum), N]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(['注：同一笔拨付涉及多个项目的，按项目分列金额，“合计”栏为该笔拨付总额。', N, N, N, N, N, N, N, N, N]);
  fMerges.push(`A${fRows.length}:J${fRows.length}`);
  assert.strictEqual(sum(colSum), 3884600);

  // ---------- 报送台账: per month, 月报 | 电商扶贫统计表
  const rep = [
    ['2020-09', { date: '2020-09-08' }, '✔'],
    ['2020-10', { date: '2020-10-09' }, { date: '2020-10-09' }],
    ['2020-11', '✔', '✔'],
    ['2020-12', { date: '2020-12-08' }, N],
    ['2021-01', '1月8日', '✔'],
    ['2021-02', { date: '2021-02-09' }, N],
    ['2021-03', '✔', '3月10日'],
    ['2021-04', { date: '2021-04-08' }, '✔'],
    ['2021-05', '5月10日', '✔'],
    ['2021-06', { date: '2021-06-08' }, { date: '2021-06-08' }],
    ['2021-07', '✔', '✔'],
    ['2021-08', { date: '2021-08-09' }, '✔'],
  ];
  assert.deepStrictEqual(rep.map(x => x[0]), WINDOW);
  assert(rep.every(x => x[1] !== N)); // every month has a 月报 → 按月
  const rRows = [['茂南区电商进农村工作报送台账（报茂名市商务局）'], ['报送月份', '工作进展月报', '电商扶贫统计表', '备注']];
  rep.forEach(x => { const [y, m] = x[0].split('-').map(Number); rRows.push([`${y}年${m}月`, x[1], x[2], x[0] === '2021-02' ? '春节前报送' : N]); });
  rRows.push(['说明：填报送日期；只记得已报、日期不详的打“✔”。', N, N, N]);

  // ---------- 专栏更新
  const disc = [['2020-09-15', '茂南区电子商务进农村综合示范项目建设进度（8月）'], ['2020-10-20', '项目建设进度（9月）'], ['2020-12-10', '项目建设进度（10-11月）'], ['2021-01-18', '项目建设进度（12月）'], ['2021-03-22', '项目建设进度（1-2月）'], ['2021-05-14', '项目建设进度（3-4月）'], ['2021-06-25', '项目建设进度（5月）'], ['2021-08-16', '项目建设进度（6-7月）']];
  assert.strictEqual(regularity(disc.map(x => x[0])), 'partial');
  const dRows = [['茂南区政府网“电子商务进农村综合示范”专栏更新记录'], ['序号', '更新日期', '更新内容']];
  disc.forEach((x, i) => dRows.push([i + 1, i % 2 ? cn(x[0]) : { date: x[0] }, x[1]]));

  // ---------- 宣传报道: no level column, no form column
  const media = [
    ['2020-11-18', '茂名日报', '茂南：电商服务站打通农产品上行“最后一公里”', '否', 'city', false],
    ['2021-01-22', '茂名广播电视台', '茂南区电商扶贫：贫困户在直播间卖荔枝干', '是', 'city', true],
    ['2021-05-20', '广东广播电视台珠江频道', '茂南电商扶贫典型案例：小荔枝连上大市场', '是', 'province', true],
    ['2021-07-08', '南方+客户端', '茂南荔枝季直播带货销量创新高', '否', 'province', false],
    ['2021-09-03', '茂南区融媒体中心', '我区召开电商进农村示范创建总结会', '否', 'county', false],
  ];
  const lv = new Set(media.filter(m => m[0] <= CUTOFF).map(m => m[4]));
  assert.deepStrictEqual([...lv].sort(), ['city', 'province']);
  const mRows = [['茂南区电子商务进农村宣传报道登记表'], ['序号', '报道时间', '媒体', '标题', '是否电商扶贫典型案例']];
  media.forEach((m, i) => mRows.push([i + 1, dotted(m[0]), m[1], m[2], m[3]]));

  // ---------- 经验材料
  const matRows = [['经验材料报送登记'], ['序号', '报送时间', '材料名称', '报送对象'], [1, '2021年6月18日', '茂南区“荔枝+电商”助农增收经验做法', '茂名市商务局']];
  // (C1 continues: facts sheet, points, derivation)

  // ---------- 基本情况及自评: ①②③… with a narrow 注 column
  const F = [];
  const fm = ['A1:D1', 'A2:D2'];
  F.push(['茂南区电子商务进农村综合示范创建基本情况及自评表', N, N, N]);
  F.push(['填报单位：茂名市茂南区商务局　　　　填报时间：2021年9月7日', N, N, N]);
  F.push(['序号', '项目', '填报情况', '注']);
  let ci = 0;
  const sec = (t) => { F.push([t, N, N, N]); fm.push(`A${F.length}:D${F.length}`); };
  const it = (label, value, note) => F.push([CIRC[ci++], label, value, note || N]);
  sec('（一）基本情况');
  it('县（市、区）', '茂南区');
  it('考评截止日期', '2021年8月31日');
  it('常住人口', '88.62万人', '注1');
  it('户籍人口', '97.35万人', '注1');
  it('行政村（村委会）', '80个', '注2');
  it('省定贫困村', '6个');
  sec('（二）组织领导');
  it('领导小组组长', '区委副书记、区长');
  it('领导小组成员单位', '区商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局等');
  it('示范县工作方案', '已正式印发');
  it('支持农村电商发展政策', '已出台');
  sec('（三）服务体系');
  it('电商公共服务中心投入运营时间', '2020年11月', '注3');
  it('免费培训场所、培训设备', '有');
  it('特色农产品免费展示、销售', '有');
  it('免费摄影、美工服务', '有');
  it('农产品统一推广、品牌建设指导', '有');
  it('其他衍生增值服务', '无', '**');
  it('电商产业园', '已建成（整合）');
  it('专业第三方运营服务商', '有');
  it('行政村物流快递覆盖率', '100%');
  sec('（四）网络零售');
  it('2019年农村网络零售额', '3.12亿元', '注4');
  it('2020年农村网络零售额', '3.89亿元', '注4');
  it('2019年农产品网络零售额', '6,850万元', '注4');
  it('2020年农产品网络零售额', '9,120万元', '注4');
  sec('（五）人才培训');
  it('培训人次', '4,360人次', '*');
  it('有劳动能力的建档立卡贫困人口（不含外出务工）', '2,146人', '注5');
  it('参加培训的建档立卡贫困人口', '1,180人', '注5');
  sec('（六）信息公开及报送');
  it('专栏公示创建方案', '是');
  it('专栏公示项目基本信息', '是');
  it('专栏公示项目建设进度', '是');
  it('专栏设立征求意见/监督举报窗口', '是');
  it('统计电商扶贫情况', '是');
  sec('（七）资金管理');
  it('省级专项资金下达', '500万元');
  it('累计拨付', '358.46万元', '*');
  it('资金管理制度', '已制定');
  it('资金专用台账', '已建立');
  it('项目总体进度', '85%');
  sec('（八）一票否决事项');
  it('安全生产、质量事故或重大损失', '无');
  it('弄虚作假', '无');
  sec('（九）主观项自评');
  it('方案制定（1-2分）', '2分');
  it('政策支持（1-2分）', '1分');
  it('项目管理制度（1-2分）', '2分');
  it('工作台账（1-2分）', '1分');
  it('网销调研（1-2分）', '2分');
  it('网络促销活动（1-2分）', '2分');
  it('交易标准、冷链及溯源（1-2分）', '1分');
  it('资金管理制度（1-5分）', '4分');
  it('资金台账（1-5分）', '4分');
  it('资金及时拨付（1-5分）', '3分');
  assert.strictEqual(ci, 48);
  const notes = [
    '注1：人口为第七次全国人口普查数据；户籍人口为公安部门数据，仅供参考。',
    '注2：另有社区居委会12个，不计入行政村。',
    '注3：中心2020年11月建成并投入运营，具体日期以运营服务协议为准。',
    '注4：省商务厅反馈数据。',
    '注5：区乡村振兴局核对数；参训人数按身份证号去重，不是人次。',
    '*：截至2021年8月31日，以台账为准。　**：尚在筹备。',
  ];
  for (const n of notes) { F.push([n, N, N, N]); fm.push(`A${F.length}:D${F.length}`); }
  // retail growth from the stated amounts
  assert(38900 * 100 < 31200 * 130); // 农村 +24.7%
  assert(9120 * 100 >= 6850 * 130); // 农产品 +33.1% → 2
  assert.strictEqual(tierPoor(1180, 2146), 10);
  assert(1180 * 100 < 2146 * 70); // 55.0% → no bonus

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 5, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 3,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, points['work.center']);
  assert.strictEqual(2 + 3, points['work.coverage']);
  assert.strictEqual(2 + 2 + 1 + 1 + 1 + 2, points['work.upward']);
  assert.strictEqual(tierTraining(ptPre, 886200) + tierPoor(1180, 2146), points['work.training']);
  assert.strictEqual(2 + 1, points['info.disclosure']);
  assert.strictEqual(4 + 3, points['promo.media']);
  const scored = Object.entries(points).filter(([id]) => !/^(bonus|veto)\./.test(id));
  assert.strictEqual(scored.length, 15);
  const base = sum(scored.map(x => x[1]));
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  assert.strictEqual(base, 81);
  const total = base + bonus;
  assert.strictEqual(total, 82);
  const derivation = [
    'org.leadership: 基本情况⑦“区委副书记、区长”任组长，⑧成员单位含商务、财政、农业农村、乡村振兴 → 主要领导牵头且四部门齐全 → 2',
    'org.plan: ⑨工作方案已正式印发；㊴自评“方案制定 2分” → 2',
    'org.policy: ⑩政策已出台；㊵自评“政策支持 1分” → 1',
    'org.management: ㊶项目管理制度 2分 + ㊷工作台账 1分 → 3',
    `work.center: ⑪中心2020年11月投入运营（只到月，按月末2020-11-30也 ≤ 2021-08-31）→ 2；≤ 2021-02-28，运行6个月以上 → 2；⑫免费培训 有 → 2；⑬展示 有 → 1；⑭摄影美工 有 → 1；⑮推广品牌 有 → 1；⑯其他衍生增值服务“无**（尚在筹备）” → 0；⑰产业园已建成（整合）→ 2；入驻企业清单15家，其中1家2021-05-31退出，截至8月31日在园 ${inPark.length} 家 < 20 → 0；类型 平台型/销售型/电商运营服务商/物流企业 4种 ≥ 3 → 1；合计 12`,
    'work.coverage: 名单村委会80个（社区居委会12个不计）；站点台账截至2021-08-31有站点的行政村 55个（3个村另有邮政便民服务点只算一次；建站时间“2020年第三季度”读2020-09、“2020年底”读2020-12、“2021年春节前”读2021-02、“2021年第二季度”读2021-06，都在截止日前；两站在2021年9月6日、9月15日才建，不计；官渡、站前两个社区服务点和名单外的“林场村”服务点不计）→ 55/80 = 68.75%，在50%–70%之间 → 2（若把9月两站算进去是57/80 = 71.25%，会误判为5）；省定贫困村6个（名单“√”）中5个有截止日前站点，第6个村的站点9月6日才挂牌 → 5/6 = 83.3%，在80%–100%之间 → 3；合计 5',
    'work.upward: ㊸网销调研 2 + ㊹网络促销 2 + ⑱第三方运营服务商“有” 1 + 村名单“通快递”栏80个村委会全为“是” 1 + ㊺交易标准与冷链溯源 1 + 农产品网络零售额 9,120/6,850万元 = +33.1% ≥ 30%（农村网络零售额 3.89/3.12亿元 = +24.7% 不够，任一即可）→ 2；合计 9',
    `work.training: 培训台账一行一期，截至2021-08-31“参训人次”合计 ${ptPre}（“285人次”文本按285计；2021年9月12日线上班700人次不计；表尾“合计”行5,060含9月班，不用）÷ min(常住人口886,200, 500,000) = 0.872%，在0.8%–1%之间 → 8（不封顶基数会得0.49%→0；把9月班算入会得1.01%→10）；贫困人口：没有贫困人口名单，用基本情况㉕㉖ 1,180/2,146 = 55.0% ≥ 50% → 10（培训台账“其中：贫困人口（人次）”合计${poorPT}是人次，不是人数）；合计 18`,
    'info.disclosure: ㉗–㉚专栏公示方案、项目基本信息、建设进度、监督举报窗口均为“是” → 2；专栏更新记录2020-09…2021-08 只有8个月有更新（11月、2月、4月、7月无）→ 不定时 → 1；合计 3',
    'info.reporting: 报送台账2020年9月至2021年8月每月“工作进展月报”栏都有日期或“✔” → 按月 → 3；“电商扶贫统计表”栏多月有✔/日期，㉛也写“是” → 3；合计 6',
    'promo.cases: 2021年6月18日向茂名市商务局报送经验材料 → 2',
    'promo.media: 宣传报道表无级别栏，按媒体判断：截止日前有广东广播电视台珠江频道、南方+客户端（省级）→ 4，茂名日报、茂名广播电视台（市级）→ 3；唯一县级的茂南区融媒体中心报道在2021.9.3，不计 → 7',
    'fund.system: ㊻自评“资金管理制度 4分”（㉞已制定）→ 4',
    'fund.ledger: ㊼自评“资金台账 4分”（㉟已建立）→ 4',
    `fund.spending: 分项目资金台账按行取“合计”栏（2020-11-25一笔分列中心建设20万+培训5万，合计25万，算一笔），截至2021-08-31共 ${spent.toLocaleString('en-US')}元（2021-09-08培训费30万元不计；表尾合计行3,884,600含9月一笔，不用）÷ 5,000,000 = 71.69% ≥ 70% → 取㊽自评“资金及时拨付 3分” → 3`,
    'bonus.poorTraining: 贫困人口培训率 1,180/2,146 = 55.0% < 70% → 0',
    'bonus.tvCase: 电商扶贫典型案例（“是”）的电视播报：广东广播电视台珠江频道 2021.5.20（省级）→ 1；茂名广播电视台那条是市级电视，不加分 → 1',
    'veto.incident: ㊲“无” → 不否决 → 0',
    'veto.progress: ㊱项目总体进度85% ≥ 40% → 不否决 → 0',
    'veto.fraud: ㊳“无” → 不否决 → 0',
    `合计: 15项 ${base} + 加分 min(0+1, 4) = 1 → ${total}；未否决`,
  ];
  const sheets = [
    { name: '基本情况及自评', rows: padRows(F), merges: fm },
    { name: '村（居）委会名单', rows: padRows(vRows), merges: vMerges },
    { name: '站点台账', rows: padRows(sRows), merges: ['A1:H1', `A${sRows.length}:H${sRows.length}`] },
    { name: '产业园入驻企业', rows: padRows(eRows), merges: ['A1:E1'] },
    { name: '培训台账', rows: padRows(tRows), merges: ['A1:G1', `A${tRows.length}:G${tRows.length}`] },
    { name: '资金台账', rows: padRows(fRows), merges: fMerges },
    { name: '报送台账', rows: padRows(rRows), merges: ['A1:D1', `A${rRows.length}:D${rRows.length}`] },
    { name: '专栏更新', rows: padRows(dRows), merges: ['A1:C1'] },
    { name: '宣传报道', rows: padRows(mRows), merges: ['A1:E1'] },
    { name: '经验材料', rows: padRows(matRows), merges: ['A1:D1'] },
  ];
  write('counties', 'b20-c1-maonan.json', {
    description: '茂南区（茂名）商务局整本工作簿，10个表，中等偏上（82分，含加分1分）。事实表“基本情况及自评”按①②③…㊽圈码编号（序号|项目|填报情况|注），窄“注”栏写“注1”“*”“**”，含义在表下注里（七普人口、户籍人口仅供参考、“**尚在筹备”等），主观项自评也在圈码清单里（“2分”）；村（居）委会名单贫困村打√、带通快递栏；站点台账建站时间按镇街报送口径写“2020年第三季度”“2020年底”“2021年春节前”“2021年第二季度”（审核员都认定在截止日前：季度按季末月、“2020年底”按12月、“2021年春节前”按2021年2月），另有真日期、“年.月.日”文本和“2020年9月”式月份；培训台账一行一期记人次（常住人口88.62万超过50万，以50万为基数）；资金台账按项目分列（中心建设|站点建设|物流|培训|其他|合计，两行表头），一笔拨付跨两个项目列；报送台账每月一行两栏（工作进展月报|电商扶贫统计表），格里是真日期、“1月8日”或“✔”；宣传报道无级别、无形式栏，级别和是否电视只能从媒体名看。陷阱：户籍人口97.35万；9月的两个站点、9月培训班700人次、9月拨付30万元和9月县级报道；资金表和培训表的“合计”行含9月数；培训台账“其中：贫困人口（人次）”不是人数；社区和林场服务点；茂名广播电视台的扶贫案例是市级电视。',
    sheets,
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
    derivation,
  });
})();
