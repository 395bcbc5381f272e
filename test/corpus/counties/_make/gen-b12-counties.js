#!/usr/bin/env node
'use strict';
// Generator for batch12 whole-county cases:
//   b12-c1-zijin.json  紫金县（河源市）  — high score
//   b12-c2-wuhua.json  五华县（梅州市）  — middling score, some ledgers thin
// Written blind from docs (ledgers.md, scoring-rules.md, the Lechang report and the corpus README).
// Deterministic (seeded PRNG). Asserts its own arithmetic: ID / credit-code check digits, sums,
// running totals, rates and tiers; the expected points are typed by hand below and re-checked
// against the measures computed from the generated ledgers.

const fs = require('fs');
const path = require('path');
const assert = require('assert');

const OUT = path.resolve(__dirname, "..");
const CUTOFF = '2021-08-31';
const CUTOFF_MINUS_6M = '2021-02-28';
const WINDOW = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02',
  '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08'];

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
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
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return api;
}
function col(c) { let s = ''; c += 1; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
class Sheet {
  constructor(name, opts = {}) { this.name = name; this.rows = []; this.merges = []; this.hidden = !!opts.hidden; }
  add(row) { this.rows.push(row); return this.rows.length; }            // returns the 1-based row number
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push(`${col(c1)}${r1}:${col(c2)}${r2}`); }
  toJSON() { const o = { name: this.name, rows: this.rows }; if (this.merges.length) o.merges = this.merges; if (this.hidden) o.hidden = true; return o; }
}
const D = (iso) => ({ date: iso });
function addDays(iso, n) { const t = new Date(iso + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
function daysBetween(a, b) { return Math.round((new Date(b + 'T00:00:00Z') - new Date(a + 'T00:00:00Z')) / 86400000); }
function randDate(R, from, to) { return addDays(from, R.int(0, daysBetween(from, to))); }
const ym = (iso) => iso.slice(0, 7);
const le = (a, b) => a <= b;                         // ISO strings compare lexically
const [yy, mm, dd] = [(s) => +s.slice(0, 4), (s) => +s.slice(5, 7), (s) => +s.slice(8, 10)];
const cn = (iso) => `${yy(iso)}年${mm(iso)}月${dd(iso)}日`;
const dot = (iso) => `${yy(iso)}.${mm(iso)}.${dd(iso)}`;
const dot2 = (iso) => `${String(yy(iso)).slice(2)}.${mm(iso)}.${dd(iso)}`;
const cn2 = (iso) => `${String(yy(iso)).slice(2)}年${mm(iso)}月${dd(iso)}日`;

// 18-digit resident ID (GB 11643-1999)
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += (+s17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function validId(id) { return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17]; }
function makeId(R, area, birth, male, wantX, used) {
  for (let guard = 0; guard < 5000; guard++) {
    let seq = R.int(1, 999);
    if ((seq % 2 === 1) !== male) seq = seq === 999 ? 998 : seq + 1;
    if (seq > 999) continue;
    const s17 = area + birth.replace(/-/g, '') + String(seq).padStart(3, '0');
    const id = s17 + idCheck(s17);
    if (used.has(id)) continue;
    if (wantX !== undefined && (id[17] === 'X') !== wantX) continue;
    used.add(id);
    assert(validId(id));
    assert.strictEqual(+id[16] % 2 === 1, male, 'gender digit');
    return id;
  }
  throw new Error('no id');
}
// 统一社会信用代码 (GB 32100-2015) with an embedded 组织机构代码 (GB 11714)
const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function ccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += CC.indexOf(s17[i]) * CCW[i]; const c = 31 - (s % 31); return CC[c === 31 ? 0 : c]; }
function orgCheck(s8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const ch = s8[i]; const v = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55; s += v * w[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function makeCreditCode(R, area, used) {
  const body = 'ABCDEFGHJKLMNPQRTUWXY0123456789';
  for (;;) {
    let s8 = 'MA' + R.pick(['4', '5']); for (let i = 0; i < 5; i++) s8 += R.pick(body.split(''));
    const org = s8 + orgCheck(s8);
    const s17 = '91' + area + org;
    const code = s17 + ccCheck(s17);
    if (used.has(code)) continue;
    used.add(code);
    assert(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code));
    assert.strictEqual(ccCheck(code.slice(0, 17)), code[17]);
    return code;
  }
}
// scale random weights so that they add up to exactly `total`
function fitTotal(items, total) {
  const raw = items.reduce((a, x) => a + x.pt, 0);
  let acc = 0;
  items.forEach((x, i) => { x.pt = i === items.length - 1 ? total - acc : Math.round(x.pt * total / raw); acc += x.pt; });
}
function phone(R) { return R.pick(['13', '15', '18', '17']) + R.int(0, 9) + String(R.int(0, 99999999)).padStart(8, '0'); }

// village / person names
const P1 = '上下新大小东西南北中黄石龙凤高长白青桥洋坪岭塘坑田湖溪竹松桂梅莲荷兴和安福富联光明华民文庆永丰良金银玉林樟柏桃李杨'.split('');
const P2 = '坑塘岭田坪溪湖岗坝陂埔楼围径洞山水口头背尾心林江河布寨联光明和新丰安兴美华东南西'.split('');
function villageNamer(R, used) {
  return function () {
    for (;;) {
      const a = R.pick(P1), b = R.pick(P2);
      if (a === b) continue;
      let n = a + b;
      if (R.f() < 0.15) { const c = R.pick(P2); if (c === b || c === a) continue; n += c; }
      if (used.has(n)) continue;
      used.add(n); return n;
    }
  };
}
const SURN = '刘黄钟曾叶古温李陈张赖邱罗廖巫谢朱魏彭邓何'.split('');
const GM = '志伟国明建华振文强永军新春东海生荣光辉添福'.split('');
const GF = '秀丽美玉桂芳英兰燕红娟梅凤琴霞敏妹娇'.split('');
function personName(R, surname, male) { const pool = male ? GM : GF; const n = R.int(1, 2); let g = R.pick(pool); if (n === 2) g += R.pick(pool); return surname + g; }

// tiers (exact integer comparisons, inclusive lower bound)
const geRate = (num, den, pctNum, pctDen) => num * pctDen >= den * pctNum;       // num/den >= pctNum/pctDen
function tierCoverage(c, b) { return geRate(c, b, 70, 100) ? 5 : geRate(c, b, 50, 100) ? 2 : 0; }
function tierPoorCoverage(c, b) { if (b === 0) return 5; return c === b ? 5 : geRate(c, b, 80, 100) ? 3 : 0; }
function tierPersonTimes(pt, pop) { const b = Math.min(pop, 500000); return geRate(pt, b, 1, 100) ? 10 : geRate(pt, b, 8, 1000) ? 8 : geRate(pt, b, 6, 1000) ? 6 : 0; }
function tierPoor(t, e) { return geRate(t, e, 50, 100) ? 10 : geRate(t, e, 40, 100) ? 8 : geRate(t, e, 30, 100) ? 6 : 0; }
function regularity(dates, full, partial) { const ms = new Set(dates.filter((d) => le(d, CUTOFF)).map(ym)); const n = WINDOW.filter((m) => ms.has(m)).length; return { n, pts: n === 12 ? full : n > 0 ? partial : 0 }; }
const mediaPts = (levels) => (levels.has('province') ? 4 : 0) + (levels.has('city') ? 3 : 0) + (levels.has('county') ? 1 : 0);

// ---------------------------------------------------------------- roster builder (shared)
// member spec: [relation, group, labour, migrant, note]
const BIRTH = { adult: ['1966-01-01', '1990-12-31'], young: ['1995-01-01', '2001-12-31'], student: ['2005-01-01', '2014-12-31'], elder: ['1938-01-01', '1955-12-31'] };
const MALE_REL = new Set(['户主', '长子', '次子', '父亲', '孙子']);
// out-of-range births are redrawn inside the first / last two years of the range (no pile-up on a boundary date)
function clampIso(R, iso, lo, hi) { return iso < lo ? randDate(R, lo, addDays(lo, 730)) : iso > hi ? randDate(R, addDays(hi, -730), hi) : iso; }
function birthNear(R, headBirth, minYears, maxYears, lo, hi) {
  const y = yy(headBirth) + R.int(minYears, maxYears);
  const iso = `${y}-${String(R.int(1, 12)).padStart(2, '0')}-${String(R.int(1, 28)).padStart(2, '0')}`;
  return clampIso(R, iso, lo, hi);
}
function buildRoster(R, patterns, area, villages) {
  const households = [];
  for (const [pat, count] of patterns) for (let i = 0; i < count; i++) households.push(pat);
  const order = R.shuffle(households);
  const persons = []; const hh = [];
  order.forEach((pat, hi) => {
    const surname = R.pick(SURN);
    const v = R.pick(villages);
    const members = [];
    const groups = pat.map((m) => m[1]);
    // the head's age is chosen to fit the household (children 20+ years younger, parents 22+ years older)
    let headBirth;
    if (pat[0][1] === 'elder') headBirth = randDate(R, ...BIRTH.elder);
    else if (groups.includes('young')) headBirth = randDate(R, '1966-01-01', '1975-12-31');
    else if (groups.includes('student')) headBirth = randDate(R, '1972-01-01', '1986-12-31');
    else headBirth = randDate(R, ...BIRTH.adult);
    const names = new Set();
    for (const [rel, grp, labour, migrant, note] of pat) {
      const male = MALE_REL.has(rel);
      const sn = (rel === '配偶' || rel === '母亲' || rel === '儿媳') ? R.pick(SURN) : surname;
      let name; do { name = personName(R, sn, male); } while (names.has(name)); names.add(name);
      let birth;
      if (rel === '户主') birth = headBirth;
      else if (rel === '配偶') birth = grp === 'elder' ? birthNear(R, headBirth, -5, 3, '1935-01-01', '1956-12-31') : birthNear(R, headBirth, -4, 6, '1964-01-01', '1992-12-31');
      else if (grp === 'young') birth = birthNear(R, headBirth, 22, 28, '1995-01-01', '2001-12-31');
      else if (grp === 'student') birth = birthNear(R, headBirth, 24, 34, '2005-01-01', '2014-12-31');
      else if (grp === 'elder') birth = birthNear(R, headBirth, -32, -24, '1935-01-01', '1955-12-31');
      else birth = randDate(R, ...BIRTH[grp]);
      const p = { hh: hi, rel, grp, labour, migrant, note: note || null, male, name, birth, town: v.town, village: v.name };
      members.push(p); persons.push(p);
    }
    for (const p of members) {
      if (p.rel === '户主') continue;
      const gap = yy(headBirth) - yy(p.birth);
      if (['长子', '长女', '次子', '次女'].includes(p.rel)) assert(gap <= -19, 'child too old ' + gap);
      if (['父亲', '母亲'].includes(p.rel)) assert(gap >= 19, 'parent too young ' + gap);
    }
    hh.push({ idx: hi, head: members[0].name, town: v.town, village: v.name, members });
  });
  return { persons, hh };
}

// ======================================================================================
// 紫金县 (河源市) — high
// ======================================================================================
function zijin() {
  const R = makeRand(20210831);
  const county = '紫金县';
  const AREA = '441621';
  const towns = [['紫城镇', 14], ['龙窝镇', 15], ['九和镇', 13], ['上义镇', 11], ['蓝塘镇', 18], ['凤安镇', 13], ['义容镇', 10], ['古竹镇', 14], ['临江镇', 13], ['柏埔镇', 12], ['黄塘镇', 13], ['敬梓镇', 11], ['水墩镇', 13], ['南岭镇', 12], ['苏区镇', 11], ['瓦溪镇', 10], ['好义镇', 12], ['中坝镇', 14]];
  const usedNames = new Set(towns.map(([t]) => t.slice(0, 2)));
  const newName = villageNamer(R, usedNames);
  const villages = []; // {town, name, admin, express}
  for (const [t, n] of towns) {
    villages.push({ town: t, name: t.slice(0, 2) + '社区', admin: false, express: true });
    for (let i = 0; i < n; i++) villages.push({ town: t, name: newName() + '村', admin: true, express: true });
  }
  const admin = villages.filter((v) => v.admin);
  const communities = villages.filter((v) => !v.admin);
  assert.strictEqual(admin.length, 229); assert.strictEqual(communities.length, 18);
  // one remote village has no express point (the list decides work.upward item 4)
  const noExpress = admin.find((v) => v.town === '南岭镇' && v !== admin.find((x) => x.town === '南岭镇'));
  noExpress.express = false;

  // 省定贫困村 37
  const poor = R.shuffle(admin).slice(0, 37);
  poor.forEach((v) => { v.poor = true; });
  const poorLate = poor[poor.length - 1];                // its only station opened after the cut-off
  const nonPoor = admin.filter((v) => !v.poor);
  const nonPoorShuffled = R.shuffle(nonPoor);
  const coveredNonPoor = nonPoorShuffled.slice(0, 110);
  const lateNonPoor = nonPoorShuffled[110];               // uncovered village whose station opened in September
  assert(lateNonPoor !== noExpress || true);

  // ---- stations
  const stations = []; // {town, village (as written), vobj, name, addr, person, phone, opened}
  const addrTail = ['村委会旁', '党群服务中心一楼', '村口便利店', '圩镇路口', '村民活动中心', '邮政代办点'];
  function station(v, opened, kind) {
    const written = v.admin && R.f() < 0.12 ? v.name + '委会' : v.name;
    let name;
    if (kind === 'dup') name = `${v.town}${v.name}益农信息社电商服务点`;
    else name = R.pick([`紫金县${v.town}${v.name}电商服务站`, `${v.town}${v.name}电子商务服务站`, `${v.town}${v.name}电商服务站`]);
    stations.push({ town: v.town, village: written, vobj: v, name, addr: v.admin ? `${v.town}${v.name}${R.pick(addrTail)}` : `${v.town}${v.name}居委会一楼`, person: personName(R, R.pick(SURN), R.f() < 0.6), phone: phone(R), opened, svc: [true, true, R.f() < 0.8, R.f() < 0.3] });
  }
  for (const v of poor.slice(0, 36)) station(v, randDate(R, '2019-11-15', '2021-03-31'));
  for (const v of coveredNonPoor) station(v, randDate(R, '2019-12-01', '2021-08-31'));
  station(poorLate, '2021-09-06');
  station(lateNonPoor, '2021-09-09');
  const dupVillages = R.shuffle(coveredNonPoor).slice(0, 4);
  for (const v of dupVillages) station(v, randDate(R, '2020-10-01', '2021-08-20'), 'dup');
  station(communities.find((c) => c.town === '紫城镇'), '2020-05-20');
  station(communities.find((c) => c.town === '蓝塘镇'), '2020-08-12');
  const townOrder = new Map(towns.map(([t], i) => [t, i]));
  stations.sort((a, b) => townOrder.get(a.town) - townOrder.get(b.town) || (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0));
  // force one station opened exactly on the cut-off day (inclusive)
  const edge = stations.find((s) => s.vobj === coveredNonPoor[5]); edge.opened = CUTOFF;

  // measures: coverage
  const coveredSet = new Set(stations.filter((s) => s.vobj.admin && le(s.opened, CUTOFF)).map((s) => s.vobj));
  const covered = coveredSet.size;
  const base = Math.min(admin.length, 200);
  const coveredPoor = poor.filter((v) => coveredSet.has(v)).length;
  assert.strictEqual(covered, 146); assert.strictEqual(base, 200);
  assert.strictEqual(coveredPoor, 36);
  assert.strictEqual(tierCoverage(covered, base), 5);
  assert.strictEqual(tierCoverage(covered, admin.length), 2, 'uncapped base would give 2: the cap matters');
  assert.strictEqual(tierPoorCoverage(coveredPoor, poor.length), 3);
  const clerkCovered = new Set(stations.filter((s) => s.vobj.admin).map((s) => s.vobj)).size; // clerk counted September too
  assert.strictEqual(clerkCovered, 148);
  assert.strictEqual(stations.length, 154);

  // ---- enterprises in the park
  const usedCodes = new Set();
  const entDefs = [
    ['紫金县乡村电商运营服务有限公司', '电商运营商', '公共服务中心及产业园运营、代运营'],
    ['河源市紫品优选电子商务有限公司', '平台型', '本地农特产品线上商城'],
    ['紫金县蝉茶坊茶业有限公司', '销售型', '紫金蝉茶网店销售'],
    ['紫金县春甜桔农产品专业合作社', '销售型', '春甜桔网销'],
    ['紫金县顺达快递服务有限公司', '物流企业', '快递收发、县乡村共同配送'],
    ['广东紫椒酱食品有限公司', '销售型', '紫金椒酱天猫、拼多多店铺'],
    ['紫金县邮政电商分拨中心', '物流企业', '邮政快递分拨'],
    ['紫金县云上直播文化传媒有限公司', '直播电商', '直播带货孵化'],
    ['紫金县山货郎电子商务有限公司', '销售型', '山货网销'],
    ['河源市客都农品供应链有限公司', '物流企业', '仓储、冷链配送'],
    ['紫金县绿源农业科技有限公司', '销售型', '有机蔬菜社区团购'],
    ['紫金县新农人电商服务有限公司', '电商运营商', '网店代运营、美工'],
    ['紫金县乡味农产品贸易有限公司', '销售型', '腊味、米粉网销'],
    ['紫金县好义花生油坊', '销售型', '花生油网销'],
    ['紫金县悦购网络科技有限公司', '平台型', '微信小程序商城'],
    ['紫金县农e通电子商务有限公司', '电商运营商', '站点运营、培训'],
    ['紫金县百草园中药材种植有限公司', '销售型', '中药材网销'],
    ['紫金县景鸿物流有限公司', '物流企业', '县域物流'],
    ['紫金县客家娘酒坊', '销售型', '客家娘酒网销'],
    ['紫金县优品摄影设计工作室', '设计服务', '产品摄影、美工'],
    ['紫金县红薯干食品有限公司', '销售型', '番薯干网销'],
    ['紫金县乐农电子商务有限公司', '销售型', '农产品网销'],
  ];
  const enterprises = entDefs.map(([name, type, biz], i) => ({ name, type, biz, code: makeCreditCode(R, i % 5 === 4 ? '441600' : AREA, usedCodes), entered: randDate(R, '2020-05-20', '2021-06-30'), left: null, note: null }));
  enterprises[0].entered = '2020-05-20';
  enterprises[13].left = '2021-05-20'; enterprises[13].note = '已退园';
  enterprises[21].entered = '2021-09-15'; enterprises[21].note = '新签约';
  const atCut = enterprises.filter((e) => le(e.entered, CUTOFF) && !(e.left && le(e.left, CUTOFF)));
  assert.strictEqual(new Set(atCut.map((e) => e.code)).size, 20);
  const normType = (t) => /平台/.test(t) ? '平台型' : /销售|零售|网店/.test(t) ? '销售型' : /运营|代运营|服务商/.test(t) ? '电商运营商' : /物流|快递|仓储/.test(t) ? '物流企业' : t;
  assert(new Set(atCut.map((e) => normType(e.type))).size >= 3);

  // ---- funds (元)
  const payments = [ // [date, payee, project, category, contract, amount, note]
    ['2020-04-20', '紫金县乡村电商运营服务有限公司', '县级电子商务公共服务中心建设及运营', '公共服务中心', 1280000, 384000, '首期30%'],
    ['2020-05-28', '紫金县农e通电子商务有限公司', '村级电商服务站点建设', '站点建设', 1650000, 495000, '首期30%'],
    ['2020-06-30', '紫金县顺达快递服务有限公司', '县乡村三级物流配送体系建设', '物流体系', 980000, 294000, '首期30%'],
    ['2020-07-15', '紫金县乡村电商运营服务有限公司', '县级电子商务公共服务中心建设及运营', '公共服务中心', 1280000, 512000, '二期40%'],
    ['2020-08-06', '紫金县新农人电商服务有限公司', '农村电商人才培训', '人才培训', 420000, 126000, '首期30%'],
    ['2020-10-21', '河源市紫品优选电子商务有限公司', '农产品品牌培育及网络推广', '农产品上行', 360000, 108000, '首期30%'],
    ['2020-11-10', '紫金县农e通电子商务有限公司', '村级电商服务站点建设', '站点建设', 1650000, 660000, '二期40%'],
    ['2020-12-18', '紫金县云上直播文化传媒有限公司', '电商扶贫及网络促销活动', '农产品上行', 300000, 90000, '首期30%'],
    ['2021-01-22', '紫金县乡村电商运营服务有限公司', '县级电子商务公共服务中心建设及运营', '公共服务中心', 1280000, 256000, '三期20%'],
    ['2021-02-05', '河源市客都农品供应链有限公司', '冷链及农产品溯源系统', '冷链溯源', 180000, 54000, '首期30%'],
    ['2021-03-12', '紫金县顺达快递服务有限公司', '县乡村三级物流配送体系建设', '物流体系', 980000, 392000, '二期40%'],
    ['2021-04-15', '紫金县新农人电商服务有限公司', '农村电商人才培训', '人才培训', 420000, 168000, '二期40%'],
    ['2021-05-26', '河源市紫品优选电子商务有限公司', '农产品品牌培育及网络推广', '农产品上行', 360000, 144000, '验收后拨付'],
    ['2021-06-18', '紫金县农e通电子商务有限公司', '村级电商服务站点建设', '站点建设', 1650000, 330000, '三期20%'],
    ['2021-06-29', '紫金县云上直播文化传媒有限公司', '电商扶贫及网络促销活动', '农产品上行', 300000, 120000, '二期40%'],
    ['2021-07-27', '河源市客都农品供应链有限公司', '冷链及农产品溯源系统', '冷链溯源', 180000, 72000, '二期40%'],
    ['2021-08-20', '紫金县新农人电商服务有限公司', '农村电商人才培训', '人才培训', 420000, 84000, '三期20%'],
    ['2021-08-27', '紫金县融媒体中心', '示范专栏维护及宣传推广', '宣传推广', 67180, 67180, '一次性'],
    ['2021-09-16', '紫金县乡村电商运营服务有限公司', '县级电子商务公共服务中心建设及运营', '公共服务中心', 1280000, 128000, '尾款10%'],
    ['2021-09-22', '紫金县顺达快递服务有限公司', '县乡村三级物流配送体系建设', '物流体系', 980000, 196000, '三期20%'],
  ];
  const fundAllocated = 5000000;
  const spent = payments.filter((p) => le(p[0], CUTOFF)).reduce((s, p) => s + p[5], 0);
  const spentAll = payments.reduce((s, p) => s + p[5], 0);
  assert.strictEqual(spent, 4356180); assert.strictEqual(spentAll, 4680180);
  assert(geRate(spent, fundAllocated, 70, 100));
  // per-contract payments never exceed the contract
  const byContract = {}; for (const p of payments) byContract[p[2]] = (byContract[p[2]] || 0) + p[5];
  for (const p of payments) assert(byContract[p[2]] <= p[4], p[2]);

  // ---- training sessions (row = a session with 人次)
  const topics = ['电子商务基础知识普及培训', '网店开设与运营实操培训', '直播带货实操培训', '农产品摄影与美工培训', '微信及短视频营销培训', '电商扶贫专题培训', '村级站点业务培训', '镇村干部电商知识培训', '快递物流从业人员培训', '跨境电商及品牌建设培训'];
  const targets = { '电商扶贫专题培训': '农户（含建档立卡贫困户）', '村级站点业务培训': '村级站点负责人', '镇村干部电商知识培训': '镇村干部', '快递物流从业人员培训': '快递从业人员' };
  const sessions = [];
  let dt = '2019-12-10';
  for (let i = 0; i < 37; i++) {
    const topic = i % 4 === 1 ? '电商扶贫专题培训' : R.pick(topics);
    const town = R.pick(towns)[0];
    const place = R.f() < 0.5 ? '县电子商务公共服务中心培训室' : `${town}人民政府会议室`;
    sessions.push({ date: dt, topic, place, target: targets[topic] || R.pick(['农民、返乡青年', '合作社及涉农企业', '个体工商户、返乡创业人员', '农村青年、妇女']), org: R.pick(['紫金县电子商务公共服务中心', '紫金县新农人电商服务有限公司', '县商务局、县人社局']), pt: R.int(70, 210), poorN: 0 });
    dt = addDays(dt, R.int(13, 19));
  }
  assert(le(sessions[sessions.length - 1].date, CUTOFF), 'last regular session before cut-off');
  sessions.push({ date: '2021-09-08', topic: '电商扶贫专题培训', place: '苏区镇人民政府会议室', target: '农户（含建档立卡贫困户）', org: '紫金县电子商务公共服务中心', pt: 168, poorN: 0 });
  // adjust the last pre-cut-off session so that the total is exactly 5186
  const pre = sessions.filter((s) => le(s.date, CUTOFF));
  fitTotal(pre, 5186);
  for (const x of pre) assert(x.pt >= 50 && x.pt <= 320, 'session plausible: ' + x.pt);
  const personTimes = pre.reduce((s, x) => s + x.pt, 0);
  assert.strictEqual(personTimes, 5186);
  const population = 612000;
  assert.strictEqual(tierPersonTimes(personTimes, population), 10);

  // ---- poor roster
  const L = true, N = false;
  const pats = [
    [[['户主', 'adult', L, N], ['配偶', 'adult', L, N], ['长子', 'student', N, N, '在校生'], ['长女', 'student', N, N, '在校生']], 8],
    [[['户主', 'adult', L, N], ['配偶', 'adult', L, L, '东莞务工'], ['长子', 'young', L, L, '深圳务工'], ['母亲', 'elder', N, N]], 6],
    [[['户主', 'elder', N, N, '五保']], 2],
    [[['户主', 'adult', L, N], ['配偶', 'adult', L, N], ['长子', 'young', L, L, '惠州务工'], ['长女', 'student', N, N, '在校生'], ['父亲', 'elder', N, N]], 6],
    [[['户主', 'adult', L, N], ['配偶', 'adult', N, N, '残疾（肢体二级）'], ['长子', 'young', L, N]], 3],
  ];
  const { persons, hh } = buildRoster(R, pats, AREA, poor.concat(R.shuffle(nonPoor).slice(0, 6)));
  assert.strictEqual(persons.length, 97);
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert.strictEqual(eligible.length, 40);
  const elShuf = R.shuffle(eligible);
  const trained = elShuf.slice(0, 28);
  const lateOnly = elShuf.slice(28, 30);
  const twice = trained.slice(0, 6);
  const migrantsTrained = R.shuffle(persons.filter((p) => p.migrant)).slice(0, 2);
  const noLabourTrained = persons.filter((p) => !p.labour && p.grp === 'adult').slice(0, 1);
  // IDs: the first trained person gets an X-ending ID (written lower-case on the sign-in sheet)
  const usedIds = new Set();
  const xPerson = trained[0];
  const extraX = [elShuf[35], persons.find((p) => p.grp === 'elder')];
  for (const p of persons) p.id = makeId(R, AREA, p.birth, p.male, p === xPerson || extraX.includes(p) ? true : undefined, usedIds);
  assert.strictEqual(xPerson.id[17], 'X');

  // poor sign-ins distributed over the 电商扶贫 sessions before the cut-off
  const poorSessions = pre.filter((s) => s.topic === '电商扶贫专题培训');
  assert(poorSessions.length >= 8, 'poor sessions ' + poorSessions.length);
  const signins = []; // {p, s}
  trained.forEach((p, i) => signins.push({ p, s: poorSessions[i % poorSessions.length] }));
  twice.forEach((p, i) => signins.push({ p, s: poorSessions[(i + 3) % poorSessions.length] }));
  migrantsTrained.forEach((p, i) => signins.push({ p, s: poorSessions[(i + 1) % poorSessions.length] }));
  noLabourTrained.forEach((p) => signins.push({ p, s: poorSessions[2] }));
  const lateSession = sessions[sessions.length - 1];
  lateOnly.forEach((p) => signins.push({ p, s: lateSession }));
  // no one sits the same session twice
  const seenPS = new Set(); for (const x of signins) { const k = x.p.id + x.s.date; assert(!seenPS.has(k), 'dup sign-in'); seenPS.add(k); }
  signins.sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : 0));
  for (const x of signins) x.s.poorN += 1;
  for (const s of sessions) assert(s.poorN <= s.pt);
  // measure: eligible persons whose ID appears on or before the cut-off
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(signins.filter((x) => le(x.s.date, CUTOFF) && eligIds.has(x.p.id)).map((x) => x.p.id));
  assert.strictEqual(trainedIds.size, 28);
  assert.strictEqual(tierPoor(28, 40), 10);
  assert(geRate(28, 40, 70, 100) && 28 * 10 === 40 * 7, 'exactly 70% → bonus');
  assert(!geRate(27, 40, 70, 100), 'missing the lower-case x person would lose the bonus');

  // ---- reports, disclosures, media, materials
  const reports = [
    ['2020-01-08', '2019年12月电子商务进农村综合示范工作进展', '否'],
    ['2020-03-05', '2020年1-2月工作进展及疫情期间农产品网销情况', '否'],
    ['2020-04-30', '2020年3-4月工作进展及统计数据', '否'],
    ['2020-06-02', '2020年5月工作进展及统计数据', '是'],
    ['2020-07-06', '2020年6月工作进展及统计数据', '是'],
    ['2020-08-05', '2020年7月工作进展及统计数据', '是'],
    ['2020-09-07', '2020年8月工作进展及统计数据', '是'],
    ['2020-09-28', '国庆农产品网络促销活动方案', '否'],
    ['2020-10-09', '2020年9月工作进展及统计数据', '是'],
    ['2020-11-05', '2020年10月工作进展及统计数据', '是'],
    ['2020-12-04', '2020年11月工作进展及统计数据', '是'],
    ['2021-01-06', '2020年12月工作进展及年度统计数据', '是'],
    ['2021-02-03', '2021年1月工作进展及统计数据', '是'],
    ['2021-03-05', '2021年2月工作进展及统计数据', '是'],
    ['2021-04-07', '2021年3月工作进展及统计数据', '是'],
    ['2021-05-06', '2021年4月工作进展及统计数据', '是'],
    ['2021-06-04', '2021年5月工作进展及统计数据', '是'],
    ['2021-06-25', '电商扶贫（贫困户培训、带动增收）专项统计', '是'],
    ['2021-07-06', '2021年6月工作进展及统计数据', '是'],
    ['2021-08-05', '2021年7月工作进展及统计数据', '是'],
    ['2021-08-27', '示范创建自评准备情况', '否'],
    ['2021-09-06', '2021年8月工作进展及统计数据', '是'],
  ];
  const repReg = regularity(reports.map((r) => r[0]), 3, 1);
  assert.strictEqual(repReg.n, 12); assert.strictEqual(repReg.pts, 3);
  const disclosures = [
    ['2020-05-12', '紫金县电子商务进农村综合示范县建设实施方案', '创建方案'],
    ['2020-06-20', '紫金县电子商务进农村综合示范项目基本信息公示', '项目信息'],
    ['2020-09-15', '紫金县电子商务进农村综合示范项目建设进度（8月）', '建设进度'],
    ['2020-10-20', '紫金县电子商务进农村综合示范项目建设进度（9月）', '建设进度'],
    ['2020-11-18', '紫金县电子商务进农村综合示范项目建设进度（10月）', '建设进度'],
    ['2020-12-22', '紫金县电子商务进农村综合示范项目建设进度（11月）', '建设进度'],
    ['2021-03-16', '紫金县电子商务进农村综合示范项目建设进度（1-2月）', '建设进度'],
    ['2021-04-20', '紫金县电子商务进农村综合示范项目建设进度（3月）', '建设进度'],
    ['2021-05-19', '紫金县电子商务进农村综合示范项目建设进度（4月）', '建设进度'],
    ['2021-06-17', '紫金县电子商务进农村综合示范项目建设进度（5月）', '建设进度'],
    ['2021-06-30', '关于公开征求电子商务进农村工作意见建议的公告', '征求意见'],
    ['2021-07-21', '紫金县电子商务进农村综合示范项目建设进度（6月）', '建设进度'],
    ['2021-08-18', '紫金县电子商务进农村综合示范项目建设进度（7月）', '建设进度'],
    ['2021-09-10', '紫金县电子商务进农村综合示范项目建设进度（8月）', '建设进度'],
  ];
  const disReg = regularity(disclosures.map((r) => r[0]), 2, 1);
  assert.strictEqual(disReg.n, 10); assert.strictEqual(disReg.pts, 1);
  const media = [ // date, media, level(as written), form, title, case?
    ['2020-05-20', '紫金电视台', '县', '电视', '我县召开电子商务进农村综合示范创建动员大会', '否', 'county', false],
    ['2020-07-08', '河源日报', '市', '报纸', '紫金：电商服务站开到村民家门口', '否', 'city', false],
    ['2020-09-25', '南方+', '省', '网络', '紫金蝉茶搭上电商“快车”', '否', 'province', false],
    ['2020-11-12', '广东广播电视台珠江频道', '省', '电视', '小小茶叶“网”上走——紫金县电商扶贫见闻', '是', 'province', true],
    ['2021-01-15', '河源电视台', '市', '电视', '紫金年货节线上销售火爆', '否', 'city', true],
    ['2021-03-30', '南方日报', '省', '报纸', '紫金：村级电商站点织密助农服务网', '否', 'province', false],
    ['2021-05-18', '紫金发布（微信公众号）', '县', '网络', '春甜桔直播节带货超百万元', '否', 'county', false],
    ['2021-06-22', '河源日报', '市', '报纸', '紫金电商培训让贫困户“触网”增收', '是', 'city', false],
    ['2021-08-10', '紫金电视台', '县', '电视', '我县电子商务进农村示范创建工作综述', '否', 'county', true],
    ['2021-09-20', '中央电视台农业农村频道（CCTV-17）', '中央', '电视', '紫金：一片茶叶带富一方百姓', '是', 'national', true],
  ];
  const mLevels = new Set(media.filter((m) => le(m[0], CUTOFF)).map((m) => m[6]));
  assert.strictEqual(mediaPts(mLevels), 8);
  const tvCase = media.filter((m) => le(m[0], CUTOFF) && m[7] && m[5] === '是');
  const tvPts = tvCase.some((m) => m[6] === 'national') ? 2 : tvCase.some((m) => m[6] === 'province') ? 1 : 0;
  assert.strictEqual(tvPts, 1);
  const materials = [
    ['2020-12-10', '紫金县电子商务进农村综合示范创建工作经验做法', '县商务局', '河源市商务局'],
    ['2021-04-22', '一片茶叶的“触网”之路——紫金蝉茶电商扶贫典型案例', '县商务局', '河源市商务局'],
    ['2021-07-15', '紫金县村级电商服务站助农增收案例', '县商务局', '河源市商务局'],
  ];

  // retail
  const rr19 = 86520, rr20 = 102610, ar19 = 21350, ar20 = 26540; // 万元
  assert(!geRate(rr20 - rr19, rr19, 30, 100) && !geRate(ar20 - ar19, ar19, 30, 100));
  assert.strictEqual((Math.round((rr20 / rr19 - 1) * 1000) / 10).toFixed(1), '18.6');
  assert.strictEqual((Math.round((ar20 / ar19 - 1) * 1000) / 10).toFixed(1), '24.3');
  const centerOpened = '2020-06-18';
  assert(le(centerOpened, CUTOFF_MINUS_6M));

  // ================================================================= sheets
  const sheets = [];
  // 目录
  const toc = new Sheet('目录');
  toc.add(['紫金县2019年省级电子商务进农村综合示范创建考评资料目录']); toc.merge(1, 0, 1, 3);
  toc.add(['序号', '资料名称', '工作表', '备注']);
  [['基本情况表', '基本情况'], ['考评自评表', '自评表'], ['村（居）委会名单', '行政村名单'], ['省定贫困村名单', '省定贫困村'], ['村级电商服务站点台账', '站点台账'], ['电商产业园入驻企业名单', '产业园企业'], ['专项资金使用台账', '资金台账'], ['电商培训台账', '培训台账'], ['贫困户参训人员名单', '贫困户参训名单'], ['建档立卡贫困人口花名册', '贫困人口花名册'], ['向市商务局报送情况', '月报报送'], ['政府网专栏更新记录', '专栏更新'], ['宣传报道台账', '宣传报道'], ['经验材料报送', '经验材料']].forEach(([a, b], i) => toc.add([i + 1, a, b, null]));
  toc.add(['注：现场佐证材料（照片、视频、合同、凭证）另附纸质档案盒。']);
  sheets.push(toc);

  // 基本情况 (数值 | 单位 in separate columns)
  const f = new Sheet('基本情况');
  f.add(['紫金县电子商务进农村综合示范创建基本情况表']); f.merge(1, 0, 1, 4);
  f.add(['填报单位：紫金县商务局（盖章）', null, null, '填报时间：2021年9月8日']); f.merge(2, 0, 2, 2); f.merge(2, 3, 2, 4);
  f.add(['序号', '项目', '数值', '单位', '备注']);
  const F = [
    ['县（市、区）', '紫金县', null, '河源市'],
    ['考评截止日期', D(CUTOFF), null, null],
    ['常住人口', 61.2, '万人', '第七次全国人口普查数据'],
    ['行政村数', 229, '个', '另有社区18个，不计入行政村'],
    ['省定贫困村数', 37, '个', '已全部出列'],
    ['村级电商服务站点', 154, '个', '覆盖行政村148个、省定贫困村37个（详见站点台账）'],
    ['牵头领导', '县长', null, '县电子商务进农村综合示范工作领导小组组长'],
    ['参与部门', '县商务局、县财政局、县农业农村局、县扶贫办、县交通运输局、县市场监督管理局、县人社局、县邮政分公司', null, '领导小组成员单位'],
    ['示范县工作方案', '已印发', null, '紫府办函〔2019〕156号'],
    ['支持农村电商发展政策', '已出台', null, '《紫金县促进农村电子商务发展扶持办法》'],
    ['公共服务中心投入运营日期', D(centerOpened), null, '紫城镇工业大道电商产业园内，1500㎡'],
    ['免费培训场所、培训设备', '有', null, '培训室80座，配投影、电脑30台'],
    ['农特产品免费展示、销售', '有', null, '农特产品展厅'],
    ['免费摄影、美工服务', '有', null, '摄影棚、美工室'],
    ['农产品统一推广、品牌建设指导', '有', null, '“紫金蝉茶”“紫金春甜桔”区域品牌'],
    ['其他衍生增值服务', '有', null, '代办证照、小额信贷对接、直播孵化'],
    ['电商产业园', '已建成', null, '紫金县电子商务产业园（与中心同址）'],
    ['第三方电商运营服务商', '有', null, '紫金县乡村电商运营服务有限公司'],
    ['行政村物流快递覆盖率', 100, '%', null],
    ['2019年农村网络零售额', rr19, '万元', null],
    ['2020年农村网络零售额', rr20, '万元', '同比增长18.6%'],
    ['2019年农产品网络零售额', ar19, '万元', null],
    ['2020年农产品网络零售额', ar20, '万元', '同比增长24.3%'],
    ['电商培训人次', personTimes, '人次', '截至2021年8月31日'],
    ['下达省级专项资金', 500, '万元', '粤商务电函〔2019〕29号'],
    ['累计拨付资金', spent, '元', '截至2021年8月31日'],
    ['专栏公示创建方案', '是', null, null],
    ['专栏公示项目基本信息', '是', null, null],
    ['专栏公示项目建设进度', '是', null, null],
    ['专栏设立监督举报（征求意见）窗口', '是', null, '监督电话0762-7882315'],
    ['能统计电商扶贫情况', '是', null, '月报含贫困户培训、带动增收'],
    ['已制定资金管理制度', '是', null, null],
    ['已建立资金专用台账', '是', null, null],
    ['项目总体进度', 95, '%', null],
    ['是否发生安全生产、质量事故或重大损失', '否', null, null],
    ['是否存在弄虚作假', '否', null, null],
  ];
  F.forEach((r, i) => f.add([i + 1, ...r]));
  f.add(['注：1.金额单位以“单位”列为准；2.站点、培训、贫困人口等数据详见各台账。']); f.merge(f.rows.length, 0, f.rows.length, 4);
  f.add(['填表人：刘晓燕', null, '审核人：黄志明', null, '联系电话：0762-7882315']);
  sheets.push(f);

  // 自评表: the official indicator table, one row per 考评标准 with 分项得分, 自评分 merged per indicator
  const s = new Sheet('自评表');
  s.add(['紫金县2019年省级电子商务进农村综合示范创建考评自评表']); s.merge(1, 0, 1, 6);
  s.add(['一级指标', '二级指标', '分值', '考评标准', '分项得分', '自评分', '自评说明']);
  const IND = [
    { g: '加强组织领导与统筹协调（10分）', name: '组织领导', w: 2, claim: 2, crit: [['由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。', 2]],
      note: '2019年9月县政府印发《关于成立紫金县电子商务进农村综合示范工作领导小组的通知》，由县长任组长，分管副县长任常务副组长，县商务局、财政局、农业农村局、扶贫办、交通运输局、市场监管局、人社局、邮政分公司等为成员单位，领导小组办公室设在县商务局。创建期间召开领导小组会议6次、专题推进会11次。' },
    { g: null, name: '方案制定', w: 2, claim: 2, crit: [['工作方案因地制宜,可操作性较强（1-2分）', 2]], note: '2019年11月以县政府办名义印发《紫金县电子商务进农村综合示范县建设实施方案》（紫府办函〔2019〕156号），明确服务体系、物流配送、人才培训、农产品上行等4大类11个项目及时间节点。' },
    { g: null, name: '政策支持', w: 2, claim: 2, crit: [['出台相关政策，且得到较好落实（1-2分）', 2]], note: '出台《紫金县促进农村电子商务发展扶持办法》，对站点建设、网店开设、快递下乡等给予奖补，2020—2021年共兑现奖补资金86.4万元。' },
    { g: null, name: '项目管理', w: 4, claim: 4, crit: [['建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）', 2], ['建立完整工作台账，详细记录项目建设情况（1-2分）', 2]], note: '制定《紫金县电子商务进农村综合示范项目管理办法》《项目验收管理办法》，项目均经公开招标确定承办单位，分阶段组织第三方验收；建立站点、培训、资金、宣传等工作台账14本。' },
    { g: '深入推动电子商务进农村工作（55分）', name: '服务体系建设', w: 25, claim: 15, key: 'center', crit: [
      ['建成县级电子商务公共服务中心（2分）', 2], ['建成后已正常运行6个月（截至2021年8月31日）以上（2分）', 2], ['有免费培训场所、培训设备，能组织电商基础培训（2分）', 2], ['为特色农产品提供免费展示、销售服务（1分）', 1], ['为电子商务市场主体提供免费摄影、美工服务（1分）', 1], ['组织农产品统一推广、指导特色农产品品牌建设（1分）', 1], ['为电子商务发展提供其他衍生增值服务（1分）', 1], ['建设或整合、优化当地电商产业园（2分）', 2], ['电商产业园企业入驻数量达20家及以上（2分）', 2], ['电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）', 1]],
      note: '县电子商务公共服务中心位于紫城镇，面积1500平方米，于2020年6月18日投入运营，截至2021年8月31日已运行14个月。中心设培训室（80座）、农特产品展厅、直播间、摄影室和美工室，免费为企业、合作社及个人提供电商培训、产品展示、摄影美工、品牌推广及证照代办、信贷对接等服务。电商产业园与中心同址，截至2021年8月31日在园企业20家，含平台型、销售型、电商运营商、物流企业等类型。' },
    { g: null, name: null, w: null, claim: 10, key: 'coverage', crit: [['行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分', 5], ['贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分', 5]],
      note: `全县18个镇共229个行政村（另有社区18个），已建成村级电商服务站点154个，覆盖行政村148个，按200个基数计算覆盖率74%；37个省定贫困村已全部建设站点，覆盖率100%。站点均具备代购代销、快递收发等功能。` },
    { g: null, name: '农村产品上行', w: 10, claim: 7, crit: [['对当地农产品网络销售进行调研，并形成针对性建议（1-2分）', 2], ['开展农村产品网络促销活动成效明显（1-2分）', 2], ['当地有专业第三方电子商务运营或服务商（1分）', 1], ['行政村物流快递覆盖率100%（1分）', 1], ['有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）', 1], ['2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）', 0]],
      note: '委托第三方完成《紫金县农产品网络销售调研报告》并提出发展建议；举办“紫金蝉茶网购节”“春甜桔直播节”等网络促销活动12场，线上销售额2860万元；引进紫金县乡村电商运营服务有限公司为第三方运营商；县乡村三级物流体系基本建成，行政村快递覆盖率100%；制定紫金蝉茶电商交易标准，冷链及溯源系统在建。2020年农村网络零售额10.26亿元，同比增长18.6%；农产品网络零售额2.65亿元，同比增长24.3%，未达30%。' },
    { g: null, name: '电商人才培训', w: 20, claim: 20, crit: [['培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）', 10], ['建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）', 10]],
      note: `截至2021年8月31日共举办各类电商培训${pre.length}期${personTimes}人次，常住人口61.2万人，按50万人基数计算培训覆盖率${(personTimes / 5000).toFixed(2)}%；有劳动能力且未外出务工的建档立卡贫困人口40人，已参训28人，培训率70%。` },
    { g: '加强信息公开及报送（10分）', name: '信息公开', w: 4, claim: 4, crit: [['在县政府网站设立公开专栏且内容全面（2分）', 2], ['近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分', 2]],
      note: '在紫金县人民政府门户网站“专题专栏”设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、项目建设进度，设立征求意见及监督举报窗口，专栏按月更新。' },
    { g: null, name: '数据上报', w: 6, claim: 6, crit: [['近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分', 3], ['能统计电商扶贫情况（3分），未统计相关情况不得分', 3]],
      note: '每月上旬向河源市商务局报送上月工作进展、成效及电商统计数据，月报含电商扶贫统计（贫困户培训、带动增收）。' },
    { g: '加强宣传推广（10分）', name: '案例总结', w: 2, claim: 2, crit: [['向市商务局报送经验材料（2分）', 2]], note: '向河源市商务局报送经验做法及典型案例材料3篇。' },
    { g: null, name: '经验推广', w: 8, claim: 8, crit: [['省级及以上媒体进行宣传报道（4分）', 4], ['市级媒体进行宣传报道（3分）', 3], ['县级媒体进行宣传报道（1分）', 1]],
      note: '南方日报、南方+、广东广播电视台珠江频道（省级），河源日报、河源电视台（市级），紫金电视台、紫金发布（县级）均对我县示范创建进行了报道。' },
    { g: '加强财政资金管理（15分）', name: '制度建立', w: 5, claim: 5, crit: [['建立科学有效的资金管理制度且得到有效落实（1-5分）', 5]], note: '制定《紫金县电子商务进农村综合示范专项资金管理办法》，明确支持方向、拨付程序，建立考核问责制度。' },
    { g: null, name: '资金台账', w: 5, claim: 4, crit: [['项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）', 4]], note: '县商务局及各承办单位建立专项资金台账，按合同、拨付、凭证逐笔登记；个别承办单位凭证归档不及时。' },
    { g: null, name: '资金支出', w: 5, claim: 4, crit: [['资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。', 4]], note: `下达省级专项资金500万元，截至2021年8月31日累计拨付${(spent / 10000).toFixed(3)}万元，支出率${(spent / fundAllocated * 100).toFixed(1)}%，按项目进度及验收结果分期拨付。` },
  ];
  let r0 = s.rows.length + 1;
  let groupStart = null; let prevInd = null;
  const claimed = {};
  const claimKey = { 组织领导: 'org.leadership', 方案制定: 'org.plan', 政策支持: 'org.policy', 项目管理: 'org.management', 农村产品上行: 'work.upward', 电商人才培训: 'work.training', 信息公开: 'info.disclosure', 数据上报: 'info.reporting', 案例总结: 'promo.cases', 经验推广: 'promo.media', 制度建立: 'fund.system', 资金台账: 'fund.ledger', 资金支出: 'fund.spending' };
  const groupRanges = [];
  for (const ind of IND) {
    const start = s.rows.length + 1;
    if (ind.g) { if (groupStart) groupRanges.push([groupStart, start - 1]); groupStart = start; }
    ind.crit.forEach(([txt, sub], i) => {
      s.add([i === 0 && ind.g ? ind.g : null, i === 0 ? ind.name : null, i === 0 ? ind.w : null, txt, sub, i === 0 ? ind.claim : null, i === 0 ? ind.note : null]);
    });
    const end = s.rows.length;
    ind.start = start; ind.end = end;
    if (ind.key === 'coverage') { // name and 分值 merged over both halves of 服务体系建设
      s.merges = s.merges.filter((m) => !m.startsWith(`B${prevInd.start}:`) && !m.startsWith(`C${prevInd.start}:`));
      s.merge(prevInd.start, 1, end, 1); s.merge(prevInd.start, 2, end, 2);
    } else { s.merge(start, 1, end, 1); s.merge(start, 2, end, 2); }
    s.merge(start, 5, end, 5); s.merge(start, 6, end, 6);
    const sum = ind.crit.reduce((a, c) => a + c[1], 0);
    assert.strictEqual(sum, ind.claim, 'sub-scores add up for ' + (ind.name || ind.key));
    claimed[ind.key === 'center' ? 'work.center' : ind.key === 'coverage' ? 'work.coverage' : claimKey[ind.name]] = ind.claim;
    prevInd = ind;
  }
  groupRanges.push([groupStart, s.rows.length]);
  for (const [a, b] of groupRanges) s.merge(a, 0, b, 0);
  const bStart = s.rows.length + 1;
  s.add(['加分项（4分）', null, 2, '建档立卡贫困人口培训率70%及以上（2分）', 2, 2, '有劳动能力且未外出务工的建档立卡贫困人口40人，参训28人，培训率70%。']);
  s.add([null, null, 2, '电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）', 2, 2, '紫金蝉茶电商扶贫案例先后获广东广播电视台珠江频道（2020年11月）、中央电视台农业农村频道（2021年9月）播报。']);
  s.merge(bStart, 0, bStart + 1, 1);
  claimed['bonus.poorTraining'] = 2; claimed['bonus.tvCase'] = 2;
  const vStart = s.rows.length + 1;
  s.add(['一票否决项', null, null, '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。', null, '无', '创建期间未发生安全生产、质量事故。']);
  s.add([null, null, null, '项目建设进度严重滞后，总体进度不足40%。', null, '无', '项目总体进度95%。']);
  s.add([null, null, null, '弄虚作假。', null, '无', null]);
  s.merge(vStart, 0, vStart + 2, 1);
  const claimedTotal = Object.values(claimed).reduce((a, b) => a + b, 0);
  assert.strictEqual(claimedTotal, 99);
  s.add(['合计', null, 100, null, null, claimedTotal, '基础分95分，加分项4分']);
  s.merge(s.rows.length, 0, s.rows.length, 1);
  s.add(['注：“分项得分”为逐项评分标准自评得分，“自评分”为该指标得分合计。']); s.merge(s.rows.length, 0, s.rows.length, 6);
  s.add(['填表人：刘晓燕', null, null, '审核人：黄志明', null, null, '2021年9月8日']);
  sheets.push(s);

  // 行政村名单
  const vs = new Sheet('行政村名单');
  vs.add(['紫金县村（居）委会名单']); vs.merge(1, 0, 1, 5);
  vs.add(['（截至2021年8月31日，全县18个镇，229个行政村、18个社区）']); vs.merge(2, 0, 2, 5);
  vs.add(['序号', '镇名', '村（居）委会', '类型', '快递物流是否通达', '备注']);
  villages.forEach((v, i) => vs.add([i + 1, v.town, v.name, v.admin ? '行政村' : '社区', v.express ? '√' : '×', [v.poor ? '省定贫困村' : null, v === noExpress ? '邮政每周投递两次，快递企业未设点' : null].filter(Boolean).join('；') || null]));
  vs.add(['注：快递物流通达指有快递企业或邮政在村设点或定期收投。']);
  sheets.push(vs);

  // 省定贫困村
  const pv = new Sheet('省定贫困村');
  pv.add(['紫金县省定贫困村名单']); pv.merge(1, 0, 1, 5);
  pv.add(['序号', '所属镇', '贫困村名称', '贫困户（户）', '贫困人口（人）', '出列年度']);
  const poorSorted = poor.slice().sort((a, b) => townOrder.get(a.town) - townOrder.get(b.town));
  poorSorted.forEach((v, i) => pv.add([i + 1, v.town, v.name, R.int(28, 96), R.int(80, 310), R.pick(['2019年', '2020年'])]));
  pv.add(['合计', null, '37个', null, null, null]);
  sheets.push(pv);

  // 站点台账 (two-row header, 服务内容 group)
  const st = new Sheet('站点台账');
  st.add(['紫金县村级电子商务服务站点台账']); st.merge(1, 0, 1, 11);
  st.add(['填报单位：紫金县商务局', null, null, null, null, null, null, null, '统计截至：2021年9月10日']); st.merge(2, 8, 2, 11);
  st.add(['序号', '所属镇', '所在村', '站点名称', '站点地址', '负责人', '联系电话', '建成时间', '服务内容', null, null, null]);
  st.add([null, null, null, null, null, null, null, null, '代购代销', '快递收发', '代缴代办', '小额信贷']);
  for (let c = 0; c < 8; c++) st.merge(3, c, 4, c);
  st.merge(3, 8, 3, 11);
  stations.forEach((x, i) => st.add([i + 1, x.town, x.village, x.name, x.addr, x.person, x.phone, D(x.opened), ...x.svc.map((b) => (b ? '√' : null))]));
  st.add(['注：2021年9月新建站点2个已一并列入。']); st.merge(st.rows.length, 0, st.rows.length, 11);
  sheets.push(st);

  // 产业园企业
  const en = new Sheet('产业园企业');
  en.add(['紫金县电子商务产业园入驻企业名单']); en.merge(1, 0, 1, 7);
  en.add(['序号', '企业名称', '统一社会信用代码', '企业类型', '主营业务', '入驻时间', '退出时间', '备注']);
  enterprises.forEach((e, i) => en.add([i + 1, e.name, e.code, e.type, e.biz, D(e.entered), e.left ? D(e.left) : null, e.note]));
  sheets.push(en);

  // 资金台账 (元; 合同金额 / 本次拨付 / 累计拨付)
  const fu = new Sheet('资金台账');
  fu.add(['紫金县电子商务进农村综合示范专项资金使用台账']); fu.merge(1, 0, 1, 9);
  fu.add(['下达资金：5,000,000.00元（粤商务电函〔2019〕29号）', null, null, null, null, null, null, null, '单位：元']); fu.merge(2, 0, 2, 4); fu.merge(2, 8, 2, 9);
  fu.add(['序号', '拨付日期', '收款单位', '项目名称', '资金类别', '合同金额', '本次拨付金额', '累计拨付金额', '凭证号', '备注']);
  let run = 0; const vnum = {};
  payments.forEach((p, i) => { run += p[5]; const y = yy(p[0]); vnum[y] = (vnum[y] || 0) + R.int(3, 9); fu.add([i + 1, D(p[0]), p[1], p[2], p[3], p[4], p[5], run, `记-${y}-${String(mm(p[0])).padStart(2, '0')}-${String(vnum[y]).padStart(3, '0')}`, p[6]]); });
  assert.strictEqual(run, spentAll);
  fu.add(['合计', null, null, null, null, null, spentAll, null, null, null]); fu.merge(fu.rows.length, 0, fu.rows.length, 1);
  fu.add(['注：截至2021年8月31日累计拨付4,356,180.00元，支出率87.1%；9月拨付2笔324,000.00元。']); fu.merge(fu.rows.length, 0, fu.rows.length, 9);
  sheets.push(fu);

  // 培训台账 (session rows, two-row header 参训人次 合计 / 其中建档立卡贫困人员)
  const tr = new Sheet('培训台账');
  tr.add(['紫金县电子商务培训台账']); tr.merge(1, 0, 1, 7);
  tr.add(['（2019年12月—2021年9月）']); tr.merge(2, 0, 2, 7);
  tr.add(['序号', '培训时间', '培训地点', '培训主题', '培训对象', '承办单位', '参训人次', null, '备注']);
  tr.add([null, null, null, null, null, null, '合计', '其中：建档立卡贫困人员', null]);
  for (const c of [0, 1, 2, 3, 4, 5, 8]) tr.merge(3, c, 4, c);
  tr.merge(3, 6, 3, 7);
  sessions.forEach((x, i) => tr.add([i + 1, D(x.date), x.place, x.topic, x.target, x.org, x.pt, x.poorN || null, null]));
  const ptAll = sessions.reduce((a, x) => a + x.pt, 0);
  const poorAll = sessions.reduce((a, x) => a + x.poorN, 0);
  assert.strictEqual(ptAll, 5186 + 168); assert.strictEqual(poorAll, signins.length);
  tr.add(['合计', null, null, `${sessions.length}期`, null, null, ptAll, poorAll, null]); tr.merge(tr.rows.length, 0, tr.rows.length, 2);
  tr.add(['注：贫困人员参训明细见《贫困户参训名单》；第38期为2021年9月培训。']); tr.merge(tr.rows.length, 0, tr.rows.length, 8);
  sheets.push(tr);

  // 贫困户参训名单 (sign-in rows with ID)
  const ps = new Sheet('贫困户参训名单');
  ps.add(['紫金县建档立卡贫困户参加电商培训人员名单']); ps.merge(1, 0, 1, 7);
  ps.add(['序号', '姓名', '性别', '身份证号', '所在镇', '所在村', '培训日期', '培训内容']);
  signins.forEach((x, i) => ps.add([i + 1, x.p.name, x.p.male ? '男' : '女', x.p === xPerson ? x.p.id.toLowerCase() : x.p.id, x.p.town, x.p.village, D(x.s.date), x.s.topic]));
  sheets.push(ps);

  // 贫困人口花名册 (household-merged cells, √/×)
  const pr = new Sheet('贫困人口花名册');
  pr.add(['紫金县建档立卡贫困人口花名册（电商培训对象摸底）']); pr.merge(1, 0, 1, 10);
  pr.add(['序号', '镇', '村', '户主姓名', '家庭人口', '成员姓名', '与户主关系', '身份证号码', '是否有劳动能力', '是否外出务工', '备注']);
  let k = 0;
  for (const h of hh.slice().sort((a, b) => townOrder.get(a.town) - townOrder.get(b.town))) {
    const start = pr.rows.length + 1;
    h.members.forEach((p, i) => { k++; pr.add([k, i === 0 ? h.town : null, i === 0 ? h.village : null, i === 0 ? h.head : null, i === 0 ? h.members.length : null, p.name, p.rel, p.id, p.labour ? '√' : '×', p.migrant ? '√' : '×', p.note]); });
    const end = pr.rows.length;
    for (const c of [1, 2, 3, 4]) pr.merge(start, c, end, c);
  }
  assert.strictEqual(k, 97);
  pr.add(['注：有劳动能力且未外出务工的为电商培训重点对象。']); pr.merge(pr.rows.length, 0, pr.rows.length, 10);
  sheets.push(pr);

  // 月报报送
  const rp = new Sheet('月报报送');
  rp.add(['紫金县电子商务进农村综合示范工作向市商务局报送情况']); rp.merge(1, 0, 1, 4);
  rp.add(['序号', '报送日期', '报送内容', '报送方式', '是否含电商扶贫统计']);
  reports.forEach((x, i) => rp.add([i + 1, D(x[0]), x[1], R.pick(['粤政易', '电子邮件', '公文交换']), x[2]]));
  sheets.push(rp);

  // 专栏更新
  const dc = new Sheet('专栏更新');
  dc.add(['紫金县人民政府网“电子商务进农村综合示范”专栏更新记录']); dc.merge(1, 0, 1, 4);
  dc.add(['序号', '发布日期', '信息标题', '子栏目', '网址']);
  disclosures.forEach((x, i) => dc.add([i + 1, D(x[0]), x[1], x[2], `http://www.zijin.gov.cn/zjzfw/ztzl/dzsw/content/post_${3850000 + i * 1373}.html`]));
  sheets.push(dc);

  // 宣传报道
  const md = new Sheet('宣传报道');
  md.add(['紫金县电子商务进农村综合示范宣传报道台账']); md.merge(1, 0, 1, 6);
  md.add(['序号', '报道时间', '媒体名称', '媒体级别', '报道形式', '标题', '是否电商扶贫典型案例']);
  media.forEach((m, i) => md.add([i + 1, D(m[0]), m[1], m[2], m[3], m[4], m[5]]));
  sheets.push(md);

  // 经验材料
  const mt = new Sheet('经验材料');
  mt.add(['紫金县电子商务进农村经验材料报送情况']); mt.merge(1, 0, 1, 4);
  mt.add(['序号', '报送时间', '材料名称', '报送单位', '报送对象']);
  materials.forEach((m, i) => mt.add([i + 1, dot(m[0]), m[1], m[2], m[3]]));
  sheets.push(mt);

  // hidden drop-down helper
  const hd = new Sheet('下拉选项', { hidden: true });
  hd.add(['是否', '媒体级别', '村（居）类型', '报道形式']);
  hd.add(['√', '中央', '行政村', '电视']); hd.add(['×', '省', '社区', '报纸']); hd.add([null, '市', null, '网络']); hd.add([null, '县', null, '新媒体']);
  sheets.push(hd);

  // ================================================================= expectation (typed by hand)
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 15, 'work.coverage': 8, 'work.upward': 6, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  // re-check against the measures
  assert.strictEqual(points['work.coverage'], tierCoverage(covered, base) + tierPoorCoverage(coveredPoor, poor.length));
  assert.strictEqual(points['work.upward'], 2 + 2 + 1 + (admin.every((v) => v.express) ? 1 : 0) + 1 + 0);
  assert.strictEqual(points['work.training'], tierPersonTimes(personTimes, population) + tierPoor(trainedIds.size, eligible.length));
  assert.strictEqual(points['info.disclosure'], 2 + disReg.pts);
  assert.strictEqual(points['info.reporting'], repReg.pts + 3);
  assert.strictEqual(points['promo.cases'], materials.some((m) => le(m[0], CUTOFF)) ? 2 : 0);
  assert.strictEqual(points['promo.media'], mediaPts(mLevels));
  assert.strictEqual(points['bonus.tvCase'], tvPts);
  assert.strictEqual(points['work.center'], 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (atCut.length >= 20 ? 2 : 0) + 1);
  const scored = Object.entries(points).filter(([k2]) => !k2.startsWith('bonus.') && !k2.startsWith('veto.')).reduce((a, [, v]) => a + v, 0);
  const bonus = Math.min(points['bonus.poorTraining'] + points['bonus.tvCase'], 4);
  assert.strictEqual(scored, 91); assert.strictEqual(bonus, 3);

  const derivation = [
    'org.leadership: 基本情况 牵头领导=县长（主要领导），参与部门含县商务局、财政局、农业农村局、扶贫办 → 2（自评表说明同）',
    'org.plan: 自评表 方案制定 分项得分2（1-2范围内），基本情况 示范县工作方案=已印发 → 2',
    'org.policy: 自评表 政策支持 分项得分2，政策已出台 → 2',
    'org.management: 自评表 项目管理两行分项得分 制度2 + 台账2 → 4',
    `work.center: 中心投入运营2020-06-18 ≤ 2021-08-31 → 2；≤ 2021-02-28（运行满6个月）→ 2；免费培训/展示/摄影美工/品牌推广/其他增值服务 均“有” → 2+1+1+1+1；产业园已建成 → 2；产业园企业表22行，1家2021-05-20退出、1家2021-09-15入驻，截至截止日在园 ${atCut.length} 家（按信用代码去重）≥20 → 2；类型含平台型、销售型、电商运营商、物流企业 ≥3 → 1；合计 15`,
    `work.coverage: 行政村名单 229个行政村 + 18个社区（社区不计）；站点台账 154个站点，建成时间≤2021-08-31且落在行政村的去重后 ${covered} 个村（4个村有2个站、2个社区站、2个9月新建站不计；${edge.town}${edge.vobj.name}站点建成时间恰为2021-08-31，计入）；基数 min(229,200)=200，${covered}/200=73.0% ≥70% → 5（不封顶则63.8%只得2）；省定贫困村37个，已覆盖${coveredPoor}个（${poorLate.town}${poorLate.name}站点2021-09-06建成不计）=97.3%，80%-100% → 3；合计 8（自评10）`,
    `work.upward: 调研2 + 促销2（自评表分项得分）；第三方运营商=有 → 1；行政村名单有“快递物流是否通达”列，${noExpress.town}${noExpress.name}为× → 0（基本情况填100%与名单不符，以名单为准并警告）；交易标准与冷链溯源 分项得分1 → 1；2020年农村网络零售额102610/86520万元 增速18.6%，农产品26540/21350万元 增速24.3%，均<30% → 0；合计 6（自评7）`,
    `work.training: 培训台账按期次统计，日期≤2021-08-31的${pre.length}期“参训人次-合计”列之和 ${personTimes}（第38期2021-09-08的168人次及合计行不计）；常住人口61.2万 → 基数 min(612000,500000)=500000，${personTimes}/500000=1.037% ≥1% → 10；贫困人口花名册97人，有劳动能力(√)且未外出务工(×)的40人；贫困户参训名单中截止日前出现的其中 ${trainedIds.size} 人（6人参训2次只计1次，1人身份证号以小写x书写，2名外出务工者和1名无劳动能力者不计，2人只参加2021-09-08培训不计）= 28/40 = 70.0% ≥50% → 10；合计 20`,
    `info.disclosure: 基本情况 专栏公示创建方案/项目基本信息/建设进度/监督举报窗口 均“是” → 2；专栏更新记录在2020-09…2021-08中有更新的月份 ${disReg.n} 个（2021年1月、2月无更新）→ 不定时 1；合计 3（自评4）`,
    `info.reporting: 月报报送 2020-09…2021-08 每月均有报送（${repReg.n}/12个月）→ 3；“是否含电商扶贫统计”有“是”，基本情况亦填“是” → 3；合计 6`,
    'promo.cases: 经验材料 3条（2020.12.10、2021.4.22、2021.7.15）均≤截止日 → 2',
    'promo.media: 宣传报道 截止日前有省级（南方+、广东广播电视台、南方日报）→4、市级（河源日报、河源电视台）→3、县级（紫金电视台、紫金发布）→1；合计 8（2021-09-20 中央台不计，也不改变结果）',
    'fund.system: 自评表 制度建立 分项得分5 → 5',
    'fund.ledger: 自评表 资金台账 分项得分4 → 4',
    `fund.spending: 资金台账“本次拨付金额”列中拨付日期≤2021-08-31的18笔合计 ${spent} 元（9月2笔324000元及合计行不计，不用合同金额/累计拨付列）÷ 下达500万元 = 87.1% ≥70% → 取自评及时拨付分项得分4 → 4`,
    'bonus.poorTraining: 贫困人口培训率 28/40 = 70.0%，恰达70% → 2',
    'bonus.tvCase: 宣传报道中“是否电商扶贫典型案例=是”的电视报道：2020-11-12 广东广播电视台珠江频道（省级）→ 1；2021-09-20 CCTV-17（国家级）在截止日之后不计 → 1（自评2）',
    'veto.incident: 基本情况 是否发生安全生产、质量事故或重大损失=否；自评表否决项“无” → 不否决 0',
    'veto.progress: 基本情况 项目总体进度95% ≥40%（拨付率87.1%亦≥40%）→ 不否决 0',
    'veto.fraud: 基本情况 是否存在弄虚作假=否 → 不否决 0',
    `total: 15项合计 ${scored} + 加分 ${bonus} = ${scored + bonus}（自评合计99）`,
  ];
  return {
    file: 'b12-c1-zijin.json',
    json: {
      description: '紫金县（河源市）商务局整本考评台账：基本情况表用“数值|单位”分列（万元/元混用、Excel日期），自评表为官方指标表逐条评分标准拆行（分项得分+合并的自评分、长段自评说明），行政村名单带类型和快递通达√/×列（229个行政村超200基数），站点台账两行表头，培训台账按期次记人次（合计/其中贫困人员两级表头），贫困人口花名册按户合并单元格，另有隐藏下拉选项表和目录表。',
      sheets: sheets.map((x) => x.toJSON()),
      expect: { asOf: CUTOFF, total: scored + bonus, bonus, vetoed: false, points, claimed },
      derivation,
    },
  };
}

// ======================================================================================
// 五华县 (梅州市) — middling
// ======================================================================================
function wuhua() {
  const R = makeRand(441424);
  const AREA = '441424';
  const towns = [['水寨镇', 8], ['河东镇', 12], ['转水镇', 13], ['华城镇', 17], ['岐岭镇', 12], ['锡坑镇', 9], ['潭下镇', 11], ['长布镇', 12], ['周江镇', 10], ['横陂镇', 13], ['安流镇', 14], ['棉洋镇', 13], ['梅林镇', 11], ['华阳镇', 10], ['双华镇', 12], ['龙村镇', 13]];
  const used = new Set(towns.map(([t]) => t.slice(0, 2)));
  const newName = villageNamer(R, used);
  const villages = [];
  for (const [t, n] of towns) {
    villages.push({ town: t, base: t.slice(0, 2) + '社区', listName: t.slice(0, 2) + '社区居委会', admin: false });
    for (let i = 0; i < n; i++) { const b = newName() + '村'; villages.push({ town: t, base: b, listName: b + '委会', admin: true }); }
  }
  const admin = villages.filter((v) => v.admin);
  const comm = villages.filter((v) => !v.admin);
  assert.strictEqual(admin.length, 190); assert.strictEqual(comm.length, 16);
  const poor = R.shuffle(admin).slice(0, 56); poor.forEach((v) => { v.poor = true; });
  const nonPoor = R.shuffle(admin.filter((v) => !v.poor));
  assert.strictEqual(nonPoor.length, 134);
  const coveredPoorList = poor.slice(0, 50);
  const coveredNonPoor = nonPoor.slice(0, 83);
  const lateVillage = nonPoor[83];

  // stations: 站点名称 only (village read from the name), dates typed like “20年10月28日”
  const stations = [];
  function st(v, opened, kind) {
    let name;
    if (kind === 'dup') name = `${v.town}${v.base}邮乐购电商服务点`;
    else if (!v.admin) name = `${v.town}${v.base}电商服务站`;
    else name = R.pick([`${v.town}${v.base}电商服务站`, `${v.town}${v.base}电子商务服务站`, `五华县${v.town}${v.base}农村电商服务点`]);
    stations.push({ v, name, person: personName(R, R.pick(SURN), R.f() < 0.6), phone: phone(R), opened, town: v.town });
  }
  for (const v of coveredPoorList) st(v, randDate(R, '2020-04-01', '2021-06-30'));
  for (const v of coveredNonPoor) st(v, randDate(R, '2020-05-01', '2021-08-31'));
  for (const v of R.shuffle(coveredNonPoor).slice(0, 3)) st(v, randDate(R, '2020-09-01', '2021-07-31'), 'dup');
  for (const c of comm.filter((x) => ['水寨镇', '华城镇', '安流镇', '河东镇'].includes(x.town))) st(c, randDate(R, '2020-05-01', '2020-12-31'));
  st(lateVillage, '2021-09-06');
  const townOrder = new Map(towns.map(([t], i) => [t, i]));
  stations.sort((a, b) => townOrder.get(a.town) - townOrder.get(b.town) || (a.opened < b.opened ? -1 : 1));
  const coveredSet = new Set(stations.filter((x) => x.v.admin && le(x.opened, CUTOFF)).map((x) => x.v));
  const covered = coveredSet.size;
  const coveredPoor = poor.filter((v) => coveredSet.has(v)).length;
  assert.strictEqual(covered, 133); assert.strictEqual(coveredPoor, 50);
  assert.strictEqual(133 * 10, 190 * 7, 'exactly 70%');
  assert.strictEqual(tierCoverage(covered, Math.min(190, 200)), 5);
  assert.strictEqual(tierCoverage(covered + 4, Math.min(206, 200)), 2, 'counting 社区 would drop to 2');
  assert.strictEqual(tierPoorCoverage(coveredPoor, 56), 3);
  assert.strictEqual(stations.length, 141);

  // enterprises (no credit code; distinct by name)
  const ents = [
    ['五华县长乐电子商务有限公司', '电商运营商', '2020年5月'], ['五华县华城农特产品电商平台', '平台型电商', '2020年5月'], ['五华县红薯人家食品有限公司', '销售型', '2020年6月'],
    ['梅州市客乡优选电子商务有限公司', '销售型', '2020.7'], ['五华县顺通快递有限公司', '快递物流', '2020年7月'], ['五华县擂茶坊农业发展有限公司', '销售型', '2020年8月'],
    ['五华县华阳猕猴桃专业合作社', '销售型', '2020年9月'], ['五华县油茶源农林科技有限公司', '销售型', '2020年10月'], ['五华县山里妹直播工作室', '直播电商', '2020年11月'],
    ['五华县乡村优品供应链有限公司', '仓储物流', '2020年12月'], ['五华县长乐烧酒业有限公司', '销售型', '2021年1月'], ['五华县农乐电商服务有限公司', '电商代运营', '2021年3月'],
    ['五华县腐竹飘香食品厂', '销售型', '2021年4月'], ['五华县岐岭农产品购销部', '销售型', '2021年6月'],
  ];
  assert.strictEqual(ents.length, 14);

  // funds (万元), dates in mixed styles
  const pays = [ // date shown, iso for checks, project, payee, amount in 元, note
    ['2020年9月', '2020-09', '县级电子商务公共服务中心建设', '五华县长乐电子商务有限公司', 600000, '首期'],
    ['2020.11.20', '2020-11-20', '村级电商服务站点建设', '五华县农乐电商服务有限公司', 455000, null],
    ['2020年12月', '2020-12', '电商人才培训', '五华县长乐电子商务有限公司', 186000, null],
    ['21年1月25日', '2021-01-25', '县镇村三级物流体系建设', '五华县顺通快递有限公司', 520000, null],
    ['2021.3.26', '2021-03-26', '县级电子商务公共服务中心建设', '五华县长乐电子商务有限公司', 400000, '二期'],
    ['2021年4月', '2021-04', '农产品品牌培育', '五华县华城农特产品电商平台', 183000, null],
    ['2021.5.20', '2021-05-20', '村级电商服务站点建设', '五华县农乐电商服务有限公司', 380000, null],
    ['2021.6.30', '2021-06-30', '电商人才培训', '五华县长乐电子商务有限公司', 224000, null],
    ['2021年7月', '2021-07', '县镇村三级物流体系建设', '五华县顺通快递有限公司', 300000, null],
    ['2021.8.16', '2021-08-16', '网络促销活动', '五华县山里妹直播工作室', 132000, null],
    ['2021.9.10', '2021-09-10', '县级电子商务公共服务中心建设', '五华县长乐电子商务有限公司', 400000, '尾款'],
    ['2021.9.13', '2021-09-13', '村级电商服务站点建设', '五华县农乐电商服务有限公司', 246000, '尾款'],
  ];
  const spent = pays.filter((p) => le(p[1], CUTOFF)).reduce((a, p) => a + p[4], 0);
  const spentAll = pays.reduce((a, p) => a + p[4], 0);
  assert.strictEqual(spent, 3380000); assert.strictEqual(spentAll, 4026000);
  assert(!geRate(spent, 5000000, 70, 100), '67.6% < 70% → −5');
  assert(geRate(spentAll, 5000000, 70, 100), 'counting September would pass 70%');

  // training sessions (text dates, some ranges read at their end)
  const sTitles = ['电子商务基础知识普及培训班', '网店运营实操培训班', '直播带货技能培训班', '电商扶贫专题培训班', '村级站点业务培训班', '农产品短视频营销培训班', '镇村干部电商知识培训班'];
  const sessions = [];
  let dtt = '2020-05-12';
  for (let i = 0; i < 27; i++) {
    const title = i % 4 === 3 ? '电商扶贫专题培训班' : R.pick(sTitles);
    let shown = dot(dtt); let endIso = dtt;
    if (title !== '电商扶贫专题培训班' && R.f() < 0.3) { endIso = addDays(dtt, 2); shown = `${dot(dtt)}-${mm(endIso) === mm(dtt) ? dd(endIso) : mm(endIso) + '.' + dd(endIso)}`; }
    sessions.push({ n: i + 1, shown, iso: endIso, title, town: R.pick(towns)[0], pt: R.int(110, 230), org: R.pick(['五华县电子商务公共服务中心', '五华县长乐电子商务有限公司', '县商务局、县人社局']) });
    dtt = addDays(endIso, R.int(12, 20));
  }
  assert(le(sessions[sessions.length - 1].iso, '2021-08-20'));
  // one range across years, typed in full
  sessions[10].shown = `${dot(sessions[10].iso)}`; // keep simple single day
  const straddle = { n: 28, shown: '2021.8.30-9.1', iso: '2021-09-01', title: '直播带货技能培训班', town: '水寨镇', pt: 420, org: '五华县电子商务公共服务中心' };
  const lateS = { n: 29, shown: '2021.9.14', iso: '2021-09-14', title: '电商扶贫专题培训班', town: '华城镇', pt: 180, org: '五华县电子商务公共服务中心' };
  const pre = sessions.slice();
  fitTotal(pre, 4620);
  for (const x of pre) assert(x.pt >= 50 && x.pt <= 320, 'session plausible: ' + x.pt);
  sessions.push(straddle, lateS);
  const personTimes = sessions.filter((x) => le(x.iso, CUTOFF)).reduce((a, x) => a + x.pt, 0);
  assert.strictEqual(personTimes, 4620);
  const population = 886100;
  assert.strictEqual(tierPersonTimes(personTimes, population), 8);
  assert.strictEqual(tierPersonTimes(personTimes + 420, population), 10, 'the straddling session would lift it to 10');
  // the session typed as text with a unit
  const textPt = pre[5];

  // poor roster (flat export; 劳动能力 as categories, 是否外出务工 是/否)
  const L = true, N = false;
  const pats = [
    [[['户主', 'adult', L, N], ['配偶', 'adult', L, N], ['长子', 'student', N, N], ['长女', 'student', N, N]], 5],
    [[['户主', 'adult', L, N], ['配偶', 'adult', L, L], ['长子', 'young', L, L], ['母亲', 'elder', N, N]], 4],
    [[['户主', 'elder', N, N], ['配偶', 'elder', N, N]], 2],
    [[['户主', 'adult', L, N], ['配偶', 'adult', L, N], ['长子', 'young', L, L], ['长女', 'student', N, N], ['父亲', 'elder', N, N]], 4],
    [[['户主', 'adult', L, N], ['配偶', 'adult', N, N, '残疾']], 4],
  ];
  const { persons, hh } = buildRoster(R, pats, AREA, poor.map((v) => ({ town: v.town, name: v.base })));
  assert.strictEqual(persons.length, 68);
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert.strictEqual(eligible.length, 26);
  const usedIds = new Set();
  for (const p of persons) p.id = makeId(R, AREA, p.birth, p.male, undefined, usedIds);
  const el = R.shuffle(eligible);
  const trained = el.slice(0, 12), lateOnly = el.slice(12, 14), twice = trained.slice(0, 4);
  const migTrained = R.shuffle(persons.filter((p) => p.migrant)).slice(0, 2);
  const spaceId = trained[1];
  const poorSess = pre.filter((x) => x.title === '电商扶贫专题培训班' && !x.shown.includes('-'));
  assert(poorSess.length >= 5, 'poor sessions ' + poorSess.length);
  const signins = [];
  trained.forEach((p, i) => signins.push({ p, s: poorSess[i % poorSess.length] }));
  twice.forEach((p, i) => signins.push({ p, s: poorSess[(i + 2) % poorSess.length] }));
  migTrained.forEach((p, i) => signins.push({ p, s: poorSess[i] }));
  lateOnly.forEach((p) => signins.push({ p, s: lateS }));
  const seen = new Set(); for (const x of signins) { const k2 = x.p.id + x.s.iso; assert(!seen.has(k2)); seen.add(k2); }
  signins.sort((a, b) => (a.s.iso < b.s.iso ? -1 : a.s.iso > b.s.iso ? 1 : 0));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(signins.filter((x) => le(x.s.iso, CUTOFF) && eligIds.has(x.p.id)).map((x) => x.p.id));
  assert.strictEqual(trainedIds.size, 12);
  assert.strictEqual(tierPoor(12, 26), 8);
  assert.strictEqual(tierPoor(14, 26), 10, 'counting September or migrants would give 10');
  assert.strictEqual(tierPoor(12, 38), 6, 'ignoring the migrant filter would give 6');
  assert.strictEqual(persons.filter((p) => p.labour).length, 38);
  for (const s2 of sessions) assert(signins.filter((x) => x.s === s2).length <= s2.pt);

  // reports (two-digit years), disclosures (months as columns), media, materials
  const reports = [['2019-12-30', '否'], ['2020-03-31', '否'], ['2020-06-29', '否'], ['2020-09-28', '否'], ['2020-10-30', '否'], ['2020-11-27', '是'], ['2020-12-31', '否'], ['2021-03-31', '否'], ['2021-04-29', '否'], ['2021-05-31', '是'], ['2021-06-30', '否'], ['2021-08-31', '否'], ['2021-09-30', '否']];
  const repReg = regularity(reports.map((x) => x[0]), 3, 1);
  assert.strictEqual(repReg.n, 9); assert.strictEqual(repReg.pts, 1);
  const discRows = [
    ['创建方案', {}],
    ['项目基本信息', { '2020-09': '√' }],
    ['项目建设进度', { '2020-11': '√', '2021-01': '√', '2021-04': '√', '2021-06': '2021.6.18' }],
    ['通知公告', { '2021-04': '√' }],
    ['监督举报', {}],
  ];
  const discMonths = new Set(); for (const [, m] of discRows) Object.keys(m).forEach((k2) => discMonths.add(k2));
  assert.strictEqual(discMonths.size, 5);
  const disReg = { n: discMonths.size, pts: discMonths.size === 12 ? 2 : discMonths.size > 0 ? 1 : 0 };
  const media = [
    ['2020-06-15', '五华电视台', '县级媒体', '电视', '我县启动电子商务进农村综合示范县创建', 'county'],
    ['2020-08-20', '梅州日报', '市级媒体', '报纸', '五华：电商服务站点进村入户', 'city'],
    ['2020-10-28', '五华县融媒体中心', '县级媒体', '新媒体', '五华红薯“触网”俏销', 'county'],
    ['2020-12-09', '梅州广播电视台', '市级媒体', '电视', '五华电商助力农产品上行', 'city'],
    ['2021-03-18', '客家新闻网', '市级媒体', '网络', '五华县电商培训班开进田间地头', 'city'],
    ['2021-05-07', '五华电视台', '县级媒体', '电视', '直播带货助力华阳猕猴桃销售', 'county'],
    ['2021-07-22', '梅州日报', '市级媒体', '报纸', '五华：小站点撬动乡村大市场', 'city'],
    ['2021-09-03', '南方日报', '省级媒体', '报纸', '五华农村电商激活乡村振兴新动能', 'province'],
  ];
  const mLevels = new Set(media.filter((m) => le(m[0], CUTOFF)).map((m) => m[5]));
  assert.strictEqual(mediaPts(mLevels), 4);
  assert.strictEqual(mediaPts(new Set(media.map((m) => m[5]))), 8, 'counting September would give 8');
  const materials = [['2021-09-10', '五华县电子商务进农村综合示范创建工作总结及经验做法', '县商务局', '梅州市商务局']];
  assert(!materials.some((m) => le(m[0], CUTOFF)));

  // ================================================================= sheets
  const sheets = [];
  // 附件1 行政村名单: 所属镇 merged, 备注 marks 社区, 贫困村 flag column
  const a1 = new Sheet('附件1');
  a1.add(['五华县行政村（社区）名单']); a1.merge(1, 0, 1, 4);
  a1.add(['数据截至2021年8月']); a1.merge(2, 0, 2, 4);
  a1.add(['序号', '所属镇', '村（居）委会名称', '是否省定贫困村', '备注']);
  let n = 0;
  for (const [t] of towns) {
    const rows = villages.filter((v) => v.town === t);
    const start = a1.rows.length + 1;
    rows.forEach((v, i) => { n++; a1.add([n, i === 0 ? t : null, v.listName, v.poor ? '是' : null, v.admin ? null : '社区']); });
    a1.merge(start, 1, a1.rows.length, 1);
  }
  a1.add(['注：全县共16个镇，190个行政村，16个社区；省定贫困村56个。']); a1.merge(a1.rows.length, 0, a1.rows.length, 4);
  sheets.push(a1);

  // 附件2 站点名单
  const a2 = new Sheet('附件2');
  a2.add(['五华县村级电子商务服务站点名单']); a2.merge(1, 0, 1, 5);
  a2.add(['序号', '站点名称', '负责人', '联系电话', '挂牌时间', '备注']);
  stations.forEach((x, i) => a2.add([i + 1, x.name, x.person, x.phone, cn2(x.opened), x.v.poor ? '贫困村站点' : null]));
  a2.add(['填表人：钟丽娟　　联系电话：0753-4432118']);
  sheets.push(a2);

  // 附件3 自评表: one-cell “标签：值” block, then criterion rows with 是否达到 / 自评分 and 小计 rows
  const a3 = new Sheet('附件3');
  a3.add(['五华县2019年省级电子商务进农村综合示范创建考评自评表']); a3.merge(1, 0, 1, 5);
  a3.add(['填报单位（盖章）：五华县商务局　　　　　　　　填报日期：2021年9月18日']); a3.merge(2, 0, 2, 5);
  a3.add(['一、基本情况']);
  const blk = [
    ['县（市、区）：五华县（梅州市）', '常住人口：88.61万人', '考评截止时间：2021年8月31日'],
    ['行政村：190个（另有社区16个）', '省定贫困村：56个', '下达省级专项资金：500万元'],
    ['截至2021年9月15日累计拨付：402.6万元', '项目总体进度：90%', '公共服务中心投入运营：2021年3月'],
    ['领导小组组长：副县长（分管商务）', '成员单位：县商务局、县财政局、县农业农村局、县扶贫办、县交通运输局、县市场监管局、县邮政分公司', null],
    ['2019年农村网络零售额：15.23亿元', '2020年农村网络零售额：18.46亿元', '2020年农产品网络零售额同比增长：35.2%'],
    ['专栏公示创建方案：是', '专栏公示项目基本信息：是', '专栏公示项目建设进度：是'],
    ['专栏设监督举报窗口：是', '能统计电商扶贫情况：是', '发生安全生产、质量事故：否'],
    ['弄虚作假：否', null, null],
  ];
  for (const [x, y, z] of blk) { const r = a3.add([x, null, y, null, z, null]); a3.merge(r, 0, r, 1); a3.merge(r, 2, r, 3); a3.merge(r, 4, r, 5); }
  a3.add([]);
  a3.add(['二、考评指标自评情况']);
  a3.add(['序号', '考评项目', '评分标准', '是否达到', '自评分', '佐证材料及说明']);
  const CR = [
    ['一', '组织领导', 'org.leadership', [['由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。', '是', 2, '成立县电子商务进农村综合示范工作领导小组，县政府高度重视，多部门参与（五府办〔2019〕88号）']]],
    ['二', '方案制定', 'org.plan', [['工作方案因地制宜,可操作性较强（1-2分）', '是', 2, '《五华县电子商务进农村综合示范县实施方案》（五府办〔2019〕95号）']]],
    ['三', '政策支持', 'org.policy', [['出台相关政策，且得到较好落实（1-2分）', '是', 1, '《五华县农村电商发展扶持措施》，落实情况一般']]],
    ['四', '项目管理', 'org.management', [['建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）', '是', 1, '项目管理办法已制定，部分项目验收滞后'], ['建立完整工作台账，详细记录项目建设情况（1-2分）', '是', 2, '见附件1-附件12']]],
    ['五', '服务体系建设（县级中心与产业园）', 'work.center', [
      ['建成县级电子商务公共服务中心（2分）', '是', 2, '中心位于水寨镇，2021年3月投入运营'],
      ['建成后已正常运行6个月（截至2021年8月31日）以上（2分）', '否', 0, '运行5个月'],
      ['有免费培训场所、培训设备，能组织电商基础培训（2分）', '是', 2, '培训室60座'],
      ['为特色农产品提供免费展示、销售服务（1分）', '是', 1, '农特产品展示厅'],
      ['为电子商务市场主体提供免费摄影、美工服务（1分）', '是', 1, '摄影室'],
      ['组织农产品统一推广、指导特色农产品品牌建设（1分）', '是', 1, '“五华红薯”“华阳猕猴桃”品牌推广'],
      ['为电子商务发展提供其他衍生增值服务（1分）', '是', 1, '网店代开、物流对接'],
      ['建设或整合、优化当地电商产业园（2分）', '是', 2, '整合建成五华县电子商务产业园'],
      ['电商产业园企业入驻数量达20家及以上（2分）', '否', 0, '现入驻14家，见附件4'],
      ['电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）', '是', 1, '含平台型、销售型、运营商、物流企业']]],
    ['六', '服务体系建设（村级站点）', 'work.coverage', [
      ['行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分', '是', 5, '190个行政村已建站133个，覆盖率70%，见附件2'],
      ['贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分', '否', 3, '56个省定贫困村已覆盖50个，覆盖率89.3%']]],
    ['七', '农村产品上行', 'work.upward', [
      ['对当地农产品网络销售进行调研，并形成针对性建议（1-2分）', '是', 1, '形成调研报告，建议针对性不够强'],
      ['开展农村产品网络促销活动成效明显（1-2分）', '是', 1, '开展红薯节、猕猴桃直播促销'],
      ['当地有专业第三方电子商务运营或服务商（1分）', '是', 1, '五华县长乐电子商务有限公司'],
      ['行政村物流快递覆盖率100%（1分）', '是', 1, '县邮政管理部门证明'],
      ['有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）', '否', 0, '尚未出台'],
      ['2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）', '是', 2, '农产品网络零售额同比增长35.2%']]],
    ['八', '电商人才培训', 'work.training', [
      ['培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）', '是', 10, '累计培训5040人次，以50万为基数达1.008%，见附件6'],
      ['建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）', '是', 8, '有劳动能力（不含外出务工）贫困人口26人，参训12人，培训率46.2%，见附件7、附件8']]],
    ['九', '信息公开', 'info.disclosure', [
      ['在县政府网站设立公开专栏且内容全面（2分）', '是', 2, '县政府网“电子商务进农村综合示范”专栏'],
      ['近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分', '不定时', 1, '见附件10']]],
    ['十', '数据上报', 'info.reporting', [
      ['近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分', '是', 3, '按月报送，见附件9'],
      ['能统计电商扶贫情况（3分），未统计相关情况不得分', '是', 3, '统计贫困户参训情况']]],
    ['十一', '案例总结', 'promo.cases', [['向市商务局报送经验材料（2分）', '是', 2, '见附件12']]],
    ['十二', '经验推广', 'promo.media', [
      ['省级及以上媒体进行宣传报道（4分）', '是', 4, '南方日报'],
      ['市级媒体进行宣传报道（3分）', '是', 3, '梅州日报、梅州广播电视台、客家新闻网'],
      ['县级媒体进行宣传报道（1分）', '是', 1, '五华电视台、五华县融媒体中心']]],
    ['十三', '制度建立', 'fund.system', [['建立科学有效的资金管理制度且得到有效落实（1-5分）', '是', 4, '《五华县电子商务进农村综合示范专项资金管理办法》']]],
    ['十四', '资金台账', 'fund.ledger', [['项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）', '是', 3, '部分承办单位台账不够完整']]],
    ['十五', '资金支出', 'fund.spending', [['资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。', '是', 4, '截至2021年9月15日已拨付402.6万元，支出率80.5%，见附件5']]],
  ];
  const claimed = {};
  for (const [no, item, key, rows] of CR) {
    const start = a3.rows.length + 1;
    rows.forEach(([txt, ok, pts, note], i) => a3.add([i === 0 ? no : null, i === 0 ? item : null, txt, ok, pts, note]));
    const end = a3.rows.length;
    a3.merge(start, 0, end, 0); a3.merge(start, 1, end, 1);
    const sub = rows.reduce((a, r) => a + r[2], 0);
    a3.add([null, null, '小计', null, sub, null]);
    claimed[key] = sub;
  }
  const bst = a3.rows.length + 1;
  a3.add(['加分项', null, '建档立卡贫困人口培训率70%及以上（2分）', '否', '/', null]);
  a3.add([null, null, '电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）', '否', '/', null]);
  a3.merge(bst, 0, bst + 1, 1);
  const vst = a3.rows.length + 1;
  a3.add(['一票否决项', null, '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。', '否', null, null]);
  a3.add([null, null, '项目建设进度严重滞后，总体进度不足40%。', '否', null, '总体进度90%']);
  a3.add([null, null, '弄虚作假。', '否', null, null]);
  a3.merge(vst, 0, vst + 2, 1);
  const claimedTotal = Object.values(claimed).reduce((a, b) => a + b, 0);
  assert.strictEqual(claimedTotal, 81);
  a3.add(['合计', null, null, null, claimedTotal, null]); a3.merge(a3.rows.length, 0, a3.rows.length, 1);
  a3.add(['注：佐证材料见附件1至附件12。']);
  sheets.push(a3);

  // 附件4 产业园企业
  const a4 = new Sheet('附件4');
  a4.add(['五华县电子商务产业园入驻企业名单']); a4.merge(1, 0, 1, 4);
  a4.add(['序号', '企业名称', '企业类型', '入驻时间', '联系人']);
  ents.forEach(([nm, ty, dt2], i) => a4.add([i + 1, nm, ty, dt2, personName(R, R.pick(SURN), R.f() < 0.6)]));
  sheets.push(a4);

  // 附件5 资金 (万元, 合计 row)
  const a5 = new Sheet('附件5');
  a5.add(['五华县省级电子商务进农村综合示范专项资金拨付明细表']); a5.merge(1, 0, 1, 5);
  a5.add([null, null, null, null, '单位：万元', null]);
  a5.add(['序号', '拨付时间', '项目名称', '拨付对象', '拨付金额', '备注']);
  let tot = 0;
  pays.forEach((p, i) => { tot += p[4]; const wan = p[4] / 10000; a5.add([i + 1, p[0], p[2], p[3], i === 5 ? `${wan}万` : wan, p[5]]); });
  assert.strictEqual(tot, 4026000);
  a5.add(['合计', null, null, null, Math.round(tot / 100) / 100, null]); a5.merge(a5.rows.length, 0, a5.rows.length, 3);
  assert.strictEqual(Math.round(tot / 100) / 100, 402.6);
  a5.add(['注：下达省级专项资金500万元。']);
  sheets.push(a5);

  // 附件6 培训 (sessions with 人次, text dates / ranges)
  const a6 = new Sheet('附件6');
  a6.add(['五华县电子商务培训开展情况统计表']); a6.merge(1, 0, 1, 7);
  a6.add(['填报单位：五华县商务局', null, null, null, null, null, '单位：人次', null]);
  a6.add(['期数', '培训时间', '培训班名称', '培训地点', '培训对象', '承办单位', '培训人次', '备注']);
  const tgt = { 电商扶贫专题培训班: '贫困户及农村群众', 村级站点业务培训班: '站点负责人', 镇村干部电商知识培训班: '镇村干部' };
  sessions.forEach((x) => a6.add([`第${x.n}期`, x.shown, x.title, `${x.town}${R.pick(['人民政府会议室', '文化站', '电商服务站'])}`, tgt[x.title] || R.pick(['农民、返乡青年', '合作社、家庭农场', '个体户、创业青年']), x.org, x === textPt ? `${x.pt}人次` : x.pt, null]));
  const ptAll = sessions.reduce((a, x) => a + x.pt, 0);
  assert.strictEqual(ptAll, 4620 + 420 + 180);
  a6.add(['合计', null, null, null, null, null, ptAll, null]);
  a6.add(['注：第28、29期为2021年9月举办。']);
  sheets.push(a6);

  // 附件7 贫困户参训名单 (text dates, one ID with a trailing space)
  const a7 = new Sheet('附件7');
  a7.add(['五华县建档立卡贫困户参加电商培训名单']); a7.merge(1, 0, 1, 6);
  a7.add(['序号', '姓名', '身份证号码', '所在镇', '所在村', '参训时间', '培训班次']);
  signins.forEach((x, i) => a7.add([i + 1, x.p.name, x.p === spaceId ? x.p.id + ' ' : x.p.id, x.p.town, x.p.village, x.s.shown, `第${x.s.n}期`]));
  sheets.push(a7);

  // 附件8 贫困人口 (flat export)
  const a8 = new Sheet('附件8');
  a8.add(['五华县建档立卡贫困人口信息表（劳动力情况）']); a8.merge(1, 0, 1, 9);
  a8.add(['序号', '镇', '行政村', '户编号', '姓名', '身份证号码', '与户主关系', '劳动能力', '是否外出务工', '备注']);
  let q = 0;
  for (const h of hh.slice().sort((a, b) => townOrder.get(a.town) - townOrder.get(b.town))) {
    const hid = `4414241${String(100000 + h.idx * 37).slice(-6)}`;
    for (const p of h.members) {
      q++;
      let cap;
      if (p.labour) cap = R.f() < 0.25 ? '技能劳动力' : '普通劳动力';
      else cap = p.note === '残疾' ? '丧失劳动力' : '无劳动力';
      a8.add([q, h.town, h.village, hid, p.name, p.id, p.rel, cap, p.migrant ? '是' : '否', p.grp === 'student' ? '在校生' : p.note]);
    }
  }
  assert.strictEqual(q, 68);
  sheets.push(a8);

  // 附件9 报送
  const a9 = new Sheet('附件9');
  a9.add(['五华县电子商务进农村工作报送市商务局情况登记']); a9.merge(1, 0, 1, 4);
  a9.add(['序号', '报送时间', '报送内容', '报送方式', '是否含电商扶贫数据']);
  reports.forEach(([d, pov], i) => a9.add([i + 1, dot2(d), `${mm(d) === 12 && yy(d) === 2019 ? '2019年' : ''}示范创建工作进展情况${pov === '是' ? '（含贫困户培训统计）' : ''}`, R.pick(['OA报送', '电子邮件']), pov === '是' ? '有' : null]));
  sheets.push(a9);

  // 附件10 专栏更新 (months as columns)
  const a10 = new Sheet('附件10');
  a10.add(['五华县人民政府网“电子商务进农村综合示范”专栏更新情况']); a10.merge(1, 0, 1, 13);
  a10.add(['专栏地址：http://www.wuhua.gov.cn/zwgk/ztzl/dsjnc/']); a10.merge(2, 0, 2, 13);
  a10.add(['子栏目', ...WINDOW.map((m) => `${+m.slice(0, 4)}年${+m.slice(5)}月`), '备注']);
  for (const [name, marks] of discRows) a10.add([name, ...WINDOW.map((m) => marks[m] || null), name === '创建方案' ? '2020年5月已发布' : name === '监督举报' ? '长期设置，电话0753-4432118' : null]);
  a10.add(['注：打“√”或填日期表示当月有更新。']);
  sheets.push(a10);

  // 附件11 宣传
  const a11 = new Sheet('附件11');
  a11.add(['五华县电子商务进农村宣传报道情况']); a11.merge(1, 0, 1, 5);
  a11.add(['序号', '日期', '媒体', '媒体类别', '形式', '标题']);
  media.forEach((m, i) => a11.add([i + 1, cn(m[0]), m[1], m[2], m[3], m[4]]));
  sheets.push(a11);

  // 附件12 经验材料
  const a12 = new Sheet('附件12');
  a12.add(['五华县电子商务进农村经验材料报送情况']); a12.merge(1, 0, 1, 4);
  a12.add(['序号', '报送时间', '材料名称', '报送单位', '报送对象']);
  materials.forEach((m, i) => a12.add([i + 1, cn(m[0]), m[1], m[2], m[3]]));
  sheets.push(a12);

  // ================================================================= expectation (typed by hand)
  const points = {
    'org.leadership': 1, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 11, 'work.coverage': 8, 'work.upward': 6, 'work.training': 16,
    'info.disclosure': 3, 'info.reporting': 4, 'promo.cases': 0, 'promo.media': 4,
    'fund.system': 4, 'fund.ledger': 3, 'fund.spending': -5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  assert.strictEqual(points['work.coverage'], tierCoverage(covered, 190) + tierPoorCoverage(coveredPoor, 56));
  assert.strictEqual(points['work.training'], tierPersonTimes(personTimes, population) + tierPoor(trainedIds.size, eligible.length));
  assert.strictEqual(points['info.disclosure'], 2 + disReg.pts);
  assert.strictEqual(points['info.reporting'], repReg.pts + 3);
  assert.strictEqual(points['promo.media'], mediaPts(mLevels));
  assert.strictEqual(points['work.center'], 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + (ents.length >= 20 ? 2 : 0) + 1);
  const scored = Object.entries(points).filter(([k2]) => !k2.startsWith('bonus.') && !k2.startsWith('veto.')).reduce((a, [, v]) => a + v, 0);
  assert.strictEqual(scored, 61);
  const bonus = 0;

  const derivation = [
    'org.leadership: 附件3 基本情况“领导小组组长：副县长（分管商务）”→ 分管领导牵头 → 1（自评2）',
    'org.plan: 附件3 方案制定 自评分2（是）→ 2',
    'org.policy: 附件3 政策支持 自评分1 → 1',
    'org.management: 附件3 项目管理两行 制度1 + 台账2 → 3',
    'work.center: 中心投入运营“2021年3月”≤截止日 → 2；晚于2021-02-28，运行不满6个月 → 0；免费培训2、展示1、摄影美工1、品牌推广1、其他增值服务1（附件3逐条“是”）；产业园已整合建成（且附件4非空）→ 2；附件4入驻企业14家 <20 → 0；类型含平台型、销售型、电商代运营/运营商、快递物流/仓储物流 ≥3 → 1；合计 11',
    `work.coverage: 附件1 共206行，备注“社区”的16个居委会不计，行政村190个；附件2 站点名称中读出所在村（如“华城镇××村电商服务站”，注意“龙村镇”是镇名），挂牌时间≤2021-08-31且在行政村的去重后 ${covered} 个（3个村有邮乐购第二站点、4个社区站、1个“21年9月6日”挂牌站不计）；基数 min(190,200)=190，133/190=70.0% 恰达70% → 5（若把社区算进去 137/200=68.5% 只得2）；附件1“是否省定贫困村”=是 的56个，已覆盖50个 = 89.3% → 3；合计 8`,
    'work.upward: 调研1 + 促销1（附件3自评分）；第三方运营商=是 → 1；村名单无快递列，按附件3“行政村物流快递覆盖率100%”=是 → 1；交易标准与冷链溯源 填0/否 → 0；2020年农产品网络零售额同比增长35.2% ≥30%（农村网络零售额18.46/15.23亿元=21.2%未达，但任一达标即可）→ 2；合计 6',
    `work.training: 附件6 按期次记人次，培训时间≤2021-08-31的27期人次之和 ${personTimes}（第28期“2021.8.30-9.1”按区间末日2021-09-01计在截止日后，第29期2021.9.14，合计行5220均不计；第6期人次写作“${textPt.pt}人次”文本）；常住人口88.61万 → 基数500000，4620/500000=0.924%，0.8%-1% → 8（自评按5040人次计10）；附件8 贫困人口68人，劳动能力为普通/技能劳动力且“是否外出务工”=否 的26人；附件7 截止日前出现的其中 ${trainedIds.size} 人（4人参训两次只计一次，1个身份证号带尾随空格，2名外出务工者不计，2人仅参加2021.9.14培训不计）= 12/26 = 46.2%，40%-50% → 8；合计 16`,
    `info.disclosure: 附件3 基本情况 专栏公示创建方案/项目基本信息/建设进度/监督举报窗口 均“是” → 2；附件10 按月列出的更新记录中有打√或日期的月份 ${disReg.n} 个（2020年9月、11月，2021年1月、4月、6月）→ 不定时 1；合计 3`,
    `info.reporting: 附件9 报送时间（两位年份“20.9.28”等）在2020-09…2021-08中覆盖 ${repReg.n} 个月（缺2021年1、2、7月）→ 不定时 1（自评3）；“是否含电商扶贫数据”有“有”、基本情况亦称能统计 → 3；合计 4`,
    'promo.cases: 附件12 唯一一条经验材料报送时间2021年9月10日，晚于截止日 → 0（自评2）',
    'promo.media: 附件11 截止日前只有市级（梅州日报、梅州广播电视台、客家新闻网）→ 3 和县级（五华电视台、五华县融媒体中心）→ 1；南方日报（省级）2021年9月3日在截止日后不计 → 4（自评8）',
    'fund.system: 附件3 制度建立 自评分4 → 4',
    'fund.ledger: 附件3 资金台账 自评分3 → 3',
    `fund.spending: 附件5（单位：万元）拨付时间≤2021-08-31的10笔合计 338.00万元 = ${spent} 元（2021.9.10、2021.9.13两笔64.6万元及合计行402.6不计；“2021年4月”一笔写作“18.3万”）÷ 下达500万元 = 67.6% <70% → 倒扣 −5（自评4无效；基本情况“截至2021年9月15日累计拨付402.6万元”晚于截止日，与台账不一致应警告）`,
    'bonus.poorTraining: 贫困人口培训率46.2% <70% → 0',
    'bonus.tvCase: 附件11 电视报道只有五华电视台、梅州广播电视台（县、市级），无省级及以上电商扶贫典型案例电视播报 → 0',
    'veto.incident: 附件3“发生安全生产、质量事故：否”，否决项“否” → 0',
    'veto.progress: 附件3 项目总体进度90% ≥40%（拨付率67.6%亦≥40%）→ 不否决 0',
    'veto.fraud: 附件3“弄虚作假：否” → 0',
    `total: 15项合计 ${scored}（含资金支出−5）+ 加分 0 = ${scored}（自评合计81）`,
  ];
  return {
    file: 'b12-c2-wuhua.json',
    json: {
      description: '五华县（梅州市）商务局考评材料：工作表名为“附件1…附件12”，真实标题在第1行；附件3自评表上方为“标签：值”写在一格里的基本情况块（亿元、万人、2021年3月），下方为按评分标准逐条拆行、带“是否达到”和每项“小计”行的自评表；村名单所属镇合并单元格、备注标“社区”、贫困村用“是”标记；站点名单只有站点名称（村名要从名称读出，含“龙村镇”）且挂牌时间写作“20年10月28日”；培训按期次记人次（文本日期及日期区间）；贫困人口为扶贫系统导出的“普通劳动力/技能劳动力/无劳动力/丧失劳动力”；专栏更新按月份横排打√；资金以万元记并有合计行。',
      sheets: sheets.map((x) => x.toJSON()),
      expect: { asOf: CUTOFF, total: scored + bonus, bonus, vetoed: false, points, claimed },
      derivation,
    },
  };
}

for (const c of [zijin(), wuhua()]) {
  const p = path.join(OUT, c.file);
  fs.writeFileSync(p, JSON.stringify(c.json, null, 1) + '\n', 'utf8');
  const total = c.json.expect.total;
  console.log(`${c.file}: total ${total}, bonus ${c.json.expect.bonus}, sheets ${c.json.sheets.length}`);
}
