'use strict';
// Batch 67 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 67 blind layout cases (no dependencies, deterministic).
// Writes counties/, facts/, ledgers/ under ROOT.
const fs = require('fs');

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function colName(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function A1(r1, c1, r2, c2) { return colName(c1) + r1 + ':' + colName(c2) + r2; }
function D(s) { return { date: s }; }
function pad2(n) { return String(n).padStart(2, '0'); }
function ymd(y, m, d) { return `${y}-${pad2(m)}-${pad2(d)}`; }
function parts(s) { const [y, m, d] = s.split('-').map(Number); return { y, m, d }; }
function fmt(s, style) {
  const { y, m, d } = parts(s);
  switch (style) {
    case 'real': return D(s);
    case 'dot': return `${y}.${m}.${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'yy': return `${String(y).slice(2)}.${m}.${d}`;
    case 'num8': return `${y}${pad2(m)}${pad2(d)}`;
    case 'month': return `${y}年${m}月`;
    default: throw new Error('style ' + style);
  }
}
function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function money(n) { const neg = n < 0; const [a, b] = Math.abs(n).toFixed(2).split('.'); return (neg ? '-' : '') + thousands(a) + '.' + b; }
const FW = '０１２３４５６７８９';
function fullwidth(n) { return String(n).split('').map(ch => (/\d/.test(ch) ? FW[+ch] : ch)).join(''); }
const W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += +s17[i] * W17[i]; return '10X98765432'[s % 11]; }
function dateCmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
function assert(c, msg) { if (!c) throw new Error('ASSERT: ' + msg); }

class Sheet {
  constructor(name) { this.name = name; this.rows = []; this.merges = []; }
  set(r, c, v) { while (this.rows.length < r) this.rows.push([]); const row = this.rows[r - 1]; while (row.length < c) row.push(null); row[c - 1] = v === undefined ? null : v; }
  get(r, c) { const row = this.rows[r - 1]; return row && row[c - 1] !== undefined ? row[c - 1] : null; }
  add(arr) { this.rows.push(arr.map(v => (v === undefined ? null : v))); return this.rows.length; }
  blank() { this.rows.push([]); return this.rows.length; }
  get n() { return this.rows.length; }
  merge(r1, c1, r2, c2) { this.merges.push(A1(r1, c1, r2, c2)); }
  json() {
    const rows = this.rows.map(r => { const a = r.map(v => (v === undefined ? null : v)); while (a.length && a[a.length - 1] === null) a.pop(); return a; });
    const o = { name: this.name, rows };
    if (this.merges.length) o.merges = this.merges.slice();
    if (this.hidden) o.hidden = true;
    return o;
  }
}

function parseRange(r) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
  const col = s => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
  return { c1: col(m[1]), r1: +m[2], c2: col(m[3]), r2: +m[4] };
}
function checkSheet(sh) {
  const seen = new Set(); const done = [];
  for (const r of sh.merges || []) {
    assert(!seen.has(r), `duplicate merge ${r} in ${sh.name}`); seen.add(r);
    const p = parseRange(r);
    assert(p.r1 <= p.r2 && p.c1 <= p.c2 && !(p.r1 === p.r2 && p.c1 === p.c2), `bad merge ${r} in ${sh.name}`);
    for (const q of done) assert(p.r2 < q.r1 || q.r2 < p.r1 || p.c2 < q.c1 || q.c2 < p.c1, `overlapping merges ${r} in ${sh.name}`);
    done.push(p);
    const tl = sh.rows[p.r1 - 1] && sh.rows[p.r1 - 1][p.c1 - 1];
    assert(tl !== null && tl !== undefined, `merge ${r} in ${sh.name} has empty top-left`);
    for (let rr = p.r1; rr <= p.r2; rr++) for (let cc = p.c1; cc <= p.c2; cc++) {
      if (rr === p.r1 && cc === p.c1) continue;
      const v = sh.rows[rr - 1] && sh.rows[rr - 1][cc - 1];
      assert(v === null || v === undefined, `merge ${r} in ${sh.name} covers a value at ${colName(cc)}${rr}`);
    }
  }
}

function isFlat(v) { return v === null || typeof v !== 'object' || (!Array.isArray(v) && Object.keys(v).length === 1 && 'date' in v); }
function ser(v, ind) {
  ind = ind || '';
  if (isFlat(v)) return JSON.stringify(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every(isFlat)) return '[' + v.map(x => JSON.stringify(x)).join(', ') + ']';
    return '[\n' + v.map(x => ind + '  ' + ser(x, ind + '  ')).join(',\n') + '\n' + ind + ']';
  }
  const ks = Object.keys(v);
  if (ks.length === 0) return '{}';
  if (ks.length <= 6 && ks.every(k => isFlat(v[k]))) return '{' + ks.map(k => JSON.stringify(k) + ': ' + JSON.stringify(v[k])).join(', ') + '}';
  return '{\n' + ks.map(k => ind + '  ' + JSON.stringify(k) + ': ' + ser(v[k], ind + '  ')).join(',\n') + '\n' + ind + '}';
}
function writeCase(sub, file, obj) {
  for (const sh of obj.sheets) checkSheet(sh);
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const text = ser(obj) + '\n';
  JSON.parse(text);
  fs.writeFileSync(path.join(dir, file), text);
}

// Chinese names
const SURN = '黄李陈伍刘谭梅甄邝朱余雷关马林何张吴冯邓'.split('');
const GIVEN_M = '伟强国明志文华建永俊杰军海锦荣桂兴德辉培耀家振汉卓'.split('');
const GIVEN_F = '丽芳美玉秀英桂红燕霞凤梅兰娟萍艳金彩婷少雪翠宝'.split('');
function makeNamer(R) {
  const used = new Set();
  return function (male) {
    for (;;) {
      const s = SURN[Math.floor(R() * SURN.length)];
      const pool = male ? GIVEN_M : GIVEN_F;
      const g = pool[Math.floor(R() * pool.length)] + (R() < 0.75 ? pool[Math.floor(R() * pool.length)] : '');
      const n = s + g;
      if (!used.has(n)) { used.add(n); return n; }
    }
  };
}
function makeIdGen(prefix, R) {
  const used = new Set();
  return function (birth, male, wantX) {
    for (let k = 0; k < 5000; k++) {
      let seq = 100 + Math.floor(R() * 890);
      if ((seq % 2 === 1) !== !!male) seq += 1;
      const s17 = prefix + birth.replace(/-/g, '') + String(seq).padStart(3, '0');
      const id = s17 + idCheck(s17);
      if (used.has(id)) continue;
      if (wantX === true && !id.endsWith('X')) continue;
      if (wantX === false && id.endsWith('X')) continue;
      used.add(id); return id;
    }
    throw new Error('id gen');
  };
}
function phoneGen(R) { const p = ['138', '139', '135', '137', '136', '150', '158', '189', '133', '180']; return () => p[Math.floor(R() * p.length)] + String(Math.floor(R() * 1e8)).padStart(8, '0'); }


// ====================================================================
// County case: 台山市
// ====================================================================
function buildTaishan() {
  const R = mulberry32(670101);
  const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
  const pick = a => a[Math.floor(R() * a.length)];
  const shuffle = a => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
  const name = makeNamer(R);
  const idgen = makeIdGen('440781', R);
  const phone = phoneGen(R);
  const CUT = '2021-08-31';

  const TOWNS = [
    ['台城街道', 18, ['城东社区', '城西社区', '城南社区', '城北社区', '桥湖社区', '南坑社区', '石花社区', '东门社区', '西门社区', '环北社区', '朝阳社区', '新宁社区', '富城社区', '北郊社区']],
    ['大江镇', 20, ['大江圩社区', '公益社区']],
    ['水步镇', 19, ['水步圩社区']],
    ['四九镇', 17, ['四九圩社区', '五十社区']],
    ['白沙镇', 23, ['白沙圩社区', '三八社区']],
    ['三合镇', 12, ['三合圩社区']],
    ['冲蒌镇', 14, ['冲蒌圩社区']],
    ['斗山镇', 17, ['斗山圩社区', '斗山新区社区']],
    ['都斛镇', 17, ['都斛圩社区']],
    ['赤溪镇', 9, ['赤溪圩社区', '田头社区']],
    ['端芬镇', 21, ['端芬圩社区']],
    ['广海镇', 17, ['广海圩社区', '南湾社区']],
    ['海宴镇', 23, ['海宴圩社区']],
    ['汶村镇', 14, ['汶村圩社区']],
    ['深井镇', 18, ['深井圩社区']],
    ['北陡镇', 13, ['北陡圩社区']],
    ['川岛镇', 17, ['上川社区']],
  ];
  assert(TOWNS.reduce((a, t) => a + t[1], 0) === 289, '289 villages');
  assert(TOWNS.reduce((a, t) => a + t[2].length, 0) === 36, '36 communities');

  // village base names
  const F = '东西南北上下新长石龙凤福安平和塘岭坑山江沙田湾岗朗美华光明联中永兴隆合丰良盛宁泰康乐富荣昌莲荷松柏竹梅桂榕杨潭浦洲溪那坪高横仁义信德文金玉宝'.split('');
  const S = '边头尾岗坑塘岭洲湾美安和平兴富朗围田洞坪口滘涌山溪桥里堡屋寮步圳湖华隆源基冈寨园'.split('');
  const banned = new Set();
  for (const t of TOWNS) { banned.add(t[0].slice(0, 2)); for (const c of t[2]) banned.add(c.replace(/社区$/, '').replace(/圩$/, '')); }
  ['城东', '城西', '城南', '城北', '东门', '西门', '南坑', '北峰'].forEach(b => banned.add(b));
  const combos = [];
  for (const a of F) for (const b of S) if (a !== b && !banned.has(a + b)) combos.push(a + b);
  shuffle(combos);
  const bases = [];
  const seenB = new Set();
  for (const c of combos) { if (!seenB.has(c)) { seenB.add(c); bases.push(c); } if (bases.length >= 289) break; }

  const villages = []; // admin
  const listRows = []; // in list order, admin and communities
  let bi = 0;
  for (const [town, n, comms] of TOWNS) {
    for (let i = 0; i < n; i++) {
      const v = { town, base: bases[bi++], idx: i, admin: true, poor: false, express: true };
      v.name = v.base + '村委会';
      villages.push(v); listRows.push(v);
    }
    for (const c of comms) listRows.push({ town, name: c + '居委会', base: c, admin: false });
  }
  const byTown = t => villages.filter(v => v.town === t);
  const POOR = { '海宴镇': [2, 9, 16], '汶村镇': [3, 10], '北陡镇': [1, 7], '深井镇': [4, 12], '川岛镇': [2, 6], '赤溪镇': [5], '端芬镇': [11], '都斛镇': [8] };
  for (const t in POOR) for (const i of POOR[t]) byTown(t)[i].poor = true;
  const poorV = villages.filter(v => v.poor);
  assert(poorV.length === 14, '14 poor');
  byTown('川岛镇')[9].express = false; byTown('川岛镇')[14].express = false;
  assert(!byTown('川岛镇')[9].poor && !byTown('川岛镇')[14].poor, 'express villages not poor');
  const P14 = byTown('海宴镇')[16];
  const SEPTV = byTown('四九镇')[5];
  assert(!SEPTV.poor, 'sept village not poor');

  // covered set: 13 poor + 127 others
  const cand = shuffle(villages.filter(v => !v.poor && v !== SEPTV && v.express));
  const coveredOthers = cand.slice(0, 127);
  const covered = new Set([...poorV.filter(v => v !== P14), ...coveredOthers]);
  assert(covered.size === 140, 'covered 140');

  // station dates
  function randDate(from, to) {
    const a = Date.UTC(...from.split('-').map((x, i) => (i === 1 ? +x - 1 : +x)));
    const b = Date.UTC(...to.split('-').map((x, i) => (i === 1 ? +x - 1 : +x)));
    const t = a + Math.floor(R() * ((b - a) / 86400000 + 1)) * 86400000;
    const d = new Date(t); return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const BATCH = [['2020-06-01', '2020-08-28'], ['2020-10-09', '2020-12-30'], ['2021-03-01', '2021-05-28'], ['2021-06-01', '2021-08-27']];
  function batchDate(isPoor) {
    if (isPoor) return randDate(...BATCH[0]);
    const x = R(); return randDate(...BATCH[x < 0.45 ? 0 : x < 0.75 ? 1 : x < 0.92 ? 2 : 3]);
  }
  const stations = [];
  const STYLE = () => { const x = R(); return x < 0.5 ? 'real' : x < 0.68 ? 'dot' : x < 0.78 ? 'cn' : x < 0.88 ? 'slash' : x < 0.94 ? 'yy' : 'month'; };
  const VNAME = v => { const x = R(); return x < 0.42 ? v.base + '村委会' : x < 0.86 ? v.base + '村' : v.base + '村民委员会'; };
  const SERV = ['代购代销、快递收发', '代购代销、快递收发、代缴费', '农产品网销、快递代收', '代购代销、代缴水电费、小额取款', '快递收发、网店代运营'];
  const mkStation = (town, vill, stName, date, note) => ({ town, vill, stName, date, note, addr: null, style: null });
  let forcedLast = false;
  const coveredList = villages.filter(v => covered.has(v));
  for (const v of coveredList) {
    let d = batchDate(v.poor);
    if (!forcedLast && !v.poor && v.town === '端芬镇' && v.idx > 12) { d = '2021-08-31'; forcedLast = true; }
    const x = R();
    const st = x < 0.78 ? `${v.base}村电商服务站` : x < 0.9 ? `台山邮政${v.base}村邮乐购服务站` : `${v.base}村益农信息社（电商服务站）`;
    const s = mkStation(v.town, VNAME(v), st, d, v.poor ? '省定相对贫困村' : null);
    s.v = v; stations.push(s);
  }
  assert(forcedLast, 'forced 8-31 station');
  // second stations
  const seconds = shuffle(coveredOthers.slice()).slice(0, 4);
  for (const v of seconds) {
    const s = mkStation(v.town, v.base + '村', `${v.base}村供销电商服务点`, randDate('2021-03-01', '2021-07-30'), '同村第二个站点（供销社）');
    s.v = v; s.second = true; stations.push(s);
  }
  // community, forest, September
  const cs1 = mkStation('台城街道', '城东社区', '城东社区电商服务站', '2020-09-18', null); cs1.comm = true; stations.push(cs1);
  const cs2 = mkStation('大江镇', '大江圩社区', '大江圩社区电商服务站', '2020-11-06', null); cs2.comm = true; stations.push(cs2);
  const fs1 = mkStation('台城街道', '北峰山林场', '北峰山林场电商服务点', '2020-12-16', '林场职工生活区'); fs1.forest = true; stations.push(fs1);
  const sp1 = mkStation('海宴镇', P14.base + '村', `${P14.base}村电商服务站`, '2021-09-06', '9月新挂牌（省定相对贫困村）'); sp1.v = P14; sp1.sept = true; stations.push(sp1);
  const sp2 = mkStation('四九镇', SEPTV.base + '村委会', `${SEPTV.base}村电商服务站`, '2021-09-08', '9月新挂牌'); sp2.v = SEPTV; sp2.sept = true; stations.push(sp2);
  const townOrder = TOWNS.map(t => t[0]);
  const key = s => {
    const ti = townOrder.indexOf(s.town);
    const vi = s.v ? villages.indexOf(s.v) : (s.comm ? 100000 : 200000);
    return ti * 1e6 + vi * 10 + (s.second ? 1 : 0);
  };
  stations.sort((a, b) => key(a) - key(b));
  for (const s of stations) {
    s.style = (s.date === '2021-08-31' || s.sept) ? (s.sept && s.v === P14 ? 'dot' : 'real') : STYLE();
    if (s.style === 'month' && s.date > '2021-07-31') s.style = 'real';
    s.addr = s.forest ? '台山市北峰山林场场部' : s.comm ? `台山市${s.town}${s.vill}服务中心一楼` : (R() < 0.5 ? `台山市${s.town}${s.v.base}村委会办公楼一楼` : `台山市${s.town}${s.v.base}村${pick(['大道', '新村路', '圩仔街', '中心路'])}${ri(1, 88)}号`);
    s.head = name(R() < 0.5); s.tel = phone(); s.serv = pick(SERV);
  }
  // verify coverage
  {
    const cov = new Set(); const covP = new Set();
    for (const s of stations) if (s.v && !s.sept && s.date <= CUT) { cov.add(s.v); if (s.v.poor) covP.add(s.v); }
    assert(cov.size === 140, 'coverage 140 got ' + cov.size);
    assert(covP.size === 13, 'poor coverage 13');
    assert(stations.length === 149, 'stations 149 got ' + stations.length);
  }

  // ------------------------------------------------------------ poor persons
  const poorTownsVill = poorV.concat(shuffle(villages.filter(v => !v.poor)).slice(0, 6));
  const cats = shuffle([...Array(80).fill('E'), ...Array(12).fill('M'), ...Array(8).fill('N')]);
  const persons = [];
  let hh = 0; let pi = 0;
  while (pi < 100) {
    const size = Math.min(100 - pi, ri(1, 4));
    hh++;
    const v = poorTownsVill[(hh * 7) % poorTownsVill.length];
    const hno = `440781${String(v.town.length * 7 + hh).padStart(3, '0')}${String(1000 + hh * 13).slice(-4)}`;
    let head = null, headYear = 0, headMale = true, spouse = false;
    for (let k = 0; k < size; k++) {
      const cat = cats[pi++];
      let birth;
      if (cat === 'N') birth = R() < 0.5 ? ymd(ri(1938, 1950), ri(1, 12), ri(1, 28)) : ymd(ri(2003, 2006), ri(1, 12), ri(1, 28));
      else birth = ymd(k === 0 ? ri(1966, 1985) : ri(1966, 1999), ri(1, 12), ri(1, 28));
      const y = +birth.slice(0, 4);
      let rel, male;
      if (k === 0) { rel = '户主'; male = R() < 0.7; headYear = y; headMale = male; }
      else {
        const diff = y - headYear;
        if (diff <= -18) { male = R() < 0.5; rel = male ? '父亲' : '母亲'; }
        else if (diff >= 40) { male = R() < 0.5; rel = male ? '孙子' : '孙女'; }
        else if (diff >= 18) { male = R() < 0.5; rel = male ? '子' : '女'; }
        else if (!spouse) { spouse = true; male = !headMale; rel = '配偶'; }
        else { male = R() < 0.5; rel = male ? '兄弟' : '姐妹'; }
      }
      let nm = name(male);
      const sameSurname = k > 0 && ['父亲', '子', '女', '孙子', '孙女', '兄弟', '姐妹'].includes(rel);
      if (sameSurname) { for (let t = 0; t < 50 && nm[0] !== head[0]; t++) nm = name(male); if (nm[0] !== head[0]) nm = head[0] + nm.slice(1); }
      if (k === 0) head = nm;
      persons.push({ cat, birth, male, rel, name: nm, head, v, hno, hsize: size, first: k === 0 });
    }
  }
  const E = persons.filter(p => p.cat === 'E');
  const M = persons.filter(p => p.cat === 'M');
  const Nn = persons.filter(p => p.cat === 'N');
  assert(E.length === 80 && M.length === 12 && Nn.length === 8, 'cats');
  const Eshuf = shuffle(E.slice());
  const trainedPre = Eshuf.slice(0, 40);
  const septOnly = Eshuf.slice(40, 56);
  // ids (two trainedPre with X)
  for (const p of persons) {
    const wantX = (p === trainedPre[3] || p === trainedPre[20]) ? true : undefined;
    p.id = idgen(p.birth, p.male, wantX);
  }
  // labour / work descriptions
  for (const p of persons) {
    if (p.cat === 'N') {
      const old = p.birth < '1960';
      p.labour = old ? pick(['丧失劳动力', '无劳动力']) : '无劳动力（在校生）';
      p.work = '—'; p.place = null;
    } else {
      p.labour = R() < 0.8 ? '普通劳动力' : '技能劳动力';
      if (p.cat === 'M') { p.work = '外出务工'; p.place = pick(['广州市', '深圳市', '佛山市', '东莞市', '中山市']); }
      else { p.work = pick(['在家务农', '在家务农', '镇内务工', '公益性岗位', '在家务农（养殖）']); p.place = p.work === '镇内务工' ? p.v.town : null; }
    }
  }

  // ------------------------------------------------------------ sign-in sessions
  const migAtt = shuffle(M.slice()).slice(0, 4);
  const noLabAtt = shuffle(Nn.slice()).slice(0, 2);
  const outsider = (kind, withId) => {
    const male = R() < 0.6;
    const nm = name(male);
    const birth = ymd(ri(1968, 1992), ri(1, 12), ri(1, 28));
    return { name: nm, male, id: withId ? idgen(birth, male) : null, kind, place: pick(TOWNS.map(t => t[0])) };
  };
  const S1 = [], S2 = [], S3 = [], S4 = [], S5 = [];
  const P = p => ({ person: p });
  trainedPre.slice(0, 11).forEach(p => S1.push(P(p)));
  trainedPre.slice(11, 22).forEach(p => S2.push(P(p)));
  trainedPre.slice(22, 31).forEach(p => S3.push(P(p)));
  trainedPre.slice(31, 40).forEach(p => S4.push(P(p)));
  // repeats
  const s1p = trainedPre.slice(0, 11), s2p = trainedPre.slice(11, 22), s3p = trainedPre.slice(22, 31);
  [s1p[0], s1p[5], s1p[9]].forEach(p => S2.push(P(p)));
  [s1p[2], s2p[1], s2p[6], s2p[10]].forEach(p => S3.push(P(p)));
  [s1p[3], s2p[4], s3p[0], s3p[5], s3p[8]].forEach(p => S4.push(P(p)));
  // migrants / no labour
  S1.push(P(migAtt[0])); S2.push(P(migAtt[1])); S3.push(P(migAtt[2])); S4.push(P(migAtt[3]));
  S2.push(P(noLabAtt[0])); S4.push(P(noLabAtt[1]));
  // others
  const O = k => ({ other: k });
  S1.push(O(outsider('帮扶干部', true)), O(outsider('帮扶干部', true)), O(outsider('帮扶干部', true)), O(outsider('村干部', true)), O(outsider('村干部', true)));
  S2.push(O(outsider('边缘易致贫户', true)), O(outsider('边缘易致贫户', true)), O(outsider('帮扶干部', true)));
  S3.push(O(outsider('帮扶干部', true)));
  S4.push(O(outsider('村干部', false)));
  septOnly.forEach(p => S5.push(P(p)));
  [s1p[1], s2p[2], s3p[3], trainedPre[36]].forEach(p => S5.push(P(p)));
  S5.push(O(outsider('帮扶干部', true)), O(outsider('村干部', true)));
  assert(S1.length === 17 && S2.length === 19 && S3.length === 15 && S4.length === 17 && S5.length === 22, 'session sizes');
  // shuffle order within sessions a bit (keep deterministic)
  [S1, S2, S3, S4, S5].forEach(s => shuffle(s));

  // ------------------------------------------------------------ training sessions (附3)
  const sessDates = [
    ['2020-06-18'], ['2020-06-30'], ['2020-07-09'], ['2020-07-16'], ['2020-07-28'], ['2020-08-06'], ['2020-08-20'], ['2020-09-03'], ['2020-09-17'], ['2020-09-24'],
    ['2020-10-15'], ['2020-10-22'], ['2020-10-29'], ['2020-11-05'], ['2020-11-12'], ['2020-11-26'], ['2020-12-03'], ['2020-12-09', '2020-12-10'], ['2020-12-22'],
    ['2021-01-07'], ['2021-01-14'], ['2021-03-04'], ['2021-03-11'], ['2021-03-18'], ['2021-03-25'], ['2021-04-08'], ['2021-04-15'], ['2021-04-22'], ['2021-05-13'], ['2021-05-20'],
    ['2021-05-27'], ['2021-06-10'], ['2021-06-17'], ['2021-06-24'], ['2021-07-08'], ['2021-07-22'], ['2021-08-05'], ['2021-08-19'], ['2021-08-26', '2021-08-27'], ['2021-08-31'],
  ];
  assert(sessDates.length === 40, '40 sessions');
  const counts = sessDates.map(() => ri(96, 150));
  let diff = 4940 - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % counts.length) { const st = diff > 0 ? 1 : -1; counts[i] += st; diff -= st; }
  assert(counts.reduce((a, b) => a + b, 0) === 4940 && counts.every(c => c > 60 && c < 200), 'session counts');

  // ================================================================ sheets
  const sheets = [];
  // 目录
  {
    const s = new Sheet('目录');
    s.add(['台山市电子商务进农村综合示范创建考评资料（电子版）']); s.merge(1, 1, 1, 3);
    s.add(['序号', '工作表', '内容']);
    const toc = [['作战墙（誊录）', '迎检作战墙便利贴誊录（底数、完成情况、自评分）'], ['附1 村居名单', '村（居）民委员会名单'], ['附2 站点清单', '村级电子商务服务站点清单'], ['附3 普及培训', '普及培训台账（按期次）'], ['附4 专场签到', '建档立卡贫困户专场培训签到表'], ['附5 贫困人口', '建档立卡贫困人口劳动力情况'], ['附6 园区企业', '电商产业园入驻企业'], ['附7 资金拨付', '省级专项资金拨付台账'], ['附8 月报报送', '向江门市商务局报送月报登记'], ['附9 专栏更新', '政府网站专栏更新记录'], ['附10 宣传报道', '宣传报道登记'], ['附11 经验材料', '经验材料报送登记']];
    toc.forEach((t, i) => s.add([i + 1, t[0], t[1]]));
    s.add(['整理：台山市商务局电商股　2021年9月']); s.merge(s.n, 1, s.n, 3);
    sheets.push(s);
  }
  // 作战墙
  sheets.push(wallSheet());
  function wallSheet() {
    const s = new Sheet('作战墙（誊录）');
    const WIDTH = 18;
    s.set(1, 1, '台山市电子商务进农村综合示范创建　迎检“作战墙”（便利贴誊录稿）'); s.merge(1, 1, 1, WIDTH);
    s.set(2, 1, '誊录：电商股 黄××　2021年9月2日（墙在局三楼小会议室，9月1日局务会后照墙上原样誊录，方便局领导带去市里）'); s.merge(2, 1, 2, WIDTH);
    s.set(3, 1, '誊录说明：墙上分上下两排共十个区，一个区誊成一栏（两格宽），一张便利贴一格，按墙上从上到下的顺序。颜色写在【】里：【黄】底数　【绿】已做到　【粉】没做到／有问题　【蓝】自评分（9月1日局务会定）。被红笔打×的贴纸照抄，注“（打×作废）”；后来贴在旧贴纸上把它盖住的，注“（盖在上一张上）”，以盖在上面的为准。'); s.merge(3, 1, 3, WIDTH);
    const BAND1 = [
      ['① 家底', [
        '【黄】考评截止\n2021年8月31日（省里定的口径）',
        '【黄】常住人口\n90.66万人（七普）',
        '【黄】户籍人口 100.58万人\n←考评不用这个数！',
        '【黄】16个镇＋台城街道\n行政村289个（超200个，按200算）\n社区居委会36个',
        '【黄】省定相对贫困村 14个',
        '【黄】9月10日统计：站点149个\n有站点的村（居）145个\n（含9月新挂的）',
      ]],
      ['② 班子·文件', [
        '【黄】（打×作废）\n领导小组组长：分管副市长\n（2019年10月成立时）',
        '【绿】（盖在上一张上）\n2020年6月调整：市委副书记、市长任组长，分管副市长任常务副组长',
        '【黄】成员单位：市商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、市场监管局、交通运输局、邮政分公司、各镇（街）',
        '【绿】创建方案　已印发\n（台府办函〔2019〕86号）',
        '【绿】扶持政策　已出台\n《台山市促进农村电子商务发展扶持办法》（2020年4月）',
        '【绿】项目管理办法　已印发\n工作台账　有',
        '【粉】台账问题：站点、园区企业两本没跟上，8月才补齐',
      ]],
      ['③ 中心·园区', [
        '【绿】市电商公共服务中心\n2020年10月28日揭牌试运营\n11月26日正式投入运营',
        '【绿】免费培训室（120座）＋电脑40台\n基础班都在这里办',
        '【绿】农产品展示展销厅\n免费进驻展示、代销',
        '【粉】摄影免费；美工按件收费（30元/款）\n→不算“免费摄影、美工”',
        '【绿】“台山好物”区域公共品牌\n统一包装、统一推广',
        '【绿】其他增值服务：代办执照、金融对接、网店代运营',
        '【绿】电商产业园：整合原台城电商孵化基地\n2020年6月开园',
        '【黄】园区签约23家（9月1日数）\n←要按8月31日在园的算',
        '【绿】企业类型：平台、销售、代运营、物流、直播都有',
      ]],
      ['④ 站点·快递', [
        '【绿】有站点的行政村\n按200算要140个，我们144个 ✔',
        '【绿】14个省定贫困村全部有站\n（海宴镇那个9月6日挂牌）',
        '【绿】快递进村 100%\n（邮政兜底）',
        '【粉】川岛镇两个海岛村\n村民要到镇上取件？\n→邮政说算覆盖',
      ]],
      ['⑤ 卖货（上行）', [
        '【黄】农村网络零售额\n2019年 9.87亿元\n2020年 12.36亿元\n增长25.2%',
        '【黄】农产品网络零售额\n2019年 3.12亿元\n2020年 4.21亿元\n增长34.9% ✔过30%',
        '【绿】网销调研报告\n2020年7月报江门市商务局',
        '【绿】网络促销：“侨乡年货节”“台山鳗鱼节”直播带货，成效好',
        '【绿】第三方运营：江门市侨通电子商务有限公司驻场运营',
        '【粉】交易标准、冷链：只有1个冷库，溯源还在试点',
        '【黄】2021年1—8月农村网零 9.05亿元（不用）',
      ]],
    ];
    const BAND2 = [
      ['⑥ 培训', [
        '【黄】普及培训40期\n4,940人次（附3，不含专场）',
        '【黄】贫困户专场4场\n签到68人次（附4）',
        '【黄】合计5,008人次\n÷50万＝1.0016% ✔',
        '【黄】有劳动能力、不外出务工的建档立卡贫困人口 80人（乡村振兴局8月核）',
        '【黄】已参训 40人＝50% ✔刚好够\n（9月8日专场后56人＝70%，不算）',
        '【粉】9月9日第41期320人次\n→截止后，不算',
      ]],
      ['⑦ 网站·报送·宣传', [
        '【绿】政府网专栏：创建方案✔\n项目信息✔　建设进度✔\n监督举报信箱✔',
        '【粉】专栏2月份没更新（春节）\n→只能算不定时？',
        '【绿】月报：12个月都报江门市商务局，每月附电商扶贫统计',
        '【绿】经验材料2篇报江门市局\n（2020年12月、2021年5月）',
        '【绿】报道：南方+（省）、江门日报（市）、台山电视台（县）',
        '【绿】珠江频道《今日关注》播冲蒌镇电商扶贫案例（2021年5月）',
        '【粉】CCTV-17《乡村振兴》9月3日播\n→截止后？',
      ]],
      ['⑧ 钱', [
        '【黄】省级专项资金\n500万元',
        '【黄】已拨付406.25万元\n（截至8月31日，81.25%）',
        '【黄】9月9日付尾款38万元\n（不算）',
        '【绿】资金管理办法　已印发',
        '【绿】资金专账　已建',
      ]],
      ['⑨ 红线', [
        '【绿】安全生产、质量事故：无',
        '【绿】弄虚作假：无',
        '【黄】项目总体进度\n约90%',
      ]],
      ['⑩ 打分（蓝）', [
        '【蓝】谁挂帅（组织领导）\n2分',
        '【蓝】方案\n2分',
        '【蓝】（打×作废）\n政策 2分',
        '【蓝】（盖在上一张上）\n政策 1分（有政策，落实一般）',
        '【蓝】项目管理 3分\n＝制度2＋台账1',
        '【蓝】中心和园区 14分\n（美工收费扣1分）',
        '【蓝】站点覆盖 10分\n（行政村5＋贫困村5）',
        '【蓝】卖货（上行）9分\n＝调研2＋促销2＋第三方1＋快递1＋标准冷链溯源1＋增速2',
        '【蓝】培训 20分\n（人次10＋贫困户10）',
      ]],
      ['⑩ 打分（续）', [
        '【蓝】专栏（信息公开）\n4分',
        '【蓝】报市局（数据上报）\n6分',
        '【蓝】经验材料（案例总结）\n2分',
        '【蓝】上媒体（经验推广）\n8分',
        '【蓝】资金制度\n5分',
        '【蓝】资金台账\n4分',
        '【蓝】资金支出 4分\n（按进度及时拨付，支出率81%不扣分）',
        '【蓝】加分① 贫困户培训率 0分（50%，不够70%）\n加分② 电视播扶贫案例 2分（CCTV-17）',
        '【蓝】合计 96分',
      ]],
    ];
    function band(startRow, label, zones) {
      const maxNotes = Math.max(...zones.map(z => z[1].length));
      const end = startRow + maxNotes * 4;
      s.set(startRow, 1, label); s.merge(startRow, 1, end, 1);
      zones.forEach((z, i) => {
        const c1 = 2 + 3 * i;
        s.set(startRow, c1, z[0]); s.merge(startRow, c1, startRow, c1 + 1);
        z[1].forEach((t, k) => {
          const r = startRow + 1 + k * 4;
          s.set(r, c1, t); s.merge(r, c1, r + 2, c1 + 1);
        });
      });
      return end;
    }
    const e1 = band(5, '上\n排', BAND1);
    const e2 = band(e1 + 2, '下\n排', BAND2);
    s.set(e2 + 2, 1, '（墙右下角手写）资料盒对应：附1—附11见后面各表；9月6日前把9月新挂的两个站、9月专场、9月的报道都单独标出来，别混进考评数。'); s.merge(e2 + 2, 1, e2 + 2, WIDTH);
    return s;
  }

  // 附1 村居名单
  {
    const s = new Sheet('附1 村居名单');
    s.add(['台山市村（居）民委员会名单']); s.merge(1, 1, 1, 7);
    s.add(['数据来源：市民政局2021年6月区划底册；快递进村情况为市邮政管理局2021年8月核实']); s.merge(2, 1, 2, 7);
    s.add(['序号', '镇（街）', '村（居）委会名称', '类别', '省定相对贫困村', '快递进村', '备注']);
    let seq = 0;
    for (const [town] of TOWNS) {
      const rows = listRows.filter(x => x.town === town);
      const r0 = s.n + 1;
      rows.forEach((x, k) => {
        seq++;
        if (x.admin) s.add([seq, k === 0 ? town : null, x.name, '村委会', x.poor ? '★' : null, x.express ? '✔' : '✘（村民到镇上取件）', x.poor ? '驻村帮扶：江门市直单位' : null]);
        else s.add([seq, k === 0 ? town : null, x.name, '社区', null, '—', null]);
      });
      if (rows.length > 1) s.merge(r0, 2, s.n, 2);
    }
    s.add(['合计：村委会289个，社区居委会36个']); s.merge(s.n, 1, s.n, 7);
    s.add(['注：★为省定相对贫困村（14个）；快递进村“✔”为有快递企业进村设点或邮政投递到村。']); s.merge(s.n, 1, s.n, 7);
    sheets.push(s);
  }
  // 附2 站点清单
  {
    const s = new Sheet('附2 站点清单');
    s.add(['台山市村级电子商务服务站点清单']); s.merge(1, 1, 1, 10);
    s.add(['填报单位：台山市商务局（电商股）　　　　　　　　　　　　　更新至2021年9月10日']); s.merge(2, 1, 2, 10);
    s.add(['序号', '镇（街）', '所在村（居）', '站点名称', '站点地址', '站长', '联系电话', '挂牌时间', '服务内容', '备注']);
    let seq = 0;
    for (const town of townOrder) {
      const rows = stations.filter(x => x.town === town);
      if (!rows.length) continue;
      const r0 = s.n + 1;
      rows.forEach((x, k) => {
        seq++;
        s.add([seq, k === 0 ? town : null, x.vill, x.stName, x.addr, x.head, x.tel, fmt(x.date, x.style), x.serv, x.note]);
      });
      if (rows.length > 1) s.merge(r0, 2, s.n, 2);
    }
    s.add([`合计：站点${stations.length}个`]); s.merge(s.n, 1, s.n, 10);
    s.add(['注：1．挂牌时间以镇（街）报来的挂牌照片日期为准；2．9月挂牌2个为迎检前新建；3．供销电商服务点为同村第二个站点。']); s.merge(s.n, 1, s.n, 10);
    s.add(['填表人：黄××　　审核：梁××']); s.merge(s.n, 1, s.n, 10);
    sheets.push(s);
  }
  // 附3 普及培训
  {
    const s = new Sheet('附3 普及培训');
    s.add(['台山市农村电商普及培训台账']); s.merge(1, 1, 1, 9);
    s.add(['说明：本表按期次登记普及性培训人次；建档立卡贫困户专场另有签到表（附4），未计入本表。']); s.merge(2, 1, 2, 9);
    s.add(['期次', '培训时间', '培训地点', '培训内容', '培训对象', '参训人次', '其中：建档立卡贫困户（人次）', '承办单位', '备注']);
    const TOP = ['电商基础知识与开网店', '农产品短视频拍摄', '直播带货实操', '网店美工与详情页', '农村电商与乡村振兴', '农产品品牌与包装', '电商客服与售后', '社区团购与私域运营'];
    const WHO = ['返乡青年、农户', '合作社、家庭农场', '村“两委”干部、站长', '个体商户', '妇女、农户'];
    const VEN = () => (R() < 0.5 ? '市电商公共服务中心培训室' : `${pick(townOrder.slice(1))}人民政府会议室`);
    const STY = ['real', 'dot', 'cn', 'real', 'slash', 'yy', 'real', 'dot'];
    sessDates.forEach((d, i) => {
      let dateCell;
      if (d.length === 2) { const a = parts(d[0]), b = parts(d[1]); dateCell = `${a.y}.${a.m}.${a.d}-${b.d}`; }
      else dateCell = fmt(d[0], d[0] === '2021-08-31' ? 'real' : STY[i % STY.length]);
      let cnt = counts[i];
      if (i === 7) cnt = `${counts[i]}人次`; else if (i === 23) cnt = fullwidth(counts[i]); else if (i === 30) cnt = String(counts[i]);
      s.add([`第${i + 1}期`, dateCell, VEN(), TOP[i % TOP.length], WHO[i % WHO.length], cnt, ri(0, 9), i < 18 ? '市电商公共服务中心' : '江门市侨通电子商务有限公司', d.length === 2 ? '两天班' : null]);
    });
    s.add(['第41期', '2021.9.9', '市电商公共服务中心培训室', '农产品直播带货提升', '返乡青年、农户', 320, 6, '江门市侨通电子商务有限公司', '迎检前加办']);
    s.add(['合计', null, null, null, null, 5260, null, null, null]); s.merge(s.n, 1, s.n, 5);
    s.add(['填表人：黄××']);
    sheets.push(s);
  }
  // 附4 专场签到
  {
    const s = new Sheet('附4 专场签到');
    s.add(['台山市建档立卡贫困户电商技能专场培训签到表']); s.merge(1, 1, 1, 9);
    s.add(['说明：专场人次未计入附3普及培训台账。随同参训的帮扶干部、村干部、边缘易致贫户照实签到。']); s.merge(2, 1, 2, 9);
    s.add(['场次', '培训日期', '序号', '姓名', '性别', '身份证号码', '所在镇村', '人员类别', '签名']);
    const SESS = [['专场一', '2020年11月19日', S1], ['专场二', D('2020-12-17'), S2], ['专场三', '2021.4.22', S3], ['专场四', '2021/7/15', S4], ['专场五', '2021.9.8', S5]];
    let lowerCount = 0, spaced = false;
    for (const [nm, dt, rows] of SESS) {
      const r0 = s.n + 1;
      rows.forEach((x, k) => {
        let nmv, sex, id, place, kind;
        if (x.person) {
          const p = x.person; nmv = p.name; sex = p.male ? '男' : '女'; id = p.id; place = `${p.v.town}${p.v.base}村`;
          kind = '建档立卡贫困户';
          if (id.endsWith('X') && (p === trainedPre[3] || p === trainedPre[20])) { id = id.slice(0, 17) + 'x'; lowerCount++; }
          else if (!spaced && p === trainedPre[7]) { id = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`; spaced = true; }
        } else {
          const o = x.other; nmv = o.name; sex = o.male ? '男' : '女'; id = o.id || '（未带身份证）'; place = o.place; kind = o.kind;
        }
        s.add([k === 0 ? nm : null, k === 0 ? dt : null, k + 1, nmv, sex, id, place, kind, nmv]);
      });
      s.merge(r0, 1, s.n, 1); s.merge(r0, 2, s.n, 2);
      s.add([null, null, `本场签到${rows.length}人`]); s.merge(s.n, 3, s.n, 9);
    }
    assert(spaced, 'spaced id');
    assert(lowerCount >= 2, 'lowercase x used ' + lowerCount);
    s.add(['记录：市电商公共服务中心　陈××']); s.merge(s.n, 1, s.n, 9);
    sheets.push(s);
  }
  // 附5 贫困人口
  {
    const s = new Sheet('附5 贫困人口');
    s.add(['台山市建档立卡贫困人口劳动力情况表']); s.merge(1, 1, 1, 11);
    s.add(['提供单位：台山市乡村振兴局（2021年8月核实）']); s.merge(2, 1, 2, 11);
    s.add(['序号', '镇', '村', '户编号', '户主', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况', '务工地点']);
    let i = 0;
    while (i < persons.length) {
      const p = persons[i]; const size = p.hsize; const r0 = s.n + 1;
      for (let k = 0; k < size; k++) {
        const q = persons[i + k];
        s.add([i + k + 1, q.v.town, `${q.v.base}村`, k === 0 ? q.hno : null, k === 0 ? q.head : null, q.name, q.rel, q.id, q.labour, q.work, q.place]);
      }
      if (size > 1) { s.merge(r0, 4, s.n, 4); s.merge(r0, 5, s.n, 5); }
      i += size;
    }
    s.add(['合计：100人，其中有劳动能力92人（外出务工12人），无劳动能力8人']); s.merge(s.n, 1, s.n, 11);
    sheets.push(s);
  }
  // 附6 园区企业
  const ENT = [
    ['台山市侨乡好物电子商务有限公司', '91440781MA54K7TQ2N', '平台型', D('2020-06-18'), null, 'A101', null],
    ['台山市鳗鱼宝电子商务有限公司', '91440781MA54K8C03R', '销售型', D('2020-06-18'), null, 'A102', null],
    ['台山市浮石米业有限公司', '91440781MA4WQ35H7X', '销售型', '2020.6.28', null, 'A103', null],
    ['江门市侨通电子商务有限公司台山分公司', '91440781MA54M1JX6D', '电商运营商', D('2020-07-01'), null, 'A201', '市电商中心运营方'],
    ['中国邮政集团有限公司台山市分公司电商寄递中心', '91440781MA54M6PE0L', '物流企业', '2020年7月10日', null, 'A105', null],
    ['台山市广海湾海产品有限公司', '91440781MA53YD9K5B', '销售型', D('2020-07-10'), null, 'A106', null],
    ['台山市川岛海味电子商务有限公司', '91440781MA54N2HF3C', '销售型', '2020.8.3', '2021.3.31', 'A107', '已退园'],
    ['台山市海宴鲜生农产品有限公司', '91440781MA54N3RW8J', '销售型', '2020.8.3', null, 'A108', null],
    ['台山市鲜味坊网络科技有限公司', '91440781MA54Q0BU1E', '直播电商', D('2020-09-15'), null, 'A202', null],
    ['台山市台城速递物流有限公司', '91440781MA54Q1UX7G', '物流企业', D('2020-09-15'), null, 'A109', null],
    ['台山市都斛红薯电商专业合作社', '93440781MA54R8D52P', '销售型', '2020/10/20', null, 'A203', null],
    ['台山市云创电商运营服务有限公司', '91440781MA54T4LN9A', '电商运营商', D('2020-11-02'), null, 'A204', null],
    ['台山市端芬腊味电子商务有限公司', '91440781MA54T9EY4K', '销售型', '2020.11.18', D('2021-06-30'), 'A205', '已退园'],
    ['台山市四九茶业有限公司', '91440781MA4UJW6A0T', '销售型', D('2020-12-01'), null, 'A206', null],
    ['台山市匠心视觉设计有限公司', '91440781MA54W2QK6F', '设计服务', D('2020-12-15'), null, 'A207', '产品拍摄、包装设计'],
    ['台山市侨乡优选平台科技有限公司', '91440781MA55A07M3W', '平台型', '2021.1.12', null, 'A301', null],
    ['台山市海宴鲜生电子商务有限公司', '91440781MA54N3RW8J', '销售型', '2020.8.3', null, 'A108', '2021年3月8日由“台山市海宴鲜生农产品有限公司”更名，信用代码不变'],
    ['台山市三合温泉农旅电商有限公司', '91440781MA55D4XG2H', '销售型', D('2021-03-22'), null, 'A302', null],
    ['台山市直播星电子商务有限公司', '91440781MA55E8YB5Q', '直播电商', '2021年4月6日', null, 'A303', null],
    ['台山市白沙农产品冷链物流有限公司', '91440781MA55G1PC8M', '物流企业', D('2021-05-10'), null, 'A304', null],
    ['台山市大江米粉电商有限公司', '91440781MA55J6WD1U', '销售型', D('2021-06-15'), '2021.9.8', 'A305', '9月8日退园'],
    ['台山市优品供应链管理有限公司', '91440781MA55N0TL4Y', '平台型', D('2021-08-31'), null, 'A306', null],
    ['台山市深井生蚝电子商务有限公司', '91440781MA55R3KH7D', '销售型', D('2021-09-06'), null, 'A107', '9月新入驻'],
  ];
  {
    const s = new Sheet('附6 园区企业');
    s.add(['台山市电子商务产业园入驻企业清单']); s.merge(1, 1, 1, 8);
    s.add(['填报单位：台山市电商产业园运营中心　　2021年9月10日']); s.merge(2, 1, 2, 8);
    s.add(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '房号', '备注']);
    ENT.forEach((e, i) => s.add([i + 1, ...e]));
    s.add(['园区签约入驻企业23家次（含更名重复登记1家）']); s.merge(s.n, 1, s.n, 8);
    sheets.push(s);
  }
  // 附7 资金
  const FUND = [
    ['2020-06-12', 'real', '记-2020-06-015', '公共服务中心装修工程首付款', '台山市建安装饰工程有限公司', 600000],
    ['2020-08-20', 'dot', '记-2020-08-022', '第一批村级站点建设', '江门市侨通电子商务有限公司', 720000],
    ['2020-10-15', 'real', '记-2020-10-019', '公共服务中心设备采购', '台山市信达电脑有限公司', 480000],
    ['2020-11-26', 'cn', '记-2020-11-031', '电商培训服务（第一期）', '江门市侨通电子商务有限公司', 260000],
    ['2020-12-28', 'real', '记-2020-12-044', '第二批村级站点建设', '江门市侨通电子商务有限公司', 650000],
    ['2021-01-20', 'real', '记-2021-01-008', '“台山好物”品牌推广服务', '广州市禾木品牌策划有限公司', 180000],
    ['2021-02-05', 'real', '记-2021-02-003', '退回多付培训费（红字）', '江门市侨通电子商务有限公司', -18000],
    ['2021-03-25', 'slash', '记-2021-03-017', '冷链仓储设施建设', '台山市白沙农产品冷链物流有限公司', 420000],
    ['2021-04-28', 'real', '记-2021-04-025', '公共服务中心装修工程进度款', '台山市建安装饰工程有限公司', 300000],
    ['2021-06-10', 'dot', '记-2021-06-012', '第三批村级站点建设', '江门市侨通电子商务有限公司', 262500],
    ['2021-07-16', 'real', '记-2021-07-020', '电商培训服务（第二期）', '江门市侨通电子商务有限公司', 158000],
    ['2021-08-31', 'real', '记-2021-08-036', '县乡村三级物流配送体系首付款', '中国邮政集团有限公司台山市分公司', 50000],
    ['2021-09-09', 'real', '记-2021-09-011', '公共服务中心装修工程尾款', '台山市建安装饰工程有限公司', 380000],
  ];
  {
    const pre = FUND.filter(f => f[0] <= CUT).reduce((a, f) => a + f[5], 0);
    assert(pre === 4062500, 'fund pre ' + pre);
    const s = new Sheet('附7 资金拨付');
    s.add(['台山市省级电子商务进农村综合示范专项资金拨付台账']); s.merge(1, 1, 1, 8);
    s.add(['下达资金：500万元（粤财工〔2019〕××号）　　　　　　单位：元']); s.merge(2, 1, 2, 8);
    s.add(['序号', '拨付日期', '凭证号', '项目（用途）', '收款单位', '拨付金额（元）', '累计拨付（元）', '备注']);
    let cum = 0;
    FUND.forEach((f, i) => {
      cum += f[5];
      let amt = f[5];
      if (i === 8) amt = money(f[5]);
      s.add([i + 1, fmt(f[0], f[1]), f[2], f[3], f[4], amt, money(cum), f[5] < 0 ? '承办方退回' : (f[0] > CUT ? '9月支付' : null)]);
    });
    s.add(['合计', null, null, null, null, 4442500, null, null]); s.merge(s.n, 1, s.n, 5);
    s.add(['制表：财务室 伍××　　审核：梁××']); s.merge(s.n, 1, s.n, 8);
    sheets.push(s);
  }
  // 附8 月报
  const REP = [
    ['2020-09-08', 'real', '2020年8月份示范创建工作进展月报、电商扶贫统计表', '是'],
    ['2020-10-12', 'dot', '2020年9月份工作进展月报、电商扶贫统计表', '是'],
    ['2020-11-09', 'real', '2020年10月份工作进展月报、电商扶贫统计表', '是'],
    ['2020-12-08', 'cn', '2020年11月份工作进展月报、电商扶贫统计表', '是'],
    ['2021-01-08', 'real', '2020年12月份工作进展月报及全年总结、电商扶贫统计表', '是'],
    ['2021-02-05', 'real', '2021年1月份工作进展月报、电商扶贫统计表（春节前报）', '是'],
    ['2021-03-09', 'slash', '2021年2月份工作进展月报、电商扶贫统计表', '是'],
    ['2021-04-08', 'real', '2021年3月份工作进展月报、电商扶贫统计表', '是'],
    ['2021-05-10', 'dot', '2021年4月份工作进展月报、电商扶贫统计表', '是'],
    ['2021-06-08', 'real', '2021年5月份工作进展月报、电商扶贫统计表', '是'],
    ['2021-07-08', 'real', '2021年6月份工作进展月报、电商扶贫统计表', '是'],
    ['2021-08-09', 'cn', '2021年7月份工作进展月报、电商扶贫统计表', '是'],
    ['2021-09-07', 'real', '2021年8月份工作进展月报、电商扶贫统计表', '是'],
  ];
  {
    const s = new Sheet('附8 月报报送');
    s.add(['台山市电子商务进农村综合示范工作月报报送登记']); s.merge(1, 1, 1, 7);
    s.add(['序号', '报送日期', '报送内容', '报送对象', '报送方式', '是否附电商扶贫统计', '经办人']);
    REP.forEach((r, i) => s.add([i + 1, fmt(r[0], r[1]), r[2], '江门市商务局', i % 3 === 0 ? '粤政易' : '电子邮件', r[3], '黄××']));
    sheets.push(s);
  }
  // 附9 专栏
  const DIS = [
    ['2020-09-25', '台山市电子商务进农村综合示范项目建设进度（2020年9月）'],
    ['2020-10-28', '台山市电子商务公共服务中心揭牌试运营'],
    ['2020-11-26', '台山市电子商务进农村综合示范项目建设进度（2020年11月）'],
    ['2020-12-18', '第二批村级电子商务服务站点建设项目公示'],
    ['2020-12-30', '台山市电子商务进农村综合示范项目建设进度（2020年12月）'],
    ['2021-01-22', '台山市电子商务进农村综合示范项目建设进度（2021年1月）'],
    ['2021-03-12', '台山市电子商务进农村综合示范项目建设进度（2021年2—3月）'],
    ['2021-04-16', '冷链仓储设施建设项目基本信息公示'],
    ['2021-05-20', '台山市电子商务进农村综合示范项目建设进度（2021年5月）'],
    ['2021-06-18', '第三批村级电子商务服务站点建设项目公示'],
    ['2021-07-21', '台山市电子商务进农村综合示范项目建设进度（2021年7月）'],
    ['2021-08-26', '台山市电子商务进农村综合示范项目建设进度（2021年8月）'],
    ['2021-09-10', '台山市电子商务进农村综合示范项目建设进度（2021年9月）'],
  ];
  {
    const s = new Sheet('附9 专栏更新');
    s.add(['台山市人民政府门户网站“电子商务进农村综合示范”专栏更新记录']); s.merge(1, 1, 1, 5);
    s.add(['专栏设置：创建方案｜项目基本信息｜建设进度｜监督举报（信箱：tsswj_dsk@163.com）']); s.merge(2, 1, 2, 5);
    s.add(['序号', '发布日期', '信息标题', '所在栏目', '链接']);
    const COL = t => (t.includes('公示') ? '项目基本信息' : t.includes('揭牌') ? '工作动态' : '建设进度');
    DIS.forEach((d, i) => s.add([i + 1, i % 4 === 1 ? fmt(d[0], 'dot') : D(d[0]), d[1], COL(d[1]), `http://www.cnts.gov.cn/zwgk/dsjnc/content/post_${2154000 + i * 137}.html`]));
    sheets.push(s);
  }
  // 附10 宣传
  {
    const s = new Sheet('附10 宣传报道');
    s.add(['台山市电子商务进农村宣传报道登记']); s.merge(1, 1, 1, 7);
    s.add(['序号', '刊播日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例']);
    const MED = [
      [D('2020-10-22'), '台山电视台《台山新闻》', '县级', '电视', '我市电商公共服务中心揭牌试运营', '否'],
      ['2020.12.15', '江门日报', '市级', '报纸', '台山：电商站点进村　侨乡好物出山', '否'],
      [D('2021-03-18'), '南方+客户端', '省级', '网络', '台山鳗鱼搭上直播快车', '否'],
      ['2021年5月26日', '广东广播电视台珠江频道《今日关注》', '省级', '电视', '冲蒌镇：电商带货助脱贫户增收', '是'],
      [D('2021-06-08'), '台山发布（微信公众号）', '县级', '网络', '“台山好物”年中直播节开幕', '否'],
      ['2021/8/12', '江门广播电视台《江门新闻》', '市级', '电视', '台山：村级电商站成了村民“便利店”', '是'],
      [D('2021-09-03'), '中央广播电视总台CCTV-17《乡村振兴》', '中央级', '电视', '侨乡台山：电商助农新路子', '是'],
    ];
    MED.forEach((m, i) => s.add([i + 1, ...m]));
    sheets.push(s);
  }
  // 附11 经验材料
  {
    const s = new Sheet('附11 经验材料');
    s.add(['台山市电子商务进农村经验材料报送登记']); s.merge(1, 1, 1, 5);
    s.add(['序号', '报送日期', '材料名称', '报送对象', '报送方式']);
    s.add([1, D('2020-12-10'), '打造“台山好物”区域公共品牌　推动侨乡农产品上行', '江门市商务局', '电子邮件']);
    s.add([2, '2021.5.20', '冲蒌镇“电商＋合作社＋贫困户”带贫模式案例', '江门市商务局', '粤政易']);
    s.add([3, D('2021-09-06'), '台山市电子商务进农村综合示范创建工作总结', '江门市商务局', '粤政易']);
    sheets.push(s);
  }

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 8, 'work.upward': 8, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  assert(scored.reduce((a, k) => a + points[k], 0) === 88, 'scored 88');
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 2,
  };
  assert(Object.values(claimed).reduce((a, b) => a + b, 0) === 96, 'claimed 96');

  const fourthNames = {
    p14: `海宴镇${P14.base}村`, sept: `四九镇${SEPTV.base}村`,
    exp: byTown('川岛镇').filter(v => !v.express).map(v => v.base + '村').join('、'),
    seconds: seconds.map(v => v.base + '村').join('、'),
  };
  const derivation = [
    'asOf: 作战墙①区黄贴“考评截止 2021年8月31日” → 2021-08-31（誊录日期9月2日不是截止日）',
    'org.leadership: ②区“分管副市长”那张打×作废，盖在上面的绿贴：2020年6月起市委副书记、市长任组长；成员单位有商务局、财政局、农业农村局、乡村振兴局 → 主要领导牵头、四部门齐全 → 2',
    'org.plan: ⑩区蓝贴“方案 2分”（②区：创建方案已印发）→ 2',
    'org.policy: ⑩区“政策 2分”打×作废，盖在上面的是“政策 1分” → 1',
    'org.management: 蓝贴“项目管理 3分＝制度2＋台账1” → 制度2＋台账1 = 3',
    'work.center: 中心2020-11-26正式投入运营（≤2021-02-28）→ 建成2＋运行6个月2；免费培训室2；免费展示展销1；摄影免费但美工按件收费 → 免费摄影美工0；品牌推广1；其他增值服务1；产业园已建2；附6截至8月31日在园19家（23行：第17行与第8行同一信用代码（更名）只算1家，第7行2021-03-31、第13行2021-06-30已退出，第23行2021-09-06入驻；第21行9月8日才退出、第22行8月31日入驻都算在园）< 20 → 0；在园企业类型有平台型、销售型、电商运营商、物流企业、直播电商、设计服务 ≥3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12',
    `work.coverage: 附1村委会289个（≥200，以200为基数）；附2截至8月31日有站点的行政村140个（“××村”“××村委会”“××村民委员会”是同一村；${fourthNames.seconds}的同村第二站只算一次；城东社区、大江圩社区是社区，北峰山林场不在名单；${fourthNames.sept}2021-09-08、${fourthNames.p14}2021-09-06挂牌在截止日后）→ 140/200 = 70.0% ≥70% → 5；省定贫困村14个中13个截止日前有站（${fourthNames.p14}9月才挂牌）= 92.9% → 3；合计 8`,
    `work.upward: 网销调研2＋网络促销2（蓝贴）；第三方运营（江门市侨通电子商务有限公司）1；附1名单有快递栏，川岛镇${fourthNames.exp}为“✘” → 0（墙上“快递进村100%”与名单不符，以名单为准）；交易标准冷链溯源1（蓝贴）；农产品网零3.12亿→4.21亿元，增长34.9% ≥30% → 2（农村网零增长25.2%不够，但任一达标即可）；合计 2+2+1+0+1+2 = 8`,
    'work.training: 附3截止日前40期共4,940人次（第41期2021.9.9的320人次和合计行5,260不计），加附4专场一至四签到68人次（专场五2021.9.8的22人次不计）= 5,008人次；常住人口90.66万 > 50万，基数500,000 → 1.0016% ≥1% → 10（只算附3是0.988%，只能8分）；附5有劳动能力（普通/技能劳动力）且不外出务工的80人，截止日前专场签到里按身份证去重的有40人（两人末位小写x、一人6-8-4分段带空格要归一后才能匹配，漏掉就只有37人=46.25%、掉到8分；重复参训12人次只算一次；外出务工4人、无劳动力2人、帮扶干部/村干部/边缘易致贫户不计）→ 40/80 = 50% ≥50% → 10；合计 20',
    'info.disclosure: ⑦区绿贴与附9：专栏有创建方案、项目基本信息、建设进度、监督举报信箱 → 2；附9在2020年9月—2021年8月中2021年2月没有更新（1月22日后是3月12日；9月10日那条在截止日后）→ 不定时 1；合计 3',
    'info.reporting: 附8 2020-09-08至2021-08-09每个月都有向江门市商务局的报送（2021年1月、2月分别是1月8日、2月5日）→ 按月 3（2021-09-07那次在截止日后不计）；每次附电商扶贫统计 → 3；合计 6',
    'promo.cases: 附11 2020-12-10、2021-05-20两篇报江门市商务局（2021-09-06那篇在截止日后）→ 2',
    'promo.media: 附10截止日前：省级（南方+客户端、广东广播电视台珠江频道）4＋市级（江门日报、江门广播电视台）3＋县级（台山电视台、台山发布）1 = 8；CCTV-17（2021-09-03）在截止日后',
    'fund.system: 蓝贴“资金制度 5分”（资金管理办法已印发）→ 5',
    'fund.ledger: 蓝贴“资金台账 4分”（资金专账已建）→ 4',
    'fund.spending: 附7截止日前拨付 4,062,500元（含2021-02-05退回-18,000、第9行文本“300,000.00”、2021-08-31当天50,000；2021-09-09的380,000和合计行4,442,500不计）÷ 下达5,000,000 = 81.25% ≥70% → 取蓝贴“资金支出 4分”（及时拨付）→ 4',
    'bonus.poorTraining: 贫困人口培训率50% < 70% → 0（若把9月8日专场五的16名新参训者算进去是56/80=70%，会误加2分）',
    'bonus.tvCase: 截止日前有广东广播电视台珠江频道（省级电视）2021-05-26播冲蒌镇电商扶贫典型案例 → 1；江门台是市级电视不加分；CCTV-17在2021-09-03，截止日后，不能算国家级的2分 → 1',
    'veto.incident: ⑨区“安全生产、质量事故：无” → 不否决（0）',
    'veto.progress: ⑨区“项目总体进度约90%” ≥40% → 不否决（0）',
    'veto.fraud: ⑨区“弄虚作假：无” → 不否决（0）',
    'total: 15项合计 2+2+1+3+12+8+8+20+3+6+2+8+5+4+4 = 88，加分 0+1 = 1 → 89（作战墙自评96分：中心14、站点10、上行9、专栏4、电视加分2与台账不符）',
  ];

  return {
    description: '台山市（江门）商务局电商股的整本考评工作簿（13个表：目录、作战墙（誊录）、附1—附11）。事实和自评分在《作战墙（誊录）》里：迎检专班在会议室墙上贴便利贴，经办人照墙誊进Excel——上下两排共十个区，一个区一栏（两格宽、栏间空一列，最左列是合并的“上排／下排”），一张便利贴一个合并格（三行高，格内换行），颜色写在【】里（黄＝底数、绿＝已做到、粉＝没做到／有问题、蓝＝9月1日局务会定的自评分），是否类要看颜色和贴纸内容（“摄影免费；美工按件收费”是粉贴 → 免费摄影美工不成立）；被红笔打×的贴纸照抄并注“（打×作废）”，贴在旧贴纸上的注“（盖在上一张上）”，以上面的为准（组长“分管副市长”作废 → 市委副书记、市长，成员有商务、财政、农业农村、乡村振兴；蓝贴“政策 2分”作废 → 1分）；⑩区“打分（蓝）”两栏是县里的自评（claimed，合计96分；项目管理“3分＝制度2＋台账1”、上行“9分＝调研2＋促销2＋第三方1＋快递1＋标准冷链溯源1＋增速2”的分项就在同一张贴纸里）。陷阱：户籍人口100.58万；“9月10日统计站点149个、有站点的村（居）145个”“我们144个”“园区签约23家（9月1日数）”“9月8日专场后56人＝70%”“CCTV-17 9月3日播”都不是截止日的情况；“快递进村100%（邮政兜底）”但附1川岛镇两村快递“✘”；誊录日期9月2日不是截止日（截止日在①区第一张黄贴）。台账：附1村居名单（289个村委会超200基数、36个社区，镇列纵向合并，★省定贫困村14个，快递✔/✘/社区“—”）；附2站点149个（镇列纵向合并，所在村写“××村”“××村委会”“××村民委员会”三种，4个同村第二站、城东社区和大江圩社区站、名单外的北峰山林场点、一站恰在2021-08-31挂牌、9月挂牌两站其一在省定贫困村；挂牌时间真日期、“2020.7.16”式、“2020年11月26日”式、“2020/8/16”式、两位年份“20.8.6”式、只到月“2020年9月”式混写）→ 行政村覆盖恰为140/200＝70%；附3普及培训40期4,940人次（表头说明不含专场；“××人次”文本、全角数字、两天班区间；第41期2021.9.9的320人次和合计5,260含9月）；附4专场签到五场（场次和日期纵向合并，每场末“本场签到n人”行；两人身份证末位小写x、一人6-8-4分段空格；帮扶干部、村干部（一人未带身份证）、边缘易致贫户、外出务工和无劳动力者也签到；专场五在9月8日）→ 截止日前68人次、参训贫困人口恰为40/80＝50%；附5贫困人口100人（户编号、户主按户纵向合并，普通/技能劳动力、无劳动力、丧失劳动力，外出务工另写务工地点）；附6园区企业23行（更名后同一信用代码两行、两家截止前退园、一家9月入驻、一家9月8日才退园、一家8月31日入驻）→ 在园19家；附7资金13笔（红字退回负数、“300,000.00”文本、累计列是千分位文本、8月31日当天一笔、9月尾款、合计行）→ 截止日前81.25%；附8月报13条（12个月齐全，9月一条）；附9专栏更新缺2021年2月；附10宣传报道（有级别列和扶贫案例列，珠江频道扶贫案例是省级电视，江门台是市级，CCTV-17在9月）；附11经验材料（9月一篇）。中等偏上（89分，含加分1分，未否决；作战墙自评96分）。',
    sheets: sheets.map(s => s.json()),
    expect: { asOf: '2021-08-31', total: 89, bonus: 1, vetoed: false, points, claimed },
    derivation,
  };
}


// ====================================================================
// Facts f1: 吴川市 — tri-fold brochure layout (panels in imposition order)
// ====================================================================
function buildWuchuanBrochure() {
  const s = new Sheet('三折页（校样）');
  const WIDTH = 11;
  s.set(1, 1, '《数说吴川电商进农村》宣传三折页　排版稿（第2稿·校样）'); s.merge(1, 1, 1, WIDTH);
  s.set(2, 1, '排版说明：A4横向双面印刷后折三折。正面（外页）从左到右依次是 P5（内折页）｜P6（封底）｜P1（封面）；反面（内页）从左到右依次是 P2｜P3｜P4。阅读顺序 P1→P2→P3→P4→P5→P6。数字块上面一行是数、下面一行是说明。文中数据已经市商务局电商股核对。'); s.merge(2, 1, 2, WIDTH);
  const panels = {
    P1: [
      { h: '吴川市' },
      { h: '电子商务进农村综合示范创建' },
      { p: '2019—2021　工作成效' },
      { gap: 1 },
      { p: '[封面图：覃巴镇农产品直播基地航拍]' },
      { p: '“吴”限可能　“川”流不息' },
      { gap: 1 },
      { p: '数据截至2021年8月31日（省考评截止日）' },
      { p: '吴川市电子商务进农村综合示范创建工作领导小组办公室　编' },
    ],
    P2: [
      { h: '01 ｜ 强组织' },
      { p: '成立由市委副书记、市长任组长，分管副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、市交通运输局、市邮政分公司和各镇（街道）为成员单位的创建工作领导小组，每季度召开推进会。' },
      { p: '印发《吴川市电子商务进农村综合示范县创建工作方案》，明确六大建设任务。' },
      { p: '出台《吴川市促进农村电子商务发展若干措施》，在场地租金、人才培育、物流配送等方面给予扶持。' },
      { h: '吴川家底' },
      { card: ['92.65', '万人', '常住人口（第七次全国人口普查）'] },
      { card: ['120.60', '万人', '户籍人口'] },
      { card: ['203', '个', '行政村（另有社区居委会41个）'] },
      { card: ['11', '个', '省定相对贫困村'] },
      { card: ['15', '个', '镇（街道）'] },
    ],
    P3: [
      { h: '02 ｜ 建体系' },
      { card: ['2020.9.28', null, '市电子商务公共服务中心正式投入运营'] },
      { p: '中心服务清单：' },
      { p: '✔ 免费培训教室、电脑实操室，常年开办基础班' },
      { p: '✔ 特色农产品免费展示、展销' },
      { p: '✔ 产品摄影免费；详情页美工设计按优惠价收费' },
      { p: '✔ “吴川好物”区域公共品牌统一推广、统一包装' },
      { p: '✔ 代办营业执照、金融对接、物流对接等增值服务' },
      { p: '整合梅菉老城区商业楼，建成吴川市电子商务产业园，目前入驻企业21家。' },
      { p: '引进湛江市粤西电商运营服务有限公司作为专业第三方运营服务商。' },
      { card: ['178', '个', '镇村电商服务站点'] },
      { card: ['166', '个', '站点覆盖的行政村'] },
      { card: ['100%', null, '行政村快递服务覆盖率'] },
    ],
    P4: [
      { h: '03 ｜ 促上行' },
      { card: ['31.2', '亿元', '2020年农村网络零售额（同比增长19.6%）'] },
      { card: ['7.48', '亿元', '2020年农产品网络零售额（2019年为5.62亿元，同比增长33.1%）'] },
      { card: ['24.1', '亿元', '2021年1—8月农村网络零售额'] },
      { p: '举办“吴川好物”年货节、荔枝季直播带货、月饼网络节等网络促销活动36场。' },
      { p: '建成冷链仓储中心1个，上线农产品质量溯源平台。' },
    ],
    P5: [
      { h: '04 ｜ 育人才' },
      { card: ['9,260', '人次', '累计开展电商培训'] },
      { card: ['1,388', '人', '有劳动能力的建档立卡贫困人口（不含外出务工人员）'] },
      { card: ['768', '人', '其中已参加电商培训'] },
      { p: '相当于每100名常住人口中就有1人参加过电商培训。' },
      { h: '05 ｜ 晒公开' },
      { p: '市政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和建设进度，开通监督举报信箱。' },
      { p: '每月向湛江市商务局报送工作进展和电商扶贫统计数据。' },
    ],
    P6: [
      { h: '06 ｜ 管资金' },
      { card: ['500', '万元', '省级专项资金'] },
      { card: ['412.8', '万元', '已拨付（截至2021年8月31日）'] },
      { p: '出台《吴川市电子商务进农村综合示范专项资金管理办法》，建立专项资金专账，专款专用。' },
      { card: ['95%', null, '项目总体进度'] },
      { gap: 1 },
      { p: '吴川市电子商务进农村综合示范创建工作领导小组办公室（设在市商务局）' },
      { p: '地址：吴川市梅菉街道人民路××号　电话：0759-55×××××' },
      { p: '[二维码：吴川电商公共服务中心公众号]' },
      { p: '印制：2021年9月　　印数：3000份' },
    ],
  };
  function writePanel(r0, c, items) {
    let r = r0;
    for (const it of items) {
      if (it.gap) { r += it.gap; continue; }
      if (it.h || it.p) { s.set(r, c, it.h || it.p); s.merge(r, c, r, c + 2); r++; continue; }
      const [v, u, cap] = it.card;
      s.set(r, c, v); s.merge(r, c, r, c + 1); if (u) s.set(r, c + 2, u); r++;
      s.set(r, c, cap); s.merge(r, c, r, c + 2); r++;
    }
    return r;
  }
  s.set(4, 1, '【正面·外页】'); s.merge(4, 1, 4, WIDTH);
  s.set(5, 1, 'P5（内折页）'); s.merge(5, 1, 5, 3);
  s.set(5, 5, 'P6（封底）'); s.merge(5, 5, 5, 7);
  s.set(5, 9, 'P1（封面）'); s.merge(5, 9, 5, 11);
  const e1 = Math.max(writePanel(6, 1, panels.P5), writePanel(6, 5, panels.P6), writePanel(6, 9, panels.P1));
  const r2 = e1 + 2;
  s.set(r2, 1, '【反面·内页】'); s.merge(r2, 1, r2, WIDTH);
  s.set(r2 + 1, 1, 'P2'); s.merge(r2 + 1, 1, r2 + 1, 3);
  s.set(r2 + 1, 5, 'P3'); s.merge(r2 + 1, 5, r2 + 1, 7);
  s.set(r2 + 1, 9, 'P4'); s.merge(r2 + 1, 9, r2 + 1, 11);
  const e2 = Math.max(writePanel(r2 + 2, 1, panels.P2), writePanel(r2 + 2, 5, panels.P3), writePanel(r2 + 2, 9, panels.P4));
  s.set(e2 + 1, 1, '校对：电商股 陈××　9月3日（第2稿改：P3摄影美工一条按实际改写；P6拨付数改为8月31日口径）'); s.merge(e2 + 1, 1, e2 + 1, WIDTH);

  return {
    description: '吴川市（湛江）商务局电商股交来的事实表是迎检宣传三折页《数说吴川电商进农村》的排版稿（第2稿·校样）：A4横向双面三折，Excel里按印刷拼版摆放——正面（外页）三栏从左到右是P5（内折页）｜P6（封底）｜P1（封面），反面（内页）三栏是P2｜P3｜P4，每栏占三列（A:C、E:G、I:K，中间空列），阅读顺序要按页码P1→P6，不是按位置；栏内是标题行、一段一行的正文（合并三格）和“数字块”——数字块是上一行数（两格合并）加单位、下一行才是说明（说明在数的下面，不在左边）。事实全在宣传口径的句子和数字块里：数据截至2021年8月31日（省考评截止日）；市委副书记、市长任组长，成员有商务、财政、农业农村、乡村振兴 → principal-all；方案、政策已印发；中心2020.9.28投入运营；中心服务清单五条都打了✔，但“产品摄影免费；详情页美工设计按优惠价收费”→ 免费摄影美工为否；产业园、第三方、快递100%；2020年农村网零31.2亿元和增速19.6%（无2019年数，不反推）、农产品网零7.48亿元（2019年5.62亿元）增长33.1%；培训9,260人次；有劳动能力不含外出务工贫困人口1,388人、参训768人；专栏四项齐全、月报附扶贫统计；下达500万元、拨付412.8万元、资金管理办法和专账、总体进度95%。陷阱：户籍人口120.60万、社区41个、镇（街道）15个、入驻企业21家、站点178个/覆盖166个、2021年1—8月24.1亿元、促销活动36场、“每100人就有1人”、印制日期2021年9月和校对日期9月3日都不是输入；没有自评分和否决声明；县名只在标题和落款里（不是标签）。',
    sheets: [s.json()],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 926500,
        adminVillagesStated: 203,
        poorVillagesStated: 11,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 3120000000,
        ruralRetailGrowthStated: 0.196,
        agriRetail2019: 562000000,
        agriRetail2020: 748000000,
        agriRetailGrowthStated: 0.331,
        trainingPersonTimesStated: 9260,
        eligiblePoorPersonsStated: 1388,
        trainedPoorPersonsStated: 768,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4128000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.95,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// ====================================================================
// Facts f2: 德庆县 — weekly carry-forward sheet (blank = unchanged)
// ====================================================================
function buildDeqingWeekly() {
  const s = new Sheet('底数周更表');
  const DATES = ['7月5日', '7月12日', '7月19日', '7月26日', '8月2日', '8月9日', '8月16日', '8月23日', '8月30日', '8月31日（截止）', '9月6日'];
  const NC = 3 + DATES.length + 1; // 15
  s.set(1, 1, '德庆县电子商务进农村综合示范创建　考评底数周更表'); s.merge(1, 1, 1, NC);
  s.set(2, 1, '填法：每周一上午更新一次（8月31日考评截止日加更一列）。只在有变化的格里填新数，空格＝与左边最近一格相同；“—”表示当时还没有、不填。单位是万人、亿元、万元、%、人次的只填数。报省考评一律按“8月31日（截止）”这一列（空格往左找）；“9月6日”一列是迎检前补记的9月情况，不报省。'); s.merge(2, 1, 2, NC);
  s.set(3, 1, '序号'); s.merge(3, 1, 4, 1);
  s.set(3, 2, '项目'); s.merge(3, 2, 4, 2);
  s.set(3, 3, '单位'); s.merge(3, 3, 4, 3);
  s.set(3, 4, '7月'); s.merge(3, 4, 3, 7);
  s.set(3, 8, '8月'); s.merge(3, 8, 3, 13);
  s.set(3, 14, '9月');
  s.set(3, NC, '备注'); s.merge(3, NC, 4, NC);
  DATES.forEach((d, i) => s.set(4, 4 + i, d));
  const SECTIONS = [
    ['一、基本情况', [
      ['县（市、区）', '—', { 0: '德庆县' }],
      ['考评截止日期', '—', { 0: '2021年8月31日' }],
      ['常住人口', '万人', { 0: '40.62', 3: '34.21' }, '7月26日改：原来填的是户籍人口，按七普改为常住人口'],
      ['行政村', '个', { 0: 181 }],
      ['社区居委会', '个', { 0: 14 }],
      ['省定相对贫困村', '个', { 0: 15 }],
    ]],
    ['二、组织和文件', [
      ['领导小组组长', '—', { 0: '分管副县长', 4: '县委副书记、县长' }, '8月2日县政府办调整领导小组'],
      ['成员单位', '—', { 0: '商务局、财政局、农业农村局、市场监管局、交通运输局', 6: '商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司' }, '8月16日补乡村振兴局、邮政分公司'],
      ['创建工作方案', '—', { 0: '已印发' }, '德府办函〔2019〕115号'],
      ['扶持农村电商政策', '—', { 0: '送审中', 5: '已印发' }, '8月9日《德庆县扶持农村电子商务发展办法》印发'],
    ]],
    ['三、中心和园区', [
      ['公共服务中心投入运营', '日期', { 0: '2020年9月28日' }],
      ['免费培训场所和设备', '有/无', { 0: '有' }],
      ['农产品免费展示、销售', '有/无', { 0: '有' }],
      ['免费摄影、美工', '有/无', { 0: '有', 7: '无' }, '8月起美工改为按成本价收费'],
      ['农产品统一推广、品牌建设', '有/无', { 0: '有' }],
      ['其他衍生增值服务', '有/无', { 0: '无', 8: '有' }, '8月30日起代办证照、对接金融'],
      ['电商产业园', '—', { 0: '已整合建成' }],
      ['园区在园企业', '家', { 0: 18, 3: 19, 7: 21, 10: 22 }],
    ]],
    ['四、农村产品上行', [
      ['专业第三方运营服务商', '有/无', { 0: '有' }],
      ['行政村快递覆盖率', '%', { 0: '98.9', 6: '100' }, '8月16日县邮政管理部门出具证明，最后2个村已通'],
      ['2019年农村网络零售额', '亿元', { 0: '12.46' }],
      ['2020年农村网络零售额', '亿元', { 0: '15.08' }],
      ['农村网络零售额同比增速', '%', { 0: '21.0' }],
      ['2019年农产品网络零售额', '亿元', { 0: '3.86' }],
      ['2020年农产品网络零售额', '亿元', { 0: '4.92', 4: '5.12' }, '8月2日按县统计局核定数调整'],
      ['农产品网络零售额同比增速', '%', { 0: '27.5', 4: '32.6' }],
    ]],
    ['五、培训', [
      ['累计培训人次', '人次', { 0: 3912, 2: '4,020', 4: 4188, 6: 4306, 8: '4,420', 9: 4486, 10: 4706 }],
      ['有劳动能力贫困人口（不含外出务工）', '人', { 0: 1236, 5: 1204 }, '县乡村振兴局8月复核'],
      ['已参训贫困人口', '人', { 0: 598, 2: 612, 6: 640, 9: 651, 10: 668 }],
    ]],
    ['六、公开和报送', [
      ['专栏公示创建方案', '是/否', { 0: '是' }],
      ['专栏公示项目基本信息', '是/否', { 0: '是' }],
      ['专栏公示项目建设进度', '是/否', { 0: '是' }],
      ['专栏征求意见或监督举报窗口', '是/否', { 0: '否', 6: '是' }, '8月16日开通监督举报邮箱'],
      ['统计电商扶贫情况', '能/否', { 0: '能' }],
    ]],
    ['七、资金', [
      ['省级专项资金下达', '万元', { 0: 500 }],
      ['累计拨付', '万元', { 0: '332.6', 2: '341.2', 4: '356.8', 7: '372.4', 9: '398.64', 10: '426.64' }],
      ['资金管理制度', '—', { 0: '已制定' }],
      ['资金专用台账', '—', { 0: '已建立' }],
      ['项目总体进度', '%', { 0: 82, 4: 86, 9: 90, 10: 93 }],
    ]],
    ['八、红线', [
      ['安全生产、质量事故或重大损失', '有/无', { 0: '无' }],
      ['弄虚作假', '有/无', { 0: '无' }],
    ]],
    ['九、主观项自评', [
      ['方案制定（1-2分）', '分', { 0: 2 }],
      ['政策支持（1-2分）', '分', { 0: '—', 5: 2, 8: 1 }, '8月30日局务会：政策刚出台，落实一般，改1分'],
      ['项目管理制度（1-2分）', '分', { 0: 2 }],
      ['工作台账（1-2分）', '分', { 0: 2, 7: 1 }],
      ['网销调研（1-2分）', '分', { 0: 2 }],
      ['网络促销活动（1-2分）', '分', { 0: 1, 3: 2 }],
      ['交易标准与冷链溯源（1-2分）', '分', { 0: 1 }],
      ['资金管理制度（1-5分）', '分', { 0: 5 }],
      ['资金台账（1-5分）', '分', { 0: 5, 9: 4 }],
      ['资金及时拨付（1-5分）', '分', { 0: 4, 10: 3 }, '9月6日：9月尾款拖了几天，拟降为3分（报省仍按8月31日）'],
    ]],
  ];
  let seq = 0;
  for (const [title, items] of SECTIONS) {
    const r = s.n + 1; s.set(r, 1, title); s.merge(r, 1, r, NC);
    for (const [label, unit, vals, note] of items) {
      const rr = s.n + 1; seq++;
      s.set(rr, 1, seq); s.set(rr, 2, label); s.set(rr, 3, unit);
      for (const k in vals) s.set(rr, 4 + +k, vals[k]);
      if (note) s.set(rr, NC, note);
      else s.set(rr, NC, null);
    }
  }
  const rr = s.n + 2;
  s.set(rr, 1, '更新人：电商股 梁××　　最后更新：2021年9月6日'); s.merge(rr, 1, rr, NC);

  return {
    description: '德庆县（肇庆）商务局电商股的《考评底数周更表》：经办人从7月起每周一更新一次底数，每次更新占一列（两行表头：“7月”“8月”“9月”合并在各周日期之上：7月5日…8月30日，另加“8月31日（截止）”一列和迎检前补记的“9月6日”一列），只在有变化的格里填新值，空格＝与左边最近一格相同（表头下“填法”写明；“—”＝当时还没有），所以每一项要从“8月31日（截止）”列往左找最近的非空格。读法：常住人口7月26日由40.62（户籍）改为34.21万人；组长8月2日由分管副县长改为县委副书记、县长，成员单位8月16日补上乡村振兴局 → principal-all；政策“送审中”8月9日改“已印发”；摄影美工8月23日改“无”；其他增值服务8月30日改“有”；快递覆盖率8月16日由98.9改为100；2020年农产品网零与增速8月2日改为5.12亿元、32.6%；培训人次截止列4,486（9月6日4,706不取）；有劳动能力不含外出务工贫困人口1,204、参训651；监督举报窗口8月16日改“是”；累计拨付截止列398.64万元（9月6日426.64不取）；总体进度90%；主观项政策支持由“—”到2分再到8月30日1分，工作台账8月23日改1分，网络促销7月26日改2分，资金台账截止列改4分，资金及时拨付截止列仍是4分（9月6日拟降3分不取）。陷阱：社区居委会14个、在园企业（18→22家）不是输入；9月6日一列全不取；“最后更新2021年9月6日”不是截止日（截止日另有一行）。',
    sheets: [s.json()],
    expect: {
      facts: {
        county: '德庆县',
        asOf: '2021-08-31',
        residentPopulation: 342100,
        adminVillagesStated: 181,
        poorVillagesStated: 15,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1246000000,
        ruralRetail2020: 1508000000,
        ruralRetailGrowthStated: 0.21,
        agriRetail2019: 386000000,
        agriRetail2020: 512000000,
        agriRetailGrowthStated: 0.326,
        trainingPersonTimesStated: 4486,
        eligiblePoorPersonsStated: 1204,
        trainedPoorPersonsStated: 651,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3986400,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1,
        'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ====================================================================
// Ledger l1: 翁源县 — mini-program cloud-DB export, form data as JSON in a cell
// ====================================================================
function buildWengyuanMiniProgram() {
  const R = mulberry32(670301);
  const name = makeNamer(R);
  const idgen = makeIdGen('440229', R);
  const phone = phoneGen(R);
  const hex = n => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(R() * 16)]; return s; };
  const b64 = n => { const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'; let s = ''; for (let i = 0; i < n; i++) s += a[Math.floor(R() * a.length)]; return s; };
  const TOWNS = ['龙仙镇', '坝仔镇', '江尾镇', '官渡镇', '周陂镇', '翁城镇', '新江镇'];
  const iso = (d, hh, mm, ss) => {
    // Beijing local time -> UTC ISO string
    const [y, m, dd] = d.split('-').map(Number);
    const t = Date.UTC(y, m - 1, dd, hh - 8, mm, ss || 0);
    return new Date(t).toISOString();
  };
  const mdate = x => JSON.stringify({ $date: x });
  const addDays = (d, k) => { const [y, m, dd] = d.split('-').map(Number); const t = new Date(Date.UTC(y, m - 1, dd + k)); return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()); };

  // a pool of people (some come more than once)
  const people = [];
  for (let i = 0; i < 40; i++) {
    const male = R() < 0.55;
    const birth = ymd(1968 + Math.floor(R() * 30), 1 + Math.floor(R() * 12), 1 + Math.floor(R() * 28));
    people.push({ name: name(male), male, id: idgen(birth, male, i === 5 || i === 17 ? true : (i === 9 ? false : undefined)), phone: phone(), town: TOWNS[i % 7], poor: i % 4 === 1 });
  }
  const ACTS = [
    { _id: 'act' + hex(21), title: '电商基础知识培训班（第1期）', day: '2020-11-18', start: [9, 30], end: [17, 0], v: 1, place: '县电商公共服务中心培训室', status: [1, 1, 1, 0, 1, 1, 2, 1, 1, 1], who: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], rec: '2020-11-18' },
    { _id: 'act' + hex(21), title: '农产品短视频拍摄培训班（第2期）', day: '2020-12-16', start: [14, 0], end: [17, 30], v: 1, place: '县电商公共服务中心培训室', status: [1, 1, 1, 1, 3, 1, 0, 1, 1], who: [10, 11, 2, 12, 12, 13, 14, 15, 16], rec: '2020-12-16' },
    { _id: 'act' + hex(21), title: '测试活动（请忽略）', day: '2021-01-12', start: [10, 0], end: [11, 0], v: 2, place: '测试', status: [1, 1], who: ['T1', 'T2'], test: true },
    { _id: 'act' + hex(21), title: '直播带货实操班（第3期，3月17日—18日）', day: '2021-03-17', endDay: '2021-03-18', start: [9, 0], end: [17, 0], v: 2, place: '县电商公共服务中心直播间', status: [1, 1, 1, 2, 1, 1, 1, 1, 1], who: [17, 18, 19, 20, 21, 1, 22, 23, 24], rec: '2021-03-18' },
    { _id: 'act' + hex(21), title: '贫困户电商技能专场·早班（第4期）', day: '2021-05-26', start: [7, 30], end: [11, 30], v: 2, place: '江尾镇人民政府会议室', status: [1, 1, 1, 1, 0, 1, 1, 1, 1], who: [25, 5, 13, 21, 28, 29, 'NOID', 33, 37], rec: '2021-05-26' },
    { _id: 'act' + hex(21), title: '网店运营提升班（第5期）', day: '2021-08-18', start: [14, 30], end: [17, 30], v: 2, place: '县电商公共服务中心培训室', status: [1, 1, 1, 1, 0, 1, 1, 1], who: [32, 33, 34, 17, 35, 36, 9, 37], rec: '2021-08-18' },
    { _id: 'act' + hex(21), title: '电商助农早班（第6期）', day: '2021-09-01', start: [7, 30], end: [11, 30], v: 2, place: '官渡镇人民政府会议室', status: [1, 1, 2, 1, 1, 1], who: [38, 39, 3, 25, 10, 33], rec: '2021-09-01' },
  ];
  const sh = new Sheet('报名签到导出');
  sh.add(['“翁源电商学堂”小程序报名签到数据（云开发数据库 signup 集合导出，WPS打开，2021-09-03）']); sh.merge(1, 1, 1, 9);
  sh.add(['电商股说明：一行是一条报名记录。signStatus：1＝已签到，0＝报名未签到，2＝已取消报名，3＝重复报名（系统已并入前一条）；只有 signStatus 为1的算参训1人次。时间字段都是 {"$date": …} 格式的UTC时间，加8小时才是北京时间（早班7点半开课的，UTC显示是前一天）。两天的班 activityTime 只是开班时间，结束日期看 activityName 括号。formData 是学员自己填的表单，2021年1月小程序改版后字段名由中文改成英文。activityName 带“测试”的是开发公司的测试数据，不算。']); sh.merge(2, 1, 2, 9);
  sh.add(['_id', '_openid', 'activityId', 'activityName', 'activityTime', 'formData', 'signStatus', 'signTime', 'createTime']);
  const records = [];
  const actRows = [];
  let lowerDone = 0;
  for (const a of ACTS) {
    const actStart = iso(a.day, a.start[0], a.start[1]);
    let signUp = 0, signIn = 0;
    a.status.forEach((st, k) => {
      const w = a.who[k];
      let p;
      if (w === 'T1' || w === 'T2') p = { name: w === 'T1' ? '测试' : '测试2', male: true, id: '440229199001011234', phone: '13800000000', town: '龙仙镇', poor: false };
      else if (w === 'NOID') p = { name: name(false), male: false, id: '', phone: phone(), town: '江尾镇', poor: true };
      else p = people[w];
      let idText = p.id;
      if (a.title.includes('第4期') && w === 5) { idText = p.id.slice(0, 17) + 'x'; lowerDone++; }
      if (a.title.includes('第3期') && w === 17) { idText = p.id.slice(0, 17) + 'x'; lowerDone++; }
      if (a.title.includes('第4期') && w === 21) idText = `${p.id.slice(0, 6)} ${p.id.slice(6, 14)} ${p.id.slice(14)}`;
      const form = a.v === 1
        ? { '姓名': p.name, '性别': p.male ? '男' : '女', '身份证号': idText, '联系电话': p.phone, '所在镇': p.town, '是否建档立卡贫困户': p.poor ? '是' : '否' }
        : { name: p.name, gender: p.male ? '男' : '女', idCard: idText, phone: p.phone, town: p.town, isPoor: !!p.poor };
      const created = iso(addDays(a.day, -(3 + (k % 4))), 9 + (k % 9), (k * 7) % 60, (k * 13) % 60);
      const signed = st === 1 ? mdate(iso(a.day, a.start[0] - (k % 2 === 0 ? 0 : 1), (a.start[1] + 35 + k * 3) % 60, (k * 11) % 60)) : '';
      sh.add([hex(32), 'o' + b64(27), a._id, a.title, mdate(actStart), JSON.stringify(form), st, signed, mdate(created)]);
      signUp++;
      if (st === 1) signIn++;
      if (st === 1 && !a.test) {
        const norm = idText.replace(/\s+/g, '').toUpperCase();
        records.push({ date: a.rec, personTimes: 1, id: norm === '' ? null : norm });
      }
    });
    actRows.push([a._id, a.title, mdate(actStart), mdate(iso(a.endDay || a.day, a.end[0], a.end[1])), a.place, signUp, signIn]);
  }
  assert(lowerDone === 2, 'lower x in l1');
  assert(records.length === 43, 'l1 records ' + records.length);
  // sanity: the UTC shift cases
  assert(iso('2021-05-26', 7, 30).startsWith('2021-05-25T23:30'), 'utc shift');
  assert(iso('2021-09-01', 7, 30).startsWith('2021-08-31T23:30'), 'utc shift 2');
  const sh2 = new Sheet('活动列表导出');
  sh2.add(['activity 集合导出（活动设置，供对照）']); sh2.merge(1, 1, 1, 7);
  sh2.add(['_id', 'title', 'startTime', 'endTime', 'place', 'signUpNum', 'signInNum']);
  actRows.forEach(r => sh2.add(r));
  return {
    description: '翁源县（韶关）电商公共服务中心“翁源电商学堂”微信小程序的报名签到数据，是开发公司从云开发数据库 signup 集合导出的（WPS打开）：一行一条报名记录，列为 _id|_openid|activityId|activityName|activityTime|formData|signStatus|signTime|createTime，学员填的姓名、身份证号等全在 formData 一格的JSON里（2020年两期是中文字段名“身份证号”，2021年改版后是英文字段名 idCard/isPoor），时间字段都是 {"$date":"…Z"} 的UTC时间。表头上方电商股的说明：signStatus 1＝已签到、0＝未签到、2＝取消、3＝重复报名（系统并入前一条）；加8小时才是北京时间；两天班看 activityName 括号里的结束日；“测试”活动不算。记录＝每条 signStatus 为1的非测试报名（1人次），按行；date 取该期培训日期（北京时间）：第3期直播带货实操班“3月17日—18日”按结束日2021-03-18；第4期贫困户专场早班 activityTime 是“2021-05-25T23:30:00.000Z”，北京时间是2021-05-26 07:30；第6期早班“2021-08-31T23:30:00.000Z”是北京时间2021-09-01，在截止日后（照列）。id 从 formData 取：两人末位小写x（读作X）、一人按6-8-4分段带空格（去空格）、一人 idCard 为空串（null）。不是记录的：signStatus 0/2/3 的行（第2期一人重复报名3）、两行测试数据（状态也是1）、说明行。另一张《活动列表导出》是 activity 集合的活动设置和报名/签到人数汇总，不是台账。',
    sheets: [sh.json(), sh2.json()],
    expect: {
      sheets: {
        '报名签到导出': { kind: 'training', records },
        '活动列表导出': { kind: null },
      },
    },
  };
}

// ====================================================================
// Ledger l2: 澄海区 — incoming-document register; report date only in 办理结果
// ====================================================================
function buildChenghaiInbox() {
  const s = new Sheet('收文登记簿（电商股）');
  s.add(['汕头市澄海区商务局收文登记簿（摘录：电商股承办件）']); s.merge(1, 1, 1, 10);
  s.add(['说明：本簿由局办公室登记，电商股承办件摘出来交考评用。“办结日期”是办公室销号的日子，不一定是报送的日子，向市局报送的日期以“办理结果”里写的为准。']); s.merge(2, 1, 2, 10);
  s.add(['收文号', '收文日期', '来文单位', '文号', '文件标题', '紧急程度', '承办股室', '办理结果', '办结日期', '归档号']);
  const YZY = '粤政易工作通知';
  const rows = [
    ['澄商收〔2020〕186号', D('2020-09-01'), '汕头市商务局', YZY, '关于报送2020年8月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '已于9月7日电子邮件报送8月份工作进展月报和电商扶贫统计表', D('2020-09-07'), 'WS2020-Y-0186', { date: '2020-09-07', poverty: true }],
    ['澄商收〔2020〕193号', D('2020-09-10'), '汕头市商务局', '汕商务函〔2020〕312号', '关于开展县域商业体系建设情况摸底调查的通知', '急', '电商股、市场股', '已于9月25日报送摸底调查表（市场股汇总）', D('2020-09-25'), 'WS2020-Y-0193', null],
    ['澄商收〔2020〕221号', '2020.10.9', '汕头市商务局', YZY, '关于报送2020年9月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '10月13日已报送9月份月报（附电商扶贫统计表）', D('2020-10-15'), 'WS2020-Y-0221', { date: '2020-10-13', poverty: true }],
    ['澄商收〔2020〕247号', D('2020-11-02'), '汕头市商务局', YZY, '关于报送2020年10月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '11月6日已报（月报＋电商扶贫统计）', D('2020-11-06'), 'WS2020-Y-0247', { date: '2020-11-06', poverty: true }],
    ['澄商收〔2020〕268号', D('2020-12-01'), '汕头市商务局', YZY, '关于报送2020年11月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '已报送，12月4日（含电商扶贫统计表）', D('2020-12-04'), 'WS2020-Y-0268', { date: '2020-12-04', poverty: true }],
    ['澄商收〔2020〕271号', D('2020-12-03'), '汕头市商务局', '汕商务函〔2020〕401号', '关于做好2021年元旦春节期间促消费工作的通知', '一般', '电商股、商贸股', '已转各镇街和重点商超落实，12月30日报送活动安排', D('2020-12-30'), 'WS2020-Y-0271', null],
    ['澄商收〔2021〕003号', '2021年1月4日', '汕头市商务局', YZY, '关于报送2020年12月份及全年电子商务进农村工作情况的通知', '一般', '电商股', '1月8日报送12月份月报和全年工作总结，附电商扶贫统计', D('2021-01-08'), 'WS2021-Y-0003', { date: '2021-01-08', poverty: true }],
    ['澄商收〔2021〕017号', D('2021-02-01'), '汕头市商务局', YZY, '关于报送2021年1月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '市局2月3日电话通知1、2月合并报送。已于2021年3月5日合并报送1—2月月报（附扶贫统计表）', D('2021-03-05'), 'WS2021-Y-0017', { date: '2021-03-05', poverty: true }],
    ['澄商收〔2021〕031号', D('2021-03-01'), '汕头市商务局', YZY, '关于报送2021年2月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '已与1月合并报送（见本簿澄商收〔2021〕017号），本件不另报', D('2021-03-05'), 'WS2021-Y-0031', null],
    ['澄商收〔2021〕058号', '2021/4/1', '汕头市商务局', YZY, '关于报送2021年3月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '已于4月7日报送3月份月报；电商扶贫统计表本月未附（区乡村振兴局数据未出）', D('2021-04-08'), 'WS2021-Y-0058', { date: '2021-04-07', poverty: false }],
    ['澄商收〔2021〕079号', D('2021-05-06'), '汕头市商务局', YZY, '关于报送2021年4月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '5月10日已报，含扶贫统计', D('2021-05-10'), 'WS2021-Y-0079', { date: '2021-05-10', poverty: true }],
    ['澄商收〔2021〕086号', D('2021-05-20'), '汕头市商务局', '汕商务函〔2021〕155号', '关于征集电子商务进农村典型案例的通知', '一般', '电商股', '已于6月15日报送《隆都镇“电商＋合作社”带动脱贫户增收》案例材料', D('2021-06-15'), 'WS2021-Y-0086', null],
    ['澄商收〔2021〕095号', D('2021-06-01'), '汕头市商务局', YZY, '关于报送2021年5月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '6月7日报送5月份月报', D('2021-06-07'), 'WS2021-Y-0095', { date: '2021-06-07', poverty: null }],
    ['澄商收〔2021〕112号', D('2021-07-01'), '汕头市商务局', YZY, '关于报送2021年6月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '已于7月6日报送（月报、扶贫统计表）', D('2021-07-06'), 'WS2021-Y-0112', { date: '2021-07-06', poverty: true }],
    ['澄商收〔2021〕130号', '2021.8.2', '汕头市商务局', YZY, '关于报送2021年7月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '8月9日报送7月份月报及电商扶贫统计表', D('2021-08-16'), 'WS2021-Y-0130', { date: '2021-08-09', poverty: true }],
    ['澄商收〔2021〕139号', D('2021-08-20'), '汕头市商务局', '汕商务函〔2021〕268号', '关于做好省级电子商务进农村综合示范县考评迎检准备工作的通知', '特急', '电商股', '已组织自查，迎检资料按要求分册整理，待考评组现场查看', D('2021-08-30'), 'WS2021-Y-0139', null],
    ['澄商收〔2021〕146号', D('2021-09-01'), '汕头市商务局', YZY, '关于报送2021年8月份电子商务进农村综合示范工作进展及电商扶贫数据的通知', '一般', '电商股', '9月7日已报送8月份月报（附电商扶贫统计表）', D('2021-09-07'), 'WS2021-Y-0146', { date: '2021-09-07', poverty: true }],
  ];
  const records = [];
  for (const r of rows) { s.add(r.slice(0, 10)); if (r[10]) records.push(r[10]); }
  s.add(['登记：办公室 蔡××　　摘录：电商股 林××　2021年9月8日']); s.merge(s.n, 1, s.n, 10);
  assert(records.length === 12, 'l2 records');
  return {
    description: '汕头市澄海区商务局交的月报台账是局办公室的《收文登记簿》（摘录电商股承办件）：收文号|收文日期|来文单位|文号|文件标题|紧急程度|承办股室|办理结果|办结日期|归档号，一件来文一行。汕头市商务局每月用粤政易发“关于报送×月份电子商务进农村综合示范工作进展及电商扶贫数据的通知”，电商股报送后在“办理结果”里写一句；表头下说明写明“办结日期”是办公室销号日，报送日期以办理结果为准。记录＝每次实际向市局报送月报，按行：date 取办理结果句子里的日期（多数只写“9月7日”“10月13日”，年份按该件收文时间；“2021年3月5日”写全），不是收文日期、也不是办结日期（10月13日报送、10月15日销号；8月9日报送、8月16日销号；4月7日报送、4月8日销号）；poverty 看办理结果（附/含电商扶贫统计→true，“电商扶贫统计表本月未附”→false，只写“报送5月份月报”→null）。不是记录的：县域商业体系摸底调查、元旦春节促消费、征集典型案例（报的是案例材料）、考评迎检准备这四件非月报来文；2月份通知“已与1月合并报送，本件不另报”（1—2月合并于3月5日报送，只算一次，2021年2月没有报送）；表头、说明和登记行。2021年9月7日报送8月月报在截止日后照列。',
    sheets: [s.json()],
    expect: { sheets: { '收文登记簿（电商股）': { kind: 'reports', records } } },
  };
}

// ====================================================================
// Ledger l3: 德庆县 — one archive file per enterprise (卷内目录)
// ====================================================================
function buildDeqingArchive() {
  const s = new Sheet('入驻企业档案卷内目录');
  const NC = 7;
  s.add(['德庆县电子商务产业园入驻企业档案（一企一档）卷内目录汇编']); s.merge(1, 1, 1, NC);
  s.add(['编制：德庆县电商产业园运营中心　　2021年9月']); s.merge(2, 1, 2, NC);
  s.add(['说明：1．每家企业一卷，卷号DQCY-年份-流水号。2．入驻时间以《入驻确认单（交房确认书）》日期为准，《入驻申请表》《入驻协议》的日期不是入驻时间。3．退园时间以《退园确认单》日期为准，《退园申请》不算。4．企业更名的，把《名称变更登记通知书》归入原卷，不另立卷。5．签了协议但没有实际入驻的，卷内有《协议解除函》，该卷不计入驻企业。']); s.merge(3, 1, 3, NC);
  const B = [
    { no: 'DQCY-2020-001', name: '德庆县贡柑之乡电子商务有限公司', code: '91441226MA54H2K07C', type: '平台型', room: 'A101', filed: D('2020-06-12'), docs: [
      ['入驻申请表', '本企业', '—', '2020.5.20', '1-2'],
      ['营业执照（复印件）', '德庆县市场监督管理局', '成立日期2019年3月14日', D('2019-03-14'), '3'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-01', D('2020-06-01'), '4-9', '协议期2020.6.1—2023.5.31'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-01', D('2020-06-10'), '10'],
      ['2020年度经营情况表', '本企业', '—', '2021.1.15', '11-12'],
    ], rec: { entered: '2020-06-10', left: null } },
    { no: 'DQCY-2020-002', name: '德庆县悦城农产品贸易有限公司', code: '91441226MA54H5P81X', type: '销售型', room: 'A102', filed: D('2020-06-12'), docs: [
      ['入驻申请表', '本企业', '—', D('2020-05-22'), '1-2'],
      ['营业执照（复印件）', '德庆县市场监督管理局', '成立日期2018年11月2日', D('2018-11-02'), '3'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-02', D('2020-06-01'), '4-9'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-02', '2020.6.10', '10'],
      ['2020年度经营情况表', '本企业', '—', D('2021-01-15'), '11-12'],
    ], rec: { entered: '2020-06-10', left: null } },
    { no: 'DQCY-2020-003', name: '德庆县官圩绿源种养专业合作社', code: '93441226MA54J0RU5K', type: '销售型', room: 'A103', filed: D('2020-06-20'), docs: [
      ['入驻申请表', '本合作社', '—', '20200528', '1'],
      ['营业执照（复印件）', '德庆县市场监督管理局', '—', D('2017-08-09'), '2'],
      ['入驻协议', '运营中心、本合作社', 'DQCY-XY-2020-03', D('2020-06-08'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-03', '20200618', '9'],
      ['退园申请', '本合作社', '—', D('2021-03-10'), '10', '经营调整，申请退园'],
      ['退园确认单', '运营中心', 'TY-2021-01', D('2021-03-31'), '11'],
    ], rec: { entered: '2020-06-18', left: '2021-03-31' } },
    { no: 'DQCY-2020-004', name: '德庆县顺达快递服务有限公司', code: '91441226MA54J7WQ2E', type: '物流企业', room: 'A104', filed: D('2020-07-03'), docs: [
      ['入驻申请表', '本企业', '—', D('2020-06-15'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-04', D('2020-06-24'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-04', '2020年7月1日', '9'],
      ['快递业务经营许可证（复印件）', '广东省邮政管理局', '粤邮（肇）字第××号', D('2019-12-20'), '10'],
    ], rec: { entered: '2020-07-01', left: null } },
    { no: 'DQCY-2020-005', name: '德庆县云端电商运营服务有限公司', code: '91441226MA54L3DF8T', type: '电商运营商', room: 'B201', filed: D('2020-07-20'), docs: [
      ['入驻申请表', '本企业', '—', D('2020-07-02'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-05', D('2020-07-10'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-05', D('2020-07-15'), '9'],
    ], rec: { entered: '2020-07-15', left: null } },
    { no: 'DQCY-2020-006', name: '德庆县马圩何首乌电子商务有限公司', code: '91441226MA54L9XC1N', type: '销售型', room: 'B202', filed: D('2020-08-05'), note: '原名“德庆县马圩何首乌农业发展有限公司”，2021年3月更名', docs: [
      ['入驻申请表（德庆县马圩何首乌农业发展有限公司）', '本企业', '—', D('2020-07-20'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-06', D('2020-07-28'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-06', '2020.8.3', '9'],
      ['名称变更登记通知书', '德庆县市场监督管理局', '（德）登字〔2021〕第0308号', D('2021-03-08'), '10', '信用代码不变'],
    ], rec: { entered: '2020-08-03', left: null } },
    { no: 'DQCY-2020-007', name: '德庆县播植优品直播电商有限公司', code: '91441226MA54P2HJ6W', type: '直播电商', room: 'B203', filed: D('2020-09-18'), docs: [
      ['入驻申请表', '本企业', '—', D('2020-09-01'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-07', D('2020-09-08'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-07', D('2020-09-15'), '9'],
    ], rec: { entered: '2020-09-15', left: null } },
    { no: 'DQCY-2020-008', name: '德庆县永丰果业有限公司', code: '91441226MA54Q6EK9R', type: '销售型', room: '（拟）B204', filed: D('2020-12-03'), docs: [
      ['入驻申请表', '本企业', '—', D('2020-10-12'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-08', D('2020-10-20'), '3-8'],
      ['协议解除函', '运营中心', 'DQCY-JC-2020-01', '2020.12.1', '9', '企业一直未交房入驻，协议解除'],
    ], rec: null },
    { no: 'DQCY-2020-009', name: '德庆县凤村沙糖桔电商有限公司', code: '91441226MA54R1CN3P', type: '销售型', room: 'B204', filed: D('2020-11-05'), docs: [
      ['入驻申请表', '本企业', '—', D('2020-10-19'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-09', D('2020-10-28'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-08', '2020/11/2', '9'],
    ], rec: { entered: '2020-11-02', left: null } },
    { no: 'DQCY-2020-010', name: '德庆县邮乐购农村电商服务有限公司', code: '91441226MA54T7FL0G', type: '平台型', room: 'A105', filed: D('2020-12-04'), docs: [
      ['入驻申请表', '本企业', '—', D('2020-11-16'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2020-10', D('2020-11-25'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2020-09', D('2020-12-01'), '9'],
    ], rec: { entered: '2020-12-01', left: null } },
    { no: 'DQCY-2021-001', name: '德庆县九市米业有限公司', code: '91441226MA55B3QT2Y', type: '销售型', room: 'B205', filed: D('2021-03-25'), docs: [
      ['入驻申请表', '本企业', '—', D('2021-03-01'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2021-01', D('2021-03-15'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2021-01', '2021.3.22', '9'],
      ['退园申请', '本企业', '—', '2021.8.20', '10', '迁往县城自有仓库'],
      ['退园确认单', '运营中心', 'TY-2021-03', D('2021-09-15'), '11'],
    ], rec: { entered: '2021-03-22', left: '2021-09-15' } },
    { no: 'DQCY-2021-002', name: '德庆县回龙鸭电子商务有限公司', code: '91441226MA55D8MV5H', type: '销售型', room: 'A103', filed: D('2021-05-08'), docs: [
      ['入驻申请表', '本企业', '—', D('2021-04-20'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2021-02', D('2021-04-28'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2021-02', D('2021-05-06'), '9'],
      ['退园申请', '本企业', '—', D('2021-06-18'), '10'],
      ['退园确认单', '运营中心', 'TY-2021-02', '2021年6月30日', '11'],
    ], rec: { entered: '2021-05-06', left: '2021-06-30' } },
    { no: 'DQCY-2021-003', name: '德庆县数智电商代运营有限公司', code: '91441226MA55K0NW7A', type: '电商运营商', room: 'B206', filed: D('2021-09-02'), docs: [
      ['入驻申请表', '本企业', '—', D('2021-08-09'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2021-03', D('2021-08-20'), '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2021-03', D('2021-08-31'), '9'],
    ], rec: { entered: '2021-08-31', left: null } },
    { no: 'DQCY-2021-004', name: '德庆县极速冷链物流有限公司', code: '91441226MA55M4RB1J', type: '物流企业', room: 'A106', filed: D('2021-09-08'), docs: [
      ['入驻申请表', '本企业', '—', D('2021-08-12'), '1-2'],
      ['入驻协议', '运营中心、本企业', 'DQCY-XY-2021-04', '2021.8.20', '3-8'],
      ['入驻确认单（交房确认书）', '运营中心', 'QR-2021-04', D('2021-09-06'), '9'],
    ], rec: { entered: '2021-09-06', left: null } },
  ];
  const records = [];
  for (const b of B) {
    s.blank();
    const r = s.n + 1;
    s.set(r, 1, '卷号'); s.set(r, 2, b.no); s.set(r, 3, '企业名称（现名）'); s.set(r, 4, b.name); s.merge(r, 4, r, 5); s.set(r, 6, '统一社会信用代码'); s.set(r, 7, b.code);
    const r2 = r + 1;
    s.set(r2, 1, '企业类型'); s.set(r2, 2, b.type); s.set(r2, 3, '房号'); s.set(r2, 4, b.room); s.set(r2, 5, '立卷日期'); s.set(r2, 6, b.filed); s.merge(r2, 6, r2, 7);
    if (b.note) { const r3 = r2 + 1; s.set(r3, 1, '备考'); s.set(r3, 2, b.note); s.merge(r3, 2, r3, 7); }
    s.add(['序号', '文件材料题名', '责任者', '文号／编号', '日期', '页号', '备注']);
    b.docs.forEach((d, i) => s.add([i + 1, d[0], d[1], d[2], d[3], d[4], d[5] || null]));
    if (b.rec) records.push({ name: b.name, type: b.type, entered: b.rec.entered, left: b.rec.left });
  }
  s.blank();
  s.add(['本汇编共14卷，其中DQCY-2020-008卷协议已解除（未入驻）。']); s.merge(s.n, 1, s.n, NC);
  assert(records.length === 13, 'l3 records');
  return {
    description: '德庆县（肇庆）电商产业园运营中心的“一企一档”档案，电商股把各卷的《卷内目录》汇编成一张表当入驻企业清单交：表头下三行标题和“说明”（入驻时间以《入驻确认单（交房确认书）》为准，申请表和入驻协议日期不算；退园以《退园确认单》为准，退园申请不算；更名归原卷不另立卷；签协议未入驻的卷内有《协议解除函》，不计入驻）。每卷一块、块间空行：两行卷头（卷号｜企业名称（现名）｜统一社会信用代码；企业类型｜房号｜立卷日期），个别卷有“备考”行，然后是卷内目录 序号|文件材料题名|责任者|文号／编号|日期|页号|备注。记录＝每家实际入驻的企业（按卷的顺序）：name 取卷头“企业名称（现名）”，type 照写（平台型、销售型、物流企业、电商运营商、直播电商），entered 取《入驻确认单》那一行的日期（真日期、“2020.6.10”、“20200618”、“2020年7月1日”、“2020/11/2”、“2021.3.22”），left 取《退园确认单》日期（2021-03-31、2021年6月30日；九市米业8月20日申请、9月15日才确认退园，left 为2021-09-15），没有的为null。陷阱：营业执照成立日期、快递许可证日期、入驻协议日期、立卷日期都不是入驻时间；DQCY-2020-008永丰果业有申请和协议但被《协议解除函》解除，不是记录；马圩何首乌更名后仍是同一卷一条记录（name 取现名）；回龙鸭2021年入驻的房号A103与已退园的官圩绿源相同（换了租户，两条记录）；数智电商8月31日确认入驻；极速冷链2021-09-06确认入驻在截止日后照列。',
    sheets: [s.json()],
    expect: { sheets: { '入驻企业档案卷内目录': { kind: 'enterprises', records } } },
  };
}

// ====================================================================
// main
// ====================================================================
function main() {
  writeCase('counties', 'b67-c1-taishan.json', buildTaishan());
  writeCase('facts', 'b67-f1-wuchuan.json', buildWuchuanBrochure());
  writeCase('facts', 'b67-f2-deqing.json', buildDeqingWeekly());
  writeCase('ledgers', 'b67-l1-wengyuan.json', buildWengyuanMiniProgram());
  writeCase('ledgers', 'b67-l2-chenghai.json', buildChenghaiInbox());
  writeCase('ledgers', 'b67-l3-deqing.json', buildDeqingArchive());
}
main();
