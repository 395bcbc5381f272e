'use strict';
// Batch 24 generator: writes ../facts, ../ledgers, ../counties relative to this file's folder.
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b24.js
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
const IW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ICK = '10X98765432';
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * IW[i]; return ICK[s % 11]; }
function validId(id) { return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17]; }
function pad(n, w) { return String(n).padStart(w, '0'); }
function makeIdFactory(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (region, sex, wantX) { // sex 'M'|'F'; wantX true/false/undefined
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
const SURN = ['陈', '李', '黄', '梁', '何', '吴', '罗', '欧', '冯', '麦', '邓', '叶', '林', '谭', '苏', '卢', '关', '伍', '钟', '张', '刘', '杨', '蔡', '郑'];
const GIV = ['志', '伟', '丽', '娟', '强', '华', '明', '芳', '敏', '杰', '燕', '军', '红', '霞', '平', '辉', '玲', '斌', '婷', '彬', '健', '坤', '荣', '添', '锦', '凤', '好', '妹', '金', '英', '少', '永', '秀', '宝', '嘉', '颖'];
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
  const pre = ['139', '138', '137', '135', '136', '150', '159', '158', '188', '189', '133', '180', '186'];
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
function randDate(r, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  const t = a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
function shuffle(r, a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sum = (a) => a.reduce((x, y) => x + y, 0);
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function slashed0(iso) { return iso.replace(/-/g, '/'); } // 2020/05/28
function monthOf(iso) { return iso.slice(0, 7); }
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; const y = m > 12 ? 2021 : 2020; WINDOW.push(`${y}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
function regularity(dates) {
  const months = new Set(dates.filter(d => d <= CUTOFF).map(monthOf).filter(m => WINDOW.includes(m)));
  if (months.size === 12) return 'full';
  return months.size ? 'partial' : 'none';
}
function colName(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
assert.strictEqual(colName(0), 'A'); assert.strictEqual(colName(25), 'Z'); assert.strictEqual(colName(26), 'AA');
function padRows(rows, width) {
  const w = width || Math.max(...rows.map(r => r.length));
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
function tierTraining(pt, pop) { const base = Math.min(pop, 500000); if (pt * 1000 >= base * 10) return 10; if (pt * 1000 >= base * 8) return 8; if (pt * 1000 >= base * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }

// =====================================================================
// F1 汕尾市城区 — 问卷星 (wjx.cn) export: one respondent per row, one question per column,
// meta columns first, multi-select joined with "┋", fill-in options as 其他〖…〗,
// matrix questions split into one column per row title, "(跳过)" / "(空)" for no answer.
// =====================================================================
(function f1() {
  const Q = [ // [header, answer]
    ['序号', 1],
    ['提交答卷时间', '2021/9/3 16:42:18'],
    ['所用时间', '1265秒'],
    ['来源', '微信'],
    ['来源详情', 'N/A'],
    ['来自IP', '112.96.173.25(广东-汕尾)'],
    ['1、填报单位所属县（市、区）', '汕尾市城区'],
    ['2、考评截止日期', '2021-08-31'],
    ['3、常住人口（万人）', '54.07'],
    ['4、行政村数（个）', '31'],
    ['5、省定贫困村数（个）', '4'],
    ['6、示范创建工作领导小组组长（填职务）', '区委副书记、区长'],
    ['7、领导小组成员单位【多选题】', '区商务局┋区财政局┋区农业农村局┋区乡村振兴局┋其他〖区交通运输局、区市场监管局、邮政城区分公司〗'],
    ['8、示范县工作方案是否已正式印发', '是'],
    ['9、是否已出台支持农村电商发展的政策', '是'],
    ['10、县级电商公共服务中心投入运营日期', '2020-11-26'],
    ['11、中心服务情况—有免费培训场所、培训设备，能组织电商基础培训', '是'],
    ['11、中心服务情况—为特色农产品提供免费展示、销售服务', '是'],
    ['11、中心服务情况—为电子商务市场主体提供免费摄影、美工服务', '否'],
    ['11、中心服务情况—组织农产品统一推广、指导特色农产品品牌建设', '是'],
    ['11、中心服务情况—为电子商务发展提供其他衍生增值服务', '是'],
    ['12、是否建设或整合、优化电商产业园', '否'],
    ['13、产业园入驻企业数（家）', '(跳过)'],
    ['14、当地是否有专业第三方电子商务运营或服务商', '是'],
    ['15、行政村物流快递覆盖率是否达到100%', '是'],
    ['16、2019年农村网络零售额（万元）', '46800'],
    ['17、2020年农村网络零售额（万元）', '59300'],
    ['18、2019年农产品网络零售额（万元）', '8650'],
    ['19、2020年农产品网络零售额（万元）', '11420'],
    ['20、电商培训人次（截至考评截止日）', '5620'],
    ['21、有劳动能力的建档立卡贫困人口数（不含外出务工）', '1873'],
    ['22、参加电商培训的建档立卡贫困人口数', '(空)'],
    ['23、政府网站专栏公示内容【多选题】', '示范创建方案┋项目基本信息┋项目建设进度┋其他〖监督举报电话0660-3213xxx〗'],
    ['24、能否统计电商扶贫情况（培训、带动增收等）', '能'],
    ['25、省级专项资金下达总额（万元）', '500'],
    ['26、累计拨付省级专项资金（万元）', '385.6'],
    ['27、是否已制定资金管理制度', '是'],
    ['28、项目承建方是否建立资金专用台账', '是'],
    ['29、项目总体进度（%）', '78'],
    ['30、是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '否'],
    ['31、如有，请说明情况', '(跳过)'],
    ['32、是否存在弄虚作假情况', '否'],
    ['33、自评分—方案制定（1-2分）', '2'],
    ['33、自评分—政策支持（1-2分）', '2'],
    ['33、自评分—项目管理制度（1-2分）', '2'],
    ['33、自评分—工作台账（1-2分）', '1'],
    ['33、自评分—网销调研并形成针对性建议（1-2分）', '1'],
    ['33、自评分—网络促销活动成效（1-2分）', '2'],
    ['33、自评分—交易标准及冷链、溯源系统（1-2分）', '1'],
    ['33、自评分—资金管理制度（1-5分）', '4'],
    ['33、自评分—资金台账（1-5分）', '4'],
    ['33、自评分—资金及时拨付（1-5分）', '4'],
    ['34、填报人', '林晓彤'],
    ['35、联系电话', '13502681547'],
    ['36、备注', '(空)'],
  ];
  const header = Q.map(q => q[0]);
  const answer = Q.map(q => q[1]);
  assert.strictEqual(new Set(header).size, header.length);
  assert.strictEqual(Q.length, 55);
  write('facts', 'b24-f1-shanweichengqu.json', {
    description: '汕尾市城区商务局用问卷星收集的考评数据，导出为“按选项文本”的Excel：第1行是题目、第2行是唯一一份答卷（' + Q.length + '列，前6列是序号/提交答卷时间/所用时间/来源/来源详情/来自IP等元数据）；多选题用“┋”连接并有“其他〖…〗”填空（成员单位、专栏公示内容），矩阵题拆成“11、中心服务情况—…”“33、自评分—…”一行一列；跳题写“(跳过)”、未答写“(空)”；数字都是文本，单位只在题目括号里（万人、万元、%）。陷阱：第22题参训贫困人口“(空)”＝未填；第13题“(跳过)”；提交时间2021/9/3不是截止日期；第24题答“能”。',
    sheets: [{ name: 'Sheet1', rows: padRows([header, answer]) }],
    expect: {
      facts: {
        county: '汕尾市城区',
        asOf: '2021-08-31',
        residentPopulation: 540700,
        adminVillagesStated: 31,
        poorVillagesStated: 4,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 468000000,
        ruralRetail2020: 593000000,
        agriRetail2019: 86500000,
        agriRetail2020: 114200000,
        trainingPersonTimesStated: 5620,
        eligiblePoorPersonsStated: 1873,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3856000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.78,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================
// F2 三水区 — a statistical report form in the 统计报表制度 style: 表号/制定机关/文号/有效期 block
// top right, 指标名称|代码|计量单位|本期|上年同期|备注, a 甲/乙/丙/1/2/3 column-code row under
// the header, yes/no answered by CODE (1=是 2=否, legend only in the 填表说明 under the table),
// dates as 8-digit numbers, units only in the 计量单位 column, signature footer.
// =====================================================================
(function f2() {
  const W = 6;
  const sec = (t) => [t, N, N, N, N, N];
  const rows = [
    [N, N, N, N, '表　　号：', '粤商电农03表'],
    [N, N, N, N, '制定机关：', '广东省商务厅'],
    [N, N, N, N, '文　　号：', '粤商务电函〔2021〕101号'],
    [N, N, N, N, '有效期至：', '2021年12月'],
    ['电子商务进农村综合示范创建考评基础数据表', N, N, N, N, N],
    ['报告期：截至2021年8月31日', N, N, N, N, N],
    ['填报单位（盖章）：佛山市三水区经济和科技促进局', N, N, '所属县（市、区）：三水区', N, N],
    ['指标名称', '代码', '计量单位', '本期', '上年同期', '备注'],
    ['甲', '乙', '丙', 1, 2, 3],
    sec('一、基本情况'),
    ['常住人口', '01', '万人', 80.35, N, '第七次全国人口普查'],
    ['行政村数', '02', '个', 55, N, '不含社区居委会'],
    ['省定贫困村数', '03', '个', 0, N, '我区无省定贫困村'],
    sec('二、组织实施及服务体系'),
    ['示范县工作方案是否正式印发', '04', '—', 1, N, '三府办函〔2019〕213号'],
    ['是否出台支持农村电商发展的政策', '05', '—', 1, N, N],
    ['县级电商公共服务中心投入运营日期', '06', '年月日', 20200915, N, N],
    ['中心是否有免费培训场所、培训设备', '07', '—', 1, N, N],
    ['中心是否为特色农产品提供免费展示、销售服务', '08', '—', 1, N, N],
    ['中心是否提供免费摄影、美工服务', '09', '—', 2, N, '外包，按次收费'],
    ['中心是否组织农产品统一推广、指导品牌建设', '10', '—', 1, N, N],
    ['中心是否提供其他衍生增值服务', '11', '—', 1, N, N],
    ['是否建设或整合、优化电商产业园', '12', '—', 2, N, N],
    ['是否有专业第三方电商运营或服务商', '13', '—', 1, N, N],
    ['行政村物流快递覆盖率', '14', '%', 100, 96.4, N],
    sec('三、网络零售'),
    ['农村网络零售额', '15', '万元', 583200, 451600, N],
    ['　其中：农产品网络零售额', '16', '万元', 42380, 31950, N],
    ['农村网络零售额同比增速', '17', '%', 29.1, N, N],
    ['农产品网络零售额同比增速', '18', '%', 32.6, N, N],
    sec('四、人才培训'),
    ['电商培训人次', '19', '人次', 8236, 3105, N],
    ['有劳动能力的建档立卡贫困人口数（不含外出务工）', '20', '人', 312, N, '区乡村振兴局提供'],
    ['参加电商培训的建档立卡贫困人口数', '21', '人', 168, 57, N],
    sec('五、信息公开及报送'),
    ['政府网站专栏是否公示创建方案', '22', '—', 1, N, N],
    ['专栏是否公示项目基本信息', '23', '—', 1, N, N],
    ['专栏是否公示项目建设进度', '24', '—', 1, N, N],
    ['专栏是否设立征求意见或监督举报窗口', '25', '—', 2, N, '拟于9月增设'],
    ['能否统计电商扶贫情况', '26', '—', 1, N, N],
    sec('六、资金管理'),
    ['省级专项资金下达总额', '27', '万元', 500, N, N],
    ['累计拨付省级专项资金', '28', '万元', 362.4, 118, N],
    ['是否已制定资金管理制度', '29', '—', 1, N, N],
    ['项目承建方是否建立资金专用台账', '30', '—', 1, N, N],
    ['项目总体进度', '31', '%', 81, N, N],
    sec('七、否决事项'),
    ['是否发生安全生产、质量事故或重大经济损失', '32', '—', 2, N, N],
    ['是否存在弄虚作假', '33', '—', 2, N, N],
    ['单位负责人：李国梁　　统计负责人：何婉仪　　填表人：梁嘉敏　　联系电话：0757-87712345　　报出日期：2021年9月6日', N, N, N, N, N],
    ['填表说明：1.本表由各示范县（市、区）商务主管部门填报，报市商务局汇总。2.“是否”类指标填代码：1=是，2=否。3.网络零售额“本期”填2020年全年数，“上年同期”填2019年全年数；其余指标“本期”填截至报告期末累计数，“上年同期”填截至上年同期末（2020年8月31日）累计数。4.日期按“年月日”8位数字填写，如20200101。', N, N, N, N, N],
  ];
  const merges = ['A5:F5', 'A6:F6', 'A7:C7', 'D7:F7'];
  rows.forEach((r, i) => { if (typeof r[0] === 'string' && /^[一二三四五六七]、/.test(r[0])) merges.push(`A${i + 1}:F${i + 1}`); });
  merges.push(`A${rows.length - 1}:F${rows.length - 1}`, `A${rows.length}:F${rows.length}`);
  // codes are consecutive 01..33
  const codes = rows.filter(r => /^\d\d$/.test(r[1] || '')).map(r => Number(r[1]));
  assert.deepStrictEqual(codes, Array.from({ length: 33 }, (_, i) => i + 1));
  assert.strictEqual(Math.round((583200 / 451600 - 1) * 1000) / 10, 29.1);
  assert.strictEqual(Math.round((42380 / 31950 - 1) * 1000) / 10, 32.6);
  write('facts', 'b24-f2-sanshui.json', {
    description: '佛山市三水区经济和科技促进局按统计报表制度格式填的《考评基础数据表》：右上角表号/制定机关/文号/有效期至，表头“指标名称|代码|计量单位|本期|上年同期|备注”，下面一行是栏目代码“甲|乙|丙|1|2|3”；是否类指标填代码1/2（1=是、2=否，图例只写在表下填表说明里）；日期按8位数字20200915；单位只在计量单位列（万人、万元、%）；表尾单位负责人/统计负责人/填表人/报出日期。陷阱：“上年同期”列对零售额是2019年数，对培训人次、参训贫困人口、累计拨付是上年8月底的累计数（不是本期）；快递覆盖率本期100（上年同期96.4）；省定贫困村填0；报出日期2021年9月6日不是截止日。',
    sheets: [{ name: '粤商电农03表', rows: padRows(rows, W), merges }],
    expect: {
      facts: {
        county: '三水区',
        asOf: '2021-08-31',
        residentPopulation: 803500,
        adminVillagesStated: 55,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-15',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 4516000000,
        ruralRetail2020: 5832000000,
        agriRetail2019: 319500000,
        agriRetail2020: 423800000,
        ruralRetailGrowthStated: 0.291,
        agriRetailGrowthStated: 0.326,
        trainingPersonTimesStated: 8236,
        eligiblePoorPersonsStated: 312,
        trainedPoorPersonsStated: 168,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3624000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.81,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
    },
  });
})();

// =====================================================================
// F3 从化区 — a WeChat 群接龙 pasted line by line into column A, followed by the pasted chat
// (speaker/time line, then message line) with a correction and two yes/no answers.
// =====================================================================
(function f3() {
  const lines = [
    '考评数据接龙（工作群原文，9月2日复制）',
    null,
    '#接龙',
    '各位同事好！按区领导小组（组长：区委常委、副区长）要求，请各成员单位接龙报送示范创建考评数据，口径统一截至2021年8月31日，本周五前报齐，谢谢！',
    '例：单位 姓名 数据',
    null,
    '1. 区统计局 陈志坚 常住人口71.74万人（七普）',
    '2. 区农业农村局 何文辉 行政村221个（另有社区居委会40个）',
    '3. 区乡村振兴局 黄丽 有劳动能力的建档立卡贫困人口1,052人，参加电商培训463人',
    '4. 区商务局 刘敏 区电商公共服务中心2020年7月投入运营；电商培训累计6,385人次',
    '5. 区邮政管理局 欧阳涛 行政村快递覆盖率100%',
    '6. 区财政局 谢国强 省级专项资金下达500万元，截至8月底已拨付412.7万元',
    '7. 区商务局 刘敏 农村网络零售额：2019年26.4亿元，2020年33.1亿元；农产品网络零售额：2019年3.86亿元，2020年4.92亿元',
    '8. 区政务服务数据管理局 李晓 政府网站专栏：创建方案✅ 项目基本信息✅ 建设进度✅ 监督举报窗口❌（下周上线）',
    null,
    '———— 以下为群聊记录 ————',
    '黄丽（区乡村振兴局） 9月1日 16:20',
    '更正一下：上面1,052人是含外出务工的，不含外出务工的是986人；参训463人不变',
    '刘敏（区商务局） 9月1日 16:35',
    '收到[OK]',
    '谢国强（区财政局） 9月2日 09:12',
    '资金管理办法和资金专用台账都有，需要的话我把文件发过来',
    '刘敏（区商务局） 9月2日 10:05',
    '示范县工作方案去年已经正式印发；扶持政策还在走流程，暂未出台',
    '李晓（区政务服务数据管理局） 9月2日 10:31',
    '[强]',
  ];
  const rows = lines.map(t => [t]);
  write('facts', 'b24-f3-conghua.json', {
    description: '从化区商务局经办人把微信工作群的“#接龙”整段复制进Excel：全在A列、一行一句，接龙每行“序号. 单位 姓名 数据”（数字、单位、年份都在句子里：71.74万人、26.4亿元、412.7万元、2020年7月），专栏情况用✅/❌；下面接着粘贴群聊记录（一行“姓名（单位） 时间”、下一行消息），消息里有更正和是/否答复，还有[OK]、[强]表情。读法：有劳动能力贫困人口按群聊更正取986人（接龙里的1,052人含外出务工）；“组长：区委常委、副区长”为分管领导；中心运营只写到月；表内没有县名标签。',
    sheets: [{ name: '接龙原文', rows: padRows(rows, 1) }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 717400,
        adminVillagesStated: 221,
        eligiblePoorPersonsStated: 986,
        trainedPoorPersonsStated: 463,
        centerOpened: '2020-07',
        trainingPersonTimesStated: 6385,
        expressCoverage: true,
        fundAllocated: 5000000,
        fundSpentStated: 4127000,
        ruralRetail2019: 2640000000,
        ruralRetail2020: 3310000000,
        agriRetail2019: 386000000,
        agriRetail2020: 492000000,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        fundSystemIssued: true,
        fundLedgerKept: true,
        planIssued: true,
        policyIssued: false,
      },
      judged: {},
      leadership: 'deputy',
    },
  });
})();

// =====================================================================
// L1 斗门区 — stations written as a per-village checklist: every 行政村 is a row (已建/未建),
// only 已建 rows are stations; ditto marks "〃" / "同上" in the 镇, 行政村 and 建成时间 columns;
// a second station of a village sits on the next row with 镇 and 行政村 both "〃".
// =====================================================================
(function l1() {
  const nm = nameFactory(2411);
  const ph = phoneFactory(2412);
  const D = (iso) => ({ date: iso });
  // [village, status, stationName, dateCell, expected, note]; village '〃' = second station of the village above
  const towns = [
    ['莲洲镇', [
      ['石龙村', '已建', '石龙村电商服务站', D('2020-06-18'), '2020-06-18'],
      ['东湾村', '已建', '东湾村电商服务站', '同上', '2020-06-18'],
      ['粉洲村', '已建', '粉洲村电商服务站', '同上', '2020-06-18'],
      ['横山村', '已建', '横山村电商服务站', '2020.8.6', '2020-08-06'],
      ['莲江村', '未建', N, N, N, '村委会办公楼改造中'],
      ['红星村', '已建', '红星村电商服务站', '2020年9月', '2020-09'],
      ['新洲村', '已建', '新洲村电商服务站', '〃', '2020-09'],
      ['大沙村', '未建', N, N, N],
      ['光明村', '已建', '光明村电商服务站', D('2021-03-25'), '2021-03-25'],
    ]],
    ['斗门镇', [
      ['南门村', '已建', '南门村电商服务站', D('2020-07-02'), '2020-07-02'],
      ['八甲村', '已建', '八甲村电商服务站', '2020.7.2', '2020-07-02'],
      ['上洲村', '已建', '上洲村电商服务站', '同上', '2020-07-02'],
      ['大濠冲村', '未建', N, N, N],
      ['小濠冲村', '已建', '小濠冲村电商服务站', '2021.4.16', '2021-04-16'],
      ['排山村', '已建', '排山村电商服务站', D('2020-11-12'), '2020-11-12'],
      ['〃', '已建', '排山村邮乐购服务点', '2021.6.8', '2021-06-08', '同村第二个站点'],
      ['大赤坎村', '未建', N, N, N],
    ]],
    ['乾务镇', [
      ['湾口村', '未建', N, N, N, '计划2021年10月建成'],
      ['荔山村', '已建', '荔山村电商服务站', '2020年12月', '2020-12'],
      ['三里村', '已建', '三里村电商服务站', '同上', '2020-12'],
      ['乾东村', '已建', '乾东村电商服务站', D('2020-08-20'), '2020-08-20'],
      ['〃', '已建', '乾东村快递超市服务点', D('2021-09-03'), '2021-09-03', '9月新增'],
      ['乾西村', '已建', '乾西村电商服务站', '2020.8.20', '2020-08-20'],
      ['马山村', '已建', '马山村电商服务站', '同上', '2020-08-20'],
      ['夏村村', '未建', N, N, N],
      ['狮群村', '已建', '狮群村电商服务站', D('2021-05-27'), '2021-05-27'],
    ]],
    ['白蕉镇', [
      ['南环村', '已建', '南环村电商服务站', D('2020-06-30'), '2020-06-30'],
      ['昭信村', '已建', '昭信村电商服务站', '同上', '2020-06-30'],
      ['月坑村', '已建', '月坑村电商服务站', '同上', '2020-06-30'],
      ['东岸村', '已建', '东岸村电商服务站', '2020年10月', '2020-10'],
      ['新环村', '未建', N, N, N],
      ['成裕村', '已建', '成裕村电商服务站', '2021.1.15', '2021-01-15'],
      ['虾山村', '已建', '虾山村电商服务站', '〃', '2021-01-15'],
      ['灯笼村', '已建', '灯笼村电商服务站', D('2021-09-18'), '2021-09-18'],
    ]],
    ['井岸镇', [
      ['草朗村', '已建', '草朗村电商服务站', D('2020-09-09'), '2020-09-09'],
      ['龙西村', '已建', '龙西村电商服务站', '同上', '2020-09-09'],
      ['尖峰村', '未建', N, N, N],
      ['坭湾村', '已建', '坭湾村电商服务站', '2021.3.3', '2021-03-03'],
      ['黄金村', '已建', '黄金村电商服务站', '2021年7月', '2021-07'],
      ['西埔村', '未建', N, N, N],
    ]],
  ];
  const W = 9;
  const rows = [
    ['斗门区行政村电子商务服务站点建设情况一览表', N, N, N, N, N, N, N, N],
    ['填报单位：斗门区商务局（盖章）', N, N, N, N, N, '统计时间：2021年9月', N, N],
    ['序号', '镇', '行政村', '是否建站', '站点名称', '建成时间', '站长', '联系电话', '备注'],
  ];
  const merges = ['A1:I1', 'A2:F2', 'G2:I2'];
  const recs = [];
  const summary = [];
  let seq = 0, totalV = 0, totalBuilt = 0;
  towns.forEach(([town, list], ti) => {
    let prevVillage = null, prevDateExp = null, villages = 0, builtV = new Set();
    list.forEach((e, i) => {
      const [v, st, name, dCell, dExp, note] = e;
      const second = v === '〃';
      const village = second ? prevVillage : v;
      if (!second) { villages++; prevVillage = v; }
      let townCell = i === 0 ? town : '〃';
      if (town === '斗门镇' && i === 2) townCell = '同上';
      if (dCell === '同上' || dCell === '〃') assert(prevDateExp && prevDateExp === dExp, `${village} ditto`);
      rows.push([second ? N : ++seq, townCell, v, st, name, dCell, st === '已建' ? nm() : N, st === '已建' ? ph() : N, note || N]);
      if (st === '已建') { recs.push({ village, opened: dExp }); if (dExp <= CUTOFF) builtV.add(village); }
      prevDateExp = st === '已建' ? dExp : null;
    });
    rows.push([`${town}小计：行政村${villages}个，已建站点的村${builtV.size}个`, N, N, N, N, N, N, N, N]);
    merges.push(`A${rows.length}:I${rows.length}`);
    summary.push([town, villages, builtV.size]);
    totalV += villages; totalBuilt += builtV.size;
  });
  rows.push([`合计：行政村${totalV}个，已建站点${recs.length}个（含9月新建2个），截至8月31日已建站点的村${totalBuilt}个`, N, N, N, N, N, N, N, N]);
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(['注：1.“〃”“同上”表示与上一行内容相同；2.建成时间以挂牌时间为准；3.同一村有两个站点的分两行填写，第二行不编序号。', N, N, N, N, N, N, N, N]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert.strictEqual(totalV, 38);
  assert.strictEqual(recs.length, 31);
  assert.strictEqual(recs.filter(r => r.opened > CUTOFF).length, 2);
  const sRows = [['各镇站点覆盖情况汇总（截至2021年8月31日）', N, N, N], ['镇', '行政村数（个）', '已建站点村数（个）', '覆盖率']];
  for (const [t, v, b] of summary) sRows.push([t, v, b, `${(b * 100 / v).toFixed(1)}%`]);
  sRows.push(['全区', totalV, totalBuilt, `${(totalBuilt * 100 / totalV).toFixed(1)}%`]);
  write('ledgers', 'b24-l1-doumen.json', {
    description: '斗门区商务局的站点建设情况一览表按行政村逐村列出（每个行政村一行，“是否建站”填已建/未建），只有“已建”行才是站点；镇、行政村、建成时间三列大量用“〃”“同上”表示与上一行相同（表下注明），同村第二个站点另起一行、镇和行政村都写“〃”且不编序号；建成时间混有真日期、“2020.8.6”、只到月的“2020年9月”；每镇一行合并的小计、末尾合计和注；另有一张“按镇汇总”表（不是台账）。陷阱：未建行不是记录；“同上”要取上一行的日期（上一行只到月则也只到月）；两个站点在2021年9月才建（照列）。',
    sheets: [
      { name: '站点建设情况', rows: padRows(rows, W), merges },
      { name: '按镇汇总', rows: padRows(sRows, 4), merges: ['A1:D1'] },
    ],
    expect: {
      sheets: {
        '站点建设情况': { kind: 'stations', records: recs },
        '按镇汇总': { kind: null },
      },
    },
  });
})();

// =====================================================================
// L2 高明区 — paper sign-in sheets re-typed into Excel with the 公民身份号码 in 18 one-digit
// boxes (one cell per digit, header merged over the 18 columns); the date only in the line
// under the title (session 2 a two-day range); one trainee's whole number pasted into the
// first box; one with no number; one lower-case x in the last box.
// =====================================================================
(function l2() {
  const REG = '440608';
  const newId = makeIdFactory(2421);
  const nm = nameFactory(2422);
  const ph = phoneFactory(2423);
  const r = rng(2424);
  const towns = ['荷城街道', '杨和镇', '明城镇', '更合镇'];
  const WK = ['日', '一', '二', '三', '四', '五', '六'];
  const wd = (iso) => { const [y, m, d] = iso.split('-').map(Number); return WK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; };
  const sessions = [
    { sheet: '第1期签到表', date: '2020-11-19', when: `2020年11月19日（星期${wd('2020-11-19')}）`, topic: '农村电商基础与网店开设', n: 24, ought: 30,
      special: { 7: 'lowerx', 15: 'whole' } },
    { sheet: '第2期签到表', date: '2021-04-09', when: '2021年4月8日—9日', topic: '短视频拍摄与直播带货（两天）', n: 27, ought: 30,
      special: { 4: 'none', 12: 'upperx' } },
  ];
  assert.strictEqual(wd('2020-11-19'), '四');
  const W = 3 + 18 + 3;
  const sheets = [{
    name: '填表说明',
    rows: padRows([
      ['签到表填写说明'],
      ['1. 本表按纸质签到表逐格录入，公民身份号码一格一位，末位为X的填写大写X。'],
      ['2. 未携带身份证、现场无法核对的，身份证号码一栏留空。'],
      ['3. 签名栏据纸质签到表录入，“已签”表示本人已签到。'],
      ['高明区电子商务公共服务中心　2021年4月'],
    ], 1),
  }];
  const exp = { '填表说明': { kind: null } };
  for (const s of sessions) {
    const rows = [
      ['高明区电子商务进农村综合示范项目培训签到表', ...Array(W - 1).fill(N)],
      [`培训时间：${s.when}　　培训地点：高明区电子商务公共服务中心二楼培训室　　培训内容：${s.topic}`, ...Array(W - 1).fill(N)],
      ['序号', '姓名', '性别', '公民身份号码（一格一位）', ...Array(17).fill(N), '联系电话', '所在镇（街道）', '签名'],
    ];
    const recs = [];
    for (let i = 1; i <= s.n; i++) {
      const sex = r() < 0.5 ? 'M' : 'F';
      const kind = s.special[i];
      let boxes, expected;
      if (kind === 'none') {
        boxes = Array(18).fill(N); expected = null;
      } else {
        const id = newId(REG, sex, (kind === 'lowerx' || kind === 'upperx') ? true : false);
        assert(validId(id));
        expected = id;
        if (kind === 'whole') boxes = [id, ...Array(17).fill(N)];
        else boxes = id.split('').map((c, k) => (k === 17 && c === 'X') ? (kind === 'lowerx' ? 'x' : 'X') : Number(c));
      }
      rows.push([i, nm(), sex === 'M' ? '男' : '女', ...boxes, ph(), towns[Math.floor(r() * towns.length)], '已签']);
      recs.push({ date: s.date, personTimes: 1, id: expected });
    }
    rows.push(['（以下空白）', ...Array(W - 1).fill(N)]);
    rows.push([`应到${s.ought}人　　实到${s.n}人　　记录人：区志明`, ...Array(W - 1).fill(N)]);
    for (const row of rows) assert.strictEqual(row.length, W);
    const last = colName(W - 1);
    sheets.push({ name: s.sheet, rows: padRows(rows, W), merges: [`A1:${last}1`, `A2:${last}2`, 'D3:U3', `A${rows.length - 1}:${last}${rows.length - 1}`, `A${rows.length}:${last}${rows.length}`] });
    exp[s.sheet] = { kind: 'training', records: recs };
  }
  assert.strictEqual(colName(3 + 17), 'U');
  write('ledgers', 'b24-l2-gaoming.json', {
    description: '高明区电商公共服务中心把纸质签到表照原样录进Excel：公民身份号码按纸面方格一格一位，占D:U共18列（表头“公民身份号码（一格一位）”合并在18列之上），每位数字是一个数字单元格、末位X是文本；两期各一张表，日期只写在标题下一行“培训时间：2020年11月19日（星期四）　培训地点…　培训内容…”，第2期是“2021年4月8日—9日”两天班（按结束日2021-04-09计）；另有“填表说明”页（不是台账）。陷阱：第1期第15人把整个身份证号粘在第一格（其余17格空），第1期第7人末格写小写x，第2期第4人18格全空（无身份证号）；表尾“以下空白”和“应到/实到/记录人”行不是学员。',
    sheets,
    expect: { sheets: exp },
  });
})();

// =====================================================================
// C1 云城区（云浮）— the whole workbook kept by the THIRD-PARTY OPERATOR (运营服务商) on the
// bureau's behalf: numbered sheet names, a cover and a 版本记录 change log, a facts sheet laid out
// as the operator's 合同履约/验收自查 (A 甲方提供 / B 乙方履约 by 合同包 / C 运营数据 in GMV
// jargon / D 主观项自评 with 运营方建议分 beside 局审定分), ledgers as exports from the operator's
// own systems. Built in parts that share the object C.
// =====================================================================
const C = {};
(function c1Villages() {
  const r = rng(2431);
  C.r = r;
  C.REG = '445302';
  C.nm = nameFactory(2432);
  C.ph = phoneFactory(2433);
  const A = ['大', '石', '水', '新', '罗', '黄', '白', '高', '龙', '金', '上', '下', '东', '西', '南', '北', '榃', '蟠', '沙', '竹', '蒙', '横', '庙', '旧', '良', '平', '永', '联', '红', '凌'];
  const B = ['田', '塘', '坑', '岗', '洞', '围', '坪', '湾', '头', '坡', '垌', '冲', '岭', '口', '步', '边', '寨', '村', '洲', '桥', '江', '寮', '背', '滘', '蓬'];
  const vill = villageFactory(2434, A, B);
  C.towns = [['思劳镇', 9], ['前锋镇', 8], ['南盛镇', 8], ['腰古镇', 8], ['都杨镇', 9], ['安塘街道', 7], ['河口街道', 5], ['高峰街道', 6], ['云城街道', 4]];
  C.communities = { 云城街道: ['城中社区', '城北社区', '城东社区', '城西社区'], 高峰街道: ['高峰社区', '丰收社区', '牧羊社区'], 河口街道: ['河口社区', '庙岗社区', '稔村社区'], 安塘街道: ['安塘社区'], 思劳镇: ['思劳社区'], 前锋镇: ['前锋社区'], 南盛镇: ['南盛社区'] };
  C.admin = [];
  for (const [t, n] of C.towns) for (let i = 0; i < n; i++) C.admin.push({ town: t, name: vill(), poor: false });
  assert.strictEqual(C.admin.length, 64);
  // 10 poor villages, spread over the rural towns
  const poorIdx = [1, 4, 10, 13, 19, 26, 30, 36, 41, 45];
  for (const i of poorIdx) C.admin[i].poor = true;
  C.poor = C.admin.filter(v => v.poor);
  assert.strictEqual(C.poor.length, 10);
  const nCom = Object.values(C.communities).reduce((a, b) => a + b.length, 0);
  assert.strictEqual(nCom, 14);
  // sheet: 02-村居名单（区经促局提供）
  const rows = [
    ['云城区村（居）民委员会名单', N, N, N, N, N, N],
    ['（区经济促进局提供，运营方2021-06-15录入）', N, N, N, N, N, N],
    ['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注'],
  ];
  let k = 0;
  for (const [t] of C.towns) {
    for (const v of C.admin.filter(x => x.town === t)) rows.push([++k, t, v.name + '委会', '村委会', v.poor ? '是' : '否', '是', N]);
    for (const c of C.communities[t] || []) rows.push([++k, t, c + '居委会', '居委会', '/', '/', '城市社区']);
  }
  rows.push([`合计：村委会${C.admin.length}个，社区居委会${nCom}个；其中省定贫困村${C.poor.length}个`, N, N, N, N, N, N]);
  C.vRows = rows;
  C.vMerges = ['A1:G1', 'A2:G2', `A${rows.length}:G${rows.length}`];
})();

(function c1Stations() {
  const r = rng(2441);
  const { admin, poor } = C;
  const nonPoor = admin.filter(v => !v.poor);
  const order = shuffle(r, nonPoor.slice());
  const coveredNP = order.slice(0, 36);
  const uncoveredNP = order.slice(36);
  const poorPre = poor.slice(0, 9), poorPost = poor[9];
  const st = []; // {town, village (list name), written, level, date, time}
  const pre = () => randDate(r, '2020-05-15', '2021-08-25');
  const spell = (name, i) => (i % 7 === 3 ? name.replace(/村$/, '村民委员会') : i % 7 === 5 ? name : name + '委会');
  let i = 0;
  for (const v of [...poorPre, ...coveredNP]) st.push({ town: v.town, village: v.name, written: spell(v.name, i++), level: '村级服务站', name: v.name.replace(/村$/, '') + '村电商服务站', date: pre() });
  for (const v of coveredNP.slice(4, 6)) st.push({ town: v.town, village: v.name, written: v.name + '委会', level: '村级快递驿站', name: v.name.replace(/村$/, '') + '快递驿站（电商服务点）', date: pre() });
  st.push({ town: poorPost.town, village: poorPost.name, written: poorPost.name + '委会', level: '村级服务站', name: poorPost.name.replace(/村$/, '') + '村电商服务站', date: '2021-09-07' });
  st.push({ town: uncoveredNP[0].town, village: uncoveredNP[0].name, written: uncoveredNP[0].name + '委会', level: '村级服务站', name: uncoveredNP[0].name.replace(/村$/, '') + '村电商服务站', date: '2021-09-20' });
  for (const [t, c] of [['思劳镇', '思劳社区'], ['前锋镇', '前锋社区'], ['南盛镇', '南盛社区']]) st.push({ town: t, village: c, written: c + '居委会', level: '镇级服务中心', name: t + '电商服务中心', date: pre() });
  assert.strictEqual(st.length, 52);
  for (const s of st) { const hh = 8 + Math.floor(r() * 10); s.time = `${s.date} ${pad(hh, 2)}:${pad(Math.floor(r() * 60), 2)}:${pad(Math.floor(r() * 60), 2)}`; }
  st.sort((a, b) => (a.time < b.time ? -1 : 1));
  const rows = [['站点编码', '站点名称', '站点等级', '所属镇街', '所属村居', '站长', '手机号', '上线时间', '运营状态', '本月订单(单)', '累计代购代销额(元)']];
  st.forEach((s, j) => rows.push([`YC${pad(j + 1, 4)}`, s.name, s.level, s.town, s.written, C.nm(), C.ph(), s.time, '正常', 20 + Math.floor(r() * 400), Math.round((5000 + r() * 180000) * 100) / 100]));
  const norm = (w) => w.replace(/(村民委员会|村委会)$/, '村');
  const adminNames = new Set(admin.map(v => v.name));
  const coveredPre = new Set(st.filter(s => s.date <= CUTOFF).map(s => norm(s.written)).filter(n => adminNames.has(n)));
  assert.strictEqual(coveredPre.size, 45);
  assert(45 * 100 >= 64 * 70); // 70.3%
  const poorCov = poor.filter(v => coveredPre.has(v.name)).length;
  assert.strictEqual(poorCov, 9);
  const coveredAll = new Set(st.map(s => norm(s.written)).filter(n => adminNames.has(n)));
  assert.strictEqual(poor.filter(v => coveredAll.has(v.name)).length, 10); // trap: 10/10 if September counted
  const exactOnly = new Set(st.filter(s => s.date <= CUTOFF).map(s => s.written.replace(/村委会$/, '村')).filter(n => adminNames.has(n)));
  assert(exactOnly.size * 100 < 64 * 70, 'literal matching must fall below 70%');
  C.sRows = rows;
  C.cov = { covered: coveredPre.size, poorCov, nStations: st.length, nVariant: st.filter(s => /村民委员会$|[^会]$/.test(s.written) && s.level !== '镇级服务中心').length, exactOnly: exactOnly.size };
  C.points = { 'work.coverage': 5 + 3 };
})();

(function c1Enterprises() {
  const r = rng(2451);
  const USC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const uscc = () => {
    let body = (r() < 0.75 ? '91' : '92') + C.REG;
    while (body.length < 17) body += USC[Math.floor(r() * 31)];
    let s = 0;
    for (let i = 0; i < 17; i++) s += USC.indexOf(body[i]) * UW[i];
    return body + USC[(31 - (s % 31)) % 31];
  };
  const words = ['石都', '云石', '蟠龙', '凌霄', '南山', '禾谷', '高峰', '河口', '安塘', '思劳', '腰古', '都杨', '前锋', '南盛', '云端', '稻香', '山里人', '农夫港', '石城', '源野', '果香', '翠云', '西江'];
  const suffix = { 平台电商: '电子商务有限公司', 网店零售: '农产品商行', 代运营服务: '网络科技有限公司', 仓配物流: '供应链管理有限公司', 直播MCN: '文化传媒有限公司', 设计摄影: '设计工作室' };
  const types = ['平台电商', '网店零售', '代运营服务', '仓配物流', '网店零售', '直播MCN', '网店零售', '设计摄影', '代运营服务', '网店零售'];
  const ents = [];
  for (let i = 0; i < 23; i++) {
    const t = types[i % types.length];
    const signed = randDate(r, '2020-05-01', '2021-07-20');
    const lag = 3 + Math.floor(r() * 25);
    const entered = new Date(Date.parse(signed + 'T00:00:00Z') + lag * 86400000).toISOString().slice(0, 10);
    ents.push({ name: `云浮市云城区${words[i]}${suffix[t]}`, code: uscc(), type: t, signed, entered, lease: null, status: '在园', left: null, note: null });
  }
  // the lease of one in-park tenant expired on 2021-06-30 and was renewed: NOT an exit
  ents[3].lease = '2021-06-30'; ents[3].status = '在园（已续租至2022-06-30）'; ents[3].entered = '2020-07-01'; ents[3].signed = '2020-06-20';
  // two left before the cut-off
  ents[8].status = '已退园'; ents[8].left = '2021-03-31'; ents[8].note = '经营调整，合同提前解除';
  ents[15].status = '已退园'; ents[15].left = '2021-06-15'; ents[15].note = '迁往广州';
  // signed in August, moved in only in September
  ents[22].signed = '2021-08-26'; ents[22].entered = '2021-09-06'; ents[22].note = '8月签约，9月6日入驻';
  for (const e of ents) if (!e.lease) { const [y, m, d] = e.entered.split('-').map(Number); e.lease = `${y + 2}-${pad(m, 2)}-${pad(Math.min(d, 28), 2)}`; }
  for (let i = 0; i < 22; i++) assert(ents[i].entered <= CUTOFF, ents[i].name);
  for (const e of ents) { assert(e.signed <= e.entered); if (e.left) assert(e.entered < e.left); }
  const inPark = ents.filter(e => e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF));
  assert.strictEqual(new Set(inPark.map(e => e.code)).size, 20);
  const byLease = inPark.filter(e => e.lease > CUTOFF); // wrong reading: lease expiry as exit
  assert.strictEqual(byLease.length, 19);
  const normType = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
  const kinds = new Set(inPark.map(e => normType(e.type)));
  assert(kinds.size >= 3);
  const rows = [
    ['云城区电子商务产业园入驻企业台账（园区运营方维护）', N, N, N, N, N, N, N, N, N],
    ['序号', '企业名称', '统一社会信用代码', '业态', '签约日期', '入驻日期', '租期至', '状态', '退园日期', '备注'],
  ];
  ents.forEach((e, i) => rows.push([i + 1, e.name, e.code, e.type, e.signed, e.entered, e.lease, e.status, e.left, e.note]));
  rows.push([`截至2021-09-06：在园${ents.filter(e => !e.left).length}家，累计退园${ents.filter(e => e.left).length}家`, N, N, N, N, N, N, N, N, N]);
  C.eRows = rows;
  C.ent = { rows: ents.length, inPark: inPark.length, kinds: [...kinds] };
})();

(function c1PoorAndTraining() {
  const r = rng(2461);
  const newId = makeIdFactory(2462);
  const { admin } = C;
  // ---- poor persons (区乡村振兴局 list): E eligible, M migrant, N no labour
  const statuses = shuffle(r, [...Array(150).fill('E'), ...Array(30).fill('M'), ...Array(40).fill('N')]);
  const persons = [];
  let left = 0, head = null, vil = null, rel = 0;
  for (const s of statuses) {
    if (left === 0) { left = 1 + Math.floor(r() * 4); head = C.nm(); vil = admin[Math.floor(r() * admin.length)]; rel = 0; }
    const sex = r() < 0.5 ? 'M' : 'F';
    persons.push({ s, id: newId(C.REG, sex), name: rel === 0 ? head : C.nm(), head, town: vil.town, village: vil.name });
    left--; rel++;
  }
  // make sure exactly 3 eligible persons (who will be trained) carry an X check digit
  const E = persons.filter(p => p.s === 'E');
  const M = persons.filter(p => p.s === 'M');
  const NL = persons.filter(p => p.s === 'N');
  assert.deepStrictEqual([E.length, M.length, NL.length], [150, 30, 40]);
  const xs = E.filter(p => p.id.endsWith('X'));
  const nonX = E.filter(p => !p.id.endsWith('X'));
  assert(xs.length >= 3, 'need 3 X ids among eligible, got ' + xs.length);
  const trained = [...xs.slice(0, 3), ...nonX.slice(0, 59)]; // 62 distinct, 3 with X
  const postNew = nonX.slice(59, 73); // 14 trained only in September
  assert.strictEqual(new Set(trained.map(p => p.id)).size, 62);
  const labourWord = (p, i) => p.s === 'N' ? (i % 3 ? '无劳动力' : '丧失劳动力') : (i % 4 ? '普通劳动力' : '技能劳动力');
  const migrantWord = (p, i) => p.s === 'M' ? '外出务工' : p.s === 'N' ? null : (i % 5 ? '未外出' : '在家务农');
  const ppRows = [['云城区建档立卡贫困人口名单（区乡村振兴局2021年6月提供）', N, N, N, N, N, N, N], ['序号', '镇（街）', '村', '户主姓名', '姓名', '证件号码', '劳动力状况', '务工状况']];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.head, p.name, p.id, labourWord(p, i), migrantWord(p, i)]));
  C.ppRows = ppRows;

  // ---- poor-household sign-ins (operator's 签到系统 export)
  const xIds = new Set(xs.slice(0, 3).map(p => p.id));
  const preRows = [];
  for (const p of trained) preRows.push(p);
  for (const p of trained.slice(3, 16)) preRows.push(p); // 13 repeats
  for (const p of M.slice(0, 5)) preRows.push(p);
  for (const p of NL.slice(0, 4)) preRows.push(p);
  assert.strictEqual(preRows.length, 84);
  const sizes = [30, 28, 26];
  let ok = false;
  while (!ok) {
    shuffle(r, preRows); ok = true; let off = 0;
    for (const n of sizes) { const ids = preRows.slice(off, off + n).map(p => p.id); if (new Set(ids).size !== n) ok = false; off += n; }
  }
  const postRows = shuffle(r, [...postNew, ...trained.slice(20, 26)]);
  assert.strictEqual(postRows.length, 20);
  const poorSessions = [
    { date: '2020-11-20', title: '贫困户电商专场（一）农产品网上销售入门', list: preRows.slice(0, 30) },
    { date: '2021-03-18', title: '贫困户电商专场（二）手机开店与微信营销', list: preRows.slice(30, 58) },
    { date: '2021-06-24', title: '贫困户电商专场（三）短视频带货', list: preRows.slice(58, 84) },
    { date: '2021-09-16', title: '贫困户电商专场（四）直播带货实操', list: postRows },
  ];
  const preSign = poorSessions.slice(0, 3).flatMap(s => s.list);
  const eligibleIds = new Set(E.map(p => p.id));
  const trainedE = new Set(preSign.map(p => p.id).filter(id => eligibleIds.has(id)));
  assert.strictEqual(trainedE.size, 62);
  assert.strictEqual(tierPoor(62, 150), 8);
  const caseSensitive = new Set(preSign.filter(p => !xIds.has(p.id)).map(p => p.id).filter(id => eligibleIds.has(id)));
  assert.strictEqual(caseSensitive.size, 59); assert.strictEqual(tierPoor(59, 150), 6);
  const withPost = new Set(poorSessions.flatMap(s => s.list).map(p => p.id).filter(id => eligibleIds.has(id)));
  assert.strictEqual(withPost.size, 76); assert.strictEqual(tierPoor(76, 150), 10);
  C.poorStats = { eligible: 150, trained: 62, migrantsSigned: 5, noLabourSigned: 4, repeats: 13, xCount: 3, postNew: 14 };

  // ---- 活动执行台账: training sessions mixed with marketing events
  const reg = [
    ['2020-06-12', N, '农村电商基础知识（第1期）', '区电商公共服务中心', 186],
    ['2020-07-09', N, '网店开设与运营（第2期）', '区电商公共服务中心', 214],
    ['2020-08-20', '2020-08-21', '农产品摄影与美工（第3期）', '区电商公共服务中心', 230],
    ['2020-09-17', N, '电商物流与供应链（第4期）', '思劳镇政府会议室', 198],
    ['2020-10-22', N, '短视频与直播带货（第5期）', '区电商公共服务中心', 245],
    ['2020-12-10', N, '石材产品网络营销（第6期）', '石材市场商会', 176],
    ['2021-01-14', N, '农村电商基础知识（第7期）', '腰古镇文化站', 220],
    ['2021-03-04', N, '网店开设与运营（第8期）', '区电商公共服务中心', 208],
    ['2021-04-12', '2021-04-14', '电商创业孵化提升班（第9期）', '区电商公共服务中心', 232],
    ['2021-05-13', N, '短视频与直播带货（第10期）', '都杨镇政府会议室', 195],
    ['2021-06-03', N, '农产品品牌营销（第11期）', '区电商公共服务中心', 210],
    ['2021-07-08', N, '跨境电商入门（第12期）', '区电商公共服务中心', 228],
    ['2021-07-29', N, '直播带货进阶（第13期）', '区电商公共服务中心', 206],
    ['2021-08-19', N, '村级站点站长业务培训（第14期）', '区电商公共服务中心', 214],
  ];
  assert.strictEqual(sum(reg.map(x => x[4])), 2962);
  const straddle = ['2021-08-30', '2021-09-01', '电商运营实战营（第15期，三天）', '区电商公共服务中心', 120];
  const regPost = ['2021-09-23', N, '农村电商基础知识（第16期）', '南盛镇政府会议室', 150];
  const mkt = [
    ['2020-09-26', '2020-09-27', '营销活动', '云城好物丰收节线上展销', '区电商公共服务中心', 860],
    ['2020-11-11', N, '营销活动', '“双11”云城农品直播带货专场', '线上（抖音）', 2300],
    ['2021-01-28', '2021-02-05', '营销活动', '年货节线上线下展销', '区电商公共服务中心', 1450],
    ['2021-05-20', N, '产销对接', '粤港澳大湾区农产品采购商对接会', '云浮市会展中心', 160],
    ['2021-06-18', N, '营销活动', '“618”直播带货节', '线上（抖音、视频号）', 3100],
  ];
  const acts = [];
  for (const x of reg) acts.push({ start: x[0], end: x[1], type: '培训', name: x[2], place: x[3], n: x[4], poor: 0 });
  acts.push({ start: straddle[0], end: straddle[1], type: '培训', name: straddle[2], place: straddle[3], n: straddle[4], poor: 0 });
  acts.push({ start: regPost[0], end: regPost[1], type: '培训', name: regPost[2], place: regPost[3], n: regPost[4], poor: 0 });
  for (const s of poorSessions) acts.push({ start: s.date, end: N, type: '培训', name: s.title, place: '区电商公共服务中心', n: s.list.length, poor: s.list.length, sess: s, note: '签到明细见“06-贫困户专场签到”' });
  for (const x of mkt) acts.push({ start: x[0], end: x[1], type: x[2], name: x[3], place: x[4], n: x[5], poor: 0 });
  acts.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  // codes: keep the poor-session codes, number the rest by year
  const seqByYear = {};
  for (const a of acts) {
    const y = a.start.slice(0, 4);
    seqByYear[y] = (seqByYear[y] || 0) + 1;
    a.code = `HD-${y}-${pad(seqByYear[y], 3)}`;
    if (a.sess) a.sess.code = a.code;
  }
  assert(poorSessions.every(s => /^HD-/.test(s.code)));
  const siRows = [['签到ID', '活动编号', '活动名称', '签到时间', '姓名', '证件号码', '所在村', '建档立卡贫困户', '签到方式']];
  let sid = 0;
  for (const s of poorSessions) {
    s.list.forEach((p, j) => {
      const t = `${s.date} ${pad(8 + Math.floor(j / 20), 2)}:${pad(30 + Math.floor(r() * 29), 2)}:${pad(Math.floor(r() * 60), 2)}`;
      const written = xIds.has(p.id) ? p.id.slice(0, 17) + 'x' : p.id;
      siRows.push([`QD${pad(++sid, 5)}`, s.code, s.title, t, p.name, written, p.village.replace(/村$/, '村委会'), '是', j % 9 === 4 ? '补签' : '扫码']);
    });
  }
  C.siRows = siRows;
  const owners = ['黄婷（培训部）', '冯嘉颖（培训部）', '梁健（运营部）'];
  const aRows = [
    ['云城区电子商务进农村项目 活动执行台账（运营方）', N, N, N, N, N, N, N, N, N],
    ['说明：单日活动只填开始日期；参与人次按签到或平台后台数据统计。', N, N, N, N, N, N, N, N, N],
    ['活动编号', '活动类型', '活动名称', '开始日期', '结束日期', '地点', '参与人次', '其中贫困户', '负责人(Owner)', '备注'],
  ];
  acts.forEach((a, i) => aRows.push([a.code, a.type, a.name, a.start, a.end, a.place, a.n, a.poor || N, a.type === '培训' ? owners[i % 2] : owners[2], a.note || N]));
  C.aRows = aRows;
  const recDate = (a) => a.end || a.start;
  const trainPre = sum(acts.filter(a => a.type === '培训' && recDate(a) <= CUTOFF).map(a => a.n));
  assert.strictEqual(trainPre, 3046);
  const POP = 316200;
  assert.strictEqual(tierTraining(trainPre, POP), 8);
  assert.strictEqual(tierTraining(trainPre + 84, POP), 8); // poor sign-ins added again: still 8
  assert.strictEqual(tierTraining(trainPre + 120, POP), 10); // straddling session counted by its start: 10 (wrong)
  assert.strictEqual(tierTraining(sum(acts.filter(a => recDate(a) <= CUTOFF).map(a => a.n)), POP), 10); // marketing summed: 10 (wrong)
  C.train = { pre: trainPre, pop: POP, regPre: 2962, poorPre: 84, straddle: 120, post: 150 + 20 };
  C.points['work.training'] = tierTraining(trainPre, POP) + tierPoor(62, 150);
  C.points['bonus.poorTraining'] = 62 * 100 >= 150 * 70 ? 2 : 0;
})();

(function c1Logs() {
  const r = rng(2471);
  const OP = '广东云商汇网络科技有限公司';
  // ---- funds (据区财政国库支付凭证整理)
  const funds = [
    ['2020-05-28', '县级电商公共服务中心装修及设备', '云浮市云城区建安装饰工程有限公司', 980000, 860000],
    ['2020-08-14', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司云浮市云城区分公司', 1280000, 640000],
    ['2020-10-30', '公共服务中心运营服务费（第一期）', OP, 1340000, 450000],
    ['2020-12-25', '县乡村三级物流配送体系', '云浮市云城区西江物流有限公司', 720000, 520000],
    ['2021-03-12', '农村电商人才培训', '云浮市某职业技能培训学校', 460000, 230000],
    ['2021-05-20', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司云浮市云城区分公司', 1280000, 580000],
    ['2021-07-08', '公共服务中心运营服务费（第二期）', OP, 1340000, 440000],
    ['2021-09-10', '农产品品牌培育及溯源体系', '云浮市云城区蟠龙网络科技有限公司', 500000, 390000],
  ];
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => f[4]));
  assert.strictEqual(spent, 3720000);
  assert(spent * 100 >= 5000000 * 70 && spent * 100 < 5000000 * 75);
  const fRows = [
    ['云城区省级电子商务进农村综合示范专项资金支付台账（运营方据区财政国库支付凭证整理）', N, N, N, N, N, N, N],
    ['省级下达：500万元　　　　金额单位：元', N, N, N, N, N, N, N],
    ['序号', '支付日期', '项目', '收款单位', '合同金额', '本次支付', '支付方式', '国库支付凭证号'],
  ];
  funds.forEach((f, i) => fRows.push([i + 1, slashed0(f[0]), f[1], f[2], f[3], f[4], '国库集中支付', `YC${f[0].slice(0, 4)}${pad(120 + i * 37, 6)}`]));
  fRows.push(['合计', N, N, N, sum(funds.map(f => f[3])), sum(funds.map(f => f[4])), N, N]);
  C.fRows = fRows;
  C.fund = { spent, allocated: 5000000, rows: funds.length, post: 390000 };

  // ---- 信息报送登记: operator's own monthly reports to the district bureau mixed with the bureau's reports to the city
  const rep = [];
  const opMonths = ['2020-07', '2020-08', ...WINDOW];
  for (const m of opMonths) rep.push({ date: `${m}-0${3 + Math.floor(r() * 3)}`, type: '运营月报', to: '区经济促进局', what: '公共服务中心运营月报', pov: '—', who: '梁健' });
  const city = ['2020-07-10', '2020-08-10', '2020-09-08', '2020-10-10', '2020-11-09', '2020-12-08', '2021-03-10', '2021-04-08', '2021-05-10', '2021-06-08', '2021-07-09', '2021-08-09'];
  for (const d of city) rep.push({ date: d, type: '示范创建工作进展月报', to: '云浮市商务局', what: '示范创建工作进展、成效及电商统计数据', pov: d >= '2020-10-01' ? '是' : '否', who: '区经济促进局 陈婉婷' });
  rep.sort((a, b) => (a.date < b.date ? -1 : 1));
  assert.strictEqual(regularity(city), 'partial');
  assert.strictEqual(regularity(rep.map(x => x.date)), 'full'); // trap: operator's reports to the district bureau fill every month
  const monthsCity = new Set(city.filter(d => d <= CUTOFF).map(monthOf).filter(m => WINDOW.includes(m)));
  assert.deepStrictEqual(WINDOW.filter(m => !monthsCity.has(m)), ['2021-01', '2021-02']);
  const rRows = [['信息报送登记（运营方、区经济促进局共用）', N, N, N, N, N, N], ['序号', '报送日期', '报送类型', '报送对象', '报送内容', '含电商扶贫数据', '经办']];
  rep.forEach((x, i) => rRows.push([i + 1, x.date, x.type, x.to, x.what, x.pov, x.who]));
  C.rRows = rRows;

  // ---- 政府网站专栏：operator drafts, the bureau publishes
  const disc = [
    ['云城区电子商务进农村综合示范县创建工作方案', '2019-12-05', '2019-12-10'],
    ['云城区电子商务进农村综合示范项目基本信息公示', '2020-01-08', '2020-01-15'],
    ['关于设立电子商务进农村综合示范项目监督举报电话的公告', '2020-01-08', '2020-01-15'],
  ];
  const prog = ['2020-08', ...WINDOW];
  for (const m of prog) {
    const [y, mm] = m.split('-').map(Number);
    const sub = `${m}-${pad(22 + Math.floor(r() * 4), 2)}`;
    let pubd = `${m}-${pad(27 + Math.floor(r() * 2), 2)}`;
    if (m === '2021-02') pubd = '2021-03-02';
    disc.push([`云城区电子商务进农村综合示范项目建设进度（${y}年${mm}月）`, sub, pubd]);
  }
  assert.strictEqual(regularity(disc.map(x => x[2])), 'partial');
  assert.strictEqual(regularity(disc.map(x => x[1])), 'full'); // trap: by draft date every month
  const dRows = [['政府网站“电子商务进农村”专栏稿件登记', N, N, N, N, N, N], ['序号', '稿件标题', '拟稿', '提交日期', '网站发布日期', '状态', '网址']];
  disc.forEach((x, i) => dRows.push([i + 1, x[0], '运营方', x[1], x[2], '已发布', `http://www.yfyc.gov.cn/zwgk/dzswjnc/content/post_${1452000 + i * 211}.html`]));
  C.dRows = dRows;

  // ---- 宣传曝光 (operator's own accounts mixed with mainstream media)
  const media = [
    ['2020-10-20', '云城好物（抖音号）', '自媒体', '短视频', '思劳镇砂糖桔上线啦', '5.2w'],
    ['2020-12-15', '云浮日报', '市级', '报纸', '云城区：村级电商站让山货走出大山', '—'],
    ['2021-01-08', '云城好物（视频号）', '自媒体', '短视频', '年货节倒计时', '1.3w'],
    ['2021-05-18', '云城区融媒体中心', '县级', '网络', '我区举办电商直播带货培训班', '3,512'],
    ['2021-07-02', '云城好物（抖音号）', '自媒体', '直播回放', '618直播带货节回顾', '8.7w'],
    ['2021-09-15', '南方农村报', '省级', '报纸', '云浮云城：电商进村 农品出山', '—'],
  ];
  const mRows = [['宣传曝光统计（运营方）', N, N, N, N, N, N], ['序号', '发布日期', '媒体/平台', '级别', '形式', '标题', '阅读/播放量']];
  media.forEach((x, i) => mRows.push([i + 1, x[0], x[1], x[2], x[3], x[4], x[5]]));
  C.mRows = mRows;
  const lv = new Set(media.filter(x => x[0] <= CUTOFF).map(x => x[2]));
  const mediaPts = (lv.has('省级') || lv.has('国家级') ? 4 : 0) + (lv.has('市级') ? 3 : 0) + (lv.has('县级') ? 1 : 0);
  assert.strictEqual(mediaPts, 4);

  // ---- 经验材料
  C.matRows = [['经验材料报送', N, N, N, N], ['序号', '报送日期', '材料名称', '报送对象', '执笔'],
    [1, '2021-07-20', '云城区“运营商+村站+农户”推进电商进农村经验做法', '云浮市商务局', '运营方起草、区经济促进局审定']];

  // ---- cover and change log (not ledgers)
  C.cover = [['云城区电子商务进农村综合示范项目'], ['台账资料汇编'], [null], ['委托单位：云浮市云城区经济促进局'], [`编制单位：${OP}（项目运营服务商）`], ['版本：V2.3（2021-09-06）'], [null],
    ['目录：00-封面　00-版本记录　01-考评基础数据　02-村居名单　03-站点（系统导出）　04-园区企业　05-活动执行台账　06-贫困户专场签到　07-贫困人口名单　08-资金支付　09-信息报送　10-专栏稿件　11-宣传曝光　12-经验材料']];
  C.verRows = [['版本', '日期', '修改人', '修改内容'],
    ['V1.0', '2021-03-01', '梁健', '建立台账模板'],
    ['V1.5', '2021-05-10', '黄婷', '补录2020年培训活动'],
    ['V2.0', '2021-06-15', '梁健', '录入区经济促进局提供的村居名单、贫困人口名单'],
    ['V2.1', '2021-08-20', '冯嘉颖', '新增8月培训及营销活动数据'],
    ['V2.2', '2021-09-01', '梁健', '按考评要求补充基础数据表'],
    ['V2.3', '2021-09-06', '梁健', '补录9月数据；重新导出站点系统数据']];
  C.points['info.reporting'] = 1 + 3;
  C.points['info.disclosure'] = 2 + 1;
  C.points['promo.media'] = mediaPts;
  C.points['promo.cases'] = 2;
})();

(function c1Facts() {
  const OP = '广东云商汇网络科技有限公司';
  const W = 6;
  const F = [];
  const merges = [];
  const add = (row) => { F.push(row); return F.length; };
  const full = (t) => { const n = add([t, N, N, N, N, N]); merges.push(`A${n}:F${n}`); };
  full('云城区电子商务进农村综合示范项目考评基础数据及验收自查表');
  full(`整理：${OP}项目部（运营服务商）　　审核：云城区经济促进局　　数据截至：2021-08-31`);
  add([N, N, N, N, N, N]);
  full('A. 甲方基础信息（由区经济促进局提供）');
  add(['编号', '事项', '内容', '来源/文号', N, N]);
  const a = [
    ['县（市、区）', '云城区', N],
    ['常住人口', '31.62万人', '第七次全国人口普查'],
    ['行政村', '64个', '另有社区居委会14个'],
    ['省定贫困村', '10个', N],
    ['示范创建工作领导小组', '组长：区委常委、副区长 陈志明；成员单位：区经济促进局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、邮政云城分公司等', '云城府办〔2019〕52号'],
    ['示范县工作方案', '已正式印发', '云城府办〔2019〕56号'],
    ['支持农村电商发展政策', '已出台', '《云城区促进农村电子商务发展若干措施》'],
    ['政府网站专栏—创建方案', '已公示', N],
    ['政府网站专栏—项目基本信息', '已公示', N],
    ['政府网站专栏—项目建设进度', '按月公示', '稿件由运营方拟稿'],
    ['政府网站专栏—征求意见/监督举报窗口', '已设立（监督举报电话）', N],
    ['电商扶贫情况统计', '能统计', '随进展月报报市商务局'],
    ['省级专项资金下达', '500万元', N],
    ['省级专项资金累计拨付', '372万元', '截至2021-08-31'],
    ['资金管理制度', '已制定', '《云城区电子商务进农村综合示范专项资金管理办法》'],
    ['资金专用台账', '已建立', '运营方协助建账'],
    ['项目总体进度', '86%', N],
    ['安全生产、质量事故或重大经济损失', '无', N],
    ['弄虚作假', '无', N],
  ];
  a.forEach((x, i) => add([`A${pad(i + 1, 2)}`, x[0], x[1], x[2], N, N]));
  add([N, N, N, N, N, N]);
  full('B. 合同履约自查（乙方填写）');
  add(['合同包', '合同约定建设内容', '履约情况', '是否达标', '佐证编号', N]);
  const pk = (name, items) => {
    const first = F.length + 1;
    items.forEach((x, i) => add([i === 0 ? name : N, x[0], x[1], x[2], x[3], N]));
    if (items.length > 1) merges.push(`A${first}:A${F.length}`);
  };
  pk('包1 县级电子商务公共服务中心', [
    ['中心建成并投入运营', '2020-10-18开业运营', '达标', 'B1-01'],
    ['免费培训场所、培训设备', '培训室80座，电脑40台，直播设备2套', '达标', 'B1-02'],
    ['特色农产品免费展示、销售', '展销厅260㎡，农产品免费进驻', '达标', 'B1-03'],
    ['免费摄影、美工服务', '摄影棚2021年9月才交付，此前外包收费', '未达标', 'B1-04'],
    ['农产品统一推广、品牌建设指导', '“云城好物”区域公共品牌', '达标', 'B1-05'],
    ['其他衍生增值服务', '代运营孵化、金融对接', '达标', 'B1-06'],
  ]);
  pk('包2 电商产业园', [
    ['整合、优化电商产业园', '云城区电子商务产业园（运营方代管）', '达标', 'B2-01'],
    ['入驻企业', '见“04-园区企业”', '—', 'B2-02'],
  ]);
  pk('包3 村级站点', [['村级电商服务站点建设', '见“03-站点（系统导出）”', '—', 'B3-01']]);
  pk('包4 物流配送', [['行政村物流快递覆盖', '64个行政村均已通快递（100%）', '达标', 'B4-01']]);
  pk('包5 农产品上行', [['专业第三方电商运营服务商', `由本公司（${OP}）受托运营`, '达标', 'B5-01']]);
  add([N, N, N, N, N, N]);
  full('C. 运营数据（运营方统计口径）');
  add(['指标', '2019年', '2020年', 'YoY', '数据来源', N]);
  add(['农村网络零售额（GMV）', '3.85亿', '4.62亿', '+20.0%', '省商务厅反馈', N]);
  add(['农产品网络零售额（GMV）', '5120w', '6980w', '+36.3%', '省商务厅反馈', N]);
  add(['指标', '数值', '数据来源', N, N, N]);
  add(['培训人次（考评口径，截至8.31）', '3,046人次', '05-活动执行台账（仅培训类）', N, N, N]);
  add(['有劳动能力贫困人口（不含外出务工）', '150人', '区乡村振兴局', N, N, N]);
  add(['参训贫困人口（去重）', '62人', '06-贫困户专场签到', N, N, N]);
  add([N, N, N, N, N, N]);
  full('D. 主观项自评（运营方建议分仅供参考，以局审定分为准）');
  add(['评分项', '分值', '运营方建议分', '局审定分', '说明', N]);
  const D = [
    ['方案制定', '1-2', 2, 2, '方案已印发'],
    ['政策支持', '1-2', 2, 1, '政策落实不足'],
    ['项目管理制度', '1-2', 2, 2, '项目管理办法'],
    ['工作台账', '1-2', 2, 2, '本汇编'],
    ['网销调研及针对性建议', '1-2', 2, 2, '调研报告'],
    ['网络促销活动成效', '1-2', 2, 2, '丰收节、年货节、618'],
    ['交易标准、冷链及溯源系统', '1-2', 2, 1, '溯源系统未上线'],
    ['资金管理制度', '1-5', 5, 4, N],
    ['资金台账', '1-5', 5, 5, N],
    ['资金及时拨付', '1-5', 5, 3, '部分合同款滞后'],
  ];
  D.forEach(x => add([x[0], x[1], x[2], x[3], x[4], N]));
  assert(Math.abs(4.62 / 3.85 - 1.2) < 1e-9 && 6980 * 100 >= 5120 * 130 && 462 * 100 < 385 * 130);
  C.F = F; C.fMerges = merges;
  const j = Object.fromEntries(D.map(x => [x[0], x[3]]));
  C.judged = j;
  Object.assign(C.points, {
    'org.leadership': 1,
    'org.plan': j['方案制定'],
    'org.policy': j['政策支持'],
    'org.management': j['项目管理制度'] + j['工作台账'],
    'work.center': 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (C.ent.inPark >= 20 ? 2 : 0) + (C.ent.kinds.length >= 3 ? 1 : 0),
    'work.upward': j['网销调研及针对性建议'] + j['网络促销活动成效'] + 1 + 1 + j['交易标准、冷链及溯源系统'] + 2,
    'fund.system': j['资金管理制度'],
    'fund.ledger': j['资金台账'],
    'fund.spending': C.fund.spent * 100 >= C.fund.allocated * 70 ? j['资金及时拨付'] : -5,
    'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  });
})();

(function c1Write() {
  const ORDER = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training',
    'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending',
    'bonus.poorTraining', 'bonus.tvCase', 'veto.incident', 'veto.progress', 'veto.fraud'];
  const points = {};
  for (const k of ORDER) { assert(k in C.points, k); points[k] = C.points[k]; }
  assert.strictEqual(Object.keys(C.points).length, ORDER.length);
  const scored = ORDER.slice(0, 15).map(k => points[k]);
  const base = sum(scored);
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  const total = base + bonus;
  assert.deepStrictEqual(scored, [1, 2, 1, 4, 14, 8, 9, 16, 3, 4, 2, 4, 4, 5, 3]);
  assert.strictEqual(total, 80);
  const t = C.train, ps = C.poorStats, cv = C.cov;
  const pct = (a, b, d = 1) => (a * 100 / b).toFixed(d) + '%';
  const derivation = [
    'org.leadership: 01表A05“组长：区委常委、副区长 陈志明”→ 分管领导牵头（成员单位齐不齐都只能得1分）→ 1',
    'org.plan: A06 工作方案“已正式印发”；D表局审定分“方案制定 2”（运营方建议分不取）→ 2',
    'org.policy: A07 政策“已出台”；D表局审定分“政策支持 1”（运营方建议2分不取）→ 1',
    'org.management: D表局审定分 项目管理制度 2 + 工作台账 2 → 4',
    `work.center: B表包1“2020-10-18开业运营”≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训“达标”2、展示“达标”1、摄影美工“未达标”0、品牌推广“达标”1、其他增值“达标”1 → 5；包2产业园“达标”（且企业台账非空）→ 2；04-园区企业${C.ent.rows}行，截至8月31日在园 ${C.ent.inPark} 家（两家2021-03-31、2021-06-15退园；一家8月26日签约但9月6日才入驻，按入驻日期不计；凌霄供应链“租期至2021-06-30”是租约到期且已续租，不是退园）≥ 20 → 2；业态 平台电商/网店零售/代运营服务/仓配物流/直播MCN/设计摄影 ≥ 3 类 → 1；合计 14`,
    `work.coverage: 02-村居名单村委会64个（社区居委会14个不计）；03-站点系统导出${cv.nStations}个站点，上线时间≤2021-08-31且所属村居为村委会的覆盖 ${cv.covered} 个行政村（“××村民委员会”“××村”与名单“××村委会”同村；两村各有村级服务站和快递驿站只算一次；3个镇级服务中心在社区，不计；9月上线的2个站点不计）→ ${cv.covered}/64 = ${pct(cv.covered, 64)} ≥ 70% → 5；省定贫困村10个，截止日前覆盖 ${cv.poorCov} 个（第10个村的站点2021-09-07才上线）→ 90%，在80%–100%之间 → 3；合计 8`,
    'work.upward: D表局审定分 网销调研2 + 促销活动2；B表包5第三方运营服务商（运营方本身）“达标”→ 1；02-村居名单“快递进村”64个村委会全为“是”→ 1；交易标准冷链溯源局审定1；农产品网络零售额 6980w/5120w（6980万/5120万元）= +36.3% ≥ 30% → 2（农村网络零售额 4.62亿/3.85亿 = +20.0% 不够，任一即可）；合计 9',
    `work.training: 05-活动执行台账只取“活动类型=培训”的行，按结束日期（单日活动按开始日期）截止日前合计 ${t.pre} 人次（常规14期 ${t.regPre} + 贫困户专场3期 ${t.poorPre}；营销活动、产销对接的参与人次不是培训；第15期2021-08-30至09-01按结束日9月1日不计 ${t.straddle} 人次；9月16日、9月23日两期不计）÷ min(316,200, 500,000) = ${pct(t.pre, t.pop, 3)}，在0.8%–1%之间 → 8（06表贫困户专场签到与台账里的3期是同一批人，不重复相加；即使相加 ${t.pre + t.poorPre} 仍 < 3,162）；贫困人口：07名单有劳动能力且未外出务工 ${ps.eligible} 人（“普通/技能劳动力”且“未外出/在家务农”；外出务工30人、无劳动力/丧失劳动力40人不计），截止日前06表签到按证件号匹配 ${ps.trained} 人（3人末位小写x按X匹配；13人参加两期只算一次；签到的外出务工5人、无劳动力4人不计；9月16日专场新增14人不计）→ ${ps.trained}/${ps.eligible} = ${pct(ps.trained, ps.eligible)}，在40%–50%之间 → 8；合计 16`,
    'info.disclosure: A08–A11 专栏公示创建方案、项目基本信息、建设进度、监督举报窗口四项齐全 → 2；10-专栏稿件按“网站发布日期”：2020年9月至2021年8月中2021年2月没有发布（2月进度稿2月下旬提交、3月2日才发布），不是按月 → 不定时 1（按运营方“提交日期”会误判为每月）；合计 3',
    'info.reporting: 09-信息报送只取报送对象为“云浮市商务局”的进展月报：近一年缺2021年1月、2月 → 不定时 1（运营方每月报区经济促进局的“运营月报”不是向市商务主管部门报送）；报市商务局的月报“含电商扶贫数据”为“是”，A12也写能统计 → 3；合计 4',
    'promo.cases: 12-经验材料 2021-07-20 报送云浮市商务局 → 2',
    'promo.media: 11-宣传曝光截止日前：云浮日报（市级）3 + 云城区融媒体中心（县级）1；“云城好物”抖音号/视频号是运营方自有账号（级别写“自媒体”），不是主流媒体；南方农村报（省级）2021-09-15在截止日后 → 4',
    'fund.system: D表局审定分“资金管理制度 4”（A15已制定）→ 4',
    'fund.ledger: D表局审定分“资金台账 5”（A16已建立）→ 5',
    `fund.spending: 08-资金支付“本次支付”截止日前合计 ${C.fund.spent.toLocaleString('en-US')} 元（2021-09-10的39万元不计；“合同金额”列不是拨付）÷ 5,000,000 = ${pct(C.fund.spent, C.fund.allocated)} ≥ 70% → 取局审定分“资金及时拨付 3” → 3`,
    `bonus.poorTraining: 贫困人口培训率 ${ps.trained}/${ps.eligible} = ${pct(ps.trained, ps.eligible)} < 70% → 0`,
    'bonus.tvCase: 宣传曝光里没有电视播报的电商扶贫典型案例 → 0',
    'veto.incident: A18“安全生产、质量事故或重大经济损失：无”→ 不否决 → 0',
    'veto.progress: A17 项目总体进度86% ≥ 40% → 不否决 → 0',
    'veto.fraud: A19“弄虚作假：无”→ 不否决 → 0',
    `合计: 15项 ${base} + 加分 min(0+0, 4) = 0 → ${total}；未否决`,
  ];
  assert.strictEqual(derivation.length, 21);
  const sheets = [
    { name: '00-封面', rows: padRows(C.cover, 1) },
    { name: '00-版本记录', rows: padRows(C.verRows, 4) },
    { name: '01-考评基础数据', rows: padRows(C.F, 6), merges: C.fMerges },
    { name: '02-村居名单', rows: padRows(C.vRows, 7), merges: C.vMerges },
    { name: '03-站点（系统导出）', rows: padRows(C.sRows, 11) },
    { name: '04-园区企业', rows: padRows(C.eRows, 10), merges: ['A1:J1', `A${C.eRows.length}:J${C.eRows.length}`] },
    { name: '05-活动执行台账', rows: padRows(C.aRows, 10), merges: ['A1:J1', 'A2:J2'] },
    { name: '06-贫困户专场签到', rows: padRows(C.siRows, 9) },
    { name: '07-贫困人口名单', rows: padRows(C.ppRows, 8), merges: ['A1:H1'] },
    { name: '08-资金支付', rows: padRows(C.fRows, 8), merges: ['A1:H1', 'A2:H2'] },
    { name: '09-信息报送', rows: padRows(C.rRows, 7), merges: ['A1:G1'] },
    { name: '10-专栏稿件', rows: padRows(C.dRows, 7), merges: ['A1:G1'] },
    { name: '11-宣传曝光', rows: padRows(C.mRows, 7), merges: ['A1:G1'] },
    { name: '12-经验材料', rows: padRows(C.matRows, 5), merges: ['A1:E1'] },
  ];
  for (const s of sheets) assert(s.name.length <= 31 && !/[\\/?*\[\]:]/.test(s.name), s.name);
  write('counties', 'b24-c1-yuncheng.json', {
    description: '云浮市云城区整本台账由第三方运营服务商（广东云商汇网络科技有限公司）替区经济促进局编制和维护，14个表，中等（80分，无加分、未否决）。表名带编号（00-封面、00-版本记录、01-考评基础数据…12-经验材料），“版本记录”表有日期但不是台账。事实表是运营方的“考评基础数据及验收自查表”：A段甲方基础信息（编号A01…A19|事项|内容|来源/文号），B段按合同包（包1…包5，合并单元格）写履约情况和“达标/未达标”，C段运营数据用GMV、“5120w”“4.62亿”“YoY +36.3%”，D段主观项自评“运营方建议分|局审定分”两列并排（取局审定分）。台账是运营方系统导出：站点表第1行就是表头，上线时间为“2020-06-18 14:22:05”文本，所属村居写法不一（村委会/村民委员会/村），含镇级服务中心；园区企业有签约日期/入驻日期/租期至/退园日期；培训在“活动执行台账”里与营销活动、产销对接混记（活动类型列区分），多日活动分开始/结束日期；贫困户专场签到为系统导出（签到时间带时分秒，末位小写x）；信息报送把运营方报区经济促进局的运营月报和区里报市商务局的进展月报混记；专栏稿件有“提交日期”与“网站发布日期”；宣传曝光混有运营方自有抖音号/视频号（级别“自媒体”）。陷阱：分管副区长牵头；运营方建议分；租期到期不是退园、签约不是入驻；营销活动人次、跨截止日的三天培训班；运营月报不是报市局；按提交日期会误成按月更新；2月进度稿3月才发布。',
    sheets,
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
    derivation,
  });
})();
