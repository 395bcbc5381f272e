#!/usr/bin/env node
// Generator for two whole-county corpus cases (batch 13), written blind from
// docs (ledgers.md, scoring-rules.md, the Lechang self-assessment and the corpus README).
//   b13-c1-pingyuan.json  平远县（梅州市）  high-scoring county
//   b13-c2-guangning.json 广宁县（肇庆市）  middling county
// Deterministic (seeded PRNG).  Every count that the expectation depends on is
// recomputed from the generated rows and asserted against the hand-derived points.
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const CUTOFF = '2021-08-31';
const CUTOFF_MONTH = '2021-08';
const SIX_MONTHS_BEFORE = '2021-02-28';
const WINDOW = []; // 2020-09 … 2021-08
for (let i = 0; i < 12; i++) {
  const m = 9 + i;
  const y = 2020 + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
  WINDOW.push(`${y}-${String(mm).padStart(2, '0')}`);
}
assert.deepStrictEqual([WINDOW[0], WINDOW[11]], ['2020-09', '2021-08']);

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function makeRand(seed) {
  const r = mulberry32(seed);
  const api = {
    f: r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return api;
}
const pad2 = (n) => String(n).padStart(2, '0');
function ymd(s) { const [y, m, d] = s.split('-').map(Number); return { y, m, d }; }
function iso(y, m, d) { return `${y}-${pad2(m)}-${pad2(d)}`; }
function addDays(s, n) {
  const { y, m, d } = ymd(s);
  const t = new Date(Date.UTC(y, m - 1, d) + n * 86400000);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
function daysBetween(a, b) {
  const A = ymd(a), B = ymd(b);
  return Math.round((Date.UTC(B.y, B.m - 1, B.d) - Date.UTC(A.y, A.m - 1, A.d)) / 86400000);
}
function randDate(R, from, to) { return addDays(from, R.int(0, daysBetween(from, to))); }
// Excel serial (1900 system, including the 1900 leap-year bug offset): days since 1899-12-30.
function serial(s) {
  const { y, m, d } = ymd(s);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}
assert.strictEqual(serial('1900-03-01'), 61);
assert.strictEqual(serial('2021-08-31'), 44439);
const dotDate = (s) => { const { y, m, d } = ymd(s); return `${y}.${m}.${d}`; };
const slashDate = (s) => { const { y, m, d } = ymd(s); return `${y}/${m}/${d}`; };
const cnDate = (s) => { const { y, m, d } = ymd(s); return `${y}年${m}月${d}日`; };
const cnMonth = (ym) => { const [y, m] = ym.split('-').map(Number); return `${y}年${m}月`; };
const fullWidth = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/\./g, '．');
const money2 = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const monthOf = (s) => s.slice(0, 7);
// "dated on or before the cut-off": a full date compares with the cut-off date, a month-only date
// with the cut-off month (a month is "after" only when the month itself is later).
const onOrBefore = (s) => (s.length === 7 ? s <= CUTOFF_MONTH : s <= CUTOFF);
// exact tier compare: num/den >= pct/100  <=>  num*100 >= den*pct  (integers only)
const atLeast = (num, den, pct) => { assert(Number.isInteger(num) && Number.isInteger(den)); return num * 100 >= den * pct; };

// 居民身份证号 check digit (GB 11643-1999)
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = '10X98765432';
function idCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * ID_W[i];
  return ID_C[s % 11];
}
function idValid(id) { return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17]; }
assert.strictEqual(idCheck('11010519491231002'), 'X'); // the standard's own example 11010519491231002X
assert(idValid('440524188001010014'));

// 统一社会信用代码 check character (GB 32100-2015)
const CC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function ccCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += CC_CH.indexOf(body17[i]) * CC_W[i];
  const c = 31 - (s % 31);
  return CC_CH[c === 31 ? 0 : c];
}
assert.strictEqual(ccCheck('91350100M000100Y4'), '3'); // published example 91350100M000100Y43
function creditCode(R, area) {
  let body = '9' + '1' + area + 'MA5';
  while (body.length < 17) body += CC_CH[R.int(0, 30)];
  return body + ccCheck(body);
}

function makeId(R, area, gender, forceX) {
  const by = R.int(1957, 1999), bm = R.int(1, 12), bd = R.int(1, 28);
  let seq = R.int(0, 999);
  // 17th digit parity: odd = male
  if ((seq % 2 === 1) !== (gender === '男')) seq = (seq + 1) % 1000;
  for (let k = 0; k < 500; k++) {
    const body = `${area}${by}${pad2(bm)}${pad2(bd)}${String(seq).padStart(3, '0')}`;
    const c = idCheck(body);
    if (!forceX || c === 'X') return body + c;
    seq = (seq + 2) % 1000;
  }
  throw new Error('no X found');
}

const GIVEN = ['志', '国', '建', '秀', '玉', '金', '美', '伟', '华', '明', '桂', '兰', '春', '英', '德', '福', '荣', '香', '强', '平', '芳', '梅', '丽', '文', '海', '军', '红', '雪', '娟', '辉', '添', '运', '新', '振', '锦', '彩'];
function personName(R, surnames) {
  const n = R.f() < 0.8 ? 2 : 1;
  let s = R.pick(surnames);
  for (let i = 0; i < n; i++) s += R.pick(GIVEN);
  return s;
}
const phone = (R) => '1' + R.pick(['3', '5', '8']) + String(R.int(0, 999999999)).padStart(9, '0');

const V_FIRST = ['石', '黄', '田', '长', '新', '东', '西', '南', '北', '上', '下', '大', '小', '高', '坪', '塘', '岭', '湖', '龙', '凤', '梅', '桂', '竹', '松', '柏', '茶', '金', '银', '水', '富', '安', '丰', '和', '兴', '旺', '福', '寿', '康', '联', '罗'];
const V_SECOND = ['坑', '田', '心', '岭', '口', '坪', '坝', '塘', '围', '洞', '寨', '山', '背', '湾', '溪', '头', '尾', '陂', '径', '墩', '埔', '岗', '坳', '垌', '岩', '楼', '屋', '洋', '坊', '排'];
function villageNames(R, n) {
  const all = [];
  for (const a of V_FIRST) for (const b of V_SECOND) if (a !== b) all.push(a + b + '村');
  const s = R.shuffle(all).slice(0, n);
  assert.strictEqual(new Set(s).size, n);
  return s;
}
// how a reviewer matches a village written several ways
function normVillage(s) {
  let t = String(s).trim();
  t = t.replace(/(村民委员会|村委会)$/, '村');
  return t;
}

function check(cond, msg) { assert(cond, msg); }

// -------------------------------------------------------------- JSON output (one row per line)
function isRowish(a) {
  return Array.isArray(a) && a.every((c) => c === null || typeof c !== 'object' || (c && !Array.isArray(c) && Object.keys(c).length === 1 && 'date' in c));
}
function dump(v, ind) {
  ind = ind || '';
  const ni = ind + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (isRowish(v) && v.every((x) => typeof x !== 'string' || x.length < 60 || v.length === 1)) return JSON.stringify(v);
    if (isRowish(v)) return '[\n' + v.map((x) => ni + JSON.stringify(x)).join(',\n') + '\n' + ind + ']';
    return '[\n' + v.map((x) => ni + dump(x, ni)).join(',\n') + '\n' + ind + ']';
  }
  if (v && typeof v === 'object') {
    const ks = Object.keys(v);
    if (ks.length === 1 && ks[0] === 'date') return JSON.stringify(v);
    return '{\n' + ks.map((k) => ni + JSON.stringify(k) + ': ' + dump(v[k], ni)).join(',\n') + '\n' + ind + '}';
  }
  return JSON.stringify(v);
}
function writeCase(file, obj) {
  const text = dump(obj) + '\n';
  JSON.parse(text); // round trip
  fs.writeFileSync(path.resolve(__dirname, '..', file), text, 'utf8');
}
function validateSheets(sheets) {
  const names = new Set();
  for (const sh of sheets) {
    check(!names.has(sh.name), 'dup sheet ' + sh.name); names.add(sh.name);
    for (const row of sh.rows) for (const c of row) {
      check(c === null || ['string', 'number', 'boolean'].includes(typeof c) || (typeof c === 'object' && /^\d{4}-\d{2}-\d{2}$/.test(c.date)), `bad cell in ${sh.name}: ${JSON.stringify(c)}`);
    }
  }
}
const IDS = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training',
  'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
const BONUS = ['bonus.poorTraining', 'bonus.tvCase'];
const VETO = ['veto.incident', 'veto.progress', 'veto.fraud'];
function finish(points) {
  for (const k of [...IDS, ...BONUS, ...VETO]) check(k in points, 'missing point ' + k);
  check(Object.keys(points).length === IDS.length + BONUS.length + VETO.length, 'extra point ids');
  const scored = IDS.reduce((s, k) => s + points[k], 0);
  const bonus = Math.min(4, BONUS.reduce((s, k) => s + points[k], 0));
  return { scored, bonus, total: scored + bonus };
}

// ------------------------------------------------------------------ shared scorers (my own reading
// of scoring-rules.md, applied to the generator's structured data, used only to assert)
function regularity(dates, full, partial) {
  const months = new Set(dates.filter(onOrBefore).map(monthOf).filter((m) => WINDOW.includes(m)));
  return { months: months.size, points: months.size === 12 ? full : months.size > 0 ? partial : 0 };
}
const TYPE_NORM = (t) => (/平台/.test(t) ? '平台型' : /销售|零售|网店/.test(t) ? '销售型' : /运营|服务商/.test(t) ? '电商运营商' : /物流|快递|仓储/.test(t) ? '物流企业' : t);

// =================================================================== 平远县 (high)
function pingyuan() {
  const R = makeRand(20210913);
  const AREA = '441426';
  const SUR = ['林', '姚', '黄', '谢', '刘', '曾', '凌', '韩', '钟', '李', '张', '陈', '吴', '何', '罗', '廖', '温', '邱'];
  const POP = 228600; // 22.86万
  const TOWNS = ['大柘镇', '仁居镇', '东石镇', '石正镇', '八尺镇', '差干镇', '河头镇', '中行镇', '上举镇', '泗水镇', '长田镇', '热柘镇'];
  const PER_TOWN = [14, 12, 11, 10, 10, 9, 10, 9, 8, 9, 9, 9];
  const COMMUNITIES = { '大柘镇': ['城东社区', '城西社区'], '仁居镇': ['仁居社区'], '东石镇': ['东石社区'], '石正镇': ['石正社区'], '八尺镇': ['八尺社区'], '中行镇': ['中行社区'], '泗水镇': ['泗水社区'], '长田镇': ['长田社区'] };
  check(PER_TOWN.reduce((a, b) => a + b, 0) === 120, 'PY 120 villages');
  const names = villageNames(R, 120);
  const villages = []; // {town,name,admin,poor}
  let k = 0;
  TOWNS.forEach((t, i) => {
    for (const c of COMMUNITIES[t] || []) villages.push({ town: t, name: c, admin: false, poor: false });
    for (let j = 0; j < PER_TOWN[i]; j++) villages.push({ town: t, name: names[k++], admin: true, poor: false });
  });
  const admin = villages.filter((v) => v.admin);
  check(admin.length === 120 && villages.length === 129, 'PY village counts');
  // 27 省定贫困村
  const poorIdx = R.shuffle(admin.map((_, i) => i)).slice(0, 27).sort((a, b) => a - b);
  poorIdx.forEach((i) => (admin[i].poor = true));
  const poorV = admin.filter((v) => v.poor);
  const unlucky = poorV[R.int(0, 26)]; // its station opened after the cut-off
  const nonPoor = admin.filter((v) => !v.poor);
  const coveredNonPoor = new Set(R.shuffle(nonPoor).slice(0, 58));
  const covered = new Set([...poorV.filter((v) => v !== unlucky), ...coveredNonPoor]);
  check(covered.size === 84, 'PY covered design');

  // ---- 行政村清单
  const vRows = [['平远县行政村（社区）名单'], ['填报单位：平远县商务局', null, null, null, null, null, '2021年9月'],
    ['序号', '镇', '村（居）委会名称', '类型', '是否省定贫困村', '快递是否通达', '备注']];
  villages.forEach((v, i) => vRows.push([i + 1, v.town, v.name, v.admin ? '行政村' : '社区', v.admin ? (v.poor ? '是' : '否') : null, '√', v.poor ? '省定相对贫困村' : null]));
  vRows.push([]);
  vRows.push(['注：行政村120个，社区9个；省定贫困村27个。']);

  // ---- 站点台账
  const stations = []; // {town, village(as written), date(iso), dateCell}
  const dupVillages = R.shuffle([...covered]).slice(0, 2);
  const variantSet = new Set(R.shuffle([...covered]).slice(0, 6));
  for (const v of villages) {
    if (v.name === '城东社区') stations.push({ town: v.town, site: '平远县大柘镇电子商务服务站', village: '城东社区', date: '2020-04-20' });
    if (!v.admin) continue;
    if (covered.has(v)) {
      let written = v.name;
      if (variantSet.has(v)) written = R.f() < 0.5 ? v.name.replace(/村$/, '村委会') : v.name.replace(/村$/, '村民委员会');
      stations.push({ town: v.town, site: `${v.town.replace('镇', '')}${v.name}电商服务站`, village: written, date: randDate(R, '2019-11-15', '2021-08-20') });
      if (dupVillages.includes(v)) stations.push({ town: v.town, site: `${v.name}农村电商服务点（二）`, village: v.name.replace(/村$/, '村委会') + ' ', date: randDate(R, '2020-09-01', '2021-07-30') });
    }
    if (v === unlucky) stations.push({ town: v.town, site: `${v.town.replace('镇', '')}${v.name}电商服务站`, village: v.name, date: '2021-09-06' });
  }
  // one station in a poor village opened exactly on the cut-off date (boundary: counts)
  const edge = stations.find((s) => poorV.some((p) => p.name === normVillage(s.village)) && normVillage(s.village) !== unlucky.name);
  edge.date = CUTOFF;
  const sRows = [['平远县村级电子商务服务站点台账'], ['序号', '镇', '站点名称', '所在村', '负责人', '联系电话', '建成时间', '服务内容']];
  stations.forEach((s, i) => {
    const dateCell = i % 5 === 3 ? dotDate(s.date) : { date: s.date };
    sRows.push([i + 1, s.town, s.site, s.village, personName(R, SUR), phone(R), dateCell, R.pick(['代购代销、代收代发快递', '代缴费、代收快递、农产品上行', '网上代买代卖、便民缴费', '代购代销、小额取款、快递收发'])]);
  });
  sRows.push([]);
  sRows.push(['说明：镇级服务站设在镇区社区，不计入行政村覆盖。']);
  // assert coverage from the station rows as a reviewer would
  const adminByName = new Map(admin.map((v) => [v.name, v]));
  const cov = new Set();
  for (const s of stations) {
    const v = adminByName.get(normVillage(s.village));
    if (v && onOrBefore(s.date)) cov.add(v);
  }
  const coveredCount = cov.size;
  const poorCovered = [...cov].filter((v) => v.poor).length;
  check(coveredCount === 84, 'PY covered 84, got ' + coveredCount);
  check(poorCovered === 26, 'PY poor covered 26');
  check(stations.length === 88, 'PY 88 station rows, got ' + stations.length);
  check(stations.filter((s) => /村委会|村民委员会/.test(s.village)).length === 8 && stations.filter((s) => s.village !== s.village.trim()).length === 2, 'PY 6 variant + 2 dup spellings');
  const covAdminPts = atLeast(coveredCount, Math.min(120, 200), 70) ? 5 : atLeast(coveredCount, 120, 50) ? 2 : 0;
  const covPoorPts = poorCovered === 27 ? 5 : atLeast(poorCovered, 27, 80) ? 3 : 0;
  check(covAdminPts === 5 && covPoorPts === 3, 'PY coverage tiers');
  check(coveredCount * 100 === 120 * 70, 'PY exactly 70%');
  // without the cut-off the poor villages would be 27/27
  check(stations.filter((s) => adminByName.get(normVillage(s.village))?.poor).map((s) => normVillage(s.village)).filter((x, i, a) => a.indexOf(x) === i).length === 27, 'PY trap: late station completes poor coverage');

  // ---- 产业园企业 (dates as Excel serial numbers)
  const ENT = [
    ['平远县好农电子商务有限公司', '平台型'], ['梅州市客都优品网络科技有限公司', '平台型'], ['平远县脐橙网电子商务有限公司', '平台型'],
    ['平远县仁居山货网店', '销售型'], ['平远县五指石农特产品经营部', '销售型'], ['平远县梅香茶叶销售有限公司', '销售型'], ['平远县橙意农业发展有限公司', '销售型'],
    ['平远县客家娘酒网店', '销售型'], ['平远县银杏坊农产品店', '销售型'], ['平远县鸿运蜂蜜专业合作社', '销售型'], ['平远县百合食品销售有限公司', '销售型'],
    ['梅州市众创电商运营有限公司', '电商运营商'], ['平远县新农人电商代运营工作室', '电商运营商'], ['广东云商电子商务服务有限公司平远分公司', '电商运营商'], ['平远县易联网络传媒有限公司', '电商运营商'],
    ['平远县邮政分公司电商物流中心', '物流企业'], ['平远县顺达快递服务有限公司', '物流企业'], ['平远县通村物流有限公司', '物流企业'],
    ['平远县客乡食品加工厂', '农产品加工'], ['平远县慈乡生态农业有限公司', '农产品加工'],
  ];
  const ents = ENT.map(([name, type]) => ({ name, type, code: creditCode(R, AREA), entered: randDate(R, '2020-05-10', '2021-08-10'), left: null, note: null }));
  ents[7].entered = CUTOFF; // entered on the cut-off date: counts
  const gone = [['平远县乐购商贸有限公司', '销售型', '2020-06-12', '2020-12-31'], ['梅州市速递通物流有限公司平远分部', '物流企业', '2020-06-12', '2021-03-15'], ['平远县巧手工艺品网店', '销售型', '2020-07-01', '2021-06-30']]
    .map(([name, type, e, l]) => ({ name, type, code: creditCode(R, AREA), entered: e, left: l, note: '合同期满退出' }));
  const late = { name: '平远县山里人家电子商务有限公司', type: '销售型', code: creditCode(R, AREA), entered: '2021-09-01', left: null, note: '新签约' };
  // the same enterprise listed again when it moved into the park's second building (same credit code)
  const dup = Object.assign({}, ents[4], { entered: ents[4].entered < '2021-06-01' ? '2021-06-01' : ents[4].entered, note: '迁入二期厂房' });
  const entList = [...ents.slice(0, 10), gone[0], ...ents.slice(10, 15), dup, gone[1], ...ents.slice(15), gone[2], late];
  const eRows = [['平远县电子商务产业园入驻企业清单'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '状态', '备注']];
  entList.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, serial(e.entered), e.left ? serial(e.left) : null, e.left ? '已退出' : '在园', e.note]));
  eRows.push([]);
  eRows.push(['注：入驻、退出时间以签约及解约日期为准。']);
  const inPark = new Map();
  for (const e of entList) if (e.entered <= CUTOFF && !(e.left && e.left < CUTOFF)) inPark.set(e.code, e);
  check(inPark.size === 20, 'PY 20 enterprises, got ' + inPark.size);
  for (const e of entList) check(/^[0-9A-HJ-NPQRTUW-Y]{18}$/.test(e.code) && ccCheck(e.code.slice(0, 17)) === e.code[17], 'credit code');
  const types = new Set([...inPark.values()].map((e) => TYPE_NORM(e.type)));
  check(types.size === 5, 'PY 5 types');
  check(serial(CUTOFF) === 44439 && serial('2021-09-01') === 44440, 'serial');

  // ---- 资金台账 (金额 in 元, text and numbers; one row after the cut-off; 合计)
  const FUND_ITEMS = [
    ['县级电子商务公共服务中心装修改造', '公共服务体系'], ['公共服务中心设备采购', '公共服务体系'], ['公共服务中心运营补助（第一期）', '公共服务体系'],
    ['村级服务站点建设补助（第一批）', '站点建设'], ['村级服务站点建设补助（第二批）', '站点建设'], ['村级服务站点建设补助（第三批）', '站点建设'],
    ['县乡村三级物流配送体系建设', '物流体系'], ['物流快递打单机采购', '物流体系'], ['农产品冷链仓储改造', '物流体系'],
    ['电商人才培训（2020年度）', '人才培训'], ['电商人才培训（2021年上半年）', '人才培训'], ['农产品品牌策划及包装设计', '农产品上行'],
    ['农产品溯源系统建设', '农产品上行'], ['网络促销活动（脐橙节）', '农产品上行'], ['公共服务中心运营补助（第二期）', '公共服务体系'],
    ['电子商务产业园运营补助', '产业园'], ['宣传推广费用', '宣传推广'],
  ];
  const FUND_SPENT = 4386520;
  const fDates = FUND_ITEMS.map(() => randDate(R, '2019-12-20', '2021-08-25')).sort();
  const fAmts = FUND_ITEMS.map(() => R.int(80, 420) * 1000);
  const rest = FUND_SPENT - fAmts.slice(0, -1).reduce((a, b) => a + b, 0);
  fAmts[fAmts.length - 1] = rest;
  check(rest > 50000 && rest < 1500000, 'PY fund last amount sane: ' + rest);
  const fRows = [['平远县省级电子商务进农村综合示范专项资金使用台账'], ['单位：元', null, null, null, null, null],
    ['序号', '拨付日期', '项目名称', '类别', '拨付金额', '凭证号', '备注']];
  FUND_ITEMS.forEach(([p, c], i) => fRows.push([i + 1, { date: fDates[i] }, p, c, i % 3 === 0 ? money2(fAmts[i]) : fAmts[i], `记-${fDates[i].slice(0, 4)}-${pad2(i + 3)}${R.int(10, 99)}`, null]));
  fRows.push([FUND_ITEMS.length + 1, { date: '2021-09-10' }, '村级服务站点建设补助（尾款）', '站点建设', money2(213480), '记-2021-0917', '9月拨付']);
  fRows.push(['合计', null, null, null, money2(FUND_SPENT + 213480), null, null]);
  fRows.push(['填表人：黄某某', null, null, '审核人：林某某']);
  const spentBy = fAmts.reduce((a, b) => a + b, 0);
  check(spentBy === FUND_SPENT && fDates.every((d) => d <= CUTOFF), 'PY fund sum');
  check(atLeast(FUND_SPENT, 5000000, 70), 'PY spending >= 70%');

  // ---- 培训台账 (session rows, 人次) : 30 sessions ≤ cut-off summing exactly 1% of 228600
  const TOPICS = ['电子商务基础知识普及', '网店开设与运营', '农产品网络营销', '直播带货实操', '短视频拍摄与剪辑', '电商扶贫专题培训', '农村电商带头人增值培训', '客家农特产品品牌打造'];
  const PLACES = ['县电商公共服务中心', '仁居镇政府会议室', '东石镇文化站', '八尺镇电商服务站', '差干镇政府', '县职业技术学校', '中行镇政府会议室', '泗水镇综合文化站'];
  const sessDates = [];
  let d0 = '2019-11-12';
  for (let i = 0; i < 30; i++) { sessDates.push(d0); d0 = addDays(d0, R.int(17, 23)); }
  sessDates[29] = '2021-08-27';
  check(sessDates[28] < sessDates[29], 'PY session dates ordered');
  const sessPT = sessDates.map(() => R.int(45, 105));
  sessPT[29] = 2286 - sessPT.slice(0, 29).reduce((a, b) => a + b, 0);
  check(sessPT[29] >= 20 && sessPT[29] <= 200, 'PY last session size sane ' + sessPT[29]);
  const sessions = sessDates.map((d, i) => ({ no: i + 1, date: d, pt: sessPT[i], topic: TOPICS[i % TOPICS.length], place: PLACES[(i * 3) % PLACES.length] }));
  sessions.push({ no: 31, date: '2021-09-16', pt: 150, topic: '电商扶贫专题培训', place: '县电商公共服务中心' });
  const tRows = [['平远县电子商务进农村培训台账（2019—2021年）'], ['期次', '培训日期', '培训主题', '培训地点', '培训对象', '培训人次', '备注']];
  sessions.forEach((s) => tRows.push([`第${s.no}期`, { date: s.date }, s.topic, s.place, s.topic.includes('扶贫') ? '建档立卡贫困户、村干部' : R.pick(['农村青年、返乡人员', '合作社、涉农企业', '村级站点站长', '个体网商、创业青年']), s.pt, s.no === 31 ? '9月新增' : null]));
  tRows.push(['合计', null, null, null, null, sessions.reduce((a, s) => a + s.pt, 0), null]);
  const ptBy = sessions.filter((s) => s.date <= CUTOFF).reduce((a, s) => a + s.pt, 0);
  check(ptBy === 2286, 'PY person-times 2286');
  const base = Math.min(POP, 500000);
  check(atLeast(ptBy, base, 1) && ptBy * 100 === base, 'PY exactly 1%');

  // ---- 建档立卡贫困人口 roster (40) and 贫困户参训名单 (trainee rows, date only in 期次)
  const roster = [];
  for (let i = 0; i < 40; i++) {
    const gender = R.f() < 0.5 ? '男' : '女';
    roster.push({ name: personName(R, SUR), gender, id: makeId(R, AREA, gender, [3, 17, 28].includes(i)), village: R.pick(poorV).name, labour: true, migrant: false });
  }
  const noLab = [2, 9, 15, 22, 31, 38];
  const migr = [5, 12, 26, 35];
  noLab.forEach((i) => (roster[i].labour = false));
  migr.forEach((i) => (roster[i].migrant = true));
  check(new Set(roster.map((p) => p.id)).size === 40, 'PY unique IDs');
  roster.forEach((p) => check(idValid(p.id), 'PY id valid ' + p.id));
  const eligible = roster.filter((p) => p.labour && !p.migrant);
  check(eligible.length === 30, 'PY eligible 30');
  const eligShuf = R.shuffle(eligible);
  const trainedOk = eligShuf.slice(0, 21);
  const lateOnly = eligShuf[21];
  check(trainedOk.includes(roster[3]) && trainedOk.includes(roster[17]), 'X ids among trained (re-pick seed if this fails)');
  const sessOnTime = sessions.filter((s) => s.date <= CUTOFF);
  const trainee = []; // {person, session}
  trainedOk.forEach((p) => trainee.push({ p, s: R.pick(sessOnTime) }));
  trainee.push({ p: trainedOk[4], s: R.pick(sessOnTime) }); // trained twice
  trainee.push({ p: roster[noLab[1]], s: R.pick(sessOnTime) }); // no labour capacity
  trainee.push({ p: roster[migr[2]], s: R.pick(sessOnTime) }); // migrant worker
  trainee.push({ p: lateOnly, s: sessions[30] }); // only after the cut-off
  trainee.sort((a, b) => a.s.no - b.s.no || (a.p.id < b.p.id ? -1 : 1));
  const ptRows = [['平远县建档立卡贫困户参加电商培训人员名单'], ['序号', '姓名', '性别', '身份证号', '所在村', '参训期次', '备注']];
  trainee.forEach((t, i) => {
    const { y, m, d } = ymd(t.s.date);
    let idCell = t.p.id;
    if (idCell.endsWith('X') && t.p === roster[17]) idCell = idCell.slice(0, 17) + 'x';
    if (i % 7 === 2) idCell = idCell + ' ';
    ptRows.push([i + 1, t.p.name, t.p.gender, idCell, t.p.village, `第${t.s.no}期（${y}.${m}.${d}）`, null]);
  });
  ptRows.push([]);
  ptRows.push(['注：以上人员已计入《培训台账》相应期次的培训人次。']);
  const trainedIds = new Set(trainee.filter((t) => t.s.date <= CUTOFF).map((t) => t.p.id));
  const trainedElig = eligible.filter((p) => trainedIds.has(p.id)).length;
  check(trainedElig === 21, 'PY trained eligible 21');
  check(atLeast(21, 30, 70) && 21 * 100 === 30 * 70, 'PY exactly 70%');
  const prRows = [['平远县建档立卡贫困人口（有培训需求村）名单'], ['序号', '镇', '村', '姓名', '性别', '身份证号', '是否有劳动能力', '是否外出务工']];
  roster.forEach((p, i) => prRows.push([i + 1, admin.find((v) => v.name === p.village).town, p.village, p.name, p.gender, p.id, p.labour ? '是' : '否', p.labour ? (p.migrant ? '是' : '否') : '否']));
  prRows.push([]);
  prRows.push(['数据来源：县乡村振兴局（原扶贫办）建档立卡系统导出，2021年8月。']);

  // ---- 信息公开及宣传: three small ledgers stacked on one sheet
  const repMonths = ['2020-07', '2020-08', ...WINDOW, '2021-09'];
  const pub = [];
  const disclosures = [];
  for (const m of ['2020-06', ...WINDOW, '2021-09']) {
    const [y, mm] = m.split('-').map(Number);
    const n = m === '2020-06' || m === '2021-09' ? 1 : R.int(1, 2);
    for (let j = 0; j < n; j++) disclosures.push(iso(y, mm, R.int(2 + j * 14, 14 + j * 14)));
  }
  disclosures.sort();
  const DISC_T = ['项目建设进度公示', '电商进农村示范县项目建设进度（月报）', '村级服务站点建设情况公示', '资金使用情况公示', '电商培训开展情况'];
  const media = [
    ['2020-08-20', '平远电视台', '电视', '我县启动电子商务进农村综合示范县创建', '否'],
    ['2020-10-16', '平远县融媒体中心', '网络', '平远首批村级电商服务站挂牌运营', '否'],
    ['2020-12-03', '梅州日报', '报纸', '平远脐橙“触网”俏销', '否'],
    ['2021-01-20', '南方+', '网络', '平远：电商服务站开到村民家门口', '否'],
    ['2021-03-11', '梅州电视台', '电视', '平远电商助农 贫困户脐橙卖出好价钱', '是'],
    ['2021-04-08', '人民网', '网络', '广东平远：小站点撬动农村大市场', '否'],
    ['2021-05-21', '广东广播电视台', '电视', '电商扶贫的平远样本', '是'],
    ['2021-06-15', '梅州日报', '报纸', '平远电商培训进村入户', '否'],
    ['2021-07-02', '南方日报', '报纸', '平远县农村电商服务体系建设见成效', '否'],
    ['2021-08-18', '平远电视台', '电视', '直播带货助力客家娘酒出山', '否'],
    ['2021-09-12', '中央电视台财经频道', '电视', '广东平远：电商扶贫让脐橙飞出大山', '是'],
  ];
  const xRows = [['平远县电子商务进农村综合示范信息公开及宣传台账'], [],
    ['一、向梅州市商务局报送工作情况'],
    ['序号', '报送时间', '报送内容', '报送方式', '是否含电商扶贫统计']];
  repMonths.forEach((m, i) => xRows.push([i + 1, cnMonth(m), `${cnMonth(m)}电子商务进农村综合示范工作进展及统计数据`, R.pick(['OA公文', '电子邮件', 'OA公文']), ['2020-09', '2020-12', '2021-03', '2021-06', '2021-08'].includes(m) ? '是' : '否']));
  xRows.push([]);
  xRows.push(['二、县政府网站“电子商务进农村综合示范”专栏更新情况']);
  xRows.push(['序号', '发布日期', '信息标题', '所在栏目']);
  disclosures.forEach((d, i) => xRows.push([i + 1, slashDate(d), `${cnMonth(monthOf(d))}${R.pick(DISC_T)}`, '专题专栏>电子商务进农村综合示范']));
  xRows.push([]);
  xRows.push(['三、媒体宣传报道情况']);
  xRows.push(['序号', '报道日期', '媒体名称', '形式', '标题', '是否电商扶贫典型案例']);
  media.forEach((m, i) => xRows.push([i + 1, dotDate(m[0]), m[1], m[2], m[3], m[4]]));
  xRows.push([]);
  xRows.push(['注：报道截图、视频另附。']);
  const rep = regularity(repMonths, 3, 1);
  check(rep.months === 12 && rep.points === 3, 'PY reports monthly');
  const disc = regularity(disclosures, 2, 1);
  check(disc.months === 12 && disc.points === 2, 'PY disclosure monthly');
  const LEVEL = { '平远电视台': 'county', '平远县融媒体中心': 'county', '梅州日报': 'city', '梅州电视台': 'city', '南方+': 'province', '人民网': 'national', '广东广播电视台': 'province', '南方日报': 'province', '中央电视台财经频道': 'national' };
  const lv = new Set(media.filter((m) => m[0] <= CUTOFF).map((m) => LEVEL[m[1]]));
  const mediaPts = (lv.has('national') || lv.has('province') ? 4 : 0) + (lv.has('city') ? 3 : 0) + (lv.has('county') ? 1 : 0);
  check(mediaPts === 8, 'PY media 8');
  const tvCases = media.filter((m) => m[0] <= CUTOFF && m[2] === '电视' && m[4] === '是').map((m) => LEVEL[m[1]]);
  const tvPts = tvCases.includes('national') ? 2 : tvCases.includes('province') ? 1 : 0;
  check(tvPts === 1, 'PY tv bonus 1');

  // ---- 经验材料报送
  const mats = [['2020-12-15', '平远县推进电子商务进农村综合示范工作经验做法'], ['2021-04-26', '平远县电商扶贫典型案例——“脐橙+电商”助农增收'], ['2021-07-30', '平远县村级电商服务站点运营情况总结']];
  const mRows = [['平远县向梅州市商务局报送经验材料登记'], ['序号', '报送日期', '材料名称', '报送单位', '接收单位', '文号']];
  mats.forEach((m, i) => mRows.push([i + 1, cnDate(m[0]), m[1], '平远县商务局', '梅州市商务局', i === 0 ? '平商务〔2020〕58号' : null]));
  check(mats.filter((m) => m[0] <= CUTOFF).length === 3, 'PY materials');

  // ---- growth
  const rural19 = 38600, rural20 = 47092, agri19 = 15200, agri20 = 19198;
  const growthOk = (a, b) => (b - a) * 100 >= a * 30;
  check(!growthOk(rural19, rural20) && !growthOk(agri19, agri20), 'PY growth < 30% both');
  check((rural20 - rural19) * 1000 === rural19 * 220, 'PY rural growth 22.0%');

  // ---- 基本情况及自评: left 基本数据, right 自评得分, side by side on one sheet
  const left = [
    ['序号', '项目', '数据（情况）', '备注'],
    [1, '县（市、区）', '平远县', null],
    [2, '所属地级市', '梅州市', null],
    [3, '考评截止日期', '2021年8月31日', null],
    [4, '常住人口', '22.86万人', '第七次全国人口普查'],
    [5, '行政村数', '120个', '另有社区9个，不计入'],
    [6, '省定贫困村数', '27个', null],
    [7, '示范创建工作领导小组组长', '县长', '县政府主要领导任组长'],
    [8, '领导小组成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县发改局、县市场监管局、县邮政分公司', null],
    [9, '示范县工作方案', '已印发', '平府办函〔2019〕92号'],
    [10, '支持农村电商发展政策', '已出台', '《平远县促进农村电子商务发展扶持办法》'],
    [11, '项目管理制度建立及执行（1-2分）', 2, null],
    [12, '工作台账（1-2分）', 2, null],
    [13, '县级电商公共服务中心投入运营时间', '2020年6月18日', null],
    [14, '免费培训场所、培训设备', '有', null],
    [15, '特色农产品免费展示、销售', '有', null],
    [16, '免费摄影、美工服务', '有', null],
    [17, '农产品统一推广、品牌建设指导', '有', null],
    [18, '其他衍生增值服务', '无', null],
    [19, '电商产业园', '已建成', '平远县电子商务产业园，入驻企业见附表'],
    [20, '专业第三方电商运营服务商', '有', '梅州市众创电商运营有限公司'],
    [21, '行政村物流快递覆盖率', '100%', null],
    [22, '2019年农村网络零售额（万元）', rural19, null],
    [23, '2020年农村网络零售额（万元）', rural20, null],
    [24, '2019年农产品网络零售额（万元）', agri19, null],
    [25, '2020年农产品网络零售额（万元）', agri20, null],
    [26, '网销调研及针对性建议（1-2分）', 2, null],
    [27, '网络促销活动成效（1-2分）', 2, null],
    [28, '电商交易标准、冷链及溯源系统（1-2分）', 1, '冷链已建，交易标准未出台'],
    [29, '电商培训人次', '2286人次', '截至2021年8月31日'],
    [30, '政府网站专栏公示创建方案', '是', null],
    [31, '专栏公示项目基本信息', '是', null],
    [32, '专栏公示项目建设进度', '是', null],
    [33, '专栏设立征求意见或监督举报窗口', '否', '拟于9月增设'],
    [34, '能统计电商扶贫情况', '是', null],
    [35, '下达省级专项资金', '500万元', null],
    [36, '累计拨付资金', '438.652万元', '截至8月31日，拨付率87.7%'],
    [37, '资金管理制度', '已制定', null],
    [38, '资金专用台账', '已建立', null],
    [39, '资金及时拨付（1-5分）', 4, null],
    [40, '项目总体进度', '96%', null],
    [41, '发生安全生产、质量事故或重大损失', '无', null],
    [42, '弄虚作假', '无', null],
  ];
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4, 'work.center': 14, 'work.coverage': 10,
    'work.upward': 7, 'work.training': 20, 'info.disclosure': 2, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 2, 'bonus.tvCase': 2,
  };
  const right = [
    ['评价指标', '分值', '自评分', '自评说明'],
    ['组织领导', 2, claimed['org.leadership'], '县长任组长，多部门参与'],
    ['方案制定', 2, claimed['org.plan'], '方案已正式印发'],
    ['政策支持', 2, claimed['org.policy'], '出台扶持办法'],
    ['项目管理', 4, claimed['org.management'], '制度、台账齐全'],
    ['服务体系建设（县级中心、产业园）', 15, claimed['work.center'], '暂未提供其他衍生增值服务'],
    ['服务体系建设（村级站点覆盖）', 10, claimed['work.coverage'], '行政村覆盖70%，贫困村全覆盖'],
    ['农村产品上行', 10, claimed['work.upward'], '增速未达30%'],
    ['电商人才培训', 20, claimed['work.training'], '培训人次达1%，贫困人口培训率70%'],
    ['信息公开', 4, claimed['info.disclosure'], '未设监督举报窗口'],
    ['数据上报', 6, claimed['info.reporting'], null],
    ['案例总结', 2, claimed['promo.cases'], null],
    ['经验推广', 8, claimed['promo.media'], '人民网、南方+、梅州日报、平远电视台'],
    ['制度建立', 5, claimed['fund.system'], null],
    ['资金台账', 5, claimed['fund.ledger'], null],
    ['资金支出', 5, claimed['fund.spending'], '支出率87.7%'],
    ['加分项：贫困人口培训率70%以上', 2, claimed['bonus.poorTraining'], null],
    ['加分项：电商扶贫典型案例获电视播报', 2, claimed['bonus.tvCase'], '央视财经频道播报'],
    ['合计', 104, Object.values(claimed).reduce((a, b) => a + b, 0), '含加分项'],
  ];
  check(right[right.length - 1][2] === 96, 'PY claimed sum 96');
  check(right.slice(1, 16).reduce((a, r) => a + r[1], 0) === 100, 'PY weights sum 100');
  const facts = [['平远县电子商务进农村综合示范创建基本情况及自评得分表'], ['填报单位：平远县商务局（盖章）', null, null, null, null, '填报日期：2021年9月10日'],
    ['一、基本数据', null, null, null, null, '二、自评得分']];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const L = left[i] || [null, null, null, null];
    const Rr = right[i] || [null, null, null, null];
    facts.push([...L, null, ...Rr]);
  }
  facts.push([]);
  facts.push(['填表人：黄某某', null, '联系电话：0753-8xxxxxx']);

  // ---------------------------------------------------------- expectation (hand-derived)
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 7, 'work.training': 20,
    'info.disclosure': 2, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  // assertions tying the hand values to the generated data
  check(points['work.center'] === 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0), 'PY center');
  check('2020-06-18' <= SIX_MONTHS_BEFORE, 'PY center 6 months');
  check(points['work.coverage'] === covAdminPts + covPoorPts, 'PY coverage');
  check(points['work.upward'] === 2 + 2 + 1 + 1 + 1 + 0, 'PY upward');
  check(points['work.training'] === 10 + (atLeast(trainedElig, eligible.length, 50) ? 10 : 0), 'PY training');
  check(points['info.disclosure'] === 0 + disc.points, 'PY disclosure');
  check(points['info.reporting'] === rep.points + 3, 'PY reporting');
  check(points['promo.media'] === mediaPts && points['bonus.tvCase'] === tvPts, 'PY media');
  check(points['bonus.poorTraining'] === (atLeast(trainedElig, eligible.length, 70) ? 2 : 0), 'PY bonus');
  const { scored, bonus, total } = finish(points);
  check(scored === 90 && bonus === 3 && total === 93, `PY total ${scored}+${bonus}`);
  const spentPct = (FUND_SPENT / 50000).toFixed(1);
  const derivation = [
    `org.leadership: 基本情况及自评 第7项 组长“县长”（主要领导），第8项 成员单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 主要领导牵头且商务、财政、农业农村、扶贫（乡村振兴）齐全 → 2`,
    `org.plan: 自评得分表“方案制定”自评分 2（第9项 工作方案已印发，平府办函〔2019〕92号）→ judged 2`,
    `org.policy: 自评得分表“政策支持”自评分 2（第10项 扶持办法已出台）→ judged 2`,
    `org.management: 第11项 项目管理制度 2 + 第12项 工作台账 2 → 4`,
    `work.center: 第13项 中心2020-06-18投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28 已满6个月 → 2；第14–17项 有 → 2+1+1+1；第18项 其他衍生增值服务 无 → 0；第19项 产业园已建成 → 2；产业园企业表 ${entList.length} 行：1行为同一企业迁入二期厂房再次登记（同一信用代码，不重复计）、3家在截止日前退出、1家2021-09-01（序列号44440）入驻不计、1家2021-08-31（44439）入驻计入 → 在园 ${inPark.size} 家 ≥ 20 → 2；在园类型 平台型/销售型/电商运营商/物流企业/农产品加工 共 ${types.size} 种 ≥ 3 → 1；合计 14`,
    `work.coverage: 行政村清单 120 个行政村（9 个社区不计）；站点台账 ${stations.length} 行：另有 6 行所在村写作“××村委会/××村民委员会”（同一村）；2 行为同村第二个站点（写作“××村委会 ”带尾空格）、城东社区的镇级站不计、${unlucky.name}站点 2021-09-06 建成在截止日后不计，另有一站 2021-08-31 建成计入 → 有站点的行政村 ${coveredCount} 个，${coveredCount}/120 = 70.0% ≥ 70% → 5；省定贫困村 27 个（清单“是否省定贫困村”=是），截止日前有站点 ${poorCovered} 个，${poorCovered}/27 = 96.3%（80%–100%）→ 3；合计 8（自评 10）`,
    `work.upward: 网销调研 2 + 促销活动 2（第26、27项）；第20项 第三方运营商 有 → 1；行政村清单“快递是否通达”列全部行政村 √ → 1；第28项 交易标准及冷链溯源 1；增速：农村网络零售额 ${rural19}→${rural20} 万元 = 22.0%，农产品 ${agri19}→${agri20} 万元 = 26.3%，均 < 30% → 0；合计 7`,
    `work.training: 培训台账 第1–30期（≤ 2021-08-31）人次合计 ${ptBy}，第31期（2021-09-16，150 人次）及合计行不计；基数 min(228600, 500000) = 228600 → ${ptBy}/228600 = 1.00% ≥ 1% → 10（贫困户参训名单是其中的人员，另计也仍 ≥ 1%）；建档立卡贫困人口 40 人，有劳动能力且未外出务工 ${eligible.length} 人；贫困户参训名单（日期取自“参训期次”括号内）截止日前参训的合格人员按身份证号去重 ${trainedElig} 人（同一人两期只计1人；无劳动能力1人、外出务工1人不计；第31期（2021.9.16）1人不计）→ ${trainedElig}/${eligible.length} = 70.0% ≥ 50% → 10；合计 20`,
    `info.disclosure: 第30–32项 方案、项目信息、建设进度 是，第33项 征求意见或监督举报窗口 否 → 内容不全 0；信息公开及宣传“二、专栏更新情况”2020-09 至 2021-08 每月均有更新（12/12）→ 2；合计 2`,
    `info.reporting: 信息公开及宣传“一、报送工作情况”按月份（“2020年9月”…“2021年8月”）12/12 个月均有报送 → 3；“是否含电商扶贫统计”有“是”，第34项 亦为是 → 3；合计 6`,
    `promo.cases: 经验材料报送 3 份（2020-12-15、2021-04-26、2021-07-30）均在截止日前报梅州市商务局 → 2`,
    `promo.media: “三、媒体宣传报道情况”无级别列，按媒体名称：人民网（国家级）、南方+/南方日报/广东广播电视台（省级）→ 4；梅州日报、梅州电视台（市级）→ 3；平远电视台、平远县融媒体中心（县级）→ 1；中央电视台 2021-09-12 在截止日后不计；合计 8`,
    `fund.system: 自评得分表“制度建立”5（第37项 资金管理制度已制定）→ judged 5`,
    `fund.ledger: 自评得分表“资金台账”4（第38项 已建立）→ judged 4`,
    `fund.spending: 资金台账 截止日前拨付 ${money2(FUND_SPENT)} 元（2021-09-10 尾款 213,480 元及合计行不计）÷ 下达 5,000,000 元 = ${spentPct}% ≥ 70% → 第39项 及时拨付 judged 4 → 4`,
    `bonus.poorTraining: 贫困人口培训率 ${trainedElig}/${eligible.length} = 70.0% ≥ 70% → 2`,
    `bonus.tvCase: 宣传报道中“形式=电视”且“是否电商扶贫典型案例=是”、截止日前的：广东广播电视台 2021-05-21（省级）→ 1；梅州电视台（市级）不加分；中央电视台财经频道 2021-09-12 在截止日后不计 → 1（自评 2）`,
    `veto.incident: 第41项 安全生产、质量事故或重大损失 无 → 不否决（0）`,
    `veto.progress: 第40项 项目总体进度 96% ≥ 40%（拨付率 ${spentPct}% 亦 ≥ 40%）→ 不否决（0）`,
    `veto.fraud: 第42项 弄虚作假 无 → 不否决（0）`,
  ];

  const sheets = [
    { name: '基本情况及自评', rows: facts, merges: ['A1:I1', 'A2:D2', 'F2:I2', 'A3:D3', 'F3:I3'] },
    { name: '行政村清单', rows: vRows, merges: ['A1:G1'] },
    { name: '站点台账', rows: sRows, merges: ['A1:H1'] },
    { name: '产业园企业', rows: eRows, merges: ['A1:H1'] },
    { name: '资金台账', rows: fRows, merges: ['A1:G1'] },
    { name: '培训台账', rows: tRows, merges: ['A1:G1'] },
    { name: '贫困户参训名单', rows: ptRows, merges: ['A1:G1'] },
    { name: '建档立卡贫困人口', rows: prRows, merges: ['A1:H1'] },
    { name: '信息公开及宣传', rows: xRows, merges: ['A1:F1'] },
    { name: '经验材料报送', rows: mRows, merges: ['A1:F1'] },
  ];
  validateSheets(sheets);
  return {
    description: '平远县（梅州市）商务局整本台账：“基本情况及自评”一张表左右两块（左：42项基本数据含分项自评，右：自评得分表含加分项）；行政村清单带贫困村、快递列；站点台账日期混用真日期与“2020.5.12”文本；产业园企业入驻/退出时间为Excel序列号；资金台账含9月尾款与合计行；培训台账按期次记人次；贫困户参训名单每行一人、日期只在“第3期（2020.11.12）”里；报送记录（“2020年11月”文本）、专栏更新、宣传报道（无级别列）三张小表上下叠在“信息公开及宣传”一页。',
    sheets,
    expect: { asOf: CUTOFF, total, bonus, vetoed: false, points, claimed },
    derivation,
  };
}

// =================================================================== 广宁县 (middling)
function guangning() {
  const R = makeRand(20210915);
  const AREA = '441223';
  const SUR = ['陈', '梁', '黎', '江', '冯', '罗', '植', '欧', '谭', '李', '何', '黄', '莫', '邓', '叶', '朱'];
  const POP = 423800; // ４２．３８万
  const TOWNS = ['南街镇', '横山镇', '木格镇', '排沙镇', '潭布镇', '江屯镇', '螺岗镇', '北市镇', '坑口镇', '赤坑镇', '宾亨镇', '五和镇', '古水镇', '洲仔镇', '石涧镇', '石咀镇'];
  const PER_TOWN = [15, 14, 14, 13, 13, 13, 14, 13, 12, 13, 14, 13, 13, 13, 12, 13];
  check(PER_TOWN.reduce((a, b) => a + b, 0) === 212, 'GN 212');
  const COMM = { '南街镇': ['城东居委会', '城西居委会', '城南居委会'], '横山镇': ['横山居委会'], '木格镇': ['木格居委会'], '排沙镇': ['排沙居委会'], '潭布镇': ['潭布居委会'], '江屯镇': ['江屯居委会'], '螺岗镇': ['螺岗居委会'], '北市镇': ['北市居委会'], '坑口镇': ['坑口居委会'], '古水镇': ['古水居委会'] };
  const names = villageNames(R, 212);
  const villages = [];
  let k = 0;
  TOWNS.forEach((t, i) => {
    for (let j = 0; j < PER_TOWN[i]; j++) villages.push({ town: t, name: names[k++], admin: true, poor: false, express: true });
    for (const c of COMM[t] || []) villages.push({ town: t, name: c, admin: false, poor: false, express: true });
  });
  const admin = villages.filter((v) => v.admin);
  check(admin.length === 212 && villages.length === 224, 'GN counts');
  const poorIdx = R.shuffle(admin.map((_, i) => i)).slice(0, 28).sort((a, b) => a - b);
  poorIdx.forEach((i) => (admin[i].poor = true));
  const poorV = admin.filter((v) => v.poor);
  const poorShuf = R.shuffle(poorV);
  const poorLate = new Set(poorShuf.slice(0, 5)); // stations only from 2021年9月
  const nonPoor = admin.filter((v) => !v.poor);
  const covNonPoor = new Set(R.shuffle(nonPoor).slice(0, 117));
  const covered = new Set([...poorV.filter((v) => !poorLate.has(v)), ...covNonPoor]);
  check(covered.size === 140, 'GN covered design');
  const noExpress = R.shuffle(nonPoor.filter((v) => !covNonPoor.has(v))).slice(0, 3);
  noExpress.forEach((v) => (v.express = false));

  // ---- 行政村明细
  const vRows = [['广宁县行政村（居委会）明细表'], ['序号', '所属镇', '村（居）委会', '类别', '通快递', '备注']];
  villages.forEach((v, i) => vRows.push([i + 1, v.town, v.name, v.admin ? '行政村' : '居委会', v.express ? '是' : '否', v.express ? null : '快递暂未进村，由镇代收点转送']));
  // ---- 省定贫困村 (separate list, a few written as 村民委员会)
  const pRows = [['广宁县省定贫困村名单'], ['序号', '镇', '贫困村名称', '备注']];
  poorV.forEach((v, i) => pRows.push([i + 1, v.town, i % 6 === 1 ? v.name.replace(/村$/, '村民委员会') : v.name, null]));
  pRows.push([]);
  pRows.push(['共28个省定贫困村，已于2020年底全部出列。']);

  // ---- 服务站点 (挂牌时间 typed as “2020年11月”)
  const months = [];
  for (let y = 2019, m = 12; y < 2021 || m <= 8; m++) { if (m > 12) { m = 1; y++; } months.push(`${y}-${pad2(m)}`); if (y === 2021 && m === 8) break; }
  check(months[0] === '2019-12' && months[months.length - 1] === '2021-08', 'GN months');
  const stations = [];
  const dupV = R.shuffle([...covered]).slice(0, 3);
  let augCount = 0;
  for (const v of villages) {
    if (v.name === '城东居委会') stations.push({ site: '广宁县南街镇电商服务中心站', town: v.town, village: v.name, month: '2020-05', addr: '南街镇城东居委会办公楼一楼' });
    if (!v.admin) continue;
    if (covered.has(v)) {
      let m = R.pick(months);
      if (augCount < 4 && R.f() < 0.06) { m = '2021-08'; augCount++; }
      stations.push({ site: `${v.name}电子商务服务站`, town: v.town, village: v.name, month: m });
      if (dupV.includes(v)) stations.push({ site: `${v.name}邮乐购电商服务点`, town: v.town, village: v.name.replace(/村$/, '村委会'), month: R.pick(months) });
    }
    if (poorLate.has(v)) stations.push({ site: `${v.name}电子商务服务站`, town: v.town, village: v.name, month: '2021-09' });
  }
  check(stations.length === 149, 'GN 149 station rows, got ' + stations.length);
  const sRows = [['广宁县村级电子商务服务站点清单'], ['序号', '站点名称', '镇', '行政村', '地址', '联系人', '联系电话', '挂牌时间']];
  stations.forEach((s, i) => sRows.push([i + 1, s.site, s.town, s.village, s.addr || `${s.town}${normVillage(s.village)}${R.pick(['村委会旁', '农家店内', '邮政代办点', '村文化室', '供销社门市'])}`, personName(R, SUR), phone(R), cnMonth(s.month)]));
  const adminByName = new Map(admin.map((v) => [v.name, v]));
  const cov = new Set();
  for (const s of stations) { const v = adminByName.get(normVillage(s.village)); if (v && onOrBefore(s.month)) cov.add(v); }
  const coveredCount = cov.size;
  const poorCovered = [...cov].filter((v) => v.poor).length;
  check(coveredCount === 140 && poorCovered === 23, `GN coverage ${coveredCount} ${poorCovered}`);
  const vbase = Math.min(212, 200);
  const covAdminPts = atLeast(coveredCount, vbase, 70) ? 5 : atLeast(coveredCount, vbase, 50) ? 2 : 0;
  const covPoorPts = poorCovered === 28 ? 5 : atLeast(poorCovered, 28, 80) ? 3 : 0;
  check(covAdminPts === 5 && covPoorPts === 3, 'GN coverage tiers');
  check(coveredCount * 100 === vbase * 70 && !atLeast(coveredCount, 212, 70), 'GN cap matters');
  check(stations.some((s) => s.month === '2021-08' && adminByName.get(s.village)), 'GN has a 2021年8月 station');
  // ---- 站点覆盖汇总 (cross table, as the clerk counted it in September)
  const cRows = [['广宁县村级电商服务站点建设情况统计表'], ['统计时间：2021年9月'], ['镇', '行政村数', '已建站行政村数', '省定贫困村数', '贫困村已建站数', '覆盖率']];
  let T = [0, 0, 0, 0];
  for (const t of TOWNS) {
    const av = admin.filter((v) => v.town === t);
    const built = av.filter((v) => covered.has(v) || poorLate.has(v));
    const pv = av.filter((v) => v.poor);
    const pb = pv.filter((v) => covered.has(v) || poorLate.has(v));
    T = [T[0] + av.length, T[1] + built.length, T[2] + pv.length, T[3] + pb.length];
    cRows.push([t, av.length, built.length, pv.length, pb.length, (built.length * 100 / av.length).toFixed(1) + '%']);
  }
  cRows.push(['合计', T[0], T[1], T[2], T[3], (T[1] * 100 / T[0]).toFixed(1) + '%']);
  cRows.push([]);
  cRows.push(['注：居委会不计入；明细见“行政村明细”“服务站点”表。']);
  check(T[0] === 212 && T[1] === 145 && T[2] === 28 && T[3] === 28, 'GN cross totals');

  // ---- 入驻企业 (thin: 13 in the park, 2 types; a 物流 one entered after the cut-off)
  const ENT = [['广宁县竹乡优品网店', '网店'], ['广宁县玉竹农产品销售有限公司', '销售型'], ['广宁县番薯哥电子商务商行', '网店'], ['肇庆市绿源农特产品销售有限公司广宁分公司', '销售型'],
    ['广宁县砂糖桔网店', '网店'], ['广宁县青竹笋干销售部', '销售型'], ['广宁县南街优选网店', '网店'], ['广宁县宝锭山茶叶销售有限公司', '销售型'],
    ['广宁县云创电商代运营工作室', '代运营'], ['肇庆市乐农网络科技有限公司', '代运营'], ['广宁县山货通网店', '网店'], ['广宁县绿竹坊销售有限公司', '销售型'],
    ['广宁县新农电商代运营中心', '代运营']];
  const ents = ENT.map(([n, t]) => ({ name: n, type: t, code: creditCode(R, AREA), entered: randDate(R, '2021-03-15', '2021-08-20') }));
  ents.push({ name: '广宁县通达物流有限公司', type: '物流企业', code: creditCode(R, AREA), entered: '2021-09-01' });
  const eRows = [['广宁县电商创业园入驻企业名单'], ['序号', '企业名称', '类型', '入驻时间', '统一社会信用代码', '备注']];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.type, dotDate(e.entered), e.code, e.entered > CUTOFF ? '9月新入驻' : null]));
  const inPark = ents.filter((e) => e.entered <= CUTOFF);
  const types = new Set(inPark.map((e) => TYPE_NORM(e.type)));
  check(inPark.length === 13 && types.size === 2, 'GN enterprises');
  check(new Set(ents.map((e) => TYPE_NORM(e.type))).size === 3, 'GN trap: late 物流 would make 3 types');

  // ---- 资金收支台账 (收入/支出/余额; only 支出 is a disbursement)
  const SPENT = 3386750;
  const items = ['县级电商公共服务中心场地改造', '公共服务中心办公设备', '村级站点建设补助（第一批）', '村级站点建设补助（第二批）', '村级站点建设补助（第三批）', '电商培训费用（2020年）',
    '物流配送车辆购置', '镇级物流中转点改造', '农产品包装设计', '网络促销活动（砂糖桔节）', '电商培训费用（2021年上半年）', '专栏及宣传费用', '公共服务中心运营补助',
    '村级站点建设补助（第四批）', '电商创业园装修', '农产品检测设备'];
  const dates = items.map(() => randDate(R, '2020-03-01', '2021-08-28')).sort();
  const amts = items.map(() => R.int(60, 330) * 1000 + R.int(0, 9) * 50);
  amts[amts.length - 1] = SPENT - amts.slice(0, -1).reduce((a, b) => a + b, 0);
  check(amts[amts.length - 1] > 50000 && amts[amts.length - 1] < 900000, 'GN last amount sane ' + amts[amts.length - 1]);
  const ledger = [];
  ledger.push({ d: '2019-12-20', memo: '收到省级电子商务进农村专项资金（第一批）', inc: 3000000, out: null });
  items.forEach((it, i) => ledger.push({ d: dates[i], memo: it, inc: null, out: amts[i] }));
  ledger.push({ d: '2020-07-15', memo: '收到省级电子商务进农村专项资金（第二批）', inc: 2000000, out: null });
  ledger.push({ d: '2021-09-08', memo: '村级站点建设补助（第五批）', inc: null, out: 180000 });
  ledger.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  const gRows = [['广宁县电子商务进农村综合示范专项资金收支台账'], ['单位：元'], ['日期', '凭证号', '摘要', '收入', '支出', '余额']];
  let bal = 0, inSum = 0, outSum = 0;
  ledger.forEach((r, i) => {
    bal += (r.inc || 0) - (r.out || 0); inSum += r.inc || 0; outSum += r.out || 0;
    const fmt = (n) => (n === null ? null : i % 2 ? money2(n) : n);
    gRows.push([dotDate(r.d), `${r.d.slice(0, 4)}-${pad2(i + 1)}`, r.memo, fmt(r.inc), fmt(r.out), money2(bal)]);
  });
  gRows.push([null, null, '合计', money2(inSum), money2(outSum), money2(bal)]);
  gRows.push(['制表：财务股', null, null, '复核：县商务局']);
  const spentBy = ledger.filter((r) => r.out && r.d <= CUTOFF).reduce((a, r) => a + r.out, 0);
  check(spentBy === SPENT && inSum === 5000000 && bal >= 0, 'GN funds');
  check(!atLeast(SPENT, 5000000, 70) && atLeast(SPENT + 180000, 5000000, 70), 'GN spending < 70%, trap bites');
  check(atLeast(SPENT, 5000000, 40), 'GN no progress veto');

  // ---- 培训台账 (session rows; dates as Excel serial numbers; one 人次 in full-width digits)
  const TOP = ['电子商务基础普及培训', '农村电商创业培训', '网店运营实操', '直播电商培训', '电商扶贫专场培训', '农产品短视频营销', '村级站点业务培训'];
  const PL = ['县电商公共服务中心', '南街镇政府', '江屯镇文化站', '北市镇政府会议室', '宾亨镇政府', '排沙镇电商站', '石涧镇文化站'];
  const sd = [];
  let dd = '2020-04-14';
  for (let i = 0; i < 26; i++) { sd.push(dd); dd = addDays(dd, R.int(14, 20)); }
  sd[25] = CUTOFF; // a session on the cut-off date counts
  check(sd[24] < CUTOFF, 'GN sessions ordered');
  const pt = sd.map(() => R.int(95, 170));
  pt[7] = 150; // typed as full-width text
  pt[25] = 3520 - pt.slice(0, 25).reduce((a, b) => a + b, 0);
  check(pt[25] >= 60 && pt[25] <= 260, 'GN last session sane ' + pt[25]);
  const sess = sd.map((d, i) => ({ d, pt: pt[i], poor: R.int(3, 15) }));
  sess.push({ d: '2021-09-09', pt: 380, poor: 20 }, { d: '2021-09-24', pt: 380, poor: 12 });
  const tRows = [['广宁县电子商务培训台账'], ['序号', '培训时间', '培训内容', '培训地点', '主办单位', '参训人次', '其中贫困户人次']];
  sess.forEach((s, i) => tRows.push([i + 1, serial(s.d), TOP[i % TOP.length], PL[(i * 2) % PL.length], R.pick(['县商务局', '县商务局、县乡村振兴局', '县电商公共服务中心']), i === 7 ? fullWidth(String(s.pt)) : s.pt, s.poor]));
  tRows.push(['合计', null, null, null, null, sess.reduce((a, s) => a + s.pt, 0), sess.reduce((a, s) => a + s.poor, 0)]);
  check(fullWidth('150') === '１５０', 'full width');
  const ptBy = sess.filter((s) => s.d <= CUTOFF).reduce((a, s) => a + s.pt, 0);
  const tbase = Math.min(POP, 500000);
  check(ptBy === 3520, 'GN pt');
  const ptPts = atLeast(ptBy, tbase, 1) ? 10 : (ptBy * 1000 >= tbase * 8 ? 8 : ptBy * 1000 >= tbase * 6 ? 6 : 0);
  check(ptPts === 8, 'GN pt tier 8');
  check((ptBy - 150) * 1000 < tbase * 8, 'GN trap: dropping the full-width 150 falls to 6');
  check((ptBy + 760) * 100 >= tbase, 'GN trap: counting September sessions reaches 10');

  // ---- 贫困人口名单 (36) and 贫困户参训签到 (sign-in rows)
  const roster = [];
  for (let i = 0; i < 36; i++) {
    const gender = R.f() < 0.5 ? '男' : '女';
    roster.push({ name: personName(R, SUR), gender, id: makeId(R, AREA, gender, [6, 20].includes(i)), v: R.pick(poorV), labour: '有劳动能力', work: R.pick(['在家务农', '在家']) });
  }
  [1, 8, 14, 29].forEach((i) => (roster[i].labour = '无劳动能力'));
  [11, 33].forEach((i) => (roster[i].labour = '丧失劳动能力'));
  [4, 10, 17, 23, 30].forEach((i) => (roster[i].work = '外出务工'));
  roster.forEach((p) => check(idValid(p.id), 'GN id'));
  check(new Set(roster.map((p) => p.id)).size === 36, 'GN unique ids');
  const elig = roster.filter((p) => p.labour === '有劳动能力' && p.work !== '外出务工');
  check(elig.length === 25, 'GN eligible 25, got ' + elig.length);
  const eShuf = R.shuffle(elig);
  const trained = eShuf.slice(0, 9);
  const lateOnly = eShuf[9];
  const sessOk = sess.filter((s) => s.d <= CUTOFF && s.d >= '2020-09-01');
  const signs = trained.map((p) => ({ p, d: R.pick(sessOk).d }));
  signs.push({ p: trained[2], d: R.pick(sessOk).d });
  signs.push({ p: roster[10], d: R.pick(sessOk).d }); // 外出务工
  signs.push({ p: roster[8], d: R.pick(sessOk).d }); // 无劳动能力
  signs.push({ p: lateOnly, d: '2021-09-09' });
  signs.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.p.id < b.p.id ? -1 : 1));
  const qRows = [['广宁县建档立卡贫困户电商培训签到表（汇总）'], ['序号', '姓名', '身份证号', '培训日期', '培训内容', '签名']];
  signs.forEach((s, i) => qRows.push([i + 1, s.p.name, s.p.id, dotDate(s.d), TOP[sess.findIndex((x) => x.d === s.d) % TOP.length], '已签']));
  const trIds = new Set(signs.filter((s) => s.d <= CUTOFF).map((s) => s.p.id));
  const trElig = elig.filter((p) => trIds.has(p.id)).length;
  check(trElig === 9, 'GN trained eligible 9');
  const poorPts = atLeast(trElig, 25, 50) ? 10 : atLeast(trElig, 25, 40) ? 8 : atLeast(trElig, 25, 30) ? 6 : 0;
  check(poorPts === 6, 'GN poor tier 6');
  check(atLeast(10, 25, 40), 'GN traps (dup / late / non-eligible) would reach 8');
  check(atLeast(1020, 1860, 50), 'GN stated counts would give 10');
  const rRows = [['广宁县建档立卡贫困人口名单（抽取参训村）'], ['序号', '镇', '村', '户主', '姓名', '身份证号', '劳动能力', '务工状态']];
  roster.forEach((p, i) => rRows.push([i + 1, p.v.town, p.v.name, i % 3 === 0 ? p.name : personName(R, SUR), p.name, p.id, p.labour, p.work]));

  // ---- 月报报送 (real dates, 9 of 12 months)
  const repDates = ['2020-07-06', '2020-08-05', '2020-09-07', '2020-11-09', '2020-12-08', '2021-01-11', '2021-03-08', '2021-04-07', '2021-05-10', '2021-06-08', '2021-08-09', '2021-09-06'];
  const mRows = [['广宁县向肇庆市商务局报送工作情况登记表'], ['序号', '报送日期', '报送内容', '报送对象']];
  repDates.forEach((d, i) => mRows.push([i + 1, { date: d }, `示范创建工作进展及电商统计数据（${Number(d.slice(5, 7)) === 1 ? 12 : Number(d.slice(5, 7)) - 1}月）`, '肇庆市商务局']));
  const rep = regularity(repDates, 3, 1);
  check(rep.months === 9 && rep.points === 1, 'GN reports irregular');
  // ---- 专栏更新 (8 of 12 months)
  const discDates = ['2020-06-28', '2020-09-28', '2020-10-30', '2020-12-25', '2021-01-29', '2021-03-31', '2021-04-29', '2021-06-30', '2021-08-27', '2021-09-10'];
  const dRows = [['广宁县人民政府网“电子商务进农村综合示范”专栏更新记录'], ['序号', '标题', '发布时间', '来源']];
  discDates.forEach((d, i) => dRows.push([i + 1, R.pick(['广宁县电子商务进农村综合示范项目建设进度', '示范项目资金使用情况公开', '村级站点建设进度公示', '电商培训工作动态']), d, '广宁县商务局']));
  const disc = regularity(discDates, 2, 1);
  check(disc.months === 8 && disc.points === 1, 'GN disclosure irregular');
  // ---- 宣传报道 (with 级别)
  const media = [['2020-12-18', '肇庆日报', '市级', '报纸', '广宁砂糖桔搭上电商快车'], ['2021-01-22', '广宁电视台', '县级', '电视', '我县村级电商服务站覆盖百余个行政村'],
    ['2021-03-30', '西江日报', '市级', '报纸', '广宁：电商培训送到田间地头'], ['2021-05-12', '广宁县融媒体中心', '县级', '网络', '直播带货助竹笋出山'],
    ['2021-09-20', '南方日报', '省级', '报纸', '广宁县电商进农村激活竹乡经济']];
  const xRows = [['广宁县电子商务进农村宣传报道一览表'], ['序号', '报道时间', '媒体', '级别', '类型', '标题']];
  media.forEach((m, i) => xRows.push([i + 1, cnDate(m[0]), m[1], m[2], m[3], m[4]]));
  const lv = new Set(media.filter((m) => m[0] <= CUTOFF).map((m) => m[2]));
  const mediaPts = (lv.has('省级') || lv.has('国家级') ? 4 : 0) + (lv.has('市级') ? 3 : 0) + (lv.has('县级') ? 1 : 0);
  check(mediaPts === 4, 'GN media 4');
  // ---- 经验材料
  const matRows = [['经验材料报送'], ['序号', '报送时间', '材料名称', '报送至'], [1, '2021.6.10', '广宁县电子商务进农村综合示范创建工作经验材料', '肇庆市商务局']];

  // ---- 填表说明, 基本情况 (label row, value on the row below), 自评分 (indicators across)
  const guide = [['填表说明'], ['1．本表由县商务局填报，数据截至2021年8月31日。'], ['2．金额单位除注明外为元；“行政村数”不含居委会（社区）。'],
    ['3．“基本情况”表每项内容填写在项目名称下一行；自评分按《2019年省级电子商务进农村综合示范创建考评指标体系》填写。'],
    ['4．台账附后：行政村明细、省定贫困村、服务站点、入驻企业、资金收支台账、培训台账、贫困人口名单、贫困户参训签到、月报报送、专栏更新、宣传报道、经验材料。'],
    ['5．是/否类项目请用下拉选择。']];
  const form = [['广宁县电子商务进农村综合示范创建基本情况填报表'], ['填报单位：广宁县商务局', null, '填报人：黎某某', null, '联系电话：0758-86xxxxx']];
  const sec = (t) => form.push([t]);
  const item = (n, label, value, note) => { form.push([n, label]); form.push([null, value === undefined ? null : value, null, note || null]); };
  sec('一、基本信息');
  item(1, '县（市、区）名称', '广宁县');
  item(2, '所属地级市', '肇庆市');
  item(3, '考评截止时间', '2021年8月31日');
  item(4, '常住人口', fullWidth('42.38') + '万人 ');
  item(5, '行政村数量（个，不含居委会）', 212);
  item(6, '省定贫困村数量（个）', '28');
  sec('二、组织领导与统筹协调');
  item(7, '示范创建工作领导小组组长', '副县长', '分管商务工作');
  item(8, '领导小组成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局');
  item(9, '示范县工作方案是否正式印发', '是', '广府办〔2019〕37号');
  item(10, '是否出台支持农村电商发展的政策', '是', '《广宁县加快农村电子商务发展的实施意见》');
  item(11, '项目管理制度建立及落实情况自评（1-2分）', '2分');
  item(12, '工作台账建立情况自评（1-2分）', null);
  sec('三、服务体系建设');
  item(13, '县级电商公共服务中心投入运营时间', '2021年3月15日');
  item(14, '有免费培训场所、培训设备，能组织电商基础培训', '有');
  item(15, '为特色农产品提供免费展示、销售服务', '有');
  item(16, '为电子商务市场主体提供免费摄影、美工服务', '无');
  item(17, '组织农产品统一推广、指导特色农产品品牌建设', '有');
  item(18, '为电子商务发展提供其他衍生增值服务', '有');
  item(19, '是否建设或整合电商产业园', '已整合', '广宁县电商创业园');
  sec('四、农村产品上行');
  item(20, '网销调研情况自评（1-2分）', '2分');
  item(21, '网络促销活动自评（1-2分）', '2分');
  item(22, '当地是否有专业第三方电商运营或服务商', '有', '县级中心由广宁县云创电商代运营工作室运营');
  item(23, '行政村物流快递覆盖率是否达100%', '是');
  item(24, '农产品电商交易标准、冷链及溯源系统自评（1-2分）', null);
  item(25, '2019年农村网络零售额（万元）', 52100);
  item(26, '2020年农村网络零售额（万元）', 69140);
  item(27, '2019年农产品网络零售额（万元）', 18300);
  item(28, '2020年农产品网络零售额（万元）', 21050);
  sec('五、电商人才培训');
  item(29, '电商培训人次', '3520人次', '截至8月31日');
  item(30, '有劳动能力的建档立卡贫困人口数（不含外出务工）', '1860人');
  item(31, '参加培训的建档立卡贫困人口数', '1020人');
  sec('六、信息公开及报送');
  item(32, '政府网站专栏是否公示创建方案', '是');
  item(33, '是否公示项目基本信息', '是');
  item(34, '是否公示项目建设进度', '是');
  item(35, '是否设立征求意见或监督举报窗口', '是');
  item(36, '是否统计电商扶贫情况', '是');
  sec('七、资金管理');
  item(37, '下达省级专项资金', '500万元');
  item(38, '截至8月31日累计拨付', '338.675万元', '另有已签合同待支付约62万元');
  item(39, '是否制定资金管理制度', '是');
  item(40, '是否建立资金专用台账', '是');
  item(41, '资金及时拨付自评（1-5分）', '3分');
  item(42, '项目总体进度', '85%');
  sec('八、一票否决事项');
  item(43, '是否发生安全生产、质量事故或重大损失', '否');
  item(44, '是否存在弄虚作假', '否');
  check((69140 - 52100) * 100 >= 52100 * 30 && (21050 - 18300) * 100 < 18300 * 30, 'GN growth rural ≥30%, agri < 30%');
  check(SPENT === 3386750 && (SPENT / 10000).toFixed(3) === '338.675', 'GN stated spent consistent');

  const claimed = { 'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 2, 'work.center': 11, 'work.coverage': 10, 'work.upward': 8,
    'work.training': 18, 'info.disclosure': 3, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 8, 'fund.system': 3, 'fund.ledger': 3, 'fund.spending': 3 };
  const strip = [['广宁县2019年省级电子商务进农村综合示范创建考评自评得分'],
    ['工作任务', '加强组织领导与统筹协调', null, null, null, '深入推动电子商务进农村工作', null, null, null, '加强信息公开及报送', null, '加强宣传推广', null, '加强财政资金管理', null, null, null],
    ['评价指标', '组织领导', '方案制定', '政策支持', '项目管理', '服务体系建设（县级中心及产业园）', '服务体系建设（村级站点）', '农村产品上行', '电商人才培训', '信息公开', '数据上报', '案例总结', '经验推广', '制度建立', '资金台账', '资金支出', '合计'],
    ['权重', 2, 2, 2, 4, 15, 10, 10, 20, 4, 6, 2, 8, 5, 5, 5, 100],
    ['自评得分', ...IDS.map((id) => claimed[id]), IDS.reduce((a, id) => a + claimed[id], 0)],
    [],
    ['备注：加分项本县未申报。']];
  check(strip[3].slice(1, 16).reduce((a, b) => a + b, 0) === 100 && strip[4][16] === 79, 'GN strip sums');

  const points = {
    'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 2,
    'work.center': 9, 'work.coverage': 8, 'work.upward': 7, 'work.training': 14,
    'info.disclosure': 3, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 4,
    'fund.system': 3, 'fund.ledger': 3, 'fund.spending': -5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  check(!('2021-03-15' <= SIX_MONTHS_BEFORE), 'GN center < 6 months');
  check(points['work.center'] === 2 + 0 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0), 'GN center');
  check(points['work.coverage'] === covAdminPts + covPoorPts, 'GN coverage');
  check(points['work.upward'] === 2 + 2 + 1 + (noExpress.length ? 0 : 1) + 0 + 2, 'GN upward');
  check(points['work.training'] === ptPts + poorPts, 'GN training');
  check(points['info.disclosure'] === 2 + disc.points && points['info.reporting'] === rep.points + 3, 'GN info');
  check(points['promo.media'] === mediaPts, 'GN media');
  check(media.every((m) => m[3] !== '电视' || m[2] === '县级' || m[0] > CUTOFF), 'GN no national/provincial TV');
  const { scored, bonus, total } = finish(points);
  check(scored === 58 && bonus === 0 && total === 58, `GN total ${scored}`);
  const derivation = [
    `org.leadership: 基本情况 第7项 组长“副县长”（分管领导）→ 1`,
    `org.plan: 自评分表“方案制定”2（第9项 方案已印发）→ judged 2`,
    `org.policy: 自评分表“政策支持”1（第10项 已出台实施意见）→ judged 1`,
    `org.management: 第11项 项目管理制度 2分；第12项 工作台账 值行空白 → missing 计0 → 2`,
    `work.center: 第13项 中心2021-03-15运营 ≤ 2021-08-31 → 2；晚于 2021-02-28，不满6个月 → 0；第14、15项 有 → 2+1；第16项 摄影美工 无 → 0；第17、18项 有 → 1+1；第19项 产业园已整合 → 2；入驻企业 截止日前入驻 ${inPark.length} 家 < 20 → 0；类型 网店/销售型→销售型、代运营→电商运营商 共 ${types.size} 种 < 3（2021.9.1 入驻的物流企业不计）→ 0；合计 9`,
    `work.coverage: 行政村明细 212 个行政村（12 个居委会不计），基数 min(212,200) = 200；服务站点 ${stations.length} 行，按“挂牌时间”（“2021年8月”计入，“2021年9月”5 行不计），同村多站只计一次、居委会站不计 → 有站点行政村 ${coveredCount} 个，${coveredCount}/200 = 70.0% ≥ 70% → 5；省定贫困村名单 28 个，截止日前有站点 ${poorCovered} 个 = 82.1%（80%–100%）→ 3；合计 8（汇总表“统计时间：2021年9月”含9月站点，不作依据；自评 10）`,
    `work.upward: 第20项 网销调研 2 + 第21项 促销 2；第22项 第三方运营商 有 → 1；快递：行政村明细“通快递”列有 3 个行政村为“否” → 0（第23项称“是”，以列为准）；第24项 交易标准及冷链溯源 空白 → missing 0；增速 农村网络零售额 52100→69140 万元 = 32.7% ≥ 30% → 2；合计 7`,
    `work.training: 培训台账“培训时间”为 Excel 序列号，截止日前 26 期（含 44439 = 2021-08-31 一期，含“１５０”全角一期）参训人次合计 ${ptBy}，9月两期 760 人次及合计行不计；“其中贫困户人次”列不是总人次；基数 min(423800,500000) = 423800 → ${ptBy}/423800 = 0.83%（0.8%–1%）→ 8；贫困人口名单 36 人，有劳动能力且未外出务工 25 人；贫困户参训签到 截止日前按身份证号去重的合格人员 ${trElig} 人（重复签到1人、外出务工1人、无劳动能力1人、2021.9.9 1人不计）→ 9/25 = 36%（30%–40%）→ 6（第30、31项 填报 1860/1020 与名单不符，以名单为准）；合计 14`,
    `info.disclosure: 第32–35项 方案、项目信息、进度、征求意见/监督举报窗口 均为是 → 2；专栏更新记录 2020-09…2021-08 中有更新的月份 ${disc.months}/12（缺 2020-11、2021-02、2021-05、2021-07）→ 不定时 1；合计 3`,
    `info.reporting: 月报报送 2020-09…2021-08 中有报送的月份 ${rep.months}/12（缺 2020-10、2021-02、2021-07）→ 不定时 1；第36项 能统计电商扶贫情况 是 → 3；合计 4`,
    `promo.cases: 经验材料 2021.6.10 报送肇庆市商务局 1 份 → 2`,
    `promo.media: 宣传报道 级别列：肇庆日报、西江日报（市级）→ 3；广宁电视台、广宁县融媒体中心（县级）→ 1；南方日报（省级）2021-09-20 在截止日后不计 → 合计 4（自评 8）`,
    `fund.system: 自评分表“制度建立”3 → judged 3`,
    `fund.ledger: 自评分表“资金台账”3 → judged 3`,
    `fund.spending: 资金收支台账 只取“支出”列、截止日前 ${money2(SPENT)} 元（收入两笔 5,000,000 元、2021.9.8 支出 180,000 元、合计行不计）÷ 下达 5,000,000 元 = 67.7% < 70% → 倒扣 −5（自评 3）`,
    `bonus.poorTraining: 贫困人口培训率 9/25 = 36% < 70% → 0`,
    `bonus.tvCase: 无国家级或省级电视播报的电商扶贫典型案例（仅广宁电视台县级）→ 0`,
    `veto.incident: 第43项 否 → 不否决（0）`,
    `veto.progress: 第42项 项目总体进度 85% ≥ 40%（拨付率 67.7% 亦 ≥ 40%）→ 不否决（0）`,
    `veto.fraud: 第44项 否 → 不否决（0）`,
  ];

  const sheets = [
    { name: '填表说明', rows: guide, merges: ['A1:H1'] },
    { name: '基本情况', rows: form, merges: ['A1:F1'] },
    { name: '自评分', rows: strip, merges: ['A1:Q1', 'B2:E2', 'F2:I2', 'J2:K2', 'L2:M2', 'N2:P2'] },
    { name: '站点覆盖汇总', rows: cRows, merges: ['A1:F1', 'A2:F2'] },
    { name: '行政村明细', rows: vRows, merges: ['A1:F1'] },
    { name: '省定贫困村', rows: pRows, merges: ['A1:D1'] },
    { name: '服务站点', rows: sRows, merges: ['A1:H1'] },
    { name: '入驻企业', rows: eRows, merges: ['A1:F1'] },
    { name: '资金收支台账', rows: gRows, merges: ['A1:F1'] },
    { name: '培训台账', rows: tRows, merges: ['A1:G1'] },
    { name: '贫困人口名单', rows: rRows, merges: ['A1:H1'] },
    { name: '贫困户参训签到', rows: qRows, merges: ['A1:F1'] },
    { name: '月报报送', rows: mRows, merges: ['A1:D1'] },
    { name: '专栏更新', rows: dRows, merges: ['A1:D1'] },
    { name: '宣传报道', rows: xRows, merges: ['A1:F1'] },
    { name: '经验材料', rows: matRows },
    { name: '下拉选项', rows: [['是'], ['否'], ['有'], ['无'], ['行政村'], ['居委会']], hidden: true },
  ];
  validateSheets(sheets);
  return {
    description: '广宁县（肇庆市）商务局整本台账：填表说明页；“基本情况”为表单式（项目名称一行、填报内容在下一行，部分自评值行空白，常住人口用全角“４２．３８万人 ”）；“自评分”指标横排（工作任务/评价指标/权重/自评得分四行）；站点覆盖为镇×（行政村数/已建站/贫困村/贫困村已建站）交叉汇总表加明细与单独贫困村名单；站点挂牌时间写“2020年11月”；资金为收入/支出/余额收支账；培训台账日期为Excel序列号、一期人次为全角；贫困户签到逐人；另有隐藏的下拉选项页。',
    sheets,
    expect: { asOf: CUTOFF, total, bonus, vetoed: false, points, claimed },
    derivation,
  };
}

const py = pingyuan();
const gn = guangning();
writeCase('b13-c1-pingyuan.json', py);
writeCase('b13-c2-guangning.json', gn);
console.log(`b13-c1-pingyuan.json  total ${py.expect.total} bonus ${py.expect.bonus}`);
console.log(`b13-c2-guangning.json total ${gn.expect.total} bonus ${gn.expect.bonus}`);
