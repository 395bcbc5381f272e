'use strict';
// Batch 38 — cases written blind (from docs/ledgers.md, docs/scoring-rules.md, the corpus README and the
// official indicator table only). Deterministic: run `node gen-b38.js`, it rewrites every file.
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const D = (s) => ({ date: s });
function pick(rng, arr) { return arr[Math.floor(rng() * arr.length)]; }
function shuffle(rng, arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
function colName(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function padRows(rows) {
  const w = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.map((r) => { const c = r.slice(); while (c.length < w) c.push(null); return c; });
}
function sheet(name, rows, merges, hidden) {
  const s = { name, rows: padRows(rows) };
  if (merges && merges.length) s.merges = merges;
  if (hidden) s.hidden = true;
  return s;
}
function write(sub, file, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
function assertEq(label, got, want) {
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${label}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0; for (let i = 0; i < 17; i++) sum += Number(s17[i]) * w[i];
  return '10X98765432'[sum % 11];
}
function makeIdFactory(rng, area) {
  const used = new Set();
  return function (y0, y1, wantX) {
    for (;;) {
      const y = y0 + Math.floor(rng() * (y1 - y0 + 1));
      const m = 1 + Math.floor(rng() * 12);
      const d = 1 + Math.floor(rng() * 28);
      const seq = 100 + Math.floor(rng() * 900);
      const s17 = area + String(y) + String(m).padStart(2, '0') + String(d).padStart(2, '0') + String(seq);
      const id = s17 + idCheck(s17);
      if (wantX === true && !id.endsWith('X')) continue;
      if (wantX === false && id.endsWith('X')) continue;
      if (used.has(id)) continue;
      used.add(id); return id;
    }
  };
}
const SUR = '陈李黄张梁林何罗刘吴杨邓谢叶钟曾彭廖赖温周冯江庞莫袁邱植'.split('');
const GIV = '伟芳秀英华明丽强军平国志建文玉兰金桂春海燕红德荣辉永福贵生才成美珍凤霞清梅新亮婷嘉俊锦坤'.split('');
function personName(rng) { return pick(rng, SUR) + pick(rng, GIV) + (rng() < 0.7 ? pick(rng, GIV) : ''); }
function phone(rng) { return pick(rng, ['138', '139', '137', '135', '136', '150', '159', '188', '189', '133']) + String(10000000 + Math.floor(rng() * 89999999)); }
function creditCode(rng, area) {
  const al = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let s = '91' + area + 'MA5'; while (s.length < 18) s += al[Math.floor(rng() * al.length)];
  return s;
}
function uniqueBases(rng, n, pre, suf, exclude) {
  const set = new Set(exclude || []); const out = [];
  let guard = 0;
  while (out.length < n) {
    if (++guard > 100000) throw new Error('name space exhausted');
    const b = pick(rng, pre) + pick(rng, suf);
    if (b[0] === b[1] || set.has(b)) continue;
    set.add(b); out.push(b);
  }
  return out;
}

const SCORE_IDS = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage',
  'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media',
  'fund.system', 'fund.ledger', 'fund.spending', 'bonus.poorTraining', 'bonus.tvCase',
  'veto.incident', 'veto.progress', 'veto.fraud'];

// =====================================================================================================
// C1 — 信宜市 whole county workbook
// =====================================================================================================
function buildXinyi() {
  const rng = mulberry32(380001);
  const ASOF = '2021-08-31';
  const newId = makeIdFactory(rng, '440983');

  // ---------------- villages (村居名册 from the 2021 两委换届 statistics)
  const towns = [
    ['东镇街道', 8, 9], ['玉都街道', 10, 8], ['池洞镇', 26, 1], ['丁堡镇', 18, 1], ['金垌镇', 20, 1],
    ['镇隆镇', 24, 1], ['水口镇', 26, 1], ['北界镇', 24, 1], ['合水镇', 20, 1], ['怀乡镇', 22, 1],
    ['茶山镇', 15, 1], ['洪冠镇', 14, 1], ['白石镇', 17, 1], ['大成镇', 16, 1], ['钱排镇', 24, 1],
    ['平塘镇', 15, 1], ['新宝镇', 12, 0], ['思贺镇', 16, 1], ['贵子镇', 14, 1], ['朱砂镇', 11, 0],
  ];
  const PRE = '大新石黄罗竹平高上下东西南北长白金水龙凤合中坡岭塘垌坑田山和安云双三六河旺茶荔林马牛文良丰富永福寨湾'.split('');
  const SUF = '垌塘坑岭坡田水石山头江口湾洞坪寨岗陂埇冲城排背湖光联和新美'.split('');
  const streetComm = ['东华', '城北', '新城', '城东', '金山', '锦江', '人民', '文明', '光明', '河西', '北门', '西江', '迎宾', '竹山', '玉湖', '教育', '健康'];
  const nAdmin = towns.reduce((s, t) => s + t[1], 0);
  const nComm = towns.reduce((s, t) => s + t[2], 0);
  assertEq('xinyi admin villages', nAdmin, 352);
  assertEq('xinyi communities', nComm, 33);
  const bases = uniqueBases(rng, nAdmin, PRE, SUF, streetComm.concat(towns.map((t) => t[0].slice(0, 2))));
  const villages = []; // {town, base, admin, listName}
  let bi = 0, sc = 0;
  for (const [town, na, nc] of towns) {
    for (let i = 0; i < na; i++) {
      const base = bases[bi++];
      const listName = rng() < 0.82 ? base + '村民委员会' : base + '村委会';
      villages.push({ town, base, admin: true, listName });
    }
    for (let i = 0; i < nc; i++) {
      let listName;
      if (town.endsWith('街道')) { const b = streetComm[sc++]; listName = rng() < 0.6 ? b + '社区居民委员会' : b + '社区居委会'; }
      else listName = town.slice(0, -1) + '社区居委会';
      villages.push({ town, base: listName.replace(/社区.*$/, '社区'), admin: false, listName });
    }
  }
  const adminV = villages.filter((v) => v.admin);
  const commV = villages.filter((v) => !v.admin);

  // ---------------- provincial poor villages: 56 in the towns (not the two 街道)
  const ruralAdmin = adminV.filter((v) => !v.town.endsWith('街道'));
  const poor = shuffle(rng, ruralAdmin).slice(0, 56);
  const poorSet = new Set(poor.map((v) => v.base));
  // keep the poor list in town order
  const poorOrdered = adminV.filter((v) => poorSet.has(v.base));

  // ---------------- stations (授牌登记 register, chronological)
  const nonPoorAdmin = shuffle(rng, adminV.filter((v) => !poorSet.has(v.base)));
  const coveredNonPoor = nonPoorAdmin.slice(0, 82);
  const afterVillages = nonPoorAdmin.slice(82, 86); // new villages whose station comes only in Sept 2021
  const primary = shuffle(rng, poorOrdered.concat(coveredNonPoor));
  assertEq('primary stations', primary.length, 138);
  const batches = [
    { n: 30, fmt: () => D('2020-05-12') },
    { n: 34, fmt: () => '2020.8.18' },
    { n: 30, fmt: () => '2020年11月20日' },
    { n: 24, fmt: () => '2021/3/16' },
    { n: 15, fmt: () => '21.6.8' },
    { n: 5, fmt: () => '2021.8.31' },
  ];
  const stationRows = [];
  let plaque = 0;
  const plaqueOf = new Map();
  const villageCell = (v, style) => {
    if (style === 'blank') return null;
    const r = rng();
    if (r < 0.12) return v.base + '村委会';
    if (r < 0.18) return v.base + '村民委员会';
    return v.base + '村';
  };
  const stationName = (v, style) => (style === 'pt' ? v.base + '村农村电商服务点' : '信宜市' + v.town + v.base + '村电商服务站');
  // choose special villages
  const b1 = primary.slice(0, 30), b2 = primary.slice(30, 64), b3 = primary.slice(64, 94), b4 = primary.slice(94, 118), b5 = primary.slice(118, 133), b6 = primary.slice(133, 138);
  const blankPoor = b3.find((v) => poorSet.has(v.base));
  const blankNonPoor = b4.find((v) => !poorSet.has(v.base));
  const monthOnly = b6.find((v) => poorSet.has(v.base)) || b6[0];
  const dupA = b2.find((v) => !poorSet.has(v.base));
  const dupB = b3.find((v) => !poorSet.has(v.base) && v !== blankPoor);
  const reissueA = b1[3], reissueB = b1[11], reissueC = b2[7];
  const pushStation = (v, date, opts = {}) => {
    plaque++;
    const code = 'XY-DS-' + String(plaque).padStart(3, '0');
    if (v && !opts.extra) plaqueOf.set(v.base, code);
    const style = opts.blank ? 'blank' : opts.style;
    stationRows.push({
      row: [code, opts.name || stationName(v, opts.style), opts.town || v.town, opts.village !== undefined ? opts.village : villageCell(v, style), date, personName(rng), phone(rng), opts.note || null],
      village: v ? v.base : null, admin: v ? v.admin : false, opened: opts.opened, kind: opts.kind || 'primary',
    });
  };
  const iso = { 0: '2020-05-12', 1: '2020-08-18', 2: '2020-11-20', 3: '2021-03-16', 4: '2021-06-08', 5: '2021-08-31' };
  const batchLists = [b1, b2, b3, b4, b5, b6];
  batchLists.forEach((list, k) => {
    list.forEach((v, i) => {
      let date = batches[k].fmt(); let opened = iso[k]; let note = null;
      if (v === monthOnly) { date = '2021年8月'; opened = '2021-08'; note = '补登，授牌日期不详'; }
      const opts = { opened, note, style: k === 4 ? 'pt' : undefined };
      if (v === blankPoor || v === blankNonPoor) opts.blank = true;
      pushStation(v, date, opts);
      if (k === 1 && i === 12) pushStation(null, date, { extra: true, name: '信宜市大成林场电商服务点', town: '大成镇', village: '大成林场', opened, kind: 'forest', note: '国营林场，不属行政村' });
      if (k === 2 && (i === 9 || i === 21)) {
        const c = commV[i === 9 ? 2 : 11];
        pushStation(c, date, { extra: true, name: c.base + '电商服务点', village: c.base, opened, kind: 'community' });
      }
      if (k === 3 && i === 5) {
        const c = commV[20];
        pushStation(c, date, { extra: true, name: c.base + '电商服务点', village: c.base, opened, kind: 'community' });
      }
      if (k === 3 && i === 17) pushStation(dupA, date, { extra: true, name: dupA.base + '村益农信息社电商服务点', village: dupA.base + '村', opened, kind: 'dup', note: '同村第二个站点' });
      if (k === 4 && i === 6) pushStation(dupB, date, { extra: true, name: dupB.base + '村邮乐购电商服务点', village: dupB.base + '村委会', opened, kind: 'dup', note: '邮政共建点' });
    });
    if (k === 3) {
      // reissue in May 2021
      stationRows.push({ row: [plaqueOf.get(reissueA.base) + '（补）', stationName(reissueA), reissueA.town, reissueA.base + '村', '2021.5.20', personName(rng), phone(rng), '原牌匾台风损坏，补发'], village: reissueA.base, admin: true, opened: '2021-05-20', kind: 'reissue' });
    }
    if (k === 4) {
      stationRows.push({ row: [plaqueOf.get(reissueB.base) + '（补）', stationName(reissueB), reissueB.town, reissueB.base + '村', D('2021-07-09'), personName(rng), phone(rng), '站点迁址（本村内），补发新牌'], village: reissueB.base, admin: true, opened: '2021-07-09', kind: 'reissue' });
    }
  });
  // September 2021 batch: 4 new villages + 1 reissue
  afterVillages.forEach((v, i) => {
    pushStation(v, '2021年9月16日', { opened: '2021-09-16', kind: 'after' });
    if (i === 1) stationRows.push({ row: [plaqueOf.get(reissueC.base) + '（补）', stationName(reissueC), reissueC.town, reissueC.base + '村', '2021年9月16日', personName(rng), phone(rng), '原牌匾遗失，补发'], village: reissueC.base, admin: true, opened: '2021-09-16', kind: 'reissue' });
  });
  // coverage check (what a reviewer counts)
  const adminBases = new Set(adminV.map((v) => v.base));
  const coveredSet = new Set(stationRows.filter((s) => s.village && adminBases.has(s.village) && s.opened <= ASOF && s.kind !== 'reissue').map((s) => s.village));
  assertEq('xinyi covered admin villages by cut-off', coveredSet.size, 138);
  const poorCovered = poorOrdered.filter((v) => coveredSet.has(v.base)).length;
  assertEq('xinyi poor villages covered', poorCovered, 56);
  const stationCount = stationRows.length;

  // ---------------- poor roster (务工地点 tells who works away) and 专场 sign-ins
  const insideWork = ['本村务农', '在家务农', '本镇务工', '信宜市区务工', '东镇街道（县内）', '公益性岗位（本村）', '县内零工', '本村养殖'];
  const outsideWork = ['广州市白云区', '深圳市宝安区', '东莞市长安镇', '佛山市顺德区', '中山市小榄镇', '湛江市赤坎区', '浙江省义乌市', '广州市番禺区'];
  const cats = shuffle(rng, Array(84).fill('E').concat(Array(30).fill('M'), Array(16).fill('N')));
  const persons = [];
  let ci = 0, maonan = 0;
  const rosterVillages = shuffle(rng, poorOrdered).slice(0, 14);
  let hh = 0;
  while (ci < cats.length) {
    const size = Math.min(cats.length - ci, 2 + Math.floor(rng() * 4));
    const v = rosterVillages[hh % rosterVillages.length]; hh++;
    let spouse = false;
    let headYear = null;
    for (let k = 0; k < size; k++) {
      const cat = cats[ci++];
      let id, labour, work, rel;
      if (cat === 'N') {
        const old = k === 0 || rng() < 0.6;
        id = old ? newId(1938, 1950, undefined) : newId(2006, 2013, undefined);
        labour = old ? (rng() < 0.5 ? '丧失劳动力' : '无劳动力') : '无劳动力（在校生）';
        work = null;
        rel = k === 0 ? '户主' : old ? (Number(id[16]) % 2 ? '父亲' : '母亲') : '之孙';
        if (k === 0) headYear = 1944;
      } else {
        let y0, y1;
        if (k === 0) { y0 = 1962; y1 = 1978; }
        else if (!spouse) { y0 = headYear + (headYear < 1955 ? 22 : -3); y1 = Math.min(2002, y0 + 8); }
        else { y0 = Math.max(headYear + 20, 1980); y1 = Math.min(2003, y0 + 10); }
        id = newId(y0, y1, false);
        if (k === 0) headYear = Number(id.slice(6, 10));
        labour = rng() < 0.75 ? '普通劳动力' : '技能劳动力';
        if (cat === 'E') work = pick(rng, insideWork);
        else { work = maonan < 5 ? '茂名市茂南区' : pick(rng, outsideWork); maonan++; }
        if (k === 0) rel = '户主';
        else if (!spouse) { rel = headYear < 1955 ? (Number(id[16]) % 2 ? '之子' : '之女') : '配偶'; spouse = true; }
        else rel = Number(id[16]) % 2 ? '之子' : (rng() < 0.6 ? '之女' : '儿媳');
      }
      persons.push({ town: v.town, village: v.base + '村', head: null, name: personName(rng), rel, id, labour, work, cat, _hh: hh });
    }
  }
  // household heads: the first member of each household (rel 户主, or the first listed when the head is an elder/child)
  { let cur = null; persons.forEach((p, i) => { if (i === 0 || persons[i - 1]._hh !== p._hh) cur = p.name; p.head = cur; }); }
  const E = persons.filter((p) => p.cat === 'E');
  const M = persons.filter((p) => p.cat === 'M');
  const N = persons.filter((p) => p.cat === 'N');
  assertEq('E', E.length, 84); assertEq('M', M.length, 30); assertEq('N', N.length, 16);
  const Eshuf = shuffle(rng, E);
  const T = Eshuf.slice(0, 42);
  const E4only = Eshuf.slice(42, 47);
  // T[0] gets an ID ending in X (written with lower-case x at the sign-in), T[1] is written with spaces
  T[0].id = newId(1970, 1995, true);
  const sess = [[], [], [], []];
  const addTo = (si, p, idWritten, note) => sess[si].push({ p, idWritten: idWritten || p.id, note: note || null });
  addTo(0, T[0], T[0].id.slice(0, 17) + 'x');
  addTo(2, T[1], T[1].id.slice(0, 6) + ' ' + T[1].id.slice(6, 14) + ' ' + T[1].id.slice(14));
  for (let i = 2; i < 42; i++) {
    const k = i < 22 ? 2 : i < 26 ? 3 : 1;
    const ss = shuffle(rng, [0, 1, 2]).slice(0, k);
    ss.forEach((s) => addTo(s, T[i]));
  }
  E4only.forEach((p) => addTo(3, p));
  T.slice(30, 38).forEach((p) => addTo(3, p));
  const Mvis = M.filter((p) => p.work !== '茂名市茂南区');
  const Mt = Mvis.slice(0, 4);
  addTo(0, Mt[0], null, '春节返乡'); addTo(1, Mt[0], null, '返乡'); addTo(1, Mt[1]); addTo(2, Mt[2]); addTo(0, Mt[3]); addTo(2, Mt[3]);
  addTo(3, Mvis[4]); addTo(3, Mvis[5]);
  const Nadult = N.filter((p) => p.labour !== '无劳动力（在校生）');
  addTo(0, Nadult[0]); addTo(1, Nadult[1]); addTo(2, Nadult[2]);
  for (let i = 0; i < 4; i++) {
    const rv = pick(rng, rosterVillages); const p = { name: personName(rng), id: newId(1968, 1998, false), village: rv.base + '村', town: rv.town };
    addTo(i % 3, p, null, '监测对象（非建档立卡）');
  }
  // reviewer's numerator: eligible persons whose ID appears in sessions 1-3
  const idsBy = new Set();
  for (let s = 0; s < 3; s++) sess[s].forEach((r) => idsBy.add(r.p.id));
  const trainedEligible = E.filter((p) => idsBy.has(p.id)).length;
  assertEq('trained eligible', trainedEligible, 42);
  const S2 = sess[0].length + sess[1].length + sess[2].length;
  assertEq('poor sign-in rows by cut-off', S2, 83);
  const rosterTrainedAll = new Set([...idsBy].filter((id) => persons.some((p) => p.id === id)));
  const migrantTrained = M.filter((p) => idsBy.has(p.id)).length;
  assertEq('migrant trained', migrantTrained, 4);

  // ---------------- general training sessions (计划执行表, 不含专场)
  // [期次, 计划时间, 实际时间(cell), iso, 主题, 地点, 计划人次, 实际(cell), 实际(number), 执行情况, 备注]
  const S = [
    ['2020年9月', D('2020-09-17'), '2020-09-17', '电商基础知识普及', '市电商公共服务中心', 150, 146],
    ['2020年9月', '2020.9.24', '2020-09-24', '农产品网店开设', '池洞镇政府会议室', 180, 188],
    ['2020年10月', '2020年10月15日', '2020-10-15', '短视频拍摄与剪辑', '市电商公共服务中心', 200, 192],
    ['2020年10月', '2020.10.29', '2020-10-29', '钱排三华李线上营销', '钱排镇文化站', 250, 245],
    ['2020年11月', D('2020-11-05'), '2020-11-05', '直播带货入门', '市电商公共服务中心', 180, 176],
    ['2020年11月', '2020年11月26日', '2020-11-26', '怀乡鸡品牌与包装', '怀乡镇政府会议室', 150, 139],
    ['2020年12月', '2020.12.10', '2020-12-10', '电商客服与售后', '市电商公共服务中心', 150, 162],
    ['2020年12月', '2020/12/24', '2020-12-24', '农村青年电商创业', '北界镇文化站', 180, '183人'],
    ['2021年1月', null, null, '年货节网络促销', '丁堡镇', 200, '—', '取消', '疫情防控要求暂停聚集性培训'],
    ['2021年1月', '2021.3.18', '2021-03-18', '微信社群营销', '镇隆镇政府会议室', 150, 151, '延期至2021年3月举办', null],
    ['2021年3月', '2021年3月4日', '2021-03-04', '电商基础知识普及', '水口镇文化站', 150, 168],
    ['2021年3月', D('2021-03-25'), '2021-03-25', '网店美工设计', '市电商公共服务中心', 150, 144],
    ['2021年4月', '2021.4.8', '2021-04-08', '电商运营实操', '市电商公共服务中心', 180, 177],
    ['2021年4月', '2021年4月20日', '2021-04-20', '农产品标准化与品牌', '金垌镇政府会议室', 150, 149],
    ['2021年5月', '2021.5.13', '2021-05-13', '跨境电商入门', '市电商公共服务中心', 120, '132人次'],
    ['2021年5月', D('2021-05-27'), '2021-05-27', '荔枝季直播带货', '合水镇文化站', 240, 235],
    ['2021年5月', '2021/5/31', '2021-05-31', '电商基础知识普及', '茶山镇政府会议室', 150, 163],
    ['2021年6月', '2021.6.10', '2021-06-10', '短视频运营进阶', '市电商公共服务中心', 180, 190],
    ['2021年6月', null, null, '电商基础知识普及', '洪冠镇', 150, '—', '未开展', '并入第20期'],
    ['2021年6月', '2021年6月24日', '2021-06-24', '电商基础知识普及（洪冠、白石）', '白石镇文化站', 250, 256],
    ['2021年7月', '2021.7.1', '2021-07-01', '社区团购与小程序', '东镇街道党群服务中心', 150, 174],
    ['2021年7月', D('2021-07-08'), '2021-07-08', '电商数据分析', '市电商公共服务中心', 120, 131],
    ['2021年7月', '2021.7.22', '2021-07-22', '农村电商物流', '大成镇政府会议室', 150, 168],
    ['2021年7月', '2021年7月29日', '2021-07-29', '直播带货实操', '平塘镇文化站', 220, 217],
    ['2021年8月', '2021.8.5', '2021-08-05', '电商基础知识普及', '新宝镇政府会议室', 150, 156],
    ['2021年8月', '2021/8/12', '2021-08-12', '网店运营', '思贺镇文化站', 150, 163],
    ['2021年8月', D('2021-08-19'), '2021-08-19', '电商基础知识普及', '贵子镇政府会议室', 150, 148],
    ['2021年8月', '2021.8.26', '2021-08-26', '电商基础知识普及', '朱砂镇政府会议室', 150, null],
    ['2021年9月', '2021.9.7', '2021-09-07', '秋季农产品网销', '市电商公共服务中心', 180, 186],
    ['2021年9月', '2021年9月16日', '2021-09-16', '电商基础知识普及', '玉都街道党群服务中心', 200, 203],
  ];
  const S1target = 4668 - S2; // 4,585
  let s1 = 0, iLast = -1;
  S.forEach((r, i) => { if (r[2] && r[2] <= ASOF) { if (r[6] === null) iLast = i; else s1 += typeof r[6] === 'number' ? r[6] : parseInt(r[6], 10); } });
  S[iLast][6] = S1target - s1;
  if (S[iLast][6] < 100 || S[iLast][6] > 260) throw new Error('last session out of range ' + S[iLast][6]);
  const countedSessions = S.filter((r) => r[2] && r[2] <= ASOF).length;
  assertEq('counted sessions', countedSessions, 26);
  const afterSep = S.filter((r) => r[2] && r[2] > ASOF).reduce((a, r) => a + r[6], 0);
  const plannedSum = S.reduce((a, r) => a + r[5], 0);
  const totalPT = 4668;
  if (plannedSum < 5000 || totalPT + afterSep < 5000) throw new Error('trap sums');

  // ---------------- enterprises (物业费收缴台账)
  const ent = [
    ['101', '信宜市玉都优品电子商务有限公司', '平台型电商企业', D('2020-09-26'), null],
    ['102', '信宜市钱排三华李专业合作社（网店）', '销售型企业', '2020.9.26', null],
    ['103', '茂名市云端电商有限公司', '电商运营服务商', '2020年9月26日', null],
    ['105', '信宜市怀乡鸡农业发展有限公司', '销售型企业', '2020.10.12', null],
    ['106', '信宜市邮政快递物流分拨中心（电商仓）', '物流企业', D('2020-10-20'), null],
    ['107', '信宜市山货郎电子商务商行', '销售型企业', '2020/11/3', null],
    ['108', '信宜市好视觉摄影设计工作室', '电商运营服务商', '2020.11.16', '2021.6.30'],
    ['201', '信宜市南药电商有限公司', '销售型企业', '2020年12月1日', null],
    ['202', '信宜市锦江网络科技有限公司', '电商运营服务商', D('2020-12-14'), null],
    ['203', '广东信宜乡村购平台有限公司', '平台型电商企业', '2021.1.5', null],
    ['205', '信宜市中通快递电商服务部', '物流企业', '2021年1月', null],
    ['206', '信宜市竹编工艺品网店', '销售型企业', '2021.2.22', null],
    ['207', '信宜市思贺淮山电子商务商行', '销售型企业', D('2021-03-08'), null],
    ['208', '信宜市直播星传媒有限公司', '电商运营服务商', '2021.3.29', null],
    ['301', '信宜市金垌腐竹食品有限公司', '销售型企业', '2021年4月12日', null],
    ['302', '信宜市金垌腐竹食品有限公司', '销售型企业', '2021年4月12日', null, '与301同一企业（租两间）'],
    ['303', '信宜市百香果电商专业合作社', '销售型企业', '2021.5.6', null],
    ['305', '信宜市韵达快递电商仓配点', '物流企业', D('2021-05-20'), null],
    ['306', '信宜市大成沙田柚网店', '销售型企业', '2021/6/15', null],
    ['307', '信宜市贵子米酒电子商务商行', '销售型企业', '2021.7.19', null],
    ['308', '信宜市新宝茶业电商部', '销售型企业', '2021年8月2日', null],
    ['309', '信宜市平塘蜂蜜网店', '销售型企业', '2021.9.3', null, '9月起计费'],
  ];
  const codeOf = new Map();
  ent.forEach((e) => { if (!codeOf.has(e[1])) codeOf.set(e[1], creditCode(rng, '440983')); });
  const isoOf = (c) => {
    if (c && c.date) return c.date;
    let m = /^(\d{4})[.\/年](\d{1,2})[.\/月](\d{1,2})/.exec(c); if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    m = /^(\d{4})年(\d{1,2})月$/.exec(c); if (m) return `${m[1]}-${m[2].padStart(2, '0')}`;
    throw new Error('date? ' + c);
  };
  const present = new Set();
  const kinds = new Set();
  ent.forEach((e) => { const inD = isoOf(e[3]); const out = e[4] ? isoOf(e[4]) : null; if (inD <= ASOF && (!out || out > ASOF)) { present.add(codeOf.get(e[1])); kinds.add(e[2]); } });
  assertEq('enterprises present', present.size, 19);
  assertEq('enterprise kinds', kinds.size, 4);

  // ---------------- funds (tree)
  const projects = [
    ['一、县级电商公共服务中心建设及运营', '茂名市云端电商有限公司', 150, [['首期款', '2020.6.18', '2020-06-18', 45], ['二期款', D('2020-10-09'), '2020-10-09', 60], ['三期款', '2021/3/26', '2021-03-26', 30], ['尾款', null, null, null, '待终验后支付']]],
    ['二、村级电商服务站点建设', '中国邮政集团有限公司信宜市分公司', 160, [['第一批站点', '2020年8月20日', '2020-08-20', 50], ['第二批站点', '2020.12.25', '2020-12-25', 48.6], ['第三批站点', D('2021-06-30'), '2021-06-30', 35], ['第四批站点', '2021.9.6', '2021-09-06', 25.7]]],
    ['三、农村电商人才培训', '茂名市南粤职业培训学校', 60, [['2020年度培训费', '2020.12.10', '2020-12-10', 18], ['2021年上半年培训费', '2021年5月20日', '2021-05-20', 15], ['2021年下半年培训费（预付）', '2021.9.6', '2021-09-06', 12]]],
    ['四、县镇村三级物流配送体系', '信宜市中通快递服务有限公司', 70, [['首期款', D('2021-01-15'), '2021-01-15', 35], ['二期款', '2021.7.28', '2021-07-28', 21]]],
    ['五、农产品品牌推广及质量溯源', '广东溯源通信息技术有限公司', 40, [['首期款', '2021/4/16', '2021-04-16', 20]]],
    ['六、公共信息服务系统', '信宜市锦江网络科技有限公司', 20, [['验收款', '2021.8.12', '2021-08-12', 11]]],
  ];
  let paidBy = 0, paidAfter = 0;
  projects.forEach((p) => p[3].forEach((x) => { if (x[3]) { if (x[2] <= ASOF) paidBy += x[3] * 10000; else paidAfter += x[3] * 10000; } }));
  paidBy = Math.round(paidBy); paidAfter = Math.round(paidAfter);
  assertEq('funds paid by cut-off (元)', paidBy, 3886000);
  assertEq('funds paid after cut-off (元)', paidAfter, 377000);

  // ================================================================= sheets
  const sheets = [];

  // ---- 1. 自评会议记录 (facts)
  {
    const R = []; const M = [];
    const W = 6;
    const full = (text) => { R.push([text]); M.push(`A${R.length}:${colName(W - 1)}${R.length}`); };
    full('信宜市电子商务进农村综合示范创建考评自评工作会议记录');
    R.push(['会议时间：2021年9月3日（星期五）上午9:00', null, null, '会议地点：市政府三楼第二会议室']); M.push(`A2:C2`, `D2:F2`);
    R.push(['主持人：何××（副市长、领导小组副组长）', null, null, '记录人：梁××（市商务局电商股）']); M.push(`A3:C3`, `D3:F3`);
    full('参会单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市统计局、市邮政管理局、市应急管理局，市电商公共服务中心运营方（茂名市云端电商有限公司）');
    full('会议议题：逐项核定考评基础数据（截至2021年8月31日）、审定主观评分项自评分和各指标自评得分，形成自评报告报茂名市商务局。核定结果以“会议核定”栏为准，写“同意”的按汇报情况。');
    R.push([]);
    full('一、基础数据逐项核定');
    R.push(['序号', '事项', '汇报单位', '汇报情况', '会议核定', '备注']);
    const F = [
      ['县（市、区）', '市商务局', '信宜市', '同意', null],
      ['考评截止日期', '市商务局', '2021年8月31日', '同意', '粤商务电函〔2021〕101号'],
      ['常住人口', '市统计局', '98.7万人（2020年统计年报推算）', '改按第七次全国人口普查数：101.96万人', '户籍人口146.3万人，不作考评基数'],
      ['行政村数', '市民政局', '村民委员会352个，社区居民委员会33个', '同意', '名册见《村居名册》'],
      ['省定贫困村', '市乡村振兴局', '56个（已全部出列）', '同意', null],
      ['领导小组', '市商务局', '组长：市委副书记、市长；副组长：分管副市长；成员：市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办）、市市场监管局、市交通运输局、信宜邮政分公司等12个单位', '同意', '信府办〔2020〕36号调整'],
      ['示范县工作方案', '市商务局', '已正式印发（信府办〔2019〕88号）', '同意', null],
      ['支持农村电商发展的政策', '市商务局', '已出台《信宜市促进农村电子商务发展若干措施》（信府〔2020〕12号）', '同意', null],
      ['县级电商公共服务中心投入运营', '运营方', '2020年9月26日开业运营', '同意', null],
      ['中心免费培训场所及设备', '运营方', '有（培训室2间、电脑60台）', '同意', null],
      ['中心免费展示、销售特色农产品', '运营方', '有（展厅300㎡）', '同意', null],
      ['中心免费摄影、美工服务', '运营方', '有', '核定为“无”：摄影棚、美工按成本收费，不属免费服务', null],
      ['组织农产品统一推广、指导品牌建设', '运营方', '有（“信宜怀乡鸡”“钱排三华李”区域品牌推广）', '同意', null],
      ['其他衍生增值服务', '运营方', '有（代办证照、金融对接、物流对接）', '同意', null],
      ['电商产业园', '市商务局', '已建成（信宜市电子商务产业园，与中心同址）', '同意', '入驻企业见《园区物业费台账》'],
      ['专业第三方电商运营服务商', '市商务局', '有（茂名市云端电商有限公司）', '同意', null],
      ['行政村物流快递覆盖率', '市邮政管理局', '100%', '同意', '市邮政管理局出具证明'],
      ['2019年农村网络零售额', '市统计局', '38.21亿元', '同意', null],
      ['2020年农村网络零售额', '市统计局', '46.92亿元，同比增长22.8%', '同意', null],
      ['2019年农产品网络零售额', '市统计局', '9.63亿元', '同意', null],
      ['2020年农产品网络零售额', '市统计局', '12.84亿元，同比增长33.3%', '同意', null],
      ['电商培训人次', '运营方', '5,230人次（含9月上旬两期）', '按截至8月31日口径核定为4,668人次（普及培训4,585人次＋贫困户专场83人次）', null],
      ['有劳动能力的建档立卡贫困人口（不含外出务工）', '市乡村振兴局', '84人', '同意', '务工地点在信宜市外的按外出务工'],
      ['参加培训的建档立卡贫困人口', '运营方', '46人', '核定为42人：其中4人为外出务工人员，不计入', null],
      ['专栏公示创建方案', '市商务局', '是', '同意', null],
      ['专栏公示项目基本信息', '市商务局', '是', '同意', null],
      ['专栏公示项目建设进度', '市商务局', '是（按月公示）', '同意', null],
      ['专栏征求意见或监督举报窗口', '市商务局', '是（监督举报邮箱、电话）', '同意', null],
      ['能统计电商扶贫情况', '市商务局', '能（每月随月报报送电商扶贫统计表）', '同意', null],
      ['省级专项资金下达', '市财政局', '500万元', '同意', null],
      ['累计拨付', '市财政局', '426.3万元', '核定为截至8月31日388.6万元（9月6日拨付的37.7万元不计）', null],
      ['资金管理制度', '市财政局', '已制定（信财〔2019〕45号）', '同意', null],
      ['资金专用台账', '承建单位', '已建立', '同意', null],
      ['项目总体进度', '市商务局', '85%', '同意', null],
      ['安全生产、质量事故或重大经济损失', '市应急管理局', '未发生', '同意', null],
      ['弄虚作假', '市商务局', '无', '同意', null],
    ];
    F.forEach((f, i) => R.push([i + 1].concat(f)));
    R.push([]);
    full('二、主观评分项审定');
    R.push(['序号', '评分项', '分值范围', '商务局建议分', '会议审定分', '审定理由']);
    const J = [
      ['方案制定', '1-2', 2, 2, null],
      ['政策支持', '1-2', 2, 2, null],
      ['项目管理制度', '1-2', 2, 2, null],
      ['工作台账', '1-2', 2, 2, null],
      ['网销调研', '1-2', 2, 2, null],
      ['网络促销活动', '1-2', 2, 2, null],
      ['交易标准及冷链、溯源系统', '1-2', 2, 1, '冷链仓尚未建成'],
      ['资金管理制度', '1-5', 5, 5, null],
      ['资金台账', '1-5', 5, 4, '部分承建单位凭证未装订成册'],
      ['资金及时拨付', '1-5', 5, 4, '站点第四批款未按合同节点支付'],
    ];
    J.forEach((j, i) => R.push([i + 1].concat(j)));
    R.push([]);
    full('三、自评得分（会议通过）');
    R.push(['序号', '评价指标', '分值', '自评得分', '说明']);
    const C = [
      ['组织领导', 2, 2, '市长任组长，四部门参与'],
      ['方案制定', 2, 2, null],
      ['政策支持', 2, 2, null],
      ['项目管理', 4, 4, '制度2分、台账2分'],
      ['服务体系建设—县级中心及产业园', 15, 14, '免费摄影美工不得分；产业园入驻企业22家'],
      ['服务体系建设—村级站点', 10, 10, '站点覆盖行政村144个（72%），省定贫困村56个全覆盖'],
      ['农村产品上行', 10, 9, null],
      ['电商人才培训', 20, 18, '培训人次0.93%；贫困人口培训率50%'],
      ['信息公开', 4, 4, null],
      ['数据上报', 6, 6, null],
      ['案例总结', 2, 2, null],
      ['经验推广', 8, 8, '省级4分、市级3分（茂名日报）、县级1分'],
      ['资金管理制度', 5, 5, null],
      ['资金台账', 5, 4, null],
      ['资金支出', 5, 4, null],
      ['加分项：贫困人口培训率70%以上', 2, 0, null],
      ['加分项：电商扶贫案例获电视播报', 2, 1, '广东广播电视台（省级）'],
      ['一票否决项', '—', '无', null],
    ];
    C.forEach((c, i) => R.push([i + 1].concat(c)));
    R.push([null, '合计', 100, 95, '含加分1分']);
    R.push([]);
    full('四、会议要求：1.市商务局9月6日前完成自评报告报茂名市商务局；2.各成员单位按分工补齐台账佐证；3.站点第四批款、培训费尾款按合同节点支付，不得突击拨付。');
    R.push(['参会人员签到见附页', null, null, '记录人：梁××    审核：邓××']); M.push(`A${R.length}:C${R.length}`, `D${R.length}:F${R.length}`);
    sheets.push(sheet('自评会议记录', R, M));
  }

  // ---- 2. 村居名册
  {
    const R = [['信宜市村（社区）“两委”换届选举情况统计表（村居名册）'], ['数据来源：市民政局、市委组织部', null, null, null, null, '统计时间：2021年4月'],
      ['序号', '镇（街道）', '村（居）委会名称', '换届选举日期', '党组织书记', '是否“一肩挑”', '户籍人口（人）', '备注']];
    const M = ['A1:H1', 'A2:E2', 'F2:H2'];
    let n = 0;
    for (const [town] of towns) {
      const list = villages.filter((v) => v.town === town);
      const start = R.length + 1;
      const dayBase = 1 + Math.floor(rng() * 20);
      list.forEach((v, i) => {
        n++;
        const day = dayBase + (i % 5);
        const ed = i % 3 === 0 ? D(`2021-03-${String(day).padStart(2, '0')}`) : i % 3 === 1 ? `2021.3.${day}` : `2021年3月${day}日`;
        R.push([n, i === 0 ? town : null, v.listName, ed, personName(rng), rng() < 0.85 ? '是' : '否', 800 + Math.floor(rng() * 4200), v.admin ? null : (rng() < 0.3 ? '城镇社区' : null)]);
      });
      if (list.length > 1) M.push(`B${start}:B${R.length}`);
    }
    R.push([null, '合计', `村民委员会${nAdmin}个、社区居民委员会${nComm}个`]);
    R.push(['注：1.本表为2021年村（社区）“两委”换届统计表；2.户籍人口为公安户籍数。']);
    M.push(`C${R.length - 1}:H${R.length - 1}`, `A${R.length}:H${R.length}`);
    sheets.push(sheet('村居名册', R, M));
  }

  // ---- 3. 省定贫困村
  {
    const R = [['信宜市省定相对贫困村名单'], ['序号', '镇', '村委会', '帮扶单位', '出列年度']];
    const helpers = ['广东省财政厅', '广东省科学技术厅', '广东省人民检察院', '广东省气象局', '茂名市委组织部', '中国电信广东公司', '广州市黄埔区', '南方电网广东公司', '广东省农业农村厅', '广东省人民医院'];
    poorOrdered.forEach((v, i) => R.push([i + 1, v.town, rng() < 0.5 ? v.base + '村' : v.base + '村委会', pick(rng, helpers), rng() < 0.7 ? '2019年' : '2020年']));
    R.push([null, '合计', '56个']);
    sheets.push(sheet('省定贫困村', R, ['A1:E1']));
  }

  // ---- 4. 站点授牌登记
  {
    const R = [['信宜市村级电子商务服务站点授牌登记表'], ['登记单位：信宜市商务局电商股', null, null, null, '按授牌时间顺序登记（含补发牌匾）'],
      ['牌匾编号', '授牌对象（站点名称）', '所在镇（街道）', '所在村（居）', '授牌日期', '领牌人', '联系电话', '备注']];
    stationRows.forEach((s) => R.push(s.row));
    R.push([]);
    R.push(['注：牌匾编号带“（补）”的为原站点补发牌匾，不是新建站点。']);
    sheets.push(sheet('站点授牌登记', R, ['A1:H1', 'A2:D2', 'E2:H2', `A${R.length}:H${R.length}`]));
  }

  // ---- 5. 培训计划执行表
  {
    const R = [['信宜市农村电商普及培训计划执行情况表（不含贫困户专场，专场见《贫困户专场签到》）'], ['填报单位：信宜市电子商务公共服务中心', null, null, null, null, '单位：人次'],
      ['期次', '计划时间', '实际培训时间', '培训主题', '培训地点', '计划人次', '实际参训人次', '执行情况', '备注']];
    S.forEach((r, i) => {
      const status = r[7] || (r[2] && r[2] > ASOF ? '已完成' : '已完成');
      R.push([`第${i + 1}期`, r[0], r[1], r[3], r[4], r[5], r[6], status, r[8] || null]);
    });
    R.push([null, '合计', null, null, null, plannedSum, null, null, '实际参训人次见各期']);
    R.push(['注：执行情况为“取消”“未开展”的期次没有举办。']);
    sheets.push(sheet('培训计划执行表', R, ['A1:I1', 'A2:E2', 'F2:I2', `A${R.length}:I${R.length}`]));
  }

  // ---- 6. 贫困户专场签到
  {
    const R = [['信宜市建档立卡贫困户电商技能专场培训签到表'], ['序号', '期次', '培训日期', '姓名', '性别', '身份证号码', '镇村', '签名', '备注']];
    const meta = [['第一期', '2020年11月19日', '镇隆镇'], ['第二期', D('2021-04-22'), '钱排镇'], ['第三期', '2021.7.15', '市电商公共服务中心'], ['第四期', '2021.9.9', '池洞镇']];
    let n = 0;
    for (let s = 0; s < 4; s++) {
      const rows = shuffle(rng, sess[s]);
      rows.forEach((r, i) => {
        n++;
        const g = Number(r.p.id[16]) % 2 === 1 ? '男' : '女';
        R.push([n, i === 0 ? meta[s][0] : '〃', i === 0 ? meta[s][1] : '〃', r.p.name, g, r.idWritten, (r.p.town || '') + r.p.village, rng() < 0.1 ? '（代签）' : r.p.name, i === 0 ? `地点：${meta[s][2]}` + (r.note ? '；' + r.note : '') : r.note]);
      });
    }
    R.push(['注：“〃”表示同上。']);
    sheets.push(sheet('贫困户专场签到', R, ['A1:I1', `A${R.length}:I${R.length}`]));
  }

  // ---- 7. 贫困人口花名册
  {
    const R = [['信宜市建档立卡贫困人口劳动力花名册（电商培训摸底）'], ['数据来源：信宜市乡村振兴局（2021年6月）', null, null, null, null, null, '注：务工地点在信宜市以外的为外出务工'],
      ['序号', '镇', '村', '户主', '姓名', '与户主关系', '身份证号码', '劳动力状况', '务工地点', '备注']];
    persons.forEach((p, i) => R.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.labour, p.work || '—', null]));
    R.push([null, '合计', `${persons.length}人`]);
    sheets.push(sheet('贫困人口花名册', R, ['A1:J1', 'A2:F2', 'G2:J2']));
  }

  // ---- 8. 园区物业费台账 (enterprises)
  {
    const R = [['信宜市电子商务产业园物业管理费收缴台账（2021年）'], ['管理单位：信宜市电子商务产业园运营中心', null, null, null, null, null, null, '单位：元'],
      ['序号', '房号', '承租企业', '统一社会信用代码', '企业类型', '入驻日期', '退租日期', '第一季度', '第二季度', '第三季度', '备注']];
    const rows = ent.map((e) => e);
    rows.splice(3, 0, ['104', '（空置）', null, null, null]);
    rows.splice(15, 0, ['209', '（空置，装修中）', null, null, null]);
    let n = 0; let q = [0, 0, 0];
    rows.forEach((e) => {
      if (e[1].startsWith('（空置')) { R.push([null, e[0], e[1], null, null, null, null, '—', '—', '—', null]); return; }
      n++;
      const fee = 900 + 150 * Math.floor(rng() * 6);
      const inD = isoOf(e[3]);
      const f1 = inD <= '2021-01-01' ? fee : (inD <= '2021-03-31' ? Math.round(fee / 2) : '—');
      const f2 = inD <= '2021-06-30' ? fee : '—';
      const f3 = e[4] ? '—' : (inD <= '2021-08-31' ? fee : Math.round(fee / 3));
      [f1, f2, f3].forEach((x, k) => { if (typeof x === 'number') q[k] += x; });
      R.push([n, e[0], e[1], codeOf.get(e[1]), e[2], e[3], e[4], f1, f2, f3, e[5] || (e[4] ? '已退租' : null)]);
    });
    R.push([null, '合计', null, null, null, null, null, q[0], q[1], q[2], null]);
    sheets.push(sheet('园区物业费台账', R, ['A1:K1', 'A2:G2', 'H2:K2']));
  }

  // ---- 9. 资金拨付台账 (tree)
  {
    const R = [['信宜市省级电子商务进农村综合示范专项资金拨付台账'], ['下达资金：500万元（茂财工〔2019〕118号）', null, null, null, '单位：万元'],
      ['项目 / 拨付批次', '承建单位', '合同金额', '拨付日期', '拨付金额', '凭证号', '备注']];
    let v = 0;
    projects.forEach((p) => {
      R.push([p[0], p[1], p[2], null, null, null, null]);
      p[3].forEach((x, i) => {
        const last = i === p[3].length - 1;
        v++;
        R.push([(last ? '  └─ ' : '  ├─ ') + x[0], null, null, x[1], x[3], x[3] ? `记-${(x[2] || '').slice(0, 7)}-${String(v * 7).padStart(3, '0')}` : null, x[4] || null]);
      });
    });
    R.push(['合计', null, 500, null, 426.3, null, '统计至2021年9月10日']);
    R.push(['注：项目行的金额为合同金额，“├─”“└─”行为实际拨付。']);
    sheets.push(sheet('资金拨付台账', R, ['A1:G1', 'A2:D2', 'E2:G2', `A${R.length}:G${R.length}`]));
  }

  // ---- 10. 月报报送
  {
    const R = [['信宜市电子商务进农村工作月报报送登记'], ['序号', '报送日期', '报送文件', '报送方式', '接收单位', '含电商扶贫统计']];
    const rep = [
      [D('2020-08-07'), '7月份电商进农村工作进展', '粤政易', '否'],
      ['2020.9.8', '8月份工作进展及电商统计报表', '粤政易', '是'],
      ['2020年10月10日', '9月份工作进展', '电子邮件', '是'],
      ['2020/11/9', '10月份工作进展', '粤政易', '是'],
      [D('2020-12-08'), '11月份工作进展', '粤政易', '是'],
      ['2021.1.11', '12月份工作进展及全年电商扶贫统计', '电子邮件', '是'],
      ['2021年2月5日', '1月份工作进展', '粤政易', '是'],
      ['2021.3.9', '2月份工作进展', '粤政易', '否'],
      ['2021.3.22', '电商扶贫专报（第3期）', '电子邮件', '是'],
      [D('2021-04-08'), '3月份工作进展', '粤政易', '是'],
      ['2021.5.10', '4月份工作进展', '粤政易', '是'],
      ['2021年6月9日', '5月份工作进展', '电子邮件', '是'],
      ['2021/7/8', '6月份工作进展', '粤政易', '是'],
      ['2021.8.9', '7月份工作进展', '粤政易', '是'],
      ['2021.9.7', '8月份工作进展', '粤政易', '是'],
    ];
    rep.forEach((r, i) => R.push([i + 1, r[0], r[1], r[2], '茂名市商务局', r[3]]));
    sheets.push(sheet('月报报送', R, ['A1:F1']));
  }

  // ---- 11. 专栏更新 (four groups side by side)
  {
    const R = [['信宜市人民政府网“电子商务进农村综合示范”专栏内容登记'],
      ['序号', '一、创建方案', null, '二、项目基本信息', null, '三、项目建设进度', null, '四、征求意见及监督举报', null],
      [null, '发布日期', '标题', '发布日期', '标题', '发布日期', '标题', '发布日期', '标题']];
    const g1 = [[D('2020-07-20'), '信宜市电子商务进农村综合示范县创建工作方案']];
    const g2 = [['2020.8.15', '示范项目基本信息公示'], ['2021.2.24', '示范项目基本信息变更公示（站点承建单位变更）']];
    const g3 = [['2020.8.12', '7月份项目建设进度'], ['2020.9.10', '8月份项目建设进度'], [D('2020-10-12'), '9月份项目建设进度'], ['2020.11.10', '10月份项目建设进度'], ['2020年12月9日', '11月份项目建设进度'], ['2021.1.11', '12月份项目建设进度'],
      ['2021.3.10', '1-2月份项目建设进度'], [D('2021-04-12'), '3月份项目建设进度'], ['2021.5.11', '4月份项目建设进度'], ['2021/6/10', '5月份项目建设进度'], ['2021.7.12', '6月份项目建设进度'], ['2021年8月10日', '7月份项目建设进度'], ['2021.9.10', '8月份项目建设进度']];
    const g4 = [[D('2020-07-20'), '设立监督举报邮箱和电话'], ['2021.6.1', '关于征求示范项目建设意见的公告']];
    const n = Math.max(g1.length, g2.length, g3.length, g4.length);
    for (let i = 0; i < n; i++) {
      const c = (g) => (g[i] ? g[i] : [null, null]);
      R.push([i + 1].concat(c(g1), c(g2), c(g3), c(g4)));
    }
    sheets.push(sheet('专栏更新', R, ['A1:I1', 'A2:A3', 'B2:C2', 'D2:E2', 'F2:G2', 'H2:I2']));
  }

  // ---- 12. 宣传报道
  {
    const R = [['信宜市电子商务进农村综合示范宣传报道登记'], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
    const md = [
      ['2020.11.26', '南方日报', '省级', '报纸', '信宜三华李“触网”卖全国', '否'],
      [D('2021-01-15'), '信宜市融媒体中心', '县级', '网络', '我市村级电商服务站点实现省定贫困村全覆盖', '否'],
      ['2021年4月27日', '广东广播电视台《广东新闻》', '省级', '电视', '信宜贫困户借电商卖怀乡鸡 户均增收四千元', '是'],
      ['2021/6/10', '信宜发布', '县级', '微信公众号', '电商直播进钱排 三华李一天卖出两万斤', '否'],
      ['2021.9.8', '茂名日报', '市级', '报纸', '信宜：电商服务站成了村民“好帮手”', '否'],
      [D('2021-09-10'), '茂名广播电视台', '市级', '电视', '信宜电商助农见闻', '是'],
    ];
    md.forEach((m, i) => R.push([i + 1].concat(m)));
    sheets.push(sheet('宣传报道', R, ['A1:G1']));
  }

  // ---- 13. 经验材料
  {
    const R = [['报送茂名市商务局经验材料登记'], ['序号', '报送日期', '材料名称', '报送单位'],
      [1, '2021.6.18', '信宜市“电商+合作社+贫困户”带贫增收经验材料', '茂名市商务局'],
      [2, D('2021-09-06'), '信宜市电子商务进农村综合示范创建工作总结', '茂名市商务局']];
    sheets.push(sheet('经验材料', R, ['A1:D1']));
  }
  // ---- 14. hidden drop-down source
  sheets.push(sheet('下拉', [['是', '已完成', '省级'], ['否', '取消', '市级'], [null, '延期', '县级'], [null, '未开展', null]], null, true));

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4, 'work.center': 12, 'work.coverage': 7,
    'work.upward': 9, 'work.training': 18, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = SCORE_IDS.filter((k) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, k) => a + points[k], 0);
  assertEq('xinyi scored sum', scored, 86);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4, 'work.center': 14, 'work.coverage': 10,
    'work.upward': 9, 'work.training': 18, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const derivation = [
    'asOf: 《自评会议记录》第2项“考评截止日期 2021年8月31日（同意）” → 2021-08-31；近一年窗口2020-09…2021-08；运行满6个月的界线2021-02-28。',
    'org.leadership: 第6项领导小组“组长：市委副书记、市长”（主要领导），成员有市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办） → 2。会议主持人是副市长（领导小组副组长），不是牵头领导。',
    'org.plan: 第7项方案已正式印发；主观评分项“方案制定”会议审定2分 → 2',
    'org.policy: 第8项政策已出台；“政策支持”会议审定2分 → 2',
    'org.management: “项目管理制度”2 + “工作台账”2（会议审定分） → 4',
    `work.center: 中心2020-09-26开业 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训场所“有” → 2；免费展示销售“有” → 1；免费摄影美工：汇报“有”，会议核定为“无” → 0；统一推广/品牌“有” → 1；其他增值服务“有” → 1；产业园已建成 → 2；《园区物业费台账》22行承租记录（另2行空置）中：金垌腐竹食品有限公司租301、302两间（同一信用代码，只算1家），好视觉摄影设计工作室2021.6.30已退租，平塘蜂蜜网店2021.9.3才入驻 → 截止日在园 21−1−1 = ${present.size}家 < 20 → 0；在园企业类型有平台型电商企业、销售型企业、电商运营服务商、物流企业4类 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12（自评14：把22行都当作入驻企业）`,
    `work.coverage: 《村居名册》村民委员会（村委会）${nAdmin}个、社区居委会${nComm}个 → 行政村352个 ≥ 200，以200为基数；《站点授牌登记》${stationCount}行中，截止日前授牌、所在地为名册内行政村的不同村共138个（同村第二个站点2个只算一次；3个社区服务点不计；大成林场服务点不在名册内不计；带“（补）”的3行是补发牌匾不是新站点；2021年9月16日授牌的4个新村不计；两行“所在村”空白的，从站点名称“信宜市××镇××村电商服务站”读出村名） → 138/200 = 69% < 70%，≥ 50% → 2（这几类差错任何一类都会把分子推到140以上、误得5：3个社区点当行政村 → 141；9月授牌的4村 → 142；按站点行数而不是按不同村数计，截止日前的2个第二站 → 140，或截止日前2行补发牌匾 → 140；林场点单独多算只到139）；《省定贫困村》56个，均有截止日前授牌的站点（其中一个“所在村”空白，一个授牌日期只写“2021年8月”，按2021-08计在截止月内）→ 56/56 = 100% → 5；合计 2+5 = 7（自评10：“覆盖行政村144个”把社区点、第二站、林场点算进去了）`,
    'work.upward: 网销调研2、网络促销2（会议审定） → 4；第三方运营服务商“有” → 1；名册没有快递栏，按第17项“行政村物流快递覆盖率100%” → 1；交易标准及冷链溯源会议审定1 → 1；农村网零 46.92/38.21 = +22.8% < 30%，但农产品网零 12.84/9.63 = +33.3% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9',
    `work.training: 《培训计划执行表》（不含专场）截止日前实际举办的26期实际参训人次合计4,585（第9期“取消”、第19期“未开展”没有人次；第10期计划1月、延期到2021.3.18举办，计入；第29、30期在2021年9月，共${afterSep}人次不计；“计划人次”列合计${plannedSum}不是实际数）；《贫困户专场签到》前三期（2020-11-19、2021-04-22、2021-07-15；“〃”为同上）签到83行，第四期2021-09-09的${sess[3].length}行不计；合计 4,585 + 83 = 4,668 人次 ÷ min(1,019,600, 500,000) = 0.9336%，0.8%–1% → 8（把9月两期算进去会超过1%误得10）。《贫困人口花名册》130人中劳动力状况为普通/技能劳动力、务工地点在信宜市内的84人（务工地点为外市的30人是外出务工，其中5人在“茂名市茂南区”——市区不属信宜市，仍是外出；16人丧失劳动力/无劳动力（含在校生））；其身份证号出现在前三期签到中的有42人（一人签到时末位写小写x，一人身份证号中间有空格，都是花名册上的同一人；只参加第四期的5人不计；4名外出务工人员、3名无劳动力人员和4名非建档立卡监测对象参训不在分子里） → 42/84 = 50% ≥ 50% → 10；合计 8+10 = 18`,
    'info.disclosure: 第25–28项方案、项目信息、建设进度、监督举报窗口均“是” → 2；《专栏更新》四组并排：“三、项目建设进度”在2020-09…2021-08中缺2021年2月（1-2月合并于2021.3.10发布），但“二、项目基本信息”有2021.2.24的变更公示，所以12个月每月都有更新 → 2；合计 4',
    'info.reporting: 《月报报送》报茂名市商务局，2020-09…2021-08每个月都有报送（2020-08-07、2021-09-07在窗口外） → 3；“含电商扶贫统计”有“是”，第29项也“能” → 3；合计 6',
    'promo.cases: 《经验材料》2021-06-18报茂名市商务局 ≤ 截止日 → 2',
    'promo.media: 截止日前：南方日报、广东广播电视台（省级）→ 4；信宜市融媒体中心、信宜发布（县级）→ 1；市级的茂名日报2021-09-08、茂名广播电视台2021-09-10都在截止日后 → 0；合计 5（自评8把茂名日报算作市级）',
    'fund.system: 资金管理制度已制定；会议审定5分 → 5',
    'fund.ledger: 会议审定4分 → 4',
    `fund.spending: 《资金拨付台账》（万元）“├─/└─”拨付行中截止日前的12笔：45+60+30+50+48.6+35+18+15+35+21+20+11 = 388.6万元 = 3,886,000元（2021.9.6的第四批站点25.7万元和培训预付12万元共37.7万元不计；项目行的合同金额、“尾款 待终验后支付”行、合计行都不是拨付）÷ 下达5,000,000元 = 77.7% ≥ 70% → 取会议审定“资金及时拨付”4分 → 4`,
    'bonus.poorTraining: 贫困人口培训率 42/84 = 50% < 70% → 0',
    'bonus.tvCase: 截止日前的电商扶贫典型案例电视播报是广东广播电视台《广东新闻》2021-04-27（省级）→ 1；茂名广播电视台（市级，且在截止日后）不加分',
    'veto.incident: 第35项“未发生” → 0',
    'veto.progress: 第34项项目总体进度85% ≥ 40% → 0',
    'veto.fraud: 第36项“无” → 0',
    'total: 2+2+2+4+12+7+9+18+4+6+2+5+5+4+4 = 86，加分 0+1 = 1 → 87；未否决。会议通过的自评95分，差在县级中心及产业园（入驻企业只有19家）、村级站点（138/200 = 69%）、经验推广（市级报道在截止日后）。',
  ];
  const desc = '信宜市（茂名）商务局整本考评工作簿（14个表，含一张隐藏下拉表），中等偏上（87分，含加分1分，未否决；会议通过的自评95分）。事实表是《自评工作会议记录》：会议时间/地点/主持人/参会单位/议题的表头块，下面“一、基础数据逐项核定”为 序号|事项|汇报单位|汇报情况|会议核定|备注——“会议核定”写“同意”的取汇报情况，写了新值的以核定为准（常住人口改七普101.96万、摄影美工改“无”、培训人次和参训贫困人口、累计拨付改按截止日口径），“二、主观评分项审定”取会议审定分，“三、自评得分”是 claimed，“四、会议要求”为文字；主持人是副市长，牵头领导要看第6项领导小组。台账新写法：村居名册是“两委”换届选举统计表（换届日期、书记、户籍人口都不是站点数据，类型只看名称后缀）；站点是按授牌时间顺序的《站点授牌登记》（带“（补）”的补发牌匾行、同村第二站、社区点、林场点、9月授牌、两行所在村空白）；普及培训是计划执行表（计划人次/实际人次/取消/未开展/延期）；贫困户专场签到日期和期次用“〃”；贫困人口花名册的外出务工只看“务工地点”是否在信宜市外（茂名市茂南区也算外出）；产业园企业是物业费收缴台账（两间房同一企业、空置房、退租、9月入驻）；资金台账是“项目行＋├─/└─拨付行”的树形；专栏内容按四个栏目左右并排。';
  return {
    description: desc,
    sheets,
    expect: { asOf: ASOF, total: 87, bonus: 1, vetoed: false, points, claimed },
    derivation,
  };
}

// =====================================================================================================
// F1 — 电白区 迎检工作安排及讲解要点
// =====================================================================================================
function buildDianbai() {
  const R = []; const M = [];
  R.push(['电白区电子商务进农村综合示范创建考评迎检工作安排及讲解口径']); M.push('A1:G1');
  R.push(['迎检时间：2021年9月15日（星期三）  考评组：省商务厅委托第三方考评组（4人）', null, null, null, '考评数据截止日期：2021年8月31日']); M.push('A2:D2', 'E2:G2');
  R.push(['说明：各点位讲解人按下表口径介绍，数字统一使用截至考评截止日期的数据，不得自行调整；考评组询问表外数据的，请记录后由区商务局统一答复。']); M.push('A3:G3');
  R.push(['时间', '环节（点位）', '地点', '主持/讲解', '讲解要点及关键数据', '展示/备查材料', '责任单位']);
  R.push(['08:30—08:45', '迎接考评组', '区政府大院', '区政府办', '考评组到达后直接进入会议室，不安排参观。', '—', '区政府办']);
  R.push(['08:45—09:40', '一、汇报会', '区政府四楼第一会议室', '主持：区委常委、副区长 陈××\n汇报：区商务局局长 李××',
    '1. 区情：全区常住人口151.99万人（七普），户籍人口196.3万人；辖21个镇（街道），行政村383个、社区居委会41个，其中省定贫困村49个。\n' +
    '2. 组织领导：成立以区委副书记、区长为组长的创建工作领导小组，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区市场监管局、区交通运输局、电白邮政分公司等15个单位。\n' +
    '3. 方案及政策：《电白区电子商务进农村综合示范县创建工作方案》已于2019年11月印发（茂电府办〔2019〕95号）；2020年4月出台《电白区支持农村电子商务发展扶持办法》（茂电府〔2020〕11号）。\n' +
    '4. 总体进度：截至8月31日，项目总体进度90%。',
    '汇报PPT、汇报材料30份', '区商务局']);
  R.push(['09:40—10:20', '二、第一站：区电子商务公共服务中心', '水东街道电商大厦1—3楼', '讲解：中心运营方总经理 吴××',
    '1. 中心于2020年10月18日正式开业运营，面积1,600㎡，专职工作人员8名。\n' +
    '2. 培训：设培训室2间（共80个座位），配电脑、投影和直播设备，免费开展电商基础培训。\n' +
    '3. 展示展销：农特产品展示展销区免费展示、代销电白沉香、荔枝、龙眼、海鸭蛋等180多款产品。\n' +
    '4. 摄影美工：直播间、摄影棚免费给企业使用；美工设计按成本价收费（每款50元）。\n' +
    '5. 品牌：组织“电白好物”区域公共品牌统一推广，指导5家企业申报商标。\n' +
    '6. 其他增值服务：代办营业执照、物流对接、小额信贷对接。',
    '服务记录本、培训签到表', '区商务局、运营方']);
  R.push(['10:20—10:50', '三、第二站：电商产业园', '电商大厦4—6楼', '讲解：产业园运营中心主任 莫××',
    '1. 电商产业园由原电白区创业孵化基地整合优化而成，2020年10月与中心同时揭牌。\n' +
    '2. 现入驻企业26家：平台型3家、销售型16家、运营服务商4家、物流企业3家。\n' +
    '3. 中心和村级站点由第三方专业服务商（茂名市电白区鑫农网络科技有限公司）负责运营。',
    '入驻企业名单、入驻协议', '区商务局']);
  R.push(['10:50—11:40', '四、第三站：村级站点（沙琅镇谭儒村、观珠镇沙田村）', '沙琅镇、观珠镇', '讲解：站长',
    '1. 全区建成村级电商服务站点312个，覆盖行政村298个（77.8%），省定贫困村49个全覆盖。\n' +
    '2. 谭儒村为省定贫困村，站点2020年6月挂牌，开展代购代销、快递收发、代缴费。\n' +
    '3. 考评组随机抽查其他站点时，由区商务局股室人员带路。',
    '站点视频、站点清单', '沙琅镇、观珠镇']);
  R.push(['11:40—12:00', '五、第四站：区邮政快递物流分拨中心', '水东街道', '讲解：电白邮政分公司',
    '1. 建成区、镇、村三级物流配送体系，21个镇（街道）均设快递收发网点。\n' +
    '2. 全区383个行政村物流快递覆盖率100%（茂名市邮政管理局出具证明）。',
    '邮政管理局证明', '电白邮政分公司']);
  R.push(['12:00—14:30', '午餐、休息', '区政府饭堂', '—', '—', '—', '区政府办']);
  R.push(['14:30—16:30', '六、查阅台账', '区商务局三楼资料室', '讲解：区商务局电商股',
    '1. 培训：截至8月31日累计开展电商培训8,126人次；有劳动能力的建档立卡贫困人口（不含外出务工）2,364人，已参训1,258人，占53.2%。\n' +
    '2. 上行：开展网销调研并形成调研报告；举办荔枝节、年货节等网络促销活动；出台荔枝电商交易标准。2019年农村网络零售额31.56亿元、2020年40.12亿元，同比增长27.1%；农产品网络零售额2019年6.82亿元、2020年8.97亿元，同比增长31.5%。\n' +
    '3. 信息公开：区政府网设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息，每月公示项目建设进度，设有监督举报电话和邮箱。\n' +
    '4. 数据上报：每月5日前向茂名市商务局报送工作进展，附电商扶贫统计表。\n' +
    '5. 资金：省级专项资金下达500万元，截至8月31日累计拨付412.8万元；已制定《电白区省级电子商务进农村综合示范专项资金管理办法》；承建单位均建立资金专用台账。\n' +
    '6. 如考评组问及：创建期间未发生安全生产、质量事故和重大经济损失，不存在弄虚作假。',
    '台账30盒（目录见附件）', '区商务局、区财政局、区乡村振兴局']);
  R.push(['16:30—17:00', '七、反馈会', '区政府四楼第一会议室', '区长 黄××', '听取考评组反馈意见，区长作表态发言。', '—', '区政府办']);
  R.push([]);
  R.push(['附：主观评分项自评分（汇报时统一口径）']); M.push(`A${R.length}:G${R.length}`);
  R.push(['序号', '评分项', '分值', '自评分', '依据']); M.push(`E${R.length}:G${R.length}`);
  const J = [
    ['方案制定', '1-2分', 2, '方案已印发，任务分解到单位'],
    ['政策支持', '1-2分', 2, '扶持办法已兑现'],
    ['项目管理制度', '1-2分', 2, '项目管理、验收制度齐全'],
    ['工作台账', '1-2分', 2, '台账30盒'],
    ['网销调研', '1-2分', 2, '调研报告已报市局'],
    ['网络促销活动', '1-2分', 2, '荔枝节等活动4场'],
    ['交易标准、冷链及溯源', '1-2分', 1, '冷链仓在建'],
    ['资金管理制度', '1-5分', 5, '管理办法已印发执行'],
    ['资金台账', '1-5分', 5, '承建单位专用台账'],
    ['资金及时拨付', '1-5分', 4, '个别项目验收后拨付'],
  ];
  J.forEach((j, i) => { R.push([i + 1].concat(j)); M.push(`E${R.length}:G${R.length}`); });
  R.push([]);
  R.push(['工作人员：总协调 区商务局 李×× 13802651187；资料 电商股 梁×× 13922578806；车辆 区政府办 何×× 13729773150']); M.push(`A${R.length}:G${R.length}`);
  R.push(['电白区商务局  2021年9月10日印']); M.push(`A${R.length}:G${R.length}`);
  return {
    description: '电白区（茂名）商务局的《考评迎检工作安排及讲解口径》：按迎检当天的时间表排（时间|环节（点位）|地点|主持/讲解|讲解要点及关键数据|展示/备查材料|责任单位），事实都写在各点位“讲解要点”格里的编号短句中（单元格内换行）——汇报会讲区情、组织领导、方案政策、总体进度，中心一站讲六项服务，产业园一站讲园区和第三方，站点、物流、查阅台账各一站；表下附主观评分项自评分小表。陷阱：迎检时间2021年9月15日和各时段不是截止日（表头另写考评数据截止日期）；汇报会主持人是区委常委、副区长（牵头领导看领导小组组长：区委副书记、区长）；户籍人口196.3万、社区41个、站点312个/覆盖298个（77.8%）、入驻企业26家、参训率53.2%、180多款产品、80个座位、1,600㎡都不是输入；摄影棚免费但美工设计按成本价收费 → 免费摄影、美工不成立（false）。表内没有县名标签（只在标题和落款里）。',
    sheets: [sheet('迎检安排及讲解要点', R, M)],
    expect: {
      facts: {
        asOf: '2021-08-31', residentPopulation: 1519900, adminVillagesStated: 383, poorVillagesStated: 49,
        planIssued: true, policyIssued: true, centerOpened: '2020-10-18', centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3156000000, ruralRetail2020: 4012000000, ruralRetailGrowthStated: 0.271,
        agriRetail2019: 682000000, agriRetail2020: 897000000, agriRetailGrowthStated: 0.315,
        trainingPersonTimesStated: 8126, eligiblePoorPersonsStated: 2364, trainedPoorPersonsStated: 1258,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4128000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 5, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// =====================================================================================================
// F2 — 大埔县 项目终验核查表
// =====================================================================================================
function buildDabu() {
  const R = []; const M = [];
  R.push(['大埔县2019年省级电子商务进农村综合示范项目终验核查表']); M.push('A1:G1');
  R.push(['项目单位：大埔县商务局', null, null, '核查时间：2021年8月27日', null, '核查方式：听取汇报、查阅资料、现场抽查']); M.push('A2:C2', 'D2:E2', 'F2:G2');
  R.push(['项目概况：全县常住人口37.42万人（第七次全国人口普查），辖14个镇，行政村249个、社区居委会17个，其中省定贫困村43个。项目下达省级专项资金500万元（粤财工〔2019〕142号），实施期2019年12月—2021年8月。']); M.push('A3:G3');
  R.push(['序号', '核查内容', '实施方案要求', '实际完成情况', '核查方式', '核查结论', '整改要求']);
  const sec = (t) => { R.push([t]); M.push(`A${R.length}:G${R.length}`); };
  let n = 0;
  const row = (...c) => { n++; R.push([n].concat(c)); };
  sec('一、组织保障');
  row('组织领导', '成立县政府主要领导牵头的领导小组', '成立以县委副书记、县长为组长的创建工作领导小组（埔府办〔2019〕48号），县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）等13个单位为成员', '查阅文件', '合格', '—');
  row('实施方案', '制定并正式印发实施方案', '《大埔县电子商务进农村综合示范县创建实施方案》已印发（埔府办〔2019〕52号）', '查阅文件', '合格', '—');
  row('扶持政策', '出台支持农村电商发展的政策', '《大埔县促进农村电子商务发展扶持办法》目前为征求意见稿，尚未印发', '查阅文件', '不合格', '9月底前印发');
  sec('二、服务体系');
  row('县级电商公共服务中心', '建成并投入运营，面积不少于800㎡', '2020.7.8投入运营，面积1,050㎡', '现场查看', '合格', '—');
  row('中心培训功能', '有免费培训场所、培训设备', '培训室1间（60座），配电脑、投影，免费开展电商基础培训', '现场查看', '合格', '—');
  row('展示销售', '为特色农产品提供免费展示、销售', '展厅免费展示销售大埔蜜柚、乌龙茶、笋干等120余款产品', '现场查看', '合格', '—');
  row('摄影美工', '为市场主体提供免费摄影、美工', '摄影棚、美工室已投入使用，免费服务企业43家', '查阅服务记录', '合格', '—');
  row('品牌推广', '组织统一推广、指导品牌建设', '打造“大埔印象”区域公共品牌，指导企业注册商标11个', '查阅资料', '合格', '—');
  row('其他增值服务', '提供其他衍生增值服务', '暂未开展（代运营、金融对接服务未落地）', '查阅资料', '不合格', '限期开展');
  row('电商产业园', '整合优化电商产业园，入驻企业20家以上', '整合原县创业孵化基地建成大埔县电商产业园，入驻企业18家', '现场查看', '基本合格', '继续招商');
  row('第三方运营', '引进专业第三方运营服务商', '引进梅州市客都电子商务有限公司负责中心和站点运营（服务期3年）', '查阅合同', '合格', '—');
  row('村级站点', '建设村级站点175个，省定贫困村全覆盖', '建成村级站点181个，覆盖行政村177个，43个省定贫困村全覆盖', '抽查12个站点', '合格', '—');
  row('物流体系', '行政村快递覆盖率100%', '县、镇、村三级物流配送体系建成，行政村快递覆盖率100%', '查阅县邮政管理局证明', '合格', '—');
  sec('三、人才培训');
  row('电商培训', '培训不少于3,742人次（常住人口的1%）', '累计培训4,318人次', '查阅签到表', '合格', '—');
  row('贫困人口培训', '有劳动能力贫困人口培训率50%以上', '有劳动能力的建档立卡贫困人口（不含外出务工）1,126人，参训603人，培训率53.6%', '比对名单', '合格', '—');
  sec('四、农产品上行');
  row('网销调研', '形成调研报告', '已形成《大埔县农产品网络销售调研报告》', '查阅资料', '合格', '—');
  row('网络促销', '开展网络促销活动', '举办“大埔蜜柚网络节”等线上促销活动6场', '查阅资料', '合格', '—');
  row('交易标准及冷链溯源', '出台交易标准，建立冷链、溯源系统', '出台蜜柚、乌龙茶电商交易标准；溯源系统已上线；冷链仓未建成', '查阅资料', '基本合格', '年底前建成冷链仓');
  row('网络零售额', '农产品网络零售额年均增长20%以上', '2019年农村网络零售额8.37亿元、2020年9.85亿元；农产品网络零售额2019年2.46亿元、2020年3.12亿元，增长26.8%', '查阅统计数据', '合格', '—');
  sec('五、信息公开及报送');
  row('政府网专栏', '公示创建方案、项目信息、建设进度，设征求意见或监督举报窗口', '县政府网专栏已公示创建方案、项目基本信息，按月公示建设进度；未设征求意见或监督举报窗口', '网上查看', '基本合格', '增设监督举报窗口');
  row('信息报送', '每月向市商务局报送', '每月向梅州市商务局报送工作进展，附电商扶贫统计情况', '查阅报送记录', '合格', '—');
  sec('六、资金管理');
  row('资金管理制度', '制定专项资金管理办法', '已制定《大埔县省级电子商务进农村综合示范专项资金管理办法》（埔商务〔2019〕27号）', '查阅文件', '合格', '—');
  row('资金台账', '承建单位建立资金专用台账', '承建单位均已建立资金专用台账', '查阅账目', '合格', '—');
  row('资金拨付', '按项目进度拨付', '下达500万元，截至2021年8月20日已拨付398.6万元（79.7%），余款待终验后拨付', '查阅凭证', '合格', '—');
  row('安全生产', '无安全生产、质量事故', '项目实施期间未发生安全生产、质量事故', '询问、查阅', '合格', '—');
  R.push([]);
  R.push(['核查意见：项目总体完成率92%，基本达到实施方案要求，同意通过终验。第3、9、10、18、20项须于2021年9月30日前完成整改，整改情况报县商务局备案。']); M.push(`A${R.length}:G${R.length}`);
  R.push(['核查组组长：（签名）', null, null, '成员：（签名）', null, '2021年8月27日']); M.push(`A${R.length}:C${R.length}`, `D${R.length}:E${R.length}`, `F${R.length}:G${R.length}`);
  return {
    description: '大埔县（梅州）电子商务进农村综合示范项目的《终验核查表》，由验收核查组填写（不是自评表）：表头“项目单位/核查时间/核查方式”，一行合并的“项目概况”句子给出常住人口、行政村、社区、贫困村和下达资金；主体为 序号|核查内容|实施方案要求|实际完成情况|核查方式|核查结论（合格/基本合格/不合格）|整改要求，按“一、组织保障…六、资金管理”分节；事实只取“实际完成情况”，“实施方案要求”是目标（175个站点、3,742人次、800㎡、20家、50%、20%）；末尾“核查意见”给项目总体完成率。没有任何自评分。陷阱：核查时间2021年8月27日不是考评截止日（表内没有截止日）；扶持政策只是征求意见稿（policyIssued false）；其他增值服务“暂未开展”；产业园“基本合格”（入驻18家未达20家）但园区已建成；专栏未设征求意见/监督举报窗口；农村网零只给两年金额、没有增速（不反推）；资金拨付写“截至2021年8月20日”；社区17个、站点181个/覆盖177个、53.6%、79.7%都不是输入。表内无县名标签，也没有弄虚作假的表述。',
    sheets: [sheet('终验核查表', R, M)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "大埔县",
        residentPopulation: 374200, adminVillagesStated: 249, poorVillagesStated: 43,
        planIssued: true, policyIssued: false, centerOpened: '2020-07-08', centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 837000000, ruralRetail2020: 985000000, agriRetail2019: 246000000, agriRetail2020: 312000000,
        agriRetailGrowthStated: 0.268, trainingPersonTimesStated: 4318, eligiblePoorPersonsStated: 1126, trainedPoorPersonsStated: 603,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3986000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// =====================================================================================================
// F3 — 廉江市 自评计算表（完成度 × 分值）
// =====================================================================================================
function buildLianjiang() {
  const R = []; const M = [];
  R.push(['廉江市电子商务进农村综合示范创建考评自评计算表']); M.push('A1:I1');
  R.push(['县（市、区）：廉江市', null, null, '考评截止日期：2021年8月31日', null, null, '填表：2021年9月4日']); M.push('A2:C2', 'D2:F2', 'G2:I2');
  R.push(['计算说明：得分＝分值×完成度。客观项按达标情况取完成度，主观评分项的完成度由电商股按达标程度核定（满分为100%）；指标得分为本指标各评分项得分之和。“比中期”为与2020年12月中期自评相比的增减。']); M.push('A3:I3');
  R.push(['序号', '评价指标（分值）', '评分项', '分值', '我市自评', null, null, null, '比中期']);
  R.push([null, null, null, null, '完成情况', '完成度', '得分', '指标得分', null]);
  M.push('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:H4', 'I4:I5');
  let seq = 0;
  const ind = (name, items, total, cmp) => {
    seq++;
    const start = R.length + 1;
    items.forEach((it, i) => R.push([i === 0 ? seq : null, i === 0 ? name : null, it[0], it[1], it[2], it[3], it[4], i === 0 ? total : null, i === 0 ? cmp : null]));
    const end = R.length;
    if (end > start) M.push(`A${start}:A${end}`, `B${start}:B${end}`, `H${start}:H${end}`, `I${start}:I${end}`);
  };
  ind('组织领导（2分）', [['主要领导牵头，商务、财政、农业、扶贫等部门参与', 2, '市委副书记、市长任组长；成员：市商务局、市财政局、市农业农村局、市乡村振兴局等18个单位', '100%', 2]], 2, '—');
  ind('方案制定（2分）', [['工作方案因地制宜，可操作性较强（1-2分）', 2, '已印发《廉江市电子商务进农村综合示范县创建工作方案》（廉府办〔2019〕61号）', '100%', 2]], 2, '—');
  ind('政策支持（2分）', [['出台相关政策，且得到较好落实（1-2分）', 2, '出台《廉江市支持农村电商发展十条措施》（廉府〔2020〕15号），已兑现补贴86万元', '100%', 2]], 2, '↑1');
  ind('项目管理（4分）', [
    ['建立项目管理制度并严格落实（1-2分）', 2, '制定《项目管理办法》《项目验收办法》', '100%', 2],
    ['建立完整工作台账（1-2分）', 2, '已建工作台账，部分站点建设资料不全', '50%', 1],
  ], 3, '—');
  ind('服务体系建设—县级中心及产业园（15分）', [
    ['建成县级电子商务公共服务中心', 2, '2020年11月26日投入运营', '100%', 2],
    ['建成后正常运行6个月以上', 2, '截至考评截止日运行9个月', '100%', 2],
    ['免费培训场所、培训设备', 2, '培训室1间、电脑50台', '100%', 2],
    ['特色农产品免费展示、销售', 1, '展销厅免费展示廉江红橙、良垌番石榴等', '100%', 1],
    ['免费摄影、美工服务', 1, '摄影棚、美工设计免费', '100%', 1],
    ['统一推广、品牌建设', 1, '推广“廉江红橙”区域公共品牌', '100%', 1],
    ['其他衍生增值服务', 1, '暂未开展', '0%', 0],
    ['建设或整合、优化电商产业园', 2, '整合建成廉江市电子商务产业园', '100%', 2],
    ['产业园入驻企业20家及以上', 2, '入驻企业23家', '100%', 2],
    ['入驻企业至少三种类型', 1, '平台型、销售型、运营商、物流企业4类', '100%', 1],
  ], 14, '↑2');
  ind('服务体系建设—村级站点（10分）', [
    ['行政村覆盖率70%及以上（5分）', 5, '行政村347个（以200个为基数），已建站覆盖152个，76.0%', '100%', 5],
    ['省定贫困村覆盖率100%（5分），80%-100%（3分）', 5, '省定贫困村31个，已覆盖30个（96.8%）', '60%', 3],
  ], 8, '—');
  ind('农村产品上行（10分）', [
    ['网销调研并形成针对性建议（1-2分）', 2, '形成《廉江市农产品网络销售调研报告》', '100%', 2],
    ['网络促销活动成效明显（1-2分）', 2, '举办廉江红橙网络节等促销活动5场', '100%', 2],
    ['当地有专业第三方电商运营或服务商', 1, '引进湛江市粤西电商服务有限公司运营', '100%', 1],
    ['行政村物流快递覆盖率100%', 1, '覆盖率98.6%，尚有5个行政村未通快递', '0%', 0],
    ['交易标准、冷链及溯源系统（1-2分）', 2, '出台红橙电商交易标准；冷链、溯源系统建设中', '50%', 1],
    ['2020年农村或农产品网络零售额增速≥30%', 2, '2020年农村网络零售额52.36亿元，同比增长19.2%；农产品网络零售额14.08亿元，同比增长31.4%', '100%', 2],
  ], 8, '↓1');
  ind('电商人才培训（20分）', [
    ['培训人次达常住人口1%及以上', 10, '常住人口137.94万人（以50万计），累计培训5,386人次，1.08%', '100%', 10],
    ['建档立卡贫困人口培训率50%及以上', 10, '有劳动能力的建档立卡贫困人口（不含外出务工）2,815人，已参训1,196人，42.5%', '80%', 8],
  ], 18, '↑4');
  ind('信息公开（4分）', [
    ['县政府网站设立公开专栏且内容全面', 2, '市政府网专栏公示创建方案、项目基本信息、项目建设进度，设监督举报电话', '100%', 2],
    ['近一年专栏按月更新', 2, '2020年9月至2021年8月每月更新', '100%', 2],
  ], 4, '—');
  ind('数据上报（6分）', [
    ['近一年每月向市商务局报送', 3, '每月10日前报湛江市商务局，2021年2月未报', '33%', 1],
    ['能统计电商扶贫情况', 3, '月报附电商扶贫统计表', '100%', 3],
  ], 4, '—');
  ind('案例总结（2分）', [['向市商务局报送经验材料', 2, '2021年5月向湛江市商务局报送《廉江红橙“电商+合作社”带贫经验》', '100%', 2]], 2, '↑2');
  ind('经验推广（8分）', [
    ['省级及以上媒体报道（4分）', 4, '南方日报2021.3.16报道', '100%', 4],
    ['市级媒体报道（3分）', 3, '湛江日报、湛江电视台', '100%', 3],
    ['县级媒体报道（1分）', 1, '廉江市融媒体中心', '100%', 1],
  ], 8, '—');
  ind('资金管理制度（5分）', [['建立科学有效的资金管理制度（1-5分）', 5, '已制定《廉江市省级电商进农村专项资金管理办法》', '100%', 5]], 5, '—');
  ind('资金台账（5分）', [['承建方建立资金专用台账（1-5分）', 5, '承建单位均设专用台账，个别凭证未归档', '80%', 4]], 4, '—');
  ind('资金支出（5分）', [['支出率70%以上且及时拨付（1-5分）', 5, '下达500万元，已拨付401.5万元，支出率80.3%，按进度拨付', '80%', 4]], 4, '↑1');
  ind('加分项（4分）', [
    ['建档立卡贫困人口培训率70%及以上', 2, '42.5%', '0%', 0],
    ['电商扶贫典型案例获国家级（2分）、省级（1分）电视播报', 2, '仅湛江电视台（市级）播报，无省级以上电视播报', '0%', 0],
  ], 0, '—');
  ind('一票否决项', [
    ['发生安全生产、质量事故或重大经济损失', '—', '未发生', '—', '—'],
    ['项目总体进度不足40%', '—', '项目总体进度88%', '—', '—'],
    ['弄虚作假', '—', '无', '—', '—'],
  ], '不涉及', '—');
  R.push([null, '合计', null, 104, null, null, null, 88, '↑10']);
  R.push(['经办：电商股 钟××    审核：林××']); M.push(`A${R.length}:I${R.length}`);
  return {
    description: '廉江市（湛江）商务局电商股的《考评自评计算表》：按“得分＝分值×完成度”计分——序号|评价指标（分值）|评分项|分值|我市自评（完成情况|完成度|得分|指标得分）|比中期，两行表头；每个评分项一行写完成情况（事实短句）、完成度（“100%”“50%”“80%”“60%”“33%”“0%”）和得分，指标得分按指标纵向合并（claimed），“比中期”列是与中期自评相比的增减箭头。主观评分项的判断分取“得分”列（工作台账50%→1分、交易标准冷链溯源50%→1分、资金台账80%→4分、资金及时拨付80%→4分），不是完成度。服务体系建设分“县级中心及产业园（15分）”“村级站点（10分）”两个指标。陷阱：完成度的100/50/80不是分数；贫困村覆盖完成度60%对应3分；“以200个为基数”“以50万计”是封顶说明，行政村347个、常住人口137.94万是事实；已覆盖152个/76.0%、96.8%、1.08%、42.5%、80.3%、入驻23家都不是输入；只有2020年零售额和增速，没有2019年金额（不反推）；快递覆盖98.6% → false；填表日期2021年9月4日不是截止日；合计行不是指标。',
    sheets: [sheet('自评计算表', R, M)],
    expect: {
      facts: {
        county: '廉江市', asOf: '2021-08-31', residentPopulation: 1379400, adminVillagesStated: 347, poorVillagesStated: 31,
        planIssued: true, policyIssued: true, centerOpened: '2020-11-26', centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2020: 5236000000, ruralRetailGrowthStated: 0.192, agriRetail2020: 1408000000, agriRetailGrowthStated: 0.314,
        trainingPersonTimesStated: 5386, eligiblePoorPersonsStated: 2815, trainedPoorPersonsStated: 1196,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4015000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3, 'work.center': 14, 'work.coverage': 8,
        'work.upward': 8, 'work.training': 18, 'info.disclosure': 4, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 0, 'bonus.tvCase': 0,
      },
    },
  };
}

// =====================================================================================================
// L1 — 连平县: 横排培训台账 + 按镇分列的村居分布表 + 汇总页
// =====================================================================================================
function buildLianping() {
  const rng = mulberry32(380101);
  // ---- training, one session per column
  const ses = [
    // [year group, 期次, date cell, iso, 地点, 主题, 对象, 人次 cell, personTimes|null, 其中贫困户, 授课单位, 备注]
    [2020, '第1期', '9月17日', '2020-09-17', '县电商公共服务中心', '电商基础知识', '村干部、返乡青年', 112, 112, 9, '县电商中心', null],
    [2020, '第2期', '10.22', '2020-10-22', '忠信镇政府', '网店开设与运营', '农村青年', '96人次', 96, 7, '河源职业技术学院', null],
    [2020, '第3期', D('2020-11-05'), '2020-11-05', '隆街镇文化站', '鹰嘴蜜桃网上销售', '种植户、合作社', 134, 134, 15, '县电商中心', null],
    [2020, '第4期', '11月19日', '2020-11-19', '县电商公共服务中心', '直播带货入门', '电商从业人员', 88, 88, 3, '广东云商学院', null],
    [2020, '第5期', '12月3日-4日', '2020-12-04', '油溪镇政府', '电商运营实操（两天班）', '合作社、家庭农场', 75, 75, 6, '县电商中心', '两天班，按人登记'],
    [2020, '第6期', '12.17', '2020-12-17', '上坪镇文化站', '农产品包装与品牌', '种养大户', '102', 102, 11, '县农业农村局', null],
    [2020, '第7期', '12月29日', '2020-12-29', '县电商公共服务中心', '电商客服', '电商从业人员', 64, 64, 0, '县电商中心', null],
    [2021, '第8期', '1月14日', null, '陂头镇', '年货节网络促销', '农村青年', '—', null, '—', '—', '取消（疫情防控）'],
    [2021, '第9期', '3.11', '2021-03-11', '三角镇政府', '短视频拍摄', '农村青年', 118, 118, 8, '广东云商学院', null],
    [2021, '第10期', D('2021-03-25'), '2021-03-25', '县电商公共服务中心', '贫困户电商技能专场', '建档立卡贫困户', 80, 80, 80, '县电商中心', '专场'],
    [2021, '第11期', '4月15日', '2021-04-15', '大湖镇文化站', '油茶、茶叶网上销售', '合作社', 93, 93, 10, '县电商中心', null],
    [2021, '第12期', '5.20', '2021-05-20', '绣缎镇政府', '电商基础知识', '村干部', 126, 126, 12, '河源职业技术学院', null],
    [2021, '第13期', '6月24日-25日', '2021-06-25', '县电商公共服务中心', '网店美工（两天班）', '电商从业人员', 57, 57, 2, '广东云商学院', '两天班，按人登记'],
    [2021, '第14期', '7.22', '2021-07-22', '元善镇城南社区', '社区团购与小程序', '个体户', '71人', 71, 4, '县电商中心', null],
    [2021, '第15期', '9月9日', '2021-09-09', '溪山镇政府', '秋季农产品网销', '种植户', 90, 90, 9, '县电商中心', null],
  ];
  const R = []; const Mg = [];
  R.push(['连平县电子商务进农村培训情况统计表']);
  R.push(['填报单位：连平县电子商务公共服务中心', null, null, null, null, null, null, null, null, null, null, '统计至：2021年9月10日']);
  const nC = ses.length;
  const lastCol = colName(nC + 1); // 合计 column
  Mg.push(`A1:${lastCol}1`, `A2:K2`, `L2:${lastCol}2`);
  const y2020 = ses.filter((s) => s[0] === 2020).length;
  R.push(['年份', '2020年'].concat(Array(y2020 - 1).fill(null), ['2021年'], Array(nC - y2020 - 1).fill(null), ['合计']));
  Mg.push(`B3:${colName(y2020)}3`, `${colName(y2020 + 1)}3:${colName(nC)}3`, `${lastCol}3:${lastCol}4`);
  R.push(['期次'].concat(ses.map((s) => s[1])));
  R.push(['培训日期'].concat(ses.map((s) => s[2]), ['—']));
  R.push(['培训地点'].concat(ses.map((s) => s[4])));
  R.push(['培训主题'].concat(ses.map((s) => s[5])));
  R.push(['培训对象'].concat(ses.map((s) => s[6])));
  const total = ses.reduce((a, s) => a + (s[8] || 0), 0);
  const poorTotal = ses.reduce((a, s) => a + (typeof s[9] === 'number' ? s[9] : 0), 0);
  R.push(['参训人次'].concat(ses.map((s) => s[7]), [total]));
  R.push(['其中：建档立卡贫困户'].concat(ses.map((s) => s[9]), [poorTotal]));
  R.push(['授课单位'].concat(ses.map((s) => s[10])));
  R.push(['备注'].concat(ses.map((s) => s[11])));
  R.push([]);
  R.push(['注：1.培训日期的年份见第3行；2.第8期因疫情取消；3.两天的培训班按实际到场人数登记人次；4.“其中：建档立卡贫困户”已含在参训人次内，不另加。']);
  Mg.push(`A${R.length}:${lastCol}${R.length}`);
  const training = ses.filter((s) => s[8] !== null).map((s) => ({ date: s[3], personTimes: s[8] }));

  // ---- villages: one column per town
  const towns = [['元善镇', 17, ['城南社区', '城北社区', '西门居委会', '东门居委会', '新城社区']], ['上坪镇', 9, []], ['内莞镇', 7, []], ['陂头镇', 10, []],
    ['溪山镇', 8, []], ['隆街镇', 13, ['隆街社区']], ['田源镇', 9, []], ['油溪镇', 10, []], ['忠信镇', 16, ['忠信社区', '河东居委会']],
    ['高莞镇', 9, []], ['大湖镇', 11, []], ['三角镇', 9, []], ['绣缎镇', 8, []]];
  const PRE = '大小石新上下黄高长中东西南北安和富联龙凤塘坑田岭山水青白竹桥径坝'.split('');
  const SUF = '陂岭坑田塘洞围坝径排坪坳寨窝湖溪岗背联光星坑湾尾'.split('');
  const nAdm = towns.reduce((a, t) => a + t[1], 0);
  const bases = uniqueBases(rng, nAdm, PRE, SUF, ['元善', '忠信', '隆街']);
  let bi = 0;
  const cols = towns.map(([t, n, comm]) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push({ base: bases[bi++], admin: true });
    comm.forEach((c) => vs.push({ base: c, admin: false }));
    return { town: t, vs };
  });
  const allAdmin = cols.flatMap((c) => c.vs.filter((v) => v.admin));
  const poorPick = new Set(shuffle(rng, allAdmin).slice(0, 21).map((v) => v.base));
  const noExp = new Set(shuffle(rng, allAdmin.filter((v) => !poorPick.has(v.base))).slice(0, 3).map((v) => v.base));
  // one poor village also without express
  const poorNoExp = [...poorPick][4]; noExp.add(poorNoExp);
  const V = []; const Vm = [];
  V.push(['连平县行政村（社区）分布表']);
  V.push(['说明：村名前“▲”为省定贫困村；村名后“○”为快递未进村的行政村；各镇名单自上而下排列，社区（居委会）排在各镇末尾。']);
  const nT = towns.length;
  Vm.push(`A1:${colName(nT - 1)}1`, `A2:${colName(nT - 1)}2`);
  V.push(cols.map((c) => c.town));
  V.push(cols.map((c) => { const a = c.vs.filter((v) => v.admin).length; const r = c.vs.length - a; return r ? `（${a}村${r}居）` : `（${a}村）`; }));
  const maxLen = Math.max(...cols.map((c) => c.vs.length));
  const villageRecords = [];
  const cellText = (v) => {
    if (!v.admin) return v.base;
    const style = rng();
    const nm = style < 0.55 ? v.base + '村' : style < 0.9 ? v.base + '村委会' : v.base + '村民委员会';
    return (poorPick.has(v.base) ? '▲' : '') + nm + (noExp.has(v.base) ? '○' : '');
  };
  const texts = cols.map((c) => c.vs.map((v) => cellText(v)));
  for (let i = 0; i < maxLen; i++) V.push(cols.map((c, k) => (texts[k][i] === undefined ? null : texts[k][i])));
  cols.forEach((c, k) => c.vs.forEach((v, i) => {
    const name = texts[k][i].replace(/^▲/, '').replace(/○$/, '');
    if (v.admin) villageRecords.push({ name, admin: true, poor: poorPick.has(v.base), express: !noExp.has(v.base) });
    else villageRecords.push({ name, admin: false, poor: false });
  }));
  V.push([]);
  V.push([`合计：行政村${nAdm}个，社区（居委会）${towns.reduce((a, t) => a + t[2].length, 0)}个，其中省定贫困村21个；快递未进村行政村4个。`]);
  Vm.push(`A${V.length}:${colName(nT - 1)}${V.length}`);
  V.push(['制表：连平县商务局    2021年8月']);
  Vm.push(`A${V.length}:${colName(nT - 1)}${V.length}`);

  // ---- summary (not a ledger)
  const S = [['连平县电商进农村基础情况汇总（按镇）'], ['镇', '行政村（个）', '社区（个）', '省定贫困村（个）', '快递未进村（个）', '培训期数（期）']];
  cols.forEach((c) => {
    const a = c.vs.filter((v) => v.admin);
    S.push([c.town, a.length, c.vs.length - a.length, a.filter((v) => poorPick.has(v.base)).length, a.filter((v) => noExp.has(v.base)).length, null]);
  });
  S.push(['合计', nAdm, towns.reduce((a, t) => a + t[2].length, 0), 21, 4, 14]);
  S.push(['注：培训期数按县电商中心统计，不分镇。']);

  return {
    description: '连平县（河源）商务局交的三张表：①《培训情况统计表》横着放——第1列是项目名（年份/期次/培训日期/培训地点/培训主题/培训对象/参训人次/其中：建档立卡贫困户/授课单位/备注），每期培训一列（15期），最右一列“合计”；年份只写在第3行合并的“2020年”“2021年”分组里，培训日期多数只写月日（“9月17日”“10.22”“12月3日-4日”两天班按结束日），一期是真日期；参训人次有数字、“96人次”“71人”和文本“102”；第8期取消（人次“—”）不是记录；2021年9月9日的第15期照列；“其中：建档立卡贫困户”已含在人次内，合计列不是记录。②《行政村（社区）分布表》一镇一列（13个镇名在第3行，第4行是“（17村5居）”式计数），村名自上而下写在镇名下面，▲前缀＝省定贫困村、○后缀＝快递未进村（图例在第2行），社区（居委会）排在各镇末尾；村名写法有“××村”“××村委会”“××村民委员会”。③按镇汇总（不是台账）。',
    sheets: [sheet('培训情况', R, Mg), sheet('行政村（社区）分布', V, Vm), sheet('汇总', S, ['A1:F1'])],
    expect: {
      sheets: {
        '培训情况': { kind: 'training', records: training },
        '行政村（社区）分布': { kind: 'villages', records: villageRecords },
        '汇总': { kind: null },
      },
    },
    _check: { training: training.length, villages: villageRecords.length },
  };
}

// =====================================================================================================
// L2 — 台山市: 按月汇总的资金拨付进度表 + 人次写成算式的培训登记 + 说明页
// =====================================================================================================
function buildTaishan() {
  const F = [['台山市省级电子商务进农村综合示范专项资金拨付进度表（按月汇总）'],
    ['下达资金：500万元（江财工〔2019〕87号）', null, '单位：万元', null, '资料来源：台山市财政局国库支付'],
    ['月份', '当月拨付', '累计拨付', '累计拨付率', '当月拨付项目', '备注']];
  const months = [
    ['2020年6月', 80, '市电商公共服务中心建设（首期）', null],
    ['2020.07', '—', null, null],
    ['2020年8月', 56.5, '村级站点建设（第一批）', null],
    ['2020-09', '—', null, null],
    ['2020年10月', '32.4万', '县镇村物流配送体系（首期）', null],
    ['2020.11', 18.6, '电商培训（2020年度）', null],
    ['2020年12月', 64, '中心装修及设备；村级站点建设（第二批）', '两笔合计'],
    ['小计2020', null, null, null],
    ['2021年1月份', 0, null, null],
    ['21年2月', '—', null, '春节'],
    ['2021.3', 45.2, '村级站点建设（第三批）', null],
    ['2021年4月', '—', null, null],
    ['2021年5月', 28.8, '“台山好物”品牌推广', null],
    ['2021年6月', '36.75', '农产品溯源系统；电商培训（2021年上半年）', null],
    ['2021.07', '—', null, null],
    ['2021年8月', 21.3, '县镇村物流配送体系（二期）', null],
    ['2021年9月', 40, '中心运营尾款', '9月8日支付'],
    ['小计2021', null, null, null],
    ['合计', null, null, null],
  ];
  const val = (x) => (typeof x === 'number' ? x : typeof x === 'string' && /^[\d.]+/.test(x) ? parseFloat(x) : 0);
  let cum = 0, y20 = 0, y21 = 0;
  const funds = [];
  const monthIso = { '2020年6月': '2020-06', '2020年8月': '2020-08', '2020年10月': '2020-10', '2020.11': '2020-11', '2020年12月': '2020-12', '2021.3': '2021-03', '2021年5月': '2021-05', '2021年6月': '2021-06', '2021年8月': '2021-08', '2021年9月': '2021-09' };
  months.forEach((m) => {
    if (m[0] === '小计2020') { F.push(['2020年小计', Math.round(y20 * 100) / 100, null, null, null, null]); return; }
    if (m[0] === '小计2021') { F.push(['2021年小计', Math.round(y21 * 100) / 100, null, null, null, '含9月']); return; }
    if (m[0] === '合计') { F.push(['合计', Math.round(cum * 100) / 100, null, null, null, '统计至2021年9月10日']); return; }
    const v = val(m[1]);
    cum = Math.round((cum + v) * 100) / 100;
    if (m[0].startsWith('2020')) y20 += v; else y21 += v;
    F.push([m[0], m[1], cum, (Math.round(cum / 500 * 1000) / 10).toFixed(1) + '%', m[2], m[3]]);
    if (v > 0) funds.push({ date: monthIso[m[0]], amount: Math.round(v * 10000) });
  });
  assertEq('taishan cum', cum, 423.55);
  assertEq('taishan fund records', funds.length, 10);
  F.push(['注：1.当月没有拨付的填“—”或0；2.同月多笔拨付合并填写，明细见国库支付凭证。']);
  const Fm = ['A1:F1', 'A2:B2', 'C2:D2', `A${F.length}:F${F.length}`];

  const T = [['台山市农村电子商务培训登记表'], ['填报单位：台山市电子商务公共服务中心', null, null, null, '单位：人次'],
    ['期次', '培训日期', '培训内容', '培训地点', '参训人次', '其中：贫困户', '授课形式', '备注']];
  const ses = [
    ['第1期', D('2020-09-10'), '2020-09-10', '电商基础知识', '台城街道（市电商中心）', 86, 86, 6, '线下', null],
    ['第2期', '2020.9.24', '2020-09-24', '台山大米网上销售', '斗山镇政府', '38+45', 83, 4, '线下＋线上', '“+”前为线下、后为线上（腾讯会议）'],
    ['第3期', '2020年10月15日', '2020-10-15', '直播带货入门', '端芬镇文化站', '男27 女36', 63, 3, '线下', null],
    ['第4期', '2020.10.29', '2020-10-29', '台山蚝、青蟹冷链与网销', '广海镇政府', 72, 72, 5, '线下', null],
    ['第5期', '20.11.12', '2020-11-12', '侨乡特产跨境电商（面向海外乡亲直播）', '市电商中心', '线下52＋线上118', 170, 0, '线下＋直播', '线上为直播间实名签到人数'],
    ['第6期', '2020年11月26日', '2020-11-26', '网店美工', '市电商中心', '共64人', 64, 2, '线下', null],
    ['第7期', D('2020-12-17'), '2020-12-17', '电商客服与售后', '海宴镇政府', 58, 58, 4, '线下', null],
    ['第8期', '2021年1月', null, '年货节网络促销', '都斛镇', '—', null, '—', '—', '取消（疫情防控）'],
    ['第9期', '2021.3.11', '2021-03-11', '短视频拍摄与剪辑', '白沙镇文化站', '61', 61, 5, '线下', null],
    ['第10期', '2021.3.25-26', '2021-03-26', '电商运营实操（两天）', '市电商中心', 48, 48, 1, '线下', '两天班，按人计'],
    ['第11期', '2021年4月22日', '2021-04-22', '鳗鱼、黄鳝饭料包品牌推广', '汶村镇政府', '40+33', 73, 6, '线下＋线上', null],
    ['第12期', D('2021-05-13'), '2021-05-13', '贫困户电商技能专场', '深井镇政府', 45, 45, 45, '线下', '专场'],
    ['第13期', '2021.6.10', '2021-06-10', '直播进村', '川岛镇', '男19女22', 41, 3, '线下', null],
    ['第14期', '2021年7月8日', '2021-07-08', '电商基础知识', '大江镇文化站', 77, 77, 7, '线下', null],
    ['第15期', '2021.8.19', '2021-08-19', '跨境电商与侨乡市场', '市电商中心', '35+96', 131, 0, '线下＋线上', null],
    ['第16期', '2021.9.9', '2021-09-09', '电商基础知识', '北陡镇政府', 66, 66, 4, '线下', null],
  ];
  let tot = 0;
  ses.forEach((s) => { T.push([s[0], s[1], s[3], s[4], s[5], s[7], s[8], s[9]]); if (s[6]) tot += s[6]; });
  T.push(['合计', null, null, null, tot, null, null, '不含取消期次，统计至2021年9月10日']);
  T.push(['注：1.参训人次“+”前为线下人数、后为线上人数；写“男××女××”的为男女分列人数；2.“其中：贫困户”已含在参训人次内。']);
  const Tm = ['A1:H1', 'A2:D2', 'E2:H2', `A${T.length}:H${T.length}`];
  const training = ses.filter((s) => s[6] !== null).map((s) => ({ date: s[2], personTimes: s[6] }));
  assertEq('taishan training records', training.length, 15);

  const N = [['台山市电商进农村台账说明'], ['1.资金拨付进度表按国库实际支付月份汇总填写，单位万元。'], ['2.培训登记表按期登记，参训人次含线上参训。'], ['3.本册台账由市商务局电商股汇总，2021年9月10日更新。'], ['联系人：甄××  电话：0750-5522xxx']];

  return {
    description: '台山市（江门）商务局电商股的两本台账加说明页：①《专项资金拨付进度表（按月汇总）》不是逐笔清单，而是一月一行（2020年6月—2021年9月）：月份|当月拨付|累计拨付|累计拨付率|当月拨付项目|备注，单位万元写在第2行；月份写法混杂（“2020年6月”“2020.07”“2020-09”文本“21年2月”“2021年1月份”）；当月拨付有数字、文本“36.75”、“32.4万”，没有拨付的写“—”或0（不是记录）；同月两笔合并成一个数（12月“两笔合计”按一条记）；“2020年小计”“2021年小计”“合计”行不是记录；累计拨付、拨付率列不是金额；2021年9月一行在截止日后照列。每个当月拨付大于0的月份是一条记录，日期只到月（YYYY-MM），金额换算为元。②《培训登记表》一期一行，“参训人次”写成算式或分列：“38+45”（线下＋线上）“线下52＋线上118”“男27 女36”“男19女22”“共64人”，读作其和；第8期取消不是记录；“2021.3.25-26”两天班按结束日；2021年9月9日第16期照列；“其中：贫困户”不另加；合计行不是记录。③说明页（不是台账）。',
    sheets: [sheet('资金拨付进度（按月）', F, Fm), sheet('培训登记', T, Tm), sheet('说明', N)],
    expect: {
      sheets: {
        '资金拨付进度（按月）': { kind: 'funds', records: funds },
        '培训登记': { kind: 'training', records: training },
        '说明': { kind: null },
      },
    },
  };
}

// =====================================================================================================
function main() {
  const xinyi = buildXinyi();
  write('counties', 'b38-c1-xinyi.json', xinyi);
  const f1 = buildDianbai(); write('facts', 'b38-f1-dianbai.json', f1);
  const f2 = buildDabu(); write('facts', 'b38-f2-dabu.json', f2);
  const f3 = buildLianjiang(); write('facts', 'b38-f3-lianjiang.json', f3);
  const l1 = buildLianping(); const chk = l1._check; delete l1._check; write('ledgers', 'b38-l1-lianping.json', l1);
  const l2 = buildTaishan(); write('ledgers', 'b38-l2-taishan.json', l2);
  console.log('written; lianping records', chk);
}
main();
