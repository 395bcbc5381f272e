'use strict';
// Batch 23 generator: writes ../facts, ../ledgers, ../counties relative to this file.
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b23.js
// Cases written blind from docs/ledgers.md, the scoring rules and the corpus README.
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
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const IDC = '10X98765432';
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * IDW[i]; return IDC[s % 11]; }
function validId(id) { return id.length === 18 && idCheck(id.slice(0, 17)) === id[17].toUpperCase(); }
function makeIdFactory(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (region, sex, wantX) {
    for (;;) {
      const y = 1956 + Math.floor(r() * 48);
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
const SURN = ['黎', '梁', '陈', '李', '黄', '何', '罗', '邓', '叶', '冯', '苏', '林', '吴', '张', '刘', '谭', '莫', '麦', '彭', '卢', '钟', '严', '潘', '蔡', '郑', '许'];
const GIV = ['志', '伟', '明', '华', '英', '国', '桂', '兰', '金', '海', '玉', '建', '红', '丽', '芳', '强', '军', '平', '德', '发', '梅', '燕', '文', '新', '荣', '清', '水', '福', '永', '勇', '凤', '娟', '亮', '群', '辉', '霞', '生', '贵', '秀', '坤'];
function nameFactory(seed) {
  const r = rng(seed);
  return function () {
    const s = SURN[Math.floor(r() * SURN.length)];
    const n = r() < 0.78 ? 2 : 1;
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
function villageFactory(seed, A, B, exclude) {
  const r = rng(seed);
  const used = new Set(exclude || []);
  return function () {
    for (;;) {
      const n = A[Math.floor(r() * A.length)] + B[Math.floor(r() * B.length)] + '村';
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
const sum = (a) => a.reduce((x, y) => x + y, 0);
function ymdParts(iso) { return iso.split('-').map(Number); }
function cn(iso) { const [y, m, d] = ymdParts(iso); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = ymdParts(iso); return `${y}.${m}.${d}`; }
function slashed(iso) { const [y, m, d] = ymdParts(iso); return `${y}/${m}/${d}`; }
function monthOf(iso) { return iso.slice(0, 7); }
function randDate(r, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  return new Date(a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
}
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; const y = m > 12 ? 2021 : 2020; WINDOW.push(`${y}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
function regularity(dates) { // dates: 'YYYY-MM-DD' or 'YYYY-MM'
  const months = new Set(dates.filter(d => d.slice(0, 7) <= CUTOFF.slice(0, 7) && (d.length === 7 || d <= CUTOFF)).map(d => d.slice(0, 7)).filter(m => WINDOW.includes(m)));
  if (months.size === 12) return 'full';
  return months.size ? 'partial' : 'none';
}
function colName(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
assert.strictEqual(colName(0), 'A'); assert.strictEqual(colName(25), 'Z'); assert.strictEqual(colName(26), 'AA'); assert.strictEqual(colName(51), 'AZ');
function padRows(rows, width) {
  const w = width || Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.map(c => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
}
function checkCell(c) {
  if (c === null || typeof c === 'string' || typeof c === 'boolean') return;
  if (typeof c === 'number') { assert(Number.isFinite(c)); return; }
  assert(c && typeof c === 'object' && Object.keys(c).length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(c.date), JSON.stringify(c));
}
function checkCase(obj) {
  assert(typeof obj.description === 'string' && obj.description.length > 10);
  assert(Array.isArray(obj.sheets) && obj.sheets.length > 0);
  const names = new Set();
  for (const s of obj.sheets) {
    assert(typeof s.name === 'string' && s.name.length > 0 && s.name.length <= 31 && !/[\\/?*\[\]:]/.test(s.name), s.name);
    assert(!names.has(s.name)); names.add(s.name);
    for (const row of s.rows) { assert(Array.isArray(row)); row.forEach(checkCell); }
    for (const m of s.merges || []) assert(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(m), m);
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
function tierTraining(pt, pop) { const base = Math.min(pop, 500000); if (pt * 1000 >= base * 10) return 10; if (pt * 1000 >= base * 8) return 8; if (pt * 1000 >= base * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }

// =====================================================================
// F1 惠城区 — 问卷星 (wjx.cn) export of the city's data-collection questionnaire:
// row 1 = question texts, row 2 = the one answer sheet; 〖〗 fill-ins, ┋ multi-select,
// (跳过) for logic-skipped questions, (空) for unanswered ones, matrix sub-questions as columns.
// =====================================================================
(function f1() {
  const qa = [
    ['序号', 1],
    ['提交答卷时间', '2021/9/3 10:22:41'],
    ['所用时间', '1352秒'],
    ['来源', '微信'],
    ['来源详情', 'N/A'],
    ['来自IP', '113.81.196.27(广东-惠州)'],
    ['1、填报单位（全称）', '惠州市惠城区商务局'],
    ['2、所在县（市、区）', '惠城区'],
    ['3、填报人及联系电话', '叶小姐 0752-2281xxx'],
    ['4、本次数据截止日期', '2021年8月31日'],
    ['5、常住人口（万人，以第七次全国人口普查数为准）', '156.87'],
    ['6、行政村（村民委员会）数量（个，不含社区）', '112'],
    ['7、省定贫困村数量（个）', '8'],
    ['8、示范县创建工作方案是否已正式印发', '是〖惠城府办函〔2019〕211号〗'],
    ['9、是否已出台支持农村电商发展的政策文件', '否'],
    ['10、工作领导小组组长', '区政府主要领导〖区委副书记、区长〗'],
    ['11、领导小组成员单位（多选）', '区商务局┋区财政局┋区农业农村局┋区发展和改革局┋区市场监督管理局┋区交通运输局┋其他〖邮政惠城区分公司〗'],
    ['12、县级电子商务公共服务中心投入运营时间', '2020-11-18'],
    ['13、县级中心服务功能—有免费培训场所、培训设备，能组织电商基础培训', '是'],
    ['13、县级中心服务功能—为特色农产品提供免费展示、销售服务', '是'],
    ['13、县级中心服务功能—为电子商务市场主体提供免费摄影、美工服务', '否'],
    ['13、县级中心服务功能—组织农产品统一推广、指导特色农产品品牌建设', '是'],
    ['13、县级中心服务功能—为电子商务发展提供其他衍生增值服务', '是'],
    ['14、是否建设或整合、优化当地电商产业园', '是'],
    ['15、产业园入驻企业数量（家）', '16'],
    ['16、当地是否有专业第三方电子商务运营或服务商', '是〖惠州市东江云商电子商务有限公司〗'],
    ['17、行政村物流快递覆盖率是否达到100%', '是'],
    ['18、2019年农村网络零售额（万元）', '41236.5'],
    ['19、2020年农村网络零售额（万元）', '50870'],
    ['20、2020年农村网络零售额同比增速（%）', '23.36'],
    ['21、能否提供农产品网络零售额数据（以省商务厅反馈为准）', '否'],
    ['22、2019年农产品网络零售额（万元）', '(跳过)'],
    ['23、2020年农产品网络零售额（万元）', '(跳过)'],
    ['24、2020年农产品网络零售额同比增速（%）', '(跳过)'],
    ['25、累计开展电商培训人次（人次）', '5136'],
    ['26、有劳动能力的建档立卡贫困人口数（不含外出务工人员）（人）', '1436'],
    ['27、参加电商培训的建档立卡贫困人口数（人）', '602'],
    ['28、政府网站专栏已公示的内容（多选）', '创建方案┋项目基本信息┋项目建设进度'],
    ['29、专栏是否设立征求意见或监督举报窗口', '否'],
    ['30、能否统计电商扶贫情况（电商培训贫困户、带动增收等）', '能'],
    ['31、省级专项资金下达总额（万元）', '500'],
    ['32、截至目前累计拨付省级专项资金（万元）', '371.6'],
    ['33、是否已制定资金管理制度', '是'],
    ['34、项目承建方是否建立资金专用台账', '是'],
    ['35、项目总体进度（%）', '86'],
    ['36、是否发生安全生产、质量事故或造成重大经济损失', '否'],
    ['37、是否存在弄虚作假情况', '否'],
    ['38、主观指标自评分—方案制定（1-2分）', '2'],
    ['38、主观指标自评分—政策支持（1-2分）', '(跳过)'],
    ['38、主观指标自评分—项目管理制度（1-2分）', '2'],
    ['38、主观指标自评分—工作台账（1-2分）', '1'],
    ['38、主观指标自评分—网销调研及针对性建议（1-2分）', '1'],
    ['38、主观指标自评分—网络促销活动成效（1-2分）', '2'],
    ['38、主观指标自评分—交易标准、冷链及溯源系统（1-2分）', '(空)'],
    ['38、主观指标自评分—资金管理制度（1-5分）', '4'],
    ['38、主观指标自评分—资金台账（1-5分）', '4'],
    ['38、主观指标自评分—资金及时拨付（1-5分）', '3'],
    ['39、其他需要说明的情况', '(空)'],
  ];
  assert(Math.abs(50870 / 41236.5 - 1.2336) < 0.00005);
  const rows = [qa.map(x => x[0]), qa.map(x => x[1])];
  write('facts', 'b23-f1-huicheng.json', {
    description: '惠城区（惠州）商务局填写惠州市商务局发的问卷星问卷后下载的“按文本”导出表：第1行是题目原文（“5、常住人口（万人…）”“13、县级中心服务功能—…”矩阵题每个小题一列），第2行是唯一一份答卷；前6列是问卷星自带的序号/提交答卷时间/所用时间/来源/来源详情/来自IP；选项带填空的写成“是〖惠城府办函〔2019〕211号〗”“区政府主要领导〖区委副书记、区长〗”，多选题用“┋”连接，因逻辑跳转没答的题写“(跳过)”，没填的写“(空)”，数值题只有数字、单位在题目里（万人、个、万元、%）。读法：领导小组成员单位没有扶贫/乡村振兴部门 → principal；农产品网络零售额三题“(跳过)”、政策支持与交易标准自评“(跳过)/(空)”都不是填报值；第15题入驻企业数16家、提交时间2021/9/3都不是输入项。',
    sheets: [{ name: 'Sheet1', rows }],
    expect: {
      facts: {
        county: '惠城区',
        asOf: '2021-08-31',
        residentPopulation: 1568700,
        adminVillagesStated: 112,
        poorVillagesStated: 8,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-11-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 412365000,
        ruralRetail2020: 508700000,
        ruralRetailGrowthStated: 0.2336,
        trainingPersonTimesStated: 5136,
        eligiblePoorPersonsStated: 1436,
        trainedPoorPersonsStated: 602,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3716000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 3,
      },
      leadership: 'principal',
    },
  });
})();

// =====================================================================
// F2 榕城区 — a WeChat work-group chat, copied into Excel by the clerk as the record of what the
// district reported: 时间 | 发言人 | 内容, WeChat day dividers, [图片]/[文件]/[强] lines,
// another district's answers in between, and a correction later in the thread.
// =====================================================================
(function f2() {
  const CITY = '市商务局-黄科长';
  const ME = '榕城区商务局-陈晓';
  const JD = '揭东区商务局-林';
  const KG = '空港区经济发展局-郑';
  const msgs = [
    ['—— 2021年9月1日 ——'],
    ['09:12', CITY, '@所有人 各县（市、区）示范创建考评数据请于今天下班前在群里回复核对，数据统一截至2021年8月31日：1.常住人口（七普）2.行政村数 3.省定贫困村数 4.县级中心运营时间 5.培训人次 6.贫困人口培训情况 7.资金下达和拨付 8.项目总体进度'],
    ['09:13', CITY, '网络零售额以省厅反馈的为准，这次不用报。'],
    ['09:40', JD, '揭东：1.常住人口83.6万 2.行政村172个 3.省定贫困村9个 4.中心2020年7月28日运营 5.培训8650人次 7.下达500万，拨付436.8万 8.进度92%'],
    ['09:41', CITY, '[强]'],
    ['10:05', ME, '收到，榕城的马上整理'],
    ['10:31', ME, '我区数据如下：\n1.常住人口101.3万（七普）\n2.行政村116个\n3.省定贫困村0个，我区没有省定贫困村\n4.区电商公共服务中心是2020年10月26日正式运营的'],
    ['10:33', ME, '5.培训人次截至8月底5,216人次（其中贫困户专场1,120人次）'],
    ['10:35', ME, '7.省级资金下达500万元，已拨付412.35万元\n8.项目总体进度88%'],
    ['10:36', ME, '[文件] 榕城区考评基础数据（9.1）.xlsx'],
    ['10:52', CITY, '@榕城区商务局-陈晓 6.贫困人口那项呢？另外领导小组组长是哪位领导、哪些单位参加，也补一下'],
    ['11:20', ME, '6.有劳动能力的建档立卡贫困人口（不含外出务工）842人，参加电商培训的455人，区乡村振兴局已核对'],
    ['11:24', ME, '领导小组是区长任组长，常务副区长任副组长，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、邮政榕城分公司'],
    ['11:25', CITY, '好的'],
    ['14:08', KG, '空港区：本区不是示范县，无相关数据。'],
    ['15:47', CITY, '@榕城区商务局-陈晓 你们产业园建了没有？快递行政村是否全覆盖？'],
    ['15:59', ME, '产业园还没建。快递已经覆盖全部行政村，100%'],
    ['16:02', CITY, '方案和扶持政策文件呢'],
    ['16:10', ME, '方案2019年12月已经正式印发（榕府办〔2019〕60号）；扶持政策还在走程序，暂未出台'],
    ['—— 2021年9月2日 ——'],
    ['08:47', ME, '[图片]'],
    ['08:48', ME, '更正：昨天报的行政村数有误，榕城区行政村应为118个（不是116个），以此为准。其他数据不变'],
    ['08:55', CITY, '收到[OK]'],
  ];
  const rows = [
    ['“揭阳市电商进农村考评数据核对”工作群聊天记录（摘录）', N, N],
    ['数据截至2021年8月31日；摘录整理：区商务局电商股 陈晓，2021年9月2日', N, N],
    ['时间', '发言人', '内容'],
  ];
  const merges = ['A1:C1', 'A2:C2'];
  for (const m of msgs) {
    if (m.length === 1) { rows.push([m[0], N, N]); merges.push(`A${rows.length}:C${rows.length}`); } else rows.push(m);
  }
  rows.push([N, N, N]);
  rows.push(['注：按市局要求留存备查，以更正后的数据为准。', N, N]);
  merges.push(`A${rows.length}:C${rows.length}`);
  write('facts', 'b23-f2-rongcheng.json', {
    description: '榕城区（揭阳）商务局电商股把“揭阳市电商进农村考评数据核对”微信工作群的聊天记录摘录进Excel留底：时间|发言人|内容三列，有“—— 2021年9月1日 ——”日期分隔行，内容格里一条消息可含几项（单元格内换行，“1.常住人口101.3万（七普）”“4.区电商公共服务中心是2020年10月26日正式运营的”“已拨付412.35万元”），还有[图片]/[文件]/[强]/[OK]消息。读法：只取“榕城区商务局-陈晓”的回答（她的消息以“我区数据如下：”开头，不写区名）；揭东区那条（83.6万、172个、8650人次…）和市局消息里的数字不是榕城的；行政村以第二天“更正：…应为118个”为准（原报116）；“省定贫困村0个”是填报值0；“5,216人次（其中贫困户专场1,120人次）”取5216；区长任组长、四部门齐全 → principal-all；网零额没报；表内不写“县（市、区）：榕城区”这样的县名栏，所以不列county。',
    sheets: [{ name: '数据核对记录', rows: padRows(rows, 3), merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 1013000,
        adminVillagesStated: 118,
        poorVillagesStated: 0,
        centerOpened: '2020-10-26',
        trainingPersonTimesStated: 5216,
        eligiblePoorPersonsStated: 842,
        trainedPoorPersonsStated: 455,
        fundAllocated: 5000000,
        fundSpentStated: 4123500,
        overallProgress: 0.88,
        parkBuilt: false,
        expressCoverage: true,
        planIssued: true,
        policyIssued: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================
// F3 湘桥区 — one "self-assessment card" per indicator, stacked down the sheet: every card has
// the same field labels (指标名称 / 评分标准 / 完成情况 / 佐证材料 / 自评分), so the label column
// repeats; the indicator is a value in the card's first row; cards grouped under 工作任务 rows.
// =====================================================================
(function f3() {
  const cards = [
    { g: '一、加强组织领导与统筹协调（10分）' },
    { id: 'org.leadership', name: '组织领导', w: 2, std: '由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。',
      done: '成立以区委副书记、区长为组长，常务副区长、分管副区长为副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、邮政湘桥区分公司等单位为成员的工作领导小组（湘府办〔2019〕41号），领导小组办公室设在区商务局。', ev: '附件1-1 领导小组文件；附件1-2 会议纪要', pts: 2, why: '—' },
    { id: 'org.plan', name: '方案制定', w: 2, std: '工作方案因地制宜，可操作性较强（1-2分）',
      done: '《湘桥区电子商务进农村综合示范县创建工作方案》已于2019年11月正式印发（湘府办〔2019〕47号）。', ev: '附件1-3', pts: 2, why: '—' },
    { id: 'org.policy', name: '政策支持', w: 2, std: '出台相关政策，且得到较好落实（1-2分）',
      done: '已出台《湘桥区促进农村电子商务发展扶持办法（试行）》，对站点建设、人才培训、网销企业给予奖补。', ev: '附件1-4', pts: 1, why: '部分奖补尚未兑现，落实不够充分' },
    { id: 'org.management', name: '项目管理', w: 4, std: '建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；建立完整工作台账，详细记录项目建设情况（1-2分）。',
      done: '①制定《湘桥区电子商务进农村综合示范项目管理办法》《项目验收办法》，严格执行（自评2分）；②建立项目工作台账，逐项记录建设情况（自评2分）。', ev: '附件1-5、1-6', pts: 4, why: '—' },
    { g: '二、深入推动电子商务进农村工作（55分）' },
    { id: 'work.center', name: '服务体系建设（县级中心及产业园）', w: 15, std: '建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月（截至2021年8月31日）以上（2分）；有免费培训场所、培训设备，能组织电商基础培训（2分）；为特色农产品提供免费展示、销售服务（1分）；为电子商务市场主体提供免费摄影、美工服务（1分）；组织农产品统一推广、指导特色农产品品牌建设（1分）；为电子商务发展提供其他衍生增值服务（1分）；建设或整合、优化当地电商产业园（2分）；电商产业园企业入驻数量达20家及以上（2分）；入驻企业至少三种以上类型（1分）。',
      done: '①区电子商务公共服务中心于2020年9月15日投入运营；\n②免费培训场所及培训设备：有；\n③特色农产品免费展示、销售：有；\n④免费摄影、美工服务：有；\n⑤农产品统一推广、品牌建设指导：有；\n⑥其他衍生增值服务：暂无；\n⑦电商产业园：已整合建成湘桥电商产业园；\n⑧入驻企业17家（平台型2家、销售型11家、物流企业4家）。', ev: '附件2-1 中心运营材料；附件2-2 入驻企业清单', pts: 12, why: '未开展其他衍生服务扣1分；入驻企业不足20家扣2分' },
    { id: 'work.coverage', name: '服务体系建设（村级站点）', w: 10, std: '行政村覆盖率70%及以上（5分），50%-70%（不含）（2分），50%以下不得分；贫困村覆盖率100%（5分），80%-100%（不含）（3分），80%以下不得分。',
      done: '全区行政村61个，已建村级电商服务站点覆盖47个，覆盖率77.0%；省定贫困村5个，已全部覆盖。', ev: '附件2-3 行政村清单；附件2-4 站点清单', pts: 10, why: '—' },
    { id: 'work.upward', name: '农村产品上行', w: 10, std: '对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；开展农村产品网络促销活动成效明显（1-2分）；当地有专业第三方电子商务运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。',
      done: '①开展农产品网销调研，形成调研报告并报市商务局（自评2分）；\n②举办“潮州单丛茶”网络促销等活动3场（自评1分）；\n③引进专业第三方电商运营服务商1家；\n④行政村物流快递覆盖率100%；\n⑤农产品溯源系统试运行，尚未出台交易标准（自评1分）；\n⑥2020年农村网络零售额21.6亿元，同比增长21.5%；农产品网络零售额3.28亿元，同比增长33.8%。', ev: '附件2-5至2-9', pts: 8, why: '促销活动成效一般扣1分；未出台交易标准扣1分' },
    { id: 'work.training', name: '电商人才培训', w: 20, std: '培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。',
      done: '累计培训4,860人次，常住人口52.8万人（以50万人计），培训人次占0.97%；有劳动能力的建档立卡贫困人口（不含外出务工）612人，参加培训318人，培训率52.0%。', ev: '附件2-10 培训台账及签到表', pts: 18, why: '培训人次未达1%扣2分' },
    { g: '三、加强信息公开及报送（10分）' },
    { id: 'info.disclosure', name: '信息公开', w: 4, std: '在县政府网站设立公开专栏且内容全面（2分）；近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。',
      done: '在区政府门户网站设立“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设立监督举报电话；2020年9月以来每月更新。', ev: '附件3-1 网站截图', pts: 4, why: '—' },
    { id: 'info.reporting', name: '数据上报', w: 6, std: '近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；能统计电商扶贫情况（3分），未统计相关情况不得分。',
      done: '每月5日前向潮州市商务局报送工作进展及电商统计数据；能按月统计电商扶贫情况（贫困户培训、带动增收）。', ev: '附件3-2 报送记录', pts: 6, why: '—' },
    { g: '四、加强宣传推广（10分）' },
    { id: 'promo.cases', name: '案例总结', w: 2, std: '向市商务局报送经验材料（2分）',
      done: '2021年6月向潮州市商务局报送《湘桥区电子商务进农村经验做法》。', ev: '附件4-1', pts: 2, why: '—' },
    { id: 'promo.media', name: '经验推广', w: 8, std: '省级及以上媒体进行宣传报道（4分）；市级媒体进行宣传报道（3分）；县级媒体进行宣传报道（1分）。',
      done: '南方日报、潮州日报、湘桥区融媒体中心对我区电商进农村工作进行报道。', ev: '附件4-2 报道截图', pts: 8, why: '—' },
    { g: '五、加强财政资金管理（15分）' },
    { id: 'fund.system', name: '制度建立', w: 5, std: '建立科学有效的资金管理制度且得到有效落实（1-5分）',
      done: '制定《湘桥区电子商务进农村综合示范专项资金管理办法》，按办法审核拨付。', ev: '附件5-1', pts: 5, why: '—' },
    { id: 'fund.ledger', name: '资金台账', w: 5, std: '项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况（1-5分）',
      done: '各项目承建方均已建立资金专用台账。', ev: '附件5-2', pts: 4, why: '个别承建方台账凭证不全' },
    { id: 'fund.spending', name: '资金支出', w: 5, std: '资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。',
      done: '省级专项资金下达500万元，截至2021年8月31日累计拨付398.2万元，支出率79.6%，按创建进度拨付。', ev: '附件5-3 拨付凭证', pts: 4, why: '部分项目拨付滞后' },
    { g: '六、加分项（4分）' },
    { id: 'bonus.poorTraining', name: '加分项：建档立卡贫困人口培训率70%及以上', w: 2, std: '建档立卡贫困人口培训率70%及以上（2分）',
      done: '贫困人口培训率52.0%，未达70%。', ev: '—', pts: 0, why: '未达标' },
    { id: 'bonus.tvCase', name: '加分项：电商扶贫典型案例获电视播报', w: 2, std: '电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）',
      done: '暂未获电视媒体播报。', ev: '—', pts: 0, why: '无' },
    { g: '七、一票否决项' },
    { id: null, name: '一票否决项', w: '—', std: '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响；项目建设进度严重滞后，总体进度不足40%；弄虚作假。',
      done: '未发生安全生产、质量事故或重大经济损失；项目总体进度91%；不存在弄虚作假。', ev: '—', pts: '—', why: '—' },
  ];
  const rows = [
    ['湘桥区电子商务进农村综合示范创建考评逐项自评表', N, N, N, N, N, N],
    ['县（市、区）：湘桥区', N, '考评截止日期：2021年8月31日', N, N, '填报日期：2021年9月6日', N],
    ['说明：每个评价指标一张卡片，自评分填在卡片最后一行。', N, N, N, N, N, N],
  ];
  const merges = ['A1:G1', 'A2:B2', 'C2:E2', 'F2:G2', 'A3:G3'];
  const claimed = {};
  let k = 0;
  for (const c of cards) {
    if (c.g) { rows.push([N, N, N, N, N, N, N]); rows.push([c.g, N, N, N, N, N, N]); merges.push(`A${rows.length}:G${rows.length}`); continue; }
    k++;
    const top = rows.length + 1;
    rows.push([k, '指标名称', c.name, N, N, '分值', c.w]);
    merges.push(`C${rows.length}:E${rows.length}`);
    rows.push([N, '评分标准', c.std, N, N, N, N]); merges.push(`C${rows.length}:G${rows.length}`);
    rows.push([N, '完成情况', c.done, N, N, N, N]); merges.push(`C${rows.length}:G${rows.length}`);
    rows.push([N, '佐证材料', c.ev, N, N, N, N]); merges.push(`C${rows.length}:G${rows.length}`);
    rows.push([N, '自评分', c.pts, N, N, '扣分原因', c.why]);
    merges.push(`C${rows.length}:E${rows.length}`);
    merges.push(`A${top}:A${rows.length}`);
    if (c.id) claimed[c.id] = c.pts;
  }
  const scored = Object.entries(claimed).filter(([id]) => !/^bonus\./.test(id));
  assert.strictEqual(scored.length, 15);
  const total = sum(scored.map(x => x[1]));
  assert.strictEqual(total, 90);
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, 12);
  assert.strictEqual(2 + 1 + 1 + 1 + 1 + 2, 8);
  assert(Math.abs(47 / 61 - 0.770) < 0.0005);
  rows.push([N, N, N, N, N, N, N]);
  rows.push(['自评总分', N, `${total}分（不含加分项）`, N, N, '加分项', '0分']);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:E${rows.length}`);
  rows.push(['填报人：区商务局电商股 许××　　审核人：蔡××', N, N, N, N, N, N]);
  merges.push(`A${rows.length}:G${rows.length}`);
  write('facts', 'b23-f3-xiangqiao.json', {
    description: '湘桥区（潮州）商务局的“逐项自评表”：每个评价指标一张卡片（5行：指标名称|分值、评分标准、完成情况、佐证材料、自评分|扣分原因），卡片上下堆叠、中间按工作任务分组行隔开，A列卡片序号纵向合并；B列字段名（指标名称/评分标准/完成情况/佐证材料/自评分）每张卡片重复一次，指标名在卡片第一行的值格里；事实都写在“完成情况”格里（带①②…分行，“免费摄影、美工服务：有”“其他衍生增值服务：暂无”），判断项的分写在完成情况里“（自评2分）”，指标自评分在卡片最后一行。读法：评分标准格照抄官方原文（含2分、70%、50%、1%等），不是填报值；“常住人口52.8万人（以50万人计）”取52.8万；“入驻企业17家”不是输入项；服务体系建设拆成两张卡片（15分、10分）；加分项两张卡片各0分；一票否决卡片没有分数，只读事实；表底“自评总分90分”是合计。',
    sheets: [{ name: '逐项自评', rows: padRows(rows, 7), merges }],
    expect: {
      facts: {
        county: '湘桥区',
        asOf: '2021-08-31',
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-15',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        adminVillagesStated: 61,
        poorVillagesStated: 5,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 2160000000,
        ruralRetailGrowthStated: 0.215,
        agriRetail2020: 328000000,
        agriRetailGrowthStated: 0.338,
        trainingPersonTimesStated: 4860,
        residentPopulation: 528000,
        eligiblePoorPersonsStated: 612,
        trainedPoorPersonsStated: 318,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        fundAllocated: 5000000,
        fundSpentStated: 3982000,
        vetoIncident: false,
        overallProgress: 0.91,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed,
    },
  });
})();

// =====================================================================
// L1 江城区 — funds kept as a stack of printed 拨付审批表 (one form per payment, 8 rows each),
// not as a list: each form has 填表日期, 合同金额, 本次申请金额, 累计已拨付, the approved amount
// in 小写 and 大写, opinions with their own dates, and only then 拨付日期.
// =====================================================================
const DIG = '零壹贰叁肆伍陆柒捌玖';
function daxie(yuan) { // integer yuan, < 1e8
  assert(Number.isInteger(yuan) && yuan > 0 && yuan < 1e8);
  function four(n) {
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
assert.strictEqual(daxie(360000), '叁拾陆万元整');
assert.strictEqual(daxie(85600), '捌万伍仟陆佰元整');
assert.strictEqual(daxie(1050000), '壹佰零伍万元整');
function money(n) { return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }
assert.strictEqual(money(360000), '360,000.00');

(function l1() {
  // forms in filing order (编号); f.date null = not paid (暂缓)
  const forms = [
    { no: 'JCDS-2020-01', filled: '2020-06-05', proj: '县级电子商务公共服务中心建设', org: '阳江市漠阳云商电子商务有限公司', contract: 1200000, apply: 360000, amount: 360000, biz: '2020-06-08', fin: '2020-06-10', date: '2020-06-12', dateCell: 'cn', amtCell: 'yen', voucher: '记字第0612-03号' },
    { no: 'JCDS-2020-02', filled: '2020-08-17', proj: '村级电商服务站点建设（第一批）', org: '中国邮政集团有限公司阳江市江城区分公司', contract: 980000, apply: 490000, amount: 490000, biz: '2020-08-19', fin: '2020-08-24', date: '2020-08-27', dateCell: 'real', amtCell: 'num', voucher: '记字第0827-11号' },
    { no: 'JCDS-2020-03', filled: '2020-10-09', proj: '农村电商人才培训', org: '阳江市江城区某职业培训学校', contract: 420000, apply: 126000, amount: 85600, biz: '2020-10-12', fin: '2020-10-16', date: '2020-10-21', dateCell: 'dot', amtCell: 'yen', voucher: '记字第1021-05号', bizNote: '按实际完成培训量核定拨付85,600元' },
    { no: 'JCDS-2020-04', filled: '2020-12-10', proj: '县乡村三级物流配送体系建设', org: '阳江市江城区顺达物流有限公司', contract: 860000, apply: 430000, amount: 430000, biz: '2020-12-14', fin: '2020-12-18', date: '2020-12-23', dateCell: 'cn', amtCell: 'yen', voucher: '记字第1223-08号' },
    { no: 'JCDS-2021-01', filled: '2021-03-02', proj: '农产品品牌培育及溯源体系', org: '阳江市漠阳云商电子商务有限公司', contract: 600000, apply: 300000, amount: null, biz: '2021-03-05', fin: null, date: null, dateCell: null, amtCell: null, voucher: null, bizNote: '验收资料不全，暂缓拨付，待补充后重新申请' },
    { no: 'JCDS-2021-02', filled: '2021-04-12', proj: '农产品品牌培育及溯源体系', org: '阳江市漠阳云商电子商务有限公司', contract: 600000, apply: 300000, amount: 300000, biz: '2021-04-14', fin: '2021-04-19', date: '2021-04-22', dateCell: 'slash', amtCell: 'yen', voucher: '记字第0422-02号', bizNote: '已补齐资料（原JCDS-2021-01）' },
    { no: 'JCDS-2021-03', filled: '2021-06-21', proj: '村级电商服务站点建设（第二批）', org: '中国邮政集团有限公司阳江市江城区分公司', contract: 980000, apply: 392000, amount: 392000, biz: '2021-06-23', fin: '2021-06-28', date: '2021-07-02', dateCell: 'real', amtCell: 'yen', voucher: '记字第0702-06号' },
    { no: 'JCDS-2021-04', filled: '2021-08-23', proj: '县级电子商务公共服务中心运营', org: '阳江市漠阳云商电子商务有限公司', contract: 1200000, apply: 480000, amount: 480000, biz: '2021-08-25', fin: '2021-08-30', date: '2021-09-03', dateCell: 'dot', amtCell: 'yen', voucher: '记字第0903-01号', finNote: '同意，9月初拨付' },
    { no: 'JCDS-2020-05', filled: '2020-12-25', proj: '县乡村三级物流配送体系建设（补录）', org: '阳江市江城区顺达物流有限公司', contract: 860000, apply: 258000, amount: 258000, biz: '2020-12-28', fin: '2020-12-30', date: '2021-01-06', dateCell: 'cn', amtCell: 'yen', voucher: '记字第0106-04号', bizNote: '此单原漏装订，2021年3月补录' },
  ];
  const paidSoFar = {}; // per project-contract key, cumulative 含本次
  const rows = [];
  const merges = [];
  const recs = [];
  rows.push(['江城区电子商务进农村综合示范专项资金拨付审批表（汇订本）', N, N, N, N, N]);
  merges.push('A1:F1');
  rows.push(['江城区商务局　　单位：元　　按编号装订', N, N, N, N, N]);
  merges.push('A2:F2');
  rows.push([N, N, N, N, N, N]);
  for (const f of forms) {
    const key = f.proj.replace('（补录）', '') + '|' + f.org;
    const prev = paidSoFar[key] || 0;
    const cum = prev + (f.amount || 0);
    if (f.amount) paidSoFar[key] = cum;
    const top = rows.length + 1;
    rows.push(['电子商务进农村综合示范专项资金拨付审批表', N, N, N, N, N]);
    merges.push(`A${top}:F${top}`);
    rows.push([`编号：${f.no}`, N, N, N, '填表日期：' + cn(f.filled), N]);
    merges.push(`A${top + 1}:C${top + 1}`, `E${top + 1}:F${top + 1}`);
    rows.push(['项目名称', f.proj, N, '承建单位', f.org, N]);
    merges.push(`B${top + 2}:C${top + 2}`, `E${top + 2}:F${top + 2}`);
    rows.push(['合同金额（元）', money(f.contract), N, '本次申请金额（元）', money(f.apply), N]);
    merges.push(`B${top + 3}:C${top + 3}`, `E${top + 3}:F${top + 3}`);
    let small, big;
    if (f.amount === null) { small = '—'; big = '—'; } else if (f.amtCell === 'num') { small = f.amount; big = '（大写）' + daxie(f.amount); } else { small = '（小写）¥' + money(f.amount); big = '（大写）' + daxie(f.amount); }
    rows.push(['本次核定拨付金额', small, N, big, N, N]);
    merges.push(`B${top + 4}:C${top + 4}`, `D${top + 4}:F${top + 4}`);
    rows.push(['该项目累计已拨付（含本次）', f.amount === null ? '—' : money(cum), N, '资金来源', '省级专项资金', N]);
    merges.push(`B${top + 5}:C${top + 5}`, `E${top + 5}:F${top + 5}`);
    const bizTxt = (f.bizNote ? f.bizNote + '。' : '同意拨付。') + '　' + cn(f.biz);
    const finTxt = f.fin ? (f.finNote || '同意。') + '　' + cn(f.fin) : '—';
    rows.push(['区商务局意见', bizTxt, N, '区财政局意见', finTxt, N]);
    merges.push(`B${top + 6}:C${top + 6}`, `E${top + 6}:F${top + 6}`);
    let dcell = N;
    if (f.date) dcell = f.dateCell === 'real' ? { date: f.date } : f.dateCell === 'dot' ? dotted(f.date) : f.dateCell === 'slash' ? slashed(f.date) : cn(f.date);
    rows.push(['拨付日期', dcell === N ? '未拨付' : dcell, N, '凭证号', f.voucher || '—', N]);
    merges.push(`B${top + 7}:C${top + 7}`, `E${top + 7}:F${top + 7}`);
    rows.push([N, N, N, N, N, N]);
    if (f.date) recs.push({ date: f.date, amount: f.amount });
  }
  rows.push(['注：JCDS-2021-01因资料不全暂缓拨付，已于4月重新申请（JCDS-2021-02）。', N, N, N, N, N]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert.strictEqual(recs.length, 8);
  assert.strictEqual(sum(recs.map(x => x.amount)), 360000 + 490000 + 85600 + 430000 + 300000 + 392000 + 480000 + 258000);
  assert.strictEqual(sum(recs.filter(x => x.date <= CUTOFF).map(x => x.amount)), 2315600);
  const toc = [
    ['目　录', N, N],
    ['序号', '审批表编号', '项目'],
    ...forms.map((f, i) => [i + 1, f.no, f.proj]),
    ['经办：区商务局电商股　梁××', N, N],
  ];
  write('ledgers', 'b23-l1-jiangcheng.json', {
    description: '江城区（阳江）商务局的专项资金拨付台账不是清单，而是一张张《拨付审批表》按编号装订后录入同一张表：每张表8行（表名、编号|填表日期、项目名称|承建单位、合同金额|本次申请金额、本次核定拨付金额（小写“（小写）¥360,000.00”或纯数字 | 大写）、该项目累计已拨付（含本次）|资金来源、区商务局意见|区财政局意见（意见后带日期）、拨付日期|凭证号），表与表之间空一行；另有“目录”页（非台账）。读法：一张表一笔拨付，金额取“本次核定拨付金额”（培训那张申请126,000元、核定85,600元），日期取“拨付日期”（格式有2020年6月12日、真日期、2020.10.21、2021/4/22），不是填表日期或意见日期；JCDS-2021-01“暂缓拨付”、拨付日期写“未拨付”，不是拨付记录；JCDS-2021-04拨付日期2021.9.3在截止日后（照列）；最后一张是补录的（2021-01-06），按表中顺序列在最后。',
    sheets: [
      { name: '目录', rows: padRows(toc, 3), merges: ['A1:C1', `A${toc.length}:C${toc.length}`] },
      { name: '拨付审批表', rows: padRows(rows, 6), merges },
    ],
    expect: {
      sheets: {
        '目录': { kind: null },
        '拨付审批表': { kind: 'funds', records: recs },
      },
    },
  });
})();

// =====================================================================
// L2 湘桥区 — villages list kept one town per row: all 村委会 names in ONE cell joined by “、”
// (poor villages marked “（贫）” after the name), communities in another cell, and a column
// that lists only the villages NOT reached by express; a long town is continued on a second
// row with the town cell merged.
// =====================================================================
(function l2() {
  const towns = [
    { t: '意溪镇', v: ['坝街村', '长和村', '东郊村', '象山村', '中津村', '寨内村（贫）', '锡美村', '西都村', '桥头村', '溪头村', '上津村', '头塘村', '仙河村', '橡埔村', '河内村', '莲上村'], c: ['意溪社区', '意东社区'], noExpress: [], split: 9 },
    { t: '磷溪镇', v: ['英山村', '溪口村', '旸山村', '凤山村', '西山溪村（贫）', '塘上村', '厦寺村', '水美村', '仙田村', '云路村', '埔涵村', '顶洋村', '田头村', '大坑村（贫）', '苏溪村', '白水村', '径南村', '洋东村'], c: ['磷溪社区'], noExpress: ['大坑村'], split: 10 },
    { t: '官塘镇', v: ['官塘村', '秋溪村', '庵头村', '石龙村', '东凤村', '新乡村', '象头村', '湖美村', '石湖村（贫）', '鹳巢村', '世田村', '铁石村'], c: ['官塘社区'], noExpress: [] },
    { t: '铁铺镇', v: ['铁铺村', '大道村', '坑门村', '石板村', '下坑村（贫）', '桂坑村', '后溪村', '凤岭村', '上埔村', '溪美村', '新陇村'], c: ['铁铺社区'], noExpress: ['桂坑村', '凤岭村'] },
    { t: '桥东街道', v: ['社光村', '东津村', '卧石村', '洋头村'], c: ['桥东社区', '韩山社区', '东湖社区'], noExpress: [] },
    { t: '城西街道', v: [], c: ['城西社区', '西荣社区', '新春社区', '福安社区'], noExpress: null },
    { t: '西湖街道', v: [], c: ['西湖社区', '北门社区', '西平社区'], noExpress: null },
    { t: '太平街道', v: [], c: ['太平社区', '义安社区', '开元社区', '牌坊社区'], noExpress: null },
  ];
  const rows = [
    ['湘桥区各镇（街道）村（居）民委员会一览表', N, N, N, N, N, N],
    ['填报单位：湘桥区商务局（据区民政局2021年村（居）委会名册整理）', N, N, N, N, '2021年9月', N],
    ['序号', '镇（街道）', '村民委员会（行政村）', '居民委员会（社区）', '村/居数', '快递未通达的行政村', '备注'],
  ];
  const merges = ['A1:G1', 'A2:E2', 'F2:G2'];
  const recs = [];
  let nAdmin = 0, nPoor = 0, nComm = 0, seq = 0;
  for (const tw of towns) {
    seq++;
    const parts = tw.split ? [tw.v.slice(0, tw.split), tw.v.slice(tw.split)] : [tw.v];
    const top = rows.length + 1;
    parts.forEach((vs, pi) => {
      const last = pi === parts.length - 1;
      const vcell = vs.length ? vs.join('、') + (last ? '' : '、（续下行）') : '—';
      const ccell = last ? (tw.c.length ? tw.c.map(x => x + '居委会').join('、') : '—') : N;
      const count = pi === 0 ? `${tw.v.length}/${tw.c.length}` : N;
      const ne = pi === 0 ? (tw.noExpress === null ? '—' : tw.noExpress.length ? tw.noExpress.join('、') : '无') : N;
      rows.push([pi === 0 ? seq : N, pi === 0 ? tw.t : N, vcell, ccell, count, ne, pi === 0 && tw.t === '磷溪镇' ? '村名较多，分两行填写' : N]);
      for (const v of vs) {
        const poor = v.endsWith('（贫）');
        const name = v.replace('（贫）', '');
        recs.push({ name, admin: true, poor, express: !(tw.noExpress || []).includes(name) });
        nAdmin++; if (poor) nPoor++;
      }
      if (last) for (const c of tw.c) { recs.push({ name: c + '居委会', admin: false }); nComm++; }
    });
    if (parts.length > 1) for (const col of ['A', 'B', 'E', 'F', 'G']) merges.push(`${col}${top}:${col}${top + parts.length - 1}`);
  }
  assert.strictEqual(nAdmin, 61);
  assert.strictEqual(nPoor, 5);
  assert.strictEqual(nComm, 19);
  for (const tw of towns) for (const n of tw.noExpress || []) assert(tw.v.map(x => x.replace('（贫）', '')).includes(n), n);
  rows.push(['合计', N, `行政村${nAdmin}个（其中省定贫困村${nPoor}个）`, `社区居委会${nComm}个`, `${nAdmin}/${nComm}`, '3个', N]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(['注：1.村名后标“（贫）”的为省定贫困村，未标注的均不是省定贫困村；2.“快递未通达的行政村”栏未列出的行政村均已通快递，“无”表示全部通达；3.街道只有社区的，村民委员会栏填“—”。', N, N, N, N, N, N]);
  merges.push(`A${rows.length}:G${rows.length}`);
  write('ledgers', 'b23-l2-xiangqiao.json', {
    description: '湘桥区（潮州）商务局的村（居）委会一览表按镇一行：“村民委员会（行政村）”一格里用“、”连写该镇全部村名（省定贫困村在名后加“（贫）”），“居民委员会（社区）”另一格连写社区名（带“居委会”）；“快递未通达的行政村”一栏只列例外村名或写“无”；磷溪镇、意溪镇村名太多分两行写（上一行末尾“、（续下行）”，序号、镇、村/居数、快递栏纵向合并）；只有社区的街道村民委员会栏写“—”；末尾合计行和注。读法：每个村名是一条记录，按表中顺序（先该镇的村、后该镇的社区）；标“（贫）”的poor为true、其余行政村false（表注写明）；快递：列为“未通达”的3个村express为false，其余行政村true（表注写明）；社区只给name和admin=false，贫困村与快递两项不核对；“（续下行）”“—”、合计行不是村。',
    sheets: [{ name: '村居一览', rows: padRows(rows, 7), merges }],
    expect: { sheets: { '村居一览': { kind: 'villages', records: recs } } },
  });
})();

// =====================================================================
// C1 云安区（云浮） — whole workbook, middling (70 incl. 1 bonus). Facts sheet is the city's
// import template: 序号|类别|采集项|计量单位|填报值|填报说明, yes/no as 1/0 (计量单位“是=1，否=0”),
// dates as 8-digit numbers (计量单位 yyyymmdd), money 万元, percents as bare numbers (单位 %),
// judged points in the same 填报值 column (计量单位“分（1-2）”).
// Built in several blocks sharing the object YA.
// =====================================================================
const YA = { REG: '445303' };
(function c1Villages() {
  const r = rng(2301);
  YA.r = r;
  YA.newId = makeIdFactory(2302);
  YA.nm = nameFactory(2303);
  YA.ph = phoneFactory(2304);
  const vill = villageFactory(2305,
    ['大', '横', '白', '石', '高', '新', '富', '南', '东', '西', '上', '下', '罗', '黄', '龙', '马', '凤', '金', '朗', '双', '平', '云', '青', '茶', '竹', '莲', '古', '湴', '榄', '蓬'],
    ['塘', '坑', '洞', '岗', '垌', '田', '寨', '头', '岭', '江', '滩', '湾', '坪', '围', '口', '水', '冲', '步', '根', '边', '圩', '山', '庆', '岸', '蓢']);
  YA.vill = vill;
  const towns = [['六都镇', 14, ['六都社区', '福岚社区']], ['高村镇', 12, ['高村社区']], ['白石镇', 10, ['白石社区']], ['镇安镇', 13, ['镇安社区']],
    ['富林镇', 11, ['富林社区']], ['石城镇', 14, ['石城社区', '托洞社区']], ['都杨镇', 12, ['都杨社区']]];
  const poorPerTown = [2, 2, 2, 2, 2, 2, 1];
  const admin = [];
  towns.forEach(([t, n], ti) => { for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: false }); });
  // poor villages: spread inside each town, not always the first ones
  towns.forEach(([t], ti) => {
    const inTown = admin.filter(v => v.town === t);
    const picks = shuffle(r, inTown.slice()).slice(0, poorPerTown[ti]);
    for (const v of picks) v.poor = true;
  });
  assert.strictEqual(admin.length, 86);
  assert.strictEqual(admin.filter(v => v.poor).length, 13);
  YA.towns = towns; YA.admin = admin;
  YA.communities = towns.flatMap(([t, , cs]) => cs.map(c => ({ town: t, name: c })));
  assert.strictEqual(YA.communities.length, 9);

  // ---- villages sheet (town merged vertically, no express column)
  const rows = [['云安区行政村（社区）名单', N, N, N, N, N], ['序号', '镇', '村（居）委会名称', '类别', '是否省定贫困村', '备注']];
  const merges = ['A1:F1'];
  let k = 0;
  for (const [t, , cs] of towns) {
    const top = rows.length + 1;
    admin.filter(v => v.town === t).forEach((v, i) => rows.push([++k, i === 0 ? t : N, v.name + '委会', '村委会', v.poor ? '是' : '否', N]));
    for (const c of cs) rows.push([++k, N, c + '居委会', '社区', '—', '不属行政村']);
    merges.push(`B${top}:B${rows.length}`);
  }
  rows.push(['合计：村委会86个（其中省定贫困村13个），社区居委会9个', N, N, N, N, N]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert.strictEqual(k, 95);
  YA.villageSheet = { name: '行政村名单', rows: padRows(rows, 6), merges };

  // ---- stations
  const poor = admin.filter(v => v.poor);
  const nonPoor = admin.filter(v => !v.poor);
  const poorOrder = shuffle(r, poor.slice());
  const coveredPoor = poorOrder.slice(0, 12), latePoor = poorOrder[12];
  const npOrder = shuffle(r, nonPoor.slice());
  const coveredNP = npOrder.slice(0, 48), lateNP = npOrder[48];
  const st = [];
  const pre = () => randDate(r, '2020-05-10', '2021-08-20');
  for (const v of [...coveredPoor, ...coveredNP]) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '村电商服务站', type: r() < 0.7 ? '自建' : '供销', date: pre() });
  for (const v of coveredNP.slice(3, 5)) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '邮乐购服务点', type: '邮政', date: pre() });
  st.push({ town: latePoor.town, village: latePoor.name, name: latePoor.name.replace(/村$/, '') + '村电商服务站', type: '自建', date: '2021-09-10' });
  st.push({ town: lateNP.town, village: lateNP.name, name: lateNP.name.replace(/村$/, '') + '村电商服务站', type: '自建', date: '2021-09-22' });
  st.push({ town: '六都镇', village: '六都社区', name: '六都社区电商服务站', type: '自建', date: '2020-08-18' });
  st.push({ town: '富林镇', village: '大台林场', name: '大台林场电商服务点', type: '供销', date: '2020-12-09' });
  assert.strictEqual(st.length, 66);
  const adminNames = new Set(admin.map(v => v.name));
  assert(!adminNames.has('大台林场'));
  const covered = new Set(st.filter(s => s.date <= CUTOFF && adminNames.has(s.village)).map(s => s.village));
  YA.coveredVillages = covered.size;
  YA.coveredPoor = poor.filter(v => covered.has(v.name)).length;
  assert.strictEqual(YA.coveredVillages, 60);
  assert.strictEqual(YA.coveredPoor, 12);
  const careless = new Set(st.filter(s => adminNames.has(s.village)).map(s => s.village));
  assert.strictEqual(careless.size, 62);
  const townOrder = towns.map(x => x[0]);
  st.sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const sRows = [
    ['云安区村级电子商务服务站点台账', N, N, N, N, N, N, N, N],
    ['填报单位：云安区商务局', N, N, N, N, N, '填报时间：2021年9月8日', N, N],
    ['序号', '站点名称', '所在镇', '所在村（社区）', '站点类型', '负责人', '联系电话', '建成时间', '运营状态'],
  ];
  st.forEach((s, i) => {
    // village written three ways; date written four ways
    const vw = s.village.endsWith('村') ? [s.village, s.village + '委会', s.village + '民委员会'][i % 3] : s.village;
    let dw;
    if (s.date > CUTOFF) dw = dotted(s.date);
    else if (i % 4 === 0) dw = { date: s.date };
    else if (i % 4 === 1) dw = dotted(s.date);
    else if (i % 4 === 2) dw = cn(s.date);
    else if (monthOf(s.date) < '2021-08') { dw = `${ymdParts(s.date)[0]}年${ymdParts(s.date)[1]}月`; s.monthOnly = true; }
    else dw = dotted(s.date);
    sRows.push([i + 1, s.name, s.town, vw, s.type, YA.nm(), YA.ph(), dw, s.date > CUTOFF ? '筹建中' : '正常运营']);
  });
  sRows.push(['注：站点类型“邮政”为邮乐购服务点，“供销”为供销社农村综合服务社加挂。', N, N, N, N, N, N, N, N]);
  YA.stationSheet = { name: '站点台账', rows: padRows(sRows, 9), merges: ['A1:I1', 'A2:F2', 'G2:I2', `A${sRows.length}:I${sRows.length}`] };
  // a month-only date never lands in the cut-off month, so it cannot blur the count
  assert(st.filter(s => s.monthOnly).every(s => monthOf(s.date) < '2021-08'));
  YA.st = st;
  YA.latePoor = latePoor; YA.lateNP = lateNP;
})();

(function c1ParkAndTraining() {
  const r = YA.r;
  // ---- park enterprises: type is a tick matrix under a merged group header
  const uscc = usccFactory(2311, YA.REG);
  const TYPES = ['平台型', '销售型', '电商运营服务', '物流快递'];
  const words = ['南山', '云雾', '六都', '高村', '白石', '镇安', '富林', '石城', '都杨', '托洞', '西江', '蓬远', '大绀山', '茶洞', '云硫', '南盛', '稔村', '前锋', '罗坑', '金鸡', '思劳'];
  const plan = [ // [type index or 'other:<text>', entered, left]
    [0, '2020-10-30', N], [1, '2020-11-02', N], [1, '2020-11-02', N], [2, '2020-11-10', N], [3, '2020-11-16', N],
    [1, '2020-12-01', N], [1, '2020-12-21', N], ['other:直播电商', '2021-01-08', N], [1, '2021-01-18', N], [0, '2021-03-03', N],
    [2, '2021-03-15', N], [1, '2021-03-29', N], [3, '2021-04-08', N], [1, '2021-04-26', N], [1, '2021-05-17', N],
    [2, '2021-06-01', N], [1, '2021-06-22', N], [3, '2021-07-12', N], [1, '2021-08-09', N],
    [1, '2020-11-20', '2021-04-30'], [3, '2021-09-06', N],
  ];
  const suffix = (ti) => (ti === 3 ? '物流有限公司' : ti === 0 ? '网络科技有限公司' : '电子商务有限公司');
  const ents = plan.map(([ti, entered, left], i) => ({
    name: `云浮市云安区${words[i]}${typeof ti === 'number' ? suffix(ti) : '文化传媒有限公司'}`, code: uscc(), ti, entered, left,
  }));
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  YA.parkCount = new Set(inPark.map(e => e.code)).size;
  assert.strictEqual(YA.parkCount, 19);
  assert.strictEqual(ents.length, 21);
  YA.parkTypes = new Set(inPark.map(e => (typeof e.ti === 'number' ? TYPES[e.ti] : e.ti))).size;
  assert.strictEqual(YA.parkTypes, 5);
  const eRows = [
    ['云安区电子商务产业园入驻企业名单', N, N, N, N, N, N, N, N, N, N],
    ['序号', '企业名称', '统一社会信用代码', '企业类型（在对应栏打“✓”）', N, N, N, N, '入驻时间', '退出时间', '备注'],
    [N, N, N, ...TYPES, '其他（请注明）', N, N, N],
  ];
  ents.forEach((e, i) => {
    const ticks = TYPES.map((_, k) => (e.ti === k ? '✓' : N));
    const other = typeof e.ti === 'string' ? e.ti.slice(6) : N;
    const ent = i % 3 === 0 ? { date: e.entered } : dotted(e.entered);
    eRows.push([i + 1, e.name, e.code, ...ticks, other, ent, e.left ? dotted(e.left) : N, e.left ? '已退园' : e.entered > CUTOFF ? '9月新入驻' : N]);
  });
  YA.entSheet = { name: '入驻企业', rows: padRows(eRows, 11), merges: ['A1:K1', 'D2:H2', 'A2:A3', 'B2:B3', 'C2:C3', 'I2:I3', 'J2:J3', 'K2:K3'] };

  // ---- training sessions (人次 per session; the poverty special sessions are NOT in here)
  const sessions = [
    ['第1期', '2020-07-16', { date: '2020-07-16' }, '农村电商基础知识', '村“两委”干部、站点负责人', 186, 12],
    ['第2期', '2020-09-10', '2020.9.10', '网店开设与运营', '返乡青年、个体工商户', 214, 9],
    ['第3期', '2020-10-22', '2020年10月22日', '农产品拍摄与美工', '合作社、家庭农场', 198, 7],
    ['第4期', '2020-12', '2020年12月', '短视频与直播带货', '返乡青年、个体工商户', 235, 11],
    ['第5期', '2021-01-14', { date: '2021-01-14' }, '电商物流与供应链', '站点负责人、物流从业人员', 176, 5],
    ['第6期', '2021-03-24', '2021.3.23-24', '直播带货实操（两天）', '返乡青年、个体工商户', 242, 14],
    ['第7期', '2021-04-20', '2021.4.20', '农村电商基础知识', '村“两委”干部、站点负责人', 208, 10],
    ['第8期', '2021-05-13', '2021年5月13日', '云安特色农产品品牌营销', '涉农企业、合作社', 187, 6],
    ['第9期', '2021-05-27', { date: '2021-05-27' }, '网店开设与运营', '返乡青年、大学生', 223, 8],
    ['第10期', '2021-06-17', '2021.6.17', '农产品拍摄与美工', '合作社、家庭农场', 195, 9],
    ['第11期', '2021-07-15', '2021年7月15日', '短视频与直播带货', '返乡青年、个体工商户', 204, 12],
    ['第12期', '2021-08-05', { date: '2021-08-05' }, '电商政策与创业辅导', '返乡青年、大学生', 189, 7],
    ['第13期', '2021-08-26', '2021.8.26', '电商客服与售后', '站点负责人、网店店主', 193, 6],
    ['第14期', '2021-09-16', '2021.9.16', '直播带货提升班', '返乡青年、个体工商户', 270, 13],
  ];
  YA.sessionPre = sum(sessions.filter(s => s[1].slice(0, 7) <= '2021-08' && (s[1].length === 7 || s[1] <= CUTOFF)).map(s => s[5]));
  YA.sessionAll = sum(sessions.map(s => s[5]));
  assert.strictEqual(YA.sessionPre, 2650);
  assert.strictEqual(YA.sessionAll, 2920);
  const tRows = [
    ['云安区电子商务进农村培训情况登记表（按期次）', N, N, N, N, N, N, N],
    ['期次', '培训时间', '培训内容', '培训对象', '培训地点', '参训人次', '其中：建档立卡贫困人口', '备注'],
  ];
  for (const s of sessions) tRows.push([s[0], s[2], s[3], s[4], '区电子商务公共服务中心', s[5], s[6], s[0] === '第6期' ? '两天' : N]);
  tRows.push(['合计', N, N, N, N, YA.sessionAll, sum(sessions.map(s => s[6])), N]);
  tRows.push(['注：电商扶贫专场培训另见《贫困户专场签到》，人次不在本表统计。', N, N, N, N, N, N, N]);
  YA.sessionSheet = { name: '培训登记', rows: padRows(tRows, 8), merges: ['A1:H1', `A${tRows.length}:H${tRows.length}`] };
})();

(function c1Poor() {
  const r = YA.r;
  const newId = YA.newId, nm = YA.nm;
  // ---- poor persons: 100 eligible (有劳动能力, 在家), 20 migrants, 30 without labour capacity
  const statuses = shuffle(r, [...Array(100).fill('E'), ...Array(20).fill('M'), ...Array(30).fill('N')]);
  const persons = [];
  let hhLeft = 0, hh = null, rel = 0, hv = null;
  let xWanted = 2;
  for (const s of statuses) {
    if (hhLeft === 0) { hhLeft = 1 + Math.floor(r() * 4); hh = nm(); rel = 0; hv = YA.admin[Math.floor(r() * YA.admin.length)]; }
    const sex = r() < 0.5 ? 'M' : 'F';
    const wantX = s === 'E' && xWanted > 0 ? true : false;
    if (wantX) xWanted--;
    const name = rel === 0 ? hh : hh[0] + nm().slice(1);
    persons.push({ s, id: newId(YA.REG, sex, wantX), name, head: hh, rel: ['户主', '配偶', '子女', '子女', '孙子女'][rel], town: hv.town, village: hv.name, sex });
    rel++; hhLeft--;
  }
  const E = persons.filter(p => p.s === 'E'), M = persons.filter(p => p.s === 'M'), NL = persons.filter(p => p.s === 'N');
  assert.deepStrictEqual([E.length, M.length, NL.length], [100, 20, 30]);
  const ppRows = [
    ['云安区建档立卡贫困人口名单（区乡村振兴局提供，2021年8月）', N, N, N, N, N, N, N, N],
    ['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况'],
  ];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id,
    p.s === 'N' ? (i % 2 ? '无劳动能力' : '丧失劳动能力') : '有劳动能力', p.s === 'M' ? '外出务工' : '在家']));
  YA.poorSheet = { name: '建档立卡贫困人口', rows: padRows(ppRows, 9), merges: ['A1:I1'] };

  // ---- special sign-ins: 3 sessions before the cut-off (95 rows), one after (15 rows)
  const xE = E.filter(p => p.id.endsWith('X'));
  assert.strictEqual(xE.length, 2);
  const plainE = E.filter(p => !p.id.endsWith('X'));
  const trained = [xE[0], ...plainE.slice(0, 45)]; // 46 distinct eligible
  const masked = plainE[45];
  const postOnly = plainE.slice(46, 52); // 6 eligible who come only in September
  const pre = [];
  for (const p of trained) pre.push({ p, id: p === xE[0] ? p.id.slice(0, 17) + 'x' : p.id });
  for (const p of trained.slice(1, 21)) pre.push({ p, id: p.id }); // 20 came twice
  for (const p of M.slice(0, 8)) pre.push({ p, id: p.id });
  for (const p of NL.slice(0, 6)) pre.push({ p, id: p.id });
  pre.push({ p: masked, id: masked.id.slice(0, 6) + '********' + masked.id.slice(14) });
  while (pre.length < 95) { const sex = r() < 0.5 ? 'M' : 'F'; const v = YA.admin[Math.floor(r() * YA.admin.length)]; pre.push({ p: { name: nm(), town: v.town, village: v.name, sex }, id: newId(YA.REG, sex) }); }
  const sizes = [30, 33, 32];
  const sDates = ['2020-11-19', '2021-04-15', '2021-07-08'];
  let ok = false;
  while (!ok) {
    shuffle(r, pre); ok = true; let off = 0;
    for (const n of sizes) { const ids = pre.slice(off, off + n).map(x => x.id.toUpperCase()); if (new Set(ids).size !== ids.length) ok = false; off += n; }
  }
  const post = postOnly.map(p => ({ p, id: p.id }));
  while (post.length < 15) { const sex = r() < 0.5 ? 'M' : 'F'; const v = YA.admin[Math.floor(r() * YA.admin.length)]; post.push({ p: { name: nm(), town: v.town, village: v.name, sex }, id: newId(YA.REG, sex) }); }
  shuffle(r, post);
  const all = [];
  let off = 0;
  sizes.forEach((n, i) => { for (const x of pre.slice(off, off + n)) all.push({ date: sDates[i], x }); off += n; });
  for (const x of post) all.push({ date: '2021-09-09', x });
  const sRows = [
    ['云安区电子商务进农村电商扶贫专场培训签到表', N, N, N, N, N, N, N],
    ['序号', '培训日期', '姓名', '性别', '身份证号码', '所在镇村', '联系电话', '本人签名'],
  ];
  all.forEach((t, i) => sRows.push([i + 1, dotted(t.date), t.x.p.name, t.x.p.sex === 'M' ? '男' : '女', t.x.id, t.x.p.town + t.x.p.village, YA.ph(), '已签到']));
  sRows.push(['注：专场学员由各镇扶贫工作站组织，身份证号以签到原件为准。', N, N, N, N, N, N, N]);
  YA.signSheet = { name: '贫困户专场签到', rows: padRows(sRows, 8), merges: ['A1:H1', `A${sRows.length}:H${sRows.length}`] };
  for (const t of all) if (!t.x.id.includes('*')) assert(validId(t.x.id.toUpperCase()));

  // ---- measures
  YA.signPre = all.filter(t => t.date <= CUTOFF).length;
  YA.signAll = all.length;
  assert.deepStrictEqual([YA.signPre, YA.signAll], [95, 110]);
  const eligibleIds = new Set(E.map(p => p.id));
  const trainedSet = new Set(all.filter(t => t.date <= CUTOFF && !t.x.id.includes('*')).map(t => t.x.id.toUpperCase()).filter(id => eligibleIds.has(id)));
  YA.eligible = E.length;
  YA.trainedPoor = trainedSet.size;
  assert.strictEqual(YA.trainedPoor, 46);
  const trainedAll = new Set(all.filter(t => !t.x.id.includes('*')).map(t => t.x.id.toUpperCase()).filter(id => eligibleIds.has(id)));
  assert.strictEqual(trainedAll.size, 52); // the clerk's 52 includes the September special session
  const caseSensitive = new Set(all.filter(t => t.date <= CUTOFF).map(t => t.x.id).filter(id => eligibleIds.has(id)));
  assert.strictEqual(caseSensitive.size, 45);
  YA.personTimes = YA.sessionPre + YA.signPre;
  assert.strictEqual(YA.personTimes, 2745);
  assert.strictEqual(YA.sessionAll + YA.signAll, 3030);
})();

(function c1Logs() {
  const r = YA.r;
  // ---- funds (元)
  const funds = [
    ['2020-06-16', { date: '2020-06-16' }, '县级电商公共服务中心建设', '云浮市云安区南山电子商务有限公司', 620000],
    ['2020-08-25', '2020.8.25', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司云浮市云安区分公司', 580000],
    ['2020-10-20', { date: '2020-10-20' }, '县乡村三级物流配送体系', '云浮市云安区蓬远物流有限公司', 430000],
    ['2020-12-18', '2020.12.18', '农村电商人才培训', '云浮市某职业技能培训学校', '186,800.00'],
    ['2021-02-05', { date: '2021-02-05' }, '县级电商公共服务中心运营', '云浮市云安区南山电子商务有限公司', 300000],
    ['2021-04-22', '2021.4.22', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司云浮市云安区分公司', 520000],
    ['2021-06-18', { date: '2021-06-18' }, '农产品品牌培育及溯源体系', '云浮市云安区云雾电子商务有限公司', 380000],
    ['2021-08-27', '2021.8.27', '县乡村三级物流配送体系', '云浮市云安区蓬远物流有限公司', 420000],
    ['2021-09-14', '2021.9.14', '村级电商服务站点建设（尾款）', '中国邮政集团有限公司云浮市云安区分公司', 428200],
  ];
  const amt = (x) => (typeof x === 'number' ? x : Number(x.replace(/,/g, '')));
  YA.fundSpent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => amt(f[4])));
  YA.fundAll = sum(funds.map(f => amt(f[4])));
  assert.strictEqual(YA.fundSpent, 3436800);
  assert.strictEqual(YA.fundAll, 3865000);
  assert(YA.fundSpent * 100 < 5000000 * 70); // 68.7% → −5
  assert(YA.fundAll * 100 >= 5000000 * 70); // 77.3% if the September row were counted
  const fRows = [
    ['云安区省级电子商务进农村综合示范专项资金拨付台账', N, N, N, N, N],
    ['下达资金：500万元（云财工〔2019〕58号）', N, N, N, '单位：元', N],
    ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号'],
  ];
  funds.forEach((f, i) => fRows.push([i + 1, f[1], f[2], f[3], f[4], `记-${f[0].slice(0, 4)}-${pad(40 + i * 7, 4)}`]));
  fRows.push(['合计', N, N, N, YA.fundAll, N]);
  YA.fundSheet = { name: '资金台账', rows: padRows(fRows, 6), merges: ['A1:F1', 'A2:D2', `A${fRows.length}:D${fRows.length}`] };

  // ---- monthly reports to 云浮市商务局
  const repMonths = ['2020-07', '2020-08', ...WINDOW, '2021-09'];
  const rep = repMonths.map((m, i) => { const d = 5 + Math.floor(r() * 5); return { date: `${m}-${pad(d, 2)}`, pov: m >= '2020-09' }; });
  YA.reportReg = regularity(rep.map(x => x.date));
  assert.strictEqual(YA.reportReg, 'full');
  const rRows = [['云安区电商进农村工作月报报送登记表（报云浮市商务局）', N, N, N], ['序号', '报送日期', '报送内容', '是否含电商扶贫统计']];
  rep.forEach((x, i) => {
    const [y, m] = ymdParts(x.date); const pm = m === 1 ? 12 : m - 1; const py = m === 1 ? y - 1 : y;
    rRows.push([i + 1, i % 2 ? cn(x.date) : { date: x.date }, `${py}年${pm}月示范创建工作进展及统计数据`, x.pov ? '是' : '否']);
  });
  YA.reportSheet = { name: '月报报送', rows: padRows(rRows, 4), merges: ['A1:D1'] };

  // ---- disclosures: plan, projects, monthly progress; one entry typed as a month only; no window entry
  const disc = [['2019-12-16', '云安区电子商务进农村综合示范县创建工作方案'], ['2020-01-20', '云安区电子商务进农村综合示范项目基本信息公示']];
  for (const m of ['2020-06', '2020-07', '2020-08', ...WINDOW]) {
    const [y, mm] = ymdParts(m + '-01');
    disc.push([m === '2021-02' ? m : `${m}-${pad(10 + Math.floor(r() * 15), 2)}`, `云安区电子商务进农村综合示范项目建设进度（${y}年${mm}月）`]);
  }
  YA.discReg = regularity(disc.map(x => x[0]));
  assert.strictEqual(YA.discReg, 'full');
  const dRows = [['云安区政府网站“电子商务进农村”专栏更新记录', N, N], ['序号', '发布日期', '标题']];
  disc.forEach((x, i) => dRows.push([i + 1, x[0].length === 7 ? `${ymdParts(x[0] + '-01')[0]}年${ymdParts(x[0] + '-01')[1]}月` : dotted(x[0]), x[1]]));
  dRows.push(['注：2021年2月进度信息发布日期网站后台未显示，按月份登记。', N, N]);
  YA.discSheet = { name: '专栏更新', rows: padRows(dRows, 3), merges: ['A1:C1', `A${dRows.length}:C${dRows.length}`] };

  // ---- media
  const media = [
    ['2020-12-08', '云浮日报', '市级', '报纸', '云安：电商服务站开进村', '否'],
    ['2021-03-26', '南方日报', '省级', '报纸', '云安区农产品搭上“电商快车”', '否'],
    ['2021-06-11', '广东广播电视台', '省级', '电视', '云安区电商扶贫：贫困户网上卖出“云安茶”', '是'],
    ['2021-09-03', '云安发布', '县级', '网络', '我区举办第14期电商直播带货培训', '否'],
  ];
  const lv = new Set(media.filter(x => x[0] <= CUTOFF).map(x => x[2]));
  assert.deepStrictEqual([...lv].sort(), ['市级', '省级'].sort());
  YA.mediaPts = (lv.has('省级') || lv.has('国家级') ? 4 : 0) + (lv.has('市级') ? 3 : 0) + (lv.has('县级') ? 1 : 0);
  assert.strictEqual(YA.mediaPts, 7);
  const tv = media.filter(x => x[0] <= CUTOFF && x[3] === '电视' && x[5] === '是');
  YA.tvPts = tv.some(x => x[2] === '国家级') ? 2 : tv.some(x => x[2] === '省级') ? 1 : 0;
  assert.strictEqual(YA.tvPts, 1);
  const mRows = [['云安区电子商务进农村宣传报道统计表', N, N, N, N, N, N], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  media.forEach((x, i) => mRows.push([i + 1, { date: x[0] }, ...x.slice(1)]));
  YA.mediaSheet = { name: '宣传报道', rows: padRows(mRows, 7), merges: ['A1:G1'] };

  // ---- materials
  YA.matSheet = { name: '经验材料', rows: padRows([['经验材料报送登记', N, N, N], ['序号', '报送日期', '材料名称', '报送对象'], [1, '2021.7.20', '云安区电子商务进农村综合示范创建经验做法', '云浮市商务局']], 4), merges: ['A1:D1'] };
})();

(function c1FactsAndWrite() {
  const YN = '是=1，否=0';
  const F = [
    ['云浮市电子商务进农村综合示范创建考评数据采集表（导入模板）', N, N, N, N, N],
    ['填报说明：1.是否类指标填1或0；2.日期按yyyymmdd填写8位数字；3.金额单位为万元，百分比只填数字；4.主观指标填自评分；5.请勿增删行列。', N, N, N, N, N],
    ['填报单位：云安区商务局', N, N, '填报日期', 20210906, N],
    ['序号', '类别', '采集项', '计量单位', '填报值', '填报说明'],
    [1, '基本情况', '县（市、区）', '文本', '云安区', N],
    [2, N, '考评截止日期', 'yyyymmdd', 20210831, N],
    [3, N, '常住人口', '万人', 29.87, '第七次全国人口普查'],
    [4, N, '行政村数', '个', 86, '不含社区居委会9个'],
    [5, N, '省定贫困村数', '个', 13, N],
    [6, '组织领导', '领导小组组长职务', '文本', '区长', N],
    [7, N, '领导小组成员单位', '文本', '区商务局,区财政局,区农业农村局,区乡村振兴局,区发展和改革局,区市场监督管理局', '逗号分隔'],
    [8, N, '已正式印发示范县工作方案', YN, 1, '云安府办〔2019〕26号'],
    [9, N, '已出台支持农村电商发展政策', YN, 1, '《云安区促进农村电子商务发展扶持办法》'],
    [10, '服务体系', '县级电商公共服务中心投入运营日期', 'yyyymmdd', 20201028, N],
    [11, N, '中心有免费培训场所、培训设备', YN, 1, N],
    [12, N, '为特色农产品提供免费展示、销售服务', YN, 1, N],
    [13, N, '提供免费摄影、美工服务', YN, 1, N],
    [14, N, '组织农产品统一推广、指导品牌建设', YN, 1, N],
    [15, N, '提供其他衍生增值服务', YN, 0, N],
    [16, N, '建设或整合、优化电商产业园', YN, 1, '云安区电子商务产业园'],
    [17, '农村产品上行', '有专业第三方电商运营或服务商', YN, 1, N],
    [18, N, '行政村物流快递覆盖率100%', YN, 1, '区邮政管理部门出具证明'],
    [19, N, '2019年农村网络零售额', '万元', 38650, '省商务厅反馈'],
    [20, N, '2020年农村网络零售额', '万元', 45920, '省商务厅反馈'],
    [21, N, '2020年农村网络零售额同比增速', '%', 18.8, N],
    [22, N, '2019年农产品网络零售额', '万元', 9860, '省商务厅反馈'],
    [23, N, '2020年农产品网络零售额', '万元', 13420, '省商务厅反馈'],
    [24, N, '2020年农产品网络零售额同比增速', '%', 36.1, N],
    [25, '人才培训', '累计培训人次', '人次', 3030, '含贫困户专场'],
    [26, N, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', 100, '区乡村振兴局提供'],
    [27, N, '参加培训的建档立卡贫困人口', '人', 52, N],
    [28, '信息公开', '专栏公示创建方案', YN, 1, N],
    [29, N, '专栏公示项目基本信息', YN, 1, N],
    [30, N, '专栏公示项目建设进度', YN, 1, N],
    [31, N, '专栏设立征求意见或监督举报窗口', YN, 0, '拟于9月增设'],
    [32, N, '能统计电商扶贫情况', YN, 1, N],
    [33, '资金管理', '省级专项资金下达总额', '万元', 500, N],
    [34, N, '累计拨付省级专项资金', '万元', 386.5, N],
    [35, N, '已制定资金管理制度', YN, 1, N],
    [36, N, '已建立资金专用台账', YN, 1, N],
    [37, N, '项目总体进度', '%', 84, N],
    [38, '一票否决', '发生安全生产、质量事故或重大损失', YN, 0, N],
    [39, N, '弄虚作假', YN, 0, N],
    [40, '主观指标', '方案制定', '分（1-2）', 2, N],
    [41, N, '政策支持', '分（1-2）', 1, '政策落实不够'],
    [42, N, '项目管理制度', '分（1-2）', 2, N],
    [43, N, '工作台账', '分（1-2）', 1, '部分台账不完整'],
    [44, N, '网销调研并形成针对性建议', '分（1-2）', 2, N],
    [45, N, '网络促销活动成效', '分（1-2）', 1, N],
    [46, N, '交易标准、冷链及溯源系统', '分（1-2）', 1, N],
    [47, N, '资金管理制度', '分（1-5）', 4, N],
    [48, N, '资金台账', '分（1-5）', 4, N],
    [49, N, '资金及时拨付', '分（1-5）', 3, N],
  ];
  const fMerges = ['A1:F1', 'A2:F2', 'A3:C3'];
  let top = null;
  F.forEach((row, i) => {
    if (i < 4) return;
    if (row[1] !== N) { if (top !== null && i - 1 > top) fMerges.push(`B${top + 1}:B${i}`); top = i; }
  });
  if (top !== null && F.length - 1 > top) fMerges.push(`B${top + 1}:B${F.length}`);
  assert.strictEqual(fMerges.length, 3 + 9);
  assert(Math.abs(13420 / 9860 - 1.361) < 0.0005 && 13420 * 100 >= 9860 * 130);
  assert(45920 * 100 < 38650 * 130);
  assert(Math.abs(45920 / 38650 - 1.188) < 0.0005);
  assert.strictEqual(Math.round(386.5 * 10000), YA.fundAll);

  // ---- points, computed from what the workbook contains
  const pop = 298700;
  const judged = { plan: 2, policy: 1, mgmtSys: 2, mgmtLedger: 1, research: 2, promo: 1, standards: 1, fsys: 4, fledger: 4, fspend: 3 };
  const center = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (YA.parkCount >= 20 ? 2 : 0) + (YA.parkTypes >= 3 ? 1 : 0);
  assert.strictEqual(center, 12);
  const covA = YA.coveredVillages * 100 >= 86 * 70 ? 5 : YA.coveredVillages * 100 >= 86 * 50 ? 2 : 0;
  const covP = YA.coveredPoor === 13 ? 5 : YA.coveredPoor * 100 >= 13 * 80 ? 3 : 0;
  assert.deepStrictEqual([covA, covP], [2, 3]);
  const upward = judged.research + judged.promo + 1 + 1 + judged.standards + 2;
  assert.strictEqual(upward, 8);
  const tPT = tierTraining(YA.personTimes, pop), tPoor = tierPoor(YA.trainedPoor, YA.eligible);
  assert.deepStrictEqual([tPT, tPoor], [8, 8]);
  assert.strictEqual(tierTraining(3030, pop), 10); // the clerk's figure would have given 10
  assert.strictEqual(tierPoor(52, 100), 10);
  const disclosure = 0 + (YA.discReg === 'full' ? 2 : YA.discReg === 'partial' ? 1 : 0);
  const reporting = (YA.reportReg === 'full' ? 3 : YA.reportReg === 'partial' ? 1 : 0) + 3;
  const spending = YA.fundSpent * 100 < 5000000 * 70 ? -5 : judged.fspend;
  const points = {
    'org.leadership': 2, 'org.plan': judged.plan, 'org.policy': judged.policy, 'org.management': judged.mgmtSys + judged.mgmtLedger,
    'work.center': center, 'work.coverage': covA + covP, 'work.upward': upward, 'work.training': tPT + tPoor,
    'info.disclosure': disclosure, 'info.reporting': reporting, 'promo.cases': 2, 'promo.media': YA.mediaPts,
    'fund.system': judged.fsys, 'fund.ledger': judged.fledger, 'fund.spending': spending,
    'bonus.poorTraining': YA.trainedPoor * 100 >= YA.eligible * 70 ? 2 : 0, 'bonus.tvCase': YA.tvPts,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !/^(bonus|veto)\./.test(k));
  assert.strictEqual(scored.length, 15);
  const s15 = sum(scored.map(x => x[1]));
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  assert.deepStrictEqual([s15, bonus], [69, 1]);
  const total = s15 + bonus;
  const pct = (a, b, d) => (a * 100 / b).toFixed(d === undefined ? 1 : d) + '%';
  const derivation = [
    'org.leadership: 数据采集表“领导小组组长职务：区长”（主要领导）；成员单位 区商务局、区财政局、区农业农村局、区乡村振兴局（另有发改、市场监管）→ 四部门齐全 → 2',
    'org.plan: 第8项“已正式印发示范县工作方案”填1（云安府办〔2019〕26号）；第40项方案制定自评 2 → 2',
    'org.policy: 第9项政策已出台填1；第41项政策支持自评 1 → 1',
    'org.management: 第42项项目管理制度 2 + 第43项工作台账 1 → 3',
    `work.center: 中心运营日期20201028 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训2、展示1、摄影美工1、品牌推广1（均填1）→ 5；其他衍生增值服务填0 → 0；产业园填1 → 2；入驻企业名单21行，截至8月31日在园 ${YA.parkCount} 家（一家2021.4.30退园、一家2021.9.6才入驻）< 20 → 0；类型（打✓的栏）平台型/销售型/电商运营服务/物流快递/其他“直播电商” 共${YA.parkTypes}类 ≥ 3 → 1；合计 ${center}`,
    `work.coverage: 名单村委会86个（社区居委会9个不计）；截止日前建成站点覆盖的行政村 ${YA.coveredVillages} 个（两村各有第二个邮乐购服务点只算一次；六都社区站点不计；“大台林场”不在名单不计；两个站点2021.9.10、2021.9.22才建成不计；“××村”“××村委会”“××村民委员会”同村）→ ${YA.coveredVillages}/86 = ${pct(YA.coveredVillages, 86)} < 70%、≥ 50% → 2；省定贫困村13个中截止日前有站点 ${YA.coveredPoor} 个（${YA.latePoor.name}的站点2021.9.10才建成）→ ${YA.coveredPoor}/13 = ${pct(YA.coveredPoor, 13)}，80%–100% → 3；合计 ${covA + covP}`,
    `work.upward: 网销调研自评2 + 促销活动自评1 + 第三方运营服务商填1 → 1 + 快递：村名单没有快递列，按第18项填1 → 1 + 交易标准冷链溯源自评1 + 农产品网络零售额 13420/9860 万元 = +36.1% ≥ 30%（农村网络零售额+18.8%不够，任一即可）→ 2；合计 ${upward}`,
    `work.training: 培训人次 = 按期登记表截止日前13期 ${YA.sessionPre} 人次（第14期2021.9.16的270人次不计；“其中：建档立卡贫困人口”列是分项，不另加；合计行2920含第14期）+ 贫困户专场签到截止日前三期 ${YA.signPre} 行（2021.9.9专场15行不计）= ${YA.personTimes} ÷ min(298700, 500000) = ${pct(YA.personTimes, pop, 3)}，0.8%–1% → 8（采集表第25项3030人次含截止日后的285人次）；贫困人口：名单有劳动能力且“在家”${YA.eligible}人，截止日前专场签到按身份证号匹配 ${YA.trainedPoor} 人（一人末位写成小写x按X匹配；20人参加两期只算一次；外出务工8人、无/丧失劳动能力6人不计；一人身份证打码无法匹配；14名不在名单上的人不计；9月9日专场新增6人不计，采集表第27项的52人含这6人）→ ${YA.trainedPoor}/${YA.eligible} = ${pct(YA.trainedPoor, YA.eligible)}，40%–50% → 8；合计 ${tPT + tPoor}`,
    'info.disclosure: 第31项“专栏设立征求意见或监督举报窗口”填0（更新记录里也没有），内容不全 → 0；更新记录2020年9月至2021年8月每月都有（2021年2月只写“2021年2月”，仍算该月）→ 按月 → 2；合计 2',
    'info.reporting: 月报登记2020年9月至2021年8月每月都有 → 3；“是否含电商扶贫统计”有“是”，第32项填1 → 3；合计 6',
    'promo.cases: 2021.7.20 向云浮市商务局报送经验材料 → 2',
    'promo.media: 截止日前有省级（南方日报、广东广播电视台）→ 4，市级（云浮日报）→ 3；唯一的县级报道（云安发布）在2021-09-03，不计 → 7',
    'fund.system: 第47项资金管理制度自评 4（第35项已制定填1）→ 4',
    'fund.ledger: 第48项资金台账自评 4（第36项已建立填1）→ 4',
    `fund.spending: 资金台账截止日前拨付 ${YA.fundSpent.toLocaleString('en-US')} 元（2021.9.14的428,200元尾款不计；“186,800.00”是文本金额）÷ 5,000,000 = ${pct(YA.fundSpent, 5000000, 2)} < 70% → 倒扣 −5（采集表第34项386.5万元含9月尾款，按它算是77.3%）→ −5`,
    `bonus.poorTraining: 贫困人口培训率 ${YA.trainedPoor}/${YA.eligible} = ${pct(YA.trainedPoor, YA.eligible)} < 70% → 0`,
    'bonus.tvCase: 广东广播电视台2021-06-11播报电商扶贫典型案例（省级电视）→ 1',
    'veto.incident: 第38项填0 → 不否决 → 0',
    'veto.progress: 第37项项目总体进度84% ≥ 40% → 不否决 → 0（资金支出率68.7%不是总体进度）',
    'veto.fraud: 第39项填0 → 不否决 → 0',
    `合计: 15项 ${s15} + 加分 min(0+1, 4) = ${bonus} → ${total}；未否决`,
  ];
  const sheets = [
    { name: '考评数据采集表', rows: padRows(F, 6), merges: fMerges },
    YA.villageSheet, YA.stationSheet, YA.entSheet, YA.sessionSheet, YA.signSheet, YA.poorSheet,
    YA.fundSheet, YA.reportSheet, YA.discSheet, YA.mediaSheet, YA.matSheet,
  ];
  const nRows = sum(sheets.map(s => s.rows.length));
  assert(nRows > 400 && nRows < 700, nRows);
  write('counties', 'b23-c1-yunanqu.json', {
    description: `云浮市云安区商务局的整本工作簿（12个表，共${nRows}行），中等（${total}分，含加分1分，未否决）。事实表是云浮市商务局下发的“考评数据采集表（导入模板）”：序号|类别（纵向合并）|采集项|计量单位|填报值|填报说明，是否类一律填1/0（计量单位写“是=1，否=0”），日期填8位数字（20201028，计量单位yyyymmdd），金额万元、百分比只填数字（18.8、84，计量单位%），主观指标自评分也填在同一“填报值”列（计量单位“分（1-2）”“分（1-5）”，所以“1”有时是“是”、有时是1分）；牵头领导只写职务“区长”，成员单位用半角逗号连写。台账：入驻企业表的企业类型是打✓的矩阵（两行表头，“企业类型（在对应栏打“✓”）”合并在平台型|销售型|电商运营服务|物流快递|其他（请注明）之上）；培训分按期次登记人次（带“其中：建档立卡贫困人口”分项列和合计行）与贫困户专场逐人签到两本；站点所在村三种写法、建成时间四种写法（真日期/2020.6.18/2020年6月18日/只写到月）。陷阱：站点覆盖60/86差一点到70%（两个9月建成的站点、社区站点、林场站点不计）；培训人次2745（0.919%）而采集表写3030；贫困人口参训46/100而采集表写52；资金台账截止日前68.7%（9月尾款不计）→ 倒扣5分，采集表的386.5万元含尾款；产业园在园19家；专栏缺监督举报窗口；县级报道在截止日后。`,
    sheets,
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
    derivation,
  });
})();
