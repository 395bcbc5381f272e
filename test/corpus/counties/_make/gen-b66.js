'use strict';
// Batch 66 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 66 blind corpus generator. Deterministic: no dependencies, seeded PRNG only.
// Writes counties/, facts/, ledgers/ under this folder.
const fs = require('fs');

// ---------------------------------------------------------------- helpers
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function makeRng(seed) {
  const r = mulberry32(seed);
  return {
    next: r,
    int(lo, hi) { return lo + Math.floor(r() * (hi - lo + 1)); },
    pick(arr) { return arr[Math.floor(r() * arr.length)]; },
    shuffle(arr) {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
      return a;
    },
  };
}
function assert(cond, msg) { if (!cond) throw new Error('ASSERT: ' + msg); }
function colLetter(n) { // 0-based
  let s = ''; n += 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
class Sheet {
  constructor(name, opts) { this.name = name; this.rows = []; this.merges = []; this._m = new Set(); this.hidden = !!(opts && opts.hidden); }
  add(cells) { this.rows.push(cells === undefined ? [] : cells); return this.rows.length; } // returns 1-based row number
  blank() { return this.add([]); }
  merge(r1, c1, r2, c2) { // rows 1-based, cols 0-based
    if (r1 === r2 && c1 === c2) return;
    const ref = colLetter(c1) + r1 + ':' + colLetter(c2) + r2;
    assert(!this._m.has(ref), 'duplicate merge ' + ref + ' in ' + this.name);
    this._m.add(ref); this.merges.push(ref);
  }
  toJSON() {
    const o = { name: this.name, rows: this.rows.map((r) => r.map((c) => (c === undefined ? null : c))) };
    if (this.merges.length) o.merges = this.merges;
    if (this.hidden) o.hidden = true;
    return o;
  }
}
const D = (s) => ({ date: s });
function pad2(n) { return String(n).padStart(2, '0'); }
function parts(iso) { const [y, m, d] = iso.split('-').map(Number); return { y, m, d }; }
function fmtDate(iso, style) {
  const { y, m, d } = parts(iso);
  switch (style) {
    case 'date': return D(iso);
    case 'dot': return `${y}.${m}.${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'compact': return `${y}${pad2(m)}${pad2(d)}`;
    case 'yy': return `${String(y).slice(2)}.${m}.${d}`;
    case 'month': return `${y}年${m}月`;
    default: throw new Error(style);
  }
}
function thousands(n, dec) {
  const neg = n < 0; n = Math.abs(n);
  let s = dec ? n.toFixed(dec) : String(Math.round(n));
  let [i, f] = s.split('.');
  i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + i + (f ? '.' + f : '');
}
function fullWidth(s) { return String(s).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)); }

// ID numbers
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += Number(s17[i]) * W[i]; return CK[t % 11]; }
function makeId(area, birth, seq) { const s = area + birth + String(seq).padStart(3, '0'); return s + idCheck(s); }

const SURNAMES = ['梁', '陈', '黄', '李', '何', '罗', '莫', '林', '张', '冯', '邓', '吴', '谭', '刘', '区', '欧', '蔡', '苏', '叶', '潘', '杨', '植', '黎', '麦', '余', '钟', '孔', '骆', '卢', '伍'];
const GIVEN_M = ['伟强', '志明', '国华', '家荣', '永德', '锦辉', '振南', '少华', '海生', '金水', '文光', '春来', '建新', '树林', '德胜', '水生', '亚福', '火明', '瑞祥', '汉光', '志坚', '耀东', '炳坤', '锦标', '桂林', '日新', '柏林', '润生', '荣华', '观福', '国强', '庆文', '伟文', '俊杰', '家明', '振华', '国威', '土生', '石养', '亚九'];
const GIVEN_F = ['秀英', '桂芳', '美玲', '丽珍', '彩娣', '凤娇', '燕萍', '玉兰', '月好', '带娣', '亚妹', '桂英', '少芳', '丽华', '秋菊', '冬梅', '金凤', '银娇', '小红', '淑贞', '惠芳', '瑞娟', '艳玲', '满娣', '亚好', '群英', '巧玲', '翠萍', '秀珍', '美娟'];

function writeCase(rel, obj) {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(obj, null, 1) + '\n', 'utf8');
  console.log('wrote', rel);
}
function sheetsJSON(list) { return list.map((s) => s.toJSON()); }

const CUTOFF = '2021-08-31';
const le = (a, b) => a <= b; // ISO strings / YYYY-MM compare fine when same length

// ====================================================================================
// 1. COUNTY: 德庆县 (肇庆) — 底数本 + 打分单 (two sheets) + 11 ledgers
// ====================================================================================
function buildDeqing() {
  const rng = makeRng(6601);
  const AREA = '441226';

  // ---------- villages
  const TOWNS = [
    ['德城街道', 4, ['城东社区', '城西社区', '朝阳社区', '江滨社区', '康城社区', '香山社区']],
    ['新圩镇', 13, ['新圩社区']],
    ['回龙镇', 16, ['回龙社区']],
    ['官圩镇', 18, ['官圩社区']],
    ['马圩镇', 15, ['马圩社区']],
    ['高良镇', 17, ['高良社区']],
    ['莫村镇', 14, ['莫村社区']],
    ['永丰镇', 16, []],
    ['武垄镇', 11, []],
    ['播植镇', 16, []],
    ['凤村镇', 12, []],
    ['悦城镇', 16, ['悦城社区']],
    ['九市镇', 13, ['九市社区']],
  ];
  const FIRST = '大新罗古金石白长黄龙水洞塘上下东西南北中莲桂榄沙田岗岭湾平安和富双三五六江河蓬竹松梅桃杨樟榕青红思华光朝利联旺兴盘云'.split('');
  const SECOND = '坪岗塘田坑洞湾头口岭山冲陂垌塱寨围岩溪林河洲坡埠屋庄坊湖石安和平丰美联光明兴利胜汾步'.split('');
  const STEMS = new Set(['新圩', '回龙', '官圩', '马圩', '高良', '莫村', '永丰', '武垄', '播植', '凤村', '悦城', '九市', '德城']);
  const used = new Set();
  const villages = []; // {town, stem, admin, poor, express}
  for (const [town, nv, comms] of TOWNS) {
    for (let i = 0; i < nv; i++) {
      let stem;
      for (;;) {
        const a = rng.pick(FIRST), b = rng.pick(SECOND);
        stem = a + b;
        if (a === b || STEMS.has(stem) || used.has(stem)) continue;
        break;
      }
      used.add(stem);
      villages.push({ town, stem, admin: true, poor: false, express: true });
    }
    for (const c of comms) villages.push({ town, stem: c, admin: false, poor: null, express: null, comm: true });
  }
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 181, 'admin 181');
  assert(villages.length === 195, 'villages 195');
  // poor villages: 13, spread in mountain towns
  const poorIdx = [];
  const poorTowns = ['新圩镇', '回龙镇', '官圩镇', '马圩镇', '高良镇', '高良镇', '莫村镇', '永丰镇', '武垄镇', '武垄镇', '播植镇', '凤村镇', '九市镇'];
  const perTownCount = {};
  for (const t of poorTowns) {
    perTownCount[t] = (perTownCount[t] || 0) + 1;
    const list = admins.filter((v) => v.town === t);
    const v = list[perTownCount[t] * 3 + 1];
    v.poor = true; poorIdx.push(v);
  }
  assert(admins.filter((v) => v.poor).length === 13, 'poor 13');
  // express: one village in 武垄镇 not covered
  const noExpress = admins.filter((v) => v.town === '武垄镇' && !v.poor)[6];
  noExpress.express = false;

  // ---------- stations
  // uncovered (as of cut-off): 54 admin villages; one is poor (gets Sept station), one non-poor gets Sept station
  const poorList = admins.filter((v) => v.poor);
  const poorLate = poorList[9]; // a 武垄镇 poor village: station only 2021-09-06
  const nonPoor = admins.filter((v) => !v.poor && v !== noExpress);
  const uncoveredNonPoor = [];
  // pick 53 non-poor uncovered deterministically, spread over towns (more in 德城 and mountain towns)
  const shuffled = rng.shuffle(nonPoor);
  for (const v of shuffled) { if (uncoveredNonPoor.length < 52) uncoveredNonPoor.push(v); }
  const uncovered = new Set([...uncoveredNonPoor, poorLate, noExpress]);
  assert(uncovered.size === 54, 'uncovered 54 got ' + uncovered.size);
  const lateNonPoor = uncoveredNonPoor[5];
  const covered = admins.filter((v) => !uncovered.has(v));
  assert(covered.length === 127, 'covered 127');
  assert(covered.filter((v) => v.poor).length === 12, 'covered poor 12');

  // station rows in town order
  const batchDates = [
    ['2020-06-28', 0.22], ['2020-10-16', 0.36], ['2021-01-12', 0.26], ['2021-05-20', 0.16],
  ];
  function pickBatch() {
    const x = rng.next(); let acc = 0;
    for (const [d, p] of batchDates) { acc += p; if (x < acc) return d; }
    return batchDates[batchDates.length - 1][0];
  }
  const styles = ['date', 'date', 'dot', 'cn', 'slash', 'dot', 'date'];
  function villageWritten(v) {
    const x = rng.next();
    if (v.comm) return v.stem;
    if (x < 0.55) return v.stem + '村';
    if (x < 0.88) return v.stem + '村委会';
    return v.stem + '村民委员会';
  }
  function person(sexHint) {
    const male = sexHint === undefined ? rng.next() < 0.55 : sexHint === 'M';
    return { name: rng.pick(SURNAMES) + rng.pick(male ? GIVEN_M : GIVEN_F), male };
  }
  function phone() { return rng.pick(['138', '139', '135', '137', '136', '150', '158', '189', '133']) + '****' + String(rng.int(1000, 9999)); }
  const stationRecs = [];
  const stSheetRows = [];
  const secondIn = new Set([covered[10], covered[55], covered[98]]);
  let monthOnlyCount = 0;
  for (const [town] of TOWNS) {
    const tv = villages.filter((v) => v.town === town);
    for (const v of tv) {
      if (v.admin && covered.includes(v)) {
        const d = pickBatch();
        let style = rng.pick(styles);
        let opened = d;
        let written;
        if (style === 'cn' && monthOnlyCount < 4 && rng.next() < 0.5) { style = 'month'; monthOnlyCount++; opened = d.slice(0, 7); }
        written = fmtDate(d, style);
        const vw = villageWritten(v);
        stSheetRows.push({ town, name: (rng.next() < 0.15 ? `德庆县${town}${v.stem}村益农信息社（电商服务站）` : `${v.stem}村电商服务站`), village: vw, addr: `${town}${v.stem}村委会办公楼一楼`, opened, written, note: '' });
        stationRecs.push({ village: vw, opened });
        if (secondIn.has(v)) {
          const d2 = '2021-03-18';
          const vw2 = v.stem + '村';
          stSheetRows.push({ town, name: `${v.stem}村电商服务站（圩镇点）`, village: vw2, addr: `${town}${v.stem}村圩镇街${rng.int(3, 60)}号`, opened: d2, written: fmtDate(d2, 'dot'), note: '同村第二个站点' });
          stationRecs.push({ village: vw2, opened: d2 });
        }
      }
      if (v === poorLate) {
        const d = '2021-09-06';
        const vw = v.stem + '村委会';
        stSheetRows.push({ town, name: `${v.stem}村电商服务站`, village: vw, addr: `${town}${v.stem}村委会办公楼`, opened: d, written: fmtDate(d, 'cn'), note: '省定贫困村，9月挂牌' });
        stationRecs.push({ village: vw, opened: d });
      }
      if (v === lateNonPoor) {
        const d = '2021-09-10';
        const vw = v.stem + '村';
        stSheetRows.push({ town, name: `${v.stem}村电商服务站`, village: vw, addr: `${town}${v.stem}村文化室`, opened: d, written: fmtDate(d, 'date'), note: '' });
        stationRecs.push({ village: vw, opened: d });
      }
      if (v.comm && v.stem === '城东社区') {
        const d = '2020-10-16';
        stSheetRows.push({ town, name: '城东社区电商服务点', village: '城东社区', addr: '德城街道朝阳东路28号', opened: d, written: fmtDate(d, 'dot'), note: '社区服务点' });
        stationRecs.push({ village: '城东社区', opened: d });
      }
    }
    if (town === '高良镇') {
      const d = '2021-01-12';
      stSheetRows.push({ town, name: '大坑林场电商服务点', village: '大坑林场', addr: '高良镇大坑林场场部', opened: d, written: fmtDate(d, 'date'), note: '林场（不属行政村）' });
      stationRecs.push({ village: '大坑林场', opened: d });
    }
  }
  assert(stSheetRows.length === 134, 'stations 134 got ' + stSheetRows.length);

  // measure check: covered admin villages by cut-off
  const norm = (s) => s.replace(/(村民委员会|村委会)$/, '村');
  const adminByName = new Map(admins.map((v) => [v.stem + '村', v]));
  const cov = new Set();
  for (const s of stationRecs) {
    if (s.opened > CUTOFF && s.opened.length === 10) continue;
    const v = adminByName.get(norm(s.village));
    if (v) cov.add(v);
  }
  assert(cov.size === 127, 'coverage 127 got ' + cov.size);
  assert([...cov].filter((v) => v.poor).length === 12, 'poor cov 12');

  // ---------- poor persons roster (240): 150 eligible, 55 migrant, 35 no labour
  const statuses = [];
  for (let i = 0; i < 150; i++) statuses.push('E');
  for (let i = 0; i < 55; i++) statuses.push('M');
  for (let i = 0; i < 35; i++) statuses.push('N');
  const stOrder = rng.shuffle(statuses);
  const poorVillagesForRoster = poorList.concat(admins.filter((v) => !v.poor).slice(20, 32));
  const roster = [];
  let seqCounter = 11;
  let hh = 0;
  let i = 0;
  while (i < stOrder.length) {
    const size = Math.min(rng.int(1, 4), stOrder.length - i);
    const v = poorVillagesForRoster[hh % poorVillagesForRoster.length];
    hh++;
    const hhNo = `44122600${String(1000 + hh * 7)}`;
    for (let k = 0; k < size; k++, i++) {
      const st = stOrder[i];
      const p = person();
      let birthY;
      if (st === 'N') birthY = rng.pick([1938, 1941, 1945, 1949, 1952, 2009, 2012, 1947]);
      else birthY = rng.int(1966, 2000);
      const birth = `${birthY}${pad2(rng.int(1, 12))}${pad2(rng.int(1, 28))}`;
      let seq = seqCounter; seqCounter += 2;
      if (!p.male && seq % 2 === 1) seq++;
      if (p.male && seq % 2 === 0) seq++;
      const id = makeId(AREA, birth, seq % 1000);
      let labourTxt, workTxt, place;
      if (st === 'E') { labourTxt = rng.next() < 0.8 ? '普通劳动力' : '技能劳动力'; workTxt = rng.pick(['县内务工', '乡镇内务工', '未务工', '未务工', '县内务工']); place = workTxt === '未务工' ? '' : (workTxt === '县内务工' ? '德庆县城' : v.town); }
      else if (st === 'M') { labourTxt = rng.next() < 0.85 ? '普通劳动力' : '技能劳动力'; workTxt = '外出务工'; place = rng.pick(['广州市', '佛山市', '深圳市', '东莞市', '肇庆市端州区', '中山市']); }
      else { labourTxt = rng.pick(['无劳动力', '丧失劳动力', '无劳动力']); workTxt = '—'; place = ''; }
      roster.push({ town: v.town, village: v.stem + '村', hhNo, name: p.name, male: p.male, id, st, labourTxt, workTxt, place });
    }
  }
  assert(roster.length === 240, 'roster 240');
  // make sure a few eligible have X check digits: regenerate ids for 3 eligible persons
  const elig = roster.filter((r) => r.st === 'E');
  const mig = roster.filter((r) => r.st === 'M');
  const nol = roster.filter((r) => r.st === 'N');
  const ids = new Set(roster.map((r) => r.id));
  function forceX(r) {
    const birth = r.id.slice(6, 14);
    for (let s = 101; s < 999; s++) {
      if ((s % 2 === 1) !== r.male) continue;
      const id = makeId(AREA, birth, s);
      if (id.endsWith('X') && !ids.has(id)) { ids.delete(r.id); r.id = id; ids.add(id); return; }
    }
    throw new Error('no X');
  }
  forceX(elig[7]); forceX(elig[41]); forceX(elig[93]);
  assert(new Set(roster.map((r) => r.id)).size === 240, 'unique ids');

  // ---------- special sign-in (专场), 4 sessions ≤ cut-off (112 rows), 1 in Sept (24 rows)
  const trainedElig = rng.shuffle(elig).slice(0, 88);
  // ensure the X persons are trained
  for (const r of [elig[7], elig[41], elig[93]]) if (!trainedElig.includes(r)) { trainedElig.pop(); trainedElig.unshift(r); }
  assert(new Set(trainedElig).size === 88, 'trained 88');
  const notTrained = elig.filter((r) => !trainedElig.includes(r));
  const septNew = notTrained.slice(0, 20);
  const twice = trainedElig.slice(30, 40); // 10 persons twice
  const migTrained = mig.slice(3, 9); // 6
  const nolTrained = nol.slice(2, 6); // 4
  const outsiders = [
    { name: '冯志坚', male: true, id: makeId(AREA, '19820315', 235), town: '武垄镇', village: '', role: '帮扶干部（县农业农村局）' },
    { name: '何丽珍', male: false, id: makeId(AREA, '19880622', 146), town: '高良镇', village: '', role: '村干部' },
    { name: '罗建新', male: true, id: makeId(AREA, '19790909', 377), town: '回龙镇', village: '', role: '帮扶干部（县供电局）' },
    { name: '莫秋菊', male: false, id: makeId(AREA, '19910118', 268), town: '马圩镇', village: '', role: '村干部' },
    { name: '黎国威', male: true, id: makeId(AREA, '19850704', 419), town: '九市镇', village: '', role: '帮扶干部（县人社局）' },
    { name: '区淑贞', male: false, id: makeId(AREA, '19900220', 522), town: '凤村镇', village: '', role: '村干部' },
  ];
  for (const o of outsiders) assert(!ids.has(o.id), 'outsider id clash');
  // distribute into sessions
  const sessDates = ['2020-11-19', '2021-01-28', '2021-04-29', '2021-07-01'];
  const sessSizes = [30, 28, 26, 28];
  const pool = [];
  trainedElig.forEach((r) => pool.push({ p: r, kind: 'E' }));
  const secondRound = twice.map((r) => ({ p: r, kind: 'E2' }));
  migTrained.forEach((r) => pool.push({ p: r, kind: 'M' }));
  nolTrained.forEach((r) => pool.push({ p: r, kind: 'N' }));
  outsiders.slice(0, 4).forEach((o) => pool.push({ p: o, kind: 'O' }));
  // first 3 sessions from pool, 2nd appearances go to later sessions
  const poolSh = rng.shuffle(pool);
  const sessions = [[], [], [], []];
  // place "twice" persons' first appearance in sessions 0/1 and second in 2/3
  const firstTw = new Set(twice);
  let cursor = 0;
  const firstPart = poolSh.filter((x) => firstTw.has(x.p));
  const rest = poolSh.filter((x) => !firstTw.has(x.p));
  firstPart.forEach((x, k) => sessions[k % 2].push(x));
  secondRound.forEach((x, k) => sessions[2 + (k % 2)].push(x));
  for (let s = 0; s < 4; s++) {
    while (sessions[s].length < sessSizes[s]) sessions[s].push(rest[cursor++]);
  }
  assert(cursor === rest.length, 'all placed ' + cursor + '/' + rest.length);
  const septRows = rng.shuffle(septNew.map((p) => ({ p, kind: 'E' })).concat([{ p: trainedElig[3], kind: 'E2' }, { p: trainedElig[60], kind: 'E2' }], outsiders.slice(4).map((o) => ({ p: o, kind: 'O' }))));
  assert(septRows.length === 24, 'sept 24');
  const signRowsAll = [];
  sessions.forEach((rows, s) => signRowsAll.push({ date: sessDates[s], label: `专场${'一二三四'[s]}`, place: ['县电商公共服务中心', '武垄镇政府会议室', '县电商公共服务中心', '高良镇政府会议室'][s], rows: rng.shuffle(rows) }));
  signRowsAll.push({ date: '2021-09-08', label: '专场五', place: '县电商公共服务中心', rows: septRows });
  // id writing variants
  const lowerX = new Set([elig[7].id, elig[41].id]);
  const spaced = new Set([trainedElig[12].id, trainedElig[50].id]);
  function writeId(id) {
    if (lowerX.has(id)) return id.slice(0, 17) + 'x';
    if (spaced.has(id)) return id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
    return id;
  }
  // measure check
  const eligIds = new Set(elig.map((r) => r.id));
  const trainedSet = new Set();
  let signRowsBefore = 0;
  for (const s of signRowsAll) {
    if (s.date > CUTOFF) continue;
    for (const x of s.rows) { signRowsBefore++; if (eligIds.has(x.p.id)) trainedSet.add(x.p.id); }
  }
  assert(signRowsBefore === 112, 'sign rows 112 got ' + signRowsBefore);
  assert(trainedSet.size === 88, 'trained 88 got ' + trainedSet.size);

  // ---------- training sessions (普及培训, not incl. 专场)
  const sess = [
    ['2020-09-17', 'date', '德城街道办事处会议室', '农村电商基础知识', '返乡青年、个体户', 86],
    ['2020-09-24', 'dot', '新圩镇政府', '网店开设与运营', '农户、合作社', 92],
    ['2020-10-15', 'cn', '回龙镇政府', '农村电商基础知识', '农户、村干部', '105人次'],
    ['2020-10-22', 'date', '官圩镇金林水乡游客中心', '乡村旅游+电商', '民宿、农家乐业主', 98],
    ['2020-10-29', 'dot', '马圩镇政府', '农产品网销', '农户、合作社', 88],
    ['2020-11-05', 'date', '高良镇政府', '农村电商基础知识', '农户', 102],
    ['2020-11-12', 'slash', '莫村镇政府', '微商与社群营销', '妇女、返乡青年', 95],
    ['2020-11-26', 'dot', '永丰镇政府', '农村电商基础知识', '农户', 90],
    ['2020-12-10', 'range:2020.12.9-10', '县电商公共服务中心', '电商创业提高班（两天）', '电商创业者', 120],
    ['2020-12-17', 'date', '武垄镇政府', '农村电商基础知识', '农户', 76],
    ['2020-12-24', 'cn', '播植镇政府', '竹编工艺品网销', '手工艺户', 94],
    ['2021-01-07', 'dot', '凤村镇政府', '沙糖桔网销与包装', '果农', 83],
    ['2021-01-14', 'date', '悦城镇政府', '农村电商基础知识', '农户', 99],
    ['2021-01-21', 'dot', '九市镇政府', '农产品短视频拍摄', '农户、返乡青年', '87'],
    ['2021-03-04', 'date', '县电商公共服务中心', '直播带货实操', '电商从业人员', 110],
    ['2021-03-11', 'dot', '德城街道办事处会议室', '网店美工基础', '个体户', 96],
    ['2021-03-18', 'yy', '新圩镇政府', '贡柑网销', '果农、合作社', 101],
    ['2021-03-25', 'date', '回龙镇政府', '农村电商基础知识', '农户', 93],
    ['2021-04-08', 'cn', '官圩镇政府', '农产品网销', '农户、合作社', 108],
    ['2021-04-15', 'date', '马圩镇政府', '农村电商基础知识', '农户', 91],
    ['2021-04-22', 'dot', '线上（县电商中心视频号直播）', '疫情下的农产品线上销售', '全县农户', 180],
    ['2021-05-13', 'date', '高良镇政府', '茶叶网销', '茶农', 97],
    ['2021-05-20', 'slash', '莫村镇政府', '农村电商基础知识', '农户', 89],
    ['2021-05-27', 'date', '永丰镇政府', '网店开设与运营', '农户、返乡青年', '９４'],
    ['2021-06-10', 'dot', '武垄镇政府', '山货网销', '农户', 72],
    ['2021-06-17', 'date', '播植镇政府', '农村电商基础知识', '农户', 99],
    ['2021-06-24', 'cn', '凤村镇政府', '农村电商基础知识', '农户', 85],
    ['2021-07-08', 'date', '悦城镇政府', '文旅商品网销', '个体户', 102],
    ['2021-07-15', 'dot', '九市镇政府', '农村电商基础知识', '农户', 90],
    ['2021-07-22', 'date', '县电商公共服务中心', '网店美工提高', '电商从业人员', 68],
    ['2021-07-29', 'dot', '线上（县电商中心视频号直播）', '贡柑预售与社群营销', '全县农户', 118],
    ['2021-08-05', 'date', '德城街道办事处会议室', '农村电商基础知识', '居民、个体户', 84],
    ['2021-08-12', 'slash', '官圩镇政府', '直播带货入门', '农户、返乡青年', 96],
    ['2021-08-19', 'date', '马圩镇政府', '农村电商基础知识', '农户', 88],
    ['2021-08-27', 'range:2021.8.26-27', '县电商公共服务中心', '网店运营提高班（小班，两天）', '电商从业人员', 42],
    ['2021-09-09', 'dot', '德城街道办事处会议室', '农村电商基础知识', '居民、个体户', 200],
  ];
  const ptNum = (x) => (typeof x === 'number' ? x : Number(String(x).replace(/[^\d０-９]/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
  const sessBefore = sess.filter((s) => s[0] <= CUTOFF).reduce((a, s) => a + ptNum(s[5]), 0);
  assert(sessBefore === 3318, 'sessions 3318 got ' + sessBefore);
  const personTimes = sessBefore + signRowsBefore;
  assert(personTimes === 3430, 'pt 3430');
  assert(personTimes * 100 >= 342100 && 3318 * 100 < 342100, 'training boundary');

  // ---------- enterprises
  const code = (p) => p + Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[rng.int(0, 30)]).join('');
  const ent = [
    ['德庆县贡柑电子商务有限公司', '91441226MA54', '销售型', '2020-10-12', null, 'A101'],
    ['肇庆市德庆优选农业科技有限公司', '91441226MA54', '平台型', '2020-10-12', null, 'A102'],
    ['德庆县悦城物流有限公司', '91441226MA4W', '物流企业', '2020-10-12', null, 'A103'],
    ['广东粤西云商网络科技有限公司德庆分公司', '91441226MA55', '电商运营商', '2020-10-12', null, 'A201'],
    ['德庆县康城农产品专业合作社', '93441226MA4X', '销售型', '2020-10-20', null, 'A104'],
    ['德庆县首乌生物科技有限公司', '91441226MA51', '销售型', '2020-11-02', null, 'A105'],
    ['德庆县三华李电商工作室', '92441226MA55', '销售型', '2020-11-02', '2021-06-30', 'A106'],
    ['德庆县金林水乡文旅电商有限公司', '91441226MA55', '销售型', '2020-11-16', null, 'A202'],
    ['德庆县播植竹编工艺品店', '92441226MA56', '销售型', '2020-12-01', null, 'A107'],
    ['德庆县马圩特产贸易有限公司', '91441226MA56', '销售型', '2020-12-01', null, 'A108'],
    ['中国邮政速递物流股份有限公司德庆县营业部', '91441226MA52', '物流企业', '2020-12-10', null, 'B101'],
    ['德庆县直播电商产业服务有限公司', '91441226MA56', '直播电商', '2021-01-08', null, 'A203'],
    ['德庆县官圩米业电子商务有限公司', '91441226MA56', '销售型', '2021-01-15', null, 'A204'],
    ['德庆县凤村沙糖桔专业合作社', '93441226MA56', '销售型', '2021-03-03', null, 'A205'],
    ['肇庆市西江供应链管理有限公司', '91441200MA56', '物流企业', '2021-03-15', null, 'B102'],
    ['德庆县云上德庆网络科技有限公司', '91441226MA56', '平台型', '2021-04-06', null, 'A206'],
    ['德庆县九市豆腐角食品有限公司', '91441226MA56', '销售型', '2021-04-20', null, 'A207'],
    ['德庆县武垄山货电商店', '92441226MA57', '销售型', '2021-05-10', null, 'A208'],
    ['德庆县悦城龙母文化创意有限公司', '91441226MA57', '销售型', '2021-06-01', null, 'A301'],
    ['德庆县新圩农产品直播基地有限公司', '91441226MA57', '直播电商', '2021-07-12', '2021-09-15', 'A302'],
    ['德庆县高良茶业有限公司', '91441226MA57', '销售型', '2021-09-06', null, 'A303'],
  ].map((e) => ({ name: e[0], code: code(e[1]).slice(0, 18), type: e[2], entered: e[3], left: e[4], room: e[5] }));
  ent.forEach((e) => { while (e.code.length < 18) e.code += 'K'; });
  const renamed = { ...ent[9], name: '德庆县马圩农特产品供应链有限公司', note: '原“德庆县马圩特产贸易有限公司”，2021年4月更名，信用代码不变' };
  const entRows = ent.slice(0, 20).concat([renamed, ent[20]]);
  assert(entRows.length === 22, 'ent rows 22');
  const inPark = new Set();
  for (const e of entRows) if (e.entered <= CUTOFF && !(e.left && e.left <= CUTOFF)) inPark.add(e.code);
  assert(inPark.size === 19, 'in park 19 got ' + inPark.size);

  // ---------- funds
  const funds = [
    ['2020-06-18', 'date', '县电商公共服务中心建设（首付款）', '广东德建装饰工程有限公司', 600000, '记-0618-03'],
    ['2020-07-09', 'dot', '村级电商服务站点建设（一期）首付款', '德庆县邮乐电子商务有限公司', 480000, '记-0709-11'],
    ['2020-08-14', 'date', '电商培训服务（首付款）', '广东南粤电商教育科技有限公司', 150000, '记-0814-05'],
    ['2020-09-25', 'cn', '县镇村三级物流体系建设（首付款）', '中国邮政集团有限公司德庆县分公司', 360000, '记-0925-08'],
    ['2020-11-26', 'date', '县电商公共服务中心建设（进度款）', '广东德建装饰工程有限公司', 720000, '记-1126-02'],
    ['2020-12-28', 'dot', '村级电商服务站点建设（一期）进度款', '德庆县邮乐电子商务有限公司', '560,000.00', '记-1228-14'],
    ['2021-01-20', 'date', '物流体系建设——承建方退回多付款', '中国邮政集团有限公司德庆县分公司', -12000, '记-0120-06'],
    ['2021-01-22', 'slash', '区域公用品牌及网络营销推广', '肇庆市星火广告传媒有限公司', 186000, '记-0122-09'],
    ['2021-03-12', 'date', '电商培训服务（进度款）', '广东南粤电商教育科技有限公司', 120000, '记-0312-04'],
    ['2021-04-28', 'dot', '农产品冷链及溯源系统（首付款）', '肇庆市西江供应链管理有限公司', 150000, '记-0428-07'],
    ['2021-05-20', 'date', '村级电商服务站点建设（二期）首付款', '德庆县邮乐电子商务有限公司', '320,000.00', '记-0520-10'],
    ['2021-06-25', 'cn', '县电商公共服务中心运营服务费（上半年）', '广东粤西云商网络科技有限公司', 180000, '记-0625-03'],
    ['2021-07-30', 'date', '县镇村三级物流体系建设（进度款）', '中国邮政集团有限公司德庆县分公司', 102400, '记-0730-12'],
    ['2021-08-31', 'date', '村级电商服务站点建设（一期）验收款', '德庆县邮乐电子商务有限公司', 70000, '记-0831-01'],
    ['2021-09-14', 'dot', '村级电商服务站点建设（二期）进度款', '德庆县邮乐电子商务有限公司', 420000, '记-0914-05'],
  ];
  const amt = (x) => (typeof x === 'number' ? x : Number(String(x).replace(/,/g, '')));
  const fundBefore = funds.filter((f) => f[0] <= CUTOFF).reduce((a, f) => a + amt(f[4]), 0);
  assert(fundBefore === 3986400, 'funds ' + fundBefore);
  const fundAll = funds.reduce((a, f) => a + amt(f[4]), 0);

  // ================= sheets
  const S = [];
  // 目录
  const toc = new Sheet('目录');
  toc.add(['德庆县电子商务进农村综合示范县考评资料（电子版）目录']); toc.merge(1, 0, 1, 2);
  toc.add(['序号', '表名', '说明']);
  [['1', '底数本', '考评要用的底数，按我们自己的分类，编号甲1、乙2……'], ['2', '打分单', '自己打的分，一项一行，下面是依据（写“见甲3”就是底数本的编号）'],
    ['3', '附1 村居名单', '县民政局2021年7月名单'], ['4', '附2 服务站点', ''], ['5', '附3 普及培训', '按期登记人次，不含贫困户专场'], ['6', '附4 专场签到', '贫困户专场逐人签到'],
    ['7', '附5 贫困劳动力', '县乡村振兴局提供'], ['8', '附6 园区企业', ''], ['9', '附7 资金拨付', ''], ['10', '附8 报送登记', ''], ['11', '附9 专栏更新', ''], ['12', '附10 宣传报道', ''], ['13', '附11 经验材料', '']]
    .forEach((r) => toc.add(r));
  S.push(toc);

  // 底数本
  const ds = new Sheet('底数本');
  ds.add(['德庆县电商进农村示范县考评　底数本']); ds.merge(1, 0, 1, 5);
  ds.add(['（电商股梁××整理。数都截至2021年8月31日——省里定的考评截止日，9月的不算。打分见《打分单》，打分单里写“见甲3”就是这里的编号。）']); ds.merge(2, 0, 2, 5);
  ds.add(['编号', '底数（我们的说法）', '数／情况', '单位、口径', '谁给的', '材料放哪']);
  const sec = (t) => { const r = ds.add([t]); ds.merge(r, 0, r, 5); };
  sec('甲　家底');
  ds.add(['甲1', '全县常住人口', 34.21, '万人，第七次人口普查', '县统计局', '盒1']);
  ds.add(['甲2', '户籍人口（公安口径，只作参考，不拿来算）', 40.62, '万人', '县公安局', '—']);
  ds.add(['甲3', '镇（街道）', 13, '个（12个镇、1个街道）', '县民政局', '盒1']);
  ds.add(['甲4', '村委会（行政村）', 181, '个', '县民政局', '附1']);
  ds.add(['甲5', '社区居委会', 14, '个，不算行政村', '县民政局', '附1']);
  ds.add(['甲6', '省定相对贫困村', 13, '个，附1里打★的', '县乡村振兴局', '附1']);
  sec('乙　班子和文件');
  ds.add(['乙1', '领导小组谁当组长', '县委副书记、县长', '2020年4月调整（德府办〔2020〕9号），之前是分管副县长', '县府办', '盒2']);
  ds.add(['乙2', '领导小组有哪些部门', '县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司，各镇（街道）', '成员单位', '县府办', '盒2']);
  ds.add(['乙3', '示范县工作方案印了没有', '印了', '德府办〔2020〕15号，2020年5月8日印发', '商务局', '盒2']);
  ds.add(['乙4', '扶持政策出了没有', '出了', '《德庆县促进农村电子商务发展扶持办法》（德府办〔2020〕27号）', '商务局', '盒2']);
  ds.add(['乙5', '项目管理制度', '有', '《项目管理办法》《项目验收办法》', '商务局', '盒3']);
  ds.add(['乙6', '工作台账', '有', '就是这本（附1—附11），站点视频还差十几个没补齐', '商务局', '—']);
  sec('丙　中心和园区');
  ds.add(['丙1', '县电商公共服务中心哪天开门运营', D('2020-09-28'), '揭牌当天起运营（9月18日是竣工验收，不是运营）', '商务局', '盒4']);
  ds.add(['丙2', '中心有没有免费的培训室、培训设备', '有', '80座培训室，电脑40台，免费用', '运营方', '盒4']);
  ds.add(['丙3', '农产品免费展示、代卖', '有', '展示区上架126款', '运营方', '盒4']);
  ds.add(['丙4', '免费拍照、美工', '拍照免费，美工收费', '美工每款80元，没做到全免费', '运营方', '盒4']);
  ds.add(['丙5', '统一推广、帮着做品牌', '有', '“德庆贡柑”区域公用品牌推广', '运营方', '盒4']);
  ds.add(['丙6', '其他增值服务（代办执照、金融对接、物流对接）', '有', '', '运营方', '盒4']);
  ds.add(['丙7', '电商产业园', '建了', '原县城物流园整合改造，2020年10月开园', '商务局', '盒5']);
  ds.add(['丙8', '园区入驻企业', 21, '家（签了协议的，9月还有一家进来）', '运营方', '附6']);
  ds.add(['丙9', '第三方运营', '有', '广东粤西云商网络科技有限公司驻场运营', '商务局', '盒5']);
  sec('丁　村里的站和快递');
  ds.add(['丁1', '村级站点', 134, '个（含城东社区1个、大坑林场1个）', '商务局', '附2']);
  ds.add(['丁2', '有站点的村', 129, '个（统计到9月10日）', '商务局', '附2']);
  ds.add(['丁3', '省定贫困村有站的', 13, '个，全覆盖', '商务局', '附2']);
  ds.add(['丁4', '快递进村', '村村通', '县邮政管理部门出了证明', '县邮政分公司', '盒6']);
  sec('戊　卖货（农产品上行）');
  ds.add(['戊1', '2019年全县农村网络零售额', 8.62, '亿元，省商务厅给的第三方平台数', '省商务厅', '盒7']);
  ds.add(['戊2', '2020年全县农村网络零售额', 10.93, '亿元，同比增长26.8%', '省商务厅', '盒7']);
  ds.add(['戊3', '2019年农产品网络零售额', 2.35, '亿元', '省商务厅', '盒7']);
  ds.add(['戊4', '2020年农产品网络零售额', 3.12, '亿元，同比增长32.8%', '省商务厅', '盒7']);
  ds.add(['戊5', '今年1—8月农村网络零售额', 8.07, '亿元（不是考评用的数）', '省商务厅', '—']);
  sec('己　培训');
  ds.add(['己1', '培训人次（截至8月31日）', '3,430', '人次＝普及培训3,318＋贫困户专场112（9月的不算）', '商务局', '附3、附4']);
  ds.add(['己2', '有劳动能力、在家没外出打工的建档立卡贫困人口', 150, '人，县乡村振兴局8月核定', '县乡村振兴局', '附5']);
  ds.add(['己3', '其中参加过电商培训的', 88, '人，按身份证去重（外出务工的、没劳力的、帮扶干部不算）', '商务局', '附4']);
  sec('庚　公开和报送');
  ds.add(['庚1', '县政府网专栏', '2019年12月开通', '“电子商务进农村综合示范”专栏', '商务局', '盒8']);
  ds.add(['庚2', '专栏挂了创建方案没有', '挂了', '', '商务局', '盒8']);
  ds.add(['庚3', '专栏挂了项目基本信息没有', '挂了', '承建单位、合同金额、建设内容', '商务局', '盒8']);
  ds.add(['庚4', '专栏挂没挂建设进度', '挂了', '按月挂进度', '商务局', '附9']);
  ds.add(['庚5', '征求意见／监督举报窗口', '有', '专栏页底设了监督举报电话和邮箱', '商务局', '盒8']);
  ds.add(['庚6', '每月报市商务局', '每月都报', '', '商务局', '附8']);
  ds.add(['庚7', '电商扶贫情况能不能统计', '能', '月报附电商扶贫统计表', '商务局', '附8']);
  sec('辛　钱');
  ds.add(['辛1', '省里下达专项资金', 500, '万元', '县财政局', '盒9']);
  ds.add(['辛2', '已拨出去的', 398.64, '万元，截至8月31日国库支付数（9月14日又付42万，不算）', '县财政局', '附7']);
  ds.add(['辛3', '资金管理办法', '有', '《德庆县省级电子商务进农村综合示范专项资金管理办法》', '县财政局', '盒9']);
  ds.add(['辛4', '资金专用台账', '有', '我局和承建方都建了', '县财政局', '附7']);
  sec('壬　红线');
  ds.add(['壬1', '出过安全生产、质量事故或者大的损失没有', '没有', '', '商务局', '—']);
  ds.add(['壬2', '项目总体进度', '93%', '按合同完成量算', '商务局', '—']);
  ds.add(['壬3', '有没有弄虚作假', '没有', '', '商务局', '—']);
  ds.blank();
  ds.add(['整理：梁××　　核对：陈××　　2021年9月2日']); ds.merge(ds.rows.length, 0, ds.rows.length, 5);
  S.push(ds);

  // 打分单
  const ps = new Sheet('打分单');
  ps.add(['德庆县电商进农村示范县考评　打分单']); ps.merge(1, 0, 1, 6);
  ps.add(['（我们自己打的分。按省里15项加2个加分项排，一项一行；下面带“└”的是这一项的依据和分项分，“见甲3”指底数本的编号。）']); ps.merge(2, 0, 2, 6);
  ps.add(['序', '考评项（我们的说法）', '满分', '自评', '分项得分', '依据（见底数本）', '稳不稳']);
  const item = (no, name, full, score, stable) => ps.add([no, name, full, score, null, null, stable]);
  const ev = (text, sub, ref) => ps.add([null, '└ ' + text, null, null, sub === undefined ? null : sub, ref || null, null]);
  item('1', '谁牵头（组织领导）', 2, 2, '稳');
  ev('县长当组长，商务、财政、农业农村、乡村振兴都在小组里', undefined, '乙1、乙2');
  item('2', '方案', 2, 2, '稳');
  ev('方案正式印发，按德庆实际写的，能操作', undefined, '乙3');
  item('3', '政策', 2, 1, '稳');
  ev('扶持办法出了，但只兑现了两批，落实一般，打1分', undefined, '乙4');
  item('4', '项目管理', 4, 3, '稳');
  ev('管理制度（建设、验收都按办法走）', 2, '乙5');
  ev('工作台账（站点视频没补齐，扣1分）', 1, '乙6');
  item('5', '县中心和产业园', 15, 14, '悬');
  ev('中心建成、运营满6个月', 4, '丙1');
  ev('免费培训2、免费展示1、品牌推广1、其他服务1', 5, '丙2、丙3、丙5、丙6');
  ev('拍照美工（美工收费，不得分）', 0, '丙4');
  ev('园区建了2、入驻满20家2、三类以上企业1', 5, '丙7、丙8');
  item('6', '村级站点', 10, 10, '稳');
  ev('有站的行政村超过70%', 5, '丁2');
  ev('省定贫困村全覆盖', 5, '丁3');
  item('7', '卖货（农产品上行）', 10, 8, '稳');
  ev('网销调研报告', 2, '盒7');
  ev('促销活动（办了几场，效果一般）', 1, '盒7');
  ev('第三方运营', 1, '丙9');
  ev('快递村村通', 1, '丁4');
  ev('交易标准有了，冷链、溯源还在弄', 1, '盒7');
  ev('增速（农产品网零增长32.8%）', 2, '戊3、戊4');
  item('8', '培训', 20, 20, '稳');
  ev('人次过常住人口1%', 10, '甲1、己1');
  ev('贫困人口培训率过50%（88÷150＝58.7%）', 10, '己2、己3');
  item('9', '专栏', 4, 4, '稳');
  ev('专栏设了，内容齐', 2, '庚1—庚5');
  ev('按月更新', 2, '附9');
  item('10', '报市局', 6, 6, '稳');
  ev('每月都报', 3, '庚6');
  ev('能统计电商扶贫', 3, '庚7');
  item('11', '经验材料', 2, 2, '稳');
  ev('报过市商务局两篇', undefined, '附11');
  item('12', '媒体报道', 8, 8, '稳');
  ev('省、市、县三级都有报道', undefined, '附10');
  item('13', '资金制度', 5, 4, '稳');
  ev('有管理办法，考核问责还不够细', undefined, '辛3');
  item('14', '资金台账', 5, 4, '稳');
  ev('专用台账建了，个别凭证后补', undefined, '辛4');
  item('15', '资金支出', 5, 4, '稳');
  ev('支出率398.64÷500＝79.7%，过了70%', null, '辛1、辛2');
  ev('按进度及时拨付', 4, '附7');
  item('加1', '贫困人口培训率过七成', 2, 0, '—');
  ev('58.7%，不够70%', undefined, '己2、己3');
  item('加2', '扶贫案例上电视', 2, 1, '稳');
  ev('广东台珠江频道播过（省级）；央视那条9月才播，不算', undefined, '附10');
  const tot = ps.add(['合计', null, 104, 93, null, '15项92分＋加分1分', null]);
  ps.merge(tot, 0, tot, 1);
  const red = ps.add(['红线三条：事故——没有；总体进度93%，不到40%才否决；弄虚作假——没有。不扣。']);
  ps.merge(red, 0, red, 6);
  S.push(ps);

  // 附1 村居名单
  const vs = new Sheet('附1 村居名单');
  vs.add(['德庆县村（居）委会名单']); vs.merge(1, 0, 1, 6);
  vs.add(['数据来源：县民政局（2021年7月）　　★为省定相对贫困村　　快递进村：✓已通　×未通']); vs.merge(2, 0, 2, 6);
  vs.add(['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注']);
  let no = 0;
  for (const [town] of TOWNS) {
    const tv = villages.filter((v) => v.town === town);
    const start = vs.rows.length + 1;
    tv.forEach((v, k) => {
      no++;
      if (v.admin) vs.add([no, k === 0 ? town : null, v.stem + '村委会', '村委会', v.poor ? '★' : null, v.express ? '✓' : '×（到镇上取件）', v.express ? null : '山区，快递只到镇']);
      else vs.add([no, k === 0 ? town : null, v.stem + '居委会', '社区', null, null, null]);
    });
    vs.merge(start, 1, vs.rows.length, 1);
  }
  const vt = vs.add(['合计：村委会181个，社区居委会14个，其中省定贫困村13个']); vs.merge(vt, 0, vt, 6);
  S.push(vs);

  // 附2 服务站点
  const ss = new Sheet('附2 服务站点');
  ss.add(['德庆县村级电子商务服务站点清单']); ss.merge(1, 0, 1, 8);
  ss.add(['填报单位：德庆县商务局　　更新至2021年9月10日']); ss.merge(2, 0, 2, 8);
  ss.add(['序号', '站点名称', '镇（街道）', '所在村', '地址', '站长', '联系电话', '挂牌时间', '备注']);
  stSheetRows.forEach((r, k) => {
    const p = person();
    ss.add([k + 1, r.name, r.town, r.village, r.addr, p.name, phone(), r.written, r.note || null]);
  });
  const stt = ss.add(['合计134个（其中9月挂牌2个）']); ss.merge(stt, 0, stt, 8);
  S.push(ss);

  // 附3 普及培训
  const ts = new Sheet('附3 普及培训');
  ts.add(['德庆县农村电商普及培训登记表']); ts.merge(1, 0, 1, 7);
  ts.add(['（按期登记人次。不含贫困户专场，专场按人签到见附4，人次另算。）']); ts.merge(2, 0, 2, 7);
  ts.add(['期次', '培训日期', '培训地点', '培训内容', '培训对象', '参训人次', '承办单位', '备注']);
  sess.forEach((s, k) => {
    const dcell = s[1].startsWith('range:') ? s[1].slice(6) : fmtDate(s[0], s[1]);
    const host = s[2].startsWith('线上') ? '县电商公共服务中心' : (k % 3 === 0 ? '广东南粤电商教育科技有限公司' : '县电商公共服务中心');
    ts.add([`第${k + 1}期`, dcell, s[2], s[3], s[4], s[5], host, s[1].startsWith('range:') ? '两天班' : (s[2].startsWith('线上') ? '线上直播，按实时观看人数' : null)]);
  });
  const ttot = ts.add(['合计', null, null, null, null, thousands(sessBefore + 200), null, '含9月9日第36期200人次']);
  ts.merge(ttot, 0, ttot, 4);
  S.push(ts);

  // 附4 专场签到
  const sg = new Sheet('附4 专场签到');
  sg.add(['德庆县建档立卡贫困户电商专场培训签到汇总']); sg.merge(1, 0, 1, 9);
  sg.add(['（专场人次未计入附3普及培训登记表）']); sg.merge(2, 0, 2, 9);
  sg.add(['场次', '培训日期', '序号', '姓名', '性别', '身份证号码', '镇', '村', '身份', '签名']);
  for (const s of signRowsAll) {
    const start = sg.rows.length + 1;
    s.rows.forEach((x, k) => {
      const p = x.p;
      const role = x.kind === 'O' ? p.role : '建档立卡贫困户';
      sg.add([k === 0 ? `${s.label}（${s.place}）` : null, k === 0 ? fmtDate(s.date, s.date === '2021-09-08' ? 'dot' : 'date') : null, k + 1, p.name, p.male ? '男' : '女', writeId(p.id), p.town, p.village || null, role, '（已签）']);
    });
    const end = sg.rows.length;
    sg.merge(start, 0, end, 0); sg.merge(start, 1, end, 1);
  }
  S.push(sg);

  // 附5 贫困劳动力
  const pp = new Sheet('附5 贫困劳动力');
  pp.add(['德庆县建档立卡贫困人口劳动力情况表（电商帮扶对象）']); pp.merge(1, 0, 1, 9);
  pp.add(['提供单位：县乡村振兴局（2021年8月）']); pp.merge(2, 0, 2, 9);
  pp.add(['序号', '镇', '村', '户编号', '姓名', '性别', '身份证号码', '劳动能力', '务工状态', '务工地点']);
  roster.forEach((r, k) => pp.add([k + 1, r.town, r.village, r.hhNo, r.name, r.male ? '男' : '女', r.id, r.labourTxt, r.workTxt, r.place || null]));
  S.push(pp);

  // 附6 园区企业
  const es = new Sheet('附6 园区企业');
  es.add(['德庆县电子商务产业园入驻企业名单']); es.merge(1, 0, 1, 7);
  es.add(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻日期', '退出日期', '房号', '备注']);
  const eStyles = ['date', 'dot', 'date', 'cn', 'date', 'slash'];
  entRows.forEach((e, k) => es.add([k + 1, e.name, e.code, e.type, fmtDate(e.entered, eStyles[k % eStyles.length]), e.left ? fmtDate(e.left, 'date') : null, e.room, e.note || null]));
  S.push(es);

  // 附7 资金拨付
  const fs7 = new Sheet('附7 资金拨付');
  fs7.add(['德庆县省级电子商务进农村综合示范专项资金拨付台账']); fs7.merge(1, 0, 1, 6);
  fs7.add(['单位：元　　下达资金5,000,000.00元']); fs7.merge(2, 0, 2, 6);
  fs7.add(['序号', '拨付日期', '项目', '收款单位', '拨付金额（元）', '凭证号', '备注']);
  funds.forEach((f, k) => fs7.add([k + 1, fmtDate(f[0], f[1]), f[2], f[3], f[4], f[5], f[4] < 0 ? '退回，冲减拨付' : (f[0] > CUTOFF ? '考评截止日后' : null)]));
  const ft = fs7.add(['合计', null, null, null, thousands(fundAll, 2), null, '含9月14日42万元']); fs7.merge(ft, 0, ft, 3);
  S.push(fs7);

  // 附8 报送登记
  const rs = new Sheet('附8 报送登记');
  rs.add(['德庆县商务局电商进农村工作月报报送登记']); rs.merge(1, 0, 1, 5);
  rs.add(['序号', '报送日期', '报送内容', '报送对象', '报送方式', '是否附电商扶贫统计表']);
  const reps = [
    ['2020-09-08', 'date', '8月份工作进展月报', '肇庆市商务局', '电子邮件', '是'],
    ['2020-10-09', 'dot', '9月份工作进展月报', '肇庆市商务局', '电子邮件', '是'],
    ['2020-11-06', 'date', '10月份工作进展月报', '肇庆市商务局', '电子邮件', '是'],
    ['2020-12-08', 'cn', '11月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-01-08', 'date', '12月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-02-05', 'date', '1月份工作进展月报', '肇庆市商务局', '粤政易', '否'],
    ['2021-02-20', 'dot', '春节期间电商运行情况', '县政府办', '粤政易', null],
    ['2021-03-08', 'slash', '2月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-04-08', 'date', '3月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-05-10', 'dot', '4月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-06-08', 'date', '5月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-07-08', 'cn', '6月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-08-06', 'date', '7月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
    ['2021-09-07', 'date', '8月份工作进展月报', '肇庆市商务局', '粤政易', '是'],
  ];
  reps.forEach((r, k) => rs.add([k + 1, fmtDate(r[0], r[1]), r[2], r[3], r[4], r[5]]));
  S.push(rs);

  // 附9 专栏更新
  const dsh = new Sheet('附9 专栏更新');
  dsh.add(['德庆县人民政府网“电子商务进农村综合示范”专栏更新记录']); dsh.merge(1, 0, 1, 4);
  dsh.add(['序号', '发布日期', '标题', '栏目', '链接']);
  const discl = [
    ['2019-12-20', '德庆县电子商务进农村综合示范县创建实施方案'],
    ['2020-05-12', '德庆县电子商务进农村综合示范项目基本信息公示'],
    ['2020-07-17', '示范项目建设进度（2020年6月）'],
    ['2020-09-18', '示范项目建设进度（2020年8月）'],
    ['2020-10-23', '示范项目建设进度（2020年9月）'],
    ['2020-11-20', '示范项目建设进度（2020年10月）'],
    ['2020-12-18', '示范项目建设进度（2020年11月）'],
    ['2021-01-22', '示范项目建设进度（2020年12月）'],
    ['2021-03-19', '示范项目建设进度（2021年1—2月）'],
    ['2021-04-16', '示范项目建设进度（2021年3月）'],
    ['2021-05-21', '示范项目建设进度（2021年4月）'],
    ['2021-06-18', '示范项目建设进度（2021年5月）'],
    ['2021-07-16', '示范项目建设进度（2021年6月）'],
    ['2021-08-20', '示范项目建设进度（2021年7月）'],
    ['2021-09-03', '示范项目建设进度（2021年8月）'],
  ];
  discl.forEach((d, k) => dsh.add([k + 1, fmtDate(d[0], k % 4 === 1 ? 'dot' : 'date'), d[1], '专题专栏>电子商务进农村综合示范', `http://www.deqing.gov.cn/zwgk/ztzl/dzsw/content/post_${2100000 + k * 1371}.html`]));
  S.push(dsh);

  // 附10 宣传报道
  const ms = new Sheet('附10 宣传报道');
  ms.add(['德庆县电商进农村宣传报道登记']); ms.merge(1, 0, 1, 6);
  ms.add(['序号', '报道日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例']);
  const media = [
    ['2020-10-20', 'date', '德庆县融媒体中心《德庆新闻》', '县级', '电视', '县电商公共服务中心揭牌运营', '否'],
    ['2020-11-26', 'dot', '南方+客户端', '省级', '网络', '德庆贡柑“触网”卖全国', '否'],
    ['2021-01-12', 'date', '肇庆日报', '市级', '报纸', '德庆：村级电商站点打通“最后一公里”', '否'],
    ['2021-04-16', 'cn', '肇庆广播电视台《肇庆新闻》', '市级', '电视', '武垄山货搭上直播快车', '是'],
    ['2021-05-20', 'date', '广东广播电视台珠江频道《今日关注》', '省级', '电视', '德庆：电商帮扶让贫困户的山货走出大山', '是'],
    ['2021-07-08', 'date', '德庆发布（微信公众号）', '县级', '网络', '我县举办第28期农村电商培训', '否'],
    ['2021-09-10', 'dot', '中央广播电视总台CCTV-17《三农群英汇》', '国家级', '电视', '岭南贡柑的电商之路', '是'],
  ];
  media.forEach((m, k) => ms.add([k + 1, fmtDate(m[0], m[1]), m[2], m[3], m[4], m[5], m[6]]));
  S.push(ms);

  // 附11 经验材料
  const mt = new Sheet('附11 经验材料');
  mt.add(['德庆县电商进农村经验材料报送登记']); mt.merge(1, 0, 1, 4);
  mt.add(['序号', '报送日期', '材料名称', '报送单位', '报送对象']);
  mt.add([1, D('2020-12-15'), '德庆县“中心＋站点＋品牌”推动贡柑上行的做法', '德庆县商务局', '肇庆市商务局']);
  mt.add([2, '2021.6.11', '德庆县电商帮扶山区贫困户增收的经验', '德庆县商务局', '肇庆市商务局']);
  mt.add([3, '2021.9.6', '德庆县电商进农村示范创建工作总结', '德庆县商务局', '肇庆市商务局']);
  S.push(mt);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 8, 'work.upward': 7, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(scored === 86, 'scored 86 got ' + scored);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 8, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const claimSum = Object.values(claimed).reduce((a, b) => a + b, 0);
  assert(claimSum === 93, 'claim 93');

  const derivation = [
    'asOf: 底数本第2行“数都截至2021年8月31日——省里定的考评截止日”→ 2021-08-31（末行“2021年9月2日”是整理日期）',
    'org.leadership: 乙1 组长“县委副书记、县长”（2020年4月调整后；之前的分管副县长不算）＋乙2 成员有县商务局、县财政局、县农业农村局、县乡村振兴局 → 主要领导牵头、四部门齐全 → 2',
    'org.plan: 乙3 方案已印发（德府办〔2020〕15号）；打分单第2项自评2 → 2',
    'org.policy: 乙4 扶持办法已出台；打分单第3项自评1 → 1',
    'org.management: 打分单第4项分项“管理制度”2＋“工作台账”1 → 3',
    'work.center: 丙1 2020-09-28 运营 ≤ 截止日 → 2；≤ 2021-02-28 → 2；免费培训（丙2 有）2；展示（丙3 有）1；摄影美工（丙4“拍照免费，美工收费”→ 否）0；品牌（丙5 有）1；其他（丙6 有）1；产业园（丙7 建了，附6 非空）2；附6 共22行、21个信用代码（马圩特产贸易更名两行同一代码），三华李工作室2021-06-30退出、高良茶业2021-09-06入驻 → 截止日在园19家 < 20 → 0（新圩直播基地9月15日才退出，仍在园）；在园类型 销售型/平台型/物流企业/电商运营商/直播电商 ≥3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12（打分单自评14，多算了入驻20家的2分）',
    'work.coverage: 附1 村委会181个（14个社区不计）；附2 134行中截止日前有站的行政村127个（××村／××村委会／××村民委员会是同一村；三村各有第二站；城东社区站、大坑林场点不是行政村；两个9月挂牌站不算）→ 127/181 = 70.2% ≥ 70% → 5；省定贫困村13个（★），截止日前有站12个（武垄镇那个贫困村2021-09-06才挂牌）→ 92.3% → 3；合计8（打分单自评10）',
    'work.upward: 网销调研 自评2；促销活动 自评1；第三方运营（丙9 有）1；快递：附1有快递列，武垄镇一村“×（到镇上取件）”→ 0（丁4“村村通”与名单不符，以名单为准）；交易标准与冷链溯源 自评1；增速：农村网零 10.93/8.62−1 = 26.8% < 30%，但农产品网零 3.12/2.35−1 = 32.8% ≥ 30% → 2；合计 2+1+1+0+1+2 = 7',
    'work.training: 人次 = 附3截止日前35期3,318（第36期2021-09-09的200人次和合计行不算；两天班按结束日）＋ 附4专场一至四签到112行（专场五2021-09-08不算）= 3,430；3,430 / 342,100（甲1 34.21万）= 1.003% ≥ 1% → 10（只算附3是0.97%，会掉到8分）；贫困人口培训率：附5 240人中有劳动能力且未外出务工150人，附4截止日前签到里属于这150人的不同身份证88个（10人两次参训只算一次；两人末位小写x、两人带空格仍是同一人；外出务工6人、无劳动力4人、帮扶干部和村干部4人不算）→ 88/150 = 58.7% ≥ 50% → 10；合计20',
    'info.disclosure: 庚2—庚5 创建方案、项目基本信息、建设进度、监督举报窗口都有 → 2；附9 2020-09…2021-08 除2021年2月外每月都有更新（1—2月进度3月19日才发），2021-09-03那条在截止日后 → 不定时 → 1；合计3（打分单自评4）',
    'info.reporting: 附8 报肇庆市商务局的月报 2020-09…2021-08 十二个月每月都有（2021-02-05报1月月报；2021-02-20报县政府办的不算；2021-09-07那条在截止日后）→ 3；扶贫统计（庚7“能”，月报多数附扶贫统计表）→ 3；合计6',
    'promo.cases: 附11 2020-12-15、2021-06-11 报肇庆市商务局（2021-09-06那篇在截止日后）→ 2',
    'promo.media: 附10 截止日前有省级（南方+、广东台珠江频道）4 ＋ 市级（肇庆日报、肇庆广播电视台）3 ＋ 县级（德庆县融媒体中心、德庆发布）1 = 8（CCTV-17 在2021-09-10，不算）',
    'fund.system: 辛3 资金管理办法已制定；打分单第13项自评4 → 4',
    'fund.ledger: 辛4 资金专用台账已建；打分单第14项自评4 → 4',
    'fund.spending: 附7 截止日前拨付（含2021-01-20退回−12,000，含8月31日当天70,000；9月14日420,000和合计行不算）= 3,986,400；3,986,400 / 5,000,000 = 79.7% ≥ 70% → 按打分单“按进度及时拨付”自评4 → 4',
    'bonus.poorTraining: 贫困人口培训率58.7% < 70% → 0（把专场五算进来是108/150 = 72%，会误加2分）',
    'bonus.tvCase: 附10 广东广播电视台珠江频道2021-05-20播出电商扶贫典型案例（省级电视）→ 1；肇庆台是市级不加分；CCTV-17在截止日后 → 不按国家级 → 1',
    'veto.incident: 壬1 没有 → 0',
    'veto.progress: 壬2 总体进度93% ≥ 40% → 0',
    'veto.fraud: 壬3 没有 → 0',
    'total: 2+2+1+3+12+8+7+20+3+6+2+8+4+4+4 = 86，加分1 → 87，未否决（打分单自评93）',
  ];

  const description = '德庆县（肇庆）商务局电商股的整本考评工作簿（14个表），中等偏上（87分，含加分1分，未否决；自评93分）。事实和自评分在两张表里：《底数本》是经办人按自己的分类（甲 家底、乙 班子和文件、丙 中心和园区、丁 村里的站和快递、戊 卖货、己 培训、庚 公开和报送、辛 钱、壬 红线）编号甲1…壬3，列为 编号|底数（我们的说法，口语问句如“方案印了没有”“免费拍照、美工”）|数／情况|单位、口径|谁给的|材料放哪，数值与单位分开（34.21｜万人，七普；398.64｜万元）；《打分单》一项一行（用自己的叫法：谁牵头、卖货、报市局…），下面带“└”的依据行写分项分（项目管理的制度2、台账1，上行的调研2、促销1、标准冷链溯源1，资金支出的“按进度及时拨付4”）和“见底数本乙3”式引用，另有“稳不稳”栏，合计93。陷阱：户籍人口40.62万；竣工验收9月18日不是运营日；“拍照免费，美工收费”为否；园区“21家”、站点134个/有站的村129个（统计到9月10日）、贫困村“全覆盖”都不是截止日的情况；“快递村村通”与村居名单一村“×”矛盾；培训人次要把附3普及培训和附4专场签到相加才过1%；整理日期2021年9月2日。台账：村居名单（镇纵向合并、★贫困村、快递✓/×）、134个站点（村名三种写法、三村第二站、社区站、林场点、9月两站其一在贫困村）、普及培训36期（两天班区间、“105人次”“９４”文本、合计含9月）、专场签到五场（场次日期纵向合并、小写x、带空格、外出务工/无劳动力/帮扶干部、第五场9月）、贫困人口240人、园区企业22行（更名、退出、9月入驻、9月退出）、资金15笔（退回负数、千分位文本、8月31日当天、9月一笔）、月报（含报县政府办一条）、专栏（缺2021年2月）、宣传（级别列、扶贫案例列）、经验材料。';

  writeCase('counties/b66-c1-deqing.json', {
    description,
    sheets: sheetsJSON(S),
    expect: { asOf: '2021-08-31', total: 87, bonus: 1, vetoed: false, points, claimed },
    derivation,
  });
}

// ====================================================================================
// 2. FACTS f1: 澄海区 — 仿纳税申报表（栏次、本月数/累计数、勾稽关系）
// ====================================================================================
function buildChenghai() {
  const s = new Sheet('考评数据申报表');
  s.add(['电子商务进农村综合示范县考评数据申报表']); s.merge(1, 0, 1, 5);
  s.add(['根据省商务厅考评通知编制。所属期为创建期；金额单位：元（列至角分）；人口单位：人；“是否”栏次填1（是）或0（否）。']); s.merge(2, 0, 2, 5);
  s.add(['所属期：自2019年9月1日至2021年8月31日', null, null, '填表日期：2021年9月6日', null, null]); s.merge(3, 0, 3, 2); s.merge(3, 3, 3, 5);
  s.add(['县（市、区）名称', '澄海区', '申报单位（公章）', '汕头市澄海区商务局', null, null]); s.merge(4, 3, 4, 5);
  s.add(['统一社会信用代码', '114405150071283476', '考评截止日期', '2021年8月31日', null, null]); s.merge(5, 3, 5, 5);
  s.add(['专项资金专户开户银行及账号', '中国农业银行汕头澄海支行　44-237101040011xxx', '联系电话', '0754-85xxxx61', null, null]); s.merge(6, 3, 6, 5);
  s.add(['类别', '项　　目', '栏次', '本月数（2021年8月）', '累计数', '备注']);
  const groups = [];
  let g = null;
  const row = (cat, label, lan, month, cum, note) => {
    const r = s.add([cat, label, lan, month, cum, note === undefined ? null : note]);
    if (cat) { g = { start: r, end: r }; groups.push(g); } else g.end = r;
  };
  row('基本情况', '常住人口（人）', '1', '—', '879,412', '第七次全国人口普查');
  row(null, '户籍人口（人）', '2', '—', '841,236', '公安户籍，仅作参考');
  row(null, '行政村（个）', '3', '—', 128, null);
  row(null, '社区居委会（个）', '4', '—', 63, null);
  row(null, '村（居）委会合计（个）', '5=3+4', '—', 191, null);
  row(null, '省定贫困村（个）', '6', '—', 3, null);
  row('组织领导', '示范创建领导小组组长', '7', '—', '区委副书记、区长', '澄府办〔2020〕3号');
  row(null, '领导小组成员单位', '8', '—', '区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、区邮政管理局、各镇（街道）', null);
  row(null, '是否已正式印发示范县工作方案', '9', '—', 1, '澄府办〔2020〕6号');
  row(null, '是否已出台支持农村电商发展政策', '10', '—', 0, '扶持办法征求意见中');
  row('服务体系', '县级电商公共服务中心投入运营日期', '11', '—', '2020年10月16日', '揭牌即运营');
  row(null, '有免费培训场所、培训设备，能组织基础培训', '12', '—', 1, null);
  row(null, '为特色农产品提供免费展示、销售服务', '13', '—', 1, null);
  row(null, '为市场主体提供免费摄影、美工服务', '14', '—', 0, '摄影免费，美工按件收费');
  row(null, '组织农产品统一推广、指导品牌建设', '15', '—', 1, null);
  row(null, '提供其他衍生增值服务', '16', '—', 1, '代办证照、融资对接');
  row(null, '建设或整合、优化当地电商产业园', '17', '—', 1, '整合澄海玩具电商产业园');
  row(null, '产业园入驻企业（家）', '18', 1, 26, '本月新入驻1家');
  row(null, '有专业第三方电子商务运营或服务商', '19', '—', 1, null);
  row('农村产品上行', '行政村物流快递覆盖率（%）', '20', '—', 100, '区邮政管理局出具证明');
  row(null, '2019年农村网络零售额（元）', '21', '—', '4,218,650,000.00', '省商务厅第三方平台数据');
  row(null, '2020年农村网络零售额（元）', '22', '—', '5,603,420,000.00', null);
  row(null, '农村网络零售额同比增长（%）', '23=(22-21)÷21', '—', 32.82, null);
  row(null, '2019年农产品网络零售额（元）', '24', '—', '186,500,000.00', null);
  row(null, '2020年农产品网络零售额（元）', '25', '—', '231,200,000.00', null);
  row(null, '农产品网络零售额同比增长（%）', '26=(25-24)÷24', '—', 23.97, null);
  row(null, '2021年农村网络零售额（元）', '27', '512,300,000.00', '3,980,160,000.00', '2021年1—8月，累计数为本年累计');
  row('人才培训', '电商培训人次（人次）', '28', 286, '9,215', null);
  row(null, '有劳动能力的建档立卡贫困人口（人）', '29', '—', '2,486', '区乡村振兴局核定');
  row(null, '　其中：外出务工（人）', '30', '—', 902, null);
  row(null, '有劳动能力且未外出务工的建档立卡贫困人口（人）', '31=29-30', '—', '1,584', null);
  row(null, '参加培训的建档立卡贫困人口（人）', '32', 12, 868, '按身份证去重');
  row(null, '建档立卡贫困人口培训率（%）', '33=32÷31', '—', 54.8, null);
  row('信息公开及报送', '政府网站专栏公示创建方案', '34', '—', 1, null);
  row(null, '专栏公示项目基本信息', '35', '—', 1, null);
  row(null, '专栏按月公示项目建设进度', '36', '—', 1, null);
  row(null, '专栏设立征求意见或监督举报窗口', '37', '—', 0, '拟9月增设');
  row(null, '能统计电商扶贫情况', '38', '—', 1, '月报附电商扶贫统计表');
  row('资金', '省级专项资金下达（元）', '39', '—', '5,000,000.00', null);
  row(null, '累计拨付（元）', '40', '360,000.00', '4,126,800.00', '国库支付口径');
  row(null, '资金支出率（%）', '41=40÷39', '—', 82.54, null);
  row(null, '已制定资金管理制度', '42', '—', 1, null);
  row(null, '已建立资金专用台账', '43', '—', 1, null);
  row(null, '项目总体进度（%）', '44', '—', 90, null);
  row('主观项自评（分）', '方案制定（1-2）', '45', '—', 2, null);
  row(null, '政策支持（1-2）', '46', '—', '—', '政策未出台，不自评');
  row(null, '项目管理制度（1-2）', '47', '—', 2, null);
  row(null, '工作台账（1-2）', '48', '—', 2, null);
  row(null, '网销调研（1-2）', '49', '—', 2, null);
  row(null, '网络促销活动（1-2）', '50', '—', 2, null);
  row(null, '交易标准与冷链、溯源（1-2）', '51', '—', 1, null);
  row(null, '资金管理制度（1-5）', '52', '—', 5, null);
  row(null, '资金台账（1-5）', '53', '—', 4, null);
  row(null, '资金及时拨付（1-5）', '54', '—', 4, null);
  row('否决事项', '发生安全生产、质量事故或重大经济损失', '55', '—', 0, null);
  row(null, '弄虚作假', '56', '—', 0, null);
  for (const gg of groups) s.merge(gg.start, 0, gg.end, 0);
  const chk = s.add(['表内勾稽：5栏＝3栏＋4栏 ✓；31栏＝29栏－30栏 ✓；33栏＝32栏÷31栏 ✓；41栏＝40栏÷39栏 ✓']); s.merge(chk, 0, chk, 5);
  const dec = s.add(['谨声明：本申报表是根据省商务厅考评通知及有关规定填报的，是真实的、可靠的、完整的。　　申报单位（签章）：汕头市澄海区商务局　　2021年9月6日']); s.merge(dec, 0, dec, 5);
  s.add(['经办人：蔡××', null, '经办人身份证号：4405151985****2316', null, '受理人：', null]); const last = s.rows.length; s.merge(last, 0, last, 1); s.merge(last, 2, last, 3); s.merge(last, 4, last, 5);
  s.add(['受理单位（章）：汕头市商务局', null, null, '受理日期：　　年　　月　　日', null, null]); const l2 = s.rows.length; s.merge(l2, 0, l2, 2); s.merge(l2, 3, l2, 5);

  const facts = {
    county: '澄海区', asOf: '2021-08-31', residentPopulation: 879412, adminVillagesStated: 128, poorVillagesStated: 3,
    planIssued: true, policyIssued: false, centerOpened: '2020-10-16',
    centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
    parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
    ruralRetail2019: 4218650000, ruralRetail2020: 5603420000, ruralRetailGrowthStated: 0.3282,
    agriRetail2019: 186500000, agriRetail2020: 231200000, agriRetailGrowthStated: 0.2397,
    trainingPersonTimesStated: 9215, eligiblePoorPersonsStated: 1584, trainedPoorPersonsStated: 868,
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
    povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4126800,
    fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
  };
  // consistency checks
  assert(Math.abs((5603420000 / 4218650000 - 1) - 0.3282) < 0.0001, 'growth rural');
  assert(Math.abs((231200000 / 186500000 - 1) - 0.2397) < 0.0001, 'growth agri');
  assert(2486 - 902 === 1584, 'eligible');
  const judged = {
    'org.plan': 2, 'org.management.system': 2, 'org.management.ledger': 2,
    'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
  };
  writeCase('facts/b66-f1-chenghai.json', {
    description: '汕头市澄海区商务局财务出身的经办人仿《增值税纳税申报表》排的《考评数据申报表》：表头块有所属期（2019年9月1日至2021年8月31日）、填表日期、县（市、区）名称、申报单位、统一社会信用代码、考评截止日期、专户账号；主体为 类别（纵向合并）|项目|栏次|本月数（2021年8月）|累计数|备注，栏次里带勾稽公式（“5=3+4”“31=29-30”“33=32÷31”“41=40÷39”），是否项按说明填1/0，金额按元列至角分（“4,218,650,000.00”千分位文本），人口按人，百分比只填数字（32.82、54.8、90）；主观项自评也占栏次（政策支持填“—”未自评）；末尾有勾稽校验行、“谨声明”和经办人/受理人签章行。读法：一律取“累计数”栏；本月数（8月的286人次、12人、360,000.00、新入驻1家）不是事实；31栏（有劳动能力且未外出务工1,584人）才是培训率基数，29、30栏是中间数；23、26栏是两项增速。陷阱：户籍人口841,236；社区63个、村（居）委会合计191；产业园入驻企业26家；27栏是2021年1—8月零售额；33栏培训率、41栏资金支出率不是输入；14栏摄影美工0（美工收费）、10栏政策0、37栏监督举报窗口0（拟9月增设）均为false；填表日期2021年9月6日与经办人身份证号不是数据。',
    sheets: sheetsJSON([s]),
    expect: { facts, judged, leadership: 'principal-all' },
  });
}

// ====================================================================================
// 3. FACTS f2: 翁源县 — Word 清单粘进 A 列后用“分列”按“.”拆序号，小数点、日期也被拆开
// ====================================================================================
function excelSplitDot(line) {
  if (!line.includes('.')) return [line];
  return line.split('.').map((p) => {
    if (/^\d+$/.test(p)) return Number(p);
    if (/^\d{1,3}(,\d{3})+$/.test(p)) return Number(p.replace(/,/g, ''));
    return p === '' ? null : p;
  });
}
function buildWengyuan() {
  const s = new Sheet('基本情况');
  s.add(['注：从Word复制过来后用“数据—分列”想把序号分开，分隔符选了“.”，结果小数点和日期里的点也被拆开了，数字请连起来看（如“33”“58万人”就是33.58万人，“2020”“11”“18”就是2020.11.18），来不及改，见谅。——电商股 邱××']);
  s.merge(1, 0, 1, 5);
  const lines = [
    '翁源县电子商务进农村综合示范创建基本情况',
    '（数据截至2021年8月31日）',
    '一、基本情况',
    '1.县（市、区）：翁源县',
    '2.全县常住人口：33.58万人（七普），户籍人口42.13万人（公安）',
    '3.行政村：174个，社区居委会：15个，省定贫困村：24个',
    '二、组织领导',
    '4.领导小组组长：县委副书记、县长',
    '5.成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政管理局',
    '6.示范县工作方案：已印发（翁府办〔2020〕11号）',
    '7.扶持政策：已出台（翁府办〔2020〕38号《翁源县农村电子商务发展扶持办法》）',
    '三、公共服务中心及产业园',
    '8.县电商公共服务中心投入运营时间：2020.11.18',
    '9.免费培训场所及设备：有',
    '10.特色农产品免费展示、销售：有',
    '11.免费摄影、美工：有',
    '12.农产品统一推广、品牌建设指导：有（“翁源兰花”“九仙桃”区域公用品牌）',
    '13.其他衍生增值服务：有（代办营业执照、小额信贷对接）',
    '14.电商产业园：已建成（翁源县电子商务产业园，2020.12开园，入驻企业22家）',
    '15.第三方运营服务商：有（韶关市粤北优品电子商务有限公司）',
    '四、农村产品上行',
    '16.行政村物流快递覆盖率：98.9%（174个行政村中172个通快递）',
    '17.2019年农村网络零售额：6.42亿元',
    '18.2020年农村网络零售额：8.57亿元，同比增长33.5%',
    '19.2019年农产品网络零售额：1.86亿元',
    '20.2020年农产品网络零售额：2.31亿元，同比增长24.2%',
    '五、电商培训',
    '21.累计培训：3,612人次（截至8月31日）',
    '22.有劳动能力的建档立卡贫困人口（不含外出务工）：1,274人',
    '23.参加培训的建档立卡贫困人口：703人（培训率55.2%）',
    '六、信息公开及报送',
    '24.县政府网站专栏：已设立（2019.12上线），公示创建方案、项目基本信息、每月建设进度，设监督举报电话',
    '25.每月向市商务局报送工作进展：是，含电商扶贫统计',
    '七、资金',
    '26.省级专项资金下达：500万元',
    '27.累计拨付：403.56万元（截至2021.8.31，支出率80.7%）',
    '28.资金管理制度：已制定；资金专用台账：已建立',
    '29.项目总体进度：91%',
    '八、主观项自评',
    '30.方案制定2分；政策支持2分；项目管理制度2分；工作台账1分',
    '31.网销调研2分；网络促销活动1分；交易标准与冷链溯源1分',
    '32.资金管理制度4分；资金台账4分；资金及时拨付4分',
    '九、一票否决项',
    '33.安全生产、质量事故：无；弄虚作假：无',
    '翁源县商务局电商股　2021年9月3日',
  ];
  for (const l of lines) s.add(excelSplitDot(l));
  const facts = {
    county: '翁源县', asOf: '2021-08-31', residentPopulation: 335800, adminVillagesStated: 174, poorVillagesStated: 24,
    planIssued: true, policyIssued: true, centerOpened: '2020-11-18',
    centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
    parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
    ruralRetail2019: 642000000, ruralRetail2020: 857000000, ruralRetailGrowthStated: 0.335,
    agriRetail2019: 186000000, agriRetail2020: 231000000, agriRetailGrowthStated: 0.242,
    trainingPersonTimesStated: 3612, eligiblePoorPersonsStated: 1274, trainedPoorPersonsStated: 703,
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
    povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4035600,
    fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
  };
  assert(Math.abs(8.57 / 6.42 - 1 - 0.335) < 0.0005, 'wy growth');
  assert(Math.abs(2.31 / 1.86 - 1 - 0.242) < 0.0005, 'wy agri');
  const judged = {
    'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 1,
    'work.upward.research': 2, 'work.upward.promotion': 1, 'work.upward.standards': 1,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
  };
  writeCase('facts/b66-f2-wengyuan.json', {
    description: '翁源县（韶关）商务局电商股的《基本情况》：经办人把Word里“1.标签：值”式的编号清单粘进A列，再用“数据—分列”按“.”拆序号，结果每个“.”都被拆开——序号成了A列数字，小数和日期散在后面几格：“全县常住人口：33”｜“58万人（七普），户籍人口42”｜“13万人（公安）”，“…投入运营时间：2020”｜11｜18，“累计拨付：403”｜“56万元（截至2021”｜8｜“31，支出率80”｜“7%）”；纯数字的碎片被Excel转成了数字格（11、18、8），没有“.”的行（标题、节标题、落款）仍在一格里；第1行是经办人事后加的说明（“数字请连起来看”）。一格里常有几项（行政村174个、社区15个、省定贫困村24个；零售额和同比增长；资金管理制度与专用台账），主观项自评是“方案制定2分；政策支持2分…”一句一行。读法：把同一行相邻碎片用“.”接回去再读。陷阱：户籍人口42.13万；社区15个；快递覆盖率98.9%（172/174）→ false；入驻企业22家、培训率55.2%、支出率80.7%不是输入；落款2021年9月3日不是截止日（截止日在第3行括号里）。',
    sheets: sheetsJSON([s]),
    expect: { facts, judged, leadership: 'principal-all' },
  });
}

// ====================================================================================
// 4. LEDGER l1: 吴川市 — 各镇传真来的站点名单，局里录入并逐个核实改正（更正标记）
// ====================================================================================
function buildWuchuanStations() {
  const s = new Sheet('站点名单（镇报局核）');
  s.add(['吴川市村级电子商务服务站点名单（各镇传真报送件录入　局电商股核实）']); s.merge(1, 0, 1, 6);
  s.add(['说明：①按各镇传真件原样录入，每份传真前一行是传真机打印的页眉；②电商股逐个电话和照片核实，结果写在“局核实”栏：写“改：……”的以改后为准，写“删：……”的整行不算站点，“补”为镇里漏报、局里补录；③“（划去）”“（手写）”是传真件上的手改痕迹，照录。']);
  s.merge(2, 0, 2, 6);
  s.add(['序号（镇报）', '站点名称', '所在村（居）', '挂牌时间', '站长', '联系电话', '局核实（电商股）']);
  const recs = [];
  const fax = (t) => { const r = s.add([t]); s.merge(r, 0, r, 6); };
  const row = (cells, rec) => { s.add(cells); if (rec) recs.push(rec); };
  fax('【传真】发自：吴川市黄坡镇人民政府　0759-5xx1203　2021/08/20 15:42　　第1/2页　　（黄坡镇报送）');
  row([1, '黄坡村电商服务站', '黄坡村委会', '2020.10.16', '陈××', '137****2231', null], { village: '黄坡村委会', opened: '2020-10-16' });
  row([2, '坡头村电商服务站', '坡头村', '2020.10.16', '李××', '138****6610', null], { village: '坡头村', opened: '2020-10-16' });
  row([3, '大岸村电商服务站', '大岸村委会', '2021.10.9', '杨××', '135****0927', '改：挂牌时间应为2020.10.9（镇报年份笔误，核对牌匾照片）'], { village: '大岸村委会', opened: '2020-10-09' });
  row([4, '东岭村电商服务站', '岭头村（划去）东岭村（手写）', '2020.11.6', '吴××', '139****4452', '所在村以手写为准：东岭村'], { village: '东岭村', opened: '2020-11-06' });
  fax('【传真】发自：吴川市黄坡镇人民政府　0759-5xx1203　2021/08/20 15:43　　第2/2页');
  row([5, '黄坡村电商服务站', '黄坡村委会', '2020.10.16', '陈××', '137****2231', '删：与第1行重复（传真第2页又列了一次）'], null);
  row([6, '蛤岭村电商服务站', '蛤岭村民委员会', '2021.3.12', '庞××', '150****7718', null], { village: '蛤岭村民委员会', opened: '2021-03-12' });
  fax('【传真】发自：覃巴镇政府办　0759-5xx2180　2021/08/23 09:10　　第1/1页　　（覃巴镇报送）');
  row([1, '覃巴村电商服务站', '覃巴村', '2020年12月8日', '林××', '136****5302', null], { village: '覃巴村', opened: '2020-12-08' });
  row([2, '覃巴村电商服务站（圩镇二店）', '覃巴村', '2021年3月5日', '林××', '136****5302', '核实：同村第二个站点，照列'], { village: '覃巴村', opened: '2021-03-05' });
  row([3, '吉兆村电商服务站', '吉兆村委会', '2020年12月8日', '梁××', '189****0135', null], { village: '吉兆村委会', opened: '2020-12-08' });
  row([4, '那碌村电商服务站', '那碌村民委员会', '2021年1月', '黄××', '133****8826', '改：挂牌时间为2021年1月15日（镇报只写到月）'], { village: '那碌村民委员会', opened: '2021-01-15' });
  row([5, '六和村电商服务站', '六和村', '（拟建）', null, null, '删：未建站，镇报的是“拟建”'], null);
  row([6, '旧村电商服务站', '旧村', '2021年9月', '吴××', '158****3309', '改：2021年9月6日挂牌（在考评截止日后，照录）'], { village: '旧村', opened: '2021-09-06' });
  fax('【传真】发自：塘㙟镇人民政府　0759-5xx5516　2021/08/24 16:05　　第1/1页　　（塘㙟镇报送）');
  row([1, '山基村电商服务站', '山基村', '20.11.18', '陈××', '138****7064', null], { village: '山基村', opened: '2020-11-18' });
  row([2, '塘㙟社区电商服务点', '塘㙟社区', '20.11.18', '邓××', '135****1120', null], { village: '塘㙟社区', opened: '2020-11-18' });
  row([3, '上塘村电商服务站', '上塘村', '21.4.2', '许××', '139****9086', '改：所在村应为下塘村（站点设在下塘村委会办公楼，站名沿用旧名）'], { village: '下塘村', opened: '2021-04-02' });
  row([4, '麻俸村电商服务站', '麻俸村委会', '21.6.18', '柯××', '137****6021', null], { village: '麻俸村委会', opened: '2021-06-18' });
  row(['补', '陈村电商服务站', '陈村', '2021.5.20', '吴××', '150****2647', '补：镇里漏报，局核实已于2021年5月20日挂牌'], { village: '陈村', opened: '2021-05-20' });
  fax('【传真】发自：长岐镇人民政府　0759-5xx7702　2021/08/25 10:31　　第1/1页　　（长岐镇报送）');
  row([1, '长岐村电商服务站', '长岐村委会', '2020/12/22', '全××', '189****5573', null], { village: '长岐村委会', opened: '2020-12-22' });
  row([2, '大路村电商服务站', '大路村', '2020/12/22', '杨××', '136****4418', '删：该站2021年6月已撤销（站长外出务工），不再运营'], null);
  row([3, '文屋村电商服务站', '文屋村委会', '2021/7/16', '李××', '138****0391', null], { village: '文屋村委会', opened: '2021-07-16' });
  row([4, '北流村电商服务站', '北流村', '（字迹不清）', '陈××', '133****2875', '改：2021年8月28日挂牌（电话核实）'], { village: '北流村', opened: '2021-08-28' });
  fax('【传真】发自：兰石镇政府　0759-5xx3349　2021/08/26 17:58　　第1/1页　　（兰石镇报送）');
  row([1, '兰石村电商服务站', '兰石村', '2020年11月', '庞××', '135****6677', null], { village: '兰石村', opened: '2020-11' });
  row([2, '东山村电商服务站', '东山村委会', '2020年11月', '李××', '137****3208', null], { village: '东山村委会', opened: '2020-11' });
  row([3, '石门村电商服务站', '石门村', '2021年4月', '黄××', '139****1452', '改：2021年4月23日（镇报只写到月）'], { village: '石门村', opened: '2021-04-23' });
  row([4, '兰石圩电商服务站', '兰石社区', '2020年11月', '吴××', '158****9024', null], { village: '兰石社区', opened: '2020-11' });
  s.blank();
  const sum = s.add(['电商股汇总：五镇传真报送24个，删除3个（重复1个、拟建1个、已撤销1个），补录1个，实有22个（其中旧村站9月6日挂牌）。']); s.merge(sum, 0, sum, 6);
  s.add(['录入：吴××（电商股）　核实：2021年8月27日—30日　复核：梁××']); s.merge(s.rows.length, 0, s.rows.length, 6);
  assert(recs.length === 22, 'wuchuan recs 22');
  writeCase('ledgers/b66-l1-wuchuan.json', {
    description: '吴川市（湛江）商务局电商股把五个镇（黄坡、覃巴、塘㙟、长岐、兰石）传真来的站点名单逐份录进一张表并电话核实：每份传真前一行是传真机页眉（“【传真】发自：…镇人民政府 0759-… 2021/08/20 15:42 第1/2页”，整行合并；黄坡镇两页），统一表头 序号（镇报）|站点名称|所在村（居）|挂牌时间|站长|联系电话|局核实（电商股）。记录＝核实后有效的每个站点，按表中顺序，取核实后的村名和挂牌时间：“改：挂牌时间应为2020.10.9（镇报年份笔误）”、“改：2021年1月15日（镇报只写到月）”、“改：所在村应为下塘村”、“（字迹不清）→改：2021年8月28日”都以“改”后为准；所在村格“岭头村（划去）东岭村（手写）”以手写为准；“补”行（陈村站，镇里漏报）是记录。不是记录的：“删：”的三行（第2页重复列出的黄坡村站、“（拟建）”的六和村、2021年6月已撤销的大路村站）、传真页眉、说明、汇总和录入行。覃巴村两个站点是两条；塘㙟社区、兰石社区的站点照列（village照写）；兰石镇三行只到月（2020年11月 → 2020-11）；旧村站改为2021年9月6日挂牌（截止日后照列）。传真时间不是挂牌时间；挂牌时间有2020.10.16、2020年12月8日、20.11.18两位年份、2020/12/22。',
    sheets: sheetsJSON([s]),
    expect: { sheets: { '站点名单（镇报局核）': { kind: 'stations', records: recs } } },
  });
}

// ====================================================================================
// 5. LEDGER l2: 德庆县 — 培训服务验收确认表（服务商上报 vs 电商股核实、确认人次）
// ====================================================================================
function buildDeqingTrainingAcceptance() {
  const s = new Sheet('培训验收确认');
  s.add(['德庆县电子商务进农村综合示范项目（二期）电商培训服务验收确认表']); s.merge(1, 0, 1, 11);
  s.add(['服务商：广东南粤电商教育科技有限公司　　合同编号：DQSW-2021-03　　说明：服务商按期上报场次和人次，电商股对照签到表、现场照片逐期核实，核减重复签到、工作人员和非本县人员；两天班每人按1人次计。以“确认人次”作为培训台账人次（也是结算培训服务费的依据）；没交签到表的期次暂不确认。']);
  s.merge(2, 0, 2, 11);
  s.add([]);
  s.add(['期次', '培训日期', '培训地点', '形式', '服务商上报', null, '电商股核实', null, null, '确认人次', '确认人', '确认日期']);
  s.add([null, null, null, null, '场次', '人次', '签到表人次', '核减人次', '核减原因', null, null, null]);
  [[4, 0, 5, 0], [4, 1, 5, 1], [4, 2, 5, 2], [4, 3, 5, 3], [4, 4, 4, 5], [4, 6, 4, 8], [4, 9, 5, 9], [4, 10, 5, 10], [4, 11, 5, 11]].forEach((m) => s.merge(...m));
  const recs = [];
  const row = (cells, rec) => { s.add(cells); if (rec) recs.push({ date: rec[0], personTimes: rec[1], id: null }); };
  row(['第1期', '2021.3.4', '县电商公共服务中心', '线下', 1, 96, 96, -2, '2人重复签到', 94, '梁××', '2021.3.10'], ['2021-03-04', 94]);
  row(['第2期', '2021年3月18日', '回龙镇政府会议室', '线下', 1, 88, 88, 0, '—', 88, '梁××', '2021.3.22'], ['2021-03-18', 88]);
  row(['第3期', D('2021-04-08'), '官圩镇政府会议室', '线下', 1, 105, 105, -4, '镇工作人员3人、外县人员1人', 101, '梁××', '2021.4.13'], ['2021-04-08', 101]);
  row(['第4期', '2021.4.21-22', '县电商公共服务中心', '线下（两天）', 2, 124, 62, -62, '两天班按1人次计，服务商按天重复上报', 62, '梁××', '2021.4.27'], ['2021-04-22', 62]);
  row(['第5期', '2021.5.13', '马圩镇政府会议室', '线下', 1, 90, '—', '—', '签到表未交，暂不确认', '—', null, null], null);
  row(['第6期', '2021.5.27', '线上（县电商中心视频号直播）', '线上', 1, '1,260', '有效观看312', -948, '观看不足30分钟及重复账号', 312, '陈××', '2021.6.3'], ['2021-05-27', 312]);
  row(['第7期', '2021/6/10', '高良镇政府会议室', '线下', 1, 92, 92, 0, '—', '９２', '梁××', '2021.6.15'], ['2021-06-10', 92]);
  row(['第8期', '2021年6月24日', '莫村镇政府会议室', '线下', 1, 85, '—', '—', '因台风“小熊”取消，服务商误报', '—', '梁××', '2021.6.28'], null);
  row(['第5期（补）', '2021.5.13', '马圩镇政府会议室', '线下', '—', '—', 87, -3, '补交签到表；3人为镇干部', 87, '梁××', '2021.7.2'], ['2021-05-13', 87]);
  row(['第9期', '2021.7.8', '悦城镇政府会议室', '线下', 1, 99, 99, -2, '2人重复签到', 97, '梁××', '2021.7.13'], ['2021-07-08', 97]);
  row(['第10期', '21.7.22', '县电商公共服务中心', '线下', 1, 70, 70, 0, '—', '70人次', '陈××', '2021.7.26'], ['2021-07-22', 70]);
  row(['第11期', '2021.8.12', '永丰镇政府会议室', '线下', 1, 94, 94, -3, '讲师助理3人', 91, '梁××', '2021.8.17'], ['2021-08-12', 91]);
  row(['第12期', '2021.8.26-27', '县电商公共服务中心', '线下（两天）', 2, 160, 80, -80, '两天班按1人次计', 80, '梁××', '2021.9.1'], ['2021-08-27', 80]);
  row(['第13期', '2021.9.9', '九市镇政府会议室', '线下', 1, 102, 102, -2, '2人重复签到', 100, '梁××', '2021.9.15'], ['2021-09-09', 100]);
  const tot = recs.reduce((a, r) => a + r.personTimes, 0);
  assert(tot === 1274, 'deqing acc total ' + tot);
  const t = s.add(['合计', null, null, null, 15, '2,465', null, null, null, '1,274', null, null]); s.merge(t, 0, t, 3);
  const n = s.add(['注：确认人次即培训台账人次；第5期补交签到表后于7月2日确认（另起一行“第5期（补）”）；第8期未举办；第13期在考评截止日后。']); s.merge(n, 0, n, 11);
  s.add(['经办：梁××　　复核：陈××　　服务商确认（签章）：广东南粤电商教育科技有限公司']); s.merge(s.rows.length, 0, s.rows.length, 11);
  writeCase('ledgers/b66-l2-deqing.json', {
    description: '德庆县（肇庆）商务局电商股把二期培训服务的《电商培训服务验收确认表》当培训台账交：一期一行，两行表头（“服务商上报”合并在 场次|人次 之上，“电商股核实”合并在 签到表人次|核减人次|核减原因 之上；期次、日期、地点、形式、确认人次、确认人、确认日期纵向合并），表头上方说明写明以“确认人次”作培训台账人次。记录＝每个有确认人次的期次（session），人次取“确认人次”（不是服务商上报人次、不是签到表人次）：94、88、101、两天班第4期上报124（按天重复）确认62、线上第6期上报“1,260”核实“有效观看312”确认312、全角“９２”、“70人次”文本；日期取培训日期（两天班“2021.4.21-22”“2021.8.26-27”按结束日），不是确认日期。不是记录的：第5期“签到表未交，暂不确认”那行（后面另起一行“第5期（补）”7月2日确认87人次，日期仍是2021.5.13——它才是记录，排在第8期之后）、第8期“因台风取消，服务商误报”、合计行、注和经办行。培训日期有2021.3.4、2021年3月18日、真日期、2021/6/10、两位年份21.7.22；第13期2021.9.9在截止日后照列。',
    sheets: sheetsJSON([s]),
    expect: { sheets: { '培训验收确认': { kind: 'training', records: recs } } },
  });
}

// ====================================================================================
// 6. LEDGER l3: 大埔县 — 产业园在园企业月度登记（企业×月份，格内“入6.10”“√”“停”“退3.31”）
// ====================================================================================
function buildDabuEnterprises() {
  const s = new Sheet('在园企业月度登记');
  s.add(['大埔县电子商务产业园在园企业月度登记表（2020年6月—2021年9月）']); s.merge(1, 0, 1, 20);
  s.add(['填法：当月在园打“√”；入驻当月写“入”和入驻日期（月.日），退园当月写“退”和退园日期；“停”为暂停营业（仍在园，不是退园）；企业更名的在备注注明，沿用原行。　　填报：产业园运营中心']);
  s.merge(2, 0, 2, 20);
  const months = [];
  for (let m = 6; m <= 12; m++) months.push([2020, m]);
  for (let m = 1; m <= 9; m++) months.push([2021, m]);
  const h1 = ['序号', '企业名称', '统一社会信用代码', '企业类型', '2020年', null, null, null, null, null, null, '2021年', null, null, null, null, null, null, null, null, '备注'];
  const h2 = [null, null, null, null].concat(months.map(([y, m]) => (y === 2021 && m === 9 ? '9月（截至15日）' : `${m}月`))).concat([null]);
  const r1 = s.add(h1); s.add(h2);
  s.merge(r1, 0, r1 + 1, 0); s.merge(r1, 1, r1 + 1, 1); s.merge(r1, 2, r1 + 1, 2); s.merge(r1, 3, r1 + 1, 3);
  s.merge(r1, 4, r1, 10); s.merge(r1, 11, r1, 19); s.merge(r1, 20, r1 + 1, 20);
  // enterprises: [name, code, type, entered ISO, entryCellText, left ISO|null, exitCellText, stops:[ym], note]
  const E = [
    ['大埔县茶阳人家电子商务有限公司', '91441422MA54QK3T7E', '销售型', '2020-06-10', '入6.10', null, null, [], null],
    ['梅州市埔茶网络科技有限公司', '91441422MA54QL0862', '平台型', '2020-06-10', '入6.10', null, null, [], null],
    ['中国邮政集团有限公司大埔县分公司（电商仓）', '91441422MA4UM2LX3H', '物流企业', '2020-06-10', '入6.10', null, null, [], null],
    ['广东客都电商运营服务有限公司大埔分公司', '91441422MA54RB5N0Y', '电商运营商', '2020-06-10', '入6.10', null, null, [], null],
    ['大埔县蜜柚生态农业专业合作社', '93441422MA54T1W21C', '销售型', '2020-07-01', '入 7.1', null, null, [], null],
    ['大埔县高陂陶瓷电商工作室', '92441422MA54WE6P4A', '销售型', '2020-08-03', '8.3入驻', '2021-03-31', '退3.31', [], '租约到期不续'],
    ['大埔县丰农直播服务有限公司', '91441422MA550C8J5U', '直播电商', '2020-09-15', '入·9.15', null, null, [], null],
    ['大埔县高陂陶瓷网络销售有限公司', '91441422MA552GFA1M', '销售型', '2020-10-12', '入10.12', null, null, ['2021-01', '2021-02'], '2021年1—2月停业装修，仍在园'],
    ['大埔县百侯薯粄食品有限公司', '91441422MA553X7R9L', '销售型', '2020-11-02', '入11.2', null, null, [], '2021年5月由B205换至B108（换房，不是退园）'],
    ['广东埔韵茶业供应链有限公司', '91441422MA554K9D6F', '销售型', '2020-11-16', '入11.16', null, null, [], '原名“大埔县乌龙茶业电子商务有限公司”，2021年4月更名，信用代码不变'],
    ['梅州市客家冷链物流有限公司', '91441400MA555P2B8W', '物流企业', '2020-12-08', '入12.8', null, null, [], null],
    ['大埔县三河坝红色文创有限公司', '91441422MA556H1Q0K', '销售型', '2021-01-06', '入1.6', null, null, [], null],
    ['大埔县青溪客家娘酒有限公司', '91441422MA557M4X3B', '销售型', '2021-03-22', '入3.22', null, null, [], null],
    ['大埔县湖寮农产品电商服务中心有限公司', '91441422MA558T6C2J', '电商运营商', '2021-04-12', '入4.12', null, null, [], null],
    ['大埔县桃源米业有限公司', '91441422MA559A0E7R', '销售型', '2021-05-18', '入5.18', '2021-09-15', '退9.15', [], '9月15日退园'],
    ['大埔县西河镇电商助农服务有限公司', '91441422MA55AB7G4N', '销售型', '2021-06-07', '入6.7', null, null, [], null],
    ['大埔县光德竹编工艺品店', '92441422MA55BD2H6P', '销售型', '2021-08-20', '入8.20', null, null, [], null],
    ['大埔县极速物流有限公司', '91441422MA55CK8L1T', '物流企业', '2021-09-06', '入9.6', null, null, [], '9月新入驻'],
  ];
  const recs = [];
  const counts = months.map(() => 0);
  E.forEach((e, k) => {
    const [name, code, type, entered, inTxt, left, outTxt, stops, note] = e;
    const cells = [k + 1, name, code, type];
    months.forEach(([y, m], j) => {
      const ym = `${y}-${pad2(m)}`;
      let c = null;
      const eYm = entered.slice(0, 7);
      const lYm = left ? left.slice(0, 7) : null;
      if (ym < eYm) c = null;
      else if (ym === eYm) c = inTxt;
      else if (lYm && ym === lYm) c = outTxt;
      else if (lYm && ym > lYm) c = null;
      else if (stops.includes(ym)) c = '停';
      else c = (k + j) % 7 === 3 ? '✓' : '√';
      if (c !== null) counts[j]++;
      cells.push(c);
    });
    cells.push(note);
    s.add(cells);
    recs.push({ name, type, entered, left });
  });
  const cr = s.add(['当月在园企业数', null, null, null].concat(counts).concat(['运营中心统计']));
  s.merge(cr, 0, cr, 3);
  const n1 = s.add(['注：1.本表为运营中心每月向县商务局报送在园企业数的底表；2.退园当月的企业不计入下月在园数；3.9月统计至9月15日。']); s.merge(n1, 0, n1, 20);
  s.add(['填表：张××　　审核：李××（县商务局电商股）']); s.merge(s.rows.length, 0, s.rows.length, 20);
  // check in-park at cut-off
  const inPark = recs.filter((r) => r.entered <= CUTOFF && !(r.left && r.left <= CUTOFF)).length;
  assert(inPark === 16, 'dabu in park ' + inPark);
  writeCase('ledgers/b66-l3-dabu.json', {
    description: '大埔县（梅州）产业园运营中心的《在园企业月度登记表》当入驻企业清单交：一家企业一行，月份为列（两行表头：“2020年”合并在6月—12月之上、“2021年”合并在1月—9月之上，9月“截至15日”），格内当月在园打“√”（个别“✓”），入驻当月写“入6.10”“入 7.1”“8.3入驻”“入·9.15”（月.日，年份看分组表头），退园当月写“退3.31”“退9.15”，“停”是暂停营业（仍在园），退园后各月空白；表头上方一行“填法”说明。记录＝每家企业一条，按行：name取企业名称格，type照写（销售型、平台型、物流企业、电商运营商、直播电商），entered＝“入”格所在月份＋格内日期，left＝“退”格所在月份＋日期（没有的为null）。陷阱：高陂陶瓷网络销售公司2021年1—2月“停”不是退园；百侯薯粄备注“换房，不是退园”；埔韵茶业更名沿用原行（仍一条）；桃源米业2021年9月15日退园、极速物流2021年9月6日入驻都在截止日后照列；“当月在园企业数”行、注和填表行不是记录；信用代码不是日期。',
    sheets: sheetsJSON([s]),
    expect: { sheets: { '在园企业月度登记': { kind: 'enterprises', records: recs } } },
  });
}

// ====================================================================================
// 7. LEDGER l4: 台山市 — 宣传报道月度统计（月份×级别×形式的篇数矩阵）
// ====================================================================================
function buildTaishanMedia() {
  const s = new Sheet('宣传报道月度统计');
  s.add(['台山市商务局电子商务进农村宣传报道月度统计表']); s.merge(1, 0, 1, 15);
  s.add(['（每月5日前报市委宣传部新闻科；格内为当月刊播篇（条）数，一篇只记首发媒体，转载不计；“其中：电商扶贫典型案例”已含在各栏数内，不另加）']); s.merge(2, 0, 2, 15);
  const r1 = s.add(['月份', '刊播媒体级别及形式（篇/条）', null, null, null, null, null, null, null, null, null, null, null, '合计', '其中：电商扶贫典型案例', '备注']);
  const r2 = s.add([null, '中央级', null, null, '省级', null, null, '江门市级', null, null, '台山市级', null, null, null, null, null]);
  const r3 = s.add([null, '电视', '报纸', '网络', '电视', '报纸', '网络', '电视', '报纸', '网络', '电视', '报纸', '网络', null, null, null]);
  s.merge(r1, 0, r3, 0); s.merge(r1, 1, r1, 12); s.merge(r2, 1, r2, 3); s.merge(r2, 4, r2, 6); s.merge(r2, 7, r2, 9); s.merge(r2, 10, r2, 12);
  s.merge(r1, 13, r3, 13); s.merge(r1, 14, r3, 14); s.merge(r1, 15, r3, 15);
  const LV = ['national', 'national', 'national', 'province', 'province', 'province', 'city', 'city', 'city', 'county', 'county', 'county'];
  const TV = [true, false, false, true, false, false, true, false, false, true, false, false];
  // cell texts per month (12 level×form cells), count parsed separately
  const Z = '—';
  const months = [
    ['2020年9月', '2020-09', [Z, Z, Z, Z, Z, Z, Z, Z, Z, 1, Z, 2], 0, '“台山发布”公众号开始发电商进农村专题'],
    ['2020年10月', '2020-10', [Z, Z, Z, Z, 1, Z, Z, 1, Z, Z, Z, 1], 0, null],
    ['2020年11月', '2020-11', [Z, Z, Z, Z, Z, Z, 1, Z, Z, 1, Z, '1+1'], 0, '网络两条分别为台山发布、台山融媒'],
    ['2020年12月', '2020-12', [Z, Z, Z, Z, Z, '1（另转载2）', Z, Z, Z, Z, Z, 1], 0, null],
    ['2021年1月', '2021-01', [Z, Z, Z, Z, Z, Z, Z, Z, 1, Z, Z, '1'], 0, null],
    ['2021年2月', '2021-02', [Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z], 0, '春节，无刊播'],
    ['2021年3月', '2021-03', [Z, Z, 1, Z, Z, Z, Z, 1, Z, Z, Z, Z], 0, null],
    ['2021年4月', '2021-04', [Z, Z, Z, 1, Z, Z, Z, Z, Z, 1, Z, Z], 1, '省台为电商扶贫典型案例'],
    ['2021年5月', '2021-05', [Z, Z, Z, Z, Z, Z, 1, Z, Z, Z, Z, 2], 0, null],
    ['2021年6月', '2021-06', [Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, 1, '１'], 0, null],
    ['2021年7月', '2021-07', [Z, Z, Z, Z, Z, 1, Z, Z, 1, 1, Z, Z], 0, null],
    ['2021年8月', '2021-08', [Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, 2], 0, null],
    ['2021年9月（截至10日）', '2021-09', [1, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z], 1, '央视为电商扶贫典型案例'],
  ];
  const cnt = (c) => {
    if (c === Z || c === null) return 0;
    if (typeof c === 'number') return c;
    const t = String(c).replace(/[０-９]/g, (x) => String.fromCharCode(x.charCodeAt(0) - 0xfee0));
    if (/^\d+\+\d+$/.test(t)) return t.split('+').map(Number).reduce((a, b) => a + b, 0);
    const m = t.match(/^(\d+)/); return m ? Number(m[1]) : 0;
  };
  const recs = [];
  const colTot = Array(12).fill(0);
  let grand = 0, fp = 0;
  for (const [label, ym, cells, fpCnt, note] of months) {
    let tot = 0;
    cells.forEach((c, j) => { const n = cnt(c); tot += n; colTot[j] += n; for (let k = 0; k < n; k++) recs.push({ date: ym, level: LV[j], tv: TV[j] }); });
    grand += tot; fp += fpCnt;
    s.add([label].concat(cells).concat([tot === 0 ? Z : tot, fpCnt === 0 ? Z : fpCnt, note]));
  }
  s.add(['合计'].concat(colTot.map((x) => (x === 0 ? Z : x))).concat([grand, fp, null]));
  const n = s.add(['注：中央级指中央媒体及其网站、客户端；省级含南方日报、南方+、广东广播电视台；江门市级含江门日报、江门广播电视台、江门发布；台山市级含台山市融媒体中心（台山电视台、台山发布）。']); s.merge(n, 0, n, 15);
  s.add(['填报单位：台山市商务局（电商股）　　填报人：伍××　　2021年9月10日']); s.merge(s.rows.length, 0, s.rows.length, 15);
  assert(recs.length === grand && grand === 29, 'taishan recs ' + recs.length);
  writeCase('ledgers/b66-l4-taishan.json', {
    description: '台山市（江门）商务局电商股每月报市委宣传部的《宣传报道月度统计表》当宣传报道台账交：没有逐篇清单，一月一行（2020年9月…2021年8月，另有“2021年9月（截至10日）”），三行表头——“刊播媒体级别及形式（篇/条）”合并在上，中央级|省级|江门市级|台山市级各合并三列，最下一行 电视|报纸|网络；格内是当月该级别该形式的篇数，0写“—”。记录＝每格里的每一篇：一格n篇就是n条记录，date只到月（YYYY-MM），level按所在级别列（中央级→national、省级→province、江门市级→city、台山市级→county），tv＝是否在“电视”列；按行、行内自左向右。格内写法：数字、文本“1”、全角“１”、“1+1”（两篇）、“1（另转载2）”（转载不计，只算1篇）。不是记录的：“合计”列、“其中：电商扶贫典型案例”列（表头说明已含在各栏数内）、备注、合计行、注和填报行；2021年2月整行“—”没有记录；2021年9月一行（中央级电视1条）在截止日后照列。共29条。',
    sheets: sheetsJSON([s]),
    expect: { sheets: { '宣传报道月度统计': { kind: 'media', records: recs } } },
  });
}

buildDeqing();
buildChenghai();
buildWengyuan();
buildWuchuanStations();
buildDeqingTrainingAcceptance();
buildDabuEnterprises();
buildTaishanMedia();
