'use strict';
// Batch 21 generator: writes ../facts, ../ledgers, ../counties relative to this file.
// Plain CommonJS, no dependencies, deterministic seeds. Run: node gen-b21.js
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
  return function (region, sex, wantX, yFrom, ySpan) { // sex 'M'|'F'
    for (;;) {
      const y = (yFrom || 1958) + Math.floor(r() * (ySpan || 45));
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
const sexOf = (id) => (Number(id[16]) % 2 ? '男' : '女');
const SURN = ['李', '黄', '陈', '张', '刘', '罗', '邓', '梁', '郑', '蔡', '林', '钟', '曾', '赖', '谢', '朱', '叶', '何', '吴', '温', '杨', '彭', '廖', '冯', '潘', '莫', '邱'];
const GIV = ['春', '秀', '明', '华', '英', '国', '志', '桂', '兰', '金', '海', '玉', '建', '红', '丽', '伟', '芳', '强', '军', '平', '德', '发', '梅', '燕', '文', '新', '荣', '清', '水', '福', '永', '勇', '凤', '娟', '亮', '群', '辉', '霞', '生', '贵', '坤', '锦', '彩', '标'];
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
  const pre = ['139', '138', '137', '135', '134', '150', '151', '158', '188', '189', '133', '180', '186', '159'];
  return () => pre[Math.floor(r() * pre.length)] + pad(Math.floor(r() * 1e8), 8);
}
const VA = ['大', '小', '新', '石', '黄', '白', '龙', '凤', '东', '西', '南', '北', '上', '下', '中', '高', '长', '金', '马', '牛', '鹤', '竹', '桂', '梅', '松', '茶', '禾', '莲', '青', '古', '平', '和', '安', '富', '永', '望', '沙', '蓝', '横', '湖'];
const VB = ['塘', '坪', '坑', '岭', '田', '湾', '洞', '排', '冲', '岗', '寨', '口', '陂', '源', '溪', '背', '角', '埔', '围', '垌', '社', '楼', '山', '江', '坝', '头', '尾', '圩'];
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
const sum = (a) => a.reduce((x, y) => x + y, 0);
function cn(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; }
function dotted(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; }
function slashed(iso) { const [y, m, d] = iso.split('-').map(Number); return `${y}/${m}/${d}`; }
function compact(iso) { return iso.replace(/-/g, ''); }
function monthOf(iso) { return iso.slice(0, 7); }
const WINDOW = [];
for (let i = 0; i < 12; i++) { const m = 9 + i; const y = m > 12 ? 2021 : 2020; WINDOW.push(`${y}-${pad(((m - 1) % 12) + 1, 2)}`); }
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);
// a month-only date 'YYYY-MM' counts as on/before the cut-off when its month is the cut-off month or earlier
function onOrBefore(d) { return d.length === 7 ? d <= CUTOFF.slice(0, 7) : d <= CUTOFF; }
function regularity(dates) {
  const months = new Set(dates.filter(onOrBefore).map(monthOf).filter(m => WINDOW.includes(m)));
  if (months.size === 12) return 'full';
  return months.size ? 'partial' : 'none';
}
function randDate(r, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  const t = a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
// tiers (exact integer comparisons)
function tierTraining(pt, pop) { const b = Math.min(pop, 500000); if (pt * 1000 >= b * 10) return 10; if (pt * 1000 >= b * 8) return 8; if (pt * 1000 >= b * 6) return 6; return 0; }
function tierPoor(t, e) { if (t * 100 >= e * 50) return 10; if (t * 100 >= e * 40) return 8; if (t * 100 >= e * 30) return 6; return 0; }
function tierVillages(c, n) { const b = Math.min(n, 200); if (c * 100 >= b * 70) return 5; if (c * 100 >= b * 50) return 2; return 0; }
function tierPoorVillages(c, n) { if (n === 0) return 5; if (c === n) return 5; if (c * 100 >= n * 80) return 3; return 0; }
const normType = (t) => /平台/.test(t) ? '平台' : /运营|服务商/.test(t) ? '运营' : /物流|快递|仓储/.test(t) ? '物流' : /销售|零售|网店/.test(t) ? '销售' : t;
function col(n) { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; } // 0 -> A
assert.strictEqual(col(0), 'A'); assert.strictEqual(col(25), 'Z'); assert.strictEqual(col(26), 'AA');
function padRows(rows, width) {
  const w = width || Math.max(...rows.map(r => r.length));
  return rows.map(r => { const o = r.map(c => (c === undefined ? null : c)); while (o.length < w) o.push(null); return o; });
}
function checkSheet(s) {
  assert(s.name.length <= 31 && !/[\\/?*\[\]:]/.test(s.name), s.name);
  const w = Math.max(...s.rows.map(r => r.length));
  for (const r of s.rows) assert.strictEqual(r.length, w, s.name);
  for (const m of s.merges || []) {
    const mm = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m); assert(mm, m);
    const r1 = Number(mm[2]), r2 = Number(mm[4]);
    assert(r1 <= r2 && r2 <= s.rows.length, s.name + ' ' + m);
  }
}
function write(sub, file, obj) {
  for (const s of obj.sheets) checkSheet(s);
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, file);
  const text = JSON.stringify(obj, null, 1);
  JSON.parse(text);
  fs.writeFileSync(p, text + '\n');
  console.log('wrote', path.relative(ROOT, p), text.length, 'bytes');
}

// =====================================================================
// F1 潮阳区（汕头）— a printed 登记表: irregular label/value grid (label, value merged over two
// cells, label, value …; group labels merged down the left column; two "同比增速" cells that
// belong to different rows), judged points as label/value pairs, and the leadership given only
// as a 领导小组成员名单 (组内职务 | 姓名 | 单位及职务) at the bottom.
// =====================================================================
(function f1() {
  const rows = [];
  const merges = ['A1:H1', 'A2:D2', 'F2:H2'];
  const add = (r, m) => { rows.push(r); const n = rows.length; (m || []).forEach(x => merges.push(x.replace(/#/g, n))); return n; };
  const sec = (t) => add([t, N, N, N, N, N, N, N], ['A#:H#']);
  add(['汕头市潮阳区电子商务进农村综合示范创建基本情况登记表', N, N, N, N, N, N, N]);
  add(['填报单位（盖章）：汕头市潮阳区商务局', N, N, N, N, '填报日期：2021年9月6日', N, N]);
  add(['区（县）名称', '潮阳区', N, '考评截止日期', '2021年8月31日', N, '联系人', '陈××（电商股）'], ['B#:C#', 'E#:F#']);
  add(['常住人口', '165.58万人', N, '户籍人口', '218.4万人', N, '行政村（村委会）', '236个'], ['B#:C#', 'E#:F#']);
  add(['社区（居委会）', '47个', N, '省定贫困村', '9个', N, '建档立卡贫困人口（总数）', '14,352人'], ['B#:C#', 'E#:F#']);
  sec('一、组织实施');
  add(['示范县工作方案', '已印发（潮府办函〔2019〕87号）', N, '扶持政策', '已出台《潮阳区促进农村电子商务发展若干措施》', N, N, N], ['B#:C#', 'E#:H#']);
  sec('二、服务体系建设');
  const c1 = add(['县级电商公共服务中心', '投入运营日期', '2020.7.20', '免费培训场所及设备', '有', '特色农产品免费展示销售', '有', N]);
  add([N, '免费摄影、美工服务', '有', '农产品统一推广及品牌建设指导', '有', '其他衍生增值服务', '有（直播基地、供应链对接）', N]);
  merges.push(`A${c1}:A${c1 + 1}`);
  add(['电商产业园', '是否建设', '已建成（潮阳电商产业园，谷饶镇）', '入驻企业数', '26家', '企业类型', '平台型、销售型、运营商、物流', N]);
  sec('三、农村产品上行');
  const u1 = add(['农村产品上行', '第三方运营服务商', '有（2家）', '行政村快递覆盖率', '100%', '2021年1-8月农村网络零售额', '43.5亿元', N]);
  add([N, '2019年农村网络零售额', '48.6亿元', '2020年农村网络零售额', '61.2亿元', '同比增速', '25.9%', N]);
  add([N, '2019年农产品网络零售额', '9.8亿元', '2020年农产品网络零售额', '13.1亿元', '同比增速', '33.7%', N]);
  merges.push(`A${u1}:A${u1 + 2}`);
  sec('四、电商人才培训');
  add(['培训人次', '计划5000人次', N, '实际完成', '6,218人次', N, '培训人数（按身份证去重）', '4,876人'], ['B#:C#', 'E#:F#']);
  add(['有劳动能力建档立卡贫困人口（不含外出务工）', '2,986人', N, '参训建档立卡贫困人口', '1,647人', N, '贫困人口培训率', '55.2%'], ['B#:C#', 'E#:F#']);
  sec('五、信息公开及报送');
  const d1 = add(['政府网站专栏', '创建方案', '已公示', '项目基本信息', '已公示', '项目建设进度', '按月公示', N]);
  add([N, '征求意见或监督举报窗口', '未设立', '向市商务局报送月报', '每月报送', '电商扶贫情况统计', '能统计', N]);
  merges.push(`A${d1}:A${d1 + 1}`);
  sec('六、资金管理');
  add(['省级专项资金下达', '500万元', N, '累计拨付', '4,128,650元', N, '资金支出率', '82.6%'], ['B#:C#', 'E#:F#']);
  add(['资金管理制度', '已制定', N, '资金专用台账', '已建立', N, '项目总体进度', '88%'], ['B#:C#', 'E#:F#']);
  sec('七、否决事项');
  add(['发生安全生产、质量事故或重大损失', '无', N, '弄虚作假', '无', N, N, N], ['B#:C#', 'E#:F#']);
  sec('八、主观项自评（分）');
  add(['方案制定（1-2）', '2分', N, '政策支持（1-2）', '2分', N, '项目管理制度（1-2）', '2分'], ['B#:C#', 'E#:F#']);
  add(['工作台账（1-2）', '1分', N, '网销调研（1-2）', '2分', N, '网络促销活动（1-2）', '2分'], ['B#:C#', 'E#:F#']);
  add(['交易标准及冷链溯源（1-2）', '1分', N, '资金管理制度（1-5）', '4分', N, '资金台账（1-5）', '4分'], ['B#:C#', 'E#:F#']);
  add(['资金及时拨付（1-5）', '4分', N, N, N, N, N, N], ['B#:C#']);
  add([N, N, N, N, N, N, N, N]);
  add(['附：潮阳区电子商务进农村综合示范创建工作领导小组成员名单', N, N, N, N, N, N, N], ['A#:H#']);
  add(['组内职务', '姓名', '单位及职务', N, N, '备注', N, N], ['C#:E#', 'F#:H#']);
  const roster = [
    ['组长', '郑××', '区委副书记、区长', N],
    ['常务副组长', '林××', '区政府副区长', '分管商务工作'],
    ['副组长', '陈××', '区商务局局长', N],
    ['成员', '黄××', '区财政局局长', N],
    [N, '李××', '区农业农村局局长', N],
    [N, '吴××', '区乡村振兴局局长', '原区扶贫办'],
    [N, '蔡××', '区市场监督管理局局长', N],
    [N, '张××', '区工业和信息化局局长', N],
    [N, '马××', '中国邮政潮阳区分公司总经理', N],
    ['办公室主任', '陈××', '区商务局局长（兼）', '领导小组办公室设在区商务局'],
  ];
  for (const [a, b, c, d] of roster) add([a, b, c, N, N, d, N, N], ['C#:E#', 'F#:H#']);
  add(['填报人：陈××　　审核人：郑××　　联系电话：0754-8388××××', N, N, N, N, N, N, N], ['A#:H#']);
  // self-checks on the numbers the sheet states
  assert(Math.abs(1647 / 2986 - 0.552) < 0.0005);
  assert(Math.abs(4128650 / 5000000 - 0.826) < 0.0005);
  assert(Math.abs(61.2 / 48.6 - 1.259) < 0.0005 && Math.abs(13.1 / 9.8 - 1.337) < 0.0005);
  write('facts', 'b21-f1-chaoyang.json', {
    description: '潮阳区（汕头）商务局电商股填的《基本情况登记表》，印刷表格式的不规则格子：每行“标签 | 值（跨两格合并） | 标签 | 值 | 标签 | 值”，左列“县级电商公共服务中心”“农村产品上行”“政府网站专栏”为纵向合并的分组名、其右才是标签；两个“同比增速”分别属于农村网零（25.9%）和农产品网零（33.7%）所在行；主观项自评也成对排（“方案制定（1-2）| 2分”）；牵头领导只在表下《领导小组成员名单》（组内职务|姓名|单位及职务）里：组长为区委副书记、区长，成员有区财政局、农业农村局、乡村振兴局（原扶贫办），商务局局长任副组长兼办公室主任；陷阱：户籍人口218.4万、社区47个、建档立卡贫困人口总数14,352、入驻企业26家、2021年1-8月网零43.5亿元、资金支出率82.6%、贫困人口培训率55.2%都不是输入；“培训人次 | 计划5000人次 | 实际完成 | 6,218人次”取实际完成；“培训人数（去重）4,876人”不是人次；常务副组长（副区长）不是组长；填报日期2021年9月6日不是截止日；“向市商务局报送月报：每月报送”没有对应输入项。',
    sheets: [{ name: '基本情况登记表', rows: padRows(rows), merges }],
    expect: {
      facts: {
        county: '潮阳区',
        asOf: '2021-08-31',
        residentPopulation: 1655800,
        adminVillagesStated: 236,
        poorVillagesStated: 9,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-07-20',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 4860000000,
        ruralRetail2020: 6120000000,
        ruralRetailGrowthStated: 0.259,
        agriRetail2019: 980000000,
        agriRetail2020: 1310000000,
        agriRetailGrowthStated: 0.337,
        trainingPersonTimesStated: 6218,
        eligiblePoorPersonsStated: 2986,
        trainedPoorPersonsStated: 1647,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4128650,
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
        'org.management.ledger': 1,
        'work.upward.research': 2,
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
// L1 麻章区（湛江）— ① a 村委会 list printed in three column-pairs across the page
// (镇 | 村委会 | 镇 | 村委会 | 镇 | 村委会), read down each pair then across (a town runs over
// the column break, its name repeated as "太平镇（续）"); ② a station ledger with both 挂牌时间
// and 验收时间: a station serves villagers from its 挂牌 (the rubric's 建成/挂牌 date), 验收 is the
// later project acceptance for the subsidy, so `opened` = 挂牌时间.
// =====================================================================
(function l1() {
  const vill = villageFactory(2101);
  const nm = nameFactory(2102);
  const ph = phoneFactory(2103);
  const r = rng(2104);
  const towns = [['麻章镇', 15], ['太平镇', 13], ['湖光镇', 12], ['民安街道', 8]];
  const list = []; // {town, name (canonical), written}
  for (const [t, n] of towns) {
    for (let i = 0; i < n; i++) {
      const name = vill();
      let written = name.replace(/村$/, '') + '村委会';
      if (t === '湖光镇' && (i === 4 || i === 9)) written = name; // two written as plain 村
      if (t === '民安街道') written = name + '民委员会';               // 村民委员会
      list.push({ town: t, name, written });
    }
  }
  assert.strictEqual(list.length, 48);
  const H = 16, PAIRS = 3;
  assert.strictEqual(H * PAIRS, list.length);
  const rows = [
    ['湛江市麻章区村民委员会名单（按镇、街道）', N, N, N, N, N],
    ['截至2021年6月，共48个村民委员会（社区居民委员会另表）', N, N, N, N, N],
    ['镇（街道）', '村委会', '镇（街道）', '村委会', '镇（街道）', '村委会'],
  ];
  const merges = ['A1:F1', 'A2:F2'];
  for (let i = 0; i < H; i++) rows.push([N, N, N, N, N, N]);
  for (let p = 0; p < PAIRS; p++) {
    const chunk = list.slice(p * H, (p + 1) * H);
    let i = 0;
    while (i < chunk.length) {
      let j = i;
      while (j < chunk.length && chunk[j].town === chunk[i].town) j++;
      const cont = (p > 0 && i === 0 && list[p * H - 1].town === chunk[0].town);
      rows[3 + i][p * 2] = cont ? chunk[i].town + '（续）' : chunk[i].town;
      for (let k = i; k < j; k++) rows[3 + k][p * 2 + 1] = chunk[k].written;
      if (j - i > 1) merges.push(`${col(p * 2)}${4 + i}:${col(p * 2)}${3 + j}`);
      i = j;
    }
  }
  // the page break puts 太平镇 and 湖光镇 across two column-pairs
  assert.strictEqual(rows[3][2], '太平镇（续）');
  assert.strictEqual(rows[3][4], '湖光镇（续）');
  rows.push(['合计：麻章镇15个、太平镇13个、湖光镇12个、民安街道8个，共48个。', N, N, N, N, N]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(['注：本表按镇（街道）排列，先自上而下、再自左而右阅读。', N, N, N, N, N]);
  merges.push(`A${rows.length}:F${rows.length}`);
  const vRecs = list.map(v => ({ name: v.name, admin: true }));

  // ---- stations: 挂牌时间 and 验收时间
  const picks = shuffle(r, list.slice()).slice(0, 22);
  picks.sort((a, b) => list.indexOf(a) - list.indexOf(b));
  const fmts = ['date', 'dot', 'cn', 'compact', 'slash'];
  const st = [];
  picks.forEach((v, i) => {
    let hang = randDate(r, '2020-05-10', '2021-08-20');
    let hangTxt;
    let opened = hang;
    const f = fmts[i % fmts.length];
    if (f === 'date') hangTxt = { date: hang };
    else if (f === 'dot') hangTxt = dotted(hang);
    else if (f === 'cn') hangTxt = cn(hang);
    else if (f === 'compact') hangTxt = compact(hang);
    else hangTxt = slashed(hang);
    let acc = null, accTxt, verdict, note = N;
    if (i === 6) { hang = '2021-08'; opened = '2021-08'; hangTxt = '2021年8月'; }
    if (i === 13) { hang = '2021-09-06'; opened = '2021-09-06'; hangTxt = '2021.9.6'; note = '9月挂牌，未纳入本期考评'; }
    if (i === 3) { hang = '2021-08-20'; opened = hang; hangTxt = { date: hang }; }
    if (i === 13) { accTxt = '—'; verdict = '未验收'; }
    else if (i === 6 || i === 17) { accTxt = '未验收'; verdict = '待验收'; }
    else {
      const base = hang.length === 7 ? hang + '-15' : hang;
      acc = randDate(r, base, base < '2021-06-01' ? '2021-07-31' : '2021-11-30');
      if (i === 3) acc = '2021-10-12';
      if (acc <= base) acc = randDate(r, '2021-09-01', '2021-10-30');
      accTxt = (i % 2) ? dotted(acc) : { date: acc };
      verdict = i === 9 ? '整改后通过' : '合格';
    }
    st.push({ v, opened, hangTxt, accTxt, verdict, note, acc });
  });
  const sRows = [
    ['麻章区村级电子商务服务站点建设台账', N, N, N, N, N, N, N, N, N],
    ['填报单位：麻章区商务局', N, N, N, N, N, N, '填报时间：2021年9月2日', N, N],
    ['序号', '镇（街道）', '村委会', '站点名称', '站长', '联系电话', '挂牌时间', '验收时间', '验收结论', '备注'],
  ];
  st.forEach((s, i) => sRows.push([i + 1, s.v.town, s.v.written, s.v.name.replace(/村$/, '') + '村电商服务站', nm(), ph(), s.hangTxt, s.accTxt, s.verdict, s.note]));
  sRows.push(['注：1.挂牌时间为站点挂牌、开始对外服务的时间；2.验收时间为区商务局组织项目验收的时间，验收合格后拨付建设补助；3.“未验收”站点已正常运营。', N, N, N, N, N, N, N, N, N]);
  const sRecs = st.map(s => ({ village: s.v.name, opened: s.opened }));
  // acceptance is always after the plaque
  for (const s of st) if (s.acc) assert(s.acc > (s.opened.length === 7 ? s.opened + '-31' : s.opened), s.v.name);
  const afterCut = st.filter(s => !onOrBefore(s.opened)).length;
  assert.strictEqual(afterCut, 1);
  const accAfter = st.filter(s => onOrBefore(s.opened) && s.acc && s.acc > CUTOFF).length;
  const pending = st.filter(s => onOrBefore(s.opened) && /未验收/.test(String(s.accTxt))).length;
  assert(accAfter >= 2, 'want several stations accepted only after the cut-off: ' + accAfter);
  assert.strictEqual(pending, 2);
  write('ledgers', 'b21-l1-mazhang.json', {
    description: `麻章区（湛江）商务局的两张表：①《村民委员会名单》按打印页排成三组“镇（街道）| 村委会”并列（A:B、C:D、E:F），每组16行，先自上而下、再自左而右读（表下注明），镇名纵向合并，太平镇、湖光镇跨栏，续栏顶上写“太平镇（续）”“湖光镇（续）”（镇名不变）；村名多写“××村委会”，湖光镇两个写“××村”，民安街道写“××村民委员会”；表下有合计行和注；名单只有村委会、无类型栏（全部 admin=true，无贫困村、快递栏，不核对）；②《站点建设台账》同时有“挂牌时间”和“验收时间”：opened 取挂牌时间——站点自挂牌起对外服务，评分标准看的是建成/挂牌；验收是之后为拨付补助做的项目验收（表下注写明，“未验收”的站点也在正常运营）；挂牌时间写法混杂（真日期、2020.8.18、2020年9月5日、20201105、2021/3/2、“2021年8月”只到月 → 2021-08）；陷阱：${accAfter}个站点挂牌在截止日前而验收在截止日后（仍算截止日前建成）；2个“未验收”；1个2021.9.6挂牌（截止日后，记录照列）；验收时间一律晚于挂牌时间，不能当 opened。`,
    sheets: [
      { name: '村委会名单', rows: padRows(rows), merges },
      { name: '站点建设台账', rows: padRows(sRows), merges: ['A1:J1', 'A2:G2', 'H2:J2', `A${sRows.length}:J${sRows.length}`] },
    ],
    expect: {
      sheets: {
        '村委会名单': { kind: 'villages', records: vRecs },
        '站点建设台账': { kind: 'stations', records: sRecs },
      },
    },
  });
})();

// =====================================================================
// L2 清城区（清远）— ① a training ledger kept as blocks in one sheet: one header row at the
// top, then for each session a merged title row "第N期 …培训班 2020年X月X日" followed by its
// trainees (序号 restarting at 1), a 小计 row under one block; ② the poor roster exported from the
// national poverty system: an export-info row, the Chinese header, then a second header row of
// system column codes (AAB002 …); 劳动技能 in the system's words; 务工状态 省外务工 / 县外省内务工 /
// 县内务工 / 未务工.
// =====================================================================
(function l2() {
  const REG = '441802';
  const newId = makeIdFactory(2111);
  const nm = nameFactory(2112);
  const ph = phoneFactory(2113);
  const r = rng(2114);
  const vill = villageFactory(2115);
  const towns = ['源潭镇', '飞来峡镇', '龙塘镇', '石角镇'];

  // ---- roster (households)
  const LAB = ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力'];
  const persons = [];
  const plan = [ // per household: members as [labour, work, months, school]
    [['普通劳动力', '省外务工', 11], ['普通劳动力', '县内务工', 8], ['无劳动力', N, N, '在校生（初中）']],
    [['技能劳动力', '县外省内务工', 10], ['弱劳动力或半劳动力', '未务工', N]],
    [['普通劳动力', '县内务工', 12], ['丧失劳动力', '未务工', N]],
    [['普通劳动力', '未务工', N], ['普通劳动力', '县外省内务工', 6], ['无劳动力', N, N, '在校生（小学）'], ['丧失劳动力', '未务工', N]],
    [['弱劳动力或半劳动力', '未务工', N]],
    [['普通劳动力', '省外务工', 12], ['普通劳动力', '省外务工', 9], ['普通劳动力', '未务工', N]],
    [['技能劳动力', '县内务工', 10], ['普通劳动力', '县内务工', 4], ['无劳动力', '未务工', N]],
    [['丧失劳动力', '未务工', N], ['普通劳动力', '县外省内务工', 7]],
    [['普通劳动力', '未务工', N], ['弱劳动力或半劳动力', '县内务工', 3], ['无劳动力', N, N, '在校生（高中）']],
    [['普通劳动力', '省外务工', 10], ['技能劳动力', '未务工', N], ['丧失劳动力', '未务工', N]],
    [['普通劳动力', '县内务工', 9], ['普通劳动力', '县外省内务工', 12]],
    [['弱劳动力或半劳动力', '未务工', N], ['无劳动力', '未务工', N]],
  ];
  const REL = ['户主', '配偶', '之子', '之女', '之母'];
  let xLeft = 2;
  plan.forEach((hh, hi) => {
    const town = towns[hi % towns.length];
    const village = vill();
    const hhNo = `4418020${pad(3 + (hi % 4), 2)}${pad(100 + hi * 37, 5)}`;
    hh.forEach((m, mi) => {
      const [labour, work, months, school] = m;
      const sex = ['M', 'F', 'M', 'F'][mi];
      const young = school ? [2004, 12] : (mi >= 2 ? [1980, 22] : [1958, 40]);
      const wantX = (labour !== '无劳动力' && labour !== '丧失劳动力' && work !== '省外务工' && work !== '县外省内务工' && xLeft > 0 && (hi === 2 || hi === 6)) ? true : false;
      if (wantX) xLeft--;
      const id = newId(REG, sex, wantX, young[0], young[1]);
      const name = mi >= 2 ? persons[persons.length - mi].name[0] + nm().slice(1) : nm();
      persons.push({ town, village, hhNo, name, id, rel: REL[mi], labour, work, months, school: school || '非在校生' });
    });
  });
  assert.strictEqual(xLeft, 0);
  const labourOf = (l) => ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力'].includes(l);
  const migrantOf = (w) => (w === null ? null : (w === '省外务工' || w === '县外省内务工'));
  for (const p of persons) assert(LAB.includes(p.labour));
  const pRecs = persons.map(p => ({ id: p.id, labour: labourOf(p.labour), migrant: migrantOf(p.work) }));
  const eligible = persons.filter(p => labourOf(p.labour) && migrantOf(p.work) === false);
  const inCounty = persons.filter(p => p.work === '县内务工');
  assert(inCounty.length >= 5);
  const ppRows = [
    ['全国防返贫监测信息系统 数据导出　导出单位：清远市清城区乡村振兴局　导出时间：2021-09-03 10:15:22', N, N, N, N, N, N, N, N, N, N, N],
    ['序号', '县（市、区）', '乡（镇）', '行政村', '户编号', '姓名', '证件号码', '与户主关系', '劳动技能', '务工状态', '务工时间（月）', '在校生状况'],
    [N, 'AAR002', 'AAR003', 'AAR004', 'AAB001', 'AAB002', 'AAB004', 'AAB006', 'AAB017', 'AAB019', 'AAB020', 'AAB022'],
  ];
  persons.forEach((p, i) => ppRows.push([i + 1, '清城区', p.town, p.village, p.hhNo, p.name, p.id, p.rel, p.labour, p.work, p.months, p.school]));

  // ---- training blocks
  const sessions = [
    { title: '第1期 农村电商基础知识培训班 2020年10月15日', date: '2020-10-15', n: 9 },
    { title: '第2期 农产品网店运营培训班 2020年11月19日', date: '2020-11-19', n: 8, subtotal: true },
    { title: '第3期 直播带货实操培训班 2021年3月11日-12日', date: '2021-03-12', n: 10 },
    { title: '第4期 电商扶贫专题培训班（飞来峡镇） 2021年5月20日', date: '2021-05-20', n: 7 },
    { title: '第5期 短视频营销培训班 2021年9月9日', date: '2021-09-09', n: 6 },
  ];
  // poor trainees: some eligible persons, one migrant, one in-county worker (eligible)
  const poorIn = { 0: [eligible[0]], 2: [eligible[1], persons.find(p => p.work === '省外务工')], 3: [eligible[2], eligible[3], eligible[4], inCounty[0]], 4: [eligible[5]] };
  const tRows = [
    ['清城区电子商务进农村综合示范培训学员台账', N, N, N, N, N, N, N],
    ['序号', '姓名', '性别', '身份证号码', '镇（街道）', '联系电话', '是否贫困户', '签名'],
  ];
  const merges = ['A1:H1'];
  const recs = [];
  sessions.forEach((s, si) => {
    tRows.push([s.title, N, N, N, N, N, N, N]);
    merges.push(`A${tRows.length}:H${tRows.length}`);
    const poor = (poorIn[si] || []).slice();
    for (let i = 1; i <= s.n; i++) {
      let name, written, id, town, isPoor = '否';
      const pp = (i >= 3 && poor.length) ? poor.shift() : null;
      if (pp) { name = pp.name; id = pp.id; town = pp.town; isPoor = '是'; written = id; }
      else { const sex = r() < 0.5 ? 'M' : 'F'; id = newId(REG, sex); name = nm(); town = towns[Math.floor(r() * 4)]; written = id; }
      let expId = id;
      if (pp && pp.id.endsWith('X') && si === 3) { written = id.slice(0, 17) + 'x'; }
      if (si === 2 && i === 7) { written = id.slice(0, 6) + '********' + id.slice(14); expId = written; }
      if (si === 1 && i === 5) { written = '（未提供）'; expId = null; }
      tRows.push([i, name, expId && !expId.includes('*') ? sexOf(expId) : (r() < 0.5 ? '男' : '女'), written, town, ph(), isPoor, '已签']);
      recs.push({ date: s.date, personTimes: 1, id: expId });
    }
    assert.strictEqual(poor.length, 0, 'block ' + si);
    if (s.subtotal) tRows.push([`本期小计：${s.n}人`, N, N, N, N, N, N, N]);
    if (si < sessions.length - 1) tRows.push([N, N, N, N, N, N, N, N]);
  });
  tRows.push(['注：本台账据各期纸质签到表录入，每期以标题行开头；第5期为考评截止日后举办。', N, N, N, N, N, N, N]);
  merges.push(`A${tRows.length}:H${tRows.length}`);
  tRows.push(['录入人：区电商公共服务中心　　审核：区商务局', N, N, N, N, N, N, N]);
  merges.push(`A${tRows.length}:H${tRows.length}`);
  assert(tRows.some(r0 => typeof r0[3] === 'string' && /x$/.test(r0[3])), 'lower-case x present');
  for (const rec of recs) if (rec.id && !rec.id.includes('*')) assert(validId(rec.id));
  assert.strictEqual(recs.length, 40);
  assert.strictEqual(recs.filter(x => x.date <= CUTOFF).length, 34);
  const nElig = eligible.length, nMig = persons.filter(p => migrantOf(p.work) === true).length;
  write('ledgers', 'b21-l2-qingcheng.json', {
    description: `清城区（清远）的两张表：①《培训学员台账》一张表分块：顶上只有一行表头，每期以合并的标题行开头“第N期 …培训班 2020年10月15日”（日期只在标题行里），下面是该期学员、序号每期从1重排，期与期之间空一行，第2期下有“本期小计：8人”行（不是学员）；第3期“2021年3月11日-12日”按结束日2021-03-12计；第5期2021年9月9日在截止日后（记录照列）；一人身份证末位小写x（读作X），一人打码（照写），一人写“（未提供）”（id为null）；②《建档立卡贫困人口（系统导出）》从防返贫监测系统导出：第1行导出信息，第2行中文表头，第3行系统字段代码（AAB002、AAB004…，不是数据）；劳动技能为普通/技能/弱劳动力或半劳动力（labour=true）、丧失劳动力/无劳动力（false）；务工状态：省外务工、县外省内务工算外出务工（migrant=true），县内务工、未务工不算（false）——“外出务工者除外”是因为人不在本县、参加不了县里的培训，县内务工的人在县里；在校生务工状态空白（migrant=null）；共${persons.length}人，有劳动能力且未外出务工${nElig}人，外出务工${nMig}人。`,
    sheets: [
      { name: '培训学员台账', rows: padRows(tRows), merges },
      { name: '建档立卡贫困人口（系统导出）', rows: padRows(ppRows), merges: ['A1:L1'] },
    ],
    expect: {
      sheets: {
        '培训学员台账': { kind: 'training', records: recs },
        '建档立卡贫困人口（系统导出）': { kind: 'poorPersons', records: pRecs },
      },
    },
  });
})();

// ===================================== COUNTIES =====================================

// =====================================================================
// C1 鼎湖区（肇庆）— a strong county (89). Ledger shapes: the funds ledger is the bank statement
// of the project account (交易日期 | 摘要 | 借方发生额 | 贷方发生额 | 余额 | 对方户名) where only the
// “示范资金” debit rows are disbursements (receipts, interest, fees, 区级配套 payments and a
// returned-then-repaid transfer are not); the media list carries several outlets in one cell
// (“南方日报、南方网，人民网转载”); the report log has only 报送内容 (“2020年10月份月报（含电商扶贫
// 数据）”), no yes/no column; the park list writes entry and exit in one cell (“2020.10入驻，
// 2021.6退出”).
// =====================================================================
(function c1() {
  const REG = '441203';
  const r = rng(2121);
  const newId = makeIdFactory(2122);
  const nm = nameFactory(2123);
  const ph = phoneFactory(2124);
  const vill = villageFactory(2125);
  const towns = [['坑口街道', 5, 3], ['桂城街道', 7, 3], ['广利街道', 9, 2], ['永安镇', 11, 1], ['沙浦镇', 10, 2], ['凤凰镇', 9, 1], ['莲花镇', 11, 2]];
  const poorPerTown = { 永安镇: 1, 沙浦镇: 1, 凤凰镇: 2, 莲花镇: 2 };
  const admin = [], comms = [];
  for (const [t, n, c] of towns) {
    for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: i < (poorPerTown[t] || 0) });
    for (let i = 0; i < c; i++) comms.push({ town: t, name: vill().replace(/村$/, '社区') });
  }
  assert.strictEqual(admin.length, 62); assert.strictEqual(comms.length, 14);
  const poor = admin.filter(v => v.poor);
  assert.strictEqual(poor.length, 6);

  // ---- villages
  const vRows = [['肇庆市鼎湖区村（居）委会名单', N, N, N, N, N, N], ['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注']];
  let k = 0;
  for (const [t] of towns) {
    admin.filter(v => v.town === t).forEach((v, i) => vRows.push([++k, t, v.name.replace(/村$/, '') + (i % 4 === 3 ? '村民委员会' : '村委会'), '行政村', v.poor ? '是' : N, '是', N]));
    comms.filter(c => c.town === t).forEach(c => vRows.push([++k, t, c.name + '居委会', '社区', N, '是', '城镇社区']));
  }
  vRows.push(['合计', N, '76个（行政村62个、社区14个）', N, '6个', N, N]);

  // ---- stations
  const nonPoor = shuffle(r, admin.filter(v => !v.poor));
  const covNP = nonPoor.slice(0, 38), uncov = nonPoor.slice(38);
  const st = [];
  const pre = () => randDate(r, '2020-05-01', '2021-08-25');
  for (const v of [...poor, ...covNP]) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '村电商服务站', date: pre() });
  for (const v of covNP.slice(3, 5)) st.push({ town: v.town, village: v.name, name: v.name.replace(/村$/, '') + '邮乐购服务点', date: pre() });
  st.push({ town: uncov[0].town, village: uncov[0].name, name: uncov[0].name.replace(/村$/, '') + '村电商服务站', date: '2021-09-13' });
  st.push({ town: comms[4].town, village: comms[4].name, name: comms[4].name + '电商服务站', date: '2020-12-08' });
  const adminSet = new Set(admin.map(v => v.name));
  const covered = new Set(st.filter(s => s.date <= CUTOFF && adminSet.has(s.village)).map(s => s.village));
  assert.strictEqual(covered.size, 44);
  assert.strictEqual(tierVillages(44, 62), 5);
  assert.strictEqual(tierVillages(44, 76), 2); // if the 14 社区 were taken into the base
  assert.strictEqual(poor.filter(v => covered.has(v.name)).length, 6);
  st.sort((a, b) => (towns.findIndex(t => t[0] === a.town) - towns.findIndex(t => t[0] === b.town)) || (a.date < b.date ? -1 : 1));
  const sRows = [['鼎湖区村级电子商务服务站点台账', N, N, N, N, N, N, N], ['序号', '镇（街道）', '所在村（社区）', '站点名称', '负责人', '联系电话', '挂牌时间', '服务内容']];
  st.forEach((s, i) => {
    const f = i % 3;
    const d = f === 0 ? { date: s.date } : f === 1 ? dotted(s.date) : cn(s.date);
    sRows.push([i + 1, s.town, (i % 5 === 2 && /村$/.test(s.village)) ? s.village + '委' : s.village, s.name, nm(), ph(), d, '代购代销、快递收发、便民缴费']);
  });
  sRows.push(['注：挂牌时间以区商务局授牌为准。', N, N, N, N, N, N, N]);

  // ---- park enterprises: entry and exit in one cell
  const uscc = usccFactory(2126, '441203');
  const words = ['鼎湖山', '砚洲', '桂城', '莲花', '凤凰', '沙浦', '永安', '广利', '坑口', '罗隐', '九坑', '羚羊', '西江', '旱坑', '蕉园', '官村', '砚坑', '庆云', '宝月', '听泉', '白鹤', '飞水', '龙船'];
  const types = ['平台型电商', '销售型（网店）', '电商运营服务商', '物流快递', '销售型（网店）', '直播电商', '销售型（网店）'];
  const biz = { 平台型电商: '本地农特产品电商平台', '销售型（网店）': '山泉水、茶叶、砂糖橘网店销售', 电商运营服务商: '网店代运营、美工设计', 物流快递: '快递分拣、仓储配送', 直播电商: '直播带货、短视频' };
  const ents = [];
  for (let i = 0; i < 23; i++) {
    const t = types[i % types.length];
    const ent = randDate(r, '2020-06-01', '2021-07-31');
    ents.push({ name: `肇庆市${words[i]}${t === '物流快递' ? '供应链管理' : t === '直播电商' ? '文化传媒' : '电子商务'}有限公司`, code: uscc(), type: t, entered: ent, left: null, enteredTxt: null, leftTxt: null });
  }
  const ym = (iso) => { const [y, m] = iso.split('-').map(Number); return `${y}.${m}`; };
  ents.forEach((e, i) => { e.enteredTxt = (i % 3 === 0) ? `${e.entered.slice(0, 4)}年${Number(e.entered.slice(5, 7))}月入驻` : (i % 3 === 1) ? `${ym(e.entered)}入驻` : `${dotted(e.entered)}入驻`; e.enteredM = e.entered.slice(0, 7); if (i % 3 === 2) e.enteredM = e.entered; });
  const setEnt = (i, entered, left, txt) => { ents[i].entered = entered; ents[i].enteredM = entered; ents[i].left = left; ents[i].txt = txt; };
  setEnt(4, '2020-10', '2021-06', '2020.10入驻，2021.6退出');
  setEnt(9, '2020-08', '2021-03', '2020年8月入驻，2021年3月退出');
  setEnt(13, '2020-12', '2021-08', '2020.12入驻，2021.8退出（合同到期）');
  setEnt(17, '2021-09', null, '2021.9入驻');
  setEnt(20, '2020-11', '2021-10', '2020.11入驻，2021.10退出（已申请，未办结）');
  const inPark = ents.filter(e => onOrBefore(e.enteredM) && !(e.left && onOrBefore(e.left)));
  assert.strictEqual(inPark.length, 19);
  assert.strictEqual(ents.filter(e => onOrBefore(e.enteredM)).length, 22); // exits ignored
  assert(new Set(inPark.map(e => normType(e.type))).size >= 3);
  const eRows = [['鼎湖区电子商务产业园入驻企业清单', N, N, N, N, N, N], ['序号', '企业名称', '统一社会信用代码', '企业类型', '主营业务', '入驻及退出情况', '入驻位置']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, biz[e.type], e.txt || e.enteredTxt, `产业园${1 + Math.floor(i / 8)}号楼${pad(101 + (i % 8), 3)}`]));
  eRows.push(['注：退出企业保留在清单中，以“入驻及退出情况”为准。', N, N, N, N, N, N]);

  // ---- poor persons (E eligible, M migrant, NL no labour)
  const statuses = shuffle(r, [...Array(60).fill('E'), ...Array(12).fill('M'), ...Array(20).fill('N')]);
  const persons = [];
  let xLeft = 2, hhLeft = 0, rel = 0, hh = null, hv = null;
  for (const s of statuses) {
    if (hhLeft === 0) { hhLeft = 1 + Math.floor(r() * 4); hh = nm(); rel = 0; hv = admin[Math.floor(r() * admin.length)]; }
    const sex = rel === 1 ? 'F' : rel === 0 ? 'M' : (r() < 0.5 ? 'M' : 'F');
    const wantX = (s === 'E' && xLeft > 0) ? true : false;
    if (wantX) xLeft--;
    const name = rel === 0 ? hh : rel === 1 ? nm() : hh[0] + nm().slice(1);
    const id = rel >= 2 ? newId(REG, sex, wantX, 1982, 20) : newId(REG, sex, wantX, 1955, 35);
    persons.push({ status: s, id, name, head: hh, rel: ['户主', '配偶', '子女', '子女'][rel], town: hv.town, village: hv.name });
    rel++; hhLeft--;
  }
  const E = persons.filter(p => p.status === 'E'), M = persons.filter(p => p.status === 'M'), NL = persons.filter(p => p.status === 'N');
  const xPersons = E.filter(p => p.id.endsWith('X'));
  assert.strictEqual(xPersons.length, 2);
  const ppRows = [['鼎湖区建档立卡贫困人口名单（区乡村振兴局提供）', N, N, N, N, N, N, N, N], ['序号', '镇（街道）', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '是否有劳动能力', '是否外出务工']];
  persons.forEach((p, i) => ppRows.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.status === 'N' ? '否' : '是', p.status === 'M' ? '是' : '否']));

  // ---- training sign-ins
  const trainedE = E.filter(p => !p.id.endsWith('X')).slice(0, 41).concat(xPersons);
  assert.strictEqual(new Set(trainedE.map(p => p.id)).size, 43);
  const restE = E.filter(p => !trainedE.includes(p));
  const postOnly = restE.slice(0, 3), maskedOnly = restE[3];
  const wr = (p) => (xPersons.includes(p) ? p.id.slice(0, 17) + 'x' : p.id);
  const preRows = [];
  for (const p of trainedE) preRows.push({ name: p.name, town: p.town, id: wr(p), poor: '是' });
  for (const p of trainedE.slice(5, 13)) preRows.push({ name: p.name, town: p.town, id: wr(p), poor: '是' });
  for (const p of M.slice(0, 3)) preRows.push({ name: p.name, town: p.town, id: p.id, poor: '是' });
  for (const p of NL.slice(0, 2)) preRows.push({ name: p.name, town: p.town, id: p.id, poor: '是' });
  preRows.push({ name: maskedOnly.name, town: maskedOnly.town, id: maskedOnly.id.slice(0, 6) + '********' + maskedOnly.id.slice(14), poor: '是' });
  assert.strictEqual(preRows.length, 57);
  while (preRows.length < 1740) preRows.push({ name: nm(), town: towns[Math.floor(r() * 7)][0], id: newId(REG, r() < 0.5 ? 'M' : 'F'), poor: '否' });
  const sizes = [95, 98, 92, 101, 97, 94, 99, 96, 93, 100, 98, 95, 97, 96, 94, 98, 95];
  sizes.push(1740 - sum(sizes));
  const sDates = ['2020-05-21', '2020-06-17', '2020-07-16', '2020-08-20', '2020-09-17', '2020-10-22', '2020-11-12', '2020-11-26', '2020-12-17', '2021-01-14', '2021-03-11', '2021-03-25', '2021-04-15', '2021-05-13', '2021-06-10', '2021-06-24', '2021-07-15', '2021-08-19'];
  assert.strictEqual(sizes.length, sDates.length);
  for (;;) {
    shuffle(r, preRows);
    let off = 0, ok = true;
    for (const n of sizes) { const ids = preRows.slice(off, off + n).map(x => x.id.toUpperCase()); if (new Set(ids).size !== n) ok = false; off += n; }
    if (ok) break;
  }
  const postRows = postOnly.map(p => ({ name: p.name, town: p.town, id: p.id, poor: '是' }));
  while (postRows.length < 60) postRows.push({ name: nm(), town: towns[Math.floor(r() * 7)][0], id: newId(REG, r() < 0.5 ? 'M' : 'F'), poor: '否' });
  const topics = ['农村电商基础知识', '网店开设与运营', '农产品摄影美工', '短视频与直播带货', '电商扶贫专场'];
  const tAll = [];
  let off = 0;
  sizes.forEach((n, si) => { for (const x of preRows.slice(off, off + n)) tAll.push({ date: sDates[si], cls: `第${si + 1}期${topics[si % 5]}培训班`, x }); off += n; });
  for (const x of postRows) tAll.push({ date: '2021-09-16', cls: '第19期直播带货提升班', x });
  const tRows = [['鼎湖区电子商务进农村培训签到汇总表', N, N, N, N, N, N, N, N], ['序号', '培训日期', '培训班次', '姓名', '性别', '身份证号', '镇（街道）', '是否贫困户', '联系电话']];
  tAll.forEach((t, i) => {
    const si = sDates.indexOf(t.date);
    const d = (si % 3 === 0 || si < 0) ? { date: t.date } : si % 3 === 1 ? dotted(t.date) : cn(t.date);
    tRows.push([i + 1, d, t.cls, t.x.name, t.x.id.includes('*') ? '女' : sexOf(t.x.id), t.x.id, t.x.town, t.x.poor, ph()]);
    if (!t.x.id.includes('*')) assert(validId(t.x.id.toUpperCase()));
  });
  const ptPre = tAll.filter(t => t.date <= CUTOFF).length;
  assert.strictEqual(ptPre, 1740); assert.strictEqual(tAll.length, 1800);
  assert.strictEqual(tierTraining(ptPre, 172600), 10);
  assert.strictEqual(tierTraining(ptPre, 213000), 8);   // 户籍人口 as the base would give 8
  const eIds = new Set(E.map(p => p.id));
  const trainedIds = new Set(tAll.filter(t => t.date <= CUTOFF && !t.x.id.includes('*')).map(t => t.x.id.toUpperCase()).filter(id => eIds.has(id)));
  assert.strictEqual(trainedIds.size, 43);
  assert.strictEqual(tierPoor(43, 60), 10);
  assert(43 * 100 >= 60 * 70);                           // bonus: 71.7%
  const caseSens = new Set(tAll.filter(t => t.date <= CUTOFF).map(t => t.x.id).filter(id => eIds.has(id)));
  assert.strictEqual(caseSens.size, 41); assert(41 * 100 < 60 * 70);   // 68.3% without upper-casing x
  const withM = new Set(tAll.filter(t => t.date <= CUTOFF).map(t => t.x.id.toUpperCase()).filter(id => eIds.has(id) || M.some(p => p.id === id)));
  assert.strictEqual(withM.size, 46); assert(46 * 100 < 72 * 70);      // 63.9% if migrants were kept in

  // ---- funds: bank statement of the project account (借方 = money out, 贷方 = money in)
  const POST = '中国邮政集团有限公司肇庆市鼎湖区分公司';
  const bank = [ // [date, 摘要, debit, credit, 对方户名, kind]
    ['2020-04-20', '收区财政局拨入2019年省级电子商务进农村综合示范专项资金', 0, 5000000, '肇庆市鼎湖区财政局', 'receipt'],
    ['2020-04-28', '收区级配套资金', 0, 1000000, '肇庆市鼎湖区财政局', 'receipt'],
    ['2020-06-12', '示范资金 支付县级电子商务公共服务中心建设款（一期）', 860000, 0, '肇庆市鼎湖山电子商务有限公司', 'spend'],
    ['2020-06-12', '跨行转账手续费', 15.5, 0, N, 'fee'],
    ['2020-06-21', '结息', 0, 1863.42, N, 'interest'],
    ['2020-08-05', '示范资金 支付村级电商服务站点建设款（第一批）', 520000, 0, POST, 'spend'],
    ['2020-09-18', '区级配套 支付公共服务中心装修款', 150000, 0, '肇庆市华艺装饰工程有限公司', 'match'],
    ['2020-10-15', '示范资金 支付农村电商人才培训费（第一期）', 310000, 0, '肇庆市鼎湖区职业技术培训学校', 'spend'],
    ['2020-11-20', '示范资金 支付县乡村三级物流配送体系建设款', 645000, 0, '肇庆市西江供应链管理有限公司', 'spend'],
    ['2020-11-20', '跨行转账手续费', 15.5, 0, N, 'fee'],
    ['2020-12-21', '结息', 0, 2104.18, N, 'interest'],
    ['2021-01-20', '示范资金 支付村级电商服务站点建设款（第二批）', 420000, 0, POST, 'returned'],
    ['2021-01-22', '退汇 收款人户名不符 原1月20日站点建设款', 0, 420000, POST, 'return'],
    ['2021-01-26', '示范资金 重新支付村级电商服务站点建设款（第二批）', 420000, 0, POST, 'spend'],
    ['2021-03-21', '结息', 0, 1580.77, N, 'interest'],
    ['2021-05-25', '示范资金 支付农村电商人才培训费（第二期）', 276500, 0, '肇庆市鼎湖区职业技术培训学校', 'spend'],
    ['2021-06-21', '结息', 0, 1402.65, N, 'interest'],
    ['2021-06-30', '区级配套 支付村级站点运营补贴', 200000, 0, POST, 'match'],
    ['2021-07-16', '示范资金 支付县级公共服务中心运营费（2021年度）', 415000, 0, '肇庆市鼎湖山电子商务有限公司', 'spend'],
    ['2021-09-15', '示范资金 支付农产品品牌培育及溯源体系建设款', 300000, 0, '肇庆市砚洲农业科技有限公司', 'spend'],
    ['2021-09-21', '结息', 0, 1320.06, N, 'interest'],
  ];
  const cents = (x) => Math.round(x * 100);
  let bal = 0, dSum = 0, cSum = 0;
  const fRows = [
    ['中国农业银行 账户交易明细', N, N, N, N, N],
    ['户名：肇庆市鼎湖区商务局（电子商务进农村综合示范项目资金专户）', N, N, N, '币种：人民币　单位：元', N],
    ['账号：4465 0101 0400 2xxx 6', N, N, N, '起止日期：2020-01-01至2021-09-30', N],
    ['交易日期', '摘要', '借方发生额', '贷方发生额', '余额', '对方户名'],
    ['20200101', '期初余额', N, N, 0, N],
  ];
  for (const b of bank) {
    bal += cents(b[3]) - cents(b[2]); dSum += cents(b[2]); cSum += cents(b[3]);
    fRows.push([compact(b[0]), b[1], b[2] || N, b[3] || N, bal / 100, b[4]]);
  }
  fRows.push([N, '本期合计', dSum / 100, cSum / 100, bal / 100, N]);
  fRows.push(['注：本对账单为银行网银导出；借方为支出、贷方为收入；“示范资金”为省级专项资金支出，“区级配套”为区财政配套资金支出。', N, N, N, N, N]);
  const spent = sum(bank.filter(b => b[5] === 'spend' && b[0] <= CUTOFF).map(b => b[2]));
  assert.strictEqual(spent, 3446500);
  assert(spent * 100 < 5000000 * 70);                                   // 68.93% < 70% → −5
  assert((spent + 420000) * 100 >= 5000000 * 70);                       // counting the returned transfer too
  assert((spent + 350000) * 100 >= 5000000 * 70);                       // counting 区级配套 payments
  assert((spent + 300000) * 100 >= 5000000 * 70);                       // counting the 2021-09-15 payment
  assert.strictEqual(bank.filter(b => b[5] === 'match').reduce((a, b) => a + b[2], 0), 350000);

  // ---- monthly reports: content text only, no yes/no column
  const rep = [];
  for (const m of ['2020-07', '2020-08', ...WINDOW]) {
    const [y, mm] = m.split('-').map(Number);
    const ny = mm === 12 ? y + 1 : y, nm2 = mm === 12 ? 1 : mm + 1;
    const d = `${ny}-${pad(nm2, 2)}-${pad(3 + Math.floor(r() * 6), 2)}`;
    let content = `${y}年${mm}月份月报`;
    if (m === '2021-01') content = '2021年1月份月报及年货节网络促销活动总结';
    if (m >= '2020-10') content += '（含电商扶贫数据）';
    rep.push({ date: d, content });
  }
  assert.strictEqual(regularity(rep.map(x => x.date)), 'full');
  assert(rep.some(x => x.date > CUTOFF));
  const rRows = [['鼎湖区电子商务进农村综合示范工作报送台账', N, N, N, N], ['序号', '报送日期', '报送内容', '报送对象', '报送方式']];
  rep.forEach((x, i) => rRows.push([i + 1, i % 2 ? dotted(x.date) : { date: x.date }, x.content, '肇庆市商务局', '粤政易']));

  // ---- disclosures
  const disc = [['2019-12-20', '关于印发《肇庆市鼎湖区电子商务进农村综合示范县创建工作方案》的通知'], ['2020-01-10', '鼎湖区电子商务进农村综合示范项目基本信息公示'], ['2020-01-10', '鼎湖区电子商务进农村综合示范工作监督举报电话及邮箱']];
  for (const m of ['2020-05', '2020-06', '2020-07', '2020-08', ...WINDOW]) disc.push([`${m}-${pad(8 + Math.floor(r() * 15), 2)}`, `鼎湖区电子商务进农村综合示范项目建设进度（${Number(m.slice(0, 4))}年${Number(m.slice(5))}月）`]);
  assert.strictEqual(regularity(disc.map(x => x[0])), 'full');
  const dRows = [['鼎湖区政府网站“电子商务进农村综合示范”专栏更新记录', N, N, N, N], ['序号', '发布日期', '标题', '栏目', '链接']];
  disc.forEach((x, i) => dRows.push([i + 1, { date: x[0] }, x[1], '电子商务进农村综合示范', `http://www.dinghu.gov.cn/zwgk/dzsw/content/post_${2100000 + i * 211}.html`]));

  // ---- media: several outlets in one cell
  const media = [
    ['2020-10-22', '肇庆日报', '报纸', '鼎湖区：村级电商服务站覆盖七成行政村', '否'],
    ['2020-12-15', '南方日报、南方网，人民网转载', '报纸、网络', '鼎湖：山泉水和茶叶搭上电商快车', '否'],
    ['2021-03-18', '广东广播电视台《广东新闻联播》', '电视', '鼎湖区莲花镇：贫困户直播卖砂糖橘 电商扶贫见实效', '是'],
    ['2021-06-09', '肇庆电视台《肇庆新闻》、鼎湖发布（区融媒体中心）', '电视、网络', '鼎湖电商产业园吸引青年返乡创业', '否'],
    ['2021-09-14', '鼎湖区融媒体中心', '网络', '鼎湖区举办第19期直播带货提升班', '否'],
  ];
  const mRows = [['鼎湖区电子商务进农村宣传报道统计表', N, N, N, N, N], ['序号', '日期', '媒体（含转载）', '形式', '标题', '是否电商扶贫典型案例']];
  media.forEach((x, i) => mRows.push([i + 1, dotted(x[0]), ...x.slice(1)]));

  // ---- materials
  const matRows = [['经验材料报送登记', N, N, N], ['序号', '报送日期', '材料名称', '报送单位'],
    [1, '2020.12.28', '鼎湖区电子商务进农村综合示范创建工作经验材料', '肇庆市商务局'],
    [2, '2021.6.30', '鼎湖区“电商+扶贫”典型案例：莲花镇砂糖橘直播助农', '肇庆市商务局']];

  // ---- facts: 项目 | 内容 | 佐证材料（台账）
  const F = [
    ['肇庆市鼎湖区电子商务进农村综合示范创建自评基础数据', N, N],
    ['项目', '内容', '佐证材料（台账）'],
    ['县（市、区）', '鼎湖区', N],
    ['考评截止日期', '2021年8月31日', N],
    ['常住人口', '17.26万人', '第七次全国人口普查'],
    ['户籍人口', '21.3万人', '区公安分局'],
    ['行政村数', '62个（另有社区14个）', '表2 村（居）委会名单'],
    ['省定贫困村数', '6个', '表2 村（居）委会名单'],
    ['示范创建工作领导小组', '区长任组长，分管副区长任副组长，区商务局、财政局、农业农村局、乡村振兴局、市场监管局、邮政分公司为成员单位', '鼎府办〔2019〕33号'],
    ['示范县工作方案', '已印发（鼎府办〔2019〕35号）', N],
    ['支持农村电商发展政策', '已出台', '《鼎湖区促进农村电子商务发展扶持办法》'],
    ['县级电商公共服务中心投入运营日期', '2020年6月18日', N],
    ['免费培训场所、培训设备', '有', N],
    ['特色农产品免费展示、销售', '有', N],
    ['免费摄影、美工服务', '有', N],
    ['农产品统一推广、品牌建设指导', '有', N],
    ['其他衍生增值服务', '有（供应链、直播基地）', N],
    ['电商产业园', '已建成（鼎湖电子商务产业园）', '表4 入驻企业清单'],
    ['产业园入驻企业', '23家', '表4 入驻企业清单'],
    ['专业第三方电商运营服务商', '有', N],
    ['2019年农村网络零售额', '9.6亿元', '省商务厅反馈'],
    ['2020年农村网络零售额', '11.4亿元', '省商务厅反馈'],
    ['2019年农产品网络零售额', '1.25亿元', '省商务厅反馈'],
    ['2020年农产品网络零售额', '1.70亿元', '省商务厅反馈'],
    ['专栏公示创建方案', '是', '表9 专栏更新记录'],
    ['专栏公示项目基本信息', '是', '表9 专栏更新记录'],
    ['专栏公示项目建设进度', '是（按月）', '表9 专栏更新记录'],
    ['专栏设立监督举报窗口', '是（电话、邮箱）', '表9 专栏更新记录'],
    ['省级专项资金下达总额', '500万元', '表7 资金专户对账单'],
    ['资金管理制度', '已制定', '《鼎湖区电子商务进农村综合示范专项资金管理办法》'],
    ['资金专用台账', '已建立（专户对账单）', '表7 资金专户对账单'],
    ['项目总体进度', '90%', N],
    ['安全生产、质量事故或重大损失', '无', N],
    ['弄虚作假', '无', N],
    [N, N, N],
    ['主观项自评', '自评分', '依据'],
    ['方案制定', 2, '方案经区政府常务会议审议印发'],
    ['政策支持', 2, N],
    ['项目管理制度', 2, N],
    ['工作台账', 2, N],
    ['网销调研及针对性建议', 2, '调研报告已报市商务局'],
    ['网络促销活动', 2, '年货节、砂糖橘节'],
    ['交易标准及冷链、溯源系统', 1, '溯源系统试运行'],
    ['资金管理制度', 5, N],
    ['资金台账', 4, N],
    ['资金及时拨付', 4, '按进度拨付'],
  ];
  assert(170 * 100 >= 125 * 130 && 114 * 100 < 96 * 130); // agri +36% qualifies, rural +18.75% does not

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 13, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': -5,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.strictEqual(2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, points['work.center']);
  assert.strictEqual(tierVillages(44, 62) + tierPoorVillages(6, 6), points['work.coverage']);
  assert.strictEqual(2 + 2 + 1 + 1 + 1 + 2, points['work.upward']);
  assert.strictEqual(tierTraining(1740, 172600) + tierPoor(43, 60), points['work.training']);
  const scored = Object.entries(points).filter(([id]) => !/^(bonus|veto)\./.test(id));
  assert.strictEqual(scored.length, 15);
  const base = sum(scored.map(x => x[1]));
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  assert.strictEqual(base, 86); assert.strictEqual(bonus, 3);
  const total = base + bonus;
  assert.strictEqual(total, 89);
  const derivation = [
    'org.leadership: 基础数据“区长任组长……区商务局、财政局、农业农村局、乡村振兴局……为成员单位” → 主要领导牵头且四部门齐全 → 2',
    'org.plan: 方案已印发（鼎府办〔2019〕35号），自评“方案制定 2” → 2',
    'org.policy: 已出台扶持办法，自评“政策支持 2” → 2',
    'org.management: 自评 项目管理制度 2 + 工作台账 2 → 4',
    'work.center: 中心2020-06-18运营 ≤ 2021-08-31 → 2，≤ 2021-02-28（满6个月）→ 2；免费培训2、展示1、摄影1、推广1、其他1 → 6；产业园已建成 → 2；入驻企业清单23行，“入驻及退出情况”一格写入驻和退出：2021.6、2021.3、2021.8（只到月，仍在截止月内）退出的3家不在园，2021.9入驻的1家未入园，2021.10退出的仍在园 → 截至2021-08-31在园19家 < 20 → 0（基础数据写的“23家”是清单行数）；类型 平台/销售/运营/物流/直播 ≥ 3 → 1；合计 13',
    'work.coverage: 行政村62个（14个社区不计）；截止日前挂牌的站点覆盖44个行政村（两村各2个站点只算一次；2021-09-13挂牌的一站不计；社区站点不计；站点表村名写“××村”“××村委”、名单写“××村委会”“××村民委员会”，是同一村）→ 44/62 = 70.97% ≥ 70% → 5；省定贫困村6个均有截止日前站点 → 6/6 = 100% → 5；合计 10',
    'work.upward: 网销调研自评2 + 促销活动自评2 + 第三方运营服务商“有” 1 + 村（居）委会名单“快递进村”列62个行政村全为“是” → 1 + 交易标准与冷链溯源自评1 + 农产品网零 1.70亿/1.25亿 = +36% ≥ 30% → 2（农村网零 +18.75% 不够，任一即可）；合计 9',
    'work.training: 签到汇总表截止日前1740行（2021-09-16第19期60行不计）÷ min(172600, 500000) = 1.008% ≥ 1% → 10（户籍人口21.3万不是基数，若用它只有0.82%）；贫困人口名单有劳动能力且未外出务工60人，截止日前签到表身份证匹配43人（两人末位小写x按X匹配；8人参训两次只算一次；1人身份证打码不能匹配；3人只参加9月班；外出务工3人、无劳动能力2人参训不计）→ 43/60 = 71.7% ≥ 50% → 10；合计 20',
    'info.disclosure: 专栏公示方案、项目基本信息、建设进度、监督举报窗口四项均“是” → 2；更新记录2020年9月至2021年8月每月都有 → 2；合计 4',
    'info.reporting: 报送台账2020-09至2021-08每个月都有报送（各月月报于次月初报送，2020年8月份月报2020年9月报送）→ 3；没有“是否含扶贫数据”栏，但报送内容写“（含电商扶贫数据）”（2020年10月份月报起）→ 能统计 → 3；合计 6',
    'promo.cases: 2020.12.28、2021.6.30 向肇庆市商务局报送经验材料 → 2',
    'promo.media: 一格多家媒体要逐个看：南方日报、南方网（省级）和人民网转载（国家级）→ 省级及以上 4；肇庆日报、肇庆电视台（市级）→ 3；县级只出现在2021.6.9那一格的第二家“鼎湖发布（区融媒体中心）” → 1；2021.9.14鼎湖区融媒体中心在截止日后不计；合计 8',
    'fund.system: 自评“资金管理制度 5”（已制定管理办法）→ 5',
    'fund.ledger: 自评“资金台账 4”（已建立专户对账单）→ 4',
    'fund.spending: 资金台账是银行专户对账单，借方为支出。只算截止日前“示范资金”借方：860,000 + 520,000 + 310,000 + 645,000 + 420,000（1月26日重新支付；1月20日那笔1月22日已退汇，不重复算）+ 276,500 + 415,000 = 3,446,500元；收到下达资金、配套资金和结息（贷方）不是支出，手续费不是拨付，“区级配套”两笔共350,000元不是省级示范资金，2021-09-15的300,000元在截止日后 → 3,446,500 ÷ 5,000,000 = 68.9% < 70% → 倒扣 −5（自评“资金及时拨付 4”不适用）',
    'bonus.poorTraining: 贫困人口培训率 43/60 = 71.7% ≥ 70% → 2',
    'bonus.tvCase: 电商扶贫典型案例（“是”）只有一条：广东广播电视台《广东新闻联播》2021.3.18（省级电视）→ 1；人民网是国家级但为网络转载、且不是典型案例 → 1',
    'veto.incident: “安全生产、质量事故或重大损失：无” → 不否决 → 0',
    'veto.progress: 项目总体进度填报90% ≥ 40%（按填报值，不用支出率）→ 不否决 → 0',
    'veto.fraud: “弄虚作假：无” → 不否决 → 0',
    '合计: 15项 86（含资金支出倒扣5分）+ 加分 min(2+1, 4) = 3 → 89；未否决',
  ];
  const sheets = [
    { name: '表1 基础数据', rows: padRows(F), merges: ['A1:C1'] },
    { name: '表2 村（居）委会名单', rows: padRows(vRows), merges: ['A1:G1', `A${vRows.length}:B${vRows.length}`] },
    { name: '表3 站点台账', rows: padRows(sRows), merges: ['A1:H1', `A${sRows.length}:H${sRows.length}`] },
    { name: '表4 入驻企业清单', rows: padRows(eRows), merges: ['A1:G1', `A${eRows.length}:G${eRows.length}`] },
    { name: '表5 培训签到汇总', rows: padRows(tRows), merges: ['A1:I1'] },
    { name: '表6 建档立卡贫困人口', rows: padRows(ppRows), merges: ['A1:I1'] },
    { name: '表7 资金专户对账单', rows: padRows(fRows), merges: ['A1:F1', 'A2:D2', 'A3:D3', `A${fRows.length}:F${fRows.length}`] },
    { name: '表8 报送台账', rows: padRows(rRows), merges: ['A1:E1'] },
    { name: '表9 专栏更新记录', rows: padRows(dRows), merges: ['A1:E1'] },
    { name: '表10 宣传报道', rows: padRows(mRows), merges: ['A1:F1'] },
    { name: '表11 经验材料', rows: padRows(matRows), merges: ['A1:D1'] },
  ];
  write('counties', 'b21-c1-dinghu.json', {
    description: '鼎湖区（肇庆）商务局整本工作簿，11个表（表1…表11），高分89分（含加分3分）：事实表“项目|内容|佐证材料（台账）”加主观项自评小表；台账的难点：①资金台账是银行专户网银对账单（交易日期20200612式文本|摘要|借方发生额|贷方发生额|余额|对方户名），借方才是支出，只有摘要写“示范资金”的借方算拨付——收到下达资金/配套资金、结息（贷方）、手续费、“区级配套”支出、1月20日被退汇的那笔（1月26日重新支付）都不算，截止日前合计3,446,500元=68.9%，不足70%倒扣5分（任何一项算错就会超过70%）；②宣传报道一格写多家媒体（“南方日报、南方网，人民网转载”“肇庆电视台《肇庆新闻》、鼎湖发布（区融媒体中心）”），县级只在第二家；③报送台账没有是否含扶贫数据栏，只在报送内容里写“（含电商扶贫数据）”；④入驻企业“入驻及退出情况”一格写“2020.10入驻，2021.6退出”，截止日在园19家（不足20家）；陷阱：户籍人口21.3万不是基数；“产业园入驻企业23家”是清单行数；社区与社区站点；两名贫困户身份证末位小写x；外出务工者参训。',
    sheets,
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
    derivation,
  });
})();

// =====================================================================
// C2 浈江区（韶关）— a weak county (54). Ledger shapes: a station list where three stations are
// built jointly by two villages (“上村、下村” in the village cell, “…联建” in the name) — a joint
// station is listed as serving both villages, so it covers both (the tiers here come out the
// same whether it covers one or both, but not if the joint rows are dropped as unknown
// villages); a session ledger with a 人次 column and a 合计 row that includes a September
// session; a funds ledger in 万元; a 宣传报道 list with a 级别 column.
// =====================================================================
(function c2() {
  const r = rng(2131);
  const nm = nameFactory(2132);
  const ph = phoneFactory(2133);
  const vill = villageFactory(2134, ['小坑村']);
  const towns = [['犁市镇', 16, 2], ['花坪镇', 10, 2], ['十里亭镇', 14, 1], ['新韶镇', 12, 1], ['乐园镇', 14, 2]];
  const streets = [['东河街道', 2], ['车站街道', 2], ['风采街道', 1]];
  const admin = [], comms = [];
  for (const [t, n, p] of towns) {
    for (let i = 0; i < n; i++) admin.push({ town: t, name: vill(), poor: i < p });
    comms.push({ town: t, name: t.replace(/镇$/, '') + '社区' });
  }
  for (const [t, n] of streets) for (let i = 0; i < n; i++) comms.push({ town: t, name: vill().replace(/村$/, '') + '社区' });
  assert.strictEqual(admin.length, 66); assert.strictEqual(comms.length, 10);
  const poor = admin.filter(v => v.poor);
  assert.strictEqual(poor.length, 8);

  // ---- villages: 类型 column, 贫困村 √, no express column
  const vRows = [['浈江区村（居）民委员会名单', N, N, N, N, N], ['序号', '镇（街道）', '村（居）委会名称', '类型', '省定贫困村', '备注']];
  let k = 0;
  const vMerges = ['A1:F1'];
  for (const [t] of [...towns, ...streets]) {
    const start = vRows.length + 1;
    admin.filter(v => v.town === t).forEach(v => vRows.push([++k, t, v.name.replace(/村$/, '') + '村民委员会', '村委会', v.poor ? '√' : N, N]));
    comms.filter(c => c.town === t).forEach(c => vRows.push([++k, t, c.name + '居民委员会', '居委会', N, N]));
    const end = vRows.length;
    if (end > start) vMerges.push(`B${start}:B${end}`);
    for (let i = start + 1; i <= end; i++) vRows[i - 1][1] = N; // merged town cell: value only in the top cell
  }
  vRows.push(['合计：村民委员会66个（其中省定贫困村8个），居民委员会10个', N, N, N, N, N]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  // ---- stations
  const nonPoor = shuffle(r, admin.filter(v => !v.poor));
  const P = poor.slice();
  const singlesPoor = P.slice(0, 6), jointPoor = P[6], latePoor = P[7];
  // joint stations pair villages of the same town
  const take = (pred) => { const i = nonPoor.findIndex(pred); assert(i >= 0); return nonPoor.splice(i, 1)[0]; };
  const partner = take(v => v.town === jointPoor.town);
  const j2a = take(v => v.town === '十里亭镇'); const j2b = take(v => v.town === '十里亭镇');
  const j3a = take(v => v.town === '新韶镇'); const j3b = take(v => v.town === '新韶镇');
  const singlesNP = nonPoor.slice(0, 25);
  const lateNP = nonPoor[25];
  const st = []; // {town, villages:[...], cell, name, date, note}
  const pre = () => randDate(r, '2020-06-01', '2021-08-20');
  for (const v of [...singlesPoor, ...singlesNP]) st.push({ town: v.town, villages: [v.name], cell: v.name, name: v.name.replace(/村$/, '') + '村电商服务站', date: pre(), note: N });
  st.push({ town: singlesNP[2].town, villages: [singlesNP[2].name], cell: singlesNP[2].name, name: singlesNP[2].name.replace(/村$/, '') + '村邮政便民服务站', date: pre(), note: '与电商服务站同村' });
  const j1 = [jointPoor, partner], j2 = [j2a, j2b], j3 = [j3a, j3b];
  st.push({ town: j1[0].town, villages: j1.map(v => v.name), cell: j1.map(v => v.name).join('、'), name: j1.map(v => v.name.replace(/村$/, '')).join('') + '联建电商服务站', date: '2020-11-18', note: '两村联建' });
  st.push({ town: j2[0].town, villages: j2.map(v => v.name), cell: j2.map(v => v.name.replace(/村$/, '') + '村委').join('、') + '（联建）', name: j2[0].name.replace(/村$/, '') + '村电商服务站', date: '2021-03-09', note: '服务' + j2.map(v => v.name).join('、') });
  st.push({ town: j3[0].town, villages: j3.map(v => v.name), cell: j3.map(v => v.name).join('、'), name: j3.map(v => v.name).join('、') + '联建服务站点', date: '2021-06-22', note: '站点设在' + j3[0].name });
  st.push({ town: latePoor.town, villages: [latePoor.name], cell: latePoor.name, name: latePoor.name.replace(/村$/, '') + '村电商服务站', date: '2021-09-10', note: '2021年9月挂牌' });
  st.push({ town: lateNP.town, villages: [lateNP.name], cell: lateNP.name, name: lateNP.name.replace(/村$/, '') + '村电商服务站', date: '2021-10-15', note: '在建' });
  st.push({ town: '犁市镇', villages: ['犁市社区'], cell: '犁市社区', name: '犁市社区电商服务站', date: '2020-09-03', note: N });
  st.push({ town: '犁市镇', villages: ['小坑林场'], cell: '小坑林场', name: '小坑林场电商服务点', date: '2021-04-12', note: '国营林场' });
  const adminSet = new Set(admin.map(v => v.name));
  const preSt = st.filter(s => s.date <= CUTOFF);
  const covBoth = new Set(preSt.flatMap(s => s.villages).filter(v => adminSet.has(v)));
  const covOnce = new Set(preSt.map(s => s.villages[0]).filter(v => adminSet.has(v)));
  const covNone = new Set(preSt.filter(s => s.villages.length === 1).map(s => s.villages[0]).filter(v => adminSet.has(v)));
  assert.deepStrictEqual([covBoth.size, covOnce.size, covNone.size], [37, 34, 31]);
  assert.deepStrictEqual([tierVillages(37, 66), tierVillages(34, 66), tierVillages(31, 66)], [2, 2, 0]);
  const pc = (set) => poor.filter(v => set.has(v.name)).length;
  assert.deepStrictEqual([pc(covBoth), pc(covOnce), pc(covNone)], [7, 7, 6]);
  assert.deepStrictEqual([tierPoorVillages(7, 8), tierPoorVillages(6, 8)], [3, 0]);
  const order = towns.map(t => t[0]);
  st.sort((a, b) => (order.indexOf(a.town) - order.indexOf(b.town)) || (a.date < b.date ? -1 : 1));
  const sRows = [['浈江区村级电子商务服务站点清单', N, N, N, N, N, N, N], ['序号', '站点名称', '镇', '所在村', '负责人', '联系电话', '建成时间', '备注']];
  st.forEach((s, i) => {
    const f = i % 4;
    const [y, m] = s.date.split('-').map(Number);
    const d = f === 0 ? { date: s.date } : f === 1 ? dotted(s.date) : f === 2 ? `${y}.${m}` : cn(s.date);
    s.opened = f === 2 ? s.date.slice(0, 7) : s.date;
    sRows.push([i + 1, s.name, s.town, s.cell, nm(), ph(), d, s.note]);
  });
  // month-only dates must not move a station across the cut-off
  for (const s of st) assert.strictEqual(onOrBefore(s.opened), s.date <= CUTOFF);
  sRows.push(['注：联建站点由两村共建共用，服务两村村民。', N, N, N, N, N, N, N]);

  // ---- park enterprises (12, all in the park)
  const uscc = usccFactory(2135, '440204');
  const ew = ['浈阳', '犁市', '花坪', '十里亭', '新韶', '乐园', '曲仁', '韶石', '丹霞', '南华', '帽子峰', '风采'];
  const et = ['销售型', '销售型', '物流企业', '平台型', '销售型', '销售型', '物流企业', '销售型', '销售型', '平台型', '销售型', '销售型'];
  const eRows = [['浈江区电商产业园入驻企业名单', N, N, N, N, N], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '备注']];
  ew.forEach((w, i) => eRows.push([i + 1, `韶关市${w}${et[i] === '物流企业' ? '物流' : '电子商务'}有限公司`, uscc(), et[i], dotted(randDate(r, '2020-09-01', '2021-07-31')), N]));
  assert(new Set(et.map(normType)).size === 3);

  // ---- training: one row per session, 人次 column, 合计 row (includes the September session)
  const sess = [
    ['2020-09-17', '2020.9.17', '农村电商基础知识', '村干部、站点负责人', 180],
    ['2020-10-22', '2020年10月22日', '网店开设与运营', '返乡青年', '210人次'],
    ['2020-11-26', { date: '2020-11-26' }, '农产品摄影与美工', '合作社、家庭农场', 165],
    ['2020-12-17', '2020.12.17', '电商扶贫专题（犁市镇）', '建档立卡贫困户', '230'],
    ['2021-01-14', { date: '2021-01-14' }, '年货节网络促销', '电商企业', 195],
    ['2021-03-05', '2021.3.4-5', '短视频与直播带货（两天）', '返乡青年、个体户', '420人次'],
    ['2021-04-22', '2021年4月22日', '电商扶贫专题（乐园镇）', '建档立卡贫困户', 260],
    ['2021-05-27', { date: '2021-05-27' }, '农村电商普及培训（线上）', '全区村民', 520],
    ['2021-06-24', '2021.6.24', '电商扶贫专题（花坪镇）', '建档立卡贫困户', 240],
    ['2021-07-22', '2021年7月22日', '网店运营提升', '电商企业、合作社', 180],
    ['2021-08-19', '2021.8.19', '电商扶贫专题（十里亭镇）', '建档立卡贫困户', 180],
    ['2021-09-16', '2021.9.16', '直播带货公益课（线上）', '全区村民', 600],
  ];
  const num = (x) => (typeof x === 'number' ? x : Number(String(x).replace(/人次/, '')));
  const ptPre = sum(sess.filter(s => s[0] <= CUTOFF).map(s => num(s[4])));
  const ptAll = sum(sess.map(s => num(s[4])));
  assert.strictEqual(ptPre, 2780); assert.strictEqual(ptAll, 3380);
  assert.strictEqual(tierTraining(ptPre, 416000), 6);
  assert.strictEqual(tierTraining(ptAll, 416000), 8);            // counting the September session
  assert.strictEqual(tierTraining(ptPre + ptAll, 416000), 10);    // adding the 合计 row on top
  const poorPT = [0, 0, 0, 86, 0, 0, 102, 0, 95, 0, 78, 0];
  const tRows = [['浈江区电子商务进农村培训情况登记表', N, N, N, N, N, N, N], ['序号', '培训时间', '培训主题', '培训对象', '培训地点', '培训人次', '其中贫困户', '备注']];
  sess.forEach((s, i) => tRows.push([i + 1, s[1], s[2], s[3], /线上/.test(s[2]) ? '线上直播' : '区电商公共服务中心', s[4], poorPT[i] || N, s[0] > CUTOFF ? '9月新增' : N]));
  tRows.push(['合计', N, N, N, N, ptAll, sum(poorPT), N]);
  tRows.push(['注：贫困户参训为人次，按身份证去重后为420人（见区乡村振兴局统计）。', N, N, N, N, N, N, N]);

  // ---- funds in 万元
  const funds = [
    ['2020-07-15', '2020.7.15', '县级电子商务公共服务中心建设', '韶关市浈阳电子商务有限公司', 85],
    ['2020-10-20', '2020.10.20', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司韶关市分公司', 72.3],
    ['2020-12-18', '2020.12.18', '农村电商人才培训', '韶关市某职业培训学校', 38.6],
    ['2021-03-26', '2021.3.26', '县乡村三级物流配送体系', '韶关市曲仁物流有限公司', 64.1],
    ['2021-05-20', '2021.5.20', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司韶关市分公司', 56.8],
    ['2021-07-30', '2021.7.30', '县级公共服务中心运营', '韶关市浈阳电子商务有限公司', 45.7],
    ['2021-09-28', '2021.9.28', '农产品品牌培育', '韶关市丹霞电子商务有限公司', 50],
  ];
  const wan = (x) => Math.round(x * 10000);
  const spent = sum(funds.filter(f => f[0] <= CUTOFF).map(f => wan(f[4])));
  assert.strictEqual(spent, 3625000);
  assert(spent * 100 >= 5000000 * 70 && spent * 100 < 5000000 * 75);   // 72.5%
  const fRows = [['浈江区省级电子商务进农村综合示范专项资金拨付台账', N, N, N, N, N], [N, N, N, N, '单位：万元', N], ['序号', '拨付日期', '项目名称', '收款单位', '拨付金额', '凭证号']];
  funds.forEach((f, i) => fRows.push([i + 1, f[1], f[2], f[3], f[4], `记-${f[0].slice(0, 4)}-${pad(30 + i * 17, 4)}`]));
  fRows.push(['合计', N, N, N, sum(funds.map(f => wan(f[4]))) / 10000, N]);

  // ---- reports (irregular), disclosures (irregular), media (with 级别)
  const rep = [['2020-09-10', '2020年8月工作进展'], ['2020-10-12', '2020年9月工作进展'], ['2020-12-08', '2020年11月工作进展'], ['2021-03-15', '2021年1-2月工作进展'], ['2021-06-11', '2021年5月工作进展']];
  assert.strictEqual(regularity(rep.map(x => x[0])), 'partial');
  const rRows = [['浈江区向韶关市商务局报送工作情况登记', N, N, N], ['序号', '报送时间', '报送内容', '报送方式']];
  rep.forEach((x, i) => rRows.push([i + 1, cn(x[0]), x[1], '电子邮件']));
  const disc = [['2020-06-10', '浈江区电子商务进农村综合示范创建工作方案'], ['2020-06-10', '浈江区电子商务进农村综合示范项目基本信息'], ['2020-11-20', '浈江区电子商务进农村综合示范项目建设进度（截至10月）'], ['2021-02-05', '浈江区电子商务进农村综合示范项目建设进度（截至1月）'], ['2021-07-16', '浈江区电子商务进农村综合示范项目建设进度（截至6月）']];
  assert.strictEqual(regularity(disc.map(x => x[0])), 'partial');
  const dRows = [['区政府网站电商进农村专栏更新情况', N, N], ['序号', '更新日期', '更新内容']];
  disc.forEach((x, i) => dRows.push([i + 1, dotted(x[0]), x[1]]));
  const media = [['2021-01-14', '南方日报', '省级', '报纸', '浈江：电商服务站让山货“出村”'], ['2021-05-20', '浈江发布（浈江区融媒体中心）', '县级', '网络', '浈江区举办电商扶贫专题培训'], ['2021-09-20', '韶关日报', '市级', '报纸', '浈江电商产业园新入驻企业签约']];
  const mRows = [['浈江区电商进农村宣传报道情况', N, N, N, N, N], ['序号', '报道时间', '媒体', '级别', '形式', '标题']];
  media.forEach((x, i) => mRows.push([i + 1, cn(x[0]), x[1], x[2], x[3], x[4]]));
  const lv = new Set(media.filter(x => x[0] <= CUTOFF).map(x => x[2]));
  assert.deepStrictEqual([...lv].sort(), ['县级', '省级'].sort());

  // ---- facts: 序号 | 项目 | 填报内容 | 说明
  const F = [
    ['浈江区电子商务进农村综合示范创建自评情况表', N, N, N],
    ['填报单位：浈江区商务局', N, '填报日期：2021年9月8日', N],
    ['序号', '项目', '填报内容', '说明'],
    [1, '县（市、区）', '浈江区', N],
    [2, '考评截止日期', '2021.8.31', N],
    [3, '常住人口', '41.6万人', '七普'],
    [4, '户籍人口', '34.9万人', N],
    [5, '行政村（村委会）', '66个', '另有居委会10个'],
    [6, '省定贫困村', '8个', N],
    [7, '示范创建领导小组', '常务副区长任组长，区商务局、财政局、农业农村局、乡村振兴局为成员单位', N],
    [8, '示范县工作方案', '已印发', '浈府办〔2020〕12号'],
    [9, '支持农村电商发展政策', '已出台', N],
    [10, '县级电商公共服务中心投入运营', '2021年4月16日', '受疫情影响推迟'],
    [11, '免费培训场所、培训设备', '有', N],
    [12, '特色农产品免费展示、销售', '有', N],
    [13, '免费摄影、美工服务', '无', '计划2021年底引进'],
    [14, '农产品统一推广、品牌建设指导', '有', N],
    [15, '其他衍生增值服务', '无', N],
    [16, '电商产业园', '已建成', '浈江区电商产业园'],
    [17, '专业第三方电商运营服务商', '有', N],
    [18, '行政村物流快递覆盖率', '93.9%', '62/66，4个村未通快递'],
    [19, '2019年农村网络零售额', '6.8亿元', N],
    [20, '2020年农村网络零售额', '7.9亿元', '同比增长16.2%'],
    [21, '2019年农产品网络零售额', '1.12亿元', N],
    [22, '2020年农产品网络零售额', '1.36亿元', '同比增长21.4%'],
    [23, '建档立卡贫困人口', '3,865人', '全区总数'],
    [24, '有劳动能力的建档立卡贫困人口（不含外出务工）', '1,240人', '区乡村振兴局提供'],
    [25, '参加培训的建档立卡贫困人口', '420人', '按身份证去重'],
    [26, '专栏公示创建方案', '已公示', N],
    [27, '专栏公示项目基本信息', '已公示', N],
    [28, '专栏公示项目建设进度', '已公示', '不定期更新'],
    [29, '专栏设立征求意见或监督举报窗口', '未设立', N],
    [30, '能统计电商扶贫情况', '是', '按季度统计贫困户参训、增收情况'],
    [31, '经验材料报送', '暂未报送', N],
    [32, '省级专项资金下达', '500万元', N],
    [33, '资金管理制度', '已制定', N],
    [34, '资金专用台账', '已建立', N],
    [35, '项目总体进度', '68%', N],
    [36, '发生安全生产、质量事故或重大损失', '否', N],
    [37, '弄虚作假', '否', N],
    [N, N, N, N],
    [N, '主观项自评', '自评分', '说明'],
    [N, '方案制定（1-2分）', 2, N],
    [N, '政策支持（1-2分）', 1, '政策出台较晚，落实一般'],
    [N, '项目管理制度（1-2分）', 1, N],
    [N, '工作台账（1-2分）', 1, N],
    [N, '网销调研（1-2分）', 1, N],
    [N, '网络促销活动（1-2分）', 1, N],
    [N, '交易标准、冷链溯源（1-2分）', 1, N],
    [N, '资金管理制度（1-5分）', 3, N],
    [N, '资金台账（1-5分）', 3, N],
    [N, '资金及时拨付（1-5分）', 2, '部分项目拨付滞后'],
  ];
  assert(79 * 100 < 68 * 130 && 136 * 100 < 112 * 130);           // neither growth reaches 30%
  assert.strictEqual(tierPoor(420, 1240), 6);                       // 33.9%
  assert.strictEqual(tierPoor(420, 3865), 0);                       // if the total were the base

  const points = {
    'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 2,
    'work.center': 9, 'work.coverage': 5, 'work.upward': 4, 'work.training': 12,
    'info.disclosure': 1, 'info.reporting': 4, 'promo.cases': 0, 'promo.media': 5,
    'fund.system': 3, 'fund.ledger': 3, 'fund.spending': 2,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.strictEqual(2 + 0 + 2 + 1 + 0 + 1 + 0 + 2 + 0 + 1, points['work.center']);
  assert.strictEqual(tierVillages(covBoth.size, 66) + tierPoorVillages(pc(covBoth), 8), points['work.coverage']);
  assert.strictEqual(1 + 1 + 1 + 0 + 1 + 0, points['work.upward']);
  assert.strictEqual(tierTraining(ptPre, 416000) + tierPoor(420, 1240), points['work.training']);
  const scored = Object.entries(points).filter(([id]) => !/^(bonus|veto)\./.test(id));
  assert.strictEqual(scored.length, 15);
  const base = sum(scored.map(x => x[1]));
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  const total = base + bonus;
  assert.strictEqual(total, 54);
  const jn = (j) => j.map(v => v.name).join('、');
  const derivation = [
    'org.leadership: “常务副区长任组长”——副区长是分管领导（四部门虽齐全）→ 1',
    'org.plan: 方案已印发，自评“方案制定 2” → 2',
    'org.policy: 政策已出台，自评“政策支持 1” → 1',
    'org.management: 自评 项目管理制度 1 + 工作台账 1 → 2',
    'work.center: 中心2021-04-16运营 ≤ 2021-08-31 → 2；但晚于2021-02-28，未满6个月 → 0；免费培训2、展示1、摄影“无”0、推广1、其他“无”0；产业园已建成 → 2；入驻企业12家 < 20 → 0；类型 销售/物流/平台 = 3 → 1；合计 9',
    `work.coverage: 行政村66个（居委会10个不计）；截止日前的站点：单村站点覆盖31村（其中贫困村6个；一村另有邮政便民站只算一次；犁市社区站点不计；“小坑林场”不在名单，不计），三个联建站点各服务两村（${jn(j1)}；${jn(j2)}（写作“××村委、××村委（联建）”）；${jn(j3)}），按站点清单所列服务的两村都算覆盖 → 37/66 = 56.1%，在50%–70%之间 → 2（联建只算一村时34/66 = 51.5%，同为2分；若把联建行当成名单外村丢掉只有31/66 = 47.0% → 0）；省定贫困村8个：6个有单村站点，${j1[0].name}靠联建站点覆盖，${latePoor.name}的站点2021-09-10才挂牌 → 7/8 = 87.5% → 3；合计 5`,
    'work.upward: 网销调研自评1 + 促销活动自评1 + 第三方运营服务商“有” 1 + 村名单没有快递栏，按填报“行政村物流快递覆盖率 93.9%（4个村未通）”未达100% → 0 + 交易标准冷链溯源自评1 + 农村网零 7.9/6.8 = +16.2%、农产品网零 1.36/1.12 = +21.4%，都不到30% → 0；合计 4',
    'work.training: 培训登记表一期一行，“培训人次”截止日前11期相加 = 2,780（“210人次”“230”“420人次”是文本；2021.3.4-5按结束日计；2021.9.16线上600人次不计；“合计 3,380”含9月那期，不能再加）÷ min(416000, 500000) = 0.668%，在0.6%–0.8%之间 → 6（户籍人口34.9万不是基数）；无贫困人口名单，用填报数：参训贫困人口420人 ÷ 有劳动能力且不含外出务工1,240人 = 33.9%，在30%–40%之间 → 6（3,865人是贫困人口总数，不是基数；“其中贫困户”一栏是人次）；合计 12',
    'info.disclosure: 专栏公示了方案、项目基本信息、建设进度，但“征求意见或监督举报窗口：未设立” → 内容不全 → 0；更新记录在2020-09至2021-08只有2020年11月、2021年2月、2021年7月三个月 → 不定时更新 → 1；合计 1',
    'info.reporting: 报送登记只有2020年9、10、12月和2021年3、6月 → 不定时 → 1；填报“能统计电商扶贫情况：是” → 3；合计 4',
    'promo.cases: 没有经验材料报送台账，填报“暂未报送” → 0',
    'promo.media: 截止日前：南方日报（省级）→ 4，浈江发布（县级）→ 1；韶关日报（市级）2021-09-20在截止日后不计 → 5',
    'fund.system: 自评“资金管理制度 3”（已制定）→ 3',
    'fund.ledger: 自评“资金台账 3”（已建立）→ 3',
    'fund.spending: 资金拨付台账单位万元：截止日前 85 + 72.3 + 38.6 + 64.1 + 56.8 + 45.7 = 362.5万元（2021.9.28的50万元不计；“合计 412.5”不重复加）÷ 500万元 = 72.5% ≥ 70% → 取自评“资金及时拨付 2” → 2',
    'bonus.poorTraining: 贫困人口培训率33.9% < 70% → 0',
    'bonus.tvCase: 没有电视播报的电商扶贫典型案例 → 0',
    'veto.incident: “发生安全生产、质量事故或重大损失：否” → 不否决 → 0',
    'veto.progress: 项目总体进度68% ≥ 40% → 不否决 → 0',
    'veto.fraud: “弄虚作假：否” → 不否决 → 0',
    '合计: 15项 54 + 加分 0 → 54；未否决。失分主要在：中心运营未满6个月、站点覆盖率56%和贫困村87.5%、培训人次0.67%和贫困人口培训率33.9%、专栏无监督举报窗口且不按月更新、月报不按月、未报送经验材料、无市级报道',
  ];
  const sheets = [
    { name: '自评情况表', rows: padRows(F), merges: ['A1:D1', 'A2:B2', 'C2:D2'] },
    { name: '村（居）委会名单', rows: padRows(vRows), merges: vMerges },
    { name: '站点清单', rows: padRows(sRows), merges: ['A1:H1', `A${sRows.length}:H${sRows.length}`] },
    { name: '产业园企业', rows: padRows(eRows), merges: ['A1:F1'] },
    { name: '培训登记', rows: padRows(tRows), merges: ['A1:H1', `A${tRows.length - 1}:E${tRows.length - 1}`, `A${tRows.length}:H${tRows.length}`] },
    { name: '资金拨付台账', rows: padRows(fRows), merges: ['A1:F1', `A${fRows.length}:D${fRows.length}`] },
    { name: '报送登记', rows: padRows(rRows), merges: ['A1:D1'] },
    { name: '专栏更新', rows: padRows(dRows), merges: ['A1:C1'] },
    { name: '宣传报道', rows: padRows(mRows), merges: ['A1:F1'] },
  ];
  write('counties', 'b21-c2-zhenjiang.json', {
    description: '浈江区（韶关）商务局整本工作簿，9个表，弱县54分（无加分、未否决）：事实表“序号|项目|填报内容|说明”加主观项自评；站点清单有三个两村联建站点（“所在村”写“甲村、乙村”或“甲村委、乙村委（联建）”，站名“…联建电商服务站”），按清单所列两村都算覆盖（只算一村分数相同，但不能当名单外村丢掉，否则行政村和贫困村两档都掉为0）；建成时间有“2021.3”只到月；村名单镇名纵向合并、贫困村打√、无快递栏（快递按填报93.9%判为未全覆盖）；培训登记一期一行“培训人次”（数字与“210人次”文本混写、2021.3.4-5区间），末行“合计3,380”含截止日后9月那期600人次；资金台账单位万元（小数）；宣传报道有级别栏；月报和专栏都只是不定时；陷阱：常务副区长牵头是分管领导；户籍人口34.9万；贫困人口总数3,865；“其中贫困户”人次列；社区站点和“小坑林场”站点；截止日后的站点、培训、拨付和市级报道；中心2021年4月才运营。',
    sheets,
    expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
    derivation,
  });
})();
